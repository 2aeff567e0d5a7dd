-- oVirt Engine, the open source virtualisation manager (data centers (storage pools), clusters and their CPU, migration,
-- fencing and scheduling policies with policy units, hosts (static definition, runtime state, statistics, network
-- interfaces and their statistics, NUMA nodes, devices, kdump status, fence agents, supported features, SPM ids),
-- virtual machines, templates and instance types (static definition, runtime state, statistics, devices, network
-- interfaces and their statistics, cloud-init/sysprep settings, guest-agent interfaces, host pinning, NUMA mapping,
-- NVRAM/TPM data, icons, OVF generations), VM pools, affinity groups and labels, snapshots, backups and checkpoints,
-- disks, images and their storage-domain map, LUNs, disk profiles, image transfers (uploads/downloads), storage
-- domains (static, dynamic, OVF stores, disaster-recovery sync, unregistered disks and VMs), storage server
-- connections and iSCSI bonds, logical networks, vNIC profiles, network filters, cluster network roles, host network
-- attachments, SR-IOV virtual-function configuration, DNS resolvers, MAC pools and ranges, QoS, quotas and their
-- limits, external providers and libvirt secrets, users, directory groups, roles and their action groups, permissions,
-- tags on VMs, hosts, users, groups and pools, the audit (events) log, event subscriptions and notification history,
-- bookmarks, custom actions, jobs, steps and async tasks, command coordination, engine sessions and configuration
-- options, engine backup log, SSO clients, and Gluster storage: volumes, bricks, options, services, hooks,
-- geo-replication sessions, volume snapshots and their schedules), as a fresh install of the engine database creates it
-- on PostgreSQL: packaging/dbscripts of github.com/oVirt/ovirt-engine (commit 0111fc6, 2026-08-19, version
-- 4.5.8-SNAPSHOT, after tag ovirt-engine-4.5.7), i.e. the base script create_tables.sql (a 4.0-era pg_dump) followed
-- by all 406 upgrade scripts upgrade/04_01_0000 ... 04_05_0330; Apache-2.0; we use the schema's facts. The project's
-- own schema.sh was run with "-c apply" (create_tables.sql, create_functions.sql, common_sp.sql, the default data,
-- pre-upgrade, every upgrade script, views, stored procedures and post-upgrade) against an empty database in a scratch
-- PostgreSQL 15, and the tables were regenerated from its catalog: all 156 tables, their columns and types, primary
-- keys (12 tables have none in the source), the 182 foreign keys the schema declares (with their ON DELETE/ON UPDATE
-- actions), and the one unique constraint a foreign key needs (network_filter.filter_id), schema ovirt. The source
-- declares no table or column comments. Left out: defaults, sequences, other unique and check constraints, indexes,
-- the composite result types, views (vms, vds, storage_domains, ...), stored procedures and functions, triggers, and
-- the default rows (roles, options, clusters, ...). Status and type columns are integer codes of the engine's Java
-- enums; the database has no lookup tables for them. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS ovirt;
CREATE TABLE ovirt.ad_groups (
    id uuid NOT NULL,
    name character varying(256) NOT NULL,
    domain character varying(100) NOT NULL,
    distinguishedname character varying(4000) NOT NULL,
    external_id text NOT NULL,
    namespace character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.affinity_group_members (
    affinity_group_id uuid NOT NULL,
    vm_id uuid,
    vds_id uuid,
    vm_label_id uuid,
    host_label_id uuid
);
CREATE TABLE ovirt.affinity_groups (
    id uuid NOT NULL,
    name character varying(128) NOT NULL,
    description character varying(4000),
    cluster_id uuid NOT NULL,
    vm_positive boolean,
    vm_enforcing boolean NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    vds_positive boolean NOT NULL,
    vds_enforcing boolean NOT NULL,
    vms_affinity_enabled boolean NOT NULL,
    vds_affinity_enabled boolean NOT NULL,
    priority bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.async_tasks (
    task_id uuid NOT NULL,
    action_type integer NOT NULL,
    status integer NOT NULL,
    result integer NOT NULL,
    step_id uuid,
    command_id uuid NOT NULL,
    started_at timestamp with time zone,
    storage_pool_id uuid,
    task_type integer NOT NULL,
    vdsm_task_id uuid,
    root_command_id uuid,
    user_id uuid,
    PRIMARY KEY (task_id)
);
CREATE TABLE ovirt.async_tasks_entities (
    async_task_id uuid NOT NULL,
    entity_id uuid NOT NULL,
    entity_type character varying(128)
);
CREATE TABLE ovirt.audit_log (
    audit_log_id bigint NOT NULL,
    user_id uuid,
    user_name character varying(255) NOT NULL,
    vm_id uuid,
    vm_name character varying(255) NOT NULL,
    vm_template_id uuid,
    vm_template_name character varying(255) NOT NULL,
    vds_id uuid,
    vds_name character varying(255) NOT NULL,
    log_time timestamp with time zone NOT NULL,
    log_type_name character varying(100),
    log_type integer NOT NULL,
    severity integer NOT NULL,
    message text NOT NULL,
    processed boolean NOT NULL,
    storage_pool_id uuid,
    storage_pool_name character varying(40) NOT NULL,
    storage_domain_id uuid,
    storage_domain_name character varying(250) NOT NULL,
    cluster_id uuid,
    cluster_name character varying(255) NOT NULL,
    correlation_id character varying(50),
    job_id uuid,
    quota_id uuid,
    quota_name character varying(60) NOT NULL,
    gluster_volume_id uuid,
    gluster_volume_name character varying(1000) NOT NULL,
    origin character varying(255),
    custom_event_id integer,
    event_flood_in_sec integer,
    custom_data text,
    deleted boolean,
    call_stack text,
    brick_id uuid,
    brick_path text,
    custom_id character varying(255),
    PRIMARY KEY (audit_log_id)
);
CREATE TABLE ovirt.base_disks (
    disk_id uuid NOT NULL,
    wipe_after_delete boolean NOT NULL,
    propagate_errors character varying(32) NOT NULL,
    disk_alias character varying(255),
    disk_description character varying(500) NOT NULL,
    shareable boolean,
    sgio smallint,
    disk_storage_type smallint,
    cinder_volume_type character varying(255),
    disk_content_type smallint NOT NULL,
    backup character varying(32),
    backup_mode character varying(32),
    PRIMARY KEY (disk_id)
);
CREATE TABLE ovirt.bookmarks (
    bookmark_id uuid NOT NULL,
    bookmark_name character varying(40),
    bookmark_value character varying(300) NOT NULL,
    PRIMARY KEY (bookmark_id)
);
CREATE TABLE ovirt.business_entity_snapshot (
    id uuid NOT NULL,
    command_id uuid NOT NULL,
    command_type character varying(256) NOT NULL,
    entity_id character varying(128),
    entity_type character varying(128),
    entity_snapshot text,
    snapshot_class character varying(128),
    snapshot_type integer,
    insertion_order integer,
    started_at timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.cluster (
    cluster_id uuid NOT NULL,
    name character varying(40) NOT NULL,
    description character varying(4000) NOT NULL,
    cpu_name character varying(255),
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    storage_pool_id uuid,
    max_vds_memory_over_commit integer NOT NULL,
    compatibility_version character varying(40) NOT NULL,
    transparent_hugepages boolean NOT NULL,
    migrate_on_error integer NOT NULL,
    virt_service boolean NOT NULL,
    gluster_service boolean NOT NULL,
    count_threads_as_cores boolean NOT NULL,
    emulated_machine character varying(40),
    trusted_service boolean NOT NULL,
    tunnel_migration boolean NOT NULL,
    cluster_policy_id uuid,
    cluster_policy_custom_properties text,
    enable_balloon boolean NOT NULL,
    free_text_comment text NOT NULL,
    detect_emulated_machine boolean,
    architecture integer NOT NULL,
    optimization_type smallint,
    spice_proxy character varying(255),
    ha_reservation boolean NOT NULL,
    enable_ksm boolean NOT NULL,
    serial_number_policy smallint,
    custom_serial_number character varying(255),
    additional_rng_sources character varying(255),
    skip_fencing_if_sd_active boolean,
    skip_fencing_if_connectivity_broken boolean,
    hosts_with_broken_connectivity_threshold smallint,
    fencing_enabled boolean,
    is_auto_converge boolean,
    is_migrate_compressed boolean,
    gluster_tuned_profile character varying(50),
    gluster_cli_based_snapshot_scheduled boolean NOT NULL,
    ksm_merge_across_nodes boolean,
    migration_bandwidth_limit_type character varying(16) NOT NULL,
    custom_migration_bandwidth_limit integer,
    migration_policy_id uuid,
    mac_pool_id uuid NOT NULL,
    switch_type character varying(6) NOT NULL,
    skip_fencing_if_gluster_bricks_up boolean,
    skip_fencing_if_gluster_quorum_not_met boolean,
    firewall_type integer NOT NULL,
    default_network_provider_id uuid,
    log_max_memory_used_threshold integer NOT NULL,
    log_max_memory_used_threshold_type smallint NOT NULL,
    vnc_encryption_enabled boolean,
    upgrade_running boolean NOT NULL,
    smt_disabled boolean NOT NULL,
    bios_type integer,
    cpu_flags text,
    cpu_verb text,
    is_migrate_encrypted boolean,
    managed boolean,
    fips_mode smallint NOT NULL,
    parallel_migrations smallint NOT NULL,
    upgrade_percent_complete smallint NOT NULL,
    upgrade_correlation_id character varying(50),
    PRIMARY KEY (cluster_id)
);
CREATE TABLE ovirt.cluster_features (
    feature_id uuid NOT NULL,
    feature_name character varying(256) NOT NULL,
    version character varying(40),
    category integer NOT NULL,
    description text,
    PRIMARY KEY (feature_id)
);
CREATE TABLE ovirt.cluster_policies (
    id uuid NOT NULL,
    name character varying(128) NOT NULL,
    description character varying(4000),
    is_locked boolean NOT NULL,
    is_default boolean NOT NULL,
    custom_properties text,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.cluster_policy_units (
    cluster_policy_id uuid,
    policy_unit_id uuid,
    filter_sequence integer,
    factor integer
);
CREATE TABLE ovirt.command_assoc_entities (
    command_id uuid NOT NULL,
    entity_id uuid NOT NULL,
    entity_type character varying(128),
    PRIMARY KEY (command_id, entity_id)
);
CREATE TABLE ovirt.command_entities (
    command_id uuid NOT NULL,
    command_type integer NOT NULL,
    root_command_id uuid,
    command_parameters text,
    command_params_class character varying(256),
    created_at timestamp with time zone,
    status character varying(20),
    callback_enabled boolean,
    callback_notified boolean,
    return_value text,
    return_value_class character varying(256),
    executed boolean,
    user_id uuid,
    parent_command_id uuid,
    data text,
    engine_session_seq_id bigint,
    command_context text,
    PRIMARY KEY (command_id)
);
CREATE TABLE ovirt.cpu_profiles (
    id uuid NOT NULL,
    name character varying(50) NOT NULL,
    cluster_id uuid NOT NULL,
    qos_id uuid,
    description text,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.custom_actions (
    action_id integer NOT NULL,
    action_name character varying(50) NOT NULL,
    path character varying(300) NOT NULL,
    tab integer NOT NULL,
    description character varying(4000),
    PRIMARY KEY (action_name, tab)
);
CREATE TABLE ovirt.disk_image_dynamic (
    image_id uuid NOT NULL,
    read_rate bigint,
    write_rate bigint,
    actual_size bigint NOT NULL,
    read_latency_seconds numeric(18,9),
    write_latency_seconds numeric(18,9),
    flush_latency_seconds numeric(18,9),
    _update_date timestamp with time zone,
    read_ops bigint,
    write_ops bigint,
    PRIMARY KEY (image_id)
);
CREATE TABLE ovirt.disk_lun_map (
    disk_id uuid NOT NULL,
    lun_id character varying NOT NULL,
    PRIMARY KEY (disk_id, lun_id)
);
CREATE TABLE ovirt.disk_profiles (
    id uuid NOT NULL,
    name character varying(50) NOT NULL,
    storage_domain_id uuid NOT NULL,
    qos_id uuid,
    description text,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.disk_vm_element (
    disk_id uuid NOT NULL,
    vm_id uuid NOT NULL,
    is_boot boolean NOT NULL,
    disk_interface character varying(32) NOT NULL,
    is_using_scsi_reservation boolean NOT NULL,
    pass_discard boolean NOT NULL,
    PRIMARY KEY (vm_id, disk_id)
);
CREATE TABLE ovirt.dns_resolver_configuration (
    id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.dwh_history_timekeeping (
    var_name character varying(50) NOT NULL,
    var_value character varying(255),
    var_datetime timestamp with time zone
);
CREATE TABLE ovirt.dwh_osinfo (
    os_id integer NOT NULL,
    os_name character varying(255),
    PRIMARY KEY (os_id)
);
CREATE TABLE ovirt.engine_backup_log (
    scope character varying(64) NOT NULL,
    done_at timestamp with time zone NOT NULL,
    is_passed boolean,
    output_message text,
    fqdn character varying(255),
    log_path text,
    PRIMARY KEY (scope, done_at)
);
CREATE TABLE ovirt.engine_sessions (
    id bigint NOT NULL,
    engine_session_id text NOT NULL,
    user_id uuid NOT NULL,
    user_name character varying(255) NOT NULL,
    group_ids text,
    role_ids text,
    source_ip character varying(50),
    authz_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.event_map (
    event_up_name character varying(100) NOT NULL,
    event_down_name character varying(100) NOT NULL,
    PRIMARY KEY (event_up_name)
);
CREATE TABLE ovirt.event_notification_hist (
    event_name character varying(100) NOT NULL,
    audit_log_id bigint NOT NULL,
    method_type character(10) NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    status boolean NOT NULL,
    reason character(255)
);
CREATE TABLE ovirt.event_subscriber (
    subscriber_id uuid NOT NULL,
    event_up_name character varying(100) NOT NULL,
    method_address character varying(255),
    tag_name character varying(50) NOT NULL,
    notification_method character varying(32)
);
CREATE TABLE ovirt.external_leases (
    lease_id uuid NOT NULL,
    storage_domain_id uuid NOT NULL,
    PRIMARY KEY (lease_id)
);
CREATE TABLE ovirt.external_variable (
    var_name character varying(100) NOT NULL,
    var_value character varying(4000),
    _update_date timestamp with time zone NOT NULL,
    PRIMARY KEY (var_name)
);
CREATE TABLE ovirt.fence_agents (
    id uuid NOT NULL,
    vds_id uuid NOT NULL,
    agent_order integer NOT NULL,
    ip character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    agent_user character varying(255) NOT NULL,
    agent_password text NOT NULL,
    port integer,
    options text NOT NULL,
    encrypt_options boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.gluster_cluster_services (
    cluster_id uuid NOT NULL,
    service_type character varying(100) NOT NULL,
    status character varying(32) NOT NULL,
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone,
    PRIMARY KEY (cluster_id, service_type)
);
CREATE TABLE ovirt.gluster_config_master (
    config_key character varying(50) NOT NULL,
    config_description character varying(300),
    minimum_supported_cluster character varying(50),
    config_possible_values character varying(50),
    config_feature character varying(50),
    PRIMARY KEY (config_key)
);
CREATE TABLE ovirt.gluster_georep_config (
    session_id uuid NOT NULL,
    config_key character varying(50) NOT NULL,
    config_value text,
    _update_date timestamp with time zone NOT NULL,
    PRIMARY KEY (session_id, config_key)
);
CREATE TABLE ovirt.gluster_georep_session (
    session_id uuid NOT NULL,
    master_volume_id uuid NOT NULL,
    session_key character varying(150) NOT NULL,
    slave_host_uuid uuid,
    slave_host_name character varying(50),
    slave_volume_id uuid,
    slave_volume_name character varying(50),
    status character varying,
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone NOT NULL,
    user_name character varying(255),
    PRIMARY KEY (session_id)
);
CREATE TABLE ovirt.gluster_georep_session_details (
    session_id uuid NOT NULL,
    master_brick_id uuid NOT NULL,
    slave_host_uuid uuid,
    slave_host_name character varying(50) NOT NULL,
    status character varying(20),
    checkpoint_status character varying(20),
    crawl_status character varying(20),
    _update_date timestamp with time zone NOT NULL,
    data_pending bigint,
    entry_pending bigint,
    meta_pending bigint,
    failures bigint,
    last_synced_at timestamp with time zone,
    checkpoint_time timestamp with time zone,
    checkpoint_completed_time timestamp with time zone,
    is_checkpoint_completed boolean,
    PRIMARY KEY (session_id, master_brick_id)
);
CREATE TABLE ovirt.gluster_global_volume_options (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    option_key character varying(8192) NOT NULL,
    option_val character varying(8192) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.gluster_hooks (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    gluster_command character varying(128) NOT NULL,
    stage character varying(50) NOT NULL,
    name character varying(256) NOT NULL,
    hook_status character varying(50),
    content_type character varying(50),
    checksum character varying(256),
    content text,
    conflict_status integer NOT NULL,
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.gluster_scheduler_job_details (
    job_id uuid NOT NULL,
    job_name character varying(300) NOT NULL,
    job_class_name character varying(300) NOT NULL,
    cron_schedule character varying(300) NOT NULL,
    start_date date,
    end_date date,
    timezone character varying(300),
    PRIMARY KEY (job_id)
);
CREATE TABLE ovirt.gluster_scheduler_job_params (
    id uuid NOT NULL,
    job_id uuid NOT NULL,
    params_class_name character varying(300) NOT NULL,
    params_class_value character varying(300),
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.gluster_server (
    server_id uuid NOT NULL,
    gluster_server_uuid uuid NOT NULL,
    known_addresses character varying(250),
    peer_status character varying(50) NOT NULL,
    PRIMARY KEY (server_id)
);
CREATE TABLE ovirt.gluster_server_hooks (
    hook_id uuid NOT NULL,
    server_id uuid NOT NULL,
    hook_status character varying(50),
    content_type character varying(50),
    checksum character varying(256),
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone
);
CREATE TABLE ovirt.gluster_server_services (
    id uuid NOT NULL,
    server_id uuid NOT NULL,
    service_id uuid NOT NULL,
    pid integer,
    status character varying(32) NOT NULL,
    message character varying(1000),
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.gluster_service_types (
    service_type character varying(100) NOT NULL,
    PRIMARY KEY (service_type)
);
CREATE TABLE ovirt.gluster_services (
    id uuid NOT NULL,
    service_type character varying(100) NOT NULL,
    service_name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.gluster_volume_access_protocols (
    volume_id uuid NOT NULL,
    access_protocol character varying(32) NOT NULL,
    PRIMARY KEY (volume_id, access_protocol)
);
CREATE TABLE ovirt.gluster_volume_brick_details (
    brick_id uuid NOT NULL,
    total_space bigint,
    used_space bigint,
    free_space bigint,
    _update_date timestamp with time zone NOT NULL,
    confirmed_free_space bigint,
    confirmed_total_space bigint,
    vdo_savings integer,
    PRIMARY KEY (brick_id)
);
CREATE TABLE ovirt.gluster_volume_bricks (
    volume_id uuid NOT NULL,
    server_id uuid NOT NULL,
    brick_dir character varying(4096) NOT NULL,
    status character varying(32) NOT NULL,
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone,
    id uuid NOT NULL,
    brick_order integer,
    task_id uuid,
    network_id uuid,
    unsynced_entries integer,
    unsynced_entries_history text,
    is_arbiter boolean,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.gluster_volume_details (
    volume_id uuid NOT NULL,
    total_space bigint,
    used_space bigint,
    free_space bigint,
    _update_date timestamp with time zone NOT NULL,
    confirmed_free_space bigint,
    vdo_savings integer,
    PRIMARY KEY (volume_id)
);
CREATE TABLE ovirt.gluster_volume_options (
    volume_id uuid NOT NULL,
    option_key character varying(8192) NOT NULL,
    option_val character varying(8192) NOT NULL,
    id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.gluster_volume_snapshot_config (
    cluster_id uuid NOT NULL,
    volume_id uuid,
    param_name character varying(128) NOT NULL,
    param_value character varying(128),
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone
);
CREATE TABLE ovirt.gluster_volume_snapshot_schedules (
    volume_id uuid NOT NULL,
    job_id character varying(256) NOT NULL,
    snapshot_name_prefix character varying(128),
    snapshot_description character varying(1024),
    recurrence character varying(128) NOT NULL,
    time_zone character varying(128),
    "interval" integer,
    start_date timestamp with time zone,
    execution_time time without time zone,
    days character varying(256),
    end_by timestamp with time zone,
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone,
    PRIMARY KEY (volume_id)
);
CREATE TABLE ovirt.gluster_volume_snapshots (
    snapshot_id uuid NOT NULL,
    volume_id uuid NOT NULL,
    snapshot_name character varying(1000) NOT NULL,
    description character varying(1024),
    status character varying(32),
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone,
    PRIMARY KEY (snapshot_id)
);
CREATE TABLE ovirt.gluster_volume_transport_types (
    volume_id uuid NOT NULL,
    transport_type character varying(32) NOT NULL,
    PRIMARY KEY (volume_id, transport_type)
);
CREATE TABLE ovirt.gluster_volumes (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    vol_name character varying(1000) NOT NULL,
    vol_type character varying(32) NOT NULL,
    status character varying(32) NOT NULL,
    replica_count integer NOT NULL,
    stripe_count integer NOT NULL,
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone,
    task_id uuid,
    snapshot_count integer NOT NULL,
    snapshot_scheduled boolean,
    disperse_count integer NOT NULL,
    redundancy_count integer NOT NULL,
    is_arbiter boolean,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.host_device (
    host_id uuid NOT NULL,
    device_name character varying(255) NOT NULL,
    parent_device_name character varying(255) NOT NULL,
    capability character varying(32) NOT NULL,
    iommu_group integer,
    product_name character varying(255),
    product_id character varying(255),
    vendor_name character varying(255),
    vendor_id character varying(255),
    physfn character varying(255),
    total_vfs integer,
    vm_id uuid,
    net_iface_name character varying(50),
    driver character varying(255),
    is_assignable boolean NOT NULL,
    address character varying(255),
    mdev_types text,
    block_path text,
    hostdev_spec_params text,
    PRIMARY KEY (host_id, device_name)
);
CREATE TABLE ovirt.host_nic_vfs_config (
    id uuid NOT NULL,
    nic_id uuid NOT NULL,
    is_all_networks_allowed boolean NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.image_storage_domain_map (
    image_id uuid NOT NULL,
    storage_domain_id uuid NOT NULL,
    quota_id uuid,
    disk_profile_id uuid,
    PRIMARY KEY (image_id, storage_domain_id)
);
CREATE TABLE ovirt.image_transfers (
    command_id uuid NOT NULL,
    command_type integer NOT NULL,
    phase integer NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    message character varying,
    vds_id uuid,
    disk_id uuid,
    imaged_ticket_id uuid,
    proxy_uri character varying,
    bytes_sent bigint,
    bytes_total bigint,
    type integer NOT NULL,
    active boolean NOT NULL,
    daemon_uri character varying,
    client_inactivity_timeout integer,
    image_format integer NOT NULL,
    backend integer NOT NULL,
    backup_id uuid,
    client_type smallint NOT NULL,
    shallow boolean NOT NULL,
    timeout_policy character varying(10) NOT NULL,
    PRIMARY KEY (command_id)
);
CREATE TABLE ovirt.images (
    image_guid uuid NOT NULL,
    creation_date timestamp with time zone NOT NULL,
    size bigint NOT NULL,
    it_guid uuid NOT NULL,
    parentid uuid,
    imagestatus integer,
    lastmodified timestamp with time zone NOT NULL,
    vm_snapshot_id uuid,
    volume_type integer NOT NULL,
    volume_format integer NOT NULL,
    image_group_id uuid,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    active boolean NOT NULL,
    volume_classification smallint,
    qcow_compat integer,
    sequence_number integer,
    PRIMARY KEY (image_guid)
);
CREATE TABLE ovirt.iscsi_bonds (
    id uuid NOT NULL,
    name character varying(50) NOT NULL,
    description character varying(4000),
    storage_pool_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.iscsi_bonds_networks_map (
    iscsi_bond_id uuid NOT NULL,
    network_id uuid NOT NULL,
    PRIMARY KEY (iscsi_bond_id, network_id)
);
CREATE TABLE ovirt.iscsi_bonds_storage_connections_map (
    iscsi_bond_id uuid NOT NULL,
    connection_id character varying(50) NOT NULL,
    PRIMARY KEY (iscsi_bond_id, connection_id)
);
CREATE TABLE ovirt.job (
    job_id uuid NOT NULL,
    action_type character varying(50) NOT NULL,
    description text NOT NULL,
    status character varying(32) NOT NULL,
    owner_id uuid,
    visible boolean NOT NULL,
    start_time timestamp with time zone NOT NULL,
    end_time timestamp with time zone,
    last_update_time timestamp with time zone,
    correlation_id character varying(50) NOT NULL,
    is_external boolean,
    is_auto_cleared boolean,
    engine_session_seq_id bigint,
    PRIMARY KEY (job_id)
);
CREATE TABLE ovirt.job_subject_entity (
    job_id uuid NOT NULL,
    entity_id uuid NOT NULL,
    entity_type character varying(32) NOT NULL,
    PRIMARY KEY (job_id, entity_id)
);
CREATE TABLE ovirt.labels (
    label_id uuid NOT NULL,
    label_name character varying(50) NOT NULL,
    read_only boolean NOT NULL,
    has_implicit_affinity_group boolean NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE ovirt.labels_map (
    label_id uuid NOT NULL,
    vm_id uuid,
    vds_id uuid
);
CREATE TABLE ovirt.libvirt_secrets (
    secret_id uuid NOT NULL,
    secret_value text NOT NULL,
    secret_usage_type integer NOT NULL,
    secret_description text,
    provider_id uuid NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    PRIMARY KEY (secret_id)
);
CREATE TABLE ovirt.lun_storage_server_connection_map (
    lun_id character varying(255) NOT NULL,
    storage_server_connection character varying(50) NOT NULL,
    PRIMARY KEY (lun_id, storage_server_connection)
);
CREATE TABLE ovirt.luns (
    physical_volume_id character varying(50),
    lun_id character varying(255) NOT NULL,
    volume_group_id character varying(50) NOT NULL,
    serial character varying(4000),
    lun_mapping integer,
    vendor_id character varying(50),
    product_id character varying(50),
    device_size integer,
    discard_max_size bigint,
    PRIMARY KEY (lun_id)
);
CREATE TABLE ovirt.mac_pool_ranges (
    mac_pool_id uuid NOT NULL,
    from_mac character varying(17) NOT NULL,
    to_mac character varying(17) NOT NULL
);
CREATE TABLE ovirt.mac_pools (
    id uuid NOT NULL,
    name character varying(255),
    description character varying(4000),
    allow_duplicate_mac_addresses boolean NOT NULL,
    default_pool boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.mb_storage (
    storage_domain_id uuid NOT NULL,
    driver_options jsonb NOT NULL,
    driver_sensitive_options text,
    PRIMARY KEY (storage_domain_id)
);
CREATE TABLE ovirt.name_server (
    address character varying(45) NOT NULL,
    "position" smallint,
    dns_resolver_configuration_id uuid NOT NULL,
    PRIMARY KEY (dns_resolver_configuration_id, address)
);
CREATE TABLE ovirt.network (
    id uuid NOT NULL,
    name character varying(256) NOT NULL,
    description character varying(4000) NOT NULL,
    type integer,
    addr character varying(50),
    subnet character varying(20),
    gateway character varying(20),
    vlan_id integer,
    stp boolean NOT NULL,
    storage_pool_id uuid,
    mtu integer,
    vm_network boolean NOT NULL,
    provider_network_provider_id uuid,
    provider_network_external_id text,
    free_text_comment text NOT NULL,
    label text,
    qos_id uuid,
    dns_resolver_configuration_id uuid,
    vdsm_name character varying(15) NOT NULL,
    provider_physical_network_id uuid,
    port_isolation boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.network_attachments (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    nic_id uuid NOT NULL,
    boot_protocol character varying(20) NOT NULL,
    address character varying(20),
    netmask character varying(20),
    gateway character varying(20),
    custom_properties text,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    ipv6_boot_protocol character varying(20) NOT NULL,
    ipv6_address character varying(50),
    ipv6_prefix integer,
    ipv6_gateway character varying(50),
    dns_resolver_configuration_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.network_cluster (
    network_id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    status integer NOT NULL,
    is_display boolean NOT NULL,
    required boolean NOT NULL,
    migration boolean NOT NULL,
    management boolean NOT NULL,
    is_gluster boolean NOT NULL,
    default_route boolean NOT NULL,
    PRIMARY KEY (network_id, cluster_id)
);
CREATE TABLE ovirt.network_filter (
    filter_id uuid NOT NULL,
    filter_name character varying(50) NOT NULL,
    version character varying(40) NOT NULL,
    PRIMARY KEY (filter_name),
    UNIQUE (filter_id)
);
CREATE TABLE ovirt.numa_node (
    numa_node_id uuid NOT NULL,
    vds_id uuid,
    vm_id uuid,
    numa_node_index smallint,
    mem_total bigint,
    cpu_count smallint,
    mem_free bigint,
    usage_mem_percent integer,
    cpu_sys numeric(5,2),
    cpu_user numeric(5,2),
    cpu_idle numeric(5,2),
    usage_cpu_percent integer,
    distance text,
    hugepages text,
    numa_tune_mode character varying(20),
    PRIMARY KEY (numa_node_id)
);
CREATE TABLE ovirt.numa_node_cpu_map (
    id uuid NOT NULL,
    numa_node_id uuid NOT NULL,
    cpu_core_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.object_column_white_list (
    object_name character varying(128) NOT NULL,
    column_name character varying(128) NOT NULL,
    PRIMARY KEY (object_name, column_name)
);
CREATE TABLE ovirt.object_column_white_list_sql (
    object_name character varying(128) NOT NULL,
    sql text NOT NULL,
    PRIMARY KEY (object_name)
);
CREATE TABLE ovirt.permissions (
    id uuid NOT NULL,
    role_id uuid NOT NULL,
    ad_element_id uuid NOT NULL,
    object_id uuid NOT NULL,
    object_type_id integer NOT NULL,
    creation_date bigint,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.policy_units (
    id uuid NOT NULL,
    name character varying(128) NOT NULL,
    is_internal boolean NOT NULL,
    custom_properties_regex text,
    type smallint,
    enabled boolean NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.provider_binding_host_id (
    vds_id uuid NOT NULL,
    plugin_type character varying(64) NOT NULL,
    binding_host_id character varying(64),
    PRIMARY KEY (vds_id, plugin_type)
);
CREATE TABLE ovirt.providers (
    id uuid NOT NULL,
    name character varying(128) NOT NULL,
    description character varying(4000) NOT NULL,
    url character varying(512),
    provider_type character varying(32) NOT NULL,
    auth_required boolean NOT NULL,
    auth_username character varying(64),
    auth_password text,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    custom_properties text,
    tenant_name character varying(128),
    plugin_type character varying(64),
    auth_url text,
    additional_properties text,
    read_only boolean NOT NULL,
    is_unmanaged boolean NOT NULL,
    auto_sync boolean NOT NULL,
    user_domain_name character varying(128),
    project_name character varying(128),
    project_domain_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.qos (
    id uuid NOT NULL,
    qos_type smallint NOT NULL,
    name character varying(50),
    description text,
    storage_pool_id uuid,
    max_throughput integer,
    max_read_throughput integer,
    max_write_throughput integer,
    max_iops integer,
    max_read_iops integer,
    max_write_iops integer,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    cpu_limit smallint,
    inbound_average integer,
    inbound_peak integer,
    inbound_burst integer,
    outbound_average integer,
    outbound_peak integer,
    outbound_burst integer,
    out_average_linkshare integer,
    out_average_upperlimit integer,
    out_average_realtime integer,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.quota (
    id uuid NOT NULL,
    storage_pool_id uuid NOT NULL,
    quota_name character varying(65) NOT NULL,
    description character varying(250) NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    threshold_cluster_percentage integer,
    threshold_storage_percentage integer,
    grace_cluster_percentage integer,
    grace_storage_percentage integer,
    is_default boolean,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.quota_limitation (
    id uuid NOT NULL,
    quota_id uuid NOT NULL,
    storage_id uuid,
    cluster_id uuid,
    virtual_cpu integer,
    mem_size_mb bigint,
    storage_size_gb bigint,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.repo_file_meta_data (
    repo_domain_id uuid NOT NULL,
    repo_image_id character varying(256) NOT NULL,
    size bigint,
    date_created timestamp with time zone,
    last_refreshed bigint,
    file_type integer NOT NULL,
    repo_image_name character varying(256),
    PRIMARY KEY (repo_domain_id, repo_image_id)
);
CREATE TABLE ovirt.roles (
    id uuid NOT NULL,
    name character varying(126) NOT NULL,
    description character varying(4000),
    is_readonly boolean NOT NULL,
    role_type integer NOT NULL,
    allows_viewing_children boolean NOT NULL,
    app_mode integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.roles_groups (
    role_id uuid NOT NULL,
    action_group_id integer NOT NULL,
    PRIMARY KEY (role_id, action_group_id)
);
CREATE TABLE ovirt.schema_version (
    id integer NOT NULL,
    version character varying(10) NOT NULL,
    script character varying(255) NOT NULL,
    checksum character varying(128),
    installed_by character varying(63) NOT NULL,
    started_at timestamp without time zone,
    ended_at timestamp without time zone,
    state character varying(15) NOT NULL,
    current boolean NOT NULL,
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.snapshots (
    snapshot_id uuid NOT NULL,
    vm_id uuid NOT NULL,
    snapshot_type character varying(32) NOT NULL,
    status character varying(32) NOT NULL,
    description character varying(4000),
    creation_date timestamp with time zone NOT NULL,
    app_list text,
    vm_configuration text,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    memory_metadata_disk_id uuid,
    memory_dump_disk_id uuid,
    vm_configuration_broken boolean NOT NULL,
    changed_fields text,
    PRIMARY KEY (snapshot_id)
);
CREATE TABLE ovirt.sso_clients (
    id bigint NOT NULL,
    client_id character varying(128) NOT NULL,
    client_secret character varying(1024) NOT NULL,
    callback_prefix character varying(1024),
    certificate_location character varying(1024),
    notification_callback character varying(1024),
    description text,
    email character varying(256),
    scope character varying(1024),
    trusted boolean NOT NULL,
    notification_callback_protocol character varying(32) NOT NULL,
    notification_callback_verify_host boolean NOT NULL,
    notification_callback_verify_chain boolean NOT NULL,
    encrypted_userinfo boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.sso_scope_dependency (
    id bigint NOT NULL,
    scope character varying(128) NOT NULL,
    dependencies text,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.step (
    step_id uuid NOT NULL,
    parent_step_id uuid,
    job_id uuid NOT NULL,
    step_type character varying(32) NOT NULL,
    description text NOT NULL,
    step_number integer NOT NULL,
    status character varying(32) NOT NULL,
    start_time timestamp with time zone NOT NULL,
    end_time timestamp with time zone,
    correlation_id character varying(50) NOT NULL,
    external_id uuid,
    external_system_type character varying(32),
    is_external boolean,
    progress smallint,
    PRIMARY KEY (step_id)
);
CREATE TABLE ovirt.step_subject_entity (
    step_id uuid NOT NULL,
    entity_id uuid NOT NULL,
    entity_type character varying(32) NOT NULL,
    step_entity_weight smallint,
    PRIMARY KEY (step_id, entity_id, entity_type)
);
CREATE TABLE ovirt.storage_device (
    id uuid NOT NULL,
    name text NOT NULL,
    device_uuid character varying(38),
    filesystem_uuid character varying(38),
    vds_id uuid NOT NULL,
    description text,
    device_type character varying(50),
    device_path text,
    filesystem_type character varying(50),
    mount_point text,
    size bigint,
    is_free boolean,
    _create_date timestamp with time zone NOT NULL,
    _update_date timestamp with time zone NOT NULL,
    is_gluster_brick boolean,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.storage_domain_dr (
    storage_domain_id uuid NOT NULL,
    georep_session_id uuid NOT NULL,
    sync_schedule character varying(256),
    gluster_scheduler_job_id uuid,
    PRIMARY KEY (storage_domain_id, georep_session_id)
);
CREATE TABLE ovirt.storage_domain_dynamic (
    id uuid NOT NULL,
    available_disk_size integer,
    used_disk_size integer,
    _update_date timestamp with time zone,
    external_status integer NOT NULL,
    confirmed_available_disk_size integer,
    vdo_savings integer,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.storage_domain_static (
    id uuid NOT NULL,
    storage character varying(250) NOT NULL,
    storage_name character varying(250) NOT NULL,
    storage_domain_type integer NOT NULL,
    storage_type integer NOT NULL,
    storage_domain_format_type character varying(50) NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    recoverable boolean NOT NULL,
    last_time_used_as_master bigint,
    storage_description character varying(4000) NOT NULL,
    storage_comment text NOT NULL,
    wipe_after_delete boolean NOT NULL,
    warning_low_space_indicator integer,
    critical_space_action_blocker integer,
    first_metadata_device character varying(100),
    vg_metadata_device character varying(100),
    discard_after_delete boolean NOT NULL,
    backup boolean NOT NULL,
    warning_low_confirmed_space_indicator integer,
    block_size integer,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.storage_domains_ovf_info (
    storage_domain_id uuid,
    status integer,
    ovf_disk_id uuid NOT NULL,
    stored_ovfs_ids text,
    last_updated timestamp with time zone,
    PRIMARY KEY (ovf_disk_id)
);
CREATE TABLE ovirt.storage_pool (
    id uuid NOT NULL,
    name character varying(40) NOT NULL,
    description character varying(4000) NOT NULL,
    storage_pool_type integer,
    storage_pool_format_type character varying(50),
    status integer NOT NULL,
    master_domain_version integer NOT NULL,
    spm_vds_id uuid,
    compatibility_version character varying(40) NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    quota_enforcement_type integer,
    free_text_comment text NOT NULL,
    is_local boolean,
    managed boolean,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.storage_pool_iso_map (
    storage_id uuid NOT NULL,
    storage_pool_id uuid NOT NULL,
    status integer,
    PRIMARY KEY (storage_id, storage_pool_id)
);
CREATE TABLE ovirt.storage_server_connection_extension (
    id uuid NOT NULL,
    vds_id uuid NOT NULL,
    iqn character varying(128) NOT NULL,
    user_name text NOT NULL,
    password text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.storage_server_connections (
    id character varying(50) NOT NULL,
    connection character varying(250) NOT NULL,
    user_name text,
    password text,
    iqn character varying(128),
    port character varying(50),
    portal character varying(50),
    storage_type integer NOT NULL,
    mount_options character varying(500),
    vfs_type character varying(128),
    nfs_version character varying(4),
    nfs_timeo smallint,
    nfs_retrans smallint,
    gluster_volume_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.supported_cluster_features (
    cluster_id uuid NOT NULL,
    feature_id uuid NOT NULL,
    is_enabled boolean,
    PRIMARY KEY (cluster_id, feature_id)
);
CREATE TABLE ovirt.supported_host_features (
    host_id uuid NOT NULL,
    feature_name character varying(256) NOT NULL,
    PRIMARY KEY (host_id, feature_name)
);
CREATE TABLE ovirt.tags (
    tag_id uuid NOT NULL,
    tag_name character varying(50) NOT NULL,
    description character varying(4000),
    parent_id uuid,
    readonly boolean,
    type integer NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    PRIMARY KEY (tag_id)
);
CREATE TABLE ovirt.tags_user_group_map (
    tag_id uuid NOT NULL,
    group_id uuid NOT NULL,
    _create_date timestamp with time zone,
    PRIMARY KEY (tag_id, group_id)
);
CREATE TABLE ovirt.tags_user_map (
    tag_id uuid NOT NULL,
    user_id uuid NOT NULL,
    _create_date timestamp with time zone,
    PRIMARY KEY (tag_id, user_id)
);
CREATE TABLE ovirt.tags_vds_map (
    tag_id uuid NOT NULL,
    vds_id uuid NOT NULL,
    _create_date timestamp with time zone,
    PRIMARY KEY (tag_id, vds_id)
);
CREATE TABLE ovirt.tags_vm_map (
    tag_id uuid NOT NULL,
    vm_id uuid NOT NULL,
    _create_date timestamp with time zone,
    defaultdisplaytype integer,
    PRIMARY KEY (tag_id, vm_id)
);
CREATE TABLE ovirt.tags_vm_pool_map (
    tag_id uuid NOT NULL,
    vm_pool_id uuid NOT NULL,
    _create_date timestamp with time zone,
    PRIMARY KEY (tag_id, vm_pool_id)
);
CREATE TABLE ovirt.unregistered_disks (
    disk_id uuid NOT NULL,
    disk_alias character varying(255),
    disk_description character varying(255),
    storage_domain_id uuid NOT NULL,
    creation_date timestamp with time zone,
    last_modified timestamp with time zone,
    volume_type integer,
    volume_format integer,
    actual_size bigint,
    size bigint,
    image_id uuid,
    PRIMARY KEY (disk_id, storage_domain_id)
);
CREATE TABLE ovirt.unregistered_disks_to_vms (
    disk_id uuid NOT NULL,
    entity_id uuid NOT NULL,
    entity_name character varying(255),
    storage_domain_id uuid NOT NULL,
    PRIMARY KEY (disk_id, entity_id, storage_domain_id)
);
CREATE TABLE ovirt.unregistered_ovf_of_entities (
    entity_guid uuid NOT NULL,
    entity_name character varying(255) NOT NULL,
    entity_type character varying(32) NOT NULL,
    architecture integer,
    lowest_comp_version character varying(40),
    storage_domain_id uuid NOT NULL,
    ovf_data text,
    ovf_extra_data text,
    status integer,
    PRIMARY KEY (entity_guid, storage_domain_id)
);
CREATE TABLE ovirt.user_profiles (
    user_id uuid NOT NULL,
    property_id uuid NOT NULL,
    property_type text NOT NULL,
    property_name text NOT NULL,
    property_content jsonb,
    PRIMARY KEY (property_id)
);
CREATE TABLE ovirt.users (
    user_id uuid NOT NULL,
    name character varying(255) NOT NULL,
    surname character varying(255) NOT NULL,
    domain character varying(255) NOT NULL,
    username character varying(255) NOT NULL,
    department character varying(255) NOT NULL,
    email character varying(255),
    note character varying(255),
    last_admin_check_status boolean NOT NULL,
    external_id text NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    namespace character varying(2048),
    user_and_domain character varying(512),
    PRIMARY KEY (user_id)
);
CREATE TABLE ovirt.vdc_db_log (
    error_id bigint NOT NULL,
    occured_at timestamp with time zone NOT NULL,
    error_code character varying(16) NOT NULL,
    error_message character varying(2048),
    error_proc character varying(126),
    error_line integer,
    PRIMARY KEY (error_id)
);
CREATE TABLE ovirt.vdc_options (
    option_id integer NOT NULL,
    option_name character varying(100) NOT NULL,
    option_value text NOT NULL,
    version character varying(40) NOT NULL,
    default_value text NOT NULL,
    PRIMARY KEY (option_id)
);
CREATE TABLE ovirt.vds_dynamic (
    vds_id uuid NOT NULL,
    status integer NOT NULL,
    cpu_cores integer,
    cpu_model character varying(255),
    cpu_speed_mh numeric(18,0),
    if_total_speed character varying(40),
    kvm_enabled boolean,
    physical_mem_mb integer,
    mem_commited integer,
    vm_active integer,
    vm_count integer NOT NULL,
    vm_migrating integer,
    reserved_mem integer,
    guest_overhead integer,
    software_version character varying(40),
    version_name character varying(40),
    build_name character varying(40),
    previous_status integer,
    cpu_flags text,
    vms_cores_count integer,
    pending_vcpus_count integer,
    cpu_sockets integer,
    net_config_dirty boolean,
    supported_cluster_levels character varying(40),
    host_os character varying(4000),
    kvm_version character varying(4000),
    spice_version character varying(4000),
    kernel_version character varying(4000),
    iscsi_initiator_name character varying(4000),
    transparent_hugepages_state integer NOT NULL,
    hooks text,
    _update_date timestamp with time zone,
    non_operational_reason integer NOT NULL,
    pending_vmem_size integer NOT NULL,
    rpm_version character varying(256),
    supported_engines character varying(40),
    libvirt_version character varying(256),
    cpu_threads integer,
    hw_manufacturer character varying(255),
    hw_product_name character varying(255),
    hw_version character varying(255),
    hw_serial_number character varying(255),
    hw_uuid character varying(255),
    hw_family character varying(255),
    hbas text,
    supported_emulated_machines text,
    gluster_version character varying(4000),
    controlled_by_pm_policy boolean,
    kdump_status smallint NOT NULL,
    selinux_enforce_mode integer,
    auto_numa_balancing smallint,
    is_numa_supported boolean,
    supported_rng_sources character varying(255),
    online_cpus text,
    maintenance_reason text,
    incoming_migrations integer NOT NULL,
    outgoing_migrations integer NOT NULL,
    is_update_available boolean NOT NULL,
    external_status integer NOT NULL,
    is_hostdev_enabled boolean NOT NULL,
    librbd1_version character varying(4000),
    glusterfs_cli_version character varying(4000),
    kernel_args text,
    pretty_name character varying(255),
    hosted_engine_configured boolean NOT NULL,
    in_fence_flow boolean NOT NULL,
    kernel_features jsonb,
    openvswitch_version character varying(4000),
    vnc_encryption_enabled boolean,
    connector_info jsonb,
    backup_enabled boolean NOT NULL,
    supported_domain_versions character varying(256),
    supported_block_size jsonb,
    tsc_frequency character varying(10),
    tsc_scaling boolean NOT NULL,
    fips_enabled boolean NOT NULL,
    boot_uuid character varying(64),
    nmstate_version character varying(4000),
    cold_backup_enabled boolean NOT NULL,
    cd_change_pdiv boolean NOT NULL,
    clear_bitmaps_enabled boolean NOT NULL,
    ovn_configured boolean NOT NULL,
    cpu_topology jsonb,
    vdsm_cpus_affinity character varying(256),
    PRIMARY KEY (vds_id)
);
CREATE TABLE ovirt.vds_interface (
    id uuid NOT NULL,
    name character varying(50) NOT NULL,
    network_name character varying(256),
    vds_id uuid,
    mac_addr character varying(59),
    is_bond boolean,
    bond_name character varying(50),
    bond_type integer,
    bond_opts character varying(4000),
    vlan_id integer,
    speed integer,
    addr character varying(20),
    subnet character varying(20),
    gateway character varying(20),
    boot_protocol integer,
    type integer,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    mtu integer,
    bridged boolean NOT NULL,
    labels text,
    qos_overridden boolean NOT NULL,
    base_interface character varying(50),
    ipv6_boot_protocol integer,
    ipv6_address character varying(50),
    ipv6_prefix integer,
    ipv6_gateway character varying(50),
    ad_partner_mac character varying(59),
    reported_switch_type character varying(6),
    ad_aggregator_id integer,
    bond_active_slave character varying(50),
    ipv4_default_route boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.vds_interface_statistics (
    id uuid NOT NULL,
    vds_id uuid,
    rx_rate numeric(24,4),
    tx_rate numeric(24,4),
    rx_drop numeric(20,0),
    tx_drop numeric(20,0),
    iface_status integer,
    _update_date timestamp with time zone,
    rx_total numeric(20,0),
    rx_offset numeric(20,0),
    tx_total numeric(20,0),
    tx_offset numeric(20,0),
    sample_time double precision,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.vds_kdump_status (
    vds_id uuid NOT NULL,
    status character varying(20) NOT NULL,
    address character varying(255) NOT NULL,
    PRIMARY KEY (vds_id)
);
CREATE TABLE ovirt.vds_spm_id_map (
    storage_pool_id uuid NOT NULL,
    vds_spm_id integer NOT NULL,
    vds_id uuid NOT NULL,
    PRIMARY KEY (storage_pool_id, vds_spm_id)
);
CREATE TABLE ovirt.vds_static (
    vds_id uuid NOT NULL,
    vds_name character varying(255) NOT NULL,
    vds_unique_id character varying(128),
    host_name character varying(255) NOT NULL,
    port integer NOT NULL,
    cluster_id uuid NOT NULL,
    server_ssl_enabled boolean,
    vds_type integer NOT NULL,
    pm_enabled boolean NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    otp_validity bigint,
    vds_spm_priority smallint,
    recoverable boolean NOT NULL,
    sshkeyfingerprint character varying(1024),
    pm_proxy_preferences character varying(255),
    console_address character varying(255),
    ssh_username character varying(255),
    ssh_port integer,
    free_text_comment text NOT NULL,
    disable_auto_pm boolean,
    pm_detect_kdump boolean NOT NULL,
    host_provider_id uuid,
    kernel_cmdline text,
    last_stored_kernel_cmdline text,
    reinstall_required boolean NOT NULL,
    vgpu_placement integer NOT NULL,
    ssh_public_key character varying(8192),
    PRIMARY KEY (vds_id)
);
CREATE TABLE ovirt.vds_statistics (
    vds_id uuid NOT NULL,
    cpu_idle numeric(18,0),
    cpu_load numeric(18,0),
    cpu_sys numeric(18,0),
    cpu_user numeric(18,0),
    usage_mem_percent integer,
    usage_cpu_percent integer,
    usage_network_percent integer,
    mem_shared bigint,
    swap_free bigint,
    swap_total bigint,
    ksm_cpu_percent integer,
    ksm_pages bigint,
    ksm_state boolean,
    _update_date timestamp with time zone,
    mem_free bigint,
    ha_score integer NOT NULL,
    anonymous_hugepages integer,
    ha_configured boolean NOT NULL,
    ha_active boolean NOT NULL,
    ha_global_maintenance boolean NOT NULL,
    ha_local_maintenance boolean NOT NULL,
    boot_time bigint,
    cpu_over_commit_time_stamp timestamp with time zone,
    hugepages text,
    PRIMARY KEY (vds_id)
);
CREATE TABLE ovirt.vfs_config_labels (
    vfs_config_id uuid NOT NULL,
    label text NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    PRIMARY KEY (vfs_config_id, label)
);
CREATE TABLE ovirt.vfs_config_networks (
    vfs_config_id uuid NOT NULL,
    network_id uuid NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    PRIMARY KEY (vfs_config_id, network_id)
);
CREATE TABLE ovirt.vm_backup_disk_map (
    backup_id uuid NOT NULL,
    disk_id uuid NOT NULL,
    backup_url character varying,
    disk_snapshot_id uuid,
    PRIMARY KEY (backup_id, disk_id)
);
CREATE TABLE ovirt.vm_backups (
    backup_id uuid NOT NULL,
    from_checkpoint_id uuid,
    to_checkpoint_id uuid,
    vm_id uuid NOT NULL,
    phase character varying(32) NOT NULL,
    _create_date timestamp with time zone,
    host_id uuid,
    description character varying(1024),
    _update_date timestamp with time zone NOT NULL,
    backup_type character varying(50) NOT NULL,
    snapshot_id uuid,
    is_stopped boolean NOT NULL,
    PRIMARY KEY (backup_id)
);
CREATE TABLE ovirt.vm_checkpoint_disk_map (
    checkpoint_id uuid NOT NULL,
    disk_id uuid NOT NULL,
    PRIMARY KEY (checkpoint_id, disk_id)
);
CREATE TABLE ovirt.vm_checkpoints (
    checkpoint_id uuid NOT NULL,
    parent_id uuid,
    vm_id uuid NOT NULL,
    _create_date timestamp with time zone,
    state character varying(15) NOT NULL,
    description character varying(1024),
    PRIMARY KEY (checkpoint_id)
);
CREATE TABLE ovirt.vm_device (
    device_id uuid NOT NULL,
    vm_id uuid NOT NULL,
    type character varying(30) NOT NULL,
    device character varying(255) NOT NULL,
    address character varying(255) NOT NULL,
    spec_params text,
    is_managed boolean NOT NULL,
    is_plugged boolean NOT NULL,
    is_readonly boolean NOT NULL,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    alias character varying(255) NOT NULL,
    custom_properties text,
    snapshot_id uuid,
    logical_name character varying(255),
    host_device character varying(255),
    PRIMARY KEY (device_id, vm_id)
);
CREATE TABLE ovirt.vm_dynamic (
    vm_guid uuid NOT NULL,
    status integer NOT NULL,
    vm_ip text,
    vm_host character varying(255),
    last_start_time timestamp with time zone,
    guest_cur_user_name text,
    guest_os character varying(255),
    run_on_vds uuid,
    migrating_to_vds uuid,
    app_list text,
    acpi_enable boolean,
    session integer,
    utc_diff integer,
    client_ip character varying(255),
    guest_requested_memory integer,
    boot_sequence integer,
    exit_status integer NOT NULL,
    pause_status integer NOT NULL,
    exit_message character varying(4000),
    hash character varying(30),
    console_user_id uuid,
    guest_agent_nics_hash integer,
    console_cur_user_name character varying(255),
    last_watchdog_event bigint,
    last_watchdog_action character varying(8),
    is_run_once boolean NOT NULL,
    vm_fqdn text,
    cpu_name character varying(4000),
    last_stop_time timestamp with time zone,
    current_cd character varying(4000),
    reason text,
    exit_reason integer,
    guest_cpu_count integer,
    emulated_machine character varying(255),
    spice_port integer,
    spice_tls_port integer,
    spice_ip character varying(255),
    vnc_port integer,
    vnc_ip character varying(255),
    ovirt_guest_agent_status integer,
    guest_timezone_offset integer,
    guest_timezone_name character varying(255),
    guestos_arch integer NOT NULL,
    guestos_codename character varying(255),
    guestos_distribution character varying(255),
    guestos_kernel_version character varying(255),
    guestos_type character varying(255) NOT NULL,
    guestos_version character varying(255),
    guest_containers text,
    boot_time timestamp with time zone,
    downtime bigint,
    volatile_run boolean NOT NULL,
    lease_info character varying(1000),
    runtime_name character varying(255),
    qemu_guest_agent_status integer,
    current_cpu_pinning text,
    current_sockets integer NOT NULL,
    current_cores integer NOT NULL,
    current_threads integer NOT NULL,
    current_numa_pinning text,
    PRIMARY KEY (vm_guid)
);
CREATE TABLE ovirt.vm_external_data (
    device_id uuid NOT NULL,
    vm_id uuid NOT NULL,
    tpm_data text,
    tpm_hash text,
    PRIMARY KEY (device_id, vm_id)
);
CREATE TABLE ovirt.vm_guest_agent_interfaces (
    vm_id uuid NOT NULL,
    interface_name text,
    mac_address character varying(59),
    ipv4_addresses text,
    ipv6_addresses text
);
CREATE TABLE ovirt.vm_host_pinning_map (
    vm_id uuid NOT NULL,
    vds_id uuid NOT NULL
);
CREATE TABLE ovirt.vm_icon_defaults (
    id uuid NOT NULL,
    os_id integer NOT NULL,
    small_icon_id uuid NOT NULL,
    large_icon_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.vm_icons (
    id uuid NOT NULL,
    data_url character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.vm_init (
    vm_id uuid NOT NULL,
    host_name text,
    domain text,
    authorized_keys text,
    regenerate_keys boolean,
    time_zone character varying(40),
    dns_servers text,
    dns_search_domains text,
    networks text,
    password text,
    winkey character varying(30),
    custom_script text,
    input_locale character varying(256),
    ui_language character varying(256),
    system_locale character varying(256),
    user_locale character varying(256),
    user_name character varying(256),
    active_directory_ou character varying(256),
    org_name character varying(256),
    cloud_init_network_protocol character varying(32),
    PRIMARY KEY (vm_id)
);
CREATE TABLE ovirt.vm_interface (
    id uuid NOT NULL,
    vm_guid uuid NOT NULL,
    mac_addr character varying(20),
    name character varying(50) NOT NULL,
    speed integer,
    type integer,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    linked boolean NOT NULL,
    vnic_profile_id uuid,
    synced boolean,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.vm_interface_filter_parameters (
    id uuid NOT NULL,
    name character varying(255),
    value character varying(255),
    vm_interface_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.vm_interface_statistics (
    id uuid NOT NULL,
    vm_id uuid,
    rx_rate numeric(24,4),
    tx_rate numeric(24,4),
    rx_drop numeric(20,0),
    tx_drop numeric(20,0),
    iface_status integer,
    _update_date timestamp with time zone,
    rx_total numeric(20,0),
    rx_offset numeric(20,0),
    tx_total numeric(20,0),
    tx_offset numeric(20,0),
    sample_time double precision,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.vm_jobs (
    vm_job_id uuid NOT NULL,
    vm_id uuid NOT NULL,
    job_state integer NOT NULL,
    job_type integer NOT NULL,
    block_job_type integer,
    bandwidth integer,
    cursor_cur bigint,
    cursor_end bigint,
    image_group_id uuid,
    PRIMARY KEY (vm_job_id)
);
CREATE TABLE ovirt.vm_nvram_data (
    vm_id uuid NOT NULL,
    nvram_data text,
    nvram_hash text,
    PRIMARY KEY (vm_id)
);
CREATE TABLE ovirt.vm_ovf_generations (
    vm_guid uuid NOT NULL,
    storage_pool_id uuid,
    ovf_generation bigint,
    ovf_data text,
    PRIMARY KEY (vm_guid)
);
CREATE TABLE ovirt.vm_pool_map (
    vm_pool_id uuid,
    vm_guid uuid NOT NULL,
    PRIMARY KEY (vm_guid)
);
CREATE TABLE ovirt.vm_pools (
    vm_pool_id uuid NOT NULL,
    vm_pool_name character varying(255) NOT NULL,
    vm_pool_description character varying(4000) NOT NULL,
    vm_pool_type integer,
    parameters character varying(200),
    cluster_id uuid,
    prestarted_vms smallint,
    max_assigned_vms_per_user smallint,
    vm_pool_comment text,
    spice_proxy character varying(255),
    is_being_destroyed boolean NOT NULL,
    stateful boolean NOT NULL,
    is_auto_storage_select boolean,
    PRIMARY KEY (vm_pool_id)
);
CREATE TABLE ovirt.vm_static (
    vm_guid uuid NOT NULL,
    vm_name character varying(255) NOT NULL,
    mem_size_mb integer NOT NULL,
    vmt_guid uuid NOT NULL,
    os integer NOT NULL,
    description character varying(4000) NOT NULL,
    cluster_id uuid,
    creation_date timestamp with time zone,
    num_of_monitors integer NOT NULL,
    is_initialized boolean,
    is_auto_suspend boolean,
    num_of_sockets integer NOT NULL,
    cpu_per_socket integer NOT NULL,
    usb_policy integer,
    time_zone character varying(40),
    is_stateless boolean,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    auto_startup boolean,
    vm_type integer NOT NULL,
    nice_level integer NOT NULL,
    default_boot_sequence integer NOT NULL,
    default_display_type integer NOT NULL,
    priority integer NOT NULL,
    iso_path character varying(4000),
    origin integer,
    initrd_url character varying(4000),
    kernel_url character varying(4000),
    kernel_params character varying(4000),
    migration_support integer NOT NULL,
    userdefined_properties character varying(4000),
    predefined_properties character varying(4000),
    min_allocated_mem integer NOT NULL,
    entity_type character varying(32) NOT NULL,
    child_count integer,
    template_status integer,
    quota_id uuid,
    allow_console_reconnect boolean NOT NULL,
    cpu_pinning text,
    is_smartcard_enabled boolean,
    host_cpu_flags boolean,
    db_generation bigint,
    is_delete_protected boolean,
    is_disabled boolean,
    is_run_and_pause boolean NOT NULL,
    created_by_user_id uuid,
    tunnel_migration boolean,
    free_text_comment text NOT NULL,
    cpu_shares integer NOT NULL,
    vnc_keyboard_layout character varying(16),
    instance_type_id uuid,
    image_type_id uuid,
    sso_method character varying(32) NOT NULL,
    original_template_id uuid,
    original_template_name character varying(255),
    migration_downtime integer,
    template_version_number integer,
    template_version_name character varying(40),
    serial_number_policy smallint,
    custom_serial_number character varying(255),
    is_boot_menu_enabled boolean NOT NULL,
    is_spice_file_transfer_enabled boolean NOT NULL,
    is_spice_copy_paste_enabled boolean NOT NULL,
    cpu_profile_id uuid,
    is_auto_converge boolean,
    is_migrate_compressed boolean,
    custom_emulated_machine character varying(40),
    custom_cpu_name character varying(255),
    small_icon_id uuid,
    large_icon_id uuid,
    provider_id uuid,
    num_of_io_threads integer NOT NULL,
    console_disconnect_action character varying(64),
    threads_per_cpu integer NOT NULL,
    custom_compatibility_version character varying(40),
    migration_policy_id uuid,
    max_memory_size_mb integer NOT NULL,
    lease_sd_id uuid,
    resume_behavior character varying(64),
    multi_queues_enabled boolean NOT NULL,
    is_migrate_encrypted boolean,
    use_tsc_frequency boolean,
    namespace character varying(253),
    is_template_sealed boolean NOT NULL,
    bios_type integer,
    balloon_enabled boolean NOT NULL,
    virtio_scsi_multi_queues integer NOT NULL,
    console_disconnect_action_delay integer,
    cpu_pinning_policy smallint NOT NULL,
    parallel_migrations smallint,
    PRIMARY KEY (vm_guid)
);
CREATE TABLE ovirt.vm_statistics (
    vm_guid uuid NOT NULL,
    cpu_user numeric(18,0),
    cpu_sys numeric(18,0),
    usage_mem_percent integer,
    usage_cpu_percent integer,
    disks_usage text,
    _update_date timestamp with time zone,
    guest_mem_buffered bigint,
    guest_mem_cached bigint,
    usage_network_percent smallint,
    elapsed_time numeric(18,0),
    PRIMARY KEY (vm_guid)
);
CREATE TABLE ovirt.vm_vds_numa_node_map (
    id uuid NOT NULL,
    vm_numa_node_id uuid NOT NULL,
    vds_numa_node_index smallint,
    PRIMARY KEY (id)
);
CREATE TABLE ovirt.vnic_profiles (
    id uuid NOT NULL,
    name character varying(256) NOT NULL,
    network_id uuid NOT NULL,
    port_mirroring boolean NOT NULL,
    custom_properties text,
    description text,
    _create_date timestamp with time zone,
    _update_date timestamp with time zone,
    network_qos_id uuid,
    passthrough boolean NOT NULL,
    network_filter_id uuid,
    migratable boolean NOT NULL,
    failover_vnic_profile_id uuid,
    PRIMARY KEY (id)
);
ALTER TABLE ovirt.affinity_group_members ADD FOREIGN KEY (affinity_group_id) REFERENCES ovirt.affinity_groups(id) ON DELETE CASCADE;
ALTER TABLE ovirt.affinity_group_members ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.affinity_group_members ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.affinity_group_members ADD FOREIGN KEY (host_label_id) REFERENCES ovirt.labels(label_id) ON DELETE CASCADE;
ALTER TABLE ovirt.affinity_group_members ADD FOREIGN KEY (vm_label_id) REFERENCES ovirt.labels(label_id) ON DELETE CASCADE;
ALTER TABLE ovirt.affinity_groups ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.async_tasks_entities ADD FOREIGN KEY (async_task_id) REFERENCES ovirt.async_tasks(task_id) ON DELETE CASCADE;
ALTER TABLE ovirt.cluster ADD FOREIGN KEY (default_network_provider_id) REFERENCES ovirt.providers(id);
ALTER TABLE ovirt.cluster ADD FOREIGN KEY (mac_pool_id) REFERENCES ovirt.mac_pools(id);
ALTER TABLE ovirt.cluster ADD FOREIGN KEY (storage_pool_id) REFERENCES ovirt.storage_pool(id) ON DELETE SET NULL;
ALTER TABLE ovirt.cluster_policy_units ADD FOREIGN KEY (cluster_policy_id) REFERENCES ovirt.cluster_policies(id) ON DELETE CASCADE;
ALTER TABLE ovirt.command_assoc_entities ADD FOREIGN KEY (command_id) REFERENCES ovirt.command_entities(command_id) ON DELETE CASCADE;
ALTER TABLE ovirt.cpu_profiles ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.cpu_profiles ADD FOREIGN KEY (qos_id) REFERENCES ovirt.qos(id) ON DELETE SET NULL;
ALTER TABLE ovirt.disk_lun_map ADD FOREIGN KEY (disk_id) REFERENCES ovirt.base_disks(disk_id);
ALTER TABLE ovirt.disk_lun_map ADD FOREIGN KEY (lun_id) REFERENCES ovirt.luns(lun_id);
ALTER TABLE ovirt.disk_profiles ADD FOREIGN KEY (qos_id) REFERENCES ovirt.qos(id) ON DELETE SET NULL;
ALTER TABLE ovirt.disk_profiles ADD FOREIGN KEY (storage_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.disk_vm_element ADD FOREIGN KEY (disk_id) REFERENCES ovirt.base_disks(disk_id) ON DELETE CASCADE;
ALTER TABLE ovirt.disk_vm_element ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.event_notification_hist ADD FOREIGN KEY (audit_log_id) REFERENCES ovirt.audit_log(audit_log_id) ON DELETE CASCADE;
ALTER TABLE ovirt.event_subscriber ADD FOREIGN KEY (subscriber_id) REFERENCES ovirt.users(user_id) ON DELETE CASCADE;
ALTER TABLE ovirt.external_leases ADD FOREIGN KEY (storage_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.fence_agents ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_cluster_services ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_cluster_services ADD FOREIGN KEY (service_type) REFERENCES ovirt.gluster_service_types(service_type) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_georep_config ADD FOREIGN KEY (session_id) REFERENCES ovirt.gluster_georep_session(session_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_georep_session ADD FOREIGN KEY (master_volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_georep_session_details ADD FOREIGN KEY (master_brick_id) REFERENCES ovirt.gluster_volume_bricks(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_georep_session_details ADD FOREIGN KEY (session_id) REFERENCES ovirt.gluster_georep_session(session_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_hooks ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_server ADD FOREIGN KEY (server_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_server_hooks ADD FOREIGN KEY (hook_id) REFERENCES ovirt.gluster_hooks(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_server_hooks ADD FOREIGN KEY (server_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_server_services ADD FOREIGN KEY (server_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_server_services ADD FOREIGN KEY (service_id) REFERENCES ovirt.gluster_services(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_services ADD FOREIGN KEY (service_type) REFERENCES ovirt.gluster_service_types(service_type) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_access_protocols ADD FOREIGN KEY (volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_brick_details ADD FOREIGN KEY (brick_id) REFERENCES ovirt.gluster_volume_bricks(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_bricks ADD FOREIGN KEY (network_id) REFERENCES ovirt.network(id) ON DELETE RESTRICT;
ALTER TABLE ovirt.gluster_volume_bricks ADD FOREIGN KEY (server_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_bricks ADD FOREIGN KEY (volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_details ADD FOREIGN KEY (volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_options ADD FOREIGN KEY (volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_snapshot_config ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_snapshot_config ADD FOREIGN KEY (volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_snapshot_schedules ADD FOREIGN KEY (volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_snapshots ADD FOREIGN KEY (volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volume_transport_types ADD FOREIGN KEY (volume_id) REFERENCES ovirt.gluster_volumes(id) ON DELETE CASCADE;
ALTER TABLE ovirt.gluster_volumes ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.host_device ADD FOREIGN KEY (host_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.host_device ADD FOREIGN KEY (host_id, parent_device_name) REFERENCES ovirt.host_device(host_id, device_name) DEFERRABLE;
ALTER TABLE ovirt.host_device ADD FOREIGN KEY (host_id, physfn) REFERENCES ovirt.host_device(host_id, device_name) DEFERRABLE;
ALTER TABLE ovirt.host_device ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE SET NULL;
ALTER TABLE ovirt.host_nic_vfs_config ADD FOREIGN KEY (nic_id) REFERENCES ovirt.vds_interface(id) ON DELETE CASCADE;
ALTER TABLE ovirt.image_storage_domain_map ADD FOREIGN KEY (disk_profile_id) REFERENCES ovirt.disk_profiles(id) ON DELETE SET NULL;
ALTER TABLE ovirt.image_storage_domain_map ADD FOREIGN KEY (image_id) REFERENCES ovirt.images(image_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.image_storage_domain_map ADD FOREIGN KEY (quota_id) REFERENCES ovirt.quota(id) ON DELETE SET NULL;
ALTER TABLE ovirt.image_storage_domain_map ADD FOREIGN KEY (storage_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.images ADD FOREIGN KEY (it_guid) REFERENCES ovirt.images(image_guid);
ALTER TABLE ovirt.iscsi_bonds ADD FOREIGN KEY (storage_pool_id) REFERENCES ovirt.storage_pool(id) ON DELETE CASCADE;
ALTER TABLE ovirt.iscsi_bonds_networks_map ADD FOREIGN KEY (iscsi_bond_id) REFERENCES ovirt.iscsi_bonds(id) ON DELETE CASCADE;
ALTER TABLE ovirt.iscsi_bonds_networks_map ADD FOREIGN KEY (network_id) REFERENCES ovirt.network(id) ON DELETE CASCADE;
ALTER TABLE ovirt.iscsi_bonds_storage_connections_map ADD FOREIGN KEY (connection_id) REFERENCES ovirt.storage_server_connections(id) ON DELETE CASCADE;
ALTER TABLE ovirt.iscsi_bonds_storage_connections_map ADD FOREIGN KEY (iscsi_bond_id) REFERENCES ovirt.iscsi_bonds(id) ON DELETE CASCADE;
ALTER TABLE ovirt.job_subject_entity ADD FOREIGN KEY (job_id) REFERENCES ovirt.job(job_id) ON DELETE CASCADE;
ALTER TABLE ovirt.labels_map ADD FOREIGN KEY (label_id) REFERENCES ovirt.labels(label_id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ovirt.labels_map ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ovirt.labels_map ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ovirt.libvirt_secrets ADD FOREIGN KEY (provider_id) REFERENCES ovirt.providers(id) ON DELETE CASCADE;
ALTER TABLE ovirt.lun_storage_server_connection_map ADD FOREIGN KEY (lun_id) REFERENCES ovirt.luns(lun_id) ON DELETE CASCADE;
ALTER TABLE ovirt.lun_storage_server_connection_map ADD FOREIGN KEY (storage_server_connection) REFERENCES ovirt.storage_server_connections(id) ON DELETE CASCADE;
ALTER TABLE ovirt.mac_pool_ranges ADD FOREIGN KEY (mac_pool_id) REFERENCES ovirt.mac_pools(id) ON DELETE CASCADE;
ALTER TABLE ovirt.mb_storage ADD FOREIGN KEY (storage_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.name_server ADD FOREIGN KEY (dns_resolver_configuration_id) REFERENCES ovirt.dns_resolver_configuration(id) ON DELETE CASCADE;
ALTER TABLE ovirt.network ADD FOREIGN KEY (provider_network_provider_id) REFERENCES ovirt.providers(id) ON DELETE CASCADE;
ALTER TABLE ovirt.network ADD FOREIGN KEY (qos_id) REFERENCES ovirt.qos(id) ON DELETE SET NULL;
ALTER TABLE ovirt.network ADD FOREIGN KEY (storage_pool_id) REFERENCES ovirt.storage_pool(id) ON DELETE SET NULL;
ALTER TABLE ovirt.network ADD FOREIGN KEY (dns_resolver_configuration_id) REFERENCES ovirt.dns_resolver_configuration(id) ON DELETE SET NULL;
ALTER TABLE ovirt.network ADD FOREIGN KEY (provider_physical_network_id) REFERENCES ovirt.network(id);
ALTER TABLE ovirt.network_attachments ADD FOREIGN KEY (dns_resolver_configuration_id) REFERENCES ovirt.dns_resolver_configuration(id) ON DELETE SET NULL;
ALTER TABLE ovirt.network_attachments ADD FOREIGN KEY (network_id) REFERENCES ovirt.network(id) ON DELETE CASCADE;
ALTER TABLE ovirt.network_attachments ADD FOREIGN KEY (nic_id) REFERENCES ovirt.vds_interface(id) ON DELETE CASCADE;
ALTER TABLE ovirt.network_cluster ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.network_cluster ADD FOREIGN KEY (network_id) REFERENCES ovirt.network(id) ON DELETE CASCADE;
ALTER TABLE ovirt.numa_node ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.numa_node ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.numa_node_cpu_map ADD FOREIGN KEY (numa_node_id) REFERENCES ovirt.numa_node(numa_node_id) ON DELETE CASCADE;
ALTER TABLE ovirt.permissions ADD FOREIGN KEY (role_id) REFERENCES ovirt.roles(id) ON DELETE CASCADE;
ALTER TABLE ovirt.provider_binding_host_id ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.qos ADD FOREIGN KEY (storage_pool_id) REFERENCES ovirt.storage_pool(id) ON DELETE CASCADE;
ALTER TABLE ovirt.quota ADD FOREIGN KEY (storage_pool_id) REFERENCES ovirt.storage_pool(id) ON DELETE CASCADE;
ALTER TABLE ovirt.quota_limitation ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.quota_limitation ADD FOREIGN KEY (quota_id) REFERENCES ovirt.quota(id) ON DELETE CASCADE;
ALTER TABLE ovirt.quota_limitation ADD FOREIGN KEY (storage_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.repo_file_meta_data ADD FOREIGN KEY (repo_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.roles_groups ADD FOREIGN KEY (role_id) REFERENCES ovirt.roles(id) ON DELETE CASCADE;
ALTER TABLE ovirt.snapshots ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid);
ALTER TABLE ovirt.snapshots ADD FOREIGN KEY (memory_dump_disk_id) REFERENCES ovirt.base_disks(disk_id) ON DELETE SET NULL;
ALTER TABLE ovirt.snapshots ADD FOREIGN KEY (memory_metadata_disk_id) REFERENCES ovirt.base_disks(disk_id) ON DELETE SET NULL;
ALTER TABLE ovirt.step ADD FOREIGN KEY (job_id) REFERENCES ovirt.job(job_id) ON DELETE CASCADE;
ALTER TABLE ovirt.step_subject_entity ADD FOREIGN KEY (step_id) REFERENCES ovirt.step(step_id) ON DELETE CASCADE;
ALTER TABLE ovirt.storage_device ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.storage_domain_dr ADD FOREIGN KEY (georep_session_id) REFERENCES ovirt.gluster_georep_session(session_id);
ALTER TABLE ovirt.storage_domain_dr ADD FOREIGN KEY (storage_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.storage_domain_dynamic ADD FOREIGN KEY (id) REFERENCES ovirt.storage_domain_static(id);
ALTER TABLE ovirt.storage_domains_ovf_info ADD FOREIGN KEY (ovf_disk_id) REFERENCES ovirt.base_disks(disk_id) ON DELETE CASCADE;
ALTER TABLE ovirt.storage_domains_ovf_info ADD FOREIGN KEY (storage_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.storage_pool_iso_map ADD FOREIGN KEY (storage_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.storage_pool_iso_map ADD FOREIGN KEY (storage_pool_id) REFERENCES ovirt.storage_pool(id) ON DELETE CASCADE;
ALTER TABLE ovirt.storage_server_connections ADD FOREIGN KEY (gluster_volume_id) REFERENCES ovirt.gluster_volumes(id);
ALTER TABLE ovirt.supported_cluster_features ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id) ON DELETE CASCADE;
ALTER TABLE ovirt.supported_cluster_features ADD FOREIGN KEY (feature_id) REFERENCES ovirt.cluster_features(feature_id) ON DELETE CASCADE;
ALTER TABLE ovirt.supported_host_features ADD FOREIGN KEY (host_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.tags_user_group_map ADD FOREIGN KEY (tag_id) REFERENCES ovirt.tags(tag_id);
ALTER TABLE ovirt.tags_user_group_map ADD FOREIGN KEY (group_id) REFERENCES ovirt.ad_groups(id);
ALTER TABLE ovirt.tags_user_map ADD FOREIGN KEY (tag_id) REFERENCES ovirt.tags(tag_id);
ALTER TABLE ovirt.tags_user_map ADD FOREIGN KEY (user_id) REFERENCES ovirt.users(user_id);
ALTER TABLE ovirt.tags_vds_map ADD FOREIGN KEY (tag_id) REFERENCES ovirt.tags(tag_id);
ALTER TABLE ovirt.tags_vds_map ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id);
ALTER TABLE ovirt.tags_vm_map ADD FOREIGN KEY (tag_id) REFERENCES ovirt.tags(tag_id);
ALTER TABLE ovirt.tags_vm_map ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.tags_vm_pool_map ADD FOREIGN KEY (tag_id) REFERENCES ovirt.tags(tag_id) ON DELETE CASCADE;
ALTER TABLE ovirt.tags_vm_pool_map ADD FOREIGN KEY (vm_pool_id) REFERENCES ovirt.vm_pools(vm_pool_id) ON DELETE CASCADE;
ALTER TABLE ovirt.unregistered_disks ADD FOREIGN KEY (storage_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.unregistered_disks_to_vms ADD FOREIGN KEY (disk_id, storage_domain_id) REFERENCES ovirt.unregistered_disks(disk_id, storage_domain_id) ON DELETE CASCADE;
ALTER TABLE ovirt.unregistered_ovf_of_entities ADD FOREIGN KEY (storage_domain_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE CASCADE;
ALTER TABLE ovirt.user_profiles ADD FOREIGN KEY (user_id) REFERENCES ovirt.users(user_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vds_dynamic ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id);
ALTER TABLE ovirt.vds_interface ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vds_interface_statistics ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vds_kdump_status ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vds_spm_id_map ADD FOREIGN KEY (storage_pool_id) REFERENCES ovirt.storage_pool(id) ON DELETE CASCADE;
ALTER TABLE ovirt.vds_spm_id_map ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vds_static ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id);
ALTER TABLE ovirt.vds_static ADD FOREIGN KEY (host_provider_id) REFERENCES ovirt.providers(id) ON DELETE SET NULL;
ALTER TABLE ovirt.vds_statistics ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id);
ALTER TABLE ovirt.vfs_config_labels ADD FOREIGN KEY (vfs_config_id) REFERENCES ovirt.host_nic_vfs_config(id) ON DELETE CASCADE;
ALTER TABLE ovirt.vfs_config_networks ADD FOREIGN KEY (vfs_config_id) REFERENCES ovirt.host_nic_vfs_config(id) ON DELETE CASCADE;
ALTER TABLE ovirt.vfs_config_networks ADD FOREIGN KEY (network_id) REFERENCES ovirt.network(id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_backup_disk_map ADD FOREIGN KEY (backup_id) REFERENCES ovirt.vm_backups(backup_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_backups ADD FOREIGN KEY (snapshot_id) REFERENCES ovirt.snapshots(snapshot_id) ON DELETE SET DEFAULT;
ALTER TABLE ovirt.vm_backups ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_checkpoint_disk_map ADD FOREIGN KEY (checkpoint_id) REFERENCES ovirt.vm_checkpoints(checkpoint_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_checkpoints ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_device ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_device ADD FOREIGN KEY (snapshot_id) REFERENCES ovirt.snapshots(snapshot_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_dynamic ADD FOREIGN KEY (migrating_to_vds) REFERENCES ovirt.vds_static(vds_id);
ALTER TABLE ovirt.vm_dynamic ADD FOREIGN KEY (run_on_vds) REFERENCES ovirt.vds_static(vds_id);
ALTER TABLE ovirt.vm_dynamic ADD FOREIGN KEY (vm_guid) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_external_data ADD FOREIGN KEY (device_id, vm_id) REFERENCES ovirt.vm_device(device_id, vm_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_guest_agent_interfaces ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_host_pinning_map ADD FOREIGN KEY (vds_id) REFERENCES ovirt.vds_static(vds_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_host_pinning_map ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_icon_defaults ADD FOREIGN KEY (large_icon_id) REFERENCES ovirt.vm_icons(id) ON UPDATE RESTRICT ON DELETE RESTRICT;
ALTER TABLE ovirt.vm_icon_defaults ADD FOREIGN KEY (small_icon_id) REFERENCES ovirt.vm_icons(id) ON UPDATE RESTRICT ON DELETE RESTRICT;
ALTER TABLE ovirt.vm_init ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_interface ADD FOREIGN KEY (vm_guid) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_interface ADD FOREIGN KEY (vnic_profile_id) REFERENCES ovirt.vnic_profiles(id) ON DELETE SET NULL;
ALTER TABLE ovirt.vm_interface_filter_parameters ADD FOREIGN KEY (vm_interface_id) REFERENCES ovirt.vm_interface(id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_interface_statistics ADD FOREIGN KEY (id) REFERENCES ovirt.vm_interface(id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_interface_statistics ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_jobs ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_nvram_data ADD FOREIGN KEY (vm_id) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_ovf_generations ADD FOREIGN KEY (storage_pool_id) REFERENCES ovirt.storage_pool(id) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_pool_map ADD FOREIGN KEY (vm_guid) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_pool_map ADD FOREIGN KEY (vm_pool_id) REFERENCES ovirt.vm_pools(vm_pool_id);
ALTER TABLE ovirt.vm_pools ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id);
ALTER TABLE ovirt.vm_static ADD FOREIGN KEY (cluster_id) REFERENCES ovirt.cluster(cluster_id);
ALTER TABLE ovirt.vm_static ADD FOREIGN KEY (cpu_profile_id) REFERENCES ovirt.cpu_profiles(id) ON DELETE SET NULL;
ALTER TABLE ovirt.vm_static ADD FOREIGN KEY (large_icon_id) REFERENCES ovirt.vm_icons(id) ON UPDATE RESTRICT ON DELETE RESTRICT;
ALTER TABLE ovirt.vm_static ADD FOREIGN KEY (lease_sd_id) REFERENCES ovirt.storage_domain_static(id) ON DELETE SET NULL;
ALTER TABLE ovirt.vm_static ADD FOREIGN KEY (provider_id) REFERENCES ovirt.providers(id) ON DELETE SET NULL;
ALTER TABLE ovirt.vm_static ADD FOREIGN KEY (quota_id) REFERENCES ovirt.quota(id) ON DELETE SET NULL;
ALTER TABLE ovirt.vm_static ADD FOREIGN KEY (small_icon_id) REFERENCES ovirt.vm_icons(id) ON UPDATE RESTRICT ON DELETE RESTRICT;
ALTER TABLE ovirt.vm_static ADD FOREIGN KEY (vmt_guid) REFERENCES ovirt.vm_static(vm_guid);
ALTER TABLE ovirt.vm_statistics ADD FOREIGN KEY (vm_guid) REFERENCES ovirt.vm_static(vm_guid) ON DELETE CASCADE;
ALTER TABLE ovirt.vm_vds_numa_node_map ADD FOREIGN KEY (vm_numa_node_id) REFERENCES ovirt.numa_node(numa_node_id) ON DELETE CASCADE;
ALTER TABLE ovirt.vnic_profiles ADD FOREIGN KEY (failover_vnic_profile_id) REFERENCES ovirt.vnic_profiles(id) ON DELETE SET NULL;
ALTER TABLE ovirt.vnic_profiles ADD FOREIGN KEY (network_qos_id) REFERENCES ovirt.qos(id) ON DELETE SET NULL;
ALTER TABLE ovirt.vnic_profiles ADD FOREIGN KEY (network_filter_id) REFERENCES ovirt.network_filter(filter_id) ON DELETE SET NULL;
ALTER TABLE ovirt.vnic_profiles ADD FOREIGN KEY (network_id) REFERENCES ovirt.network(id) ON DELETE CASCADE;
