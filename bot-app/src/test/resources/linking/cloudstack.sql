-- Apache CloudStack, the IaaS cloud orchestration platform: the management server's `cloud` database (zones (data
-- centers), pods, clusters, hosts with their details, tags, GPU groups and capacity, management servers, primary
-- storage pools and their hosts/tags, secondary image stores and the template/volume/snapshot store refs, virtual
-- machines (vm_instance, user VMs, system VMs, virtual routers, console proxies, secondary storage VMs) with their
-- details, NICs, secondary IPs, VM snapshots, affinity groups, instance groups and reservations, templates and ISOs
-- with guest OS types, categories and hypervisor mappings, volumes, snapshots, snapshot policies and schedules,
-- backups and backup offerings, service, disk, network and VPC offerings, guest networks, physical networks, traffic
-- types and service providers, VLANs and public IP ranges, public IP addresses, firewall, port-forwarding, load
-- balancing (stickiness and health-check policies, certificates, global LB) and network ACL rules, security groups,
-- VPCs with gateways and static routes, site-to-site and remote-access VPN, external network devices (NetScaler, F5,
-- Nicira NVP, Brocade, Cisco, BigSwitch, OpenDaylight, baremetal), domains, accounts, users, projects and project
-- invitations, roles and role/project permissions, resource limits and counts, resource tags, annotations, events,
-- alerts, async jobs and sync queues, usage events, network/disk statistics, autoscale policies and VM groups,
-- Kubernetes clusters and supported versions, LDAP configuration, SSL certificates, SSH keypairs, dedicated
-- resources, HA and out-of-band management, regions and global configuration), as a fresh install of CloudStack
-- 4.15.0.0 creates it: from github.com/apache/cloudstack at commit 015bb20 (main line, 2021-01-05, the merge of
-- branch 4.15 into 4.16.0.0-SNAPSHOT), read from the fork github.com/joseflauzino/cloudstack whose HEAD is that commit
-- (the upstream repository is over this machine's fetch limit); Apache-2.0; we use the schema's facts. Conversion:
-- setup/db/create-schema.sql, create-schema-premium.sql, server-setup.sql and templates.sql (the files
-- cloud-setup-databases applies, version 4.0.0), then the upgrade path DatabaseUpgradeChecker runs from 4.0.0 to
-- 4.15.0.0 (every engine/schema/src/main/resources/META-INF/db/schema-<from>to<to>.sql and -cleanup.sql on that
-- path, 40to410 ... 41400to41500, split into statements the way CloudStack's ScriptRunner does, plus the few
-- ALTER TABLE statements the Java upgrade steps 410to420, 430to440, 452to460 and 481to490 run, e.g. account.role_id),
-- were loaded into a scratch MariaDB 10.11 and regenerated from its information_schema by a one-off script: all 270
-- base tables of the `cloud` database, their primary keys (op_user_stats_log has none), the 374 foreign keys
-- the source declares (five of them reference the unique columns mshost.msid and nics.uuid, so those two UNIQUE
-- constraints are kept), and the 1,284 table/column comments, schema cloudstack. MySQL types mapped: int -> integer,
-- bigint -> bigint, tinyint/smallint -> smallint (smallint unsigned -> integer), datetime/timestamp -> timestamp,
-- char/varchar kept, text/mediumtext -> text, blob -> bytea; reserved words (user, default, interval, ...) quoted.
-- Left out: the usage server's separate cloud_usage database, the 28 views (user_vm_view, host_view, ...), stored
-- procedures, defaults, AUTO_INCREMENT, other unique keys and indexes, and all rows (configuration, guest OS list,
-- roles, templates, ...). No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cloudstack;
CREATE TABLE cloudstack.account (
    id bigint NOT NULL,
    account_name character varying(100),
    uuid character varying(40),
    type integer NOT NULL,
    role_id bigint,
    domain_id bigint,
    state character varying(10) NOT NULL,
    removed timestamp without time zone,
    cleanup_needed smallint NOT NULL,
    network_domain character varying(255),
    default_zone_id bigint,
    "default" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.account_details (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.account_network_ref (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    network_id bigint NOT NULL,
    is_owner smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.account_vlan_map (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    vlan_db_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.account_vnet_map (
    id bigint NOT NULL,
    uuid character varying(255),
    vnet_range character varying(255) NOT NULL,
    account_id bigint NOT NULL,
    physical_network_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.affinity_group (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    uuid character varying(40),
    description character varying(4096),
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    acl_type character varying(15) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.affinity_group_domain_map (
    id bigint NOT NULL,
    domain_id bigint NOT NULL,
    affinity_group_id bigint NOT NULL,
    subdomain_access integer,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.affinity_group_vm_map (
    id bigint NOT NULL,
    affinity_group_id bigint NOT NULL,
    instance_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.alert (
    id bigint NOT NULL,
    uuid character varying(40),
    type integer NOT NULL,
    cluster_id bigint,
    pod_id bigint,
    data_center_id bigint NOT NULL,
    subject character varying(999),
    sent_count integer NOT NULL,
    created timestamp without time zone,
    last_sent timestamp without time zone,
    resolved timestamp without time zone,
    archived smallint NOT NULL,
    name character varying(255),
    content character varying(5000),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.annotations (
    id bigint NOT NULL,
    uuid character varying(40),
    annotation text,
    entity_uuid character varying(40),
    entity_type character varying(32),
    user_uuid character varying(40),
    created timestamp without time zone,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.async_job (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    account_id bigint NOT NULL,
    instance_type character varying(64),
    instance_id bigint,
    job_cmd character varying(255),
    job_cmd_info text,
    job_cmd_ver integer,
    job_status integer,
    job_process_status integer,
    job_result_code integer,
    job_result text,
    job_init_msid bigint,
    job_complete_msid bigint,
    created timestamp without time zone,
    last_updated timestamp without time zone,
    last_polled timestamp without time zone,
    removed timestamp without time zone,
    uuid character varying(40),
    related character(40) NOT NULL,
    job_type character varying(32),
    job_dispatcher character varying(64),
    job_executing_msid bigint,
    job_pending_signals integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.async_job_join_map (
    id bigint NOT NULL,
    job_id bigint NOT NULL,
    join_job_id bigint NOT NULL,
    join_status integer NOT NULL,
    join_result character varying(1024),
    join_msid bigint,
    complete_msid bigint,
    sync_source_id bigint,
    wakeup_handler character varying(64),
    wakeup_dispatcher character varying(64),
    wakeup_interval bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    next_wakeup timestamp without time zone,
    expiration timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.async_job_journal (
    id bigint NOT NULL,
    job_id bigint NOT NULL,
    journal_type character varying(32),
    journal_text character varying(1024),
    journal_obj character varying(1024),
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.autoscale_policies (
    id bigint NOT NULL,
    uuid character varying(40),
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    duration integer NOT NULL,
    quiet_time integer NOT NULL,
    last_quiet_time timestamp without time zone,
    action character varying(15),
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.autoscale_policy_condition_map (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    condition_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.autoscale_vmgroups (
    id bigint NOT NULL,
    uuid character varying(40),
    zone_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    load_balancer_id bigint NOT NULL,
    min_members integer,
    max_members integer NOT NULL,
    member_port integer NOT NULL,
    "interval" integer NOT NULL,
    profile_id bigint NOT NULL,
    state character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    display smallint NOT NULL,
    last_interval timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.autoscale_vmgroup_details (
    id bigint NOT NULL,
    autoscale_vmgroup_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.autoscale_vmgroup_policy_map (
    id bigint NOT NULL,
    vmgroup_id bigint NOT NULL,
    policy_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.autoscale_vmgroup_vm_map (
    id bigint NOT NULL,
    vmgroup_id bigint NOT NULL,
    instance_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.autoscale_vmprofiles (
    id bigint NOT NULL,
    uuid character varying(40),
    zone_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    autoscale_user_id bigint NOT NULL,
    service_offering_id bigint NOT NULL,
    template_id bigint NOT NULL,
    other_deploy_params character varying(1024),
    destroy_vm_grace_period integer,
    counter_params character varying(1024),
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.autoscale_vmprofile_details (
    id bigint NOT NULL,
    autoscale_vmprofile_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.backups (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    vm_id bigint NOT NULL,
    external_id character varying(255),
    type character varying(255) NOT NULL,
    date character varying(255) NOT NULL,
    size bigint,
    protected_size bigint,
    status character varying(32),
    backup_offering_id bigint NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    zone_id bigint NOT NULL,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.backup_offering (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    external_id character varying(255),
    user_driven_backup smallint NOT NULL,
    zone_id bigint NOT NULL,
    provider character varying(255) NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.backup_schedule (
    id bigint NOT NULL,
    vm_id bigint NOT NULL,
    schedule_type integer,
    schedule character varying(100),
    timezone character varying(100),
    scheduled_timestamp timestamp without time zone,
    async_job_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.baremetal_dhcp_devices (
    id bigint NOT NULL,
    uuid character varying(40),
    nsp_id bigint,
    pod_id bigint,
    device_type character varying(255),
    physical_network_id bigint,
    host_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.baremetal_pxe_devices (
    id bigint NOT NULL,
    uuid character varying(40),
    nsp_id bigint,
    pod_id bigint,
    device_type character varying(255),
    physical_network_id bigint,
    host_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.baremetal_rct (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    url character varying(2048) NOT NULL,
    rct text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.brocade_network_vlan_map (
    id bigint NOT NULL,
    network_id bigint NOT NULL,
    vlan_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.cluster (
    id bigint NOT NULL,
    name character varying(255),
    uuid character varying(40),
    guid character varying(255),
    pod_id bigint NOT NULL,
    data_center_id bigint NOT NULL,
    hypervisor_type character varying(32),
    cluster_type character varying(64),
    allocation_state character varying(32) NOT NULL,
    managed_state character varying(32) NOT NULL,
    removed timestamp without time zone,
    owner character varying(255),
    created timestamp without time zone,
    lastupdated timestamp without time zone,
    engine_state character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.cluster_details (
    id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.cluster_vsm_map (
    cluster_id bigint NOT NULL,
    vsm_id bigint NOT NULL,
    PRIMARY KEY (cluster_id)
);
CREATE TABLE cloudstack.cmd_exec_log (
    id bigint NOT NULL,
    host_id bigint NOT NULL,
    instance_id bigint NOT NULL,
    command_name character varying(255) NOT NULL,
    weight integer NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.conditions (
    id bigint NOT NULL,
    uuid character varying(40),
    counter_id bigint NOT NULL,
    threshold bigint NOT NULL,
    relational_operator character(2),
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    removed timestamp without time zone,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.configuration (
    category character varying(255) NOT NULL,
    instance character varying(255) NOT NULL,
    component character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(8191),
    description character varying(1024),
    default_value character varying(8191),
    updated timestamp without time zone,
    scope character varying(255),
    is_dynamic smallint NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE cloudstack.console_proxy (
    id bigint NOT NULL,
    public_mac_address character varying(17),
    public_ip_address character(40),
    public_netmask character varying(15),
    active_session integer NOT NULL,
    last_update timestamp without time zone,
    session_details bytea,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.counter (
    id bigint NOT NULL,
    uuid character varying(40),
    source character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    removed timestamp without time zone,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.crl (
    id bigint NOT NULL,
    serial character varying(255) NOT NULL,
    cn character varying(255),
    revoker_uuid character varying(40),
    revoked timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.data_center (
    id bigint NOT NULL,
    name character varying(255),
    uuid character varying(40),
    description character varying(255),
    dns1 character varying(255) NOT NULL,
    dns2 character varying(255),
    internal_dns1 character varying(255) NOT NULL,
    internal_dns2 character varying(255),
    gateway character varying(15),
    netmask character varying(15),
    router_mac_address character varying(17) NOT NULL,
    mac_address bigint NOT NULL,
    guest_network_cidr character varying(18),
    domain character varying(100),
    domain_id bigint,
    networktype character varying(255) NOT NULL,
    dns_provider character(64),
    gateway_provider character(64),
    firewall_provider character(64),
    dhcp_provider character(64),
    lb_provider character(64),
    vpn_provider character(64),
    userdata_provider character(64),
    allocation_state character varying(32) NOT NULL,
    zone_token character varying(255),
    is_security_group_enabled smallint NOT NULL,
    is_local_storage_enabled smallint NOT NULL,
    removed timestamp without time zone,
    owner character varying(255),
    created timestamp without time zone,
    lastupdated timestamp without time zone,
    engine_state character varying(32) NOT NULL,
    ip6_dns1 character varying(255),
    ip6_dns2 character varying(255),
    sort_key integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.data_center_details (
    id bigint NOT NULL,
    dc_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024),
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.dc_storage_network_ip_range (
    id bigint NOT NULL,
    uuid character varying(40),
    start_ip character(40) NOT NULL,
    end_ip character(40) NOT NULL,
    gateway character varying(15) NOT NULL,
    vlan integer,
    netmask character varying(15) NOT NULL,
    data_center_id bigint NOT NULL,
    pod_id bigint NOT NULL,
    network_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.dedicated_resources (
    id bigint NOT NULL,
    uuid character varying(40),
    data_center_id bigint,
    pod_id bigint,
    cluster_id bigint,
    host_id bigint,
    domain_id bigint,
    account_id bigint,
    affinity_group_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.direct_download_certificate (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    alias character varying(255) NOT NULL,
    certificate text NOT NULL,
    hypervisor_type character varying(45) NOT NULL,
    zone_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.direct_download_certificate_host_map (
    id bigint NOT NULL,
    certificate_id bigint NOT NULL,
    host_id bigint NOT NULL,
    revoked integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.disk_offering (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(40),
    display_text character varying(4096),
    disk_size bigint NOT NULL,
    type character varying(32),
    tags character varying(4096),
    recreatable smallint NOT NULL,
    use_local_storage smallint NOT NULL,
    unique_name character varying(32),
    system_use smallint NOT NULL,
    customized smallint NOT NULL,
    removed timestamp without time zone,
    created timestamp without time zone,
    sort_key integer NOT NULL,
    display_offering smallint NOT NULL,
    customized_iops smallint,
    min_iops bigint,
    max_iops bigint,
    bytes_read_rate bigint,
    bytes_read_rate_max bigint,
    bytes_read_rate_max_length bigint,
    bytes_write_rate bigint,
    bytes_write_rate_max bigint,
    bytes_write_rate_max_length bigint,
    iops_read_rate bigint,
    iops_read_rate_max bigint,
    iops_read_rate_max_length bigint,
    iops_write_rate bigint,
    iops_write_rate_max bigint,
    iops_write_rate_max_length bigint,
    state character(40) NOT NULL,
    hv_ss_reserve integer,
    cache_mode character varying(16),
    provisioning_type character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.disk_offering_details (
    id bigint NOT NULL,
    offering_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.domain (
    id bigint NOT NULL,
    parent bigint,
    name character varying(255),
    uuid character varying(40),
    owner bigint NOT NULL,
    path character varying(255) NOT NULL,
    level integer NOT NULL,
    child_count integer NOT NULL,
    next_child_seq bigint NOT NULL,
    removed timestamp without time zone,
    state character(32) NOT NULL,
    network_domain character varying(255),
    type character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.domain_details (
    id bigint NOT NULL,
    domain_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.domain_network_ref (
    id bigint NOT NULL,
    domain_id bigint NOT NULL,
    network_id bigint NOT NULL,
    subdomain_access integer,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.domain_router (
    id bigint NOT NULL,
    element_id bigint NOT NULL,
    public_mac_address character varying(17),
    public_ip_address character(40),
    public_netmask character varying(15),
    guest_netmask character varying(15),
    guest_ip_address character(40),
    is_redundant_router integer NOT NULL,
    priority integer,
    redundant_state character varying(64) NOT NULL,
    stop_pending integer NOT NULL,
    role character varying(64) NOT NULL,
    template_version character varying(100),
    scripts_version character varying(100),
    vpc_id bigint,
    update_state character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.domain_vlan_map (
    id bigint NOT NULL,
    domain_id bigint NOT NULL,
    vlan_db_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.elastic_lb_vm_map (
    id bigint NOT NULL,
    ip_addr_id bigint NOT NULL,
    elb_vm_id bigint NOT NULL,
    lb_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.event (
    id bigint NOT NULL,
    uuid character varying(40),
    type character varying(32) NOT NULL,
    state character varying(32) NOT NULL,
    description character varying(1024) NOT NULL,
    user_id bigint NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    level character varying(16) NOT NULL,
    start_id bigint NOT NULL,
    parameters character varying(1024),
    archived smallint NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_bigswitch_bcf_devices (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    device_name character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    hostname character varying(255) NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    nat smallint NOT NULL,
    hash character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_bigswitch_vns_devices (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    device_name character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_brocade_vcs_devices (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    device_name character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_cisco_asa1000v_devices (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    management_ip character varying(255) NOT NULL,
    in_port_profile character varying(255) NOT NULL,
    cluster_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_cisco_vnmc_devices (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    device_name character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_firewall_devices (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    device_name character varying(255) NOT NULL,
    device_state character varying(32) NOT NULL,
    is_dedicated integer NOT NULL,
    allocation_state character varying(32) NOT NULL,
    host_id bigint NOT NULL,
    capacity bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_load_balancer_devices (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    device_name character varying(255) NOT NULL,
    capacity bigint NOT NULL,
    device_state character varying(32) NOT NULL,
    allocation_state character varying(32) NOT NULL,
    is_dedicated integer NOT NULL,
    is_managed integer NOT NULL,
    host_id bigint NOT NULL,
    parent_host_id bigint,
    is_gslb_provider integer NOT NULL,
    gslb_site_publicip character varying(255),
    gslb_site_privateip character varying(255),
    is_exclusive_gslb_provider integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_netscaler_controlcenter (
    id bigint NOT NULL,
    uuid character varying(255),
    username character varying(255),
    password character varying(255),
    ncc_ip character varying(255),
    num_retries bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_nicira_nvp_devices (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    device_name character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_opendaylight_controllers (
    id bigint NOT NULL,
    uuid character varying(255),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    device_name character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_stratosphere_ssp_credentials (
    id bigint NOT NULL,
    data_center_id bigint NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_stratosphere_ssp_tenants (
    id bigint NOT NULL,
    uuid character varying(255) NOT NULL,
    zone_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.external_stratosphere_ssp_uuids (
    id bigint NOT NULL,
    uuid character varying(255) NOT NULL,
    obj_class character varying(255) NOT NULL,
    obj_id bigint NOT NULL,
    reservation_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.firewall_rules (
    id bigint NOT NULL,
    uuid character varying(40),
    ip_address_id bigint,
    start_port integer,
    end_port integer,
    state character(32) NOT NULL,
    protocol character(16) NOT NULL,
    purpose character(32) NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    network_id bigint NOT NULL,
    xid character(40) NOT NULL,
    created timestamp without time zone,
    icmp_code integer,
    icmp_type integer,
    related bigint,
    type character varying(10) NOT NULL,
    vpc_id bigint,
    traffic_type character(32),
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.firewall_rules_cidrs (
    id bigint NOT NULL,
    firewall_rule_id bigint NOT NULL,
    source_cidr character varying(18),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.firewall_rules_dcidrs (
    id bigint NOT NULL,
    firewall_rule_id bigint NOT NULL,
    destination_cidr character varying(18),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.firewall_rule_details (
    id bigint NOT NULL,
    firewall_rule_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.global_load_balancer_lb_rule_map (
    id bigint NOT NULL,
    gslb_rule_id bigint NOT NULL,
    lb_rule_id bigint NOT NULL,
    weight bigint NOT NULL,
    revoke smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.global_load_balancing_rules (
    id bigint NOT NULL,
    uuid character varying(40),
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    region_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(4096),
    state character(32) NOT NULL,
    algorithm character varying(255) NOT NULL,
    persistence character varying(255) NOT NULL,
    service_type character varying(255) NOT NULL,
    gslb_domain_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.guest_os (
    id bigint NOT NULL,
    category_id bigint NOT NULL,
    name character varying(255),
    uuid character varying(40),
    display_name character varying(255) NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    is_user_defined integer,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.guest_os_category (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.guest_os_details (
    id bigint NOT NULL,
    guest_os_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.guest_os_hypervisor (
    id bigint NOT NULL,
    hypervisor_type character varying(32) NOT NULL,
    guest_os_name character varying(255) NOT NULL,
    guest_os_id bigint NOT NULL,
    hypervisor_version character varying(32) NOT NULL,
    uuid character varying(40),
    created timestamp without time zone,
    removed timestamp without time zone,
    is_user_defined integer,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ha_config (
    id bigint NOT NULL,
    resource_id bigint,
    resource_type character varying(255) NOT NULL,
    enabled integer,
    ha_state character varying(255),
    provider character varying(255),
    update_count bigint NOT NULL,
    update_time timestamp without time zone,
    mgmt_server_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.host (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(40),
    status character varying(32) NOT NULL,
    type character varying(32) NOT NULL,
    private_ip_address character(40) NOT NULL,
    private_netmask character varying(15),
    private_mac_address character varying(17),
    storage_ip_address character(40),
    storage_netmask character varying(15),
    storage_mac_address character varying(17),
    storage_ip_address_2 character(40),
    storage_mac_address_2 character varying(17),
    storage_netmask_2 character varying(15),
    cluster_id bigint,
    public_ip_address character(40),
    public_netmask character varying(15),
    public_mac_address character varying(17),
    proxy_port integer,
    data_center_id bigint NOT NULL,
    pod_id bigint,
    cpu_sockets integer,
    cpus integer,
    speed integer,
    url character varying(255),
    fs_type character varying(32),
    hypervisor_type character varying(32),
    hypervisor_version character varying(32),
    ram bigint,
    resource character varying(255),
    version character varying(40) NOT NULL,
    parent character varying(255),
    total_size bigint,
    capabilities character varying(255),
    guid character varying(255),
    available integer NOT NULL,
    setup integer NOT NULL,
    dom0_memory bigint NOT NULL,
    last_ping integer NOT NULL,
    mgmt_server_id bigint,
    disconnected timestamp without time zone,
    created timestamp without time zone,
    removed timestamp without time zone,
    update_count bigint NOT NULL,
    resource_state character varying(32) NOT NULL,
    owner character varying(255),
    lastupdated timestamp without time zone,
    engine_state character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.host_details (
    id bigint NOT NULL,
    host_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.host_gpu_groups (
    id bigint NOT NULL,
    group_name character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.host_pod_ref (
    id bigint NOT NULL,
    name character varying(255),
    uuid character varying(40),
    data_center_id bigint NOT NULL,
    gateway character varying(255) NOT NULL,
    cidr_address character varying(15) NOT NULL,
    cidr_size bigint NOT NULL,
    description character varying(255),
    allocation_state character varying(32) NOT NULL,
    external_dhcp smallint NOT NULL,
    removed timestamp without time zone,
    owner character varying(255),
    created timestamp without time zone,
    lastupdated timestamp without time zone,
    engine_state character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.host_tags (
    id bigint NOT NULL,
    host_id bigint NOT NULL,
    tag character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.hypervisor_capabilities (
    id bigint NOT NULL,
    uuid character varying(40),
    hypervisor_type character varying(32) NOT NULL,
    hypervisor_version character varying(32),
    max_guests_limit bigint,
    security_group_enabled integer,
    max_data_volumes_limit integer,
    max_hosts_per_cluster integer,
    storage_motion_supported integer,
    vm_snapshot_enabled smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.image_store (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    image_provider_name character varying(255) NOT NULL,
    protocol character varying(255) NOT NULL,
    url character varying(2048),
    data_center_id bigint,
    scope character varying(255),
    role character varying(255),
    uuid character varying(255),
    parent character varying(255),
    created timestamp without time zone,
    removed timestamp without time zone,
    total_size bigint,
    used_bytes bigint,
    readonly smallint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.image_store_details (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.inline_load_balancer_nic_map (
    id bigint NOT NULL,
    public_ip_address character(40) NOT NULL,
    nic_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.instance_group (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(40),
    removed timestamp without time zone,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.instance_group_vm_map (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    instance_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.keystore (
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    certificate text NOT NULL,
    key text,
    domain_suffix character varying(256) NOT NULL,
    seq integer,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.kubernetes_cluster (
    id bigint NOT NULL,
    uuid character varying(40),
    name character varying(255) NOT NULL,
    description character varying(4096),
    zone_id bigint NOT NULL,
    kubernetes_version_id bigint NOT NULL,
    service_offering_id bigint,
    template_id bigint,
    network_id bigint,
    master_node_count bigint NOT NULL,
    node_count bigint NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    state character(32) NOT NULL,
    key_pair character varying(40),
    cores bigint NOT NULL,
    memory bigint NOT NULL,
    node_root_disk_size bigint,
    endpoint character varying(255),
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    gc smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.kubernetes_cluster_details (
    id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(10240) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.kubernetes_cluster_vm_map (
    id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    vm_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.kubernetes_supported_version (
    id bigint NOT NULL,
    uuid character varying(40),
    name character varying(255) NOT NULL,
    semantic_version character varying(32) NOT NULL,
    iso_id bigint NOT NULL,
    zone_id bigint,
    state character(32),
    min_cpu integer NOT NULL,
    min_ram_size bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.launch_permission (
    id bigint NOT NULL,
    template_id bigint NOT NULL,
    account_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ldap_configuration (
    id bigint NOT NULL,
    hostname character varying(255) NOT NULL,
    port integer,
    domain_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ldap_trust_map (
    id integer NOT NULL,
    domain_id bigint NOT NULL,
    type character varying(10) NOT NULL,
    name character varying(255) NOT NULL,
    account_type integer NOT NULL,
    account_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.legacy_zones (
    id bigint NOT NULL,
    zone_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.load_balancer_cert_map (
    id bigint NOT NULL,
    uuid character varying(40),
    load_balancer_id bigint NOT NULL,
    certificate_id bigint NOT NULL,
    revoke smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.load_balancer_healthcheck_policies (
    id bigint NOT NULL,
    uuid character varying(40),
    load_balancer_id bigint NOT NULL,
    pingpath character varying(225),
    description character varying(4096),
    response_time integer,
    healthcheck_interval integer,
    healthcheck_thresshold integer,
    unhealth_thresshold integer,
    revoke smallint NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.load_balancer_healthcheck_policy_details (
    id bigint NOT NULL,
    lb_policy_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.load_balancer_stickiness_policies (
    id bigint NOT NULL,
    uuid character varying(40),
    load_balancer_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(4096),
    method_name character varying(255) NOT NULL,
    params character varying(4096) NOT NULL,
    revoke smallint NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.load_balancer_stickiness_policy_details (
    id bigint NOT NULL,
    lb_policy_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.load_balancer_vm_map (
    id bigint NOT NULL,
    load_balancer_id bigint NOT NULL,
    instance_id bigint NOT NULL,
    revoke smallint NOT NULL,
    state character varying(40),
    instance_ip character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.load_balancing_rules (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(4096),
    default_port_start integer NOT NULL,
    default_port_end integer NOT NULL,
    algorithm character varying(255) NOT NULL,
    source_ip_address character varying(40),
    source_ip_address_network_id bigint,
    scheme character varying(40) NOT NULL,
    lb_protocol character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.monitoring_services (
    id bigint NOT NULL,
    uuid character varying(40),
    service character varying(255),
    process_name character varying(255),
    service_name character varying(255),
    service_path character varying(255),
    pidfile character varying(255),
    isdefault smallint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.mshost (
    id bigint NOT NULL,
    msid bigint NOT NULL,
    runid bigint NOT NULL,
    name character varying(255),
    uuid character varying(40),
    state character varying(10) NOT NULL,
    version character varying(255),
    service_ip character(40) NOT NULL,
    service_port integer NOT NULL,
    last_update timestamp without time zone,
    removed timestamp without time zone,
    alert_count integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (msid)
);
CREATE TABLE cloudstack.mshost_peer (
    id bigint NOT NULL,
    owner_mshost bigint NOT NULL,
    peer_mshost bigint NOT NULL,
    peer_runid bigint NOT NULL,
    peer_state character varying(10) NOT NULL,
    last_update timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.netscaler_pod_ref (
    id bigint NOT NULL,
    external_load_balancer_device_id bigint NOT NULL,
    pod_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.netscaler_servicepackages (
    id bigint NOT NULL,
    uuid character varying(255),
    name character varying(255),
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.networks (
    id bigint NOT NULL,
    name character varying(255),
    uuid character varying(40),
    display_text character varying(255),
    traffic_type character varying(32) NOT NULL,
    broadcast_domain_type character varying(32) NOT NULL,
    broadcast_uri character varying(255),
    gateway character varying(15),
    cidr character varying(18),
    mode character varying(32),
    network_offering_id bigint NOT NULL,
    physical_network_id bigint,
    data_center_id bigint NOT NULL,
    guru_name character varying(255) NOT NULL,
    state character varying(32) NOT NULL,
    related bigint NOT NULL,
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    dns1 character varying(255),
    dns2 character varying(255),
    guru_data character varying(1024),
    set_fields bigint NOT NULL,
    acl_type character varying(15),
    network_domain character varying(255),
    reservation_id character(40),
    guest_type character(32),
    restart_required integer NOT NULL,
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    specify_ip_ranges integer NOT NULL,
    vpc_id bigint,
    ip6_gateway character varying(50),
    ip6_cidr character varying(50),
    network_cidr character varying(18),
    display_network smallint NOT NULL,
    network_acl_id bigint,
    streched_l2 smallint,
    redundant smallint,
    external_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_acl (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(40),
    vpc_id bigint,
    description character varying(1024),
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_acl_details (
    id bigint NOT NULL,
    network_acl_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_acl_item (
    id bigint NOT NULL,
    uuid character varying(40),
    acl_id bigint NOT NULL,
    start_port integer,
    end_port integer,
    state character(32) NOT NULL,
    protocol character(16) NOT NULL,
    created timestamp without time zone,
    icmp_code integer,
    icmp_type integer,
    traffic_type character(32),
    number integer NOT NULL,
    action character varying(10) NOT NULL,
    display smallint NOT NULL,
    reason character varying(2500),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_acl_item_cidrs (
    id bigint NOT NULL,
    network_acl_item_id bigint NOT NULL,
    cidr character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_acl_item_details (
    id bigint NOT NULL,
    network_acl_item_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_asa1000v_map (
    id bigint NOT NULL,
    network_id bigint NOT NULL,
    asa1000v_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_details (
    id bigint NOT NULL,
    network_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_external_firewall_device_map (
    id bigint NOT NULL,
    uuid character varying(255),
    network_id bigint NOT NULL,
    external_firewall_device_id bigint NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_external_lb_device_map (
    id bigint NOT NULL,
    uuid character varying(255),
    network_id bigint NOT NULL,
    external_load_balancer_device_id bigint NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_offerings (
    id bigint NOT NULL,
    name character varying(64),
    uuid character varying(40),
    unique_name character varying(64),
    display_text character varying(255) NOT NULL,
    nw_rate integer,
    mc_rate integer,
    traffic_type character varying(32) NOT NULL,
    tags character varying(4096),
    system_only integer NOT NULL,
    specify_vlan integer NOT NULL,
    service_offering_id bigint,
    conserve_mode integer NOT NULL,
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    "default" integer NOT NULL,
    availability character varying(255) NOT NULL,
    dedicated_lb_service integer NOT NULL,
    shared_source_nat_service integer NOT NULL,
    sort_key integer NOT NULL,
    redundant_router_service integer NOT NULL,
    state character(32),
    guest_type character(32),
    elastic_ip_service integer NOT NULL,
    eip_associate_public_ip integer NOT NULL,
    elastic_lb_service integer NOT NULL,
    specify_ip_ranges integer NOT NULL,
    inline integer NOT NULL,
    is_persistent integer NOT NULL,
    internal_lb integer NOT NULL,
    public_lb integer NOT NULL,
    egress_default_policy smallint,
    concurrent_connections integer,
    keep_alive_enabled integer NOT NULL,
    supports_streched_l2 smallint,
    supports_public_access smallint,
    for_vpc integer NOT NULL,
    service_package_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_offering_details (
    id bigint NOT NULL,
    network_offering_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.network_rule_config (
    id bigint NOT NULL,
    security_group_id bigint NOT NULL,
    public_port character varying(10),
    private_port character varying(10),
    protocol character varying(16) NOT NULL,
    create_status character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.nicira_nvp_nic_map (
    id bigint NOT NULL,
    logicalswitch character varying(255) NOT NULL,
    logicalswitchport character varying(255),
    nic character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.nicira_nvp_router_map (
    id bigint NOT NULL,
    logicalrouter_uuid character varying(255) NOT NULL,
    network_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.nics (
    id bigint NOT NULL,
    uuid character varying(40),
    instance_id bigint,
    mac_address character varying(17),
    ip4_address character(40),
    netmask character varying(15),
    gateway character varying(15),
    ip_type character varying(32),
    broadcast_uri character varying(255),
    network_id bigint NOT NULL,
    mode character varying(32),
    state character varying(32) NOT NULL,
    strategy character varying(32) NOT NULL,
    reserver_name character varying(255),
    reservation_id character varying(64),
    device_id integer,
    update_time timestamp without time zone,
    isolation_uri character varying(255),
    ip6_address character(40),
    default_nic smallint NOT NULL,
    vm_type character varying(32),
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    ip6_gateway character varying(50),
    ip6_cidr character varying(50),
    secondary_ip smallint,
    display_nic smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE cloudstack.nic_details (
    id bigint NOT NULL,
    nic_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.nic_extra_dhcp_options (
    id bigint NOT NULL,
    uuid character varying(255),
    nic_id bigint NOT NULL,
    code integer,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.nic_ip_alias (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    nic_id bigint,
    ip4_address character(40),
    ip6_address character(40),
    netmask character(40),
    gateway character(40),
    start_ip_of_subnet character(40),
    network_id bigint,
    vmid bigint,
    alias_count bigint,
    created timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    state character(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.nic_secondary_ips (
    id bigint NOT NULL,
    uuid character varying(40),
    vmid bigint,
    nicid bigint NOT NULL,
    ip4_address character(40),
    ip6_address character(40),
    network_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ntwk_offering_service_map (
    id bigint NOT NULL,
    network_offering_id bigint NOT NULL,
    service character varying(255) NOT NULL,
    provider character varying(255),
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ntwk_service_map (
    id bigint NOT NULL,
    network_id bigint NOT NULL,
    service character varying(255) NOT NULL,
    provider character varying(255),
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.object_datastore_ref (
    id bigint NOT NULL,
    datastore_uuid character varying(255) NOT NULL,
    datastore_role character varying(255) NOT NULL,
    object_uuid character varying(255) NOT NULL,
    object_type character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    job_id character varying(255),
    download_pct integer,
    download_state character varying(255),
    url character varying(2048),
    format character varying(255),
    checksum character varying(255),
    error_str character varying(255),
    local_path character varying(255),
    install_path character varying(255),
    size bigint,
    state character varying(255) NOT NULL,
    update_count bigint NOT NULL,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.oobm (
    id bigint NOT NULL,
    host_id bigint,
    enabled integer,
    power_state character varying(32),
    driver character varying(32),
    address character varying(255),
    port character varying(255),
    username character varying(255),
    password character varying(255),
    update_count bigint NOT NULL,
    update_time timestamp without time zone,
    mgmt_server_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_dc_ip_address_alloc (
    id bigint NOT NULL,
    ip_address character(40) NOT NULL,
    data_center_id bigint NOT NULL,
    pod_id bigint NOT NULL,
    nic_id bigint,
    reservation_id character(40),
    taken timestamp without time zone,
    mac_address bigint NOT NULL,
    forsystemvms smallint NOT NULL,
    vlan integer,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_dc_link_local_ip_address_alloc (
    id bigint NOT NULL,
    ip_address character(40) NOT NULL,
    data_center_id bigint NOT NULL,
    pod_id bigint NOT NULL,
    nic_id bigint,
    reservation_id character(40),
    taken timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_dc_storage_network_ip_address (
    id bigint NOT NULL,
    range_id bigint NOT NULL,
    ip_address character(40) NOT NULL,
    mac_address bigint NOT NULL,
    taken timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_dc_vnet_alloc (
    id bigint NOT NULL,
    vnet character varying(18) NOT NULL,
    physical_network_id bigint NOT NULL,
    data_center_id bigint NOT NULL,
    reservation_id character(40),
    account_id bigint,
    taken timestamp without time zone,
    account_vnet_map_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_ha_work (
    id bigint NOT NULL,
    instance_id bigint NOT NULL,
    type character varying(32) NOT NULL,
    vm_type character varying(32) NOT NULL,
    state character varying(32) NOT NULL,
    mgmt_server_id bigint,
    host_id bigint,
    created timestamp without time zone NOT NULL,
    tried integer,
    taken timestamp without time zone,
    step character varying(32) NOT NULL,
    time_to_try bigint,
    updated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_host (
    id bigint NOT NULL,
    sequence bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_host_capacity (
    id bigint NOT NULL,
    host_id bigint,
    data_center_id bigint NOT NULL,
    pod_id bigint,
    cluster_id bigint,
    used_capacity bigint NOT NULL,
    reserved_capacity bigint NOT NULL,
    total_capacity bigint NOT NULL,
    capacity_type integer NOT NULL,
    capacity_state character varying(32) NOT NULL,
    update_time timestamp without time zone,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_host_planner_reservation (
    id bigint NOT NULL,
    data_center_id bigint NOT NULL,
    pod_id bigint,
    cluster_id bigint,
    host_id bigint,
    resource_usage character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_host_transfer (
    id bigint NOT NULL,
    initial_mgmt_server_id bigint,
    future_mgmt_server_id bigint,
    state character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_host_upgrade (
    host_id bigint NOT NULL,
    version character varying(20) NOT NULL,
    state character varying(20) NOT NULL,
    PRIMARY KEY (host_id)
);
CREATE TABLE cloudstack.op_it_work (
    id character(40) NOT NULL,
    mgmt_server_id bigint,
    created_at bigint NOT NULL,
    thread character varying(255) NOT NULL,
    type character(32) NOT NULL,
    vm_type character(32) NOT NULL,
    step character(32) NOT NULL,
    updated_at bigint NOT NULL,
    instance_id bigint NOT NULL,
    resource_type character(32),
    resource_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_lock (
    key character varying(128) NOT NULL,
    mac character varying(17) NOT NULL,
    ip character(40) NOT NULL,
    thread character varying(255) NOT NULL,
    acquired_on timestamp without time zone NOT NULL,
    waiters integer NOT NULL,
    PRIMARY KEY (key)
);
CREATE TABLE cloudstack.op_networks (
    id bigint NOT NULL,
    mac_address_seq bigint NOT NULL,
    nics_count integer NOT NULL,
    gc smallint NOT NULL,
    check_for_gc smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_nwgrp_work (
    id bigint NOT NULL,
    instance_id bigint NOT NULL,
    mgmt_server_id bigint,
    created timestamp without time zone NOT NULL,
    taken timestamp without time zone,
    step character varying(32) NOT NULL,
    seq_no bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_pod_vlan_alloc (
    id bigint NOT NULL,
    vlan character varying(18) NOT NULL,
    data_center_id bigint NOT NULL,
    pod_id bigint NOT NULL,
    account_id bigint,
    taken timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_router_monitoring_services (
    vm_id bigint NOT NULL,
    router_name character varying(255) NOT NULL,
    last_alert_timestamp character varying(255) NOT NULL,
    PRIMARY KEY (vm_id)
);
CREATE TABLE cloudstack.op_user_stats_log (
    user_stats_id bigint NOT NULL,
    net_bytes_received bigint NOT NULL,
    net_bytes_sent bigint NOT NULL,
    current_bytes_received bigint NOT NULL,
    current_bytes_sent bigint NOT NULL,
    agg_bytes_received bigint NOT NULL,
    agg_bytes_sent bigint NOT NULL,
    updated timestamp without time zone
);
CREATE TABLE cloudstack.op_vm_ruleset_log (
    id bigint NOT NULL,
    instance_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    logsequence bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.op_vpc_distributed_router_sequence_no (
    id bigint NOT NULL,
    vpc_id bigint NOT NULL,
    topology_update_sequence_no bigint,
    routing_policy__update_sequence_no bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ovs_providers (
    id bigint NOT NULL,
    nsp_id bigint NOT NULL,
    uuid character varying(40),
    enabled integer NOT NULL,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ovs_tunnel_interface (
    id bigint NOT NULL,
    ip character varying(16),
    netmask character varying(16),
    mac character varying(18),
    host_id bigint,
    label character varying(45),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ovs_tunnel_network (
    id bigint NOT NULL,
    "from" bigint NOT NULL,
    "to" bigint NOT NULL,
    network_id bigint NOT NULL,
    key integer,
    port_name character varying(32),
    state character varying(16),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.physical_network (
    id bigint NOT NULL,
    uuid character varying(40),
    name character varying(255) NOT NULL,
    data_center_id bigint NOT NULL,
    vnet character varying(255),
    speed character varying(32),
    domain_id bigint,
    broadcast_domain_range character varying(32) NOT NULL,
    state character varying(32) NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.physical_network_isolation_methods (
    id bigint NOT NULL,
    physical_network_id bigint NOT NULL,
    isolation_method character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.physical_network_service_providers (
    id bigint NOT NULL,
    uuid character varying(40),
    physical_network_id bigint NOT NULL,
    provider_name character varying(255) NOT NULL,
    state character varying(32) NOT NULL,
    destination_physical_network_id bigint,
    vpn_service_provided smallint NOT NULL,
    dhcp_service_provided smallint NOT NULL,
    dns_service_provided smallint NOT NULL,
    gateway_service_provided smallint NOT NULL,
    firewall_service_provided smallint NOT NULL,
    source_nat_service_provided smallint NOT NULL,
    load_balance_service_provided smallint NOT NULL,
    static_nat_service_provided smallint NOT NULL,
    port_forwarding_service_provided smallint NOT NULL,
    user_data_service_provided smallint NOT NULL,
    security_group_service_provided smallint NOT NULL,
    networkacl_service_provided smallint NOT NULL,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.physical_network_tags (
    id bigint NOT NULL,
    physical_network_id bigint NOT NULL,
    tag character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.physical_network_traffic_types (
    id bigint NOT NULL,
    uuid character varying(40),
    physical_network_id bigint NOT NULL,
    traffic_type character varying(32) NOT NULL,
    xenserver_network_label character varying(255),
    kvm_network_label character varying(255),
    vmware_network_label character varying(255),
    simulator_network_label character varying(255),
    ovm_network_label character varying(255),
    vlan character varying(255),
    lxc_network_label character varying(255),
    hyperv_network_label character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.pod_vlan_map (
    id bigint NOT NULL,
    pod_id bigint NOT NULL,
    vlan_db_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.portable_ip_address (
    id bigint NOT NULL,
    account_id bigint,
    domain_id bigint,
    allocated timestamp without time zone,
    state character(32) NOT NULL,
    region_id integer NOT NULL,
    vlan character varying(255),
    gateway character varying(255),
    netmask character varying(255),
    portable_ip_address character varying(255),
    portable_ip_range_id bigint NOT NULL,
    data_center_id bigint,
    physical_network_id bigint,
    network_id bigint,
    vpc_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.portable_ip_range (
    id bigint NOT NULL,
    uuid character varying(40),
    region_id integer NOT NULL,
    vlan_id character varying(255),
    gateway character varying(255),
    netmask character varying(255),
    start_ip character varying(255),
    end_ip character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.port_forwarding_rules (
    id bigint NOT NULL,
    instance_id bigint NOT NULL,
    dest_ip_address character(40) NOT NULL,
    dest_port_start integer NOT NULL,
    dest_port_end integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.port_profile (
    id bigint NOT NULL,
    uuid character varying(40),
    port_profile_name character varying(255),
    port_mode character varying(10),
    vsm_id bigint NOT NULL,
    trunk_low_vlan_id integer,
    trunk_high_vlan_id integer,
    access_vlan_id integer,
    port_type character varying(20) NOT NULL,
    port_binding character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.private_ip_address (
    id bigint NOT NULL,
    ip_address character(40) NOT NULL,
    network_id bigint NOT NULL,
    reservation_id character(40),
    mac_address character varying(17),
    vpc_id bigint,
    taken timestamp without time zone,
    source_nat smallint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.projects (
    id bigint NOT NULL,
    name character varying(255),
    uuid character varying(40),
    display_text character varying(255),
    project_account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    state character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.project_account (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint,
    account_role character varying(255) NOT NULL,
    project_id bigint NOT NULL,
    project_account_id bigint NOT NULL,
    project_role_id bigint,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.project_invitations (
    id bigint NOT NULL,
    uuid character varying(40),
    project_id bigint NOT NULL,
    account_id bigint,
    user_id bigint,
    domain_id bigint,
    account_role character varying(255) NOT NULL,
    project_role_id bigint,
    email character varying(255),
    token character varying(255),
    state character varying(255) NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.project_role (
    id bigint NOT NULL,
    uuid character varying(255),
    name character varying(255),
    removed timestamp without time zone,
    description text,
    project_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.project_role_permissions (
    id bigint NOT NULL,
    uuid character varying(255),
    project_id bigint NOT NULL,
    project_role_id bigint NOT NULL,
    rule character varying(255) NOT NULL,
    permission character varying(255) NOT NULL,
    description text,
    sort_order bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.region (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    end_point character varying(255) NOT NULL,
    portableip_service_enabled smallint NOT NULL,
    gslb_service_enabled smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.remote_access_vpn (
    vpn_server_addr_id bigint NOT NULL,
    account_id bigint NOT NULL,
    network_id bigint,
    domain_id bigint NOT NULL,
    local_ip character(40) NOT NULL,
    ip_range character varying(32) NOT NULL,
    ipsec_psk character varying(256) NOT NULL,
    state character(32) NOT NULL,
    id bigint NOT NULL,
    uuid character varying(40),
    vpc_id bigint,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.remote_access_vpn_details (
    id bigint NOT NULL,
    remote_access_vpn_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.resource_count (
    id bigint NOT NULL,
    account_id bigint,
    domain_id bigint,
    type character varying(255),
    count bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.resource_limit (
    id bigint NOT NULL,
    domain_id bigint,
    account_id bigint,
    type character varying(255),
    max bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.resource_tags (
    id bigint NOT NULL,
    uuid character varying(40),
    key character varying(255),
    value character varying(255),
    resource_id bigint NOT NULL,
    resource_uuid character varying(40),
    resource_type character varying(255),
    customer character varying(255),
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.roles (
    id bigint NOT NULL,
    uuid character varying(255),
    name character varying(255),
    role_type character varying(255) NOT NULL,
    removed timestamp without time zone,
    description text,
    is_default smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.role_permissions (
    id bigint NOT NULL,
    uuid character varying(255),
    role_id bigint NOT NULL,
    rule character varying(255) NOT NULL,
    permission character varying(255) NOT NULL,
    description text,
    sort_order bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.router_health_check (
    id bigint NOT NULL,
    router_id bigint NOT NULL,
    check_name character varying(255) NOT NULL,
    check_type character varying(255) NOT NULL,
    last_update timestamp without time zone,
    check_result smallint NOT NULL,
    check_details bytea,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.router_network_ref (
    id bigint NOT NULL,
    router_id bigint NOT NULL,
    network_id bigint NOT NULL,
    guest_type character(32),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.s2s_customer_gateway (
    id bigint NOT NULL,
    uuid character varying(40),
    name character varying(255) NOT NULL,
    gateway_ip character(40) NOT NULL,
    guest_cidr_list character varying(200) NOT NULL,
    ipsec_psk character varying(256),
    ike_policy character varying(30) NOT NULL,
    esp_policy character varying(30) NOT NULL,
    ike_lifetime integer NOT NULL,
    esp_lifetime integer NOT NULL,
    dpd integer NOT NULL,
    force_encap integer NOT NULL,
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.s2s_customer_gateway_details (
    id bigint NOT NULL,
    s2s_customer_gateway_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.s2s_vpn_connection (
    id bigint NOT NULL,
    uuid character varying(40),
    vpn_gateway_id bigint,
    customer_gateway_id bigint,
    state character varying(32) NOT NULL,
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    passive integer NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.s2s_vpn_connection_details (
    id bigint NOT NULL,
    s2s_vpn_connection_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.s2s_vpn_gateway (
    id bigint NOT NULL,
    uuid character varying(40),
    addr_id bigint NOT NULL,
    vpc_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    removed timestamp without time zone,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.s2s_vpn_gateway_details (
    id bigint NOT NULL,
    s2s_vpn_gateway_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.s3 (
    id bigint NOT NULL,
    uuid character varying(40),
    access_key character varying(20) NOT NULL,
    secret_key character varying(40) NOT NULL,
    end_point character varying(1024),
    bucket character varying(63) NOT NULL,
    https smallint,
    connection_timeout integer,
    max_error_retry integer,
    socket_timeout integer,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.saml_token (
    id bigint NOT NULL,
    uuid character varying(255) NOT NULL,
    domain_id bigint,
    entity text NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.secondary_storage_vm (
    id bigint NOT NULL,
    public_mac_address character varying(17),
    public_ip_address character(40),
    public_netmask character varying(15),
    guid character varying(255),
    nfs_share character varying(255),
    last_update timestamp without time zone,
    role character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.security_group (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(40),
    description character varying(4096),
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.security_group_rule (
    id bigint NOT NULL,
    uuid character varying(40),
    security_group_id bigint NOT NULL,
    type character varying(10),
    start_port character varying(10),
    end_port character varying(10),
    protocol character varying(16) NOT NULL,
    allowed_network_id bigint,
    allowed_ip_cidr character varying(44),
    create_status character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.security_group_vm_map (
    id bigint NOT NULL,
    security_group_id bigint NOT NULL,
    instance_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.sequence (
    name character varying(64) NOT NULL,
    value bigint NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE cloudstack.service_offering (
    id bigint NOT NULL,
    cpu integer,
    speed integer,
    ram_size bigint,
    nw_rate integer,
    mc_rate integer,
    ha_enabled smallint NOT NULL,
    limit_cpu_use smallint NOT NULL,
    host_tag character varying(255),
    default_use smallint NOT NULL,
    vm_type character varying(32),
    sort_key integer NOT NULL,
    is_volatile smallint NOT NULL,
    deployment_planner character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.service_offering_details (
    id bigint NOT NULL,
    service_offering_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.snapshots (
    id bigint NOT NULL,
    data_center_id bigint NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    volume_id bigint NOT NULL,
    disk_offering_id bigint NOT NULL,
    status character varying(32),
    path character varying(255),
    name character varying(255) NOT NULL,
    uuid character varying(40),
    snapshot_type integer NOT NULL,
    type_description character varying(25),
    size bigint NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    backup_snap_id character varying(255),
    swift_id bigint,
    sechost_id bigint,
    prev_snap_id bigint,
    hypervisor_type character varying(32) NOT NULL,
    version character varying(32),
    s3_id bigint,
    min_iops bigint,
    max_iops bigint,
    location_type character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.snapshot_details (
    id bigint NOT NULL,
    snapshot_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.snapshot_policy (
    id bigint NOT NULL,
    uuid character varying(40),
    volume_id bigint NOT NULL,
    schedule character varying(100) NOT NULL,
    timezone character varying(100) NOT NULL,
    "interval" integer NOT NULL,
    max_snaps integer NOT NULL,
    active smallint NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.snapshot_policy_details (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.snapshot_schedule (
    id bigint NOT NULL,
    uuid character varying(40),
    volume_id bigint NOT NULL,
    policy_id bigint NOT NULL,
    scheduled_timestamp timestamp without time zone NOT NULL,
    async_job_id bigint,
    snapshot_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.snapshot_store_ref (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    snapshot_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    job_id character varying(255),
    store_role character varying(255),
    size bigint,
    physical_size bigint,
    parent_snapshot_id bigint,
    install_path character varying(255),
    state character varying(255) NOT NULL,
    update_count bigint,
    ref_cnt bigint,
    updated timestamp without time zone,
    volume_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ssh_keypairs (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    keypair_name character varying(256) NOT NULL,
    fingerprint character varying(128) NOT NULL,
    public_key character varying(5120) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.sslcerts (
    id bigint NOT NULL,
    uuid character varying(40),
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    certificate text NOT NULL,
    fingerprint text,
    key text NOT NULL,
    chain text,
    password character varying(255),
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.stack_maid (
    id bigint NOT NULL,
    msid bigint NOT NULL,
    thread_id bigint NOT NULL,
    seq integer NOT NULL,
    cleanup_delegate character varying(128),
    cleanup_context text,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.static_routes (
    id bigint NOT NULL,
    uuid character varying(40),
    vpc_gateway_id bigint,
    cidr character varying(18),
    state character(32) NOT NULL,
    vpc_id bigint,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.storage_pool (
    id bigint NOT NULL,
    name character varying(255),
    uuid character varying(255),
    pool_type character varying(32) NOT NULL,
    port integer NOT NULL,
    data_center_id bigint NOT NULL,
    pod_id bigint,
    cluster_id bigint,
    used_bytes bigint,
    capacity_bytes bigint,
    host_address character varying(255) NOT NULL,
    user_info character varying(255),
    path character varying(255) NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    update_time timestamp without time zone,
    status character varying(32),
    storage_provider_name character varying(255),
    scope character varying(255),
    hypervisor character varying(32),
    managed smallint NOT NULL,
    capacity_iops bigint,
    parent bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.storage_pool_details (
    id bigint NOT NULL,
    pool_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.storage_pool_host_ref (
    id bigint NOT NULL,
    host_id bigint NOT NULL,
    pool_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    local_path character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.storage_pool_tags (
    id bigint NOT NULL,
    pool_id bigint NOT NULL,
    tag character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.storage_pool_work (
    id bigint NOT NULL,
    pool_id bigint NOT NULL,
    vm_id bigint NOT NULL,
    stopped_for_maintenance smallint NOT NULL,
    started_after_maintenance smallint NOT NULL,
    mgmt_server_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.swift (
    id bigint NOT NULL,
    uuid character varying(40),
    url character varying(255) NOT NULL,
    account character varying(255) NOT NULL,
    username character varying(255) NOT NULL,
    key character varying(255) NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.sync_queue (
    id bigint NOT NULL,
    sync_objtype character varying(64) NOT NULL,
    sync_objid bigint NOT NULL,
    queue_proc_number bigint,
    created timestamp without time zone,
    last_updated timestamp without time zone,
    queue_size smallint NOT NULL,
    queue_size_limit smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.sync_queue_item (
    id bigint NOT NULL,
    queue_id bigint NOT NULL,
    content_type character varying(64),
    content_id bigint,
    queue_proc_msid bigint,
    queue_proc_number bigint,
    queue_proc_time timestamp without time zone,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.template_deploy_as_is_details (
    id bigint NOT NULL,
    template_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.template_host_ref (
    id bigint NOT NULL,
    host_id bigint NOT NULL,
    template_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    job_id character varying(255),
    download_pct integer,
    size bigint,
    physical_size bigint,
    download_state character varying(255),
    error_str character varying(255),
    local_path character varying(255),
    install_path character varying(255),
    url character varying(255),
    destroyed smallint,
    is_copy smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.template_ovf_properties (
    id bigint NOT NULL,
    template_id bigint NOT NULL,
    key character varying(100) NOT NULL,
    type character varying(45),
    value character varying(100),
    password smallint NOT NULL,
    qualifiers text,
    user_configurable smallint NOT NULL,
    label text,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.template_s3_ref (
    id bigint NOT NULL,
    s3_id bigint NOT NULL,
    template_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    size bigint,
    physical_size bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.template_spool_ref (
    id bigint NOT NULL,
    pool_id bigint NOT NULL,
    template_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    job_id character varying(255),
    download_pct integer,
    download_state character varying(255),
    error_str character varying(255),
    local_path character varying(255),
    install_path character varying(255),
    template_size bigint NOT NULL,
    marked_for_gc smallint NOT NULL,
    state character varying(255),
    update_count bigint,
    updated timestamp without time zone,
    deployment_option character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.template_store_ref (
    id bigint NOT NULL,
    store_id bigint,
    template_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    job_id character varying(255),
    download_pct integer,
    size bigint,
    store_role character varying(255),
    physical_size bigint,
    download_state character varying(255),
    error_str character varying(255),
    local_path character varying(255),
    install_path character varying(255),
    url character varying(2048),
    state character varying(255) NOT NULL,
    destroyed smallint,
    is_copy smallint NOT NULL,
    update_count bigint,
    ref_cnt bigint,
    updated timestamp without time zone,
    download_url_created timestamp without time zone,
    download_url character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.template_swift_ref (
    id bigint NOT NULL,
    swift_id bigint NOT NULL,
    template_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    path character varying(255),
    size bigint,
    physical_size bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.template_zone_ref (
    id bigint NOT NULL,
    zone_id bigint NOT NULL,
    template_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ucs_blade (
    id bigint NOT NULL,
    uuid character varying(40),
    ucs_manager_id bigint NOT NULL,
    host_id bigint,
    dn character varying(512) NOT NULL,
    profile_dn character varying(512),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.ucs_manager (
    id bigint NOT NULL,
    uuid character varying(40),
    zone_id bigint NOT NULL,
    name character varying(128),
    url character varying(255) NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.upload (
    id bigint NOT NULL,
    host_id bigint NOT NULL,
    type_id bigint NOT NULL,
    type character varying(255),
    mode character varying(255),
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    job_id character varying(255),
    upload_pct integer,
    upload_state character varying(255),
    error_str character varying(255),
    url character varying(2048),
    install_path character varying(255),
    uuid character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.usage_event (
    id bigint NOT NULL,
    type character varying(32) NOT NULL,
    account_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    zone_id bigint NOT NULL,
    resource_id bigint,
    resource_name character varying(255),
    offering_id bigint,
    template_id bigint,
    size bigint,
    resource_type character varying(32),
    processed smallint NOT NULL,
    virtual_size bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.usage_event_details (
    id bigint NOT NULL,
    usage_event_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack."user" (
    id bigint NOT NULL,
    uuid character varying(40),
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    account_id bigint NOT NULL,
    firstname character varying(255),
    lastname character varying(255),
    email character varying(255),
    state character varying(10) NOT NULL,
    api_key character varying(255),
    secret_key character varying(255),
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    timezone character varying(30),
    registration_token character varying(255),
    is_registered smallint NOT NULL,
    incorrect_login_attempts integer NOT NULL,
    "default" integer NOT NULL,
    source character varying(40) NOT NULL,
    external_entity text,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_details (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_ipv6_address (
    id bigint NOT NULL,
    uuid character varying(40),
    account_id bigint,
    domain_id bigint,
    ip_address character(50) NOT NULL,
    data_center_id bigint NOT NULL,
    vlan_id bigint NOT NULL,
    state character(32) NOT NULL,
    mac_address character varying(40) NOT NULL,
    source_network_id bigint NOT NULL,
    network_id bigint,
    physical_network_id bigint NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_ip_address (
    id bigint NOT NULL,
    uuid character varying(40),
    account_id bigint,
    domain_id bigint,
    public_ip_address character(40) NOT NULL,
    data_center_id bigint NOT NULL,
    source_nat integer NOT NULL,
    allocated timestamp without time zone,
    vlan_db_id bigint NOT NULL,
    one_to_one_nat integer NOT NULL,
    vm_id bigint,
    state character(32) NOT NULL,
    mac_address bigint NOT NULL,
    source_network_id bigint NOT NULL,
    network_id bigint,
    physical_network_id bigint NOT NULL,
    is_system integer NOT NULL,
    vpc_id bigint,
    dnat_vmip character varying(40),
    is_portable integer NOT NULL,
    display smallint NOT NULL,
    removed timestamp without time zone,
    created timestamp without time zone,
    rule_state character varying(32),
    forsystemvms smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_ip_address_details (
    id bigint NOT NULL,
    user_ip_address_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_statistics (
    id bigint NOT NULL,
    data_center_id bigint NOT NULL,
    account_id bigint NOT NULL,
    public_ip_address character(40),
    device_id bigint NOT NULL,
    device_type character varying(32) NOT NULL,
    network_id bigint,
    net_bytes_received bigint NOT NULL,
    net_bytes_sent bigint NOT NULL,
    current_bytes_received bigint NOT NULL,
    current_bytes_sent bigint NOT NULL,
    agg_bytes_received bigint NOT NULL,
    agg_bytes_sent bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_vm (
    id bigint NOT NULL,
    iso_id bigint,
    display_name character varying(255),
    user_data text,
    update_parameters smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_vm_clone_setting (
    id bigint NOT NULL,
    vm_id bigint NOT NULL,
    clone_type character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_vm_deploy_as_is_details (
    id bigint NOT NULL,
    vm_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.user_vm_details (
    id bigint NOT NULL,
    vm_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(5120),
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.version (
    id bigint NOT NULL,
    version character(40) NOT NULL,
    updated timestamp without time zone NOT NULL,
    step character(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vgpu_types (
    id bigint NOT NULL,
    gpu_group_id bigint NOT NULL,
    vgpu_type character varying(40) NOT NULL,
    video_ram bigint,
    max_heads bigint,
    max_resolution_x bigint,
    max_resolution_y bigint,
    max_vgpu_per_pgpu bigint,
    remaining_capacity bigint,
    max_capacity bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.virtual_router_providers (
    id bigint NOT NULL,
    nsp_id bigint NOT NULL,
    uuid character varying(40),
    type character varying(255) NOT NULL,
    enabled integer NOT NULL,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.virtual_supervisor_module (
    id bigint NOT NULL,
    uuid character varying(40),
    host_id bigint NOT NULL,
    vsm_name character varying(255),
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    ipaddr character varying(80) NOT NULL,
    management_vlan integer,
    control_vlan integer,
    packet_vlan integer,
    storage_vlan integer,
    vsm_domain_id bigint,
    config_mode character varying(20),
    config_state character varying(20),
    vsm_device_state character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vlan (
    id bigint NOT NULL,
    uuid character varying(40),
    vlan_id character varying(255),
    vlan_gateway character varying(255),
    vlan_netmask character varying(255),
    ip4_range character varying(255),
    vlan_type character varying(255),
    data_center_id bigint NOT NULL,
    network_id bigint NOT NULL,
    physical_network_id bigint NOT NULL,
    ip6_gateway character varying(255),
    ip6_cidr character varying(255),
    ip6_range character varying(255),
    removed timestamp without time zone,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vlan_details (
    id bigint NOT NULL,
    vlan_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vmware_data_center (
    id bigint NOT NULL,
    uuid character varying(255),
    name character varying(255) NOT NULL,
    guid character varying(255) NOT NULL,
    vcenter_host character varying(255) NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vmware_data_center_zone_map (
    id bigint NOT NULL,
    zone_id bigint NOT NULL,
    vmware_data_center_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_compute_tags (
    id bigint NOT NULL,
    vm_id bigint NOT NULL,
    compute_tag character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_disk_statistics (
    id bigint NOT NULL,
    data_center_id bigint NOT NULL,
    account_id bigint NOT NULL,
    vm_id bigint NOT NULL,
    volume_id bigint NOT NULL,
    net_io_read bigint NOT NULL,
    net_io_write bigint NOT NULL,
    current_io_read bigint NOT NULL,
    current_io_write bigint NOT NULL,
    agg_io_read bigint NOT NULL,
    agg_io_write bigint NOT NULL,
    net_bytes_read bigint NOT NULL,
    net_bytes_write bigint NOT NULL,
    current_bytes_read bigint NOT NULL,
    current_bytes_write bigint NOT NULL,
    agg_bytes_read bigint NOT NULL,
    agg_bytes_write bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_instance (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(40),
    instance_name character varying(255) NOT NULL,
    state character varying(32) NOT NULL,
    vm_template_id bigint,
    guest_os_id bigint NOT NULL,
    private_mac_address character varying(17),
    private_ip_address character(40),
    pod_id bigint,
    data_center_id bigint NOT NULL,
    host_id bigint,
    last_host_id bigint,
    proxy_id bigint,
    proxy_assign_time timestamp without time zone,
    vnc_password character varying(255) NOT NULL,
    ha_enabled smallint NOT NULL,
    limit_cpu_use smallint NOT NULL,
    update_count bigint NOT NULL,
    update_time timestamp without time zone,
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    type character varying(32) NOT NULL,
    vm_type character varying(32) NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    service_offering_id bigint NOT NULL,
    reservation_id character(40),
    hypervisor_type character(32),
    disk_offering_id bigint,
    owner character varying(255),
    host_name character varying(255),
    display_name character varying(255),
    desired_state character varying(32),
    dynamically_scalable smallint NOT NULL,
    display_vm smallint NOT NULL,
    power_state character varying(74),
    power_state_update_time timestamp without time zone,
    power_state_update_count integer,
    power_host bigint,
    user_id bigint NOT NULL,
    backup_offering_id bigint,
    backup_external_id character varying(255),
    backup_volumes text,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_network_map (
    id bigint NOT NULL,
    vm_id bigint NOT NULL,
    network_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_reservation (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    vm_id bigint NOT NULL,
    data_center_id bigint NOT NULL,
    pod_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    host_id bigint NOT NULL,
    created timestamp without time zone,
    removed timestamp without time zone,
    deployment_planner character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_root_disk_tags (
    id bigint NOT NULL,
    vm_id bigint NOT NULL,
    root_disk_tag character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_snapshots (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    name character varying(255) NOT NULL,
    display_name character varying(255),
    description character varying(255),
    vm_id bigint NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    service_offering_id bigint NOT NULL,
    vm_snapshot_type character varying(32),
    state character varying(32) NOT NULL,
    parent bigint,
    current integer,
    update_count bigint NOT NULL,
    updated timestamp without time zone,
    created timestamp without time zone,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_snapshot_details (
    id bigint NOT NULL,
    vm_snapshot_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_template (
    id bigint NOT NULL,
    unique_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(40),
    public integer NOT NULL,
    featured integer NOT NULL,
    type character varying(32),
    hvm integer NOT NULL,
    bits integer NOT NULL,
    url character varying(255),
    format character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    removed timestamp without time zone,
    account_id bigint NOT NULL,
    checksum character varying(255),
    display_text character varying(4096),
    enable_password integer NOT NULL,
    enable_sshkey integer NOT NULL,
    guest_os_id bigint NOT NULL,
    bootable integer NOT NULL,
    prepopulate integer NOT NULL,
    cross_zones integer NOT NULL,
    extractable integer NOT NULL,
    hypervisor_type character varying(32),
    source_template_id bigint,
    template_tag character varying(255),
    sort_key integer NOT NULL,
    size bigint,
    state character varying(255),
    update_count bigint,
    updated timestamp without time zone,
    dynamically_scalable smallint NOT NULL,
    parent_template_id bigint,
    direct_download smallint,
    deploy_as_is smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_template_details (
    id bigint NOT NULL,
    template_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vm_work_job (
    id bigint NOT NULL,
    step character(32) NOT NULL,
    vm_type character(32) NOT NULL,
    vm_instance_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.volumes (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    pool_id bigint,
    last_pool_id bigint,
    instance_id bigint,
    device_id bigint,
    name character varying(255),
    uuid character varying(40),
    size bigint NOT NULL,
    folder character varying(255),
    path character varying(255),
    pod_id bigint,
    data_center_id bigint NOT NULL,
    iscsi_name character varying(255),
    host_ip character(40),
    volume_type character varying(64) NOT NULL,
    pool_type character varying(64),
    disk_offering_id bigint NOT NULL,
    template_id bigint,
    first_snapshot_backup_uuid character varying(255),
    recreatable smallint NOT NULL,
    created timestamp without time zone,
    attached timestamp without time zone,
    updated timestamp without time zone,
    removed timestamp without time zone,
    state character varying(32),
    chain_info text,
    update_count bigint NOT NULL,
    disk_type character varying(255),
    vm_snapshot_chain_size bigint,
    iso_id bigint,
    display_volume smallint NOT NULL,
    format character varying(255),
    min_iops bigint,
    max_iops bigint,
    hv_ss_reserve integer,
    provisioning_type character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.volume_details (
    id bigint NOT NULL,
    volume_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.volume_host_ref (
    id bigint NOT NULL,
    host_id bigint NOT NULL,
    volume_id bigint NOT NULL,
    zone_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    job_id character varying(255),
    download_pct integer,
    size bigint,
    physical_size bigint,
    download_state character varying(255),
    checksum character varying(255),
    error_str character varying(255),
    local_path character varying(255),
    install_path character varying(255),
    url character varying(2048),
    format character varying(32) NOT NULL,
    destroyed smallint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.volume_reservation (
    id bigint NOT NULL,
    vm_reservation_id bigint NOT NULL,
    vm_id bigint NOT NULL,
    volume_id bigint NOT NULL,
    pool_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.volume_store_ref (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    volume_id bigint NOT NULL,
    zone_id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone,
    job_id character varying(255),
    download_pct integer,
    size bigint,
    physical_size bigint,
    download_state character varying(255),
    checksum character varying(255),
    error_str character varying(255),
    local_path character varying(255),
    install_path character varying(255),
    url character varying(2048),
    download_url character varying(2048),
    state character varying(255) NOT NULL,
    destroyed smallint,
    update_count bigint,
    ref_cnt bigint,
    updated timestamp without time zone,
    download_url_created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpc (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    name character varying(255),
    display_text character varying(255),
    cidr character varying(18),
    vpc_offering_id bigint NOT NULL,
    zone_id bigint NOT NULL,
    state character varying(32) NOT NULL,
    domain_id bigint NOT NULL,
    account_id bigint NOT NULL,
    network_domain character varying(255),
    removed timestamp without time zone,
    created timestamp without time zone NOT NULL,
    restart_required integer NOT NULL,
    display smallint NOT NULL,
    uses_distributed_router smallint,
    region_level_vpc smallint,
    redundant smallint,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpc_details (
    id bigint NOT NULL,
    vpc_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpc_gateways (
    id bigint NOT NULL,
    uuid character varying(40),
    ip4_address character(40),
    netmask character varying(15),
    gateway character varying(15),
    vlan_tag character varying(255),
    type character varying(32),
    network_id bigint NOT NULL,
    vpc_id bigint NOT NULL,
    zone_id bigint NOT NULL,
    created timestamp without time zone,
    account_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    state character varying(32) NOT NULL,
    removed timestamp without time zone,
    source_nat smallint,
    network_acl_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpc_gateway_details (
    id bigint NOT NULL,
    vpc_gateway_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpc_offerings (
    id bigint NOT NULL,
    uuid character varying(40) NOT NULL,
    unique_name character varying(64),
    name character varying(255),
    display_text character varying(255),
    state character(32),
    "default" integer NOT NULL,
    removed timestamp without time zone,
    created timestamp without time zone NOT NULL,
    service_offering_id bigint,
    supports_distributed_router smallint,
    supports_region_level_vpc smallint,
    redundant_router_service smallint,
    sort_key integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpc_offering_details (
    id bigint NOT NULL,
    offering_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1024) NOT NULL,
    display smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpc_offering_service_map (
    id bigint NOT NULL,
    vpc_offering_id bigint NOT NULL,
    service character varying(255) NOT NULL,
    provider character varying(255),
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpc_service_map (
    id bigint NOT NULL,
    vpc_id bigint NOT NULL,
    service character varying(255) NOT NULL,
    provider character varying(255),
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vpn_users (
    id bigint NOT NULL,
    uuid character varying(40),
    owner_id bigint NOT NULL,
    domain_id bigint NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    state character(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cloudstack.vsphere_storage_policy (
    id bigint NOT NULL,
    uuid character varying(255),
    zone_id bigint NOT NULL,
    policy_id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    update_time timestamp without time zone,
    removed timestamp without time zone,
    PRIMARY KEY (id)
);
ALTER TABLE cloudstack.account ADD FOREIGN KEY (default_zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.account ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.account ADD FOREIGN KEY (role_id) REFERENCES cloudstack.roles (id);
ALTER TABLE cloudstack.account_details ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.account_network_ref ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.account_network_ref ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.account_vlan_map ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.account_vlan_map ADD FOREIGN KEY (vlan_db_id) REFERENCES cloudstack.vlan (id);
ALTER TABLE cloudstack.account_vnet_map ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.account_vnet_map ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.affinity_group ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.affinity_group ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.affinity_group_domain_map ADD FOREIGN KEY (affinity_group_id) REFERENCES cloudstack.affinity_group (id);
ALTER TABLE cloudstack.affinity_group_domain_map ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.affinity_group_vm_map ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.user_vm (id);
ALTER TABLE cloudstack.affinity_group_vm_map ADD FOREIGN KEY (affinity_group_id) REFERENCES cloudstack.affinity_group (id);
ALTER TABLE cloudstack.async_job_join_map ADD FOREIGN KEY (job_id) REFERENCES cloudstack.async_job (id);
ALTER TABLE cloudstack.async_job_join_map ADD FOREIGN KEY (join_job_id) REFERENCES cloudstack.async_job (id);
ALTER TABLE cloudstack.async_job_journal ADD FOREIGN KEY (job_id) REFERENCES cloudstack.async_job (id);
ALTER TABLE cloudstack.autoscale_policies ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.autoscale_policies ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.autoscale_policy_condition_map ADD FOREIGN KEY (condition_id) REFERENCES cloudstack.conditions (id);
ALTER TABLE cloudstack.autoscale_policy_condition_map ADD FOREIGN KEY (policy_id) REFERENCES cloudstack.autoscale_policies (id);
ALTER TABLE cloudstack.autoscale_vmgroup_details ADD FOREIGN KEY (autoscale_vmgroup_id) REFERENCES cloudstack.autoscale_vmgroups (id);
ALTER TABLE cloudstack.autoscale_vmgroup_policy_map ADD FOREIGN KEY (policy_id) REFERENCES cloudstack.autoscale_policies (id);
ALTER TABLE cloudstack.autoscale_vmgroup_policy_map ADD FOREIGN KEY (vmgroup_id) REFERENCES cloudstack.autoscale_vmgroups (id);
ALTER TABLE cloudstack.autoscale_vmgroup_vm_map ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.autoscale_vmgroup_vm_map ADD FOREIGN KEY (vmgroup_id) REFERENCES cloudstack.autoscale_vmgroups (id);
ALTER TABLE cloudstack.autoscale_vmgroups ADD FOREIGN KEY (profile_id) REFERENCES cloudstack.autoscale_vmprofiles (id);
ALTER TABLE cloudstack.autoscale_vmgroups ADD FOREIGN KEY (load_balancer_id) REFERENCES cloudstack.load_balancing_rules (id);
ALTER TABLE cloudstack.autoscale_vmgroups ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.autoscale_vmgroups ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.autoscale_vmgroups ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.autoscale_vmprofile_details ADD FOREIGN KEY (autoscale_vmprofile_id) REFERENCES cloudstack.autoscale_vmprofiles (id);
ALTER TABLE cloudstack.autoscale_vmprofiles ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.autoscale_vmprofiles ADD FOREIGN KEY (autoscale_user_id) REFERENCES cloudstack."user" (id);
ALTER TABLE cloudstack.autoscale_vmprofiles ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.backup_offering ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.backup_schedule ADD FOREIGN KEY (vm_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.backups ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.backups ADD FOREIGN KEY (vm_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.baremetal_dhcp_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.baremetal_dhcp_devices ADD FOREIGN KEY (nsp_id) REFERENCES cloudstack.physical_network_service_providers (id);
ALTER TABLE cloudstack.baremetal_dhcp_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.baremetal_pxe_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.baremetal_pxe_devices ADD FOREIGN KEY (nsp_id) REFERENCES cloudstack.physical_network_service_providers (id);
ALTER TABLE cloudstack.baremetal_pxe_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.brocade_network_vlan_map ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.cluster ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.cluster ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.cluster_details ADD FOREIGN KEY (cluster_id) REFERENCES cloudstack.cluster (id);
ALTER TABLE cloudstack.cmd_exec_log ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.conditions ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.conditions ADD FOREIGN KEY (counter_id) REFERENCES cloudstack.counter (id);
ALTER TABLE cloudstack.conditions ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.console_proxy ADD FOREIGN KEY (id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.data_center ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.data_center_details ADD FOREIGN KEY (dc_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.dc_storage_network_ip_range ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.dc_storage_network_ip_range ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.dc_storage_network_ip_range ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.dedicated_resources ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.dedicated_resources ADD FOREIGN KEY (affinity_group_id) REFERENCES cloudstack.affinity_group (id);
ALTER TABLE cloudstack.dedicated_resources ADD FOREIGN KEY (cluster_id) REFERENCES cloudstack.cluster (id);
ALTER TABLE cloudstack.dedicated_resources ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.dedicated_resources ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.dedicated_resources ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.dedicated_resources ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.direct_download_certificate ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.direct_download_certificate_host_map ADD FOREIGN KEY (certificate_id) REFERENCES cloudstack.direct_download_certificate (id);
ALTER TABLE cloudstack.direct_download_certificate_host_map ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.disk_offering_details ADD FOREIGN KEY (offering_id) REFERENCES cloudstack.disk_offering (id);
ALTER TABLE cloudstack.domain_details ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.domain_network_ref ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.domain_network_ref ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.domain_router ADD FOREIGN KEY (element_id) REFERENCES cloudstack.virtual_router_providers (id);
ALTER TABLE cloudstack.domain_router ADD FOREIGN KEY (id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.domain_router ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.domain_vlan_map ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.domain_vlan_map ADD FOREIGN KEY (vlan_db_id) REFERENCES cloudstack.vlan (id);
ALTER TABLE cloudstack.elastic_lb_vm_map ADD FOREIGN KEY (elb_vm_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.elastic_lb_vm_map ADD FOREIGN KEY (ip_addr_id) REFERENCES cloudstack.user_ip_address (id);
ALTER TABLE cloudstack.elastic_lb_vm_map ADD FOREIGN KEY (lb_id) REFERENCES cloudstack.load_balancing_rules (id);
ALTER TABLE cloudstack.external_bigswitch_bcf_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_bigswitch_bcf_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.external_bigswitch_vns_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_bigswitch_vns_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.external_brocade_vcs_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_brocade_vcs_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.external_cisco_asa1000v_devices ADD FOREIGN KEY (cluster_id) REFERENCES cloudstack.cluster (id);
ALTER TABLE cloudstack.external_cisco_asa1000v_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.external_cisco_vnmc_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_cisco_vnmc_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.external_firewall_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_firewall_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.external_load_balancer_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_load_balancer_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_load_balancer_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.external_nicira_nvp_devices ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_nicira_nvp_devices ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.external_opendaylight_controllers ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.external_opendaylight_controllers ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.firewall_rule_details ADD FOREIGN KEY (firewall_rule_id) REFERENCES cloudstack.firewall_rules (id);
ALTER TABLE cloudstack.firewall_rules ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.firewall_rules ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.firewall_rules ADD FOREIGN KEY (ip_address_id) REFERENCES cloudstack.user_ip_address (id);
ALTER TABLE cloudstack.firewall_rules ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.firewall_rules ADD FOREIGN KEY (related) REFERENCES cloudstack.firewall_rules (id);
ALTER TABLE cloudstack.firewall_rules ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.firewall_rules_cidrs ADD FOREIGN KEY (firewall_rule_id) REFERENCES cloudstack.firewall_rules (id);
ALTER TABLE cloudstack.firewall_rules_dcidrs ADD FOREIGN KEY (firewall_rule_id) REFERENCES cloudstack.firewall_rules (id);
ALTER TABLE cloudstack.global_load_balancer_lb_rule_map ADD FOREIGN KEY (gslb_rule_id) REFERENCES cloudstack.global_load_balancing_rules (id);
ALTER TABLE cloudstack.global_load_balancer_lb_rule_map ADD FOREIGN KEY (lb_rule_id) REFERENCES cloudstack.load_balancing_rules (id);
ALTER TABLE cloudstack.global_load_balancing_rules ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.global_load_balancing_rules ADD FOREIGN KEY (region_id) REFERENCES cloudstack.region (id);
ALTER TABLE cloudstack.guest_os ADD FOREIGN KEY (category_id) REFERENCES cloudstack.guest_os_category (id);
ALTER TABLE cloudstack.guest_os_details ADD FOREIGN KEY (guest_os_id) REFERENCES cloudstack.guest_os (id);
ALTER TABLE cloudstack.guest_os_hypervisor ADD FOREIGN KEY (guest_os_id) REFERENCES cloudstack.guest_os (id);
ALTER TABLE cloudstack.host ADD FOREIGN KEY (cluster_id) REFERENCES cloudstack.cluster (id);
ALTER TABLE cloudstack.host ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.host_details ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.host_gpu_groups ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.host_tags ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.image_store_details ADD FOREIGN KEY (store_id) REFERENCES cloudstack.image_store (id);
ALTER TABLE cloudstack.inline_load_balancer_nic_map ADD FOREIGN KEY (nic_id) REFERENCES cloudstack.nics (id);
ALTER TABLE cloudstack.instance_group ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.instance_group_vm_map ADD FOREIGN KEY (group_id) REFERENCES cloudstack.instance_group (id);
ALTER TABLE cloudstack.instance_group_vm_map ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.user_vm (id);
ALTER TABLE cloudstack.kubernetes_cluster ADD FOREIGN KEY (kubernetes_version_id) REFERENCES cloudstack.kubernetes_supported_version (id);
ALTER TABLE cloudstack.kubernetes_cluster ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.kubernetes_cluster ADD FOREIGN KEY (service_offering_id) REFERENCES cloudstack.service_offering (id);
ALTER TABLE cloudstack.kubernetes_cluster ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.kubernetes_cluster ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.kubernetes_cluster_details ADD FOREIGN KEY (cluster_id) REFERENCES cloudstack.kubernetes_cluster (id);
ALTER TABLE cloudstack.kubernetes_cluster_vm_map ADD FOREIGN KEY (cluster_id) REFERENCES cloudstack.kubernetes_cluster (id);
ALTER TABLE cloudstack.kubernetes_supported_version ADD FOREIGN KEY (iso_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.kubernetes_supported_version ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.legacy_zones ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.load_balancer_cert_map ADD FOREIGN KEY (certificate_id) REFERENCES cloudstack.sslcerts (id);
ALTER TABLE cloudstack.load_balancer_cert_map ADD FOREIGN KEY (load_balancer_id) REFERENCES cloudstack.load_balancing_rules (id);
ALTER TABLE cloudstack.load_balancer_healthcheck_policies ADD FOREIGN KEY (load_balancer_id) REFERENCES cloudstack.load_balancing_rules (id);
ALTER TABLE cloudstack.load_balancer_healthcheck_policy_details ADD FOREIGN KEY (lb_policy_id) REFERENCES cloudstack.load_balancer_healthcheck_policies (id);
ALTER TABLE cloudstack.load_balancer_stickiness_policies ADD FOREIGN KEY (load_balancer_id) REFERENCES cloudstack.load_balancing_rules (id);
ALTER TABLE cloudstack.load_balancer_stickiness_policy_details ADD FOREIGN KEY (lb_policy_id) REFERENCES cloudstack.load_balancer_stickiness_policies (id);
ALTER TABLE cloudstack.load_balancer_vm_map ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.load_balancer_vm_map ADD FOREIGN KEY (load_balancer_id) REFERENCES cloudstack.load_balancing_rules (id);
ALTER TABLE cloudstack.load_balancing_rules ADD FOREIGN KEY (id) REFERENCES cloudstack.firewall_rules (id);
ALTER TABLE cloudstack.mshost_peer ADD FOREIGN KEY (owner_mshost) REFERENCES cloudstack.mshost (id);
ALTER TABLE cloudstack.mshost_peer ADD FOREIGN KEY (peer_mshost) REFERENCES cloudstack.mshost (id);
ALTER TABLE cloudstack.netscaler_pod_ref ADD FOREIGN KEY (external_load_balancer_device_id) REFERENCES cloudstack.external_load_balancer_devices (id);
ALTER TABLE cloudstack.netscaler_pod_ref ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.network_acl_details ADD FOREIGN KEY (network_acl_id) REFERENCES cloudstack.network_acl (id);
ALTER TABLE cloudstack.network_acl_item ADD FOREIGN KEY (acl_id) REFERENCES cloudstack.network_acl (id);
ALTER TABLE cloudstack.network_acl_item_cidrs ADD FOREIGN KEY (network_acl_item_id) REFERENCES cloudstack.network_acl_item (id);
ALTER TABLE cloudstack.network_acl_item_details ADD FOREIGN KEY (network_acl_item_id) REFERENCES cloudstack.network_acl_item (id);
ALTER TABLE cloudstack.network_asa1000v_map ADD FOREIGN KEY (asa1000v_id) REFERENCES cloudstack.external_cisco_asa1000v_devices (id);
ALTER TABLE cloudstack.network_asa1000v_map ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.network_details ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.network_external_firewall_device_map ADD FOREIGN KEY (external_firewall_device_id) REFERENCES cloudstack.external_firewall_devices (id);
ALTER TABLE cloudstack.network_external_firewall_device_map ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.network_external_lb_device_map ADD FOREIGN KEY (external_load_balancer_device_id) REFERENCES cloudstack.external_load_balancer_devices (id);
ALTER TABLE cloudstack.network_external_lb_device_map ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.network_offering_details ADD FOREIGN KEY (network_offering_id) REFERENCES cloudstack.network_offerings (id);
ALTER TABLE cloudstack.networks ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.networks ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.networks ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.networks ADD FOREIGN KEY (network_offering_id) REFERENCES cloudstack.network_offerings (id);
ALTER TABLE cloudstack.networks ADD FOREIGN KEY (related) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.networks ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.nic_details ADD FOREIGN KEY (nic_id) REFERENCES cloudstack.nics (id);
ALTER TABLE cloudstack.nic_extra_dhcp_options ADD FOREIGN KEY (nic_id) REFERENCES cloudstack.nics (id);
ALTER TABLE cloudstack.nic_secondary_ips ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.nic_secondary_ips ADD FOREIGN KEY (vmid) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.nicira_nvp_nic_map ADD FOREIGN KEY (nic) REFERENCES cloudstack.nics (uuid);
ALTER TABLE cloudstack.nicira_nvp_router_map ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.nics ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.nics ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.ntwk_offering_service_map ADD FOREIGN KEY (network_offering_id) REFERENCES cloudstack.network_offerings (id);
ALTER TABLE cloudstack.ntwk_service_map ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.oobm ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.op_dc_ip_address_alloc ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.op_dc_ip_address_alloc ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.op_dc_storage_network_ip_address ADD FOREIGN KEY (range_id) REFERENCES cloudstack.dc_storage_network_ip_range (id);
ALTER TABLE cloudstack.op_dc_vnet_alloc ADD FOREIGN KEY (account_vnet_map_id) REFERENCES cloudstack.account_vnet_map (id);
ALTER TABLE cloudstack.op_dc_vnet_alloc ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.op_dc_vnet_alloc ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.op_ha_work ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.op_ha_work ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.op_ha_work ADD FOREIGN KEY (mgmt_server_id) REFERENCES cloudstack.mshost (msid);
ALTER TABLE cloudstack.op_host ADD FOREIGN KEY (id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.op_host_planner_reservation ADD FOREIGN KEY (cluster_id) REFERENCES cloudstack.cluster (id);
ALTER TABLE cloudstack.op_host_planner_reservation ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.op_host_planner_reservation ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.op_host_planner_reservation ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.op_host_transfer ADD FOREIGN KEY (future_mgmt_server_id) REFERENCES cloudstack.mshost (msid);
ALTER TABLE cloudstack.op_host_transfer ADD FOREIGN KEY (id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.op_host_transfer ADD FOREIGN KEY (initial_mgmt_server_id) REFERENCES cloudstack.mshost (msid);
ALTER TABLE cloudstack.op_it_work ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.op_it_work ADD FOREIGN KEY (mgmt_server_id) REFERENCES cloudstack.mshost (msid);
ALTER TABLE cloudstack.op_networks ADD FOREIGN KEY (id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.op_router_monitoring_services ADD FOREIGN KEY (vm_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.ovs_providers ADD FOREIGN KEY (nsp_id) REFERENCES cloudstack.physical_network_service_providers (id);
ALTER TABLE cloudstack.physical_network ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.physical_network ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.physical_network_isolation_methods ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.physical_network_service_providers ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.physical_network_tags ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.physical_network_traffic_types ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.pod_vlan_map ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.pod_vlan_map ADD FOREIGN KEY (vlan_db_id) REFERENCES cloudstack.vlan (id);
ALTER TABLE cloudstack.port_forwarding_rules ADD FOREIGN KEY (id) REFERENCES cloudstack.firewall_rules (id);
ALTER TABLE cloudstack.port_forwarding_rules ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.portable_ip_address ADD FOREIGN KEY (portable_ip_range_id) REFERENCES cloudstack.portable_ip_range (id);
ALTER TABLE cloudstack.portable_ip_address ADD FOREIGN KEY (region_id) REFERENCES cloudstack.region (id);
ALTER TABLE cloudstack.portable_ip_range ADD FOREIGN KEY (region_id) REFERENCES cloudstack.region (id);
ALTER TABLE cloudstack.private_ip_address ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.private_ip_address ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.project_account ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.project_account ADD FOREIGN KEY (project_account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.project_account ADD FOREIGN KEY (project_id) REFERENCES cloudstack.projects (id);
ALTER TABLE cloudstack.project_account ADD FOREIGN KEY (project_role_id) REFERENCES cloudstack.project_role (id);
ALTER TABLE cloudstack.project_account ADD FOREIGN KEY (user_id) REFERENCES cloudstack."user" (id);
ALTER TABLE cloudstack.project_invitations ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.project_invitations ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.project_invitations ADD FOREIGN KEY (project_id) REFERENCES cloudstack.projects (id);
ALTER TABLE cloudstack.project_invitations ADD FOREIGN KEY (project_role_id) REFERENCES cloudstack.project_role (id);
ALTER TABLE cloudstack.project_invitations ADD FOREIGN KEY (user_id) REFERENCES cloudstack."user" (id);
ALTER TABLE cloudstack.project_role ADD FOREIGN KEY (project_id) REFERENCES cloudstack.projects (id);
ALTER TABLE cloudstack.project_role_permissions ADD FOREIGN KEY (project_id) REFERENCES cloudstack.projects (id);
ALTER TABLE cloudstack.project_role_permissions ADD FOREIGN KEY (project_role_id) REFERENCES cloudstack.project_role (id);
ALTER TABLE cloudstack.projects ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.projects ADD FOREIGN KEY (project_account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.remote_access_vpn ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.remote_access_vpn ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.remote_access_vpn ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.remote_access_vpn ADD FOREIGN KEY (vpn_server_addr_id) REFERENCES cloudstack.user_ip_address (id);
ALTER TABLE cloudstack.remote_access_vpn_details ADD FOREIGN KEY (remote_access_vpn_id) REFERENCES cloudstack.remote_access_vpn (id);
ALTER TABLE cloudstack.resource_count ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.resource_count ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.resource_limit ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.resource_limit ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.resource_tags ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.resource_tags ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.role_permissions ADD FOREIGN KEY (role_id) REFERENCES cloudstack.roles (id);
ALTER TABLE cloudstack.router_health_check ADD FOREIGN KEY (router_id) REFERENCES cloudstack.domain_router (id);
ALTER TABLE cloudstack.router_network_ref ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.router_network_ref ADD FOREIGN KEY (router_id) REFERENCES cloudstack.domain_router (id);
ALTER TABLE cloudstack.s2s_customer_gateway ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.s2s_customer_gateway ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.s2s_customer_gateway_details ADD FOREIGN KEY (s2s_customer_gateway_id) REFERENCES cloudstack.s2s_customer_gateway (id);
ALTER TABLE cloudstack.s2s_vpn_connection ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.s2s_vpn_connection ADD FOREIGN KEY (customer_gateway_id) REFERENCES cloudstack.s2s_customer_gateway (id);
ALTER TABLE cloudstack.s2s_vpn_connection ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.s2s_vpn_connection ADD FOREIGN KEY (vpn_gateway_id) REFERENCES cloudstack.s2s_vpn_gateway (id);
ALTER TABLE cloudstack.s2s_vpn_connection_details ADD FOREIGN KEY (s2s_vpn_connection_id) REFERENCES cloudstack.s2s_vpn_connection (id);
ALTER TABLE cloudstack.s2s_vpn_gateway ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.s2s_vpn_gateway ADD FOREIGN KEY (addr_id) REFERENCES cloudstack.user_ip_address (id);
ALTER TABLE cloudstack.s2s_vpn_gateway ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.s2s_vpn_gateway ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.s2s_vpn_gateway_details ADD FOREIGN KEY (s2s_vpn_gateway_id) REFERENCES cloudstack.s2s_vpn_gateway (id);
ALTER TABLE cloudstack.saml_token ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.secondary_storage_vm ADD FOREIGN KEY (id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.security_group ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.security_group ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.security_group_rule ADD FOREIGN KEY (allowed_network_id) REFERENCES cloudstack.security_group (id);
ALTER TABLE cloudstack.security_group_rule ADD FOREIGN KEY (security_group_id) REFERENCES cloudstack.security_group (id);
ALTER TABLE cloudstack.security_group_vm_map ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.user_vm (id);
ALTER TABLE cloudstack.security_group_vm_map ADD FOREIGN KEY (security_group_id) REFERENCES cloudstack.security_group (id);
ALTER TABLE cloudstack.service_offering ADD FOREIGN KEY (id) REFERENCES cloudstack.disk_offering (id);
ALTER TABLE cloudstack.service_offering_details ADD FOREIGN KEY (service_offering_id) REFERENCES cloudstack.service_offering (id);
ALTER TABLE cloudstack.snapshot_policy_details ADD FOREIGN KEY (policy_id) REFERENCES cloudstack.snapshot_policy (id);
ALTER TABLE cloudstack.snapshot_schedule ADD FOREIGN KEY (async_job_id) REFERENCES cloudstack.async_job (id);
ALTER TABLE cloudstack.snapshot_schedule ADD FOREIGN KEY (policy_id) REFERENCES cloudstack.snapshot_policy (id);
ALTER TABLE cloudstack.snapshot_schedule ADD FOREIGN KEY (snapshot_id) REFERENCES cloudstack.snapshots (id);
ALTER TABLE cloudstack.snapshot_schedule ADD FOREIGN KEY (volume_id) REFERENCES cloudstack.volumes (id);
ALTER TABLE cloudstack.snapshot_store_ref ADD FOREIGN KEY (snapshot_id) REFERENCES cloudstack.snapshots (id);
ALTER TABLE cloudstack.snapshots ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.snapshots ADD FOREIGN KEY (s3_id) REFERENCES cloudstack.s3 (id);
ALTER TABLE cloudstack.ssh_keypairs ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.ssh_keypairs ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.sslcerts ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.sslcerts ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.static_routes ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.static_routes ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.static_routes ADD FOREIGN KEY (vpc_gateway_id) REFERENCES cloudstack.vpc_gateways (id);
ALTER TABLE cloudstack.static_routes ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.storage_pool ADD FOREIGN KEY (cluster_id) REFERENCES cloudstack.cluster (id);
ALTER TABLE cloudstack.storage_pool ADD FOREIGN KEY (pod_id) REFERENCES cloudstack.host_pod_ref (id);
ALTER TABLE cloudstack.storage_pool_details ADD FOREIGN KEY (pool_id) REFERENCES cloudstack.storage_pool (id);
ALTER TABLE cloudstack.storage_pool_host_ref ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.storage_pool_host_ref ADD FOREIGN KEY (pool_id) REFERENCES cloudstack.storage_pool (id);
ALTER TABLE cloudstack.storage_pool_tags ADD FOREIGN KEY (pool_id) REFERENCES cloudstack.storage_pool (id);
ALTER TABLE cloudstack.sync_queue_item ADD FOREIGN KEY (queue_id) REFERENCES cloudstack.sync_queue (id);
ALTER TABLE cloudstack.template_deploy_as_is_details ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.template_host_ref ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.template_host_ref ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.template_ovf_properties ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.template_s3_ref ADD FOREIGN KEY (s3_id) REFERENCES cloudstack.s3 (id);
ALTER TABLE cloudstack.template_s3_ref ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.template_spool_ref ADD FOREIGN KEY (pool_id) REFERENCES cloudstack.storage_pool (id);
ALTER TABLE cloudstack.template_spool_ref ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.template_store_ref ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.template_swift_ref ADD FOREIGN KEY (swift_id) REFERENCES cloudstack.swift (id);
ALTER TABLE cloudstack.template_swift_ref ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.template_zone_ref ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.template_zone_ref ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.upload ADD FOREIGN KEY (host_id) REFERENCES cloudstack.image_store (id);
ALTER TABLE cloudstack.usage_event_details ADD FOREIGN KEY (usage_event_id) REFERENCES cloudstack.usage_event (id);
ALTER TABLE cloudstack."user" ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.user_details ADD FOREIGN KEY (user_id) REFERENCES cloudstack."user" (id);
ALTER TABLE cloudstack.user_ip_address ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.user_ip_address ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.user_ip_address ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.user_ip_address ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.user_ip_address ADD FOREIGN KEY (source_network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.user_ip_address ADD FOREIGN KEY (vlan_db_id) REFERENCES cloudstack.vlan (id);
ALTER TABLE cloudstack.user_ip_address ADD FOREIGN KEY (vm_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.user_ip_address ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.user_ip_address_details ADD FOREIGN KEY (user_ip_address_id) REFERENCES cloudstack.user_ip_address (id);
ALTER TABLE cloudstack.user_ipv6_address ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.user_ipv6_address ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.user_ipv6_address ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.user_ipv6_address ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.user_ipv6_address ADD FOREIGN KEY (source_network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.user_ipv6_address ADD FOREIGN KEY (vlan_id) REFERENCES cloudstack.vlan (id);
ALTER TABLE cloudstack.user_statistics ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.user_vm ADD FOREIGN KEY (id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.user_vm_deploy_as_is_details ADD FOREIGN KEY (vm_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.user_vm_details ADD FOREIGN KEY (vm_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.vgpu_types ADD FOREIGN KEY (gpu_group_id) REFERENCES cloudstack.host_gpu_groups (id);
ALTER TABLE cloudstack.virtual_router_providers ADD FOREIGN KEY (nsp_id) REFERENCES cloudstack.physical_network_service_providers (id);
ALTER TABLE cloudstack.vlan ADD FOREIGN KEY (data_center_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.vlan ADD FOREIGN KEY (physical_network_id) REFERENCES cloudstack.physical_network (id);
ALTER TABLE cloudstack.vlan_details ADD FOREIGN KEY (vlan_id) REFERENCES cloudstack.vlan (id);
ALTER TABLE cloudstack.vm_disk_statistics ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.vm_instance ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.vm_instance ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.vm_instance ADD FOREIGN KEY (last_host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.vm_instance ADD FOREIGN KEY (power_host) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.vm_instance ADD FOREIGN KEY (service_offering_id) REFERENCES cloudstack.service_offering (id);
ALTER TABLE cloudstack.vm_instance ADD FOREIGN KEY (vm_template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.vm_snapshots ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.vm_snapshots ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.vm_snapshots ADD FOREIGN KEY (service_offering_id) REFERENCES cloudstack.service_offering (id);
ALTER TABLE cloudstack.vm_snapshots ADD FOREIGN KEY (vm_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.vm_template_details ADD FOREIGN KEY (template_id) REFERENCES cloudstack.vm_template (id);
ALTER TABLE cloudstack.vm_work_job ADD FOREIGN KEY (vm_instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.vmware_data_center_zone_map ADD FOREIGN KEY (vmware_data_center_id) REFERENCES cloudstack.vmware_data_center (id);
ALTER TABLE cloudstack.volume_details ADD FOREIGN KEY (volume_id) REFERENCES cloudstack.volumes (id);
ALTER TABLE cloudstack.volume_host_ref ADD FOREIGN KEY (host_id) REFERENCES cloudstack.host (id);
ALTER TABLE cloudstack.volume_host_ref ADD FOREIGN KEY (volume_id) REFERENCES cloudstack.volumes (id);
ALTER TABLE cloudstack.volume_reservation ADD FOREIGN KEY (vm_reservation_id) REFERENCES cloudstack.vm_reservation (id);
ALTER TABLE cloudstack.volume_store_ref ADD FOREIGN KEY (store_id) REFERENCES cloudstack.image_store (id);
ALTER TABLE cloudstack.volume_store_ref ADD FOREIGN KEY (volume_id) REFERENCES cloudstack.volumes (id);
ALTER TABLE cloudstack.volumes ADD FOREIGN KEY (instance_id) REFERENCES cloudstack.vm_instance (id);
ALTER TABLE cloudstack.volumes ADD FOREIGN KEY (pool_id) REFERENCES cloudstack.storage_pool (id);
ALTER TABLE cloudstack.vpc ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.vpc ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.vpc ADD FOREIGN KEY (vpc_offering_id) REFERENCES cloudstack.vpc_offerings (id);
ALTER TABLE cloudstack.vpc ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.vpc_details ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.vpc_gateway_details ADD FOREIGN KEY (vpc_gateway_id) REFERENCES cloudstack.vpc_gateways (id);
ALTER TABLE cloudstack.vpc_gateways ADD FOREIGN KEY (account_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.vpc_gateways ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.vpc_gateways ADD FOREIGN KEY (network_id) REFERENCES cloudstack.networks (id);
ALTER TABLE cloudstack.vpc_gateways ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.vpc_gateways ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
ALTER TABLE cloudstack.vpc_offering_details ADD FOREIGN KEY (offering_id) REFERENCES cloudstack.vpc_offerings (id);
ALTER TABLE cloudstack.vpc_offering_service_map ADD FOREIGN KEY (vpc_offering_id) REFERENCES cloudstack.vpc_offerings (id);
ALTER TABLE cloudstack.vpc_offerings ADD FOREIGN KEY (service_offering_id) REFERENCES cloudstack.service_offering (id);
ALTER TABLE cloudstack.vpc_service_map ADD FOREIGN KEY (vpc_id) REFERENCES cloudstack.vpc (id);
ALTER TABLE cloudstack.vpn_users ADD FOREIGN KEY (domain_id) REFERENCES cloudstack.domain (id);
ALTER TABLE cloudstack.vpn_users ADD FOREIGN KEY (owner_id) REFERENCES cloudstack.account (id);
ALTER TABLE cloudstack.vsphere_storage_policy ADD FOREIGN KEY (zone_id) REFERENCES cloudstack.data_center (id);
COMMENT ON COLUMN cloudstack.account.account_name IS 'an account name set by the creator of the account, defaults to username for single accounts';
COMMENT ON COLUMN cloudstack.account.role_id IS 'role id for this account';
COMMENT ON COLUMN cloudstack.account.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.account."default" IS '1 if account is default';
COMMENT ON COLUMN cloudstack.account_details.account_id IS 'account id';
COMMENT ON COLUMN cloudstack.account_network_ref.id IS 'id';
COMMENT ON COLUMN cloudstack.account_network_ref.account_id IS 'account id';
COMMENT ON COLUMN cloudstack.account_network_ref.network_id IS 'network id';
COMMENT ON COLUMN cloudstack.account_network_ref.is_owner IS 'is the owner of the network';
COMMENT ON COLUMN cloudstack.account_vlan_map.account_id IS 'account id. foreign key to account table';
COMMENT ON COLUMN cloudstack.account_vlan_map.vlan_db_id IS 'database id of vlan. foreign key to vlan table';
COMMENT ON COLUMN cloudstack.account_vnet_map.vnet_range IS 'dedicated guest vlan range';
COMMENT ON COLUMN cloudstack.account_vnet_map.account_id IS 'account id. foreign key to account table';
COMMENT ON COLUMN cloudstack.account_vnet_map.physical_network_id IS 'physical network id. foreign key to the the physical network table';
COMMENT ON COLUMN cloudstack.affinity_group.acl_type IS 'ACL access type. can be Account/Domain';
COMMENT ON COLUMN cloudstack.affinity_group_domain_map.id IS 'id';
COMMENT ON COLUMN cloudstack.affinity_group_domain_map.domain_id IS 'domain id';
COMMENT ON COLUMN cloudstack.affinity_group_domain_map.affinity_group_id IS 'affinity group id';
COMMENT ON COLUMN cloudstack.affinity_group_domain_map.subdomain_access IS '1 if affinity group can be accessible from the subdomain';
COMMENT ON COLUMN cloudstack.alert.subject IS 'according to SMTP spec, max subject length is 1000 including the CRLF character, so allow enough space to fit long pod/zone/host names';
COMMENT ON COLUMN cloudstack.alert.created IS 'when this alert type was created';
COMMENT ON COLUMN cloudstack.alert.last_sent IS 'Last time the alert was sent';
COMMENT ON COLUMN cloudstack.alert.resolved IS 'when the alert status was resolved (available memory no longer at critical level, etc.)';
COMMENT ON COLUMN cloudstack.alert.name IS 'name of the alert';
COMMENT ON COLUMN cloudstack.annotations.created IS 'date of creation';
COMMENT ON COLUMN cloudstack.annotations.removed IS 'date of removal';
COMMENT ON COLUMN cloudstack.async_job.instance_type IS 'instance_type and instance_id work together to allow attaching an instance object to a job';
COMMENT ON COLUMN cloudstack.async_job.job_cmd_info IS 'command parameter info';
COMMENT ON COLUMN cloudstack.async_job.job_cmd_ver IS 'command version';
COMMENT ON COLUMN cloudstack.async_job.job_status IS 'general job execution status';
COMMENT ON COLUMN cloudstack.async_job.job_process_status IS 'job specific process status for asynchronize progress update';
COMMENT ON COLUMN cloudstack.async_job.job_result_code IS 'job result code, specify error code corresponding to result message';
COMMENT ON COLUMN cloudstack.async_job.job_result IS 'job result info';
COMMENT ON COLUMN cloudstack.async_job.job_init_msid IS 'the initiating msid';
COMMENT ON COLUMN cloudstack.async_job.job_complete_msid IS 'completing msid';
COMMENT ON COLUMN cloudstack.async_job.created IS 'date created';
COMMENT ON COLUMN cloudstack.async_job.last_updated IS 'date created';
COMMENT ON COLUMN cloudstack.async_job.last_polled IS 'date polled';
COMMENT ON COLUMN cloudstack.async_job.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.async_job_join_map.id IS 'id';
COMMENT ON COLUMN cloudstack.async_job_join_map.sync_source_id IS 'upper-level job sync source info before join';
COMMENT ON COLUMN cloudstack.async_job_join_map.wakeup_interval IS 'wakeup interval in seconds';
COMMENT ON COLUMN cloudstack.async_job_journal.id IS 'id';
COMMENT ON COLUMN cloudstack.async_job_journal.journal_text IS 'journal descriptive informaton';
COMMENT ON COLUMN cloudstack.async_job_journal.journal_obj IS 'journal strutural information, JSON encoded object';
COMMENT ON COLUMN cloudstack.async_job_journal.created IS 'date created';
COMMENT ON COLUMN cloudstack.autoscale_policies.created IS 'date created';
COMMENT ON COLUMN cloudstack.autoscale_policies.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.autoscale_vmgroups.state IS 'enabled or disabled, a vmgroup is disabled to stop autoscaling activity';
COMMENT ON COLUMN cloudstack.autoscale_vmgroups.created IS 'date created';
COMMENT ON COLUMN cloudstack.autoscale_vmgroups.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.autoscale_vmgroups.display IS 'True if the entry can be displayed to the end user';
COMMENT ON COLUMN cloudstack.autoscale_vmgroups.last_interval IS 'last updated time';
COMMENT ON COLUMN cloudstack.autoscale_vmgroup_details.autoscale_vmgroup_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.autoscale_vmgroup_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.autoscale_vmprofiles.other_deploy_params IS 'other deployment parameters that is in addition to zoneid,serviceofferingid,domainid';
COMMENT ON COLUMN cloudstack.autoscale_vmprofiles.destroy_vm_grace_period IS 'the time allowed for existing connections to get closed before a vm is destroyed';
COMMENT ON COLUMN cloudstack.autoscale_vmprofiles.counter_params IS 'the parameters for the counter to be used to get metric information from VMs';
COMMENT ON COLUMN cloudstack.autoscale_vmprofiles.created IS 'date created';
COMMENT ON COLUMN cloudstack.autoscale_vmprofiles.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.autoscale_vmprofiles.display IS 'True if the entry can be displayed to the end user';
COMMENT ON COLUMN cloudstack.autoscale_vmprofile_details.autoscale_vmprofile_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.autoscale_vmprofile_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.backups.external_id IS 'external ID';
COMMENT ON COLUMN cloudstack.backups.type IS 'backup type';
COMMENT ON COLUMN cloudstack.backups.date IS 'backup date';
COMMENT ON COLUMN cloudstack.backups.size IS 'size of the backup';
COMMENT ON COLUMN cloudstack.backup_offering.name IS 'backup offering name';
COMMENT ON COLUMN cloudstack.backup_offering.description IS 'backup offering description';
COMMENT ON COLUMN cloudstack.backup_offering.external_id IS 'external ID on provider side';
COMMENT ON COLUMN cloudstack.backup_offering.user_driven_backup IS 'whether user can do adhoc backups and backup schedules allowed, default false';
COMMENT ON COLUMN cloudstack.backup_offering.zone_id IS 'zone id';
COMMENT ON COLUMN cloudstack.backup_offering.provider IS 'backup provider';
COMMENT ON COLUMN cloudstack.backup_schedule.schedule_type IS 'backup schedulet type e.g. hourly, daily, etc.';
COMMENT ON COLUMN cloudstack.backup_schedule.schedule IS 'schedule time of execution';
COMMENT ON COLUMN cloudstack.backup_schedule.timezone IS 'the timezone in which the schedule time is specified';
COMMENT ON COLUMN cloudstack.backup_schedule.scheduled_timestamp IS 'Time at which the backup was scheduled for execution';
COMMENT ON COLUMN cloudstack.backup_schedule.async_job_id IS 'If this schedule is being executed, it is the id of the create aysnc_job. Before that it is null';
COMMENT ON COLUMN cloudstack.baremetal_dhcp_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.baremetal_dhcp_devices.nsp_id IS 'Network Service Provider ID';
COMMENT ON COLUMN cloudstack.baremetal_dhcp_devices.pod_id IS 'Pod id where this dhcp server in';
COMMENT ON COLUMN cloudstack.baremetal_dhcp_devices.device_type IS 'type of the external device';
COMMENT ON COLUMN cloudstack.baremetal_dhcp_devices.physical_network_id IS 'id of the physical network in to which external dhcp device is added';
COMMENT ON COLUMN cloudstack.baremetal_dhcp_devices.host_id IS 'host id coresponding to the external dhcp device';
COMMENT ON COLUMN cloudstack.baremetal_pxe_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.baremetal_pxe_devices.nsp_id IS 'Network Service Provider ID';
COMMENT ON COLUMN cloudstack.baremetal_pxe_devices.pod_id IS 'Pod id where this pxe server in, for pxe per zone this field is null';
COMMENT ON COLUMN cloudstack.baremetal_pxe_devices.device_type IS 'type of the pxe device';
COMMENT ON COLUMN cloudstack.baremetal_pxe_devices.physical_network_id IS 'id of the physical network in to which external pxe device is added';
COMMENT ON COLUMN cloudstack.baremetal_pxe_devices.host_id IS 'host id coresponding to the external pxe device';
COMMENT ON COLUMN cloudstack.brocade_network_vlan_map.id IS 'id';
COMMENT ON COLUMN cloudstack.brocade_network_vlan_map.network_id IS 'id of the network';
COMMENT ON COLUMN cloudstack.brocade_network_vlan_map.vlan_id IS 'vlan id of the network';
COMMENT ON COLUMN cloudstack.cluster.id IS 'id';
COMMENT ON COLUMN cloudstack.cluster.name IS 'name for the cluster';
COMMENT ON COLUMN cloudstack.cluster.uuid IS 'uuid is different with following guid, while the later one is generated by hypervisor resource';
COMMENT ON COLUMN cloudstack.cluster.guid IS 'guid for the cluster';
COMMENT ON COLUMN cloudstack.cluster.pod_id IS 'pod id';
COMMENT ON COLUMN cloudstack.cluster.data_center_id IS 'data center id';
COMMENT ON COLUMN cloudstack.cluster.allocation_state IS 'Is this cluster enabled for allocation for new resources';
COMMENT ON COLUMN cloudstack.cluster.managed_state IS 'Is this cluster managed by cloudstack';
COMMENT ON COLUMN cloudstack.cluster.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.cluster.created IS 'date created';
COMMENT ON COLUMN cloudstack.cluster.lastupdated IS 'last updated';
COMMENT ON COLUMN cloudstack.cluster.engine_state IS 'the engine state of the zone';
COMMENT ON COLUMN cloudstack.cluster_details.cluster_id IS 'cluster id';
COMMENT ON COLUMN cloudstack.cmd_exec_log.id IS 'id';
COMMENT ON COLUMN cloudstack.cmd_exec_log.host_id IS 'host id of the system VM agent that command is sent to';
COMMENT ON COLUMN cloudstack.cmd_exec_log.instance_id IS 'instance id of the system VM that command is executed on';
COMMENT ON COLUMN cloudstack.cmd_exec_log.command_name IS 'command name';
COMMENT ON COLUMN cloudstack.cmd_exec_log.weight IS 'command weight in consideration of the load factor added to host that is executing the command';
COMMENT ON COLUMN cloudstack.cmd_exec_log.created IS 'date created';
COMMENT ON COLUMN cloudstack.conditions.id IS 'id';
COMMENT ON COLUMN cloudstack.conditions.counter_id IS 'Counter Id';
COMMENT ON COLUMN cloudstack.conditions.threshold IS 'threshold value for the given counter';
COMMENT ON COLUMN cloudstack.conditions.relational_operator IS 'relational operator to be used upon the counter and condition';
COMMENT ON COLUMN cloudstack.conditions.domain_id IS 'domain the Condition belongs to';
COMMENT ON COLUMN cloudstack.conditions.account_id IS 'owner of this Condition';
COMMENT ON COLUMN cloudstack.conditions.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.conditions.created IS 'date created';
COMMENT ON COLUMN cloudstack.configuration.updated IS 'Time this was updated by the server. null means this row is obsolete.';
COMMENT ON COLUMN cloudstack.configuration.scope IS 'Can this parameter be scoped';
COMMENT ON COLUMN cloudstack.configuration.is_dynamic IS 'Can the parameter be change dynamically without restarting the server';
COMMENT ON COLUMN cloudstack.console_proxy.public_mac_address IS 'mac address of the public facing network card';
COMMENT ON COLUMN cloudstack.console_proxy.public_ip_address IS 'public ip address for the console proxy';
COMMENT ON COLUMN cloudstack.console_proxy.public_netmask IS 'public netmask used for the console proxy';
COMMENT ON COLUMN cloudstack.console_proxy.active_session IS 'active session number';
COMMENT ON COLUMN cloudstack.console_proxy.last_update IS 'Last session update time';
COMMENT ON COLUMN cloudstack.console_proxy.session_details IS 'session detail info';
COMMENT ON COLUMN cloudstack.counter.id IS 'id';
COMMENT ON COLUMN cloudstack.counter.source IS 'source e.g. netscaler, snmp';
COMMENT ON COLUMN cloudstack.counter.name IS 'Counter name';
COMMENT ON COLUMN cloudstack.counter.value IS 'Value in case of source=snmp';
COMMENT ON COLUMN cloudstack.counter.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.counter.created IS 'date created';
COMMENT ON COLUMN cloudstack.crl.serial IS 'certificate''s serial number as hex string';
COMMENT ON COLUMN cloudstack.crl.cn IS 'certificate''s common name';
COMMENT ON COLUMN cloudstack.crl.revoker_uuid IS 'revoker user account uuid';
COMMENT ON COLUMN cloudstack.crl.revoked IS 'date of revocation';
COMMENT ON COLUMN cloudstack.data_center.router_mac_address IS 'mac address for the router within the domain';
COMMENT ON COLUMN cloudstack.data_center.mac_address IS 'Next available mac address for the ethernet card interacting with public internet';
COMMENT ON COLUMN cloudstack.data_center.domain IS 'Network domain name of the Vms of the zone';
COMMENT ON COLUMN cloudstack.data_center.domain_id IS 'domain id for the parent domain to this zone (null signifies public zone)';
COMMENT ON COLUMN cloudstack.data_center.networktype IS 'Network type of the zone';
COMMENT ON COLUMN cloudstack.data_center.allocation_state IS 'Is this data center enabled for allocation for new resources';
COMMENT ON COLUMN cloudstack.data_center.is_security_group_enabled IS '1: enabled, 0: not';
COMMENT ON COLUMN cloudstack.data_center.is_local_storage_enabled IS 'Is local storage offering enabled for this data center; 1: enabled, 0: not';
COMMENT ON COLUMN cloudstack.data_center.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.data_center.created IS 'date created';
COMMENT ON COLUMN cloudstack.data_center.lastupdated IS 'last updated';
COMMENT ON COLUMN cloudstack.data_center.engine_state IS 'the engine state of the zone';
COMMENT ON COLUMN cloudstack.data_center_details.dc_id IS 'dc id';
COMMENT ON COLUMN cloudstack.data_center_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.dc_storage_network_ip_range.start_ip IS 'start ip address';
COMMENT ON COLUMN cloudstack.dc_storage_network_ip_range.end_ip IS 'end ip address';
COMMENT ON COLUMN cloudstack.dc_storage_network_ip_range.gateway IS 'gateway ip address';
COMMENT ON COLUMN cloudstack.dc_storage_network_ip_range.vlan IS 'vlan the storage network on';
COMMENT ON COLUMN cloudstack.dc_storage_network_ip_range.netmask IS 'netmask for storage network';
COMMENT ON COLUMN cloudstack.dc_storage_network_ip_range.pod_id IS 'pod it belongs to';
COMMENT ON COLUMN cloudstack.dc_storage_network_ip_range.network_id IS 'id of corresponding network offering';
COMMENT ON COLUMN cloudstack.dedicated_resources.id IS 'id';
COMMENT ON COLUMN cloudstack.dedicated_resources.data_center_id IS 'data center id';
COMMENT ON COLUMN cloudstack.dedicated_resources.pod_id IS 'pod id';
COMMENT ON COLUMN cloudstack.dedicated_resources.cluster_id IS 'cluster id';
COMMENT ON COLUMN cloudstack.dedicated_resources.host_id IS 'host id';
COMMENT ON COLUMN cloudstack.dedicated_resources.domain_id IS 'domain id of the domain to which resource is dedicated';
COMMENT ON COLUMN cloudstack.dedicated_resources.account_id IS 'account id of the account to which resource is dedicated';
COMMENT ON COLUMN cloudstack.dedicated_resources.affinity_group_id IS 'affinity group id associated';
COMMENT ON COLUMN cloudstack.disk_offering.display_text IS 'Descrianaption text set by the admin for display purpose only';
COMMENT ON COLUMN cloudstack.disk_offering.disk_size IS 'disk space in byte';
COMMENT ON COLUMN cloudstack.disk_offering.type IS 'inheritted by who?';
COMMENT ON COLUMN cloudstack.disk_offering.tags IS 'comma separated tags about the disk_offering';
COMMENT ON COLUMN cloudstack.disk_offering.recreatable IS 'The root disk is always recreatable';
COMMENT ON COLUMN cloudstack.disk_offering.use_local_storage IS 'Indicates whether local storage pools should be used';
COMMENT ON COLUMN cloudstack.disk_offering.unique_name IS 'unique name';
COMMENT ON COLUMN cloudstack.disk_offering.system_use IS 'is this offering for system used only';
COMMENT ON COLUMN cloudstack.disk_offering.customized IS '0 implies not customized by default';
COMMENT ON COLUMN cloudstack.disk_offering.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.disk_offering.created IS 'date the disk offering was created';
COMMENT ON COLUMN cloudstack.disk_offering.sort_key IS 'sort key used for customising sort method';
COMMENT ON COLUMN cloudstack.disk_offering.display_offering IS 'Should disk offering be displayed to the end user';
COMMENT ON COLUMN cloudstack.disk_offering.customized_iops IS 'Should customized IOPS be displayed to the end user';
COMMENT ON COLUMN cloudstack.disk_offering.min_iops IS 'Minimum IOPS';
COMMENT ON COLUMN cloudstack.disk_offering.max_iops IS 'Maximum IOPS';
COMMENT ON COLUMN cloudstack.disk_offering.state IS 'state for disk offering';
COMMENT ON COLUMN cloudstack.disk_offering.hv_ss_reserve IS 'Hypervisor snapshot reserve space as a percent of a volume (for managed storage using Xen or VMware)';
COMMENT ON COLUMN cloudstack.disk_offering.cache_mode IS 'The disk cache mode to use for disks created with this offering';
COMMENT ON COLUMN cloudstack.disk_offering.provisioning_type IS 'pre allocation setting of the volume';
COMMENT ON COLUMN cloudstack.disk_offering_details.offering_id IS 'offering id';
COMMENT ON COLUMN cloudstack.disk_offering_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.domain.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.domain.state IS 'state of the domain';
COMMENT ON COLUMN cloudstack.domain.type IS 'type of the domain - can be Normal or Project';
COMMENT ON COLUMN cloudstack.domain_details.domain_id IS 'account id';
COMMENT ON COLUMN cloudstack.domain_network_ref.id IS 'id';
COMMENT ON COLUMN cloudstack.domain_network_ref.domain_id IS 'domain id';
COMMENT ON COLUMN cloudstack.domain_network_ref.network_id IS 'network id';
COMMENT ON COLUMN cloudstack.domain_network_ref.subdomain_access IS '1 if network can be accessible from the subdomain';
COMMENT ON TABLE cloudstack.domain_router IS 'information about the domR instance';
COMMENT ON COLUMN cloudstack.domain_router.element_id IS 'correlated virtual router provider ID';
COMMENT ON COLUMN cloudstack.domain_router.public_mac_address IS 'mac address of the public facing network card';
COMMENT ON COLUMN cloudstack.domain_router.public_ip_address IS 'public ip address used for source net';
COMMENT ON COLUMN cloudstack.domain_router.public_netmask IS 'netmask used for the domR';
COMMENT ON COLUMN cloudstack.domain_router.guest_netmask IS 'netmask used for the guest network';
COMMENT ON COLUMN cloudstack.domain_router.guest_ip_address IS ' ip address in the guest network';
COMMENT ON COLUMN cloudstack.domain_router.is_redundant_router IS 'if in redundant router mode';
COMMENT ON COLUMN cloudstack.domain_router.priority IS 'priority of router in the redundant router mode';
COMMENT ON COLUMN cloudstack.domain_router.redundant_state IS 'the state of redundant virtual router';
COMMENT ON COLUMN cloudstack.domain_router.stop_pending IS 'if this router would be stopped after we can connect to it';
COMMENT ON COLUMN cloudstack.domain_router.role IS 'type of role played by this router';
COMMENT ON COLUMN cloudstack.domain_router.template_version IS 'template version';
COMMENT ON COLUMN cloudstack.domain_router.scripts_version IS 'scripts version';
COMMENT ON COLUMN cloudstack.domain_router.vpc_id IS 'correlated virtual router vpc ID';
COMMENT ON COLUMN cloudstack.domain_vlan_map.domain_id IS 'domain id. foreign key to domain table';
COMMENT ON COLUMN cloudstack.domain_vlan_map.vlan_db_id IS 'database id of vlan. foreign key to vlan table';
COMMENT ON COLUMN cloudstack.event.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.physical_network_id IS 'id of the physical network in to which bigswitch bcf device is added';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.provider_name IS 'Service Provider name corresponding to this bigswitch bcf device';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.device_name IS 'name of the bigswitch bcf device';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.host_id IS 'host id coresponding to the external bigswitch bcf device';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.hostname IS 'host name or IP address for the bigswitch bcf device';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.username IS 'username for the bigswitch bcf device';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.password IS 'password for the bigswitch bcf device';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.nat IS 'NAT support for the bigswitch bcf device';
COMMENT ON COLUMN cloudstack.external_bigswitch_bcf_devices.hash IS 'topology hash for the bigswitch bcf networks';
COMMENT ON COLUMN cloudstack.external_bigswitch_vns_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.external_bigswitch_vns_devices.physical_network_id IS 'id of the physical network in to which bigswitch vns device is added';
COMMENT ON COLUMN cloudstack.external_bigswitch_vns_devices.provider_name IS 'Service Provider name corresponding to this bigswitch vns device';
COMMENT ON COLUMN cloudstack.external_bigswitch_vns_devices.device_name IS 'name of the bigswitch vns device';
COMMENT ON COLUMN cloudstack.external_bigswitch_vns_devices.host_id IS 'host id coresponding to the external bigswitch vns device';
COMMENT ON COLUMN cloudstack.external_brocade_vcs_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.external_brocade_vcs_devices.physical_network_id IS 'id of the physical network in to which brocade vcs switch is added';
COMMENT ON COLUMN cloudstack.external_brocade_vcs_devices.provider_name IS 'Service Provider name corresponding to this brocade vcs switch';
COMMENT ON COLUMN cloudstack.external_brocade_vcs_devices.device_name IS 'name of the brocade vcs switch';
COMMENT ON COLUMN cloudstack.external_brocade_vcs_devices.host_id IS 'host id coresponding to the external brocade vcs switch';
COMMENT ON COLUMN cloudstack.external_cisco_asa1000v_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.external_cisco_asa1000v_devices.physical_network_id IS 'id of the physical network in to which cisco asa1kv device is added';
COMMENT ON COLUMN cloudstack.external_cisco_asa1000v_devices.management_ip IS 'mgmt. ip of cisco asa1kv device';
COMMENT ON COLUMN cloudstack.external_cisco_asa1000v_devices.in_port_profile IS 'inside port profile name of cisco asa1kv device';
COMMENT ON COLUMN cloudstack.external_cisco_asa1000v_devices.cluster_id IS 'id of the Vmware cluster to which cisco asa1kv device is attached (cisco n1kv switch)';
COMMENT ON COLUMN cloudstack.external_cisco_vnmc_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.external_cisco_vnmc_devices.physical_network_id IS 'id of the physical network in to which cisco vnmc device is added';
COMMENT ON COLUMN cloudstack.external_cisco_vnmc_devices.provider_name IS 'Service Provider name corresponding to this cisco vnmc device';
COMMENT ON COLUMN cloudstack.external_cisco_vnmc_devices.device_name IS 'name of the cisco vnmc device';
COMMENT ON COLUMN cloudstack.external_cisco_vnmc_devices.host_id IS 'host id coresponding to the external cisco vnmc device';
COMMENT ON COLUMN cloudstack.external_firewall_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.external_firewall_devices.physical_network_id IS 'id of the physical network in to which firewall device is added';
COMMENT ON COLUMN cloudstack.external_firewall_devices.provider_name IS 'Service Provider name corresponding to this firewall device';
COMMENT ON COLUMN cloudstack.external_firewall_devices.device_name IS 'name of the firewall device';
COMMENT ON COLUMN cloudstack.external_firewall_devices.device_state IS 'state (enabled/disabled/shutdown) of the device';
COMMENT ON COLUMN cloudstack.external_firewall_devices.is_dedicated IS '1 if device/appliance meant for dedicated use only';
COMMENT ON COLUMN cloudstack.external_firewall_devices.allocation_state IS 'Allocation state (Free/Allocated) of the device';
COMMENT ON COLUMN cloudstack.external_firewall_devices.host_id IS 'host id coresponding to the external firewall device';
COMMENT ON COLUMN cloudstack.external_firewall_devices.capacity IS 'Capacity of the external firewall device';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.physical_network_id IS 'id of the physical network in to which load balancer device is added';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.provider_name IS 'Service Provider name corresponding to this load balancer device';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.device_name IS 'name of the load balancer device';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.capacity IS 'Capacity of the load balancer device';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.device_state IS 'state (enabled/disabled/shutdown) of the device';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.allocation_state IS 'Allocation state (Free/Shared/Dedicated/Provider) of the device';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.is_dedicated IS '1 if device/appliance is provisioned for dedicated use only';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.is_managed IS '1 if load balancer appliance is provisioned and its life cycle is managed by by cloudstack';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.host_id IS 'host id coresponding to the external load balancer device';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.parent_host_id IS 'if the load balancer appliance is cloudstack managed, then host id on which this appliance is provisioned';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.is_gslb_provider IS '1 if load balancer appliance is acting as gslb service provider in the zone';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.gslb_site_publicip IS 'GSLB service Provider site public ip';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.gslb_site_privateip IS 'GSLB service Provider site private ip';
COMMENT ON COLUMN cloudstack.external_load_balancer_devices.is_exclusive_gslb_provider IS '1 if load balancer appliance is acting exclusively as gslb service provider in the zone and can not be used for LB';
COMMENT ON COLUMN cloudstack.external_netscaler_controlcenter.id IS 'id';
COMMENT ON COLUMN cloudstack.external_netscaler_controlcenter.username IS 'username of the NCC';
COMMENT ON COLUMN cloudstack.external_netscaler_controlcenter.password IS 'password of NCC';
COMMENT ON COLUMN cloudstack.external_netscaler_controlcenter.ncc_ip IS 'IP of NCC Manager';
COMMENT ON COLUMN cloudstack.external_netscaler_controlcenter.num_retries IS 'Number of retries in ncc for command failure';
COMMENT ON COLUMN cloudstack.external_nicira_nvp_devices.id IS 'id';
COMMENT ON COLUMN cloudstack.external_nicira_nvp_devices.physical_network_id IS 'id of the physical network in to which nicira nvp device is added';
COMMENT ON COLUMN cloudstack.external_nicira_nvp_devices.provider_name IS 'Service Provider name corresponding to this nicira nvp device';
COMMENT ON COLUMN cloudstack.external_nicira_nvp_devices.device_name IS 'name of the nicira nvp device';
COMMENT ON COLUMN cloudstack.external_nicira_nvp_devices.host_id IS 'host id coresponding to the external nicira nvp device';
COMMENT ON COLUMN cloudstack.external_opendaylight_controllers.id IS 'id';
COMMENT ON COLUMN cloudstack.external_opendaylight_controllers.physical_network_id IS 'id of the physical network in to which the device is added';
COMMENT ON COLUMN cloudstack.external_opendaylight_controllers.provider_name IS 'Service Provider name corresponding to this device';
COMMENT ON COLUMN cloudstack.external_opendaylight_controllers.device_name IS 'name of the device';
COMMENT ON COLUMN cloudstack.external_opendaylight_controllers.host_id IS 'host id corresponding to the external device';
COMMENT ON COLUMN cloudstack.external_stratosphere_ssp_tenants.uuid IS 'SSP tenant uuid';
COMMENT ON COLUMN cloudstack.external_stratosphere_ssp_tenants.zone_id IS 'cloudstack zone_id';
COMMENT ON COLUMN cloudstack.external_stratosphere_ssp_uuids.uuid IS 'uuid provided by SSP';
COMMENT ON COLUMN cloudstack.firewall_rules.id IS 'id';
COMMENT ON COLUMN cloudstack.firewall_rules.ip_address_id IS 'id of the corresponding ip address';
COMMENT ON COLUMN cloudstack.firewall_rules.start_port IS 'starting port of a port range';
COMMENT ON COLUMN cloudstack.firewall_rules.end_port IS 'end port of a port range';
COMMENT ON COLUMN cloudstack.firewall_rules.state IS 'current state of this rule';
COMMENT ON COLUMN cloudstack.firewall_rules.protocol IS 'protocol to open these ports for';
COMMENT ON COLUMN cloudstack.firewall_rules.purpose IS 'why are these ports opened?';
COMMENT ON COLUMN cloudstack.firewall_rules.account_id IS 'owner id';
COMMENT ON COLUMN cloudstack.firewall_rules.domain_id IS 'domain id';
COMMENT ON COLUMN cloudstack.firewall_rules.network_id IS 'network id';
COMMENT ON COLUMN cloudstack.firewall_rules.xid IS 'external id';
COMMENT ON COLUMN cloudstack.firewall_rules.created IS 'Date created';
COMMENT ON COLUMN cloudstack.firewall_rules.icmp_code IS 'The ICMP code (if protocol=ICMP). A value of -1 means all codes for the given ICMP type.';
COMMENT ON COLUMN cloudstack.firewall_rules.icmp_type IS 'The ICMP type (if protocol=ICMP). A value of -1 means all types.';
COMMENT ON COLUMN cloudstack.firewall_rules.related IS 'related to what other firewall rule';
COMMENT ON COLUMN cloudstack.firewall_rules.vpc_id IS 'vpc the firewall rule is associated with';
COMMENT ON COLUMN cloudstack.firewall_rules.traffic_type IS 'the traffic type of the rule, can be Ingress or Egress';
COMMENT ON COLUMN cloudstack.firewall_rules.display IS 'True if the rule can be displayed to the end user';
COMMENT ON COLUMN cloudstack.firewall_rules_cidrs.id IS 'id';
COMMENT ON COLUMN cloudstack.firewall_rules_cidrs.firewall_rule_id IS 'firewall rule id';
COMMENT ON COLUMN cloudstack.firewall_rule_details.firewall_rule_id IS 'Firewall rule id';
COMMENT ON COLUMN cloudstack.firewall_rule_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.global_load_balancer_lb_rule_map.weight IS 'weight of the site in gslb';
COMMENT ON COLUMN cloudstack.global_load_balancer_lb_rule_map.revoke IS '1 is when rule is set for Revoke';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.id IS 'id';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.account_id IS 'account id';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.domain_id IS 'domain id';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.description IS 'description';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.state IS 'current state of this rule';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.algorithm IS 'load balancing algorithm used to distribbute traffic across zones';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.persistence IS 'session persistence used across the zone';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.service_type IS 'GSLB service type (tcp/udp)';
COMMENT ON COLUMN cloudstack.global_load_balancing_rules.gslb_domain_name IS 'DNS name for the GSLB service that is used to provide a FQDN for the GSLB service';
COMMENT ON COLUMN cloudstack.guest_os.created IS 'Time when Guest OS was created in system';
COMMENT ON COLUMN cloudstack.guest_os.removed IS 'Time when Guest OS was removed if deleted, else NULL';
COMMENT ON COLUMN cloudstack.guest_os.is_user_defined IS 'True if this guest OS type was added by admin';
COMMENT ON COLUMN cloudstack.guest_os_details.guest_os_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.guest_os_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.guest_os_hypervisor.hypervisor_version IS 'Hypervisor version for this mapping';
COMMENT ON COLUMN cloudstack.guest_os_hypervisor.uuid IS 'UUID of the mapping';
COMMENT ON COLUMN cloudstack.guest_os_hypervisor.created IS 'Time when mapping was created';
COMMENT ON COLUMN cloudstack.guest_os_hypervisor.removed IS 'Time when mapping was removed if deleted, else NULL';
COMMENT ON COLUMN cloudstack.guest_os_hypervisor.is_user_defined IS 'True if this guest OS mapping was added by admin';
COMMENT ON COLUMN cloudstack.ha_config.resource_id IS 'id of the resource';
COMMENT ON COLUMN cloudstack.ha_config.resource_type IS 'the type of the resource';
COMMENT ON COLUMN cloudstack.ha_config.enabled IS 'is HA enabled for the resource';
COMMENT ON COLUMN cloudstack.ha_config.ha_state IS 'HA state';
COMMENT ON COLUMN cloudstack.ha_config.provider IS 'HA provider';
COMMENT ON COLUMN cloudstack.ha_config.update_count IS 'state based incr-only counter for atomic ha_state updates';
COMMENT ON COLUMN cloudstack.ha_config.update_time IS 'last ha_state update datetime';
COMMENT ON COLUMN cloudstack.ha_config.mgmt_server_id IS 'management server id that is responsible for the HA for the resource';
COMMENT ON COLUMN cloudstack.host.uuid IS 'this uuid is different with guid below, the later one is used by hypervisor resource';
COMMENT ON COLUMN cloudstack.host.cluster_id IS 'foreign key to cluster';
COMMENT ON COLUMN cloudstack.host.cpu_sockets IS 'the number of CPU sockets on the host';
COMMENT ON COLUMN cloudstack.host.url IS 'iqn for the servers';
COMMENT ON COLUMN cloudstack.host.hypervisor_type IS 'hypervisor type, can be NONE for storage';
COMMENT ON COLUMN cloudstack.host.hypervisor_version IS 'hypervisor version';
COMMENT ON COLUMN cloudstack.host.resource IS 'If it is a local resource, this is the class name';
COMMENT ON COLUMN cloudstack.host.parent IS 'parent path for the storage server';
COMMENT ON COLUMN cloudstack.host.total_size IS 'TotalSize';
COMMENT ON COLUMN cloudstack.host.capabilities IS 'host capabilities in comma separated list';
COMMENT ON COLUMN cloudstack.host.available IS 'Is this host ready for more resources?';
COMMENT ON COLUMN cloudstack.host.setup IS 'Is this host already setup?';
COMMENT ON COLUMN cloudstack.host.dom0_memory IS 'memory used by dom0 for computing and routing servers';
COMMENT ON COLUMN cloudstack.host.last_ping IS 'time in seconds from the start of machine of the last ping';
COMMENT ON COLUMN cloudstack.host.mgmt_server_id IS 'ManagementServer this host is connected to.';
COMMENT ON COLUMN cloudstack.host.disconnected IS 'Time this was disconnected';
COMMENT ON COLUMN cloudstack.host.created IS 'date the host first signed on';
COMMENT ON COLUMN cloudstack.host.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.host.update_count IS 'atomic increase count making status update operation atomical';
COMMENT ON COLUMN cloudstack.host.resource_state IS 'Is this host enabled for allocation for new resources';
COMMENT ON COLUMN cloudstack.host.lastupdated IS 'last updated';
COMMENT ON COLUMN cloudstack.host.engine_state IS 'the engine state of the zone';
COMMENT ON COLUMN cloudstack.host_details.host_id IS 'host id';
COMMENT ON COLUMN cloudstack.host_pod_ref.gateway IS 'gateway for the pod';
COMMENT ON COLUMN cloudstack.host_pod_ref.cidr_address IS 'CIDR address for the pod';
COMMENT ON COLUMN cloudstack.host_pod_ref.cidr_size IS 'CIDR size for the pod';
COMMENT ON COLUMN cloudstack.host_pod_ref.description IS 'store private ip range in startIP-endIP format';
COMMENT ON COLUMN cloudstack.host_pod_ref.allocation_state IS 'Is this Pod enabled for allocation for new resources';
COMMENT ON COLUMN cloudstack.host_pod_ref.external_dhcp IS 'Is this Pod using external DHCP';
COMMENT ON COLUMN cloudstack.host_pod_ref.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.host_pod_ref.created IS 'date created';
COMMENT ON COLUMN cloudstack.host_pod_ref.lastupdated IS 'last updated';
COMMENT ON COLUMN cloudstack.host_pod_ref.engine_state IS 'the engine state of the zone';
COMMENT ON COLUMN cloudstack.host_tags.host_id IS 'host id';
COMMENT ON COLUMN cloudstack.hypervisor_capabilities.security_group_enabled IS 'Is security group supported';
COMMENT ON COLUMN cloudstack.hypervisor_capabilities.max_data_volumes_limit IS 'Max. data volumes per VM supported by hypervisor';
COMMENT ON COLUMN cloudstack.hypervisor_capabilities.max_hosts_per_cluster IS 'Max. hosts in cluster supported by hypervisor';
COMMENT ON COLUMN cloudstack.hypervisor_capabilities.storage_motion_supported IS 'Is storage motion supported';
COMMENT ON COLUMN cloudstack.hypervisor_capabilities.vm_snapshot_enabled IS 'Whether VM snapshot is supported by hypervisor';
COMMENT ON COLUMN cloudstack.image_store.id IS 'id';
COMMENT ON COLUMN cloudstack.image_store.name IS 'name of data store';
COMMENT ON COLUMN cloudstack.image_store.image_provider_name IS 'id of image_store_provider';
COMMENT ON COLUMN cloudstack.image_store.protocol IS 'protocol of data store';
COMMENT ON COLUMN cloudstack.image_store.data_center_id IS 'datacenter id of data store';
COMMENT ON COLUMN cloudstack.image_store.scope IS 'scope of data store';
COMMENT ON COLUMN cloudstack.image_store.role IS 'role of data store';
COMMENT ON COLUMN cloudstack.image_store.uuid IS 'uuid of data store';
COMMENT ON COLUMN cloudstack.image_store.parent IS 'parent path for the storage server';
COMMENT ON COLUMN cloudstack.image_store.created IS 'date the image store first signed on';
COMMENT ON COLUMN cloudstack.image_store.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.image_store.total_size IS 'storage total size statistics';
COMMENT ON COLUMN cloudstack.image_store.used_bytes IS 'storage available bytes statistics';
COMMENT ON COLUMN cloudstack.image_store.readonly IS 'defines status of image store';
COMMENT ON COLUMN cloudstack.image_store_details.id IS 'id';
COMMENT ON COLUMN cloudstack.image_store_details.store_id IS 'store the detail is related to';
COMMENT ON COLUMN cloudstack.image_store_details.name IS 'name of the detail';
COMMENT ON COLUMN cloudstack.image_store_details.value IS 'value of the detail';
COMMENT ON COLUMN cloudstack.image_store_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.inline_load_balancer_nic_map.nic_id IS 'nic id';
COMMENT ON COLUMN cloudstack.instance_group.account_id IS 'owner.  foreign key to account table';
COMMENT ON COLUMN cloudstack.instance_group.removed IS 'date the group was removed';
COMMENT ON COLUMN cloudstack.instance_group.created IS 'date the group was created';
COMMENT ON COLUMN cloudstack.keystore.id IS 'id';
COMMENT ON COLUMN cloudstack.keystore.name IS 'unique name for the certifiation';
COMMENT ON COLUMN cloudstack.keystore.certificate IS 'the actual certificate being stored in the db';
COMMENT ON COLUMN cloudstack.keystore.key IS 'private key associated wih the certificate';
COMMENT ON COLUMN cloudstack.keystore.domain_suffix IS 'DNS domain suffix associated with the certificate';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.description IS 'display text for this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.zone_id IS 'the ID of the zone in which this Kubernetes cluster is deployed';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.kubernetes_version_id IS 'the ID of the Kubernetes version of this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.service_offering_id IS 'service offering id for the cluster VM';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.template_id IS 'the ID of the template used by this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.network_id IS 'the ID of the network used by this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.master_node_count IS 'the number of the master nodes deployed for this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.node_count IS 'the number of the worker nodes deployed for this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.account_id IS 'the ID of owner account of this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.domain_id IS 'the ID of the domain of this cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.state IS 'the current state of this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.cores IS 'total number of CPU cores used by this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.memory IS 'total memory used by this Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.node_root_disk_size IS 'root disk size of root disk for each node';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.endpoint IS 'url endpoint of the Kubernetes cluster manager api access';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.created IS 'date created';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.removed IS 'date removed or null, if still present';
COMMENT ON COLUMN cloudstack.kubernetes_cluster.gc IS 'gc this Kubernetes cluster or not';
COMMENT ON COLUMN cloudstack.kubernetes_cluster_details.cluster_id IS 'the ID of the Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster_details.display IS 'True if the detail can be displayed to the end user else false';
COMMENT ON COLUMN cloudstack.kubernetes_cluster_vm_map.cluster_id IS 'the ID of the Kubernetes cluster';
COMMENT ON COLUMN cloudstack.kubernetes_cluster_vm_map.vm_id IS 'the ID of the VM';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.name IS 'the name of this Kubernetes version';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.semantic_version IS 'the semantic version for this Kubernetes version';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.iso_id IS 'the ID of the binaries ISO for this Kubernetes version';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.zone_id IS 'the ID of the zone for which this Kubernetes version is made available';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.state IS 'the enabled or disabled state for this Kubernetes version';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.min_cpu IS 'the minimum CPU needed by cluster nodes for using this Kubernetes version';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.min_ram_size IS 'the minimum RAM in MB needed by cluster nodes for this Kubernetes version';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.created IS 'date created';
COMMENT ON COLUMN cloudstack.kubernetes_supported_version.removed IS 'date removed or null, if still present';
COMMENT ON COLUMN cloudstack.ldap_configuration.id IS 'id';
COMMENT ON COLUMN cloudstack.ldap_configuration.hostname IS 'the hostname of the ldap server';
COMMENT ON COLUMN cloudstack.ldap_configuration.port IS 'port that the ldap server is listening on';
COMMENT ON COLUMN cloudstack.legacy_zones.id IS 'id';
COMMENT ON COLUMN cloudstack.legacy_zones.zone_id IS 'id of CloudStack zone';
COMMENT ON COLUMN cloudstack.load_balancer_healthcheck_policies.revoke IS '1 is when rule is set for Revoke';
COMMENT ON COLUMN cloudstack.load_balancer_healthcheck_policies.display IS 'True if the policy can be displayed to the end user';
COMMENT ON COLUMN cloudstack.load_balancer_healthcheck_policy_details.lb_policy_id IS 'resource id';
COMMENT ON COLUMN cloudstack.load_balancer_healthcheck_policy_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.load_balancer_stickiness_policies.description IS 'description';
COMMENT ON COLUMN cloudstack.load_balancer_stickiness_policies.revoke IS '1 is when rule is set for Revoke';
COMMENT ON COLUMN cloudstack.load_balancer_stickiness_policies.display IS 'True if the policy can be displayed to the end user';
COMMENT ON COLUMN cloudstack.load_balancer_stickiness_policy_details.lb_policy_id IS 'resource id';
COMMENT ON COLUMN cloudstack.load_balancer_stickiness_policy_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.load_balancer_vm_map.revoke IS '1 is when rule is set for Revoke';
COMMENT ON COLUMN cloudstack.load_balancer_vm_map.state IS 'service status updated by LB healthcheck manager';
COMMENT ON COLUMN cloudstack.load_balancing_rules.description IS 'description';
COMMENT ON COLUMN cloudstack.load_balancing_rules.default_port_start IS 'default private port range start';
COMMENT ON COLUMN cloudstack.load_balancing_rules.default_port_end IS 'default destination port range end';
COMMENT ON COLUMN cloudstack.load_balancing_rules.source_ip_address IS 'source ip address for the load balancer rule';
COMMENT ON COLUMN cloudstack.load_balancing_rules.source_ip_address_network_id IS 'the id of the network where source ip belongs to';
COMMENT ON COLUMN cloudstack.load_balancing_rules.scheme IS 'load balancer scheme; can be Internal or Public';
COMMENT ON COLUMN cloudstack.monitoring_services.id IS 'id';
COMMENT ON COLUMN cloudstack.monitoring_services.service IS 'Service name';
COMMENT ON COLUMN cloudstack.monitoring_services.process_name IS 'running process name';
COMMENT ON COLUMN cloudstack.monitoring_services.service_name IS 'exact name of the running service';
COMMENT ON COLUMN cloudstack.monitoring_services.service_path IS 'path of the service in system';
COMMENT ON COLUMN cloudstack.monitoring_services.pidfile IS 'path of the pid file of the service';
COMMENT ON COLUMN cloudstack.monitoring_services.isdefault IS 'Default service';
COMMENT ON COLUMN cloudstack.mshost.msid IS 'management server id derived from MAC address';
COMMENT ON COLUMN cloudstack.mshost.runid IS 'run id, combined with msid to form a cluster session';
COMMENT ON COLUMN cloudstack.mshost.last_update IS 'Last record update time';
COMMENT ON COLUMN cloudstack.mshost.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.mshost_peer.last_update IS 'Last record update time';
COMMENT ON COLUMN cloudstack.netscaler_pod_ref.id IS 'id';
COMMENT ON COLUMN cloudstack.netscaler_pod_ref.external_load_balancer_device_id IS 'id of external load balancer device';
COMMENT ON COLUMN cloudstack.netscaler_pod_ref.pod_id IS 'pod id';
COMMENT ON COLUMN cloudstack.netscaler_servicepackages.id IS 'id';
COMMENT ON COLUMN cloudstack.netscaler_servicepackages.name IS 'name of the service package';
COMMENT ON COLUMN cloudstack.netscaler_servicepackages.description IS 'description of the service package';
COMMENT ON COLUMN cloudstack.networks.id IS 'id';
COMMENT ON COLUMN cloudstack.networks.name IS 'name for this network';
COMMENT ON COLUMN cloudstack.networks.display_text IS 'display text for this network';
COMMENT ON COLUMN cloudstack.networks.traffic_type IS 'type of traffic going through this network';
COMMENT ON COLUMN cloudstack.networks.broadcast_domain_type IS 'type of broadcast domain used';
COMMENT ON COLUMN cloudstack.networks.broadcast_uri IS 'broadcast domain specifier';
COMMENT ON COLUMN cloudstack.networks.gateway IS 'gateway for this network configuration';
COMMENT ON COLUMN cloudstack.networks.cidr IS 'CloudStack managed vms get IP address from cidr.In general this cidr also serves as the network CIDR. But in case IP reservation feature is being used by a Guest network, networkcidr is the Effective network CIDR for that network';
COMMENT ON COLUMN cloudstack.networks.mode IS 'How to retrieve ip address in this network';
COMMENT ON COLUMN cloudstack.networks.network_offering_id IS 'network offering id that this configuration is created from';
COMMENT ON COLUMN cloudstack.networks.physical_network_id IS 'physical network id that this configuration is based on';
COMMENT ON COLUMN cloudstack.networks.data_center_id IS 'data center id that this configuration is used in';
COMMENT ON COLUMN cloudstack.networks.guru_name IS 'who is responsible for this type of network configuration';
COMMENT ON COLUMN cloudstack.networks.state IS 'what state is this configuration in';
COMMENT ON COLUMN cloudstack.networks.related IS 'related to what other network configuration';
COMMENT ON COLUMN cloudstack.networks.domain_id IS 'foreign key to domain id';
COMMENT ON COLUMN cloudstack.networks.account_id IS 'owner of this network';
COMMENT ON COLUMN cloudstack.networks.dns1 IS 'comma separated DNS list';
COMMENT ON COLUMN cloudstack.networks.dns2 IS 'comma separated DNS list';
COMMENT ON COLUMN cloudstack.networks.guru_data IS 'data stored by the network guru that setup this network';
COMMENT ON COLUMN cloudstack.networks.set_fields IS 'which fields are set already';
COMMENT ON COLUMN cloudstack.networks.acl_type IS 'ACL access type. Null for system networks, can be Account/Domain for Guest networks';
COMMENT ON COLUMN cloudstack.networks.network_domain IS 'domain';
COMMENT ON COLUMN cloudstack.networks.reservation_id IS 'reservation id';
COMMENT ON COLUMN cloudstack.networks.guest_type IS 'type of guest network that can be shared or isolated';
COMMENT ON COLUMN cloudstack.networks.restart_required IS '1 if restart is required for the network';
COMMENT ON COLUMN cloudstack.networks.created IS 'date created';
COMMENT ON COLUMN cloudstack.networks.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.networks.specify_ip_ranges IS 'true if the network provides an ability to define ip ranges';
COMMENT ON COLUMN cloudstack.networks.vpc_id IS 'vpc this network belongs to';
COMMENT ON COLUMN cloudstack.networks.ip6_gateway IS 'IPv6 gateway for this network';
COMMENT ON COLUMN cloudstack.networks.ip6_cidr IS 'IPv6 cidr for this network';
COMMENT ON COLUMN cloudstack.networks.network_cidr IS 'The network cidr for the isolated guest network which uses IP Reservation facility.For networks not using IP reservation, network_cidr is always null.';
COMMENT ON COLUMN cloudstack.networks.display_network IS 'Should network be displayed to the end user';
COMMENT ON COLUMN cloudstack.networks.network_acl_id IS 'network acl id';
COMMENT ON COLUMN cloudstack.network_acl.id IS 'id';
COMMENT ON COLUMN cloudstack.network_acl.name IS 'name of the network acl';
COMMENT ON COLUMN cloudstack.network_acl.vpc_id IS 'vpc this network acl belongs to';
COMMENT ON COLUMN cloudstack.network_acl.display IS 'True if the entry can be displayed to the end user';
COMMENT ON COLUMN cloudstack.network_acl_details.network_acl_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.network_acl_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.network_acl_item.id IS 'id';
COMMENT ON COLUMN cloudstack.network_acl_item.acl_id IS 'network acl id';
COMMENT ON COLUMN cloudstack.network_acl_item.start_port IS 'starting port of a port range';
COMMENT ON COLUMN cloudstack.network_acl_item.end_port IS 'end port of a port range';
COMMENT ON COLUMN cloudstack.network_acl_item.state IS 'current state of this rule';
COMMENT ON COLUMN cloudstack.network_acl_item.protocol IS 'protocol to open these ports for';
COMMENT ON COLUMN cloudstack.network_acl_item.created IS 'Date created';
COMMENT ON COLUMN cloudstack.network_acl_item.icmp_code IS 'The ICMP code (if protocol=ICMP). A value of -1 means all codes for the given ICMP type.';
COMMENT ON COLUMN cloudstack.network_acl_item.icmp_type IS 'The ICMP type (if protocol=ICMP). A value of -1 means all types.';
COMMENT ON COLUMN cloudstack.network_acl_item.traffic_type IS 'the traffic type of the rule, can be Ingress or Egress';
COMMENT ON COLUMN cloudstack.network_acl_item.number IS 'priority number of the acl item';
COMMENT ON COLUMN cloudstack.network_acl_item.action IS 'rule action, allow or deny';
COMMENT ON COLUMN cloudstack.network_acl_item.display IS 'True if the entry can be displayed to the end user';
COMMENT ON COLUMN cloudstack.network_acl_item_cidrs.network_acl_item_id IS 'Network ACL Item id';
COMMENT ON COLUMN cloudstack.network_acl_item_details.network_acl_item_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.network_acl_item_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.network_asa1000v_map.id IS 'id';
COMMENT ON COLUMN cloudstack.network_asa1000v_map.network_id IS 'id of guest network';
COMMENT ON COLUMN cloudstack.network_asa1000v_map.asa1000v_id IS 'id of asa1000v device';
COMMENT ON COLUMN cloudstack.network_details.network_id IS 'network id';
COMMENT ON COLUMN cloudstack.network_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.network_external_firewall_device_map.id IS 'id';
COMMENT ON COLUMN cloudstack.network_external_firewall_device_map.network_id IS ' guest network id';
COMMENT ON COLUMN cloudstack.network_external_firewall_device_map.external_firewall_device_id IS 'id of external firewall device assigned for this device';
COMMENT ON COLUMN cloudstack.network_external_firewall_device_map.created IS 'Date from when network started using the device';
COMMENT ON COLUMN cloudstack.network_external_firewall_device_map.removed IS 'Date till the network stopped using the device ';
COMMENT ON COLUMN cloudstack.network_external_lb_device_map.id IS 'id';
COMMENT ON COLUMN cloudstack.network_external_lb_device_map.network_id IS ' guest network id';
COMMENT ON COLUMN cloudstack.network_external_lb_device_map.external_load_balancer_device_id IS 'id of external load balancer device assigned for this network';
COMMENT ON COLUMN cloudstack.network_external_lb_device_map.created IS 'Date from when network started using the device';
COMMENT ON COLUMN cloudstack.network_external_lb_device_map.removed IS 'Date till the network stopped using the device ';
COMMENT ON COLUMN cloudstack.network_offerings.id IS 'id';
COMMENT ON COLUMN cloudstack.network_offerings.name IS 'name of the network offering';
COMMENT ON COLUMN cloudstack.network_offerings.unique_name IS 'unique name of the network offering';
COMMENT ON COLUMN cloudstack.network_offerings.display_text IS 'text to display to users';
COMMENT ON COLUMN cloudstack.network_offerings.nw_rate IS 'network rate throttle mbits/s';
COMMENT ON COLUMN cloudstack.network_offerings.mc_rate IS 'mcast rate throttle mbits/s';
COMMENT ON COLUMN cloudstack.network_offerings.traffic_type IS 'traffic type carried on this network';
COMMENT ON COLUMN cloudstack.network_offerings.tags IS 'tags supported by this offering';
COMMENT ON COLUMN cloudstack.network_offerings.system_only IS 'Is this network offering for system use only';
COMMENT ON COLUMN cloudstack.network_offerings.specify_vlan IS 'Should the user specify vlan';
COMMENT ON COLUMN cloudstack.network_offerings.service_offering_id IS 'service offering id that virtual router is tied to';
COMMENT ON COLUMN cloudstack.network_offerings.conserve_mode IS 'Is this network offering is IP conserve mode enabled';
COMMENT ON COLUMN cloudstack.network_offerings.created IS 'time the entry was created';
COMMENT ON COLUMN cloudstack.network_offerings.removed IS 'time the entry was removed';
COMMENT ON COLUMN cloudstack.network_offerings."default" IS '1 if network offering is default';
COMMENT ON COLUMN cloudstack.network_offerings.availability IS 'availability of the network';
COMMENT ON COLUMN cloudstack.network_offerings.dedicated_lb_service IS 'true if the network offering provides a dedicated load balancer for each network';
COMMENT ON COLUMN cloudstack.network_offerings.shared_source_nat_service IS 'true if the network offering provides the shared source nat service';
COMMENT ON COLUMN cloudstack.network_offerings.sort_key IS 'sort key used for customising sort method';
COMMENT ON COLUMN cloudstack.network_offerings.redundant_router_service IS 'true if the network offering provides the redundant router service';
COMMENT ON COLUMN cloudstack.network_offerings.state IS 'state of the network offering that has Disabled value by default';
COMMENT ON COLUMN cloudstack.network_offerings.guest_type IS 'type of guest network that can be shared or isolated';
COMMENT ON COLUMN cloudstack.network_offerings.elastic_ip_service IS 'true if the network offering provides elastic ip service';
COMMENT ON COLUMN cloudstack.network_offerings.eip_associate_public_ip IS 'true if public IP is associated with user VM creation by default when EIP service is enabled.';
COMMENT ON COLUMN cloudstack.network_offerings.elastic_lb_service IS 'true if the network offering provides elastic lb service';
COMMENT ON COLUMN cloudstack.network_offerings.specify_ip_ranges IS 'true if the network offering provides an ability to define ip ranges';
COMMENT ON COLUMN cloudstack.network_offerings.inline IS 'Is this network offering LB provider is in inline mode';
COMMENT ON COLUMN cloudstack.network_offerings.is_persistent IS 'true if the network offering provides an ability to create persistent networks';
COMMENT ON COLUMN cloudstack.network_offerings.internal_lb IS 'true if the network offering supports Internal lb service';
COMMENT ON COLUMN cloudstack.network_offerings.public_lb IS 'true if the network offering supports Public lb service';
COMMENT ON COLUMN cloudstack.network_offerings.concurrent_connections IS 'Load Balancer(haproxy) maximum number of concurrent connections(global max)';
COMMENT ON COLUMN cloudstack.network_offerings.keep_alive_enabled IS 'true if connection should be reset after requests.';
COMMENT ON COLUMN cloudstack.network_offerings.service_package_id IS 'Netscaler ControlCenter Service Package';
COMMENT ON COLUMN cloudstack.network_offering_details.network_offering_id IS 'network offering id';
COMMENT ON COLUMN cloudstack.network_offering_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.network_rule_config.create_status IS 'rule creation status';
COMMENT ON COLUMN cloudstack.nicira_nvp_nic_map.id IS 'id';
COMMENT ON COLUMN cloudstack.nicira_nvp_nic_map.logicalswitch IS 'nicira uuid of logical switch this port is provisioned on';
COMMENT ON COLUMN cloudstack.nicira_nvp_nic_map.logicalswitchport IS 'nicira uuid of this logical switch port';
COMMENT ON COLUMN cloudstack.nicira_nvp_nic_map.nic IS 'cloudstack uuid of the nic connected to this logical switch port';
COMMENT ON COLUMN cloudstack.nicira_nvp_router_map.id IS 'id';
COMMENT ON COLUMN cloudstack.nicira_nvp_router_map.logicalrouter_uuid IS 'nicira uuid of logical router';
COMMENT ON COLUMN cloudstack.nicira_nvp_router_map.network_id IS 'cloudstack id of the network';
COMMENT ON COLUMN cloudstack.nics.id IS 'id';
COMMENT ON COLUMN cloudstack.nics.instance_id IS 'vm instance id';
COMMENT ON COLUMN cloudstack.nics.mac_address IS 'mac address';
COMMENT ON COLUMN cloudstack.nics.ip4_address IS 'ip4 address';
COMMENT ON COLUMN cloudstack.nics.netmask IS 'netmask for ip4 address';
COMMENT ON COLUMN cloudstack.nics.gateway IS 'gateway';
COMMENT ON COLUMN cloudstack.nics.ip_type IS 'type of ip';
COMMENT ON COLUMN cloudstack.nics.broadcast_uri IS 'broadcast uri';
COMMENT ON COLUMN cloudstack.nics.network_id IS 'network configuration id';
COMMENT ON COLUMN cloudstack.nics.mode IS 'mode of getting ip address';
COMMENT ON COLUMN cloudstack.nics.state IS 'state of the creation';
COMMENT ON COLUMN cloudstack.nics.strategy IS 'reservation strategy';
COMMENT ON COLUMN cloudstack.nics.reserver_name IS 'Name of the component that reserved the ip address';
COMMENT ON COLUMN cloudstack.nics.reservation_id IS 'id for the reservation';
COMMENT ON COLUMN cloudstack.nics.device_id IS 'device id for the network when plugged into the virtual machine';
COMMENT ON COLUMN cloudstack.nics.isolation_uri IS 'id for isolation';
COMMENT ON COLUMN cloudstack.nics.ip6_address IS 'ip6 address';
COMMENT ON COLUMN cloudstack.nics.default_nic IS 'None';
COMMENT ON COLUMN cloudstack.nics.vm_type IS 'type of vm: System or User vm';
COMMENT ON COLUMN cloudstack.nics.created IS 'date created';
COMMENT ON COLUMN cloudstack.nics.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.nics.ip6_gateway IS 'gateway for ip6 address';
COMMENT ON COLUMN cloudstack.nics.ip6_cidr IS 'cidr for ip6 address';
COMMENT ON COLUMN cloudstack.nics.secondary_ip IS 'secondary ips configured for the nic';
COMMENT ON COLUMN cloudstack.nics.display_nic IS 'Should nic be displayed to the end user';
COMMENT ON COLUMN cloudstack.nic_details.nic_id IS 'nic id';
COMMENT ON COLUMN cloudstack.nic_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.nic_extra_dhcp_options.id IS 'id';
COMMENT ON COLUMN cloudstack.nic_extra_dhcp_options.nic_id IS ' nic id where dhcp options are applied';
COMMENT ON COLUMN cloudstack.nic_secondary_ips.vmid IS 'vm instance id';
COMMENT ON COLUMN cloudstack.nic_secondary_ips.ip4_address IS 'ip4 address';
COMMENT ON COLUMN cloudstack.nic_secondary_ips.ip6_address IS 'ip6 address';
COMMENT ON COLUMN cloudstack.nic_secondary_ips.network_id IS 'network configuration id';
COMMENT ON COLUMN cloudstack.nic_secondary_ips.created IS 'date created';
COMMENT ON COLUMN cloudstack.nic_secondary_ips.account_id IS 'owner.  foreign key to   account table';
COMMENT ON COLUMN cloudstack.nic_secondary_ips.domain_id IS 'the domain that the owner belongs to';
COMMENT ON COLUMN cloudstack.ntwk_offering_service_map.network_offering_id IS 'network_offering_id';
COMMENT ON COLUMN cloudstack.ntwk_offering_service_map.service IS 'service';
COMMENT ON COLUMN cloudstack.ntwk_offering_service_map.provider IS 'service provider';
COMMENT ON COLUMN cloudstack.ntwk_offering_service_map.created IS 'date created';
COMMENT ON COLUMN cloudstack.ntwk_service_map.network_id IS 'network_id';
COMMENT ON COLUMN cloudstack.ntwk_service_map.service IS 'service';
COMMENT ON COLUMN cloudstack.ntwk_service_map.provider IS 'service provider';
COMMENT ON COLUMN cloudstack.ntwk_service_map.created IS 'date created';
COMMENT ON COLUMN cloudstack.object_datastore_ref.size IS 'the size of the template on the pool';
COMMENT ON COLUMN cloudstack.oobm.host_id IS 'foreign key to host';
COMMENT ON COLUMN cloudstack.oobm.enabled IS 'is out-of-band management enabled for host';
COMMENT ON COLUMN cloudstack.oobm.power_state IS 'out-of-band management power status';
COMMENT ON COLUMN cloudstack.oobm.driver IS 'out-of-band management driver';
COMMENT ON COLUMN cloudstack.oobm.address IS 'out-of-band management interface address';
COMMENT ON COLUMN cloudstack.oobm.username IS 'out-of-band management interface username';
COMMENT ON COLUMN cloudstack.oobm.password IS 'out-of-band management interface password';
COMMENT ON COLUMN cloudstack.oobm.update_count IS 'atomic increase count making status update operation atomical';
COMMENT ON COLUMN cloudstack.oobm.update_time IS 'last power state update datetime';
COMMENT ON COLUMN cloudstack.oobm.mgmt_server_id IS 'management server id which owns out-of-band management for the host';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.id IS 'primary key';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.ip_address IS 'ip address';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.data_center_id IS 'data center it belongs to';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.pod_id IS 'pod it belongs to';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.nic_id IS 'nic id';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.reservation_id IS 'reservation id';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.taken IS 'Date taken';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.mac_address IS 'mac address for management ips';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.forsystemvms IS 'Indicates if IP is dedicated for CPVM or SSVM';
COMMENT ON COLUMN cloudstack.op_dc_ip_address_alloc.vlan IS 'Vlan the management network range is on';
COMMENT ON COLUMN cloudstack.op_dc_link_local_ip_address_alloc.id IS 'primary key';
COMMENT ON COLUMN cloudstack.op_dc_link_local_ip_address_alloc.ip_address IS 'ip address';
COMMENT ON COLUMN cloudstack.op_dc_link_local_ip_address_alloc.data_center_id IS 'data center it belongs to';
COMMENT ON COLUMN cloudstack.op_dc_link_local_ip_address_alloc.pod_id IS 'pod it belongs to';
COMMENT ON COLUMN cloudstack.op_dc_link_local_ip_address_alloc.nic_id IS 'instance id';
COMMENT ON COLUMN cloudstack.op_dc_link_local_ip_address_alloc.reservation_id IS 'reservation id used to reserve this network';
COMMENT ON COLUMN cloudstack.op_dc_link_local_ip_address_alloc.taken IS 'Date taken';
COMMENT ON COLUMN cloudstack.op_dc_storage_network_ip_address.id IS 'primary key';
COMMENT ON COLUMN cloudstack.op_dc_storage_network_ip_address.range_id IS 'id of ip range in dc_storage_network_ip_range';
COMMENT ON COLUMN cloudstack.op_dc_storage_network_ip_address.ip_address IS 'ip address';
COMMENT ON COLUMN cloudstack.op_dc_storage_network_ip_address.mac_address IS 'mac address for storage ips';
COMMENT ON COLUMN cloudstack.op_dc_storage_network_ip_address.taken IS 'Date taken';
COMMENT ON COLUMN cloudstack.op_dc_vnet_alloc.id IS 'primary id';
COMMENT ON COLUMN cloudstack.op_dc_vnet_alloc.vnet IS 'vnet';
COMMENT ON COLUMN cloudstack.op_dc_vnet_alloc.physical_network_id IS 'physical network the vnet belongs to';
COMMENT ON COLUMN cloudstack.op_dc_vnet_alloc.data_center_id IS 'data center the vnet belongs to';
COMMENT ON COLUMN cloudstack.op_dc_vnet_alloc.reservation_id IS 'reservation id';
COMMENT ON COLUMN cloudstack.op_dc_vnet_alloc.account_id IS 'account the vnet belongs to right now';
COMMENT ON COLUMN cloudstack.op_dc_vnet_alloc.taken IS 'Date taken';
COMMENT ON COLUMN cloudstack.op_ha_work.id IS 'id';
COMMENT ON COLUMN cloudstack.op_ha_work.instance_id IS 'vm instance that needs to be ha.';
COMMENT ON COLUMN cloudstack.op_ha_work.type IS 'type of work';
COMMENT ON COLUMN cloudstack.op_ha_work.vm_type IS 'VM type';
COMMENT ON COLUMN cloudstack.op_ha_work.state IS 'state of the vm instance when this happened.';
COMMENT ON COLUMN cloudstack.op_ha_work.mgmt_server_id IS 'management server that has taken up the work of doing ha';
COMMENT ON COLUMN cloudstack.op_ha_work.host_id IS 'host that the vm is suppose to be on';
COMMENT ON COLUMN cloudstack.op_ha_work.created IS 'time the entry was requested';
COMMENT ON COLUMN cloudstack.op_ha_work.tried IS '# of times tried';
COMMENT ON COLUMN cloudstack.op_ha_work.taken IS 'time it was taken by the management server';
COMMENT ON COLUMN cloudstack.op_ha_work.step IS 'Step in the work';
COMMENT ON COLUMN cloudstack.op_ha_work.time_to_try IS 'time to try do this work';
COMMENT ON COLUMN cloudstack.op_ha_work.updated IS 'time the VM state was updated when it was stored into work queue';
COMMENT ON COLUMN cloudstack.op_host.id IS 'host id';
COMMENT ON COLUMN cloudstack.op_host.sequence IS 'sequence for the host communication';
COMMENT ON COLUMN cloudstack.op_host_capacity.cluster_id IS 'foreign key to cluster';
COMMENT ON COLUMN cloudstack.op_host_capacity.capacity_state IS 'Is this capacity enabled for allocation for new resources';
COMMENT ON COLUMN cloudstack.op_host_capacity.update_time IS 'time the capacity was last updated';
COMMENT ON COLUMN cloudstack.op_host_capacity.created IS 'date created';
COMMENT ON COLUMN cloudstack.op_host_planner_reservation.resource_usage IS 'Shared(between planners) Vs Dedicated (exclusive usage to a planner)';
COMMENT ON COLUMN cloudstack.op_host_transfer.id IS 'Id of the host';
COMMENT ON COLUMN cloudstack.op_host_transfer.initial_mgmt_server_id IS 'management server the host is transfered from';
COMMENT ON COLUMN cloudstack.op_host_transfer.future_mgmt_server_id IS 'management server the host is transfered to';
COMMENT ON COLUMN cloudstack.op_host_transfer.state IS 'the transfer state of the host';
COMMENT ON COLUMN cloudstack.op_host_transfer.created IS 'date created';
COMMENT ON COLUMN cloudstack.op_host_upgrade.host_id IS 'host id';
COMMENT ON COLUMN cloudstack.op_host_upgrade.version IS 'version';
COMMENT ON COLUMN cloudstack.op_host_upgrade.state IS 'state';
COMMENT ON COLUMN cloudstack.op_it_work.id IS 'reservation id';
COMMENT ON COLUMN cloudstack.op_it_work.mgmt_server_id IS 'management server id';
COMMENT ON COLUMN cloudstack.op_it_work.created_at IS 'when was this work detail created';
COMMENT ON COLUMN cloudstack.op_it_work.thread IS 'thread name';
COMMENT ON COLUMN cloudstack.op_it_work.type IS 'type of work';
COMMENT ON COLUMN cloudstack.op_it_work.vm_type IS 'type of vm';
COMMENT ON COLUMN cloudstack.op_it_work.step IS 'state';
COMMENT ON COLUMN cloudstack.op_it_work.updated_at IS 'time it was taken over';
COMMENT ON COLUMN cloudstack.op_it_work.instance_id IS 'vm instance';
COMMENT ON COLUMN cloudstack.op_it_work.resource_type IS 'type of resource being worked on';
COMMENT ON COLUMN cloudstack.op_it_work.resource_id IS 'resource id being worked on';
COMMENT ON COLUMN cloudstack.op_lock.key IS 'primary key of the table';
COMMENT ON COLUMN cloudstack.op_lock.mac IS 'management server id of the server that holds this lock';
COMMENT ON COLUMN cloudstack.op_lock.ip IS 'name of the thread that holds this lock';
COMMENT ON COLUMN cloudstack.op_lock.thread IS 'Thread id that acquired this lock';
COMMENT ON COLUMN cloudstack.op_lock.acquired_on IS 'Time acquired';
COMMENT ON COLUMN cloudstack.op_lock.waiters IS 'How many have the thread acquired this lock (reentrant)';
COMMENT ON COLUMN cloudstack.op_networks.mac_address_seq IS 'mac address';
COMMENT ON COLUMN cloudstack.op_networks.nics_count IS '# of nics';
COMMENT ON COLUMN cloudstack.op_networks.gc IS 'gc this network or not';
COMMENT ON COLUMN cloudstack.op_networks.check_for_gc IS 'check this network for gc or not';
COMMENT ON COLUMN cloudstack.op_nwgrp_work.id IS 'id';
COMMENT ON COLUMN cloudstack.op_nwgrp_work.instance_id IS 'vm instance that needs rules to be synced.';
COMMENT ON COLUMN cloudstack.op_nwgrp_work.mgmt_server_id IS 'management server that has taken up the work of doing rule sync';
COMMENT ON COLUMN cloudstack.op_nwgrp_work.created IS 'time the entry was requested';
COMMENT ON COLUMN cloudstack.op_nwgrp_work.taken IS 'time it was taken by the management server';
COMMENT ON COLUMN cloudstack.op_nwgrp_work.step IS 'Step in the work';
COMMENT ON COLUMN cloudstack.op_nwgrp_work.seq_no IS 'seq number to be sent to agent, uniquely identifies ruleset update';
COMMENT ON COLUMN cloudstack.op_pod_vlan_alloc.id IS 'primary id';
COMMENT ON COLUMN cloudstack.op_pod_vlan_alloc.vlan IS 'vlan id';
COMMENT ON COLUMN cloudstack.op_pod_vlan_alloc.data_center_id IS 'data center the pod belongs to';
COMMENT ON COLUMN cloudstack.op_pod_vlan_alloc.pod_id IS 'pod the vlan belongs to';
COMMENT ON COLUMN cloudstack.op_pod_vlan_alloc.account_id IS 'account the vlan belongs to right now';
COMMENT ON COLUMN cloudstack.op_pod_vlan_alloc.taken IS 'Date taken';
COMMENT ON COLUMN cloudstack.op_router_monitoring_services.vm_id IS 'Primary Key';
COMMENT ON COLUMN cloudstack.op_router_monitoring_services.router_name IS 'Name of the Virtual Router';
COMMENT ON COLUMN cloudstack.op_router_monitoring_services.last_alert_timestamp IS 'Timestamp of the last alert received from Virtual Router';
COMMENT ON COLUMN cloudstack.op_user_stats_log.updated IS 'stats update timestamp';
COMMENT ON COLUMN cloudstack.op_vm_ruleset_log.id IS 'id';
COMMENT ON COLUMN cloudstack.op_vm_ruleset_log.instance_id IS 'vm instance that needs rules to be synced.';
COMMENT ON COLUMN cloudstack.op_vm_ruleset_log.created IS 'time the entry was requested';
COMMENT ON COLUMN cloudstack.op_vm_ruleset_log.logsequence IS 'seq number to be sent to agent, uniquely identifies ruleset update';
COMMENT ON COLUMN cloudstack.op_vpc_distributed_router_sequence_no.id IS 'id';
COMMENT ON COLUMN cloudstack.op_vpc_distributed_router_sequence_no.vpc_id IS 'vpc id.';
COMMENT ON COLUMN cloudstack.op_vpc_distributed_router_sequence_no.topology_update_sequence_no IS 'sequence number to be sent to hypervisor, uniquely identifies a VPC topology update';
COMMENT ON COLUMN cloudstack.op_vpc_distributed_router_sequence_no.routing_policy__update_sequence_no IS 'sequence number to be sent to hypervisor, uniquely identifies a routing policy update';
COMMENT ON COLUMN cloudstack.ovs_providers.id IS 'id';
COMMENT ON COLUMN cloudstack.ovs_providers.nsp_id IS 'Network Service Provider ID';
COMMENT ON COLUMN cloudstack.ovs_providers.enabled IS 'Enabled or disabled';
COMMENT ON COLUMN cloudstack.ovs_providers.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.ovs_tunnel_network."from" IS 'from host id';
COMMENT ON COLUMN cloudstack.ovs_tunnel_network."to" IS 'to host id';
COMMENT ON COLUMN cloudstack.ovs_tunnel_network.network_id IS 'network identifier';
COMMENT ON COLUMN cloudstack.ovs_tunnel_network.key IS 'gre key';
COMMENT ON COLUMN cloudstack.ovs_tunnel_network.port_name IS 'in port on open vswitch';
COMMENT ON COLUMN cloudstack.ovs_tunnel_network.state IS 'result of tunnel creatation';
COMMENT ON COLUMN cloudstack.physical_network.id IS 'id';
COMMENT ON COLUMN cloudstack.physical_network.data_center_id IS 'data center id that this physical network belongs to';
COMMENT ON COLUMN cloudstack.physical_network.domain_id IS 'foreign key to domain id';
COMMENT ON COLUMN cloudstack.physical_network.broadcast_domain_range IS 'range of broadcast domain : POD/ZONE';
COMMENT ON COLUMN cloudstack.physical_network.state IS 'what state is this configuration in';
COMMENT ON COLUMN cloudstack.physical_network.created IS 'date created';
COMMENT ON COLUMN cloudstack.physical_network.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.physical_network_isolation_methods.id IS 'id';
COMMENT ON COLUMN cloudstack.physical_network_isolation_methods.physical_network_id IS 'id of the physical network';
COMMENT ON COLUMN cloudstack.physical_network_isolation_methods.isolation_method IS 'isolation method(VLAN, L3 or GRE)';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.id IS 'id';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.physical_network_id IS 'id of the physical network';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.provider_name IS 'Service Provider name';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.state IS 'provider state';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.destination_physical_network_id IS 'id of the physical network to bridge to';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.vpn_service_provided IS 'Is VPN service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.dhcp_service_provided IS 'Is DHCP service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.dns_service_provided IS 'Is DNS service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.gateway_service_provided IS 'Is Gateway service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.firewall_service_provided IS 'Is Firewall service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.source_nat_service_provided IS 'Is Source NAT service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.load_balance_service_provided IS 'Is LB service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.static_nat_service_provided IS 'Is Static NAT service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.port_forwarding_service_provided IS 'Is Port Forwarding service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.user_data_service_provided IS 'Is UserData service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.security_group_service_provided IS 'Is SG service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.networkacl_service_provided IS 'Is Network ACL service provided';
COMMENT ON COLUMN cloudstack.physical_network_service_providers.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.physical_network_tags.id IS 'id';
COMMENT ON COLUMN cloudstack.physical_network_tags.physical_network_id IS 'id of the physical network';
COMMENT ON COLUMN cloudstack.physical_network_tags.tag IS 'tag';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.id IS 'id';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.physical_network_id IS 'id of the physical network';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.traffic_type IS 'type of traffic going through this network';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.xenserver_network_label IS 'The network name label of the physical device dedicated to this traffic on a XenServer host';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.kvm_network_label IS 'The network name label of the physical device dedicated to this traffic on a KVM host';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.vmware_network_label IS 'The network name label of the physical device dedicated to this traffic on a VMware host';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.simulator_network_label IS 'The name labels needed for identifying the simulator';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.ovm_network_label IS 'The network name label of the physical device dedicated to this traffic on a Ovm host';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.vlan IS 'The vlan tag to be sent down to a VMware host';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.lxc_network_label IS 'The network name label of the physical device dedicated to this traffic on a LXC host';
COMMENT ON COLUMN cloudstack.physical_network_traffic_types.hyperv_network_label IS 'The network name label of the physical device dedicated to this traffic on a HyperV host';
COMMENT ON COLUMN cloudstack.pod_vlan_map.pod_id IS 'pod id. foreign key to pod table';
COMMENT ON COLUMN cloudstack.pod_vlan_map.vlan_db_id IS 'database id of vlan. foreign key to vlan table';
COMMENT ON COLUMN cloudstack.portable_ip_address.allocated IS 'Date portable ip was allocated';
COMMENT ON COLUMN cloudstack.portable_ip_address.state IS 'state of the portable ip address';
COMMENT ON COLUMN cloudstack.portable_ip_address.data_center_id IS 'zone to which portable IP is associated';
COMMENT ON COLUMN cloudstack.portable_ip_address.physical_network_id IS 'physical network id in the zone to which portable IP is associated';
COMMENT ON COLUMN cloudstack.portable_ip_address.network_id IS 'guest network to which portable ip address is associated with';
COMMENT ON COLUMN cloudstack.portable_ip_address.vpc_id IS 'vpc to which portable ip address is associated with';
COMMENT ON COLUMN cloudstack.port_forwarding_rules.instance_id IS 'vm instance id';
COMMENT ON COLUMN cloudstack.port_forwarding_rules.dest_ip_address IS 'id_address';
COMMENT ON COLUMN cloudstack.port_forwarding_rules.dest_port_start IS 'starting port of the port range to map to';
COMMENT ON COLUMN cloudstack.port_forwarding_rules.dest_port_end IS 'end port of the the port range to map to';
COMMENT ON COLUMN cloudstack.port_profile.id IS 'id';
COMMENT ON COLUMN cloudstack.private_ip_address.id IS 'primary key';
COMMENT ON COLUMN cloudstack.private_ip_address.ip_address IS 'ip address';
COMMENT ON COLUMN cloudstack.private_ip_address.network_id IS 'id of the network ip belongs to';
COMMENT ON COLUMN cloudstack.private_ip_address.reservation_id IS 'reservation id';
COMMENT ON COLUMN cloudstack.private_ip_address.mac_address IS 'mac address';
COMMENT ON COLUMN cloudstack.private_ip_address.vpc_id IS 'vpc this ip belongs to';
COMMENT ON COLUMN cloudstack.private_ip_address.taken IS 'Date taken';
COMMENT ON COLUMN cloudstack.projects.name IS 'project name';
COMMENT ON COLUMN cloudstack.projects.display_text IS 'project name';
COMMENT ON COLUMN cloudstack.projects.created IS 'date created';
COMMENT ON COLUMN cloudstack.projects.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.projects.state IS 'state of the project (Active/Inactive/Suspended)';
COMMENT ON COLUMN cloudstack.project_account.account_id IS 'account id';
COMMENT ON COLUMN cloudstack.project_account.user_id IS 'ID of user to be added to the project';
COMMENT ON COLUMN cloudstack.project_account.account_role IS 'Account role in the project (Owner or Regular)';
COMMENT ON COLUMN cloudstack.project_account.project_id IS 'project id';
COMMENT ON COLUMN cloudstack.project_account.project_role_id IS 'Project role id';
COMMENT ON COLUMN cloudstack.project_account.created IS 'date created';
COMMENT ON COLUMN cloudstack.project_invitations.project_id IS 'project id';
COMMENT ON COLUMN cloudstack.project_invitations.account_id IS 'account id';
COMMENT ON COLUMN cloudstack.project_invitations.user_id IS 'ID of user to be added to the project';
COMMENT ON COLUMN cloudstack.project_invitations.domain_id IS 'domain id';
COMMENT ON COLUMN cloudstack.project_invitations.account_role IS 'Account role in the project (Owner or Regular)';
COMMENT ON COLUMN cloudstack.project_invitations.project_role_id IS 'Project role id';
COMMENT ON COLUMN cloudstack.project_invitations.email IS 'email';
COMMENT ON COLUMN cloudstack.project_invitations.token IS 'token';
COMMENT ON COLUMN cloudstack.project_invitations.state IS 'the state of the invitation';
COMMENT ON COLUMN cloudstack.project_invitations.created IS 'date created';
COMMENT ON COLUMN cloudstack.project_role.name IS 'unique name of the dynamic project role';
COMMENT ON COLUMN cloudstack.project_role.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.project_role.description IS 'description of the project role';
COMMENT ON COLUMN cloudstack.project_role.project_id IS 'Id of the project to which the role belongs';
COMMENT ON COLUMN cloudstack.project_role_permissions.project_id IS 'id of the role';
COMMENT ON COLUMN cloudstack.project_role_permissions.project_role_id IS 'id of the role';
COMMENT ON COLUMN cloudstack.project_role_permissions.rule IS 'rule for the role, api name or wildcard';
COMMENT ON COLUMN cloudstack.project_role_permissions.permission IS 'access authority, allow or deny';
COMMENT ON COLUMN cloudstack.project_role_permissions.description IS 'description of the rule';
COMMENT ON COLUMN cloudstack.project_role_permissions.sort_order IS 'permission sort order';
COMMENT ON COLUMN cloudstack.region.portableip_service_enabled IS 'Is Portable IP service enalbed in the Region';
COMMENT ON COLUMN cloudstack.region.gslb_service_enabled IS 'Is GSLB service enalbed in the Region';
COMMENT ON COLUMN cloudstack.remote_access_vpn.id IS 'id';
COMMENT ON COLUMN cloudstack.remote_access_vpn.display IS 'True if the entry can be displayed to the end user';
COMMENT ON COLUMN cloudstack.remote_access_vpn_details.remote_access_vpn_id IS 'Remote access vpn id';
COMMENT ON COLUMN cloudstack.remote_access_vpn_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.resource_tags.id IS 'id';
COMMENT ON COLUMN cloudstack.resource_tags.domain_id IS 'foreign key to domain id';
COMMENT ON COLUMN cloudstack.resource_tags.account_id IS 'owner of this network';
COMMENT ON COLUMN cloudstack.roles.name IS 'unique name of the dynamic role';
COMMENT ON COLUMN cloudstack.roles.role_type IS 'the type of the role';
COMMENT ON COLUMN cloudstack.roles.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.roles.description IS 'description of the role';
COMMENT ON COLUMN cloudstack.roles.is_default IS 'is this a default role';
COMMENT ON COLUMN cloudstack.role_permissions.role_id IS 'id of the role';
COMMENT ON COLUMN cloudstack.role_permissions.rule IS 'rule for the role, api name or wildcard';
COMMENT ON COLUMN cloudstack.role_permissions.permission IS 'access authority, allow or deny';
COMMENT ON COLUMN cloudstack.role_permissions.description IS 'description of the rule';
COMMENT ON COLUMN cloudstack.role_permissions.sort_order IS 'permission sort order';
COMMENT ON COLUMN cloudstack.router_health_check.router_id IS 'router id';
COMMENT ON COLUMN cloudstack.router_health_check.check_name IS 'name of the health check';
COMMENT ON COLUMN cloudstack.router_health_check.check_type IS 'type of the health check';
COMMENT ON COLUMN cloudstack.router_health_check.last_update IS 'last check update time';
COMMENT ON COLUMN cloudstack.router_health_check.check_result IS 'check executions success or failure';
COMMENT ON COLUMN cloudstack.router_health_check.check_details IS 'check result detailed message';
COMMENT ON COLUMN cloudstack.router_network_ref.id IS 'id';
COMMENT ON COLUMN cloudstack.router_network_ref.router_id IS 'router id';
COMMENT ON COLUMN cloudstack.router_network_ref.network_id IS 'network id';
COMMENT ON COLUMN cloudstack.router_network_ref.guest_type IS 'type of guest network that can be shared or isolated';
COMMENT ON COLUMN cloudstack.s2s_customer_gateway.id IS 'id';
COMMENT ON COLUMN cloudstack.s2s_customer_gateway.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.s2s_customer_gateway_details.s2s_customer_gateway_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.s2s_customer_gateway_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.s2s_vpn_connection.id IS 'id';
COMMENT ON COLUMN cloudstack.s2s_vpn_connection.created IS 'date created';
COMMENT ON COLUMN cloudstack.s2s_vpn_connection.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.s2s_vpn_connection.display IS 'True if the entry can be displayed to the end user';
COMMENT ON COLUMN cloudstack.s2s_vpn_connection_details.s2s_vpn_connection_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.s2s_vpn_connection_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.s2s_vpn_gateway.id IS 'id';
COMMENT ON COLUMN cloudstack.s2s_vpn_gateway.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.s2s_vpn_gateway.display IS 'True if the entry can be displayed to the end user';
COMMENT ON COLUMN cloudstack.s2s_vpn_gateway_details.s2s_vpn_gateway_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.s2s_vpn_gateway_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.s3.id IS 'id';
COMMENT ON COLUMN cloudstack.s3.access_key IS ' The S3 access key';
COMMENT ON COLUMN cloudstack.s3.secret_key IS ' The S3 secret key';
COMMENT ON COLUMN cloudstack.s3.end_point IS ' The S3 host';
COMMENT ON COLUMN cloudstack.s3.bucket IS ' The S3 host';
COMMENT ON COLUMN cloudstack.s3.https IS ' Flag indicating whether or not to connect over HTTPS';
COMMENT ON COLUMN cloudstack.s3.connection_timeout IS ' The amount of time to wait (in milliseconds) when initially establishing a connection before giving up and timing out.';
COMMENT ON COLUMN cloudstack.s3.max_error_retry IS ' The maximum number of retry attempts for failed retryable requests (ex: 5xx error responses from services).';
COMMENT ON COLUMN cloudstack.s3.socket_timeout IS ' The amount of time to wait (in milliseconds) for data to be transfered over an established, open connection before the connection times out and is closed.';
COMMENT ON COLUMN cloudstack.s3.created IS 'date the s3 first signed on';
COMMENT ON COLUMN cloudstack.saml_token.uuid IS 'The Authn Unique Id';
COMMENT ON COLUMN cloudstack.saml_token.entity IS 'Identity Provider Entity Id';
COMMENT ON COLUMN cloudstack.secondary_storage_vm.public_mac_address IS 'mac address of the public facing network card';
COMMENT ON COLUMN cloudstack.secondary_storage_vm.public_ip_address IS 'public ip address for the sec storage vm';
COMMENT ON COLUMN cloudstack.secondary_storage_vm.public_netmask IS 'public netmask used for the sec storage vm';
COMMENT ON COLUMN cloudstack.secondary_storage_vm.guid IS 'copied from guid of secondary storage host';
COMMENT ON COLUMN cloudstack.secondary_storage_vm.nfs_share IS 'server and path exported by the nfs server ';
COMMENT ON COLUMN cloudstack.secondary_storage_vm.last_update IS 'Last session update time';
COMMENT ON COLUMN cloudstack.secondary_storage_vm.role IS 'work role of secondary storage host(templateProcessor | commandExecutor)';
COMMENT ON COLUMN cloudstack.security_group_rule.create_status IS 'rule creation status';
COMMENT ON COLUMN cloudstack.sequence.name IS 'name of the sequence';
COMMENT ON COLUMN cloudstack.sequence.value IS 'sequence value';
COMMENT ON COLUMN cloudstack.service_offering.cpu IS '# of cores';
COMMENT ON COLUMN cloudstack.service_offering.speed IS 'speed per core in mhz';
COMMENT ON COLUMN cloudstack.service_offering.nw_rate IS 'network rate throttle mbits/s';
COMMENT ON COLUMN cloudstack.service_offering.mc_rate IS 'mcast rate throttle mbits/s';
COMMENT ON COLUMN cloudstack.service_offering.ha_enabled IS 'Enable HA';
COMMENT ON COLUMN cloudstack.service_offering.limit_cpu_use IS 'Limit the CPU usage to service offering';
COMMENT ON COLUMN cloudstack.service_offering.host_tag IS 'host tag specified by the service_offering';
COMMENT ON COLUMN cloudstack.service_offering.default_use IS 'is this offering a default system offering';
COMMENT ON COLUMN cloudstack.service_offering.vm_type IS 'type of offering specified for system offerings';
COMMENT ON COLUMN cloudstack.service_offering.sort_key IS 'sort key used for customising sort method';
COMMENT ON COLUMN cloudstack.service_offering.is_volatile IS 'true if the vm needs to be volatile, i.e., on every reboot of vm from API root disk is discarded and creates a new root disk';
COMMENT ON COLUMN cloudstack.service_offering.deployment_planner IS 'Planner heuristics used to deploy a VM of this offering; if null global config vm.deployment.planner is used';
COMMENT ON COLUMN cloudstack.service_offering_details.service_offering_id IS 'service offering id';
COMMENT ON COLUMN cloudstack.service_offering_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.snapshots.id IS 'Primary Key';
COMMENT ON COLUMN cloudstack.snapshots.account_id IS 'owner.  foreign key to account table';
COMMENT ON COLUMN cloudstack.snapshots.domain_id IS 'the domain that the owner belongs to';
COMMENT ON COLUMN cloudstack.snapshots.volume_id IS 'volume it belongs to. foreign key to volume table';
COMMENT ON COLUMN cloudstack.snapshots.disk_offering_id IS 'from original volume';
COMMENT ON COLUMN cloudstack.snapshots.status IS 'snapshot creation status';
COMMENT ON COLUMN cloudstack.snapshots.path IS 'Path';
COMMENT ON COLUMN cloudstack.snapshots.name IS 'snapshot name';
COMMENT ON COLUMN cloudstack.snapshots.snapshot_type IS 'type of snapshot, e.g. manual, recurring';
COMMENT ON COLUMN cloudstack.snapshots.type_description IS 'description of the type of snapshot, e.g. manual, recurring';
COMMENT ON COLUMN cloudstack.snapshots.size IS 'original disk size of snapshot';
COMMENT ON COLUMN cloudstack.snapshots.created IS 'Date Created';
COMMENT ON COLUMN cloudstack.snapshots.removed IS 'Date removed.  not null if removed';
COMMENT ON COLUMN cloudstack.snapshots.backup_snap_id IS 'Back up uuid of the snapshot';
COMMENT ON COLUMN cloudstack.snapshots.swift_id IS 'which swift';
COMMENT ON COLUMN cloudstack.snapshots.sechost_id IS 'secondary storage host id';
COMMENT ON COLUMN cloudstack.snapshots.prev_snap_id IS 'Id of the most recent snapshot';
COMMENT ON COLUMN cloudstack.snapshots.hypervisor_type IS 'hypervisor that the snapshot was taken under';
COMMENT ON COLUMN cloudstack.snapshots.version IS 'snapshot version';
COMMENT ON COLUMN cloudstack.snapshots.s3_id IS 'S3 to which this snapshot will be stored';
COMMENT ON COLUMN cloudstack.snapshots.min_iops IS 'Minimum IOPS';
COMMENT ON COLUMN cloudstack.snapshots.max_iops IS 'Maximum IOPS';
COMMENT ON COLUMN cloudstack.snapshots.location_type IS 'Location of snapshot (ex. Primary)';
COMMENT ON COLUMN cloudstack.snapshot_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.snapshot_policy.schedule IS 'schedule time of execution';
COMMENT ON COLUMN cloudstack.snapshot_policy.timezone IS 'the timezone in which the schedule time is specified';
COMMENT ON COLUMN cloudstack.snapshot_policy."interval" IS 'backup schedule, e.g. hourly, daily, etc.';
COMMENT ON COLUMN cloudstack.snapshot_policy.max_snaps IS 'maximum number of snapshots to maintain';
COMMENT ON COLUMN cloudstack.snapshot_policy.active IS 'Is the policy active';
COMMENT ON COLUMN cloudstack.snapshot_policy.display IS 'True if the policy can be displayed to the end user';
COMMENT ON COLUMN cloudstack.snapshot_policy_details.policy_id IS 'snapshot policy id';
COMMENT ON COLUMN cloudstack.snapshot_policy_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.snapshot_schedule.volume_id IS 'The volume for which this snapshot is being taken';
COMMENT ON COLUMN cloudstack.snapshot_schedule.policy_id IS 'One of the policyIds for which this snapshot was taken';
COMMENT ON COLUMN cloudstack.snapshot_schedule.scheduled_timestamp IS 'Time at which the snapshot was scheduled for execution';
COMMENT ON COLUMN cloudstack.snapshot_schedule.async_job_id IS 'If this schedule is being executed, it is the id of the create aysnc_job. Before that it is null';
COMMENT ON COLUMN cloudstack.snapshot_schedule.snapshot_id IS 'If this schedule is being executed, then the corresponding snapshot has this id. Before that it is null';
COMMENT ON COLUMN cloudstack.ssh_keypairs.id IS 'id';
COMMENT ON COLUMN cloudstack.ssh_keypairs.account_id IS 'owner, foreign key to account table';
COMMENT ON COLUMN cloudstack.ssh_keypairs.domain_id IS 'domain, foreign key to domain table';
COMMENT ON COLUMN cloudstack.ssh_keypairs.keypair_name IS 'name of the key pair';
COMMENT ON COLUMN cloudstack.ssh_keypairs.fingerprint IS 'fingerprint for the ssh public key';
COMMENT ON COLUMN cloudstack.ssh_keypairs.public_key IS 'public key of the ssh key pair';
COMMENT ON COLUMN cloudstack.sslcerts.name IS 'Name of the Certificate';
COMMENT ON COLUMN cloudstack.static_routes.id IS 'id';
COMMENT ON COLUMN cloudstack.static_routes.vpc_gateway_id IS 'id of the corresponding ip address';
COMMENT ON COLUMN cloudstack.static_routes.cidr IS 'cidr for the static route';
COMMENT ON COLUMN cloudstack.static_routes.state IS 'current state of this rule';
COMMENT ON COLUMN cloudstack.static_routes.vpc_id IS 'vpc the firewall rule is associated with';
COMMENT ON COLUMN cloudstack.static_routes.account_id IS 'owner id';
COMMENT ON COLUMN cloudstack.static_routes.domain_id IS 'domain id';
COMMENT ON COLUMN cloudstack.static_routes.created IS 'Date created';
COMMENT ON COLUMN cloudstack.storage_pool.name IS 'should be NOT NULL';
COMMENT ON COLUMN cloudstack.storage_pool.cluster_id IS 'foreign key to cluster';
COMMENT ON COLUMN cloudstack.storage_pool.host_address IS 'FQDN or IP of storage server';
COMMENT ON COLUMN cloudstack.storage_pool.user_info IS 'Authorization information for the storage pool. Used by network filesystems';
COMMENT ON COLUMN cloudstack.storage_pool.path IS 'Filesystem path that is shared';
COMMENT ON COLUMN cloudstack.storage_pool.created IS 'date the pool created';
COMMENT ON COLUMN cloudstack.storage_pool.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.storage_pool.managed IS 'Should CloudStack manage this storage';
COMMENT ON COLUMN cloudstack.storage_pool.capacity_iops IS 'IOPS CloudStack can provision from this storage pool';
COMMENT ON COLUMN cloudstack.storage_pool.parent IS 'ID of the Datastore cluster (storage pool) if this is a child in that Datastore cluster';
COMMENT ON COLUMN cloudstack.storage_pool_details.id IS 'id';
COMMENT ON COLUMN cloudstack.storage_pool_details.pool_id IS 'pool the detail is related to';
COMMENT ON COLUMN cloudstack.storage_pool_details.name IS 'name of the detail';
COMMENT ON COLUMN cloudstack.storage_pool_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.storage_pool_tags.pool_id IS 'pool id';
COMMENT ON COLUMN cloudstack.storage_pool_work.id IS 'id';
COMMENT ON COLUMN cloudstack.storage_pool_work.pool_id IS 'storage pool associated with the vm';
COMMENT ON COLUMN cloudstack.storage_pool_work.vm_id IS 'vm identifier';
COMMENT ON COLUMN cloudstack.storage_pool_work.stopped_for_maintenance IS 'this flag denoted whether the vm was stopped during maintenance';
COMMENT ON COLUMN cloudstack.storage_pool_work.started_after_maintenance IS 'this flag denoted whether the vm was started after maintenance';
COMMENT ON COLUMN cloudstack.storage_pool_work.mgmt_server_id IS 'management server id';
COMMENT ON COLUMN cloudstack.swift.account IS ' account in swift';
COMMENT ON COLUMN cloudstack.swift.username IS ' username in swift';
COMMENT ON COLUMN cloudstack.swift.key IS 'token for this user';
COMMENT ON COLUMN cloudstack.swift.created IS 'date the swift first signed on';
COMMENT ON COLUMN cloudstack.sync_queue.queue_proc_number IS 'process number, increase 1 for each iteration';
COMMENT ON COLUMN cloudstack.sync_queue.created IS 'date created';
COMMENT ON COLUMN cloudstack.sync_queue.last_updated IS 'date created';
COMMENT ON COLUMN cloudstack.sync_queue.queue_size IS 'number of items being processed by the queue';
COMMENT ON COLUMN cloudstack.sync_queue.queue_size_limit IS 'max number of items the queue can process concurrently';
COMMENT ON COLUMN cloudstack.sync_queue_item.queue_proc_msid IS 'owner msid when the queue item is being processed';
COMMENT ON COLUMN cloudstack.sync_queue_item.queue_proc_number IS 'used to distinguish raw items and items being in process';
COMMENT ON COLUMN cloudstack.sync_queue_item.queue_proc_time IS 'when processing started for the item';
COMMENT ON COLUMN cloudstack.sync_queue_item.created IS 'time created';
COMMENT ON COLUMN cloudstack.template_deploy_as_is_details.template_id IS 'template id';
COMMENT ON COLUMN cloudstack.template_host_ref.destroyed IS 'indicates whether the template_host entry was destroyed by the user or not';
COMMENT ON COLUMN cloudstack.template_host_ref.is_copy IS 'indicates whether this was copied ';
COMMENT ON COLUMN cloudstack.template_s3_ref.id IS 'id';
COMMENT ON COLUMN cloudstack.template_s3_ref.s3_id IS ' Associated S3 instance id';
COMMENT ON COLUMN cloudstack.template_s3_ref.template_id IS ' Associated template id';
COMMENT ON COLUMN cloudstack.template_s3_ref.created IS ' The creation timestamp';
COMMENT ON COLUMN cloudstack.template_s3_ref.size IS ' The size of the object';
COMMENT ON COLUMN cloudstack.template_s3_ref.physical_size IS ' The physical size of the object';
COMMENT ON COLUMN cloudstack.template_spool_ref.template_size IS 'the size of the template on the pool';
COMMENT ON COLUMN cloudstack.template_spool_ref.marked_for_gc IS 'if true, the garbage collector will evict the template from this pool.';
COMMENT ON COLUMN cloudstack.template_store_ref.destroyed IS 'indicates whether the template_store entry was destroyed by the user or not';
COMMENT ON COLUMN cloudstack.template_store_ref.is_copy IS 'indicates whether this was copied ';
COMMENT ON COLUMN cloudstack.template_zone_ref.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.ucs_blade.id IS 'id';
COMMENT ON COLUMN cloudstack.ucs_manager.id IS 'id';
COMMENT ON COLUMN cloudstack.usage_event_details.usage_event_id IS 'usage event id';
COMMENT ON COLUMN cloudstack."user".created IS 'date created';
COMMENT ON COLUMN cloudstack."user".removed IS 'date removed';
COMMENT ON COLUMN cloudstack."user".is_registered IS '1: yes, 0: no';
COMMENT ON COLUMN cloudstack."user"."default" IS '1 if user is default';
COMMENT ON COLUMN cloudstack."user".external_entity IS 'reference to external federation entity';
COMMENT ON COLUMN cloudstack.user_details.user_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.user_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.user_ipv6_address.data_center_id IS 'zone that it belongs to';
COMMENT ON COLUMN cloudstack.user_ipv6_address.state IS 'state of the ip address';
COMMENT ON COLUMN cloudstack.user_ipv6_address.mac_address IS 'mac address of this ip';
COMMENT ON COLUMN cloudstack.user_ipv6_address.source_network_id IS 'network id ip belongs to';
COMMENT ON COLUMN cloudstack.user_ipv6_address.network_id IS 'network this public ip address is associated with';
COMMENT ON COLUMN cloudstack.user_ipv6_address.physical_network_id IS 'physical network id that this configuration is based on';
COMMENT ON COLUMN cloudstack.user_ipv6_address.created IS 'Date this ip was allocated to someone';
COMMENT ON COLUMN cloudstack.user_ip_address.data_center_id IS 'zone that it belongs to';
COMMENT ON COLUMN cloudstack.user_ip_address.allocated IS 'Date this ip was allocated to someone';
COMMENT ON COLUMN cloudstack.user_ip_address.vm_id IS 'vm id the one_to_one nat ip is assigned to';
COMMENT ON COLUMN cloudstack.user_ip_address.state IS 'state of the ip address';
COMMENT ON COLUMN cloudstack.user_ip_address.mac_address IS 'mac address of this ip';
COMMENT ON COLUMN cloudstack.user_ip_address.source_network_id IS 'network id ip belongs to';
COMMENT ON COLUMN cloudstack.user_ip_address.network_id IS 'network this public ip address is associated with';
COMMENT ON COLUMN cloudstack.user_ip_address.physical_network_id IS 'physical network id that this configuration is based on';
COMMENT ON COLUMN cloudstack.user_ip_address.vpc_id IS 'vpc the ip address is associated with';
COMMENT ON COLUMN cloudstack.user_ip_address.display IS 'True if the ip address can be displayed to the end user';
COMMENT ON COLUMN cloudstack.user_ip_address.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.user_ip_address.created IS 'date created';
COMMENT ON COLUMN cloudstack.user_ip_address.rule_state IS 'static  rule state while removing';
COMMENT ON COLUMN cloudstack.user_ip_address.forsystemvms IS 'true if IP is set to system vms, false if not';
COMMENT ON COLUMN cloudstack.user_ip_address_details.user_ip_address_id IS 'User ip address id';
COMMENT ON COLUMN cloudstack.user_ip_address_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.user_vm.update_parameters IS 'Defines if the parameters have been updated for the vm';
COMMENT ON COLUMN cloudstack.user_vm_clone_setting.vm_id IS 'guest VM id';
COMMENT ON COLUMN cloudstack.user_vm_clone_setting.clone_type IS 'Full or Linked Clone (applicable to VMs on ESX)';
COMMENT ON COLUMN cloudstack.user_vm_deploy_as_is_details.vm_id IS 'virtual machine id';
COMMENT ON COLUMN cloudstack.user_vm_details.vm_id IS 'vm id';
COMMENT ON COLUMN cloudstack.user_vm_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.version.id IS 'id';
COMMENT ON COLUMN cloudstack.version.version IS 'version';
COMMENT ON COLUMN cloudstack.version.updated IS 'Date this version table was updated';
COMMENT ON COLUMN cloudstack.version.step IS 'Step in the upgrade to this version';
COMMENT ON COLUMN cloudstack.vgpu_types.vgpu_type IS 'vgpu type supported by this gpu group';
COMMENT ON COLUMN cloudstack.vgpu_types.video_ram IS 'video RAM for this vgpu type';
COMMENT ON COLUMN cloudstack.vgpu_types.max_heads IS 'maximum displays per user';
COMMENT ON COLUMN cloudstack.vgpu_types.max_resolution_x IS 'maximum X resolution per display';
COMMENT ON COLUMN cloudstack.vgpu_types.max_resolution_y IS 'maximum Y resolution per display';
COMMENT ON COLUMN cloudstack.vgpu_types.max_vgpu_per_pgpu IS 'max number of vgpus per physical gpu (pgpu)';
COMMENT ON COLUMN cloudstack.vgpu_types.remaining_capacity IS 'remaining vgpu can be created with this vgpu_type on the given gpu group';
COMMENT ON COLUMN cloudstack.vgpu_types.max_capacity IS 'maximum vgpu can be created with this vgpu_type on the given gpu group';
COMMENT ON COLUMN cloudstack.virtual_router_providers.id IS 'id';
COMMENT ON COLUMN cloudstack.virtual_router_providers.nsp_id IS 'Network Service Provider ID';
COMMENT ON COLUMN cloudstack.virtual_router_providers.type IS 'Virtual router, or ElbVM';
COMMENT ON COLUMN cloudstack.virtual_router_providers.enabled IS 'Enabled or disabled';
COMMENT ON COLUMN cloudstack.virtual_router_providers.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.virtual_supervisor_module.id IS 'id';
COMMENT ON COLUMN cloudstack.vlan.network_id IS 'id of corresponding network offering';
COMMENT ON COLUMN cloudstack.vlan.physical_network_id IS 'physical network id that this configuration is based on';
COMMENT ON COLUMN cloudstack.vlan.removed IS 'date removed';
COMMENT ON COLUMN cloudstack.vlan.created IS 'date created';
COMMENT ON COLUMN cloudstack.vlan_details.vlan_id IS 'vlan id';
COMMENT ON COLUMN cloudstack.vlan_details.display IS 'Should detail be displayed to the end user';
COMMENT ON COLUMN cloudstack.vmware_data_center.id IS 'id';
COMMENT ON COLUMN cloudstack.vmware_data_center.name IS 'Name of VMware datacenter';
COMMENT ON COLUMN cloudstack.vmware_data_center.guid IS 'id of VMware datacenter';
COMMENT ON COLUMN cloudstack.vmware_data_center.vcenter_host IS 'vCenter host containing this VMware datacenter';
COMMENT ON COLUMN cloudstack.vmware_data_center.username IS 'Name of vCenter host user';
COMMENT ON COLUMN cloudstack.vmware_data_center.password IS 'Password of vCenter host user';
COMMENT ON COLUMN cloudstack.vmware_data_center_zone_map.id IS 'id';
COMMENT ON COLUMN cloudstack.vmware_data_center_zone_map.zone_id IS 'id of CloudStack zone';
COMMENT ON COLUMN cloudstack.vmware_data_center_zone_map.vmware_data_center_id IS 'id of VMware datacenter';
COMMENT ON COLUMN cloudstack.vm_compute_tags.id IS 'id';
COMMENT ON COLUMN cloudstack.vm_compute_tags.vm_id IS 'vm id';
COMMENT ON COLUMN cloudstack.vm_compute_tags.compute_tag IS 'name of tag';
COMMENT ON COLUMN cloudstack.vm_instance.instance_name IS 'name of the vm instance running on the hosts';
COMMENT ON COLUMN cloudstack.vm_instance.data_center_id IS 'Data Center the instance belongs to';
COMMENT ON COLUMN cloudstack.vm_instance.last_host_id IS 'tentative host for first run or last host that it has been running on';
COMMENT ON COLUMN cloudstack.vm_instance.proxy_id IS 'console proxy allocated in previous session';
COMMENT ON COLUMN cloudstack.vm_instance.proxy_assign_time IS 'time when console proxy was assigned';
COMMENT ON COLUMN cloudstack.vm_instance.vnc_password IS 'vnc password';
COMMENT ON COLUMN cloudstack.vm_instance.ha_enabled IS 'Should HA be enabled for this VM';
COMMENT ON COLUMN cloudstack.vm_instance.limit_cpu_use IS 'Limit the cpu usage to service offering';
COMMENT ON COLUMN cloudstack.vm_instance.update_count IS 'date state was updated';
COMMENT ON COLUMN cloudstack.vm_instance.update_time IS 'date the destroy was requested';
COMMENT ON COLUMN cloudstack.vm_instance.created IS 'date created';
COMMENT ON COLUMN cloudstack.vm_instance.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.vm_instance.type IS 'type of vm it is';
COMMENT ON COLUMN cloudstack.vm_instance.vm_type IS 'vm type';
COMMENT ON COLUMN cloudstack.vm_instance.account_id IS 'user id of owner';
COMMENT ON COLUMN cloudstack.vm_instance.service_offering_id IS 'service offering id';
COMMENT ON COLUMN cloudstack.vm_instance.reservation_id IS 'reservation id';
COMMENT ON COLUMN cloudstack.vm_instance.hypervisor_type IS 'hypervisor type';
COMMENT ON COLUMN cloudstack.vm_instance.dynamically_scalable IS 'true if VM contains XS/VMWare tools inorder to support dynamic scaling of VM cpu/memory';
COMMENT ON COLUMN cloudstack.vm_instance.display_vm IS 'Should vm instance be displayed to the end user';
COMMENT ON COLUMN cloudstack.vm_instance.user_id IS 'user id of VM deployer';
COMMENT ON COLUMN cloudstack.vm_instance.backup_offering_id IS 'ID of backup offering';
COMMENT ON COLUMN cloudstack.vm_instance.backup_external_id IS 'ID of external backup job or container if any';
COMMENT ON COLUMN cloudstack.vm_instance.backup_volumes IS 'details of backedup volumes';
COMMENT ON COLUMN cloudstack.vm_network_map.id IS 'id';
COMMENT ON COLUMN cloudstack.vm_network_map.vm_id IS 'vm id';
COMMENT ON COLUMN cloudstack.vm_network_map.network_id IS 'network id';
COMMENT ON COLUMN cloudstack.vm_reservation.id IS 'id';
COMMENT ON COLUMN cloudstack.vm_reservation.uuid IS 'reservation id';
COMMENT ON COLUMN cloudstack.vm_reservation.vm_id IS 'vm id';
COMMENT ON COLUMN cloudstack.vm_reservation.data_center_id IS 'zone id';
COMMENT ON COLUMN cloudstack.vm_reservation.pod_id IS 'pod id';
COMMENT ON COLUMN cloudstack.vm_reservation.cluster_id IS 'cluster id';
COMMENT ON COLUMN cloudstack.vm_reservation.host_id IS 'host id';
COMMENT ON COLUMN cloudstack.vm_reservation.created IS 'date created';
COMMENT ON COLUMN cloudstack.vm_reservation.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.vm_reservation.deployment_planner IS 'Preferred deployment planner for the vm';
COMMENT ON COLUMN cloudstack.vm_root_disk_tags.id IS 'id';
COMMENT ON COLUMN cloudstack.vm_root_disk_tags.vm_id IS 'vm id';
COMMENT ON COLUMN cloudstack.vm_root_disk_tags.root_disk_tag IS 'name of tag';
COMMENT ON COLUMN cloudstack.vm_snapshots.id IS 'Primary Key';
COMMENT ON COLUMN cloudstack.vm_snapshot_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.vm_template.hvm IS 'requires HVM';
COMMENT ON COLUMN cloudstack.vm_template.bits IS '32 bit or 64 bit';
COMMENT ON COLUMN cloudstack.vm_template.url IS 'the url where the template exists externally';
COMMENT ON COLUMN cloudstack.vm_template.format IS 'format for the template';
COMMENT ON COLUMN cloudstack.vm_template.created IS 'Date created';
COMMENT ON COLUMN cloudstack.vm_template.removed IS 'Date removed if not null';
COMMENT ON COLUMN cloudstack.vm_template.account_id IS 'id of the account that created this template';
COMMENT ON COLUMN cloudstack.vm_template.checksum IS 'checksum for the template root disk';
COMMENT ON COLUMN cloudstack.vm_template.display_text IS 'Description text set by the admin for display purpose only';
COMMENT ON COLUMN cloudstack.vm_template.enable_password IS 'true if this template supports password reset';
COMMENT ON COLUMN cloudstack.vm_template.enable_sshkey IS 'true if this template supports sshkey reset';
COMMENT ON COLUMN cloudstack.vm_template.guest_os_id IS 'the OS of the template';
COMMENT ON COLUMN cloudstack.vm_template.bootable IS 'true if this template represents a bootable ISO';
COMMENT ON COLUMN cloudstack.vm_template.prepopulate IS 'prepopulate this template to primary storage';
COMMENT ON COLUMN cloudstack.vm_template.cross_zones IS 'Make this template available in all zones';
COMMENT ON COLUMN cloudstack.vm_template.extractable IS 'Is this template extractable';
COMMENT ON COLUMN cloudstack.vm_template.hypervisor_type IS 'hypervisor that the template belongs to';
COMMENT ON COLUMN cloudstack.vm_template.source_template_id IS 'Id of the original template, if this template is created from snapshot';
COMMENT ON COLUMN cloudstack.vm_template.template_tag IS 'template tag';
COMMENT ON COLUMN cloudstack.vm_template.sort_key IS 'sort key used for customising sort method';
COMMENT ON COLUMN cloudstack.vm_template.dynamically_scalable IS 'true if template contains XS/VMWare tools inorder to support dynamic scaling of VM cpu/memory';
COMMENT ON COLUMN cloudstack.vm_template.parent_template_id IS 'If datadisk template, then id of the root template this template belongs to';
COMMENT ON COLUMN cloudstack.vm_template.direct_download IS 'Indicates if Secondary Storage is bypassed and template is downloaded to Primary Storage';
COMMENT ON COLUMN cloudstack.vm_template.deploy_as_is IS 'True if the template should be deployed with disks and networks as defined by OVF';
COMMENT ON COLUMN cloudstack.vm_template_details.template_id IS 'template id';
COMMENT ON COLUMN cloudstack.vm_template_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.vm_work_job.step IS 'state';
COMMENT ON COLUMN cloudstack.vm_work_job.vm_type IS 'type of vm';
COMMENT ON COLUMN cloudstack.vm_work_job.vm_instance_id IS 'vm instance';
COMMENT ON COLUMN cloudstack.volumes.id IS 'Primary Key';
COMMENT ON COLUMN cloudstack.volumes.account_id IS 'owner.  foreign key to account table';
COMMENT ON COLUMN cloudstack.volumes.domain_id IS 'the domain that the owner belongs to';
COMMENT ON COLUMN cloudstack.volumes.pool_id IS 'pool it belongs to. foreign key to storage_pool table';
COMMENT ON COLUMN cloudstack.volumes.last_pool_id IS 'last pool it belongs to.';
COMMENT ON COLUMN cloudstack.volumes.instance_id IS 'vm instance it belongs to. foreign key to vm_instance table';
COMMENT ON COLUMN cloudstack.volumes.device_id IS 'which device inside vm instance it is ';
COMMENT ON COLUMN cloudstack.volumes.name IS 'A user specified name for the volume';
COMMENT ON COLUMN cloudstack.volumes.size IS 'total size';
COMMENT ON COLUMN cloudstack.volumes.folder IS 'The folder where the volume is saved';
COMMENT ON COLUMN cloudstack.volumes.path IS 'Path';
COMMENT ON COLUMN cloudstack.volumes.pod_id IS 'pod this volume belongs to';
COMMENT ON COLUMN cloudstack.volumes.data_center_id IS 'data center this volume belongs to';
COMMENT ON COLUMN cloudstack.volumes.iscsi_name IS 'iscsi target name';
COMMENT ON COLUMN cloudstack.volumes.host_ip IS 'host ip address for convenience';
COMMENT ON COLUMN cloudstack.volumes.volume_type IS 'root, swap or data';
COMMENT ON COLUMN cloudstack.volumes.pool_type IS 'type of the pool';
COMMENT ON COLUMN cloudstack.volumes.disk_offering_id IS 'can be null for system VMs';
COMMENT ON COLUMN cloudstack.volumes.template_id IS 'fk to vm_template.id';
COMMENT ON COLUMN cloudstack.volumes.first_snapshot_backup_uuid IS 'The first snapshot that was ever taken for this volume';
COMMENT ON COLUMN cloudstack.volumes.recreatable IS 'Is this volume recreatable?';
COMMENT ON COLUMN cloudstack.volumes.created IS 'Date Created';
COMMENT ON COLUMN cloudstack.volumes.attached IS 'Date Attached';
COMMENT ON COLUMN cloudstack.volumes.updated IS 'Date updated for attach/detach';
COMMENT ON COLUMN cloudstack.volumes.removed IS 'Date removed.  not null if removed';
COMMENT ON COLUMN cloudstack.volumes.state IS 'State machine';
COMMENT ON COLUMN cloudstack.volumes.chain_info IS 'save possible disk chain info in primary storage';
COMMENT ON COLUMN cloudstack.volumes.update_count IS 'date state was updated';
COMMENT ON COLUMN cloudstack.volumes.iso_id IS 'The id of the iso from which the volume was created';
COMMENT ON COLUMN cloudstack.volumes.display_volume IS 'Should volume be displayed to the end user';
COMMENT ON COLUMN cloudstack.volumes.format IS 'volume format';
COMMENT ON COLUMN cloudstack.volumes.min_iops IS 'Minimum IOPS';
COMMENT ON COLUMN cloudstack.volumes.max_iops IS 'Maximum IOPS';
COMMENT ON COLUMN cloudstack.volumes.hv_ss_reserve IS 'Hypervisor snapshot reserve space as a percent of a volume (for managed storage using Xen or VMware)';
COMMENT ON COLUMN cloudstack.volumes.provisioning_type IS 'pre allocation setting of the volume';
COMMENT ON COLUMN cloudstack.volume_details.volume_id IS 'volume id';
COMMENT ON COLUMN cloudstack.volume_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.volume_host_ref.checksum IS 'checksum for the data disk';
COMMENT ON COLUMN cloudstack.volume_host_ref.format IS 'format for the volume';
COMMENT ON COLUMN cloudstack.volume_host_ref.destroyed IS 'indicates whether the volume_host entry was destroyed by the user or not';
COMMENT ON COLUMN cloudstack.volume_reservation.id IS 'id';
COMMENT ON COLUMN cloudstack.volume_reservation.vm_reservation_id IS 'id of the vm reservation';
COMMENT ON COLUMN cloudstack.volume_reservation.vm_id IS 'vm id';
COMMENT ON COLUMN cloudstack.volume_reservation.volume_id IS 'volume id';
COMMENT ON COLUMN cloudstack.volume_reservation.pool_id IS 'pool assigned to the volume';
COMMENT ON COLUMN cloudstack.volume_store_ref.checksum IS 'checksum for the data disk';
COMMENT ON COLUMN cloudstack.volume_store_ref.destroyed IS 'indicates whether the volume_host entry was destroyed by the user or not';
COMMENT ON COLUMN cloudstack.vpc.id IS 'id';
COMMENT ON COLUMN cloudstack.vpc.name IS 'vpc name';
COMMENT ON COLUMN cloudstack.vpc.display_text IS 'vpc display text';
COMMENT ON COLUMN cloudstack.vpc.cidr IS 'vpc cidr';
COMMENT ON COLUMN cloudstack.vpc.vpc_offering_id IS 'vpc offering id that this vpc is created from';
COMMENT ON COLUMN cloudstack.vpc.zone_id IS 'the id of the zone this Vpc belongs to';
COMMENT ON COLUMN cloudstack.vpc.state IS 'state of the VP (can be Enabled and Disabled)';
COMMENT ON COLUMN cloudstack.vpc.domain_id IS 'domain the vpc belongs to';
COMMENT ON COLUMN cloudstack.vpc.account_id IS 'owner of this vpc';
COMMENT ON COLUMN cloudstack.vpc.network_domain IS 'network domain';
COMMENT ON COLUMN cloudstack.vpc.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.vpc.created IS 'date created';
COMMENT ON COLUMN cloudstack.vpc.restart_required IS '1 if restart is required for the VPC';
COMMENT ON COLUMN cloudstack.vpc.display IS 'True if the vpc can be displayed to the end user';
COMMENT ON COLUMN cloudstack.vpc_details.vpc_id IS 'VPC id';
COMMENT ON COLUMN cloudstack.vpc_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.vpc_gateways.id IS 'id';
COMMENT ON COLUMN cloudstack.vpc_gateways.ip4_address IS 'ip4 address of the gateway';
COMMENT ON COLUMN cloudstack.vpc_gateways.netmask IS 'netmask of the gateway';
COMMENT ON COLUMN cloudstack.vpc_gateways.gateway IS 'gateway';
COMMENT ON COLUMN cloudstack.vpc_gateways.type IS 'type of gateway; can be Public/Private/Vpn';
COMMENT ON COLUMN cloudstack.vpc_gateways.network_id IS 'network id vpc gateway belongs to';
COMMENT ON COLUMN cloudstack.vpc_gateways.vpc_id IS 'id of the vpc the gateway belongs to';
COMMENT ON COLUMN cloudstack.vpc_gateways.zone_id IS 'id of the zone the gateway belongs to';
COMMENT ON COLUMN cloudstack.vpc_gateways.created IS 'date created';
COMMENT ON COLUMN cloudstack.vpc_gateways.account_id IS 'owner id';
COMMENT ON COLUMN cloudstack.vpc_gateways.domain_id IS 'domain id';
COMMENT ON COLUMN cloudstack.vpc_gateways.state IS 'what state the vpc gateway in';
COMMENT ON COLUMN cloudstack.vpc_gateways.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.vpc_gateway_details.vpc_gateway_id IS 'VPC gateway id';
COMMENT ON COLUMN cloudstack.vpc_gateway_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.vpc_offerings.id IS 'id';
COMMENT ON COLUMN cloudstack.vpc_offerings.unique_name IS 'unique name of the vpc offering';
COMMENT ON COLUMN cloudstack.vpc_offerings.name IS 'vpc name';
COMMENT ON COLUMN cloudstack.vpc_offerings.display_text IS 'display text';
COMMENT ON COLUMN cloudstack.vpc_offerings.state IS 'state of the vpc offering that has Disabled value by default';
COMMENT ON COLUMN cloudstack.vpc_offerings."default" IS '1 if vpc offering is default';
COMMENT ON COLUMN cloudstack.vpc_offerings.removed IS 'date removed if not null';
COMMENT ON COLUMN cloudstack.vpc_offerings.created IS 'date created';
COMMENT ON COLUMN cloudstack.vpc_offerings.service_offering_id IS 'service offering id that virtual router is tied to';
COMMENT ON COLUMN cloudstack.vpc_offerings.sort_key IS 'sort key used for customising sort method';
COMMENT ON COLUMN cloudstack.vpc_offering_details.offering_id IS 'vpc offering id';
COMMENT ON COLUMN cloudstack.vpc_offering_details.display IS 'True if the detail can be displayed to the end user';
COMMENT ON COLUMN cloudstack.vpc_offering_service_map.vpc_offering_id IS 'vpc_offering_id';
COMMENT ON COLUMN cloudstack.vpc_offering_service_map.service IS 'service';
COMMENT ON COLUMN cloudstack.vpc_offering_service_map.provider IS 'service provider';
COMMENT ON COLUMN cloudstack.vpc_offering_service_map.created IS 'date created';
COMMENT ON COLUMN cloudstack.vpc_service_map.vpc_id IS 'vpc_id';
COMMENT ON COLUMN cloudstack.vpc_service_map.service IS 'service';
COMMENT ON COLUMN cloudstack.vpc_service_map.provider IS 'service provider';
COMMENT ON COLUMN cloudstack.vpc_service_map.created IS 'date created';
COMMENT ON COLUMN cloudstack.vpn_users.state IS 'What state is this vpn user in';
COMMENT ON COLUMN cloudstack.vsphere_storage_policy.zone_id IS 'id of the zone';
COMMENT ON COLUMN cloudstack.vsphere_storage_policy.policy_id IS 'the identifier of the Storage Policy in vSphere DataCenter';
COMMENT ON COLUMN cloudstack.vsphere_storage_policy.name IS 'name of the storage policy';
COMMENT ON COLUMN cloudstack.vsphere_storage_policy.description IS 'description of the storage policy';
COMMENT ON COLUMN cloudstack.vsphere_storage_policy.update_time IS 'last updated when policy imported';
COMMENT ON COLUMN cloudstack.vsphere_storage_policy.removed IS 'date removed';
