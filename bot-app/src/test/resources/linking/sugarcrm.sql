-- SugarCRM Community Edition 6.5.8 (the open-source CRM SuiteCRM was forked from): accounts, contacts, leads,
-- prospects and target lists, opportunities, cases, bugs and releases, calls, meetings, tasks, notes, e-mails and
-- e-mail addresses, campaigns and their logs and trackers, documents and revisions, projects and project tasks,
-- users, roles and ACL, the many-to-many link tables between them, plus the framework's tables (config,
-- relationships, schedulers and job queue, trackers, OAuth, saved searches, audit tables). Source: sql/init.sql of
-- github.com/lakwarus/sugarcrm (commit 665db0b, 2012-12-10), a mysqldump of a fresh SugarCRM CE install (its config
-- rows say sugar_version 6.5.8) kept next to the SugarCRM CE 6.5.8 code in www/ (SugarCRM ships no SQL of its own; it
-- builds the tables from its vardefs). Licence: AGPL-3.0 (SugarCRM CE, www/LICENSE.txt; the repository adds none of
-- its own); we use the schema's facts. MySQL turned into PostgreSQL by a one-off script (not kept): schema sugarcrm,
-- table names as SugarCRM names them; char(36) ids → character(36), varchar → character varying, int → integer,
-- tinyint → smallint, text/longtext → text, double → double precision, datetime → timestamp. Kept: all 107 tables,
-- every column with its NOT NULL, the 102 primary keys (address_book, config, custom_fields, email_cache and
-- users_feeds have none in the source) and the 4 unique keys. Left out: defaults, plain indexes, engine options and
-- the install's rows (config, currencies, acl actions, relationships, schedulers, ...). SugarCRM declares no foreign
-- keys and no catalog comments, so there are none here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS sugarcrm;
CREATE TABLE sugarcrm.accounts (
    id character(36) NOT NULL,
    name character varying(150),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    account_type character varying(50),
    industry character varying(50),
    annual_revenue character varying(100),
    phone_fax character varying(100),
    billing_address_street character varying(150),
    billing_address_city character varying(100),
    billing_address_state character varying(100),
    billing_address_postalcode character varying(20),
    billing_address_country character varying(255),
    rating character varying(100),
    phone_office character varying(100),
    phone_alternate character varying(100),
    website character varying(255),
    ownership character varying(100),
    employees character varying(10),
    ticker_symbol character varying(10),
    shipping_address_street character varying(150),
    shipping_address_city character varying(100),
    shipping_address_state character varying(100),
    shipping_address_postalcode character varying(20),
    shipping_address_country character varying(255),
    parent_id character(36),
    sic_code character varying(10),
    campaign_id character(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.accounts_audit (
    id character(36) NOT NULL,
    parent_id character(36) NOT NULL,
    date_created timestamp without time zone,
    created_by character varying(36),
    field_name character varying(100),
    data_type character varying(100),
    before_value_string character varying(255),
    after_value_string character varying(255),
    before_value_text text,
    after_value_text text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.accounts_bugs (
    id character varying(36) NOT NULL,
    account_id character varying(36),
    bug_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.accounts_cases (
    id character varying(36) NOT NULL,
    account_id character varying(36),
    case_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.accounts_contacts (
    id character varying(36) NOT NULL,
    contact_id character varying(36),
    account_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.accounts_opportunities (
    id character varying(36) NOT NULL,
    opportunity_id character varying(36),
    account_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.acl_actions (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    name character varying(150),
    category character varying(100),
    acltype character varying(100),
    aclaccess integer,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.acl_roles (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    name character varying(150),
    description text,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.acl_roles_actions (
    id character varying(36) NOT NULL,
    role_id character varying(36),
    action_id character varying(36),
    access_override integer,
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.acl_roles_users (
    id character varying(36) NOT NULL,
    role_id character varying(36),
    user_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.address_book (
    assigned_user_id character(36) NOT NULL,
    bean character varying(50),
    bean_id character(36) NOT NULL
);
CREATE TABLE sugarcrm.bugs (
    id character(36) NOT NULL,
    name character varying(255),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    bug_number integer NOT NULL,
    type character varying(255),
    status character varying(100),
    priority character varying(100),
    resolution character varying(255),
    work_log text,
    found_in_release character varying(255),
    fixed_in_release character varying(255),
    source character varying(255),
    product_category character varying(255),
    PRIMARY KEY (id),
    UNIQUE (bug_number)
);
CREATE TABLE sugarcrm.bugs_audit (
    id character(36) NOT NULL,
    parent_id character(36) NOT NULL,
    date_created timestamp without time zone,
    created_by character varying(36),
    field_name character varying(100),
    data_type character varying(100),
    before_value_string character varying(255),
    after_value_string character varying(255),
    before_value_text text,
    after_value_text text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.calls (
    id character(36) NOT NULL,
    name character varying(50),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    duration_hours integer,
    duration_minutes integer,
    date_start timestamp without time zone,
    date_end timestamp without time zone,
    parent_type character varying(255),
    status character varying(100),
    direction character varying(100),
    parent_id character(36),
    reminder_time integer,
    email_reminder_time integer,
    email_reminder_sent smallint,
    outlook_id character varying(255),
    repeat_type character varying(36),
    repeat_interval integer,
    repeat_dow character varying(7),
    repeat_until date,
    repeat_count integer,
    repeat_parent_id character(36),
    recurring_source character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.calls_contacts (
    id character varying(36) NOT NULL,
    call_id character varying(36),
    contact_id character varying(36),
    required character varying(1),
    accept_status character varying(25),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.calls_leads (
    id character varying(36) NOT NULL,
    call_id character varying(36),
    lead_id character varying(36),
    required character varying(1),
    accept_status character varying(25),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.calls_users (
    id character varying(36) NOT NULL,
    call_id character varying(36),
    user_id character varying(36),
    required character varying(1),
    accept_status character varying(25),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.campaign_log (
    id character(36) NOT NULL,
    campaign_id character(36),
    target_tracker_key character varying(36),
    target_id character varying(36),
    target_type character varying(100),
    activity_type character varying(100),
    activity_date timestamp without time zone,
    related_id character varying(36),
    related_type character varying(100),
    archived smallint,
    hits integer,
    list_id character(36),
    deleted smallint,
    date_modified timestamp without time zone,
    more_information character varying(100),
    marketing_id character(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.campaign_trkrs (
    id character(36) NOT NULL,
    tracker_name character varying(30),
    tracker_url character varying(255),
    tracker_key integer NOT NULL,
    campaign_id character(36),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    is_optout smallint,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.campaigns (
    id character(36) NOT NULL,
    name character varying(50),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    deleted smallint,
    assigned_user_id character(36),
    tracker_key integer NOT NULL,
    tracker_count integer,
    refer_url character varying(255),
    tracker_text character varying(255),
    start_date date,
    end_date date,
    status character varying(100),
    impressions integer,
    currency_id character(36),
    budget double precision,
    expected_cost double precision,
    actual_cost double precision,
    expected_revenue double precision,
    campaign_type character varying(100),
    objective text,
    content text,
    frequency character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.campaigns_audit (
    id character(36) NOT NULL,
    parent_id character(36) NOT NULL,
    date_created timestamp without time zone,
    created_by character varying(36),
    field_name character varying(100),
    data_type character varying(100),
    before_value_string character varying(255),
    after_value_string character varying(255),
    before_value_text text,
    after_value_text text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.cases (
    id character(36) NOT NULL,
    name character varying(255),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    case_number integer NOT NULL,
    type character varying(255),
    status character varying(100),
    priority character varying(100),
    resolution text,
    work_log text,
    account_id character(36),
    PRIMARY KEY (id),
    UNIQUE (case_number)
);
CREATE TABLE sugarcrm.cases_audit (
    id character(36) NOT NULL,
    parent_id character(36) NOT NULL,
    date_created timestamp without time zone,
    created_by character varying(36),
    field_name character varying(100),
    data_type character varying(100),
    before_value_string character varying(255),
    after_value_string character varying(255),
    before_value_text text,
    after_value_text text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.cases_bugs (
    id character varying(36) NOT NULL,
    case_id character varying(36),
    bug_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.config (
    category character varying(32),
    name character varying(32),
    value text
);
CREATE TABLE sugarcrm.contacts (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    salutation character varying(255),
    first_name character varying(100),
    last_name character varying(100),
    title character varying(100),
    department character varying(255),
    do_not_call smallint,
    phone_home character varying(100),
    phone_mobile character varying(100),
    phone_work character varying(100),
    phone_other character varying(100),
    phone_fax character varying(100),
    primary_address_street character varying(150),
    primary_address_city character varying(100),
    primary_address_state character varying(100),
    primary_address_postalcode character varying(20),
    primary_address_country character varying(255),
    alt_address_street character varying(150),
    alt_address_city character varying(100),
    alt_address_state character varying(100),
    alt_address_postalcode character varying(20),
    alt_address_country character varying(255),
    assistant character varying(75),
    assistant_phone character varying(100),
    lead_source character varying(255),
    reports_to_id character(36),
    birthdate date,
    campaign_id character(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.contacts_audit (
    id character(36) NOT NULL,
    parent_id character(36) NOT NULL,
    date_created timestamp without time zone,
    created_by character varying(36),
    field_name character varying(100),
    data_type character varying(100),
    before_value_string character varying(255),
    after_value_string character varying(255),
    before_value_text text,
    after_value_text text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.contacts_bugs (
    id character varying(36) NOT NULL,
    contact_id character varying(36),
    bug_id character varying(36),
    contact_role character varying(50),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.contacts_cases (
    id character varying(36) NOT NULL,
    contact_id character varying(36),
    case_id character varying(36),
    contact_role character varying(50),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.contacts_users (
    id character varying(36) NOT NULL,
    contact_id character varying(36),
    user_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.currencies (
    id character(36) NOT NULL,
    name character varying(36),
    symbol character varying(36),
    iso4217 character varying(3),
    conversion_rate double precision,
    status character varying(100),
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    created_by character(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.custom_fields (
    bean_id character varying(36),
    set_num integer,
    field0 character varying(255),
    field1 character varying(255),
    field2 character varying(255),
    field3 character varying(255),
    field4 character varying(255),
    field5 character varying(255),
    field6 character varying(255),
    field7 character varying(255),
    field8 character varying(255),
    field9 character varying(255),
    deleted smallint
);
CREATE TABLE sugarcrm.document_revisions (
    id character varying(36) NOT NULL,
    change_log character varying(255),
    document_id character varying(36),
    doc_id character varying(100),
    doc_type character varying(100),
    doc_url character varying(255),
    date_entered timestamp without time zone,
    created_by character(36),
    filename character varying(255),
    file_ext character varying(100),
    file_mime_type character varying(100),
    revision character varying(100),
    deleted smallint,
    date_modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.documents (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    document_name character varying(255),
    doc_id character varying(100),
    doc_type character varying(100),
    doc_url character varying(255),
    active_date date,
    exp_date date,
    category_id character varying(100),
    subcategory_id character varying(100),
    status_id character varying(100),
    document_revision_id character varying(36),
    related_doc_id character(36),
    related_doc_rev_id character(36),
    is_template smallint,
    template_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.documents_accounts (
    id character varying(36) NOT NULL,
    date_modified timestamp without time zone,
    deleted smallint,
    document_id character varying(36),
    account_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.documents_bugs (
    id character varying(36) NOT NULL,
    date_modified timestamp without time zone,
    deleted smallint,
    document_id character varying(36),
    bug_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.documents_cases (
    id character varying(36) NOT NULL,
    date_modified timestamp without time zone,
    deleted smallint,
    document_id character varying(36),
    case_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.documents_contacts (
    id character varying(36) NOT NULL,
    date_modified timestamp without time zone,
    deleted smallint,
    document_id character varying(36),
    contact_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.documents_opportunities (
    id character varying(36) NOT NULL,
    date_modified timestamp without time zone,
    deleted smallint,
    document_id character varying(36),
    opportunity_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.eapm (
    id character(36) NOT NULL,
    name character varying(255),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    password character varying(255),
    url character varying(255),
    application character varying(100),
    api_data text,
    consumer_key character varying(255),
    consumer_secret character varying(255),
    oauth_token character varying(255),
    oauth_secret character varying(255),
    validated smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.email_addr_bean_rel (
    id character(36) NOT NULL,
    email_address_id character(36) NOT NULL,
    bean_id character(36) NOT NULL,
    bean_module character varying(100),
    primary_address smallint,
    reply_to_address smallint,
    date_created timestamp without time zone,
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.email_addresses (
    id character(36) NOT NULL,
    email_address character varying(255),
    email_address_caps character varying(255),
    invalid_email smallint,
    opt_out smallint,
    date_created timestamp without time zone,
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.email_cache (
    ie_id character(36),
    mbox character varying(60),
    subject character varying(255),
    fromaddr character varying(100),
    toaddr character varying(255),
    senddate timestamp without time zone,
    message_id character varying(255),
    mailsize bigint,
    imap_uid bigint,
    msgno bigint,
    recent smallint,
    flagged smallint,
    answered smallint,
    deleted smallint,
    seen smallint,
    draft smallint
);
CREATE TABLE sugarcrm.email_marketing (
    id character(36) NOT NULL,
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    name character varying(255),
    from_name character varying(100),
    from_addr character varying(100),
    reply_to_name character varying(100),
    reply_to_addr character varying(100),
    inbound_email_id character varying(36),
    date_start timestamp without time zone,
    template_id character(36) NOT NULL,
    status character varying(100),
    campaign_id character(36),
    all_prospect_lists smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.email_marketing_prospect_lists (
    id character varying(36) NOT NULL,
    prospect_list_id character varying(36),
    email_marketing_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.email_templates (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character varying(36),
    published character varying(3),
    name character varying(255),
    description text,
    subject character varying(255),
    body text,
    body_html text,
    deleted smallint,
    assigned_user_id character(36),
    text_only smallint,
    type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.emailman (
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    user_id character(36),
    id integer NOT NULL,
    campaign_id character(36),
    marketing_id character(36),
    list_id character(36),
    send_date_time timestamp without time zone,
    modified_user_id character(36),
    in_queue smallint,
    in_queue_date timestamp without time zone,
    send_attempts integer,
    deleted smallint,
    related_id character(36),
    related_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.emails (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    assigned_user_id character(36),
    modified_user_id character(36),
    created_by character(36),
    deleted smallint,
    date_sent timestamp without time zone,
    message_id character varying(255),
    name character varying(255),
    type character varying(100),
    status character varying(100),
    flagged smallint,
    reply_to_status smallint,
    intent character varying(100),
    mailbox_id character(36),
    parent_type character varying(100),
    parent_id character(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.emails_beans (
    id character(36) NOT NULL,
    email_id character(36),
    bean_id character(36),
    bean_module character varying(100),
    campaign_data text,
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.emails_email_addr_rel (
    id character(36) NOT NULL,
    email_id character(36) NOT NULL,
    address_type character varying(4),
    email_address_id character(36) NOT NULL,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.emails_text (
    email_id character(36) NOT NULL,
    from_addr character varying(255),
    reply_to_addr character varying(255),
    to_addrs text,
    cc_addrs text,
    bcc_addrs text,
    description text,
    description_html text,
    raw_source text,
    deleted smallint,
    PRIMARY KEY (email_id)
);
CREATE TABLE sugarcrm.fields_meta_data (
    id character varying(255) NOT NULL,
    name character varying(255),
    vname character varying(255),
    comments character varying(255),
    help character varying(255),
    custom_module character varying(255),
    type character varying(255),
    len integer,
    required smallint,
    default_value character varying(255),
    date_modified timestamp without time zone,
    deleted smallint,
    audited smallint,
    massupdate smallint,
    duplicate_merge smallint,
    reportable smallint,
    importable character varying(255),
    ext1 character varying(255),
    ext2 character varying(255),
    ext3 character varying(255),
    ext4 text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.folders (
    id character(36) NOT NULL,
    name character varying(25),
    folder_type character varying(25),
    parent_folder character(36),
    has_child smallint,
    is_group smallint,
    is_dynamic smallint,
    dynamic_query text,
    assign_to_id character(36),
    created_by character(36) NOT NULL,
    modified_by character(36) NOT NULL,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.folders_rel (
    id character(36) NOT NULL,
    folder_id character(36) NOT NULL,
    polymorphic_module character varying(25),
    polymorphic_id character(36) NOT NULL,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.folders_subscriptions (
    id character(36) NOT NULL,
    folder_id character(36) NOT NULL,
    assigned_user_id character(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.import_maps (
    id character(36) NOT NULL,
    name character varying(254),
    source character varying(36),
    enclosure character varying(1),
    delimiter character varying(1),
    module character varying(36),
    content text,
    default_values text,
    has_header smallint,
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    assigned_user_id character(36),
    is_published character varying(3),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.inbound_email (
    id character varying(36) NOT NULL,
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    name character varying(255),
    status character varying(100),
    server_url character varying(100),
    email_user character varying(100),
    email_password character varying(100),
    port integer,
    service character varying(50),
    mailbox text,
    delete_seen smallint,
    mailbox_type character varying(10),
    template_id character(36),
    stored_options text,
    group_id character(36),
    is_personal smallint,
    groupfolder_id character(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.inbound_email_autoreply (
    id character(36) NOT NULL,
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    autoreplied_to character varying(100),
    ie_id character(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.inbound_email_cache_ts (
    id character varying(255) NOT NULL,
    ie_timestamp bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.job_queue (
    assigned_user_id character(36),
    id character(36) NOT NULL,
    name character varying(255),
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    scheduler_id character(36),
    execute_time timestamp without time zone,
    status character varying(20),
    resolution character varying(20),
    message text,
    target character varying(255),
    data text,
    requeue smallint,
    retry_count smallint,
    failure_count smallint,
    job_delay integer,
    client character varying(255),
    percent_complete integer,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.leads (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    salutation character varying(255),
    first_name character varying(100),
    last_name character varying(100),
    title character varying(100),
    department character varying(100),
    do_not_call smallint,
    phone_home character varying(100),
    phone_mobile character varying(100),
    phone_work character varying(100),
    phone_other character varying(100),
    phone_fax character varying(100),
    primary_address_street character varying(150),
    primary_address_city character varying(100),
    primary_address_state character varying(100),
    primary_address_postalcode character varying(20),
    primary_address_country character varying(255),
    alt_address_street character varying(150),
    alt_address_city character varying(100),
    alt_address_state character varying(100),
    alt_address_postalcode character varying(20),
    alt_address_country character varying(255),
    assistant character varying(75),
    assistant_phone character varying(100),
    converted smallint,
    refered_by character varying(100),
    lead_source character varying(100),
    lead_source_description text,
    status character varying(100),
    status_description text,
    reports_to_id character(36),
    account_name character varying(255),
    account_description text,
    contact_id character(36),
    account_id character(36),
    opportunity_id character(36),
    opportunity_name character varying(255),
    opportunity_amount character varying(50),
    campaign_id character(36),
    birthdate date,
    portal_name character varying(255),
    portal_app character varying(255),
    website character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.leads_audit (
    id character(36) NOT NULL,
    parent_id character(36) NOT NULL,
    date_created timestamp without time zone,
    created_by character varying(36),
    field_name character varying(100),
    data_type character varying(100),
    before_value_string character varying(255),
    after_value_string character varying(255),
    before_value_text text,
    after_value_text text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.linked_documents (
    id character varying(36) NOT NULL,
    parent_id character varying(36),
    parent_type character varying(25),
    document_id character varying(36),
    document_revision_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.meetings (
    id character(36) NOT NULL,
    name character varying(50),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    location character varying(50),
    password character varying(50),
    join_url character varying(200),
    host_url character varying(400),
    displayed_url character varying(400),
    creator character varying(50),
    external_id character varying(50),
    duration_hours integer,
    duration_minutes integer,
    date_start timestamp without time zone,
    date_end timestamp without time zone,
    parent_type character varying(100),
    status character varying(100),
    type character varying(255),
    parent_id character(36),
    reminder_time integer,
    email_reminder_time integer,
    email_reminder_sent smallint,
    outlook_id character varying(255),
    sequence integer,
    repeat_type character varying(36),
    repeat_interval integer,
    repeat_dow character varying(7),
    repeat_until date,
    repeat_count integer,
    repeat_parent_id character(36),
    recurring_source character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.meetings_contacts (
    id character varying(36) NOT NULL,
    meeting_id character varying(36),
    contact_id character varying(36),
    required character varying(1),
    accept_status character varying(25),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.meetings_leads (
    id character varying(36) NOT NULL,
    meeting_id character varying(36),
    lead_id character varying(36),
    required character varying(1),
    accept_status character varying(25),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.meetings_users (
    id character varying(36) NOT NULL,
    meeting_id character varying(36),
    user_id character varying(36),
    required character varying(1),
    accept_status character varying(25),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.notes (
    assigned_user_id character(36),
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    name character varying(255),
    file_mime_type character varying(100),
    filename character varying(255),
    parent_type character varying(255),
    parent_id character(36),
    contact_id character(36),
    portal_flag smallint,
    embed_flag smallint,
    description text,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.oauth_consumer (
    id character(36) NOT NULL,
    name character varying(255),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    c_key character varying(255),
    c_secret character varying(255),
    PRIMARY KEY (id),
    UNIQUE (c_key)
);
CREATE TABLE sugarcrm.oauth_nonce (
    conskey character varying(32) NOT NULL,
    nonce character varying(32) NOT NULL,
    nonce_ts bigint,
    PRIMARY KEY (conskey, nonce)
);
CREATE TABLE sugarcrm.oauth_tokens (
    id character(36) NOT NULL,
    secret character varying(32),
    tstate character varying(1),
    consumer character(36) NOT NULL,
    token_ts bigint,
    verify character varying(32),
    deleted smallint NOT NULL,
    callback_url character varying(255),
    assigned_user_id character(36),
    PRIMARY KEY (id, deleted)
);
CREATE TABLE sugarcrm.opportunities (
    id character(36) NOT NULL,
    name character varying(50),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    opportunity_type character varying(255),
    campaign_id character(36),
    lead_source character varying(50),
    amount double precision,
    amount_usdollar double precision,
    currency_id character(36),
    date_closed date,
    next_step character varying(100),
    sales_stage character varying(255),
    probability double precision,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.opportunities_audit (
    id character(36) NOT NULL,
    parent_id character(36) NOT NULL,
    date_created timestamp without time zone,
    created_by character varying(36),
    field_name character varying(100),
    data_type character varying(100),
    before_value_string character varying(255),
    after_value_string character varying(255),
    before_value_text text,
    after_value_text text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.opportunities_contacts (
    id character varying(36) NOT NULL,
    contact_id character varying(36),
    opportunity_id character varying(36),
    contact_role character varying(50),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.outbound_email (
    id character(36) NOT NULL,
    name character varying(50),
    type character varying(15),
    user_id character(36) NOT NULL,
    mail_sendtype character varying(8),
    mail_smtptype character varying(20),
    mail_smtpserver character varying(100),
    mail_smtpport integer,
    mail_smtpuser character varying(100),
    mail_smtppass character varying(100),
    mail_smtpauth_req smallint,
    mail_smtpssl integer,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.project (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    assigned_user_id character(36),
    modified_user_id character(36),
    created_by character(36),
    name character varying(50),
    description text,
    deleted smallint,
    estimated_start_date date,
    estimated_end_date date,
    status character varying(255),
    priority character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.project_task (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    project_id character(36) NOT NULL,
    project_task_id integer,
    name character varying(50),
    status character varying(255),
    description text,
    predecessors text,
    date_start date,
    time_start integer,
    time_finish integer,
    date_finish date,
    duration integer,
    duration_unit text,
    actual_duration integer,
    percent_complete integer,
    date_due date,
    time_due time without time zone,
    parent_task_id integer,
    assigned_user_id character(36),
    modified_user_id character(36),
    priority character varying(255),
    created_by character(36),
    milestone_flag smallint,
    order_number integer,
    task_number integer,
    estimated_effort integer,
    actual_effort integer,
    deleted smallint,
    utilization integer,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.project_task_audit (
    id character(36) NOT NULL,
    parent_id character(36) NOT NULL,
    date_created timestamp without time zone,
    created_by character varying(36),
    field_name character varying(100),
    data_type character varying(100),
    before_value_string character varying(255),
    after_value_string character varying(255),
    before_value_text text,
    after_value_text text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.projects_accounts (
    id character varying(36) NOT NULL,
    account_id character varying(36),
    project_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.projects_bugs (
    id character varying(36) NOT NULL,
    bug_id character varying(36),
    project_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.projects_cases (
    id character varying(36) NOT NULL,
    case_id character varying(36),
    project_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.projects_contacts (
    id character varying(36) NOT NULL,
    contact_id character varying(36),
    project_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.projects_opportunities (
    id character varying(36) NOT NULL,
    opportunity_id character varying(36),
    project_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.projects_products (
    id character varying(36) NOT NULL,
    product_id character varying(36),
    project_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.prospect_list_campaigns (
    id character varying(36) NOT NULL,
    prospect_list_id character varying(36),
    campaign_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.prospect_lists (
    assigned_user_id character(36),
    id character(36) NOT NULL,
    name character varying(50),
    list_type character varying(100),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    deleted smallint,
    description text,
    domain_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.prospect_lists_prospects (
    id character varying(36) NOT NULL,
    prospect_list_id character varying(36),
    related_id character varying(36),
    related_type character varying(25),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.prospects (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    salutation character varying(255),
    first_name character varying(100),
    last_name character varying(100),
    title character varying(100),
    department character varying(255),
    do_not_call smallint,
    phone_home character varying(100),
    phone_mobile character varying(100),
    phone_work character varying(100),
    phone_other character varying(100),
    phone_fax character varying(100),
    primary_address_street character varying(150),
    primary_address_city character varying(100),
    primary_address_state character varying(100),
    primary_address_postalcode character varying(20),
    primary_address_country character varying(255),
    alt_address_street character varying(150),
    alt_address_city character varying(100),
    alt_address_state character varying(100),
    alt_address_postalcode character varying(20),
    alt_address_country character varying(255),
    assistant character varying(75),
    assistant_phone character varying(100),
    tracker_key integer NOT NULL,
    birthdate date,
    lead_id character(36),
    account_name character varying(150),
    campaign_id character(36),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.relationships (
    id character(36) NOT NULL,
    relationship_name character varying(150),
    lhs_module character varying(100),
    lhs_table character varying(64),
    lhs_key character varying(64),
    rhs_module character varying(100),
    rhs_table character varying(64),
    rhs_key character varying(64),
    join_table character varying(64),
    join_key_lhs character varying(64),
    join_key_rhs character varying(64),
    relationship_type character varying(64),
    relationship_role_column character varying(64),
    relationship_role_column_value character varying(50),
    reverse smallint,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.releases (
    id character(36) NOT NULL,
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    name character varying(50),
    list_order integer,
    status character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.roles (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    name character varying(150),
    description text,
    modules text,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.roles_modules (
    id character varying(36) NOT NULL,
    role_id character varying(36),
    module_id character varying(36),
    allow smallint,
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.roles_users (
    id character varying(36) NOT NULL,
    role_id character varying(36),
    user_id character varying(36),
    date_modified timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.saved_search (
    id character(36) NOT NULL,
    name character varying(150),
    search_module character varying(150),
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    assigned_user_id character(36),
    contents text,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.schedulers (
    id character varying(36) NOT NULL,
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    created_by character(36),
    modified_user_id character(36),
    name character varying(255),
    job character varying(255),
    date_time_start timestamp without time zone,
    date_time_end timestamp without time zone,
    job_interval character varying(100),
    time_from time without time zone,
    time_to time without time zone,
    last_run timestamp without time zone,
    status character varying(100),
    catch_up smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.sugarfeed (
    id character(36) NOT NULL,
    name character varying(255),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description character varying(255),
    deleted smallint,
    assigned_user_id character(36),
    related_module character varying(100),
    related_id character(36),
    link_url character varying(255),
    link_type character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.tasks (
    id character(36) NOT NULL,
    name character varying(50),
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    description text,
    deleted smallint,
    assigned_user_id character(36),
    status character varying(100),
    date_due_flag smallint,
    date_due timestamp without time zone,
    date_start_flag smallint,
    date_start timestamp without time zone,
    parent_type character varying(255),
    parent_id character(36),
    contact_id character(36),
    priority character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.tracker (
    id integer NOT NULL,
    monitor_id character(36) NOT NULL,
    user_id character varying(36),
    module_name character varying(255),
    item_id character varying(36),
    item_summary character varying(255),
    date_modified timestamp without time zone,
    action character varying(255),
    session_id character varying(36),
    visible smallint,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.upgrade_history (
    id character(36) NOT NULL,
    filename character varying(255),
    md5sum character varying(32),
    type character varying(30),
    status character varying(50),
    version character varying(64),
    name character varying(255),
    description text,
    id_name character varying(255),
    manifest text,
    date_entered timestamp without time zone,
    enabled smallint,
    PRIMARY KEY (id),
    UNIQUE (md5sum)
);
CREATE TABLE sugarcrm.user_preferences (
    id character(36) NOT NULL,
    category character varying(50),
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    assigned_user_id character(36),
    contents text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.users (
    id character(36) NOT NULL,
    user_name character varying(60),
    user_hash character varying(255),
    system_generated_password smallint,
    pwd_last_changed timestamp without time zone,
    authenticate_id character varying(100),
    sugar_login smallint,
    first_name character varying(30),
    last_name character varying(30),
    is_admin smallint,
    external_auth_only smallint,
    receive_notifications smallint,
    description text,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    title character varying(50),
    department character varying(50),
    phone_home character varying(50),
    phone_mobile character varying(50),
    phone_work character varying(50),
    phone_other character varying(50),
    phone_fax character varying(50),
    status character varying(100),
    address_street character varying(150),
    address_city character varying(100),
    address_state character varying(100),
    address_country character varying(100),
    address_postalcode character varying(20),
    deleted smallint,
    portal_only smallint,
    show_on_employees smallint,
    employee_status character varying(100),
    messenger_id character varying(100),
    messenger_type character varying(100),
    reports_to_id character(36),
    is_group smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.users_feeds (
    user_id character varying(36),
    feed_id character varying(36),
    rank integer,
    date_modified timestamp without time zone,
    deleted smallint
);
CREATE TABLE sugarcrm.users_last_import (
    id character(36) NOT NULL,
    assigned_user_id character(36),
    import_module character varying(36),
    bean_type character varying(36),
    bean_id character(36),
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.users_password_link (
    id character(36) NOT NULL,
    username character varying(36),
    date_generated timestamp without time zone,
    deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.users_signatures (
    id character(36) NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    deleted smallint,
    user_id character varying(36),
    name character varying(255),
    signature text,
    signature_html text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.vcals (
    id character(36) NOT NULL,
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    user_id character(36) NOT NULL,
    type character varying(100),
    source character varying(100),
    content text,
    PRIMARY KEY (id)
);
CREATE TABLE sugarcrm.versions (
    id character(36) NOT NULL,
    deleted smallint,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id character(36),
    created_by character(36),
    name character varying(255),
    file_version character varying(255),
    db_version character varying(255),
    PRIMARY KEY (id)
);
