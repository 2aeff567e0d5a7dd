-- EspoCRM, the open-source CRM (accounts, contacts, leads and targets, opportunities, cases, calls, meetings and tasks
-- with their attendees, e-mails, e-mail addresses and phone numbers shared through entity_email_address and
-- entity_phone_number, campaigns with their log records, tracking URLs and target lists, mass e-mails and their queue,
-- lead capture web forms and their log, documents and folders, the knowledge base with its categories, users, teams,
-- roles, portals and portal roles, stream notes, notifications, reminders, working time calendars, imports, webhooks,
-- scheduled jobs and the rest of a fresh install), as a fresh install of EspoCRM 9.x (Docker image
-- espocrm/espocrm:latest on MariaDB 10.6, dumped 2025-11-09) creates it: the mysqldump espocrm_backup_2025-11-09.sql of
-- github.com/GOASPERS/pr at commit 78d2fce (EspoCRM ships no SQL; it builds its tables from its entity metadata).
-- EspoCRM is AGPL-3.0 (the repository holding the dump declares no licence); we use the schema's facts. Its CREATE
-- TABLE statements were turned into PostgreSQL by a one-off script: all 136 tables (no custom entities) and their
-- primary keys (every table has one), schema espocrm; EspoCRM declares no foreign keys (links are id columns such as
-- account_id, assigned_user_id and parent_id/parent_type pairs) and no comments. varchar(n) -> character varying(n),
-- tinyint(1) -> boolean, int -> integer, int unsigned and bigint (unsigned) -> bigint, smallint -> smallint, double ->
-- double precision, text/mediumtext/longtext -> text, datetime -> timestamp; the tables case and user and the columns
-- named order, primary, from, to and group are quoted because they are PostgreSQL keywords. Left out: auto-increment,
-- defaults, collations, indexes and unique keys, the dump's session settings and all of its rows (a handful of
-- install-time rows: the admin user, scheduled jobs, system data). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS espocrm;
CREATE TABLE espocrm.account (
    id character varying(17) NOT NULL,
    name character varying(249),
    deleted boolean,
    website character varying(255),
    type character varying(255),
    industry character varying(255),
    sic_code character varying(40),
    billing_address_street character varying(255),
    billing_address_city character varying(100),
    billing_address_state character varying(100),
    billing_address_country character varying(100),
    billing_address_postal_code character varying(40),
    shipping_address_street character varying(255),
    shipping_address_city character varying(100),
    shipping_address_state character varying(100),
    shipping_address_country character varying(100),
    shipping_address_postal_code character varying(40),
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    stream_updated_at timestamp without time zone,
    campaign_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    version_number bigint,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.account_contact (
    id bigint NOT NULL,
    account_id character varying(17),
    contact_id character varying(17),
    role character varying(100),
    is_inactive boolean,
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.account_document (
    id bigint NOT NULL,
    account_id character varying(17),
    document_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.account_portal_user (
    id bigint NOT NULL,
    user_id character varying(17),
    account_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.account_target_list (
    id bigint NOT NULL,
    account_id character varying(17),
    target_list_id character varying(17),
    opted_out boolean,
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.action_history_record (
    id character varying(17) NOT NULL,
    deleted boolean,
    number bigint NOT NULL,
    target_type character varying(100),
    data text,
    action character varying(255),
    created_at timestamp without time zone,
    ip_address character varying(39),
    target_id character varying(17),
    user_id character varying(17),
    auth_token_id character varying(17),
    auth_log_record_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.address_country (
    id character varying(17) NOT NULL,
    name character varying(100),
    code character varying(2),
    is_preferred boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.app_log_record (
    id character varying(17) NOT NULL,
    deleted boolean,
    number bigint NOT NULL,
    created_at timestamp without time zone,
    message text,
    level character varying(9),
    code integer,
    exception_class character varying(512),
    file character varying(512),
    line integer,
    request_method character varying(7),
    request_resource_path character varying(255),
    request_url character varying(512),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.app_secret (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    value text,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    delete_id character varying(17) NOT NULL,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.array_value (
    id character varying(17) NOT NULL,
    deleted boolean,
    value character varying(100),
    attribute character varying(100),
    entity_id character varying(17),
    entity_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.attachment (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    type character varying(100),
    size bigint,
    field character varying(255),
    is_being_uploaded boolean NOT NULL,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    role character varying(36),
    storage character varying(24),
    storage_file_path character varying(260),
    global boolean NOT NULL,
    parent_id character varying(17),
    parent_type character varying(100),
    related_id character varying(17),
    related_type character varying(100),
    source_id character varying(17),
    created_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.auth_log_record (
    id character varying(17) NOT NULL,
    deleted boolean,
    username character varying(100),
    ip_address character varying(45),
    created_at timestamp without time zone,
    is_denied boolean NOT NULL,
    denial_reason character varying(255),
    request_time double precision,
    request_url character varying(255),
    request_method character varying(15),
    authentication_method character varying(255),
    portal_id character varying(17),
    user_id character varying(17),
    auth_token_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.auth_token (
    id character varying(17) NOT NULL,
    deleted boolean,
    token character varying(36),
    hash character varying(150),
    secret character varying(36),
    ip_address character varying(45),
    is_active boolean NOT NULL,
    last_access timestamp without time zone,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    user_id character varying(17),
    portal_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.authentication_provider (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    method character varying(255),
    oidc_client_id character varying(255),
    oidc_client_secret character varying(255),
    oidc_authorization_endpoint character varying(255),
    oidc_user_info_endpoint character varying(255),
    oidc_token_endpoint character varying(255),
    oidc_jwks_endpoint character varying(255),
    oidc_jwt_signature_algorithm_list text,
    oidc_scopes text,
    oidc_create_user boolean NOT NULL,
    oidc_username_claim character varying(255),
    oidc_sync boolean NOT NULL,
    oidc_logout_url character varying(255),
    oidc_authorization_prompt character varying(14),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.autofollow (
    id integer NOT NULL,
    deleted boolean,
    entity_type character varying(100),
    user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.call (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(255),
    date_start timestamp without time zone,
    date_end timestamp without time zone,
    direction character varying(255),
    description text,
    uid character varying(255),
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    parent_id character varying(17),
    parent_type character varying(100),
    account_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.call_contact (
    id bigint NOT NULL,
    call_id character varying(17),
    contact_id character varying(17),
    status character varying(36),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.call_lead (
    id bigint NOT NULL,
    call_id character varying(17),
    lead_id character varying(17),
    status character varying(36),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.call_user (
    id bigint NOT NULL,
    user_id character varying(17),
    call_id character varying(17),
    status character varying(36),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.campaign (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(255),
    type character varying(64),
    start_date date,
    end_date date,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    budget double precision,
    mail_merge_only_with_address boolean NOT NULL,
    budget_currency character varying(3),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    contacts_template_id character varying(17),
    leads_template_id character varying(17),
    accounts_template_id character varying(17),
    users_template_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.campaign_log_record (
    id character varying(17) NOT NULL,
    deleted boolean,
    action character varying(50),
    action_date timestamp without time zone,
    data text,
    string_data character varying(100),
    string_additional_data character varying(100),
    application character varying(36),
    created_at timestamp without time zone,
    is_test boolean NOT NULL,
    created_by_id character varying(17),
    campaign_id character varying(17),
    parent_id character varying(17),
    parent_type character varying(100),
    object_id character varying(17),
    object_type character varying(100),
    queue_item_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.campaign_target_list (
    id bigint NOT NULL,
    campaign_id character varying(17),
    target_list_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.campaign_target_list_excluding (
    id bigint NOT NULL,
    campaign_id character varying(17),
    target_list_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.campaign_tracking_url (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    url character varying(255),
    action character varying(12),
    message text,
    modified_at timestamp without time zone,
    created_at timestamp without time zone,
    campaign_id character varying(17),
    modified_by_id character varying(17),
    created_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm."case" (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    number bigint NOT NULL,
    status character varying(255),
    priority character varying(255),
    type character varying(255),
    description text,
    is_internal boolean NOT NULL,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    stream_updated_at timestamp without time zone,
    account_id character varying(17),
    lead_id character varying(17),
    contact_id character varying(17),
    inbound_email_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    version_number bigint,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.case_contact (
    id bigint NOT NULL,
    case_id character varying(17),
    contact_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.case_knowledge_base_article (
    id bigint NOT NULL,
    case_id character varying(17),
    knowledge_base_article_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.contact (
    id character varying(17) NOT NULL,
    deleted boolean,
    salutation_name character varying(255),
    first_name character varying(100),
    last_name character varying(100),
    description text,
    do_not_call boolean NOT NULL,
    address_street character varying(255),
    address_city character varying(100),
    address_state character varying(100),
    address_country character varying(100),
    address_postal_code character varying(40),
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    middle_name character varying(100),
    stream_updated_at timestamp without time zone,
    account_id character varying(17),
    campaign_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.contact_document (
    id bigint NOT NULL,
    contact_id character varying(17),
    document_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.contact_meeting (
    id bigint NOT NULL,
    contact_id character varying(17),
    meeting_id character varying(17),
    status character varying(36),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.contact_opportunity (
    id bigint NOT NULL,
    contact_id character varying(17),
    opportunity_id character varying(17),
    role character varying(50),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.contact_target_list (
    id bigint NOT NULL,
    contact_id character varying(17),
    target_list_id character varying(17),
    opted_out boolean,
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.currency (
    id character varying(3) NOT NULL,
    rate double precision,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.dashboard_template (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    layout text,
    dashlets_options text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.document (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(255),
    type character varying(255),
    publish_date date,
    expiration_date date,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    file_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    folder_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.document_folder (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    parent_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.document_folder_path (
    id integer NOT NULL,
    ascendor_id character varying(17),
    descendor_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.document_lead (
    id bigint NOT NULL,
    document_id character varying(17),
    lead_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.document_opportunity (
    id bigint NOT NULL,
    document_id character varying(17),
    opportunity_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    from_string character varying(255),
    reply_to_string character varying(255),
    address_name_map text,
    is_replied boolean NOT NULL,
    message_id character varying(255),
    message_id_internal character varying(300),
    body_plain text,
    body text,
    is_html boolean NOT NULL,
    status character varying(255),
    has_attachment boolean NOT NULL,
    date_sent timestamp without time zone,
    delivery_date timestamp without time zone,
    send_at timestamp without time zone,
    is_auto_reply boolean NOT NULL,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    is_system boolean NOT NULL,
    ics_contents text,
    ics_event_uid character varying(255),
    group_status_folder character varying(7),
    from_email_address_id character varying(17),
    parent_id character varying(17),
    parent_type character varying(100),
    created_by_id character varying(17),
    sent_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    replied_id character varying(17),
    created_event_id character varying(17),
    created_event_type character varying(100),
    group_folder_id character varying(17),
    account_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_account (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    email_address character varying(100),
    status character varying(255),
    host character varying(255),
    port integer,
    security character varying(255),
    username character varying(255),
    password character varying(255),
    monitored_folders text,
    sent_folder character varying(255),
    store_sent_emails boolean NOT NULL,
    keep_fetched_emails_unread boolean NOT NULL,
    fetch_since date,
    fetch_data text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    connected_at timestamp without time zone,
    use_imap boolean NOT NULL,
    use_smtp boolean NOT NULL,
    smtp_host character varying(255),
    smtp_port integer,
    smtp_auth boolean NOT NULL,
    smtp_security character varying(255),
    smtp_username character varying(255),
    smtp_password character varying(255),
    smtp_auth_mechanism character varying(255),
    imap_handler character varying(255),
    smtp_handler character varying(255),
    email_folder_id character varying(17),
    assigned_user_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_address (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    lower character varying(255),
    invalid boolean NOT NULL,
    opt_out boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_email_account (
    id bigint NOT NULL,
    email_id character varying(17),
    email_account_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_email_address (
    id bigint NOT NULL,
    email_id character varying(17),
    email_address_id character varying(17),
    address_type character varying(4),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_filter (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    "from" character varying(255),
    "to" character varying(255),
    subject character varying(255),
    body_contains text,
    body_contains_all text,
    is_global boolean NOT NULL,
    action character varying(255),
    mark_as_read boolean NOT NULL,
    skip_notification boolean NOT NULL,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    parent_id character varying(17),
    parent_type character varying(100),
    email_folder_id character varying(17),
    group_email_folder_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_folder (
    id character varying(17) NOT NULL,
    name character varying(64),
    deleted boolean,
    "order" integer,
    skip_notifications boolean NOT NULL,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    assigned_user_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_inbound_email (
    id bigint NOT NULL,
    email_id character varying(17),
    inbound_email_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_queue_item (
    id character varying(17) NOT NULL,
    deleted boolean,
    status character varying(255),
    attempt_count integer,
    created_at timestamp without time zone,
    sent_at timestamp without time zone,
    email_address character varying(255),
    is_test boolean NOT NULL,
    mass_email_id character varying(17),
    target_id character varying(17),
    target_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_template (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    subject character varying(255),
    body text,
    is_html boolean NOT NULL,
    status character varying(8),
    one_off boolean NOT NULL,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    category_id character varying(17),
    assigned_user_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    version_number bigint,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_template_category (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    "order" integer,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    parent_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_template_category_path (
    id integer NOT NULL,
    ascendor_id character varying(17),
    descendor_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.email_user (
    id bigint NOT NULL,
    email_id character varying(17),
    user_id character varying(17),
    is_read boolean,
    is_important boolean,
    in_trash boolean,
    in_archive boolean,
    folder_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.entity_email_address (
    id bigint NOT NULL,
    entity_id character varying(17),
    email_address_id character varying(17),
    entity_type character varying(100),
    "primary" boolean,
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.entity_phone_number (
    id bigint NOT NULL,
    entity_id character varying(17),
    phone_number_id character varying(17),
    entity_type character varying(100),
    "primary" boolean,
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.entity_team (
    id bigint NOT NULL,
    entity_id character varying(17),
    team_id character varying(17),
    entity_type character varying(100),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.entity_user (
    id bigint NOT NULL,
    entity_id character varying(17),
    user_id character varying(17),
    entity_type character varying(100),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.export (
    id character varying(17) NOT NULL,
    deleted boolean,
    status character varying(255),
    params text,
    created_at timestamp without time zone,
    notify_on_finish boolean NOT NULL,
    created_by_id character varying(17),
    attachment_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.extension (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    version character varying(50),
    file_list text,
    license_status character varying(36),
    license_status_message character varying(255),
    description text,
    is_installed boolean NOT NULL,
    check_version_url character varying(255),
    created_at timestamp without time zone,
    created_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.external_account (
    id character varying(64) NOT NULL,
    deleted boolean,
    data text,
    enabled boolean NOT NULL,
    is_locked boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.group_email_folder (
    id character varying(17) NOT NULL,
    name character varying(64),
    deleted boolean,
    "order" integer,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.group_email_folder_team (
    id bigint NOT NULL,
    group_email_folder_id character varying(17),
    team_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.import (
    id character varying(17) NOT NULL,
    deleted boolean,
    entity_type character varying(255),
    status character varying(255),
    last_index integer,
    params text,
    attribute_list text,
    created_at timestamp without time zone,
    file_id character varying(17),
    created_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.import_entity (
    id bigint NOT NULL,
    deleted boolean,
    is_imported boolean NOT NULL,
    is_updated boolean NOT NULL,
    is_duplicate boolean NOT NULL,
    entity_id character varying(17),
    entity_type character varying(100),
    import_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.import_error (
    id character varying(17) NOT NULL,
    deleted boolean,
    row_index integer,
    export_row_index integer,
    type character varying(255),
    validation_failures text,
    row text,
    import_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.inbound_email (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    email_address character varying(100),
    status character varying(255),
    host character varying(255),
    port integer,
    security character varying(255),
    username character varying(255),
    password character varying(255),
    monitored_folders text,
    fetch_since date,
    fetch_data text,
    add_all_team_users boolean NOT NULL,
    sent_folder character varying(255),
    store_sent_emails boolean NOT NULL,
    keep_fetched_emails_unread boolean NOT NULL,
    connected_at timestamp without time zone,
    exclude_from_reply boolean NOT NULL,
    use_imap boolean NOT NULL,
    use_smtp boolean NOT NULL,
    smtp_is_shared boolean NOT NULL,
    smtp_is_for_mass_email boolean NOT NULL,
    smtp_host character varying(255),
    smtp_port integer,
    smtp_auth boolean NOT NULL,
    smtp_security character varying(255),
    smtp_username character varying(255),
    smtp_password character varying(255),
    smtp_auth_mechanism character varying(255),
    create_case boolean NOT NULL,
    case_distribution character varying(255),
    target_user_position character varying(255),
    reply boolean NOT NULL,
    reply_from_address character varying(255),
    reply_to_address character varying(255),
    reply_from_name character varying(255),
    from_name character varying(255),
    imap_handler character varying(255),
    smtp_handler character varying(255),
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    assign_to_user_id character varying(17),
    team_id character varying(17),
    reply_email_template_id character varying(17),
    group_email_folder_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.inbound_email_team (
    id bigint NOT NULL,
    inbound_email_id character varying(17),
    team_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.integration (
    id character varying(24) NOT NULL,
    deleted boolean,
    data text,
    enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.job (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(16),
    execute_time timestamp without time zone,
    number bigint NOT NULL,
    class_name character varying(255),
    service_name character varying(100),
    method_name character varying(100),
    job character varying(255),
    data text,
    queue character varying(36),
    "group" character varying(128),
    target_group character varying(128),
    started_at timestamp without time zone,
    executed_at timestamp without time zone,
    pid integer,
    attempts integer,
    target_id character varying(48),
    target_type character varying(64),
    failed_attempts integer,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    scheduled_job_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.kanban_order (
    id character varying(17) NOT NULL,
    deleted boolean,
    "order" smallint,
    "group" character varying(100),
    entity_id character varying(17),
    entity_type character varying(100),
    user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.knowledge_base_article (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(255),
    language character varying(255),
    type character varying(255),
    publish_date date,
    expiration_date date,
    "order" integer,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    body text,
    body_plain text,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    version_number bigint,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.knowledge_base_article_knowledge_base_category (
    id bigint NOT NULL,
    knowledge_base_article_id character varying(17),
    knowledge_base_category_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.knowledge_base_article_portal (
    id bigint NOT NULL,
    portal_id character varying(17),
    knowledge_base_article_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.knowledge_base_category (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    "order" integer,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    parent_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.knowledge_base_category_path (
    id integer NOT NULL,
    ascendor_id character varying(17),
    descendor_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.layout_record (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    data text,
    layout_set_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.layout_set (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    layout_list text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.lead (
    id character varying(17) NOT NULL,
    deleted boolean,
    salutation_name character varying(255),
    first_name character varying(100),
    last_name character varying(100),
    title character varying(100),
    status character varying(255),
    source character varying(255),
    industry character varying(255),
    opportunity_amount double precision,
    website character varying(255),
    address_street character varying(255),
    address_city character varying(100),
    address_state character varying(100),
    address_country character varying(100),
    address_postal_code character varying(40),
    do_not_call boolean NOT NULL,
    description text,
    converted_at timestamp without time zone,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    account_name character varying(255),
    middle_name character varying(100),
    opportunity_amount_currency character varying(3),
    stream_updated_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    campaign_id character varying(17),
    created_account_id character varying(17),
    created_contact_id character varying(17),
    created_opportunity_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.lead_capture (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    is_active boolean NOT NULL,
    subscribe_to_target_list boolean NOT NULL,
    subscribe_contact_to_target_list boolean NOT NULL,
    field_list text,
    field_params text,
    duplicate_check boolean NOT NULL,
    opt_in_confirmation boolean NOT NULL,
    opt_in_confirmation_lifetime integer,
    opt_in_confirmation_success_message text,
    create_lead_before_opt_in_confirmation boolean NOT NULL,
    skip_opt_in_confirmation_if_subscribed boolean NOT NULL,
    lead_source character varying(255),
    api_key character varying(36),
    form_id character varying(17),
    form_enabled boolean NOT NULL,
    form_title character varying(80),
    form_theme character varying(64),
    form_text text,
    form_success_text text,
    form_success_redirect_url character varying(255),
    form_language character varying(5),
    form_frame_ancestors text,
    form_captcha boolean NOT NULL,
    phone_number_country character varying(2),
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    campaign_id character varying(17),
    target_list_id character varying(17),
    opt_in_confirmation_email_template_id character varying(17),
    target_team_id character varying(17),
    inbound_email_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.lead_capture_log_record (
    id character varying(17) NOT NULL,
    deleted boolean,
    number bigint NOT NULL,
    data text,
    is_created boolean NOT NULL,
    description text,
    created_at timestamp without time zone,
    lead_capture_id character varying(17),
    target_id character varying(17),
    target_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.lead_meeting (
    id bigint NOT NULL,
    lead_id character varying(17),
    meeting_id character varying(17),
    status character varying(36),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.lead_target_list (
    id bigint NOT NULL,
    lead_id character varying(17),
    target_list_id character varying(17),
    opted_out boolean,
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.mass_action (
    id character varying(17) NOT NULL,
    deleted boolean,
    entity_type character varying(255),
    action character varying(255),
    status character varying(255),
    data text,
    params text,
    created_at timestamp without time zone,
    processed_count integer,
    notify_on_finish boolean NOT NULL,
    created_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.mass_email (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(255),
    store_sent_emails boolean NOT NULL,
    opt_out_entirely boolean NOT NULL,
    from_address character varying(255),
    from_name character varying(255),
    reply_to_address character varying(255),
    reply_to_name character varying(255),
    start_at timestamp without time zone,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    email_template_id character varying(17),
    campaign_id character varying(17),
    inbound_email_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.mass_email_target_list (
    id bigint NOT NULL,
    mass_email_id character varying(17),
    target_list_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.mass_email_target_list_excluding (
    id bigint NOT NULL,
    mass_email_id character varying(17),
    target_list_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.meeting (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(255),
    date_start timestamp without time zone,
    date_end timestamp without time zone,
    is_all_day boolean NOT NULL,
    description text,
    uid character varying(255),
    join_url text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    date_start_date date,
    date_end_date date,
    stream_updated_at timestamp without time zone,
    parent_id character varying(17),
    parent_type character varying(100),
    account_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.meeting_user (
    id bigint NOT NULL,
    user_id character varying(17),
    meeting_id character varying(17),
    status character varying(36),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.next_number (
    id character varying(17) NOT NULL,
    deleted boolean,
    entity_type character varying(100),
    field_name character varying(100),
    value integer,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.note (
    id character varying(17) NOT NULL,
    deleted boolean,
    post text,
    data text,
    type character varying(24),
    target_type character varying(7),
    number bigint NOT NULL,
    is_global boolean NOT NULL,
    is_internal boolean NOT NULL,
    is_pinned boolean NOT NULL,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    parent_id character varying(17),
    parent_type character varying(100),
    related_id character varying(17),
    related_type character varying(100),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    super_parent_id character varying(17),
    super_parent_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.note_portal (
    id bigint NOT NULL,
    note_id character varying(17),
    portal_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.note_team (
    id bigint NOT NULL,
    note_id character varying(17),
    team_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.note_user (
    id bigint NOT NULL,
    note_id character varying(17),
    user_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.notification (
    id character varying(17) NOT NULL,
    deleted boolean,
    number bigint NOT NULL,
    data text,
    type character varying(255),
    read boolean NOT NULL,
    email_is_processed boolean NOT NULL,
    created_at timestamp without time zone,
    message text,
    action_id character varying(36),
    user_id character varying(17),
    related_id character varying(17),
    related_type character varying(100),
    related_parent_id character varying(17),
    related_parent_type character varying(100),
    created_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.o_auth_account (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    access_token text,
    refresh_token text,
    description text,
    expires_at timestamp without time zone,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    provider_id character varying(17),
    user_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.o_auth_provider (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    is_active boolean NOT NULL,
    client_id character varying(150),
    client_secret text,
    authorization_endpoint text,
    token_endpoint text,
    authorization_prompt character varying(14),
    scopes text,
    authorization_params text,
    scope_separator character varying(1),
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.opportunity (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    amount double precision,
    stage character varying(255),
    last_stage character varying(255),
    probability integer,
    lead_source character varying(255),
    close_date date,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    amount_currency character varying(3),
    stream_updated_at timestamp without time zone,
    account_id character varying(17),
    contact_id character varying(17),
    campaign_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    version_number bigint,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.password_change_request (
    id character varying(17) NOT NULL,
    deleted boolean,
    request_id character varying(64),
    url character varying(255),
    created_at timestamp without time zone,
    user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.phone_number (
    id character varying(17) NOT NULL,
    name character varying(36),
    deleted boolean,
    type character varying(255),
    numeric character varying(36),
    invalid boolean NOT NULL,
    opt_out boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.portal (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    custom_id character varying(36),
    is_active boolean NOT NULL,
    tab_list text,
    quick_create_list text,
    application_name character varying(255),
    theme character varying(255),
    theme_params text,
    language character varying(255),
    time_zone character varying(255),
    date_format character varying(255),
    time_format character varying(255),
    week_start integer,
    default_currency character varying(255),
    dashboard_layout text,
    dashlets_options text,
    custom_url character varying(255),
    auth_token_lifetime double precision,
    auth_token_max_idle_time double precision,
    modified_at timestamp without time zone,
    created_at timestamp without time zone,
    logo_id character varying(17),
    company_logo_id character varying(17),
    layout_set_id character varying(17),
    authentication_provider_id character varying(17),
    modified_by_id character varying(17),
    created_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.portal_portal_role (
    id bigint NOT NULL,
    portal_id character varying(17),
    portal_role_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.portal_role (
    id character varying(17) NOT NULL,
    name character varying(150),
    deleted boolean,
    data text,
    field_data text,
    export_permission character varying(255),
    mass_update_permission character varying(255),
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.portal_role_user (
    id bigint NOT NULL,
    portal_role_id character varying(17),
    user_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.portal_user (
    id bigint NOT NULL,
    portal_id character varying(17),
    user_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.preferences (
    id character varying(17) NOT NULL,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.reminder (
    id character varying(17) NOT NULL,
    deleted boolean,
    remind_at timestamp without time zone,
    start_at timestamp without time zone,
    type character varying(36),
    seconds integer,
    is_submitted boolean NOT NULL,
    user_id character varying(17),
    entity_id character varying(17),
    entity_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.role (
    id character varying(17) NOT NULL,
    name character varying(150),
    deleted boolean,
    assignment_permission character varying(255),
    user_permission character varying(255),
    message_permission character varying(255),
    portal_permission character varying(255),
    group_email_account_permission character varying(255),
    export_permission character varying(255),
    mass_update_permission character varying(255),
    data_privacy_permission character varying(255),
    follower_management_permission character varying(255),
    audit_permission character varying(255),
    mention_permission character varying(255),
    user_calendar_permission character varying(255),
    data text,
    field_data text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.role_team (
    id bigint NOT NULL,
    role_id character varying(17),
    team_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.role_user (
    id bigint NOT NULL,
    role_id character varying(17),
    user_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.scheduled_job (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    job character varying(255),
    status character varying(255),
    scheduling character varying(255),
    last_run timestamp without time zone,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    is_internal boolean NOT NULL,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.scheduled_job_log_record (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(255),
    execution_time timestamp without time zone,
    created_at timestamp without time zone,
    scheduled_job_id character varying(17),
    target_id character varying(17),
    target_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.sms (
    id character varying(17) NOT NULL,
    deleted boolean,
    from_name character varying(255),
    body text,
    status character varying(255),
    date_sent timestamp without time zone,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    from_phone_number_id character varying(17),
    parent_id character varying(17),
    parent_type character varying(100),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    replied_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.sms_phone_number (
    id bigint NOT NULL,
    sms_id character varying(17),
    phone_number_id character varying(17),
    address_type character varying(4),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.star_subscription (
    id bigint NOT NULL,
    deleted boolean,
    created_at timestamp without time zone,
    entity_id character varying(17),
    entity_type character varying(100),
    user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.stream_subscription (
    id bigint NOT NULL,
    deleted boolean,
    entity_id character varying(17),
    entity_type character varying(100),
    user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.system_data (
    id character varying(1) NOT NULL,
    deleted boolean,
    last_password_recovery_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.target (
    id character varying(17) NOT NULL,
    deleted boolean,
    salutation_name character varying(255),
    first_name character varying(100),
    last_name character varying(100),
    title character varying(100),
    account_name character varying(100),
    website character varying(255),
    address_street character varying(255),
    address_city character varying(100),
    address_state character varying(100),
    address_country character varying(100),
    address_postal_code character varying(40),
    do_not_call boolean NOT NULL,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    middle_name character varying(100),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.target_list (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    category_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.target_list_category (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    "order" integer,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    parent_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.target_list_category_path (
    id integer NOT NULL,
    ascendor_id character varying(17),
    descendor_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.target_list_user (
    id bigint NOT NULL,
    user_id character varying(17),
    target_list_id character varying(17),
    opted_out boolean,
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.task (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    status character varying(255),
    priority character varying(255),
    date_start timestamp without time zone,
    date_end timestamp without time zone,
    date_start_date date,
    date_end_date date,
    date_completed timestamp without time zone,
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    stream_updated_at timestamp without time zone,
    parent_id character varying(17),
    parent_type character varying(100),
    account_id character varying(17),
    contact_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    assigned_user_id character varying(17),
    version_number bigint,
    email_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.team (
    id character varying(17) NOT NULL,
    name character varying(100),
    deleted boolean,
    position_list text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    layout_set_id character varying(17),
    working_time_calendar_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.team_user (
    id bigint NOT NULL,
    team_id character varying(17),
    user_id character varying(17),
    role character varying(100),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.template (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    body text,
    header text,
    footer text,
    entity_type character varying(255),
    status character varying(8),
    left_margin double precision,
    right_margin double precision,
    top_margin double precision,
    bottom_margin double precision,
    print_footer boolean NOT NULL,
    print_header boolean NOT NULL,
    footer_position double precision,
    header_position double precision,
    style text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    page_orientation character varying(255),
    page_format character varying(255),
    page_width double precision,
    page_height double precision,
    font_face character varying(255),
    title character varying(255),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    version_number bigint,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.two_factor_code (
    id character varying(17) NOT NULL,
    deleted boolean,
    code character varying(100),
    method character varying(100),
    attempts_left integer,
    is_active boolean NOT NULL,
    created_at timestamp without time zone,
    user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.unique_id (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    data text,
    created_at timestamp without time zone,
    terminate_at timestamp without time zone,
    created_by_id character varying(17),
    target_id character varying(17),
    target_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm."user" (
    id character varying(17) NOT NULL,
    deleted boolean,
    user_name character varying(50),
    type character varying(24),
    password character varying(150),
    auth_method character varying(24),
    api_key character varying(100),
    salutation_name character varying(255),
    first_name character varying(100),
    last_name character varying(100),
    is_active boolean NOT NULL,
    title character varying(100),
    avatar_color character varying(7),
    gender character varying(255),
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    middle_name character varying(100),
    delete_id character varying(17) NOT NULL,
    default_team_id character varying(17),
    contact_id character varying(17),
    avatar_id character varying(17),
    created_by_id character varying(17),
    dashboard_template_id character varying(17),
    working_time_calendar_id character varying(17),
    layout_set_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.user_data (
    id character varying(17) NOT NULL,
    deleted boolean,
    auth2_f_a boolean NOT NULL,
    auth2_f_a_method character varying(255),
    auth2_f_a_totp_secret character varying(32),
    auth2_f_a_email_address character varying(255),
    user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.user_reaction (
    id character varying(17) NOT NULL,
    type character varying(10),
    created_at timestamp without time zone,
    user_id character varying(17),
    parent_id character varying(17),
    parent_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.user_working_time_range (
    id bigint NOT NULL,
    user_id character varying(17),
    working_time_range_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.webhook (
    id character varying(17) NOT NULL,
    deleted boolean,
    event character varying(100),
    url character varying(512),
    is_active boolean NOT NULL,
    entity_type character varying(255),
    type character varying(255),
    field character varying(255),
    secret_key character varying(100),
    skip_own boolean NOT NULL,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    user_id character varying(17),
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.webhook_event_queue_item (
    id character varying(17) NOT NULL,
    deleted boolean,
    number bigint NOT NULL,
    event character varying(100),
    data text,
    created_at timestamp without time zone,
    is_processed boolean NOT NULL,
    target_id character varying(17),
    target_type character varying(100),
    user_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.webhook_queue_item (
    id character varying(17) NOT NULL,
    deleted boolean,
    number bigint NOT NULL,
    event character varying(100),
    data text,
    created_at timestamp without time zone,
    status character varying(7),
    processed_at timestamp without time zone,
    attempts integer,
    process_at timestamp without time zone,
    webhook_id character varying(17),
    target_id character varying(17),
    target_type character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.working_time_calendar (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    description text,
    time_zone character varying(255),
    time_ranges text,
    weekday0 boolean NOT NULL,
    weekday1 boolean NOT NULL,
    weekday2 boolean NOT NULL,
    weekday3 boolean NOT NULL,
    weekday4 boolean NOT NULL,
    weekday5 boolean NOT NULL,
    weekday6 boolean NOT NULL,
    weekday0_time_ranges text,
    weekday1_time_ranges text,
    weekday2_time_ranges text,
    weekday3_time_ranges text,
    weekday4_time_ranges text,
    weekday5_time_ranges text,
    weekday6_time_ranges text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.working_time_calendar_working_time_range (
    id bigint NOT NULL,
    working_time_calendar_id character varying(17),
    working_time_range_id character varying(17),
    deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE espocrm.working_time_range (
    id character varying(17) NOT NULL,
    name character varying(255),
    deleted boolean,
    time_ranges text,
    date_start date,
    date_end date,
    type character varying(11),
    description text,
    created_at timestamp without time zone,
    modified_at timestamp without time zone,
    created_by_id character varying(17),
    modified_by_id character varying(17),
    PRIMARY KEY (id)
);
