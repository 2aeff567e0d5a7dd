-- OpenCart 3.2.2.0 (the open-source PHP shopping cart), its database as the installer's upload/install/opencart.sql
-- declares it, read from github.com/opencart/opencart-3 (commit 1700d47, GPL-3.0; we use the schema's facts):
-- MySQL converted to PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and regenerated from its
-- catalog, schema opencart, the oc_ table prefix kept: the 147 tables with their columns, types and primary keys.
-- Types: int(n) → integer, tinyint(1) → smallint, decimal → numeric, double → double precision, datetime →
-- timestamp, enum → text, mediumtext → text. AUTO_INCREMENT, defaults, plain and unique indexes and engine options
-- left out. The source declares no foreign keys (customer_id, product_id, order_status_id, language_id... join by
-- name only) and no comments, so none here. Rows of its small tables are in values-opencart.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA opencart;
CREATE TABLE opencart.oc_address (
    address_id integer NOT NULL,
    customer_id integer NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    company character varying(40) NOT NULL,
    address_1 character varying(128) NOT NULL,
    address_2 character varying(128) NOT NULL,
    city character varying(128) NOT NULL,
    postcode character varying(10) NOT NULL,
    country_id integer NOT NULL,
    zone_id integer NOT NULL,
    custom_field text NOT NULL,
    "default" smallint NOT NULL,
    PRIMARY KEY (address_id)
);
CREATE TABLE opencart.oc_address_format (
    address_format_id integer NOT NULL,
    name character varying(128) NOT NULL,
    address_format text NOT NULL,
    PRIMARY KEY (address_format_id)
);
CREATE TABLE opencart.oc_api (
    api_id integer NOT NULL,
    username character varying(64) NOT NULL,
    key text NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (api_id)
);
CREATE TABLE opencart.oc_api_ip (
    api_ip_id integer NOT NULL,
    api_id integer NOT NULL,
    ip character varying(40) NOT NULL,
    PRIMARY KEY (api_ip_id)
);
CREATE TABLE opencart.oc_api_session (
    api_session_id integer NOT NULL,
    api_id integer NOT NULL,
    session_id character varying(32) NOT NULL,
    ip character varying(40) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (api_session_id)
);
CREATE TABLE opencart.oc_attribute (
    attribute_id integer NOT NULL,
    attribute_group_id integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (attribute_id)
);
CREATE TABLE opencart.oc_attribute_description (
    attribute_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (attribute_id, language_id)
);
CREATE TABLE opencart.oc_attribute_group (
    attribute_group_id integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (attribute_group_id)
);
CREATE TABLE opencart.oc_attribute_group_description (
    attribute_group_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (attribute_group_id, language_id)
);
CREATE TABLE opencart.oc_banner (
    banner_id integer NOT NULL,
    name character varying(64) NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (banner_id)
);
CREATE TABLE opencart.oc_banner_image (
    banner_image_id integer NOT NULL,
    banner_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(64) NOT NULL,
    link character varying(255) NOT NULL,
    image character varying(255) NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (banner_image_id)
);
CREATE TABLE opencart.oc_cart (
    cart_id integer NOT NULL,
    api_id integer NOT NULL,
    customer_id integer NOT NULL,
    session_id character varying(32) NOT NULL,
    product_id integer NOT NULL,
    subscription_plan_id integer NOT NULL,
    option text NOT NULL,
    quantity integer NOT NULL,
    override smallint NOT NULL,
    price numeric(15,4) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (cart_id)
);
CREATE TABLE opencart.oc_category (
    category_id integer NOT NULL,
    image character varying(255),
    parent_id integer NOT NULL,
    top smallint NOT NULL,
    "column" integer NOT NULL,
    sort_order integer NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (category_id)
);
CREATE TABLE opencart.oc_category_description (
    category_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    meta_title character varying(255) NOT NULL,
    meta_description character varying(255) NOT NULL,
    meta_keyword character varying(255) NOT NULL,
    PRIMARY KEY (category_id, language_id)
);
CREATE TABLE opencart.oc_category_filter (
    category_id integer NOT NULL,
    filter_id integer NOT NULL,
    PRIMARY KEY (category_id, filter_id)
);
CREATE TABLE opencart.oc_category_path (
    category_id integer NOT NULL,
    path_id integer NOT NULL,
    level integer NOT NULL,
    PRIMARY KEY (category_id, path_id)
);
CREATE TABLE opencart.oc_category_to_layout (
    category_id integer NOT NULL,
    store_id integer NOT NULL,
    layout_id integer NOT NULL,
    PRIMARY KEY (category_id, store_id)
);
CREATE TABLE opencart.oc_category_to_store (
    category_id integer NOT NULL,
    store_id integer NOT NULL,
    PRIMARY KEY (category_id, store_id)
);
CREATE TABLE opencart.oc_country (
    country_id integer NOT NULL,
    name character varying(128) NOT NULL,
    iso_code_2 character varying(2) NOT NULL,
    iso_code_3 character varying(3) NOT NULL,
    address_format_id integer NOT NULL,
    postcode_required smallint NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (country_id)
);
CREATE TABLE opencart.oc_coupon (
    coupon_id integer NOT NULL,
    name character varying(128) NOT NULL,
    code character varying(20) NOT NULL,
    type character(1) NOT NULL,
    discount numeric(15,4) NOT NULL,
    logged smallint NOT NULL,
    shipping smallint NOT NULL,
    total numeric(15,4) NOT NULL,
    date_start date NOT NULL,
    date_end date NOT NULL,
    uses_total integer NOT NULL,
    uses_customer integer NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (coupon_id)
);
CREATE TABLE opencart.oc_coupon_category (
    coupon_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (coupon_id, category_id)
);
CREATE TABLE opencart.oc_coupon_history (
    coupon_history_id integer NOT NULL,
    coupon_id integer NOT NULL,
    order_id integer NOT NULL,
    customer_id integer NOT NULL,
    amount numeric(15,4) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (coupon_history_id)
);
CREATE TABLE opencart.oc_coupon_product (
    coupon_product_id integer NOT NULL,
    coupon_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (coupon_product_id)
);
CREATE TABLE opencart.oc_currency (
    currency_id integer NOT NULL,
    title character varying(32) NOT NULL,
    code character varying(3) NOT NULL,
    symbol_left character varying(12) NOT NULL,
    symbol_right character varying(12) NOT NULL,
    decimal_place character(1) NOT NULL,
    value double precision NOT NULL,
    status smallint NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (currency_id)
);
CREATE TABLE opencart.oc_custom_field (
    custom_field_id integer NOT NULL,
    type character varying(32) NOT NULL,
    value text NOT NULL,
    validation character varying(255) NOT NULL,
    location character varying(10) NOT NULL,
    status smallint NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (custom_field_id)
);
CREATE TABLE opencart.oc_custom_field_customer_group (
    custom_field_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    required smallint NOT NULL,
    PRIMARY KEY (custom_field_id, customer_group_id)
);
CREATE TABLE opencart.oc_custom_field_description (
    custom_field_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (custom_field_id, language_id)
);
CREATE TABLE opencart.oc_custom_field_value (
    custom_field_value_id integer NOT NULL,
    custom_field_id integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (custom_field_value_id)
);
CREATE TABLE opencart.oc_custom_field_value_description (
    custom_field_value_id integer NOT NULL,
    language_id integer NOT NULL,
    custom_field_id integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (custom_field_value_id, language_id)
);
CREATE TABLE opencart.oc_customer (
    customer_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    store_id integer NOT NULL,
    language_id integer NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    email character varying(96) NOT NULL,
    telephone character varying(32) NOT NULL,
    fax character varying(32) NOT NULL,
    password character varying(255) NOT NULL,
    cart text,
    wishlist text,
    newsletter smallint NOT NULL,
    address_id integer NOT NULL,
    custom_field text NOT NULL,
    ip character varying(40) NOT NULL,
    status smallint NOT NULL,
    safe smallint NOT NULL,
    token text NOT NULL,
    code character varying(40) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_id)
);
CREATE TABLE opencart.oc_customer_activity (
    customer_activity_id integer NOT NULL,
    customer_id integer NOT NULL,
    key character varying(64) NOT NULL,
    data text NOT NULL,
    ip character varying(40) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_activity_id)
);
CREATE TABLE opencart.oc_customer_affiliate (
    customer_id integer NOT NULL,
    company character varying(60) NOT NULL,
    website character varying(255) NOT NULL,
    tracking character varying(64) NOT NULL,
    commission numeric(4,2) NOT NULL,
    tax character varying(64) NOT NULL,
    payment character varying(6) NOT NULL,
    cheque character varying(100) NOT NULL,
    paypal character varying(64) NOT NULL,
    bank_name character varying(64) NOT NULL,
    bank_branch_number character varying(64) NOT NULL,
    bank_swift_code character varying(64) NOT NULL,
    bank_account_name character varying(64) NOT NULL,
    bank_account_number character varying(64) NOT NULL,
    custom_field text NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_id)
);
CREATE TABLE opencart.oc_customer_affiliate_report (
    customer_affiliate_report_id integer NOT NULL,
    customer_id integer NOT NULL,
    store_id integer NOT NULL,
    ip character varying(40) NOT NULL,
    country character varying(2) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_affiliate_report_id)
);
CREATE TABLE opencart.oc_customer_approval (
    customer_approval_id integer NOT NULL,
    customer_id integer NOT NULL,
    type character varying(9) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_approval_id)
);
CREATE TABLE opencart.oc_customer_group (
    customer_group_id integer NOT NULL,
    approval integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (customer_group_id)
);
CREATE TABLE opencart.oc_customer_group_description (
    customer_group_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (customer_group_id, language_id)
);
CREATE TABLE opencart.oc_customer_history (
    customer_history_id integer NOT NULL,
    customer_id integer NOT NULL,
    comment text NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_history_id)
);
CREATE TABLE opencart.oc_customer_ip (
    customer_ip_id integer NOT NULL,
    customer_id integer NOT NULL,
    store_id integer NOT NULL,
    ip character varying(40) NOT NULL,
    country character varying(2) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_ip_id)
);
CREATE TABLE opencart.oc_customer_login (
    customer_login_id integer NOT NULL,
    email character varying(96) NOT NULL,
    ip character varying(40) NOT NULL,
    total integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_login_id)
);
CREATE TABLE opencart.oc_customer_online (
    ip character varying(40) NOT NULL,
    customer_id integer NOT NULL,
    url text NOT NULL,
    referer text NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (ip)
);
CREATE TABLE opencart.oc_customer_reward (
    customer_reward_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_id integer NOT NULL,
    description text NOT NULL,
    points integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_reward_id)
);
CREATE TABLE opencart.oc_customer_search (
    customer_search_id integer NOT NULL,
    store_id integer NOT NULL,
    language_id integer NOT NULL,
    customer_id integer NOT NULL,
    keyword character varying(255) NOT NULL,
    category_id integer,
    sub_category smallint NOT NULL,
    description smallint NOT NULL,
    products integer NOT NULL,
    ip character varying(40) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_search_id)
);
CREATE TABLE opencart.oc_customer_transaction (
    customer_transaction_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_id integer NOT NULL,
    description text NOT NULL,
    amount numeric(15,4) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_transaction_id)
);
CREATE TABLE opencart.oc_customer_wishlist (
    customer_id integer NOT NULL,
    product_id integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (customer_id, product_id)
);
CREATE TABLE opencart.oc_download (
    download_id integer NOT NULL,
    filename character varying(160) NOT NULL,
    mask character varying(128) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (download_id)
);
CREATE TABLE opencart.oc_download_description (
    download_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (download_id, language_id)
);
CREATE TABLE opencart.oc_event (
    event_id integer NOT NULL,
    code character varying(64) NOT NULL,
    trigger text NOT NULL,
    action text NOT NULL,
    status smallint NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (event_id)
);
CREATE TABLE opencart.oc_extension (
    extension_id integer NOT NULL,
    type character varying(32) NOT NULL,
    code character varying(32) NOT NULL,
    PRIMARY KEY (extension_id)
);
CREATE TABLE opencart.oc_extension_install (
    extension_install_id integer NOT NULL,
    extension_download_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (extension_install_id)
);
CREATE TABLE opencart.oc_extension_path (
    extension_path_id integer NOT NULL,
    extension_install_id integer NOT NULL,
    path character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (extension_path_id)
);
CREATE TABLE opencart.oc_filter (
    filter_id integer NOT NULL,
    filter_group_id integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (filter_id)
);
CREATE TABLE opencart.oc_filter_description (
    filter_id integer NOT NULL,
    language_id integer NOT NULL,
    filter_group_id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (filter_id, language_id)
);
CREATE TABLE opencart.oc_filter_group (
    filter_group_id integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (filter_group_id)
);
CREATE TABLE opencart.oc_filter_group_description (
    filter_group_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (filter_group_id, language_id)
);
CREATE TABLE opencart.oc_gdpr (
    gdpr_id integer NOT NULL,
    store_id integer NOT NULL,
    language_id integer NOT NULL,
    code character varying(40) NOT NULL,
    email character varying(96) NOT NULL,
    action character varying(6) NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (gdpr_id)
);
CREATE TABLE opencart.oc_geo_zone (
    geo_zone_id integer NOT NULL,
    name character varying(32) NOT NULL,
    description character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (geo_zone_id)
);
CREATE TABLE opencart.oc_googleshopping_category (
    google_product_category character varying(10) NOT NULL,
    store_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (google_product_category, store_id)
);
CREATE TABLE opencart.oc_googleshopping_product (
    product_advertise_google_id integer NOT NULL,
    product_id integer,
    store_id integer NOT NULL,
    has_issues smallint,
    destination_status text NOT NULL,
    impressions integer NOT NULL,
    clicks integer NOT NULL,
    conversions integer NOT NULL,
    cost numeric(15,4) NOT NULL,
    conversion_value numeric(15,4) NOT NULL,
    google_product_category character varying(10),
    condition text,
    adult smallint,
    multipack integer,
    is_bundle smallint,
    age_group text,
    color integer,
    gender text,
    size_type text,
    size_system text,
    size integer,
    is_modified smallint NOT NULL,
    PRIMARY KEY (product_advertise_google_id)
);
CREATE TABLE opencart.oc_googleshopping_product_status (
    product_id integer NOT NULL,
    store_id integer NOT NULL,
    product_variation_id character varying(64) NOT NULL,
    destination_statuses text NOT NULL,
    data_quality_issues text NOT NULL,
    item_level_issues text NOT NULL,
    google_expiration_date integer NOT NULL,
    PRIMARY KEY (product_id, store_id, product_variation_id)
);
CREATE TABLE opencart.oc_googleshopping_product_target (
    product_id integer NOT NULL,
    store_id integer NOT NULL,
    advertise_google_target_id integer NOT NULL,
    PRIMARY KEY (product_id, advertise_google_target_id)
);
CREATE TABLE opencart.oc_googleshopping_target (
    advertise_google_target_id integer NOT NULL,
    store_id integer NOT NULL,
    campaign_name character varying(255) NOT NULL,
    country character varying(2) NOT NULL,
    budget numeric(15,4) NOT NULL,
    feeds text NOT NULL,
    status text NOT NULL,
    date_added date,
    roas integer NOT NULL,
    PRIMARY KEY (advertise_google_target_id)
);
CREATE TABLE opencart.oc_information (
    information_id integer NOT NULL,
    bottom integer NOT NULL,
    sort_order integer NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (information_id)
);
CREATE TABLE opencart.oc_information_description (
    information_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(64) NOT NULL,
    description text NOT NULL,
    meta_title character varying(255) NOT NULL,
    meta_description character varying(255) NOT NULL,
    meta_keyword character varying(255) NOT NULL,
    PRIMARY KEY (information_id, language_id)
);
CREATE TABLE opencart.oc_information_to_layout (
    information_id integer NOT NULL,
    store_id integer NOT NULL,
    layout_id integer NOT NULL,
    PRIMARY KEY (information_id, store_id)
);
CREATE TABLE opencart.oc_information_to_store (
    information_id integer NOT NULL,
    store_id integer NOT NULL,
    PRIMARY KEY (information_id, store_id)
);
CREATE TABLE opencart.oc_language (
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    code character varying(5) NOT NULL,
    locale character varying(255) NOT NULL,
    image character varying(64) NOT NULL,
    directory character varying(32) NOT NULL,
    sort_order integer NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (language_id)
);
CREATE TABLE opencart.oc_layout (
    layout_id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (layout_id)
);
CREATE TABLE opencart.oc_layout_module (
    layout_module_id integer NOT NULL,
    layout_id integer NOT NULL,
    code character varying(64) NOT NULL,
    position character varying(14) NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (layout_module_id)
);
CREATE TABLE opencart.oc_layout_route (
    layout_route_id integer NOT NULL,
    layout_id integer NOT NULL,
    store_id integer NOT NULL,
    route character varying(64) NOT NULL,
    PRIMARY KEY (layout_route_id)
);
CREATE TABLE opencart.oc_length_class (
    length_class_id integer NOT NULL,
    value numeric(15,8) NOT NULL,
    PRIMARY KEY (length_class_id)
);
CREATE TABLE opencart.oc_length_class_description (
    length_class_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(32) NOT NULL,
    unit character varying(4) NOT NULL,
    PRIMARY KEY (length_class_id, language_id)
);
CREATE TABLE opencart.oc_location (
    location_id integer NOT NULL,
    name character varying(32) NOT NULL,
    address text NOT NULL,
    telephone character varying(32) NOT NULL,
    fax character varying(32) NOT NULL,
    geocode character varying(32) NOT NULL,
    image character varying(255),
    open text NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (location_id)
);
CREATE TABLE opencart.oc_manufacturer (
    manufacturer_id integer NOT NULL,
    name character varying(64) NOT NULL,
    image character varying(255),
    sort_order integer NOT NULL,
    PRIMARY KEY (manufacturer_id)
);
CREATE TABLE opencart.oc_manufacturer_to_store (
    manufacturer_id integer NOT NULL,
    store_id integer NOT NULL,
    PRIMARY KEY (manufacturer_id, store_id)
);
CREATE TABLE opencart.oc_marketing (
    marketing_id integer NOT NULL,
    name character varying(32) NOT NULL,
    description text NOT NULL,
    code character varying(64) NOT NULL,
    clicks integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (marketing_id)
);
CREATE TABLE opencart.oc_modification (
    modification_id integer NOT NULL,
    extension_install_id integer NOT NULL,
    name character varying(64) NOT NULL,
    code character varying(64) NOT NULL,
    author character varying(64) NOT NULL,
    version character varying(32) NOT NULL,
    link character varying(255) NOT NULL,
    xml text NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (modification_id)
);
CREATE TABLE opencart.oc_module (
    module_id integer NOT NULL,
    name character varying(64) NOT NULL,
    code character varying(32) NOT NULL,
    setting text NOT NULL,
    PRIMARY KEY (module_id)
);
CREATE TABLE opencart.oc_option (
    option_id integer NOT NULL,
    type character varying(32) NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (option_id)
);
CREATE TABLE opencart.oc_option_description (
    option_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (option_id, language_id)
);
CREATE TABLE opencart.oc_option_value (
    option_value_id integer NOT NULL,
    option_id integer NOT NULL,
    image character varying(255) NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (option_value_id)
);
CREATE TABLE opencart.oc_option_value_description (
    option_value_id integer NOT NULL,
    language_id integer NOT NULL,
    option_id integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (option_value_id, language_id)
);
CREATE TABLE opencart.oc_order (
    order_id integer NOT NULL,
    invoice_no integer NOT NULL,
    invoice_prefix character varying(26) NOT NULL,
    store_id integer NOT NULL,
    store_name character varying(64) NOT NULL,
    store_url character varying(255) NOT NULL,
    customer_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    email character varying(96) NOT NULL,
    telephone character varying(32) NOT NULL,
    fax character varying(32) NOT NULL,
    custom_field text NOT NULL,
    payment_firstname character varying(32) NOT NULL,
    payment_lastname character varying(32) NOT NULL,
    payment_company character varying(60) NOT NULL,
    payment_address_1 character varying(128) NOT NULL,
    payment_address_2 character varying(128) NOT NULL,
    payment_city character varying(128) NOT NULL,
    payment_postcode character varying(10) NOT NULL,
    payment_country character varying(128) NOT NULL,
    payment_country_id integer NOT NULL,
    payment_zone character varying(128) NOT NULL,
    payment_zone_id integer NOT NULL,
    payment_address_format text NOT NULL,
    payment_custom_field text NOT NULL,
    payment_method text NOT NULL,
    shipping_firstname character varying(32) NOT NULL,
    shipping_lastname character varying(32) NOT NULL,
    shipping_company character varying(60) NOT NULL,
    shipping_address_1 character varying(128) NOT NULL,
    shipping_address_2 character varying(128) NOT NULL,
    shipping_city character varying(128) NOT NULL,
    shipping_postcode character varying(10) NOT NULL,
    shipping_country character varying(128) NOT NULL,
    shipping_country_id integer NOT NULL,
    shipping_zone character varying(128) NOT NULL,
    shipping_zone_id integer NOT NULL,
    shipping_address_format text NOT NULL,
    shipping_custom_field text NOT NULL,
    shipping_method text NOT NULL,
    comment text NOT NULL,
    total numeric(15,4) NOT NULL,
    order_status_id integer NOT NULL,
    affiliate_id integer NOT NULL,
    commission numeric(15,4) NOT NULL,
    marketing_id integer NOT NULL,
    tracking character varying(64) NOT NULL,
    language_id integer NOT NULL,
    currency_id integer NOT NULL,
    currency_code character varying(3) NOT NULL,
    currency_value numeric(15,8) NOT NULL,
    ip character varying(40) NOT NULL,
    forwarded_ip character varying(40) NOT NULL,
    user_agent character varying(255) NOT NULL,
    accept_language character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (order_id)
);
CREATE TABLE opencart.oc_order_history (
    order_history_id integer NOT NULL,
    order_id integer NOT NULL,
    order_status_id integer NOT NULL,
    notify smallint NOT NULL,
    comment text NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (order_history_id)
);
CREATE TABLE opencart.oc_order_option (
    order_option_id integer NOT NULL,
    order_id integer NOT NULL,
    order_product_id integer NOT NULL,
    product_option_id integer NOT NULL,
    product_option_value_id integer NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    type character varying(32) NOT NULL,
    PRIMARY KEY (order_option_id)
);
CREATE TABLE opencart.oc_order_product (
    order_product_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    name character varying(255) NOT NULL,
    model character varying(64) NOT NULL,
    quantity integer NOT NULL,
    price numeric(15,4) NOT NULL,
    total numeric(15,4) NOT NULL,
    tax numeric(15,4) NOT NULL,
    reward integer NOT NULL,
    PRIMARY KEY (order_product_id)
);
CREATE TABLE opencart.oc_order_recurring (
    order_recurring_id integer NOT NULL,
    order_id integer NOT NULL,
    reference character varying(255) NOT NULL,
    product_id integer NOT NULL,
    product_name character varying(255) NOT NULL,
    product_quantity integer NOT NULL,
    recurring_id integer NOT NULL,
    recurring_name character varying(255) NOT NULL,
    recurring_description character varying(255) NOT NULL,
    recurring_frequency character varying(25) NOT NULL,
    recurring_cycle smallint NOT NULL,
    recurring_duration smallint NOT NULL,
    recurring_price numeric(10,4) NOT NULL,
    trial smallint NOT NULL,
    trial_frequency character varying(25) NOT NULL,
    trial_cycle smallint NOT NULL,
    trial_duration smallint NOT NULL,
    trial_price numeric(10,4) NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (order_recurring_id)
);
CREATE TABLE opencart.oc_order_recurring_report (
    order_recurring_report_id integer NOT NULL,
    order_recurring_id integer NOT NULL,
    store_id integer NOT NULL,
    ip character varying(40) NOT NULL,
    country character varying(40) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (order_recurring_report_id)
);
CREATE TABLE opencart.oc_order_recurring_transaction (
    order_recurring_transaction_id integer NOT NULL,
    order_recurring_id integer NOT NULL,
    reference character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    amount numeric(10,4) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (order_recurring_transaction_id)
);
CREATE TABLE opencart.oc_order_shipment (
    order_shipment_id integer NOT NULL,
    order_id integer NOT NULL,
    shipping_courier_id character varying(255) NOT NULL,
    tracking_number character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (order_shipment_id)
);
CREATE TABLE opencart.oc_order_status (
    order_status_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (order_status_id, language_id)
);
CREATE TABLE opencart.oc_order_subscription (
    order_subscription_id integer NOT NULL,
    order_product_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    subscription_plan_id integer NOT NULL,
    trial_price numeric(10,4) NOT NULL,
    trial_tax numeric(15,4) NOT NULL,
    trial_frequency text NOT NULL,
    trial_cycle smallint NOT NULL,
    trial_duration smallint NOT NULL,
    trial_remaining smallint NOT NULL,
    trial_status smallint NOT NULL,
    price numeric(10,4) NOT NULL,
    tax numeric(15,4) NOT NULL,
    frequency text NOT NULL,
    cycle smallint NOT NULL,
    duration smallint NOT NULL,
    PRIMARY KEY (order_subscription_id)
);
CREATE TABLE opencart.oc_order_total (
    order_total_id integer NOT NULL,
    order_id integer NOT NULL,
    code character varying(32) NOT NULL,
    title character varying(255) NOT NULL,
    value numeric(15,4) NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (order_total_id)
);
CREATE TABLE opencart.oc_order_voucher (
    order_voucher_id integer NOT NULL,
    order_id integer NOT NULL,
    voucher_id integer NOT NULL,
    description character varying(255) NOT NULL,
    code character varying(10) NOT NULL,
    from_name character varying(64) NOT NULL,
    from_email character varying(96) NOT NULL,
    to_name character varying(64) NOT NULL,
    to_email character varying(96) NOT NULL,
    voucher_theme_id integer NOT NULL,
    message text NOT NULL,
    amount numeric(15,4) NOT NULL,
    PRIMARY KEY (order_voucher_id)
);
CREATE TABLE opencart.oc_product (
    product_id integer NOT NULL,
    model character varying(64) NOT NULL,
    sku character varying(64) NOT NULL,
    upc character varying(12) NOT NULL,
    ean character varying(14) NOT NULL,
    jan character varying(13) NOT NULL,
    isbn character varying(17) NOT NULL,
    mpn character varying(64) NOT NULL,
    location character varying(128) NOT NULL,
    quantity integer NOT NULL,
    stock_status_id integer NOT NULL,
    image character varying(255),
    manufacturer_id integer NOT NULL,
    shipping smallint NOT NULL,
    price numeric(15,4) NOT NULL,
    points integer NOT NULL,
    tax_class_id integer NOT NULL,
    date_available date NOT NULL,
    weight numeric(15,8) NOT NULL,
    weight_class_id integer NOT NULL,
    length numeric(15,8) NOT NULL,
    width numeric(15,8) NOT NULL,
    height numeric(15,8) NOT NULL,
    length_class_id integer NOT NULL,
    subtract smallint NOT NULL,
    minimum integer NOT NULL,
    sort_order integer NOT NULL,
    status smallint NOT NULL,
    viewed integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (product_id)
);
CREATE TABLE opencart.oc_product_attribute (
    product_id integer NOT NULL,
    attribute_id integer NOT NULL,
    language_id integer NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (product_id, attribute_id, language_id)
);
CREATE TABLE opencart.oc_product_description (
    product_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    tag text NOT NULL,
    meta_title character varying(255) NOT NULL,
    meta_description character varying(255) NOT NULL,
    meta_keyword character varying(255) NOT NULL,
    PRIMARY KEY (product_id, language_id)
);
CREATE TABLE opencart.oc_product_discount (
    product_discount_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    quantity integer NOT NULL,
    priority integer NOT NULL,
    price numeric(15,4) NOT NULL,
    date_start date NOT NULL,
    date_end date NOT NULL,
    PRIMARY KEY (product_discount_id)
);
CREATE TABLE opencart.oc_product_filter (
    product_id integer NOT NULL,
    filter_id integer NOT NULL,
    PRIMARY KEY (product_id, filter_id)
);
CREATE TABLE opencart.oc_product_image (
    product_image_id integer NOT NULL,
    product_id integer NOT NULL,
    image character varying(255),
    sort_order integer NOT NULL,
    PRIMARY KEY (product_image_id)
);
CREATE TABLE opencart.oc_product_option (
    product_option_id integer NOT NULL,
    product_id integer NOT NULL,
    option_id integer NOT NULL,
    value text NOT NULL,
    required smallint NOT NULL,
    PRIMARY KEY (product_option_id)
);
CREATE TABLE opencart.oc_product_option_value (
    product_option_value_id integer NOT NULL,
    product_option_id integer NOT NULL,
    product_id integer NOT NULL,
    option_id integer NOT NULL,
    option_value_id integer NOT NULL,
    quantity integer NOT NULL,
    subtract smallint NOT NULL,
    price numeric(15,4) NOT NULL,
    price_prefix character varying(1) NOT NULL,
    points integer NOT NULL,
    points_prefix character varying(1) NOT NULL,
    weight numeric(15,8) NOT NULL,
    weight_prefix character varying(1) NOT NULL,
    PRIMARY KEY (product_option_value_id)
);
CREATE TABLE opencart.oc_product_recurring (
    product_id integer NOT NULL,
    recurring_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    PRIMARY KEY (product_id, recurring_id, customer_group_id)
);
CREATE TABLE opencart.oc_product_related (
    product_id integer NOT NULL,
    related_id integer NOT NULL,
    PRIMARY KEY (product_id, related_id)
);
CREATE TABLE opencart.oc_product_reward (
    product_reward_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    points integer NOT NULL,
    PRIMARY KEY (product_reward_id)
);
CREATE TABLE opencart.oc_product_special (
    product_special_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    priority integer NOT NULL,
    price numeric(15,4) NOT NULL,
    date_start date NOT NULL,
    date_end date NOT NULL,
    PRIMARY KEY (product_special_id)
);
CREATE TABLE opencart.oc_product_subscription (
    product_id integer NOT NULL,
    subscription_plan_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    PRIMARY KEY (product_id, subscription_plan_id, customer_group_id)
);
CREATE TABLE opencart.oc_product_to_category (
    product_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (product_id, category_id)
);
CREATE TABLE opencart.oc_product_to_download (
    product_id integer NOT NULL,
    download_id integer NOT NULL,
    PRIMARY KEY (product_id, download_id)
);
CREATE TABLE opencart.oc_product_to_layout (
    product_id integer NOT NULL,
    store_id integer NOT NULL,
    layout_id integer NOT NULL,
    PRIMARY KEY (product_id, store_id)
);
CREATE TABLE opencart.oc_product_to_store (
    product_id integer NOT NULL,
    store_id integer NOT NULL,
    PRIMARY KEY (product_id, store_id)
);
CREATE TABLE opencart.oc_recurring (
    recurring_id integer NOT NULL,
    price numeric(10,4) NOT NULL,
    frequency text NOT NULL,
    duration integer NOT NULL,
    cycle integer NOT NULL,
    trial_status smallint NOT NULL,
    trial_price numeric(10,4) NOT NULL,
    trial_frequency text NOT NULL,
    trial_duration integer NOT NULL,
    trial_cycle integer NOT NULL,
    status smallint NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (recurring_id)
);
CREATE TABLE opencart.oc_return (
    return_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    email character varying(96) NOT NULL,
    telephone character varying(32) NOT NULL,
    product character varying(255) NOT NULL,
    model character varying(64) NOT NULL,
    quantity integer NOT NULL,
    opened smallint NOT NULL,
    return_reason_id integer NOT NULL,
    return_action_id integer NOT NULL,
    return_status_id integer NOT NULL,
    comment text,
    date_ordered date NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (return_id)
);
CREATE TABLE opencart.oc_return_action (
    return_action_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (return_action_id, language_id)
);
CREATE TABLE opencart.oc_return_history (
    return_history_id integer NOT NULL,
    return_id integer NOT NULL,
    return_status_id integer NOT NULL,
    notify smallint NOT NULL,
    comment text NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (return_history_id)
);
CREATE TABLE opencart.oc_return_reason (
    return_reason_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (return_reason_id, language_id)
);
CREATE TABLE opencart.oc_return_status (
    return_status_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (return_status_id, language_id)
);
CREATE TABLE opencart.oc_review (
    review_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    author character varying(64) NOT NULL,
    text text NOT NULL,
    rating integer NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (review_id)
);
CREATE TABLE opencart.oc_seo_url (
    seo_url_id integer NOT NULL,
    store_id integer NOT NULL,
    language_id integer NOT NULL,
    query character varying(255) NOT NULL,
    keyword character varying(255) NOT NULL,
    PRIMARY KEY (seo_url_id)
);
CREATE TABLE opencart.oc_session (
    session_id character varying(32) NOT NULL,
    data text NOT NULL,
    expire timestamp without time zone NOT NULL,
    PRIMARY KEY (session_id)
);
CREATE TABLE opencart.oc_setting (
    setting_id integer NOT NULL,
    store_id integer NOT NULL,
    code character varying(128) NOT NULL,
    key character varying(128) NOT NULL,
    value text NOT NULL,
    serialized smallint NOT NULL,
    PRIMARY KEY (setting_id)
);
CREATE TABLE opencart.oc_shipping_courier (
    shipping_courier_id integer NOT NULL,
    shipping_courier_code character varying(255) NOT NULL,
    shipping_courier_name character varying(255) NOT NULL,
    PRIMARY KEY (shipping_courier_id)
);
CREATE TABLE opencart.oc_statistics (
    statistics_id integer NOT NULL,
    code character varying(64) NOT NULL,
    value numeric(15,4) NOT NULL,
    PRIMARY KEY (statistics_id)
);
CREATE TABLE opencart.oc_stock_status (
    stock_status_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (stock_status_id, language_id)
);
CREATE TABLE opencart.oc_store (
    store_id integer NOT NULL,
    name character varying(64) NOT NULL,
    url character varying(255) NOT NULL,
    ssl character varying(255) NOT NULL,
    PRIMARY KEY (store_id)
);
CREATE TABLE opencart.oc_subscription (
    subscription_id integer NOT NULL,
    order_id integer NOT NULL,
    order_product_id integer NOT NULL,
    store_id integer NOT NULL,
    customer_id integer NOT NULL,
    payment_address_id integer NOT NULL,
    payment_method text NOT NULL,
    shipping_address_id integer NOT NULL,
    shipping_method text NOT NULL,
    product_id integer NOT NULL,
    option text NOT NULL,
    quantity integer NOT NULL,
    subscription_plan_id integer NOT NULL,
    trial_price numeric(10,4) NOT NULL,
    trial_frequency text NOT NULL,
    trial_cycle smallint NOT NULL,
    trial_duration smallint NOT NULL,
    trial_remaining smallint NOT NULL,
    trial_status smallint NOT NULL,
    price numeric(10,4) NOT NULL,
    frequency text NOT NULL,
    cycle smallint NOT NULL,
    duration smallint NOT NULL,
    remaining smallint NOT NULL,
    date_next timestamp without time zone NOT NULL,
    comment text NOT NULL,
    subscription_status_id integer NOT NULL,
    affiliate_id integer NOT NULL,
    marketing_id integer NOT NULL,
    tracking character varying(64) NOT NULL,
    language_id integer NOT NULL,
    currency_id integer NOT NULL,
    ip character varying(40) NOT NULL,
    forwarded_ip character varying(40) NOT NULL,
    user_agent character varying(255) NOT NULL,
    accept_language character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (subscription_id)
);
CREATE TABLE opencart.oc_subscription_history (
    subscription_history_id integer NOT NULL,
    subscription_id integer NOT NULL,
    subscription_status_id integer NOT NULL,
    notify smallint NOT NULL,
    comment text NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (subscription_history_id)
);
CREATE TABLE opencart.oc_subscription_plan (
    subscription_plan_id integer NOT NULL,
    trial_price numeric(10,4) NOT NULL,
    trial_frequency text NOT NULL,
    trial_duration smallint NOT NULL,
    trial_cycle smallint NOT NULL,
    trial_status smallint NOT NULL,
    price numeric(10,4) NOT NULL,
    frequency text NOT NULL,
    duration smallint NOT NULL,
    cycle smallint NOT NULL,
    status smallint NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (subscription_plan_id)
);
CREATE TABLE opencart.oc_subscription_plan_description (
    subscription_plan_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (subscription_plan_id, language_id)
);
CREATE TABLE opencart.oc_subscription_status (
    subscription_status_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (subscription_status_id, language_id)
);
CREATE TABLE opencart.oc_tax_class (
    tax_class_id integer NOT NULL,
    title character varying(32) NOT NULL,
    description character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (tax_class_id)
);
CREATE TABLE opencart.oc_tax_rate (
    tax_rate_id integer NOT NULL,
    geo_zone_id integer NOT NULL,
    name character varying(32) NOT NULL,
    rate numeric(15,4) NOT NULL,
    type character(1) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (tax_rate_id)
);
CREATE TABLE opencart.oc_tax_rate_to_customer_group (
    tax_rate_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    PRIMARY KEY (tax_rate_id, customer_group_id)
);
CREATE TABLE opencart.oc_tax_rule (
    tax_rule_id integer NOT NULL,
    tax_class_id integer NOT NULL,
    tax_rate_id integer NOT NULL,
    based character varying(10) NOT NULL,
    priority integer NOT NULL,
    PRIMARY KEY (tax_rule_id)
);
CREATE TABLE opencart.oc_theme (
    theme_id integer NOT NULL,
    store_id integer NOT NULL,
    theme character varying(64) NOT NULL,
    route character varying(64) NOT NULL,
    code text NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (theme_id)
);
CREATE TABLE opencart.oc_translation (
    translation_id integer NOT NULL,
    store_id integer NOT NULL,
    language_id integer NOT NULL,
    route character varying(64) NOT NULL,
    key character varying(64) NOT NULL,
    value text NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (translation_id)
);
CREATE TABLE opencart.oc_upload (
    upload_id integer NOT NULL,
    name character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    code character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (upload_id)
);
CREATE TABLE opencart.oc_user (
    user_id integer NOT NULL,
    user_group_id integer NOT NULL,
    username character varying(20) NOT NULL,
    password character varying(255) NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    email character varying(96) NOT NULL,
    image character varying(255) NOT NULL,
    code character varying(40) NOT NULL,
    ip character varying(40) NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE opencart.oc_user_group (
    user_group_id integer NOT NULL,
    name character varying(64) NOT NULL,
    permission text NOT NULL,
    PRIMARY KEY (user_group_id)
);
CREATE TABLE opencart.oc_user_login (
    user_login_id integer NOT NULL,
    user_id integer NOT NULL,
    ip character varying(40) NOT NULL,
    user_agent character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (user_login_id)
);
CREATE TABLE opencart.oc_voucher (
    voucher_id integer NOT NULL,
    order_id integer NOT NULL,
    code character varying(10) NOT NULL,
    from_name character varying(64) NOT NULL,
    from_email character varying(96) NOT NULL,
    to_name character varying(64) NOT NULL,
    to_email character varying(96) NOT NULL,
    voucher_theme_id integer NOT NULL,
    message text NOT NULL,
    amount numeric(15,4) NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (voucher_id)
);
CREATE TABLE opencart.oc_voucher_history (
    voucher_history_id integer NOT NULL,
    voucher_id integer NOT NULL,
    order_id integer NOT NULL,
    amount numeric(15,4) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (voucher_history_id)
);
CREATE TABLE opencart.oc_voucher_theme (
    voucher_theme_id integer NOT NULL,
    image character varying(255) NOT NULL,
    PRIMARY KEY (voucher_theme_id)
);
CREATE TABLE opencart.oc_voucher_theme_description (
    voucher_theme_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (voucher_theme_id, language_id)
);
CREATE TABLE opencart.oc_weight_class (
    weight_class_id integer NOT NULL,
    value numeric(15,8) NOT NULL,
    PRIMARY KEY (weight_class_id)
);
CREATE TABLE opencart.oc_weight_class_description (
    weight_class_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(32) NOT NULL,
    unit character varying(4) NOT NULL,
    PRIMARY KEY (weight_class_id, language_id)
);
CREATE TABLE opencart.oc_zone (
    zone_id integer NOT NULL,
    country_id integer NOT NULL,
    name character varying(128) NOT NULL,
    code character varying(32) NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (zone_id)
);
CREATE TABLE opencart.oc_zone_to_geo_zone (
    zone_to_geo_zone_id integer NOT NULL,
    country_id integer NOT NULL,
    zone_id integer NOT NULL,
    geo_zone_id integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (zone_to_geo_zone_id)
);
