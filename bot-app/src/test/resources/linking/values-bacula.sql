-- Rows that Bacula 13.0.3's catalog script (bacula/src/cats/make_postgresql_tables.in, github.com/dlangille/bacula-community
-- commit c09aa2c; the script states BSD 2-Clause) inserts: the 22 job status codes with their long names and
-- severities (status; 'Waiting for new media' has no severity in the source) and the catalog version (version).
-- Loaded into a scratch PostgreSQL and dumped from there. Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO bacula.status (jobstatus, jobstatuslong, severity) VALUES
	('C', 'Created, not yet running', 15),
	('R', 'Running', 15),
	('B', 'Blocked', 15),
	('T', 'Completed successfully', 10),
	('E', 'Terminated with errors', 25),
	('e', 'Non-fatal error', 20),
	('f', 'Fatal error', 100),
	('D', 'Verify found differences', 15),
	('A', 'Canceled by user', 90),
	('F', 'Waiting for Client', 15),
	('S', 'Waiting for Storage daemon', 15),
	('m', 'Waiting for new media', NULL),
	('M', 'Waiting for media mount', 15),
	('s', 'Waiting for storage resource', 15),
	('j', 'Waiting for job resource', 15),
	('c', 'Waiting for client resource', 15),
	('d', 'Waiting on maximum jobs', 15),
	('t', 'Waiting on start time', 15),
	('p', 'Waiting on higher priority jobs', 15),
	('a', 'SD despooling attributes', 15),
	('i', 'Doing batch insert file records', 15),
	('I', 'Incomplete Job', 25);
INSERT INTO bacula.version (versionid) VALUES
	(1024);
