-- Rows Openfire's database script inserts on a fresh install, whole, for its lookup/reference tables:
-- distribution/src/database/openfire_postgresql.sql of github.com/igniterealtime/Openfire (commit 3709dd4, 2026-07-23,
-- version 5.2.0-SNAPSHOT, database schema version 40; the file last changed in 6228f88, 2026-07-03), which the
-- server's SchemaManager runs when it finds an empty PostgreSQL database (at setup); Apache-2.0. 1 table, 1 row: the
-- default multi-user chat service (ofMucService: serviceID 1, subdomain 'conference', not hidden; its description is
-- not given and stays NULL), to which chat rooms point by ofMucRoom.serviceID. Read from the script's INSERT
-- statements at the end of the file ("Finally, insert default table values") and mapped onto the lower-cased columns
-- of openfire.sql. Left out: ofID (5 rows, the id generator's next-id counters for id types 18, 19, 23, 26 and 27:
-- bookkeeping the server advances), ofUser (the admin user with its plain password 'admin': an account) and ofVersion
-- (the schema version 40: schema-version bookkeeping). Every other table gets its rows from the server at run time.
-- Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO openfire.ofmucservice (serviceid, subdomain, description, ishidden) VALUES
	(1, 'conference', NULL, 0);
