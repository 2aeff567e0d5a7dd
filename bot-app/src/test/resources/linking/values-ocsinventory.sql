-- Rows OCS Inventory NG's installer leaves on a fresh install of ocsreports 2.12.4 (database version 7081), whole:
-- files/ocsbase_new.sql of github.com/OCSInventory-NG/OCSInventory-ocsreports (commit 8fa1acc, 2026-03-23; the file
-- last changed in 2c851fb, 2024-09-13), which install.php loads into a new database, and the update scripts
-- files/update/7069.sql .. 7081.sql the console then runs (of these, 7073 fills the new columns of the
-- 'Unavailable' software version: prettyversion 'Unavailable', major/minor/patch 0; 7077 adds
-- snmp_configs.ipd_reconciliation, NULL); GPL-2.0. 13 tables, 93 rows: the TAG administrative-data field for
-- computers and for SNMP devices (accountinfo_config, 2), the built-in blacklists of bogus MAC addresses (14) and
-- serial numbers (34) that duplicate detection ignores, the deployment request workflow's 10 form fields
-- (downloadwk_fields), 9 request statuses (NIV0 DELETE .. NIV8 DURING DEPLOYMENT) and 5 tabs
-- (downloadwk_tab_values; lbl holds the number of a translated label), the 3 report notification templates
-- (notification: SELECTED -> DEFAULT, DEFAULT, PERSO), the Default SNMP type (snmp_types) with its 6 labels,
-- its condition OID and its 6 label OIDs (snmp_configs), and the 'Unavailable' placeholder of software_publisher
-- and software_version. The MySQL dump's INSERTs were loaded into a scratch PostgreSQL 15 holding ocsinventory.sql,
-- with the update scripts' changes applied, and read back (no backslash escapes occur; the source declares no
-- foreign keys among these tables). Left out: config (settings, including the rows the update scripts 7071, 7072,
-- 7075 and 7078 add and 7073 deletes) and config_ldap (the LDAP settings 7074 moves out of config), operators (the
-- admin account). All other tables get no rows from the installer. Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO ocsinventory.accountinfo_config (id, name_accountinfo, type, name, id_tab, comment, show_order, account_type, default_value) VALUES
	(1, 'TAG', 0, 'TAG', 1, 'TAG', 1, 'COMPUTERS', NULL),
	(2, 'TAG', 0, 'TAG', 1, 'TAG', 1, 'SNMP', NULL);
INSERT INTO ocsinventory.blacklist_macaddresses (id, macaddress) VALUES
	(1, '00:00:00:00:00:00'),
	(2, 'FF:FF:FF:FF:FF:FF'),
	(3, '44:45:53:54:00:00'),
	(4, '44:45:53:54:00:01'),
	(5, '00:01:02:7D:9B:1C'),
	(6, '00:08:A1:46:06:35'),
	(7, '00:08:A1:66:E2:1A'),
	(8, '00:09:DD:10:37:68'),
	(9, '00:0F:EA:9A:E2:F0'),
	(10, '00:10:5A:72:71:F3'),
	(11, '00:11:11:85:08:8B'),
	(12, '10:11:11:11:11:11'),
	(13, '44:45:53:54:61:6F'),
	(14, '');
INSERT INTO ocsinventory.blacklist_serials (id, serial) VALUES
	(1, 'N/A'),
	(2, '(null string)'),
	(3, 'INVALID'),
	(4, 'SYS-1234567890'),
	(5, 'SYS-9876543210'),
	(6, 'SN-12345'),
	(7, 'SN-1234567890'),
	(8, '1111111111'),
	(9, '1111111'),
	(10, '1'),
	(11, '0123456789'),
	(12, '12345'),
	(13, '123456'),
	(14, '1234567'),
	(15, '12345678'),
	(16, '123456789'),
	(17, '1234567890'),
	(18, '123456789000'),
	(19, '12345678901234567'),
	(20, '0000000000'),
	(21, '000000000'),
	(22, '00000000'),
	(23, '0000000'),
	(24, '000000'),
	(25, 'NNNNNNN'),
	(26, 'xxxxxxxxxxx'),
	(27, 'EVAL'),
	(28, 'IATPASS'),
	(29, 'none'),
	(30, 'To Be Filled By O.E.M.'),
	(31, 'Tulip Computers'),
	(32, 'Serial Number xxxxxx'),
	(33, 'SN-123456fvgv3i0b8o5n6n7k'),
	(34, '');
