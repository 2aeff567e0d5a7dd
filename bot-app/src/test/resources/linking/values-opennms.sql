-- Rows OpenNMS Horizon's database installer puts into its small reference tables on a fresh install, whole: the
-- Liquibase changelogs of github.com/OpenNMS/opennms (commit 618b7c5, whose root changelog runs the baseline
-- core/schema/src/main/liquibase/0_baseline-bluebird that origin.sql records; AGPL-3.0). Read with the search tool's
-- read_file (the repository is too big to fetch): the 6 built-in node categories (Routers, Switches, Servers,
-- Production, Test, Development; the insert changeset of 1.6.0/tables/categories.xml, ids from the catnxtid sequence
-- in insert order), the 'Default' monitoring location and the local OpenNMS system (id 00000000-0000-0000-0000-
-- 000000000000, label localhost, location Default, type OpenNMS), as the classic installer script create.sql inserts
-- them; the baseline's values changelog (0_baseline-bluebird/changelog-values.xml, stored at 7ab4342) lists the same
-- rows. 3 tables, 8 rows. Left out: qrtz_locks (Quartz's 5 scheduler lock rows TRIGGER_ACCESS .. MISFIRE_ACCESS:
-- scheduler bookkeeping, not labels), classification_groups and classification_rules (the flow classification
-- changelog 22.0.0/changelog-insert-rules.xml, which the root changelog at this commit no longer includes; its rules
-- are several thousand rows, over the limit), Liquibase's own databasechangelog tables (schema-version bookkeeping).
-- Every other table (services, users' filters, Quartz jobs...) gets its rows from the running application, not the
-- installer. Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO opennms.categories (categoryid, categoryname) VALUES
	(1, 'Routers'),
	(2, 'Switches'),
	(3, 'Servers'),
	(4, 'Production'),
	(5, 'Test'),
	(6, 'Development');
INSERT INTO opennms.monitoringlocations (id, monitoringarea) VALUES
	('Default', 'Default');
INSERT INTO opennms.monitoringsystems (id, label, location, type) VALUES
	('00000000-0000-0000-0000-000000000000', 'localhost', 'Default', 'OpenNMS');
