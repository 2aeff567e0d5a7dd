-- PrestaShop 9.1.0, the open-source e-commerce platform (PrestaShop SA and contributors; core under OSL-3.0): tables
-- and primary keys of schema prestashop, no data. Read from the installer's install-dev/data/db_structure.sql as
-- carried unchanged in the public copy github.com/xyan-dhgb/prestashop-bash (commit ee78401a; the upstream
-- github.com/PrestaShop/PrestaShop was over the size a copy here can have), MySQL converted to PostgreSQL by a
-- one-off script, loaded into a scratch PostgreSQL and regenerated from its catalog. PREFIX_ became the default
-- ps_. A coherent subset of 138 of its 231 tables: catalog (products, categories, manufacturers, suppliers,
-- features, attributes and combinations, images, tags, packs, attachments, downloads, customizations, specific
-- prices), customers, groups, addresses, genders, guests, customer service threads and contacts, countries, states,
-- zones, currencies, languages, taxes, carriers and their price/weight ranges, carts and cart rules (vouchers),
-- orders, order details, states, history, invoices, payments, messages, returns, credit slips, shipments, stock,
-- stock movements, warehouses, supply orders, shops, employees and profiles, stores, visitor connections and page
-- views, CMS pages. Left out: modules, hooks, tabs, access rights, configuration, translations, web service, search
-- index, caches, meta/SEO, the other *_shop association tables and the remaining technical tables. int/mediumint
-- -> integer, tinyint -> smallint, decimal -> numeric, datetime/timestamp -> timestamp, enum -> text; defaults,
-- AUTO_INCREMENT, indexes and unique keys left out. The source declares no foreign keys (references such as
-- id_customer, id_order_state, id_lang are plain integers) and no catalog comments (only /* */ notes), so none here;
-- ps_order_detail_tax and ps_order_invoice_tax have no primary key in the source either.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS prestashop;
CREATE TABLE prestashop.ps_accessory (
    id_product_1 integer NOT NULL,
    id_product_2 integer NOT NULL,
    PRIMARY KEY (id_product_1, id_product_2)
);
CREATE TABLE prestashop.ps_address (
    id_address integer NOT NULL,
    id_country integer NOT NULL,
    id_state integer,
    id_customer integer NOT NULL,
    id_manufacturer integer NOT NULL,
    id_supplier integer NOT NULL,
    id_warehouse integer NOT NULL,
    alias character varying(32) NOT NULL,
    company character varying(255),
    lastname character varying(255) NOT NULL,
    firstname character varying(255) NOT NULL,
    address1 character varying(128) NOT NULL,
    address2 character varying(128),
    postcode character varying(12),
    city character varying(64) NOT NULL,
    other text,
    phone character varying(32),
    phone_mobile character varying(32),
    vat_number character varying(32),
    dni character varying(16),
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_address)
);
CREATE TABLE prestashop.ps_attachment (
    id_attachment integer NOT NULL,
    file character varying(40) NOT NULL,
    file_name character varying(255) NOT NULL,
    file_size bigint NOT NULL,
    mime character varying(128) NOT NULL,
    PRIMARY KEY (id_attachment)
);
CREATE TABLE prestashop.ps_attachment_lang (
    id_attachment integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255),
    description text,
    PRIMARY KEY (id_attachment, id_lang)
);
CREATE TABLE prestashop.ps_attribute (
    id_attribute integer NOT NULL,
    id_attribute_group integer NOT NULL,
    color character varying(32) NOT NULL,
    "position" integer NOT NULL,
    PRIMARY KEY (id_attribute)
);
CREATE TABLE prestashop.ps_attribute_group (
    id_attribute_group integer NOT NULL,
    is_color_group smallint NOT NULL,
    group_type character varying(255) NOT NULL,
    "position" integer NOT NULL,
    PRIMARY KEY (id_attribute_group)
);
CREATE TABLE prestashop.ps_attribute_group_lang (
    id_attribute_group integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128) NOT NULL,
    public_name character varying(64) NOT NULL,
    PRIMARY KEY (id_attribute_group, id_lang)
);
CREATE TABLE prestashop.ps_attribute_lang (
    id_attribute integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (id_attribute, id_lang)
);
CREATE TABLE prestashop.ps_carrier (
    id_carrier integer NOT NULL,
    id_reference integer NOT NULL,
    name character varying(64) NOT NULL,
    url character varying(255),
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    shipping_handling smallint NOT NULL,
    range_behavior smallint NOT NULL,
    is_module smallint NOT NULL,
    is_free smallint NOT NULL,
    shipping_external smallint NOT NULL,
    need_range smallint NOT NULL,
    external_module_name character varying(64),
    shipping_method integer NOT NULL,
    "position" integer NOT NULL,
    max_width integer,
    max_height integer,
    max_depth integer,
    max_weight numeric(20,6),
    grade integer,
    PRIMARY KEY (id_carrier)
);
CREATE TABLE prestashop.ps_carrier_lang (
    id_carrier integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    delay character varying(512),
    PRIMARY KEY (id_lang, id_shop, id_carrier)
);
CREATE TABLE prestashop.ps_carrier_zone (
    id_carrier integer NOT NULL,
    id_zone integer NOT NULL,
    PRIMARY KEY (id_carrier, id_zone)
);
CREATE TABLE prestashop.ps_cart (
    id_cart integer NOT NULL,
    id_shop_group integer NOT NULL,
    id_shop integer NOT NULL,
    id_carrier integer NOT NULL,
    delivery_option text NOT NULL,
    id_lang integer NOT NULL,
    id_address_delivery integer NOT NULL,
    id_address_invoice integer NOT NULL,
    id_currency integer NOT NULL,
    id_customer integer NOT NULL,
    id_guest integer NOT NULL,
    secure_key character varying(32) NOT NULL,
    recyclable smallint NOT NULL,
    gift smallint NOT NULL,
    gift_message text,
    mobile_theme smallint NOT NULL,
    allow_seperated_package smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    checkout_session_data text,
    PRIMARY KEY (id_cart)
);
CREATE TABLE prestashop.ps_cart_cart_rule (
    id_cart integer NOT NULL,
    id_cart_rule integer NOT NULL,
    PRIMARY KEY (id_cart, id_cart_rule)
);
CREATE TABLE prestashop.ps_cart_product (
    id_cart integer NOT NULL,
    id_product integer NOT NULL,
    id_address_delivery integer NOT NULL,
    id_shop integer NOT NULL,
    id_product_attribute integer NOT NULL,
    id_customization integer NOT NULL,
    quantity integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_cart, id_product, id_product_attribute, id_customization, id_address_delivery)
);
CREATE TABLE prestashop.ps_cart_rule (
    id_cart_rule integer NOT NULL,
    id_customer integer NOT NULL,
    date_from timestamp without time zone NOT NULL,
    date_to timestamp without time zone NOT NULL,
    description text,
    quantity integer NOT NULL,
    quantity_per_user integer NOT NULL,
    priority integer NOT NULL,
    partial_use smallint NOT NULL,
    code character varying(254) NOT NULL,
    minimum_amount numeric(20,6) NOT NULL,
    minimum_amount_tax smallint NOT NULL,
    minimum_amount_currency integer NOT NULL,
    minimum_amount_shipping smallint NOT NULL,
    minimum_product_quantity integer NOT NULL,
    country_restriction smallint NOT NULL,
    carrier_restriction smallint NOT NULL,
    group_restriction smallint NOT NULL,
    cart_rule_restriction smallint NOT NULL,
    product_restriction smallint NOT NULL,
    shop_restriction smallint NOT NULL,
    free_shipping smallint NOT NULL,
    reduction_percent numeric(5,2) NOT NULL,
    reduction_amount numeric(20,6) NOT NULL,
    reduction_tax smallint NOT NULL,
    reduction_currency integer NOT NULL,
    reduction_product integer NOT NULL,
    reduction_exclude_special smallint NOT NULL,
    gift_product integer NOT NULL,
    gift_product_attribute integer NOT NULL,
    highlight smallint NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    type character varying(128),
    PRIMARY KEY (id_cart_rule)
);
CREATE TABLE prestashop.ps_cart_rule_carrier (
    id_cart_rule integer NOT NULL,
    id_carrier integer NOT NULL,
    PRIMARY KEY (id_cart_rule, id_carrier)
);
CREATE TABLE prestashop.ps_cart_rule_country (
    id_cart_rule integer NOT NULL,
    id_country integer NOT NULL,
    PRIMARY KEY (id_cart_rule, id_country)
);
CREATE TABLE prestashop.ps_cart_rule_group (
    id_cart_rule integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_cart_rule, id_group)
);
CREATE TABLE prestashop.ps_cart_rule_lang (
    id_cart_rule integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(254) NOT NULL,
    PRIMARY KEY (id_cart_rule, id_lang)
);
CREATE TABLE prestashop.ps_category (
    id_category integer NOT NULL,
    id_parent integer NOT NULL,
    id_shop_default integer NOT NULL,
    level_depth smallint NOT NULL,
    nleft integer NOT NULL,
    nright integer NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    redirect_type text NOT NULL,
    id_type_redirected integer NOT NULL,
    "position" integer NOT NULL,
    is_root_category smallint NOT NULL,
    PRIMARY KEY (id_category)
);
CREATE TABLE prestashop.ps_category_group (
    id_category integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_category, id_group)
);
CREATE TABLE prestashop.ps_category_lang (
    id_category integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128) NOT NULL,
    description text,
    additional_description text,
    link_rewrite character varying(128) NOT NULL,
    meta_title character varying(255),
    meta_description character varying(512),
    PRIMARY KEY (id_category, id_shop, id_lang)
);
CREATE TABLE prestashop.ps_category_product (
    id_category integer NOT NULL,
    id_product integer NOT NULL,
    "position" integer NOT NULL,
    PRIMARY KEY (id_category, id_product)
);
CREATE TABLE prestashop.ps_cms (
    id_cms integer NOT NULL,
    id_cms_category integer NOT NULL,
    "position" integer NOT NULL,
    active smallint NOT NULL,
    indexation smallint NOT NULL,
    PRIMARY KEY (id_cms)
);
CREATE TABLE prestashop.ps_cms_category (
    id_cms_category integer NOT NULL,
    id_parent integer NOT NULL,
    level_depth smallint NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    "position" integer NOT NULL,
    PRIMARY KEY (id_cms_category)
);
CREATE TABLE prestashop.ps_cms_category_lang (
    id_cms_category integer NOT NULL,
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    name character varying(128) NOT NULL,
    description text,
    link_rewrite character varying(128) NOT NULL,
    meta_title character varying(255),
    meta_description character varying(512),
    PRIMARY KEY (id_cms_category, id_shop, id_lang)
);
CREATE TABLE prestashop.ps_cms_lang (
    id_cms integer NOT NULL,
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    meta_title character varying(255) NOT NULL,
    head_seo_title character varying(255),
    meta_description character varying(512),
    content text,
    link_rewrite character varying(128) NOT NULL,
    PRIMARY KEY (id_cms, id_shop, id_lang)
);
CREATE TABLE prestashop.ps_connections (
    id_connections integer NOT NULL,
    id_shop_group integer NOT NULL,
    id_shop integer NOT NULL,
    id_guest integer NOT NULL,
    id_page integer NOT NULL,
    ip_address bigint,
    date_add timestamp without time zone NOT NULL,
    http_referer character varying(255),
    PRIMARY KEY (id_connections)
);
CREATE TABLE prestashop.ps_connections_source (
    id_connections_source integer NOT NULL,
    id_connections integer NOT NULL,
    http_referer character varying(255),
    request_uri character varying(255),
    keywords character varying(255),
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_connections_source)
);
CREATE TABLE prestashop.ps_contact (
    id_contact integer NOT NULL,
    email character varying(255) NOT NULL,
    customer_service smallint NOT NULL,
    "position" smallint NOT NULL,
    PRIMARY KEY (id_contact)
);
CREATE TABLE prestashop.ps_contact_lang (
    id_contact integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    PRIMARY KEY (id_contact, id_lang)
);
CREATE TABLE prestashop.ps_country (
    id_country integer NOT NULL,
    id_zone integer NOT NULL,
    id_currency integer NOT NULL,
    iso_code character varying(3) NOT NULL,
    call_prefix integer NOT NULL,
    active smallint NOT NULL,
    contains_states smallint NOT NULL,
    need_identification_number smallint NOT NULL,
    need_zip_code smallint NOT NULL,
    zip_code_format character varying(12) NOT NULL,
    display_tax_label boolean NOT NULL,
    PRIMARY KEY (id_country)
);
CREATE TABLE prestashop.ps_country_lang (
    id_country integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (id_country, id_lang)
);
CREATE TABLE prestashop.ps_currency (
    id_currency integer NOT NULL,
    name character varying(64) NOT NULL,
    iso_code character varying(3) NOT NULL,
    numeric_iso_code character varying(3),
    "precision" integer NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    deleted smallint NOT NULL,
    active smallint NOT NULL,
    unofficial smallint NOT NULL,
    modified smallint NOT NULL,
    PRIMARY KEY (id_currency)
);
CREATE TABLE prestashop.ps_currency_lang (
    id_currency integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    symbol character varying(255) NOT NULL,
    pattern character varying(255),
    PRIMARY KEY (id_currency, id_lang)
);
CREATE TABLE prestashop.ps_customer (
    id_customer integer NOT NULL,
    id_shop_group integer NOT NULL,
    id_shop integer NOT NULL,
    id_gender integer NOT NULL,
    id_default_group integer NOT NULL,
    id_lang integer,
    id_risk integer NOT NULL,
    company character varying(255),
    siret character varying(14),
    ape character varying(6),
    firstname character varying(255) NOT NULL,
    lastname character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    passwd character varying(255) NOT NULL,
    last_passwd_gen timestamp without time zone NOT NULL,
    birthday date,
    newsletter smallint NOT NULL,
    ip_registration_newsletter character varying(15),
    newsletter_date_add timestamp without time zone,
    optin smallint NOT NULL,
    website character varying(128),
    outstanding_allow_amount numeric(20,6) NOT NULL,
    show_public_prices smallint NOT NULL,
    max_payment_days integer NOT NULL,
    secure_key character varying(32) NOT NULL,
    note text,
    active smallint NOT NULL,
    is_guest smallint NOT NULL,
    deleted smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    reset_password_token character varying(40),
    reset_password_validity timestamp without time zone,
    PRIMARY KEY (id_customer)
);
CREATE TABLE prestashop.ps_customer_group (
    id_customer integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_customer, id_group)
);
CREATE TABLE prestashop.ps_customer_message (
    id_customer_message integer NOT NULL,
    id_customer_thread integer,
    id_employee integer,
    id_product integer,
    message text NOT NULL,
    file_name character varying(18),
    ip_address character varying(16),
    user_agent character varying(128),
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    private smallint NOT NULL,
    read smallint NOT NULL,
    PRIMARY KEY (id_customer_message)
);
CREATE TABLE prestashop.ps_customer_thread (
    id_customer_thread integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    id_contact integer NOT NULL,
    id_customer integer,
    id_order integer,
    id_product integer,
    status text NOT NULL,
    email character varying(255) NOT NULL,
    token character varying(12),
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_customer_thread)
);
CREATE TABLE prestashop.ps_customization (
    id_customization integer NOT NULL,
    id_product_attribute integer NOT NULL,
    id_address_delivery integer NOT NULL,
    id_cart integer NOT NULL,
    id_product integer NOT NULL,
    quantity integer NOT NULL,
    quantity_refunded integer NOT NULL,
    quantity_returned integer NOT NULL,
    in_cart smallint NOT NULL,
    PRIMARY KEY (id_customization, id_cart, id_product, id_address_delivery)
);
CREATE TABLE prestashop.ps_customization_field (
    id_customization_field integer NOT NULL,
    id_product integer NOT NULL,
    type smallint NOT NULL,
    required smallint NOT NULL,
    is_module smallint NOT NULL,
    is_deleted smallint NOT NULL,
    PRIMARY KEY (id_customization_field)
);
CREATE TABLE prestashop.ps_customization_field_lang (
    id_customization_field integer NOT NULL,
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id_customization_field, id_lang, id_shop)
);
CREATE TABLE prestashop.ps_customized_data (
    id_customization integer NOT NULL,
    type smallint NOT NULL,
    index integer NOT NULL,
    value character varying(1024) NOT NULL,
    id_module integer NOT NULL,
    price numeric(20,6) NOT NULL,
    weight numeric(20,6) NOT NULL,
    PRIMARY KEY (id_customization, type, index)
);
CREATE TABLE prestashop.ps_date_range (
    id_date_range integer NOT NULL,
    time_start timestamp without time zone NOT NULL,
    time_end timestamp without time zone NOT NULL,
    PRIMARY KEY (id_date_range)
);
CREATE TABLE prestashop.ps_delivery (
    id_delivery integer NOT NULL,
    id_shop integer,
    id_shop_group integer,
    id_carrier integer NOT NULL,
    id_range_price integer,
    id_range_weight integer,
    id_zone integer NOT NULL,
    price numeric(20,6) NOT NULL,
    PRIMARY KEY (id_delivery)
);
CREATE TABLE prestashop.ps_employee (
    id_employee integer NOT NULL,
    id_profile integer NOT NULL,
    id_lang integer NOT NULL,
    lastname character varying(255) NOT NULL,
    firstname character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    passwd character varying(255) NOT NULL,
    last_passwd_gen timestamp without time zone NOT NULL,
    stats_date_from date,
    stats_date_to date,
    stats_compare_from date,
    stats_compare_to date,
    stats_compare_option integer NOT NULL,
    preselect_date_range character varying(32),
    bo_color character varying(32),
    bo_theme character varying(32),
    bo_css character varying(64),
    default_tab integer NOT NULL,
    bo_width integer NOT NULL,
    bo_menu smallint NOT NULL,
    active smallint NOT NULL,
    optin smallint,
    id_last_order integer NOT NULL,
    id_last_customer_message integer NOT NULL,
    id_last_customer integer NOT NULL,
    last_connection_date date,
    reset_password_token character varying(40),
    reset_password_validity timestamp without time zone,
    has_enabled_gravatar smallint NOT NULL,
    PRIMARY KEY (id_employee)
);
CREATE TABLE prestashop.ps_feature (
    id_feature integer NOT NULL,
    "position" integer NOT NULL,
    PRIMARY KEY (id_feature)
);
CREATE TABLE prestashop.ps_feature_lang (
    id_feature integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128),
    PRIMARY KEY (id_feature, id_lang)
);
CREATE TABLE prestashop.ps_feature_product (
    id_feature integer NOT NULL,
    id_product integer NOT NULL,
    id_feature_value integer NOT NULL,
    PRIMARY KEY (id_feature, id_product, id_feature_value)
);
CREATE TABLE prestashop.ps_feature_value (
    id_feature_value integer NOT NULL,
    id_feature integer NOT NULL,
    custom smallint,
    "position" integer NOT NULL,
    PRIMARY KEY (id_feature_value)
);
CREATE TABLE prestashop.ps_feature_value_lang (
    id_feature_value integer NOT NULL,
    id_lang integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (id_feature_value, id_lang)
);
CREATE TABLE prestashop.ps_gender (
    id_gender integer NOT NULL,
    type smallint NOT NULL,
    PRIMARY KEY (id_gender)
);
CREATE TABLE prestashop.ps_gender_lang (
    id_gender integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(20) NOT NULL,
    PRIMARY KEY (id_gender, id_lang)
);
CREATE TABLE prestashop.ps_group (
    id_group integer NOT NULL,
    reduction numeric(5,2) NOT NULL,
    price_display_method smallint NOT NULL,
    show_prices smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_group)
);
CREATE TABLE prestashop.ps_group_lang (
    id_group integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id_group, id_lang)
);
CREATE TABLE prestashop.ps_group_reduction (
    id_group_reduction integer NOT NULL,
    id_group integer NOT NULL,
    id_category integer NOT NULL,
    reduction numeric(5,4) NOT NULL,
    PRIMARY KEY (id_group_reduction)
);
CREATE TABLE prestashop.ps_guest (
    id_guest integer NOT NULL,
    id_operating_system integer,
    id_web_browser integer,
    id_customer integer,
    javascript smallint,
    screen_resolution_x smallint,
    screen_resolution_y smallint,
    screen_color smallint,
    sun_java smallint,
    adobe_flash smallint,
    adobe_director smallint,
    apple_quicktime smallint,
    real_player smallint,
    windows_media smallint,
    accept_language character varying(8),
    mobile_theme smallint NOT NULL,
    PRIMARY KEY (id_guest)
);
CREATE TABLE prestashop.ps_image (
    id_image integer NOT NULL,
    id_product integer NOT NULL,
    "position" smallint NOT NULL,
    cover smallint,
    PRIMARY KEY (id_image)
);
CREATE TABLE prestashop.ps_image_lang (
    id_image integer NOT NULL,
    id_lang integer NOT NULL,
    legend character varying(128),
    PRIMARY KEY (id_image, id_lang)
);
CREATE TABLE prestashop.ps_lang (
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    active smallint NOT NULL,
    iso_code character varying(2) NOT NULL,
    language_code character varying(5) NOT NULL,
    locale character varying(5) NOT NULL,
    date_format_lite character varying(32) NOT NULL,
    date_format_full character varying(32) NOT NULL,
    is_rtl smallint NOT NULL,
    PRIMARY KEY (id_lang)
);
CREATE TABLE prestashop.ps_manufacturer (
    id_manufacturer integer NOT NULL,
    name character varying(64) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_manufacturer)
);
CREATE TABLE prestashop.ps_manufacturer_lang (
    id_manufacturer integer NOT NULL,
    id_lang integer NOT NULL,
    description text,
    short_description text,
    meta_title character varying(255),
    meta_description character varying(512),
    PRIMARY KEY (id_manufacturer, id_lang)
);
CREATE TABLE prestashop.ps_message (
    id_message integer NOT NULL,
    id_cart integer,
    id_customer integer NOT NULL,
    id_employee integer,
    id_order integer NOT NULL,
    message text NOT NULL,
    private smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_message)
);
CREATE TABLE prestashop.ps_operating_system (
    id_operating_system integer NOT NULL,
    name character varying(64),
    PRIMARY KEY (id_operating_system)
);
CREATE TABLE prestashop.ps_order_carrier (
    id_order_carrier integer NOT NULL,
    id_order integer NOT NULL,
    id_carrier integer NOT NULL,
    id_order_invoice integer,
    weight numeric(20,6),
    shipping_cost_tax_excl numeric(20,6),
    shipping_cost_tax_incl numeric(20,6),
    tracking_number character varying(64),
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_carrier)
);
CREATE TABLE prestashop.ps_order_cart_rule (
    id_order_cart_rule integer NOT NULL,
    id_order integer NOT NULL,
    id_cart_rule integer NOT NULL,
    id_order_invoice integer,
    name character varying(254) NOT NULL,
    value numeric(20,6) NOT NULL,
    value_tax_excl numeric(20,6) NOT NULL,
    free_shipping smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_order_cart_rule)
);
CREATE TABLE prestashop.ps_order_detail (
    id_order_detail integer NOT NULL,
    id_order integer NOT NULL,
    id_order_invoice integer,
    id_warehouse integer,
    id_shop integer NOT NULL,
    product_id integer NOT NULL,
    product_attribute_id integer,
    id_customization integer,
    product_name text NOT NULL,
    product_quantity integer NOT NULL,
    product_quantity_in_stock integer NOT NULL,
    product_quantity_refunded integer NOT NULL,
    product_quantity_return integer NOT NULL,
    product_quantity_reinjected integer NOT NULL,
    product_price numeric(20,6) NOT NULL,
    reduction_percent numeric(5,2) NOT NULL,
    reduction_amount numeric(20,6) NOT NULL,
    reduction_amount_tax_incl numeric(20,6) NOT NULL,
    reduction_amount_tax_excl numeric(20,6) NOT NULL,
    group_reduction numeric(5,2) NOT NULL,
    product_quantity_discount numeric(20,6) NOT NULL,
    product_ean13 character varying(20),
    product_isbn character varying(32),
    product_upc character varying(12),
    product_mpn character varying(40),
    product_reference character varying(64),
    product_supplier_reference character varying(64),
    product_weight numeric(20,6) NOT NULL,
    id_tax_rules_group integer,
    tax_computation_method smallint NOT NULL,
    tax_name character varying(16) NOT NULL,
    tax_rate numeric(10,3) NOT NULL,
    ecotax numeric(17,6) NOT NULL,
    ecotax_tax_rate numeric(5,3) NOT NULL,
    discount_quantity_applied smallint NOT NULL,
    download_hash character varying(255),
    download_nb integer,
    download_deadline timestamp without time zone,
    total_price_tax_incl numeric(20,6) NOT NULL,
    total_price_tax_excl numeric(20,6) NOT NULL,
    unit_price_tax_incl numeric(20,6) NOT NULL,
    unit_price_tax_excl numeric(20,6) NOT NULL,
    total_shipping_price_tax_incl numeric(20,6) NOT NULL,
    total_shipping_price_tax_excl numeric(20,6) NOT NULL,
    purchase_supplier_price numeric(20,6) NOT NULL,
    original_product_price numeric(20,6) NOT NULL,
    original_wholesale_price numeric(20,6) NOT NULL,
    total_refunded_tax_excl numeric(20,6) NOT NULL,
    total_refunded_tax_incl numeric(20,6) NOT NULL,
    PRIMARY KEY (id_order_detail)
);
CREATE TABLE prestashop.ps_order_detail_tax (
    id_order_detail integer NOT NULL,
    id_tax integer NOT NULL,
    unit_amount numeric(16,6) NOT NULL,
    total_amount numeric(16,6) NOT NULL
);
CREATE TABLE prestashop.ps_order_history (
    id_order_history integer NOT NULL,
    id_employee integer NOT NULL,
    id_order integer NOT NULL,
    id_order_state integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_history)
);
CREATE TABLE prestashop.ps_order_invoice (
    id_order_invoice integer NOT NULL,
    id_order integer NOT NULL,
    number integer NOT NULL,
    delivery_number integer NOT NULL,
    delivery_date timestamp without time zone,
    total_discount_tax_excl numeric(20,6) NOT NULL,
    total_discount_tax_incl numeric(20,6) NOT NULL,
    total_paid_tax_excl numeric(20,6) NOT NULL,
    total_paid_tax_incl numeric(20,6) NOT NULL,
    total_products numeric(20,6) NOT NULL,
    total_products_wt numeric(20,6) NOT NULL,
    total_shipping_tax_excl numeric(20,6) NOT NULL,
    total_shipping_tax_incl numeric(20,6) NOT NULL,
    shipping_tax_computation_method integer NOT NULL,
    total_wrapping_tax_excl numeric(20,6) NOT NULL,
    total_wrapping_tax_incl numeric(20,6) NOT NULL,
    shop_address text,
    note text,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_invoice)
);
CREATE TABLE prestashop.ps_order_invoice_payment (
    id_order_invoice integer NOT NULL,
    id_order_payment integer NOT NULL,
    id_order integer NOT NULL,
    PRIMARY KEY (id_order_invoice, id_order_payment)
);
CREATE TABLE prestashop.ps_order_invoice_tax (
    id_order_invoice integer NOT NULL,
    type character varying(15) NOT NULL,
    id_tax integer NOT NULL,
    amount numeric(10,6) NOT NULL
);
CREATE TABLE prestashop.ps_order_message (
    id_order_message integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_message)
);
CREATE TABLE prestashop.ps_order_message_lang (
    id_order_message integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128) NOT NULL,
    message text NOT NULL,
    PRIMARY KEY (id_order_message, id_lang)
);
CREATE TABLE prestashop.ps_order_payment (
    id_order_payment integer NOT NULL,
    order_reference character varying(255),
    id_currency integer NOT NULL,
    amount numeric(20,6) NOT NULL,
    payment_method character varying(255) NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    transaction_id character varying(254),
    card_number character varying(254),
    card_brand character varying(254),
    card_expiration character(7),
    card_holder character varying(254),
    date_add timestamp without time zone NOT NULL,
    id_employee integer,
    PRIMARY KEY (id_order_payment)
);
CREATE TABLE prestashop.ps_order_return (
    id_order_return integer NOT NULL,
    id_customer integer NOT NULL,
    id_order integer NOT NULL,
    state smallint NOT NULL,
    question text NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_return)
);
CREATE TABLE prestashop.ps_order_return_detail (
    id_order_return integer NOT NULL,
    id_order_detail integer NOT NULL,
    id_customization integer NOT NULL,
    product_quantity integer NOT NULL,
    PRIMARY KEY (id_order_return, id_order_detail, id_customization)
);
CREATE TABLE prestashop.ps_order_return_state (
    id_order_return_state integer NOT NULL,
    color character varying(32),
    PRIMARY KEY (id_order_return_state)
);
CREATE TABLE prestashop.ps_order_return_state_lang (
    id_order_return_state integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (id_order_return_state, id_lang)
);
CREATE TABLE prestashop.ps_order_slip (
    id_order_slip integer NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    id_customer integer NOT NULL,
    id_order integer NOT NULL,
    total_products_tax_excl numeric(20,6),
    total_products_tax_incl numeric(20,6),
    total_shipping_tax_excl numeric(20,6),
    total_shipping_tax_incl numeric(20,6),
    shipping_cost smallint NOT NULL,
    amount numeric(20,6) NOT NULL,
    shipping_cost_amount numeric(20,6) NOT NULL,
    partial smallint NOT NULL,
    order_slip_type smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_slip)
);
CREATE TABLE prestashop.ps_order_slip_detail (
    id_order_slip integer NOT NULL,
    id_order_detail integer NOT NULL,
    product_quantity integer NOT NULL,
    unit_price_tax_excl numeric(20,6),
    unit_price_tax_incl numeric(20,6),
    total_price_tax_excl numeric(20,6),
    total_price_tax_incl numeric(20,6),
    amount_tax_excl numeric(20,6),
    amount_tax_incl numeric(20,6),
    PRIMARY KEY (id_order_slip, id_order_detail)
);
CREATE TABLE prestashop.ps_order_state (
    id_order_state integer NOT NULL,
    invoice smallint,
    send_email smallint NOT NULL,
    module_name character varying(255),
    color character varying(32),
    unremovable smallint NOT NULL,
    hidden smallint NOT NULL,
    logable smallint NOT NULL,
    delivery smallint NOT NULL,
    shipped smallint NOT NULL,
    paid smallint NOT NULL,
    pdf_invoice smallint NOT NULL,
    pdf_delivery smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_order_state)
);
CREATE TABLE prestashop.ps_order_state_lang (
    id_order_state integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(64) NOT NULL,
    template character varying(64) NOT NULL,
    PRIMARY KEY (id_order_state, id_lang)
);
CREATE TABLE prestashop.ps_orders (
    id_order integer NOT NULL,
    reference character varying(255),
    id_shop_group integer NOT NULL,
    id_shop integer NOT NULL,
    id_carrier integer NOT NULL,
    id_lang integer NOT NULL,
    id_customer integer NOT NULL,
    id_cart integer NOT NULL,
    id_currency integer NOT NULL,
    id_address_delivery integer NOT NULL,
    id_address_invoice integer NOT NULL,
    current_state integer NOT NULL,
    secure_key character varying(32) NOT NULL,
    payment character varying(255) NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    module character varying(255),
    recyclable smallint NOT NULL,
    gift smallint NOT NULL,
    gift_message text,
    mobile_theme smallint NOT NULL,
    total_discounts numeric(20,6) NOT NULL,
    total_discounts_tax_incl numeric(20,6) NOT NULL,
    total_discounts_tax_excl numeric(20,6) NOT NULL,
    total_paid numeric(20,6) NOT NULL,
    total_paid_tax_incl numeric(20,6) NOT NULL,
    total_paid_tax_excl numeric(20,6) NOT NULL,
    total_paid_real numeric(20,6) NOT NULL,
    total_products numeric(20,6) NOT NULL,
    total_products_wt numeric(20,6) NOT NULL,
    total_shipping numeric(20,6) NOT NULL,
    total_shipping_tax_incl numeric(20,6) NOT NULL,
    total_shipping_tax_excl numeric(20,6) NOT NULL,
    carrier_tax_rate numeric(10,3) NOT NULL,
    total_wrapping numeric(20,6) NOT NULL,
    total_wrapping_tax_incl numeric(20,6) NOT NULL,
    total_wrapping_tax_excl numeric(20,6) NOT NULL,
    round_mode smallint NOT NULL,
    round_type smallint NOT NULL,
    invoice_number integer NOT NULL,
    delivery_number integer NOT NULL,
    invoice_date timestamp without time zone NOT NULL,
    delivery_date timestamp without time zone NOT NULL,
    valid integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    note text,
    PRIMARY KEY (id_order)
);
CREATE TABLE prestashop.ps_pack (
    id_product_pack integer NOT NULL,
    id_product_item integer NOT NULL,
    id_product_attribute_item integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (id_product_pack, id_product_item, id_product_attribute_item)
);
CREATE TABLE prestashop.ps_page (
    id_page integer NOT NULL,
    id_page_type integer NOT NULL,
    id_object integer,
    PRIMARY KEY (id_page)
);
CREATE TABLE prestashop.ps_page_type (
    id_page_type integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id_page_type)
);
CREATE TABLE prestashop.ps_page_viewed (
    id_page integer NOT NULL,
    id_shop_group integer NOT NULL,
    id_shop integer NOT NULL,
    id_date_range integer NOT NULL,
    counter integer NOT NULL,
    PRIMARY KEY (id_page, id_date_range, id_shop)
);
CREATE TABLE prestashop.ps_product (
    id_product integer NOT NULL,
    id_supplier integer,
    id_manufacturer integer,
    id_category_default integer,
    id_shop_default integer NOT NULL,
    id_tax_rules_group integer NOT NULL,
    on_sale smallint NOT NULL,
    online_only smallint NOT NULL,
    ean13 character varying(20),
    isbn character varying(32),
    upc character varying(12),
    mpn character varying(40),
    ecotax numeric(17,6) NOT NULL,
    quantity integer NOT NULL,
    minimal_quantity integer NOT NULL,
    low_stock_threshold integer,
    low_stock_alert smallint NOT NULL,
    price numeric(20,6) NOT NULL,
    wholesale_price numeric(20,6) NOT NULL,
    unity character varying(255),
    unit_price numeric(20,6) NOT NULL,
    unit_price_ratio numeric(20,6) NOT NULL,
    additional_shipping_cost numeric(20,6) NOT NULL,
    reference character varying(64),
    supplier_reference character varying(64),
    location character varying(255) NOT NULL,
    width numeric(20,6) NOT NULL,
    height numeric(20,6) NOT NULL,
    depth numeric(20,6) NOT NULL,
    weight numeric(20,6) NOT NULL,
    out_of_stock integer NOT NULL,
    additional_delivery_times smallint NOT NULL,
    quantity_discount smallint,
    customizable smallint NOT NULL,
    uploadable_files smallint NOT NULL,
    text_fields smallint NOT NULL,
    active smallint NOT NULL,
    redirect_type text NOT NULL,
    id_type_redirected integer NOT NULL,
    available_for_order smallint NOT NULL,
    available_date date,
    show_condition smallint NOT NULL,
    condition text NOT NULL,
    show_price smallint NOT NULL,
    indexed smallint NOT NULL,
    visibility text NOT NULL,
    cache_is_pack smallint NOT NULL,
    cache_has_attachments smallint NOT NULL,
    is_virtual smallint NOT NULL,
    cache_default_attribute integer,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    advanced_stock_management smallint NOT NULL,
    pack_stock_type integer NOT NULL,
    state integer NOT NULL,
    product_type text NOT NULL,
    PRIMARY KEY (id_product)
);
CREATE TABLE prestashop.ps_product_attachment (
    id_product integer NOT NULL,
    id_attachment integer NOT NULL,
    PRIMARY KEY (id_product, id_attachment)
);
CREATE TABLE prestashop.ps_product_attribute (
    id_product_attribute integer NOT NULL,
    id_product integer NOT NULL,
    reference character varying(64),
    supplier_reference character varying(64),
    ean13 character varying(20),
    isbn character varying(32),
    upc character varying(12),
    mpn character varying(40),
    wholesale_price numeric(20,6) NOT NULL,
    price numeric(20,6) NOT NULL,
    ecotax numeric(17,6) NOT NULL,
    weight numeric(20,6) NOT NULL,
    unit_price_impact numeric(20,6) NOT NULL,
    default_on smallint,
    minimal_quantity integer NOT NULL,
    low_stock_threshold integer,
    low_stock_alert smallint NOT NULL,
    available_date date,
    PRIMARY KEY (id_product_attribute)
);
CREATE TABLE prestashop.ps_product_attribute_combination (
    id_attribute integer NOT NULL,
    id_product_attribute integer NOT NULL,
    PRIMARY KEY (id_attribute, id_product_attribute)
);
CREATE TABLE prestashop.ps_product_attribute_image (
    id_product_attribute integer NOT NULL,
    id_image integer NOT NULL,
    PRIMARY KEY (id_product_attribute, id_image)
);
CREATE TABLE prestashop.ps_product_attribute_lang (
    id_product_attribute integer NOT NULL,
    id_lang integer NOT NULL,
    available_now character varying(255),
    available_later character varying(255),
    PRIMARY KEY (id_product_attribute, id_lang)
);
CREATE TABLE prestashop.ps_product_carrier (
    id_product integer NOT NULL,
    id_carrier_reference integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_product, id_carrier_reference, id_shop)
);
CREATE TABLE prestashop.ps_product_download (
    id_product_download integer NOT NULL,
    id_product integer NOT NULL,
    display_filename character varying(255),
    filename character varying(255),
    date_add timestamp without time zone NOT NULL,
    date_expiration timestamp without time zone,
    nb_days_accessible integer,
    nb_downloadable integer,
    active smallint NOT NULL,
    is_shareable smallint NOT NULL,
    PRIMARY KEY (id_product_download)
);
CREATE TABLE prestashop.ps_product_lang (
    id_product integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    description text,
    description_short text,
    link_rewrite character varying(128) NOT NULL,
    meta_description character varying(512),
    meta_title character varying(128),
    name character varying(128) NOT NULL,
    available_now character varying(255),
    available_later character varying(255),
    delivery_in_stock character varying(255),
    delivery_out_stock character varying(255),
    PRIMARY KEY (id_product, id_shop, id_lang)
);
CREATE TABLE prestashop.ps_product_sale (
    id_product integer NOT NULL,
    quantity integer NOT NULL,
    sale_nbr integer NOT NULL,
    date_upd date,
    PRIMARY KEY (id_product)
);
CREATE TABLE prestashop.ps_product_shop (
    id_product integer NOT NULL,
    id_shop integer NOT NULL,
    id_category_default integer,
    id_tax_rules_group integer NOT NULL,
    on_sale smallint NOT NULL,
    online_only smallint NOT NULL,
    ecotax numeric(17,6) NOT NULL,
    minimal_quantity integer NOT NULL,
    low_stock_threshold integer,
    low_stock_alert smallint NOT NULL,
    price numeric(20,6) NOT NULL,
    wholesale_price numeric(20,6) NOT NULL,
    unity character varying(255),
    unit_price numeric(20,6) NOT NULL,
    unit_price_ratio numeric(20,6) NOT NULL,
    additional_shipping_cost numeric(20,6) NOT NULL,
    customizable smallint NOT NULL,
    uploadable_files smallint NOT NULL,
    text_fields smallint NOT NULL,
    active smallint NOT NULL,
    redirect_type text NOT NULL,
    id_type_redirected integer NOT NULL,
    available_for_order smallint NOT NULL,
    available_date date,
    show_condition smallint NOT NULL,
    condition text NOT NULL,
    show_price smallint NOT NULL,
    indexed smallint NOT NULL,
    visibility text NOT NULL,
    cache_default_attribute integer,
    advanced_stock_management smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    pack_stock_type integer NOT NULL,
    PRIMARY KEY (id_product, id_shop)
);
CREATE TABLE prestashop.ps_product_supplier (
    id_product_supplier integer NOT NULL,
    id_product integer NOT NULL,
    id_product_attribute integer NOT NULL,
    id_supplier integer NOT NULL,
    product_supplier_reference character varying(64),
    product_supplier_price_te numeric(20,6) NOT NULL,
    id_currency integer NOT NULL,
    PRIMARY KEY (id_product_supplier)
);
CREATE TABLE prestashop.ps_product_tag (
    id_product integer NOT NULL,
    id_tag integer NOT NULL,
    id_lang integer NOT NULL,
    PRIMARY KEY (id_product, id_tag)
);
CREATE TABLE prestashop.ps_profile (
    id_profile integer NOT NULL,
    PRIMARY KEY (id_profile)
);
CREATE TABLE prestashop.ps_profile_lang (
    id_lang integer NOT NULL,
    id_profile integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (id_profile, id_lang)
);
CREATE TABLE prestashop.ps_range_price (
    id_range_price integer NOT NULL,
    id_carrier integer NOT NULL,
    delimiter1 numeric(20,6) NOT NULL,
    delimiter2 numeric(20,6) NOT NULL,
    PRIMARY KEY (id_range_price)
);
CREATE TABLE prestashop.ps_range_weight (
    id_range_weight integer NOT NULL,
    id_carrier integer NOT NULL,
    delimiter1 numeric(20,6) NOT NULL,
    delimiter2 numeric(20,6) NOT NULL,
    PRIMARY KEY (id_range_weight)
);
CREATE TABLE prestashop.ps_risk (
    id_risk integer NOT NULL,
    percent smallint NOT NULL,
    color character varying(32),
    PRIMARY KEY (id_risk)
);
CREATE TABLE prestashop.ps_risk_lang (
    id_risk integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(20) NOT NULL,
    PRIMARY KEY (id_risk, id_lang)
);
CREATE TABLE prestashop.ps_shipment (
    id_shipment integer NOT NULL,
    id_order integer NOT NULL,
    id_carrier integer NOT NULL,
    id_delivery_address integer,
    shipping_cost_tax_excl numeric(20,6),
    shipping_cost_tax_incl numeric(20,6),
    packed_at timestamp without time zone,
    shipped_at timestamp without time zone,
    delivered_at timestamp without time zone,
    cancelled_at timestamp without time zone,
    tracking_number character varying(255),
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_shipment)
);
CREATE TABLE prestashop.ps_shipment_product (
    id_shipment_product integer NOT NULL,
    id_shipment integer NOT NULL,
    id_order_detail integer NOT NULL,
    quantity integer,
    PRIMARY KEY (id_shipment_product)
);
CREATE TABLE prestashop.ps_shop (
    id_shop integer NOT NULL,
    id_shop_group integer NOT NULL,
    name character varying(64) NOT NULL,
    color character varying(50) NOT NULL,
    id_category integer NOT NULL,
    theme_name character varying(255) NOT NULL,
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_shop)
);
CREATE TABLE prestashop.ps_shop_group (
    id_shop_group integer NOT NULL,
    name character varying(64) NOT NULL,
    color character varying(50) NOT NULL,
    share_customer smallint NOT NULL,
    share_order smallint NOT NULL,
    share_stock smallint NOT NULL,
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_shop_group)
);
CREATE TABLE prestashop.ps_shop_url (
    id_shop_url integer NOT NULL,
    id_shop integer NOT NULL,
    domain character varying(255) NOT NULL,
    domain_ssl character varying(255) NOT NULL,
    physical_uri character varying(64) NOT NULL,
    virtual_uri character varying(64) NOT NULL,
    main smallint NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_shop_url)
);
CREATE TABLE prestashop.ps_specific_price (
    id_specific_price integer NOT NULL,
    id_specific_price_rule integer NOT NULL,
    id_cart integer NOT NULL,
    id_product integer NOT NULL,
    id_shop integer NOT NULL,
    id_shop_group integer NOT NULL,
    id_currency integer NOT NULL,
    id_country integer NOT NULL,
    id_group integer NOT NULL,
    id_customer integer NOT NULL,
    id_product_attribute integer NOT NULL,
    price numeric(20,6) NOT NULL,
    from_quantity integer NOT NULL,
    reduction numeric(20,6) NOT NULL,
    reduction_tax smallint NOT NULL,
    reduction_type text NOT NULL,
    "from" timestamp without time zone NOT NULL,
    "to" timestamp without time zone NOT NULL,
    PRIMARY KEY (id_specific_price)
);
CREATE TABLE prestashop.ps_state (
    id_state integer NOT NULL,
    id_country integer NOT NULL,
    id_zone integer NOT NULL,
    name character varying(80) NOT NULL,
    iso_code character varying(7) NOT NULL,
    tax_behavior smallint NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_state)
);
CREATE TABLE prestashop.ps_stock (
    id_stock integer NOT NULL,
    id_warehouse integer NOT NULL,
    id_product integer NOT NULL,
    id_product_attribute integer NOT NULL,
    reference character varying(64) NOT NULL,
    ean13 character varying(20),
    isbn character varying(32),
    upc character varying(12),
    mpn character varying(40),
    physical_quantity integer NOT NULL,
    usable_quantity integer NOT NULL,
    price_te numeric(20,6),
    PRIMARY KEY (id_stock)
);
CREATE TABLE prestashop.ps_stock_available (
    id_stock_available integer NOT NULL,
    id_product integer NOT NULL,
    id_product_attribute integer NOT NULL,
    id_shop integer NOT NULL,
    id_shop_group integer NOT NULL,
    quantity integer NOT NULL,
    physical_quantity integer NOT NULL,
    reserved_quantity integer NOT NULL,
    depends_on_stock smallint NOT NULL,
    out_of_stock smallint NOT NULL,
    location character varying(255) NOT NULL,
    PRIMARY KEY (id_stock_available)
);
CREATE TABLE prestashop.ps_stock_mvt (
    id_stock_mvt bigint NOT NULL,
    id_stock integer NOT NULL,
    id_order integer,
    id_supply_order integer,
    id_stock_mvt_reason integer NOT NULL,
    id_employee integer NOT NULL,
    employee_lastname character varying(255),
    employee_firstname character varying(255),
    physical_quantity integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    sign smallint NOT NULL,
    price_te numeric(20,6),
    last_wa numeric(20,6),
    current_wa numeric(20,6),
    referer bigint,
    PRIMARY KEY (id_stock_mvt)
);
CREATE TABLE prestashop.ps_stock_mvt_reason (
    id_stock_mvt_reason integer NOT NULL,
    sign smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_stock_mvt_reason)
);
CREATE TABLE prestashop.ps_stock_mvt_reason_lang (
    id_stock_mvt_reason integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id_stock_mvt_reason, id_lang)
);
CREATE TABLE prestashop.ps_store (
    id_store integer NOT NULL,
    id_country integer NOT NULL,
    id_state integer,
    city character varying(64) NOT NULL,
    postcode character varying(12) NOT NULL,
    latitude numeric(13,8),
    longitude numeric(13,8),
    phone character varying(16),
    fax character varying(16),
    email character varying(255),
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_store)
);
CREATE TABLE prestashop.ps_store_lang (
    id_store integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    address1 character varying(255) NOT NULL,
    address2 character varying(255),
    hours text,
    note text,
    PRIMARY KEY (id_store, id_lang)
);
CREATE TABLE prestashop.ps_supplier (
    id_supplier integer NOT NULL,
    name character varying(64) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_supplier)
);
CREATE TABLE prestashop.ps_supplier_lang (
    id_supplier integer NOT NULL,
    id_lang integer NOT NULL,
    description text,
    meta_title character varying(255),
    meta_description character varying(512),
    PRIMARY KEY (id_supplier, id_lang)
);
CREATE TABLE prestashop.ps_supply_order (
    id_supply_order integer NOT NULL,
    id_supplier integer NOT NULL,
    supplier_name character varying(64) NOT NULL,
    id_lang integer NOT NULL,
    id_warehouse integer NOT NULL,
    id_supply_order_state integer NOT NULL,
    id_currency integer NOT NULL,
    id_ref_currency integer NOT NULL,
    reference character varying(64) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    date_delivery_expected timestamp without time zone,
    total_te numeric(20,6),
    total_with_discount_te numeric(20,6),
    total_tax numeric(20,6),
    total_ti numeric(20,6),
    discount_rate numeric(20,6),
    discount_value_te numeric(20,6),
    is_template smallint,
    PRIMARY KEY (id_supply_order)
);
CREATE TABLE prestashop.ps_supply_order_detail (
    id_supply_order_detail integer NOT NULL,
    id_supply_order integer NOT NULL,
    id_currency integer NOT NULL,
    id_product integer NOT NULL,
    id_product_attribute integer NOT NULL,
    reference character varying(64) NOT NULL,
    supplier_reference character varying(64) NOT NULL,
    name character varying(128) NOT NULL,
    ean13 character varying(20),
    isbn character varying(32),
    upc character varying(12),
    mpn character varying(40),
    exchange_rate numeric(20,6),
    unit_price_te numeric(20,6),
    quantity_expected integer NOT NULL,
    quantity_received integer NOT NULL,
    price_te numeric(20,6),
    discount_rate numeric(20,6),
    discount_value_te numeric(20,6),
    price_with_discount_te numeric(20,6),
    tax_rate numeric(20,6),
    tax_value numeric(20,6),
    price_ti numeric(20,6),
    tax_value_with_order_discount numeric(20,6),
    price_with_order_discount_te numeric(20,6),
    PRIMARY KEY (id_supply_order_detail)
);
CREATE TABLE prestashop.ps_supply_order_history (
    id_supply_order_history integer NOT NULL,
    id_supply_order integer NOT NULL,
    id_employee integer NOT NULL,
    employee_lastname character varying(255),
    employee_firstname character varying(255),
    id_state integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_supply_order_history)
);
CREATE TABLE prestashop.ps_supply_order_receipt_history (
    id_supply_order_receipt_history integer NOT NULL,
    id_supply_order_detail integer NOT NULL,
    id_employee integer NOT NULL,
    employee_lastname character varying(255),
    employee_firstname character varying(255),
    id_supply_order_state integer NOT NULL,
    quantity integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_supply_order_receipt_history)
);
CREATE TABLE prestashop.ps_supply_order_state (
    id_supply_order_state integer NOT NULL,
    delivery_note smallint NOT NULL,
    editable smallint NOT NULL,
    receipt_state smallint NOT NULL,
    pending_receipt smallint NOT NULL,
    enclosed smallint NOT NULL,
    color character varying(32),
    PRIMARY KEY (id_supply_order_state)
);
CREATE TABLE prestashop.ps_supply_order_state_lang (
    id_supply_order_state integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128),
    PRIMARY KEY (id_supply_order_state, id_lang)
);
CREATE TABLE prestashop.ps_tag (
    id_tag integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id_tag)
);
CREATE TABLE prestashop.ps_tax (
    id_tax integer NOT NULL,
    rate numeric(10,3) NOT NULL,
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_tax)
);
CREATE TABLE prestashop.ps_tax_lang (
    id_tax integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id_tax, id_lang)
);
CREATE TABLE prestashop.ps_tax_rule (
    id_tax_rule integer NOT NULL,
    id_tax_rules_group integer NOT NULL,
    id_country integer NOT NULL,
    id_state integer NOT NULL,
    zipcode_from character varying(12) NOT NULL,
    zipcode_to character varying(12) NOT NULL,
    id_tax integer NOT NULL,
    behavior integer NOT NULL,
    description character varying(100) NOT NULL,
    PRIMARY KEY (id_tax_rule)
);
CREATE TABLE prestashop.ps_tax_rules_group (
    id_tax_rules_group integer NOT NULL,
    name character varying(64) NOT NULL,
    active integer NOT NULL,
    deleted smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_tax_rules_group)
);
CREATE TABLE prestashop.ps_warehouse (
    id_warehouse integer NOT NULL,
    id_currency integer NOT NULL,
    id_address integer NOT NULL,
    id_employee integer NOT NULL,
    reference character varying(64),
    name character varying(45) NOT NULL,
    management_type text NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_warehouse)
);
CREATE TABLE prestashop.ps_warehouse_product_location (
    id_warehouse_product_location integer NOT NULL,
    id_product integer NOT NULL,
    id_product_attribute integer NOT NULL,
    id_warehouse integer NOT NULL,
    location character varying(64),
    PRIMARY KEY (id_warehouse_product_location)
);
CREATE TABLE prestashop.ps_web_browser (
    id_web_browser integer NOT NULL,
    name character varying(64),
    PRIMARY KEY (id_web_browser)
);
CREATE TABLE prestashop.ps_zone (
    id_zone integer NOT NULL,
    name character varying(64) NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_zone)
);
