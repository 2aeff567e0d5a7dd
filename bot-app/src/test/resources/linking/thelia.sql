-- Thelia, the open-source e-commerce platform (PHP, Propel ORM): catalogue (products, their sale elements, i.e.
-- variants with stock, EAN and weight, prices per currency, categories, brands, features and their values,
-- attributes and their values and combinations, templates, images and documents, accessories), promotions (sales,
-- coupons and their per-customer counts), customers, titles, addresses, carts, orders with their addresses, products,
-- product taxes, coupons, postage taxes and statuses, currencies, languages, countries, states, shipping areas, taxes
-- and tax rules, content pages and folders, modules and hooks, admins, profiles, API keys, newsletter subscribers,
-- messages, imports/exports, URL rewriting, and the *_version history tables of category, content, coupon, customer,
-- folder, message, order and product), as its installer script declares it: setup/thelia.sql of
-- github.com/thelia/thelia (commit 87d2763, file last changed in e002960; GPL-3.0-or-later per its composer.json and LICENSE;
-- we use the schema's facts). MySQL (Propel-generated) converted to
-- PostgreSQL by a one-off script (not committed) and loaded into a scratch PostgreSQL 15, schema thelia: all 144
-- tables, their primary keys and the 175 foreign keys the script declares (ON UPDATE/DELETE actions left out);
-- INTEGER -> integer, TINYINT -> smallint, DECIMAL -> numeric, FLOAT -> real, DATETIME/TIMESTAMP ->
-- timestamp, LONGTEXT/TEXT -> text, VARBINARY -> bytea. Left out: AUTO_INCREMENT, defaults, plain and unique
-- indexes, engine options and the one MySQL trigger (remove_free_text_feature_av). Its 24 column COMMENTs are kept
-- as COMMENT ON COLUMN. Translated names live in the *_i18n tables (id = the translated row's id, plus locale).
-- No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS thelia;
CREATE TABLE thelia.category (
    id integer NOT NULL,
    parent integer NOT NULL,
    visible smallint NOT NULL,
    position integer NOT NULL,
    default_template_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product (
    id integer NOT NULL,
    tax_rule_id integer,
    ref character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer NOT NULL,
    template_id integer,
    brand_id integer,
    virtual smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product_category (
    product_id integer NOT NULL,
    category_id integer NOT NULL,
    default_category smallint,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (product_id,category_id)
);
CREATE TABLE thelia.country (
    id integer NOT NULL,
    visible smallint NOT NULL,
    isocode character varying(4) NOT NULL,
    isoalpha2 character varying(2),
    isoalpha3 character varying(4),
    has_states smallint,
    need_zip_code smallint,
    zip_code_format character varying(20),
    by_default smallint,
    shop_country smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.tax (
    id integer NOT NULL,
    type character varying(255) NOT NULL,
    serialized_requirements text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.tax_rule (
    id integer NOT NULL,
    is_default smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.tax_rule_country (
    id integer NOT NULL,
    tax_rule_id integer NOT NULL,
    country_id integer NOT NULL,
    state_id integer,
    tax_id integer NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.feature (
    id integer NOT NULL,
    visible integer,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.feature_av (
    id integer NOT NULL,
    feature_id integer NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.feature_product (
    id integer NOT NULL,
    product_id integer NOT NULL,
    feature_id integer NOT NULL,
    feature_av_id integer,
    free_text_value text,
    is_free_text smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.feature_template (
    id integer NOT NULL,
    feature_id integer NOT NULL,
    template_id integer NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.attribute (
    id integer NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.attribute_av (
    id integer NOT NULL,
    attribute_id integer NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.attribute_combination (
    attribute_id integer NOT NULL,
    attribute_av_id integer NOT NULL,
    product_sale_elements_id integer NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (attribute_id,attribute_av_id,product_sale_elements_id)
);
CREATE TABLE thelia.product_sale_elements (
    id integer NOT NULL,
    product_id integer NOT NULL,
    ref character varying(255) NOT NULL,
    quantity real NOT NULL,
    position integer NOT NULL,
    visible boolean NOT NULL,
    promo smallint,
    newness smallint,
    weight real,
    is_default smallint,
    ean_code character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.attribute_template (
    id integer NOT NULL,
    attribute_id integer NOT NULL,
    template_id integer NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.config (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    secured smallint NOT NULL,
    hidden smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.customer (
    id integer NOT NULL,
    title_id integer,
    lang_id integer,
    ref character varying(50),
    firstname character varying(255) NOT NULL,
    lastname character varying(255) NOT NULL,
    email character varying(255),
    password character varying(255),
    algo character varying(128),
    reseller smallint,
    sponsor character varying(50),
    discount numeric(16,6),
    remember_me_token character varying(255),
    remember_me_serial character varying(255),
    enable smallint,
    confirmation_token character varying(255),
    confirmation_token_expires_at timestamp without time zone,
    anonymized_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE thelia.address (
    id integer NOT NULL,
    label character varying(255),
    customer_id integer NOT NULL,
    title_id integer NOT NULL,
    company character varying(255),
    siret character varying(20),
    vat_number character varying(20),
    firstname character varying(255) NOT NULL,
    lastname character varying(255) NOT NULL,
    address1 character varying(255) NOT NULL,
    address2 character varying(255) NOT NULL,
    address3 character varying(255) NOT NULL,
    zipcode character varying(10) NOT NULL,
    city character varying(255) NOT NULL,
    country_id integer NOT NULL,
    state_id integer,
    phone character varying(20),
    cellphone character varying(20),
    is_default smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.customer_title (
    id integer NOT NULL,
    by_default integer NOT NULL,
    position character varying(45) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.lang (
    id integer NOT NULL,
    title character varying(100),
    code character varying(10),
    locale character varying(45),
    url character varying(255),
    date_format character varying(45),
    time_format character varying(45),
    datetime_format character varying(45),
    decimal_separator character varying(45),
    thousands_separator character varying(45),
    active smallint,
    visible smallint,
    decimals character varying(45),
    by_default smallint,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.folder (
    id integer NOT NULL,
    parent integer NOT NULL,
    visible smallint,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE thelia.content (
    id integer NOT NULL,
    visible smallint,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product_image (
    id integer NOT NULL,
    product_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product_document (
    id integer NOT NULL,
    product_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.order (
    id integer NOT NULL,
    ref character varying(45),
    customer_id integer NOT NULL,
    invoice_order_address_id integer NOT NULL,
    delivery_order_address_id integer NOT NULL,
    invoice_date timestamp without time zone,
    currency_id integer NOT NULL,
    currency_rate real NOT NULL,
    transaction_ref character varying(100),
    delivery_ref character varying(100),
    invoice_ref character varying(100),
    discount numeric(16,6),
    customer_discount_rate numeric(16,6),
    postage numeric(16,6) NOT NULL,
    postage_tax numeric(16,6) NOT NULL,
    postage_tax_rule_title character varying(255),
    payment_module_id integer,
    payment_module_title character varying(255),
    delivery_module_id integer,
    delivery_module_title character varying(255),
    status_id integer NOT NULL,
    lang_id integer NOT NULL,
    cart_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE thelia.currency (
    id integer NOT NULL,
    code character varying(45),
    isocode_numeric character varying(3),
    symbol character varying(45),
    format character(10),
    rate real,
    visible smallint,
    position integer,
    by_default smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.order_address (
    id integer NOT NULL,
    customer_title_id integer,
    company character varying(255),
    siret character varying(20),
    vat_number character varying(20),
    firstname character varying(255) NOT NULL,
    lastname character varying(255) NOT NULL,
    address1 character varying(255) NOT NULL,
    address2 character varying(255),
    address3 character varying(255),
    zipcode character varying(10) NOT NULL,
    city character varying(255) NOT NULL,
    phone character varying(20),
    cellphone character varying(20),
    country_id integer NOT NULL,
    state_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.order_product (
    id integer NOT NULL,
    order_id integer NOT NULL,
    product_ref character varying(255) NOT NULL,
    product_sale_elements_ref character varying(255) NOT NULL,
    product_sale_elements_id integer,
    title character varying(255),
    chapo text,
    description text,
    postscriptum text,
    quantity real NOT NULL,
    price numeric(16,6) NOT NULL,
    promo_price numeric(16,6),
    was_new smallint NOT NULL,
    was_in_promo smallint NOT NULL,
    weight character varying(45),
    ean_code character varying(255),
    tax_rule_title character varying(255),
    tax_rule_description text,
    parent integer,
    virtual smallint NOT NULL,
    virtual_document character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.order_status (
    id integer NOT NULL,
    code character varying(45) NOT NULL,
    equivalent_code character varying(45),
    color character(7),
    position integer,
    protected_status smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.order_sequence (
    name character varying(64) NOT NULL,
    current_value bigint NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE thelia.order_product_attribute_combination (
    id integer NOT NULL,
    order_product_id integer NOT NULL,
    attribute_title character varying(255) NOT NULL,
    attribute_chapo text,
    attribute_description text,
    attribute_postscriptum text,
    attribute_av_title character varying(255) NOT NULL,
    attribute_av_chapo text,
    attribute_av_description text,
    attribute_av_postscriptum text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.module (
    id integer NOT NULL,
    code character varying(55) NOT NULL,
    version character varying(25) NOT NULL,
    type smallint NOT NULL,
    category character varying(50) NOT NULL,
    activate smallint,
    position integer,
    full_namespace character varying(255),
    mandatory smallint,
    hidden smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.accessory (
    id integer NOT NULL,
    product_id integer NOT NULL,
    accessory integer NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.area (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    postage real,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.area_delivery_module (
    id integer NOT NULL,
    area_id integer NOT NULL,
    delivery_module_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.profile (
    id integer NOT NULL,
    code character varying(30) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.resource (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.admin (
    id integer NOT NULL,
    profile_id integer,
    firstname character varying(100) NOT NULL,
    lastname character varying(100) NOT NULL,
    login character varying(100) NOT NULL,
    password character varying(128) NOT NULL,
    locale character varying(45) NOT NULL,
    algo character varying(128),
    salt character varying(128),
    remember_me_token character varying(255),
    remember_me_serial character varying(255),
    email character varying(255) NOT NULL,
    password_renew_token character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.profile_resource (
    profile_id integer NOT NULL,
    resource_id integer NOT NULL,
    access integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (profile_id,resource_id)
);
CREATE TABLE thelia.profile_module (
    profile_id integer NOT NULL,
    module_id integer NOT NULL,
    access smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (profile_id,module_id)
);
CREATE TABLE thelia.message (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    secured smallint,
    text_layout_file_name character varying(255),
    text_template_file_name character varying(255),
    html_layout_file_name character varying(255),
    html_template_file_name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE thelia.coupon (
    id integer NOT NULL,
    code character varying(45) NOT NULL,
    type character varying(255) NOT NULL,
    serialized_effects text NOT NULL,
    is_enabled smallint NOT NULL,
    start_date timestamp without time zone,
    expiration_date timestamp without time zone,
    max_usage integer NOT NULL,
    is_cumulative smallint NOT NULL,
    is_removing_postage smallint NOT NULL,
    is_available_on_special_offers smallint NOT NULL,
    is_used smallint NOT NULL,
    serialized_conditions text NOT NULL,
    per_customer_usage_count smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE thelia.admin_log (
    id integer NOT NULL,
    admin_login character varying(255),
    admin_firstname character varying(255),
    admin_lastname character varying(255),
    resource character varying(255),
    resource_id integer,
    action character varying(255),
    message text,
    request text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.content_folder (
    content_id integer NOT NULL,
    folder_id integer NOT NULL,
    default_folder smallint,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (content_id,folder_id)
);
CREATE TABLE thelia.cart (
    id integer NOT NULL,
    token character varying(255),
    customer_id integer,
    address_delivery_id integer,
    address_invoice_id integer,
    delivery_module_id integer,
    payment_module_id integer,
    postage numeric,
    postage_tax numeric,
    postage_tax_rule_title character varying(255),
    currency_id integer,
    discount numeric(16,6),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.cart_address (
    id integer NOT NULL,
    customer_title_id integer,
    address_id integer,
    company character varying(255),
    siret character varying(20),
    vat_number character varying(20),
    firstname character varying(255) NOT NULL,
    lastname character varying(255) NOT NULL,
    address1 character varying(255) NOT NULL,
    address2 character varying(255),
    address3 character varying(255),
    zipcode character varying(10) NOT NULL,
    city character varying(255) NOT NULL,
    phone character varying(20),
    cellphone character varying(20),
    country_id integer NOT NULL,
    state_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.cart_item (
    id integer NOT NULL,
    cart_id integer NOT NULL,
    product_id integer NOT NULL,
    quantity real,
    product_sale_elements_id integer NOT NULL,
    price numeric(16,6),
    promo_price numeric(16,6),
    price_end_of_life timestamp without time zone,
    promo integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product_price (
    product_sale_elements_id integer NOT NULL,
    currency_id integer NOT NULL,
    price numeric(16,6) NOT NULL,
    promo_price numeric(16,6) NOT NULL,
    from_default_currency smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (product_sale_elements_id,currency_id)
);
CREATE TABLE thelia.category_image (
    id integer NOT NULL,
    category_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.folder_image (
    id integer NOT NULL,
    folder_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.content_image (
    id integer NOT NULL,
    content_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.category_document (
    id integer NOT NULL,
    category_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.content_document (
    id integer NOT NULL,
    content_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.folder_document (
    id integer NOT NULL,
    folder_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product_associated_content (
    id integer NOT NULL,
    product_id integer NOT NULL,
    content_id integer NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.category_associated_content (
    id integer NOT NULL,
    category_id integer NOT NULL,
    content_id integer NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.rewriting_url (
    id integer NOT NULL,
    url bytea NOT NULL,
    view character varying(255),
    view_id character varying(255),
    view_locale character varying(255),
    redirected integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.rewriting_argument (
    rewriting_url_id integer NOT NULL,
    parameter character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (rewriting_url_id,parameter,value)
);
CREATE TABLE thelia.template (
    id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.module_image (
    id integer NOT NULL,
    module_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.order_product_tax (
    id integer NOT NULL,
    order_product_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    amount numeric(16,6) NOT NULL,
    promo_amount numeric(16,6),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.order_postage_tax (
    id integer NOT NULL,
    order_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    untaxed_amount numeric(16,6) NOT NULL,
    amount numeric(16,6) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.newsletter (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    firstname character varying(255),
    lastname character varying(255),
    locale character varying(5),
    unsubscribed smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.order_coupon (
    id integer NOT NULL,
    order_id integer NOT NULL,
    code character varying(45) NOT NULL,
    type character varying(255) NOT NULL,
    amount numeric(16,6) NOT NULL,
    title character varying(255) NOT NULL,
    short_description text NOT NULL,
    description text NOT NULL,
    start_date timestamp without time zone,
    expiration_date timestamp without time zone NOT NULL,
    is_cumulative smallint NOT NULL,
    is_removing_postage smallint NOT NULL,
    is_available_on_special_offers smallint NOT NULL,
    serialized_conditions text NOT NULL,
    per_customer_usage_count smallint NOT NULL,
    usage_canceled smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.coupon_country (
    coupon_id integer NOT NULL,
    country_id integer NOT NULL,
    PRIMARY KEY (coupon_id,country_id)
);
CREATE TABLE thelia.coupon_module (
    coupon_id integer NOT NULL,
    module_id integer NOT NULL,
    PRIMARY KEY (coupon_id,module_id)
);
CREATE TABLE thelia.order_coupon_country (
    coupon_id integer NOT NULL,
    country_id integer NOT NULL,
    PRIMARY KEY (coupon_id,country_id)
);
CREATE TABLE thelia.order_coupon_module (
    coupon_id integer NOT NULL,
    module_id integer NOT NULL,
    PRIMARY KEY (coupon_id,module_id)
);
CREATE TABLE thelia.coupon_customer_count (
    coupon_id integer NOT NULL,
    customer_id integer NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (coupon_id,customer_id)
);
CREATE TABLE thelia.brand (
    id integer NOT NULL,
    visible smallint,
    position integer,
    logo_image_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.brand_document (
    id integer NOT NULL,
    brand_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.brand_image (
    id integer NOT NULL,
    brand_id integer NOT NULL,
    file character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.form_firewall (
    id integer NOT NULL,
    form_name character varying(255) NOT NULL,
    ip_address character varying(15) NOT NULL,
    attempts smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.sale (
    id integer NOT NULL,
    active smallint NOT NULL,
    display_initial_price smallint NOT NULL,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    price_offset_type smallint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.sale_offset_currency (
    sale_id integer NOT NULL,
    currency_id integer NOT NULL,
    price_offset_value real,
    PRIMARY KEY (sale_id,currency_id)
);
CREATE TABLE thelia.sale_product (
    id integer NOT NULL,
    sale_id integer NOT NULL,
    product_id integer NOT NULL,
    attribute_av_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.export_category (
    id integer NOT NULL,
    ref character varying(255) NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.export (
    id integer NOT NULL,
    ref character varying(255) NOT NULL,
    position integer NOT NULL,
    export_category_id integer NOT NULL,
    handle_class text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.import_category (
    id integer NOT NULL,
    ref character varying(255) NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.import (
    id integer NOT NULL,
    ref character varying(255) NOT NULL,
    position integer NOT NULL,
    import_category_id integer NOT NULL,
    handle_class text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product_sale_elements_product_image (
    id integer NOT NULL,
    product_sale_elements_id integer NOT NULL,
    product_image_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product_sale_elements_product_document (
    id integer NOT NULL,
    product_sale_elements_id integer NOT NULL,
    product_document_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.product_sale_elements_virtual_document (
    id integer NOT NULL,
    product_sale_elements_id integer NOT NULL,
    product_document_id integer NOT NULL,
    position integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.hook (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    type smallint,
    by_module smallint,
    native smallint,
    activate smallint,
    block smallint,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.module_hook (
    id integer NOT NULL,
    module_id integer NOT NULL,
    hook_id integer NOT NULL,
    classname character varying(255),
    method character varying(255),
    active smallint NOT NULL,
    hook_active smallint NOT NULL,
    module_active smallint NOT NULL,
    position integer NOT NULL,
    templates text,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.meta_data (
    id integer NOT NULL,
    meta_key character varying(100) NOT NULL,
    element_key character varying(100) NOT NULL,
    element_id integer NOT NULL,
    is_serialized smallint NOT NULL,
    value text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.module_config (
    id integer NOT NULL,
    module_id integer NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.api (
    id integer NOT NULL,
    label character varying(255),
    api_key character varying(100),
    profile_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.country_area (
    id integer NOT NULL,
    country_id integer NOT NULL,
    state_id integer,
    area_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.ignored_module_hook (
    module_id integer NOT NULL,
    hook_id integer NOT NULL,
    method character varying(255),
    classname character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (module_id,hook_id)
);
CREATE TABLE thelia.state (
    id integer NOT NULL,
    visible smallint NOT NULL,
    isocode character varying(4),
    country_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.category_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    meta_title character varying(255),
    meta_description text,
    meta_keywords text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.product_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    meta_title character varying(255),
    meta_description text,
    meta_keywords text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.country_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.tax_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.tax_rule_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.feature_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.feature_av_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.attribute_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.attribute_av_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.config_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.customer_title_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    short character varying(10),
    long character varying(45),
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.folder_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    meta_title character varying(255),
    meta_description text,
    meta_keywords text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.content_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    meta_title character varying(255),
    meta_description text,
    meta_keywords text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.product_image_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.product_document_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.currency_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    name character varying(45),
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.order_status_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.module_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.profile_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.resource_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.message_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title text,
    subject text,
    text_message text,
    html_message text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.coupon_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255) NOT NULL,
    short_description text NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.category_image_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.folder_image_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.content_image_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.category_document_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.content_document_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.folder_document_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.template_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    name character varying(255),
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.module_image_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.brand_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    meta_title character varying(255),
    meta_description text,
    meta_keywords text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.brand_document_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.brand_image_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.sale_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    postscriptum text,
    sale_label character varying(255),
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.export_category_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255) NOT NULL,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.export_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.import_category_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255) NOT NULL,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.import_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.hook_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    chapo text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.module_config_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    value text,
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.state_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    PRIMARY KEY (id,locale)
);
CREATE TABLE thelia.category_version (
    id integer NOT NULL,
    parent integer NOT NULL,
    visible smallint NOT NULL,
    position integer NOT NULL,
    default_template_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id,version)
);
CREATE TABLE thelia.product_version (
    id integer NOT NULL,
    tax_rule_id integer,
    ref character varying(255) NOT NULL,
    visible smallint NOT NULL,
    position integer NOT NULL,
    template_id integer,
    brand_id integer,
    virtual smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id,version)
);
CREATE TABLE thelia.customer_version (
    id integer NOT NULL,
    title_id integer NOT NULL,
    lang_id integer,
    ref character varying(50),
    firstname character varying(255) NOT NULL,
    lastname character varying(255) NOT NULL,
    email character varying(255),
    password character varying(255),
    algo character varying(128),
    reseller smallint,
    sponsor character varying(50),
    discount numeric(16,6),
    remember_me_token character varying(255),
    remember_me_serial character varying(255),
    enable smallint,
    confirmation_token character varying(255),
    confirmation_token_expires_at timestamp without time zone,
    anonymized_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    order_ids text,
    order_versions text,
    PRIMARY KEY (id,version)
);
CREATE TABLE thelia.folder_version (
    id integer NOT NULL,
    parent integer NOT NULL,
    visible smallint,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id,version)
);
CREATE TABLE thelia.content_version (
    id integer NOT NULL,
    visible smallint,
    position integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id,version)
);
CREATE TABLE thelia.order_version (
    id integer NOT NULL,
    ref character varying(45),
    customer_id integer NOT NULL,
    invoice_order_address_id integer NOT NULL,
    delivery_order_address_id integer NOT NULL,
    invoice_date timestamp without time zone,
    currency_id integer NOT NULL,
    currency_rate real NOT NULL,
    transaction_ref character varying(100),
    delivery_ref character varying(100),
    invoice_ref character varying(100),
    discount numeric(16,6),
    customer_discount_rate numeric(16,6),
    postage numeric(16,6) NOT NULL,
    postage_tax numeric(16,6) NOT NULL,
    postage_tax_rule_title character varying(255),
    payment_module_id integer,
    payment_module_title character varying(255),
    delivery_module_id integer,
    delivery_module_title character varying(255),
    status_id integer NOT NULL,
    lang_id integer NOT NULL,
    cart_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    customer_id_version integer,
    PRIMARY KEY (id,version)
);
CREATE TABLE thelia.message_version (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    secured smallint,
    text_layout_file_name character varying(255),
    text_template_file_name character varying(255),
    html_layout_file_name character varying(255),
    html_template_file_name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id,version)
);
CREATE TABLE thelia.coupon_version (
    id integer NOT NULL,
    code character varying(45) NOT NULL,
    type character varying(255) NOT NULL,
    serialized_effects text NOT NULL,
    is_enabled smallint NOT NULL,
    start_date timestamp without time zone,
    expiration_date timestamp without time zone,
    max_usage integer NOT NULL,
    is_cumulative smallint NOT NULL,
    is_removing_postage smallint NOT NULL,
    is_available_on_special_offers smallint NOT NULL,
    is_used smallint NOT NULL,
    serialized_conditions text NOT NULL,
    per_customer_usage_count smallint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id,version)
);
CREATE TABLE thelia.choice_filter_other (
    id integer NOT NULL,
    type character varying(55),
    visible smallint,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.choice_filter (
    id integer NOT NULL,
    feature_id integer,
    attribute_id integer,
    other_id integer,
    category_id integer,
    template_id integer,
    position integer NOT NULL,
    visible smallint,
    type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE thelia.choice_filter_other_i18n (
    id integer NOT NULL,
    locale character varying(5) NOT NULL,
    title character varying(255),
    description text,
    PRIMARY KEY (id,locale)
);
ALTER TABLE thelia.product ADD FOREIGN KEY (tax_rule_id) REFERENCES thelia.tax_rule (id);
ALTER TABLE thelia.product ADD FOREIGN KEY (template_id) REFERENCES thelia.template (id);
ALTER TABLE thelia.product ADD FOREIGN KEY (brand_id) REFERENCES thelia.brand (id);
ALTER TABLE thelia.product_category ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.product_category ADD FOREIGN KEY (category_id) REFERENCES thelia.category (id);
ALTER TABLE thelia.tax_rule_country ADD FOREIGN KEY (tax_id) REFERENCES thelia.tax (id);
ALTER TABLE thelia.tax_rule_country ADD FOREIGN KEY (tax_rule_id) REFERENCES thelia.tax_rule (id);
ALTER TABLE thelia.tax_rule_country ADD FOREIGN KEY (country_id) REFERENCES thelia.country (id);
ALTER TABLE thelia.tax_rule_country ADD FOREIGN KEY (state_id) REFERENCES thelia.state (id);
ALTER TABLE thelia.feature_av ADD FOREIGN KEY (feature_id) REFERENCES thelia.feature (id);
ALTER TABLE thelia.feature_product ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.feature_product ADD FOREIGN KEY (feature_id) REFERENCES thelia.feature (id);
ALTER TABLE thelia.feature_product ADD FOREIGN KEY (feature_av_id) REFERENCES thelia.feature_av (id);
ALTER TABLE thelia.feature_template ADD FOREIGN KEY (feature_id) REFERENCES thelia.feature (id);
ALTER TABLE thelia.feature_template ADD FOREIGN KEY (template_id) REFERENCES thelia.template (id);
ALTER TABLE thelia.attribute_av ADD FOREIGN KEY (attribute_id) REFERENCES thelia.attribute (id);
ALTER TABLE thelia.attribute_combination ADD FOREIGN KEY (attribute_id) REFERENCES thelia.attribute (id);
ALTER TABLE thelia.attribute_combination ADD FOREIGN KEY (attribute_av_id) REFERENCES thelia.attribute_av (id);
ALTER TABLE thelia.attribute_combination ADD FOREIGN KEY (product_sale_elements_id) REFERENCES thelia.product_sale_elements (id);
ALTER TABLE thelia.product_sale_elements ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.attribute_template ADD FOREIGN KEY (attribute_id) REFERENCES thelia.attribute (id);
ALTER TABLE thelia.attribute_template ADD FOREIGN KEY (template_id) REFERENCES thelia.template (id);
ALTER TABLE thelia.customer ADD FOREIGN KEY (title_id) REFERENCES thelia.customer_title (id);
ALTER TABLE thelia.customer ADD FOREIGN KEY (lang_id) REFERENCES thelia.lang (id);
ALTER TABLE thelia.address ADD FOREIGN KEY (customer_id) REFERENCES thelia.customer (id);
ALTER TABLE thelia.address ADD FOREIGN KEY (title_id) REFERENCES thelia.customer_title (id);
ALTER TABLE thelia.address ADD FOREIGN KEY (country_id) REFERENCES thelia.country (id);
ALTER TABLE thelia.address ADD FOREIGN KEY (state_id) REFERENCES thelia.state (id);
ALTER TABLE thelia.product_image ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.product_document ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.order ADD FOREIGN KEY (currency_id) REFERENCES thelia.currency (id);
ALTER TABLE thelia.order ADD FOREIGN KEY (customer_id) REFERENCES thelia.customer (id);
ALTER TABLE thelia.order ADD FOREIGN KEY (invoice_order_address_id) REFERENCES thelia.order_address (id);
ALTER TABLE thelia.order ADD FOREIGN KEY (delivery_order_address_id) REFERENCES thelia.order_address (id);
ALTER TABLE thelia.order ADD FOREIGN KEY (status_id) REFERENCES thelia.order_status (id);
ALTER TABLE thelia.order ADD FOREIGN KEY (payment_module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.order ADD FOREIGN KEY (delivery_module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.order ADD FOREIGN KEY (lang_id) REFERENCES thelia.lang (id);
ALTER TABLE thelia.order_address ADD FOREIGN KEY (customer_title_id) REFERENCES thelia.customer_title (id);
ALTER TABLE thelia.order_address ADD FOREIGN KEY (country_id) REFERENCES thelia.country (id);
ALTER TABLE thelia.order_address ADD FOREIGN KEY (state_id) REFERENCES thelia.state (id);
ALTER TABLE thelia.order_product ADD FOREIGN KEY (order_id) REFERENCES thelia.order (id);
ALTER TABLE thelia.order_product_attribute_combination ADD FOREIGN KEY (order_product_id) REFERENCES thelia.order_product (id);
ALTER TABLE thelia.accessory ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.accessory ADD FOREIGN KEY (accessory) REFERENCES thelia.product (id);
ALTER TABLE thelia.area_delivery_module ADD FOREIGN KEY (area_id) REFERENCES thelia.area (id);
ALTER TABLE thelia.area_delivery_module ADD FOREIGN KEY (delivery_module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.admin ADD FOREIGN KEY (profile_id) REFERENCES thelia.profile (id);
ALTER TABLE thelia.profile_resource ADD FOREIGN KEY (profile_id) REFERENCES thelia.profile (id);
ALTER TABLE thelia.profile_resource ADD FOREIGN KEY (resource_id) REFERENCES thelia.resource (id);
ALTER TABLE thelia.profile_module ADD FOREIGN KEY (profile_id) REFERENCES thelia.profile (id);
ALTER TABLE thelia.profile_module ADD FOREIGN KEY (module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.content_folder ADD FOREIGN KEY (content_id) REFERENCES thelia.content (id);
ALTER TABLE thelia.content_folder ADD FOREIGN KEY (folder_id) REFERENCES thelia.folder (id);
ALTER TABLE thelia.cart ADD FOREIGN KEY (customer_id) REFERENCES thelia.customer (id);
ALTER TABLE thelia.cart ADD FOREIGN KEY (address_delivery_id) REFERENCES thelia.cart_address (id);
ALTER TABLE thelia.cart ADD FOREIGN KEY (address_invoice_id) REFERENCES thelia.cart_address (id);
ALTER TABLE thelia.cart ADD FOREIGN KEY (currency_id) REFERENCES thelia.currency (id);
ALTER TABLE thelia.cart ADD FOREIGN KEY (delivery_module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.cart ADD FOREIGN KEY (payment_module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.cart_address ADD FOREIGN KEY (customer_title_id) REFERENCES thelia.customer_title (id);
ALTER TABLE thelia.cart_address ADD FOREIGN KEY (country_id) REFERENCES thelia.country (id);
ALTER TABLE thelia.cart_address ADD FOREIGN KEY (state_id) REFERENCES thelia.state (id);
ALTER TABLE thelia.cart_address ADD FOREIGN KEY (address_id) REFERENCES thelia.address (id);
ALTER TABLE thelia.cart_item ADD FOREIGN KEY (cart_id) REFERENCES thelia.cart (id);
ALTER TABLE thelia.cart_item ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.cart_item ADD FOREIGN KEY (product_sale_elements_id) REFERENCES thelia.product_sale_elements (id);
ALTER TABLE thelia.product_price ADD FOREIGN KEY (product_sale_elements_id) REFERENCES thelia.product_sale_elements (id);
ALTER TABLE thelia.product_price ADD FOREIGN KEY (currency_id) REFERENCES thelia.currency (id);
ALTER TABLE thelia.category_image ADD FOREIGN KEY (category_id) REFERENCES thelia.category (id);
ALTER TABLE thelia.folder_image ADD FOREIGN KEY (folder_id) REFERENCES thelia.folder (id);
ALTER TABLE thelia.content_image ADD FOREIGN KEY (content_id) REFERENCES thelia.content (id);
ALTER TABLE thelia.category_document ADD FOREIGN KEY (category_id) REFERENCES thelia.category (id);
ALTER TABLE thelia.content_document ADD FOREIGN KEY (content_id) REFERENCES thelia.content (id);
ALTER TABLE thelia.folder_document ADD FOREIGN KEY (folder_id) REFERENCES thelia.folder (id);
ALTER TABLE thelia.product_associated_content ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.product_associated_content ADD FOREIGN KEY (content_id) REFERENCES thelia.content (id);
ALTER TABLE thelia.category_associated_content ADD FOREIGN KEY (category_id) REFERENCES thelia.category (id);
ALTER TABLE thelia.category_associated_content ADD FOREIGN KEY (content_id) REFERENCES thelia.content (id);
ALTER TABLE thelia.rewriting_url ADD FOREIGN KEY (redirected) REFERENCES thelia.rewriting_url (id);
ALTER TABLE thelia.rewriting_argument ADD FOREIGN KEY (rewriting_url_id) REFERENCES thelia.rewriting_url (id);
ALTER TABLE thelia.module_image ADD FOREIGN KEY (module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.order_product_tax ADD FOREIGN KEY (order_product_id) REFERENCES thelia.order_product (id);
ALTER TABLE thelia.order_postage_tax ADD FOREIGN KEY (order_id) REFERENCES thelia.order (id);
ALTER TABLE thelia.order_coupon ADD FOREIGN KEY (order_id) REFERENCES thelia.order (id);
ALTER TABLE thelia.coupon_country ADD FOREIGN KEY (country_id) REFERENCES thelia.country (id);
ALTER TABLE thelia.coupon_country ADD FOREIGN KEY (coupon_id) REFERENCES thelia.coupon (id);
ALTER TABLE thelia.coupon_module ADD FOREIGN KEY (coupon_id) REFERENCES thelia.coupon (id);
ALTER TABLE thelia.coupon_module ADD FOREIGN KEY (module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.order_coupon_country ADD FOREIGN KEY (country_id) REFERENCES thelia.country (id);
ALTER TABLE thelia.order_coupon_country ADD FOREIGN KEY (coupon_id) REFERENCES thelia.order_coupon (id);
ALTER TABLE thelia.order_coupon_module ADD FOREIGN KEY (coupon_id) REFERENCES thelia.order_coupon (id);
ALTER TABLE thelia.order_coupon_module ADD FOREIGN KEY (module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.coupon_customer_count ADD FOREIGN KEY (customer_id) REFERENCES thelia.customer (id);
ALTER TABLE thelia.coupon_customer_count ADD FOREIGN KEY (coupon_id) REFERENCES thelia.coupon (id);
ALTER TABLE thelia.brand ADD FOREIGN KEY (logo_image_id) REFERENCES thelia.brand_image (id);
ALTER TABLE thelia.brand_document ADD FOREIGN KEY (brand_id) REFERENCES thelia.brand (id);
ALTER TABLE thelia.brand_image ADD FOREIGN KEY (brand_id) REFERENCES thelia.brand (id);
ALTER TABLE thelia.sale_offset_currency ADD FOREIGN KEY (sale_id) REFERENCES thelia.sale (id);
ALTER TABLE thelia.sale_offset_currency ADD FOREIGN KEY (currency_id) REFERENCES thelia.currency (id);
ALTER TABLE thelia.sale_product ADD FOREIGN KEY (sale_id) REFERENCES thelia.sale (id);
ALTER TABLE thelia.sale_product ADD FOREIGN KEY (product_id) REFERENCES thelia.product (id);
ALTER TABLE thelia.sale_product ADD FOREIGN KEY (attribute_av_id) REFERENCES thelia.attribute_av (id);
ALTER TABLE thelia.export ADD FOREIGN KEY (export_category_id) REFERENCES thelia.export_category (id);
ALTER TABLE thelia.import ADD FOREIGN KEY (import_category_id) REFERENCES thelia.import_category (id);
ALTER TABLE thelia.product_sale_elements_product_image ADD FOREIGN KEY (product_sale_elements_id) REFERENCES thelia.product_sale_elements (id);
ALTER TABLE thelia.product_sale_elements_product_image ADD FOREIGN KEY (product_image_id) REFERENCES thelia.product_image (id);
ALTER TABLE thelia.product_sale_elements_product_document ADD FOREIGN KEY (product_sale_elements_id) REFERENCES thelia.product_sale_elements (id);
ALTER TABLE thelia.product_sale_elements_product_document ADD FOREIGN KEY (product_document_id) REFERENCES thelia.product_document (id);
ALTER TABLE thelia.product_sale_elements_virtual_document ADD FOREIGN KEY (product_sale_elements_id) REFERENCES thelia.product_sale_elements (id);
ALTER TABLE thelia.product_sale_elements_virtual_document ADD FOREIGN KEY (product_document_id) REFERENCES thelia.product_document (id);
ALTER TABLE thelia.module_hook ADD FOREIGN KEY (module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.module_hook ADD FOREIGN KEY (hook_id) REFERENCES thelia.hook (id);
ALTER TABLE thelia.module_config ADD FOREIGN KEY (module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.api ADD FOREIGN KEY (profile_id) REFERENCES thelia.profile (id);
ALTER TABLE thelia.country_area ADD FOREIGN KEY (area_id) REFERENCES thelia.area (id);
ALTER TABLE thelia.country_area ADD FOREIGN KEY (country_id) REFERENCES thelia.country (id);
ALTER TABLE thelia.ignored_module_hook ADD FOREIGN KEY (module_id) REFERENCES thelia.module (id);
ALTER TABLE thelia.ignored_module_hook ADD FOREIGN KEY (hook_id) REFERENCES thelia.hook (id);
ALTER TABLE thelia.state ADD FOREIGN KEY (country_id) REFERENCES thelia.country (id);
ALTER TABLE thelia.category_i18n ADD FOREIGN KEY (id) REFERENCES thelia.category (id);
ALTER TABLE thelia.product_i18n ADD FOREIGN KEY (id) REFERENCES thelia.product (id);
ALTER TABLE thelia.country_i18n ADD FOREIGN KEY (id) REFERENCES thelia.country (id);
ALTER TABLE thelia.tax_i18n ADD FOREIGN KEY (id) REFERENCES thelia.tax (id);
ALTER TABLE thelia.tax_rule_i18n ADD FOREIGN KEY (id) REFERENCES thelia.tax_rule (id);
ALTER TABLE thelia.feature_i18n ADD FOREIGN KEY (id) REFERENCES thelia.feature (id);
ALTER TABLE thelia.feature_av_i18n ADD FOREIGN KEY (id) REFERENCES thelia.feature_av (id);
ALTER TABLE thelia.attribute_i18n ADD FOREIGN KEY (id) REFERENCES thelia.attribute (id);
ALTER TABLE thelia.attribute_av_i18n ADD FOREIGN KEY (id) REFERENCES thelia.attribute_av (id);
ALTER TABLE thelia.config_i18n ADD FOREIGN KEY (id) REFERENCES thelia.config (id);
ALTER TABLE thelia.customer_title_i18n ADD FOREIGN KEY (id) REFERENCES thelia.customer_title (id);
ALTER TABLE thelia.folder_i18n ADD FOREIGN KEY (id) REFERENCES thelia.folder (id);
ALTER TABLE thelia.content_i18n ADD FOREIGN KEY (id) REFERENCES thelia.content (id);
ALTER TABLE thelia.product_image_i18n ADD FOREIGN KEY (id) REFERENCES thelia.product_image (id);
ALTER TABLE thelia.product_document_i18n ADD FOREIGN KEY (id) REFERENCES thelia.product_document (id);
ALTER TABLE thelia.currency_i18n ADD FOREIGN KEY (id) REFERENCES thelia.currency (id);
ALTER TABLE thelia.order_status_i18n ADD FOREIGN KEY (id) REFERENCES thelia.order_status (id);
ALTER TABLE thelia.module_i18n ADD FOREIGN KEY (id) REFERENCES thelia.module (id);
ALTER TABLE thelia.profile_i18n ADD FOREIGN KEY (id) REFERENCES thelia.profile (id);
ALTER TABLE thelia.resource_i18n ADD FOREIGN KEY (id) REFERENCES thelia.resource (id);
ALTER TABLE thelia.message_i18n ADD FOREIGN KEY (id) REFERENCES thelia.message (id);
ALTER TABLE thelia.coupon_i18n ADD FOREIGN KEY (id) REFERENCES thelia.coupon (id);
ALTER TABLE thelia.category_image_i18n ADD FOREIGN KEY (id) REFERENCES thelia.category_image (id);
ALTER TABLE thelia.folder_image_i18n ADD FOREIGN KEY (id) REFERENCES thelia.folder_image (id);
ALTER TABLE thelia.content_image_i18n ADD FOREIGN KEY (id) REFERENCES thelia.content_image (id);
ALTER TABLE thelia.category_document_i18n ADD FOREIGN KEY (id) REFERENCES thelia.category_document (id);
ALTER TABLE thelia.content_document_i18n ADD FOREIGN KEY (id) REFERENCES thelia.content_document (id);
ALTER TABLE thelia.folder_document_i18n ADD FOREIGN KEY (id) REFERENCES thelia.folder_document (id);
ALTER TABLE thelia.template_i18n ADD FOREIGN KEY (id) REFERENCES thelia.template (id);
ALTER TABLE thelia.module_image_i18n ADD FOREIGN KEY (id) REFERENCES thelia.module_image (id);
ALTER TABLE thelia.brand_i18n ADD FOREIGN KEY (id) REFERENCES thelia.brand (id);
ALTER TABLE thelia.brand_document_i18n ADD FOREIGN KEY (id) REFERENCES thelia.brand_document (id);
ALTER TABLE thelia.brand_image_i18n ADD FOREIGN KEY (id) REFERENCES thelia.brand_image (id);
ALTER TABLE thelia.sale_i18n ADD FOREIGN KEY (id) REFERENCES thelia.sale (id);
ALTER TABLE thelia.export_category_i18n ADD FOREIGN KEY (id) REFERENCES thelia.export_category (id);
ALTER TABLE thelia.export_i18n ADD FOREIGN KEY (id) REFERENCES thelia.export (id);
ALTER TABLE thelia.import_category_i18n ADD FOREIGN KEY (id) REFERENCES thelia.import_category (id);
ALTER TABLE thelia.import_i18n ADD FOREIGN KEY (id) REFERENCES thelia.import (id);
ALTER TABLE thelia.hook_i18n ADD FOREIGN KEY (id) REFERENCES thelia.hook (id);
ALTER TABLE thelia.module_config_i18n ADD FOREIGN KEY (id) REFERENCES thelia.module_config (id);
ALTER TABLE thelia.state_i18n ADD FOREIGN KEY (id) REFERENCES thelia.state (id);
ALTER TABLE thelia.category_version ADD FOREIGN KEY (id) REFERENCES thelia.category (id);
ALTER TABLE thelia.product_version ADD FOREIGN KEY (id) REFERENCES thelia.product (id);
ALTER TABLE thelia.customer_version ADD FOREIGN KEY (id) REFERENCES thelia.customer (id);
ALTER TABLE thelia.folder_version ADD FOREIGN KEY (id) REFERENCES thelia.folder (id);
ALTER TABLE thelia.content_version ADD FOREIGN KEY (id) REFERENCES thelia.content (id);
ALTER TABLE thelia.order_version ADD FOREIGN KEY (id) REFERENCES thelia.order (id);
ALTER TABLE thelia.message_version ADD FOREIGN KEY (id) REFERENCES thelia.message (id);
ALTER TABLE thelia.coupon_version ADD FOREIGN KEY (id) REFERENCES thelia.coupon (id);
ALTER TABLE thelia.choice_filter ADD FOREIGN KEY (attribute_id) REFERENCES thelia.attribute (id);
ALTER TABLE thelia.choice_filter ADD FOREIGN KEY (feature_id) REFERENCES thelia.feature (id);
ALTER TABLE thelia.choice_filter ADD FOREIGN KEY (other_id) REFERENCES thelia.choice_filter_other (id);
ALTER TABLE thelia.choice_filter ADD FOREIGN KEY (category_id) REFERENCES thelia.category (id);
ALTER TABLE thelia.choice_filter ADD FOREIGN KEY (template_id) REFERENCES thelia.template (id);
ALTER TABLE thelia.choice_filter_other_i18n ADD FOREIGN KEY (id) REFERENCES thelia.choice_filter_other (id);
COMMENT ON COLUMN thelia.feature_product.free_text_value IS 'deprecated';
COMMENT ON COLUMN thelia.customer.anonymized_at IS 'when the identifying data of the account was erased, NULL as long as the account carries an identity';
COMMENT ON COLUMN thelia.order.transaction_ref IS 'transaction reference - usually use to identify a transaction with banking modules';
COMMENT ON COLUMN thelia.order.delivery_ref IS 'delivery reference - usually use to identify a delivery progress on a distant delivery tracker website';
COMMENT ON COLUMN thelia.order.invoice_ref IS 'the invoice reference';
COMMENT ON COLUMN thelia.order.customer_discount_rate IS 'the customer discount rate, as a percentage, already included in the order products prices';
COMMENT ON COLUMN thelia.order.payment_module_id IS 'the module that took the payment, NULL once that module is gone';
COMMENT ON COLUMN thelia.order.payment_module_title IS 'the name the payment module had when it was deleted, NULL while the module is still installed';
COMMENT ON COLUMN thelia.order.delivery_module_id IS 'the module that shipped the order, NULL once that module is gone';
COMMENT ON COLUMN thelia.order.delivery_module_title IS 'the name the delivery module had when it was deleted, NULL while the module is still installed';
COMMENT ON COLUMN thelia.currency.isocode_numeric IS 'the ISO 4217 numeric currency code';
COMMENT ON COLUMN thelia.order_product.parent IS 'not managed yet';
COMMENT ON COLUMN thelia.order_postage_tax.title IS 'the tax rule this share of the postage follows, frozen the way postage_tax_rule_title is';
COMMENT ON COLUMN thelia.order_postage_tax.untaxed_amount IS 'the share of the untaxed postage this rule applies to';
COMMENT ON COLUMN thelia.order_postage_tax.amount IS 'the tax due on that share';
COMMENT ON COLUMN thelia.customer_version.anonymized_at IS 'when the identifying data of the account was erased, NULL as long as the account carries an identity';
COMMENT ON COLUMN thelia.order_version.transaction_ref IS 'transaction reference - usually use to identify a transaction with banking modules';
COMMENT ON COLUMN thelia.order_version.delivery_ref IS 'delivery reference - usually use to identify a delivery progress on a distant delivery tracker website';
COMMENT ON COLUMN thelia.order_version.invoice_ref IS 'the invoice reference';
COMMENT ON COLUMN thelia.order_version.customer_discount_rate IS 'the customer discount rate, as a percentage, already included in the order products prices';
COMMENT ON COLUMN thelia.order_version.payment_module_id IS 'the module that took the payment, NULL once that module is gone';
COMMENT ON COLUMN thelia.order_version.payment_module_title IS 'the name the payment module had when it was deleted, NULL while the module is still installed';
COMMENT ON COLUMN thelia.order_version.delivery_module_id IS 'the module that shipped the order, NULL once that module is gone';
COMMENT ON COLUMN thelia.order_version.delivery_module_title IS 'the name the delivery module had when it was deleted, NULL while the module is still installed';
