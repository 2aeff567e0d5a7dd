-- Zabbix 6.0 LTS (6.0.27), the open-source monitoring system's server database: every table of its schema as the
-- source template create/src/schema.tmpl of github.com/zabbix/zabbix declares it (read from the 6.0.27 sources
-- carried in the fork github.com/CHERTS/zabbix_dbmon, whose template names no table of its own, as the upstream
-- repository was too large to copy here; GPL-2.0, Zabbix SIA), turned into
-- PostgreSQL by the template's own generator for PostgreSQL, loaded into a scratch PostgreSQL and regenerated from its
-- catalog, schema zabbix: the 173 tables with their columns, types, primary keys and the 226 foreign keys the
-- template declares (their ON DELETE actions, defaults, indexes, unique constraints and the triggers that keep
-- hosts.name_upper and items.name_upper left out; the template's one `ROW` of dbversion is in values-zabbix.sql).
-- The template declares no comments, so none here. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA zabbix;
CREATE TABLE zabbix.role (
    roleid bigint NOT NULL,
    name character varying(255) NOT NULL,
    type integer NOT NULL,
    readonly integer NOT NULL,
    PRIMARY KEY (roleid)
);
CREATE TABLE zabbix.users (
    userid bigint NOT NULL,
    username character varying(100) NOT NULL,
    name character varying(100) NOT NULL,
    surname character varying(100) NOT NULL,
    passwd character varying(60) NOT NULL,
    url character varying(2048) NOT NULL,
    autologin integer NOT NULL,
    autologout character varying(32) NOT NULL,
    lang character varying(7) NOT NULL,
    refresh character varying(32) NOT NULL,
    theme character varying(128) NOT NULL,
    attempt_failed integer NOT NULL,
    attempt_ip character varying(39) NOT NULL,
    attempt_clock integer NOT NULL,
    rows_per_page integer NOT NULL,
    timezone character varying(50) NOT NULL,
    roleid bigint NOT NULL,
    PRIMARY KEY (userid)
);
CREATE TABLE zabbix.maintenances (
    maintenanceid bigint NOT NULL,
    name character varying(128) NOT NULL,
    maintenance_type integer NOT NULL,
    description text NOT NULL,
    active_since integer NOT NULL,
    active_till integer NOT NULL,
    tags_evaltype integer NOT NULL,
    PRIMARY KEY (maintenanceid)
);
CREATE TABLE zabbix.hosts (
    hostid bigint NOT NULL,
    proxy_hostid bigint,
    host character varying(128) NOT NULL,
    status integer NOT NULL,
    lastaccess integer NOT NULL,
    ipmi_authtype integer NOT NULL,
    ipmi_privilege integer NOT NULL,
    ipmi_username character varying(16) NOT NULL,
    ipmi_password character varying(20) NOT NULL,
    maintenanceid bigint,
    maintenance_status integer NOT NULL,
    maintenance_type integer NOT NULL,
    maintenance_from integer NOT NULL,
    name character varying(128) NOT NULL,
    flags integer NOT NULL,
    templateid bigint,
    description text NOT NULL,
    tls_connect integer NOT NULL,
    tls_accept integer NOT NULL,
    tls_issuer character varying(1024) NOT NULL,
    tls_subject character varying(1024) NOT NULL,
    tls_psk_identity character varying(128) NOT NULL,
    tls_psk character varying(512) NOT NULL,
    proxy_address character varying(255) NOT NULL,
    auto_compress integer NOT NULL,
    discover integer NOT NULL,
    custom_interfaces integer NOT NULL,
    uuid character varying(32) NOT NULL,
    name_upper character varying(128) NOT NULL,
    PRIMARY KEY (hostid)
);
CREATE TABLE zabbix.hstgrp (
    groupid bigint NOT NULL,
    name character varying(255) NOT NULL,
    internal integer NOT NULL,
    flags integer NOT NULL,
    uuid character varying(32) NOT NULL,
    PRIMARY KEY (groupid)
);
CREATE TABLE zabbix.group_prototype (
    group_prototypeid bigint NOT NULL,
    hostid bigint NOT NULL,
    name character varying(255) NOT NULL,
    groupid bigint,
    templateid bigint,
    PRIMARY KEY (group_prototypeid)
);
CREATE TABLE zabbix.group_discovery (
    groupid bigint NOT NULL,
    parent_group_prototypeid bigint NOT NULL,
    name character varying(255) NOT NULL,
    lastcheck integer NOT NULL,
    ts_delete integer NOT NULL,
    PRIMARY KEY (groupid)
);
CREATE TABLE zabbix.drules (
    druleid bigint NOT NULL,
    proxy_hostid bigint,
    name character varying(255) NOT NULL,
    iprange character varying(2048) NOT NULL,
    delay character varying(255) NOT NULL,
    nextcheck integer NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (druleid)
);
CREATE TABLE zabbix.dchecks (
    dcheckid bigint NOT NULL,
    druleid bigint NOT NULL,
    type integer NOT NULL,
    key_ character varying(2048) NOT NULL,
    snmp_community character varying(255) NOT NULL,
    ports character varying(255) NOT NULL,
    snmpv3_securityname character varying(64) NOT NULL,
    snmpv3_securitylevel integer NOT NULL,
    snmpv3_authpassphrase character varying(64) NOT NULL,
    snmpv3_privpassphrase character varying(64) NOT NULL,
    uniq integer NOT NULL,
    snmpv3_authprotocol integer NOT NULL,
    snmpv3_privprotocol integer NOT NULL,
    snmpv3_contextname character varying(255) NOT NULL,
    host_source integer NOT NULL,
    name_source integer NOT NULL,
    PRIMARY KEY (dcheckid)
);
CREATE TABLE zabbix.httptest (
    httptestid bigint NOT NULL,
    name character varying(64) NOT NULL,
    nextcheck integer NOT NULL,
    delay character varying(255) NOT NULL,
    status integer NOT NULL,
    agent character varying(255) NOT NULL,
    authentication integer NOT NULL,
    http_user character varying(64) NOT NULL,
    http_password character varying(64) NOT NULL,
    hostid bigint NOT NULL,
    templateid bigint,
    http_proxy character varying(255) NOT NULL,
    retries integer NOT NULL,
    ssl_cert_file character varying(255) NOT NULL,
    ssl_key_file character varying(255) NOT NULL,
    ssl_key_password character varying(64) NOT NULL,
    verify_peer integer NOT NULL,
    verify_host integer NOT NULL,
    uuid character varying(32) NOT NULL,
    PRIMARY KEY (httptestid)
);
CREATE TABLE zabbix.httpstep (
    httpstepid bigint NOT NULL,
    httptestid bigint NOT NULL,
    name character varying(64) NOT NULL,
    no integer NOT NULL,
    url character varying(2048) NOT NULL,
    timeout character varying(255) NOT NULL,
    posts text NOT NULL,
    required character varying(255) NOT NULL,
    status_codes character varying(255) NOT NULL,
    follow_redirects integer NOT NULL,
    retrieve_mode integer NOT NULL,
    post_type integer NOT NULL,
    PRIMARY KEY (httpstepid)
);
CREATE TABLE zabbix.interface (
    interfaceid bigint NOT NULL,
    hostid bigint NOT NULL,
    main integer NOT NULL,
    type integer NOT NULL,
    useip integer NOT NULL,
    ip character varying(64) NOT NULL,
    dns character varying(255) NOT NULL,
    port character varying(64) NOT NULL,
    available integer NOT NULL,
    error character varying(2048) NOT NULL,
    errors_from integer NOT NULL,
    disable_until integer NOT NULL,
    PRIMARY KEY (interfaceid)
);
CREATE TABLE zabbix.valuemap (
    valuemapid bigint NOT NULL,
    hostid bigint NOT NULL,
    name character varying(64) NOT NULL,
    uuid character varying(32) NOT NULL,
    PRIMARY KEY (valuemapid)
);
CREATE TABLE zabbix.items (
    itemid bigint NOT NULL,
    type integer NOT NULL,
    snmp_oid character varying(512) NOT NULL,
    hostid bigint NOT NULL,
    name character varying(255) NOT NULL,
    key_ character varying(2048) NOT NULL,
    delay character varying(1024) NOT NULL,
    history character varying(255) NOT NULL,
    trends character varying(255) NOT NULL,
    status integer NOT NULL,
    value_type integer NOT NULL,
    trapper_hosts character varying(255) NOT NULL,
    units character varying(255) NOT NULL,
    formula character varying(255) NOT NULL,
    logtimefmt character varying(64) NOT NULL,
    templateid bigint,
    valuemapid bigint,
    params text NOT NULL,
    ipmi_sensor character varying(128) NOT NULL,
    authtype integer NOT NULL,
    username character varying(64) NOT NULL,
    password character varying(64) NOT NULL,
    publickey character varying(64) NOT NULL,
    privatekey character varying(64) NOT NULL,
    flags integer NOT NULL,
    interfaceid bigint,
    description text NOT NULL,
    inventory_link integer NOT NULL,
    lifetime character varying(255) NOT NULL,
    evaltype integer NOT NULL,
    jmx_endpoint character varying(255) NOT NULL,
    master_itemid bigint,
    timeout character varying(255) NOT NULL,
    url character varying(2048) NOT NULL,
    query_fields character varying(2048) NOT NULL,
    posts text NOT NULL,
    status_codes character varying(255) NOT NULL,
    follow_redirects integer NOT NULL,
    post_type integer NOT NULL,
    http_proxy character varying(255) NOT NULL,
    headers text NOT NULL,
    retrieve_mode integer NOT NULL,
    request_method integer NOT NULL,
    output_format integer NOT NULL,
    ssl_cert_file character varying(255) NOT NULL,
    ssl_key_file character varying(255) NOT NULL,
    ssl_key_password character varying(64) NOT NULL,
    verify_peer integer NOT NULL,
    verify_host integer NOT NULL,
    allow_traps integer NOT NULL,
    discover integer NOT NULL,
    uuid character varying(32) NOT NULL,
    name_upper character varying(255) NOT NULL,
    PRIMARY KEY (itemid)
);
CREATE TABLE zabbix.httpstepitem (
    httpstepitemid bigint NOT NULL,
    httpstepid bigint NOT NULL,
    itemid bigint NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (httpstepitemid)
);
CREATE TABLE zabbix.httptestitem (
    httptestitemid bigint NOT NULL,
    httptestid bigint NOT NULL,
    itemid bigint NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (httptestitemid)
);
CREATE TABLE zabbix.media_type (
    mediatypeid bigint NOT NULL,
    type integer NOT NULL,
    name character varying(100) NOT NULL,
    smtp_server character varying(255) NOT NULL,
    smtp_helo character varying(255) NOT NULL,
    smtp_email character varying(255) NOT NULL,
    exec_path character varying(255) NOT NULL,
    gsm_modem character varying(255) NOT NULL,
    username character varying(255) NOT NULL,
    passwd character varying(255) NOT NULL,
    status integer NOT NULL,
    smtp_port integer NOT NULL,
    smtp_security integer NOT NULL,
    smtp_verify_peer integer NOT NULL,
    smtp_verify_host integer NOT NULL,
    smtp_authentication integer NOT NULL,
    exec_params character varying(255) NOT NULL,
    maxsessions integer NOT NULL,
    maxattempts integer NOT NULL,
    attempt_interval character varying(32) NOT NULL,
    content_type integer NOT NULL,
    script text NOT NULL,
    timeout character varying(32) NOT NULL,
    process_tags integer NOT NULL,
    show_event_menu integer NOT NULL,
    event_menu_url character varying(2048) NOT NULL,
    event_menu_name character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (mediatypeid)
);
CREATE TABLE zabbix.media_type_param (
    mediatype_paramid bigint NOT NULL,
    mediatypeid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(2048) NOT NULL,
    PRIMARY KEY (mediatype_paramid)
);
CREATE TABLE zabbix.media_type_message (
    mediatype_messageid bigint NOT NULL,
    mediatypeid bigint NOT NULL,
    eventsource integer NOT NULL,
    recovery integer NOT NULL,
    subject character varying(255) NOT NULL,
    message text NOT NULL,
    PRIMARY KEY (mediatype_messageid)
);
CREATE TABLE zabbix.usrgrp (
    usrgrpid bigint NOT NULL,
    name character varying(64) NOT NULL,
    gui_access integer NOT NULL,
    users_status integer NOT NULL,
    debug_mode integer NOT NULL,
    PRIMARY KEY (usrgrpid)
);
CREATE TABLE zabbix.users_groups (
    id bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    userid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zabbix.scripts (
    scriptid bigint NOT NULL,
    name character varying(255) NOT NULL,
    command text NOT NULL,
    host_access integer NOT NULL,
    usrgrpid bigint,
    groupid bigint,
    description text NOT NULL,
    confirmation character varying(255) NOT NULL,
    type integer NOT NULL,
    execute_on integer NOT NULL,
    timeout character varying(32) NOT NULL,
    scope integer NOT NULL,
    port character varying(64) NOT NULL,
    authtype integer NOT NULL,
    username character varying(64) NOT NULL,
    password character varying(64) NOT NULL,
    publickey character varying(64) NOT NULL,
    privatekey character varying(64) NOT NULL,
    menu_path character varying(255) NOT NULL,
    PRIMARY KEY (scriptid)
);
CREATE TABLE zabbix.script_param (
    script_paramid bigint NOT NULL,
    scriptid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(2048) NOT NULL,
    PRIMARY KEY (script_paramid)
);
CREATE TABLE zabbix.actions (
    actionid bigint NOT NULL,
    name character varying(255) NOT NULL,
    eventsource integer NOT NULL,
    evaltype integer NOT NULL,
    status integer NOT NULL,
    esc_period character varying(255) NOT NULL,
    formula character varying(1024) NOT NULL,
    pause_suppressed integer NOT NULL,
    notify_if_canceled integer NOT NULL,
    PRIMARY KEY (actionid)
);
CREATE TABLE zabbix.operations (
    operationid bigint NOT NULL,
    actionid bigint NOT NULL,
    operationtype integer NOT NULL,
    esc_period character varying(255) NOT NULL,
    esc_step_from integer NOT NULL,
    esc_step_to integer NOT NULL,
    evaltype integer NOT NULL,
    recovery integer NOT NULL,
    PRIMARY KEY (operationid)
);
CREATE TABLE zabbix.opmessage (
    operationid bigint NOT NULL,
    default_msg integer NOT NULL,
    subject character varying(255) NOT NULL,
    message text NOT NULL,
    mediatypeid bigint,
    PRIMARY KEY (operationid)
);
CREATE TABLE zabbix.opmessage_grp (
    opmessage_grpid bigint NOT NULL,
    operationid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    PRIMARY KEY (opmessage_grpid)
);
CREATE TABLE zabbix.opmessage_usr (
    opmessage_usrid bigint NOT NULL,
    operationid bigint NOT NULL,
    userid bigint NOT NULL,
    PRIMARY KEY (opmessage_usrid)
);
CREATE TABLE zabbix.opcommand (
    operationid bigint NOT NULL,
    scriptid bigint NOT NULL,
    PRIMARY KEY (operationid)
);
CREATE TABLE zabbix.opcommand_hst (
    opcommand_hstid bigint NOT NULL,
    operationid bigint NOT NULL,
    hostid bigint,
    PRIMARY KEY (opcommand_hstid)
);
CREATE TABLE zabbix.opcommand_grp (
    opcommand_grpid bigint NOT NULL,
    operationid bigint NOT NULL,
    groupid bigint NOT NULL,
    PRIMARY KEY (opcommand_grpid)
);
CREATE TABLE zabbix.opgroup (
    opgroupid bigint NOT NULL,
    operationid bigint NOT NULL,
    groupid bigint NOT NULL,
    PRIMARY KEY (opgroupid)
);
CREATE TABLE zabbix.optemplate (
    optemplateid bigint NOT NULL,
    operationid bigint NOT NULL,
    templateid bigint NOT NULL,
    PRIMARY KEY (optemplateid)
);
CREATE TABLE zabbix.opconditions (
    opconditionid bigint NOT NULL,
    operationid bigint NOT NULL,
    conditiontype integer NOT NULL,
    operator integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (opconditionid)
);
CREATE TABLE zabbix.conditions (
    conditionid bigint NOT NULL,
    actionid bigint NOT NULL,
    conditiontype integer NOT NULL,
    operator integer NOT NULL,
    value character varying(255) NOT NULL,
    value2 character varying(255) NOT NULL,
    PRIMARY KEY (conditionid)
);
CREATE TABLE zabbix.config (
    configid bigint NOT NULL,
    work_period character varying(255) NOT NULL,
    alert_usrgrpid bigint,
    default_theme character varying(128) NOT NULL,
    authentication_type integer NOT NULL,
    ldap_host character varying(255) NOT NULL,
    ldap_port integer NOT NULL,
    ldap_base_dn character varying(255) NOT NULL,
    ldap_bind_dn character varying(255) NOT NULL,
    ldap_bind_password character varying(128) NOT NULL,
    ldap_search_attribute character varying(128) NOT NULL,
    discovery_groupid bigint NOT NULL,
    max_in_table integer NOT NULL,
    search_limit integer NOT NULL,
    severity_color_0 character varying(6) NOT NULL,
    severity_color_1 character varying(6) NOT NULL,
    severity_color_2 character varying(6) NOT NULL,
    severity_color_3 character varying(6) NOT NULL,
    severity_color_4 character varying(6) NOT NULL,
    severity_color_5 character varying(6) NOT NULL,
    severity_name_0 character varying(32) NOT NULL,
    severity_name_1 character varying(32) NOT NULL,
    severity_name_2 character varying(32) NOT NULL,
    severity_name_3 character varying(32) NOT NULL,
    severity_name_4 character varying(32) NOT NULL,
    severity_name_5 character varying(32) NOT NULL,
    ok_period character varying(32) NOT NULL,
    blink_period character varying(32) NOT NULL,
    problem_unack_color character varying(6) NOT NULL,
    problem_ack_color character varying(6) NOT NULL,
    ok_unack_color character varying(6) NOT NULL,
    ok_ack_color character varying(6) NOT NULL,
    problem_unack_style integer NOT NULL,
    problem_ack_style integer NOT NULL,
    ok_unack_style integer NOT NULL,
    ok_ack_style integer NOT NULL,
    snmptrap_logging integer NOT NULL,
    server_check_interval integer NOT NULL,
    hk_events_mode integer NOT NULL,
    hk_events_trigger character varying(32) NOT NULL,
    hk_events_internal character varying(32) NOT NULL,
    hk_events_discovery character varying(32) NOT NULL,
    hk_events_autoreg character varying(32) NOT NULL,
    hk_services_mode integer NOT NULL,
    hk_services character varying(32) NOT NULL,
    hk_audit_mode integer NOT NULL,
    hk_audit character varying(32) NOT NULL,
    hk_sessions_mode integer NOT NULL,
    hk_sessions character varying(32) NOT NULL,
    hk_history_mode integer NOT NULL,
    hk_history_global integer NOT NULL,
    hk_history character varying(32) NOT NULL,
    hk_trends_mode integer NOT NULL,
    hk_trends_global integer NOT NULL,
    hk_trends character varying(32) NOT NULL,
    default_inventory_mode integer NOT NULL,
    custom_color integer NOT NULL,
    http_auth_enabled integer NOT NULL,
    http_login_form integer NOT NULL,
    http_strip_domains character varying(2048) NOT NULL,
    http_case_sensitive integer NOT NULL,
    ldap_configured integer NOT NULL,
    ldap_case_sensitive integer NOT NULL,
    db_extension character varying(32) NOT NULL,
    autoreg_tls_accept integer NOT NULL,
    compression_status integer NOT NULL,
    compress_older character varying(32) NOT NULL,
    instanceid character varying(32) NOT NULL,
    saml_auth_enabled integer NOT NULL,
    saml_idp_entityid character varying(1024) NOT NULL,
    saml_sso_url character varying(2048) NOT NULL,
    saml_slo_url character varying(2048) NOT NULL,
    saml_username_attribute character varying(128) NOT NULL,
    saml_sp_entityid character varying(1024) NOT NULL,
    saml_nameid_format character varying(2048) NOT NULL,
    saml_sign_messages integer NOT NULL,
    saml_sign_assertions integer NOT NULL,
    saml_sign_authn_requests integer NOT NULL,
    saml_sign_logout_requests integer NOT NULL,
    saml_sign_logout_responses integer NOT NULL,
    saml_encrypt_nameid integer NOT NULL,
    saml_encrypt_assertions integer NOT NULL,
    saml_case_sensitive integer NOT NULL,
    default_lang character varying(5) NOT NULL,
    default_timezone character varying(50) NOT NULL,
    login_attempts integer NOT NULL,
    login_block character varying(32) NOT NULL,
    show_technical_errors integer NOT NULL,
    validate_uri_schemes integer NOT NULL,
    uri_valid_schemes character varying(255) NOT NULL,
    x_frame_options character varying(255) NOT NULL,
    iframe_sandboxing_enabled integer NOT NULL,
    iframe_sandboxing_exceptions character varying(255) NOT NULL,
    max_overview_table_size integer NOT NULL,
    history_period character varying(32) NOT NULL,
    period_default character varying(32) NOT NULL,
    max_period character varying(32) NOT NULL,
    socket_timeout character varying(32) NOT NULL,
    connect_timeout character varying(32) NOT NULL,
    media_type_test_timeout character varying(32) NOT NULL,
    script_timeout character varying(32) NOT NULL,
    item_test_timeout character varying(32) NOT NULL,
    session_key character varying(32) NOT NULL,
    url character varying(255) NOT NULL,
    report_test_timeout character varying(32) NOT NULL,
    dbversion_status text NOT NULL,
    hk_events_service character varying(32) NOT NULL,
    passwd_min_length integer NOT NULL,
    passwd_check_rules integer NOT NULL,
    auditlog_enabled integer NOT NULL,
    ha_failover_delay character varying(32) NOT NULL,
    geomaps_tile_provider character varying(255) NOT NULL,
    geomaps_tile_url character varying(1024) NOT NULL,
    geomaps_max_zoom integer NOT NULL,
    geomaps_attribution character varying(1024) NOT NULL,
    PRIMARY KEY (configid)
);
CREATE TABLE zabbix.triggers (
    triggerid bigint NOT NULL,
    expression character varying(2048) NOT NULL,
    description text NOT NULL,
    url character varying(255) NOT NULL,
    status integer NOT NULL,
    value integer NOT NULL,
    priority integer NOT NULL,
    lastchange integer NOT NULL,
    comments text NOT NULL,
    error character varying(2048) NOT NULL,
    templateid bigint,
    type integer NOT NULL,
    state integer NOT NULL,
    flags integer NOT NULL,
    recovery_mode integer NOT NULL,
    recovery_expression character varying(2048) NOT NULL,
    correlation_mode integer NOT NULL,
    correlation_tag character varying(255) NOT NULL,
    manual_close integer NOT NULL,
    opdata character varying(255) NOT NULL,
    discover integer NOT NULL,
    event_name character varying(2048) NOT NULL,
    uuid character varying(32) NOT NULL,
    PRIMARY KEY (triggerid)
);
CREATE TABLE zabbix.trigger_depends (
    triggerdepid bigint NOT NULL,
    triggerid_down bigint NOT NULL,
    triggerid_up bigint NOT NULL,
    PRIMARY KEY (triggerdepid)
);
CREATE TABLE zabbix.functions (
    functionid bigint NOT NULL,
    itemid bigint NOT NULL,
    triggerid bigint NOT NULL,
    name character varying(12) NOT NULL,
    parameter character varying(255) NOT NULL,
    PRIMARY KEY (functionid)
);
CREATE TABLE zabbix.graphs (
    graphid bigint NOT NULL,
    name character varying(128) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    yaxismin double precision NOT NULL,
    yaxismax double precision NOT NULL,
    templateid bigint,
    show_work_period integer NOT NULL,
    show_triggers integer NOT NULL,
    graphtype integer NOT NULL,
    show_legend integer NOT NULL,
    show_3d integer NOT NULL,
    percent_left double precision NOT NULL,
    percent_right double precision NOT NULL,
    ymin_type integer NOT NULL,
    ymax_type integer NOT NULL,
    ymin_itemid bigint,
    ymax_itemid bigint,
    flags integer NOT NULL,
    discover integer NOT NULL,
    uuid character varying(32) NOT NULL,
    PRIMARY KEY (graphid)
);
CREATE TABLE zabbix.graphs_items (
    gitemid bigint NOT NULL,
    graphid bigint NOT NULL,
    itemid bigint NOT NULL,
    drawtype integer NOT NULL,
    sortorder integer NOT NULL,
    color character varying(6) NOT NULL,
    yaxisside integer NOT NULL,
    calc_fnc integer NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (gitemid)
);
CREATE TABLE zabbix.graph_theme (
    graphthemeid bigint NOT NULL,
    theme character varying(64) NOT NULL,
    backgroundcolor character varying(6) NOT NULL,
    graphcolor character varying(6) NOT NULL,
    gridcolor character varying(6) NOT NULL,
    maingridcolor character varying(6) NOT NULL,
    gridbordercolor character varying(6) NOT NULL,
    textcolor character varying(6) NOT NULL,
    highlightcolor character varying(6) NOT NULL,
    leftpercentilecolor character varying(6) NOT NULL,
    rightpercentilecolor character varying(6) NOT NULL,
    nonworktimecolor character varying(6) NOT NULL,
    colorpalette character varying(255) NOT NULL,
    PRIMARY KEY (graphthemeid)
);
CREATE TABLE zabbix.globalmacro (
    globalmacroid bigint NOT NULL,
    macro character varying(255) NOT NULL,
    value character varying(2048) NOT NULL,
    description text NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (globalmacroid)
);
CREATE TABLE zabbix.hostmacro (
    hostmacroid bigint NOT NULL,
    hostid bigint NOT NULL,
    macro character varying(255) NOT NULL,
    value character varying(2048) NOT NULL,
    description text NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (hostmacroid)
);
CREATE TABLE zabbix.hosts_groups (
    hostgroupid bigint NOT NULL,
    hostid bigint NOT NULL,
    groupid bigint NOT NULL,
    PRIMARY KEY (hostgroupid)
);
CREATE TABLE zabbix.hosts_templates (
    hosttemplateid bigint NOT NULL,
    hostid bigint NOT NULL,
    templateid bigint NOT NULL,
    PRIMARY KEY (hosttemplateid)
);
CREATE TABLE zabbix.valuemap_mapping (
    valuemap_mappingid bigint NOT NULL,
    valuemapid bigint NOT NULL,
    value character varying(64) NOT NULL,
    newvalue character varying(64) NOT NULL,
    type integer NOT NULL,
    sortorder integer NOT NULL,
    PRIMARY KEY (valuemap_mappingid)
);
CREATE TABLE zabbix.media (
    mediaid bigint NOT NULL,
    userid bigint NOT NULL,
    mediatypeid bigint NOT NULL,
    sendto character varying(1024) NOT NULL,
    active integer NOT NULL,
    severity integer NOT NULL,
    period character varying(1024) NOT NULL,
    PRIMARY KEY (mediaid)
);
CREATE TABLE zabbix.rights (
    rightid bigint NOT NULL,
    groupid bigint NOT NULL,
    permission integer NOT NULL,
    id bigint NOT NULL,
    PRIMARY KEY (rightid)
);
CREATE TABLE zabbix.services (
    serviceid bigint NOT NULL,
    name character varying(128) NOT NULL,
    status integer NOT NULL,
    algorithm integer NOT NULL,
    sortorder integer NOT NULL,
    weight integer NOT NULL,
    propagation_rule integer NOT NULL,
    propagation_value integer NOT NULL,
    description text NOT NULL,
    uuid character varying(32) NOT NULL,
    created_at integer NOT NULL,
    PRIMARY KEY (serviceid)
);
CREATE TABLE zabbix.services_links (
    linkid bigint NOT NULL,
    serviceupid bigint NOT NULL,
    servicedownid bigint NOT NULL,
    PRIMARY KEY (linkid)
);
CREATE TABLE zabbix.icon_map (
    iconmapid bigint NOT NULL,
    name character varying(64) NOT NULL,
    default_iconid bigint NOT NULL,
    PRIMARY KEY (iconmapid)
);
CREATE TABLE zabbix.icon_mapping (
    iconmappingid bigint NOT NULL,
    iconmapid bigint NOT NULL,
    iconid bigint NOT NULL,
    inventory_link integer NOT NULL,
    expression character varying(64) NOT NULL,
    sortorder integer NOT NULL,
    PRIMARY KEY (iconmappingid)
);
CREATE TABLE zabbix.sysmaps (
    sysmapid bigint NOT NULL,
    name character varying(128) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    backgroundid bigint,
    label_type integer NOT NULL,
    label_location integer NOT NULL,
    highlight integer NOT NULL,
    expandproblem integer NOT NULL,
    markelements integer NOT NULL,
    show_unack integer NOT NULL,
    grid_size integer NOT NULL,
    grid_show integer NOT NULL,
    grid_align integer NOT NULL,
    label_format integer NOT NULL,
    label_type_host integer NOT NULL,
    label_type_hostgroup integer NOT NULL,
    label_type_trigger integer NOT NULL,
    label_type_map integer NOT NULL,
    label_type_image integer NOT NULL,
    label_string_host character varying(255) NOT NULL,
    label_string_hostgroup character varying(255) NOT NULL,
    label_string_trigger character varying(255) NOT NULL,
    label_string_map character varying(255) NOT NULL,
    label_string_image character varying(255) NOT NULL,
    iconmapid bigint,
    expand_macros integer NOT NULL,
    severity_min integer NOT NULL,
    userid bigint NOT NULL,
    private integer NOT NULL,
    show_suppressed integer NOT NULL,
    PRIMARY KEY (sysmapid)
);
CREATE TABLE zabbix.sysmaps_elements (
    selementid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    elementid bigint NOT NULL,
    elementtype integer NOT NULL,
    iconid_off bigint,
    iconid_on bigint,
    label character varying(2048) NOT NULL,
    label_location integer NOT NULL,
    x integer NOT NULL,
    y integer NOT NULL,
    iconid_disabled bigint,
    iconid_maintenance bigint,
    elementsubtype integer NOT NULL,
    areatype integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    viewtype integer NOT NULL,
    use_iconmap integer NOT NULL,
    evaltype integer NOT NULL,
    PRIMARY KEY (selementid)
);
CREATE TABLE zabbix.sysmaps_links (
    linkid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    selementid1 bigint NOT NULL,
    selementid2 bigint NOT NULL,
    drawtype integer NOT NULL,
    color character varying(6) NOT NULL,
    label character varying(2048) NOT NULL,
    PRIMARY KEY (linkid)
);
CREATE TABLE zabbix.sysmaps_link_triggers (
    linktriggerid bigint NOT NULL,
    linkid bigint NOT NULL,
    triggerid bigint NOT NULL,
    drawtype integer NOT NULL,
    color character varying(6) NOT NULL,
    PRIMARY KEY (linktriggerid)
);
CREATE TABLE zabbix.sysmap_element_url (
    sysmapelementurlid bigint NOT NULL,
    selementid bigint NOT NULL,
    name character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    PRIMARY KEY (sysmapelementurlid)
);
CREATE TABLE zabbix.sysmap_url (
    sysmapurlid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    name character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    elementtype integer NOT NULL,
    PRIMARY KEY (sysmapurlid)
);
CREATE TABLE zabbix.sysmap_user (
    sysmapuserid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    userid bigint NOT NULL,
    permission integer NOT NULL,
    PRIMARY KEY (sysmapuserid)
);
CREATE TABLE zabbix.sysmap_usrgrp (
    sysmapusrgrpid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    permission integer NOT NULL,
    PRIMARY KEY (sysmapusrgrpid)
);
CREATE TABLE zabbix.maintenances_hosts (
    maintenance_hostid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    hostid bigint NOT NULL,
    PRIMARY KEY (maintenance_hostid)
);
CREATE TABLE zabbix.maintenances_groups (
    maintenance_groupid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    groupid bigint NOT NULL,
    PRIMARY KEY (maintenance_groupid)
);
CREATE TABLE zabbix.timeperiods (
    timeperiodid bigint NOT NULL,
    timeperiod_type integer NOT NULL,
    every integer NOT NULL,
    month integer NOT NULL,
    dayofweek integer NOT NULL,
    day integer NOT NULL,
    start_time integer NOT NULL,
    period integer NOT NULL,
    start_date integer NOT NULL,
    PRIMARY KEY (timeperiodid)
);
CREATE TABLE zabbix.maintenances_windows (
    maintenance_timeperiodid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    timeperiodid bigint NOT NULL,
    PRIMARY KEY (maintenance_timeperiodid)
);
CREATE TABLE zabbix.regexps (
    regexpid bigint NOT NULL,
    name character varying(128) NOT NULL,
    test_string text NOT NULL,
    PRIMARY KEY (regexpid)
);
CREATE TABLE zabbix.expressions (
    expressionid bigint NOT NULL,
    regexpid bigint NOT NULL,
    expression character varying(255) NOT NULL,
    expression_type integer NOT NULL,
    exp_delimiter character varying(1) NOT NULL,
    case_sensitive integer NOT NULL,
    PRIMARY KEY (expressionid)
);
CREATE TABLE zabbix.ids (
    table_name character varying(64) NOT NULL,
    field_name character varying(64) NOT NULL,
    nextid bigint NOT NULL,
    PRIMARY KEY (table_name, field_name)
);
CREATE TABLE zabbix.alerts (
    alertid bigint NOT NULL,
    actionid bigint NOT NULL,
    eventid bigint NOT NULL,
    userid bigint,
    clock integer NOT NULL,
    mediatypeid bigint,
    sendto character varying(1024) NOT NULL,
    subject character varying(255) NOT NULL,
    message text NOT NULL,
    status integer NOT NULL,
    retries integer NOT NULL,
    error character varying(2048) NOT NULL,
    esc_step integer NOT NULL,
    alerttype integer NOT NULL,
    p_eventid bigint,
    acknowledgeid bigint,
    parameters text NOT NULL,
    PRIMARY KEY (alertid)
);
CREATE TABLE zabbix.history (
    itemid bigint NOT NULL,
    clock integer NOT NULL,
    value double precision NOT NULL,
    ns integer NOT NULL,
    PRIMARY KEY (itemid, clock, ns)
);
CREATE TABLE zabbix.history_uint (
    itemid bigint NOT NULL,
    clock integer NOT NULL,
    value numeric(20,0) NOT NULL,
    ns integer NOT NULL,
    PRIMARY KEY (itemid, clock, ns)
);
CREATE TABLE zabbix.history_str (
    itemid bigint NOT NULL,
    clock integer NOT NULL,
    value character varying(255) NOT NULL,
    ns integer NOT NULL,
    PRIMARY KEY (itemid, clock, ns)
);
CREATE TABLE zabbix.history_log (
    itemid bigint NOT NULL,
    clock integer NOT NULL,
    timestamp integer NOT NULL,
    source character varying(64) NOT NULL,
    severity integer NOT NULL,
    value text NOT NULL,
    logeventid integer NOT NULL,
    ns integer NOT NULL,
    PRIMARY KEY (itemid, clock, ns)
);
CREATE TABLE zabbix.history_text (
    itemid bigint NOT NULL,
    clock integer NOT NULL,
    value text NOT NULL,
    ns integer NOT NULL,
    PRIMARY KEY (itemid, clock, ns)
);
CREATE TABLE zabbix.proxy_history (
    id bigint NOT NULL,
    itemid bigint NOT NULL,
    clock integer NOT NULL,
    timestamp integer NOT NULL,
    source character varying(64) NOT NULL,
    severity integer NOT NULL,
    value text NOT NULL,
    logeventid integer NOT NULL,
    ns integer NOT NULL,
    state integer NOT NULL,
    lastlogsize numeric(20,0) NOT NULL,
    mtime integer NOT NULL,
    flags integer NOT NULL,
    write_clock integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zabbix.proxy_dhistory (
    id bigint NOT NULL,
    clock integer NOT NULL,
    druleid bigint NOT NULL,
    ip character varying(39) NOT NULL,
    port integer NOT NULL,
    value character varying(255) NOT NULL,
    status integer NOT NULL,
    dcheckid bigint,
    dns character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zabbix.events (
    eventid bigint NOT NULL,
    source integer NOT NULL,
    object integer NOT NULL,
    objectid bigint NOT NULL,
    clock integer NOT NULL,
    value integer NOT NULL,
    acknowledged integer NOT NULL,
    ns integer NOT NULL,
    name character varying(2048) NOT NULL,
    severity integer NOT NULL,
    PRIMARY KEY (eventid)
);
CREATE TABLE zabbix.trends (
    itemid bigint NOT NULL,
    clock integer NOT NULL,
    num integer NOT NULL,
    value_min double precision NOT NULL,
    value_avg double precision NOT NULL,
    value_max double precision NOT NULL,
    PRIMARY KEY (itemid, clock)
);
CREATE TABLE zabbix.trends_uint (
    itemid bigint NOT NULL,
    clock integer NOT NULL,
    num integer NOT NULL,
    value_min numeric(20,0) NOT NULL,
    value_avg numeric(20,0) NOT NULL,
    value_max numeric(20,0) NOT NULL,
    PRIMARY KEY (itemid, clock)
);
CREATE TABLE zabbix.acknowledges (
    acknowledgeid bigint NOT NULL,
    userid bigint NOT NULL,
    eventid bigint NOT NULL,
    clock integer NOT NULL,
    message character varying(2048) NOT NULL,
    action integer NOT NULL,
    old_severity integer NOT NULL,
    new_severity integer NOT NULL,
    PRIMARY KEY (acknowledgeid)
);
CREATE TABLE zabbix.auditlog (
    auditid character varying(25) NOT NULL,
    userid bigint,
    username character varying(100) NOT NULL,
    clock integer NOT NULL,
    ip character varying(39) NOT NULL,
    action integer NOT NULL,
    resourcetype integer NOT NULL,
    resourceid bigint,
    resource_cuid character varying(25),
    resourcename character varying(255) NOT NULL,
    recordsetid character varying(25) NOT NULL,
    details text NOT NULL,
    PRIMARY KEY (auditid)
);
CREATE TABLE zabbix.service_alarms (
    servicealarmid bigint NOT NULL,
    serviceid bigint NOT NULL,
    clock integer NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (servicealarmid)
);
CREATE TABLE zabbix.autoreg_host (
    autoreg_hostid bigint NOT NULL,
    proxy_hostid bigint,
    host character varying(128) NOT NULL,
    listen_ip character varying(39) NOT NULL,
    listen_port integer NOT NULL,
    listen_dns character varying(255) NOT NULL,
    host_metadata character varying(255) NOT NULL,
    flags integer NOT NULL,
    tls_accepted integer NOT NULL,
    PRIMARY KEY (autoreg_hostid)
);
CREATE TABLE zabbix.proxy_autoreg_host (
    id bigint NOT NULL,
    clock integer NOT NULL,
    host character varying(128) NOT NULL,
    listen_ip character varying(39) NOT NULL,
    listen_port integer NOT NULL,
    listen_dns character varying(255) NOT NULL,
    host_metadata character varying(255) NOT NULL,
    flags integer NOT NULL,
    tls_accepted integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zabbix.dhosts (
    dhostid bigint NOT NULL,
    druleid bigint NOT NULL,
    status integer NOT NULL,
    lastup integer NOT NULL,
    lastdown integer NOT NULL,
    PRIMARY KEY (dhostid)
);
CREATE TABLE zabbix.dservices (
    dserviceid bigint NOT NULL,
    dhostid bigint NOT NULL,
    value character varying(255) NOT NULL,
    port integer NOT NULL,
    status integer NOT NULL,
    lastup integer NOT NULL,
    lastdown integer NOT NULL,
    dcheckid bigint NOT NULL,
    ip character varying(39) NOT NULL,
    dns character varying(255) NOT NULL,
    PRIMARY KEY (dserviceid)
);
CREATE TABLE zabbix.escalations (
    escalationid bigint NOT NULL,
    actionid bigint NOT NULL,
    triggerid bigint,
    eventid bigint,
    r_eventid bigint,
    nextcheck integer NOT NULL,
    esc_step integer NOT NULL,
    status integer NOT NULL,
    itemid bigint,
    acknowledgeid bigint,
    servicealarmid bigint,
    serviceid bigint,
    PRIMARY KEY (escalationid)
);
CREATE TABLE zabbix.globalvars (
    globalvarid bigint NOT NULL,
    snmp_lastsize numeric(20,0) NOT NULL,
    PRIMARY KEY (globalvarid)
);
CREATE TABLE zabbix.graph_discovery (
    graphid bigint NOT NULL,
    parent_graphid bigint NOT NULL,
    lastcheck integer NOT NULL,
    ts_delete integer NOT NULL,
    PRIMARY KEY (graphid)
);
CREATE TABLE zabbix.host_inventory (
    hostid bigint NOT NULL,
    inventory_mode integer NOT NULL,
    type character varying(64) NOT NULL,
    type_full character varying(64) NOT NULL,
    name character varying(128) NOT NULL,
    alias character varying(128) NOT NULL,
    os character varying(128) NOT NULL,
    os_full character varying(255) NOT NULL,
    os_short character varying(128) NOT NULL,
    serialno_a character varying(64) NOT NULL,
    serialno_b character varying(64) NOT NULL,
    tag character varying(64) NOT NULL,
    asset_tag character varying(64) NOT NULL,
    macaddress_a character varying(64) NOT NULL,
    macaddress_b character varying(64) NOT NULL,
    hardware character varying(255) NOT NULL,
    hardware_full text NOT NULL,
    software character varying(255) NOT NULL,
    software_full text NOT NULL,
    software_app_a character varying(64) NOT NULL,
    software_app_b character varying(64) NOT NULL,
    software_app_c character varying(64) NOT NULL,
    software_app_d character varying(64) NOT NULL,
    software_app_e character varying(64) NOT NULL,
    contact text NOT NULL,
    location text NOT NULL,
    location_lat character varying(16) NOT NULL,
    location_lon character varying(16) NOT NULL,
    notes text NOT NULL,
    chassis character varying(64) NOT NULL,
    model character varying(64) NOT NULL,
    hw_arch character varying(32) NOT NULL,
    vendor character varying(64) NOT NULL,
    contract_number character varying(64) NOT NULL,
    installer_name character varying(64) NOT NULL,
    deployment_status character varying(64) NOT NULL,
    url_a character varying(255) NOT NULL,
    url_b character varying(255) NOT NULL,
    url_c character varying(255) NOT NULL,
    host_networks text NOT NULL,
    host_netmask character varying(39) NOT NULL,
    host_router character varying(39) NOT NULL,
    oob_ip character varying(39) NOT NULL,
    oob_netmask character varying(39) NOT NULL,
    oob_router character varying(39) NOT NULL,
    date_hw_purchase character varying(64) NOT NULL,
    date_hw_install character varying(64) NOT NULL,
    date_hw_expiry character varying(64) NOT NULL,
    date_hw_decomm character varying(64) NOT NULL,
    site_address_a character varying(128) NOT NULL,
    site_address_b character varying(128) NOT NULL,
    site_address_c character varying(128) NOT NULL,
    site_city character varying(128) NOT NULL,
    site_state character varying(64) NOT NULL,
    site_country character varying(64) NOT NULL,
    site_zip character varying(64) NOT NULL,
    site_rack character varying(128) NOT NULL,
    site_notes text NOT NULL,
    poc_1_name character varying(128) NOT NULL,
    poc_1_email character varying(128) NOT NULL,
    poc_1_phone_a character varying(64) NOT NULL,
    poc_1_phone_b character varying(64) NOT NULL,
    poc_1_cell character varying(64) NOT NULL,
    poc_1_screen character varying(64) NOT NULL,
    poc_1_notes text NOT NULL,
    poc_2_name character varying(128) NOT NULL,
    poc_2_email character varying(128) NOT NULL,
    poc_2_phone_a character varying(64) NOT NULL,
    poc_2_phone_b character varying(64) NOT NULL,
    poc_2_cell character varying(64) NOT NULL,
    poc_2_screen character varying(64) NOT NULL,
    poc_2_notes text NOT NULL,
    PRIMARY KEY (hostid)
);
CREATE TABLE zabbix.housekeeper (
    housekeeperid bigint NOT NULL,
    tablename character varying(64) NOT NULL,
    field character varying(64) NOT NULL,
    value bigint NOT NULL,
    PRIMARY KEY (housekeeperid)
);
CREATE TABLE zabbix.images (
    imageid bigint NOT NULL,
    imagetype integer NOT NULL,
    name character varying(64) NOT NULL,
    image bytea NOT NULL,
    PRIMARY KEY (imageid)
);
CREATE TABLE zabbix.item_discovery (
    itemdiscoveryid bigint NOT NULL,
    itemid bigint NOT NULL,
    parent_itemid bigint NOT NULL,
    key_ character varying(2048) NOT NULL,
    lastcheck integer NOT NULL,
    ts_delete integer NOT NULL,
    PRIMARY KEY (itemdiscoveryid)
);
CREATE TABLE zabbix.host_discovery (
    hostid bigint NOT NULL,
    parent_hostid bigint,
    parent_itemid bigint,
    host character varying(128) NOT NULL,
    lastcheck integer NOT NULL,
    ts_delete integer NOT NULL,
    PRIMARY KEY (hostid)
);
CREATE TABLE zabbix.interface_discovery (
    interfaceid bigint NOT NULL,
    parent_interfaceid bigint NOT NULL,
    PRIMARY KEY (interfaceid)
);
CREATE TABLE zabbix.profiles (
    profileid bigint NOT NULL,
    userid bigint NOT NULL,
    idx character varying(96) NOT NULL,
    idx2 bigint NOT NULL,
    value_id bigint NOT NULL,
    value_int integer NOT NULL,
    value_str text NOT NULL,
    source character varying(96) NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (profileid)
);
CREATE TABLE zabbix.sessions (
    sessionid character varying(32) NOT NULL,
    userid bigint NOT NULL,
    lastaccess integer NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (sessionid)
);
CREATE TABLE zabbix.trigger_discovery (
    triggerid bigint NOT NULL,
    parent_triggerid bigint NOT NULL,
    lastcheck integer NOT NULL,
    ts_delete integer NOT NULL,
    PRIMARY KEY (triggerid)
);
CREATE TABLE zabbix.item_condition (
    item_conditionid bigint NOT NULL,
    itemid bigint NOT NULL,
    operator integer NOT NULL,
    macro character varying(64) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (item_conditionid)
);
CREATE TABLE zabbix.item_rtdata (
    itemid bigint NOT NULL,
    lastlogsize numeric(20,0) NOT NULL,
    state integer NOT NULL,
    mtime integer NOT NULL,
    error character varying(2048) NOT NULL,
    PRIMARY KEY (itemid)
);
CREATE TABLE zabbix.opinventory (
    operationid bigint NOT NULL,
    inventory_mode integer NOT NULL,
    PRIMARY KEY (operationid)
);
CREATE TABLE zabbix.trigger_tag (
    triggertagid bigint NOT NULL,
    triggerid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (triggertagid)
);
CREATE TABLE zabbix.event_tag (
    eventtagid bigint NOT NULL,
    eventid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (eventtagid)
);
CREATE TABLE zabbix.problem (
    eventid bigint NOT NULL,
    source integer NOT NULL,
    object integer NOT NULL,
    objectid bigint NOT NULL,
    clock integer NOT NULL,
    ns integer NOT NULL,
    r_eventid bigint,
    r_clock integer NOT NULL,
    r_ns integer NOT NULL,
    correlationid bigint,
    userid bigint,
    name character varying(2048) NOT NULL,
    acknowledged integer NOT NULL,
    severity integer NOT NULL,
    PRIMARY KEY (eventid)
);
CREATE TABLE zabbix.problem_tag (
    problemtagid bigint NOT NULL,
    eventid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (problemtagid)
);
CREATE TABLE zabbix.tag_filter (
    tag_filterid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    groupid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (tag_filterid)
);
CREATE TABLE zabbix.event_recovery (
    eventid bigint NOT NULL,
    r_eventid bigint NOT NULL,
    c_eventid bigint,
    correlationid bigint,
    userid bigint,
    PRIMARY KEY (eventid)
);
CREATE TABLE zabbix.correlation (
    correlationid bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    evaltype integer NOT NULL,
    status integer NOT NULL,
    formula character varying(255) NOT NULL,
    PRIMARY KEY (correlationid)
);
CREATE TABLE zabbix.corr_condition (
    corr_conditionid bigint NOT NULL,
    correlationid bigint NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (corr_conditionid)
);
CREATE TABLE zabbix.corr_condition_tag (
    corr_conditionid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    PRIMARY KEY (corr_conditionid)
);
CREATE TABLE zabbix.corr_condition_group (
    corr_conditionid bigint NOT NULL,
    operator integer NOT NULL,
    groupid bigint NOT NULL,
    PRIMARY KEY (corr_conditionid)
);
CREATE TABLE zabbix.corr_condition_tagpair (
    corr_conditionid bigint NOT NULL,
    oldtag character varying(255) NOT NULL,
    newtag character varying(255) NOT NULL,
    PRIMARY KEY (corr_conditionid)
);
CREATE TABLE zabbix.corr_condition_tagvalue (
    corr_conditionid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    operator integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (corr_conditionid)
);
CREATE TABLE zabbix.corr_operation (
    corr_operationid bigint NOT NULL,
    correlationid bigint NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (corr_operationid)
);
CREATE TABLE zabbix.task (
    taskid bigint NOT NULL,
    type integer NOT NULL,
    status integer NOT NULL,
    clock integer NOT NULL,
    ttl integer NOT NULL,
    proxy_hostid bigint,
    PRIMARY KEY (taskid)
);
CREATE TABLE zabbix.task_close_problem (
    taskid bigint NOT NULL,
    acknowledgeid bigint NOT NULL,
    PRIMARY KEY (taskid)
);
CREATE TABLE zabbix.item_preproc (
    item_preprocid bigint NOT NULL,
    itemid bigint NOT NULL,
    step integer NOT NULL,
    type integer NOT NULL,
    params text NOT NULL,
    error_handler integer NOT NULL,
    error_handler_params character varying(255) NOT NULL,
    PRIMARY KEY (item_preprocid)
);
CREATE TABLE zabbix.task_remote_command (
    taskid bigint NOT NULL,
    command_type integer NOT NULL,
    execute_on integer NOT NULL,
    port integer NOT NULL,
    authtype integer NOT NULL,
    username character varying(64) NOT NULL,
    password character varying(64) NOT NULL,
    publickey character varying(64) NOT NULL,
    privatekey character varying(64) NOT NULL,
    command text NOT NULL,
    alertid bigint,
    parent_taskid bigint NOT NULL,
    hostid bigint NOT NULL,
    PRIMARY KEY (taskid)
);
CREATE TABLE zabbix.task_remote_command_result (
    taskid bigint NOT NULL,
    status integer NOT NULL,
    parent_taskid bigint NOT NULL,
    info text NOT NULL,
    PRIMARY KEY (taskid)
);
CREATE TABLE zabbix.task_data (
    taskid bigint NOT NULL,
    type integer NOT NULL,
    data text NOT NULL,
    parent_taskid bigint NOT NULL,
    PRIMARY KEY (taskid)
);
CREATE TABLE zabbix.task_result (
    taskid bigint NOT NULL,
    status integer NOT NULL,
    parent_taskid bigint NOT NULL,
    info text NOT NULL,
    PRIMARY KEY (taskid)
);
CREATE TABLE zabbix.task_acknowledge (
    taskid bigint NOT NULL,
    acknowledgeid bigint NOT NULL,
    PRIMARY KEY (taskid)
);
CREATE TABLE zabbix.sysmap_shape (
    sysmap_shapeid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    type integer NOT NULL,
    x integer NOT NULL,
    y integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    text text NOT NULL,
    font integer NOT NULL,
    font_size integer NOT NULL,
    font_color character varying(6) NOT NULL,
    text_halign integer NOT NULL,
    text_valign integer NOT NULL,
    border_type integer NOT NULL,
    border_width integer NOT NULL,
    border_color character varying(6) NOT NULL,
    background_color character varying(6) NOT NULL,
    zindex integer NOT NULL,
    PRIMARY KEY (sysmap_shapeid)
);
CREATE TABLE zabbix.sysmap_element_trigger (
    selement_triggerid bigint NOT NULL,
    selementid bigint NOT NULL,
    triggerid bigint NOT NULL,
    PRIMARY KEY (selement_triggerid)
);
CREATE TABLE zabbix.httptest_field (
    httptest_fieldid bigint NOT NULL,
    httptestid bigint NOT NULL,
    type integer NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (httptest_fieldid)
);
CREATE TABLE zabbix.httpstep_field (
    httpstep_fieldid bigint NOT NULL,
    httpstepid bigint NOT NULL,
    type integer NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (httpstep_fieldid)
);
CREATE TABLE zabbix.dashboard (
    dashboardid bigint NOT NULL,
    name character varying(255) NOT NULL,
    userid bigint,
    private integer NOT NULL,
    templateid bigint,
    display_period integer NOT NULL,
    auto_start integer NOT NULL,
    uuid character varying(32) NOT NULL,
    PRIMARY KEY (dashboardid)
);
CREATE TABLE zabbix.dashboard_user (
    dashboard_userid bigint NOT NULL,
    dashboardid bigint NOT NULL,
    userid bigint NOT NULL,
    permission integer NOT NULL,
    PRIMARY KEY (dashboard_userid)
);
CREATE TABLE zabbix.dashboard_usrgrp (
    dashboard_usrgrpid bigint NOT NULL,
    dashboardid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    permission integer NOT NULL,
    PRIMARY KEY (dashboard_usrgrpid)
);
CREATE TABLE zabbix.dashboard_page (
    dashboard_pageid bigint NOT NULL,
    dashboardid bigint NOT NULL,
    name character varying(255) NOT NULL,
    display_period integer NOT NULL,
    sortorder integer NOT NULL,
    PRIMARY KEY (dashboard_pageid)
);
CREATE TABLE zabbix.widget (
    widgetid bigint NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    x integer NOT NULL,
    y integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    view_mode integer NOT NULL,
    dashboard_pageid bigint NOT NULL,
    PRIMARY KEY (widgetid)
);
CREATE TABLE zabbix.widget_field (
    widget_fieldid bigint NOT NULL,
    widgetid bigint NOT NULL,
    type integer NOT NULL,
    name character varying(255) NOT NULL,
    value_int integer NOT NULL,
    value_str character varying(255) NOT NULL,
    value_groupid bigint,
    value_hostid bigint,
    value_itemid bigint,
    value_graphid bigint,
    value_sysmapid bigint,
    value_serviceid bigint,
    value_slaid bigint,
    PRIMARY KEY (widget_fieldid)
);
CREATE TABLE zabbix.task_check_now (
    taskid bigint NOT NULL,
    itemid bigint NOT NULL,
    PRIMARY KEY (taskid)
);
CREATE TABLE zabbix.event_suppress (
    event_suppressid bigint NOT NULL,
    eventid bigint NOT NULL,
    maintenanceid bigint,
    suppress_until integer NOT NULL,
    PRIMARY KEY (event_suppressid)
);
CREATE TABLE zabbix.maintenance_tag (
    maintenancetagid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    operator integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (maintenancetagid)
);
CREATE TABLE zabbix.lld_macro_path (
    lld_macro_pathid bigint NOT NULL,
    itemid bigint NOT NULL,
    lld_macro character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    PRIMARY KEY (lld_macro_pathid)
);
CREATE TABLE zabbix.host_tag (
    hosttagid bigint NOT NULL,
    hostid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (hosttagid)
);
CREATE TABLE zabbix.config_autoreg_tls (
    autoreg_tlsid bigint NOT NULL,
    tls_psk_identity character varying(128) NOT NULL,
    tls_psk character varying(512) NOT NULL,
    PRIMARY KEY (autoreg_tlsid)
);
CREATE TABLE zabbix.module (
    moduleid bigint NOT NULL,
    id character varying(255) NOT NULL,
    relative_path character varying(255) NOT NULL,
    status integer NOT NULL,
    config text NOT NULL,
    PRIMARY KEY (moduleid)
);
CREATE TABLE zabbix.interface_snmp (
    interfaceid bigint NOT NULL,
    version integer NOT NULL,
    bulk integer NOT NULL,
    community character varying(64) NOT NULL,
    securityname character varying(64) NOT NULL,
    securitylevel integer NOT NULL,
    authpassphrase character varying(64) NOT NULL,
    privpassphrase character varying(64) NOT NULL,
    authprotocol integer NOT NULL,
    privprotocol integer NOT NULL,
    contextname character varying(255) NOT NULL,
    PRIMARY KEY (interfaceid)
);
CREATE TABLE zabbix.lld_override (
    lld_overrideid bigint NOT NULL,
    itemid bigint NOT NULL,
    name character varying(255) NOT NULL,
    step integer NOT NULL,
    evaltype integer NOT NULL,
    formula character varying(255) NOT NULL,
    stop integer NOT NULL,
    PRIMARY KEY (lld_overrideid)
);
CREATE TABLE zabbix.lld_override_condition (
    lld_override_conditionid bigint NOT NULL,
    lld_overrideid bigint NOT NULL,
    operator integer NOT NULL,
    macro character varying(64) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (lld_override_conditionid)
);
CREATE TABLE zabbix.lld_override_operation (
    lld_override_operationid bigint NOT NULL,
    lld_overrideid bigint NOT NULL,
    operationobject integer NOT NULL,
    operator integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (lld_override_operationid)
);
CREATE TABLE zabbix.lld_override_opstatus (
    lld_override_operationid bigint NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (lld_override_operationid)
);
CREATE TABLE zabbix.lld_override_opdiscover (
    lld_override_operationid bigint NOT NULL,
    discover integer NOT NULL,
    PRIMARY KEY (lld_override_operationid)
);
CREATE TABLE zabbix.lld_override_opperiod (
    lld_override_operationid bigint NOT NULL,
    delay character varying(1024) NOT NULL,
    PRIMARY KEY (lld_override_operationid)
);
CREATE TABLE zabbix.lld_override_ophistory (
    lld_override_operationid bigint NOT NULL,
    history character varying(255) NOT NULL,
    PRIMARY KEY (lld_override_operationid)
);
CREATE TABLE zabbix.lld_override_optrends (
    lld_override_operationid bigint NOT NULL,
    trends character varying(255) NOT NULL,
    PRIMARY KEY (lld_override_operationid)
);
CREATE TABLE zabbix.lld_override_opseverity (
    lld_override_operationid bigint NOT NULL,
    severity integer NOT NULL,
    PRIMARY KEY (lld_override_operationid)
);
CREATE TABLE zabbix.lld_override_optag (
    lld_override_optagid bigint NOT NULL,
    lld_override_operationid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (lld_override_optagid)
);
CREATE TABLE zabbix.lld_override_optemplate (
    lld_override_optemplateid bigint NOT NULL,
    lld_override_operationid bigint NOT NULL,
    templateid bigint NOT NULL,
    PRIMARY KEY (lld_override_optemplateid)
);
CREATE TABLE zabbix.lld_override_opinventory (
    lld_override_operationid bigint NOT NULL,
    inventory_mode integer NOT NULL,
    PRIMARY KEY (lld_override_operationid)
);
CREATE TABLE zabbix.trigger_queue (
    trigger_queueid bigint NOT NULL,
    objectid bigint NOT NULL,
    type integer NOT NULL,
    clock integer NOT NULL,
    ns integer NOT NULL,
    PRIMARY KEY (trigger_queueid)
);
CREATE TABLE zabbix.item_parameter (
    item_parameterid bigint NOT NULL,
    itemid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(2048) NOT NULL,
    PRIMARY KEY (item_parameterid)
);
CREATE TABLE zabbix.role_rule (
    role_ruleid bigint NOT NULL,
    roleid bigint NOT NULL,
    type integer NOT NULL,
    name character varying(255) NOT NULL,
    value_int integer NOT NULL,
    value_str character varying(255) NOT NULL,
    value_moduleid bigint,
    value_serviceid bigint,
    PRIMARY KEY (role_ruleid)
);
CREATE TABLE zabbix.token (
    tokenid bigint NOT NULL,
    name character varying(64) NOT NULL,
    description text NOT NULL,
    userid bigint NOT NULL,
    token character varying(128),
    lastaccess integer NOT NULL,
    status integer NOT NULL,
    expires_at integer NOT NULL,
    created_at integer NOT NULL,
    creator_userid bigint,
    PRIMARY KEY (tokenid)
);
CREATE TABLE zabbix.item_tag (
    itemtagid bigint NOT NULL,
    itemid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (itemtagid)
);
CREATE TABLE zabbix.httptest_tag (
    httptesttagid bigint NOT NULL,
    httptestid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (httptesttagid)
);
CREATE TABLE zabbix.sysmaps_element_tag (
    selementtagid bigint NOT NULL,
    selementid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    operator integer NOT NULL,
    PRIMARY KEY (selementtagid)
);
CREATE TABLE zabbix.report (
    reportid bigint NOT NULL,
    userid bigint NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(2048) NOT NULL,
    status integer NOT NULL,
    dashboardid bigint NOT NULL,
    period integer NOT NULL,
    cycle integer NOT NULL,
    weekdays integer NOT NULL,
    start_time integer NOT NULL,
    active_since integer NOT NULL,
    active_till integer NOT NULL,
    state integer NOT NULL,
    lastsent integer NOT NULL,
    info character varying(2048) NOT NULL,
    PRIMARY KEY (reportid)
);
CREATE TABLE zabbix.report_param (
    reportparamid bigint NOT NULL,
    reportid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (reportparamid)
);
CREATE TABLE zabbix.report_user (
    reportuserid bigint NOT NULL,
    reportid bigint NOT NULL,
    userid bigint NOT NULL,
    exclude integer NOT NULL,
    access_userid bigint,
    PRIMARY KEY (reportuserid)
);
CREATE TABLE zabbix.report_usrgrp (
    reportusrgrpid bigint NOT NULL,
    reportid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    access_userid bigint,
    PRIMARY KEY (reportusrgrpid)
);
CREATE TABLE zabbix.service_problem_tag (
    service_problem_tagid bigint NOT NULL,
    serviceid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    operator integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (service_problem_tagid)
);
CREATE TABLE zabbix.service_problem (
    service_problemid bigint NOT NULL,
    eventid bigint NOT NULL,
    serviceid bigint NOT NULL,
    severity integer NOT NULL,
    PRIMARY KEY (service_problemid)
);
CREATE TABLE zabbix.service_tag (
    servicetagid bigint NOT NULL,
    serviceid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (servicetagid)
);
CREATE TABLE zabbix.service_status_rule (
    service_status_ruleid bigint NOT NULL,
    serviceid bigint NOT NULL,
    type integer NOT NULL,
    limit_value integer NOT NULL,
    limit_status integer NOT NULL,
    new_status integer NOT NULL,
    PRIMARY KEY (service_status_ruleid)
);
CREATE TABLE zabbix.ha_node (
    ha_nodeid character varying(25) NOT NULL,
    name character varying(255) NOT NULL,
    address character varying(255) NOT NULL,
    port integer NOT NULL,
    lastaccess integer NOT NULL,
    status integer NOT NULL,
    ha_sessionid character varying(25) NOT NULL,
    PRIMARY KEY (ha_nodeid)
);
CREATE TABLE zabbix.sla (
    slaid bigint NOT NULL,
    name character varying(255) NOT NULL,
    period integer NOT NULL,
    slo double precision NOT NULL,
    effective_date integer NOT NULL,
    timezone character varying(50) NOT NULL,
    status integer NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (slaid)
);
CREATE TABLE zabbix.sla_schedule (
    sla_scheduleid bigint NOT NULL,
    slaid bigint NOT NULL,
    period_from integer NOT NULL,
    period_to integer NOT NULL,
    PRIMARY KEY (sla_scheduleid)
);
CREATE TABLE zabbix.sla_excluded_downtime (
    sla_excluded_downtimeid bigint NOT NULL,
    slaid bigint NOT NULL,
    name character varying(255) NOT NULL,
    period_from integer NOT NULL,
    period_to integer NOT NULL,
    PRIMARY KEY (sla_excluded_downtimeid)
);
CREATE TABLE zabbix.sla_service_tag (
    sla_service_tagid bigint NOT NULL,
    slaid bigint NOT NULL,
    tag character varying(255) NOT NULL,
    operator integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (sla_service_tagid)
);
CREATE TABLE zabbix.dbversion (
    dbversionid bigint NOT NULL,
    mandatory integer NOT NULL,
    optional integer NOT NULL,
    PRIMARY KEY (dbversionid)
);
ALTER TABLE zabbix.users ADD CONSTRAINT c_users_1 FOREIGN KEY (roleid) REFERENCES zabbix.role(roleid);
ALTER TABLE zabbix.hosts ADD CONSTRAINT c_hosts_1 FOREIGN KEY (proxy_hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.hosts ADD CONSTRAINT c_hosts_2 FOREIGN KEY (maintenanceid) REFERENCES zabbix.maintenances(maintenanceid);
ALTER TABLE zabbix.hosts ADD CONSTRAINT c_hosts_3 FOREIGN KEY (templateid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.group_prototype ADD CONSTRAINT c_group_prototype_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.group_prototype ADD CONSTRAINT c_group_prototype_2 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.group_prototype ADD CONSTRAINT c_group_prototype_3 FOREIGN KEY (templateid) REFERENCES zabbix.group_prototype(group_prototypeid);
ALTER TABLE zabbix.group_discovery ADD CONSTRAINT c_group_discovery_1 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.group_discovery ADD CONSTRAINT c_group_discovery_2 FOREIGN KEY (parent_group_prototypeid) REFERENCES zabbix.group_prototype(group_prototypeid);
ALTER TABLE zabbix.drules ADD CONSTRAINT c_drules_1 FOREIGN KEY (proxy_hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.dchecks ADD CONSTRAINT c_dchecks_1 FOREIGN KEY (druleid) REFERENCES zabbix.drules(druleid);
ALTER TABLE zabbix.httptest ADD CONSTRAINT c_httptest_2 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.httptest ADD CONSTRAINT c_httptest_3 FOREIGN KEY (templateid) REFERENCES zabbix.httptest(httptestid);
ALTER TABLE zabbix.httpstep ADD CONSTRAINT c_httpstep_1 FOREIGN KEY (httptestid) REFERENCES zabbix.httptest(httptestid);
ALTER TABLE zabbix.interface ADD CONSTRAINT c_interface_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.valuemap ADD CONSTRAINT c_valuemap_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.items ADD CONSTRAINT c_items_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.items ADD CONSTRAINT c_items_2 FOREIGN KEY (templateid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.items ADD CONSTRAINT c_items_3 FOREIGN KEY (valuemapid) REFERENCES zabbix.valuemap(valuemapid);
ALTER TABLE zabbix.items ADD CONSTRAINT c_items_4 FOREIGN KEY (interfaceid) REFERENCES zabbix.interface(interfaceid);
ALTER TABLE zabbix.items ADD CONSTRAINT c_items_5 FOREIGN KEY (master_itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.httpstepitem ADD CONSTRAINT c_httpstepitem_1 FOREIGN KEY (httpstepid) REFERENCES zabbix.httpstep(httpstepid);
ALTER TABLE zabbix.httpstepitem ADD CONSTRAINT c_httpstepitem_2 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.httptestitem ADD CONSTRAINT c_httptestitem_1 FOREIGN KEY (httptestid) REFERENCES zabbix.httptest(httptestid);
ALTER TABLE zabbix.httptestitem ADD CONSTRAINT c_httptestitem_2 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.media_type_param ADD CONSTRAINT c_media_type_param_1 FOREIGN KEY (mediatypeid) REFERENCES zabbix.media_type(mediatypeid);
ALTER TABLE zabbix.media_type_message ADD CONSTRAINT c_media_type_message_1 FOREIGN KEY (mediatypeid) REFERENCES zabbix.media_type(mediatypeid);
ALTER TABLE zabbix.users_groups ADD CONSTRAINT c_users_groups_1 FOREIGN KEY (usrgrpid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.users_groups ADD CONSTRAINT c_users_groups_2 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.scripts ADD CONSTRAINT c_scripts_1 FOREIGN KEY (usrgrpid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.scripts ADD CONSTRAINT c_scripts_2 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.script_param ADD CONSTRAINT c_script_param_1 FOREIGN KEY (scriptid) REFERENCES zabbix.scripts(scriptid);
ALTER TABLE zabbix.operations ADD CONSTRAINT c_operations_1 FOREIGN KEY (actionid) REFERENCES zabbix.actions(actionid);
ALTER TABLE zabbix.opmessage ADD CONSTRAINT c_opmessage_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.opmessage ADD CONSTRAINT c_opmessage_2 FOREIGN KEY (mediatypeid) REFERENCES zabbix.media_type(mediatypeid);
ALTER TABLE zabbix.opmessage_grp ADD CONSTRAINT c_opmessage_grp_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.opmessage_grp ADD CONSTRAINT c_opmessage_grp_2 FOREIGN KEY (usrgrpid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.opmessage_usr ADD CONSTRAINT c_opmessage_usr_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.opmessage_usr ADD CONSTRAINT c_opmessage_usr_2 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.opcommand ADD CONSTRAINT c_opcommand_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.opcommand ADD CONSTRAINT c_opcommand_2 FOREIGN KEY (scriptid) REFERENCES zabbix.scripts(scriptid);
ALTER TABLE zabbix.opcommand_hst ADD CONSTRAINT c_opcommand_hst_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.opcommand_hst ADD CONSTRAINT c_opcommand_hst_2 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.opcommand_grp ADD CONSTRAINT c_opcommand_grp_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.opcommand_grp ADD CONSTRAINT c_opcommand_grp_2 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.opgroup ADD CONSTRAINT c_opgroup_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.opgroup ADD CONSTRAINT c_opgroup_2 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.optemplate ADD CONSTRAINT c_optemplate_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.optemplate ADD CONSTRAINT c_optemplate_2 FOREIGN KEY (templateid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.opconditions ADD CONSTRAINT c_opconditions_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.conditions ADD CONSTRAINT c_conditions_1 FOREIGN KEY (actionid) REFERENCES zabbix.actions(actionid);
ALTER TABLE zabbix.config ADD CONSTRAINT c_config_1 FOREIGN KEY (alert_usrgrpid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.config ADD CONSTRAINT c_config_2 FOREIGN KEY (discovery_groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.triggers ADD CONSTRAINT c_triggers_1 FOREIGN KEY (templateid) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.trigger_depends ADD CONSTRAINT c_trigger_depends_1 FOREIGN KEY (triggerid_down) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.trigger_depends ADD CONSTRAINT c_trigger_depends_2 FOREIGN KEY (triggerid_up) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.functions ADD CONSTRAINT c_functions_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.functions ADD CONSTRAINT c_functions_2 FOREIGN KEY (triggerid) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.graphs ADD CONSTRAINT c_graphs_1 FOREIGN KEY (templateid) REFERENCES zabbix.graphs(graphid);
ALTER TABLE zabbix.graphs ADD CONSTRAINT c_graphs_2 FOREIGN KEY (ymin_itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.graphs ADD CONSTRAINT c_graphs_3 FOREIGN KEY (ymax_itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.graphs_items ADD CONSTRAINT c_graphs_items_1 FOREIGN KEY (graphid) REFERENCES zabbix.graphs(graphid);
ALTER TABLE zabbix.graphs_items ADD CONSTRAINT c_graphs_items_2 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.hostmacro ADD CONSTRAINT c_hostmacro_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.hosts_groups ADD CONSTRAINT c_hosts_groups_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.hosts_groups ADD CONSTRAINT c_hosts_groups_2 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.hosts_templates ADD CONSTRAINT c_hosts_templates_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.hosts_templates ADD CONSTRAINT c_hosts_templates_2 FOREIGN KEY (templateid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.valuemap_mapping ADD CONSTRAINT c_valuemap_mapping_1 FOREIGN KEY (valuemapid) REFERENCES zabbix.valuemap(valuemapid);
ALTER TABLE zabbix.media ADD CONSTRAINT c_media_1 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.media ADD CONSTRAINT c_media_2 FOREIGN KEY (mediatypeid) REFERENCES zabbix.media_type(mediatypeid);
ALTER TABLE zabbix.rights ADD CONSTRAINT c_rights_1 FOREIGN KEY (groupid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.rights ADD CONSTRAINT c_rights_2 FOREIGN KEY (id) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.services_links ADD CONSTRAINT c_services_links_1 FOREIGN KEY (serviceupid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.services_links ADD CONSTRAINT c_services_links_2 FOREIGN KEY (servicedownid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.icon_map ADD CONSTRAINT c_icon_map_1 FOREIGN KEY (default_iconid) REFERENCES zabbix.images(imageid);
ALTER TABLE zabbix.icon_mapping ADD CONSTRAINT c_icon_mapping_1 FOREIGN KEY (iconmapid) REFERENCES zabbix.icon_map(iconmapid);
ALTER TABLE zabbix.icon_mapping ADD CONSTRAINT c_icon_mapping_2 FOREIGN KEY (iconid) REFERENCES zabbix.images(imageid);
ALTER TABLE zabbix.sysmaps ADD CONSTRAINT c_sysmaps_1 FOREIGN KEY (backgroundid) REFERENCES zabbix.images(imageid);
ALTER TABLE zabbix.sysmaps ADD CONSTRAINT c_sysmaps_2 FOREIGN KEY (iconmapid) REFERENCES zabbix.icon_map(iconmapid);
ALTER TABLE zabbix.sysmaps ADD CONSTRAINT c_sysmaps_3 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.sysmaps_elements ADD CONSTRAINT c_sysmaps_elements_1 FOREIGN KEY (sysmapid) REFERENCES zabbix.sysmaps(sysmapid);
ALTER TABLE zabbix.sysmaps_elements ADD CONSTRAINT c_sysmaps_elements_2 FOREIGN KEY (iconid_off) REFERENCES zabbix.images(imageid);
ALTER TABLE zabbix.sysmaps_elements ADD CONSTRAINT c_sysmaps_elements_3 FOREIGN KEY (iconid_on) REFERENCES zabbix.images(imageid);
ALTER TABLE zabbix.sysmaps_elements ADD CONSTRAINT c_sysmaps_elements_4 FOREIGN KEY (iconid_disabled) REFERENCES zabbix.images(imageid);
ALTER TABLE zabbix.sysmaps_elements ADD CONSTRAINT c_sysmaps_elements_5 FOREIGN KEY (iconid_maintenance) REFERENCES zabbix.images(imageid);
ALTER TABLE zabbix.sysmaps_links ADD CONSTRAINT c_sysmaps_links_1 FOREIGN KEY (sysmapid) REFERENCES zabbix.sysmaps(sysmapid);
ALTER TABLE zabbix.sysmaps_links ADD CONSTRAINT c_sysmaps_links_2 FOREIGN KEY (selementid1) REFERENCES zabbix.sysmaps_elements(selementid);
ALTER TABLE zabbix.sysmaps_links ADD CONSTRAINT c_sysmaps_links_3 FOREIGN KEY (selementid2) REFERENCES zabbix.sysmaps_elements(selementid);
ALTER TABLE zabbix.sysmaps_link_triggers ADD CONSTRAINT c_sysmaps_link_triggers_1 FOREIGN KEY (linkid) REFERENCES zabbix.sysmaps_links(linkid);
ALTER TABLE zabbix.sysmaps_link_triggers ADD CONSTRAINT c_sysmaps_link_triggers_2 FOREIGN KEY (triggerid) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.sysmap_element_url ADD CONSTRAINT c_sysmap_element_url_1 FOREIGN KEY (selementid) REFERENCES zabbix.sysmaps_elements(selementid);
ALTER TABLE zabbix.sysmap_url ADD CONSTRAINT c_sysmap_url_1 FOREIGN KEY (sysmapid) REFERENCES zabbix.sysmaps(sysmapid);
ALTER TABLE zabbix.sysmap_user ADD CONSTRAINT c_sysmap_user_1 FOREIGN KEY (sysmapid) REFERENCES zabbix.sysmaps(sysmapid);
ALTER TABLE zabbix.sysmap_user ADD CONSTRAINT c_sysmap_user_2 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.sysmap_usrgrp ADD CONSTRAINT c_sysmap_usrgrp_1 FOREIGN KEY (sysmapid) REFERENCES zabbix.sysmaps(sysmapid);
ALTER TABLE zabbix.sysmap_usrgrp ADD CONSTRAINT c_sysmap_usrgrp_2 FOREIGN KEY (usrgrpid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.maintenances_hosts ADD CONSTRAINT c_maintenances_hosts_1 FOREIGN KEY (maintenanceid) REFERENCES zabbix.maintenances(maintenanceid);
ALTER TABLE zabbix.maintenances_hosts ADD CONSTRAINT c_maintenances_hosts_2 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.maintenances_groups ADD CONSTRAINT c_maintenances_groups_1 FOREIGN KEY (maintenanceid) REFERENCES zabbix.maintenances(maintenanceid);
ALTER TABLE zabbix.maintenances_groups ADD CONSTRAINT c_maintenances_groups_2 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.maintenances_windows ADD CONSTRAINT c_maintenances_windows_1 FOREIGN KEY (maintenanceid) REFERENCES zabbix.maintenances(maintenanceid);
ALTER TABLE zabbix.maintenances_windows ADD CONSTRAINT c_maintenances_windows_2 FOREIGN KEY (timeperiodid) REFERENCES zabbix.timeperiods(timeperiodid);
ALTER TABLE zabbix.expressions ADD CONSTRAINT c_expressions_1 FOREIGN KEY (regexpid) REFERENCES zabbix.regexps(regexpid);
ALTER TABLE zabbix.alerts ADD CONSTRAINT c_alerts_1 FOREIGN KEY (actionid) REFERENCES zabbix.actions(actionid);
ALTER TABLE zabbix.alerts ADD CONSTRAINT c_alerts_2 FOREIGN KEY (eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.alerts ADD CONSTRAINT c_alerts_3 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.alerts ADD CONSTRAINT c_alerts_4 FOREIGN KEY (mediatypeid) REFERENCES zabbix.media_type(mediatypeid);
ALTER TABLE zabbix.alerts ADD CONSTRAINT c_alerts_5 FOREIGN KEY (p_eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.alerts ADD CONSTRAINT c_alerts_6 FOREIGN KEY (acknowledgeid) REFERENCES zabbix.acknowledges(acknowledgeid);
ALTER TABLE zabbix.acknowledges ADD CONSTRAINT c_acknowledges_1 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.acknowledges ADD CONSTRAINT c_acknowledges_2 FOREIGN KEY (eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.service_alarms ADD CONSTRAINT c_service_alarms_1 FOREIGN KEY (serviceid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.autoreg_host ADD CONSTRAINT c_autoreg_host_1 FOREIGN KEY (proxy_hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.dhosts ADD CONSTRAINT c_dhosts_1 FOREIGN KEY (druleid) REFERENCES zabbix.drules(druleid);
ALTER TABLE zabbix.dservices ADD CONSTRAINT c_dservices_1 FOREIGN KEY (dhostid) REFERENCES zabbix.dhosts(dhostid);
ALTER TABLE zabbix.dservices ADD CONSTRAINT c_dservices_2 FOREIGN KEY (dcheckid) REFERENCES zabbix.dchecks(dcheckid);
ALTER TABLE zabbix.graph_discovery ADD CONSTRAINT c_graph_discovery_1 FOREIGN KEY (graphid) REFERENCES zabbix.graphs(graphid);
ALTER TABLE zabbix.graph_discovery ADD CONSTRAINT c_graph_discovery_2 FOREIGN KEY (parent_graphid) REFERENCES zabbix.graphs(graphid);
ALTER TABLE zabbix.host_inventory ADD CONSTRAINT c_host_inventory_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.item_discovery ADD CONSTRAINT c_item_discovery_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.item_discovery ADD CONSTRAINT c_item_discovery_2 FOREIGN KEY (parent_itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.host_discovery ADD CONSTRAINT c_host_discovery_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.host_discovery ADD CONSTRAINT c_host_discovery_2 FOREIGN KEY (parent_hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.host_discovery ADD CONSTRAINT c_host_discovery_3 FOREIGN KEY (parent_itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.interface_discovery ADD CONSTRAINT c_interface_discovery_1 FOREIGN KEY (interfaceid) REFERENCES zabbix.interface(interfaceid);
ALTER TABLE zabbix.interface_discovery ADD CONSTRAINT c_interface_discovery_2 FOREIGN KEY (parent_interfaceid) REFERENCES zabbix.interface(interfaceid);
ALTER TABLE zabbix.profiles ADD CONSTRAINT c_profiles_1 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.sessions ADD CONSTRAINT c_sessions_1 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.trigger_discovery ADD CONSTRAINT c_trigger_discovery_1 FOREIGN KEY (triggerid) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.trigger_discovery ADD CONSTRAINT c_trigger_discovery_2 FOREIGN KEY (parent_triggerid) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.item_condition ADD CONSTRAINT c_item_condition_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.item_rtdata ADD CONSTRAINT c_item_rtdata_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.opinventory ADD CONSTRAINT c_opinventory_1 FOREIGN KEY (operationid) REFERENCES zabbix.operations(operationid);
ALTER TABLE zabbix.trigger_tag ADD CONSTRAINT c_trigger_tag_1 FOREIGN KEY (triggerid) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.event_tag ADD CONSTRAINT c_event_tag_1 FOREIGN KEY (eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.problem ADD CONSTRAINT c_problem_1 FOREIGN KEY (eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.problem ADD CONSTRAINT c_problem_2 FOREIGN KEY (r_eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.problem_tag ADD CONSTRAINT c_problem_tag_1 FOREIGN KEY (eventid) REFERENCES zabbix.problem(eventid);
ALTER TABLE zabbix.tag_filter ADD CONSTRAINT c_tag_filter_1 FOREIGN KEY (usrgrpid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.tag_filter ADD CONSTRAINT c_tag_filter_2 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.event_recovery ADD CONSTRAINT c_event_recovery_1 FOREIGN KEY (eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.event_recovery ADD CONSTRAINT c_event_recovery_2 FOREIGN KEY (r_eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.event_recovery ADD CONSTRAINT c_event_recovery_3 FOREIGN KEY (c_eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.corr_condition ADD CONSTRAINT c_corr_condition_1 FOREIGN KEY (correlationid) REFERENCES zabbix.correlation(correlationid);
ALTER TABLE zabbix.corr_condition_tag ADD CONSTRAINT c_corr_condition_tag_1 FOREIGN KEY (corr_conditionid) REFERENCES zabbix.corr_condition(corr_conditionid);
ALTER TABLE zabbix.corr_condition_group ADD CONSTRAINT c_corr_condition_group_1 FOREIGN KEY (corr_conditionid) REFERENCES zabbix.corr_condition(corr_conditionid);
ALTER TABLE zabbix.corr_condition_group ADD CONSTRAINT c_corr_condition_group_2 FOREIGN KEY (groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.corr_condition_tagpair ADD CONSTRAINT c_corr_condition_tagpair_1 FOREIGN KEY (corr_conditionid) REFERENCES zabbix.corr_condition(corr_conditionid);
ALTER TABLE zabbix.corr_condition_tagvalue ADD CONSTRAINT c_corr_condition_tagvalue_1 FOREIGN KEY (corr_conditionid) REFERENCES zabbix.corr_condition(corr_conditionid);
ALTER TABLE zabbix.corr_operation ADD CONSTRAINT c_corr_operation_1 FOREIGN KEY (correlationid) REFERENCES zabbix.correlation(correlationid);
ALTER TABLE zabbix.task ADD CONSTRAINT c_task_1 FOREIGN KEY (proxy_hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.task_close_problem ADD CONSTRAINT c_task_close_problem_1 FOREIGN KEY (taskid) REFERENCES zabbix.task(taskid);
ALTER TABLE zabbix.item_preproc ADD CONSTRAINT c_item_preproc_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.task_remote_command ADD CONSTRAINT c_task_remote_command_1 FOREIGN KEY (taskid) REFERENCES zabbix.task(taskid);
ALTER TABLE zabbix.task_remote_command_result ADD CONSTRAINT c_task_remote_command_result_1 FOREIGN KEY (taskid) REFERENCES zabbix.task(taskid);
ALTER TABLE zabbix.task_data ADD CONSTRAINT c_task_data_1 FOREIGN KEY (taskid) REFERENCES zabbix.task(taskid);
ALTER TABLE zabbix.task_result ADD CONSTRAINT c_task_result_1 FOREIGN KEY (taskid) REFERENCES zabbix.task(taskid);
ALTER TABLE zabbix.task_acknowledge ADD CONSTRAINT c_task_acknowledge_1 FOREIGN KEY (taskid) REFERENCES zabbix.task(taskid);
ALTER TABLE zabbix.sysmap_shape ADD CONSTRAINT c_sysmap_shape_1 FOREIGN KEY (sysmapid) REFERENCES zabbix.sysmaps(sysmapid);
ALTER TABLE zabbix.sysmap_element_trigger ADD CONSTRAINT c_sysmap_element_trigger_1 FOREIGN KEY (selementid) REFERENCES zabbix.sysmaps_elements(selementid);
ALTER TABLE zabbix.sysmap_element_trigger ADD CONSTRAINT c_sysmap_element_trigger_2 FOREIGN KEY (triggerid) REFERENCES zabbix.triggers(triggerid);
ALTER TABLE zabbix.httptest_field ADD CONSTRAINT c_httptest_field_1 FOREIGN KEY (httptestid) REFERENCES zabbix.httptest(httptestid);
ALTER TABLE zabbix.httpstep_field ADD CONSTRAINT c_httpstep_field_1 FOREIGN KEY (httpstepid) REFERENCES zabbix.httpstep(httpstepid);
ALTER TABLE zabbix.dashboard ADD CONSTRAINT c_dashboard_1 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.dashboard ADD CONSTRAINT c_dashboard_2 FOREIGN KEY (templateid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.dashboard_user ADD CONSTRAINT c_dashboard_user_1 FOREIGN KEY (dashboardid) REFERENCES zabbix.dashboard(dashboardid);
ALTER TABLE zabbix.dashboard_user ADD CONSTRAINT c_dashboard_user_2 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.dashboard_usrgrp ADD CONSTRAINT c_dashboard_usrgrp_1 FOREIGN KEY (dashboardid) REFERENCES zabbix.dashboard(dashboardid);
ALTER TABLE zabbix.dashboard_usrgrp ADD CONSTRAINT c_dashboard_usrgrp_2 FOREIGN KEY (usrgrpid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.dashboard_page ADD CONSTRAINT c_dashboard_page_1 FOREIGN KEY (dashboardid) REFERENCES zabbix.dashboard(dashboardid);
ALTER TABLE zabbix.widget ADD CONSTRAINT c_widget_1 FOREIGN KEY (dashboard_pageid) REFERENCES zabbix.dashboard_page(dashboard_pageid);
ALTER TABLE zabbix.widget_field ADD CONSTRAINT c_widget_field_1 FOREIGN KEY (widgetid) REFERENCES zabbix.widget(widgetid);
ALTER TABLE zabbix.widget_field ADD CONSTRAINT c_widget_field_2 FOREIGN KEY (value_groupid) REFERENCES zabbix.hstgrp(groupid);
ALTER TABLE zabbix.widget_field ADD CONSTRAINT c_widget_field_3 FOREIGN KEY (value_hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.widget_field ADD CONSTRAINT c_widget_field_4 FOREIGN KEY (value_itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.widget_field ADD CONSTRAINT c_widget_field_5 FOREIGN KEY (value_graphid) REFERENCES zabbix.graphs(graphid);
ALTER TABLE zabbix.widget_field ADD CONSTRAINT c_widget_field_6 FOREIGN KEY (value_sysmapid) REFERENCES zabbix.sysmaps(sysmapid);
ALTER TABLE zabbix.widget_field ADD CONSTRAINT c_widget_field_7 FOREIGN KEY (value_serviceid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.widget_field ADD CONSTRAINT c_widget_field_8 FOREIGN KEY (value_slaid) REFERENCES zabbix.sla(slaid);
ALTER TABLE zabbix.task_check_now ADD CONSTRAINT c_task_check_now_1 FOREIGN KEY (taskid) REFERENCES zabbix.task(taskid);
ALTER TABLE zabbix.event_suppress ADD CONSTRAINT c_event_suppress_1 FOREIGN KEY (eventid) REFERENCES zabbix.events(eventid);
ALTER TABLE zabbix.event_suppress ADD CONSTRAINT c_event_suppress_2 FOREIGN KEY (maintenanceid) REFERENCES zabbix.maintenances(maintenanceid);
ALTER TABLE zabbix.maintenance_tag ADD CONSTRAINT c_maintenance_tag_1 FOREIGN KEY (maintenanceid) REFERENCES zabbix.maintenances(maintenanceid);
ALTER TABLE zabbix.lld_macro_path ADD CONSTRAINT c_lld_macro_path_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.host_tag ADD CONSTRAINT c_host_tag_1 FOREIGN KEY (hostid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.interface_snmp ADD CONSTRAINT c_interface_snmp_1 FOREIGN KEY (interfaceid) REFERENCES zabbix.interface(interfaceid);
ALTER TABLE zabbix.lld_override ADD CONSTRAINT c_lld_override_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.lld_override_condition ADD CONSTRAINT c_lld_override_condition_1 FOREIGN KEY (lld_overrideid) REFERENCES zabbix.lld_override(lld_overrideid);
ALTER TABLE zabbix.lld_override_operation ADD CONSTRAINT c_lld_override_operation_1 FOREIGN KEY (lld_overrideid) REFERENCES zabbix.lld_override(lld_overrideid);
ALTER TABLE zabbix.lld_override_opstatus ADD CONSTRAINT c_lld_override_opstatus_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.lld_override_opdiscover ADD CONSTRAINT c_lld_override_opdiscover_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.lld_override_opperiod ADD CONSTRAINT c_lld_override_opperiod_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.lld_override_ophistory ADD CONSTRAINT c_lld_override_ophistory_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.lld_override_optrends ADD CONSTRAINT c_lld_override_optrends_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.lld_override_opseverity ADD CONSTRAINT c_lld_override_opseverity_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.lld_override_optag ADD CONSTRAINT c_lld_override_optag_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.lld_override_optemplate ADD CONSTRAINT c_lld_override_optemplate_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.lld_override_optemplate ADD CONSTRAINT c_lld_override_optemplate_2 FOREIGN KEY (templateid) REFERENCES zabbix.hosts(hostid);
ALTER TABLE zabbix.lld_override_opinventory ADD CONSTRAINT c_lld_override_opinventory_1 FOREIGN KEY (lld_override_operationid) REFERENCES zabbix.lld_override_operation(lld_override_operationid);
ALTER TABLE zabbix.item_parameter ADD CONSTRAINT c_item_parameter_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.role_rule ADD CONSTRAINT c_role_rule_1 FOREIGN KEY (roleid) REFERENCES zabbix.role(roleid);
ALTER TABLE zabbix.role_rule ADD CONSTRAINT c_role_rule_2 FOREIGN KEY (value_moduleid) REFERENCES zabbix.module(moduleid);
ALTER TABLE zabbix.role_rule ADD CONSTRAINT c_role_rule_3 FOREIGN KEY (value_serviceid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.token ADD CONSTRAINT c_token_1 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.token ADD CONSTRAINT c_token_2 FOREIGN KEY (creator_userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.item_tag ADD CONSTRAINT c_item_tag_1 FOREIGN KEY (itemid) REFERENCES zabbix.items(itemid);
ALTER TABLE zabbix.httptest_tag ADD CONSTRAINT c_httptest_tag_1 FOREIGN KEY (httptestid) REFERENCES zabbix.httptest(httptestid);
ALTER TABLE zabbix.sysmaps_element_tag ADD CONSTRAINT c_sysmaps_element_tag_1 FOREIGN KEY (selementid) REFERENCES zabbix.sysmaps_elements(selementid);
ALTER TABLE zabbix.report ADD CONSTRAINT c_report_1 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.report ADD CONSTRAINT c_report_2 FOREIGN KEY (dashboardid) REFERENCES zabbix.dashboard(dashboardid);
ALTER TABLE zabbix.report_param ADD CONSTRAINT c_report_param_1 FOREIGN KEY (reportid) REFERENCES zabbix.report(reportid);
ALTER TABLE zabbix.report_user ADD CONSTRAINT c_report_user_1 FOREIGN KEY (reportid) REFERENCES zabbix.report(reportid);
ALTER TABLE zabbix.report_user ADD CONSTRAINT c_report_user_2 FOREIGN KEY (userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.report_user ADD CONSTRAINT c_report_user_3 FOREIGN KEY (access_userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.report_usrgrp ADD CONSTRAINT c_report_usrgrp_1 FOREIGN KEY (reportid) REFERENCES zabbix.report(reportid);
ALTER TABLE zabbix.report_usrgrp ADD CONSTRAINT c_report_usrgrp_2 FOREIGN KEY (usrgrpid) REFERENCES zabbix.usrgrp(usrgrpid);
ALTER TABLE zabbix.report_usrgrp ADD CONSTRAINT c_report_usrgrp_3 FOREIGN KEY (access_userid) REFERENCES zabbix.users(userid);
ALTER TABLE zabbix.service_problem_tag ADD CONSTRAINT c_service_problem_tag_1 FOREIGN KEY (serviceid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.service_problem ADD CONSTRAINT c_service_problem_1 FOREIGN KEY (eventid) REFERENCES zabbix.problem(eventid);
ALTER TABLE zabbix.service_problem ADD CONSTRAINT c_service_problem_2 FOREIGN KEY (serviceid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.service_tag ADD CONSTRAINT c_service_tag_1 FOREIGN KEY (serviceid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.service_status_rule ADD CONSTRAINT c_service_status_rule_1 FOREIGN KEY (serviceid) REFERENCES zabbix.services(serviceid);
ALTER TABLE zabbix.sla_schedule ADD CONSTRAINT c_sla_schedule_1 FOREIGN KEY (slaid) REFERENCES zabbix.sla(slaid);
ALTER TABLE zabbix.sla_excluded_downtime ADD CONSTRAINT c_sla_excluded_downtime_1 FOREIGN KEY (slaid) REFERENCES zabbix.sla(slaid);
ALTER TABLE zabbix.sla_service_tag ADD CONSTRAINT c_sla_service_tag_1 FOREIGN KEY (slaid) REFERENCES zabbix.sla(slaid);
