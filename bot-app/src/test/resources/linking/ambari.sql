-- Apache Ambari's server database (the Hadoop cluster manager's own store: clusters, hosts and their states, services
-- and components with desired and current states, configurations and config groups, service config versions, stacks,
-- repository versions and mpacks, requests, stages and host role commands (the operations log), request schedules,
-- upgrades with their groups and items, blueprints and topology requests, alert definitions, current alerts, alert
-- history, alert groups, targets and notices, Kerberos principals and keytabs, users, groups, members, authentication
-- sources, permissions, roles, authorizations and privileges, views and their instances, widgets and layouts, remote
-- clusters, settings, and the Quartz scheduler's tables), as Ambari creates it for PostgreSQL:
-- ambari-server/src/main/resources/Ambari-DDL-Postgres-CREATE.sql of github.com/apache/ambari (trunk, version
-- 3.0.0.0-SNAPSHOT, commit 843309428491195881c8d45f8ee76960384d4268; Apache-2.0). The script was loaded unchanged
-- into a scratch PostgreSQL (schema ambari instead of public) and regenerated from its catalog: all 113 tables,
-- their 110 primary keys, 30 unique constraints and 124 foreign keys. Left out: column defaults, the 12 indexes and
-- the script's seed rows (sequence counters, resource and principal types, the admin user, roles, authorizations and
-- the role-authorization grid, the metainfo version). The script declares no catalog comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS ambari;
CREATE TABLE ambari.adminpermission (
    permission_id bigint NOT NULL,
    permission_name character varying(255) NOT NULL,
    resource_type_id integer NOT NULL,
    permission_label character varying(255),
    principal_id bigint NOT NULL,
    sort_order smallint NOT NULL,
    PRIMARY KEY (permission_id),
    UNIQUE (permission_name, resource_type_id)
);
CREATE TABLE ambari.adminprincipal (
    principal_id bigint NOT NULL,
    principal_type_id integer NOT NULL,
    PRIMARY KEY (principal_id)
);
CREATE TABLE ambari.adminprincipaltype (
    principal_type_id integer NOT NULL,
    principal_type_name character varying(255) NOT NULL,
    PRIMARY KEY (principal_type_id)
);
CREATE TABLE ambari.adminprivilege (
    privilege_id bigint NOT NULL,
    permission_id bigint NOT NULL,
    resource_id bigint NOT NULL,
    principal_id bigint NOT NULL,
    PRIMARY KEY (privilege_id)
);
CREATE TABLE ambari.adminresource (
    resource_id bigint NOT NULL,
    resource_type_id integer NOT NULL,
    PRIMARY KEY (resource_id)
);
CREATE TABLE ambari.adminresourcetype (
    resource_type_id integer NOT NULL,
    resource_type_name character varying(255) NOT NULL,
    PRIMARY KEY (resource_type_id)
);
CREATE TABLE ambari.alert_current (
    alert_id bigint NOT NULL,
    definition_id bigint NOT NULL,
    history_id bigint NOT NULL,
    maintenance_state character varying(255) NOT NULL,
    original_timestamp bigint NOT NULL,
    latest_timestamp bigint NOT NULL,
    latest_text text,
    occurrences bigint NOT NULL,
    firmness character varying(255) NOT NULL,
    PRIMARY KEY (alert_id),
    UNIQUE (history_id)
);
CREATE TABLE ambari.alert_definition (
    definition_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    definition_name character varying(255) NOT NULL,
    service_name character varying(255) NOT NULL,
    component_name character varying(255),
    scope character varying(255) NOT NULL,
    label character varying(255),
    help_url character varying(512),
    description text,
    enabled smallint NOT NULL,
    schedule_interval integer NOT NULL,
    source_type character varying(255) NOT NULL,
    alert_source text NOT NULL,
    hash character varying(64) NOT NULL,
    ignore_host smallint NOT NULL,
    repeat_tolerance integer NOT NULL,
    repeat_tolerance_enabled smallint NOT NULL,
    PRIMARY KEY (definition_id),
    UNIQUE (cluster_id, definition_name)
);
CREATE TABLE ambari.alert_group (
    group_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    group_name character varying(255) NOT NULL,
    is_default smallint NOT NULL,
    service_name character varying(255),
    PRIMARY KEY (group_id),
    UNIQUE (cluster_id, group_name)
);
CREATE TABLE ambari.alert_group_target (
    group_id bigint NOT NULL,
    target_id bigint NOT NULL,
    PRIMARY KEY (group_id, target_id)
);
CREATE TABLE ambari.alert_grouping (
    definition_id bigint NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (group_id, definition_id)
);
CREATE TABLE ambari.alert_history (
    alert_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    alert_definition_id bigint NOT NULL,
    service_name character varying(255) NOT NULL,
    component_name character varying(255),
    host_name character varying(255),
    alert_instance character varying(255),
    alert_timestamp bigint NOT NULL,
    alert_label character varying(1024),
    alert_state character varying(255) NOT NULL,
    alert_text text,
    PRIMARY KEY (alert_id)
);
CREATE TABLE ambari.alert_notice (
    notification_id bigint NOT NULL,
    target_id bigint NOT NULL,
    history_id bigint NOT NULL,
    notify_state character varying(255) NOT NULL,
    uuid character varying(64) NOT NULL,
    PRIMARY KEY (notification_id),
    UNIQUE (uuid)
);
CREATE TABLE ambari.alert_target (
    target_id bigint NOT NULL,
    target_name character varying(255) NOT NULL,
    notification_type character varying(64) NOT NULL,
    properties text,
    description character varying(1024),
    is_global smallint NOT NULL,
    is_enabled smallint NOT NULL,
    PRIMARY KEY (target_id),
    UNIQUE (target_name)
);
CREATE TABLE ambari.alert_target_states (
    target_id bigint NOT NULL,
    alert_state character varying(255) NOT NULL
);
CREATE TABLE ambari.ambari_configuration (
    category_name character varying(100) NOT NULL,
    property_name character varying(100) NOT NULL,
    property_value character varying(4000) NOT NULL,
    PRIMARY KEY (category_name, property_name)
);
CREATE TABLE ambari.ambari_operation_history (
    id bigint NOT NULL,
    from_version character varying(255) NOT NULL,
    to_version character varying(255) NOT NULL,
    start_time bigint NOT NULL,
    end_time bigint,
    operation_type character varying(255) NOT NULL,
    comments text,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.ambari_sequences (
    sequence_name character varying(255) NOT NULL,
    sequence_value bigint NOT NULL,
    PRIMARY KEY (sequence_name)
);
CREATE TABLE ambari.artifact (
    artifact_name character varying(255) NOT NULL,
    artifact_data text NOT NULL,
    foreign_keys character varying(255) NOT NULL,
    PRIMARY KEY (artifact_name, foreign_keys)
);
CREATE TABLE ambari.blueprint (
    blueprint_name character varying(255) NOT NULL,
    security_type character varying(32) NOT NULL,
    security_descriptor_reference character varying(255),
    stack_id bigint NOT NULL,
    PRIMARY KEY (blueprint_name)
);
CREATE TABLE ambari.blueprint_configuration (
    blueprint_name character varying(255) NOT NULL,
    type_name character varying(255) NOT NULL,
    config_data text NOT NULL,
    config_attributes text,
    PRIMARY KEY (blueprint_name, type_name)
);
CREATE TABLE ambari.blueprint_setting (
    id bigint NOT NULL,
    blueprint_name character varying(255) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_data text NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (blueprint_name, setting_name)
);
CREATE TABLE ambari.clusterconfig (
    config_id bigint NOT NULL,
    version_tag character varying(255) NOT NULL,
    version bigint NOT NULL,
    type_name character varying(255) NOT NULL,
    cluster_id bigint NOT NULL,
    stack_id bigint NOT NULL,
    selected smallint NOT NULL,
    config_data text NOT NULL,
    config_attributes text,
    create_timestamp bigint NOT NULL,
    unmapped smallint NOT NULL,
    selected_timestamp bigint NOT NULL,
    PRIMARY KEY (config_id),
    UNIQUE (cluster_id, type_name, version_tag),
    UNIQUE (cluster_id, type_name, version)
);
CREATE TABLE ambari.clusterhostmapping (
    cluster_id bigint NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (cluster_id, host_id)
);
CREATE TABLE ambari.clusters (
    cluster_id bigint NOT NULL,
    resource_id bigint NOT NULL,
    upgrade_id bigint,
    cluster_info character varying(255) NOT NULL,
    cluster_name character varying(100) NOT NULL,
    provisioning_state character varying(255) NOT NULL,
    security_type character varying(32) NOT NULL,
    desired_cluster_state character varying(255) NOT NULL,
    desired_stack_id bigint NOT NULL,
    PRIMARY KEY (cluster_id),
    UNIQUE (cluster_name)
);
CREATE TABLE ambari.clusterservices (
    service_name character varying(255) NOT NULL,
    cluster_id bigint NOT NULL,
    service_enabled integer NOT NULL,
    PRIMARY KEY (service_name, cluster_id)
);
CREATE TABLE ambari.clusterstate (
    cluster_id bigint NOT NULL,
    current_cluster_state character varying(255) NOT NULL,
    current_stack_id bigint NOT NULL,
    PRIMARY KEY (cluster_id)
);
CREATE TABLE ambari.confgroupclusterconfigmapping (
    config_group_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    config_type character varying(255) NOT NULL,
    version_tag character varying(255) NOT NULL,
    user_name character varying(255),
    create_timestamp bigint NOT NULL,
    PRIMARY KEY (config_group_id, cluster_id, config_type)
);
CREATE TABLE ambari.configgroup (
    group_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    group_name character varying(255) NOT NULL,
    tag character varying(1024) NOT NULL,
    description character varying(1024),
    create_timestamp bigint NOT NULL,
    service_name character varying(255),
    PRIMARY KEY (group_id)
);
CREATE TABLE ambari.configgrouphostmapping (
    config_group_id bigint NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (config_group_id, host_id)
);
CREATE TABLE ambari.execution_command (
    command bytea,
    task_id bigint NOT NULL,
    PRIMARY KEY (task_id)
);
CREATE TABLE ambari.extension (
    extension_id bigint NOT NULL,
    extension_name character varying(255) NOT NULL,
    extension_version character varying(255) NOT NULL,
    PRIMARY KEY (extension_id),
    UNIQUE (extension_name, extension_version)
);
CREATE TABLE ambari.extensionlink (
    link_id bigint NOT NULL,
    stack_id bigint NOT NULL,
    extension_id bigint NOT NULL,
    PRIMARY KEY (link_id),
    UNIQUE (stack_id, extension_id)
);
CREATE TABLE ambari.groups (
    group_id integer NOT NULL,
    principal_id bigint NOT NULL,
    group_name character varying(255) NOT NULL,
    ldap_group integer NOT NULL,
    group_type character varying(255) NOT NULL,
    PRIMARY KEY (group_id),
    UNIQUE (ldap_group, group_name)
);
CREATE TABLE ambari.host_role_command (
    task_id bigint NOT NULL,
    attempt_count smallint NOT NULL,
    retry_allowed smallint NOT NULL,
    event character varying(32000) NOT NULL,
    exitcode integer NOT NULL,
    host_id bigint,
    last_attempt_time bigint NOT NULL,
    request_id bigint NOT NULL,
    role character varying(255),
    stage_id bigint NOT NULL,
    start_time bigint NOT NULL,
    original_start_time bigint NOT NULL,
    end_time bigint,
    status character varying(255) NOT NULL,
    auto_skip_on_failure smallint NOT NULL,
    std_error bytea,
    std_out bytea,
    output_log character varying(255),
    error_log character varying(255),
    structured_out bytea,
    role_command character varying(255),
    command_detail character varying(255),
    custom_command_name character varying(255),
    is_background smallint NOT NULL,
    ops_display_name character varying(255),
    PRIMARY KEY (task_id)
);
CREATE TABLE ambari.host_version (
    id bigint NOT NULL,
    repo_version_id bigint NOT NULL,
    host_id bigint NOT NULL,
    state character varying(32) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (host_id, repo_version_id)
);
CREATE TABLE ambari.hostcomponentdesiredstate (
    id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    component_name character varying(255) NOT NULL,
    desired_state character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    service_name character varying(255) NOT NULL,
    admin_state character varying(32),
    maintenance_state character varying(32) NOT NULL,
    blueprint_provisioning_state character varying(255),
    restart_required smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (component_name, service_name, host_id, cluster_id)
);
CREATE TABLE ambari.hostcomponentstate (
    id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    component_name character varying(255) NOT NULL,
    version character varying(32) NOT NULL,
    current_state character varying(255) NOT NULL,
    last_live_state character varying(255) NOT NULL,
    host_id bigint NOT NULL,
    service_name character varying(255) NOT NULL,
    upgrade_state character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.hostconfigmapping (
    cluster_id bigint NOT NULL,
    host_id bigint NOT NULL,
    type_name character varying(255) NOT NULL,
    version_tag character varying(255) NOT NULL,
    service_name character varying(255),
    create_timestamp bigint NOT NULL,
    selected integer NOT NULL,
    user_name character varying(255) NOT NULL,
    PRIMARY KEY (cluster_id, host_id, type_name, create_timestamp)
);
CREATE TABLE ambari.hostgroup (
    blueprint_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    cardinality character varying(255) NOT NULL,
    PRIMARY KEY (blueprint_name, name)
);
CREATE TABLE ambari.hostgroup_component (
    blueprint_name character varying(255) NOT NULL,
    hostgroup_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    provision_action character varying(255),
    PRIMARY KEY (blueprint_name, hostgroup_name, name)
);
CREATE TABLE ambari.hostgroup_configuration (
    blueprint_name character varying(255) NOT NULL,
    hostgroup_name character varying(255) NOT NULL,
    type_name character varying(255) NOT NULL,
    config_data text NOT NULL,
    config_attributes text,
    PRIMARY KEY (blueprint_name, hostgroup_name, type_name)
);
CREATE TABLE ambari.hosts (
    host_id bigint NOT NULL,
    host_name character varying(255) NOT NULL,
    cpu_count integer NOT NULL,
    ph_cpu_count integer,
    cpu_info character varying(255) NOT NULL,
    discovery_status character varying(2000) NOT NULL,
    host_attributes character varying(20000) NOT NULL,
    ipv4 character varying(255),
    ipv6 character varying(255),
    public_host_name character varying(255),
    last_registration_time bigint NOT NULL,
    os_arch character varying(255) NOT NULL,
    os_info character varying(1000) NOT NULL,
    os_type character varying(255) NOT NULL,
    rack_info character varying(255) NOT NULL,
    total_mem bigint NOT NULL,
    PRIMARY KEY (host_id),
    UNIQUE (host_name)
);
CREATE TABLE ambari.hoststate (
    agent_version character varying(255) NOT NULL,
    available_mem bigint NOT NULL,
    current_state character varying(255) NOT NULL,
    health_status character varying(255),
    host_id bigint NOT NULL,
    time_in_state bigint NOT NULL,
    maintenance_state character varying(512),
    PRIMARY KEY (host_id)
);
CREATE TABLE ambari.kerberos_descriptor (
    kerberos_descriptor_name character varying(255) NOT NULL,
    kerberos_descriptor text NOT NULL,
    PRIMARY KEY (kerberos_descriptor_name)
);
CREATE TABLE ambari.kerberos_keytab (
    keytab_path character varying(255) NOT NULL,
    owner_name character varying(255),
    owner_access character varying(255),
    group_name character varying(255),
    group_access character varying(255),
    is_ambari_keytab smallint NOT NULL,
    write_ambari_jaas smallint NOT NULL,
    PRIMARY KEY (keytab_path)
);
CREATE TABLE ambari.kerberos_keytab_principal (
    kkp_id bigint NOT NULL,
    keytab_path character varying(255) NOT NULL,
    principal_name character varying(255) NOT NULL,
    host_id bigint,
    is_distributed smallint NOT NULL,
    PRIMARY KEY (kkp_id),
    UNIQUE (keytab_path, principal_name, host_id)
);
CREATE TABLE ambari.kerberos_principal (
    principal_name character varying(255) NOT NULL,
    is_service smallint NOT NULL,
    cached_keytab_path character varying(255),
    PRIMARY KEY (principal_name)
);
CREATE TABLE ambari.key_value_store (
    key character varying(255) NOT NULL,
    value character varying,
    PRIMARY KEY (key)
);
CREATE TABLE ambari.kkp_mapping_service (
    kkp_id bigint NOT NULL,
    service_name character varying(255) NOT NULL,
    component_name character varying(255) NOT NULL,
    PRIMARY KEY (kkp_id, service_name, component_name)
);
CREATE TABLE ambari.members (
    member_id integer NOT NULL,
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (member_id),
    UNIQUE (group_id, user_id)
);
CREATE TABLE ambari.metainfo (
    metainfo_key character varying(255) NOT NULL,
    metainfo_value character varying,
    PRIMARY KEY (metainfo_key)
);
CREATE TABLE ambari.mpacks (
    id bigint NOT NULL,
    mpack_name character varying(255) NOT NULL,
    mpack_version character varying(255) NOT NULL,
    mpack_uri character varying(255),
    registry_id bigint,
    PRIMARY KEY (id),
    UNIQUE (mpack_name, mpack_version)
);
CREATE TABLE ambari.permission_roleauthorization (
    permission_id bigint NOT NULL,
    authorization_id character varying(100) NOT NULL,
    PRIMARY KEY (permission_id, authorization_id)
);
CREATE TABLE ambari.qrtz_blob_triggers (
    sched_name character varying(120) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    blob_data bytea,
    PRIMARY KEY (sched_name, trigger_name, trigger_group)
);
CREATE TABLE ambari.qrtz_calendars (
    sched_name character varying(120) NOT NULL,
    calendar_name character varying(200) NOT NULL,
    calendar bytea NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);
CREATE TABLE ambari.qrtz_cron_triggers (
    sched_name character varying(120) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    cron_expression character varying(120) NOT NULL,
    time_zone_id character varying(80),
    PRIMARY KEY (sched_name, trigger_name, trigger_group)
);
CREATE TABLE ambari.qrtz_fired_triggers (
    sched_name character varying(120) NOT NULL,
    entry_id character varying(95) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    instance_name character varying(200) NOT NULL,
    fired_time bigint NOT NULL,
    sched_time bigint NOT NULL,
    priority integer NOT NULL,
    state character varying(16) NOT NULL,
    job_name character varying(200),
    job_group character varying(200),
    is_nonconcurrent boolean,
    requests_recovery boolean,
    PRIMARY KEY (sched_name, entry_id)
);
CREATE TABLE ambari.qrtz_job_details (
    sched_name character varying(120) NOT NULL,
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    description character varying(250),
    job_class_name character varying(250) NOT NULL,
    is_durable boolean NOT NULL,
    is_nonconcurrent boolean NOT NULL,
    is_update_data boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data bytea,
    PRIMARY KEY (sched_name, job_name, job_group)
);
CREATE TABLE ambari.qrtz_locks (
    sched_name character varying(120) NOT NULL,
    lock_name character varying(40) NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
);
CREATE TABLE ambari.qrtz_paused_trigger_grps (
    sched_name character varying(120) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);
CREATE TABLE ambari.qrtz_scheduler_state (
    sched_name character varying(120) NOT NULL,
    instance_name character varying(200) NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval bigint NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);
CREATE TABLE ambari.qrtz_simple_triggers (
    sched_name character varying(120) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    repeat_count bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group)
);
CREATE TABLE ambari.qrtz_simprop_triggers (
    sched_name character varying(120) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    str_prop_1 character varying(512),
    str_prop_2 character varying(512),
    str_prop_3 character varying(512),
    int_prop_1 integer,
    int_prop_2 integer,
    long_prop_1 bigint,
    long_prop_2 bigint,
    dec_prop_1 numeric(13,4),
    dec_prop_2 numeric(13,4),
    bool_prop_1 boolean,
    bool_prop_2 boolean,
    PRIMARY KEY (sched_name, trigger_name, trigger_group)
);
CREATE TABLE ambari.qrtz_triggers (
    sched_name character varying(120) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    description character varying(250),
    next_fire_time bigint,
    prev_fire_time bigint,
    priority integer,
    trigger_state character varying(16) NOT NULL,
    trigger_type character varying(8) NOT NULL,
    start_time bigint NOT NULL,
    end_time bigint,
    calendar_name character varying(200),
    misfire_instr smallint,
    job_data bytea,
    PRIMARY KEY (sched_name, trigger_name, trigger_group)
);
CREATE TABLE ambari.registries (
    id bigint NOT NULL,
    registy_name character varying(255) NOT NULL,
    registry_type character varying(255) NOT NULL,
    registry_uri character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.remoteambaricluster (
    cluster_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    username character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    PRIMARY KEY (cluster_id),
    UNIQUE (name)
);
CREATE TABLE ambari.remoteambariclusterservice (
    id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    service_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.repo_applicable_services (
    repo_definition_id bigint NOT NULL,
    service_name character varying(255) NOT NULL
);
CREATE TABLE ambari.repo_definition (
    id bigint NOT NULL,
    repo_os_id bigint,
    repo_name character varying(255) NOT NULL,
    repo_id character varying(255) NOT NULL,
    base_url character varying(2048) NOT NULL,
    distribution character varying(2048),
    components character varying(2048),
    unique_repo smallint,
    mirrors character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE ambari.repo_os (
    id bigint NOT NULL,
    repo_version_id bigint NOT NULL,
    family character varying(255) NOT NULL,
    ambari_managed smallint,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.repo_tags (
    repo_definition_id bigint NOT NULL,
    tag character varying(255) NOT NULL
);
CREATE TABLE ambari.repo_version (
    repo_version_id bigint NOT NULL,
    stack_id bigint NOT NULL,
    version character varying(255) NOT NULL,
    display_name character varying(128) NOT NULL,
    repo_type character varying(255) NOT NULL,
    hidden smallint NOT NULL,
    version_url character varying(1024),
    version_xml text,
    version_xsd character varying(512),
    parent_id bigint,
    resolved smallint NOT NULL,
    legacy smallint NOT NULL,
    PRIMARY KEY (repo_version_id),
    UNIQUE (display_name),
    UNIQUE (stack_id, version)
);
CREATE TABLE ambari.request (
    request_id bigint NOT NULL,
    cluster_id bigint,
    command_name character varying(255),
    create_time bigint NOT NULL,
    end_time bigint NOT NULL,
    exclusive_execution smallint NOT NULL,
    inputs bytea,
    request_context character varying(255),
    request_type character varying(255),
    request_schedule_id bigint,
    start_time bigint NOT NULL,
    status character varying(255) NOT NULL,
    display_status character varying(255) NOT NULL,
    cluster_host_info bytea NOT NULL,
    user_name character varying(255),
    PRIMARY KEY (request_id)
);
CREATE TABLE ambari.requestoperationlevel (
    operation_level_id bigint NOT NULL,
    request_id bigint NOT NULL,
    level_name character varying(255),
    cluster_name character varying(255),
    service_name character varying(255),
    host_component_name character varying(255),
    host_id bigint,
    PRIMARY KEY (operation_level_id)
);
CREATE TABLE ambari.requestresourcefilter (
    filter_id bigint NOT NULL,
    request_id bigint NOT NULL,
    service_name character varying(255),
    component_name character varying(255),
    hosts bytea,
    PRIMARY KEY (filter_id)
);
CREATE TABLE ambari.requestschedule (
    schedule_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    description character varying(255),
    status character varying(255),
    batch_separation_seconds smallint,
    batch_toleration_limit smallint,
    batch_toleration_limit_per_batch smallint,
    pause_after_first_batch boolean,
    authenticated_user_id integer,
    create_user character varying(255),
    create_timestamp bigint,
    update_user character varying(255),
    update_timestamp bigint,
    minutes character varying(10),
    hours character varying(10),
    days_of_month character varying(10),
    month character varying(10),
    day_of_week character varying(10),
    yeartoschedule character varying(10),
    starttime character varying(50),
    endtime character varying(50),
    last_execution_status character varying(255),
    PRIMARY KEY (schedule_id)
);
CREATE TABLE ambari.requestschedulebatchrequest (
    schedule_id bigint NOT NULL,
    batch_id bigint NOT NULL,
    request_id bigint,
    request_type character varying(255),
    request_uri character varying(1024),
    request_body bytea,
    request_status character varying(255),
    return_code smallint,
    return_message character varying(20000),
    PRIMARY KEY (schedule_id, batch_id)
);
CREATE TABLE ambari.role_success_criteria (
    role character varying(255) NOT NULL,
    request_id bigint NOT NULL,
    stage_id bigint NOT NULL,
    success_factor double precision NOT NULL,
    PRIMARY KEY (role, request_id, stage_id)
);
CREATE TABLE ambari.roleauthorization (
    authorization_id character varying(100) NOT NULL,
    authorization_name character varying(255) NOT NULL,
    PRIMARY KEY (authorization_id)
);
CREATE TABLE ambari.servicecomponent_version (
    id bigint NOT NULL,
    component_id bigint NOT NULL,
    repo_version_id bigint NOT NULL,
    state character varying(32) NOT NULL,
    user_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.servicecomponentdesiredstate (
    id bigint NOT NULL,
    component_name character varying(255) NOT NULL,
    cluster_id bigint NOT NULL,
    desired_repo_version_id bigint NOT NULL,
    desired_state character varying(255) NOT NULL,
    service_name character varying(255) NOT NULL,
    recovery_enabled smallint NOT NULL,
    repo_state character varying(255) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (component_name, service_name, cluster_id)
);
CREATE TABLE ambari.serviceconfig (
    service_config_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    service_name character varying(255) NOT NULL,
    version bigint NOT NULL,
    create_timestamp bigint NOT NULL,
    stack_id bigint NOT NULL,
    user_name character varying(255) NOT NULL,
    group_id bigint,
    note text,
    PRIMARY KEY (service_config_id),
    UNIQUE (cluster_id, service_name, version)
);
CREATE TABLE ambari.serviceconfighosts (
    service_config_id bigint NOT NULL,
    host_id bigint NOT NULL,
    PRIMARY KEY (service_config_id, host_id)
);
CREATE TABLE ambari.serviceconfigmapping (
    service_config_id bigint NOT NULL,
    config_id bigint NOT NULL,
    PRIMARY KEY (service_config_id, config_id)
);
CREATE TABLE ambari.servicedesiredstate (
    cluster_id bigint NOT NULL,
    desired_host_role_mapping integer NOT NULL,
    desired_repo_version_id bigint NOT NULL,
    desired_state character varying(255) NOT NULL,
    service_name character varying(255) NOT NULL,
    maintenance_state character varying(32) NOT NULL,
    credential_store_enabled smallint NOT NULL,
    PRIMARY KEY (cluster_id, service_name)
);
CREATE TABLE ambari.setting (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    setting_type character varying(255) NOT NULL,
    content text NOT NULL,
    updated_by character varying(255) NOT NULL,
    update_timestamp bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE ambari.stack (
    stack_id bigint NOT NULL,
    stack_name character varying(255) NOT NULL,
    stack_version character varying(255) NOT NULL,
    mpack_id bigint,
    PRIMARY KEY (stack_id),
    UNIQUE (stack_name, stack_version)
);
CREATE TABLE ambari.stage (
    stage_id bigint NOT NULL,
    request_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    skippable smallint NOT NULL,
    supports_auto_skip_failure smallint NOT NULL,
    log_info character varying(255) NOT NULL,
    request_context character varying(255),
    command_params bytea,
    host_params bytea,
    command_execution_type character varying(32) NOT NULL,
    status character varying(255) NOT NULL,
    display_status character varying(255) NOT NULL,
    PRIMARY KEY (stage_id, request_id)
);
CREATE TABLE ambari.topology_host_info (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    fqdn character varying(255),
    host_id bigint,
    host_count integer,
    predicate character varying(2048),
    rack_info character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ambari.topology_host_request (
    id bigint NOT NULL,
    logical_request_id bigint NOT NULL,
    group_id bigint NOT NULL,
    stage_id bigint NOT NULL,
    host_name character varying(255),
    status character varying(255),
    status_message character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ambari.topology_host_task (
    id bigint NOT NULL,
    host_request_id bigint NOT NULL,
    type character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.topology_hostgroup (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    group_properties text,
    group_attributes text,
    request_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.topology_logical_request (
    id bigint NOT NULL,
    request_id bigint NOT NULL,
    description character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ambari.topology_logical_task (
    id bigint NOT NULL,
    host_task_id bigint NOT NULL,
    physical_task_id bigint,
    component character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.topology_request (
    id bigint NOT NULL,
    action character varying(255) NOT NULL,
    cluster_id bigint NOT NULL,
    bp_name character varying(100) NOT NULL,
    cluster_properties text,
    cluster_attributes text,
    description character varying(1024),
    provision_action character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ambari.upgrade (
    upgrade_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    request_id bigint NOT NULL,
    direction character varying(255) NOT NULL,
    orchestration character varying(255) NOT NULL,
    upgrade_package character varying(255) NOT NULL,
    upgrade_package_stack character varying(255) NOT NULL,
    upgrade_type character varying(32) NOT NULL,
    repo_version_id bigint NOT NULL,
    skip_failures smallint NOT NULL,
    skip_sc_failures smallint NOT NULL,
    downgrade_allowed smallint NOT NULL,
    revert_allowed smallint NOT NULL,
    suspended smallint NOT NULL,
    PRIMARY KEY (upgrade_id)
);
CREATE TABLE ambari.upgrade_group (
    upgrade_group_id bigint NOT NULL,
    upgrade_id bigint NOT NULL,
    group_name character varying(255) NOT NULL,
    group_title character varying(1024) NOT NULL,
    PRIMARY KEY (upgrade_group_id)
);
CREATE TABLE ambari.upgrade_history (
    id bigint NOT NULL,
    upgrade_id bigint NOT NULL,
    service_name character varying(255) NOT NULL,
    component_name character varying(255) NOT NULL,
    from_repo_version_id bigint NOT NULL,
    target_repo_version_id bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (upgrade_id, component_name, service_name)
);
CREATE TABLE ambari.upgrade_item (
    upgrade_item_id bigint NOT NULL,
    upgrade_group_id bigint NOT NULL,
    stage_id bigint NOT NULL,
    state character varying(255) NOT NULL,
    hosts text,
    tasks text,
    item_text text,
    PRIMARY KEY (upgrade_item_id)
);
CREATE TABLE ambari.user_authentication (
    user_authentication_id integer NOT NULL,
    user_id integer NOT NULL,
    authentication_type character varying(50) NOT NULL,
    authentication_key character varying(2048),
    create_time bigint NOT NULL,
    update_time bigint NOT NULL,
    PRIMARY KEY (user_authentication_id)
);
CREATE TABLE ambari.users (
    user_id integer NOT NULL,
    principal_id bigint NOT NULL,
    user_name character varying(255) NOT NULL,
    active integer NOT NULL,
    consecutive_failures integer NOT NULL,
    active_widget_layouts character varying(1024),
    display_name character varying(255) NOT NULL,
    local_username character varying(255) NOT NULL,
    create_time bigint NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (user_id),
    UNIQUE (user_name)
);
CREATE TABLE ambari.viewentity (
    id bigint NOT NULL,
    view_name character varying(255) NOT NULL,
    view_instance_name character varying(255) NOT NULL,
    class_name character varying(255) NOT NULL,
    id_property character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ambari.viewinstance (
    view_instance_id bigint NOT NULL,
    resource_id bigint NOT NULL,
    view_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    label character varying(255),
    description character varying(2048),
    visible character(1),
    icon character varying(255),
    icon64 character varying(255),
    xml_driven character(1),
    alter_names smallint NOT NULL,
    cluster_handle bigint,
    cluster_type character varying(100) NOT NULL,
    short_url bigint,
    PRIMARY KEY (view_instance_id),
    UNIQUE (view_name, name),
    UNIQUE (view_instance_id, view_name, name)
);
CREATE TABLE ambari.viewinstancedata (
    view_instance_id bigint NOT NULL,
    view_name character varying(255) NOT NULL,
    view_instance_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    user_name character varying(255) NOT NULL,
    value character varying(2000),
    PRIMARY KEY (view_instance_id, name, user_name)
);
CREATE TABLE ambari.viewinstanceproperty (
    view_name character varying(255) NOT NULL,
    view_instance_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(2000),
    PRIMARY KEY (view_name, view_instance_name, name)
);
CREATE TABLE ambari.viewmain (
    view_name character varying(255) NOT NULL,
    label character varying(255),
    description character varying(2048),
    version character varying(255),
    build character varying(128),
    resource_type_id integer NOT NULL,
    icon character varying(255),
    icon64 character varying(255),
    archive character varying(255),
    mask character varying(255),
    system_view smallint NOT NULL,
    PRIMARY KEY (view_name)
);
CREATE TABLE ambari.viewparameter (
    view_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(2048),
    label character varying(255),
    placeholder character varying(255),
    default_value character varying(2000),
    cluster_config character varying(255),
    required character(1),
    masked character(1),
    PRIMARY KEY (view_name, name)
);
CREATE TABLE ambari.viewresource (
    view_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    plural_name character varying(255),
    id_property character varying(255),
    subresource_names character varying(255),
    provider character varying(255),
    service character varying(255),
    resource character varying(255),
    PRIMARY KEY (view_name, name)
);
CREATE TABLE ambari.viewurl (
    url_id bigint NOT NULL,
    url_name character varying(255) NOT NULL,
    url_suffix character varying(255) NOT NULL,
    PRIMARY KEY (url_id)
);
CREATE TABLE ambari.widget (
    id bigint NOT NULL,
    widget_name character varying(255) NOT NULL,
    widget_type character varying(255) NOT NULL,
    metrics text,
    time_created bigint NOT NULL,
    author character varying(255),
    description character varying(2048),
    default_section_name character varying(255),
    scope character varying(255),
    widget_values text,
    properties text,
    cluster_id bigint NOT NULL,
    tag character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ambari.widget_layout (
    id bigint NOT NULL,
    layout_name character varying(255) NOT NULL,
    section_name character varying(255) NOT NULL,
    scope character varying(255) NOT NULL,
    user_name character varying(255) NOT NULL,
    display_name character varying(255),
    cluster_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ambari.widget_layout_user_widget (
    widget_layout_id bigint NOT NULL,
    widget_id bigint NOT NULL,
    widget_order smallint,
    PRIMARY KEY (widget_layout_id, widget_id)
);
ALTER TABLE ambari.adminpermission ADD FOREIGN KEY (principal_id) REFERENCES ambari.adminprincipal(principal_id);
ALTER TABLE ambari.adminpermission ADD FOREIGN KEY (resource_type_id) REFERENCES ambari.adminresourcetype(resource_type_id);
ALTER TABLE ambari.adminprincipal ADD FOREIGN KEY (principal_type_id) REFERENCES ambari.adminprincipaltype(principal_type_id);
ALTER TABLE ambari.adminprivilege ADD FOREIGN KEY (permission_id) REFERENCES ambari.adminpermission(permission_id);
ALTER TABLE ambari.adminprivilege ADD FOREIGN KEY (principal_id) REFERENCES ambari.adminprincipal(principal_id);
ALTER TABLE ambari.adminprivilege ADD FOREIGN KEY (resource_id) REFERENCES ambari.adminresource(resource_id);
ALTER TABLE ambari.adminresource ADD FOREIGN KEY (resource_type_id) REFERENCES ambari.adminresourcetype(resource_type_id);
ALTER TABLE ambari.alert_current ADD FOREIGN KEY (definition_id) REFERENCES ambari.alert_definition(definition_id);
ALTER TABLE ambari.alert_current ADD FOREIGN KEY (history_id) REFERENCES ambari.alert_history(alert_id);
ALTER TABLE ambari.alert_definition ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.alert_group_target ADD FOREIGN KEY (group_id) REFERENCES ambari.alert_group(group_id);
ALTER TABLE ambari.alert_group_target ADD FOREIGN KEY (target_id) REFERENCES ambari.alert_target(target_id);
ALTER TABLE ambari.alert_grouping ADD FOREIGN KEY (definition_id) REFERENCES ambari.alert_definition(definition_id);
ALTER TABLE ambari.alert_grouping ADD FOREIGN KEY (group_id) REFERENCES ambari.alert_group(group_id);
ALTER TABLE ambari.alert_history ADD FOREIGN KEY (alert_definition_id) REFERENCES ambari.alert_definition(definition_id);
ALTER TABLE ambari.alert_history ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.alert_notice ADD FOREIGN KEY (history_id) REFERENCES ambari.alert_history(alert_id);
ALTER TABLE ambari.alert_notice ADD FOREIGN KEY (target_id) REFERENCES ambari.alert_target(target_id);
ALTER TABLE ambari.alert_target_states ADD FOREIGN KEY (target_id) REFERENCES ambari.alert_target(target_id);
ALTER TABLE ambari.blueprint ADD FOREIGN KEY (stack_id) REFERENCES ambari.stack(stack_id);
ALTER TABLE ambari.blueprint_configuration ADD FOREIGN KEY (blueprint_name) REFERENCES ambari.blueprint(blueprint_name);
ALTER TABLE ambari.blueprint_setting ADD FOREIGN KEY (blueprint_name) REFERENCES ambari.blueprint(blueprint_name);
ALTER TABLE ambari.clusterconfig ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.clusterconfig ADD FOREIGN KEY (stack_id) REFERENCES ambari.stack(stack_id);
ALTER TABLE ambari.clusterhostmapping ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.clusterhostmapping ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.clusters ADD FOREIGN KEY (desired_stack_id) REFERENCES ambari.stack(stack_id);
ALTER TABLE ambari.clusters ADD FOREIGN KEY (resource_id) REFERENCES ambari.adminresource(resource_id);
ALTER TABLE ambari.clusters ADD FOREIGN KEY (upgrade_id) REFERENCES ambari.upgrade(upgrade_id);
ALTER TABLE ambari.clusterservices ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.clusterstate ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.clusterstate ADD FOREIGN KEY (current_stack_id) REFERENCES ambari.stack(stack_id);
ALTER TABLE ambari.confgroupclusterconfigmapping ADD FOREIGN KEY (config_group_id) REFERENCES ambari.configgroup(group_id);
ALTER TABLE ambari.confgroupclusterconfigmapping ADD FOREIGN KEY (version_tag, config_type, cluster_id) REFERENCES ambari.clusterconfig(version_tag, type_name, cluster_id);
ALTER TABLE ambari.configgroup ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.configgrouphostmapping ADD FOREIGN KEY (config_group_id) REFERENCES ambari.configgroup(group_id);
ALTER TABLE ambari.configgrouphostmapping ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.execution_command ADD FOREIGN KEY (task_id) REFERENCES ambari.host_role_command(task_id);
ALTER TABLE ambari.extensionlink ADD FOREIGN KEY (extension_id) REFERENCES ambari.extension(extension_id);
ALTER TABLE ambari.extensionlink ADD FOREIGN KEY (stack_id) REFERENCES ambari.stack(stack_id);
ALTER TABLE ambari.groups ADD FOREIGN KEY (principal_id) REFERENCES ambari.adminprincipal(principal_id);
ALTER TABLE ambari.host_role_command ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.host_role_command ADD FOREIGN KEY (stage_id, request_id) REFERENCES ambari.stage(stage_id, request_id);
ALTER TABLE ambari.host_version ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.host_version ADD FOREIGN KEY (repo_version_id) REFERENCES ambari.repo_version(repo_version_id);
ALTER TABLE ambari.hostcomponentdesiredstate ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.hostcomponentdesiredstate ADD FOREIGN KEY (component_name, service_name, cluster_id) REFERENCES ambari.servicecomponentdesiredstate(component_name, service_name, cluster_id);
ALTER TABLE ambari.hostcomponentstate ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.hostcomponentstate ADD FOREIGN KEY (component_name, service_name, cluster_id) REFERENCES ambari.servicecomponentdesiredstate(component_name, service_name, cluster_id);
ALTER TABLE ambari.hostconfigmapping ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.hostconfigmapping ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.hostgroup ADD FOREIGN KEY (blueprint_name) REFERENCES ambari.blueprint(blueprint_name);
ALTER TABLE ambari.hostgroup_component ADD FOREIGN KEY (blueprint_name, hostgroup_name) REFERENCES ambari.hostgroup(blueprint_name, name);
ALTER TABLE ambari.hostgroup_configuration ADD FOREIGN KEY (blueprint_name, hostgroup_name) REFERENCES ambari.hostgroup(blueprint_name, name);
ALTER TABLE ambari.hoststate ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.kerberos_keytab_principal ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.kerberos_keytab_principal ADD FOREIGN KEY (keytab_path) REFERENCES ambari.kerberos_keytab(keytab_path);
ALTER TABLE ambari.kerberos_keytab_principal ADD FOREIGN KEY (principal_name) REFERENCES ambari.kerberos_principal(principal_name);
ALTER TABLE ambari.kkp_mapping_service ADD FOREIGN KEY (kkp_id) REFERENCES ambari.kerberos_keytab_principal(kkp_id);
ALTER TABLE ambari.members ADD FOREIGN KEY (group_id) REFERENCES ambari.groups(group_id);
ALTER TABLE ambari.members ADD FOREIGN KEY (user_id) REFERENCES ambari.users(user_id);
ALTER TABLE ambari.mpacks ADD FOREIGN KEY (registry_id) REFERENCES ambari.registries(id);
ALTER TABLE ambari.permission_roleauthorization ADD FOREIGN KEY (authorization_id) REFERENCES ambari.roleauthorization(authorization_id);
ALTER TABLE ambari.permission_roleauthorization ADD FOREIGN KEY (permission_id) REFERENCES ambari.adminpermission(permission_id);
ALTER TABLE ambari.qrtz_blob_triggers ADD FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES ambari.qrtz_triggers(sched_name, trigger_name, trigger_group);
ALTER TABLE ambari.qrtz_cron_triggers ADD FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES ambari.qrtz_triggers(sched_name, trigger_name, trigger_group);
ALTER TABLE ambari.qrtz_simple_triggers ADD FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES ambari.qrtz_triggers(sched_name, trigger_name, trigger_group);
ALTER TABLE ambari.qrtz_simprop_triggers ADD FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES ambari.qrtz_triggers(sched_name, trigger_name, trigger_group);
ALTER TABLE ambari.qrtz_triggers ADD FOREIGN KEY (sched_name, job_name, job_group) REFERENCES ambari.qrtz_job_details(sched_name, job_name, job_group);
ALTER TABLE ambari.remoteambariclusterservice ADD FOREIGN KEY (cluster_id) REFERENCES ambari.remoteambaricluster(cluster_id);
ALTER TABLE ambari.repo_applicable_services ADD FOREIGN KEY (repo_definition_id) REFERENCES ambari.repo_definition(id);
ALTER TABLE ambari.repo_definition ADD FOREIGN KEY (repo_os_id) REFERENCES ambari.repo_os(id);
ALTER TABLE ambari.repo_os ADD FOREIGN KEY (repo_version_id) REFERENCES ambari.repo_version(repo_version_id);
ALTER TABLE ambari.repo_tags ADD FOREIGN KEY (repo_definition_id) REFERENCES ambari.repo_definition(id);
ALTER TABLE ambari.repo_version ADD FOREIGN KEY (stack_id) REFERENCES ambari.stack(stack_id);
ALTER TABLE ambari.request ADD FOREIGN KEY (request_schedule_id) REFERENCES ambari.requestschedule(schedule_id);
ALTER TABLE ambari.requestoperationlevel ADD FOREIGN KEY (request_id) REFERENCES ambari.request(request_id);
ALTER TABLE ambari.requestresourcefilter ADD FOREIGN KEY (request_id) REFERENCES ambari.request(request_id);
ALTER TABLE ambari.requestschedulebatchrequest ADD FOREIGN KEY (schedule_id) REFERENCES ambari.requestschedule(schedule_id);
ALTER TABLE ambari.role_success_criteria ADD FOREIGN KEY (stage_id, request_id) REFERENCES ambari.stage(stage_id, request_id);
ALTER TABLE ambari.servicecomponent_version ADD FOREIGN KEY (component_id) REFERENCES ambari.servicecomponentdesiredstate(id);
ALTER TABLE ambari.servicecomponent_version ADD FOREIGN KEY (repo_version_id) REFERENCES ambari.repo_version(repo_version_id);
ALTER TABLE ambari.servicecomponentdesiredstate ADD FOREIGN KEY (desired_repo_version_id) REFERENCES ambari.repo_version(repo_version_id);
ALTER TABLE ambari.servicecomponentdesiredstate ADD FOREIGN KEY (service_name, cluster_id) REFERENCES ambari.clusterservices(service_name, cluster_id);
ALTER TABLE ambari.serviceconfig ADD FOREIGN KEY (stack_id) REFERENCES ambari.stack(stack_id);
ALTER TABLE ambari.serviceconfighosts ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.serviceconfighosts ADD FOREIGN KEY (service_config_id) REFERENCES ambari.serviceconfig(service_config_id);
ALTER TABLE ambari.serviceconfigmapping ADD FOREIGN KEY (config_id) REFERENCES ambari.clusterconfig(config_id);
ALTER TABLE ambari.serviceconfigmapping ADD FOREIGN KEY (service_config_id) REFERENCES ambari.serviceconfig(service_config_id);
ALTER TABLE ambari.servicedesiredstate ADD FOREIGN KEY (desired_repo_version_id) REFERENCES ambari.repo_version(repo_version_id);
ALTER TABLE ambari.servicedesiredstate ADD FOREIGN KEY (service_name, cluster_id) REFERENCES ambari.clusterservices(service_name, cluster_id);
ALTER TABLE ambari.stack ADD FOREIGN KEY (mpack_id) REFERENCES ambari.mpacks(id);
ALTER TABLE ambari.stage ADD FOREIGN KEY (request_id) REFERENCES ambari.request(request_id);
ALTER TABLE ambari.topology_host_info ADD FOREIGN KEY (group_id) REFERENCES ambari.topology_hostgroup(id);
ALTER TABLE ambari.topology_host_info ADD FOREIGN KEY (host_id) REFERENCES ambari.hosts(host_id);
ALTER TABLE ambari.topology_host_request ADD FOREIGN KEY (group_id) REFERENCES ambari.topology_hostgroup(id);
ALTER TABLE ambari.topology_host_request ADD FOREIGN KEY (logical_request_id) REFERENCES ambari.topology_logical_request(id);
ALTER TABLE ambari.topology_host_task ADD FOREIGN KEY (host_request_id) REFERENCES ambari.topology_host_request(id);
ALTER TABLE ambari.topology_hostgroup ADD FOREIGN KEY (request_id) REFERENCES ambari.topology_request(id);
ALTER TABLE ambari.topology_logical_request ADD FOREIGN KEY (request_id) REFERENCES ambari.topology_request(id);
ALTER TABLE ambari.topology_logical_task ADD FOREIGN KEY (host_task_id) REFERENCES ambari.topology_host_task(id);
ALTER TABLE ambari.topology_logical_task ADD FOREIGN KEY (physical_task_id) REFERENCES ambari.host_role_command(task_id);
ALTER TABLE ambari.topology_request ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.upgrade ADD FOREIGN KEY (cluster_id) REFERENCES ambari.clusters(cluster_id);
ALTER TABLE ambari.upgrade ADD FOREIGN KEY (repo_version_id) REFERENCES ambari.repo_version(repo_version_id);
ALTER TABLE ambari.upgrade ADD FOREIGN KEY (request_id) REFERENCES ambari.request(request_id);
ALTER TABLE ambari.upgrade_group ADD FOREIGN KEY (upgrade_id) REFERENCES ambari.upgrade(upgrade_id);
ALTER TABLE ambari.upgrade_history ADD FOREIGN KEY (from_repo_version_id) REFERENCES ambari.repo_version(repo_version_id);
ALTER TABLE ambari.upgrade_history ADD FOREIGN KEY (target_repo_version_id) REFERENCES ambari.repo_version(repo_version_id);
ALTER TABLE ambari.upgrade_history ADD FOREIGN KEY (upgrade_id) REFERENCES ambari.upgrade(upgrade_id);
ALTER TABLE ambari.upgrade_item ADD FOREIGN KEY (upgrade_group_id) REFERENCES ambari.upgrade_group(upgrade_group_id);
ALTER TABLE ambari.user_authentication ADD FOREIGN KEY (user_id) REFERENCES ambari.users(user_id);
ALTER TABLE ambari.users ADD FOREIGN KEY (principal_id) REFERENCES ambari.adminprincipal(principal_id);
ALTER TABLE ambari.viewentity ADD FOREIGN KEY (view_name, view_instance_name) REFERENCES ambari.viewinstance(view_name, name);
ALTER TABLE ambari.viewinstance ADD FOREIGN KEY (short_url) REFERENCES ambari.viewurl(url_id);
ALTER TABLE ambari.viewinstance ADD FOREIGN KEY (view_name) REFERENCES ambari.viewmain(view_name);
ALTER TABLE ambari.viewinstance ADD FOREIGN KEY (resource_id) REFERENCES ambari.adminresource(resource_id);
ALTER TABLE ambari.viewinstancedata ADD FOREIGN KEY (view_instance_id, view_name, view_instance_name) REFERENCES ambari.viewinstance(view_instance_id, view_name, name);
ALTER TABLE ambari.viewinstanceproperty ADD FOREIGN KEY (view_name, view_instance_name) REFERENCES ambari.viewinstance(view_name, name);
ALTER TABLE ambari.viewmain ADD FOREIGN KEY (resource_type_id) REFERENCES ambari.adminresourcetype(resource_type_id);
ALTER TABLE ambari.viewparameter ADD FOREIGN KEY (view_name) REFERENCES ambari.viewmain(view_name);
ALTER TABLE ambari.viewresource ADD FOREIGN KEY (view_name) REFERENCES ambari.viewmain(view_name);
ALTER TABLE ambari.widget_layout_user_widget ADD FOREIGN KEY (widget_id) REFERENCES ambari.widget(id);
ALTER TABLE ambari.widget_layout_user_widget ADD FOREIGN KEY (widget_layout_id) REFERENCES ambari.widget_layout(id);