INSERT INTO ocsinventory.downloadwk_fields (tab, field, type, lbl, must_completed, id, value, default_field, restricted, link_status) VALUES
	('1', 'USER', 3, '1038', 1, 1, 'loggeduser', 1, 0, 0),
	('2', 'NAME_TELEDEPLOY', 0, '1037', 1, 2, '', 1, 0, 0),
	('2', 'INFO_PACK', 0, '53', 1, 3, '', 1, 0, 0),
	('3', 'PRIORITY', 2, '1039', 1, 4, '', 1, 0, 0),
	('3', 'NOTIF_USER', 2, '1040', 1, 5, '', 1, 0, 0),
	('3', 'REPORT_USER', 2, '1041', 1, 6, '', 1, 0, 0),
	('3', 'REBOOT', 2, '1042', 1, 7, '', 1, 0, 0),
	('4', 'VALID_INSTALL', 6, '1043', 1, 8, '', 1, 0, 0),
	('4', 'STATUS', 2, '1046', 0, 9, '2', 1, 1, 0),
	('5', 'LIST_HISTO', 10, '1052', 0, 10, 'select AUTHOR,DATE,ACTION from downloadwk_history where id_dde=%s$$$$OLD_MODIF', 1, 0, 0);
INSERT INTO ocsinventory.downloadwk_statut_request (id, name, lbl, actif) VALUES
	(1, 'NIV0', 'DELETE', 0),
	(2, 'NIV1', 'WAITING FOR INCLUSION', 0),
	(3, 'NIV2', 'ACKNOWLEDGEMENT', 0),
	(4, 'NIV3', 'REFUSAL', 0),
	(5, 'NIV4', 'NEED TO CHANGE', 0),
	(6, 'NIV5', 'CREATE PACKAGE', 0),
	(7, 'NIV6', 'LOCAL TEST', 0),
	(8, 'NIV7', 'PERIMETER LIMITED DEPLOYMENT', 0),
	(9, 'NIV8', 'DURING DEPLOYMENT', 0);
INSERT INTO ocsinventory.downloadwk_tab_values (field, value, lbl, id, default_field) VALUES
	('TAB', 'INFO_DEM', '1033', 1, 1),
	('TAB', 'INFO_PAQUET', '1034', 2, 1),
	('TAB', 'INFO_CONF', '1035', 3, 1),
	('TAB', 'INFO_VALID', '1036', 4, 1),
	('TAB', 'INFO_HISTO', '1052', 5, 1);
INSERT INTO ocsinventory.notification (id, type, file, subject, altbody) VALUES
	(1, 'SELECTED', 'DEFAULT', NULL, NULL),
	(2, 'DEFAULT', 'templates/OCS_template.html', 'Notification OCSInventory', 'Default report inventory'),
	(3, 'PERSO', NULL, NULL, NULL);
INSERT INTO ocsinventory.snmp_labels (id, label_name) VALUES
	(1, 'DefaultDescription'),
	(2, 'DefaultName'),
	(3, 'DefaultUptime'),
	(4, 'DefaultLocation'),
	(5, 'DefaultAddressIP'),
	(6, 'DefaultGateway');
INSERT INTO ocsinventory.snmp_types (id, type_name, table_type_name) VALUES
	(1, 'Default', 'snmp_default');
INSERT INTO ocsinventory.snmp_types_conditions (id, type_id, condition_oid, condition_value) VALUES
	(1, 1, '1.3.6.1.2.1.1.1.0', NULL);
INSERT INTO ocsinventory.snmp_configs (id, type_id, label_id, oid, reconciliation, ipd_reconciliation) VALUES
	(1, 1, 2, '1.3.6.1.2.1.1.5.0', 'Yes', NULL),
	(2, 1, 1, '1.3.6.1.2.1.1.1.0', NULL, NULL),
	(3, 1, 4, '1.3.6.1.2.1.1.6.0', NULL, NULL),
	(4, 1, 3, '1.3.6.1.2.1.1.3.0', NULL, NULL),
	(5, 1, 5, '1.3.6.1.2.1.4.20.1.1', NULL, NULL),
	(6, 1, 6, '1.3.6.1.2.1.4.20.1.3', NULL, NULL);
INSERT INTO ocsinventory.software_publisher (id, publisher) VALUES
	(1, 'Unavailable');
INSERT INTO ocsinventory.software_version (id, version, prettyversion, major, minor, patch) VALUES
	(1, 'Unavailable', 'Unavailable', 0, 0, 0);
