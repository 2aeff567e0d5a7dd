-- Shopware 6 e-commerce platform schema (github.com/shopware/shopware src/Core/schema.sql at f3f01b578b, 2018-06-28 development snapshot), converted to PostgreSQL
CREATE SCHEMA shopware6;

CREATE TABLE shopware6.cart (
    version_id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    token character varying(50) NOT NULL,
    name character varying(500) NOT NULL,
    container text NOT NULL,
    calculated text NOT NULL,
    price real NOT NULL,
    line_item_count character varying(42) NOT NULL,
    currency_id bytea NOT NULL,
    currency_tenant_id bytea NOT NULL,
    currency_version_id bytea NOT NULL,
    shipping_method_id bytea NOT NULL,
    shipping_method_tenant_id bytea NOT NULL,
    shipping_method_version_id bytea NOT NULL,
    payment_method_id bytea NOT NULL,
    payment_method_tenant_id bytea NOT NULL,
    payment_method_version_id bytea NOT NULL,
    country_id bytea NOT NULL,
    country_tenant_id bytea NOT NULL,
    country_version_id bytea NOT NULL,
    customer_id bytea,
    customer_tenant_id bytea,
    customer_version_id bytea,
    touchpoint_id bytea NOT NULL,
    touchpoint_tenant_id bytea NOT NULL,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT cart_pkey PRIMARY KEY (token, name, tenant_id)
);

