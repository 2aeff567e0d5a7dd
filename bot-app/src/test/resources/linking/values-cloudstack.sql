-- Rows Apache CloudStack 4.15.0.0's database scripts insert on a fresh install (github.com/apache/cloudstack commit
-- 015bb20, read from the fork github.com/joseflauzino/cloudstack whose HEAD is that commit; Apache-2.0): the files
-- cloud-setup-databases applies (setup/db/create-schema.sql, create-schema-premium.sql, server-setup.sql,
-- templates.sql) and the upgrade path 4.0.0 -> 4.15.0.0 (engine/schema/src/main/resources/META-INF/db/schema-*.sql and
-- -cleanup.sql), replayed in a scratch MariaDB 10.11 as for cloudstack.sql and read back, for the 11 tables they fill
-- with at most 300 rows whose foreign keys point only at tables loaded too, whole: the ROOT domain, the Local region,
-- the 8 default roles (Root Admin, Resource Admin, Domain Admin, User and the four read-only/support roles), the 11
-- guest OS categories, 41 hypervisor capability rows (hypervisor type and version with guest, volume and host limits),
-- 4 monitored system-VM services, the 2 default network ACLs (default_deny, default_allow) with their 4 rules, the 4
-- rule CIDRs (0.0.0.0/0) that the Java upgrade step Upgrade430to440.moveCidrsToTheirOwnTable copies into
-- network_acl_item_cidrs (ids 1-4 as AUTO_INCREMENT assigns them), and the two 'lock' rows of ovs_tunnel_interface
-- and ovs_tunnel_network. Values the scripts compute at run time are left NULL (the columns are nullable): the uuid
-- column where the script writes UUID() (domain, roles, guest_os_category, monitoring_services, network_acl,
-- network_acl_item, hypervisor_capabilities rows 16 on; rows 1-15 keep the uuid = id that schema-40to410.sql sets)
-- and network_acl_item.created (now()). Left out: configuration (settings), sequence (id counters) and version (a
-- now() stamp), counter (its NOT NULL created is now()), guest_os (324 rows) and guest_os_hypervisor (6,035) over
-- the limit, vm_template (points at guest_os; its created is now()), role_permissions (848 rows); the rows the
-- management server's Java code adds at first start (system and admin accounts and users, service, disk and network
-- offerings) are not script rows. Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO cloudstack.domain (id, parent, name, uuid, owner, path, level, child_count, next_child_seq, removed, state, network_domain, type) VALUES
	(1, NULL, 'ROOT', NULL, 2, '/', 0, 0, 1, NULL, 'Active', NULL, 'Normal');
INSERT INTO cloudstack.region (id, name, end_point, portableip_service_enabled, gslb_service_enabled) VALUES
	(1, 'Local', 'http://localhost:8080/client/', 0, 1);
INSERT INTO cloudstack.roles (id, uuid, name, role_type, removed, description, is_default) VALUES
	(1, NULL, 'Root Admin', 'Admin', NULL, 'Default root admin role', 1),
	(2, NULL, 'Resource Admin', 'ResourceAdmin', NULL, 'Default resource admin role', 1),
	(3, NULL, 'Domain Admin', 'DomainAdmin', NULL, 'Default domain admin role', 1),
	(4, NULL, 'User', 'User', NULL, 'Default user role', 1),
	(5, NULL, 'Read-Only Admin - Default', 'Admin', NULL, 'Default read-only admin role', 1),
	(6, NULL, 'Read-Only User - Default', 'User', NULL, 'Default read-only user role', 1),
	(7, NULL, 'Support Admin - Default', 'Admin', NULL, 'Default support admin role', 1),
	(8, NULL, 'Support User - Default', 'User', NULL, 'Default support user role', 1);
INSERT INTO cloudstack.guest_os_category (id, name, uuid) VALUES
	(1, 'CentOS', NULL),
	(2, 'Debian', NULL),
	(3, 'Oracle', NULL),
	(4, 'RedHat', NULL),
	(5, 'SUSE', NULL),
	(6, 'Windows', NULL),
	(7, 'Other', NULL),
	(8, 'Novel', NULL),
	(9, 'Unix', NULL),
	(10, 'Ubuntu', NULL),
	(11, 'None', NULL);
