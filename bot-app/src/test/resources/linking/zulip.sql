-- Zulip Server 12.2, the open-source team chat with channels (streams) and topics (organisations/realms and their
-- domains, emoji, linkifiers, code playgrounds, authentication methods, audit log and exports; users and bots with
-- roles, custom profile fields and values, presence, status, activity, muted users, alert words, drafts, saved
-- snippets, navigation views, onboarding; channels, channel folders, default channels and groups, subscriptions;
-- messages with their per-user flags, reactions, submessages, attachments and image attachments, edit history,
-- archived (deleted) messages; group direct messages (zerver_huddle); followed/muted topics; user groups and
-- group-in-group membership; scheduled messages and reminders, scheduled e-mails; invitations and pre-registrations;
-- push devices, bot services and bot storage; analytics counts per installation, realm, channel and user; Django
-- auth, sessions, content types, social auth and one-time-password devices), as a fresh Zulip Server 12.2 install
-- (docker image ghcr.io/zulip/zulip-server:12.2-0 on PostgreSQL 14) creates it: the pg_dump
-- src/test/resources/docker/zulip.sql of github.com/jamesnetherton/zulip-java-client (commit 6aac571b, the last one
-- touching that file; repository Apache-2.0, Zulip itself Apache-2.0; we use the schema's facts). A one-off script
-- (not committed) kept its CREATE TABLE statements (columns, types, NOT NULLs and CHECK constraints as dumped) and
-- the primary key, unique and foreign key constraints of its ALTER TABLE statements (DEFERRABLE INITIALLY DEFERRED
-- dropped); this file loads cleanly into an empty PostgreSQL 15. Schema zulip, as Zulip itself names it. All 100
-- tables, 100 primary keys, 65 unique constraints and 209 foreign keys (every one points at a primary key). Left out:
-- the data (COPY blocks), owners, identity sequences, column defaults, indexes (plain, unique and pgroonga), the
-- pgroonga extension, text search configurations and dictionaries, functions and triggers. The dump declares no
-- comments, so none here. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS zulip;
CREATE TABLE zulip.analytics_fillstate (
    id bigint NOT NULL,
    property character varying(40) NOT NULL,
    end_time timestamp with time zone NOT NULL,
    state smallint NOT NULL,
    CONSTRAINT analytics_fillstate_state_check CHECK ((state >= 0))
);
CREATE TABLE zulip.analytics_installationcount (
    id bigint NOT NULL,
    property character varying(32) NOT NULL,
    end_time timestamp with time zone NOT NULL,
    value bigint NOT NULL,
    subgroup character varying(16)
);
CREATE TABLE zulip.analytics_realmcount (
    id bigint NOT NULL,
    realm_id integer NOT NULL,
    property character varying(32) NOT NULL,
    end_time timestamp with time zone NOT NULL,
    value bigint NOT NULL,
    subgroup character varying(16)
);
CREATE TABLE zulip.analytics_streamcount (
    id bigint NOT NULL,
    realm_id integer NOT NULL,
    stream_id bigint NOT NULL,
    property character varying(32) NOT NULL,
    end_time timestamp with time zone NOT NULL,
    value bigint NOT NULL,
    subgroup character varying(16)
);
CREATE TABLE zulip.analytics_usercount (
    id bigint NOT NULL,
    realm_id integer NOT NULL,
    user_id integer NOT NULL,
    property character varying(32) NOT NULL,
    end_time timestamp with time zone NOT NULL,
    value bigint NOT NULL,
    subgroup character varying(16)
);
CREATE TABLE zulip.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);
CREATE TABLE zulip.auth_group_permissions (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);
CREATE TABLE zulip.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL
);
CREATE TABLE zulip.confirmation_confirmation (
    id bigint NOT NULL,
    object_id bigint NOT NULL,
    date_sent timestamp with time zone NOT NULL,
    confirmation_key character varying(40) NOT NULL,
    content_type_id integer NOT NULL,
    type smallint NOT NULL,
    realm_id integer,
    expiry_date timestamp with time zone,
    CONSTRAINT confirmation_confirmation_object_id_check CHECK ((object_id >= 0)),
    CONSTRAINT confirmation_confirmation_type_check CHECK ((type >= 0))
);
CREATE TABLE zulip.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL
);
CREATE TABLE zulip.django_migrations (
    id bigint NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);
