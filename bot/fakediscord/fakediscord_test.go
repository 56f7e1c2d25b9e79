package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// openSession starts a real discordgo session against fake; setup runs
// before Open (add handlers there).
func openSession(t *testing.T, fake *Server, setup func(dg *discordgo.Session)) *discordgo.Session {
	t.Helper()
	dg := fake.NewSession(t)
	if setup != nil {
		setup(dg)
	}
	if err := dg.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	if err := fake.WaitReady(testCtx(t)); err != nil {
		t.Fatalf("WaitReady: %v", err)
	}
	return dg
}

func assertNoUnexpected(t *testing.T, fake *Server) {
	t.Helper()
	for _, r := range fake.Unexpected() {
		t.Errorf("unexpected request: %s %s", r.Method, r.Path)
	}
}

// replyPong answers chat commands with "pong <word>" (or "pong").
func replyPong(dg *discordgo.Session, seen chan<- *discordgo.Interaction) {
	dg.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		if ic.Type != discordgo.InteractionApplicationCommand {
			return
		}
		if seen != nil {
			seen <- ic.Interaction
		}
		content := "pong"
		if o := ic.ApplicationCommandData().GetOption("word"); o != nil {
			content += " " + o.StringValue()
		}
		_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: content},
		})
	})
}

func TestReadyAndSlashCommand(t *testing.T) {
	t.Parallel()
	fake := New(t)
	seen := make(chan *discordgo.Interaction, 1)
	dg := openSession(t, fake, func(dg *discordgo.Session) { replyPong(dg, seen) })
	ctx := testCtx(t)

	if dg.State.User == nil || dg.State.User.ID != fake.BotUser().ID || !dg.State.User.Bot {
		t.Fatalf("state user = %+v, want bot user", dg.State.User)
	}
	if dg.State.Application == nil || dg.State.Application.ID != fake.AppID() {
		t.Fatalf("state application = %+v, want %s", dg.State.Application, fake.AppID())
	}
	ids := fake.Identifies()
	if len(ids) != 1 || ids[0].Token != "Bot test-token" || ids[0].Intents != discordgo.IntentsAllWithoutPrivileged {
		t.Fatalf("identifies = %+v", ids)
	}

	perms := int64(discordgo.PermissionAdministrator | discordgo.PermissionSendMessages)
	h := fake.SendInteraction(InteractionSpec{
		Name: "ping", GuildID: DefaultGuildID, Options: []*discordgo.ApplicationCommandInteractionDataOption{Opt("word", "hi")},
		Permissions: perms, Roles: []string{"42"},
	})
	cb, err := h.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cb.Type != discordgo.InteractionResponseChannelMessageWithSource || cb.Content() != "pong hi" || cb.Ephemeral() {
		t.Fatalf("callback = type %d content %q", cb.Type, cb.Content())
	}
	if cb.Request.Status != http.StatusNoContent || cb.Request.Host != "discord.com" {
		t.Fatalf("callback request status %d host %q", cb.Request.Status, cb.Request.Host)
	}
	if m := h.Original(); m == nil || m.Content != "pong hi" || m.Author.ID != fake.BotUser().ID {
		t.Fatalf("original = %+v", m)
	}

	i := <-seen
	switch {
	case i.ID != h.ID || i.Token != h.Token || i.AppID != fake.AppID() || i.GuildID != DefaultGuildID || i.ChannelID != DefaultChannelID:
		t.Fatalf("interaction ids wrong: %+v", i)
	case i.Member == nil || i.Member.User == nil || i.Member.User.ID != DefaultUserID:
		t.Fatalf("member = %+v", i.Member)
	case i.Member.Permissions != perms || len(i.Member.Roles) != 1 || i.Member.Roles[0] != "42":
		t.Fatalf("member permissions %d roles %v", i.Member.Permissions, i.Member.Roles)
	case i.User != nil:
		t.Fatalf("guild interaction has user %+v", i.User)
	case i.Version != 1 || i.ApplicationCommandData().Name != "ping":
		t.Fatalf("version %d data %+v", i.Version, i.Data)
	}
	assertNoUnexpected(t, fake)
}

