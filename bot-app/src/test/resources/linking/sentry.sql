-- Sentry 9.1.1, the self-hosted error-tracking service (organizations with their members, teams, projects and
-- project teams, options, avatars, access requests, onboarding tasks and audit log; users with e-mails, options,
-- IPs, avatars, authenticators and identities; projects with their client keys (DSNs), platforms, environments,
-- alert rules, ownership rules, saved searches, debug files and counters; issues (sentry_groupedmessage) with their
-- assignees, bookmarks, subscriptions, seen marks, snoozes, resolutions, releases, environments, hashes, links,
-- tombstones, shares and activity; events as messages, raw events, event users, tags, attachments and user
-- feedback (sentry_userreport); releases with their projects, environments, files, deploys, distributions, commits
-- and head commits; repositories, commits, commit authors, file changes and pull requests; integrations, external
-- issues, Sentry apps and their installations, service hooks, API applications, keys, tokens and grants; cron
-- monitors and check-ins; Discover saved queries, dashboards and widgets; the tagstore tables; Django's auth and
-- admin tables) as the pg_dump of a fresh Sentry 9.1.1 database (the sentry:9.1.1 Docker image on PostgreSQL 10.4)
-- in github.com/Its-Alex/winston-node-sentry (sentry/init.sql, commit 7a6149f, 2019-10-25; MIT; Sentry 9.1.1 itself
-- is BSD-3-Clause, we use the schema's facts). The dump (schema only, no rows) was loaded into a scratch PostgreSQL
-- and this file regenerated from its catalog: all 149 tables, their columns, types and primary keys and the 185
-- foreign keys the dump declares, schema sentry (public in the dump); the one citext column (sentry_email.email)
-- -> text. Left out: sequences, defaults, CHECK constraints (the Django `>= 0` checks), unique constraints, indexes,
-- deferrable options, the sentry_increment_project_counter function and the citext extension. The dump declares no
-- comments, so none here. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS sentry;
CREATE TABLE sentry.auth_authenticator (
    id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_used_at timestamp with time zone,
    type integer NOT NULL,
    config text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.auth_group (
    id integer NOT NULL,
    name character varying(80) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.auth_group_permissions (
    id integer NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.auth_permission (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.auth_user (
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    id integer NOT NULL,
    username character varying(128) NOT NULL,
    first_name character varying(200) NOT NULL,
    email character varying(75) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    is_superuser boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    is_managed boolean NOT NULL,
    is_password_expired boolean NOT NULL,
    last_password_change timestamp with time zone,
    session_nonce character varying(12),
    last_active timestamp with time zone,
    flags bigint,
    is_sentry_app boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.django_admin_log (
    id integer NOT NULL,
    action_time timestamp with time zone NOT NULL,
    user_id integer NOT NULL,
    content_type_id integer,
    object_id text,
    object_repr character varying(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.django_content_type (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL,
    PRIMARY KEY (session_key)
);
CREATE TABLE sentry.django_site (
    id integer NOT NULL,
    domain character varying(100) NOT NULL,
    name character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.nodestore_node (
    id character varying(40) NOT NULL,
    data text NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_activity (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint,
    type integer NOT NULL,
    ident character varying(64),
    user_id integer,
    datetime timestamp with time zone NOT NULL,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_apiapplication (
    id bigint NOT NULL,
    client_id character varying(64) NOT NULL,
    client_secret text NOT NULL,
    owner_id integer NOT NULL,
    name character varying(64) NOT NULL,
    status integer NOT NULL,
    allowed_origins text,
    redirect_uris text NOT NULL,
    homepage_url character varying(200),
    privacy_url character varying(200),
    terms_url character varying(200),
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_apiauthorization (
    id bigint NOT NULL,
    application_id bigint,
    user_id integer NOT NULL,
    scopes bigint NOT NULL,
    date_added timestamp with time zone NOT NULL,
    scope_list text[],
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_apigrant (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    application_id bigint NOT NULL,
    code character varying(64) NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    redirect_uri character varying(255) NOT NULL,
    scopes bigint NOT NULL,
    scope_list text[],
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_apikey (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    label character varying(64) NOT NULL,
    "key" character varying(32) NOT NULL,
    scopes bigint NOT NULL,
    status integer NOT NULL,
    date_added timestamp with time zone NOT NULL,
    allowed_origins text,
    scope_list text[],
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_apitoken (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    token character varying(64) NOT NULL,
    scopes bigint NOT NULL,
    date_added timestamp with time zone NOT NULL,
    application_id bigint,
    refresh_token character varying(64),
    expires_at timestamp with time zone,
    scope_list text[],
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_assistant_activity (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    guide_id integer NOT NULL,
    viewed_ts timestamp with time zone,
    dismissed_ts timestamp with time zone,
    useful boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_auditlogentry (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    actor_id integer,
    target_object integer,
    target_user_id integer,
    event integer NOT NULL,
    data text NOT NULL,
    datetime timestamp with time zone NOT NULL,
    ip_address inet,
    actor_label character varying(64),
    actor_key_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_authidentity (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    auth_provider_id bigint NOT NULL,
    ident character varying(128) NOT NULL,
    data text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    last_verified timestamp with time zone NOT NULL,
    last_synced timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_authprovider (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    provider character varying(128) NOT NULL,
    config text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    sync_time integer,
    last_sync timestamp with time zone,
    default_role integer NOT NULL,
    default_global_access boolean NOT NULL,
    flags bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_authprovider_default_teams (
    id integer NOT NULL,
    authprovider_id bigint NOT NULL,
    team_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_broadcast (
    id bigint NOT NULL,
    message character varying(256) NOT NULL,
    link character varying(200),
    is_active boolean NOT NULL,
    date_added timestamp with time zone NOT NULL,
    title character varying(32) NOT NULL,
    upstream_id character varying(32),
    date_expires timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_broadcastseen (
    id bigint NOT NULL,
    broadcast_id bigint NOT NULL,
    user_id integer NOT NULL,
    date_seen timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_commit (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    repository_id integer NOT NULL,
    "key" character varying(64) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    author_id bigint,
    message text,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_commitauthor (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    name character varying(128),
    email character varying(75) NOT NULL,
    external_id character varying(164),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_commitfilechange (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    commit_id bigint NOT NULL,
    filename text NOT NULL,
    type character varying(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_dashboard (
    id bigint NOT NULL,
    title character varying(255) NOT NULL,
    created_by_id integer NOT NULL,
    organization_id bigint NOT NULL,
    date_added timestamp with time zone NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_deletedorganization (
    id bigint NOT NULL,
    actor_label character varying(64),
    actor_id bigint,
    actor_key character varying(32),
    ip_address inet,
    date_deleted timestamp with time zone NOT NULL,
    date_created timestamp with time zone,
    reason text,
    name character varying(64),
    slug character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_deletedproject (
    id bigint NOT NULL,
    actor_label character varying(64),
    actor_id bigint,
    actor_key character varying(32),
    ip_address inet,
    date_deleted timestamp with time zone NOT NULL,
    date_created timestamp with time zone,
    reason text,
    slug character varying(50),
    name character varying(200),
    organization_id bigint,
    organization_name character varying(64),
    organization_slug character varying(50),
    platform character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_deletedteam (
    id bigint NOT NULL,
    actor_label character varying(64),
    actor_id bigint,
    actor_key character varying(32),
    ip_address inet,
    date_deleted timestamp with time zone NOT NULL,
    date_created timestamp with time zone,
    reason text,
    name character varying(64),
    slug character varying(50),
    organization_id bigint,
    organization_name character varying(64),
    organization_slug character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_deploy (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    release_id bigint NOT NULL,
    environment_id integer NOT NULL,
    date_finished timestamp with time zone NOT NULL,
    date_started timestamp with time zone,
    name character varying(64),
    url character varying(200),
    notified boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_discoversavedquery (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    query text NOT NULL,
    date_created timestamp with time zone NOT NULL,
    date_updated timestamp with time zone NOT NULL,
    created_by_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_discoversavedqueryproject (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    discover_saved_query_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_distribution (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    release_id bigint NOT NULL,
    name character varying(64) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_email (
    id bigint NOT NULL,
    email text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_environment (
    id bigint NOT NULL,
    project_id integer,
    name character varying(64) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    organization_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_environmentproject (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    is_hidden boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_environmentrelease (
    id bigint NOT NULL,
    project_id integer,
    release_id integer NOT NULL,
    environment_id integer NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    organization_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_eventattachment (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint,
    event_id character varying(32) NOT NULL,
    file_id bigint NOT NULL,
    name text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_eventmapping (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    event_id character varying(32) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_eventprocessingissue (
    id bigint NOT NULL,
    raw_event_id bigint NOT NULL,
    processing_issue_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_eventtag (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    event_id bigint NOT NULL,
    key_id bigint NOT NULL,
    value_id bigint NOT NULL,
    date_added timestamp with time zone NOT NULL,
    group_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_eventuser (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    ident character varying(128),
    email character varying(75),
    username character varying(128),
    ip_address inet,
    date_added timestamp with time zone NOT NULL,
    hash character varying(32) NOT NULL,
    name character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_externalissue (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    integration_id integer NOT NULL,
    "key" character varying(128) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    title text,
    description text,
    metadata text,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_featureadoption (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    feature_id integer NOT NULL,
    date_completed timestamp with time zone NOT NULL,
    complete boolean NOT NULL,
    applicable boolean NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_file (
    id bigint NOT NULL,
    name text NOT NULL,
    path text,
    type character varying(64) NOT NULL,
    size integer,
    "timestamp" timestamp with time zone NOT NULL,
    checksum character varying(40),
    headers text NOT NULL,
    blob_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_fileblob (
    id bigint NOT NULL,
    path text,
    size integer,
    checksum character varying(40) NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_fileblobindex (
    id bigint NOT NULL,
    file_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    "offset" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_fileblobowner (
    id bigint NOT NULL,
    blob_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_filterkey (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    "key" character varying(32) NOT NULL,
    values_seen integer NOT NULL,
    label character varying(64),
    status integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_filtervalue (
    id bigint NOT NULL,
    "key" character varying(32) NOT NULL,
    value character varying(200) NOT NULL,
    project_id bigint,
    times_seen integer NOT NULL,
    last_seen timestamp with time zone,
    first_seen timestamp with time zone,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupasignee (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    user_id integer,
    date_added timestamp with time zone NOT NULL,
    team_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupbookmark (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    user_id integer NOT NULL,
    date_added timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupcommitresolution (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    commit_id integer NOT NULL,
    datetime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupedmessage (
    id bigint NOT NULL,
    logger character varying(64) NOT NULL,
    level integer NOT NULL,
    message text NOT NULL,
    view character varying(200),
    status integer NOT NULL,
    times_seen integer NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    data text,
    score integer NOT NULL,
    project_id bigint,
    time_spent_total integer NOT NULL,
    time_spent_count integer NOT NULL,
    resolved_at timestamp with time zone,
    active_at timestamp with time zone,
    is_public boolean,
    platform character varying(64),
    num_comments integer,
    first_release_id bigint,
    short_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupemailthread (
    id bigint NOT NULL,
    email character varying(75) NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    msgid character varying(100) NOT NULL,
    "date" timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupenvironment (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    environment_id integer NOT NULL,
    first_release_id integer,
    first_seen timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_grouphash (
    id bigint NOT NULL,
    project_id bigint,
    hash character varying(32) NOT NULL,
    group_id bigint,
    state integer,
    group_tombstone_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_grouplink (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    project_id bigint NOT NULL,
    linked_type integer NOT NULL,
    linked_id bigint NOT NULL,
    relationship integer NOT NULL,
    data text NOT NULL,
    datetime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupmeta (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    "key" character varying(64) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupredirect (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    previous_group_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_grouprelease (
    id bigint NOT NULL,
    project_id integer NOT NULL,
    group_id integer NOT NULL,
    release_id integer NOT NULL,
    environment character varying(64) NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupresolution (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    release_id bigint NOT NULL,
    datetime timestamp with time zone NOT NULL,
    status integer NOT NULL,
    type integer,
    actor_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_grouprulestatus (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    rule_id bigint NOT NULL,
    group_id bigint NOT NULL,
    status smallint NOT NULL,
    date_added timestamp with time zone NOT NULL,
    last_active timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupseen (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    user_id integer NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupshare (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    uuid character varying(32) NOT NULL,
    user_id integer,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupsnooze (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    until timestamp with time zone,
    count integer,
    "window" integer,
    user_count integer,
    user_window integer,
    state text,
    actor_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_groupsubscription (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    user_id integer NOT NULL,
    is_active boolean NOT NULL,
    reason integer NOT NULL,
    date_added timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_grouptagkey (
    id bigint NOT NULL,
    project_id bigint,
    group_id bigint NOT NULL,
    "key" character varying(32) NOT NULL,
    values_seen integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_grouptombstone (
    id bigint NOT NULL,
    previous_group_id integer NOT NULL,
    project_id bigint NOT NULL,
    level integer NOT NULL,
    message text NOT NULL,
    culprit character varying(200),
    data text,
    actor_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_identity (
    id bigint NOT NULL,
    idp_id bigint NOT NULL,
    user_id integer NOT NULL,
    external_id character varying(64) NOT NULL,
    data text NOT NULL,
    status integer NOT NULL,
    scopes text[],
    date_verified timestamp with time zone NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_identityprovider (
    id bigint NOT NULL,
    type character varying(64) NOT NULL,
    config text NOT NULL,
    date_added timestamp with time zone,
    external_id character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_integration (
    id bigint NOT NULL,
    provider character varying(64) NOT NULL,
    external_id character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    metadata text NOT NULL,
    date_added timestamp with time zone,
    status integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_integrationexternalproject (
    id bigint NOT NULL,
    organization_integration_id integer NOT NULL,
    date_added timestamp with time zone NOT NULL,
    name character varying(128) NOT NULL,
    external_id character varying(64) NOT NULL,
    resolved_status character varying(64) NOT NULL,
    unresolved_status character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_latestrelease (
    id bigint NOT NULL,
    repository_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    release_id bigint NOT NULL,
    deploy_id bigint,
    commit_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_lostpasswordhash (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    hash character varying(32) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_message (
    id bigint NOT NULL,
    message text NOT NULL,
    datetime timestamp with time zone NOT NULL,
    data text,
    group_id bigint,
    message_id character varying(32),
    project_id bigint,
    time_spent integer,
    platform character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_messagefiltervalue (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    times_seen integer NOT NULL,
    "key" character varying(32) NOT NULL,
    value character varying(200) NOT NULL,
    project_id bigint,
    last_seen timestamp with time zone,
    first_seen timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_messageindex (
    id bigint NOT NULL,
    object_id integer NOT NULL,
    "column" character varying(32) NOT NULL,
    value character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_monitor (
    id bigint NOT NULL,
    guid uuid NOT NULL,
    organization_id integer NOT NULL,
    project_id integer NOT NULL,
    name character varying(128) NOT NULL,
    status integer NOT NULL,
    type integer NOT NULL,
    config text NOT NULL,
    next_checkin timestamp with time zone,
    last_checkin timestamp with time zone,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_monitorcheckin (
    id bigint NOT NULL,
    guid uuid NOT NULL,
    project_id integer NOT NULL,
    monitor_id bigint NOT NULL,
    location_id bigint,
    status integer NOT NULL,
    config text NOT NULL,
    duration integer,
    date_added timestamp with time zone NOT NULL,
    date_updated timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_monitorlocation (
    id bigint NOT NULL,
    guid uuid NOT NULL,
    name character varying(128) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_option (
    id bigint NOT NULL,
    "key" character varying(64) NOT NULL,
    value text NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_organization (
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    status integer NOT NULL,
    date_added timestamp with time zone NOT NULL,
    slug character varying(50) NOT NULL,
    flags bigint NOT NULL,
    default_role character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_organizationaccessrequest (
    id bigint NOT NULL,
    team_id bigint NOT NULL,
    member_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_organizationavatar (
    id bigint NOT NULL,
    file_id bigint,
    ident character varying(32) NOT NULL,
    organization_id bigint NOT NULL,
    avatar_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_organizationintegration (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    integration_id bigint NOT NULL,
    config text NOT NULL,
    default_auth_id integer,
    date_added timestamp with time zone,
    status integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_organizationmember (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    user_id integer,
    type integer NOT NULL,
    date_added timestamp with time zone NOT NULL,
    email character varying(75),
    has_global_access boolean NOT NULL,
    flags bigint NOT NULL,
    role character varying(32) NOT NULL,
    token character varying(64),
    token_expires_at timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_organizationmember_teams (
    id integer NOT NULL,
    organizationmember_id bigint NOT NULL,
    team_id bigint NOT NULL,
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_organizationonboardingtask (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    user_id integer,
    task integer NOT NULL,
    status integer NOT NULL,
    date_completed timestamp with time zone NOT NULL,
    project_id bigint,
    data text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_organizationoptions (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    "key" character varying(64) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_platformexternalissue (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    service_type character varying(64) NOT NULL,
    display_name text NOT NULL,
    web_url character varying(200) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_processingissue (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    checksum character varying(40) NOT NULL,
    type character varying(30) NOT NULL,
    data text NOT NULL,
    datetime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_project (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    public boolean NOT NULL,
    date_added timestamp with time zone NOT NULL,
    status integer NOT NULL,
    slug character varying(50),
    organization_id bigint NOT NULL,
    first_event timestamp with time zone,
    forced_color character varying(6),
    flags bigint,
    platform character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectavatar (
    id bigint NOT NULL,
    file_id bigint,
    ident character varying(32) NOT NULL,
    project_id bigint NOT NULL,
    avatar_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectbookmark (
    id bigint NOT NULL,
    project_id bigint,
    user_id integer NOT NULL,
    date_added timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectcficachefile (
    id bigint NOT NULL,
    project_id bigint,
    cache_file_id bigint NOT NULL,
    dsym_file_id bigint NOT NULL,
    checksum character varying(40) NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectcounter (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    value bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectdsymfile (
    id bigint NOT NULL,
    file_id bigint NOT NULL,
    object_name text NOT NULL,
    cpu_name character varying(40) NOT NULL,
    project_id bigint,
    uuid character varying(64) NOT NULL,
    data text,
    code_id character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectintegration (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    integration_id bigint NOT NULL,
    config text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectkey (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    public_key character varying(32),
    secret_key character varying(32),
    date_added timestamp with time zone,
    roles bigint NOT NULL,
    label character varying(64),
    status integer NOT NULL,
    rate_limit_count integer,
    rate_limit_window integer,
    data text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectoptions (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    "key" character varying(64) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectownership (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    raw text,
    schema text,
    fallthrough boolean NOT NULL,
    date_created timestamp with time zone NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectplatform (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    platform character varying(64) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectredirect (
    id bigint NOT NULL,
    redirect_slug character varying(50) NOT NULL,
    project_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectsymcachefile (
    id bigint NOT NULL,
    project_id bigint,
    cache_file_id bigint NOT NULL,
    dsym_file_id bigint NOT NULL,
    checksum character varying(40) NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_projectteam (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    team_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_promptsactivity (
    id bigint NOT NULL,
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    feature character varying(64) NOT NULL,
    data text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    organization_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_pull_request (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    repository_id integer NOT NULL,
    "key" character varying(64) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    title text,
    message text,
    author_id bigint,
    merge_commit_sha character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_pullrequest_commit (
    id bigint NOT NULL,
    pull_request_id bigint NOT NULL,
    commit_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_rawevent (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    event_id character varying(32),
    datetime timestamp with time zone NOT NULL,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_recentsearch (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    user_id integer NOT NULL,
    type smallint NOT NULL,
    query text NOT NULL,
    query_hash character varying(32) NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_relay (
    id bigint NOT NULL,
    relay_id character varying(64) NOT NULL,
    public_key character varying(200) NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    is_internal boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_release (
    id bigint NOT NULL,
    project_id bigint,
    version character varying(250) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    date_released timestamp with time zone,
    ref character varying(250),
    url character varying(200),
    date_started timestamp with time zone,
    data text NOT NULL,
    new_groups integer NOT NULL,
    owner_id integer,
    organization_id bigint NOT NULL,
    commit_count integer,
    last_commit_id integer,
    authors text[],
    total_deploys integer,
    last_deploy_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_release_project (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    release_id bigint NOT NULL,
    new_groups integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_releasecommit (
    id bigint NOT NULL,
    project_id integer,
    release_id bigint NOT NULL,
    commit_id bigint NOT NULL,
    "order" integer NOT NULL,
    organization_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_releasefile (
    id bigint NOT NULL,
    project_id bigint,
    release_id bigint NOT NULL,
    file_id bigint NOT NULL,
    ident character varying(40) NOT NULL,
    name text NOT NULL,
    organization_id bigint NOT NULL,
    dist_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_releaseheadcommit (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    repository_id integer NOT NULL,
    release_id bigint NOT NULL,
    commit_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_releaseprojectenvironment (
    id bigint NOT NULL,
    release_id bigint NOT NULL,
    project_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    new_issues_count integer NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    last_deploy_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_repository (
    id bigint NOT NULL,
    organization_id integer NOT NULL,
    name character varying(200) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    url character varying(200),
    provider character varying(64),
    external_id character varying(64),
    config text NOT NULL,
    status integer NOT NULL,
    integration_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_reprocessingreport (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    event_id character varying(32),
    datetime timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_rule (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    label character varying(64) NOT NULL,
    data text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    status integer NOT NULL,
    environment_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_savedsearch (
    id bigint NOT NULL,
    project_id bigint,
    name character varying(128) NOT NULL,
    query text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    is_default boolean NOT NULL,
    owner_id integer,
    is_global boolean,
    organization_id bigint,
    type smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_savedsearch_userdefault (
    id bigint NOT NULL,
    savedsearch_id bigint NOT NULL,
    project_id bigint NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_scheduleddeletion (
    id bigint NOT NULL,
    guid character varying(32) NOT NULL,
    app_label character varying(64) NOT NULL,
    model_name character varying(64) NOT NULL,
    object_id bigint NOT NULL,
    date_added timestamp with time zone NOT NULL,
    date_scheduled timestamp with time zone NOT NULL,
    actor_id bigint,
    data text NOT NULL,
    in_progress boolean NOT NULL,
    aborted boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_scheduledjob (
    id bigint NOT NULL,
    name character varying(128) NOT NULL,
    payload text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    date_scheduled timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_sentryapp (
    id bigint NOT NULL,
    date_deleted timestamp with time zone,
    application_id integer,
    proxy_user_id integer,
    owner_id bigint NOT NULL,
    scopes bigint NOT NULL,
    scope_list text[],
    name text NOT NULL,
    slug character varying(64) NOT NULL,
    uuid character varying(64) NOT NULL,
    webhook_url character varying(200) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    date_updated timestamp with time zone NOT NULL,
    status integer NOT NULL,
    redirect_url character varying(200),
    overview text,
    is_alertable boolean NOT NULL,
    events text[],
    schema text NOT NULL,
    author text,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_sentryappavatar (
    id bigint NOT NULL,
    file_id bigint,
    ident character varying(32) NOT NULL,
    sentry_app_id bigint NOT NULL,
    avatar_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_sentryappcomponent (
    id bigint NOT NULL,
    uuid uuid NOT NULL,
    sentry_app_id bigint NOT NULL,
    type character varying(64) NOT NULL,
    schema text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_sentryappinstallation (
    id bigint NOT NULL,
    date_deleted timestamp with time zone,
    sentry_app_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    authorization_id integer,
    api_grant_id integer,
    uuid character varying(64) NOT NULL,
    date_added timestamp with time zone NOT NULL,
    date_updated timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_servicehook (
    id bigint NOT NULL,
    guid character varying(32),
    application_id bigint,
    actor_id integer NOT NULL,
    project_id integer NOT NULL,
    url character varying(512) NOT NULL,
    secret text NOT NULL,
    events text[],
    status integer NOT NULL,
    version integer NOT NULL,
    date_added timestamp with time zone NOT NULL,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_servicehookproject (
    id bigint NOT NULL,
    service_hook_id bigint NOT NULL,
    project_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_team (
    id bigint NOT NULL,
    slug character varying(50) NOT NULL,
    name character varying(64) NOT NULL,
    date_added timestamp with time zone,
    status integer NOT NULL,
    organization_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_teamavatar (
    id bigint NOT NULL,
    file_id bigint,
    ident character varying(32) NOT NULL,
    team_id bigint NOT NULL,
    avatar_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_useravatar (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    file_id bigint,
    ident character varying(32) NOT NULL,
    avatar_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_useremail (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    email character varying(75) NOT NULL,
    validation_hash character varying(32) NOT NULL,
    date_hash_added timestamp with time zone NOT NULL,
    is_verified boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_userip (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    ip_address inet NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    country_code character varying(16),
    region_code character varying(16),
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_useroption (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    project_id bigint,
    "key" character varying(64) NOT NULL,
    value text NOT NULL,
    organization_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_userpermission (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    permission character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_userreport (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint,
    event_id character varying(32) NOT NULL,
    name character varying(128) NOT NULL,
    email character varying(75) NOT NULL,
    comments text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    event_user_id bigint,
    environment_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_widget (
    id bigint NOT NULL,
    dashboard_id bigint NOT NULL,
    "order" integer NOT NULL,
    title character varying(255) NOT NULL,
    display_type integer NOT NULL,
    display_options text NOT NULL,
    date_added timestamp with time zone NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.sentry_widgetdatasource (
    id bigint NOT NULL,
    widget_id bigint NOT NULL,
    type integer NOT NULL,
    name character varying(255) NOT NULL,
    data text NOT NULL,
    "order" integer NOT NULL,
    date_added timestamp with time zone NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.social_auth_usersocialauth (
    id integer NOT NULL,
    user_id integer NOT NULL,
    provider character varying(32) NOT NULL,
    uid character varying(255) NOT NULL,
    extra_data text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.south_migrationhistory (
    id integer NOT NULL,
    app_name character varying(255) NOT NULL,
    migration character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.tagstore_eventtag (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    event_id bigint NOT NULL,
    key_id bigint NOT NULL,
    value_id bigint NOT NULL,
    date_added timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.tagstore_grouptagkey (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    key_id bigint NOT NULL,
    values_seen integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.tagstore_grouptagvalue (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    times_seen integer NOT NULL,
    key_id bigint NOT NULL,
    value_id bigint NOT NULL,
    last_seen timestamp with time zone,
    first_seen timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.tagstore_tagkey (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    "key" character varying(32) NOT NULL,
    values_seen integer NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentry.tagstore_tagvalue (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    key_id bigint NOT NULL,
    value character varying(200) NOT NULL,
    data text,
    times_seen integer NOT NULL,
    last_seen timestamp with time zone,
    first_seen timestamp with time zone,
    PRIMARY KEY (id)
);
ALTER TABLE sentry.auth_authenticator ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.auth_group_permissions ADD FOREIGN KEY (group_id) REFERENCES sentry.auth_group(id);
ALTER TABLE sentry.auth_group_permissions ADD FOREIGN KEY (permission_id) REFERENCES sentry.auth_permission(id);
ALTER TABLE sentry.auth_permission ADD FOREIGN KEY (content_type_id) REFERENCES sentry.django_content_type(id);
ALTER TABLE sentry.django_admin_log ADD FOREIGN KEY (content_type_id) REFERENCES sentry.django_content_type(id);
ALTER TABLE sentry.sentry_activity ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_activity ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_activity ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_apiapplication ADD FOREIGN KEY (owner_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_apiauthorization ADD FOREIGN KEY (application_id) REFERENCES sentry.sentry_apiapplication(id);
ALTER TABLE sentry.sentry_apiauthorization ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_apigrant ADD FOREIGN KEY (application_id) REFERENCES sentry.sentry_apiapplication(id);
ALTER TABLE sentry.sentry_apigrant ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_apikey ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_apitoken ADD FOREIGN KEY (application_id) REFERENCES sentry.sentry_apiapplication(id);
ALTER TABLE sentry.sentry_apitoken ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_assistant_activity ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_auditlogentry ADD FOREIGN KEY (actor_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_auditlogentry ADD FOREIGN KEY (actor_key_id) REFERENCES sentry.sentry_apikey(id);
ALTER TABLE sentry.sentry_auditlogentry ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_auditlogentry ADD FOREIGN KEY (target_user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_authidentity ADD FOREIGN KEY (auth_provider_id) REFERENCES sentry.sentry_authprovider(id);
ALTER TABLE sentry.sentry_authidentity ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_authprovider ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_authprovider_default_teams ADD FOREIGN KEY (authprovider_id) REFERENCES sentry.sentry_authprovider(id);
ALTER TABLE sentry.sentry_authprovider_default_teams ADD FOREIGN KEY (team_id) REFERENCES sentry.sentry_team(id);
ALTER TABLE sentry.sentry_broadcastseen ADD FOREIGN KEY (broadcast_id) REFERENCES sentry.sentry_broadcast(id);
ALTER TABLE sentry.sentry_broadcastseen ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_commit ADD FOREIGN KEY (author_id) REFERENCES sentry.sentry_commitauthor(id);
ALTER TABLE sentry.sentry_commitfilechange ADD FOREIGN KEY (commit_id) REFERENCES sentry.sentry_commit(id);
ALTER TABLE sentry.sentry_dashboard ADD FOREIGN KEY (created_by_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_dashboard ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_deploy ADD FOREIGN KEY (release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_discoversavedquery ADD FOREIGN KEY (created_by_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_discoversavedquery ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_discoversavedqueryproject ADD FOREIGN KEY (discover_saved_query_id) REFERENCES sentry.sentry_discoversavedquery(id);
ALTER TABLE sentry.sentry_discoversavedqueryproject ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_distribution ADD FOREIGN KEY (release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_environmentproject ADD FOREIGN KEY (environment_id) REFERENCES sentry.sentry_environment(id);
ALTER TABLE sentry.sentry_environmentproject ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_eventattachment ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_eventprocessingissue ADD FOREIGN KEY (processing_issue_id) REFERENCES sentry.sentry_processingissue(id);
ALTER TABLE sentry.sentry_eventprocessingissue ADD FOREIGN KEY (raw_event_id) REFERENCES sentry.sentry_rawevent(id);
ALTER TABLE sentry.sentry_featureadoption ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_file ADD FOREIGN KEY (blob_id) REFERENCES sentry.sentry_fileblob(id);
ALTER TABLE sentry.sentry_fileblobindex ADD FOREIGN KEY (blob_id) REFERENCES sentry.sentry_fileblob(id);
ALTER TABLE sentry.sentry_fileblobindex ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_fileblobowner ADD FOREIGN KEY (blob_id) REFERENCES sentry.sentry_fileblob(id);
ALTER TABLE sentry.sentry_fileblobowner ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_groupasignee ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupasignee ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_groupasignee ADD FOREIGN KEY (team_id) REFERENCES sentry.sentry_team(id);
ALTER TABLE sentry.sentry_groupasignee ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_groupbookmark ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupbookmark ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_groupbookmark ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_groupedmessage ADD FOREIGN KEY (first_release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_groupedmessage ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_groupemailthread ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupemailthread ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_grouphash ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_grouphash ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_groupmeta ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupresolution ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupresolution ADD FOREIGN KEY (release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_grouprulestatus ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_grouprulestatus ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_grouprulestatus ADD FOREIGN KEY (rule_id) REFERENCES sentry.sentry_rule(id);
ALTER TABLE sentry.sentry_groupseen ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupseen ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_groupseen ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_groupshare ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupshare ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_groupshare ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_groupsnooze ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupsubscription ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_groupsubscription ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_groupsubscription ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_grouptombstone ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_identity ADD FOREIGN KEY (idp_id) REFERENCES sentry.sentry_identityprovider(id);
ALTER TABLE sentry.sentry_identity ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_lostpasswordhash ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_monitorcheckin ADD FOREIGN KEY (location_id) REFERENCES sentry.sentry_monitorlocation(id);
ALTER TABLE sentry.sentry_monitorcheckin ADD FOREIGN KEY (monitor_id) REFERENCES sentry.sentry_monitor(id);
ALTER TABLE sentry.sentry_organizationaccessrequest ADD FOREIGN KEY (member_id) REFERENCES sentry.sentry_organizationmember(id);
ALTER TABLE sentry.sentry_organizationaccessrequest ADD FOREIGN KEY (team_id) REFERENCES sentry.sentry_team(id);
ALTER TABLE sentry.sentry_organizationavatar ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_organizationavatar ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_organizationintegration ADD FOREIGN KEY (integration_id) REFERENCES sentry.sentry_integration(id);
ALTER TABLE sentry.sentry_organizationintegration ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_organizationmember ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_organizationmember ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_organizationmember_teams ADD FOREIGN KEY (organizationmember_id) REFERENCES sentry.sentry_organizationmember(id);
ALTER TABLE sentry.sentry_organizationmember_teams ADD FOREIGN KEY (team_id) REFERENCES sentry.sentry_team(id);
ALTER TABLE sentry.sentry_organizationonboardingtask ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_organizationonboardingtask ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_organizationoptions ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_processingissue ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_project ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_projectavatar ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_projectavatar ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectbookmark ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_projectcficachefile ADD FOREIGN KEY (cache_file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_projectcficachefile ADD FOREIGN KEY (dsym_file_id) REFERENCES sentry.sentry_projectdsymfile(id);
ALTER TABLE sentry.sentry_projectcficachefile ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectcounter ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectdsymfile ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_projectdsymfile ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectintegration ADD FOREIGN KEY (integration_id) REFERENCES sentry.sentry_integration(id);
ALTER TABLE sentry.sentry_projectintegration ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectkey ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectoptions ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectownership ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectredirect ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_projectredirect ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectsymcachefile ADD FOREIGN KEY (cache_file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_projectsymcachefile ADD FOREIGN KEY (dsym_file_id) REFERENCES sentry.sentry_projectdsymfile(id);
ALTER TABLE sentry.sentry_projectsymcachefile ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectteam ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_projectteam ADD FOREIGN KEY (team_id) REFERENCES sentry.sentry_team(id);
ALTER TABLE sentry.sentry_promptsactivity ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_pull_request ADD FOREIGN KEY (author_id) REFERENCES sentry.sentry_commitauthor(id);
ALTER TABLE sentry.sentry_pullrequest_commit ADD FOREIGN KEY (commit_id) REFERENCES sentry.sentry_commit(id);
ALTER TABLE sentry.sentry_pullrequest_commit ADD FOREIGN KEY (pull_request_id) REFERENCES sentry.sentry_pull_request(id);
ALTER TABLE sentry.sentry_rawevent ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_recentsearch ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_recentsearch ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_release ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_release ADD FOREIGN KEY (owner_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_release_project ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_release_project ADD FOREIGN KEY (release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_releasecommit ADD FOREIGN KEY (commit_id) REFERENCES sentry.sentry_commit(id);
ALTER TABLE sentry.sentry_releasecommit ADD FOREIGN KEY (release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_releasefile ADD FOREIGN KEY (dist_id) REFERENCES sentry.sentry_distribution(id);
ALTER TABLE sentry.sentry_releasefile ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_releasefile ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_releasefile ADD FOREIGN KEY (release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_releaseheadcommit ADD FOREIGN KEY (commit_id) REFERENCES sentry.sentry_commit(id);
ALTER TABLE sentry.sentry_releaseheadcommit ADD FOREIGN KEY (release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_releaseprojectenvironment ADD FOREIGN KEY (environment_id) REFERENCES sentry.sentry_environment(id);
ALTER TABLE sentry.sentry_releaseprojectenvironment ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_releaseprojectenvironment ADD FOREIGN KEY (release_id) REFERENCES sentry.sentry_release(id);
ALTER TABLE sentry.sentry_reprocessingreport ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_rule ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_savedsearch ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_savedsearch ADD FOREIGN KEY (owner_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_savedsearch ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_savedsearch_userdefault ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_savedsearch_userdefault ADD FOREIGN KEY (savedsearch_id) REFERENCES sentry.sentry_savedsearch(id);
ALTER TABLE sentry.sentry_savedsearch_userdefault ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_sentryapp ADD FOREIGN KEY (application_id) REFERENCES sentry.sentry_apiapplication(id);
ALTER TABLE sentry.sentry_sentryapp ADD FOREIGN KEY (owner_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_sentryapp ADD FOREIGN KEY (proxy_user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_sentryappavatar ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_sentryappavatar ADD FOREIGN KEY (sentry_app_id) REFERENCES sentry.sentry_sentryapp(id);
ALTER TABLE sentry.sentry_sentryappcomponent ADD FOREIGN KEY (sentry_app_id) REFERENCES sentry.sentry_sentryapp(id);
ALTER TABLE sentry.sentry_sentryappinstallation ADD FOREIGN KEY (api_grant_id) REFERENCES sentry.sentry_apigrant(id);
ALTER TABLE sentry.sentry_sentryappinstallation ADD FOREIGN KEY (authorization_id) REFERENCES sentry.sentry_apiauthorization(id);
ALTER TABLE sentry.sentry_sentryappinstallation ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_sentryappinstallation ADD FOREIGN KEY (sentry_app_id) REFERENCES sentry.sentry_sentryapp(id);
ALTER TABLE sentry.sentry_servicehook ADD FOREIGN KEY (application_id) REFERENCES sentry.sentry_apiapplication(id);
ALTER TABLE sentry.sentry_servicehookproject ADD FOREIGN KEY (service_hook_id) REFERENCES sentry.sentry_servicehook(id);
ALTER TABLE sentry.sentry_team ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_teamavatar ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_teamavatar ADD FOREIGN KEY (team_id) REFERENCES sentry.sentry_team(id);
ALTER TABLE sentry.sentry_useravatar ADD FOREIGN KEY (file_id) REFERENCES sentry.sentry_file(id);
ALTER TABLE sentry.sentry_useravatar ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_useremail ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_userip ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_useroption ADD FOREIGN KEY (organization_id) REFERENCES sentry.sentry_organization(id);
ALTER TABLE sentry.sentry_useroption ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_useroption ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_userpermission ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.sentry_userreport ADD FOREIGN KEY (environment_id) REFERENCES sentry.sentry_environment(id);
ALTER TABLE sentry.sentry_userreport ADD FOREIGN KEY (group_id) REFERENCES sentry.sentry_groupedmessage(id);
ALTER TABLE sentry.sentry_userreport ADD FOREIGN KEY (project_id) REFERENCES sentry.sentry_project(id);
ALTER TABLE sentry.sentry_widget ADD FOREIGN KEY (dashboard_id) REFERENCES sentry.sentry_dashboard(id);
ALTER TABLE sentry.sentry_widgetdatasource ADD FOREIGN KEY (widget_id) REFERENCES sentry.sentry_widget(id);
ALTER TABLE sentry.social_auth_usersocialauth ADD FOREIGN KEY (user_id) REFERENCES sentry.auth_user(id);
ALTER TABLE sentry.tagstore_eventtag ADD FOREIGN KEY (key_id) REFERENCES sentry.tagstore_tagkey(id);
ALTER TABLE sentry.tagstore_eventtag ADD FOREIGN KEY (value_id) REFERENCES sentry.tagstore_tagvalue(id);
ALTER TABLE sentry.tagstore_grouptagkey ADD FOREIGN KEY (key_id) REFERENCES sentry.tagstore_tagkey(id);
ALTER TABLE sentry.tagstore_grouptagvalue ADD FOREIGN KEY (key_id) REFERENCES sentry.tagstore_tagkey(id);
ALTER TABLE sentry.tagstore_grouptagvalue ADD FOREIGN KEY (value_id) REFERENCES sentry.tagstore_tagvalue(id);
ALTER TABLE sentry.tagstore_tagvalue ADD FOREIGN KEY (key_id) REFERENCES sentry.tagstore_tagkey(id);
