-- LibreNMS, the auto-discovering network monitoring system (devices and their locations, groups, relationships,
-- outages and availability, ports with their statistics, stacking, VLANs, STP, FDB/MAC and ARP tables, NAC sessions,
-- ADSL/VDSL, port groups; IPv4/IPv6 addresses and networks, routes, VRFs, BGP/OSPF/OSPFv3/IS-IS neighbours, MPLS,
-- pseudowires, LLDP/CDP links; sensors, state sensors and their translations, wireless sensors and access points,
-- processors, memory pools, storage, transceivers, entity inventory, applications and their metrics, services and
-- service templates, packages, VMs, Proxmox, load balancers, SLAs, QoS; alerts, alert rules, their device/group/
-- location maps, alert log, schedules (maintenance windows), templates and transports; the event log, syslog and
-- auth log; billing (bills, their ports, data and history); users, roles, permissions, API tokens, dashboards and
-- widgets, custom maps, notifications; pollers, poller groups and the poller cluster), as its schema dump
-- database/schema/mysql-schema.sql of github.com/librenms/librenms declares it (read at commit 1455be4 of
-- 2026-06-28, "Added filter to Custom Maps list (#19975)", from the public fork github.com/AliMickey/librenms, which
-- carries upstream's history unchanged; the upstream repository was over the size a copy here can have; GPL-3.0-or-later;
-- we use the schema's facts). MySQL DDL turned into PostgreSQL by a one-off script and loaded into a scratch
-- PostgreSQL 14, then this file regenerated from that catalog with pg_dump: all 158 tables, schema librenms, names
-- lower-cased (bgpPeers -> bgppeers, entPhysical -> entphysical, ifOperStatus -> ifoperstatus ...), reserved
-- words quoted; tinyint/smallint -> smallint, mediumint/int -> integer (unsigned dropped), bigint -> bigint,
-- datetime/timestamp -> timestamp, text kinds -> text, blob kinds and varbinary -> bytea, double -> double
-- precision, decimal -> numeric, enum -> text; the primary keys of 152 tables (bgppeers_cbgp, cache,
-- munin_plugins_ds, ports_adsl, ports_vdsl and users_prefs have none), the 32 foreign keys and the 48 column
-- comments the dump declares. Left out: AUTO_INCREMENT, defaults, ON UPDATE clauses, indexes and unique keys,
-- engine options and the INSERTs into migrations. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS librenms;
CREATE TABLE librenms.access_points (
    accesspoint_id integer NOT NULL,
    device_id integer NOT NULL,
    name character varying(255) NOT NULL,
    radio_number smallint,
    type character varying(16) NOT NULL,
    mac_addr character varying(24) NOT NULL,
    deleted smallint NOT NULL,
    channel smallint NOT NULL,
    txpow smallint NOT NULL,
    radioutil smallint NOT NULL,
    numasoclients smallint NOT NULL,
    nummonclients smallint NOT NULL,
    numactbssid smallint NOT NULL,
    nummonbssid integer NOT NULL,
    interference smallint NOT NULL,
    PRIMARY KEY (accesspoint_id)
);
CREATE TABLE librenms.alert_device_map (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    device_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.alert_group_map (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.alert_location_map (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    location_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.alert_log (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    device_id integer NOT NULL,
    state integer NOT NULL,
    details bytea,
    time_logged timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.alert_rules (
    id integer NOT NULL,
    rule text NOT NULL,
    severity text NOT NULL,
    extra character varying(255) NOT NULL,
    disabled smallint NOT NULL,
    name character varying(255) NOT NULL,
    query text NOT NULL,
    builder text NOT NULL,
    proc character varying(80),
    invert_map smallint NOT NULL,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.alert_schedulables (
    item_id integer NOT NULL,
    schedule_id integer NOT NULL,
    alert_schedulable_id integer NOT NULL,
    alert_schedulable_type character varying(255) NOT NULL,
    PRIMARY KEY (item_id)
);
CREATE TABLE librenms.alert_schedule (
    schedule_id integer NOT NULL,
    recurring smallint NOT NULL,
    start timestamp without time zone NOT NULL,
    "end" timestamp without time zone NOT NULL,
    recurring_day character varying(15),
    title character varying(255) NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (schedule_id)
);
CREATE TABLE librenms.alert_template_map (
    id integer NOT NULL,
    alert_templates_id integer NOT NULL,
    alert_rule_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.alert_templates (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    template text NOT NULL,
    title character varying(255),
    title_rec character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.alert_transport_groups (
    transport_group_id integer NOT NULL,
    transport_group_name character varying(30) NOT NULL,
    PRIMARY KEY (transport_group_id)
);
CREATE TABLE librenms.alert_transport_map (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    transport_or_group_id integer NOT NULL,
    target_type character varying(16) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.alert_transports (
    transport_id integer NOT NULL,
    transport_name character varying(30) NOT NULL,
    transport_type character varying(20) NOT NULL,
    is_default smallint NOT NULL,
    transport_config text,
    PRIMARY KEY (transport_id)
);
CREATE TABLE librenms.alerts (
    id integer NOT NULL,
    device_id integer NOT NULL,
    rule_id integer NOT NULL,
    state integer NOT NULL,
    alerted integer NOT NULL,
    open integer NOT NULL,
    note text,
    "timestamp" timestamp without time zone NOT NULL,
    info text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.api_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    token_hash character varying(255),
    description character varying(100) NOT NULL,
    disabled smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.application_metrics (
    id bigint NOT NULL,
    app_id integer NOT NULL,
    metric character varying(64) NOT NULL,
    value double precision,
    value_prev double precision,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.applications (
    app_id integer NOT NULL,
    device_id integer NOT NULL,
    app_type character varying(64) NOT NULL,
    app_state character varying(32) NOT NULL,
    discovered smallint NOT NULL,
    app_state_prev character varying(32),
    app_status character varying(1024) NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    app_instance character varying(255) NOT NULL,
    data text,
    deleted_at timestamp without time zone,
    PRIMARY KEY (app_id)
);
CREATE TABLE librenms.authlog (
    id integer NOT NULL,
    datetime timestamp without time zone NOT NULL,
    "user" text NOT NULL,
    address text NOT NULL,
    result text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.availability (
    availability_id integer NOT NULL,
    device_id integer NOT NULL,
    duration bigint NOT NULL,
    availability_perc numeric(9,6) NOT NULL,
    PRIMARY KEY (availability_id)
);
CREATE TABLE librenms.bgppeers (
    bgppeer_id integer NOT NULL,
    device_id integer NOT NULL,
    vrf_id integer,
    astext character varying(255) NOT NULL,
    bgppeeridentifier text NOT NULL,
    bgppeerremoteas bigint NOT NULL,
    bgppeerstate text NOT NULL,
    bgppeeradminstatus text NOT NULL,
    bgppeerlasterrorcode integer,
    bgppeerlasterrorsubcode integer,
    bgppeerlasterrortext character varying(254),
    bgppeeriface integer,
    bgplocaladdr text NOT NULL,
    bgppeerremoteaddr text NOT NULL,
    bgppeerdescr character varying(255) NOT NULL,
    bgppeerinupdates integer NOT NULL,
    bgppeeroutupdates integer NOT NULL,
    bgppeerintotalmessages integer NOT NULL,
    bgppeerouttotalmessages integer NOT NULL,
    bgppeerfsmestablishedtime integer NOT NULL,
    bgppeerinupdateelapsedtime integer NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (bgppeer_id)
);
CREATE TABLE librenms.bgppeers_cbgp (
    device_id integer NOT NULL,
    bgppeeridentifier character varying(64) NOT NULL,
    afi character varying(16) NOT NULL,
    safi character varying(16) NOT NULL,
    acceptedprefixes integer NOT NULL,
    deniedprefixes integer NOT NULL,
    prefixadminlimit integer NOT NULL,
    prefixthreshold integer NOT NULL,
    prefixclearthreshold integer NOT NULL,
    advertisedprefixes integer NOT NULL,
    suppressedprefixes integer NOT NULL,
    withdrawnprefixes integer NOT NULL,
    acceptedprefixes_delta integer NOT NULL,
    acceptedprefixes_prev integer NOT NULL,
    deniedprefixes_delta integer NOT NULL,
    deniedprefixes_prev integer NOT NULL,
    advertisedprefixes_delta integer NOT NULL,
    advertisedprefixes_prev integer NOT NULL,
    suppressedprefixes_delta integer NOT NULL,
    suppressedprefixes_prev integer NOT NULL,
    withdrawnprefixes_delta integer NOT NULL,
    withdrawnprefixes_prev integer NOT NULL,
    context_name character varying(128)
);
CREATE TABLE librenms.bill_data (
    id bigint NOT NULL,
    bill_id integer NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    period integer NOT NULL,
    delta bigint NOT NULL,
    in_delta bigint NOT NULL,
    out_delta bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.bill_history (
    bill_hist_id integer NOT NULL,
    bill_id integer NOT NULL,
    updated timestamp without time zone NOT NULL,
    bill_datefrom timestamp without time zone NOT NULL,
    bill_dateto timestamp without time zone NOT NULL,
    bill_type text NOT NULL,
    bill_allowed bigint NOT NULL,
    bill_used bigint NOT NULL,
    bill_overuse bigint NOT NULL,
    bill_percent numeric(10,2) NOT NULL,
    rate_95th_in bigint NOT NULL,
    rate_95th_out bigint NOT NULL,
    rate_95th bigint NOT NULL,
    dir_95th character varying(3) NOT NULL,
    rate_average bigint NOT NULL,
    rate_average_in bigint NOT NULL,
    rate_average_out bigint NOT NULL,
    traf_in bigint NOT NULL,
    traf_out bigint NOT NULL,
    traf_total bigint NOT NULL,
    bill_peak_out bigint,
    bill_peak_in bigint,
    pdf bytea,
    PRIMARY KEY (bill_hist_id)
);
CREATE TABLE librenms.bill_perms (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    bill_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.bill_port_counters (
    port_id integer NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    in_counter bigint,
    in_delta bigint NOT NULL,
    out_counter bigint,
    out_delta bigint NOT NULL,
    bill_id integer NOT NULL,
    PRIMARY KEY (port_id, bill_id)
);
CREATE TABLE librenms.bill_ports (
    id bigint NOT NULL,
    bill_id integer NOT NULL,
    port_id integer NOT NULL,
    bill_port_autoadded smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.bills (
    bill_id integer NOT NULL,
    bill_name text NOT NULL,
    bill_type text NOT NULL,
    bill_cdr bigint,
    bill_day integer NOT NULL,
    bill_quota bigint,
    rate_95th_in bigint NOT NULL,
    rate_95th_out bigint NOT NULL,
    rate_95th bigint NOT NULL,
    dir_95th character varying(3) NOT NULL,
    total_data bigint NOT NULL,
    total_data_in bigint NOT NULL,
    total_data_out bigint NOT NULL,
    rate_average_in bigint NOT NULL,
    rate_average_out bigint NOT NULL,
    rate_average bigint NOT NULL,
    bill_last_calc timestamp without time zone NOT NULL,
    bill_custid character varying(64) NOT NULL,
    bill_ref character varying(64) NOT NULL,
    bill_notes character varying(256) NOT NULL,
    bill_autoadded smallint NOT NULL,
    PRIMARY KEY (bill_id)
);
CREATE TABLE librenms.cache (
    key character varying(255) NOT NULL,
    value text NOT NULL,
    expiration integer NOT NULL
);
CREATE TABLE librenms.cache_locks (
    key character varying(255) NOT NULL,
    owner character varying(255) NOT NULL,
    expiration integer NOT NULL,
    PRIMARY KEY (key)
);
CREATE TABLE librenms.callback (
    callback_id integer NOT NULL,
    name character(64) NOT NULL,
    value character(64) NOT NULL,
    PRIMARY KEY (callback_id)
);
CREATE TABLE librenms.cef_switching (
    cef_switching_id integer NOT NULL,
    device_id integer NOT NULL,
    entphysicalindex integer NOT NULL,
    afi character varying(4) NOT NULL,
    cef_index integer NOT NULL,
    cef_path character varying(16) NOT NULL,
    drop integer NOT NULL,
    punt integer NOT NULL,
    punt2host integer NOT NULL,
    drop_prev integer NOT NULL,
    punt_prev integer NOT NULL,
    punt2host_prev integer NOT NULL,
    updated integer NOT NULL,
    updated_prev integer NOT NULL,
    PRIMARY KEY (cef_switching_id)
);
CREATE TABLE librenms.component (
    id integer NOT NULL,
    device_id integer NOT NULL,
    type character varying(50) NOT NULL,
    label character varying(255),
    status smallint NOT NULL,
    disabled smallint NOT NULL,
    ignore smallint NOT NULL,
    error character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.component_prefs (
    id integer NOT NULL,
    component integer NOT NULL,
    attribute character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.component_statuslog (
    id integer NOT NULL,
    component_id integer NOT NULL,
    status smallint NOT NULL,
    message text,
    "timestamp" timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.config (
    config_id integer NOT NULL,
    config_name character varying(255) NOT NULL,
    config_value text NOT NULL,
    PRIMARY KEY (config_id)
);
CREATE TABLE librenms.custom_map_backgrounds (
    custom_map_background_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    custom_map_id integer NOT NULL,
    background_image bytea,
    PRIMARY KEY (custom_map_background_id)
);
CREATE TABLE librenms.custom_map_edges (
    custom_map_edge_id integer NOT NULL,
    custom_map_id integer NOT NULL,
    custom_map_node1_id integer NOT NULL,
    custom_map_node2_id integer NOT NULL,
    port_id integer,
    reverse smallint NOT NULL,
    style character varying(50) NOT NULL,
    showpct smallint NOT NULL,
    showbps smallint NOT NULL,
    label character varying(255) NOT NULL,
    fixed_width numeric(3,1),
    text_face character varying(50) NOT NULL,
    text_size integer NOT NULL,
    text_colour character varying(10) NOT NULL,
    text_align character varying(16) NOT NULL,
    mid_x integer NOT NULL,
    mid_y integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (custom_map_edge_id)
);
CREATE TABLE librenms.custom_map_node_images (
    custom_map_node_image_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    image bytea,
    mime character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (custom_map_node_image_id)
);
CREATE TABLE librenms.custom_map_nodes (
    custom_map_node_id integer NOT NULL,
    custom_map_id integer NOT NULL,
    device_id integer,
    linked_custom_map_id integer,
    label character varying(50) NOT NULL,
    style character varying(50) NOT NULL,
    icon character varying(8),
    image character varying(255) NOT NULL,
    node_image_id integer,
    size integer NOT NULL,
    border_width integer NOT NULL,
    text_face character varying(50) NOT NULL,
    text_size integer NOT NULL,
    text_colour character varying(10) NOT NULL,
    colour_bg character varying(10),
    colour_bdr character varying(10),
    x_pos integer NOT NULL,
    y_pos integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (custom_map_node_id)
);
CREATE TABLE librenms.custom_maps (
    custom_map_id integer NOT NULL,
    name character varying(100) NOT NULL,
    width character varying(10) NOT NULL,
    height character varying(10) NOT NULL,
    node_align smallint NOT NULL,
    reverse_arrows smallint NOT NULL,
    edge_separation smallint NOT NULL,
    legend_x integer NOT NULL,
    legend_y integer NOT NULL,
    legend_steps smallint NOT NULL,
    legend_font_size smallint NOT NULL,
    legend_hide_invalid smallint NOT NULL,
    legend_hide_overspeed smallint NOT NULL,
    legend_colours text,
    options text,
    newnodeconfig text NOT NULL,
    newedgeconfig text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    menu_group character varying(100),
    background_type character varying(16) NOT NULL,
    background_data text,
    PRIMARY KEY (custom_map_id)
);
CREATE TABLE librenms.customers (
    customer_id integer NOT NULL,
    username character(64) NOT NULL,
    password character(32) NOT NULL,
    string character(64) NOT NULL,
    level smallint NOT NULL,
    PRIMARY KEY (customer_id)
);
CREATE TABLE librenms.customoids (
    customoid_id integer NOT NULL,
    device_id integer NOT NULL,
    customoid_descr character varying(255),
    customoid_deleted smallint NOT NULL,
    customoid_current double precision,
    customoid_prev double precision,
    customoid_oid character varying(255),
    customoid_datatype character varying(20) NOT NULL,
    customoid_unit character varying(20),
    customoid_divisor integer NOT NULL,
    customoid_multiplier integer NOT NULL,
    customoid_limit double precision,
    customoid_limit_warn double precision,
    customoid_limit_low double precision,
    customoid_limit_low_warn double precision,
    customoid_alert smallint NOT NULL,
    customoid_passed smallint NOT NULL,
    lastupdate timestamp without time zone NOT NULL,
    user_func character varying(100),
    PRIMARY KEY (customoid_id)
);
CREATE TABLE librenms.dashboards (
    dashboard_id integer NOT NULL,
    user_id integer NOT NULL,
    dashboard_name character varying(255) NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (dashboard_id)
);
CREATE TABLE librenms.device_graphs (
    id bigint NOT NULL,
    device_id integer NOT NULL,
    graph character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.device_group_device (
    device_group_id integer NOT NULL,
    device_id integer NOT NULL,
    PRIMARY KEY (device_group_id, device_id)
);
CREATE TABLE librenms.device_groups (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    "desc" character varying(255),
    type character varying(16) NOT NULL,
    rules text,
    pattern text,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.device_outages (
    id bigint NOT NULL,
    device_id integer NOT NULL,
    going_down bigint NOT NULL,
    up_again bigint,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.device_relationships (
    parent_device_id integer NOT NULL,
    child_device_id integer NOT NULL,
    PRIMARY KEY (parent_device_id, child_device_id)
);
CREATE TABLE librenms.devices (
    device_id integer NOT NULL,
    inserted timestamp without time zone,
    hostname character varying(128) NOT NULL,
    sysname character varying(128),
    display character varying(128),
    ip bytea,
    overwrite_ip character varying(40),
    community character varying(255),
    authlevel text,
    authname character varying(64),
    authpass character varying(64),
    authalgo character varying(10),
    cryptopass character varying(64),
    cryptoalgo character varying(10),
    snmpver character varying(4) NOT NULL,
    port smallint NOT NULL,
    transport character varying(16) NOT NULL,
    timeout integer,
    retries integer,
    snmp_disable smallint NOT NULL,
    bgplocalas integer,
    sysobjectid character varying(128),
    sysdescr text,
    syscontact text,
    version text,
    hardware text,
    features text,
    location_id integer,
    os character varying(32),
    status smallint NOT NULL,
    status_reason character varying(50) NOT NULL,
    ignore smallint NOT NULL,
    disabled smallint NOT NULL,
    uptime bigint,
    agent_uptime integer NOT NULL,
    last_polled timestamp without time zone,
    last_poll_attempted timestamp without time zone,
    last_polled_timetaken double precision,
    last_discovered_timetaken double precision,
    last_discovered timestamp without time zone,
    last_ping timestamp without time zone,
    last_ping_timetaken double precision,
    purpose text,
    type character varying(20) NOT NULL,
    serial text,
    icon character varying(255),
    poller_group integer NOT NULL,
    override_syslocation smallint,
    notes text,
    port_association_mode integer NOT NULL,
    max_depth integer NOT NULL,
    disable_notify smallint NOT NULL,
    ignore_status smallint NOT NULL,
    PRIMARY KEY (device_id)
);
CREATE TABLE librenms.devices_attribs (
    attrib_id integer NOT NULL,
    device_id integer NOT NULL,
    attrib_type character varying(64) NOT NULL,
    attrib_value text NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (attrib_id)
);
CREATE TABLE librenms.devices_group_perms (
    user_id integer NOT NULL,
    device_group_id integer NOT NULL,
    PRIMARY KEY (device_group_id, user_id)
);
CREATE TABLE librenms.devices_perms (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    device_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.entitystate (
    entity_state_id integer NOT NULL,
    device_id integer,
    entphysical_id integer,
    entstatelastchanged timestamp without time zone,
    entstateadmin integer,
    entstateoper integer,
    entstateusage integer,
    entstatealarm text,
    entstatestandby integer,
    PRIMARY KEY (entity_state_id)
);
CREATE TABLE librenms.entphysical (
    entphysical_id integer NOT NULL,
    device_id integer NOT NULL,
    entphysicalindex integer NOT NULL,
    entphysicaldescr text,
    entphysicalclass text,
    entphysicalname text,
    entphysicalhardwarerev character varying(96),
    entphysicalfirmwarerev character varying(96),
    entphysicalsoftwarerev character varying(96),
    entphysicalalias character varying(32),
    entphysicalassetid character varying(32),
    entphysicalisfru character varying(8),
    entphysicalmodelname text,
    entphysicalvendortype text,
    entphysicalserialnum text,
    entphysicalcontainedin integer NOT NULL,
    entphysicalparentrelpos integer NOT NULL,
    entphysicalmfgname text,
    ifindex integer,
    PRIMARY KEY (entphysical_id)
);
CREATE TABLE librenms.entphysical_state (
    id bigint NOT NULL,
    device_id integer NOT NULL,
    entphysicalindex character varying(64) NOT NULL,
    subindex character varying(64),
    "group" character varying(64) NOT NULL,
    key character varying(64) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.eventlog (
    event_id integer NOT NULL,
    device_id integer,
    datetime timestamp without time zone NOT NULL,
    message text,
    type character varying(64),
    reference character varying(64),
    username character varying(128),
    severity smallint NOT NULL,
    PRIMARY KEY (event_id)
);
CREATE TABLE librenms.graph_types (
    graph_type character varying(32) NOT NULL,
    graph_subtype character varying(64) NOT NULL,
    graph_section character varying(32) NOT NULL,
    graph_descr character varying(255),
    graph_order integer NOT NULL,
    PRIMARY KEY (graph_type, graph_subtype, graph_section)
);
CREATE TABLE librenms.hrdevice (
    hrdevice_id integer NOT NULL,
    device_id integer NOT NULL,
    hrdeviceindex integer NOT NULL,
    hrdevicedescr text NOT NULL,
    hrdevicetype text NOT NULL,
    hrdeviceerrors integer NOT NULL,
    hrdevicestatus text NOT NULL,
    hrprocessorload smallint,
    PRIMARY KEY (hrdevice_id)
);
CREATE TABLE librenms.hrsystem (
    hrsystem_id integer NOT NULL,
    device_id integer NOT NULL,
    hrsystemnumusers integer,
    hrsystemprocesses integer,
    hrsystemmaxprocesses integer,
    PRIMARY KEY (hrsystem_id)
);
CREATE TABLE librenms.ipsec_tunnels (
    tunnel_id integer NOT NULL,
    device_id integer NOT NULL,
    peer_port integer NOT NULL,
    peer_addr character varying(64) NOT NULL,
    local_addr character varying(64) NOT NULL,
    local_port integer NOT NULL,
    tunnel_name character varying(96) NOT NULL,
    tunnel_status character varying(11) NOT NULL,
    PRIMARY KEY (tunnel_id)
);
CREATE TABLE librenms.ipv4_addresses (
    ipv4_address_id integer NOT NULL,
    ipv4_address character varying(32) NOT NULL,
    ipv4_prefixlen integer NOT NULL,
    ipv4_network_id integer NOT NULL,
    port_id integer NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (ipv4_address_id)
);
CREATE TABLE librenms.ipv4_mac (
    id bigint NOT NULL,
    port_id integer NOT NULL,
    device_id integer,
    mac_address character varying(32) NOT NULL,
    ipv4_address character varying(32) NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ipv4_networks (
    ipv4_network_id integer NOT NULL,
    ipv4_network character varying(64) NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (ipv4_network_id)
);
CREATE TABLE librenms.ipv6_addresses (
    ipv6_address_id integer NOT NULL,
    ipv6_address character varying(128) NOT NULL,
    ipv6_compressed character varying(128) NOT NULL,
    ipv6_prefixlen integer NOT NULL,
    ipv6_origin character varying(16) NOT NULL,
    ipv6_network_id integer NOT NULL,
    port_id integer NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (ipv6_address_id)
);
CREATE TABLE librenms.ipv6_nd (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    port_id bigint NOT NULL,
    device_id bigint NOT NULL,
    mac_address character varying(32) NOT NULL,
    ipv6_address character varying(128) NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ipv6_networks (
    ipv6_network_id integer NOT NULL,
    ipv6_network character varying(64) NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (ipv6_network_id)
);
CREATE TABLE librenms.isis_adjacencies (
    id integer NOT NULL,
    device_id integer NOT NULL,
    index character varying(16),
    port_id integer,
    ifindex integer NOT NULL,
    isisisadjstate character varying(13) NOT NULL,
    isisisadjneighsystype character varying(128),
    isisisadjneighsysid character varying(128),
    isisisadjneighpriority character varying(128),
    isisisadjlastuptime bigint,
    isisisadjareaaddress character varying(128),
    isisisadjipaddrtype character varying(128),
    isisisadjipaddraddress character varying(128),
    isiscircadminstate character varying(16) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.juniatmvp (
    id bigint NOT NULL,
    juniatmvp_id integer NOT NULL,
    port_id integer NOT NULL,
    vp_id integer NOT NULL,
    vp_descr character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.links (
    id integer NOT NULL,
    local_port_id integer,
    local_device_id integer NOT NULL,
    remote_port_id integer,
    active smallint NOT NULL,
    protocol character varying(11),
    remote_hostname character varying(128) NOT NULL,
    remote_device_id integer NOT NULL,
    remote_port character varying(128) NOT NULL,
    remote_platform character varying(256),
    remote_version character varying(256) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.loadbalancer_rservers (
    rserver_id integer NOT NULL,
    farm_id character varying(128) NOT NULL,
    device_id integer NOT NULL,
    statedescr character varying(64) NOT NULL,
    PRIMARY KEY (rserver_id)
);
CREATE TABLE librenms.loadbalancer_vservers (
    id bigint NOT NULL,
    classmap_id integer NOT NULL,
    classmap character varying(128) NOT NULL,
    serverstate character varying(64) NOT NULL,
    device_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.locations (
    id integer NOT NULL,
    location character varying(255) NOT NULL,
    lat numeric(10,8),
    lng numeric(11,8),
    "timestamp" timestamp without time zone NOT NULL,
    fixed_coordinates smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.mac_accounting (
    ma_id integer NOT NULL,
    port_id integer NOT NULL,
    mac character varying(32) NOT NULL,
    in_oid character varying(128) NOT NULL,
    out_oid character varying(128) NOT NULL,
    bps_out integer NOT NULL,
    bps_in integer NOT NULL,
    cipmachcswitchedbytes_input bigint,
    cipmachcswitchedbytes_input_prev bigint,
    cipmachcswitchedbytes_input_delta bigint,
    cipmachcswitchedbytes_input_rate integer,
    cipmachcswitchedbytes_output bigint,
    cipmachcswitchedbytes_output_prev bigint,
    cipmachcswitchedbytes_output_delta bigint,
    cipmachcswitchedbytes_output_rate integer,
    cipmachcswitchedpkts_input bigint,
    cipmachcswitchedpkts_input_prev bigint,
    cipmachcswitchedpkts_input_delta bigint,
    cipmachcswitchedpkts_input_rate integer,
    cipmachcswitchedpkts_output bigint,
    cipmachcswitchedpkts_output_prev bigint,
    cipmachcswitchedpkts_output_delta bigint,
    cipmachcswitchedpkts_output_rate integer,
    poll_time integer,
    poll_prev integer,
    poll_period integer,
    PRIMARY KEY (ma_id)
);
CREATE TABLE librenms.mefinfo (
    id integer NOT NULL,
    device_id integer NOT NULL,
    mefid integer NOT NULL,
    meftype character varying(128) NOT NULL,
    mefident character varying(128) NOT NULL,
    mefmtu integer NOT NULL,
    mefadmstate character varying(128) NOT NULL,
    mefrowstate character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.mempools (
    mempool_id integer NOT NULL,
    mempool_index character varying(16) NOT NULL,
    entphysicalindex integer,
    mempool_type character varying(32) NOT NULL,
    mempool_class character varying(32) NOT NULL,
    mempool_precision integer NOT NULL,
    mempool_descr character varying(128) NOT NULL,
    device_id integer NOT NULL,
    mempool_perc integer NOT NULL,
    mempool_perc_oid character varying(255),
    mempool_used bigint NOT NULL,
    mempool_used_oid character varying(255),
    mempool_free bigint NOT NULL,
    mempool_free_oid character varying(255),
    mempool_total bigint NOT NULL,
    mempool_total_oid character varying(255),
    mempool_largestfree bigint,
    mempool_lowestfree bigint,
    mempool_deleted smallint NOT NULL,
    mempool_perc_warn integer,
    PRIMARY KEY (mempool_id)
);
CREATE TABLE librenms.migrations (
    id integer NOT NULL,
    migration character varying(255) NOT NULL,
    batch integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.model_has_permissions (
    permission_id bigint NOT NULL,
    model_type character varying(255) NOT NULL,
    model_id bigint NOT NULL,
    PRIMARY KEY (permission_id, model_id, model_type)
);
CREATE TABLE librenms.model_has_roles (
    role_id bigint NOT NULL,
    model_type character varying(255) NOT NULL,
    model_id bigint NOT NULL,
    PRIMARY KEY (role_id, model_id, model_type)
);
CREATE TABLE librenms.mpls_lsp_paths (
    lsp_path_id integer NOT NULL,
    lsp_id integer NOT NULL,
    path_oid integer NOT NULL,
    device_id integer NOT NULL,
    mplslsppathrowstatus text NOT NULL,
    mplslsppathlastchange bigint NOT NULL,
    mplslsppathtype text NOT NULL,
    mplslsppathbandwidth integer NOT NULL,
    mplslsppathoperbandwidth integer NOT NULL,
    mplslsppathadminstate text NOT NULL,
    mplslsppathoperstate text NOT NULL,
    mplslsppathstate text NOT NULL,
    mplslsppathfailcode character varying(64) NOT NULL,
    mplslsppathfailnodeaddr character varying(32) NOT NULL,
    mplslsppathmetric integer NOT NULL,
    mplslsppathopermetric integer,
    mplslsppathtimeup bigint,
    mplslsppathtimedown bigint,
    mplslsppathtransitioncount integer,
    mplslsppathtunnelarhoplistindex integer,
    mplslsppathtunnelchoplistindex integer,
    PRIMARY KEY (lsp_path_id)
);
CREATE TABLE librenms.mpls_lsps (
    lsp_id integer NOT NULL,
    vrf_oid integer NOT NULL,
    lsp_oid integer NOT NULL,
    device_id integer NOT NULL,
    mplslsprowstatus text NOT NULL,
    mplslsplastchange bigint,
    mplslspname character varying(64) NOT NULL,
    mplslspadminstate text NOT NULL,
    mplslspoperstate text NOT NULL,
    mplslspfromaddr character varying(32) NOT NULL,
    mplslsptoaddr character varying(32) NOT NULL,
    mplslsptype text NOT NULL,
    mplslspfastreroute text NOT NULL,
    mplslspage bigint,
    mplslsptimeup bigint,
    mplslsptimedown bigint,
    mplslspprimarytimeup bigint,
    mplslsptransitions integer,
    mplslsplasttransition bigint,
    mplslspconfiguredpaths integer,
    mplslspstandbypaths integer,
    mplslspoperationalpaths integer,
    PRIMARY KEY (lsp_id)
);
CREATE TABLE librenms.mpls_saps (
    sap_id integer NOT NULL,
    svc_id integer NOT NULL,
    svc_oid integer NOT NULL,
    sapportid integer NOT NULL,
    ifname character varying(255),
    device_id integer NOT NULL,
    sapencapvalue character varying(255),
    saprowstatus text,
    saptype text,
    sapdescription character varying(80),
    sapadminstatus text,
    sapoperstatus text,
    saplastmgmtchange bigint,
    saplaststatuschange bigint,
    PRIMARY KEY (sap_id)
);
CREATE TABLE librenms.mpls_sdp_binds (
    bind_id integer NOT NULL,
    sdp_id integer NOT NULL,
    svc_id integer NOT NULL,
    sdp_oid integer NOT NULL,
    svc_oid integer NOT NULL,
    device_id integer NOT NULL,
    sdpbindrowstatus character varying(30),
    sdpbindadminstatus character varying(5),
    sdpbindoperstatus character varying(5),
    sdpbindlastmgmtchange bigint,
    sdpbindlaststatuschange bigint,
    sdpbindtype character varying(10),
    sdpbindvctype character varying(30),
    sdpbindbasestatsingfwdpackets bigint,
    sdpbindbasestatsingfwdoctets bigint,
    sdpbindbasestatsegrfwdpackets bigint,
    sdpbindbasestatsegrfwdoctets bigint,
    PRIMARY KEY (bind_id)
);
CREATE TABLE librenms.mpls_sdps (
    sdp_id integer NOT NULL,
    sdp_oid integer NOT NULL,
    device_id integer NOT NULL,
    sdprowstatus text,
    sdpdelivery text,
    sdpdescription character varying(80),
    sdpadminstatus text,
    sdpoperstatus text,
    sdpadminpathmtu integer,
    sdpoperpathmtu integer,
    sdplastmgmtchange bigint,
    sdplaststatuschange bigint,
    sdpactivelsptype text,
    sdpfarendinetaddress character varying(46),
    sdpfarendinetaddresstype text,
    PRIMARY KEY (sdp_id)
);
CREATE TABLE librenms.mpls_services (
    svc_id integer NOT NULL,
    svc_oid integer NOT NULL,
    device_id integer NOT NULL,
    svcrowstatus text,
    svctype text,
    svccustid integer,
    svcadminstatus text,
    svcoperstatus text,
    svcdescription character varying(80),
    svcmtu integer,
    svcnumsaps integer,
    svcnumsdps integer,
    svclastmgmtchange bigint,
    svclaststatuschange bigint,
    svcvrouterid integer,
    svctlsmaclearning text,
    svctlsstpadminstatus text,
    svctlsstpoperstatus text,
    svctlsfdbtablesize integer,
    svctlsfdbnumentries integer,
    PRIMARY KEY (svc_id)
);
CREATE TABLE librenms.mpls_tunnel_ar_hops (
    ar_hop_id integer NOT NULL,
    mplstunnelarhoplistindex integer NOT NULL,
    mplstunnelarhopindex integer NOT NULL,
    device_id integer NOT NULL,
    lsp_path_id integer NOT NULL,
    mplstunnelarhopaddrtype text,
    mplstunnelarhopipv4addr character varying(15),
    mplstunnelarhopipv6addr character varying(45),
    mplstunnelarhopasnumber integer,
    mplstunnelarhopstrictorloose text,
    mplstunnelarhoprouterid character varying(15),
    localprotected text NOT NULL,
    linkprotectioninuse text NOT NULL,
    bandwidthprotected text NOT NULL,
    nextnodeprotected text NOT NULL,
    PRIMARY KEY (ar_hop_id)
);
CREATE TABLE librenms.mpls_tunnel_c_hops (
    c_hop_id integer NOT NULL,
    mplstunnelchoplistindex integer NOT NULL,
    mplstunnelchopindex integer NOT NULL,
    device_id integer NOT NULL,
    lsp_path_id integer,
    mplstunnelchopaddrtype text,
    mplstunnelchopipv4addr character varying(15),
    mplstunnelchopipv6addr character varying(45),
    mplstunnelchopasnumber integer,
    mplstunnelchopstrictorloose text,
    mplstunnelchoprouterid character varying(15),
    PRIMARY KEY (c_hop_id)
);
CREATE TABLE librenms.munin_plugins (
    mplug_id integer NOT NULL,
    device_id integer NOT NULL,
    mplug_type character varying(255) NOT NULL,
    mplug_instance character varying(128),
    mplug_category character varying(32),
    mplug_title character varying(128),
    mplug_info text,
    mplug_vlabel character varying(128),
    mplug_args character varying(512),
    mplug_total smallint NOT NULL,
    mplug_graph smallint NOT NULL,
    PRIMARY KEY (mplug_id)
);
CREATE TABLE librenms.munin_plugins_ds (
    mplug_id integer NOT NULL,
    ds_name character varying(32) NOT NULL,
    ds_type text NOT NULL,
    ds_label character varying(64) NOT NULL,
    ds_cdef character varying(255) NOT NULL,
    ds_draw character varying(64) NOT NULL,
    ds_graph text NOT NULL,
    ds_info character varying(255) NOT NULL,
    ds_extinfo text NOT NULL,
    ds_max character varying(32) NOT NULL,
    ds_min character varying(32) NOT NULL,
    ds_negative character varying(32) NOT NULL,
    ds_warning character varying(32) NOT NULL,
    ds_critical character varying(32) NOT NULL,
    ds_colour character varying(32) NOT NULL,
    ds_sum text NOT NULL,
    ds_stack text NOT NULL,
    ds_line character varying(64) NOT NULL
);
CREATE TABLE librenms.netscaler_vservers (
    vsvr_id integer NOT NULL,
    device_id integer NOT NULL,
    vsvr_name character varying(128) NOT NULL,
    vsvr_ip character varying(128) NOT NULL,
    vsvr_port integer NOT NULL,
    vsvr_type character varying(64) NOT NULL,
    vsvr_state character varying(32) NOT NULL,
    vsvr_clients integer NOT NULL,
    vsvr_server integer NOT NULL,
    vsvr_req_rate integer NOT NULL,
    vsvr_bps_in integer NOT NULL,
    vsvr_bps_out integer NOT NULL,
    PRIMARY KEY (vsvr_id)
);
CREATE TABLE librenms.notifications (
    notifications_id integer NOT NULL,
    title character varying(255) NOT NULL,
    body text NOT NULL,
    severity integer,
    source character varying(255) NOT NULL,
    checksum character varying(128) NOT NULL,
    datetime timestamp without time zone NOT NULL,
    PRIMARY KEY (notifications_id)
);
CREATE TABLE librenms.notifications_attribs (
    attrib_id integer NOT NULL,
    notifications_id integer NOT NULL,
    user_id integer NOT NULL,
    key character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (attrib_id)
);
CREATE TABLE librenms.ospf_areas (
    id integer NOT NULL,
    device_id integer NOT NULL,
    ospfareaid character varying(32) NOT NULL,
    ospfauthtype character varying(64),
    ospfimportasextern character varying(128) NOT NULL,
    ospfspfruns integer NOT NULL,
    ospfareabdrrtrcount integer NOT NULL,
    ospfasbdrrtrcount integer NOT NULL,
    ospfarealsacount integer NOT NULL,
    ospfarealsacksumsum integer NOT NULL,
    ospfareasummary character varying(64) NOT NULL,
    ospfareastatus character varying(64) NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ospf_instances (
    id integer NOT NULL,
    device_id integer NOT NULL,
    ospf_instance_id integer NOT NULL,
    ospfrouterid character varying(32) NOT NULL,
    ospfadminstat character varying(32) NOT NULL,
    ospfversionnumber character varying(32) NOT NULL,
    ospfareabdrrtrstatus character varying(32) NOT NULL,
    ospfasbdrrtrstatus character varying(32) NOT NULL,
    ospfexternlsacount integer NOT NULL,
    ospfexternlsacksumsum integer NOT NULL,
    ospftossupport character varying(32) NOT NULL,
    ospforiginatenewlsas integer NOT NULL,
    ospfrxnewlsas integer NOT NULL,
    ospfextlsdblimit integer,
    ospfmulticastextensions integer,
    ospfexitoverflowinterval integer,
    ospfdemandextensions character varying(32),
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ospf_nbrs (
    id integer NOT NULL,
    device_id integer NOT NULL,
    port_id integer,
    ospf_nbr_id character varying(32) NOT NULL,
    ospfnbripaddr character varying(32) NOT NULL,
    ospfnbraddresslessindex integer NOT NULL,
    ospfnbrrtrid character varying(32) NOT NULL,
    ospfnbroptions integer NOT NULL,
    ospfnbrpriority integer NOT NULL,
    ospfnbrstate character varying(32) NOT NULL,
    ospfnbrevents integer NOT NULL,
    ospfnbrlsretransqlen integer NOT NULL,
    ospfnbmanbrstatus character varying(32) NOT NULL,
    ospfnbmanbrpermanence character varying(32) NOT NULL,
    ospfnbrhellosuppressed character varying(32) NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ospf_ports (
    id integer NOT NULL,
    device_id integer NOT NULL,
    port_id integer NOT NULL,
    ospf_port_id character varying(32) NOT NULL,
    ospfifipaddress character varying(32) NOT NULL,
    ospfaddresslessif integer NOT NULL,
    ospfifareaid character varying(32) NOT NULL,
    ospfiftype character varying(32),
    ospfifadminstat character varying(32),
    ospfifrtrpriority integer,
    ospfiftransitdelay integer,
    ospfifretransinterval integer,
    ospfifhellointerval integer,
    ospfifrtrdeadinterval integer,
    ospfifpollinterval integer,
    ospfifstate character varying(32),
    ospfifdesignatedrouter character varying(32),
    ospfifbackupdesignatedrouter character varying(32),
    ospfifevents integer,
    ospfifauthkey character varying(128),
    ospfifstatus character varying(32),
    ospfifmulticastforwarding character varying(32),
    ospfifdemand character varying(32),
    ospfifauthtype character varying(32),
    ospfifmetricipaddress character varying(32),
    ospfifmetricaddresslessif integer,
    ospfifmetrictos integer,
    ospfifmetricvalue integer,
    ospfifmetricstatus character varying(32),
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ospfv3_areas (
    id integer NOT NULL,
    device_id integer NOT NULL,
    ospfv3_instance_id integer NOT NULL,
    ospfv3areaid integer NOT NULL,
    ospfv3areaimportasextern character varying(32) NOT NULL,
    ospfv3areaspfruns integer NOT NULL,
    ospfv3areabdrrtrcount integer NOT NULL,
    ospfv3areaasbdrrtrcount integer NOT NULL,
    ospfv3areascopelsacount integer NOT NULL,
    ospfv3areascopelsacksumsum integer NOT NULL,
    ospfv3areasummary character varying(32) NOT NULL,
    ospfv3areastubmetric integer NOT NULL,
    ospfv3areastubmetrictype character varying(32) NOT NULL,
    ospfv3areanssatranslatorrole character varying(32) NOT NULL,
    ospfv3areanssatranslatorstate character varying(32) NOT NULL,
    ospfv3areanssatranslatorstabinterval integer NOT NULL,
    ospfv3areanssatranslatorevents integer NOT NULL,
    ospfv3areateenabled character varying(32) NOT NULL,
    context_name character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ospfv3_instances (
    id integer NOT NULL,
    device_id integer NOT NULL,
    router_id character varying(32) NOT NULL,
    ospfv3routerid integer NOT NULL,
    ospfv3adminstatus character varying(32) NOT NULL,
    ospfv3versionnumber character varying(32) NOT NULL,
    ospfv3areabdrrtrstatus character varying(32) NOT NULL,
    ospfv3asbdrrtrstatus character varying(32) NOT NULL,
    ospfv3originatenewlsas integer NOT NULL,
    ospfv3rxnewlsas integer NOT NULL,
    ospfv3extlsacount integer NOT NULL,
    ospfv3extarealsdblimit integer NOT NULL,
    ospfv3asscopelsacount integer NOT NULL,
    ospfv3asscopelsacksumsum integer NOT NULL,
    ospfv3exitoverflowinterval integer NOT NULL,
    ospfv3referencebandwidth integer NOT NULL,
    ospfv3restartsupport character varying(32) NOT NULL,
    ospfv3restartinterval integer NOT NULL,
    ospfv3restartstrictlsachecking character varying(32) NOT NULL,
    ospfv3restartstatus character varying(32) NOT NULL,
    ospfv3restartage integer NOT NULL,
    ospfv3restartexitreason character varying(32) NOT NULL,
    ospfv3stubroutersupport character varying(32) NOT NULL,
    ospfv3stubrouteradvertisement character varying(32) NOT NULL,
    ospfv3discontinuitytime integer NOT NULL,
    ospfv3restarttime integer NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ospfv3_nbrs (
    id integer NOT NULL,
    device_id integer NOT NULL,
    ospfv3_instance_id integer NOT NULL,
    port_id integer,
    router_id character varying(32) NOT NULL,
    ospfv3nbrifindex integer NOT NULL,
    ospfv3nbrifinstid integer NOT NULL,
    ospfv3nbrrtrid integer NOT NULL,
    ospfv3nbraddresstype character varying(32) NOT NULL,
    ospfv3nbraddress character varying(39) NOT NULL,
    ospfv3nbroptions integer NOT NULL,
    ospfv3nbrpriority integer NOT NULL,
    ospfv3nbrstate character varying(32) NOT NULL,
    ospfv3nbrevents integer NOT NULL,
    ospfv3nbrlsretransqlen integer NOT NULL,
    ospfv3nbrhellosuppressed character varying(32) NOT NULL,
    ospfv3nbrifid integer NOT NULL,
    ospfv3nbrrestarthelperstatus character varying(32) NOT NULL,
    ospfv3nbrrestarthelperage integer NOT NULL,
    ospfv3nbrrestarthelperexitreason character varying(32) NOT NULL,
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ospfv3_ports (
    id integer NOT NULL,
    device_id integer NOT NULL,
    ospfv3_instance_id integer NOT NULL,
    ospfv3_area_id integer,
    port_id integer,
    ospfv3ifindex integer NOT NULL,
    ospfv3ifinstid integer NOT NULL,
    ospfv3ifareaid integer NOT NULL,
    ospfv3iftype character varying(32) NOT NULL,
    ospfv3ifadminstatus character varying(32) NOT NULL,
    ospfv3ifrtrpriority integer NOT NULL,
    ospfv3iftransitdelay integer NOT NULL,
    ospfv3ifretransinterval integer NOT NULL,
    ospfv3ifhellointerval integer NOT NULL,
    ospfv3ifrtrdeadinterval integer NOT NULL,
    ospfv3ifpollinterval integer NOT NULL,
    ospfv3ifstate character varying(32) NOT NULL,
    ospfv3ifdesignatedrouter character varying(32) NOT NULL,
    ospfv3ifbackupdesignatedrouter character varying(32) NOT NULL,
    ospfv3ifevents integer NOT NULL,
    ospfv3ifdemand character varying(32) NOT NULL,
    ospfv3ifmetricvalue integer NOT NULL,
    ospfv3iflinkscopelsacount integer,
    ospfv3iflinklsacksumsum integer,
    ospfv3ifdemandnbrprobe character varying(32),
    ospfv3ifdemandnbrproberetranslimit integer,
    ospfv3ifdemandnbrprobeinterval integer,
    ospfv3iftedisabled character varying(32),
    ospfv3iflinklsasuppression character varying(32),
    context_name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.packages (
    pkg_id integer NOT NULL,
    device_id integer NOT NULL,
    name character varying(128) NOT NULL,
    manager character varying(16) NOT NULL,
    status smallint NOT NULL,
    version character varying(255) NOT NULL,
    build character varying(64) NOT NULL,
    arch character varying(16) NOT NULL,
    size bigint,
    PRIMARY KEY (pkg_id)
);
CREATE TABLE librenms.pdb_ix (
    pdb_ix_id integer NOT NULL,
    ix_id integer NOT NULL,
    name character varying(255) NOT NULL,
    asn integer NOT NULL,
    "timestamp" integer NOT NULL,
    PRIMARY KEY (pdb_ix_id)
);
CREATE TABLE librenms.pdb_ix_peers (
    pdb_ix_peers_id integer NOT NULL,
    ix_id integer NOT NULL,
    peer_id integer NOT NULL,
    remote_asn integer NOT NULL,
    remote_ipaddr4 character varying(15),
    remote_ipaddr6 character varying(128),
    name character varying(255),
    "timestamp" integer,
    PRIMARY KEY (pdb_ix_peers_id)
);
CREATE TABLE librenms.permissions (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    guard_name character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.plugins (
    plugin_id integer NOT NULL,
    plugin_name character varying(60) NOT NULL,
    plugin_active integer NOT NULL,
    version integer NOT NULL,
    settings text,
    PRIMARY KEY (plugin_id)
);
CREATE TABLE librenms.poller_cluster (
    id integer NOT NULL,
    node_id character varying(255) NOT NULL,
    poller_name character varying(255) NOT NULL,
    poller_version character varying(255) NOT NULL,
    poller_groups character varying(255) NOT NULL,
    last_report timestamp without time zone NOT NULL,
    master smallint NOT NULL,
    poller_enabled smallint,
    poller_frequency integer,
    poller_workers integer,
    poller_down_retry integer,
    discovery_enabled smallint,
    discovery_frequency integer,
    discovery_workers integer,
    services_enabled smallint,
    services_frequency integer,
    services_workers integer,
    billing_enabled smallint,
    billing_frequency integer,
    billing_calculate_frequency integer,
    alerting_enabled smallint,
    alerting_frequency integer,
    ping_enabled smallint,
    ping_frequency integer,
    update_enabled smallint,
    update_frequency integer,
    loglevel character varying(8),
    watchdog_enabled smallint,
    watchdog_log character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.poller_cluster_stats (
    id integer NOT NULL,
    parent_poller integer NOT NULL,
    poller_type character varying(64) NOT NULL,
    depth integer NOT NULL,
    devices integer NOT NULL,
    worker_seconds double precision NOT NULL,
    workers integer NOT NULL,
    frequency integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.poller_groups (
    id integer NOT NULL,
    group_name character varying(255) NOT NULL,
    descr character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.pollers (
    id integer NOT NULL,
    poller_name character varying(255) NOT NULL,
    last_polled timestamp without time zone NOT NULL,
    devices integer NOT NULL,
    time_taken double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.port_group_port (
    port_group_id integer NOT NULL,
    port_id integer NOT NULL,
    PRIMARY KEY (port_group_id, port_id)
);
CREATE TABLE librenms.port_groups (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    "desc" character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ports (
    port_id integer NOT NULL,
    device_id integer NOT NULL,
    port_descr_type character varying(255),
    port_descr_descr character varying(255),
    port_descr_circuit character varying(255),
    port_descr_speed character varying(32),
    port_descr_notes character varying(255),
    ifdescr character varying(255),
    ifname character varying(255),
    portname character varying(128),
    ifindex bigint,
    ifspeed bigint,
    ifspeed_prev bigint,
    ifconnectorpresent character varying(12),
    ifoperstatus character varying(16),
    ifoperstatus_prev character varying(16),
    ifadminstatus character varying(16),
    ifadminstatus_prev character varying(16),
    ifduplex character varying(12),
    ifmtu integer,
    iftype character varying(64),
    ifalias character varying(255),
    ifphysaddress character varying(64),
    iflastchange bigint NOT NULL,
    ifvlan character varying(8),
    iftrunk character varying(16),
    ifvrf integer NOT NULL,
    ignore smallint NOT NULL,
    disabled smallint NOT NULL,
    deleted smallint NOT NULL,
    pagpoperationmode character varying(32),
    pagpportstate character varying(16),
    pagppartnerdeviceid character varying(48),
    pagppartnerlearnmethod character varying(16),
    pagppartnerifindex integer,
    pagppartnergroupifindex integer,
    pagppartnerdevicename character varying(128),
    pagpethcoperationmode character varying(16),
    pagpdeviceid character varying(48),
    pagpgroupifindex integer,
    ifinucastpkts bigint,
    ifinucastpkts_prev bigint,
    ifinucastpkts_delta bigint,
    ifinucastpkts_rate bigint,
    ifoutucastpkts bigint,
    ifoutucastpkts_prev bigint,
    ifoutucastpkts_delta bigint,
    ifoutucastpkts_rate bigint,
    ifinerrors bigint,
    ifinerrors_prev bigint,
    ifinerrors_delta bigint,
    ifinerrors_rate bigint,
    ifouterrors bigint,
    ifouterrors_prev bigint,
    ifouterrors_delta bigint,
    ifouterrors_rate bigint,
    ifinoctets bigint,
    ifinoctets_prev bigint,
    ifinoctets_delta bigint,
    ifinoctets_rate bigint,
    ifoutoctets bigint,
    ifoutoctets_prev bigint,
    ifoutoctets_delta bigint,
    ifoutoctets_rate bigint,
    poll_time integer,
    poll_prev integer,
    poll_period integer,
    PRIMARY KEY (port_id)
);
CREATE TABLE librenms.ports_adsl (
    port_id integer NOT NULL,
    port_adsl_updated timestamp without time zone NOT NULL,
    adsllinecoding character varying(8) NOT NULL,
    adsllinetype character varying(16) NOT NULL,
    adslatucinvvendorid character varying(16) NOT NULL,
    adslatucinvversionnumber character varying(16) NOT NULL,
    adslatuccurrsnrmgn numeric(5,1) NOT NULL,
    adslatuccurratn numeric(5,1) NOT NULL,
    adslatuccurroutputpwr numeric(5,1) NOT NULL,
    adslatuccurrattainablerate integer NOT NULL,
    adslatucchancurrtxrate integer NOT NULL,
    adslaturinvserialnumber character varying(32) NOT NULL,
    adslaturinvvendorid character varying(16) NOT NULL,
    adslaturinvversionnumber character varying(16) NOT NULL,
    adslaturchancurrtxrate integer NOT NULL,
    adslaturcurrsnrmgn numeric(5,1) NOT NULL,
    adslaturcurratn numeric(5,1) NOT NULL,
    adslaturcurroutputpwr numeric(5,1) NOT NULL,
    adslaturcurrattainablerate integer NOT NULL
);
CREATE TABLE librenms.ports_fdb (
    ports_fdb_id bigint NOT NULL,
    port_id integer NOT NULL,
    mac_address character varying(32) NOT NULL,
    vlan_id integer NOT NULL,
    device_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (ports_fdb_id)
);
CREATE TABLE librenms.ports_nac (
    ports_nac_id integer NOT NULL,
    auth_id character varying(50) NOT NULL,
    device_id integer NOT NULL,
    port_id integer NOT NULL,
    domain character varying(50) NOT NULL,
    username character varying(50) NOT NULL,
    mac_address character varying(50) NOT NULL,
    ip_address character varying(50) NOT NULL,
    host_mode character varying(50) NOT NULL,
    authz_status character varying(50) NOT NULL,
    authz_by character varying(50) NOT NULL,
    authc_status character varying(50) NOT NULL,
    method character varying(50) NOT NULL,
    timeout character varying(50) NOT NULL,
    time_left character varying(50),
    vlan integer,
    time_elapsed character varying(50),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    historical smallint NOT NULL,
    PRIMARY KEY (ports_nac_id)
);
CREATE TABLE librenms.ports_perms (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    port_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ports_stack (
    id bigint NOT NULL,
    device_id integer NOT NULL,
    high_ifindex integer NOT NULL,
    high_port_id bigint,
    low_ifindex integer NOT NULL,
    low_port_id bigint,
    ifstackstatus character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ports_statistics (
    port_id integer NOT NULL,
    ifinnucastpkts bigint,
    ifinnucastpkts_prev bigint,
    ifinnucastpkts_delta bigint,
    ifinnucastpkts_rate bigint,
    ifoutnucastpkts bigint,
    ifoutnucastpkts_prev bigint,
    ifoutnucastpkts_delta bigint,
    ifoutnucastpkts_rate bigint,
    ifindiscards bigint,
    ifindiscards_prev bigint,
    ifindiscards_delta bigint,
    ifindiscards_rate bigint,
    ifoutdiscards bigint,
    ifoutdiscards_prev bigint,
    ifoutdiscards_delta bigint,
    ifoutdiscards_rate bigint,
    ifinunknownprotos bigint,
    ifinunknownprotos_prev bigint,
    ifinunknownprotos_delta bigint,
    ifinunknownprotos_rate bigint,
    ifinbroadcastpkts bigint,
    ifinbroadcastpkts_prev bigint,
    ifinbroadcastpkts_delta bigint,
    ifinbroadcastpkts_rate bigint,
    ifoutbroadcastpkts bigint,
    ifoutbroadcastpkts_prev bigint,
    ifoutbroadcastpkts_delta bigint,
    ifoutbroadcastpkts_rate bigint,
    ifinmulticastpkts bigint,
    ifinmulticastpkts_prev bigint,
    ifinmulticastpkts_delta bigint,
    ifinmulticastpkts_rate bigint,
    ifoutmulticastpkts bigint,
    ifoutmulticastpkts_prev bigint,
    ifoutmulticastpkts_delta bigint,
    ifoutmulticastpkts_rate bigint,
    PRIMARY KEY (port_id)
);
CREATE TABLE librenms.ports_stp (
    port_stp_id integer NOT NULL,
    device_id integer NOT NULL,
    vlan integer,
    port_id integer NOT NULL,
    port_index integer NOT NULL,
    priority smallint NOT NULL,
    state character varying(11) NOT NULL,
    enable character varying(8) NOT NULL,
    pathcost integer NOT NULL,
    designatedroot character varying(32) NOT NULL,
    designatedcost integer NOT NULL,
    designatedbridge character varying(32) NOT NULL,
    designatedport integer NOT NULL,
    forwardtransitions integer NOT NULL,
    PRIMARY KEY (port_stp_id)
);
CREATE TABLE librenms.ports_vdsl (
    port_id integer NOT NULL,
    port_vdsl_updated timestamp without time zone NOT NULL,
    xdsl2linestatusattainablerateds integer NOT NULL,
    xdsl2linestatusattainablerateus integer NOT NULL,
    xdsl2chstatusactdataratextur integer NOT NULL,
    xdsl2chstatusactdataratextuc integer NOT NULL,
    xdsl2linestatusactatpds numeric(8,2) NOT NULL,
    xdsl2linestatusactatpus numeric(8,2) NOT NULL
);
CREATE TABLE librenms.ports_vlans (
    port_vlan_id integer NOT NULL,
    device_id integer NOT NULL,
    port_id integer NOT NULL,
    vlan integer NOT NULL,
    baseport integer NOT NULL,
    priority bigint NOT NULL,
    state character varying(16) NOT NULL,
    cost integer NOT NULL,
    untagged smallint NOT NULL,
    PRIMARY KEY (port_vlan_id)
);
CREATE TABLE librenms.printer_supplies (
    supply_id integer NOT NULL,
    device_id integer NOT NULL,
    supply_index integer NOT NULL,
    supply_type character varying(64) NOT NULL,
    supply_oid character varying(64) NOT NULL,
    supply_descr character varying(255) NOT NULL,
    supply_capacity integer NOT NULL,
    supply_current integer NOT NULL,
    supply_capacity_oid character varying(64),
    PRIMARY KEY (supply_id)
);
CREATE TABLE librenms.processes (
    id bigint NOT NULL,
    device_id integer NOT NULL,
    pid integer NOT NULL,
    vsz bigint NOT NULL,
    rss integer NOT NULL,
    cputime character varying(14) NOT NULL,
    "user" character varying(50) NOT NULL,
    command text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.processors (
    processor_id integer NOT NULL,
    entphysicalindex integer NOT NULL,
    hrdeviceindex integer,
    device_id integer NOT NULL,
    processor_oid character varying(128) NOT NULL,
    processor_index character varying(32) NOT NULL,
    processor_type character varying(16) NOT NULL,
    processor_usage integer NOT NULL,
    processor_descr character varying(64) NOT NULL,
    processor_precision integer NOT NULL,
    processor_perc_warn integer,
    PRIMARY KEY (processor_id)
);
CREATE TABLE librenms.proxmox (
    id integer NOT NULL,
    device_id integer NOT NULL,
    vmid integer NOT NULL,
    cluster character varying(255) NOT NULL,
    description character varying(255),
    last_seen timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.proxmox_ports (
    id integer NOT NULL,
    vm_id integer NOT NULL,
    port character varying(10) NOT NULL,
    last_seen timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.pseudowires (
    pseudowire_id integer NOT NULL,
    device_id integer NOT NULL,
    port_id integer NOT NULL,
    peer_device_id integer NOT NULL,
    peer_ldp_id integer NOT NULL,
    cpwvcid integer NOT NULL,
    cpwoid integer NOT NULL,
    pw_type character varying(32) NOT NULL,
    pw_psntype character varying(32) NOT NULL,
    pw_local_mtu integer NOT NULL,
    pw_peer_mtu integer NOT NULL,
    pw_descr character varying(128) NOT NULL,
    PRIMARY KEY (pseudowire_id)
);
CREATE TABLE librenms.push_subscriptions (
    id bigint NOT NULL,
    subscribable_type character varying(255) NOT NULL,
    subscribable_id bigint NOT NULL,
    endpoint character varying(500) NOT NULL,
    public_key character varying(255),
    auth_token character varying(255),
    content_encoding character varying(255),
    description character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.qos (
    qos_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    device_id integer NOT NULL,
    port_id integer,
    parent_id bigint,
    type character varying(50) NOT NULL,
    title character varying(255) NOT NULL,
    tooltip text,
    snmp_idx character varying(255) NOT NULL,
    rrd_id character varying(255) NOT NULL,
    ingress smallint NOT NULL,
    egress smallint NOT NULL,
    disabled smallint NOT NULL,
    ignore smallint NOT NULL,
    last_polled bigint,
    max_in bigint,
    max_out bigint,
    last_bytes_in bigint,
    last_bytes_out bigint,
    bytes_in_rate bigint,
    bytes_out_rate bigint,
    last_bytes_drop_in bigint,
    last_bytes_drop_out bigint,
    bytes_drop_in_rate bigint,
    bytes_drop_out_rate bigint,
    last_packets_in bigint,
    last_packets_out bigint,
    packets_in_rate bigint,
    packets_out_rate bigint,
    last_packets_drop_in bigint,
    last_packets_drop_out bigint,
    packets_drop_in_rate bigint,
    packets_drop_out_rate bigint,
    bytes_drop_in_pct numeric(6,2),
    bytes_drop_out_pct numeric(6,2),
    packets_drop_in_pct numeric(6,2),
    packets_drop_out_pct numeric(6,2),
    PRIMARY KEY (qos_id)
);
CREATE TABLE librenms.role_has_permissions (
    permission_id bigint NOT NULL,
    role_id bigint NOT NULL,
    PRIMARY KEY (permission_id, role_id)
);
CREATE TABLE librenms.roles (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    guard_name character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.route (
    route_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    device_id integer NOT NULL,
    port_id integer NOT NULL,
    context_name character varying(255),
    inetcidrrouteifindex bigint NOT NULL,
    inetcidrroutetype integer NOT NULL,
    inetcidrrouteproto integer NOT NULL,
    inetcidrroutenexthopas integer NOT NULL,
    inetcidrroutemetric1 integer NOT NULL,
    inetcidrroutedesttype character varying(255) NOT NULL,
    inetcidrroutedest character varying(255) NOT NULL,
    inetcidrroutenexthoptype character varying(255) NOT NULL,
    inetcidrroutenexthop character varying(255) NOT NULL,
    inetcidrroutepolicy character varying(255) NOT NULL,
    inetcidrroutepfxlen integer NOT NULL,
    PRIMARY KEY (route_id)
);
CREATE TABLE librenms.sensors (
    sensor_id integer NOT NULL,
    sensor_deleted smallint NOT NULL,
    sensor_class character varying(64) NOT NULL,
    device_id integer NOT NULL,
    poller_type character varying(16) NOT NULL,
    sensor_oid character varying(255) NOT NULL,
    sensor_index character varying(128),
    sensor_type character varying(255) NOT NULL,
    sensor_descr character varying(255),
    "group" character varying(255),
    sensor_divisor bigint NOT NULL,
    sensor_multiplier integer NOT NULL,
    sensor_current double precision,
    sensor_limit double precision,
    sensor_limit_warn double precision,
    sensor_limit_low double precision,
    sensor_limit_low_warn double precision,
    sensor_alert smallint NOT NULL,
    sensor_custom text NOT NULL,
    entphysicalindex character varying(16),
    entphysicalindex_measured character varying(16),
    lastupdate timestamp without time zone NOT NULL,
    sensor_prev double precision,
    user_func character varying(100),
    rrd_type text NOT NULL,
    PRIMARY KEY (sensor_id)
);
CREATE TABLE librenms.sensors_to_state_indexes (
    sensors_to_state_translations_id integer NOT NULL,
    sensor_id integer NOT NULL,
    state_index_id integer NOT NULL,
    PRIMARY KEY (sensors_to_state_translations_id)
);
CREATE TABLE librenms.service_templates (
    id integer NOT NULL,
    ip text,
    "check" character varying(255) NOT NULL,
    type character varying(16) NOT NULL,
    rules text,
    "desc" text,
    param text,
    ignore smallint NOT NULL,
    changed timestamp without time zone NOT NULL,
    disabled smallint NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.service_templates_device (
    service_template_id integer NOT NULL,
    device_id integer NOT NULL,
    PRIMARY KEY (service_template_id, device_id)
);
CREATE TABLE librenms.service_templates_device_group (
    service_template_id integer NOT NULL,
    device_group_id integer NOT NULL,
    PRIMARY KEY (service_template_id, device_group_id)
);
CREATE TABLE librenms.services (
    service_id integer NOT NULL,
    device_id integer NOT NULL,
    service_ip text,
    service_type character varying(255) NOT NULL,
    service_desc text,
    service_param text,
    service_ignore smallint NOT NULL,
    service_status smallint NOT NULL,
    service_changed integer NOT NULL,
    service_message text,
    service_disabled smallint NOT NULL,
    service_ds text,
    service_template_id integer NOT NULL,
    service_name character varying(255),
    PRIMARY KEY (service_id)
);
CREATE TABLE librenms.session (
    session_id integer NOT NULL,
    session_username character varying(255) NOT NULL,
    session_value character varying(60) NOT NULL,
    session_token character varying(60) NOT NULL,
    session_auth character varying(16) NOT NULL,
    session_expiry integer NOT NULL,
    PRIMARY KEY (session_id)
);
CREATE TABLE librenms.sessions (
    id character varying(255) NOT NULL,
    user_id bigint,
    ip_address character varying(45),
    user_agent text,
    payload text NOT NULL,
    last_activity integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.slas (
    sla_id integer NOT NULL,
    device_id integer NOT NULL,
    sla_nr integer NOT NULL,
    owner character varying(255) NOT NULL,
    tag character varying(255) NOT NULL,
    rtt_type character varying(16) NOT NULL,
    rtt double precision,
    status smallint NOT NULL,
    opstatus smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (sla_id)
);
CREATE TABLE librenms.state_indexes (
    state_index_id integer NOT NULL,
    state_name character varying(64) NOT NULL,
    PRIMARY KEY (state_index_id)
);
CREATE TABLE librenms.state_translations (
    state_translation_id integer NOT NULL,
    state_index_id integer NOT NULL,
    state_descr character varying(255) NOT NULL,
    state_draw_graph smallint NOT NULL,
    state_value smallint NOT NULL,
    state_generic_value smallint NOT NULL,
    state_lastupdated timestamp without time zone NOT NULL,
    PRIMARY KEY (state_translation_id)
);
CREATE TABLE librenms.storage (
    storage_id integer NOT NULL,
    device_id integer NOT NULL,
    type character varying(16) NOT NULL,
    storage_index character varying(64),
    storage_type character varying(32),
    storage_descr text NOT NULL,
    storage_size bigint NOT NULL,
    storage_size_oid character varying(255),
    storage_units integer NOT NULL,
    storage_used bigint NOT NULL,
    storage_used_oid character varying(255),
    storage_free bigint NOT NULL,
    storage_free_oid character varying(255),
    storage_perc integer NOT NULL,
    storage_perc_oid character varying(255),
    storage_perc_warn integer,
    PRIMARY KEY (storage_id)
);
CREATE TABLE librenms.stp (
    stp_id integer NOT NULL,
    device_id integer NOT NULL,
    vlan integer,
    rootbridge smallint NOT NULL,
    bridgeaddress character varying(32) NOT NULL,
    protocolspecification character varying(16) NOT NULL,
    priority integer NOT NULL,
    timesincetopologychange character varying(32) NOT NULL,
    topchanges integer NOT NULL,
    designatedroot character varying(32) NOT NULL,
    rootcost integer NOT NULL,
    rootport integer,
    maxage integer NOT NULL,
    hellotime integer NOT NULL,
    holdtime integer NOT NULL,
    forwarddelay integer NOT NULL,
    bridgemaxage smallint NOT NULL,
    bridgehellotime smallint NOT NULL,
    bridgeforwarddelay smallint NOT NULL,
    PRIMARY KEY (stp_id)
);
CREATE TABLE librenms.syslog (
    device_id integer,
    facility character varying(10),
    priority character varying(10),
    level character varying(10),
    tag character varying(10),
    "timestamp" timestamp without time zone NOT NULL,
    program character varying(32),
    msg text,
    seq bigint NOT NULL,
    PRIMARY KEY (seq)
);
CREATE TABLE librenms.tnmsneinfo (
    id integer NOT NULL,
    device_id integer NOT NULL,
    neid integer NOT NULL,
    netype character varying(128) NOT NULL,
    nename character varying(128) NOT NULL,
    nelocation character varying(128) NOT NULL,
    nealarm character varying(128) NOT NULL,
    neopmode character varying(128) NOT NULL,
    neopstate character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.transceivers (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    device_id bigint NOT NULL,
    port_id bigint NOT NULL,
    index character varying(255) NOT NULL,
    entity_physical_index integer,
    type character varying(128),
    vendor character varying(16),
    oui character varying(16),
    model character varying(32),
    revision character varying(16),
    serial character varying(32),
    date date,
    ddm smallint,
    encoding character varying(16),
    cable character varying(16),
    distance integer,
    wavelength integer,
    connector character varying(16),
    channels smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.transport_group_transport (
    id bigint NOT NULL,
    transport_group_id integer NOT NULL,
    transport_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.ucd_diskio (
    diskio_id integer NOT NULL,
    device_id integer NOT NULL,
    diskio_index integer NOT NULL,
    diskio_descr character varying(32) NOT NULL,
    PRIMARY KEY (diskio_id)
);
CREATE TABLE librenms.users (
    user_id integer NOT NULL,
    auth_type character varying(32),
    auth_id character varying(255),
    username character varying(255) NOT NULL,
    password character varying(255),
    realname character varying(64) NOT NULL,
    email character varying(64) NOT NULL,
    descr character(30) NOT NULL,
    can_modify_passwd smallint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    remember_token character varying(100),
    enabled smallint NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE librenms.users_prefs (
    user_id integer NOT NULL,
    pref character varying(32) NOT NULL,
    value character varying(128) NOT NULL
);
CREATE TABLE librenms.users_widgets (
    user_widget_id integer NOT NULL,
    user_id integer NOT NULL,
    widget character varying(32) NOT NULL,
    col smallint NOT NULL,
    "row" smallint NOT NULL,
    size_x smallint NOT NULL,
    size_y smallint NOT NULL,
    title character varying(255) NOT NULL,
    refresh smallint NOT NULL,
    settings text NOT NULL,
    dashboard_id integer NOT NULL,
    PRIMARY KEY (user_widget_id)
);
CREATE TABLE librenms.vendor_ouis (
    id bigint NOT NULL,
    vendor character varying(255) NOT NULL,
    oui character varying(12) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.vlans (
    vlan_id integer NOT NULL,
    device_id integer,
    vlan_vlan integer,
    vlan_domain integer,
    vlan_name character varying(64),
    vlan_type character varying(16),
    vlan_mtu integer,
    PRIMARY KEY (vlan_id)
);
CREATE TABLE librenms.vminfo (
    id integer NOT NULL,
    device_id integer NOT NULL,
    vm_type character varying(16) NOT NULL,
    vmwvmvmid integer NOT NULL,
    vmwvmdisplayname character varying(128) NOT NULL,
    vmwvmguestos character varying(256),
    vmwvmmemsize integer NOT NULL,
    vmwvmcpus integer NOT NULL,
    vmwvmstate smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE librenms.vrf_lite_cisco (
    vrf_lite_cisco_id integer NOT NULL,
    device_id integer NOT NULL,
    context_name character varying(128) NOT NULL,
    intance_name character varying(128),
    vrf_name character varying(128),
    PRIMARY KEY (vrf_lite_cisco_id)
);
CREATE TABLE librenms.vrfs (
    vrf_id integer NOT NULL,
    vrf_oid character varying(256) NOT NULL,
    vrf_name character varying(128),
    bgplocalas integer,
    mplsvpnvrfroutedistinguisher character varying(128),
    mplsvpnvrfdescription text NOT NULL,
    device_id integer NOT NULL,
    PRIMARY KEY (vrf_id)
);
CREATE TABLE librenms.wireless_sensors (
    sensor_id integer NOT NULL,
    sensor_deleted smallint NOT NULL,
    sensor_class character varying(64) NOT NULL,
    device_id integer NOT NULL,
    sensor_index character varying(64),
    sensor_type character varying(255) NOT NULL,
    sensor_descr character varying(255),
    sensor_divisor integer NOT NULL,
    sensor_multiplier integer NOT NULL,
    sensor_aggregator character varying(16) NOT NULL,
    sensor_current double precision,
    sensor_prev double precision,
    sensor_limit double precision,
    sensor_limit_warn double precision,
    sensor_limit_low double precision,
    sensor_limit_low_warn double precision,
    sensor_alert smallint NOT NULL,
    sensor_custom text NOT NULL,
    entphysicalindex character varying(16),
    entphysicalindex_measured character varying(16),
    lastupdate timestamp without time zone NOT NULL,
    sensor_oids text NOT NULL,
    access_point_id integer,
    rrd_type text NOT NULL,
    PRIMARY KEY (sensor_id)
);
ALTER TABLE ONLY librenms.component_prefs
    ADD CONSTRAINT component_prefs_ibfk_1 FOREIGN KEY (component) REFERENCES librenms.component(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY librenms.component_statuslog
    ADD CONSTRAINT component_statuslog_ibfk_1 FOREIGN KEY (component_id) REFERENCES librenms.component(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY librenms.custom_map_backgrounds
    ADD CONSTRAINT custom_map_backgrounds_custom_map_id_foreign FOREIGN KEY (custom_map_id) REFERENCES librenms.custom_maps(custom_map_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.custom_map_edges
    ADD CONSTRAINT custom_map_edges_custom_map_id_foreign FOREIGN KEY (custom_map_id) REFERENCES librenms.custom_maps(custom_map_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.custom_map_edges
    ADD CONSTRAINT custom_map_edges_custom_map_node1_id_foreign FOREIGN KEY (custom_map_node1_id) REFERENCES librenms.custom_map_nodes(custom_map_node_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.custom_map_edges
    ADD CONSTRAINT custom_map_edges_custom_map_node2_id_foreign FOREIGN KEY (custom_map_node2_id) REFERENCES librenms.custom_map_nodes(custom_map_node_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.custom_map_edges
    ADD CONSTRAINT custom_map_edges_port_id_foreign FOREIGN KEY (port_id) REFERENCES librenms.ports(port_id) ON DELETE SET NULL;
ALTER TABLE ONLY librenms.custom_map_nodes
    ADD CONSTRAINT custom_map_nodes_custom_map_id_foreign FOREIGN KEY (custom_map_id) REFERENCES librenms.custom_maps(custom_map_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.custom_map_nodes
    ADD CONSTRAINT custom_map_nodes_device_id_foreign FOREIGN KEY (device_id) REFERENCES librenms.devices(device_id) ON DELETE SET NULL;
ALTER TABLE ONLY librenms.custom_map_nodes
    ADD CONSTRAINT custom_map_nodes_linked_custom_map_id_foreign FOREIGN KEY (linked_custom_map_id) REFERENCES librenms.custom_maps(custom_map_id) ON DELETE SET NULL;
ALTER TABLE ONLY librenms.custom_map_nodes
    ADD CONSTRAINT custom_map_nodes_node_image_id_foreign FOREIGN KEY (node_image_id) REFERENCES librenms.custom_map_node_images(custom_map_node_image_id);
ALTER TABLE ONLY librenms.device_group_device
    ADD CONSTRAINT device_group_device_device_group_id_foreign FOREIGN KEY (device_group_id) REFERENCES librenms.device_groups(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.device_group_device
    ADD CONSTRAINT device_group_device_device_id_foreign FOREIGN KEY (device_id) REFERENCES librenms.devices(device_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.device_relationships
    ADD CONSTRAINT device_relationship_child_device_id_fk FOREIGN KEY (child_device_id) REFERENCES librenms.devices(device_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.device_relationships
    ADD CONSTRAINT device_relationship_parent_device_id_fk FOREIGN KEY (parent_device_id) REFERENCES librenms.devices(device_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.model_has_permissions
    ADD CONSTRAINT model_has_permissions_permission_id_foreign FOREIGN KEY (permission_id) REFERENCES librenms.permissions(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.model_has_roles
    ADD CONSTRAINT model_has_roles_role_id_foreign FOREIGN KEY (role_id) REFERENCES librenms.roles(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.port_group_port
    ADD CONSTRAINT port_group_port_port_group_id_foreign FOREIGN KEY (port_group_id) REFERENCES librenms.port_groups(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.port_group_port
    ADD CONSTRAINT port_group_port_port_id_foreign FOREIGN KEY (port_id) REFERENCES librenms.ports(port_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.qos
    ADD CONSTRAINT qos_device_id_foreign FOREIGN KEY (device_id) REFERENCES librenms.devices(device_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.qos
    ADD CONSTRAINT qos_parent_id_foreign FOREIGN KEY (parent_id) REFERENCES librenms.qos(qos_id) ON DELETE SET NULL;
ALTER TABLE ONLY librenms.qos
    ADD CONSTRAINT qos_port_id_foreign FOREIGN KEY (port_id) REFERENCES librenms.ports(port_id) ON DELETE SET NULL;
ALTER TABLE ONLY librenms.role_has_permissions
    ADD CONSTRAINT role_has_permissions_permission_id_foreign FOREIGN KEY (permission_id) REFERENCES librenms.permissions(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.role_has_permissions
    ADD CONSTRAINT role_has_permissions_role_id_foreign FOREIGN KEY (role_id) REFERENCES librenms.roles(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.sensors
    ADD CONSTRAINT sensors_device_id_foreign FOREIGN KEY (device_id) REFERENCES librenms.devices(device_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.sensors_to_state_indexes
    ADD CONSTRAINT sensors_to_state_indexes_ibfk_1 FOREIGN KEY (state_index_id) REFERENCES librenms.state_indexes(state_index_id);
ALTER TABLE ONLY librenms.sensors_to_state_indexes
    ADD CONSTRAINT sensors_to_state_indexes_sensor_id_foreign FOREIGN KEY (sensor_id) REFERENCES librenms.sensors(sensor_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.service_templates_device
    ADD CONSTRAINT service_templates_device_device_id_foreign FOREIGN KEY (device_id) REFERENCES librenms.devices(device_id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.service_templates_device_group
    ADD CONSTRAINT service_templates_device_group_device_group_id_foreign FOREIGN KEY (device_group_id) REFERENCES librenms.device_groups(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.service_templates_device_group
    ADD CONSTRAINT service_templates_device_group_service_template_id_foreign FOREIGN KEY (service_template_id) REFERENCES librenms.service_templates(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.service_templates_device
    ADD CONSTRAINT service_templates_device_service_template_id_foreign FOREIGN KEY (service_template_id) REFERENCES librenms.service_templates(id) ON DELETE CASCADE;
ALTER TABLE ONLY librenms.wireless_sensors
    ADD CONSTRAINT wireless_sensors_device_id_foreign FOREIGN KEY (device_id) REFERENCES librenms.devices(device_id) ON DELETE CASCADE;
COMMENT ON COLUMN librenms.component.id IS 'ID for each component, unique index';
COMMENT ON COLUMN librenms.component.device_id IS 'device_id from the devices table';
COMMENT ON COLUMN librenms.component.type IS 'name from the component_type table';
COMMENT ON COLUMN librenms.component.label IS 'Display label for the component';
COMMENT ON COLUMN librenms.component.status IS 'The status of the component, retreived from the device';
COMMENT ON COLUMN librenms.component.disabled IS 'Should this component be polled';
COMMENT ON COLUMN librenms.component.ignore IS 'Should this component be alerted on';
COMMENT ON COLUMN librenms.component.error IS 'Error message if in Alert state';
COMMENT ON COLUMN librenms.component_prefs.id IS 'ID for each entry';
COMMENT ON COLUMN librenms.component_prefs.component IS 'id from the component table';
COMMENT ON COLUMN librenms.component_prefs.attribute IS 'Attribute for the Component';
COMMENT ON COLUMN librenms.component_prefs.value IS 'Value for the Component';
COMMENT ON COLUMN librenms.component_statuslog.id IS 'ID for each log entry, unique index';
COMMENT ON COLUMN librenms.component_statuslog.component_id IS 'id from the component table';
COMMENT ON COLUMN librenms.component_statuslog.status IS 'The status that the component was changed TO';
COMMENT ON COLUMN librenms.component_statuslog."timestamp" IS 'When the status of the component was changed';
COMMENT ON COLUMN librenms.notifications.severity IS '0=ok,1=warning,2=critical';
COMMENT ON COLUMN librenms.qos.type IS 'Type of QoS';
COMMENT ON COLUMN librenms.qos.title IS 'Graph Title';
COMMENT ON COLUMN librenms.qos.snmp_idx IS 'SNMP Index for polling QoS data';
COMMENT ON COLUMN librenms.qos.rrd_id IS 'Suffix for the RRD file to identify this QoS';
COMMENT ON COLUMN librenms.qos.ingress IS 'Does this process ingress bytes';
COMMENT ON COLUMN librenms.qos.egress IS 'Does this process egress bytes';
COMMENT ON COLUMN librenms.qos.disabled IS 'Should this QoS be polled';
COMMENT ON COLUMN librenms.qos.ignore IS 'Should this QoS be alerted on';
COMMENT ON COLUMN librenms.qos.last_polled IS 'Last polled time for calculating rate';
COMMENT ON COLUMN librenms.qos.max_in IS 'Maximum value for input data if defined';
COMMENT ON COLUMN librenms.qos.max_out IS 'Maximum value for output data if defined';
COMMENT ON COLUMN librenms.qos.last_bytes_in IS 'Last polled counter for input bytes';
COMMENT ON COLUMN librenms.qos.last_bytes_out IS 'Last polled counter for output bytes';
COMMENT ON COLUMN librenms.qos.bytes_in_rate IS 'Output rate for bytes';
COMMENT ON COLUMN librenms.qos.bytes_out_rate IS 'Input rate for bytes';
COMMENT ON COLUMN librenms.qos.last_bytes_drop_in IS 'Last polled counter for input dropped bytes';
COMMENT ON COLUMN librenms.qos.last_bytes_drop_out IS 'Last polled counter for output dropped bytes';
COMMENT ON COLUMN librenms.qos.bytes_drop_in_rate IS 'Output rate for dropped bytes';
COMMENT ON COLUMN librenms.qos.bytes_drop_out_rate IS 'Input rate for dropped bytes';
COMMENT ON COLUMN librenms.qos.last_packets_in IS 'Last polled counter for input packets';
COMMENT ON COLUMN librenms.qos.last_packets_out IS 'Last polled counter for output packets';
COMMENT ON COLUMN librenms.qos.packets_in_rate IS 'Output rate for packets';
COMMENT ON COLUMN librenms.qos.packets_out_rate IS 'Input rate for packets';
COMMENT ON COLUMN librenms.qos.last_packets_drop_in IS 'Last polled counter for input dropped packets';
COMMENT ON COLUMN librenms.qos.last_packets_drop_out IS 'Last polled counter for output dropped packets';
COMMENT ON COLUMN librenms.qos.packets_drop_in_rate IS 'Output rate for dropped packets';
COMMENT ON COLUMN librenms.qos.packets_drop_out_rate IS 'Input rate for dropped packets';
COMMENT ON COLUMN librenms.qos.bytes_drop_in_pct IS 'Percentage of input bytes dropped';
COMMENT ON COLUMN librenms.qos.bytes_drop_out_pct IS 'Percentage of output bytes dropped';
COMMENT ON COLUMN librenms.qos.packets_drop_in_pct IS 'Percentage of input packets dropped';
COMMENT ON COLUMN librenms.qos.packets_drop_out_pct IS 'Percentage of output packets dropped';
