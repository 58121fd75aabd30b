-- Nothing on PostgreSQL. On H2, V15 (a Java migration, db.h2) drops the detail tables' foreign keys to
-- events, because H2 keeps a B-tree of its own on event_id for each of them; PostgreSQL makes no index
-- for a foreign key, so here they cost only their check and stay.
SELECT 1;
