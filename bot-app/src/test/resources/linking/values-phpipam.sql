-- Rows phpIPAM 1.8.2's installer script db/SCHEMA.sql (github.com/phpipam/phpipam, commit 6e11367; GPL-3.0) inserts,
-- whole, for its 12 default lookup tables, loaded unchanged into a scratch MariaDB 10.11 and read back: the 9 device
-- types (Switch, Router, Firewall...), the 4 IP address tags (Offline, Used, Reserved, DHCP), the 14 interface
-- languages, the 20 dashboard widgets, the 2 authentication methods (local, http), the 2 default user groups
-- (Operators, Guests), the default L2 domain, the default circuit type, the localhost scan agent, the Google name
-- servers, the API lock row and the default user-instructions text. Columns an INSERT leaves out hold their
-- declared default, and the AUTO_INCREMENT ids of nameservers and circuitTypes are the 1 MySQL assigns. Left out:
-- settings, settingsMail and nominatim (configuration), users (the admin account), and the sample data (sections
-- Customers and IPv6, their 6 subnets and folder, 10 IP addresses, 2 VLANs). Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO phpipam.apilock (id, description) VALUES
	(1, 'API POST lock');
INSERT INTO phpipam.circuittypes (id, ctname, ctcolor, ctpattern) VALUES
	(1, 'Default', '#000000', 'Solid');
INSERT INTO phpipam.devicetypes (tid, tname, tdescription, bgcolor, fgcolor) VALUES
	(1, 'Switch', 'Switch', '#E6E6E6', '#000'),
	(2, 'Router', 'Router', '#E6E6E6', '#000'),
	(3, 'Firewall', 'Firewall', '#E6E6E6', '#000'),
	(4, 'Hub', 'Hub', '#E6E6E6', '#000'),
	(5, 'Wireless', 'Wireless', '#E6E6E6', '#000'),
	(6, 'Database', 'Database', '#E6E6E6', '#000'),
	(7, 'Workstation', 'Workstation', '#E6E6E6', '#000'),
	(8, 'Laptop', 'Laptop', '#E6E6E6', '#000'),
	(9, 'Other', 'Other', '#E6E6E6', '#000');
INSERT INTO phpipam.instructions (id, instructions) VALUES
	(1, 'You can write instructions under admin menu!');
INSERT INTO phpipam.iptags (id, type, showtag, bgcolor, fgcolor, compress, locked, updatetag) VALUES
	(1, 'Offline', 1, '#f59c99', '#ffffff', 'No', 'Yes', 1),
	(2, 'Used', 0, '#a9c9a4', '#ffffff', 'No', 'Yes', 1),
	(3, 'Reserved', 1, '#9ac0cd', '#ffffff', 'No', 'Yes', 1),
	(4, 'DHCP', 1, '#c9c9c9', '#ffffff', 'Yes', 'Yes', 1);
INSERT INTO phpipam.lang (l_id, l_code, l_name) VALUES
	(1, 'en_GB.UTF-8', 'English'),
	(2, 'sl_SI.UTF-8', 'Slovenščina'),
	(3, 'fr_FR.UTF-8', 'Français'),
	(4, 'nl_NL.UTF-8', 'Nederlands'),
	(5, 'de_DE.UTF-8', 'Deutsch'),
	(6, 'pt_BR.UTF-8', 'Brazil'),
	(7, 'es_ES.UTF-8', 'Español'),
	(8, 'cs_CZ.UTF-8', 'Czech'),
	(9, 'en_US.UTF-8', 'English (US)'),
	(10, 'ru_RU.UTF-8', 'Russian'),
	(11, 'zh_CN.UTF-8', 'Chinese'),
	(12, 'ja_JP.UTF-8', 'Japanese'),
	(13, 'zh_TW.UTF-8', 'Chinese traditional (繁體中文)'),
	(14, 'it_IT.UTF-8', 'Italian');
INSERT INTO phpipam.nameservers (id, name, namesrv1, description, permissions, editdate) VALUES
	(1, 'Google NS', '8.8.8.8;8.8.4.4', 'Google public nameservers', '1;2', NULL);