CREATE TABLE zulip.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);
CREATE TABLE zulip.fts_update_log (
    id integer NOT NULL,
    message_id integer NOT NULL
);
CREATE TABLE zulip.otp_static_staticdevice (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    confirmed boolean NOT NULL,
    user_id integer NOT NULL,
    throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamp with time zone,
    created_at timestamp with time zone,
    last_used_at timestamp with time zone,
    CONSTRAINT otp_static_staticdevice_throttling_failure_count_check CHECK ((throttling_failure_count >= 0))
);
CREATE TABLE zulip.otp_static_statictoken (
    id integer NOT NULL,
    token character varying(16) NOT NULL,
    device_id integer NOT NULL
);
CREATE TABLE zulip.otp_totp_totpdevice (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    confirmed boolean NOT NULL,
    key character varying(80) NOT NULL,
    step smallint NOT NULL,
    t0 bigint NOT NULL,
    digits smallint NOT NULL,
    tolerance smallint NOT NULL,
    drift smallint NOT NULL,
    last_t bigint NOT NULL,
    user_id integer NOT NULL,
    throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamp with time zone,
    created_at timestamp with time zone,
    last_used_at timestamp with time zone,
    CONSTRAINT otp_totp_totpdevice_digits_check CHECK ((digits >= 0)),
    CONSTRAINT otp_totp_totpdevice_step_check CHECK ((step >= 0)),
    CONSTRAINT otp_totp_totpdevice_throttling_failure_count_check CHECK ((throttling_failure_count >= 0)),
    CONSTRAINT otp_totp_totpdevice_tolerance_check CHECK ((tolerance >= 0))
);
CREATE TABLE zulip.social_auth_association (
    id bigint NOT NULL,
    server_url character varying(255) NOT NULL,
    handle character varying(255) NOT NULL,
    secret character varying(255) NOT NULL,
    issued integer NOT NULL,
    lifetime integer NOT NULL,
    assoc_type character varying(64) NOT NULL
);
CREATE TABLE zulip.social_auth_code (
    id bigint NOT NULL,
    email character varying(254) NOT NULL,
    code character varying(32) NOT NULL,
    verified boolean NOT NULL,
    "timestamp" timestamp with time zone NOT NULL
);
CREATE TABLE zulip.social_auth_nonce (
    id bigint NOT NULL,
    server_url character varying(255) NOT NULL,
    "timestamp" integer NOT NULL,
    salt character varying(65) NOT NULL
);
CREATE TABLE zulip.social_auth_partial (
    id bigint NOT NULL,
    token character varying(32) NOT NULL,
    next_step smallint NOT NULL,
    backend character varying(32) NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    data jsonb NOT NULL,
    CONSTRAINT social_auth_partial_next_step_check CHECK ((next_step >= 0))
);
CREATE TABLE zulip.social_auth_usersocialauth (
    id bigint NOT NULL,
    provider character varying(32) NOT NULL,
    uid character varying(255) NOT NULL,
    user_id integer NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    extra_data jsonb NOT NULL,
    CONSTRAINT user_social_auth_uid_required CHECK ((NOT ((uid)::text = ''::text)))
);
CREATE TABLE zulip.third_party_api_results (
    cache_key character varying(255) NOT NULL,
    value text NOT NULL,
    expires timestamp with time zone NOT NULL
);
CREATE TABLE zulip.two_factor_phonedevice (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    confirmed boolean NOT NULL,
    throttling_failure_timestamp timestamp with time zone,
    throttling_failure_count integer NOT NULL,
    number character varying(128) NOT NULL,
    key character varying(40) NOT NULL,
    method character varying(4) NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT two_factor_phonedevice_throttling_failure_count_check CHECK ((throttling_failure_count >= 0))
);
CREATE TABLE zulip.zerver_alertword (
    id bigint NOT NULL,
    word text NOT NULL,
    user_profile_id integer NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_archivedattachment (
    id bigint NOT NULL,
    file_name text NOT NULL,
    path_id text NOT NULL,
    create_time timestamp with time zone NOT NULL,
    size integer NOT NULL,
    content_type text,
    is_realm_public boolean,
    is_web_public boolean,
    owner_id integer NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_archivedattachment_messages (
    id bigint NOT NULL,
    archivedattachment_id bigint NOT NULL,
    archivedmessage_id integer NOT NULL
);
CREATE TABLE zulip.zerver_archivedmessage (
    id integer NOT NULL,
    type smallint NOT NULL,
    subject character varying(60) NOT NULL,
    content text NOT NULL,
    rendered_content text,
    rendered_content_version integer,
    date_sent timestamp with time zone NOT NULL,
    last_edit_time timestamp with time zone,
    edit_history text,
    has_attachment boolean NOT NULL,
    has_image boolean NOT NULL,
    has_link boolean NOT NULL,
    sender_id integer NOT NULL,
    archive_transaction_id bigint NOT NULL,
    sending_client_id integer NOT NULL,
    realm_id integer NOT NULL,
    recipient_id integer NOT NULL,
    is_channel_message boolean NOT NULL,
    CONSTRAINT zerver_archivedmessage_type_check CHECK ((type >= 0))
);
CREATE TABLE zulip.zerver_archivedreaction (
    id bigint NOT NULL,
    emoji_name text NOT NULL,
    reaction_type character varying(30) NOT NULL,
    emoji_code text NOT NULL,
    message_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_archivedsubmessage (
    id bigint NOT NULL,
    msg_type text NOT NULL,
    content text NOT NULL,
    message_id integer NOT NULL,
    sender_id integer NOT NULL
);
CREATE TABLE zulip.zerver_archivedusermessage (
    id bigint NOT NULL,
    flags bigint NOT NULL,
    message_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_archivetransaction (
    id bigint NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    restored boolean NOT NULL,
    restored_timestamp timestamp with time zone,
    type smallint NOT NULL,
    realm_id integer,
    protect_from_deletion boolean NOT NULL,
    CONSTRAINT zerver_archivetransaction_type_check CHECK ((type >= 0))
);
CREATE TABLE zulip.zerver_attachment (
    id bigint NOT NULL,
    file_name text NOT NULL,
    path_id text NOT NULL,
    create_time timestamp with time zone NOT NULL,
    size integer NOT NULL,
    content_type text,
    is_realm_public boolean,
    is_web_public boolean,
    owner_id integer NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_attachment_messages (
    id bigint NOT NULL,
    attachment_id bigint NOT NULL,
    message_id integer NOT NULL
);
CREATE TABLE zulip.zerver_attachment_scheduled_messages (
    id bigint NOT NULL,
    attachment_id bigint NOT NULL,
    scheduledmessage_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_botconfigdata (
    id bigint NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    bot_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_botstoragedata (
    id bigint NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    bot_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_channelemailaddress (
    id bigint NOT NULL,
    email_token character varying(32) NOT NULL,
    date_created timestamp with time zone NOT NULL,
    deactivated boolean NOT NULL,
    channel_id bigint NOT NULL,
    creator_id integer,
    realm_id integer NOT NULL,
    sender_id integer NOT NULL
);
CREATE TABLE zulip.zerver_channelfolder (
    id bigint NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(1024) NOT NULL,
    rendered_description text NOT NULL,
    date_created timestamp with time zone NOT NULL,
    is_archived boolean NOT NULL,
    creator_id integer,
    realm_id integer NOT NULL,
    "order" integer NOT NULL
);
CREATE TABLE zulip.zerver_client (
    id integer NOT NULL,
    name character varying(30) NOT NULL
);
CREATE TABLE zulip.zerver_customprofilefield (
    id bigint NOT NULL,
    name character varying(40) NOT NULL,
    hint character varying(80) NOT NULL,
    "order" integer NOT NULL,
    display_in_profile_summary boolean NOT NULL,
    required boolean NOT NULL,
    field_type smallint NOT NULL,
    field_data text NOT NULL,
    realm_id integer NOT NULL,
    editable_by_user boolean NOT NULL,
    use_for_user_matching boolean NOT NULL,
    CONSTRAINT zerver_customprofilefield_field_type_check CHECK ((field_type >= 0))
);
CREATE TABLE zulip.zerver_customprofilefieldvalue (
    id bigint NOT NULL,
    value text NOT NULL,
    rendered_value text,
    field_id bigint NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_defaultstream (
    id bigint NOT NULL,
    realm_id integer NOT NULL,
    stream_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_defaultstreamgroup (
    id bigint NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(1024) NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_defaultstreamgroup_streams (
    id bigint NOT NULL,
    defaultstreamgroup_id bigint NOT NULL,
    stream_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_device (
    id bigint NOT NULL,
    push_key bytea,
    push_key_id bigint,
    push_token_id bigint,
    pending_push_token_id bigint,
    push_token_last_updated_timestamp timestamp with time zone,
    push_token_kind character varying(4),
    push_registration_error_code character varying(100),
    user_id integer NOT NULL,
    CONSTRAINT push_key_id_lte_max_push_key_id CHECK ((push_key_id <= '4294967295'::bigint)),
    CONSTRAINT zerver_device_push_key_id_check CHECK ((push_key_id >= 0))
);
CREATE TABLE zulip.zerver_draft (
    id bigint NOT NULL,
    topic character varying(60) NOT NULL,
    content text NOT NULL,
    last_edit_time timestamp with time zone NOT NULL,
    user_profile_id integer NOT NULL,
    recipient_id integer
);
CREATE TABLE zulip.zerver_emailchangestatus (
    id bigint NOT NULL,
    new_email character varying(254) NOT NULL,
    old_email character varying(254) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    status integer NOT NULL,
    user_profile_id integer NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_externalauthid (
    id bigint NOT NULL,
    date_created timestamp with time zone NOT NULL,
    external_auth_method_name text NOT NULL,
    external_auth_id text NOT NULL,
    realm_id integer NOT NULL,
    user_id integer NOT NULL
);
CREATE TABLE zulip.zerver_groupgroupmembership (
    id bigint NOT NULL,
    supergroup_id bigint NOT NULL,
    subgroup_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_huddle (
    id bigint NOT NULL,
    huddle_hash character varying(40) NOT NULL,
    recipient_id integer,
    group_size integer NOT NULL
);
CREATE TABLE zulip.zerver_imageattachment (
    id bigint NOT NULL,
    path_id text NOT NULL,
    original_width_px integer NOT NULL,
    original_height_px integer NOT NULL,
    frames integer NOT NULL,
    thumbnail_metadata jsonb NOT NULL,
    realm_id integer NOT NULL,
    content_type text
);
CREATE TABLE zulip.zerver_message (
    id integer NOT NULL,
    type smallint NOT NULL,
    subject character varying(60) NOT NULL,
    content text NOT NULL,
    rendered_content text,
    rendered_content_version integer,
    date_sent timestamp with time zone NOT NULL,
    last_edit_time timestamp with time zone,
    edit_history text,
    has_attachment boolean NOT NULL,
    has_image boolean NOT NULL,
    has_link boolean NOT NULL,
    search_tsvector tsvector,
    sender_id integer NOT NULL,
    sending_client_id integer NOT NULL,
    realm_id integer NOT NULL,
    recipient_id integer NOT NULL,
    is_channel_message boolean NOT NULL,
    CONSTRAINT zerver_message_type_check CHECK ((type >= 0))
);
CREATE TABLE zulip.zerver_missedmessageemailaddress (
    id bigint NOT NULL,
    email_token character varying(34) NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    times_used integer NOT NULL,
    message_id integer NOT NULL,
    user_profile_id integer NOT NULL,
    CONSTRAINT zerver_missedmessageemailaddress_times_used_check CHECK ((times_used >= 0))
);
CREATE TABLE zulip.zerver_multiuseinvite (
    id bigint NOT NULL,
    invited_as smallint NOT NULL,
    include_realm_default_subscriptions boolean NOT NULL,
    status integer NOT NULL,
    referred_by_id integer NOT NULL,
    realm_id integer NOT NULL,
    welcome_message_custom_text text,
    CONSTRAINT zerver_multiuseinvite_invited_as_check CHECK ((invited_as >= 0))
);
CREATE TABLE zulip.zerver_multiuseinvite_groups (
    id bigint NOT NULL,
    multiuseinvite_id bigint NOT NULL,
    namedusergroup_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_multiuseinvite_streams (
    id bigint NOT NULL,
    multiuseinvite_id bigint NOT NULL,
    stream_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_muteduser (
    id bigint NOT NULL,
    date_muted timestamp with time zone NOT NULL,
    muted_user_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_namedusergroup (
    usergroup_ptr_id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description text NOT NULL,
    is_system_group boolean NOT NULL,
    can_mention_group_id bigint NOT NULL,
    realm_id integer NOT NULL,
    can_manage_group_id bigint NOT NULL,
    deactivated boolean NOT NULL,
    creator_id integer,
    date_created timestamp with time zone,
    can_join_group_id bigint NOT NULL,
    can_add_members_group_id bigint NOT NULL,
    can_leave_group_id bigint NOT NULL,
    can_remove_members_group_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_navigationview (
    id bigint NOT NULL,
    fragment text NOT NULL,
    is_pinned boolean NOT NULL,
    name text,
    user_id integer NOT NULL
);
CREATE TABLE zulip.zerver_onboardingstep (
    id bigint NOT NULL,
    onboarding_step character varying(40) NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    user_id integer NOT NULL
);
CREATE TABLE zulip.zerver_onboardingusermessage (
    id bigint NOT NULL,
    flags bigint NOT NULL,
    message_id integer NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_preregistrationrealm (
    id bigint NOT NULL,
    name character varying(40) NOT NULL,
    org_type smallint NOT NULL,
    default_language character varying(50) NOT NULL,
    string_id character varying(40) NOT NULL,
    email character varying(254) NOT NULL,
    status integer NOT NULL,
    created_user_id integer,
    created_realm_id integer,
    data_import_metadata jsonb NOT NULL,
    CONSTRAINT zerver_preregistrationrealm_org_type_check CHECK ((org_type >= 0))
);
CREATE TABLE zulip.zerver_preregistrationuser (
    id bigint NOT NULL,
    email character varying(254) NOT NULL,
    full_name character varying(100),
    full_name_validated boolean NOT NULL,
    notify_referrer_on_join boolean NOT NULL,
    invited_at timestamp with time zone NOT NULL,
    realm_creation boolean NOT NULL,
    password_required boolean NOT NULL,
    status integer NOT NULL,
    invited_as smallint NOT NULL,
    include_realm_default_subscriptions boolean NOT NULL,
    created_user_id integer,
    multiuse_invite_id bigint,
    referred_by_id integer,
    realm_id integer,
    welcome_message_custom_text text,
    is_realm_importer boolean NOT NULL,
    external_auth_id character varying(255),
    external_auth_method_name character varying(100),
    CONSTRAINT zerver_preregistrationuser_invited_as_check CHECK ((invited_as >= 0))
);
CREATE TABLE zulip.zerver_preregistrationuser_groups (
    id bigint NOT NULL,
    preregistrationuser_id bigint NOT NULL,
    namedusergroup_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_preregistrationuser_streams (
    id bigint NOT NULL,
    preregistrationuser_id bigint NOT NULL,
    stream_id bigint NOT NULL
);
CREATE TABLE zulip.zerver_presencesequence (
    id bigint NOT NULL,
    last_update_id bigint NOT NULL,
    realm_id integer NOT NULL,
    CONSTRAINT zerver_presencesequence_last_update_id_check CHECK ((last_update_id >= 0))
);
CREATE TABLE zulip.zerver_pushdevicetoken (
    id bigint NOT NULL,
    kind smallint NOT NULL,
    token character varying(4096) NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    ios_app_id text,
    user_id integer NOT NULL,
    CONSTRAINT zerver_pushdevicetoken_kind_check CHECK ((kind >= 0))
);
CREATE TABLE zulip.zerver_reaction (
    id bigint NOT NULL,
    emoji_name text NOT NULL,
    reaction_type character varying(30) NOT NULL,
    emoji_code text NOT NULL,
    message_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_realm (
    id integer NOT NULL,
    name character varying(40) NOT NULL,
    description text NOT NULL,
    string_id character varying(40) NOT NULL,
    uuid uuid NOT NULL,
    uuid_owner_secret text NOT NULL,
    push_notifications_enabled boolean NOT NULL,
    push_notifications_enabled_end_timestamp timestamp with time zone,
    date_created timestamp with time zone NOT NULL,
    demo_organization_scheduled_deletion_date timestamp with time zone,
    deactivated boolean NOT NULL,
    deactivated_redirect character varying(128),
    emails_restricted_to_domains boolean NOT NULL,
    invite_required boolean NOT NULL,
    max_invites integer,
    disallow_disposable_email_addresses boolean NOT NULL,
    enable_spectator_access boolean NOT NULL,
    want_advertise_in_communities_directory boolean NOT NULL,
    inline_image_preview boolean NOT NULL,
    inline_url_embed_preview boolean NOT NULL,
    digest_emails_enabled boolean NOT NULL,
    digest_weekday smallint NOT NULL,
    send_welcome_emails boolean NOT NULL,
    message_content_allowed_in_email_notifications boolean NOT NULL,
    require_unique_names boolean NOT NULL,
    name_changes_disabled boolean NOT NULL,
    email_changes_disabled boolean NOT NULL,
    avatar_changes_disabled boolean NOT NULL,
    move_messages_within_stream_limit_seconds integer,
    move_messages_between_streams_limit_seconds integer,
    waiting_period_threshold integer NOT NULL,
    message_content_delete_limit_seconds integer,
    allow_message_editing boolean NOT NULL,
    message_content_edit_limit_seconds integer,
    default_language character varying(50) NOT NULL,
    zulip_update_announcements_level integer,
    message_retention_days integer NOT NULL,
    message_visibility_limit integer,
    first_visible_message_id integer NOT NULL,
    org_type smallint NOT NULL,
    plan_type smallint NOT NULL,
    custom_upload_quota_gb integer,
    video_chat_provider smallint NOT NULL,
    jitsi_server_url character varying(200),
    gif_rating_policy smallint NOT NULL,
    default_code_block_language text NOT NULL,
    enable_read_receipts boolean NOT NULL,
    enable_guest_user_indicator boolean NOT NULL,
    icon_source character varying(1) NOT NULL,
    icon_version smallint NOT NULL,
    logo_source character varying(1) NOT NULL,
    logo_version smallint NOT NULL,
    night_logo_source character varying(1) NOT NULL,
    night_logo_version smallint NOT NULL,
    can_access_all_users_group_id bigint NOT NULL,
    can_create_private_channel_group_id bigint NOT NULL,
    can_create_public_channel_group_id bigint NOT NULL,
    can_create_web_public_channel_group_id bigint NOT NULL,
    can_delete_any_message_group_id bigint NOT NULL,
    create_multiuse_invite_group_id bigint NOT NULL,
    direct_message_initiator_group_id bigint NOT NULL,
    direct_message_permission_group_id bigint NOT NULL,
    new_stream_announcements_stream_id bigint,
    signup_announcements_stream_id bigint,
    zulip_update_announcements_stream_id bigint,
    can_delete_own_message_group_id bigint NOT NULL,
    can_create_groups_id bigint NOT NULL,
    can_manage_all_groups_id bigint NOT NULL,
    can_add_custom_emoji_group_id bigint NOT NULL,
    can_move_messages_between_channels_group_id bigint NOT NULL,
    can_move_messages_between_topics_group_id bigint NOT NULL,
    can_invite_users_group_id bigint NOT NULL,
    moderation_request_channel_id bigint,
    scheduled_deletion_date timestamp with time zone,
    can_add_subscribers_group_id bigint NOT NULL,
    can_create_bots_group_id bigint NOT NULL,
    can_create_write_only_bots_group_id bigint NOT NULL,
    enable_guest_user_dm_warning boolean NOT NULL,
    can_summarize_topics_group_id bigint NOT NULL,
    can_mention_many_users_group_id bigint NOT NULL,
    message_edit_history_visibility_policy smallint NOT NULL,
    can_manage_billing_group_id bigint NOT NULL,
    can_resolve_topics_group_id bigint NOT NULL,
    topics_policy smallint NOT NULL,
    can_set_topics_policy_group_id bigint NOT NULL,
    can_set_delete_message_policy_group_id bigint NOT NULL,
    require_e2ee_push_notifications boolean NOT NULL,
    welcome_message_custom_text text NOT NULL,
    send_channel_events_messages boolean NOT NULL,
    owner_full_content_access boolean NOT NULL,
    default_avatar_source character varying(1) NOT NULL,
    rendered_description text,
    rendered_description_version integer,
    media_preview_size smallint NOT NULL,
    workplace_users_group_id bigint NOT NULL,
    CONSTRAINT zerver_realm_giphy_rating_check CHECK ((gif_rating_policy >= 0)),
    CONSTRAINT zerver_realm_icon_version_check CHECK ((icon_version >= 0)),
    CONSTRAINT zerver_realm_logo_version_check CHECK ((logo_version >= 0)),
    CONSTRAINT zerver_realm_media_preview_size_check CHECK ((media_preview_size >= 0)),
    CONSTRAINT zerver_realm_message_content_delete_limit_seconds_check CHECK ((message_content_delete_limit_seconds >= 0)),
    CONSTRAINT zerver_realm_message_content_edit_limit_seconds_check CHECK ((message_content_edit_limit_seconds >= 0)),
    CONSTRAINT zerver_realm_message_edit_history_visibility_policy_check CHECK ((message_edit_history_visibility_policy >= 0)),
    CONSTRAINT zerver_realm_move_messages_between_streams_limit_seconds_check CHECK ((move_messages_between_streams_limit_seconds >= 0)),
    CONSTRAINT zerver_realm_move_messages_within_stream_limit_seconds_check CHECK ((move_messages_within_stream_limit_seconds >= 0)),
    CONSTRAINT zerver_realm_night_logo_version_check CHECK ((night_logo_version >= 0)),
    CONSTRAINT zerver_realm_org_type_check CHECK ((org_type >= 0)),
    CONSTRAINT zerver_realm_plan_type_check CHECK ((plan_type >= 0)),
    CONSTRAINT zerver_realm_topics_policy_check CHECK ((topics_policy >= 0)),
    CONSTRAINT zerver_realm_video_chat_provider_check CHECK ((video_chat_provider >= 0)),
    CONSTRAINT zerver_realm_waiting_period_threshold_check CHECK ((waiting_period_threshold >= 0)),
    CONSTRAINT zerver_realm_zulip_update_announcements_level_check CHECK ((zulip_update_announcements_level >= 0))
);
CREATE TABLE zulip.zerver_realmauditlog (
    id bigint NOT NULL,
    event_time timestamp with time zone NOT NULL,
    backfilled boolean NOT NULL,
    extra_data jsonb NOT NULL,
    event_type smallint NOT NULL,
    event_last_message_id integer,
    acting_user_id integer,
    modified_user_id integer,
    realm_id integer NOT NULL,
    modified_stream_id bigint,
    modified_user_group_id bigint,
    modified_channel_folder_id bigint,
    scrubbed boolean NOT NULL,
    CONSTRAINT zerver_realmauditlog_event_type_check CHECK ((event_type >= 0))
);
CREATE TABLE zulip.zerver_realmauthenticationmethod (
    id bigint NOT NULL,
    name character varying(80) NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_realmcreationstatus (
    id bigint NOT NULL,
    status integer NOT NULL,
    date_created timestamp with time zone NOT NULL,
    presume_email_valid boolean NOT NULL
);
CREATE TABLE zulip.zerver_realmdomain (
    id bigint NOT NULL,
    domain character varying(80) NOT NULL,
    allow_subdomains boolean NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_realmemoji (
    id bigint NOT NULL,
    name text NOT NULL,
    file_name text,
    is_animated boolean NOT NULL,
    deactivated boolean NOT NULL,
    author_id integer NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_realmexport (
    id bigint NOT NULL,
    type smallint NOT NULL,
    status smallint NOT NULL,
    date_requested timestamp with time zone NOT NULL,
    date_started timestamp with time zone,
    date_succeeded timestamp with time zone,
    date_failed timestamp with time zone,
    date_deleted timestamp with time zone,
    export_path text,
    sha256sum_hex character varying(64),
    tarball_size_bytes bigint,
    stats jsonb,
    acting_user_id integer,
    realm_id integer NOT NULL,
    CONSTRAINT zerver_realmexport_status_check CHECK ((status >= 0)),
    CONSTRAINT zerver_realmexport_tarball_size_bytes_check CHECK ((tarball_size_bytes >= 0)),
    CONSTRAINT zerver_realmexport_type_check CHECK ((type >= 0))
);
CREATE TABLE zulip.zerver_realmfilter (
    id bigint NOT NULL,
    pattern text NOT NULL,
    url_template text NOT NULL,
    "order" integer NOT NULL,
    realm_id integer NOT NULL,
    example_input text,
    reverse_template text,
    alternative_url_templates jsonb NOT NULL
);
CREATE TABLE zulip.zerver_realmplayground (
    id bigint NOT NULL,
    url_template text NOT NULL,
    name text NOT NULL,
    pygments_language character varying(40) NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_realmreactivationstatus (
    id bigint NOT NULL,
    status integer NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_realmuserdefault (
    id bigint NOT NULL,
    enter_sends boolean NOT NULL,
    left_side_userlist boolean NOT NULL,
    default_language character varying(50) NOT NULL,
    web_home_view text NOT NULL,
    web_escape_navigates_to_home_view boolean NOT NULL,
    fluid_layout_width boolean NOT NULL,
    high_contrast_mode boolean NOT NULL,
    translate_emoticons boolean NOT NULL,
    display_emoji_reaction_users boolean NOT NULL,
    twenty_four_hour_time boolean NOT NULL,
    starred_message_counts boolean NOT NULL,
    color_scheme smallint NOT NULL,
    web_font_size_px smallint NOT NULL,
    web_line_height_percent smallint NOT NULL,
    web_animate_image_previews text NOT NULL,
    demote_inactive_streams smallint NOT NULL,
    web_mark_read_on_scroll_policy smallint NOT NULL,
    web_channel_default_view smallint NOT NULL,
    emojiset character varying(20) NOT NULL,
    user_list_style smallint NOT NULL,
    web_stream_unreads_count_display_policy smallint NOT NULL,
    web_navigate_to_sent_message boolean NOT NULL,
    email_notifications_batching_period_seconds integer NOT NULL,
    enable_stream_desktop_notifications boolean NOT NULL,
    enable_stream_email_notifications boolean NOT NULL,
    enable_stream_push_notifications boolean NOT NULL,
    enable_stream_audible_notifications boolean NOT NULL,
    notification_sound character varying(20) NOT NULL,
    wildcard_mentions_notify boolean NOT NULL,
    enable_followed_topic_desktop_notifications boolean NOT NULL,
    enable_followed_topic_email_notifications boolean NOT NULL,
    enable_followed_topic_push_notifications boolean NOT NULL,
    enable_followed_topic_audible_notifications boolean NOT NULL,
    enable_followed_topic_wildcard_mentions_notify boolean NOT NULL,
    enable_desktop_notifications boolean NOT NULL,
    pm_content_in_desktop_notifications boolean NOT NULL,
    enable_sounds boolean NOT NULL,
    enable_offline_email_notifications boolean NOT NULL,
    message_content_in_email_notifications boolean NOT NULL,
    enable_offline_push_notifications boolean NOT NULL,
    enable_online_push_notifications boolean NOT NULL,
    desktop_icon_count_display smallint NOT NULL,
    enable_digest_emails boolean NOT NULL,
    enable_login_emails boolean NOT NULL,
    enable_marketing_emails boolean NOT NULL,
    presence_enabled boolean NOT NULL,
    realm_name_in_email_notifications_policy smallint NOT NULL,
    automatically_follow_topics_policy smallint NOT NULL,
    automatically_unmute_topics_in_muted_streams_policy smallint NOT NULL,
    automatically_follow_topics_where_mentioned boolean NOT NULL,
    enable_drafts_synchronization boolean NOT NULL,
    send_stream_typing_notifications boolean NOT NULL,
    send_private_typing_notifications boolean NOT NULL,
    send_read_receipts boolean NOT NULL,
    receives_typing_notifications boolean NOT NULL,
    email_address_visibility smallint NOT NULL,
    realm_id integer NOT NULL,
    allow_private_data_export boolean NOT NULL,
    web_suggest_update_timezone boolean NOT NULL,
    hide_ai_features boolean NOT NULL,
    resolved_topic_notice_auto_read_policy smallint NOT NULL,
    web_left_sidebar_unreads_count_summary boolean NOT NULL,
    web_left_sidebar_show_channel_folders boolean NOT NULL,
    web_inbox_show_channel_folders boolean NOT NULL,
    CONSTRAINT zerver_realmuserdefault_automatically_follow_topics_polic_check CHECK ((automatically_follow_topics_policy >= 0)),
    CONSTRAINT zerver_realmuserdefault_automatically_unmute_topics_in_mu_check CHECK ((automatically_unmute_topics_in_muted_streams_policy >= 0)),
    CONSTRAINT zerver_realmuserdefault_color_scheme_check CHECK ((color_scheme >= 0)),
    CONSTRAINT zerver_realmuserdefault_demote_inactive_streams_check CHECK ((demote_inactive_streams >= 0)),
    CONSTRAINT zerver_realmuserdefault_desktop_icon_count_display_check CHECK ((desktop_icon_count_display >= 0)),
    CONSTRAINT zerver_realmuserdefault_email_address_visibility_check CHECK ((email_address_visibility >= 0)),
    CONSTRAINT zerver_realmuserdefault_realm_name_in_email_notifications_check CHECK ((realm_name_in_email_notifications_policy >= 0)),
    CONSTRAINT zerver_realmuserdefault_resolved_topic_notice_auto_read_p_check CHECK ((resolved_topic_notice_auto_read_policy >= 0)),
    CONSTRAINT zerver_realmuserdefault_user_list_style_check CHECK ((user_list_style >= 0)),
    CONSTRAINT zerver_realmuserdefault_web_font_size_px_check CHECK ((web_font_size_px >= 0)),
    CONSTRAINT zerver_realmuserdefault_web_line_height_percent_check CHECK ((web_line_height_percent >= 0)),
    CONSTRAINT zerver_realmuserdefault_web_stream_unreads_count_display__check CHECK ((web_stream_unreads_count_display_policy >= 0))
);
CREATE TABLE zulip.zerver_recipient (
    id integer NOT NULL,
    type_id integer NOT NULL,
    type smallint NOT NULL,
    CONSTRAINT zerver_recipient_type_check CHECK ((type >= 0))
);
CREATE TABLE zulip.zerver_savedsnippet (
    id bigint NOT NULL,
    title text NOT NULL,
    content text NOT NULL,
    date_created timestamp with time zone NOT NULL,
    realm_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_scheduledemail (
    id bigint NOT NULL,
    scheduled_timestamp timestamp with time zone NOT NULL,
    data text NOT NULL,
    address character varying(254),
    type smallint NOT NULL,
    realm_id integer NOT NULL,
    CONSTRAINT zerver_scheduledemail_type_check CHECK ((type >= 0))
);
CREATE TABLE zulip.zerver_scheduledemail_users (
    id bigint NOT NULL,
    scheduledemail_id bigint NOT NULL,
    userprofile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_scheduledmessage (
    id bigint NOT NULL,
    subject character varying(60) NOT NULL,
    content text NOT NULL,
    rendered_content text NOT NULL,
    scheduled_timestamp timestamp with time zone NOT NULL,
    read_by_sender boolean NOT NULL,
    delivered boolean NOT NULL,
    has_attachment boolean NOT NULL,
    failed boolean NOT NULL,
    failure_message text,
    delivery_type smallint NOT NULL,
    delivered_message_id integer,
    realm_id integer NOT NULL,
    recipient_id integer NOT NULL,
    sender_id integer NOT NULL,
    sending_client_id integer NOT NULL,
    stream_id bigint,
    request_timestamp timestamp with time zone NOT NULL,
    reminder_target_message_id integer,
    reminder_note text,
    CONSTRAINT zerver_scheduledmessage_delivery_type_check CHECK ((delivery_type >= 0))
);
CREATE TABLE zulip.zerver_scheduledmessagenotificationemail (
    id bigint NOT NULL,
    trigger text NOT NULL,
    scheduled_timestamp timestamp with time zone NOT NULL,
    message_id integer NOT NULL,
    user_profile_id integer NOT NULL,
    mentioned_user_group_id bigint
);
CREATE TABLE zulip.zerver_service (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    base_url text NOT NULL,
    token text NOT NULL,
    interface smallint NOT NULL,
    user_profile_id integer NOT NULL,
    CONSTRAINT zerver_service_interface_check CHECK ((interface >= 0))
);
CREATE TABLE zulip.zerver_stream (
    id bigint NOT NULL,
    name character varying(60) NOT NULL,
    date_created timestamp with time zone NOT NULL,
    deactivated boolean NOT NULL,
    description character varying(1024) NOT NULL,
    rendered_description text NOT NULL,
    invite_only boolean NOT NULL,
    history_public_to_subscribers boolean NOT NULL,
    is_web_public boolean NOT NULL,
    message_retention_days integer,
    first_message_id integer,
    can_remove_subscribers_group_id bigint NOT NULL,
    creator_id integer,
    realm_id integer NOT NULL,
    recipient_id integer,
    is_recently_active boolean NOT NULL,
    can_administer_channel_group_id bigint NOT NULL,
    can_send_message_group_id bigint NOT NULL,
    can_add_subscribers_group_id bigint NOT NULL,
    can_subscribe_group_id bigint NOT NULL,
    subscriber_count integer NOT NULL,
    folder_id bigint,
    topics_policy smallint NOT NULL,
    can_move_messages_within_channel_group_id bigint NOT NULL,
    can_move_messages_out_of_channel_group_id bigint NOT NULL,
    can_resolve_topics_group_id bigint NOT NULL,
    can_delete_any_message_group_id bigint NOT NULL,
    can_delete_own_message_group_id bigint NOT NULL,
    can_create_topic_group_id bigint NOT NULL,
    CONSTRAINT zerver_stream_subscriber_count_check CHECK ((subscriber_count >= 0)),
    CONSTRAINT zerver_stream_topics_policy_check CHECK ((topics_policy >= 0))
);
CREATE TABLE zulip.zerver_submessage (
    id bigint NOT NULL,
    msg_type text NOT NULL,
    content text NOT NULL,
    message_id integer NOT NULL,
    sender_id integer NOT NULL
);
CREATE TABLE zulip.zerver_subscription (
    id bigint NOT NULL,
    active boolean NOT NULL,
    is_user_active boolean NOT NULL,
    is_muted boolean NOT NULL,
    color character varying(10) NOT NULL,
    pin_to_top boolean NOT NULL,
    desktop_notifications boolean,
    audible_notifications boolean,
    push_notifications boolean,
    email_notifications boolean,
    wildcard_mentions_notify boolean,
    recipient_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_useractivity (
    id bigint NOT NULL,
    query character varying(50) NOT NULL,
    count integer NOT NULL,
    last_visit timestamp with time zone NOT NULL,
    client_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_useractivityinterval (
    id bigint NOT NULL,
    start timestamp with time zone NOT NULL,
    "end" timestamp with time zone NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_usergroup (
    id bigint NOT NULL,
    realm_id integer NOT NULL
);
CREATE TABLE zulip.zerver_usergroupmembership (
    id bigint NOT NULL,
    user_group_id bigint NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_usermessage (
    id bigint NOT NULL,
    flags bigint NOT NULL,
    message_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_userpresence (
    id bigint NOT NULL,
    last_update_id bigint NOT NULL,
    last_connected_time timestamp with time zone,
    last_active_time timestamp with time zone,
    realm_id integer NOT NULL,
    user_profile_id integer NOT NULL,
    CONSTRAINT zerver_userpresence_last_update_id_check CHECK ((last_update_id >= 0))
);
CREATE TABLE zulip.zerver_userprofile (
    id integer NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    enter_sends boolean NOT NULL,
    left_side_userlist boolean NOT NULL,
    default_language character varying(50) NOT NULL,
    web_home_view text NOT NULL,
    web_escape_navigates_to_home_view boolean NOT NULL,
    fluid_layout_width boolean NOT NULL,
    high_contrast_mode boolean NOT NULL,
    translate_emoticons boolean NOT NULL,
    display_emoji_reaction_users boolean NOT NULL,
    twenty_four_hour_time boolean NOT NULL,
    starred_message_counts boolean NOT NULL,
    color_scheme smallint NOT NULL,
    web_font_size_px smallint NOT NULL,
    web_line_height_percent smallint NOT NULL,
    web_animate_image_previews text NOT NULL,
    demote_inactive_streams smallint NOT NULL,
    web_mark_read_on_scroll_policy smallint NOT NULL,
    web_channel_default_view smallint NOT NULL,
    emojiset character varying(20) NOT NULL,
    user_list_style smallint NOT NULL,
    web_stream_unreads_count_display_policy smallint NOT NULL,
    web_navigate_to_sent_message boolean NOT NULL,
    email_notifications_batching_period_seconds integer NOT NULL,
    enable_stream_desktop_notifications boolean NOT NULL,
    enable_stream_email_notifications boolean NOT NULL,
    enable_stream_push_notifications boolean NOT NULL,
    enable_stream_audible_notifications boolean NOT NULL,
    notification_sound character varying(20) NOT NULL,
    wildcard_mentions_notify boolean NOT NULL,
    enable_followed_topic_desktop_notifications boolean NOT NULL,
    enable_followed_topic_email_notifications boolean NOT NULL,
    enable_followed_topic_push_notifications boolean NOT NULL,
    enable_followed_topic_audible_notifications boolean NOT NULL,
    enable_followed_topic_wildcard_mentions_notify boolean NOT NULL,
    enable_desktop_notifications boolean NOT NULL,
    pm_content_in_desktop_notifications boolean NOT NULL,
    enable_sounds boolean NOT NULL,
    enable_offline_email_notifications boolean NOT NULL,
    message_content_in_email_notifications boolean NOT NULL,
    enable_offline_push_notifications boolean NOT NULL,
    enable_online_push_notifications boolean NOT NULL,
    desktop_icon_count_display smallint NOT NULL,
    enable_digest_emails boolean NOT NULL,
    enable_login_emails boolean NOT NULL,
    enable_marketing_emails boolean NOT NULL,
    presence_enabled boolean NOT NULL,
    realm_name_in_email_notifications_policy smallint NOT NULL,
    automatically_follow_topics_policy smallint NOT NULL,
    automatically_unmute_topics_in_muted_streams_policy smallint NOT NULL,
    automatically_follow_topics_where_mentioned boolean NOT NULL,
    enable_drafts_synchronization boolean NOT NULL,
    send_stream_typing_notifications boolean NOT NULL,
    send_private_typing_notifications boolean NOT NULL,
    send_read_receipts boolean NOT NULL,
    receives_typing_notifications boolean NOT NULL,
    email_address_visibility smallint NOT NULL,
    delivery_email character varying(254) NOT NULL,
    email character varying(254) NOT NULL,
    full_name character varying(100) NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    tos_version character varying(10),
    api_key character varying(32) NOT NULL,
    uuid uuid NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    is_bot boolean NOT NULL,
    bot_type smallint,
    role smallint NOT NULL,
    long_term_idle boolean NOT NULL,
    last_active_message_id integer,
    is_mirror_dummy boolean NOT NULL,
    can_forge_sender boolean NOT NULL,
    can_create_users boolean NOT NULL,
    last_reminder timestamp with time zone,
    rate_limits character varying(100) NOT NULL,
    default_all_public_streams boolean NOT NULL,
    timezone character varying(40) NOT NULL,
    avatar_source character varying(1) NOT NULL,
    avatar_version smallint NOT NULL,
    avatar_hash character varying(64),
    bot_owner_id integer,
    realm_id integer NOT NULL,
    default_events_register_stream_id bigint,
    default_sending_stream_id bigint,
    allow_private_data_export boolean NOT NULL,
    can_change_user_emails boolean NOT NULL,
    web_suggest_update_timezone boolean NOT NULL,
    hide_ai_features boolean NOT NULL,
    resolved_topic_notice_auto_read_policy smallint NOT NULL,
    web_left_sidebar_unreads_count_summary boolean NOT NULL,
    web_left_sidebar_show_channel_folders boolean NOT NULL,
    web_inbox_show_channel_folders boolean NOT NULL,
    is_imported_stub boolean NOT NULL,
    third_party_api_state jsonb,
    is_deleted boolean NOT NULL,
    CONSTRAINT zerver_userprofile_automatically_follow_topics_policy_check CHECK ((automatically_follow_topics_policy >= 0)),
    CONSTRAINT zerver_userprofile_automatically_unmute_topics_in_muted_s_check CHECK ((automatically_unmute_topics_in_muted_streams_policy >= 0)),
    CONSTRAINT zerver_userprofile_avatar_version_check CHECK ((avatar_version >= 0)),
    CONSTRAINT zerver_userprofile_bot_type_check CHECK ((bot_type >= 0)),
    CONSTRAINT zerver_userprofile_color_scheme_check CHECK ((color_scheme >= 0)),
    CONSTRAINT zerver_userprofile_demote_inactive_streams_check CHECK ((demote_inactive_streams >= 0)),
    CONSTRAINT zerver_userprofile_desktop_icon_count_display_check CHECK ((desktop_icon_count_display >= 0)),
    CONSTRAINT zerver_userprofile_email_address_visibility_check CHECK ((email_address_visibility >= 0)),
    CONSTRAINT zerver_userprofile_realm_name_in_email_notifications_poli_check CHECK ((realm_name_in_email_notifications_policy >= 0)),
    CONSTRAINT zerver_userprofile_resolved_topic_notice_auto_read_policy_check CHECK ((resolved_topic_notice_auto_read_policy >= 0)),
    CONSTRAINT zerver_userprofile_role_check CHECK ((role >= 0)),
    CONSTRAINT zerver_userprofile_user_list_style_check CHECK ((user_list_style >= 0)),
    CONSTRAINT zerver_userprofile_web_font_size_px_check CHECK ((web_font_size_px >= 0)),
    CONSTRAINT zerver_userprofile_web_line_height_percent_check CHECK ((web_line_height_percent >= 0)),
    CONSTRAINT zerver_userprofile_web_stream_unreads_count_display_polic_check CHECK ((web_stream_unreads_count_display_policy >= 0))
);
CREATE TABLE zulip.zerver_userprofile_groups (
    id bigint NOT NULL,
    userprofile_id integer NOT NULL,
    group_id integer NOT NULL
);
CREATE TABLE zulip.zerver_userprofile_user_permissions (
    id bigint NOT NULL,
    userprofile_id integer NOT NULL,
    permission_id integer NOT NULL
);
CREATE TABLE zulip.zerver_userstatus (
    id bigint NOT NULL,
    reaction_type character varying(30) NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    emoji_name text NOT NULL,
    emoji_code text NOT NULL,
    status_text character varying(255) NOT NULL,
    client_id integer NOT NULL,
    user_profile_id integer NOT NULL
);
CREATE TABLE zulip.zerver_usertopic (
    id bigint NOT NULL,
    topic_name character varying(60) NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    visibility_policy smallint NOT NULL,
    recipient_id integer NOT NULL,
    stream_id bigint NOT NULL,
    user_profile_id integer NOT NULL
);
ALTER TABLE ONLY zulip.analytics_fillstate ADD CONSTRAINT analytics_fillstate_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.analytics_installationcount ADD CONSTRAINT analytics_installationcount_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.analytics_realmcount ADD CONSTRAINT analytics_realmcount_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.analytics_streamcount ADD CONSTRAINT analytics_streamcount_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.analytics_usercount ADD CONSTRAINT analytics_usercount_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.auth_group_permissions ADD CONSTRAINT auth_group_permissions_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.auth_group ADD CONSTRAINT auth_group_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.auth_permission ADD CONSTRAINT auth_permission_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.confirmation_confirmation ADD CONSTRAINT confirmation_confirmation_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.django_content_type ADD CONSTRAINT django_content_type_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.django_migrations ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.django_session ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);
ALTER TABLE ONLY zulip.fts_update_log ADD CONSTRAINT fts_update_log_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.otp_static_staticdevice ADD CONSTRAINT otp_static_staticdevice_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.otp_static_statictoken ADD CONSTRAINT otp_static_statictoken_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.otp_totp_totpdevice ADD CONSTRAINT otp_totp_totpdevice_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.social_auth_association ADD CONSTRAINT social_auth_association_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.social_auth_code ADD CONSTRAINT social_auth_code_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.social_auth_nonce ADD CONSTRAINT social_auth_nonce_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.social_auth_partial ADD CONSTRAINT social_auth_partial_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.social_auth_usersocialauth ADD CONSTRAINT social_auth_usersocialauth_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.third_party_api_results ADD CONSTRAINT third_party_api_results_pkey PRIMARY KEY (cache_key);
ALTER TABLE ONLY zulip.two_factor_phonedevice ADD CONSTRAINT two_factor_phonedevice_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_alertword ADD CONSTRAINT zerver_alertword_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_archivedattachment_messages ADD CONSTRAINT zerver_archivedattachment_messages_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_archivedattachment ADD CONSTRAINT zerver_archivedattachment_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessage_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_archivedreaction ADD CONSTRAINT zerver_archivedreaction_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_archivedsubmessage ADD CONSTRAINT zerver_archivedsubmessage_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_archivedusermessage ADD CONSTRAINT zerver_archivedusermessage_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_archivetransaction ADD CONSTRAINT zerver_archivetransaction_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_attachment_messages ADD CONSTRAINT zerver_attachment_messages_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_attachment ADD CONSTRAINT zerver_attachment_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_attachment_scheduled_messages ADD CONSTRAINT zerver_attachment_scheduled_messages_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_botconfigdata ADD CONSTRAINT zerver_botconfigdata_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_botstoragedata ADD CONSTRAINT zerver_botstoragedata_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_channelemailaddress ADD CONSTRAINT zerver_channelemailaddress_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_channelfolder ADD CONSTRAINT zerver_channelfolder_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_client ADD CONSTRAINT zerver_client_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_customprofilefield ADD CONSTRAINT zerver_customprofilefield_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_customprofilefieldvalue ADD CONSTRAINT zerver_customprofilefieldvalue_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_defaultstream ADD CONSTRAINT zerver_defaultstream_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_defaultstreamgroup ADD CONSTRAINT zerver_defaultstreamgroup_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_defaultstreamgroup_streams ADD CONSTRAINT zerver_defaultstreamgroup_streams_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_device ADD CONSTRAINT zerver_device_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_draft ADD CONSTRAINT zerver_draft_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_emailchangestatus ADD CONSTRAINT zerver_emailchangestatus_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_externalauthid ADD CONSTRAINT zerver_externalauthid_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_groupgroupmembership ADD CONSTRAINT zerver_groupgroupmembership_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_huddle ADD CONSTRAINT zerver_huddle_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_imageattachment ADD CONSTRAINT zerver_imageattachment_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_message ADD CONSTRAINT zerver_message_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_missedmessageemailaddress ADD CONSTRAINT zerver_missedmessageemailaddress_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite_groups ADD CONSTRAINT zerver_multiuseinvite_groups_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite ADD CONSTRAINT zerver_multiuseinvite_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite_streams ADD CONSTRAINT zerver_multiuseinvite_streams_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_muteduser ADD CONSTRAINT zerver_muteduser_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergroup_pkey PRIMARY KEY (usergroup_ptr_id);
ALTER TABLE ONLY zulip.zerver_navigationview ADD CONSTRAINT zerver_navigationview_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_onboardingstep ADD CONSTRAINT zerver_onboardingstep_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_onboardingusermessage ADD CONSTRAINT zerver_onboardingusermessage_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_preregistrationrealm ADD CONSTRAINT zerver_preregistrationrealm_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser_groups ADD CONSTRAINT zerver_preregistrationuser_groups_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrationuser_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser_streams ADD CONSTRAINT zerver_preregistrationuser_streams_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_presencesequence ADD CONSTRAINT zerver_presencesequence_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_pushdevicetoken ADD CONSTRAINT zerver_pushdevicetoken_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_reaction ADD CONSTRAINT zerver_reaction_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmauthenticationmethod ADD CONSTRAINT zerver_realmauthenticationmethod_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmcreationstatus ADD CONSTRAINT zerver_realmcreationstatus_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmdomain ADD CONSTRAINT zerver_realmdomain_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmemoji ADD CONSTRAINT zerver_realmemoji_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmexport ADD CONSTRAINT zerver_realmexport_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmfilter ADD CONSTRAINT zerver_realmfilter_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmplayground ADD CONSTRAINT zerver_realmplayground_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmreactivationstatus ADD CONSTRAINT zerver_realmreactivationstatus_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_realmuserdefault ADD CONSTRAINT zerver_realmuserdefault_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_recipient ADD CONSTRAINT zerver_recipient_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_savedsnippet ADD CONSTRAINT zerver_savedsnippet_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_scheduledemail ADD CONSTRAINT zerver_scheduledemail_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_scheduledemail_users ADD CONSTRAINT zerver_scheduledemail_users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmessage_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_scheduledmessagenotificationemail ADD CONSTRAINT zerver_scheduledmessagenotificationemail_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_service ADD CONSTRAINT zerver_service_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_submessage ADD CONSTRAINT zerver_submessage_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_subscription ADD CONSTRAINT zerver_subscription_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_useractivity ADD CONSTRAINT zerver_useractivity_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_useractivityinterval ADD CONSTRAINT zerver_useractivityinterval_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_usergroup ADD CONSTRAINT zerver_usergroup_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_usergroupmembership ADD CONSTRAINT zerver_usergroupmembership_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_usermessage ADD CONSTRAINT zerver_usermessage_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_userpresence ADD CONSTRAINT zerver_userpresence_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_userprofile_groups ADD CONSTRAINT zerver_userprofile_groups_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_userprofile ADD CONSTRAINT zerver_userprofile_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_userprofile_user_permissions ADD CONSTRAINT zerver_userprofile_user_permissions_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_userstatus ADD CONSTRAINT zerver_userstatus_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.zerver_usertopic ADD CONSTRAINT zerver_usertopic_pkey PRIMARY KEY (id);
ALTER TABLE ONLY zulip.analytics_fillstate ADD CONSTRAINT analytics_fillstate_property_key UNIQUE (property);
ALTER TABLE ONLY zulip.auth_group ADD CONSTRAINT auth_group_name_key UNIQUE (name);
ALTER TABLE ONLY zulip.auth_group_permissions ADD CONSTRAINT auth_group_permissions_group_id_permission_id_0cd325b0_uniq UNIQUE (group_id, permission_id);
ALTER TABLE ONLY zulip.auth_permission ADD CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename);
ALTER TABLE ONLY zulip.confirmation_confirmation ADD CONSTRAINT confirmation_confirmation_type_confirmation_key_134e405d_uniq UNIQUE (type, confirmation_key);
ALTER TABLE ONLY zulip.django_content_type ADD CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model);
ALTER TABLE ONLY zulip.social_auth_association ADD CONSTRAINT social_auth_association_server_url_handle_078befa2_uniq UNIQUE (server_url, handle);
ALTER TABLE ONLY zulip.social_auth_code ADD CONSTRAINT social_auth_code_email_code_801b2d02_uniq UNIQUE (email, code);
ALTER TABLE ONLY zulip.social_auth_nonce ADD CONSTRAINT social_auth_nonce_server_url_timestamp_salt_f6284463_uniq UNIQUE (server_url, "timestamp", salt);
ALTER TABLE ONLY zulip.social_auth_usersocialauth ADD CONSTRAINT social_auth_usersocialauth_provider_uid_e6b5e668_uniq UNIQUE (provider, uid);
ALTER TABLE ONLY zulip.zerver_alertword ADD CONSTRAINT zerver_alertword_user_profile_id_word_5ef8400f_uniq UNIQUE (user_profile_id, word);
ALTER TABLE ONLY zulip.zerver_archivedattachment_messages ADD CONSTRAINT zerver_archivedattachmen_archivedattachment_id_ar_7e5b0a4e_uniq UNIQUE (archivedattachment_id, archivedmessage_id);
ALTER TABLE ONLY zulip.zerver_archivedattachment ADD CONSTRAINT zerver_archivedattachment_path_id_key UNIQUE (path_id);
ALTER TABLE ONLY zulip.zerver_archivedreaction ADD CONSTRAINT zerver_archivedreaction_user_profile_id_message__03511ba4_uniq UNIQUE (user_profile_id, message_id, reaction_type, emoji_code);
ALTER TABLE ONLY zulip.zerver_archivedusermessage ADD CONSTRAINT zerver_archivedusermessa_user_profile_id_message__80b625d2_uniq UNIQUE (user_profile_id, message_id);
ALTER TABLE ONLY zulip.zerver_attachment_messages ADD CONSTRAINT zerver_attachment_messag_attachment_id_message_id_02062772_uniq UNIQUE (attachment_id, message_id);
ALTER TABLE ONLY zulip.zerver_attachment ADD CONSTRAINT zerver_attachment_path_id_key UNIQUE (path_id);
ALTER TABLE ONLY zulip.zerver_attachment_scheduled_messages ADD CONSTRAINT zerver_attachment_schedu_attachment_id_scheduledm_20edb9b1_uniq UNIQUE (attachment_id, scheduledmessage_id);
ALTER TABLE ONLY zulip.zerver_botconfigdata ADD CONSTRAINT zerver_botconfigdata_bot_profile_id_key_5bc59cb2_uniq UNIQUE (bot_profile_id, key);
ALTER TABLE ONLY zulip.zerver_botstoragedata ADD CONSTRAINT zerver_botstoragedata_bot_profile_id_key_494e4922_uniq UNIQUE (bot_profile_id, key);
ALTER TABLE ONLY zulip.zerver_channelemailaddress ADD CONSTRAINT zerver_channelemailaddre_channel_id_creator_id_se_9bca7f8f_uniq UNIQUE (channel_id, creator_id, sender_id);
ALTER TABLE ONLY zulip.zerver_channelemailaddress ADD CONSTRAINT zerver_channelemailaddress_email_token_key UNIQUE (email_token);
ALTER TABLE ONLY zulip.zerver_client ADD CONSTRAINT zerver_client_name_key UNIQUE (name);
ALTER TABLE ONLY zulip.zerver_customprofilefieldvalue ADD CONSTRAINT zerver_customprofilefiel_user_profile_id_field_id_02f3d266_uniq UNIQUE (user_profile_id, field_id);
ALTER TABLE ONLY zulip.zerver_customprofilefield ADD CONSTRAINT zerver_customprofilefield_realm_id_name_a2c5787c_uniq UNIQUE (realm_id, name);
ALTER TABLE ONLY zulip.zerver_defaultstream ADD CONSTRAINT zerver_defaultstream_realm_id_stream_id_c34840a1_uniq UNIQUE (realm_id, stream_id);
ALTER TABLE ONLY zulip.zerver_defaultstreamgroup_streams ADD CONSTRAINT zerver_defaultstreamgrou_defaultstreamgroup_id_st_726e2497_uniq UNIQUE (defaultstreamgroup_id, stream_id);
ALTER TABLE ONLY zulip.zerver_defaultstreamgroup ADD CONSTRAINT zerver_defaultstreamgroup_realm_id_name_060565f4_uniq UNIQUE (realm_id, name);
ALTER TABLE ONLY zulip.zerver_externalauthid ADD CONSTRAINT zerver_externalauthid_uniq UNIQUE (realm_id, external_auth_method_name, external_auth_id);
ALTER TABLE ONLY zulip.zerver_groupgroupmembership ADD CONSTRAINT zerver_groupgroupmembership_uniq UNIQUE (supergroup_id, subgroup_id);
ALTER TABLE ONLY zulip.zerver_huddle ADD CONSTRAINT zerver_huddle_huddle_hash_key UNIQUE (huddle_hash);
ALTER TABLE ONLY zulip.zerver_huddle ADD CONSTRAINT zerver_huddle_recipient_id_e3e1fadc_uniq UNIQUE (recipient_id);
ALTER TABLE ONLY zulip.zerver_imageattachment ADD CONSTRAINT zerver_imageattachment_path_id_key UNIQUE (path_id);
ALTER TABLE ONLY zulip.zerver_missedmessageemailaddress ADD CONSTRAINT zerver_missedmessageemailaddress_email_token_key UNIQUE (email_token);
ALTER TABLE ONLY zulip.zerver_multiuseinvite_groups ADD CONSTRAINT zerver_multiuseinvite_gr_multiuseinvite_id_namedu_d9ad5782_uniq UNIQUE (multiuseinvite_id, namedusergroup_id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite_streams ADD CONSTRAINT zerver_multiuseinvite_st_multiuseinvite_id_stream_407c06d6_uniq UNIQUE (multiuseinvite_id, stream_id);
ALTER TABLE ONLY zulip.zerver_muteduser ADD CONSTRAINT zerver_muteduser_user_profile_id_muted_user_id_5bfc6940_uniq UNIQUE (user_profile_id, muted_user_id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergroup_realm_id_name_419247c4_uniq UNIQUE (realm_id, name);
ALTER TABLE ONLY zulip.zerver_navigationview ADD CONSTRAINT zerver_navigationview_user_id_fragment_fcab911a_uniq UNIQUE (user_id, fragment);
ALTER TABLE ONLY zulip.zerver_onboardingstep ADD CONSTRAINT zerver_onboardingstep_user_id_onboarding_step_82524e0a_uniq UNIQUE (user_id, onboarding_step);
ALTER TABLE ONLY zulip.zerver_preregistrationuser_groups ADD CONSTRAINT zerver_preregistrationus_preregistrationuser_id_n_d2ef9516_uniq UNIQUE (preregistrationuser_id, namedusergroup_id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser_streams ADD CONSTRAINT zerver_preregistrationus_preregistrationuser_id_s_d8befabf_uniq UNIQUE (preregistrationuser_id, stream_id);
ALTER TABLE ONLY zulip.zerver_presencesequence ADD CONSTRAINT zerver_presencesequence_realm_id_key UNIQUE (realm_id);
ALTER TABLE ONLY zulip.zerver_reaction ADD CONSTRAINT zerver_reaction_user_profile_id_message__c0f00e70_uniq UNIQUE (user_profile_id, message_id, reaction_type, emoji_code);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_string_id_key UNIQUE (string_id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY zulip.zerver_realmauthenticationmethod ADD CONSTRAINT zerver_realmauthenticationmethod_realm_id_name_ba5c43a7_uniq UNIQUE (realm_id, name);
ALTER TABLE ONLY zulip.zerver_realmdomain ADD CONSTRAINT zerver_realmdomain_realm_id_domain_cb8b8d66_uniq UNIQUE (realm_id, domain);
ALTER TABLE ONLY zulip.zerver_realmfilter ADD CONSTRAINT zerver_realmfilter_realm_id_pattern_0f3790a0_uniq UNIQUE (realm_id, pattern);
ALTER TABLE ONLY zulip.zerver_realmplayground ADD CONSTRAINT zerver_realmplayground_realm_id_pygments_langua_1f277901_uniq UNIQUE (realm_id, pygments_language, name);
ALTER TABLE ONLY zulip.zerver_realmuserdefault ADD CONSTRAINT zerver_realmuserdefault_realm_id_key UNIQUE (realm_id);
ALTER TABLE ONLY zulip.zerver_recipient ADD CONSTRAINT zerver_recipient_type_type_id_29712363_uniq UNIQUE (type, type_id);
ALTER TABLE ONLY zulip.zerver_scheduledemail_users ADD CONSTRAINT zerver_scheduledemail_us_scheduledemail_id_userpr_a826ec4f_uniq UNIQUE (scheduledemail_id, userprofile_id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_recipient_id_85263e1b_uniq UNIQUE (recipient_id);
ALTER TABLE ONLY zulip.zerver_subscription ADD CONSTRAINT zerver_subscription_user_profile_id_recipient_id_6051164b_uniq UNIQUE (user_profile_id, recipient_id);
ALTER TABLE ONLY zulip.zerver_externalauthid ADD CONSTRAINT zerver_user_externalauth_uniq UNIQUE (user_id, external_auth_method_name);
ALTER TABLE ONLY zulip.zerver_useractivity ADD CONSTRAINT zerver_useractivity_user_profile_id_client_i_7a77114d_uniq UNIQUE (user_profile_id, client_id, query);
ALTER TABLE ONLY zulip.zerver_usergroupmembership ADD CONSTRAINT zerver_usergroupmembersh_user_group_id_user_profi_5b32ea4b_uniq UNIQUE (user_group_id, user_profile_id);
ALTER TABLE ONLY zulip.zerver_usermessage ADD CONSTRAINT zerver_usermessage_user_profile_id_message_id_4936d0df_uniq UNIQUE (user_profile_id, message_id);
ALTER TABLE ONLY zulip.zerver_userpresence ADD CONSTRAINT zerver_userpresence_user_profile_id_key UNIQUE (user_profile_id);
ALTER TABLE ONLY zulip.zerver_userprofile ADD CONSTRAINT zerver_userprofile_api_key_key UNIQUE (api_key);
ALTER TABLE ONLY zulip.zerver_userprofile_groups ADD CONSTRAINT zerver_userprofile_groups_userprofile_id_group_id_70dd6ca4_uniq UNIQUE (userprofile_id, group_id);
ALTER TABLE ONLY zulip.zerver_userprofile_user_permissions ADD CONSTRAINT zerver_userprofile_user__userprofile_id_permissio_a8b239b6_uniq UNIQUE (userprofile_id, permission_id);
ALTER TABLE ONLY zulip.zerver_userprofile ADD CONSTRAINT zerver_userprofile_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY zulip.zerver_userstatus ADD CONSTRAINT zerver_userstatus_user_profile_id_key UNIQUE (user_profile_id);
ALTER TABLE ONLY zulip.analytics_realmcount ADD CONSTRAINT analytics_realmcount_realm_id_9fccfcfb_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.analytics_streamcount ADD CONSTRAINT analytics_streamcount_realm_id_2e51c13a_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.analytics_streamcount ADD CONSTRAINT analytics_streamcount_stream_id_e1168935_fk_zerver_stream_id FOREIGN KEY (stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.analytics_usercount ADD CONSTRAINT analytics_usercount_realm_id_7215e926_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.analytics_usercount ADD CONSTRAINT analytics_usercount_user_id_2e9aca8a_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.auth_group_permissions ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES zulip.auth_permission(id);
ALTER TABLE ONLY zulip.auth_group_permissions ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES zulip.auth_group(id);
ALTER TABLE ONLY zulip.auth_permission ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES zulip.django_content_type(id);
ALTER TABLE ONLY zulip.confirmation_confirmation ADD CONSTRAINT confirmation_confirm_content_type_id_a55c95ef_fk_django_co FOREIGN KEY (content_type_id) REFERENCES zulip.django_content_type(id);
ALTER TABLE ONLY zulip.confirmation_confirmation ADD CONSTRAINT confirmation_confirmation_realm_id_80c5f350_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.otp_static_staticdevice ADD CONSTRAINT otp_static_staticdev_user_id_7f9cff2b_fk_zerver_us FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.otp_static_statictoken ADD CONSTRAINT otp_static_statictok_device_id_74b7c7d1_fk_otp_stati FOREIGN KEY (device_id) REFERENCES zulip.otp_static_staticdevice(id);
ALTER TABLE ONLY zulip.otp_totp_totpdevice ADD CONSTRAINT otp_totp_totpdevice_user_id_0fb18292_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.social_auth_usersocialauth ADD CONSTRAINT social_auth_usersoci_user_id_17d28448_fk_zerver_us FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.two_factor_phonedevice ADD CONSTRAINT two_factor_phonedevi_user_id_54718003_fk_zerver_us FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_alertword ADD CONSTRAINT zerver_alertword_realm_id_feaa54a2_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_alertword ADD CONSTRAINT zerver_alertword_user_profile_id_03150ab2_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_archivedattachment_messages ADD CONSTRAINT zerver_archivedattac_archivedattachment_i_1b7d6694_fk_zerver_ar FOREIGN KEY (archivedattachment_id) REFERENCES zulip.zerver_archivedattachment(id);
ALTER TABLE ONLY zulip.zerver_archivedattachment_messages ADD CONSTRAINT zerver_archivedattac_archivedmessage_id_e67eb490_fk_zerver_ar FOREIGN KEY (archivedmessage_id) REFERENCES zulip.zerver_archivedmessage(id);
ALTER TABLE ONLY zulip.zerver_archivedattachment ADD CONSTRAINT zerver_archivedattac_owner_id_abd89ced_fk_zerver_us FOREIGN KEY (owner_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_archivedattachment ADD CONSTRAINT zerver_archivedattachment_realm_id_95fb78cc_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessa_archive_transaction__3f0a7f7b_fk_zerver_ar FOREIGN KEY (archive_transaction_id) REFERENCES zulip.zerver_archivetransaction(id);
ALTER TABLE ONLY zulip.zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessa_recipient_id_2d004795_fk_zerver_re FOREIGN KEY (recipient_id) REFERENCES zulip.zerver_recipient(id);
ALTER TABLE ONLY zulip.zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessa_sender_id_1bb891e6_fk_zerver_us FOREIGN KEY (sender_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessa_sending_client_id_0f31bdd0_fk_zerver_cl FOREIGN KEY (sending_client_id) REFERENCES zulip.zerver_client(id);
ALTER TABLE ONLY zulip.zerver_archivedmessage ADD CONSTRAINT zerver_archivedmessage_realm_id_fab86889_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_archivedreaction ADD CONSTRAINT zerver_archivedreact_message_id_080a41fe_fk_zerver_ar FOREIGN KEY (message_id) REFERENCES zulip.zerver_archivedmessage(id);
ALTER TABLE ONLY zulip.zerver_archivedreaction ADD CONSTRAINT zerver_archivedreact_user_profile_id_4cb7a2cc_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_archivedsubmessage ADD CONSTRAINT zerver_archivedsubme_message_id_e20a2a2d_fk_zerver_ar FOREIGN KEY (message_id) REFERENCES zulip.zerver_archivedmessage(id);
ALTER TABLE ONLY zulip.zerver_archivedsubmessage ADD CONSTRAINT zerver_archivedsubme_sender_id_c197a583_fk_zerver_us FOREIGN KEY (sender_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_archivedusermessage ADD CONSTRAINT zerver_archiveduserm_message_id_5ef4f254_fk_zerver_ar FOREIGN KEY (message_id) REFERENCES zulip.zerver_archivedmessage(id);
ALTER TABLE ONLY zulip.zerver_archivedusermessage ADD CONSTRAINT zerver_archiveduserm_user_profile_id_1fe3817a_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_archivetransaction ADD CONSTRAINT zerver_archivetransaction_realm_id_81a3b8dd_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_attachment_messages ADD CONSTRAINT zerver_attachment_me_attachment_id_eb4e59c0_fk_zerver_at FOREIGN KEY (attachment_id) REFERENCES zulip.zerver_attachment(id);
ALTER TABLE ONLY zulip.zerver_attachment_messages ADD CONSTRAINT zerver_attachment_me_message_id_c5e566fb_fk_zerver_me FOREIGN KEY (message_id) REFERENCES zulip.zerver_message(id);
ALTER TABLE ONLY zulip.zerver_attachment ADD CONSTRAINT zerver_attachment_owner_id_b40072c4_fk_zerver_userprofile_id FOREIGN KEY (owner_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_attachment ADD CONSTRAINT zerver_attachment_realm_id_f8e3c906_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_attachment_scheduled_messages ADD CONSTRAINT zerver_attachment_sc_attachment_id_03da128c_fk_zerver_at FOREIGN KEY (attachment_id) REFERENCES zulip.zerver_attachment(id);
ALTER TABLE ONLY zulip.zerver_attachment_scheduled_messages ADD CONSTRAINT zerver_attachment_sc_scheduledmessage_id_27c3f026_fk_zerver_sc FOREIGN KEY (scheduledmessage_id) REFERENCES zulip.zerver_scheduledmessage(id);
ALTER TABLE ONLY zulip.zerver_botconfigdata ADD CONSTRAINT zerver_botconfigdata_bot_profile_id_9e645648_fk_zerver_us FOREIGN KEY (bot_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_botstoragedata ADD CONSTRAINT zerver_botstoragedat_bot_profile_id_69e55d89_fk_zerver_us FOREIGN KEY (bot_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_channelemailaddress ADD CONSTRAINT zerver_channelemaila_channel_id_1510d1fc_fk_zerver_st FOREIGN KEY (channel_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_channelemailaddress ADD CONSTRAINT zerver_channelemaila_creator_id_9ff113fe_fk_zerver_us FOREIGN KEY (creator_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_channelemailaddress ADD CONSTRAINT zerver_channelemaila_sender_id_05370b5c_fk_zerver_us FOREIGN KEY (sender_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_channelemailaddress ADD CONSTRAINT zerver_channelemailaddress_realm_id_5d78bd6b_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_channelfolder ADD CONSTRAINT zerver_channelfolder_creator_id_2ef63f8d_fk_zerver_us FOREIGN KEY (creator_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_channelfolder ADD CONSTRAINT zerver_channelfolder_realm_id_926bf4b5_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_customprofilefieldvalue ADD CONSTRAINT zerver_customprofile_field_id_00409129_fk_zerver_cu FOREIGN KEY (field_id) REFERENCES zulip.zerver_customprofilefield(id);
ALTER TABLE ONLY zulip.zerver_customprofilefieldvalue ADD CONSTRAINT zerver_customprofile_user_profile_id_24d4820f_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_customprofilefield ADD CONSTRAINT zerver_customprofilefield_realm_id_b0de0439_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_defaultstreamgroup_streams ADD CONSTRAINT zerver_defaultstream_defaultstreamgroup_i_bd9739b9_fk_zerver_de FOREIGN KEY (defaultstreamgroup_id) REFERENCES zulip.zerver_defaultstreamgroup(id);
ALTER TABLE ONLY zulip.zerver_defaultstream ADD CONSTRAINT zerver_defaultstream_realm_id_b5f0faf3_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_defaultstreamgroup_streams ADD CONSTRAINT zerver_defaultstream_stream_id_9844331d_fk_zerver_st FOREIGN KEY (stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_defaultstream ADD CONSTRAINT zerver_defaultstream_stream_id_9a8e0616_fk_zerver_stream_id FOREIGN KEY (stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_defaultstreamgroup ADD CONSTRAINT zerver_defaultstreamgroup_realm_id_b15f3495_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_device ADD CONSTRAINT zerver_device_user_id_0420cd51_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_draft ADD CONSTRAINT zerver_draft_recipient_id_b9b91732_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zulip.zerver_recipient(id);
ALTER TABLE ONLY zulip.zerver_draft ADD CONSTRAINT zerver_draft_user_profile_id_4a215f11_fk_zerver_userprofile_id FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_emailchangestatus ADD CONSTRAINT zerver_emailchangest_user_profile_id_908b1af2_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_emailchangestatus ADD CONSTRAINT zerver_emailchangestatus_realm_id_a68b9be8_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_externalauthid ADD CONSTRAINT zerver_externalauthid_realm_id_ea4a0d13_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_externalauthid ADD CONSTRAINT zerver_externalauthid_user_id_eac79da4_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_groupgroupmembership ADD CONSTRAINT zerver_groupgroupmem_subgroup_id_3ec521bb_fk_zerver_na FOREIGN KEY (subgroup_id) REFERENCES zulip.zerver_namedusergroup(usergroup_ptr_id);
ALTER TABLE ONLY zulip.zerver_groupgroupmembership ADD CONSTRAINT zerver_groupgroupmem_supergroup_id_3874b6ef_fk_zerver_us FOREIGN KEY (supergroup_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_huddle ADD CONSTRAINT zerver_huddle_recipient_id_e3e1fadc_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zulip.zerver_recipient(id);
ALTER TABLE ONLY zulip.zerver_imageattachment ADD CONSTRAINT zerver_imageattachment_realm_id_297cef1f_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_message ADD CONSTRAINT zerver_message_realm_id_849a39c8_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_message ADD CONSTRAINT zerver_message_recipient_id_5a7b6f03_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zulip.zerver_recipient(id);
ALTER TABLE ONLY zulip.zerver_message ADD CONSTRAINT zerver_message_sender_id_77b89151_fk_zerver_userprofile_id FOREIGN KEY (sender_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_message ADD CONSTRAINT zerver_message_sending_client_id_1c38413f_fk_zerver_client_id FOREIGN KEY (sending_client_id) REFERENCES zulip.zerver_client(id);
ALTER TABLE ONLY zulip.zerver_missedmessageemailaddress ADD CONSTRAINT zerver_missedmessage_message_id_98361e8c_fk_zerver_me FOREIGN KEY (message_id) REFERENCES zulip.zerver_message(id);
ALTER TABLE ONLY zulip.zerver_missedmessageemailaddress ADD CONSTRAINT zerver_missedmessage_user_profile_id_2d530260_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite_streams ADD CONSTRAINT zerver_multiuseinvit_multiuseinvite_id_be033d7f_fk_zerver_mu FOREIGN KEY (multiuseinvite_id) REFERENCES zulip.zerver_multiuseinvite(id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite_groups ADD CONSTRAINT zerver_multiuseinvit_multiuseinvite_id_c4ae2eaf_fk_zerver_mu FOREIGN KEY (multiuseinvite_id) REFERENCES zulip.zerver_multiuseinvite(id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite_groups ADD CONSTRAINT zerver_multiuseinvit_namedusergroup_id_db3a6bc2_fk_zerver_na FOREIGN KEY (namedusergroup_id) REFERENCES zulip.zerver_namedusergroup(usergroup_ptr_id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite ADD CONSTRAINT zerver_multiuseinvit_referred_by_id_8970bd5c_fk_zerver_us FOREIGN KEY (referred_by_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite_streams ADD CONSTRAINT zerver_multiuseinvit_stream_id_2cb97168_fk_zerver_st FOREIGN KEY (stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_multiuseinvite ADD CONSTRAINT zerver_multiuseinvite_realm_id_8eb19d52_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_muteduser ADD CONSTRAINT zerver_muteduser_muted_user_id_d4b66dff_fk_zerver_us FOREIGN KEY (muted_user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_muteduser ADD CONSTRAINT zerver_muteduser_user_profile_id_aeb57a40_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergrou_can_add_members_grou_0767fb27_fk_zerver_us FOREIGN KEY (can_add_members_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergrou_can_join_group_id_bf53b7e9_fk_zerver_us FOREIGN KEY (can_join_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergrou_can_leave_group_id_389c15f4_fk_zerver_us FOREIGN KEY (can_leave_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergrou_can_manage_group_id_32c7cdf2_fk_zerver_us FOREIGN KEY (can_manage_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergrou_can_mention_group_id_39bf278e_fk_zerver_us FOREIGN KEY (can_mention_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergrou_can_remove_members_g_28ef9252_fk_zerver_us FOREIGN KEY (can_remove_members_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergrou_creator_id_c8fde7ca_fk_zerver_us FOREIGN KEY (creator_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergrou_usergroup_ptr_id_684bf3ca_fk_zerver_us FOREIGN KEY (usergroup_ptr_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_namedusergroup ADD CONSTRAINT zerver_namedusergroup_realm_id_f1b966ff_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_navigationview ADD CONSTRAINT zerver_navigationview_user_id_0e83ad98_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_onboardingstep ADD CONSTRAINT zerver_onboardingstep_user_id_3ced3a3a_fk_zerver_userprofile_id FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_onboardingusermessage ADD CONSTRAINT zerver_onboardinguse_message_id_ec6c709e_fk_zerver_me FOREIGN KEY (message_id) REFERENCES zulip.zerver_message(id);
ALTER TABLE ONLY zulip.zerver_onboardingusermessage ADD CONSTRAINT zerver_onboardinguse_realm_id_ef89682e_fk_zerver_re FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_preregistrationrealm ADD CONSTRAINT zerver_preregistrati_created_realm_id_0c7c7c75_fk_zerver_re FOREIGN KEY (created_realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrati_created_user_id_2c23181e_fk_zerver_us FOREIGN KEY (created_user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_preregistrationrealm ADD CONSTRAINT zerver_preregistrati_created_user_id_6d6d4d55_fk_zerver_us FOREIGN KEY (created_user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrati_multiuse_invite_id_7747603e_fk_zerver_mu FOREIGN KEY (multiuse_invite_id) REFERENCES zulip.zerver_multiuseinvite(id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser_groups ADD CONSTRAINT zerver_preregistrati_namedusergroup_id_6d9d3d4c_fk_zerver_na FOREIGN KEY (namedusergroup_id) REFERENCES zulip.zerver_namedusergroup(usergroup_ptr_id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser_streams ADD CONSTRAINT zerver_preregistrati_preregistrationuser__332ca855_fk_zerver_pr FOREIGN KEY (preregistrationuser_id) REFERENCES zulip.zerver_preregistrationuser(id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser_groups ADD CONSTRAINT zerver_preregistrati_preregistrationuser__d806111d_fk_zerver_pr FOREIGN KEY (preregistrationuser_id) REFERENCES zulip.zerver_preregistrationuser(id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrati_referred_by_id_51f0a793_fk_zerver_us FOREIGN KEY (referred_by_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser_streams ADD CONSTRAINT zerver_preregistrati_stream_id_29da6767_fk_zerver_st FOREIGN KEY (stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_preregistrationuser ADD CONSTRAINT zerver_preregistrationuser_realm_id_fd5aff83_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_presencesequence ADD CONSTRAINT zerver_presencesequence_realm_id_63433ff2_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_pushdevicetoken ADD CONSTRAINT zerver_pushdevicetok_user_id_015e5dc1_fk_zerver_us FOREIGN KEY (user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_reaction ADD CONSTRAINT zerver_reaction_message_id_e5e820a6_fk_zerver_message_id FOREIGN KEY (message_id) REFERENCES zulip.zerver_message(id);
ALTER TABLE ONLY zulip.zerver_reaction ADD CONSTRAINT zerver_reaction_user_profile_id_468ce1ef_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_access_all_users_692c7cc6_fk_zerver_us FOREIGN KEY (can_access_all_users_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_add_custom_emoji_b6f75c21_fk_zerver_us FOREIGN KEY (can_add_custom_emoji_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_add_subscribers__a48fb661_fk_zerver_us FOREIGN KEY (can_add_subscribers_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_create_bots_grou_f031e505_fk_zerver_us FOREIGN KEY (can_create_bots_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_create_groups_id_03f8febb_fk_zerver_us FOREIGN KEY (can_create_groups_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_create_private_c_ba294d86_fk_zerver_us FOREIGN KEY (can_create_private_channel_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_create_public_ch_6eb35b68_fk_zerver_us FOREIGN KEY (can_create_public_channel_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_create_web_publi_725f9aa6_fk_zerver_us FOREIGN KEY (can_create_web_public_channel_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_create_write_onl_db352a71_fk_zerver_us FOREIGN KEY (can_create_write_only_bots_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_delete_any_messa_3a19fdec_fk_zerver_us FOREIGN KEY (can_delete_any_message_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_delete_own_messa_f5a22b08_fk_zerver_us FOREIGN KEY (can_delete_own_message_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_invite_users_gro_79a5cd08_fk_zerver_us FOREIGN KEY (can_invite_users_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_manage_all_group_76b03cf7_fk_zerver_us FOREIGN KEY (can_manage_all_groups_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_manage_billing_g_5d2b10c3_fk_zerver_us FOREIGN KEY (can_manage_billing_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_mention_many_use_f23d5db8_fk_zerver_us FOREIGN KEY (can_mention_many_users_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_move_messages_be_35537010_fk_zerver_us FOREIGN KEY (can_move_messages_between_channels_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_move_messages_be_894ec9a1_fk_zerver_us FOREIGN KEY (can_move_messages_between_topics_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_resolve_topics_g_24551ba1_fk_zerver_us FOREIGN KEY (can_resolve_topics_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_set_delete_messa_a47ab1f1_fk_zerver_us FOREIGN KEY (can_set_delete_message_policy_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_set_topics_polic_f58aee2d_fk_zerver_us FOREIGN KEY (can_set_topics_policy_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_can_summarize_topics_0c954718_fk_zerver_us FOREIGN KEY (can_summarize_topics_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_create_multiuse_invi_28a8b9cb_fk_zerver_us FOREIGN KEY (create_multiuse_invite_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_direct_message_initi_e7f0ea74_fk_zerver_us FOREIGN KEY (direct_message_initiator_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_direct_message_permi_df6cc218_fk_zerver_us FOREIGN KEY (direct_message_permission_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_moderation_request_c_1fd26794_fk_zerver_st FOREIGN KEY (moderation_request_channel_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_new_stream_announcem_dc0a0303_fk_zerver_st FOREIGN KEY (new_stream_announcements_stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_signup_announcements_9bdc4b8b_fk_zerver_st FOREIGN KEY (signup_announcements_stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_workplace_users_grou_83201916_fk_zerver_us FOREIGN KEY (workplace_users_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_realm ADD CONSTRAINT zerver_realm_zulip_update_announc_b7809c68_fk_zerver_st FOREIGN KEY (zulip_update_announcements_stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_acting_user_id_6d709cd1_fk_zerver_us FOREIGN KEY (acting_user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_modified_channel_fol_7f950cfd_fk_zerver_ch FOREIGN KEY (modified_channel_folder_id) REFERENCES zulip.zerver_channelfolder(id);
ALTER TABLE ONLY zulip.zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_modified_stream_id_4de0252c_fk_zerver_st FOREIGN KEY (modified_stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_modified_user_group__56329312_fk_zerver_na FOREIGN KEY (modified_user_group_id) REFERENCES zulip.zerver_namedusergroup(usergroup_ptr_id);
ALTER TABLE ONLY zulip.zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_modified_user_id_fa063d3c_fk_zerver_us FOREIGN KEY (modified_user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_realmauditlog ADD CONSTRAINT zerver_realmauditlog_realm_id_7d25fe8b_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_realmauthenticationmethod ADD CONSTRAINT zerver_realmauthenti_realm_id_0ca07cff_fk_zerver_re FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_realmdomain ADD CONSTRAINT zerver_realmdomain_realm_id_06e7fec3_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_realmemoji ADD CONSTRAINT zerver_realmemoji_author_id_8a97bf3a_fk_zerver_userprofile_id FOREIGN KEY (author_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_realmemoji ADD CONSTRAINT zerver_realmemoji_realm_id_2cd3dbd2_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_realmexport ADD CONSTRAINT zerver_realmexport_acting_user_id_5d48fd1c_fk_zerver_us FOREIGN KEY (acting_user_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_realmexport ADD CONSTRAINT zerver_realmexport_realm_id_3f314ca8_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_realmfilter ADD CONSTRAINT zerver_realmfilter_realm_id_7ea85a40_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_realmplayground ADD CONSTRAINT zerver_realmplayground_realm_id_094eff63_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_realmreactivationstatus ADD CONSTRAINT zerver_realmreactiva_realm_id_05a03673_fk_zerver_re FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_realmuserdefault ADD CONSTRAINT zerver_realmuserdefault_realm_id_0cb9cdb9_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_savedsnippet ADD CONSTRAINT zerver_savedsnippet_realm_id_c97e4aee_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_savedsnippet ADD CONSTRAINT zerver_savedsnippet_user_profile_id_43f0d808_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_scheduledemail_users ADD CONSTRAINT zerver_scheduledemai_scheduledemail_id_792d525e_fk_zerver_sc FOREIGN KEY (scheduledemail_id) REFERENCES zulip.zerver_scheduledemail(id);
ALTER TABLE ONLY zulip.zerver_scheduledemail_users ADD CONSTRAINT zerver_scheduledemai_userprofile_id_7e3109ee_fk_zerver_us FOREIGN KEY (userprofile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_scheduledemail ADD CONSTRAINT zerver_scheduledemail_realm_id_b5fdb998_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmess_delivered_message_id_e971c426_fk_zerver_me FOREIGN KEY (delivered_message_id) REFERENCES zulip.zerver_message(id);
ALTER TABLE ONLY zulip.zerver_scheduledmessagenotificationemail ADD CONSTRAINT zerver_scheduledmess_mentioned_user_group_6c2b438d_fk_zerver_na FOREIGN KEY (mentioned_user_group_id) REFERENCES zulip.zerver_namedusergroup(usergroup_ptr_id);
ALTER TABLE ONLY zulip.zerver_scheduledmessagenotificationemail ADD CONSTRAINT zerver_scheduledmess_message_id_532f475c_fk_zerver_me FOREIGN KEY (message_id) REFERENCES zulip.zerver_message(id);
ALTER TABLE ONLY zulip.zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmess_recipient_id_3eeb838b_fk_zerver_re FOREIGN KEY (recipient_id) REFERENCES zulip.zerver_recipient(id);
ALTER TABLE ONLY zulip.zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmess_sender_id_59505f98_fk_zerver_us FOREIGN KEY (sender_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmess_sending_client_id_5e82bf79_fk_zerver_cl FOREIGN KEY (sending_client_id) REFERENCES zulip.zerver_client(id);
ALTER TABLE ONLY zulip.zerver_scheduledmessagenotificationemail ADD CONSTRAINT zerver_scheduledmess_user_profile_id_2afc4b4e_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmessage_realm_id_9111bebd_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_scheduledmessage ADD CONSTRAINT zerver_scheduledmessage_stream_id_45dc289f_fk_zerver_stream_id FOREIGN KEY (stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_service ADD CONSTRAINT zerver_service_user_profile_id_111b0c49_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_add_subscribers__7b78ce53_fk_zerver_us FOREIGN KEY (can_add_subscribers_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_administer_chann_6d9b6d1a_fk_zerver_us FOREIGN KEY (can_administer_channel_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_create_topic_gro_911df775_fk_zerver_us FOREIGN KEY (can_create_topic_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_delete_any_messa_a968d2e9_fk_zerver_us FOREIGN KEY (can_delete_any_message_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_delete_own_messa_5f3cb17a_fk_zerver_us FOREIGN KEY (can_delete_own_message_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_move_messages_ou_3e767869_fk_zerver_us FOREIGN KEY (can_move_messages_out_of_channel_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_move_messages_wi_6fe387ea_fk_zerver_us FOREIGN KEY (can_move_messages_within_channel_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_remove_subscribe_ce4fe4b7_fk_zerver_us FOREIGN KEY (can_remove_subscribers_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_resolve_topics_g_459ee02d_fk_zerver_us FOREIGN KEY (can_resolve_topics_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_send_message_gro_52ab4abe_fk_zerver_us FOREIGN KEY (can_send_message_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_can_subscribe_group__6e6a3b7e_fk_zerver_us FOREIGN KEY (can_subscribe_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_creator_id_65aeba7e_fk_zerver_userprofile_id FOREIGN KEY (creator_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_folder_id_a1187dbd_fk_zerver_channelfolder_id FOREIGN KEY (folder_id) REFERENCES zulip.zerver_channelfolder(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_realm_id_0d562dbb_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_stream ADD CONSTRAINT zerver_stream_recipient_id_85263e1b_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zulip.zerver_recipient(id);
ALTER TABLE ONLY zulip.zerver_submessage ADD CONSTRAINT zerver_submessage_message_id_6d3b8d8e_fk_zerver_message_id FOREIGN KEY (message_id) REFERENCES zulip.zerver_message(id);
ALTER TABLE ONLY zulip.zerver_submessage ADD CONSTRAINT zerver_submessage_sender_id_b1aa97b8_fk_zerver_userprofile_id FOREIGN KEY (sender_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_subscription ADD CONSTRAINT zerver_subscription_recipient_id_1e90e2cc_fk_zerver_re FOREIGN KEY (recipient_id) REFERENCES zulip.zerver_recipient(id);
ALTER TABLE ONLY zulip.zerver_subscription ADD CONSTRAINT zerver_subscription_user_profile_id_1773aa42_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_useractivity ADD CONSTRAINT zerver_useractivity_client_id_bb848fef_fk_zerver_client_id FOREIGN KEY (client_id) REFERENCES zulip.zerver_client(id);
ALTER TABLE ONLY zulip.zerver_useractivity ADD CONSTRAINT zerver_useractivity_user_profile_id_3f3c3ea8_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_useractivityinterval ADD CONSTRAINT zerver_useractivityi_user_profile_id_634623af_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_usergroup ADD CONSTRAINT zerver_usergroup_realm_id_8b78d3b3_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_usergroupmembership ADD CONSTRAINT zerver_usergroupmemb_user_group_id_7722d5a1_fk_zerver_us FOREIGN KEY (user_group_id) REFERENCES zulip.zerver_usergroup(id);
ALTER TABLE ONLY zulip.zerver_usergroupmembership ADD CONSTRAINT zerver_usergroupmemb_user_profile_id_6aa688e2_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_usermessage ADD CONSTRAINT zerver_usermessage_message_id_f6e63a33_fk_zerver_message_id FOREIGN KEY (message_id) REFERENCES zulip.zerver_message(id);
ALTER TABLE ONLY zulip.zerver_usermessage ADD CONSTRAINT zerver_usermessage_user_profile_id_e901f3b7_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_userpresence ADD CONSTRAINT zerver_userpresence_realm_id_5c4ef5a9_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_userpresence ADD CONSTRAINT zerver_userpresence_user_profile_id_b67b4092_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_userprofile ADD CONSTRAINT zerver_userprofile_bot_owner_id_01a815f5_fk_zerver_us FOREIGN KEY (bot_owner_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_userprofile ADD CONSTRAINT zerver_userprofile_default_events_regis_40e28493_fk_zerver_st FOREIGN KEY (default_events_register_stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_userprofile ADD CONSTRAINT zerver_userprofile_default_sending_stre_3ba7368b_fk_zerver_st FOREIGN KEY (default_sending_stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_userprofile_groups ADD CONSTRAINT zerver_userprofile_g_userprofile_id_340abcf4_fk_zerver_us FOREIGN KEY (userprofile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_userprofile_groups ADD CONSTRAINT zerver_userprofile_groups_group_id_4ffff873_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES zulip.auth_group(id);
ALTER TABLE ONLY zulip.zerver_userprofile ADD CONSTRAINT zerver_userprofile_realm_id_d8908535_fk_zerver_realm_id FOREIGN KEY (realm_id) REFERENCES zulip.zerver_realm(id);
ALTER TABLE ONLY zulip.zerver_userprofile_user_permissions ADD CONSTRAINT zerver_userprofile_u_permission_id_5dd655ef_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES zulip.auth_permission(id);
ALTER TABLE ONLY zulip.zerver_userprofile_user_permissions ADD CONSTRAINT zerver_userprofile_u_userprofile_id_b508a4b1_fk_zerver_us FOREIGN KEY (userprofile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_userstatus ADD CONSTRAINT zerver_userstatus_client_id_9010b464_fk_zerver_client_id FOREIGN KEY (client_id) REFERENCES zulip.zerver_client(id);
ALTER TABLE ONLY zulip.zerver_userstatus ADD CONSTRAINT zerver_userstatus_user_profile_id_bbe3876b_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
ALTER TABLE ONLY zulip.zerver_usertopic ADD CONSTRAINT zerver_usertopic_recipient_id_2215b0a7_fk_zerver_recipient_id FOREIGN KEY (recipient_id) REFERENCES zulip.zerver_recipient(id);
ALTER TABLE ONLY zulip.zerver_usertopic ADD CONSTRAINT zerver_usertopic_stream_id_0ce5ea26_fk_zerver_stream_id FOREIGN KEY (stream_id) REFERENCES zulip.zerver_stream(id);
ALTER TABLE ONLY zulip.zerver_usertopic ADD CONSTRAINT zerver_usertopic_user_profile_id_28608df1_fk_zerver_us FOREIGN KEY (user_profile_id) REFERENCES zulip.zerver_userprofile(id);
