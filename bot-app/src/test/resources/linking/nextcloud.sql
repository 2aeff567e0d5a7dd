-- Nextcloud 20, the self-hosted file sync and collaboration server (users, groups and group admins, account
-- properties, preferences and app configuration; the file cache with storages, mounts, mime types and extended
-- metadata, file locks, trash bin, shares of every kind (users, groups, public links, mail, federated) with external
-- and federated reshares, direct links and direct editing; system tags and their mappings, comments and read
-- markers; activity stream and its mail queue, notifications and push tokens; CalDAV calendars, events
-- (calendarobjects) and their properties, subscriptions, invitations, reminders, scheduling inbox, rooms and
-- resources with metadata, proxies; CardDAV address books, cards and properties, recent contacts; Nextcloud Text
-- documents, sessions and steps; Collabora (richdocuments) WOPI tokens and assets; user status; two-factor backup
-- codes and providers, WebAuthn; app passwords/session tokens, login flow, OAuth2 clients and tokens, brute-force
-- attempts; LDAP user and group mappings; trusted servers, workflow engine checks and operations, background jobs),
-- as a Nextcloud 20.0 install (apps dav 1.17.1, files 1.16.0, text 3.2.0, richdocuments 4.0.4, user_status 1.1.1,
-- user_ldap 1.11.0) created it in MariaDB 10.3: the mysqldump
-- lliurex-nextcloud-setup/usr/share/lliurex-nextcloud/llx-data/nextcloud.sql of github.com/lliurex/lliurex-nextcloud
-- (commit 20eab71; that repository ships no licence file; Nextcloud server is AGPL-3.0; we use the schema's facts).
-- Its CREATE TABLE statements were turned into PostgreSQL by a one-off script (not committed) and checked by loading
-- into a scratch PostgreSQL 15: int(11) -> integer, bigint(20) [unsigned] -> bigint, smallint(6) -> smallint,
-- tinyint(1) (Doctrine booleans) -> boolean, other tinyint -> smallint, varchar(n) -> character varying(n),
-- longtext/text -> text, longblob -> bytea, datetime -> timestamp(0) without time zone; "user" quoted. Schema
-- nextcloud, table names with Nextcloud's default oc_ prefix as dumped. All 83 tables, their primary keys (82 tables;
-- oc_notifications_pushtokens has none in the source) and 31 unique keys (index prefix lengths dropped). Left out:
-- the rows (INSERT blocks), AUTO_INCREMENT, defaults, collations, character sets, row formats and the plain indexes.
-- Nextcloud declares no foreign keys (it relates tables by convention: uid, gid, fileid, storage, calendarid,
-- addressbookid ...) and no comments, so none here. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS nextcloud;
CREATE TABLE nextcloud.oc_accounts (
    uid character varying(64) NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (uid)
);
CREATE TABLE nextcloud.oc_accounts_data (
    id bigint NOT NULL,
    uid character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_activity (
    activity_id bigint NOT NULL,
    timestamp integer NOT NULL,
    priority integer NOT NULL,
    type character varying(255),
    "user" character varying(64),
    affecteduser character varying(64) NOT NULL,
    app character varying(32) NOT NULL,
    subject character varying(255) NOT NULL,
    subjectparams text NOT NULL,
    message character varying(255),
    messageparams text,
    file character varying(4000),
    link character varying(4000),
    object_type character varying(255),
    object_id bigint NOT NULL,
    PRIMARY KEY (activity_id)
);
CREATE TABLE nextcloud.oc_activity_mq (
    mail_id bigint NOT NULL,
    amq_timestamp integer NOT NULL,
    amq_latest_send integer NOT NULL,
    amq_type character varying(255) NOT NULL,
    amq_affecteduser character varying(64) NOT NULL,
    amq_appid character varying(32) NOT NULL,
    amq_subject character varying(255) NOT NULL,
    amq_subjectparams text,
    object_type character varying(255),
    object_id bigint NOT NULL,
    PRIMARY KEY (mail_id)
);
CREATE TABLE nextcloud.oc_addressbookchanges (
    id bigint NOT NULL,
    uri character varying(255),
    synctoken integer NOT NULL,
    addressbookid bigint NOT NULL,
    operation smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_addressbooks (
    id bigint NOT NULL,
    principaluri character varying(255),
    displayname character varying(255),
    uri character varying(255),
    description character varying(255),
    synctoken integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (principaluri, uri)
);
CREATE TABLE nextcloud.oc_appconfig (
    appid character varying(32) NOT NULL,
    configkey character varying(64) NOT NULL,
    configvalue text,
    PRIMARY KEY (appid, configkey)
);
CREATE TABLE nextcloud.oc_authtoken (
    id bigint NOT NULL,
    uid character varying(64) NOT NULL,
    login_name character varying(255) NOT NULL,
    password text,
    name text NOT NULL,
    token character varying(200) NOT NULL,
    type smallint,
    remember smallint,
    last_activity integer,
    last_check integer,
    scope text,
    expires integer,
    private_key text,
    public_key text,
    version smallint NOT NULL,
    password_invalid boolean,
    PRIMARY KEY (id),
    UNIQUE (token)
);
CREATE TABLE nextcloud.oc_bruteforce_attempts (
    id bigint NOT NULL,
    action character varying(64) NOT NULL,
    occurred integer NOT NULL,
    ip character varying(255) NOT NULL,
    subnet character varying(255) NOT NULL,
    metadata character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendar_invitations (
    id bigint NOT NULL,
    uid character varying(255) NOT NULL,
    recurrenceid character varying(255),
    attendee character varying(255) NOT NULL,
    organizer character varying(255) NOT NULL,
    sequence bigint,
    token character varying(60) NOT NULL,
    expiration bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendar_reminders (
    id bigint NOT NULL,
    calendar_id bigint NOT NULL,
    object_id bigint NOT NULL,
    is_recurring smallint,
    uid character varying(255) NOT NULL,
    recurrence_id bigint,
    is_recurrence_exception smallint NOT NULL,
    event_hash character varying(255) NOT NULL,
    alarm_hash character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    is_relative smallint NOT NULL,
    notification_date bigint NOT NULL,
    is_repeat_based smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendar_resources (
    id bigint NOT NULL,
    backend_id character varying(64),
    resource_id character varying(64),
    email character varying(255),
    displayname character varying(255),
    group_restrictions character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendar_resources_md (
    id bigint NOT NULL,
    resource_id bigint NOT NULL,
    key character varying(255) NOT NULL,
    value character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendar_rooms (
    id bigint NOT NULL,
    backend_id character varying(64),
    resource_id character varying(64),
    email character varying(255),
    displayname character varying(255),
    group_restrictions character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendar_rooms_md (
    id bigint NOT NULL,
    room_id bigint NOT NULL,
    key character varying(255) NOT NULL,
    value character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendarchanges (
    id bigint NOT NULL,
    uri character varying(255),
    synctoken integer NOT NULL,
    calendarid bigint NOT NULL,
    operation smallint NOT NULL,
    calendartype integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendarobjects (
    id bigint NOT NULL,
    calendardata bytea,
    uri character varying(255),
    calendarid bigint NOT NULL,
    lastmodified integer,
    etag character varying(32),
    size bigint NOT NULL,
    componenttype character varying(8),
    firstoccurence bigint,
    lastoccurence bigint,
    uid character varying(255),
    classification integer,
    calendartype integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (calendarid, calendartype, uri)
);
CREATE TABLE nextcloud.oc_calendarobjects_props (
    id bigint NOT NULL,
    calendarid bigint NOT NULL,
    objectid bigint NOT NULL,
    name character varying(64),
    parameter character varying(64),
    value character varying(255),
    calendartype integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_calendars (
    id bigint NOT NULL,
    principaluri character varying(255),
    displayname character varying(255),
    uri character varying(255),
    synctoken integer NOT NULL,
    description character varying(255),
    calendarorder integer NOT NULL,
    calendarcolor character varying(255),
    timezone text,
    components character varying(64),
    transparent smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (principaluri, uri)
);
CREATE TABLE nextcloud.oc_calendarsubscriptions (
    id bigint NOT NULL,
    uri character varying(255),
    principaluri character varying(255),
    displayname character varying(100),
    refreshrate character varying(10),
    calendarorder integer NOT NULL,
    calendarcolor character varying(255),
    striptodos smallint,
    stripalarms smallint,
    stripattachments smallint,
    lastmodified integer,
    synctoken integer NOT NULL,
    source text,
    PRIMARY KEY (id),
    UNIQUE (principaluri, uri)
);
CREATE TABLE nextcloud.oc_cards (
    id bigint NOT NULL,
    addressbookid bigint NOT NULL,
    carddata bytea,
    uri character varying(255),
    lastmodified bigint,
    etag character varying(32),
    size bigint NOT NULL,
    uid character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_cards_properties (
    id bigint NOT NULL,
    addressbookid bigint NOT NULL,
    cardid bigint NOT NULL,
    name character varying(64),
    value character varying(255),
    preferred integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_collres_accesscache (
    user_id character varying(64) NOT NULL,
    collection_id bigint NOT NULL,
    resource_type character varying(64) NOT NULL,
    resource_id character varying(64) NOT NULL,
    access boolean,
    PRIMARY KEY (user_id, collection_id, resource_type, resource_id)
);
CREATE TABLE nextcloud.oc_collres_collections (
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_collres_resources (
    collection_id bigint NOT NULL,
    resource_type character varying(64) NOT NULL,
    resource_id character varying(64) NOT NULL,
    PRIMARY KEY (collection_id, resource_type, resource_id)
);
CREATE TABLE nextcloud.oc_comments (
    id bigint NOT NULL,
    parent_id bigint NOT NULL,
    topmost_parent_id bigint NOT NULL,
    children_count integer NOT NULL,
    actor_type character varying(64) NOT NULL,
    actor_id character varying(64) NOT NULL,
    message text,
    verb character varying(64),
    creation_timestamp timestamp(0) without time zone,
    latest_child_timestamp timestamp(0) without time zone,
    object_type character varying(64) NOT NULL,
    object_id character varying(64) NOT NULL,
    reference_id character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_comments_read_markers (
    user_id character varying(64) NOT NULL,
    object_type character varying(64) NOT NULL,
    object_id character varying(64) NOT NULL,
    marker_datetime timestamp(0) without time zone,
    PRIMARY KEY (user_id, object_type, object_id)
);
CREATE TABLE nextcloud.oc_dav_cal_proxy (
    id bigint NOT NULL,
    owner_id character varying(64) NOT NULL,
    proxy_id character varying(64) NOT NULL,
    permissions integer,
    PRIMARY KEY (id),
    UNIQUE (owner_id, proxy_id, permissions)
);
CREATE TABLE nextcloud.oc_dav_shares (
    id bigint NOT NULL,
    principaluri character varying(255),
    type character varying(255),
    access smallint,
    resourceid bigint NOT NULL,
    publicuri character varying(255),
    PRIMARY KEY (id),
    UNIQUE (principaluri, resourceid, type, publicuri)
);
CREATE TABLE nextcloud.oc_direct_edit (
    id bigint NOT NULL,
    editor_id character varying(64) NOT NULL,
    token character varying(64) NOT NULL,
    file_id bigint NOT NULL,
    user_id character varying(64),
    share_id bigint,
    timestamp bigint NOT NULL,
    accessed boolean,
    file_path character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_directlink (
    id bigint NOT NULL,
    user_id character varying(64),
    file_id bigint NOT NULL,
    token character varying(60),
    expiration bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_federated_reshares (
    share_id bigint NOT NULL,
    remote_id character varying(255),
    PRIMARY KEY (share_id)
);
CREATE TABLE nextcloud.oc_file_locks (
    id bigint NOT NULL,
    lock integer NOT NULL,
    key character varying(64) NOT NULL,
    ttl integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (key)
);
CREATE TABLE nextcloud.oc_filecache (
    fileid bigint NOT NULL,
    storage bigint NOT NULL,
    path character varying(4000),
    path_hash character varying(32) NOT NULL,
    parent bigint NOT NULL,
    name character varying(250),
    mimetype bigint NOT NULL,
    mimepart bigint NOT NULL,
    size bigint NOT NULL,
    mtime bigint NOT NULL,
    storage_mtime bigint NOT NULL,
    encrypted integer NOT NULL,
    unencrypted_size bigint NOT NULL,
    etag character varying(40),
    permissions integer,
    checksum character varying(255),
    PRIMARY KEY (fileid),
    UNIQUE (storage, path_hash)
);
CREATE TABLE nextcloud.oc_filecache_extended (
    fileid bigint NOT NULL,
    metadata_etag character varying(40),
    creation_time bigint NOT NULL,
    upload_time bigint NOT NULL,
    PRIMARY KEY (fileid)
);
CREATE TABLE nextcloud.oc_files_trash (
    auto_id bigint NOT NULL,
    id character varying(250) NOT NULL,
    "user" character varying(64) NOT NULL,
    timestamp character varying(12) NOT NULL,
    location character varying(512) NOT NULL,
    type character varying(4),
    mime character varying(255),
    PRIMARY KEY (auto_id)
);
CREATE TABLE nextcloud.oc_flow_checks (
    id integer NOT NULL,
    class character varying(256) NOT NULL,
    operator character varying(16) NOT NULL,
    value text,
    hash character varying(32) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (hash)
);
CREATE TABLE nextcloud.oc_flow_operations (
    id integer NOT NULL,
    class character varying(256) NOT NULL,
    name character varying(256) NOT NULL,
    checks text,
    operation text,
    entity character varying(256) NOT NULL,
    events text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_flow_operations_scope (
    id bigint NOT NULL,
    operation_id integer NOT NULL,
    type integer NOT NULL,
    value character varying(64),
    PRIMARY KEY (id),
    UNIQUE (operation_id, type, value)
);
CREATE TABLE nextcloud.oc_group_admin (
    gid character varying(64) NOT NULL,
    uid character varying(64) NOT NULL,
    PRIMARY KEY (gid, uid)
);
CREATE TABLE nextcloud.oc_group_user (
    gid character varying(64) NOT NULL,
    uid character varying(64) NOT NULL,
    PRIMARY KEY (gid, uid)
);
CREATE TABLE nextcloud.oc_groups (
    gid character varying(64) NOT NULL,
    displayname character varying(255) NOT NULL,
    PRIMARY KEY (gid)
);
CREATE TABLE nextcloud.oc_jobs (
    id bigint NOT NULL,
    class character varying(255) NOT NULL,
    argument character varying(4000) NOT NULL,
    last_run integer,
    last_checked integer,
    reserved_at integer,
    execution_duration integer,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_known_users (
    id bigint NOT NULL,
    known_to character varying(255) NOT NULL,
    known_user character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_ldap_group_mapping (
    ldap_dn character varying(255) NOT NULL,
    owncloud_name character varying(255) NOT NULL,
    directory_uuid character varying(255) NOT NULL,
    PRIMARY KEY (ldap_dn),
    UNIQUE (owncloud_name)
);
CREATE TABLE nextcloud.oc_ldap_group_members (
    owncloudname character varying(255) NOT NULL,
    owncloudusers text NOT NULL,
    PRIMARY KEY (owncloudname)
);
CREATE TABLE nextcloud.oc_ldap_user_mapping (
    owncloud_name character varying(255) NOT NULL,
    ldap_dn character varying(255) NOT NULL,
    directory_uuid character varying(255) NOT NULL,
    PRIMARY KEY (owncloud_name),
    UNIQUE (ldap_dn)
);
CREATE TABLE nextcloud.oc_login_flow_v2 (
    id bigint NOT NULL,
    timestamp bigint NOT NULL,
    started smallint NOT NULL,
    poll_token character varying(255) NOT NULL,
    login_token character varying(255) NOT NULL,
    public_key text NOT NULL,
    private_key text NOT NULL,
    client_name character varying(255) NOT NULL,
    login_name character varying(255),
    server character varying(255),
    app_password character varying(1024),
    PRIMARY KEY (id),
    UNIQUE (poll_token),
    UNIQUE (login_token)
);
CREATE TABLE nextcloud.oc_migrations (
    app character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    PRIMARY KEY (app, version)
);
CREATE TABLE nextcloud.oc_mimetypes (
    id bigint NOT NULL,
    mimetype character varying(255) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (mimetype)
);
CREATE TABLE nextcloud.oc_mounts (
    id bigint NOT NULL,
    storage_id bigint NOT NULL,
    root_id bigint NOT NULL,
    user_id character varying(64) NOT NULL,
    mount_point character varying(4000) NOT NULL,
    mount_id bigint,
    PRIMARY KEY (id),
    UNIQUE (user_id, root_id)
);
CREATE TABLE nextcloud.oc_notifications (
    notification_id integer NOT NULL,
    app character varying(32) NOT NULL,
    "user" character varying(64) NOT NULL,
    timestamp integer NOT NULL,
    object_type character varying(64) NOT NULL,
    object_id character varying(64) NOT NULL,
    subject character varying(64) NOT NULL,
    subject_parameters text,
    message character varying(64),
    message_parameters text,
    link character varying(4000),
    icon character varying(4000),
    actions text,
    PRIMARY KEY (notification_id)
);
CREATE TABLE nextcloud.oc_notifications_pushtokens (
    uid character varying(64) NOT NULL,
    token integer NOT NULL,
    deviceidentifier character varying(128) NOT NULL,
    devicepublickey character varying(512) NOT NULL,
    devicepublickeyhash character varying(128) NOT NULL,
    pushtokenhash character varying(128) NOT NULL,
    proxyserver character varying(256) NOT NULL,
    apptype character varying(32) NOT NULL,
    UNIQUE (uid, token)
);
CREATE TABLE nextcloud.oc_oauth2_access_tokens (
    id integer NOT NULL,
    token_id integer NOT NULL,
    client_id integer NOT NULL,
    hashed_code character varying(128) NOT NULL,
    encrypted_token character varying(786) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (hashed_code)
);
CREATE TABLE nextcloud.oc_oauth2_clients (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    redirect_uri character varying(2000) NOT NULL,
    client_identifier character varying(64) NOT NULL,
    secret character varying(64) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (client_identifier)
);
CREATE TABLE nextcloud.oc_preferences (
    userid character varying(64) NOT NULL,
    appid character varying(32) NOT NULL,
    configkey character varying(64) NOT NULL,
    configvalue text,
    PRIMARY KEY (userid, appid, configkey)
);
CREATE TABLE nextcloud.oc_privacy_admins (
    id integer NOT NULL,
    displayname character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_properties (
    id bigint NOT NULL,
    userid character varying(64) NOT NULL,
    propertypath character varying(255) NOT NULL,
    propertyname character varying(255) NOT NULL,
    propertyvalue text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_recent_contact (
    id integer NOT NULL,
    actor_uid character varying(64) NOT NULL,
    uid character varying(64),
    email character varying(255),
    federated_cloud_id character varying(255),
    card bytea NOT NULL,
    last_contact integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_richdocuments_assets (
    id bigint NOT NULL,
    uid character varying(64),
    fileid bigint NOT NULL,
    token character varying(64),
    timestamp bigint,
    PRIMARY KEY (id),
    UNIQUE (token),
    UNIQUE (timestamp)
);
CREATE TABLE nextcloud.oc_richdocuments_direct (
    id bigint NOT NULL,
    token character varying(64),
    uid character varying(64),
    fileid bigint NOT NULL,
    timestamp bigint,
    template_destination bigint,
    template_id bigint,
    PRIMARY KEY (id),
    UNIQUE (token)
);
CREATE TABLE nextcloud.oc_richdocuments_wopi (
    id bigint NOT NULL,
    owner_uid character varying(64),
    editor_uid character varying(64),
    guest_displayname character varying(64),
    fileid bigint NOT NULL,
    version bigint,
    canwrite boolean,
    server_host character varying(255) NOT NULL,
    token character varying(32),
    expiry bigint,
    template_destination bigint,
    template_id bigint,
    hide_download boolean,
    direct boolean,
    is_remote_token boolean,
    remote_server character varying(255),
    remote_server_token character varying(32),
    share character varying(64),
    PRIMARY KEY (id),
    UNIQUE (token)
);
CREATE TABLE nextcloud.oc_schedulingobjects (
    id bigint NOT NULL,
    principaluri character varying(255),
    calendardata bytea,
    uri character varying(255),
    lastmodified integer,
    etag character varying(32),
    size bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_share (
    id bigint NOT NULL,
    share_type smallint NOT NULL,
    share_with character varying(255),
    password character varying(255),
    uid_owner character varying(64) NOT NULL,
    uid_initiator character varying(64),
    parent bigint,
    item_type character varying(64) NOT NULL,
    item_source character varying(255),
    item_target character varying(255),
    file_source bigint,
    file_target character varying(512),
    permissions smallint NOT NULL,
    stime bigint NOT NULL,
    accepted smallint NOT NULL,
    expiration timestamp(0) without time zone,
    token character varying(32),
    mail_send smallint NOT NULL,
    share_name character varying(64),
    password_by_talk boolean,
    note text,
    hide_download smallint,
    label character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_share_external (
    id bigint NOT NULL,
    parent bigint,
    share_type integer,
    remote character varying(512) NOT NULL,
    remote_id character varying(255),
    share_token character varying(64) NOT NULL,
    password character varying(64),
    name character varying(64) NOT NULL,
    owner character varying(64) NOT NULL,
    "user" character varying(64) NOT NULL,
    mountpoint character varying(4000) NOT NULL,
    mountpoint_hash character varying(32) NOT NULL,
    accepted integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE ("user", mountpoint_hash)
);
CREATE TABLE nextcloud.oc_storages (
    numeric_id bigint NOT NULL,
    id character varying(64),
    available integer NOT NULL,
    last_checked integer,
    PRIMARY KEY (numeric_id),
    UNIQUE (id)
);
CREATE TABLE nextcloud.oc_storages_credentials (
    id bigint NOT NULL,
    "user" character varying(64),
    identifier character varying(64) NOT NULL,
    credentials text,
    PRIMARY KEY (id),
    UNIQUE ("user", identifier)
);
CREATE TABLE nextcloud.oc_systemtag (
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    visibility smallint NOT NULL,
    editable smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name, visibility, editable)
);
CREATE TABLE nextcloud.oc_systemtag_group (
    systemtagid bigint NOT NULL,
    gid character varying(255) NOT NULL,
    PRIMARY KEY (gid, systemtagid)
);
CREATE TABLE nextcloud.oc_systemtag_object_mapping (
    objectid character varying(64) NOT NULL,
    objecttype character varying(64) NOT NULL,
    systemtagid bigint NOT NULL,
    PRIMARY KEY (objecttype, objectid, systemtagid)
);
CREATE TABLE nextcloud.oc_text_documents (
    id bigint NOT NULL,
    current_version bigint,
    last_saved_version bigint,
    last_saved_version_time bigint NOT NULL,
    last_saved_version_etag character varying(64),
    base_version_etag character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_text_sessions (
    id bigint NOT NULL,
    user_id character varying(64),
    guest_name character varying(64),
    color character varying(7),
    token character varying(64) NOT NULL,
    document_id bigint NOT NULL,
    last_contact bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_text_steps (
    id bigint NOT NULL,
    document_id bigint NOT NULL,
    session_id bigint NOT NULL,
    data text NOT NULL,
    version bigint,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_trusted_servers (
    id integer NOT NULL,
    url character varying(512) NOT NULL,
    url_hash character varying(255) NOT NULL,
    token character varying(128),
    shared_secret character varying(256),
    status integer NOT NULL,
    sync_token character varying(512),
    PRIMARY KEY (id),
    UNIQUE (url_hash)
);
CREATE TABLE nextcloud.oc_twofactor_backupcodes (
    id bigint NOT NULL,
    user_id character varying(64) NOT NULL,
    code character varying(128) NOT NULL,
    used smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_twofactor_providers (
    provider_id character varying(32) NOT NULL,
    uid character varying(64) NOT NULL,
    enabled smallint NOT NULL,
    PRIMARY KEY (provider_id, uid)
);
CREATE TABLE nextcloud.oc_user_status (
    id bigint NOT NULL,
    user_id character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    status_timestamp integer NOT NULL,
    is_user_defined boolean,
    message_id character varying(255),
    custom_icon character varying(255),
    custom_message text,
    clear_at integer,
    PRIMARY KEY (id),
    UNIQUE (user_id)
);
CREATE TABLE nextcloud.oc_user_transfer_owner (
    id bigint NOT NULL,
    source_user character varying(64) NOT NULL,
    target_user character varying(64) NOT NULL,
    file_id bigint NOT NULL,
    node_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_users (
    uid character varying(64) NOT NULL,
    displayname character varying(64),
    password character varying(255) NOT NULL,
    uid_lower character varying(64),
    PRIMARY KEY (uid)
);
CREATE TABLE nextcloud.oc_vcategory (
    id bigint NOT NULL,
    uid character varying(64) NOT NULL,
    type character varying(64) NOT NULL,
    category character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_vcategory_to_object (
    objid bigint NOT NULL,
    categoryid bigint NOT NULL,
    type character varying(64) NOT NULL,
    PRIMARY KEY (categoryid, objid, type)
);
CREATE TABLE nextcloud.oc_webauthn (
    id integer NOT NULL,
    uid character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    public_key_credential_id character varying(255) NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE nextcloud.oc_whats_new (
    id integer NOT NULL,
    version character varying(64) NOT NULL,
    etag character varying(64) NOT NULL,
    last_check integer NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (version)
);
