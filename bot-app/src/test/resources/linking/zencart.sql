-- Zen Cart, the open-source PHP shopping cart (customers, their address book, customer info and groups, baskets,
-- products with descriptions, categories and the product-category link, manufacturers, product types and the music
-- extras (artists, record companies, genres), attributes with options and option values, downloads, quantity
-- discounts, specials, featured products, sale maker, reviews, product notifications, orders with their products,
-- attributes, downloads, totals and status history, order statuses, coupons and gift certificates (redemptions,
-- e-mail tracking, balances, release queue, restrictions), currencies, languages, countries, zones, geo zones, tax
-- classes and rates, banners and their history, EZ-pages, newsletters, e-mail archive, PayPal and Authorize.net
-- transaction logs, who's online, admin users, profiles, pages and activity log, configuration, layout and plugins),
-- as a fresh install creates it: zc_install/sql/install/mysql_zencart.sql of github.com/zencart/zencart (commit
-- 0306c47, the 3.0.0-dev master after v2.2.1; GPL-2.0; we use the schema's facts), with the installer's default empty
-- table prefix. MySQL DDL turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL 14 and
-- regenerated from that catalog, schema zencart: all 111 tables, their primary keys (101 tables; the other 10 have
-- none in the source) and the source's 5 table comments; int/mediumint (signed or unsigned) -> integer, tinyint ->
-- smallint, datetime/timestamp -> timestamp, decimal -> numeric, float -> real, text kinds -> text, blob kinds ->
-- bytea. The source declares no foreign keys (MyISAM). Left out: AUTO_INCREMENT, defaults, ON UPDATE clauses, indexes
-- and unique keys, engine options, the INSERTs of the default rows (a few in values-zencart.sql), and the upgrade
-- scripts. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS zencart;
CREATE TABLE zencart.address_book (
    address_book_id integer NOT NULL,
    customers_id integer NOT NULL,
    entry_gender character(1) NOT NULL,
    entry_company character varying(64),
    entry_firstname character varying(32) NOT NULL,
    entry_lastname character varying(32) NOT NULL,
    entry_street_address character varying(128) NOT NULL,
    entry_suburb character varying(128),
    entry_postcode character varying(64) NOT NULL,
    entry_city character varying(128) NOT NULL,
    entry_state character varying(128),
    entry_country_id integer NOT NULL,
    entry_zone_id integer NOT NULL,
    PRIMARY KEY (address_book_id)
);
CREATE TABLE zencart.address_format (
    address_format_id integer NOT NULL,
    address_format character varying(128) NOT NULL,
    address_summary character varying(48) NOT NULL,
    PRIMARY KEY (address_format_id)
);
CREATE TABLE zencart.admin (
    admin_id integer NOT NULL,
    admin_name character varying(32) NOT NULL,
    admin_email character varying(96) NOT NULL,
    admin_profile integer NOT NULL,
    admin_pass character varying(255) NOT NULL,
    prev_pass1 character varying(255) NOT NULL,
    prev_pass2 character varying(255) NOT NULL,
    prev_pass3 character varying(255) NOT NULL,
    pwd_last_change_date timestamp without time zone NOT NULL,
    reset_token character varying(255) NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    last_login_date timestamp without time zone NOT NULL,
    last_login_ip character varying(45) NOT NULL,
    failed_logins smallint NOT NULL,
    lockout_expires integer NOT NULL,
    last_failed_attempt timestamp without time zone NOT NULL,
    last_failed_ip character varying(45) NOT NULL,
    mfa text,
    dashboard_layout text,
    PRIMARY KEY (admin_id)
);
CREATE TABLE zencart.admin_activity_log (
    log_id bigint NOT NULL,
    access_date timestamp without time zone NOT NULL,
    admin_id integer NOT NULL,
    page_accessed character varying(80) NOT NULL,
    page_parameters text,
    ip_address character varying(45) NOT NULL,
    flagged smallint NOT NULL,
    attention text,
    gzpost bytea,
    logmessage text NOT NULL,
    severity character varying(9) NOT NULL,
    PRIMARY KEY (log_id)
);
CREATE TABLE zencart.admin_expired_tokens (
    admin_name character varying(44) NOT NULL,
    otp_code character varying(32) NOT NULL,
    used_date timestamp without time zone NOT NULL,
    PRIMARY KEY (used_date, otp_code, admin_name)
);
CREATE TABLE zencart.admin_menus (
    menu_key character varying(191) NOT NULL,
    language_key character varying(255) NOT NULL,
    sort_order integer NOT NULL
);
CREATE TABLE zencart.admin_notifications (
    notification_key character varying(40) NOT NULL,
    admin_id integer,
    dismissed character(1)
);
CREATE TABLE zencart.admin_pages (
    page_key character varying(191) NOT NULL,
    language_key character varying(255) NOT NULL,
    main_page character varying(255) NOT NULL,
    page_params character varying(255) NOT NULL,
    menu_key character varying(191) NOT NULL,
    display_on_menu character(1) NOT NULL,
    sort_order integer NOT NULL
);
CREATE TABLE zencart.admin_pages_to_profiles (
    profile_id integer NOT NULL,
    page_key character varying(191) NOT NULL
);
CREATE TABLE zencart.admin_profiles (
    profile_id integer NOT NULL,
    profile_name character varying(191) NOT NULL,
    PRIMARY KEY (profile_id)
);
CREATE TABLE zencart.authorizenet (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    order_id integer NOT NULL,
    response_code integer NOT NULL,
    response_text character varying(255) NOT NULL,
    authorization_type character varying(50) NOT NULL,
    transaction_id character varying(32),
    sent text NOT NULL,
    received text NOT NULL,
    "time" character varying(50) NOT NULL,
    session_id character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zencart.banners (
    banners_id integer NOT NULL,
    banners_title character varying(64) NOT NULL,
    banners_url character varying(255) NOT NULL,
    banners_image character varying(255) NOT NULL,
    banners_group character varying(15) NOT NULL,
    banners_html_text text,
    expires_impressions integer,
    expires_date timestamp without time zone,
    date_scheduled timestamp without time zone,
    date_added timestamp without time zone NOT NULL,
    date_status_change timestamp without time zone,
    status integer NOT NULL,
    banners_open_new_windows integer NOT NULL,
    banners_on_ssl integer NOT NULL,
    banners_sort_order integer NOT NULL,
    PRIMARY KEY (banners_id)
);
CREATE TABLE zencart.banners_history (
    banners_history_id integer NOT NULL,
    banners_id integer NOT NULL,
    banners_shown integer NOT NULL,
    banners_clicked integer NOT NULL,
    banners_history_date timestamp without time zone NOT NULL,
    PRIMARY KEY (banners_history_id)
);
CREATE TABLE zencart.categories (
    categories_id integer NOT NULL,
    categories_image character varying(255),
    parent_id integer NOT NULL,
    sort_order integer,
    date_added timestamp without time zone,
    last_modified timestamp without time zone,
    categories_status smallint NOT NULL,
    PRIMARY KEY (categories_id)
);
CREATE TABLE zencart.categories_description (
    categories_id integer NOT NULL,
    language_id integer NOT NULL,
    categories_name character varying(32) NOT NULL,
    categories_description text NOT NULL,
    PRIMARY KEY (categories_id, language_id)
);
CREATE TABLE zencart.configuration (
    configuration_id integer NOT NULL,
    configuration_title text NOT NULL,
    configuration_key character varying(180) NOT NULL,
    configuration_value text NOT NULL,
    configuration_description text NOT NULL,
    configuration_group_id integer NOT NULL,
    sort_order integer,
    last_modified timestamp without time zone,
    date_added timestamp without time zone NOT NULL,
    use_function text,
    set_function text,
    val_function text,
    is_template_setting smallint NOT NULL,
    PRIMARY KEY (configuration_id)
);
CREATE TABLE zencart.configuration_group (
    configuration_group_id integer NOT NULL,
    configuration_group_title character varying(64) NOT NULL,
    configuration_group_description character varying(255) NOT NULL,
    sort_order integer,
    visible integer,
    PRIMARY KEY (configuration_group_id)
);
CREATE TABLE zencart.count_product_views (
    product_id integer NOT NULL,
    language_id integer NOT NULL,
    date_viewed date NOT NULL,
    views integer,
    PRIMARY KEY (product_id, language_id, date_viewed)
);
CREATE TABLE zencart.counter (
    startdate character(8),
    counter integer
);
CREATE TABLE zencart.counter_history (
    startdate character(8) NOT NULL,
    counter integer,
    session_counter integer,
    PRIMARY KEY (startdate)
);
CREATE TABLE zencart.countries (
    countries_id integer NOT NULL,
    countries_name character varying(64) NOT NULL,
    countries_iso_code_2 character(2) NOT NULL,
    countries_iso_code_3 character(3) NOT NULL,
    address_format_id integer NOT NULL,
    status smallint,
    PRIMARY KEY (countries_id)
);
CREATE TABLE zencart.coupon_email_track (
    unique_id integer NOT NULL,
    coupon_id integer NOT NULL,
    customer_id_sent integer NOT NULL,
    sent_firstname character varying(32),
    sent_lastname character varying(32),
    emailed_to character varying(96),
    date_sent timestamp without time zone NOT NULL,
    PRIMARY KEY (unique_id)
);
CREATE TABLE zencart.coupon_gv_customer (
    customer_id integer NOT NULL,
    amount numeric(15,4) NOT NULL,
    PRIMARY KEY (customer_id)
);
CREATE TABLE zencart.coupon_gv_queue (
    unique_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_id integer NOT NULL,
    amount numeric(15,4) NOT NULL,
    date_created timestamp without time zone NOT NULL,
    ipaddr character varying(45) NOT NULL,
    release_flag character(1) NOT NULL,
    PRIMARY KEY (unique_id)
);
CREATE TABLE zencart.coupon_redeem_track (
    unique_id integer NOT NULL,
    coupon_id integer NOT NULL,
    customer_id integer NOT NULL,
    redeem_date timestamp without time zone NOT NULL,
    redeem_ip character varying(45) NOT NULL,
    order_id integer NOT NULL,
    PRIMARY KEY (unique_id)
);
CREATE TABLE zencart.coupon_referrers (
    referrer_id integer NOT NULL,
    referrer_domain character varying(64) NOT NULL,
    coupon_id integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (referrer_id)
);
CREATE TABLE zencart.coupon_restrict (
    restrict_id integer NOT NULL,
    coupon_id integer NOT NULL,
    product_id integer NOT NULL,
    category_id integer NOT NULL,
    coupon_restrict character(1) NOT NULL,
    PRIMARY KEY (restrict_id)
);
CREATE TABLE zencart.coupons (
    coupon_id integer NOT NULL,
    coupon_type character(1) NOT NULL,
    coupon_code character varying(32) NOT NULL,
    coupon_amount numeric(15,4) NOT NULL,
    coupon_minimum_order numeric(15,4) NOT NULL,
    coupon_start_date timestamp without time zone NOT NULL,
    coupon_expire_date timestamp without time zone NOT NULL,
    uses_per_coupon integer NOT NULL,
    uses_per_user integer NOT NULL,
    restrict_to_products character varying(255),
    restrict_to_categories character varying(255),
    restrict_to_customers text,
    coupon_active character(1) NOT NULL,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    coupon_zone_restriction integer NOT NULL,
    coupon_calc_base smallint NOT NULL,
    coupon_order_limit integer NOT NULL,
    coupon_is_valid_for_sales smallint NOT NULL,
    coupon_product_count smallint NOT NULL,
    PRIMARY KEY (coupon_id)
);
CREATE TABLE zencart.coupons_description (
    coupon_id integer NOT NULL,
    language_id integer NOT NULL,
    coupon_name character varying(64) NOT NULL,
    coupon_description text,
    PRIMARY KEY (coupon_id, language_id)
);
CREATE TABLE zencart.currencies (
    currencies_id integer NOT NULL,
    title character varying(32) NOT NULL,
    code character(4) NOT NULL,
    symbol_left character varying(32),
    symbol_right character varying(32),
    decimal_point character(1),
    thousands_point character(1),
    decimal_places character(1),
    value numeric(14,6),
    last_updated timestamp without time zone,
    PRIMARY KEY (currencies_id)
);
CREATE TABLE zencart.customer_groups (
    group_id integer NOT NULL,
    group_name character varying(191) NOT NULL,
    group_comment character varying(255),
    date_added timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE zencart.customer_password_reset_tokens (
    customer_id integer NOT NULL,
    token character varying(100) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (token, customer_id)
);
CREATE TABLE zencart.customers (
    customers_id integer NOT NULL,
    customers_gender character(1) NOT NULL,
    customers_firstname character varying(32) NOT NULL,
    customers_lastname character varying(32) NOT NULL,
    customers_dob timestamp without time zone NOT NULL,
    customers_email_address character varying(96) NOT NULL,
    customers_nick character varying(96) NOT NULL,
    customers_default_address_id integer NOT NULL,
    customers_telephone character varying(32) NOT NULL,
    customers_fax character varying(32),
    customers_password character varying(255) NOT NULL,
    customers_secret character varying(64) NOT NULL,
    customers_newsletter character(1),
    customers_group_pricing integer NOT NULL,
    customers_email_format character varying(4) NOT NULL,
    customers_authorization integer NOT NULL,
    activation_required smallint NOT NULL,
    welcome_email_sent smallint,
    customers_referral character varying(32) NOT NULL,
    registration_ip character varying(45) NOT NULL,
    last_login_ip character varying(45) NOT NULL,
    customers_paypal_payerid character varying(20) NOT NULL,
    customers_paypal_ec smallint NOT NULL,
    customers_whole smallint NOT NULL,
    PRIMARY KEY (customers_id)
);
CREATE TABLE zencart.customers_auth_tokens (
    customers_id integer NOT NULL,
    email_address character varying(96) NOT NULL,
    token character varying(100) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (customers_id)
);
CREATE TABLE zencart.customers_basket (
    customers_basket_id integer NOT NULL,
    customers_id integer NOT NULL,
    products_id text NOT NULL,
    customers_basket_quantity real NOT NULL,
    customers_basket_date_added character varying(8),
    PRIMARY KEY (customers_basket_id)
);
CREATE TABLE zencart.customers_basket_attributes (
    customers_basket_attributes_id integer NOT NULL,
    customers_id integer NOT NULL,
    products_id text NOT NULL,
    products_options_id character varying(64) NOT NULL,
    products_options_value_id integer NOT NULL,
    products_options_value_text bytea,
    products_options_sort_order text NOT NULL,
    PRIMARY KEY (customers_basket_attributes_id)
);
CREATE TABLE zencart.customers_info (
    customers_info_id integer NOT NULL,
    customers_info_date_of_last_logon timestamp without time zone,
    customers_info_number_of_logons integer,
    customers_info_date_account_created timestamp without time zone,
    customers_info_date_account_last_modified timestamp without time zone,
    global_product_notifications integer,
    PRIMARY KEY (customers_info_id)
);
CREATE TABLE zencart.customers_to_groups (
    id integer NOT NULL,
    group_id integer NOT NULL,
    customer_id integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zencart.db_cache (
    cache_entry_name character varying(64) NOT NULL,
    cache_data bytea,
    cache_entry_created integer,
    PRIMARY KEY (cache_entry_name)
);
CREATE TABLE zencart.email_archive (
    archive_id integer NOT NULL,
    email_to_name character varying(96) NOT NULL,
    email_to_address character varying(96) NOT NULL,
    email_from_name character varying(96) NOT NULL,
    email_from_address character varying(96) NOT NULL,
    email_subject character varying(255) NOT NULL,
    email_html text NOT NULL,
    email_text text NOT NULL,
    date_sent timestamp without time zone NOT NULL,
    module character varying(64) NOT NULL,
    errorinfo text,
    PRIMARY KEY (archive_id)
);
CREATE TABLE zencart.ezpages (
    pages_id integer NOT NULL,
    alt_url character varying(255) NOT NULL,
    alt_url_external character varying(255) NOT NULL,
    status_mobile smallint NOT NULL,
    status_header integer NOT NULL,
    status_sidebox integer NOT NULL,
    status_footer integer NOT NULL,
    status_visible integer NOT NULL,
    status_toc integer NOT NULL,
    mobile_sort_order smallint NOT NULL,
    header_sort_order integer NOT NULL,
    sidebox_sort_order integer NOT NULL,
    footer_sort_order integer NOT NULL,
    toc_sort_order integer NOT NULL,
    page_open_new_window integer NOT NULL,
    page_is_ssl integer NOT NULL,
    toc_chapter integer NOT NULL,
    PRIMARY KEY (pages_id)
);
CREATE TABLE zencart.ezpages_content (
    pages_id integer NOT NULL,
    languages_id integer NOT NULL,
    pages_title character varying(64) NOT NULL,
    pages_html_text text
);
CREATE TABLE zencart.featured (
    featured_id integer NOT NULL,
    products_id integer NOT NULL,
    featured_date_added timestamp without time zone,
    featured_last_modified timestamp without time zone,
    expires_date date NOT NULL,
    date_status_change timestamp without time zone,
    status integer NOT NULL,
    featured_date_available date NOT NULL,
    PRIMARY KEY (featured_id)
);
CREATE TABLE zencart.featured_categories (
    featured_categories_id integer NOT NULL,
    categories_id integer NOT NULL,
    featured_date_added timestamp without time zone,
    featured_last_modified timestamp without time zone,
    expires_date date NOT NULL,
    date_status_change timestamp without time zone,
    status integer NOT NULL,
    featured_date_available date NOT NULL,
    PRIMARY KEY (featured_categories_id)
);
CREATE TABLE zencart.files_uploaded (
    files_uploaded_id integer NOT NULL,
    sesskey character varying(32),
    customers_id integer,
    files_uploaded_name character varying(64) NOT NULL,
    PRIMARY KEY (files_uploaded_id)
);
CREATE TABLE zencart.geo_zones (
    geo_zone_id integer NOT NULL,
    geo_zone_name character varying(32) NOT NULL,
    geo_zone_description character varying(255) NOT NULL,
    last_modified timestamp without time zone,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (geo_zone_id)
);
CREATE TABLE zencart.get_terms_to_filter (
    get_term_name character varying(191) NOT NULL,
    get_term_table character varying(64) NOT NULL,
    get_term_name_field character varying(64) NOT NULL,
    PRIMARY KEY (get_term_name)
);
CREATE TABLE zencart.group_pricing (
    group_id integer NOT NULL,
    group_name character varying(32) NOT NULL,
    group_percentage numeric(5,2) NOT NULL,
    last_modified timestamp without time zone,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE zencart.languages (
    languages_id integer NOT NULL,
    name character varying(32) NOT NULL,
    code character(2) NOT NULL,
    image character varying(64),
    directory character varying(32),
    sort_order integer,
    PRIMARY KEY (languages_id)
);
CREATE TABLE zencart.layout_boxes (
    layout_id integer NOT NULL,
    layout_template character varying(64) NOT NULL,
    layout_box_name character varying(64) NOT NULL,
    layout_box_status smallint NOT NULL,
    layout_box_location smallint NOT NULL,
    layout_box_sort_order integer NOT NULL,
    layout_box_sort_order_single integer NOT NULL,
    layout_box_status_single smallint NOT NULL,
    plugin_details character varying(100) NOT NULL,
    PRIMARY KEY (layout_id)
);
CREATE TABLE zencart.manufacturers (
    manufacturers_id integer NOT NULL,
    manufacturers_name character varying(32) NOT NULL,
    manufacturers_image character varying(255),
    date_added timestamp without time zone,
    last_modified timestamp without time zone,
    featured smallint,
    PRIMARY KEY (manufacturers_id)
);
CREATE TABLE zencart.manufacturers_info (
    manufacturers_id integer NOT NULL,
    languages_id integer NOT NULL,
    manufacturers_url character varying(255) NOT NULL,
    url_clicked integer NOT NULL,
    date_last_click timestamp without time zone,
    PRIMARY KEY (manufacturers_id, languages_id)
);
CREATE TABLE zencart.media_clips (
    clip_id integer NOT NULL,
    media_id integer NOT NULL,
    clip_type smallint NOT NULL,
    clip_filename text NOT NULL,
    date_added timestamp without time zone NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (clip_id)
);
CREATE TABLE zencart.media_manager (
    media_id integer NOT NULL,
    media_name character varying(255) NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (media_id)
);
CREATE TABLE zencart.media_to_products (
    media_id integer NOT NULL,
    product_id integer NOT NULL
);
CREATE TABLE zencart.media_types (
    type_id integer NOT NULL,
    type_name character varying(64) NOT NULL,
    type_ext character varying(8) NOT NULL,
    PRIMARY KEY (type_id)
);
CREATE TABLE zencart.meta_tags_categories_description (
    categories_id integer NOT NULL,
    language_id integer NOT NULL,
    metatags_title character varying(255) NOT NULL,
    metatags_keywords text,
    metatags_description text,
    PRIMARY KEY (categories_id, language_id)
);
CREATE TABLE zencart.meta_tags_products_description (
    products_id integer NOT NULL,
    language_id integer NOT NULL,
    metatags_title character varying(255) NOT NULL,
    metatags_keywords text,
    metatags_description text,
    PRIMARY KEY (products_id, language_id)
);
CREATE TABLE zencart.music_genre (
    music_genre_id integer NOT NULL,
    music_genre_name character varying(32) NOT NULL,
    date_added timestamp without time zone,
    last_modified timestamp without time zone,
    PRIMARY KEY (music_genre_id)
);
CREATE TABLE zencart.newsletters (
    newsletters_id integer NOT NULL,
    title character varying(255) NOT NULL,
    content text NOT NULL,
    content_html text NOT NULL,
    module character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_sent timestamp without time zone,
    status integer,
    locked integer,
    PRIMARY KEY (newsletters_id)
);
CREATE TABLE zencart.orders (
    orders_id integer NOT NULL,
    customers_id integer NOT NULL,
    customers_name character varying(64) NOT NULL,
    customers_company character varying(64),
    customers_street_address character varying(128) NOT NULL,
    customers_suburb character varying(128),
    customers_city character varying(128) NOT NULL,
    customers_postcode character varying(64) NOT NULL,
    customers_state character varying(128),
    customers_country character varying(64) NOT NULL,
    customers_telephone character varying(32) NOT NULL,
    customers_email_address character varying(96) NOT NULL,
    customers_address_format_id integer NOT NULL,
    delivery_name character varying(64) NOT NULL,
    delivery_company character varying(64),
    delivery_street_address character varying(128) NOT NULL,
    delivery_suburb character varying(128),
    delivery_city character varying(128) NOT NULL,
    delivery_postcode character varying(64) NOT NULL,
    delivery_state character varying(128),
    delivery_country character varying(64) NOT NULL,
    delivery_address_format_id integer NOT NULL,
    billing_name character varying(64) NOT NULL,
    billing_company character varying(64),
    billing_street_address character varying(128) NOT NULL,
    billing_suburb character varying(128),
    billing_city character varying(128) NOT NULL,
    billing_postcode character varying(64) NOT NULL,
    billing_state character varying(128),
    billing_country character varying(64) NOT NULL,
    billing_address_format_id integer NOT NULL,
    payment_method character varying(128) NOT NULL,
    payment_module_code character varying(32) NOT NULL,
    shipping_method character varying(255),
    shipping_module_code character varying(32) NOT NULL,
    coupon_code character varying(32) NOT NULL,
    cc_type character varying(20),
    cc_owner character varying(64),
    cc_number character varying(32),
    cc_expires character varying(4),
    cc_cvv bytea,
    last_modified timestamp without time zone,
    date_purchased timestamp without time zone,
    orders_status integer NOT NULL,
    orders_date_finished timestamp without time zone,
    currency character(4),
    currency_value numeric(14,6),
    order_total numeric(15,4),
    order_tax numeric(15,4),
    shipping_tax_rate numeric(15,4),
    paypal_ipn_id integer NOT NULL,
    ip_address character varying(96) NOT NULL,
    order_weight real,
    language_code character(2) NOT NULL,
    is_wholesale smallint,
    PRIMARY KEY (orders_id)
);
CREATE TABLE zencart.orders_products (
    orders_products_id integer NOT NULL,
    orders_id integer NOT NULL,
    products_id integer NOT NULL,
    products_model character varying(32),
    products_name character varying(191) NOT NULL,
    products_price numeric(15,4) NOT NULL,
    final_price numeric(15,4) NOT NULL,
    products_tax numeric(7,4) NOT NULL,
    products_quantity real NOT NULL,
    onetime_charges numeric(15,4) NOT NULL,
    products_priced_by_attribute smallint NOT NULL,
    product_is_free smallint NOT NULL,
    products_discount_type smallint NOT NULL,
    products_discount_type_from smallint NOT NULL,
    products_prid text NOT NULL,
    products_weight real,
    products_virtual smallint,
    product_is_always_free_shipping smallint,
    products_quantity_order_min real,
    products_quantity_order_units real,
    products_quantity_order_max real,
    products_quantity_mixed smallint,
    products_mixed_discount_quantity smallint,
    PRIMARY KEY (orders_products_id)
);
CREATE TABLE zencart.orders_products_attributes (
    orders_products_attributes_id integer NOT NULL,
    orders_id integer NOT NULL,
    orders_products_id integer NOT NULL,
    products_options character varying(191) NOT NULL,
    products_options_values text NOT NULL,
    options_values_price numeric(15,4) NOT NULL,
    price_prefix character(1) NOT NULL,
    product_attribute_is_free smallint NOT NULL,
    products_attributes_weight real NOT NULL,
    products_attributes_weight_prefix character(1) NOT NULL,
    attributes_discounted smallint NOT NULL,
    attributes_price_base_included smallint NOT NULL,
    attributes_price_onetime numeric(15,4) NOT NULL,
    attributes_price_factor numeric(15,4) NOT NULL,
    attributes_price_factor_offset numeric(15,4) NOT NULL,
    attributes_price_factor_onetime numeric(15,4) NOT NULL,
    attributes_price_factor_onetime_offset numeric(15,4) NOT NULL,
    attributes_qty_prices text,
    attributes_qty_prices_onetime text,
    attributes_price_words numeric(15,4) NOT NULL,
    attributes_price_words_free integer NOT NULL,
    attributes_price_letters numeric(15,4) NOT NULL,
    attributes_price_letters_free integer NOT NULL,
    products_options_id integer NOT NULL,
    products_options_values_id integer NOT NULL,
    products_prid text NOT NULL,
    PRIMARY KEY (orders_products_attributes_id)
);
CREATE TABLE zencart.orders_products_download (
    orders_products_download_id integer NOT NULL,
    orders_id integer NOT NULL,
    orders_products_id integer NOT NULL,
    orders_products_filename character varying(255) NOT NULL,
    download_maxdays integer NOT NULL,
    download_count integer NOT NULL,
    products_prid text NOT NULL,
    products_attributes_id integer,
    PRIMARY KEY (orders_products_download_id)
);
CREATE TABLE zencart.orders_status (
    orders_status_id integer NOT NULL,
    language_id integer NOT NULL,
    orders_status_name character varying(32) NOT NULL,
    orders_status_color_code character varying(7),
    sort_order integer NOT NULL,
    PRIMARY KEY (orders_status_id, language_id)
);
CREATE TABLE zencart.orders_status_history (
    orders_status_history_id integer NOT NULL,
    orders_id integer NOT NULL,
    orders_status_id integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    customer_notified integer,
    comments text,
    updated_by character varying(45) NOT NULL,
    PRIMARY KEY (orders_status_history_id)
);
CREATE TABLE zencart.orders_total (
    orders_total_id integer NOT NULL,
    orders_id integer NOT NULL,
    title character varying(255) NOT NULL,
    text character varying(255) NOT NULL,
    value numeric(15,4) NOT NULL,
    class character varying(32) NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (orders_total_id)
);
CREATE TABLE zencart.paypal (
    paypal_ipn_id integer NOT NULL,
    order_id integer NOT NULL,
    txn_type character varying(40) NOT NULL,
    module_name character varying(40) NOT NULL,
    module_mode character varying(40) NOT NULL,
    reason_code character varying(40),
    payment_type character varying(40) NOT NULL,
    payment_status character varying(32) NOT NULL,
    pending_reason character varying(32),
    invoice character varying(128),
    mc_currency character(3) NOT NULL,
    first_name character varying(32) NOT NULL,
    last_name character varying(32) NOT NULL,
    payer_business_name character varying(128),
    address_name character varying(64),
    address_street character varying(254),
    address_city character varying(120),
    address_state character varying(120),
    address_zip character varying(64),
    address_country character varying(64),
    address_status character varying(11),
    payer_email character varying(128) NOT NULL,
    payer_id character varying(32) NOT NULL,
    payer_status character varying(10) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    business character varying(128) NOT NULL,
    receiver_email character varying(128) NOT NULL,
    receiver_id character varying(32) NOT NULL,
    txn_id character varying(20) NOT NULL,
    parent_txn_id character varying(20),
    num_cart_items smallint NOT NULL,
    mc_gross numeric(15,4) NOT NULL,
    mc_fee numeric(15,4) NOT NULL,
    payment_gross numeric(15,4),
    payment_fee numeric(15,4),
    settle_amount numeric(15,4),
    settle_currency character(3),
    exchange_rate numeric(15,4),
    notify_version character varying(6) NOT NULL,
    verify_sign character varying(128) NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    date_added timestamp without time zone NOT NULL,
    memo text,
    PRIMARY KEY (paypal_ipn_id, txn_id)
);
CREATE TABLE zencart.paypal_payment_status (
    payment_status_id integer NOT NULL,
    payment_status_name character varying(64) NOT NULL,
    PRIMARY KEY (payment_status_id)
);
CREATE TABLE zencart.paypal_payment_status_history (
    payment_status_history_id integer NOT NULL,
    paypal_ipn_id integer NOT NULL,
    txn_id character varying(64) NOT NULL,
    parent_txn_id character varying(64) NOT NULL,
    payment_status character varying(17) NOT NULL,
    pending_reason character varying(32),
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (payment_status_history_id)
);
CREATE TABLE zencart.paypal_session (
    unique_id integer NOT NULL,
    session_id text NOT NULL,
    saved_session bytea NOT NULL,
    expiry integer NOT NULL,
    PRIMARY KEY (unique_id)
);
CREATE TABLE zencart.plugin_control (
    unique_key character varying(40) NOT NULL,
    name character varying(64) NOT NULL,
    description text,
    type character varying(11) NOT NULL,
    managed smallint NOT NULL,
    status smallint NOT NULL,
    author character varying(64) NOT NULL,
    version character varying(20),
    zc_versions text NOT NULL,
    zc_contrib_id integer,
    infs smallint NOT NULL,
    PRIMARY KEY (unique_key)
);
CREATE TABLE zencart.plugin_control_versions (
    unique_key character varying(40) NOT NULL,
    version character varying(20) NOT NULL,
    author character varying(64) NOT NULL,
    zc_versions text NOT NULL,
    infs smallint NOT NULL,
    PRIMARY KEY (unique_key, version)
);
CREATE TABLE zencart.plugin_groups (
    unique_key character varying(20) NOT NULL,
    PRIMARY KEY (unique_key)
);
CREATE TABLE zencart.plugin_groups_description (
    plugin_group_unique_key character varying(20) NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (plugin_group_unique_key, language_id)
);
CREATE TABLE zencart.product_music_extra (
    products_id integer NOT NULL,
    artists_id integer NOT NULL,
    record_company_id integer NOT NULL,
    music_genre_id integer NOT NULL,
    PRIMARY KEY (products_id)
);
CREATE TABLE zencart.product_type_layout (
    configuration_id integer NOT NULL,
    configuration_title text NOT NULL,
    configuration_key character varying(180) NOT NULL,
    configuration_value text NOT NULL,
    configuration_description text NOT NULL,
    product_type_id integer NOT NULL,
    sort_order integer,
    last_modified timestamp without time zone,
    date_added timestamp without time zone NOT NULL,
    use_function text,
    set_function text,
    PRIMARY KEY (configuration_id)
);
CREATE TABLE zencart.product_types (
    type_id integer NOT NULL,
    type_name character varying(255) NOT NULL,
    type_handler character varying(255) NOT NULL,
    type_master_type integer NOT NULL,
    allow_add_to_cart character(1) NOT NULL,
    default_image character varying(255) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (type_id)
);
CREATE TABLE zencart.product_types_to_category (
    product_type_id integer NOT NULL,
    category_id integer NOT NULL
);
CREATE TABLE zencart.products (
    products_id integer NOT NULL,
    products_type integer NOT NULL,
    products_quantity real NOT NULL,
    products_model character varying(32),
    products_mpn character varying(32),
    products_image character varying(255),
    products_price numeric(15,4) NOT NULL,
    products_price_w character varying(150) NOT NULL,
    products_virtual smallint NOT NULL,
    products_date_added timestamp without time zone NOT NULL,
    products_last_modified timestamp without time zone,
    products_date_available timestamp without time zone,
    products_weight real NOT NULL,
    products_length numeric(8,4),
    products_width numeric(8,4),
    products_height numeric(8,4),
    product_ships_in_own_box smallint,
    products_status smallint NOT NULL,
    products_tax_class_id integer NOT NULL,
    manufacturers_id integer,
    products_ordered real NOT NULL,
    products_quantity_order_min real NOT NULL,
    products_quantity_order_units real NOT NULL,
    products_priced_by_attribute smallint NOT NULL,
    product_is_free smallint NOT NULL,
    product_is_call smallint NOT NULL,
    products_quantity_mixed smallint NOT NULL,
    product_is_always_free_shipping smallint NOT NULL,
    products_qty_box_status smallint NOT NULL,
    products_quantity_order_max real NOT NULL,
    products_sort_order integer NOT NULL,
    products_discount_type smallint NOT NULL,
    products_discount_type_from smallint NOT NULL,
    products_price_sorter numeric(15,4) NOT NULL,
    master_categories_id integer NOT NULL,
    products_mixed_discount_quantity smallint NOT NULL,
    metatags_title_status smallint NOT NULL,
    metatags_products_name_status smallint NOT NULL,
    metatags_model_status smallint NOT NULL,
    metatags_price_status smallint NOT NULL,
    metatags_title_tagline_status smallint NOT NULL,
    PRIMARY KEY (products_id)
);
CREATE TABLE zencart.products_additional_images (
    id integer NOT NULL,
    products_id integer NOT NULL,
    additional_image character varying(191) NOT NULL,
    sort_order integer,
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE zencart.products_attributes (
    products_attributes_id integer NOT NULL,
    products_id integer NOT NULL,
    options_id integer NOT NULL,
    options_values_id integer NOT NULL,
    options_values_price numeric(15,4) NOT NULL,
    options_values_price_w character varying(150) NOT NULL,
    price_prefix character(1) NOT NULL,
    products_options_sort_order integer NOT NULL,
    product_attribute_is_free smallint NOT NULL,
    products_attributes_weight real NOT NULL,
    products_attributes_weight_prefix character(1) NOT NULL,
    attributes_display_only smallint NOT NULL,
    attributes_default smallint NOT NULL,
    attributes_discounted smallint NOT NULL,
    attributes_image character varying(255),
    attributes_price_base_included smallint NOT NULL,
    attributes_price_onetime numeric(15,4) NOT NULL,
    attributes_price_factor numeric(15,4) NOT NULL,
    attributes_price_factor_offset numeric(15,4) NOT NULL,
    attributes_price_factor_onetime numeric(15,4) NOT NULL,
    attributes_price_factor_onetime_offset numeric(15,4) NOT NULL,
    attributes_qty_prices text,
    attributes_qty_prices_onetime text,
    attributes_price_words numeric(15,4) NOT NULL,
    attributes_price_words_free integer NOT NULL,
    attributes_price_letters numeric(15,4) NOT NULL,
    attributes_price_letters_free integer NOT NULL,
    attributes_required smallint NOT NULL,
    PRIMARY KEY (products_attributes_id)
);
CREATE TABLE zencart.products_attributes_download (
    products_attributes_id integer NOT NULL,
    products_attributes_filename character varying(255) NOT NULL,
    products_attributes_maxdays integer,
    products_attributes_maxcount integer,
    PRIMARY KEY (products_attributes_id)
);
CREATE TABLE zencart.products_description (
    products_id integer NOT NULL,
    language_id integer NOT NULL,
    products_name character varying(191) NOT NULL,
    products_description text,
    products_url character varying(255),
    PRIMARY KEY (products_id, language_id)
);
CREATE TABLE zencart.products_discount_quantity (
    discount_id integer NOT NULL,
    products_id integer NOT NULL,
    discount_qty real NOT NULL,
    discount_price_w character varying(150) NOT NULL,
    discount_price numeric(15,4) NOT NULL
);
CREATE TABLE zencart.products_notifications (
    products_id integer NOT NULL,
    customers_id integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (products_id, customers_id)
);
CREATE TABLE zencart.products_options (
    products_options_id integer NOT NULL,
    language_id integer NOT NULL,
    products_options_name character varying(191) NOT NULL,
    products_options_sort_order integer NOT NULL,
    products_options_type integer NOT NULL,
    products_options_length smallint NOT NULL,
    products_options_comment character varying(256),
    products_options_comment_position smallint NOT NULL,
    products_options_size smallint NOT NULL,
    products_options_images_per_row integer,
    products_options_images_style integer,
    products_options_rows smallint NOT NULL,
    PRIMARY KEY (products_options_id, language_id)
);
CREATE TABLE zencart.products_options_types (
    products_options_types_id integer NOT NULL,
    products_options_types_name character varying(32),
    PRIMARY KEY (products_options_types_id)
);
CREATE TABLE zencart.products_options_values (
    products_options_values_id integer NOT NULL,
    language_id integer NOT NULL,
    products_options_values_name character varying(191) NOT NULL,
    products_options_values_sort_order integer NOT NULL,
    PRIMARY KEY (products_options_values_id, language_id)
);
CREATE TABLE zencart.products_options_values_to_products_options (
    products_options_values_to_products_options_id integer NOT NULL,
    products_options_id integer NOT NULL,
    products_options_values_id integer NOT NULL,
    PRIMARY KEY (products_options_values_to_products_options_id)
);
CREATE TABLE zencart.products_to_categories (
    products_id integer NOT NULL,
    categories_id integer NOT NULL,
    PRIMARY KEY (products_id, categories_id)
);
CREATE TABLE zencart.project_version (
    project_version_id smallint NOT NULL,
    project_version_key character varying(40) NOT NULL,
    project_version_major character varying(20) NOT NULL,
    project_version_minor character varying(20) NOT NULL,
    project_version_patch1 character varying(20) NOT NULL,
    project_version_patch2 character varying(20) NOT NULL,
    project_version_patch1_source character varying(20) NOT NULL,
    project_version_patch2_source character varying(20) NOT NULL,
    project_version_comment character varying(250) NOT NULL,
    project_version_date_applied timestamp without time zone NOT NULL,
    PRIMARY KEY (project_version_id)
);
CREATE TABLE zencart.project_version_history (
    project_version_id smallint NOT NULL,
    project_version_key character varying(40) NOT NULL,
    project_version_major character varying(20) NOT NULL,
    project_version_minor character varying(20) NOT NULL,
    project_version_patch character varying(20) NOT NULL,
    project_version_comment character varying(250) NOT NULL,
    project_version_date_applied timestamp without time zone NOT NULL,
    PRIMARY KEY (project_version_id)
);
CREATE TABLE zencart.query_builder (
    query_id integer NOT NULL,
    query_category character varying(40) NOT NULL,
    query_name character varying(80) NOT NULL,
    query_description text NOT NULL,
    query_string text NOT NULL,
    query_keys_list text NOT NULL,
    PRIMARY KEY (query_id)
);
CREATE TABLE zencart.record_artists (
    artists_id integer NOT NULL,
    artists_name character varying(32) NOT NULL,
    artists_image character varying(255),
    date_added timestamp without time zone,
    last_modified timestamp without time zone,
    PRIMARY KEY (artists_id)
);
CREATE TABLE zencart.record_artists_info (
    artists_id integer NOT NULL,
    languages_id integer NOT NULL,
    artists_url character varying(255) NOT NULL,
    url_clicked integer NOT NULL,
    date_last_click timestamp without time zone,
    PRIMARY KEY (artists_id, languages_id)
);
CREATE TABLE zencart.record_company (
    record_company_id integer NOT NULL,
    record_company_name character varying(32) NOT NULL,
    record_company_image character varying(255),
    date_added timestamp without time zone,
    last_modified timestamp without time zone,
    PRIMARY KEY (record_company_id)
);
CREATE TABLE zencart.record_company_info (
    record_company_id integer NOT NULL,
    languages_id integer NOT NULL,
    record_company_url character varying(255) NOT NULL,
    url_clicked integer NOT NULL,
    date_last_click timestamp without time zone,
    PRIMARY KEY (record_company_id, languages_id)
);
CREATE TABLE zencart.reviews (
    reviews_id integer NOT NULL,
    products_id integer NOT NULL,
    customers_id integer,
    customers_name character varying(64) NOT NULL,
    reviews_rating integer,
    date_added timestamp without time zone,
    last_modified timestamp without time zone,
    reviews_read integer NOT NULL,
    status integer NOT NULL,
    PRIMARY KEY (reviews_id)
);
CREATE TABLE zencart.reviews_description (
    reviews_id integer NOT NULL,
    languages_id integer NOT NULL,
    reviews_text text NOT NULL,
    reviews_title character varying(128) NOT NULL,
    PRIMARY KEY (reviews_id, languages_id)
);
CREATE TABLE zencart.salemaker_sales (
    sale_id integer NOT NULL,
    sale_status smallint NOT NULL,
    sale_name character varying(128) NOT NULL,
    sale_deduction_value numeric(15,4) NOT NULL,
    sale_deduction_type smallint NOT NULL,
    sale_pricerange_from numeric(15,4) NOT NULL,
    sale_pricerange_to numeric(15,4) NOT NULL,
    sale_specials_condition smallint NOT NULL,
    sale_categories_selected text,
    sale_categories_all text,
    sale_date_start date NOT NULL,
    sale_date_end date NOT NULL,
    sale_date_added date NOT NULL,
    sale_date_last_modified date NOT NULL,
    sale_date_status_change date NOT NULL,
    PRIMARY KEY (sale_id)
);
CREATE TABLE zencart.sessions (
    sesskey character varying(191) NOT NULL,
    expiry integer NOT NULL,
    value bytea NOT NULL,
    PRIMARY KEY (sesskey)
);
CREATE TABLE zencart.specials (
    specials_id integer NOT NULL,
    products_id integer NOT NULL,
    specials_new_products_price numeric(15,4) NOT NULL,
    specials_date_added timestamp without time zone,
    specials_last_modified timestamp without time zone,
    expires_date date NOT NULL,
    date_status_change timestamp without time zone,
    status integer NOT NULL,
    specials_date_available date NOT NULL,
    PRIMARY KEY (specials_id)
);
CREATE TABLE zencart.tax_class (
    tax_class_id integer NOT NULL,
    tax_class_title character varying(32) NOT NULL,
    tax_class_description character varying(255) NOT NULL,
    last_modified timestamp without time zone,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (tax_class_id)
);
CREATE TABLE zencart.tax_rates (
    tax_rates_id integer NOT NULL,
    tax_zone_id integer NOT NULL,
    tax_class_id integer NOT NULL,
    tax_priority integer,
    tax_rate numeric(7,4) NOT NULL,
    last_modified timestamp without time zone,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (tax_rates_id)
);
CREATE TABLE zencart.tax_rates_description (
    id integer NOT NULL,
    tax_rates_id integer NOT NULL,
    language_id integer NOT NULL,
    tax_description character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE zencart.template_select (
    template_id integer NOT NULL,
    template_dir character varying(64) NOT NULL,
    template_language character varying(64) NOT NULL,
    template_settings text,
    PRIMARY KEY (template_id)
);
CREATE TABLE zencart.upgrade_exceptions (
    upgrade_exception_id smallint NOT NULL,
    sql_file character varying(128),
    reason text,
    errordate timestamp without time zone,
    sqlstatement text,
    PRIMARY KEY (upgrade_exception_id)
);
CREATE TABLE zencart.whos_online (
    customer_id integer,
    full_name character varying(64) NOT NULL,
    session_id character varying(191) NOT NULL,
    ip_address character varying(45) NOT NULL,
    time_entry character varying(14) NOT NULL,
    time_last_click character varying(14) NOT NULL,
    last_page_url character varying(255) NOT NULL,
    host_address text NOT NULL,
    user_agent character varying(255) NOT NULL
);
CREATE TABLE zencart.zones (
    zone_id integer NOT NULL,
    zone_country_id integer NOT NULL,
    zone_code character varying(32) NOT NULL,
    zone_name character varying(128) NOT NULL,
    PRIMARY KEY (zone_id)
);
CREATE TABLE zencart.zones_to_geo_zones (
    association_id integer NOT NULL,
    zone_country_id integer NOT NULL,
    zone_id integer,
    geo_zone_id integer,
    last_modified timestamp without time zone,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (association_id)
);
COMMENT ON TABLE zencart.files_uploaded IS 'Must always have either a sesskey or customers_id';
COMMENT ON TABLE zencart.products_options_types IS 'Track products_options_types';
COMMENT ON TABLE zencart.project_version IS 'Database Version Tracking';
COMMENT ON TABLE zencart.project_version_history IS 'Database Version Tracking History';
COMMENT ON TABLE zencart.query_builder IS 'Stores queries for re-use in Admin email and report modules';
