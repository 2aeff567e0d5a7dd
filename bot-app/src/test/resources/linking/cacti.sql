-- Cacti, the RRDtool-based network monitoring and graphing tool (devices/hosts with their pollers, sites and device
-- templates, SNMP data queries and their cached results, data sources and data templates, graphs and graph
-- templates with their items, CDEFs, VDEFs, colours and colour templates, graph trees, aggregate graphs, network
-- discovery (automation networks, discovered devices, rules), data source statistics, poller items and output, boost,
-- reports, the SNMP agent's MIB cache, managers and notification log, users, user groups, realms, permissions and
-- login log, login domains and LDAP, settings and plugins), as its install script declares it: cacti.sql of
-- github.com/Cacti/cacti (develop branch, version 1.3.0, commit 8a8541d; GPL-2.0-or-later; we use the schema's
-- facts). Its MySQL CREATE TABLE statements were turned into PostgreSQL by a one-off script: all 117 tables with
-- their columns, NOT NULL, the primary keys of 116 tables (rrdcheck has none in the source), the 61 table comments
-- and 16 column comments the source has; schema cacti; tinyint -> smallint, smallint unsigned/mediumint -> integer,
-- int -> integer, int unsigned -> bigint, bigint unsigned -> numeric(20,0), double -> double precision, float ->
-- real, decimal -> numeric, varchar/char kept, text kinds -> text, blobs -> bytea, timestamp/datetime ->
-- timestamp(0); names that are PostgreSQL reserved words (user, table, column, default, ...) and max-access quoted.
-- Left out: defaults, AUTO_INCREMENT, engines, indexes and the 8 unique keys, and all INSERTed rows (the stock
-- templates, colours and settings). The source declares no foreign keys, so there are none here. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cacti;
CREATE TABLE cacti.aggregate_graph_templates (
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    graph_template_id bigint NOT NULL,
    gprint_prefix character varying(64) NOT NULL,
    gprint_format character(2),
    graph_type bigint NOT NULL,
    total bigint NOT NULL,
    total_type bigint NOT NULL,
    total_prefix character varying(64) NOT NULL,
    order_type bigint NOT NULL,
    created timestamp(0) without time zone NOT NULL,
    user_id bigint NOT NULL,
    graphs bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.aggregate_graph_templates_graph (
    aggregate_template_id bigint NOT NULL,
    t_image_format_id character(2),
    image_format_id smallint NOT NULL,
    t_height character(2),
    height integer NOT NULL,
    t_width character(2),
    width integer NOT NULL,
    t_upper_limit character(2),
    upper_limit character varying(20) NOT NULL,
    t_lower_limit character(2),
    lower_limit character varying(20) NOT NULL,
    t_vertical_label character(2),
    vertical_label character varying(200),
    t_slope_mode character(2),
    slope_mode character(2),
    t_auto_scale character(2),
    auto_scale character(2),
    t_auto_scale_opts character(2),
    auto_scale_opts smallint NOT NULL,
    t_auto_scale_log character(2),
    auto_scale_log character(2),
    t_scale_log_units character(2),
    scale_log_units character(2),
    t_auto_scale_rigid character(2),
    auto_scale_rigid character(2),
    t_auto_padding character(2),
    auto_padding character(2),
    t_base_value character(2),
    base_value integer NOT NULL,
    t_grouping character(2),
    grouping character(2) NOT NULL,
    t_unit_value character(2),
    unit_value character varying(20),
    t_unit_exponent_value character(2),
    unit_exponent_value character varying(5) NOT NULL,
    t_alt_y_grid character(2),
    alt_y_grid character(2),
    t_right_axis character(2),
    right_axis character varying(20),
    t_right_axis_label character(2),
    right_axis_label character varying(200),
    t_right_axis_format character(2),
    right_axis_format integer,
    t_right_axis_formatter character(2),
    right_axis_formatter character varying(10),
    t_left_axis_format character(2),
    left_axis_format integer,
    t_left_axis_formatter character(2),
    left_axis_formatter character varying(10),
    t_no_gridfit character(2),
    no_gridfit character(2),
    t_unit_length character(2),
    unit_length character varying(10),
    t_tab_width character(2),
    tab_width character varying(20),
    t_dynamic_labels character(2),
    dynamic_labels character(2),
    t_force_rules_legend character(2),
    force_rules_legend character(2),
    t_legend_position character(2),
    legend_position character varying(10),
    t_legend_direction character(2),
    legend_direction character varying(10),
    PRIMARY KEY (aggregate_template_id)
);
CREATE TABLE cacti.aggregate_graph_templates_item (
    aggregate_template_id bigint NOT NULL,
    graph_templates_item_id bigint NOT NULL,
    sequence integer NOT NULL,
    color_template bigint NOT NULL,
    t_graph_type_id character(2),
    graph_type_id smallint NOT NULL,
    t_cdef_id character(2),
    cdef_id integer,
    item_skip character(2) NOT NULL,
    item_total character(2) NOT NULL,
    PRIMARY KEY (aggregate_template_id, graph_templates_item_id)
);
CREATE TABLE cacti.aggregate_graphs (
    id bigint NOT NULL,
    aggregate_template_id bigint NOT NULL,
    template_propogation character(2) NOT NULL,
    local_graph_id bigint NOT NULL,
    title_format character varying(128) NOT NULL,
    graph_template_id bigint NOT NULL,
    gprint_prefix character varying(64) NOT NULL,
    gprint_format character(2),
    graph_type bigint NOT NULL,
    total bigint NOT NULL,
    total_type bigint NOT NULL,
    total_prefix character varying(64) NOT NULL,
    order_type bigint NOT NULL,
    created timestamp(0) without time zone NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.aggregate_graphs_graph_item (
    aggregate_graph_id bigint NOT NULL,
    graph_templates_item_id bigint NOT NULL,
    sequence integer NOT NULL,
    color_template bigint NOT NULL,
    t_graph_type_id character(2),
    graph_type_id smallint NOT NULL,
    t_cdef_id character(2),
    cdef_id integer,
    item_skip character(2) NOT NULL,
    item_total character(2) NOT NULL,
    PRIMARY KEY (aggregate_graph_id, graph_templates_item_id)
);
CREATE TABLE cacti.aggregate_graphs_items (
    aggregate_graph_id bigint NOT NULL,
    local_graph_id bigint NOT NULL,
    sequence integer NOT NULL,
    PRIMARY KEY (aggregate_graph_id, local_graph_id)
);
CREATE TABLE cacti.automation_devices (
    id numeric(20,0) NOT NULL,
    network_id bigint NOT NULL,
    host_id bigint NOT NULL,
    hostname character varying(100) NOT NULL,
    ip character varying(17) NOT NULL,
    snmp_community character varying(100) NOT NULL,
    snmp_version smallint NOT NULL,
    snmp_port integer NOT NULL,
    snmp_username character varying(50),
    snmp_password character varying(50),
    snmp_auth_protocol character(6),
    snmp_priv_passphrase character varying(200),
    snmp_priv_protocol character(6),
    snmp_context character varying(64),
    snmp_engine_id character varying(64),
    sysname character varying(100) NOT NULL,
    syslocation character varying(255) NOT NULL,
    syscontact character varying(255) NOT NULL,
    sysdescr character varying(255) NOT NULL,
    sysuptime numeric(20,0) NOT NULL,
    os character varying(64) NOT NULL,
    snmp smallint NOT NULL,
    known smallint NOT NULL,
    up smallint NOT NULL,
    time bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_graph_rule_items (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    rule_id integer NOT NULL,
    sequence integer NOT NULL,
    operation integer NOT NULL,
    field character varying(255) NOT NULL,
    operator integer NOT NULL,
    pattern character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_graph_rules (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(255) NOT NULL,
    snmp_query_id integer NOT NULL,
    graph_type_id integer NOT NULL,
    enabled character(2),
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_ips (
    ip_address character varying(20) NOT NULL,
    hostname character varying(100),
    network_id bigint,
    pid bigint,
    status bigint,
    thread bigint,
    PRIMARY KEY (ip_address)
);
CREATE TABLE cacti.automation_match_rule_items (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    rule_id integer NOT NULL,
    rule_type integer NOT NULL,
    sequence integer NOT NULL,
    operation integer NOT NULL,
    field character varying(255) NOT NULL,
    operator integer NOT NULL,
    pattern character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_networks (
    id bigint NOT NULL,
    hash character varying(32) NOT NULL,
    poller_id bigint,
    site_id bigint,
    name character varying(128) NOT NULL,
    subnet_range character varying(1024) NOT NULL,
    ignore_ips character varying(1024) NOT NULL,
    dns_servers character varying(128) NOT NULL,
    enabled character(2),
    notification_enabled character(2),
    notification_email character varying(255),
    notification_fromname character varying(32),
    notification_fromemail character varying(128),
    snmp_id bigint,
    enable_netbios character(2),
    add_to_cacti character(2),
    same_sysname character(2),
    total_ips bigint,
    up_hosts bigint NOT NULL,
    snmp_hosts bigint NOT NULL,
    ping_method bigint NOT NULL,
    ping_port bigint NOT NULL,
    ping_timeout bigint NOT NULL,
    ping_retries bigint,
    sched_type bigint NOT NULL,
    threads bigint,
    run_limit bigint,
    start_at character varying(20),
    next_start timestamp(0) without time zone NOT NULL,
    recur_every bigint,
    day_of_week character varying(45),
    month character varying(45),
    day_of_month character varying(45),
    monthly_week character varying(45),
    monthly_day character varying(45),
    last_runtime double precision NOT NULL,
    last_started timestamp(0) without time zone NOT NULL,
    last_status character varying(128) NOT NULL,
    rerun_data_queries character(2),
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_processes (
    pid bigint NOT NULL,
    poller_id bigint,
    network_id bigint NOT NULL,
    task character varying(20),
    status character varying(20),
    command character varying(20),
    up_hosts bigint,
    snmp_hosts bigint,
    heartbeat timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (pid, network_id)
);
CREATE TABLE cacti.automation_snmp (
    id bigint NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_snmp_items (
    id bigint NOT NULL,
    hash character varying(32) NOT NULL,
    snmp_id bigint NOT NULL,
    sequence bigint NOT NULL,
    snmp_version smallint NOT NULL,
    snmp_community character varying(100) NOT NULL,
    snmp_port integer NOT NULL,
    snmp_timeout bigint NOT NULL,
    snmp_retries smallint NOT NULL,
    max_oids bigint,
    bulk_walk_size integer,
    snmp_username character varying(50),
    snmp_password character varying(50),
    snmp_auth_protocol character(6),
    snmp_priv_passphrase character varying(200),
    snmp_priv_protocol character(6),
    snmp_context character varying(64),
    snmp_engine_id character varying(64),
    PRIMARY KEY (id, snmp_id)
);
CREATE TABLE cacti.automation_templates (
    id bigint NOT NULL,
    hash character varying(32) NOT NULL,
    host_template bigint NOT NULL,
    availability_method bigint,
    sysdescr character varying(255),
    sysname character varying(255),
    sysoid character varying(60),
    description_pattern character varying(128),
    populate_location character(2),
    sequence bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_templates_rules (
    id bigint NOT NULL,
    hash character varying(32) NOT NULL,
    template_id bigint NOT NULL,
    rule_type smallint NOT NULL,
    rule_id bigint NOT NULL,
    sequence smallint NOT NULL,
    exit_rules character(2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_tree_rule_items (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    rule_id integer NOT NULL,
    sequence integer NOT NULL,
    field character varying(255) NOT NULL,
    sort_type integer NOT NULL,
    propagate_changes character(2),
    search_pattern character varying(255) NOT NULL,
    replace_pattern character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.automation_tree_rules (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(255) NOT NULL,
    tree_id integer NOT NULL,
    tree_item_id integer NOT NULL,
    leaf_type integer NOT NULL,
    host_grouping_type integer NOT NULL,
    enabled character(2),
    PRIMARY KEY (id)
);
CREATE TABLE cacti.cdef (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    system integer NOT NULL,
    name character varying(255) NOT NULL,
    graphs bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.cdef_items (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    cdef_id integer NOT NULL,
    sequence integer NOT NULL,
    type smallint NOT NULL,
    value character varying(150) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.color_templates (
    color_template_id integer NOT NULL,
    name character varying(255) NOT NULL,
    graphs bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (color_template_id)
);
CREATE TABLE cacti.color_template_items (
    color_template_item_id bigint NOT NULL,
    color_template_id integer NOT NULL,
    color_id integer NOT NULL,
    sequence integer NOT NULL,
    PRIMARY KEY (color_template_item_id)
);
CREATE TABLE cacti.colors (
    id integer NOT NULL,
    name character varying(40),
    hex character varying(6) NOT NULL,
    read_only character(2),
    graphs bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_input (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(200) NOT NULL,
    input_string character varying(512),
    type_id smallint NOT NULL,
    data_sources bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_input_data (
    data_input_field_id integer NOT NULL,
    data_template_data_id bigint NOT NULL,
    t_value character(2),
    value text,
    PRIMARY KEY (data_input_field_id, data_template_data_id)
);
CREATE TABLE cacti.data_input_fields (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    data_input_id integer NOT NULL,
    name character varying(200) NOT NULL,
    data_name character varying(50) NOT NULL,
    input_output character(3) NOT NULL,
    update_rra character(2),
    sequence smallint NOT NULL,
    type_code character varying(40),
    regexp_match character varying(200),
    allow_nulls character(2),
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_local (
    id bigint NOT NULL,
    data_template_id integer NOT NULL,
    host_id integer NOT NULL,
    snmp_query_id integer NOT NULL,
    snmp_index character varying(255) NOT NULL,
    orphan smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_debug (
    id bigint NOT NULL,
    started bigint NOT NULL,
    done bigint NOT NULL,
    "user" bigint NOT NULL,
    datasource bigint NOT NULL,
    info text NOT NULL,
    issue text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_source_profiles (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(255) NOT NULL,
    step bigint NOT NULL,
    heartbeat bigint NOT NULL,
    x_files_factor double precision,
    "default" character(2),
    data_sources bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_source_profiles_cf (
    data_source_profile_id integer NOT NULL,
    consolidation_function_id integer NOT NULL,
    PRIMARY KEY (data_source_profile_id, consolidation_function_id)
);
CREATE TABLE cacti.data_source_profiles_rra (
    id integer NOT NULL,
    data_source_profile_id integer NOT NULL,
    name character varying(255) NOT NULL,
    steps bigint,
    rows bigint NOT NULL,
    timespan bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_source_purge_action (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    local_data_id bigint NOT NULL,
    action smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_source_purge_temp (
    id integer NOT NULL,
    name_cache character varying(255) NOT NULL,
    local_data_id bigint NOT NULL,
    name character varying(128) NOT NULL,
    size integer NOT NULL,
    last_mod timestamp(0) without time zone NOT NULL,
    in_cacti smallint NOT NULL,
    data_template_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_source_stats_command_cache (
    local_data_id bigint NOT NULL,
    stats_command bytea NOT NULL,
    PRIMARY KEY (local_data_id)
);
CREATE TABLE cacti.data_source_stats_daily (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    cf smallint NOT NULL,
    average double precision,
    peak double precision,
    p95n double precision,
    p90n double precision,
    p75n double precision,
    p50n double precision,
    p25n double precision,
    sum double precision,
    stddev double precision,
    lslslope double precision,
    lslint double precision,
    lslcorrel double precision,
    PRIMARY KEY (local_data_id, rrd_name, cf)
);
CREATE TABLE cacti.data_source_stats_hourly (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    cf smallint NOT NULL,
    average double precision,
    peak double precision,
    PRIMARY KEY (local_data_id, rrd_name, cf)
);
CREATE TABLE cacti.data_source_stats_hourly_cache (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    time timestamp(0) without time zone NOT NULL,
    value double precision,
    PRIMARY KEY (local_data_id, time, rrd_name)
);
CREATE TABLE cacti.data_source_stats_hourly_last (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    value double precision,
    calculated double precision,
    PRIMARY KEY (local_data_id, rrd_name)
);
CREATE TABLE cacti.data_source_stats_monthly (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    cf smallint NOT NULL,
    average double precision,
    peak double precision,
    p95n double precision,
    p90n double precision,
    p75n double precision,
    p50n double precision,
    p25n double precision,
    sum double precision,
    stddev double precision,
    lslslope double precision,
    lslint double precision,
    lslcorrel double precision,
    PRIMARY KEY (local_data_id, rrd_name, cf)
);
CREATE TABLE cacti.data_source_stats_weekly (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    cf smallint NOT NULL,
    average double precision,
    peak double precision,
    p95n double precision,
    p90n double precision,
    p75n double precision,
    p50n double precision,
    p25n double precision,
    sum double precision,
    stddev double precision,
    lslslope double precision,
    lslint double precision,
    lslcorrel double precision,
    PRIMARY KEY (local_data_id, rrd_name, cf)
);
CREATE TABLE cacti.data_source_stats_yearly (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    cf smallint NOT NULL,
    average double precision,
    peak double precision,
    p95n double precision,
    p90n double precision,
    p75n double precision,
    p50n double precision,
    p25n double precision,
    sum double precision,
    stddev double precision,
    lslslope double precision,
    lslint double precision,
    lslcorrel double precision,
    PRIMARY KEY (local_data_id, rrd_name, cf)
);
CREATE TABLE cacti.data_template (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(150) NOT NULL,
    data_sources bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_template_data (
    id bigint NOT NULL,
    local_data_template_data_id bigint NOT NULL,
    local_data_id bigint NOT NULL,
    data_template_id integer NOT NULL,
    data_input_id integer NOT NULL,
    t_name character(2),
    name character varying(250) NOT NULL,
    name_cache character varying(255) NOT NULL,
    data_source_path character varying(255),
    t_active character(2),
    active character(2),
    t_rrd_step character(2),
    rrd_step integer NOT NULL,
    t_data_source_profile_id character(2),
    data_source_profile_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.data_template_rrd (
    id bigint NOT NULL,
    hash character varying(32) NOT NULL,
    local_data_template_rrd_id bigint NOT NULL,
    local_data_id bigint NOT NULL,
    data_template_id integer NOT NULL,
    t_rrd_maximum character(2),
    rrd_maximum character varying(20) NOT NULL,
    t_rrd_minimum character(2),
    rrd_minimum character varying(20) NOT NULL,
    t_rrd_heartbeat character(2),
    rrd_heartbeat integer NOT NULL,
    t_data_source_type_id character(2),
    data_source_type_id smallint NOT NULL,
    t_data_source_name character(2),
    data_source_name character varying(19) NOT NULL,
    t_data_input_field_id character(2),
    data_input_field_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.external_links (
    id bigint NOT NULL,
    sortorder bigint NOT NULL,
    enabled character(2),
    contentfile character varying(255) NOT NULL,
    title character varying(20) NOT NULL,
    style character varying(10) NOT NULL,
    extendedstyle character varying(50) NOT NULL,
    refresh integer,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.graph_local (
    id bigint NOT NULL,
    graph_template_id integer NOT NULL,
    host_id integer NOT NULL,
    snmp_query_id integer NOT NULL,
    snmp_query_graph_id integer NOT NULL,
    snmp_index character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.graph_template_input (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    graph_template_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    column_name character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.graph_template_input_defs (
    graph_template_input_id bigint NOT NULL,
    graph_template_item_id bigint NOT NULL,
    PRIMARY KEY (graph_template_input_id, graph_template_item_id)
);
CREATE TABLE cacti.graph_templates (
    id integer NOT NULL,
    hash character(32) NOT NULL,
    name character(255) NOT NULL,
    multiple character(2) NOT NULL,
    test_source character(2) NOT NULL,
    graphs bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.graph_templates_gprint (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(100) NOT NULL,
    gprint_text character varying(255),
    graphs bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.graph_templates_graph (
    id bigint NOT NULL,
    local_graph_template_graph_id bigint NOT NULL,
    local_graph_id bigint NOT NULL,
    graph_template_id integer NOT NULL,
    t_image_format_id character(2),
    image_format_id smallint NOT NULL,
    t_title character(2),
    title character varying(255) NOT NULL,
    title_cache character varying(255) NOT NULL,
    t_height character(2),
    height integer NOT NULL,
    t_width character(2),
    width integer NOT NULL,
    t_upper_limit character(2),
    upper_limit character varying(20) NOT NULL,
    t_lower_limit character(2),
    lower_limit character varying(20) NOT NULL,
    t_vertical_label character(2),
    vertical_label character varying(200),
    t_slope_mode character(2),
    slope_mode character(2),
    t_auto_scale character(2),
    auto_scale character(2),
    t_auto_scale_opts character(2),
    auto_scale_opts smallint NOT NULL,
    t_auto_scale_log character(2),
    auto_scale_log character(2),
    t_scale_log_units character(2),
    scale_log_units character(2),
    t_auto_scale_rigid character(2),
    auto_scale_rigid character(2),
    t_auto_padding character(2),
    auto_padding character(2),
    t_base_value character(2),
    base_value integer NOT NULL,
    t_grouping character(2),
    grouping character(2) NOT NULL,
    t_unit_value character(2),
    unit_value character varying(20),
    t_unit_exponent_value character(2),
    unit_exponent_value character varying(5) NOT NULL,
    t_alt_y_grid character(2),
    alt_y_grid character(2),
    t_right_axis character(2),
    right_axis character varying(20),
    t_right_axis_label character(2),
    right_axis_label character varying(200),
    t_right_axis_format character(2),
    right_axis_format integer,
    t_right_axis_formatter character(2),
    right_axis_formatter character varying(10),
    t_left_axis_format character(2),
    left_axis_format integer,
    t_left_axis_formatter character(2),
    left_axis_formatter character varying(10),
    t_no_gridfit character(2),
    no_gridfit character(2),
    t_unit_length character(2),
    unit_length character varying(10),
    t_tab_width character(2),
    tab_width character varying(20),
    t_dynamic_labels character(2),
    dynamic_labels character(2),
    t_force_rules_legend character(2),
    force_rules_legend character(2),
    t_legend_position character(2),
    legend_position character varying(10),
    t_legend_direction character(2),
    legend_direction character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE cacti.graph_templates_item (
    id bigint NOT NULL,
    hash character varying(32) NOT NULL,
    local_graph_template_item_id bigint NOT NULL,
    local_graph_id bigint NOT NULL,
    graph_template_id integer NOT NULL,
    task_item_id bigint NOT NULL,
    color_id integer NOT NULL,
    alpha character(2),
    graph_type_id smallint NOT NULL,
    line_width numeric(4,2),
    dashes character varying(20),
    dash_offset integer,
    cdef_id integer NOT NULL,
    vdef_id integer NOT NULL,
    shift character(2),
    consolidation_function_id smallint NOT NULL,
    textalign character varying(10),
    text_format character varying(255),
    value character varying(255),
    hard_return character(2),
    gprint_id integer NOT NULL,
    sequence integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.graph_tree (
    id integer NOT NULL,
    enabled character(2),
    locked smallint,
    locked_date timestamp(0) without time zone NOT NULL,
    sort_type smallint NOT NULL,
    name character varying(255) NOT NULL,
    sequence bigint,
    user_id bigint,
    last_modified timestamp(0) without time zone NOT NULL,
    modified_by bigint,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.graph_tree_items (
    id numeric(20,0) NOT NULL,
    parent numeric(20,0),
    position bigint,
    graph_tree_id integer NOT NULL,
    local_graph_id bigint NOT NULL,
    title character varying(255),
    host_id integer NOT NULL,
    site_id integer,
    host_grouping_type smallint NOT NULL,
    sort_children_type smallint NOT NULL,
    graph_regex character varying(60),
    host_regex character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE cacti.host (
    id integer NOT NULL,
    poller_id bigint NOT NULL,
    site_id bigint NOT NULL,
    host_template_id integer NOT NULL,
    description character varying(150) NOT NULL,
    hostname character varying(100),
    location character varying(40),
    notes text,
    external_id character varying(40),
    snmp_community character varying(100),
    snmp_version smallint NOT NULL,
    snmp_username character varying(50),
    snmp_password character varying(50),
    snmp_auth_protocol character(6),
    snmp_priv_passphrase character varying(200),
    snmp_priv_protocol character(7),
    snmp_context character varying(64),
    snmp_engine_id character varying(64),
    snmp_port integer NOT NULL,
    snmp_timeout integer NOT NULL,
    snmp_sysdescr character varying(300) NOT NULL,
    snmp_sysobjectid character varying(128) NOT NULL,
    snmp_sysuptimeinstance numeric(20,0) NOT NULL,
    snmp_syscontact character varying(300) NOT NULL,
    snmp_sysname character varying(300) NOT NULL,
    snmp_syslocation character varying(300) NOT NULL,
    availability_method integer NOT NULL,
    ping_method integer,
    ping_port bigint,
    ping_timeout bigint,
    ping_retries bigint,
    max_oids bigint,
    bulk_walk_size integer,
    device_threads smallint NOT NULL,
    deleted character(2) NOT NULL,
    disabled character(2) NOT NULL,
    graphs bigint NOT NULL,
    data_sources bigint NOT NULL,
    status smallint NOT NULL,
    status_event_count integer NOT NULL,
    status_fail_date timestamp(0) without time zone NOT NULL,
    status_rec_date timestamp(0) without time zone NOT NULL,
    status_last_error character varying(255),
    min_time numeric(10,5),
    max_time numeric(10,5),
    cur_time numeric(10,5),
    avg_time numeric(10,5),
    polling_time double precision,
    total_polls bigint,
    failed_polls bigint,
    availability numeric(8,5) NOT NULL,
    last_updated timestamp(0) without time zone,
    created timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.host_graph (
    host_id integer NOT NULL,
    graph_template_id integer NOT NULL,
    PRIMARY KEY (host_id, graph_template_id)
);
CREATE TABLE cacti.host_snmp_cache (
    host_id integer NOT NULL,
    snmp_query_id integer NOT NULL,
    field_name character varying(50) NOT NULL,
    field_value character varying(512),
    snmp_index character varying(255) NOT NULL,
    oid text NOT NULL,
    present smallint NOT NULL,
    last_updated timestamp(0) without time zone,
    PRIMARY KEY (host_id, snmp_query_id, field_name, snmp_index)
);
CREATE TABLE cacti.host_snmp_query (
    host_id integer NOT NULL,
    snmp_query_id integer NOT NULL,
    sort_field character varying(50) NOT NULL,
    title_format character varying(50) NOT NULL,
    reindex_method smallint NOT NULL,
    PRIMARY KEY (host_id, snmp_query_id)
);
CREATE TABLE cacti.host_value_cache (
    host_id integer NOT NULL,
    dimension character varying(40) NOT NULL,
    value character varying(8192) NOT NULL,
    time_to_live integer NOT NULL,
    last_updated timestamp(0) without time zone,
    PRIMARY KEY (host_id, dimension)
);
CREATE TABLE cacti.host_template (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(100) NOT NULL,
    class character varying(40) NOT NULL,
    devices bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.host_template_graph (
    host_template_id integer NOT NULL,
    graph_template_id integer NOT NULL,
    PRIMARY KEY (host_template_id, graph_template_id)
);
CREATE TABLE cacti.host_template_snmp_query (
    host_template_id integer NOT NULL,
    snmp_query_id integer NOT NULL,
    PRIMARY KEY (host_template_id, snmp_query_id)
);
CREATE TABLE cacti.plugin_config (
    id integer NOT NULL,
    directory character varying(32) NOT NULL,
    name character varying(64) NOT NULL,
    status smallint NOT NULL,
    author character varying(64) NOT NULL,
    webpage character varying(255) NOT NULL,
    version character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.plugin_hooks (
    id integer NOT NULL,
    name character varying(32) NOT NULL,
    hook character varying(64) NOT NULL,
    file character varying(255) NOT NULL,
    function character varying(128) NOT NULL,
    status bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.plugin_realms (
    id integer NOT NULL,
    plugin character varying(32) NOT NULL,
    file text NOT NULL,
    display character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.plugin_db_changes (
    id integer NOT NULL,
    plugin character varying(16) NOT NULL,
    "table" character varying(64) NOT NULL,
    "column" character varying(64) NOT NULL,
    method character varying(16) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.poller (
    id integer NOT NULL,
    disabled character(2),
    name character varying(30),
    notes character varying(1024),
    status bigint NOT NULL,
    log_level integer NOT NULL,
    timezone character varying(40),
    hostname character varying(100) NOT NULL,
    dbdefault character varying(20) NOT NULL,
    dbhost character varying(64) NOT NULL,
    dbuser character varying(20) NOT NULL,
    dbpass character varying(64) NOT NULL,
    dbport bigint,
    dbretries bigint,
    dbssl character(3),
    dbsslkey character varying(255),
    dbsslcert character varying(255),
    dbsslca character varying(255),
    dbsslcapath character varying(255),
    dbsslverifyservercert character(3),
    total_time double precision,
    max_time double precision,
    min_time double precision,
    avg_time double precision,
    total_polls bigint,
    processes bigint,
    threads bigint,
    sync_interval bigint,
    devices bigint NOT NULL,
    snmp integer,
    script integer,
    server integer,
    last_update timestamp(0) without time zone NOT NULL,
    last_status timestamp(0) without time zone NOT NULL,
    last_sync timestamp(0) without time zone NOT NULL,
    requires_sync character(2),
    PRIMARY KEY (id)
);
CREATE TABLE cacti.poller_command (
    poller_id integer NOT NULL,
    time timestamp(0) without time zone NOT NULL,
    action smallint NOT NULL,
    command character varying(191) NOT NULL,
    last_updated timestamp(0) without time zone,
    PRIMARY KEY (poller_id, action, command)
);
CREATE TABLE cacti.poller_data_template_field_mappings (
    data_template_id bigint NOT NULL,
    data_name character varying(40) NOT NULL,
    data_source_names character varying(125) NOT NULL,
    last_updated timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (data_template_id, data_name, data_source_names)
);
CREATE TABLE cacti.poller_item (
    local_data_id bigint NOT NULL,
    poller_id bigint NOT NULL,
    host_id integer NOT NULL,
    action smallint NOT NULL,
    present smallint NOT NULL,
    last_updated timestamp(0) without time zone,
    hostname character varying(100) NOT NULL,
    snmp_community character varying(100) NOT NULL,
    snmp_version smallint NOT NULL,
    snmp_username character varying(50) NOT NULL,
    snmp_password character varying(50) NOT NULL,
    snmp_auth_protocol character(6) NOT NULL,
    snmp_priv_passphrase character varying(200) NOT NULL,
    snmp_priv_protocol character(7) NOT NULL,
    snmp_context character varying(64),
    snmp_engine_id character varying(64),
    snmp_port integer NOT NULL,
    snmp_timeout integer NOT NULL,
    rrd_name character varying(19) NOT NULL,
    rrd_path character varying(255) NOT NULL,
    rrd_num smallint NOT NULL,
    rrd_step integer NOT NULL,
    rrd_next_step integer NOT NULL,
    arg1 text,
    arg2 character varying(255),
    arg3 character varying(255),
    PRIMARY KEY (local_data_id, rrd_name)
);
CREATE TABLE cacti.poller_output (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    time timestamp(0) without time zone NOT NULL,
    output character varying(512) NOT NULL,
    PRIMARY KEY (local_data_id, rrd_name, time)
);
CREATE TABLE cacti.poller_output_boost (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    time timestamp(0) without time zone NOT NULL,
    output character varying(512) NOT NULL,
    last_updated timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (local_data_id, time, rrd_name)
);
CREATE TABLE cacti.poller_output_boost_local_data_ids (
    local_data_id bigint NOT NULL,
    process_handler bigint,
    PRIMARY KEY (local_data_id)
);
CREATE TABLE cacti.poller_output_boost_processes (
    sock_int_value numeric(20,0) NOT NULL,
    status character varying(255),
    PRIMARY KEY (sock_int_value)
);
CREATE TABLE cacti.poller_output_realtime (
    local_data_id bigint NOT NULL,
    rrd_name character varying(19) NOT NULL,
    time timestamp(0) without time zone NOT NULL,
    output text NOT NULL,
    poller_id character varying(256) NOT NULL,
    PRIMARY KEY (local_data_id, rrd_name, time, poller_id)
);
CREATE TABLE cacti.poller_reindex (
    host_id integer NOT NULL,
    data_query_id integer NOT NULL,
    action smallint NOT NULL,
    present smallint NOT NULL,
    op character(1) NOT NULL,
    assert_value character varying(100) NOT NULL,
    arg1 character varying(255) NOT NULL,
    PRIMARY KEY (host_id, data_query_id, arg1)
);
CREATE TABLE cacti.poller_resource_cache (
    id bigint NOT NULL,
    resource_type character varying(20),
    md5sum character varying(32),
    path character varying(191),
    update_time timestamp(0) without time zone NOT NULL,
    contents bytea,
    attributes integer,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.poller_time (
    id numeric(20,0) NOT NULL,
    pid bigint NOT NULL,
    poller_id bigint NOT NULL,
    start_time timestamp(0) without time zone NOT NULL,
    end_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.poller_time_stats (
    id numeric(20,0) NOT NULL,
    poller_id bigint NOT NULL,
    total_time double precision,
    time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.processes (
    id numeric(20,0) NOT NULL,
    pid bigint NOT NULL,
    tasktype character varying(20) NOT NULL,
    taskname character varying(40) NOT NULL,
    taskid bigint NOT NULL,
    timeout bigint,
    started timestamp(0) without time zone NOT NULL,
    last_update timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (pid, tasktype, taskname, taskid)
);
CREATE TABLE cacti.reports (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(100) NOT NULL,
    cformat character(2) NOT NULL,
    format_file character varying(255) NOT NULL,
    font_size integer NOT NULL,
    alignment integer NOT NULL,
    graph_linked character(2) NOT NULL,
    intrvl integer NOT NULL,
    count integer NOT NULL,
    "offset" bigint NOT NULL,
    mailtime numeric(20,0) NOT NULL,
    subject character varying(64) NOT NULL,
    from_name character varying(40) NOT NULL,
    from_email text NOT NULL,
    email text NOT NULL,
    bcc text NOT NULL,
    attachment_type integer NOT NULL,
    graph_height integer NOT NULL,
    graph_width integer NOT NULL,
    graph_columns integer NOT NULL,
    thumbnails character(2) NOT NULL,
    lastsent numeric(20,0) NOT NULL,
    enabled character(2),
    PRIMARY KEY (id)
);
CREATE TABLE cacti.reports_items (
    id bigint NOT NULL,
    report_id bigint NOT NULL,
    item_type smallint NOT NULL,
    tree_id bigint NOT NULL,
    branch_id bigint NOT NULL,
    tree_cascade character(2) NOT NULL,
    graph_name_regexp character varying(128) NOT NULL,
    site_id integer NOT NULL,
    host_template_id integer NOT NULL,
    host_id integer NOT NULL,
    graph_template_id integer NOT NULL,
    local_graph_id bigint NOT NULL,
    timespan bigint NOT NULL,
    align smallint NOT NULL,
    item_text text NOT NULL,
    font_size integer NOT NULL,
    sequence integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.settings (
    name character varying(75) NOT NULL,
    value character varying(4096) NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE cacti.settings_user (
    user_id integer NOT NULL,
    name character varying(75) NOT NULL,
    value character varying(4096) NOT NULL,
    PRIMARY KEY (user_id, name)
);
CREATE TABLE cacti.settings_user_group (
    group_id integer NOT NULL,
    name character varying(50) NOT NULL,
    value character varying(2048) NOT NULL,
    PRIMARY KEY (group_id, name)
);
CREATE TABLE cacti.settings_tree (
    user_id integer NOT NULL,
    graph_tree_item_id bigint NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (user_id, graph_tree_item_id)
);
CREATE TABLE cacti.snmp_query (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    xml_path character varying(255) NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(255),
    graph_template_id integer NOT NULL,
    data_input_id integer NOT NULL,
    graphs bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.snmp_query_graph (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    snmp_query_id integer NOT NULL,
    name character varying(100) NOT NULL,
    graph_template_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.snmp_query_graph_rrd (
    snmp_query_graph_id integer NOT NULL,
    data_template_id integer NOT NULL,
    data_template_rrd_id bigint NOT NULL,
    snmp_field_name character varying(50) NOT NULL,
    PRIMARY KEY (snmp_query_graph_id, data_template_id, data_template_rrd_id)
);
CREATE TABLE cacti.snmp_query_graph_rrd_sv (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    snmp_query_graph_id integer NOT NULL,
    data_template_id integer NOT NULL,
    sequence integer NOT NULL,
    field_name character varying(100) NOT NULL,
    text character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.snmp_query_graph_sv (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    snmp_query_graph_id integer NOT NULL,
    sequence integer NOT NULL,
    field_name character varying(100) NOT NULL,
    text character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.user_auth (
    id integer NOT NULL,
    username character varying(50) NOT NULL,
    password character varying(256) NOT NULL,
    realm integer NOT NULL,
    full_name character varying(100),
    email_address character varying(128),
    must_change_password character(2),
    password_change character(2),
    show_tree character(2),
    show_list character(2),
    show_preview character(2) NOT NULL,
    graph_settings character(2),
    login_opts smallint NOT NULL,
    policy_graphs smallint NOT NULL,
    policy_trees smallint NOT NULL,
    policy_hosts smallint NOT NULL,
    policy_graph_templates smallint NOT NULL,
    enabled character(2) NOT NULL,
    lastchange integer NOT NULL,
    lastlogin integer NOT NULL,
    password_history character varying(4096) NOT NULL,
    locked character varying(3) NOT NULL,
    failed_attempts integer NOT NULL,
    lastfail bigint NOT NULL,
    reset_perms bigint NOT NULL,
    tfa_enabled character(3) NOT NULL,
    tfa_secret character(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.user_auth_cache (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    hostname character varying(100) NOT NULL,
    last_update timestamp(0) without time zone NOT NULL,
    token character varying(191) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.user_auth_group (
    id bigint NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(255) NOT NULL,
    graph_settings character varying(2),
    login_opts smallint NOT NULL,
    show_tree character varying(2),
    show_list character varying(2),
    show_preview character varying(2) NOT NULL,
    policy_graphs smallint NOT NULL,
    policy_trees smallint NOT NULL,
    policy_hosts smallint NOT NULL,
    policy_graph_templates smallint NOT NULL,
    enabled character(2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.user_auth_group_members (
    group_id bigint NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE TABLE cacti.user_auth_group_perms (
    group_id integer NOT NULL,
    item_id integer NOT NULL,
    type smallint NOT NULL,
    PRIMARY KEY (group_id, item_id, type)
);
CREATE TABLE cacti.user_auth_group_realm (
    group_id bigint NOT NULL,
    realm_id bigint NOT NULL,
    PRIMARY KEY (group_id, realm_id)
);
CREATE TABLE cacti.user_auth_perms (
    user_id integer NOT NULL,
    item_id integer NOT NULL,
    type smallint NOT NULL,
    PRIMARY KEY (user_id, item_id, type)
);
CREATE TABLE cacti.user_auth_realm (
    realm_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (realm_id, user_id)
);
CREATE TABLE cacti.user_auth_row_cache (
    user_id integer NOT NULL,
    class character varying(20) NOT NULL,
    hash character varying(32) NOT NULL,
    total_rows bigint NOT NULL,
    time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (user_id, class, hash)
);
CREATE TABLE cacti.user_log (
    username character varying(50) NOT NULL,
    user_id integer NOT NULL,
    time timestamp(0) without time zone NOT NULL,
    result smallint NOT NULL,
    ip character varying(40) NOT NULL,
    PRIMARY KEY (username, user_id, time)
);
CREATE TABLE cacti.user_domains (
    domain_id bigint NOT NULL,
    domain_name character varying(20) NOT NULL,
    type bigint NOT NULL,
    enabled character(2) NOT NULL,
    defdomain smallint NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (domain_id)
);
CREATE TABLE cacti.user_domains_ldap (
    domain_id bigint NOT NULL,
    server character varying(128) NOT NULL,
    port bigint NOT NULL,
    port_ssl bigint NOT NULL,
    proto_version smallint NOT NULL,
    encryption smallint NOT NULL,
    tls_certificate smallint NOT NULL,
    referrals smallint NOT NULL,
    mode smallint NOT NULL,
    dn character varying(128) NOT NULL,
    group_require character(2) NOT NULL,
    group_dn character varying(128) NOT NULL,
    group_attrib character varying(128) NOT NULL,
    group_member_type smallint NOT NULL,
    search_base character varying(128) NOT NULL,
    search_filter character varying(512) NOT NULL,
    specific_dn character varying(128) NOT NULL,
    specific_password character varying(128) NOT NULL,
    cn_full_name character varying(50),
    cn_email character varying(50),
    PRIMARY KEY (domain_id)
);
CREATE TABLE cacti.sessions (
    id character varying(32) NOT NULL,
    remote_addr character varying(25) NOT NULL,
    access bigint,
    data bytea,
    user_id bigint NOT NULL,
    user_agent character varying(128) NOT NULL,
    start_time timestamp(0) without time zone NOT NULL,
    transactions bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.sites (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    disabled character(2) NOT NULL,
    address1 character varying(100),
    address2 character varying(100),
    city character varying(50),
    state character varying(20),
    postal_code character varying(20),
    country character varying(30),
    timezone character varying(40),
    latitude numeric(13,10) NOT NULL,
    longitude numeric(13,10) NOT NULL,
    zoom smallint,
    alternate_id character varying(30),
    notes character varying(1024),
    devices bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.snmpagent_cache (
    oid character varying(50) NOT NULL,
    name character varying(50) NOT NULL,
    mib character varying(50) NOT NULL,
    type character varying(50) NOT NULL,
    otype character varying(50) NOT NULL,
    kind character varying(50) NOT NULL,
    "max-access" character varying(50) NOT NULL,
    value character varying(255) NOT NULL,
    description character varying(5000) NOT NULL,
    PRIMARY KEY (oid)
);
CREATE TABLE cacti.snmpagent_mibs (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    file character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.snmpagent_cache_notifications (
    name character varying(50) NOT NULL,
    mib character varying(50) NOT NULL,
    attribute character varying(50) NOT NULL,
    sequence_id smallint NOT NULL,
    PRIMARY KEY (name, mib, attribute, sequence_id)
);
CREATE TABLE cacti.snmpagent_cache_textual_conventions (
    name character varying(50) NOT NULL,
    mib character varying(50) NOT NULL,
    type character varying(50) NOT NULL,
    description character varying(5000) NOT NULL,
    PRIMARY KEY (name, mib, type)
);
CREATE TABLE cacti.snmpagent_managers (
    id bigint NOT NULL,
    hostname character varying(100) NOT NULL,
    description character varying(255) NOT NULL,
    disabled character(2),
    max_log_size smallint NOT NULL,
    snmp_version smallint NOT NULL,
    snmp_community character varying(100) NOT NULL,
    snmp_username character varying(50) NOT NULL,
    snmp_password character varying(50) NOT NULL,
    snmp_auth_protocol character(6) NOT NULL,
    snmp_priv_passphrase character varying(200) NOT NULL,
    snmp_priv_protocol character(6) NOT NULL,
    snmp_engine_id character varying(64),
    snmp_port integer NOT NULL,
    snmp_message_type smallint NOT NULL,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.snmpagent_managers_notifications (
    manager_id bigint NOT NULL,
    notification character varying(50) NOT NULL,
    mib character varying(50) NOT NULL,
    PRIMARY KEY (manager_id, notification, mib)
);
CREATE TABLE cacti.snmpagent_notifications_log (
    id bigint NOT NULL,
    time integer NOT NULL,
    severity smallint NOT NULL,
    manager_id bigint NOT NULL,
    notification character varying(190) NOT NULL,
    mib character varying(50) NOT NULL,
    varbinds character varying(5000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.vdef (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(255) NOT NULL,
    graphs bigint NOT NULL,
    templates bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.vdef_items (
    id integer NOT NULL,
    hash character varying(32) NOT NULL,
    vdef_id integer NOT NULL,
    sequence integer NOT NULL,
    type smallint NOT NULL,
    value character varying(150) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE cacti.rrdcheck (
    local_data_id integer NOT NULL,
    test_date timestamp(0) without time zone NOT NULL,
    message character varying(250)
);
CREATE TABLE cacti.version (
    cacti character(30) NOT NULL,
    PRIMARY KEY (cacti)
);
COMMENT ON TABLE cacti.aggregate_graph_templates IS 'Template Definitions for Aggregate Graphs';
COMMENT ON TABLE cacti.aggregate_graph_templates_graph IS 'Aggregate Template Graph Data';
COMMENT ON TABLE cacti.aggregate_graph_templates_item IS 'Aggregate Template Graph Items';
COMMENT ON TABLE cacti.aggregate_graphs IS 'Aggregate Graph Definitions';
COMMENT ON TABLE cacti.aggregate_graphs_graph_item IS 'Aggregate Graph Graph Items';
COMMENT ON TABLE cacti.aggregate_graphs_items IS 'Aggregate Graph Items';
COMMENT ON TABLE cacti.automation_devices IS 'Table of Discovered Devices';
COMMENT ON TABLE cacti.automation_graph_rule_items IS 'Automation Graph Rule Items';
COMMENT ON TABLE cacti.automation_graph_rules IS 'Automation Graph Rules';
COMMENT ON TABLE cacti.automation_ips IS 'List of discoverable ip addresses used for scanning';
COMMENT ON TABLE cacti.automation_match_rule_items IS 'Automation Match Rule Items';
COMMENT ON COLUMN cacti.automation_networks.name IS 'The name for this network';
COMMENT ON COLUMN cacti.automation_networks.subnet_range IS 'Defined subnet ranges for discovery';
COMMENT ON COLUMN cacti.automation_networks.ignore_ips IS 'IP addresses to skip during discovery';
COMMENT ON COLUMN cacti.automation_networks.dns_servers IS 'DNS Servers to use for name resolution';
COMMENT ON COLUMN cacti.automation_networks.ping_method IS 'The ping method (ICMP:TCP:UDP)';
COMMENT ON COLUMN cacti.automation_networks.ping_port IS 'For TCP:UDP the port to ping';
COMMENT ON COLUMN cacti.automation_networks.ping_timeout IS 'The ping timeout in seconds';
COMMENT ON COLUMN cacti.automation_networks.sched_type IS 'Schedule type: manual or automatic';
COMMENT ON COLUMN cacti.automation_networks.run_limit IS 'The maximum runtime for the discovery';
COMMENT ON COLUMN cacti.automation_networks.day_of_week IS 'The days of week to run in crontab format';
COMMENT ON COLUMN cacti.automation_networks.month IS 'The months to run in crontab format';
COMMENT ON COLUMN cacti.automation_networks.day_of_month IS 'The days of month to run in crontab format';
COMMENT ON COLUMN cacti.automation_networks.last_runtime IS 'The last runtime for discovery';
COMMENT ON COLUMN cacti.automation_networks.last_started IS 'The time the discovery last started';
COMMENT ON COLUMN cacti.automation_networks.last_status IS 'The last exit message if any';
COMMENT ON COLUMN cacti.automation_networks.rerun_data_queries IS 'Rerun data queries or not for existing hosts';
COMMENT ON TABLE cacti.automation_networks IS 'Stores scanning subnet definitions';
COMMENT ON TABLE cacti.automation_processes IS 'Table tracking active poller processes';
COMMENT ON TABLE cacti.automation_snmp IS 'Group of SNMP Option Sets';
COMMENT ON TABLE cacti.automation_snmp_items IS 'Set of SNMP Options';
COMMENT ON TABLE cacti.automation_templates IS 'Templates of SNMP Sys variables used for automation';
COMMENT ON TABLE cacti.automation_templates_rules IS 'Holds mappings of Automation Templates to Rules';
COMMENT ON TABLE cacti.automation_tree_rule_items IS 'Automation Tree Rule Items';
COMMENT ON TABLE cacti.automation_tree_rules IS 'Automation Tree Rules';
COMMENT ON TABLE cacti.color_templates IS 'Color Templates';
COMMENT ON TABLE cacti.color_template_items IS 'Color Items for Color Templates';
COMMENT ON TABLE cacti.data_debug IS 'Datasource Debugger Information';
COMMENT ON TABLE cacti.data_source_profiles IS 'Stores Data Source Profiles';
COMMENT ON TABLE cacti.data_source_profiles_cf IS 'Maps the Data Source Profile Consolidation Functions';
COMMENT ON TABLE cacti.data_source_profiles_rra IS 'Stores RRA Definitions for Data Source Profiles';
COMMENT ON TABLE cacti.data_source_purge_action IS 'RRD Cleaner File Actions';
COMMENT ON TABLE cacti.data_source_purge_temp IS 'RRD Cleaner File Repository';
COMMENT ON TABLE cacti.data_source_stats_command_cache IS 'Holds the RRDfile Stats Commands';
COMMENT ON TABLE cacti.external_links IS 'Contains external links that are embedded into Cacti';
COMMENT ON TABLE cacti.graph_local IS 'Creates a relationship for each item in a custom graph.';
COMMENT ON TABLE cacti.graph_template_input IS 'Stores the names for graph item input groups.';
COMMENT ON TABLE cacti.graph_template_input_defs IS 'Stores the relationship for what graph items are associated';
COMMENT ON TABLE cacti.graph_templates IS 'Contains each graph template name.';
COMMENT ON TABLE cacti.graph_templates_graph IS 'Stores the actual graph data.';
COMMENT ON TABLE cacti.graph_templates_item IS 'Stores the actual graph item data.';
COMMENT ON TABLE cacti.poller IS 'Pollers for Cacti';
COMMENT ON TABLE cacti.poller_data_template_field_mappings IS 'Tracks mapping of Data Templates to their Data Source Names';
COMMENT ON TABLE cacti.poller_resource_cache IS 'Caches all scripts, resources files, and plugins';
COMMENT ON TABLE cacti.processes IS 'Stores Process Status for Cacti Background Processes';
COMMENT ON TABLE cacti.reports IS 'Cacti Reporting Reports';
COMMENT ON TABLE cacti.reports_items IS 'Cacti Reporting Items';
COMMENT ON TABLE cacti.settings_user_group IS 'Stores the Default User Group Graph Settings';
COMMENT ON TABLE cacti.user_auth_cache IS 'Caches Remember Me Details';
COMMENT ON TABLE cacti.user_auth_group IS 'Table that Contains User Groups';
COMMENT ON TABLE cacti.user_auth_group_members IS 'Table that Contains User Group Members';
COMMENT ON TABLE cacti.user_auth_group_perms IS 'Table that Contains User Group Permissions';
COMMENT ON TABLE cacti.user_auth_group_realm IS 'Table that Contains User Group Realm Permissions';
COMMENT ON TABLE cacti.user_domains IS 'Table to Hold Login Domains';
COMMENT ON TABLE cacti.user_domains_ldap IS 'Table to Hold Login Domains for LDAP';
COMMENT ON TABLE cacti.sessions IS 'Used for Database based Session Storage';
COMMENT ON TABLE cacti.sites IS 'Contains information about customer sites';
COMMENT ON TABLE cacti.snmpagent_cache IS 'SNMP MIB CACHE';
COMMENT ON TABLE cacti.snmpagent_mibs IS 'Registered MIB files';
COMMENT ON TABLE cacti.snmpagent_cache_notifications IS 'Notifications and related attributes';
COMMENT ON TABLE cacti.snmpagent_cache_textual_conventions IS 'Textual conventions';
COMMENT ON TABLE cacti.snmpagent_managers IS 'snmp notification receivers';
COMMENT ON TABLE cacti.snmpagent_managers_notifications IS 'snmp notifications to receivers';
COMMENT ON TABLE cacti.snmpagent_notifications_log IS 'logs snmp notifications to receivers';
COMMENT ON TABLE cacti.vdef IS 'vdef';
COMMENT ON TABLE cacti.vdef_items IS 'vdef items';
COMMENT ON TABLE cacti.rrdcheck IS 'rrdcheck';
