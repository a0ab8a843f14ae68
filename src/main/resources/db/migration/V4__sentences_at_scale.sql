-- A million sentences (docs/experiments.md, "2026-12-07: a million sentences").
--
-- Only the sentence vector is searched: it is read in its passage (title and neighbouring sentences),
-- and the context vector ranks what the searches found. A second HNSW index doubled the index work
-- of every inserted sentence.
DROP INDEX IF EXISTS sentences_context_embedding_hnsw_idx;

-- The article's date and source on each sentence, so a filtered search reads no other table and the
-- planner can start from the filter when it is selective (a week, one source) instead of walking the
-- vector index past every sentence the filter rejects. An article's sentences are always rewritten
-- with it, so the copies cannot drift.
ALTER TABLE sentences ADD COLUMN published_at date, ADD COLUMN source text;
UPDATE sentences s SET published_at = a.published_at, source = a.source FROM articles a WHERE a.id = s.article_id;
CREATE INDEX sentences_published_idx ON sentences (published_at);
CREATE INDEX sentences_source_idx ON sentences (source);
