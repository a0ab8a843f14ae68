-- Every answer the Slack bot posted, stored as served (the answer JSON of /api/v1/ask). Its buttons carry the id:
-- "Share in channel" posts it again and the feedback buttons rate it. The answers of one conversation (a thread,
-- or a direct message outside threads) are its turns, so a follow-up leans on the thread's earlier answers. This
-- replaces slack_threads, which kept only a thread's latest turn.
CREATE TABLE slack_answers (
    id                uuid        PRIMARY KEY,
    team_id           text        NOT NULL,
    channel_id        text        NOT NULL,
    -- The conversation the answer belongs to: the thread's ts, '' for a direct message outside threads, NULL for
    -- an /ask answer (a slash command has no follow-ups).
    conversation      text,
    -- The question as asked, and the stand-alone question that was searched (the same unless a follow-up).
    question          text        NOT NULL,
    searched_question text        NOT NULL,
    answer            jsonb       NOT NULL,
    mode              text        NOT NULL,
    as_of             date        NOT NULL,
    created_at        timestamptz NOT NULL
);

-- A conversation's turns, newest first; and the purge by age (newsdesk.slack.answer-retention).
CREATE INDEX slack_answers_conversation_idx ON slack_answers (team_id, channel_id, conversation, created_at);
CREATE INDEX slack_answers_created_idx ON slack_answers (created_at);

DROP TABLE slack_threads;
