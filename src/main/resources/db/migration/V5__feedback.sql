-- The day a conversation turn was answered as of (the reader's date), kept so feedback can say it.
ALTER TABLE conversation_turns ADD COLUMN as_of date;

-- Readers' verdicts on answers, one row per answer (a second verdict on the same answer replaces
-- the first). Each row copies what was shown, so it outlives the conversation or Slack thread it
-- came from and can be exported as an evaluation question.
CREATE TABLE feedback (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Where the answer was shown: 'conversation' (the widget, any conversation client) or 'slack'.
    channel           text        NOT NULL,
    -- The answer within its channel: 'conversation-id:turn', or the Slack message's key.
    answer_key        text        NOT NULL,
    rating            text        NOT NULL,
    comment           text,
    question          text        NOT NULL,
    -- The stand-alone question that was searched, NULL when searched as asked.
    searched_question text,
    -- The answer exactly as it was shown (the JSON of /api/v1/ask).
    answer            jsonb       NOT NULL,
    mode              text,
    as_of             date,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CONSTRAINT feedback_channel_known CHECK (channel IN ('conversation', 'slack')),
    CONSTRAINT feedback_rating_known CHECK (rating IN ('helpful', 'wrong')),
    CONSTRAINT feedback_one_per_answer UNIQUE (channel, answer_key)
);

-- The export reads the newest first.
CREATE INDEX feedback_updated_idx ON feedback (updated_at);
