-- Full-text search on H2 (search module): nothing to create. The embedded default keeps its search
-- index in Lucene, in the folder beside the H2 file (DIR/index), rebuilt from these tables when it
-- is missing or out of date. PostgreSQL's version of this migration (db/postgresql)
-- creates its search table. One version, one history: each database runs its own V2.
SELECT 1;
