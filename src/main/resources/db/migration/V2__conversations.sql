-- Conversations: each turn is stored exactly as it was shown (the answer JSON of /api/v1/ask).
-- Times come from the application's clock, so idle expiry (newsdesk.chat.idle-timeout) is testable.
CREATE TABLE conversations (
    id             uuid        PRIMARY KEY,
    created_at     timestamptz NOT NULL,
    last_active_at timestamptz NOT NULL
);

-- The purge deletes by idle time.
CREATE INDEX conversations_last_active_idx ON conversations (last_active_at);

CREATE TABLE conversation_turns (
    conversation_id    uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    ordinal            integer     NOT NULL,
    question           text        NOT NULL,
    -- The stand-alone question that was searched; NULL when the question was searched as asked.
    rewritten_question text,
    answer             jsonb       NOT NULL,
    created_at         timestamptz NOT NULL,
    PRIMARY KEY (conversation_id, ordinal),
    CONSTRAINT conversation_turns_ordinal_positive CHECK (ordinal > 0)
);