func TestDMDeferFollowupAndEdit(t *testing.T) {
	t.Parallel()
	fake := New(t)
	errs := make(chan error, 4)
	openSession(t, fake, func(dg *discordgo.Session) {
		dg.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
			if ic.User == nil || ic.Member != nil {
				errs <- errors.New("DM interaction should carry user, not member")
				return
			}
			errs <- s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
			})
			// First followup after a defer edits the loading message.
			_, err := s.FollowupMessageCreate(ic.Interaction, true, &discordgo.WebhookParams{Content: "working"})
			errs <- err
			content := "done"
			_, err = s.InteractionResponseEdit(ic.Interaction, &discordgo.WebhookEdit{Content: &content})
			errs <- err
			_, err = s.FollowupMessageCreate(ic.Interaction, true, &discordgo.WebhookParams{Content: "extra"})
			errs <- err
		})
	})
	ctx := testCtx(t)
	h := fake.SendInteraction(InteractionSpec{Name: "story"})
	cb, err := h.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !cb.Ephemeral() {
		t.Fatalf("callback type %d ephemeral %v", cb.Type, cb.Ephemeral())
	}
	edit, err := h.WaitEdit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if edit.Content() != "done" || edit.Message.Content != "done" {
		t.Fatalf("edit = %q / %q", edit.Content(), edit.Message.Content)
	}
	second, err := h.WaitFollowupFunc(ctx, func(r *Reply) bool { return r.Content() == "extra" })
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		select {
		case err := <-errs:
			if err != nil {
				t.Fatal(err)
			}
		case <-ctx.Done():
			t.Fatal("handler did not finish")
		}
	}
	fu := h.Followups()
	if len(fu) != 2 || !fu[0].Original || fu[0].MessageID != h.Original().ID || second.Original || second.MessageID == fu[0].MessageID {
		t.Fatalf("followups = %+v", fu)
	}
	orig := h.Original()
	if orig.Content != "done" || orig.Flags&discordgo.MessageFlagsEphemeral == 0 || orig.Flags&discordgo.MessageFlagsLoading != 0 {
		t.Fatalf("original = %q flags %d", orig.Content, orig.Flags)
	}
	assertNoUnexpected(t, fake)
}

func TestAutocompleteButtonAndDoubleAck(t *testing.T) {
	t.Parallel()
	fake := New(t)
	second := make(chan error, 1)
	openSession(t, fake, func(dg *discordgo.Session) {
		dg.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
			switch ic.Type {
			case discordgo.InteractionApplicationCommandAutocomplete:
				var typed string
				for _, o := range ic.ApplicationCommandData().Options {
					if o.Focused {
						typed = o.StringValue()
					}
				}
				_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionApplicationCommandAutocompleteResult,
					Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{
						{Name: typed + "-one", Value: "1"}, {Name: typed + "-two", Value: "2"},
					}},
				})
			case discordgo.InteractionMessageComponent:
				resp := &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseUpdateMessage,
					Data: &discordgo.InteractionResponseData{Content: "clicked " + ic.MessageComponentData().CustomID},
				}
				_ = s.InteractionRespond(ic.Interaction, resp)
				second <- s.InteractionRespond(ic.Interaction, resp)
			}
		})
	})
	ctx := testCtx(t)

	ac := fake.SendInteraction(InteractionSpec{
		Type: discordgo.InteractionApplicationCommandAutocomplete, Name: "story", GuildID: DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{Opt("count", 3), FocusedOpt("title", "dra")},
	})
	cb, err := ac.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ch := cb.Choices(); cb.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(ch) != 2 || ch[0].Name != "dra-one" {
		t.Fatalf("autocomplete callback type %d choices %+v", cb.Type, ch)
	}

	btn := fake.SendInteraction(InteractionSpec{CustomID: "next-page", GuildID: DefaultGuildID})
	cb, err = btn.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cb.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("button callback type %d", cb.Type)
	}
	if m := btn.Original(); m == nil || m.Content != "clicked next-page" {
		t.Fatalf("updated message = %+v", m)
	}
	var rerr *discordgo.RESTError
	if err := <-second; !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != 40060 {
		t.Fatalf("second response error = %v, want 40060", err)
	}
	assertNoUnexpected(t, fake)
}

