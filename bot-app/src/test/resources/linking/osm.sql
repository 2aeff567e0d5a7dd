-- OpenStreetMap website (the Rails application behind openstreetmap.org: map data with its history, changesets,
-- users, GPS traces, diaries, notes, messages, moderation and OAuth; github.com/openstreetmap/openstreetmap-website,
-- db/structure.sql, GPL-2.0, used here for the schema's facts): tables, primary, unique and foreign keys of schema
-- public, no data. Loaded into a scratch PostgreSQL and regenerated from its catalog: enum types became text, the
-- PostGIS geometry column moderation_zones.zone became text, unique indexes are kept as UNIQUE only where a foreign
-- key points at them, and defaults, sequences, indexes, functions and triggers are left out. The source declares no
-- catalog comments, so neither does this file. See README.md here.
SET client_min_messages = warning;
CREATE TABLE public.acls (
    id bigint NOT NULL,
    address inet,
    k character varying NOT NULL,
    v character varying,
    domain character varying,
    mx character varying,
    PRIMARY KEY (id)
);
CREATE TABLE public.active_storage_attachments (
    id bigint NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.active_storage_blobs (
    id bigint NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp without time zone NOT NULL,
    service_name character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.active_storage_variant_records (
    id bigint NOT NULL,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (key)
);
CREATE TABLE public.changeset_comments (
    id integer NOT NULL,
    changeset_id bigint NOT NULL,
    author_id bigint NOT NULL,
    body text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    visible boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.changeset_tags (
    changeset_id bigint NOT NULL,
    k character varying NOT NULL,
    v character varying NOT NULL,
    PRIMARY KEY (changeset_id, k)
);
CREATE TABLE public.changesets (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    min_lat integer,
    max_lat integer,
    min_lon integer,
    max_lon integer,
    closed_at timestamp without time zone NOT NULL,
    num_changes integer NOT NULL,
    num_created_nodes integer NOT NULL,
    num_modified_nodes integer NOT NULL,
    num_deleted_nodes integer NOT NULL,
    num_created_ways integer NOT NULL,
    num_modified_ways integer NOT NULL,
    num_deleted_ways integer NOT NULL,
    num_created_relations integer NOT NULL,
    num_modified_relations integer NOT NULL,
    num_deleted_relations integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.changesets_subscribers (
    subscriber_id bigint NOT NULL,
    changeset_id bigint NOT NULL
);
CREATE TABLE public.current_node_tags (
    node_id bigint NOT NULL,
    k character varying NOT NULL,
    v character varying NOT NULL,
    PRIMARY KEY (node_id, k)
);
CREATE TABLE public.current_nodes (
    id bigint NOT NULL,
    latitude integer NOT NULL,
    longitude integer NOT NULL,
    changeset_id bigint NOT NULL,
    visible boolean NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    tile bigint NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.current_relation_members (
    relation_id bigint NOT NULL,
    member_type text NOT NULL,
    member_id bigint NOT NULL,
    member_role character varying NOT NULL,
    sequence_id integer NOT NULL,
    PRIMARY KEY (relation_id, sequence_id)
);
CREATE TABLE public.current_relation_tags (
    relation_id bigint NOT NULL,
    k character varying NOT NULL,
    v character varying NOT NULL,
    PRIMARY KEY (relation_id, k)
);
CREATE TABLE public.current_relations (
    id bigint NOT NULL,
    changeset_id bigint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    visible boolean NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.current_way_nodes (
    way_id bigint NOT NULL,
    node_id bigint NOT NULL,
    sequence_id bigint NOT NULL,
    PRIMARY KEY (way_id, sequence_id)
);
CREATE TABLE public.current_way_tags (
    way_id bigint NOT NULL,
    k character varying NOT NULL,
    v character varying NOT NULL,
    PRIMARY KEY (way_id, k)
);
CREATE TABLE public.current_ways (
    id bigint NOT NULL,
    changeset_id bigint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    visible boolean NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.delayed_jobs (
    id bigint NOT NULL,
    priority integer NOT NULL,
    attempts integer NOT NULL,
    handler text NOT NULL,
    last_error text,
    run_at timestamp without time zone,
    locked_at timestamp without time zone,
    failed_at timestamp without time zone,
    locked_by character varying,
    queue character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE public.diary_comments (
    id bigint NOT NULL,
    diary_entry_id bigint NOT NULL,
    user_id bigint NOT NULL,
    body text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    visible boolean NOT NULL,
    body_format text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.diary_entries (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    title character varying NOT NULL,
    body text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    latitude double precision,
    longitude double precision,
    language_code character varying NOT NULL,
    visible boolean NOT NULL,
    body_format text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.diary_entry_subscriptions (
    user_id bigint NOT NULL,
    diary_entry_id bigint NOT NULL,
    PRIMARY KEY (user_id, diary_entry_id)
);
CREATE TABLE public.friends (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    friend_user_id bigint NOT NULL,
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE public.gps_points (
    altitude double precision,
    trackid integer NOT NULL,
    latitude integer NOT NULL,
    longitude integer NOT NULL,
    gpx_id bigint NOT NULL,
    "timestamp" timestamp without time zone,
    tile bigint
);
CREATE TABLE public.gpx_file_tags (
    gpx_id bigint NOT NULL,
    tag character varying NOT NULL,
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.gpx_files (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    visible boolean NOT NULL,
    name character varying NOT NULL,
    size bigint,
    latitude double precision,
    longitude double precision,
    "timestamp" timestamp without time zone NOT NULL,
    description character varying NOT NULL,
    inserted boolean NOT NULL,
    visibility text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.issue_comments (
    id integer NOT NULL,
    issue_id integer NOT NULL,
    user_id integer NOT NULL,
    body text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.issues (
    id integer NOT NULL,
    reportable_type character varying NOT NULL,
    reportable_id integer NOT NULL,
    reported_user_id integer,
    status text NOT NULL,
    assigned_role text NOT NULL,
    resolved_at timestamp without time zone,
    resolved_by integer,
    updated_by integer,
    reports_count integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.languages (
    code character varying NOT NULL,
    english_name character varying NOT NULL,
    native_name character varying,
    PRIMARY KEY (code)
);
CREATE TABLE public.messages (
    id bigint NOT NULL,
    from_user_id bigint NOT NULL,
    title character varying NOT NULL,
    body text NOT NULL,
    sent_on timestamp without time zone NOT NULL,
    message_read boolean NOT NULL,
    to_user_id bigint NOT NULL,
    to_user_visible boolean NOT NULL,
    from_user_visible boolean NOT NULL,
    body_format text NOT NULL,
    muted boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.moderation_zones (
    id bigint NOT NULL,
    name character varying NOT NULL,
    reason character varying NOT NULL,
    reason_format text,
    zone text NOT NULL,
    ends_at timestamp(6) without time zone NOT NULL,
    creator_id bigint NOT NULL,
    revoker_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.node_tags (
    node_id bigint NOT NULL,
    version bigint NOT NULL,
    k character varying NOT NULL,
    v character varying NOT NULL,
    PRIMARY KEY (node_id, version, k)
);
CREATE TABLE public.nodes (
    node_id bigint NOT NULL,
    latitude integer NOT NULL,
    longitude integer NOT NULL,
    changeset_id bigint NOT NULL,
    visible boolean NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    tile bigint NOT NULL,
    version bigint NOT NULL,
    redaction_id integer,
    PRIMARY KEY (node_id, version)
);
CREATE TABLE public.note_comments (
    id bigint NOT NULL,
    note_id bigint NOT NULL,
    visible boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    author_ip inet,
    author_id bigint,
    body text,
    event text,
    PRIMARY KEY (id)
);
CREATE TABLE public.note_subscriptions (
    user_id bigint NOT NULL,
    note_id bigint NOT NULL,
    PRIMARY KEY (user_id, note_id)
);
CREATE TABLE public.notes (
    id bigint NOT NULL,
    latitude integer NOT NULL,
    longitude integer NOT NULL,
    tile bigint NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    status text NOT NULL,
    closed_at timestamp without time zone,
    description text NOT NULL,
    user_id bigint,
    user_ip inet,
    PRIMARY KEY (id)
);
CREATE TABLE public.noticed_events (
    id bigint NOT NULL,
    type character varying,
    record_type character varying,
    record_id bigint,
    notifications_count integer,
    params jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.noticed_notifications (
    id bigint NOT NULL,
    type character varying,
    event_id bigint NOT NULL,
    recipient_type character varying NOT NULL,
    recipient_id bigint NOT NULL,
    read_at timestamp(6) without time zone,
    seen_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.oauth_access_grants (
    id bigint NOT NULL,
    resource_owner_id bigint NOT NULL,
    application_id bigint NOT NULL,
    token character varying NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone,
    scopes character varying NOT NULL,
    code_challenge character varying,
    code_challenge_method character varying,
    PRIMARY KEY (id)
);
CREATE TABLE public.oauth_access_tokens (
    id bigint NOT NULL,
    resource_owner_id bigint,
    application_id bigint NOT NULL,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    scopes character varying,
    previous_refresh_token character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.oauth_applications (
    id bigint NOT NULL,
    owner_type character varying NOT NULL,
    owner_id bigint NOT NULL,
    name character varying NOT NULL,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    confidential boolean NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.oauth_openid_requests (
    id bigint NOT NULL,
    access_grant_id bigint NOT NULL,
    nonce character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.redactions (
    id integer NOT NULL,
    title character varying NOT NULL,
    description text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint NOT NULL,
    description_format text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.relation_members (
    relation_id bigint NOT NULL,
    member_type text NOT NULL,
    member_id bigint NOT NULL,
    member_role character varying NOT NULL,
    version bigint NOT NULL,
    sequence_id integer NOT NULL,
    PRIMARY KEY (relation_id, version, sequence_id)
);
CREATE TABLE public.relation_tags (
    relation_id bigint NOT NULL,
    k character varying NOT NULL,
    v character varying NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (relation_id, version, k)
);
CREATE TABLE public.relations (
    relation_id bigint NOT NULL,
    changeset_id bigint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    version bigint NOT NULL,
    visible boolean NOT NULL,
    redaction_id integer,
    PRIMARY KEY (relation_id, version)
);
CREATE TABLE public.reports (
    id integer NOT NULL,
    issue_id integer NOT NULL,
    user_id integer NOT NULL,
    details text NOT NULL,
    category character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.schema_migrations (
    version character varying NOT NULL,
    PRIMARY KEY (version)
);
CREATE TABLE public.social_links (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    url character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.spammy_phrases (
    id bigint NOT NULL,
    phrase character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.user_blocks (
    id integer NOT NULL,
    user_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    reason text NOT NULL,
    ends_at timestamp without time zone NOT NULL,
    needs_view boolean NOT NULL,
    revoker_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    reason_format text NOT NULL,
    deactivates_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE public.user_mutes (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.user_preferences (
    user_id bigint NOT NULL,
    k character varying NOT NULL,
    v character varying NOT NULL,
    PRIMARY KEY (user_id, k)
);
CREATE TABLE public.user_roles (
    id integer NOT NULL,
    user_id bigint NOT NULL,
    role text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    granter_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.users (
    email character varying NOT NULL,
    id bigint NOT NULL,
    pass_crypt character varying NOT NULL,
    creation_time timestamp without time zone NOT NULL,
    display_name character varying NOT NULL,
    data_public boolean NOT NULL,
    description text NOT NULL,
    home_lat double precision,
    home_lon double precision,
    home_zoom smallint,
    pass_salt character varying,
    email_valid boolean NOT NULL,
    new_email character varying,
    languages character varying,
    status text NOT NULL,
    terms_agreed timestamp without time zone,
    consider_pd boolean NOT NULL,
    auth_uid character varying,
    preferred_editor character varying,
    terms_seen boolean NOT NULL,
    description_format text NOT NULL,
    changesets_count integer NOT NULL,
    traces_count integer NOT NULL,
    diary_entries_count integer NOT NULL,
    image_use_gravatar boolean NOT NULL,
    auth_provider character varying,
    home_tile bigint,
    tou_agreed timestamp without time zone,
    diary_comments_count integer,
    note_comments_count integer,
    creation_address inet,
    home_location_name character varying,
    company character varying,
    public_heatmap boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.way_nodes (
    way_id bigint NOT NULL,
    node_id bigint NOT NULL,
    version bigint NOT NULL,
    sequence_id bigint NOT NULL,
    PRIMARY KEY (way_id, version, sequence_id)
);
CREATE TABLE public.way_tags (
    way_id bigint NOT NULL,
    k character varying NOT NULL,
    v character varying NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (way_id, version, k)
);
CREATE TABLE public.ways (
    way_id bigint NOT NULL,
    changeset_id bigint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    version bigint NOT NULL,
    visible boolean NOT NULL,
    redaction_id integer,
    PRIMARY KEY (way_id, version)
);
ALTER TABLE public.active_storage_attachments ADD FOREIGN KEY (blob_id) REFERENCES public.active_storage_blobs (id);
ALTER TABLE public.active_storage_variant_records ADD FOREIGN KEY (blob_id) REFERENCES public.active_storage_blobs (id);
ALTER TABLE public.changeset_comments ADD FOREIGN KEY (author_id) REFERENCES public.users (id);
ALTER TABLE public.changeset_comments ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.changeset_tags ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.changesets ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.changesets_subscribers ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.changesets_subscribers ADD FOREIGN KEY (subscriber_id) REFERENCES public.users (id);
ALTER TABLE public.current_node_tags ADD FOREIGN KEY (node_id) REFERENCES public.current_nodes (id);
ALTER TABLE public.current_nodes ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.current_relation_members ADD FOREIGN KEY (relation_id) REFERENCES public.current_relations (id);
ALTER TABLE public.current_relation_tags ADD FOREIGN KEY (relation_id) REFERENCES public.current_relations (id);
ALTER TABLE public.current_relations ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.current_way_nodes ADD FOREIGN KEY (node_id) REFERENCES public.current_nodes (id);
ALTER TABLE public.current_way_nodes ADD FOREIGN KEY (way_id) REFERENCES public.current_ways (id);
ALTER TABLE public.current_way_tags ADD FOREIGN KEY (way_id) REFERENCES public.current_ways (id);
ALTER TABLE public.current_ways ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.diary_comments ADD FOREIGN KEY (diary_entry_id) REFERENCES public.diary_entries (id);
ALTER TABLE public.diary_comments ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.diary_entries ADD FOREIGN KEY (language_code) REFERENCES public.languages (code);
ALTER TABLE public.diary_entries ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.diary_entry_subscriptions ADD FOREIGN KEY (diary_entry_id) REFERENCES public.diary_entries (id);
ALTER TABLE public.diary_entry_subscriptions ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.friends ADD FOREIGN KEY (friend_user_id) REFERENCES public.users (id);
ALTER TABLE public.friends ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.gps_points ADD FOREIGN KEY (gpx_id) REFERENCES public.gpx_files (id);
ALTER TABLE public.gpx_file_tags ADD FOREIGN KEY (gpx_id) REFERENCES public.gpx_files (id);
ALTER TABLE public.gpx_files ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.issue_comments ADD FOREIGN KEY (issue_id) REFERENCES public.issues (id);
ALTER TABLE public.issue_comments ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.issues ADD FOREIGN KEY (reported_user_id) REFERENCES public.users (id);
ALTER TABLE public.issues ADD FOREIGN KEY (resolved_by) REFERENCES public.users (id);
ALTER TABLE public.issues ADD FOREIGN KEY (updated_by) REFERENCES public.users (id);
ALTER TABLE public.messages ADD FOREIGN KEY (from_user_id) REFERENCES public.users (id);
ALTER TABLE public.messages ADD FOREIGN KEY (to_user_id) REFERENCES public.users (id);
ALTER TABLE public.moderation_zones ADD FOREIGN KEY (creator_id) REFERENCES public.users (id);
ALTER TABLE public.moderation_zones ADD FOREIGN KEY (revoker_id) REFERENCES public.users (id);
ALTER TABLE public.node_tags ADD FOREIGN KEY (node_id, version) REFERENCES public.nodes (node_id, version);
ALTER TABLE public.nodes ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.nodes ADD FOREIGN KEY (redaction_id) REFERENCES public.redactions (id);
ALTER TABLE public.note_comments ADD FOREIGN KEY (author_id) REFERENCES public.users (id);
ALTER TABLE public.note_comments ADD FOREIGN KEY (note_id) REFERENCES public.notes (id);
ALTER TABLE public.note_subscriptions ADD FOREIGN KEY (note_id) REFERENCES public.notes (id);
ALTER TABLE public.note_subscriptions ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.notes ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.oauth_access_grants ADD FOREIGN KEY (application_id) REFERENCES public.oauth_applications (id);
ALTER TABLE public.oauth_access_grants ADD FOREIGN KEY (resource_owner_id) REFERENCES public.users (id);
ALTER TABLE public.oauth_access_tokens ADD FOREIGN KEY (application_id) REFERENCES public.oauth_applications (id);
ALTER TABLE public.oauth_access_tokens ADD FOREIGN KEY (resource_owner_id) REFERENCES public.users (id);
ALTER TABLE public.oauth_applications ADD FOREIGN KEY (owner_id) REFERENCES public.users (id);
ALTER TABLE public.oauth_openid_requests ADD FOREIGN KEY (access_grant_id) REFERENCES public.oauth_access_grants (id) ON DELETE CASCADE;
ALTER TABLE public.redactions ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.relation_members ADD FOREIGN KEY (relation_id, version) REFERENCES public.relations (relation_id, version);
ALTER TABLE public.relation_tags ADD FOREIGN KEY (relation_id, version) REFERENCES public.relations (relation_id, version);
ALTER TABLE public.relations ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.relations ADD FOREIGN KEY (redaction_id) REFERENCES public.redactions (id);
ALTER TABLE public.reports ADD FOREIGN KEY (issue_id) REFERENCES public.issues (id);
ALTER TABLE public.reports ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.social_links ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.user_blocks ADD FOREIGN KEY (creator_id) REFERENCES public.users (id);
ALTER TABLE public.user_blocks ADD FOREIGN KEY (revoker_id) REFERENCES public.users (id);
ALTER TABLE public.user_blocks ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.user_mutes ADD FOREIGN KEY (owner_id) REFERENCES public.users (id);
ALTER TABLE public.user_mutes ADD FOREIGN KEY (subject_id) REFERENCES public.users (id);
ALTER TABLE public.user_preferences ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.user_roles ADD FOREIGN KEY (granter_id) REFERENCES public.users (id);
ALTER TABLE public.user_roles ADD FOREIGN KEY (user_id) REFERENCES public.users (id);
ALTER TABLE public.way_nodes ADD FOREIGN KEY (way_id, version) REFERENCES public.ways (way_id, version);
ALTER TABLE public.way_tags ADD FOREIGN KEY (way_id, version) REFERENCES public.ways (way_id, version);
ALTER TABLE public.ways ADD FOREIGN KEY (changeset_id) REFERENCES public.changesets (id);
ALTER TABLE public.ways ADD FOREIGN KEY (redaction_id) REFERENCES public.redactions (id);
