-- Chatwoot (the open-source customer-support inbox: accounts, agents, inboxes per channel, contacts,
-- conversations, messages, labels, teams, campaigns, SLAs, help-centre portals and articles, Captain AI assistants),
-- github.com/chatwoot/chatwoot, `db/schema.rb` at commit 0032d604 (ActiveRecord schema version 2025_08_16_044639),
-- read with the search tool's read_file (the repository is over the fetch limit), converted by a one-off script as
-- Rails' PostgreSQL adapter maps types (string -> character varying, datetime -> timestamp without time zone,
-- float -> double precision, array: true -> arrays, the default bigint `id` primary key, `id: :serial` -> integer,
-- `id: false` -> no key) and loaded into a scratch PostgreSQL, schema chatwoot. pgvector's `vector(1536)` columns
-- -> real[]. Left out: defaults, indexes (unique ones included), datetime precisions, the four triggers, the
-- extensions. The source declares only 5 foreign keys (every add_foreign_key is kept; references such as
-- conversations.inbox_id or messages.conversation_id are implied by the column names only); it has no comments.
-- Licence: MIT Expat for the core (enterprise/ folder under its own licence); we use the schema's facts.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS chatwoot;
CREATE TABLE chatwoot.access_tokens (
    id bigint NOT NULL,
    owner_type character varying,
    owner_id bigint,
    token character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.account_users (
    id bigint NOT NULL,
    account_id bigint,
    user_id bigint,
    role integer,
    inviter_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    active_at timestamp without time zone,
    availability integer NOT NULL,
    auto_offline boolean NOT NULL,
    custom_role_id bigint,
    agent_capacity_policy_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.accounts (
    id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale integer,
    domain character varying,
    support_email character varying,
    feature_flags bigint NOT NULL,
    auto_resolve_duration integer,
    limits jsonb,
    custom_attributes jsonb,
    status integer,
    internal_attributes jsonb NOT NULL,
    settings jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.action_mailbox_inbound_emails (
    id bigint NOT NULL,
    status integer NOT NULL,
    message_id character varying NOT NULL,
    message_checksum character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.active_storage_attachments (
    id bigint NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.active_storage_blobs (
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
CREATE TABLE chatwoot.active_storage_variant_records (
    id bigint NOT NULL,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.agent_bot_inboxes (
    id bigint NOT NULL,
    inbox_id integer,
    agent_bot_id integer,
    status integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.agent_bots (
    id bigint NOT NULL,
    name character varying,
    description character varying,
    outgoing_url character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id bigint,
    bot_type integer,
    bot_config jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.agent_capacity_policies (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    description text,
    exclusion_rules jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.applied_slas (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    sla_policy_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    sla_status integer,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.article_embeddings (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    term text NOT NULL,
    embedding real[],
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.articles (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    portal_id integer NOT NULL,
    category_id integer,
    folder_id integer,
    title character varying,
    description text,
    content text,
    status integer,
    views integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    author_id bigint,
    associated_article_id bigint,
    meta jsonb,
    slug character varying NOT NULL,
    position integer,
    locale character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.assignment_policies (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    description text,
    assignment_order integer NOT NULL,
    conversation_priority integer NOT NULL,
    fair_distribution_limit integer NOT NULL,
    fair_distribution_window integer NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.attachments (
    id integer NOT NULL,
    file_type integer,
    external_url character varying,
    coordinates_lat double precision,
    coordinates_long double precision,
    message_id integer NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    fallback_title character varying,
    extension character varying,
    meta jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.audits (
    id bigint NOT NULL,
    auditable_id bigint,
    auditable_type character varying,
    associated_id bigint,
    associated_type character varying,
    user_id bigint,
    user_type character varying,
    username character varying,
    action character varying,
    audited_changes jsonb,
    version integer,
    comment character varying,
    remote_address character varying,
    request_uuid character varying,
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.automation_rules (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    description text,
    event_name character varying NOT NULL,
    conditions jsonb NOT NULL,
    actions jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.campaign_messages (
    id bigint NOT NULL,
    campaign_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    message_id character varying,
    status character varying NOT NULL,
    error_code character varying,
    error_description text,
    sent_at timestamp without time zone,
    delivered_at timestamp without time zone,
    read_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.campaigns (
    id bigint NOT NULL,
    display_id integer NOT NULL,
    title character varying NOT NULL,
    description text,
    message text NOT NULL,
    sender_id integer,
    enabled boolean,
    account_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    trigger_rules jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    campaign_type integer NOT NULL,
    campaign_status integer NOT NULL,
    audience jsonb,
    scheduled_at timestamp without time zone,
    trigger_only_during_business_hours boolean,
    template_params jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.canned_responses (
    id integer NOT NULL,
    account_id integer NOT NULL,
    short_code character varying,
    content text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.captain_assistant_responses (
    id bigint NOT NULL,
    question character varying NOT NULL,
    answer text NOT NULL,
    embedding real[],
    assistant_id bigint NOT NULL,
    documentable_id bigint,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    status integer NOT NULL,
    documentable_type character varying,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.captain_assistants (
    id bigint NOT NULL,
    name character varying NOT NULL,
    account_id bigint NOT NULL,
    description character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    config jsonb NOT NULL,
    response_guidelines jsonb,
    guardrails jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.captain_documents (
    id bigint NOT NULL,
    name character varying,
    external_link character varying NOT NULL,
    content text,
    assistant_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.captain_inboxes (
    id bigint NOT NULL,
    captain_assistant_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.captain_scenarios (
    id bigint NOT NULL,
    title character varying,
    description text,
    instruction text,
    tools jsonb,
    enabled boolean NOT NULL,
    assistant_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.categories (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    portal_id integer NOT NULL,
    name character varying,
    description text,
    position integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale character varying,
    slug character varying NOT NULL,
    parent_category_id bigint,
    associated_category_id bigint,
    icon character varying,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_api (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    webhook_url character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    identifier character varying,
    hmac_token character varying,
    hmac_mandatory boolean,
    additional_attributes jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_email (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    email character varying NOT NULL,
    forward_to_email character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    imap_enabled boolean,
    imap_address character varying,
    imap_port integer,
    imap_login character varying,
    imap_password character varying,
    imap_enable_ssl boolean,
    smtp_enabled boolean,
    smtp_address character varying,
    smtp_port integer,
    smtp_login character varying,
    smtp_password character varying,
    smtp_domain character varying,
    smtp_enable_starttls_auto boolean,
    smtp_authentication character varying,
    smtp_openssl_verify_mode character varying,
    smtp_enable_ssl_tls boolean,
    provider_config jsonb,
    provider character varying,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_facebook_pages (
    id integer NOT NULL,
    page_id character varying NOT NULL,
    user_access_token character varying NOT NULL,
    page_access_token character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    instagram_id character varying,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_instagram (
    id bigint NOT NULL,
    access_token character varying NOT NULL,
    expires_at timestamp without time zone NOT NULL,
    account_id integer NOT NULL,
    instagram_id character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_line (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    line_channel_id character varying NOT NULL,
    line_channel_secret character varying NOT NULL,
    line_channel_token character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_sms (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying,
    provider_config jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_telegram (
    id bigint NOT NULL,
    bot_name character varying,
    account_id integer NOT NULL,
    bot_token character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_twilio_sms (
    id bigint NOT NULL,
    phone_number character varying,
    auth_token character varying NOT NULL,
    account_sid character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    medium integer,
    messaging_service_sid character varying,
    api_key_sid character varying,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_twitter_profiles (
    id bigint NOT NULL,
    profile_id character varying NOT NULL,
    twitter_access_token character varying NOT NULL,
    twitter_access_token_secret character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    tweets_enabled boolean,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_voice (
    id bigint NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying NOT NULL,
    provider_config jsonb NOT NULL,
    account_id integer NOT NULL,
    additional_attributes jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_web_widgets (
    id integer NOT NULL,
    website_url character varying,
    account_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    website_token character varying,
    widget_color character varying,
    welcome_title character varying,
    welcome_tagline character varying,
    feature_flags integer NOT NULL,
    reply_time integer,
    hmac_token character varying,
    pre_chat_form_enabled boolean,
    pre_chat_form_options jsonb,
    hmac_mandatory boolean,
    continuity_via_email boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.channel_whatsapp (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying,
    provider_config jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    message_templates jsonb,
    message_templates_last_updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.contact_inboxes (
    id bigint NOT NULL,
    contact_id bigint,
    inbox_id bigint,
    source_id character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    hmac_verified boolean,
    pubsub_token character varying,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.contacts (
    id integer NOT NULL,
    name character varying,
    email character varying,
    phone_number character varying,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    additional_attributes jsonb,
    identifier character varying,
    custom_attributes jsonb,
    last_activity_at timestamp without time zone,
    contact_type integer,
    middle_name character varying,
    last_name character varying,
    location character varying,
    country_code character varying,
    blocked boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.conversation_participants (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.conversations (
    id integer NOT NULL,
    account_id integer NOT NULL,
    inbox_id integer NOT NULL,
    status integer NOT NULL,
    assignee_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    contact_id bigint,
    display_id integer NOT NULL,
    contact_last_seen_at timestamp without time zone,
    agent_last_seen_at timestamp without time zone,
    additional_attributes jsonb,
    contact_inbox_id bigint,
    uuid uuid NOT NULL,
    identifier character varying,
    last_activity_at timestamp without time zone NOT NULL,
    team_id bigint,
    campaign_id bigint,
    snoozed_until timestamp without time zone,
    custom_attributes jsonb,
    assignee_last_seen_at timestamp without time zone,
    first_reply_created_at timestamp without time zone,
    priority integer,
    sla_policy_id bigint,
    waiting_since timestamp without time zone,
    cached_label_list text,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.copilot_messages (
    id bigint NOT NULL,
    copilot_thread_id bigint NOT NULL,
    account_id bigint NOT NULL,
    message jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    message_type integer,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.copilot_threads (
    id bigint NOT NULL,
    title character varying NOT NULL,
    user_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    assistant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.csat_survey_responses (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    message_id bigint NOT NULL,
    rating integer NOT NULL,
    feedback_message text,
    contact_id bigint NOT NULL,
    assigned_agent_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.custom_attribute_definitions (
    id bigint NOT NULL,
    attribute_display_name character varying,
    attribute_key character varying,
    attribute_display_type integer,
    default_value integer,
    attribute_model integer,
    account_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    attribute_description text,
    attribute_values jsonb,
    regex_pattern character varying,
    regex_cue character varying,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.custom_filters (
    id bigint NOT NULL,
    name character varying NOT NULL,
    filter_type integer NOT NULL,
    query jsonb NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.custom_roles (
    id bigint NOT NULL,
    name character varying,
    description character varying,
    account_id bigint NOT NULL,
    permissions text[],
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.dashboard_apps (
    id bigint NOT NULL,
    title character varying NOT NULL,
    content jsonb,
    account_id bigint NOT NULL,
    user_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.data_imports (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    data_type character varying NOT NULL,
    status integer NOT NULL,
    processing_errors text,
    total_records integer,
    processed_records integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.email_templates (
    id bigint NOT NULL,
    name character varying NOT NULL,
    body text NOT NULL,
    account_id integer,
    template_type integer,
    locale integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.folders (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    category_id integer NOT NULL,
    name character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.inbox_assignment_policies (
    id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    assignment_policy_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.inbox_capacity_limits (
    id bigint NOT NULL,
    agent_capacity_policy_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    conversation_limit integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.inbox_members (
    id integer NOT NULL,
    user_id integer NOT NULL,
    inbox_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.inboxes (
    id integer NOT NULL,
    channel_id integer NOT NULL,
    account_id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    channel_type character varying,
    enable_auto_assignment boolean,
    greeting_enabled boolean,
    greeting_message character varying,
    email_address character varying,
    working_hours_enabled boolean,
    out_of_office_message character varying,
    timezone character varying,
    enable_email_collect boolean,
    csat_survey_enabled boolean,
    allow_messages_after_resolved boolean,
    auto_assignment_config jsonb,
    lock_to_single_conversation boolean NOT NULL,
    portal_id bigint,
    sender_name_type integer NOT NULL,
    business_name character varying,
    csat_config jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.installation_configs (
    id bigint NOT NULL,
    name character varying NOT NULL,
    serialized_value jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locked boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.integrations_hooks (
    id bigint NOT NULL,
    status integer,
    inbox_id integer,
    account_id integer,
    app_id character varying,
    hook_type integer,
    reference_id character varying,
    access_token character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    settings jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.labels (
    id bigint NOT NULL,
    title character varying,
    description text,
    color character varying NOT NULL,
    show_on_sidebar boolean,
    account_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.leaves (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    leave_type integer NOT NULL,
    status integer NOT NULL,
    reason text,
    approved_by_id bigint,
    approved_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.macros (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    visibility integer,
    created_by_id bigint,
    updated_by_id bigint,
    actions jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.mentions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    account_id bigint NOT NULL,
    mentioned_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.messages (
    id integer NOT NULL,
    content text,
    account_id integer NOT NULL,
    inbox_id integer NOT NULL,
    conversation_id integer NOT NULL,
    message_type integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    private boolean NOT NULL,
    status integer,
    source_id character varying,
    content_type integer NOT NULL,
    content_attributes json,
    sender_type character varying,
    sender_id bigint,
    external_source_ids jsonb,
    additional_attributes jsonb,
    processed_message_content text,
    sentiment jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.notes (
    id bigint NOT NULL,
    content text NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    user_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.notification_settings (
    id bigint NOT NULL,
    account_id integer,
    user_id integer,
    email_flags integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    push_flags integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.notification_subscriptions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    subscription_type integer NOT NULL,
    subscription_attributes jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    identifier text,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.notifications (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    notification_type integer NOT NULL,
    primary_actor_type character varying NOT NULL,
    primary_actor_id bigint NOT NULL,
    secondary_actor_type character varying,
    secondary_actor_id bigint,
    read_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    snoozed_until timestamp without time zone,
    last_activity_at timestamp without time zone,
    meta jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.platform_app_permissibles (
    id bigint NOT NULL,
    platform_app_id bigint NOT NULL,
    permissible_type character varying NOT NULL,
    permissible_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.platform_apps (
    id bigint NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.portals (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    name character varying NOT NULL,
    slug character varying NOT NULL,
    custom_domain character varying,
    color character varying,
    homepage_link character varying,
    page_title character varying,
    header_text text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    config jsonb,
    archived boolean,
    channel_web_widget_id bigint,
    ssl_settings jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.portals_members (
    portal_id bigint NOT NULL,
    user_id bigint NOT NULL
);
CREATE TABLE chatwoot.related_categories (
    id bigint NOT NULL,
    category_id bigint,
    related_category_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.reporting_events (
    id bigint NOT NULL,
    name character varying,
    value double precision,
    account_id integer,
    inbox_id integer,
    user_id integer,
    conversation_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    value_in_business_hours double precision,
    event_start_time timestamp without time zone,
    event_end_time timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.sla_events (
    id bigint NOT NULL,
    applied_sla_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    account_id bigint NOT NULL,
    sla_policy_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    event_type integer,
    meta jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.sla_policies (
    id bigint NOT NULL,
    name character varying NOT NULL,
    first_response_time_threshold double precision,
    next_response_time_threshold double precision,
    only_during_business_hours boolean,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description character varying,
    resolution_time_threshold double precision,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.taggings (
    id integer NOT NULL,
    tag_id integer,
    taggable_type character varying,
    taggable_id integer,
    tagger_type character varying,
    tagger_id integer,
    context character varying,
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.tags (
    id integer NOT NULL,
    name character varying,
    taggings_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.team_members (
    id bigint NOT NULL,
    team_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.teams (
    id bigint NOT NULL,
    name character varying NOT NULL,
    description text,
    allow_auto_assign boolean,
    account_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.telegram_bots (
    id integer NOT NULL,
    name character varying,
    auth_key character varying,
    account_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.users (
    id integer NOT NULL,
    provider character varying NOT NULL,
    uid character varying NOT NULL,
    encrypted_password character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying,
    last_sign_in_ip character varying,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    name character varying NOT NULL,
    display_name character varying,
    email character varying,
    tokens json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    pubsub_token character varying,
    availability integer,
    ui_settings jsonb,
    custom_attributes jsonb,
    type character varying,
    message_signature text,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.webhooks (
    id bigint NOT NULL,
    account_id integer,
    inbox_id integer,
    url character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    webhook_type integer,
    subscriptions jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE chatwoot.working_hours (
    id bigint NOT NULL,
    inbox_id bigint,
    account_id bigint,
    day_of_week integer NOT NULL,
    closed_all_day boolean,
    open_hour integer,
    open_minutes integer,
    close_hour integer,
    close_minutes integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    open_all_day boolean,
    PRIMARY KEY (id)
);
ALTER TABLE chatwoot.active_storage_attachments ADD FOREIGN KEY (blob_id) REFERENCES chatwoot.active_storage_blobs (id);
ALTER TABLE chatwoot.active_storage_variant_records ADD FOREIGN KEY (blob_id) REFERENCES chatwoot.active_storage_blobs (id);
ALTER TABLE chatwoot.campaign_messages ADD FOREIGN KEY (campaign_id) REFERENCES chatwoot.campaigns (id);
ALTER TABLE chatwoot.campaign_messages ADD FOREIGN KEY (contact_id) REFERENCES chatwoot.contacts (id);
ALTER TABLE chatwoot.inboxes ADD FOREIGN KEY (portal_id) REFERENCES chatwoot.portals (id);
