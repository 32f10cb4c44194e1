-- The schema at the newest migration. Written by `python -m tools.derive_schema`.
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE app_state (
	"key" VARCHAR(80) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE dictionary_words (
	id INTEGER NOT NULL, 
	word TEXT NOT NULL, 
	"key" TEXT NOT NULL, 
	added_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);
CREATE TABLE drafts (
	id INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	subtitle TEXT NOT NULL, 
	body TEXT NOT NULL, 
	keyphrase TEXT NOT NULL, 
	genre VARCHAR(20) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	canonical_url TEXT NOT NULL, 
	cursor_position INTEGER NOT NULL, 
	word_count INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted_at DATETIME, began_empty BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE tags (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	"key" TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);
CREATE TABLE draft_tags (
	id INTEGER NOT NULL, 
	draft_id INTEGER NOT NULL, 
	tag_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	added_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE CASCADE, 
	FOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE, 
	UNIQUE (draft_id, tag_id)
);
CREATE TABLE headline_candidates (
	id INTEGER NOT NULL, 
	draft_id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	template VARCHAR(40) NOT NULL, 
	starred BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE CASCADE
);
CREATE TABLE ignored_words (
	id INTEGER NOT NULL, 
	draft_id INTEGER NOT NULL, 
	word TEXT NOT NULL, 
	"key" TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE CASCADE, 
	UNIQUE (draft_id, "key")
);
CREATE TABLE revisions (
	id INTEGER NOT NULL, 
	draft_id INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	subtitle TEXT NOT NULL, 
	body TEXT NOT NULL, 
	word_count INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE CASCADE
);
CREATE TABLE tag_events (
	id INTEGER NOT NULL, 
	tag_id INTEGER NOT NULL, 
	draft_id INTEGER, 
	draft_title TEXT NOT NULL, 
	action VARCHAR(20) NOT NULL, 
	detail TEXT NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE SET NULL, 
	FOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE TABLE promotion_snippets (
	id INTEGER NOT NULL, 
	draft_id INTEGER NOT NULL, 
	network VARCHAR(20) NOT NULL, 
	text TEXT NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE CASCADE, 
	UNIQUE (draft_id, network)
);
CREATE TABLE publications (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	"key" TEXT NOT NULL, 
	url TEXT NOT NULL, 
	topics TEXT NOT NULL, 
	guidelines TEXT NOT NULL, 
	"exclusive" BOOLEAN NOT NULL, 
	response_days INTEGER, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);
CREATE TABLE submissions (
	id INTEGER NOT NULL, 
	draft_id INTEGER NOT NULL, 
	publication_id INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	planned_at DATETIME NOT NULL, 
	submitted_at DATETIME, 
	decided_at DATETIME, 
	published_at DATETIME, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE CASCADE, 
	FOREIGN KEY(publication_id) REFERENCES publications (id) ON DELETE CASCADE
);
CREATE TABLE published_stories (
	id INTEGER NOT NULL, 
	draft_id INTEGER, 
	url TEXT NOT NULL, 
	"key" TEXT NOT NULL, 
	title TEXT NOT NULL, 
	subtitle TEXT NOT NULL, 
	published_at DATETIME NOT NULL, 
	publication_id INTEGER, 
	tags TEXT NOT NULL, 
	words INTEGER, 
	read_minutes FLOAT, 
	headline_score INTEGER, 
	reading_grade FLOAT, time_known BOOLEAN DEFAULT 1 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE SET NULL, 
	UNIQUE ("key"), 
	FOREIGN KEY(publication_id) REFERENCES publications (id) ON DELETE SET NULL
);
CREATE TABLE story_versions (
	id INTEGER NOT NULL, 
	story_id INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	subtitle TEXT NOT NULL, 
	body TEXT NOT NULL, 
	changed_at DATETIME NOT NULL, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(story_id) REFERENCES published_stories (id) ON DELETE CASCADE
);
CREATE TABLE scheduled_posts (
	id INTEGER NOT NULL, 
	draft_id INTEGER NOT NULL, 
	scheduled_at DATETIME NOT NULL, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES drafts (id) ON DELETE CASCADE
);
CREATE TABLE plan_goals (
	kind VARCHAR(40) NOT NULL, 
	target INTEGER NOT NULL, 
	PRIMARY KEY (kind)
);
CREATE VIRTUAL TABLE drafts_fts USING fts5(
    title, subtitle, body, content='drafts_story', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE TABLE "stat_snapshots" (
	id INTEGER NOT NULL, 
	story_id INTEGER NOT NULL, 
	taken_on DATE NOT NULL, 
	views INTEGER NOT NULL, 
	reads INTEGER NOT NULL, 
	claps INTEGER, 
	fans INTEGER, 
	responses INTEGER, 
	member_reading_minutes FLOAT, 
	earnings FLOAT, 
	PRIMARY KEY (id), 
	UNIQUE (story_id, taken_on), 
	FOREIGN KEY(story_id) REFERENCES published_stories (id) ON DELETE CASCADE
);
CREATE INDEX ix_draft_tags_tag_id ON draft_tags (tag_id);
CREATE INDEX ix_drafts_card ON drafts (id, deleted_at, updated_at, title, word_count, status, keyphrase);
CREATE INDEX ix_drafts_listing ON drafts (deleted_at, updated_at, id, title, word_count, status);
CREATE INDEX ix_headline_candidates_draft_id ON headline_candidates (draft_id);
CREATE INDEX ix_published_stories_draft_id ON published_stories (draft_id);
CREATE INDEX ix_revisions_draft_id ON revisions (draft_id);
CREATE INDEX ix_scheduled_posts_at ON scheduled_posts (scheduled_at);
CREATE INDEX ix_scheduled_posts_draft_id ON scheduled_posts (draft_id);
CREATE INDEX ix_story_versions_story_id ON story_versions (story_id);
CREATE INDEX ix_submissions_draft_id ON submissions (draft_id);
CREATE INDEX ix_submissions_publication_id ON submissions (publication_id);
CREATE INDEX ix_tag_events_draft_id ON tag_events (draft_id);
CREATE INDEX ix_tag_events_tag_at ON tag_events (tag_id, at);
CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, title, subtitle, body)
        VALUES ('delete', old.id, old.title, old.subtitle, CASE WHEN substr(old.body, 1, 4) IN ('---' || char(10), '+++' || char(10)) AND instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10)) > 0 AND NOT (instr(substr(old.body, 4), char(10) || '...') BETWEEN 1 AND instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10))) AND NOT (instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || ' ') BETWEEN 1 AND instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10))) AND NOT (instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(9)) BETWEEN 1 AND instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10))) THEN substr(old.body, 8 + instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10))) ELSE old.body END);
    END;
CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts(rowid, title, subtitle, body)
        VALUES (new.id, new.title, new.subtitle, CASE WHEN substr(new.body, 1, 4) IN ('---' || char(10), '+++' || char(10)) AND instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10)) > 0 AND NOT (instr(substr(new.body, 4), char(10) || '...') BETWEEN 1 AND instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10))) AND NOT (instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || ' ') BETWEEN 1 AND instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10))) AND NOT (instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(9)) BETWEEN 1 AND instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10))) THEN substr(new.body, 8 + instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10))) ELSE new.body END);
    END;
CREATE TRIGGER drafts_fts_update AFTER UPDATE OF title, subtitle, body ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, title, subtitle, body)
        VALUES ('delete', old.id, old.title, old.subtitle, CASE WHEN substr(old.body, 1, 4) IN ('---' || char(10), '+++' || char(10)) AND instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10)) > 0 AND NOT (instr(substr(old.body, 4), char(10) || '...') BETWEEN 1 AND instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10))) AND NOT (instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || ' ') BETWEEN 1 AND instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10))) AND NOT (instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(9)) BETWEEN 1 AND instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10))) THEN substr(old.body, 8 + instr(substr(old.body, 4), char(10) || substr(old.body, 1, 3) || char(10))) ELSE old.body END);
        INSERT INTO drafts_fts(rowid, title, subtitle, body)
        VALUES (new.id, new.title, new.subtitle, CASE WHEN substr(new.body, 1, 4) IN ('---' || char(10), '+++' || char(10)) AND instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10)) > 0 AND NOT (instr(substr(new.body, 4), char(10) || '...') BETWEEN 1 AND instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10))) AND NOT (instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || ' ') BETWEEN 1 AND instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10))) AND NOT (instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(9)) BETWEEN 1 AND instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10))) THEN substr(new.body, 8 + instr(substr(new.body, 4), char(10) || substr(new.body, 1, 3) || char(10))) ELSE new.body END);
    END;
CREATE VIEW drafts_story AS SELECT id, title, subtitle, CASE WHEN substr(body, 1, 4) IN ('---' || char(10), '+++' || char(10)) AND instr(substr(body, 4), char(10) || substr(body, 1, 3) || char(10)) > 0 AND NOT (instr(substr(body, 4), char(10) || '...') BETWEEN 1 AND instr(substr(body, 4), char(10) || substr(body, 1, 3) || char(10))) AND NOT (instr(substr(body, 4), char(10) || substr(body, 1, 3) || ' ') BETWEEN 1 AND instr(substr(body, 4), char(10) || substr(body, 1, 3) || char(10))) AND NOT (instr(substr(body, 4), char(10) || substr(body, 1, 3) || char(9)) BETWEEN 1 AND instr(substr(body, 4), char(10) || substr(body, 1, 3) || char(10))) THEN substr(body, 8 + instr(substr(body, 4), char(10) || substr(body, 1, 3) || char(10))) ELSE body END AS body FROM drafts;
INSERT INTO alembic_version (version_num) VALUES ('0008_figures_not_given');