func TestMessageCreateMentionAndReply(t *testing.T) {
	t.Parallel()
	fake := New(t)
	got := make(chan *discordgo.MessageCreate, 4)
	dg := openSession(t, fake, func(dg *discordgo.Session) {
		dg.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) {
			if m.Author == nil || m.Author.ID == s.State.User.ID {
				return // ignore own (echoed) messages
			}
			got <- m
			for _, u := range m.Mentions {
				if u.ID == s.State.User.ID {
					_, _ = s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
						Content:   "hello " + m.Author.Username,
						Reference: m.Reference(),
					})
				}
			}
		})
	})
	ctx := testCtx(t)

	bot := fake.BotUser()
	id := fake.SendMessage(MessageSpec{Content: "<@" + bot.ID + "> tell me a story", GuildID: DefaultGuildID})
	m := <-got
	if m.ID != id || m.Content != "<@"+bot.ID+"> tell me a story" || m.GuildID != DefaultGuildID || len(m.Mentions) != 1 || m.Timestamp.IsZero() {
		t.Fatalf("message = %+v", m.Message)
	}
	req, err := fake.WaitRequest(ctx, func(r Request) bool {
		return r.Method == http.MethodPost && r.Path == "/api/v9/channels/"+DefaultChannelID+"/messages"
	})
	if err != nil {
		t.Fatal(err)
	}
	var body struct {
		Content   string `json:"content"`
		Reference struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
	}
	if err := req.JSON(&body); err != nil || body.Content != "hello tester" || body.Reference.MessageID != id || req.Status != http.StatusOK {
		t.Fatalf("sent %+v (err %v, status %d)", body, err, req.Status)
	}
	if req.Header.Get("Authorization") != "Bot test-token" {
		t.Fatalf("authorization header = %q", req.Header.Get("Authorization"))
	}
	msgs := fake.ChannelMessages(DefaultChannelID)
	if len(msgs) != 2 || msgs[1].Type != discordgo.MessageTypeReply || msgs[1].ReferencedMessage == nil || msgs[1].ReferencedMessage.ID != id {
		t.Fatalf("channel messages = %+v", msgs)
	}

	// Edits, DMs and member lookups.
	edited := "hello again"
	em, err := dg.ChannelMessageEditComplex(&discordgo.MessageEdit{ID: msgs[1].ID, Channel: DefaultChannelID, Content: &edited})
	if err != nil || em.Content != "hello again" || em.EditedTimestamp == nil || fake.Message(msgs[1].ID).Content != "hello again" {
		t.Fatalf("edit = %+v, %v", em, err)
	}
	if _, err := dg.ChannelMessageEdit(DefaultChannelID, id, "not mine"); err == nil {
		t.Fatal("editing another user's message succeeded")
	}
	dm, err := dg.UserChannelCreate(DefaultUserID)
	if err != nil || dm.Type != discordgo.ChannelTypeDM || len(dm.Recipients) != 1 || dm.Recipients[0].ID != DefaultUserID {
		t.Fatalf("dm channel = %+v, %v", dm, err)
	}
	if mem, err := dg.GuildMember(DefaultGuildID, DefaultUserID); err != nil || mem.User.Username != "tester" || mem.JoinedAt.IsZero() {
		t.Fatalf("member = %+v, %v", mem, err)
	}

	// Without the MESSAGE_CONTENT intent (discordgo's default), a guild
	// message that does not mention the bot arrives with empty content, but
	// a DM keeps its content.
	fake.SendMessage(MessageSpec{Content: "just chatting", GuildID: DefaultGuildID})
	if m := <-got; m.Content != "" {
		t.Fatalf("content without intent = %q", m.Content)
	}
	fake.SendMessage(MessageSpec{Content: "hi in DM"})
	if m := <-got; m.Content != "hi in DM" || m.GuildID != "" {
		t.Fatalf("DM = %+v", m.Message)
	}
	assertNoUnexpected(t, fake)
}

