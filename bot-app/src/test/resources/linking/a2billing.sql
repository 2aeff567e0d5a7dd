-- A2Billing, the open-source VoIP billing and calling-card platform for Asterisk (customer accounts (cards) with
-- their groups, series, history, status log, caller IDs, speed dials and restricted numbers, SIP and IAX peers,
-- call detail records and their archive, call plans (tariff groups), rate tables (tariff plans) and their rates,
-- dial prefixes and destinations, trunks, providers and outbound caller-ID groups, DIDs with their groups,
-- destinations and usage, refills and payments of customers and agents, e-payment logs, PayPal notifications,
-- payment methods and statuses, invoices, receipts and their items, charges, subscription services and card
-- subscriptions, free-minute package offers with package groups and rates, vouchers, agents with commissions, signup
-- links, call plans, messages and remittance requests, the callback spool with server groups and Asterisk manager
-- servers, voice-broadcast campaigns with phone books, numbers and configurations, support tickets, components and
-- comments, notifications, alarms and their reports, recurring services and auto-refill reports, currencies,
-- countries, languages, time zones, mail templates, configuration settings and their groups, admin users, the
-- system log, monitors and backups), as a fresh install builds it on MySQL: DataBase/mysql-5.x/
-- a2billing-schema-v1.4.0.sql (the only full schema script there) followed by the 49 UPDATE scripts up to
-- UPDATE-a2billing-v2.2.0-to-v2.3.0.sql, in the order DataBase/mysql-5.x/install-db.sh runs them, from
-- github.com/Star2Billing/a2billing (commit 8dd474c, 2019-02-05; schema version 2.3.0); AGPL-3.0; we use the
-- schema's facts. The scripts were run unchanged into a scratch MariaDB 10.11 (sql_mode '' as on MySQL 5, so that
-- two UPDATEs narrowing columns that already hold default rows pass) and the result regenerated from its
-- information_schema by a one-off script: all 95 tables and their primary keys (cc_version has none), schema
-- a2billing. The source declares no foreign keys and no table or column comments; tables refer to each other only
-- by column name (cc_call.card_id, cc_card.tariff, cc_card.id_group, ...). MySQL types mapped (tinyint -> smallint,
-- int -> integer, int unsigned -> bigint, datetime/timestamp -> timestamp, enum -> text, blob -> bytea,
-- mediumtext/longtext -> text); mixed-case column names lower-cased (DEFAULTip -> defaultip, VAT -> vat, VAT_RN ->
-- vat_rn). Left out: the two views cc_callplan_lcr and cc_sip_buddies_empty, defaults, AUTO_INCREMENT, unique keys
-- and indexes, and the INSERTs of default rows (configuration, countries, currencies, prefixes, languages, mail
-- templates, ...). No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS a2billing;
CREATE TABLE a2billing.cc_agent (
    id bigint NOT NULL,
    datecreation timestamp without time zone NOT NULL,
    active character(1) NOT NULL,
    login character(20) NOT NULL,
    passwd character(40),
    location text,
    language character(5),
    id_tariffgroup integer,
    options integer NOT NULL,
    credit numeric(15,5) NOT NULL,
    currency character(3),
    locale character(10),
    commission numeric(10,4) NOT NULL,
    vat numeric(10,4) NOT NULL,
    banner text,
    perms integer,
    lastname character(50),
    firstname character(50),
    address character(100),
    city character(40),
    state character(40),
    country character(40),
    zipcode character(20),
    phone character(20),
    email character(70),
    fax character(20),
    company character varying(50),
    com_balance numeric(15,5) NOT NULL,
    threshold_remittance numeric(15,5) NOT NULL,
    bank_info text,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_agent_commission (
    id bigint NOT NULL,
    id_payment bigint,
    id_card bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    amount numeric(15,5) NOT NULL,
    description text,
    id_agent integer NOT NULL,
    commission_type smallint NOT NULL,
    commission_percent numeric(10,4) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_agent_signup (
    id bigint NOT NULL,
    id_agent integer NOT NULL,
    code character varying(30) NOT NULL,
    id_tariffgroup integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_agent_tariffgroup (
    id_agent bigint NOT NULL,
    id_tariffgroup integer NOT NULL,
    PRIMARY KEY (id_agent, id_tariffgroup)
);
CREATE TABLE a2billing.cc_alarm (
    id bigint NOT NULL,
    name text NOT NULL,
    periode integer NOT NULL,
    type integer NOT NULL,
    maxvalue real NOT NULL,
    minvalue real NOT NULL,
    id_trunk integer,
    status integer NOT NULL,
    numberofrun integer NOT NULL,
    numberofalarm integer NOT NULL,
    datecreate timestamp without time zone NOT NULL,
    datelastrun timestamp without time zone NOT NULL,
    emailreport character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_alarm_report (
    id bigint NOT NULL,
    cc_alarm_id bigint NOT NULL,
    calculatedvalue real NOT NULL,
    daterun timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_autorefill_report (
    id bigint NOT NULL,
    daterun timestamp without time zone NOT NULL,
    totalcardperform integer,
    totalcredit numeric(15,5),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_backup (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_billing_customer (
    id bigint NOT NULL,
    id_card bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    id_invoice bigint NOT NULL,
    start_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_call (
    id bigint NOT NULL,
    sessionid character varying(40) NOT NULL,
    uniqueid character varying(30) NOT NULL,
    card_id bigint NOT NULL,
    nasipaddress character varying(30) NOT NULL,
    starttime timestamp without time zone NOT NULL,
    stoptime timestamp without time zone NOT NULL,
    sessiontime integer,
    calledstation character varying(100) NOT NULL,
    sessionbill real,
    id_tariffgroup integer,
    id_tariffplan integer,
    id_ratecard integer,
    id_trunk integer,
    sipiax integer,
    src character varying(40) NOT NULL,
    id_did integer,
    buycost numeric(15,5),
    id_card_package_offer integer,
    real_sessiontime integer,
    dnid character varying(40) NOT NULL,
    terminatecauseid integer,
    destination integer,
    a2b_custom1 character varying(20),
    a2b_custom2 character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_callback_spool (
    id bigint NOT NULL,
    uniqueid character varying(40),
    entry_time timestamp without time zone NOT NULL,
    status character varying(80),
    server_ip character varying(40),
    num_attempt integer NOT NULL,
    last_attempt_time timestamp without time zone NOT NULL,
    manager_result character varying(60),
    agi_result character varying(60),
    callback_time timestamp without time zone NOT NULL,
    channel character varying(60),
    exten character varying(60),
    context character varying(60),
    priority character varying(60),
    application character varying(60),
    data character varying(60),
    timeout character varying(60),
    callerid character varying(60),
    variable character varying(2000),
    account character varying(60),
    async character varying(60),
    actionid character varying(60),
    id_server integer,
    id_server_group integer,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_callerid (
    id bigint NOT NULL,
    cid character varying(100) NOT NULL,
    id_cc_card bigint NOT NULL,
    activated character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_call_archive (
    id bigint NOT NULL,
    sessionid character varying(40) NOT NULL,
    uniqueid character varying(30) NOT NULL,
    card_id bigint NOT NULL,
    nasipaddress character varying(30) NOT NULL,
    starttime timestamp without time zone NOT NULL,
    stoptime timestamp without time zone NOT NULL,
    sessiontime integer,
    calledstation character varying(30) NOT NULL,
    sessionbill real,
    id_tariffgroup integer,
    id_tariffplan integer,
    id_ratecard integer,
    id_trunk integer,
    sipiax integer,
    src character varying(40) NOT NULL,
    id_did integer,
    buycost numeric(15,5),
    id_card_package_offer integer,
    real_sessiontime integer,
    dnid character varying(40) NOT NULL,
    terminatecauseid integer,
    destination integer,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_campaign (
    id integer NOT NULL,
    name character(50) NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    startingdate timestamp without time zone NOT NULL,
    expirationdate timestamp without time zone NOT NULL,
    description text,
    id_card bigint NOT NULL,
    secondusedreal integer,
    nb_callmade integer,
    status integer NOT NULL,
    frequency integer NOT NULL,
    forward_number character(50),
    daily_start_time time without time zone NOT NULL,
    daily_stop_time time without time zone NOT NULL,
    monday smallint NOT NULL,
    tuesday smallint NOT NULL,
    wednesday smallint NOT NULL,
    thursday smallint NOT NULL,
    friday smallint NOT NULL,
    saturday smallint NOT NULL,
    sunday smallint NOT NULL,
    id_cid_group integer NOT NULL,
    id_campaign_config integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_campaignconf_cardgroup (
    id_campaign_config integer NOT NULL,
    id_card_group integer NOT NULL,
    PRIMARY KEY (id_campaign_config, id_card_group)
);
CREATE TABLE a2billing.cc_campaign_config (
    id integer NOT NULL,
    name character varying(40) NOT NULL,
    flatrate numeric(15,5) NOT NULL,
    context character varying(40) NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_campaign_phonebook (
    id_campaign integer NOT NULL,
    id_phonebook integer NOT NULL,
    PRIMARY KEY (id_campaign, id_phonebook)
);
CREATE TABLE a2billing.cc_campaign_phonestatus (
    id_phonenumber bigint NOT NULL,
    id_campaign integer NOT NULL,
    id_callback character varying(40) NOT NULL,
    status integer NOT NULL,
    lastuse timestamp without time zone NOT NULL,
    PRIMARY KEY (id_phonenumber, id_campaign)
);
CREATE TABLE a2billing.cc_card (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    firstusedate timestamp without time zone NOT NULL,
    expirationdate timestamp without time zone NOT NULL,
    enableexpire integer,
    expiredays integer,
    username character varying(50) NOT NULL,
    useralias character varying(50) NOT NULL,
    uipass character varying(50) NOT NULL,
    credit numeric(15,5) NOT NULL,
    tariff integer,
    id_didgroup integer,
    activated character(1) NOT NULL,
    status integer NOT NULL,
    lastname character varying(50) NOT NULL,
    firstname character varying(50) NOT NULL,
    address character varying(100) NOT NULL,
    city character varying(40) NOT NULL,
    state character varying(40) NOT NULL,
    country character varying(40) NOT NULL,
    zipcode character varying(20) NOT NULL,
    phone character varying(20) NOT NULL,
    email character varying(70) NOT NULL,
    fax character varying(20) NOT NULL,
    inuse integer,
    simultaccess integer,
    currency character(3),
    lastuse timestamp without time zone NOT NULL,
    nbused integer,
    typepaid integer,
    creditlimit integer,
    voipcall integer,
    sip_buddy integer,
    iax_buddy integer,
    language character(5),
    redial character varying(50) NOT NULL,
    runservice integer,
    nbservice integer,
    id_campaign integer,
    num_trials_done bigint,
    vat real NOT NULL,
    servicelastrun timestamp without time zone NOT NULL,
    initialbalance numeric(15,5) NOT NULL,
    invoiceday integer,
    autorefill integer,
    loginkey character varying(40) NOT NULL,
    mac_addr character(17) NOT NULL,
    id_timezone integer,
    tag character varying(50) NOT NULL,
    voicemail_permitted integer NOT NULL,
    voicemail_activated smallint NOT NULL,
    last_notification timestamp without time zone,
    email_notification character varying(70) NOT NULL,
    notify_email smallint NOT NULL,
    credit_notification integer NOT NULL,
    id_group integer NOT NULL,
    company_name character varying(50) NOT NULL,
    company_website character varying(60) NOT NULL,
    vat_rn character varying(40),
    traffic bigint,
    traffic_target character varying(300) NOT NULL,
    discount numeric(5,2) NOT NULL,
    restriction smallint NOT NULL,
    id_seria integer,
    serial bigint,
    block smallint NOT NULL,
    lock_pin character varying(15),
    lock_date timestamp without time zone,
    max_concurrent integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_cardgroup_service (
    id_card_group integer NOT NULL,
    id_service integer NOT NULL,
    PRIMARY KEY (id_card_group, id_service)
);
CREATE TABLE a2billing.cc_card_archive (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    firstusedate timestamp without time zone NOT NULL,
    expirationdate timestamp without time zone NOT NULL,
    enableexpire integer,
    expiredays integer,
    username character(50) NOT NULL,
    useralias character(50) NOT NULL,
    uipass character(50),
    credit numeric(15,5) NOT NULL,
    tariff integer,
    id_didgroup integer,
    activated character(1) NOT NULL,
    status integer,
    lastname character(50),
    firstname character(50),
    address character(100),
    city character(40),
    state character(40),
    country character(40),
    zipcode character(20),
    phone character(20),
    email character(70),
    fax character(20),
    inuse integer,
    simultaccess integer,
    currency character(3),
    lastuse timestamp without time zone NOT NULL,
    nbused integer,
    typepaid integer,
    creditlimit integer,
    voipcall integer,
    sip_buddy integer,
    iax_buddy integer,
    language character(5),
    redial character(50),
    runservice integer,
    nbservice integer,
    id_campaign integer,
    num_trials_done bigint,
    vat real NOT NULL,
    servicelastrun timestamp without time zone NOT NULL,
    initialbalance numeric(15,5) NOT NULL,
    invoiceday integer,
    autorefill integer,
    loginkey character(40),
    activatedbyuser character(1) NOT NULL,
    id_timezone integer,
    tag character(50),
    voicemail_permitted integer NOT NULL,
    voicemail_activated smallint NOT NULL,
    last_notification timestamp without time zone,
    email_notification character(70),
    notify_email smallint NOT NULL,
    credit_notification integer NOT NULL,
    id_group integer NOT NULL,
    company_name character varying(50),
    company_website character varying(60),
    vat_rn character varying(40),
    traffic bigint,
    traffic_target text,
    discount numeric(5,2) NOT NULL,
    restriction smallint NOT NULL,
    mac_addr character(17) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_card_group (
    id integer NOT NULL,
    name character varying(50),
    description character varying(400),
    users_perms integer NOT NULL,
    id_agent integer,
    provisioning character varying(200),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_card_history (
    id bigint NOT NULL,
    id_cc_card bigint,
    datecreated timestamp without time zone NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_card_package_offer (
    id bigint NOT NULL,
    id_cc_card bigint NOT NULL,
    id_cc_package_offer bigint NOT NULL,
    date_consumption timestamp without time zone NOT NULL,
    used_secondes bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_card_seria (
    id integer NOT NULL,
    name character(30) NOT NULL,
    description text,
    value bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_card_subscription (
    id bigint NOT NULL,
    id_cc_card bigint,
    id_subscription_fee integer,
    startdate timestamp without time zone NOT NULL,
    stopdate timestamp without time zone NOT NULL,
    product_id character varying(100),
    product_name character varying(100),
    paid_status smallint NOT NULL,
    last_run timestamp without time zone NOT NULL,
    next_billing_date timestamp without time zone NOT NULL,
    limit_pay_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_charge (
    id bigint NOT NULL,
    id_cc_card bigint NOT NULL,
    iduser integer NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    amount real NOT NULL,
    chargetype integer,
    description text,
    id_cc_did bigint,
    id_cc_card_subscription bigint,
    cover_from date,
    cover_to date,
    charged_status smallint NOT NULL,
    invoiced_status smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_config (
    id integer NOT NULL,
    config_title character varying(100),
    config_key character varying(100),
    config_value character varying(200),
    config_description character varying(500),
    config_valuetype integer NOT NULL,
    config_listvalues character varying(100),
    config_group_title character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_configuration (
    configuration_id integer NOT NULL,
    configuration_title character varying(64) NOT NULL,
    configuration_key character varying(64) NOT NULL,
    configuration_value character varying(255) NOT NULL,
    configuration_description character varying(255) NOT NULL,
    configuration_type integer NOT NULL,
    use_function character varying(255),
    set_function character varying(255),
    PRIMARY KEY (configuration_id)
);
CREATE TABLE a2billing.cc_config_group (
    id integer NOT NULL,
    group_title character varying(64) NOT NULL,
    group_description character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_country (
    id bigint NOT NULL,
    countrycode character(80) NOT NULL,
    countryprefix character(80) NOT NULL,
    countryname character(80) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_currencies (
    id integer NOT NULL,
    currency character(3) NOT NULL,
    name character varying(30) NOT NULL,
    value numeric(12,5) NOT NULL,
    lastupdate timestamp without time zone NOT NULL,
    basecurrency character(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_did (
    id bigint NOT NULL,
    id_cc_didgroup bigint NOT NULL,
    id_cc_country integer NOT NULL,
    activated integer NOT NULL,
    reserved integer,
    iduser bigint NOT NULL,
    did character(50) NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    startingdate timestamp without time zone NOT NULL,
    expirationdate timestamp without time zone NOT NULL,
    description text,
    secondusedreal integer,
    billingtype integer,
    fixrate real NOT NULL,
    connection_charge numeric(15,5) NOT NULL,
    selling_rate numeric(15,5) NOT NULL,
    aleg_carrier_connect_charge numeric(15,5) NOT NULL,
    aleg_carrier_cost_min numeric(15,5) NOT NULL,
    aleg_retail_connect_charge numeric(15,5) NOT NULL,
    aleg_retail_cost_min numeric(15,5) NOT NULL,
    aleg_carrier_initblock integer NOT NULL,
    aleg_carrier_increment integer NOT NULL,
    aleg_retail_initblock integer NOT NULL,
    aleg_retail_increment integer NOT NULL,
    aleg_timeinterval text,
    aleg_carrier_connect_charge_offp numeric(15,5) NOT NULL,
    aleg_carrier_cost_min_offp numeric(15,5) NOT NULL,
    aleg_retail_connect_charge_offp numeric(15,5) NOT NULL,
    aleg_retail_cost_min_offp numeric(15,5) NOT NULL,
    aleg_carrier_initblock_offp integer NOT NULL,
    aleg_carrier_increment_offp integer NOT NULL,
    aleg_retail_initblock_offp integer NOT NULL,
    aleg_retail_increment_offp integer NOT NULL,
    max_concurrent integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_didgroup (
    id bigint NOT NULL,
    didgroupname character(50) NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_did_destination (
    id bigint NOT NULL,
    destination character varying(100),
    priority integer NOT NULL,
    id_cc_card bigint NOT NULL,
    id_cc_did bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    activated integer NOT NULL,
    secondusedreal integer,
    voip_call integer,
    validated integer,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_did_use (
    id bigint NOT NULL,
    id_cc_card bigint,
    id_did bigint NOT NULL,
    reservationdate timestamp without time zone NOT NULL,
    releasedate timestamp without time zone NOT NULL,
    activated integer,
    month_payed integer,
    reminded smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_epayment_log (
    id bigint NOT NULL,
    cardid bigint NOT NULL,
    amount character varying(50) NOT NULL,
    vat real NOT NULL,
    paymentmethod character(50) NOT NULL,
    cc_owner character varying(64),
    cc_number character varying(32),
    cc_expires character varying(7),
    creationdate timestamp without time zone NOT NULL,
    status integer NOT NULL,
    cvv character varying(4),
    credit_card_type character varying(20),
    currency character varying(4),
    transaction_detail text,
    item_type character varying(30),
    item_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_epayment_log_agent (
    id bigint NOT NULL,
    agent_id bigint NOT NULL,
    amount character varying(50) NOT NULL,
    vat real NOT NULL,
    paymentmethod character(50) NOT NULL,
    cc_owner character varying(64),
    cc_number character varying(32),
    cc_expires character varying(7),
    creationdate timestamp without time zone NOT NULL,
    status integer NOT NULL,
    cvv character varying(4),
    credit_card_type character varying(20),
    currency character varying(4),
    transaction_detail text,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_iax_buddies (
    id integer NOT NULL,
    id_cc_card integer NOT NULL,
    name character varying(80) NOT NULL,
    accountcode character varying(20) NOT NULL,
    regexten character varying(20) NOT NULL,
    amaflags character(7),
    callerid character varying(80) NOT NULL,
    context character varying(80) NOT NULL,
    defaultip character(50),
    host character varying(50) NOT NULL,
    language character(2),
    deny character varying(95) NOT NULL,
    permit character varying(95),
    mask character varying(95) NOT NULL,
    port character(5) NOT NULL,
    qualify character(7),
    secret character varying(80) NOT NULL,
    type character(6) NOT NULL,
    username character varying(80) NOT NULL,
    disallow character varying(100) NOT NULL,
    allow character varying(100) NOT NULL,
    regseconds integer NOT NULL,
    ipaddr character(50) NOT NULL,
    trunk character(3),
    dbsecret character varying(40) NOT NULL,
    regcontext character varying(40) NOT NULL,
    sourceaddress character varying(50) NOT NULL,
    mohinterpret character varying(20) NOT NULL,
    mohsuggest character varying(20) NOT NULL,
    inkeys character varying(40) NOT NULL,
    outkey character varying(40) NOT NULL,
    cid_number character varying(40) NOT NULL,
    sendani character varying(10) NOT NULL,
    fullname character varying(40) NOT NULL,
    auth character varying(20) NOT NULL,
    maxauthreq character varying(15) NOT NULL,
    encryption character varying(20) NOT NULL,
    transfer character varying(10) NOT NULL,
    jitterbuffer character varying(10) NOT NULL,
    forcejitterbuffer character varying(10) NOT NULL,
    codecpriority character varying(40) NOT NULL,
    qualifysmoothing character varying(10) NOT NULL,
    qualifyfreqok character varying(10) NOT NULL,
    qualifyfreqnotok character varying(10) NOT NULL,
    timezone character varying(20) NOT NULL,
    adsi character varying(10) NOT NULL,
    setvar character varying(200) NOT NULL,
    requirecalltoken character varying(20) NOT NULL,
    maxcallnumbers character varying(10) NOT NULL,
    maxcallnumbers_nonvalidated character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_invoice (
    id bigint NOT NULL,
    reference character varying(30),
    id_card bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    paid_status smallint NOT NULL,
    status smallint NOT NULL,
    title character varying(50) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_invoice_conf (
    id integer NOT NULL,
    key_val character varying(50) NOT NULL,
    value character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_invoice_item (
    id bigint NOT NULL,
    id_invoice bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    price numeric(15,5) NOT NULL,
    vat numeric(4,2) NOT NULL,
    description text NOT NULL,
    id_ext bigint,
    type_ext character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_invoice_payment (
    id_invoice bigint NOT NULL,
    id_payment bigint NOT NULL,
    PRIMARY KEY (id_invoice, id_payment)
);
CREATE TABLE a2billing.cc_iso639 (
    code character(2) NOT NULL,
    name character(16) NOT NULL,
    lname character(16),
    charset character(16) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE a2billing.cc_logpayment (
    id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    payment numeric(15,5) NOT NULL,
    card_id bigint NOT NULL,
    id_logrefill bigint,
    description text,
    added_refill smallint NOT NULL,
    payment_type smallint NOT NULL,
    added_commission smallint NOT NULL,
    agent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_logpayment_agent (
    id bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    payment numeric(15,5) NOT NULL,
    agent_id bigint NOT NULL,
    id_logrefill bigint,
    description text,
    added_refill smallint NOT NULL,
    payment_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_logrefill (
    id bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    credit numeric(15,5) NOT NULL,
    card_id bigint NOT NULL,
    description text,
    refill_type smallint NOT NULL,
    added_invoice smallint NOT NULL,
    agent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_logrefill_agent (
    id bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    credit numeric(15,5) NOT NULL,
    agent_id bigint NOT NULL,
    description text,
    refill_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_message_agent (
    id bigint NOT NULL,
    id_agent integer NOT NULL,
    message text,
    type smallint NOT NULL,
    logo smallint NOT NULL,
    order_display integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_monitor (
    id bigint NOT NULL,
    label character varying(50) NOT NULL,
    dial_code integer,
    description character varying(250),
    text_intro character varying(250),
    query_type smallint NOT NULL,
    query character varying(1000),
    result_type smallint NOT NULL,
    enable smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_notification (
    id bigint NOT NULL,
    key_value character varying(255),
    date timestamp without time zone NOT NULL,
    priority smallint NOT NULL,
    from_type smallint NOT NULL,
    from_id bigint,
    link_id bigint,
    link_type character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_notification_admin (
    id_notification bigint NOT NULL,
    id_admin integer NOT NULL,
    viewed smallint NOT NULL,
    PRIMARY KEY (id_notification, id_admin)
);
CREATE TABLE a2billing.cc_outbound_cid_group (
    id integer NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    group_name character varying(70) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_outbound_cid_list (
    id integer NOT NULL,
    outbound_cid_group integer NOT NULL,
    cid character(100),
    activated integer NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_package_group (
    id integer NOT NULL,
    name character(30) NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_package_offer (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    label character varying(70) NOT NULL,
    packagetype integer NOT NULL,
    billingtype integer NOT NULL,
    startday integer NOT NULL,
    freetimetocall integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_package_rate (
    package_id integer NOT NULL,
    rate_id integer NOT NULL,
    PRIMARY KEY (package_id, rate_id)
);
CREATE TABLE a2billing.cc_packgroup_package (
    packagegroup_id integer NOT NULL,
    package_id integer NOT NULL,
    PRIMARY KEY (packagegroup_id, package_id)
);
CREATE TABLE a2billing.cc_payments (
    id bigint NOT NULL,
    customers_id bigint NOT NULL,
    customers_name character varying(200) NOT NULL,
    customers_email_address character varying(96) NOT NULL,
    item_name character varying(127),
    item_id character varying(127),
    item_quantity integer NOT NULL,
    payment_method character varying(32) NOT NULL,
    cc_type character varying(20),
    cc_owner character varying(64),
    cc_number character varying(32),
    cc_expires character varying(4),
    orders_status integer NOT NULL,
    orders_amount numeric(14,6),
    last_modified timestamp without time zone,
    date_purchased timestamp without time zone,
    orders_date_finished timestamp without time zone,
    currency character(3),
    currency_value numeric(14,6),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_payments_agent (
    id bigint NOT NULL,
    agent_id bigint NOT NULL,
    agent_name character varying(200) NOT NULL,
    agent_email_address character varying(96) NOT NULL,
    item_name character varying(127),
    item_id character varying(127),
    item_quantity integer NOT NULL,
    payment_method character varying(32) NOT NULL,
    cc_type character varying(20),
    cc_owner character varying(64),
    cc_number character varying(32),
    cc_expires character varying(4),
    orders_status integer NOT NULL,
    orders_amount numeric(14,6),
    last_modified timestamp without time zone,
    date_purchased timestamp without time zone,
    orders_date_finished timestamp without time zone,
    currency character(3),
    currency_value numeric(14,6),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_payments_status (
    id integer NOT NULL,
    status_id integer NOT NULL,
    status_name character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_payment_methods (
    id integer NOT NULL,
    payment_method character(100) NOT NULL,
    payment_filename character(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_paypal (
    id integer NOT NULL,
    payer_id character varying(50),
    payment_date character varying(30),
    txn_id character varying(30),
    first_name character varying(40),
    last_name character varying(40),
    payer_email character varying(55),
    payer_status character varying(30),
    payment_type character varying(30),
    memo text,
    item_name character varying(70),
    item_number character varying(70),
    quantity integer NOT NULL,
    mc_gross numeric(9,2),
    mc_fee numeric(9,2),
    tax numeric(9,2),
    mc_currency character(3),
    address_name character varying(50) NOT NULL,
    address_street character varying(80) NOT NULL,
    address_city character varying(40) NOT NULL,
    address_state character varying(40) NOT NULL,
    address_zip character varying(20) NOT NULL,
    address_country character varying(30) NOT NULL,
    address_status character varying(30) NOT NULL,
    payer_business_name character varying(40) NOT NULL,
    payment_status character varying(30) NOT NULL,
    pending_reason character varying(50) NOT NULL,
    reason_code character varying(30) NOT NULL,
    txn_type character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_phonebook (
    id integer NOT NULL,
    name character(30) NOT NULL,
    description text,
    id_card bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_phonenumber (
    id bigint NOT NULL,
    id_phonebook integer NOT NULL,
    number character(30) NOT NULL,
    name character(40),
    creationdate timestamp without time zone NOT NULL,
    status smallint NOT NULL,
    info text,
    amount integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_prefix (
    prefix bigint NOT NULL,
    destination character varying(60) NOT NULL,
    PRIMARY KEY (prefix)
);
CREATE TABLE a2billing.cc_provider (
    id integer NOT NULL,
    provider_name character(30) NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_ratecard (
    id integer NOT NULL,
    idtariffplan integer NOT NULL,
    dialprefix character(30) NOT NULL,
    buyrate numeric(15,5) NOT NULL,
    buyrateinitblock integer NOT NULL,
    buyrateincrement integer NOT NULL,
    rateinitial numeric(15,5) NOT NULL,
    initblock integer NOT NULL,
    billingblock integer NOT NULL,
    connectcharge numeric(15,5) NOT NULL,
    disconnectcharge numeric(15,5) NOT NULL,
    stepchargea numeric(15,5) NOT NULL,
    chargea numeric(15,5) NOT NULL,
    timechargea integer NOT NULL,
    billingblocka integer NOT NULL,
    stepchargeb numeric(15,5) NOT NULL,
    chargeb numeric(15,5) NOT NULL,
    timechargeb integer NOT NULL,
    billingblockb integer NOT NULL,
    stepchargec real NOT NULL,
    chargec real NOT NULL,
    timechargec integer NOT NULL,
    billingblockc integer NOT NULL,
    startdate timestamp without time zone NOT NULL,
    stopdate timestamp without time zone NOT NULL,
    starttime integer,
    endtime integer,
    id_trunk integer,
    musiconhold character(100) NOT NULL,
    id_outbound_cidgroup integer,
    rounding_calltime integer NOT NULL,
    rounding_threshold integer NOT NULL,
    additional_block_charge numeric(15,5) NOT NULL,
    additional_block_charge_time integer NOT NULL,
    tag character(50),
    disconnectcharge_after integer NOT NULL,
    is_merged integer,
    additional_grace integer NOT NULL,
    minimal_cost numeric(15,5) NOT NULL,
    announce_time_correction numeric(5,3) NOT NULL,
    destination bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_receipt (
    id bigint NOT NULL,
    id_card bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    title character varying(50) NOT NULL,
    description text NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_receipt_item (
    id bigint NOT NULL,
    id_receipt bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    price numeric(15,5) NOT NULL,
    description text NOT NULL,
    id_ext bigint,
    type_ext character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_remittance_request (
    id bigint NOT NULL,
    id_agent bigint NOT NULL,
    amount numeric(15,5) NOT NULL,
    type smallint NOT NULL,
    date timestamp without time zone NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_restricted_phonenumber (
    id bigint NOT NULL,
    number character varying(50) NOT NULL,
    id_card bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_server_group (
    id bigint NOT NULL,
    name character varying(60),
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_server_manager (
    id bigint NOT NULL,
    id_group integer,
    server_ip character varying(40),
    manager_host character varying(50),
    manager_username character varying(50),
    manager_secret character varying(50),
    lasttime_used timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_service (
    id bigint NOT NULL,
    name character(100) NOT NULL,
    amount real NOT NULL,
    period integer NOT NULL,
    rule integer NOT NULL,
    daynumber integer NOT NULL,
    stopmode integer NOT NULL,
    maxnumbercycle integer NOT NULL,
    status integer NOT NULL,
    numberofrun integer NOT NULL,
    datecreate timestamp without time zone NOT NULL,
    datelastrun timestamp without time zone NOT NULL,
    emailreport character(100) NOT NULL,
    totalcredit real NOT NULL,
    totalcardperform integer NOT NULL,
    operate_mode smallint,
    dialplan integer,
    use_group smallint,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_service_report (
    id bigint NOT NULL,
    cc_service_id bigint NOT NULL,
    daterun timestamp without time zone NOT NULL,
    totalcardperform integer,
    totalcredit real,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_sip_buddies (
    id integer NOT NULL,
    id_cc_card integer NOT NULL,
    name character varying(80) NOT NULL,
    accountcode character varying(20) NOT NULL,
    regexten character varying(20) NOT NULL,
    amaflags character(7),
    callgroup character(10),
    callerid character varying(80) NOT NULL,
    canreinvite character varying(20) NOT NULL,
    context character varying(80) NOT NULL,
    defaultip character(50),
    dtmfmode character(7) NOT NULL,
    fromuser character varying(80) NOT NULL,
    fromdomain character varying(80) NOT NULL,
    host character varying(50) NOT NULL,
    insecure character varying(20) NOT NULL,
    language character(2),
    mailbox character varying(50) NOT NULL,
    md5secret character varying(80) NOT NULL,
    nat character(30),
    deny character varying(95) NOT NULL,
    permit character varying(95),
    mask character varying(95) NOT NULL,
    pickupgroup character(10),
    port character(5) NOT NULL,
    qualify character(7),
    restrictcid character(1),
    rtptimeout character(3),
    rtpholdtimeout character(3),
    secret character varying(80) NOT NULL,
    type character(6) NOT NULL,
    username character varying(80) NOT NULL,
    disallow character varying(100) NOT NULL,
    allow character varying(100) NOT NULL,
    musiconhold character varying(100) NOT NULL,
    regseconds integer NOT NULL,
    ipaddr character(50) NOT NULL,
    cancallforward character(3),
    fullcontact character varying(80) NOT NULL,
    setvar character varying(100) NOT NULL,
    regserver character varying(20),
    lastms character varying(11),
    defaultuser character varying(40) NOT NULL,
    auth character varying(10) NOT NULL,
    subscribemwi character varying(10) NOT NULL,
    vmexten character varying(20) NOT NULL,
    cid_number character varying(40) NOT NULL,
    callingpres character varying(20) NOT NULL,
    usereqphone character varying(10) NOT NULL,
    incominglimit character varying(10) NOT NULL,
    subscribecontext character varying(40) NOT NULL,
    musicclass character varying(20) NOT NULL,
    mohsuggest character varying(20) NOT NULL,
    allowtransfer character varying(20) NOT NULL,
    autoframing character varying(10) NOT NULL,
    maxcallbitrate character varying(15) NOT NULL,
    outboundproxy character varying(40) NOT NULL,
    rtpkeepalive character varying(15) NOT NULL,
    useragent character varying(80),
    callbackextension character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_speeddial (
    id bigint NOT NULL,
    id_cc_card bigint NOT NULL,
    phone character varying(100) NOT NULL,
    name character varying(100) NOT NULL,
    speeddial integer,
    creationdate timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_status_log (
    id bigint NOT NULL,
    status integer NOT NULL,
    id_cc_card bigint NOT NULL,
    updated_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_subscription_service (
    id bigint NOT NULL,
    label character varying(200) NOT NULL,
    fee real NOT NULL,
    status integer NOT NULL,
    numberofrun integer NOT NULL,
    datecreate timestamp without time zone NOT NULL,
    datelastrun timestamp without time zone NOT NULL,
    emailreport character varying(100) NOT NULL,
    totalcredit real NOT NULL,
    totalcardperform integer NOT NULL,
    startdate timestamp without time zone NOT NULL,
    stopdate timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_subscription_signup (
    id bigint NOT NULL,
    label character varying(50) NOT NULL,
    id_subscription bigint,
    description character varying(500),
    enable smallint NOT NULL,
    id_callplan bigint,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_support (
    id smallint NOT NULL,
    name character varying(50) NOT NULL,
    email character varying(70),
    language character(5) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_support_component (
    id smallint NOT NULL,
    id_support smallint NOT NULL,
    name character varying(50) NOT NULL,
    activated smallint NOT NULL,
    type_user smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_system_log (
    id integer NOT NULL,
    iduser integer NOT NULL,
    loglevel integer NOT NULL,
    action text NOT NULL,
    description text,
    data bytea,
    tablename character varying(255),
    pagename character varying(255),
    ipaddress character varying(255),
    creationdate timestamp without time zone NOT NULL,
    agent smallint,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_tariffgroup (
    id integer NOT NULL,
    iduser integer NOT NULL,
    idtariffplan integer NOT NULL,
    tariffgroupname character(50) NOT NULL,
    lcrtype integer NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    removeinterprefix integer NOT NULL,
    id_cc_package_offer bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_tariffgroup_plan (
    idtariffgroup integer NOT NULL,
    idtariffplan integer NOT NULL,
    PRIMARY KEY (idtariffgroup, idtariffplan)
);
CREATE TABLE a2billing.cc_tariffplan (
    id integer NOT NULL,
    iduser integer NOT NULL,
    tariffname character(50) NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    startingdate timestamp without time zone NOT NULL,
    expirationdate timestamp without time zone NOT NULL,
    description text,
    id_trunk integer,
    secondusedreal integer,
    secondusedcarrier integer,
    secondusedratecard integer,
    reftariffplan integer,
    idowner integer,
    dnidprefix character(30) NOT NULL,
    calleridprefix character(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_templatemail (
    id integer NOT NULL,
    id_language character(20) NOT NULL,
    mailtype character(50),
    fromemail character(70),
    fromname character(70),
    subject character varying(130),
    messagetext character varying(3000),
    messagehtml character varying(3000),
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_ticket (
    id bigint NOT NULL,
    id_component smallint NOT NULL,
    title character varying(100) NOT NULL,
    description text,
    priority smallint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    creator bigint NOT NULL,
    status smallint NOT NULL,
    creator_type smallint NOT NULL,
    viewed_cust smallint NOT NULL,
    viewed_agent smallint NOT NULL,
    viewed_admin smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_ticket_comment (
    id bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    id_ticket bigint NOT NULL,
    description text,
    creator bigint NOT NULL,
    creator_type smallint NOT NULL,
    viewed_cust smallint NOT NULL,
    viewed_agent smallint NOT NULL,
    viewed_admin smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_timezone (
    id integer NOT NULL,
    gmtzone character varying(255),
    gmttime character varying(255),
    gmtoffset bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE a2billing.cc_trunk (
    id_trunk integer NOT NULL,
    trunkcode character varying(50),
    trunkprefix character(20),
    providertech character(20) NOT NULL,
    providerip character(80) NOT NULL,
    removeprefix character(20),
    secondusedreal integer,
    secondusedcarrier integer,
    secondusedratecard integer,
    creationdate timestamp without time zone NOT NULL,
    failover_trunk integer,
    addparameter character(120),
    id_provider integer,
    inuse integer,
    maxuse integer,
    status integer,
    if_max_use integer,
    PRIMARY KEY (id_trunk)
);
CREATE TABLE a2billing.cc_ui_authen (
    userid bigint NOT NULL,
    login character(50) NOT NULL,
    pwd_encoded character varying(250) NOT NULL,
    groupid integer,
    perms integer,
    confaddcust integer,
    name character(50),
    direction character(80),
    zipcode character(20),
    state character(20),
    phone character(30),
    fax character(30),
    datecreation timestamp without time zone NOT NULL,
    email character varying(70),
    country character varying(40),
    city character varying(40),
    PRIMARY KEY (userid)
);
CREATE TABLE a2billing.cc_version (
    version character varying(30) NOT NULL
);
CREATE TABLE a2billing.cc_voucher (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    usedate timestamp without time zone NOT NULL,
    expirationdate timestamp without time zone NOT NULL,
    voucher character(50) NOT NULL,
    usedcardnumber character(50),
    tag character(50),
    credit real NOT NULL,
    activated character(1) NOT NULL,
    used integer,
    currency character(3),
    PRIMARY KEY (id)
);
