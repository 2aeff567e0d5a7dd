-- Medusa 2.0, the open-source Node.js headless commerce platform (products with variants, options, tags, types,
-- images, categories and collections; price sets, prices, price rules, price lists and price preferences; carts with
-- line items, adjustments, tax lines and shipping methods; orders with line items, order items, versions, changes
-- and change actions, summaries, transactions, shipping methods, returns and return reasons, claims and exchanges;
-- customers, addresses and customer groups; inventory items, stock levels and reservations; stock locations;
-- fulfillment sets, service zones, geo zones, shipping profiles, shipping options and their rules, fulfillments,
-- labels and items; payment collections, sessions, payments, captures, refunds and refund reasons; promotions,
-- campaigns and budgets, application methods and rules; regions and countries, tax regions, rates and rules;
-- sales channels, stores and currencies; users, invites, API keys, auth identities and notifications), as the
-- MikroORM schema snapshots of its commerce modules declare it: packages/modules/*/src/migrations/.snapshot-*.json
-- of github.com/medusajs/medusa (commit 59e6747, 2024-10-24, @medusajs/medusa 2.0.0), plus the 18 link tables the
-- link module creates between modules (packages/modules/link-modules/src/definitions/*.ts, built by
-- src/utils/generate-entity.ts: id, the two linked ids as the primary key, created_at, updated_at, deleted_at;
-- product_variant_inventory_item also required_quantity). Licence: MIT (Medusajs; we use the schema's facts).
-- Converted by a one-off script (tables, columns, types, nullability, primary keys and the snapshots' foreign keys)
-- into PostgreSQL, loaded into a scratch PostgreSQL 15, schema medusa (the snapshots say public; every module
-- shares one database). 123 tables: the 105 of the api-key, auth, cart, currency, customer, fulfillment,
-- inventory, notification, order, payment, pricing, product, promotion, region, sales-channel, stock-location,
-- store, tax and user modules and the 18 link tables. Left out: the optional index module (index_data,
-- index_relation) and the locking-postgres provider's locking table (infrastructure, not commerce), defaults,
-- serial sequences (serial -> integer), the 24 enum CHECK constraints, unique and partial indexes, ON DELETE
-- actions; link tables have no declared foreign keys (modules are isolated), so none here. The snapshots declare no
-- comments, so none here. No rows. 109 foreign keys.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS medusa;
CREATE TABLE medusa.api_key (
    id text NOT NULL,
    token text NOT NULL,
    salt text NOT NULL,
    redacted text NOT NULL,
    title text NOT NULL,
    type text NOT NULL,
    last_used_at timestamp with time zone,
    created_by text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    revoked_by text,
    revoked_at timestamp with time zone,
    CONSTRAINT api_key_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.auth_identity (
    id text NOT NULL,
    app_metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT auth_identity_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.provider_identity (
    id text NOT NULL,
    entity_id text NOT NULL,
    provider text NOT NULL,
    auth_identity_id text NOT NULL,
    user_metadata jsonb,
    provider_metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT provider_identity_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart_address (
    id text NOT NULL,
    customer_id text,
    company text,
    first_name text,
    last_name text,
    address_1 text,
    address_2 text,
    city text,
    country_code text,
    province text,
    postal_code text,
    phone text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_address_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart (
    id text NOT NULL,
    region_id text,
    customer_id text,
    sales_channel_id text,
    email text,
    currency_code text NOT NULL,
    shipping_address_id text,
    billing_address_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart_line_item (
    id text NOT NULL,
    cart_id text NOT NULL,
    title text NOT NULL,
    subtitle text,
    thumbnail text,
    quantity integer NOT NULL,
    variant_id text,
    product_id text,
    product_title text,
    product_description text,
    product_subtitle text,
    product_type text,
    product_collection text,
    product_handle text,
    variant_sku text,
    variant_barcode text,
    variant_title text,
    variant_option_values jsonb,
    requires_shipping boolean NOT NULL,
    is_discountable boolean NOT NULL,
    is_tax_inclusive boolean NOT NULL,
    compare_at_unit_price numeric,
    raw_compare_at_unit_price jsonb,
    unit_price numeric NOT NULL,
    raw_unit_price jsonb NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_line_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart_line_item_adjustment (
    id text NOT NULL,
    description text,
    code text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    item_id text NOT NULL,
    promotion_id text,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_line_item_adjustment_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart_line_item_tax_line (
    id text NOT NULL,
    description text,
    code text NOT NULL,
    rate numeric NOT NULL,
    provider_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    item_id text NOT NULL,
    tax_rate_id text,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_line_item_tax_line_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart_shipping_method (
    id text NOT NULL,
    cart_id text NOT NULL,
    name text NOT NULL,
    description jsonb,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    is_tax_inclusive boolean NOT NULL,
    shipping_option_id text,
    data jsonb,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_shipping_method_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart_shipping_method_adjustment (
    id text NOT NULL,
    description text,
    code text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    shipping_method_id text NOT NULL,
    metadata jsonb,
    promotion_id text,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_shipping_method_adjustment_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart_shipping_method_tax_line (
    id text NOT NULL,
    description text,
    code text NOT NULL,
    rate numeric NOT NULL,
    provider_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    shipping_method_id text NOT NULL,
    tax_rate_id text,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_shipping_method_tax_line_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.currency (
    code text NOT NULL,
    symbol text NOT NULL,
    symbol_native text NOT NULL,
    name text NOT NULL,
    decimal_digits integer NOT NULL,
    rounding numeric NOT NULL,
    raw_rounding jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT currency_pkey PRIMARY KEY (code)
);
CREATE TABLE medusa.customer (
    id text NOT NULL,
    company_name text,
    first_name text,
    last_name text,
    email text,
    phone text,
    has_account boolean NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    created_by text,
    CONSTRAINT customer_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.customer_address (
    id text NOT NULL,
    address_name text,
    is_default_shipping boolean NOT NULL,
    is_default_billing boolean NOT NULL,
    customer_id text NOT NULL,
    company text,
    first_name text,
    last_name text,
    address_1 text,
    address_2 text,
    city text,
    country_code text,
    province text,
    postal_code text,
    phone text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT customer_address_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.customer_group (
    id text NOT NULL,
    name text NOT NULL,
    metadata jsonb,
    created_by text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT customer_group_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.customer_group_customer (
    id text NOT NULL,
    customer_id text NOT NULL,
    customer_group_id text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    created_by text,
    CONSTRAINT customer_group_customer_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.fulfillment_address (
    id text NOT NULL,
    company text,
    first_name text,
    last_name text,
    address_1 text,
    address_2 text,
    city text,
    country_code text,
    province text,
    postal_code text,
    phone text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT fulfillment_address_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.fulfillment_provider (
    id text NOT NULL,
    is_enabled boolean NOT NULL,
    CONSTRAINT fulfillment_provider_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.fulfillment_set (
    id text NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT fulfillment_set_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.service_zone (
    id text NOT NULL,
    name text NOT NULL,
    metadata jsonb,
    fulfillment_set_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT service_zone_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.geo_zone (
    id text NOT NULL,
    type text NOT NULL,
    country_code text NOT NULL,
    province_code text,
    city text,
    service_zone_id text NOT NULL,
    postal_expression jsonb,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT geo_zone_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.shipping_option_type (
    id text NOT NULL,
    label text NOT NULL,
    description text,
    code text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT shipping_option_type_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.shipping_profile (
    id text NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT shipping_profile_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.shipping_option (
    id text NOT NULL,
    name text NOT NULL,
    price_type text NOT NULL,
    service_zone_id text NOT NULL,
    shipping_profile_id text,
    provider_id text,
    data jsonb,
    metadata jsonb,
    shipping_option_type_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT shipping_option_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.shipping_option_rule (
    id text NOT NULL,
    attribute text NOT NULL,
    operator text NOT NULL,
    value jsonb,
    shipping_option_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT shipping_option_rule_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.fulfillment (
    id text NOT NULL,
    location_id text NOT NULL,
    packed_at timestamp with time zone,
    shipped_at timestamp with time zone,
    marked_shipped_by text,
    created_by text,
    delivered_at timestamp with time zone,
    canceled_at timestamp with time zone,
    data jsonb,
    provider_id text,
    shipping_option_id text,
    metadata jsonb,
    delivery_address_id text,
    requires_shipping boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT fulfillment_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.fulfillment_label (
    id text NOT NULL,
    tracking_number text NOT NULL,
    tracking_url text NOT NULL,
    label_url text NOT NULL,
    fulfillment_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT fulfillment_label_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.fulfillment_item (
    id text NOT NULL,
    title text NOT NULL,
    sku text NOT NULL,
    barcode text NOT NULL,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    line_item_id text,
    inventory_item_id text,
    fulfillment_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT fulfillment_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.inventory_item (
    id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    sku text,
    origin_country text,
    hs_code text,
    mid_code text,
    material text,
    weight integer,
    length integer,
    height integer,
    width integer,
    requires_shipping boolean NOT NULL,
    description text,
    title text,
    thumbnail text,
    metadata jsonb,
    CONSTRAINT inventory_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.inventory_level (
    id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    inventory_item_id text NOT NULL,
    location_id text NOT NULL,
    stocked_quantity integer NOT NULL,
    reserved_quantity integer NOT NULL,
    incoming_quantity integer NOT NULL,
    metadata jsonb,
    CONSTRAINT inventory_level_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.reservation_item (
    id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    line_item_id text,
    location_id text NOT NULL,
    quantity integer NOT NULL,
    external_id text,
    description text,
    created_by text,
    metadata jsonb,
    inventory_item_id text NOT NULL,
    CONSTRAINT reservation_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.notification_provider (
    id text NOT NULL,
    handle text NOT NULL,
    name text NOT NULL,
    is_enabled boolean NOT NULL,
    channels text[] NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT notification_provider_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.notification (
    id text NOT NULL,
    "to" text NOT NULL,
    channel text NOT NULL,
    template text NOT NULL,
    data jsonb,
    trigger_type text,
    resource_id text,
    resource_type text,
    receiver_id text,
    original_notification_id text,
    idempotency_key text,
    external_id text,
    status text NOT NULL,
    provider_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT notification_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_address (
    id text NOT NULL,
    customer_id text,
    company text,
    first_name text,
    last_name text,
    address_1 text,
    address_2 text,
    city text,
    country_code text,
    province text,
    postal_code text,
    phone text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT order_address_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa."order" (
    id text NOT NULL,
    display_id integer NOT NULL,
    region_id text,
    customer_id text,
    version integer NOT NULL,
    sales_channel_id text,
    status text NOT NULL,
    is_draft_order boolean NOT NULL,
    email text,
    currency_code text NOT NULL,
    shipping_address_id text,
    billing_address_id text,
    no_notification boolean,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    canceled_at timestamp with time zone,
    CONSTRAINT order_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_line_item (
    id text NOT NULL,
    title text NOT NULL,
    subtitle text,
    thumbnail text,
    variant_id text,
    product_id text,
    product_title text,
    product_description text,
    product_subtitle text,
    product_type text,
    product_collection text,
    product_handle text,
    variant_sku text,
    variant_barcode text,
    variant_title text,
    variant_option_values jsonb,
    requires_shipping boolean NOT NULL,
    is_discountable boolean NOT NULL,
    is_tax_inclusive boolean NOT NULL,
    compare_at_unit_price numeric,
    raw_compare_at_unit_price jsonb,
    unit_price numeric,
    raw_unit_price jsonb NOT NULL,
    is_custom_price boolean NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_line_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_item (
    id text NOT NULL,
    order_id text NOT NULL,
    version integer NOT NULL,
    item_id text NOT NULL,
    unit_price numeric,
    raw_unit_price jsonb,
    compare_at_unit_price numeric,
    raw_compare_at_unit_price jsonb,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    fulfilled_quantity numeric NOT NULL,
    raw_fulfilled_quantity jsonb NOT NULL,
    delivered_quantity numeric NOT NULL,
    raw_delivered_quantity jsonb NOT NULL,
    shipped_quantity numeric NOT NULL,
    raw_shipped_quantity jsonb NOT NULL,
    return_requested_quantity numeric NOT NULL,
    raw_return_requested_quantity jsonb NOT NULL,
    return_received_quantity numeric NOT NULL,
    raw_return_received_quantity jsonb NOT NULL,
    return_dismissed_quantity numeric NOT NULL,
    raw_return_dismissed_quantity jsonb NOT NULL,
    written_off_quantity numeric NOT NULL,
    raw_written_off_quantity jsonb NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_line_item_adjustment (
    id text NOT NULL,
    description text,
    promotion_id text,
    code text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    item_id text NOT NULL,
    CONSTRAINT order_line_item_adjustment_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_line_item_tax_line (
    id text NOT NULL,
    description text,
    tax_rate_id text,
    code text NOT NULL,
    rate numeric NOT NULL,
    raw_rate jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    item_id text,
    CONSTRAINT order_line_item_tax_line_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_shipping_method (
    id text NOT NULL,
    name text NOT NULL,
    description jsonb,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    is_tax_inclusive boolean NOT NULL,
    is_custom_amount boolean NOT NULL,
    shipping_option_id text,
    data jsonb,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_shipping_method_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_shipping_method_adjustment (
    id text NOT NULL,
    description text,
    promotion_id text,
    code text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    shipping_method_id text NOT NULL,
    CONSTRAINT order_shipping_method_adjustment_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_shipping_method_tax_line (
    id text NOT NULL,
    description text,
    tax_rate_id text,
    code text NOT NULL,
    rate numeric NOT NULL,
    raw_rate jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    shipping_method_id text NOT NULL,
    CONSTRAINT order_shipping_method_tax_line_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_summary (
    id text NOT NULL,
    order_id text NOT NULL,
    version integer NOT NULL,
    totals jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_summary_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.return (
    id text NOT NULL,
    order_id text NOT NULL,
    exchange_id text,
    claim_id text,
    order_version integer NOT NULL,
    display_id integer NOT NULL,
    status text NOT NULL,
    location_id text,
    no_notification boolean,
    refund_amount numeric,
    raw_refund_amount jsonb,
    created_by text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    requested_at timestamp with time zone,
    received_at timestamp with time zone,
    canceled_at timestamp with time zone,
    CONSTRAINT return_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_exchange (
    id text NOT NULL,
    order_id text NOT NULL,
    return_id text,
    order_version integer NOT NULL,
    display_id integer NOT NULL,
    no_notification boolean,
    difference_due numeric,
    raw_difference_due jsonb,
    allow_backorder boolean NOT NULL,
    created_by text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    canceled_at timestamp with time zone,
    CONSTRAINT order_exchange_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_exchange_item (
    id text NOT NULL,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    exchange_id text NOT NULL,
    item_id text NOT NULL,
    note text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_exchange_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_claim (
    id text NOT NULL,
    order_id text NOT NULL,
    return_id text,
    order_version integer NOT NULL,
    display_id integer NOT NULL,
    type text NOT NULL,
    no_notification boolean,
    refund_amount numeric,
    raw_refund_amount jsonb,
    created_by text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    canceled_at timestamp with time zone,
    CONSTRAINT order_claim_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_transaction (
    id text NOT NULL,
    order_id text NOT NULL,
    return_id text,
    exchange_id text,
    claim_id text,
    version integer NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    currency_code text NOT NULL,
    reference text,
    reference_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_transaction_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_shipping (
    id text NOT NULL,
    order_id text NOT NULL,
    return_id text,
    exchange_id text,
    claim_id text,
    version integer NOT NULL,
    shipping_method_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_shipping_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_claim_item (
    id text NOT NULL,
    reason text,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    claim_id text NOT NULL,
    item_id text NOT NULL,
    is_additional_item boolean NOT NULL,
    note text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_claim_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_claim_item_image (
    id text NOT NULL,
    claim_item_id text NOT NULL,
    url text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_claim_item_image_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_change (
    id text NOT NULL,
    order_id text NOT NULL,
    return_id text,
    claim_id text,
    exchange_id text,
    version integer NOT NULL,
    change_type text,
    description text,
    status text NOT NULL,
    internal_note text,
    created_by text,
    requested_by text,
    requested_at timestamp with time zone,
    confirmed_by text,
    confirmed_at timestamp with time zone,
    declined_by text,
    declined_reason text,
    metadata jsonb,
    declined_at timestamp with time zone,
    canceled_by text,
    canceled_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_change_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.order_change_action (
    id text NOT NULL,
    ordering integer NOT NULL,
    order_id text,
    return_id text,
    claim_id text,
    exchange_id text,
    version integer,
    order_change_id text,
    reference text,
    reference_id text,
    action text NOT NULL,
    details jsonb NOT NULL,
    amount numeric,
    raw_amount jsonb,
    internal_note text,
    applied boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_change_action_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.return_reason (
    id text NOT NULL,
    value text NOT NULL,
    label text NOT NULL,
    description text,
    parent_return_reason_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT return_reason_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.return_item (
    id text NOT NULL,
    reason_id text,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    received_quantity numeric NOT NULL,
    raw_received_quantity jsonb NOT NULL,
    damaged_quantity numeric NOT NULL,
    raw_damaged_quantity jsonb NOT NULL,
    return_id text NOT NULL,
    item_id text NOT NULL,
    note text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT return_item_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.payment_collection (
    id text NOT NULL,
    currency_code text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    authorized_amount numeric,
    raw_authorized_amount jsonb,
    captured_amount numeric,
    raw_captured_amount jsonb,
    refunded_amount numeric,
    raw_refunded_amount jsonb,
    region_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    completed_at timestamp with time zone,
    status text NOT NULL,
    metadata jsonb,
    CONSTRAINT payment_collection_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.payment_method_token (
    id text NOT NULL,
    provider_id text NOT NULL,
    data jsonb,
    name text NOT NULL,
    type_detail text,
    description_detail text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    CONSTRAINT payment_method_token_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.payment_provider (
    id text NOT NULL,
    is_enabled boolean NOT NULL,
    CONSTRAINT payment_provider_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.payment_collection_payment_providers (
    payment_collection_id text NOT NULL,
    payment_provider_id text NOT NULL,
    CONSTRAINT payment_collection_payment_providers_pkey PRIMARY KEY (payment_collection_id, payment_provider_id)
);
CREATE TABLE medusa.payment_session (
    id text NOT NULL,
    currency_code text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text NOT NULL,
    data jsonb NOT NULL,
    context jsonb,
    status text NOT NULL,
    authorized_at timestamp with time zone,
    payment_collection_id text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT payment_session_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.payment (
    id text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    currency_code text NOT NULL,
    provider_id text NOT NULL,
    cart_id text,
    order_id text,
    customer_id text,
    data jsonb,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    captured_at timestamp with time zone,
    canceled_at timestamp with time zone,
    payment_collection_id text NOT NULL,
    payment_session_id text NOT NULL,
    CONSTRAINT payment_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.capture (
    id text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    payment_id text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    created_by text,
    CONSTRAINT capture_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.refund_reason (
    id text NOT NULL,
    label text NOT NULL,
    description text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT refund_reason_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.refund (
    id text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    payment_id text NOT NULL,
    refund_reason_id text,
    note text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    created_by text,
    metadata jsonb,
    CONSTRAINT refund_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.price_list (
    id text NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    status text NOT NULL,
    type text NOT NULL,
    starts_at timestamp with time zone,
    ends_at timestamp with time zone,
    rules_count integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT price_list_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.price_list_rule (
    id text NOT NULL,
    attribute text NOT NULL,
    value jsonb,
    price_list_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT price_list_rule_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.price_preference (
    id text NOT NULL,
    attribute text NOT NULL,
    value text,
    is_tax_inclusive boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT price_preference_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.price_set (
    id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT price_set_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.price (
    id text NOT NULL,
    title text,
    currency_code text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    min_quantity numeric,
    max_quantity numeric,
    price_set_id text NOT NULL,
    rules_count integer NOT NULL,
    price_list_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT price_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.price_rule (
    id text NOT NULL,
    attribute text NOT NULL,
    value text NOT NULL,
    priority integer NOT NULL,
    price_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT price_rule_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product_category (
    id text NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    handle text NOT NULL,
    mpath text NOT NULL,
    is_active boolean NOT NULL,
    is_internal boolean NOT NULL,
    rank integer NOT NULL,
    parent_category_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_category_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product_collection (
    id text NOT NULL,
    title text NOT NULL,
    handle text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_collection_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.image (
    id text NOT NULL,
    url text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT image_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product_tag (
    id text NOT NULL,
    value text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_tag_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product_type (
    id text NOT NULL,
    value text NOT NULL,
    metadata json,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_type_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product (
    id text NOT NULL,
    title text NOT NULL,
    handle text NOT NULL,
    subtitle text,
    description text,
    is_giftcard boolean NOT NULL,
    status text NOT NULL,
    thumbnail text,
    weight text,
    length text,
    height text,
    width text,
    origin_country text,
    hs_code text,
    mid_code text,
    material text,
    collection_id text,
    type_id text,
    discountable boolean NOT NULL,
    external_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    CONSTRAINT product_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product_option (
    id text NOT NULL,
    title text NOT NULL,
    product_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_option_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product_option_value (
    id text NOT NULL,
    value text NOT NULL,
    option_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_option_value_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product_tags (
    product_id text NOT NULL,
    product_tag_id text NOT NULL,
    CONSTRAINT product_tags_pkey PRIMARY KEY (product_id, product_tag_id)
);
CREATE TABLE medusa.product_images (
    product_id text NOT NULL,
    image_id text NOT NULL,
    CONSTRAINT product_images_pkey PRIMARY KEY (product_id, image_id)
);
CREATE TABLE medusa.product_category_product (
    product_id text NOT NULL,
    product_category_id text NOT NULL,
    CONSTRAINT product_category_product_pkey PRIMARY KEY (product_id, product_category_id)
);
CREATE TABLE medusa.product_variant (
    id text NOT NULL,
    title text NOT NULL,
    sku text,
    barcode text,
    ean text,
    upc text,
    allow_backorder boolean NOT NULL,
    manage_inventory boolean NOT NULL,
    hs_code text,
    origin_country text,
    mid_code text,
    material text,
    weight numeric,
    length numeric,
    height numeric,
    width numeric,
    metadata jsonb,
    variant_rank integer,
    product_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_variant_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.product_variant_option (
    variant_id text NOT NULL,
    option_value_id text NOT NULL,
    CONSTRAINT product_variant_option_pkey PRIMARY KEY (variant_id, option_value_id)
);
CREATE TABLE medusa.promotion_campaign (
    id text NOT NULL,
    name text NOT NULL,
    description text,
    campaign_identifier text NOT NULL,
    starts_at timestamp with time zone,
    ends_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT promotion_campaign_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.promotion_campaign_budget (
    id text NOT NULL,
    type text NOT NULL,
    campaign_id text NOT NULL,
    currency_code text,
    "limit" numeric,
    raw_limit jsonb,
    used numeric NOT NULL,
    raw_used jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT promotion_campaign_budget_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.promotion (
    id text NOT NULL,
    code text NOT NULL,
    campaign_id text,
    is_automatic boolean NOT NULL,
    type text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT promotion_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.promotion_application_method (
    id text NOT NULL,
    value numeric NOT NULL,
    raw_value jsonb NOT NULL,
    currency_code text,
    max_quantity numeric,
    apply_to_quantity numeric,
    buy_rules_min_quantity numeric,
    type text NOT NULL,
    target_type text NOT NULL,
    allocation text,
    promotion_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT promotion_application_method_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.promotion_rule (
    id text NOT NULL,
    description text,
    attribute text NOT NULL,
    operator text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT promotion_rule_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.promotion_promotion_rule (
    promotion_id text NOT NULL,
    promotion_rule_id text NOT NULL,
    CONSTRAINT promotion_promotion_rule_pkey PRIMARY KEY (promotion_id, promotion_rule_id)
);
CREATE TABLE medusa.application_method_target_rules (
    application_method_id text NOT NULL,
    promotion_rule_id text NOT NULL,
    CONSTRAINT application_method_target_rules_pkey PRIMARY KEY (application_method_id, promotion_rule_id)
);
CREATE TABLE medusa.application_method_buy_rules (
    application_method_id text NOT NULL,
    promotion_rule_id text NOT NULL,
    CONSTRAINT application_method_buy_rules_pkey PRIMARY KEY (application_method_id, promotion_rule_id)
);
CREATE TABLE medusa.promotion_rule_value (
    id text NOT NULL,
    promotion_rule_id text NOT NULL,
    value text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT promotion_rule_value_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.region (
    id text NOT NULL,
    name text NOT NULL,
    currency_code text NOT NULL,
    automatic_taxes boolean NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT region_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.region_country (
    iso_2 text NOT NULL,
    iso_3 text NOT NULL,
    num_code text NOT NULL,
    name text NOT NULL,
    display_name text NOT NULL,
    region_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT region_country_pkey PRIMARY KEY (iso_2)
);
CREATE TABLE medusa.sales_channel (
    id text NOT NULL,
    name text NOT NULL,
    description text,
    is_disabled boolean NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT sales_channel_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.stock_location_address (
    id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    address_1 text NOT NULL,
    address_2 text,
    company text,
    city text,
    country_code text NOT NULL,
    phone text,
    province text,
    postal_code text,
    metadata jsonb,
    CONSTRAINT stock_location_address_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.stock_location (
    id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    name text NOT NULL,
    address_id text,
    metadata jsonb,
    CONSTRAINT stock_location_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.store (
    id text NOT NULL,
    name text NOT NULL,
    default_sales_channel_id text,
    default_region_id text,
    default_location_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT store_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.store_currency (
    id text NOT NULL,
    currency_code text NOT NULL,
    is_default boolean NOT NULL,
    store_id text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT store_currency_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.tax_provider (
    id text NOT NULL,
    is_enabled boolean NOT NULL,
    CONSTRAINT tax_provider_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.tax_region (
    id text NOT NULL,
    provider_id text,
    country_code text NOT NULL,
    province_code text,
    parent_id text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    created_by text,
    deleted_at timestamp with time zone,
    CONSTRAINT tax_region_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.tax_rate (
    id text NOT NULL,
    rate real NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    is_default boolean NOT NULL,
    is_combinable boolean NOT NULL,
    tax_region_id text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    created_by text,
    deleted_at timestamp with time zone,
    CONSTRAINT tax_rate_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.tax_rate_rule (
    id text NOT NULL,
    tax_rate_id text NOT NULL,
    reference_id text NOT NULL,
    reference text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    created_by text,
    deleted_at timestamp with time zone,
    CONSTRAINT tax_rate_rule_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.invite (
    id text NOT NULL,
    email text NOT NULL,
    accepted boolean NOT NULL,
    token text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT invite_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa."user" (
    id text NOT NULL,
    first_name text,
    last_name text,
    email text NOT NULL,
    avatar_url text,
    metadata jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT user_pkey PRIMARY KEY (id)
);
CREATE TABLE medusa.cart_payment_collection (
    id character varying(255) NOT NULL,
    cart_id character varying(255) NOT NULL,
    payment_collection_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_payment_collection_pkey PRIMARY KEY (cart_id, payment_collection_id)
);
CREATE TABLE medusa.cart_promotion (
    id character varying(255) NOT NULL,
    cart_id character varying(255) NOT NULL,
    promotion_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_promotion_pkey PRIMARY KEY (cart_id, promotion_id)
);
CREATE TABLE medusa.location_fulfillment_provider (
    id character varying(255) NOT NULL,
    stock_location_id character varying(255) NOT NULL,
    fulfillment_provider_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT location_fulfillment_provider_pkey PRIMARY KEY (stock_location_id, fulfillment_provider_id)
);
CREATE TABLE medusa.location_fulfillment_set (
    id character varying(255) NOT NULL,
    stock_location_id character varying(255) NOT NULL,
    fulfillment_set_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT location_fulfillment_set_pkey PRIMARY KEY (stock_location_id, fulfillment_set_id)
);
CREATE TABLE medusa.order_cart (
    id character varying(255) NOT NULL,
    order_id character varying(255) NOT NULL,
    cart_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_cart_pkey PRIMARY KEY (order_id, cart_id)
);
CREATE TABLE medusa.order_claim_payment_collection (
    id character varying(255) NOT NULL,
    claim_id character varying(255) NOT NULL,
    payment_collection_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_claim_payment_collection_pkey PRIMARY KEY (claim_id, payment_collection_id)
);
CREATE TABLE medusa.order_exchange_payment_collection (
    id character varying(255) NOT NULL,
    exchange_id character varying(255) NOT NULL,
    payment_collection_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_exchange_payment_collection_pkey PRIMARY KEY (exchange_id, payment_collection_id)
);
CREATE TABLE medusa.order_fulfillment (
    id character varying(255) NOT NULL,
    order_id character varying(255) NOT NULL,
    fulfillment_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_fulfillment_pkey PRIMARY KEY (order_id, fulfillment_id)
);
CREATE TABLE medusa.order_payment_collection (
    id character varying(255) NOT NULL,
    order_id character varying(255) NOT NULL,
    payment_collection_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_payment_collection_pkey PRIMARY KEY (order_id, payment_collection_id)
);
CREATE TABLE medusa.order_promotion (
    id character varying(255) NOT NULL,
    order_id character varying(255) NOT NULL,
    promotion_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT order_promotion_pkey PRIMARY KEY (order_id, promotion_id)
);
CREATE TABLE medusa.return_fulfillment (
    id character varying(255) NOT NULL,
    return_id character varying(255) NOT NULL,
    fulfillment_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT return_fulfillment_pkey PRIMARY KEY (return_id, fulfillment_id)
);
CREATE TABLE medusa.product_sales_channel (
    id character varying(255) NOT NULL,
    product_id character varying(255) NOT NULL,
    sales_channel_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_sales_channel_pkey PRIMARY KEY (product_id, sales_channel_id)
);
CREATE TABLE medusa.product_variant_inventory_item (
    id character varying(255) NOT NULL,
    variant_id character varying(255) NOT NULL,
    inventory_item_id character varying(255) NOT NULL,
    required_quantity integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_variant_inventory_item_pkey PRIMARY KEY (variant_id, inventory_item_id)
);
CREATE TABLE medusa.product_variant_price_set (
    id character varying(255) NOT NULL,
    variant_id character varying(255) NOT NULL,
    price_set_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT product_variant_price_set_pkey PRIMARY KEY (variant_id, price_set_id)
);
CREATE TABLE medusa.publishable_api_key_sales_channel (
    id character varying(255) NOT NULL,
    publishable_key_id character varying(255) NOT NULL,
    sales_channel_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT publishable_api_key_sales_channel_pkey PRIMARY KEY (publishable_key_id, sales_channel_id)
);
CREATE TABLE medusa.region_payment_provider (
    id character varying(255) NOT NULL,
    region_id character varying(255) NOT NULL,
    payment_provider_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT region_payment_provider_pkey PRIMARY KEY (region_id, payment_provider_id)
);
CREATE TABLE medusa.sales_channel_stock_location (
    id character varying(255) NOT NULL,
    sales_channel_id character varying(255) NOT NULL,
    stock_location_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT sales_channel_stock_location_pkey PRIMARY KEY (sales_channel_id, stock_location_id)
);
CREATE TABLE medusa.shipping_option_price_set (
    id character varying(255) NOT NULL,
    shipping_option_id character varying(255) NOT NULL,
    price_set_id character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT shipping_option_price_set_pkey PRIMARY KEY (shipping_option_id, price_set_id)
);
ALTER TABLE medusa.provider_identity ADD CONSTRAINT provider_identity_auth_identity_id_foreign FOREIGN KEY (auth_identity_id) REFERENCES medusa.auth_identity(id);
ALTER TABLE medusa.cart ADD CONSTRAINT cart_shipping_address_id_foreign FOREIGN KEY (shipping_address_id) REFERENCES medusa.cart_address(id);
ALTER TABLE medusa.cart ADD CONSTRAINT cart_billing_address_id_foreign FOREIGN KEY (billing_address_id) REFERENCES medusa.cart_address(id);
ALTER TABLE medusa.cart_line_item ADD CONSTRAINT cart_line_item_cart_id_foreign FOREIGN KEY (cart_id) REFERENCES medusa.cart(id);
ALTER TABLE medusa.cart_shipping_method ADD CONSTRAINT cart_shipping_method_cart_id_foreign FOREIGN KEY (cart_id) REFERENCES medusa.cart(id);
ALTER TABLE medusa.customer_address ADD CONSTRAINT customer_address_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES medusa.customer(id);
ALTER TABLE medusa.customer_group_customer ADD CONSTRAINT customer_group_customer_customer_group_id_foreign FOREIGN KEY (customer_group_id) REFERENCES medusa.customer_group(id);
ALTER TABLE medusa.customer_group_customer ADD CONSTRAINT customer_group_customer_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES medusa.customer(id);
ALTER TABLE medusa.service_zone ADD CONSTRAINT service_zone_fulfillment_set_id_foreign FOREIGN KEY (fulfillment_set_id) REFERENCES medusa.fulfillment_set(id);
ALTER TABLE medusa.geo_zone ADD CONSTRAINT geo_zone_service_zone_id_foreign FOREIGN KEY (service_zone_id) REFERENCES medusa.service_zone(id);
ALTER TABLE medusa.shipping_option ADD CONSTRAINT shipping_option_service_zone_id_foreign FOREIGN KEY (service_zone_id) REFERENCES medusa.service_zone(id);
ALTER TABLE medusa.shipping_option ADD CONSTRAINT shipping_option_shipping_profile_id_foreign FOREIGN KEY (shipping_profile_id) REFERENCES medusa.shipping_profile(id);
ALTER TABLE medusa.shipping_option ADD CONSTRAINT shipping_option_provider_id_foreign FOREIGN KEY (provider_id) REFERENCES medusa.fulfillment_provider(id);
ALTER TABLE medusa.shipping_option ADD CONSTRAINT shipping_option_shipping_option_type_id_foreign FOREIGN KEY (shipping_option_type_id) REFERENCES medusa.shipping_option_type(id);
ALTER TABLE medusa.shipping_option_rule ADD CONSTRAINT shipping_option_rule_shipping_option_id_foreign FOREIGN KEY (shipping_option_id) REFERENCES medusa.shipping_option(id);
ALTER TABLE medusa.fulfillment ADD CONSTRAINT fulfillment_provider_id_foreign FOREIGN KEY (provider_id) REFERENCES medusa.fulfillment_provider(id);
ALTER TABLE medusa.fulfillment ADD CONSTRAINT fulfillment_shipping_option_id_foreign FOREIGN KEY (shipping_option_id) REFERENCES medusa.shipping_option(id);
ALTER TABLE medusa.fulfillment ADD CONSTRAINT fulfillment_delivery_address_id_foreign FOREIGN KEY (delivery_address_id) REFERENCES medusa.fulfillment_address(id);
ALTER TABLE medusa.fulfillment_label ADD CONSTRAINT fulfillment_label_fulfillment_id_foreign FOREIGN KEY (fulfillment_id) REFERENCES medusa.fulfillment(id);
ALTER TABLE medusa.fulfillment_item ADD CONSTRAINT fulfillment_item_fulfillment_id_foreign FOREIGN KEY (fulfillment_id) REFERENCES medusa.fulfillment(id);
ALTER TABLE medusa.inventory_level ADD CONSTRAINT inventory_level_inventory_item_id_foreign FOREIGN KEY (inventory_item_id) REFERENCES medusa.inventory_item(id);
ALTER TABLE medusa.reservation_item ADD CONSTRAINT reservation_item_inventory_item_id_foreign FOREIGN KEY (inventory_item_id) REFERENCES medusa.inventory_item(id);
ALTER TABLE medusa.notification ADD CONSTRAINT notification_provider_id_foreign FOREIGN KEY (provider_id) REFERENCES medusa.notification_provider(id);
ALTER TABLE medusa."order" ADD CONSTRAINT order_shipping_address_id_foreign FOREIGN KEY (shipping_address_id) REFERENCES medusa.order_address(id);
ALTER TABLE medusa."order" ADD CONSTRAINT order_billing_address_id_foreign FOREIGN KEY (billing_address_id) REFERENCES medusa.order_address(id);
ALTER TABLE medusa.order_item ADD CONSTRAINT order_item_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.order_item ADD CONSTRAINT order_item_item_id_foreign FOREIGN KEY (item_id) REFERENCES medusa.order_line_item(id);
ALTER TABLE medusa.order_line_item_adjustment ADD CONSTRAINT order_line_item_adjustment_item_id_foreign FOREIGN KEY (item_id) REFERENCES medusa.order_line_item(id);
ALTER TABLE medusa.order_line_item_tax_line ADD CONSTRAINT order_line_item_tax_line_item_id_foreign FOREIGN KEY (item_id) REFERENCES medusa.order_line_item(id);
ALTER TABLE medusa.order_shipping_method_adjustment ADD CONSTRAINT order_shipping_method_adjustment_shipping_method_id_foreign FOREIGN KEY (shipping_method_id) REFERENCES medusa.order_shipping_method(id);
ALTER TABLE medusa.order_shipping_method_tax_line ADD CONSTRAINT order_shipping_method_tax_line_shipping_method_id_foreign FOREIGN KEY (shipping_method_id) REFERENCES medusa.order_shipping_method(id);
ALTER TABLE medusa.order_summary ADD CONSTRAINT order_summary_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.return ADD CONSTRAINT return_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.return ADD CONSTRAINT return_exchange_id_foreign FOREIGN KEY (exchange_id) REFERENCES medusa.order_exchange(id);
ALTER TABLE medusa.return ADD CONSTRAINT return_claim_id_foreign FOREIGN KEY (claim_id) REFERENCES medusa.order_claim(id);
ALTER TABLE medusa.order_exchange ADD CONSTRAINT order_exchange_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.order_exchange ADD CONSTRAINT order_exchange_return_id_foreign FOREIGN KEY (return_id) REFERENCES medusa.return(id);
ALTER TABLE medusa.order_exchange_item ADD CONSTRAINT order_exchange_item_exchange_id_foreign FOREIGN KEY (exchange_id) REFERENCES medusa.order_exchange(id);
ALTER TABLE medusa.order_exchange_item ADD CONSTRAINT order_exchange_item_item_id_foreign FOREIGN KEY (item_id) REFERENCES medusa.order_line_item(id);
ALTER TABLE medusa.order_claim ADD CONSTRAINT order_claim_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.order_claim ADD CONSTRAINT order_claim_return_id_foreign FOREIGN KEY (return_id) REFERENCES medusa.return(id);
ALTER TABLE medusa.order_transaction ADD CONSTRAINT order_transaction_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.order_transaction ADD CONSTRAINT order_transaction_return_id_foreign FOREIGN KEY (return_id) REFERENCES medusa.return(id);
ALTER TABLE medusa.order_transaction ADD CONSTRAINT order_transaction_exchange_id_foreign FOREIGN KEY (exchange_id) REFERENCES medusa.order_exchange(id);
ALTER TABLE medusa.order_transaction ADD CONSTRAINT order_transaction_claim_id_foreign FOREIGN KEY (claim_id) REFERENCES medusa.order_claim(id);
ALTER TABLE medusa.order_shipping ADD CONSTRAINT order_shipping_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.order_shipping ADD CONSTRAINT order_shipping_return_id_foreign FOREIGN KEY (return_id) REFERENCES medusa.return(id);
ALTER TABLE medusa.order_shipping ADD CONSTRAINT order_shipping_exchange_id_foreign FOREIGN KEY (exchange_id) REFERENCES medusa.order_exchange(id);
ALTER TABLE medusa.order_shipping ADD CONSTRAINT order_shipping_claim_id_foreign FOREIGN KEY (claim_id) REFERENCES medusa.order_claim(id);
ALTER TABLE medusa.order_shipping ADD CONSTRAINT order_shipping_shipping_method_id_foreign FOREIGN KEY (shipping_method_id) REFERENCES medusa.order_shipping_method(id);
ALTER TABLE medusa.order_claim_item ADD CONSTRAINT order_claim_item_claim_id_foreign FOREIGN KEY (claim_id) REFERENCES medusa.order_claim(id);
ALTER TABLE medusa.order_claim_item ADD CONSTRAINT order_claim_item_item_id_foreign FOREIGN KEY (item_id) REFERENCES medusa.order_line_item(id);
ALTER TABLE medusa.order_claim_item_image ADD CONSTRAINT order_claim_item_image_claim_item_id_foreign FOREIGN KEY (claim_item_id) REFERENCES medusa.order_claim_item(id);
ALTER TABLE medusa.order_change ADD CONSTRAINT order_change_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.order_change ADD CONSTRAINT order_change_return_id_foreign FOREIGN KEY (return_id) REFERENCES medusa.return(id);
ALTER TABLE medusa.order_change ADD CONSTRAINT order_change_claim_id_foreign FOREIGN KEY (claim_id) REFERENCES medusa.order_claim(id);
ALTER TABLE medusa.order_change ADD CONSTRAINT order_change_exchange_id_foreign FOREIGN KEY (exchange_id) REFERENCES medusa.order_exchange(id);
ALTER TABLE medusa.order_change_action ADD CONSTRAINT order_change_action_order_id_foreign FOREIGN KEY (order_id) REFERENCES medusa."order"(id);
ALTER TABLE medusa.order_change_action ADD CONSTRAINT order_change_action_return_id_foreign FOREIGN KEY (return_id) REFERENCES medusa.return(id);
ALTER TABLE medusa.order_change_action ADD CONSTRAINT order_change_action_claim_id_foreign FOREIGN KEY (claim_id) REFERENCES medusa.order_claim(id);
ALTER TABLE medusa.order_change_action ADD CONSTRAINT order_change_action_exchange_id_foreign FOREIGN KEY (exchange_id) REFERENCES medusa.order_exchange(id);
ALTER TABLE medusa.order_change_action ADD CONSTRAINT order_change_action_order_change_id_foreign FOREIGN KEY (order_change_id) REFERENCES medusa.order_change(id);
ALTER TABLE medusa.return_reason ADD CONSTRAINT return_reason_parent_return_reason_id_foreign FOREIGN KEY (parent_return_reason_id) REFERENCES medusa.return_reason(id);
ALTER TABLE medusa.return_item ADD CONSTRAINT return_item_reason_id_foreign FOREIGN KEY (reason_id) REFERENCES medusa.return_reason(id);
ALTER TABLE medusa.return_item ADD CONSTRAINT return_item_return_id_foreign FOREIGN KEY (return_id) REFERENCES medusa.return(id);
ALTER TABLE medusa.return_item ADD CONSTRAINT return_item_item_id_foreign FOREIGN KEY (item_id) REFERENCES medusa.order_line_item(id);
ALTER TABLE medusa.payment_collection_payment_providers ADD CONSTRAINT payment_collection_payment_providers_payment_coll_aa276_foreign FOREIGN KEY (payment_collection_id) REFERENCES medusa.payment_collection(id);
ALTER TABLE medusa.payment_collection_payment_providers ADD CONSTRAINT payment_collection_payment_providers_payment_provider_id_foreign FOREIGN KEY (payment_provider_id) REFERENCES medusa.payment_provider(id);
ALTER TABLE medusa.payment_session ADD CONSTRAINT payment_session_payment_collection_id_foreign FOREIGN KEY (payment_collection_id) REFERENCES medusa.payment_collection(id);
ALTER TABLE medusa.payment ADD CONSTRAINT payment_payment_collection_id_foreign FOREIGN KEY (payment_collection_id) REFERENCES medusa.payment_collection(id);
ALTER TABLE medusa.payment ADD CONSTRAINT payment_payment_session_id_foreign FOREIGN KEY (payment_session_id) REFERENCES medusa.payment_session(id);
ALTER TABLE medusa.capture ADD CONSTRAINT capture_payment_id_foreign FOREIGN KEY (payment_id) REFERENCES medusa.payment(id);
ALTER TABLE medusa.refund ADD CONSTRAINT refund_payment_id_foreign FOREIGN KEY (payment_id) REFERENCES medusa.payment(id);
ALTER TABLE medusa.refund ADD CONSTRAINT refund_refund_reason_id_foreign FOREIGN KEY (refund_reason_id) REFERENCES medusa.refund_reason(id);
ALTER TABLE medusa.price_list_rule ADD CONSTRAINT price_list_rule_price_list_id_foreign FOREIGN KEY (price_list_id) REFERENCES medusa.price_list(id);
ALTER TABLE medusa.price ADD CONSTRAINT price_price_set_id_foreign FOREIGN KEY (price_set_id) REFERENCES medusa.price_set(id);
ALTER TABLE medusa.price ADD CONSTRAINT price_price_list_id_foreign FOREIGN KEY (price_list_id) REFERENCES medusa.price_list(id);
ALTER TABLE medusa.price_rule ADD CONSTRAINT price_rule_price_id_foreign FOREIGN KEY (price_id) REFERENCES medusa.price(id);
ALTER TABLE medusa.product_category ADD CONSTRAINT product_category_parent_category_id_foreign FOREIGN KEY (parent_category_id) REFERENCES medusa.product_category(id);
ALTER TABLE medusa.product ADD CONSTRAINT product_collection_id_foreign FOREIGN KEY (collection_id) REFERENCES medusa.product_collection(id);
ALTER TABLE medusa.product ADD CONSTRAINT product_type_id_foreign FOREIGN KEY (type_id) REFERENCES medusa.product_type(id);
ALTER TABLE medusa.product_option ADD CONSTRAINT product_option_product_id_foreign FOREIGN KEY (product_id) REFERENCES medusa.product(id);
ALTER TABLE medusa.product_option_value ADD CONSTRAINT product_option_value_option_id_foreign FOREIGN KEY (option_id) REFERENCES medusa.product_option(id);
ALTER TABLE medusa.product_tags ADD CONSTRAINT product_tags_product_id_foreign FOREIGN KEY (product_id) REFERENCES medusa.product(id);
ALTER TABLE medusa.product_tags ADD CONSTRAINT product_tags_product_tag_id_foreign FOREIGN KEY (product_tag_id) REFERENCES medusa.product_tag(id);
ALTER TABLE medusa.product_images ADD CONSTRAINT product_images_product_id_foreign FOREIGN KEY (product_id) REFERENCES medusa.product(id);
ALTER TABLE medusa.product_images ADD CONSTRAINT product_images_image_id_foreign FOREIGN KEY (image_id) REFERENCES medusa.image(id);
ALTER TABLE medusa.product_category_product ADD CONSTRAINT product_category_product_product_id_foreign FOREIGN KEY (product_id) REFERENCES medusa.product(id);
ALTER TABLE medusa.product_category_product ADD CONSTRAINT product_category_product_product_category_id_foreign FOREIGN KEY (product_category_id) REFERENCES medusa.product_category(id);
ALTER TABLE medusa.product_variant ADD CONSTRAINT product_variant_product_id_foreign FOREIGN KEY (product_id) REFERENCES medusa.product(id);
ALTER TABLE medusa.product_variant_option ADD CONSTRAINT product_variant_option_variant_id_foreign FOREIGN KEY (variant_id) REFERENCES medusa.product_variant(id);
ALTER TABLE medusa.product_variant_option ADD CONSTRAINT product_variant_option_option_value_id_foreign FOREIGN KEY (option_value_id) REFERENCES medusa.product_option_value(id);
ALTER TABLE medusa.promotion_campaign_budget ADD CONSTRAINT promotion_campaign_budget_campaign_id_foreign FOREIGN KEY (campaign_id) REFERENCES medusa.promotion_campaign(id);
ALTER TABLE medusa.promotion ADD CONSTRAINT promotion_campaign_id_foreign FOREIGN KEY (campaign_id) REFERENCES medusa.promotion_campaign(id);
ALTER TABLE medusa.promotion_application_method ADD CONSTRAINT promotion_application_method_promotion_id_foreign FOREIGN KEY (promotion_id) REFERENCES medusa.promotion(id);
ALTER TABLE medusa.promotion_promotion_rule ADD CONSTRAINT promotion_promotion_rule_promotion_id_foreign FOREIGN KEY (promotion_id) REFERENCES medusa.promotion(id);
ALTER TABLE medusa.promotion_promotion_rule ADD CONSTRAINT promotion_promotion_rule_promotion_rule_id_foreign FOREIGN KEY (promotion_rule_id) REFERENCES medusa.promotion_rule(id);
ALTER TABLE medusa.application_method_target_rules ADD CONSTRAINT application_method_target_rules_application_method_id_foreign FOREIGN KEY (application_method_id) REFERENCES medusa.promotion_application_method(id);
ALTER TABLE medusa.application_method_target_rules ADD CONSTRAINT application_method_target_rules_promotion_rule_id_foreign FOREIGN KEY (promotion_rule_id) REFERENCES medusa.promotion_rule(id);
ALTER TABLE medusa.application_method_buy_rules ADD CONSTRAINT application_method_buy_rules_application_method_id_foreign FOREIGN KEY (application_method_id) REFERENCES medusa.promotion_application_method(id);
ALTER TABLE medusa.application_method_buy_rules ADD CONSTRAINT application_method_buy_rules_promotion_rule_id_foreign FOREIGN KEY (promotion_rule_id) REFERENCES medusa.promotion_rule(id);
ALTER TABLE medusa.promotion_rule_value ADD CONSTRAINT promotion_rule_value_promotion_rule_id_foreign FOREIGN KEY (promotion_rule_id) REFERENCES medusa.promotion_rule(id);
ALTER TABLE medusa.region_country ADD CONSTRAINT region_country_region_id_foreign FOREIGN KEY (region_id) REFERENCES medusa.region(id);
ALTER TABLE medusa.stock_location ADD CONSTRAINT stock_location_address_id_foreign FOREIGN KEY (address_id) REFERENCES medusa.stock_location_address(id);
ALTER TABLE medusa.store_currency ADD CONSTRAINT store_currency_store_id_foreign FOREIGN KEY (store_id) REFERENCES medusa.store(id);
ALTER TABLE medusa.tax_region ADD CONSTRAINT tax_region_provider_id_foreign FOREIGN KEY (provider_id) REFERENCES medusa.tax_provider(id);
ALTER TABLE medusa.tax_region ADD CONSTRAINT tax_region_parent_id_foreign FOREIGN KEY (parent_id) REFERENCES medusa.tax_region(id);
ALTER TABLE medusa.tax_rate ADD CONSTRAINT tax_rate_tax_region_id_foreign FOREIGN KEY (tax_region_id) REFERENCES medusa.tax_region(id);
ALTER TABLE medusa.tax_rate_rule ADD CONSTRAINT tax_rate_rule_tax_rate_id_foreign FOREIGN KEY (tax_rate_id) REFERENCES medusa.tax_rate(id);