func TestRateLimitedCallbackIsRetried(t *testing.T) {
	t.Parallel()
	fake := New(t)
	var limited atomic.Int32
	openSession(t, fake, func(dg *discordgo.Session) {
		replyPong(dg, nil)
		dg.AddHandler(func(_ *discordgo.Session, _ *discordgo.RateLimit) { limited.Add(1) })
	})
	ctx := testCtx(t)

	fake.FailNext(http.MethodPost, "/api/v9/interactions/*/*/callback", http.StatusTooManyRequests,
		`{"message":"You are being rate limited.","retry_after":0.05,"global":false}`)
	start := time.Now()
	h := fake.SendInteraction(InteractionSpec{Name: "ping", GuildID: DefaultGuildID})
	cb, err := h.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cb.Content() != "pong" {
		t.Fatalf("content = %q", cb.Content())
	}
	if time.Since(start) < 50*time.Millisecond {
		t.Fatalf("retry came after %v, before retry_after", time.Since(start))
	}
	var statuses []int
	for _, r := range fake.Requests() {
		if strings.HasSuffix(r.Path, "/callback") {
			statuses = append(statuses, r.Status)
		}
	}
	if len(statuses) != 2 || statuses[0] != 429 || statuses[1] != 204 || limited.Load() != 1 {
		t.Fatalf("callback statuses = %v, rate limit events %d", statuses, limited.Load())
	}
}

func TestReconnectResumesAndReplays(t *testing.T) {
	t.Parallel()
	fake := New(t)
	var mu sync.Mutex
	count := map[string]int{}
	openSession(t, fake, func(dg *discordgo.Session) {
		dg.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
			mu.Lock()
			count[ic.ID]++
			mu.Unlock()
		})
		replyPong(dg, nil)
	})
	ctx := testCtx(t)

	if _, err := fake.SendInteraction(InteractionSpec{Name: "ping", GuildID: DefaultGuildID}).Wait(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- fake.Reconnect(ctx) }()
	// Sent while discordgo is reconnecting (it sleeps 1 s in CloseWithCode):
	// delivered by replay on RESUME.
	time.Sleep(200 * time.Millisecond)
	during := fake.SendInteraction(InteractionSpec{Name: "ping", GuildID: DefaultGuildID, Options: []*discordgo.ApplicationCommandInteractionDataOption{Opt("word", "during")}})
	if err := <-done; err != nil {
		t.Fatalf("Reconnect: %v", err)
	}
	if cb, err := during.Wait(ctx); err != nil || cb.Content() != "pong during" {
		t.Fatalf("interaction during reconnect: %v %v", cb, err)
	}
	after := fake.SendInteraction(InteractionSpec{Name: "ping", GuildID: DefaultGuildID, Options: []*discordgo.ApplicationCommandInteractionDataOption{Opt("word", "after")}})
	if cb, err := after.Wait(ctx); err != nil || cb.Content() != "pong after" {
		t.Fatalf("interaction after reconnect: %v %v", cb, err)
	}

	var resumes, identifies int
	for _, p := range fake.GatewayPayloads() {
		switch p.Op {
		case 6:
			resumes++
		case 2:
			identifies++
		}
	}
	if resumes != 1 || identifies != 1 {
		t.Fatalf("resumes %d identifies %d", resumes, identifies)
	}
	mu.Lock()
	defer mu.Unlock()
	for id, n := range count {
		if n != 1 {
			t.Fatalf("interaction %s delivered %d times", id, n)
		}
	}
	if len(count) != 3 {
		t.Fatalf("delivered %d interactions, want 3", len(count))
	}
}

