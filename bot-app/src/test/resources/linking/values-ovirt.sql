-- Rows oVirt Engine's database scripts insert on a fresh install (packaging/dbscripts of github.com/oVirt/ovirt-engine,
-- commit 0111fc6, Apache-2.0): the data/*_insert_*.sql files schema.sh runs after create_tables.sql, and the upgrade
-- scripts up to 04_05_0330 that change or add to them, read back from a scratch PostgreSQL 15 in which the project's
-- own schema.sh had applied them ("-c apply"). Kept, whole: roles (the 37 built-in roles, SuperUser, ClusterAdmin,
-- UserVmManager...; data/00500), event_map (40 pairs of an event and the event that clears it; data/01500 and
-- upgrade/04_01_0140), cluster_features (3 Gluster features), gluster_service_types (3), gluster_services (7),
-- gluster_config_master (12 geo-replication options with their descriptions), mac_pools (the Default MAC pool) and
-- images (the Blank template's placeholder image; timestamps written in UTC). 8 tables, 104 rows. Left out:
-- storage_pool and cluster (the default data center and cluster, whose ids dbfunc-custom.sh replaces with
-- uuid_generate_v1() at install) and so the tables pointing at them (network, network_cluster, vnic_profiles,
-- cpu_profiles, quota and quota_limitation (uuid_generate_v1() and now() as well), vm_ovf_generations); vm_static
-- (the Blank template and 5 instance types: its foreign keys point at cluster, cpu_profiles, quota, vm_icons,
-- storage_domain_static and providers, which get no rows here, though these rows leave them NULL) and vm_device
-- (points at vm_static; some device ids are uuid_generate_v1()); network_filter (17 of its 18 ids are
-- uuid_generate_v1()); vm_icons (ids md5(random()), data base64 images); permissions (the default MAC pool's row is
-- stamped with the install time); ad_groups (only the built-in Everyone group, an account); roles_groups (488 rows)
-- and schema_version (406 rows, now()) over the limit; vdc_options (794 settings), dwh_history_timekeeping and
-- sso_scope_dependency (key-value settings) and object_column_white_list (the column white list the post-upgrade
-- script builds from information_schema: configuration). Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO ovirt.cluster_features (feature_id, feature_name, version, category, description) VALUES
	('00000017-0017-0017-0017-000000000066', 'GLUSTER_GEO_REPLICATION', '3.5', 2, 'Gluster Geo-Replication'),
	('00000018-0018-0018-0018-000000000093', 'GLUSTER_SNAPSHOT', '3.5', 2, 'Gluster Volume Snapshot Management'),
	('00000019-0019-0019-0019-000000000300', 'GLUSTER_BRICK_MANAGEMENT', '3.5', 2, 'Gluster Brick Provisioning');
INSERT INTO ovirt.event_map (event_up_name, event_down_name) VALUES
	('VDC_STOP', 'VDC_START'),
	('USER_VDS_MAINTENANCE', 'VDS_ACTIVATE'),
	('USER_VDS_MAINTENANCE_MIGRATION_FAILED', 'USER_VDS_MAINTENANCE'),
	('VDS_ACTIVATE_FAILED', 'VDS_ACTIVATE'),
	('VDS_RECOVER_FAILED', 'VDS_RECOVER'),
	('VDS_SLOW_STORAGE_RESPONSE_TIME', 'VDS_ACTIVATE'),
	('VDS_APPROVE_FAILED', 'VDS_APPROVE'),
	('VDS_INSTALL_FAILED', 'VDS_INSTALL'),
	('VM_MIGRATION_START', 'VM_MIGRATION_DONE'),
	('DWH_STOPPED', 'DWH_STARTED'),
	('GLUSTER_VOLUME_START_FAILED', 'GLUSTER_VOLUME_START'),
	('GLUSTER_VOLUME_STOP', 'GLUSTER_VOLUME_START'),
	('GLUSTER_VOLUME_STOP_FAILED', 'GLUSTER_VOLUME_STOP'),
	('GLUSTER_VOLUME_OPTION_SET_FAILED', 'GLUSTER_VOLUME_OPTION_SET'),
	('GLUSTER_VOLUME_OPTIONS_RESET_FAILED', 'GLUSTER_VOLUME_OPTIONS_RESET'),
	('GLUSTER_VOLUME_DELETE_FAILED', 'GLUSTER_VOLUME_DELETE'),
	('GLUSTER_VOLUME_REBALANCE_START_FAILED', 'GLUSTER_VOLUME_REBALANCE_START'),
	('GLUSTER_VOLUME_REMOVE_BRICKS_FAILED', 'GLUSTER_VOLUME_REMOVE_BRICKS'),
	('GLUSTER_VOLUME_REPLACE_BRICK_START_FAILED', 'GLUSTER_VOLUME_REPLACE_BRICK_START'),
	('GLUSTER_VOLUME_ADD_BRICK_FAILED', 'GLUSTER_VOLUME_ADD_BRICK'),
	('GLUSTER_HOOK_ENABLE', 'GLUSTER_HOOK_ENABLE_FAILED'),
	('GLUSTER_HOOK_DISABLE', 'GLUSTER_HOOK_DISABLE_FAILED'),
	('GLUSTER_HOOK_ADDED', 'GLUSTER_HOOK_ADD_FAILED'),
	('GLUSTER_HOOK_REMOVED', 'GLUSTER_HOOK_REMOVE_FAILED'),
	('GLUSTER_SERVICE_STARTED', 'GLUSTER_SERVICE_START_FAILED'),
	('GLUSTER_SERVICE_STOPPED', 'GLUSTER_SERVICE_STOP_FAILED'),
	('GLUSTER_SERVICE_RESTARTED', 'GLUSTER_SERVICE_RESTART_FAILED'),
	('GLUSTER_SERVER_REMOVE', 'GLUSTER_SERVER_REMOVE_FAILED'),
	('GLUSTER_VOLUME_PROFILE_START', 'GLUSTER_VOLUME_PROFILE_START_FAILED'),
	('GLUSTER_VOLUME_PROFILE_STOP', 'GLUSTER_VOLUME_PROFILE_STOP_FAILED'),
	('GLUSTER_VOLUME_REBALANCE_STOP_FAILED', 'GLUSTER_VOLUME_REBALANCE_STOP'),
	('START_REMOVING_GLUSTER_VOLUME_BRICKS_FAILED', 'START_REMOVING_GLUSTER_VOLUME_BRICKS'),
	('VDS_SET_NONOPERATIONAL_DOMAIN', 'VDS_DETECTED'),
	('VDS_SET_NONOPERATIONAL', 'VDS_DETECTED'),
	('VDS_SET_NONOPERATIONAL_IFACE_DOWN', 'VDS_DETECTED'),
	('USER_VDS_MAINTENANCE_MANUAL_HA', 'VDS_ACTIVATE'),
	('VDS_FAILURE', 'VDS_DETECTED'),
	('HOST_INTERFACE_STATE_DOWN', 'HOST_INTERFACE_STATE_UP'),
	('HOST_BOND_SLAVE_STATE_DOWN', 'HOST_BOND_SLAVE_STATE_UP'),
	('MAC_ADDRESS_IS_EXTERNAL', 'UNASSIGNED');
INSERT INTO ovirt.gluster_config_master (config_key, config_description, minimum_supported_cluster, config_possible_values, config_feature) VALUES
	('gluster_log_file', 'The path to the geo-replication glusterfs log file.', '3.5', '', 'geo_replication'),
	('gluster-log-level', 'The log level for glusterfs processes.', '3.5', '', 'geo_replication'),
	('log_file', 'The path to the geo-replication log file.', '3.5', '', 'geo_replication'),
	('log-level', 'The log level for geo-replication.', '3.5', '', 'geo_replication'),
	('ssh_command', 'The SSH command to connect to the remote machine', '3.5', '', 'geo_replication'),
	('rsync-command', 'The rsync command to use for synchronizing the files', '3.5', '', 'geo_replication'),
	('use-tarssh', 'The use-tarssh command allows tar over Secure Shell protocol. Use this option to handle workloads of files that have not undergone edits.', '3.5', '', 'geo_replication'),
	('timeout', 'The timeout period in seconds.', '3.5', '', 'geo_replication'),
	('sync-jobs', 'The number of simultaneous files/directories that can be synchronized.', '3.5', '', 'geo_replication'),
	('ignore_deletes', 'If this option is set to 1, a file deleted on the master will not trigger a delete operation on the slave. As a result, the slave will remain as a superset of the master and can be used to recover the master in the event of a crash and/or accidental delete.', '3.5', 'true;false', 'geo_replication'),
	('checkpoint', 'Sets a checkpoint with the given option LABEL. If the option is set as now, then the current time will be used as the label.', '3.5', '', 'geo_replication'),
	('use_meta_volume', 'Meta volume for the geo-replication session', '3.5', 'false;true', 'geo_replication');
INSERT INTO ovirt.gluster_service_types (service_type) VALUES
	('GLUSTER'),
	('GLUSTER_SWIFT'),
	('SMB');
INSERT INTO ovirt.gluster_services (id, service_type, service_name) VALUES
	('00000003-0003-0003-0003-00000000004f', 'GLUSTER', 'glusterd'),
	('00000004-0004-0004-0004-00000000013e', 'GLUSTER_SWIFT', 'gluster-swift-proxy'),
	('00000005-0005-0005-0005-000000000180', 'GLUSTER_SWIFT', 'gluster-swift-container'),
	('00000006-0006-0006-0006-00000000017d', 'GLUSTER_SWIFT', 'gluster-swift-object'),
	('00000007-0007-0007-0007-000000000332', 'GLUSTER_SWIFT', 'gluster-swift-account'),
	('00000008-0008-0008-0008-0000000001b6', 'GLUSTER_SWIFT', 'memcached'),
	('00000009-0009-0009-0009-0000000002a2', 'SMB', 'smb');
INSERT INTO ovirt.images (image_guid, creation_date, size, it_guid, parentid, imagestatus, lastmodified, vm_snapshot_id, volume_type, volume_format, image_group_id, _create_date, _update_date, active, volume_classification, qcow_compat, sequence_number) VALUES
	('00000000-0000-0000-0000-000000000000', '2008-03-31 21:00:00+00', 85899345920, '00000000-0000-0000-0000-000000000000', NULL, 0, '2008-03-31 21:00:00+00', NULL, 2, 4, NULL, '2019-11-04 08:42:42.203814+00', NULL, true, 0, 1, 0);
INSERT INTO ovirt.mac_pools (id, name, description, allow_duplicate_mac_addresses, default_pool) VALUES
	('58ca604b-017d-0374-0220-00000000014e', 'Default', 'Default MAC pool', false, true);
INSERT INTO ovirt.roles (id, name, description, is_readonly, role_type, allows_viewing_children, app_mode) VALUES
	('00000000-0000-0000-0000-000000000001', 'SuperUser', 'Roles management administrator', true, 1, true, 255),
	('00000000-0000-0000-0001-000000000001', 'UserRole', 'Standard User Role', true, 2, true, 1),
	('00000000-0000-0000-0001-000000000002', 'PowerUserRole', 'User Role, allowed to create VMs, Templates and Disks', true, 2, false, 1),
	('def00001-0000-0000-0000-def000000001', 'ClusterAdmin', 'Administrator Role, permission for all the objects underneath a specific Cluster', true, 1, true, 255),
	('def00002-0000-0000-0000-def000000002', 'DataCenterAdmin', 'Administrator Role, permission for all the objects underneath a specific Data Center, except Storage', true, 1, true, 1),
	('def00003-0000-0000-0000-def000000003', 'StorageAdmin', 'Administrator Role, permission for all operations on a specific Storage Domain', true, 1, true, 1),
	('def00004-0000-0000-0000-def000000004', 'HostAdmin', 'Administrator Role, permission for all operations on a specific Host', true, 1, true, 255),
	('def00005-0000-0000-0000-def000000005', 'NetworkAdmin', 'Administrator Role, permission for all operations on a specific Logical Network', true, 1, true, 255),
	('def00006-0000-0000-0000-def000000006', 'UserVmManager', 'User Role, with permission for any operation on Vms', true, 2, true, 1),
	('def00007-0000-0000-0000-def000000007', 'VmPoolAdmin', 'Administrator Role, permission for all operations on a specific VM Pool', true, 1, true, 1),
	('def00008-0000-0000-0000-def000000008', 'TemplateAdmin', 'Administrator Role, permission for all operations on a specific Template', true, 1, true, 1),
	('def0000a-0000-0000-0000-def00000000a', 'QuotaConsumer', 'User Role, permissions to consume the Quota resources', true, 2, false, 1),
	('def0000a-0000-0000-0000-def00000000b', 'DiskOperator', 'User Role, permissions for all operations on a specific disk', true, 2, true, 1),
	('def0000a-0000-0000-0000-def00000000c', 'DiskCreator', 'User Role, permission to create Disks', true, 2, false, 1),
	('def0000b-0000-0000-0000-def00000000b', 'GlusterAdmin', 'Administrator Role, permissions for operations on Gluster objects', true, 1, true, 2),
	('def0000a-0000-0000-0000-def00000000d', 'VmCreator', 'User Role, permission to create VMs', true, 2, false, 1),
	('def0000a-0000-0000-0000-def00000000e', 'TemplateCreator', 'User Role, permission to create Templates', true, 2, false, 1),
	('def0000a-0000-0000-0000-def00000000f', 'TemplateOwner', 'User Role, permissions for all operations on Templates', true, 2, true, 1),
	('def0000c-0000-0000-0000-def000000000', 'ExternalEventsCreator', 'External Events Creator', true, 2, false, 255),
	('def0000d-0000-0000-0000-def000000000', 'ExternalTasksCreator', 'External Tasks Creator', true, 2, false, 255),
	('def00009-0000-0000-0000-def000000009', 'UserTemplateBasedVm', 'Template User', true, 2, false, 1),
	('def00011-0000-0000-0000-def000000011', 'InstanceCreator', 'User Role, permission to create Instances', true, 2, false, 1),
	('def00012-0000-0000-0000-def000000012', 'UserInstanceManager', 'User Role, with permission for any operation on Instances', true, 2, false, 1),
	('def0000c-0000-0000-0000-def00000000c', 'ReadOnlyAdmin', 'Read Only Administrator Role', true, 1, true, 1),
	('def00011-0000-0000-0000-def000000013', 'TagManager', 'Tag Manager', true, 1, false, 255),
	('def00011-0000-0000-0000-def000000014', 'BookmarkManager', 'Bookmark Manager', true, 1, false, 255),
	('def00011-0000-0000-0000-def000000015', 'EventNotificationManager', 'Event Notification Manager', true, 1, false, 255),
	('def00011-0000-0000-0000-def000000016', 'AuditLogManager', 'Audit Log Manager', true, 1, false, 255),
	('def00013-0000-0000-0000-def000000013', 'MacPoolAdmin', 'MAC Pool Administrator Role, permission for manipulation with MAC pools', true, 1, true, 1),
	('def00020-0000-0000-0000-abc000000010', 'DiskProfileUser', 'Disk Profile User', true, 2, false, 1),
	('def00006-0000-0000-0000-def000000011', 'UserVmRunTimeManager', 'User Role, with permissions for any operations on VMs except snapshot manipulation', true, 2, false, 1),
	('def00021-0000-0000-0000-def000000015', 'UserProfileEditor', 'Role that allow users to edit the UserProfile', true, 2, false, 255),
	('def00030-0000-0000-0000-def000000011', 'VmImporterExporter', 'Administrator Role, with permission to import or export Vms', true, 1, true, 1),
	('def00017-0000-0000-0000-def000000017', 'CpuProfileOperator', 'Cpu Profile Operation', true, 2, false, 1),
	('def00016-0000-0000-0000-def000000016', 'CpuProfileCreator', 'Cpu Profile Creation/Deletion/Updating and Operation', true, 1, false, 1),
	('def0000a-0000-0000-0000-def000000010', 'VnicProfileUser', 'VM Network Interface Profile User', true, 2, true, 1),
	('def00014-0000-0000-0000-def000000014', 'MacPoolUser', 'MAC Pool User Role, permission allowing using MAC pools', true, 2, true, 1);
