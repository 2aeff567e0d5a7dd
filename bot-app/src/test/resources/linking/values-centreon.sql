-- Rows Centreon 22.10's installer inserts on a fresh install (github.com/centreon/centreon-archived, commit f9efb6d,
-- GPL-2.0): the scripts www/install/insertMacros.sql, insertCommands.sql, insertTimeperiods.sql,
-- var/baseconf/centreon-engine.sql, var/baseconf/centreon-broker.sql, insertTopology.sql, insertBaseConf.sql and
-- insertACL.sql, in the order www/install/steps/process/insertBaseConf.php runs them, after createTables.sql and
-- createTablesCentstorage.sql, loaded unchanged into a scratch MariaDB 10.11 and read back from there. Kept, whole,
-- every table of at most 300 rows whose foreign keys point only at tables kept too: 32 tables, 1,085 rows (the 110
-- Nagios macros, the 4 time periods, 4 service categories, 2 locales, the 138 menu pages and 69 menu scripts of the
-- topology, 8 SNMP trap vendors and their 214 traps, 8 graph templates and 45 curve templates, the Centreon Broker
-- field definitions: 16 modules and their dependencies, 20 types, 2 tags, 94 fields, 4 field groups, 33 lists with
-- 37 values, 10 log categories and 7 log levels, the 33 widget parameter field types, the menu colours, the 'Guest'
-- and 'Supervisors' contact groups, and the default ACL group, resource, action and its 12 rules), as MySQL stores
-- them (columns an INSERT leaves out hold their declared default; the 8 topology and 15 topology_js rows whose INSERT
-- leaves the id to AUTO_INCREMENT numbered as MySQL assigns them, in the scripts' order; HTML entities such as
-- &#039; as shipped). Left out: timezone (419 rows, over the limit); contact (the admin, guest, user and Gorgone
-- accounts) and the tables pointing at it (contact_param, contact_password with its hashes and NOW() dates,
-- contactgroup_contact_relation, password_expiration_excluded_users); connector (UNIX_TIMESTAMP() dates and
-- install-time paths) and so command (points at connector; 4 of its 6 rows hold the installer's @MAILER@ path);
-- the configuration and key-value settings tables (options, informations, provider_configuration with the login
-- providers' JSON settings, cfg_nagios, cfg_nagios_logger, cfg_nagios_broker_module, cfg_centreonbroker,
-- cfg_centreonbroker_info, cfg_centreonbroker_log, cfg_resource, cfg_resource_instance_relations, the central poller
-- nagios_server with install-time paths, and centreon_storage's config); and platform_topology, whose row the
-- installer's PHP computes from the server's address and host name. Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO centreon.acl_actions (acl_action_id, acl_action_name, acl_action_description, acl_action_activate) VALUES
	(1, 'Simple User', 'Simple User', '1');
INSERT INTO centreon.acl_actions_rules (aar_id, acl_action_rule_id, acl_action_name) VALUES
	(1, 1, 'poller_stats'),
	(2, 1, 'top_counter'),
	(3, 1, 'service_acknowledgement'),
	(4, 1, 'service_schedule_check'),
	(5, 1, 'service_schedule_forced_check'),
	(6, 1, 'service_schedule_downtime'),
	(7, 1, 'service_comment'),
	(8, 1, 'host_acknowledgement'),
	(9, 1, 'host_schedule_check'),
	(10, 1, 'host_schedule_forced_check'),
	(11, 1, 'host_schedule_downtime'),
	(12, 1, 'host_comment');
INSERT INTO centreon.acl_groups (acl_group_id, acl_group_name, acl_group_alias, acl_group_changed, acl_group_activate) VALUES
	(1, 'ALL', 'ALL', 0, '1');
INSERT INTO centreon.acl_resources (acl_res_id, acl_res_name, acl_res_alias, all_hosts, all_hostgroups, all_servicegroups, acl_res_activate, acl_res_comment, acl_res_status, changed, locked) VALUES
	(1, 'All Resources', 'All Resources', '1', '1', '1', '1', NULL, NULL, 0, 0);
INSERT INTO centreon.acl_res_group_relations (acl_res_id, acl_group_id) VALUES
	(1, 1);
INSERT INTO centreon.acl_group_actions_relations (acl_action_id, acl_group_id) VALUES
	(1, 1);
INSERT INTO centreon.contactgroup (cg_id, cg_name, cg_alias, cg_comment, cg_activate, cg_type, cg_ldap_dn, ar_id) VALUES
	(3, 'Guest', 'Guests Group', '', '1', 'local', NULL, NULL),
	(5, 'Supervisors', 'Centreon supervisors', '', '1', 'local', NULL, NULL);
INSERT INTO centreon.acl_group_contactgroups_relations (cg_cg_id, acl_group_id) VALUES
	(3, 1);
INSERT INTO centreon.cb_module (cb_module_id, name, libname, loading_pos, is_bundle, is_activated) VALUES
	(1, 'SQL', 'sql.so', 80, 0, 1),
	(2, 'TCP', 'tcp.so', 50, 0, 1),
	(3, 'file', 'file.so', 50, 0, 1),
	(6, 'NEB', 'neb.so', 10, 0, 1),
	(7, 'RRD', 'rrd.so', 30, 0, 1),
	(8, 'Storage', 'storage.so', 20, 0, 1),
	(9, 'Core', NULL, NULL, 1, 1),
	(10, 'Centreon Storage', NULL, NULL, 1, 1),
	(11, 'Compression', 'compression.so', 60, 0, 1),
	(12, 'Failover', NULL, NULL, 0, 1),
	(17, 'Dumper', 'dumper.so', 20, 0, 1),
	(18, 'Graphite', 'graphite.so', 21, 0, 1),
	(19, 'InfluxDB', 'influxdb.so', 22, 0, 1),
	(20, 'Correlation', 'correlation.so', 30, 0, 1),
	(21, 'Generic', 'lua.so', 40, 0, 1),
	(23, 'BBDO', NULL, NULL, 0, 1);
INSERT INTO centreon.cb_module_relation (cb_module_id, module_depend_id, inherit_config) VALUES
	(1, 6, 0),
	(1, 8, 0),
	(1, 12, 1),
	(2, 11, 1),
	(2, 12, 1),
	(3, 11, 1),
	(3, 12, 1),
	(7, 8, 0),
	(7, 12, 1),
	(8, 6, 0),
	(8, 12, 1);
INSERT INTO centreon.cb_type (cb_type_id, type_name, type_shortname, cb_module_id) VALUES
	(3, 'IPv4', 'ipv4', 2),
	(10, 'IPv6', 'ipv6', 2),
	(11, 'File', 'file', 3),
	(13, 'RRD file generator', 'rrd', 7),
	(14, 'Perfdata Generator (Centreon Storage) - DEPRECATED', 'storage', 8),
	(16, 'Broker SQL database - DEPRECATED', 'sql', 1),
	(17, 'File', 'file', 9),
	(18, 'Standard', 'standard', 9),
	(19, 'Syslog', 'syslog', 9),
	(20, 'Compressor', 'compressor', 11),
	(21, 'Failover', 'failover', 12),
	(24, 'Monitoring', 'monitoring', 9),
	(28, 'Database configuration reader', 'db_cfg_reader', 17),
	(29, 'Database configuration writer', 'db_cfg_writer', 17),
	(30, 'Storage - Graphite', 'graphite', 18),
	(31, 'Storage - InfluxDB', 'influxdb', 19),
	(33, 'Stream connector', 'lua', 21),
	(34, 'Unified SQL', 'unified_sql', 8),
	(35, 'BBDO Server', 'bbdo_server', 23),
	(36, 'BBDO Client', 'bbdo_client', 23);
INSERT INTO centreon.cb_tag (cb_tag_id, tagname) VALUES
	(1, 'output'),
	(2, 'input');
INSERT INTO centreon.cb_tag_type_relation (cb_tag_id, cb_type_id, cb_type_uniq) VALUES
	(1, 3, 0),
	(1, 10, 0),
	(1, 11, 0),
	(1, 13, 0),
	(1, 14, 0),
	(1, 16, 0),
	(1, 28, 1),
	(1, 29, 1),
	(1, 30, 0),
	(1, 31, 0),
	(1, 33, 0),
	(1, 34, 0),
	(1, 35, 1),
	(1, 36, 1),
	(2, 3, 0),
	(2, 10, 0),
	(2, 11, 0),
	(2, 35, 1),
	(2, 36, 1);
INSERT INTO centreon.cb_field (cb_field_id, fieldname, displayname, description, fieldtype, external, cb_fieldgroup_id) VALUES
	(1, 'port', 'Connection port', 'Port to listen on (empty host) or to connect to (with host filled).', 'int', NULL, NULL),
	(2, 'host', 'Host to connect to', 'IP address or hostname of the host to connect to (leave blank for listening mode).', 'text', NULL, NULL),
	(3, 'ca_certificate', 'Trusted CA''s certificate', 'Trusted CA''s certificate.', 'text', NULL, NULL),
	(4, 'private_key', 'Private key file.', 'Private key file path when TLS encryption is used.', 'text', NULL, NULL),
	(5, 'public_cert', 'Public certificate', 'Public certificate file path when TLS encryption is used.', 'text', NULL, NULL),
	(6, 'tls', 'Enable TLS encryption', 'Enable TLS encryption.', 'radio', NULL, NULL),
	(7, 'db_host', 'DB host', 'IP address or hostname of the database server.', 'text', NULL, NULL),
	(8, 'db_user', 'DB user', 'Database user.', 'text', NULL, NULL),
	(9, 'db_password', 'DB password', 'Password of database user.', 'password', NULL, NULL),
	(10, 'db_name', 'DB name', 'Database name.', 'text', NULL, NULL),
	(11, 'path', 'File path', 'Path to the file.', 'text', NULL, NULL),
	(12, 'protocol', 'Serialization protocol', 'Serialization protocol.', 'select', NULL, NULL),
	(13, 'metrics_path', 'RRD file directory for metrics', 'RRD file directory, for example /var/lib/centreon/metrics', 'text', 'D=centreon_storage:T=config:C=RRDdatabase_path:CK=id:K=1', NULL),
	(14, 'status_path', 'RRD file directory for statuses', 'RRD file directory, for example /var/lib/centreon/status', 'text', 'D=centreon_storage:T=config:C=RRDdatabase_status_path:CK=id:K=1', NULL),
	(15, 'db_type', 'DB type', 'Target DBMS.', 'select', NULL, NULL),
	(16, 'interval', 'Interval length', 'Interval length in seconds.', 'int', 'T=options:C=value:CK=key:K=interval_length', NULL),
	(17, 'length', 'RRD length', 'RRD storage duration in seconds.', 'int', 'D=centreon_storage:T=config:C=len_storage_rrd:RPN=86400 *:CK=id:K=1', NULL),
	(18, 'db_port', 'DB port', 'Port on which the DB server listens', 'int', NULL, NULL),
	(19, 'name', 'Name of the logger', 'For a file logger this is the path to the file. For a standard logger, one of ''stdout'' or ''stderr''.', 'text', NULL, NULL),
	(20, 'config', 'Configuration messages', 'Enable or not configuration messages logging.', 'radio', NULL, NULL),
	(21, 'debug', 'Debug messages', 'Enable or not debug messages logging.', 'radio', NULL, NULL),
	(22, 'error', 'Error messages', 'Enable or not error messages logging.', 'radio', NULL, NULL),
	(23, 'info', 'Informational messages', 'Enable or not informational messages logging.', 'radio', NULL, NULL),
	(24, 'level', 'Logging level', 'How much messages must be logged.', 'select', NULL, NULL),
	(25, 'compression', 'Compression (zlib)', 'Enable or not data stream compression.', 'radio', NULL, NULL),
	(26, 'compression_level', 'Compression level', 'Ranges from 0 (no compression) to 9 (best compression). Default is -1 (zlib compression)', 'int', NULL, NULL),
	(27, 'compression_buffer', 'Compression buffer size', 'The higher the buffer size is, the best compression. This however increase data streaming latency. Use with caution.', 'int', NULL, NULL),
	(28, 'failover', 'Failover name', 'Name of the input or output object that will act as failover.', 'text', NULL, NULL),
	(31, 'retry_interval', 'Retry interval', 'Time in seconds to wait between each connection attempt (Default value: 30s).', 'int', NULL, NULL),
	(32, 'buffering_timeout', 'Buffering timeout', 'Time in seconds to wait before launching failover.', 'int', NULL, NULL),
	(33, 'fifo', 'File for Centreon Broker statistics', 'File where Centreon Broker statistics will be stored', 'text', NULL, NULL),
	(34, 'queries_per_transaction', 'Maximum queries per transaction', 'The maximum queries per transaction before commit.', 'int', NULL, NULL),
	(35, 'read_timeout', 'Transaction commit timeout', 'The transaction timeout before running commit.', 'int', NULL, NULL),
	(36, 'rrd_cached_option', 'Enable RRDCached', 'Enable rrdcached option for Centreon, please see Centreon documentation to configure it.', 'radio', NULL, NULL),
	(37, 'rrd_cached', 'RRDCacheD listening socket/port', 'The absolute path to unix socket or TCP port for communicating with rrdcached daemon.', 'text', NULL, NULL),
	(38, 'max_size', 'Max file size in bytes', 'The maximum size of log file.', 'int', NULL, NULL),
	(39, 'check_replication', 'Replication enabled', 'When enabled, the broker engine will check whether or not the replication is up to date before attempting to update data.', 'radio', NULL, NULL),
	(40, 'rebuild_check_interval', 'Rebuild check interval in seconds', 'The interval between check if some metrics must be rebuild. The default value is 300s', 'int', NULL, NULL),
	(41, 'max_size', 'Maximum size of file', 'Maximum size in bytes.', 'int', NULL, NULL),
	(42, 'store_in_data_bin', 'Store in performance data in data_bin', 'It should be enabled to control whether or not Centreon Broker should insert performance data in the data_bin table.', 'radio', NULL, NULL),
	(43, 'insert_in_index_data', 'Insert in index data', 'Whether or not Broker should create entries in the index_data table. This process should be done by Centreon and this option should only be enabled by advanced users knowing what they''re doing', 'text', 'T=options:C=value:CK=key:K=index_data', NULL),
	(44, 'write_metrics', 'Write metrics', 'This can be used to disable graph update and therefore reduce I/O', 'radio', NULL, NULL),
	(45, 'write_status', 'Write status', 'This can be used to disable graph update and therefore reduce I/O', 'radio', NULL, NULL),
	(46, 'negotiation', 'Enable negotiation', 'Enable negotiation option (use only for version of Centren Broker >= 2.5)', 'radio', NULL, NULL),
	(47, 'category', 'Filter category', 'Category filter for flux in output', 'multiselect', NULL, 1),
	(48, 'one_peer_retention_mode', 'One peer retention', 'This allows the retention to work even if the socket is listening', 'radio', NULL, NULL),
	(49, 'cleanup_check_interval', 'Cleanup check interval', 'Interval in seconds before delete data from deleted pollers.', 'int', NULL, NULL),
	(50, 'instance_timeout', 'Instance timeout', 'Interval in seconds before change status of resources from a disconnected poller', 'int', NULL, NULL),
	(51, 'metric_naming', 'Metric naming', 'How to name entries for metrics. This string supports macros such as $METRIC$, $HOST$, $SERVICE$ and $INSTANCE$', 'text', NULL, NULL),
	(52, 'status_naming', 'Status naming', 'How to name entries for statuses. This string supports macros such as $METRIC$, $HOST$, $SERVICE$ and $INSTANCE$', 'text', NULL, NULL),
	(53, 'metrics_timeseries', 'Metrics timeseries', 'How to name entries for metrics timeseries. This string supports macros such as $METRIC$, $HOST$, $SERVICE$ and $INSTANCE$', 'text', NULL, NULL),
	(54, 'status_timeseries', 'Status timeseries', 'How to name entries for statuses timeseries. This string supports macros such as $METRIC$, $HOST$, $SERVICE$ and $INSTANCE$', 'text', NULL, NULL),
	(55, 'name', 'Name', 'Name of the column (macros accepted)', 'text', NULL, 2),
	(56, 'value', 'Value', 'Value of the column (macros accepted)', 'text', NULL, 2),
	(57, 'type', 'Type', 'Type of the column', 'select', NULL, 2),
	(58, 'is_tag', 'Tag', 'Whether or not this column is a tag', 'radio', NULL, 2),
	(59, 'name', 'Name', 'Name of the column (macros accepted)', 'text', NULL, 3),
	(60, 'value', 'Value', 'Value of the column (macros accepted)', 'text', NULL, 3),
	(61, 'type', 'Type', 'Type of the column', 'select', NULL, 3),
	(62, 'is_tag', 'Tag', 'Whether or not this column is a tag', 'radio', NULL, 3),
	(63, 'cache', 'Cache', 'Enable caching', 'radio', NULL, NULL),
	(64, 'storage_db_host', 'Storage DB host', 'IP address or hostname of the database server.', 'text', NULL, NULL),
	(65, 'storage_db_user', 'Storage DB user', 'Database user.', 'text', NULL, NULL),
	(66, 'storage_db_password', 'Storage DB password', 'Password of database user.', 'password', NULL, NULL),
	(67, 'storage_db_name', 'Storage DB name', 'Database name.', 'text', NULL, NULL),
	(68, 'storage_db_port', 'Storage DB port', 'Port on which the DB server listens', 'int', NULL, NULL),
	(69, 'storage_db_type', 'Storage DB type', 'Target DBMS.', 'select', NULL, NULL),
	(71, 'name', 'Name', 'Name of the metric.', 'text', NULL, 4),
	(72, 'value', 'Value', 'Value of the metric.', 'text', NULL, 4),
	(73, 'type', 'Type', 'Type of the metric.', 'select', NULL, 4),
	(74, 'path', 'Path', 'Path of the lua script.', 'text', NULL, NULL),
	(75, 'connections_count', 'Number of connection to the database', 'Usually cpus/2', 'int', NULL, NULL),
	(76, 'tls_hostname', 'TLS Host name', 'Expected TLS certificate common name (CN) - leave blank if unsure.', 'text', NULL, NULL),
	(77, 'db_type', 'DB type', 'Target DBMS.', 'text', 'T=options:C=value:CK=key:K=unified_sql_db_type', NULL),
	(78, 'host', 'Listening address (optional)', 'Fill in this field only if you want to specify the address on which Broker should listen', 'text', NULL, NULL),
	(79, 'port', 'Listening port', 'TCP port on which Broker should listen', 'text', NULL, NULL),
	(80, 'transport_protocol', 'Transport protocol', 'The transport protocol can be either TCP (binary flow over TCP) or gRPC (HTTP2)', 'radio', NULL, NULL),
	(81, 'authorization', 'Authorization token (optional)', 'Authorization token to be requested from the client (must be the same for both client and server)', 'password', NULL, NULL),
	(82, 'encryption', 'Enable TLS encryption', 'Enable TLS 1.3 encryption', 'radio', NULL, NULL),
	(83, 'private_key', 'Private key path', 'Full path to the file containing the private key in PEM format (required for encryption)', 'text', NULL, NULL),
	(84, 'certificate', 'Certificate path', 'Full path to the file containing the certificate in PEM format (required for encryption)', 'text', NULL, NULL),
	(85, 'compression', 'Compression', 'Enable data compression', 'radio', NULL, NULL),
	(86, 'retention', 'Enable retention', 'Enable data retention until the client is connected', 'radio', NULL, NULL),
	(87, 'category', 'Filter on event categories', 'Broker event categories to filter. If none is selected, all categories of events will be processed', 'multiselect', NULL, NULL),
	(88, 'host', 'Server address', 'Address of the server to which the client should connect', 'text', NULL, NULL),
	(89, 'port', 'Server port', 'TCP port of the server to which the client should connect', 'int', NULL, NULL),
	(90, 'retry_interval', 'Retry interval (seconds)', 'Number of seconds between a lost or failed connection and the next try', 'int', NULL, NULL),
	(91, 'transport_protocol', 'Transport protocol', 'The transport protocol can be either TCP (binary flow over TCP) or gRPC (HTTP2)', 'radio', NULL, NULL),
	(92, 'authorization', 'Authorization token (optional)', 'Authorization token expected by the server (must be the same for both client and server)', 'password', NULL, NULL),
	(93, 'encryption', 'Enable TLS encryption', 'Enable TLS 1.3 encryption', 'radio', NULL, NULL),
	(94, 'ca_certificate', 'Trusted CA''s certificate path (optional)', 'If the server''s certificate is signed by an untrusted Certification Authority (CA), then specify the certificate''s path.
If the servers certificate is self-signed, then specify its path.
You can also add the certificate to the store of certificates trusted by the operating system.
The file must be in PEM format.', 'text', NULL, NULL),
	(95, 'ca_name', 'Certificate Common Name (optional)', 'If the Common Name (CN) of the certificate is different from the value in the "Server address" field, the CN must be provided here', 'text', NULL, NULL),
	(96, 'compression', 'Compression', 'Enable data compression', 'radio', NULL, NULL),
	(97, 'category', 'Filter on event categories', 'Broker event categories to filter. If none is selected, all categories of events will be processed', 'multiselect', NULL, NULL);
INSERT INTO centreon.cb_fieldgroup (cb_fieldgroup_id, groupname, displayname, multiple, group_parent_id) VALUES
	(1, 'filters', '', 0, NULL),
	(2, 'metrics_column', 'Metrics column', 1, NULL),
	(3, 'status_column', 'Status column', 1, NULL),
	(4, 'lua_parameter', 'lua parameter', 1, NULL);
INSERT INTO centreon.cb_type_field_relation (cb_type_id, cb_field_id, cb_fieldset_id, is_required, order_display, jshook_name, jshook_arguments) VALUES
	(3, 1, NULL, 1, 1, NULL, NULL),
	(3, 2, NULL, 0, 2, NULL, NULL),
	(3, 3, NULL, 0, 7, NULL, NULL),
	(3, 4, NULL, 0, 5, NULL, NULL),
	(3, 5, NULL, 0, 6, NULL, NULL),
	(3, 6, NULL, 1, 4, NULL, NULL),
	(3, 12, NULL, 1, 3, NULL, NULL),
	(3, 46, NULL, 1, 8, NULL, NULL),
	(3, 47, NULL, 0, 17, NULL, NULL),
	(3, 48, NULL, 0, 16, NULL, NULL),
	(3, 76, NULL, 0, 5, NULL, NULL),
	(10, 1, NULL, 1, 1, NULL, NULL),
	(10, 2, NULL, 0, 2, NULL, NULL),
	(10, 3, NULL, 0, 7, NULL, NULL),
	(10, 4, NULL, 0, 5, NULL, NULL),
	(10, 5, NULL, 0, 6, NULL, NULL),
	(10, 6, NULL, 1, 4, NULL, NULL),
	(10, 12, NULL, 1, 3, NULL, NULL),
	(10, 46, NULL, 1, 8, NULL, NULL),
	(10, 47, NULL, 0, 17, NULL, NULL),
	(10, 48, NULL, 0, 16, NULL, NULL),
	(11, 11, NULL, 1, 1, NULL, NULL),
	(11, 12, NULL, 1, 2, NULL, NULL),
	(11, 41, NULL, 0, 3, NULL, NULL),
	(11, 47, NULL, 0, 17, NULL, NULL),
	(13, 13, NULL, 1, 1, NULL, NULL),
	(13, 14, NULL, 1, 2, NULL, NULL),
	(13, 36, NULL, 0, 3, 'rrdArguments', '{"target": "rrd_cached"}'),
	(13, 37, NULL, 0, 4, NULL, NULL),
	(13, 42, NULL, 1, 5, NULL, NULL),
	(13, 43, NULL, 1, 6, NULL, NULL),
	(13, 44, NULL, 1, 5, NULL, NULL),
	(13, 45, NULL, 1, 6, NULL, NULL),
	(13, 47, NULL, 0, 17, NULL, NULL),
	(14, 7, NULL, 1, 4, NULL, NULL),
	(14, 8, NULL, 1, 6, NULL, NULL),
	(14, 9, NULL, 0, 7, NULL, NULL),
	(14, 10, NULL, 1, 8, NULL, NULL),
	(14, 15, NULL, 1, 3, NULL, NULL),
	(14, 16, NULL, 1, 1, NULL, NULL),
	(14, 17, NULL, 1, 2, NULL, NULL),
	(14, 18, NULL, 1, 5, NULL, NULL),
	(14, 34, NULL, 0, 9, NULL, NULL),
	(14, 35, NULL, 0, 10, NULL, NULL),
	(14, 39, NULL, 0, 11, NULL, NULL),
	(14, 40, NULL, 0, 12, NULL, NULL),
	(14, 42, NULL, 1, 13, NULL, NULL),
	(14, 43, NULL, 1, 14, NULL, NULL),
	(14, 47, NULL, 0, 17, NULL, NULL),
	(14, 75, NULL, 0, 7, 'countConnections', '{"target": "connections_count"}'),
	(16, 7, NULL, 1, 2, NULL, NULL),
	(16, 8, NULL, 1, 4, NULL, NULL),
	(16, 9, NULL, 0, 5, NULL, NULL),
	(16, 10, NULL, 1, 6, NULL, NULL),
	(16, 15, NULL, 1, 1, NULL, NULL),
	(16, 18, NULL, 1, 3, NULL, NULL),
	(16, 34, NULL, 0, 7, NULL, NULL),
	(16, 35, NULL, 0, 8, NULL, NULL),
	(16, 39, NULL, 0, 8, NULL, NULL),
	(16, 47, NULL, 0, 17, NULL, NULL),
	(16, 49, NULL, 0, 18, NULL, NULL),
	(16, 50, NULL, 0, 19, NULL, NULL),
	(16, 75, NULL, 0, 7, 'countConnections', '{"target": "connections_count"}'),
	(17, 19, NULL, 1, 1, NULL, NULL),
	(17, 20, NULL, 1, 2, NULL, NULL),
	(17, 21, NULL, 1, 3, NULL, NULL),
	(17, 22, NULL, 1, 4, NULL, NULL),
	(17, 23, NULL, 1, 5, NULL, NULL),
	(17, 24, NULL, 1, 6, NULL, NULL),
	(17, 38, NULL, 0, 7, NULL, NULL),
	(18, 19, NULL, 1, 1, NULL, NULL),
	(18, 20, NULL, 1, 2, NULL, NULL),
	(18, 21, NULL, 1, 3, NULL, NULL),
	(18, 22, NULL, 1, 4, NULL, NULL),
	(18, 23, NULL, 1, 5, NULL, NULL),
	(18, 24, NULL, 1, 6, NULL, NULL),
	(19, 20, NULL, 1, 1, NULL, NULL),
	(19, 21, NULL, 1, 2, NULL, NULL),
	(19, 22, NULL, 1, 3, NULL, NULL),
	(19, 23, NULL, 1, 4, NULL, NULL),
	(19, 24, NULL, 1, 5, NULL, NULL),
	(20, 25, NULL, 0, 101, NULL, NULL),
	(20, 26, NULL, 0, 102, NULL, NULL),
	(20, 27, NULL, 0, 103, NULL, NULL),
	(21, 28, NULL, 0, 8, NULL, NULL),
	(21, 31, NULL, 0, 8, NULL, NULL),
	(21, 32, NULL, 0, 8, NULL, NULL),
	(24, 19, NULL, 1, 1, NULL, NULL),
	(24, 20, NULL, 1, 2, NULL, NULL),
	(24, 21, NULL, 1, 3, NULL, NULL),
	(24, 22, NULL, 1, 4, NULL, NULL),
	(24, 23, NULL, 1, 5, NULL, NULL),
	(24, 24, NULL, 1, 6, NULL, NULL),
	(28, 7, NULL, 1, 2, NULL, NULL),
	(28, 8, NULL, 1, 4, NULL, NULL),
	(28, 9, NULL, 0, 5, NULL, NULL),
	(28, 10, NULL, 1, 6, NULL, NULL),
	(28, 15, NULL, 1, 1, NULL, NULL),
	(28, 18, NULL, 1, 3, NULL, NULL),
	(29, 7, NULL, 1, 2, NULL, NULL),
	(29, 8, NULL, 1, 4, NULL, NULL),
	(29, 9, NULL, 0, 5, NULL, NULL),
	(29, 10, NULL, 1, 6, NULL, NULL),
	(29, 15, NULL, 1, 1, NULL, NULL),
	(29, 18, NULL, 1, 3, NULL, NULL),
	(30, 7, NULL, 1, 1, NULL, NULL),
	(30, 8, NULL, 0, 3, NULL, NULL),
	(30, 9, NULL, 0, 4, NULL, NULL),
	(30, 18, NULL, 0, 2, NULL, NULL),
	(30, 34, NULL, 0, 5, NULL, NULL),
	(30, 51, NULL, 1, 7, NULL, NULL),
	(30, 52, NULL, 1, 8, NULL, NULL),
	(31, 7, NULL, 1, 2, NULL, NULL),
	(31, 8, NULL, 1, 4, NULL, NULL),
	(31, 9, NULL, 0, 5, NULL, NULL),
	(31, 10, NULL, 1, 6, NULL, NULL),
	(31, 18, NULL, 0, 3, NULL, NULL),
	(31, 53, NULL, 1, 7, NULL, NULL),
	(31, 54, NULL, 1, 12, NULL, NULL),
	(31, 55, NULL, 0, 8, NULL, NULL),
	(31, 56, NULL, 0, 9, NULL, NULL),
	(31, 57, NULL, 0, 10, NULL, NULL),
	(31, 58, NULL, 0, 11, NULL, NULL),
	(31, 59, NULL, 0, 13, NULL, NULL),
	(31, 60, NULL, 0, 14, NULL, NULL),
	(31, 61, NULL, 0, 15, NULL, NULL),
	(31, 62, NULL, 0, 16, NULL, NULL),
	(31, 63, NULL, 0, 1, NULL, NULL),
	(33, 47, NULL, 0, 2, NULL, NULL),
	(33, 71, NULL, 0, 4, NULL, NULL),
	(33, 72, NULL, 0, 3, NULL, NULL),
	(33, 73, NULL, 0, 5, 'luaArguments', '{"target": "lua_parameter__value_%d"}'),
	(33, 74, NULL, 1, 1, NULL, NULL),
	(34, 7, NULL, 1, 3, NULL, NULL),
	(34, 8, NULL, 1, 5, NULL, NULL),
	(34, 9, NULL, 0, 7, NULL, NULL),
	(34, 10, NULL, 1, 8, NULL, NULL),
	(34, 16, NULL, 1, 1, NULL, NULL),
	(34, 17, NULL, 1, 2, NULL, NULL),
	(34, 18, NULL, 1, 4, NULL, NULL),
	(34, 34, NULL, 0, 9, NULL, NULL),
	(34, 35, NULL, 0, 10, NULL, NULL),
	(34, 39, NULL, 0, 11, NULL, NULL),
	(34, 40, NULL, 0, 12, NULL, NULL),
	(34, 42, NULL, 1, 13, NULL, NULL),
	(34, 43, NULL, 1, 14, NULL, NULL),
	(34, 47, NULL, 0, 15, NULL, NULL),
	(34, 49, NULL, 0, 16, NULL, NULL),
	(34, 50, NULL, 0, 17, NULL, NULL),
	(34, 75, NULL, 0, 6, NULL, NULL),
	(34, 77, NULL, 1, 18, NULL, NULL),
	(35, 78, NULL, 0, 0, NULL, NULL),
	(35, 79, NULL, 1, 1, NULL, NULL),
	(35, 80, NULL, 1, 2, 'bbdoStreams', '{"target": "authorization", "value": "gRPC"}'),
	(35, 81, NULL, 0, 3, NULL, NULL),
	(35, 82, NULL, 1, 4, 'bbdoStreams', '{"target": ["private_key", "certificate"], "value": "yes"}'),
	(35, 83, NULL, 0, 5, NULL, NULL),
	(35, 84, NULL, 0, 6, NULL, NULL),
	(35, 85, NULL, 1, 7, 'bbdoStreams', '{"tag": "output"}'),
	(35, 86, NULL, 1, 8, 'bbdoStreams', '{"tag": "output"}'),
	(35, 87, NULL, 0, 9, NULL, NULL),
	(36, 88, NULL, 1, 0, NULL, NULL),
	(36, 89, NULL, 1, 1, NULL, NULL),
	(36, 90, NULL, 0, 2, NULL, NULL),
	(36, 91, NULL, 1, 3, 'bbdoStreams', '{"target": "authorization", "value": "gRPC"}'),
	(36, 92, NULL, 0, 4, NULL, NULL),
	(36, 93, NULL, 1, 5, 'bbdoStreams', '{"target": ["ca_certificate", "ca_name"], "value": "yes"}'),
	(36, 94, NULL, 0, 6, NULL, NULL),
	(36, 95, NULL, 0, 7, NULL, NULL),
	(36, 96, NULL, 1, 8, 'bbdoStreams', '{"tag": "output"}'),
	(36, 97, NULL, 0, 9, NULL, NULL);
INSERT INTO centreon.cb_list (cb_list_id, cb_field_id, default_value) VALUES
	(1, 20, 'yes'),
	(1, 21, 'no'),
	(1, 22, 'yes'),
	(1, 23, 'no'),
	(1, 39, 'no'),
	(1, 42, 'yes'),
	(1, 44, 'yes'),
	(1, 45, 'yes'),
	(1, 46, 'yes'),
	(1, 48, 'no'),
	(1, 63, 'yes'),
	(1, 82, 'no'),
	(1, 85, 'no'),
	(1, 86, 'no'),
	(1, 93, 'no'),
	(1, 96, 'no'),
	(2, 12, NULL),
	(3, 15, NULL),
	(3, 69, NULL),
	(4, 24, NULL),
	(5, 6, 'no'),
	(5, 25, 'no'),
	(6, 47, NULL),
	(6, 87, NULL),
	(6, 97, NULL),
	(7, 57, 'string'),
	(8, 58, 'false'),
	(9, 61, 'string'),
	(10, 62, 'false'),
	(11, 73, 'string'),
	(12, 36, 'disable'),
	(13, 80, 'gRPC'),
	(13, 91, 'gRPC');
INSERT INTO centreon.cb_list_values (cb_list_id, value_name, value_value) VALUES
	(1, 'No', 'no'),
	(1, 'Yes', 'yes'),
	(2, 'BBDO Protocol', 'bbdo'),
	(3, 'DB2', 'db2'),
	(3, 'InterBase', 'ibase'),
	(3, 'MySQL', 'mysql'),
	(3, 'ODBC', 'odbc'),
	(3, 'Oracle', 'oci'),
	(3, 'PostgreSQL', 'postgresql'),
	(3, 'SQLite', 'sqlite'),
	(3, 'Sysbase', 'tds'),
	(4, 'Base', 'low'),
	(4, 'Detailed', 'medium'),
	(4, 'Very detailed', 'high'),
	(5, 'Auto', 'auto'),
	(5, 'No', 'no'),
	(5, 'Yes', 'yes'),
	(6, 'Correlation', 'correlation'),
	(6, 'Dumper', 'dumper'),
	(6, 'Neb', 'neb'),
	(6, 'Storage', 'storage'),
	(7, 'Number', 'number'),
	(7, 'String', 'string'),
	(8, 'False', 'false'),
	(8, 'True', 'true'),
	(9, 'Number', 'number'),
	(9, 'String', 'string'),
	(10, 'False', 'false'),
	(10, 'True', 'true'),
	(11, 'Number', 'number'),
	(11, 'Password', 'password'),
	(11, 'String', 'string'),
	(12, 'Disable', 'disable'),
	(12, 'TCP Port', 'tcp'),
	(12, 'UNIX Socket', 'unix'),
	(13, 'gRPC', 'gRPC'),
	(13, 'TCP', 'TCP');
INSERT INTO centreon.cb_log (id, name) VALUES
	(1, 'core'),
	(2, 'config'),
	(3, 'sql'),
	(4, 'processing'),
	(5, 'perfdata'),
	(6, 'bbdo'),
	(7, 'tcp'),
	(8, 'tls'),
	(9, 'lua'),
	(10, 'bam');
INSERT INTO centreon.cb_log_level (id, name) VALUES
	(1, 'disabled'),
	(2, 'critical'),
	(3, 'error'),
	(4, 'warning'),
	(5, 'info'),
	(6, 'debug'),
	(7, 'trace');
INSERT INTO centreon.css_color_menu (id_css_color_menu, menu_nb, css_name) VALUES
	(1, 1, 'blue_css.php'),
	(2, 2, 'green_css.php'),
	(3, 3, 'yellow_css.php'),
	(4, 4, 'red_css.php'),
	(5, 5, 'blue_css.php'),
	(6, 6, 'blue_css.php');
INSERT INTO centreon.giv_graphs_template (graph_id, name, vertical_label, width, height, base, lower_limit, upper_limit, size_to_max, default_tpl1, stacked, split_component, scaled, comment) VALUES
	(1, 'Default_Graph', 'Value', 550, 140, 1000, 0, NULL, 0, '1', NULL, NULL, '1', NULL),
	(2, 'Latency', 'Latency', 550, 140, 1000, 0, NULL, 0, NULL, NULL, NULL, '1', NULL),
	(3, 'Storage', 'Storage', 550, 140, 1024, 0, NULL, 0, NULL, NULL, NULL, '1', NULL),
	(4, 'Memory', 'Memory', 550, 140, 1024, 0, NULL, 0, NULL, NULL, NULL, '1', NULL),
	(5, 'CPU', 'Processor Use', 550, 140, 1000, 0, 110, 0, '0', NULL, NULL, '1', NULL),
	(6, 'Uptime', 'Uptime', 550, 140, 1000, 0, NULL, 0, NULL, NULL, NULL, '1', NULL),
	(7, 'Traffic', 'Traffic', 550, 140, 1000, NULL, NULL, 0, NULL, NULL, NULL, '1', NULL),
	(8, 'Load_Average', 'Load_Average', 550, 140, 1000, 0, NULL, 0, NULL, NULL, NULL, '1', NULL);
INSERT INTO centreon.giv_components_template (compo_id, host_id, service_id, name, ds_order, ds_hidecurve, ds_name, ds_color_line, ds_color_line_mode, ds_color_area, ds_color_area_warn, ds_color_area_crit, ds_filled, ds_max, ds_min, ds_minmax_int, ds_average, ds_last, ds_total, ds_tickness, ds_transparency, ds_invert, ds_legend, ds_jumpline, ds_stack, default_tpl1, comment) VALUES
	(1, NULL, NULL, 'Default', 1, NULL, 'Default', NULL, '1', '#FFFFFF', NULL, NULL, NULL, '1', '1', NULL, '1', '1', NULL, 1, '10', NULL, 'Default', '0', NULL, '1', NULL),
	(2, NULL, NULL, 'Ping-pl', 1, NULL, 'pl', '#F30B23', '0', '#F30B23', NULL, NULL, '1', '1', NULL, NULL, '1', NULL, NULL, 1, '80', NULL, 'Packet Loss', '0', NULL, NULL, NULL),
	(3, NULL, NULL, 'Storage-used', 1, NULL, 'used', '#2B28D7', '0', '#2B28D7', NULL, NULL, '1', NULL, NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Usage', '0', '1', NULL, NULL),
	(4, NULL, NULL, 'Cpu-total_cpu_avg', 1, NULL, 'total_cpu_avg', '#4C65B2', '0', '#4C65B2', NULL, NULL, NULL, '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Average Cpu Usage', '0', NULL, NULL, NULL),
	(5, NULL, NULL, 'Uptime', 1, NULL, 'uptime', '#FF0000', '0', '#FF0000', NULL, NULL, '1', NULL, NULL, NULL, NULL, '1', NULL, 1, '80', NULL, 'Uptime', '0', NULL, NULL, NULL),
	(6, NULL, NULL, 'Interface-traffic_in', 1, NULL, 'traffic_in', '#FF0000', '0', '#FF0000', NULL, NULL, '1', '1', NULL, NULL, '1', '1', NULL, 1, '80', '1', 'Inbound Traffic', '0', NULL, NULL, NULL),
	(7, NULL, NULL, 'Interface-traffic_out', 1, NULL, 'traffic_out', '#1EE045', '0', '#1EE045', NULL, NULL, '1', '1', NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Outbound Traffic', '0', NULL, NULL, NULL),
	(8, NULL, NULL, 'Load-load1', 3, NULL, 'load1', '#F3D30B', '0', '#F3D30B', NULL, NULL, '1', NULL, NULL, NULL, '1', NULL, NULL, 1, '80', NULL, 'Average Load Last Minute', '0', NULL, NULL, NULL),
	(9, NULL, NULL, 'Load-load5', 2, NULL, 'load5', '#E97B15', '0', '#E97B15', NULL, NULL, '1', NULL, NULL, NULL, '1', NULL, NULL, 1, '80', NULL, 'Average Load Last 5 Minutes', '0', NULL, NULL, NULL),
	(10, NULL, NULL, 'Load-load15', 1, NULL, 'load15', '#F11F0D', '0', '#F11F0D', NULL, NULL, '1', NULL, NULL, NULL, '1', NULL, NULL, 1, '80', NULL, 'Average Load Last 15 Minutes', '0', NULL, NULL, NULL),
	(11, NULL, NULL, 'BA_Level', 1, NULL, 'BA_Level', '#597f00', '0', '#88b917', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '50', NULL, 'BA Health Level', '0', NULL, NULL, NULL),
	(12, NULL, NULL, 'Cpu-Detailed-idle', 11, NULL, 'idle', '#60D8FF', '0', '#60D8FF', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Idle', '0', '1', NULL, NULL),
	(13, NULL, NULL, 'Cpu-Detailed-system', 8, NULL, 'system', '#F3D30B', '0', '#F3D30B', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'System', '0', '1', NULL, NULL),
	(14, NULL, NULL, 'Cpu-Detailed-user', 9, NULL, 'user', '#01FD9D', '0', '#01FD9D', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'User', '0', '1', NULL, NULL),
	(15, NULL, NULL, 'Cpu-Detailed-wait', 10, NULL, 'wait', '#FA0417', '0', '#FA0417', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Wait', '0', '1', NULL, NULL),
	(16, NULL, NULL, 'Cpu-Detailed-nice', 4, NULL, 'nice', '#B740BE', '0', '#B740BE', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Nice', '0', '1', NULL, NULL),
	(17, NULL, NULL, 'Cpu-Detailed-guestnice', 5, NULL, 'guestnice', '#5972A6', '0', '#5972A6', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Guest Nice', '0', '1', NULL, NULL),
	(18, NULL, NULL, 'Cpu-Detailed-guest', 6, NULL, 'guest', '#ADC23C', '0', '#ADC23C', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Guest', '0', '1', NULL, NULL),
	(19, NULL, NULL, 'Cpu-Detailed-interrupt', 7, NULL, 'interrupt', '#F9A105', '0', '#F9A105', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Interrupt', '0', '1', NULL, NULL),
	(20, NULL, NULL, 'Cpu-Detailed-kernel', 3, NULL, 'kernel', '#29A21F', '0', '#29A21F', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Kernel', '0', '1', NULL, NULL),
	(21, NULL, NULL, 'Cpu-Detailed-softirq', 2, NULL, 'softirq', '#B7474E', '0', '#B7474E', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Software Interrupt', '0', '1', NULL, NULL),
	(22, NULL, NULL, 'Cpu-Detailed-steal', 1, NULL, 'steal', '#6911EE', '0', '#6911EE', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Steal', '0', '1', NULL, NULL),
	(23, NULL, NULL, 'Ping-rta', 1, NULL, 'rta', '#29AFEE', '0', '#29AFEE', NULL, NULL, '1', NULL, NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Round-Trip Average Time', '0', NULL, NULL, NULL),
	(24, NULL, NULL, 'Ping-rtmax', 2, NULL, 'rtmax', '#525256', '0', '#525256', NULL, NULL, NULL, '1', NULL, NULL, NULL, '1', NULL, 2, '80', NULL, 'Round-Trip Maximum Time', '0', NULL, NULL, NULL),
	(25, NULL, NULL, 'Ping-rtmin', 2, NULL, 'rtmin', '#191777', '0', '#191777', NULL, NULL, NULL, NULL, '1', NULL, NULL, '1', NULL, 2, '80', NULL, 'Round-Trip Minimum Time', '0', NULL, NULL, NULL),
	(26, NULL, NULL, 'Time', 1, NULL, 'time', '#29AFEE', '0', '#29AFEE', NULL, NULL, '1', NULL, NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Time', '0', NULL, NULL, NULL),
	(27, NULL, NULL, 'Process-nbproc', 1, NULL, 'nbproc', '#525256', '0', '#525256', NULL, NULL, NULL, '1', '1', NULL, NULL, '1', NULL, 2, '80', NULL, 'Number of Processes', '0', NULL, NULL, NULL),
	(28, NULL, NULL, 'Memory-buffer', 2, NULL, 'buffer', '#7B7C84', '0', '#7B7C84', NULL, NULL, '1', NULL, NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Buffer', '0', '1', NULL, NULL),
	(29, NULL, NULL, 'Memory-cached', 3, NULL, 'cached', '#35B7C9', '0', '#35B7C9', NULL, NULL, '1', NULL, NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Cached', '0', '1', NULL, NULL),
	(30, NULL, NULL, 'Interface-packets_discard_in', 1, NULL, 'packets_discard_in', '#6F9669', '0', '#6F9669', NULL, NULL, '1', '1', NULL, NULL, '1', '1', NULL, 1, '80', '1', 'Inbound Packets Discard', '0', NULL, NULL, NULL),
	(31, NULL, NULL, 'Interface-packets_error_in', 1, NULL, 'packets_error_in', '#B940BE', '0', '#B940BE', NULL, NULL, '1', '1', NULL, NULL, '1', '1', NULL, 1, '80', '1', 'Inbound Packets Error', '0', NULL, NULL, NULL),
	(32, NULL, NULL, 'Interface-packets_discard_out', 1, NULL, 'packets_discard_out', '#2D53B2', '0', '#2D53B2', NULL, NULL, '1', '1', NULL, NULL, '1', '1', NULL, 1, '80', '1', 'Outbound Packets Discard', '0', NULL, NULL, NULL),
	(33, NULL, NULL, 'Interface-packets_error_out', 1, NULL, 'packets_error_out', '#C26F3D', '0', '#C26F3D', NULL, NULL, '1', '1', NULL, NULL, '1', '1', NULL, 1, '80', '1', 'Outbound Packets Error', '0', NULL, NULL, NULL),
	(34, NULL, NULL, 'Storage-provisioned', 1, NULL, 'provisioned', '#659A69', '0', '#659A69', NULL, NULL, '1', NULL, NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Provisioned', '0', NULL, NULL, NULL),
	(35, NULL, NULL, 'Disk-riops', 1, NULL, 'riops', '#0684F8', '0', '#0684F8', NULL, NULL, '1', NULL, NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Read IOPS', '0', NULL, NULL, NULL),
	(36, NULL, NULL, 'Disk-wiops', 1, NULL, 'wiops', '#EE1169', '0', '#EE1169', NULL, NULL, '1', NULL, NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Write IOPS', '0', NULL, NULL, NULL),
	(37, NULL, NULL, 'VM-Count-poweredoff', 2, NULL, 'poweredoff', '#F30B5A', '0', '#F30B5A', NULL, NULL, '1', '1', '1', '1', '1', '1', NULL, 1, '80', NULL, 'Powered Off', '0', NULL, NULL, NULL),
	(38, NULL, NULL, 'VM-Count-poweredon', 1, NULL, 'poweredon', '#11EE5C', '0', '#11EE5C', NULL, NULL, '1', '1', '1', '1', '1', '1', NULL, 1, '80', NULL, 'Powered On', '0', NULL, NULL, NULL),
	(39, NULL, NULL, 'VM-Count-suspended', 3, NULL, 'suspended', '#62635E', '0', '#62635E', NULL, NULL, '1', '1', '1', '1', '1', '1', NULL, 1, '80', NULL, 'Suspended', '0', NULL, NULL, NULL),
	(40, NULL, NULL, 'Esx-alarm_critical', 1, NULL, 'alarm_critical', '#D52941', '0', '#D52941', NULL, NULL, '1', '1', '1', '1', NULL, '1', NULL, 1, '80', NULL, 'Critical Alarms', '0', NULL, NULL, NULL),
	(41, NULL, NULL, 'Esx-alarm_warning', 1, NULL, 'alarm_warning', '#E7BD17', '0', '#E7BD17', NULL, NULL, '1', '1', '1', '1', NULL, '1', NULL, 1, '80', NULL, 'Warning Alarms', '0', NULL, NULL, NULL),
	(42, NULL, NULL, 'Cpu-cpu_total', 1, NULL, 'cpu_total', '#4C65B2', '0', '#4C65B2', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Average Cpu Usage', '0', NULL, NULL, NULL),
	(43, NULL, NULL, 'Cpu-cpu_total_MHz', 2, NULL, 'cpu_total_MHz', '#FC7DEA', '0', '#FC7DEA', NULL, NULL, '1', '1', '1', NULL, '1', '1', NULL, 1, '80', NULL, 'Average Cpu Usage (MHz)', '0', NULL, NULL, NULL),
	(45, NULL, NULL, 'Esx-swap_in', 1, NULL, 'swap_in', '#FF0000', '0', '#FF0000', NULL, NULL, '1', '1', NULL, NULL, '1', '1', NULL, 1, '80', '1', 'Swap In', '0', NULL, NULL, NULL),
	(46, NULL, NULL, 'Esx-swap_out', 1, NULL, 'swap_out', '#1EE045', '0', '#1EE045', NULL, NULL, '1', '1', NULL, NULL, '1', '1', NULL, 1, '80', NULL, 'Swap Out', '0', NULL, NULL, NULL);
INSERT INTO centreon.locale (locale_id, locale_short_name, locale_long_name, locale_img) VALUES
	(1, 'en', 'English', 'en.png'),
	(2, 'fr', 'French', 'fr.png');
INSERT INTO centreon.nagios_macro (macro_id, macro_name) VALUES
	(1, '$HOSTNAME$'),
	(2, '$_HOSTSNMPCOMMUNITY$'),
	(3, '$_HOSTSNMPVERSION$'),
	(5, '$ARGn$'),
	(6, '$HOSTALIAS$'),
	(7, '$HOSTADDRESS$'),
	(8, '$HOSTSTATE$'),
	(9, '$HOSTSTATEID$'),
	(10, '$HOSTSTATETYPE$'),
	(11, '$HOSTATTEMPT$'),
	(12, '$HOSTLATENCY$'),
	(13, '$HOSTEXECUTIONTIME$'),
	(14, '$HOSTDURATION$'),
	(15, '$HOSTDURATIONSEC$'),
	(16, '$HOSTDOWNTIME$'),
	(17, '$HOSTPERCENTCHANGE$'),
	(18, '$HOSTGROUPNAME$'),
	(19, '$HOSTGROUPALIAS$'),
	(20, '$LASTHOSTCHECK$'),
	(21, '$LASTHOSTSTATECHANGE$'),
	(22, '$LASTHOSTUP$'),
	(23, '$LASTHOSTDOWN$'),
	(24, '$LASTHOSTUNREACHABLE$'),
	(25, '$HOSTOUTPUT$'),
	(26, '$HOSTPERFDATA$'),
	(27, '$HOSTCHECKCOMMAND$'),
	(28, '$HOSTACKAUTHOR$'),
	(29, '$HOSTACKCOMMENT$'),
	(30, '$HOSTACTIONURL$'),
	(31, '$HOSTNOTESURL$'),
	(32, '$HOSTNOTES$'),
	(33, '$SERVICEDESC$'),
	(34, '$SERVICESTATE$'),
	(35, '$SERVICESTATEID$'),
	(36, '$SERVICESTATETYPE$'),
	(37, '$SERVICEATTEMPT$'),
	(38, '$SERVICELATENCY$'),
	(39, '$SERVICEEXECUTIONTIME$'),
	(40, '$SERVICEDURATION$'),
	(41, '$SERVICEDURATIONSEC$'),
	(42, '$SERVICEDOWNTIME$'),
	(43, '$SERVICEPERCENTCHANGE$'),
	(44, '$SERVICEGROUPNAME$'),
	(45, '$SERVICEGROUPALIAS$'),
	(46, '$LASTSERVICECHECK$'),
	(47, '$LASTSERVICESTATECHANGE$'),
	(48, '$LASTSERVICEOK$'),
	(49, '$LASTSERVICEWARNING$'),
	(50, '$LASTSERVICEUNKNOWN$'),
	(51, '$LASTSERVICECRITICAL$'),
	(52, '$SERVICEOUTPUT$'),
	(53, '$LONGSERVICEOUTPUT$'),
	(54, '$SERVICEPERFDATA$'),
	(55, '$SERVICECHECKCOMMAND$'),
	(56, '$SERVICEACKAUTHOR$'),
	(57, '$SERVICEACKCOMMENT$'),
	(58, '$SERVICEACTIONURL$'),
	(59, '$SERVICENOTESURL$'),
	(60, '$SERVICENOTES$'),
	(61, '$TOTALHOSTSUP$'),
	(62, '$TOTALHOSTSDOWN$'),
	(63, '$TOTALHOSTSUNREACHABLE$'),
	(64, '$TOTALHOSTSDOWNUNHANDLED$'),
	(65, '$TOTALHOSTSUNREACHABLEUNHANDLED$ 	'),
	(66, '$TOTALHOSTPROBLEMS$'),
	(67, '$TOTALHOSTPROBLEMSUNHANDLED$'),
	(68, '$TOTALSERVICESOK$'),
	(69, '$TOTALSERVICESWARNING$'),
	(70, '$TOTALSERVICESCRITICAL$'),
	(71, '$TOTALSERVICESUNKNOWN$'),
	(72, '$TOTALSERVICESWARNINGUNHANDLED$'),
	(73, '$TOTALSERVICESCRITICALUNHANDLED$'),
	(74, '$TOTALSERVICESUNKNOWNUNHANDLED$'),
	(75, '$TOTALSERVICEPROBLEMS$'),
	(76, '$TOTALSERVICEPROBLEMSUNHANDLED$'),
	(77, '$NOTIFICATIONTYPE$'),
	(78, '$NOTIFICATIONNUMBER$'),
	(79, '$CONTACTNAME$'),
	(80, '$CONTACTALIAS$'),
	(81, '$CONTACTEMAIL$'),
	(82, '$CONTACTPAGER$'),
	(83, '$CONTACTADDRESSn$'),
	(84, '$LONGDATETIME$'),
	(85, '$SHORTDATETIME$'),
	(86, '$DATE$'),
	(87, '$TIME$'),
	(88, '$TIMET$'),
	(89, '$MAINCONFIGFILE$'),
	(90, '$STATUSDATAFILE$'),
	(91, '$COMMENTDATAFILE$'),
	(92, '$DOWNTIMEDATAFILE$'),
	(93, '$RETENTIONDATAFILE$'),
	(94, '$OBJECTCACHEFILE$'),
	(95, '$TEMPFILE$'),
	(96, '$LOGFILE$'),
	(97, '$RESOURCEFILE$'),
	(98, '$COMMANDFILE$'),
	(99, '$HOSTPERFDATAFILE$'),
	(100, '$SERVICEPERFDATAFILE$'),
	(101, '$PROCESSSTARTTIME$'),
	(102, '$ADMINEMAIL$'),
	(103, '$ADMINPAGER$'),
	(104, '$USERn$'),
	(105, '$HOSTID$'),
	(106, '$SERVICEID$'),
	(107, '$_HOSTCRITICALITY_LEVEL$'),
	(108, '$_SERVICECRITICALITY_LEVEL$'),
	(109, '$_HOSTCRITICALITY_ID$'),
	(110, '$_SERVICECRITICALITY_ID$'),
	(111, '$HOSTTIMEZONE$');
INSERT INTO centreon.service_categories (sc_id, sc_name, sc_description, level, icon_id, sc_activate) VALUES
	(1, 'Ping', 'ping', NULL, NULL, '1'),
	(2, 'Traffic', 'Traffic', NULL, NULL, '1'),
	(3, 'Disk', 'Disk', NULL, NULL, '0'),
	(4, 'Memory', 'Memory', NULL, NULL, '0');
INSERT INTO centreon.timeperiod (tp_id, tp_name, tp_alias, tp_sunday, tp_monday, tp_tuesday, tp_wednesday, tp_thursday, tp_friday, tp_saturday) VALUES
	(1, '24x7', 'Always', '00:00-24:00', '00:00-24:00', '00:00-24:00', '00:00-24:00', '00:00-24:00', '00:00-24:00', '00:00-24:00'),
	(2, 'none', 'Never', '', '', '', '', '', '', ''),
	(3, 'nonworkhours', 'Non-Work Hours', '00:00-24:00', '00:00-09:00,17:00-24:00', '00:00-09:00,17:00-24:00', '00:00-09:00,17:00-24:00', '00:00-09:00,17:00-24:00', '00:00-09:00,17:00-24:00', '00:00-24:00'),
	(4, 'workhours', 'Work hours', '', '09:00-17:00', '09:00-17:00', '09:00-17:00', '09:00-17:00', '09:00-17:00', '');
INSERT INTO centreon.topology (topology_id, topology_name, topology_parent, topology_page, topology_order, topology_group, topology_url, topology_url_opt, topology_popup, topology_modules, topology_show, is_deprecated, topology_style_class, topology_style_id, topology_onclick, readonly, is_react) VALUES
	(1, 'Home', NULL, 1, 10, 1, './include/home/home.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(2, 'Monitoring', NULL, 2, 20, 1, NULL, '', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(3, 'Reporting', NULL, 3, 40, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(5, 'Administration', NULL, 5, 60, 1, NULL, '&o=c', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(6, 'Configuration', NULL, 6, 50, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(7, 'By Status', 202, NULL, NULL, 7, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(8, 'By Host', 202, NULL, NULL, 8, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(9, 'By Host Group', 202, NULL, NULL, 9, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(11, 'Monitoring Engine', 202, NULL, NULL, 12, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(12, 'By Service Group', 202, NULL, NULL, 10, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(15, 'Monitoring Engine', 203, NULL, NULL, 34, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(16, 'Advanced Logs', 203, NULL, NULL, 30, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(18, 'Hosts', 202, 20202, 30, 7, './include/monitoring/status/monitoringHost.php', NULL, NULL, NULL, '1', '1', NULL, NULL, NULL, '1', '0'),
	(19, 'Hostgroups Summary', 202, 20203, 120, 7, './include/monitoring/status/monitoringHostGroup.php', '&o=hg', NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(20, 'Downtimes', 2, 210, 60, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(21, 'Downtimes', 210, 21001, 10, 1, './include/monitoring/downtime/downtime.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(24, 'Status Details', 2, 202, 10, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(25, 'Services', 202, 20201, 20, 7, './include/monitoring/status/monitoringService.php', NULL, '0', '0', '1', '1', NULL, NULL, NULL, '1', '0'),
	(28, 'Services Grid', 202, 20204, 40, 7, './include/monitoring/status/monitoringService.php', '&o=svcOV_pb', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(32, 'Comments', 210, 21002, 30, 1, './include/monitoring/comments/comments.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(33, 'Monitoring Engine', 201, NULL, NULL, 2, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(37, 'Services by Hostgroup', 202, 20209, 40, 7, './include/monitoring/status/monitoringService.php', '&o=svcOVHG_pb', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(39, 'Services by Servicegroup', 202, 20212, 80, 7, './include/monitoring/status/monitoringService.php', '&o=svcOVSG_pb', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(62, 'Event Logs', 2, 203, 30, 31, '', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(64, 'Hosts', 6, 601, 10, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(65, 'Services', 6, 602, 20, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(66, 'Users', 6, 603, 30, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(68, 'Hosts', 601, 60101, 10, 1, './include/configuration/configObject/host/host.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(69, 'Host Groups', 601, 60102, 20, 1, './include/configuration/configObject/hostgroup/hostGroup.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(70, 'Templates', 601, 60103, 30, 1, './include/configuration/configObject/host_template_model/hostTemplateModel.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(71, 'Recurrent downtimes', 210, 21003, 20, 1, './include/monitoring/recurrentDowntime/downtime.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(73, 'Services by host', 602, 60201, 10, 1, './include/configuration/configObject/service/serviceByHost.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(74, 'Services by host group', 602, 60202, 20, 1, './include/configuration/configObject/service/serviceByHostGroup.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(75, 'Service Groups', 602, 60203, 30, 1, './include/configuration/configObject/servicegroup/serviceGroup.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(76, 'Templates', 602, 60206, 50, 1, './include/configuration/configObject/service_template_model/serviceTemplateModel.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(79, 'Meta Services', 602, 60204, 40, 2, './include/configuration/configObject/meta_service/metaService.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(80, 'SNMP Traps', 602, NULL, NULL, 3, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(84, 'Contacts / Users', 603, 60301, 10, 1, './include/configuration/configObject/contact/contact.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(85, 'Contact Groups', 603, 60302, 20, 1, './include/configuration/configObject/contactgroup/contactGroup.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(86, 'Time Periods', 603, 60304, 40, 1, './include/configuration/configObject/timeperiod/timeperiod.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(88, 'Export configuration', 609, 60902, 10, 1, './include/configuration/configGenerate/generateFiles.php', NULL, '0', '0', '0', '0', NULL, NULL, NULL, '1', '0'),
	(90, 'Engine configuration', 609, 60903, 30, 1, './include/configuration/configNagios/nagios.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(91, 'Resources', 609, 60904, 40, 1, './include/configuration/configResources/resources.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(93, 'Commands', 6, 608, 35, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(94, 'Checks', 608, 60801, 10, 1, './include/configuration/configObject/command/command.php', '&type=2', '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(95, 'Notifications', 608, 60802, 20, 1, './include/configuration/configObject/command/command.php', '&type=1', '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(96, 'Miscellaneous', 608, 60803, 30, 1, './include/configuration/configObject/command/command.php', '&type=3', '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(97, 'Performance Management', 501, NULL, 20, 10, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(98, 'Parameters', 5, 501, 10, 1, './include/options/oreon/myAccount/formMyAccount.php', '&o=c', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(101, 'Extensions', 5, 507, 10, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(102, 'Extensions', 507, NULL, NULL, 1, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(104, 'ACL', 5, 502, 10, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(105, 'Sessions', 5, 504, 13, 1, './include/options/session/connected_user.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(106, 'Platform Status', 5, 505, 14, 1, './include/Administration/brokerPerformance/brokerPerformance.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(109, 'Databases', 505, 50503, 60, 1, './include/options/db/viewDBInfos.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(111, 'About', 5, 506, 15, 1, './include/Administration/about/about.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(119, 'My Account', 501, 50104, 40, 1, './include/Administration/myAccount/formMyAccount.php', '&o=c', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(120, 'Centreon UI', 501, 50110, 10, 1, './include/Administration/parameters/parameters.php', '&o=general', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(121, 'Monitoring', 501, 50111, 20, 1, './include/Administration/parameters/parameters.php', '&o=engine', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(124, 'LDAP', 501, 50113, 50, 1, './include/Administration/parameters/parameters.php', '&o=ldap', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(125, 'RRDTool', 501, 50114, 60, 1, './include/Administration/parameters/parameters.php', '&o=rrdtool', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(126, 'Debug', 501, 50115, 70, 1, './include/Administration/parameters/parameters.php', '&o=debug', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(128, 'Gorgone', 501, 50117, 25, 1, './include/Administration/parameters/parameters.php', '&o=gorgone', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(129, 'Options', 501, 50118, 15, 10, './include/Administration/parameters/parameters.php', '&o=storage', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(130, 'Data', 501, 50119, 20, 10, './include/Administration/performance/manageData.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(131, 'Dashboard', 307, NULL, NULL, 50, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(132, 'Dashboard', 3, 307, 3, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(133, 'Hosts', 307, 30701, 10, 50, './include/reporting/dashboard/viewHostLog.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(134, 'Services', 307, 30702, 20, 50, './include/reporting/dashboard/viewServicesLog.php', NULL, '0', '0', '0', '0', NULL, NULL, NULL, '1', '0'),
	(135, 'Host Groups', 307, 30703, 30, 50, './include/reporting/dashboard/viewHostGroupLog.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(136, 'Service Groups', 307, 30704, 40, 50, './include/reporting/dashboard/viewServicesGroupLog.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(137, 'Performances', 2, 204, 10, 1, '', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(138, 'Remote access', 501, 50120, 25, 1, './include/Administration/parameters/parameters.php', '&o=remote', '0', '0', '0', '0', NULL, NULL, NULL, '1', '0'),
	(139, 'Graphs', 204, 20401, 10, 40, './include/views/graphs/graphs.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(141, 'Templates', 204, 20404, 40, 46, './include/views/graphTemplates/graphTemplates.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(142, 'Curves', 204, 20405, 50, 46, './include/views/componentTemplates/componentTemplates.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(143, 'Parameters', 204, NULL, NULL, 46, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(144, 'Virtual Metrics', 204, 20408, 80, 46, './include/views/virtualMetrics/virtualMetrics.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(149, 'Categories', 602, 60209, 90, 1, './include/configuration/configObject/service_categories/serviceCategories.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(150, 'Pollers', 6, 609, 90, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(153, 'Pollers', 609, 60901, 10, 1, './include/configuration/configServers/servers.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(154, 'Hosts', 601, NULL, NULL, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(158, 'Notifications', 6, 604, 40, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(159, 'Escalations', 604, NULL, NULL, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(160, 'Escalations', 604, 60401, 10, 1, './include/configuration/configObject/escalation/escalation.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(166, 'Dependencies', 604, NULL, NULL, 2, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(167, 'Hosts', 604, 60407, 10, 2, './include/configuration/configObject/host_dependency/hostDependency.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(168, 'Host Groups', 604, 60408, 20, 2, './include/configuration/configObject/hostgroup_dependency/hostGroupDependency.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(169, 'Services', 604, 60409, 30, 2, './include/configuration/configObject/service_dependency/serviceDependency.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(170, 'Service Groups', 604, 60410, 40, 2, './include/configuration/configObject/servicegroup_dependency/serviceGroupDependency.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(171, 'Meta Services', 604, 60411, 50, 2, './include/configuration/configObject/metaservice_dependency/MetaServiceDependency.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(176, 'Event Logs', 203, 20301, 10, 30, './include/eventLogs/viewLog.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(177, 'Media', 501, NULL, 15, 11, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(178, 'Images', 501, 50102, 10, 11, './include/options/media/images/images.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(179, 'Access List', 502, NULL, NULL, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(180, 'Resources Access', 502, 50202, 20, 1, './include/options/accessLists/resourcesACL/resourcesAccess.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(181, 'Access Groups', 502, 50203, 5, 1, './include/options/accessLists/groupsACL/groupsConfig.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(182, 'Menus Access', 502, 50201, 10, 1, './include/options/accessLists/menusACL/menusAccess.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(185, 'Actions Access', 502, 50204, 25, 1, './include/options/accessLists/actionsACL/actionsConfig.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(186, 'Logs', 5, 508, 11, 1, './include/Administration/configChangelog/viewLogs.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(189, 'Reload ACL', 502, 50205, 50, 1, './include/options/accessLists/reloadACL/reloadACL.php', NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(191, 'Engine Statistics', 505, 50502, 20, 1, './include/Administration/corePerformance/nagiosStats.php', NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(192, 'Categories', 601, 60104, 40, 1, './include/configuration/configObject/host_categories/hostCategories.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(194, 'Broker configuration', 609, 60909, 35, 1, './include/configuration/configCentreonBroker/centreon-broker.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(195, 'Custom Views', 1, 103, 1, 1, './include/home/customViews/index.php', NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(196, 'Edit View', 103, 10301, NULL, NULL, './include/home/customViews/form.php', NULL, NULL, NULL, '0', '0', NULL, NULL, NULL, '1', '0'),
	(197, 'Share View', 103, 10302, NULL, NULL, './include/home/customViews/shareView.php', NULL, NULL, NULL, '0', '0', NULL, NULL, NULL, '1', '0'),
	(198, 'Widget Parameters', 103, 10303, NULL, NULL, './include/home/customViews/widgetParam.php', NULL, NULL, NULL, '0', '0', NULL, NULL, NULL, '1', '0'),
	(199, 'Add Widget', 103, 10304, NULL, NULL, './include/home/customViews/addWidget.php', NULL, NULL, NULL, '0', '0', NULL, NULL, NULL, '1', '0'),
	(200, 'Rotation', 103, 10305, NULL, NULL, './include/home/customViews/rotation.php', NULL, NULL, NULL, '0', '0', NULL, NULL, NULL, '1', '0'),
	(204, 'Connectors', 608, 60806, 60, 3, './include/configuration/configObject/connector/connector.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(205, 'Broker Statistics', 505, 50501, 15, 1, './include/Administration/brokerPerformance/brokerPerformance.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(206, 'SNMP Traps', 6, 617, 40, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(207, 'SNMP Traps', 617, NULL, 40, 1, NULL, NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(208, 'SNMP Traps', 617, 61701, 10, 1, './include/configuration/configObject/traps/traps.php', NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '0', '0'),
	(209, 'Manufacturer', 617, 61702, 20, 1, './include/configuration/configObject/traps-manufacturer/mnftr.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(210, 'MIBs', 617, 61703, 30, 1, './include/configuration/configObject/traps-mibs/mibs.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(211, 'Generate', 617, 61704, 40, 1, './include/configuration/configGenerateTraps/generateTraps.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(212, 'Group', 617, 61705, 25, 1, './include/configuration/configObject/traps-groups/groups.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(213, 'Contact Templates', 603, 60306, 13, 1, './include/configuration/configObject/contact_template_model/contact_template.php', NULL, '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(214, 'Discovery', 608, 60807, 21, 1, './include/configuration/configObject/command/command.php', '&type=4', '0', '0', '1', '0', NULL, NULL, NULL, '0', '0'),
	(215, 'System Logs', 203, 20302, 20, 30, './include/eventLogs/viewLog.php', '&engine=true', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(216, 'Delete View', 103, 10306, NULL, NULL, './include/home/customViews/actionDelete.php', NULL, NULL, NULL, '0', '0', NULL, NULL, NULL, '1', '0'),
	(217, 'Add View', 103, 10307, NULL, NULL, './include/home/customViews/actionAddView.php', NULL, NULL, NULL, '0', '0', NULL, NULL, NULL, '1', '0'),
	(218, 'Set Default', 103, 10308, NULL, NULL, './include/home/customViews/actionSetDefault.php', NULL, NULL, NULL, '0', '0', NULL, NULL, NULL, '1', '0'),
	(219, 'Knowledge Base', 501, 50133, 90, 1, './include/Administration/parameters/parameters.php', '&o=knowledgeBase', NULL, '1', '1', '0', NULL, NULL, NULL, '1', '0'),
	(220, 'Knowledge Base', 610, NULL, NULL, 36, NULL, NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '0'),
	(221, 'Knowledge Base', 6, 610, 65, 36, NULL, NULL, NULL, '1', '1', '0', NULL, NULL, NULL, '1', '0'),
	(222, 'Hosts', 610, 61001, 5, 36, './include/configuration/configKnowledge/display-hosts.php', NULL, NULL, '1', '1', '0', NULL, NULL, NULL, '1', '0'),
	(223, 'Host Templates', 610, 61003, 15, 36, './include/configuration/configKnowledge/display-hostTemplates.php', NULL, NULL, '1', '1', '0', NULL, NULL, NULL, '1', '0'),
	(224, 'Services', 610, 61002, 10, 36, './include/configuration/configKnowledge/display-services.php', NULL, NULL, '1', '1', '0', NULL, NULL, NULL, '1', '0'),
	(225, 'Service Templates', 610, 61004, 20, 36, './include/configuration/configKnowledge/display-serviceTemplates.php', NULL, NULL, '1', '1', '0', NULL, NULL, NULL, '1', '0'),
	(226, 'Backup', 501, 50165, 90, 1, './include/Administration/parameters/parameters.php', '&o=backup', '0', '0', '1', '0', NULL, NULL, NULL, '1', '0'),
	(227, 'Chart split', 20401, 2040101, 1, 1, './include/views/graphs/graph-split.php', NULL, '0', '0', '0', '0', NULL, NULL, NULL, '1', '0'),
	(228, 'Chart periods', 20401, 2040102, 1, 1, './include/views/graphs/graph-periods.php', NULL, '0', '0', '0', '0', NULL, NULL, NULL, '1', '0'),
	(229, 'Manager', 507, 50709, NULL, 1, '/administration/extensions/manager', NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '1'),
	(230, 'Resources Status', 2, 200, 2, 1, '/monitoring/resources', NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '1'),
	(231, 'Authentication', 5, 509, 10, 1, '/administration/authentication', NULL, NULL, NULL, '1', '0', NULL, NULL, NULL, '1', '1');
INSERT INTO centreon.topology_js (id_t_js, id_page, o, pathname_js, init) VALUES
	(1, 2, NULL, './include/common/javascript/ajaxMonitoring.js', 'initM'),
	(4, 20204, NULL, './include/common/javascript/ajaxMonitoring.js', 'initM'),
	(11, 20209, NULL, './include/common/javascript/ajaxMonitoring.js', 'initM'),
	(18, 20212, NULL, './include/common/javascript/ajaxMonitoring.js', 'initM'),
	(27, 202, NULL, './include/common/javascript/ajaxMonitoring.js', NULL),
	(40, 3, NULL, './include/common/javascript/Timeline/src/main/webapp/api/timeline-api.js', 'initTimeline'),
	(41, 307, NULL, './include/common/javascript/Timeline/src/main/webapp/api/timeline-api.js', 'initTimeline'),
	(42, 30701, NULL, './include/common/javascript/Timeline/src/main/webapp/api/timeline-api.js', 'initTimeline'),
	(43, 30702, NULL, './include/common/javascript/Timeline/src/main/webapp/api/timeline-api.js', 'initTimeline'),
	(47, 20404, 'a', './include/common/javascript/color_picker_mb.js', NULL),
	(48, 20404, 'c', './include/common/javascript/color_picker_mb.js', NULL),
	(52, 20405, 'a', './include/common/javascript/color_picker_mb.js', NULL),
	(53, 20405, 'c', './include/common/javascript/color_picker_mb.js', NULL),
	(65, 602, 'a', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(66, 602, 'c', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(67, 602, 'mc', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(68, 60201, 'a', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(69, 60201, 'c', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(70, 60201, 'mc', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(71, 60202, 'a', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(72, 60202, 'c', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(73, 60202, 'mc', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(74, 60206, 'a', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(75, 60206, 'c', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(76, 60206, 'mc', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(77, 601, 'a', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(78, 601, 'c', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(79, 601, 'mc', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(80, 60103, 'a', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(81, 60103, 'c', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(82, 60103, 'mc', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(94, 6, 'a', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(95, 6, 'c', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(96, 6, 'mc', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(178, 30703, NULL, './include/common/javascript/Timeline/src/main/webapp/api/timeline-api.js', 'initTimeline'),
	(179, 30704, NULL, './include/common/javascript/Timeline/src/main/webapp/api/timeline-api.js', 'initTimeline'),
	(182, 60101, 'a', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(183, 60101, 'c', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(184, 60101, 'mc', './include/common/javascript/commandGetArgs/cmdGetExample.js', NULL),
	(208, 61701, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(209, 61701, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(213, 60101, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(214, 60101, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(215, 60103, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(216, 60103, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(217, 60201, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(218, 60201, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(219, 60202, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(220, 60202, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(221, 60206, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(222, 60206, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(223, 601, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(224, 601, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(225, 602, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(226, 602, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(227, 60901, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(228, 60901, NULL, './include/common/javascript/centreon/doClone.js', NULL),
	(229, 60101, NULL, './include/common/javascript/centreon/hostResolve.js', NULL),
	(230, 202, NULL, './include/common/javascript/jquery/plugins/noty/jquery.noty.js', NULL),
	(231, 202, NULL, './include/common/javascript/jquery/plugins/noty/themes/default.js', NULL),
	(232, 202, NULL, './include/common/javascript/jquery/plugins/noty/layouts/bottomRight.js', NULL),
	(233, 20201, NULL, './include/common/javascript/jquery/plugins/noty/jquery.noty.js', NULL),
	(234, 20201, NULL, './include/common/javascript/jquery/plugins/noty/themes/default.js', NULL),
	(235, 20201, NULL, './include/common/javascript/jquery/plugins/noty/layouts/bottomRight.js', NULL),
	(236, 20203, NULL, './include/common/javascript/ajaxMonitoring.js', 'initM'),
	(237, 50113, 'ldap', './include/common/javascript/centreon/doClone.js', NULL),
	(238, 50113, 'ldap', './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(239, 60903, NULL, './include/common/javascript/jquery/plugins/sheepit/jquery.sheepItPlugin.min.js', NULL),
	(240, 60903, NULL, './include/common/javascript/centreon/doClone.js', NULL);
INSERT INTO centreon.traps_vendor (id, name, alias, description) VALUES
	(1, 'Cisco', 'Cisco Networks', ''),
	(2, 'HP', 'HP Networks', ''),
	(3, '3com', '3Com', NULL),
	(4, 'Linksys', 'Linksys', ''),
	(6, 'Dell', 'Dell', ''),
	(7, 'Generic', 'Generic', 'References Generic Traps'),
	(9, 'Zebra', 'Zebra', ''),
	(11, 'HP-Compaq', 'HP and Compaq Systems', '');
INSERT INTO centreon.traps (traps_id, traps_name, traps_oid, traps_mode, traps_args, traps_status, severity_id, manufacturer_id, traps_reschedule_svc_enable, traps_execution_command, traps_execution_command_enable, traps_submit_result_enable, traps_advanced_treatment, traps_advanced_treatment_default, traps_timeout, traps_exec_interval, traps_exec_interval_type, traps_log, traps_routing_mode, traps_routing_value, traps_routing_filter_services, traps_exec_method, traps_downtime, traps_output_transform, traps_customcode, traps_comments) VALUES
	(1, 'linkDown', '.1.3.6.1.6.3.1.1.5.3', '0', 'Link down on interface $2. State: $4.', '2', NULL, 7, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A linkDown(2) trap signifies that the sending protocol entity recognizes a failure in one of the communication links represented in the agent&#039;s configuration.'),
	(2, 'linkUp', '.1.3.6.1.6.3.1.1.5.4', '0', 'Link up on interface $2. State: $4.', '0', NULL, 7, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A linkUp(3) trap signifies that the sending protocol entity recognizes that one of the communication links represented in the agent&#039;s configuration has come up.'),
	(3, 'warmStart', '.1.3.6.1.6.3.1.1.5.2', '0', 'SNMP is reinitializing', '0', NULL, 7, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A warmStart(1) trap signifies that the sending protocol entity is reinitializing itself such that neither the agent configuration nor the protocol entity implementation is altered.'),
	(4, 'coldStart', '.1.3.6.1.6.3.1.1.5.1', '0', 'SNMP is restarting', '1', NULL, 7, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A coldStart(0) trap signifies that the sending protocol entity is reinitializing itself such that the agent&#039;s configuration or the protocol entity implementation may be altered.'),
	(6, 'unitDeparture', '.1.3.6.1.4.1.43.0.89', '0', 'This trap is raised by the lowest numbered unit in a stack when $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is raised by the lowest numbered unit in a stack when
a communications loss is detected to another unit. The raising of this
trap is optional.
Variables:
  1: stackUnitDesc
  2: stackUnitSerialNumber
'),
	(7, 'remPollSuccessTrap', '.1.3.6.1.4.1.43.0.74', '0', 'This trap is generated by the EventTable (if the eventEntry  $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is generated by the EventTable (if the eventEntry 
is configured to send traps) when the remPollTable receives a reply to a poll 
after a sequence of un- successful polls.
Variables:
  1: remPollAddress
  2: remPollProtocol
  3: remPollInformation
'),
	(8, 'remPollFailureTrap', '.1.3.6.1.4.1.43.0.75', '0', 'This trap is generated by the EventTable (if the eventEntry  $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is generated by the EventTable (if the eventEntry 
is configured to send traps) when the remPollTable fails to receive a reply to a poll.
Variables:
  1: remPollAddress
  2: remPollProtocol
  3: remPollInformation
'),
	(9, 'secureAddressLearned', '.1.3.6.1.4.1.43.0.71', '0', 'This trap is sent when a new station has been learned. The  $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is sent when a new station has been learned. The 
slot and port on which the address was received are in the first and
second index of secureAddrRowStatus, and the MAC address of the learned
station is in the third index.
Variables:
  1: secureAddrRowStatus
'),
	(10, 'secureAddressLearned2', '.1.3.6.1.4.1.43.0.85', '0', 'This trap is sent when a new station has been learned. $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is sent when a new station has been learned.
The slot and port on which the address was received are
in  the  first and second index of secureAddrRowStatus,
and  the MAC  address of the learned station is in  the
third index.
Variables:
  1: secureAddrRowStatus
  2: a3ComVlanIfGlobalIdentifier
'),
	(11, 'secureViolation2', '.1.3.6.1.4.1.43.0.78', '0', 'This trap is sent whenever a security violation has occurred.  $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is sent whenever a security violation has occurred. 
The slot and port on which the violation occured are in the first and
second index of secureAddrRowStatus, and the MAC address of the offending
station is in the third index. rptrPortAdminSTATUS indicates if the port
has been disabled because of the violation. The implementation may not
send violation traps from the same port at intervals of less than 5
seconds
Variables:
  1: secureAddrRowStatus
  2: rptrPortAdminStatus
'),
	(12, 'secureViolation3', '.1.3.6.1.4.1.43.0.86', '0', 'This trap is sent whenever a security violation has  $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is sent whenever a security violation has 
occured. The slot and port on which the violation occured are in the 
first and second index of secureAddrRowStatus, and the MAC address of 
the offending station is in the third index. ifAdminStatus indicates
if the port has been disabled because of the violation. 
The implementation may not send violation traps from the same port
at intervals of less than 5 seconds.
Variables:
  1: secureAddrRowStatus
  2: ifAdminStatus
  3: a3ComVlanIfGlobalIdentifier
'),
	(13, 'secureViolation4', '.1.3.6.1.4.1.43.0.88', '0', 'This trap is sent whenever a security violation has  $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is sent whenever a security violation has 
occurred. The slot and port on which the violation occurred are in the 
first and second index of secureAddrRowStatus, and the MAC address of 
the offending station is in the third index. ifAdminStatus indicates
if the port has been disabled because of the violation. 
The implementation may not send violation traps from the same port
at intervals of less than 5 seconds.
Variables:
  1: secureAddrRowStatus
  2: ifAdminStatus
'),
	(14, 'eventGenericTrap', '.1.3.6.1.4.1.43.0.82', '0', 'This trap is sent to management stations when an internal  $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap is sent to management stations when an internal 
RMON event is tiggered and there is no applicable specific trap. The trap 
identifies the event index triggered and includes a value for 
''eventDescription''. Note that the text is not the literal value of the event 
description column in this table but rather the descriptive text that would have 
been added to the event log.
Variables:
  1: eventDescription
'),
	(15, 'brDatabaseFull', '.1.3.6.1.4.1.43.0.65', '0', 'This trap indicates that either the Filtering  $*', '0', NULL, 3, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This trap indicates that either the Filtering 
database, the permanent database or the ATM Downlink 
database has become full. If the database occupancy 
exceeds 90% this trap will be sent also. The variable 
bindings enable the trap to be identified as refering to 
the filtering, permanent, or ATM Downlink database, and 
to differentiate between 90% or 100% full.
Variables:
  1: brDatabaseType
  2: brDatabaseLevel
'),
	(16, 'trapPrinterOnline', '.1.3.6.1.4.1.683.6.0.1', '0', 'Printer On-Line: Port $1 is On-Line', '0', NULL, 9, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The printer is on-line.  This trap will be sent
out after a printer error condition has been cleared.
Variables:
  1: outputIndex
'),
	(17, 'trapPrinterOffline', '.1.3.6.1.4.1.683.6.0.2', '0', 'Printer Off-Line: Port $1 is Off-Line', '0', NULL, 9, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The printer is off-line.
Variables:
  1: outputIndex
'),
	(18, 'trapNoPrinterAttached', '.1.3.6.1.4.1.683.6.0.3', '0', 'No Printer Attached: Port $1 - No Printer Attached', '0', NULL, 9, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'No printer is attached to the output port.
Variables:
  1: outputIndex
'),
	(19, 'trapPrinterTonerLow', '.1.3.6.1.4.1.683.6.0.4', '0', 'Toner Low: Port $1 - Toner Low', '1', NULL, 9, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The printer toner is low.
Variables:
  1: outputIndex
'),
	(20, 'trapPrinterPaperOut', '.1.3.6.1.4.1.683.6.0.5', '0', 'Printer Out of Paper: Port $1 - Out of Paper', '1', NULL, 9, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The printer is out of paper.
Variables:
  1: outputIndex
'),
	(21, 'trapPrinterPaperJam', '.1.3.6.1.4.1.683.6.0.6', '0', 'Paper Jam: Port $1 - Paper Jam', '2', NULL, 9, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The printer has a paper jam.
Variables:
  1: outputIndex
'),
	(22, 'trapPrinterDoorOpen', '.1.3.6.1.4.1.683.6.0.7', '0', 'Printer Door Open: Port $1 - Printer Door Open', '0', NULL, 9, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The printer door is open.
Variables:
  1: outputIndex
'),
	(23, 'trapPrinterError', '.1.3.6.1.4.1.683.6.0.16', '0', 'General Printer Error: Port $1 - Printer Error', '1', NULL, 9, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'General printer error.
Variables:
  1: outputIndex
'),
	(281, 'alertAutomaticSystemRecovery', '.1.3.6.1.4.1.674.10892.1.0.1006', '0', 'Server Automatic System Recovery: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Automatic system recovery (ASR) was performed.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(295, 'alertAmperageProbeNormal', '.1.3.6.1.4.1.674.10892.1.0.1202', '0', 'Server Amperage Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Amperage probe has returned to a normal value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(296, 'alertAmperageProbeWarning', '.1.3.6.1.4.1.674.10892.1.0.1203', '0', 'Server Amperage Warning: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Amperage probe has detected a warning value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(297, 'alertAmperageProbeFailure', '.1.3.6.1.4.1.674.10892.1.0.1204', '0', 'Server Amperage Failure: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Amperage probe has detected a failure value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(298, 'alertAmperageProbeNonRecoverable', '.1.3.6.1.4.1.674.10892.1.0.1205', '0', 'Server Amperage Non-recoverable: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Amperage probe has detected a non-recoverable value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(300, 'alertChassisIntrusionDetected', '.1.3.6.1.4.1.674.10892.1.0.1254', '0', 'Server Chassis Intrusion Detected: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Chassis intrusion has been detected.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(313, 'alertACPowerCordNoPowerNonRedundant', '.1.3.6.1.4.1.674.10892.1.0.1501', '0', 'Server AC Cord No Power Non-redundant: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'AC power cord does not have power, and the reduncancy mode
for its AC power switch has been set to non-redundant.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(314, 'alertACPowerCordNormal', '.1.3.6.1.4.1.674.10892.1.0.1502', '0', 'Server AC Cord Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'AC power cord has regained power.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(315, 'alertACPowerCordFailure', '.1.3.6.1.4.1.674.10892.1.0.1504', '0', 'Server AC Cord Failure: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'AC power cord has lost power.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(325, 'alertBatteryNormal', '.1.3.6.1.4.1.674.10892.1.0.1702', '0', 'Server Battery Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Battery has returned to normal.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(326, 'alertBatteryWarning', '.1.3.6.1.4.1.674.10892.1.0.1703', '0', 'Server Battery Warning: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Battery has detected a warning.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(327, 'alertBatteryFailure', '.1.3.6.1.4.1.674.10892.1.0.1704', '0', 'Server Battery Failure: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Battery has detected a failure.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(328, 'failoverEvent', '.1.3.6.1.4.1.4413.1.2.3.0.1', '0', '$*', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '
This trap is generated to indicate that adapter Fail-Over 
event has occured
Variables:
  1: trapAdapterName
  2: trapTeamName
  3: trapCauseDirection
  4: trapAdapterActivityCause
'),
	(344, 'dmtfAlert309', '.1.3.6.1.4.1.674.10890.1.0.309', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Current sensor warning returned to normal
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(345, 'dmtfAlert310', '.1.3.6.1.4.1.674.10890.1.0.310', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Power supply lost redundancy detected
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(346, 'dmtfAlert311', '.1.3.6.1.4.1.674.10890.1.0.311', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Power supply regained redundancy
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(347, 'dmtfAlert312', '.1.3.6.1.4.1.674.10890.1.0.312', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Power supply degraded redundancy detected
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(348, 'dmtfAlert313', '.1.3.6.1.4.1.674.10890.1.0.313', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Power supply degraded redundancy returned to normal
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(349, 'dmtfAlert314', '.1.3.6.1.4.1.674.10890.1.0.314', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Power supply failure detected
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(350, 'dmtfAlert315', '.1.3.6.1.4.1.674.10890.1.0.315', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Power supply failure returned to normal
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(351, 'dmtfAlert320', '.1.3.6.1.4.1.674.10890.1.0.320', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Chassis intrusion detected
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(352, 'dmtfAlert321', '.1.3.6.1.4.1.674.10890.1.0.321', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Chassis intrusion returned to normal
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(353, 'dmtfAlert330', '.1.3.6.1.4.1.674.10890.1.0.330', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'System Up
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(354, 'dmtfAlert323', '.1.3.6.1.4.1.674.10890.1.0.323', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Memory ECC fault detected
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(355, 'dmtfAlert325', '.1.3.6.1.4.1.674.10890.1.0.325', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Lost connection to storage system
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(356, 'dmtfAlert326', '.1.3.6.1.4.1.674.10890.1.0.326', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Established connection to storage system
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(357, 'dmtfAlert327', '.1.3.6.1.4.1.674.10890.1.0.327', '0', 'DMI BASEBRDD Alert Event: Event Data: ($3 on $1)', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Reestablished connection to storage system
--NMS trap annotation
Variables:
  1: a9999AlertSystem
  2: a9999AlertGroup
  3: a9999AlertMessage
  4: a9999AlertSeverity
  5: a9999AlertData
'),
	(363, 'virtualDiskCreated', '.1.3.6.1.4.1.674.10893.1.1.200.0.505', '0', 'Array Manager Event: Virtual Disk created: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) created.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(364, 'virtualDiskDeleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.506', '0', 'Array Manager Event: Virtual Disk deleted: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) deleted.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(365, 'virtualDiskConfigChanged', '.1.3.6.1.4.1.674.10893.1.1.200.0.507', '0', 'Array Manager Event: Virtual Disk created: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) configuration changed from %s to %s
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
  3: oldVDConfigEv
  4: newVDConfigEv
'),
	(366, 'virtualDiskFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.508', '0', 'Array Manager Event: Virtual Disk failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) failed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(367, 'virtualDiskDegraded', '.1.3.6.1.4.1.674.10893.1.1.200.0.509', '0', 'Array Manager Event: Virtual Disk degraded: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) degraded.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(368, 'vdFailedRedundancy', '.1.3.6.1.4.1.674.10893.1.1.200.0.510', '0', 'Array Manager Event: Virtual Disk failed redundancy: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) is no longer redundant.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(370, 'vdFormatStarted', '.1.3.6.1.4.1.674.10893.1.1.200.0.521', '0', 'Array Manager Event: Virtual Disk format started: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) format started.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(371, 'adFormatStarted', '.1.3.6.1.4.1.674.10893.1.1.200.0.522', '0', 'Array Manager Event: Array Disk format started: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s format started.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(372, 'vdInitializeStarted', '.1.3.6.1.4.1.674.10893.1.1.200.0.523', '0', 'Array Manager Event: Virtual Disk initialization started: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) initialization started.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(373, 'adInitializeStarted', '.1.3.6.1.4.1.674.10893.1.1.200.0.524', '0', 'Array Manager Event: Array Disk initialize started: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s initialize started.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(374, 'vdReconfigStarted', '.1.3.6.1.4.1.674.10893.1.1.200.0.525', '0', 'Array Manager Event: Virtual Disk Reconfiguration started: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) reconfiguration from 
%s stripe size to %s stripe size started.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
  3: oldVDConfigEv
  4: newVDConfigEv
'),
	(375, 'vdRebuildStarted', '.1.3.6.1.4.1.674.10893.1.1.200.0.526', '0', 'Array Manager Event: Virtual Disk rebuild started: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) rebuild started.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(376, 'adRebuildStarted', '.1.3.6.1.4.1.674.10893.1.1.200.0.527', '0', 'Array Manager Event: Array Disk rebuild started: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s rebuild started.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(377, 'adDiagStarted', '.1.3.6.1.4.1.674.10893.1.1.200.0.528', '0', 'Array Manager Event: Array Disk diagnostics started: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s diagnostics started.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(379, 'vdFormatCancelled', '.1.3.6.1.4.1.674.10893.1.1.200.0.530', '0', 'Array Manager Event: Virtual Disk format cancelled: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) format cancelled.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(380, 'adFormatCancelled', '.1.3.6.1.4.1.674.10893.1.1.200.0.531', '0', 'Array Manager Event: Array Disk format cancelled: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s format cancelled.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(381, 'vdInitializeCancelled', '.1.3.6.1.4.1.674.10893.1.1.200.0.532', '0', 'Array Manager Event: Virtual Disk initialization cancelled: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) initialization cancelled.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(382, 'adInitializeCancelled', '.1.3.6.1.4.1.674.10893.1.1.200.0.533', '0', 'Array Manager Event: Array Disk initialize cancelled: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s initialize cancelled.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(383, 'vdReconfigCancelled', '.1.3.6.1.4.1.674.10893.1.1.200.0.534', '0', 'Array Manager Event: Virtual Disk Reconfiguration cancelled: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) reconfiguration cancelled.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(384, 'vdRebuildCancelled', '.1.3.6.1.4.1.674.10893.1.1.200.0.535', '0', 'Array Manager Event: Virtual Disk rebuild cancelled: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) rebuild cancelled.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(385, 'adRebuildCancelled', '.1.3.6.1.4.1.674.10893.1.1.200.0.536', '0', 'Array Manager Event: Array Disk rebuild cancelled: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s rebuild cancelled.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(386, 'adDiagCancelled', '.1.3.6.1.4.1.674.10893.1.1.200.0.537', '0', 'Array Manager Event: Array Disk diagnostics cancelled: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s diagnostics cancelled.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(388, 'vdFormatFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.539', '0', 'Array Manager Event: Virtual Disk format failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) format failed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(389, 'adFormatFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.540', '0', 'Array Manager Event: Array Disk format failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s format failed.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(390, 'vdInitializeFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.541', '0', 'Array Manager Event: Virtual Disk initialization Failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) initialization Failed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(391, 'adInitializeFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.542', '0', 'Array Manager Event: Array Disk initialize failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s initialize failed.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(392, 'vdReconfigFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.543', '0', 'Array Manager Event: Virtual Disk Reconfiguration failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) reconfiguration failed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(393, 'vdRebuildFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.544', '0', 'Array Manager Event: Virtual Disk rebuild failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) rebuild failed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(394, 'adRebuildFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.545', '0', 'Array Manager Event: Array Disk rebuild failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s rebuild failed.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(395, 'adDiagFailed', '.1.3.6.1.4.1.674.10893.1.1.200.0.546', '0', 'Array Manager Event: Array Disk diagnostics failed: ', '3', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s diagnostics failed.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(397, 'vdFormatCompleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.548', '0', 'Array Manager Event: Virtual Disk format completed: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) format completed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(398, 'adFormatCompleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.549', '0', 'Array Manager Event: Array Disk format completed: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s format completed.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(399, 'vdInitializeCompleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.550', '0', 'Array Manager Event: Virtual Disk initialization completed: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) initialization completed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(400, 'adInitializeCompleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.551', '0', 'Array Manager Event: Array Disk initialize completed: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s initialize completed.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(401, 'vdReconfigCompleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.552', '0', 'Array Manager Event: Virtual Disk Reconfiguration completed: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) reconfiguration completed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(402, 'vdRebuildCompleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.553', '0', 'Array Manager Event: Virtual Disk rebuild completed: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, virtual disk (%s) rebuild completed.
Variables:
  1: controllerNameEv
  2: virtualDiskNameEv
'),
	(403, 'adRebuildCompleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.554', '0', 'Array Manager Event: Array Disk rebuild completed: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s rebuild completed.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(404, 'adDiagCompleted', '.1.3.6.1.4.1.674.10893.1.1.200.0.555', '0', 'Array Manager Event: Array Disk diagnostics completed: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s diagnostics completed.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(405, 'percPredictiveFailure', '.1.3.6.1.4.1.674.10893.1.1.200.0.570', '0', 'Array Manager Event: Predictive Failure reported: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s reported predictive failure.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(406, 'percSCSISenseData', '.1.3.6.1.4.1.674.10893.1.1.200.0.571', '0', 'Array Manager Event: SCSI sense data: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s, %s SCSI sense failure.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(413, 'perc2SmartFPTExceeded', '.1.3.6.1.4.1.674.10893.1.1.200.0.585', '0', 'Array Manager Event: Smart FPT Exceeded: ', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s SMART:FPT EXCEEDED on %s.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(414, 'perc2SmartConfigChange', '.1.3.6.1.4.1.674.10893.1.1.200.0.586', '0', 'Array Manager Event: Smart Config Change: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s SMART configuration change on %s.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(415, 'perc2SmartWarning', '.1.3.6.1.4.1.674.10893.1.1.200.0.587', '0', 'Array Manager Event: Smart Warning: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s SMART Warning on %s.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(416, 'perc2SmartWarningTemp', '.1.3.6.1.4.1.674.10893.1.1.200.0.588', '0', 'Array Manager Event: Smart warning temperature: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s SMART Warning temperature on %s.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(417, 'perc2SmartWarningDegraded', '.1.3.6.1.4.1.674.10893.1.1.200.0.589', '0', 'Array Manager Event: Smart warning degraded: ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, '%s SMART warning degraded on %s.
Variables:
  1: controllerNameEv
  2: arrayDiskNameEv
'),
	(418, 'perc2SmartFPTExceededTest', '.1.3.6.1.4.1.674.10893.1.1.200.0.590', '0', '    Internal Controller has encountered Strong-ARM processor specific error$1 ', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Internal Controller has encountered Strong-ARM processor specific error
Variables:
'),
	(464, 'snTrapChasPwrSupply', '.1.3.6.1.4.1.11.0.1', '0', 'The SNMP trap that is generated when a power supply fails $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a power supply fails
to operate normally.
Variables:
  1: snChasPwrSupplyStatus
'),
	(465, 'snTrapLockedAddressViolation', '.1.3.6.1.4.1.11.0.2', '0', 'The SNMP trap that is generated when more source MAC addresses $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when more source MAC addresses
are received from a port than the maximum number of addresses
configured to that port.
Variables:
  1: snSwViolatorPortNumber
  2: snSwViolatorMacAddress
'),
	(466, 'snTrapOspfIfStateChange', '.1.3.6.1.4.1.11.0.3', '0', 'An ospfIfStateChange trap signifies that there $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfIfStateChange trap signifies that there
has been a change in the state of a non-virtual
OSPF interface. This trap should  be  generated
when  the interface state regresses (e.g., goes
from Dr to Down) or progresses  to  a  terminal
state  (i.e.,  Point-to-Point, DR Other, Dr, or
Backup).
Variables:
  1: snOspfRouterId
  2: snOspfIfStatusIpAddress
  3: snOspfIfStatusState
'),
	(467, 'snTrapOspfVirtIfStateChange', '.1.3.6.1.4.1.11.0.4', '0', 'An ospfIfStateChange trap signifies that there $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfIfStateChange trap signifies that there
has  been a change in the state of an OSPF vir-
tual interface.
This trap should be generated when  the  inter-
face  state  regresses  (e.g., goes from Point-
to-Point to Down) or progresses to  a  terminal
state (i.e., Point-to-Point).
Variables:
  1: snOspfRouterId
  2: snOspfVirtIfStatusAreaID
  3: snOspfVirtIfStatusNeighbor
  4: snOspfVirtIfStatusState
'),
	(468, 'snOspfNbrStateChange', '.1.3.6.1.4.1.11.0.5', '0', 'An  ospfNbrStateChange  trap  signifies   that $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An  ospfNbrStateChange  trap  signifies   that
there  has been a change in the state of a non-
virtual OSPF neighbor.   This  trap  should  be
generated  when  the  neighbor  state regresses
(e.g., goes from Attempt or Full  to  1-Way  or
Down)  or progresses to a terminal state (e.g.,
2-Way or Full).  When an  neighbor  transitions
from  or  to Full on non-broadcast multi-access
and broadcast networks, the trap should be gen-
erated  by the designated router.  A designated
router transitioning to Down will be  noted  by
ospfIfStateChange.
Variables:
  1: snOspfRouterId
  2: snOspfNbrIpAddr
  3: snOspfNbrRtrId
  4: snOspfNbrState
'),
	(469, 'snOspfVirtNbrStateChange', '.1.3.6.1.4.1.11.0.6', '0', 'An ospfIfStateChange trap signifies that there $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfIfStateChange trap signifies that there
has  been a change in the state of an OSPF vir-
tual neighbor.  This trap should  be  generated
when  the  neighbor state regresses (e.g., goes
from Attempt or  Full  to  1-Way  or  Down)  or
progresses to a terminal state (e.g., Full).
Variables:
  1: snOspfRouterId
  2: snOspfVirtNbrArea
  3: snOspfVirtNbrRtrId
  4: snOspfVirtNbrState
'),
	(470, 'snOspfIfConfigError', '.1.3.6.1.4.1.11.0.7', '0', 'An ospfIfConfigError  trap  signifies  that  a $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfIfConfigError  trap  signifies  that  a
packet  has  been received on a non-virtual in-
terface  from  a  router  whose   configuration
parameters  conflict  with this router''s confi-
guration parameters.  Note that the  event  op-
tionMismatch  should  cause  a  trap only if it
prevents an adjacency from forming.
Variables:
  1: snOspfRouterId
  2: snOspfIfStatusIpAddress
  3: snOspfPacketSrc
  4: snOspfConfigErrorType
  5: snOspfPacketType
'),
	(471, 'snOspfVirtIfConfigError', '.1.3.6.1.4.1.11.0.8', '0', 'An ospfConfigError trap signifies that a pack- $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfConfigError trap signifies that a pack-
et  has  been  received  on a virtual interface
from a router  whose  configuration  parameters
conflict   with   this  router''s  configuration
parameters.  Note that the event optionMismatch
should  cause a trap only if it prevents an ad-
jacency from forming.
Variables:
  1: snOspfRouterId
  2: snOspfVirtIfStatusAreaID
  3: snOspfVirtIfStatusNeighbor
  4: snOspfConfigErrorType
  5: snOspfPacketType
'),
	(472, 'snOspfIfAuthFailure', '.1.3.6.1.4.1.11.0.9', '0', 'An ospfIfAuthFailure  trap  signifies  that  a $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfIfAuthFailure  trap  signifies  that  a
packet  has  been received on a non-virtual in-
terface from a router whose authentication  key
or  authentication  type  conflicts  with  this
router''s authentication key  or  authentication
type.
Variables:
  1: snOspfRouterId
  2: snOspfIfStatusIpAddress
  3: snOspfPacketSrc
  4: snOspfConfigErrorType
  5: snOspfPacketType
'),
	(473, 'snOspfVirtIfAuthFailure', '.1.3.6.1.4.1.11.0.10', '0', 'An ospfVirtIfAuthFailure trap signifies that a $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfVirtIfAuthFailure trap signifies that a
packet has been received on a virtual interface
from a router whose authentication key  or  au-
thentication  type conflicts with this router''s
authentication key or authentication type.
Variables:
  1: snOspfRouterId
  2: snOspfVirtIfStatusAreaID
  3: snOspfVirtIfStatusNeighbor
  4: snOspfConfigErrorType
  5: snOspfPacketType
'),
	(474, 'snOspfIfRxBadPacket', '.1.3.6.1.4.1.11.0.11', '0', 'An ospfIfRxBadPacket trap  signifies  that  an $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfIfRxBadPacket trap  signifies  that  an
OSPF  packet has been received on a non-virtual
interface that cannot be parsed.
Variables:
  1: snOspfRouterId
  2: snOspfIfStatusIpAddress
  3: snOspfPacketSrc
  4: snOspfPacketType
'),
	(475, 'snOspfVirtIfRxBadPacket', '.1.3.6.1.4.1.11.0.12', '0', 'An ospfRxBadPacket trap signifies that an OSPF $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfRxBadPacket trap signifies that an OSPF
packet has been received on a virtual interface
that cannot be parsed.
Variables:
  1: snOspfRouterId
  2: snOspfVirtIfStatusAreaID
  3: snOspfVirtIfStatusNeighbor
  4: snOspfPacketType
'),
	(476, 'snOspfTxRetransmit', '.1.3.6.1.4.1.11.0.13', '0', 'An ospfTxRetransmit  trap  signifies  than  an $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfTxRetransmit  trap  signifies  than  an
OSPF  packet  has  been retransmitted on a non-
virtual interface.  All packets that may be re-
transmitted  are associated with an LSDB entry.
The LS type, LS ID, and Router ID are  used  to
identify the LSDB entry.
Variables:
  1: snOspfRouterId
  2: snOspfIfStatusIpAddress
  3: snOspfNbrRtrId
  4: snOspfPacketType
  5: snOspfLsdbType
  6: snOspfLsdbLsId
  7: snOspfLsdbRouterId
'),
	(477, 'ospfVirtIfTxRetransmit', '.1.3.6.1.4.1.11.0.14', '0', 'An ospfTxRetransmit  trap  signifies  than  an $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfTxRetransmit  trap  signifies  than  an
OSPF packet has been retransmitted on a virtual
interface.  All packets that may be retransmit-
ted  are  associated with an LSDB entry. The LS
type, LS ID, and Router ID are used to identify
the LSDB entry.
Variables:
  1: snOspfRouterId
  2: snOspfVirtIfStatusAreaID
  3: snOspfVirtIfStatusNeighbor
  4: snOspfPacketType
  5: snOspfLsdbType
  6: snOspfLsdbLsId
  7: snOspfLsdbRouterId
'),
	(478, 'snOspfOriginateLsa', '.1.3.6.1.4.1.11.0.15', '0', 'An ospfOriginateLsa trap signifies that a  new $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfOriginateLsa trap signifies that a  new
LSA  has  been originated by this router.  This
trap should not be invoked for simple refreshes
of  LSAs  (which happesn every 30 minutes), but
instead will only be invoked  when  an  LSA  is
(re)originated due to a topology change.  Addi-
tionally, this trap does not include LSAs  that
are  being  flushed  because  they have reached
MaxAge.
Variables:
  1: snOspfRouterId
  2: snOspfLsdbAreaId
  3: snOspfLsdbType
  4: snOspfLsdbLsId
  5: snOspfLsdbRouterId
'),
	(479, 'snOspfMaxAgeLsa', '.1.3.6.1.4.1.11.0.16', '0', 'An ospfMaxAgeLsa trap signifies  that  one  of $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfMaxAgeLsa trap signifies  that  one  of
the LSA in the router''s link-state database has
aged to MaxAge.
Variables:
  1: snOspfRouterId
  2: snOspfLsdbAreaId
  3: snOspfLsdbType
  4: snOspfLsdbLsId
  5: snOspfLsdbRouterId
'),
	(480, 'snOspfLsdbOverflow', '.1.3.6.1.4.1.11.0.17', '0', 'An ospfLsdbOverflow trap  signifies  that  the $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfLsdbOverflow trap  signifies  that  the
number of LSAs in the router''s link-state data-
base has exceeded ospfExtLsdbLimit.
Variables:
  1: snOspfRouterId
  2: snOspfExtLsdbLimit
'),
	(481, 'snOspfLsdbApproachingOverflow', '.1.3.6.1.4.1.11.0.18', '0', 'An ospfLsdbApproachingOverflow trap  signifies $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'An ospfLsdbApproachingOverflow trap  signifies
that  the  number of LSAs in the router''s link-
state database has exceeded ninety  percent  of
ospfExtLsdbLimit.
Variables:
  1: snOspfRouterId
  2: snOspfExtLsdbLimit
'),
	(482, 'snTrapL4MaxSessionLimitReached', '.1.3.6.1.4.1.11.0.19', '0', 'The SNMP trap that is generated when the maximum number $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the maximum number
of connections reached.
Variables:
  1: snL4MaxSessionLimit
'),
	(483, 'snTrapL4TcpSynLimitReached', '.1.3.6.1.4.1.11.0.20', '0', 'The SNMP trap that is generated when the number of TCP $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the number of TCP
SYN limits reached.
Variables:
  1: snL4TcpSynLimit
'),
	(484, 'snTrapL4RealServerUp', '.1.3.6.1.4.1.11.0.21', '0', 'The SNMP trap that is generated when the load balancing $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the load balancing
real server is up.
Variables:
  1: snL4TrapRealServerIP
  2: snL4TrapRealServerName
'),
	(485, 'snTrapL4RealServerDown', '.1.3.6.1.4.1.11.0.22', '0', 'The SNMP trap that is generated when the load balancing $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the load balancing
real server is down.
Variables:
  1: snL4TrapRealServerIP
  2: snL4TrapRealServerName
'),
	(486, 'snTrapL4RealServerPortUp', '.1.3.6.1.4.1.11.0.23', '0', 'The SNMP trap that is generated when the load balancing $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the load balancing
real server TCP port is up.
Variables:
  1: snL4TrapRealServerIP
  2: snL4TrapRealServerName
  3: snL4TrapRealServerPort
'),
	(487, 'snTrapL4RealServerPortDown', '.1.3.6.1.4.1.11.0.24', '0', 'The SNMP trap that is generated when the load balancing $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the load balancing
real server TCP port is down.
Variables:
  1: snL4TrapRealServerIP
  2: snL4TrapRealServerName
  3: snL4TrapRealServerPort
'),
	(488, 'snTrapL4RealServerMaxConnectionLimitReached', '.1.3.6.1.4.1.11.0.25', '0', 'The SNMP trap that is generated when the real server reaches $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the real server reaches
maximum number of connections.
Variables:
  1: snL4TrapRealServerIP
  2: snL4TrapRealServerName
  3: snL4TrapRealServerCurConnections
'),
	(489, 'snTrapL4BecomeStandby', '.1.3.6.1.4.1.11.0.26', '0', 'The SNMP trap that is generated when the server load $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the server load
balancing switch changes state from active to standby.
Variables:
'),
	(490, 'snTrapL4BecomeActive', '.1.3.6.1.4.1.11.0.27', '0', 'The SNMP trap that is generated when the server load $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the server load
balancing switch changes state from standby to active.
Variables:
'),
	(491, 'snTrapModuleInserted', '.1.3.6.1.4.1.11.0.28', '0', 'The SNMP trap that is generated when a module was inserted $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a module was inserted
to the chassis during system running.
Variables:
  1: snAgentBrdIndex
'),
	(492, 'snTrapModuleRemoved', '.1.3.6.1.4.1.11.0.29', '0', 'The SNMP trap that is generated when a module was removed $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a module was removed
from the chassis during system running.
Variables:
  1: snAgentBrdIndex
'),
	(493, 'snTrapChasPwrSupplyFailed', '.1.3.6.1.4.1.11.0.30', '0', 'The SNMP trap that is generated when a power supply fails $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a power supply fails
to operate normally.
Variables:
  1: snChasPwrSupplyIndex
  2: snChasPwrSupplyDescription
'),
	(494, 'snTrapChasFanFailed', '.1.3.6.1.4.1.11.0.31', '0', 'The SNMP trap that is generated when a fan fails $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a fan fails
to operate normally.
Variables:
  1: snChasFanIndex
  2: snChasFanDescription
'),
	(495, 'snTrapLockedAddressViolation2', '.1.3.6.1.4.1.11.0.32', '0', 'The SNMP trap that is generated when more source MAC addresses $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when more source MAC addresses
are received from a port than the maximum number of addresses
configured to that port.
Variables:
  1: snAgGblTrapMessage
'),
	(496, 'snTrapFsrpIfStateChange', '.1.3.6.1.4.1.11.0.33', '0', 'The SNMP trap that is generated when a FSRP routing device $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a FSRP routing device
changed state from active to standby or vice-versa.
Variables:
  1: snAgGblTrapMessage
'),
	(497, 'snTrapVrrpIfStateChange', '.1.3.6.1.4.1.11.0.34', '0', 'The SNMP trap that is generated when a VRRP routing device $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a VRRP routing device
changed state from master to backup or vice-versa.
Variables:
  1: snAgGblTrapMessage
'),
	(498, 'snTrapMgmtModuleRedunStateChange', '.1.3.6.1.4.1.11.0.35', '0', 'The SNMP trap that is generated when the management module $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the management module
changes redundancy state.
Variables:
  1: snAgGblTrapMessage
'),
	(499, 'snTrapTemperatureWarning', '.1.3.6.1.4.1.11.0.36', '0', 'The SNMP trap that is generated when the actual temperature $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the actual temperature
reading is above the warning temperature threshold.
Variables:
  1: snAgGblTrapMessage
'),
	(500, 'snTrapAccessListDeny', '.1.3.6.1.4.1.11.0.37', '0', 'The SNMP trap that is generated when a packet was denied $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a packet was denied
by an access list.
Variables:
  1: snAgGblTrapMessage
'),
	(501, 'snTrapMacFilterDeny', '.1.3.6.1.4.1.11.0.38', '0', 'The SNMP trap that is generated when a packet was denied $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a packet was denied
by a MAC address filter.
Variables:
  1: snAgGblTrapMessage
'),
	(502, 'snTrapL4GslbRemoteUp', '.1.3.6.1.4.1.11.0.39', '0', 'The SNMP trap that is generated when the connection to the remote SI is established. $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the connection to the remote SI is established.
Variables:
  1: snAgGblTrapMessage
'),
	(503, 'snTrapL4GslbRemoteDown', '.1.3.6.1.4.1.11.0.40', '0', 'The SNMP trap that is generated when the connection to the remote SI is down. $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the connection to the remote SI is down.
Variables:
  1: snAgGblTrapMessage
'),
	(504, 'snTrapL4GslbRemoteControllerUp', '.1.3.6.1.4.1.11.0.41', '0', 'The SNMP trap that is generated when the connection to the GSLB SI is established. $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the connection to the GSLB SI is established.
Variables:
  1: snAgGblTrapMessage
'),
	(505, 'snTrapL4GslbRemoteControllerDown', '.1.3.6.1.4.1.11.0.42', '0', 'The SNMP trap that is generated when the connection to the GSLB SI is down. $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when the connection to the GSLB SI is down.
Variables:
  1: snAgGblTrapMessage
'),
	(506, 'snTrapL4GslbHealthCheckIpUp', '.1.3.6.1.4.1.11.0.43', '0', 'The SNMP trap that is generated when GSLB health check for an address transitions $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when GSLB health check for an address transitions
from down to active state.
Variables:
  1: snAgGblTrapMessage
'),
	(507, 'snTrapL4GslbHealthCheckIpDown', '.1.3.6.1.4.1.11.0.44', '0', 'The SNMP trap that is generated when GSLB health check for an address transitions $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when GSLB health check for an address transitions
from active to down state.
Variables:
  1: snAgGblTrapMessage
'),
	(508, 'snTrapL4GslbHealthCheckIpPortUp', '.1.3.6.1.4.1.11.0.45', '0', 'The SNMP trap that is generated when a given port for a health check address is up. $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a given port for a health check address is up.
Variables:
  1: snAgGblTrapMessage
'),
	(509, 'snTrapL4GslbHealthCheckIpPortDown', '.1.3.6.1.4.1.11.0.46', '0', 'The SNMP trap that is generated when a given port for a health check address is down. $*', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The SNMP trap that is generated when a given port for a health check address is down.
Variables:
  1: snAgGblTrapMessage
'),
	(512, 'tapeAlertTrap3', '.1.3.6.1.4.1.11.2.3.9.7.1.0.3', '0', 'HP TapeAlert #3: Hba$1:Channel$2:ScsiID$3 Tape Device Has Detected Read or Write Data Error', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The operation has stopped because an error has
occured while reading or writing data which the
drive cannot correct.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(513, 'tapeAlertTrap4', '.1.3.6.1.4.1.11.2.3.9.7.1.0.4', '0', 'HP TapeAlert #4: Hba$1:Channel$2:ScsiID$3 Tape Device Has Detected Faulty Media [$4]', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Your data is at risk:
1. Copy any data you require from this tape
2. Do not use this tape again
3. Restart the operation with a different tape
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
  4: currentMedia
'),
	(514, 'tapeAlertTrap5', '.1.3.6.1.4.1.11.2.3.9.7.1.0.5', '0', 'HP TapeAlert #5: Hba$1:Channel$2:ScsiID$3 Tape Device May Have Read Fault - Call Helpline', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The tape is damaged or the drive is faulty.
Call the tape drive supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(515, 'tapeAlertTrap6', '.1.3.6.1.4.1.11.2.3.9.7.1.0.6', '0', 'HP TapeAlert #6: Hba$1:Channel$2:ScsiID$3 Tape Device May Have Write Fault - Call Helpline', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The tape is from a faulty batch or the tape drive
is faulty:
1. Use a good tape to test the drive.
2. If the problem persists, call the tape drive 
supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(516, 'tapeAlertTrap7', '.1.3.6.1.4.1.11.2.3.9.7.1.0.7', '0', 'HP TapeAlert #7: Hba$1:Channel$2:ScsiID$3 Tape Device Has Detected Worn Out Media [$4]', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The tape cartridge has reached the end of its 
calculated useful life:
1. Copy any data you need to another tape
2. Discard the old tape.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
  4: currentMedia
'),
	(517, 'tapeAlertTrap8', '.1.3.6.1.4.1.11.2.3.9.7.1.0.8', '0', 'HP TapeAlert #8: Hba$1:Channel$2:ScsiID$3 Media Loaded In Tape Device Is Not Data Grade', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The tape cartridge is not data-grade. 
Any data you back up to the tape is at risk. 
Replace the cartridge with a data-grade tape.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(518, 'tapeAlertTrap9', '.1.3.6.1.4.1.11.2.3.9.7.1.0.9', '0', 'HP TapeAlert #9: Hba$1:Channel$2:ScsiID$3 Tape Device Attempted Backup to Write-Protected Tape', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'You are trying to write to a write-protected 
cartridge. Remove the write-protection or use 
another tape.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(533, 'tapeAlertTrap29', '.1.3.6.1.4.1.11.2.3.9.7.1.0.29', '0', 'HP TapeAlert #29: Hba$1:Channel$2:ScsiID$3 Tape Device Requires Preventative Maintenance', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Preventive maintenance of the tape drive is required.
Check the tape drive users manual for device specific 
preventive maintenance tasks or call the tape drive 
supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(534, 'tapeAlertTrap30', '.1.3.6.1.4.1.11.2.3.9.7.1.0.30', '0', 'HP TapeAlert #30: Hba$1:Channel$2:ScsiID$3 Tape Device Has Hardware Fault - Reset Drive', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The tape drive has a hardware fault:
1. Eject the tape or magazine.
2. Reset the drive.
3. Restart the operation.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(535, 'tapeAlertTrap31', '.1.3.6.1.4.1.11.2.3.9.7.1.0.31', '0', 'HP TapeAlert #31: Hba$1:Channel$2:ScsiID$3 Tape Device Has Hardware Fault - Call Helpline', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The tape drive has a hardware fault:
1. Turn the tape drive off and then on again.
2. Restart the operation.
3. If the problem persists, call the tape 
drive supplier helpline.
Check the tape drive users manual for device specific 
instructions on turning the device power on and off.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(536, 'tapeAlertTrap32', '.1.3.6.1.4.1.11.2.3.9.7.1.0.32', '0', 'HP TapeAlert #32: Hba$1:Channel$2:ScsiID$3 Tape Device Has Host Interface Fault', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The tape drive has a problem with the host 
interface:
1. Check the cables and cable connections.
2. Restart the operation.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(537, 'tapeAlertTrap33', '.1.3.6.1.4.1.11.2.3.9.7.1.0.33', '0', 'HP TapeAlert #33: Hba$1:Channel$2:ScsiID$3 Tape Device Has Eject Media Request', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The operation has failed:
1. Eject the tape or magazine.
2. Insert the tape or magazine again.
3. Restart the operation.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(538, 'tapeAlertTrap34', '.1.3.6.1.4.1.11.2.3.9.7.1.0.34', '0', 'HP TapeAlert #34: Hba$1:Channel$2:ScsiID$3 Tape Device Has Firmware Download Fault', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The firmware download has failed because you 
have tried to use the incorrect firmware for 
this tape drive.
Obtain the correct firmware and try again.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(539, 'tapeAlertTrap35', '.1.3.6.1.4.1.11.2.3.9.7.1.0.35', '0', 'HP TapeAlert #35: Hba$1:Channel$2:ScsiID$3 Tape Device Humidity Specification Exceeded', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Environmental conditions inside the tape drive are 
exceeding the humidity specifications
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(540, 'tapeAlertTrap36', '.1.3.6.1.4.1.11.2.3.9.7.1.0.36', '0', 'HP TapeAlert #36: Hba$1:Channel$2:ScsiID$3 Tape Device Temperature Specification Exceeded', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Environmental conditions inside the tape drive are 
exceeding the temperature specifications
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(541, 'tapeAlertTrap37', '.1.3.6.1.4.1.11.2.3.9.7.1.0.37', '0', 'HP TapeAlert #37: Hba$1:Channel$2:ScsiID$3 Tape Device Voltage Specification Exceeded', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The voltage supply to the tape drive exceeds specifications
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(542, 'tapeAlertTrap38', '.1.3.6.1.4.1.11.2.3.9.7.1.0.38', '0', 'HP TapeAlert #38: Hba$1:Channel$2:ScsiID$3 Tape Device Predicted to Fail - Call Helpline', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A hardware failure of the tape drive is predicted. 
Call the tape drive supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(543, 'tapeAlertTrap39', '.1.3.6.1.4.1.11.2.3.9.7.1.0.39', '0', 'HP TapeAlert #39: Hba$1:Channel$2:ScsiID$3 Tape Device May Have Hardware Fault - Run Diagnostics', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The tape drive may have a hardware fault.
Run extended diagnostics to verify and diagnose the problem.
Check the tape drive users manual for device specific 
instructions on running extended diagnostic tests.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(544, 'tapeAlertTrap40', '.1.3.6.1.4.1.11.2.3.9.7.1.0.40', '0', 'HP TapeAlert #40: Hba$1:Channel$2:ScsiID$3 Tape Device Has Autoloader Communications Fault', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The changer mechanism is having difficulty 
communicating with the tape drive:
1. Turn the autoloader off then on.
2. Restart the operation.
3. If problem persists, call the tape drive 
supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(545, 'tapeAlertTrap41', '.1.3.6.1.4.1.11.2.3.9.7.1.0.41', '0', 'HP TapeAlert #41: Hba$1:Channel$2:ScsiID$3 Tape Device Detects Stray Tape In Autoloader', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A tape has been left in the autoloader by a 
previous hardware fault:
1. Insert an empty magazine to clear the fault.
2. If the fault does not clear, turn the autoloader 
off and then on again.
3. If the problem persists, call the tape drive 
supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(546, 'tapeAlertTrap42', '.1.3.6.1.4.1.11.2.3.9.7.1.0.42', '0', 'HP TapeAlert #42: Hba$1:Channel$2:ScsiID$3 Tape Device Has Autoloader Mechanism Fault', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'There is a problem with the autoloader mechanism.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(547, 'tapeAlertTrap43', '.1.3.6.1.4.1.11.2.3.9.7.1.0.43', '0', 'HP TapeAlert #43: Hba$1:Channel$2:ScsiID$3 Tape Device Has Autoloader Door Open', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The operation has failed because the autoloader 
door is open:
1. Clear any obstructions from the autoloader door.
2. Eject the magazine and then insert it again.
3. If the fault does not clear, turn the autoloader 
off and then on again.
4. If the problem persists, call the tape drive 
supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(548, 'tapeAlertTrap44', '.1.3.6.1.4.1.11.2.3.9.7.1.0.44', '0', 'HP TapeAlert #44: Hba$1:Channel$2:ScsiID$3 Autoloader Has Hardware Fault - Call Helpline', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The autoloader has a hardware fault:
1. Turn the autoloader off and then on again.
2. Restart the operation.
3. If the problem persists, call the tape drive supplier helpline.
Check the autoloader users manual for device specific 
instructions on turning the device power on and off.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(549, 'tapeAlertTrap45', '.1.3.6.1.4.1.11.2.3.9.7.1.0.45', '0', 'HP TapeAlert #45: Hba$1:Channel$2:ScsiID$3 Autoloader Cannot Operate Without Magazine', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The autoloader cannot operate without the magazine.
1. Insert the magazine into the autoloader
2. Restart the operation.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(550, 'tapeAlertTrap46', '.1.3.6.1.4.1.11.2.3.9.7.1.0.46', '0', 'HP TapeAlert #46: Hba$1:Channel$2:ScsiID$3 Autoloader Predicted to Fail - Call Helpline', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A hardware failure of the changer mechanism is predicted. 
Call the tape drive supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(557, 'tapeAlertTrap262', '.1.3.6.1.4.1.11.2.3.9.7.1.0.262', '0', 'HP TapeAlert #262: Hba$1:Channel$2:ScsiID$3 Library Predicted to Fail - Call Helpline', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A hardware failure of the library is predicted. 
Call the library supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(559, 'tapeAlertTrap264', '.1.3.6.1.4.1.11.2.3.9.7.1.0.264', '0', 'HP TapeAlert #264: Hba$1:Channel$2:ScsiID$3 Library Humidity Specification Exceeded', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'General environmental conditions inside the library have 
exceeded the humidity specifications.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(561, 'tapeAlertTrap266', '.1.3.6.1.4.1.11.2.3.9.7.1.0.266', '0', 'HP TapeAlert #266: Hba$1:Channel$2:ScsiID$3 Library Voltage Specification Exceeded', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'he voltage supply to the library exceeds specifications.  
There is a potential problem with the power supply or failure 
of a redundant power supply
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(562, 'tapeAlertTrap267', '.1.3.6.1.4.1.11.2.3.9.7.1.0.267', '0', 'HP TapeAlert #267: Hba$1:Channel$2:ScsiID$3 Library Detects Stray Tape In Drive', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A cartridge has been left in a drive inside the library by a 
previous hardware fault:
1. Insert an empty magazine to clear the fault.
2. If the fault does not clear, turn the library off and then on again.
3. If the problem persists, call the library supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(563, 'tapeAlertTrap268', '.1.3.6.1.4.1.11.2.3.9.7.1.0.268', '0', 'HP TapeAlert #268: Hba$1:Channel$2:ScsiID$3 Library Has Problems Picking Cartridge from Slot', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'There is a potential problem with a drive ejecting cartridges short or 
with the library mechanism picking a cartridge from a slot.
1. No action needs to be taken at this time. 
2. If the problem persists, call the library supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(564, 'tapeAlertTrap269', '.1.3.6.1.4.1.11.2.3.9.7.1.0.269', '0', 'HP TapeAlert #269: Hba$1:Channel$2:ScsiID$3 Library Has Problems Placing Cartridge into Slot', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'There is a potential problem with the library mechanism 
placing a cartridge into a slot
1. No action needs to be taken at this time. 
2. If the problem persists, call the library supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(565, 'tapeAlertTrap270', '.1.3.6.1.4.1.11.2.3.9.7.1.0.270', '0', 'HP TapeAlert #270: Hba$1:Channel$2:ScsiID$3 Library Has Problems Loading Cartridge into Drive', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'There is a potential problem with a drive or the library 
mechanism loading cartridges, or an incompatible cartridge.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(566, 'tapeAlertTrap271', '.1.3.6.1.4.1.11.2.3.9.7.1.0.271', '0', 'HP TapeAlert #271: Hba$1:Channel$2:ScsiID$3 Library Door is Open', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The operation has failed because the library door is open:
1. Clear any obstructions from the library door.
2. Close the library door.
3. If the problem persists, call the library supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(567, 'tapeAlertTrap272', '.1.3.6.1.4.1.11.2.3.9.7.1.0.272', '0', 'HP TapeAlert #272: Hba$1:Channel$2:ScsiID$3 Library Has Mechanical Fault with Mailslot', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'There is a mechanical problem with the 
library media import/export mailslot.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(568, 'tapeAlertTrap273', '.1.3.6.1.4.1.11.2.3.9.7.1.0.273', '0', 'HP TapeAlert #273: Hba$1:Channel$2:ScsiID$3 Library Cannot Operate Without Magazine', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The library cannot operate without the magazine.
1. Insert the magazine into the library
2. Restart the operation.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(569, 'tapeAlertTrap274', '.1.3.6.1.4.1.11.2.3.9.7.1.0.274', '0', 'HP TapeAlert #274: Hba$1:Channel$2:ScsiID$3 Library Security Has Been Compromised', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Library security has been compromised
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(570, 'tapeAlertTrap275', '.1.3.6.1.4.1.11.2.3.9.7.1.0.275', '0', 'HP TapeAlert #275: Hba$1:Channel$2:ScsiID$3 Library Security Mode Changed', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The security mode of the library has been changed.
The library has either been put into secure mode, 
or the library has exited the secure mode.
This is for information purposes only. No action is required.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(571, 'tapeAlertTrap276', '.1.3.6.1.4.1.11.2.3.9.7.1.0.276', '0', 'HP TapeAlert #276: Hba$1:Channel$2:ScsiID$3 Library Manually Turned Offline', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The library has been manually turned offline and is unavailable for use.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(572, 'tapeAlertTrap277', '.1.3.6.1.4.1.11.2.3.9.7.1.0.277', '0', 'HP TapeAlert #277: Hba$1:Channel$2:ScsiID$3 Library Drive Turned Offline', '0', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A drive inside the library has been taken offline.
This is for information purposes only. No action is required.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(573, 'tapeAlertTrap278', '.1.3.6.1.4.1.11.2.3.9.7.1.0.278', '0', 'HP TapeAlert #278: Hba$1:Channel$2:ScsiID$3 Library Has Problems Reading Barcode Labels', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'There is a potential problem with the barcode label or 
the scanner hardware in the library mechanism.
1. No action needs to be taken at this time. 
2. If the problem persists, call the library supplier helpline.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(574, 'tapeAlertTrap279', '.1.3.6.1.4.1.11.2.3.9.7.1.0.279', '0', 'HP TapeAlert #279: Hba$1:Channel$2:ScsiID$3 Library Inventory is Inconsistent', '2', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'The library has detected a inconsistency in its inventory.
1. Redo the library inventory to correct inconsistency.
2. Restart the operation 
Check the applications users manual or the hardware users 
manual for specific instructions on redoing the library inventory.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(575, 'tapeAlertTrap280', '.1.3.6.1.4.1.11.2.3.9.7.1.0.280', '0', 'HP TapeAlert #280: Hba$1:Channel$2:ScsiID$3 Invalid Library Operation Attempted', '1', NULL, 2, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'A library operation has been attempted that is invalid at this time.
Variables:
  1: hbaNumber
  2: hbaChannel
  3: driveScsiID
'),
	(576, 'alertSystemUp', '.1.3.6.1.4.1.674.10892.1.0.1001', '0', 'Server Administrator Startup Complete: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Server Administrator has completed its initialization.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(577, 'alertThermalShutdown', '.1.3.6.1.4.1.674.10892.1.0.1004', '0', 'Server Thermal Shutdown: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Thermal shutdown protection has been initiated.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(578, 'alertTemperatureProbeNormal', '.1.3.6.1.4.1.674.10892.1.0.1052', '0', 'Server Temperature Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Temperature probe has returned to a normal value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(579, 'alertTemperatureProbeWarning', '.1.3.6.1.4.1.674.10892.1.0.1053', '0', 'Server Temperature Warning: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Temperature probe has detected a warning value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(580, 'alertTemperatureProbeFailure', '.1.3.6.1.4.1.674.10892.1.0.1054', '0', 'Server Temperature Failure: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Temperature probe has detected a failure value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(581, 'alertTemperatureProbeNonRecoverable', '.1.3.6.1.4.1.674.10892.1.0.1055', '0', 'Server Temperature Non-recoverable: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Temperature probe has detected a non-recoverable value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(582, 'alertCoolingDeviceNormal', '.1.3.6.1.4.1.674.10892.1.0.1102', '0', 'Server Cooling Device Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Cooling device sensor has returned to a normal value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(583, 'alertCoolingDeviceWarning', '.1.3.6.1.4.1.674.10892.1.0.1103', '0', 'Server Cooling Device Warning: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Cooling device sensor has detected a warning value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(584, 'alertCoolingDeviceFailure', '.1.3.6.1.4.1.674.10892.1.0.1104', '0', 'Server Cooling Device Failure: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Cooling device sensor has detected a failure value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(585, 'alertCoolingDeviceNonRecoverable', '.1.3.6.1.4.1.674.10892.1.0.1105', '0', 'Server Cooling Device Non-recoverable: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Cooling device sensor has detected a non-recoverable value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(586, 'alertVoltageProbeNormal', '.1.3.6.1.4.1.674.10892.1.0.1152', '0', 'Server Voltage Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Voltage probe has returned to a normal value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(587, 'alertVoltageProbeWarning', '.1.3.6.1.4.1.674.10892.1.0.1153', '0', 'Server Voltage Warning: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Voltage probe has detected a warning value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(588, 'alertVoltageProbeFailure', '.1.3.6.1.4.1.674.10892.1.0.1154', '0', 'Server Voltage Failure: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Voltage probe has detected a failure value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(589, 'alertVoltageProbeNonRecoverable', '.1.3.6.1.4.1.674.10892.1.0.1155', '0', 'Server Voltage Non-recoverable: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Voltage probe has detected a non-recoverable value.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(590, 'alertChassisIntrusionNormal', '.1.3.6.1.4.1.674.10892.1.0.1252', '0', 'Server Chassis Intrusion Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Chassis intrusion has returned to normal.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(591, 'alertRedundancyNormal', '.1.3.6.1.4.1.674.10892.1.0.1304', '0', 'Server Redundancy Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Redundancy has returned to normal.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(592, 'alertRedundancyDegraded', '.1.3.6.1.4.1.674.10892.1.0.1305', '0', 'Server Redundancy Degraded: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Redundancy has been degraded.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(593, 'alertRedundancyLost', '.1.3.6.1.4.1.674.10892.1.0.1306', '0', 'Server Redundancy Lost: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Redundancy has been lost.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(594, 'alertPowerSupplyNormal', '.1.3.6.1.4.1.674.10892.1.0.1352', '0', 'Server Power Supply Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Power supply has returned to normal.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(595, 'alertPowerSupplyFailure', '.1.3.6.1.4.1.674.10892.1.0.1354', '0', 'Server Power Supply Failure: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Power supply has failed.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(596, 'alertMemoryDeviceWarning', '.1.3.6.1.4.1.674.10892.1.0.1403', '0', 'Server Memory ECC Count Warning: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Memory device ECC correctable error count crossed a warning threshold.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(597, 'alertMemoryDeviceFailure', '.1.3.6.1.4.1.674.10892.1.0.1404', '0', 'Server Memory ECC Count Failure: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Memory device ECC correctable error count crossed a failure threshold.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(598, 'alertMemoryDeviceNonRecoverable', '.1.3.6.1.4.1.674.10892.1.0.1405', '0', 'Server Memory ECC Count Non-recoverable: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Memory device ECC correctable error count crossed a non-recoverable threshold.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(599, 'alertFanEnclosureInsertion', '.1.3.6.1.4.1.674.10892.1.0.1452', '0', 'Server Fan Enclosure Insertion: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Fan enclosure has been inserted into system.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(600, 'alertFanEnclosureRemoval', '.1.3.6.1.4.1.674.10892.1.0.1453', '0', 'Server Fan Enclosure Removal: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Fan enclosure has been removed from system.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(601, 'alertFanEnclosureExtendedRemoval', '.1.3.6.1.4.1.674.10892.1.0.1454', '0', 'Server Fan Enclosure Extended Removal: $3', '2', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Fan enclosure has been removed from system for an extended amount of time.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(602, 'alertLogNormal', '.1.3.6.1.4.1.674.10892.1.0.1552', '0', 'Server Log Normal: $3', '0', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Log size returned to a normal level.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(603, 'alertLogWarning', '.1.3.6.1.4.1.674.10892.1.0.1553', '0', 'Server Log Warning: $3', '1', NULL, 6, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Log size is near or at capacity.
--Novell NMS trap annotation
Variables:
  1: alertSystem
  2: alertTableIndexOID
  3: alertMessage
  4: alertCurrentStatus
  5: alertPreviousStatus
  6: alertData
'),
	(604, 'ciscoConfigManEvent', '.1.3.6.1.4.1.9.9.43.2.0.1', '0', 'Notification of a configuration management event as $*', '0', NULL, 1, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'Notification of a configuration management event as
recorded in ccmHistoryEventTable.
Variables:
  1: ccmHistoryEventCommandSource
  2: ccmHistoryEventConfigSource
  3: ccmHistoryEventConfigDestination
'),
	(605, 'ccmCLIRunningConfigChanged', '.1.3.6.1.4.1.9.9.43.2.0.2', '0', 'This notification indicates that the running $*', '0', NULL, 1, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This notification indicates that the running
configuration of the managed system has changed
from the CLI.
If the managed system supports a separate 
configuration mode(where the configuration commands 
are entered under a  configuration session which 
affects the running configuration of the system), 
then this notification is sent when the configuration 
mode is exited.
During this configuration session there can be 
one or more running configuration changes.
Variables:
  1: ccmHistoryRunningLastChanged
  2: ccmHistoryEventTerminalType
'),
	(606, 'ccmCTIDRolledOver', '.1.3.6.1.4.1.9.9.43.2.0.3', '0', 'This notification indicates that the Config Change Tracking $*', '0', NULL, 1, '0', NULL, '0', '0', '0', '0', NULL, NULL, '0', '0', '0', NULL, NULL, '0', '0', NULL, NULL, 'This notification indicates that the Config Change Tracking
ID has rolled over and will be reset.
Variables:
');
INSERT INTO centreon.widget_parameters_field_type (field_type_id, ft_typename, is_connector) VALUES
	(1, 'text', 0),
	(2, 'boolean', 0),
	(3, 'hidden', 0),
	(4, 'password', 0),
	(5, 'list', 0),
	(6, 'range', 0),
	(7, 'compare', 0),
	(8, 'sort', 0),
	(9, 'date', 0),
	(10, 'host', 1),
	(11, 'hostTemplate', 1),
	(12, 'serviceTemplate', 1),
	(13, 'hostgroup', 1),
	(14, 'servicegroup', 1),
	(15, 'service', 1),
	(16, 'poller', 1),
	(17, 'hostCategories', 1),
	(18, 'serviceCategories', 1),
	(19, 'metric', 1),
	(20, 'ba', 1),
	(21, 'bv', 1),
	(22, 'hostCategoriesMulti', 1),
	(23, 'hostGroupMulti', 1),
	(24, 'hostMulti', 1),
	(25, 'metricMulti', 1),
	(26, 'serviceCategory', 1),
	(27, 'hostCategory', 1),
	(28, 'serviceMulti', 1),
	(29, 'pollerMulti', 1),
	(30, 'serviceGroupMulti', 1),
	(31, 'hostSeverityMulti', 1),
	(32, 'serviceSeverityMulti', 1),
	(33, 'integer', 0);