func TestDroppedConnectionResumes(t *testing.T) {
	t.Parallel()
	fake := New(t)
	openSession(t, fake, func(dg *discordgo.Session) { replyPong(dg, nil) })
	ctx := testCtx(t)

	// A network failure (no close frame): discordgo notices the read error,
	// closes, and RESUMEs on a new connection.
	if err := fake.DropConnections(ctx); err != nil {
		t.Fatalf("DropConnections: %v", err)
	}
	h := fake.SendInteraction(InteractionSpec{Name: "ping", GuildID: DefaultGuildID})
	if cb, err := h.Wait(ctx); err != nil || cb.Content() != "pong" {
		t.Fatalf("interaction after drop: %v %v", cb, err)
	}
	if n := len(fake.Identifies()); n != 1 {
		t.Fatalf("identifies = %d, want 1 (resume, not re-identify)", n)
	}
}

func TestCommandsBulkOverwrite(t *testing.T) {
	t.Parallel()
	fake := New(t)
	seen := make(chan *discordgo.Interaction, 1)
	dg := openSession(t, fake, func(dg *discordgo.Session) { replyPong(dg, seen) })
	ctx := testCtx(t)

	cmds := []*discordgo.ApplicationCommand{
		{Name: "ping", Description: "Ping the bot", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "word", Description: "A word", Required: true},
			{Type: discordgo.ApplicationCommandOptionString, Name: "title", Description: "Title", Autocomplete: true},
		}},
		{Name: "Summarize", Type: discordgo.MessageApplicationCommand},
	}
	created, err := dg.ApplicationCommandBulkOverwrite(dg.State.Application.ID, "", cmds)
	if err != nil {
		t.Fatal(err)
	}
	if len(created) != 2 || created[0].ID == "" || created[0].ApplicationID != fake.AppID() || created[0].Options[0].Name != "word" {
		t.Fatalf("created = %+v", created)
	}
	stored := fake.Commands("")
	if len(stored) != 2 || stored[0].ID != created[0].ID || stored[1].Type != discordgo.MessageApplicationCommand {
		t.Fatalf("stored = %+v", stored)
	}
	listed, err := dg.ApplicationCommands(fake.AppID(), "")
	if err != nil || len(listed) != 2 {
		t.Fatalf("listed = %v, %v", listed, err)
	}
	// Overwriting again keeps IDs of same-named commands.
	again, err := dg.ApplicationCommandBulkOverwrite(fake.AppID(), "", cmds[:1])
	if err != nil || len(again) != 1 || again[0].ID != created[0].ID || len(fake.Commands("")) != 1 {
		t.Fatalf("again = %+v, %v", again, err)
	}
	// Guild scope is separate.
	if _, err := dg.ApplicationCommandBulkOverwrite(fake.AppID(), DefaultGuildID, cmds[1:]); err != nil {
		t.Fatal(err)
	}
	if g := fake.Commands(DefaultGuildID); len(g) != 1 || g[0].GuildID != DefaultGuildID {
		t.Fatalf("guild commands = %+v", g)
	}
	// Discord rejects invalid names; so does the fake.
	_, err = dg.ApplicationCommandBulkOverwrite(fake.AppID(), "", []*discordgo.ApplicationCommand{{Name: "Bad Name", Description: "x"}})
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Response.StatusCode != 400 || rerr.Message.Code != 50035 {
		t.Fatalf("invalid command error = %v", err)
	}
	// Interactions for a registered command carry its ID.
	if _, err := fake.SendInteraction(InteractionSpec{Name: "ping", GuildID: DefaultGuildID}).Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if i := <-seen; i.ApplicationCommandData().ID != created[0].ID {
		t.Fatalf("command id = %s, want %s", i.ApplicationCommandData().ID, created[0].ID)
	}
	assertNoUnexpected(t, fake)
}

