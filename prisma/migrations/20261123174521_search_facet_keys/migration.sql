-- CreateTable
CREATE TABLE "FacetCount" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "FacetCount_pkey" PRIMARY KEY ("scope","key")
);

-- Facet keys and sample keys in the GIN-indexed token array, derived by the database from the row's
-- own columns, so that every writer (publishing, reindexing, the benchmark's bulk loader) gets them:
--   u:<unitId>  t:<topicId>  g:<genreId>  y:<year>  v:<validity>
--   r:4, r:16, r:64, r:256: nested samples of one row in 4, 16, 64 and 256, from a multiplicative
--   hash of entryId (every r:256 row is also an r:64 row, and so on).
-- A filter then narrows a search inside the GIN index (tokens @> '{预算,u:3,y:2025}'), and a common
-- word's facets can be estimated from a fixed sample (lib/search/counting.ts). Word tokens never
-- contain ':' (lib/search/tokenize.ts), so keys cannot collide with them.
CREATE FUNCTION search_facet_keys(unit INTEGER, topic INTEGER, genre INTEGER, year INTEGER, validity "Validity")
RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['u:' || unit, 't:' || topic, 'g:' || genre, 'y:' || year, 'v:' || validity::text]
$$;

CREATE FUNCTION search_sample_keys(entry_id INTEGER) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN bucket < 1 THEN ARRAY['r:4', 'r:16', 'r:64', 'r:256']
    WHEN bucket < 4 THEN ARRAY['r:4', 'r:16', 'r:64']
    WHEN bucket < 16 THEN ARRAY['r:4', 'r:16']
    WHEN bucket < 64 THEN ARRAY['r:4']
    ELSE ARRAY[]::TEXT[] END
  FROM (SELECT ((entry_id::BIGINT * 2654435761) & 4294967295) >> 24 AS bucket) b
$$;

CREATE FUNCTION search_document_keys() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  NEW."tokens" := ARRAY(SELECT t FROM unnest(NEW."tokens") t WHERE t NOT LIKE '%:%')
    || search_facet_keys(NEW."unitId", NEW."topicId", NEW."genreId", NEW."year", NEW."validity")
    || search_sample_keys(NEW."entryId");
  RETURN NEW;
END $$;

-- Every (scope, key) pair a published row counts for: each of its facet keys, and "*", within the
-- whole catalogue ("") and within each of its own keys.
CREATE FUNCTION search_facet_pairs(keys TEXT[]) RETURNS TABLE (scope TEXT, key TEXT) LANGUAGE sql IMMUTABLE AS $$
  SELECT s, k FROM unnest(keys || ''::TEXT) s, unnest(keys || '*'::TEXT) k
$$;

-- FacetCount follows SearchDocument, one aggregated upsert per statement. Rows are upserted in
-- (scope, key) order so that concurrent publications lock them in the same order.
CREATE FUNCTION search_facet_count() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "FacetCount";
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO "FacetCount" AS f (scope, key, n)
    SELECT p.scope, p.key, count(*) FROM new_rows d,
      search_facet_pairs(search_facet_keys(d."unitId", d."topicId", d."genreId", d."year", d."validity")) p
    WHERE NOT d."withdrawn" GROUP BY p.scope, p.key ORDER BY p.scope, p.key
    ON CONFLICT (scope, key) DO UPDATE SET n = f.n + excluded.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "FacetCount" AS f (scope, key, n)
    SELECT p.scope, p.key, sum(d.sign) FROM
      (SELECT o.*, -1 AS sign FROM old_rows o UNION ALL SELECT w.*, 1 FROM new_rows w) d,
      search_facet_pairs(search_facet_keys(d."unitId", d."topicId", d."genreId", d."year", d."validity")) p
    WHERE NOT d."withdrawn" GROUP BY p.scope, p.key HAVING sum(d.sign) <> 0 ORDER BY p.scope, p.key
    ON CONFLICT (scope, key) DO UPDATE SET n = f.n + excluded.n;
  ELSE
    INSERT INTO "FacetCount" AS f (scope, key, n)
    SELECT p.scope, p.key, -count(*) FROM old_rows d,
      search_facet_pairs(search_facet_keys(d."unitId", d."topicId", d."genreId", d."year", d."validity")) p
    WHERE NOT d."withdrawn" GROUP BY p.scope, p.key ORDER BY p.scope, p.key
    ON CONFLICT (scope, key) DO UPDATE SET n = f.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;

-- Counting reads only the row's fixed columns: with every long value moved out of line (a row of
-- about 100 bytes instead of 1.4 KB) the matches of a common word sit on a tenth of the pages.
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 128);

CREATE TRIGGER search_document_keys BEFORE INSERT OR UPDATE ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION search_document_keys();

-- Existing rows: rewrite them (which adds the keys and applies the new row layout) with the GIN
-- index dropped, then rebuild it once, then count.
DROP INDEX "SearchDocument_tokens_idx";
UPDATE "SearchDocument" SET "tokens" = "tokens";
CREATE INDEX "SearchDocument_tokens_idx" ON "SearchDocument" USING GIN ("tokens");

INSERT INTO "FacetCount" (scope, key, n)
SELECT p.scope, p.key, count(*) FROM "SearchDocument" d,
  search_facet_pairs(search_facet_keys(d."unitId", d."topicId", d."genreId", d."year", d."validity")) p
WHERE NOT d."withdrawn" GROUP BY p.scope, p.key;

CREATE TRIGGER search_facet_count_insert AFTER INSERT ON "SearchDocument"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_count();
CREATE TRIGGER search_facet_count_update AFTER UPDATE ON "SearchDocument"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_count();
CREATE TRIGGER search_facet_count_delete AFTER DELETE ON "SearchDocument"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_count();
CREATE TRIGGER search_facet_count_truncate AFTER TRUNCATE ON "SearchDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION search_facet_count();
