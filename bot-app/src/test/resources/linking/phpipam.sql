-- phpIPAM, the open-source IP address management application (sections, subnets and folders with their nested
-- hierarchy, IP addresses with their states/tags, devices and device types, racks and rack contents, locations, VLANs
-- and VLAN domains (L2 domains), VRFs, NAT rules, nameservers, firewall zones with their subnet and device mappings,
-- customers, circuits with providers, types and logical circuits, BGP peerings and the subnets they route, PSTN
-- prefixes and numbers, scan agents, IP requests, users, user groups and authentication methods, passkeys, password
-- vaults and vault items, API keys, login attempts, the change log and the system log, widgets, languages, settings
-- and mail settings, the address geocoding cache), as a fresh install of phpIPAM 1.8.2 (version 1.82, dbversion 46)
-- creates it: db/SCHEMA.sql of github.com/phpipam/phpipam (commit 6e11367, 2026-08-16, "Merge branch '1.8'");
-- GPL-3.0; we use the schema's facts. The file was loaded unchanged into a scratch MariaDB 10.11 and regenerated from
-- its information_schema by a one-off script: all 48 tables, their primary keys and the 16 foreign keys the source
-- declares (mostly customer_id -> customers; passkeys.user_id references the unique users.id, the primary key being
-- username, so that one UNIQUE constraint is kept), schema phpipam. MySQL's mixed-case names are lower-cased (ipTags
-- -> iptags, subnetId -> subnetid, vaultItems -> vaultitems, ...); reserved words and names starting with a digit
-- ("order", "row", "values", "2fa", ...) quoted. Types mapped: int -> integer, bigint -> bigint, tinyint/bool ->
-- smallint, datetime/timestamp -> timestamp, char/varchar kept, text/mediumtext/longtext, enum and set -> text, blob
-- -> bytea. The source declares no table or column comments (its /* __no_html_escape__ */ markers are code
-- annotations, not comments, and are left out). Left out: defaults, AUTO_INCREMENT, unique keys and indexes, and the
-- default rows (settings, admin user, groups, languages, widgets, sample sections/subnets/addresses). No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS phpipam;
CREATE TABLE phpipam.api (
    id integer NOT NULL,
    app_id character varying(32) NOT NULL,
    app_code character varying(32),
    app_permissions integer,
    app_comment text,
    app_security text NOT NULL,
    app_lock_type text NOT NULL,
    app_lock_wait integer NOT NULL,
    app_nest_custom_fields smallint,
    app_show_links smallint,
    app_last_access timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.apilock (
    id integer NOT NULL,
    description character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.changelog (
    cid integer NOT NULL,
    ctype text NOT NULL,
    coid integer NOT NULL,
    cuser integer NOT NULL,
    caction text NOT NULL,
    cresult text NOT NULL,
    cdate timestamp without time zone NOT NULL,
    cdiff text,
    PRIMARY KEY (cid)
);
CREATE TABLE phpipam.circuitproviders (
    id integer NOT NULL,
    name character varying(256),
    description text,
    contact character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.circuits (
    id integer NOT NULL,
    cid character varying(128),
    provider integer NOT NULL,
    type integer,
    capacity character varying(128),
    status text NOT NULL,
    device1 integer,
    location1 integer,
    device2 integer,
    location2 integer,
    comment text,
    parent integer NOT NULL,
    customer_id integer,
    differentiator character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.circuitslogical (
    id integer NOT NULL,
    logical_cid character varying(128) NOT NULL,
    purpose character varying(64),
    comments text,
    member_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.circuitslogicalmapping (
    logicalcircuit_id integer NOT NULL,
    circuit_id integer NOT NULL,
    "order" integer,
    PRIMARY KEY (logicalcircuit_id, circuit_id)
);
CREATE TABLE phpipam.circuittypes (
    id integer NOT NULL,
    ctname character varying(64) NOT NULL,
    ctcolor character varying(7),
    ctpattern text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.customers (
    id integer NOT NULL,
    title character varying(128) NOT NULL,
    address character varying(255),
    postcode character varying(32),
    city character varying(255),
    state character varying(255),
    lat character varying(31),
    long character varying(31),
    contact_person text,
    contact_phone character varying(32),
    contact_mail character varying(254),
    note text,
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.devices (
    id integer NOT NULL,
    hostname character varying(255),
    ip_addr character varying(100),
    type integer,
    description character varying(256),
    sections character varying(1024),
    snmp_community character varying(100),
    snmp_version text,
    snmp_port integer,
    snmp_timeout integer,
    snmp_queries character varying(128),
    snmp_v3_sec_level text,
    snmp_v3_auth_protocol text,
    snmp_v3_auth_pass character varying(64),
    snmp_v3_priv_protocol text,
    snmp_v3_priv_pass character varying(64),
    snmp_v3_ctx_name character varying(64),
    snmp_v3_ctx_engine_id character varying(64),
    rack integer,
    rack_start integer,
    rack_size integer,
    rack_deep integer NOT NULL,
    location integer,
    editdate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.devicetypes (
    tid integer NOT NULL,
    tname character varying(128),
    tdescription character varying(128),
    bgcolor character varying(7),
    fgcolor character varying(7),
    PRIMARY KEY (tid)
);
CREATE TABLE phpipam.firewallzonemapping (
    id integer NOT NULL,
    zoneid integer NOT NULL,
    alias character varying(255),
    deviceid integer,
    interface character varying(255),
    editdate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.firewallzones (
    id integer NOT NULL,
    generator smallint NOT NULL,
    length integer,
    padding smallint,
    zone character varying(31) NOT NULL,
    indicator character varying(8) NOT NULL,
    description text,
    permissions character varying(1024),
    editdate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.firewallzonesubnet (
    zoneid integer NOT NULL,
    subnetid integer NOT NULL,
    PRIMARY KEY (zoneid, subnetid)
);
CREATE TABLE phpipam.instructions (
    id integer NOT NULL,
    instructions text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.ipaddresses (
    id integer NOT NULL,
    subnetid integer,
    ip_addr character varying(100) NOT NULL,
    is_gateway smallint NOT NULL,
    description character varying(64),
    hostname character varying(255),
    mac character varying(20),
    owner character varying(128),
    state integer,
    switch integer,
    location integer,
    port character varying(32),
    note text,
    lastseen timestamp without time zone,
    excludeping smallint NOT NULL,
    ptrignore smallint NOT NULL,
    ptr integer,
    firewalladdressobject character varying(100),
    editdate timestamp without time zone,
    customer_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.iptags (
    id integer NOT NULL,
    type character varying(32),
    showtag smallint,
    bgcolor character varying(7),
    fgcolor character varying(7),
    compress text NOT NULL,
    locked text NOT NULL,
    updatetag smallint,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.lang (
    l_id integer NOT NULL,
    l_code character varying(12) NOT NULL,
    l_name character varying(64),
    PRIMARY KEY (l_id)
);
CREATE TABLE phpipam.locations (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    description text,
    address character varying(128),
    lat character varying(31),
    long character varying(31),
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.loginattempts (
    id integer NOT NULL,
    datetime timestamp without time zone NOT NULL,
    ip character varying(128) NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.logs (
    id integer NOT NULL,
    severity integer,
    date character varying(32),
    username character varying(255),
    ipaddr character varying(64),
    command text,
    details text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.nameservers (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    namesrv1 character varying(255),
    description text,
    permissions character varying(128),
    editdate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.nat (
    id integer NOT NULL,
    name character varying(64),
    type text,
    src text,
    dst text,
    src_port integer,
    dst_port integer,
    device integer,
    description text,
    policy text NOT NULL,
    policy_dst character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.nominatim (
    id integer NOT NULL,
    url character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.nominatim_cache (
    sha256 bytea NOT NULL,
    date timestamp without time zone NOT NULL,
    query text NOT NULL,
    lat_lng text NOT NULL,
    PRIMARY KEY (sha256)
);
CREATE TABLE phpipam.passkeys (
    id integer NOT NULL,
    user_id integer NOT NULL,
    credentialid text NOT NULL,
    keyid text NOT NULL,
    credential text NOT NULL,
    comment text,
    created timestamp without time zone,
    used timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.php_sessions (
    id character varying(128) NOT NULL,
    access integer,
    data text NOT NULL,
    remote_ip character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.pstnnumbers (
    id integer NOT NULL,
    prefix integer,
    number character varying(32),
    name character varying(128),
    owner character varying(128),
    state integer,
    deviceid integer,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.pstnprefixes (
    id integer NOT NULL,
    name character varying(128),
    prefix character varying(32),
    start character varying(32),
    stop character varying(32),
    master integer,
    deviceid integer,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.rackcontents (
    id integer NOT NULL,
    name character varying(100),
    rack integer,
    rack_start integer,
    rack_size integer,
    rack_deep smallint NOT NULL,
    subrackid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.racks (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    size integer,
    subrack smallint NOT NULL,
    location integer,
    "row" integer NOT NULL,
    hasback smallint NOT NULL,
    topdown smallint NOT NULL,
    description text,
    customer_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.requests (
    id integer NOT NULL,
    subnetid integer,
    ip_addr character varying(100),
    description character varying(64),
    mac character varying(20),
    hostname character varying(255),
    state integer,
    owner character varying(128),
    requester character varying(128),
    comment text,
    processed bytea,
    accepted bytea,
    admincomment text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.routing_bgp (
    id integer NOT NULL,
    local_as integer NOT NULL,
    local_address character varying(100) NOT NULL,
    peer_name character varying(255) NOT NULL,
    peer_as integer NOT NULL,
    peer_address character varying(100) NOT NULL,
    bgp_type text NOT NULL,
    vrf_id integer,
    circuit_id integer,
    customer_id integer,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.routing_subnets (
    id integer NOT NULL,
    type text NOT NULL,
    direction text NOT NULL,
    object_id integer NOT NULL,
    subnet_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.scanagents (
    id integer NOT NULL,
    name character varying(128),
    description text,
    type text NOT NULL,
    code character varying(32),
    last_access timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.sections (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    description text,
    mastersection integer,
    permissions character varying(1024),
    strictmode bytea NOT NULL,
    subnetordering character varying(16),
    "order" integer,
    editdate timestamp without time zone,
    showsubnet smallint NOT NULL,
    showvlan smallint NOT NULL,
    showvrf smallint NOT NULL,
    showsupernetonly smallint NOT NULL,
    dns character varying(128),
    PRIMARY KEY (name)
);
CREATE TABLE phpipam.settings (
    id integer NOT NULL,
    sitetitle character varying(64),
    siteadminname character varying(64),
    siteadminmail character varying(254),
    sitedomain character varying(32),
    siteurl character varying(64),
    sitelogintext character varying(128),
    domainauth smallint,
    enableiprequests smallint,
    enablevrf smallint,
    enablednsresolving smallint,
    enablefirewallzones smallint NOT NULL,
    firewallzonesettings character varying(1024) NOT NULL,
    enablepowerdns smallint,
    powerdns text,
    enabledhcp smallint,
    dhcp character varying(256),
    enablemulticast smallint,
    enablenat smallint,
    enablesnmp smallint,
    enablethreshold smallint,
    enablerack smallint,
    rackimageformat text NOT NULL,
    rackallowoverlap integer NOT NULL,
    enablelocations smallint,
    enablepstn smallint,
    enablechangelog smallint NOT NULL,
    enablecustomers smallint NOT NULL,
    enablevaults smallint NOT NULL,
    link_field character varying(32),
    version character varying(5),
    dbversion integer NOT NULL,
    dbverified bytea NOT NULL,
    donate smallint,
    ipfilter character varying(128),
    iprequired character varying(128),
    vlanduplicate integer,
    vlanmax integer,
    subnetordering character varying(16),
    visuallimit integer NOT NULL,
    theme character varying(32) NOT NULL,
    autosuggestnetwork smallint NOT NULL,
    pingstatus character varying(32) NOT NULL,
    defaultlang integer,
    editdate timestamp without time zone,
    vcheckdate timestamp without time zone,
    api bytea NOT NULL,
    scanpingpath character varying(64),
    scanfpingpath character varying(64),
    scanpingtype text NOT NULL,
    scanmaxthreads integer,
    prettylinks text NOT NULL,
    hiddencustomfields text,
    inactivitytimeout integer NOT NULL,
    updatetags smallint,
    enforceunique smallint,
    authmigrated smallint NOT NULL,
    maintaneancemode smallint,
    decodemac smallint,
    tempshare smallint,
    tempaccess text,
    log text NOT NULL,
    subnetview smallint NOT NULL,
    enablecircuits smallint,
    enablerouting smallint,
    permissionpropagate smallint,
    passwordpolicy character varying(1024),
    "2fa_provider" text,
    "2fa_name" character varying(32),
    "2fa_length" integer,
    "2fa_userchange" smallint NOT NULL,
    passkeys smallint,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.settingsmail (
    id integer NOT NULL,
    mtype text NOT NULL,
    msecure text NOT NULL,
    mauth text NOT NULL,
    mserver character varying(128),
    mport integer,
    muser character varying(254),
    mpass character varying(128),
    madminname character varying(128),
    madminmail character varying(254),
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.subnets (
    id integer NOT NULL,
    subnet character varying(255),
    mask character varying(3),
    sectionid integer,
    description text,
    linked_subnet integer,
    firewalladdressobject character varying(100),
    vrfid integer,
    mastersubnetid integer NOT NULL,
    allowrequests smallint NOT NULL,
    vlanid integer,
    showname smallint NOT NULL,
    device integer,
    permissions character varying(1024),
    pingsubnet smallint NOT NULL,
    discoversubnet smallint NOT NULL,
    resolvedns smallint NOT NULL,
    dnsrecursive smallint NOT NULL,
    dnsrecords smallint NOT NULL,
    nameserverid integer,
    scanagent integer,
    customer_id integer,
    isfolder smallint NOT NULL,
    isfull smallint NOT NULL,
    ispool smallint NOT NULL,
    state integer,
    threshold integer,
    location integer,
    editdate timestamp without time zone,
    lastscan timestamp without time zone,
    lastdiscovery timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.usergroups (
    g_id integer NOT NULL,
    g_name character varying(32),
    g_desc character varying(1024),
    editdate timestamp without time zone,
    PRIMARY KEY (g_id)
);
CREATE TABLE phpipam.users (
    id integer NOT NULL,
    username character varying(255) NOT NULL,
    authmethod integer,
    passkey_only smallint NOT NULL,
    password character(128),
    groups character varying(1024),
    role text,
    real_name character varying(128),
    email character varying(254),
    domainuser bytea,
    widgets character varying(1024),
    lang integer,
    favourite_subnets character varying(1024),
    disabled text NOT NULL,
    mailnotify text NOT NULL,
    mailchangelog text NOT NULL,
    passchange text NOT NULL,
    editdate timestamp without time zone,
    lastlogin timestamp without time zone,
    lastactivity timestamp without time zone,
    compressoverride text NOT NULL,
    hidefreerange smallint,
    menutype text NOT NULL,
    menucompact smallint,
    "2fa" smallint NOT NULL,
    "2fa_secret" character varying(32),
    theme character varying(32),
    token character varying(24),
    token_valid_until timestamp without time zone,
    module_permissions character varying(255),
    compress_actions smallint,
    PRIMARY KEY (username),
    UNIQUE (id)
);
CREATE TABLE phpipam.usersauthmethod (
    id integer NOT NULL,
    type text NOT NULL,
    params text,
    protected text NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.vaultitems (
    id integer NOT NULL,
    vaultid integer NOT NULL,
    type text NOT NULL,
    type_certificate text NOT NULL,
    "values" text,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.vaults (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    type text NOT NULL,
    description text,
    test character(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.vlandomains (
    id integer NOT NULL,
    name character varying(64),
    description text,
    permissions character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE phpipam.vlans (
    vlanid integer NOT NULL,
    domainid integer NOT NULL,
    name character varying(255) NOT NULL,
    number integer,
    description text,
    editdate timestamp without time zone,
    customer_id integer,
    PRIMARY KEY (vlanid)
);
CREATE TABLE phpipam.vrf (
    vrfid integer NOT NULL,
    name character varying(32) NOT NULL,
    rd character varying(32),
    description character varying(256),
    sections character varying(128),
    editdate timestamp without time zone,
    customer_id integer,
    PRIMARY KEY (vrfid)
);
CREATE TABLE phpipam.widgets (
    wid integer NOT NULL,
    wtitle character varying(64) NOT NULL,
    wdescription character varying(1024),
    wfile character varying(64) NOT NULL,
    wparams character varying(1024),
    whref text NOT NULL,
    wsize text NOT NULL,
    wadminonly text NOT NULL,
    wactive text NOT NULL,
    PRIMARY KEY (wid)
);
ALTER TABLE phpipam.circuits ADD FOREIGN KEY (customer_id) REFERENCES phpipam.customers (id);
ALTER TABLE phpipam.firewallzonemapping ADD FOREIGN KEY (deviceid) REFERENCES phpipam.devices (id);
ALTER TABLE phpipam.firewallzonesubnet ADD FOREIGN KEY (subnetid) REFERENCES phpipam.subnets (id);
ALTER TABLE phpipam.firewallzonesubnet ADD FOREIGN KEY (zoneid) REFERENCES phpipam.firewallzones (id);
ALTER TABLE phpipam.ipaddresses ADD FOREIGN KEY (customer_id) REFERENCES phpipam.customers (id);
ALTER TABLE phpipam.passkeys ADD FOREIGN KEY (user_id) REFERENCES phpipam.users (id);
ALTER TABLE phpipam.racks ADD FOREIGN KEY (customer_id) REFERENCES phpipam.customers (id);
ALTER TABLE phpipam.routing_bgp ADD FOREIGN KEY (circuit_id) REFERENCES phpipam.circuits (id);
ALTER TABLE phpipam.routing_bgp ADD FOREIGN KEY (customer_id) REFERENCES phpipam.customers (id);
ALTER TABLE phpipam.routing_bgp ADD FOREIGN KEY (vrf_id) REFERENCES phpipam.vrf (vrfid);
ALTER TABLE phpipam.routing_subnets ADD FOREIGN KEY (object_id) REFERENCES phpipam.routing_bgp (id);
ALTER TABLE phpipam.routing_subnets ADD FOREIGN KEY (subnet_id) REFERENCES phpipam.subnets (id);
ALTER TABLE phpipam.subnets ADD FOREIGN KEY (customer_id) REFERENCES phpipam.customers (id);
ALTER TABLE phpipam.vaultitems ADD FOREIGN KEY (vaultid) REFERENCES phpipam.vaults (id);
ALTER TABLE phpipam.vlans ADD FOREIGN KEY (customer_id) REFERENCES phpipam.customers (id);
ALTER TABLE phpipam.vrf ADD FOREIGN KEY (customer_id) REFERENCES phpipam.customers (id);
