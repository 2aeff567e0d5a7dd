-- osTicket, the open-source support ticket system (tickets with their statuses, priorities, help topics,
-- departments, SLAs and schedules, agents (staff) with their roles, department access, teams and team members,
-- end users with their e-mails, accounts and organizations, threads with entries (messages, responses, notes),
-- e-mail headers, merges, referrals, collaborators and events, tasks, ticket locks, canned responses, the FAQ
-- knowledge base with categories and topics, custom forms with fields, entries and values, custom lists and their
-- items, ticket filters with rules and actions, mail accounts and templates, attachments and file chunks, drafts,
-- notes, agent queues with columns, sorts and exports, plugins, API keys, pages, translations, the system log,
-- sessions and config), as the installer creates it: setup/inc/streams/core/install-mysql.sql of
-- github.com/osTicket/osTicket (commit 4689926, tag v1.18.1; GPL-2.0; we use the schema's facts), with the default
-- table prefix ost_ kept. MySQL DDL turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL 14
-- and regenerated from its catalog with pg_dump: all 67 tables the file creates, their primary keys and the two
-- column comments the source writes, schema osticket; int/mediumint (signed or unsigned) -> integer, tinyint ->
-- smallint, bigint -> bigint, datetime/timestamp -> timestamp, time -> time, text kinds -> text, blob kinds ->
-- bytea, enum -> text; column names that are PostgreSQL reserved words are quoted. The source declares no foreign
-- keys. Left out: auto-increment, defaults, indexes and unique keys, the config rows the script inserts, and the
-- per-form ost_*__cdata tables osTicket builds at run time (a ticket's subject lives in the form entry values).
-- No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS osticket;
CREATE TABLE osticket.ost_api_key (
    id integer NOT NULL,
    isactive smallint NOT NULL,
    ipaddr character varying(64) NOT NULL,
    apikey character varying(255) NOT NULL,
    can_create_tickets smallint NOT NULL,
    can_exec_cron smallint NOT NULL,
    notes text,
    updated timestamp without time zone NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_attachment (
    id integer NOT NULL,
    object_id integer NOT NULL,
    type character(1) NOT NULL,
    file_id integer NOT NULL,
    name character varying(255),
    inline smallint NOT NULL,
    lang character varying(16),
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_canned_response (
    canned_id integer NOT NULL,
    dept_id integer NOT NULL,
    isenabled smallint NOT NULL,
    title character varying(255) NOT NULL,
    response text NOT NULL,
    lang character varying(16) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (canned_id)
);
CREATE TABLE osticket.ost_config (
    id integer NOT NULL,
    namespace character varying(64) NOT NULL,
    key character varying(64) NOT NULL,
    value text NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_content (
    id integer NOT NULL,
    isactive smallint NOT NULL,
    type character varying(32) NOT NULL,
    name character varying(255) NOT NULL,
    body text NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_department (
    id integer NOT NULL,
    pid integer,
    tpl_id integer NOT NULL,
    sla_id integer NOT NULL,
    schedule_id integer NOT NULL,
    email_id integer NOT NULL,
    autoresp_email_id integer NOT NULL,
    manager_id integer NOT NULL,
    flags integer NOT NULL,
    name character varying(128) NOT NULL,
    signature text NOT NULL,
    ispublic smallint NOT NULL,
    group_membership smallint NOT NULL,
    ticket_auto_response smallint NOT NULL,
    message_auto_response smallint NOT NULL,
    path character varying(128) NOT NULL,
    updated timestamp without time zone NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_draft (
    id integer NOT NULL,
    staff_id integer NOT NULL,
    namespace character varying(32) NOT NULL,
    body text NOT NULL,
    extra text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_email (
    email_id integer NOT NULL,
    noautoresp smallint NOT NULL,
    priority_id integer NOT NULL,
    dept_id integer NOT NULL,
    topic_id integer NOT NULL,
    email character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (email_id)
);
CREATE TABLE osticket.ost_email_account (
    id integer NOT NULL,
    email_id integer NOT NULL,
    type text NOT NULL,
    auth_bk character varying(128) NOT NULL,
    auth_id character varying(16),
    active smallint NOT NULL,
    host character varying(128) NOT NULL,
    port integer NOT NULL,
    folder character varying(255),
    protocol text NOT NULL,
    encryption text NOT NULL,
    fetchfreq smallint NOT NULL,
    fetchmax smallint,
    postfetch text NOT NULL,
    archivefolder character varying(255),
    allow_spoofing smallint,
    num_errors integer NOT NULL,
    last_error_msg text,
    last_error timestamp without time zone,
    last_activity timestamp without time zone,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_email_template (
    id integer NOT NULL,
    tpl_id integer NOT NULL,
    code_name character varying(32) NOT NULL,
    subject character varying(255) NOT NULL,
    body text NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_email_template_group (
    tpl_id integer NOT NULL,
    isactive smallint NOT NULL,
    name character varying(32) NOT NULL,
    lang character varying(16) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (tpl_id)
);
CREATE TABLE osticket.ost_event (
    id integer NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_faq (
    faq_id integer NOT NULL,
    category_id integer NOT NULL,
    ispublished smallint NOT NULL,
    question character varying(255) NOT NULL,
    answer text NOT NULL,
    keywords text,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (faq_id)
);
CREATE TABLE osticket.ost_faq_category (
    category_id integer NOT NULL,
    category_pid integer,
    ispublic smallint NOT NULL,
    name character varying(125),
    description text NOT NULL,
    notes text NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (category_id)
);
CREATE TABLE osticket.ost_faq_topic (
    faq_id integer NOT NULL,
    topic_id integer NOT NULL,
    PRIMARY KEY (faq_id, topic_id)
);
CREATE TABLE osticket.ost_file (
    id integer NOT NULL,
    ft character(1) NOT NULL,
    bk character(1) NOT NULL,
    type character varying(255) NOT NULL,
    size bigint NOT NULL,
    key character varying(86) NOT NULL,
    signature character varying(86) NOT NULL,
    name character varying(255) NOT NULL,
    attrs character varying(255),
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_file_chunk (
    file_id integer NOT NULL,
    chunk_id integer NOT NULL,
    filedata bytea NOT NULL,
    PRIMARY KEY (file_id, chunk_id)
);
CREATE TABLE osticket.ost_filter (
    id integer NOT NULL,
    execorder integer NOT NULL,
    isactive smallint NOT NULL,
    flags integer,
    status integer NOT NULL,
    match_all_rules smallint NOT NULL,
    stop_onmatch smallint NOT NULL,
    target text NOT NULL,
    email_id integer NOT NULL,
    name character varying(32) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_filter_action (
    id integer NOT NULL,
    filter_id integer NOT NULL,
    sort integer NOT NULL,
    type character varying(24) NOT NULL,
    configuration text,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_filter_rule (
    id integer NOT NULL,
    filter_id integer NOT NULL,
    what character varying(32) NOT NULL,
    how text NOT NULL,
    val character varying(255) NOT NULL,
    isactive smallint NOT NULL,
    notes text NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_form (
    id integer NOT NULL,
    pid integer,
    type character varying(8) NOT NULL,
    flags integer NOT NULL,
    title character varying(255) NOT NULL,
    instructions character varying(512),
    name character varying(64) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_form_entry (
    id integer NOT NULL,
    form_id integer NOT NULL,
    object_id integer,
    object_type character(1) NOT NULL,
    sort integer NOT NULL,
    extra text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_form_entry_values (
    entry_id integer NOT NULL,
    field_id integer NOT NULL,
    value text,
    value_id integer,
    PRIMARY KEY (entry_id, field_id)
);
CREATE TABLE osticket.ost_form_field (
    id integer NOT NULL,
    form_id integer NOT NULL,
    flags integer,
    type character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    name character varying(64) NOT NULL,
    configuration text,
    sort integer NOT NULL,
    hint character varying(512),
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_group (
    id integer NOT NULL,
    role_id integer NOT NULL,
    flags integer NOT NULL,
    name character varying(120) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_help_topic (
    topic_id integer NOT NULL,
    topic_pid integer NOT NULL,
    ispublic smallint NOT NULL,
    noautoresp smallint NOT NULL,
    flags integer,
    status_id integer NOT NULL,
    priority_id integer NOT NULL,
    dept_id integer NOT NULL,
    staff_id integer NOT NULL,
    team_id integer NOT NULL,
    sla_id integer NOT NULL,
    page_id integer NOT NULL,
    sequence_id integer NOT NULL,
    sort integer NOT NULL,
    topic character varying(128) NOT NULL,
    number_format character varying(32),
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (topic_id)
);
CREATE TABLE osticket.ost_help_topic_form (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    form_id integer NOT NULL,
    sort integer NOT NULL,
    extra text,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_list (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    name_plural character varying(255),
    sort_mode text NOT NULL,
    masks integer NOT NULL,
    type character varying(16),
    configuration text NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_list_items (
    id integer NOT NULL,
    list_id integer,
    status integer NOT NULL,
    value character varying(255) NOT NULL,
    extra character varying(255),
    sort integer NOT NULL,
    properties text,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_lock (
    lock_id integer NOT NULL,
    staff_id integer NOT NULL,
    expire timestamp without time zone,
    code character varying(20),
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (lock_id)
);
CREATE TABLE osticket.ost_note (
    id integer NOT NULL,
    pid integer,
    staff_id integer NOT NULL,
    ext_id character varying(10),
    body text,
    status integer NOT NULL,
    sort integer NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_organization (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    manager character varying(16) NOT NULL,
    status integer NOT NULL,
    domain character varying(256) NOT NULL,
    extra text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_plugin (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    install_path character varying(60) NOT NULL,
    isphar smallint NOT NULL,
    isactive smallint NOT NULL,
    version character varying(64),
    notes text,
    installed timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_plugin_instance (
    id integer NOT NULL,
    plugin_id integer NOT NULL,
    flags integer NOT NULL,
    name character varying(255) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_queue (
    id integer NOT NULL,
    parent_id integer NOT NULL,
    columns_id integer,
    sort_id integer,
    flags integer NOT NULL,
    staff_id integer NOT NULL,
    sort integer NOT NULL,
    title character varying(60),
    config text,
    filter character varying(64),
    root character varying(32),
    path character varying(80) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_queue_column (
    id integer NOT NULL,
    flags integer NOT NULL,
    name character varying(64) NOT NULL,
    "primary" character varying(64) NOT NULL,
    secondary character varying(64),
    filter character varying(32),
    truncate character varying(16),
    annotations text,
    conditions text,
    extra text,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_queue_columns (
    queue_id integer NOT NULL,
    column_id integer NOT NULL,
    staff_id integer NOT NULL,
    bits integer NOT NULL,
    sort integer NOT NULL,
    heading character varying(64),
    width integer NOT NULL,
    PRIMARY KEY (queue_id, column_id, staff_id)
);
CREATE TABLE osticket.ost_queue_config (
    queue_id integer NOT NULL,
    staff_id integer NOT NULL,
    setting text,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (queue_id, staff_id)
);
CREATE TABLE osticket.ost_queue_export (
    id integer NOT NULL,
    queue_id integer NOT NULL,
    path character varying(64) NOT NULL,
    heading character varying(64),
    sort integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_queue_sort (
    id integer NOT NULL,
    root character varying(32),
    name character varying(64) NOT NULL,
    columns text,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_queue_sorts (
    queue_id integer NOT NULL,
    sort_id integer NOT NULL,
    bits integer NOT NULL,
    sort integer NOT NULL,
    PRIMARY KEY (queue_id, sort_id)
);
CREATE TABLE osticket.ost_role (
    id integer NOT NULL,
    flags integer NOT NULL,
    name character varying(64),
    permissions text,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_schedule (
    id integer NOT NULL,
    flags integer NOT NULL,
    name character varying(255) NOT NULL,
    timezone character varying(64),
    description character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_schedule_entry (
    id integer NOT NULL,
    schedule_id integer NOT NULL,
    flags integer NOT NULL,
    sort smallint NOT NULL,
    name character varying(255) NOT NULL,
    repeats character varying(16) NOT NULL,
    starts_on date,
    starts_at time without time zone,
    ends_on date,
    ends_at time without time zone,
    stops_on timestamp without time zone,
    day smallint,
    week smallint,
    month smallint,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_sequence (
    id integer NOT NULL,
    name character varying(64),
    flags integer,
    next bigint NOT NULL,
    increment integer,
    padding character(1),
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_session (
    session_id character varying(255) NOT NULL,
    session_data bytea,
    session_expire timestamp without time zone,
    session_updated timestamp without time zone,
    user_id character varying(16) NOT NULL,
    user_ip character varying(64) NOT NULL,
    user_agent character varying(255) NOT NULL,
    PRIMARY KEY (session_id)
);
CREATE TABLE osticket.ost_sla (
    id integer NOT NULL,
    schedule_id integer NOT NULL,
    flags integer NOT NULL,
    grace_period integer NOT NULL,
    name character varying(64) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_staff (
    staff_id integer NOT NULL,
    dept_id integer NOT NULL,
    role_id integer NOT NULL,
    username character varying(32) NOT NULL,
    firstname character varying(32),
    lastname character varying(32),
    passwd character varying(128),
    backend character varying(32),
    email character varying(255),
    phone character varying(24) NOT NULL,
    phone_ext character varying(6),
    mobile character varying(24) NOT NULL,
    signature text NOT NULL,
    lang character varying(16),
    timezone character varying(64),
    locale character varying(16),
    notes text,
    isactive smallint NOT NULL,
    isadmin smallint NOT NULL,
    isvisible smallint NOT NULL,
    onvacation smallint NOT NULL,
    assigned_only smallint NOT NULL,
    show_assigned_tickets smallint NOT NULL,
    change_passwd smallint NOT NULL,
    max_page_size integer NOT NULL,
    auto_refresh_rate integer NOT NULL,
    default_signature_type text NOT NULL,
    default_paper_size text NOT NULL,
    extra text,
    permissions text,
    created timestamp without time zone NOT NULL,
    lastlogin timestamp without time zone,
    passwdreset timestamp without time zone,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (staff_id)
);
CREATE TABLE osticket.ost_staff_dept_access (
    staff_id integer NOT NULL,
    dept_id integer NOT NULL,
    role_id integer NOT NULL,
    flags integer NOT NULL,
    PRIMARY KEY (staff_id, dept_id)
);
CREATE TABLE osticket.ost_syslog (
    log_id integer NOT NULL,
    log_type text NOT NULL,
    title character varying(255) NOT NULL,
    log text NOT NULL,
    logger character varying(64) NOT NULL,
    ip_address character varying(64) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (log_id)
);
CREATE TABLE osticket.ost_task (
    id integer NOT NULL,
    object_id integer NOT NULL,
    object_type character(1) NOT NULL,
    number character varying(20),
    dept_id integer NOT NULL,
    staff_id integer NOT NULL,
    team_id integer NOT NULL,
    lock_id integer NOT NULL,
    flags integer NOT NULL,
    duedate timestamp without time zone,
    closed timestamp without time zone,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_team (
    team_id integer NOT NULL,
    lead_id integer NOT NULL,
    flags integer NOT NULL,
    name character varying(125) NOT NULL,
    notes text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (team_id)
);
CREATE TABLE osticket.ost_team_member (
    team_id integer NOT NULL,
    staff_id integer NOT NULL,
    flags integer NOT NULL,
    PRIMARY KEY (team_id, staff_id)
);
CREATE TABLE osticket.ost_thread (
    id integer NOT NULL,
    object_id integer NOT NULL,
    object_type character(1) NOT NULL,
    extra text,
    lastresponse timestamp without time zone,
    lastmessage timestamp without time zone,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_thread_collaborator (
    id integer NOT NULL,
    flags integer NOT NULL,
    thread_id integer NOT NULL,
    user_id integer NOT NULL,
    role character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_thread_entry (
    id integer NOT NULL,
    pid integer NOT NULL,
    thread_id integer NOT NULL,
    staff_id integer NOT NULL,
    user_id integer NOT NULL,
    type character(1) NOT NULL,
    flags integer NOT NULL,
    poster character varying(128) NOT NULL,
    editor integer,
    editor_type character(1),
    source character varying(32) NOT NULL,
    title character varying(255),
    body text NOT NULL,
    format character varying(16) NOT NULL,
    ip_address character varying(64) NOT NULL,
    extra text,
    recipients text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_thread_entry_email (
    id integer NOT NULL,
    thread_entry_id integer NOT NULL,
    email_id integer,
    mid character varying(255) NOT NULL,
    headers text,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_thread_entry_merge (
    id integer NOT NULL,
    thread_entry_id integer NOT NULL,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_thread_event (
    id integer NOT NULL,
    thread_id integer NOT NULL,
    thread_type character(1) NOT NULL,
    event_id integer,
    staff_id integer NOT NULL,
    team_id integer NOT NULL,
    dept_id integer NOT NULL,
    topic_id integer NOT NULL,
    data character varying(1024),
    username character varying(128) NOT NULL,
    uid integer,
    uid_type character(1) NOT NULL,
    annulled smallint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_thread_referral (
    id integer NOT NULL,
    thread_id integer NOT NULL,
    object_id integer NOT NULL,
    object_type character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_ticket (
    ticket_id integer NOT NULL,
    ticket_pid integer,
    number character varying(20),
    user_id integer NOT NULL,
    user_email_id integer NOT NULL,
    status_id integer NOT NULL,
    dept_id integer NOT NULL,
    sla_id integer NOT NULL,
    topic_id integer NOT NULL,
    staff_id integer NOT NULL,
    team_id integer NOT NULL,
    email_id integer NOT NULL,
    lock_id integer NOT NULL,
    flags integer NOT NULL,
    sort integer NOT NULL,
    ip_address character varying(64) NOT NULL,
    source text NOT NULL,
    source_extra character varying(40),
    isoverdue smallint NOT NULL,
    isanswered smallint NOT NULL,
    duedate timestamp without time zone,
    est_duedate timestamp without time zone,
    reopened timestamp without time zone,
    closed timestamp without time zone,
    lastupdate timestamp without time zone,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (ticket_id)
);
CREATE TABLE osticket.ost_ticket_priority (
    priority_id smallint NOT NULL,
    priority character varying(60) NOT NULL,
    priority_desc character varying(30) NOT NULL,
    priority_color character varying(7) NOT NULL,
    priority_urgency smallint NOT NULL,
    ispublic smallint NOT NULL,
    PRIMARY KEY (priority_id)
);
CREATE TABLE osticket.ost_ticket_status (
    id integer NOT NULL,
    name character varying(60) NOT NULL,
    state character varying(16),
    mode integer NOT NULL,
    flags integer NOT NULL,
    sort integer NOT NULL,
    properties text NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_translation (
    id integer NOT NULL,
    object_hash character(16),
    type text,
    flags integer NOT NULL,
    revision integer,
    agent_id integer NOT NULL,
    lang character varying(16) NOT NULL,
    text text NOT NULL,
    source_text text,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_user (
    id integer NOT NULL,
    org_id integer NOT NULL,
    default_email_id integer NOT NULL,
    status integer NOT NULL,
    name character varying(128) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_user_account (
    id integer NOT NULL,
    user_id integer NOT NULL,
    status integer NOT NULL,
    timezone character varying(64),
    lang character varying(16),
    username character varying(64),
    passwd character varying(128),
    backend character varying(32),
    extra text,
    registered timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE osticket.ost_user_email (
    id integer NOT NULL,
    user_id integer NOT NULL,
    flags integer NOT NULL,
    address character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN osticket.ost_session.user_id IS 'osTicket staff/client ID';
COMMENT ON COLUMN osticket.ost_thread_event.data IS 'Encoded differences';
