-- Centreon, the IT infrastructure monitoring platform (Nagios-compatible): its configuration database (hosts, host
-- templates and their inheritance, host groups and host categories, host parents, services and service templates,
-- service groups and service categories, commands and command categories, connectors, time periods with exceptions
-- and include/exclude rules, contacts and contact groups with their host, service and notification-command links,
-- passwords and parameters, LDAP authentication resources, OpenID/SAML provider configuration and tokens,
-- escalations, dependencies between hosts, services, host/service groups and meta services, recurring downtimes with
-- their periods and cache, meta services, on-demand macros, SNMP traps with vendors, groups, matching rules and
-- pre-exec commands, pollers (nagios_server), remote servers and the platform topology, Centreon Engine and Broker
-- configuration (cfg_nagios, cfg_centreonbroker, the cb_* field definitions), $USERx$ resources, ACL groups with
-- resource, menu and action rules, the menu topology, custom views and widgets, modules, images, sessions, tasks and
-- cron operations) and the 17 tables its installer creates in the monitoring-data database centreon_storage
-- (index_data and metrics of performance data, daily/monthly/yearly metric statistics, the action log of
-- configuration changes, the SNMP trap log, the resources/tags/severities realtime tables, Engine statistics, last
-- archived status and the ACL cache), as the installer scripts www/install/createTables.sql and
-- www/install/createTablesCentstorage.sql of Centreon 22.10 (develop branch, version 22.10.0-beta.1) create them,
-- read from github.com/centreon/centreon-archived (commit f9efb6d, 2022-09-30), the official repository of Centreon
-- web before it moved into github.com/centreon/centreon (centreon/www/install/...), which is over this machine's
-- fetch limit; GPL-2.0; we use the schema's facts. Both scripts were loaded unchanged into a scratch MariaDB 10.11
-- and regenerated from its information_schema by a one-off script: all 165 + 17 = 182 tables in one schema centreon
-- (a real install keeps the last 17 in a second database, centreon_storage), their primary keys (67 tables have
-- none in the source), 218 of the 224 declared foreign keys, and the 4 table and 17 column comments. MySQL types
-- mapped (tinyint/boolean -> smallint, int -> integer, int unsigned -> bigint, datetime/timestamp -> timestamp,
-- enum -> text, blob -> bytea, mediumtext/longtext -> text); mixed-case names lower-cased
-- (dependency_hostParent_relation -> dependency_hostparent_relation, topology_JS -> topology_js, RRDdatabase_path
-- -> rrddatabase_path, ...). Left out: defaults, AUTO_INCREMENT, unique keys and indexes, ON DELETE actions, and 6
-- foreign keys that reference columns without a primary key (InnoDB allows that, PostgreSQL does not):
-- cb_list_values(cb_list_id) -> cb_list(cb_list_id), topology_js(id_page) -> topology(topology_page), and
-- traps_group_relation(traps_id), traps_matching_properties(trap_id), traps_preexec(trap_id),
-- traps_service_relation(traps_id) -> traps(traps_id) (traps has no primary key, only an index on traps_id). Not
-- part of these scripts, so not here: the realtime tables (hosts, services, logs, downtimes, acknowledgements, ...)
-- that Centreon Broker creates itself in centreon_storage. Also left out: the INSERTs of default rows
-- (insertBaseConf.sql, insertTopology.sql, insertCommands.sql, ...). No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS centreon;
CREATE TABLE centreon.acl_actions (
    acl_action_id integer NOT NULL,
    acl_action_name character varying(255),
    acl_action_description character varying(255),
    acl_action_activate text,
    PRIMARY KEY (acl_action_id)
);
CREATE TABLE centreon.acl_actions_rules (
    aar_id integer NOT NULL,
    acl_action_rule_id integer,
    acl_action_name character varying(255),
    PRIMARY KEY (aar_id)
);
CREATE TABLE centreon.acl_groups (
    acl_group_id integer NOT NULL,
    acl_group_name character varying(255),
    acl_group_alias character varying(255),
    acl_group_changed integer NOT NULL,
    acl_group_activate text,
    PRIMARY KEY (acl_group_id)
);
CREATE TABLE centreon.acl_group_actions_relations (
    acl_action_id integer,
    acl_group_id integer
);
CREATE TABLE centreon.acl_group_contactgroups_relations (
    cg_cg_id integer,
    acl_group_id integer
);
CREATE TABLE centreon.acl_group_contacts_relations (
    contact_contact_id integer,
    acl_group_id integer
);
CREATE TABLE centreon.acl_group_topology_relations (
    acl_group_id integer,
    acl_topology_id integer
);
CREATE TABLE centreon.acl_resources (
    acl_res_id integer NOT NULL,
    acl_res_name character varying(255),
    acl_res_alias character varying(255),
    all_hosts text,
    all_hostgroups text,
    all_servicegroups text,
    acl_res_activate text,
    acl_res_comment text,
    acl_res_status text,
    changed integer,
    locked smallint NOT NULL,
    PRIMARY KEY (acl_res_id)
);
CREATE TABLE centreon.acl_resources_hc_relations (
    hc_id integer,
    acl_res_id integer
);
CREATE TABLE centreon.acl_resources_hg_relations (
    hg_hg_id integer,
    acl_res_id integer
);
CREATE TABLE centreon.acl_resources_hostex_relations (
    host_host_id integer,
    acl_res_id integer
);
CREATE TABLE centreon.acl_resources_host_relations (
    host_host_id integer,
    acl_res_id integer
);
CREATE TABLE centreon.acl_resources_meta_relations (
    meta_id integer,
    acl_res_id integer
);
CREATE TABLE centreon.acl_resources_poller_relations (
    poller_id integer,
    acl_res_id integer
);
CREATE TABLE centreon.acl_resources_sc_relations (
    sc_id integer,
    acl_res_id integer
);
CREATE TABLE centreon.acl_resources_service_relations (
    service_service_id integer,
    acl_group_id integer
);
CREATE TABLE centreon.acl_resources_sg_relations (
    sg_id integer,
    acl_res_id integer
);
CREATE TABLE centreon.acl_res_group_relations (
    acl_res_id integer,
    acl_group_id integer
);
CREATE TABLE centreon.acl_topology (
    acl_topo_id integer NOT NULL,
    acl_topo_name character varying(255),
    acl_topo_alias character varying(255),
    acl_comments text,
    acl_topo_activate text,
    PRIMARY KEY (acl_topo_id)
);
CREATE TABLE centreon.acl_topology_relations (
    topology_topology_id integer,
    acl_topo_id integer,
    access_right smallint NOT NULL
);
CREATE TABLE centreon.auth_ressource (
    ar_id integer NOT NULL,
    ar_name character varying(255) NOT NULL,
    ar_description character varying(255) NOT NULL,
    ar_type character varying(50) NOT NULL,
    ar_enable text,
    ar_sync_base_date integer,
    PRIMARY KEY (ar_id)
);
CREATE TABLE centreon.auth_ressource_host (
    ldap_host_id integer NOT NULL,
    auth_ressource_id integer NOT NULL,
    host_address character varying(255) NOT NULL,
    host_port integer NOT NULL,
    use_ssl smallint,
    use_tls smallint,
    host_order smallint NOT NULL,
    PRIMARY KEY (ldap_host_id)
);
CREATE TABLE centreon.auth_ressource_info (
    ar_id integer NOT NULL,
    ari_name character varying(100) NOT NULL,
    ari_value character varying(1024) NOT NULL,
    PRIMARY KEY (ar_id, ari_name)
);
CREATE TABLE centreon.cb_field (
    cb_field_id integer NOT NULL,
    fieldname character varying(100) NOT NULL,
    displayname character varying(100) NOT NULL,
    description character varying(510),
    fieldtype character varying(255) NOT NULL,
    external character varying(255),
    cb_fieldgroup_id integer,
    PRIMARY KEY (cb_field_id)
);
CREATE TABLE centreon.cb_fieldgroup (
    cb_fieldgroup_id integer NOT NULL,
    groupname character varying(100) NOT NULL,
    displayname character varying(255) NOT NULL,
    multiple smallint NOT NULL,
    group_parent_id integer,
    PRIMARY KEY (cb_fieldgroup_id)
);
CREATE TABLE centreon.cb_fieldset (
    cb_fieldset_id integer NOT NULL,
    fieldset_name character varying(255) NOT NULL,
    PRIMARY KEY (cb_fieldset_id)
);
CREATE TABLE centreon.cb_list (
    cb_list_id integer NOT NULL,
    cb_field_id integer NOT NULL,
    default_value character varying(255),
    PRIMARY KEY (cb_list_id, cb_field_id)
);
CREATE TABLE centreon.cb_list_values (
    cb_list_id integer NOT NULL,
    value_name character varying(255) NOT NULL,
    value_value character varying(255) NOT NULL,
    PRIMARY KEY (cb_list_id, value_name)
);
CREATE TABLE centreon.cb_log (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.cb_log_level (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.cb_module (
    cb_module_id integer NOT NULL,
    name character varying(50) NOT NULL,
    libname character varying(50),
    loading_pos integer,
    is_bundle integer NOT NULL,
    is_activated integer NOT NULL,
    PRIMARY KEY (cb_module_id)
);
CREATE TABLE centreon.cb_module_relation (
    cb_module_id integer NOT NULL,
    module_depend_id integer NOT NULL,
    inherit_config integer NOT NULL,
    PRIMARY KEY (cb_module_id, module_depend_id)
);
CREATE TABLE centreon.cb_tag (
    cb_tag_id integer NOT NULL,
    tagname character varying(50) NOT NULL,
    PRIMARY KEY (cb_tag_id)
);
CREATE TABLE centreon.cb_tag_type_relation (
    cb_tag_id integer NOT NULL,
    cb_type_id integer NOT NULL,
    cb_type_uniq integer NOT NULL,
    PRIMARY KEY (cb_tag_id, cb_type_id)
);
CREATE TABLE centreon.cb_type (
    cb_type_id integer NOT NULL,
    type_name character varying(50) NOT NULL,
    type_shortname character varying(50) NOT NULL,
    cb_module_id integer NOT NULL,
    PRIMARY KEY (cb_type_id)
);
CREATE TABLE centreon.cb_type_field_relation (
    cb_type_id integer NOT NULL,
    cb_field_id integer NOT NULL,
    cb_fieldset_id integer,
    is_required integer NOT NULL,
    order_display integer NOT NULL,
    jshook_name character varying(255),
    jshook_arguments character varying(255),
    PRIMARY KEY (cb_type_id, cb_field_id)
);
CREATE TABLE centreon.centreon_acl (
    group_id integer NOT NULL,
    host_id integer NOT NULL,
    service_id integer
);
CREATE TABLE centreon.cfg_centreonbroker (
    config_id integer NOT NULL,
    config_name character varying(100) NOT NULL,
    config_filename character varying(255) NOT NULL,
    config_write_timestamp text,
    config_write_thread_id text,
    log_directory character varying(255),
    log_filename character varying(255),
    log_max_size integer NOT NULL,
    config_activate text,
    ns_nagios_server integer NOT NULL,
    event_queue_max_size integer,
    command_file character varying(255),
    cache_directory character varying(255),
    stats_activate text,
    daemon smallint,
    pool_size integer,
    bbdo_version character varying(50),
    PRIMARY KEY (config_id)
);
CREATE TABLE centreon.cfg_centreonbroker_info (
    config_id integer NOT NULL,
    config_key character varying(50) NOT NULL,
    config_value character varying(255) NOT NULL,
    config_group character varying(50) NOT NULL,
    config_group_id integer,
    grp_level integer NOT NULL,
    subgrp_id integer,
    parent_grp_id integer,
    fieldindex integer
);
CREATE TABLE centreon.cfg_centreonbroker_log (
    id integer NOT NULL,
    id_centreonbroker integer NOT NULL,
    id_log integer NOT NULL,
    id_level integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.cfg_nagios (
    nagios_id integer NOT NULL,
    nagios_name character varying(255),
    use_timezone bigint,
    log_file character varying(255),
    cfg_dir character varying(255),
    status_file character varying(255),
    status_update_interval integer,
    enable_notifications text,
    execute_service_checks text,
    accept_passive_service_checks text,
    execute_host_checks text,
    accept_passive_host_checks text,
    enable_event_handlers text,
    check_external_commands text,
    external_command_buffer_slots integer,
    command_check_interval character varying(255),
    command_file character varying(255),
    retain_state_information text,
    state_retention_file character varying(255),
    retention_update_interval integer,
    use_retained_program_state text,
    use_retained_scheduling_info text,
    use_syslog text,
    log_notifications text,
    log_service_retries text,
    log_host_retries text,
    log_event_handlers text,
    log_initial_states text,
    log_external_commands text,
    log_passive_checks text,
    global_host_event_handler integer,
    global_service_event_handler integer,
    sleep_time character varying(10),
    service_inter_check_delay_method character varying(255),
    host_inter_check_delay_method character varying(255),
    service_interleave_factor character varying(255),
    max_concurrent_checks integer,
    max_service_check_spread integer,
    max_host_check_spread integer,
    check_result_reaper_frequency integer,
    auto_reschedule_checks text,
    auto_rescheduling_interval integer,
    auto_rescheduling_window integer,
    enable_flap_detection text,
    low_service_flap_threshold character varying(255),
    high_service_flap_threshold character varying(255),
    low_host_flap_threshold character varying(255),
    high_host_flap_threshold character varying(255),
    soft_state_dependencies text,
    service_check_timeout integer,
    host_check_timeout integer,
    event_handler_timeout integer,
    notification_timeout integer,
    check_for_orphaned_services text,
    check_for_orphaned_hosts text,
    check_service_freshness text,
    service_freshness_check_interval integer,
    freshness_check_interval integer,
    check_host_freshness text,
    host_freshness_check_interval integer,
    date_format character varying(255),
    instance_heartbeat_interval smallint,
    illegal_object_name_chars character varying(255),
    illegal_macro_output_chars character varying(255),
    use_regexp_matching text,
    use_true_regexp_matching text,
    admin_email character varying(255),
    admin_pager character varying(255),
    nagios_comment text,
    nagios_activate text,
    event_broker_options character varying(255),
    nagios_server_id integer,
    enable_predictive_host_dependency_checks text,
    enable_predictive_service_dependency_checks text,
    cached_host_check_horizon integer,
    cached_service_check_horizon integer,
    passive_host_checks_are_soft integer,
    enable_environment_macros text,
    additional_freshness_latency integer,
    debug_file character varying(255),
    debug_level integer,
    debug_level_opt character varying(200),
    debug_verbosity text,
    max_debug_file_size integer,
    cfg_file character varying(255) NOT NULL,
    log_pid text,
    enable_macros_filter text,
    macros_filter text,
    logger_version text,
    PRIMARY KEY (nagios_id)
);
CREATE TABLE centreon.cfg_nagios_broker_module (
    bk_mod_id integer NOT NULL,
    cfg_nagios_id integer,
    broker_module character varying(255),
    PRIMARY KEY (bk_mod_id)
);
CREATE TABLE centreon.cfg_nagios_logger (
    id bigint NOT NULL,
    cfg_nagios_id integer NOT NULL,
    log_v2_logger text,
    log_level_functions text,
    log_level_config text,
    log_level_events text,
    log_level_checks text,
    log_level_notifications text,
    log_level_eventbroker text,
    log_level_external_command text,
    log_level_commands text,
    log_level_downtimes text,
    log_level_comments text,
    log_level_macros text,
    log_level_process text,
    log_level_runtime text,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.cfg_resource (
    resource_id integer NOT NULL,
    resource_name character varying(255),
    resource_line character varying(255),
    resource_comment character varying(255),
    resource_activate text,
    PRIMARY KEY (resource_id)
);
CREATE TABLE centreon.cfg_resource_instance_relations (
    resource_id integer NOT NULL,
    instance_id integer NOT NULL
);
CREATE TABLE centreon.command (
    command_id integer NOT NULL,
    connector_id bigint,
    command_name character varying(200),
    command_line text,
    command_example character varying(254),
    command_type smallint,
    enable_shell bigint NOT NULL,
    command_comment text,
    command_activate text,
    graph_id integer,
    cmd_cat_id integer,
    command_locked smallint,
    PRIMARY KEY (command_id)
);
CREATE TABLE centreon.command_arg_description (
    cmd_id integer NOT NULL,
    macro_name character varying(255) NOT NULL,
    macro_description character varying(255) NOT NULL
);
CREATE TABLE centreon.command_categories (
    cmd_category_id integer NOT NULL,
    category_name character varying(255) NOT NULL,
    category_alias character varying(255) NOT NULL,
    category_order integer NOT NULL,
    PRIMARY KEY (cmd_category_id)
);
CREATE TABLE centreon.command_categories_relation (
    category_id integer,
    command_command_id integer
);
CREATE TABLE centreon.config (
    id integer NOT NULL,
    rrddatabase_path character varying(255),
    rrddatabase_status_path character varying(255),
    rrddatabase_nagios_stats_path character varying(255),
    len_storage_rrd integer,
    len_storage_mysql integer,
    autodelete_rrd_db text,
    sleep_time integer,
    purge_interval integer,
    storage_type integer,
    average integer,
    archive_log text NOT NULL,
    archive_retention integer,
    reporting_retention integer,
    nagios_log_file character varying(255),
    last_line_read integer,
    audit_log_option text NOT NULL,
    len_storage_downtimes integer,
    len_storage_comments integer,
    audit_log_retention integer,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.connector (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    command_line character varying(512) NOT NULL,
    enabled bigint NOT NULL,
    created bigint NOT NULL,
    modified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.contact (
    contact_id integer NOT NULL,
    timeperiod_tp_id integer,
    timeperiod_tp_id2 integer,
    contact_name character varying(200),
    contact_alias character varying(200),
    contact_lang character varying(255),
    contact_host_notification_options character varying(200),
    contact_service_notification_options character varying(200),
    contact_email character varying(200),
    contact_pager character varying(200),
    contact_address1 character varying(200),
    contact_address2 character varying(200),
    contact_address3 character varying(200),
    contact_address4 character varying(200),
    contact_address5 character varying(200),
    contact_address6 character varying(200),
    contact_comment text,
    contact_js_effects text,
    contact_theme text,
    contact_location integer,
    contact_oreon text,
    reach_api integer,
    reach_api_rt integer,
    contact_enable_notifications text,
    contact_template_id integer,
    contact_admin text,
    contact_type_msg text,
    contact_activate text,
    contact_auth_type character varying(255),
    contact_ldap_dn text,
    ar_id integer,
    contact_acl_group_list character varying(255),
    contact_autologin_key character varying(255),
    default_page integer,
    show_deprecated_pages text,
    contact_charset character varying(255),
    contact_register smallint NOT NULL,
    contact_ldap_last_sync integer NOT NULL,
    contact_ldap_required_sync text NOT NULL,
    login_attempts bigint,
    blocking_time bigint,
    PRIMARY KEY (contact_id)
);
CREATE TABLE centreon.contactgroup (
    cg_id integer NOT NULL,
    cg_name character varying(200),
    cg_alias character varying(200),
    cg_comment text,
    cg_activate text,
    cg_type character varying(10),
    cg_ldap_dn character varying(255),
    ar_id integer,
    PRIMARY KEY (cg_id)
);
CREATE TABLE centreon.contactgroup_contact_relation (
    contact_contact_id integer,
    contactgroup_cg_id integer
);
CREATE TABLE centreon.contactgroup_hostgroup_relation (
    contactgroup_cg_id integer,
    hostgroup_hg_id integer
);
CREATE TABLE centreon.contactgroup_host_relation (
    host_host_id integer,
    contactgroup_cg_id integer
);
CREATE TABLE centreon.contactgroup_servicegroup_relation (
    servicegroup_sg_id integer,
    contactgroup_cg_id integer
);
CREATE TABLE centreon.contactgroup_service_relation (
    contactgroup_cg_id integer,
    service_service_id integer
);
CREATE TABLE centreon.contact_feature (
    contact_id integer NOT NULL,
    feature character varying(255) NOT NULL,
    feature_version character varying(50) NOT NULL,
    feature_enabled smallint,
    PRIMARY KEY (contact_id, feature, feature_version)
);
CREATE TABLE centreon.contact_hostcommands_relation (
    contact_contact_id integer,
    command_command_id integer
);
CREATE TABLE centreon.contact_host_relation (
    host_host_id integer,
    contact_id integer
);
CREATE TABLE centreon.contact_param (
    id integer NOT NULL,
    cp_key character varying(255) NOT NULL,
    cp_value character varying(255) NOT NULL,
    cp_contact_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.contact_password (
    id bigint NOT NULL,
    password character varying(255) NOT NULL,
    contact_id integer NOT NULL,
    creation_date bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.contact_servicecommands_relation (
    contact_contact_id integer,
    command_command_id integer
);
CREATE TABLE centreon.contact_service_relation (
    service_service_id integer,
    contact_id integer
);
CREATE TABLE centreon.cron_operation (
    id integer NOT NULL,
    name character varying(254),
    command character varying(254),
    time_launch integer,
    last_modification integer,
    system text,
    module text,
    running text,
    pid integer,
    last_execution_time integer NOT NULL,
    activate text,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.css_color_menu (
    id_css_color_menu integer NOT NULL,
    menu_nb integer,
    css_name character varying(255),
    PRIMARY KEY (id_css_color_menu)
);
CREATE TABLE centreon.custom_views (
    custom_view_id integer NOT NULL,
    name character varying(255) NOT NULL,
    layout character varying(255) NOT NULL,
    public smallint,
    PRIMARY KEY (custom_view_id)
);
CREATE TABLE centreon.custom_view_default (
    user_id integer NOT NULL,
    custom_view_id integer NOT NULL
);
CREATE TABLE centreon.custom_view_user_relation (
    custom_view_id integer NOT NULL,
    user_id integer,
    usergroup_id integer,
    locked smallint,
    is_owner smallint,
    is_share smallint,
    is_consumed integer NOT NULL
);
CREATE TABLE centreon.data_stats_daily (
    data_stats_daily_id integer NOT NULL,
    metric_id integer,
    min integer,
    max integer,
    average integer,
    count integer,
    day_time integer,
    PRIMARY KEY (data_stats_daily_id)
);
CREATE TABLE centreon.data_stats_monthly (
    data_stats_monthly_id integer NOT NULL,
    metric_id integer,
    min integer,
    max integer,
    average integer,
    count integer,
    month_time integer,
    PRIMARY KEY (data_stats_monthly_id)
);
CREATE TABLE centreon.data_stats_yearly (
    data_stats_yearly_id integer NOT NULL,
    metric_id integer,
    min integer,
    max integer,
    average integer,
    count integer,
    year_time integer,
    PRIMARY KEY (data_stats_yearly_id)
);
CREATE TABLE centreon.dependency (
    dep_id integer NOT NULL,
    dep_name character varying(255),
    dep_description character varying(255),
    inherits_parent text,
    execution_failure_criteria character varying(255),
    notification_failure_criteria character varying(255),
    dep_comment text,
    PRIMARY KEY (dep_id)
);
CREATE TABLE centreon.dependency_hostchild_relation (
    dependency_dep_id integer,
    host_host_id integer
);
CREATE TABLE centreon.dependency_hostgroupchild_relation (
    dependency_dep_id integer,
    hostgroup_hg_id integer
);
CREATE TABLE centreon.dependency_hostgroupparent_relation (
    dependency_dep_id integer,
    hostgroup_hg_id integer
);
CREATE TABLE centreon.dependency_hostparent_relation (
    dependency_dep_id integer,
    host_host_id integer
);
CREATE TABLE centreon.dependency_metaservicechild_relation (
    dependency_dep_id integer,
    meta_service_meta_id integer
);
CREATE TABLE centreon.dependency_metaserviceparent_relation (
    dependency_dep_id integer,
    meta_service_meta_id integer
);
CREATE TABLE centreon.dependency_servicechild_relation (
    dependency_dep_id integer,
    service_service_id integer,
    host_host_id integer
);
CREATE TABLE centreon.dependency_servicegroupchild_relation (
    dependency_dep_id integer,
    servicegroup_sg_id integer
);
CREATE TABLE centreon.dependency_servicegroupparent_relation (
    dependency_dep_id integer,
    servicegroup_sg_id integer
);
CREATE TABLE centreon.dependency_serviceparent_relation (
    dependency_dep_id integer,
    service_service_id integer,
    host_host_id integer
);
CREATE TABLE centreon.downtime (
    dt_id integer NOT NULL,
    dt_name character varying(100) NOT NULL,
    dt_description character varying(255),
    dt_activate text,
    PRIMARY KEY (dt_id)
);
CREATE TABLE centreon.downtime_cache (
    downtime_cache_id integer NOT NULL,
    downtime_id integer NOT NULL,
    host_id integer NOT NULL,
    service_id integer,
    start_timestamp integer NOT NULL,
    end_timestamp integer NOT NULL,
    start_hour character varying(255) NOT NULL,
    end_hour character varying(255) NOT NULL,
    PRIMARY KEY (downtime_cache_id)
);
CREATE TABLE centreon.downtime_hostgroup_relation (
    dt_id integer NOT NULL,
    hg_hg_id integer NOT NULL,
    PRIMARY KEY (dt_id, hg_hg_id)
);
CREATE TABLE centreon.downtime_host_relation (
    dt_id integer NOT NULL,
    host_host_id integer NOT NULL,
    PRIMARY KEY (dt_id, host_host_id)
);
CREATE TABLE centreon.downtime_period (
    dt_id integer NOT NULL,
    dtp_start_time time without time zone NOT NULL,
    dtp_end_time time without time zone NOT NULL,
    dtp_day_of_week character varying(15),
    dtp_month_cycle character varying(100),
    dtp_day_of_month character varying(100),
    dtp_fixed text,
    dtp_duration integer,
    dtp_next_date date,
    dtp_activate text
);
CREATE TABLE centreon.downtime_servicegroup_relation (
    dt_id integer NOT NULL,
    sg_sg_id integer NOT NULL,
    PRIMARY KEY (dt_id, sg_sg_id)
);
CREATE TABLE centreon.downtime_service_relation (
    dt_id integer NOT NULL,
    host_host_id integer NOT NULL,
    service_service_id integer NOT NULL,
    PRIMARY KEY (dt_id, host_host_id, service_service_id)
);
CREATE TABLE centreon.escalation (
    esc_id integer NOT NULL,
    esc_name character varying(255),
    esc_alias character varying(255),
    first_notification integer,
    last_notification integer,
    notification_interval integer,
    escalation_period integer,
    escalation_options1 character varying(255),
    escalation_options2 character varying(255),
    esc_comment text,
    host_inheritance_to_services smallint NOT NULL,
    hostgroup_inheritance_to_services smallint NOT NULL,
    PRIMARY KEY (esc_id)
);
CREATE TABLE centreon.escalation_contactgroup_relation (
    escalation_esc_id integer,
    contactgroup_cg_id integer
);
CREATE TABLE centreon.escalation_hostgroup_relation (
    escalation_esc_id integer,
    hostgroup_hg_id integer
);
CREATE TABLE centreon.escalation_host_relation (
    escalation_esc_id integer,
    host_host_id integer
);
CREATE TABLE centreon.escalation_meta_service_relation (
    escalation_esc_id integer,
    meta_service_meta_id integer
);
CREATE TABLE centreon.escalation_servicegroup_relation (
    escalation_esc_id integer,
    servicegroup_sg_id integer
);
CREATE TABLE centreon.escalation_service_relation (
    escalation_esc_id integer,
    service_service_id integer,
    host_host_id integer
);
CREATE TABLE centreon.extended_host_information (
    ehi_id integer NOT NULL,
    host_host_id integer,
    ehi_notes text,
    ehi_notes_url text,
    ehi_action_url text,
    ehi_icon_image integer,
    ehi_icon_image_alt character varying(200),
    ehi_vrml_image integer,
    ehi_statusmap_image integer,
    ehi_2d_coords character varying(200),
    ehi_3d_coords character varying(200),
    PRIMARY KEY (ehi_id)
);
CREATE TABLE centreon.extended_service_information (
    esi_id integer NOT NULL,
    service_service_id integer,
    esi_notes text,
    esi_notes_url text,
    esi_action_url text,
    esi_icon_image integer,
    esi_icon_image_alt character varying(200),
    graph_id integer,
    PRIMARY KEY (esi_id)
);
CREATE TABLE centreon.giv_components_template (
    compo_id integer NOT NULL,
    host_id integer,
    service_id integer,
    name character varying(255),
    ds_order integer,
    ds_hidecurve text,
    ds_name character varying(200),
    ds_color_line character varying(255),
    ds_color_line_mode text,
    ds_color_area character varying(255),
    ds_color_area_warn character varying(14),
    ds_color_area_crit character varying(14),
    ds_filled text,
    ds_max text,
    ds_min text,
    ds_minmax_int text,
    ds_average text,
    ds_last text,
    ds_total text,
    ds_tickness integer,
    ds_transparency character varying(254),
    ds_invert text,
    ds_legend character varying(200),
    ds_jumpline text,
    ds_stack text,
    default_tpl1 text,
    comment text,
    PRIMARY KEY (compo_id)
);
CREATE TABLE centreon.giv_graphs_template (
    graph_id integer NOT NULL,
    name character varying(200),
    vertical_label character varying(200),
    width integer,
    height integer,
    base integer,
    lower_limit real,
    upper_limit real,
    size_to_max smallint NOT NULL,
    default_tpl1 text,
    stacked text,
    split_component text,
    scaled text,
    comment text,
    PRIMARY KEY (graph_id)
);
CREATE TABLE centreon.host (
    host_id integer NOT NULL,
    host_template_model_htm_id integer,
    command_command_id integer,
    command_command_id_arg1 text,
    timeperiod_tp_id integer,
    timeperiod_tp_id2 integer,
    command_command_id2 integer,
    command_command_id_arg2 text,
    host_name character varying(200),
    host_alias character varying(200),
    host_address character varying(255),
    display_name character varying(255),
    host_max_check_attempts integer,
    host_check_interval integer,
    host_retry_check_interval integer,
    host_active_checks_enabled text,
    host_passive_checks_enabled text,
    host_checks_enabled text,
    initial_state text,
    host_obsess_over_host text,
    host_check_freshness text,
    host_freshness_threshold integer,
    host_event_handler_enabled text,
    host_low_flap_threshold integer,
    host_high_flap_threshold integer,
    host_flap_detection_enabled text,
    flap_detection_options character varying(255),
    host_process_perf_data text,
    host_retain_status_information text,
    host_retain_nonstatus_information text,
    host_notification_interval integer,
    host_recovery_notification_delay integer,
    host_notification_options character varying(200),
    host_notifications_enabled text,
    contact_additive_inheritance smallint,
    cg_additive_inheritance smallint,
    host_first_notification_delay integer,
    host_acknowledgement_timeout integer,
    host_stalking_options character varying(200),
    host_snmp_community character varying(255),
    host_snmp_version character varying(255),
    host_location integer,
    host_comment text,
    geo_coords character varying(32),
    host_locked smallint,
    host_register text,
    host_activate text,
    PRIMARY KEY (host_id)
);
CREATE TABLE centreon.hostcategories (
    hc_id integer NOT NULL,
    hc_name character varying(200),
    hc_alias character varying(200),
    level smallint,
    icon_id integer,
    hc_comment text,
    hc_activate text NOT NULL,
    PRIMARY KEY (hc_id)
);
CREATE TABLE centreon.hostcategories_relation (
    hostcategories_hc_id integer,
    host_host_id integer
);
CREATE TABLE centreon.hostgroup (
    hg_id integer NOT NULL,
    hg_name character varying(200),
    hg_alias character varying(200),
    hg_notes character varying(255),
    hg_notes_url character varying(255),
    hg_action_url character varying(255),
    hg_icon_image integer,
    hg_map_icon_image integer,
    hg_rrd_retention integer,
    geo_coords character varying(32),
    hg_comment text,
    hg_activate text NOT NULL,
    PRIMARY KEY (hg_id)
);
CREATE TABLE centreon.hostgroup_hg_relation (
    hg_parent_id integer,
    hg_child_id integer
);
CREATE TABLE centreon.hostgroup_relation (
    hgr_id integer NOT NULL,
    hostgroup_hg_id integer,
    host_host_id integer,
    PRIMARY KEY (hgr_id)
);
CREATE TABLE centreon.host_hostparent_relation (
    host_parent_hp_id integer,
    host_host_id integer
);
CREATE TABLE centreon.host_service_relation (
    hsr_id integer NOT NULL,
    hostgroup_hg_id integer,
    host_host_id integer,
    servicegroup_sg_id integer,
    service_service_id integer,
    PRIMARY KEY (hsr_id)
);
CREATE TABLE centreon.host_template_relation (
    host_host_id integer NOT NULL,
    host_tpl_id integer NOT NULL,
    "order" integer,
    PRIMARY KEY (host_host_id, host_tpl_id)
);
CREATE TABLE centreon.index_data (
    id bigint NOT NULL,
    host_name character varying(255),
    host_id integer,
    service_description character varying(255),
    service_id integer,
    check_interval integer,
    special text,
    hidden text,
    locked text,
    trashed text,
    must_be_rebuild text,
    storage_type text,
    to_delete integer,
    rrd_retention integer,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.informations (
    key character varying(25),
    value character varying(1024)
);
CREATE TABLE centreon.locale (
    locale_id integer NOT NULL,
    locale_short_name character varying(3) NOT NULL,
    locale_long_name character varying(255) NOT NULL,
    locale_img character varying(255) NOT NULL,
    PRIMARY KEY (locale_id)
);
CREATE TABLE centreon.log_action (
    action_log_id integer NOT NULL,
    action_log_date integer NOT NULL,
    object_type character varying(255) NOT NULL,
    object_id integer NOT NULL,
    object_name character varying(255) NOT NULL,
    action_type character varying(255) NOT NULL,
    log_contact_id integer NOT NULL,
    PRIMARY KEY (action_log_id)
);
CREATE TABLE centreon.log_action_modification (
    modification_id integer NOT NULL,
    field_name character varying(255) NOT NULL,
    field_value text NOT NULL,
    action_log_id integer NOT NULL,
    PRIMARY KEY (modification_id)
);
CREATE TABLE centreon.log_archive_last_status (
    host_id integer,
    service_id integer,
    host_name character varying(255),
    service_description character varying(255),
    status character varying(255),
    ctime integer
);
CREATE TABLE centreon.log_traps (
    trap_id integer NOT NULL,
    trap_time integer,
    timeout text,
    host_name character varying(255),
    ip_address character varying(255),
    agent_host_name character varying(255),
    agent_ip_address character varying(255),
    trap_oid character varying(512),
    trap_name character varying(255),
    vendor character varying(255),
    status integer,
    severity_id integer,
    severity_name character varying(255),
    output_message character varying(2048)
);
CREATE TABLE centreon.log_traps_args (
    fk_log_traps integer NOT NULL,
    arg_number integer,
    arg_oid character varying(255),
    arg_value character varying(255),
    trap_time integer
);
CREATE TABLE centreon.meta_contact (
    meta_id integer NOT NULL,
    contact_id integer NOT NULL,
    PRIMARY KEY (meta_id, contact_id)
);
CREATE TABLE centreon.meta_contactgroup_relation (
    meta_id integer,
    cg_cg_id integer
);
CREATE TABLE centreon.meta_service (
    meta_id integer NOT NULL,
    meta_name character varying(254),
    meta_display character varying(254),
    check_period integer,
    max_check_attempts integer,
    normal_check_interval integer,
    retry_check_interval integer,
    notification_interval integer,
    notification_period integer,
    notification_options character varying(255),
    notifications_enabled text,
    calcul_type text,
    data_source_type smallint NOT NULL,
    meta_select_mode text,
    regexp_str character varying(254),
    metric character varying(255),
    warning character varying(254),
    critical character varying(254),
    graph_id integer,
    meta_comment text,
    geo_coords character varying(32),
    meta_activate text,
    PRIMARY KEY (meta_id)
);
CREATE TABLE centreon.meta_service_relation (
    msr_id integer NOT NULL,
    meta_id integer,
    host_id integer,
    metric_id integer,
    msr_comment text,
    activate text,
    PRIMARY KEY (msr_id)
);
CREATE TABLE centreon.metrics (
    metric_id integer NOT NULL,
    index_id bigint,
    metric_name character varying(255),
    data_source_type text,
    unit_name character varying(32),
    current_value real,
    warn real,
    warn_low real,
    warn_threshold_mode smallint,
    crit real,
    crit_low real,
    crit_threshold_mode smallint,
    hidden text,
    min real,
    max real,
    locked text,
    to_delete integer,
    PRIMARY KEY (metric_id)
);
CREATE TABLE centreon.modules_informations (
    id integer NOT NULL,
    name character varying(255),
    rname character varying(255),
    mod_release character varying(255),
    is_removeable text,
    infos text,
    author character varying(255),
    svc_tools text,
    host_tools text,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.nagios_macro (
    macro_id integer NOT NULL,
    macro_name character varying(255),
    PRIMARY KEY (macro_id)
);
CREATE TABLE centreon.nagios_server (
    id integer NOT NULL,
    name character varying(40),
    localhost text,
    is_default integer,
    last_restart integer,
    ns_ip_address character varying(255),
    ns_activate text,
    ns_status text,
    engine_start_command character varying(255),
    engine_stop_command character varying(255),
    engine_restart_command character varying(255),
    engine_reload_command character varying(255),
    nagios_bin character varying(255),
    nagiostats_bin character varying(255),
    nagios_perfdata character varying(255),
    broker_reload_command character varying(255),
    centreonbroker_cfg_path character varying(255),
    centreonbroker_module_path character varying(255),
    centreonconnector_path character varying(255),
    ssh_port integer,
    gorgone_communication_type text NOT NULL,
    gorgone_port integer,
    init_script_centreontrapd character varying(255),
    snmp_trapd_path_conf character varying(255),
    engine_name character varying(255),
    engine_version character varying(255),
    centreonbroker_logs_path character varying(255),
    remote_id integer,
    remote_server_use_as_proxy text NOT NULL,
    updated text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.nagios_stats (
    instance_id integer NOT NULL,
    stat_key character varying(255) NOT NULL,
    stat_value character varying(255) NOT NULL,
    stat_label character varying(255) NOT NULL
);
CREATE TABLE centreon.ns_host_relation (
    nagios_server_id integer NOT NULL,
    host_host_id integer NOT NULL,
    PRIMARY KEY (nagios_server_id, host_host_id)
);
CREATE TABLE centreon.ods_view_details (
    dv_id integer NOT NULL,
    index_id bigint,
    metric_id integer,
    rnd_color character varying(7),
    contact_id integer,
    all_user text,
    PRIMARY KEY (dv_id)
);
CREATE TABLE centreon.on_demand_macro_command (
    command_macro_id integer NOT NULL,
    command_macro_name character varying(255) NOT NULL,
    command_macro_desciption text,
    command_command_id integer NOT NULL,
    command_macro_type text,
    PRIMARY KEY (command_macro_id)
);
CREATE TABLE centreon.on_demand_macro_host (
    host_macro_id integer NOT NULL,
    host_macro_name character varying(255) NOT NULL,
    host_macro_value character varying(4096) NOT NULL,
    is_password smallint,
    description text,
    host_host_id integer NOT NULL,
    macro_order integer,
    PRIMARY KEY (host_macro_id)
);
CREATE TABLE centreon.on_demand_macro_service (
    svc_macro_id integer NOT NULL,
    svc_macro_name character varying(255) NOT NULL,
    svc_macro_value character varying(4096) NOT NULL,
    is_password smallint,
    description text,
    svc_svc_id integer NOT NULL,
    macro_order integer,
    PRIMARY KEY (svc_macro_id)
);
CREATE TABLE centreon.options (
    key character varying(255),
    value character varying(255)
);
CREATE TABLE centreon.password_expiration_excluded_users (
    provider_configuration_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (provider_configuration_id, user_id)
);
CREATE TABLE centreon.platform_topology (
    id integer NOT NULL,
    address character varying(255) NOT NULL,
    hostname character varying(255),
    name character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    parent_id integer,
    pending text,
    server_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.poller_command_relations (
    poller_id integer NOT NULL,
    command_id integer NOT NULL,
    command_order smallint
);
CREATE TABLE centreon.provider_configuration (
    id integer NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    custom_configuration text NOT NULL,
    is_active smallint NOT NULL,
    is_forced smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.remote_servers (
    id integer NOT NULL,
    ip character varying(255) NOT NULL,
    version character varying(16) NOT NULL,
    is_connected smallint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    connected_at timestamp without time zone,
    centreon_path character varying(255),
    http_method text NOT NULL,
    http_port integer,
    no_check_certificate text NOT NULL,
    no_proxy text NOT NULL,
    server_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.resources (
    resource_id bigint NOT NULL,
    internal_id bigint,
    id bigint NOT NULL,
    parent_id bigint NOT NULL,
    type smallint NOT NULL,
    status smallint,
    status_ordered smallint,
    in_downtime smallint NOT NULL,
    acknowledged smallint NOT NULL,
    status_confirmed smallint,
    check_attempts smallint,
    max_check_attempts smallint,
    poller_id bigint NOT NULL,
    severity_id bigint,
    name character varying(255),
    alias character varying(255),
    address character varying(255),
    parent_name character varying(255),
    notes_url character varying(2048),
    notes character varying(512),
    action_url character varying(2048),
    has_graph smallint NOT NULL,
    notifications_enabled smallint NOT NULL,
    passive_checks_enabled smallint NOT NULL,
    active_checks_enabled smallint NOT NULL,
    last_check_type smallint NOT NULL,
    last_check bigint,
    last_status_change bigint,
    output text,
    enabled smallint NOT NULL,
    icon_id bigint,
    PRIMARY KEY (resource_id)
);
CREATE TABLE centreon.resources_tags (
    tag_id bigint NOT NULL,
    resource_id bigint NOT NULL,
    PRIMARY KEY (tag_id, resource_id)
);
CREATE TABLE centreon.rs_poller_relation (
    remote_server_id integer NOT NULL,
    poller_server_id integer NOT NULL
);
CREATE TABLE centreon.security_authentication_tokens (
    token character varying(255) NOT NULL,
    provider_token_id integer,
    provider_token_refresh_id integer,
    provider_configuration_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (token)
);
CREATE TABLE centreon.security_provider_access_group_relation (
    claim_value character varying(255) NOT NULL,
    access_group_id integer NOT NULL,
    provider_configuration_id integer NOT NULL,
    priority integer NOT NULL,
    PRIMARY KEY (claim_value, access_group_id, provider_configuration_id)
);
CREATE TABLE centreon.security_provider_contact_group_relation (
    claim_value character varying(255) NOT NULL,
    contact_group_id integer NOT NULL,
    provider_configuration_id integer NOT NULL,
    PRIMARY KEY (claim_value, contact_group_id, provider_configuration_id)
);
CREATE TABLE centreon.security_token (
    id integer NOT NULL,
    token character varying(4096) NOT NULL,
    creation_date bigint NOT NULL,
    expiration_date bigint,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.service (
    service_id integer NOT NULL,
    service_template_model_stm_id integer,
    command_command_id integer,
    timeperiod_tp_id integer,
    command_command_id2 integer,
    timeperiod_tp_id2 integer,
    service_description character varying(200),
    service_alias character varying(255),
    display_name character varying(255),
    service_is_volatile text,
    service_max_check_attempts integer,
    service_normal_check_interval integer,
    service_retry_check_interval integer,
    service_active_checks_enabled text,
    service_passive_checks_enabled text,
    initial_state text,
    service_parallelize_check text,
    service_obsess_over_service text,
    service_check_freshness text,
    service_freshness_threshold integer,
    service_event_handler_enabled text,
    service_low_flap_threshold integer,
    service_high_flap_threshold integer,
    service_flap_detection_enabled text,
    service_process_perf_data text,
    service_retain_status_information text,
    service_retain_nonstatus_information text,
    service_notification_interval integer,
    service_recovery_notification_delay integer,
    service_notification_options character varying(200),
    service_notifications_enabled text,
    contact_additive_inheritance smallint,
    cg_additive_inheritance smallint,
    service_inherit_contacts_from_host text,
    service_use_only_contacts_from_host text,
    service_first_notification_delay integer,
    service_acknowledgement_timeout integer,
    service_stalking_options character varying(200),
    service_comment text,
    geo_coords character varying(32),
    command_command_id_arg text,
    command_command_id_arg2 text,
    service_locked smallint,
    service_register text NOT NULL,
    service_activate text NOT NULL,
    PRIMARY KEY (service_id)
);
CREATE TABLE centreon.servicegroup (
    sg_id integer NOT NULL,
    sg_name character varying(200),
    sg_alias character varying(200),
    sg_comment text,
    geo_coords character varying(32),
    sg_activate text NOT NULL,
    PRIMARY KEY (sg_id)
);
CREATE TABLE centreon.servicegroup_relation (
    sgr_id integer NOT NULL,
    host_host_id integer,
    hostgroup_hg_id integer,
    service_service_id integer,
    servicegroup_sg_id integer,
    PRIMARY KEY (sgr_id)
);
CREATE TABLE centreon.service_categories (
    sc_id integer NOT NULL,
    sc_name character varying(255),
    sc_description character varying(255),
    level smallint,
    icon_id integer,
    sc_activate text,
    PRIMARY KEY (sc_id)
);
CREATE TABLE centreon.service_categories_relation (
    scr_id integer NOT NULL,
    service_service_id integer,
    sc_id integer,
    PRIMARY KEY (scr_id)
);
CREATE TABLE centreon.session (
    id integer NOT NULL,
    session_id character varying(256),
    user_id integer,
    current_page integer,
    last_reload bigint,
    ip_address character varying(45),
    s_nbhostsup integer,
    s_nbhostsdown integer,
    s_nbhostsunreachable integer,
    s_nbhostspending integer,
    s_nbservicesok integer,
    s_nbserviceswarning integer,
    s_nbservicescritical integer,
    s_nbservicespending integer,
    s_nbservicesunknown integer,
    update_acl text,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.severities (
    severity_id bigint NOT NULL,
    id bigint NOT NULL,
    type smallint NOT NULL,
    name character varying(255) NOT NULL,
    level bigint NOT NULL,
    icon_id bigint NOT NULL,
    PRIMARY KEY (severity_id)
);
CREATE TABLE centreon.tags (
    tag_id bigint NOT NULL,
    id bigint NOT NULL,
    type smallint NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (tag_id)
);
CREATE TABLE centreon.task (
    id integer NOT NULL,
    type character varying(40) NOT NULL,
    status character varying(40) NOT NULL,
    parent_id integer,
    params bytea,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.timeperiod (
    tp_id integer NOT NULL,
    tp_name character varying(200),
    tp_alias character varying(200),
    tp_sunday character varying(2048),
    tp_monday character varying(2048),
    tp_tuesday character varying(2048),
    tp_wednesday character varying(2048),
    tp_thursday character varying(2048),
    tp_friday character varying(2048),
    tp_saturday character varying(2048),
    PRIMARY KEY (tp_id)
);
CREATE TABLE centreon.timeperiod_exceptions (
    exception_id integer NOT NULL,
    timeperiod_id integer NOT NULL,
    days character varying(255) NOT NULL,
    timerange character varying(255) NOT NULL,
    PRIMARY KEY (exception_id)
);
CREATE TABLE centreon.timeperiod_exclude_relations (
    exclude_id integer NOT NULL,
    timeperiod_id integer NOT NULL,
    timeperiod_exclude_id integer NOT NULL,
    PRIMARY KEY (exclude_id)
);
CREATE TABLE centreon.timeperiod_include_relations (
    include_id integer NOT NULL,
    timeperiod_id integer NOT NULL,
    timeperiod_include_id integer NOT NULL,
    PRIMARY KEY (include_id)
);
CREATE TABLE centreon.timezone (
    timezone_id bigint NOT NULL,
    timezone_name character varying(200) NOT NULL,
    timezone_offset character varying(200) NOT NULL,
    timezone_dst_offset character varying(200) NOT NULL,
    timezone_description character varying(255),
    PRIMARY KEY (timezone_id)
);
CREATE TABLE centreon.topology (
    topology_id integer NOT NULL,
    topology_name character varying(255),
    topology_parent integer,
    topology_page integer,
    topology_order integer,
    topology_group integer,
    topology_url character varying(255),
    topology_url_opt character varying(255),
    topology_popup text,
    topology_modules text,
    topology_show text,
    is_deprecated text NOT NULL,
    topology_style_class character varying(255),
    topology_style_id character varying(255),
    topology_onclick character varying(255),
    readonly text NOT NULL,
    is_react text NOT NULL,
    PRIMARY KEY (topology_id)
);
CREATE TABLE centreon.topology_js (
    id_t_js integer NOT NULL,
    id_page integer,
    o character varying(12),
    pathname_js text,
    init text,
    PRIMARY KEY (id_t_js)
);
CREATE TABLE centreon.traps (
    traps_id integer NOT NULL,
    traps_name character varying(255),
    traps_oid character varying(255),
    traps_mode text,
    traps_args text,
    traps_status text,
    severity_id integer,
    manufacturer_id integer,
    traps_reschedule_svc_enable text,
    traps_execution_command text,
    traps_execution_command_enable text,
    traps_submit_result_enable text,
    traps_advanced_treatment text,
    traps_advanced_treatment_default text,
    traps_timeout integer,
    traps_exec_interval integer,
    traps_exec_interval_type text,
    traps_log text,
    traps_routing_mode text,
    traps_routing_value character varying(255),
    traps_routing_filter_services character varying(255),
    traps_exec_method text,
    traps_downtime text,
    traps_output_transform character varying(255),
    traps_customcode text,
    traps_comments text
);
CREATE TABLE centreon.traps_group (
    traps_group_id integer NOT NULL,
    traps_group_name character varying(255) NOT NULL,
    PRIMARY KEY (traps_group_id)
);
CREATE TABLE centreon.traps_group_relation (
    traps_group_id integer NOT NULL,
    traps_id integer NOT NULL
);
CREATE TABLE centreon.traps_matching_properties (
    tmo_id integer NOT NULL,
    trap_id integer,
    tmo_order integer,
    tmo_regexp character varying(255),
    tmo_string character varying(255),
    tmo_status integer,
    severity_id integer,
    PRIMARY KEY (tmo_id)
);
CREATE TABLE centreon.traps_preexec (
    trap_id integer,
    tpe_order integer,
    tpe_string character varying(512)
);
CREATE TABLE centreon.traps_service_relation (
    traps_id integer,
    service_id integer
);
CREATE TABLE centreon.traps_vendor (
    id integer NOT NULL,
    name character varying(254),
    alias character varying(254),
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.user_filter (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    user_id integer NOT NULL,
    page_name character varying(255) NOT NULL,
    criterias text,
    "order" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE centreon.view_img (
    img_id integer NOT NULL,
    img_name character varying(255),
    img_path character varying(255),
    img_comment text,
    PRIMARY KEY (img_id)
);
CREATE TABLE centreon.view_img_dir (
    dir_id integer NOT NULL,
    dir_name character varying(255),
    dir_alias character varying(255),
    dir_comment text,
    PRIMARY KEY (dir_id)
);
CREATE TABLE centreon.view_img_dir_relation (
    vidr_id integer NOT NULL,
    dir_dir_parent_id integer,
    img_img_id integer,
    PRIMARY KEY (vidr_id)
);
CREATE TABLE centreon.virtual_metrics (
    vmetric_id integer NOT NULL,
    index_id bigint,
    vmetric_name character varying(255),
    def_type text,
    rpn_function character varying(255),
    warn integer,
    crit integer,
    unit_name character varying(32),
    hidden text,
    comment text,
    vmetric_activate text,
    ck_state text,
    PRIMARY KEY (vmetric_id)
);
CREATE TABLE centreon.widgets (
    widget_id integer NOT NULL,
    widget_model_id integer NOT NULL,
    title character varying(255) NOT NULL,
    PRIMARY KEY (widget_id)
);
CREATE TABLE centreon.widget_models (
    widget_model_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    url character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    directory character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    email character varying(255),
    website character varying(255),
    keywords character varying(255),
    screenshot character varying(255),
    thumbnail character varying(255),
    autorefresh integer,
    PRIMARY KEY (widget_model_id)
);
CREATE TABLE centreon.widget_parameters (
    parameter_id integer NOT NULL,
    parameter_name character varying(255) NOT NULL,
    parameter_code_name character varying(255) NOT NULL,
    default_value character varying(255),
    parameter_order smallint NOT NULL,
    header_title character varying(255),
    require_permission character varying(255) NOT NULL,
    widget_model_id integer NOT NULL,
    field_type_id integer NOT NULL,
    PRIMARY KEY (parameter_id)
);
CREATE TABLE centreon.widget_parameters_field_type (
    field_type_id integer NOT NULL,
    ft_typename character varying(50) NOT NULL,
    is_connector smallint NOT NULL,
    PRIMARY KEY (field_type_id)
);
CREATE TABLE centreon.widget_parameters_multiple_options (
    parameter_id integer NOT NULL,
    option_name character varying(255) NOT NULL,
    option_value character varying(255) NOT NULL
);
CREATE TABLE centreon.widget_parameters_range (
    parameter_id integer NOT NULL,
    min_range integer NOT NULL,
    max_range integer NOT NULL,
    step integer NOT NULL
);
CREATE TABLE centreon.widget_preferences (
    widget_view_id integer NOT NULL,
    parameter_id integer NOT NULL,
    preference_value character varying(255) NOT NULL,
    user_id integer NOT NULL
);
CREATE TABLE centreon.widget_views (
    widget_view_id integer NOT NULL,
    custom_view_id integer NOT NULL,
    widget_id integer NOT NULL,
    widget_order character varying(255) NOT NULL,
    PRIMARY KEY (widget_view_id)
);
ALTER TABLE centreon.acl_actions_rules ADD FOREIGN KEY (acl_action_rule_id) REFERENCES centreon.acl_actions (acl_action_id);
ALTER TABLE centreon.acl_group_contactgroups_relations ADD FOREIGN KEY (cg_cg_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.acl_group_contactgroups_relations ADD FOREIGN KEY (acl_group_id) REFERENCES centreon.acl_groups (acl_group_id);
ALTER TABLE centreon.acl_group_contacts_relations ADD FOREIGN KEY (contact_contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.acl_group_contacts_relations ADD FOREIGN KEY (acl_group_id) REFERENCES centreon.acl_groups (acl_group_id);
ALTER TABLE centreon.acl_group_topology_relations ADD FOREIGN KEY (acl_group_id) REFERENCES centreon.acl_groups (acl_group_id);
ALTER TABLE centreon.acl_group_topology_relations ADD FOREIGN KEY (acl_topology_id) REFERENCES centreon.acl_topology (acl_topo_id);
ALTER TABLE centreon.acl_resources_hc_relations ADD FOREIGN KEY (hc_id) REFERENCES centreon.hostcategories (hc_id);
ALTER TABLE centreon.acl_resources_hc_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_resources_hg_relations ADD FOREIGN KEY (hg_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.acl_resources_hg_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_resources_hostex_relations ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.acl_resources_hostex_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_resources_host_relations ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.acl_resources_host_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_resources_meta_relations ADD FOREIGN KEY (meta_id) REFERENCES centreon.meta_service (meta_id);
ALTER TABLE centreon.acl_resources_meta_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_resources_poller_relations ADD FOREIGN KEY (poller_id) REFERENCES centreon.nagios_server (id);
ALTER TABLE centreon.acl_resources_poller_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_resources_sc_relations ADD FOREIGN KEY (sc_id) REFERENCES centreon.service_categories (sc_id);
ALTER TABLE centreon.acl_resources_sc_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_resources_service_relations ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.acl_resources_service_relations ADD FOREIGN KEY (acl_group_id) REFERENCES centreon.acl_groups (acl_group_id);
ALTER TABLE centreon.acl_resources_sg_relations ADD FOREIGN KEY (sg_id) REFERENCES centreon.servicegroup (sg_id);
ALTER TABLE centreon.acl_resources_sg_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_res_group_relations ADD FOREIGN KEY (acl_res_id) REFERENCES centreon.acl_resources (acl_res_id);
ALTER TABLE centreon.acl_res_group_relations ADD FOREIGN KEY (acl_group_id) REFERENCES centreon.acl_groups (acl_group_id);
ALTER TABLE centreon.acl_topology_relations ADD FOREIGN KEY (topology_topology_id) REFERENCES centreon.topology (topology_id);
ALTER TABLE centreon.acl_topology_relations ADD FOREIGN KEY (acl_topo_id) REFERENCES centreon.acl_topology (acl_topo_id);
ALTER TABLE centreon.auth_ressource_host ADD FOREIGN KEY (auth_ressource_id) REFERENCES centreon.auth_ressource (ar_id);
ALTER TABLE centreon.auth_ressource_info ADD FOREIGN KEY (ar_id) REFERENCES centreon.auth_ressource (ar_id);
ALTER TABLE centreon.cb_fieldgroup ADD FOREIGN KEY (group_parent_id) REFERENCES centreon.cb_fieldgroup (cb_fieldgroup_id);
ALTER TABLE centreon.cb_list ADD FOREIGN KEY (cb_field_id) REFERENCES centreon.cb_field (cb_field_id);
ALTER TABLE centreon.cb_module_relation ADD FOREIGN KEY (cb_module_id) REFERENCES centreon.cb_module (cb_module_id);
ALTER TABLE centreon.cb_module_relation ADD FOREIGN KEY (module_depend_id) REFERENCES centreon.cb_module (cb_module_id);
ALTER TABLE centreon.cb_tag_type_relation ADD FOREIGN KEY (cb_tag_id) REFERENCES centreon.cb_tag (cb_tag_id);
ALTER TABLE centreon.cb_tag_type_relation ADD FOREIGN KEY (cb_type_id) REFERENCES centreon.cb_type (cb_type_id);
ALTER TABLE centreon.cb_type ADD FOREIGN KEY (cb_module_id) REFERENCES centreon.cb_module (cb_module_id);
ALTER TABLE centreon.cb_type_field_relation ADD FOREIGN KEY (cb_type_id) REFERENCES centreon.cb_type (cb_type_id);
ALTER TABLE centreon.cb_type_field_relation ADD FOREIGN KEY (cb_field_id) REFERENCES centreon.cb_field (cb_field_id);
ALTER TABLE centreon.cfg_centreonbroker_info ADD FOREIGN KEY (config_id) REFERENCES centreon.cfg_centreonbroker (config_id);
ALTER TABLE centreon.cfg_nagios ADD FOREIGN KEY (global_host_event_handler) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.cfg_nagios ADD FOREIGN KEY (global_service_event_handler) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.cfg_nagios ADD FOREIGN KEY (nagios_server_id) REFERENCES centreon.nagios_server (id);
ALTER TABLE centreon.cfg_nagios ADD FOREIGN KEY (use_timezone) REFERENCES centreon.timezone (timezone_id);
ALTER TABLE centreon.cfg_nagios_broker_module ADD FOREIGN KEY (cfg_nagios_id) REFERENCES centreon.cfg_nagios (nagios_id);
ALTER TABLE centreon.cfg_nagios_logger ADD FOREIGN KEY (cfg_nagios_id) REFERENCES centreon.cfg_nagios (nagios_id);
ALTER TABLE centreon.cfg_resource_instance_relations ADD FOREIGN KEY (instance_id) REFERENCES centreon.nagios_server (id);
ALTER TABLE centreon.cfg_resource_instance_relations ADD FOREIGN KEY (resource_id) REFERENCES centreon.cfg_resource (resource_id);
ALTER TABLE centreon.command ADD FOREIGN KEY (connector_id) REFERENCES centreon.connector (id);
ALTER TABLE centreon.command_arg_description ADD FOREIGN KEY (cmd_id) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.contact ADD FOREIGN KEY (timeperiod_tp_id) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.contact ADD FOREIGN KEY (timeperiod_tp_id2) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.contact ADD FOREIGN KEY (contact_template_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.contact ADD FOREIGN KEY (ar_id) REFERENCES centreon.auth_ressource (ar_id);
ALTER TABLE centreon.contactgroup_contact_relation ADD FOREIGN KEY (contact_contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.contactgroup_contact_relation ADD FOREIGN KEY (contactgroup_cg_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.contactgroup_hostgroup_relation ADD FOREIGN KEY (contactgroup_cg_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.contactgroup_hostgroup_relation ADD FOREIGN KEY (hostgroup_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.contactgroup_host_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.contactgroup_host_relation ADD FOREIGN KEY (contactgroup_cg_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.contactgroup_servicegroup_relation ADD FOREIGN KEY (contactgroup_cg_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.contactgroup_servicegroup_relation ADD FOREIGN KEY (servicegroup_sg_id) REFERENCES centreon.servicegroup (sg_id);
ALTER TABLE centreon.contactgroup_service_relation ADD FOREIGN KEY (contactgroup_cg_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.contactgroup_service_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.contact_feature ADD FOREIGN KEY (contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.contact_hostcommands_relation ADD FOREIGN KEY (contact_contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.contact_hostcommands_relation ADD FOREIGN KEY (command_command_id) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.contact_host_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.contact_host_relation ADD FOREIGN KEY (contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.contact_param ADD FOREIGN KEY (cp_contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.contact_password ADD FOREIGN KEY (contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.contact_servicecommands_relation ADD FOREIGN KEY (contact_contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.contact_servicecommands_relation ADD FOREIGN KEY (command_command_id) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.contact_service_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.contact_service_relation ADD FOREIGN KEY (contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.custom_view_default ADD FOREIGN KEY (custom_view_id) REFERENCES centreon.custom_views (custom_view_id);
ALTER TABLE centreon.custom_view_default ADD FOREIGN KEY (user_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.custom_view_user_relation ADD FOREIGN KEY (usergroup_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.custom_view_user_relation ADD FOREIGN KEY (user_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.custom_view_user_relation ADD FOREIGN KEY (custom_view_id) REFERENCES centreon.custom_views (custom_view_id);
ALTER TABLE centreon.dependency_hostchild_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_hostchild_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.dependency_hostgroupchild_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_hostgroupchild_relation ADD FOREIGN KEY (hostgroup_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.dependency_hostgroupparent_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_hostgroupparent_relation ADD FOREIGN KEY (hostgroup_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.dependency_hostparent_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_hostparent_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.dependency_metaservicechild_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_metaservicechild_relation ADD FOREIGN KEY (meta_service_meta_id) REFERENCES centreon.meta_service (meta_id);
ALTER TABLE centreon.dependency_metaserviceparent_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_metaserviceparent_relation ADD FOREIGN KEY (meta_service_meta_id) REFERENCES centreon.meta_service (meta_id);
ALTER TABLE centreon.dependency_servicechild_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_servicechild_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.dependency_servicechild_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.dependency_servicegroupchild_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_servicegroupchild_relation ADD FOREIGN KEY (servicegroup_sg_id) REFERENCES centreon.servicegroup (sg_id);
ALTER TABLE centreon.dependency_servicegroupparent_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_servicegroupparent_relation ADD FOREIGN KEY (servicegroup_sg_id) REFERENCES centreon.servicegroup (sg_id);
ALTER TABLE centreon.dependency_serviceparent_relation ADD FOREIGN KEY (dependency_dep_id) REFERENCES centreon.dependency (dep_id);
ALTER TABLE centreon.dependency_serviceparent_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.dependency_serviceparent_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.downtime_cache ADD FOREIGN KEY (downtime_id) REFERENCES centreon.downtime (dt_id);
ALTER TABLE centreon.downtime_cache ADD FOREIGN KEY (host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.downtime_cache ADD FOREIGN KEY (service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.downtime_hostgroup_relation ADD FOREIGN KEY (hg_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.downtime_hostgroup_relation ADD FOREIGN KEY (dt_id) REFERENCES centreon.downtime (dt_id);
ALTER TABLE centreon.downtime_host_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.downtime_host_relation ADD FOREIGN KEY (dt_id) REFERENCES centreon.downtime (dt_id);
ALTER TABLE centreon.downtime_period ADD FOREIGN KEY (dt_id) REFERENCES centreon.downtime (dt_id);
ALTER TABLE centreon.downtime_servicegroup_relation ADD FOREIGN KEY (sg_sg_id) REFERENCES centreon.servicegroup (sg_id);
ALTER TABLE centreon.downtime_servicegroup_relation ADD FOREIGN KEY (dt_id) REFERENCES centreon.downtime (dt_id);
ALTER TABLE centreon.downtime_service_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.downtime_service_relation ADD FOREIGN KEY (dt_id) REFERENCES centreon.downtime (dt_id);
ALTER TABLE centreon.downtime_service_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.escalation ADD FOREIGN KEY (escalation_period) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.escalation_contactgroup_relation ADD FOREIGN KEY (escalation_esc_id) REFERENCES centreon.escalation (esc_id);
ALTER TABLE centreon.escalation_contactgroup_relation ADD FOREIGN KEY (contactgroup_cg_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.escalation_hostgroup_relation ADD FOREIGN KEY (escalation_esc_id) REFERENCES centreon.escalation (esc_id);
ALTER TABLE centreon.escalation_hostgroup_relation ADD FOREIGN KEY (hostgroup_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.escalation_host_relation ADD FOREIGN KEY (escalation_esc_id) REFERENCES centreon.escalation (esc_id);
ALTER TABLE centreon.escalation_host_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.escalation_meta_service_relation ADD FOREIGN KEY (escalation_esc_id) REFERENCES centreon.escalation (esc_id);
ALTER TABLE centreon.escalation_meta_service_relation ADD FOREIGN KEY (meta_service_meta_id) REFERENCES centreon.meta_service (meta_id);
ALTER TABLE centreon.escalation_servicegroup_relation ADD FOREIGN KEY (escalation_esc_id) REFERENCES centreon.escalation (esc_id);
ALTER TABLE centreon.escalation_servicegroup_relation ADD FOREIGN KEY (servicegroup_sg_id) REFERENCES centreon.servicegroup (sg_id);
ALTER TABLE centreon.escalation_service_relation ADD FOREIGN KEY (escalation_esc_id) REFERENCES centreon.escalation (esc_id);
ALTER TABLE centreon.escalation_service_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.escalation_service_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.extended_host_information ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.extended_host_information ADD FOREIGN KEY (ehi_icon_image) REFERENCES centreon.view_img (img_id);
ALTER TABLE centreon.extended_host_information ADD FOREIGN KEY (ehi_statusmap_image) REFERENCES centreon.view_img (img_id);
ALTER TABLE centreon.extended_service_information ADD FOREIGN KEY (graph_id) REFERENCES centreon.giv_graphs_template (graph_id);
ALTER TABLE centreon.extended_service_information ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.extended_service_information ADD FOREIGN KEY (esi_icon_image) REFERENCES centreon.view_img (img_id);
ALTER TABLE centreon.host ADD FOREIGN KEY (command_command_id) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.host ADD FOREIGN KEY (command_command_id2) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.host ADD FOREIGN KEY (timeperiod_tp_id) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.host ADD FOREIGN KEY (timeperiod_tp_id2) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.hostcategories_relation ADD FOREIGN KEY (hostcategories_hc_id) REFERENCES centreon.hostcategories (hc_id);
ALTER TABLE centreon.hostcategories_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.hostgroup_hg_relation ADD FOREIGN KEY (hg_parent_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.hostgroup_hg_relation ADD FOREIGN KEY (hg_child_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.hostgroup_relation ADD FOREIGN KEY (hostgroup_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.hostgroup_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.host_hostparent_relation ADD FOREIGN KEY (host_parent_hp_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.host_hostparent_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.host_service_relation ADD FOREIGN KEY (hostgroup_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.host_service_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.host_service_relation ADD FOREIGN KEY (servicegroup_sg_id) REFERENCES centreon.servicegroup (sg_id);
ALTER TABLE centreon.host_service_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.host_template_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.host_template_relation ADD FOREIGN KEY (host_tpl_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.meta_contact ADD FOREIGN KEY (meta_id) REFERENCES centreon.meta_service (meta_id);
ALTER TABLE centreon.meta_contact ADD FOREIGN KEY (contact_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.meta_contactgroup_relation ADD FOREIGN KEY (meta_id) REFERENCES centreon.meta_service (meta_id);
ALTER TABLE centreon.meta_contactgroup_relation ADD FOREIGN KEY (cg_cg_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.meta_service ADD FOREIGN KEY (check_period) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.meta_service ADD FOREIGN KEY (notification_period) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.meta_service ADD FOREIGN KEY (graph_id) REFERENCES centreon.giv_graphs_template (graph_id);
ALTER TABLE centreon.meta_service_relation ADD FOREIGN KEY (host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.meta_service_relation ADD FOREIGN KEY (meta_id) REFERENCES centreon.meta_service (meta_id);
ALTER TABLE centreon.nagios_server ADD FOREIGN KEY (remote_id) REFERENCES centreon.nagios_server (id);
ALTER TABLE centreon.ns_host_relation ADD FOREIGN KEY (nagios_server_id) REFERENCES centreon.nagios_server (id);
ALTER TABLE centreon.ns_host_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.on_demand_macro_command ADD FOREIGN KEY (command_command_id) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.on_demand_macro_host ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.on_demand_macro_service ADD FOREIGN KEY (svc_svc_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.password_expiration_excluded_users ADD FOREIGN KEY (provider_configuration_id) REFERENCES centreon.provider_configuration (id);
ALTER TABLE centreon.password_expiration_excluded_users ADD FOREIGN KEY (user_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.platform_topology ADD FOREIGN KEY (server_id) REFERENCES centreon.nagios_server (id);
ALTER TABLE centreon.platform_topology ADD FOREIGN KEY (parent_id) REFERENCES centreon.platform_topology (id);
ALTER TABLE centreon.poller_command_relations ADD FOREIGN KEY (poller_id) REFERENCES centreon.nagios_server (id);
ALTER TABLE centreon.poller_command_relations ADD FOREIGN KEY (command_id) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.remote_servers ADD FOREIGN KEY (server_id) REFERENCES centreon.nagios_server (id);
ALTER TABLE centreon.resources ADD FOREIGN KEY (severity_id) REFERENCES centreon.severities (severity_id);
ALTER TABLE centreon.resources_tags ADD FOREIGN KEY (resource_id) REFERENCES centreon.resources (resource_id);
ALTER TABLE centreon.resources_tags ADD FOREIGN KEY (tag_id) REFERENCES centreon.tags (tag_id);
ALTER TABLE centreon.security_authentication_tokens ADD FOREIGN KEY (provider_configuration_id) REFERENCES centreon.provider_configuration (id);
ALTER TABLE centreon.security_authentication_tokens ADD FOREIGN KEY (provider_token_id) REFERENCES centreon.security_token (id);
ALTER TABLE centreon.security_authentication_tokens ADD FOREIGN KEY (provider_token_refresh_id) REFERENCES centreon.security_token (id);
ALTER TABLE centreon.security_authentication_tokens ADD FOREIGN KEY (user_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.security_provider_access_group_relation ADD FOREIGN KEY (access_group_id) REFERENCES centreon.acl_groups (acl_group_id);
ALTER TABLE centreon.security_provider_access_group_relation ADD FOREIGN KEY (provider_configuration_id) REFERENCES centreon.provider_configuration (id);
ALTER TABLE centreon.security_provider_contact_group_relation ADD FOREIGN KEY (provider_configuration_id) REFERENCES centreon.provider_configuration (id);
ALTER TABLE centreon.security_provider_contact_group_relation ADD FOREIGN KEY (contact_group_id) REFERENCES centreon.contactgroup (cg_id);
ALTER TABLE centreon.service ADD FOREIGN KEY (command_command_id) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.service ADD FOREIGN KEY (command_command_id2) REFERENCES centreon.command (command_id);
ALTER TABLE centreon.service ADD FOREIGN KEY (timeperiod_tp_id) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.service ADD FOREIGN KEY (timeperiod_tp_id2) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.servicegroup_relation ADD FOREIGN KEY (servicegroup_sg_id) REFERENCES centreon.servicegroup (sg_id);
ALTER TABLE centreon.servicegroup_relation ADD FOREIGN KEY (host_host_id) REFERENCES centreon.host (host_id);
ALTER TABLE centreon.servicegroup_relation ADD FOREIGN KEY (hostgroup_hg_id) REFERENCES centreon.hostgroup (hg_id);
ALTER TABLE centreon.servicegroup_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.service_categories_relation ADD FOREIGN KEY (service_service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.service_categories_relation ADD FOREIGN KEY (sc_id) REFERENCES centreon.service_categories (sc_id);
ALTER TABLE centreon.session ADD FOREIGN KEY (user_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.timeperiod_exceptions ADD FOREIGN KEY (timeperiod_id) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.timeperiod_exclude_relations ADD FOREIGN KEY (timeperiod_id) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.timeperiod_exclude_relations ADD FOREIGN KEY (timeperiod_exclude_id) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.timeperiod_include_relations ADD FOREIGN KEY (timeperiod_id) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.timeperiod_include_relations ADD FOREIGN KEY (timeperiod_include_id) REFERENCES centreon.timeperiod (tp_id);
ALTER TABLE centreon.traps ADD FOREIGN KEY (manufacturer_id) REFERENCES centreon.traps_vendor (id);
ALTER TABLE centreon.traps ADD FOREIGN KEY (severity_id) REFERENCES centreon.service_categories (sc_id);
ALTER TABLE centreon.traps_group_relation ADD FOREIGN KEY (traps_group_id) REFERENCES centreon.traps_group (traps_group_id);
ALTER TABLE centreon.traps_matching_properties ADD FOREIGN KEY (severity_id) REFERENCES centreon.service_categories (sc_id);
ALTER TABLE centreon.traps_service_relation ADD FOREIGN KEY (service_id) REFERENCES centreon.service (service_id);
ALTER TABLE centreon.user_filter ADD FOREIGN KEY (user_id) REFERENCES centreon.contact (contact_id);
ALTER TABLE centreon.widgets ADD FOREIGN KEY (widget_model_id) REFERENCES centreon.widget_models (widget_model_id);
ALTER TABLE centreon.widget_parameters ADD FOREIGN KEY (field_type_id) REFERENCES centreon.widget_parameters_field_type (field_type_id);
ALTER TABLE centreon.widget_parameters ADD FOREIGN KEY (widget_model_id) REFERENCES centreon.widget_models (widget_model_id);
ALTER TABLE centreon.widget_parameters_multiple_options ADD FOREIGN KEY (parameter_id) REFERENCES centreon.widget_parameters (parameter_id);
ALTER TABLE centreon.widget_parameters_range ADD FOREIGN KEY (parameter_id) REFERENCES centreon.widget_parameters (parameter_id);
ALTER TABLE centreon.widget_preferences ADD FOREIGN KEY (parameter_id) REFERENCES centreon.widget_parameters (parameter_id);
ALTER TABLE centreon.widget_preferences ADD FOREIGN KEY (widget_view_id) REFERENCES centreon.widget_views (widget_view_id);
ALTER TABLE centreon.widget_views ADD FOREIGN KEY (custom_view_id) REFERENCES centreon.custom_views (custom_view_id);
ALTER TABLE centreon.widget_views ADD FOREIGN KEY (widget_id) REFERENCES centreon.widgets (widget_id);
COMMENT ON TABLE centreon.service_categories IS 'Services Catygories For best Reporting';
COMMENT ON TABLE centreon.rs_poller_relation IS 'Relation Table For centreon pollers and remote servers';
COMMENT ON TABLE centreon.platform_topology IS 'Registration and parent relation Table used to set the platform topology';
COMMENT ON TABLE centreon.ns_host_relation IS 'Relation Table For centreon Servers and hosts ';
COMMENT ON COLUMN centreon.resources.internal_id IS 'id of linked metaservice or business-activity';
COMMENT ON COLUMN centreon.resources.type IS '0=service, 1=host';
COMMENT ON COLUMN centreon.resources.status IS 'service: 0=OK, 1=WARNING, 2=CRITICAL, 3=UNKNOWN, 4=PENDING
host: 0=UP, 1=DOWN, 2=UNREACHABLE, 4=PENDING';
COMMENT ON COLUMN centreon.resources.status_ordered IS '0=OK=UP
1=PENDING
2=UNKNOWN=UNREACHABLE
3=WARNING
4=CRITICAL=DOWN';
COMMENT ON COLUMN centreon.resources.in_downtime IS '0=false, 1=true';
COMMENT ON COLUMN centreon.resources.acknowledged IS '0=false, 1=true';
COMMENT ON COLUMN centreon.resources.status_confirmed IS '0=FALSE=SOFT
1=TRUE=HARD';
COMMENT ON COLUMN centreon.resources.has_graph IS '0=false, 1=true';
COMMENT ON COLUMN centreon.resources.notifications_enabled IS '0=false, 1=true';
COMMENT ON COLUMN centreon.resources.passive_checks_enabled IS '0=false, 1=true';
COMMENT ON COLUMN centreon.resources.active_checks_enabled IS '0=false, 1=true';
COMMENT ON COLUMN centreon.resources.last_check_type IS '0=active check, 1=passive check';
COMMENT ON COLUMN centreon.resources.last_check IS 'the last check timestamp';
COMMENT ON COLUMN centreon.resources.last_status_change IS 'the last status change timestamp';
COMMENT ON COLUMN centreon.resources.enabled IS '0=resource disabled, 1=resource enabled';
COMMENT ON COLUMN centreon.severities.type IS '0=service, 1=host';
COMMENT ON COLUMN centreon.tags.type IS '0=servicegroup, 1=hostgroup, 2=servicecategory, 3=hostcategory';
