-- Lago, the open-source usage-based billing and metering platform (organizations and their billing entities,
-- customers with their metadata, taxes and payment-provider links, plans with charges, fixed charges and their
-- filters, billable metrics, subscriptions, events, invoices with fees, invoice subscriptions and taxes, credit notes
-- and their items, coupons and applied coupons, add-ons, prepaid-credit wallets and wallet transactions, payments,
-- payment requests, refunds and receipts, dunning campaigns, usage thresholds and usage-monitoring alerts,
-- entitlements and features, quotes, order forms and orders, products and rate cards, integrations, webhooks, data
-- exports, users, memberships and roles), as its Rails schema dump declares it: db/structure.sql of
-- github.com/getlago/lago-api (commit 1b1c24a6a6c321d7900b05906bf1b20f706c97c2, 2026-08-21; AGPL-3.0, we use the
-- schema's facts). The dump was loaded into a scratch PostgreSQL 15 (only its pg_partman extension and the partman
-- template table could not be created) and regenerated from the catalog: 135 of its 138 tables in schema public,
-- here schema lago, their primary keys (134; enriched_events, a partitioned table, has none) and all 339 foreign
-- keys among them. Its 43 enum types -> text (text[] for arrays of them). Left out: the Rails bookkeeping tables
-- ar_internal_metadata and schema_migrations, the partition enriched_events_default (enriched_events is kept as a
-- plain table, its PARTITION BY dropped), the partman schema and its template table, the 33 views, functions,
-- triggers, indexes (unique ones included, but for the unique index on memberships (id, organization_id), kept as a
-- UNIQUE constraint because membership_roles' foreign key points at it), sequences, defaults, CHECK constraints and
-- ON DELETE actions; the dump declares no catalog comments, so none here. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS lago;
CREATE TABLE lago.active_storage_attachments (
    id uuid NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    blob_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    record_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.active_storage_blobs (
    id uuid NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.active_storage_variant_records (
    id uuid NOT NULL,
    blob_id uuid NOT NULL,
    variation_digest character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.add_ons (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    description character varying,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    invoice_display_name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.add_ons_taxes (
    id uuid NOT NULL,
    add_on_id uuid NOT NULL,
    tax_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.adjusted_fees (
    id uuid NOT NULL,
    fee_id uuid,
    invoice_id uuid NOT NULL,
    subscription_id uuid,
    charge_id uuid,
    invoice_display_name character varying,
    fee_type integer,
    adjusted_units boolean NOT NULL,
    adjusted_amount boolean NOT NULL,
    units numeric NOT NULL,
    unit_amount_cents bigint NOT NULL,
    properties jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    group_id uuid,
    grouped_by jsonb NOT NULL,
    charge_filter_id uuid,
    unit_precise_amount_cents numeric(40,15) NOT NULL,
    organization_id uuid NOT NULL,
    fixed_charge_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.ai_conversations (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    membership_id uuid NOT NULL,
    name character varying NOT NULL,
    mistral_conversation_id character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.api_keys (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    value character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    expires_at timestamp(6) without time zone,
    last_used_at timestamp(6) without time zone,
    name character varying,
    permissions jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.applied_add_ons (
    id uuid NOT NULL,
    add_on_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.applied_coupons (
    id uuid NOT NULL,
    coupon_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    status integer NOT NULL,
    amount_cents bigint,
    amount_currency character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    terminated_at timestamp without time zone,
    percentage_rate numeric(10,5),
    frequency integer NOT NULL,
    frequency_duration integer,
    frequency_duration_remaining integer,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.applied_invoice_custom_sections (
    id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    display_name character varying,
    details character varying,
    invoice_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.applied_pricing_units (
    id uuid NOT NULL,
    pricing_unit_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    pricing_unitable_type character varying NOT NULL,
    pricing_unitable_id uuid NOT NULL,
    conversion_rate numeric(40,15) NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.applied_usage_thresholds (
    id uuid NOT NULL,
    usage_threshold_id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    lifetime_usage_amount_cents bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.billable_metric_filters (
    id uuid NOT NULL,
    billable_metric_id uuid NOT NULL,
    key character varying NOT NULL,
    "values" character varying[] NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.billable_metrics (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    description character varying,
    properties jsonb,
    aggregation_type integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    field_name character varying,
    deleted_at timestamp(6) without time zone,
    recurring boolean NOT NULL,
    weighted_interval text,
    custom_aggregator text,
    expression character varying,
    rounding_function text,
    rounding_precision integer,
    PRIMARY KEY (id)
);
CREATE TABLE lago.billing_entities (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    address_line1 character varying,
    address_line2 character varying,
    city character varying,
    country character varying,
    zipcode character varying,
    state character varying,
    timezone character varying NOT NULL,
    default_currency character varying NOT NULL,
    document_locale character varying NOT NULL,
    document_number_prefix character varying,
    document_numbering text NOT NULL,
    finalize_zero_amount_invoice boolean NOT NULL,
    invoice_footer text,
    invoice_grace_period integer NOT NULL,
    net_payment_term integer NOT NULL,
    email character varying,
    email_settings character varying[] NOT NULL,
    eu_tax_management boolean,
    legal_name character varying,
    legal_number character varying,
    logo character varying,
    name character varying NOT NULL,
    code character varying NOT NULL,
    tax_identification_number character varying,
    vat_rate double precision NOT NULL,
    archived_at timestamp(6) without time zone,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    applied_dunning_campaign_id uuid,
    einvoicing boolean NOT NULL,
    subscription_invoice_issuing_date_anchor text NOT NULL,
    subscription_invoice_issuing_date_adjustment text NOT NULL,
    phone character varying,
    payment_term jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE lago.billing_entities_invoice_custom_sections (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    billing_entity_id uuid NOT NULL,
    invoice_custom_section_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.billing_entities_taxes (
    id uuid NOT NULL,
    billing_entity_id uuid NOT NULL,
    tax_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.billing_object_connections (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    owner_type character varying NOT NULL,
    owner_id uuid NOT NULL,
    payment_provider_customer_id uuid,
    integration_customer_id uuid,
    category text NOT NULL,
    behavior text NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.cached_aggregations (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    "timestamp" timestamp(6) without time zone NOT NULL,
    external_subscription_id character varying NOT NULL,
    charge_id uuid NOT NULL,
    group_id uuid,
    current_aggregation numeric,
    max_aggregation numeric,
    max_aggregation_with_proration numeric,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    grouped_by jsonb NOT NULL,
    charge_filter_id uuid,
    current_amount numeric,
    event_transaction_id character varying,
    presentation_breakdowns jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.charge_filter_values (
    id uuid NOT NULL,
    charge_filter_id uuid NOT NULL,
    billable_metric_filter_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    "values" character varying[] NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.charge_filters (
    id uuid NOT NULL,
    charge_id uuid NOT NULL,
    properties jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    invoice_display_name character varying,
    organization_id uuid NOT NULL,
    code character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.charges (
    id uuid NOT NULL,
    billable_metric_id uuid,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    plan_id uuid,
    amount_currency character varying,
    charge_model integer NOT NULL,
    properties jsonb NOT NULL,
    deleted_at timestamp(6) without time zone,
    pay_in_advance boolean NOT NULL,
    min_amount_cents bigint NOT NULL,
    invoiceable boolean NOT NULL,
    prorated boolean NOT NULL,
    invoice_display_name character varying,
    regroup_paid_fees integer,
    parent_id uuid,
    organization_id uuid NOT NULL,
    code character varying NOT NULL,
    accepts_target_wallet boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.charges_taxes (
    id uuid NOT NULL,
    charge_id uuid NOT NULL,
    tax_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.commitments (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    commitment_type integer NOT NULL,
    amount_cents bigint NOT NULL,
    invoice_display_name character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.commitments_taxes (
    id uuid NOT NULL,
    commitment_id uuid NOT NULL,
    tax_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.coupon_targets (
    id uuid NOT NULL,
    coupon_id uuid NOT NULL,
    plan_id uuid,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    billable_metric_id uuid,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.coupons (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    status integer NOT NULL,
    terminated_at timestamp(6) without time zone,
    amount_cents bigint,
    amount_currency character varying,
    expiration integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    coupon_type integer NOT NULL,
    percentage_rate numeric(10,5),
    frequency integer NOT NULL,
    frequency_duration integer,
    expiration_at timestamp(6) without time zone,
    reusable boolean NOT NULL,
    limited_plans boolean NOT NULL,
    deleted_at timestamp(6) without time zone,
    limited_billable_metrics boolean NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE lago.credit_note_items (
    id uuid NOT NULL,
    credit_note_id uuid NOT NULL,
    fee_id uuid,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    precise_amount_cents numeric(30,5) NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.credit_notes (
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    sequential_id integer NOT NULL,
    number character varying NOT NULL,
    credit_amount_cents bigint NOT NULL,
    credit_amount_currency character varying NOT NULL,
    credit_status integer,
    balance_amount_cents bigint NOT NULL,
    balance_amount_currency character varying NOT NULL,
    reason integer NOT NULL,
    file character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    total_amount_cents bigint NOT NULL,
    total_amount_currency character varying NOT NULL,
    refund_amount_cents bigint NOT NULL,
    refund_amount_currency character varying,
    refund_status integer,
    voided_at timestamp(6) without time zone,
    description text,
    taxes_amount_cents bigint NOT NULL,
    refunded_at timestamp(6) without time zone,
    issuing_date date NOT NULL,
    status integer NOT NULL,
    coupons_adjustment_amount_cents bigint NOT NULL,
    precise_coupons_adjustment_amount_cents numeric(30,5) NOT NULL,
    precise_taxes_amount_cents numeric(30,5) NOT NULL,
    taxes_rate double precision NOT NULL,
    organization_id uuid NOT NULL,
    xml_file character varying,
    offset_amount_cents bigint NOT NULL,
    offset_amount_currency character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.credit_notes_taxes (
    id uuid NOT NULL,
    credit_note_id uuid NOT NULL,
    tax_id uuid,
    tax_description character varying,
    tax_code character varying NOT NULL,
    tax_name character varying NOT NULL,
    tax_rate double precision NOT NULL,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    base_amount_cents bigint NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.credits (
    invoice_id uuid,
    applied_coupon_id uuid,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    credit_note_id uuid,
    before_taxes boolean NOT NULL,
    id uuid NOT NULL,
    progressive_billing_invoice_id uuid,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.customer_metadata (
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    key character varying NOT NULL,
    value character varying NOT NULL,
    display_in_invoice boolean NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.customers (
    id uuid NOT NULL,
    external_id character varying NOT NULL,
    name character varying,
    organization_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    country character varying,
    address_line1 character varying,
    address_line2 character varying,
    state character varying,
    zipcode character varying,
    email character varying,
    city character varying,
    url character varying,
    phone character varying,
    logo_url character varying,
    legal_name character varying,
    legal_number character varying,
    vat_rate double precision,
    payment_provider character varying,
    slug character varying,
    sequential_id bigint,
    currency character varying,
    invoice_grace_period integer,
    timezone character varying,
    deleted_at timestamp(6) without time zone,
    document_locale character varying,
    tax_identification_number character varying,
    net_payment_term integer,
    external_salesforce_id character varying,
    payment_provider_code character varying,
    shipping_address_line1 character varying,
    shipping_address_line2 character varying,
    shipping_city character varying,
    shipping_zipcode character varying,
    shipping_state character varying,
    shipping_country character varying,
    finalize_zero_amount_invoice integer NOT NULL,
    firstname character varying,
    lastname character varying,
    customer_type text,
    applied_dunning_campaign_id uuid,
    exclude_from_dunning_campaign boolean NOT NULL,
    last_dunning_campaign_attempt integer NOT NULL,
    last_dunning_campaign_attempt_at timestamp without time zone,
    skip_invoice_custom_sections boolean NOT NULL,
    account_type text NOT NULL,
    billing_entity_id uuid NOT NULL,
    payment_receipt_counter bigint NOT NULL,
    subscription_invoice_issuing_date_anchor text,
    subscription_invoice_issuing_date_adjustment text,
    awaiting_wallet_refresh boolean NOT NULL,
    dunning_currency_attempts jsonb NOT NULL,
    payment_term jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE lago.customers_invoice_custom_sections (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    billing_entity_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    invoice_custom_section_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.customers_taxes (
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    tax_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.daily_usages (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    external_subscription_id character varying NOT NULL,
    from_datetime timestamp(6) without time zone NOT NULL,
    to_datetime timestamp(6) without time zone NOT NULL,
    usage jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    refreshed_at timestamp(6) without time zone NOT NULL,
    usage_diff jsonb NOT NULL,
    usage_date date,
    PRIMARY KEY (id)
);
CREATE TABLE lago.data_export_parts (
    id uuid NOT NULL,
    index integer,
    data_export_id uuid NOT NULL,
    object_ids uuid[] NOT NULL,
    completed boolean NOT NULL,
    csv_lines text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.data_exports (
    id uuid NOT NULL,
    format integer,
    resource_type character varying NOT NULL,
    resource_query jsonb,
    status integer NOT NULL,
    expires_at timestamp without time zone,
    started_at timestamp without time zone,
    completed_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    membership_id uuid,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.dunning_campaign_thresholds (
    id uuid NOT NULL,
    dunning_campaign_id uuid NOT NULL,
    currency character varying NOT NULL,
    amount_cents bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.dunning_campaigns (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    description text,
    applied_to_organization boolean NOT NULL,
    days_between_attempts integer NOT NULL,
    max_attempts integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    bcc_emails character varying[],
    PRIMARY KEY (id)
);
CREATE TABLE lago.enriched_events (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    transaction_id character varying NOT NULL,
    external_subscription_id character varying NOT NULL,
    code character varying NOT NULL,
    "timestamp" timestamp(6) without time zone NOT NULL,
    subscription_id uuid NOT NULL,
    plan_id uuid NOT NULL,
    charge_id uuid NOT NULL,
    charge_filter_id uuid,
    grouped_by jsonb NOT NULL,
    value character varying,
    decimal_value numeric(40,15) NOT NULL,
    enriched_at timestamp(6) without time zone NOT NULL,
    operation_type character varying,
    precise_total_amount_cents numeric(40,15),
    target_wallet_code character varying
);
CREATE TABLE lago.enriched_store_migrations (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    status text NOT NULL,
    started_at timestamp(6) without time zone,
    completed_at timestamp(6) without time zone,
    error_message text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.enriched_store_subscription_migrations (
    id uuid NOT NULL,
    enriched_store_migration_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    status text NOT NULL,
    billable_metric_codes jsonb,
    events_reprocessed_count integer,
    duplicates_removed_count integer,
    dedup_pending_queries jsonb,
    comparison_results jsonb,
    error_message text,
    started_at timestamp(6) without time zone,
    completed_at timestamp(6) without time zone,
    attempts integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.entitlement_entitlement_values (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    entitlement_privilege_id uuid NOT NULL,
    entitlement_entitlement_id uuid NOT NULL,
    value character varying NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.entitlement_entitlements (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    entitlement_feature_id uuid NOT NULL,
    plan_id uuid,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    subscription_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.entitlement_features (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    code character varying NOT NULL,
    name character varying,
    description character varying,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.entitlement_privileges (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    entitlement_feature_id uuid NOT NULL,
    code character varying NOT NULL,
    name character varying,
    value_type text NOT NULL,
    config jsonb NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.entitlement_subscription_feature_removals (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    entitlement_feature_id uuid,
    subscription_id uuid NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    entitlement_privilege_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.error_details (
    id uuid NOT NULL,
    owner_type character varying NOT NULL,
    owner_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    details jsonb NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    error_code integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.events (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    customer_id uuid,
    transaction_id character varying NOT NULL,
    code character varying NOT NULL,
    properties jsonb NOT NULL,
    "timestamp" timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    metadata jsonb NOT NULL,
    subscription_id uuid,
    deleted_at timestamp(6) without time zone,
    external_customer_id character varying,
    external_subscription_id character varying,
    precise_total_amount_cents numeric(40,15),
    PRIMARY KEY (id)
);
CREATE TABLE lago.fees (
    id uuid NOT NULL,
    invoice_id uuid,
    charge_id uuid,
    subscription_id uuid,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    taxes_amount_cents bigint NOT NULL,
    taxes_rate double precision NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    units numeric NOT NULL,
    applied_add_on_id uuid,
    properties jsonb NOT NULL,
    fee_type integer,
    invoiceable_type character varying,
    invoiceable_id uuid,
    events_count integer,
    group_id uuid,
    pay_in_advance_event_id uuid,
    payment_status integer NOT NULL,
    succeeded_at timestamp(6) without time zone,
    failed_at timestamp(6) without time zone,
    refunded_at timestamp(6) without time zone,
    true_up_parent_fee_id uuid,
    add_on_id uuid,
    description character varying,
    unit_amount_cents bigint NOT NULL,
    pay_in_advance boolean NOT NULL,
    precise_coupons_amount_cents numeric(30,5) NOT NULL,
    total_aggregated_units numeric,
    invoice_display_name character varying,
    precise_unit_amount numeric(30,15) NOT NULL,
    amount_details jsonb NOT NULL,
    charge_filter_id uuid,
    grouped_by jsonb NOT NULL,
    pay_in_advance_event_transaction_id character varying,
    deleted_at timestamp(6) without time zone,
    precise_amount_cents numeric(40,15) NOT NULL,
    taxes_precise_amount_cents numeric(40,15) NOT NULL,
    taxes_base_rate double precision NOT NULL,
    organization_id uuid NOT NULL,
    billing_entity_id uuid NOT NULL,
    precise_credit_notes_amount_cents numeric(30,5) NOT NULL,
    fixed_charge_id uuid,
    duplicated_in_advance boolean,
    original_fee_id uuid,
    rate_card_rate_id uuid,
    rate_override_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.fees_taxes (
    id uuid NOT NULL,
    fee_id uuid NOT NULL,
    tax_id uuid,
    tax_description character varying,
    tax_code character varying NOT NULL,
    tax_name character varying NOT NULL,
    tax_rate double precision NOT NULL,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    precise_amount_cents numeric(40,15) NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.fixed_charge_events (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    fixed_charge_id uuid NOT NULL,
    units numeric(30,10) NOT NULL,
    "timestamp" timestamp(6) without time zone,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.fixed_charges (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    plan_id uuid NOT NULL,
    add_on_id uuid NOT NULL,
    parent_id uuid,
    charge_model text NOT NULL,
    properties jsonb NOT NULL,
    invoice_display_name character varying,
    pay_in_advance boolean NOT NULL,
    prorated boolean NOT NULL,
    units numeric(30,10) NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    code character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.fixed_charges_taxes (
    id uuid NOT NULL,
    fixed_charge_id uuid NOT NULL,
    tax_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.group_properties (
    id uuid NOT NULL,
    charge_id uuid NOT NULL,
    group_id uuid NOT NULL,
    "values" jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    invoice_display_name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.groups (
    id uuid NOT NULL,
    billable_metric_id uuid NOT NULL,
    parent_group_id uuid,
    key character varying NOT NULL,
    value character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE lago.idempotency_records (
    id uuid NOT NULL,
    idempotency_key bytea NOT NULL,
    resource_id uuid,
    resource_type character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.inbound_webhooks (
    id uuid NOT NULL,
    source character varying NOT NULL,
    event_type character varying NOT NULL,
    payload jsonb NOT NULL,
    status text NOT NULL,
    organization_id uuid NOT NULL,
    code character varying,
    signature character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    processing_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE lago.integration_collection_mappings (
    id uuid NOT NULL,
    integration_id uuid NOT NULL,
    mapping_type integer NOT NULL,
    type character varying NOT NULL,
    settings jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    billing_entity_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.integration_customers (
    id uuid NOT NULL,
    integration_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    external_customer_id character varying,
    type character varying NOT NULL,
    settings jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    code character varying,
    is_default boolean NOT NULL,
    category text,
    PRIMARY KEY (id)
);
CREATE TABLE lago.integration_items (
    id uuid NOT NULL,
    integration_id uuid NOT NULL,
    item_type integer NOT NULL,
    external_id character varying NOT NULL,
    external_account_code character varying,
    external_name character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.integration_mappings (
    id uuid NOT NULL,
    integration_id uuid NOT NULL,
    mappable_type character varying NOT NULL,
    mappable_id uuid NOT NULL,
    type character varying NOT NULL,
    settings jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    billing_entity_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.integration_resources (
    id uuid NOT NULL,
    syncable_type character varying NOT NULL,
    syncable_id uuid NOT NULL,
    external_id character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    integration_id uuid,
    resource_type integer NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.integrations (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    type character varying NOT NULL,
    secrets character varying,
    settings jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invites (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    membership_id uuid,
    email character varying NOT NULL,
    token character varying NOT NULL,
    status integer NOT NULL,
    accepted_at timestamp(6) without time zone,
    revoked_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    roles character varying[] NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invoice_connections (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    payment_provider_customer_id uuid,
    integration_customer_id uuid,
    category text NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invoice_custom_sections (
    id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    description character varying,
    display_name character varying,
    details character varying,
    organization_id uuid NOT NULL,
    deleted_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    section_type text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invoice_metadata (
    id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    key character varying NOT NULL,
    value character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invoice_settlements (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    billing_entity_id uuid NOT NULL,
    target_invoice_id uuid NOT NULL,
    settlement_type text NOT NULL,
    source_payment_id uuid,
    source_credit_note_id uuid,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invoice_subscriptions (
    id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    recurring boolean,
    "timestamp" timestamp(6) without time zone,
    from_datetime timestamp(6) without time zone,
    to_datetime timestamp(6) without time zone,
    charges_from_datetime timestamp(6) without time zone,
    charges_to_datetime timestamp(6) without time zone,
    invoicing_reason text,
    organization_id uuid NOT NULL,
    regenerated_invoice_id uuid,
    fixed_charges_from_datetime timestamp(6) without time zone,
    fixed_charges_to_datetime timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invoices (
    id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    issuing_date date,
    taxes_amount_cents bigint NOT NULL,
    total_amount_cents bigint NOT NULL,
    invoice_type integer NOT NULL,
    payment_status integer NOT NULL,
    number character varying NOT NULL,
    sequential_id integer,
    file character varying,
    customer_id uuid,
    taxes_rate double precision NOT NULL,
    status integer NOT NULL,
    timezone character varying NOT NULL,
    payment_attempts integer NOT NULL,
    ready_for_payment_processing boolean NOT NULL,
    organization_id uuid NOT NULL,
    version_number integer NOT NULL,
    currency character varying,
    fees_amount_cents bigint NOT NULL,
    coupons_amount_cents bigint NOT NULL,
    credit_notes_amount_cents bigint NOT NULL,
    prepaid_credit_amount_cents bigint NOT NULL,
    sub_total_excluding_taxes_amount_cents bigint NOT NULL,
    sub_total_including_taxes_amount_cents bigint NOT NULL,
    payment_due_date date,
    net_payment_term integer NOT NULL,
    voided_at timestamp(6) without time zone,
    organization_sequential_id integer NOT NULL,
    ready_to_be_refreshed boolean NOT NULL,
    payment_dispute_lost_at timestamp(6) without time zone,
    skip_charges boolean NOT NULL,
    payment_overdue boolean,
    negative_amount_cents bigint NOT NULL,
    progressive_billing_credit_amount_cents bigint NOT NULL,
    tax_status text,
    total_paid_amount_cents bigint NOT NULL,
    self_billed boolean NOT NULL,
    applied_grace_period integer,
    billing_entity_id uuid NOT NULL,
    billing_entity_sequential_id integer,
    finalized_at timestamp without time zone,
    voided_invoice_id uuid,
    xml_file character varying,
    expected_finalization_date date,
    prepaid_granted_credit_amount_cents bigint,
    prepaid_purchased_credit_amount_cents bigint,
    payment_method_id uuid,
    skip_automatic_payment boolean,
    purchase_order_number character varying,
    payment_term jsonb,
    payment_term_source character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invoices_payment_requests (
    id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    payment_request_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.invoices_taxes (
    id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    tax_id uuid,
    tax_description character varying,
    tax_code character varying NOT NULL,
    tax_name character varying NOT NULL,
    tax_rate double precision NOT NULL,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    fees_amount_cents bigint NOT NULL,
    taxable_base_amount_cents bigint NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.item_metadata (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    owner_type character varying NOT NULL,
    owner_id uuid NOT NULL,
    value jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.lifetime_usages (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    current_usage_amount_cents bigint NOT NULL,
    invoiced_usage_amount_cents bigint NOT NULL,
    recalculate_current_usage boolean NOT NULL,
    recalculate_invoiced_usage boolean NOT NULL,
    current_usage_amount_refreshed_at timestamp without time zone,
    invoiced_usage_amount_refreshed_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    historical_usage_amount_cents bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.membership_roles (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    membership_id uuid NOT NULL,
    role_id uuid NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.memberships (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    status integer NOT NULL,
    revoked_at timestamp(6) without time zone,
    PRIMARY KEY (id),
    UNIQUE (id, organization_id)
);
CREATE TABLE lago.order_forms (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    quote_version_id uuid NOT NULL,
    number character varying NOT NULL,
    sequential_id integer NOT NULL,
    status text NOT NULL,
    void_reason text,
    expires_at timestamp(6) without time zone,
    signed_at timestamp(6) without time zone,
    voided_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.orders (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    order_form_id uuid NOT NULL,
    number character varying NOT NULL,
    sequential_id integer NOT NULL,
    status text NOT NULL,
    execution_mode text,
    execute_at timestamp(6) without time zone,
    executed_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    execution_record jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.organizations (
    id uuid NOT NULL,
    name character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    api_key character varying,
    webhook_url character varying,
    vat_rate double precision NOT NULL,
    country character varying,
    address_line1 character varying,
    address_line2 character varying,
    state character varying,
    zipcode character varying,
    email character varying,
    city character varying,
    logo character varying,
    legal_name character varying,
    legal_number character varying,
    invoice_footer text,
    invoice_grace_period integer NOT NULL,
    timezone character varying NOT NULL,
    document_locale character varying NOT NULL,
    email_settings character varying[] NOT NULL,
    tax_identification_number character varying,
    net_payment_term integer NOT NULL,
    default_currency character varying NOT NULL,
    document_numbering integer NOT NULL,
    document_number_prefix character varying,
    eu_tax_management boolean,
    premium_integrations character varying[] NOT NULL,
    custom_aggregation boolean,
    finalize_zero_amount_invoice boolean NOT NULL,
    clickhouse_events_store boolean NOT NULL,
    hmac_key character varying NOT NULL,
    authentication_methods character varying[] NOT NULL,
    audit_logs_period integer,
    pre_filter_events boolean NOT NULL,
    clickhouse_deduplication_enabled boolean NOT NULL,
    feature_flags character varying[] NOT NULL,
    max_wallets integer,
    slug character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.password_resets (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    token character varying NOT NULL,
    expire_at timestamp(6) without time zone NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.payment_intents (
    id uuid NOT NULL,
    invoice_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    payment_url character varying,
    status integer NOT NULL,
    expires_at timestamp(6) without time zone NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    provider_session_id character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.payment_methods (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    payment_provider_id uuid,
    payment_provider_customer_id uuid,
    provider_method_id character varying NOT NULL,
    provider_method_type character varying,
    is_default boolean NOT NULL,
    deleted_at timestamp(6) without time zone,
    details jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.payment_provider_customers (
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    payment_provider_id uuid,
    type character varying NOT NULL,
    provider_customer_id character varying,
    settings jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    organization_id uuid NOT NULL,
    code character varying,
    is_default boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.payment_providers (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    type character varying NOT NULL,
    secrets character varying,
    settings jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    code character varying NOT NULL,
    name character varying NOT NULL,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE lago.payment_receipts (
    id uuid NOT NULL,
    number character varying NOT NULL,
    payment_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    billing_entity_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.payment_requests (
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    email character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    payment_status integer NOT NULL,
    payment_attempts integer NOT NULL,
    ready_for_payment_processing boolean NOT NULL,
    dunning_campaign_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.payments (
    id uuid NOT NULL,
    invoice_id uuid,
    payment_provider_id uuid,
    payment_provider_customer_id uuid,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    provider_payment_id character varying,
    status character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    payable_type character varying NOT NULL,
    payable_id uuid,
    provider_payment_data jsonb,
    payable_payment_status text,
    payment_type text NOT NULL,
    reference character varying,
    provider_payment_method_data jsonb NOT NULL,
    provider_payment_method_id character varying,
    organization_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    error_code character varying,
    payment_method_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.pending_vies_checks (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    billing_entity_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    attempts_count integer NOT NULL,
    last_attempt_at timestamp(6) without time zone,
    tax_identification_number character varying,
    last_error_type character varying,
    last_error_message text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.plan_rate_cards (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    plan_id uuid NOT NULL,
    rate_card_id uuid NOT NULL,
    units numeric,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.plans (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    code character varying NOT NULL,
    "interval" integer,
    description character varying,
    amount_cents bigint,
    amount_currency character varying NOT NULL,
    trial_period double precision,
    pay_in_advance boolean,
    bill_charges_monthly boolean,
    parent_id uuid,
    deleted_at timestamp(6) without time zone,
    pending_deletion boolean NOT NULL,
    invoice_display_name character varying,
    bill_fixed_charges_monthly boolean,
    pricing_type text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.plans_taxes (
    id uuid NOT NULL,
    plan_id uuid NOT NULL,
    tax_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.presentation_breakdowns (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    fee_id uuid NOT NULL,
    presentation_by jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    units numeric NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.pricing_unit_usages (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    fee_id uuid NOT NULL,
    pricing_unit_id uuid NOT NULL,
    short_name character varying NOT NULL,
    amount_cents bigint NOT NULL,
    precise_amount_cents numeric(40,15) NOT NULL,
    unit_amount_cents bigint NOT NULL,
    conversion_rate numeric(40,15) NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    precise_unit_amount numeric(30,15) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.pricing_units (
    id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    short_name character varying NOT NULL,
    description text,
    organization_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.product_categories (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    code character varying NOT NULL,
    name character varying NOT NULL,
    description character varying,
    invoice_display_name character varying,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.product_filter_values (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    product_filter_id uuid NOT NULL,
    billable_metric_filter_id uuid NOT NULL,
    value character varying,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.product_filters (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    product_id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    description character varying,
    invoice_display_name character varying,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.products (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    product_category_id uuid,
    billable_metric_id uuid,
    add_on_id uuid,
    charge_id uuid,
    product_type text NOT NULL,
    code character varying NOT NULL,
    name character varying NOT NULL,
    invoice_display_name character varying,
    description text,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.quantified_events (
    id uuid NOT NULL,
    external_subscription_id character varying NOT NULL,
    external_id character varying,
    added_at timestamp(6) without time zone NOT NULL,
    removed_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    billable_metric_id uuid,
    properties jsonb NOT NULL,
    deleted_at timestamp(6) without time zone,
    group_id uuid,
    organization_id uuid NOT NULL,
    grouped_by jsonb NOT NULL,
    charge_filter_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.quote_owners (
    id bigint NOT NULL,
    organization_id uuid NOT NULL,
    quote_id uuid NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.quote_versions (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    quote_id uuid NOT NULL,
    sequential_id integer NOT NULL,
    status text NOT NULL,
    approved_at timestamp(6) without time zone,
    voided_at timestamp(6) without time zone,
    void_reason text,
    billing_items jsonb,
    content text,
    share_token character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    currency character varying,
    mention_variables jsonb,
    billing_entity_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.quotes (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    subscription_id uuid,
    number character varying NOT NULL,
    sequential_id integer NOT NULL,
    order_type text NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.rate_card_rates (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    rate_card_id uuid NOT NULL,
    code character varying NOT NULL,
    effective_from timestamp(6) without time zone NOT NULL,
    rate_model text NOT NULL,
    rate_properties jsonb NOT NULL,
    min_amount_cents bigint NOT NULL,
    billing_interval_count integer NOT NULL,
    billing_interval_unit text NOT NULL,
    applied_pricing_unit_conversion_rate numeric(30,10),
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.rate_cards (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    product_id uuid NOT NULL,
    product_filter_id uuid,
    code character varying NOT NULL,
    name character varying NOT NULL,
    description character varying,
    currency character varying NOT NULL,
    billing_timing text NOT NULL,
    proration boolean NOT NULL,
    display_on_invoice boolean NOT NULL,
    regroup_paid_fees text NOT NULL,
    applied_pricing_unit_code character varying,
    wallet_targetable boolean,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.rate_overrides (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    rate_model text NOT NULL,
    rate_properties jsonb NOT NULL,
    min_amount_cents bigint NOT NULL,
    billing_interval_count integer,
    billing_interval_unit text,
    pricing_unit_conversion_rate numeric(30,10),
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.rate_phases (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    plan_rate_card_id uuid,
    subscription_rate_card_id uuid,
    code character varying NOT NULL,
    "position" integer NOT NULL,
    billing_interval_cycle_count integer,
    rate_override_id uuid,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.recurring_transaction_rules (
    id uuid NOT NULL,
    wallet_id uuid NOT NULL,
    trigger integer NOT NULL,
    paid_credits numeric(30,5) NOT NULL,
    granted_credits numeric(30,5) NOT NULL,
    threshold_credits numeric(30,5),
    "interval" integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    method integer NOT NULL,
    target_ongoing_balance numeric(30,5),
    started_at timestamp(6) without time zone,
    invoice_requires_successful_payment boolean NOT NULL,
    transaction_metadata jsonb,
    expiration_at timestamp(6) without time zone,
    terminated_at timestamp(6) without time zone,
    status integer,
    organization_id uuid NOT NULL,
    ignore_paid_top_up_limits boolean NOT NULL,
    transaction_name character varying(255),
    payment_method_id uuid,
    payment_method_type text NOT NULL,
    skip_invoice_custom_sections boolean NOT NULL,
    grants_target_top_up boolean,
    purchase_order_number character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.recurring_transaction_rules_invoice_custom_sections (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    recurring_transaction_rule_id uuid NOT NULL,
    invoice_custom_section_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.refunds (
    id uuid NOT NULL,
    payment_id uuid NOT NULL,
    credit_note_id uuid,
    payment_provider_id uuid,
    payment_provider_customer_id uuid NOT NULL,
    amount_cents bigint NOT NULL,
    amount_currency character varying NOT NULL,
    status character varying NOT NULL,
    provider_refund_id character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id uuid NOT NULL,
    refundable_type character varying,
    refundable_id uuid,
    reason character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.roles (
    id uuid NOT NULL,
    organization_id uuid,
    code character varying NOT NULL,
    admin boolean NOT NULL,
    permissions character varying[] NOT NULL,
    name character varying NOT NULL,
    description character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE lago.subscription_activation_rules (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    type text NOT NULL,
    timeout_hours integer NOT NULL,
    status text NOT NULL,
    expires_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.subscription_fixed_charge_units_overrides (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    fixed_charge_id uuid NOT NULL,
    units numeric(30,10) NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.subscription_rate_cards (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    rate_card_id uuid NOT NULL,
    billing_anchor_date date NOT NULL,
    next_billing_at timestamp(6) without time zone NOT NULL,
    started_at timestamp(6) without time zone NOT NULL,
    ended_at timestamp(6) without time zone,
    units numeric,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.subscriptions (
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    plan_id uuid NOT NULL,
    status integer NOT NULL,
    canceled_at timestamp without time zone,
    terminated_at timestamp without time zone,
    started_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    previous_subscription_id uuid,
    name character varying,
    external_id character varying NOT NULL,
    billing_time integer NOT NULL,
    subscription_at timestamp(6) without time zone,
    ending_at timestamp(6) without time zone,
    trial_ended_at timestamp(6) without time zone,
    organization_id uuid NOT NULL,
    on_termination_credit_note text,
    on_termination_invoice text NOT NULL,
    payment_method_id uuid,
    payment_method_type text NOT NULL,
    skip_invoice_custom_sections boolean NOT NULL,
    progressive_billing_disabled boolean NOT NULL,
    last_received_event_on date,
    cancelation_reason text,
    incompleted_at timestamp(6) without time zone,
    activated_at timestamp(6) without time zone,
    billing_entity_id uuid,
    consolidate_invoice boolean NOT NULL,
    skip_daily_usage boolean NOT NULL,
    cancellation_reason text,
    purchase_order_number character varying,
    billing_anchor_date date,
    PRIMARY KEY (id)
);
CREATE TABLE lago.subscriptions_invoice_custom_sections (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    invoice_custom_section_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.taxes (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    description character varying,
    code character varying NOT NULL,
    name character varying NOT NULL,
    rate double precision NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    applied_to_organization boolean NOT NULL,
    auto_generated boolean NOT NULL,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE lago.usage_monitoring_alert_thresholds (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    usage_monitoring_alert_id uuid NOT NULL,
    value numeric(30,5) NOT NULL,
    code character varying,
    recurring boolean NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    notify_on character varying[] NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.usage_monitoring_alerts (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    subscription_external_id character varying,
    billable_metric_id uuid,
    alert_type text NOT NULL,
    previous_value numeric(30,5) NOT NULL,
    last_processed_at timestamp(6) without time zone,
    name character varying,
    code character varying NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    wallet_id uuid,
    direction text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.usage_monitoring_subscription_activities (
    id bigint NOT NULL,
    organization_id uuid NOT NULL,
    subscription_id uuid NOT NULL,
    enqueued boolean NOT NULL,
    inserted_at timestamp(6) without time zone NOT NULL,
    enqueued_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE lago.usage_monitoring_triggered_alerts (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    usage_monitoring_alert_id uuid NOT NULL,
    subscription_id uuid,
    current_value numeric(30,5) NOT NULL,
    previous_value numeric(30,5) NOT NULL,
    crossed_thresholds jsonb,
    triggered_at timestamp(6) without time zone NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    wallet_id uuid,
    kind text NOT NULL,
    in_alarm_thresholds jsonb,
    fully_resolved boolean,
    PRIMARY KEY (id)
);
CREATE TABLE lago.usage_thresholds (
    id uuid NOT NULL,
    plan_id uuid,
    threshold_display_name character varying,
    amount_cents bigint NOT NULL,
    recurring boolean NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    organization_id uuid NOT NULL,
    subscription_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE lago.user_devices (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    fingerprint character varying NOT NULL,
    browser character varying,
    os character varying,
    device_type character varying,
    last_logged_at timestamp(6) without time zone NOT NULL,
    last_ip_address character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.users (
    id uuid NOT NULL,
    email character varying,
    password_digest character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.versions (
    id bigint NOT NULL,
    item_type character varying NOT NULL,
    item_id character varying NOT NULL,
    event character varying NOT NULL,
    whodunnit character varying,
    object jsonb,
    object_changes jsonb,
    created_at timestamp(6) without time zone,
    lago_version character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.wallet_targets (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    wallet_id uuid NOT NULL,
    billable_metric_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.wallet_transaction_consumptions (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    inbound_wallet_transaction_id uuid NOT NULL,
    outbound_wallet_transaction_id uuid NOT NULL,
    consumed_amount_cents bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.wallet_transactions (
    id uuid NOT NULL,
    wallet_id uuid NOT NULL,
    transaction_type integer NOT NULL,
    status integer NOT NULL,
    amount numeric(30,5) NOT NULL,
    credit_amount numeric(30,5) NOT NULL,
    settled_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    invoice_id uuid,
    source integer NOT NULL,
    transaction_status integer NOT NULL,
    invoice_requires_successful_payment boolean NOT NULL,
    metadata jsonb,
    credit_note_id uuid,
    failed_at timestamp(6) without time zone,
    organization_id uuid NOT NULL,
    lock_version integer NOT NULL,
    priority integer NOT NULL,
    name character varying(255),
    payment_method_id uuid,
    payment_method_type text NOT NULL,
    skip_invoice_custom_sections boolean NOT NULL,
    remaining_amount_cents bigint,
    voided_invoice_id uuid,
    billing_entity_id uuid,
    purchase_order_number character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.wallet_transactions_invoice_custom_sections (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    wallet_transaction_id uuid NOT NULL,
    invoice_custom_section_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.wallets (
    id uuid NOT NULL,
    customer_id uuid NOT NULL,
    status integer NOT NULL,
    name character varying,
    rate_amount numeric(30,5) NOT NULL,
    credits_balance numeric(30,5) NOT NULL,
    consumed_credits numeric(30,5) NOT NULL,
    expiration_at timestamp without time zone,
    last_balance_sync_at timestamp without time zone,
    last_consumed_credit_at timestamp without time zone,
    terminated_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    balance_cents bigint NOT NULL,
    balance_currency character varying NOT NULL,
    consumed_amount_cents bigint NOT NULL,
    consumed_amount_currency character varying NOT NULL,
    ongoing_balance_cents bigint NOT NULL,
    ongoing_usage_balance_cents bigint NOT NULL,
    credits_ongoing_balance numeric(30,5) NOT NULL,
    credits_ongoing_usage_balance numeric(30,5) NOT NULL,
    depleted_ongoing_balance boolean NOT NULL,
    invoice_requires_successful_payment boolean NOT NULL,
    lock_version integer NOT NULL,
    ready_to_be_refreshed boolean NOT NULL,
    organization_id uuid NOT NULL,
    allowed_fee_types character varying[] NOT NULL,
    last_ongoing_balance_sync_at timestamp without time zone,
    priority integer NOT NULL,
    paid_top_up_min_amount_cents bigint,
    paid_top_up_max_amount_cents bigint,
    payment_method_id uuid,
    payment_method_type text NOT NULL,
    skip_invoice_custom_sections boolean NOT NULL,
    traceable boolean NOT NULL,
    code character varying,
    billing_entity_id uuid,
    purchase_order_number character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.wallets_invoice_custom_sections (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    wallet_id uuid NOT NULL,
    invoice_custom_section_id uuid NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lago.webhook_endpoints (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    webhook_url character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    signature_algo integer NOT NULL,
    event_types character varying[],
    name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE lago.webhooks (
    id uuid NOT NULL,
    object_id uuid,
    object_type character varying,
    status integer NOT NULL,
    retries integer NOT NULL,
    http_status integer,
    endpoint character varying,
    webhook_type character varying,
    payload json,
    response json,
    last_retried_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    webhook_endpoint_id uuid,
    organization_id uuid NOT NULL,
    payload_key character varying,
    response_key character varying,
    PRIMARY KEY (id)
);
ALTER TABLE lago.active_storage_attachments ADD CONSTRAINT fk_rails_c3b3935057 FOREIGN KEY (blob_id) REFERENCES lago.active_storage_blobs(id);
ALTER TABLE lago.active_storage_variant_records ADD CONSTRAINT fk_rails_993965df05 FOREIGN KEY (blob_id) REFERENCES lago.active_storage_blobs(id);
ALTER TABLE lago.add_ons ADD CONSTRAINT fk_rails_81e3b6abba FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.add_ons_taxes ADD CONSTRAINT fk_rails_08dfe87131 FOREIGN KEY (add_on_id) REFERENCES lago.add_ons(id);
ALTER TABLE lago.add_ons_taxes ADD CONSTRAINT fk_rails_5ade8984b1 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.add_ons_taxes ADD CONSTRAINT fk_rails_89e1020aca FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.adjusted_fees ADD CONSTRAINT fk_rails_2561c00887 FOREIGN KEY (fee_id) REFERENCES lago.fees(id);
ALTER TABLE lago.adjusted_fees ADD CONSTRAINT fk_rails_6d465e6b10 FOREIGN KEY (group_id) REFERENCES lago.groups(id);
ALTER TABLE lago.adjusted_fees ADD CONSTRAINT fk_rails_7b324610ad FOREIGN KEY (charge_id) REFERENCES lago.charges(id);
ALTER TABLE lago.adjusted_fees ADD CONSTRAINT fk_rails_885dc100ef FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.adjusted_fees ADD CONSTRAINT fk_rails_91802dc891 FOREIGN KEY (fixed_charge_id) REFERENCES lago.fixed_charges(id);
ALTER TABLE lago.adjusted_fees ADD CONSTRAINT fk_rails_98980b326b FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.adjusted_fees ADD CONSTRAINT fk_rails_fd399a23d3 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.ai_conversations ADD CONSTRAINT fk_rails_0da056ac92 FOREIGN KEY (membership_id) REFERENCES lago.memberships(id);
ALTER TABLE lago.ai_conversations ADD CONSTRAINT fk_rails_2c06a74f41 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.api_keys ADD CONSTRAINT fk_rails_7aab96f30e FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.applied_add_ons ADD CONSTRAINT fk_rails_7995206484 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.applied_add_ons ADD CONSTRAINT fk_rails_9c8e276cc0 FOREIGN KEY (add_on_id) REFERENCES lago.add_ons(id);
ALTER TABLE lago.applied_coupons ADD CONSTRAINT fk_rails_bacb46d2a3 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.applied_invoice_custom_sections ADD CONSTRAINT fk_rails_10428ecad2 FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.applied_invoice_custom_sections ADD CONSTRAINT fk_rails_63ac282e70 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.applied_pricing_units ADD CONSTRAINT fk_rails_22bb2c0770 FOREIGN KEY (pricing_unit_id) REFERENCES lago.pricing_units(id);
ALTER TABLE lago.applied_pricing_units ADD CONSTRAINT fk_rails_8e0c3d0c5b FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.applied_usage_thresholds ADD CONSTRAINT fk_rails_1d112bf8a0 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.applied_usage_thresholds ADD CONSTRAINT fk_rails_52b72c9b0e FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.applied_usage_thresholds ADD CONSTRAINT fk_rails_9c08b43701 FOREIGN KEY (usage_threshold_id) REFERENCES lago.usage_thresholds(id);
ALTER TABLE lago.billable_metric_filters ADD CONSTRAINT fk_rails_51077e7c0e FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.billable_metric_filters ADD CONSTRAINT fk_rails_7a0704ce72 FOREIGN KEY (billable_metric_id) REFERENCES lago.billable_metrics(id);
ALTER TABLE lago.billable_metrics ADD CONSTRAINT fk_rails_7e8a2f26e5 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.billing_entities ADD CONSTRAINT fk_rails_4aa58496c3 FOREIGN KEY (applied_dunning_campaign_id) REFERENCES lago.dunning_campaigns(id);
ALTER TABLE lago.billing_entities ADD CONSTRAINT fk_rails_f66617edcb FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.billing_entities_invoice_custom_sections ADD CONSTRAINT fk_rails_19c47827ba FOREIGN KEY (invoice_custom_section_id) REFERENCES lago.invoice_custom_sections(id);
ALTER TABLE lago.billing_entities_invoice_custom_sections ADD CONSTRAINT fk_rails_699cd1384f FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.billing_entities_invoice_custom_sections ADD CONSTRAINT fk_rails_b283a89721 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.billing_entities_taxes ADD CONSTRAINT fk_rails_07b21049f2 FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.billing_entities_taxes ADD CONSTRAINT fk_rails_268c288aaa FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.billing_entities_taxes ADD CONSTRAINT fk_rails_651eadaaa4 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.billing_object_connections ADD CONSTRAINT fk_rails_287ffb7123 FOREIGN KEY (integration_customer_id) REFERENCES lago.integration_customers(id);
ALTER TABLE lago.billing_object_connections ADD CONSTRAINT fk_rails_a5a0718a08 FOREIGN KEY (payment_provider_customer_id) REFERENCES lago.payment_provider_customers(id);
ALTER TABLE lago.billing_object_connections ADD CONSTRAINT fk_rails_aed4cbd20b FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.cached_aggregations ADD CONSTRAINT fk_rails_21eb389927 FOREIGN KEY (group_id) REFERENCES lago.groups(id);
ALTER TABLE lago.charge_filter_values ADD CONSTRAINT fk_rails_3640b4a66a FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.charge_filter_values ADD CONSTRAINT fk_rails_7da558cadc FOREIGN KEY (charge_filter_id) REFERENCES lago.charge_filters(id);
ALTER TABLE lago.charge_filter_values ADD CONSTRAINT fk_rails_bf661ef73d FOREIGN KEY (billable_metric_filter_id) REFERENCES lago.billable_metric_filters(id);
ALTER TABLE lago.charge_filters ADD CONSTRAINT fk_rails_27b55b8574 FOREIGN KEY (charge_id) REFERENCES lago.charges(id);
ALTER TABLE lago.charge_filters ADD CONSTRAINT fk_rails_e711e8089e FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.charges ADD CONSTRAINT fk_rails_3cfe1d68d7 FOREIGN KEY (parent_id) REFERENCES lago.charges(id);
ALTER TABLE lago.charges ADD CONSTRAINT fk_rails_4934f27a06 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.charges ADD CONSTRAINT fk_rails_7eb0484711 FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.charges ADD CONSTRAINT fk_rails_a710519346 FOREIGN KEY (billable_metric_id) REFERENCES lago.billable_metrics(id);
ALTER TABLE lago.charges_taxes ADD CONSTRAINT fk_rails_3ff27d7624 FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.charges_taxes ADD CONSTRAINT fk_rails_56b7167125 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.charges_taxes ADD CONSTRAINT fk_rails_ac146c9541 FOREIGN KEY (charge_id) REFERENCES lago.charges(id);
ALTER TABLE lago.commitments ADD CONSTRAINT fk_rails_51ac39a0c6 FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.commitments ADD CONSTRAINT fk_rails_76ceb88c74 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.commitments_taxes ADD CONSTRAINT fk_rails_2259c88f26 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.commitments_taxes ADD CONSTRAINT fk_rails_8fa6f0d920 FOREIGN KEY (commitment_id) REFERENCES lago.commitments(id);
ALTER TABLE lago.commitments_taxes ADD CONSTRAINT fk_rails_aaa12f7d3e FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.coupon_targets ADD CONSTRAINT fk_rails_0bb6dcc01f FOREIGN KEY (coupon_id) REFERENCES lago.coupons(id);
ALTER TABLE lago.coupon_targets ADD CONSTRAINT fk_rails_1454058c96 FOREIGN KEY (billable_metric_id) REFERENCES lago.billable_metrics(id);
ALTER TABLE lago.coupon_targets ADD CONSTRAINT fk_rails_189f2a3949 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.coupon_targets ADD CONSTRAINT fk_rails_de6b3c3138 FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.credit_note_items ADD CONSTRAINT fk_rails_5cb2f24c3d FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.credit_note_items ADD CONSTRAINT fk_rails_9f22076477 FOREIGN KEY (credit_note_id) REFERENCES lago.credit_notes(id);
ALTER TABLE lago.credit_note_items ADD CONSTRAINT fk_rails_dea748e529 FOREIGN KEY (fee_id) REFERENCES lago.fees(id);
ALTER TABLE lago.credit_notes ADD CONSTRAINT fk_rails_41088c7d45 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.credit_notes ADD CONSTRAINT fk_rails_4117574b51 FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.credit_notes ADD CONSTRAINT fk_rails_5cb67dee79 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.credit_notes_taxes ADD CONSTRAINT fk_rails_25232a0ec3 FOREIGN KEY (credit_note_id) REFERENCES lago.credit_notes(id);
ALTER TABLE lago.credit_notes_taxes ADD CONSTRAINT fk_rails_626209b8d2 FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.credit_notes_taxes ADD CONSTRAINT fk_rails_77f2d4440d FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.credits ADD CONSTRAINT fk_rails_1db0057d9b FOREIGN KEY (applied_coupon_id) REFERENCES lago.applied_coupons(id);
ALTER TABLE lago.credits ADD CONSTRAINT fk_rails_2fd7ee65e6 FOREIGN KEY (progressive_billing_invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.credits ADD CONSTRAINT fk_rails_310fcb3585 FOREIGN KEY (credit_note_id) REFERENCES lago.credit_notes(id);
ALTER TABLE lago.credits ADD CONSTRAINT fk_rails_521b5240ed FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.credits ADD CONSTRAINT fk_rails_5628a713de FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.customer_metadata ADD CONSTRAINT fk_rails_195153290d FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.customer_metadata ADD CONSTRAINT fk_rails_dfac602b2c FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.customers ADD CONSTRAINT fk_rails_58234c715e FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.customers ADD CONSTRAINT fk_rails_94cc21031f FOREIGN KEY (applied_dunning_campaign_id) REFERENCES lago.dunning_campaigns(id);
ALTER TABLE lago.customers ADD CONSTRAINT fk_rails_bff25bb1bb FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.customers_invoice_custom_sections ADD CONSTRAINT fk_rails_20f157fa49 FOREIGN KEY (invoice_custom_section_id) REFERENCES lago.invoice_custom_sections(id);
ALTER TABLE lago.customers_invoice_custom_sections ADD CONSTRAINT fk_rails_68754484c0 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.customers_invoice_custom_sections ADD CONSTRAINT fk_rails_c64033bcb0 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.customers_invoice_custom_sections ADD CONSTRAINT fk_rails_db9140d0fd FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.customers_taxes ADD CONSTRAINT fk_rails_0d2be3d72c FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.customers_taxes ADD CONSTRAINT fk_rails_33d169382f FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.customers_taxes ADD CONSTRAINT fk_rails_e86903e081 FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.daily_usages ADD CONSTRAINT fk_rails_12d29bc654 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.daily_usages ADD CONSTRAINT fk_rails_3c7c3920c0 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.daily_usages ADD CONSTRAINT fk_rails_b07fc711f7 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.data_export_parts ADD CONSTRAINT fk_rails_909197908c FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.data_export_parts ADD CONSTRAINT fk_rails_9298b8fdad FOREIGN KEY (data_export_id) REFERENCES lago.data_exports(id);
ALTER TABLE lago.data_exports ADD CONSTRAINT fk_rails_5a43da571b FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.data_exports ADD CONSTRAINT fk_rails_73d83e23b6 FOREIGN KEY (membership_id) REFERENCES lago.memberships(id);
ALTER TABLE lago.dunning_campaign_thresholds ADD CONSTRAINT fk_rails_bf1f386f75 FOREIGN KEY (dunning_campaign_id) REFERENCES lago.dunning_campaigns(id);
ALTER TABLE lago.dunning_campaign_thresholds ADD CONSTRAINT fk_rails_fd84cdb7c6 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.dunning_campaigns ADD CONSTRAINT fk_rails_6c720a8ccd FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.enriched_store_migrations ADD CONSTRAINT fk_rails_c04bd1a196 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.enriched_store_subscription_migrations ADD CONSTRAINT fk_rails_08d9dce6d1 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.enriched_store_subscription_migrations ADD CONSTRAINT fk_rails_dc444f5f29 FOREIGN KEY (enriched_store_migration_id) REFERENCES lago.enriched_store_migrations(id);
ALTER TABLE lago.enriched_store_subscription_migrations ADD CONSTRAINT fk_rails_f232478e56 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.entitlement_entitlement_values ADD CONSTRAINT fk_rails_533b639bac FOREIGN KEY (entitlement_entitlement_id) REFERENCES lago.entitlement_entitlements(id);
ALTER TABLE lago.entitlement_entitlement_values ADD CONSTRAINT fk_rails_8887954ec7 FOREIGN KEY (entitlement_privilege_id) REFERENCES lago.entitlement_privileges(id);
ALTER TABLE lago.entitlement_entitlement_values ADD CONSTRAINT fk_rails_aa34dd5db6 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.entitlement_entitlements ADD CONSTRAINT fk_rails_0c9773c34d FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.entitlement_entitlements ADD CONSTRAINT fk_rails_173327f0dc FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.entitlement_entitlements ADD CONSTRAINT fk_rails_b61aa73940 FOREIGN KEY (entitlement_feature_id) REFERENCES lago.entitlement_features(id);
ALTER TABLE lago.entitlement_entitlements ADD CONSTRAINT fk_rails_d53f825a88 FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.entitlement_features ADD CONSTRAINT fk_rails_81d8b323cf FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.entitlement_privileges ADD CONSTRAINT fk_rails_3e4df02771 FOREIGN KEY (entitlement_feature_id) REFERENCES lago.entitlement_features(id);
ALTER TABLE lago.entitlement_privileges ADD CONSTRAINT fk_rails_d648e28d9f FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.entitlement_subscription_feature_removals ADD CONSTRAINT fk_rails_123667657c FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.entitlement_subscription_feature_removals ADD CONSTRAINT fk_rails_95df3194c5 FOREIGN KEY (entitlement_privilege_id) REFERENCES lago.entitlement_privileges(id);
ALTER TABLE lago.entitlement_subscription_feature_removals ADD CONSTRAINT fk_rails_b3864df641 FOREIGN KEY (entitlement_feature_id) REFERENCES lago.entitlement_features(id);
ALTER TABLE lago.entitlement_subscription_feature_removals ADD CONSTRAINT fk_rails_c9183c59d9 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.error_details ADD CONSTRAINT fk_rails_5c21eece29 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_085d1cc97b FOREIGN KEY (charge_id) REFERENCES lago.charges(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_0934890b24 FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_257af22645 FOREIGN KEY (true_up_parent_fee_id) REFERENCES lago.fees(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_2ea4db3a4c FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_34ab152115 FOREIGN KEY (applied_add_on_id) REFERENCES lago.applied_add_ons(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_4cadfc14f3 FOREIGN KEY (rate_card_rate_id) REFERENCES lago.rate_card_rates(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_6023b3f2dd FOREIGN KEY (add_on_id) REFERENCES lago.add_ons(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_775eb0ecd8 FOREIGN KEY (original_fee_id) REFERENCES lago.fees(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_9f724c2094 FOREIGN KEY (rate_override_id) REFERENCES lago.rate_overrides(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_b50dc82c1e FOREIGN KEY (group_id) REFERENCES lago.groups(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_d9ffb8b4a1 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_eaca9421be FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.fees ADD CONSTRAINT fk_rails_f375d320ad FOREIGN KEY (fixed_charge_id) REFERENCES lago.fixed_charges(id);
ALTER TABLE lago.fees_taxes ADD CONSTRAINT fk_rails_103e187859 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.fees_taxes ADD CONSTRAINT fk_rails_745b4ca7dd FOREIGN KEY (fee_id) REFERENCES lago.fees(id);
ALTER TABLE lago.fees_taxes ADD CONSTRAINT fk_rails_f98413d404 FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.fixed_charge_events ADD CONSTRAINT fk_rails_752665cc51 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.fixed_charge_events ADD CONSTRAINT fk_rails_90302b3ca3 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.fixed_charge_events ADD CONSTRAINT fk_rails_9881e28151 FOREIGN KEY (fixed_charge_id) REFERENCES lago.fixed_charges(id);
ALTER TABLE lago.fixed_charges ADD CONSTRAINT fk_rails_5e06da3c18 FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.fixed_charges ADD CONSTRAINT fk_rails_aa04ceacf6 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.fixed_charges ADD CONSTRAINT fk_rails_e95f72749e FOREIGN KEY (add_on_id) REFERENCES lago.add_ons(id);
ALTER TABLE lago.fixed_charges_taxes ADD CONSTRAINT fk_rails_665ae33492 FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.fixed_charges_taxes ADD CONSTRAINT fk_rails_8c09ee2428 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.fixed_charges_taxes ADD CONSTRAINT fk_rails_fea16bf2e7 FOREIGN KEY (fixed_charge_id) REFERENCES lago.fixed_charges(id);
ALTER TABLE lago.group_properties ADD CONSTRAINT fk_rails_3acf9e789c FOREIGN KEY (charge_id) REFERENCES lago.charges(id);
ALTER TABLE lago.group_properties ADD CONSTRAINT fk_rails_a2d2cb3819 FOREIGN KEY (group_id) REFERENCES lago.groups(id);
ALTER TABLE lago.groups ADD CONSTRAINT fk_rails_34b5ee1894 FOREIGN KEY (billable_metric_id) REFERENCES lago.billable_metrics(id);
ALTER TABLE lago.groups ADD CONSTRAINT fk_rails_7886e1bc34 FOREIGN KEY (parent_group_id) REFERENCES lago.groups(id);
ALTER TABLE lago.idempotency_records ADD CONSTRAINT fk_rails_d4f02c82b2 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.inbound_webhooks ADD CONSTRAINT fk_rails_36cda06530 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.integration_collection_mappings ADD CONSTRAINT fk_rails_3d568ff9de FOREIGN KEY (integration_id) REFERENCES lago.integrations(id);
ALTER TABLE lago.integration_collection_mappings ADD CONSTRAINT fk_rails_650fccfc41 FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.integration_collection_mappings ADD CONSTRAINT fk_rails_e148d17c1f FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.integration_customers ADD CONSTRAINT fk_rails_0e464363cb FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.integration_customers ADD CONSTRAINT fk_rails_ce2c63d69f FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.integration_customers ADD CONSTRAINT fk_rails_ea80151038 FOREIGN KEY (integration_id) REFERENCES lago.integrations(id);
ALTER TABLE lago.integration_items ADD CONSTRAINT fk_rails_47d8081062 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.integration_items ADD CONSTRAINT fk_rails_a9dc2ea536 FOREIGN KEY (integration_id) REFERENCES lago.integrations(id);
ALTER TABLE lago.integration_mappings ADD CONSTRAINT fk_rails_0f762162b0 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.integration_mappings ADD CONSTRAINT fk_rails_cc318ad1ff FOREIGN KEY (integration_id) REFERENCES lago.integrations(id);
ALTER TABLE lago.integration_mappings ADD CONSTRAINT fk_rails_e4a58fbcac FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.integration_resources ADD CONSTRAINT fk_rails_67d4eb3c92 FOREIGN KEY (integration_id) REFERENCES lago.integrations(id);
ALTER TABLE lago.integration_resources ADD CONSTRAINT fk_rails_d9448a540b FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.integrations ADD CONSTRAINT fk_rails_755d734f25 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invites ADD CONSTRAINT fk_rails_c71f4b2026 FOREIGN KEY (membership_id) REFERENCES lago.memberships(id);
ALTER TABLE lago.invites ADD CONSTRAINT fk_rails_dd342449a6 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoice_connections ADD CONSTRAINT fk_rails_246e13679b FOREIGN KEY (integration_customer_id) REFERENCES lago.integration_customers(id);
ALTER TABLE lago.invoice_connections ADD CONSTRAINT fk_rails_5eaad62ac0 FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.invoice_connections ADD CONSTRAINT fk_rails_7286421039 FOREIGN KEY (payment_provider_customer_id) REFERENCES lago.payment_provider_customers(id);
ALTER TABLE lago.invoice_connections ADD CONSTRAINT fk_rails_a3fff9bd72 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoice_custom_sections ADD CONSTRAINT fk_rails_7c0e340dbd FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoice_metadata ADD CONSTRAINT fk_rails_63683837a2 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoice_metadata ADD CONSTRAINT fk_rails_8bb5b094c4 FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.invoice_settlements ADD CONSTRAINT fk_rails_04388258ff FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoice_settlements ADD CONSTRAINT fk_rails_2539663124 FOREIGN KEY (source_payment_id) REFERENCES lago.payments(id);
ALTER TABLE lago.invoice_settlements ADD CONSTRAINT fk_rails_2ffeff5323 FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.invoice_settlements ADD CONSTRAINT fk_rails_3b7dad8e9c FOREIGN KEY (target_invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.invoice_settlements ADD CONSTRAINT fk_rails_5a4b906a16 FOREIGN KEY (source_credit_note_id) REFERENCES lago.credit_notes(id);
ALTER TABLE lago.invoice_subscriptions ADD CONSTRAINT fk_rails_150139409e FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoice_subscriptions ADD CONSTRAINT fk_rails_88349fc20a FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.invoice_subscriptions ADD CONSTRAINT fk_rails_90d93bd016 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.invoice_subscriptions ADD CONSTRAINT fk_rails_f435d13904 FOREIGN KEY (regenerated_invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.invoices ADD CONSTRAINT fk_rails_06b7046ec3 FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.invoices ADD CONSTRAINT fk_rails_0d349e632f FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.invoices ADD CONSTRAINT fk_rails_309d3a4412 FOREIGN KEY (payment_method_id) REFERENCES lago.payment_methods(id);
ALTER TABLE lago.invoices ADD CONSTRAINT fk_rails_3a303bf667 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoices_payment_requests ADD CONSTRAINT fk_rails_2496c105ed FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoices_payment_requests ADD CONSTRAINT fk_rails_3ec3563cf3 FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.invoices_payment_requests ADD CONSTRAINT fk_rails_ed387e0992 FOREIGN KEY (payment_request_id) REFERENCES lago.payment_requests(id);
ALTER TABLE lago.invoices_taxes ADD CONSTRAINT fk_rails_142809fee1 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.invoices_taxes ADD CONSTRAINT fk_rails_22af6c6d28 FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.invoices_taxes ADD CONSTRAINT fk_rails_6e148ccbb1 FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.item_metadata ADD CONSTRAINT fk_rails_d0b1714507 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.lifetime_usages ADD CONSTRAINT fk_rails_348acbd245 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.lifetime_usages ADD CONSTRAINT fk_rails_ba128983c2 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.membership_roles ADD CONSTRAINT fk_rails_65053e240e FOREIGN KEY (role_id) REFERENCES lago.roles(id);
ALTER TABLE lago.membership_roles ADD CONSTRAINT membership_role_membership_fk FOREIGN KEY (membership_id, organization_id) REFERENCES lago.memberships(id, organization_id);
ALTER TABLE lago.memberships ADD CONSTRAINT fk_rails_64267aab58 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.memberships ADD CONSTRAINT fk_rails_99326fb65d FOREIGN KEY (user_id) REFERENCES lago.users(id);
ALTER TABLE lago.order_forms ADD CONSTRAINT fk_rails_4ed54bfec0 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.order_forms ADD CONSTRAINT fk_rails_6298debfc7 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.order_forms ADD CONSTRAINT fk_rails_f94f882198 FOREIGN KEY (quote_version_id) REFERENCES lago.quote_versions(id);
ALTER TABLE lago.orders ADD CONSTRAINT fk_rails_3dad120da9 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.orders ADD CONSTRAINT fk_rails_b687c6e23a FOREIGN KEY (order_form_id) REFERENCES lago.order_forms(id);
ALTER TABLE lago.orders ADD CONSTRAINT fk_rails_fe8af6535c FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.password_resets ADD CONSTRAINT fk_rails_526379cd99 FOREIGN KEY (user_id) REFERENCES lago.users(id);
ALTER TABLE lago.payment_methods ADD CONSTRAINT fk_rails_00e7a45b0b FOREIGN KEY (payment_provider_id) REFERENCES lago.payment_providers(id);
ALTER TABLE lago.payment_methods ADD CONSTRAINT fk_rails_84a67e8b40 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.payment_methods ADD CONSTRAINT fk_rails_c60c12efbd FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.payment_methods ADD CONSTRAINT fk_rails_c8606f586b FOREIGN KEY (payment_provider_customer_id) REFERENCES lago.payment_provider_customers(id);
ALTER TABLE lago.payment_provider_customers ADD CONSTRAINT fk_rails_50d46d3679 FOREIGN KEY (payment_provider_id) REFERENCES lago.payment_providers(id);
ALTER TABLE lago.payment_provider_customers ADD CONSTRAINT fk_rails_86676be631 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.payment_provider_customers ADD CONSTRAINT fk_rails_ecb466254b FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.payment_providers ADD CONSTRAINT fk_rails_26be2f764d FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.payment_receipts ADD CONSTRAINT fk_rails_5c2e0b6d34 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.payment_receipts ADD CONSTRAINT fk_rails_f53ff93138 FOREIGN KEY (payment_id) REFERENCES lago.payments(id);
ALTER TABLE lago.payment_requests ADD CONSTRAINT fk_rails_2fb2147151 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.payment_requests ADD CONSTRAINT fk_rails_32600e5a72 FOREIGN KEY (dunning_campaign_id) REFERENCES lago.dunning_campaigns(id);
ALTER TABLE lago.payment_requests ADD CONSTRAINT fk_rails_f228550fda FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.payments ADD CONSTRAINT fk_rails_3ab959bfc4 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.payments ADD CONSTRAINT fk_rails_62d18ea517 FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.payments ADD CONSTRAINT fk_rails_84f4587409 FOREIGN KEY (payment_provider_id) REFERENCES lago.payment_providers(id);
ALTER TABLE lago.payments ADD CONSTRAINT fk_rails_d384ec1ebf FOREIGN KEY (payment_method_id) REFERENCES lago.payment_methods(id);
ALTER TABLE lago.pending_vies_checks ADD CONSTRAINT fk_rails_019e2289e5 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.pending_vies_checks ADD CONSTRAINT fk_rails_6e238f3bfc FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.pending_vies_checks ADD CONSTRAINT fk_rails_96fc54cd9a FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.plan_rate_cards ADD CONSTRAINT fk_rails_135fe57b68 FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.plan_rate_cards ADD CONSTRAINT fk_rails_21cbfc2122 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.plan_rate_cards ADD CONSTRAINT fk_rails_ee8d423cf4 FOREIGN KEY (rate_card_id) REFERENCES lago.rate_cards(id);
ALTER TABLE lago.plans ADD CONSTRAINT fk_rails_216ac8a975 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.plans ADD CONSTRAINT fk_rails_cbf700aeb8 FOREIGN KEY (parent_id) REFERENCES lago.plans(id);
ALTER TABLE lago.plans_taxes ADD CONSTRAINT fk_rails_9c704027e2 FOREIGN KEY (tax_id) REFERENCES lago.taxes(id);
ALTER TABLE lago.plans_taxes ADD CONSTRAINT fk_rails_bacde7a063 FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.plans_taxes ADD CONSTRAINT fk_rails_e88403f4b9 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.presentation_breakdowns ADD CONSTRAINT fk_rails_b8f3cabc8e FOREIGN KEY (fee_id) REFERENCES lago.fees(id);
ALTER TABLE lago.presentation_breakdowns ADD CONSTRAINT fk_rails_ff548a9f4c FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.pricing_unit_usages ADD CONSTRAINT fk_rails_63ca8e33c5 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.pricing_unit_usages ADD CONSTRAINT fk_rails_aea6422e6a FOREIGN KEY (fee_id) REFERENCES lago.fees(id);
ALTER TABLE lago.pricing_unit_usages ADD CONSTRAINT fk_rails_c545103d57 FOREIGN KEY (pricing_unit_id) REFERENCES lago.pricing_units(id);
ALTER TABLE lago.pricing_units ADD CONSTRAINT fk_rails_cd99351ee3 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.product_categories ADD CONSTRAINT fk_rails_e13d306a35 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.product_filter_values ADD CONSTRAINT fk_rails_36e9122b3e FOREIGN KEY (billable_metric_filter_id) REFERENCES lago.billable_metric_filters(id);
ALTER TABLE lago.product_filter_values ADD CONSTRAINT fk_rails_530173fa8d FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.product_filter_values ADD CONSTRAINT fk_rails_f99eb07174 FOREIGN KEY (product_filter_id) REFERENCES lago.product_filters(id);
ALTER TABLE lago.product_filters ADD CONSTRAINT fk_rails_050342349f FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.product_filters ADD CONSTRAINT fk_rails_2c40f5b85c FOREIGN KEY (product_id) REFERENCES lago.products(id);
ALTER TABLE lago.products ADD CONSTRAINT fk_rails_37c75ac37a FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.products ADD CONSTRAINT fk_rails_512c4da634 FOREIGN KEY (add_on_id) REFERENCES lago.add_ons(id);
ALTER TABLE lago.products ADD CONSTRAINT fk_rails_6a4ad694b3 FOREIGN KEY (charge_id) REFERENCES lago.charges(id);
ALTER TABLE lago.products ADD CONSTRAINT fk_rails_9e90c6f4aa FOREIGN KEY (billable_metric_id) REFERENCES lago.billable_metrics(id);
ALTER TABLE lago.products ADD CONSTRAINT fk_rails_efe167855e FOREIGN KEY (product_category_id) REFERENCES lago.product_categories(id);
ALTER TABLE lago.quantified_events ADD CONSTRAINT fk_rails_3926855f12 FOREIGN KEY (group_id) REFERENCES lago.groups(id);
ALTER TABLE lago.quantified_events ADD CONSTRAINT fk_rails_f510acb495 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.quote_owners ADD CONSTRAINT fk_rails_1811b32fcd FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.quote_owners ADD CONSTRAINT fk_rails_45230f8485 FOREIGN KEY (user_id) REFERENCES lago.users(id);
ALTER TABLE lago.quote_owners ADD CONSTRAINT fk_rails_7734750af9 FOREIGN KEY (quote_id) REFERENCES lago.quotes(id);
ALTER TABLE lago.quote_versions ADD CONSTRAINT fk_rails_10ee148d0d FOREIGN KEY (quote_id) REFERENCES lago.quotes(id);
ALTER TABLE lago.quote_versions ADD CONSTRAINT fk_rails_7082696669 FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.quote_versions ADD CONSTRAINT fk_rails_d2d917b73a FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.quotes ADD CONSTRAINT fk_rails_5bb40a7bae FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.quotes ADD CONSTRAINT fk_rails_a1ab65f1f7 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.quotes ADD CONSTRAINT fk_rails_de7694c307 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.rate_card_rates ADD CONSTRAINT fk_rails_d53feb5721 FOREIGN KEY (rate_card_id) REFERENCES lago.rate_cards(id);
ALTER TABLE lago.rate_card_rates ADD CONSTRAINT fk_rails_e910b02a08 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.rate_cards ADD CONSTRAINT fk_rails_4f7ffc3e03 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.rate_cards ADD CONSTRAINT fk_rails_a026c79cab FOREIGN KEY (product_filter_id) REFERENCES lago.product_filters(id);
ALTER TABLE lago.rate_cards ADD CONSTRAINT fk_rails_ddab7acbd0 FOREIGN KEY (product_id) REFERENCES lago.products(id);
ALTER TABLE lago.rate_overrides ADD CONSTRAINT fk_rails_6c8a54dfe1 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.rate_phases ADD CONSTRAINT fk_rails_1c069c1c44 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.rate_phases ADD CONSTRAINT fk_rails_88c22fb20b FOREIGN KEY (subscription_rate_card_id) REFERENCES lago.subscription_rate_cards(id);
ALTER TABLE lago.rate_phases ADD CONSTRAINT fk_rails_a5cd897b6f FOREIGN KEY (plan_rate_card_id) REFERENCES lago.plan_rate_cards(id);
ALTER TABLE lago.rate_phases ADD CONSTRAINT fk_rails_a9ba49506f FOREIGN KEY (rate_override_id) REFERENCES lago.rate_overrides(id);
ALTER TABLE lago.recurring_transaction_rules ADD CONSTRAINT fk_rails_52370612ae FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.recurring_transaction_rules ADD CONSTRAINT fk_rails_5efea6fe31 FOREIGN KEY (payment_method_id) REFERENCES lago.payment_methods(id);
ALTER TABLE lago.recurring_transaction_rules ADD CONSTRAINT fk_rails_e8bac9c5bb FOREIGN KEY (wallet_id) REFERENCES lago.wallets(id);
ALTER TABLE lago.recurring_transaction_rules_invoice_custom_sections ADD CONSTRAINT fk_rails_49fcc221b0 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.recurring_transaction_rules_invoice_custom_sections ADD CONSTRAINT fk_rails_a7f20c73bb FOREIGN KEY (invoice_custom_section_id) REFERENCES lago.invoice_custom_sections(id);
ALTER TABLE lago.recurring_transaction_rules_invoice_custom_sections ADD CONSTRAINT fk_rails_eeb6a32be1 FOREIGN KEY (recurring_transaction_rule_id) REFERENCES lago.recurring_transaction_rules(id);
ALTER TABLE lago.refunds ADD CONSTRAINT fk_rails_25267b0e17 FOREIGN KEY (payment_id) REFERENCES lago.payments(id);
ALTER TABLE lago.refunds ADD CONSTRAINT fk_rails_2dc6171f57 FOREIGN KEY (payment_provider_id) REFERENCES lago.payment_providers(id);
ALTER TABLE lago.refunds ADD CONSTRAINT fk_rails_3f7be5debc FOREIGN KEY (credit_note_id) REFERENCES lago.credit_notes(id);
ALTER TABLE lago.refunds ADD CONSTRAINT fk_rails_75577c354e FOREIGN KEY (payment_provider_customer_id) REFERENCES lago.payment_provider_customers(id);
ALTER TABLE lago.refunds ADD CONSTRAINT fk_rails_778360c382 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.subscription_activation_rules ADD CONSTRAINT fk_rails_b749d2045d FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.subscription_activation_rules ADD CONSTRAINT fk_rails_fd60209637 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.subscription_fixed_charge_units_overrides ADD CONSTRAINT fk_rails_0480ef4ad3 FOREIGN KEY (fixed_charge_id) REFERENCES lago.fixed_charges(id);
ALTER TABLE lago.subscription_fixed_charge_units_overrides ADD CONSTRAINT fk_rails_cdaf36dc89 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.subscription_fixed_charge_units_overrides ADD CONSTRAINT fk_rails_d72a9877be FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.subscription_rate_cards ADD CONSTRAINT fk_rails_5c0e7e8a12 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.subscription_rate_cards ADD CONSTRAINT fk_rails_af7294033f FOREIGN KEY (rate_card_id) REFERENCES lago.rate_cards(id);
ALTER TABLE lago.subscription_rate_cards ADD CONSTRAINT fk_rails_f0e6ca6965 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.subscriptions ADD CONSTRAINT fk_rails_364213cc3e FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.subscriptions ADD CONSTRAINT fk_rails_56b3626631 FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.subscriptions ADD CONSTRAINT fk_rails_63d3df128b FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.subscriptions ADD CONSTRAINT fk_rails_66eb6b32c1 FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.subscriptions ADD CONSTRAINT fk_rails_e744efbe51 FOREIGN KEY (payment_method_id) REFERENCES lago.payment_methods(id);
ALTER TABLE lago.subscriptions_invoice_custom_sections ADD CONSTRAINT fk_rails_6eb8abe6cb FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.subscriptions_invoice_custom_sections ADD CONSTRAINT fk_rails_7c63dd13f0 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.subscriptions_invoice_custom_sections ADD CONSTRAINT fk_rails_c82f03a405 FOREIGN KEY (invoice_custom_section_id) REFERENCES lago.invoice_custom_sections(id);
ALTER TABLE lago.taxes ADD CONSTRAINT fk_rails_23975f5a47 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.usage_monitoring_alert_thresholds ADD CONSTRAINT fk_rails_710f37148d FOREIGN KEY (usage_monitoring_alert_id) REFERENCES lago.usage_monitoring_alerts(id);
ALTER TABLE lago.usage_monitoring_alert_thresholds ADD CONSTRAINT fk_rails_f18cd04d51 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.usage_monitoring_alerts ADD CONSTRAINT fk_rails_8c18828b53 FOREIGN KEY (billable_metric_id) REFERENCES lago.billable_metrics(id);
ALTER TABLE lago.usage_monitoring_alerts ADD CONSTRAINT fk_rails_9d8812945e FOREIGN KEY (wallet_id) REFERENCES lago.wallets(id);
ALTER TABLE lago.usage_monitoring_alerts ADD CONSTRAINT fk_rails_d9ea200904 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.usage_monitoring_subscription_activities ADD CONSTRAINT fk_rails_ab16de0b32 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.usage_monitoring_subscription_activities ADD CONSTRAINT fk_rails_bda048a8d9 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.usage_monitoring_triggered_alerts ADD CONSTRAINT fk_rails_0baa7bd751 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.usage_monitoring_triggered_alerts ADD CONSTRAINT fk_rails_0f807322b1 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.usage_monitoring_triggered_alerts ADD CONSTRAINT fk_rails_e3cf54daac FOREIGN KEY (usage_monitoring_alert_id) REFERENCES lago.usage_monitoring_alerts(id);
ALTER TABLE lago.usage_monitoring_triggered_alerts ADD CONSTRAINT fk_rails_ee2b6f04d9 FOREIGN KEY (wallet_id) REFERENCES lago.wallets(id);
ALTER TABLE lago.usage_thresholds ADD CONSTRAINT fk_rails_2908dd8de5 FOREIGN KEY (subscription_id) REFERENCES lago.subscriptions(id);
ALTER TABLE lago.usage_thresholds ADD CONSTRAINT fk_rails_8df9bf2b6c FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.usage_thresholds ADD CONSTRAINT fk_rails_caeb5a3949 FOREIGN KEY (plan_id) REFERENCES lago.plans(id);
ALTER TABLE lago.user_devices ADD CONSTRAINT fk_rails_e700a96826 FOREIGN KEY (user_id) REFERENCES lago.users(id);
ALTER TABLE lago.wallet_targets ADD CONSTRAINT fk_rails_7d0e61668f FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.wallet_targets ADD CONSTRAINT fk_rails_81eedc32c0 FOREIGN KEY (wallet_id) REFERENCES lago.wallets(id);
ALTER TABLE lago.wallet_targets ADD CONSTRAINT fk_rails_fbd2b9fccb FOREIGN KEY (billable_metric_id) REFERENCES lago.billable_metrics(id);
ALTER TABLE lago.wallet_transaction_consumptions ADD CONSTRAINT fk_rails_3c786cd3e3 FOREIGN KEY (inbound_wallet_transaction_id) REFERENCES lago.wallet_transactions(id);
ALTER TABLE lago.wallet_transaction_consumptions ADD CONSTRAINT fk_rails_85b9e72931 FOREIGN KEY (outbound_wallet_transaction_id) REFERENCES lago.wallet_transactions(id);
ALTER TABLE lago.wallet_transaction_consumptions ADD CONSTRAINT fk_rails_d4abfdb375 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.wallet_transactions ADD CONSTRAINT fk_rails_01a4c0c7db FOREIGN KEY (invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.wallet_transactions ADD CONSTRAINT fk_rails_78f6642ddf FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.wallet_transactions ADD CONSTRAINT fk_rails_9ea6759859 FOREIGN KEY (credit_note_id) REFERENCES lago.credit_notes(id);
ALTER TABLE lago.wallet_transactions ADD CONSTRAINT fk_rails_bcb5aecd6c FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.wallet_transactions ADD CONSTRAINT fk_rails_c29bf4ff0f FOREIGN KEY (payment_method_id) REFERENCES lago.payment_methods(id);
ALTER TABLE lago.wallet_transactions ADD CONSTRAINT fk_rails_d07bc24ce3 FOREIGN KEY (wallet_id) REFERENCES lago.wallets(id);
ALTER TABLE lago.wallet_transactions ADD CONSTRAINT fk_rails_f32b205d44 FOREIGN KEY (voided_invoice_id) REFERENCES lago.invoices(id);
ALTER TABLE lago.wallet_transactions_invoice_custom_sections ADD CONSTRAINT fk_rails_9e3f99b7a2 FOREIGN KEY (invoice_custom_section_id) REFERENCES lago.invoice_custom_sections(id);
ALTER TABLE lago.wallet_transactions_invoice_custom_sections ADD CONSTRAINT fk_rails_b974dac270 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.wallet_transactions_invoice_custom_sections ADD CONSTRAINT fk_rails_ff75b29299 FOREIGN KEY (wallet_transaction_id) REFERENCES lago.wallet_transactions(id);
ALTER TABLE lago.wallets ADD CONSTRAINT fk_rails_28077d4aa2 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.wallets ADD CONSTRAINT fk_rails_2b35eef34b FOREIGN KEY (customer_id) REFERENCES lago.customers(id);
ALTER TABLE lago.wallets ADD CONSTRAINT fk_rails_4ff087c52e FOREIGN KEY (billing_entity_id) REFERENCES lago.billing_entities(id);
ALTER TABLE lago.wallets ADD CONSTRAINT fk_rails_d9342a8ca7 FOREIGN KEY (payment_method_id) REFERENCES lago.payment_methods(id);
ALTER TABLE lago.wallets_invoice_custom_sections ADD CONSTRAINT fk_rails_3092f5f2e0 FOREIGN KEY (invoice_custom_section_id) REFERENCES lago.invoice_custom_sections(id);
ALTER TABLE lago.wallets_invoice_custom_sections ADD CONSTRAINT fk_rails_34b4e489e6 FOREIGN KEY (wallet_id) REFERENCES lago.wallets(id);
ALTER TABLE lago.wallets_invoice_custom_sections ADD CONSTRAINT fk_rails_87bc3bd4cb FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.webhook_endpoints ADD CONSTRAINT fk_rails_21808fa528 FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
ALTER TABLE lago.webhooks ADD CONSTRAINT fk_rails_20cc0de4c7 FOREIGN KEY (webhook_endpoint_id) REFERENCES lago.webhook_endpoints(id);
ALTER TABLE lago.webhooks ADD CONSTRAINT fk_rails_49212d501e FOREIGN KEY (organization_id) REFERENCES lago.organizations(id);