func TestAttachmentsAndUnknownRoutes(t *testing.T) {
	t.Parallel()
	fake := New(t)
	att := fake.NewAttachment("story.txt", "text/plain", []byte("once upon a time"))
	dg := openSession(t, fake, func(dg *discordgo.Session) {
		dg.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
			data := ic.ApplicationCommandData()
			a := data.Resolved.Attachments[data.GetOption("file").Value.(string)]
			resp, err := s.Client.Get(a.URL)
			if err != nil {
				return
			}
			defer resp.Body.Close()
			text, _ := io.ReadAll(resp.Body)
			_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{
					Content: "read " + a.Filename + ": " + string(text),
					Files:   []*discordgo.File{{Name: "out.txt", ContentType: "text/plain", Reader: bytes.NewReader(text)}},
				},
			})
		})
	})
	ctx := testCtx(t)

	h := fake.SendInteraction(InteractionSpec{Name: "import", GuildID: DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{AttachmentOpt("file", att)}})
	cb, err := h.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cb.Content() != "read story.txt: once upon a time" || len(cb.Files) != 1 || string(cb.Files[0].Data) != "once upon a time" {
		t.Fatalf("callback content %q files %+v", cb.Content(), cb.Files)
	}
	// The uploaded file is served by the fake.
	orig := h.Original()
	if orig == nil || len(orig.Attachments) != 1 {
		t.Fatalf("original = %+v", orig)
	}
	resp, err := fake.HTTPClient().Get(orig.Attachments[0].URL)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "once upon a time" {
		t.Fatalf("uploaded file = %q", b)
	}
	// CDN URLs are redirected too; other hosts are refused.
	fake.ServeFile("1/2/a.png", "image/png", []byte("png"))
	resp, err = fake.HTTPClient().Get("https://cdn.discordapp.com/attachments/1/2/a.png")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("cdn get: %v %v", resp, err)
	}
	resp.Body.Close()
	if _, err := fake.HTTPClient().Get("https://example.com/"); err == nil {
		t.Fatal("request to example.com was not refused")
	}

	if len(fake.Unexpected()) != 0 {
		t.Fatalf("unexpected before: %+v", fake.Unexpected())
	}
	_, err = dg.GuildRoles(DefaultGuildID)
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Response.StatusCode != 404 || rerr.Message == nil || rerr.Message.Message != "404: Not Found" {
		t.Fatalf("unknown route error = %v", err)
	}
	if u := fake.Unexpected(); len(u) != 1 || u[0].Path != "/api/v9/guilds/"+DefaultGuildID+"/roles" {
		t.Fatalf("unexpected = %+v", u)
	}
}

