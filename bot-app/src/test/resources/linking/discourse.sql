-- Discourse, the open-source discussion forum (users with their profiles, e-mails, options, stats, visits, API and
-- auth tokens, second factors and sign-in records from Facebook, GitHub, Google, Twitter, Instagram and OAuth2;
-- categories with their groups, users, tags and featured topics; topics with their posts, tags, links and link
-- clicks, views, timers, invites, allowed users and groups, embeds and per-user state; post actions such as likes,
-- bookmarks and flags, post revisions, replies, uploads and search data; badges and their types and groupings;
-- groups and their members, mentions and histories; notifications, drafts, queued posts, user actions, warnings and
-- staff action logs; incoming links, referers and domains; e-mail logs, incoming e-mails, screened e-mails, IPs and
-- URLs; tags and tag groups; themes, colour schemes, custom emojis, web hooks, search logs and site settings) as a
-- pg_dump of a Discourse database of early 2019 (PostgreSQL 10.6, Discourse about 2.2) shows it: the test schema
-- cli/packages/prisma-db-introspection/src/__tests__/postgres/blackbox/withoutExistingSchema/discourse.ts of
-- github.com/prisma/prisma1 (added in commit 2769ccf, 2019-02-20; Apache-2.0; Discourse itself is GPL-2.0, we use
-- the schema's facts). The SQL in that test's template string was loaded into a scratch PostgreSQL and this file
-- regenerated from its catalog: all 140 tables, their columns and types and primary keys (131 tables;
-- categories_web_hooks, given_daily_likes, groups_web_hooks, post_replies, post_timings, schema_migrations,
-- topic_views, user_options and web_hook_event_types_hooks have none in the dump), schema discourse (public in the
-- dump). The dump declares NO foreign keys (Discourse declares none: topics.category_id, posts.topic_id,
-- posts.user_id, post_actions.post_action_type_id are plain integers) and 7 comments (on posts and topics), kept as
-- they are; the posts comment names the badge_posts view, which is left out like the dump's sequences, defaults,
-- CHECK constraints, unique constraints and indexes, and the hstore and pg_trgm extensions (no column uses hstore).
-- No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS discourse;
CREATE TABLE discourse.api_keys (
    id integer NOT NULL,
    "key" character varying(64) NOT NULL,
    user_id integer,
    created_by_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    allowed_ips inet[],
    hidden boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.application_requests (
    id integer NOT NULL,
    "date" date NOT NULL,
    req_type integer NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.ar_internal_metadata (
    "key" character varying NOT NULL,
    value character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY ("key")
);
CREATE TABLE discourse.badge_groupings (
    id integer NOT NULL,
    name character varying NOT NULL,
    description text,
    "position" integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.badge_types (
    id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.badges (
    id integer NOT NULL,
    name character varying NOT NULL,
    description text,
    badge_type_id integer NOT NULL,
    grant_count integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    allow_title boolean NOT NULL,
    multiple_grant boolean NOT NULL,
    icon character varying,
    listable boolean,
    target_posts boolean,
    query text,
    enabled boolean NOT NULL,
    auto_revoke boolean NOT NULL,
    badge_grouping_id integer NOT NULL,
    trigger integer,
    show_posts boolean NOT NULL,
    system boolean NOT NULL,
    image character varying(255),
    long_description text,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.categories (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    color character varying(6) NOT NULL,
    topic_id integer,
    topic_count integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id integer NOT NULL,
    topics_year integer,
    topics_month integer,
    topics_week integer,
    slug character varying NOT NULL,
    description text,
    text_color character varying(6) NOT NULL,
    read_restricted boolean NOT NULL,
    auto_close_hours double precision,
    post_count integer NOT NULL,
    latest_post_id integer,
    latest_topic_id integer,
    "position" integer,
    parent_category_id integer,
    posts_year integer,
    posts_month integer,
    posts_week integer,
    email_in character varying,
    email_in_allow_strangers boolean,
    topics_day integer,
    posts_day integer,
    allow_badges boolean NOT NULL,
    name_lower character varying(50) NOT NULL,
    auto_close_based_on_last_post boolean,
    topic_template text,
    contains_messages boolean,
    sort_order character varying,
    sort_ascending boolean,
    uploaded_logo_id integer,
    uploaded_background_id integer,
    topic_featured_link_allowed boolean,
    all_topics_wiki boolean NOT NULL,
    show_subcategory_list boolean,
    num_featured_topics integer,
    default_view character varying(50),
    subcategory_list_style character varying(50),
    default_top_period character varying(20),
    mailinglist_mirror boolean NOT NULL,
    suppress_from_latest boolean,
    minimum_required_tags integer,
    navigate_to_first_post_after_read boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.categories_web_hooks (
    web_hook_id integer NOT NULL,
    category_id integer NOT NULL
);
CREATE TABLE discourse.category_custom_fields (
    id integer NOT NULL,
    category_id integer NOT NULL,
    name character varying(256) NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.category_featured_topics (
    category_id integer NOT NULL,
    topic_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    rank integer NOT NULL,
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.category_groups (
    id integer NOT NULL,
    category_id integer NOT NULL,
    group_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    permission_type integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.category_search_data (
    category_id integer NOT NULL,
    search_data tsvector,
    raw_data text,
    locale text,
    version integer,
    PRIMARY KEY (category_id)
);
CREATE TABLE discourse.category_tag_groups (
    id integer NOT NULL,
    category_id integer NOT NULL,
    tag_group_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.category_tag_stats (
    id bigint NOT NULL,
    category_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    topic_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.category_tags (
    id integer NOT NULL,
    category_id integer NOT NULL,
    tag_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.category_users (
    id integer NOT NULL,
    category_id integer NOT NULL,
    user_id integer NOT NULL,
    notification_level integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.child_themes (
    id integer NOT NULL,
    parent_theme_id integer,
    child_theme_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.color_scheme_colors (
    id integer NOT NULL,
    name character varying NOT NULL,
    hex character varying NOT NULL,
    color_scheme_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.color_schemes (
    id integer NOT NULL,
    name character varying NOT NULL,
    version integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    via_wizard boolean NOT NULL,
    base_scheme_id character varying,
    theme_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.custom_emojis (
    id integer NOT NULL,
    name character varying NOT NULL,
    upload_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.developers (
    id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.directory_items (
    id integer NOT NULL,
    period_type integer NOT NULL,
    user_id integer NOT NULL,
    likes_received integer NOT NULL,
    likes_given integer NOT NULL,
    topics_entered integer NOT NULL,
    topic_count integer NOT NULL,
    post_count integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    days_visited integer NOT NULL,
    posts_read integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.draft_sequences (
    id integer NOT NULL,
    user_id integer NOT NULL,
    draft_key character varying NOT NULL,
    sequence integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.drafts (
    id integer NOT NULL,
    user_id integer NOT NULL,
    draft_key character varying NOT NULL,
    data text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    sequence integer NOT NULL,
    revisions integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.email_change_requests (
    id integer NOT NULL,
    user_id integer NOT NULL,
    old_email character varying NOT NULL,
    new_email character varying NOT NULL,
    old_email_token_id integer,
    new_email_token_id integer,
    change_state integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.email_logs (
    id integer NOT NULL,
    to_address character varying NOT NULL,
    email_type character varying NOT NULL,
    user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    post_id integer,
    bounce_key uuid,
    bounced boolean NOT NULL,
    message_id character varying,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.email_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    email character varying NOT NULL,
    token character varying NOT NULL,
    confirmed boolean NOT NULL,
    expired boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.embeddable_hosts (
    id integer NOT NULL,
    host character varying NOT NULL,
    category_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    path_whitelist character varying,
    class_name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.facebook_user_infos (
    id integer NOT NULL,
    user_id integer NOT NULL,
    facebook_user_id bigint NOT NULL,
    username character varying,
    first_name character varying,
    last_name character varying,
    email character varying,
    gender character varying,
    name character varying,
    link character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    avatar_url character varying,
    about_me text,
    location character varying,
    website text,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.github_user_infos (
    id integer NOT NULL,
    user_id integer NOT NULL,
    screen_name character varying NOT NULL,
    github_user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.given_daily_likes (
    user_id integer NOT NULL,
    likes_given integer NOT NULL,
    given_date date NOT NULL,
    limit_reached boolean NOT NULL
);
CREATE TABLE discourse.google_user_infos (
    id integer NOT NULL,
    user_id integer NOT NULL,
    google_user_id character varying NOT NULL,
    first_name character varying,
    last_name character varying,
    email character varying,
    gender character varying,
    name character varying,
    link character varying,
    profile_link character varying,
    picture character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.group_archived_messages (
    id integer NOT NULL,
    group_id integer NOT NULL,
    topic_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.group_custom_fields (
    id integer NOT NULL,
    group_id integer NOT NULL,
    name character varying(256) NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.group_histories (
    id integer NOT NULL,
    group_id integer NOT NULL,
    acting_user_id integer NOT NULL,
    target_user_id integer,
    action integer NOT NULL,
    subject character varying,
    prev_value text,
    new_value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.group_mentions (
    id integer NOT NULL,
    post_id integer,
    group_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.group_users (
    id integer NOT NULL,
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    owner boolean NOT NULL,
    notification_level integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.groups (
    id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    automatic boolean NOT NULL,
    user_count integer NOT NULL,
    automatic_membership_email_domains text,
    automatic_membership_retroactive boolean,
    primary_group boolean NOT NULL,
    title character varying,
    grant_trust_level integer,
    incoming_email character varying,
    has_messages boolean NOT NULL,
    flair_url character varying,
    flair_bg_color character varying,
    flair_color character varying,
    bio_raw text,
    bio_cooked text,
    allow_membership_requests boolean NOT NULL,
    full_name character varying,
    default_notification_level integer NOT NULL,
    visibility_level integer NOT NULL,
    public_exit boolean NOT NULL,
    public_admission boolean NOT NULL,
    membership_request_template text,
    messageable_level integer,
    mentionable_level integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.groups_web_hooks (
    web_hook_id integer NOT NULL,
    group_id integer NOT NULL
);
CREATE TABLE discourse.incoming_domains (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    https boolean NOT NULL,
    port integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.incoming_emails (
    id integer NOT NULL,
    user_id integer,
    topic_id integer,
    post_id integer,
    raw text,
    error text,
    message_id text,
    from_address text,
    to_addresses text,
    cc_addresses text,
    subject text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    rejection_message text,
    is_auto_generated boolean,
    is_bounce boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.incoming_links (
    id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    user_id integer,
    ip_address inet,
    current_user_id integer,
    post_id integer NOT NULL,
    incoming_referer_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.incoming_referers (
    id integer NOT NULL,
    path character varying(1000) NOT NULL,
    incoming_domain_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.instagram_user_infos (
    id integer NOT NULL,
    user_id integer,
    screen_name character varying,
    instagram_user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.invited_groups (
    id integer NOT NULL,
    group_id integer,
    invite_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.invites (
    id integer NOT NULL,
    invite_key character varying(32) NOT NULL,
    email character varying,
    invited_by_id integer NOT NULL,
    user_id integer,
    redeemed_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone,
    deleted_by_id integer,
    invalidated_at timestamp without time zone,
    moderator boolean NOT NULL,
    custom_message text,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.javascript_caches (
    id bigint NOT NULL,
    theme_field_id bigint NOT NULL,
    digest character varying,
    content text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.message_bus (
    id integer NOT NULL,
    name character varying,
    context character varying,
    data text,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.muted_users (
    id integer NOT NULL,
    user_id integer NOT NULL,
    muted_user_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.notifications (
    id integer NOT NULL,
    notification_type integer NOT NULL,
    user_id integer NOT NULL,
    data character varying(1000) NOT NULL,
    read boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    topic_id integer,
    post_number integer,
    post_action_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.oauth2_user_infos (
    id integer NOT NULL,
    user_id integer NOT NULL,
    uid character varying NOT NULL,
    provider character varying NOT NULL,
    email character varying,
    name character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.onceoff_logs (
    id integer NOT NULL,
    job_name character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.optimized_images (
    id integer NOT NULL,
    sha1 character varying(40) NOT NULL,
    extension character varying(10) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    upload_id integer NOT NULL,
    url character varying NOT NULL,
    filesize integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.permalinks (
    id integer NOT NULL,
    url character varying(1000) NOT NULL,
    topic_id integer,
    post_id integer,
    category_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    external_url character varying(1000),
    PRIMARY KEY (id)
);
CREATE TABLE discourse.plugin_store_rows (
    id integer NOT NULL,
    plugin_name character varying NOT NULL,
    "key" character varying NOT NULL,
    type_name character varying NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.post_action_types (
    name_key character varying(50) NOT NULL,
    is_flag boolean NOT NULL,
    icon character varying(20),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    id integer NOT NULL,
    "position" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.post_actions (
    id integer NOT NULL,
    post_id integer NOT NULL,
    user_id integer NOT NULL,
    post_action_type_id integer NOT NULL,
    deleted_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    deleted_by_id integer,
    related_post_id integer,
    staff_took_action boolean NOT NULL,
    deferred_by_id integer,
    targets_topic boolean NOT NULL,
    agreed_at timestamp without time zone,
    agreed_by_id integer,
    deferred_at timestamp without time zone,
    disagreed_at timestamp without time zone,
    disagreed_by_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.post_custom_fields (
    id integer NOT NULL,
    post_id integer NOT NULL,
    name character varying(256) NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.post_details (
    id integer NOT NULL,
    post_id integer,
    "key" character varying,
    value character varying,
    extra text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.post_replies (
    post_id integer,
    reply_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
CREATE TABLE discourse.post_reply_keys (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    post_id integer NOT NULL,
    reply_key uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.post_revisions (
    id integer NOT NULL,
    user_id integer,
    post_id integer,
    modifications text,
    number integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    hidden boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.post_search_data (
    post_id integer NOT NULL,
    search_data tsvector,
    raw_data text,
    locale character varying,
    version integer,
    PRIMARY KEY (post_id)
);
CREATE TABLE discourse.post_stats (
    id integer NOT NULL,
    post_id integer,
    drafts_saved integer,
    typing_duration_msecs integer,
    composer_open_duration_msecs integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.post_timings (
    topic_id integer NOT NULL,
    post_number integer NOT NULL,
    user_id integer NOT NULL,
    msecs integer NOT NULL
);
CREATE TABLE discourse.post_uploads (
    id integer NOT NULL,
    post_id integer NOT NULL,
    upload_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.posts (
    id integer NOT NULL,
    user_id integer,
    topic_id integer NOT NULL,
    post_number integer NOT NULL,
    raw text NOT NULL,
    cooked text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    reply_to_post_number integer,
    reply_count integer NOT NULL,
    quote_count integer NOT NULL,
    deleted_at timestamp without time zone,
    off_topic_count integer NOT NULL,
    like_count integer NOT NULL,
    incoming_link_count integer NOT NULL,
    bookmark_count integer NOT NULL,
    avg_time integer,
    score double precision,
    reads integer NOT NULL,
    post_type integer NOT NULL,
    sort_order integer,
    last_editor_id integer,
    hidden boolean NOT NULL,
    hidden_reason_id integer,
    notify_moderators_count integer NOT NULL,
    spam_count integer NOT NULL,
    illegal_count integer NOT NULL,
    inappropriate_count integer NOT NULL,
    last_version_at timestamp without time zone NOT NULL,
    user_deleted boolean NOT NULL,
    reply_to_user_id integer,
    percent_rank double precision,
    notify_user_count integer NOT NULL,
    like_score integer NOT NULL,
    deleted_by_id integer,
    edit_reason character varying,
    word_count integer,
    version integer NOT NULL,
    cook_method integer NOT NULL,
    wiki boolean NOT NULL,
    baked_at timestamp without time zone,
    baked_version integer,
    hidden_at timestamp without time zone,
    self_edits integer NOT NULL,
    reply_quoted boolean NOT NULL,
    via_email boolean NOT NULL,
    raw_email text,
    public_version integer NOT NULL,
    action_code character varying,
    image_url character varying,
    locked_by_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.push_subscriptions (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    data character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.queued_posts (
    id integer NOT NULL,
    queue character varying NOT NULL,
    state integer NOT NULL,
    user_id integer NOT NULL,
    raw text NOT NULL,
    post_options json NOT NULL,
    topic_id integer,
    approved_by_id integer,
    approved_at timestamp without time zone,
    rejected_by_id integer,
    rejected_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.quoted_posts (
    id integer NOT NULL,
    post_id integer NOT NULL,
    quoted_post_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.remote_themes (
    id integer NOT NULL,
    remote_url character varying NOT NULL,
    remote_version character varying,
    local_version character varying,
    about_url character varying,
    license_url character varying,
    commits_behind integer,
    remote_updated_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    private_key text,
    branch character varying,
    last_error_text text,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.scheduler_stats (
    id integer NOT NULL,
    name character varying NOT NULL,
    hostname character varying NOT NULL,
    pid integer NOT NULL,
    duration_ms integer,
    live_slots_start integer,
    live_slots_finish integer,
    started_at timestamp without time zone NOT NULL,
    success boolean,
    error text,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.schema_migration_details (
    id integer NOT NULL,
    version character varying NOT NULL,
    name character varying,
    hostname character varying,
    git_version character varying,
    rails_version character varying,
    duration integer,
    direction character varying,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.schema_migrations (
    version character varying NOT NULL
);
CREATE TABLE discourse.screened_emails (
    id integer NOT NULL,
    email character varying NOT NULL,
    action_type integer NOT NULL,
    match_count integer NOT NULL,
    last_match_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    ip_address inet,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.screened_ip_addresses (
    id integer NOT NULL,
    ip_address inet NOT NULL,
    action_type integer NOT NULL,
    match_count integer NOT NULL,
    last_match_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.screened_urls (
    id integer NOT NULL,
    url character varying NOT NULL,
    domain character varying NOT NULL,
    action_type integer NOT NULL,
    match_count integer NOT NULL,
    last_match_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    ip_address inet,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.search_logs (
    id integer NOT NULL,
    term character varying NOT NULL,
    user_id integer,
    ip_address inet,
    search_result_id integer,
    search_type integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    search_result_type integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.shared_drafts (
    topic_id integer NOT NULL,
    category_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.single_sign_on_records (
    id integer NOT NULL,
    user_id integer NOT NULL,
    external_id character varying NOT NULL,
    last_payload text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    external_username character varying,
    external_email character varying,
    external_name character varying,
    external_avatar_url character varying(1000),
    external_profile_background_url character varying,
    external_card_background_url character varying,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.site_settings (
    id integer NOT NULL,
    name character varying NOT NULL,
    data_type integer NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.skipped_email_logs (
    id bigint NOT NULL,
    email_type character varying NOT NULL,
    to_address character varying NOT NULL,
    user_id integer,
    post_id integer,
    reason_type integer NOT NULL,
    custom_reason text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.stylesheet_cache (
    id integer NOT NULL,
    target character varying NOT NULL,
    digest character varying NOT NULL,
    content text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    theme_id integer NOT NULL,
    source_map text,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.tag_group_memberships (
    id integer NOT NULL,
    tag_id integer NOT NULL,
    tag_group_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.tag_group_permissions (
    id bigint NOT NULL,
    tag_group_id bigint NOT NULL,
    group_id bigint NOT NULL,
    permission_type integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.tag_groups (
    id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    parent_tag_id integer,
    one_per_topic boolean,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.tag_search_data (
    tag_id integer NOT NULL,
    search_data tsvector,
    raw_data text,
    locale text,
    version integer,
    PRIMARY KEY (tag_id)
);
CREATE TABLE discourse.tag_users (
    id integer NOT NULL,
    tag_id integer NOT NULL,
    user_id integer NOT NULL,
    notification_level integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.tags (
    id integer NOT NULL,
    name character varying NOT NULL,
    topic_count integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    pm_topic_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.theme_fields (
    id integer NOT NULL,
    theme_id integer NOT NULL,
    target_id integer NOT NULL,
    name character varying(30) NOT NULL,
    value text NOT NULL,
    value_baked text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    compiler_version integer NOT NULL,
    error character varying,
    upload_id integer,
    type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.theme_settings (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    data_type integer NOT NULL,
    value text,
    theme_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.themes (
    id integer NOT NULL,
    name character varying NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    compiler_version integer NOT NULL,
    user_selectable boolean NOT NULL,
    hidden boolean NOT NULL,
    color_scheme_id integer,
    remote_theme_id integer,
    component boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.top_topics (
    id integer NOT NULL,
    topic_id integer,
    yearly_posts_count integer NOT NULL,
    yearly_views_count integer NOT NULL,
    yearly_likes_count integer NOT NULL,
    monthly_posts_count integer NOT NULL,
    monthly_views_count integer NOT NULL,
    monthly_likes_count integer NOT NULL,
    weekly_posts_count integer NOT NULL,
    weekly_views_count integer NOT NULL,
    weekly_likes_count integer NOT NULL,
    daily_posts_count integer NOT NULL,
    daily_views_count integer NOT NULL,
    daily_likes_count integer NOT NULL,
    daily_score double precision,
    weekly_score double precision,
    monthly_score double precision,
    yearly_score double precision,
    all_score double precision,
    daily_op_likes_count integer NOT NULL,
    weekly_op_likes_count integer NOT NULL,
    monthly_op_likes_count integer NOT NULL,
    yearly_op_likes_count integer NOT NULL,
    quarterly_posts_count integer NOT NULL,
    quarterly_views_count integer NOT NULL,
    quarterly_likes_count integer NOT NULL,
    quarterly_score double precision,
    quarterly_op_likes_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_allowed_groups (
    id integer NOT NULL,
    group_id integer NOT NULL,
    topic_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_allowed_users (
    id integer NOT NULL,
    user_id integer NOT NULL,
    topic_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_custom_fields (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    name character varying(256) NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_embeds (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    post_id integer NOT NULL,
    embed_url character varying(1000) NOT NULL,
    content_sha1 character varying(40),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone,
    deleted_by_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_invites (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    invite_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_link_clicks (
    id integer NOT NULL,
    topic_link_id integer NOT NULL,
    user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    ip_address inet,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_links (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    post_id integer,
    user_id integer NOT NULL,
    url character varying(500) NOT NULL,
    domain character varying(100) NOT NULL,
    internal boolean NOT NULL,
    link_topic_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    reflection boolean,
    clicks integer NOT NULL,
    link_post_id integer,
    title character varying,
    crawled_at timestamp without time zone,
    quote boolean NOT NULL,
    extension character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_search_data (
    topic_id integer NOT NULL,
    raw_data text,
    locale character varying NOT NULL,
    search_data tsvector,
    version integer,
    PRIMARY KEY (topic_id)
);
CREATE TABLE discourse.topic_tags (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    tag_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_timers (
    id integer NOT NULL,
    execute_at timestamp without time zone NOT NULL,
    status_type integer NOT NULL,
    user_id integer NOT NULL,
    topic_id integer NOT NULL,
    based_on_last_post boolean NOT NULL,
    deleted_at timestamp without time zone,
    deleted_by_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    category_id integer,
    public_type boolean,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_users (
    user_id integer NOT NULL,
    topic_id integer NOT NULL,
    posted boolean NOT NULL,
    last_read_post_number integer,
    highest_seen_post_number integer,
    last_visited_at timestamp without time zone,
    first_visited_at timestamp without time zone,
    notification_level integer NOT NULL,
    notifications_changed_at timestamp without time zone,
    notifications_reason_id integer,
    total_msecs_viewed integer NOT NULL,
    cleared_pinned_at timestamp without time zone,
    id integer NOT NULL,
    last_emailed_post_number integer,
    liked boolean,
    bookmarked boolean,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.topic_views (
    topic_id integer NOT NULL,
    viewed_at date NOT NULL,
    user_id integer,
    ip_address inet
);
CREATE TABLE discourse.topics (
    id integer NOT NULL,
    title character varying NOT NULL,
    last_posted_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    views integer NOT NULL,
    posts_count integer NOT NULL,
    user_id integer,
    last_post_user_id integer NOT NULL,
    reply_count integer NOT NULL,
    featured_user1_id integer,
    featured_user2_id integer,
    featured_user3_id integer,
    avg_time integer,
    deleted_at timestamp without time zone,
    highest_post_number integer NOT NULL,
    image_url character varying,
    like_count integer NOT NULL,
    incoming_link_count integer NOT NULL,
    category_id integer,
    visible boolean NOT NULL,
    moderator_posts_count integer NOT NULL,
    closed boolean NOT NULL,
    archived boolean NOT NULL,
    bumped_at timestamp without time zone NOT NULL,
    has_summary boolean NOT NULL,
    archetype character varying NOT NULL,
    featured_user4_id integer,
    notify_moderators_count integer NOT NULL,
    spam_count integer NOT NULL,
    pinned_at timestamp without time zone,
    score double precision,
    percent_rank double precision NOT NULL,
    subtype character varying,
    slug character varying,
    deleted_by_id integer,
    participant_count integer,
    word_count integer,
    excerpt character varying(1000),
    pinned_globally boolean NOT NULL,
    pinned_until timestamp without time zone,
    fancy_title character varying(400),
    highest_staff_post_number integer NOT NULL,
    featured_link character varying,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.translation_overrides (
    id integer NOT NULL,
    locale character varying NOT NULL,
    translation_key character varying NOT NULL,
    value character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    compiled_js text,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.twitter_user_infos (
    id integer NOT NULL,
    user_id integer NOT NULL,
    screen_name character varying NOT NULL,
    twitter_user_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    email character varying(1000),
    PRIMARY KEY (id)
);
CREATE TABLE discourse.unsubscribe_keys (
    "key" character varying(64) NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    unsubscribe_key_type character varying,
    topic_id integer,
    post_id integer,
    PRIMARY KEY ("key")
);
CREATE TABLE discourse.uploads (
    id integer NOT NULL,
    user_id integer NOT NULL,
    original_filename character varying NOT NULL,
    filesize integer NOT NULL,
    width integer,
    height integer,
    url character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    sha1 character varying(40),
    origin character varying(1000),
    retain_hours integer,
    extension character varying(10),
    thumbnail_width integer,
    thumbnail_height integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_actions (
    id integer NOT NULL,
    action_type integer NOT NULL,
    user_id integer NOT NULL,
    target_topic_id integer,
    target_post_id integer,
    target_user_id integer,
    acting_user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    queued_post_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_api_keys (
    id integer NOT NULL,
    user_id integer NOT NULL,
    client_id character varying NOT NULL,
    "key" character varying NOT NULL,
    application_name character varying NOT NULL,
    push_url character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    revoked_at timestamp without time zone,
    scopes text[] NOT NULL,
    last_used_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_archived_messages (
    id integer NOT NULL,
    user_id integer NOT NULL,
    topic_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_auth_token_logs (
    id integer NOT NULL,
    action character varying NOT NULL,
    user_auth_token_id integer,
    user_id integer,
    client_ip inet,
    user_agent character varying,
    auth_token character varying,
    created_at timestamp without time zone,
    path character varying,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_auth_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    auth_token character varying NOT NULL,
    prev_auth_token character varying NOT NULL,
    user_agent character varying,
    auth_token_seen boolean NOT NULL,
    client_ip inet,
    rotated_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    seen_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_avatars (
    id integer NOT NULL,
    user_id integer NOT NULL,
    custom_upload_id integer,
    gravatar_upload_id integer,
    last_gravatar_download_attempt timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_badges (
    id integer NOT NULL,
    badge_id integer NOT NULL,
    user_id integer NOT NULL,
    granted_at timestamp without time zone NOT NULL,
    granted_by_id integer NOT NULL,
    post_id integer,
    notification_id integer,
    seq integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_custom_fields (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(256) NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_emails (
    id integer NOT NULL,
    user_id integer NOT NULL,
    email character varying(513) NOT NULL,
    "primary" boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_exports (
    id integer NOT NULL,
    file_name character varying NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    upload_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_field_options (
    id integer NOT NULL,
    user_field_id integer NOT NULL,
    value character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_fields (
    id integer NOT NULL,
    name character varying NOT NULL,
    field_type character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    editable boolean NOT NULL,
    description character varying NOT NULL,
    required boolean NOT NULL,
    show_on_profile boolean NOT NULL,
    "position" integer,
    show_on_user_card boolean NOT NULL,
    external_name character varying,
    external_type character varying,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_histories (
    id integer NOT NULL,
    action integer NOT NULL,
    acting_user_id integer,
    target_user_id integer,
    details text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    context character varying,
    ip_address character varying,
    email character varying,
    subject text,
    previous_value text,
    new_value text,
    topic_id integer,
    admin_only boolean,
    post_id integer,
    custom_type character varying,
    category_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_open_ids (
    id integer NOT NULL,
    user_id integer NOT NULL,
    email character varying NOT NULL,
    url character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_options (
    user_id integer NOT NULL,
    email_always boolean NOT NULL,
    mailing_list_mode boolean NOT NULL,
    email_digests boolean,
    email_direct boolean NOT NULL,
    email_private_messages boolean NOT NULL,
    external_links_in_new_tab boolean NOT NULL,
    enable_quoting boolean NOT NULL,
    dynamic_favicon boolean NOT NULL,
    disable_jump_reply boolean NOT NULL,
    automatically_unpin_topics boolean NOT NULL,
    digest_after_minutes integer,
    auto_track_topics_after_msecs integer,
    new_topic_duration_minutes integer,
    last_redirected_to_top_at timestamp without time zone,
    email_previous_replies integer NOT NULL,
    email_in_reply_to boolean NOT NULL,
    like_notification_frequency integer NOT NULL,
    mailing_list_mode_frequency integer NOT NULL,
    include_tl0_in_digests boolean,
    notification_level_when_replying integer,
    theme_key_seq integer NOT NULL,
    allow_private_messages boolean NOT NULL,
    homepage_id integer,
    theme_ids integer[] NOT NULL,
    hide_profile_and_presence boolean NOT NULL
);
CREATE TABLE discourse.user_profile_views (
    id integer NOT NULL,
    user_profile_id integer NOT NULL,
    viewed_at timestamp without time zone NOT NULL,
    ip_address inet,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_profiles (
    user_id integer NOT NULL,
    location character varying,
    website character varying,
    bio_raw text,
    bio_cooked text,
    profile_background character varying(255),
    dismissed_banner_key integer,
    bio_cooked_version integer,
    badge_granted_title boolean,
    card_background character varying(255),
    views integer NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE discourse.user_search_data (
    user_id integer NOT NULL,
    search_data tsvector,
    raw_data text,
    locale text,
    version integer,
    PRIMARY KEY (user_id)
);
CREATE TABLE discourse.user_second_factors (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    method integer NOT NULL,
    data character varying NOT NULL,
    enabled boolean NOT NULL,
    last_used timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_stats (
    user_id integer NOT NULL,
    topics_entered integer NOT NULL,
    time_read integer NOT NULL,
    days_visited integer NOT NULL,
    posts_read_count integer NOT NULL,
    likes_given integer NOT NULL,
    likes_received integer NOT NULL,
    topic_reply_count integer NOT NULL,
    new_since timestamp without time zone NOT NULL,
    read_faq timestamp without time zone,
    first_post_created_at timestamp without time zone,
    post_count integer NOT NULL,
    topic_count integer NOT NULL,
    bounce_score double precision NOT NULL,
    reset_bounce_score_after timestamp without time zone,
    PRIMARY KEY (user_id)
);
CREATE TABLE discourse.user_uploads (
    id bigint NOT NULL,
    upload_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_visits (
    id integer NOT NULL,
    user_id integer NOT NULL,
    visited_at date NOT NULL,
    posts_read integer,
    mobile boolean,
    time_read integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.user_warnings (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    user_id integer NOT NULL,
    created_by_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.users (
    id integer NOT NULL,
    username character varying(60) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    seen_notification_id integer NOT NULL,
    last_posted_at timestamp without time zone,
    password_hash character varying(64),
    salt character varying(32),
    active boolean NOT NULL,
    username_lower character varying(60) NOT NULL,
    last_seen_at timestamp without time zone,
    admin boolean NOT NULL,
    last_emailed_at timestamp without time zone,
    trust_level integer NOT NULL,
    approved boolean NOT NULL,
    approved_by_id integer,
    approved_at timestamp without time zone,
    previous_visit_at timestamp without time zone,
    suspended_at timestamp without time zone,
    suspended_till timestamp without time zone,
    date_of_birth date,
    views integer NOT NULL,
    flag_level integer NOT NULL,
    ip_address inet,
    moderator boolean,
    title character varying,
    uploaded_avatar_id integer,
    locale character varying(10),
    primary_group_id integer,
    registration_ip_address inet,
    staged boolean NOT NULL,
    first_seen_at timestamp without time zone,
    silenced_till timestamp without time zone,
    group_locked_trust_level integer,
    manual_locked_trust_level integer,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.watched_words (
    id integer NOT NULL,
    word character varying NOT NULL,
    action integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.web_crawler_requests (
    id bigint NOT NULL,
    "date" date NOT NULL,
    user_agent character varying NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.web_hook_event_types (
    id integer NOT NULL,
    name character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.web_hook_event_types_hooks (
    web_hook_id integer NOT NULL,
    web_hook_event_type_id integer NOT NULL
);
CREATE TABLE discourse.web_hook_events (
    id integer NOT NULL,
    web_hook_id integer NOT NULL,
    headers character varying,
    payload text,
    status integer,
    response_headers character varying,
    response_body text,
    duration integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE discourse.web_hooks (
    id integer NOT NULL,
    payload_url character varying NOT NULL,
    content_type integer NOT NULL,
    last_delivery_status integer NOT NULL,
    status integer NOT NULL,
    secret character varying,
    wildcard_web_hook boolean NOT NULL,
    verify_certificate boolean NOT NULL,
    active boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
COMMENT ON TABLE discourse.posts IS 'If you want to query public posts only, use the badge_posts view.';
COMMENT ON COLUMN discourse.posts.post_number IS 'The position of this post in the topic. The pair (topic_id, post_number) forms a natural key on the posts table.';
COMMENT ON COLUMN discourse.posts.raw IS 'The raw Markdown that the user entered into the composer.';
COMMENT ON COLUMN discourse.posts.cooked IS 'The processed HTML that is presented in a topic.';
COMMENT ON COLUMN discourse.posts.reply_to_post_number IS 'If this post is a reply to another, this column is the post_number of the post it''s replying to. [FKEY posts.topic_id, posts.post_number]';
COMMENT ON COLUMN discourse.posts.reply_quoted IS 'This column is true if the post contains a quote-reply, which causes the in-reply-to indicator to be absent.';
COMMENT ON TABLE discourse.topics IS 'To query public topics only: SELECT ... FROM topics t LEFT INNER JOIN categories c ON (t.category_id = c.id AND c.read_restricted = false)';
