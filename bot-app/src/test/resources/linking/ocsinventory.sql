-- OCS Inventory NG, the open-source IT asset inventory and software deployment server (the ocsreports web console
-- and the communication server share this MySQL database, ocsweb): inventoried computers (hardware) with their
-- BIOS, CPUs, memory modules, slots, controllers, storage devices, drives/partitions, network interfaces, monitors,
-- video cards, sound cards, modems, ports, printers, input and USB devices, batteries, SIM cards, virtual machines,
-- Java runtimes, local users and groups, package repositories, registry values, installed software (normalized
-- into software_name, software_publisher and software_version dictionaries, with software categories and category
-- rules), custom administrative data (accountinfo, accountinfo_config), archived computers, IT-management comments
-- and access logs; dynamic and static computer groups and their cache; package deployment (download_available,
-- download_enable, download_history, download_servers, affectation rules) and the deployment request workflow
-- (downloadwk_*); IPDiscover network discovery (netmap, network_devices, subnet, devicetype); SNMP inventory
-- configuration (snmp_types, snmp_labels, snmp_configs, snmp_communities, snmp_mibs, snmp_accountinfo, ...); CVE
-- search results per software and per computer; console operators, tags per operator, layouts, saved queries,
-- report notifications, Wake-on-LAN schedules, extensions, blacklisted MAC addresses/serials/subnets, duplicate
-- merges (deleted_equiv), locks, the engine's connection tracking, configuration (config, config_ldap) and the
-- operators' action history), as a fresh install of ocsreports 2.12.4 (database version 7081) creates it:
-- files/ocsbase_new.sql of github.com/OCSInventory-NG/OCSInventory-ocsreports (commit 8fa1acc, 2026-03-23, release
-- 2.12.4; the file, identical to files/ocsbase.sql, last changed in 2c851fb, 2024-09-13, and stamps database version
-- 7068), which install.php loads, plus the schema changes of the update scripts files/update/7069.sql .. 7081.sql
-- that the dump does not already contain (7073: software_version.prettyversion/major/minor/patch; 7074: the table
-- config_ldap; 7077: snmp_configs.ipd_reconciliation; 7079: devices.tvalue becomes text; 7081:
-- itmgmt_comments.date_insert becomes datetime); GPL-2.0; we use the schema's facts. The MySQL 8 dump was converted
-- by a one-off script (int -> integer, int unsigned -> bigint, bigint unsigned -> numeric(20,0), tinyint ->
-- smallint, datetime/timestamp -> timestamp, longtext -> text, blob/longblob -> bytea, double -> double precision,
-- decimal kept), loaded into a scratch PostgreSQL 15 and regenerated from its catalog: all 106 tables with their
-- primary keys, schema ocsinventory; the source's upper-case names (HARDWARE_ID, DefaultName, schedule_WOL) are
-- written lower case, as PostgreSQL folds unquoted names, and the columns user and timestamp are quoted. The source
-- declares one foreign key (archive.hardware_id -> hardware.id); all other references (hardware_id in every
-- inventory table, software.name_id/publisher_id/version_id, groups_cache.group_id, download_enable.fileid, ...)
-- are implied by names only. The source declares no comments. Left out: AUTO_INCREMENT, defaults, unique keys,
-- indexes, engine options (four MEMORY tables: conntrack, engine_mutex, locks, prolog_conntrack) and the INSERTs of
-- default rows (config, operators, languages, SNMP and CVE defaults, ...). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS ocsinventory;
CREATE TABLE ocsinventory.accesslog (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    userid character varying(255),
    logdate timestamp without time zone,
    processes text,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.accountinfo (
    hardware_id integer NOT NULL,
    tag character varying(255),
    PRIMARY KEY (hardware_id)
);
CREATE TABLE ocsinventory.accountinfo_config (
    id integer NOT NULL,
    name_accountinfo character varying(255),
    type integer,
    name character varying(255),
    id_tab integer,
    comment character varying(255),
    show_order integer NOT NULL,
    account_type character varying(255),
    default_value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.archive (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.assets_categories (
    id integer NOT NULL,
    category_name character varying(255) NOT NULL,
    category_desc character varying(255) NOT NULL,
    sql_query text NOT NULL,
    sql_args text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.auth_attempt (
    id integer NOT NULL,
    datetimeattempt timestamp without time zone NOT NULL,
    login character varying(255),
    ip character varying(255),
    success integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.batteries (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    chemistry character varying(20),
    cycles integer,
    description character varying(10),
    designcapacity character varying(10),
    designvoltage character varying(20),
    estimatedchargeremaining character varying(255),
    manufacturer character varying(255),
    name character varying(255),
    serialnumber character varying(255),
    status character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.bios (
    hardware_id integer NOT NULL,
    smanufacturer character varying(255),
    smodel character varying(255),
    ssn character varying(255),
    type character varying(255),
    bmanufacturer character varying(255),
    bversion character varying(255),
    bdate character varying(255),
    assettag character varying(255),
    mmanufacturer character varying(255),
    mmodel character varying(255),
    msn character varying(255),
    PRIMARY KEY (hardware_id)
);
CREATE TABLE ocsinventory.blacklist_macaddresses (
    id integer NOT NULL,
    macaddress character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.blacklist_serials (
    id integer NOT NULL,
    serial character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.blacklist_subnet (
    id integer NOT NULL,
    subnet character varying(20) NOT NULL,
    mask character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.config (
    name character varying(50) NOT NULL,
    ivalue integer,
    tvalue character varying(255),
    comments text,
    PRIMARY KEY (name)
);
CREATE TABLE ocsinventory.config_ldap (
    name character varying(50) NOT NULL,
    ivalue integer,
    tvalue text,
    comments text,
    PRIMARY KEY (name)
);
CREATE TABLE ocsinventory.conntrack (
    ip character varying(255) NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    PRIMARY KEY (ip)
);
CREATE TABLE ocsinventory.controllers (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    manufacturer character varying(255),
    name character varying(255),
    caption character varying(255),
    description character varying(255),
    version character varying(255),
    type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.cpus (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    manufacturer character varying(255),
    type character varying(255),
    serialnumber character varying(255),
    speed character varying(255),
    cores integer,
    l2cachesize character varying(255),
    cpuarch character varying(255),
    data_width integer,
    current_address_width integer,
    logical_cpus integer,
    voltage character varying(255),
    current_speed character varying(255),
    socket character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.cve_search (
    id integer NOT NULL,
    publisher_id integer NOT NULL,
    name_id integer NOT NULL,
    version_id integer NOT NULL,
    cvss double precision NOT NULL,
    cve character varying(255),
    link character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.cve_search_computer (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    hardware_name character varying(255) NOT NULL,
    publisher character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    software_name character varying(255) NOT NULL,
    cvss character varying(255) NOT NULL,
    cve character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.cve_search_correspondance (
    id integer NOT NULL,
    name_reg character varying(255) NOT NULL,
    publish_result character varying(255),
    name_result character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.cve_search_history (
    id integer NOT NULL,
    flag_date timestamp without time zone NOT NULL,
    cve_nb integer,
    publisher_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.deleted_equiv (
    id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    deleted character varying(255) NOT NULL,
    equivalent character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.deploy (
    name character varying(255) NOT NULL,
    content bytea NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE ocsinventory.devices (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    name character varying(50) NOT NULL,
    ivalue integer,
    tvalue text,
    comments text,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.devicetype (
    id integer NOT NULL,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.dico_ignored (
    extracted character varying(255) NOT NULL,
    PRIMARY KEY (extracted)
);
CREATE TABLE ocsinventory.dico_soft (
    extracted character varying(255) NOT NULL,
    formatted character varying(255) NOT NULL,
    PRIMARY KEY (extracted)
);
CREATE TABLE ocsinventory.download_affect_rules (
    id integer NOT NULL,
    rule integer NOT NULL,
    priority integer NOT NULL,
    cfield character varying(20) NOT NULL,
    op character varying(20) NOT NULL,
    compto character varying(20) NOT NULL,
    serv_value character varying(20),
    rule_name character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.download_available (
    fileid character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    priority integer NOT NULL,
    fragments integer NOT NULL,
    size integer NOT NULL,
    osname character varying(255) NOT NULL,
    comment text,
    id_wk integer,
    deleted integer,
    PRIMARY KEY (fileid)
);
CREATE TABLE ocsinventory.download_enable (
    id integer NOT NULL,
    fileid character varying(255) NOT NULL,
    info_loc character varying(255) NOT NULL,
    pack_loc character varying(255) NOT NULL,
    cert_path character varying(255),
    cert_file character varying(255),
    server_id integer,
    group_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.download_history (
    hardware_id integer NOT NULL,
    pkg_id integer NOT NULL,
    pkg_name character varying(255),
    PRIMARY KEY (hardware_id, pkg_id)
);
CREATE TABLE ocsinventory.download_servers (
    hardware_id integer NOT NULL,
    url character varying(250) NOT NULL,
    add_port integer NOT NULL,
    add_rep character varying(250) NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (hardware_id)
);
CREATE TABLE ocsinventory.downloadwk_conf_values (
    field integer,
    value character varying(100),
    id integer NOT NULL,
    default_field integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.downloadwk_fields (
    tab character varying(100),
    field character varying(100),
    type integer,
    lbl character varying(100),
    must_completed integer,
    id integer NOT NULL,
    value character varying(255),
    default_field integer,
    restricted integer,
    link_status integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.downloadwk_history (
    id integer NOT NULL,
    id_dde integer,
    author character varying(255),
    date date,
    action text,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.downloadwk_pack (
    id integer NOT NULL,
    login_user character varying(255),
    group_user character varying(255),
    q_date integer,
    fields_1 character varying(255),
    fields_2 character varying(255),
    fields_3 character varying(255),
    fields_4 character varying(255),
    fields_5 character varying(255),
    fields_6 character varying(255),
    fields_7 character varying(255),
    fields_8 character varying(255),
    fields_9 character varying(255),
    fields_10 character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.downloadwk_statut_request (
    id integer NOT NULL,
    name character varying(20),
    lbl character varying(255),
    actif integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.downloadwk_tab_values (
    field character varying(100),
    value character varying(100),
    lbl character varying(100),
    id integer NOT NULL,
    default_field integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.drives (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    letter character varying(255),
    type character varying(255),
    filesystem character varying(255),
    total integer,
    free integer,
    numfiles integer,
    volumn character varying(255),
    createdate date,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.engine_mutex (
    name character varying(255) NOT NULL,
    pid integer,
    tag character varying(255) NOT NULL,
    PRIMARY KEY (name, tag)
);
CREATE TABLE ocsinventory.engine_persistent (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    ivalue integer,
    tvalue character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.extensions (
    id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    version double precision NOT NULL,
    licence character varying(255),
    author character varying(255),
    contributor character varying(255),
    install_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.files (
    name character varying(100) NOT NULL,
    version character varying(50) NOT NULL,
    os character varying(70) NOT NULL,
    content bytea NOT NULL,
    PRIMARY KEY (name, os, version)
);
CREATE TABLE ocsinventory.groups (
    hardware_id integer NOT NULL,
    request text,
    create_time integer,
    revalidate_from integer,
    xmldef text,
    PRIMARY KEY (hardware_id)
);
CREATE TABLE ocsinventory.groups_cache (
    hardware_id integer NOT NULL,
    group_id integer NOT NULL,
    static integer,
    PRIMARY KEY (hardware_id, group_id)
);
CREATE TABLE ocsinventory.hardware (
    id integer NOT NULL,
    deviceid character varying(255) NOT NULL,
    name character varying(255),
    workgroup character varying(255),
    userdomain character varying(255),
    osname character varying(255),
    osversion character varying(255),
    oscomments character varying(255),
    processort character varying(255),
    processors integer,
    processorn smallint,
    memory integer,
    swap integer,
    ipaddr character varying(255),
    dns character varying(255),
    defaultgateway character varying(255),
    etime timestamp without time zone,
    lastdate timestamp without time zone,
    lastcome timestamp without time zone,
    quality numeric(7,4),
    fidelity bigint,
    userid character varying(255),
    type integer,
    description character varying(255),
    wincompany character varying(255),
    winowner character varying(255),
    winprodid character varying(255),
    winprodkey character varying(255),
    useragent character varying(50),
    checksum numeric(20,0),
    sstate integer,
    ipsrc character varying(255),
    uuid character varying(255),
    arch character varying(10),
    category_id integer,
    archive integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.hardware_osname_cache (
    id integer NOT NULL,
    osname character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.history (
    id bigint NOT NULL,
    "user" character varying(255) NOT NULL,
    datetime_action timestamp without time zone NOT NULL,
    action character varying(255) NOT NULL,
    target character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.inputs (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    type character varying(255),
    manufacturer character varying(255),
    caption character varying(255),
    description character varying(255),
    interface character varying(255),
    pointtype character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.itmgmt_comments (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    comments text,
    user_insert character varying(100),
    date_insert timestamp without time zone,
    action character varying(255),
    visible integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.javainfo (
    hardware_id integer NOT NULL,
    javaname character varying(255),
    javapathlevel integer,
    javacountry character varying(255),
    javaclasspath character varying(255),
    javahome character varying(255),
    PRIMARY KEY (hardware_id)
);
CREATE TABLE ocsinventory.journallog (
    hardware_id integer NOT NULL,
    id integer NOT NULL,
    journallog text,
    listenername character varying(255),
    date character varying(255),
    status integer,
    errorcode integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.languages (
    name character varying(60) NOT NULL,
    img bytea,
    json_value text,
    PRIMARY KEY (name)
);
CREATE TABLE ocsinventory.layouts (
    id bigint NOT NULL,
    layout_name character varying(255) NOT NULL,
    creator character varying(255) NOT NULL,
    table_name character varying(255) NOT NULL,
    description character varying(255),
    visible_col text NOT NULL,
    visibility_scope character varying(255),
    group_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.local_groups (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    id_group character varying(255),
    name character varying(255),
    member character varying(255),
    PRIMARY KEY (id, hardware_id)
);
CREATE TABLE ocsinventory.local_users (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    id_user character varying(255),
    gid character varying(255),
    name character varying(255),
    home character varying(255),
    shell character varying(255),
    login character varying(255),
    member character varying(255),
    PRIMARY KEY (id, hardware_id)
);
CREATE TABLE ocsinventory.locks (
    hardware_id integer NOT NULL,
    id integer,
    since timestamp without time zone NOT NULL,
    PRIMARY KEY (hardware_id)
);
CREATE TABLE ocsinventory.memories (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    caption character varying(255),
    description character varying(255),
    capacity integer,
    purpose character varying(255),
    type character varying(255),
    speed character varying(255),
    numslots smallint,
    serialnumber character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.modems (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    name character varying(255),
    model character varying(255),
    description character varying(255),
    type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.monitors (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    manufacturer character varying(255),
    caption character varying(255),
    description character varying(255),
    type character varying(255),
    serial character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.netmap (
    ip character varying(15) NOT NULL,
    mac character varying(17) NOT NULL,
    mask character varying(15) NOT NULL,
    netid character varying(15) NOT NULL,
    date timestamp without time zone NOT NULL,
    name character varying(255),
    tag character varying(255),
    hardware_id integer,
    PRIMARY KEY (mac)
);
CREATE TABLE ocsinventory.network_devices (
    id integer NOT NULL,
    description character varying(255),
    type character varying(255),
    macaddr character varying(255),
    "user" character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.networks (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    description character varying(255),
    type character varying(255),
    typemib character varying(255),
    speed character varying(255),
    mtu character varying(255),
    macaddr character varying(255),
    status character varying(255),
    ipaddress character varying(255),
    ipmask character varying(255),
    ipgateway character varying(255),
    ipsubnet character varying(255),
    ipdhcp character varying(255),
    virtualdev smallint,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.notification (
    id integer NOT NULL,
    type character varying(255) NOT NULL,
    file character varying(255),
    subject character varying(255),
    altbody text,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.notification_config (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    tvalue character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.operators (
    id character varying(255) NOT NULL,
    firstname character varying(255),
    lastname character varying(255),
    passwd character varying(255),
    accesslvl integer,
    comments text,
    new_accesslvl character varying(255),
    email character varying(255),
    user_group character varying(255),
    password_version integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.ports (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    type character varying(255),
    name character varying(255),
    caption character varying(255),
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.printers (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    name character varying(255),
    driver character varying(255),
    port character varying(255),
    description character varying(255),
    servername character varying(255),
    sharename character varying(255),
    resolution character varying(50),
    comment character varying(255),
    shared integer,
    network integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.prolog_conntrack (
    id integer NOT NULL,
    deviceid character varying(255),
    "timestamp" integer,
    pid integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.regconfig (
    id integer NOT NULL,
    name character varying(255),
    regtree integer,
    regkey text,
    regvalue character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.registry (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    name character varying(255),
    regvalue text,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.registry_name_cache (
    id integer NOT NULL,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.registry_regvalue_cache (
    id integer NOT NULL,
    regvalue text,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.reports_notifications (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    recurrence character varying(255) NOT NULL,
    end_date timestamp without time zone,
    date_created timestamp without time zone,
    weekday character varying(255),
    last_exec timestamp without time zone,
    mail character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.repository (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    baseurl character varying(255),
    exclude character varying(255),
    excluded character varying(255),
    expire character varying(255),
    filename character varying(255),
    mirrors character varying(255),
    name character varying(255),
    pkgs character varying(255),
    revision character varying(255),
    size character varying(255),
    tag character varying(255),
    updated character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.saas (
    id integer NOT NULL,
    saas_exp_id integer NOT NULL,
    hardware_id integer NOT NULL,
    entry character varying(255) NOT NULL,
    data character varying(255) NOT NULL,
    ttl integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.saas_exp (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    dns_exp character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.save_query (
    id integer NOT NULL,
    query_name character varying(255) NOT NULL,
    description text,
    parameters text NOT NULL,
    who_can_see character varying(255),
    user_id character varying(255),
    group_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.schedule_wol (
    id integer NOT NULL,
    machine_id character varying(255) NOT NULL,
    wol_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.sim (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    operator character varying(255),
    opname character varying(255),
    country character varying(255),
    serialnumber character varying(255),
    deviceid character varying(255),
    phonenumber character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.slots (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    designation character varying(255),
    purpose character varying(255),
    status character varying(255),
    pshare smallint,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.snmp_accountinfo (
    id integer NOT NULL,
    snmp_type character varying(255) NOT NULL,
    snmp_reconciliation_field character varying(255) NOT NULL,
    snmp_reconciliation_value character varying(255) NOT NULL,
    tag character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.snmp_communities (
    id integer NOT NULL,
    version character varying(5),
    name character varying(255),
    username character varying(255),
    authpasswd character varying(255),
    authproto character varying(255),
    privproto character varying(255),
    privpasswd character varying(255),
    level character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.snmp_configs (
    id integer NOT NULL,
    type_id integer NOT NULL,
    label_id integer NOT NULL,
    oid character varying(255) NOT NULL,
    reconciliation character varying(255),
    ipd_reconciliation character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.snmp_default (
    id integer NOT NULL,
    defaultname character varying(255),
    defaultdescription character varying(255),
    defaultlocation character varying(255),
    defaultuptime character varying(255),
    defaultaddressip character varying(255),
    defaultgateway character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.snmp_labels (
    id integer NOT NULL,
    label_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.snmp_mibs (
    id integer NOT NULL,
    vendor character varying(255),
    url character varying(255),
    checksum character varying(255),
    version character varying(5),
    parser character varying(5),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.snmp_types (
    id integer NOT NULL,
    type_name character varying(255) NOT NULL,
    table_type_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.snmp_types_conditions (
    id integer NOT NULL,
    type_id integer NOT NULL,
    condition_oid character varying(255) NOT NULL,
    condition_value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.software (
    id bigint NOT NULL,
    hardware_id integer NOT NULL,
    name_id integer NOT NULL,
    publisher_id integer NOT NULL,
    version_id integer NOT NULL,
    folder text,
    comments text,
    filename character varying(255),
    filesize integer,
    source integer,
    guid character varying(255),
    language character varying(255),
    installdate timestamp without time zone,
    bitswidth integer,
    architecture character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.software_categories (
    id integer NOT NULL,
    category_name character varying(255) NOT NULL,
    os character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.software_categories_link (
    id bigint NOT NULL,
    name_id integer NOT NULL,
    publisher_id integer NOT NULL,
    version_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.software_category_exp (
    category_id integer NOT NULL,
    software_exp character varying(255) NOT NULL,
    sign_version character varying(255),
    version character varying(255),
    publisher character varying(255),
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.software_link (
    id bigint NOT NULL,
    name_id integer NOT NULL,
    publisher_id integer NOT NULL,
    version_id integer NOT NULL,
    category_id integer,
    identifier character varying(255) NOT NULL,
    count integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.software_name (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.software_publisher (
    id integer NOT NULL,
    publisher character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.software_version (
    id integer NOT NULL,
    version character varying(255) NOT NULL,
    prettyversion character varying(255),
    major integer,
    minor integer,
    patch integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.softwares_name_cache (
    id integer NOT NULL,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.sounds (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    manufacturer character varying(255),
    name character varying(255),
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.ssl_store (
    id integer NOT NULL,
    file bytea,
    author character varying(255),
    file_name character varying(255),
    file_type character varying(20),
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.storages (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    manufacturer character varying(255),
    name character varying(255),
    model character varying(255),
    description character varying(255),
    type character varying(255),
    disksize integer,
    serialnumber character varying(255),
    firmware character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.subnet (
    pk integer NOT NULL,
    netid character varying(15) NOT NULL,
    name character varying(255),
    id character varying(255),
    mask character varying(255),
    tag character varying(255),
    PRIMARY KEY (pk)
);
CREATE TABLE ocsinventory.tags (
    tag character varying(100) NOT NULL,
    login character varying(100) NOT NULL,
    PRIMARY KEY (tag, login)
);
CREATE TABLE ocsinventory.temp_files (
    id integer NOT NULL,
    table_name character varying(255),
    fields_name character varying(255),
    file bytea,
    comment text,
    author character varying(255),
    file_name character varying(255),
    file_type character varying(255),
    file_size integer,
    id_dde integer,
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.usbdevices (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    description character varying(255),
    interface character varying(255),
    manufacturer character varying(255),
    serial character varying(255),
    type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.videos (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    name character varying(255),
    chipset character varying(255),
    memory character varying(255),
    resolution character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ocsinventory.virtualmachines (
    id integer NOT NULL,
    hardware_id integer NOT NULL,
    name character varying(255),
    status character varying(255),
    subsystem character varying(255),
    vmtype character varying(255),
    uuid character varying(255),
    vcpu integer,
    memory integer,
    PRIMARY KEY (id)
);
ALTER TABLE ocsinventory.archive ADD FOREIGN KEY (hardware_id) REFERENCES ocsinventory.hardware (id);
