-- OpenNMS Horizon, the open-source network management platform (nodes with their SNMP and IP interfaces, monitored
-- services per interface and their metadata, service outages, events and event parameters, alarms with attributes,
-- situations (alarm correlations) and sticky memos, notifications and the users notified, acknowledgements, node
-- categories, category groups and requisitioned categories, asset records per node, path outages, applications and
-- their services and perspective locations, monitoring locations and their tags, monitoring systems (OpenNMS
-- instances, Minions, Sentinels) and their properties, Enhanced Linkd topology (LLDP, CDP, OSPF with areas, IS-IS,
-- bridge/STP/MAC links, ipNetToMedia), ENTITY-MIB hardware inventory with attribute types and aliases, business
-- service monitoring (services, edges, maps, reduce functions, child services, reduction keys), topology layouts and
-- the graph service, BGP Monitoring Protocol (BMP collectors, routers, peers, RIBs, attributes, ASN/route/RPKI info
-- and statistics), flow classification groups and rules, device configuration backups, filter favourites, statistics
-- reports, the report catalog, Grafana endpoints, key-value stores, usage analytics, user-defined links, wireless
-- access points and the Quartz scheduler tables), as the schema dump origin.sql that OpenNMS committed with its
-- Liquibase baseline 0_baseline-bluebird (core/schema/src/main/liquibase/0_baseline-bluebird/origin.sql of
-- github.com/OpenNMS/opennms, commit 618b7c5; the baseline's generated changeset ids date from 2024-04-26) records
-- it: a DataGrip-style dump of a database built by the Liquibase changelogs up to then (1.6.0 onwards). AGPL-3.0; we
-- use the schema's facts. The repository (about 860 MB) is over this machine's fetch limit, so the file was read with
-- the search tool's read_file, its CREATE TABLE and COMMENT statements transcribed (serial -> integer, bigserial ->
-- bigint), loaded into a scratch PostgreSQL 15 and regenerated from its catalog, schema opennms: 109 tables, their
-- primary keys (19 tables have none: qrtz_simple_triggers, whose key is commented out in the source, servicemap,
-- category_group, category_node, pathoutage, inventory, alarm_attributes, reportcatalog, monitoringsystemsproperties,
-- monitoringlocationstags, topo_layout_vertex_positions, application_service_map,
-- application_perspective_location_map and the BMP statistics/log tables), the 86 foreign keys the dump declares and
-- its 28 table/column comments. Left out: Liquibase's own bookkeeping tables (databasechangelog,
-- databasechangeloglock, cm_databasechangelog, cm_databasechangeloglock), the 9 views (node_alarms, node_outages,
-- node_ip_services, bmp_v_peers, ...), defaults, sequences, unique constraints, indexes, ON DELETE/UPDATE actions and
-- functions. References such as events.nodeid, alarms.serviceid, notifications.serviceid,
-- device_config.ipinterface_id or the BMP *_hash_id columns have no foreign key in the source. No rows. See README.md
-- here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS opennms;
CREATE TABLE opennms.accesslocks (
    lockname character varying(40) NOT NULL,
    PRIMARY KEY (lockname)
);
CREATE TABLE opennms.accesspoints (
    physaddr character varying(32) NOT NULL,
    nodeid integer,
    pollingpackage character varying(256) NOT NULL,
    status integer,
    controlleripaddr character varying(40),
    PRIMARY KEY (physaddr)
);
CREATE TABLE opennms.acks (
    id integer NOT NULL,
    acktime timestamp with time zone NOT NULL,
    ackuser character varying(64) NOT NULL,
    acktype integer NOT NULL,
    ackaction integer NOT NULL,
    log character varying(128),
    refid integer,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.alarm_attributes (
    alarmid integer NOT NULL,
    attributename character varying(63),
    attributevalue character varying(255)
);
CREATE TABLE opennms.alarm_situations (
    id integer NOT NULL,
    situation_id integer NOT NULL,
    related_alarm_id integer NOT NULL,
    mapped_time timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.alarms (
    alarmid integer NOT NULL,
    eventuei character varying(256) NOT NULL,
    nodeid integer,
    ipaddr text,
    serviceid integer,
    reductionkey text,
    alarmtype integer,
    counter integer NOT NULL,
    severity integer NOT NULL,
    lasteventid integer,
    firsteventtime timestamp with time zone,
    lasteventtime timestamp with time zone,
    firstautomationtime timestamp with time zone,
    lastautomationtime timestamp with time zone,
    description text,
    logmsg text,
    operinstruct text,
    tticketid character varying(128),
    tticketstate integer,
    mouseovertext character varying(64),
    suppresseduntil timestamp with time zone,
    suppresseduser character varying(256),
    suppressedtime timestamp with time zone,
    alarmackuser character varying(256),
    alarmacktime timestamp with time zone,
    managedobjectinstance character varying(512),
    managedobjecttype character varying(512),
    applicationdn character varying(512),
    ossprimarykey character varying(512),
    x733alarmtype character varying(31),
    x733probablecause integer NOT NULL,
    qosalarmstate character varying(31),
    clearkey text,
    ifindex integer,
    stickymemo integer,
    systemid text NOT NULL,
    PRIMARY KEY (alarmid)
);
CREATE TABLE opennms.application_perspective_location_map (
    appid integer NOT NULL,
    monitoringlocationid text NOT NULL
);
CREATE TABLE opennms.application_service_map (
    appid integer NOT NULL,
    ifserviceid integer NOT NULL
);
CREATE TABLE opennms.applications (
    id integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.assets (
    id integer NOT NULL,
    nodeid integer,
    category text NOT NULL,
    manufacturer text,
    vendor text,
    modelnumber text,
    serialnumber text,
    description text,
    circuitid text,
    assetnumber text,
    operatingsystem text,
    rack text,
    slot text,
    port text,
    region text,
    division text,
    department text,
    address1 text,
    address2 text,
    city text,
    state text,
    zip text,
    building text,
    floor text,
    room text,
    vendorphone text,
    vendorfax text,
    vendorassetnumber text,
    userlastmodified character varying(20) NOT NULL,
    lastmodifieddate timestamp with time zone NOT NULL,
    dateinstalled character varying(64),
    lease text,
    leaseexpires character varying(64),
    supportphone text,
    maintcontract text,
    maintcontractexpires character varying(64),
    displaycategory text,
    notifycategory text,
    pollercategory text,
    thresholdcategory text,
    comment text,
    managedobjectinstance text,
    managedobjecttype text,
    username text,
    password text,
    enable text,
    autoenable character(1),
    connection character varying(32),
    cpu text,
    ram text,
    storagectrl text,
    hdd1 text,
    hdd2 text,
    hdd3 text,
    hdd4 text,
    hdd5 text,
    hdd6 text,
    numpowersupplies character varying(1),
    inputpower character varying(11),
    additionalhardware text,
    admin text,
    snmpcommunity character varying(32),
    rackunitheight character varying(2),
    country text,
    longitude double precision,
    latitude double precision,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bmp_asn_info (
    id bigint NOT NULL,
    asn bigint NOT NULL,
    as_name character varying(255),
    org_id character varying(255),
    org_name character varying(255),
    remarks text,
    address text,
    city character varying(255),
    state_prov character varying(255),
    postal_code character varying(255),
    country character varying(255),
    raw_output text,
    last_updated timestamp without time zone,
    source character varying(64),
    PRIMARY KEY (asn)
);
CREATE TABLE opennms.bmp_asn_path_analysis (
    id bigint NOT NULL,
    asn bigint NOT NULL,
    asn_left bigint NOT NULL,
    asn_right bigint NOT NULL,
    asn_left_is_peering boolean NOT NULL,
    last_updated timestamp without time zone,
    PRIMARY KEY (asn, asn_left, asn_right, asn_left_is_peering)
);
CREATE TABLE opennms.bmp_base_attributes (
    id bigint NOT NULL,
    hash_id character varying(36) NOT NULL,
    peer_hash_id character varying(36) NOT NULL,
    origin character varying(16) NOT NULL,
    as_path character varying(8192) NOT NULL,
    as_path_count smallint,
    origin_as bigint,
    next_hop character varying(40),
    med bigint,
    local_pref bigint,
    aggregator character varying(64),
    community_list character varying(6000),
    ext_community_list character varying(2048),
    large_community_list character varying(3000),
    cluster_list character varying(2048),
    is_atomic_agg boolean,
    is_nexthop_ipv4 boolean,
    last_updated timestamp without time zone NOT NULL,
    originator_id character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bmp_collectors (
    id bigint NOT NULL,
    hash_id character varying(36) NOT NULL,
    state character varying(8) NOT NULL,
    admin_id character varying(64) NOT NULL,
    routers character varying(4096),
    routers_count smallint,
    last_updated timestamp without time zone NOT NULL,
    name character varying(200),
    ip_address character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bmp_global_ip_ribs (
    id bigint NOT NULL,
    prefix character varying(40) NOT NULL,
    should_delete boolean NOT NULL,
    prefix_len integer NOT NULL,
    recv_origin_as bigint NOT NULL,
    rpki_origin_as bigint,
    irr_origin_as bigint,
    irr_source character varying(32),
    last_updated timestamp without time zone NOT NULL,
    num_peers integer,
    PRIMARY KEY (prefix, recv_origin_as)
);
CREATE TABLE opennms.bmp_ip_rib_log (
    id bigint NOT NULL,
    base_attr_hash_id character varying(36) NOT NULL,
    peer_hash_id character varying(36) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    prefix character varying(40) NOT NULL,
    prefix_len integer NOT NULL,
    origin_as bigint NOT NULL,
    is_withdrawn boolean NOT NULL
);
CREATE TABLE opennms.bmp_ip_ribs (
    id bigint NOT NULL,
    hash_id character varying(36) NOT NULL,
    peer_hash_id character varying(36) NOT NULL,
    base_attr_hash_id character varying(36),
    is_ipv4 boolean NOT NULL,
    origin_as bigint,
    prefix character varying(40) NOT NULL,
    prefix_len smallint NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    first_added_timestamp timestamp without time zone NOT NULL,
    is_withdrawn boolean NOT NULL,
    prefix_bits character varying(128),
    path_id bigint,
    labels character varying(255),
    is_pre_policy boolean NOT NULL,
    is_adj_ribin boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bmp_peers (
    id bigint NOT NULL,
    hash_id character varying(36) NOT NULL,
    router_hash_id character varying(36) NOT NULL,
    peer_rd character varying(32) NOT NULL,
    is_ipv4 boolean NOT NULL,
    peer_addr character varying(40) NOT NULL,
    name character varying(200),
    peer_bgp_id character varying(40),
    peer_asn bigint NOT NULL,
    state character varying(8) NOT NULL,
    is_l3vpn_peer boolean NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    is_pre_policy boolean NOT NULL,
    geo_ip_start character varying(40),
    local_ip character varying(40),
    local_bgp_id character varying(40),
    local_port integer,
    local_hold_time bigint,
    local_asn bigint,
    remote_port integer,
    remote_hold_time bigint,
    sent_capabilities character varying(4096),
    recv_capabilities character varying(4096),
    bmp_reason smallint,
    bgp_err_code smallint,
    bgp_err_subcode smallint,
    error_text character varying(255),
    is_loc_rib boolean NOT NULL,
    is_loc_rib_filtered boolean NOT NULL,
    table_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bmp_route_info (
    id bigint NOT NULL,
    prefix character varying(40) NOT NULL,
    prefix_len integer NOT NULL,
    descr text,
    origin_as bigint NOT NULL,
    source character varying(32) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (prefix, prefix_len, origin_as)
);
CREATE TABLE opennms.bmp_routers (
    id bigint NOT NULL,
    hash_id character varying(36) NOT NULL,
    name character varying(200) NOT NULL,
    ip_address character varying(40) NOT NULL,
    router_as bigint,
    last_updated timestamp without time zone NOT NULL,
    description character varying(255),
    state character varying(8) NOT NULL,
    is_passive boolean,
    term_reason_code integer,
    term_reason_text character varying(255),
    term_data text,
    init_data text,
    geo_ip_start character varying(40),
    collector_hash_id character varying(36) NOT NULL,
    bgp_id character varying(40),
    connection_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bmp_rpki_info (
    id bigint NOT NULL,
    prefix character varying(40) NOT NULL,
    prefix_len integer NOT NULL,
    prefix_len_max integer NOT NULL,
    origin_as bigint NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (prefix, prefix_len_max, origin_as)
);
CREATE TABLE opennms.bmp_stats_by_asn (
    id bigint NOT NULL,
    peer_hash_id character varying(36) NOT NULL,
    origin_as bigint NOT NULL,
    interval_time timestamp without time zone NOT NULL,
    updates bigint NOT NULL,
    withdraws bigint NOT NULL
);
CREATE TABLE opennms.bmp_stats_by_peer (
    id bigint NOT NULL,
    peer_hash_id character varying(36) NOT NULL,
    interval_time timestamp without time zone NOT NULL,
    updates bigint NOT NULL,
    withdraws bigint NOT NULL
);
CREATE TABLE opennms.bmp_stats_by_prefix (
    id bigint NOT NULL,
    peer_hash_id character varying(36) NOT NULL,
    prefix character varying(40) NOT NULL,
    prefix_len integer NOT NULL,
    interval_time timestamp without time zone NOT NULL,
    updates bigint NOT NULL,
    withdraws bigint NOT NULL
);
CREATE TABLE opennms.bmp_stats_ip_origins (
    id bigint NOT NULL,
    asn bigint NOT NULL,
    interval_time timestamp without time zone NOT NULL,
    v4_prefixes integer NOT NULL,
    v6_prefixes integer NOT NULL,
    v4_with_rpki integer NOT NULL,
    v6_with_rpki integer NOT NULL,
    v4_with_irr integer NOT NULL,
    v6_with_irr integer NOT NULL
);
CREATE TABLE opennms.bmp_stats_peer_rib (
    id bigint NOT NULL,
    peer_hash_id character varying(36) NOT NULL,
    interval_time timestamp without time zone NOT NULL,
    v4_prefixes integer NOT NULL,
    v6_prefixes integer NOT NULL
);
CREATE TABLE opennms.bridgebridgelink (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    bridgeport integer,
    bridgeportifindex integer,
    bridgeportifname text,
    vlan integer,
    designatednodeid integer NOT NULL,
    designatedbridgeport integer,
    designatedbridgeportifindex integer,
    designatedbridgeportifname text,
    designatedvlan integer,
    bridgebridgelinkcreatetime timestamp with time zone NOT NULL,
    bridgebridgelinklastpolltime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bridgeelement (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    basebridgeaddress character varying(12) NOT NULL,
    basenumports integer NOT NULL,
    basetype integer NOT NULL,
    vlan integer,
    vlanname text,
    stpprotocolspecification integer,
    stppriority integer,
    stpdesignatedroot character varying(16),
    stprootcost integer,
    stprootport integer,
    bridgenodecreatetime timestamp with time zone NOT NULL,
    bridgenodelastpolltime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bridgemaclink (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    bridgeport integer NOT NULL,
    bridgeportifindex integer,
    bridgeportifname text,
    vlan integer,
    macaddress character varying(12) NOT NULL,
    bridgemaclinkcreatetime timestamp with time zone NOT NULL,
    bridgemaclinklastpolltime timestamp with time zone NOT NULL,
    linktype integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bridgestplink (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    stpport integer NOT NULL,
    stpportpriority integer NOT NULL,
    stpportstate integer NOT NULL,
    stpportenable integer NOT NULL,
    stpportpathcost integer NOT NULL,
    stpportifindex integer,
    stpportifname text,
    vlan integer,
    designatedroot character varying(16) NOT NULL,
    designatedcost integer NOT NULL,
    designatedbridge character varying(16) NOT NULL,
    designatedport character varying(4) NOT NULL,
    bridgestplinkcreatetime timestamp with time zone NOT NULL,
    bridgestplinklastpolltime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bsm_map (
    id integer NOT NULL,
    type character varying(32) NOT NULL,
    severity integer,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bsm_reduce (
    id integer NOT NULL,
    type character varying(32) NOT NULL,
    threshold double precision,
    threshold_severity integer,
    base double precision,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bsm_service (
    id integer NOT NULL,
    bsm_reduce_id integer NOT NULL,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bsm_service_applications (
    id integer NOT NULL,
    applicationid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bsm_service_attributes (
    bsm_service_id integer NOT NULL,
    key character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (bsm_service_id, key)
);
CREATE TABLE opennms.bsm_service_children (
    id integer NOT NULL,
    bsm_service_child_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bsm_service_edge (
    id integer NOT NULL,
    enabled boolean NOT NULL,
    weight integer NOT NULL,
    bsm_map_id integer NOT NULL,
    bsm_service_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bsm_service_ifservices (
    id integer NOT NULL,
    ifserviceid integer NOT NULL,
    friendlyname character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.bsm_service_reductionkeys (
    id integer NOT NULL,
    reductionkey text NOT NULL,
    friendlyname character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.categories (
    categoryid integer NOT NULL,
    categoryname text NOT NULL,
    categorydescription character varying(256),
    PRIMARY KEY (categoryid)
);
CREATE TABLE opennms.category_group (
    categoryid integer NOT NULL,
    groupid character varying(64) NOT NULL
);
CREATE TABLE opennms.category_node (
    categoryid integer NOT NULL,
    nodeid integer NOT NULL
);
CREATE TABLE opennms.cdpelement (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    cdpglobalrun integer NOT NULL,
    cdpglobaldeviceid text NOT NULL,
    cdpnodecreatetime timestamp with time zone NOT NULL,
    cdpnodelastpolltime timestamp with time zone NOT NULL,
    cdpglobaldeviceidformat integer,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.cdplink (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    cdpcacheifindex integer NOT NULL,
    cdpinterfacename text,
    cdpcacheaddresstype integer NOT NULL,
    cdpcacheaddress text NOT NULL,
    cdpcacheversion text NOT NULL,
    cdpcachedeviceid text NOT NULL,
    cdpcachedeviceport text NOT NULL,
    cdpcachedeviceplatform text NOT NULL,
    cdplinkcreatetime timestamp with time zone NOT NULL,
    cdplinklastpolltime timestamp with time zone NOT NULL,
    cdpcachedeviceindex integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.classification_groups (
    id integer NOT NULL,
    name text NOT NULL,
    description text,
    readonly boolean,
    enabled boolean,
    "position" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.classification_rules (
    id integer NOT NULL,
    name text NOT NULL,
    src_address text,
    src_port text,
    exporter_filter text,
    dst_address text,
    dst_port text,
    protocol text,
    "position" integer NOT NULL,
    groupid integer NOT NULL,
    omnidirectional boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.device_config (
    id bigint NOT NULL,
    ipinterface_id integer NOT NULL,
    service_name character varying(64),
    config bytea,
    encoding character varying(16),
    created_time timestamp without time zone,
    config_type character varying(64),
    filename character varying(1024),
    failure_reason character varying(1024),
    last_succeeded timestamp without time zone,
    last_failed timestamp without time zone,
    last_updated timestamp without time zone,
    status character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.endpoints_grafana (
    id integer NOT NULL,
    uid text NOT NULL,
    url text NOT NULL,
    api_key text NOT NULL,
    description text,
    connect_timeout integer,
    read_timeout integer,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.event_parameters (
    eventid integer NOT NULL,
    name text NOT NULL,
    value text NOT NULL,
    type character varying(256) NOT NULL,
    "position" integer,
    PRIMARY KEY (eventid, name)
);
CREATE TABLE opennms.events (
    eventid integer NOT NULL,
    eventuei character varying(256) NOT NULL,
    nodeid integer,
    eventtime timestamp with time zone NOT NULL,
    eventhost character varying(256),
    eventsource character varying(128) NOT NULL,
    ipaddr text,
    eventsnmphost character varying(256),
    serviceid integer,
    eventsnmp character varying(256),
    eventcreatetime timestamp with time zone NOT NULL,
    eventdescr text,
    eventloggroup character varying(32),
    eventlogmsg text,
    eventseverity integer NOT NULL,
    eventpathoutage character varying(1024),
    eventcorrelation character varying(1024),
    eventsuppressedcount integer,
    eventoperinstruct text,
    eventautoaction character varying(256),
    eventoperaction character varying(256),
    eventoperactionmenutext character varying(64),
    eventnotification character varying(128),
    eventtticket character varying(128),
    eventtticketstate integer,
    eventforward character varying(256),
    eventmouseovertext character varying(64),
    eventlog character(1) NOT NULL,
    eventdisplay character(1) NOT NULL,
    eventackuser character varying(256),
    eventacktime timestamp with time zone,
    alarmid integer,
    ifindex integer,
    systemid text NOT NULL,
    PRIMARY KEY (eventid)
);
CREATE TABLE opennms.filterfavorites (
    filterid integer NOT NULL,
    username character varying(50) NOT NULL,
    filtername text NOT NULL,
    page character varying(25) NOT NULL,
    filter text NOT NULL,
    PRIMARY KEY (filterid)
);
CREATE TABLE opennms.graph_attributes (
    id bigint NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    value text,
    element_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.graph_element_relations (
    parent_id bigint NOT NULL,
    child_id bigint NOT NULL,
    PRIMARY KEY (parent_id, child_id)
);
CREATE TABLE opennms.graph_elements (
    id bigint NOT NULL,
    type character varying(25) NOT NULL,
    namespace character varying(200) NOT NULL,
    source_vertex_namespace character varying(200),
    source_vertex_id text,
    target_vertex_namespace character varying(200),
    target_vertex_id text,
    focus_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.graph_focus (
    id bigint NOT NULL,
    type text NOT NULL,
    selection text,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.hwentity (
    id integer NOT NULL,
    parentid integer,
    nodeid integer,
    entphysicalindex integer NOT NULL,
    entphysicalparentrelpos integer,
    entphysicalname character varying(128),
    entphysicaldescr character varying(128),
    entphysicalalias character varying(128),
    entphysicalvendortype character varying(128),
    entphysicalclass character varying(128),
    entphysicalmfgname character varying(128),
    entphysicalmodelname character varying(128),
    entphysicalhardwarerev character varying(128),
    entphysicalfirmwarerev character varying(128),
    entphysicalsoftwarerev character varying(128),
    entphysicalserialnum character varying(128),
    entphysicalassetid character varying(128),
    entphysicalisfru boolean,
    entphysicalmfgdate timestamp with time zone,
    entphysicaluris character varying(256),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.hwentityalias (
    id integer NOT NULL,
    hwentityid integer NOT NULL,
    index integer NOT NULL,
    oid text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.hwentityattribute (
    id integer NOT NULL,
    hwentityid integer NOT NULL,
    hwattribtypeid integer NOT NULL,
    attribvalue character varying(256) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.hwentityattributetype (
    id integer NOT NULL,
    attribname character varying(128) NOT NULL,
    attriboid character varying(128) NOT NULL,
    attribclass character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.ifservices (
    id integer NOT NULL,
    ifindex integer,
    serviceid integer NOT NULL,
    lastgood timestamp with time zone,
    lastfail timestamp with time zone,
    qualifier character(16),
    status character(1),
    source character(1),
    notify character(1),
    ipinterfaceid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.ifservices_metadata (
    id integer NOT NULL,
    context text NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id, context, key)
);
CREATE TABLE opennms.inventory (
    nodeid integer NOT NULL,
    name character varying(30) NOT NULL,
    createtime timestamp with time zone NOT NULL,
    lastpolltime timestamp with time zone NOT NULL,
    pathtofile character varying(256) NOT NULL,
    status character(1) NOT NULL
);
CREATE TABLE opennms.ipinterface (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    ipaddr text NOT NULL,
    iphostname character varying(256),
    ismanaged character(1),
    ipstatus integer,
    iplastcapsdpoll timestamp with time zone,
    issnmpprimary character(1),
    snmpinterfaceid integer,
    netmask character varying(45),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.ipinterface_metadata (
    id integer NOT NULL,
    context text NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id, context, key)
);
CREATE TABLE opennms.ipnettomedia (
    id integer NOT NULL,
    netaddress text NOT NULL,
    physaddress character varying(32) NOT NULL,
    sourcenodeid integer NOT NULL,
    sourceifindex integer NOT NULL,
    createtime timestamp with time zone NOT NULL,
    lastpolltime timestamp with time zone NOT NULL,
    nodeid integer,
    ifindex integer,
    port text,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.isiselement (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    isissysid character varying(32) NOT NULL,
    isissysadminstate integer NOT NULL,
    isisnodecreatetime timestamp with time zone NOT NULL,
    isisnodelastpolltime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.isislink (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    isiscircindex integer NOT NULL,
    isisisadjindex integer NOT NULL,
    isiscircifindex integer,
    isiscircadminstate integer,
    isisisadjstate integer NOT NULL,
    isisisadjneighsnpaaddress character varying(80) NOT NULL,
    isisisadjneighsystype integer NOT NULL,
    isisisadjneighsysid character varying(32) NOT NULL,
    isisisadjnbrextendedcircid integer NOT NULL,
    isislinkcreatetime timestamp with time zone NOT NULL,
    isislinklastpolltime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.kvstore_bytea (
    key text NOT NULL,
    context text NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    expires_at timestamp without time zone,
    value bytea NOT NULL,
    PRIMARY KEY (key, context)
);
CREATE TABLE opennms.kvstore_jsonb (
    key text NOT NULL,
    context text NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    expires_at timestamp without time zone,
    value jsonb NOT NULL,
    PRIMARY KEY (key, context)
);
CREATE TABLE opennms.lldpelement (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    lldpchassisid text NOT NULL,
    lldpchassisidsubtype integer NOT NULL,
    lldpsysname text NOT NULL,
    lldpnodecreatetime timestamp with time zone NOT NULL,
    lldpnodelastpolltime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.lldplink (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    lldpremindex integer NOT NULL,
    lldpportid text NOT NULL,
    lldpportidsubtype integer NOT NULL,
    lldpportdescr text NOT NULL,
    lldpportifindex integer,
    lldpremchassisid text NOT NULL,
    lldpremchassisidsubtype integer NOT NULL,
    lldpremsysname text NOT NULL,
    lldpremportid text NOT NULL,
    lldpremportidsubtype integer NOT NULL,
    lldpremportdescr text NOT NULL,
    lldplinkcreatetime timestamp with time zone NOT NULL,
    lldplinklastpolltime timestamp with time zone NOT NULL,
    lldpremlocalportnum integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.memos (
    id integer NOT NULL,
    created timestamp with time zone,
    updated timestamp with time zone,
    author character varying(256),
    body text,
    reductionkey character varying(256),
    type character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.monitoringlocations (
    id text NOT NULL,
    monitoringarea text NOT NULL,
    geolocation text,
    latitude double precision,
    longitude double precision,
    priority integer,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.monitoringlocationstags (
    monitoringlocationid text NOT NULL,
    tag text NOT NULL
);
CREATE TABLE opennms.monitoringsystems (
    id text NOT NULL,
    label text,
    location text NOT NULL,
    type text NOT NULL,
    status text,
    last_updated timestamp with time zone,
    version text,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.monitoringsystemsproperties (
    monitoringsystemid text NOT NULL,
    property text NOT NULL,
    propertyvalue text
);
CREATE TABLE opennms.node (
    nodeid integer NOT NULL,
    nodecreatetime timestamp with time zone NOT NULL,
    nodeparentid integer,
    nodetype character(1),
    nodesysoid character varying(256),
    nodesysname character varying(256),
    nodesysdescription character varying(256),
    nodesyslocation character varying(256),
    nodesyscontact character varying(256),
    nodelabel character varying(256) NOT NULL,
    nodelabelsource character(1),
    nodenetbiosname character varying(16),
    nodedomainname character varying(16),
    operatingsystem character varying(64),
    lastcapsdpoll timestamp with time zone,
    foreignsource character varying(64),
    foreignid character varying(64),
    location text NOT NULL,
    last_ingress_flow timestamp with time zone,
    last_egress_flow timestamp with time zone,
    PRIMARY KEY (nodeid)
);
CREATE TABLE opennms.node_metadata (
    id integer NOT NULL,
    context text NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id, context, key)
);
CREATE TABLE opennms.notifications (
    notifyid integer NOT NULL,
    textmsg text NOT NULL,
    subject text,
    numericmsg character varying(256),
    pagetime timestamp with time zone,
    respondtime timestamp with time zone,
    answeredby character varying(256),
    nodeid integer,
    interfaceid text,
    serviceid integer,
    queueid character varying(256),
    eventid integer,
    eventuei character varying(256) NOT NULL,
    notifconfigname text,
    PRIMARY KEY (notifyid)
);
CREATE TABLE opennms.ospfarea (
    id bigint NOT NULL,
    nodeid integer NOT NULL,
    ospfareaid character varying(16) NOT NULL,
    ospfauthtype integer,
    ospfimportasextern integer,
    ospfareabdrrtrcount integer,
    ospfasbdrrtrcount integer,
    ospfarealsacount integer,
    ospfareacreatetime timestamp with time zone NOT NULL,
    ospfarealastpolltime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.ospfelement (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    ospfrouterid character varying(16) NOT NULL,
    ospfadminstat integer NOT NULL,
    ospfversionnumber integer NOT NULL,
    ospfbdrrtrstatus integer NOT NULL,
    ospfasbdrrtrstatus integer NOT NULL,
    ospfrouteridnetmask character varying(16) NOT NULL,
    ospfrouteridifindex integer NOT NULL,
    ospfnodecreatetime timestamp with time zone NOT NULL,
    ospfnodelastpolltime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.ospflink (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    ospfipaddr character varying(16),
    ospfipmask character varying(16),
    ospfaddresslessindex integer,
    ospfifindex integer,
    ospfremrouterid character varying(16) NOT NULL,
    ospfremipaddr character varying(16) NOT NULL,
    ospfremaddresslessindex integer NOT NULL,
    ospflinkcreatetime timestamp with time zone NOT NULL,
    ospflinklastpolltime timestamp with time zone NOT NULL,
    ospfifareaid character varying(16),
    PRIMARY KEY (id)
);
CREATE TABLE opennms.outages (
    outageid integer NOT NULL,
    svclosteventid integer,
    svcregainedeventid integer,
    iflostservice timestamp with time zone NOT NULL,
    ifregainedservice timestamp with time zone,
    suppresstime timestamp with time zone,
    suppressedby character varying(256),
    ifserviceid integer NOT NULL,
    perspective text,
    PRIMARY KEY (outageid)
);
CREATE TABLE opennms.pathoutage (
    nodeid integer NOT NULL,
    criticalpathip text NOT NULL,
    criticalpathservicename character varying(255)
);
CREATE TABLE opennms.qrtz_blob_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    blob_data bytea,
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group)
);
CREATE TABLE opennms.qrtz_calendars (
    calendar_name character varying(200) NOT NULL,
    calendar bytea NOT NULL,
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);
CREATE TABLE opennms.qrtz_cron_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    cron_expression character varying(120) NOT NULL,
    time_zone_id character varying(80),
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group)
);
CREATE TABLE opennms.qrtz_fired_triggers (
    entry_id character varying(95) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    instance_name character varying(200) NOT NULL,
    fired_time bigint NOT NULL,
    state character varying(16) NOT NULL,
    job_name character varying(200),
    job_group character varying(200),
    requests_recovery boolean,
    priority integer NOT NULL,
    sched_time bigint NOT NULL,
    is_nonconcurrent boolean,
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, entry_id)
);
CREATE TABLE opennms.qrtz_job_details (
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    description character varying(250),
    job_class_name character varying(250) NOT NULL,
    is_durable boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data bytea,
    is_nonconcurrent boolean NOT NULL,
    is_update_data boolean NOT NULL,
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, job_name, job_group)
);
CREATE TABLE opennms.qrtz_locks (
    lock_name character varying(40) NOT NULL,
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
);
CREATE TABLE opennms.qrtz_paused_trigger_grps (
    trigger_group character varying(200) NOT NULL,
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);
CREATE TABLE opennms.qrtz_scheduler_state (
    instance_name character varying(200) NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval bigint NOT NULL,
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);
CREATE TABLE opennms.qrtz_simple_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    repeat_count bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    sched_name character varying(120) NOT NULL
);
CREATE TABLE opennms.qrtz_simprop_triggers (
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
CREATE TABLE opennms.qrtz_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    description character varying(250),
    next_fire_time bigint,
    prev_fire_time bigint,
    trigger_state character varying(16) NOT NULL,
    trigger_type character varying(8) NOT NULL,
    start_time bigint NOT NULL,
    end_time bigint,
    calendar_name character varying(250),
    misfire_instr smallint,
    job_data bytea,
    priority integer,
    sched_name character varying(120) NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group)
);
CREATE TABLE opennms.reportcatalog (
    id integer NOT NULL,
    reportid character varying(256) NOT NULL,
    title character varying(256) NOT NULL,
    date timestamp with time zone NOT NULL,
    location character varying(256) NOT NULL
);
CREATE TABLE opennms.requisitioned_categories (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    categoryid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.resourcereference (
    id integer NOT NULL,
    resourceid character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.service (
    serviceid integer NOT NULL,
    servicename character varying(255) NOT NULL,
    PRIMARY KEY (serviceid)
);
CREATE TABLE opennms.servicemap (
    ipaddr text NOT NULL,
    servicemapname character varying(255) NOT NULL
);
CREATE TABLE opennms.snmpinterface (
    id integer NOT NULL,
    nodeid integer NOT NULL,
    snmpphysaddr character varying(64),
    snmpifindex integer NOT NULL,
    snmpifdescr text,
    snmpiftype integer,
    snmpifname character varying(96),
    snmpifspeed bigint,
    snmpifadminstatus integer,
    snmpifoperstatus integer,
    snmpifalias character varying(256),
    snmpcollect character varying(2),
    snmplastcapsdpoll timestamp with time zone,
    snmppoll character varying(1),
    snmplastsnmppoll timestamp with time zone,
    last_ingress_flow timestamp with time zone,
    last_egress_flow timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.statisticsreport (
    id integer NOT NULL,
    startdate timestamp with time zone NOT NULL,
    enddate timestamp with time zone NOT NULL,
    name character varying(63) NOT NULL,
    description character varying(256) NOT NULL,
    jobstarteddate timestamp with time zone NOT NULL,
    jobcompleteddate timestamp with time zone NOT NULL,
    purgedate timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.statisticsreportdata (
    id integer NOT NULL,
    reportid integer NOT NULL,
    resourceid integer NOT NULL,
    value double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.topo_layout (
    id text NOT NULL,
    created timestamp with time zone NOT NULL,
    creator text NOT NULL,
    updated timestamp with time zone NOT NULL,
    updator text NOT NULL,
    last_used timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.topo_layout_vertex_positions (
    vertex_position_id integer NOT NULL,
    layout_id text NOT NULL
);
CREATE TABLE opennms.topo_vertex_position (
    id integer NOT NULL,
    x integer NOT NULL,
    y integer NOT NULL,
    vertex_namespace text NOT NULL,
    vertex_id text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.usage_analytics (
    id bigint NOT NULL,
    metric_name text NOT NULL,
    namespace text,
    counter bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.user_defined_links (
    id integer NOT NULL,
    node_id_a integer NOT NULL,
    node_id_z integer NOT NULL,
    component_label_a text,
    component_label_z text,
    link_id text NOT NULL,
    link_label text,
    owner text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opennms.usersnotified (
    id integer NOT NULL,
    userid character varying(256) NOT NULL,
    notifyid integer,
    notifytime timestamp with time zone,
    media character varying(32),
    contactinfo character varying(64),
    autonotify character(1),
    PRIMARY KEY (id)
);
ALTER TABLE opennms.alarm_attributes ADD FOREIGN KEY (alarmid) REFERENCES opennms.alarms (alarmid);
ALTER TABLE opennms.alarm_situations ADD FOREIGN KEY (related_alarm_id) REFERENCES opennms.alarms (alarmid);
ALTER TABLE opennms.alarm_situations ADD FOREIGN KEY (situation_id) REFERENCES opennms.alarms (alarmid);
ALTER TABLE opennms.alarms ADD FOREIGN KEY (lasteventid) REFERENCES opennms.events (eventid);
ALTER TABLE opennms.alarms ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.alarms ADD FOREIGN KEY (stickymemo) REFERENCES opennms.memos (id);
ALTER TABLE opennms.alarms ADD FOREIGN KEY (systemid) REFERENCES opennms.monitoringsystems (id);
ALTER TABLE opennms.application_perspective_location_map ADD FOREIGN KEY (appid) REFERENCES opennms.applications (id);
ALTER TABLE opennms.application_perspective_location_map ADD FOREIGN KEY (monitoringlocationid) REFERENCES opennms.monitoringlocations (id);
ALTER TABLE opennms.application_service_map ADD FOREIGN KEY (appid) REFERENCES opennms.applications (id);
ALTER TABLE opennms.application_service_map ADD FOREIGN KEY (ifserviceid) REFERENCES opennms.ifservices (id);
ALTER TABLE opennms.assets ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.bridgebridgelink ADD FOREIGN KEY (designatednodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.bridgebridgelink ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.bridgeelement ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.bridgemaclink ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.bridgestplink ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.bsm_service ADD FOREIGN KEY (bsm_reduce_id) REFERENCES opennms.bsm_reduce (id);
ALTER TABLE opennms.bsm_service_applications ADD FOREIGN KEY (applicationid) REFERENCES opennms.applications (id);
ALTER TABLE opennms.bsm_service_applications ADD FOREIGN KEY (id) REFERENCES opennms.bsm_service_edge (id);
ALTER TABLE opennms.bsm_service_attributes ADD FOREIGN KEY (bsm_service_id) REFERENCES opennms.bsm_service (id);
ALTER TABLE opennms.bsm_service_children ADD FOREIGN KEY (bsm_service_child_id) REFERENCES opennms.bsm_service (id);
ALTER TABLE opennms.bsm_service_children ADD FOREIGN KEY (id) REFERENCES opennms.bsm_service_edge (id);
ALTER TABLE opennms.bsm_service_edge ADD FOREIGN KEY (bsm_map_id) REFERENCES opennms.bsm_map (id);
ALTER TABLE opennms.bsm_service_edge ADD FOREIGN KEY (bsm_service_id) REFERENCES opennms.bsm_service (id);
ALTER TABLE opennms.bsm_service_ifservices ADD FOREIGN KEY (id) REFERENCES opennms.bsm_service_edge (id);
ALTER TABLE opennms.bsm_service_ifservices ADD FOREIGN KEY (ifserviceid) REFERENCES opennms.ifservices (id);
ALTER TABLE opennms.bsm_service_reductionkeys ADD FOREIGN KEY (id) REFERENCES opennms.bsm_service_edge (id);
ALTER TABLE opennms.category_group ADD FOREIGN KEY (categoryid) REFERENCES opennms.categories (categoryid);
ALTER TABLE opennms.category_node ADD FOREIGN KEY (categoryid) REFERENCES opennms.categories (categoryid);
ALTER TABLE opennms.category_node ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.cdpelement ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.cdplink ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.classification_rules ADD FOREIGN KEY (groupid) REFERENCES opennms.classification_groups (id);
ALTER TABLE opennms.event_parameters ADD FOREIGN KEY (eventid) REFERENCES opennms.events (eventid);
ALTER TABLE opennms.graph_attributes ADD FOREIGN KEY (element_id) REFERENCES opennms.graph_elements (id);
ALTER TABLE opennms.graph_element_relations ADD FOREIGN KEY (child_id) REFERENCES opennms.graph_elements (id);
ALTER TABLE opennms.graph_element_relations ADD FOREIGN KEY (parent_id) REFERENCES opennms.graph_elements (id);
ALTER TABLE opennms.graph_elements ADD FOREIGN KEY (focus_id) REFERENCES opennms.graph_focus (id);
ALTER TABLE opennms.hwentity ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.hwentity ADD FOREIGN KEY (parentid) REFERENCES opennms.hwentity (id);
ALTER TABLE opennms.hwentityalias ADD FOREIGN KEY (hwentityid) REFERENCES opennms.hwentity (id);
ALTER TABLE opennms.hwentityattribute ADD FOREIGN KEY (hwattribtypeid) REFERENCES opennms.hwentityattributetype (id);
ALTER TABLE opennms.hwentityattribute ADD FOREIGN KEY (hwentityid) REFERENCES opennms.hwentity (id);
ALTER TABLE opennms.ifservices ADD FOREIGN KEY (ipinterfaceid) REFERENCES opennms.ipinterface (id);
ALTER TABLE opennms.ifservices ADD FOREIGN KEY (serviceid) REFERENCES opennms.service (serviceid);
ALTER TABLE opennms.ifservices_metadata ADD FOREIGN KEY (id) REFERENCES opennms.ifservices (id);
ALTER TABLE opennms.inventory ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.ipinterface ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.ipinterface ADD FOREIGN KEY (snmpinterfaceid) REFERENCES opennms.snmpinterface (id);
ALTER TABLE opennms.ipinterface_metadata ADD FOREIGN KEY (id) REFERENCES opennms.ipinterface (id);
ALTER TABLE opennms.ipnettomedia ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.ipnettomedia ADD FOREIGN KEY (sourcenodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.isiselement ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.isislink ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.lldpelement ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.lldplink ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.monitoringlocationstags ADD FOREIGN KEY (monitoringlocationid) REFERENCES opennms.monitoringlocations (id);
ALTER TABLE opennms.monitoringsystemsproperties ADD FOREIGN KEY (monitoringsystemid) REFERENCES opennms.monitoringsystems (id);
ALTER TABLE opennms.node ADD FOREIGN KEY (location) REFERENCES opennms.monitoringlocations (id);
ALTER TABLE opennms.node_metadata ADD FOREIGN KEY (id) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.notifications ADD FOREIGN KEY (eventid) REFERENCES opennms.events (eventid);
ALTER TABLE opennms.notifications ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.ospfarea ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.ospfelement ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.ospflink ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.outages ADD FOREIGN KEY (ifserviceid) REFERENCES opennms.ifservices (id);
ALTER TABLE opennms.outages ADD FOREIGN KEY (perspective) REFERENCES opennms.monitoringlocations (id);
ALTER TABLE opennms.outages ADD FOREIGN KEY (svclosteventid) REFERENCES opennms.events (eventid);
ALTER TABLE opennms.outages ADD FOREIGN KEY (svcregainedeventid) REFERENCES opennms.events (eventid);
ALTER TABLE opennms.pathoutage ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.qrtz_blob_triggers ADD FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES opennms.qrtz_triggers (sched_name, trigger_name, trigger_group);
ALTER TABLE opennms.qrtz_cron_triggers ADD FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES opennms.qrtz_triggers (sched_name, trigger_name, trigger_group);
ALTER TABLE opennms.qrtz_simple_triggers ADD FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES opennms.qrtz_triggers (sched_name, trigger_name, trigger_group);
ALTER TABLE opennms.qrtz_simprop_triggers ADD FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES opennms.qrtz_triggers (sched_name, trigger_name, trigger_group);
ALTER TABLE opennms.qrtz_triggers ADD FOREIGN KEY (sched_name, job_name, job_group) REFERENCES opennms.qrtz_job_details (sched_name, job_name, job_group);
ALTER TABLE opennms.requisitioned_categories ADD FOREIGN KEY (categoryid) REFERENCES opennms.categories (categoryid);
ALTER TABLE opennms.requisitioned_categories ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.snmpinterface ADD FOREIGN KEY (nodeid) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.statisticsreportdata ADD FOREIGN KEY (reportid) REFERENCES opennms.statisticsreport (id);
ALTER TABLE opennms.statisticsreportdata ADD FOREIGN KEY (resourceid) REFERENCES opennms.resourcereference (id);
ALTER TABLE opennms.topo_layout_vertex_positions ADD FOREIGN KEY (layout_id) REFERENCES opennms.topo_layout (id);
ALTER TABLE opennms.topo_layout_vertex_positions ADD FOREIGN KEY (vertex_position_id) REFERENCES opennms.topo_vertex_position (id);
ALTER TABLE opennms.user_defined_links ADD FOREIGN KEY (node_id_a) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.user_defined_links ADD FOREIGN KEY (node_id_z) REFERENCES opennms.node (nodeid);
ALTER TABLE opennms.usersnotified ADD FOREIGN KEY (notifyid) REFERENCES opennms.notifications (notifyid);
COMMENT ON TABLE opennms.application_perspective_location_map IS 'locations from where an application should be monitored';
COMMENT ON TABLE opennms.bmp_asn_info IS 'bmp asn info';
COMMENT ON TABLE opennms.bmp_asn_path_analysis IS 'bmp asn path analysis';
COMMENT ON TABLE opennms.bmp_base_attributes IS 'bmp base attributes';
COMMENT ON TABLE opennms.bmp_collectors IS 'bmp collectors';
COMMENT ON TABLE opennms.bmp_global_ip_ribs IS 'bmp global ip ribs';
COMMENT ON TABLE opennms.bmp_ip_rib_log IS 'bmp ip rib log';
COMMENT ON TABLE opennms.bmp_ip_ribs IS 'bmp unicast prefixes';
COMMENT ON TABLE opennms.bmp_peers IS 'bmp peers';
COMMENT ON TABLE opennms.bmp_route_info IS 'bmp route info';
COMMENT ON TABLE opennms.bmp_routers IS 'bmp routers';
COMMENT ON TABLE opennms.bmp_rpki_info IS 'bmp rpki info';
COMMENT ON TABLE opennms.bmp_stats_by_asn IS 'bmp stats by asn';
COMMENT ON TABLE opennms.bmp_stats_by_peer IS 'bmp stats by peer';
COMMENT ON TABLE opennms.bmp_stats_by_prefix IS 'bmp stats by prefix';
COMMENT ON TABLE opennms.bmp_stats_ip_origins IS 'bmp stats ip origins';
COMMENT ON TABLE opennms.bmp_stats_peer_rib IS 'bmp stats peer rib prefix counts';
COMMENT ON TABLE opennms.graph_attributes IS 'attributes for each graph_element';
COMMENT ON COLUMN opennms.graph_attributes.name IS 'the property name';
COMMENT ON COLUMN opennms.graph_attributes.type IS 'the property''s type';
COMMENT ON COLUMN opennms.graph_attributes.value IS 'the text representation of the property''s value';
COMMENT ON COLUMN opennms.graph_attributes.element_id IS 'the element this property is associated with';
COMMENT ON TABLE opennms.graph_element_relations IS 'Association for graph -> vertices/edge and container -> graph relation';
COMMENT ON COLUMN opennms.graph_element_relations.parent_id IS 'the owning side of the relation (e.g. graph or container)';
COMMENT ON COLUMN opennms.graph_element_relations.child_id IS 'the ''child'' side of the relation (e.g. vertex/edge or graph)';
COMMENT ON TABLE opennms.graph_elements IS 'contains vertices, edges, graphs and containers';
COMMENT ON TABLE opennms.graph_focus IS 'focus for graph elements';
COMMENT ON COLUMN opennms.graph_focus.selection IS 'optional list of vertex ids defining the (custom) focus';