func TestGatewayRejectsBadClientsAndClosesCleanly(t *testing.T) {
	t.Parallel()
	var conn *websocket.Conn
	t.Run("server", func(t *testing.T) {
		fake := New(t)
		dial := func() *websocket.Conn {
			c, _, err := websocket.DefaultDialer.Dial(fake.GatewayURL()+"/?v=9&encoding=json", nil)
			if err != nil {
				t.Fatal(err)
			}
			_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
			var hello struct {
				Op int `json:"op"`
				D  struct {
					HeartbeatInterval int `json:"heartbeat_interval"`
				} `json:"d"`
			}
			if err := c.ReadJSON(&hello); err != nil || hello.Op != 10 || hello.D.HeartbeatInterval != 41250 {
				t.Fatalf("hello = %+v, %v", hello, err)
			}
			return c
		}
		expectClose := func(c *websocket.Conn, send string, code int) {
			t.Helper()
			_ = c.WriteMessage(websocket.TextMessage, []byte(send))
			for {
				_, _, err := c.ReadMessage()
				if err != nil {
					var ce *websocket.CloseError
					if !errors.As(err, &ce) || ce.Code != code {
						t.Fatalf("after %s: %v, want close %d", send, err, code)
					}
					c.Close()
					return
				}
			}
		}
		expectClose(dial(), "not json", 4002)
		expectClose(dial(), `{"op":2,"d":{"token":""}}`, 4004)
		expectClose(dial(), `{"op":99}`, 4001)
		expectClose(dial(), `{"op":3,"d":{}}`, 4003)

		// Heartbeats are ACKed; IDENTIFY gets READY.
		conn = dial()
		_ = conn.WriteMessage(websocket.TextMessage, []byte(`{"op":1,"d":null}`))
		var ack struct{ Op int }
		if err := conn.ReadJSON(&ack); err != nil || ack.Op != 11 {
			t.Fatalf("ack = %+v, %v", ack, err)
		}
		_ = conn.WriteMessage(websocket.TextMessage, []byte(`{"op":2,"d":{"token":"Bot x","intents":513}}`))
		var ready struct {
			Op int    `json:"op"`
			S  int64  `json:"s"`
			T  string `json:"t"`
			D  struct {
				SessionID string `json:"session_id"`
			} `json:"d"`
		}
		if err := conn.ReadJSON(&ready); err != nil || ready.T != "READY" || ready.S != 1 || ready.D.SessionID == "" {
			t.Fatalf("ready = %+v, %v", ready, err)
		}
		if err := fake.Dispatch("TYPING_START", map[string]any{"channel_id": "1"}); err != nil {
			t.Fatal(err)
		}
		var ev struct {
			S int64  `json:"s"`
			T string `json:"t"`
		}
		if err := conn.ReadJSON(&ev); err != nil || ev.T != "TYPING_START" || ev.S != 2 {
			t.Fatalf("event = %+v, %v", ev, err)
		}

		// Odd REST input does not hurt the fake.
		c := fake.HTTPClient()
		for _, tc := range []struct {
			method, path, body string
			status             int
		}{
			{"POST", "/api/v9/interactions/1/x/callback", "{", 400},
			{"POST", "/api/v9/interactions/1/x/callback", `{"type":4}`, 404},
			{"PUT", "/api/v9/applications/" + fake.AppID() + "/commands", `[1,2]`, 400},
			{"PUT", "/api/v9/applications/" + fake.AppID() + "/commands", `{"a":1}`, 400},
			{"POST", "/api/v9/channels/1/messages", `{"content":""}`, 400},
			{"POST", "/api/v9/channels/1/messages", `{"content":"` + strings.Repeat("a", 2001) + `"}`, 400},
			{"POST", "/api/v9/channels/1/messages", `{"content":7}`, 400},
			{"POST", "/api/v9/channels/1/messages", "--", 400},
			{"PATCH", "/api/v9/webhooks/1/2/messages/@original", `{}`, 404},
			{"GET", "/api/v9/users/@me", "", 200},
		} {
			req, _ := http.NewRequest(tc.method, "https://discord.com"+tc.path, strings.NewReader(tc.body))
			req.Header.Set("Authorization", "Bot x")
			req.Header.Set("Content-Type", "application/json")
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.status {
				t.Errorf("%s %s %s: status %d, want %d", tc.method, tc.path, tc.body, resp.StatusCode, tc.status)
			}
		}
		req, _ := http.NewRequest("GET", "https://discord.com/api/v9/users/@me", nil)
		if resp, err := c.Do(req); err != nil || resp.StatusCode != 401 {
			t.Fatalf("no token: %v %v", resp, err)
		} else {
			resp.Body.Close()
		}
	})
	// The subtest's cleanup closed the fake: the connection is closed.
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			var ce *websocket.CloseError
			if !errors.As(err, &ce) || ce.Code != websocket.CloseGoingAway {
				t.Fatalf("after close: %v", err)
			}
			break
		}
	}
	conn.Close()
}

