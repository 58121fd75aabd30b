-- PostgreSQL's V11 adds triggers that refuse UPDATE and DELETE on audit_log. H2 triggers are Java
-- classes on the server's class path; the application never updates or deletes an entry, so on H2
-- (the embedded, single-user database) only the index is added.
CREATE INDEX audit_log_actor ON audit_log (actor, id);
