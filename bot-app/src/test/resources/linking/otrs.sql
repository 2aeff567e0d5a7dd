-- OTRS Community Edition 6.0.x, the help-desk / ticket system (tickets with queues, states, state types, priorities,
-- types, locks, services and SLAs, owners and responsible agents, watchers, flags, history and history types, time
-- accounting; articles (e-mails, phone and chat notes) with their MIME headers, bodies, attachments, senders and
-- communication channels, the mail queue and communication log; agents (users), customer users and customer
-- companies, groups, roles and their permissions, personal queues and services; queues' auto responses, templates,
-- salutations, signatures and system addresses; mail accounts, postmaster filters, generic agent jobs; dynamic
-- fields and their values; calendars and appointments linked to tickets; links between objects; ACLs, the process
-- manager (pm_*), the web-service debugger (gi_*), sysconfig, the scheduler, sessions, packages, virtual file system),
-- as its PostgreSQL install scripts declare it: scripts/database/otrs-schema.postgresql.sql and
-- otrs-schema-post.postgresql.sql of github.com/Centuran/OTRS-Community-Edition (commit 6357cdb, a maintained
-- continuation of OTRS 6 Community Edition, same files as ((OTRS)) 6's; GPL-3.0 the code, we use the schema's facts).
-- Both loaded unchanged into a scratch PostgreSQL (in schema otrs) and regenerated from its catalog, schema otrs:
-- all 118 tables with their columns and types as declared (serial -> integer, bigserial -> bigint, SMALLINT /
-- INTEGER / BIGINT / VARCHAR(n) / TEXT / DECIMAL / timestamp(0) kept), the primary keys of the 84 tables that
-- declare one and the 271 foreign keys of the post script. Left out: the sequences and defaults, the unique
-- constraints and the 128 indexes, and the initial rows (otrs-initial_insert). The names are OTRS's own (tn is the
-- ticket number, a_* the e-mail header fields, pm_* the process manager, gi_* the generic interface). The source
-- declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS otrs;
CREATE TABLE otrs.acl (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    description character varying(250),
    valid_id smallint NOT NULL,
    stop_after_match smallint,
    config_match text,
    config_change text,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.acl_sync (
    acl_id character varying(200) NOT NULL,
    sync_state character varying(30) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    change_time timestamp(0) without time zone NOT NULL
);
CREATE TABLE otrs.article (
    id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    article_sender_type_id smallint NOT NULL,
    communication_channel_id bigint NOT NULL,
    is_visible_for_customer smallint NOT NULL,
    search_index_needs_rebuild smallint NOT NULL,
    insert_fingerprint character varying(64),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.article_data_mime (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    a_from character varying,
    a_reply_to character varying,
    a_to character varying,
    a_cc character varying,
    a_bcc character varying,
    a_subject character varying(3800),
    a_message_id character varying(3800),
    a_message_id_md5 character varying(32),
    a_in_reply_to character varying,
    a_references character varying,
    a_content_type character varying(250),
    a_body character varying,
    incoming_time integer NOT NULL,
    content_path character varying(250),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.article_data_mime_attachment (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    filename character varying(250),
    content_size character varying(30),
    content_type character varying(450),
    content_id character varying(250),
    content_alternative character varying(50),
    disposition character varying(15),
    content text,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.article_data_mime_plain (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    body text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.article_data_mime_send_error (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    message_id character varying(200),
    log_message character varying,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.article_data_otrs_chat (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    chat_participant_id character varying(255) NOT NULL,
    chat_participant_name character varying(255) NOT NULL,
    chat_participant_type character varying(255) NOT NULL,
    message_text character varying(3800),
    system_generated smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.article_flag (
    article_id bigint NOT NULL,
    article_key character varying(50) NOT NULL,
    article_value character varying(50),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL
);
CREATE TABLE otrs.article_search_index (
    id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    article_id bigint NOT NULL,
    article_key character varying(200) NOT NULL,
    article_value character varying,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.article_sender_type (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.auto_response (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    text0 character varying(6000),
    text1 character varying(6000),
    type_id smallint NOT NULL,
    system_address_id smallint NOT NULL,
    content_type character varying(250),
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.auto_response_type (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.calendar (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    name character varying(200) NOT NULL,
    salt_string character varying(64) NOT NULL,
    color character varying(7) NOT NULL,
    ticket_appointments text,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.calendar_appointment (
    id bigint NOT NULL,
    parent_id bigint,
    calendar_id bigint NOT NULL,
    unique_id character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    description character varying(3800),
    location character varying(255),
    start_time timestamp(0) without time zone NOT NULL,
    end_time timestamp(0) without time zone NOT NULL,
    all_day smallint,
    notify_time timestamp(0) without time zone,
    notify_template character varying(255),
    notify_custom character varying(255),
    notify_custom_unit_count bigint,
    notify_custom_unit character varying(255),
    notify_custom_unit_point character varying(255),
    notify_custom_date timestamp(0) without time zone,
    team_id character varying(3800),
    resource_id character varying(3800),
    recurring smallint,
    recur_type character varying(20),
    recur_freq character varying(255),
    recur_count integer,
    recur_interval integer,
    recur_until timestamp(0) without time zone,
    recur_id timestamp(0) without time zone,
    recur_exclude character varying(3800),
    ticket_appointment_rule_id character varying(32),
    create_time timestamp(0) without time zone,
    create_by integer,
    change_time timestamp(0) without time zone,
    change_by integer,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.calendar_appointment_ticket (
    calendar_id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    rule_id character varying(32) NOT NULL,
    appointment_id bigint NOT NULL
);
CREATE TABLE otrs.cloud_service_config (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    config text NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.communication_channel (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    module character varying(200) NOT NULL,
    package_name character varying(200) NOT NULL,
    channel_data text NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.communication_log (
    id bigint NOT NULL,
    insert_fingerprint character varying(64),
    transport character varying(200) NOT NULL,
    direction character varying(200) NOT NULL,
    status character varying(200) NOT NULL,
    account_type character varying(200),
    account_id character varying(200),
    start_time timestamp(0) without time zone NOT NULL,
    end_time timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.communication_log_obj_lookup (
    id bigint NOT NULL,
    communication_log_object_id bigint NOT NULL,
    object_type character varying(200) NOT NULL,
    object_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.communication_log_object (
    id bigint NOT NULL,
    insert_fingerprint character varying(64),
    communication_id bigint NOT NULL,
    object_type character varying(50) NOT NULL,
    status character varying(200) NOT NULL,
    start_time timestamp(0) without time zone NOT NULL,
    end_time timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.communication_log_object_entry (
    id bigint NOT NULL,
    communication_log_object_id bigint NOT NULL,
    log_key character varying(200) NOT NULL,
    log_value character varying NOT NULL,
    priority character varying(50) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.customer_company (
    customer_id character varying(150) NOT NULL,
    name character varying(200) NOT NULL,
    street character varying(200),
    zip character varying(200),
    city character varying(200),
    country character varying(200),
    url character varying(200),
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (customer_id)
);
CREATE TABLE otrs.customer_preferences (
    user_id character varying(250) NOT NULL,
    preferences_key character varying(150) NOT NULL,
    preferences_value character varying(250)
);
CREATE TABLE otrs.customer_user (
    id integer NOT NULL,
    login character varying(200) NOT NULL,
    email character varying(150) NOT NULL,
    customer_id character varying(150) NOT NULL,
    pw character varying(128),
    title character varying(50),
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    phone character varying(150),
    fax character varying(150),
    mobile character varying(150),
    street character varying(150),
    zip character varying(200),
    city character varying(200),
    country character varying(200),
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.customer_user_customer (
    user_id character varying(100) NOT NULL,
    customer_id character varying(150) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);
CREATE TABLE otrs.dynamic_field (
    id integer NOT NULL,
    internal_field smallint NOT NULL,
    name character varying(200) NOT NULL,
    label character varying(200) NOT NULL,
    field_order integer NOT NULL,
    field_type character varying(200) NOT NULL,
    object_type character varying(100) NOT NULL,
    config text,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.dynamic_field_obj_id_name (
    object_id integer NOT NULL,
    object_name character varying(200) NOT NULL,
    object_type character varying(100) NOT NULL,
    PRIMARY KEY (object_id)
);
CREATE TABLE otrs.dynamic_field_value (
    id integer NOT NULL,
    field_id integer NOT NULL,
    object_id bigint NOT NULL,
    value_text character varying(3800),
    value_date timestamp(0) without time zone,
    value_int bigint,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.follow_up_possible (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.form_draft (
    id integer NOT NULL,
    object_type character varying(100) NOT NULL,
    object_id integer NOT NULL,
    action character varying(200) NOT NULL,
    title character varying(255),
    content text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.generic_agent_jobs (
    job_name character varying(200) NOT NULL,
    job_key character varying(200) NOT NULL,
    job_value character varying(200)
);
CREATE TABLE otrs.gi_debugger_entry (
    id bigint NOT NULL,
    communication_id character varying(32) NOT NULL,
    communication_type character varying(50) NOT NULL,
    remote_ip character varying(50),
    webservice_id integer NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.gi_debugger_entry_content (
    id bigint NOT NULL,
    gi_debugger_entry_id bigint NOT NULL,
    debug_level character varying(50) NOT NULL,
    subject character varying(255) NOT NULL,
    content text,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.gi_webservice_config (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    config text NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.gi_webservice_config_history (
    id bigint NOT NULL,
    config_id integer NOT NULL,
    config text NOT NULL,
    config_md5 character varying(32) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.group_customer (
    customer_id character varying(150) NOT NULL,
    group_id integer NOT NULL,
    permission_key character varying(20) NOT NULL,
    permission_value smallint NOT NULL,
    permission_context character varying(100) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);
CREATE TABLE otrs.group_customer_user (
    user_id character varying(100) NOT NULL,
    group_id integer NOT NULL,
    permission_key character varying(20) NOT NULL,
    permission_value smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);
CREATE TABLE otrs.group_role (
    role_id integer NOT NULL,
    group_id integer NOT NULL,
    permission_key character varying(20) NOT NULL,
    permission_value smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);
CREATE TABLE otrs.group_user (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    permission_key character varying(20) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);
CREATE TABLE otrs.groups (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.link_object (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.link_relation (
    source_object_id smallint NOT NULL,
    source_key character varying(50) NOT NULL,
    target_object_id smallint NOT NULL,
    target_key character varying(50) NOT NULL,
    type_id smallint NOT NULL,
    state_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL
);
CREATE TABLE otrs.link_state (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.link_type (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.mail_account (
    id integer NOT NULL,
    login character varying(200) NOT NULL,
    pw character varying(200) NOT NULL,
    host character varying(200) NOT NULL,
    account_type character varying(20) NOT NULL,
    queue_id integer NOT NULL,
    trusted smallint NOT NULL,
    imap_folder character varying(250),
    auth_method character varying(100) NOT NULL,
    oauth2_token_config_id integer,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.mail_queue (
    id bigint NOT NULL,
    insert_fingerprint character varying(64),
    article_id bigint,
    attempts integer NOT NULL,
    sender character varying(200),
    recipient character varying NOT NULL,
    raw_message text NOT NULL,
    due_time timestamp(0) without time zone,
    last_smtp_code integer,
    last_smtp_message character varying,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.notification_event (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    valid_id smallint NOT NULL,
    comments character varying(250),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.notification_event_item (
    notification_id integer NOT NULL,
    event_key character varying(200) NOT NULL,
    event_value character varying(200) NOT NULL
);
CREATE TABLE otrs.notification_event_message (
    id integer NOT NULL,
    notification_id integer NOT NULL,
    subject character varying(200) NOT NULL,
    text character varying(4000) NOT NULL,
    content_type character varying(250) NOT NULL,
    language character varying(60) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.oauth2_token (
    id integer NOT NULL,
    config_id integer NOT NULL,
    authorization_code character varying(2000),
    token character varying(2000),
    token_expiration_date timestamp(0) without time zone,
    refresh_token character varying(2000),
    refresh_token_expiration_date timestamp(0) without time zone,
    error_message character varying(2000),
    error_description character varying(2000),
    error_code character varying(250),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.oauth2_token_config (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    config character varying(5000) NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.package_repository (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    version character varying(250) NOT NULL,
    vendor character varying(250) NOT NULL,
    install_status character varying(250) NOT NULL,
    filename character varying(250),
    content_type character varying(250),
    content text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.personal_queues (
    user_id integer NOT NULL,
    queue_id integer NOT NULL
);
CREATE TABLE otrs.personal_services (
    user_id integer NOT NULL,
    service_id integer NOT NULL
);
CREATE TABLE otrs.pm_activity (
    id integer NOT NULL,
    entity_id character varying(50) NOT NULL,
    name character varying(200) NOT NULL,
    config text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.pm_activity_dialog (
    id integer NOT NULL,
    entity_id character varying(50) NOT NULL,
    name character varying(200) NOT NULL,
    config text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.pm_entity_sync (
    entity_type character varying(30) NOT NULL,
    entity_id character varying(50) NOT NULL,
    sync_state character varying(30) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    change_time timestamp(0) without time zone NOT NULL
);
CREATE TABLE otrs.pm_process (
    id integer NOT NULL,
    entity_id character varying(50) NOT NULL,
    name character varying(200) NOT NULL,
    state_entity_id character varying(50) NOT NULL,
    layout text NOT NULL,
    config text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.pm_transition (
    id integer NOT NULL,
    entity_id character varying(50) NOT NULL,
    name character varying(200) NOT NULL,
    config text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.pm_transition_action (
    id integer NOT NULL,
    entity_id character varying(50) NOT NULL,
    name character varying(200) NOT NULL,
    config text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.postmaster_filter (
    f_name character varying(200) NOT NULL,
    f_stop smallint,
    f_type character varying(20) NOT NULL,
    f_key character varying(200) NOT NULL,
    f_value character varying(200) NOT NULL,
    f_not smallint
);
CREATE TABLE otrs.process_id (
    process_name character varying(200) NOT NULL,
    process_id character varying(200) NOT NULL,
    process_host character varying(200) NOT NULL,
    process_create integer NOT NULL,
    process_change integer NOT NULL
);
CREATE TABLE otrs.queue (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    group_id integer NOT NULL,
    unlock_timeout integer,
    first_response_time integer,
    first_response_notify smallint,
    update_time integer,
    update_notify smallint,
    solution_time integer,
    solution_notify smallint,
    system_address_id smallint NOT NULL,
    calendar_name character varying(100),
    default_sign_key character varying(100),
    salutation_id smallint NOT NULL,
    signature_id smallint NOT NULL,
    follow_up_id smallint NOT NULL,
    follow_up_lock smallint NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.queue_auto_response (
    id integer NOT NULL,
    queue_id integer NOT NULL,
    auto_response_id integer NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.queue_preferences (
    queue_id integer NOT NULL,
    preferences_key character varying(150) NOT NULL,
    preferences_value character varying(250)
);
CREATE TABLE otrs.queue_standard_template (
    queue_id integer NOT NULL,
    standard_template_id integer NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);
CREATE TABLE otrs.role_user (
    user_id integer NOT NULL,
    role_id integer NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);
CREATE TABLE otrs.roles (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.salutation (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    text character varying(3000) NOT NULL,
    content_type character varying(250),
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.scheduler_future_task (
    id bigint NOT NULL,
    ident bigint NOT NULL,
    execution_time timestamp(0) without time zone NOT NULL,
    name character varying(150),
    task_type character varying(150) NOT NULL,
    task_data text NOT NULL,
    attempts smallint NOT NULL,
    lock_key bigint NOT NULL,
    lock_time timestamp(0) without time zone,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.scheduler_recurrent_task (
    id bigint NOT NULL,
    name character varying(150) NOT NULL,
    task_type character varying(150) NOT NULL,
    last_execution_time timestamp(0) without time zone NOT NULL,
    last_worker_task_id bigint,
    last_worker_status smallint,
    last_worker_running_time integer,
    lock_key bigint NOT NULL,
    lock_time timestamp(0) without time zone,
    create_time timestamp(0) without time zone NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.scheduler_task (
    id bigint NOT NULL,
    ident bigint NOT NULL,
    name character varying(150),
    task_type character varying(150) NOT NULL,
    task_data text NOT NULL,
    attempts smallint NOT NULL,
    lock_key bigint NOT NULL,
    lock_time timestamp(0) without time zone,
    lock_update_time timestamp(0) without time zone,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.search_profile (
    login character varying(200) NOT NULL,
    profile_name character varying(200) NOT NULL,
    profile_type character varying(30) NOT NULL,
    profile_key character varying(200) NOT NULL,
    profile_value character varying(200)
);
CREATE TABLE otrs.service (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    valid_id smallint NOT NULL,
    comments character varying(250),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.service_customer_user (
    customer_user_login character varying(200) NOT NULL,
    service_id integer NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL
);
CREATE TABLE otrs.service_preferences (
    service_id integer NOT NULL,
    preferences_key character varying(150) NOT NULL,
    preferences_value character varying(250)
);
CREATE TABLE otrs.service_sla (
    service_id integer NOT NULL,
    sla_id integer NOT NULL
);
CREATE TABLE otrs.sessions (
    id bigint NOT NULL,
    session_id character varying(100) NOT NULL,
    data_key character varying(100) NOT NULL,
    data_value character varying,
    serialized smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.signature (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    text character varying(3000) NOT NULL,
    content_type character varying(250),
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.sla (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    calendar_name character varying(100),
    first_response_time integer NOT NULL,
    first_response_notify smallint,
    update_time integer NOT NULL,
    update_notify smallint,
    solution_time integer NOT NULL,
    solution_notify smallint,
    valid_id smallint NOT NULL,
    comments character varying(250),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.sla_preferences (
    sla_id integer NOT NULL,
    preferences_key character varying(150) NOT NULL,
    preferences_value character varying(250)
);
CREATE TABLE otrs.smime_signer_cert_relations (
    id integer NOT NULL,
    cert_hash character varying(8) NOT NULL,
    cert_fingerprint character varying(59) NOT NULL,
    ca_hash character varying(8) NOT NULL,
    ca_fingerprint character varying(59) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.standard_attachment (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    content_type character varying(250) NOT NULL,
    content text NOT NULL,
    filename character varying(250) NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.standard_template (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    text character varying,
    content_type character varying(250),
    template_type character varying(100) NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.standard_template_attachment (
    id integer NOT NULL,
    standard_attachment_id integer NOT NULL,
    standard_template_id integer NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.sysconfig_default (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    description text NOT NULL,
    navigation character varying(200) NOT NULL,
    is_invisible smallint NOT NULL,
    is_readonly smallint NOT NULL,
    is_required smallint NOT NULL,
    is_valid smallint NOT NULL,
    has_configlevel smallint NOT NULL,
    user_modification_possible smallint NOT NULL,
    user_modification_active smallint NOT NULL,
    user_preferences_group character varying(250),
    xml_content_raw text NOT NULL,
    xml_content_parsed text NOT NULL,
    xml_filename character varying(250) NOT NULL,
    effective_value text NOT NULL,
    is_dirty smallint NOT NULL,
    exclusive_lock_guid character varying(32) NOT NULL,
    exclusive_lock_user_id integer,
    exclusive_lock_expiry_time timestamp(0) without time zone,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.sysconfig_default_version (
    id integer NOT NULL,
    sysconfig_default_id integer,
    name character varying(250) NOT NULL,
    description text NOT NULL,
    navigation character varying(200) NOT NULL,
    is_invisible smallint NOT NULL,
    is_readonly smallint NOT NULL,
    is_required smallint NOT NULL,
    is_valid smallint NOT NULL,
    has_configlevel smallint NOT NULL,
    user_modification_possible smallint NOT NULL,
    user_modification_active smallint NOT NULL,
    user_preferences_group character varying(250),
    xml_content_raw text NOT NULL,
    xml_content_parsed text NOT NULL,
    xml_filename character varying(250) NOT NULL,
    effective_value text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.sysconfig_deployment (
    id integer NOT NULL,
    comments character varying(250),
    user_id integer,
    effective_value text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.sysconfig_deployment_lock (
    id integer NOT NULL,
    exclusive_lock_guid character varying(32),
    exclusive_lock_user_id integer,
    exclusive_lock_expiry_time timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.sysconfig_modified (
    id integer NOT NULL,
    sysconfig_default_id integer NOT NULL,
    name character varying(250) NOT NULL,
    user_id integer,
    is_valid smallint NOT NULL,
    user_modification_active smallint NOT NULL,
    effective_value text NOT NULL,
    is_dirty smallint NOT NULL,
    reset_to_default smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.sysconfig_modified_version (
    id integer NOT NULL,
    sysconfig_default_version_id integer NOT NULL,
    name character varying(250) NOT NULL,
    user_id integer,
    is_valid smallint NOT NULL,
    user_modification_active smallint NOT NULL,
    effective_value text NOT NULL,
    reset_to_default smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.system_address (
    id integer NOT NULL,
    value0 character varying(200) NOT NULL,
    value1 character varying(200) NOT NULL,
    value2 character varying(200),
    value3 character varying(200),
    queue_id integer NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.system_data (
    data_key character varying(160) NOT NULL,
    data_value text,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (data_key)
);
CREATE TABLE otrs.system_maintenance (
    id integer NOT NULL,
    start_date integer NOT NULL,
    stop_date integer NOT NULL,
    comments character varying(250) NOT NULL,
    login_message character varying(250),
    show_login_message smallint,
    notify_message character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket (
    id bigint NOT NULL,
    tn character varying(50) NOT NULL,
    title character varying(255),
    queue_id integer NOT NULL,
    ticket_lock_id smallint NOT NULL,
    type_id smallint,
    service_id integer,
    sla_id integer,
    user_id integer NOT NULL,
    responsible_user_id integer NOT NULL,
    ticket_priority_id smallint NOT NULL,
    ticket_state_id smallint NOT NULL,
    customer_id character varying(150),
    customer_user_id character varying(250),
    timeout integer NOT NULL,
    until_time integer NOT NULL,
    escalation_time integer NOT NULL,
    escalation_update_time integer NOT NULL,
    escalation_response_time integer NOT NULL,
    escalation_solution_time integer NOT NULL,
    archive_flag smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_flag (
    ticket_id bigint NOT NULL,
    ticket_key character varying(50) NOT NULL,
    ticket_value character varying(50),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL
);
CREATE TABLE otrs.ticket_history (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    history_type_id smallint NOT NULL,
    ticket_id bigint NOT NULL,
    article_id bigint,
    type_id smallint NOT NULL,
    queue_id integer NOT NULL,
    owner_id integer NOT NULL,
    priority_id smallint NOT NULL,
    state_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_history_type (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_index (
    ticket_id bigint NOT NULL,
    queue_id integer NOT NULL,
    queue character varying(200) NOT NULL,
    group_id integer NOT NULL,
    s_lock character varying(200) NOT NULL,
    s_state character varying(200) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL
);
CREATE TABLE otrs.ticket_lock_index (
    ticket_id bigint NOT NULL
);
CREATE TABLE otrs.ticket_lock_type (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_loop_protection (
    sent_to character varying(250) NOT NULL,
    sent_date character varying(150) NOT NULL
);
CREATE TABLE otrs.ticket_number_counter (
    id bigint NOT NULL,
    counter bigint NOT NULL,
    counter_uid character varying(32) NOT NULL,
    create_time timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_priority (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    color character varying(20),
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_state (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    type_id smallint NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_state_type (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    comments character varying(250),
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_type (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.ticket_watcher (
    ticket_id bigint NOT NULL,
    user_id integer NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);
CREATE TABLE otrs.time_accounting (
    id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    article_id bigint,
    time_unit numeric(10,2) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.user_preferences (
    user_id integer NOT NULL,
    preferences_key character varying(150) NOT NULL,
    preferences_value text
);
CREATE TABLE otrs.users (
    id integer NOT NULL,
    login character varying(200) NOT NULL,
    pw character varying(128) NOT NULL,
    title character varying(50),
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.valid (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.virtual_fs (
    id bigint NOT NULL,
    filename character varying(350) NOT NULL,
    backend character varying(60) NOT NULL,
    backend_key character varying(160) NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.virtual_fs_db (
    id bigint NOT NULL,
    filename character varying(350) NOT NULL,
    content text,
    create_time timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE otrs.virtual_fs_preferences (
    virtual_fs_id bigint NOT NULL,
    preferences_key character varying(150) NOT NULL,
    preferences_value character varying(350)
);
CREATE TABLE otrs.web_upload_cache (
    form_id character varying(250),
    filename character varying(250),
    content_id character varying(250),
    content_size character varying(30),
    content_type character varying(250),
    disposition character varying(15),
    content text NOT NULL,
    create_time_unix bigint NOT NULL
);
CREATE TABLE otrs.xml_storage (
    xml_type character varying(200) NOT NULL,
    xml_key character varying(250) NOT NULL,
    xml_content_key character varying(250) NOT NULL,
    xml_content_value character varying
);
ALTER TABLE otrs.acl ADD CONSTRAINT fk_acl_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.acl ADD CONSTRAINT fk_acl_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.acl ADD CONSTRAINT fk_acl_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.article ADD CONSTRAINT fk_article_article_sender_type_id_id FOREIGN KEY (article_sender_type_id) REFERENCES otrs.article_sender_type(id);
ALTER TABLE otrs.article ADD CONSTRAINT fk_article_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article ADD CONSTRAINT fk_article_communication_channel_id_id FOREIGN KEY (communication_channel_id) REFERENCES otrs.communication_channel(id);
ALTER TABLE otrs.article ADD CONSTRAINT fk_article_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article ADD CONSTRAINT fk_article_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.article_data_mime ADD CONSTRAINT fk_article_data_mime_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.article_data_mime ADD CONSTRAINT fk_article_data_mime_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_data_mime ADD CONSTRAINT fk_article_data_mime_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_data_mime_attachment ADD CONSTRAINT fk_article_data_mime_attachment_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.article_data_mime_attachment ADD CONSTRAINT fk_article_data_mime_attachment_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_data_mime_attachment ADD CONSTRAINT fk_article_data_mime_attachment_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_data_mime_plain ADD CONSTRAINT fk_article_data_mime_plain_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.article_data_mime_plain ADD CONSTRAINT fk_article_data_mime_plain_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_data_mime_plain ADD CONSTRAINT fk_article_data_mime_plain_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_data_mime_send_error ADD CONSTRAINT fk_article_data_mime_send_error_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.article_data_otrs_chat ADD CONSTRAINT fk_article_data_otrs_chat_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.article_flag ADD CONSTRAINT fk_article_flag_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.article_flag ADD CONSTRAINT fk_article_flag_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_search_index ADD CONSTRAINT fk_article_search_index_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.article_search_index ADD CONSTRAINT fk_article_search_index_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.article_sender_type ADD CONSTRAINT fk_article_sender_type_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_sender_type ADD CONSTRAINT fk_article_sender_type_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.article_sender_type ADD CONSTRAINT fk_article_sender_type_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.auto_response ADD CONSTRAINT fk_auto_response_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.auto_response ADD CONSTRAINT fk_auto_response_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.auto_response ADD CONSTRAINT fk_auto_response_system_address_id_id FOREIGN KEY (system_address_id) REFERENCES otrs.system_address(id);
ALTER TABLE otrs.auto_response ADD CONSTRAINT fk_auto_response_type_id_id FOREIGN KEY (type_id) REFERENCES otrs.auto_response_type(id);
ALTER TABLE otrs.auto_response ADD CONSTRAINT fk_auto_response_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.auto_response_type ADD CONSTRAINT fk_auto_response_type_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.auto_response_type ADD CONSTRAINT fk_auto_response_type_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.auto_response_type ADD CONSTRAINT fk_auto_response_type_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.calendar ADD CONSTRAINT fk_calendar_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.calendar ADD CONSTRAINT fk_calendar_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.calendar ADD CONSTRAINT fk_calendar_group_id_id FOREIGN KEY (group_id) REFERENCES otrs.groups(id);
ALTER TABLE otrs.calendar ADD CONSTRAINT fk_calendar_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.calendar_appointment ADD CONSTRAINT fk_calendar_appointment_calendar_id_id FOREIGN KEY (calendar_id) REFERENCES otrs.calendar(id);
ALTER TABLE otrs.calendar_appointment ADD CONSTRAINT fk_calendar_appointment_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.calendar_appointment ADD CONSTRAINT fk_calendar_appointment_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.calendar_appointment ADD CONSTRAINT fk_calendar_appointment_parent_id_id FOREIGN KEY (parent_id) REFERENCES otrs.calendar_appointment(id);
ALTER TABLE otrs.calendar_appointment_ticket ADD CONSTRAINT fk_calendar_appointment_ticket_appointment_id_id FOREIGN KEY (appointment_id) REFERENCES otrs.calendar_appointment(id);
ALTER TABLE otrs.calendar_appointment_ticket ADD CONSTRAINT fk_calendar_appointment_ticket_calendar_id_id FOREIGN KEY (calendar_id) REFERENCES otrs.calendar(id);
ALTER TABLE otrs.calendar_appointment_ticket ADD CONSTRAINT fk_calendar_appointment_ticket_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.cloud_service_config ADD CONSTRAINT fk_cloud_service_config_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.cloud_service_config ADD CONSTRAINT fk_cloud_service_config_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.cloud_service_config ADD CONSTRAINT fk_cloud_service_config_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.communication_channel ADD CONSTRAINT fk_communication_channel_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.communication_channel ADD CONSTRAINT fk_communication_channel_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.communication_channel ADD CONSTRAINT fk_communication_channel_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.communication_log_obj_lookup ADD CONSTRAINT fk_communication_log_obj_lookup_communication_log_object_i0f FOREIGN KEY (communication_log_object_id) REFERENCES otrs.communication_log_object(id);
ALTER TABLE otrs.communication_log_object ADD CONSTRAINT fk_communication_log_object_communication_id_id FOREIGN KEY (communication_id) REFERENCES otrs.communication_log(id);
ALTER TABLE otrs.communication_log_object_entry ADD CONSTRAINT fk_communication_log_object_entry_communication_log_objectaa FOREIGN KEY (communication_log_object_id) REFERENCES otrs.communication_log_object(id);
ALTER TABLE otrs.customer_user ADD CONSTRAINT fk_customer_user_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.customer_user ADD CONSTRAINT fk_customer_user_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.customer_user ADD CONSTRAINT fk_customer_user_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.customer_user_customer ADD CONSTRAINT fk_customer_user_customer_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.customer_user_customer ADD CONSTRAINT fk_customer_user_customer_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.dynamic_field ADD CONSTRAINT fk_dynamic_field_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.dynamic_field ADD CONSTRAINT fk_dynamic_field_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.dynamic_field ADD CONSTRAINT fk_dynamic_field_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.dynamic_field_value ADD CONSTRAINT fk_dynamic_field_value_field_id_id FOREIGN KEY (field_id) REFERENCES otrs.dynamic_field(id);
ALTER TABLE otrs.follow_up_possible ADD CONSTRAINT fk_follow_up_possible_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.follow_up_possible ADD CONSTRAINT fk_follow_up_possible_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.follow_up_possible ADD CONSTRAINT fk_follow_up_possible_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.form_draft ADD CONSTRAINT fk_form_draft_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.form_draft ADD CONSTRAINT fk_form_draft_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.gi_debugger_entry ADD CONSTRAINT fk_gi_debugger_entry_webservice_id_id FOREIGN KEY (webservice_id) REFERENCES otrs.gi_webservice_config(id);
ALTER TABLE otrs.gi_debugger_entry_content ADD CONSTRAINT fk_gi_debugger_entry_content_gi_debugger_entry_id_id FOREIGN KEY (gi_debugger_entry_id) REFERENCES otrs.gi_debugger_entry(id);
ALTER TABLE otrs.gi_webservice_config ADD CONSTRAINT fk_gi_webservice_config_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.gi_webservice_config ADD CONSTRAINT fk_gi_webservice_config_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.gi_webservice_config ADD CONSTRAINT fk_gi_webservice_config_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.gi_webservice_config_history ADD CONSTRAINT fk_gi_webservice_config_history_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.gi_webservice_config_history ADD CONSTRAINT fk_gi_webservice_config_history_config_id_id FOREIGN KEY (config_id) REFERENCES otrs.gi_webservice_config(id);
ALTER TABLE otrs.gi_webservice_config_history ADD CONSTRAINT fk_gi_webservice_config_history_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_customer ADD CONSTRAINT fk_group_customer_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_customer ADD CONSTRAINT fk_group_customer_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_customer ADD CONSTRAINT fk_group_customer_group_id_id FOREIGN KEY (group_id) REFERENCES otrs.groups(id);
ALTER TABLE otrs.group_customer_user ADD CONSTRAINT fk_group_customer_user_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_customer_user ADD CONSTRAINT fk_group_customer_user_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_customer_user ADD CONSTRAINT fk_group_customer_user_group_id_id FOREIGN KEY (group_id) REFERENCES otrs.groups(id);
ALTER TABLE otrs.group_role ADD CONSTRAINT fk_group_role_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_role ADD CONSTRAINT fk_group_role_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_role ADD CONSTRAINT fk_group_role_group_id_id FOREIGN KEY (group_id) REFERENCES otrs.groups(id);
ALTER TABLE otrs.group_role ADD CONSTRAINT fk_group_role_role_id_id FOREIGN KEY (role_id) REFERENCES otrs.roles(id);
ALTER TABLE otrs.group_user ADD CONSTRAINT fk_group_user_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_user ADD CONSTRAINT fk_group_user_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.group_user ADD CONSTRAINT fk_group_user_group_id_id FOREIGN KEY (group_id) REFERENCES otrs.groups(id);
ALTER TABLE otrs.group_user ADD CONSTRAINT fk_group_user_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.groups ADD CONSTRAINT fk_groups_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.groups ADD CONSTRAINT fk_groups_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.groups ADD CONSTRAINT fk_groups_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.link_relation ADD CONSTRAINT fk_link_relation_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.link_relation ADD CONSTRAINT fk_link_relation_source_object_id_id FOREIGN KEY (source_object_id) REFERENCES otrs.link_object(id);
ALTER TABLE otrs.link_relation ADD CONSTRAINT fk_link_relation_state_id_id FOREIGN KEY (state_id) REFERENCES otrs.link_state(id);
ALTER TABLE otrs.link_relation ADD CONSTRAINT fk_link_relation_target_object_id_id FOREIGN KEY (target_object_id) REFERENCES otrs.link_object(id);
ALTER TABLE otrs.link_relation ADD CONSTRAINT fk_link_relation_type_id_id FOREIGN KEY (type_id) REFERENCES otrs.link_type(id);
ALTER TABLE otrs.link_state ADD CONSTRAINT fk_link_state_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.link_state ADD CONSTRAINT fk_link_state_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.link_state ADD CONSTRAINT fk_link_state_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.link_type ADD CONSTRAINT fk_link_type_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.link_type ADD CONSTRAINT fk_link_type_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.link_type ADD CONSTRAINT fk_link_type_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.mail_account ADD CONSTRAINT fk_mail_account_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.mail_account ADD CONSTRAINT fk_mail_account_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.mail_account ADD CONSTRAINT fk_mail_account_oauth2_token_config_id_id FOREIGN KEY (oauth2_token_config_id) REFERENCES otrs.oauth2_token_config(id);
ALTER TABLE otrs.mail_account ADD CONSTRAINT fk_mail_account_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.mail_queue ADD CONSTRAINT fk_mail_queue_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.notification_event ADD CONSTRAINT fk_notification_event_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.notification_event ADD CONSTRAINT fk_notification_event_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.notification_event ADD CONSTRAINT fk_notification_event_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.notification_event_item ADD CONSTRAINT fk_notification_event_item_notification_id_id FOREIGN KEY (notification_id) REFERENCES otrs.notification_event(id);
ALTER TABLE otrs.notification_event_message ADD CONSTRAINT fk_notification_event_message_notification_id_id FOREIGN KEY (notification_id) REFERENCES otrs.notification_event(id);
ALTER TABLE otrs.oauth2_token ADD CONSTRAINT fk_oauth2_token_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.oauth2_token ADD CONSTRAINT fk_oauth2_token_config_id_id FOREIGN KEY (config_id) REFERENCES otrs.oauth2_token_config(id);
ALTER TABLE otrs.oauth2_token ADD CONSTRAINT fk_oauth2_token_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.oauth2_token_config ADD CONSTRAINT fk_oauth2_token_config_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.oauth2_token_config ADD CONSTRAINT fk_oauth2_token_config_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.oauth2_token_config ADD CONSTRAINT fk_oauth2_token_config_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.package_repository ADD CONSTRAINT fk_package_repository_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.package_repository ADD CONSTRAINT fk_package_repository_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.personal_queues ADD CONSTRAINT fk_personal_queues_queue_id_id FOREIGN KEY (queue_id) REFERENCES otrs.queue(id);
ALTER TABLE otrs.personal_queues ADD CONSTRAINT fk_personal_queues_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.personal_services ADD CONSTRAINT fk_personal_services_service_id_id FOREIGN KEY (service_id) REFERENCES otrs.service(id);
ALTER TABLE otrs.personal_services ADD CONSTRAINT fk_personal_services_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_activity ADD CONSTRAINT fk_pm_activity_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_activity ADD CONSTRAINT fk_pm_activity_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_activity_dialog ADD CONSTRAINT fk_pm_activity_dialog_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_activity_dialog ADD CONSTRAINT fk_pm_activity_dialog_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_process ADD CONSTRAINT fk_pm_process_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_process ADD CONSTRAINT fk_pm_process_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_transition ADD CONSTRAINT fk_pm_transition_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_transition ADD CONSTRAINT fk_pm_transition_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_transition_action ADD CONSTRAINT fk_pm_transition_action_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.pm_transition_action ADD CONSTRAINT fk_pm_transition_action_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.queue ADD CONSTRAINT fk_queue_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.queue ADD CONSTRAINT fk_queue_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.queue ADD CONSTRAINT fk_queue_follow_up_id_id FOREIGN KEY (follow_up_id) REFERENCES otrs.follow_up_possible(id);
ALTER TABLE otrs.queue ADD CONSTRAINT fk_queue_group_id_id FOREIGN KEY (group_id) REFERENCES otrs.groups(id);
ALTER TABLE otrs.queue ADD CONSTRAINT fk_queue_salutation_id_id FOREIGN KEY (salutation_id) REFERENCES otrs.salutation(id);
ALTER TABLE otrs.queue ADD CONSTRAINT fk_queue_signature_id_id FOREIGN KEY (signature_id) REFERENCES otrs.signature(id);
ALTER TABLE otrs.queue ADD CONSTRAINT fk_queue_system_address_id_id FOREIGN KEY (system_address_id) REFERENCES otrs.system_address(id);
ALTER TABLE otrs.queue ADD CONSTRAINT fk_queue_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.queue_auto_response ADD CONSTRAINT fk_queue_auto_response_auto_response_id_id FOREIGN KEY (auto_response_id) REFERENCES otrs.auto_response(id);
ALTER TABLE otrs.queue_auto_response ADD CONSTRAINT fk_queue_auto_response_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.queue_auto_response ADD CONSTRAINT fk_queue_auto_response_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.queue_auto_response ADD CONSTRAINT fk_queue_auto_response_queue_id_id FOREIGN KEY (queue_id) REFERENCES otrs.queue(id);
ALTER TABLE otrs.queue_preferences ADD CONSTRAINT fk_queue_preferences_queue_id_id FOREIGN KEY (queue_id) REFERENCES otrs.queue(id);
ALTER TABLE otrs.queue_standard_template ADD CONSTRAINT fk_queue_standard_template_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.queue_standard_template ADD CONSTRAINT fk_queue_standard_template_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.queue_standard_template ADD CONSTRAINT fk_queue_standard_template_queue_id_id FOREIGN KEY (queue_id) REFERENCES otrs.queue(id);
ALTER TABLE otrs.queue_standard_template ADD CONSTRAINT fk_queue_standard_template_standard_template_id_id FOREIGN KEY (standard_template_id) REFERENCES otrs.standard_template(id);
ALTER TABLE otrs.role_user ADD CONSTRAINT fk_role_user_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.role_user ADD CONSTRAINT fk_role_user_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.role_user ADD CONSTRAINT fk_role_user_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.roles ADD CONSTRAINT fk_roles_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.roles ADD CONSTRAINT fk_roles_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.roles ADD CONSTRAINT fk_roles_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.salutation ADD CONSTRAINT fk_salutation_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.salutation ADD CONSTRAINT fk_salutation_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.salutation ADD CONSTRAINT fk_salutation_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.service ADD CONSTRAINT fk_service_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.service ADD CONSTRAINT fk_service_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.service_customer_user ADD CONSTRAINT fk_service_customer_user_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.service_customer_user ADD CONSTRAINT fk_service_customer_user_service_id_id FOREIGN KEY (service_id) REFERENCES otrs.service(id);
ALTER TABLE otrs.service_preferences ADD CONSTRAINT fk_service_preferences_service_id_id FOREIGN KEY (service_id) REFERENCES otrs.service(id);
ALTER TABLE otrs.service_sla ADD CONSTRAINT fk_service_sla_service_id_id FOREIGN KEY (service_id) REFERENCES otrs.service(id);
ALTER TABLE otrs.service_sla ADD CONSTRAINT fk_service_sla_sla_id_id FOREIGN KEY (sla_id) REFERENCES otrs.sla(id);
ALTER TABLE otrs.signature ADD CONSTRAINT fk_signature_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.signature ADD CONSTRAINT fk_signature_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.signature ADD CONSTRAINT fk_signature_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.sla ADD CONSTRAINT fk_sla_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sla ADD CONSTRAINT fk_sla_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sla_preferences ADD CONSTRAINT fk_sla_preferences_sla_id_id FOREIGN KEY (sla_id) REFERENCES otrs.sla(id);
ALTER TABLE otrs.smime_signer_cert_relations ADD CONSTRAINT fk_smime_signer_cert_relations_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.smime_signer_cert_relations ADD CONSTRAINT fk_smime_signer_cert_relations_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.standard_attachment ADD CONSTRAINT fk_standard_attachment_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.standard_attachment ADD CONSTRAINT fk_standard_attachment_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.standard_attachment ADD CONSTRAINT fk_standard_attachment_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.standard_template ADD CONSTRAINT fk_standard_template_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.standard_template ADD CONSTRAINT fk_standard_template_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.standard_template ADD CONSTRAINT fk_standard_template_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.standard_template_attachment ADD CONSTRAINT fk_standard_template_attachment_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.standard_template_attachment ADD CONSTRAINT fk_standard_template_attachment_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.standard_template_attachment ADD CONSTRAINT fk_standard_template_attachment_standard_attachment_id_id FOREIGN KEY (standard_attachment_id) REFERENCES otrs.standard_attachment(id);
ALTER TABLE otrs.standard_template_attachment ADD CONSTRAINT fk_standard_template_attachment_standard_template_id_id FOREIGN KEY (standard_template_id) REFERENCES otrs.standard_template(id);
ALTER TABLE otrs.sysconfig_default ADD CONSTRAINT fk_sysconfig_default_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_default ADD CONSTRAINT fk_sysconfig_default_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_default ADD CONSTRAINT fk_sysconfig_default_exclusive_lock_user_id_id FOREIGN KEY (exclusive_lock_user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_default_version ADD CONSTRAINT fk_sysconfig_default_version_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_default_version ADD CONSTRAINT fk_sysconfig_default_version_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_default_version ADD CONSTRAINT fk_sysconfig_default_version_sysconfig_default_id_id FOREIGN KEY (sysconfig_default_id) REFERENCES otrs.sysconfig_default(id);
ALTER TABLE otrs.sysconfig_deployment ADD CONSTRAINT fk_sysconfig_deployment_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_deployment ADD CONSTRAINT fk_sysconfig_deployment_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_deployment_lock ADD CONSTRAINT fk_sysconfig_deployment_lock_exclusive_lock_user_id_id FOREIGN KEY (exclusive_lock_user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_modified ADD CONSTRAINT fk_sysconfig_modified_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_modified ADD CONSTRAINT fk_sysconfig_modified_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_modified ADD CONSTRAINT fk_sysconfig_modified_sysconfig_default_id_id FOREIGN KEY (sysconfig_default_id) REFERENCES otrs.sysconfig_default(id);
ALTER TABLE otrs.sysconfig_modified ADD CONSTRAINT fk_sysconfig_modified_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_modified_version ADD CONSTRAINT fk_sysconfig_modified_version_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_modified_version ADD CONSTRAINT fk_sysconfig_modified_version_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.sysconfig_modified_version ADD CONSTRAINT fk_sysconfig_modified_version_sysconfig_default_version_idaf FOREIGN KEY (sysconfig_default_version_id) REFERENCES otrs.sysconfig_default_version(id);
ALTER TABLE otrs.sysconfig_modified_version ADD CONSTRAINT fk_sysconfig_modified_version_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.system_address ADD CONSTRAINT fk_system_address_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.system_address ADD CONSTRAINT fk_system_address_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.system_address ADD CONSTRAINT fk_system_address_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.system_data ADD CONSTRAINT fk_system_data_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.system_data ADD CONSTRAINT fk_system_data_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.system_maintenance ADD CONSTRAINT fk_system_maintenance_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.system_maintenance ADD CONSTRAINT fk_system_maintenance_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.system_maintenance ADD CONSTRAINT fk_system_maintenance_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_queue_id_id FOREIGN KEY (queue_id) REFERENCES otrs.queue(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_responsible_user_id_id FOREIGN KEY (responsible_user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_service_id_id FOREIGN KEY (service_id) REFERENCES otrs.service(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_sla_id_id FOREIGN KEY (sla_id) REFERENCES otrs.sla(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_ticket_lock_id_id FOREIGN KEY (ticket_lock_id) REFERENCES otrs.ticket_lock_type(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_ticket_priority_id_id FOREIGN KEY (ticket_priority_id) REFERENCES otrs.ticket_priority(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_ticket_state_id_id FOREIGN KEY (ticket_state_id) REFERENCES otrs.ticket_state(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_type_id_id FOREIGN KEY (type_id) REFERENCES otrs.ticket_type(id);
ALTER TABLE otrs.ticket ADD CONSTRAINT fk_ticket_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_flag ADD CONSTRAINT fk_ticket_flag_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_flag ADD CONSTRAINT fk_ticket_flag_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_history_type_id_id FOREIGN KEY (history_type_id) REFERENCES otrs.ticket_history_type(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_owner_id_id FOREIGN KEY (owner_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_priority_id_id FOREIGN KEY (priority_id) REFERENCES otrs.ticket_priority(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_queue_id_id FOREIGN KEY (queue_id) REFERENCES otrs.queue(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_state_id_id FOREIGN KEY (state_id) REFERENCES otrs.ticket_state(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.ticket_history ADD CONSTRAINT fk_ticket_history_type_id_id FOREIGN KEY (type_id) REFERENCES otrs.ticket_type(id);
ALTER TABLE otrs.ticket_history_type ADD CONSTRAINT fk_ticket_history_type_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_history_type ADD CONSTRAINT fk_ticket_history_type_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_history_type ADD CONSTRAINT fk_ticket_history_type_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.ticket_index ADD CONSTRAINT fk_ticket_index_group_id_id FOREIGN KEY (group_id) REFERENCES otrs.groups(id);
ALTER TABLE otrs.ticket_index ADD CONSTRAINT fk_ticket_index_queue_id_id FOREIGN KEY (queue_id) REFERENCES otrs.queue(id);
ALTER TABLE otrs.ticket_index ADD CONSTRAINT fk_ticket_index_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.ticket_lock_index ADD CONSTRAINT fk_ticket_lock_index_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.ticket_lock_type ADD CONSTRAINT fk_ticket_lock_type_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_lock_type ADD CONSTRAINT fk_ticket_lock_type_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_lock_type ADD CONSTRAINT fk_ticket_lock_type_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.ticket_priority ADD CONSTRAINT fk_ticket_priority_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_priority ADD CONSTRAINT fk_ticket_priority_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_state ADD CONSTRAINT fk_ticket_state_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_state ADD CONSTRAINT fk_ticket_state_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_state ADD CONSTRAINT fk_ticket_state_type_id_id FOREIGN KEY (type_id) REFERENCES otrs.ticket_state_type(id);
ALTER TABLE otrs.ticket_state ADD CONSTRAINT fk_ticket_state_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.ticket_state_type ADD CONSTRAINT fk_ticket_state_type_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_state_type ADD CONSTRAINT fk_ticket_state_type_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_type ADD CONSTRAINT fk_ticket_type_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_type ADD CONSTRAINT fk_ticket_type_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_type ADD CONSTRAINT fk_ticket_type_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.ticket_watcher ADD CONSTRAINT fk_ticket_watcher_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_watcher ADD CONSTRAINT fk_ticket_watcher_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.ticket_watcher ADD CONSTRAINT fk_ticket_watcher_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.ticket_watcher ADD CONSTRAINT fk_ticket_watcher_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.time_accounting ADD CONSTRAINT fk_time_accounting_article_id_id FOREIGN KEY (article_id) REFERENCES otrs.article(id);
ALTER TABLE otrs.time_accounting ADD CONSTRAINT fk_time_accounting_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.time_accounting ADD CONSTRAINT fk_time_accounting_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.time_accounting ADD CONSTRAINT fk_time_accounting_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES otrs.ticket(id);
ALTER TABLE otrs.user_preferences ADD CONSTRAINT fk_user_preferences_user_id_id FOREIGN KEY (user_id) REFERENCES otrs.users(id);
ALTER TABLE otrs.users ADD CONSTRAINT fk_users_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.users ADD CONSTRAINT fk_users_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.users ADD CONSTRAINT fk_users_valid_id_id FOREIGN KEY (valid_id) REFERENCES otrs.valid(id);
ALTER TABLE otrs.valid ADD CONSTRAINT fk_valid_change_by_id FOREIGN KEY (change_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.valid ADD CONSTRAINT fk_valid_create_by_id FOREIGN KEY (create_by) REFERENCES otrs.users(id);
ALTER TABLE otrs.virtual_fs_preferences ADD CONSTRAINT fk_virtual_fs_preferences_virtual_fs_id_id FOREIGN KEY (virtual_fs_id) REFERENCES otrs.virtual_fs(id);
