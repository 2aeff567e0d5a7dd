-- Pandora FMS, the flexible monitoring system (network, server, application and log monitoring), its console and
-- server database: agents (tagente) with their addresses, operating systems, secondary groups, custom fields and
-- data, GIS positions; groups (tgrupo); modules (tagente_modulo) with their status (tagente_estado), module types,
-- groups, categories, tags, relationships and the collected data (tagente_datos, tagente_datos_inc,
-- tagente_datos_string, tagente_datos_log4x, tagente_datos_inventory); events (tevento) with comments, filters,
-- responses, rules, extended data and custom fields; alert templates, actions, commands, their assignments to
-- modules and actions per assignment, SNMP alerts, correlated event and log alerts, alert calendars and special
-- days; planned downtimes and their agents/modules; policies with their agents, groups, modules, alerts,
-- collections, plugins and queue; network components and groups, network profiles, plugins, recon (discovery)
-- tasks and scripts, Discovery applications; servers; users (tusuario), profiles (tperfil) and user-profile-group
-- assignments, sessions and the audit log (tsesion), password history and resets, two-factor auth, tokens;
-- messages and notifications; reports with their items and templates, custom graphs, dashboards and widgets,
-- visual consoles (tlayout, tlayout_data), network maps and GIS maps; services and service elements, clusters;
-- IPAM networks, IPs, VLANs, supernets and sites; network configuration manager (NCM) vendors, models, templates,
-- scripts and agent backups; NetFlow filters and reports; traps; remote commands and their targets; the
-- metaconsole, credential store, CVE data, update journal and settings (tconfig)), as a fresh Pandora FMS
-- 7.0NG.776 (build PC240328) console installs it: pandora_console/pandoradb.sql of github.com/pandorafms/pandorafms
-- (commit 42cdcc1, 2024-03-28; the file last changed in e4d2687, 2024-03-26), GPL-2.0; we use the schema's
-- facts. Many names are Spanish and kept as in the source (tagente = agent, tgrupo = group, tevento = event,
-- tusuario = user, tsesion = audit log, nombre = name, ultimo_contacto = last contact, estado = status,
-- datos = data). The MySQL (InnoDB) script was loaded into a scratch MariaDB 10.11 and regenerated from its
-- information_schema by a one-off script: all 227 tables, their primary keys (tagente_datos, tagente_datos_inc,
-- tagente_datos_inventory, tagente_datos_string, tncm_agent_data, tncm_queue, tnetwork_profile_component,
-- tnetwork_profile_pen, torigen, tpolicy_group_agents, tupdate_journal and tusuario have none in the source),
-- 122 of the 123 foreign keys the source declares, and its 12 table and 82 column comments, schema pandorafms.
-- tusuario has no primary key but the unique key id_user, which six foreign keys reference, so that UNIQUE
-- constraint is kept; the source's foreign key tnotification_source_group_user (id_group) ->
-- tnotification_source_group (id_group) points at a column that is not unique (part of that table's composite
-- primary key), which PostgreSQL does not allow, so it is left out. MySQL types mapped: int unsigned -> bigint,
-- int -> integer, mediumint (unsigned) -> integer, smallint unsigned -> integer, tinyint -> smallint, bigint
-- (unsigned) -> bigint, double -> double precision, float -> real, datetime/timestamp -> timestamp, time -> time,
-- date kept, enum -> text, tinytext/mediumtext/longtext -> text, blob/mediumblob/longblob -> bytea; the names
-- group, interval, non-init, order, position, table, timestamp, user and window quoted, as PostgreSQL requires.
-- Left out: AUTO_INCREMENT, defaults, ON DELETE/UPDATE actions, other unique keys and indexes, engine and charset
-- options, and the default rows of pandoradb_data.sql (groups, OS list, module types, alert templates and
-- actions, profiles, the admin user, settings, ...). No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS pandorafms;
CREATE TABLE pandorafms.taddress (
    id_a bigint NOT NULL,
    ip character varying(60) NOT NULL,
    ip_pack bigint NOT NULL,
    PRIMARY KEY (id_a)
);
CREATE TABLE pandorafms.taddress_agent (
    id_ag bigint NOT NULL,
    id_a bigint NOT NULL,
    id_agent integer NOT NULL,
    PRIMARY KEY (id_ag)
);
CREATE TABLE pandorafms.tagent_custom_data (
    id_field bigint NOT NULL,
    id_agent bigint NOT NULL,
    description text,
    PRIMARY KEY (id_field, id_agent)
);
CREATE TABLE pandorafms.tagent_custom_fields (
    id_field bigint NOT NULL,
    name character varying(45) NOT NULL,
    display_on_front smallint NOT NULL,
    is_password_type smallint NOT NULL,
    combo_values text,
    is_link_enabled smallint NOT NULL,
    PRIMARY KEY (id_field)
);
CREATE TABLE pandorafms.tagent_custom_fields_filter (
    id bigint NOT NULL,
    name character varying(600) NOT NULL,
    id_group bigint,
    id_custom_field character varying(600),
    id_custom_fields_data character varying(600),
    id_status character varying(600),
    module_search character varying(600),
    module_status character varying(600),
    recursion bigint,
    group_search bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tagent_filter (
    id_filter bigint NOT NULL,
    id_name character varying(600) NOT NULL,
    id_group_filter integer NOT NULL,
    group_id integer NOT NULL,
    recursion text,
    status integer NOT NULL,
    search text,
    id_os integer NOT NULL,
    policies text,
    search_custom text,
    ag_custom_fields text,
    PRIMARY KEY (id_filter)
);
CREATE TABLE pandorafms.tagent_module_inventory (
    id_agent_module_inventory integer NOT NULL,
    id_agente bigint NOT NULL,
    id_module_inventory integer NOT NULL,
    target character varying(100),
    "interval" bigint NOT NULL,
    username character varying(100),
    password character varying(100),
    data bytea NOT NULL,
    "timestamp" timestamp without time zone,
    utimestamp bigint,
    flag smallint,
    id_policy_module_inventory integer NOT NULL,
    custom_fields bytea NOT NULL,
    PRIMARY KEY (id_agent_module_inventory)
);
CREATE TABLE pandorafms.tagent_module_log (
    id_agent_module_log integer NOT NULL,
    id_agent bigint NOT NULL,
    source text,
    "timestamp" timestamp without time zone,
    utimestamp bigint,
    PRIMARY KEY (id_agent_module_log)
);
CREATE TABLE pandorafms.tagent_repository (
    id bigint NOT NULL,
    id_os bigint,
    arch text,
    version character varying(10),
    path text,
    deployment_timeout bigint,
    uploaded_by character varying(100),
    uploaded bigint NOT NULL,
    last_err text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tagent_secondary_group (
    id bigint NOT NULL,
    id_agent bigint NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tagente (
    id_agente bigint NOT NULL,
    nombre character varying(600) NOT NULL,
    direccion character varying(100),
    comentarios character varying(255),
    id_grupo bigint NOT NULL,
    ultimo_contacto timestamp without time zone NOT NULL,
    modo smallint NOT NULL,
    intervalo bigint NOT NULL,
    id_os bigint,
    os_version character varying(100),
    agent_version character varying(100),
    ultimo_contacto_remoto timestamp without time zone,
    disabled smallint NOT NULL,
    remote smallint NOT NULL,
    id_parent bigint,
    custom_id character varying(255),
    server_name character varying(100),
    cascade_protection smallint NOT NULL,
    cascade_protection_module bigint NOT NULL,
    timezone_offset smallint,
    icon_path character varying(127),
    update_gis_data smallint NOT NULL,
    url_address text,
    quiet smallint NOT NULL,
    normal_count bigint NOT NULL,
    warning_count bigint NOT NULL,
    critical_count bigint NOT NULL,
    unknown_count bigint NOT NULL,
    notinit_count bigint NOT NULL,
    total_count bigint NOT NULL,
    fired_count bigint NOT NULL,
    update_module_count smallint NOT NULL,
    update_alert_count smallint NOT NULL,
    update_secondary_groups smallint NOT NULL,
    alias character varying(600) NOT NULL,
    alias_as_name smallint NOT NULL,
    safe_mode_module bigint NOT NULL,
    cps integer NOT NULL,
    satellite_server integer NOT NULL,
    fixed_ip smallint NOT NULL,
    disabled_by_downtime smallint NOT NULL,
    vul_scan_enabled smallint NOT NULL,
    ignore_unknown smallint NOT NULL,
    PRIMARY KEY (id_agente)
);
CREATE TABLE pandorafms.tagente_datos (
    id_agente_modulo bigint NOT NULL,
    datos double precision,
    utimestamp bigint
);
CREATE TABLE pandorafms.tagente_datos_inc (
    id_agente_modulo bigint NOT NULL,
    datos double precision,
    utimestamp bigint
);
CREATE TABLE pandorafms.tagente_datos_inventory (
    id_agent_module_inventory integer NOT NULL,
    data bytea NOT NULL,
    utimestamp bigint,
    "timestamp" timestamp without time zone
);
CREATE TABLE pandorafms.tagente_datos_log4x (
    id_tagente_datos_log4x bigint NOT NULL,
    id_agente_modulo bigint NOT NULL,
    severity text,
    message text,
    stacktrace text,
    utimestamp bigint NOT NULL,
    PRIMARY KEY (id_tagente_datos_log4x)
);
CREATE TABLE pandorafms.tagente_datos_string (
    id_agente_modulo bigint NOT NULL,
    datos text,
    utimestamp bigint NOT NULL
);
CREATE TABLE pandorafms.tagente_estado (
    id_agente_estado bigint NOT NULL,
    id_agente_modulo integer NOT NULL,
    datos text,
    "timestamp" timestamp without time zone NOT NULL,
    estado integer NOT NULL,
    known_status smallint,
    id_agente integer NOT NULL,
    last_try timestamp without time zone,
    utimestamp bigint NOT NULL,
    current_interval bigint NOT NULL,
    running_by integer,
    last_execution_try bigint NOT NULL,
    status_changes smallint,
    last_status smallint,
    last_known_status smallint,
    last_error integer NOT NULL,
    ff_start_utimestamp bigint,
    ff_normal bigint,
    ff_warning bigint,
    ff_critical bigint,
    last_dynamic_update bigint NOT NULL,
    last_unknown_update bigint NOT NULL,
    last_status_change bigint NOT NULL,
    warning_count bigint,
    PRIMARY KEY (id_agente_estado)
);
CREATE TABLE pandorafms.tagente_modulo (
    id_agente_modulo bigint NOT NULL,
    id_agente bigint NOT NULL,
    id_tipo_modulo smallint NOT NULL,
    descripcion text,
    extended_info text,
    nombre text,
    unit text,
    id_policy_module bigint NOT NULL,
    max bigint,
    min bigint,
    module_interval bigint,
    cron_interval character varying(100),
    module_ff_interval bigint,
    tcp_port bigint,
    tcp_send text,
    tcp_rcv text,
    snmp_community character varying(100),
    snmp_oid character varying(255),
    ip_target character varying(100),
    id_module_group bigint,
    flag smallint,
    id_modulo bigint,
    disabled smallint NOT NULL,
    disabled_by_safe_mode smallint NOT NULL,
    id_export integer,
    plugin_user text,
    plugin_pass text,
    plugin_parameter text,
    id_plugin integer,
    post_process double precision,
    prediction_module bigint,
    max_timeout bigint,
    max_retries bigint,
    custom_id character varying(255),
    history_data smallint,
    min_warning double precision,
    max_warning double precision,
    str_warning text,
    min_critical double precision,
    max_critical double precision,
    str_critical text,
    min_ff_event bigint,
    delete_pending bigint,
    policy_linked smallint NOT NULL,
    policy_adopted smallint NOT NULL,
    custom_string_1 text,
    custom_string_2 text,
    custom_string_3 text,
    custom_integer_1 integer,
    custom_integer_2 integer,
    wizard_level text,
    macros text,
    critical_instructions text,
    warning_instructions text,
    unknown_instructions text,
    quiet smallint NOT NULL,
    critical_inverse smallint,
    warning_inverse smallint,
    id_category integer,
    disabled_types_event text,
    module_macros text,
    min_ff_event_normal bigint,
    min_ff_event_warning bigint,
    min_ff_event_critical bigint,
    ff_type smallint,
    each_ff smallint,
    ff_timeout bigint,
    dynamic_interval bigint,
    dynamic_max integer,
    dynamic_min integer,
    dynamic_next bigint NOT NULL,
    dynamic_two_tailed smallint,
    prediction_sample_window integer,
    prediction_samples integer,
    prediction_threshold integer,
    parent_module_id bigint NOT NULL,
    cps integer NOT NULL,
    debug_content text,
    percentage_critical smallint,
    percentage_warning smallint,
    warning_time bigint,
    quiet_by_downtime smallint NOT NULL,
    disabled_by_downtime smallint NOT NULL,
    last_compact timestamp without time zone NOT NULL,
    made_enabled smallint,
    ignore_unknown smallint NOT NULL,
    PRIMARY KEY (id_agente_modulo)
);
CREATE TABLE pandorafms.talert_actions (
    id bigint NOT NULL,
    name character varying(500),
    id_alert_command bigint,
    field1 text,
    field2 text,
    field3 text,
    field4 text,
    field5 text,
    field6 text,
    field7 text,
    field8 text,
    field9 text,
    field10 text,
    field11 text,
    field12 text,
    field13 text,
    field14 text,
    field15 text,
    field16 text,
    field17 text,
    field18 text,
    field19 text,
    field20 text,
    id_group integer,
    action_threshold integer NOT NULL,
    field1_recovery text,
    field2_recovery text,
    field3_recovery text,
    field4_recovery text,
    field5_recovery text,
    field6_recovery text,
    field7_recovery text,
    field8_recovery text,
    field9_recovery text,
    field10_recovery text,
    field11_recovery text,
    field12_recovery text,
    field13_recovery text,
    field14_recovery text,
    field15_recovery text,
    field16_recovery text,
    field17_recovery text,
    field18_recovery text,
    field19_recovery text,
    field20_recovery text,
    previous_name text,
    create_wu_integria smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.talert_calendar (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    id_group integer NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.talert_commands (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    command text,
    id_group integer,
    description text,
    internal smallint,
    fields_descriptions text,
    fields_values text,
    fields_hidden text,
    previous_name text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.talert_execution_queue (
    id bigint NOT NULL,
    data text,
    utimestamp bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.talert_snmp (
    id_as bigint NOT NULL,
    id_alert bigint NOT NULL,
    al_field1 text,
    al_field2 text,
    al_field3 text,
    al_field4 text,
    al_field5 text,
    al_field6 text,
    al_field7 text,
    al_field8 text,
    al_field9 text,
    al_field10 text,
    al_field11 text,
    al_field12 text,
    al_field13 text,
    al_field14 text,
    al_field15 text,
    al_field16 text,
    al_field17 text,
    al_field18 text,
    al_field19 text,
    al_field20 text,
    description character varying(255),
    alert_type bigint NOT NULL,
    agent character varying(100),
    custom_oid text,
    oid character varying(255) NOT NULL,
    time_threshold integer NOT NULL,
    times_fired bigint NOT NULL,
    last_fired timestamp without time zone NOT NULL,
    max_alerts integer NOT NULL,
    min_alerts integer NOT NULL,
    internal_counter bigint NOT NULL,
    priority smallint,
    _snmp_f1_ text,
    _snmp_f2_ text,
    _snmp_f3_ text,
    _snmp_f4_ text,
    _snmp_f5_ text,
    _snmp_f6_ text,
    _snmp_f7_ text,
    _snmp_f8_ text,
    _snmp_f9_ text,
    _snmp_f10_ text,
    _snmp_f11_ text,
    _snmp_f12_ text,
    _snmp_f13_ text,
    _snmp_f14_ text,
    _snmp_f15_ text,
    _snmp_f16_ text,
    _snmp_f17_ text,
    _snmp_f18_ text,
    _snmp_f19_ text,
    _snmp_f20_ text,
    trap_type integer NOT NULL,
    single_value character varying(255),
    "position" bigint NOT NULL,
    disable_event smallint,
    id_group bigint NOT NULL,
    order_1 bigint NOT NULL,
    order_2 bigint NOT NULL,
    order_3 bigint NOT NULL,
    order_4 bigint NOT NULL,
    order_5 bigint NOT NULL,
    order_6 bigint NOT NULL,
    order_7 bigint NOT NULL,
    order_8 bigint NOT NULL,
    order_9 bigint NOT NULL,
    order_10 bigint NOT NULL,
    order_11 bigint NOT NULL,
    order_12 bigint NOT NULL,
    order_13 bigint NOT NULL,
    order_14 bigint NOT NULL,
    order_15 bigint NOT NULL,
    order_16 bigint NOT NULL,
    order_17 bigint NOT NULL,
    order_18 bigint NOT NULL,
    order_19 bigint NOT NULL,
    order_20 bigint NOT NULL,
    PRIMARY KEY (id_as)
);
CREATE TABLE pandorafms.talert_snmp_action (
    id bigint NOT NULL,
    id_alert_snmp bigint NOT NULL,
    alert_type bigint NOT NULL,
    al_field1 text,
    al_field2 text,
    al_field3 text,
    al_field4 text,
    al_field5 text,
    al_field6 text,
    al_field7 text,
    al_field8 text,
    al_field9 text,
    al_field10 text,
    al_field11 text,
    al_field12 text,
    al_field13 text,
    al_field14 text,
    al_field15 text,
    al_field16 text,
    al_field17 text,
    al_field18 text,
    al_field19 text,
    al_field20 text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.talert_special_days (
    id bigint NOT NULL,
    id_calendar bigint NOT NULL,
    id_group integer NOT NULL,
    date date NOT NULL,
    day_code smallint NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.talert_template_module_actions (
    id bigint NOT NULL,
    id_alert_template_module bigint NOT NULL,
    id_alert_action bigint NOT NULL,
    fires_min bigint,
    fires_max bigint,
    module_action_threshold integer NOT NULL,
    last_execution bigint NOT NULL,
    recovered smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.talert_template_modules (
    id bigint NOT NULL,
    id_agent_module bigint NOT NULL,
    id_alert_template bigint NOT NULL,
    id_policy_alerts bigint NOT NULL,
    internal_counter integer,
    last_fired bigint NOT NULL,
    last_reference bigint NOT NULL,
    times_fired integer NOT NULL,
    disabled smallint,
    standby smallint,
    priority smallint,
    force_execution smallint,
    disabled_by_downtime smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.talert_templates (
    id bigint NOT NULL,
    name text,
    description text,
    id_alert_action bigint,
    field1 text,
    field2 text,
    field3 text,
    field4 text,
    field5 text,
    field6 text,
    field7 text,
    field8 text,
    field9 text,
    field10 text,
    field11 text,
    field12 text,
    field13 text,
    field14 text,
    field15 text,
    field16 text,
    field17 text,
    field18 text,
    field19 text,
    field20 text,
    type text,
    value character varying(255),
    matches_value smallint,
    max_value double precision,
    min_value double precision,
    time_window text,
    math_function text,
    condition text,
    time_threshold integer NOT NULL,
    max_alerts bigint NOT NULL,
    min_alerts bigint NOT NULL,
    time_from time without time zone,
    time_to time without time zone,
    monday smallint,
    tuesday smallint,
    wednesday smallint,
    thursday smallint,
    friday smallint,
    saturday smallint,
    sunday smallint,
    recovery_notify smallint,
    field1_recovery text,
    field2_recovery text,
    field3_recovery text,
    field4_recovery text,
    field5_recovery text,
    field6_recovery text,
    field7_recovery text,
    field8_recovery text,
    field9_recovery text,
    field10_recovery text,
    field11_recovery text,
    field12_recovery text,
    field13_recovery text,
    field14_recovery text,
    field15_recovery text,
    field16_recovery text,
    field17_recovery text,
    field18_recovery text,
    field19_recovery text,
    field20_recovery text,
    priority smallint,
    id_group integer,
    special_day smallint,
    wizard_level text,
    min_alerts_reset_counter smallint,
    disable_event smallint,
    previous_name text,
    schedule text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tautoconfig (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    "order" integer NOT NULL,
    description text,
    disabled smallint,
    type_execution character varying(100) NOT NULL,
    type_periodicity character varying(100) NOT NULL,
    monday smallint,
    tuesday smallint,
    wednesday smallint,
    thursday smallint,
    friday smallint,
    saturday smallint,
    sunday smallint,
    periodically_day_from bigint,
    periodically_time_from time without time zone,
    executed smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tautoconfig_actions (
    id bigint NOT NULL,
    id_autoconfig bigint NOT NULL,
    "order" integer NOT NULL,
    action_type text,
    value text,
    custom text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tautoconfig_rules (
    id bigint NOT NULL,
    id_autoconfig bigint NOT NULL,
    "order" integer NOT NULL,
    operator text,
    type text,
    value text,
    custom text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tbackup (
    id bigint NOT NULL,
    utimestamp bigint,
    filename character varying(512),
    id_user character varying(255),
    description text,
    pid bigint,
    filepath character varying(512),
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tcategory (
    id bigint NOT NULL,
    name character varying(600) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tcluster (
    id bigint NOT NULL,
    name text,
    cluster_type text NOT NULL,
    description text,
    "group" bigint NOT NULL,
    id_agent bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tcluster_agent (
    id_cluster bigint NOT NULL,
    id_agent bigint NOT NULL,
    PRIMARY KEY (id_cluster, id_agent)
);
CREATE TABLE pandorafms.tcluster_item (
    id bigint NOT NULL,
    name text,
    item_type text NOT NULL,
    critical_limit bigint NOT NULL,
    warning_limit bigint NOT NULL,
    is_critical smallint NOT NULL,
    id_cluster bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tcollection (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    short_name character varying(100) NOT NULL,
    id_group bigint NOT NULL,
    description text,
    status bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tconfig (
    id_config bigint NOT NULL,
    token character varying(100) NOT NULL,
    value text,
    PRIMARY KEY (id_config)
);
CREATE TABLE pandorafms.tconfig_os (
    id_os bigint NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(250),
    icon_name character varying(100),
    previous_name text,
    PRIMARY KEY (id_os)
);
CREATE TABLE pandorafms.tconfig_os_version (
    id_os_version bigint NOT NULL,
    product text,
    version text,
    end_of_support character varying(10),
    PRIMARY KEY (id_os_version)
);
CREATE TABLE pandorafms.tconsole (
    id bigint NOT NULL,
    id_console bigint NOT NULL,
    description text,
    version text,
    last_execution bigint NOT NULL,
    console_type smallint NOT NULL,
    timezone text,
    public_url text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tcontainer (
    id_container integer NOT NULL,
    name character varying(100) NOT NULL,
    parent integer NOT NULL,
    disabled smallint NOT NULL,
    id_group integer,
    description text,
    PRIMARY KEY (id_container)
);
CREATE TABLE pandorafms.tcontainer_item (
    id_ci bigint NOT NULL,
    id_container integer NOT NULL,
    type character varying(30),
    id_agent bigint NOT NULL,
    id_agent_module bigint,
    time_lapse integer NOT NULL,
    id_graph bigint,
    only_average smallint NOT NULL,
    id_group bigint NOT NULL,
    id_module_group bigint NOT NULL,
    agent character varying(100) NOT NULL,
    module character varying(100) NOT NULL,
    id_tag bigint NOT NULL,
    type_graph smallint NOT NULL,
    fullscale smallint NOT NULL,
    PRIMARY KEY (id_ci)
);
CREATE TABLE pandorafms.tcredential_store (
    identifier character varying(100) NOT NULL,
    id_group integer NOT NULL,
    product text,
    username text,
    password text,
    extra_1 text,
    extra_2 text,
    PRIMARY KEY (identifier)
);
CREATE TABLE pandorafms.tdashboard (
    id bigint NOT NULL,
    name text NOT NULL,
    id_user character varying(255) NOT NULL,
    id_group integer NOT NULL,
    active smallint NOT NULL,
    cells bigint,
    cells_slideshow smallint NOT NULL,
    date_range smallint NOT NULL,
    date_from integer NOT NULL,
    date_to integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tdatabase (
    id bigint NOT NULL,
    host character varying(255),
    label character varying(255),
    os_port bigint NOT NULL,
    os_user character varying(255),
    db_port bigint NOT NULL,
    status smallint,
    action smallint,
    ssh_key text,
    ssh_pubkey text,
    ssh_status smallint,
    last_error text,
    db_status smallint,
    replication_status smallint,
    replication_delay bigint,
    master smallint,
    utimestamp bigint,
    mysql_version character varying(10),
    pandora_version character varying(10),
    disabled smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tdemo_data (
    id bigint NOT NULL,
    item_id text NOT NULL,
    table_name character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tdeployment_hosts (
    id bigint NOT NULL,
    id_cs character varying(100),
    ip character varying(100) NOT NULL,
    id_os bigint,
    os_version character varying(100),
    arch text,
    current_agent_version character varying(100),
    target_agent_version_id bigint,
    deployed bigint NOT NULL,
    server_ip character varying(100),
    last_err text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tdiscovery_apps (
    id_app integer NOT NULL,
    short_name character varying(250) NOT NULL,
    name character varying(250) NOT NULL,
    section character varying(250) NOT NULL,
    description character varying(250) NOT NULL,
    version character varying(250) NOT NULL,
    PRIMARY KEY (id_app)
);
CREATE TABLE pandorafms.tdiscovery_apps_executions (
    id bigint NOT NULL,
    id_app integer NOT NULL,
    execution text NOT NULL,
    PRIMARY KEY (id, id_app)
);
CREATE TABLE pandorafms.tdiscovery_apps_scripts (
    id_app integer NOT NULL,
    macro character varying(250) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id_app, macro)
);
CREATE TABLE pandorafms.tdiscovery_apps_tasks_macros (
    id_task bigint NOT NULL,
    macro character varying(250) NOT NULL,
    type character varying(250) NOT NULL,
    value text NOT NULL,
    temp_conf smallint NOT NULL,
    PRIMARY KEY (id_task, macro)
);
CREATE TABLE pandorafms.tdiscovery_tmp_agents (
    id bigint NOT NULL,
    id_rt bigint NOT NULL,
    label character varying(600) NOT NULL,
    data text,
    review_date timestamp without time zone,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tdiscovery_tmp_connections (
    id bigint NOT NULL,
    id_rt bigint NOT NULL,
    dev_1 text,
    dev_2 text,
    if_1 text,
    if_2 text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tevent_alert (
    id bigint NOT NULL,
    name text,
    description text,
    "order" bigint,
    mode text,
    field1 text,
    field2 text,
    field3 text,
    field4 text,
    field5 text,
    field6 text,
    field7 text,
    field8 text,
    field9 text,
    field10 text,
    time_threshold integer NOT NULL,
    max_alerts bigint NOT NULL,
    min_alerts bigint NOT NULL,
    time_from time without time zone,
    time_to time without time zone,
    monday smallint,
    tuesday smallint,
    wednesday smallint,
    thursday smallint,
    friday smallint,
    saturday smallint,
    sunday smallint,
    recovery_notify smallint,
    field1_recovery text,
    field2_recovery text,
    field3_recovery text,
    field4_recovery text,
    field5_recovery text,
    field6_recovery text,
    field7_recovery text,
    field8_recovery text,
    field9_recovery text,
    field10_recovery text,
    id_group integer,
    internal_counter integer,
    last_fired bigint NOT NULL,
    last_reference bigint NOT NULL,
    times_fired integer NOT NULL,
    disabled smallint,
    standby smallint,
    priority smallint,
    force_execution smallint,
    group_by text,
    special_days smallint,
    disable_event smallint,
    id_template_conditions bigint NOT NULL,
    id_template_fields bigint NOT NULL,
    last_evaluation bigint NOT NULL,
    pool_occurrences bigint NOT NULL,
    schedule text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tevent_alert_action (
    id bigint NOT NULL,
    id_event_alert bigint NOT NULL,
    id_alert_action bigint NOT NULL,
    fires_min bigint,
    fires_max bigint,
    module_action_threshold integer NOT NULL,
    last_execution bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tevent_comment (
    id bigint NOT NULL,
    id_event bigint NOT NULL,
    utimestamp bigint NOT NULL,
    comment text,
    id_user character varying(255),
    action text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tevent_custom_field (
    id_group integer NOT NULL,
    value text,
    PRIMARY KEY (id_group)
);
CREATE TABLE pandorafms.tevent_extended (
    id bigint NOT NULL,
    id_evento bigint NOT NULL,
    external_id bigint,
    utimestamp bigint NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tevent_filter (
    id_filter bigint NOT NULL,
    id_group_filter integer NOT NULL,
    id_name character varying(600) NOT NULL,
    id_group integer NOT NULL,
    event_type text,
    severity text,
    status integer NOT NULL,
    search text,
    not_search integer NOT NULL,
    text_agent text,
    id_agent integer,
    id_agent_module integer,
    pagination integer NOT NULL,
    event_view_hr integer NOT NULL,
    id_user_ack text,
    group_rep integer NOT NULL,
    tag_with text,
    tag_without text,
    filter_only_alert integer NOT NULL,
    search_secondary_groups integer NOT NULL,
    search_recursive_groups integer NOT NULL,
    date_from date,
    date_to date,
    source text,
    id_extra text,
    user_comment text,
    id_source_event integer,
    server_id text,
    time_from time without time zone,
    time_to time without time zone,
    custom_data character varying(500),
    custom_data_filter_type smallint,
    owner_user text,
    private_filter_user text,
    regex smallint NOT NULL,
    PRIMARY KEY (id_filter)
);
CREATE TABLE pandorafms.tevent_response (
    id bigint NOT NULL,
    name character varying(600) NOT NULL,
    description text,
    target text,
    type character varying(60) NOT NULL,
    id_group integer NOT NULL,
    modal_width integer NOT NULL,
    modal_height integer NOT NULL,
    new_window smallint NOT NULL,
    params text NOT NULL,
    server_to_exec bigint NOT NULL,
    command_timeout bigint NOT NULL,
    display_command smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tevent_rule (
    id_event_rule bigint NOT NULL,
    id_event_alert bigint NOT NULL,
    operation text,
    "order" bigint,
    "window" integer NOT NULL,
    count integer NOT NULL,
    agent text,
    id_usuario text,
    id_grupo text,
    evento text,
    event_type text,
    module text,
    alert text,
    criticity text,
    id_tag text,
    name text,
    group_recursion text,
    log_content text,
    log_source text,
    log_agent text,
    operator_agent text,
    operator_id_usuario text,
    operator_id_grupo text,
    operator_evento text,
    operator_event_type text,
    operator_module text,
    operator_alert text,
    operator_criticity text,
    operator_id_tag text,
    operator_log_content text,
    operator_log_source text,
    operator_log_agent text,
    PRIMARY KEY (id_event_rule)
);
CREATE TABLE pandorafms.tevent_sound (
    id integer NOT NULL,
    name text,
    sound text,
    active smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tevento (
    id_evento bigint NOT NULL,
    id_agente integer NOT NULL,
    id_usuario character varying(255) NOT NULL,
    id_grupo integer NOT NULL,
    estado smallint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    evento text,
    utimestamp bigint NOT NULL,
    event_type text,
    id_agentmodule integer NOT NULL,
    id_alert_am integer NOT NULL,
    criticity bigint NOT NULL,
    tags text,
    source text,
    id_extra text,
    critical_instructions text,
    warning_instructions text,
    unknown_instructions text,
    owner_user character varying(100) NOT NULL,
    ack_utimestamp bigint NOT NULL,
    custom_data text,
    data text,
    module_status integer NOT NULL,
    event_custom_id text,
    PRIMARY KEY (id_evento)
);
CREATE TABLE pandorafms.textension_translate_string (
    id bigint NOT NULL,
    lang character varying(10) NOT NULL,
    string text,
    translation text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tfavmenu_user (
    id integer NOT NULL,
    id_user character varying(255) NOT NULL,
    id_element text,
    url text NOT NULL,
    label character varying(255) NOT NULL,
    section character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tfiles_repo (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(500),
    hash character varying(8),
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tfiles_repo_group (
    id bigint NOT NULL,
    id_file bigint NOT NULL,
    id_group bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tgis_data_history (
    id_tgis_data integer NOT NULL,
    longitude double precision NOT NULL,
    latitude double precision NOT NULL,
    altitude double precision,
    start_timestamp timestamp without time zone NOT NULL,
    end_timestamp timestamp without time zone,
    description text,
    manual_placement smallint NOT NULL,
    number_of_packages integer NOT NULL,
    tagente_id_agente bigint NOT NULL,
    PRIMARY KEY (id_tgis_data)
);
CREATE TABLE pandorafms.tgis_data_status (
    tagente_id_agente bigint NOT NULL,
    current_longitude double precision NOT NULL,
    current_latitude double precision NOT NULL,
    current_altitude double precision,
    stored_longitude double precision NOT NULL,
    stored_latitude double precision NOT NULL,
    stored_altitude double precision,
    number_of_packages integer NOT NULL,
    start_timestamp timestamp without time zone NOT NULL,
    manual_placement smallint NOT NULL,
    description text,
    PRIMARY KEY (tagente_id_agente)
);
CREATE TABLE pandorafms.tgis_map (
    id_tgis_map integer NOT NULL,
    map_name character varying(63) NOT NULL,
    initial_longitude double precision,
    initial_latitude double precision,
    initial_altitude double precision,
    zoom_level smallint,
    map_background character varying(127),
    default_longitude double precision,
    default_latitude double precision,
    default_altitude double precision,
    group_id integer NOT NULL,
    default_map smallint,
    PRIMARY KEY (id_tgis_map)
);
CREATE TABLE pandorafms.tgis_map_connection (
    id_tmap_connection integer NOT NULL,
    conection_name character varying(45),
    connection_type character varying(45),
    conection_data text,
    num_zoom_levels smallint,
    default_zoom_level smallint NOT NULL,
    default_longitude double precision,
    default_latitude double precision,
    default_altitude double precision,
    initial_longitude double precision,
    initial_latitude double precision,
    initial_altitude double precision,
    group_id integer NOT NULL,
    PRIMARY KEY (id_tmap_connection)
);
CREATE TABLE pandorafms.tgis_map_has_tgis_map_con (
    tgis_map_id_tgis_map integer NOT NULL,
    tgis_map_con_id_tmap_con integer NOT NULL,
    modification_time timestamp without time zone NOT NULL,
    default_map_connection smallint,
    PRIMARY KEY (tgis_map_id_tgis_map, tgis_map_con_id_tmap_con)
);
CREATE TABLE pandorafms.tgis_map_layer (
    id_tmap_layer integer NOT NULL,
    layer_name character varying(45) NOT NULL,
    view_layer smallint NOT NULL,
    layer_stack_order smallint,
    tgis_map_id_tgis_map integer NOT NULL,
    tgrupo_id_grupo integer NOT NULL,
    PRIMARY KEY (id_tmap_layer)
);
CREATE TABLE pandorafms.tgis_map_layer_groups (
    layer_id integer NOT NULL,
    group_id integer NOT NULL,
    agent_id bigint NOT NULL,
    PRIMARY KEY (layer_id, group_id)
);
CREATE TABLE pandorafms.tgis_map_layer_has_tagente (
    tgis_map_layer_id_tmap_layer integer NOT NULL,
    tagente_id_agente bigint NOT NULL,
    PRIMARY KEY (tgis_map_layer_id_tmap_layer, tagente_id_agente)
);
CREATE TABLE pandorafms.tgraph (
    id_graph bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    name character varying(150) NOT NULL,
    description text,
    period integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    private smallint NOT NULL,
    events smallint NOT NULL,
    stacked smallint NOT NULL,
    id_group integer,
    id_graph_template integer NOT NULL,
    percentil smallint NOT NULL,
    summatory_series smallint NOT NULL,
    average_series smallint NOT NULL,
    modules_series smallint NOT NULL,
    fullscale smallint NOT NULL,
    PRIMARY KEY (id_graph)
);
CREATE TABLE pandorafms.tgraph_analytics_filter (
    id integer NOT NULL,
    filter_name character varying(45),
    user_id character varying(255),
    graph_modules text,
    "interval" integer,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tgraph_source (
    id_gs bigint NOT NULL,
    id_graph integer NOT NULL,
    id_server integer NOT NULL,
    id_agent_module integer NOT NULL,
    weight double precision NOT NULL,
    label character varying(150),
    field_order integer,
    PRIMARY KEY (id_gs)
);
CREATE TABLE pandorafms.tgraph_source_template (
    id_gs_template bigint NOT NULL,
    id_template integer NOT NULL,
    agent text,
    module text,
    weight double precision NOT NULL,
    exact_match smallint,
    PRIMARY KEY (id_gs_template)
);
CREATE TABLE pandorafms.tgraph_template (
    id_graph_template bigint NOT NULL,
    id_user text,
    name text,
    description text,
    period integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    private smallint NOT NULL,
    events smallint NOT NULL,
    stacked smallint NOT NULL,
    id_group integer,
    PRIMARY KEY (id_graph_template)
);
CREATE TABLE pandorafms.tgroup_stat (
    id_group bigint NOT NULL,
    modules bigint NOT NULL,
    normal bigint NOT NULL,
    critical bigint NOT NULL,
    warning bigint NOT NULL,
    unknown bigint NOT NULL,
    "non-init" bigint NOT NULL,
    alerts bigint NOT NULL,
    alerts_fired bigint NOT NULL,
    agents bigint NOT NULL,
    agents_unknown bigint NOT NULL,
    utimestamp bigint NOT NULL,
    PRIMARY KEY (id_group)
);
CREATE TABLE pandorafms.tgrupo (
    id_grupo integer NOT NULL,
    nombre character varying(100) NOT NULL,
    icon character varying(50),
    parent integer NOT NULL,
    propagate smallint NOT NULL,
    disabled smallint NOT NULL,
    custom_id character varying(255),
    id_skin bigint NOT NULL,
    description text,
    contact text,
    other text,
    password character varying(45),
    max_agents bigint NOT NULL,
    PRIMARY KEY (id_grupo)
);
CREATE TABLE pandorafms.tinventory_alert (
    id bigint NOT NULL,
    id_module_inventory integer NOT NULL,
    actions text,
    id_group integer,
    condition text NOT NULL,
    value text,
    name text,
    description text,
    time_threshold integer NOT NULL,
    last_fired text,
    disable_event smallint,
    enabled smallint,
    alert_groups text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tipam_ip (
    id bigint NOT NULL,
    id_network bigint NOT NULL,
    id_agent bigint NOT NULL,
    forced_agent smallint NOT NULL,
    ip character varying(100) NOT NULL,
    ip_dec bigint NOT NULL,
    id_os bigint NOT NULL,
    forced_os smallint NOT NULL,
    hostname text,
    forced_hostname smallint NOT NULL,
    comments text,
    alive smallint NOT NULL,
    managed smallint NOT NULL,
    reserved smallint NOT NULL,
    time_last_check timestamp without time zone NOT NULL,
    time_create timestamp without time zone NOT NULL,
    users_operator text,
    time_last_edit timestamp without time zone NOT NULL,
    enabled smallint NOT NULL,
    generate_events smallint NOT NULL,
    leased smallint,
    leased_expiration bigint,
    mac_address character varying(20),
    leased_mode smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tipam_network (
    id bigint NOT NULL,
    network character varying(100) NOT NULL,
    name_network character varying(255),
    description text,
    location bigint,
    id_recon_task bigint,
    scan_interval smallint,
    monitoring smallint,
    id_group integer,
    lightweight_mode smallint,
    users_operator text,
    id_site bigint,
    vrf bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tipam_network_location (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tipam_sites (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    parent bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tipam_supernet (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    description text,
    address character varying(250) NOT NULL,
    mask character varying(250) NOT NULL,
    subneting_mask character varying(250),
    id_site bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tipam_supernet_network (
    id bigint NOT NULL,
    id_supernet bigint NOT NULL,
    id_network bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tipam_vlan (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    description text,
    custom_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tipam_vlan_network (
    id bigint NOT NULL,
    id_vlan bigint NOT NULL,
    id_network bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.titem (
    id bigint NOT NULL,
    id_map bigint NOT NULL,
    x integer NOT NULL,
    y integer NOT NULL,
    z integer NOT NULL,
    deleted bigint NOT NULL,
    type bigint NOT NULL,
    refresh bigint NOT NULL,
    source bigint NOT NULL,
    source_data character varying(250),
    options text,
    style text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlanguage (
    id_language character varying(6) NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id_language)
);
CREATE TABLE pandorafms.tlayout (
    id bigint NOT NULL,
    name character varying(600) NOT NULL,
    id_group bigint NOT NULL,
    background character varying(200) NOT NULL,
    height bigint NOT NULL,
    width bigint NOT NULL,
    background_color character varying(50) NOT NULL,
    is_favourite bigint NOT NULL,
    auto_adjust bigint NOT NULL,
    maintenance_mode text,
    grid_color character varying(45) NOT NULL,
    grid_size character varying(45) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlayout_data (
    id bigint NOT NULL,
    id_layout bigint NOT NULL,
    pos_x bigint NOT NULL,
    pos_y bigint NOT NULL,
    height bigint NOT NULL,
    width bigint NOT NULL,
    label text,
    image character varying(200),
    type smallint NOT NULL,
    period bigint NOT NULL,
    id_agente_modulo integer NOT NULL,
    id_agent bigint NOT NULL,
    id_layout_linked bigint NOT NULL,
    parent_item bigint NOT NULL,
    enable_link smallint NOT NULL,
    id_metaconsole integer NOT NULL,
    id_group bigint NOT NULL,
    id_custom_graph bigint NOT NULL,
    border_width bigint NOT NULL,
    type_graph character varying(50) NOT NULL,
    label_position character varying(50) NOT NULL,
    border_color character varying(200),
    fill_color character varying(200),
    recursive_group smallint NOT NULL,
    show_statistics smallint NOT NULL,
    linked_layout_node_id integer NOT NULL,
    linked_layout_status_type text,
    id_layout_linked_weight integer NOT NULL,
    linked_layout_status_as_service_warning double precision NOT NULL,
    linked_layout_status_as_service_critical double precision NOT NULL,
    element_group integer NOT NULL,
    show_on_top smallint NOT NULL,
    clock_animation character varying(60) NOT NULL,
    time_format character varying(60) NOT NULL,
    timezone character varying(60) NOT NULL,
    show_last_value smallint,
    cache_expiration bigint NOT NULL,
    title text,
    period_chart_options text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlayout_template (
    id bigint NOT NULL,
    name character varying(600) NOT NULL,
    id_group bigint NOT NULL,
    background character varying(200) NOT NULL,
    height bigint NOT NULL,
    width bigint NOT NULL,
    background_color character varying(50) NOT NULL,
    is_favourite bigint NOT NULL,
    auto_adjust bigint NOT NULL,
    maintenance_mode text,
    grid_color character varying(45) NOT NULL,
    grid_size character varying(45) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlayout_template_data (
    id bigint NOT NULL,
    id_layout_template bigint NOT NULL,
    pos_x bigint NOT NULL,
    pos_y bigint NOT NULL,
    height bigint NOT NULL,
    width bigint NOT NULL,
    label text,
    image character varying(200),
    type smallint NOT NULL,
    period bigint NOT NULL,
    module_name text,
    agent_name character varying(600) NOT NULL,
    id_layout_linked bigint NOT NULL,
    parent_item bigint NOT NULL,
    enable_link smallint NOT NULL,
    id_metaconsole integer NOT NULL,
    id_group bigint NOT NULL,
    id_custom_graph bigint NOT NULL,
    border_width bigint NOT NULL,
    type_graph character varying(50) NOT NULL,
    label_position character varying(50) NOT NULL,
    border_color character varying(200),
    fill_color character varying(200),
    recursive_group smallint NOT NULL,
    show_statistics smallint NOT NULL,
    linked_layout_node_id integer NOT NULL,
    linked_layout_status_type text,
    id_layout_linked_weight integer NOT NULL,
    linked_layout_status_as_service_warning double precision NOT NULL,
    linked_layout_status_as_service_critical double precision NOT NULL,
    element_group integer NOT NULL,
    show_on_top smallint NOT NULL,
    clock_animation character varying(60) NOT NULL,
    time_format character varying(60) NOT NULL,
    timezone character varying(60) NOT NULL,
    show_last_value smallint,
    cache_expiration bigint NOT NULL,
    title text,
    period_chart_options text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlink (
    id_link bigint NOT NULL,
    name character varying(100) NOT NULL,
    link character varying(255) NOT NULL,
    PRIMARY KEY (id_link)
);
CREATE TABLE pandorafms.tlocal_component (
    id bigint NOT NULL,
    name text,
    data text,
    description character varying(1024),
    id_os bigint,
    os_version character varying(100),
    id_network_component_group bigint NOT NULL,
    type smallint NOT NULL,
    max bigint NOT NULL,
    min bigint NOT NULL,
    module_interval integer NOT NULL,
    id_module_group smallint NOT NULL,
    history_data smallint,
    min_warning double precision,
    max_warning double precision,
    str_warning text,
    min_critical double precision,
    max_critical double precision,
    str_critical text,
    min_ff_event bigint,
    post_process double precision,
    unit text,
    wizard_level text,
    macros text,
    critical_instructions text,
    warning_instructions text,
    unknown_instructions text,
    critical_inverse smallint,
    warning_inverse smallint,
    id_category integer,
    tags text,
    disabled_types_event text,
    min_ff_event_normal bigint,
    min_ff_event_warning bigint,
    min_ff_event_critical bigint,
    ff_type smallint,
    each_ff smallint,
    ff_timeout bigint,
    dynamic_interval bigint,
    dynamic_max integer,
    dynamic_min integer,
    dynamic_next bigint NOT NULL,
    dynamic_two_tailed smallint,
    prediction_sample_window integer,
    prediction_samples integer,
    prediction_threshold integer,
    percentage_critical smallint,
    percentage_warning smallint,
    warning_time bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlog_alert (
    id bigint NOT NULL,
    name text,
    description text,
    "order" bigint,
    mode text,
    field1 text,
    field2 text,
    field3 text,
    field4 text,
    field5 text,
    field6 text,
    field7 text,
    field8 text,
    field9 text,
    field10 text,
    time_threshold integer NOT NULL,
    max_alerts bigint NOT NULL,
    min_alerts bigint NOT NULL,
    time_from time without time zone,
    time_to time without time zone,
    monday smallint,
    tuesday smallint,
    wednesday smallint,
    thursday smallint,
    friday smallint,
    saturday smallint,
    sunday smallint,
    recovery_notify smallint,
    field1_recovery text,
    field2_recovery text,
    field3_recovery text,
    field4_recovery text,
    field5_recovery text,
    field6_recovery text,
    field7_recovery text,
    field8_recovery text,
    field9_recovery text,
    field10_recovery text,
    id_group integer,
    internal_counter integer,
    last_fired bigint NOT NULL,
    last_reference bigint NOT NULL,
    times_fired integer NOT NULL,
    disabled smallint,
    standby smallint,
    priority smallint,
    force_execution smallint,
    group_by text,
    special_days smallint,
    disable_event smallint,
    id_template_conditions bigint NOT NULL,
    id_template_fields bigint NOT NULL,
    last_evaluation bigint NOT NULL,
    pool_occurrences bigint NOT NULL,
    schedule text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlog_alert_action (
    id bigint NOT NULL,
    id_log_alert bigint NOT NULL,
    id_alert_action bigint NOT NULL,
    fires_min bigint,
    fires_max bigint,
    module_action_threshold integer NOT NULL,
    last_execution bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlog_graph_models (
    id bigint NOT NULL,
    title text,
    regexp text,
    fields text,
    average smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tlog_rule (
    id_log_rule bigint NOT NULL,
    id_log_alert bigint NOT NULL,
    operation text,
    "order" bigint,
    "window" integer NOT NULL,
    count integer NOT NULL,
    name text,
    log_content text,
    log_source text,
    log_agent text,
    operator_log_content text,
    operator_log_source text,
    operator_log_agent text,
    PRIMARY KEY (id_log_rule)
);
CREATE TABLE pandorafms.tmap (
    id bigint NOT NULL,
    id_group text NOT NULL,
    id_user character varying(255) NOT NULL,
    type bigint NOT NULL,
    subtype bigint NOT NULL,
    name character varying(250),
    description text,
    height bigint NOT NULL,
    width bigint NOT NULL,
    center_x integer NOT NULL,
    center_y integer NOT NULL,
    background character varying(250),
    background_options bigint NOT NULL,
    source_period bigint NOT NULL,
    source bigint NOT NULL,
    source_data character varying(250),
    generation_method bigint NOT NULL,
    generated bigint NOT NULL,
    filter text,
    id_group_map bigint NOT NULL,
    refresh_time bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmensajes (
    id_mensaje bigint NOT NULL,
    id_usuario_origen character varying(255) NOT NULL,
    mensaje text,
    "timestamp" bigint NOT NULL,
    subject character varying(255) NOT NULL,
    estado bigint NOT NULL,
    url text,
    icon_notification character varying(250),
    response_mode character varying(200),
    citicity bigint,
    id_source bigint NOT NULL,
    subtype character varying(255),
    hidden_sent smallint,
    PRIMARY KEY (id_mensaje)
);
CREATE TABLE pandorafms.tmerge_error (
    id integer NOT NULL,
    id_node integer,
    phase integer,
    step integer,
    msg text,
    action text,
    utimestamp bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmerge_queries (
    steps integer NOT NULL,
    action character varying(100),
    affected character varying(100),
    utimestamp bigint NOT NULL,
    query text NOT NULL,
    PRIMARY KEY (steps)
);
CREATE TABLE pandorafms.tmerge_steps (
    id integer NOT NULL,
    id_node integer,
    phase integer,
    total integer,
    step integer,
    debug character varying(1024),
    action character varying(100),
    affected character varying(100),
    query text,
    utimestamp bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmetaconsole_agent (
    id_agente bigint NOT NULL,
    id_tagente bigint NOT NULL,
    id_tmetaconsole_setup integer NOT NULL,
    nombre character varying(600) NOT NULL,
    direccion character varying(100),
    comentarios character varying(255),
    id_grupo bigint NOT NULL,
    ultimo_contacto timestamp without time zone NOT NULL,
    modo smallint NOT NULL,
    intervalo bigint NOT NULL,
    id_os bigint,
    os_version character varying(100),
    agent_version character varying(100),
    ultimo_contacto_remoto timestamp without time zone,
    disabled smallint NOT NULL,
    remote smallint NOT NULL,
    id_parent bigint,
    custom_id character varying(255),
    server_name character varying(100),
    cascade_protection smallint NOT NULL,
    cascade_protection_module bigint,
    timezone_offset smallint,
    icon_path character varying(127),
    update_gis_data smallint NOT NULL,
    url_address text,
    quiet smallint NOT NULL,
    normal_count bigint NOT NULL,
    warning_count bigint NOT NULL,
    critical_count bigint NOT NULL,
    unknown_count bigint NOT NULL,
    notinit_count bigint NOT NULL,
    total_count bigint NOT NULL,
    fired_count bigint NOT NULL,
    update_module_count smallint NOT NULL,
    update_alert_count smallint NOT NULL,
    update_secondary_groups smallint NOT NULL,
    alias character varying(600) NOT NULL,
    alias_as_name smallint NOT NULL,
    safe_mode_module bigint NOT NULL,
    cps integer NOT NULL,
    satellite_server integer NOT NULL,
    fixed_ip smallint NOT NULL,
    disabled_by_downtime smallint NOT NULL,
    vul_scan_enabled smallint NOT NULL,
    ignore_unknown smallint NOT NULL,
    PRIMARY KEY (id_agente)
);
CREATE TABLE pandorafms.tmetaconsole_agent_secondary_group (
    id bigint NOT NULL,
    id_agent bigint NOT NULL,
    id_tagente bigint NOT NULL,
    id_tmetaconsole_setup integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmetaconsole_ha_databases (
    node_id integer NOT NULL,
    host character varying(255) NOT NULL,
    master smallint,
    PRIMARY KEY (node_id, host)
);
CREATE TABLE pandorafms.tmetaconsole_setup (
    id integer NOT NULL,
    server_name text,
    server_url text,
    dbuser text,
    dbpass text,
    dbhost text,
    dbport text,
    dbname text,
    meta_dbuser text,
    meta_dbpass text,
    meta_dbhost text,
    meta_dbport text,
    meta_dbname text,
    auth_token text,
    id_group bigint NOT NULL,
    api_password text,
    disabled smallint NOT NULL,
    unified smallint NOT NULL,
    server_uid text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmigration_module_queue (
    id bigint NOT NULL,
    id_migration bigint NOT NULL,
    id_source_agentmodule bigint NOT NULL,
    id_target_agentmodule bigint NOT NULL,
    last_replication_timestamp bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmigration_queue (
    id bigint NOT NULL,
    id_source_agent bigint NOT NULL,
    id_target_agent bigint NOT NULL,
    id_source_node bigint NOT NULL,
    id_target_node bigint NOT NULL,
    priority bigint,
    step integer,
    running smallint,
    active_db_only smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmodule (
    id_module bigint NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id_module)
);
CREATE TABLE pandorafms.tmodule_group (
    id_mg integer NOT NULL,
    name character varying(150) NOT NULL,
    PRIMARY KEY (id_mg)
);
CREATE TABLE pandorafms.tmodule_inventory (
    id_module_inventory integer NOT NULL,
    id_os bigint,
    name text,
    description text,
    interpreter character varying(100),
    data_format text,
    code bytea NOT NULL,
    block_mode integer NOT NULL,
    script_mode integer NOT NULL,
    script_path character varying(1000),
    PRIMARY KEY (id_module_inventory)
);
CREATE TABLE pandorafms.tmodule_relationship (
    id bigint NOT NULL,
    id_rt bigint,
    id_server character varying(100) NOT NULL,
    module_a bigint NOT NULL,
    module_b bigint NOT NULL,
    disable_update smallint NOT NULL,
    type text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmodule_synth (
    id bigint NOT NULL,
    id_agent_module_source bigint NOT NULL,
    id_agent_module_target bigint NOT NULL,
    fixed_value double precision NOT NULL,
    operation text NOT NULL,
    "order" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tmonitor_filter (
    id_filter bigint NOT NULL,
    id_name character varying(600) NOT NULL,
    id_group_filter integer NOT NULL,
    ag_group integer NOT NULL,
    recursion text,
    status integer NOT NULL,
    ag_modulename text,
    ag_freestring text,
    tag_filter text,
    moduletype text,
    module_option integer,
    modulegroup integer NOT NULL,
    min_hours_status text,
    datatype text,
    not_condition text,
    ag_custom_fields text,
    PRIMARY KEY (id_filter)
);
CREATE TABLE pandorafms.tncm_agent (
    id_agent bigint NOT NULL,
    id_vendor bigint,
    id_model bigint,
    protocol bigint NOT NULL,
    cred_key character varying(100),
    adv_key character varying(100),
    port bigint,
    status integer NOT NULL,
    updated_at bigint NOT NULL,
    config_backup_id bigint,
    id_template bigint,
    id_agent_data_template bigint,
    execute_type bigint NOT NULL,
    execute bigint NOT NULL,
    cron_interval character varying(100),
    agent_data_cron_interval character varying(100),
    event_on_change bigint,
    agent_data_event_on_change bigint,
    last_error text,
    PRIMARY KEY (id_agent)
);
CREATE TABLE pandorafms.tncm_agent_data (
    id bigint NOT NULL,
    id_agent bigint NOT NULL,
    script_type bigint NOT NULL,
    id_agent_data integer NOT NULL,
    data bytea,
    status integer NOT NULL,
    updated_at bigint NOT NULL
);
CREATE TABLE pandorafms.tncm_agent_data_template (
    id bigint NOT NULL,
    name text,
    vendors text,
    models text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tncm_agent_data_template_scripts (
    id bigint NOT NULL,
    id_agent_data_template bigint NOT NULL,
    id_script bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tncm_firmware (
    id bigint NOT NULL,
    name character varying(255),
    shortname character varying(255),
    vendor bigint,
    models text,
    path text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tncm_model (
    id bigint NOT NULL,
    id_vendor bigint NOT NULL,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tncm_queue (
    id bigint NOT NULL,
    id_agent bigint NOT NULL,
    id_script bigint NOT NULL,
    id_agent_data bigint,
    utimestamp bigint NOT NULL,
    scheduled bigint,
    snippet text
);
CREATE TABLE pandorafms.tncm_script (
    id bigint NOT NULL,
    type bigint NOT NULL,
    content text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tncm_snippet (
    id bigint NOT NULL,
    name text,
    content text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tncm_template (
    id bigint NOT NULL,
    name text,
    vendors text,
    models text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tncm_template_scripts (
    id bigint NOT NULL,
    id_template bigint NOT NULL,
    id_script bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tncm_vendor (
    id bigint NOT NULL,
    name character varying(255),
    icon character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tnetflow_filter (
    id_sg bigint NOT NULL,
    id_name character varying(600) NOT NULL,
    id_group integer,
    ip_dst text,
    ip_src text,
    dst_port text,
    src_port text,
    router_ip text,
    advanced_filter text,
    filter_args text,
    aggregate character varying(60),
    netflow_monitoring smallint NOT NULL,
    traffic_max integer NOT NULL,
    traffic_critical real NOT NULL,
    traffic_warning real NOT NULL,
    netflow_monitoring_interval bigint NOT NULL,
    utimestamp bigint NOT NULL,
    PRIMARY KEY (id_sg)
);
CREATE TABLE pandorafms.tnetflow_report (
    id_report bigint NOT NULL,
    id_name character varying(150) NOT NULL,
    description text,
    id_group integer,
    server_name text,
    PRIMARY KEY (id_report)
);
CREATE TABLE pandorafms.tnetflow_report_content (
    id_rc bigint NOT NULL,
    id_report bigint NOT NULL,
    id_filter bigint NOT NULL,
    description text,
    date bigint NOT NULL,
    period integer NOT NULL,
    max integer NOT NULL,
    show_graph character varying(60),
    "order" integer NOT NULL,
    PRIMARY KEY (id_rc)
);
CREATE TABLE pandorafms.tnetwork_component (
    id_nc bigint NOT NULL,
    name text,
    description text,
    id_group integer NOT NULL,
    type smallint NOT NULL,
    max bigint NOT NULL,
    min bigint NOT NULL,
    module_interval integer NOT NULL,
    tcp_port bigint NOT NULL,
    tcp_send text,
    tcp_rcv text,
    snmp_community character varying(255) NOT NULL,
    snmp_oid character varying(400) NOT NULL,
    id_module_group smallint NOT NULL,
    id_modulo bigint,
    id_plugin bigint,
    plugin_user text,
    plugin_pass text,
    plugin_parameter text,
    max_timeout bigint,
    max_retries bigint,
    history_data smallint,
    min_warning double precision,
    max_warning double precision,
    str_warning text,
    min_critical double precision,
    max_critical double precision,
    str_critical text,
    min_ff_event bigint,
    custom_string_1 text,
    custom_string_2 text,
    custom_string_3 text,
    custom_integer_1 integer,
    custom_integer_2 integer,
    post_process double precision,
    unit text,
    wizard_level text,
    macros text,
    critical_instructions text,
    warning_instructions text,
    unknown_instructions text,
    critical_inverse smallint,
    warning_inverse smallint,
    id_category integer,
    tags text,
    disabled_types_event text,
    module_macros text,
    min_ff_event_normal bigint,
    min_ff_event_warning bigint,
    min_ff_event_critical bigint,
    ff_type smallint,
    each_ff smallint,
    dynamic_interval bigint,
    dynamic_max integer,
    dynamic_min integer,
    dynamic_next bigint NOT NULL,
    dynamic_two_tailed smallint,
    module_type smallint NOT NULL,
    protocol text,
    manufacturer_id character varying(200),
    execution_type smallint NOT NULL,
    scan_type smallint NOT NULL,
    value text,
    value_operations text,
    module_enabled smallint,
    name_oid character varying(255),
    query_class character varying(200),
    query_key_field character varying(200),
    scan_filters text,
    query_filters text,
    enabled smallint,
    percentage_critical smallint,
    percentage_warning smallint,
    warning_time bigint,
    target_ip character varying(255) NOT NULL,
    PRIMARY KEY (id_nc)
);
CREATE TABLE pandorafms.tnetwork_component_group (
    id_sg bigint NOT NULL,
    name character varying(200) NOT NULL,
    parent integer NOT NULL,
    PRIMARY KEY (id_sg)
);
CREATE TABLE pandorafms.tnetwork_explorer_filter (
    id integer NOT NULL,
    filter_name character varying(45),
    top character varying(45),
    action character varying(45),
    advanced_filter text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tnetwork_map (
    id_networkmap bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    name character varying(100) NOT NULL,
    type character varying(20) NOT NULL,
    layout character varying(20) NOT NULL,
    nooverlap smallint NOT NULL,
    simple smallint NOT NULL,
    regenerate smallint NOT NULL,
    font_size bigint NOT NULL,
    id_group integer NOT NULL,
    id_module_group integer NOT NULL,
    id_policy integer NOT NULL,
    depth character varying(20) NOT NULL,
    only_modules_with_alerts smallint NOT NULL,
    hide_policy_modules smallint NOT NULL,
    zoom double precision NOT NULL,
    distance_nodes double precision NOT NULL,
    center bigint NOT NULL,
    contracted_nodes text,
    show_snmp_modules smallint NOT NULL,
    text_filter character varying(100) NOT NULL,
    dont_show_subgroups smallint NOT NULL,
    pandoras_children smallint NOT NULL,
    show_groups smallint NOT NULL,
    show_modules smallint NOT NULL,
    id_agent integer NOT NULL,
    server_name character varying(100) NOT NULL,
    show_modulegroup smallint NOT NULL,
    l2_network smallint NOT NULL,
    id_tag integer,
    store_group integer,
    PRIMARY KEY (id_networkmap)
);
CREATE TABLE pandorafms.tnetwork_profile (
    id_np bigint NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(250),
    PRIMARY KEY (id_np)
);
CREATE TABLE pandorafms.tnetwork_profile_component (
    id_nc integer NOT NULL,
    id_np integer NOT NULL
);
CREATE TABLE pandorafms.tnetwork_profile_pen (
    pen bigint NOT NULL,
    id_np bigint NOT NULL
);
CREATE TABLE pandorafms.tnetwork_usage_filter (
    id integer NOT NULL,
    filter_name character varying(45),
    top character varying(45),
    action character varying(45),
    advanced_filter text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tnetworkmap_ent_rel_nodes (
    id bigint NOT NULL,
    id_networkmap_enterprise bigint NOT NULL,
    parent integer,
    parent_type character varying(30),
    child integer,
    child_type character varying(30),
    deleted integer,
    PRIMARY KEY (id, id_networkmap_enterprise)
);
CREATE TABLE pandorafms.tnetworkmap_enterprise (
    id bigint NOT NULL,
    name character varying(500),
    id_group bigint NOT NULL,
    options text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tnetworkmap_enterprise_nodes (
    id bigint NOT NULL,
    id_networkmap_enterprise bigint NOT NULL,
    x integer,
    y integer,
    z integer,
    id_agent integer,
    id_module integer,
    id_agent_module integer,
    parent integer,
    options text,
    deleted integer,
    state character varying(150) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tnews (
    id_news bigint NOT NULL,
    author character varying(255) NOT NULL,
    subject character varying(255) NOT NULL,
    text text,
    "timestamp" timestamp without time zone,
    id_group integer NOT NULL,
    modal smallint,
    expire smallint,
    expire_timestamp timestamp without time zone,
    PRIMARY KEY (id_news)
);
CREATE TABLE pandorafms.tnode_relations (
    id bigint NOT NULL,
    gateway character varying(100) NOT NULL,
    imei character varying(100) NOT NULL,
    node_address character varying(60) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tnotification_group (
    id_mensaje bigint NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_mensaje, id_group)
);
CREATE TABLE pandorafms.tnotification_source (
    id bigint NOT NULL,
    description character varying(255),
    icon text,
    max_postpone_time integer,
    enabled integer,
    user_editable integer,
    also_mail integer,
    subtype_blacklist text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tnotification_source_group (
    id_source bigint NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_source, id_group)
);
CREATE TABLE pandorafms.tnotification_source_group_user (
    id_source bigint NOT NULL,
    id_group integer NOT NULL,
    id_user character varying(255) NOT NULL,
    enabled integer,
    also_mail integer,
    PRIMARY KEY (id_source, id_user)
);
CREATE TABLE pandorafms.tnotification_source_user (
    id_source bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    enabled integer,
    also_mail integer,
    PRIMARY KEY (id_source, id_user)
);
CREATE TABLE pandorafms.tnotification_user (
    id_mensaje bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    utimestamp_read bigint,
    utimestamp_erased bigint,
    postpone integer,
    PRIMARY KEY (id_mensaje, id_user)
);
CREATE TABLE pandorafms.torigen (
    origen character varying(100) NOT NULL
);
CREATE TABLE pandorafms.tpandora_cve (
    cve_id character varying(20) NOT NULL,
    cvss_score double precision,
    cvss_vector character varying(255),
    PRIMARY KEY (cve_id)
);
CREATE TABLE pandorafms.tpassword_history (
    id_pass bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    password character varying(45),
    date_begin timestamp without time zone,
    date_end timestamp without time zone,
    PRIMARY KEY (id_pass)
);
CREATE TABLE pandorafms.tpen (
    pen bigint NOT NULL,
    manufacturer text,
    description text,
    PRIMARY KEY (pen)
);
CREATE TABLE pandorafms.tperfil (
    id_perfil bigint NOT NULL,
    name text,
    agent_view smallint NOT NULL,
    agent_edit smallint NOT NULL,
    alert_edit smallint NOT NULL,
    user_management smallint NOT NULL,
    db_management smallint NOT NULL,
    alert_management smallint NOT NULL,
    pandora_management smallint NOT NULL,
    report_view smallint NOT NULL,
    report_edit smallint NOT NULL,
    report_management smallint NOT NULL,
    event_view smallint NOT NULL,
    event_edit smallint NOT NULL,
    event_management smallint NOT NULL,
    agent_disable smallint NOT NULL,
    map_view smallint NOT NULL,
    map_edit smallint NOT NULL,
    map_management smallint NOT NULL,
    vconsole_view smallint NOT NULL,
    vconsole_edit smallint NOT NULL,
    vconsole_management smallint NOT NULL,
    network_config_view smallint NOT NULL,
    network_config_edit smallint NOT NULL,
    network_config_management smallint NOT NULL,
    PRIMARY KEY (id_perfil)
);
CREATE TABLE pandorafms.tplanned_downtime (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    date_from bigint NOT NULL,
    date_to bigint NOT NULL,
    executed smallint NOT NULL,
    id_group integer,
    only_alerts smallint NOT NULL,
    monday smallint,
    tuesday smallint,
    wednesday smallint,
    thursday smallint,
    friday smallint,
    saturday smallint,
    sunday smallint,
    periodically_time_from time without time zone,
    periodically_time_to time without time zone,
    periodically_day_from bigint,
    periodically_day_to bigint,
    type_downtime character varying(100) NOT NULL,
    type_execution character varying(100) NOT NULL,
    type_periodicity character varying(100) NOT NULL,
    id_user character varying(255) NOT NULL,
    cron_interval_from character varying(100),
    cron_interval_to character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tplanned_downtime_agents (
    id bigint NOT NULL,
    id_agent integer NOT NULL,
    id_downtime integer NOT NULL,
    all_modules smallint,
    manually_disabled smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tplanned_downtime_modules (
    id bigint NOT NULL,
    id_agent integer NOT NULL,
    id_agent_module integer NOT NULL,
    id_downtime integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tplugin (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    description text,
    max_timeout bigint NOT NULL,
    max_retries bigint NOT NULL,
    execute character varying(250) NOT NULL,
    net_dst_opt character varying(50),
    net_port_opt character varying(50),
    user_opt character varying(50),
    pass_opt character varying(50),
    plugin_type bigint NOT NULL,
    macros text,
    parameters text,
    no_delete smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicies (
    id bigint NOT NULL,
    name text,
    description character varying(255) NOT NULL,
    id_group bigint,
    status bigint NOT NULL,
    force_apply smallint,
    apply_to_secondary_groups smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_agents (
    id bigint NOT NULL,
    id_policy bigint,
    id_agent bigint,
    policy_applied smallint,
    pending_delete smallint,
    last_apply_utimestamp bigint NOT NULL,
    id_node integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_alerts (
    id bigint NOT NULL,
    id_policy bigint NOT NULL,
    id_policy_module bigint,
    id_alert_template bigint,
    name_extern_module text,
    disabled smallint,
    standby smallint,
    pending_delete smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_alerts_actions (
    id bigint NOT NULL,
    id_policy_alert bigint NOT NULL,
    id_alert_action bigint NOT NULL,
    fires_min bigint,
    fires_max bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_collections (
    id bigint NOT NULL,
    id_policy bigint NOT NULL,
    id_collection bigint,
    pending_delete smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_group_agents (
    id bigint NOT NULL,
    id_policy bigint,
    id_agent bigint,
    direct smallint
);
CREATE TABLE pandorafms.tpolicy_groups (
    id bigint NOT NULL,
    id_policy bigint,
    id_group bigint,
    policy_applied smallint,
    pending_delete smallint,
    last_apply_utimestamp bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_modules (
    id bigint NOT NULL,
    id_policy bigint NOT NULL,
    configuration_data text,
    id_tipo_modulo smallint NOT NULL,
    description character varying(1024) NOT NULL,
    name character varying(200) NOT NULL,
    unit text,
    max bigint,
    min bigint,
    module_interval bigint,
    ip_target character varying(100),
    tcp_port bigint,
    tcp_send text,
    tcp_rcv text,
    snmp_community character varying(100),
    snmp_oid character varying(255),
    id_module_group bigint,
    flag smallint,
    id_module integer,
    disabled smallint NOT NULL,
    id_export integer,
    plugin_user text,
    plugin_pass text,
    plugin_parameter text,
    id_plugin integer,
    post_process double precision,
    prediction_module bigint,
    max_timeout bigint,
    max_retries bigint,
    custom_id character varying(255),
    history_data smallint,
    min_warning double precision,
    max_warning double precision,
    str_warning text,
    min_critical double precision,
    max_critical double precision,
    str_critical text,
    min_ff_event bigint,
    custom_string_1 text,
    custom_string_2 text,
    custom_string_3 text,
    custom_integer_1 integer,
    custom_integer_2 integer,
    pending_delete smallint,
    critical_instructions text,
    warning_instructions text,
    unknown_instructions text,
    critical_inverse smallint,
    warning_inverse smallint,
    id_category integer,
    module_ff_interval bigint,
    quiet smallint NOT NULL,
    cron_interval character varying(100),
    macros text,
    disabled_types_event text,
    module_macros text,
    min_ff_event_normal bigint,
    min_ff_event_warning bigint,
    min_ff_event_critical bigint,
    ff_type smallint,
    each_ff smallint,
    ff_timeout bigint,
    dynamic_interval bigint,
    dynamic_max integer,
    dynamic_min integer,
    dynamic_next bigint NOT NULL,
    dynamic_two_tailed smallint,
    prediction_sample_window integer,
    prediction_samples integer,
    prediction_threshold integer,
    cps integer NOT NULL,
    percentage_warning smallint,
    percentage_critical smallint,
    warning_time bigint,
    made_enabled smallint,
    ignore_unknown smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_modules_inventory (
    id integer NOT NULL,
    id_policy bigint NOT NULL,
    id_module_inventory integer NOT NULL,
    "interval" bigint NOT NULL,
    username character varying(100),
    password character varying(100),
    pending_delete smallint,
    custom_fields bytea NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_modules_synth (
    id bigint NOT NULL,
    id_agent_module_source bigint NOT NULL,
    id_agent_module_target bigint NOT NULL,
    fixed_value double precision NOT NULL,
    operation text NOT NULL,
    "order" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_plugins (
    id bigint NOT NULL,
    id_policy bigint,
    plugin_exec text,
    pending_delete smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tpolicy_queue (
    id bigint NOT NULL,
    id_policy bigint NOT NULL,
    id_agent bigint NOT NULL,
    operation character varying(15),
    progress integer NOT NULL,
    end_utimestamp bigint NOT NULL,
    priority bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tprofile_view (
    id bigint NOT NULL,
    id_profile bigint NOT NULL,
    sec text,
    sec2 text,
    sec3 text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tprovisioning (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    "order" integer NOT NULL,
    config text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tprovisioning_rules (
    id bigint NOT NULL,
    id_provisioning bigint NOT NULL,
    "order" integer NOT NULL,
    operator text,
    type text,
    value character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.trecon_script (
    id_recon_script integer NOT NULL,
    name character varying(100),
    description text,
    script character varying(250),
    macros text,
    type integer NOT NULL,
    PRIMARY KEY (id_recon_script)
);
CREATE TABLE pandorafms.trecon_task (
    id_rt bigint NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(250) NOT NULL,
    subnet text,
    id_network_profile text,
    review_mode smallint NOT NULL,
    id_group bigint NOT NULL,
    utimestamp bigint NOT NULL,
    status smallint NOT NULL,
    interval_sweep bigint NOT NULL,
    id_recon_server bigint NOT NULL,
    id_os smallint NOT NULL,
    recon_ports character varying(250) NOT NULL,
    snmp_community character varying(64) NOT NULL,
    id_recon_script integer,
    field1 text,
    field2 character varying(250) NOT NULL,
    field3 character varying(250) NOT NULL,
    field4 character varying(250) NOT NULL,
    os_detect smallint,
    resolve_names smallint,
    parent_detection smallint,
    parent_recursion smallint,
    disabled smallint NOT NULL,
    macros text,
    alias_as_name smallint NOT NULL,
    snmp_enabled smallint,
    vlan_enabled smallint,
    snmp_version character varying(5) NOT NULL,
    snmp_auth_user character varying(255) NOT NULL,
    snmp_auth_pass character varying(255) NOT NULL,
    snmp_auth_method character varying(25) NOT NULL,
    snmp_privacy_method character varying(25) NOT NULL,
    snmp_privacy_pass character varying(255) NOT NULL,
    snmp_security_level character varying(25) NOT NULL,
    wmi_enabled smallint,
    rcmd_enabled smallint,
    auth_strings text,
    auto_monitor smallint,
    autoconfiguration_enabled smallint,
    summary text,
    type integer NOT NULL,
    subnet_csv smallint,
    snmp_skip_non_enabled_ifs smallint,
    id_app integer,
    setup_complete smallint NOT NULL,
    executions_timeout bigint NOT NULL,
    PRIMARY KEY (id_rt)
);
CREATE TABLE pandorafms.trel_item (
    id bigint NOT NULL,
    id_parent bigint NOT NULL,
    id_child bigint NOT NULL,
    id_map bigint NOT NULL,
    id_parent_source_data bigint NOT NULL,
    id_child_source_data bigint NOT NULL,
    parent_type bigint NOT NULL,
    child_type bigint NOT NULL,
    id_item bigint NOT NULL,
    deleted bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tremote_command (
    id bigint NOT NULL,
    name character varying(150) NOT NULL,
    timeout bigint NOT NULL,
    retries bigint NOT NULL,
    preconditions text,
    script text,
    postconditions text,
    utimestamp bigint NOT NULL,
    id_group bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tremote_command_target (
    id bigint NOT NULL,
    rcmd_id bigint NOT NULL,
    id_agent bigint NOT NULL,
    utimestamp bigint NOT NULL,
    stdout text,
    stderr text,
    errorlevel bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.treport (
    id_report bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    name character varying(150) NOT NULL,
    description text,
    private smallint NOT NULL,
    id_group integer,
    custom_logo character varying(200),
    header text,
    first_page text,
    footer text,
    custom_font character varying(200),
    id_template bigint,
    id_group_edit integer,
    metaconsole smallint,
    non_interactive smallint NOT NULL,
    hidden smallint,
    orientation character varying(25) NOT NULL,
    cover_page_render smallint NOT NULL,
    index_render smallint NOT NULL,
    PRIMARY KEY (id_report)
);
CREATE TABLE pandorafms.treport_content (
    id_rc bigint NOT NULL,
    id_report bigint NOT NULL,
    id_gs bigint,
    id_agent_module bigint,
    type character varying(30),
    period integer NOT NULL,
    period_range integer,
    "order" integer NOT NULL,
    name character varying(300),
    description text,
    id_agent bigint NOT NULL,
    text text,
    external_source text,
    treport_custom_sql_id bigint,
    header_definition text,
    column_separator text,
    line_separator text,
    time_from time without time zone,
    time_to time without time zone,
    monday smallint,
    tuesday smallint,
    wednesday smallint,
    thursday smallint,
    friday smallint,
    saturday smallint,
    sunday smallint,
    only_display_wrong smallint NOT NULL,
    top_n integer NOT NULL,
    top_n_value integer NOT NULL,
    exception_condition integer NOT NULL,
    exception_condition_value double precision NOT NULL,
    show_resume integer NOT NULL,
    order_uptodown integer NOT NULL,
    show_graph integer NOT NULL,
    group_by_agent integer NOT NULL,
    style text,
    id_group bigint NOT NULL,
    id_module_group bigint NOT NULL,
    server_name text,
    historical_db smallint NOT NULL,
    lapse_calc smallint NOT NULL,
    lapse bigint NOT NULL,
    visual_format smallint NOT NULL,
    hide_no_data smallint,
    recursion smallint,
    show_extended_events smallint,
    total_time smallint,
    time_failed smallint,
    time_in_ok_status smallint,
    time_in_warning_status smallint,
    time_in_unknown_status smallint,
    time_of_not_initialized_module smallint,
    time_of_downtime smallint,
    total_checks smallint,
    checks_failed smallint,
    checks_in_ok_status smallint,
    checks_in_warning_status smallint,
    unknown_checks smallint,
    agent_max_value smallint,
    agent_min_value smallint,
    current_month smallint,
    failover_mode smallint,
    failover_type smallint,
    uncompressed_module smallint,
    summary smallint,
    landscape smallint NOT NULL,
    pagebreak smallint NOT NULL,
    compare_work_time smallint NOT NULL,
    graph_render smallint NOT NULL,
    ipam_network_filter bigint,
    ipam_alive_ips smallint NOT NULL,
    ipam_ip_not_assigned_to_agent smallint NOT NULL,
    macros_definition text,
    render_definition text,
    use_prefix_notation smallint NOT NULL,
    cat_security_hardening integer NOT NULL,
    ignore_skipped integer NOT NULL,
    status_of_check text,
    ncm_agents text,
    check_unknowns_graph smallint,
    PRIMARY KEY (id_rc)
);
CREATE TABLE pandorafms.treport_content_item (
    id bigint NOT NULL,
    id_report_content bigint NOT NULL,
    id_agent_module bigint NOT NULL,
    id_agent_module_failover bigint NOT NULL,
    server_name text,
    operation text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.treport_content_item_temp (
    id bigint NOT NULL,
    id_report_content bigint NOT NULL,
    text_agent text,
    text_agent_module text,
    server_name text,
    exact_match smallint,
    operation text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.treport_content_sla_com_temp (
    id bigint NOT NULL,
    id_report_content bigint NOT NULL,
    text_agent text,
    text_agent_module text,
    sla_max double precision NOT NULL,
    sla_min double precision NOT NULL,
    sla_limit double precision NOT NULL,
    server_name text,
    exact_match smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.treport_content_sla_combined (
    id bigint NOT NULL,
    id_report_content bigint NOT NULL,
    id_agent_module bigint NOT NULL,
    id_agent_module_failover bigint NOT NULL,
    sla_max double precision NOT NULL,
    sla_min double precision NOT NULL,
    sla_limit double precision NOT NULL,
    server_name text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.treport_content_template (
    id_rc bigint NOT NULL,
    id_report bigint NOT NULL,
    id_gs bigint,
    text_agent_module text,
    type character varying(30),
    period integer NOT NULL,
    "order" integer NOT NULL,
    description text,
    text_agent text,
    text text,
    external_source text,
    treport_custom_sql_id bigint,
    header_definition text,
    column_separator text,
    line_separator text,
    time_from time without time zone,
    time_to time without time zone,
    monday smallint,
    tuesday smallint,
    wednesday smallint,
    thursday smallint,
    friday smallint,
    saturday smallint,
    sunday smallint,
    only_display_wrong smallint NOT NULL,
    top_n integer NOT NULL,
    top_n_value integer NOT NULL,
    exception_condition integer NOT NULL,
    exception_condition_value double precision NOT NULL,
    show_resume integer NOT NULL,
    order_uptodown integer NOT NULL,
    show_graph integer NOT NULL,
    group_by_agent integer NOT NULL,
    style text,
    id_group bigint NOT NULL,
    id_module_group bigint NOT NULL,
    server_name text,
    exact_match smallint,
    module_names text,
    module_free_text text,
    each_agent smallint,
    historical_db smallint NOT NULL,
    lapse_calc smallint NOT NULL,
    lapse bigint NOT NULL,
    visual_format smallint NOT NULL,
    hide_no_data smallint,
    total_time smallint,
    time_failed smallint,
    time_in_ok_status smallint,
    time_in_warning_status smallint,
    time_in_unknown_status smallint,
    time_of_not_initialized_module smallint,
    time_of_downtime smallint,
    total_checks smallint,
    checks_failed smallint,
    checks_in_ok_status smallint,
    checks_in_warning_status smallint,
    unknown_checks smallint,
    agent_max_value smallint,
    agent_min_value smallint,
    current_month smallint,
    failover_mode smallint,
    failover_type smallint,
    summary smallint,
    uncompressed_module smallint,
    landscape smallint NOT NULL,
    pagebreak smallint NOT NULL,
    compare_work_time smallint NOT NULL,
    graph_render smallint NOT NULL,
    ipam_network_filter bigint,
    ipam_alive_ips smallint NOT NULL,
    ipam_ip_not_assigned_to_agent smallint NOT NULL,
    macros_definition text,
    render_definition text,
    use_prefix_notation smallint NOT NULL,
    PRIMARY KEY (id_rc)
);
CREATE TABLE pandorafms.treport_custom_sql (
    id bigint NOT NULL,
    name character varying(150) NOT NULL,
    sql text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.treport_template (
    id_report bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    name character varying(150) NOT NULL,
    description text,
    private smallint NOT NULL,
    id_group integer,
    custom_logo character varying(200),
    header text,
    first_page text,
    footer text,
    custom_font character varying(200),
    metaconsole smallint,
    agent_regex character varying(600) NOT NULL,
    cover_page_render smallint NOT NULL,
    index_render smallint NOT NULL,
    PRIMARY KEY (id_report)
);
CREATE TABLE pandorafms.treset_pass (
    id bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    cod_hash character varying(100) NOT NULL,
    reset_time bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.treset_pass_history (
    id bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    reset_moment timestamp without time zone NOT NULL,
    success smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tsca (
    id integer NOT NULL,
    title character varying(255),
    description text,
    rationale text,
    impact text,
    remediation text,
    compliance text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tserver (
    id_server bigint NOT NULL,
    name character varying(100) NOT NULL,
    ip_address character varying(100) NOT NULL,
    status integer NOT NULL,
    laststart timestamp without time zone NOT NULL,
    keepalive timestamp without time zone NOT NULL,
    snmp_server smallint NOT NULL,
    network_server smallint NOT NULL,
    data_server smallint NOT NULL,
    master smallint NOT NULL,
    checksum smallint NOT NULL,
    description character varying(255),
    recon_server smallint NOT NULL,
    version character varying(25) NOT NULL,
    plugin_server smallint NOT NULL,
    prediction_server smallint NOT NULL,
    wmi_server smallint NOT NULL,
    export_server smallint NOT NULL,
    server_type smallint NOT NULL,
    queued_modules bigint NOT NULL,
    threads bigint NOT NULL,
    lag_time integer NOT NULL,
    lag_modules integer NOT NULL,
    total_modules_running integer NOT NULL,
    my_modules integer NOT NULL,
    server_keepalive integer NOT NULL,
    stat_utimestamp bigint NOT NULL,
    exec_proxy smallint NOT NULL,
    port bigint NOT NULL,
    server_keepalive_utimestamp bigint NOT NULL,
    disabled smallint NOT NULL,
    PRIMARY KEY (id_server)
);
CREATE TABLE pandorafms.tserver_export (
    id bigint NOT NULL,
    name character varying(600) NOT NULL,
    preffix character varying(100) NOT NULL,
    "interval" bigint NOT NULL,
    ip_server character varying(100) NOT NULL,
    connect_mode text,
    id_export_server bigint,
    "user" character varying(100) NOT NULL,
    pass character varying(100) NOT NULL,
    port bigint,
    directory character varying(100) NOT NULL,
    options character varying(100) NOT NULL,
    timezone_offset smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tserver_export_data (
    id bigint NOT NULL,
    id_export_server bigint,
    agent_name character varying(100) NOT NULL,
    module_name character varying(600) NOT NULL,
    module_type character varying(100) NOT NULL,
    data character varying(255),
    "timestamp" timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tservice (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    id_group bigint NOT NULL,
    critical double precision NOT NULL,
    warning double precision NOT NULL,
    unknown_as_critical smallint NOT NULL,
    service_interval double precision NOT NULL,
    service_value double precision NOT NULL,
    status smallint NOT NULL,
    utimestamp bigint NOT NULL,
    auto_calculate smallint NOT NULL,
    id_agent_module bigint NOT NULL,
    sla_interval double precision NOT NULL,
    sla_id_module bigint NOT NULL,
    sla_value_id_module bigint NOT NULL,
    sla_limit double precision NOT NULL,
    id_template_alert_warning bigint NOT NULL,
    id_template_alert_critical bigint NOT NULL,
    id_template_alert_unknown bigint NOT NULL,
    id_template_alert_critical_sla bigint NOT NULL,
    quiet smallint NOT NULL,
    cps integer NOT NULL,
    cascade_protection smallint NOT NULL,
    evaluate_sla integer NOT NULL,
    is_favourite smallint NOT NULL,
    enable_sunburst smallint NOT NULL,
    asynchronous smallint NOT NULL,
    enable_horizontal_tree smallint NOT NULL,
    rca text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tservice_element (
    id bigint NOT NULL,
    id_service bigint NOT NULL,
    weight_ok double precision NOT NULL,
    weight_warning double precision NOT NULL,
    weight_critical double precision NOT NULL,
    weight_unknown double precision NOT NULL,
    description text,
    id_agente_modulo bigint NOT NULL,
    id_agent bigint NOT NULL,
    id_service_child bigint NOT NULL,
    id_server_meta bigint NOT NULL,
    rules text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tsesion (
    id_sesion bigint NOT NULL,
    id_usuario character varying(255) NOT NULL,
    ip_origen character varying(100) NOT NULL,
    accion character varying(100) NOT NULL,
    descripcion text,
    fecha timestamp without time zone NOT NULL,
    utimestamp bigint NOT NULL,
    PRIMARY KEY (id_sesion)
);
CREATE TABLE pandorafms.tsesion_extended (
    id bigint NOT NULL,
    id_sesion bigint NOT NULL,
    extended_info text,
    hash character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tsesion_filter (
    id_filter integer NOT NULL,
    id_name text,
    text text,
    ip text,
    type text,
    "user" text,
    custom_date integer,
    date character varying(45),
    date_text character varying(45),
    date_units character varying(45),
    date_init character varying(45),
    time_init character varying(45),
    date_end character varying(45),
    time_end character varying(45),
    PRIMARY KEY (id_filter)
);
CREATE TABLE pandorafms.tsesion_filter_log_viewer (
    id_filter integer NOT NULL,
    id_name text,
    id_group_filter text,
    id_search_mode integer,
    "order" character varying(45),
    search character varying(255),
    group_id integer,
    custom_date integer,
    date character varying(45),
    date_text character varying(45),
    date_units character varying(45),
    date_init character varying(45),
    time_init character varying(45),
    date_end character varying(45),
    time_end character varying(45),
    agent character varying(255),
    source character varying(255),
    display_mode integer,
    capture_model integer,
    graph_type integer,
    PRIMARY KEY (id_filter)
);
CREATE TABLE pandorafms.tsessions_php (
    id_session character(52) NOT NULL,
    last_active integer NOT NULL,
    data text,
    PRIMARY KEY (id_session)
);
CREATE TABLE pandorafms.tsnmp_filter (
    id_snmp_filter bigint NOT NULL,
    description character varying(255),
    filter character varying(255),
    unified_filters_id integer NOT NULL,
    PRIMARY KEY (id_snmp_filter)
);
CREATE TABLE pandorafms.tsync_queue (
    id bigint NOT NULL,
    sql text,
    target bigint NOT NULL,
    utimestamp bigint,
    operation text,
    "table" text,
    error text,
    result text,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.ttag (
    id_tag bigint NOT NULL,
    name text,
    description text,
    url text,
    email text,
    phone text,
    previous_name text,
    PRIMARY KEY (id_tag)
);
CREATE TABLE pandorafms.ttag_module (
    id_tag integer NOT NULL,
    id_agente_modulo integer NOT NULL,
    id_policy_module integer NOT NULL,
    PRIMARY KEY (id_tag, id_agente_modulo)
);
CREATE TABLE pandorafms.ttag_policy_module (
    id_tag integer NOT NULL,
    id_policy_module integer NOT NULL,
    PRIMARY KEY (id_tag, id_policy_module)
);
CREATE TABLE pandorafms.ttipo_modulo (
    id_tipo integer NOT NULL,
    nombre character varying(100) NOT NULL,
    categoria integer NOT NULL,
    descripcion character varying(100) NOT NULL,
    icon character varying(100),
    PRIMARY KEY (id_tipo)
);
CREATE TABLE pandorafms.ttoken (
    id bigint NOT NULL,
    label text NOT NULL,
    uuid text NOT NULL,
    challenge text NOT NULL,
    id_user character varying(60) NOT NULL,
    validity timestamp without time zone,
    last_usage timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.ttrap (
    id_trap bigint NOT NULL,
    source character varying(50) NOT NULL,
    oid text,
    oid_custom text,
    type integer NOT NULL,
    type_custom character varying(100),
    value text,
    value_custom text,
    alerted smallint NOT NULL,
    status smallint NOT NULL,
    id_usuario character varying(255),
    "timestamp" timestamp without time zone NOT NULL,
    priority smallint NOT NULL,
    text character varying(255),
    description character varying(255),
    severity smallint NOT NULL,
    utimestamp bigint NOT NULL,
    PRIMARY KEY (id_trap)
);
CREATE TABLE pandorafms.ttrap_custom_values (
    id integer NOT NULL,
    oid character varying(255) NOT NULL,
    custom_oid character varying(255) NOT NULL,
    text character varying(255),
    description character varying(255),
    severity smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tupdate_journal (
    id bigint NOT NULL,
    utimestamp bigint,
    version character varying(25),
    type character varying(25),
    origin character varying(25),
    id_user character varying(255) NOT NULL
);
CREATE TABLE pandorafms.tupdate_settings (
    key character varying(255) NOT NULL,
    value character varying(255),
    PRIMARY KEY (key)
);
CREATE TABLE pandorafms.tuser_double_auth (
    id bigint NOT NULL,
    id_user character varying(255) NOT NULL,
    secret character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tuser_task (
    id bigint NOT NULL,
    function_name character varying(80) NOT NULL,
    parameters text,
    name character varying(60) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tuser_task_scheduled (
    id bigint NOT NULL,
    id_usuario character varying(255) NOT NULL,
    id_user_task bigint NOT NULL,
    id_report integer,
    name character varying(255),
    args text,
    scheduled text,
    last_run bigint,
    custom_data integer,
    flag_delete smallint NOT NULL,
    id_grupo bigint NOT NULL,
    enabled smallint NOT NULL,
    id_console bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.tusuario (
    id_user character varying(255) NOT NULL,
    fullname character varying(255) NOT NULL,
    firstname character varying(255) NOT NULL,
    lastname character varying(255) NOT NULL,
    middlename character varying(255) NOT NULL,
    password character varying(60),
    comments character varying(200),
    last_connect bigint NOT NULL,
    registered bigint NOT NULL,
    email character varying(100),
    phone character varying(100),
    is_admin smallint NOT NULL,
    language character varying(10),
    timezone character varying(50),
    block_size integer NOT NULL,
    id_skin bigint NOT NULL,
    disabled integer NOT NULL,
    shortcut smallint,
    shortcut_data text,
    section text,
    data_section text,
    metaconsole_section character varying(255) NOT NULL,
    metaconsole_data_section text,
    force_change_pass smallint NOT NULL,
    last_pass_change timestamp without time zone,
    last_failed_login timestamp without time zone,
    failed_attempt integer NOT NULL,
    login_blocked smallint NOT NULL,
    metaconsole_access text,
    not_login smallint NOT NULL,
    local_user smallint NOT NULL,
    metaconsole_agents_manager smallint NOT NULL,
    metaconsole_access_node smallint NOT NULL,
    strict_acl smallint NOT NULL,
    id_filter bigint,
    session_time integer NOT NULL,
    default_event_filter bigint NOT NULL,
    metaconsole_default_event_filter bigint NOT NULL,
    show_tips_startup smallint NOT NULL,
    autorefresh_white_list text,
    time_autorefresh bigint NOT NULL,
    default_custom_view bigint,
    ehorus_user_level_user character varying(60),
    ehorus_user_level_pass character varying(45),
    ehorus_user_level_enabled smallint,
    integria_user_level_user character varying(60),
    integria_user_level_pass text,
    api_token character varying(255) NOT NULL,
    allowed_ip_active smallint,
    allowed_ip_list text,
    auth_token_secret character varying(45),
    session_max_time_expire integer NOT NULL,
    stop_lts_modal smallint NOT NULL,
    UNIQUE (id_user)
);
CREATE TABLE pandorafms.tusuario_perfil (
    id_up bigint NOT NULL,
    id_usuario character varying(255) NOT NULL,
    id_perfil bigint NOT NULL,
    id_grupo integer NOT NULL,
    no_hierarchy smallint NOT NULL,
    assigned_by character varying(100) NOT NULL,
    id_policy bigint NOT NULL,
    tags text,
    PRIMARY KEY (id_up)
);
CREATE TABLE pandorafms.tvisual_console_elements_cache (
    id bigint NOT NULL,
    vc_id bigint NOT NULL,
    vc_item_id bigint NOT NULL,
    user_id character varying(255),
    data text,
    created_at timestamp without time zone NOT NULL,
    expiration bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.twelcome_tip (
    id integer NOT NULL,
    id_lang character varying(20),
    id_profile integer NOT NULL,
    title character varying(255) NOT NULL,
    text text NOT NULL,
    url character varying(255),
    enable smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.twelcome_tip_file (
    id integer NOT NULL,
    twelcome_tip_file integer NOT NULL,
    filename character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.twidget (
    id bigint NOT NULL,
    class_name character varying(60) NOT NULL,
    unique_name character varying(60) NOT NULL,
    description text,
    options text,
    page character varying(120) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pandorafms.twidget_dashboard (
    id bigint NOT NULL,
    "position" text,
    options text,
    "order" integer NOT NULL,
    id_dashboard bigint NOT NULL,
    id_widget bigint NOT NULL,
    prop_width double precision NOT NULL,
    prop_height double precision NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE pandorafms.tagent_custom_data ADD FOREIGN KEY (id_field) REFERENCES pandorafms.tagent_custom_fields (id_field);
ALTER TABLE pandorafms.tagent_custom_data ADD FOREIGN KEY (id_agent) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tagent_module_inventory ADD FOREIGN KEY (id_agente) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tagent_module_inventory ADD FOREIGN KEY (id_module_inventory) REFERENCES pandorafms.tmodule_inventory (id_module_inventory);
ALTER TABLE pandorafms.tagent_repository ADD FOREIGN KEY (id_os) REFERENCES pandorafms.tconfig_os (id_os);
ALTER TABLE pandorafms.tagent_secondary_group ADD FOREIGN KEY (id_agent) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tagent_secondary_group ADD FOREIGN KEY (id_group) REFERENCES pandorafms.tgrupo (id_grupo);
ALTER TABLE pandorafms.talert_actions ADD FOREIGN KEY (id_alert_command) REFERENCES pandorafms.talert_commands (id);
ALTER TABLE pandorafms.talert_special_days ADD FOREIGN KEY (id_calendar) REFERENCES pandorafms.talert_calendar (id);
ALTER TABLE pandorafms.talert_template_module_actions ADD FOREIGN KEY (id_alert_template_module) REFERENCES pandorafms.talert_template_modules (id);
ALTER TABLE pandorafms.talert_template_module_actions ADD FOREIGN KEY (id_alert_action) REFERENCES pandorafms.talert_actions (id);
ALTER TABLE pandorafms.talert_template_modules ADD FOREIGN KEY (id_agent_module) REFERENCES pandorafms.tagente_modulo (id_agente_modulo);
ALTER TABLE pandorafms.talert_template_modules ADD FOREIGN KEY (id_alert_template) REFERENCES pandorafms.talert_templates (id);
ALTER TABLE pandorafms.talert_templates ADD FOREIGN KEY (id_alert_action) REFERENCES pandorafms.talert_actions (id);
ALTER TABLE pandorafms.tautoconfig_actions ADD FOREIGN KEY (id_autoconfig) REFERENCES pandorafms.tautoconfig (id);
ALTER TABLE pandorafms.tautoconfig_rules ADD FOREIGN KEY (id_autoconfig) REFERENCES pandorafms.tautoconfig (id);
ALTER TABLE pandorafms.tcluster_agent ADD FOREIGN KEY (id_cluster) REFERENCES pandorafms.tcluster (id);
ALTER TABLE pandorafms.tcluster_item ADD FOREIGN KEY (id_cluster) REFERENCES pandorafms.tcluster (id);
ALTER TABLE pandorafms.tcontainer_item ADD FOREIGN KEY (id_container) REFERENCES pandorafms.tcontainer (id_container);
ALTER TABLE pandorafms.tdeployment_hosts ADD FOREIGN KEY (id_cs) REFERENCES pandorafms.tcredential_store (identifier);
ALTER TABLE pandorafms.tdeployment_hosts ADD FOREIGN KEY (id_os) REFERENCES pandorafms.tconfig_os (id_os);
ALTER TABLE pandorafms.tdeployment_hosts ADD FOREIGN KEY (target_agent_version_id) REFERENCES pandorafms.tagent_repository (id);
ALTER TABLE pandorafms.tdiscovery_apps_executions ADD FOREIGN KEY (id_app) REFERENCES pandorafms.tdiscovery_apps (id_app);
ALTER TABLE pandorafms.tdiscovery_apps_scripts ADD FOREIGN KEY (id_app) REFERENCES pandorafms.tdiscovery_apps (id_app);
ALTER TABLE pandorafms.tdiscovery_apps_tasks_macros ADD FOREIGN KEY (id_task) REFERENCES pandorafms.trecon_task (id_rt);
ALTER TABLE pandorafms.tdiscovery_tmp_agents ADD FOREIGN KEY (id_rt) REFERENCES pandorafms.trecon_task (id_rt);
ALTER TABLE pandorafms.tevent_alert_action ADD FOREIGN KEY (id_event_alert) REFERENCES pandorafms.tevent_alert (id);
ALTER TABLE pandorafms.tevent_alert_action ADD FOREIGN KEY (id_alert_action) REFERENCES pandorafms.talert_actions (id);
ALTER TABLE pandorafms.tevent_comment ADD FOREIGN KEY (id_event) REFERENCES pandorafms.tevento (id_evento);
ALTER TABLE pandorafms.tevent_extended ADD FOREIGN KEY (id_evento) REFERENCES pandorafms.tevento (id_evento);
ALTER TABLE pandorafms.tfiles_repo_group ADD FOREIGN KEY (id_file) REFERENCES pandorafms.tfiles_repo (id);
ALTER TABLE pandorafms.tgis_data_status ADD FOREIGN KEY (tagente_id_agente) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tgis_map_has_tgis_map_con ADD FOREIGN KEY (tgis_map_id_tgis_map) REFERENCES pandorafms.tgis_map (id_tgis_map);
ALTER TABLE pandorafms.tgis_map_has_tgis_map_con ADD FOREIGN KEY (tgis_map_con_id_tmap_con) REFERENCES pandorafms.tgis_map_connection (id_tmap_connection);
ALTER TABLE pandorafms.tgis_map_layer ADD FOREIGN KEY (tgis_map_id_tgis_map) REFERENCES pandorafms.tgis_map (id_tgis_map);
ALTER TABLE pandorafms.tgis_map_layer_groups ADD FOREIGN KEY (layer_id) REFERENCES pandorafms.tgis_map_layer (id_tmap_layer);
ALTER TABLE pandorafms.tgis_map_layer_groups ADD FOREIGN KEY (group_id) REFERENCES pandorafms.tgrupo (id_grupo);
ALTER TABLE pandorafms.tgis_map_layer_groups ADD FOREIGN KEY (agent_id) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tgis_map_layer_has_tagente ADD FOREIGN KEY (tagente_id_agente) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tgis_map_layer_has_tagente ADD FOREIGN KEY (tgis_map_layer_id_tmap_layer) REFERENCES pandorafms.tgis_map_layer (id_tmap_layer);
ALTER TABLE pandorafms.tinventory_alert ADD FOREIGN KEY (id_module_inventory) REFERENCES pandorafms.tmodule_inventory (id_module_inventory);
ALTER TABLE pandorafms.tipam_ip ADD FOREIGN KEY (id_network) REFERENCES pandorafms.tipam_network (id);
ALTER TABLE pandorafms.tipam_network ADD FOREIGN KEY (id_recon_task) REFERENCES pandorafms.trecon_task (id_rt);
ALTER TABLE pandorafms.tipam_network ADD FOREIGN KEY (location) REFERENCES pandorafms.tipam_network_location (id);
ALTER TABLE pandorafms.tipam_network ADD FOREIGN KEY (id_site) REFERENCES pandorafms.tipam_sites (id);
ALTER TABLE pandorafms.tipam_network ADD FOREIGN KEY (vrf) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tipam_sites ADD FOREIGN KEY (parent) REFERENCES pandorafms.tipam_sites (id);
ALTER TABLE pandorafms.tipam_supernet ADD FOREIGN KEY (id_site) REFERENCES pandorafms.tipam_sites (id);
ALTER TABLE pandorafms.tipam_supernet_network ADD FOREIGN KEY (id_supernet) REFERENCES pandorafms.tipam_supernet (id);
ALTER TABLE pandorafms.tipam_supernet_network ADD FOREIGN KEY (id_network) REFERENCES pandorafms.tipam_network (id);
ALTER TABLE pandorafms.tipam_vlan_network ADD FOREIGN KEY (id_vlan) REFERENCES pandorafms.tipam_vlan (id);
ALTER TABLE pandorafms.tipam_vlan_network ADD FOREIGN KEY (id_network) REFERENCES pandorafms.tipam_network (id);
ALTER TABLE pandorafms.tlayout_template_data ADD FOREIGN KEY (id_layout_template) REFERENCES pandorafms.tlayout_template (id);
ALTER TABLE pandorafms.tlocal_component ADD FOREIGN KEY (id_network_component_group) REFERENCES pandorafms.tnetwork_component_group (id_sg);
ALTER TABLE pandorafms.tlog_alert_action ADD FOREIGN KEY (id_log_alert) REFERENCES pandorafms.tlog_alert (id);
ALTER TABLE pandorafms.tlog_alert_action ADD FOREIGN KEY (id_alert_action) REFERENCES pandorafms.talert_actions (id);
ALTER TABLE pandorafms.tmensajes ADD FOREIGN KEY (id_source) REFERENCES pandorafms.tnotification_source (id);
ALTER TABLE pandorafms.tmetaconsole_agent ADD FOREIGN KEY (id_tmetaconsole_setup) REFERENCES pandorafms.tmetaconsole_setup (id);
ALTER TABLE pandorafms.tmetaconsole_agent_secondary_group ADD FOREIGN KEY (id_agent) REFERENCES pandorafms.tmetaconsole_agent (id_agente);
ALTER TABLE pandorafms.tmetaconsole_agent_secondary_group ADD FOREIGN KEY (id_group) REFERENCES pandorafms.tgrupo (id_grupo);
ALTER TABLE pandorafms.tmetaconsole_agent_secondary_group ADD FOREIGN KEY (id_tmetaconsole_setup) REFERENCES pandorafms.tmetaconsole_setup (id);
ALTER TABLE pandorafms.tmigration_module_queue ADD FOREIGN KEY (id_migration) REFERENCES pandorafms.tmigration_queue (id);
ALTER TABLE pandorafms.tmodule_inventory ADD FOREIGN KEY (id_os) REFERENCES pandorafms.tconfig_os (id_os);
ALTER TABLE pandorafms.tmodule_relationship ADD FOREIGN KEY (module_a) REFERENCES pandorafms.tagente_modulo (id_agente_modulo);
ALTER TABLE pandorafms.tmodule_relationship ADD FOREIGN KEY (module_b) REFERENCES pandorafms.tagente_modulo (id_agente_modulo);
ALTER TABLE pandorafms.tmodule_relationship ADD FOREIGN KEY (id_rt) REFERENCES pandorafms.trecon_task (id_rt);
ALTER TABLE pandorafms.tmodule_synth ADD FOREIGN KEY (id_agent_module_target) REFERENCES pandorafms.tagente_modulo (id_agente_modulo);
ALTER TABLE pandorafms.tncm_agent ADD FOREIGN KEY (id_agent) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tncm_agent ADD FOREIGN KEY (cred_key) REFERENCES pandorafms.tcredential_store (identifier);
ALTER TABLE pandorafms.tncm_agent ADD FOREIGN KEY (id_template) REFERENCES pandorafms.tncm_template (id);
ALTER TABLE pandorafms.tncm_agent ADD FOREIGN KEY (id_vendor) REFERENCES pandorafms.tncm_vendor (id);
ALTER TABLE pandorafms.tncm_agent ADD FOREIGN KEY (id_model) REFERENCES pandorafms.tncm_model (id);
ALTER TABLE pandorafms.tncm_agent_data ADD FOREIGN KEY (id_agent) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tncm_agent_data_template_scripts ADD FOREIGN KEY (id_agent_data_template) REFERENCES pandorafms.tncm_agent_data_template (id);
ALTER TABLE pandorafms.tncm_agent_data_template_scripts ADD FOREIGN KEY (id_script) REFERENCES pandorafms.tncm_script (id);
ALTER TABLE pandorafms.tncm_model ADD FOREIGN KEY (id_vendor) REFERENCES pandorafms.tncm_vendor (id);
ALTER TABLE pandorafms.tncm_queue ADD FOREIGN KEY (id_agent) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tncm_queue ADD FOREIGN KEY (id_script) REFERENCES pandorafms.tncm_script (id);
ALTER TABLE pandorafms.tncm_template_scripts ADD FOREIGN KEY (id_template) REFERENCES pandorafms.tncm_template (id);
ALTER TABLE pandorafms.tncm_template_scripts ADD FOREIGN KEY (id_script) REFERENCES pandorafms.tncm_script (id);
ALTER TABLE pandorafms.tnetflow_report_content ADD FOREIGN KEY (id_report) REFERENCES pandorafms.tnetflow_report (id_report);
ALTER TABLE pandorafms.tnetflow_report_content ADD FOREIGN KEY (id_filter) REFERENCES pandorafms.tnetflow_filter (id_sg);
ALTER TABLE pandorafms.tnetwork_profile_pen ADD FOREIGN KEY (id_np) REFERENCES pandorafms.tnetwork_profile (id_np);
ALTER TABLE pandorafms.tnetwork_profile_pen ADD FOREIGN KEY (pen) REFERENCES pandorafms.tpen (pen);
ALTER TABLE pandorafms.tnetworkmap_ent_rel_nodes ADD FOREIGN KEY (id_networkmap_enterprise) REFERENCES pandorafms.tnetworkmap_enterprise (id);
ALTER TABLE pandorafms.tnetworkmap_enterprise_nodes ADD FOREIGN KEY (id_networkmap_enterprise) REFERENCES pandorafms.tnetworkmap_enterprise (id);
ALTER TABLE pandorafms.tnotification_group ADD FOREIGN KEY (id_mensaje) REFERENCES pandorafms.tmensajes (id_mensaje);
ALTER TABLE pandorafms.tnotification_source_group ADD FOREIGN KEY (id_source) REFERENCES pandorafms.tnotification_source (id);
ALTER TABLE pandorafms.tnotification_source_group_user ADD FOREIGN KEY (id_source) REFERENCES pandorafms.tnotification_source (id);
ALTER TABLE pandorafms.tnotification_source_group_user ADD FOREIGN KEY (id_user) REFERENCES pandorafms.tusuario (id_user);
ALTER TABLE pandorafms.tnotification_source_user ADD FOREIGN KEY (id_source) REFERENCES pandorafms.tnotification_source (id);
ALTER TABLE pandorafms.tnotification_source_user ADD FOREIGN KEY (id_user) REFERENCES pandorafms.tusuario (id_user);
ALTER TABLE pandorafms.tnotification_user ADD FOREIGN KEY (id_mensaje) REFERENCES pandorafms.tmensajes (id_mensaje);
ALTER TABLE pandorafms.tnotification_user ADD FOREIGN KEY (id_user) REFERENCES pandorafms.tusuario (id_user);
ALTER TABLE pandorafms.tplanned_downtime_agents ADD FOREIGN KEY (id_downtime) REFERENCES pandorafms.tplanned_downtime (id);
ALTER TABLE pandorafms.tplanned_downtime_modules ADD FOREIGN KEY (id_downtime) REFERENCES pandorafms.tplanned_downtime (id);
ALTER TABLE pandorafms.tpolicy_alerts ADD FOREIGN KEY (id_alert_template) REFERENCES pandorafms.talert_templates (id);
ALTER TABLE pandorafms.tpolicy_alerts ADD FOREIGN KEY (id_policy) REFERENCES pandorafms.tpolicies (id);
ALTER TABLE pandorafms.tpolicy_alerts_actions ADD FOREIGN KEY (id_policy_alert) REFERENCES pandorafms.tpolicy_alerts (id);
ALTER TABLE pandorafms.tpolicy_alerts_actions ADD FOREIGN KEY (id_alert_action) REFERENCES pandorafms.talert_actions (id);
ALTER TABLE pandorafms.tpolicy_collections ADD FOREIGN KEY (id_policy) REFERENCES pandorafms.tpolicies (id);
ALTER TABLE pandorafms.tpolicy_collections ADD FOREIGN KEY (id_collection) REFERENCES pandorafms.tcollection (id);
ALTER TABLE pandorafms.tpolicy_group_agents ADD FOREIGN KEY (id_policy) REFERENCES pandorafms.tpolicies (id);
ALTER TABLE pandorafms.tpolicy_group_agents ADD FOREIGN KEY (id_agent) REFERENCES pandorafms.tagente (id_agente);
ALTER TABLE pandorafms.tpolicy_modules_inventory ADD FOREIGN KEY (id_policy) REFERENCES pandorafms.tpolicies (id);
ALTER TABLE pandorafms.tpolicy_modules_inventory ADD FOREIGN KEY (id_module_inventory) REFERENCES pandorafms.tmodule_inventory (id_module_inventory);
ALTER TABLE pandorafms.tpolicy_modules_synth ADD FOREIGN KEY (id_agent_module_target) REFERENCES pandorafms.tpolicy_modules (id);
ALTER TABLE pandorafms.tprovisioning_rules ADD FOREIGN KEY (id_provisioning) REFERENCES pandorafms.tprovisioning (id);
ALTER TABLE pandorafms.trecon_task ADD FOREIGN KEY (id_app) REFERENCES pandorafms.tdiscovery_apps (id_app);
ALTER TABLE pandorafms.tremote_command_target ADD FOREIGN KEY (rcmd_id) REFERENCES pandorafms.tremote_command (id);
ALTER TABLE pandorafms.treport_content ADD FOREIGN KEY (id_report) REFERENCES pandorafms.treport (id_report);
ALTER TABLE pandorafms.treport_content_item ADD FOREIGN KEY (id_report_content) REFERENCES pandorafms.treport_content (id_rc);
ALTER TABLE pandorafms.treport_content_sla_com_temp ADD FOREIGN KEY (id_report_content) REFERENCES pandorafms.treport_content_template (id_rc);
ALTER TABLE pandorafms.treport_content_sla_combined ADD FOREIGN KEY (id_report_content) REFERENCES pandorafms.treport_content (id_rc);
ALTER TABLE pandorafms.ttoken ADD FOREIGN KEY (id_user) REFERENCES pandorafms.tusuario (id_user);
ALTER TABLE pandorafms.tuser_double_auth ADD FOREIGN KEY (id_user) REFERENCES pandorafms.tusuario (id_user);
ALTER TABLE pandorafms.tusuario ADD FOREIGN KEY (id_filter) REFERENCES pandorafms.tevent_filter (id_filter);
ALTER TABLE pandorafms.tvisual_console_elements_cache ADD FOREIGN KEY (vc_id) REFERENCES pandorafms.tlayout (id);
ALTER TABLE pandorafms.tvisual_console_elements_cache ADD FOREIGN KEY (vc_item_id) REFERENCES pandorafms.tlayout_data (id);
ALTER TABLE pandorafms.tvisual_console_elements_cache ADD FOREIGN KEY (user_id) REFERENCES pandorafms.tusuario (id_user);
ALTER TABLE pandorafms.twelcome_tip_file ADD FOREIGN KEY (twelcome_tip_file) REFERENCES pandorafms.twelcome_tip (id);
ALTER TABLE pandorafms.twidget_dashboard ADD FOREIGN KEY (id_dashboard) REFERENCES pandorafms.tdashboard (id);
COMMENT ON TABLE pandorafms.tgis_data_history IS 'Table to store historical GIS information of the agents';
COMMENT ON TABLE pandorafms.tgis_data_status IS 'Table to store last GIS information of the agents';
COMMENT ON TABLE pandorafms.tgis_map IS 'Table containing information about a gis map';
COMMENT ON TABLE pandorafms.tgis_map_connection IS 'Table to store the map connection information';
COMMENT ON TABLE pandorafms.tgis_map_has_tgis_map_con IS 'Table to asociate a connection to a gis map';
COMMENT ON TABLE pandorafms.tgis_map_layer IS 'Table containing information about the map layers';
COMMENT ON TABLE pandorafms.tgis_map_layer_has_tagente IS 'Table to define wich agents are shown in a layer';
COMMENT ON TABLE pandorafms.tgroup_stat IS 'Table to store global system stats per group';
COMMENT ON TABLE pandorafms.tmetaconsole_setup IS 'Table to store metaconsole sources';
COMMENT ON TABLE pandorafms.tprofile_view IS 'Table to define by each profile defined in Pandora, to which sec/page has access independently of its ACL (for showing in the console or not). By DEFAULT have access to all pages allowed by ACL, if forbidden here, then pages are not shown.';
COMMENT ON TABLE pandorafms.tservice IS 'Table to define services to monitor';
COMMENT ON TABLE pandorafms.tservice_element IS 'Table to define the modules and the weights of the modules that define a service';
COMMENT ON COLUMN pandorafms.tagent_repository.uploaded IS 'When it was uploaded';
COMMENT ON COLUMN pandorafms.tagente.timezone_offset IS 'nuber of hours of diference with the server timezone';
COMMENT ON COLUMN pandorafms.tagente.icon_path IS 'path in the server to the image of the icon representing the agent';
COMMENT ON COLUMN pandorafms.tagente.update_gis_data IS 'set it to one to update the position data (altitude, longitude, latitude) when getting information from the agent or to 0 to keep the last value and do not update it';
COMMENT ON COLUMN pandorafms.tdeployment_hosts.os_version IS 'OS version in STR format';
COMMENT ON COLUMN pandorafms.tdeployment_hosts.current_agent_version IS 'String latest installed agent';
COMMENT ON COLUMN pandorafms.tdeployment_hosts.deployed IS 'When it was deployed';
COMMENT ON COLUMN pandorafms.tdeployment_hosts.server_ip IS 'Where to point target agent';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_agent IS 'Operator for agent';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_id_usuario IS 'Operator for id_usuario';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_id_grupo IS 'Operator for id_grupo';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_evento IS 'Operator for evento';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_event_type IS 'Operator for event_type';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_module IS 'Operator for module';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_alert IS 'Operator for alert';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_criticity IS 'Operator for criticity';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_id_tag IS 'Operator for id_tag';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_log_content IS 'Operator for log_content';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_log_source IS 'Operator for log_source';
COMMENT ON COLUMN pandorafms.tevent_rule.operator_log_agent IS 'Operator for log_agent';
COMMENT ON COLUMN pandorafms.tgis_data_history.id_tgis_data IS 'key of the table';
COMMENT ON COLUMN pandorafms.tgis_data_history.start_timestamp IS 'timestamp on wich the agente started to be in this position';
COMMENT ON COLUMN pandorafms.tgis_data_history.end_timestamp IS 'timestamp on wich the agent was placed for last time on this position';
COMMENT ON COLUMN pandorafms.tgis_data_history.description IS 'description of the region correoponding to this placemnt';
COMMENT ON COLUMN pandorafms.tgis_data_history.manual_placement IS '0 to show that the position cames from the agent, 1 to show that the position was established manualy';
COMMENT ON COLUMN pandorafms.tgis_data_history.number_of_packages IS 'Number of data packages received with this position from the start_timestampa to the_end_timestamp';
COMMENT ON COLUMN pandorafms.tgis_data_history.tagente_id_agente IS 'reference to the agent';
COMMENT ON COLUMN pandorafms.tgis_data_status.tagente_id_agente IS 'Reference to the agent';
COMMENT ON COLUMN pandorafms.tgis_data_status.current_longitude IS 'Last received longitude';
COMMENT ON COLUMN pandorafms.tgis_data_status.current_latitude IS 'Last received latitude';
COMMENT ON COLUMN pandorafms.tgis_data_status.current_altitude IS 'Last received altitude';
COMMENT ON COLUMN pandorafms.tgis_data_status.stored_longitude IS 'Reference longitude to see if the agent has moved';
COMMENT ON COLUMN pandorafms.tgis_data_status.stored_latitude IS 'Reference latitude to see if the agent has moved';
COMMENT ON COLUMN pandorafms.tgis_data_status.stored_altitude IS 'Reference altitude to see if the agent has moved';
COMMENT ON COLUMN pandorafms.tgis_data_status.number_of_packages IS 'Number of data packages received with this position since start_timestampa';
COMMENT ON COLUMN pandorafms.tgis_data_status.start_timestamp IS 'Timestamp on wich the agente started to be in this position';
COMMENT ON COLUMN pandorafms.tgis_data_status.manual_placement IS '0 to show that the position cames from the agent, 1 to show that the position was established manualy';
COMMENT ON COLUMN pandorafms.tgis_data_status.description IS 'description of the region correoponding to this placemnt';
COMMENT ON COLUMN pandorafms.tgis_map.id_tgis_map IS 'table identifier';
COMMENT ON COLUMN pandorafms.tgis_map.map_name IS 'Name of the map';
COMMENT ON COLUMN pandorafms.tgis_map.initial_longitude IS 'longitude of the center of the map when it''s loaded';
COMMENT ON COLUMN pandorafms.tgis_map.initial_latitude IS 'latitude of the center of the map when it''s loaded';
COMMENT ON COLUMN pandorafms.tgis_map.initial_altitude IS 'altitude of the center of the map when it''s loaded';
COMMENT ON COLUMN pandorafms.tgis_map.zoom_level IS 'Zoom level to show when the map is loaded.';
COMMENT ON COLUMN pandorafms.tgis_map.map_background IS 'path on the server to the background image of the map';
COMMENT ON COLUMN pandorafms.tgis_map.default_longitude IS 'DEFAULT longitude for the agents placed on the map';
COMMENT ON COLUMN pandorafms.tgis_map.default_latitude IS 'DEFAULT latitude for the agents placed on the map';
COMMENT ON COLUMN pandorafms.tgis_map.default_altitude IS 'DEFAULT altitude for the agents placed on the map';
COMMENT ON COLUMN pandorafms.tgis_map.group_id IS 'Group that owns the map';
COMMENT ON COLUMN pandorafms.tgis_map.default_map IS '1 if this is the DEFAULT map, 0 in other case';
COMMENT ON COLUMN pandorafms.tgis_map_connection.id_tmap_connection IS 'table id';
COMMENT ON COLUMN pandorafms.tgis_map_connection.conection_name IS 'Name of the connection (name of the base layer)';
COMMENT ON COLUMN pandorafms.tgis_map_connection.connection_type IS 'Type of map server to connect';
COMMENT ON COLUMN pandorafms.tgis_map_connection.conection_data IS 'connection information (this can probably change to fit better the possible connection parameters)';
COMMENT ON COLUMN pandorafms.tgis_map_connection.num_zoom_levels IS 'Number of zoom levels available';
COMMENT ON COLUMN pandorafms.tgis_map_connection.default_zoom_level IS 'DEFAULT Zoom Level for the connection';
COMMENT ON COLUMN pandorafms.tgis_map_connection.default_longitude IS 'DEFAULT longitude for the agents placed on the map';
COMMENT ON COLUMN pandorafms.tgis_map_connection.default_latitude IS 'DEFAULT latitude for the agents placed on the map';
COMMENT ON COLUMN pandorafms.tgis_map_connection.default_altitude IS 'DEFAULT altitude for the agents placed on the map';
COMMENT ON COLUMN pandorafms.tgis_map_connection.initial_longitude IS 'longitude of the center of the map when it''s loaded';
COMMENT ON COLUMN pandorafms.tgis_map_connection.initial_latitude IS 'latitude of the center of the map when it''s loaded';
COMMENT ON COLUMN pandorafms.tgis_map_connection.initial_altitude IS 'altitude of the center of the map when it''s loaded';
COMMENT ON COLUMN pandorafms.tgis_map_connection.group_id IS 'Group that owns the map';
COMMENT ON COLUMN pandorafms.tgis_map_has_tgis_map_con.tgis_map_id_tgis_map IS 'reference to tgis_map';
COMMENT ON COLUMN pandorafms.tgis_map_has_tgis_map_con.tgis_map_con_id_tmap_con IS 'reference to tgis_map_connection';
COMMENT ON COLUMN pandorafms.tgis_map_has_tgis_map_con.modification_time IS 'Last Modification Time of the Connection';
COMMENT ON COLUMN pandorafms.tgis_map_has_tgis_map_con.default_map_connection IS 'Flag to mark the DEFAULT map connection of a map';
COMMENT ON COLUMN pandorafms.tgis_map_layer.id_tmap_layer IS 'table id';
COMMENT ON COLUMN pandorafms.tgis_map_layer.layer_name IS 'Name of the layer ';
COMMENT ON COLUMN pandorafms.tgis_map_layer.view_layer IS 'True if the layer must be shown';
COMMENT ON COLUMN pandorafms.tgis_map_layer.layer_stack_order IS 'Number of order of the layer in the layer stack, bigger means upper on the stack.';
COMMENT ON COLUMN pandorafms.tgis_map_layer.tgis_map_id_tgis_map IS 'reference to the map containing the layer';
COMMENT ON COLUMN pandorafms.tgis_map_layer.tgrupo_id_grupo IS 'reference to the group shown in the layer';
COMMENT ON COLUMN pandorafms.tgis_map_layer_groups.agent_id IS 'Used to link the position to the group';
COMMENT ON COLUMN pandorafms.tlog_rule.operator_log_content IS 'Operator for log_content';
COMMENT ON COLUMN pandorafms.tlog_rule.operator_log_source IS 'Operator for log_source';
COMMENT ON COLUMN pandorafms.tlog_rule.operator_log_agent IS 'Operator for log_agent';
COMMENT ON COLUMN pandorafms.tmetaconsole_agent.timezone_offset IS 'number of hours of diference with the server timezone';
COMMENT ON COLUMN pandorafms.tmetaconsole_agent.icon_path IS 'path in the server to the image of the icon representing the agent';
COMMENT ON COLUMN pandorafms.tmetaconsole_agent.update_gis_data IS 'set it to one to update the position data (altitude, longitude, latitude) when getting information from the agent or to 0 to keep the last value and do not update it';
COMMENT ON COLUMN pandorafms.tserver_export.timezone_offset IS 'Number of hours of difference with the server timezone';
COMMENT ON COLUMN pandorafms.tvisual_console_elements_cache.expiration IS 'Seconds to expire';