INSERT INTO cloudstack.hypervisor_capabilities (id, uuid, hypervisor_type, hypervisor_version, max_guests_limit, security_group_enabled, max_data_volumes_limit, max_hosts_per_cluster, storage_motion_supported, vm_snapshot_enabled) VALUES
	(1, '1', 'XenServer', 'default', 50, 1, 6, NULL, 0, 1),
	(2, '2', 'XenServer', 'XCP 1.0', 50, 1, 6, NULL, 0, 1),
	(3, '3', 'XenServer', '5.6', 50, 1, 6, NULL, 0, 1),
	(4, '4', 'XenServer', '5.6 FP1', 50, 1, 6, NULL, 0, 1),
	(5, '5', 'XenServer', '5.6 SP2', 50, 1, 6, NULL, 0, 1),
	(6, '6', 'XenServer', '6.0', 50, 1, 13, NULL, 0, 1),
	(7, '7', 'XenServer', '6.0.2', 50, 1, 13, NULL, 0, 1),
	(8, '8', 'VMware', 'default', 128, 0, 13, 32, 0, 1),
	(9, '9', 'VMware', '4.0', 128, 0, 13, 32, 0, 1),
	(10, '10', 'VMware', '4.1', 128, 0, 13, 32, 0, 1),
	(11, '11', 'VMware', '5.0', 128, 0, 13, 32, 1, 1),
	(12, '12', 'VMware', '5.1', 128, 0, 13, 32, 1, 1),
	(13, '13', 'KVM', 'default', 50, 1, 32, NULL, 1, 1),
	(14, '14', 'Ovm', 'default', 25, 1, 6, NULL, 0, 0),
	(15, '15', 'Ovm', '2.3', 25, 1, 6, NULL, 0, 0),
	(16, NULL, 'XenServer', '6.1.0', 150, 1, 13, NULL, 1, 1),
	(17, NULL, 'XenServer', '6.2.0', 500, 1, 13, NULL, 1, 1),
	(19, NULL, 'LXC', 'default', 50, 1, 6, NULL, 0, 0),
	(20, NULL, 'Hyperv', '6.2', 1024, 0, 64, NULL, 1, 0),
	(21, NULL, 'VMware', '5.5', 128, 0, 13, 32, 1, 1),
	(22, NULL, 'XenServer', '6.5.0', 500, 1, 13, NULL, 1, 0),
	(23, NULL, 'Ovm3', '3.2', 25, 0, 6, NULL, 0, 0),
	(24, NULL, 'Ovm3', '3.3', 50, 0, 6, NULL, 0, 0),
	(25, NULL, 'VMware', '6.0', 1024, 0, 59, 64, 1, 1),
	(26, NULL, 'XenServer', '7.0.0', 500, 1, 13, NULL, 1, 0),
	(27, NULL, 'VMware', '6.5', 1024, 0, 59, 64, 1, 1),
	(28, NULL, 'XenServer', '7.1.0', 500, 1, 13, NULL, 1, 0),
	(29, NULL, 'XenServer', '7.2.0', 500, 1, 13, NULL, 1, 0),
	(30, NULL, 'XenServer', '7.3.0', 500, 1, 13, NULL, 1, 0),
	(31, NULL, 'XenServer', '7.4.0', 500, 1, 13, NULL, 1, 0),
	(32, NULL, 'XenServer', 'XCP-ng 7.4.0', 500, 1, 13, NULL, 1, 0),
	(33, NULL, 'XenServer', '7.5.0', 500, 1, 13, NULL, 1, 0),
	(34, NULL, 'XenServer', '7.6.0', 1000, 1, 253, 64, 1, 0),
	(35, NULL, 'XenServer', '8.0.0', 1000, 1, 253, 64, 1, 0),
	(36, NULL, 'XenServer', '7.1.1', 1000, 1, 253, 64, 1, 0),
	(37, NULL, 'XenServer', '7.1.2', 1000, 1, 253, 64, 1, 0),
	(38, NULL, 'VMware', '6.7', 1024, 0, 59, 64, 1, 1),
	(39, NULL, 'VMware', '6.7.1', 1024, 0, 59, 64, 1, 1),
	(40, NULL, 'VMware', '6.7.2', 1024, 0, 59, 64, 1, 1),
	(41, NULL, 'VMware', '6.7.3', 1024, 0, 59, 64, 1, 1),
	(42, NULL, 'XenServer', '8.1.0', 1000, 1, 253, 64, 1, 0);
INSERT INTO cloudstack.monitoring_services (id, uuid, service, process_name, service_name, service_path, pidfile, isdefault) VALUES
	(1, NULL, 'ssh', 'sshd', 'ssh', '/etc/init.d/ssh', '/var/run/sshd.pid', 1),
	(2, NULL, 'dhcp', 'dnsmasq', 'dnsmasq', '/etc/init.d/dnsmasq', '/var/run/dnsmasq/dnsmasq.pid', 0),
	(3, NULL, 'loadbalancing', 'haproxy', 'haproxy', '/etc/init.d/haproxy', '/var/run/haproxy.pid', 0),
	(4, NULL, 'webserver', 'apache2', 'apache2', '/etc/init.d/apache2', '/var/run/apache2/apache2.pid', 1);
INSERT INTO cloudstack.network_acl (id, name, uuid, vpc_id, description, display) VALUES
	(1, 'default_deny', NULL, 0, 'Default Network ACL Deny All', 1),
	(2, 'default_allow', NULL, 0, 'Default Network ACL Allow All', 1);
INSERT INTO cloudstack.network_acl_item (id, uuid, acl_id, start_port, end_port, state, protocol, created, icmp_code, icmp_type, traffic_type, number, action, display, reason) VALUES
	(1, NULL, 1, NULL, NULL, 'Active', 'all', NULL, NULL, NULL, 'Ingress', 1, 'Deny', 1, NULL),
	(2, NULL, 1, NULL, NULL, 'Active', 'all', NULL, NULL, NULL, 'Egress', 2, 'Deny', 1, NULL),
	(3, NULL, 2, NULL, NULL, 'Active', 'all', NULL, NULL, NULL, 'Ingress', 1, 'Allow', 1, NULL),
	(4, NULL, 2, NULL, NULL, 'Active', 'all', NULL, NULL, NULL, 'Egress', 2, 'Allow', 1, NULL);
INSERT INTO cloudstack.ovs_tunnel_interface (id, ip, netmask, mac, host_id, label) VALUES
	(1, '0', '0', '0', 0, 'lock');
INSERT INTO cloudstack.ovs_tunnel_network (id, "from", "to", network_id, key, port_name, state) VALUES
	(1, 0, 0, 0, 0, 'lock', 'SUCCESS');
INSERT INTO cloudstack.network_acl_item_cidrs (id, network_acl_item_id, cidr) VALUES
	(1, 1, '0.0.0.0/0'),
	(2, 2, '0.0.0.0/0'),
	(3, 3, '0.0.0.0/0'),
	(4, 4, '0.0.0.0/0');
