-- newsdesk schema: articles stored whole, sentences stored verbatim with offsets and one vector each.
-- The extension is created by scripts/db-setup.sh as a superuser; this is a no-op when it exists.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE articles (
    id            uuid        PRIMARY KEY,
    external_id   text        UNIQUE,
    content_hash  text        NOT NULL,
    title         text        NOT NULL,
    url           text,
    source        text,
    author        text,
    section       text,
    published_at  date,
    language      text        NOT NULL DEFAULT 'en',
    text          text        NOT NULL,
    sentence_count integer    NOT NULL DEFAULT 0,
    ingested_at   timestamptz NOT NULL DEFAULT now(),
    metadata      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT articles_text_not_blank CHECK (length(btrim(text)) > 0)
);

-- Identical content is stored once: a second POST finds this row and writes nothing.
CREATE UNIQUE INDEX articles_content_hash_idx ON articles (content_hash);
-- Listing is newest first, optionally by source.
CREATE INDEX articles_published_idx ON articles (published_at DESC NULLS LAST, ingested_at DESC);
CREATE INDEX articles_source_idx ON articles (source);

CREATE TABLE sentences (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  uuid    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal     integer NOT NULL,
    char_start  integer NOT NULL,
    char_end    integer NOT NULL,
    text        text    NOT NULL,
    -- 384 = newsdesk.embedding.dimension; every supported model (MiniLM-L6-v2, bge-small-en-v1.5) has it.
    embedding   vector(384) NOT NULL,
    -- The same model over "title. previous sentence sentence": news sentences lean on their
    -- context ("the country", "he"), so retrieval scores both vectors.
    context_embedding vector(384) NOT NULL,
    tsv         tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    -- Offsets count UTF-16 code units (as Java and JavaScript strings do); ingestion checks that
    -- text equals the article text between them before storing.
    CONSTRAINT sentences_offsets_valid CHECK (char_start >= 0 AND char_end > char_start),
    CONSTRAINT sentences_article_ordinal_key UNIQUE (article_id, ordinal)
);

CREATE INDEX sentences_embedding_hnsw_idx ON sentences USING hnsw (embedding vector_cosine_ops);
CREATE INDEX sentences_context_embedding_hnsw_idx ON sentences USING hnsw (context_embedding vector_cosine_ops);
CREATE INDEX sentences_tsv_idx ON sentences USING gin (tsv);
