-- Loomio (github.com/loomio/loomio) db/schema.rb @ 0012dc27d0c0bf6867b91a0f520526518be26e54
-- (schema version 2024_04_02_015741), converted to PostgreSQL DDL by convert.py.
-- Columns, types, NOT NULL, primary keys and the declared add_foreign_key constraints only;
-- defaults, indexes and extensions left out; citext and hstore columns mapped to text.

CREATE SCHEMA loomio;

CREATE TABLE loomio.active_admin_comments (
    id bigint NOT NULL,
    namespace character varying,
    body text,
    resource_type character varying,
    resource_id bigint,
    author_type character varying,
    author_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.active_storage_attachments (
    id bigint NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    group_id integer,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.active_storage_blobs (
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

CREATE TABLE loomio.active_storage_variant_records (
    id bigint NOT NULL,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.attachments (
    id integer NOT NULL,
    user_id integer,
    filename character varying(255),
    location text,
    comment_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    filesize integer,
    file_file_name character varying,
    file_content_type character varying,
    file_file_size integer,
    file_updated_at timestamp without time zone,
    attachable_id integer,
    attachable_type character varying,
    migrated_to_document boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.blazer_audits (
    id bigint NOT NULL,
    user_id bigint,
    query_id bigint,
    statement text,
    data_source character varying,
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.blazer_checks (
    id bigint NOT NULL,
    creator_id bigint,
    query_id bigint,
    state character varying,
    schedule character varying,
    emails text,
    slack_channels text,
    check_type character varying,
    message text,
    last_run_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.blazer_dashboard_queries (
    id bigint NOT NULL,
    dashboard_id bigint,
    query_id bigint,
    position integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.blazer_dashboards (
    id bigint NOT NULL,
    creator_id bigint,
    name character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.blazer_queries (
    id bigint NOT NULL,
    creator_id bigint,
    name character varying,
    description text,
    statement text,
    data_source character varying,
    status character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.blocked_domains (
    id bigint NOT NULL,
    name character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.chatbots (
    id bigint NOT NULL,
    kind character varying,
    server character varying,
    channel character varying,
    access_token character varying,
    author_id integer,
    group_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    notification_only boolean NOT NULL,
    webhook_kind character varying,
    event_kinds character varying[],
    PRIMARY KEY (id)
);

CREATE TABLE loomio.cohorts (
    id integer NOT NULL,
    start_on date,
    end_on date,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.comments (
    id integer NOT NULL,
    discussion_id integer,
    body text,
    user_id integer,
    parent_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    comment_votes_count integer NOT NULL,
    attachments_count integer NOT NULL,
    edited_at timestamp without time zone,
    versions_count integer,
    body_format character varying(10) NOT NULL,
    attachments jsonb NOT NULL,
    discarded_at timestamp without time zone,
    discarded_by integer,
    secret_token character varying,
    content_locale character varying,
    link_previews jsonb NOT NULL,
    parent_type character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.default_group_covers (
    id integer NOT NULL,
    cover_photo_file_name character varying,
    cover_photo_content_type character varying,
    cover_photo_file_size integer,
    cover_photo_updated_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.demos (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    group_id integer NOT NULL,
    name character varying NOT NULL,
    description character varying,
    recorded_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    priority integer NOT NULL,
    demo_handle character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.discussion_readers (
    id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    discussion_id integer NOT NULL,
    last_read_at timestamp without time zone,
    last_read_sequence_id integer NOT NULL,
    volume integer NOT NULL,
    participating boolean NOT NULL,
    dismissed_at timestamp without time zone,
    read_ranges_string character varying,
    inviter_id integer,
    token character varying,
    revoked_at timestamp without time zone,
    admin boolean NOT NULL,
    accepted_at timestamp without time zone,
    revoker_id integer,
    guest boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.discussion_templates (
    id bigint NOT NULL,
    source_discussion_id integer,
    key character varying,
    group_id integer,
    position integer,
    author_id integer,
    title character varying,
    description text,
    description_format character varying(10) NOT NULL,
    process_name character varying,
    process_subtitle character varying,
    process_introduction character varying,
    process_introduction_format character varying NOT NULL,
    attachments jsonb NOT NULL,
    max_depth integer NOT NULL,
    newest_first boolean NOT NULL,
    discarded_at timestamp without time zone,
    discarded_by integer,
    content_locale character varying,
    link_previews jsonb NOT NULL,
    tags character varying[],
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    poll_template_keys_or_ids jsonb NOT NULL,
    title_placeholder character varying,
    public boolean NOT NULL,
    recipient_audience character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.discussions (
    id integer NOT NULL,
    group_id integer,
    author_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    title character varying(255),
    last_comment_at timestamp without time zone,
    description text,
    items_count integer NOT NULL,
    closed_at timestamp without time zone,
    private boolean NOT NULL,
    key character varying(255),
    iframe_src character varying(255),
    last_activity_at timestamp without time zone,
    last_sequence_id integer NOT NULL,
    first_sequence_id integer NOT NULL,
    versions_count integer,
    closed_polls_count integer NOT NULL,
    pinned boolean NOT NULL,
    importance integer NOT NULL,
    seen_by_count integer NOT NULL,
    ranges_string character varying,
    description_format character varying(10) NOT NULL,
    attachments jsonb NOT NULL,
    info jsonb NOT NULL,
    max_depth integer NOT NULL,
    newest_first boolean NOT NULL,
    discarded_at timestamp without time zone,
    secret_token character varying,
    members_count integer,
    anonymous_polls_count integer NOT NULL,
    content_locale character varying,
    link_previews jsonb NOT NULL,
    pinned_at timestamp without time zone,
    discarded_by integer,
    template boolean NOT NULL,
    tags character varying[],
    discussion_template_id integer,
    discussion_template_key character varying,
    closer_id integer,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.documents (
    id integer NOT NULL,
    model_id integer,
    model_type character varying,
    title character varying,
    url character varying,
    doctype character varying NOT NULL,
    color character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    icon character varying,
    author_id integer NOT NULL,
    web_url character varying,
    thumb_url character varying,
    file_file_name character varying,
    file_content_type character varying,
    group_id integer,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.events (
    id integer NOT NULL,
    kind character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    eventable_id integer,
    eventable_type character varying(255),
    user_id integer,
    discussion_id integer,
    sequence_id integer,
    announcement boolean NOT NULL,
    custom_fields jsonb NOT NULL,
    parent_id integer,
    position integer NOT NULL,
    child_count integer NOT NULL,
    depth integer NOT NULL,
    pinned boolean NOT NULL,
    position_key character varying,
    descendant_count integer NOT NULL,
    eventable_version_id integer,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.forward_email_rules (
    id bigint NOT NULL,
    handle text NOT NULL,
    email character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.group_identities (
    id integer NOT NULL,
    group_id integer NOT NULL,
    identity_id integer NOT NULL,
    custom_fields jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.group_surveys (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    category character varying,
    location character varying,
    size character varying,
    declaration character varying,
    purpose text,
    usage character varying,
    referrer character varying,
    role character varying,
    website character varying,
    misc text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    desired_feature character varying,
    segment character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.groups (
    id integer NOT NULL,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    parent_id integer,
    description text,
    memberships_count integer NOT NULL,
    archived_at timestamp without time zone,
    discussions_count integer NOT NULL,
    full_name character varying(255),
    parent_members_can_see_discussions boolean NOT NULL,
    key character varying(255),
    category_id integer,
    handle text,
    theme_id integer,
    is_visible_to_public boolean NOT NULL,
    is_visible_to_parent_members boolean NOT NULL,
    discussion_privacy_options character varying NOT NULL,
    members_can_add_members boolean NOT NULL,
    membership_granted_upon character varying NOT NULL,
    members_can_edit_discussions boolean NOT NULL,
    cover_photo_file_name character varying(255),
    cover_photo_content_type character varying(255),
    cover_photo_file_size integer,
    cover_photo_updated_at timestamp without time zone,
    logo_file_name character varying(255),
    logo_content_type character varying(255),
    logo_file_size integer,
    logo_updated_at timestamp without time zone,
    members_can_edit_comments boolean,
    members_can_raise_motions boolean NOT NULL,
    members_can_vote boolean NOT NULL,
    members_can_start_discussions boolean NOT NULL,
    members_can_create_subgroups boolean NOT NULL,
    creator_id integer,
    is_referral boolean NOT NULL,
    cohort_id integer,
    default_group_cover_id integer,
    subscription_id integer,
    invitations_count integer NOT NULL,
    admin_memberships_count integer NOT NULL,
    public_discussions_count integer NOT NULL,
    country character varying,
    region character varying,
    city character varying,
    closed_motions_count integer NOT NULL,
    proposal_outcomes_count integer NOT NULL,
    pending_memberships_count integer NOT NULL,
    recent_activity_count integer NOT NULL,
    closed_polls_count integer NOT NULL,
    polls_count integer NOT NULL,
    subgroups_count integer NOT NULL,
    open_discussions_count integer NOT NULL,
    closed_discussions_count integer NOT NULL,
    token character varying,
    admin_tags character varying,
    members_can_announce boolean NOT NULL,
    description_format character varying(10) NOT NULL,
    attachments jsonb NOT NULL,
    info jsonb NOT NULL,
    new_threads_max_depth integer NOT NULL,
    new_threads_newest_first boolean NOT NULL,
    admins_can_edit_user_content boolean NOT NULL,
    listed_in_explore boolean NOT NULL,
    secret_token character varying,
    content_locale character varying,
    members_can_add_guests boolean NOT NULL,
    members_can_delete_comments boolean NOT NULL,
    link_previews jsonb NOT NULL,
    discussion_templates_count integer NOT NULL,
    poll_templates_count integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.login_tokens (
    id integer NOT NULL,
    user_id integer,
    token character varying,
    used boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    redirect character varying,
    code integer NOT NULL,
    is_reactivation boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.member_email_aliases (
    id bigint NOT NULL,
    email text NOT NULL,
    require_dkim boolean NOT NULL,
    require_spf boolean NOT NULL,
    user_id integer,
    group_id integer NOT NULL,
    author_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.membership_requests (
    id integer NOT NULL,
    name character varying(255),
    email character varying(255),
    introduction text,
    group_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    requestor_id integer,
    responder_id integer,
    response character varying(255),
    responded_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.memberships (
    id integer NOT NULL,
    group_id integer,
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    inviter_id integer,
    revoked_at timestamp without time zone,
    inbox_position integer,
    admin boolean NOT NULL,
    volume integer,
    experiences jsonb NOT NULL,
    invitation_id integer,
    token character varying,
    accepted_at timestamp without time zone,
    title character varying,
    saml_session_expires_at timestamp without time zone,
    revoker_id integer,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.notifications (
    id integer NOT NULL,
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    event_id integer,
    viewed boolean NOT NULL,
    translation_values jsonb NOT NULL,
    url character varying,
    actor_id integer,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.oauth_access_grants (
    id integer NOT NULL,
    resource_owner_id integer NOT NULL,
    application_id integer NOT NULL,
    token character varying NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone,
    scopes character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.oauth_access_tokens (
    id integer NOT NULL,
    resource_owner_id integer,
    application_id integer,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    scopes character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.oauth_applications (
    id integer NOT NULL,
    name character varying NOT NULL,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    owner_id integer,
    owner_type character varying,
    logo_file_name character varying,
    logo_content_type character varying,
    logo_file_size integer,
    logo_updated_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.omniauth_identities (
    id integer NOT NULL,
    user_id integer,
    email character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    identity_type character varying(255),
    uid character varying(255),
    name character varying(255),
    access_token character varying,
    logo character varying,
    custom_fields jsonb NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.outcomes (
    id integer NOT NULL,
    poll_id integer,
    statement text NOT NULL,
    author_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    latest boolean NOT NULL,
    poll_option_id integer,
    custom_fields jsonb NOT NULL,
    statement_format character varying(10) NOT NULL,
    attachments jsonb NOT NULL,
    secret_token character varying,
    versions_count integer NOT NULL,
    review_on date,
    content_locale character varying,
    link_previews jsonb NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.partition_sequences (
    key text NOT NULL,
    id integer NOT NULL,
    counter integer,
    PRIMARY KEY (key, id)
);

CREATE TABLE loomio.pg_search_documents (
    id bigint NOT NULL,
    content text,
    ts_content tsvector,
    author_id bigint,
    group_id bigint,
    discussion_id bigint,
    poll_id bigint,
    searchable_type character varying,
    searchable_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    authored_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.poll_options (
    id integer NOT NULL,
    name character varying NOT NULL,
    poll_id integer,
    priority integer NOT NULL,
    score_counts jsonb NOT NULL,
    voter_scores jsonb NOT NULL,
    total_score integer NOT NULL,
    voter_count integer NOT NULL,
    icon character varying,
    meaning character varying,
    prompt character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.poll_templates (
    id bigint NOT NULL,
    key character varying,
    group_id integer NOT NULL,
    position integer NOT NULL,
    author_id integer NOT NULL,
    poll_type character varying NOT NULL,
    process_name character varying,
    process_subtitle character varying,
    title character varying,
    details text,
    details_format character varying(10) NOT NULL,
    anonymous boolean NOT NULL,
    specified_voters_only boolean NOT NULL,
    notify_on_closing_soon integer NOT NULL,
    content_locale character varying,
    shuffle_options boolean NOT NULL,
    hide_results integer NOT NULL,
    chart_type character varying,
    min_score integer,
    max_score integer,
    minimum_stance_choices integer,
    maximum_stance_choices integer,
    dots_per_person integer,
    reason_prompt character varying,
    poll_options jsonb NOT NULL,
    stance_reason_required integer NOT NULL,
    limit_reason_length boolean NOT NULL,
    default_duration_in_days integer NOT NULL,
    agree_target integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    meeting_duration integer,
    can_respond_maybe boolean NOT NULL,
    poll_option_name_format character varying NOT NULL,
    link_previews jsonb NOT NULL,
    atttachments jsonb NOT NULL,
    tags character varying[],
    discarded_at timestamp without time zone,
    process_introduction character varying,
    process_introduction_format character varying NOT NULL,
    title_placeholder character varying,
    outcome_statement character varying,
    outcome_statement_format character varying NOT NULL,
    outcome_review_due_in_days integer,
    public boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.poll_unsubscriptions (
    id integer NOT NULL,
    poll_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.polls (
    id integer NOT NULL,
    author_id integer NOT NULL,
    title character varying NOT NULL,
    details text,
    closing_at timestamp without time zone,
    closed_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    discussion_id integer,
    key character varying NOT NULL,
    poll_type character varying NOT NULL,
    stance_data jsonb,
    voters_count integer NOT NULL,
    multiple_choice boolean NOT NULL,
    custom_fields jsonb NOT NULL,
    stance_counts jsonb NOT NULL,
    group_id integer,
    matrix_counts jsonb NOT NULL,
    undecided_voters_count integer NOT NULL,
    voter_can_add_options boolean NOT NULL,
    anonymous boolean NOT NULL,
    versions_count integer,
    details_format character varying(10) NOT NULL,
    attachments jsonb NOT NULL,
    discarded_at timestamp without time zone,
    discarded_by integer,
    secret_token character varying,
    specified_voters_only boolean NOT NULL,
    notify_on_closing_soon integer NOT NULL,
    content_locale character varying,
    link_previews jsonb NOT NULL,
    shuffle_options boolean NOT NULL,
    hide_results integer NOT NULL,
    chart_type character varying,
    min_score integer,
    max_score integer,
    minimum_stance_choices integer,
    maximum_stance_choices integer,
    dots_per_person integer,
    process_name character varying,
    template boolean NOT NULL,
    reason_prompt character varying,
    poll_option_name_format character varying,
    stance_reason_required integer NOT NULL,
    limit_reason_length boolean NOT NULL,
    default_duration_in_days integer,
    agree_target integer,
    process_subtitle character varying,
    process_url character varying,
    tags character varying[],
    poll_template_id integer,
    poll_template_key character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.reactions (
    id integer NOT NULL,
    reactable_id integer,
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    reaction character varying NOT NULL,
    reactable_type character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.received_emails (
    id bigint NOT NULL,
    group_id integer,
    headers text NOT NULL,
    body_text character varying,
    body_html character varying,
    spf_valid boolean NOT NULL,
    dkim_valid boolean NOT NULL,
    released boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.stance_choices (
    id integer NOT NULL,
    stance_id integer,
    poll_option_id integer,
    score integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.stances (
    id integer NOT NULL,
    poll_id integer NOT NULL,
    participant_id integer,
    reason character varying,
    latest boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    versions_count integer,
    reason_format character varying(10) NOT NULL,
    attachments jsonb NOT NULL,
    cast_at timestamp without time zone,
    token character varying,
    revoked_at timestamp without time zone,
    admin boolean NOT NULL,
    inviter_id integer,
    volume integer NOT NULL,
    accepted_at timestamp without time zone,
    content_locale character varying,
    secret_token character varying,
    link_previews jsonb NOT NULL,
    option_scores jsonb NOT NULL,
    revoker_id integer,
    guest boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.subscriptions (
    id integer NOT NULL,
    expires_at timestamp without time zone,
    chargify_subscription_id integer,
    plan character varying,
    payment_method character varying NOT NULL,
    owner_id integer,
    max_threads integer,
    max_members integer,
    max_orgs integer,
    state character varying NOT NULL,
    members_count integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    info jsonb,
    canceled_at timestamp without time zone,
    activated_at timestamp without time zone,
    renews_at timestamp without time zone,
    renewed_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.taggings (
    id integer NOT NULL,
    tag_id integer NOT NULL,
    taggable_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    taggable_type character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.tags (
    id integer NOT NULL,
    group_id integer,
    name text NOT NULL,
    color character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    taggings_count integer,
    priority integer NOT NULL,
    org_taggings_count integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.tasks (
    id bigint NOT NULL,
    record_type character varying,
    record_id bigint,
    author_id bigint NOT NULL,
    uid integer NOT NULL,
    name character varying NOT NULL,
    done boolean NOT NULL,
    done_at timestamp without time zone,
    due_on date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    discarded_at timestamp without time zone,
    doer_id integer,
    remind integer,
    remind_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.tasks_users (
    id bigint NOT NULL,
    task_id bigint,
    user_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.translations (
    id integer NOT NULL,
    translatable_id integer,
    translatable_type character varying(255),
    fields text,
    language character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.user_deactivation_responses (
    id integer NOT NULL,
    user_id integer,
    body text,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.users (
    id integer NOT NULL,
    email text,
    encrypted_password character varying(128),
    reset_password_token character varying(255),
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(255),
    deactivated_at timestamp without time zone,
    is_admin boolean,
    avatar_kind character varying(255) NOT NULL,
    uploaded_avatar_file_name character varying(255),
    uploaded_avatar_content_type character varying(255),
    uploaded_avatar_file_size integer,
    uploaded_avatar_updated_at timestamp without time zone,
    avatar_initials character varying(255),
    username character varying(255),
    email_when_proposal_closing_soon boolean NOT NULL,
    authentication_token character varying(255),
    unsubscribe_token character varying(255),
    memberships_count integer NOT NULL,
    selected_locale character varying(255),
    time_zone character varying(255),
    key character varying(255),
    detected_locale character varying(255),
    email_catch_up boolean NOT NULL,
    email_api_key character varying(255),
    email_when_mentioned boolean NOT NULL,
    email_on_participation boolean NOT NULL,
    default_membership_volume integer NOT NULL,
    country character varying,
    region character varying,
    city character varying,
    experiences jsonb NOT NULL,
    facebook_community_id integer,
    slack_community_id integer,
    remember_token character varying,
    short_bio character varying NOT NULL,
    email_verified boolean NOT NULL,
    location character varying NOT NULL,
    last_seen_at timestamp without time zone,
    legal_accepted_at timestamp without time zone,
    email_newsletter boolean NOT NULL,
    failed_attempts integer NOT NULL,
    unlock_token character varying,
    locked_at timestamp without time zone,
    short_bio_format character varying(10) NOT NULL,
    attachments jsonb NOT NULL,
    current_sign_in_ip inet,
    last_sign_in_ip inet,
    secret_token character varying,
    content_locale character varying,
    bot boolean NOT NULL,
    link_previews jsonb NOT NULL,
    email_catch_up_day integer,
    date_time_pref character varying,
    api_key character varying,
    deactivator_id integer,
    autodetect_time_zone boolean NOT NULL,
    email_sha256 character varying,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.versions (
    id integer NOT NULL,
    item_type character varying(255) NOT NULL,
    item_id integer NOT NULL,
    event character varying(255) NOT NULL,
    whodunnit integer,
    created_at timestamp without time zone,
    object_changes jsonb,
    PRIMARY KEY (id)
);

CREATE TABLE loomio.webhooks (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    name character varying NOT NULL,
    url character varying,
    event_kinds jsonb NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    format character varying,
    include_body boolean,
    include_subgroups boolean NOT NULL,
    is_broken boolean NOT NULL,
    token character varying,
    author_id integer,
    actor_id integer,
    permissions character varying[] NOT NULL,
    last_used_at timestamp without time zone,
    PRIMARY KEY (id)
);

ALTER TABLE loomio.active_storage_attachments ADD CONSTRAINT fk_active_storage_attachments_blob_id FOREIGN KEY (blob_id) REFERENCES loomio.active_storage_blobs (id);
ALTER TABLE loomio.active_storage_variant_records ADD CONSTRAINT fk_active_storage_variant_records_blob_id FOREIGN KEY (blob_id) REFERENCES loomio.active_storage_blobs (id);
