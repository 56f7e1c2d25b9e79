package store

const childRoleEnv = "STORYBOT_STORE_CHILD"

func runChild(role string) int { return 2 }
