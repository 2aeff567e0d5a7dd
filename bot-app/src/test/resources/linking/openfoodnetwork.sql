-- Open Food Network (the open-source online marketplace for local food: producers, hubs and shops as enterprises,
-- enterprise groups, relationships and roles, order cycles with incoming and outgoing exchanges, enterprise fees,
-- customers, subscriptions, vouchers, inventory and variant overrides, on top of its fork of Spree's products,
-- variants, prices, orders, line items, adjustments, payments, shipments, tax and shipping rules and zones) as the
-- Rails schema dump db/schema.rb of github.com/openfoodfoundation/openfoodnetwork lays it out (commit d4f0a99, schema
-- version 2026_06_11_223814; AGPL-3.0, we use the schema's facts), turned into PostgreSQL by a one-off script
-- following Rails' PostgreSQL type mapping (string -> character varying with its limit, datetime -> timestamp,
-- float -> double precision, decimal -> numeric with its precision and scale, the implicit bigint "id" primary keys,
-- id: :serial -> integer, id: false join tables without a key), loaded into a scratch PostgreSQL and regenerated from
-- its catalog: all 93 tables, and the 120 foreign keys the dump declares (add_foreign_key; other *_id columns have
-- no constraint in the source, so none here). Schema openfoodnetwork instead of public. Left out: indexes (unique
-- ones included), defaults, the one CHECK constraint (spree_variants.unit_value > 0), ON DELETE actions and the
-- extensions; the dump has no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS openfoodnetwork;
CREATE TABLE openfoodnetwork.active_storage_attachments (
    id bigint NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.active_storage_blobs (
    id bigint NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.active_storage_variant_records (
    id bigint NOT NULL,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.adjustment_metadata (
    id integer NOT NULL,
    adjustment_id integer NOT NULL,
    enterprise_id integer NOT NULL,
    fee_name character varying(255),
    fee_type character varying(255),
    enterprise_role character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.column_preferences (
    id integer NOT NULL,
    user_id integer NOT NULL,
    action_name character varying(255) NOT NULL,
    column_name character varying(255) NOT NULL,
    visible boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.connected_apps (
    id bigint NOT NULL,
    enterprise_id bigint,
    data json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    type character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.coordinator_fees (
    id integer NOT NULL,
    order_cycle_id integer NOT NULL,
    enterprise_fee_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.custom_tabs (
    id bigint NOT NULL,
    title character varying,
    content text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    enterprise_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.customer_account_transactions (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    currency character varying,
    description character varying,
    payment_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    balance numeric(10,2),
    created_by_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.customers (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    enterprise_id integer NOT NULL,
    code character varying(255),
    user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    bill_address_id integer,
    ship_address_id integer,
    name character varying(255),
    allow_charges boolean NOT NULL,
    terms_and_conditions_accepted_at timestamp without time zone,
    first_name character varying NOT NULL,
    last_name character varying NOT NULL,
    created_manually boolean,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.dfc_permissions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    enterprise_id bigint NOT NULL,
    grantee character varying NOT NULL,
    scope character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.distributors_payment_methods (
    id bigint NOT NULL,
    distributor_id integer NOT NULL,
    payment_method_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.distributors_shipping_methods (
    id integer NOT NULL,
    distributor_id integer NOT NULL,
    shipping_method_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.enterprise_fees (
    id integer NOT NULL,
    enterprise_id integer NOT NULL,
    fee_type character varying(255),
    name character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    tax_category_id integer,
    inherits_tax_category boolean NOT NULL,
    deleted_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.enterprise_groups (
    id integer NOT NULL,
    name character varying(255),
    on_front_page boolean,
    "position" integer,
    description text,
    long_description text,
    address_id integer,
    email character varying(255) NOT NULL,
    website character varying(255) NOT NULL,
    facebook character varying(255) NOT NULL,
    instagram character varying(255) NOT NULL,
    linkedin character varying(255) NOT NULL,
    twitter character varying(255) NOT NULL,
    owner_id integer,
    permalink character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.enterprise_groups_enterprises (
    enterprise_group_id integer,
    enterprise_id integer
);
CREATE TABLE openfoodnetwork.enterprise_relationship_permissions (
    id integer NOT NULL,
    enterprise_relationship_id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.enterprise_relationships (
    id integer NOT NULL,
    parent_id integer NOT NULL,
    child_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.enterprise_roles (
    id integer NOT NULL,
    user_id integer NOT NULL,
    enterprise_id integer NOT NULL,
    receives_notifications boolean,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.enterprises (
    id integer NOT NULL,
    name character varying(255),
    description text,
    long_description text,
    is_primary_producer boolean,
    contact_name character varying(255),
    phone character varying(255),
    website character varying(255),
    twitter character varying(255),
    abn character varying(255),
    acn character varying(255),
    address_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    facebook character varying(255),
    instagram character varying(255),
    linkedin character varying(255),
    owner_id integer NOT NULL,
    sells character varying(255) NOT NULL,
    producer_profile_only boolean,
    permalink character varying(255) NOT NULL,
    charges_sales_tax boolean NOT NULL,
    email_address character varying(255),
    require_login boolean NOT NULL,
    allow_guest_orders boolean NOT NULL,
    invoice_text text,
    display_invoice_logo boolean,
    allow_order_changes boolean NOT NULL,
    enable_subscriptions boolean NOT NULL,
    business_address_id integer,
    show_customer_names_to_suppliers boolean NOT NULL,
    visible character varying NOT NULL,
    whatsapp_phone character varying(255),
    hide_ofn_navigation boolean NOT NULL,
    white_label_logo_link text,
    hide_groups_tab boolean,
    external_billing_id character varying(128),
    enable_producers_to_edit_orders boolean NOT NULL,
    show_customer_contacts_to_suppliers boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.exchange_fees (
    id integer NOT NULL,
    exchange_id integer,
    enterprise_fee_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.exchange_variants (
    id integer NOT NULL,
    exchange_id integer,
    variant_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.exchanges (
    id integer NOT NULL,
    order_cycle_id integer NOT NULL,
    sender_id integer NOT NULL,
    receiver_id integer NOT NULL,
    pickup_time text,
    pickup_instructions text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    incoming boolean NOT NULL,
    receival_instructions text,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.flipper_features (
    id integer NOT NULL,
    key character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.flipper_gates (
    id integer NOT NULL,
    feature_key character varying NOT NULL,
    key character varying NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.inventory_items (
    id integer NOT NULL,
    enterprise_id integer NOT NULL,
    variant_id integer NOT NULL,
    visible boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.invoices (
    id bigint NOT NULL,
    order_id bigint,
    number integer,
    data jsonb,
    date date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    cancelled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.oidc_accounts (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    provider character varying,
    uid character varying NOT NULL,
    token character varying,
    refresh_token character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.order_cycle_schedules (
    id integer NOT NULL,
    order_cycle_id integer NOT NULL,
    schedule_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.order_cycles (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    orders_open_at timestamp without time zone,
    orders_close_at timestamp without time zone,
    coordinator_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    processed_at timestamp without time zone,
    automatic_notifications boolean,
    mails_sent boolean,
    opened_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.order_cycles_distributor_payment_methods (
    order_cycle_id bigint,
    distributor_payment_method_id bigint
);
CREATE TABLE openfoodnetwork.order_cycles_distributor_shipping_methods (
    order_cycle_id bigint,
    distributor_shipping_method_id bigint
);
CREATE TABLE openfoodnetwork.producer_properties (
    id integer NOT NULL,
    value character varying(255),
    producer_id integer,
    property_id integer,
    "position" integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.proxy_orders (
    id integer NOT NULL,
    subscription_id integer NOT NULL,
    order_id integer,
    canceled_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    order_cycle_id integer NOT NULL,
    placed_at timestamp without time zone,
    confirmed_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.report_rendering_options (
    id bigint NOT NULL,
    user_id bigint,
    options text,
    report_type character varying,
    report_subtype character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.schedules (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.semantic_links (
    id bigint NOT NULL,
    variant_id bigint,
    semantic_id character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    subject_type character varying NOT NULL,
    subject_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.sessions (
    id integer NOT NULL,
    session_id character varying(255) NOT NULL,
    data text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_addresses (
    id integer NOT NULL,
    firstname character varying(255),
    lastname character varying(255),
    address1 character varying(255) NOT NULL,
    address2 character varying(255),
    city character varying(255) NOT NULL,
    zipcode character varying(255),
    phone character varying(255) NOT NULL,
    state_name character varying(255),
    alternative_phone character varying(255),
    state_id integer,
    country_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    company character varying(255),
    latitude double precision,
    longitude double precision,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_adjustments (
    id integer NOT NULL,
    amount numeric(10,2),
    label character varying(255),
    adjustable_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    mandatory boolean,
    originator_id integer,
    originator_type character varying(255),
    eligible boolean,
    adjustable_type character varying(255),
    included_tax numeric(10,2) NOT NULL,
    state character varying(255),
    order_id integer,
    included boolean,
    tax_category_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_assets (
    id integer NOT NULL,
    viewable_id integer,
    "position" integer,
    viewable_type character varying(50),
    type character varying(75),
    alt text,
    deleted_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_calculators (
    id integer NOT NULL,
    type character varying(255),
    calculable_id integer NOT NULL,
    calculable_type character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_configurations (
    id integer NOT NULL,
    name character varying(255),
    type character varying(50),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_countries (
    id integer NOT NULL,
    iso_name character varying(255),
    iso character varying(255),
    iso3 character varying(255),
    name character varying(255),
    numcode integer,
    states_required boolean,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_credit_cards (
    id integer NOT NULL,
    month character varying(255),
    year character varying(255),
    cc_type character varying(255),
    last_digits character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    start_month character varying(255),
    start_year character varying(255),
    issue_number character varying(255),
    address_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    gateway_customer_profile_id character varying(255),
    gateway_payment_profile_id character varying(255),
    user_id integer,
    payment_method_id integer,
    is_default boolean,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_gateways (
    id integer NOT NULL,
    type character varying(255),
    name character varying(255),
    description text,
    active boolean,
    environment character varying(255),
    server character varying(255),
    test_mode boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_inventory_units (
    id integer NOT NULL,
    state character varying(255),
    variant_id integer,
    order_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    shipment_id integer,
    return_authorization_id integer,
    pending boolean,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_line_items (
    id integer NOT NULL,
    order_id integer NOT NULL,
    variant_id integer NOT NULL,
    quantity integer NOT NULL,
    price numeric(10,2) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    max_quantity integer,
    currency character varying(255),
    distribution_fee numeric(10,2),
    final_weight_volume numeric(10,2),
    tax_category_id integer,
    weight numeric(8,2),
    height numeric(8,2),
    width numeric(8,2),
    depth numeric(8,2),
    unit_presentation character varying,
    product_name character varying,
    variant_name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_log_entries (
    id integer NOT NULL,
    source_id integer,
    source_type character varying(255),
    details text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_orders (
    id integer NOT NULL,
    number character varying(15),
    item_total numeric(10,2) NOT NULL,
    total numeric(10,2) NOT NULL,
    state character varying(255),
    adjustment_total numeric(10,2) NOT NULL,
    user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    completed_at timestamp without time zone,
    bill_address_id integer,
    ship_address_id integer,
    payment_total numeric(10,2),
    shipment_state character varying(255),
    payment_state character varying(255),
    email character varying(255),
    special_instructions text,
    distributor_id integer,
    order_cycle_id integer,
    currency character varying(255),
    last_ip_address character varying(255),
    customer_id integer,
    created_by_id integer,
    included_tax_total numeric(10,2) NOT NULL,
    additional_tax_total numeric(10,2) NOT NULL,
    note character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_payment_methods (
    id integer NOT NULL,
    type character varying(255),
    name character varying(255),
    description text,
    active boolean,
    environment character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone,
    display_on character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_payments (
    id integer NOT NULL,
    amount numeric(10,2) NOT NULL,
    order_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    source_id integer,
    source_type character varying(255),
    payment_method_id integer,
    state character varying(255),
    response_code character varying(255),
    avs_response character varying(255),
    identifier character varying(255),
    cvv_response_code character varying(255),
    cvv_response_message text,
    captured_at timestamp without time zone,
    redirect_auth_url character varying,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_paypal_accounts (
    id integer NOT NULL,
    email character varying(255),
    payer_id character varying(255),
    payer_country character varying(255),
    payer_status character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_paypal_express_checkouts (
    id integer NOT NULL,
    token character varying(255),
    payer_id character varying(255),
    transaction_id character varying(255),
    state character varying(255),
    refund_transaction_id character varying(255),
    refunded_at timestamp without time zone,
    refund_type character varying(255),
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_preferences (
    id integer NOT NULL,
    value text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    key character varying(255),
    value_type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_prices (
    id integer NOT NULL,
    variant_id integer NOT NULL,
    amount numeric(10,2),
    currency character varying(255),
    deleted_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_product_properties (
    id integer NOT NULL,
    value character varying(255),
    product_id integer NOT NULL,
    property_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    "position" integer,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_products (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    deleted_at timestamp without time zone,
    meta_keywords character varying(255),
    tax_category_id integer,
    shipping_category_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    group_buy boolean,
    group_buy_unit_size double precision,
    notes text,
    inherits_properties boolean NOT NULL,
    sku character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_properties (
    id integer NOT NULL,
    name character varying(255),
    presentation character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_return_authorizations (
    id integer NOT NULL,
    number character varying(255),
    state character varying(255),
    amount numeric(10,2) NOT NULL,
    order_id integer NOT NULL,
    reason text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    stock_location_id integer,
    deleted_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_roles (
    id integer NOT NULL,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_roles_users (
    role_id integer,
    user_id integer
);
CREATE TABLE openfoodnetwork.spree_shipments (
    id integer NOT NULL,
    tracking character varying(255),
    number character varying(255),
    cost numeric(10,2) NOT NULL,
    shipped_at timestamp without time zone,
    order_id integer,
    address_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    state character varying(255),
    stock_location_id integer,
    included_tax_total numeric(10,2) NOT NULL,
    additional_tax_total numeric(10,2) NOT NULL,
    adjustment_total numeric(10,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_shipping_categories (
    id integer NOT NULL,
    name character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    temperature_controlled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_shipping_method_categories (
    id integer NOT NULL,
    shipping_method_id integer NOT NULL,
    shipping_category_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_shipping_methods (
    id integer NOT NULL,
    name character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    display_on character varying(255),
    deleted_at timestamp without time zone,
    require_ship_address boolean,
    description text,
    tracking_url character varying(255),
    tax_category_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_shipping_methods_zones (
    shipping_method_id integer,
    zone_id integer
);
CREATE TABLE openfoodnetwork.spree_shipping_rates (
    id integer NOT NULL,
    shipment_id integer,
    shipping_method_id integer,
    selected boolean,
    cost numeric(10,2),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_state_changes (
    id integer NOT NULL,
    name character varying(255),
    previous_state character varying(255),
    stateful_id integer,
    user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    stateful_type character varying(255),
    next_state character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_states (
    id integer NOT NULL,
    name character varying(255),
    abbr character varying(255),
    country_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_stock_items (
    id integer NOT NULL,
    stock_location_id integer,
    variant_id integer NOT NULL,
    count_on_hand integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    backorderable boolean,
    deleted_at timestamp without time zone,
    lock_version integer,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_stock_locations (
    id integer NOT NULL,
    name character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    address1 character varying(255),
    address2 character varying(255),
    city character varying(255),
    state_id integer,
    state_name character varying(255),
    country_id integer,
    zipcode character varying(255),
    phone character varying(255),
    active boolean,
    backorderable_default boolean,
    propagate_all_variants boolean,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_stock_movements (
    id integer NOT NULL,
    stock_item_id integer NOT NULL,
    quantity integer NOT NULL,
    action character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    originator_id integer,
    originator_type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_tax_categories (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    is_default boolean,
    deleted_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_tax_rates (
    id integer NOT NULL,
    amount numeric(8,5),
    zone_id integer,
    tax_category_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    included_in_price boolean,
    name character varying(255),
    show_rate_in_label boolean,
    deleted_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_taxons (
    id integer NOT NULL,
    "position" integer,
    name character varying(255) NOT NULL,
    permalink character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description text,
    meta_title character varying(255),
    meta_description character varying(255),
    meta_keywords character varying(255),
    dfc_id character varying,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_tokenized_permissions (
    id integer NOT NULL,
    permissable_id integer,
    permissable_type character varying(255),
    token character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_users (
    id integer NOT NULL,
    encrypted_password character varying(255),
    password_salt character varying(255),
    email character varying(255),
    remember_token character varying(255),
    persistence_token character varying(255),
    reset_password_token character varying(255),
    perishable_token character varying(255),
    sign_in_count integer NOT NULL,
    failed_attempts integer NOT NULL,
    last_request_at timestamp without time zone,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying(255),
    last_sign_in_ip character varying(255),
    login character varying(255),
    ship_address_id integer,
    bill_address_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    authentication_token character varying(255),
    unlock_token character varying(255),
    locked_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    spree_api_key character varying(48),
    reset_password_sent_at timestamp without time zone,
    api_key character varying(40),
    enterprise_limit integer NOT NULL,
    locale character varying(6),
    confirmation_token character varying(255),
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying(255),
    disabled_at timestamp without time zone,
    show_api_key_view boolean NOT NULL,
    provider character varying,
    uid character varying,
    terms_of_service_accepted_at timestamp without time zone,
    admin boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_variants (
    id integer NOT NULL,
    sku character varying(255) NOT NULL,
    weight numeric(8,2),
    height numeric(8,2),
    width numeric(8,2),
    depth numeric(8,2),
    deleted_at timestamp without time zone,
    product_id integer,
    cost_currency character varying(255),
    unit_value double precision,
    unit_description character varying(255),
    display_name character varying(255),
    display_as character varying(255),
    import_date timestamp without time zone,
    variant_unit character varying,
    unit_presentation character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    tax_category_id bigint,
    shipping_category_id bigint,
    primary_taxon_id bigint,
    supplier_id bigint,
    variant_unit_scale double precision,
    variant_unit_name character varying(255),
    hub_id bigint,
    enterprise_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_zone_members (
    id integer NOT NULL,
    zoneable_id integer,
    zoneable_type character varying(255),
    zone_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.spree_zones (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    default_tax boolean,
    zone_members_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.stripe_accounts (
    id integer NOT NULL,
    stripe_user_id character varying(255),
    stripe_publishable_key character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    enterprise_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.subscription_line_items (
    id integer NOT NULL,
    subscription_id integer NOT NULL,
    variant_id integer NOT NULL,
    quantity integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    price_estimate numeric(10,2),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.subscriptions (
    id integer NOT NULL,
    shop_id integer NOT NULL,
    customer_id integer NOT NULL,
    schedule_id integer NOT NULL,
    payment_method_id integer NOT NULL,
    shipping_method_id integer NOT NULL,
    begins_at timestamp without time zone,
    ends_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    bill_address_id integer NOT NULL,
    ship_address_id integer NOT NULL,
    canceled_at timestamp without time zone,
    paused_at timestamp without time zone,
    shipping_fee_estimate numeric(10,2),
    payment_fee_estimate numeric(10,2),
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.tag_rules (
    id integer NOT NULL,
    enterprise_id integer NOT NULL,
    type character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    is_default boolean NOT NULL,
    priority integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.taggings (
    id integer NOT NULL,
    tag_id integer,
    taggable_id integer,
    taggable_type character varying(255),
    tagger_id integer,
    tagger_type character varying(255),
    context character varying(128),
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.tags (
    id integer NOT NULL,
    name character varying(255),
    taggings_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.terms_of_service_files (
    id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.variant_links (
    id bigint NOT NULL,
    source_variant_id integer NOT NULL,
    target_variant_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.variant_overrides (
    id integer NOT NULL,
    variant_id integer NOT NULL,
    hub_id integer NOT NULL,
    price numeric(10,2),
    count_on_hand integer,
    default_stock integer,
    resettable boolean,
    sku character varying(255),
    on_demand boolean,
    permission_revoked_at timestamp without time zone,
    import_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.versions (
    id integer NOT NULL,
    item_type character varying(255) NOT NULL,
    item_id integer NOT NULL,
    event character varying(255) NOT NULL,
    whodunnit character varying(255),
    object text,
    created_at timestamp without time zone,
    custom_data text,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.vouchers (
    id bigint NOT NULL,
    code character varying(255) NOT NULL,
    expiry_date timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    enterprise_id bigint,
    deleted_at timestamp without time zone,
    amount numeric(10,2) NOT NULL,
    type character varying(255) NOT NULL,
    external_voucher_id uuid,
    external_voucher_set_id uuid,
    PRIMARY KEY (id)
);
CREATE TABLE openfoodnetwork.webhook_endpoints (
    id bigint NOT NULL,
    url character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint NOT NULL,
    webhook_type character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE openfoodnetwork.active_storage_attachments ADD FOREIGN KEY (blob_id) REFERENCES openfoodnetwork.active_storage_blobs(id);
ALTER TABLE openfoodnetwork.active_storage_variant_records ADD FOREIGN KEY (blob_id) REFERENCES openfoodnetwork.active_storage_blobs(id);
ALTER TABLE openfoodnetwork.adjustment_metadata ADD FOREIGN KEY (adjustment_id) REFERENCES openfoodnetwork.spree_adjustments(id);
ALTER TABLE openfoodnetwork.adjustment_metadata ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.connected_apps ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.coordinator_fees ADD FOREIGN KEY (enterprise_fee_id) REFERENCES openfoodnetwork.enterprise_fees(id);
ALTER TABLE openfoodnetwork.coordinator_fees ADD FOREIGN KEY (order_cycle_id) REFERENCES openfoodnetwork.order_cycles(id);
ALTER TABLE openfoodnetwork.custom_tabs ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.customer_account_transactions ADD FOREIGN KEY (created_by_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.customer_account_transactions ADD FOREIGN KEY (customer_id) REFERENCES openfoodnetwork.customers(id);
ALTER TABLE openfoodnetwork.customer_account_transactions ADD FOREIGN KEY (payment_id) REFERENCES openfoodnetwork.spree_payments(id);
ALTER TABLE openfoodnetwork.customers ADD FOREIGN KEY (bill_address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.customers ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.customers ADD FOREIGN KEY (ship_address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.customers ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.dfc_permissions ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.dfc_permissions ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.distributors_payment_methods ADD FOREIGN KEY (distributor_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.distributors_payment_methods ADD FOREIGN KEY (payment_method_id) REFERENCES openfoodnetwork.spree_payment_methods(id);
ALTER TABLE openfoodnetwork.distributors_shipping_methods ADD FOREIGN KEY (distributor_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.distributors_shipping_methods ADD FOREIGN KEY (shipping_method_id) REFERENCES openfoodnetwork.spree_shipping_methods(id);
ALTER TABLE openfoodnetwork.enterprise_fees ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.enterprise_fees ADD FOREIGN KEY (tax_category_id) REFERENCES openfoodnetwork.spree_tax_categories(id);
ALTER TABLE openfoodnetwork.enterprise_groups ADD FOREIGN KEY (address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.enterprise_groups ADD FOREIGN KEY (owner_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.enterprise_groups_enterprises ADD FOREIGN KEY (enterprise_group_id) REFERENCES openfoodnetwork.enterprise_groups(id);
ALTER TABLE openfoodnetwork.enterprise_groups_enterprises ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.enterprise_relationship_permissions ADD FOREIGN KEY (enterprise_relationship_id) REFERENCES openfoodnetwork.enterprise_relationships(id);
ALTER TABLE openfoodnetwork.enterprise_relationships ADD FOREIGN KEY (child_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.enterprise_relationships ADD FOREIGN KEY (parent_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.enterprise_roles ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.enterprise_roles ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.enterprises ADD FOREIGN KEY (address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.enterprises ADD FOREIGN KEY (owner_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.exchange_fees ADD FOREIGN KEY (enterprise_fee_id) REFERENCES openfoodnetwork.enterprise_fees(id);
ALTER TABLE openfoodnetwork.exchange_fees ADD FOREIGN KEY (exchange_id) REFERENCES openfoodnetwork.exchanges(id);
ALTER TABLE openfoodnetwork.exchange_variants ADD FOREIGN KEY (exchange_id) REFERENCES openfoodnetwork.exchanges(id);
ALTER TABLE openfoodnetwork.exchange_variants ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.exchanges ADD FOREIGN KEY (order_cycle_id) REFERENCES openfoodnetwork.order_cycles(id);
ALTER TABLE openfoodnetwork.exchanges ADD FOREIGN KEY (receiver_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.exchanges ADD FOREIGN KEY (sender_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.inventory_items ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.inventory_items ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.invoices ADD FOREIGN KEY (order_id) REFERENCES openfoodnetwork.spree_orders(id);
ALTER TABLE openfoodnetwork.oidc_accounts ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.order_cycle_schedules ADD FOREIGN KEY (order_cycle_id) REFERENCES openfoodnetwork.order_cycles(id);
ALTER TABLE openfoodnetwork.order_cycle_schedules ADD FOREIGN KEY (schedule_id) REFERENCES openfoodnetwork.schedules(id);
ALTER TABLE openfoodnetwork.order_cycles ADD FOREIGN KEY (coordinator_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.producer_properties ADD FOREIGN KEY (producer_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.producer_properties ADD FOREIGN KEY (property_id) REFERENCES openfoodnetwork.spree_properties(id);
ALTER TABLE openfoodnetwork.proxy_orders ADD FOREIGN KEY (order_cycle_id) REFERENCES openfoodnetwork.order_cycles(id);
ALTER TABLE openfoodnetwork.proxy_orders ADD FOREIGN KEY (order_id) REFERENCES openfoodnetwork.spree_orders(id);
ALTER TABLE openfoodnetwork.proxy_orders ADD FOREIGN KEY (subscription_id) REFERENCES openfoodnetwork.subscriptions(id);
ALTER TABLE openfoodnetwork.report_rendering_options ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.semantic_links ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.spree_addresses ADD FOREIGN KEY (country_id) REFERENCES openfoodnetwork.spree_countries(id);
ALTER TABLE openfoodnetwork.spree_addresses ADD FOREIGN KEY (state_id) REFERENCES openfoodnetwork.spree_states(id);
ALTER TABLE openfoodnetwork.spree_inventory_units ADD FOREIGN KEY (order_id) REFERENCES openfoodnetwork.spree_orders(id);
ALTER TABLE openfoodnetwork.spree_inventory_units ADD FOREIGN KEY (return_authorization_id) REFERENCES openfoodnetwork.spree_return_authorizations(id);
ALTER TABLE openfoodnetwork.spree_inventory_units ADD FOREIGN KEY (shipment_id) REFERENCES openfoodnetwork.spree_shipments(id);
ALTER TABLE openfoodnetwork.spree_inventory_units ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.spree_line_items ADD FOREIGN KEY (order_id) REFERENCES openfoodnetwork.spree_orders(id);
ALTER TABLE openfoodnetwork.spree_line_items ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.spree_orders ADD FOREIGN KEY (bill_address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.spree_orders ADD FOREIGN KEY (created_by_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.spree_orders ADD FOREIGN KEY (customer_id) REFERENCES openfoodnetwork.customers(id);
ALTER TABLE openfoodnetwork.spree_orders ADD FOREIGN KEY (distributor_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.spree_orders ADD FOREIGN KEY (order_cycle_id) REFERENCES openfoodnetwork.order_cycles(id);
ALTER TABLE openfoodnetwork.spree_orders ADD FOREIGN KEY (ship_address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.spree_orders ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.spree_payments ADD FOREIGN KEY (order_id) REFERENCES openfoodnetwork.spree_orders(id);
ALTER TABLE openfoodnetwork.spree_payments ADD FOREIGN KEY (payment_method_id) REFERENCES openfoodnetwork.spree_payment_methods(id);
ALTER TABLE openfoodnetwork.spree_prices ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.spree_product_properties ADD FOREIGN KEY (product_id) REFERENCES openfoodnetwork.spree_products(id);
ALTER TABLE openfoodnetwork.spree_product_properties ADD FOREIGN KEY (property_id) REFERENCES openfoodnetwork.spree_properties(id);
ALTER TABLE openfoodnetwork.spree_products ADD FOREIGN KEY (shipping_category_id) REFERENCES openfoodnetwork.spree_shipping_categories(id);
ALTER TABLE openfoodnetwork.spree_products ADD FOREIGN KEY (tax_category_id) REFERENCES openfoodnetwork.spree_tax_categories(id);
ALTER TABLE openfoodnetwork.spree_return_authorizations ADD FOREIGN KEY (order_id) REFERENCES openfoodnetwork.spree_orders(id);
ALTER TABLE openfoodnetwork.spree_roles_users ADD FOREIGN KEY (role_id) REFERENCES openfoodnetwork.spree_roles(id);
ALTER TABLE openfoodnetwork.spree_roles_users ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.spree_shipments ADD FOREIGN KEY (address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.spree_shipments ADD FOREIGN KEY (order_id) REFERENCES openfoodnetwork.spree_orders(id);
ALTER TABLE openfoodnetwork.spree_shipments ADD FOREIGN KEY (stock_location_id) REFERENCES openfoodnetwork.spree_stock_locations(id);
ALTER TABLE openfoodnetwork.spree_shipping_method_categories ADD FOREIGN KEY (shipping_category_id) REFERENCES openfoodnetwork.spree_shipping_categories(id);
ALTER TABLE openfoodnetwork.spree_shipping_method_categories ADD FOREIGN KEY (shipping_method_id) REFERENCES openfoodnetwork.spree_shipping_methods(id);
ALTER TABLE openfoodnetwork.spree_state_changes ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
ALTER TABLE openfoodnetwork.spree_states ADD FOREIGN KEY (country_id) REFERENCES openfoodnetwork.spree_countries(id);
ALTER TABLE openfoodnetwork.spree_stock_items ADD FOREIGN KEY (stock_location_id) REFERENCES openfoodnetwork.spree_stock_locations(id);
ALTER TABLE openfoodnetwork.spree_stock_items ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.spree_stock_locations ADD FOREIGN KEY (country_id) REFERENCES openfoodnetwork.spree_countries(id);
ALTER TABLE openfoodnetwork.spree_stock_locations ADD FOREIGN KEY (state_id) REFERENCES openfoodnetwork.spree_states(id);
ALTER TABLE openfoodnetwork.spree_stock_movements ADD FOREIGN KEY (stock_item_id) REFERENCES openfoodnetwork.spree_stock_items(id);
ALTER TABLE openfoodnetwork.spree_tax_rates ADD FOREIGN KEY (tax_category_id) REFERENCES openfoodnetwork.spree_tax_categories(id);
ALTER TABLE openfoodnetwork.spree_tax_rates ADD FOREIGN KEY (zone_id) REFERENCES openfoodnetwork.spree_zones(id);
ALTER TABLE openfoodnetwork.spree_users ADD FOREIGN KEY (bill_address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.spree_users ADD FOREIGN KEY (ship_address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.spree_variants ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.spree_variants ADD FOREIGN KEY (hub_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.spree_variants ADD FOREIGN KEY (primary_taxon_id) REFERENCES openfoodnetwork.spree_taxons(id);
ALTER TABLE openfoodnetwork.spree_variants ADD FOREIGN KEY (product_id) REFERENCES openfoodnetwork.spree_products(id);
ALTER TABLE openfoodnetwork.spree_variants ADD FOREIGN KEY (shipping_category_id) REFERENCES openfoodnetwork.spree_shipping_categories(id);
ALTER TABLE openfoodnetwork.spree_variants ADD FOREIGN KEY (supplier_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.spree_variants ADD FOREIGN KEY (tax_category_id) REFERENCES openfoodnetwork.spree_tax_categories(id);
ALTER TABLE openfoodnetwork.spree_zone_members ADD FOREIGN KEY (zone_id) REFERENCES openfoodnetwork.spree_zones(id);
ALTER TABLE openfoodnetwork.subscription_line_items ADD FOREIGN KEY (subscription_id) REFERENCES openfoodnetwork.subscriptions(id);
ALTER TABLE openfoodnetwork.subscription_line_items ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.subscriptions ADD FOREIGN KEY (bill_address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.subscriptions ADD FOREIGN KEY (customer_id) REFERENCES openfoodnetwork.customers(id);
ALTER TABLE openfoodnetwork.subscriptions ADD FOREIGN KEY (payment_method_id) REFERENCES openfoodnetwork.spree_payment_methods(id);
ALTER TABLE openfoodnetwork.subscriptions ADD FOREIGN KEY (schedule_id) REFERENCES openfoodnetwork.schedules(id);
ALTER TABLE openfoodnetwork.subscriptions ADD FOREIGN KEY (ship_address_id) REFERENCES openfoodnetwork.spree_addresses(id);
ALTER TABLE openfoodnetwork.subscriptions ADD FOREIGN KEY (shipping_method_id) REFERENCES openfoodnetwork.spree_shipping_methods(id);
ALTER TABLE openfoodnetwork.subscriptions ADD FOREIGN KEY (shop_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.tag_rules ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.variant_links ADD FOREIGN KEY (source_variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.variant_links ADD FOREIGN KEY (target_variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.variant_overrides ADD FOREIGN KEY (hub_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.variant_overrides ADD FOREIGN KEY (variant_id) REFERENCES openfoodnetwork.spree_variants(id);
ALTER TABLE openfoodnetwork.vouchers ADD FOREIGN KEY (enterprise_id) REFERENCES openfoodnetwork.enterprises(id);
ALTER TABLE openfoodnetwork.webhook_endpoints ADD FOREIGN KEY (user_id) REFERENCES openfoodnetwork.spree_users(id);
