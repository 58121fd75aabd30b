-- Full-text search on H2 (search module): nothing to change. PostgreSQL's version of this migration
-- (db/postgresql) lays its search table out anew for speed; the embedded default keeps its index in
-- Lucene (DIR/index). One version, one history: each database runs its own V9.
SELECT 1;
