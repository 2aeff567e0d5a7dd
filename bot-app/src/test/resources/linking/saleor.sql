-- Saleor 2.11 (the Django/GraphQL e-commerce platform, mid-2020: its customers and addresses, staff and apps,
-- product types, products, variants, attributes and their values, categories, collections, images, digital
-- content, translations, warehouses, stock and allocations, checkouts, orders, order lines, fulfilments, order
-- events, invoices, payments and gateway transactions, gift cards, vouchers and sales, shipping zones and methods,
-- menus, pages, wishlists, CSV exports, webhooks, plugins and site settings), as the structure-only Navicat dump of
-- a Saleor database ("Source Catalog: saleor", PostgreSQL 11, dated 27/11/2020; django_migrations goes up to
-- product 0129 and warehouse 0011) published in github.com/hungox/ecommerce-database (public-struct.sql, commit
-- 1b08bea, "feat: initial commit", 2021-09-06). Its table, primary-key and foreign-key statements were loaded by a
-- one-off script into a scratch PostgreSQL 15 (Navicat's COLLATE clauses and DEFAULT nextval(...) dropped) and
-- this file regenerated from that catalog, schema saleor (the dump's is public); the Django app prefixes kept
-- (account_, product_, order_, checkout_, warehouse_, discount_...). Left out: django_migrations, sequences,
-- defaults, the dump's 174 functions (hstore/pg_trgm extension functions), its 3 extension types, unique
-- constraints, CHECK constraints and indexes; ON DELETE actions and DEFERRABLE dropped. Primary keys on all 93
-- tables and every foreign key the dump declares. The dump has no catalog comments, so none here. Licence: the
-- copy's repository states none; Saleor is BSD-3-Clause (Mirumee Software; we use the schema's facts). See
-- README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS saleor;
CREATE TABLE saleor.account_address (
    id integer NOT NULL,
    first_name character varying(256) NOT NULL,
    last_name character varying(256) NOT NULL,
    company_name character varying(256) NOT NULL,
    street_address_1 character varying(256) NOT NULL,
    street_address_2 character varying(256) NOT NULL,
    city character varying(256) NOT NULL,
    postal_code character varying(20) NOT NULL,
    country character varying(2) NOT NULL,
    country_area character varying(128) NOT NULL,
    phone character varying(128) NOT NULL,
    city_area character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.account_customerevent (
    id integer NOT NULL,
    date timestamp(6) with time zone NOT NULL,
    type character varying(255) NOT NULL,
    parameters jsonb NOT NULL,
    order_id integer,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.account_customernote (
    id integer NOT NULL,
    date timestamp(6) with time zone NOT NULL,
    content text NOT NULL,
    is_public boolean NOT NULL,
    customer_id integer NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.account_staffnotificationrecipient (
    id integer NOT NULL,
    staff_email character varying(254),
    active boolean NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.account_user (
    id integer NOT NULL,
    is_superuser boolean NOT NULL,
    email character varying(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    password character varying(128) NOT NULL,
    date_joined timestamp(6) with time zone NOT NULL,
    last_login timestamp(6) with time zone,
    default_billing_address_id integer,
    default_shipping_address_id integer,
    note text,
    first_name character varying(256) NOT NULL,
    last_name character varying(256) NOT NULL,
    avatar character varying(100),
    private_metadata jsonb,
    metadata jsonb,
    jwt_token_key character varying(12) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.account_user_addresses (
    id integer NOT NULL,
    user_id integer NOT NULL,
    address_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.account_user_groups (
    id integer NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.account_user_user_permissions (
    id integer NOT NULL,
    user_id integer NOT NULL,
    permission_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.app_app (
    id integer NOT NULL,
    private_metadata jsonb,
    metadata jsonb,
    name character varying(60) NOT NULL,
    created timestamp(6) with time zone NOT NULL,
    is_active boolean NOT NULL,
    about_app text,
    app_url character varying(200),
    configuration_url character varying(200),
    data_privacy text,
    data_privacy_url character varying(200),
    homepage_url character varying(200),
    identifier character varying(256),
    support_url character varying(200),
    type character varying(60) NOT NULL,
    version character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE saleor.app_app_permissions (
    id integer NOT NULL,
    app_id integer NOT NULL,
    permission_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.app_appinstallation (
    id integer NOT NULL,
    status character varying(50) NOT NULL,
    message character varying(255),
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL,
    app_name character varying(60) NOT NULL,
    manifest_url character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.app_appinstallation_permissions (
    id integer NOT NULL,
    appinstallation_id integer NOT NULL,
    permission_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.app_apptoken (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    auth_token character varying(30) NOT NULL,
    app_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.auth_group_permissions (
    id integer NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.checkout_checkout (
    created timestamp(6) with time zone NOT NULL,
    last_change timestamp(6) with time zone NOT NULL,
    email character varying(254) NOT NULL,
    token uuid NOT NULL,
    quantity integer NOT NULL,
    user_id integer,
    billing_address_id integer,
    discount_amount numeric(12,3) NOT NULL,
    discount_name character varying(255),
    note text NOT NULL,
    shipping_address_id integer,
    shipping_method_id integer,
    voucher_code character varying(12),
    translated_discount_name character varying(255),
    metadata jsonb,
    private_metadata jsonb,
    currency character varying(3) NOT NULL,
    country character varying(2) NOT NULL,
    redirect_url character varying(200),
    tracking_code character varying(255),
    PRIMARY KEY (token)
);
CREATE TABLE saleor.checkout_checkout_gift_cards (
    id integer NOT NULL,
    checkout_id uuid NOT NULL,
    giftcard_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.checkout_checkoutline (
    id integer NOT NULL,
    quantity integer NOT NULL,
    checkout_id uuid NOT NULL,
    variant_id integer NOT NULL,
    data jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.csv_exportevent (
    id integer NOT NULL,
    date timestamp(6) with time zone NOT NULL,
    type character varying(255) NOT NULL,
    parameters jsonb NOT NULL,
    app_id integer,
    export_file_id integer NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.csv_exportfile (
    id integer NOT NULL,
    status character varying(50) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL,
    content_file character varying(100),
    app_id integer,
    user_id integer,
    message character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_sale (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(10) NOT NULL,
    value numeric(12,3) NOT NULL,
    end_date timestamp(6) with time zone,
    start_date timestamp(6) with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_sale_categories (
    id integer NOT NULL,
    sale_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_sale_collections (
    id integer NOT NULL,
    sale_id integer NOT NULL,
    collection_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_sale_products (
    id integer NOT NULL,
    sale_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_saletranslation (
    id integer NOT NULL,
    language_code character varying(10) NOT NULL,
    name character varying(255),
    sale_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_voucher (
    id integer NOT NULL,
    type character varying(20) NOT NULL,
    name character varying(255),
    code character varying(12) NOT NULL,
    usage_limit integer,
    used integer NOT NULL,
    start_date timestamp(6) with time zone NOT NULL,
    end_date timestamp(6) with time zone,
    discount_value_type character varying(10) NOT NULL,
    discount_value numeric(12,3) NOT NULL,
    min_spent_amount numeric(12,3),
    apply_once_per_order boolean NOT NULL,
    countries character varying(749) NOT NULL,
    min_checkout_items_quantity integer,
    apply_once_per_customer boolean NOT NULL,
    currency character varying(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_voucher_categories (
    id integer NOT NULL,
    voucher_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_voucher_collections (
    id integer NOT NULL,
    voucher_id integer NOT NULL,
    collection_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_voucher_products (
    id integer NOT NULL,
    voucher_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_vouchercustomer (
    id integer NOT NULL,
    customer_email character varying(254) NOT NULL,
    voucher_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.discount_vouchertranslation (
    id integer NOT NULL,
    language_code character varying(10) NOT NULL,
    name character varying(255),
    voucher_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.django_prices_openexchangerates_conversionrate (
    id integer NOT NULL,
    to_currency character varying(3) NOT NULL,
    rate numeric(20,12) NOT NULL,
    modified_at timestamp(6) with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.django_prices_vatlayer_ratetypes (
    id integer NOT NULL,
    types text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.django_prices_vatlayer_vat (
    id integer NOT NULL,
    country_code character varying(2) NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.django_site (
    id integer NOT NULL,
    domain character varying(100) NOT NULL,
    name character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.giftcard_giftcard (
    id integer NOT NULL,
    code character varying(16) NOT NULL,
    created timestamp(6) with time zone NOT NULL,
    start_date date NOT NULL,
    end_date date,
    last_used_on timestamp(6) with time zone,
    is_active boolean NOT NULL,
    initial_balance_amount numeric(12,3) NOT NULL,
    current_balance_amount numeric(12,3) NOT NULL,
    user_id integer,
    currency character varying(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.invoice_invoice (
    id integer NOT NULL,
    private_metadata jsonb,
    metadata jsonb,
    status character varying(50) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL,
    number character varying(255),
    created timestamp(6) with time zone,
    external_url character varying(2048),
    invoice_file character varying(100) NOT NULL,
    order_id integer,
    message character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE saleor.invoice_invoiceevent (
    id integer NOT NULL,
    date timestamp(6) with time zone NOT NULL,
    type character varying(255) NOT NULL,
    parameters jsonb NOT NULL,
    invoice_id integer,
    order_id integer,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.menu_menu (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    slug character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.menu_menuitem (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    sort_order integer,
    url character varying(256),
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    category_id integer,
    collection_id integer,
    menu_id integer NOT NULL,
    page_id integer,
    parent_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.menu_menuitemtranslation (
    id integer NOT NULL,
    language_code character varying(10) NOT NULL,
    name character varying(128) NOT NULL,
    menu_item_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.order_fulfillment (
    id integer NOT NULL,
    tracking_number character varying(255) NOT NULL,
    created timestamp(6) with time zone NOT NULL,
    order_id integer NOT NULL,
    fulfillment_order integer NOT NULL,
    status character varying(32) NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.order_fulfillmentline (
    id integer NOT NULL,
    order_line_id integer NOT NULL,
    quantity integer NOT NULL,
    fulfillment_id integer NOT NULL,
    stock_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.order_order (
    id integer NOT NULL,
    created timestamp(6) with time zone NOT NULL,
    tracking_client_id character varying(36) NOT NULL,
    user_email character varying(254) NOT NULL,
    token character varying(36) NOT NULL,
    billing_address_id integer,
    shipping_address_id integer,
    user_id integer,
    total_net_amount numeric(12,3) NOT NULL,
    discount_amount numeric(12,3) NOT NULL,
    discount_name character varying(255),
    voucher_id integer,
    language_code character varying(35) NOT NULL,
    shipping_price_gross_amount numeric(12,3) NOT NULL,
    total_gross_amount numeric(12,3) NOT NULL,
    shipping_price_net_amount numeric(12,3) NOT NULL,
    status character varying(32) NOT NULL,
    shipping_method_name character varying(255),
    shipping_method_id integer,
    display_gross_prices boolean NOT NULL,
    translated_discount_name character varying(255),
    customer_note text NOT NULL,
    weight double precision NOT NULL,
    checkout_token character varying(36) NOT NULL,
    currency character varying(3) NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.order_order_gift_cards (
    id integer NOT NULL,
    order_id integer NOT NULL,
    giftcard_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.order_orderevent (
    id integer NOT NULL,
    date timestamp(6) with time zone NOT NULL,
    type character varying(255) NOT NULL,
    order_id integer NOT NULL,
    user_id integer,
    parameters jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.order_orderline (
    id integer NOT NULL,
    product_name character varying(386) NOT NULL,
    product_sku character varying(255) NOT NULL,
    quantity integer NOT NULL,
    unit_price_net_amount numeric(12,3) NOT NULL,
    unit_price_gross_amount numeric(12,3) NOT NULL,
    is_shipping_required boolean NOT NULL,
    order_id integer NOT NULL,
    quantity_fulfilled integer NOT NULL,
    variant_id integer,
    tax_rate numeric(5,2) NOT NULL,
    translated_product_name character varying(386) NOT NULL,
    currency character varying(3) NOT NULL,
    translated_variant_name character varying(255) NOT NULL,
    variant_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.page_page (
    id integer NOT NULL,
    slug character varying(255) NOT NULL,
    title character varying(250) NOT NULL,
    content text NOT NULL,
    created timestamp(6) with time zone NOT NULL,
    is_published boolean NOT NULL,
    publication_date date,
    seo_description character varying(300),
    seo_title character varying(70),
    content_json jsonb NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.page_pagetranslation (
    id integer NOT NULL,
    seo_title character varying(70),
    seo_description character varying(300),
    language_code character varying(10) NOT NULL,
    title character varying(255) NOT NULL,
    content text NOT NULL,
    page_id integer NOT NULL,
    content_json jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.payment_payment (
    id integer NOT NULL,
    gateway character varying(255) NOT NULL,
    is_active boolean NOT NULL,
    created timestamp(6) with time zone NOT NULL,
    modified timestamp(6) with time zone NOT NULL,
    charge_status character varying(20) NOT NULL,
    billing_first_name character varying(256) NOT NULL,
    billing_last_name character varying(256) NOT NULL,
    billing_company_name character varying(256) NOT NULL,
    billing_address_1 character varying(256) NOT NULL,
    billing_address_2 character varying(256) NOT NULL,
    billing_city character varying(256) NOT NULL,
    billing_city_area character varying(128) NOT NULL,
    billing_postal_code character varying(256) NOT NULL,
    billing_country_code character varying(2) NOT NULL,
    billing_country_area character varying(256) NOT NULL,
    billing_email character varying(254) NOT NULL,
    customer_ip_address inet,
    cc_brand character varying(40) NOT NULL,
    cc_exp_month integer,
    cc_exp_year integer,
    cc_first_digits character varying(6) NOT NULL,
    cc_last_digits character varying(4) NOT NULL,
    extra_data text NOT NULL,
    token character varying(128) NOT NULL,
    currency character varying(3) NOT NULL,
    total numeric(12,3) NOT NULL,
    captured_amount numeric(12,3) NOT NULL,
    checkout_id uuid,
    order_id integer,
    to_confirm boolean NOT NULL,
    payment_method_type character varying(256) NOT NULL,
    return_url character varying(200),
    PRIMARY KEY (id)
);
CREATE TABLE saleor.payment_transaction (
    id integer NOT NULL,
    created timestamp(6) with time zone NOT NULL,
    token character varying(128) NOT NULL,
    kind character varying(25) NOT NULL,
    is_success boolean NOT NULL,
    error character varying(256),
    currency character varying(3) NOT NULL,
    amount numeric(12,3) NOT NULL,
    gateway_response jsonb NOT NULL,
    payment_id integer NOT NULL,
    customer_id character varying(256),
    action_required boolean NOT NULL,
    action_required_data jsonb NOT NULL,
    already_processed boolean NOT NULL,
    searchable_key character varying(256),
    PRIMARY KEY (id)
);
CREATE TABLE saleor.plugins_pluginconfiguration (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    description text NOT NULL,
    active boolean NOT NULL,
    configuration jsonb,
    identifier character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_assignedproductattribute (
    id integer NOT NULL,
    product_id integer NOT NULL,
    assignment_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_assignedproductattribute_values (
    id integer NOT NULL,
    assignedproductattribute_id integer NOT NULL,
    attributevalue_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_assignedvariantattribute (
    id integer NOT NULL,
    variant_id integer NOT NULL,
    assignment_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_assignedvariantattribute_values (
    id integer NOT NULL,
    assignedvariantattribute_id integer NOT NULL,
    attributevalue_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_attribute (
    id integer NOT NULL,
    slug character varying(250) NOT NULL,
    name character varying(255) NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    input_type character varying(50) NOT NULL,
    available_in_grid boolean NOT NULL,
    visible_in_storefront boolean NOT NULL,
    filterable_in_dashboard boolean NOT NULL,
    filterable_in_storefront boolean NOT NULL,
    value_required boolean NOT NULL,
    storefront_search_position integer NOT NULL,
    is_variant_only boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_attributeproduct (
    id integer NOT NULL,
    attribute_id integer NOT NULL,
    product_type_id integer NOT NULL,
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_attributetranslation (
    id integer NOT NULL,
    language_code character varying(10) NOT NULL,
    name character varying(100) NOT NULL,
    attribute_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_attributevalue (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    attribute_id integer NOT NULL,
    slug character varying(255) NOT NULL,
    sort_order integer,
    value character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_attributevaluetranslation (
    id integer NOT NULL,
    language_code character varying(10) NOT NULL,
    name character varying(100) NOT NULL,
    attribute_value_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_attributevariant (
    id integer NOT NULL,
    attribute_id integer NOT NULL,
    product_type_id integer NOT NULL,
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_category (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    slug character varying(255) NOT NULL,
    description text NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    parent_id integer,
    background_image character varying(100),
    seo_description character varying(300),
    seo_title character varying(70),
    background_image_alt character varying(128) NOT NULL,
    description_json jsonb NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_categorytranslation (
    id integer NOT NULL,
    seo_title character varying(70),
    seo_description character varying(300),
    language_code character varying(10) NOT NULL,
    name character varying(128) NOT NULL,
    description text NOT NULL,
    category_id integer NOT NULL,
    description_json jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_collection (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    slug character varying(255) NOT NULL,
    background_image character varying(100),
    seo_description character varying(300),
    seo_title character varying(70),
    is_published boolean NOT NULL,
    description text NOT NULL,
    publication_date date,
    background_image_alt character varying(128) NOT NULL,
    description_json jsonb NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_collectionproduct (
    id integer NOT NULL,
    collection_id integer NOT NULL,
    product_id integer NOT NULL,
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_collectiontranslation (
    id integer NOT NULL,
    seo_title character varying(70),
    seo_description character varying(300),
    language_code character varying(10) NOT NULL,
    name character varying(128) NOT NULL,
    collection_id integer NOT NULL,
    description text NOT NULL,
    description_json jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_digitalcontent (
    id integer NOT NULL,
    use_default_settings boolean NOT NULL,
    automatic_fulfillment boolean NOT NULL,
    content_type character varying(128) NOT NULL,
    content_file character varying(100) NOT NULL,
    max_downloads integer,
    url_valid_days integer,
    product_variant_id integer NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_digitalcontenturl (
    id integer NOT NULL,
    token uuid NOT NULL,
    created timestamp(6) with time zone NOT NULL,
    download_num integer NOT NULL,
    content_id integer NOT NULL,
    line_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_product (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    description text NOT NULL,
    publication_date date,
    updated_at timestamp(6) with time zone,
    product_type_id integer NOT NULL,
    is_published boolean NOT NULL,
    category_id integer,
    seo_description character varying(300),
    seo_title character varying(70),
    charge_taxes boolean NOT NULL,
    weight double precision,
    description_json jsonb NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    minimal_variant_price_amount numeric(12,3),
    currency character varying(3) NOT NULL,
    slug character varying(255) NOT NULL,
    available_for_purchase date,
    visible_in_listings boolean NOT NULL,
    default_variant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_productimage (
    id integer NOT NULL,
    image character varying(100) NOT NULL,
    ppoi character varying(20) NOT NULL,
    alt character varying(128) NOT NULL,
    sort_order integer,
    product_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_producttranslation (
    id integer NOT NULL,
    seo_title character varying(70),
    seo_description character varying(300),
    language_code character varying(10) NOT NULL,
    name character varying(250) NOT NULL,
    description text NOT NULL,
    product_id integer NOT NULL,
    description_json jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_producttype (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    has_variants boolean NOT NULL,
    is_shipping_required boolean NOT NULL,
    weight double precision NOT NULL,
    is_digital boolean NOT NULL,
    metadata jsonb,
    private_metadata jsonb,
    slug character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_productvariant (
    id integer NOT NULL,
    sku character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    product_id integer NOT NULL,
    cost_price_amount numeric(12,3),
    track_inventory boolean NOT NULL,
    weight double precision,
    metadata jsonb,
    private_metadata jsonb,
    currency character varying(3),
    price_amount numeric(12,3) NOT NULL,
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_productvarianttranslation (
    id integer NOT NULL,
    language_code character varying(10) NOT NULL,
    name character varying(255) NOT NULL,
    product_variant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.product_variantimage (
    id integer NOT NULL,
    image_id integer NOT NULL,
    variant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.shipping_shippingmethod (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    maximum_order_price_amount numeric(12,3),
    maximum_order_weight double precision,
    minimum_order_price_amount numeric(12,3),
    minimum_order_weight double precision,
    price_amount numeric(12,3) NOT NULL,
    type character varying(30) NOT NULL,
    shipping_zone_id integer NOT NULL,
    currency character varying(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.shipping_shippingmethodtranslation (
    id integer NOT NULL,
    language_code character varying(10) NOT NULL,
    name character varying(255),
    shipping_method_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.shipping_shippingzone (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    countries character varying(749) NOT NULL,
    "default" boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.site_authorizationkey (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    key text NOT NULL,
    password text NOT NULL,
    site_settings_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.site_sitesettings (
    id integer NOT NULL,
    header_text character varying(200) NOT NULL,
    description character varying(500) NOT NULL,
    site_id integer NOT NULL,
    bottom_menu_id integer,
    top_menu_id integer,
    display_gross_prices boolean NOT NULL,
    include_taxes_in_prices boolean NOT NULL,
    charge_taxes_on_shipping boolean NOT NULL,
    track_inventory_by_default boolean NOT NULL,
    homepage_collection_id integer,
    default_weight_unit character varying(10) NOT NULL,
    automatic_fulfillment_digital_products boolean NOT NULL,
    default_digital_max_downloads integer,
    default_digital_url_valid_days integer,
    company_address_id integer,
    default_mail_sender_address character varying(254),
    default_mail_sender_name character varying(78) NOT NULL,
    customer_set_password_url character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE saleor.site_sitesettingstranslation (
    id integer NOT NULL,
    language_code character varying(10) NOT NULL,
    header_text character varying(200) NOT NULL,
    description character varying(500) NOT NULL,
    site_settings_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.warehouse_allocation (
    id integer NOT NULL,
    quantity_allocated integer NOT NULL,
    order_line_id integer NOT NULL,
    stock_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.warehouse_stock (
    id integer NOT NULL,
    quantity integer NOT NULL,
    product_variant_id integer NOT NULL,
    warehouse_id uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.warehouse_warehouse (
    id uuid NOT NULL,
    name character varying(250) NOT NULL,
    company_name character varying(255) NOT NULL,
    email character varying(254) NOT NULL,
    address_id integer NOT NULL,
    slug character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.warehouse_warehouse_shipping_zones (
    id integer NOT NULL,
    warehouse_id uuid NOT NULL,
    shippingzone_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.webhook_webhook (
    id integer NOT NULL,
    target_url character varying(255) NOT NULL,
    is_active boolean NOT NULL,
    secret_key character varying(255),
    app_id integer NOT NULL,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE saleor.webhook_webhookevent (
    id integer NOT NULL,
    event_type character varying(128) NOT NULL,
    webhook_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.wishlist_wishlist (
    id integer NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    token uuid NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.wishlist_wishlistitem (
    id integer NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    product_id integer NOT NULL,
    wishlist_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE saleor.wishlist_wishlistitem_variants (
    id integer NOT NULL,
    wishlistitem_id integer NOT NULL,
    productvariant_id integer NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE saleor.account_customerevent ADD CONSTRAINT account_customerevent_order_id_2d6e2d20_fk_order_order_id FOREIGN KEY (order_id) REFERENCES saleor.order_order(id);
ALTER TABLE saleor.account_customerevent ADD CONSTRAINT account_customerevent_user_id_b3d6ec36_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.account_customernote ADD CONSTRAINT account_customernote_customer_id_ec50cbf6_fk_account_user_id FOREIGN KEY (customer_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.account_customernote ADD CONSTRAINT account_customernote_user_id_b10a6c14_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.account_staffnotificationrecipient ADD CONSTRAINT account_staffnotific_user_id_538fa3a4_fk_account_u FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.account_user ADD CONSTRAINT userprofile_user_default_billing_addr_0489abf1_fk_userprofi FOREIGN KEY (default_billing_address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.account_user ADD CONSTRAINT userprofile_user_default_shipping_add_aae7a203_fk_userprofi FOREIGN KEY (default_shipping_address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.account_user_addresses ADD CONSTRAINT account_user_address_address_id_d218822a_fk_account_a FOREIGN KEY (address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.account_user_addresses ADD CONSTRAINT account_user_addresses_user_id_2fcc8301_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.account_user_groups ADD CONSTRAINT userprofile_user_groups_group_id_c7eec74e_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES saleor.auth_group(id);
ALTER TABLE saleor.account_user_groups ADD CONSTRAINT userprofile_user_groups_user_id_5e712a24_fk_userprofile_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.account_user_user_permissions ADD CONSTRAINT userprofile_user_use_permission_id_1caa8a71_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES saleor.auth_permission(id);
ALTER TABLE saleor.account_user_user_permissions ADD CONSTRAINT userprofile_user_use_user_id_6d654469_fk_userprofi FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.app_app_permissions ADD CONSTRAINT app_app_permissions_app_id_5941597d_fk_app_app_id FOREIGN KEY (app_id) REFERENCES saleor.app_app(id);
ALTER TABLE saleor.app_app_permissions ADD CONSTRAINT app_app_permissions_permission_id_defe4a88_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES saleor.auth_permission(id);
ALTER TABLE saleor.app_appinstallation_permissions ADD CONSTRAINT app_appinstallation__appinstallation_id_f7fe0271_fk_app_appin FOREIGN KEY (appinstallation_id) REFERENCES saleor.app_appinstallation(id);
ALTER TABLE saleor.app_appinstallation_permissions ADD CONSTRAINT app_appinstallation__permission_id_4ee9f6c8_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES saleor.auth_permission(id);
ALTER TABLE saleor.app_apptoken ADD CONSTRAINT app_apptoken_app_id_68561141_fk_app_app_id FOREIGN KEY (app_id) REFERENCES saleor.app_app(id);
ALTER TABLE saleor.auth_group_permissions ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES saleor.auth_permission(id);
ALTER TABLE saleor.auth_group_permissions ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES saleor.auth_group(id);
ALTER TABLE saleor.auth_permission ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES saleor.django_content_type(id);
ALTER TABLE saleor.checkout_checkout ADD CONSTRAINT cart_cart_billing_address_id_9eb62ddd_fk_account_address_id FOREIGN KEY (billing_address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.checkout_checkout ADD CONSTRAINT cart_cart_shipping_address_id_adfddaf9_fk_account_address_id FOREIGN KEY (shipping_address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.checkout_checkout ADD CONSTRAINT checkout_checkout_shipping_method_id_8796abd0_fk_shipping_ FOREIGN KEY (shipping_method_id) REFERENCES saleor.shipping_shippingmethod(id);
ALTER TABLE saleor.checkout_checkout ADD CONSTRAINT checkout_checkout_user_id_8b2fe298_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.checkout_checkout_gift_cards ADD CONSTRAINT checkout_checkout_gi_checkout_id_e314728d_fk_checkout_ FOREIGN KEY (checkout_id) REFERENCES saleor.checkout_checkout(token);
ALTER TABLE saleor.checkout_checkout_gift_cards ADD CONSTRAINT checkout_checkout_gi_giftcard_id_f5994462_fk_giftcard_ FOREIGN KEY (giftcard_id) REFERENCES saleor.giftcard_giftcard(id);
ALTER TABLE saleor.checkout_checkoutline ADD CONSTRAINT cart_cartline_variant_id_dbca56c9_fk_product_productvariant_id FOREIGN KEY (variant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.checkout_checkoutline ADD CONSTRAINT checkout_cartline_checkout_id_41d95a5d_fk_checkout_ FOREIGN KEY (checkout_id) REFERENCES saleor.checkout_checkout(token);
ALTER TABLE saleor.csv_exportevent ADD CONSTRAINT csv_exportevent_app_id_8637fcc5_fk_app_app_id FOREIGN KEY (app_id) REFERENCES saleor.app_app(id);
ALTER TABLE saleor.csv_exportevent ADD CONSTRAINT csv_exportevent_export_file_id_35f6c448_fk_csv_exportfile_id FOREIGN KEY (export_file_id) REFERENCES saleor.csv_exportfile(id);
ALTER TABLE saleor.csv_exportevent ADD CONSTRAINT csv_exportevent_user_id_6111f193_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.csv_exportfile ADD CONSTRAINT csv_exportfile_app_id_bc900999_fk_app_app_id FOREIGN KEY (app_id) REFERENCES saleor.app_app(id);
ALTER TABLE saleor.csv_exportfile ADD CONSTRAINT csv_exportfile_user_id_2c9071e6_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.discount_sale_categories ADD CONSTRAINT discount_sale_catego_category_id_64e132af_fk_product_c FOREIGN KEY (category_id) REFERENCES saleor.product_category(id);
ALTER TABLE saleor.discount_sale_categories ADD CONSTRAINT discount_sale_categories_sale_id_2aeee4a7_fk_discount_sale_id FOREIGN KEY (sale_id) REFERENCES saleor.discount_sale(id);
ALTER TABLE saleor.discount_sale_collections ADD CONSTRAINT discount_sale_collec_collection_id_f66df9d7_fk_product_c FOREIGN KEY (collection_id) REFERENCES saleor.product_collection(id);
ALTER TABLE saleor.discount_sale_collections ADD CONSTRAINT discount_sale_collections_sale_id_a912da4a_fk_discount_sale_id FOREIGN KEY (sale_id) REFERENCES saleor.discount_sale(id);
ALTER TABLE saleor.discount_sale_products ADD CONSTRAINT discount_sale_produc_product_id_d42c9636_fk_product_p FOREIGN KEY (product_id) REFERENCES saleor.product_product(id);
ALTER TABLE saleor.discount_sale_products ADD CONSTRAINT discount_sale_products_sale_id_10e3a20f_fk_discount_sale_id FOREIGN KEY (sale_id) REFERENCES saleor.discount_sale(id);
ALTER TABLE saleor.discount_saletranslation ADD CONSTRAINT discount_saletranslation_sale_id_36a69b0a_fk_discount_sale_id FOREIGN KEY (sale_id) REFERENCES saleor.discount_sale(id);
ALTER TABLE saleor.discount_voucher_categories ADD CONSTRAINT discount_voucher_cat_category_id_fc9d044a_fk_product_c FOREIGN KEY (category_id) REFERENCES saleor.product_category(id);
ALTER TABLE saleor.discount_voucher_categories ADD CONSTRAINT discount_voucher_cat_voucher_id_19a56338_fk_discount_ FOREIGN KEY (voucher_id) REFERENCES saleor.discount_voucher(id);
ALTER TABLE saleor.discount_voucher_collections ADD CONSTRAINT discount_voucher_col_collection_id_b9de6b54_fk_product_c FOREIGN KEY (collection_id) REFERENCES saleor.product_collection(id);
ALTER TABLE saleor.discount_voucher_collections ADD CONSTRAINT discount_voucher_col_voucher_id_4ce1fde3_fk_discount_ FOREIGN KEY (voucher_id) REFERENCES saleor.discount_voucher(id);
ALTER TABLE saleor.discount_voucher_products ADD CONSTRAINT discount_voucher_pro_product_id_4a3131ff_fk_product_p FOREIGN KEY (product_id) REFERENCES saleor.product_product(id);
ALTER TABLE saleor.discount_voucher_products ADD CONSTRAINT discount_voucher_pro_voucher_id_8a2e6c3a_fk_discount_ FOREIGN KEY (voucher_id) REFERENCES saleor.discount_voucher(id);
ALTER TABLE saleor.discount_vouchercustomer ADD CONSTRAINT discount_vouchercust_voucher_id_bb55c04f_fk_discount_ FOREIGN KEY (voucher_id) REFERENCES saleor.discount_voucher(id);
ALTER TABLE saleor.discount_vouchertranslation ADD CONSTRAINT discount_vouchertran_voucher_id_288246a9_fk_discount_ FOREIGN KEY (voucher_id) REFERENCES saleor.discount_voucher(id);
ALTER TABLE saleor.giftcard_giftcard ADD CONSTRAINT giftcard_giftcard_user_id_ce2401b5_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.invoice_invoice ADD CONSTRAINT invoice_invoice_order_id_c5fc9ae9_fk_order_order_id FOREIGN KEY (order_id) REFERENCES saleor.order_order(id);
ALTER TABLE saleor.invoice_invoiceevent ADD CONSTRAINT invoice_invoiceevent_invoice_id_de0632ca_fk_invoice_invoice_id FOREIGN KEY (invoice_id) REFERENCES saleor.invoice_invoice(id);
ALTER TABLE saleor.invoice_invoiceevent ADD CONSTRAINT invoice_invoiceevent_order_id_5a337f7a_fk_order_order_id FOREIGN KEY (order_id) REFERENCES saleor.order_order(id);
ALTER TABLE saleor.invoice_invoiceevent ADD CONSTRAINT invoice_invoiceevent_user_id_cd599b8d_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.menu_menuitem ADD CONSTRAINT menu_menuitem_category_id_af353a3b_fk_product_category_id FOREIGN KEY (category_id) REFERENCES saleor.product_category(id);
ALTER TABLE saleor.menu_menuitem ADD CONSTRAINT menu_menuitem_collection_id_b913b19e_fk_product_collection_id FOREIGN KEY (collection_id) REFERENCES saleor.product_collection(id);
ALTER TABLE saleor.menu_menuitem ADD CONSTRAINT menu_menuitem_menu_id_f466b139_fk_menu_menu_id FOREIGN KEY (menu_id) REFERENCES saleor.menu_menu(id);
ALTER TABLE saleor.menu_menuitem ADD CONSTRAINT menu_menuitem_page_id_a0c8f92d_fk_page_page_id FOREIGN KEY (page_id) REFERENCES saleor.page_page(id);
ALTER TABLE saleor.menu_menuitem ADD CONSTRAINT menu_menuitem_parent_id_439f55a5_fk_menu_menuitem_id FOREIGN KEY (parent_id) REFERENCES saleor.menu_menuitem(id);
ALTER TABLE saleor.menu_menuitemtranslation ADD CONSTRAINT menu_menuitemtransla_menu_item_id_3445926c_fk_menu_menu FOREIGN KEY (menu_item_id) REFERENCES saleor.menu_menuitem(id);
ALTER TABLE saleor.order_fulfillment ADD CONSTRAINT order_fulfillment_order_id_02695111_fk_order_order_id FOREIGN KEY (order_id) REFERENCES saleor.order_order(id);
ALTER TABLE saleor.order_fulfillmentline ADD CONSTRAINT order_fulfillmentlin_fulfillment_id_68f3291d_fk_order_ful FOREIGN KEY (fulfillment_id) REFERENCES saleor.order_fulfillment(id);
ALTER TABLE saleor.order_fulfillmentline ADD CONSTRAINT order_fulfillmentlin_order_line_id_7d40e054_fk_order_ord FOREIGN KEY (order_line_id) REFERENCES saleor.order_orderline(id);
ALTER TABLE saleor.order_fulfillmentline ADD CONSTRAINT order_fulfillmentline_stock_id_da5a99fe_fk_warehouse_stock_id FOREIGN KEY (stock_id) REFERENCES saleor.warehouse_stock(id);
ALTER TABLE saleor.order_order ADD CONSTRAINT order_order_billing_address_id_8fe537cf_fk_userprofi FOREIGN KEY (billing_address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.order_order ADD CONSTRAINT order_order_shipping_address_id_57e64931_fk_userprofi FOREIGN KEY (shipping_address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.order_order ADD CONSTRAINT order_order_shipping_method_id_2a742834_fk_shipping_ FOREIGN KEY (shipping_method_id) REFERENCES saleor.shipping_shippingmethod(id);
ALTER TABLE saleor.order_order ADD CONSTRAINT order_order_user_id_7cf9bc2b_fk_userprofile_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.order_order ADD CONSTRAINT order_order_voucher_id_0748ca22_fk_discount_voucher_id FOREIGN KEY (voucher_id) REFERENCES saleor.discount_voucher(id);
ALTER TABLE saleor.order_order_gift_cards ADD CONSTRAINT order_order_gift_car_giftcard_id_f6844926_fk_giftcard_ FOREIGN KEY (giftcard_id) REFERENCES saleor.giftcard_giftcard(id);
ALTER TABLE saleor.order_order_gift_cards ADD CONSTRAINT order_order_gift_cards_order_id_ce5608c4_fk_order_order_id FOREIGN KEY (order_id) REFERENCES saleor.order_order(id);
ALTER TABLE saleor.order_orderevent ADD CONSTRAINT order_orderevent_order_id_09aa7ccd_fk_order_order_id FOREIGN KEY (order_id) REFERENCES saleor.order_order(id);
ALTER TABLE saleor.order_orderevent ADD CONSTRAINT order_orderevent_user_id_1056ac9c_fk_userprofile_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.order_orderline ADD CONSTRAINT order_orderline_order_id_eb04ec2d_fk_order_order_id FOREIGN KEY (order_id) REFERENCES saleor.order_order(id);
ALTER TABLE saleor.order_orderline ADD CONSTRAINT order_orderline_variant_id_866774cb_fk_product_p FOREIGN KEY (variant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.page_pagetranslation ADD CONSTRAINT page_pagetranslation_page_id_60216ef5_fk_page_page_id FOREIGN KEY (page_id) REFERENCES saleor.page_page(id);
ALTER TABLE saleor.payment_payment ADD CONSTRAINT payment_payment_checkout_id_1f32e1ab_fk_checkout_checkout_token FOREIGN KEY (checkout_id) REFERENCES saleor.checkout_checkout(token);
ALTER TABLE saleor.payment_payment ADD CONSTRAINT payment_payment_order_id_22b45881_fk_order_order_id FOREIGN KEY (order_id) REFERENCES saleor.order_order(id);
ALTER TABLE saleor.payment_transaction ADD CONSTRAINT payment_transaction_payment_id_df9808d7_fk_payment_payment_id FOREIGN KEY (payment_id) REFERENCES saleor.payment_payment(id);
ALTER TABLE saleor.product_assignedproductattribute ADD CONSTRAINT product_assignedprod_assignment_id_eb2f81a4_fk_product_a FOREIGN KEY (assignment_id) REFERENCES saleor.product_attributeproduct(id);
ALTER TABLE saleor.product_assignedproductattribute ADD CONSTRAINT product_assignedprod_product_id_68be10a3_fk_product_p FOREIGN KEY (product_id) REFERENCES saleor.product_product(id);
ALTER TABLE saleor.product_assignedproductattribute_values ADD CONSTRAINT product_assignedprod_assignedproductattri_6d497dfa_fk_product_a FOREIGN KEY (assignedproductattribute_id) REFERENCES saleor.product_assignedproductattribute(id);
ALTER TABLE saleor.product_assignedproductattribute_values ADD CONSTRAINT product_assignedprod_attributevalue_id_5bd29b24_fk_product_a FOREIGN KEY (attributevalue_id) REFERENCES saleor.product_attributevalue(id);
ALTER TABLE saleor.product_assignedvariantattribute ADD CONSTRAINT product_assignedvari_assignment_id_8fdbffe8_fk_product_a FOREIGN KEY (assignment_id) REFERENCES saleor.product_attributevariant(id);
ALTER TABLE saleor.product_assignedvariantattribute ADD CONSTRAINT product_assignedvari_variant_id_27483e6a_fk_product_p FOREIGN KEY (variant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.product_assignedvariantattribute_values ADD CONSTRAINT product_assignedvari_assignedvariantattri_8d6d62ef_fk_product_a FOREIGN KEY (assignedvariantattribute_id) REFERENCES saleor.product_assignedvariantattribute(id);
ALTER TABLE saleor.product_assignedvariantattribute_values ADD CONSTRAINT product_assignedvari_attributevalue_id_41cc2454_fk_product_a FOREIGN KEY (attributevalue_id) REFERENCES saleor.product_attributevalue(id);
ALTER TABLE saleor.product_attributeproduct ADD CONSTRAINT product_attributepro_attribute_id_0051c706_fk_product_a FOREIGN KEY (attribute_id) REFERENCES saleor.product_attribute(id);
ALTER TABLE saleor.product_attributeproduct ADD CONSTRAINT product_attributepro_product_type_id_54357b3b_fk_product_p FOREIGN KEY (product_type_id) REFERENCES saleor.product_producttype(id);
ALTER TABLE saleor.product_attributetranslation ADD CONSTRAINT product_attributetra_attribute_id_238dabfc_fk_product_a FOREIGN KEY (attribute_id) REFERENCES saleor.product_attribute(id);
ALTER TABLE saleor.product_attributevalue ADD CONSTRAINT product_attributecho_attribute_id_c28c6c92_fk_product_a FOREIGN KEY (attribute_id) REFERENCES saleor.product_attribute(id);
ALTER TABLE saleor.product_attributevaluetranslation ADD CONSTRAINT product_attributeval_attribute_value_id_8b2cb275_fk_product_a FOREIGN KEY (attribute_value_id) REFERENCES saleor.product_attributevalue(id);
ALTER TABLE saleor.product_attributevariant ADD CONSTRAINT product_attributevar_attribute_id_e47d3bc3_fk_product_a FOREIGN KEY (attribute_id) REFERENCES saleor.product_attribute(id);
ALTER TABLE saleor.product_attributevariant ADD CONSTRAINT product_attributevar_product_type_id_ba95c6dd_fk_product_p FOREIGN KEY (product_type_id) REFERENCES saleor.product_producttype(id);
ALTER TABLE saleor.product_category ADD CONSTRAINT product_category_parent_id_f6860923_fk_product_category_id FOREIGN KEY (parent_id) REFERENCES saleor.product_category(id);
ALTER TABLE saleor.product_categorytranslation ADD CONSTRAINT product_categorytran_category_id_aa8d0917_fk_product_c FOREIGN KEY (category_id) REFERENCES saleor.product_category(id);
ALTER TABLE saleor.product_collectionproduct ADD CONSTRAINT product_collection_p_collection_id_0bc817dc_fk_product_c FOREIGN KEY (collection_id) REFERENCES saleor.product_collection(id);
ALTER TABLE saleor.product_collectionproduct ADD CONSTRAINT product_collection_p_product_id_a45a5b06_fk_product_p FOREIGN KEY (product_id) REFERENCES saleor.product_product(id);
ALTER TABLE saleor.product_collectiontranslation ADD CONSTRAINT product_collectiontr_collection_id_cfbbd453_fk_product_c FOREIGN KEY (collection_id) REFERENCES saleor.product_collection(id);
ALTER TABLE saleor.product_digitalcontent ADD CONSTRAINT product_digitalconte_product_variant_id_211462a5_fk_product_p FOREIGN KEY (product_variant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.product_digitalcontenturl ADD CONSTRAINT product_digitalconte_content_id_654197bd_fk_product_d FOREIGN KEY (content_id) REFERENCES saleor.product_digitalcontent(id);
ALTER TABLE saleor.product_digitalcontenturl ADD CONSTRAINT product_digitalconte_line_id_82056694_fk_order_ord FOREIGN KEY (line_id) REFERENCES saleor.order_orderline(id);
ALTER TABLE saleor.product_product ADD CONSTRAINT product_product_category_id_0c725779_fk_product_category_id FOREIGN KEY (category_id) REFERENCES saleor.product_category(id);
ALTER TABLE saleor.product_product ADD CONSTRAINT product_product_default_variant_id_bce7dabb_fk_product_p FOREIGN KEY (default_variant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.product_product ADD CONSTRAINT product_product_product_type_id_4bfbbfda_fk_product_p FOREIGN KEY (product_type_id) REFERENCES saleor.product_producttype(id);
ALTER TABLE saleor.product_productimage ADD CONSTRAINT product_productimage_product_id_544084bb_fk_product_product_id FOREIGN KEY (product_id) REFERENCES saleor.product_product(id);
ALTER TABLE saleor.product_producttranslation ADD CONSTRAINT product_producttrans_product_id_2c2c7532_fk_product_p FOREIGN KEY (product_id) REFERENCES saleor.product_product(id);
ALTER TABLE saleor.product_productvariant ADD CONSTRAINT product_productvaria_product_id_43c5a310_fk_product_p FOREIGN KEY (product_id) REFERENCES saleor.product_product(id);
ALTER TABLE saleor.product_productvarianttranslation ADD CONSTRAINT product_productvaria_product_variant_id_1b144a85_fk_product_p FOREIGN KEY (product_variant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.product_variantimage ADD CONSTRAINT product_variantimage_image_id_bef14106_fk_product_p FOREIGN KEY (image_id) REFERENCES saleor.product_productimage(id);
ALTER TABLE saleor.product_variantimage ADD CONSTRAINT product_variantimage_variant_id_81123814_fk_product_p FOREIGN KEY (variant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.shipping_shippingmethod ADD CONSTRAINT shipping_shippingmet_shipping_zone_id_265b7413_fk_shipping_ FOREIGN KEY (shipping_zone_id) REFERENCES saleor.shipping_shippingzone(id);
ALTER TABLE saleor.shipping_shippingmethodtranslation ADD CONSTRAINT shipping_shippingmet_shipping_method_id_31d925d2_fk_shipping_ FOREIGN KEY (shipping_method_id) REFERENCES saleor.shipping_shippingmethod(id);
ALTER TABLE saleor.site_authorizationkey ADD CONSTRAINT site_authorizationke_site_settings_id_d8397c0f_fk_site_site FOREIGN KEY (site_settings_id) REFERENCES saleor.site_sitesettings(id);
ALTER TABLE saleor.site_sitesettings ADD CONSTRAINT site_sitesettings_bottom_menu_id_e2a78098_fk_menu_menu_id FOREIGN KEY (bottom_menu_id) REFERENCES saleor.menu_menu(id);
ALTER TABLE saleor.site_sitesettings ADD CONSTRAINT site_sitesettings_company_address_id_f0825427_fk_account_a FOREIGN KEY (company_address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.site_sitesettings ADD CONSTRAINT site_sitesettings_homepage_collection__82f45d33_fk_product_c FOREIGN KEY (homepage_collection_id) REFERENCES saleor.product_collection(id);
ALTER TABLE saleor.site_sitesettings ADD CONSTRAINT site_sitesettings_site_id_64dd8ff8_fk_django_site_id FOREIGN KEY (site_id) REFERENCES saleor.django_site(id);
ALTER TABLE saleor.site_sitesettings ADD CONSTRAINT site_sitesettings_top_menu_id_ab6f8c46_fk_menu_menu_id FOREIGN KEY (top_menu_id) REFERENCES saleor.menu_menu(id);
ALTER TABLE saleor.site_sitesettingstranslation ADD CONSTRAINT site_sitesettingstra_site_settings_id_ca085ff6_fk_site_site FOREIGN KEY (site_settings_id) REFERENCES saleor.site_sitesettings(id);
ALTER TABLE saleor.warehouse_allocation ADD CONSTRAINT warehouse_allocation_order_line_id_693dcb84_fk_order_ord FOREIGN KEY (order_line_id) REFERENCES saleor.order_orderline(id);
ALTER TABLE saleor.warehouse_allocation ADD CONSTRAINT warehouse_allocation_stock_id_73541542_fk_warehouse_stock_id FOREIGN KEY (stock_id) REFERENCES saleor.warehouse_stock(id);
ALTER TABLE saleor.warehouse_stock ADD CONSTRAINT warehouse_stock_product_variant_id_bea58a82_fk_product_p FOREIGN KEY (product_variant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.warehouse_stock ADD CONSTRAINT warehouse_stock_warehouse_id_cc9d4e5d_fk_warehouse_warehouse_id FOREIGN KEY (warehouse_id) REFERENCES saleor.warehouse_warehouse(id);
ALTER TABLE saleor.warehouse_warehouse ADD CONSTRAINT warehouse_warehouse_address_id_d46e1096_fk_account_address_id FOREIGN KEY (address_id) REFERENCES saleor.account_address(id);
ALTER TABLE saleor.warehouse_warehouse_shipping_zones ADD CONSTRAINT warehouse_warehouse__shippingzone_id_aeee255b_fk_shipping_ FOREIGN KEY (shippingzone_id) REFERENCES saleor.shipping_shippingzone(id);
ALTER TABLE saleor.warehouse_warehouse_shipping_zones ADD CONSTRAINT warehouse_warehouse__warehouse_id_fccd6647_fk_warehouse FOREIGN KEY (warehouse_id) REFERENCES saleor.warehouse_warehouse(id);
ALTER TABLE saleor.webhook_webhook ADD CONSTRAINT webhook_webhook_app_id_604d7610_fk_app_app_id FOREIGN KEY (app_id) REFERENCES saleor.app_app(id);
ALTER TABLE saleor.webhook_webhookevent ADD CONSTRAINT webhook_webhookevent_webhook_id_73b5c9e1_fk_webhook_webhook_id FOREIGN KEY (webhook_id) REFERENCES saleor.webhook_webhook(id);
ALTER TABLE saleor.wishlist_wishlist ADD CONSTRAINT wishlist_wishlist_user_id_13f28b16_fk_account_user_id FOREIGN KEY (user_id) REFERENCES saleor.account_user(id);
ALTER TABLE saleor.wishlist_wishlistitem ADD CONSTRAINT wishlist_wishlistite_wishlist_id_a052b63d_fk_wishlist_ FOREIGN KEY (wishlist_id) REFERENCES saleor.wishlist_wishlist(id);
ALTER TABLE saleor.wishlist_wishlistitem ADD CONSTRAINT wishlist_wishlistitem_product_id_8309716a_fk_product_product_id FOREIGN KEY (product_id) REFERENCES saleor.product_product(id);
ALTER TABLE saleor.wishlist_wishlistitem_variants ADD CONSTRAINT wishlist_wishlistite_productvariant_id_819ee66b_fk_product_p FOREIGN KEY (productvariant_id) REFERENCES saleor.product_productvariant(id);
ALTER TABLE saleor.wishlist_wishlistitem_variants ADD CONSTRAINT wishlist_wishlistite_wishlistitem_id_ee616761_fk_wishlist_ FOREIGN KEY (wishlistitem_id) REFERENCES saleor.wishlist_wishlistitem(id);
