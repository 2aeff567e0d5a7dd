-- Pixelfed, the federated photo-sharing platform (local users with settings, devices, pronouns, invites, filters,
-- roles and 2FA; profiles of local and remote accounts with avatars, aliases, migrations and sponsors; statuses
-- (posts) with media, media tags, hashtags, mentions, likes, comments, bookmarks, views, edits and archives; places;
-- polls and poll votes; stories and story views; collections and their items; followers and follow requests;
-- circles; direct messages and conversations; notifications; groups with members, posts, comments, likes, media,
-- hashtags, roles, invitations, blocks, reports and events; discover categories and their hashtags; hashtag follows;
-- custom emoji; reports, report comments and logs, moderation logs, account interstitials, admin invites and shadow
-- filters, autospam tokens, curated registrations; known instances and domain blocks; imports; live streams;
-- portfolios; newsroom and pages; OAuth clients and tokens; Laravel's cache, jobs, sessions, Telescope and Pulse
-- tables), as its PostgreSQL schema dump declares it: database/schema/pgsql-schema.sql (pg_dump of PostgreSQL 17.2)
-- of github.com/pixelfed-glitch/pixelfed (commit 82d68751c7f0272077292333ba575ae4be112fe5, 2026-01-04; the dump last
-- updated by its commit 733f30e5d of 2026-01-02), the community-maintained "Glitch" fork of Pixelfed (upstream
-- github.com/pixelfed/pixelfed also ships such a dump, but not in the snapshot of it we could read whole);
-- AGPL-3.0 (the code; we use the schema's facts). Loaded into a scratch PostgreSQL 15 with its schema public renamed
-- pixelfed (the dump's PostgreSQL 17 transaction_timeout setting dropped) and regenerated from the catalog: all 125
-- tables, their primary keys (123 tables; password_resets and sessions have none), the unique key on
-- telescope_entries.uuid (a foreign key points at it) and the 12 foreign keys the dump declares (ON DELETE actions
-- left out); most references (statuses.profile_id, likes.status_id, media.status_id, followers.following_id, ...)
-- are not declared in the source and get none. Left out: defaults, sequences, indexes, the other unique constraints
-- and the CHECK constraint on statuses.visibility. The dump declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS pixelfed;
CREATE TABLE pixelfed.account_interstitials (
    id bigint NOT NULL,
    user_id integer,
    type character varying(191),
    view character varying(191),
    item_id bigint,
    item_type character varying(191),
    has_media boolean,
    blurhash character varying(191),
    message text,
    violation_header text,
    violation_body text,
    meta json,
    appeal_message text,
    appeal_requested_at timestamp(0) without time zone,
    appeal_handled_at timestamp(0) without time zone,
    read_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    severity_index smallint,
    is_spam boolean,
    in_violation boolean,
    violation_id integer,
    email_notify boolean,
    thread_id bigint,
    emailed_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.account_logs (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    item_id bigint,
    item_type character varying(191),
    action character varying(191),
    message character varying(191),
    link character varying(191),
    ip_address character varying(191),
    user_agent character varying(191),
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.activities (
    id bigint NOT NULL,
    to_id bigint,
    from_id bigint,
    object_type character varying(191),
    data json,
    processed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.admin_invites (
    id bigint NOT NULL,
    name character varying(191),
    invite_code character varying(191) NOT NULL,
    description text,
    message text,
    max_uses integer,
    uses integer NOT NULL,
    skip_email_verification boolean NOT NULL,
    expires_at timestamp(0) without time zone,
    used_by json,
    admin_user_id integer,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.admin_shadow_filters (
    id bigint NOT NULL,
    admin_id bigint,
    item_type character varying(191) NOT NULL,
    item_id bigint NOT NULL,
    is_local boolean NOT NULL,
    note text,
    active boolean NOT NULL,
    history json,
    ruleset json,
    prevent_ap_fanout boolean NOT NULL,
    prevent_new_dms boolean NOT NULL,
    ignore_reports boolean NOT NULL,
    ignore_mentions boolean NOT NULL,
    ignore_links boolean NOT NULL,
    ignore_hashtags boolean NOT NULL,
    hide_from_public_feeds boolean NOT NULL,
    hide_from_tag_feeds boolean NOT NULL,
    hide_embeds boolean NOT NULL,
    hide_from_story_carousel boolean NOT NULL,
    hide_from_search_autocomplete boolean NOT NULL,
    hide_from_search boolean NOT NULL,
    requires_login boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.app_registers (
    id bigint NOT NULL,
    email character varying(191) NOT NULL,
    verify_code character varying(191) NOT NULL,
    email_delivered_at timestamp(0) without time zone,
    email_verified_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    uses integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.autospam_custom_tokens (
    id bigint NOT NULL,
    token character varying(191) NOT NULL,
    weight integer NOT NULL,
    is_spam boolean NOT NULL,
    note text,
    category character varying(191),
    active boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.avatars (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    media_path character varying(191),
    change_count integer NOT NULL,
    last_processed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    remote_url character varying(191),
    last_fetched_at timestamp(0) without time zone,
    cdn_url character varying(191),
    size integer,
    is_remote boolean,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.bookmarks (
    id integer NOT NULL,
    status_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.cache (
    key character varying(191) NOT NULL,
    value text NOT NULL,
    expiration integer NOT NULL,
    PRIMARY KEY (key)
);
CREATE TABLE pixelfed.cache_locks (
    key character varying(191) NOT NULL,
    owner character varying(191) NOT NULL,
    expiration integer NOT NULL,
    PRIMARY KEY (key)
);
CREATE TABLE pixelfed.circle_profiles (
    id bigint NOT NULL,
    owner_id bigint,
    circle_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.circles (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    name character varying(191),
    description text,
    scope character varying(191) NOT NULL,
    bcc boolean NOT NULL,
    active boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.collection_items (
    id bigint NOT NULL,
    collection_id bigint NOT NULL,
    "order" integer,
    object_type character varying(191) NOT NULL,
    object_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.collections (
    id bigint NOT NULL,
    profile_id bigint,
    title character varying(191),
    description text,
    is_nsfw boolean NOT NULL,
    visibility character varying(191) NOT NULL,
    published_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.comments (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    user_id bigint,
    status_id bigint NOT NULL,
    comment text,
    rendered text,
    entities json,
    is_remote boolean NOT NULL,
    rendered_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.config_cache (
    id bigint NOT NULL,
    k character varying(191) NOT NULL,
    v text,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.contacts (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    response_requested boolean NOT NULL,
    message text NOT NULL,
    response text NOT NULL,
    read_at timestamp(0) without time zone,
    responded_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.conversations (
    id bigint NOT NULL,
    to_id bigint NOT NULL,
    from_id bigint NOT NULL,
    dm_id bigint,
    status_id bigint,
    type character varying(191),
    is_hidden boolean NOT NULL,
    has_seen boolean NOT NULL,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.curated_register_activities (
    id bigint NOT NULL,
    register_id integer,
    admin_id integer,
    reply_to_id integer,
    secret_code character varying(191),
    type character varying(191),
    title character varying(191),
    link character varying(191),
    message text,
    metadata json,
    from_admin boolean NOT NULL,
    from_user boolean NOT NULL,
    admin_only_view boolean NOT NULL,
    action_required boolean NOT NULL,
    admin_notified_at timestamp(0) without time zone,
    action_taken_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.curated_register_templates (
    id bigint NOT NULL,
    name character varying(191),
    description text,
    content text,
    is_active boolean NOT NULL,
    "order" smallint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.curated_registers (
    id bigint NOT NULL,
    email character varying(191),
    username character varying(191),
    password character varying(191),
    ip_address character varying(191),
    verify_code character varying(191),
    reason_to_join text,
    invited_by bigint,
    is_approved boolean NOT NULL,
    is_rejected boolean NOT NULL,
    is_awaiting_more_info boolean NOT NULL,
    is_closed boolean NOT NULL,
    autofollow_account_ids json,
    admin_notes json,
    approved_by_admin_id integer,
    email_verified_at timestamp(0) without time zone,
    admin_notified_at timestamp(0) without time zone,
    action_taken_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    user_has_responded boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.custom_emoji (
    id bigint NOT NULL,
    shortcode character varying(191) NOT NULL,
    media_path character varying(191),
    domain character varying(191),
    disabled boolean NOT NULL,
    uri character varying(191),
    image_remote_url character varying(191),
    category_id integer,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.custom_emoji_categories (
    id bigint NOT NULL,
    name character varying(191) NOT NULL,
    disabled boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.custom_filter_keywords (
    id bigint NOT NULL,
    custom_filter_id bigint NOT NULL,
    keyword character varying(255) NOT NULL,
    whole_word boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.custom_filter_statuses (
    id bigint NOT NULL,
    custom_filter_id bigint NOT NULL,
    status_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.custom_filters (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    phrase text NOT NULL,
    action integer NOT NULL,
    context json,
    expires_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.default_domain_blocks (
    id bigint NOT NULL,
    domain character varying(191) NOT NULL,
    note text,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.direct_messages (
    id bigint NOT NULL,
    to_id bigint NOT NULL,
    from_id bigint NOT NULL,
    from_profile_ids character varying(191),
    group_message boolean NOT NULL,
    status_id bigint NOT NULL,
    read_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    type character varying(191),
    is_hidden boolean NOT NULL,
    meta json,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.discover_categories (
    id bigint NOT NULL,
    name character varying(191),
    slug character varying(191) NOT NULL,
    active boolean NOT NULL,
    "order" smallint NOT NULL,
    media_id bigint,
    no_nsfw boolean NOT NULL,
    local_only boolean NOT NULL,
    public_only boolean NOT NULL,
    photos_only boolean NOT NULL,
    active_until timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.discover_category_hashtags (
    id bigint NOT NULL,
    discover_category_id bigint NOT NULL,
    hashtag_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.email_verifications (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    email character varying(191),
    user_token character varying(191) NOT NULL,
    random_token character varying(191) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.failed_jobs (
    id bigint NOT NULL,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp(0) without time zone NOT NULL,
    uuid character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.follow_requests (
    id bigint NOT NULL,
    follower_id bigint NOT NULL,
    following_id bigint NOT NULL,
    is_rejected boolean NOT NULL,
    is_local boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    activity json,
    handled_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.followers (
    id integer NOT NULL,
    profile_id bigint NOT NULL,
    following_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    local_profile boolean NOT NULL,
    local_following boolean NOT NULL,
    show_reblogs boolean NOT NULL,
    notify boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_activity_graphs (
    id bigint NOT NULL,
    instance_id bigint,
    actor_id bigint,
    verb character varying(191),
    id_url character varying(191),
    payload json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_blocks (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    admin_id bigint,
    profile_id bigint,
    instance_id bigint,
    name character varying(191),
    reason character varying(191),
    is_user boolean NOT NULL,
    moderated boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_categories (
    id bigint NOT NULL,
    name character varying(191) NOT NULL,
    slug character varying(191) NOT NULL,
    active boolean NOT NULL,
    "order" smallint,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_comments (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint,
    status_id bigint,
    in_reply_to_id bigint,
    remote_url character varying(191),
    caption text,
    is_nsfw boolean NOT NULL,
    visibility character varying(191),
    likes_count integer NOT NULL,
    replies_count integer NOT NULL,
    cw_summary text,
    media_ids json,
    status character varying(191),
    type character varying(191),
    local boolean NOT NULL,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_events (
    id bigint NOT NULL,
    group_id bigint,
    profile_id bigint,
    name character varying(191),
    type character varying(191) NOT NULL,
    tags json,
    location json,
    description text,
    metadata json,
    open boolean NOT NULL,
    comments_open boolean NOT NULL,
    show_guest_list boolean NOT NULL,
    start_at timestamp(0) without time zone,
    end_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_hashtags (
    id bigint NOT NULL,
    name character varying(191) NOT NULL,
    formatted character varying(191),
    recommended boolean NOT NULL,
    sensitive boolean NOT NULL,
    banned boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_interactions (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    type character varying(191),
    item_type character varying(191),
    item_id character varying(191),
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_invitations (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    from_profile_id bigint NOT NULL,
    to_profile_id bigint NOT NULL,
    role character varying(191),
    to_local boolean NOT NULL,
    from_local boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_likes (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    status_id bigint,
    comment_id bigint,
    local boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_limits (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    limits json,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_media (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    status_id bigint,
    media_path character varying(191) NOT NULL,
    thumbnail_url text,
    cdn_url text,
    url text,
    mime character varying(191),
    size integer,
    cw_summary text,
    license character varying(191),
    blurhash character varying(191),
    "order" smallint NOT NULL,
    width integer,
    height integer,
    local_user boolean NOT NULL,
    is_cached boolean NOT NULL,
    is_comment boolean NOT NULL,
    metadata json,
    version character varying(191) NOT NULL,
    skip_optimize boolean NOT NULL,
    processed_at timestamp(0) without time zone,
    thumbnail_generated timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_members (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    role character varying(191) NOT NULL,
    local_group boolean NOT NULL,
    local_profile boolean NOT NULL,
    join_request boolean NOT NULL,
    approved_at timestamp(0) without time zone,
    rejected_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_post_hashtags (
    id bigint NOT NULL,
    hashtag_id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    status_id bigint,
    status_visibility character varying(191),
    nsfw boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_posts (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint,
    type character varying(191),
    remote_url character varying(191),
    reply_count integer,
    status character varying(191),
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    caption text,
    visibility character varying(191),
    is_nsfw boolean NOT NULL,
    likes_count integer NOT NULL,
    cw_summary text,
    media_ids json,
    comments_disabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_reports (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    type character varying(191),
    item_type character varying(191),
    item_id character varying(191),
    metadata json,
    open boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_roles (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    name character varying(191) NOT NULL,
    slug character varying(191),
    abilities text,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.group_stores (
    id bigint NOT NULL,
    group_id bigint,
    store_key character varying(191) NOT NULL,
    store_value json,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.groups (
    id bigint NOT NULL,
    profile_id bigint,
    status character varying(191),
    name character varying(191),
    description text,
    rules text,
    local boolean NOT NULL,
    remote_url character varying(191),
    inbox_url character varying(191),
    is_private boolean NOT NULL,
    local_only boolean NOT NULL,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    category_id integer NOT NULL,
    member_count integer,
    recommended boolean NOT NULL,
    discoverable boolean NOT NULL,
    activitypub boolean NOT NULL,
    is_nsfw boolean NOT NULL,
    dms boolean NOT NULL,
    autospam boolean NOT NULL,
    verified boolean NOT NULL,
    last_active_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.hashtag_follows (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    hashtag_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.hashtag_related (
    id bigint NOT NULL,
    hashtag_id bigint NOT NULL,
    related_tags json,
    agg_score bigint,
    last_calculated_at timestamp(0) without time zone,
    last_moderated_at timestamp(0) without time zone,
    skip_refresh boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.hashtags (
    id bigint NOT NULL,
    name character varying(191) NOT NULL,
    slug character varying(191) NOT NULL,
    is_nsfw boolean NOT NULL,
    is_banned boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    cached_count integer,
    can_trend boolean,
    can_search boolean,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.import_datas (
    id integer NOT NULL,
    profile_id bigint NOT NULL,
    service character varying(191) NOT NULL,
    path character varying(191),
    stage smallint NOT NULL,
    completed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    job_id bigint,
    original_name character varying(191),
    import_accepted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.import_jobs (
    id integer NOT NULL,
    profile_id bigint NOT NULL,
    service character varying(191) NOT NULL,
    uuid character varying(191),
    storage_path character varying(191),
    stage smallint NOT NULL,
    media_json text,
    completed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.import_posts (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    user_id integer NOT NULL,
    service character varying(191) NOT NULL,
    post_hash character varying(191),
    filename character varying(191) NOT NULL,
    media_count smallint NOT NULL,
    post_type character varying(191),
    caption text,
    media json,
    creation_year smallint,
    creation_month smallint,
    creation_day smallint,
    creation_id smallint,
    status_id bigint,
    creation_date timestamp(0) without time zone,
    metadata json,
    skip_missing_media boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    uploaded_to_s3 boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.instance_actors (
    id bigint NOT NULL,
    private_key text,
    public_key text,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.instances (
    id bigint NOT NULL,
    domain character varying(191) NOT NULL,
    url character varying(191),
    name character varying(191),
    admin_url character varying(191),
    limit_reason character varying(191),
    unlisted boolean NOT NULL,
    auto_cw boolean NOT NULL,
    banned boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    software character varying(191),
    user_count integer,
    status_count integer,
    last_crawled_at timestamp(0) without time zone,
    actors_last_synced_at timestamp(0) without time zone,
    notes text,
    manually_added boolean NOT NULL,
    base_domain character varying(191),
    ban_subdomains boolean,
    ip_address character varying(191),
    list_limitation boolean NOT NULL,
    active_deliver boolean,
    valid_nodeinfo boolean,
    nodeinfo_last_fetched timestamp(0) without time zone,
    delivery_timeout boolean NOT NULL,
    delivery_next_after timestamp(0) without time zone,
    shared_inbox character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.job_batches (
    id character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    total_jobs integer NOT NULL,
    pending_jobs integer NOT NULL,
    failed_jobs integer NOT NULL,
    failed_job_ids text NOT NULL,
    options text,
    cancelled_at integer,
    created_at integer NOT NULL,
    finished_at integer,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.jobs (
    id bigint NOT NULL,
    queue character varying(191) NOT NULL,
    payload text NOT NULL,
    attempts smallint NOT NULL,
    reserved_at integer,
    available_at integer NOT NULL,
    created_at integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.likes (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    status_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    status_profile_id bigint,
    is_comment boolean,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.live_streams (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    stream_id character varying(191),
    stream_key character varying(191),
    visibility character varying(191),
    name character varying(191),
    description text,
    thumbnail_path character varying(191),
    settings json,
    live_chat boolean NOT NULL,
    mod_ids json,
    discoverable boolean,
    live_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.login_links (
    id bigint NOT NULL,
    key character varying(191) NOT NULL,
    secret character varying(191) NOT NULL,
    user_id integer NOT NULL,
    ip character varying(191),
    user_agent character varying(191),
    meta json,
    revoked_at timestamp(0) without time zone,
    resent_at timestamp(0) without time zone,
    used_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.media (
    id integer NOT NULL,
    status_id bigint,
    profile_id bigint,
    user_id bigint,
    media_path character varying(191) NOT NULL,
    thumbnail_path character varying(191),
    cdn_url text,
    optimized_url character varying(191),
    thumbnail_url character varying(191),
    "order" smallint NOT NULL,
    mime character varying(191),
    size integer,
    orientation character varying(191),
    processed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    filter_name character varying(191),
    filter_class character varying(191),
    deleted_at timestamp(0) without time zone,
    original_sha256 character varying(191),
    optimized_sha256 character varying(191),
    caption text,
    hls_path character varying(191),
    hls_transcoded_at timestamp(0) without time zone,
    key character varying(191),
    metadata json,
    license character varying(191),
    is_nsfw boolean NOT NULL,
    version smallint NOT NULL,
    remote_media boolean NOT NULL,
    remote_url character varying(191),
    blurhash character varying(191),
    srcset json,
    width integer,
    height integer,
    skip_optimize boolean,
    replicated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.media_blocklists (
    id bigint NOT NULL,
    sha256 character varying(191),
    sha512 character varying(191),
    name character varying(191),
    description text,
    active boolean NOT NULL,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.media_tags (
    id bigint NOT NULL,
    status_id bigint,
    media_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    tagged_username character varying(191),
    is_public boolean NOT NULL,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.mentions (
    id bigint NOT NULL,
    status_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    local boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.migrations (
    id integer NOT NULL,
    migration character varying(191) NOT NULL,
    batch integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.mod_logs (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    user_username character varying(191),
    object_uid bigint,
    object_id bigint,
    object_type character varying(191),
    action character varying(191),
    message text,
    metadata json,
    access_level character varying(191),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.moderated_profiles (
    id bigint NOT NULL,
    profile_url character varying(191),
    profile_id bigint,
    domain character varying(191),
    note text,
    is_banned boolean NOT NULL,
    is_nsfw boolean NOT NULL,
    is_unlisted boolean NOT NULL,
    is_noautolink boolean NOT NULL,
    is_nodms boolean NOT NULL,
    is_notrending boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.newsroom (
    id bigint NOT NULL,
    user_id bigint,
    header_photo_url character varying(191),
    title character varying(191),
    slug character varying(191),
    category character varying(191) NOT NULL,
    summary text,
    body text,
    body_rendered text,
    link character varying(191),
    force_modal boolean NOT NULL,
    show_timeline boolean NOT NULL,
    show_link boolean NOT NULL,
    auth_only boolean NOT NULL,
    published_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.notifications (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    actor_id bigint,
    action character varying(191),
    read_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    item_id bigint,
    item_type character varying(191),
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.oauth_access_tokens (
    id character varying(100) NOT NULL,
    user_id bigint,
    client_id bigint NOT NULL,
    name character varying(191),
    scopes text,
    revoked boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    expires_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.oauth_auth_codes (
    id character varying(100) NOT NULL,
    user_id bigint NOT NULL,
    client_id bigint NOT NULL,
    scopes text,
    revoked boolean NOT NULL,
    expires_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.oauth_clients (
    id bigint NOT NULL,
    user_id bigint,
    name character varying(191) NOT NULL,
    secret character varying(100),
    provider character varying(191),
    redirect text NOT NULL,
    personal_access_client boolean NOT NULL,
    password_client boolean NOT NULL,
    revoked boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.oauth_personal_access_clients (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.oauth_refresh_tokens (
    id character varying(100) NOT NULL,
    access_token_id character varying(100) NOT NULL,
    revoked boolean NOT NULL,
    expires_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.pages (
    id bigint NOT NULL,
    root character varying(191),
    slug character varying(191),
    title character varying(191),
    category_id integer,
    content text,
    template character varying(191) NOT NULL,
    active boolean NOT NULL,
    cached boolean NOT NULL,
    active_until timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.parental_controls (
    id bigint NOT NULL,
    parent_id integer NOT NULL,
    child_id integer,
    email character varying(191),
    verify_code character varying(191),
    email_sent_at timestamp(0) without time zone,
    email_verified_at timestamp(0) without time zone,
    permissions json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.password_resets (
    email character varying(191) NOT NULL,
    token character varying(191) NOT NULL,
    created_at timestamp(0) without time zone
);
CREATE TABLE pixelfed.places (
    id bigint NOT NULL,
    slug character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    country character varying(191) NOT NULL,
    aliases json,
    lat numeric(9,6),
    long numeric(9,6),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    state character varying(191),
    score smallint NOT NULL,
    cached_post_count bigint,
    last_checked_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.poll_votes (
    id bigint NOT NULL,
    story_id bigint,
    status_id bigint,
    profile_id bigint NOT NULL,
    poll_id bigint NOT NULL,
    choice integer NOT NULL,
    uri character varying(191),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.polls (
    id bigint NOT NULL,
    story_id bigint,
    status_id bigint,
    group_id bigint,
    profile_id bigint NOT NULL,
    poll_options json,
    cached_tallies json,
    multiple boolean NOT NULL,
    hide_totals boolean NOT NULL,
    votes_count integer NOT NULL,
    last_fetched_at timestamp(0) without time zone,
    expires_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.portfolios (
    id bigint NOT NULL,
    user_id integer,
    profile_id bigint NOT NULL,
    active boolean,
    show_captions boolean,
    show_license boolean,
    show_location boolean,
    show_timestamp boolean,
    show_link boolean,
    profile_source character varying(191),
    show_avatar boolean,
    show_bio boolean,
    profile_layout character varying(191),
    profile_container character varying(191),
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.profile_aliases (
    id bigint NOT NULL,
    profile_id bigint,
    acct character varying(191),
    uri character varying(191),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.profile_migrations (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    acct character varying(191),
    followers_count bigint NOT NULL,
    target_profile_id bigint,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.profile_sponsors (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    sponsors json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.profiles (
    id bigint NOT NULL,
    user_id integer,
    domain character varying(191),
    username character varying(191),
    name character varying(191),
    bio text,
    location character varying(191),
    website character varying(191),
    is_private boolean NOT NULL,
    "sharedInbox" character varying(191),
    private_key text,
    public_key text,
    remote_url character varying(191),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    inbox_url character varying(191),
    outbox_url character varying(191),
    follower_url character varying(191),
    following_url character varying(191),
    key_id character varying(191),
    status character varying(191),
    delete_after timestamp(0) without time zone,
    unlisted boolean NOT NULL,
    cw boolean NOT NULL,
    no_autolink boolean NOT NULL,
    profile_layout character varying(191),
    post_layout character varying(191),
    is_suggestable boolean NOT NULL,
    header_bg character varying(191),
    last_fetched_at timestamp(0) without time zone,
    status_count integer,
    followers_count integer,
    following_count integer,
    webfinger character varying(191),
    avatar_url character varying(191),
    last_status_at timestamp(0) without time zone,
    moved_to_profile_id bigint,
    indexable boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.pulse_aggregates (
    id bigint NOT NULL,
    bucket integer NOT NULL,
    period integer NOT NULL,
    type character varying(191) NOT NULL,
    key text NOT NULL,
    key_hash uuid NOT NULL,
    aggregate character varying(191) NOT NULL,
    value numeric(20,2) NOT NULL,
    count integer,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.pulse_entries (
    id bigint NOT NULL,
    "timestamp" integer NOT NULL,
    type character varying(191) NOT NULL,
    key text NOT NULL,
    key_hash uuid NOT NULL,
    value bigint,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.pulse_values (
    id bigint NOT NULL,
    "timestamp" integer NOT NULL,
    type character varying(191) NOT NULL,
    key text NOT NULL,
    key_hash uuid NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.push_subscriptions (
    id bigint NOT NULL,
    subscribable_type character varying(191) NOT NULL,
    subscribable_id bigint NOT NULL,
    endpoint character varying(500) NOT NULL,
    public_key character varying(191),
    auth_token character varying(191),
    content_encoding character varying(191),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.remote_auth_instances (
    id bigint NOT NULL,
    domain character varying(191),
    instance_id integer,
    client_id character varying(191),
    client_secret character varying(191),
    redirect_uri character varying(191),
    root_domain character varying(191),
    allowed boolean,
    banned boolean NOT NULL,
    active boolean NOT NULL,
    last_refreshed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.remote_auths (
    id bigint NOT NULL,
    software character varying(191),
    domain character varying(191),
    webfinger character varying(191),
    instance_id integer,
    user_id integer,
    client_id integer,
    ip_address character varying(191),
    bearer_token text,
    verify_credentials json,
    last_successful_login_at timestamp(0) without time zone,
    last_verify_credentials_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.remote_reports (
    id bigint NOT NULL,
    status_ids json,
    comment text,
    account_id bigint,
    uri character varying(191),
    instance_id integer,
    action_taken_at timestamp(0) without time zone,
    report_meta json,
    action_taken_meta json,
    action_taken_by_account_id bigint,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.report_comments (
    id integer NOT NULL,
    report_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    user_id bigint NOT NULL,
    comment text NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.report_logs (
    id integer NOT NULL,
    profile_id bigint NOT NULL,
    item_id bigint,
    item_type character varying(191),
    action character varying(191),
    system_message boolean NOT NULL,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.reports (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    user_id bigint,
    object_id bigint NOT NULL,
    object_type character varying(191),
    reported_profile_id bigint,
    type character varying(191),
    message character varying(191),
    admin_seen timestamp(0) without time zone,
    not_interested boolean NOT NULL,
    spam boolean NOT NULL,
    nsfw boolean NOT NULL,
    abusive boolean NOT NULL,
    meta json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.sessions (
    id character varying(191) NOT NULL,
    user_id bigint,
    ip_address character varying(45),
    user_agent text,
    payload text NOT NULL,
    last_activity integer NOT NULL
);
CREATE TABLE pixelfed.status_archiveds (
    id bigint NOT NULL,
    status_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    original_scope character varying(191),
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.status_edits (
    id bigint NOT NULL,
    status_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    caption text,
    spoiler_text text,
    ordered_media_attachment_ids json,
    media_descriptions json,
    poll_options json,
    is_nsfw boolean,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.status_hashtags (
    id bigint NOT NULL,
    status_id bigint NOT NULL,
    hashtag_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    profile_id bigint,
    status_visibility character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.status_views (
    id bigint NOT NULL,
    status_id bigint,
    status_profile_id bigint,
    profile_id bigint,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.statuses (
    id bigint NOT NULL,
    uri character varying(191),
    caption text,
    rendered text,
    profile_id bigint,
    in_reply_to_id bigint,
    reblog_of_id bigint,
    url character varying(191),
    is_nsfw boolean NOT NULL,
    visibility character varying(255) NOT NULL,
    reply boolean NOT NULL,
    likes_count bigint NOT NULL,
    reblogs_count bigint NOT NULL,
    language character varying(191),
    conversation_id bigint,
    local boolean NOT NULL,
    application_id bigint,
    in_reply_to_profile_id bigint,
    entities json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    cw_summary character varying(191),
    scope character varying(191) NOT NULL,
    type character varying(191),
    reply_count integer,
    comments_disabled boolean NOT NULL,
    place_id bigint,
    object_url character varying(191),
    edited_at timestamp(0) without time zone,
    trendable boolean,
    media_ids json,
    pinned_order smallint,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.stories (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    type character varying(191),
    size integer,
    mime character varying(191),
    duration smallint NOT NULL,
    path character varying(191),
    cdn_url character varying(191),
    public boolean NOT NULL,
    local boolean NOT NULL,
    view_count integer NOT NULL,
    comment_count integer,
    story json,
    expires_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    remote_url character varying(191),
    media_url character varying(191),
    is_archived boolean,
    name character varying(191),
    active boolean,
    can_reply boolean NOT NULL,
    can_react boolean NOT NULL,
    object_id character varying(191),
    object_uri character varying(191),
    bearcap_token character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.story_views (
    id bigint NOT NULL,
    story_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.telescope_entries (
    sequence bigint NOT NULL,
    uuid uuid NOT NULL,
    batch_id uuid NOT NULL,
    family_hash character varying(191),
    should_display_on_index boolean NOT NULL,
    type character varying(20) NOT NULL,
    content text NOT NULL,
    created_at timestamp(0) without time zone,
    PRIMARY KEY (sequence),
    UNIQUE (uuid)
);
CREATE TABLE pixelfed.telescope_entries_tags (
    entry_uuid uuid NOT NULL,
    tag character varying(191) NOT NULL,
    PRIMARY KEY (entry_uuid, tag)
);
CREATE TABLE pixelfed.telescope_monitoring (
    tag character varying(191) NOT NULL,
    PRIMARY KEY (tag)
);
CREATE TABLE pixelfed.uikit (
    id bigint NOT NULL,
    k character varying(191) NOT NULL,
    v text,
    meta json,
    defv text,
    dhis text,
    edit_count integer,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_app_settings (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    profile_id bigint NOT NULL,
    common json,
    custom json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_devices (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    ip character varying(191) NOT NULL,
    user_agent character varying(191) NOT NULL,
    fingerprint character varying(191),
    name character varying(191),
    trusted boolean,
    last_active_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_domain_blocks (
    id bigint NOT NULL,
    profile_id bigint NOT NULL,
    domain character varying(191) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_email_forgots (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    ip_address character varying(191),
    user_agent character varying(191),
    referrer character varying(191),
    email_sent_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_filters (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    filterable_id bigint NOT NULL,
    filterable_type character varying(191) NOT NULL,
    filter_type character varying(191) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_invites (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    profile_id bigint NOT NULL,
    email character varying(191) NOT NULL,
    message text,
    key character varying(191) NOT NULL,
    token character varying(191) NOT NULL,
    valid_until timestamp(0) without time zone,
    used_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_oidc_mappings (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    oidc_id character varying(191) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_pronouns (
    id bigint NOT NULL,
    user_id integer,
    profile_id bigint NOT NULL,
    pronouns json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_roles (
    id bigint NOT NULL,
    profile_id bigint,
    user_id integer NOT NULL,
    roles json,
    meta json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.user_settings (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    role character varying(191) NOT NULL,
    crawlable boolean NOT NULL,
    show_guests boolean NOT NULL,
    show_discover boolean NOT NULL,
    public_dm boolean NOT NULL,
    hide_cw_search boolean NOT NULL,
    hide_blocked_search boolean NOT NULL,
    always_show_cw boolean NOT NULL,
    compose_media_descriptions boolean NOT NULL,
    reduce_motion boolean NOT NULL,
    optimize_screen_reader boolean NOT NULL,
    high_contrast_mode boolean NOT NULL,
    video_autoplay boolean NOT NULL,
    send_email_new_follower boolean NOT NULL,
    send_email_new_follower_request boolean NOT NULL,
    send_email_on_share boolean NOT NULL,
    send_email_on_like boolean NOT NULL,
    send_email_on_mention boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    show_profile_followers boolean NOT NULL,
    show_profile_follower_count boolean NOT NULL,
    show_profile_following boolean NOT NULL,
    show_profile_following_count boolean NOT NULL,
    compose_settings json,
    other json,
    show_atom boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.users (
    id bigint NOT NULL,
    name character varying(191),
    username character varying(191),
    email character varying(191) NOT NULL,
    password character varying(191) NOT NULL,
    remember_token character varying(100),
    is_admin boolean NOT NULL,
    email_verified_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    "2fa_enabled" boolean NOT NULL,
    "2fa_secret" character varying(191),
    "2fa_backup_codes" json,
    "2fa_setup_at" timestamp(0) without time zone,
    status character varying(191),
    delete_after timestamp(0) without time zone,
    profile_id bigint,
    language character varying(191),
    has_interstitial boolean NOT NULL,
    last_active_at timestamp(0) without time zone,
    guid character varying(191),
    domain character varying(191),
    register_source character varying(191),
    app_register_token character varying(191),
    app_register_ip character varying(191),
    has_roles boolean NOT NULL,
    parent_id integer,
    role_id smallint,
    expo_token character varying(191),
    notify_like boolean NOT NULL,
    notify_follow boolean NOT NULL,
    notify_mention boolean NOT NULL,
    notify_comment boolean NOT NULL,
    storage_used bigint NOT NULL,
    storage_used_updated_at timestamp(0) without time zone,
    notify_enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pixelfed.websockets_statistics_entries (
    id integer NOT NULL,
    app_id character varying(191) NOT NULL,
    peak_connection_count integer NOT NULL,
    websocket_message_count integer NOT NULL,
    api_message_count integer NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
ALTER TABLE pixelfed.custom_filter_keywords ADD FOREIGN KEY (custom_filter_id) REFERENCES pixelfed.custom_filters(id);
ALTER TABLE pixelfed.custom_filter_statuses ADD FOREIGN KEY (custom_filter_id) REFERENCES pixelfed.custom_filters(id);
ALTER TABLE pixelfed.custom_filter_statuses ADD FOREIGN KEY (status_id) REFERENCES pixelfed.statuses(id);
ALTER TABLE pixelfed.custom_filters ADD FOREIGN KEY (profile_id) REFERENCES pixelfed.profiles(id);
ALTER TABLE pixelfed.group_post_hashtags ADD FOREIGN KEY (group_id) REFERENCES pixelfed.groups(id);
ALTER TABLE pixelfed.group_post_hashtags ADD FOREIGN KEY (hashtag_id) REFERENCES pixelfed.group_hashtags(id);
ALTER TABLE pixelfed.group_post_hashtags ADD FOREIGN KEY (profile_id) REFERENCES pixelfed.profiles(id);
ALTER TABLE pixelfed.group_post_hashtags ADD FOREIGN KEY (status_id) REFERENCES pixelfed.group_posts(id);
ALTER TABLE pixelfed.group_stores ADD FOREIGN KEY (group_id) REFERENCES pixelfed.groups(id);
ALTER TABLE pixelfed.profile_aliases ADD FOREIGN KEY (profile_id) REFERENCES pixelfed.profiles(id);
ALTER TABLE pixelfed.telescope_entries_tags ADD FOREIGN KEY (entry_uuid) REFERENCES pixelfed.telescope_entries(uuid);
ALTER TABLE pixelfed.user_oidc_mappings ADD FOREIGN KEY (user_id) REFERENCES pixelfed.users(id);
