-- The question log, votes, interaction claims and corpus versions.
-- Times are Unix milliseconds (UTC) in both engines, so queries are shared.
CREATE TABLE store_meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE questions (
	id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	at         BIGINT NOT NULL,
	command    TEXT NOT NULL,
	guild_id   TEXT NOT NULL,
	asker      TEXT NOT NULL,
	text       TEXT NOT NULL,
	norm       TEXT COLLATE "C" NOT NULL,
	found      BOOLEAN NOT NULL,
	top        TEXT NOT NULL,
	message_id TEXT
);
CREATE INDEX questions_guild_at ON questions (guild_id, at, found, norm);
CREATE INDEX questions_at ON questions (at, found, norm, guild_id);
CREATE INDEX questions_unanswered_guild ON questions (guild_id, at) WHERE NOT found;
CREATE INDEX questions_unanswered_at ON questions (at) WHERE NOT found;
CREATE INDEX questions_unanswered_norm ON questions (norm, guild_id, asker, at) WHERE NOT found;
CREATE INDEX questions_message ON questions (message_id);

CREATE TABLE votes (
	message_id TEXT NOT NULL,
	voter      TEXT NOT NULL,
	up         BOOLEAN NOT NULL,
	at         BIGINT NOT NULL,
	guild_id   TEXT NOT NULL,
	command    TEXT NOT NULL,
	question   TEXT NOT NULL,
	top        TEXT NOT NULL,
	PRIMARY KEY (message_id, voter)
);
CREATE INDEX votes_at ON votes (at);
CREATE INDEX votes_down_guild ON votes (guild_id, at) WHERE NOT up;
CREATE INDEX votes_down_at ON votes (at) WHERE NOT up;

CREATE TABLE interaction_claims (
	id TEXT PRIMARY KEY,
	at BIGINT NOT NULL
);
CREATE INDEX interaction_claims_at ON interaction_claims (at);

CREATE TABLE corpus_versions (
	n      BIGINT PRIMARY KEY,
	at     BIGINT NOT NULL,
	who    TEXT NOT NULL,
	report TEXT NOT NULL
);
CREATE TABLE corpus_files (
	version BIGINT NOT NULL REFERENCES corpus_versions (n),
	name    TEXT NOT NULL,
	data    BYTEA NOT NULL,
	PRIMARY KEY (version, name)
);
