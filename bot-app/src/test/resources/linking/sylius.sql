-- Sylius 2.0 (Symfony e-commerce platform: channels, products with variants, options, attributes, images,
-- associations and reviews, taxons (categories), channel pricing and price history, catalog and cart promotions with
-- coupons, customers and groups, shop and admin users, addresses, orders, order items and units, adjustments,
-- payments and payment requests, shipments and shipping methods, tax categories and rates, zones, countries,
-- provinces, currencies and exchange rates, locales) as its own PostgreSQL migrations create it:
-- src/Sylius/Bundle/CoreBundle/Migrations/Version20160101084139.php (the regenerated PostgreSQL migration) plus the
-- PostgreSQL ones of the 2.0 line after it (Version20241020131432, ...131504, ...131533, ...131539, ...131614) of
-- github.com/Sylius/Sylius, branch 2.0, commit 3466cba (MIT; we use the schema's facts). The up() statements were
-- loaded into a scratch PostgreSQL 15 in order and the schema regenerated from its catalog: all 83 tables (the 82
-- sylius_* tables and Symfony Messenger's messenger_messages), their 83 primary keys and 107 foreign keys with the
-- source's ON DELETE actions, schema sylius instead of public, and the 6 column comments the source declares
-- (Doctrine type hints). Left out: sequences and defaults, unique and plain indexes, the messenger notify function
-- and trigger, the migrations' data fixes. No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS sylius;
CREATE TABLE sylius.messenger_messages (
    id bigint NOT NULL,
    body text NOT NULL,
    headers text NOT NULL,
    queue_name character varying(190) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    available_at timestamp(0) without time zone NOT NULL,
    delivered_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN sylius.messenger_messages.created_at IS '(DC2Type:datetime_immutable)';
COMMENT ON COLUMN sylius.messenger_messages.available_at IS '(DC2Type:datetime_immutable)';
COMMENT ON COLUMN sylius.messenger_messages.delivered_at IS '(DC2Type:datetime_immutable)';
CREATE TABLE sylius.sylius_address (
    id integer NOT NULL,
    customer_id integer,
    first_name character varying(255) NOT NULL,
    last_name character varying(255) NOT NULL,
    phone_number character varying(255),
    street character varying(255) NOT NULL,
    company character varying(255),
    city character varying(255) NOT NULL,
    postcode character varying(255) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    country_code character varying(255) NOT NULL,
    province_code character varying(255),
    province_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_address_log_entries (
    id integer NOT NULL,
    action character varying(255) NOT NULL,
    logged_at timestamp(0) without time zone NOT NULL,
    object_id character varying(64),
    object_class character varying(255) NOT NULL,
    version integer NOT NULL,
    data jsonb,
    username character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_adjustment (
    id integer NOT NULL,
    order_id integer,
    order_item_id integer,
    order_item_unit_id integer,
    shipment_id integer,
    type character varying(255) NOT NULL,
    label character varying(255),
    amount integer NOT NULL,
    is_neutral boolean NOT NULL,
    is_locked boolean NOT NULL,
    origin_code character varying(255),
    details json NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_admin_user (
    id integer NOT NULL,
    username character varying(255),
    username_canonical character varying(255),
    enabled boolean NOT NULL,
    password character varying(255),
    last_login timestamp(0) without time zone,
    password_reset_token character varying(255),
    password_requested_at timestamp(0) without time zone,
    email_verification_token character varying(255),
    verified_at timestamp(0) without time zone,
    roles jsonb NOT NULL,
    email character varying(255),
    email_canonical character varying(255),
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    first_name character varying(255),
    last_name character varying(255),
    locale_code character varying(12) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_avatar_image (
    id integer NOT NULL,
    owner_id integer NOT NULL,
    type character varying(255),
    path character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_catalog_promotion (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    start_date timestamp(0) without time zone,
    end_date timestamp(0) without time zone,
    enabled boolean NOT NULL,
    priority integer NOT NULL,
    exclusive boolean NOT NULL,
    state character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_catalog_promotion_action (
    id integer NOT NULL,
    catalog_promotion_id integer,
    type character varying(255) NOT NULL,
    configuration jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_catalog_promotion_channels (
    catalog_promotion_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (catalog_promotion_id, channel_id)
);
CREATE TABLE sylius.sylius_catalog_promotion_scope (
    id integer NOT NULL,
    promotion_id integer,
    type character varying(255) NOT NULL,
    configuration jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_catalog_promotion_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    label character varying(255),
    description character varying(255),
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_channel (
    id integer NOT NULL,
    shop_billing_data_id integer,
    channel_price_history_config_id integer,
    default_locale_id integer NOT NULL,
    base_currency_id integer NOT NULL,
    default_tax_zone_id integer,
    menu_taxon_id integer,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    color character varying(255),
    description text,
    enabled boolean NOT NULL,
    hostname character varying(255),
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    theme_name character varying(255),
    tax_calculation_strategy character varying(255) NOT NULL,
    contact_email character varying(255),
    contact_phone_number character varying(255),
    skipping_shipping_step_allowed boolean NOT NULL,
    skipping_payment_step_allowed boolean NOT NULL,
    account_verification_required boolean NOT NULL,
    shipping_address_in_checkout_required boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_channel_countries (
    channel_id integer NOT NULL,
    country_id integer NOT NULL,
    PRIMARY KEY (channel_id, country_id)
);
CREATE TABLE sylius.sylius_channel_currencies (
    channel_id integer NOT NULL,
    currency_id integer NOT NULL,
    PRIMARY KEY (channel_id, currency_id)
);
CREATE TABLE sylius.sylius_channel_locales (
    channel_id integer NOT NULL,
    locale_id integer NOT NULL,
    PRIMARY KEY (channel_id, locale_id)
);
CREATE TABLE sylius.sylius_channel_price_history_config (
    id integer NOT NULL,
    lowest_price_for_discounted_products_checking_period integer NOT NULL,
    lowest_price_for_discounted_products_visible boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_channel_price_history_config_excluded_taxons (
    channel_id integer NOT NULL,
    taxon_id integer NOT NULL,
    PRIMARY KEY (channel_id, taxon_id)
);
CREATE TABLE sylius.sylius_channel_pricing (
    id integer NOT NULL,
    product_variant_id integer NOT NULL,
    price integer,
    original_price integer,
    minimum_price integer,
    lowest_price_before_discount integer,
    channel_code character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_channel_pricing_catalog_promotions (
    channel_pricing_id integer NOT NULL,
    catalog_promotion_id integer NOT NULL,
    PRIMARY KEY (channel_pricing_id, catalog_promotion_id)
);
CREATE TABLE sylius.sylius_channel_pricing_log_entry (
    id integer NOT NULL,
    channel_pricing_id integer NOT NULL,
    price integer NOT NULL,
    original_price integer,
    logged_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_country (
    id integer NOT NULL,
    code character varying(2) NOT NULL,
    enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_currency (
    id integer NOT NULL,
    code character varying(3) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_customer (
    id integer NOT NULL,
    customer_group_id integer,
    default_address_id integer,
    email character varying(255) NOT NULL,
    email_canonical character varying(255) NOT NULL,
    first_name character varying(255),
    last_name character varying(255),
    birthday timestamp(0) without time zone,
    gender character varying(1) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    phone_number character varying(255),
    subscribed_to_newsletter boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_customer_group (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_exchange_rate (
    id integer NOT NULL,
    source_currency integer NOT NULL,
    target_currency integer NOT NULL,
    ratio numeric(10,5) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_gateway_config (
    id integer NOT NULL,
    gateway_name character varying(255) NOT NULL,
    factory_name character varying(255) NOT NULL,
    config json NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_locale (
    id integer NOT NULL,
    code character varying(12) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_order (
    id integer NOT NULL,
    shipping_address_id integer,
    billing_address_id integer,
    channel_id integer,
    promotion_coupon_id integer,
    customer_id integer,
    number character varying(255),
    notes text,
    state character varying(255) NOT NULL,
    checkout_completed_at timestamp(0) without time zone,
    items_total integer NOT NULL,
    adjustments_total integer NOT NULL,
    total integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    currency_code character varying(3) NOT NULL,
    locale_code character varying(255) NOT NULL,
    checkout_state character varying(255) NOT NULL,
    payment_state character varying(255) NOT NULL,
    shipping_state character varying(255) NOT NULL,
    created_by_guest boolean NOT NULL,
    token_value character varying(255),
    customer_ip character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_order_item (
    id integer NOT NULL,
    order_id integer NOT NULL,
    variant_id integer NOT NULL,
    quantity integer NOT NULL,
    unit_price integer NOT NULL,
    original_unit_price integer,
    units_total integer NOT NULL,
    adjustments_total integer NOT NULL,
    total integer NOT NULL,
    is_immutable boolean NOT NULL,
    product_name character varying(255),
    variant_name character varying(255),
    version integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_order_item_unit (
    id integer NOT NULL,
    order_item_id integer NOT NULL,
    shipment_id integer,
    adjustments_total integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_order_sequence (
    id integer NOT NULL,
    idx integer NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_payment (
    id integer NOT NULL,
    method_id integer,
    order_id integer NOT NULL,
    currency_code character varying(3) NOT NULL,
    amount integer NOT NULL,
    state character varying(255) NOT NULL,
    details json NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_payment_method (
    id integer NOT NULL,
    gateway_config_id integer,
    code character varying(255) NOT NULL,
    environment character varying(255),
    is_enabled boolean NOT NULL,
    position integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_payment_method_channels (
    payment_method_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (payment_method_id, channel_id)
);
CREATE TABLE sylius.sylius_payment_method_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    instructions text,
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_payment_request (
    hash uuid NOT NULL,
    method_id integer NOT NULL,
    payment_id integer NOT NULL,
    state character varying(255) NOT NULL,
    action character varying(255) NOT NULL,
    payload text NOT NULL,
    response_data json NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (hash)
);
COMMENT ON COLUMN sylius.sylius_payment_request.hash IS '(DC2Type:uuid)';
COMMENT ON COLUMN sylius.sylius_payment_request.payload IS '(DC2Type:object)';
CREATE TABLE sylius.sylius_payment_security_token (
    hash character varying(255) NOT NULL,
    details text,
    after_url text,
    target_url text NOT NULL,
    gateway_name character varying(255) NOT NULL,
    PRIMARY KEY (hash)
);
COMMENT ON COLUMN sylius.sylius_payment_security_token.details IS '(DC2Type:object)';
CREATE TABLE sylius.sylius_product (
    id integer NOT NULL,
    main_taxon_id integer,
    code character varying(255) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    enabled boolean NOT NULL,
    variant_selection_method character varying(255) NOT NULL,
    average_rating double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_association (
    id integer NOT NULL,
    association_type_id integer NOT NULL,
    product_id integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_association_product (
    association_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (association_id, product_id)
);
CREATE TABLE sylius.sylius_product_association_type (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_association_type_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    name character varying(255),
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_attribute (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    storage_type character varying(255) NOT NULL,
    configuration jsonb NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    position integer NOT NULL,
    translatable boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_attribute_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    name character varying(255) NOT NULL,
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_attribute_value (
    id integer NOT NULL,
    product_id integer NOT NULL,
    attribute_id integer NOT NULL,
    locale_code character varying(255),
    text_value text,
    boolean_value boolean,
    integer_value integer,
    float_value double precision,
    datetime_value timestamp(0) without time zone,
    date_value date,
    json_value jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_channels (
    product_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (product_id, channel_id)
);
CREATE TABLE sylius.sylius_product_image (
    id integer NOT NULL,
    owner_id integer NOT NULL,
    type character varying(255),
    path character varying(255) NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_image_product_variants (
    image_id integer NOT NULL,
    variant_id integer NOT NULL,
    PRIMARY KEY (image_id, variant_id)
);
CREATE TABLE sylius.sylius_product_option (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    position integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_option_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    name character varying(255) NOT NULL,
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_option_value (
    id integer NOT NULL,
    option_id integer NOT NULL,
    code character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_option_value_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    value character varying(255) NOT NULL,
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_options (
    product_id integer NOT NULL,
    option_id integer NOT NULL,
    PRIMARY KEY (product_id, option_id)
);
CREATE TABLE sylius.sylius_product_review (
    id integer NOT NULL,
    product_id integer NOT NULL,
    author_id integer NOT NULL,
    title character varying(255),
    rating integer NOT NULL,
    comment text,
    status character varying(255) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_taxon (
    id integer NOT NULL,
    product_id integer NOT NULL,
    taxon_id integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    name character varying(255) NOT NULL,
    slug character varying(255) NOT NULL,
    description text,
    meta_keywords character varying(255),
    meta_description character varying(255),
    short_description text,
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_variant (
    id integer NOT NULL,
    product_id integer NOT NULL,
    tax_category_id integer,
    shipping_category_id integer,
    code character varying(255) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    position integer NOT NULL,
    enabled boolean NOT NULL,
    version integer NOT NULL,
    on_hold integer NOT NULL,
    on_hand integer NOT NULL,
    tracked boolean NOT NULL,
    width double precision,
    height double precision,
    depth double precision,
    weight double precision,
    shipping_required boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_product_variant_option_value (
    variant_id integer NOT NULL,
    option_value_id integer NOT NULL,
    PRIMARY KEY (variant_id, option_value_id)
);
CREATE TABLE sylius.sylius_product_variant_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    name character varying(255),
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_promotion (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    priority integer NOT NULL,
    exclusive boolean NOT NULL,
    usage_limit integer,
    used integer NOT NULL,
    coupon_based boolean NOT NULL,
    starts_at timestamp(0) without time zone,
    ends_at timestamp(0) without time zone,
    applies_to_discounted boolean NOT NULL,
    archived_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_promotion_action (
    id integer NOT NULL,
    promotion_id integer,
    type character varying(255) NOT NULL,
    configuration jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_promotion_channels (
    promotion_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (promotion_id, channel_id)
);
CREATE TABLE sylius.sylius_promotion_coupon (
    id integer NOT NULL,
    promotion_id integer,
    code character varying(255) NOT NULL,
    usage_limit integer,
    used integer NOT NULL,
    expires_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    per_customer_usage_limit integer,
    reusable_from_cancelled_orders boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_promotion_order (
    order_id integer NOT NULL,
    promotion_id integer NOT NULL,
    PRIMARY KEY (order_id, promotion_id)
);
CREATE TABLE sylius.sylius_promotion_rule (
    id integer NOT NULL,
    promotion_id integer,
    type character varying(255) NOT NULL,
    configuration jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_promotion_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    label character varying(255),
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_province (
    id integer NOT NULL,
    country_id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    abbreviation character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_shipment (
    id integer NOT NULL,
    method_id integer NOT NULL,
    order_id integer NOT NULL,
    state character varying(255) NOT NULL,
    tracking character varying(255),
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    shipped_at timestamp(0) without time zone,
    adjustments_total integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_shipping_category (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_shipping_method (
    id integer NOT NULL,
    category_id integer,
    zone_id integer NOT NULL,
    tax_category_id integer,
    code character varying(255) NOT NULL,
    configuration jsonb NOT NULL,
    category_requirement integer NOT NULL,
    calculator character varying(255) NOT NULL,
    is_enabled boolean NOT NULL,
    position integer NOT NULL,
    archived_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_shipping_method_channels (
    shipping_method_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (shipping_method_id, channel_id)
);
CREATE TABLE sylius.sylius_shipping_method_rule (
    id integer NOT NULL,
    shipping_method_id integer,
    type character varying(255) NOT NULL,
    configuration jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_shipping_method_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_shop_billing_data (
    id integer NOT NULL,
    company character varying(255),
    tax_id character varying(255),
    country_code character varying(255),
    street character varying(255),
    city character varying(255),
    postcode character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_shop_user (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    username character varying(255),
    username_canonical character varying(255),
    enabled boolean NOT NULL,
    password character varying(255),
    last_login timestamp(0) without time zone,
    password_reset_token character varying(255),
    password_requested_at timestamp(0) without time zone,
    email_verification_token character varying(255),
    verified_at timestamp(0) without time zone,
    roles jsonb NOT NULL,
    email character varying(255),
    email_canonical character varying(255),
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_tax_category (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_tax_rate (
    id integer NOT NULL,
    category_id integer NOT NULL,
    zone_id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    amount numeric(10,5) NOT NULL,
    included_in_price boolean NOT NULL,
    calculator character varying(255) NOT NULL,
    start_date timestamp(0) without time zone,
    end_date timestamp(0) without time zone,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_taxon (
    id integer NOT NULL,
    tree_root integer,
    parent_id integer,
    code character varying(255) NOT NULL,
    tree_left integer NOT NULL,
    tree_right integer NOT NULL,
    tree_level integer NOT NULL,
    position integer NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_taxon_image (
    id integer NOT NULL,
    owner_id integer NOT NULL,
    type character varying(255),
    path character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_taxon_translation (
    id integer NOT NULL,
    translatable_id integer NOT NULL,
    name character varying(255) NOT NULL,
    slug character varying(255) NOT NULL,
    description text,
    locale character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_user_oauth (
    id integer NOT NULL,
    user_id integer,
    provider character varying(255) NOT NULL,
    identifier character varying(255) NOT NULL,
    access_token text,
    refresh_token text,
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_zone (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(8) NOT NULL,
    scope character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sylius.sylius_zone_member (
    id integer NOT NULL,
    belongs_to integer,
    code character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE sylius.sylius_address ADD FOREIGN KEY (customer_id) REFERENCES sylius.sylius_customer(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_adjustment ADD FOREIGN KEY (order_id) REFERENCES sylius.sylius_order(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_adjustment ADD FOREIGN KEY (order_item_id) REFERENCES sylius.sylius_order_item(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_adjustment ADD FOREIGN KEY (order_item_unit_id) REFERENCES sylius.sylius_order_item_unit(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_adjustment ADD FOREIGN KEY (shipment_id) REFERENCES sylius.sylius_shipment(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_avatar_image ADD FOREIGN KEY (owner_id) REFERENCES sylius.sylius_admin_user(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_catalog_promotion_action ADD FOREIGN KEY (catalog_promotion_id) REFERENCES sylius.sylius_catalog_promotion(id);
ALTER TABLE sylius.sylius_catalog_promotion_channels ADD FOREIGN KEY (catalog_promotion_id) REFERENCES sylius.sylius_catalog_promotion(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_catalog_promotion_channels ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_catalog_promotion_scope ADD FOREIGN KEY (promotion_id) REFERENCES sylius.sylius_catalog_promotion(id);
ALTER TABLE sylius.sylius_catalog_promotion_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_catalog_promotion(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel ADD FOREIGN KEY (base_currency_id) REFERENCES sylius.sylius_currency(id);
ALTER TABLE sylius.sylius_channel ADD FOREIGN KEY (channel_price_history_config_id) REFERENCES sylius.sylius_channel_price_history_config(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel ADD FOREIGN KEY (default_locale_id) REFERENCES sylius.sylius_locale(id);
ALTER TABLE sylius.sylius_channel ADD FOREIGN KEY (default_tax_zone_id) REFERENCES sylius.sylius_zone(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_channel ADD FOREIGN KEY (menu_taxon_id) REFERENCES sylius.sylius_taxon(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_channel ADD FOREIGN KEY (shop_billing_data_id) REFERENCES sylius.sylius_shop_billing_data(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_countries ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_countries ADD FOREIGN KEY (country_id) REFERENCES sylius.sylius_country(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_currencies ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_currencies ADD FOREIGN KEY (currency_id) REFERENCES sylius.sylius_currency(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_locales ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_locales ADD FOREIGN KEY (locale_id) REFERENCES sylius.sylius_locale(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_price_history_config_excluded_taxons ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel_price_history_config(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_price_history_config_excluded_taxons ADD FOREIGN KEY (taxon_id) REFERENCES sylius.sylius_taxon(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_pricing ADD FOREIGN KEY (product_variant_id) REFERENCES sylius.sylius_product_variant(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_channel_pricing_catalog_promotions ADD FOREIGN KEY (catalog_promotion_id) REFERENCES sylius.sylius_catalog_promotion(id);
ALTER TABLE sylius.sylius_channel_pricing_catalog_promotions ADD FOREIGN KEY (channel_pricing_id) REFERENCES sylius.sylius_channel_pricing(id);
ALTER TABLE sylius.sylius_channel_pricing_log_entry ADD FOREIGN KEY (channel_pricing_id) REFERENCES sylius.sylius_channel_pricing(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_customer ADD FOREIGN KEY (customer_group_id) REFERENCES sylius.sylius_customer_group(id);
ALTER TABLE sylius.sylius_customer ADD FOREIGN KEY (default_address_id) REFERENCES sylius.sylius_address(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_exchange_rate ADD FOREIGN KEY (source_currency) REFERENCES sylius.sylius_currency(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_exchange_rate ADD FOREIGN KEY (target_currency) REFERENCES sylius.sylius_currency(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_order ADD FOREIGN KEY (billing_address_id) REFERENCES sylius.sylius_address(id);
ALTER TABLE sylius.sylius_order ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id);
ALTER TABLE sylius.sylius_order ADD FOREIGN KEY (customer_id) REFERENCES sylius.sylius_customer(id);
ALTER TABLE sylius.sylius_order ADD FOREIGN KEY (promotion_coupon_id) REFERENCES sylius.sylius_promotion_coupon(id);
ALTER TABLE sylius.sylius_order ADD FOREIGN KEY (shipping_address_id) REFERENCES sylius.sylius_address(id);
ALTER TABLE sylius.sylius_order_item ADD FOREIGN KEY (order_id) REFERENCES sylius.sylius_order(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_order_item ADD FOREIGN KEY (variant_id) REFERENCES sylius.sylius_product_variant(id);
ALTER TABLE sylius.sylius_order_item_unit ADD FOREIGN KEY (order_item_id) REFERENCES sylius.sylius_order_item(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_order_item_unit ADD FOREIGN KEY (shipment_id) REFERENCES sylius.sylius_shipment(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_payment ADD FOREIGN KEY (method_id) REFERENCES sylius.sylius_payment_method(id);
ALTER TABLE sylius.sylius_payment ADD FOREIGN KEY (order_id) REFERENCES sylius.sylius_order(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_payment_method ADD FOREIGN KEY (gateway_config_id) REFERENCES sylius.sylius_gateway_config(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_payment_method_channels ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_payment_method_channels ADD FOREIGN KEY (payment_method_id) REFERENCES sylius.sylius_payment_method(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_payment_method_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_payment_method(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_payment_request ADD FOREIGN KEY (method_id) REFERENCES sylius.sylius_payment_method(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_payment_request ADD FOREIGN KEY (payment_id) REFERENCES sylius.sylius_payment(id);
ALTER TABLE sylius.sylius_product ADD FOREIGN KEY (main_taxon_id) REFERENCES sylius.sylius_taxon(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_product_association ADD FOREIGN KEY (association_type_id) REFERENCES sylius.sylius_product_association_type(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_association ADD FOREIGN KEY (product_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_association_product ADD FOREIGN KEY (association_id) REFERENCES sylius.sylius_product_association(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_association_product ADD FOREIGN KEY (product_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_association_type_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_product_association_type(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_attribute_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_product_attribute(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_attribute_value ADD FOREIGN KEY (attribute_id) REFERENCES sylius.sylius_product_attribute(id);
ALTER TABLE sylius.sylius_product_attribute_value ADD FOREIGN KEY (product_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_channels ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_channels ADD FOREIGN KEY (product_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_image ADD FOREIGN KEY (owner_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_image_product_variants ADD FOREIGN KEY (image_id) REFERENCES sylius.sylius_product_image(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_image_product_variants ADD FOREIGN KEY (variant_id) REFERENCES sylius.sylius_product_variant(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_option_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_product_option(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_option_value ADD FOREIGN KEY (option_id) REFERENCES sylius.sylius_product_option(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_option_value_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_product_option_value(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_options ADD FOREIGN KEY (option_id) REFERENCES sylius.sylius_product_option(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_options ADD FOREIGN KEY (product_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_review ADD FOREIGN KEY (author_id) REFERENCES sylius.sylius_customer(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_review ADD FOREIGN KEY (product_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_taxon ADD FOREIGN KEY (product_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_taxon ADD FOREIGN KEY (taxon_id) REFERENCES sylius.sylius_taxon(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_variant ADD FOREIGN KEY (product_id) REFERENCES sylius.sylius_product(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_product_variant ADD FOREIGN KEY (shipping_category_id) REFERENCES sylius.sylius_shipping_category(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_product_variant ADD FOREIGN KEY (tax_category_id) REFERENCES sylius.sylius_tax_category(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_product_variant_option_value ADD FOREIGN KEY (option_value_id) REFERENCES sylius.sylius_product_option_value(id);
ALTER TABLE sylius.sylius_product_variant_option_value ADD FOREIGN KEY (variant_id) REFERENCES sylius.sylius_product_variant(id);
ALTER TABLE sylius.sylius_product_variant_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_product_variant(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_promotion_action ADD FOREIGN KEY (promotion_id) REFERENCES sylius.sylius_promotion(id);
ALTER TABLE sylius.sylius_promotion_channels ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_promotion_channels ADD FOREIGN KEY (promotion_id) REFERENCES sylius.sylius_promotion(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_promotion_coupon ADD FOREIGN KEY (promotion_id) REFERENCES sylius.sylius_promotion(id);
ALTER TABLE sylius.sylius_promotion_order ADD FOREIGN KEY (order_id) REFERENCES sylius.sylius_order(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_promotion_order ADD FOREIGN KEY (promotion_id) REFERENCES sylius.sylius_promotion(id);
ALTER TABLE sylius.sylius_promotion_rule ADD FOREIGN KEY (promotion_id) REFERENCES sylius.sylius_promotion(id);
ALTER TABLE sylius.sylius_promotion_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_promotion(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_province ADD FOREIGN KEY (country_id) REFERENCES sylius.sylius_country(id);
ALTER TABLE sylius.sylius_shipment ADD FOREIGN KEY (method_id) REFERENCES sylius.sylius_shipping_method(id);
ALTER TABLE sylius.sylius_shipment ADD FOREIGN KEY (order_id) REFERENCES sylius.sylius_order(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_shipping_method ADD FOREIGN KEY (category_id) REFERENCES sylius.sylius_shipping_category(id);
ALTER TABLE sylius.sylius_shipping_method ADD FOREIGN KEY (tax_category_id) REFERENCES sylius.sylius_tax_category(id) ON DELETE SET NULL;
ALTER TABLE sylius.sylius_shipping_method ADD FOREIGN KEY (zone_id) REFERENCES sylius.sylius_zone(id);
ALTER TABLE sylius.sylius_shipping_method_channels ADD FOREIGN KEY (channel_id) REFERENCES sylius.sylius_channel(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_shipping_method_channels ADD FOREIGN KEY (shipping_method_id) REFERENCES sylius.sylius_shipping_method(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_shipping_method_rule ADD FOREIGN KEY (shipping_method_id) REFERENCES sylius.sylius_shipping_method(id);
ALTER TABLE sylius.sylius_shipping_method_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_shipping_method(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_shop_user ADD FOREIGN KEY (customer_id) REFERENCES sylius.sylius_customer(id);
ALTER TABLE sylius.sylius_tax_rate ADD FOREIGN KEY (category_id) REFERENCES sylius.sylius_tax_category(id);
ALTER TABLE sylius.sylius_tax_rate ADD FOREIGN KEY (zone_id) REFERENCES sylius.sylius_zone(id);
ALTER TABLE sylius.sylius_taxon ADD FOREIGN KEY (parent_id) REFERENCES sylius.sylius_taxon(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_taxon ADD FOREIGN KEY (tree_root) REFERENCES sylius.sylius_taxon(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_taxon_image ADD FOREIGN KEY (owner_id) REFERENCES sylius.sylius_taxon(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_taxon_translation ADD FOREIGN KEY (translatable_id) REFERENCES sylius.sylius_taxon(id) ON DELETE CASCADE;
ALTER TABLE sylius.sylius_user_oauth ADD FOREIGN KEY (user_id) REFERENCES sylius.sylius_shop_user(id);
ALTER TABLE sylius.sylius_zone_member ADD FOREIGN KEY (belongs_to) REFERENCES sylius.sylius_zone(id);