func TestDispatchWithoutSession(t *testing.T) {
	t.Parallel()
	fake := New(t)
	if err := fake.Dispatch("TYPING_START", json.RawMessage(`{}`)); !errors.Is(err, ErrNoSession) {
		t.Fatalf("err = %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := fake.WaitReady(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitReady = %v", err)
	}
}

func TestHeartbeatsDeadlineAndModal(t *testing.T) {
	t.Parallel()
	fake := New(t, WithHeartbeatInterval(100*time.Millisecond), WithInteractionDeadline(400*time.Millisecond))
	results := make(chan error, 4)
	openSession(t, fake, func(dg *discordgo.Session) {
		dg.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
			switch ic.Type {
			case discordgo.InteractionApplicationCommand:
				if ic.ApplicationCommandData().Name == "slow" {
					time.Sleep(450 * time.Millisecond)
				}
				// A followup before acknowledging fails like on Discord.
				_, err := s.FollowupMessageCreate(ic.Interaction, true, &discordgo.WebhookParams{Content: "early"})
				results <- err
				results <- s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseModal,
					Data: &discordgo.InteractionResponseData{CustomID: "story-form", Title: "New story", Components: []discordgo.MessageComponent{
						discordgo.ActionsRow{Components: []discordgo.MessageComponent{
							discordgo.TextInput{CustomID: "title", Label: "Title", Style: discordgo.TextInputShort},
						}},
					}},
				})
			case discordgo.InteractionModalSubmit:
				data := ic.ModalSubmitData()
				title := data.Components[0].(*discordgo.ActionsRow).Components[0].(*discordgo.TextInput).Value
				_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: data.CustomID + ": " + title},
				})
			}
		})
	})
	ctx := testCtx(t)

	// Responding after the deadline: 404 Unknown interaction.
	fake.SendInteraction(InteractionSpec{Name: "slow", GuildID: DefaultGuildID})
	var rerr *discordgo.RESTError
	if err := <-results; !errors.As(err, &rerr) || rerr.Message.Code != 10015 {
		t.Fatalf("early followup error = %v, want 10015", err)
	}
	if err := <-results; !errors.As(err, &rerr) || rerr.Message.Code != 10062 {
		t.Fatalf("late response error = %v, want 10062", err)
	}

	h := fake.SendInteraction(InteractionSpec{Name: "new", GuildID: DefaultGuildID})
	cb, err := h.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	<-results
	if err := <-results; err != nil {
		t.Fatal(err)
	}
	var modal struct {
		CustomID string `json:"custom_id"`
		Title    string `json:"title"`
	}
	if cb.Type != discordgo.InteractionResponseModal || cb.Decode(&modal) != nil || modal.CustomID != "story-form" {
		t.Fatalf("modal callback %d %+v", cb.Type, modal)
	}
	sub := fake.SendInteraction(InteractionSpec{CustomID: "story-form", GuildID: DefaultGuildID, ModalValues: map[string]string{"title": "Dragons"}})
	if cb, err := sub.Wait(ctx); err != nil || cb.Content() != "story-form: Dragons" {
		t.Fatalf("modal submit answer %v %v", cb, err)
	}

	// Heartbeats every 100 ms are ACKed: the session stays up, no
	// reconnect (discordgo reconnects after 5 intervals without ACK).
	time.Sleep(350 * time.Millisecond)
	var beats, resumes int
	for _, p := range fake.GatewayPayloads() {
		switch p.Op {
		case 1:
			beats++
		case 6:
			resumes++
		}
	}
	if beats < 3 || resumes != 0 || len(fake.Identifies()) != 1 {
		t.Fatalf("heartbeats %d resumes %d identifies %d", beats, resumes, len(fake.Identifies()))
	}
}
