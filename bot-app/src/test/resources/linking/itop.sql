-- iTop, Combodo's open-source IT service management and CMDB application (configuration items and their class
-- hierarchy: functionalci with physicaldevice, datacenterdevice, server, pc, rack, enclosure, network devices, phones,
-- tablets, printers, storage, virtual hosts and machines, farms, hypervisors, software instances, application
-- solutions and business processes; organizations, locations, contacts with persons and teams; contracts (customer
-- and provider), services, SLAs and SLTs; tickets with user requests, incidents, problems and changes, work orders,
-- known errors and FAQs; documents, licences, patches, VLANs, subnets and interfaces; and its priv_ tables for
-- users, profiles, change history, triggers, actions, events and data synchronisation), as a vanilla iTop 2.4.1
-- install creates it in MySQL: the dump `utils/iTop vanilla datamodels/itop-2.4.1.sql` of
-- github.com/jbostoen/iTop-custom-extensions (commit 2ae3e6e, 2018-04-28; its readme: an unmodified iTop, no demo
-- data, Configuration Management Core, Data Center, End-User and Storage Devices, Virtualization, Service Management
-- for Service Providers, ITIL user requests and incidents with the enhanced portal, ITIL change management, problem
-- management and known errors). iTop is AGPL-3.0 (Combodo); the repository is GPL-3.0; we use the schema's facts.
-- Its CREATE TABLE statements were turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL 15:
-- all 200 tables, schema itop, each table's primary key (every table has one); int -> integer, int unsigned ->
-- bigint, tinyint -> smallint, varchar(n) -> character varying(n), enum(...) -> character varying(longest value)
-- with its values kept as the column's comment ("one of: ..."), text/longtext -> text, blob/tinyblob/longblob ->
-- bytea, datetime -> timestamp, decimal(p,s) -> numeric(p,s); names lower-cased (datacenterdevice.powerB_id ->
-- powerb_id); the table group quoted, as PostgreSQL reserves the word. iTop declares no foreign keys in its database
-- (its data model's external keys, e.g. ticket.org_id -> organization, are kept by the application), so none here.
-- A subclass's table shares its parent's id (server.id = physicaldevice.id = functionalci.id, person.id = contact.id,
-- ticket_incident.id = ticket.id), and the names of brands, models, OS families and versions and other typologies
-- are in typology (brand, model, osfamily, ... hold only their id). Left out: AUTO_INCREMENT, defaults, indexes,
-- collations and the dump's rows (a default admin contact and user, module install records). No views (the dump has
-- none). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS itop;
CREATE TABLE itop.applicationsolution (
    id integer NOT NULL,
    status character varying(8),
    redundancy character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE itop.attachment (
    id integer NOT NULL,
    expire timestamp without time zone,
    temp_id character varying(255),
    item_class character varying(255),
    item_id integer,
    item_org_id integer,
    contents_data bytea,
    contents_mimetype character varying(255),
    contents_filename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.brand (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.businessprocess (
    id integer NOT NULL,
    status character varying(8),
    PRIMARY KEY (id)
);
CREATE TABLE itop.change (
    id integer NOT NULL,
    status character varying(16),
    reason character varying(255),
    requestor_id integer,
    creation_date timestamp without time zone,
    impact character varying(255),
    supervisor_group_id integer,
    supervisor_id integer,
    manager_group_id integer,
    manager_id integer,
    outage character varying(3),
    fallback text,
    parent_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.change_approved (
    id integer NOT NULL,
    approval_date timestamp without time zone,
    approval_comment character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.change_emergency (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.change_normal (
    id integer NOT NULL,
    acceptance_date timestamp without time zone,
    acceptance_comment text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.change_routine (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.connectableci (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.contact (
    id integer NOT NULL,
    name character varying(255),
    status character varying(8),
    org_id integer,
    email character varying(255),
    phone character varying(255),
    notify character varying(3),
    function character varying(255),
    finalclass character varying(255),
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.contacttype (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.contract (
    id integer NOT NULL,
    name character varying(255),
    org_id integer,
    description text,
    start_date date,
    end_date date,
    cost character varying(255),
    cost_currency character varying(7),
    contracttype_id integer,
    billing_frequency character varying(255),
    cost_unit character varying(255),
    provider_id integer,
    status character varying(14),
    finalclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.contracttype (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.customercontract (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.databaseschema (
    id integer NOT NULL,
    dbserver_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.datacenterdevice (
    id integer NOT NULL,
    rack_id integer,
    enclosure_id integer,
    nb_u integer,
    managementip character varying(255),
    powera_id integer,
    powerb_id integer,
    redundancy character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE itop.dbserver (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.deliverymodel (
    id integer NOT NULL,
    name character varying(255),
    org_id integer,
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.document (
    id integer NOT NULL,
    name character varying(255),
    org_id integer,
    documenttype_id integer,
    version character varying(255),
    description text,
    status character varying(9),
    finalclass character varying(255),
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.documentfile (
    id integer NOT NULL,
    file_data bytea,
    file_mimetype character varying(255),
    file_filename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.documentnote (
    id integer NOT NULL,
    text text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.documenttype (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.documentweb (
    id integer NOT NULL,
    url character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE itop.enclosure (
    id integer NOT NULL,
    rack_id integer,
    nb_u integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.faq (
    id integer NOT NULL,
    title character varying(255),
    summary text,
    description text,
    category_id integer,
    error_code character varying(255),
    key_words character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.faqcategory (
    id integer NOT NULL,
    nam character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.farm (
    id integer NOT NULL,
    redundancy character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE itop.fiberchannelinterface (
    id integer NOT NULL,
    speed numeric(6,2),
    topology character varying(255),
    wwn character varying(255),
    datacenterdevice_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.functionalci (
    id integer NOT NULL,
    name character varying(255),
    description text,
    org_id integer,
    business_criticity character varying(6),
    move2production date,
    finalclass character varying(255),
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop."group" (
    id integer NOT NULL,
    name character varying(255),
    status character varying(14),
    org_id integer,
    description text,
    type character varying(255),
    parent_id integer,
    parent_id_left integer,
    parent_id_right integer,
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.hypervisor (
    id integer NOT NULL,
    farm_id integer,
    server_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.inline_image (
    id integer NOT NULL,
    expire timestamp without time zone,
    temp_id character varying(255),
    item_class character varying(255),
    item_id integer,
    item_org_id integer,
    contents_data bytea,
    contents_mimetype character varying(255),
    contents_filename character varying(255),
    secret character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.iosversion (
    id integer NOT NULL,
    brand_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.ipinterface (
    id integer NOT NULL,
    ipaddress character varying(255),
    macaddress character varying(255),
    comment text,
    ipgateway character varying(255),
    ipmask character varying(255),
    speed numeric(12,2),
    PRIMARY KEY (id)
);
CREATE TABLE itop.ipphone (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.knownerror (
    id integer NOT NULL,
    name character varying(255),
    cust_id integer,
    problem_id integer,
    symptom text,
    rootcause text,
    workaround text,
    solution text,
    error_code character varying(255),
    domain character varying(11),
    vendor character varying(255),
    model character varying(255),
    version character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.licence (
    id integer NOT NULL,
    name character varying(255),
    org_id integer,
    usage_limit character varying(255),
    description text,
    start_date date,
    end_date date,
    licence_key character varying(255),
    perpetual character varying(3),
    finalclass character varying(255),
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkapplicationsolutiontobusinessprocess (
    id integer NOT NULL,
    businessprocess_id integer,
    applicationsolution_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkapplicationsolutiontofunctionalci (
    id integer NOT NULL,
    applicationsolution_id integer,
    functionalci_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkconnectablecitonetworkdevice (
    id integer NOT NULL,
    networkdevice_id integer,
    connectableci_id integer,
    network_port character varying(255),
    device_port character varying(255),
    type character varying(8),
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkcontacttocontract (
    id integer NOT NULL,
    contract_id integer,
    contact_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkcontacttofunctionalci (
    id integer NOT NULL,
    functionalci_id integer,
    contact_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkcontacttoservice (
    id integer NOT NULL,
    service_id integer,
    contact_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkcontacttoticket (
    id integer NOT NULL,
    ticket_id integer,
    contact_id integer,
    role character varying(255),
    impact_code character varying(13),
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkcontracttodocument (
    id integer NOT NULL,
    contract_id integer,
    document_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkcustomercontracttofunctionalci (
    id integer NOT NULL,
    customercontract_id integer,
    functionalci_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkcustomercontracttoprovidercontract (
    id integer NOT NULL,
    customercontract_id integer,
    providercontract_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkcustomercontracttoservice (
    id integer NOT NULL,
    customercontract_id integer,
    service_id integer,
    sla_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkdatacenterdevicetosan (
    id integer NOT NULL,
    san_id integer,
    datacenterdevice_id integer,
    san_port character varying(255),
    datacenterdevice_port character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkdeliverymodeltocontact (
    id integer NOT NULL,
    deliverymodel_id integer,
    contact_id integer,
    role_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkdocumenttoerror (
    link_id integer NOT NULL,
    document_id integer,
    error_id integer,
    link_type character varying(255),
    PRIMARY KEY (link_id)
);
CREATE TABLE itop.lnkdocumenttofunctionalci (
    id integer NOT NULL,
    functionalci_id integer,
    document_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkdocumenttolicence (
    id integer NOT NULL,
    licence_id integer,
    document_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkdocumenttopatch (
    id integer NOT NULL,
    patch_id integer,
    document_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkdocumenttoservice (
    id integer NOT NULL,
    service_id integer,
    document_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkdocumenttosoftware (
    id integer NOT NULL,
    software_id integer,
    document_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkerrortofunctionalci (
    link_id integer NOT NULL,
    functionalci_id integer,
    error_id integer,
    dummy character varying(255),
    PRIMARY KEY (link_id)
);
CREATE TABLE itop.lnkfunctionalcitoospatch (
    id integer NOT NULL,
    ospatch_id integer,
    functionalci_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkfunctionalcitoprovidercontract (
    id integer NOT NULL,
    providercontract_id integer,
    functionalci_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkfunctionalcitoticket (
    id integer NOT NULL,
    ticket_id integer,
    functionalci_id integer,
    impact character varying(255),
    impact_code character varying(12),
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkgrouptoci (
    id integer NOT NULL,
    group_id integer,
    ci_id integer,
    reason character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkpersontoteam (
    id integer NOT NULL,
    team_id integer,
    person_id integer,
    role_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkphysicalinterfacetovlan (
    id integer NOT NULL,
    physicalinterface_id integer,
    vlan_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkservertovolume (
    id integer NOT NULL,
    volume_id integer,
    server_id integer,
    size_used character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkslatoslt (
    id integer NOT NULL,
    sla_id integer,
    slt_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnksoftwareinstancetosoftwarepatch (
    id integer NOT NULL,
    softwarepatch_id integer,
    softwareinstance_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnksubnettovlan (
    id integer NOT NULL,
    subnet_id integer,
    vlan_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.lnkvirtualdevicetovolume (
    id integer NOT NULL,
    volume_id integer,
    virtualdevice_id integer,
    size_used character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.location (
    id integer NOT NULL,
    name character varying(255),
    status character varying(8),
    org_id integer,
    address text,
    postal_code character varying(255),
    city character varying(255),
    country character varying(255),
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.logicalinterface (
    id integer NOT NULL,
    virtualmachine_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.logicalvolume (
    id integer NOT NULL,
    name character varying(255),
    lun_id character varying(255),
    description text,
    raid_level character varying(255),
    size character varying(255),
    storagesystem_id integer,
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.middleware (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.middlewareinstance (
    id integer NOT NULL,
    middleware_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.mobilephone (
    id integer NOT NULL,
    imei character varying(255),
    hw_pin character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.model (
    id integer NOT NULL,
    brand_id integer,
    type character varying(13),
    PRIMARY KEY (id)
);
CREATE TABLE itop.nas (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.nasfilesystem (
    id integer NOT NULL,
    name character varying(255),
    description text,
    raid_level character varying(255),
    size character varying(255),
    nas_id integer,
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.networkdevice (
    id integer NOT NULL,
    networkdevicetype_id integer,
    iosversion_id integer,
    ram character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.networkdevicetype (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.networkinterface (
    id integer NOT NULL,
    name character varying(255),
    finalclass character varying(255),
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.organization (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    status character varying(8),
    parent_id integer,
    parent_id_left integer,
    parent_id_right integer,
    deliverymodel_id integer,
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.osfamily (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.oslicence (
    id integer NOT NULL,
    osversion_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.ospatch (
    id integer NOT NULL,
    osversion_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.osversion (
    id integer NOT NULL,
    osfamily_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.othersoftware (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.patch (
    id integer NOT NULL,
    name character varying(255),
    description text,
    finalclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.pc (
    id integer NOT NULL,
    osfamily_id integer,
    osversion_id integer,
    cpu character varying(255),
    ram character varying(255),
    type character varying(7),
    PRIMARY KEY (id)
);
CREATE TABLE itop.pcsoftware (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.pdu (
    id integer NOT NULL,
    rack_id integer,
    powerstart_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.peripheral (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.person (
    id integer NOT NULL,
    picture_data bytea,
    picture_mimetype character varying(255),
    picture_filename character varying(255),
    first_name character varying(255),
    employee_number character varying(255),
    mobile_phone character varying(255),
    location_id integer,
    manager_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.phone (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.physicaldevice (
    id integer NOT NULL,
    serialnumber character varying(255),
    location_id integer,
    status character varying(14),
    brand_id integer,
    model_id integer,
    asset_number character varying(255),
    purchase_date date,
    end_of_warranty date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.physicalinterface (
    id integer NOT NULL,
    connectableci_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.powerconnection (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.powersource (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.printer (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_action (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    status character varying(8),
    realclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_action_email (
    id integer NOT NULL,
    test_recipient character varying(255),
    "from" character varying(255),
    reply_to character varying(255),
    "to" text,
    cc text,
    bcc text,
    subject character varying(255),
    body text,
    importance character varying(6),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_action_notification (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_app_dashboards (
    id integer NOT NULL,
    user_id integer,
    menu_code character varying(255),
    contents text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_app_preferences (
    id integer NOT NULL,
    userid integer,
    preferences text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_async_send_email (
    id integer NOT NULL,
    version integer,
    "to" text,
    subject text,
    message text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_async_task (
    id integer NOT NULL,
    status character varying(7),
    created timestamp without time zone,
    started timestamp without time zone,
    planned timestamp without time zone,
    event_id integer,
    remaining_retries integer,
    last_error_code integer,
    last_error character varying(255),
    last_attempt timestamp without time zone,
    realclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_auditcategory (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    definition_set text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_auditrule (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    query text,
    valid_flag character varying(5),
    category_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_backgroundtask (
    id integer NOT NULL,
    class_name character varying(255),
    first_run_date timestamp without time zone,
    latest_run_date timestamp without time zone,
    next_run_date timestamp without time zone,
    total_exec_count integer,
    latest_run_duration numeric(8,3),
    min_run_duration numeric(8,3),
    max_run_duration numeric(8,3),
    average_run_duration numeric(8,3),
    running smallint,
    status character varying(6),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_bulk_export_result (
    id integer NOT NULL,
    created timestamp without time zone,
    user_id integer,
    chunk_size integer,
    format character varying(255),
    temp_file_path character varying(255),
    search text,
    status_info text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_change (
    id integer NOT NULL,
    date timestamp without time zone,
    userinfo character varying(255),
    origin character varying(19),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop (
    id integer NOT NULL,
    changeid integer,
    objclass character varying(255),
    objkey integer,
    optype character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_attachment_added (
    id integer NOT NULL,
    attachment_id integer,
    filename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_attachment_removed (
    id integer NOT NULL,
    filename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_create (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_delete (
    id integer NOT NULL,
    fclass character varying(255),
    fname character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_links (
    id integer NOT NULL,
    item_class character varying(255),
    item_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_links_addremove (
    id integer NOT NULL,
    type character varying(7),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_links_tune (
    id integer NOT NULL,
    link_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_plugin (
    id integer NOT NULL,
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt (
    id integer NOT NULL,
    attcode character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_custfields (
    id integer NOT NULL,
    prevdata text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_data (
    id integer NOT NULL,
    prevdata_data bytea,
    prevdata_mimetype character varying(255),
    prevdata_filename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_encrypted (
    id integer NOT NULL,
    data bytea,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_html (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_log (
    id integer NOT NULL,
    lastentry integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_longtext (
    id integer NOT NULL,
    prevdata text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_pwd (
    id integer NOT NULL,
    prev_pwd_hash bytea,
    prev_pwd_salt bytea,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_scalar (
    id integer NOT NULL,
    oldvalue character varying(255),
    newvalue character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_text (
    id integer NOT NULL,
    prevdata text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_changeop_setatt_url (
    id integer NOT NULL,
    oldvalue character varying(2048),
    newvalue character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_db_properties (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    value character varying(255),
    change_date timestamp without time zone,
    change_comment character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_event (
    id integer NOT NULL,
    message text,
    date timestamp without time zone,
    userinfo character varying(255),
    realclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_event_email (
    id integer NOT NULL,
    "to" text,
    cc text,
    bcc text,
    "from" text,
    subject text,
    body text,
    attachments text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_event_issue (
    id integer NOT NULL,
    issue character varying(255),
    impact character varying(255),
    page character varying(255),
    arguments_post text,
    arguments_get text,
    callstack text,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_event_loginusage (
    id integer NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_event_notification (
    id integer NOT NULL,
    trigger_id integer,
    action_id integer,
    object_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_event_onobject (
    id integer NOT NULL,
    obj_class character varying(255),
    obj_key integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_event_restservice (
    id integer NOT NULL,
    operation character varying(255),
    version character varying(255),
    json_input text,
    code integer,
    json_output text,
    provider character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_event_webservice (
    id integer NOT NULL,
    verb character varying(255),
    result smallint,
    log_info text,
    log_warning text,
    log_error text,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_extension_install (
    id integer NOT NULL,
    code character varying(255),
    label character varying(255),
    version character varying(255),
    source character varying(255),
    installed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_internaluser (
    id integer NOT NULL,
    reset_pwd_token_hash bytea,
    reset_pwd_token_salt bytea,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_link_action_trigger (
    link_id integer NOT NULL,
    action_id integer,
    trigger_id integer,
    "order" integer,
    PRIMARY KEY (link_id)
);
CREATE TABLE itop.priv_module_install (
    id integer NOT NULL,
    name character varying(255),
    version character varying(255),
    installed timestamp without time zone,
    comment text,
    parent_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_ownership_token (
    id integer NOT NULL,
    acquired timestamp without time zone,
    last_seen timestamp without time zone,
    obj_class character varying(255),
    obj_key integer,
    token character varying(255),
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_query (
    id integer NOT NULL,
    name character varying(255),
    description text,
    fields text,
    realclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_query_oql (
    id integer NOT NULL,
    oql text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_shortcut (
    id integer NOT NULL,
    user_id integer,
    name character varying(255),
    context text,
    realclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_shortcut_oql (
    id integer NOT NULL,
    oql text,
    auto_reload character varying(6),
    auto_reload_sec integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_sync_att (
    id integer NOT NULL,
    sync_source_id integer,
    attcode character varying(255),
    update smallint,
    reconcile smallint,
    update_policy character varying(15),
    finalclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_sync_att_extkey (
    id integer NOT NULL,
    reconciliation_attcode character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_sync_att_linkset (
    id integer NOT NULL,
    row_separator character varying(255),
    attribute_separator character varying(255),
    value_separator character varying(255),
    attribute_qualifier character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_sync_datasource (
    id integer NOT NULL,
    name character varying(255),
    description text,
    status character varying(14),
    user_id integer,
    notify_contact_id integer,
    scope_class character varying(255),
    database_table_name character varying(255),
    scope_restriction character varying(255),
    full_load_periodicity bigint,
    reconciliation_policy character varying(15),
    action_on_zero character varying(6),
    action_on_one character varying(6),
    action_on_multiple character varying(10),
    delete_policy character varying(18),
    delete_policy_update character varying(255),
    delete_policy_retention bigint,
    user_delete_policy character varying(14),
    url_icon character varying(2048),
    url_application character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_sync_log (
    id integer NOT NULL,
    sync_source_id integer,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    status character varying(9),
    status_curr_job integer,
    status_curr_pos integer,
    stats_nb_replica_seen integer,
    stats_nb_replica_total integer,
    stats_nb_obj_deleted integer,
    stats_deleted_errors integer,
    stats_nb_obj_obsoleted integer,
    stats_nb_obj_obsoleted_errors integer,
    stats_nb_obj_created integer,
    stats_nb_obj_created_errors integer,
    stats_nb_obj_created_warnings integer,
    stats_nb_obj_updated integer,
    stats_nb_obj_updated_errors integer,
    stats_nb_obj_updated_warnings integer,
    stats_nb_obj_unchanged_warnings integer,
    stats_nb_replica_reconciled_errors integer,
    stats_nb_replica_disappeared_no_action integer,
    stats_nb_obj_new_updated integer,
    stats_nb_obj_new_updated_warnings integer,
    stats_nb_obj_new_unchanged integer,
    stats_nb_obj_new_unchanged_warnings integer,
    last_error text,
    traces text,
    memory_usage_peak integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_sync_replica (
    id integer NOT NULL,
    sync_source_id integer,
    dest_id integer,
    dest_class character varying(255),
    status_last_seen timestamp without time zone,
    status character varying(12),
    status_dest_creator smallint,
    status_last_error character varying(255),
    status_last_warning character varying(255),
    info_creation_date timestamp without time zone,
    info_last_modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_trigger (
    id integer NOT NULL,
    description character varying(255),
    realclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_trigger_onobjcreate (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_trigger_onobject (
    id integer NOT NULL,
    target_class character varying(255),
    filter text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_trigger_onportalupdate (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_trigger_onstatechange (
    id integer NOT NULL,
    state character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_trigger_onstateenter (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_trigger_onstateleave (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_trigger_threshold (
    id integer NOT NULL,
    stop_watch_code character varying(255),
    threshold_index character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_urp_profiles (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_urp_userorg (
    id integer NOT NULL,
    userid integer,
    allowed_org_id integer,
    reason character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_urp_userprofile (
    id integer NOT NULL,
    userid integer,
    profileid integer,
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_user (
    id integer NOT NULL,
    contactid integer,
    login character varying(255),
    language character varying(255),
    status character varying(8),
    finalclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.priv_user_local (
    id integer NOT NULL,
    password_hash bytea,
    password_salt bytea,
    PRIMARY KEY (id)
);
CREATE TABLE itop.providercontract (
    id integer NOT NULL,
    sla character varying(255),
    coverage character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.rack (
    id integer NOT NULL,
    nb_u integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.sanswitch (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.server (
    id integer NOT NULL,
    osfamily_id integer,
    osversion_id integer,
    oslicence_id integer,
    cpu character varying(255),
    ram character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.service (
    id integer NOT NULL,
    name character varying(255),
    org_id integer,
    servicefamily_id integer,
    description character varying(255),
    status character varying(14),
    icon_data bytea,
    icon_mimetype character varying(255),
    icon_filename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.servicefamilly (
    id integer NOT NULL,
    name character varying(255),
    icon_data bytea,
    icon_mimetype character varying(255),
    icon_filename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.servicesubcategory (
    id integer NOT NULL,
    name character varying(255),
    description text,
    service_id integer,
    request_type character varying(15),
    status character varying(14),
    PRIMARY KEY (id)
);
CREATE TABLE itop.sla (
    id integer NOT NULL,
    name character varying(255),
    description text,
    org_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.slt (
    id integer NOT NULL,
    name character varying(255),
    priority character varying(1),
    request_type character varying(15),
    metric character varying(3),
    value integer,
    unit character varying(7),
    PRIMARY KEY (id)
);
CREATE TABLE itop.software (
    id integer NOT NULL,
    name character varying(255),
    vendor character varying(255),
    version character varying(255),
    type character varying(13),
    PRIMARY KEY (id)
);
CREATE TABLE itop.softwareinstance (
    id integer NOT NULL,
    functionalci_id integer,
    software_id integer,
    softwarelicence_id integer,
    path character varying(255),
    status character varying(8),
    PRIMARY KEY (id)
);
CREATE TABLE itop.softwarelicence (
    id integer NOT NULL,
    software_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.softwarepatch (
    id integer NOT NULL,
    software_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.storagesystem (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.subnet (
    id integer NOT NULL,
    description text,
    subnet_name character varying(255),
    org_id integer,
    ip character varying(255),
    ip_mask character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.tablet (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.tape (
    id integer NOT NULL,
    name character varying(255),
    description text,
    size character varying(255),
    tapelibrary_id integer,
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.tapelibrary (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.team (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.telephonyci (
    id integer NOT NULL,
    phonenumber character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.ticket (
    id integer NOT NULL,
    operational_status character varying(8),
    ref character varying(255),
    org_id integer,
    caller_id integer,
    team_id integer,
    agent_id integer,
    title character varying(255),
    description text,
    description_format character varying(4),
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    last_update timestamp without time zone,
    close_date timestamp without time zone,
    private_log text,
    private_log_index bytea,
    finalclass character varying(255),
    obsolescence_date date,
    PRIMARY KEY (id)
);
CREATE TABLE itop.ticket_incident (
    id integer NOT NULL,
    status character varying(13),
    impact character varying(1),
    priority character varying(1),
    urgency character varying(1),
    origin character varying(10),
    service_id integer,
    servicesubcategory_id integer,
    escalation_flag character varying(3),
    escalation_reason character varying(255),
    assignment_date timestamp without time zone,
    resolution_date timestamp without time zone,
    last_pending_date timestamp without time zone,
    cumulatedpending_timespent bigint,
    cumulatedpending_started timestamp without time zone,
    cumulatedpending_laststart timestamp without time zone,
    cumulatedpending_stopped timestamp without time zone,
    tto_timespent bigint,
    tto_started timestamp without time zone,
    tto_laststart timestamp without time zone,
    tto_stopped timestamp without time zone,
    tto_75_deadline timestamp without time zone,
    tto_75_passed smallint,
    tto_75_triggered smallint,
    tto_75_overrun bigint,
    tto_100_deadline timestamp without time zone,
    tto_100_passed smallint,
    tto_100_triggered smallint,
    tto_100_overrun bigint,
    ttr_timespent bigint,
    ttr_started timestamp without time zone,
    ttr_laststart timestamp without time zone,
    ttr_stopped timestamp without time zone,
    ttr_75_deadline timestamp without time zone,
    ttr_75_passed smallint,
    ttr_75_triggered smallint,
    ttr_75_overrun bigint,
    ttr_100_deadline timestamp without time zone,
    ttr_100_passed smallint,
    ttr_100_triggered smallint,
    ttr_100_overrun bigint,
    time_spent bigint,
    resolution_code character varying(15),
    solution text,
    pending_reason text,
    parent_incident_id integer,
    parent_problem_id integer,
    parent_change_id integer,
    public_log text,
    public_log_index bytea,
    user_satisfaction character varying(1),
    user_commment text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.ticket_problem (
    id integer NOT NULL,
    status character varying(8),
    service_id integer,
    servicesubcategory_id integer,
    product character varying(255),
    impact character varying(1),
    urgency character varying(1),
    priority character varying(1),
    related_change_id integer,
    assignment_date timestamp without time zone,
    resolution_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE itop.ticket_request (
    id integer NOT NULL,
    status character varying(20),
    request_type character varying(15),
    impact character varying(1),
    priority character varying(1),
    urgency character varying(1),
    origin character varying(6),
    approver_id integer,
    service_id integer,
    servicesubcategory_id integer,
    escalation_flag character varying(3),
    escalation_reason character varying(255),
    assignment_date timestamp without time zone,
    resolution_date timestamp without time zone,
    last_pending_date timestamp without time zone,
    cumulatedpending_timespent bigint,
    cumulatedpending_started timestamp without time zone,
    cumulatedpending_laststart timestamp without time zone,
    cumulatedpending_stopped timestamp without time zone,
    tto_timespent bigint,
    tto_started timestamp without time zone,
    tto_laststart timestamp without time zone,
    tto_stopped timestamp without time zone,
    tto_75_deadline timestamp without time zone,
    tto_75_passed smallint,
    tto_75_triggered smallint,
    tto_75_overrun bigint,
    tto_100_deadline timestamp without time zone,
    tto_100_passed smallint,
    tto_100_triggered smallint,
    tto_100_overrun bigint,
    ttr_timespent bigint,
    ttr_started timestamp without time zone,
    ttr_laststart timestamp without time zone,
    ttr_stopped timestamp without time zone,
    ttr_75_deadline timestamp without time zone,
    ttr_75_passed smallint,
    ttr_75_triggered smallint,
    ttr_75_overrun bigint,
    ttr_100_deadline timestamp without time zone,
    ttr_100_passed smallint,
    ttr_100_triggered smallint,
    ttr_100_overrun bigint,
    time_spent bigint,
    resolution_code character varying(15),
    solution text,
    pending_reason text,
    parent_request_id integer,
    parent_incident_id integer,
    parent_problem_id integer,
    parent_change_id integer,
    public_log text,
    public_log_index bytea,
    user_satisfaction character varying(1),
    user_commment text,
    PRIMARY KEY (id)
);
CREATE TABLE itop.typology (
    id integer NOT NULL,
    name character varying(255),
    finalclass character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.virtualdevice (
    id integer NOT NULL,
    status character varying(14),
    PRIMARY KEY (id)
);
CREATE TABLE itop.virtualhost (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.virtualmachine (
    id integer NOT NULL,
    virtualhost_id integer,
    osfamily_id integer,
    osversion_id integer,
    oslicence_id integer,
    cpu character varying(255),
    ram character varying(255),
    managementip character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE itop.vlan (
    id integer NOT NULL,
    vlan_tag character varying(255),
    description text,
    org_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE itop.webapplication (
    id integer NOT NULL,
    webserver_id integer,
    url character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE itop.webserver (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE itop.workorder (
    id integer NOT NULL,
    name character varying(255),
    status character varying(6),
    description text,
    ticket_id integer,
    team_id integer,
    owner_id integer,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    log text,
    log_index bytea,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN itop.applicationsolution.status IS 'one of: active, inactive';
COMMENT ON COLUMN itop.businessprocess.status IS 'one of: active, inactive';
COMMENT ON COLUMN itop.change.status IS 'one of: approved, assigned, closed, implemented, monitored, new, notapproved, plannedscheduled, rejected, validated';
COMMENT ON COLUMN itop.change.outage IS 'one of: no, yes';
COMMENT ON COLUMN itop.contact.status IS 'one of: active, inactive';
COMMENT ON COLUMN itop.contact.notify IS 'one of: no, yes';
COMMENT ON COLUMN itop.contract.cost_currency IS 'one of: dollars, euros';
COMMENT ON COLUMN itop.contract.status IS 'one of: implementation, obsolete, production';
COMMENT ON COLUMN itop.document.status IS 'one of: draft, obsolete, published';
COMMENT ON COLUMN itop.functionalci.business_criticity IS 'one of: high, low, medium';
COMMENT ON COLUMN itop."group".status IS 'one of: implementation, obsolete, production';
COMMENT ON COLUMN itop.knownerror.domain IS 'one of: Application, Desktop, Network, Server';
COMMENT ON COLUMN itop.licence.perpetual IS 'one of: no, yes';
COMMENT ON COLUMN itop.lnkconnectablecitonetworkdevice.type IS 'one of: downlink, uplink';
COMMENT ON COLUMN itop.lnkcontacttoticket.impact_code IS 'one of: computed, do_not_notify, manual';
COMMENT ON COLUMN itop.lnkfunctionalcitoticket.impact_code IS 'one of: computed, manual, not_impacted';
COMMENT ON COLUMN itop.location.status IS 'one of: active, inactive';
COMMENT ON COLUMN itop.model.type IS 'one of: DiskArray, Enclosure, IPPhone, MobilePhone, NAS, NetworkDevice, PC, PDU, Peripheral, Phone, PowerSource, Printer, Rack, SANSwitch, Server, StorageSystem, Tablet, TapeLibrary';
COMMENT ON COLUMN itop.organization.status IS 'one of: active, inactive';
COMMENT ON COLUMN itop.pc.type IS 'one of: desktop, laptop';
COMMENT ON COLUMN itop.physicaldevice.status IS 'one of: implementation, obsolete, production, stock';
COMMENT ON COLUMN itop.priv_action.status IS 'one of: test, enabled, disabled';
COMMENT ON COLUMN itop.priv_action_email.importance IS 'one of: high, low, normal';
COMMENT ON COLUMN itop.priv_async_task.status IS 'one of: error, idle, planned, running';
COMMENT ON COLUMN itop.priv_auditrule.valid_flag IS 'one of: false, true';
COMMENT ON COLUMN itop.priv_backgroundtask.status IS 'one of: active, paused';
COMMENT ON COLUMN itop.priv_change.origin IS 'one of: csv-import.php, csv-interactive, custom-extension, email-processing, interactive, synchro-data-source, webservice-rest, webservice-soap';
COMMENT ON COLUMN itop.priv_changeop_links_addremove.type IS 'one of: added, removed';
COMMENT ON COLUMN itop.priv_shortcut_oql.auto_reload IS 'one of: custom, none';
COMMENT ON COLUMN itop.priv_sync_att.update_policy IS 'one of: master_locked, master_unlocked, write_if_empty';
COMMENT ON COLUMN itop.priv_sync_datasource.status IS 'one of: implementation, obsolete, production';
COMMENT ON COLUMN itop.priv_sync_datasource.reconciliation_policy IS 'one of: use_attributes, use_primary_key';
COMMENT ON COLUMN itop.priv_sync_datasource.action_on_zero IS 'one of: create, error';
COMMENT ON COLUMN itop.priv_sync_datasource.action_on_one IS 'one of: error, update';
COMMENT ON COLUMN itop.priv_sync_datasource.action_on_multiple IS 'one of: create, error, take_first';
COMMENT ON COLUMN itop.priv_sync_datasource.delete_policy IS 'one of: delete, ignore, update, update_then_delete';
COMMENT ON COLUMN itop.priv_sync_datasource.user_delete_policy IS 'one of: administrators, everybody, nobody';
COMMENT ON COLUMN itop.priv_sync_log.status IS 'one of: completed, error, running';
COMMENT ON COLUMN itop.priv_sync_replica.status IS 'one of: modified, new, obsolete, orphan, synchronized';
COMMENT ON COLUMN itop.priv_user.status IS 'one of: disabled, enabled';
COMMENT ON COLUMN itop.service.status IS 'one of: implementation, obsolete, production';
COMMENT ON COLUMN itop.servicesubcategory.request_type IS 'one of: incident, service_request';
COMMENT ON COLUMN itop.servicesubcategory.status IS 'one of: implementation, obsolete, production';
COMMENT ON COLUMN itop.slt.priority IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.slt.request_type IS 'one of: incident, service_request';
COMMENT ON COLUMN itop.slt.metric IS 'one of: tto, ttr';
COMMENT ON COLUMN itop.slt.unit IS 'one of: hours, minutes';
COMMENT ON COLUMN itop.software.type IS 'one of: DBServer, Middleware, OtherSoftware, PCSoftware, WebServer';
COMMENT ON COLUMN itop.softwareinstance.status IS 'one of: active, inactive';
COMMENT ON COLUMN itop.ticket.operational_status IS 'one of: closed, ongoing, resolved';
COMMENT ON COLUMN itop.ticket.description_format IS 'one of: text, html';
COMMENT ON COLUMN itop.ticket_incident.status IS 'one of: assigned, closed, escalated_tto, escalated_ttr, new, pending, resolved';
COMMENT ON COLUMN itop.ticket_incident.impact IS 'one of: 1, 2, 3';
COMMENT ON COLUMN itop.ticket_incident.priority IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.ticket_incident.urgency IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.ticket_incident.origin IS 'one of: mail, monitoring, phone, portal';
COMMENT ON COLUMN itop.ticket_incident.escalation_flag IS 'one of: no, yes';
COMMENT ON COLUMN itop.ticket_incident.resolution_code IS 'one of: assistance, bug fixed, hardware repair, other, software patch, system update, training';
COMMENT ON COLUMN itop.ticket_incident.user_satisfaction IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.ticket_problem.status IS 'one of: assigned, closed, new, resolved';
COMMENT ON COLUMN itop.ticket_problem.impact IS 'one of: 1, 2, 3';
COMMENT ON COLUMN itop.ticket_problem.urgency IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.ticket_problem.priority IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.ticket_request.status IS 'one of: approved, assigned, closed, escalated_tto, escalated_ttr, new, pending, rejected, resolved, waiting_for_approval';
COMMENT ON COLUMN itop.ticket_request.request_type IS 'one of: service_request';
COMMENT ON COLUMN itop.ticket_request.impact IS 'one of: 1, 2, 3';
COMMENT ON COLUMN itop.ticket_request.priority IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.ticket_request.urgency IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.ticket_request.origin IS 'one of: mail, phone, portal';
COMMENT ON COLUMN itop.ticket_request.escalation_flag IS 'one of: no, yes';
COMMENT ON COLUMN itop.ticket_request.resolution_code IS 'one of: assistance, bug fixed, hardware repair, other, software patch, system update, training';
COMMENT ON COLUMN itop.ticket_request.user_satisfaction IS 'one of: 1, 2, 3, 4';
COMMENT ON COLUMN itop.virtualdevice.status IS 'one of: implementation, obsolete, production, stock';
COMMENT ON COLUMN itop.workorder.status IS 'one of: closed, open';
