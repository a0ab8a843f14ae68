-- Slack deliveries already taken on. The first request (on any instance) to insert an event id
-- answers it; a retried delivery or a second instance finds the row and stays silent
-- (INSERT ... ON CONFLICT DO NOTHING). Slash commands use 'command:' || trigger_id as the id;
-- a message is also claimed as 'message:team:channel:ts', whichever event brought it.
CREATE TABLE slack_events (
    event_id    text        PRIMARY KEY,
    received_at timestamptz NOT NULL
);

-- The purge deletes by age (newsdesk.slack.event-retention).
CREATE INDEX slack_events_received_idx ON slack_events (received_at);

-- The latest turn of each Slack thread the bot answered in, so a later message in that thread is
-- understood as a follow-up (newsdesk.slack.thread-retention).
CREATE TABLE slack_threads (
    team_id    text        NOT NULL,
    channel_id text        NOT NULL,
    thread_ts  text        NOT NULL,
    -- The stand-alone question that was searched (already rewritten if it was a follow-up).
    question   text        NOT NULL,
    -- The short answer shown, NULL when the archive had none.
    answer     text,
    -- The sentence the answer was found in (its first citation), NULL when none.
    evidence   text,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (team_id, channel_id, thread_ts)
);

CREATE INDEX slack_threads_updated_idx ON slack_threads (updated_at);