CREATE TABLE shopware6.catalog (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT catalog_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.category (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    auto_increment bigint NOT NULL,
    parent_id bytea,
    parent_tenant_id bytea,
    parent_version_id bytea,
    media_id bytea,
    media_tenant_id bytea,
    media_version_id bytea,
    product_stream_id bytea,
    product_stream_tenant_id bytea,
    product_stream_version_id bytea,
    path text,
    "position" bigint NOT NULL,
    level bigint NOT NULL,
    template character varying(255),
    active boolean NOT NULL,
    is_blog boolean NOT NULL,
    external character varying(255),
    hide_filter boolean NOT NULL,
    hide_top boolean NOT NULL,
    product_box_layout character varying(50),
    hide_sortings boolean NOT NULL,
    sorting_ids text,
    facet_ids text,
    child_count bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT category_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.category_translation (
    category_id bytea NOT NULL,
    category_version_id bytea NOT NULL,
    category_tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    path_names text,
    meta_keywords text,
    meta_title character varying(255),
    meta_description text,
    cms_headline character varying(255),
    cms_description text,
    CONSTRAINT category_translation_pkey PRIMARY KEY (category_id, category_version_id, category_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.config_form (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    parent_id bytea,
    parent_tenant_id bytea,
    parent_version_id bytea,
    plugin_id character varying(250),
    name character varying(255) NOT NULL,
    "position" integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT config_form_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.config_form_field (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    config_form_id bytea,
    config_form_tenant_id bytea,
    config_form_version_id bytea,
    name character varying(255) NOT NULL,
    value text,
    type character varying(255) NOT NULL,
    required boolean NOT NULL,
    "position" integer NOT NULL,
    scope bigint NOT NULL,
    options text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT config_form_field_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.config_form_field_translation (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    label character varying(255),
    description text,
    config_form_field_id bytea NOT NULL,
    config_form_field_tenant_id bytea NOT NULL,
    config_form_field_version_id bytea NOT NULL,
    locale_id bytea NOT NULL,
    locale_tenant_id bytea NOT NULL,
    locale_version_id bytea NOT NULL,
    CONSTRAINT config_form_field_translation_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.config_form_field_value (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    shop_id bytea,
    shop_tenant_id bytea,
    shop_version_id bytea,
    config_form_field_id bytea NOT NULL,
    config_form_field_tenant_id bytea NOT NULL,
    config_form_field_version_id bytea NOT NULL,
    value text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT config_form_field_value_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.config_form_translation (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    config_form_id bytea NOT NULL,
    config_form_tenant_id bytea NOT NULL,
    config_form_version_id bytea NOT NULL,
    locale_id bytea NOT NULL,
    locale_tenant_id bytea NOT NULL,
    locale_version_id bytea NOT NULL,
    label character varying(255),
    description text,
    CONSTRAINT config_form_translation_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.configuration_group (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    "position" integer NOT NULL,
    filterable boolean NOT NULL,
    comparable boolean NOT NULL,
    CONSTRAINT configuration_group_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.configuration_group_option (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    configuration_group_id bytea NOT NULL,
    configuration_group_tenant_id bytea NOT NULL,
    configuration_group_version_id bytea NOT NULL,
    color_hex_code character varying(20),
    media_id bytea,
    media_tenant_id bytea,
    media_version_id bytea,
    CONSTRAINT configuration_group_option_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.configuration_group_option_translation (
    configuration_group_option_id bytea NOT NULL,
    configuration_group_option_version_id bytea NOT NULL,
    configuration_group_option_tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT configuration_group_option_translation_pkey PRIMARY KEY (configuration_group_option_id, configuration_group_option_version_id, configuration_group_option_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.configuration_group_translation (
    configuration_group_id bytea NOT NULL,
    configuration_group_tenant_id bytea NOT NULL,
    configuration_group_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT configuration_group_translation_pkey PRIMARY KEY (configuration_group_id, configuration_group_version_id, configuration_group_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.country (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    iso character varying(255),
    "position" integer NOT NULL,
    shipping_free boolean NOT NULL,
    tax_free boolean NOT NULL,
    taxfree_for_vat_id boolean NOT NULL,
    taxfree_vatid_checked boolean NOT NULL,
    active boolean NOT NULL,
    iso3 character varying(45),
    display_state_in_registration boolean NOT NULL,
    force_state_in_registration boolean NOT NULL,
    country_area_id bytea,
    country_area_tenant_id bytea,
    country_area_version_id bytea,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT country_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.country_area (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    active boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT country_area_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.country_area_translation (
    country_area_id bytea NOT NULL,
    country_area_tenant_id bytea NOT NULL,
    country_area_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT country_area_translation_pkey PRIMARY KEY (country_area_id, country_area_version_id, country_area_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.country_state (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    country_id bytea NOT NULL,
    country_tenant_id bytea NOT NULL,
    country_version_id bytea NOT NULL,
    short_code character varying(255) NOT NULL,
    "position" integer NOT NULL,
    active boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT country_state_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.country_state_translation (
    country_state_id bytea NOT NULL,
    country_state_tenant_id bytea NOT NULL,
    country_state_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT country_state_translation_pkey PRIMARY KEY (country_state_id, country_state_version_id, country_state_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.country_translation (
    country_id bytea NOT NULL,
    country_tenant_id bytea NOT NULL,
    country_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT country_translation_pkey PRIMARY KEY (country_id, country_version_id, country_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.currency (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    is_default boolean NOT NULL,
    factor double precision NOT NULL,
    symbol character varying(255) NOT NULL,
    symbol_position bigint NOT NULL,
    "position" integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT currency_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.currency_translation (
    currency_id bytea NOT NULL,
    currency_tenant_id bytea NOT NULL,
    currency_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    short_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT currency_translation_pkey PRIMARY KEY (currency_id, currency_version_id, currency_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.customer (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    auto_increment bigint NOT NULL,
    customer_group_id bytea NOT NULL,
    customer_group_tenant_id bytea NOT NULL,
    customer_group_version_id bytea NOT NULL,
    default_payment_method_id bytea NOT NULL,
    default_payment_method_tenant_id bytea NOT NULL,
    default_payment_method_version_id bytea NOT NULL,
    touchpoint_id bytea NOT NULL,
    touchpoint_tenant_id bytea NOT NULL,
    last_payment_method_id bytea,
    last_payment_method_tenant_id bytea,
    last_payment_method_version_id bytea,
    default_billing_address_id bytea NOT NULL,
    default_billing_address_tenant_id bytea NOT NULL,
    default_shipping_address_id bytea NOT NULL,
    default_shipping_address_tenant_id bytea NOT NULL,
    customer_number character varying(30) NOT NULL,
    salutation character varying(30) NOT NULL,
    first_name character varying(255) NOT NULL,
    last_name character varying(255) NOT NULL,
    password character varying(1024) NOT NULL,
    email character varying(70) NOT NULL,
    title character varying(100),
    encoder character varying(255) NOT NULL,
    active boolean NOT NULL,
    account_mode integer NOT NULL,
    confirmation_key character varying(100),
    first_login date,
    last_login timestamp without time zone,
    session_id character varying(128),
    newsletter boolean NOT NULL,
    validation character varying(255),
    affiliate boolean,
    referer character varying(255),
    internal_comment text,
    failed_logins integer NOT NULL,
    locked_until timestamp without time zone,
    birthday date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT customer_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.customer_address (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    customer_id bytea NOT NULL,
    customer_tenant_id bytea NOT NULL,
    customer_version_id bytea NOT NULL,
    country_id bytea NOT NULL,
    country_tenant_id bytea NOT NULL,
    country_version_id bytea NOT NULL,
    country_state_id bytea,
    country_state_tenant_id bytea,
    country_state_version_id bytea,
    company character varying(255),
    department character varying(35),
    salutation character varying(30) NOT NULL,
    title character varying(100),
    first_name character varying(50) NOT NULL,
    last_name character varying(60) NOT NULL,
    street character varying(255),
    zipcode character varying(50) NOT NULL,
    city character varying(70) NOT NULL,
    vat_id character varying(50),
    phone_number character varying(40),
    additional_address_line1 character varying(255),
    additional_address_line2 character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT customer_address_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.customer_group (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    display_gross boolean NOT NULL,
    input_gross boolean NOT NULL,
    has_global_discount boolean NOT NULL,
    percentage_global_discount double precision,
    minimum_order_amount double precision,
    minimum_order_amount_surcharge double precision,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT customer_group_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.customer_group_discount (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    customer_group_id bytea NOT NULL,
    customer_group_tenant_id bytea NOT NULL,
    customer_group_version_id bytea NOT NULL,
    percentage_discount double precision NOT NULL,
    minimum_cart_amount double precision NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT customer_group_discount_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.customer_group_translation (
    customer_group_id bytea NOT NULL,
    customer_group_tenant_id bytea NOT NULL,
    customer_group_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT customer_group_translation_pkey PRIMARY KEY (customer_group_id, customer_group_version_id, customer_group_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.discount_surcharge (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    rule_id bytea NOT NULL,
    rule_tenant_id bytea NOT NULL,
    filter_rule text NOT NULL,
    type character varying(255),
    amount real,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    CONSTRAINT discount_surcharge_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.discount_surcharge_translation (
    discount_surcharge_id bytea NOT NULL,
    discount_surcharge_tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(500) NOT NULL,
    CONSTRAINT discount_surcharge_translation_pkey PRIMARY KEY (discount_surcharge_id, discount_surcharge_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.language (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    name character varying(50) NOT NULL,
    parent_id bytea,
    parent_tenant_id bytea,
    locale_id bytea NOT NULL,
    locale_tenant_id bytea NOT NULL,
    locale_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT language_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.listing_facet (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    active boolean NOT NULL,
    unique_key character varying(100) NOT NULL,
    display_in_categories boolean NOT NULL,
    deletable boolean NOT NULL,
    "position" integer NOT NULL,
    payload text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT listing_facet_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.listing_facet_translation (
    listing_facet_id bytea NOT NULL,
    listing_facet_tenant_id bytea NOT NULL,
    listing_facet_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT listing_facet_translation_pkey PRIMARY KEY (listing_facet_id, listing_facet_version_id, listing_facet_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.listing_sorting (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    active boolean NOT NULL,
    unique_key character varying(30) NOT NULL,
    display_in_categories boolean NOT NULL,
    "position" integer NOT NULL,
    payload text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT listing_sorting_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.listing_sorting_translation (
    listing_sorting_id bytea NOT NULL,
    listing_sorting_tenant_id bytea NOT NULL,
    listing_sorting_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    label character varying(255) NOT NULL,
    CONSTRAINT listing_sorting_translation_pkey PRIMARY KEY (listing_sorting_id, listing_sorting_version_id, listing_sorting_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.locale (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    code character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT locale_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.locale_translation (
    locale_id bytea NOT NULL,
    locale_tenant_id bytea NOT NULL,
    locale_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    territory character varying(255) NOT NULL,
    CONSTRAINT locale_translation_pkey PRIMARY KEY (locale_id, locale_version_id, locale_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.log (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    type character varying(255) NOT NULL,
    key character varying(255) NOT NULL,
    text text NOT NULL,
    date timestamp without time zone NOT NULL,
    "user" character varying(255) NOT NULL,
    ip_address character varying(255) NOT NULL,
    user_agent character varying(255) NOT NULL,
    value4 character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT log_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.mail (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    order_state_id bytea,
    order_state_tenant_id bytea,
    order_state_version_id bytea,
    name character varying(255) NOT NULL,
    is_html boolean NOT NULL,
    attachment character varying(255) NOT NULL,
    mail_type integer NOT NULL,
    context text,
    dirty boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT mail_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.mail_attachment (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    mail_id bytea NOT NULL,
    mail_tenant_id bytea NOT NULL,
    mail_version_id bytea NOT NULL,
    media_id bytea NOT NULL,
    media_tenant_id bytea NOT NULL,
    media_version_id bytea NOT NULL,
    shop_id bytea,
    shop_tenant_id bytea,
    shop_version_id bytea,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT mail_attachment_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.mail_translation (
    mail_id bytea NOT NULL,
    mail_tenant_id bytea NOT NULL,
    mail_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    from_mail character varying(255) NOT NULL,
    from_name character varying(255) NOT NULL,
    subject character varying(255) NOT NULL,
    content text NOT NULL,
    content_html text NOT NULL,
    CONSTRAINT mail_translation_pkey PRIMARY KEY (mail_id, mail_version_id, mail_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.media (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    media_album_id bytea NOT NULL,
    media_album_tenant_id bytea NOT NULL,
    media_album_version_id bytea NOT NULL,
    user_id bytea,
    user_tenant_id bytea,
    file_name character varying(255) NOT NULL,
    mime_type character varying(50) NOT NULL,
    file_size bigint NOT NULL,
    meta_data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT media_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.media_album (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    parent_id bytea,
    parent_tenant_id bytea,
    parent_version_id bytea,
    "position" integer NOT NULL,
    create_thumbnails boolean NOT NULL,
    thumbnail_size text,
    icon character varying(50),
    thumbnail_high_dpi boolean NOT NULL,
    thumbnail_quality integer,
    thumbnail_high_dpi_quality integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT media_album_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.media_album_translation (
    media_album_id bytea NOT NULL,
    media_album_tenant_id bytea NOT NULL,
    media_album_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT media_album_translation_pkey PRIMARY KEY (media_album_id, media_album_version_id, media_album_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.media_translation (
    media_id bytea NOT NULL,
    media_tenant_id bytea NOT NULL,
    media_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    CONSTRAINT media_translation_pkey PRIMARY KEY (media_id, media_version_id, media_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6."order" (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    auto_increment bigint NOT NULL,
    customer_id bytea NOT NULL,
    customer_tenant_id bytea NOT NULL,
    customer_version_id bytea NOT NULL,
    order_state_id bytea NOT NULL,
    order_state_tenant_id bytea NOT NULL,
    order_state_version_id bytea NOT NULL,
    payment_method_id bytea NOT NULL,
    payment_method_tenant_id bytea NOT NULL,
    payment_method_version_id bytea NOT NULL,
    currency_id bytea NOT NULL,
    currency_tenant_id bytea NOT NULL,
    currency_version_id bytea NOT NULL,
    touchpoint_id bytea NOT NULL,
    touchpoint_tenant_id bytea NOT NULL,
    billing_address_id bytea NOT NULL,
    billing_address_tenant_id bytea NOT NULL,
    billing_address_version_id bytea NOT NULL,
    order_date timestamp without time zone NOT NULL,
    amount_total double precision NOT NULL,
    position_price double precision NOT NULL,
    shipping_total double precision NOT NULL,
    is_net boolean NOT NULL,
    is_tax_free boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT order_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.order_address (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    country_id bytea NOT NULL,
    country_tenant_id bytea NOT NULL,
    country_version_id bytea NOT NULL,
    country_state_id bytea,
    country_state_tenant_id bytea,
    country_state_version_id bytea,
    company character varying(255),
    department character varying(35),
    salutation character varying(30) NOT NULL,
    title character varying(100),
    first_name character varying(50) NOT NULL,
    last_name character varying(60) NOT NULL,
    street character varying(255) NOT NULL,
    zipcode character varying(50) NOT NULL,
    city character varying(70) NOT NULL,
    vat_id character varying(50),
    phone_number character varying(40),
    additional_address_line1 character varying(255),
    additional_address_line2 character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT order_address_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.order_delivery (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    order_id bytea NOT NULL,
    order_tenant_id bytea NOT NULL,
    order_version_id bytea NOT NULL,
    shipping_address_id bytea NOT NULL,
    shipping_address_tenant_id bytea NOT NULL,
    shipping_address_version_id bytea NOT NULL,
    shipping_method_id bytea NOT NULL,
    shipping_method_tenant_id bytea NOT NULL,
    shipping_method_version_id bytea NOT NULL,
    order_state_id bytea NOT NULL,
    order_state_tenant_id bytea NOT NULL,
    order_state_version_id bytea NOT NULL,
    tracking_code character varying(200),
    shipping_date_earliest date NOT NULL,
    shipping_date_latest date NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT order_delivery_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.order_delivery_position (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    order_delivery_id bytea NOT NULL,
    order_delivery_tenant_id bytea NOT NULL,
    order_delivery_version_id bytea NOT NULL,
    order_line_item_id bytea NOT NULL,
    order_line_item_tenant_id bytea NOT NULL,
    order_line_item_version_id bytea NOT NULL,
    unit_price double precision NOT NULL,
    total_price double precision NOT NULL,
    quantity double precision NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT order_delivery_position_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.order_line_item (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    order_id bytea NOT NULL,
    order_tenant_id bytea NOT NULL,
    order_version_id bytea NOT NULL,
    parent_id bytea,
    parent_tenant_id bytea,
    identifier character varying(255) NOT NULL,
    quantity integer NOT NULL,
    unit_price double precision NOT NULL,
    total_price double precision NOT NULL,
    type character varying(42),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT order_line_item_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.order_state (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    "position" integer NOT NULL,
    has_mail boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT order_state_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.order_state_translation (
    order_state_id bytea NOT NULL,
    order_state_tenant_id bytea NOT NULL,
    order_state_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    description character varying(255) NOT NULL,
    CONSTRAINT order_state_translation_pkey PRIMARY KEY (order_state_id, order_state_version_id, order_state_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.order_transaction (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    order_id bytea NOT NULL,
    order_tenant_id bytea NOT NULL,
    order_version_id bytea NOT NULL,
    payment_method_id bytea NOT NULL,
    payment_method_tenant_id bytea NOT NULL,
    payment_method_version_id bytea NOT NULL,
    order_transaction_state_id bytea NOT NULL,
    order_transaction_state_tenant_id bytea NOT NULL,
    order_transaction_state_version_id bytea NOT NULL,
    amount text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT order_transaction_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.order_transaction_state (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    "position" integer NOT NULL,
    has_mail smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT order_transaction_state_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.order_transaction_state_translation (
    order_transaction_state_id bytea NOT NULL,
    order_transaction_state_tenant_id bytea NOT NULL,
    order_transaction_state_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    language_version_id bytea NOT NULL,
    description character varying(255) NOT NULL,
    CONSTRAINT order_transaction_state_translation_pkey PRIMARY KEY (order_transaction_state_id, language_id, order_transaction_state_tenant_id, language_tenant_id)
);

CREATE TABLE shopware6.payment_method (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    technical_name character varying(255) NOT NULL,
    template character varying(255),
    class character varying(255),
    "table" character varying(70),
    hide boolean NOT NULL,
    percentage_surcharge double precision,
    absolute_surcharge double precision,
    surcharge_string character varying(255),
    "position" integer NOT NULL,
    active boolean NOT NULL,
    allow_esd boolean NOT NULL,
    used_iframe character varying(255),
    hide_prospect boolean NOT NULL,
    action character varying(255),
    source integer,
    mobile_inactive boolean NOT NULL,
    risk_rules text,
    plugin_id character varying(250),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT payment_method_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.payment_method_translation (
    payment_method_id bytea NOT NULL,
    payment_method_tenant_id bytea NOT NULL,
    payment_method_version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    additional_description text NOT NULL,
    CONSTRAINT payment_method_translation_pkey PRIMARY KEY (payment_method_id, payment_method_version_id, payment_method_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.payment_token (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    token character varying(255) NOT NULL,
    payment_method_id bytea NOT NULL,
    payment_method_tenant_id bytea NOT NULL,
    payment_method_version_id bytea NOT NULL,
    order_transaction_id bytea NOT NULL,
    order_transaction_tenant_id bytea NOT NULL,
    order_transaction_version_id bytea NOT NULL,
    expires timestamp without time zone NOT NULL,
    CONSTRAINT payment_token_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.plugin (
    id character varying(250) NOT NULL,
    name character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    description text,
    description_long text,
    active boolean NOT NULL,
    installation_date timestamp without time zone,
    update_date timestamp without time zone,
    refresh_date timestamp without time zone,
    author character varying(255),
    copyright character varying(255),
    license character varying(255),
    version character varying(255) NOT NULL,
    support character varying(255),
    changes text,
    link character varying(255),
    store_version character varying(255),
    store_date timestamp without time zone,
    capability_update boolean NOT NULL,
    capability_install boolean NOT NULL,
    capability_enable boolean NOT NULL,
    update_source character varying(255),
    update_version character varying(255),
    capability_secure_uninstall boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT plugin_pkey PRIMARY KEY (id)
);

CREATE TABLE shopware6.product (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    auto_increment bigint NOT NULL,
    active boolean NOT NULL,
    parent_id bytea,
    parent_tenant_id bytea,
    parent_version_id bytea,
    tax_id bytea,
    tax_tenant_id bytea,
    tax_version_id bytea,
    product_manufacturer_id bytea,
    product_manufacturer_tenant_id bytea,
    product_manufacturer_version_id bytea,
    unit_id bytea,
    unit_tenant_id bytea,
    unit_version_id bytea,
    category_tree text,
    variation_ids text,
    datasheet_ids text,
    tax bytea,
    manufacturer bytea,
    unit bytea,
    media bytea,
    "priceRules" bytea,
    services bytea,
    datasheet bytea,
    categories bytea,
    translations bytea,
    price text,
    listing_prices text,
    supplier_number character varying(255),
    ean character varying(255),
    stock integer,
    min_delivery_time integer,
    max_delivery_time integer,
    restock_time integer,
    is_closeout boolean,
    min_stock bigint,
    purchase_steps bigint,
    max_purchase bigint,
    min_purchase bigint,
    purchase_unit numeric(11,4),
    reference_unit numeric(10,3),
    shipping_free smallint,
    purchase_price double precision,
    pseudo_sales integer,
    mark_as_topseller boolean,
    sales integer,
    "position" bigint,
    weight numeric(10,3),
    width numeric(10,3),
    height numeric(10,3),
    length numeric(10,3),
    template character varying(255),
    allow_notification boolean,
    release_date timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT product_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.product_category (
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    category_id bytea NOT NULL,
    category_tenant_id bytea NOT NULL,
    category_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT product_category_pkey PRIMARY KEY (product_id, product_version_id, product_tenant_id, category_id, category_version_id, category_tenant_id)
);

CREATE TABLE shopware6.product_category_tree (
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    category_id bytea NOT NULL,
    category_tenant_id bytea NOT NULL,
    category_version_id bytea NOT NULL,
    CONSTRAINT product_category_tree_pkey PRIMARY KEY (product_id, product_version_id, product_tenant_id, category_id, category_version_id, category_tenant_id)
);

CREATE TABLE shopware6.product_configurator (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    configuration_group_option_id bytea NOT NULL,
    configuration_group_option_tenant_id bytea NOT NULL,
    configuration_group_option_version_id bytea NOT NULL,
    price text,
    prices text,
    CONSTRAINT product_configurator_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.product_datasheet (
    product_tenant_id bytea NOT NULL,
    product_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    configuration_group_option_id bytea NOT NULL,
    configuration_group_option_version_id bytea NOT NULL,
    configuration_group_option_tenant_id bytea NOT NULL,
    CONSTRAINT product_datasheet_pkey PRIMARY KEY (product_id, product_version_id, product_tenant_id, configuration_group_option_id, configuration_group_option_version_id, configuration_group_option_tenant_id)
);

CREATE TABLE shopware6.product_manufacturer (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    link character varying(255),
    media_id bytea,
    media_tenant_id bytea,
    media_version_id bytea,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT product_manufacturer_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.product_manufacturer_translation (
    product_manufacturer_id bytea NOT NULL,
    product_manufacturer_tenant_id bytea NOT NULL,
    product_manufacturer_version_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    meta_title character varying(255),
    meta_description character varying(255),
    meta_keywords character varying(255),
    CONSTRAINT product_manufacturer_translation_pkey PRIMARY KEY (product_manufacturer_id, product_manufacturer_version_id, product_manufacturer_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.product_media (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    is_cover boolean NOT NULL,
    "position" integer NOT NULL,
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    media_id bytea NOT NULL,
    media_tenant_id bytea NOT NULL,
    media_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT product_media_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.product_price_rule (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    rule_id bytea NOT NULL,
    rule_tenant_id bytea NOT NULL,
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    currency_id bytea NOT NULL,
    currency_tenant_id bytea NOT NULL,
    currency_version_id bytea NOT NULL,
    price text NOT NULL,
    quantity_start integer NOT NULL,
    quantity_end integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    CONSTRAINT product_price_rule_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.product_search_keyword (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    keyword character varying(500) NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    ranking real NOT NULL,
    CONSTRAINT product_search_keyword_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.product_seo_category (
    touchpoint_id bytea NOT NULL,
    touchpoint_tenant_id bytea NOT NULL,
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    category_id bytea NOT NULL,
    category_tenant_id bytea NOT NULL,
    category_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT product_seo_category_pkey PRIMARY KEY (touchpoint_id, product_id, category_id, product_version_id, category_version_id, category_tenant_id, touchpoint_tenant_id, product_tenant_id)
);

CREATE TABLE shopware6.product_service (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    configuration_group_option_id bytea NOT NULL,
    configuration_group_option_tenant_id bytea NOT NULL,
    configuration_group_option_version_id bytea NOT NULL,
    tax_id bytea NOT NULL,
    tax_tenant_id bytea NOT NULL,
    tax_version_id bytea NOT NULL,
    price text,
    prices text,
    CONSTRAINT product_service_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.product_stream (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    conditions text,
    type integer,
    description text,
    listing_sorting_id bytea,
    listing_sorting_tenant_id bytea,
    listing_sorting_version_id bytea,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT product_stream_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.product_stream_assignment (
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    product_stream_id bytea NOT NULL,
    product_stream_tenant_id bytea NOT NULL,
    product_stream_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT product_stream_assignment_pkey PRIMARY KEY (product_id, product_version_id, product_stream_id, product_stream_version_id, product_stream_tenant_id, product_tenant_id)
);

CREATE TABLE shopware6.product_stream_tab (
    product_stream_id bytea NOT NULL,
    product_stream_tenant_id bytea NOT NULL,
    product_stream_version_id bytea NOT NULL,
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT product_stream_tab_pkey PRIMARY KEY (product_id, product_version_id, product_stream_id, product_stream_version_id, product_tenant_id, product_stream_tenant_id)
);

CREATE TABLE shopware6.product_translation (
    product_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    catalog_id bytea NOT NULL,
    catalog_tenant_id bytea NOT NULL,
    additional_text character varying(255),
    name character varying(255),
    keywords text,
    description text,
    description_long text,
    meta_title character varying(255),
    pack_unit character varying(255),
    CONSTRAINT product_translation_pkey PRIMARY KEY (product_id, language_id, product_version_id, language_tenant_id, product_tenant_id)
);

CREATE TABLE shopware6.product_variation (
    product_id bytea NOT NULL,
    product_tenant_id bytea NOT NULL,
    product_version_id bytea NOT NULL,
    configuration_group_option_id bytea NOT NULL,
    configuration_group_option_tenant_id bytea NOT NULL,
    configuration_group_option_version_id bytea NOT NULL,
    CONSTRAINT product_variation_pkey PRIMARY KEY (product_id, product_version_id, product_tenant_id, configuration_group_option_id, configuration_group_option_version_id, configuration_group_option_tenant_id)
);

CREATE TABLE shopware6.rule (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    name character varying(500) NOT NULL,
    priority integer NOT NULL,
    payload text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    CONSTRAINT rule_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.schema_version (
    version character varying(14) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    complete_date timestamp without time zone,
    name character varying(255) NOT NULL,
    error_msg text
);

CREATE TABLE shopware6.search_keyword (
    tenant_id bytea NOT NULL,
    keyword character varying(500) NOT NULL,
    reversed character varying(500) NOT NULL,
    version_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    CONSTRAINT search_keyword_pkey PRIMARY KEY (keyword, language_id, version_id, tenant_id, language_tenant_id)
);

CREATE TABLE shopware6.seo_url (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    touchpoint_id bytea NOT NULL,
    touchpoint_tenant_id bytea NOT NULL,
    name character varying(50) NOT NULL,
    foreign_key bytea NOT NULL,
    foreign_key_version_id bytea NOT NULL,
    path_info character varying(750) NOT NULL,
    seo_path_info character varying(750) NOT NULL,
    is_canonical boolean NOT NULL,
    is_modified boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT seo_url_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.session (
    id character varying(128) NOT NULL,
    data bytea NOT NULL,
    modified bigint NOT NULL,
    expiry bigint NOT NULL,
    CONSTRAINT session_pkey PRIMARY KEY (id)
);

CREATE TABLE shopware6.sessions (
    sess_id character varying(128) NOT NULL,
    sess_data bytea NOT NULL,
    sess_time bigint NOT NULL,
    sess_lifetime integer NOT NULL
);

CREATE TABLE shopware6.shipping_method (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    type bigint NOT NULL,
    active boolean NOT NULL,
    "position" integer NOT NULL,
    calculation bigint NOT NULL,
    surcharge_calculation bigint,
    tax_calculation bigint NOT NULL,
    min_delivery_time integer,
    max_delivery_time integer,
    shipping_free numeric(10,2),
    bind_shippingfree boolean NOT NULL,
    bind_time_from bigint,
    bind_time_to bigint,
    bind_instock boolean,
    bind_laststock boolean NOT NULL,
    bind_weekday_from bigint,
    bind_weekday_to bigint,
    bind_weight_from numeric(10,3),
    bind_weight_to numeric(10,3),
    bind_price_from numeric(10,2),
    bind_price_to numeric(10,2),
    bind_sql text,
    status_link text,
    calculation_sql text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shipping_method_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.shipping_method_price (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    shipping_method_id bytea NOT NULL,
    shipping_method_tenant_id bytea NOT NULL,
    shipping_method_version_id bytea NOT NULL,
    quantity_from numeric(10,3) NOT NULL,
    price numeric(10,2) NOT NULL,
    factor numeric(10,2) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shipping_method_price_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.shipping_method_translation (
    shipping_method_id bytea NOT NULL,
    shipping_method_version_id bytea NOT NULL,
    shipping_method_tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    comment character varying(255),
    CONSTRAINT shipping_method_translation_pkey PRIMARY KEY (shipping_method_id, shipping_method_version_id, shipping_method_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.shop (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    catalog_ids text NOT NULL,
    host character varying(255) NOT NULL,
    base_path character varying(255) NOT NULL,
    base_url character varying(255) NOT NULL,
    shop_template_id bytea NOT NULL,
    shop_template_tenant_id bytea NOT NULL,
    shop_template_version_id bytea NOT NULL,
    document_template_id bytea NOT NULL,
    document_template_tenant_id bytea NOT NULL,
    document_template_version_id bytea NOT NULL,
    category_id bytea NOT NULL,
    category_tenant_id bytea NOT NULL,
    category_version_id bytea NOT NULL,
    locale_id bytea NOT NULL,
    locale_tenant_id bytea NOT NULL,
    locale_version_id bytea NOT NULL,
    currency_id bytea NOT NULL,
    currency_tenant_id bytea NOT NULL,
    currency_version_id bytea NOT NULL,
    customer_group_id bytea NOT NULL,
    customer_group_tenant_id bytea NOT NULL,
    customer_group_version_id bytea NOT NULL,
    fallback_translation_id bytea,
    fallback_translation_tenant_id bytea,
    fallback_translation_version_id bytea,
    payment_method_id bytea NOT NULL,
    payment_method_tenant_id bytea NOT NULL,
    payment_method_version_id bytea NOT NULL,
    shipping_method_id bytea NOT NULL,
    shipping_method_tenant_id bytea NOT NULL,
    shipping_method_version_id bytea NOT NULL,
    country_id bytea NOT NULL,
    country_tenant_id bytea NOT NULL,
    country_version_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    title character varying(255),
    "position" integer NOT NULL,
    hosts text,
    is_secure boolean NOT NULL,
    customer_scope boolean NOT NULL,
    is_default boolean NOT NULL,
    active boolean NOT NULL,
    tax_calculation_type character varying(50) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shop_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.shop_template (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    template character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    author character varying(255),
    license character varying(255),
    esi boolean NOT NULL,
    style_support boolean NOT NULL,
    version bigint NOT NULL,
    emotion boolean NOT NULL,
    plugin_id character varying(250),
    parent_id bytea,
    parent_tenant_id bytea,
    parent_version_id bytea,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shop_template_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.shop_template_config_form (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    title character varying(255),
    options text,
    parent_id bytea,
    parent_tenant_id bytea,
    parent_version_id bytea,
    shop_template_id bytea NOT NULL,
    shop_template_tenant_id bytea NOT NULL,
    shop_template_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shop_template_config_form_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.shop_template_config_form_field (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    shop_template_id bytea NOT NULL,
    shop_template_tenant_id bytea NOT NULL,
    shop_template_version_id bytea NOT NULL,
    shop_template_config_form_id bytea NOT NULL,
    shop_template_config_form_tenant_id bytea NOT NULL,
    shop_template_config_form_version_id bytea NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    "position" integer NOT NULL,
    default_value text,
    selection text,
    field_label character varying(255),
    support_text character varying(255),
    allow_blank boolean NOT NULL,
    attributes text,
    less_compatible boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shop_template_config_form_field_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.shop_template_config_form_field_value (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    value text NOT NULL,
    shop_template_config_form_field_id bytea NOT NULL,
    shop_template_config_form_field_tenant_id bytea NOT NULL,
    shop_template_config_form_field_version_id bytea NOT NULL,
    shop_id bytea NOT NULL,
    shop_tenant_id bytea NOT NULL,
    shop_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shop_template_config_form_field_value_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.shop_template_config_preset (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    element_values text NOT NULL,
    shop_template_id bytea NOT NULL,
    shop_template_tenant_id bytea NOT NULL,
    shop_template_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shop_template_config_preset_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.snippet (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    translation_key character varying(255) NOT NULL,
    value text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT snippet_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.storefront_api_context (
    tenant_id bytea NOT NULL,
    token bytea NOT NULL,
    payload text NOT NULL,
    CONSTRAINT storefront_api_context_pkey PRIMARY KEY (token, tenant_id)
);

CREATE TABLE shopware6.tax (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    tax_rate numeric(10,2) NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT tax_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.tax_area_rule (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    tax_rate numeric(10,2) NOT NULL,
    active boolean NOT NULL,
    country_area_id bytea,
    country_area_tenant_id bytea,
    country_area_version_id bytea,
    country_id bytea,
    country_tenant_id bytea,
    country_version_id bytea,
    country_state_id bytea,
    country_state_tenant_id bytea,
    country_state_version_id bytea,
    tax_id bytea NOT NULL,
    tax_tenant_id bytea NOT NULL,
    tax_version_id bytea NOT NULL,
    customer_group_id bytea NOT NULL,
    customer_group_tenant_id bytea NOT NULL,
    customer_group_version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT tax_area_rule_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.tax_area_rule_translation (
    tax_area_rule_id bytea NOT NULL,
    tax_area_rule_version_id bytea NOT NULL,
    tax_area_rule_tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT tax_area_rule_translation_pkey PRIMARY KEY (tax_area_rule_id, tax_area_rule_version_id, tax_area_rule_tenant_id, language_id, language_tenant_id)
);

CREATE TABLE shopware6.touchpoint (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    configuration text,
    access_key character varying(255) NOT NULL,
    secret_access_key character varying(255) NOT NULL,
    catalog_ids text NOT NULL,
    currency_ids text NOT NULL,
    language_ids text NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    currency_id bytea NOT NULL,
    currency_tenant_id bytea NOT NULL,
    currency_version_id bytea NOT NULL,
    payment_method_id bytea NOT NULL,
    payment_method_tenant_id bytea NOT NULL,
    payment_method_version_id bytea NOT NULL,
    shipping_method_id bytea NOT NULL,
    shipping_method_tenant_id bytea NOT NULL,
    shipping_method_version_id bytea NOT NULL,
    country_id bytea NOT NULL,
    country_version_id bytea NOT NULL,
    country_tenant_id bytea NOT NULL,
    active boolean NOT NULL,
    tax_calculation_type character varying(50) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT touchpoint_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.unit (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    version_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT unit_pkey PRIMARY KEY (id, version_id, tenant_id)
);

CREATE TABLE shopware6.unit_translation (
    unit_id bytea NOT NULL,
    unit_version_id bytea NOT NULL,
    unit_tenant_id bytea NOT NULL,
    language_id bytea NOT NULL,
    language_tenant_id bytea NOT NULL,
    short_code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT unit_translation_pkey PRIMARY KEY (unit_id, language_id, unit_version_id, language_tenant_id, unit_tenant_id)
);

CREATE TABLE shopware6."user" (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    last_login timestamp without time zone,
    name character varying(255) NOT NULL,
    email character varying(120) NOT NULL,
    active boolean NOT NULL,
    failed_logins integer NOT NULL,
    locked_until timestamp without time zone,
    locale_id bytea NOT NULL,
    locale_version_id bytea NOT NULL,
    locale_tenant_id bytea NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT user_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.user_access_key (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    user_id bytea NOT NULL,
    user_tenant_id bytea NOT NULL,
    write_access boolean NOT NULL,
    access_key character varying(255) NOT NULL,
    secret_access_key character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    last_usage_at timestamp without time zone,
    CONSTRAINT user_access_key_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.version (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    CONSTRAINT version_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.version_commit (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    auto_increment bigint NOT NULL,
    is_merge boolean NOT NULL,
    message character varying(5000),
    user_id bytea,
    user_tenant_id bytea,
    version_id bytea NOT NULL,
    version_tenant_id bytea NOT NULL,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT version_commit_pkey PRIMARY KEY (id, tenant_id)
);

CREATE TABLE shopware6.version_commit_data (
    id bytea NOT NULL,
    tenant_id bytea NOT NULL,
    auto_increment bigint NOT NULL,
    version_commit_id bytea NOT NULL,
    version_commit_tenant_id bytea NOT NULL,
    entity_name character varying(100) NOT NULL,
    entity_id text NOT NULL,
    action character varying(100) NOT NULL,
    payload text NOT NULL,
    user_id bytea,
    user_tenant_id bytea,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT version_commit_data_pkey PRIMARY KEY (id, tenant_id)
);

ALTER TABLE shopware6.cart ADD CONSTRAINT "fk_cart.country_id" FOREIGN KEY (country_id, country_version_id, country_tenant_id) REFERENCES shopware6.country (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.cart ADD CONSTRAINT "fk_cart.currency_id" FOREIGN KEY (currency_id, currency_version_id, currency_tenant_id) REFERENCES shopware6.currency (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.cart ADD CONSTRAINT "fk_cart.customer_id" FOREIGN KEY (customer_id, customer_version_id, customer_tenant_id) REFERENCES shopware6.customer (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.cart ADD CONSTRAINT "fk_cart.payment_method_id" FOREIGN KEY (payment_method_id, payment_method_version_id, payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.cart ADD CONSTRAINT "fk_cart.shipping_method_id" FOREIGN KEY (shipping_method_id, shipping_method_version_id, shipping_method_tenant_id) REFERENCES shopware6.shipping_method (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.cart ADD CONSTRAINT "fk_cart.touchpoint_id" FOREIGN KEY (touchpoint_id, touchpoint_tenant_id) REFERENCES shopware6.touchpoint (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.category ADD CONSTRAINT "fk_category.catalog_id" FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.category ADD CONSTRAINT "fk_category.media_id" FOREIGN KEY (media_id, media_version_id, media_tenant_id) REFERENCES shopware6.media (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.category ADD CONSTRAINT "fk_category.parent_id" FOREIGN KEY (parent_id, parent_version_id, parent_tenant_id) REFERENCES shopware6.category (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.category ADD CONSTRAINT "fk_category.product_stream_id" FOREIGN KEY (product_stream_id, product_stream_version_id, product_stream_tenant_id) REFERENCES shopware6.product_stream (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.category_translation ADD CONSTRAINT category_translation_ibfk_1 FOREIGN KEY (language_id, category_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.category_translation ADD CONSTRAINT category_translation_ibfk_2 FOREIGN KEY (category_id, category_version_id, language_tenant_id) REFERENCES shopware6.category (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.category_translation ADD CONSTRAINT category_translation_ibfk_3 FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form ADD CONSTRAINT "fk_config_form.parent_id" FOREIGN KEY (parent_id, parent_version_id, parent_tenant_id) REFERENCES shopware6.config_form (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form ADD CONSTRAINT "fk_config_form.plugin_id" FOREIGN KEY (plugin_id) REFERENCES shopware6.plugin (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form_field ADD CONSTRAINT "fk_config_form_field.config_form_id" FOREIGN KEY (config_form_id, config_form_version_id, config_form_tenant_id) REFERENCES shopware6.config_form (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form_field_translation ADD CONSTRAINT "fk_config_form_field_translation.config_form_field_id" FOREIGN KEY (config_form_field_id, config_form_field_version_id, config_form_field_tenant_id) REFERENCES shopware6.config_form_field (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form_field_translation ADD CONSTRAINT "fk_config_form_field_translation.locale_id" FOREIGN KEY (locale_id, locale_version_id, config_form_field_tenant_id) REFERENCES shopware6.locale (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form_field_value ADD CONSTRAINT "fk_config_form_field_value.config_form_field_id" FOREIGN KEY (config_form_field_id, config_form_field_version_id, config_form_field_tenant_id) REFERENCES shopware6.config_form_field (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form_field_value ADD CONSTRAINT "fk_config_form_field_value.shop_id" FOREIGN KEY (shop_id, shop_version_id, shop_tenant_id) REFERENCES shopware6.shop (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form_translation ADD CONSTRAINT "fk_config_form_translation.config_form_id" FOREIGN KEY (config_form_id, config_form_version_id, config_form_tenant_id) REFERENCES shopware6.config_form (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.config_form_translation ADD CONSTRAINT "fk_config_form_translation.locale_id" FOREIGN KEY (locale_id, locale_version_id, locale_tenant_id) REFERENCES shopware6.locale (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.configuration_group_option ADD CONSTRAINT "fk_configuration_group_option.configuration_group_id" FOREIGN KEY (configuration_group_id, configuration_group_version_id, configuration_group_tenant_id) REFERENCES shopware6.configuration_group (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.configuration_group_option ADD CONSTRAINT "fk_configuration_group_option.media_id" FOREIGN KEY (media_id, media_version_id, media_tenant_id) REFERENCES shopware6.media (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.configuration_group_option_translation ADD CONSTRAINT configuration_group_option_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.configuration_group_option_translation ADD CONSTRAINT configuration_group_option_translation_ibfk_2 FOREIGN KEY (configuration_group_option_id, configuration_group_option_version_id, configuration_group_option_tenant_id) REFERENCES shopware6.configuration_group_option (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.configuration_group_translation ADD CONSTRAINT configuration_group_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.configuration_group_translation ADD CONSTRAINT configuration_group_translation_ibfk_2 FOREIGN KEY (configuration_group_id, configuration_group_version_id, configuration_group_tenant_id) REFERENCES shopware6.configuration_group (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.country ADD CONSTRAINT "fk_area_country.country_area_id" FOREIGN KEY (country_area_id, country_area_version_id, country_area_tenant_id) REFERENCES shopware6.country_area (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.country_area_translation ADD CONSTRAINT country_area_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.country_area_translation ADD CONSTRAINT country_area_translation_ibfk_2 FOREIGN KEY (country_area_id, country_area_version_id, country_area_tenant_id) REFERENCES shopware6.country_area (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.country_state ADD CONSTRAINT "fk_area_country_state.country_id" FOREIGN KEY (country_id, country_version_id, country_tenant_id) REFERENCES shopware6.country (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.country_state_translation ADD CONSTRAINT country_state_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.country_state_translation ADD CONSTRAINT country_state_translation_ibfk_2 FOREIGN KEY (country_state_id, country_state_version_id, country_state_tenant_id) REFERENCES shopware6.country_state (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.country_translation ADD CONSTRAINT country_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.country_translation ADD CONSTRAINT country_translation_ibfk_2 FOREIGN KEY (country_id, country_version_id, country_tenant_id) REFERENCES shopware6.country (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.currency_translation ADD CONSTRAINT currency_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.currency_translation ADD CONSTRAINT currency_translation_ibfk_2 FOREIGN KEY (currency_id, currency_version_id, currency_tenant_id) REFERENCES shopware6.currency (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.customer ADD CONSTRAINT "fk_customer.customer_group_id" FOREIGN KEY (customer_group_id, customer_group_version_id, customer_group_tenant_id) REFERENCES shopware6.customer_group (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.customer ADD CONSTRAINT "fk_customer.default_payment_method_id" FOREIGN KEY (default_payment_method_id, default_payment_method_version_id, default_payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.customer ADD CONSTRAINT "fk_customer.last_payment_method_id" FOREIGN KEY (last_payment_method_id, last_payment_method_version_id, last_payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.customer ADD CONSTRAINT "fk_customer.touchpoint_id" FOREIGN KEY (touchpoint_id, touchpoint_tenant_id) REFERENCES shopware6.touchpoint (id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.customer_address ADD CONSTRAINT "fk_customer_address.country_id" FOREIGN KEY (country_id, country_version_id, country_tenant_id) REFERENCES shopware6.country (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.customer_address ADD CONSTRAINT "fk_customer_address.country_state_id" FOREIGN KEY (country_state_id, country_state_version_id, country_state_tenant_id) REFERENCES shopware6.country_state (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.customer_address ADD CONSTRAINT "fk_customer_address.customer_id" FOREIGN KEY (customer_id, customer_version_id, customer_tenant_id) REFERENCES shopware6.customer (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.customer_group_discount ADD CONSTRAINT "fk_customer_group_discount.customer_group_id" FOREIGN KEY (customer_group_id, customer_group_version_id, customer_group_tenant_id) REFERENCES shopware6.customer_group (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.customer_group_translation ADD CONSTRAINT customer_group_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.customer_group_translation ADD CONSTRAINT customer_group_translation_ibfk_2 FOREIGN KEY (customer_group_id, customer_group_version_id, customer_group_tenant_id) REFERENCES shopware6.customer_group (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.discount_surcharge ADD CONSTRAINT "fk_discount_surcharge.rule_id" FOREIGN KEY (rule_id, rule_tenant_id) REFERENCES shopware6.rule (id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.discount_surcharge_translation ADD CONSTRAINT discount_surcharge_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.discount_surcharge_translation ADD CONSTRAINT discount_surcharge_translation_ibfk_2 FOREIGN KEY (discount_surcharge_id, discount_surcharge_tenant_id) REFERENCES shopware6.discount_surcharge (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.language ADD CONSTRAINT "fk_language.locale_id" FOREIGN KEY (locale_id, locale_version_id, locale_tenant_id) REFERENCES shopware6.locale (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.language ADD CONSTRAINT "fk_language.parent_id" FOREIGN KEY (parent_id, parent_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.listing_facet_translation ADD CONSTRAINT listing_facet_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.listing_facet_translation ADD CONSTRAINT listing_facet_translation_ibfk_2 FOREIGN KEY (listing_facet_id, listing_facet_version_id, listing_facet_tenant_id) REFERENCES shopware6.listing_facet (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.listing_sorting_translation ADD CONSTRAINT listing_sorting_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.listing_sorting_translation ADD CONSTRAINT listing_sorting_translation_ibfk_2 FOREIGN KEY (listing_sorting_id, listing_sorting_version_id, listing_sorting_tenant_id) REFERENCES shopware6.listing_sorting (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.locale_translation ADD CONSTRAINT locale_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.locale_translation ADD CONSTRAINT locale_translation_ibfk_2 FOREIGN KEY (locale_id, locale_version_id, locale_tenant_id) REFERENCES shopware6.locale (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.mail ADD CONSTRAINT "fk_mail.order_state_id" FOREIGN KEY (order_state_id, order_state_version_id, order_state_tenant_id) REFERENCES shopware6.order_state (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.mail_attachment ADD CONSTRAINT "fk_mail_attachment.mail_id" FOREIGN KEY (mail_id, mail_version_id, mail_tenant_id) REFERENCES shopware6.mail (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.mail_attachment ADD CONSTRAINT "fk_mail_attachment.media_id" FOREIGN KEY (media_id, media_version_id, media_tenant_id) REFERENCES shopware6.media (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.mail_attachment ADD CONSTRAINT "fk_mail_attachment.shop_id" FOREIGN KEY (shop_id, shop_version_id, shop_tenant_id) REFERENCES shopware6.shop (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.mail_translation ADD CONSTRAINT mail_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.mail_translation ADD CONSTRAINT mail_translation_ibfk_2 FOREIGN KEY (mail_id, mail_version_id, mail_tenant_id) REFERENCES shopware6.mail (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media ADD CONSTRAINT "fk_media.catalog_id" FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media ADD CONSTRAINT "fk_media.media_album_id" FOREIGN KEY (media_album_id, media_album_version_id, media_album_tenant_id) REFERENCES shopware6.media_album (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.media ADD CONSTRAINT "fk_media.user_id" FOREIGN KEY (user_id, user_tenant_id) REFERENCES shopware6."user" (id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.media_album ADD CONSTRAINT "fk_album.catalog_id" FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media_album ADD CONSTRAINT "fk_album.parent_id" FOREIGN KEY (parent_id, parent_version_id, parent_tenant_id) REFERENCES shopware6.media_album (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media_album_translation ADD CONSTRAINT media_album_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media_album_translation ADD CONSTRAINT media_album_translation_ibfk_2 FOREIGN KEY (media_album_id, media_album_version_id, media_album_tenant_id) REFERENCES shopware6.media_album (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media_album_translation ADD CONSTRAINT media_album_translation_ibfk_3 FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media_translation ADD CONSTRAINT media_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media_translation ADD CONSTRAINT media_translation_ibfk_2 FOREIGN KEY (media_id, media_version_id, media_tenant_id) REFERENCES shopware6.media (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.media_translation ADD CONSTRAINT media_translation_ibfk_3 FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6."order" ADD CONSTRAINT "fk_order.billing_address_id" FOREIGN KEY (billing_address_id, billing_address_version_id, billing_address_tenant_id) REFERENCES shopware6.order_address (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6."order" ADD CONSTRAINT "fk_order.currency_id" FOREIGN KEY (currency_id, currency_version_id, currency_tenant_id) REFERENCES shopware6.currency (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6."order" ADD CONSTRAINT "fk_order.customer_id" FOREIGN KEY (customer_id, customer_version_id, customer_tenant_id) REFERENCES shopware6.customer (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6."order" ADD CONSTRAINT "fk_order.order_state_id" FOREIGN KEY (order_state_id, order_state_version_id, order_state_tenant_id) REFERENCES shopware6.order_state (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6."order" ADD CONSTRAINT "fk_order.payment_method_id" FOREIGN KEY (payment_method_id, payment_method_version_id, payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6."order" ADD CONSTRAINT "fk_order.touchpoint_id" FOREIGN KEY (touchpoint_id, touchpoint_tenant_id) REFERENCES shopware6.touchpoint (id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.order_address ADD CONSTRAINT "fk_order_address.country_id" FOREIGN KEY (country_id, country_version_id, country_tenant_id) REFERENCES shopware6.country (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.order_address ADD CONSTRAINT "fk_order_address.country_state_id" FOREIGN KEY (country_state_id, country_state_version_id, country_state_tenant_id) REFERENCES shopware6.country_state (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.order_delivery ADD CONSTRAINT "fk_order_delivery.order_id" FOREIGN KEY (order_id, order_version_id, order_tenant_id) REFERENCES shopware6."order" (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.order_delivery ADD CONSTRAINT "fk_order_delivery.order_state_id" FOREIGN KEY (order_state_id, order_state_version_id, order_state_tenant_id) REFERENCES shopware6.order_state (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.order_delivery ADD CONSTRAINT "fk_order_delivery.shipping_address_id" FOREIGN KEY (shipping_address_id, shipping_address_version_id, shipping_address_tenant_id) REFERENCES shopware6.order_address (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.order_delivery ADD CONSTRAINT "fk_order_delivery.shipping_method_id" FOREIGN KEY (shipping_method_id, shipping_method_version_id, shipping_method_tenant_id) REFERENCES shopware6.shipping_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.order_delivery_position ADD CONSTRAINT "fk_order_delivery_position.order_delivery_id" FOREIGN KEY (order_delivery_id, order_delivery_version_id, order_delivery_tenant_id) REFERENCES shopware6.order_delivery (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.order_delivery_position ADD CONSTRAINT "fk_order_delivery_position.order_line_item_id" FOREIGN KEY (order_line_item_id, order_line_item_version_id, order_line_item_tenant_id) REFERENCES shopware6.order_line_item (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.order_line_item ADD CONSTRAINT "fk_order_line_item.order_id" FOREIGN KEY (order_id, order_version_id, order_tenant_id) REFERENCES shopware6."order" (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.order_state_translation ADD CONSTRAINT order_state_translation_ibfk_1 FOREIGN KEY (language_id, order_state_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.order_state_translation ADD CONSTRAINT order_state_translation_ibfk_2 FOREIGN KEY (order_state_id, order_state_version_id, order_state_tenant_id) REFERENCES shopware6.order_state (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.order_transaction ADD CONSTRAINT "fk_order_transaction.order_id" FOREIGN KEY (order_id, order_version_id, order_tenant_id) REFERENCES shopware6."order" (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.order_transaction ADD CONSTRAINT "fk_order_transaction.order_transaction_state_id" FOREIGN KEY (order_transaction_state_id, order_transaction_state_version_id, order_transaction_state_tenant_id) REFERENCES shopware6.order_transaction_state (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.order_transaction ADD CONSTRAINT "fk_order_transaction.payment_method_id" FOREIGN KEY (payment_method_id, payment_method_version_id, payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.order_transaction_state_translation ADD CONSTRAINT order_transaction_state_translation_ibfk_1 FOREIGN KEY (language_id, language_version_id, language_tenant_id) REFERENCES shopware6.shop (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.order_transaction_state_translation ADD CONSTRAINT order_transaction_state_translation_ibfk_2 FOREIGN KEY (order_transaction_state_id, order_transaction_state_version_id, order_transaction_state_tenant_id) REFERENCES shopware6.order_transaction_state (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.payment_method ADD CONSTRAINT "fk_payment_method.plugin_id" FOREIGN KEY (plugin_id) REFERENCES shopware6.plugin (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.payment_method_translation ADD CONSTRAINT payment_method_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.payment_method_translation ADD CONSTRAINT payment_method_translation_ibfk_2 FOREIGN KEY (payment_method_id, payment_method_version_id, payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.payment_token ADD CONSTRAINT "fk_payment_token.order_transaction_id" FOREIGN KEY (order_transaction_id, order_transaction_tenant_id, order_transaction_version_id) REFERENCES shopware6.order_transaction (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.payment_token ADD CONSTRAINT "fk_payment_token.payment_method_id" FOREIGN KEY (payment_method_id, payment_method_version_id, payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product ADD CONSTRAINT "fk_product.catalog_id" FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product ADD CONSTRAINT "fk_product.parent_id" FOREIGN KEY (parent_id, parent_version_id, parent_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product ADD CONSTRAINT "fk_product.product_manufacturer_id" FOREIGN KEY (product_manufacturer_id, product_manufacturer_version_id, product_manufacturer_tenant_id) REFERENCES shopware6.product_manufacturer (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.product ADD CONSTRAINT "fk_product.tax_id" FOREIGN KEY (tax_id, tax_version_id, tax_tenant_id) REFERENCES shopware6.tax (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.product ADD CONSTRAINT "fk_product.unit_id" FOREIGN KEY (unit_id, unit_version_id, unit_tenant_id) REFERENCES shopware6.unit (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.product_category ADD CONSTRAINT "fk_product_category.category_id" FOREIGN KEY (category_id, category_version_id, category_tenant_id) REFERENCES shopware6.category (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_category ADD CONSTRAINT "fk_product_category.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_category_tree ADD CONSTRAINT product_category_tree_ibfk_1 FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_category_tree ADD CONSTRAINT product_category_tree_ibfk_2 FOREIGN KEY (category_id, category_version_id, category_tenant_id) REFERENCES shopware6.category (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_configurator ADD CONSTRAINT "fk_product_configurator.configuration_group_option_id" FOREIGN KEY (configuration_group_option_id, configuration_group_option_version_id, configuration_group_option_tenant_id) REFERENCES shopware6.configuration_group_option (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_configurator ADD CONSTRAINT "fk_product_configurator.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_datasheet ADD CONSTRAINT "fk_product_datasheet.configuration_option_id" FOREIGN KEY (configuration_group_option_id, configuration_group_option_version_id, configuration_group_option_tenant_id) REFERENCES shopware6.configuration_group_option (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_datasheet ADD CONSTRAINT "fk_product_datasheet.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_manufacturer ADD CONSTRAINT "fk_product_manufacturer.catalog_id" FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_manufacturer ADD CONSTRAINT "fk_product_manufacturer.media_id" FOREIGN KEY (media_id, media_version_id, media_tenant_id) REFERENCES shopware6.media (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.product_manufacturer_translation ADD CONSTRAINT product_manufacturer_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_manufacturer_translation ADD CONSTRAINT product_manufacturer_translation_ibfk_2 FOREIGN KEY (product_manufacturer_id, product_manufacturer_version_id, product_manufacturer_tenant_id) REFERENCES shopware6.product_manufacturer (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_manufacturer_translation ADD CONSTRAINT product_manufacturer_translation_ibfk_3 FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_media ADD CONSTRAINT "fk_product_media.catalog_id" FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_media ADD CONSTRAINT "fk_product_media.media_id" FOREIGN KEY (media_id, media_version_id, media_tenant_id) REFERENCES shopware6.media (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_media ADD CONSTRAINT "fk_product_media.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_price_rule ADD CONSTRAINT "fk_product_price_rule.currency_id" FOREIGN KEY (currency_id, currency_version_id, currency_tenant_id) REFERENCES shopware6.currency (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_price_rule ADD CONSTRAINT "fk_product_price_rule.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_price_rule ADD CONSTRAINT "fk_product_price_rule.rule_id" FOREIGN KEY (rule_id, rule_tenant_id) REFERENCES shopware6.rule (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_search_keyword ADD CONSTRAINT "fk_product_search_keyword.language_id" FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_search_keyword ADD CONSTRAINT "fk_product_search_keyword.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_seo_category ADD CONSTRAINT "fk_product_seo_category.category_id" FOREIGN KEY (category_id, category_version_id, category_tenant_id) REFERENCES shopware6.category (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_seo_category ADD CONSTRAINT "fk_product_seo_category.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_seo_category ADD CONSTRAINT "fk_product_seo_category.touchpoint_id" FOREIGN KEY (touchpoint_id, touchpoint_tenant_id) REFERENCES shopware6.touchpoint (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_service ADD CONSTRAINT "fk_product_service.configuration_group_option_id" FOREIGN KEY (configuration_group_option_id, configuration_group_option_version_id, configuration_group_option_tenant_id) REFERENCES shopware6.configuration_group_option (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_service ADD CONSTRAINT "fk_product_service.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_service ADD CONSTRAINT "fk_product_service.tax_id" FOREIGN KEY (tax_id, tax_version_id, tax_tenant_id) REFERENCES shopware6.tax (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_stream ADD CONSTRAINT "fk_product_stream.catalog_id" FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_stream ADD CONSTRAINT "fk_product_stream.listing_sorting_id" FOREIGN KEY (listing_sorting_id, listing_sorting_version_id, listing_sorting_tenant_id) REFERENCES shopware6.listing_sorting (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.product_stream_assignment ADD CONSTRAINT "fk_product_stream_assignment.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_stream_assignment ADD CONSTRAINT "fk_product_stream_assignment.product_stream_id" FOREIGN KEY (product_stream_id, product_stream_version_id, product_stream_tenant_id) REFERENCES shopware6.product_stream (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_stream_tab ADD CONSTRAINT "fk_product_stream_tab.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_stream_tab ADD CONSTRAINT "fk_product_stream_tab.product_stream_id" FOREIGN KEY (product_stream_id, product_stream_version_id, product_stream_tenant_id) REFERENCES shopware6.product_stream (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_translation ADD CONSTRAINT "fk_product_trans.catalog_id" FOREIGN KEY (catalog_id, catalog_tenant_id) REFERENCES shopware6.catalog (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_translation ADD CONSTRAINT "fk_product_trans.language_id" FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_translation ADD CONSTRAINT "fk_product_trans.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_variation ADD CONSTRAINT "fk_product_variation.configuration_group_option_id" FOREIGN KEY (configuration_group_option_id, configuration_group_option_version_id, configuration_group_option_tenant_id) REFERENCES shopware6.configuration_group_option (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.product_variation ADD CONSTRAINT "fk_product_variation.product_id" FOREIGN KEY (product_id, product_version_id, product_tenant_id) REFERENCES shopware6.product (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.search_keyword ADD CONSTRAINT "fk_search_keyword.language_id" FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.seo_url ADD CONSTRAINT "fk_seo_url.touchpoint_id" FOREIGN KEY (touchpoint_id, touchpoint_tenant_id) REFERENCES shopware6.touchpoint (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shipping_method_price ADD CONSTRAINT "fk_shipping_method_price.shipping_method_id" FOREIGN KEY (shipping_method_id, shipping_method_version_id, shipping_method_tenant_id) REFERENCES shopware6.shipping_method (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shipping_method_translation ADD CONSTRAINT shipping_method_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shipping_method_translation ADD CONSTRAINT shipping_method_translation_ibfk_2 FOREIGN KEY (shipping_method_id, shipping_method_version_id, shipping_method_tenant_id) REFERENCES shopware6.shipping_method (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.category_id" FOREIGN KEY (category_id, category_version_id, category_tenant_id) REFERENCES shopware6.category (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.country_id" FOREIGN KEY (country_id, country_version_id, country_tenant_id) REFERENCES shopware6.country (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.currency_id" FOREIGN KEY (currency_id, currency_version_id, currency_tenant_id) REFERENCES shopware6.currency (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.customer_group_id" FOREIGN KEY (customer_group_id, customer_group_version_id, customer_group_tenant_id) REFERENCES shopware6.customer_group (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.document_template_id" FOREIGN KEY (document_template_id, document_template_version_id, document_template_tenant_id) REFERENCES shopware6.shop_template (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.fallback_translation_id" FOREIGN KEY (fallback_translation_id, fallback_translation_version_id, fallback_translation_tenant_id) REFERENCES shopware6.shop (id, version_id, tenant_id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.locale_id" FOREIGN KEY (locale_id, locale_version_id, locale_tenant_id) REFERENCES shopware6.locale (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.payment_method_id" FOREIGN KEY (payment_method_id, payment_method_version_id, payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.shipping_method_id" FOREIGN KEY (shipping_method_id, shipping_method_version_id, shipping_method_tenant_id) REFERENCES shopware6.shipping_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop ADD CONSTRAINT "fk_shop.shop_template_id" FOREIGN KEY (shop_template_id, shop_template_version_id, shop_template_tenant_id) REFERENCES shopware6.shop_template (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template ADD CONSTRAINT "fk_shop_template.parent_id" FOREIGN KEY (parent_id, parent_version_id, parent_tenant_id) REFERENCES shopware6.shop_template (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template ADD CONSTRAINT "fk_shop_template.plugin_id" FOREIGN KEY (plugin_id) REFERENCES shopware6.plugin (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template_config_form ADD CONSTRAINT "fk_shop_template_config_form.parent_id" FOREIGN KEY (parent_id, parent_version_id, parent_tenant_id) REFERENCES shopware6.shop_template_config_form (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template_config_form ADD CONSTRAINT "fk_shop_template_config_form.shop_template_id" FOREIGN KEY (shop_template_id, shop_template_version_id, shop_template_tenant_id) REFERENCES shopware6.shop_template (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template_config_form_field ADD CONSTRAINT "fk_shop_template_cff.shop_template_config_form_id" FOREIGN KEY (shop_template_config_form_id, shop_template_config_form_version_id, shop_template_config_form_tenant_id) REFERENCES shopware6.shop_template_config_form (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template_config_form_field ADD CONSTRAINT "fk_shop_template_config_form_field.shop_template_id" FOREIGN KEY (shop_template_id, shop_template_version_id, shop_template_tenant_id) REFERENCES shopware6.shop_template (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template_config_form_field_value ADD CONSTRAINT "fk_shop_template_cffv.shop_id" FOREIGN KEY (shop_id, shop_version_id, shop_tenant_id) REFERENCES shopware6.shop (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template_config_form_field_value ADD CONSTRAINT "fk_shop_template_cffv.shop_template_config_form_field_id" FOREIGN KEY (shop_template_config_form_field_id, shop_template_config_form_field_version_id, shop_template_config_form_field_tenant_id) REFERENCES shopware6.shop_template_config_form_field (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.shop_template_config_preset ADD CONSTRAINT "fk_shop_template_config_preset.shop_template_id" FOREIGN KEY (shop_template_id, shop_template_version_id, shop_template_tenant_id) REFERENCES shopware6.shop_template (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.snippet ADD CONSTRAINT "fk_snippet.language_id" FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.tax_area_rule ADD CONSTRAINT "fk_tax_area_rule.country_area_id" FOREIGN KEY (country_area_id, country_area_version_id, country_area_tenant_id) REFERENCES shopware6.country_area (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.tax_area_rule ADD CONSTRAINT "fk_tax_area_rule.country_id" FOREIGN KEY (country_id, country_version_id, country_tenant_id) REFERENCES shopware6.country (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.tax_area_rule ADD CONSTRAINT "fk_tax_area_rule.country_state_id" FOREIGN KEY (country_state_id, country_state_version_id, country_state_tenant_id) REFERENCES shopware6.country_state (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.tax_area_rule ADD CONSTRAINT "fk_tax_area_rule.customer_group_id" FOREIGN KEY (customer_group_id, customer_group_version_id, customer_group_tenant_id) REFERENCES shopware6.customer_group (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.tax_area_rule ADD CONSTRAINT "fk_tax_area_rule.tax_id" FOREIGN KEY (tax_id, tax_version_id, tax_tenant_id) REFERENCES shopware6.tax (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.tax_area_rule_translation ADD CONSTRAINT tax_area_rule_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.tax_area_rule_translation ADD CONSTRAINT tax_area_rule_translation_ibfk_2 FOREIGN KEY (tax_area_rule_id, tax_area_rule_version_id, tax_area_rule_tenant_id) REFERENCES shopware6.tax_area_rule (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.touchpoint ADD CONSTRAINT "fk_touchpoint.country_id" FOREIGN KEY (country_id, country_version_id, country_tenant_id) REFERENCES shopware6.country (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.touchpoint ADD CONSTRAINT "fk_touchpoint.currency_id" FOREIGN KEY (currency_id, currency_version_id, currency_tenant_id) REFERENCES shopware6.currency (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.touchpoint ADD CONSTRAINT "fk_touchpoint.language_id" FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.touchpoint ADD CONSTRAINT "fk_touchpoint.payment_method_id" FOREIGN KEY (payment_method_id, payment_method_version_id, payment_method_tenant_id) REFERENCES shopware6.payment_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.touchpoint ADD CONSTRAINT "fk_touchpoint.shipping_method_id" FOREIGN KEY (shipping_method_id, shipping_method_version_id, shipping_method_tenant_id) REFERENCES shopware6.shipping_method (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.unit_translation ADD CONSTRAINT unit_translation_ibfk_1 FOREIGN KEY (language_id, language_tenant_id) REFERENCES shopware6.language (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.unit_translation ADD CONSTRAINT unit_translation_ibfk_2 FOREIGN KEY (unit_id, unit_version_id, unit_tenant_id) REFERENCES shopware6.unit (id, version_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6."user" ADD CONSTRAINT "fk_user.locale_id" FOREIGN KEY (locale_id, locale_version_id, locale_tenant_id) REFERENCES shopware6.locale (id, version_id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE shopware6.user_access_key ADD CONSTRAINT "fk_user_access_key.user_id" FOREIGN KEY (user_id, user_tenant_id) REFERENCES shopware6."user" (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE shopware6.version_commit_data ADD CONSTRAINT version_commit_data_version_commit_id_version_commit_tenan_fkey FOREIGN KEY (version_commit_id, version_commit_tenant_id) REFERENCES shopware6.version_commit (id, tenant_id) ON DELETE CASCADE;

COMMENT ON TABLE shopware6.product_stream_assignment IS 'Contains the manually assigned products of a stream';
COMMENT ON TABLE shopware6.product_stream_tab IS 'used to assign stream as detail page tab item';
