-- Spree Commerce (the open-source Ruby on Rails e-commerce platform: stores, products, variants, option types,
-- taxonomies, stock locations and movements, orders, line items, shipments, payments, refunds, promotions, tax and
-- shipping rules, gift cards, store credits, wishlists, customer addresses, posts, themes and pages) as its starter
-- application lays it out: the Rails schema dump db/schema.rb of github.com/spree/spree_starter (commit fe934e6,
-- schema version 2026_01_22_155646; spree_starter is MIT-licensed, the Spree engine whose migrations make these tables
-- is BSD-3-Clause), turned into PostgreSQL by a one-off script following Rails' PostgreSQL type mapping, loaded into
-- a scratch PostgreSQL and checked there: all 136 tables (Rails' own Active Storage, Action Text and Action
-- Mailbox tables included) with their columns, types, NOT NULLs, the implicit bigint "id" primary keys Rails creates,
-- and the 14 foreign keys the dump declares (Spree declares few; its other *_id columns have no constraint in the
-- source, so none here). Schema spree instead of public. Left out: indexes, defaults, the pg_trgm extension; the dump
-- has no comments. No rows. See README.md here.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS spree;
CREATE TABLE spree.action_mailbox_inbound_emails (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    message_checksum character varying NOT NULL,
    message_id character varying NOT NULL,
    status integer NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.action_text_rich_texts (
    id bigint NOT NULL,
    body text,
    created_at timestamp(6) without time zone NOT NULL,
    locale character varying NOT NULL,
    name character varying NOT NULL,
    record_id bigint NOT NULL,
    record_type character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.action_text_video_embeds (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    raw_html text NOT NULL,
    thumbnail_url character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    url character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.active_storage_attachments (
    id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying NOT NULL,
    record_id bigint NOT NULL,
    record_type character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.active_storage_blobs (
    id bigint NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    content_type character varying,
    created_at timestamp(6) without time zone NOT NULL,
    filename character varying NOT NULL,
    key character varying NOT NULL,
    metadata text,
    service_name character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.active_storage_variant_records (
    id bigint NOT NULL,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.friendly_id_slugs (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    deleted_at timestamp without time zone,
    locale character varying,
    scope character varying,
    slug character varying NOT NULL,
    sluggable_id bigint NOT NULL,
    sluggable_type character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_addresses (
    id bigint NOT NULL,
    address1 character varying,
    address2 character varying,
    alternative_phone character varying,
    city character varying,
    company character varying,
    country_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    firstname character varying,
    label character varying,
    lastname character varying,
    latitude numeric,
    longitude numeric,
    phone character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    quick_checkout boolean,
    state_id bigint,
    state_name character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    zipcode character varying,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_adjustments (
    id bigint NOT NULL,
    adjustable_id bigint,
    adjustable_type character varying,
    amount numeric(10,2),
    created_at timestamp(6) without time zone NOT NULL,
    eligible boolean,
    included boolean,
    label character varying,
    mandatory boolean,
    order_id bigint NOT NULL,
    source_id bigint,
    source_type character varying,
    state character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_admin_users (
    id bigint NOT NULL,
    confirmation_sent_at timestamp(6) without time zone,
    confirmation_token character varying,
    confirmed_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    current_sign_in_at timestamp(6) without time zone,
    current_sign_in_ip character varying,
    email character varying NOT NULL,
    encrypted_password character varying NOT NULL,
    failed_attempts integer NOT NULL,
    first_name character varying,
    last_name character varying,
    last_sign_in_at timestamp(6) without time zone,
    last_sign_in_ip character varying,
    locked_at timestamp(6) without time zone,
    login character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    remember_created_at timestamp(6) without time zone,
    reset_password_sent_at timestamp(6) without time zone,
    reset_password_token character varying,
    selected_locale character varying,
    sign_in_count integer NOT NULL,
    unconfirmed_email character varying,
    unlock_token character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_assets (
    id bigint NOT NULL,
    alt text,
    attachment_content_type character varying,
    attachment_file_name character varying,
    attachment_file_size integer,
    attachment_height integer,
    attachment_updated_at timestamp without time zone,
    attachment_width integer,
    created_at timestamp without time zone,
    position integer,
    private_metadata jsonb,
    public_metadata jsonb,
    session_id character varying,
    type character varying(75),
    updated_at timestamp without time zone,
    viewable_id bigint,
    viewable_type character varying,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_calculators (
    id bigint NOT NULL,
    calculable_id bigint,
    calculable_type character varying,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    preferences text,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_countries (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    iso character varying NOT NULL,
    iso3 character varying NOT NULL,
    iso_name character varying,
    name character varying,
    numcode integer,
    states_required boolean,
    updated_at timestamp without time zone,
    zipcode_required boolean,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_coupon_codes (
    id bigint NOT NULL,
    code character varying,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    order_id bigint,
    promotion_id bigint,
    state integer NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_credit_cards (
    id bigint NOT NULL,
    address_id bigint,
    cc_type character varying,
    created_at timestamp(6) without time zone NOT NULL,
    "default" boolean NOT NULL,
    deleted_at timestamp without time zone,
    gateway_customer_id bigint,
    gateway_customer_profile_id character varying,
    gateway_payment_profile_id character varying,
    last_digits character varying,
    month character varying,
    name character varying,
    payment_method_id bigint,
    private_metadata jsonb,
    public_metadata jsonb,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    year character varying,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_custom_domains (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    "default" boolean NOT NULL,
    private_metadata jsonb,
    public_metadata jsonb,
    status boolean,
    store_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    url character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_customer_group_users (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    customer_group_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint NOT NULL,
    user_type character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_customer_groups (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    description text,
    name character varying NOT NULL,
    store_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_customer_returns (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    number character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    stock_location_id bigint,
    store_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_data_feeds (
    id bigint NOT NULL,
    active boolean,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    slug character varying,
    store_id bigint,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_digital_links (
    id bigint NOT NULL,
    access_counter integer,
    created_at timestamp without time zone NOT NULL,
    digital_id bigint,
    line_item_id bigint,
    token character varying,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_digitals (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    variant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_exports (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    format integer NOT NULL,
    number character varying(32) NOT NULL,
    search_params jsonb,
    store_id bigint NOT NULL,
    type character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_gateway_customers (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    payment_method_id bigint NOT NULL,
    profile_id character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_gateways (
    id bigint NOT NULL,
    active boolean,
    created_at timestamp(6) without time zone NOT NULL,
    description text,
    environment character varying,
    name character varying,
    preferences text,
    server character varying,
    test_mode boolean,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_gift_card_batches (
    id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    codes_count integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    created_by_id bigint,
    currency character varying NOT NULL,
    expires_at date,
    prefix character varying,
    store_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_gift_cards (
    id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    amount_authorized numeric(10,2) NOT NULL,
    amount_used numeric(10,2) NOT NULL,
    code character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    created_by_id bigint,
    currency character varying NOT NULL,
    expires_at date,
    gift_card_batch_id bigint,
    redeemed_at timestamp(6) without time zone,
    state character varying NOT NULL,
    store_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_import_mappings (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    file_column character varying,
    import_id bigint NOT NULL,
    schema_field character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_import_rows (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    data text NOT NULL,
    import_id bigint NOT NULL,
    item_id bigint,
    item_type character varying,
    row_number integer NOT NULL,
    status character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    validation_errors text,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_imports (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    number character varying(32) NOT NULL,
    owner_id bigint NOT NULL,
    owner_type character varying NOT NULL,
    preferences text,
    processing_errors text,
    rows_count integer NOT NULL,
    status character varying NOT NULL,
    type character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_integrations (
    id bigint NOT NULL,
    active boolean NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    preferences text,
    store_id bigint NOT NULL,
    type character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_inventory_units (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    line_item_id bigint,
    order_id bigint,
    original_return_item_id bigint,
    pending boolean,
    quantity integer,
    shipment_id bigint,
    state character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    variant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_invitations (
    id bigint NOT NULL,
    accepted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    email character varying NOT NULL,
    expires_at timestamp(6) without time zone,
    invitee_id bigint,
    invitee_type character varying,
    inviter_id bigint NOT NULL,
    inviter_type character varying NOT NULL,
    resource_id bigint NOT NULL,
    resource_type character varying NOT NULL,
    role_id bigint NOT NULL,
    status character varying NOT NULL,
    token character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_line_items (
    id bigint NOT NULL,
    additional_tax_total numeric(10,2),
    adjustment_total numeric(10,2),
    cost_price numeric(10,2),
    created_at timestamp(6) without time zone NOT NULL,
    currency character varying,
    included_tax_total numeric(10,2) NOT NULL,
    non_taxable_adjustment_total numeric(10,2) NOT NULL,
    order_id bigint,
    pre_tax_amount numeric(12,4) NOT NULL,
    price numeric(10,2) NOT NULL,
    price_list_id bigint,
    private_metadata jsonb,
    promo_total numeric(10,2),
    public_metadata jsonb,
    quantity integer NOT NULL,
    tax_category_id bigint,
    taxable_adjustment_total numeric(10,2) NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    variant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_log_entries (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    details text,
    source_id bigint,
    source_type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_metafield_definitions (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    display_on character varying NOT NULL,
    key character varying NOT NULL,
    metafield_type character varying NOT NULL,
    name character varying NOT NULL,
    namespace character varying NOT NULL,
    resource_type character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_metafields (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    metafield_definition_id bigint NOT NULL,
    resource_id bigint NOT NULL,
    resource_type character varying NOT NULL,
    type character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_newsletter_subscribers (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    email character varying NOT NULL,
    private_metadata jsonb,
    public_metadata jsonb,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    verification_token character varying,
    verified_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_oauth_access_grants (
    id bigint NOT NULL,
    application_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    resource_owner_id bigint NOT NULL,
    resource_owner_type character varying NOT NULL,
    revoked_at timestamp without time zone,
    scopes character varying,
    token character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_oauth_access_tokens (
    id bigint NOT NULL,
    application_id bigint,
    created_at timestamp without time zone NOT NULL,
    expires_in integer,
    previous_refresh_token character varying NOT NULL,
    refresh_token character varying,
    resource_owner_id bigint,
    resource_owner_type character varying,
    revoked_at timestamp without time zone,
    scopes character varying,
    token character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_oauth_applications (
    id bigint NOT NULL,
    confidential boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    name character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    secret character varying NOT NULL,
    uid character varying NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_option_type_prototypes (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    option_type_id bigint,
    prototype_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_option_type_translations (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    locale character varying NOT NULL,
    presentation character varying,
    spree_option_type_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_option_types (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    filterable boolean NOT NULL,
    name character varying(100),
    position integer NOT NULL,
    presentation character varying(100),
    private_metadata jsonb,
    public_metadata jsonb,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_option_value_translations (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    locale character varying NOT NULL,
    presentation character varying,
    spree_option_value_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_option_value_variants (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    option_value_id bigint,
    updated_at timestamp without time zone,
    variant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_option_values (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    option_type_id bigint,
    position integer,
    presentation character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_order_promotions (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    order_id bigint,
    promotion_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_orders (
    id bigint NOT NULL,
    accept_marketing boolean,
    additional_tax_total numeric(10,2),
    adjustment_total numeric(10,2) NOT NULL,
    approved_at timestamp without time zone,
    approver_id bigint,
    bill_address_id bigint,
    canceled_at timestamp without time zone,
    canceler_id bigint,
    channel character varying,
    completed_at timestamp without time zone,
    confirmation_delivered boolean,
    considered_risky boolean,
    created_at timestamp(6) without time zone NOT NULL,
    created_by_id bigint,
    currency character varying,
    email character varying,
    gift_card_id bigint,
    included_tax_total numeric(10,2) NOT NULL,
    internal_note text,
    item_count integer,
    item_total numeric(10,2) NOT NULL,
    last_ip_address character varying,
    non_taxable_adjustment_total numeric(10,2) NOT NULL,
    number character varying(32),
    payment_state character varying,
    payment_total numeric(10,2),
    private_metadata jsonb,
    promo_total numeric(10,2),
    public_metadata jsonb,
    ship_address_id bigint,
    shipment_state character varying,
    shipment_total numeric(10,2) NOT NULL,
    signup_for_an_account boolean,
    special_instructions text,
    state character varying,
    state_lock_version integer NOT NULL,
    store_id bigint,
    store_owner_notification_delivered boolean,
    taxable_adjustment_total numeric(10,2) NOT NULL,
    token character varying,
    total numeric(10,2) NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_payment_capture_events (
    id bigint NOT NULL,
    amount numeric(10,2),
    created_at timestamp(6) without time zone NOT NULL,
    payment_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_payment_methods (
    id bigint NOT NULL,
    active boolean,
    auto_capture boolean,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    description text,
    display_on character varying,
    name character varying,
    position integer,
    preferences text,
    private_metadata jsonb,
    public_metadata jsonb,
    settings jsonb,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_payment_methods_stores (
    payment_method_id bigint,
    store_id bigint
);
CREATE TABLE spree.spree_payment_sources (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    gateway_customer_profile_id character varying,
    gateway_payment_profile_id character varying,
    payment_method_id bigint,
    private_metadata jsonb,
    public_metadata jsonb,
    type character varying,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_payments (
    id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    avs_response character varying,
    created_at timestamp(6) without time zone NOT NULL,
    cvv_response_code character varying,
    cvv_response_message character varying,
    number character varying,
    order_id bigint,
    payment_method_id bigint,
    private_metadata jsonb,
    public_metadata jsonb,
    response_code character varying,
    source_id bigint,
    source_type character varying,
    state character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_paypal_checkout_orders (
    id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    data jsonb,
    order_id bigint NOT NULL,
    payment_method_id bigint NOT NULL,
    paypal_id character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_policies (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    owner_id bigint,
    owner_type character varying,
    slug character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_policy_translations (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    locale character varying NOT NULL,
    name character varying,
    spree_policy_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_post_categories (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    slug character varying NOT NULL,
    store_id bigint NOT NULL,
    title character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_posts (
    id bigint NOT NULL,
    author_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    meta_description character varying,
    meta_title character varying,
    post_category_id bigint,
    published_at timestamp without time zone,
    slug character varying NOT NULL,
    store_id bigint,
    title character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_preferences (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    key character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_price_lists (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    description text,
    ends_at timestamp(6) without time zone,
    match_policy character varying NOT NULL,
    name character varying NOT NULL,
    position integer NOT NULL,
    starts_at timestamp(6) without time zone,
    status character varying NOT NULL,
    store_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_price_rules (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    preferences text,
    price_list_id bigint NOT NULL,
    type character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_prices (
    id bigint NOT NULL,
    amount numeric(10,2),
    compare_at_amount numeric(10,2),
    created_at timestamp without time zone NOT NULL,
    currency character varying,
    deleted_at timestamp without time zone,
    price_list_id bigint,
    updated_at timestamp without time zone NOT NULL,
    variant_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_product_option_types (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    option_type_id bigint,
    position integer,
    product_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_product_promotion_rules (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    product_id bigint,
    promotion_rule_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_product_properties (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    filter_param character varying,
    position integer,
    product_id bigint,
    property_id bigint,
    show_property boolean,
    updated_at timestamp(6) without time zone NOT NULL,
    value character varying,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_product_property_translations (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    locale character varying NOT NULL,
    spree_product_property_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    value character varying,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_product_translations (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    description text,
    locale character varying NOT NULL,
    meta_description text,
    meta_keywords character varying,
    meta_title character varying,
    name character varying,
    slug character varying,
    spree_product_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_products (
    id bigint NOT NULL,
    available_on timestamp without time zone,
    classification_count integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    description text,
    discontinue_on timestamp without time zone,
    make_active_at timestamp without time zone,
    meta_description text,
    meta_keywords character varying,
    meta_title character varying,
    name character varying NOT NULL,
    private_metadata jsonb,
    promotionable boolean,
    public_metadata jsonb,
    shipping_category_id bigint,
    slug character varying,
    status character varying NOT NULL,
    tax_category_id bigint,
    total_image_count integer NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    variant_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_products_stores (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    product_id bigint,
    revenue numeric(10,2) NOT NULL,
    store_id bigint,
    units_sold_count integer NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_products_taxons (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    position integer,
    product_id bigint,
    taxon_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_promotion_action_line_items (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    promotion_action_id bigint,
    quantity integer,
    updated_at timestamp without time zone,
    variant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_promotion_actions (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    deleted_at timestamp without time zone,
    position integer,
    promotion_id bigint,
    type character varying,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_promotion_categories (
    id bigint NOT NULL,
    code character varying,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_promotion_rule_taxons (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    promotion_rule_id bigint,
    taxon_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_promotion_rule_users (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    promotion_rule_id bigint,
    updated_at timestamp without time zone,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_promotion_rules (
    id bigint NOT NULL,
    code character varying,
    created_at timestamp(6) without time zone NOT NULL,
    preferences text,
    product_group_id bigint,
    promotion_id bigint,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_promotions (
    id bigint NOT NULL,
    advertise boolean,
    code character varying,
    code_prefix character varying,
    created_at timestamp(6) without time zone NOT NULL,
    description character varying,
    expires_at timestamp without time zone,
    kind integer,
    match_policy character varying,
    multi_codes boolean,
    name character varying,
    number_of_codes integer,
    path character varying,
    private_metadata jsonb,
    promotion_category_id bigint,
    public_metadata jsonb,
    starts_at timestamp without time zone,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    usage_limit integer,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_promotions_stores (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    promotion_id bigint,
    store_id bigint,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_properties (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    display_on character varying,
    filter_param character varying,
    filterable boolean NOT NULL,
    kind integer,
    name character varying,
    position integer,
    presentation character varying NOT NULL,
    private_metadata jsonb,
    public_metadata jsonb,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_property_prototypes (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    property_id bigint,
    prototype_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_property_translations (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    locale character varying NOT NULL,
    presentation character varying,
    spree_property_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_prototype_taxons (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    prototype_id bigint,
    taxon_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_prototypes (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_refund_reasons (
    id bigint NOT NULL,
    active boolean,
    created_at timestamp(6) without time zone NOT NULL,
    mutable boolean,
    name character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_refunds (
    id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    payment_id bigint,
    private_metadata jsonb,
    public_metadata jsonb,
    refund_reason_id bigint,
    refunder_id bigint,
    reimbursement_id bigint,
    transaction_id character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_reimbursement_credits (
    id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    created_at timestamp without time zone,
    creditable_id bigint,
    creditable_type character varying,
    reimbursement_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_reimbursement_types (
    id bigint NOT NULL,
    active boolean,
    created_at timestamp(6) without time zone NOT NULL,
    mutable boolean,
    name character varying,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_reimbursements (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    customer_return_id bigint,
    number character varying,
    order_id bigint,
    performed_by_id bigint,
    reimbursement_status character varying,
    total numeric(10,2),
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_reports (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    currency character varying,
    date_from timestamp without time zone,
    date_to timestamp without time zone,
    store_id bigint NOT NULL,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_return_authorization_reasons (
    id bigint NOT NULL,
    active boolean,
    created_at timestamp(6) without time zone NOT NULL,
    mutable boolean,
    name character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_return_authorizations (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    memo text,
    number character varying,
    order_id bigint,
    return_authorization_reason_id bigint,
    state character varying,
    stock_location_id bigint,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_return_items (
    id bigint NOT NULL,
    acceptance_status character varying,
    acceptance_status_errors text,
    additional_tax_total numeric(12,4) NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    customer_return_id bigint,
    exchange_variant_id bigint,
    included_tax_total numeric(12,4) NOT NULL,
    inventory_unit_id bigint,
    override_reimbursement_type_id bigint,
    pre_tax_amount numeric(12,4) NOT NULL,
    preferred_reimbursement_type_id bigint,
    reception_status character varying,
    reimbursement_id bigint,
    resellable boolean NOT NULL,
    return_authorization_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_role_users (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    invitation_id bigint,
    resource_id bigint,
    resource_type character varying,
    role_id bigint,
    updated_at timestamp without time zone,
    user_id bigint,
    user_type character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_roles (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    name character varying,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_shipments (
    id bigint NOT NULL,
    additional_tax_total numeric(10,2),
    address_id bigint,
    adjustment_total numeric(10,2),
    cost numeric(10,2),
    created_at timestamp(6) without time zone NOT NULL,
    included_tax_total numeric(10,2) NOT NULL,
    non_taxable_adjustment_total numeric(10,2) NOT NULL,
    number character varying,
    order_id bigint,
    pre_tax_amount numeric(12,4) NOT NULL,
    private_metadata jsonb,
    promo_total numeric(10,2),
    public_metadata jsonb,
    shipped_at timestamp without time zone,
    state character varying,
    stock_location_id bigint,
    taxable_adjustment_total numeric(10,2) NOT NULL,
    tracking character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_shipping_categories (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_shipping_method_categories (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    shipping_category_id bigint NOT NULL,
    shipping_method_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_shipping_method_zones (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    shipping_method_id bigint,
    updated_at timestamp without time zone,
    zone_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_shipping_methods (
    id bigint NOT NULL,
    admin_name character varying,
    code character varying,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    display_on character varying,
    estimated_transit_business_days_max integer,
    estimated_transit_business_days_min integer,
    name character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    tax_category_id bigint,
    tracking_url character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_shipping_rates (
    id bigint NOT NULL,
    cost numeric(8,2),
    created_at timestamp(6) without time zone NOT NULL,
    selected boolean,
    shipment_id bigint,
    shipping_method_id bigint,
    tax_rate_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_state_changes (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    next_state character varying,
    previous_state character varying,
    stateful_id bigint,
    stateful_type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_states (
    id bigint NOT NULL,
    abbr character varying,
    country_id bigint,
    created_at timestamp without time zone,
    name character varying,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_stock_items (
    id bigint NOT NULL,
    backorderable boolean,
    count_on_hand integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    private_metadata jsonb,
    public_metadata jsonb,
    stock_location_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    variant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_stock_locations (
    id bigint NOT NULL,
    active boolean,
    address1 character varying,
    address2 character varying,
    admin_name character varying,
    backorderable_default boolean,
    city character varying,
    company character varying,
    country_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    "default" boolean NOT NULL,
    deleted_at timestamp without time zone,
    name character varying,
    phone character varying,
    propagate_all_variants boolean,
    state_id bigint,
    state_name character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    zipcode character varying,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_stock_movements (
    id bigint NOT NULL,
    action character varying,
    created_at timestamp(6) without time zone NOT NULL,
    originator_id bigint,
    originator_type character varying,
    quantity integer,
    stock_item_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_stock_transfers (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    destination_location_id bigint,
    number character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    reference character varying,
    source_location_id bigint,
    type character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_store_credit_categories (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_store_credit_events (
    id bigint NOT NULL,
    action character varying NOT NULL,
    amount numeric(8,2),
    authorization_code character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    originator_id bigint,
    originator_type character varying,
    store_credit_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_total_amount numeric(8,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_store_credit_types (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    priority integer,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_store_credits (
    id bigint NOT NULL,
    amount numeric(8,2) NOT NULL,
    amount_authorized numeric(8,2) NOT NULL,
    amount_used numeric(8,2) NOT NULL,
    category_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    created_by_id bigint,
    currency character varying,
    deleted_at timestamp without time zone,
    memo text,
    originator_id bigint,
    originator_type character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    store_id bigint,
    type_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_store_translations (
    id bigint NOT NULL,
    address text,
    contact_phone character varying,
    created_at timestamp(6) without time zone NOT NULL,
    customer_support_email character varying,
    deleted_at timestamp without time zone,
    description text,
    facebook character varying,
    instagram character varying,
    locale character varying NOT NULL,
    meta_description text,
    meta_keywords text,
    name character varying,
    new_order_notifications_email character varying,
    seo_title character varying,
    spree_store_id bigint NOT NULL,
    twitter character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_stores (
    id bigint NOT NULL,
    address text,
    checkout_zone_id bigint,
    code character varying,
    contact_phone character varying,
    created_at timestamp(6) without time zone NOT NULL,
    customer_support_email character varying,
    "default" boolean NOT NULL,
    default_country_id bigint,
    default_currency character varying,
    default_locale character varying,
    deleted_at timestamp without time zone,
    description text,
    facebook character varying,
    instagram character varying,
    mail_from_address character varying,
    meta_description text,
    meta_keywords text,
    name character varying,
    new_order_notifications_email character varying,
    page_links_count integer NOT NULL,
    preferences text,
    private_metadata jsonb,
    public_metadata jsonb,
    seo_robots character varying,
    seo_title character varying,
    settings jsonb,
    storefront_custom_code_body_end text,
    storefront_custom_code_body_start text,
    storefront_custom_code_head text,
    supported_currencies character varying,
    supported_locales character varying,
    twitter character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    url character varying,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_stripe_payment_intents (
    id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    client_secret character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    customer_id character varying,
    ephemeral_key_secret character varying,
    order_id bigint NOT NULL,
    payment_method_id bigint NOT NULL,
    stripe_id character varying NOT NULL,
    stripe_payment_method_id character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_stripe_payment_methods_webhook_keys (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    payment_method_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    webhook_key_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_stripe_webhook_keys (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    signing_secret character varying NOT NULL,
    stripe_id character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_taggings (
    id bigint NOT NULL,
    context character varying(128),
    created_at timestamp without time zone,
    tag_id bigint,
    taggable_id bigint,
    taggable_type character varying,
    tagger_id bigint,
    tagger_type character varying,
    tenant character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_tags (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying,
    taggings_count integer,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_tax_categories (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    description character varying,
    is_default boolean,
    name character varying,
    tax_code character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_tax_rates (
    id bigint NOT NULL,
    amount numeric(8,5),
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    included_in_price boolean,
    name character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    show_rate_in_label boolean,
    tax_category_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    zone_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_taxon_rules (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    match_policy character varying NOT NULL,
    taxon_id bigint NOT NULL,
    type character varying NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    value character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_taxon_translations (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    description text,
    locale character varying NOT NULL,
    meta_description character varying,
    meta_keywords character varying,
    meta_title character varying,
    name character varying,
    permalink character varying,
    pretty_name character varying,
    spree_taxon_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_taxonomies (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    name character varying NOT NULL,
    position integer,
    private_metadata jsonb,
    public_metadata jsonb,
    store_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_taxonomy_translations (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    locale character varying NOT NULL,
    name character varying,
    spree_taxonomy_id bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_taxons (
    id bigint NOT NULL,
    automatic boolean NOT NULL,
    children_count integer NOT NULL,
    classification_count integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    depth integer,
    description text,
    hide_from_nav boolean,
    lft bigint,
    meta_description character varying,
    meta_keywords character varying,
    meta_title character varying,
    name character varying NOT NULL,
    parent_id bigint,
    permalink character varying,
    position integer,
    pretty_name character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    rgt bigint,
    rules_match_policy character varying NOT NULL,
    sort_order character varying NOT NULL,
    taxonomy_id bigint,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_trackers (
    id bigint NOT NULL,
    active boolean,
    analytics_id character varying,
    created_at timestamp(6) without time zone NOT NULL,
    engine integer NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_users (
    id bigint NOT NULL,
    accepts_email_marketing boolean NOT NULL,
    authentication_token character varying,
    bill_address_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    current_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying,
    email character varying,
    encrypted_password character varying(128),
    failed_attempts integer NOT NULL,
    first_name character varying,
    last_name character varying,
    last_request_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    last_sign_in_ip character varying,
    locked_at timestamp without time zone,
    login character varying,
    password_salt character varying(128),
    perishable_token character varying,
    persistence_token character varying,
    phone character varying,
    private_metadata jsonb,
    public_metadata jsonb,
    remember_created_at timestamp without time zone,
    remember_token character varying,
    reset_password_sent_at timestamp without time zone,
    reset_password_token character varying,
    selected_locale character varying,
    ship_address_id bigint,
    sign_in_count integer NOT NULL,
    spree_api_key character varying(48),
    unlock_token character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_variants (
    id bigint NOT NULL,
    barcode character varying,
    cost_currency character varying,
    cost_price numeric(10,2),
    created_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone,
    depth numeric(8,2),
    dimensions_unit character varying,
    discontinue_on timestamp without time zone,
    height numeric(8,2),
    image_count integer NOT NULL,
    is_master boolean,
    position integer,
    private_metadata jsonb,
    product_id bigint,
    public_metadata jsonb,
    sku character varying NOT NULL,
    tax_category_id bigint,
    track_inventory boolean,
    updated_at timestamp without time zone NOT NULL,
    weight numeric(8,2),
    weight_unit character varying,
    width numeric(8,2),
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_webhook_deliveries (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    delivered_at timestamp(6) without time zone,
    error_type character varying,
    event_name character varying NOT NULL,
    execution_time integer,
    payload jsonb NOT NULL,
    request_errors text,
    response_body text,
    response_code integer,
    success boolean,
    updated_at timestamp(6) without time zone NOT NULL,
    webhook_endpoint_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_webhook_endpoints (
    id bigint NOT NULL,
    active boolean NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    secret_key character varying NOT NULL,
    store_id bigint NOT NULL,
    subscriptions jsonb NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    url character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_webhooks_events (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    execution_time integer,
    name character varying NOT NULL,
    request_errors character varying,
    response_code character varying,
    subscriber_id bigint NOT NULL,
    success boolean,
    updated_at timestamp without time zone NOT NULL,
    url character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_webhooks_subscribers (
    id bigint NOT NULL,
    active boolean,
    created_at timestamp without time zone NOT NULL,
    secret_key character varying NOT NULL,
    subscriptions jsonb,
    updated_at timestamp without time zone NOT NULL,
    url character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_wished_items (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    quantity integer NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    variant_id bigint,
    wishlist_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_wishlists (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    is_default boolean NOT NULL,
    is_private boolean NOT NULL,
    name character varying,
    store_id bigint,
    token character varying NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_zone_members (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    zone_id bigint,
    zoneable_id bigint,
    zoneable_type character varying,
    PRIMARY KEY (id)
);
CREATE TABLE spree.spree_zones (
    id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    default_tax boolean,
    description character varying,
    kind character varying,
    name character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    zone_members_count integer,
    PRIMARY KEY (id)
);
ALTER TABLE spree.active_storage_attachments ADD FOREIGN KEY (blob_id) REFERENCES spree.active_storage_blobs (id);
ALTER TABLE spree.active_storage_variant_records ADD FOREIGN KEY (blob_id) REFERENCES spree.active_storage_blobs (id);
ALTER TABLE spree.spree_oauth_access_grants ADD FOREIGN KEY (application_id) REFERENCES spree.spree_oauth_applications (id);
ALTER TABLE spree.spree_oauth_access_tokens ADD FOREIGN KEY (application_id) REFERENCES spree.spree_oauth_applications (id);
ALTER TABLE spree.spree_option_type_translations ADD FOREIGN KEY (spree_option_type_id) REFERENCES spree.spree_option_types (id);
ALTER TABLE spree.spree_option_value_translations ADD FOREIGN KEY (spree_option_value_id) REFERENCES spree.spree_option_values (id);
ALTER TABLE spree.spree_payment_sources ADD FOREIGN KEY (payment_method_id) REFERENCES spree.spree_payment_methods (id);
ALTER TABLE spree.spree_payment_sources ADD FOREIGN KEY (user_id) REFERENCES spree.spree_users (id);
ALTER TABLE spree.spree_product_property_translations ADD FOREIGN KEY (spree_product_property_id) REFERENCES spree.spree_product_properties (id);
ALTER TABLE spree.spree_product_translations ADD FOREIGN KEY (spree_product_id) REFERENCES spree.spree_products (id);
ALTER TABLE spree.spree_property_translations ADD FOREIGN KEY (spree_property_id) REFERENCES spree.spree_properties (id);
ALTER TABLE spree.spree_store_translations ADD FOREIGN KEY (spree_store_id) REFERENCES spree.spree_stores (id);
ALTER TABLE spree.spree_taxon_translations ADD FOREIGN KEY (spree_taxon_id) REFERENCES spree.spree_taxons (id);
ALTER TABLE spree.spree_taxonomy_translations ADD FOREIGN KEY (spree_taxonomy_id) REFERENCES spree.spree_taxonomies (id);
