-- QloApps, Webkul's open-source hotel booking and reservation system built on PrestaShop 1.6 (hotels, their rooms,
-- room types sold as products, bookings per room and night, guests, orders, invoices, refunds and refund rules,
-- hotel features and amenities, extra services and demands per room type, advance payments, seasonal feature
-- pricing, guest reviews with category ratings, replies and usefulness votes, plus the shop core: customers,
-- addresses, carts, cart rules (vouchers), orders, order states, payments, taxes, currencies, countries,
-- employees, CMS pages, visitor connections), as its installer and its two hotel modules create the tables in MySQL:
-- install/data/db_structure.sql, modules/hotelreservationsystem/classes/HotelReservationSystemDb.php and
-- modules/qlohotelreview/classes/QhrHotelReviewDb.php of github.com/Qloapps/QloApps (commit 950b37e; OSL-3.0 for the
-- core, Webkul's own software licence agreement (each module's LICENSE.md) for the two hotel modules; we use the
-- schema's facts). Converted to PostgreSQL by a one-off script, schema
-- qloapps, the PREFIX_/_DB_PREFIX_ table prefix dropped: int/mediumint -> integer, tinyint/smallint -> smallint,
-- bigint -> bigint, decimal(p,s) -> numeric(p,s), float -> real, double -> double precision, datetime/timestamp ->
-- timestamp, text/mediumtext/longtext -> text, varchar/char kept, enum -> character varying(32) with its values as the
-- column comment; names lower-cased, reserved words quoted; primary keys kept (237 tables have one). A consistent
-- subset: all 38 hotelreservationsystem tables, all 7 qlohotelreview tables and 198 of the installer's 236 core
-- tables; left out are the 38 inherited PrestaShop tables of goods logistics a hotel does not use (stock*,
-- supply_order*, warehouse*, supplier*, product_supplier, manufacturer*, scene*, theme*, smarty*, webservice*,
-- memcached_servers, modules_perfs) and the other modules' tables. Also left out: AUTO_INCREMENT, defaults,
-- indexes and unique keys, character sets, rows and the installer's data. The source declares no foreign keys and
-- no comments beyond the enum values. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS qloapps;
CREATE TABLE qloapps.access (
    id_profile integer NOT NULL,
    id_tab integer NOT NULL,
    view integer NOT NULL,
    add integer NOT NULL,
    edit integer NOT NULL,
    delete integer NOT NULL,
    PRIMARY KEY (id_profile, id_tab)
);
CREATE TABLE qloapps.accessory (
    id_product_1 integer NOT NULL,
    id_product_2 integer NOT NULL
);
CREATE TABLE qloapps.address (
    id_address integer NOT NULL,
    id_country integer NOT NULL,
    id_state integer,
    id_customer integer NOT NULL,
    id_manufacturer integer NOT NULL,
    id_supplier integer NOT NULL,
    id_warehouse integer NOT NULL,
    id_hotel integer NOT NULL,
    alias character varying(32) NOT NULL,
    company character varying(255),
    lastname character varying(32) NOT NULL,
    firstname character varying(32) NOT NULL,
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
    auto_generated smallint NOT NULL,
    PRIMARY KEY (id_address)
);
CREATE TABLE qloapps.address_format (
    id_country integer NOT NULL,
    format character varying(255) NOT NULL,
    PRIMARY KEY (id_country)
);
CREATE TABLE qloapps.alias (
    id_alias integer NOT NULL,
    alias character varying(255) NOT NULL,
    search character varying(255) NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_alias)
);
CREATE TABLE qloapps.attachment (
    id_attachment integer NOT NULL,
    file character varying(40) NOT NULL,
    file_name character varying(128) NOT NULL,
    file_size bigint NOT NULL,
    mime character varying(128) NOT NULL,
    PRIMARY KEY (id_attachment)
);
CREATE TABLE qloapps.attachment_lang (
    id_attachment integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32),
    description text,
    PRIMARY KEY (id_attachment, id_lang)
);
CREATE TABLE qloapps.attribute (
    id_attribute integer NOT NULL,
    id_attribute_group integer NOT NULL,
    color character varying(32),
    position integer NOT NULL,
    PRIMARY KEY (id_attribute)
);
CREATE TABLE qloapps.attribute_group (
    id_attribute_group integer NOT NULL,
    is_color_group smallint NOT NULL,
    group_type character varying(32) NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id_attribute_group)
);
COMMENT ON COLUMN qloapps.attribute_group.group_type IS 'One of select, radio, color';
CREATE TABLE qloapps.attribute_group_lang (
    id_attribute_group integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128) NOT NULL,
    public_name character varying(64) NOT NULL,
    PRIMARY KEY (id_attribute_group, id_lang)
);
CREATE TABLE qloapps.attribute_group_shop (
    id_attribute_group integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_attribute_group, id_shop)
);
CREATE TABLE qloapps.attribute_impact (
    id_attribute_impact integer NOT NULL,
    id_product integer NOT NULL,
    id_attribute integer NOT NULL,
    weight numeric(20,6) NOT NULL,
    price numeric(17,2) NOT NULL,
    PRIMARY KEY (id_attribute_impact)
);
CREATE TABLE qloapps.attribute_lang (
    id_attribute integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (id_attribute, id_lang)
);
CREATE TABLE qloapps.attribute_shop (
    id_attribute integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_attribute, id_shop)
);
CREATE TABLE qloapps.carrier (
    id_carrier integer NOT NULL,
    id_reference integer NOT NULL,
    id_tax_rules_group integer,
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
    position integer NOT NULL,
    max_width integer,
    max_height integer,
    max_depth integer,
    max_weight numeric(20,6),
    grade integer,
    PRIMARY KEY (id_carrier)
);
CREATE TABLE qloapps.carrier_group (
    id_carrier integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_carrier, id_group)
);
CREATE TABLE qloapps.carrier_lang (
    id_carrier integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    delay character varying(512),
    PRIMARY KEY (id_lang, id_shop, id_carrier)
);
CREATE TABLE qloapps.carrier_shop (
    id_carrier integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_carrier, id_shop)
);
CREATE TABLE qloapps.carrier_tax_rules_group_shop (
    id_carrier integer NOT NULL,
    id_tax_rules_group integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_carrier, id_tax_rules_group, id_shop)
);
CREATE TABLE qloapps.carrier_zone (
    id_carrier integer NOT NULL,
    id_zone integer NOT NULL,
    PRIMARY KEY (id_carrier, id_zone)
);
CREATE TABLE qloapps.cart (
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
    is_advance_payment smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_cart)
);
CREATE TABLE qloapps.cart_cart_rule (
    id_cart integer NOT NULL,
    id_cart_rule integer NOT NULL,
    PRIMARY KEY (id_cart, id_cart_rule)
);
CREATE TABLE qloapps.cart_customer_guest_detail (
    id_customer_guest_detail integer NOT NULL,
    id_cart integer NOT NULL,
    id_gender integer NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    email character varying(128) NOT NULL,
    phone character varying(32),
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_customer_guest_detail)
);
CREATE TABLE qloapps.cart_product (
    id_cart integer NOT NULL,
    id_product integer NOT NULL,
    id_address_delivery integer,
    id_shop integer NOT NULL,
    id_product_attribute integer NOT NULL,
    quantity integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_cart, id_product, id_product_attribute, id_address_delivery)
);
CREATE TABLE qloapps.cart_rule (
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
    minimum_amount numeric(17,2) NOT NULL,
    minimum_amount_tax smallint NOT NULL,
    minimum_amount_currency integer NOT NULL,
    minimum_amount_shipping smallint NOT NULL,
    country_restriction smallint NOT NULL,
    carrier_restriction smallint NOT NULL,
    group_restriction smallint NOT NULL,
    cart_rule_restriction smallint NOT NULL,
    product_restriction smallint NOT NULL,
    shop_restriction smallint NOT NULL,
    free_shipping smallint NOT NULL,
    reduction_percent numeric(5,2) NOT NULL,
    reduction_amount numeric(17,2) NOT NULL,
    reduction_tax smallint NOT NULL,
    reduction_currency integer NOT NULL,
    reduction_product integer NOT NULL,
    gift_product integer NOT NULL,
    gift_product_attribute integer NOT NULL,
    highlight smallint NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_cart_rule)
);
CREATE TABLE qloapps.cart_rule_carrier (
    id_cart_rule integer NOT NULL,
    id_carrier integer NOT NULL,
    PRIMARY KEY (id_cart_rule, id_carrier)
);
CREATE TABLE qloapps.cart_rule_combination (
    id_cart_rule_1 integer NOT NULL,
    id_cart_rule_2 integer NOT NULL,
    PRIMARY KEY (id_cart_rule_1, id_cart_rule_2)
);
CREATE TABLE qloapps.cart_rule_country (
    id_cart_rule integer NOT NULL,
    id_country integer NOT NULL,
    PRIMARY KEY (id_cart_rule, id_country)
);
CREATE TABLE qloapps.cart_rule_group (
    id_cart_rule integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_cart_rule, id_group)
);
CREATE TABLE qloapps.cart_rule_lang (
    id_cart_rule integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(254) NOT NULL,
    PRIMARY KEY (id_cart_rule, id_lang)
);
CREATE TABLE qloapps.cart_rule_product_rule (
    id_product_rule integer NOT NULL,
    id_product_rule_group integer NOT NULL,
    type character varying(32) NOT NULL,
    PRIMARY KEY (id_product_rule)
);
COMMENT ON COLUMN qloapps.cart_rule_product_rule.type IS 'One of products, categories, attributes, manufacturers, suppliers';
CREATE TABLE qloapps.cart_rule_product_rule_group (
    id_product_rule_group integer NOT NULL,
    id_cart_rule integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (id_product_rule_group)
);
CREATE TABLE qloapps.cart_rule_product_rule_value (
    id_product_rule integer NOT NULL,
    id_item integer NOT NULL,
    PRIMARY KEY (id_product_rule, id_item)
);
CREATE TABLE qloapps.cart_rule_shop (
    id_cart_rule integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_cart_rule, id_shop)
);
CREATE TABLE qloapps.category (
    id_category integer NOT NULL,
    id_parent integer NOT NULL,
    id_shop_default integer NOT NULL,
    level_depth smallint NOT NULL,
    nleft integer NOT NULL,
    nright integer NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    position integer NOT NULL,
    is_root_category smallint NOT NULL,
    PRIMARY KEY (id_category)
);
CREATE TABLE qloapps.category_group (
    id_category integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_category, id_group)
);
CREATE TABLE qloapps.category_lang (
    id_category integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128) NOT NULL,
    description text,
    link_rewrite character varying(128) NOT NULL,
    meta_title character varying(128),
    meta_keywords character varying(255),
    meta_description character varying(255),
    PRIMARY KEY (id_category, id_shop, id_lang)
);
CREATE TABLE qloapps.category_product (
    id_category integer NOT NULL,
    id_product integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id_category, id_product)
);
CREATE TABLE qloapps.category_shop (
    id_category integer NOT NULL,
    id_shop integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id_category, id_shop)
);
CREATE TABLE qloapps.cms (
    id_cms integer NOT NULL,
    id_cms_category integer NOT NULL,
    position integer NOT NULL,
    active smallint NOT NULL,
    indexation smallint NOT NULL,
    PRIMARY KEY (id_cms)
);
CREATE TABLE qloapps.cms_category (
    id_cms_category integer NOT NULL,
    id_parent integer NOT NULL,
    level_depth smallint NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id_cms_category)
);
CREATE TABLE qloapps.cms_category_lang (
    id_cms_category integer NOT NULL,
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    name character varying(128) NOT NULL,
    description text,
    link_rewrite character varying(128) NOT NULL,
    meta_title character varying(128),
    meta_keywords character varying(255),
    meta_description character varying(255),
    PRIMARY KEY (id_cms_category, id_shop, id_lang)
);
CREATE TABLE qloapps.cms_category_shop (
    id_cms_category integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_cms_category, id_shop)
);
CREATE TABLE qloapps.cms_lang (
    id_cms integer NOT NULL,
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    meta_title character varying(128) NOT NULL,
    meta_description character varying(255),
    meta_keywords character varying(255),
    content text,
    link_rewrite character varying(128) NOT NULL,
    PRIMARY KEY (id_cms, id_shop, id_lang)
);
CREATE TABLE qloapps.cms_role (
    id_cms_role integer NOT NULL,
    name character varying(50) NOT NULL,
    id_cms integer NOT NULL,
    PRIMARY KEY (id_cms_role, id_cms)
);
CREATE TABLE qloapps.cms_role_lang (
    id_cms_role integer NOT NULL,
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    name character varying(128),
    PRIMARY KEY (id_cms_role, id_lang)
);
CREATE TABLE qloapps.cms_shop (
    id_cms integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_cms, id_shop)
);
CREATE TABLE qloapps.compare (
    id_compare integer NOT NULL,
    id_customer integer NOT NULL,
    PRIMARY KEY (id_compare)
);
CREATE TABLE qloapps.compare_product (
    id_compare integer NOT NULL,
    id_product integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_compare, id_product)
);
CREATE TABLE qloapps.configuration (
    id_configuration integer NOT NULL,
    id_shop_group integer,
    id_shop integer,
    name character varying(254) NOT NULL,
    value text,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_configuration)
);
CREATE TABLE qloapps.configuration_kpi (
    id_configuration_kpi integer NOT NULL,
    id_shop_group integer,
    id_shop integer,
    name character varying(64) NOT NULL,
    value text,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_configuration_kpi)
);
CREATE TABLE qloapps.configuration_kpi_lang (
    id_configuration_kpi integer NOT NULL,
    id_lang integer NOT NULL,
    value text,
    date_upd timestamp without time zone,
    PRIMARY KEY (id_configuration_kpi, id_lang)
);
CREATE TABLE qloapps.configuration_lang (
    id_configuration integer NOT NULL,
    id_lang integer NOT NULL,
    value text,
    date_upd timestamp without time zone,
    PRIMARY KEY (id_configuration, id_lang)
);
CREATE TABLE qloapps.connections (
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
CREATE TABLE qloapps.connections_page (
    id_connections integer NOT NULL,
    id_page integer NOT NULL,
    time_start timestamp without time zone NOT NULL,
    time_end timestamp without time zone,
    PRIMARY KEY (id_connections, id_page, time_start)
);
CREATE TABLE qloapps.connections_source (
    id_connections_source integer NOT NULL,
    id_connections integer NOT NULL,
    http_referer character varying(255),
    request_uri character varying(255),
    keywords character varying(255),
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_connections_source)
);
CREATE TABLE qloapps.contact (
    id_contact integer NOT NULL,
    email character varying(128) NOT NULL,
    customer_service smallint NOT NULL,
    position smallint NOT NULL,
    PRIMARY KEY (id_contact)
);
CREATE TABLE qloapps.contact_lang (
    id_contact integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    description text,
    PRIMARY KEY (id_contact, id_lang)
);
CREATE TABLE qloapps.contact_shop (
    id_contact integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_contact, id_shop)
);
CREATE TABLE qloapps.country (
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
CREATE TABLE qloapps.country_lang (
    id_country integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (id_country, id_lang)
);
CREATE TABLE qloapps.country_shop (
    id_country integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_country, id_shop)
);
CREATE TABLE qloapps.currency (
    id_currency integer NOT NULL,
    name character varying(32) NOT NULL,
    iso_code character varying(3) NOT NULL,
    iso_code_num character varying(3) NOT NULL,
    sign character varying(8) NOT NULL,
    blank smallint NOT NULL,
    format smallint NOT NULL,
    decimals smallint NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    deleted smallint NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_currency)
);
CREATE TABLE qloapps.currency_shop (
    id_currency integer NOT NULL,
    id_shop integer NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    PRIMARY KEY (id_currency, id_shop)
);
CREATE TABLE qloapps.customer (
    id_customer integer NOT NULL,
    id_shop_group integer NOT NULL,
    id_shop integer NOT NULL,
    id_gender integer NOT NULL,
    id_default_group integer NOT NULL,
    id_lang integer,
    id_risk integer NOT NULL,
    company character varying(64),
    siret character varying(14),
    ape character varying(5),
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    email character varying(128) NOT NULL,
    passwd character varying(32) NOT NULL,
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
    PRIMARY KEY (id_customer)
);
CREATE TABLE qloapps.customer_group (
    id_customer integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_customer, id_group)
);
CREATE TABLE qloapps.customer_message (
    id_customer_message integer NOT NULL,
    id_customer_thread integer,
    id_employee integer,
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
CREATE TABLE qloapps.customer_message_sync_imap (
    md5_header bytea NOT NULL
);
CREATE TABLE qloapps.customer_thread (
    id_customer_thread integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    id_contact integer NOT NULL,
    id_customer integer,
    id_order integer,
    id_product integer,
    status character varying(32) NOT NULL,
    email character varying(128) NOT NULL,
    token character varying(12),
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_customer_thread)
);
COMMENT ON COLUMN qloapps.customer_thread.status IS 'One of open,closed,pending1,pending2';
CREATE TABLE qloapps.customization (
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
CREATE TABLE qloapps.customization_field (
    id_customization_field integer NOT NULL,
    id_product integer NOT NULL,
    type smallint NOT NULL,
    required smallint NOT NULL,
    PRIMARY KEY (id_customization_field)
);
CREATE TABLE qloapps.customization_field_lang (
    id_customization_field integer NOT NULL,
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id_customization_field, id_lang, id_shop)
);
CREATE TABLE qloapps.customized_data (
    id_customization integer NOT NULL,
    type smallint NOT NULL,
    index integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_customization, type, index)
);
CREATE TABLE qloapps.date_range (
    id_date_range integer NOT NULL,
    time_start timestamp without time zone NOT NULL,
    time_end timestamp without time zone NOT NULL,
    PRIMARY KEY (id_date_range)
);
CREATE TABLE qloapps.delivery (
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
CREATE TABLE qloapps.employee (
    id_employee integer NOT NULL,
    id_profile integer NOT NULL,
    id_lang integer NOT NULL,
    lastname character varying(32) NOT NULL,
    firstname character varying(32) NOT NULL,
    email character varying(128) NOT NULL,
    passwd character varying(32) NOT NULL,
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
    optin smallint NOT NULL,
    id_last_order integer NOT NULL,
    id_last_customer_message integer NOT NULL,
    id_last_customer integer NOT NULL,
    last_connection_date date,
    PRIMARY KEY (id_employee)
);
CREATE TABLE qloapps.employee_shop (
    id_employee integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_employee, id_shop)
);
CREATE TABLE qloapps.feature (
    id_feature integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id_feature)
);
CREATE TABLE qloapps.feature_lang (
    id_feature integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128),
    PRIMARY KEY (id_feature, id_lang)
);
CREATE TABLE qloapps.feature_product (
    id_feature integer NOT NULL,
    id_product integer NOT NULL,
    id_feature_value integer NOT NULL,
    PRIMARY KEY (id_feature, id_product)
);
CREATE TABLE qloapps.feature_shop (
    id_feature integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_feature, id_shop)
);
CREATE TABLE qloapps.feature_value (
    id_feature_value integer NOT NULL,
    id_feature integer NOT NULL,
    custom smallint,
    PRIMARY KEY (id_feature_value)
);
CREATE TABLE qloapps.feature_value_lang (
    id_feature_value integer NOT NULL,
    id_lang integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (id_feature_value, id_lang)
);
CREATE TABLE qloapps.gender (
    id_gender integer NOT NULL,
    type smallint NOT NULL,
    PRIMARY KEY (id_gender)
);
CREATE TABLE qloapps.gender_lang (
    id_gender integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(20) NOT NULL,
    PRIMARY KEY (id_gender, id_lang)
);
CREATE TABLE qloapps."group" (
    id_group integer NOT NULL,
    reduction numeric(17,2) NOT NULL,
    price_display_method smallint NOT NULL,
    show_prices smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_group)
);
CREATE TABLE qloapps.group_lang (
    id_group integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id_group, id_lang)
);
CREATE TABLE qloapps.group_reduction (
    id_group_reduction integer NOT NULL,
    id_group integer NOT NULL,
    id_category integer NOT NULL,
    reduction numeric(4,3) NOT NULL,
    PRIMARY KEY (id_group_reduction)
);
CREATE TABLE qloapps.group_shop (
    id_group integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_group, id_shop)
);
CREATE TABLE qloapps.guest (
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
CREATE TABLE qloapps.hook (
    id_hook integer NOT NULL,
    name character varying(64) NOT NULL,
    title character varying(64) NOT NULL,
    description text,
    position smallint NOT NULL,
    live_edit smallint NOT NULL,
    PRIMARY KEY (id_hook)
);
CREATE TABLE qloapps.hook_alias (
    id_hook_alias integer NOT NULL,
    alias character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (id_hook_alias)
);
CREATE TABLE qloapps.hook_module (
    id_module integer NOT NULL,
    id_shop integer NOT NULL,
    id_hook integer NOT NULL,
    position smallint NOT NULL,
    PRIMARY KEY (id_module, id_hook, id_shop)
);
CREATE TABLE qloapps.hook_module_exceptions (
    id_hook_module_exceptions integer NOT NULL,
    id_shop integer NOT NULL,
    id_module integer NOT NULL,
    id_hook integer NOT NULL,
    file_name character varying(255),
    PRIMARY KEY (id_hook_module_exceptions)
);
CREATE TABLE qloapps.htl_access (
    id_profile integer NOT NULL,
    id_hotel integer NOT NULL,
    access integer NOT NULL,
    PRIMARY KEY (id_profile, id_hotel)
);
CREATE TABLE qloapps.htl_advance_payment (
    id integer NOT NULL,
    id_product integer NOT NULL,
    payment_type smallint NOT NULL,
    value numeric(20,6) NOT NULL,
    id_currency integer NOT NULL,
    tax_include smallint NOT NULL,
    calculate_from smallint NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_booking_demands (
    id_booking_demand integer NOT NULL,
    id_htl_booking integer NOT NULL,
    name character varying(255) NOT NULL,
    unit_price_tax_excl numeric(20,6) NOT NULL,
    unit_price_tax_incl numeric(20,6) NOT NULL,
    total_price_tax_excl numeric(20,6) NOT NULL,
    total_price_tax_incl numeric(20,6) NOT NULL,
    price_calc_method integer,
    id_tax_rules_group integer,
    tax_computation_method smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_booking_demand)
);
CREATE TABLE qloapps.htl_booking_demands_tax (
    id_booking_demand integer NOT NULL,
    id_tax integer NOT NULL,
    unit_amount numeric(16,6) NOT NULL,
    total_amount numeric(16,6) NOT NULL,
    PRIMARY KEY (id_booking_demand, id_tax)
);
CREATE TABLE qloapps.htl_booking_detail (
    id integer NOT NULL,
    id_product integer NOT NULL,
    id_order integer NOT NULL,
    id_order_detail integer NOT NULL,
    id_cart integer NOT NULL,
    id_room integer NOT NULL,
    id_hotel integer NOT NULL,
    id_customer integer NOT NULL,
    booking_type smallint NOT NULL,
    id_status integer NOT NULL,
    comment text NOT NULL,
    check_in timestamp without time zone NOT NULL,
    check_out timestamp without time zone NOT NULL,
    date_from timestamp without time zone NOT NULL,
    date_to timestamp without time zone NOT NULL,
    total_price_tax_excl numeric(20,6) NOT NULL,
    total_price_tax_incl numeric(20,6) NOT NULL,
    total_paid_amount numeric(20,6) NOT NULL,
    is_back_order smallint NOT NULL,
    hotel_name character varying(255),
    room_type_name character varying(255),
    city character varying(255) NOT NULL,
    state character varying(255),
    country character varying(255),
    zipcode character varying(12),
    phone character varying(32),
    email character varying(128),
    check_in_time character varying(32),
    check_out_time character varying(32),
    room_num character varying(225),
    adults smallint NOT NULL,
    children smallint NOT NULL,
    child_ages text NOT NULL,
    is_refunded smallint NOT NULL,
    is_cancelled smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_booking_document (
    id_htl_booking_document integer NOT NULL,
    id_htl_booking integer NOT NULL,
    title character varying(32) NOT NULL,
    file_type smallint NOT NULL,
    file_name character varying(8) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_htl_booking_document)
);
CREATE TABLE qloapps.htl_branch_features (
    id integer NOT NULL,
    id_hotel integer NOT NULL,
    feature_id character varying(255),
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_branch_info (
    id integer NOT NULL,
    id_category integer NOT NULL,
    email character varying(128) NOT NULL,
    check_in character varying(255),
    check_out character varying(255),
    rating integer NOT NULL,
    active smallint NOT NULL,
    latitude numeric(10,8) NOT NULL,
    longitude numeric(11,8) NOT NULL,
    map_formated_address text NOT NULL,
    map_input_text text NOT NULL,
    active_refund smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_branch_info_lang (
    id integer NOT NULL,
    id_lang integer NOT NULL,
    hotel_name character varying(255),
    short_description text,
    description text,
    policies text,
    PRIMARY KEY (id, id_lang)
);
CREATE TABLE qloapps.htl_branch_refund_rules (
    id_hotel_refund_rule integer NOT NULL,
    id_refund_rule integer NOT NULL,
    id_hotel integer NOT NULL,
    position integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_hotel_refund_rule)
);
CREATE TABLE qloapps.htl_cart_booking_data (
    id integer NOT NULL,
    id_cart integer NOT NULL,
    id_guest integer NOT NULL,
    id_order integer NOT NULL,
    id_customer integer NOT NULL,
    id_currency integer NOT NULL,
    id_product integer NOT NULL,
    id_room integer NOT NULL,
    id_hotel integer NOT NULL,
    quantity integer NOT NULL,
    booking_type smallint NOT NULL,
    comment text NOT NULL,
    is_back_order smallint NOT NULL,
    extra_demands text NOT NULL,
    date_from timestamp without time zone NOT NULL,
    date_to timestamp without time zone NOT NULL,
    adults smallint NOT NULL,
    children smallint NOT NULL,
    child_ages text NOT NULL,
    is_refunded smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_features (
    id integer NOT NULL,
    parent_feature_id integer NOT NULL,
    position integer NOT NULL,
    active integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_features_lang (
    id integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id, id_lang)
);
CREATE TABLE qloapps.htl_hotel_service_product_cart_detail (
    id_hotel_service_product_cart_detail integer NOT NULL,
    id_cart integer NOT NULL,
    id_product integer NOT NULL,
    id_hotel integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (id_hotel_service_product_cart_detail)
);
CREATE TABLE qloapps.htl_image (
    id integer NOT NULL,
    id_hotel integer NOT NULL,
    cover smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_order_refund_rules (
    id_refund_rule integer NOT NULL,
    payment_type integer NOT NULL,
    deduction_value_full_pay numeric(20,6) NOT NULL,
    deduction_value_adv_pay numeric(20,6) NOT NULL,
    days numeric(35,0) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_refund_rule)
);
CREATE TABLE qloapps.htl_order_refund_rules_lang (
    id_refund_rule integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255),
    description text,
    PRIMARY KEY (id_refund_rule, id_lang)
);
CREATE TABLE qloapps.htl_order_restrict_date (
    id integer NOT NULL,
    id_hotel integer NOT NULL,
    use_global_max_order_date smallint NOT NULL,
    max_order_date date NOT NULL,
    use_global_preparation_time smallint NOT NULL,
    preparation_time integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_room_disable_dates (
    id integer NOT NULL,
    id_room_type integer NOT NULL,
    id_room integer NOT NULL,
    date_from date NOT NULL,
    date_to date NOT NULL,
    reason text,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_room_information (
    id integer NOT NULL,
    id_product integer NOT NULL,
    id_hotel integer NOT NULL,
    room_num character varying(225) NOT NULL,
    id_status integer NOT NULL,
    floor text NOT NULL,
    comment text NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_room_status (
    id integer NOT NULL,
    status text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_room_type (
    id integer NOT NULL,
    id_product integer NOT NULL,
    id_hotel integer NOT NULL,
    adults smallint NOT NULL,
    children smallint NOT NULL,
    max_adults smallint NOT NULL,
    max_children smallint NOT NULL,
    max_guests smallint NOT NULL,
    min_los smallint NOT NULL,
    max_los smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE qloapps.htl_room_type_demand (
    id_room_type_demand integer NOT NULL,
    id_product integer NOT NULL,
    id_global_demand integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_room_type_demand)
);
CREATE TABLE qloapps.htl_room_type_demand_price (
    id_room_type_demand_price integer NOT NULL,
    id_product integer NOT NULL,
    id_global_demand integer NOT NULL,
    id_option integer NOT NULL,
    price numeric(20,6) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_room_type_demand_price)
);
CREATE TABLE qloapps.htl_room_type_feature_pricing (
    id_feature_price integer NOT NULL,
    id_product integer NOT NULL,
    id_cart integer NOT NULL,
    id_guest integer NOT NULL,
    id_room integer NOT NULL,
    date_from date NOT NULL,
    date_to date NOT NULL,
    is_special_days_exists smallint NOT NULL,
    date_selection_type smallint NOT NULL,
    special_days text,
    impact_way smallint NOT NULL,
    impact_type smallint NOT NULL,
    impact_value numeric(20,6) NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_feature_price)
);
CREATE TABLE qloapps.htl_room_type_feature_pricing_group (
    id_feature_price integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_feature_price, id_group)
);
CREATE TABLE qloapps.htl_room_type_feature_pricing_lang (
    id_feature_price integer NOT NULL,
    id_lang integer NOT NULL,
    feature_price_name character varying(255) NOT NULL,
    PRIMARY KEY (id_feature_price, id_lang)
);
CREATE TABLE qloapps.htl_room_type_global_demand (
    id_global_demand integer NOT NULL,
    price numeric(20,6) NOT NULL,
    id_tax_rules_group integer NOT NULL,
    price_calc_method smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_global_demand)
);
CREATE TABLE qloapps.htl_room_type_global_demand_advance_option (
    id_option integer NOT NULL,
    id_global_demand integer NOT NULL,
    price numeric(20,6) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_option)
);
CREATE TABLE qloapps.htl_room_type_global_demand_advance_option_lang (
    id_option integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id_option, id_lang)
);
CREATE TABLE qloapps.htl_room_type_global_demand_lang (
    id_global_demand integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id_global_demand, id_lang)
);
CREATE TABLE qloapps.htl_room_type_restriction_date_range (
    id_rt_restriction integer NOT NULL,
    id_product integer NOT NULL,
    min_los smallint NOT NULL,
    max_los smallint NOT NULL,
    date_from date NOT NULL,
    date_to date NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_rt_restriction)
);
CREATE TABLE qloapps.htl_room_type_service_product (
    id_room_type_service_product integer NOT NULL,
    id_product integer NOT NULL,
    position smallint NOT NULL,
    id_element integer NOT NULL,
    element_type smallint NOT NULL,
    PRIMARY KEY (id_room_type_service_product)
);
CREATE TABLE qloapps.htl_room_type_service_product_cart_detail (
    id_room_type_service_product_cart_detail integer NOT NULL,
    id_product integer NOT NULL,
    quantity integer NOT NULL,
    id_cart integer NOT NULL,
    htl_cart_booking_id integer NOT NULL,
    PRIMARY KEY (id_room_type_service_product_cart_detail)
);
CREATE TABLE qloapps.htl_room_type_service_product_order_detail (
    id_room_type_service_product_order_detail integer NOT NULL,
    id_product integer NOT NULL,
    id_order integer NOT NULL,
    id_order_detail integer NOT NULL,
    id_cart integer NOT NULL,
    id_htl_booking_detail integer NOT NULL,
    unit_price_tax_excl numeric(20,6) NOT NULL,
    unit_price_tax_incl numeric(20,6) NOT NULL,
    total_price_tax_excl numeric(20,6) NOT NULL,
    total_price_tax_incl numeric(20,6) NOT NULL,
    name character varying(255),
    quantity integer NOT NULL,
    auto_added smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_room_type_service_product_order_detail)
);
CREATE TABLE qloapps.htl_room_type_service_product_price (
    id_room_type_service_product_price integer NOT NULL,
    id_product integer NOT NULL,
    price numeric(20,6) NOT NULL,
    id_tax_rules_group integer NOT NULL,
    id_element integer NOT NULL,
    element_type smallint NOT NULL,
    PRIMARY KEY (id_room_type_service_product_price)
);
CREATE TABLE qloapps.htl_settings_link (
    id_settings_link integer NOT NULL,
    icon character varying(32) NOT NULL,
    link text NOT NULL,
    new_window smallint NOT NULL,
    position integer NOT NULL,
    unremovable smallint NOT NULL,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_settings_link)
);
CREATE TABLE qloapps.htl_settings_link_lang (
    id_settings_link integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    hint character varying(255) NOT NULL,
    PRIMARY KEY (id_settings_link, id_lang)
);
CREATE TABLE qloapps.image (
    id_image integer NOT NULL,
    id_product integer NOT NULL,
    position smallint NOT NULL,
    cover smallint,
    PRIMARY KEY (id_image)
);
CREATE TABLE qloapps.image_lang (
    id_image integer NOT NULL,
    id_lang integer NOT NULL,
    legend character varying(128),
    PRIMARY KEY (id_image, id_lang)
);
CREATE TABLE qloapps.image_shop (
    id_product integer NOT NULL,
    id_image integer NOT NULL,
    id_shop integer NOT NULL,
    cover smallint,
    PRIMARY KEY (id_image, id_shop)
);
CREATE TABLE qloapps.image_type (
    id_image_type integer NOT NULL,
    name character varying(64) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    products smallint NOT NULL,
    categories smallint NOT NULL,
    hotels smallint NOT NULL,
    manufacturers smallint NOT NULL,
    suppliers smallint NOT NULL,
    scenes smallint NOT NULL,
    stores smallint NOT NULL,
    PRIMARY KEY (id_image_type)
);
CREATE TABLE qloapps.import_match (
    id_import_match integer NOT NULL,
    name character varying(32) NOT NULL,
    match text NOT NULL,
    skip integer NOT NULL,
    PRIMARY KEY (id_import_match)
);
CREATE TABLE qloapps.lang (
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    active smallint NOT NULL,
    iso_code character(2) NOT NULL,
    language_code character(5) NOT NULL,
    date_format_lite character(32) NOT NULL,
    date_format_full character(32) NOT NULL,
    is_rtl smallint NOT NULL,
    PRIMARY KEY (id_lang)
);
CREATE TABLE qloapps.lang_shop (
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_lang, id_shop)
);
CREATE TABLE qloapps.log (
    id_log integer NOT NULL,
    severity smallint NOT NULL,
    error_code integer,
    message text NOT NULL,
    object_type character varying(32),
    object_id integer,
    id_employee integer,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_log)
);
CREATE TABLE qloapps.mail (
    id_mail integer NOT NULL,
    recipient character varying(126) NOT NULL,
    template character varying(62) NOT NULL,
    subject character varying(254) NOT NULL,
    id_lang integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_mail)
);
CREATE TABLE qloapps.maintenance_access (
    id_maintenance_access integer NOT NULL,
    ip_address character varying(50) NOT NULL,
    email character varying(128) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_maintenance_access)
);
CREATE TABLE qloapps.message (
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
CREATE TABLE qloapps.message_readed (
    id_message integer NOT NULL,
    id_employee integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_message, id_employee)
);
CREATE TABLE qloapps.meta (
    id_meta integer NOT NULL,
    page character varying(64) NOT NULL,
    configurable smallint NOT NULL,
    PRIMARY KEY (id_meta)
);
CREATE TABLE qloapps.meta_lang (
    id_meta integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    title character varying(128),
    description character varying(255),
    keywords character varying(255),
    url_rewrite character varying(254) NOT NULL,
    PRIMARY KEY (id_meta, id_shop, id_lang)
);
CREATE TABLE qloapps.module (
    id_module integer NOT NULL,
    name character varying(64) NOT NULL,
    active smallint NOT NULL,
    version character varying(8) NOT NULL,
    PRIMARY KEY (id_module)
);
CREATE TABLE qloapps.module_access (
    id_profile integer NOT NULL,
    id_module integer NOT NULL,
    view smallint NOT NULL,
    configure smallint NOT NULL,
    uninstall smallint NOT NULL,
    PRIMARY KEY (id_profile, id_module)
);
CREATE TABLE qloapps.module_country (
    id_module integer NOT NULL,
    id_shop integer NOT NULL,
    id_country integer NOT NULL,
    PRIMARY KEY (id_module, id_shop, id_country)
);
CREATE TABLE qloapps.module_currency (
    id_module integer NOT NULL,
    id_shop integer NOT NULL,
    id_currency integer NOT NULL,
    PRIMARY KEY (id_module, id_shop, id_currency)
);
CREATE TABLE qloapps.module_group (
    id_module integer NOT NULL,
    id_shop integer NOT NULL,
    id_group integer NOT NULL,
    PRIMARY KEY (id_module, id_shop, id_group)
);
CREATE TABLE qloapps.module_preference (
    id_module_preference integer NOT NULL,
    id_employee integer NOT NULL,
    module character varying(255) NOT NULL,
    interest smallint,
    favorite smallint,
    PRIMARY KEY (id_module_preference)
);
CREATE TABLE qloapps.module_shop (
    id_module integer NOT NULL,
    id_shop integer NOT NULL,
    enable_device smallint NOT NULL,
    PRIMARY KEY (id_module, id_shop)
);
CREATE TABLE qloapps.operating_system (
    id_operating_system integer NOT NULL,
    name character varying(64),
    PRIMARY KEY (id_operating_system)
);
CREATE TABLE qloapps.order_carrier (
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
CREATE TABLE qloapps.order_cart_rule (
    id_order_cart_rule integer NOT NULL,
    id_order integer NOT NULL,
    id_cart_rule integer NOT NULL,
    id_order_invoice integer,
    name character varying(254) NOT NULL,
    value numeric(17,2) NOT NULL,
    value_tax_excl numeric(17,2) NOT NULL,
    free_shipping smallint NOT NULL,
    PRIMARY KEY (id_order_cart_rule)
);
CREATE TABLE qloapps.order_customer_guest_detail (
    id_order_customer_guest_detail integer NOT NULL,
    id_order integer NOT NULL,
    id_gender integer NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    email character varying(128) NOT NULL,
    phone character varying(32),
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_customer_guest_detail)
);
CREATE TABLE qloapps.order_detail (
    id_order_detail integer NOT NULL,
    id_order integer NOT NULL,
    id_order_invoice integer,
    id_warehouse integer,
    id_shop integer NOT NULL,
    product_id integer NOT NULL,
    product_attribute_id integer,
    product_name character varying(255) NOT NULL,
    product_quantity integer NOT NULL,
    product_quantity_in_stock integer NOT NULL,
    product_quantity_refunded integer NOT NULL,
    product_quantity_return integer NOT NULL,
    product_quantity_reinjected integer NOT NULL,
    product_price numeric(20,6) NOT NULL,
    reduction_percent numeric(10,2) NOT NULL,
    reduction_amount numeric(20,6) NOT NULL,
    reduction_amount_tax_incl numeric(20,6) NOT NULL,
    reduction_amount_tax_excl numeric(20,6) NOT NULL,
    group_reduction numeric(10,2) NOT NULL,
    product_quantity_discount numeric(20,6) NOT NULL,
    is_booking_product smallint NOT NULL,
    product_service_type smallint NOT NULL,
    product_auto_add smallint NOT NULL,
    product_price_addition_type smallint NOT NULL,
    product_allow_multiple_quantity smallint NOT NULL,
    product_price_calculation_method smallint NOT NULL,
    product_ean13 character varying(13),
    product_upc character varying(12),
    product_reference character varying(32),
    product_supplier_reference character varying(32),
    product_weight numeric(20,6) NOT NULL,
    id_tax_rules_group integer,
    tax_computation_method smallint NOT NULL,
    tax_name character varying(16) NOT NULL,
    tax_rate numeric(10,3) NOT NULL,
    ecotax numeric(21,6) NOT NULL,
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
    PRIMARY KEY (id_order_detail)
);
CREATE TABLE qloapps.order_detail_tax (
    id_order_detail integer NOT NULL,
    id_tax integer NOT NULL,
    unit_amount numeric(16,6) NOT NULL,
    total_amount numeric(16,6) NOT NULL
);
CREATE TABLE qloapps.order_history (
    id_order_history integer NOT NULL,
    id_employee integer NOT NULL,
    id_order integer NOT NULL,
    id_order_state integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_history)
);
CREATE TABLE qloapps.order_invoice (
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
    invoice_address text,
    delivery_address text,
    note text,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_invoice)
);
CREATE TABLE qloapps.order_invoice_payment (
    id_order_invoice integer NOT NULL,
    id_order_payment integer NOT NULL,
    id_order_payment_detail integer NOT NULL,
    id_order integer NOT NULL,
    PRIMARY KEY (id_order_invoice, id_order_payment)
);
CREATE TABLE qloapps.order_invoice_tax (
    id_order_invoice integer NOT NULL,
    type character varying(15) NOT NULL,
    id_tax integer NOT NULL,
    amount numeric(10,6) NOT NULL
);
CREATE TABLE qloapps.order_message (
    id_order_message integer NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_message)
);
CREATE TABLE qloapps.order_message_lang (
    id_order_message integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(128) NOT NULL,
    message text NOT NULL,
    PRIMARY KEY (id_order_message, id_lang)
);
CREATE TABLE qloapps.order_payment (
    id_order_payment integer NOT NULL,
    order_reference character varying(9),
    id_currency integer NOT NULL,
    amount numeric(10,2) NOT NULL,
    payment_method character varying(255) NOT NULL,
    payment_type integer NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    transaction_id character varying(254),
    card_number character varying(254),
    card_brand character varying(254),
    card_expiration character(7),
    card_holder character varying(254),
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_payment)
);
CREATE TABLE qloapps.order_payment_detail (
    id_order_payment_detail integer NOT NULL,
    id_order_payment integer NOT NULL,
    id_order integer NOT NULL,
    amount numeric(10,2) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_payment_detail)
);
CREATE TABLE qloapps.order_return (
    id_order_return integer NOT NULL,
    id_customer integer NOT NULL,
    id_order integer NOT NULL,
    state integer NOT NULL,
    id_transaction character varying(100) NOT NULL,
    payment_mode character varying(255) NOT NULL,
    refunded_amount numeric(20,6) NOT NULL,
    question text NOT NULL,
    by_admin smallint NOT NULL,
    id_return_type smallint NOT NULL,
    return_type smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_return)
);
CREATE TABLE qloapps.order_return_detail (
    id_order_return_detail integer NOT NULL,
    id_order_return integer NOT NULL,
    id_htl_booking integer NOT NULL,
    refunded_amount numeric(20,6) NOT NULL,
    id_order_detail integer NOT NULL,
    id_customization integer NOT NULL,
    product_quantity integer NOT NULL,
    PRIMARY KEY (id_order_return_detail)
);
CREATE TABLE qloapps.order_return_state (
    id_order_return_state integer NOT NULL,
    color character varying(32),
    send_email_to_customer smallint NOT NULL,
    send_email_to_superadmin smallint NOT NULL,
    send_email_to_employee smallint NOT NULL,
    send_email_to_hotelier smallint NOT NULL,
    denied smallint NOT NULL,
    refunded smallint NOT NULL,
    module_name character varying(255),
    PRIMARY KEY (id_order_return_state)
);
CREATE TABLE qloapps.order_return_state_lang (
    id_order_return_state integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(64) NOT NULL,
    customer_template character varying(64) NOT NULL,
    admin_template character varying(64) NOT NULL,
    PRIMARY KEY (id_order_return_state, id_lang)
);
CREATE TABLE qloapps.order_slip (
    id_order_slip integer NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    id_customer integer NOT NULL,
    id_order integer NOT NULL,
    total_products_tax_excl numeric(20,6),
    total_products_tax_incl numeric(20,6),
    total_shipping_tax_excl numeric(20,6),
    total_shipping_tax_incl numeric(20,6),
    shipping_cost smallint NOT NULL,
    amount numeric(10,2) NOT NULL,
    shipping_cost_amount numeric(10,2) NOT NULL,
    partial smallint NOT NULL,
    redeem_status smallint NOT NULL,
    id_cart_rule integer NOT NULL,
    order_slip_type smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order_slip)
);
CREATE TABLE qloapps.order_slip_detail (
    id_order_slip integer NOT NULL,
    id_order_detail integer NOT NULL,
    id_htl_booking integer NOT NULL,
    product_quantity integer NOT NULL,
    unit_price_tax_excl numeric(20,6),
    unit_price_tax_incl numeric(20,6),
    total_price_tax_excl numeric(20,6),
    total_price_tax_incl numeric(20,6),
    amount_tax_excl numeric(20,6),
    amount_tax_incl numeric(20,6),
    PRIMARY KEY (id_order_slip, id_htl_booking)
);
CREATE TABLE qloapps.order_slip_detail_tax (
    id_order_slip_detail integer NOT NULL,
    id_tax integer NOT NULL,
    unit_amount numeric(16,6) NOT NULL,
    total_amount numeric(16,6) NOT NULL
);
CREATE TABLE qloapps.order_state (
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
CREATE TABLE qloapps.order_state_lang (
    id_order_state integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(64) NOT NULL,
    template character varying(64) NOT NULL,
    PRIMARY KEY (id_order_state, id_lang)
);
CREATE TABLE qloapps.orders (
    id_order integer NOT NULL,
    reference character varying(9),
    id_shop_group integer NOT NULL,
    id_shop integer NOT NULL,
    id_carrier integer NOT NULL,
    id_lang integer NOT NULL,
    id_customer integer NOT NULL,
    id_cart integer NOT NULL,
    id_currency integer NOT NULL,
    id_address_delivery integer NOT NULL,
    id_address_invoice integer NOT NULL,
    id_address_tax integer NOT NULL,
    current_state integer NOT NULL,
    secure_key character varying(32) NOT NULL,
    payment character varying(255) NOT NULL,
    payment_type smallint NOT NULL,
    conversion_rate numeric(13,6) NOT NULL,
    module character varying(255),
    recyclable smallint NOT NULL,
    gift smallint NOT NULL,
    gift_message text,
    mobile_theme smallint NOT NULL,
    shipping_number character varying(64),
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
    source character varying(255),
    valid integer NOT NULL,
    is_advance_payment smallint NOT NULL,
    advance_paid_amount numeric(20,6) NOT NULL,
    with_occupancy smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_order)
);
CREATE TABLE qloapps.pack (
    id_product_pack integer NOT NULL,
    id_product_item integer NOT NULL,
    id_product_attribute_item integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (id_product_pack, id_product_item, id_product_attribute_item)
);
CREATE TABLE qloapps.page (
    id_page integer NOT NULL,
    id_page_type integer NOT NULL,
    id_object integer,
    PRIMARY KEY (id_page)
);
CREATE TABLE qloapps.page_type (
    id_page_type integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id_page_type)
);
CREATE TABLE qloapps.page_viewed (
    id_page integer NOT NULL,
    id_shop_group integer NOT NULL,
    id_shop integer NOT NULL,
    id_date_range integer NOT NULL,
    counter integer NOT NULL,
    PRIMARY KEY (id_page, id_date_range, id_shop)
);
CREATE TABLE qloapps.product (
    id_product integer NOT NULL,
    id_supplier integer,
    id_manufacturer integer,
    id_category_default integer,
    id_shop_default integer NOT NULL,
    id_tax_rules_group integer NOT NULL,
    on_sale smallint NOT NULL,
    online_only smallint NOT NULL,
    ean13 character varying(13),
    upc character varying(12),
    ecotax numeric(17,6) NOT NULL,
    quantity integer NOT NULL,
    minimal_quantity integer NOT NULL,
    allow_multiple_quantity smallint NOT NULL,
    max_quantity integer NOT NULL,
    price_calculation_method smallint NOT NULL,
    price numeric(20,6) NOT NULL,
    wholesale_price numeric(20,6) NOT NULL,
    unity character varying(255),
    unit_price_ratio numeric(20,6) NOT NULL,
    additional_shipping_cost numeric(20,2) NOT NULL,
    reference character varying(32),
    supplier_reference character varying(32),
    location character varying(64),
    width numeric(20,6) NOT NULL,
    height numeric(20,6) NOT NULL,
    depth numeric(20,6) NOT NULL,
    weight numeric(20,6) NOT NULL,
    out_of_stock integer NOT NULL,
    quantity_discount smallint,
    customizable smallint NOT NULL,
    uploadable_files smallint NOT NULL,
    text_fields smallint NOT NULL,
    active smallint NOT NULL,
    redirect_type character varying(32) NOT NULL,
    id_product_redirected integer NOT NULL,
    available_for_order smallint NOT NULL,
    auto_add_to_cart smallint NOT NULL,
    price_addition_type smallint NOT NULL,
    show_at_front smallint NOT NULL,
    service_product_type smallint NOT NULL,
    price_display_method smallint NOT NULL,
    available_date date NOT NULL,
    condition character varying(32) NOT NULL,
    show_price smallint NOT NULL,
    indexed smallint NOT NULL,
    visibility character varying(32) NOT NULL,
    cache_is_pack smallint NOT NULL,
    cache_has_attachments smallint NOT NULL,
    is_virtual smallint NOT NULL,
    booking_product smallint NOT NULL,
    cache_default_attribute integer,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    advanced_stock_management smallint NOT NULL,
    pack_stock_type integer NOT NULL,
    PRIMARY KEY (id_product)
);
COMMENT ON COLUMN qloapps.product.redirect_type IS 'One of , 404, 301, 302';
COMMENT ON COLUMN qloapps.product.condition IS 'One of new, used, refurbished';
COMMENT ON COLUMN qloapps.product.visibility IS 'One of both, catalog, search, none';
CREATE TABLE qloapps.product_attachment (
    id_product integer NOT NULL,
    id_attachment integer NOT NULL,
    PRIMARY KEY (id_product, id_attachment)
);
CREATE TABLE qloapps.product_attribute (
    id_product_attribute integer NOT NULL,
    id_product integer NOT NULL,
    reference character varying(32),
    supplier_reference character varying(32),
    location character varying(64),
    ean13 character varying(13),
    upc character varying(12),
    wholesale_price numeric(20,6) NOT NULL,
    price numeric(20,6) NOT NULL,
    ecotax numeric(17,6) NOT NULL,
    quantity integer NOT NULL,
    weight numeric(20,6) NOT NULL,
    unit_price_impact numeric(20,6) NOT NULL,
    default_on smallint,
    minimal_quantity integer NOT NULL,
    available_date date NOT NULL,
    PRIMARY KEY (id_product_attribute)
);
CREATE TABLE qloapps.product_attribute_combination (
    id_attribute integer NOT NULL,
    id_product_attribute integer NOT NULL,
    PRIMARY KEY (id_attribute, id_product_attribute)
);
CREATE TABLE qloapps.product_attribute_image (
    id_product_attribute integer NOT NULL,
    id_image integer NOT NULL,
    PRIMARY KEY (id_product_attribute, id_image)
);
CREATE TABLE qloapps.product_attribute_shop (
    id_product integer NOT NULL,
    id_product_attribute integer NOT NULL,
    id_shop integer NOT NULL,
    wholesale_price numeric(20,6) NOT NULL,
    price numeric(20,6) NOT NULL,
    ecotax numeric(17,6) NOT NULL,
    weight numeric(20,6) NOT NULL,
    unit_price_impact numeric(20,6) NOT NULL,
    default_on smallint,
    minimal_quantity integer NOT NULL,
    available_date date NOT NULL,
    PRIMARY KEY (id_product_attribute, id_shop)
);
CREATE TABLE qloapps.product_carrier (
    id_product integer NOT NULL,
    id_carrier_reference integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_product, id_carrier_reference, id_shop)
);
CREATE TABLE qloapps.product_country_tax (
    id_product integer NOT NULL,
    id_country integer NOT NULL,
    id_tax integer NOT NULL,
    PRIMARY KEY (id_product, id_country)
);
CREATE TABLE qloapps.product_download (
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
CREATE TABLE qloapps.product_group_reduction_cache (
    id_product integer NOT NULL,
    id_group integer NOT NULL,
    reduction numeric(4,3) NOT NULL,
    PRIMARY KEY (id_product, id_group)
);
CREATE TABLE qloapps.product_lang (
    id_product integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    description text,
    description_short text,
    link_rewrite character varying(128) NOT NULL,
    meta_description character varying(255),
    meta_keywords character varying(255),
    meta_title character varying(128),
    name character varying(128) NOT NULL,
    available_now character varying(255),
    available_later character varying(255),
    PRIMARY KEY (id_product, id_shop, id_lang)
);
CREATE TABLE qloapps.product_sale (
    id_product integer NOT NULL,
    quantity integer NOT NULL,
    sale_nbr integer NOT NULL,
    date_upd date NOT NULL,
    PRIMARY KEY (id_product)
);
CREATE TABLE qloapps.product_shop (
    id_product integer NOT NULL,
    id_shop integer NOT NULL,
    id_category_default integer,
    id_tax_rules_group integer NOT NULL,
    on_sale smallint NOT NULL,
    online_only smallint NOT NULL,
    ecotax numeric(17,6) NOT NULL,
    minimal_quantity integer NOT NULL,
    allow_multiple_quantity smallint NOT NULL,
    max_quantity integer NOT NULL,
    price_calculation_method smallint NOT NULL,
    price numeric(20,6) NOT NULL,
    wholesale_price numeric(20,6) NOT NULL,
    unity character varying(255),
    unit_price_ratio numeric(20,6) NOT NULL,
    additional_shipping_cost numeric(20,2) NOT NULL,
    customizable smallint NOT NULL,
    uploadable_files smallint NOT NULL,
    text_fields smallint NOT NULL,
    active smallint NOT NULL,
    redirect_type character varying(32) NOT NULL,
    id_product_redirected integer NOT NULL,
    available_for_order smallint NOT NULL,
    auto_add_to_cart smallint NOT NULL,
    price_addition_type smallint NOT NULL,
    show_at_front smallint NOT NULL,
    price_display_method smallint NOT NULL,
    available_date date NOT NULL,
    condition character varying(32) NOT NULL,
    show_price smallint NOT NULL,
    indexed smallint NOT NULL,
    visibility character varying(32) NOT NULL,
    cache_default_attribute integer,
    advanced_stock_management smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    pack_stock_type integer NOT NULL,
    PRIMARY KEY (id_product, id_shop)
);
COMMENT ON COLUMN qloapps.product_shop.redirect_type IS 'One of , 404, 301, 302';
COMMENT ON COLUMN qloapps.product_shop.condition IS 'One of new,used,refurbished';
COMMENT ON COLUMN qloapps.product_shop.visibility IS 'One of both,catalog,search,none';
CREATE TABLE qloapps.product_tag (
    id_product integer NOT NULL,
    id_tag integer NOT NULL,
    id_lang integer NOT NULL,
    PRIMARY KEY (id_product, id_tag)
);
CREATE TABLE qloapps.profile (
    id_profile integer NOT NULL,
    PRIMARY KEY (id_profile)
);
CREATE TABLE qloapps.profile_lang (
    id_lang integer NOT NULL,
    id_profile integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (id_profile, id_lang)
);
CREATE TABLE qloapps.qhr_category (
    id_category integer NOT NULL,
    active smallint,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_category)
);
CREATE TABLE qloapps.qhr_category_lang (
    id_category integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id_category, id_lang)
);
CREATE TABLE qloapps.qhr_hotel_review (
    id_hotel_review integer NOT NULL,
    id_hotel integer NOT NULL,
    id_order integer NOT NULL,
    rating real NOT NULL,
    subject character varying(255) NOT NULL,
    description text NOT NULL,
    status_abusive smallint,
    status smallint,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_hotel_review)
);
CREATE TABLE qloapps.qhr_review_category_rating (
    id_hotel_review integer NOT NULL,
    id_category integer NOT NULL,
    rating real NOT NULL,
    PRIMARY KEY (id_hotel_review, id_category)
);
CREATE TABLE qloapps.qhr_review_reply (
    id_review_reply integer NOT NULL,
    id_hotel_review integer NOT NULL,
    id_employee integer NOT NULL,
    message text NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_review_reply)
);
CREATE TABLE qloapps.qhr_review_report (
    id_hotel_review integer NOT NULL,
    id_customer integer NOT NULL,
    PRIMARY KEY (id_hotel_review, id_customer)
);
CREATE TABLE qloapps.qhr_review_usefulness (
    id_hotel_review integer NOT NULL,
    id_customer integer NOT NULL,
    PRIMARY KEY (id_hotel_review, id_customer)
);
CREATE TABLE qloapps.quick_access (
    id_quick_access integer NOT NULL,
    new_window smallint NOT NULL,
    link character varying(255) NOT NULL,
    PRIMARY KEY (id_quick_access)
);
CREATE TABLE qloapps.quick_access_lang (
    id_quick_access integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id_quick_access, id_lang)
);
CREATE TABLE qloapps.range_price (
    id_range_price integer NOT NULL,
    id_carrier integer NOT NULL,
    delimiter1 numeric(20,6) NOT NULL,
    delimiter2 numeric(20,6) NOT NULL,
    PRIMARY KEY (id_range_price)
);
CREATE TABLE qloapps.range_weight (
    id_range_weight integer NOT NULL,
    id_carrier integer NOT NULL,
    delimiter1 numeric(20,6) NOT NULL,
    delimiter2 numeric(20,6) NOT NULL,
    PRIMARY KEY (id_range_weight)
);
CREATE TABLE qloapps.referrer (
    id_referrer integer NOT NULL,
    name character varying(64) NOT NULL,
    passwd character varying(32),
    http_referer_regexp character varying(64),
    http_referer_like character varying(64),
    request_uri_regexp character varying(64),
    request_uri_like character varying(64),
    http_referer_regexp_not character varying(64),
    http_referer_like_not character varying(64),
    request_uri_regexp_not character varying(64),
    request_uri_like_not character varying(64),
    base_fee numeric(5,2) NOT NULL,
    percent_fee numeric(5,2) NOT NULL,
    click_fee numeric(5,2) NOT NULL,
    date_add timestamp without time zone NOT NULL,
    PRIMARY KEY (id_referrer)
);
CREATE TABLE qloapps.referrer_cache (
    id_connections_source integer NOT NULL,
    id_referrer integer NOT NULL,
    PRIMARY KEY (id_connections_source, id_referrer)
);
CREATE TABLE qloapps.referrer_shop (
    id_referrer integer NOT NULL,
    id_shop integer NOT NULL,
    cache_visitors integer,
    cache_visits integer,
    cache_pages integer,
    cache_registrations integer,
    cache_orders integer,
    cache_sales numeric(17,2),
    cache_reg_rate numeric(5,4),
    cache_order_rate numeric(5,4),
    PRIMARY KEY (id_referrer, id_shop)
);
CREATE TABLE qloapps.request_sql (
    id_request_sql integer NOT NULL,
    name character varying(200) NOT NULL,
    sql text NOT NULL,
    PRIMARY KEY (id_request_sql)
);
CREATE TABLE qloapps.required_field (
    id_required_field integer NOT NULL,
    object_name character varying(32) NOT NULL,
    field_name character varying(32) NOT NULL,
    PRIMARY KEY (id_required_field)
);
CREATE TABLE qloapps.risk (
    id_risk integer NOT NULL,
    percent smallint NOT NULL,
    color character varying(32),
    PRIMARY KEY (id_risk)
);
CREATE TABLE qloapps.risk_lang (
    id_risk integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(20) NOT NULL,
    PRIMARY KEY (id_risk, id_lang)
);
CREATE TABLE qloapps.search_engine (
    id_search_engine integer NOT NULL,
    server character varying(64) NOT NULL,
    getvar character varying(16) NOT NULL,
    PRIMARY KEY (id_search_engine)
);
CREATE TABLE qloapps.search_index (
    id_product integer NOT NULL,
    id_word integer NOT NULL,
    weight smallint NOT NULL,
    PRIMARY KEY (id_word, id_product)
);
CREATE TABLE qloapps.search_word (
    id_word integer NOT NULL,
    id_shop integer NOT NULL,
    id_lang integer NOT NULL,
    word character varying(15) NOT NULL,
    PRIMARY KEY (id_word)
);
CREATE TABLE qloapps.shop (
    id_shop integer NOT NULL,
    id_shop_group integer NOT NULL,
    name character varying(64) NOT NULL,
    id_category integer NOT NULL,
    id_theme integer NOT NULL,
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_shop)
);
CREATE TABLE qloapps.shop_group (
    id_shop_group integer NOT NULL,
    name character varying(64) NOT NULL,
    share_customer smallint NOT NULL,
    share_order smallint NOT NULL,
    share_stock smallint NOT NULL,
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_shop_group)
);
CREATE TABLE qloapps.shop_url (
    id_shop_url integer NOT NULL,
    id_shop integer NOT NULL,
    domain character varying(150) NOT NULL,
    domain_ssl character varying(150) NOT NULL,
    physical_uri character varying(64) NOT NULL,
    virtual_uri character varying(64) NOT NULL,
    main smallint NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_shop_url)
);
CREATE TABLE qloapps.specific_price (
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
    reduction_type character varying(32) NOT NULL,
    "from" timestamp without time zone NOT NULL,
    "to" timestamp without time zone NOT NULL,
    PRIMARY KEY (id_specific_price)
);
COMMENT ON COLUMN qloapps.specific_price.reduction_type IS 'One of amount, percentage';
CREATE TABLE qloapps.specific_price_priority (
    id_specific_price_priority integer NOT NULL,
    id_product integer NOT NULL,
    priority character varying( 80 ) NOT NULL,
    PRIMARY KEY (id_specific_price_priority, id_product)
);
CREATE TABLE qloapps.specific_price_rule (
    id_specific_price_rule integer NOT NULL,
    name character varying(255) NOT NULL,
    id_shop integer NOT NULL,
    id_currency integer NOT NULL,
    id_country integer NOT NULL,
    id_group integer NOT NULL,
    from_quantity integer NOT NULL,
    price numeric(20,6),
    reduction numeric(20,6) NOT NULL,
    reduction_tax smallint NOT NULL,
    reduction_type character varying(32) NOT NULL,
    "from" timestamp without time zone NOT NULL,
    "to" timestamp without time zone NOT NULL,
    PRIMARY KEY (id_specific_price_rule)
);
COMMENT ON COLUMN qloapps.specific_price_rule.reduction_type IS 'One of amount,percentage';
CREATE TABLE qloapps.specific_price_rule_condition (
    id_specific_price_rule_condition integer NOT NULL,
    id_specific_price_rule_condition_group integer NOT NULL,
    type character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_specific_price_rule_condition)
);
CREATE TABLE qloapps.specific_price_rule_condition_group (
    id_specific_price_rule_condition_group integer NOT NULL,
    id_specific_price_rule integer NOT NULL,
    PRIMARY KEY (id_specific_price_rule_condition_group, id_specific_price_rule)
);
CREATE TABLE qloapps.state (
    id_state integer NOT NULL,
    id_country integer NOT NULL,
    id_zone integer NOT NULL,
    name character varying(64) NOT NULL,
    iso_code character varying(7) NOT NULL,
    tax_behavior smallint NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_state)
);
CREATE TABLE qloapps.store (
    id_store integer NOT NULL,
    id_country integer NOT NULL,
    id_state integer,
    name character varying(128) NOT NULL,
    address1 character varying(128) NOT NULL,
    address2 character varying(128),
    city character varying(64) NOT NULL,
    postcode character varying(12) NOT NULL,
    latitude numeric(13,8),
    longitude numeric(13,8),
    hours character varying(254),
    phone character varying(16),
    fax character varying(16),
    email character varying(128),
    note text,
    active smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL,
    PRIMARY KEY (id_store)
);
CREATE TABLE qloapps.store_shop (
    id_store integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_store, id_shop)
);
CREATE TABLE qloapps.tab (
    id_tab integer NOT NULL,
    id_parent integer NOT NULL,
    class_name character varying(64) NOT NULL,
    module character varying(64),
    position integer NOT NULL,
    active smallint NOT NULL,
    hide_host_mode smallint NOT NULL,
    PRIMARY KEY (id_tab)
);
CREATE TABLE qloapps.tab_lang (
    id_tab integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(64),
    PRIMARY KEY (id_tab, id_lang)
);
CREATE TABLE qloapps.tab_module_preference (
    id_tab_module_preference integer NOT NULL,
    id_employee integer NOT NULL,
    id_tab integer NOT NULL,
    module character varying(255) NOT NULL,
    PRIMARY KEY (id_tab_module_preference)
);
CREATE TABLE qloapps.tag (
    id_tag integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id_tag)
);
CREATE TABLE qloapps.tag_count (
    id_group integer NOT NULL,
    id_tag integer NOT NULL,
    id_lang integer NOT NULL,
    id_shop integer NOT NULL,
    counter integer NOT NULL,
    PRIMARY KEY (id_group, id_tag)
);
CREATE TABLE qloapps.tax (
    id_tax integer NOT NULL,
    rate numeric(10,3) NOT NULL,
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (id_tax)
);
CREATE TABLE qloapps.tax_lang (
    id_tax integer NOT NULL,
    id_lang integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id_tax, id_lang)
);
CREATE TABLE qloapps.tax_rule (
    id_tax_rule integer NOT NULL,
    id_tax_rules_group integer NOT NULL,
    id_country integer NOT NULL,
    id_state integer NOT NULL,
    zipcode_from character varying(12) NOT NULL,
    zipcode_to character varying(12) NOT NULL,
    id_tax integer NOT NULL,
    behavior integer NOT NULL,
    description character varying( 100 ) NOT NULL,
    PRIMARY KEY (id_tax_rule)
);
CREATE TABLE qloapps.tax_rules_group (
    id_tax_rules_group integer NOT NULL,
    name character varying( 50 ) NOT NULL,
    active integer NOT NULL,
    deleted smallint NOT NULL,
    date_add timestamp without time zone NOT NULL,
    date_upd timestamp without time zone NOT NULL
);
CREATE TABLE qloapps.tax_rules_group_shop (
    id_tax_rules_group integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_tax_rules_group, id_shop)
);
CREATE TABLE qloapps.timezone (
    id_timezone integer NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id_timezone)
);
CREATE TABLE qloapps.web_browser (
    id_web_browser integer NOT NULL,
    name character varying(64),
    PRIMARY KEY (id_web_browser)
);
CREATE TABLE qloapps.zone (
    id_zone integer NOT NULL,
    name character varying(64) NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id_zone)
);
CREATE TABLE qloapps.zone_shop (
    id_zone integer NOT NULL,
    id_shop integer NOT NULL,
    PRIMARY KEY (id_zone, id_shop)
);
