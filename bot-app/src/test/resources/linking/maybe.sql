-- Maybe (github.com/maybe-finance/maybe) db/schema.rb converted to PostgreSQL
CREATE SCHEMA maybe;

CREATE TABLE maybe.accounts (
    id uuid NOT NULL,
    subtype character varying,
    family_id uuid NOT NULL,
    name character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    accountable_type character varying,
    accountable_id uuid,
    balance numeric(19,4),
    currency character varying,
    classification character varying,
    import_id uuid,
    plaid_account_id uuid,
    cash_balance numeric(19,4),
    locked_attributes jsonb,
    status character varying,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.active_storage_attachments (
    id uuid NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id uuid NOT NULL,
    blob_id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT active_storage_attachments_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.active_storage_blobs (
    id uuid NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT active_storage_blobs_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.active_storage_variant_records (
    id uuid NOT NULL,
    blob_id uuid NOT NULL,
    variation_digest character varying NOT NULL,
    CONSTRAINT active_storage_variant_records_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.addresses (
    id uuid NOT NULL,
    addressable_type character varying,
    addressable_id uuid,
    line1 character varying,
    line2 character varying,
    county character varying,
    locality character varying,
    region character varying,
    country character varying,
    postal_code integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT addresses_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.api_keys (
    id uuid NOT NULL,
    name character varying,
    user_id uuid NOT NULL,
    scopes json,
    last_used_at timestamp without time zone,
    expires_at timestamp without time zone,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    display_key character varying NOT NULL,
    source character varying,
    CONSTRAINT api_keys_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.balances (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    date date NOT NULL,
    balance numeric(19,4) NOT NULL,
    currency character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    cash_balance numeric(19,4),
    start_cash_balance numeric(19,4) NOT NULL,
    start_non_cash_balance numeric(19,4) NOT NULL,
    cash_inflows numeric(19,4) NOT NULL,
    cash_outflows numeric(19,4) NOT NULL,
    non_cash_inflows numeric(19,4) NOT NULL,
    non_cash_outflows numeric(19,4) NOT NULL,
    net_market_flows numeric(19,4) NOT NULL,
    cash_adjustments numeric(19,4) NOT NULL,
    non_cash_adjustments numeric(19,4) NOT NULL,
    flows_factor integer NOT NULL,
    start_balance numeric(19,4),
    end_cash_balance numeric(19,4),
    end_non_cash_balance numeric(19,4),
    end_balance numeric(19,4),
    CONSTRAINT balances_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.budget_categories (
    id uuid NOT NULL,
    budget_id uuid NOT NULL,
    category_id uuid NOT NULL,
    budgeted_spending numeric(19,4) NOT NULL,
    currency character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT budget_categories_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.budgets (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    budgeted_spending numeric(19,4),
    expected_income numeric(19,4),
    currency character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT budgets_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.categories (
    id uuid NOT NULL,
    name character varying NOT NULL,
    color character varying NOT NULL,
    family_id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    parent_id uuid,
    classification character varying NOT NULL,
    lucide_icon character varying NOT NULL,
    CONSTRAINT categories_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.chats (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    title character varying NOT NULL,
    instructions character varying,
    error jsonb,
    latest_assistant_response_id character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT chats_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.credit_cards (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    available_credit numeric(10,2),
    minimum_payment numeric(10,2),
    apr numeric(10,2),
    expiration_date date,
    annual_fee numeric(10,2),
    locked_attributes jsonb,
    CONSTRAINT credit_cards_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.cryptos (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locked_attributes jsonb,
    CONSTRAINT cryptos_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.data_enrichments (
    id uuid NOT NULL,
    enrichable_type character varying NOT NULL,
    enrichable_id uuid NOT NULL,
    source character varying,
    attribute_name character varying,
    value jsonb,
    metadata jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT data_enrichments_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.depositories (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locked_attributes jsonb,
    CONSTRAINT depositories_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.entries (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    entryable_type character varying,
    entryable_id uuid,
    amount numeric(19,4) NOT NULL,
    currency character varying,
    date date,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    import_id uuid,
    notes text,
    excluded boolean,
    plaid_id character varying,
    locked_attributes jsonb,
    CONSTRAINT entries_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.exchange_rates (
    id uuid NOT NULL,
    from_currency character varying NOT NULL,
    to_currency character varying NOT NULL,
    rate numeric NOT NULL,
    date date NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT exchange_rates_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.families (
    id uuid NOT NULL,
    name character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    currency character varying,
    locale character varying,
    stripe_customer_id character varying,
    date_format character varying,
    country character varying,
    timezone character varying,
    data_enrichment_enabled boolean,
    early_access boolean,
    auto_sync_on_login boolean NOT NULL,
    latest_sync_activity_at timestamp without time zone,
    latest_sync_completed_at timestamp without time zone,
    CONSTRAINT families_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.family_exports (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    status character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT family_exports_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.holdings (
    id uuid NOT NULL,
    account_id uuid NOT NULL,
    security_id uuid NOT NULL,
    date date NOT NULL,
    qty numeric(19,4) NOT NULL,
    price numeric(19,4) NOT NULL,
    amount numeric(19,4) NOT NULL,
    currency character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT holdings_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.impersonation_session_logs (
    id uuid NOT NULL,
    impersonation_session_id uuid NOT NULL,
    controller character varying,
    action character varying,
    path text,
    method character varying,
    ip_address character varying,
    user_agent text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT impersonation_session_logs_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.impersonation_sessions (
    id uuid NOT NULL,
    impersonator_id uuid NOT NULL,
    impersonated_id uuid NOT NULL,
    status character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT impersonation_sessions_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.import_mappings (
    id uuid NOT NULL,
    type character varying NOT NULL,
    key character varying,
    value character varying,
    create_when_empty boolean,
    import_id uuid NOT NULL,
    mappable_type character varying,
    mappable_id uuid,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT import_mappings_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.import_rows (
    id uuid NOT NULL,
    import_id uuid NOT NULL,
    account character varying,
    date character varying,
    qty character varying,
    ticker character varying,
    price character varying,
    amount character varying,
    currency character varying,
    name character varying,
    category character varying,
    tags character varying,
    entity_type character varying,
    notes text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    exchange_operating_mic character varying,
    CONSTRAINT import_rows_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.imports (
    id uuid NOT NULL,
    column_mappings jsonb,
    status character varying,
    raw_file_str character varying,
    normalized_csv_str character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    col_sep character varying,
    family_id uuid NOT NULL,
    account_id uuid,
    type character varying NOT NULL,
    date_col_label character varying,
    amount_col_label character varying,
    name_col_label character varying,
    category_col_label character varying,
    tags_col_label character varying,
    account_col_label character varying,
    qty_col_label character varying,
    ticker_col_label character varying,
    price_col_label character varying,
    entity_type_col_label character varying,
    notes_col_label character varying,
    currency_col_label character varying,
    date_format character varying,
    signage_convention character varying,
    error character varying,
    number_format character varying,
    exchange_operating_mic_col_label character varying,
    amount_type_strategy character varying,
    amount_type_inflow_value character varying,
    CONSTRAINT imports_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.investments (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locked_attributes jsonb,
    CONSTRAINT investments_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.invitations (
    id uuid NOT NULL,
    email character varying,
    role character varying,
    token character varying,
    family_id uuid NOT NULL,
    inviter_id uuid NOT NULL,
    accepted_at timestamp without time zone,
    expires_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT invitations_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.invite_codes (
    id uuid NOT NULL,
    token character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT invite_codes_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.loans (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    rate_type character varying,
    interest_rate numeric(10,3),
    term_months integer,
    initial_balance numeric(19,4),
    locked_attributes jsonb,
    CONSTRAINT loans_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.merchants (
    id uuid NOT NULL,
    name character varying NOT NULL,
    color character varying,
    family_id uuid,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    logo_url character varying,
    website_url character varying,
    type character varying NOT NULL,
    source character varying,
    provider_merchant_id character varying,
    CONSTRAINT merchants_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.messages (
    id uuid NOT NULL,
    chat_id uuid NOT NULL,
    type character varying NOT NULL,
    status character varying NOT NULL,
    content text,
    ai_model character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    debug boolean,
    provider_id character varying,
    reasoning boolean,
    CONSTRAINT messages_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.mobile_devices (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    device_id character varying,
    device_name character varying,
    device_type character varying,
    os_version character varying,
    app_version character varying,
    last_seen_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    oauth_application_id integer,
    CONSTRAINT mobile_devices_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.oauth_access_grants (
    id bigint NOT NULL,
    resource_owner_id character varying NOT NULL,
    application_id bigint NOT NULL,
    token character varying NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone,
    CONSTRAINT oauth_access_grants_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.oauth_access_tokens (
    id bigint NOT NULL,
    resource_owner_id character varying,
    application_id bigint NOT NULL,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer,
    scopes character varying,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone,
    previous_refresh_token character varying NOT NULL,
    CONSTRAINT oauth_access_tokens_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.oauth_applications (
    id bigint NOT NULL,
    name character varying NOT NULL,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    confidential boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    owner_id uuid,
    owner_type character varying,
    CONSTRAINT oauth_applications_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.other_assets (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locked_attributes jsonb,
    CONSTRAINT other_assets_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.other_liabilities (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locked_attributes jsonb,
    CONSTRAINT other_liabilities_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.plaid_accounts (
    id uuid NOT NULL,
    plaid_item_id uuid NOT NULL,
    plaid_id character varying NOT NULL,
    plaid_type character varying NOT NULL,
    plaid_subtype character varying,
    current_balance numeric(19,4),
    available_balance numeric(19,4),
    currency character varying NOT NULL,
    name character varying NOT NULL,
    mask character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    raw_payload jsonb,
    raw_transactions_payload jsonb,
    raw_investments_payload jsonb,
    raw_liabilities_payload jsonb,
    CONSTRAINT plaid_accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.plaid_items (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    access_token character varying,
    plaid_id character varying NOT NULL,
    name character varying,
    next_cursor character varying,
    scheduled_for_deletion boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    available_products character varying[],
    billed_products character varying[],
    plaid_region character varying NOT NULL,
    institution_url character varying,
    institution_id character varying,
    institution_color character varying,
    status character varying NOT NULL,
    raw_payload jsonb,
    raw_institution_payload jsonb,
    CONSTRAINT plaid_items_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.properties (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    year_built integer,
    area_value integer,
    area_unit character varying,
    locked_attributes jsonb,
    CONSTRAINT properties_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.rejected_transfers (
    id uuid NOT NULL,
    inflow_transaction_id uuid NOT NULL,
    outflow_transaction_id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT rejected_transfers_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.rule_actions (
    id uuid NOT NULL,
    rule_id uuid NOT NULL,
    action_type character varying NOT NULL,
    value character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT rule_actions_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.rule_conditions (
    id uuid NOT NULL,
    rule_id uuid,
    parent_id uuid,
    condition_type character varying NOT NULL,
    operator character varying NOT NULL,
    value character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT rule_conditions_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.rules (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    resource_type character varying NOT NULL,
    effective_date date,
    active boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    CONSTRAINT rules_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.securities (
    id uuid NOT NULL,
    ticker character varying NOT NULL,
    name character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    country_code character varying,
    exchange_mic character varying,
    exchange_acronym character varying,
    logo_url character varying,
    exchange_operating_mic character varying,
    offline boolean NOT NULL,
    failed_fetch_at timestamp without time zone,
    failed_fetch_count integer NOT NULL,
    last_health_check_at timestamp without time zone,
    CONSTRAINT securities_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.security_prices (
    id uuid NOT NULL,
    date date NOT NULL,
    price numeric(19,4) NOT NULL,
    currency character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    security_id uuid,
    CONSTRAINT security_prices_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.sessions (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    user_agent character varying,
    ip_address character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    active_impersonator_session_id uuid,
    subscribed_at timestamp without time zone,
    prev_transaction_page_params jsonb,
    data jsonb,
    CONSTRAINT sessions_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.settings (
    id bigint NOT NULL,
    var character varying NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT settings_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.subscriptions (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    status character varying NOT NULL,
    stripe_id character varying,
    amount numeric(19,4),
    currency character varying,
    interval character varying,
    current_period_ends_at timestamp without time zone,
    trial_ends_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT subscriptions_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.syncs (
    id uuid NOT NULL,
    syncable_type character varying NOT NULL,
    syncable_id uuid NOT NULL,
    status character varying,
    error character varying,
    data jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    parent_id uuid,
    pending_at timestamp without time zone,
    syncing_at timestamp without time zone,
    completed_at timestamp without time zone,
    failed_at timestamp without time zone,
    window_start_date date,
    window_end_date date,
    CONSTRAINT syncs_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.taggings (
    id uuid NOT NULL,
    tag_id uuid NOT NULL,
    taggable_type character varying,
    taggable_id uuid,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT taggings_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.tags (
    id uuid NOT NULL,
    name character varying,
    color character varying NOT NULL,
    family_id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.tool_calls (
    id uuid NOT NULL,
    message_id uuid NOT NULL,
    provider_id character varying NOT NULL,
    provider_call_id character varying,
    type character varying NOT NULL,
    function_name character varying,
    function_arguments jsonb,
    function_result jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT tool_calls_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.trades (
    id uuid NOT NULL,
    security_id uuid NOT NULL,
    qty numeric(19,4),
    price numeric(19,4),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    currency character varying,
    locked_attributes jsonb,
    CONSTRAINT trades_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.transactions (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    category_id uuid,
    merchant_id uuid,
    locked_attributes jsonb,
    kind character varying NOT NULL,
    CONSTRAINT transactions_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.transfers (
    id uuid NOT NULL,
    inflow_transaction_id uuid NOT NULL,
    outflow_transaction_id uuid NOT NULL,
    status character varying NOT NULL,
    notes text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT transfers_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.users (
    id uuid NOT NULL,
    family_id uuid NOT NULL,
    first_name character varying,
    last_name character varying,
    email character varying,
    password_digest character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    role character varying NOT NULL,
    active boolean NOT NULL,
    onboarded_at timestamp without time zone,
    unconfirmed_email character varying,
    otp_secret character varying,
    otp_required boolean NOT NULL,
    otp_backup_codes character varying[],
    show_sidebar boolean,
    default_period character varying NOT NULL,
    last_viewed_chat_id uuid,
    show_ai_sidebar boolean,
    ai_enabled boolean NOT NULL,
    theme character varying,
    rule_prompts_disabled boolean,
    rule_prompt_dismissed_at timestamp without time zone,
    goals text[],
    set_onboarding_preferences_at timestamp without time zone,
    set_onboarding_goals_at timestamp without time zone,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.valuations (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locked_attributes jsonb,
    kind character varying NOT NULL,
    CONSTRAINT valuations_pkey PRIMARY KEY (id)
);

CREATE TABLE maybe.vehicles (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    year integer,
    mileage_value integer,
    mileage_unit character varying,
    make character varying,
    model character varying,
    locked_attributes jsonb,
    CONSTRAINT vehicles_pkey PRIMARY KEY (id)
);

ALTER TABLE maybe.accounts ADD CONSTRAINT fk_accounts_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.accounts ADD CONSTRAINT fk_accounts_import_id FOREIGN KEY (import_id) REFERENCES maybe.imports (id);
ALTER TABLE maybe.accounts ADD CONSTRAINT fk_accounts_plaid_account_id FOREIGN KEY (plaid_account_id) REFERENCES maybe.plaid_accounts (id);
ALTER TABLE maybe.active_storage_attachments ADD CONSTRAINT fk_active_storage_attachments_blob_id FOREIGN KEY (blob_id) REFERENCES maybe.active_storage_blobs (id);
ALTER TABLE maybe.active_storage_variant_records ADD CONSTRAINT fk_active_storage_variant_records_blob_id FOREIGN KEY (blob_id) REFERENCES maybe.active_storage_blobs (id);
ALTER TABLE maybe.api_keys ADD CONSTRAINT fk_api_keys_user_id FOREIGN KEY (user_id) REFERENCES maybe.users (id);
ALTER TABLE maybe.balances ADD CONSTRAINT fk_balances_account_id FOREIGN KEY (account_id) REFERENCES maybe.accounts (id) ON DELETE CASCADE;
ALTER TABLE maybe.budget_categories ADD CONSTRAINT fk_budget_categories_budget_id FOREIGN KEY (budget_id) REFERENCES maybe.budgets (id);
ALTER TABLE maybe.budget_categories ADD CONSTRAINT fk_budget_categories_category_id FOREIGN KEY (category_id) REFERENCES maybe.categories (id);
ALTER TABLE maybe.budgets ADD CONSTRAINT fk_budgets_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.categories ADD CONSTRAINT fk_categories_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.chats ADD CONSTRAINT fk_chats_user_id FOREIGN KEY (user_id) REFERENCES maybe.users (id);
ALTER TABLE maybe.entries ADD CONSTRAINT fk_entries_account_id FOREIGN KEY (account_id) REFERENCES maybe.accounts (id);
ALTER TABLE maybe.entries ADD CONSTRAINT fk_entries_import_id FOREIGN KEY (import_id) REFERENCES maybe.imports (id);
ALTER TABLE maybe.family_exports ADD CONSTRAINT fk_family_exports_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.holdings ADD CONSTRAINT fk_holdings_account_id FOREIGN KEY (account_id) REFERENCES maybe.accounts (id);
ALTER TABLE maybe.holdings ADD CONSTRAINT fk_holdings_security_id FOREIGN KEY (security_id) REFERENCES maybe.securities (id);
ALTER TABLE maybe.impersonation_session_logs ADD CONSTRAINT fk_impersonation_session_logs_impersonation_session_id FOREIGN KEY (impersonation_session_id) REFERENCES maybe.impersonation_sessions (id);
ALTER TABLE maybe.impersonation_sessions ADD CONSTRAINT fk_impersonation_sessions_impersonated_id FOREIGN KEY (impersonated_id) REFERENCES maybe.users (id);
ALTER TABLE maybe.impersonation_sessions ADD CONSTRAINT fk_impersonation_sessions_impersonator_id FOREIGN KEY (impersonator_id) REFERENCES maybe.users (id);
ALTER TABLE maybe.import_rows ADD CONSTRAINT fk_import_rows_import_id FOREIGN KEY (import_id) REFERENCES maybe.imports (id);
ALTER TABLE maybe.imports ADD CONSTRAINT fk_imports_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.invitations ADD CONSTRAINT fk_invitations_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.invitations ADD CONSTRAINT fk_invitations_inviter_id FOREIGN KEY (inviter_id) REFERENCES maybe.users (id);
ALTER TABLE maybe.merchants ADD CONSTRAINT fk_merchants_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.messages ADD CONSTRAINT fk_messages_chat_id FOREIGN KEY (chat_id) REFERENCES maybe.chats (id);
ALTER TABLE maybe.mobile_devices ADD CONSTRAINT fk_mobile_devices_user_id FOREIGN KEY (user_id) REFERENCES maybe.users (id);
ALTER TABLE maybe.oauth_access_grants ADD CONSTRAINT fk_oauth_access_grants_application_id FOREIGN KEY (application_id) REFERENCES maybe.oauth_applications (id);
ALTER TABLE maybe.oauth_access_tokens ADD CONSTRAINT fk_oauth_access_tokens_application_id FOREIGN KEY (application_id) REFERENCES maybe.oauth_applications (id);
ALTER TABLE maybe.plaid_accounts ADD CONSTRAINT fk_plaid_accounts_plaid_item_id FOREIGN KEY (plaid_item_id) REFERENCES maybe.plaid_items (id);
ALTER TABLE maybe.plaid_items ADD CONSTRAINT fk_plaid_items_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.rejected_transfers ADD CONSTRAINT fk_rejected_transfers_inflow_transaction_id FOREIGN KEY (inflow_transaction_id) REFERENCES maybe.transactions (id);
ALTER TABLE maybe.rejected_transfers ADD CONSTRAINT fk_rejected_transfers_outflow_transaction_id FOREIGN KEY (outflow_transaction_id) REFERENCES maybe.transactions (id);
ALTER TABLE maybe.rule_actions ADD CONSTRAINT fk_rule_actions_rule_id FOREIGN KEY (rule_id) REFERENCES maybe.rules (id);
ALTER TABLE maybe.rule_conditions ADD CONSTRAINT fk_rule_conditions_parent_id FOREIGN KEY (parent_id) REFERENCES maybe.rule_conditions (id);
ALTER TABLE maybe.rule_conditions ADD CONSTRAINT fk_rule_conditions_rule_id FOREIGN KEY (rule_id) REFERENCES maybe.rules (id);
ALTER TABLE maybe.rules ADD CONSTRAINT fk_rules_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.security_prices ADD CONSTRAINT fk_security_prices_security_id FOREIGN KEY (security_id) REFERENCES maybe.securities (id);
ALTER TABLE maybe.sessions ADD CONSTRAINT fk_sessions_active_impersonator_session_id FOREIGN KEY (active_impersonator_session_id) REFERENCES maybe.impersonation_sessions (id);
ALTER TABLE maybe.sessions ADD CONSTRAINT fk_sessions_user_id FOREIGN KEY (user_id) REFERENCES maybe.users (id);
ALTER TABLE maybe.subscriptions ADD CONSTRAINT fk_subscriptions_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.syncs ADD CONSTRAINT fk_syncs_parent_id FOREIGN KEY (parent_id) REFERENCES maybe.syncs (id);
ALTER TABLE maybe.taggings ADD CONSTRAINT fk_taggings_tag_id FOREIGN KEY (tag_id) REFERENCES maybe.tags (id);
ALTER TABLE maybe.tags ADD CONSTRAINT fk_tags_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
ALTER TABLE maybe.tool_calls ADD CONSTRAINT fk_tool_calls_message_id FOREIGN KEY (message_id) REFERENCES maybe.messages (id);
ALTER TABLE maybe.trades ADD CONSTRAINT fk_trades_security_id FOREIGN KEY (security_id) REFERENCES maybe.securities (id);
ALTER TABLE maybe.transactions ADD CONSTRAINT fk_transactions_category_id FOREIGN KEY (category_id) REFERENCES maybe.categories (id) ON DELETE SET NULL;
ALTER TABLE maybe.transactions ADD CONSTRAINT fk_transactions_merchant_id FOREIGN KEY (merchant_id) REFERENCES maybe.merchants (id);
ALTER TABLE maybe.transfers ADD CONSTRAINT fk_transfers_inflow_transaction_id FOREIGN KEY (inflow_transaction_id) REFERENCES maybe.transactions (id) ON DELETE CASCADE;
ALTER TABLE maybe.transfers ADD CONSTRAINT fk_transfers_outflow_transaction_id FOREIGN KEY (outflow_transaction_id) REFERENCES maybe.transactions (id) ON DELETE CASCADE;
ALTER TABLE maybe.users ADD CONSTRAINT fk_users_last_viewed_chat_id FOREIGN KEY (last_viewed_chat_id) REFERENCES maybe.chats (id);
ALTER TABLE maybe.users ADD CONSTRAINT fk_users_family_id FOREIGN KEY (family_id) REFERENCES maybe.families (id);
