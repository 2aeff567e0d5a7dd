-- Mastodon, the federated social network server (github.com/mastodon/mastodon), its Rails schema db/schema.rb at
-- commit 0070a20 (ActiveRecord schema version 2025_12_17_091936), read with the search tool's read_file (the
-- repository, about 1 GB, was over the size a copy here can have), converted by a one-off script the way Rails'
-- PostgreSQL adapter maps types (string -> character varying, datetime -> timestamp without time zone, float ->
-- double precision, json/jsonb/inet/date kept, array: true -> arrays, the default bigint "id" primary key, the
-- three join tables' composite primary keys), loaded into a scratch PostgreSQL and checked there; schema mastodon.
-- Tables, columns, NOT NULL, primary keys and every foreign key the schema declares (add_foreign_key; ON DELETE
-- actions left out). Left out: defaults (timestamp_id(...) ids included), indexes (unique ones included), datetime
-- precisions, the three materialized views (account_summaries, global_follow_recommendations, instances) and the
-- view user_ips. Many references have no foreign key in the source (statuses.conversation_id,
-- statuses.application_id, statuses.poll_id, notifications.activity_id, conversations.parent_status_id...), so none
-- here. The schema declares no comments. Licence: AGPL-3.0 (Mastodon; we use the schema's facts). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS mastodon;
CREATE TABLE mastodon.account_aliases (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    acct character varying NOT NULL,
    uri character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_conversations (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    participant_account_ids bigint[] NOT NULL,
    status_ids bigint[] NOT NULL,
    last_status_id bigint,
    lock_version integer NOT NULL,
    unread boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_deletion_requests (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_domain_blocks (
    id bigint NOT NULL,
    domain character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_migrations (
    id bigint NOT NULL,
    account_id bigint,
    acct character varying NOT NULL,
    followers_count bigint NOT NULL,
    target_account_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_moderation_notes (
    id bigint NOT NULL,
    content text NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_notes (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    comment text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_pins (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_relationship_severance_events (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    relationship_severance_event_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    followers_count integer NOT NULL,
    following_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_stats (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    statuses_count bigint NOT NULL,
    following_count bigint NOT NULL,
    followers_count bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    last_status_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_statuses_cleanup_policies (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    enabled boolean NOT NULL,
    min_status_age integer NOT NULL,
    keep_direct boolean NOT NULL,
    keep_pinned boolean NOT NULL,
    keep_polls boolean NOT NULL,
    keep_media boolean NOT NULL,
    keep_self_fav boolean NOT NULL,
    keep_self_bookmark boolean NOT NULL,
    min_favs integer,
    min_reblogs integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_warning_presets (
    id bigint NOT NULL,
    text text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.account_warnings (
    id bigint NOT NULL,
    account_id bigint,
    target_account_id bigint,
    action integer NOT NULL,
    text text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    report_id bigint,
    status_ids character varying[],
    overruled_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.accounts (
    id bigint NOT NULL,
    username character varying NOT NULL,
    domain character varying,
    private_key text,
    public_key text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    note text NOT NULL,
    display_name character varying NOT NULL,
    uri character varying NOT NULL,
    url character varying,
    avatar_file_name character varying,
    avatar_content_type character varying,
    avatar_file_size integer,
    avatar_updated_at timestamp without time zone,
    header_file_name character varying,
    header_content_type character varying,
    header_file_size integer,
    header_updated_at timestamp without time zone,
    avatar_remote_url character varying,
    locked boolean NOT NULL,
    header_remote_url character varying NOT NULL,
    last_webfingered_at timestamp without time zone,
    inbox_url character varying NOT NULL,
    outbox_url character varying NOT NULL,
    shared_inbox_url character varying NOT NULL,
    followers_url character varying NOT NULL,
    protocol integer NOT NULL,
    memorial boolean NOT NULL,
    moved_to_account_id bigint,
    featured_collection_url character varying,
    fields jsonb,
    actor_type character varying,
    discoverable boolean,
    also_known_as character varying[],
    silenced_at timestamp without time zone,
    suspended_at timestamp without time zone,
    hide_collections boolean,
    avatar_storage_schema_version integer,
    header_storage_schema_version integer,
    sensitized_at timestamp without time zone,
    suspension_origin integer,
    trendable boolean,
    reviewed_at timestamp without time zone,
    requested_review_at timestamp without time zone,
    indexable boolean NOT NULL,
    attribution_domains character varying[],
    following_url character varying NOT NULL,
    id_scheme integer,
    feature_approval_policy integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.accounts_tags (
    account_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    PRIMARY KEY (tag_id, account_id)
);
CREATE TABLE mastodon.admin_action_logs (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    action character varying NOT NULL,
    target_type character varying,
    target_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    human_identifier character varying,
    route_param character varying,
    permalink character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.announcement_mutes (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    announcement_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.announcement_reactions (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    announcement_id bigint NOT NULL,
    name character varying NOT NULL,
    custom_emoji_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.announcements (
    id bigint NOT NULL,
    text text NOT NULL,
    published boolean NOT NULL,
    all_day boolean NOT NULL,
    scheduled_at timestamp without time zone,
    starts_at timestamp without time zone,
    ends_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    published_at timestamp without time zone,
    status_ids bigint[],
    notification_sent_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.annual_report_statuses_per_account_counts (
    id bigint NOT NULL,
    year integer NOT NULL,
    account_id bigint NOT NULL,
    statuses_count bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.appeals (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    account_warning_id bigint NOT NULL,
    text text NOT NULL,
    approved_at timestamp without time zone,
    approved_by_account_id bigint,
    rejected_at timestamp without time zone,
    rejected_by_account_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.backups (
    id bigint NOT NULL,
    user_id bigint,
    dump_file_name character varying,
    dump_content_type character varying,
    dump_updated_at timestamp without time zone,
    processed boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    dump_file_size bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.blocks (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    uri character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.bookmarks (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    status_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.bulk_import_rows (
    id bigint NOT NULL,
    bulk_import_id bigint NOT NULL,
    data jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.bulk_imports (
    id bigint NOT NULL,
    type integer NOT NULL,
    state integer NOT NULL,
    total_items integer NOT NULL,
    imported_items integer NOT NULL,
    processed_items integer NOT NULL,
    finished_at timestamp without time zone,
    overwrite boolean NOT NULL,
    likely_mismatched boolean NOT NULL,
    original_filename character varying NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.canonical_email_blocks (
    id bigint NOT NULL,
    canonical_email_hash character varying NOT NULL,
    reference_account_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.collection_items (
    id bigint NOT NULL,
    collection_id bigint NOT NULL,
    account_id bigint,
    position integer NOT NULL,
    object_uri character varying,
    approval_uri character varying,
    activity_uri character varying,
    approval_last_verified_at timestamp without time zone,
    state integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.collections (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    description text NOT NULL,
    uri character varying,
    local boolean NOT NULL,
    sensitive boolean NOT NULL,
    discoverable boolean NOT NULL,
    tag_id bigint,
    original_number_of_items integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    item_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.conversation_mutes (
    id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    account_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.conversations (
    id bigint NOT NULL,
    uri character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    parent_status_id bigint,
    parent_account_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.custom_emoji_categories (
    id bigint NOT NULL,
    name character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    featured_emoji_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.custom_emojis (
    id bigint NOT NULL,
    shortcode character varying NOT NULL,
    domain character varying,
    image_file_name character varying,
    image_content_type character varying,
    image_file_size integer,
    image_updated_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    disabled boolean NOT NULL,
    uri character varying,
    image_remote_url character varying,
    visible_in_picker boolean NOT NULL,
    category_id bigint,
    image_storage_schema_version integer,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.custom_filter_keywords (
    id bigint NOT NULL,
    custom_filter_id bigint NOT NULL,
    keyword text NOT NULL,
    whole_word boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.custom_filter_statuses (
    id bigint NOT NULL,
    custom_filter_id bigint NOT NULL,
    status_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.custom_filters (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    expires_at timestamp without time zone,
    phrase text NOT NULL,
    context character varying[] NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    action integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.domain_allows (
    id bigint NOT NULL,
    domain character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.domain_blocks (
    id bigint NOT NULL,
    domain character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    severity integer,
    reject_media boolean NOT NULL,
    reject_reports boolean NOT NULL,
    private_comment text,
    public_comment text,
    obfuscate boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.email_domain_blocks (
    id bigint NOT NULL,
    domain character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    parent_id bigint,
    allow_with_approval boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.fasp_backfill_requests (
    id bigint NOT NULL,
    category character varying NOT NULL,
    max_count integer NOT NULL,
    cursor character varying,
    fulfilled boolean NOT NULL,
    fasp_provider_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.fasp_debug_callbacks (
    id bigint NOT NULL,
    fasp_provider_id bigint NOT NULL,
    ip character varying NOT NULL,
    request_body text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.fasp_follow_recommendations (
    id bigint NOT NULL,
    requesting_account_id bigint NOT NULL,
    recommended_account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.fasp_providers (
    id bigint NOT NULL,
    confirmed boolean NOT NULL,
    name character varying NOT NULL,
    base_url character varying NOT NULL,
    sign_in_url character varying,
    remote_identifier character varying NOT NULL,
    provider_public_key_pem character varying NOT NULL,
    server_private_key_pem character varying NOT NULL,
    capabilities jsonb NOT NULL,
    privacy_policy jsonb,
    contact_email character varying,
    fediverse_account character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    delivery_last_failed_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.fasp_subscriptions (
    id bigint NOT NULL,
    category character varying NOT NULL,
    subscription_type character varying NOT NULL,
    max_batch_size integer NOT NULL,
    threshold_timeframe integer,
    threshold_shares integer,
    threshold_likes integer,
    threshold_replies integer,
    fasp_provider_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.favourites (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    status_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.featured_tags (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    statuses_count bigint NOT NULL,
    last_status_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.follow_recommendation_mutes (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.follow_recommendation_suppressions (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.follow_requests (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    show_reblogs boolean NOT NULL,
    uri character varying,
    notify boolean NOT NULL,
    languages character varying[],
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.follows (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    show_reblogs boolean NOT NULL,
    uri character varying,
    notify boolean NOT NULL,
    languages character varying[],
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.generated_annual_reports (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    year integer NOT NULL,
    data jsonb NOT NULL,
    schema_version integer NOT NULL,
    viewed_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    share_key character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.identities (
    id bigint NOT NULL,
    provider character varying NOT NULL,
    uid character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.instance_moderation_notes (
    id bigint NOT NULL,
    domain character varying NOT NULL,
    account_id bigint NOT NULL,
    content text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.invites (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    code character varying NOT NULL,
    expires_at timestamp without time zone,
    max_uses integer,
    uses integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    autofollow boolean NOT NULL,
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.ip_blocks (
    id bigint NOT NULL,
    ip inet NOT NULL,
    severity integer NOT NULL,
    expires_at timestamp without time zone,
    comment text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.list_accounts (
    id bigint NOT NULL,
    list_id bigint NOT NULL,
    account_id bigint NOT NULL,
    follow_id bigint,
    follow_request_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.lists (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    title character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    replies_policy integer NOT NULL,
    exclusive boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.login_activities (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    authentication_method character varying,
    provider character varying,
    success boolean,
    failure_reason character varying,
    ip inet,
    user_agent character varying,
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.markers (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    timeline character varying NOT NULL,
    last_read_id bigint NOT NULL,
    lock_version integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.media_attachments (
    id bigint NOT NULL,
    status_id bigint,
    file_file_name character varying,
    file_content_type character varying,
    file_file_size integer,
    file_updated_at timestamp without time zone,
    remote_url character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    shortcode character varying,
    type integer NOT NULL,
    file_meta json,
    account_id bigint,
    description text,
    scheduled_status_id bigint,
    blurhash character varying,
    processing integer,
    file_storage_schema_version integer,
    thumbnail_file_name character varying,
    thumbnail_content_type character varying,
    thumbnail_file_size integer,
    thumbnail_updated_at timestamp without time zone,
    thumbnail_remote_url character varying,
    thumbnail_storage_schema_version integer,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.mentions (
    id bigint NOT NULL,
    status_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    silent boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.mutes (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    hide_notifications boolean NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    expires_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.notification_permissions (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    from_account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.notification_policies (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    for_not_following integer NOT NULL,
    for_not_followers integer NOT NULL,
    for_new_accounts integer NOT NULL,
    for_private_mentions integer NOT NULL,
    for_limited_accounts integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.notification_requests (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    from_account_id bigint NOT NULL,
    last_status_id bigint,
    notifications_count bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.notifications (
    id bigint NOT NULL,
    activity_id bigint NOT NULL,
    activity_type character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    from_account_id bigint NOT NULL,
    type character varying,
    filtered boolean NOT NULL,
    group_key character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.oauth_access_grants (
    id bigint NOT NULL,
    token character varying NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone,
    scopes character varying,
    application_id bigint NOT NULL,
    resource_owner_id bigint NOT NULL,
    code_challenge character varying,
    code_challenge_method character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.oauth_access_tokens (
    id bigint NOT NULL,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    scopes character varying,
    application_id bigint,
    resource_owner_id bigint,
    last_used_at timestamp without time zone,
    last_used_ip inet,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.oauth_applications (
    id bigint NOT NULL,
    name character varying NOT NULL,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    superapp boolean NOT NULL,
    website character varying,
    owner_type character varying,
    owner_id bigint,
    confidential boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.pghero_space_stats (
    id bigint NOT NULL,
    database text,
    schema text,
    relation text,
    size bigint,
    captured_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.poll_votes (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    poll_id bigint NOT NULL,
    choice integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    uri character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.polls (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    status_id bigint NOT NULL,
    expires_at timestamp without time zone,
    options character varying[] NOT NULL,
    cached_tallies bigint[] NOT NULL,
    multiple boolean NOT NULL,
    hide_totals boolean NOT NULL,
    votes_count bigint NOT NULL,
    last_fetched_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    lock_version integer NOT NULL,
    voters_count bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.preview_card_providers (
    id bigint NOT NULL,
    domain character varying NOT NULL,
    icon_file_name character varying,
    icon_content_type character varying,
    icon_file_size bigint,
    icon_updated_at timestamp without time zone,
    trendable boolean,
    reviewed_at timestamp without time zone,
    requested_review_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.preview_card_trends (
    id bigint NOT NULL,
    preview_card_id bigint NOT NULL,
    score double precision NOT NULL,
    rank integer NOT NULL,
    allowed boolean NOT NULL,
    language character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.preview_cards (
    id bigint NOT NULL,
    url character varying NOT NULL,
    title character varying NOT NULL,
    description character varying NOT NULL,
    image_file_name character varying,
    image_content_type character varying,
    image_file_size integer,
    image_updated_at timestamp without time zone,
    type integer NOT NULL,
    html text NOT NULL,
    author_name character varying NOT NULL,
    author_url character varying NOT NULL,
    provider_name character varying NOT NULL,
    provider_url character varying NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    embed_url character varying NOT NULL,
    image_storage_schema_version integer,
    blurhash character varying,
    language character varying,
    max_score double precision,
    max_score_at timestamp without time zone,
    trendable boolean,
    link_type integer,
    published_at timestamp without time zone,
    image_description character varying NOT NULL,
    author_account_id bigint,
    image_remote_url character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.preview_cards_statuses (
    preview_card_id bigint NOT NULL,
    status_id bigint NOT NULL,
    url character varying,
    PRIMARY KEY (status_id, preview_card_id)
);
CREATE TABLE mastodon.quotes (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    status_id bigint NOT NULL,
    quoted_status_id bigint,
    quoted_account_id bigint,
    state integer NOT NULL,
    approval_uri character varying,
    activity_uri character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    legacy boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.relationship_severance_events (
    id bigint NOT NULL,
    type integer NOT NULL,
    target_name character varying NOT NULL,
    purged boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.relays (
    id bigint NOT NULL,
    inbox_url character varying NOT NULL,
    follow_activity_id character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    state integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.report_notes (
    id bigint NOT NULL,
    content text NOT NULL,
    report_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.reports (
    id bigint NOT NULL,
    status_ids bigint[] NOT NULL,
    comment text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint NOT NULL,
    action_taken_by_account_id bigint,
    target_account_id bigint NOT NULL,
    assigned_account_id bigint,
    uri character varying,
    forwarded boolean,
    category integer NOT NULL,
    action_taken_at timestamp without time zone,
    rule_ids bigint[],
    application_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.rule_translations (
    id bigint NOT NULL,
    text text NOT NULL,
    hint text NOT NULL,
    language character varying NOT NULL,
    rule_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.rules (
    id bigint NOT NULL,
    priority integer NOT NULL,
    deleted_at timestamp without time zone,
    text text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    hint text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.scheduled_statuses (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    scheduled_at timestamp without time zone,
    params jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.session_activations (
    id bigint NOT NULL,
    session_id character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_agent character varying NOT NULL,
    ip inet,
    access_token_id bigint,
    user_id bigint NOT NULL,
    web_push_subscription_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.settings (
    id bigint NOT NULL,
    var character varying NOT NULL,
    value text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.severed_relationships (
    id bigint NOT NULL,
    relationship_severance_event_id bigint NOT NULL,
    local_account_id bigint NOT NULL,
    remote_account_id bigint NOT NULL,
    direction integer NOT NULL,
    show_reblogs boolean,
    notify boolean,
    languages character varying[],
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.site_uploads (
    id bigint NOT NULL,
    var character varying NOT NULL,
    file_file_name character varying,
    file_content_type character varying,
    file_file_size integer,
    file_updated_at timestamp without time zone,
    meta json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    blurhash character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.software_updates (
    id bigint NOT NULL,
    version character varying NOT NULL,
    urgent boolean NOT NULL,
    type integer NOT NULL,
    release_notes character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.status_edits (
    id bigint NOT NULL,
    status_id bigint NOT NULL,
    account_id bigint,
    text text NOT NULL,
    spoiler_text text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    ordered_media_attachment_ids bigint[],
    media_descriptions text[],
    poll_options character varying[],
    sensitive boolean,
    quote_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.status_pins (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    status_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.status_stats (
    id bigint NOT NULL,
    status_id bigint NOT NULL,
    replies_count bigint NOT NULL,
    reblogs_count bigint NOT NULL,
    favourites_count bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    untrusted_favourites_count bigint,
    untrusted_reblogs_count bigint,
    quotes_count bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.status_trends (
    id bigint NOT NULL,
    status_id bigint NOT NULL,
    account_id bigint NOT NULL,
    score double precision NOT NULL,
    rank integer NOT NULL,
    allowed boolean NOT NULL,
    language character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.statuses (
    id bigint NOT NULL,
    uri character varying,
    text text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    in_reply_to_id bigint,
    reblog_of_id bigint,
    url character varying,
    sensitive boolean NOT NULL,
    visibility integer NOT NULL,
    spoiler_text text NOT NULL,
    reply boolean NOT NULL,
    language character varying,
    conversation_id bigint,
    local boolean,
    account_id bigint NOT NULL,
    application_id bigint,
    in_reply_to_account_id bigint,
    poll_id bigint,
    deleted_at timestamp without time zone,
    edited_at timestamp without time zone,
    trendable boolean,
    ordered_media_attachment_ids bigint[],
    fetched_replies_at timestamp without time zone,
    quote_approval_policy integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.statuses_tags (
    status_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    PRIMARY KEY (tag_id, status_id)
);
CREATE TABLE mastodon.tag_follows (
    id bigint NOT NULL,
    tag_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.tag_trends (
    id bigint NOT NULL,
    tag_id bigint NOT NULL,
    score double precision NOT NULL,
    rank integer NOT NULL,
    allowed boolean NOT NULL,
    language character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.tags (
    id bigint NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    usable boolean,
    trendable boolean,
    listable boolean,
    reviewed_at timestamp without time zone,
    requested_review_at timestamp without time zone,
    last_status_at timestamp without time zone,
    max_score double precision,
    max_score_at timestamp without time zone,
    display_name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.terms_of_services (
    id bigint NOT NULL,
    text text NOT NULL,
    changelog text NOT NULL,
    published_at timestamp without time zone,
    notification_sent_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    effective_date date,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.tombstones (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    uri character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    by_moderator boolean,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.unavailable_domains (
    id bigint NOT NULL,
    domain character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.user_invite_requests (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    text text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.user_roles (
    id bigint NOT NULL,
    name character varying NOT NULL,
    color character varying NOT NULL,
    position integer NOT NULL,
    permissions bigint NOT NULL,
    highlighted boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.username_blocks (
    id bigint NOT NULL,
    username character varying NOT NULL,
    normalized_username character varying NOT NULL,
    exact boolean NOT NULL,
    allow_with_approval boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.users (
    id bigint NOT NULL,
    email character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    encrypted_password character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    sign_in_count integer NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    locale character varying,
    consumed_timestep integer,
    otp_required_for_login boolean NOT NULL,
    last_emailed_at timestamp without time zone,
    otp_backup_codes character varying[],
    account_id bigint NOT NULL,
    disabled boolean NOT NULL,
    invite_id bigint,
    chosen_languages character varying[],
    created_by_application_id bigint,
    approved boolean NOT NULL,
    sign_in_token character varying,
    sign_in_token_sent_at timestamp without time zone,
    webauthn_id character varying,
    sign_up_ip inet,
    skip_sign_in_token boolean,
    role_id bigint,
    settings text,
    time_zone character varying,
    otp_secret character varying,
    age_verified_at timestamp without time zone,
    require_tos_interstitial boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.web_push_subscriptions (
    id bigint NOT NULL,
    endpoint character varying NOT NULL,
    key_p256dh character varying NOT NULL,
    key_auth character varying NOT NULL,
    data json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    access_token_id bigint NOT NULL,
    user_id bigint NOT NULL,
    standard boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.web_settings (
    id bigint NOT NULL,
    data json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.webauthn_credentials (
    id bigint NOT NULL,
    external_id character varying NOT NULL,
    public_key character varying NOT NULL,
    nickname character varying NOT NULL,
    sign_count bigint NOT NULL,
    user_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE mastodon.webhooks (
    id bigint NOT NULL,
    url character varying NOT NULL,
    events character varying[] NOT NULL,
    secret character varying NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    template text,
    PRIMARY KEY (id)
);
ALTER TABLE mastodon.account_aliases ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_conversations ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_conversations ADD FOREIGN KEY (conversation_id) REFERENCES mastodon.conversations (id);
ALTER TABLE mastodon.account_deletion_requests ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_domain_blocks ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_migrations ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_migrations ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_moderation_notes ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_moderation_notes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_notes ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_notes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_pins ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_pins ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_relationship_severance_events ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_relationship_severance_events ADD FOREIGN KEY (relationship_severance_event_id) REFERENCES mastodon.relationship_severance_events (id);
ALTER TABLE mastodon.account_stats ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_statuses_cleanup_policies ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_warnings ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_warnings ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.account_warnings ADD FOREIGN KEY (report_id) REFERENCES mastodon.reports (id);
ALTER TABLE mastodon.accounts ADD FOREIGN KEY (moved_to_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.admin_action_logs ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.announcement_mutes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.announcement_mutes ADD FOREIGN KEY (announcement_id) REFERENCES mastodon.announcements (id);
ALTER TABLE mastodon.announcement_reactions ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.announcement_reactions ADD FOREIGN KEY (announcement_id) REFERENCES mastodon.announcements (id);
ALTER TABLE mastodon.announcement_reactions ADD FOREIGN KEY (custom_emoji_id) REFERENCES mastodon.custom_emojis (id);
ALTER TABLE mastodon.appeals ADD FOREIGN KEY (account_warning_id) REFERENCES mastodon.account_warnings (id);
ALTER TABLE mastodon.appeals ADD FOREIGN KEY (approved_by_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.appeals ADD FOREIGN KEY (rejected_by_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.appeals ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.backups ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.blocks ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.blocks ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.bookmarks ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.bookmarks ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.bulk_import_rows ADD FOREIGN KEY (bulk_import_id) REFERENCES mastodon.bulk_imports (id);
ALTER TABLE mastodon.bulk_imports ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.canonical_email_blocks ADD FOREIGN KEY (reference_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.collection_items ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.collection_items ADD FOREIGN KEY (collection_id) REFERENCES mastodon.collections (id);
ALTER TABLE mastodon.collections ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.collections ADD FOREIGN KEY (tag_id) REFERENCES mastodon.tags (id);
ALTER TABLE mastodon.conversation_mutes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.conversation_mutes ADD FOREIGN KEY (conversation_id) REFERENCES mastodon.conversations (id);
ALTER TABLE mastodon.custom_emoji_categories ADD FOREIGN KEY (featured_emoji_id) REFERENCES mastodon.custom_emojis (id);
ALTER TABLE mastodon.custom_filter_keywords ADD FOREIGN KEY (custom_filter_id) REFERENCES mastodon.custom_filters (id);
ALTER TABLE mastodon.custom_filter_statuses ADD FOREIGN KEY (custom_filter_id) REFERENCES mastodon.custom_filters (id);
ALTER TABLE mastodon.custom_filter_statuses ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.custom_filters ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.email_domain_blocks ADD FOREIGN KEY (parent_id) REFERENCES mastodon.email_domain_blocks (id);
ALTER TABLE mastodon.fasp_backfill_requests ADD FOREIGN KEY (fasp_provider_id) REFERENCES mastodon.fasp_providers (id);
ALTER TABLE mastodon.fasp_debug_callbacks ADD FOREIGN KEY (fasp_provider_id) REFERENCES mastodon.fasp_providers (id);
ALTER TABLE mastodon.fasp_follow_recommendations ADD FOREIGN KEY (recommended_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.fasp_follow_recommendations ADD FOREIGN KEY (requesting_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.fasp_subscriptions ADD FOREIGN KEY (fasp_provider_id) REFERENCES mastodon.fasp_providers (id);
ALTER TABLE mastodon.favourites ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.favourites ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.featured_tags ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.featured_tags ADD FOREIGN KEY (tag_id) REFERENCES mastodon.tags (id);
ALTER TABLE mastodon.follow_recommendation_mutes ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.follow_recommendation_mutes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.follow_recommendation_suppressions ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.follow_requests ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.follow_requests ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.follows ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.follows ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.generated_annual_reports ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.identities ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.instance_moderation_notes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.invites ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.list_accounts ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.list_accounts ADD FOREIGN KEY (follow_request_id) REFERENCES mastodon.follow_requests (id);
ALTER TABLE mastodon.list_accounts ADD FOREIGN KEY (follow_id) REFERENCES mastodon.follows (id);
ALTER TABLE mastodon.list_accounts ADD FOREIGN KEY (list_id) REFERENCES mastodon.lists (id);
ALTER TABLE mastodon.lists ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.login_activities ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.markers ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.media_attachments ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.media_attachments ADD FOREIGN KEY (scheduled_status_id) REFERENCES mastodon.scheduled_statuses (id);
ALTER TABLE mastodon.media_attachments ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.mentions ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.mentions ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.mutes ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.mutes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.notification_permissions ADD FOREIGN KEY (from_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.notification_permissions ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.notification_policies ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.notification_requests ADD FOREIGN KEY (from_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.notification_requests ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.notification_requests ADD FOREIGN KEY (last_status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.notifications ADD FOREIGN KEY (from_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.notifications ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.oauth_access_grants ADD FOREIGN KEY (application_id) REFERENCES mastodon.oauth_applications (id);
ALTER TABLE mastodon.oauth_access_grants ADD FOREIGN KEY (resource_owner_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.oauth_access_tokens ADD FOREIGN KEY (application_id) REFERENCES mastodon.oauth_applications (id);
ALTER TABLE mastodon.oauth_access_tokens ADD FOREIGN KEY (resource_owner_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.oauth_applications ADD FOREIGN KEY (owner_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.poll_votes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.poll_votes ADD FOREIGN KEY (poll_id) REFERENCES mastodon.polls (id);
ALTER TABLE mastodon.polls ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.polls ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.preview_card_trends ADD FOREIGN KEY (preview_card_id) REFERENCES mastodon.preview_cards (id);
ALTER TABLE mastodon.preview_cards ADD FOREIGN KEY (author_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.quotes ADD FOREIGN KEY (quoted_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.quotes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.quotes ADD FOREIGN KEY (quoted_status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.quotes ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.report_notes ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.report_notes ADD FOREIGN KEY (report_id) REFERENCES mastodon.reports (id);
ALTER TABLE mastodon.reports ADD FOREIGN KEY (action_taken_by_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.reports ADD FOREIGN KEY (assigned_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.reports ADD FOREIGN KEY (target_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.reports ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.reports ADD FOREIGN KEY (application_id) REFERENCES mastodon.oauth_applications (id);
ALTER TABLE mastodon.rule_translations ADD FOREIGN KEY (rule_id) REFERENCES mastodon.rules (id);
ALTER TABLE mastodon.scheduled_statuses ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.session_activations ADD FOREIGN KEY (access_token_id) REFERENCES mastodon.oauth_access_tokens (id);
ALTER TABLE mastodon.session_activations ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.severed_relationships ADD FOREIGN KEY (local_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.severed_relationships ADD FOREIGN KEY (remote_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.severed_relationships ADD FOREIGN KEY (relationship_severance_event_id) REFERENCES mastodon.relationship_severance_events (id);
ALTER TABLE mastodon.status_edits ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.status_edits ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.status_pins ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.status_pins ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.status_stats ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.status_trends ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.status_trends ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.statuses ADD FOREIGN KEY (in_reply_to_account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.statuses ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.statuses ADD FOREIGN KEY (in_reply_to_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.statuses ADD FOREIGN KEY (reblog_of_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.statuses_tags ADD FOREIGN KEY (status_id) REFERENCES mastodon.statuses (id);
ALTER TABLE mastodon.statuses_tags ADD FOREIGN KEY (tag_id) REFERENCES mastodon.tags (id);
ALTER TABLE mastodon.tag_follows ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.tag_follows ADD FOREIGN KEY (tag_id) REFERENCES mastodon.tags (id);
ALTER TABLE mastodon.tag_trends ADD FOREIGN KEY (tag_id) REFERENCES mastodon.tags (id);
ALTER TABLE mastodon.tombstones ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.user_invite_requests ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.users ADD FOREIGN KEY (account_id) REFERENCES mastodon.accounts (id);
ALTER TABLE mastodon.users ADD FOREIGN KEY (invite_id) REFERENCES mastodon.invites (id);
ALTER TABLE mastodon.users ADD FOREIGN KEY (created_by_application_id) REFERENCES mastodon.oauth_applications (id);
ALTER TABLE mastodon.users ADD FOREIGN KEY (role_id) REFERENCES mastodon.user_roles (id);
ALTER TABLE mastodon.web_push_subscriptions ADD FOREIGN KEY (access_token_id) REFERENCES mastodon.oauth_access_tokens (id);
ALTER TABLE mastodon.web_push_subscriptions ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.web_settings ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
ALTER TABLE mastodon.webauthn_credentials ADD FOREIGN KEY (user_id) REFERENCES mastodon.users (id);
