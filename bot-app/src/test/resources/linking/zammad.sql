-- Zammad 5.5.x (open-source helpdesk: tickets with their articles (e-mails, notes, phone calls, chat and social
-- messages), states, priorities, groups, organisations and users (agents and customers alike), roles and permissions,
-- tags, links between tickets, time accounting, SLAs with business-hours calendars, overviews, triggers, macros,
-- text modules and templates, the live chat, the CTI caller log, mentions, online notifications, history, channels,
-- e-mail addresses and signatures, S/MIME certificates, webhooks, data-privacy tasks, background jobs), as its two
-- base migrations create it on a fresh PostgreSQL install: db/migrate/20120101000001_create_base.rb and
-- db/migrate/20120101000010_create_ticket.rb of github.com/Pako7/zammad (a copy of zammad/zammad at version 5.5.x,
-- commit f92e715; the later migrations of that tree only change data). Zammad is under the GNU AGPL 3.0; we use the
-- schema's facts. Read by a one-off script that follows ActiveRecord's rules for a Migration[4.2] on PostgreSQL
-- (serial integer id primary keys except where the source says id: false; references -> integer <name>_id, and
-- <name>_type for polymorphic ones; string -> character varying(limit); text limits dropped, as PostgreSQL has none;
-- timestamps(limit: 3) -> created_at/updated_at timestamp(3); binary -> bytea; integer limit 8 -> bigint; the
-- integer default false of schedulers.running -> 0), loaded into a scratch PostgreSQL and checked there: all 94
-- tables, 84 primary keys (the 10 join tables made with id: false have none), the 51 unique indexes as UNIQUE
-- constraints and the 153 foreign keys the migrations add, schema zammad. object_manager_attributes.screen is the
-- array form (character varying[]) the source picks on PostgreSQL. Left out: plain indexes, the id sequences, the
-- seed data (db/seeds), the knowledge-base and other tables later versions add. The migrations declare no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS zammad;
CREATE TABLE zammad.active_job_locks (
    id integer NOT NULL,
    lock_key character varying,
    active_job_id character varying,
    created_at timestamp(3) without time zone,
    updated_at timestamp(3) without time zone,
    PRIMARY KEY (id),
    UNIQUE (lock_key),
    UNIQUE (active_job_id)
);
CREATE TABLE zammad.activity_streams (
    id integer NOT NULL,
    activity_stream_type_id integer NOT NULL,
    activity_stream_object_id integer NOT NULL,
    permission_id integer,
    group_id integer,
    o_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.authorizations (
    id integer NOT NULL,
    provider character varying(250) NOT NULL,
    uid character varying(250) NOT NULL,
    token character varying(2500),
    secret character varying(250),
    username character varying(250),
    user_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uid, provider)
);
CREATE TABLE zammad.avatars (
    id integer NOT NULL,
    o_id integer NOT NULL,
    object_lookup_id integer NOT NULL,
    "default" boolean DEFAULT false NOT NULL,
    deletable boolean DEFAULT true NOT NULL,
    initial boolean DEFAULT false NOT NULL,
    store_full_id integer,
    store_resize_id integer,
    store_hash character varying(32),
    source character varying(100) NOT NULL,
    source_url character varying(512),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.calendars (
    id integer NOT NULL,
    name character varying(250),
    timezone character varying(250),
    business_hours character varying(3000),
    "default" boolean DEFAULT false NOT NULL,
    ical_url character varying(500),
    public_holidays text,
    last_log text,
    last_sync timestamp(3) without time zone,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.channels (
    id integer NOT NULL,
    group_id integer,
    area character varying(100) NOT NULL,
    options text,
    active boolean DEFAULT true NOT NULL,
    preferences character varying(2000),
    last_log_in text,
    last_log_out text,
    status_in character varying(100),
    status_out character varying(100),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.chat_agents (
    id integer NOT NULL,
    active boolean DEFAULT true NOT NULL,
    concurrent integer DEFAULT 5 NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (updated_by_id),
    UNIQUE (created_by_id)
);
CREATE TABLE zammad.chat_messages (
    id integer NOT NULL,
    chat_session_id integer NOT NULL,
    content text NOT NULL,
    created_by_id integer,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.chat_sessions (
    id integer NOT NULL,
    chat_id integer NOT NULL,
    session_id character varying NOT NULL,
    name character varying(250),
    state character varying(50) DEFAULT 'waiting'::character varying NOT NULL,
    user_id integer,
    preferences text,
    updated_by_id integer,
    created_by_id integer,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.chats (
    id integer NOT NULL,
    name character varying(250),
    max_queue integer DEFAULT 5 NOT NULL,
    note character varying(250),
    active boolean DEFAULT true NOT NULL,
    public boolean DEFAULT false NOT NULL,
    block_ip character varying(5000),
    block_country character varying(5000),
    allowed_websites character varying(5000),
    preferences character varying(5000),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.core_workflows (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    object character varying(100),
    preferences text,
    condition_saved text,
    condition_selected text,
    perform text,
    active boolean DEFAULT true NOT NULL,
    stop_after_match boolean DEFAULT false NOT NULL,
    changeable boolean DEFAULT true NOT NULL,
    priority integer DEFAULT 0 NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.cti_caller_ids (
    id integer NOT NULL,
    caller_id character varying(100) NOT NULL,
    comment character varying(500),
    level character varying(100) NOT NULL,
    object character varying(100) NOT NULL,
    o_id integer NOT NULL,
    user_id integer,
    preferences text,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.cti_logs (
    id integer NOT NULL,
    direction character varying(20) NOT NULL,
    state character varying(20) NOT NULL,
    "from" character varying(100) NOT NULL,
    from_comment character varying(250),
    "to" character varying(100) NOT NULL,
    to_comment character varying(250),
    queue character varying(250),
    call_id character varying(250) NOT NULL,
    comment character varying(500),
    initialized_at timestamp(3) without time zone,
    start_at timestamp(3) without time zone,
    end_at timestamp(3) without time zone,
    duration_waiting_time integer,
    duration_talking_time integer,
    done boolean DEFAULT true NOT NULL,
    preferences text,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (call_id)
);
CREATE TABLE zammad.data_privacy_tasks (
    id integer NOT NULL,
    state character varying(150) DEFAULT 'in process'::character varying,
    deletable_type character varying,
    deletable_id integer,
    preferences text,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.delayed_jobs (
    id integer NOT NULL,
    priority integer DEFAULT 0,
    attempts integer DEFAULT 0,
    handler text,
    last_error text,
    run_at timestamp(3) without time zone,
    locked_at timestamp(3) without time zone,
    failed_at timestamp(3) without time zone,
    locked_by character varying,
    queue character varying,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.email_addresses (
    id integer NOT NULL,
    channel_id integer,
    realname character varying(250) NOT NULL,
    email character varying(255) NOT NULL,
    active boolean DEFAULT true NOT NULL,
    note character varying(250),
    preferences character varying(2000),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (email)
);
CREATE TABLE zammad.external_credentials (
    id integer NOT NULL,
    name character varying,
    credentials character varying(2500) NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.external_syncs (
    id integer NOT NULL,
    source character varying(100) NOT NULL,
    source_id character varying(200) NOT NULL,
    object character varying(100) NOT NULL,
    o_id integer NOT NULL,
    last_payload text,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (source, source_id)
);
CREATE TABLE zammad.groups (
    id integer NOT NULL,
    signature_id integer,
    email_address_id integer,
    name character varying(160) NOT NULL,
    assignment_timeout integer,
    follow_up_possible character varying(100) DEFAULT 'yes'::character varying NOT NULL,
    reopen_time_in_days integer,
    follow_up_assignment boolean DEFAULT true NOT NULL,
    active boolean DEFAULT true NOT NULL,
    shared_drafts boolean DEFAULT true NOT NULL,
    note character varying(250),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.groups_users (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    access character varying(50) DEFAULT 'full'::character varying NOT NULL
);
CREATE TABLE zammad.histories (
    id integer NOT NULL,
    history_type_id integer NOT NULL,
    history_object_id integer NOT NULL,
    history_attribute_id integer,
    o_id integer NOT NULL,
    related_o_id integer,
    related_history_object_id integer,
    id_to integer,
    id_from integer,
    value_from character varying(500),
    value_to character varying(500),
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.history_attributes (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.history_objects (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    note character varying(250),
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.history_types (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.http_logs (
    id integer NOT NULL,
    direction character varying(20) NOT NULL,
    facility character varying(100) NOT NULL,
    method character varying(100) NOT NULL,
    url text NOT NULL,
    status character varying(20),
    ip character varying(50),
    request text NOT NULL,
    response text NOT NULL,
    updated_by_id integer,
    created_by_id integer,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.import_jobs (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    dry_run boolean DEFAULT false,
    payload text,
    result text,
    started_at timestamp(3) without time zone,
    finished_at timestamp(3) without time zone,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.jobs (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    timeplan character varying(2500) NOT NULL,
    condition text NOT NULL,
    perform text NOT NULL,
    disable_notification boolean DEFAULT true NOT NULL,
    last_run_at timestamp(3) without time zone,
    next_run_at timestamp(3) without time zone,
    running boolean DEFAULT false NOT NULL,
    processed integer DEFAULT 0 NOT NULL,
    matching integer NOT NULL,
    pid character varying(250),
    note character varying(250),
    active boolean DEFAULT false NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.ldap_sources (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    preferences text,
    prio integer NOT NULL,
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.link_objects (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    note character varying(250),
    active boolean DEFAULT true NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.link_types (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    note character varying(250),
    active boolean DEFAULT true NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.links (
    id integer NOT NULL,
    link_type_id integer NOT NULL,
    link_object_source_id integer NOT NULL,
    link_object_source_value integer NOT NULL,
    link_object_target_id integer NOT NULL,
    link_object_target_value integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (link_object_source_id, link_object_source_value, link_object_target_id, link_object_target_value, link_type_id)
);
CREATE TABLE zammad.locales (
    id integer NOT NULL,
    locale character varying(20) NOT NULL,
    alias character varying(20),
    name character varying(255) NOT NULL,
    dir character varying(9) DEFAULT 'ltr'::character varying NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (locale),
    UNIQUE (name)
);
CREATE TABLE zammad.macros (
    id integer NOT NULL,
    name character varying(250),
    perform text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    ux_flow_next_up character varying DEFAULT 'none'::character varying NOT NULL,
    note character varying(250),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.mentions (
    id integer NOT NULL,
    mentionable_type character varying NOT NULL,
    mentionable_id integer NOT NULL,
    user_id integer NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (mentionable_id, mentionable_type, user_id)
);
CREATE TABLE zammad.object_lookups (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.object_manager_attributes (
    id integer NOT NULL,
    object_lookup_id integer NOT NULL,
    name character varying(200) NOT NULL,
    display character varying(200) NOT NULL,
    data_type character varying(100) NOT NULL,
    data_option text,
    data_option_new text,
    editable boolean DEFAULT true NOT NULL,
    active boolean DEFAULT true NOT NULL,
    screens character varying(2000),
    to_create boolean DEFAULT false NOT NULL,
    to_migrate boolean DEFAULT false NOT NULL,
    to_delete boolean DEFAULT false NOT NULL,
    to_config boolean DEFAULT false NOT NULL,
    position integer NOT NULL,
    created_by_id integer NOT NULL,
    updated_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (object_lookup_id, name)
);
CREATE TABLE zammad.online_notifications (
    id integer NOT NULL,
    o_id integer NOT NULL,
    object_lookup_id integer NOT NULL,
    type_lookup_id integer NOT NULL,
    user_id integer NOT NULL,
    seen boolean DEFAULT false NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.organizations (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    shared boolean DEFAULT true NOT NULL,
    domain character varying(250) DEFAULT ''::character varying,
    domain_assignment boolean DEFAULT false NOT NULL,
    active boolean DEFAULT true NOT NULL,
    note character varying(5000) DEFAULT ''::character varying,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.organizations_users (
    user_id integer,
    organization_id integer
);
CREATE TABLE zammad.overviews (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    link character varying(250) NOT NULL,
    prio integer NOT NULL,
    condition text NOT NULL,
    "order" character varying(2500) NOT NULL,
    group_by character varying(250),
    group_direction character varying(250),
    organization_shared boolean DEFAULT false NOT NULL,
    out_of_office boolean DEFAULT false NOT NULL,
    view character varying(1000) NOT NULL,
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.overviews_groups (
    overview_id integer,
    group_id integer
);
CREATE TABLE zammad.overviews_roles (
    overview_id integer,
    role_id integer
);
CREATE TABLE zammad.overviews_users (
    overview_id integer,
    user_id integer
);
CREATE TABLE zammad.package_migrations (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    version character varying(250) NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.packages (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    version character varying(50) NOT NULL,
    vendor character varying(150) NOT NULL,
    state character varying(50) NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.permissions (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    note character varying(500),
    preferences character varying(10000),
    active boolean DEFAULT true NOT NULL,
    allow_signup boolean DEFAULT false NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.permissions_roles (
    role_id integer,
    permission_id integer
);
CREATE TABLE zammad.postmaster_filters (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    channel character varying(250) NOT NULL,
    match text NOT NULL,
    perform text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    note character varying(250),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.public_links (
    id integer NOT NULL,
    link character varying(500) NOT NULL,
    title character varying(200) NOT NULL,
    description character varying(200),
    screen character varying[] NOT NULL,
    new_tab boolean DEFAULT true NOT NULL,
    prio integer NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (link)
);
CREATE TABLE zammad.recent_views (
    id integer NOT NULL,
    recent_view_object_id integer NOT NULL,
    o_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.report_profiles (
    id integer NOT NULL,
    name character varying(150),
    condition text,
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.roles (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    preferences text,
    default_at_signup boolean DEFAULT false,
    active boolean DEFAULT true NOT NULL,
    note character varying(250),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.roles_groups (
    role_id integer NOT NULL,
    group_id integer NOT NULL,
    access character varying(50) DEFAULT 'full'::character varying NOT NULL
);
CREATE TABLE zammad.roles_users (
    user_id integer,
    role_id integer
);
CREATE TABLE zammad.schedulers (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    method character varying(250) NOT NULL,
    period integer,
    running integer DEFAULT 0 NOT NULL,
    last_run timestamp(3) without time zone,
    prio integer NOT NULL,
    pid character varying(250),
    note character varying(250),
    error_message character varying,
    status character varying,
    active boolean DEFAULT false NOT NULL,
    timeplan character varying(2500),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.sessions (
    id integer NOT NULL,
    session_id character varying NOT NULL,
    persistent boolean,
    data text,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.settings (
    id integer NOT NULL,
    title character varying(200) NOT NULL,
    name character varying(200) NOT NULL,
    area character varying(100) NOT NULL,
    description character varying(2000) NOT NULL,
    options text,
    state_current text,
    state_initial character varying(2000),
    frontend boolean NOT NULL,
    preferences text,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.signatures (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    body text,
    active boolean DEFAULT true NOT NULL,
    note character varying(250),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.slas (
    id integer NOT NULL,
    calendar_id integer NOT NULL,
    name character varying(150),
    first_response_time integer,
    response_time integer,
    update_time integer,
    solution_time integer,
    condition text,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.smime_certificates (
    id integer NOT NULL,
    subject character varying(500) NOT NULL,
    doc_hash character varying(250) NOT NULL,
    fingerprint character varying(250) NOT NULL,
    modulus character varying(1024) NOT NULL,
    not_before_at timestamp(3) without time zone,
    not_after_at timestamp(3) without time zone,
    raw bytea NOT NULL,
    private_key bytea,
    private_key_secret character varying(500),
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (fingerprint)
);
CREATE TABLE zammad.stats_stores (
    id integer NOT NULL,
    stats_storable_type character varying,
    stats_storable_id integer,
    key character varying(250),
    data character varying(5000),
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.store_files (
    id integer NOT NULL,
    sha character varying(128) NOT NULL,
    provider character varying(20),
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (sha)
);
CREATE TABLE zammad.store_objects (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    note character varying(250),
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.store_provider_dbs (
    id integer NOT NULL,
    sha character varying(128) NOT NULL,
    data bytea,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (sha)
);
CREATE TABLE zammad.stores (
    id integer NOT NULL,
    store_object_id integer NOT NULL,
    store_file_id integer NOT NULL,
    o_id bigint NOT NULL,
    preferences character varying(2500),
    size character varying(50),
    filename character varying(250) NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.tag_items (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    name_downcase character varying(250) NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.tag_objects (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.tags (
    id integer NOT NULL,
    tag_item_id integer NOT NULL,
    tag_object_id integer NOT NULL,
    o_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.taskbars (
    id integer NOT NULL,
    user_id integer NOT NULL,
    last_contact timestamp(3) without time zone NOT NULL,
    key character varying(100) NOT NULL,
    callback character varying(100) NOT NULL,
    state text,
    preferences text,
    params character varying(2000),
    prio integer NOT NULL,
    notify boolean DEFAULT false NOT NULL,
    active boolean DEFAULT false NOT NULL,
    app character varying DEFAULT 'desktop'::character varying NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.templates (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    options text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.templates_groups (
    template_id integer,
    group_id integer
);
CREATE TABLE zammad.text_modules (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    keywords character varying(500),
    content text NOT NULL,
    note character varying(250),
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.text_modules_groups (
    text_module_id integer,
    group_id integer
);
CREATE TABLE zammad.ticket_article_flags (
    id integer NOT NULL,
    ticket_article_id integer NOT NULL,
    key character varying(50) NOT NULL,
    value character varying(50),
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.ticket_article_senders (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    note character varying(250),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.ticket_article_types (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    note character varying(250),
    communication boolean NOT NULL,
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.ticket_articles (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    type_id integer NOT NULL,
    sender_id integer NOT NULL,
    "from" character varying(3000),
    "to" character varying(3000),
    cc character varying(3000),
    subject character varying(3000),
    reply_to character varying(300),
    message_id character varying(3000),
    message_id_md5 character varying(32),
    in_reply_to character varying(3000),
    content_type character varying(20) DEFAULT 'text/plain'::character varying NOT NULL,
    "references" character varying(3200),
    body text NOT NULL,
    internal boolean DEFAULT false NOT NULL,
    preferences text,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    origin_by_id integer,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.ticket_counters (
    id integer NOT NULL,
    content character varying(100) NOT NULL,
    generator character varying(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (generator)
);
CREATE TABLE zammad.ticket_flags (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    key character varying(50) NOT NULL,
    value character varying(50),
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.ticket_priorities (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    default_create boolean DEFAULT false NOT NULL,
    ui_icon character varying(100),
    ui_color character varying(100),
    note character varying(250),
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.ticket_shared_draft_starts (
    id integer NOT NULL,
    group_id integer NOT NULL,
    name character varying,
    content text,
    created_by_id integer NOT NULL,
    updated_by_id integer NOT NULL,
    created_at timestamp(3) without time zone,
    updated_at timestamp(3) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.ticket_shared_draft_zooms (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    new_article text,
    ticket_attributes text,
    created_by_id integer NOT NULL,
    updated_by_id integer NOT NULL,
    created_at timestamp(3) without time zone,
    updated_at timestamp(3) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.ticket_state_types (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    note character varying(250),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.ticket_states (
    id integer NOT NULL,
    state_type_id integer NOT NULL,
    name character varying(250) NOT NULL,
    next_state_id integer,
    ignore_escalation boolean DEFAULT false NOT NULL,
    default_create boolean DEFAULT false NOT NULL,
    default_follow_up boolean DEFAULT false NOT NULL,
    note character varying(250),
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.ticket_time_accountings (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    ticket_article_id integer,
    time_unit numeric(6,2) NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.tickets (
    id integer NOT NULL,
    group_id integer NOT NULL,
    priority_id integer NOT NULL,
    state_id integer NOT NULL,
    organization_id integer,
    number character varying(60) NOT NULL,
    title character varying(250) NOT NULL,
    owner_id integer NOT NULL,
    customer_id integer NOT NULL,
    note character varying(250),
    first_response_at timestamp(3) without time zone,
    first_response_escalation_at timestamp(3) without time zone,
    first_response_in_min integer,
    first_response_diff_in_min integer,
    close_at timestamp(3) without time zone,
    close_escalation_at timestamp(3) without time zone,
    close_in_min integer,
    close_diff_in_min integer,
    update_escalation_at timestamp(3) without time zone,
    update_in_min integer,
    update_diff_in_min integer,
    last_close_at timestamp(3) without time zone,
    last_contact_at timestamp(3) without time zone,
    last_contact_agent_at timestamp(3) without time zone,
    last_contact_customer_at timestamp(3) without time zone,
    last_owner_update_at timestamp(3) without time zone,
    create_article_type_id integer,
    create_article_sender_id integer,
    article_count integer,
    escalation_at timestamp(3) without time zone,
    pending_time timestamp(3) without time zone,
    type character varying(100),
    time_unit numeric(6,2),
    preferences text,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (number)
);
CREATE TABLE zammad.tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    persistent boolean,
    name character varying(100) NOT NULL,
    action character varying(40) NOT NULL,
    label character varying(255),
    preferences text,
    last_used_at timestamp(3) without time zone,
    expires_at date,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name, action)
);
CREATE TABLE zammad.translations (
    id integer NOT NULL,
    locale character varying(10) NOT NULL,
    source character varying(3000) NOT NULL,
    target character varying(3000) NOT NULL,
    target_initial character varying(3000) NOT NULL,
    is_synchronized_from_codebase boolean DEFAULT false NOT NULL,
    synchronized_from_translation_file character varying(255),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.triggers (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    condition text NOT NULL,
    perform text NOT NULL,
    disable_notification boolean DEFAULT true NOT NULL,
    note character varying(250),
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.type_lookups (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE zammad.user_devices (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(250) NOT NULL,
    os character varying(150),
    browser character varying(250),
    location character varying(150),
    device_details character varying(2500),
    location_details character varying(2500),
    fingerprint character varying(160),
    user_agent character varying(250),
    ip character varying(160),
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.user_overview_sortings (
    id integer NOT NULL,
    user_id integer NOT NULL,
    overview_id integer NOT NULL,
    prio integer NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zammad.users (
    id integer NOT NULL,
    organization_id integer,
    login character varying(255) NOT NULL,
    firstname character varying(100) DEFAULT ''::character varying,
    lastname character varying(100) DEFAULT ''::character varying,
    email character varying(255) DEFAULT ''::character varying,
    image character varying(100),
    image_source character varying(200),
    web character varying(100) DEFAULT ''::character varying,
    password character varying(100),
    phone character varying(100) DEFAULT ''::character varying,
    fax character varying(100) DEFAULT ''::character varying,
    mobile character varying(100) DEFAULT ''::character varying,
    department character varying(200) DEFAULT ''::character varying,
    street character varying(120) DEFAULT ''::character varying,
    zip character varying(100) DEFAULT ''::character varying,
    city character varying(100) DEFAULT ''::character varying,
    country character varying(100) DEFAULT ''::character varying,
    address character varying(500) DEFAULT ''::character varying,
    vip boolean DEFAULT false,
    verified boolean DEFAULT false NOT NULL,
    active boolean DEFAULT true NOT NULL,
    note character varying(5000) DEFAULT ''::character varying,
    last_login timestamp(3) without time zone,
    source character varying(200),
    login_failed integer DEFAULT 0 NOT NULL,
    out_of_office boolean DEFAULT false NOT NULL,
    out_of_office_start_at date,
    out_of_office_end_at date,
    out_of_office_replacement_id integer,
    preferences character varying(8000),
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (login)
);
CREATE TABLE zammad.webhooks (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    endpoint character varying(300) NOT NULL,
    signature_token character varying(200),
    ssl_verify boolean DEFAULT true NOT NULL,
    basic_auth_username character varying(250),
    basic_auth_password character varying(250),
    note character varying(500),
    active boolean DEFAULT true NOT NULL,
    updated_by_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp(3) without time zone NOT NULL,
    updated_at timestamp(3) without time zone NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE zammad.users ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.users ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.users ADD FOREIGN KEY (out_of_office_replacement_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.user_overview_sortings ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.user_overview_sortings ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.user_overview_sortings ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.signatures ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.signatures ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.email_addresses ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.email_addresses ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.groups ADD FOREIGN KEY (signature_id) REFERENCES zammad.signatures (id);
ALTER TABLE zammad.groups ADD FOREIGN KEY (email_address_id) REFERENCES zammad.email_addresses (id);
ALTER TABLE zammad.groups ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.groups ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.roles ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.roles ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.users ADD FOREIGN KEY (organization_id) REFERENCES zammad.organizations (id);
ALTER TABLE zammad.organizations ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.organizations ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.roles_users ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.roles_users ADD FOREIGN KEY (role_id) REFERENCES zammad.roles (id);
ALTER TABLE zammad.groups_users ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.groups_users ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
ALTER TABLE zammad.roles_groups ADD FOREIGN KEY (role_id) REFERENCES zammad.roles (id);
ALTER TABLE zammad.roles_groups ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
ALTER TABLE zammad.organizations_users ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.organizations_users ADD FOREIGN KEY (organization_id) REFERENCES zammad.organizations (id);
ALTER TABLE zammad.authorizations ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.translations ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.translations ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.tokens ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.packages ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.packages ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.taskbars ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.tags ADD FOREIGN KEY (tag_item_id) REFERENCES zammad.tag_items (id);
ALTER TABLE zammad.tags ADD FOREIGN KEY (tag_object_id) REFERENCES zammad.tag_objects (id);
ALTER TABLE zammad.tags ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.recent_views ADD FOREIGN KEY (recent_view_object_id) REFERENCES zammad.object_lookups (id);
ALTER TABLE zammad.recent_views ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.activity_streams ADD FOREIGN KEY (activity_stream_type_id) REFERENCES zammad.type_lookups (id);
ALTER TABLE zammad.activity_streams ADD FOREIGN KEY (activity_stream_object_id) REFERENCES zammad.object_lookups (id);
ALTER TABLE zammad.activity_streams ADD FOREIGN KEY (permission_id) REFERENCES zammad.permissions (id);
ALTER TABLE zammad.activity_streams ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
ALTER TABLE zammad.activity_streams ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.histories ADD FOREIGN KEY (history_type_id) REFERENCES zammad.history_types (id);
ALTER TABLE zammad.histories ADD FOREIGN KEY (history_object_id) REFERENCES zammad.history_objects (id);
ALTER TABLE zammad.histories ADD FOREIGN KEY (history_attribute_id) REFERENCES zammad.history_attributes (id);
ALTER TABLE zammad.histories ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.stores ADD FOREIGN KEY (store_object_id) REFERENCES zammad.store_objects (id);
ALTER TABLE zammad.stores ADD FOREIGN KEY (store_file_id) REFERENCES zammad.store_files (id);
ALTER TABLE zammad.stores ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.avatars ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.avatars ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.online_notifications ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.online_notifications ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.online_notifications ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.schedulers ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.schedulers ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.calendars ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.calendars ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.user_devices ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.object_manager_attributes ADD FOREIGN KEY (object_lookup_id) REFERENCES zammad.object_lookups (id);
ALTER TABLE zammad.object_manager_attributes ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.object_manager_attributes ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.cti_caller_ids ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.stats_stores ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.http_logs ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.http_logs ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.mentions ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.mentions ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.mentions ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.core_workflows ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.core_workflows ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ldap_sources ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ldap_sources ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.public_links ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.public_links ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_state_types ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_state_types ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_states ADD FOREIGN KEY (state_type_id) REFERENCES zammad.ticket_state_types (id);
ALTER TABLE zammad.ticket_states ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_states ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_priorities ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_priorities ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.tickets ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
ALTER TABLE zammad.tickets ADD FOREIGN KEY (owner_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.tickets ADD FOREIGN KEY (customer_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.tickets ADD FOREIGN KEY (priority_id) REFERENCES zammad.ticket_priorities (id);
ALTER TABLE zammad.tickets ADD FOREIGN KEY (state_id) REFERENCES zammad.ticket_states (id);
ALTER TABLE zammad.tickets ADD FOREIGN KEY (organization_id) REFERENCES zammad.organizations (id);
ALTER TABLE zammad.tickets ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.tickets ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_flags ADD FOREIGN KEY (ticket_id) REFERENCES zammad.tickets (id);
ALTER TABLE zammad.ticket_flags ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_article_types ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_article_types ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_article_senders ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_article_senders ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_articles ADD FOREIGN KEY (ticket_id) REFERENCES zammad.tickets (id);
ALTER TABLE zammad.ticket_articles ADD FOREIGN KEY (type_id) REFERENCES zammad.ticket_article_types (id);
ALTER TABLE zammad.ticket_articles ADD FOREIGN KEY (sender_id) REFERENCES zammad.ticket_article_senders (id);
ALTER TABLE zammad.ticket_articles ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_articles ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_articles ADD FOREIGN KEY (origin_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_article_flags ADD FOREIGN KEY (ticket_article_id) REFERENCES zammad.ticket_articles (id);
ALTER TABLE zammad.ticket_article_flags ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_time_accountings ADD FOREIGN KEY (ticket_id) REFERENCES zammad.tickets (id);
ALTER TABLE zammad.ticket_time_accountings ADD FOREIGN KEY (ticket_article_id) REFERENCES zammad.ticket_articles (id);
ALTER TABLE zammad.ticket_time_accountings ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.overviews ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.overviews ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.overviews_roles ADD FOREIGN KEY (overview_id) REFERENCES zammad.overviews (id);
ALTER TABLE zammad.overviews_roles ADD FOREIGN KEY (role_id) REFERENCES zammad.roles (id);
ALTER TABLE zammad.overviews_users ADD FOREIGN KEY (overview_id) REFERENCES zammad.overviews (id);
ALTER TABLE zammad.overviews_users ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.overviews_groups ADD FOREIGN KEY (overview_id) REFERENCES zammad.overviews (id);
ALTER TABLE zammad.overviews_groups ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
ALTER TABLE zammad.triggers ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.triggers ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.jobs ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.jobs ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.links ADD FOREIGN KEY (link_type_id) REFERENCES zammad.link_types (id);
ALTER TABLE zammad.postmaster_filters ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.postmaster_filters ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.text_modules ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.text_modules ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.text_modules_groups ADD FOREIGN KEY (text_module_id) REFERENCES zammad.text_modules (id);
ALTER TABLE zammad.text_modules_groups ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
ALTER TABLE zammad.templates ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.templates ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.templates_groups ADD FOREIGN KEY (template_id) REFERENCES zammad.templates (id);
ALTER TABLE zammad.templates_groups ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
ALTER TABLE zammad.channels ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
ALTER TABLE zammad.channels ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.channels ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.slas ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.slas ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.macros ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.macros ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.chats ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.chats ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.chat_sessions ADD FOREIGN KEY (chat_id) REFERENCES zammad.chats (id);
ALTER TABLE zammad.chat_sessions ADD FOREIGN KEY (user_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.chat_sessions ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.chat_sessions ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.chat_messages ADD FOREIGN KEY (chat_session_id) REFERENCES zammad.chat_sessions (id);
ALTER TABLE zammad.chat_messages ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.chat_agents ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.chat_agents ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.report_profiles ADD FOREIGN KEY (created_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.report_profiles ADD FOREIGN KEY (updated_by_id) REFERENCES zammad.users (id);
ALTER TABLE zammad.ticket_shared_draft_zooms ADD FOREIGN KEY (ticket_id) REFERENCES zammad.tickets (id);
ALTER TABLE zammad.ticket_shared_draft_starts ADD FOREIGN KEY (group_id) REFERENCES zammad.groups (id);
