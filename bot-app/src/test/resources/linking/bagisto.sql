-- Bagisto, the open-source Laravel e-commerce platform (Webkul), version 2.3.9: channels, locales, currencies and
-- exchange rates, the EAV catalogue (attributes, attribute families, groups, options and their translations,
-- products, product_flat, attribute values, categories and their translations, images, videos, inventories per
-- inventory source, price indices, customer-group prices, bundle, grouped, downloadable, customizable and booking
-- products with their slots and event tickets, up-sells, cross-sells, related products, reviews), customers,
-- customer groups, addresses, notes, wishlists, compare lists, carts, cart and catalog price rules with coupons and
-- their usage, orders, order items, payments, transactions, comments, invoices, shipments, refunds, downloadable
-- purchases, bookings, taxes (categories and rates), CMS pages, marketing campaigns, events, templates,
-- newsletter subscribers, search terms and synonyms, URL rewrites, sitemaps, theme customizations, GDPR requests,
-- admins, roles, imports and Laravel's own jobs, migrations and tokens. Read from the phpMyAdmin dump of a demo
-- install ("Database: bagisto-v2.3.9", MySQL 8.0.45, generated Feb 05, 2026) that was committed to
-- github.com/bagisto/bagisto as bagisto.sql (present at commit cff7314, removed again in 93eaa90; MIT licence,
-- Copyright Webkul Software; we use the schema's facts). MySQL converted to PostgreSQL by a one-off script (not
-- committed) and loaded into a scratch PostgreSQL 15, schema bagisto: all 131 tables, the primary keys of 119 (12
-- pivot and password-reset tables have none in the dump) and all 167 foreign keys the dump declares (ON DELETE
-- actions left out); int/int unsigned -> integer, bigint unsigned -> bigint, tinyint -> smallint, decimal ->
-- numeric, double -> double precision, datetime/timestamp -> timestamp, json -> json, enum/text/longtext/mediumtext
-- -> text; the columns named column, from and to are quoted. Left out: the dump's rows, AUTO_INCREMENT, defaults,
-- character sets, plain and unique indexes. Its 4 column COMMENTs (on addresses) are kept. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bagisto;
CREATE TABLE bagisto.addresses (
    id integer NOT NULL,
    address_type character varying(191) NOT NULL,
    parent_address_id integer,
    customer_id integer,
    cart_id integer,
    order_id integer,
    first_name character varying(191) NOT NULL,
    last_name character varying(191) NOT NULL,
    gender character varying(191),
    company_name character varying(191),
    address character varying(191) NOT NULL,
    city character varying(191) NOT NULL,
    state character varying(191),
    country character varying(191),
    postcode character varying(191),
    email character varying(191),
    phone character varying(191),
    vat_id character varying(191),
    default_address smallint NOT NULL,
    use_for_shipping smallint NOT NULL,
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.admins (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    email character varying(191) NOT NULL,
    password character varying(191),
    api_token character varying(80),
    status smallint NOT NULL,
    role_id integer NOT NULL,
    image character varying(191),
    remember_token character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.admin_password_resets (
    email character varying(191) NOT NULL,
    token character varying(191) NOT NULL,
    created_at timestamp without time zone
);
CREATE TABLE bagisto.attributes (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    admin_name character varying(191) NOT NULL,
    type character varying(191) NOT NULL,
    swatch_type character varying(191),
    validation character varying(191),
    regex character varying(191),
    position integer,
    is_required smallint NOT NULL,
    is_unique smallint NOT NULL,
    is_filterable smallint NOT NULL,
    is_comparable smallint NOT NULL,
    is_configurable smallint NOT NULL,
    is_user_defined smallint NOT NULL,
    is_visible_on_front smallint NOT NULL,
    value_per_locale smallint NOT NULL,
    value_per_channel smallint NOT NULL,
    default_value integer,
    enable_wysiwyg smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.attribute_families (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    status smallint NOT NULL,
    is_user_defined smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.attribute_groups (
    id integer NOT NULL,
    code character varying(191),
    attribute_family_id integer NOT NULL,
    name character varying(191) NOT NULL,
    "column" integer NOT NULL,
    position integer NOT NULL,
    is_user_defined smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.attribute_group_mappings (
    attribute_id integer NOT NULL,
    attribute_group_id integer NOT NULL,
    position integer,
    PRIMARY KEY (attribute_id, attribute_group_id)
);
CREATE TABLE bagisto.attribute_options (
    id integer NOT NULL,
    attribute_id integer NOT NULL,
    admin_name character varying(191),
    sort_order integer,
    swatch_value character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.attribute_option_translations (
    id integer NOT NULL,
    attribute_option_id integer NOT NULL,
    locale character varying(191) NOT NULL,
    label text,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.attribute_translations (
    id integer NOT NULL,
    attribute_id integer NOT NULL,
    locale character varying(191) NOT NULL,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.bookings (
    id bigint NOT NULL,
    product_id integer,
    order_item_id integer,
    order_id integer,
    qty integer,
    "from" integer,
    "to" integer,
    booking_product_event_ticket_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.booking_products (
    id integer NOT NULL,
    product_id integer NOT NULL,
    type character varying(255) NOT NULL,
    qty integer,
    location character varying(255),
    show_location smallint NOT NULL,
    available_every_week smallint,
    available_from timestamp without time zone,
    available_to timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.booking_product_appointment_slots (
    id bigint NOT NULL,
    booking_product_id integer NOT NULL,
    duration integer,
    break_time integer,
    same_slot_all_days smallint,
    slots json,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.booking_product_default_slots (
    id bigint NOT NULL,
    booking_product_id integer NOT NULL,
    booking_type character varying(255) NOT NULL,
    duration integer,
    break_time integer,
    slots json,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.booking_product_event_tickets (
    id bigint NOT NULL,
    booking_product_id integer NOT NULL,
    price numeric(12,4),
    qty integer,
    special_price numeric(12,4),
    special_price_from timestamp without time zone,
    special_price_to timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.booking_product_event_ticket_translations (
    id bigint NOT NULL,
    booking_product_event_ticket_id bigint NOT NULL,
    locale character varying(255) NOT NULL,
    name text,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.booking_product_rental_slots (
    id bigint NOT NULL,
    booking_product_id integer NOT NULL,
    renting_type character varying(255) NOT NULL,
    daily_price numeric(12,4),
    hourly_price numeric(12,4),
    same_slot_all_days smallint,
    slots json,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.booking_product_table_slots (
    id bigint NOT NULL,
    booking_product_id integer NOT NULL,
    price_type character varying(255) NOT NULL,
    guest_limit integer NOT NULL,
    duration integer NOT NULL,
    break_time integer NOT NULL,
    prevent_scheduling_before integer NOT NULL,
    same_slot_all_days smallint,
    slots json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart (
    id integer NOT NULL,
    customer_email character varying(191),
    customer_first_name character varying(191),
    customer_last_name character varying(191),
    shipping_method character varying(191),
    coupon_code character varying(191),
    is_gift smallint NOT NULL,
    items_count integer,
    items_qty numeric(12,4),
    exchange_rate numeric(12,4),
    global_currency_code character varying(191),
    base_currency_code character varying(191),
    channel_currency_code character varying(191),
    cart_currency_code character varying(191),
    grand_total numeric(12,4),
    base_grand_total numeric(12,4),
    sub_total numeric(12,4),
    base_sub_total numeric(12,4),
    tax_total numeric(12,4),
    base_tax_total numeric(12,4),
    discount_amount numeric(12,4),
    base_discount_amount numeric(12,4),
    shipping_amount numeric(12,4) NOT NULL,
    base_shipping_amount numeric(12,4) NOT NULL,
    shipping_amount_incl_tax numeric(12,4) NOT NULL,
    base_shipping_amount_incl_tax numeric(12,4) NOT NULL,
    sub_total_incl_tax numeric(12,4) NOT NULL,
    base_sub_total_incl_tax numeric(12,4) NOT NULL,
    checkout_method character varying(191),
    is_guest smallint,
    is_active smallint,
    applied_cart_rule_ids character varying(191),
    customer_id integer,
    channel_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_items (
    id integer NOT NULL,
    quantity integer NOT NULL,
    sku character varying(191),
    type character varying(191),
    name character varying(191),
    coupon_code character varying(191),
    weight numeric(12,4) NOT NULL,
    total_weight numeric(12,4) NOT NULL,
    base_total_weight numeric(12,4) NOT NULL,
    price numeric(12,4) NOT NULL,
    base_price numeric(12,4) NOT NULL,
    custom_price numeric(12,4),
    total numeric(12,4) NOT NULL,
    base_total numeric(12,4) NOT NULL,
    tax_percent numeric(12,4),
    tax_amount numeric(12,4),
    base_tax_amount numeric(12,4),
    discount_percent numeric(12,4) NOT NULL,
    discount_amount numeric(12,4) NOT NULL,
    base_discount_amount numeric(12,4) NOT NULL,
    price_incl_tax numeric(12,4) NOT NULL,
    base_price_incl_tax numeric(12,4) NOT NULL,
    total_incl_tax numeric(12,4) NOT NULL,
    base_total_incl_tax numeric(12,4) NOT NULL,
    applied_tax_rate character varying(191),
    parent_id integer,
    product_id integer NOT NULL,
    cart_id integer NOT NULL,
    tax_category_id integer,
    applied_cart_rule_ids character varying(191),
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_item_inventories (
    id integer NOT NULL,
    qty integer NOT NULL,
    inventory_source_id integer,
    cart_item_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_payment (
    id integer NOT NULL,
    method character varying(191) NOT NULL,
    method_title character varying(191),
    cart_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_rules (
    id integer NOT NULL,
    name character varying(191),
    description character varying(191),
    starts_from timestamp without time zone,
    ends_till timestamp without time zone,
    status smallint NOT NULL,
    coupon_type integer NOT NULL,
    use_auto_generation smallint NOT NULL,
    usage_per_customer integer NOT NULL,
    uses_per_coupon integer NOT NULL,
    times_used integer NOT NULL,
    condition_type smallint NOT NULL,
    conditions json,
    end_other_rules smallint NOT NULL,
    uses_attribute_conditions smallint NOT NULL,
    action_type character varying(191),
    discount_amount numeric(12,4) NOT NULL,
    discount_quantity integer NOT NULL,
    discount_step character varying(191) NOT NULL,
    apply_to_shipping smallint NOT NULL,
    free_shipping smallint NOT NULL,
    sort_order integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_rule_channels (
    cart_rule_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (cart_rule_id, channel_id)
);
CREATE TABLE bagisto.cart_rule_coupons (
    id integer NOT NULL,
    code character varying(191),
    usage_limit integer NOT NULL,
    usage_per_customer integer NOT NULL,
    times_used integer NOT NULL,
    type integer NOT NULL,
    is_primary smallint NOT NULL,
    expired_at date,
    cart_rule_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_rule_coupon_usage (
    id integer NOT NULL,
    times_used integer NOT NULL,
    cart_rule_coupon_id integer NOT NULL,
    customer_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_rule_customers (
    id integer NOT NULL,
    times_used bigint NOT NULL,
    customer_id integer NOT NULL,
    cart_rule_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_rule_customer_groups (
    cart_rule_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    PRIMARY KEY (cart_rule_id, customer_group_id)
);
CREATE TABLE bagisto.cart_rule_translations (
    id integer NOT NULL,
    locale character varying(191) NOT NULL,
    label text,
    cart_rule_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cart_shipping_rates (
    id integer NOT NULL,
    carrier character varying(191) NOT NULL,
    carrier_title character varying(191) NOT NULL,
    method character varying(191) NOT NULL,
    method_title character varying(191) NOT NULL,
    method_description character varying(191),
    price double precision,
    base_price double precision,
    discount_amount numeric(12,4) NOT NULL,
    base_discount_amount numeric(12,4) NOT NULL,
    tax_percent numeric(12,4) NOT NULL,
    tax_amount numeric(12,4) NOT NULL,
    base_tax_amount numeric(12,4) NOT NULL,
    price_incl_tax numeric(12,4) NOT NULL,
    base_price_incl_tax numeric(12,4) NOT NULL,
    applied_tax_rate character varying(191),
    is_calculate_tax smallint NOT NULL,
    cart_address_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    cart_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.catalog_rules (
    id integer NOT NULL,
    name character varying(191),
    description character varying(191),
    starts_from date,
    ends_till date,
    status smallint NOT NULL,
    condition_type smallint NOT NULL,
    conditions json,
    end_other_rules smallint NOT NULL,
    action_type character varying(191),
    discount_amount numeric(12,4) NOT NULL,
    sort_order integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.catalog_rule_channels (
    catalog_rule_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (catalog_rule_id, channel_id)
);
CREATE TABLE bagisto.catalog_rule_customer_groups (
    catalog_rule_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    PRIMARY KEY (catalog_rule_id, customer_group_id)
);
CREATE TABLE bagisto.catalog_rule_products (
    id integer NOT NULL,
    starts_from timestamp without time zone,
    ends_till timestamp without time zone,
    end_other_rules smallint NOT NULL,
    action_type character varying(191),
    discount_amount numeric(12,4) NOT NULL,
    sort_order integer NOT NULL,
    product_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    catalog_rule_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.catalog_rule_product_prices (
    id integer NOT NULL,
    price numeric(12,4) NOT NULL,
    rule_date date NOT NULL,
    starts_from timestamp without time zone,
    ends_till timestamp without time zone,
    product_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    catalog_rule_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.categories (
    id integer NOT NULL,
    position integer NOT NULL,
    logo_path text,
    status smallint NOT NULL,
    display_mode character varying(191),
    _lft integer NOT NULL,
    _rgt integer NOT NULL,
    parent_id integer,
    additional json,
    banner_path text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.category_filterable_attributes (
    category_id integer NOT NULL,
    attribute_id integer NOT NULL
);
CREATE TABLE bagisto.category_translations (
    id integer NOT NULL,
    category_id integer NOT NULL,
    name text NOT NULL,
    slug character varying(191) NOT NULL,
    url_path character varying(2048) NOT NULL,
    description text,
    meta_title text,
    meta_description text,
    meta_keywords text,
    locale_id integer,
    locale character varying(191) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.channels (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    timezone character varying(191),
    theme character varying(191),
    hostname character varying(191),
    logo character varying(191),
    favicon character varying(191),
    home_seo json,
    is_maintenance_on smallint NOT NULL,
    allowed_ips text,
    root_category_id integer,
    default_locale_id integer NOT NULL,
    base_currency_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.channel_currencies (
    channel_id integer NOT NULL,
    currency_id integer NOT NULL,
    PRIMARY KEY (channel_id, currency_id)
);
CREATE TABLE bagisto.channel_inventory_sources (
    channel_id integer NOT NULL,
    inventory_source_id integer NOT NULL
);
CREATE TABLE bagisto.channel_locales (
    channel_id integer NOT NULL,
    locale_id integer NOT NULL,
    PRIMARY KEY (channel_id, locale_id)
);
CREATE TABLE bagisto.channel_translations (
    id bigint NOT NULL,
    channel_id integer NOT NULL,
    locale character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    description text,
    maintenance_mode_text text,
    home_seo json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cms_pages (
    id integer NOT NULL,
    layout character varying(191),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.cms_page_channels (
    cms_page_id integer NOT NULL,
    channel_id integer NOT NULL
);
CREATE TABLE bagisto.cms_page_translations (
    id integer NOT NULL,
    page_title character varying(191) NOT NULL,
    url_key character varying(191) NOT NULL,
    html_content text,
    meta_title text,
    meta_description text,
    meta_keywords text,
    locale character varying(191) NOT NULL,
    cms_page_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.compare_items (
    id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.core_config (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    value text NOT NULL,
    channel_code character varying(191),
    locale_code character varying(191),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.countries (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.country_states (
    id integer NOT NULL,
    country_id integer,
    country_code character varying(191),
    code character varying(191),
    default_name character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.country_state_translations (
    id integer NOT NULL,
    country_state_id integer NOT NULL,
    locale character varying(191) NOT NULL,
    default_name text,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.country_translations (
    id integer NOT NULL,
    country_id integer NOT NULL,
    locale character varying(191) NOT NULL,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.currencies (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    symbol character varying(191),
    decimal integer NOT NULL,
    group_separator character varying(191) NOT NULL,
    decimal_separator character varying(191) NOT NULL,
    currency_position character varying(191),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.currency_exchange_rates (
    id integer NOT NULL,
    rate numeric(24,12) NOT NULL,
    target_currency integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.customers (
    id integer NOT NULL,
    first_name character varying(191) NOT NULL,
    last_name character varying(191) NOT NULL,
    gender character varying(50),
    date_of_birth date,
    email character varying(191),
    phone character varying(191),
    image character varying(191),
    status smallint NOT NULL,
    password character varying(191),
    api_token character varying(80),
    customer_group_id integer,
    channel_id integer,
    subscribed_to_news_letter smallint NOT NULL,
    is_verified smallint NOT NULL,
    is_suspended smallint NOT NULL,
    token character varying(191),
    remember_token character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.customer_groups (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    is_user_defined smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.customer_notes (
    id bigint NOT NULL,
    customer_id integer,
    note text NOT NULL,
    customer_notified smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.customer_password_resets (
    email character varying(191) NOT NULL,
    token character varying(191) NOT NULL,
    created_at timestamp without time zone
);
CREATE TABLE bagisto.customer_social_accounts (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    provider_name character varying(191),
    provider_id character varying(191),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.datagrid_saved_filters (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    name character varying(191) NOT NULL,
    src character varying(191) NOT NULL,
    applied json NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.downloadable_link_purchased (
    id integer NOT NULL,
    product_name character varying(191),
    name character varying(191),
    url character varying(191),
    file character varying(191),
    file_name character varying(191),
    type character varying(191) NOT NULL,
    download_bought integer NOT NULL,
    download_used integer NOT NULL,
    status character varying(191),
    customer_id integer NOT NULL,
    order_id integer NOT NULL,
    order_item_id integer NOT NULL,
    download_canceled integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.failed_jobs (
    id bigint NOT NULL,
    uuid character varying(191) NOT NULL,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.gdpr_data_request (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    email character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    message character varying(500) NOT NULL,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.imports (
    id integer NOT NULL,
    state character varying(191) NOT NULL,
    process_in_queue smallint NOT NULL,
    type character varying(191) NOT NULL,
    action character varying(191) NOT NULL,
    validation_strategy character varying(191) NOT NULL,
    allowed_errors integer NOT NULL,
    processed_rows_count integer NOT NULL,
    invalid_rows_count integer NOT NULL,
    errors_count integer NOT NULL,
    errors json,
    field_separator character varying(191) NOT NULL,
    file_path character varying(191) NOT NULL,
    images_directory_path character varying(191),
    error_file_path character varying(191),
    summary json,
    started_at timestamp without time zone,
    completed_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.import_batches (
    id integer NOT NULL,
    state character varying(191) NOT NULL,
    data json NOT NULL,
    summary json,
    import_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.inventory_sources (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    description text,
    contact_name character varying(191) NOT NULL,
    contact_email character varying(191) NOT NULL,
    contact_number character varying(191) NOT NULL,
    contact_fax character varying(191),
    country character varying(191) NOT NULL,
    state character varying(191) NOT NULL,
    city character varying(191) NOT NULL,
    street character varying(191) NOT NULL,
    postcode character varying(191) NOT NULL,
    priority integer NOT NULL,
    latitude numeric(10,5),
    longitude numeric(10,5),
    status smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.invoices (
    id integer NOT NULL,
    increment_id character varying(191),
    state character varying(191),
    email_sent smallint NOT NULL,
    total_qty integer,
    base_currency_code character varying(191),
    channel_currency_code character varying(191),
    order_currency_code character varying(191),
    sub_total numeric(12,4),
    base_sub_total numeric(12,4),
    grand_total numeric(12,4),
    base_grand_total numeric(12,4),
    shipping_amount numeric(12,4),
    base_shipping_amount numeric(12,4),
    tax_amount numeric(12,4),
    base_tax_amount numeric(12,4),
    discount_amount numeric(12,4),
    base_discount_amount numeric(12,4),
    shipping_tax_amount numeric(12,4) NOT NULL,
    base_shipping_tax_amount numeric(12,4) NOT NULL,
    sub_total_incl_tax numeric(12,4) NOT NULL,
    base_sub_total_incl_tax numeric(12,4) NOT NULL,
    shipping_amount_incl_tax numeric(12,4) NOT NULL,
    base_shipping_amount_incl_tax numeric(12,4) NOT NULL,
    order_id integer,
    transaction_id character varying(191),
    reminders integer NOT NULL,
    next_reminder_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.invoice_items (
    id integer NOT NULL,
    parent_id integer,
    name character varying(191),
    description character varying(191),
    sku character varying(191),
    qty integer,
    price numeric(12,4) NOT NULL,
    base_price numeric(12,4) NOT NULL,
    total numeric(12,4) NOT NULL,
    base_total numeric(12,4) NOT NULL,
    tax_amount numeric(12,4),
    base_tax_amount numeric(12,4),
    discount_percent numeric(12,4),
    discount_amount numeric(12,4),
    base_discount_amount numeric(12,4),
    price_incl_tax numeric(12,4) NOT NULL,
    base_price_incl_tax numeric(12,4) NOT NULL,
    total_incl_tax numeric(12,4) NOT NULL,
    base_total_incl_tax numeric(12,4) NOT NULL,
    product_id integer,
    product_type character varying(191),
    order_item_id integer,
    invoice_id integer,
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.jobs (
    id bigint NOT NULL,
    queue character varying(191) NOT NULL,
    payload text NOT NULL,
    attempts smallint NOT NULL,
    reserved_at integer,
    available_at integer NOT NULL,
    created_at integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.job_batches (
    id character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    total_jobs integer NOT NULL,
    pending_jobs integer NOT NULL,
    failed_jobs integer NOT NULL,
    failed_job_ids text NOT NULL,
    options text,
    cancelled_at integer,
    created_at integer NOT NULL,
    finished_at integer,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.locales (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    direction text NOT NULL,
    logo_path character varying(191),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.marketing_campaigns (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    subject character varying(191) NOT NULL,
    status smallint NOT NULL,
    type character varying(191) NOT NULL,
    mail_to character varying(191) NOT NULL,
    spooling character varying(191),
    channel_id integer,
    customer_group_id integer,
    marketing_template_id integer,
    marketing_event_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.marketing_events (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    description text,
    date date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.marketing_templates (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    status character varying(191) NOT NULL,
    content text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.migrations (
    id integer NOT NULL,
    migration character varying(191) NOT NULL,
    batch integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.notifications (
    id integer NOT NULL,
    type character varying(191) NOT NULL,
    read smallint NOT NULL,
    order_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.orders (
    id integer NOT NULL,
    increment_id character varying(191) NOT NULL,
    status character varying(191),
    channel_name character varying(191),
    is_guest smallint,
    customer_email character varying(191),
    customer_first_name character varying(191),
    customer_last_name character varying(191),
    shipping_method character varying(191),
    shipping_title character varying(191),
    shipping_description character varying(191),
    coupon_code character varying(191),
    is_gift smallint NOT NULL,
    total_item_count integer,
    total_qty_ordered integer,
    base_currency_code character varying(191),
    channel_currency_code character varying(191),
    order_currency_code character varying(191),
    grand_total numeric(12,4),
    base_grand_total numeric(12,4),
    grand_total_invoiced numeric(12,4),
    base_grand_total_invoiced numeric(12,4),
    grand_total_refunded numeric(12,4),
    base_grand_total_refunded numeric(12,4),
    sub_total numeric(12,4),
    base_sub_total numeric(12,4),
    sub_total_invoiced numeric(12,4),
    base_sub_total_invoiced numeric(12,4),
    sub_total_refunded numeric(12,4),
    base_sub_total_refunded numeric(12,4),
    discount_percent numeric(12,4),
    discount_amount numeric(12,4),
    base_discount_amount numeric(12,4),
    discount_invoiced numeric(12,4),
    base_discount_invoiced numeric(12,4),
    discount_refunded numeric(12,4),
    base_discount_refunded numeric(12,4),
    tax_amount numeric(12,4),
    base_tax_amount numeric(12,4),
    tax_amount_invoiced numeric(12,4),
    base_tax_amount_invoiced numeric(12,4),
    tax_amount_refunded numeric(12,4),
    base_tax_amount_refunded numeric(12,4),
    shipping_amount numeric(12,4),
    base_shipping_amount numeric(12,4),
    shipping_invoiced numeric(12,4),
    base_shipping_invoiced numeric(12,4),
    shipping_refunded numeric(12,4),
    base_shipping_refunded numeric(12,4),
    shipping_discount_amount numeric(12,4),
    base_shipping_discount_amount numeric(12,4),
    shipping_tax_amount numeric(12,4) NOT NULL,
    base_shipping_tax_amount numeric(12,4) NOT NULL,
    shipping_tax_refunded numeric(12,4) NOT NULL,
    base_shipping_tax_refunded numeric(12,4) NOT NULL,
    sub_total_incl_tax numeric(12,4) NOT NULL,
    base_sub_total_incl_tax numeric(12,4) NOT NULL,
    shipping_amount_incl_tax numeric(12,4) NOT NULL,
    base_shipping_amount_incl_tax numeric(12,4) NOT NULL,
    customer_id integer,
    customer_type character varying(191),
    channel_id integer,
    channel_type character varying(191),
    cart_id integer,
    applied_cart_rule_ids character varying(191),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.order_comments (
    id integer NOT NULL,
    order_id integer,
    comment text NOT NULL,
    customer_notified smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.order_items (
    id integer NOT NULL,
    sku character varying(191),
    type character varying(191),
    name character varying(191),
    coupon_code character varying(191),
    weight numeric(12,4),
    total_weight numeric(12,4),
    qty_ordered integer,
    qty_shipped integer,
    qty_invoiced integer,
    qty_canceled integer,
    qty_refunded integer,
    price numeric(12,4) NOT NULL,
    base_price numeric(12,4) NOT NULL,
    total numeric(12,4) NOT NULL,
    base_total numeric(12,4) NOT NULL,
    total_invoiced numeric(12,4) NOT NULL,
    base_total_invoiced numeric(12,4) NOT NULL,
    amount_refunded numeric(12,4) NOT NULL,
    base_amount_refunded numeric(12,4) NOT NULL,
    discount_percent numeric(12,4),
    discount_amount numeric(12,4),
    base_discount_amount numeric(12,4),
    discount_invoiced numeric(12,4),
    base_discount_invoiced numeric(12,4),
    discount_refunded numeric(12,4),
    base_discount_refunded numeric(12,4),
    tax_percent numeric(12,4),
    tax_amount numeric(12,4),
    base_tax_amount numeric(12,4),
    tax_amount_invoiced numeric(12,4),
    base_tax_amount_invoiced numeric(12,4),
    tax_amount_refunded numeric(12,4),
    base_tax_amount_refunded numeric(12,4),
    price_incl_tax numeric(12,4) NOT NULL,
    base_price_incl_tax numeric(12,4) NOT NULL,
    total_incl_tax numeric(12,4) NOT NULL,
    base_total_incl_tax numeric(12,4) NOT NULL,
    product_id integer,
    product_type character varying(191),
    order_id integer,
    tax_category_id integer,
    parent_id integer,
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.order_payment (
    id integer NOT NULL,
    order_id integer,
    method character varying(191) NOT NULL,
    method_title character varying(191),
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.order_transactions (
    id integer NOT NULL,
    transaction_id character varying(191) NOT NULL,
    status character varying(191),
    type character varying(191),
    amount numeric(12,4),
    payment_method character varying(191),
    data json,
    invoice_id integer NOT NULL,
    order_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.password_resets (
    email character varying(191) NOT NULL,
    token character varying(191) NOT NULL,
    created_at timestamp without time zone
);
CREATE TABLE bagisto.personal_access_tokens (
    id bigint NOT NULL,
    tokenable_type character varying(191) NOT NULL,
    tokenable_id bigint NOT NULL,
    name character varying(191) NOT NULL,
    token character varying(64) NOT NULL,
    abilities text,
    last_used_at timestamp without time zone,
    expires_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.products (
    id integer NOT NULL,
    sku character varying(191) NOT NULL,
    type character varying(191) NOT NULL,
    parent_id integer,
    attribute_family_id integer,
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_attribute_values (
    id integer NOT NULL,
    locale character varying(191),
    channel character varying(191),
    text_value text,
    boolean_value smallint,
    integer_value integer,
    float_value numeric(12,4),
    datetime_value timestamp without time zone,
    date_value date,
    json_value json,
    product_id integer NOT NULL,
    attribute_id integer NOT NULL,
    unique_id character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_bundle_options (
    id integer NOT NULL,
    product_id integer NOT NULL,
    type character varying(191) NOT NULL,
    is_required smallint NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_bundle_option_products (
    id integer NOT NULL,
    product_id integer NOT NULL,
    product_bundle_option_id integer NOT NULL,
    qty integer NOT NULL,
    is_user_defined smallint NOT NULL,
    is_default smallint NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_bundle_option_translations (
    id integer NOT NULL,
    locale character varying(191) NOT NULL,
    label character varying(191),
    product_bundle_option_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_categories (
    product_id integer NOT NULL,
    category_id integer NOT NULL
);
CREATE TABLE bagisto.product_channels (
    product_id integer NOT NULL,
    channel_id integer NOT NULL
);
CREATE TABLE bagisto.product_cross_sells (
    parent_id integer NOT NULL,
    child_id integer NOT NULL
);
CREATE TABLE bagisto.product_customer_group_prices (
    id bigint NOT NULL,
    qty integer NOT NULL,
    value_type character varying(191) NOT NULL,
    value numeric(12,4) NOT NULL,
    product_id integer NOT NULL,
    customer_group_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    unique_id character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_customizable_options (
    id integer NOT NULL,
    product_id integer NOT NULL,
    type character varying(255) NOT NULL,
    is_required smallint NOT NULL,
    max_characters text,
    supported_file_extensions text,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_customizable_option_prices (
    id integer NOT NULL,
    label text,
    price numeric(12,4) NOT NULL,
    product_customizable_option_id integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_customizable_option_translations (
    id integer NOT NULL,
    locale character varying(255) NOT NULL,
    label text,
    product_customizable_option_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_downloadable_links (
    id integer NOT NULL,
    product_id integer NOT NULL,
    url character varying(191),
    file character varying(191),
    file_name character varying(191),
    type character varying(191) NOT NULL,
    price numeric(12,4) NOT NULL,
    sample_url character varying(191),
    sample_file character varying(191),
    sample_file_name character varying(191),
    sample_type character varying(191),
    downloads integer NOT NULL,
    sort_order integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_downloadable_link_translations (
    id integer NOT NULL,
    product_downloadable_link_id integer NOT NULL,
    locale character varying(191) NOT NULL,
    title text,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_downloadable_samples (
    id integer NOT NULL,
    product_id integer NOT NULL,
    url character varying(191),
    file character varying(191),
    file_name character varying(191),
    type character varying(191) NOT NULL,
    sort_order integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_downloadable_sample_translations (
    id integer NOT NULL,
    product_downloadable_sample_id integer NOT NULL,
    locale character varying(191) NOT NULL,
    title text,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_flat (
    id integer NOT NULL,
    sku character varying(191) NOT NULL,
    type character varying(191),
    product_number character varying(191),
    name character varying(191),
    short_description text,
    description text,
    url_key character varying(191),
    new smallint,
    featured smallint,
    status smallint,
    meta_title text,
    meta_keywords text,
    meta_description text,
    price numeric(12,4),
    special_price numeric(12,4),
    special_price_from date,
    special_price_to date,
    weight numeric(12,4),
    created_at timestamp without time zone,
    locale character varying(191),
    channel character varying(191),
    attribute_family_id integer,
    product_id integer NOT NULL,
    updated_at timestamp without time zone,
    parent_id integer,
    visible_individually smallint,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_grouped_products (
    id integer NOT NULL,
    product_id integer NOT NULL,
    associated_product_id integer NOT NULL,
    qty integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_images (
    id integer NOT NULL,
    type character varying(191),
    path character varying(191) NOT NULL,
    product_id integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_inventories (
    id integer NOT NULL,
    qty integer NOT NULL,
    product_id integer NOT NULL,
    vendor_id integer NOT NULL,
    inventory_source_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_inventory_indices (
    id integer NOT NULL,
    qty integer NOT NULL,
    product_id integer NOT NULL,
    channel_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_ordered_inventories (
    id integer NOT NULL,
    qty integer NOT NULL,
    product_id integer NOT NULL,
    channel_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_price_indices (
    id integer NOT NULL,
    product_id integer NOT NULL,
    customer_group_id integer,
    channel_id integer NOT NULL,
    min_price numeric(12,4) NOT NULL,
    regular_min_price numeric(12,4) NOT NULL,
    max_price numeric(12,4) NOT NULL,
    regular_max_price numeric(12,4) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_relations (
    parent_id integer NOT NULL,
    child_id integer NOT NULL
);
CREATE TABLE bagisto.product_reviews (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    title character varying(191) NOT NULL,
    rating integer NOT NULL,
    comment text,
    status character varying(191) NOT NULL,
    product_id integer NOT NULL,
    customer_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_review_attachments (
    id integer NOT NULL,
    review_id integer NOT NULL,
    type character varying(191),
    mime_type character varying(191),
    path character varying(191) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.product_super_attributes (
    product_id integer NOT NULL,
    attribute_id integer NOT NULL
);
CREATE TABLE bagisto.product_up_sells (
    parent_id integer NOT NULL,
    child_id integer NOT NULL
);
CREATE TABLE bagisto.product_videos (
    id integer NOT NULL,
    product_id integer NOT NULL,
    type character varying(191),
    path character varying(191) NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.refunds (
    id integer NOT NULL,
    increment_id character varying(191),
    state character varying(191),
    email_sent smallint NOT NULL,
    total_qty integer,
    base_currency_code character varying(191),
    channel_currency_code character varying(191),
    order_currency_code character varying(191),
    adjustment_refund numeric(12,4),
    base_adjustment_refund numeric(12,4),
    adjustment_fee numeric(12,4),
    base_adjustment_fee numeric(12,4),
    sub_total numeric(12,4),
    base_sub_total numeric(12,4),
    grand_total numeric(12,4),
    base_grand_total numeric(12,4),
    shipping_amount numeric(12,4),
    base_shipping_amount numeric(12,4),
    tax_amount numeric(12,4),
    base_tax_amount numeric(12,4),
    discount_percent numeric(12,4),
    discount_amount numeric(12,4),
    base_discount_amount numeric(12,4),
    shipping_tax_amount numeric(12,4) NOT NULL,
    base_shipping_tax_amount numeric(12,4) NOT NULL,
    sub_total_incl_tax numeric(12,4) NOT NULL,
    base_sub_total_incl_tax numeric(12,4) NOT NULL,
    shipping_amount_incl_tax numeric(12,4) NOT NULL,
    base_shipping_amount_incl_tax numeric(12,4) NOT NULL,
    order_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.refund_items (
    id integer NOT NULL,
    parent_id integer,
    name character varying(191),
    description character varying(191),
    sku character varying(191),
    qty integer,
    price numeric(12,4) NOT NULL,
    base_price numeric(12,4) NOT NULL,
    total numeric(12,4) NOT NULL,
    base_total numeric(12,4) NOT NULL,
    tax_amount numeric(12,4),
    base_tax_amount numeric(12,4),
    discount_percent numeric(12,4),
    discount_amount numeric(12,4),
    base_discount_amount numeric(12,4),
    price_incl_tax numeric(12,4) NOT NULL,
    base_price_incl_tax numeric(12,4) NOT NULL,
    total_incl_tax numeric(12,4) NOT NULL,
    base_total_incl_tax numeric(12,4) NOT NULL,
    product_id integer,
    product_type character varying(191),
    order_item_id integer,
    refund_id integer,
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.roles (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    description character varying(191),
    permission_type character varying(191) NOT NULL,
    permissions json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.search_synonyms (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    terms text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.search_terms (
    id integer NOT NULL,
    term character varying(191) NOT NULL,
    results integer NOT NULL,
    uses integer NOT NULL,
    redirect_url character varying(191),
    display_in_suggested_terms smallint NOT NULL,
    locale character varying(191) NOT NULL,
    channel_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.shipments (
    id integer NOT NULL,
    status character varying(191),
    total_qty integer,
    total_weight numeric(12,4),
    carrier_code character varying(191),
    carrier_title character varying(191),
    track_number text,
    email_sent smallint NOT NULL,
    customer_id integer,
    customer_type character varying(191),
    order_id integer NOT NULL,
    order_address_id integer,
    inventory_source_id integer,
    inventory_source_name character varying(191),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.shipment_items (
    id integer NOT NULL,
    name character varying(191),
    description character varying(191),
    sku character varying(191),
    qty integer,
    weight numeric(12,4),
    price numeric(12,4),
    base_price numeric(12,4),
    total numeric(12,4),
    base_total numeric(12,4),
    price_incl_tax numeric(12,4) NOT NULL,
    base_price_incl_tax numeric(12,4) NOT NULL,
    product_id integer,
    product_type character varying(191),
    order_item_id integer,
    shipment_id integer NOT NULL,
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.sitemaps (
    id integer NOT NULL,
    file_name character varying(191) NOT NULL,
    path character varying(191) NOT NULL,
    additional json,
    generated_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.subscribers_list (
    id integer NOT NULL,
    email character varying(191) NOT NULL,
    is_subscribed smallint NOT NULL,
    token character varying(191),
    customer_id integer,
    channel_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.tax_categories (
    id integer NOT NULL,
    code character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    description text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.tax_categories_tax_rates (
    id integer NOT NULL,
    tax_category_id integer NOT NULL,
    tax_rate_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.tax_rates (
    id integer NOT NULL,
    identifier character varying(191) NOT NULL,
    is_zip smallint NOT NULL,
    zip_code character varying(191),
    zip_from character varying(191),
    zip_to character varying(191),
    state character varying(191) NOT NULL,
    country character varying(191) NOT NULL,
    tax_rate numeric(12,4) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.theme_customizations (
    id integer NOT NULL,
    theme_code character varying(191),
    type character varying(191) NOT NULL,
    name character varying(191) NOT NULL,
    sort_order integer NOT NULL,
    status smallint NOT NULL,
    channel_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.theme_customization_translations (
    id integer NOT NULL,
    theme_customization_id integer NOT NULL,
    locale character varying(191) NOT NULL,
    options json NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.url_rewrites (
    id integer NOT NULL,
    entity_type character varying(191) NOT NULL,
    request_path character varying(191) NOT NULL,
    target_path character varying(191) NOT NULL,
    redirect_type character varying(191),
    locale character varying(191) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.users (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    email character varying(191) NOT NULL,
    password character varying(191) NOT NULL,
    remember_token character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.visits (
    id bigint NOT NULL,
    method character varying(191),
    request text,
    url text,
    referer text,
    languages text,
    useragent text,
    headers text,
    device text,
    platform text,
    browser text,
    ip character varying(45),
    visitable_type character varying(191),
    visitable_id bigint,
    visitor_type character varying(191),
    visitor_id bigint,
    channel_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.wishlist (
    id integer NOT NULL,
    channel_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    item_options json,
    moved_to_cart date,
    shared smallint,
    time_of_moving date,
    additional json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bagisto.wishlist_items (
    id integer NOT NULL,
    channel_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    additional json,
    moved_to_cart date,
    shared smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
ALTER TABLE bagisto.addresses ADD FOREIGN KEY (cart_id) REFERENCES bagisto.cart(id);
ALTER TABLE bagisto.addresses ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.addresses ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.addresses ADD FOREIGN KEY (parent_address_id) REFERENCES bagisto.addresses(id);
ALTER TABLE bagisto.attribute_groups ADD FOREIGN KEY (attribute_family_id) REFERENCES bagisto.attribute_families(id);
ALTER TABLE bagisto.attribute_group_mappings ADD FOREIGN KEY (attribute_group_id) REFERENCES bagisto.attribute_groups(id);
ALTER TABLE bagisto.attribute_group_mappings ADD FOREIGN KEY (attribute_id) REFERENCES bagisto.attributes(id);
ALTER TABLE bagisto.attribute_options ADD FOREIGN KEY (attribute_id) REFERENCES bagisto.attributes(id);
ALTER TABLE bagisto.attribute_option_translations ADD FOREIGN KEY (attribute_option_id) REFERENCES bagisto.attribute_options(id);
ALTER TABLE bagisto.attribute_translations ADD FOREIGN KEY (attribute_id) REFERENCES bagisto.attributes(id);
ALTER TABLE bagisto.bookings ADD FOREIGN KEY (booking_product_event_ticket_id) REFERENCES bagisto.booking_product_event_tickets(id);
ALTER TABLE bagisto.bookings ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.bookings ADD FOREIGN KEY (order_item_id) REFERENCES bagisto.order_items(id);
ALTER TABLE bagisto.bookings ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.booking_products ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.booking_product_appointment_slots ADD FOREIGN KEY (booking_product_id) REFERENCES bagisto.booking_products(id);
ALTER TABLE bagisto.booking_product_default_slots ADD FOREIGN KEY (booking_product_id) REFERENCES bagisto.booking_products(id);
ALTER TABLE bagisto.booking_product_event_tickets ADD FOREIGN KEY (booking_product_id) REFERENCES bagisto.booking_products(id);
ALTER TABLE bagisto.booking_product_event_ticket_translations ADD FOREIGN KEY (booking_product_event_ticket_id) REFERENCES bagisto.booking_product_event_tickets(id);
ALTER TABLE bagisto.booking_product_rental_slots ADD FOREIGN KEY (booking_product_id) REFERENCES bagisto.booking_products(id);
ALTER TABLE bagisto.booking_product_table_slots ADD FOREIGN KEY (booking_product_id) REFERENCES bagisto.booking_products(id);
ALTER TABLE bagisto.cart ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.cart ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.cart_items ADD FOREIGN KEY (cart_id) REFERENCES bagisto.cart(id);
ALTER TABLE bagisto.cart_items ADD FOREIGN KEY (parent_id) REFERENCES bagisto.cart_items(id);
ALTER TABLE bagisto.cart_items ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.cart_items ADD FOREIGN KEY (tax_category_id) REFERENCES bagisto.tax_categories(id);
ALTER TABLE bagisto.cart_payment ADD FOREIGN KEY (cart_id) REFERENCES bagisto.cart(id);
ALTER TABLE bagisto.cart_rule_channels ADD FOREIGN KEY (cart_rule_id) REFERENCES bagisto.cart_rules(id);
ALTER TABLE bagisto.cart_rule_channels ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.cart_rule_coupons ADD FOREIGN KEY (cart_rule_id) REFERENCES bagisto.cart_rules(id);
ALTER TABLE bagisto.cart_rule_coupon_usage ADD FOREIGN KEY (cart_rule_coupon_id) REFERENCES bagisto.cart_rule_coupons(id);
ALTER TABLE bagisto.cart_rule_coupon_usage ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.cart_rule_customers ADD FOREIGN KEY (cart_rule_id) REFERENCES bagisto.cart_rules(id);
ALTER TABLE bagisto.cart_rule_customers ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.cart_rule_customer_groups ADD FOREIGN KEY (cart_rule_id) REFERENCES bagisto.cart_rules(id);
ALTER TABLE bagisto.cart_rule_customer_groups ADD FOREIGN KEY (customer_group_id) REFERENCES bagisto.customer_groups(id);
ALTER TABLE bagisto.cart_rule_translations ADD FOREIGN KEY (cart_rule_id) REFERENCES bagisto.cart_rules(id);
ALTER TABLE bagisto.cart_shipping_rates ADD FOREIGN KEY (cart_id) REFERENCES bagisto.cart(id);
ALTER TABLE bagisto.catalog_rule_channels ADD FOREIGN KEY (catalog_rule_id) REFERENCES bagisto.catalog_rules(id);
ALTER TABLE bagisto.catalog_rule_channels ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.catalog_rule_customer_groups ADD FOREIGN KEY (catalog_rule_id) REFERENCES bagisto.catalog_rules(id);
ALTER TABLE bagisto.catalog_rule_customer_groups ADD FOREIGN KEY (customer_group_id) REFERENCES bagisto.customer_groups(id);
ALTER TABLE bagisto.catalog_rule_products ADD FOREIGN KEY (catalog_rule_id) REFERENCES bagisto.catalog_rules(id);
ALTER TABLE bagisto.catalog_rule_products ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.catalog_rule_products ADD FOREIGN KEY (customer_group_id) REFERENCES bagisto.customer_groups(id);
ALTER TABLE bagisto.catalog_rule_products ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.catalog_rule_product_prices ADD FOREIGN KEY (catalog_rule_id) REFERENCES bagisto.catalog_rules(id);
ALTER TABLE bagisto.catalog_rule_product_prices ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.catalog_rule_product_prices ADD FOREIGN KEY (customer_group_id) REFERENCES bagisto.customer_groups(id);
ALTER TABLE bagisto.catalog_rule_product_prices ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.category_filterable_attributes ADD FOREIGN KEY (attribute_id) REFERENCES bagisto.attributes(id);
ALTER TABLE bagisto.category_filterable_attributes ADD FOREIGN KEY (category_id) REFERENCES bagisto.categories(id);
ALTER TABLE bagisto.category_translations ADD FOREIGN KEY (category_id) REFERENCES bagisto.categories(id);
ALTER TABLE bagisto.category_translations ADD FOREIGN KEY (locale_id) REFERENCES bagisto.locales(id);
ALTER TABLE bagisto.channels ADD FOREIGN KEY (base_currency_id) REFERENCES bagisto.currencies(id);
ALTER TABLE bagisto.channels ADD FOREIGN KEY (default_locale_id) REFERENCES bagisto.locales(id);
ALTER TABLE bagisto.channels ADD FOREIGN KEY (root_category_id) REFERENCES bagisto.categories(id);
ALTER TABLE bagisto.channel_currencies ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.channel_currencies ADD FOREIGN KEY (currency_id) REFERENCES bagisto.currencies(id);
ALTER TABLE bagisto.channel_inventory_sources ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.channel_inventory_sources ADD FOREIGN KEY (inventory_source_id) REFERENCES bagisto.inventory_sources(id);
ALTER TABLE bagisto.channel_locales ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.channel_locales ADD FOREIGN KEY (locale_id) REFERENCES bagisto.locales(id);
ALTER TABLE bagisto.channel_translations ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.cms_page_channels ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.cms_page_channels ADD FOREIGN KEY (cms_page_id) REFERENCES bagisto.cms_pages(id);
ALTER TABLE bagisto.cms_page_translations ADD FOREIGN KEY (cms_page_id) REFERENCES bagisto.cms_pages(id);
ALTER TABLE bagisto.compare_items ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.compare_items ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.country_states ADD FOREIGN KEY (country_id) REFERENCES bagisto.countries(id);
ALTER TABLE bagisto.country_state_translations ADD FOREIGN KEY (country_state_id) REFERENCES bagisto.country_states(id);
ALTER TABLE bagisto.country_translations ADD FOREIGN KEY (country_id) REFERENCES bagisto.countries(id);
ALTER TABLE bagisto.currency_exchange_rates ADD FOREIGN KEY (target_currency) REFERENCES bagisto.currencies(id);
ALTER TABLE bagisto.customers ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.customers ADD FOREIGN KEY (customer_group_id) REFERENCES bagisto.customer_groups(id);
ALTER TABLE bagisto.customer_notes ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.customer_social_accounts ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.downloadable_link_purchased ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.downloadable_link_purchased ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.downloadable_link_purchased ADD FOREIGN KEY (order_item_id) REFERENCES bagisto.order_items(id);
ALTER TABLE bagisto.gdpr_data_request ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.import_batches ADD FOREIGN KEY (import_id) REFERENCES bagisto.imports(id);
ALTER TABLE bagisto.invoices ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.invoice_items ADD FOREIGN KEY (invoice_id) REFERENCES bagisto.invoices(id);
ALTER TABLE bagisto.invoice_items ADD FOREIGN KEY (parent_id) REFERENCES bagisto.invoice_items(id);
ALTER TABLE bagisto.marketing_campaigns ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.marketing_campaigns ADD FOREIGN KEY (customer_group_id) REFERENCES bagisto.customer_groups(id);
ALTER TABLE bagisto.marketing_campaigns ADD FOREIGN KEY (marketing_event_id) REFERENCES bagisto.marketing_events(id);
ALTER TABLE bagisto.marketing_campaigns ADD FOREIGN KEY (marketing_template_id) REFERENCES bagisto.marketing_templates(id);
ALTER TABLE bagisto.notifications ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.orders ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.orders ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.order_comments ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.order_items ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.order_items ADD FOREIGN KEY (parent_id) REFERENCES bagisto.order_items(id);
ALTER TABLE bagisto.order_items ADD FOREIGN KEY (tax_category_id) REFERENCES bagisto.tax_categories(id);
ALTER TABLE bagisto.order_payment ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.order_transactions ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.products ADD FOREIGN KEY (attribute_family_id) REFERENCES bagisto.attribute_families(id);
ALTER TABLE bagisto.products ADD FOREIGN KEY (parent_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_attribute_values ADD FOREIGN KEY (attribute_id) REFERENCES bagisto.attributes(id);
ALTER TABLE bagisto.product_attribute_values ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_bundle_options ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_bundle_option_products ADD FOREIGN KEY (product_bundle_option_id) REFERENCES bagisto.product_bundle_options(id);
ALTER TABLE bagisto.product_bundle_option_products ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_bundle_option_translations ADD FOREIGN KEY (product_bundle_option_id) REFERENCES bagisto.product_bundle_options(id);
ALTER TABLE bagisto.product_categories ADD FOREIGN KEY (category_id) REFERENCES bagisto.categories(id);
ALTER TABLE bagisto.product_categories ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_channels ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.product_channels ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_cross_sells ADD FOREIGN KEY (child_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_cross_sells ADD FOREIGN KEY (parent_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_customer_group_prices ADD FOREIGN KEY (customer_group_id) REFERENCES bagisto.customer_groups(id);
ALTER TABLE bagisto.product_customer_group_prices ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_customizable_options ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_customizable_option_prices ADD FOREIGN KEY (product_customizable_option_id) REFERENCES bagisto.product_customizable_options(id);
ALTER TABLE bagisto.product_customizable_option_translations ADD FOREIGN KEY (product_customizable_option_id) REFERENCES bagisto.product_customizable_options(id);
ALTER TABLE bagisto.product_downloadable_links ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_downloadable_link_translations ADD FOREIGN KEY (product_downloadable_link_id) REFERENCES bagisto.product_downloadable_links(id);
ALTER TABLE bagisto.product_downloadable_samples ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_downloadable_sample_translations ADD FOREIGN KEY (product_downloadable_sample_id) REFERENCES bagisto.product_downloadable_samples(id);
ALTER TABLE bagisto.product_flat ADD FOREIGN KEY (attribute_family_id) REFERENCES bagisto.attribute_families(id);
ALTER TABLE bagisto.product_flat ADD FOREIGN KEY (parent_id) REFERENCES bagisto.product_flat(id);
ALTER TABLE bagisto.product_flat ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_grouped_products ADD FOREIGN KEY (associated_product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_grouped_products ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_images ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_inventories ADD FOREIGN KEY (inventory_source_id) REFERENCES bagisto.inventory_sources(id);
ALTER TABLE bagisto.product_inventories ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_inventory_indices ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.product_inventory_indices ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_ordered_inventories ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.product_ordered_inventories ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_price_indices ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.product_price_indices ADD FOREIGN KEY (customer_group_id) REFERENCES bagisto.customer_groups(id);
ALTER TABLE bagisto.product_price_indices ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_relations ADD FOREIGN KEY (child_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_relations ADD FOREIGN KEY (parent_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_reviews ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_review_attachments ADD FOREIGN KEY (review_id) REFERENCES bagisto.product_reviews(id);
ALTER TABLE bagisto.product_super_attributes ADD FOREIGN KEY (attribute_id) REFERENCES bagisto.attributes(id);
ALTER TABLE bagisto.product_super_attributes ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_up_sells ADD FOREIGN KEY (child_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_up_sells ADD FOREIGN KEY (parent_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.product_videos ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.refunds ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.refund_items ADD FOREIGN KEY (order_item_id) REFERENCES bagisto.order_items(id);
ALTER TABLE bagisto.refund_items ADD FOREIGN KEY (parent_id) REFERENCES bagisto.refund_items(id);
ALTER TABLE bagisto.refund_items ADD FOREIGN KEY (refund_id) REFERENCES bagisto.refunds(id);
ALTER TABLE bagisto.search_terms ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.shipments ADD FOREIGN KEY (inventory_source_id) REFERENCES bagisto.inventory_sources(id);
ALTER TABLE bagisto.shipments ADD FOREIGN KEY (order_id) REFERENCES bagisto.orders(id);
ALTER TABLE bagisto.shipment_items ADD FOREIGN KEY (shipment_id) REFERENCES bagisto.shipments(id);
ALTER TABLE bagisto.subscribers_list ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.subscribers_list ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.tax_categories_tax_rates ADD FOREIGN KEY (tax_category_id) REFERENCES bagisto.tax_categories(id);
ALTER TABLE bagisto.tax_categories_tax_rates ADD FOREIGN KEY (tax_rate_id) REFERENCES bagisto.tax_rates(id);
ALTER TABLE bagisto.theme_customizations ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.theme_customization_translations ADD FOREIGN KEY (theme_customization_id) REFERENCES bagisto.theme_customizations(id);
ALTER TABLE bagisto.visits ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.wishlist ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.wishlist ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.wishlist ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
ALTER TABLE bagisto.wishlist_items ADD FOREIGN KEY (channel_id) REFERENCES bagisto.channels(id);
ALTER TABLE bagisto.wishlist_items ADD FOREIGN KEY (customer_id) REFERENCES bagisto.customers(id);
ALTER TABLE bagisto.wishlist_items ADD FOREIGN KEY (product_id) REFERENCES bagisto.products(id);
COMMENT ON COLUMN bagisto.addresses.customer_id IS 'null if guest checkout';
COMMENT ON COLUMN bagisto.addresses.cart_id IS 'only for cart_addresses';
COMMENT ON COLUMN bagisto.addresses.order_id IS 'only for order_addresses';
COMMENT ON COLUMN bagisto.addresses.default_address IS 'only for customer_addresses';