INSERT INTO phpipam.scanagents (id, name, description, type, code, last_access) VALUES
	(1, 'localhost', 'Scanning from local machine', 'direct', NULL, NULL);
INSERT INTO phpipam.usergroups (g_id, g_name, g_desc, editdate) VALUES
	(2, 'Operators', 'default Operator group', NULL),
	(3, 'Guests', 'default Guest group (viewers)', NULL);
INSERT INTO phpipam.usersauthmethod (id, type, params, protected, description) VALUES
	(1, 'local', NULL, 'Yes', 'Local database'),
	(2, 'http', NULL, 'Yes', 'Apache authentication');
INSERT INTO phpipam.vlandomains (id, name, description, permissions) VALUES
	(1, 'default', 'default L2 domain', NULL);
INSERT INTO phpipam.widgets (wid, wtitle, wdescription, wfile, wparams, whref, wsize, wadminonly, wactive) VALUES
	(1, 'Statistics', 'Shows some statistics on number of hosts, subnets', 'statistics', 'height=x', 'no', '4', 'no', 'yes'),
	(2, 'Favourite subnets', 'Shows favourite subnets', 'favourite_subnets', 'height=x&max=x', 'yes', '8', 'no', 'yes'),
	(3, 'Top IPv4 subnets by number of hosts', 'Shows graph of top IPv4 subnets by number of hosts', 'top10_hosts_v4', 'height=x&max=x', 'yes', '6', 'no', 'yes'),
	(4, 'Top IPv6 subnets by number of hosts', 'Shows graph of top IPv6 subnets by number of hosts', 'top10_hosts_v6', 'height=x&max=x', 'yes', '6', 'no', 'yes'),
	(5, 'Top IPv4 subnets by usage percentage', 'Shows graph of top IPv4 subnets by usage percentage', 'top10_percentage', 'height=x&max=x', 'yes', '6', 'no', 'yes'),
	(6, 'Most recent change log entries', 'Shows list of most recent change log entries', 'changelog', 'height=x&max=x', 'yes', '12', 'no', 'yes'),
	(7, 'Active IP addresses requests', 'Shows list of active IP address request', 'requests', 'height=x&max=x', 'yes', '6', 'yes', 'yes'),
	(8, 'Most recent informational logs', 'Shows list of most recent informational logs', 'access_logs', 'height=x&max=x', 'yes', '6', 'yes', 'yes'),
	(9, 'Most recent warning / error logs', 'Shows list of most recent warning and error logs', 'error_logs', 'height=x&max=x', 'yes', '6', 'yes', 'yes'),
	(10, 'Tools menu', 'Shows quick access to tools menu', 'tools', NULL, 'yes', '6', 'no', 'yes'),
	(11, 'IP Calculator', 'Shows IP calculator as widget', 'ipcalc', NULL, 'yes', '6', 'no', 'yes'),
	(12, 'IP Request', 'IP Request widget', 'iprequest', NULL, 'no', '6', 'no', 'yes'),
	(13, 'Threshold', 'Shows threshold usage for most consumed subnets', 'threshold', 'height=x&max=x', 'yes', '6', 'no', 'yes'),
	(14, 'Inactive hosts', 'Shows list of inactive hosts for defined period', 'inactive-hosts', 'height=x&days=30', 'yes', '6', 'yes', 'yes'),
	(15, 'Locations', 'Shows map of locations', 'locations', 'height=x', 'yes', '6', 'no', 'yes'),
	(16, 'Bandwidth calculator', 'Calculate bandwidth', 'bw_calculator', NULL, 'no', '6', 'no', 'yes'),
	(17, 'Customers', 'Shows customer list', 'customers', 'height=x', 'yes', '6', 'no', 'yes'),
	(18, 'User Instructions', 'Shows user instructions', 'instructions', NULL, 'yes', '6', 'no', 'yes'),
	(19, 'MAC lookup', 'Shows MAC address vendor', 'mac-lookup', NULL, 'yes', '6', 'no', 'yes'),
	(20, 'Recent Logins', 'Shows most recent user logins', 'recent_logins', 'max=5&height=x', 'no', '4', 'yes', 'yes');
