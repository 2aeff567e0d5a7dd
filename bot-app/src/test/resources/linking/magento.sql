-- Magento Open Source 2.3.3's declarative database schema for a coherent subset of its modules: stores and
-- websites (Store), countries, regions and currency rates (Directory), customers, their addresses and groups with
-- their EAV value tables (Customer), the EAV attribute model (Eav), products and categories with their EAV value
-- tables, links, custom options, tier prices and media gallery (Catalog, index/temporary/replica tables left out),
-- stock (CatalogInventory), carts (Quote), orders, invoices, shipments, credit memos, payments, transactions, order
-- statuses and the sales report aggregates (Sales), cart price rules and coupons (SalesRule), product reviews and
-- ratings (Review), wishlists (Wishlist), tax classes, rates and rules (Tax), CMS pages and blocks (Cms) and the
-- newsletter (Newsletter). Read from app/code/Magento/{Store,Directory,Customer,Eav,Catalog,CatalogInventory,Quote,
-- Sales,SalesRule,Review,Wishlist,Tax,Cms,Newsletter}/etc/db_schema.xml of an unchanged copy of Magento 2.3.3
-- (composer.json "version": "2.3.3") in github.com/andparsons/mage-app-start (commit e357366; magento/magento2
-- itself is over the size a copy here can have). Magento is under OSL-3.0 (code) / AFL-3.0; we use the schema's
-- facts. Converted by a one-off script (not committed) and loaded into a scratch PostgreSQL 15: the 172 tables with
-- their primary keys and unique constraints, the 258 foreign keys the XML declares among them (with ON DELETE
-- CASCADE / SET NULL as declared), and the XML's 1,921 table and column comments; schema magento. Types: int ->
-- integer, smallint/tinyint -> smallint, decimal -> numeric(p,s), float -> double precision, varchar -> character
-- varying(n), text/mediumtext/longtext -> text, blob/varbinary -> bytea, datetime/timestamp -> timestamp without
-- time zone; identity columns become plain NOT NULL integers. Left out: defaults, unsigned, identity/auto-increment,
-- indexes (btree/fulltext), the other modules (e.g. Bundle, ConfigurableProduct, Downloadable, Indexer, Search,
-- Url rewrites, admin users, MSI Inventory), and all index/temporary/flat/replica/changelog tables. No rows.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS magento;
CREATE TABLE magento.store_website (
    website_id smallint NOT NULL,
    code character varying(32),
    name character varying(64),
    sort_order smallint NOT NULL,
    default_group_id smallint NOT NULL,
    is_default smallint,
    PRIMARY KEY (website_id),
    UNIQUE (code)
);
CREATE TABLE magento.store_group (
    group_id smallint NOT NULL,
    website_id smallint NOT NULL,
    name character varying(255) NOT NULL,
    root_category_id integer NOT NULL,
    default_store_id smallint NOT NULL,
    code character varying(32),
    PRIMARY KEY (group_id),
    UNIQUE (code)
);
CREATE TABLE magento.store (
    store_id smallint NOT NULL,
    code character varying(32),
    website_id smallint NOT NULL,
    group_id smallint NOT NULL,
    name character varying(255) NOT NULL,
    sort_order smallint NOT NULL,
    is_active smallint NOT NULL,
    PRIMARY KEY (store_id),
    UNIQUE (code)
);
CREATE TABLE magento.directory_country (
    country_id character varying(2) NOT NULL,
    iso2_code character varying(2),
    iso3_code character varying(3),
    PRIMARY KEY (country_id)
);
CREATE TABLE magento.directory_country_format (
    country_format_id integer NOT NULL,
    country_id character varying(2),
    type character varying(30),
    format text NOT NULL,
    PRIMARY KEY (country_format_id),
    UNIQUE (country_id, type)
);
CREATE TABLE magento.directory_country_region (
    region_id integer NOT NULL,
    country_id character varying(4) NOT NULL,
    code character varying(32),
    default_name character varying(255),
    PRIMARY KEY (region_id)
);
CREATE TABLE magento.directory_country_region_name (
    locale character varying(8) NOT NULL,
    region_id integer NOT NULL,
    name character varying(255),
    PRIMARY KEY (locale, region_id)
);
CREATE TABLE magento.directory_currency_rate (
    currency_from character varying(3) NOT NULL,
    currency_to character varying(3) NOT NULL,
    rate numeric(24,12) NOT NULL,
    PRIMARY KEY (currency_from, currency_to)
);
CREATE TABLE magento.customer_entity (
    entity_id integer NOT NULL,
    website_id smallint,
    email character varying(255),
    group_id smallint NOT NULL,
    increment_id character varying(50),
    store_id smallint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    is_active smallint NOT NULL,
    disable_auto_group_change smallint NOT NULL,
    created_in character varying(255),
    prefix character varying(40),
    firstname character varying(255),
    middlename character varying(255),
    lastname character varying(255),
    suffix character varying(40),
    dob date,
    password_hash character varying(128),
    rp_token character varying(128),
    rp_token_created_at timestamp without time zone,
    default_billing integer,
    default_shipping integer,
    taxvat character varying(50),
    confirmation character varying(64),
    gender smallint,
    failures_num smallint,
    first_failure timestamp without time zone,
    lock_expires timestamp without time zone,
    PRIMARY KEY (entity_id),
    UNIQUE (email, website_id)
);
CREATE TABLE magento.customer_address_entity (
    entity_id integer NOT NULL,
    increment_id character varying(50),
    parent_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    is_active smallint NOT NULL,
    city character varying(255) NOT NULL,
    company character varying(255),
    country_id character varying(255) NOT NULL,
    fax character varying(255),
    firstname character varying(255) NOT NULL,
    lastname character varying(255) NOT NULL,
    middlename character varying(255),
    postcode character varying(255),
    prefix character varying(40),
    region character varying(255),
    region_id integer,
    street text NOT NULL,
    suffix character varying(40),
    telephone character varying(255) NOT NULL,
    vat_id character varying(255),
    vat_is_valid integer,
    vat_request_date character varying(255),
    vat_request_id character varying(255),
    vat_request_success integer,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.customer_address_entity_datetime (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value timestamp without time zone,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_address_entity_decimal (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value numeric(12,4) NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_address_entity_int (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_address_entity_text (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_address_entity_varchar (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_entity_datetime (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value timestamp without time zone,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_entity_decimal (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value numeric(12,4) NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_entity_int (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_entity_text (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_entity_varchar (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id)
);
CREATE TABLE magento.customer_group (
    customer_group_id integer NOT NULL,
    customer_group_code character varying(32) NOT NULL,
    tax_class_id integer NOT NULL,
    PRIMARY KEY (customer_group_id)
);
CREATE TABLE magento.customer_eav_attribute (
    attribute_id smallint NOT NULL,
    is_visible smallint NOT NULL,
    input_filter character varying(255),
    multiline_count smallint NOT NULL,
    validate_rules text,
    is_system smallint NOT NULL,
    sort_order integer NOT NULL,
    data_model character varying(255),
    is_used_in_grid smallint NOT NULL,
    is_visible_in_grid smallint NOT NULL,
    is_filterable_in_grid smallint NOT NULL,
    is_searchable_in_grid smallint NOT NULL,
    PRIMARY KEY (attribute_id)
);
CREATE TABLE magento.customer_form_attribute (
    form_code character varying(32) NOT NULL,
    attribute_id smallint NOT NULL,
    PRIMARY KEY (form_code, attribute_id)
);
CREATE TABLE magento.customer_eav_attribute_website (
    attribute_id smallint NOT NULL,
    website_id smallint NOT NULL,
    is_visible smallint,
    is_required smallint,
    default_value text,
    multiline_count smallint,
    PRIMARY KEY (attribute_id, website_id)
);
CREATE TABLE magento.customer_visitor (
    visitor_id bigint NOT NULL,
    customer_id integer,
    session_id character varying(64),
    last_visit_at timestamp without time zone NOT NULL,
    PRIMARY KEY (visitor_id)
);
CREATE TABLE magento.customer_log (
    log_id integer NOT NULL,
    customer_id integer NOT NULL,
    last_login_at timestamp without time zone,
    last_logout_at timestamp without time zone,
    PRIMARY KEY (log_id),
    UNIQUE (customer_id)
);
CREATE TABLE magento.eav_entity_type (
    entity_type_id smallint NOT NULL,
    entity_type_code character varying(50) NOT NULL,
    entity_model character varying(255) NOT NULL,
    attribute_model character varying(255),
    entity_table character varying(255),
    value_table_prefix character varying(255),
    entity_id_field character varying(255),
    is_data_sharing smallint NOT NULL,
    data_sharing_key character varying(100),
    default_attribute_set_id smallint NOT NULL,
    increment_model character varying(255),
    increment_per_store smallint NOT NULL,
    increment_pad_length smallint NOT NULL,
    increment_pad_char character varying(1) NOT NULL,
    additional_attribute_table character varying(255),
    entity_attribute_collection character varying(255),
    PRIMARY KEY (entity_type_id)
);
CREATE TABLE magento.eav_entity (
    entity_id integer NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_set_id smallint NOT NULL,
    increment_id character varying(50),
    parent_id integer NOT NULL,
    store_id smallint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    is_active smallint NOT NULL,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.eav_entity_datetime (
    value_id integer NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value timestamp without time zone,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.eav_entity_decimal (
    value_id integer NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value numeric(12,4) NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.eav_entity_int (
    value_id integer NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.eav_entity_text (
    value_id integer NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.eav_entity_varchar (
    value_id integer NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.eav_attribute (
    attribute_id smallint NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_code character varying(255) NOT NULL,
    attribute_model character varying(255),
    backend_model character varying(255),
    backend_type character varying(8) NOT NULL,
    backend_table character varying(255),
    frontend_model character varying(255),
    frontend_input character varying(50),
    frontend_label character varying(255),
    frontend_class character varying(255),
    source_model character varying(255),
    is_required smallint NOT NULL,
    is_user_defined smallint NOT NULL,
    default_value text,
    is_unique smallint NOT NULL,
    note character varying(255),
    PRIMARY KEY (attribute_id),
    UNIQUE (entity_type_id, attribute_code)
);
CREATE TABLE magento.eav_entity_store (
    entity_store_id integer NOT NULL,
    entity_type_id smallint NOT NULL,
    store_id smallint NOT NULL,
    increment_prefix character varying(20),
    increment_last_id character varying(50),
    PRIMARY KEY (entity_store_id)
);
CREATE TABLE magento.eav_attribute_set (
    attribute_set_id smallint NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_set_name character varying(255),
    sort_order smallint NOT NULL,
    PRIMARY KEY (attribute_set_id),
    UNIQUE (entity_type_id, attribute_set_name)
);
CREATE TABLE magento.eav_attribute_group (
    attribute_group_id smallint NOT NULL,
    attribute_set_id smallint NOT NULL,
    attribute_group_name character varying(255),
    sort_order smallint NOT NULL,
    default_id smallint,
    attribute_group_code character varying(255) NOT NULL,
    tab_group_code character varying(255),
    PRIMARY KEY (attribute_group_id),
    UNIQUE (attribute_set_id, attribute_group_name),
    UNIQUE (attribute_set_id, attribute_group_code)
);
CREATE TABLE magento.eav_entity_attribute (
    entity_attribute_id integer NOT NULL,
    entity_type_id smallint NOT NULL,
    attribute_set_id smallint NOT NULL,
    attribute_group_id smallint NOT NULL,
    attribute_id smallint NOT NULL,
    sort_order smallint NOT NULL,
    PRIMARY KEY (entity_attribute_id),
    UNIQUE (attribute_set_id, attribute_id),
    UNIQUE (attribute_group_id, attribute_id)
);
CREATE TABLE magento.eav_attribute_option (
    option_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    sort_order smallint NOT NULL,
    PRIMARY KEY (option_id)
);
CREATE TABLE magento.eav_attribute_option_value (
    value_id integer NOT NULL,
    option_id integer NOT NULL,
    store_id smallint NOT NULL,
    value character varying(255),
    PRIMARY KEY (value_id)
);
CREATE TABLE magento.eav_attribute_label (
    attribute_label_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    value character varying(255),
    PRIMARY KEY (attribute_label_id)
);
CREATE TABLE magento.eav_form_type (
    type_id smallint NOT NULL,
    code character varying(64) NOT NULL,
    label character varying(255) NOT NULL,
    is_system smallint NOT NULL,
    theme character varying(64),
    store_id smallint NOT NULL,
    PRIMARY KEY (type_id),
    UNIQUE (code, theme, store_id)
);
CREATE TABLE magento.eav_form_type_entity (
    type_id smallint NOT NULL,
    entity_type_id smallint NOT NULL,
    PRIMARY KEY (type_id, entity_type_id)
);
CREATE TABLE magento.eav_form_fieldset (
    fieldset_id smallint NOT NULL,
    type_id smallint NOT NULL,
    code character varying(64) NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (fieldset_id),
    UNIQUE (type_id, code)
);
CREATE TABLE magento.eav_form_fieldset_label (
    fieldset_id smallint NOT NULL,
    store_id smallint NOT NULL,
    label character varying(255) NOT NULL,
    PRIMARY KEY (fieldset_id, store_id)
);
CREATE TABLE magento.eav_form_element (
    element_id integer NOT NULL,
    type_id smallint NOT NULL,
    fieldset_id smallint,
    attribute_id smallint NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (element_id),
    UNIQUE (type_id, attribute_id)
);
CREATE TABLE magento.catalog_product_entity (
    entity_id integer NOT NULL,
    attribute_set_id smallint NOT NULL,
    type_id character varying(32) NOT NULL,
    sku character varying(64),
    has_options smallint NOT NULL,
    required_options smallint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.catalog_product_entity_datetime (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value timestamp without time zone,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_product_entity_decimal (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value numeric(20,6),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_product_entity_int (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value integer,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_product_entity_text (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value text,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_product_entity_varchar (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_product_entity_gallery (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    position integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_category_entity (
    entity_id integer NOT NULL,
    attribute_set_id smallint NOT NULL,
    parent_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    path character varying(255) NOT NULL,
    position integer NOT NULL,
    level integer NOT NULL,
    children_count integer NOT NULL,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.catalog_category_entity_datetime (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value timestamp without time zone,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_category_entity_decimal (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value numeric(20,6),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_category_entity_int (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value integer,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_category_entity_text (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value text,
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_category_entity_varchar (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, attribute_id, store_id)
);
CREATE TABLE magento.catalog_category_product (
    entity_id integer NOT NULL,
    category_id integer NOT NULL,
    product_id integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (entity_id, category_id, product_id),
    UNIQUE (category_id, product_id)
);
CREATE TABLE magento.catalog_compare_item (
    catalog_compare_item_id integer NOT NULL,
    visitor_id integer NOT NULL,
    customer_id integer,
    product_id integer NOT NULL,
    store_id smallint,
    PRIMARY KEY (catalog_compare_item_id)
);
CREATE TABLE magento.catalog_product_website (
    product_id integer NOT NULL,
    website_id smallint NOT NULL,
    PRIMARY KEY (product_id, website_id)
);
CREATE TABLE magento.catalog_product_link_type (
    link_type_id smallint NOT NULL,
    code character varying(32),
    PRIMARY KEY (link_type_id)
);
CREATE TABLE magento.catalog_product_link (
    link_id integer NOT NULL,
    product_id integer NOT NULL,
    linked_product_id integer NOT NULL,
    link_type_id smallint NOT NULL,
    PRIMARY KEY (link_id),
    UNIQUE (link_type_id, product_id, linked_product_id)
);
CREATE TABLE magento.catalog_product_link_attribute (
    product_link_attribute_id smallint NOT NULL,
    link_type_id smallint NOT NULL,
    product_link_attribute_code character varying(32),
    data_type character varying(32),
    PRIMARY KEY (product_link_attribute_id)
);
CREATE TABLE magento.catalog_product_link_attribute_decimal (
    value_id integer NOT NULL,
    product_link_attribute_id smallint,
    link_id integer NOT NULL,
    value numeric(20,6) NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (product_link_attribute_id, link_id)
);
CREATE TABLE magento.catalog_product_link_attribute_int (
    value_id integer NOT NULL,
    product_link_attribute_id smallint,
    link_id integer NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (value_id),
    UNIQUE (product_link_attribute_id, link_id)
);
CREATE TABLE magento.catalog_product_link_attribute_varchar (
    value_id integer NOT NULL,
    product_link_attribute_id smallint NOT NULL,
    link_id integer NOT NULL,
    value character varying(255),
    PRIMARY KEY (value_id),
    UNIQUE (product_link_attribute_id, link_id)
);
CREATE TABLE magento.catalog_product_entity_tier_price (
    value_id integer NOT NULL,
    entity_id integer NOT NULL,
    all_groups smallint NOT NULL,
    customer_group_id integer NOT NULL,
    qty numeric(12,4) NOT NULL,
    value numeric(20,6) NOT NULL,
    website_id smallint NOT NULL,
    percentage_value numeric(5,2),
    PRIMARY KEY (value_id),
    UNIQUE (entity_id, all_groups, customer_group_id, qty, website_id)
);
CREATE TABLE magento.catalog_product_entity_media_gallery (
    value_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    value character varying(255),
    media_type character varying(32) NOT NULL,
    disabled smallint NOT NULL,
    PRIMARY KEY (value_id)
);
CREATE TABLE magento.catalog_product_entity_media_gallery_value (
    value_id integer NOT NULL,
    store_id smallint NOT NULL,
    entity_id integer NOT NULL,
    label character varying(255),
    position integer,
    disabled smallint NOT NULL,
    record_id integer NOT NULL,
    PRIMARY KEY (record_id)
);
CREATE TABLE magento.catalog_product_option (
    option_id integer NOT NULL,
    product_id integer NOT NULL,
    type character varying(50),
    is_require smallint NOT NULL,
    sku character varying(64),
    max_characters integer,
    file_extension character varying(50),
    image_size_x smallint,
    image_size_y smallint,
    sort_order integer NOT NULL,
    PRIMARY KEY (option_id)
);
CREATE TABLE magento.catalog_product_option_price (
    option_price_id integer NOT NULL,
    option_id integer NOT NULL,
    store_id smallint NOT NULL,
    price numeric(20,6) NOT NULL,
    price_type character varying(7) NOT NULL,
    PRIMARY KEY (option_price_id),
    UNIQUE (option_id, store_id)
);
CREATE TABLE magento.catalog_product_option_title (
    option_title_id integer NOT NULL,
    option_id integer NOT NULL,
    store_id smallint NOT NULL,
    title character varying(255),
    PRIMARY KEY (option_title_id),
    UNIQUE (option_id, store_id)
);
CREATE TABLE magento.catalog_product_option_type_value (
    option_type_id integer NOT NULL,
    option_id integer NOT NULL,
    sku character varying(64),
    sort_order integer NOT NULL,
    PRIMARY KEY (option_type_id)
);
CREATE TABLE magento.catalog_product_option_type_price (
    option_type_price_id integer NOT NULL,
    option_type_id integer NOT NULL,
    store_id smallint NOT NULL,
    price numeric(20,6) NOT NULL,
    price_type character varying(7) NOT NULL,
    PRIMARY KEY (option_type_price_id),
    UNIQUE (option_type_id, store_id)
);
CREATE TABLE magento.catalog_product_option_type_title (
    option_type_title_id integer NOT NULL,
    option_type_id integer NOT NULL,
    store_id smallint NOT NULL,
    title character varying(255),
    PRIMARY KEY (option_type_title_id),
    UNIQUE (option_type_id, store_id)
);
CREATE TABLE magento.catalog_eav_attribute (
    attribute_id smallint NOT NULL,
    frontend_input_renderer character varying(255),
    is_global smallint NOT NULL,
    is_visible smallint NOT NULL,
    is_searchable smallint NOT NULL,
    is_filterable smallint NOT NULL,
    is_comparable smallint NOT NULL,
    is_visible_on_front smallint NOT NULL,
    is_html_allowed_on_front smallint NOT NULL,
    is_used_for_price_rules smallint NOT NULL,
    is_filterable_in_search smallint NOT NULL,
    used_in_product_listing smallint NOT NULL,
    used_for_sort_by smallint NOT NULL,
    apply_to character varying(255),
    is_visible_in_advanced_search smallint NOT NULL,
    position integer NOT NULL,
    is_wysiwyg_enabled smallint NOT NULL,
    is_used_for_promo_rules smallint NOT NULL,
    is_required_in_admin_store smallint NOT NULL,
    is_used_in_grid smallint NOT NULL,
    is_visible_in_grid smallint NOT NULL,
    is_filterable_in_grid smallint NOT NULL,
    PRIMARY KEY (attribute_id)
);
CREATE TABLE magento.catalog_product_relation (
    parent_id integer NOT NULL,
    child_id integer NOT NULL,
    PRIMARY KEY (parent_id, child_id)
);
CREATE TABLE magento.catalog_product_entity_media_gallery_value_to_entity (
    value_id integer NOT NULL,
    entity_id integer NOT NULL,
    UNIQUE (value_id, entity_id)
);
CREATE TABLE magento.catalog_product_frontend_action (
    action_id bigint NOT NULL,
    type_id character varying(64) NOT NULL,
    visitor_id integer,
    customer_id integer,
    product_id integer NOT NULL,
    added_at bigint NOT NULL,
    PRIMARY KEY (action_id),
    UNIQUE (visitor_id, product_id, type_id),
    UNIQUE (customer_id, product_id, type_id)
);
CREATE TABLE magento.cataloginventory_stock (
    stock_id smallint NOT NULL,
    website_id smallint NOT NULL,
    stock_name character varying(255),
    PRIMARY KEY (stock_id)
);
CREATE TABLE magento.cataloginventory_stock_item (
    item_id integer NOT NULL,
    product_id integer NOT NULL,
    stock_id smallint NOT NULL,
    qty numeric(12,4),
    min_qty numeric(12,4) NOT NULL,
    use_config_min_qty smallint NOT NULL,
    is_qty_decimal smallint NOT NULL,
    backorders smallint NOT NULL,
    use_config_backorders smallint NOT NULL,
    min_sale_qty numeric(12,4) NOT NULL,
    use_config_min_sale_qty smallint NOT NULL,
    max_sale_qty numeric(12,4) NOT NULL,
    use_config_max_sale_qty smallint NOT NULL,
    is_in_stock smallint NOT NULL,
    low_stock_date timestamp without time zone,
    notify_stock_qty numeric(12,4),
    use_config_notify_stock_qty smallint NOT NULL,
    manage_stock smallint NOT NULL,
    use_config_manage_stock smallint NOT NULL,
    stock_status_changed_auto smallint NOT NULL,
    use_config_qty_increments smallint NOT NULL,
    qty_increments numeric(12,4) NOT NULL,
    use_config_enable_qty_inc smallint NOT NULL,
    enable_qty_increments smallint NOT NULL,
    is_decimal_divided smallint NOT NULL,
    website_id smallint NOT NULL,
    PRIMARY KEY (item_id),
    UNIQUE (product_id, stock_id)
);
CREATE TABLE magento.cataloginventory_stock_status (
    product_id integer NOT NULL,
    website_id smallint NOT NULL,
    stock_id smallint NOT NULL,
    qty numeric(12,4) NOT NULL,
    stock_status smallint NOT NULL,
    PRIMARY KEY (product_id, website_id, stock_id)
);
CREATE TABLE magento.quote (
    entity_id integer NOT NULL,
    store_id smallint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    converted_at timestamp without time zone,
    is_active smallint,
    is_virtual smallint,
    is_multi_shipping smallint,
    items_count integer,
    items_qty numeric(12,4),
    orig_order_id integer,
    store_to_base_rate numeric(12,4),
    store_to_quote_rate numeric(12,4),
    base_currency_code character varying(255),
    store_currency_code character varying(255),
    quote_currency_code character varying(255),
    grand_total numeric(20,4),
    base_grand_total numeric(20,4),
    checkout_method character varying(255),
    customer_id integer,
    customer_tax_class_id integer,
    customer_group_id integer,
    customer_email character varying(255),
    customer_prefix character varying(40),
    customer_firstname character varying(255),
    customer_middlename character varying(40),
    customer_lastname character varying(255),
    customer_suffix character varying(40),
    customer_dob timestamp without time zone,
    customer_note character varying(255),
    customer_note_notify smallint,
    customer_is_guest smallint,
    remote_ip character varying(45),
    applied_rule_ids character varying(255),
    reserved_order_id character varying(64),
    password_hash character varying(255),
    coupon_code character varying(255),
    global_currency_code character varying(255),
    base_to_global_rate numeric(20,4),
    base_to_quote_rate numeric(20,4),
    customer_taxvat character varying(255),
    customer_gender character varying(255),
    subtotal numeric(20,4),
    base_subtotal numeric(20,4),
    subtotal_with_discount numeric(20,4),
    base_subtotal_with_discount numeric(20,4),
    is_changed integer,
    trigger_recollect smallint NOT NULL,
    ext_shipping_info text,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.quote_address (
    address_id integer NOT NULL,
    quote_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    customer_id integer,
    save_in_address_book smallint,
    customer_address_id integer,
    address_type character varying(10),
    email character varying(255),
    prefix character varying(40),
    firstname character varying(255),
    middlename character varying(40),
    lastname character varying(255),
    suffix character varying(40),
    company character varying(255),
    street character varying(255),
    city character varying(255),
    region character varying(255),
    region_id integer,
    postcode character varying(20),
    country_id character varying(30),
    telephone character varying(255),
    fax character varying(255),
    same_as_billing smallint NOT NULL,
    collect_shipping_rates smallint NOT NULL,
    shipping_method character varying(120),
    shipping_description character varying(255),
    weight numeric(12,4) NOT NULL,
    subtotal numeric(20,4) NOT NULL,
    base_subtotal numeric(20,4) NOT NULL,
    subtotal_with_discount numeric(20,4) NOT NULL,
    base_subtotal_with_discount numeric(20,4) NOT NULL,
    tax_amount numeric(20,4) NOT NULL,
    base_tax_amount numeric(20,4) NOT NULL,
    shipping_amount numeric(20,4) NOT NULL,
    base_shipping_amount numeric(20,4) NOT NULL,
    shipping_tax_amount numeric(20,4),
    base_shipping_tax_amount numeric(20,4),
    discount_amount numeric(20,4) NOT NULL,
    base_discount_amount numeric(20,4) NOT NULL,
    grand_total numeric(20,4) NOT NULL,
    base_grand_total numeric(20,4) NOT NULL,
    customer_notes text,
    applied_taxes text,
    discount_description character varying(255),
    shipping_discount_amount numeric(20,4),
    base_shipping_discount_amount numeric(20,4),
    subtotal_incl_tax numeric(20,4),
    base_subtotal_total_incl_tax numeric(20,4),
    discount_tax_compensation_amount numeric(20,4),
    base_discount_tax_compensation_amount numeric(20,4),
    shipping_discount_tax_compensation_amount numeric(20,4),
    base_shipping_discount_tax_compensation_amnt numeric(20,4),
    shipping_incl_tax numeric(20,4),
    base_shipping_incl_tax numeric(20,4),
    vat_id text,
    vat_is_valid smallint,
    vat_request_id text,
    vat_request_date text,
    vat_request_success smallint,
    validated_country_code text,
    validated_vat_number text,
    PRIMARY KEY (address_id)
);
CREATE TABLE magento.quote_item (
    item_id integer NOT NULL,
    quote_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    product_id integer,
    store_id smallint,
    parent_item_id integer,
    is_virtual smallint,
    sku character varying(255),
    name character varying(255),
    description text,
    applied_rule_ids text,
    additional_data text,
    is_qty_decimal smallint,
    no_discount smallint,
    weight numeric(12,4),
    qty numeric(12,4) NOT NULL,
    price numeric(12,4) NOT NULL,
    base_price numeric(12,4) NOT NULL,
    custom_price numeric(12,4),
    discount_percent numeric(12,4),
    discount_amount numeric(20,4),
    base_discount_amount numeric(20,4),
    tax_percent numeric(12,4),
    tax_amount numeric(20,4),
    base_tax_amount numeric(20,4),
    row_total numeric(20,4) NOT NULL,
    base_row_total numeric(20,4) NOT NULL,
    row_total_with_discount numeric(20,4),
    row_weight numeric(12,4),
    product_type character varying(255),
    base_tax_before_discount numeric(20,4),
    tax_before_discount numeric(20,4),
    original_custom_price numeric(12,4),
    redirect_url character varying(255),
    base_cost numeric(12,4),
    price_incl_tax numeric(20,4),
    base_price_incl_tax numeric(20,4),
    row_total_incl_tax numeric(20,4),
    base_row_total_incl_tax numeric(20,4),
    discount_tax_compensation_amount numeric(20,4),
    base_discount_tax_compensation_amount numeric(20,4),
    PRIMARY KEY (item_id)
);
CREATE TABLE magento.quote_address_item (
    address_item_id integer NOT NULL,
    parent_item_id integer,
    quote_address_id integer NOT NULL,
    quote_item_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    applied_rule_ids text,
    additional_data text,
    weight numeric(12,4),
    qty numeric(12,4) NOT NULL,
    discount_amount numeric(20,4),
    tax_amount numeric(20,4),
    row_total numeric(20,4) NOT NULL,
    base_row_total numeric(20,4) NOT NULL,
    row_total_with_discount numeric(20,4),
    base_discount_amount numeric(20,4),
    base_tax_amount numeric(20,4),
    row_weight numeric(12,4),
    product_id integer,
    super_product_id integer,
    parent_product_id integer,
    store_id smallint,
    sku character varying(255),
    image character varying(255),
    name character varying(255),
    description text,
    is_qty_decimal integer,
    price numeric(12,4),
    discount_percent numeric(12,4),
    no_discount integer,
    tax_percent numeric(12,4),
    base_price numeric(12,4),
    base_cost numeric(12,4),
    price_incl_tax numeric(20,4),
    base_price_incl_tax numeric(20,4),
    row_total_incl_tax numeric(20,4),
    base_row_total_incl_tax numeric(20,4),
    discount_tax_compensation_amount numeric(20,4),
    base_discount_tax_compensation_amount numeric(20,4),
    PRIMARY KEY (address_item_id)
);
CREATE TABLE magento.quote_item_option (
    option_id integer NOT NULL,
    item_id integer NOT NULL,
    product_id integer NOT NULL,
    code character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (option_id)
);
CREATE TABLE magento.quote_payment (
    payment_id integer NOT NULL,
    quote_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    method character varying(255),
    cc_type character varying(255),
    cc_number_enc character varying(255),
    cc_last_4 character varying(255),
    cc_cid_enc character varying(255),
    cc_owner character varying(255),
    cc_exp_month character varying(255),
    cc_exp_year smallint,
    cc_ss_owner character varying(255),
    cc_ss_start_month smallint,
    cc_ss_start_year smallint,
    po_number character varying(255),
    additional_data text,
    cc_ss_issue character varying(255),
    additional_information text,
    PRIMARY KEY (payment_id)
);
CREATE TABLE magento.quote_shipping_rate (
    rate_id integer NOT NULL,
    address_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    carrier character varying(255),
    carrier_title character varying(255),
    code character varying(255),
    method character varying(255),
    method_description text,
    price numeric(20,4) NOT NULL,
    error_message text,
    method_title text,
    PRIMARY KEY (rate_id)
);
CREATE TABLE magento.quote_id_mask (
    entity_id integer NOT NULL,
    quote_id integer NOT NULL,
    masked_id character varying(32),
    PRIMARY KEY (entity_id, quote_id)
);
CREATE TABLE magento.sales_order (
    entity_id integer NOT NULL,
    state character varying(32),
    status character varying(32),
    coupon_code character varying(255),
    protect_code character varying(255),
    shipping_description character varying(255),
    is_virtual smallint,
    store_id smallint,
    customer_id integer,
    base_discount_amount numeric(20,4),
    base_discount_canceled numeric(20,4),
    base_discount_invoiced numeric(20,4),
    base_discount_refunded numeric(20,4),
    base_grand_total numeric(20,4),
    base_shipping_amount numeric(20,4),
    base_shipping_canceled numeric(20,4),
    base_shipping_invoiced numeric(20,4),
    base_shipping_refunded numeric(20,4),
    base_shipping_tax_amount numeric(20,4),
    base_shipping_tax_refunded numeric(20,4),
    base_subtotal numeric(20,4),
    base_subtotal_canceled numeric(20,4),
    base_subtotal_invoiced numeric(20,4),
    base_subtotal_refunded numeric(20,4),
    base_tax_amount numeric(20,4),
    base_tax_canceled numeric(20,4),
    base_tax_invoiced numeric(20,4),
    base_tax_refunded numeric(20,4),
    base_to_global_rate numeric(20,4),
    base_to_order_rate numeric(20,4),
    base_total_canceled numeric(20,4),
    base_total_invoiced numeric(20,4),
    base_total_invoiced_cost numeric(20,4),
    base_total_offline_refunded numeric(20,4),
    base_total_online_refunded numeric(20,4),
    base_total_paid numeric(20,4),
    base_total_qty_ordered numeric(12,4),
    base_total_refunded numeric(20,4),
    discount_amount numeric(20,4),
    discount_canceled numeric(20,4),
    discount_invoiced numeric(20,4),
    discount_refunded numeric(20,4),
    grand_total numeric(20,4),
    shipping_amount numeric(20,4),
    shipping_canceled numeric(20,4),
    shipping_invoiced numeric(20,4),
    shipping_refunded numeric(20,4),
    shipping_tax_amount numeric(20,4),
    shipping_tax_refunded numeric(20,4),
    store_to_base_rate numeric(12,4),
    store_to_order_rate numeric(12,4),
    subtotal numeric(20,4),
    subtotal_canceled numeric(20,4),
    subtotal_invoiced numeric(20,4),
    subtotal_refunded numeric(20,4),
    tax_amount numeric(20,4),
    tax_canceled numeric(20,4),
    tax_invoiced numeric(20,4),
    tax_refunded numeric(20,4),
    total_canceled numeric(20,4),
    total_invoiced numeric(20,4),
    total_offline_refunded numeric(20,4),
    total_online_refunded numeric(20,4),
    total_paid numeric(20,4),
    total_qty_ordered numeric(12,4),
    total_refunded numeric(20,4),
    can_ship_partially smallint,
    can_ship_partially_item smallint,
    customer_is_guest smallint,
    customer_note_notify smallint,
    billing_address_id integer,
    customer_group_id integer,
    edit_increment integer,
    email_sent smallint,
    send_email smallint,
    forced_shipment_with_invoice smallint,
    payment_auth_expiration integer,
    quote_address_id integer,
    quote_id integer,
    shipping_address_id integer,
    adjustment_negative numeric(20,4),
    adjustment_positive numeric(20,4),
    base_adjustment_negative numeric(20,4),
    base_adjustment_positive numeric(20,4),
    base_shipping_discount_amount numeric(20,4),
    base_subtotal_incl_tax numeric(20,4),
    base_total_due numeric(20,4),
    payment_authorization_amount numeric(20,4),
    shipping_discount_amount numeric(20,4),
    subtotal_incl_tax numeric(20,4),
    total_due numeric(20,4),
    weight numeric(12,4),
    customer_dob timestamp without time zone,
    increment_id character varying(32),
    applied_rule_ids character varying(128),
    base_currency_code character varying(3),
    customer_email character varying(128),
    customer_firstname character varying(128),
    customer_lastname character varying(128),
    customer_middlename character varying(128),
    customer_prefix character varying(32),
    customer_suffix character varying(32),
    customer_taxvat character varying(32),
    discount_description character varying(255),
    ext_customer_id character varying(32),
    ext_order_id character varying(32),
    global_currency_code character varying(3),
    hold_before_state character varying(32),
    hold_before_status character varying(32),
    order_currency_code character varying(3),
    original_increment_id character varying(32),
    relation_child_id character varying(32),
    relation_child_real_id character varying(32),
    relation_parent_id character varying(32),
    relation_parent_real_id character varying(32),
    remote_ip character varying(45),
    shipping_method character varying(120),
    store_currency_code character varying(3),
    store_name character varying(255),
    x_forwarded_for character varying(32),
    customer_note text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    total_item_count smallint NOT NULL,
    customer_gender integer,
    discount_tax_compensation_amount numeric(20,4),
    base_discount_tax_compensation_amount numeric(20,4),
    shipping_discount_tax_compensation_amount numeric(20,4),
    base_shipping_discount_tax_compensation_amnt numeric(20,4),
    discount_tax_compensation_invoiced numeric(20,4),
    base_discount_tax_compensation_invoiced numeric(20,4),
    discount_tax_compensation_refunded numeric(20,4),
    base_discount_tax_compensation_refunded numeric(20,4),
    shipping_incl_tax numeric(20,4),
    base_shipping_incl_tax numeric(20,4),
    coupon_rule_name character varying(255),
    PRIMARY KEY (entity_id),
    UNIQUE (increment_id, store_id)
);
CREATE TABLE magento.sales_order_grid (
    entity_id integer NOT NULL,
    status character varying(32),
    store_id smallint,
    store_name character varying(255),
    customer_id integer,
    base_grand_total numeric(20,4),
    base_total_paid numeric(20,4),
    grand_total numeric(20,4),
    total_paid numeric(20,4),
    increment_id character varying(50),
    base_currency_code character varying(3),
    order_currency_code character varying(255),
    shipping_name character varying(255),
    billing_name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    billing_address character varying(255),
    shipping_address character varying(255),
    shipping_information character varying(255),
    customer_email character varying(255),
    customer_group character varying(255),
    subtotal numeric(20,4),
    shipping_and_handling numeric(20,4),
    customer_name character varying(255),
    payment_method character varying(255),
    total_refunded numeric(20,4),
    PRIMARY KEY (entity_id),
    UNIQUE (increment_id, store_id)
);
CREATE TABLE magento.sales_order_address (
    entity_id integer NOT NULL,
    parent_id integer,
    customer_address_id integer,
    quote_address_id integer,
    region_id integer,
    customer_id integer,
    fax character varying(255),
    region character varying(255),
    postcode character varying(255),
    lastname character varying(255),
    street character varying(255),
    city character varying(255),
    email character varying(255),
    telephone character varying(255),
    country_id character varying(2),
    firstname character varying(255),
    address_type character varying(255),
    prefix character varying(255),
    middlename character varying(255),
    suffix character varying(255),
    company character varying(255),
    vat_id text,
    vat_is_valid smallint,
    vat_request_id text,
    vat_request_date text,
    vat_request_success smallint,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_order_status_history (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    is_customer_notified integer,
    is_visible_on_front smallint NOT NULL,
    comment text,
    status character varying(32),
    created_at timestamp without time zone NOT NULL,
    entity_name character varying(32),
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_order_item (
    item_id integer NOT NULL,
    order_id integer NOT NULL,
    parent_item_id integer,
    quote_item_id integer,
    store_id smallint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    product_id integer,
    product_type character varying(255),
    product_options text,
    weight numeric(12,4),
    is_virtual smallint,
    sku character varying(255),
    name character varying(255),
    description text,
    applied_rule_ids text,
    additional_data text,
    is_qty_decimal smallint,
    no_discount smallint NOT NULL,
    qty_backordered numeric(12,4),
    qty_canceled numeric(12,4),
    qty_invoiced numeric(12,4),
    qty_ordered numeric(12,4),
    qty_refunded numeric(12,4),
    qty_shipped numeric(12,4),
    base_cost numeric(12,4),
    price numeric(12,4) NOT NULL,
    base_price numeric(12,4) NOT NULL,
    original_price numeric(12,4),
    base_original_price numeric(12,4),
    tax_percent numeric(12,4),
    tax_amount numeric(20,4),
    base_tax_amount numeric(20,4),
    tax_invoiced numeric(20,4),
    base_tax_invoiced numeric(20,4),
    discount_percent numeric(12,4),
    discount_amount numeric(20,4),
    base_discount_amount numeric(20,4),
    discount_invoiced numeric(20,4),
    base_discount_invoiced numeric(20,4),
    amount_refunded numeric(20,4),
    base_amount_refunded numeric(20,4),
    row_total numeric(20,4) NOT NULL,
    base_row_total numeric(20,4) NOT NULL,
    row_invoiced numeric(20,4) NOT NULL,
    base_row_invoiced numeric(20,4) NOT NULL,
    row_weight numeric(12,4),
    base_tax_before_discount numeric(20,4),
    tax_before_discount numeric(20,4),
    ext_order_item_id character varying(255),
    locked_do_invoice smallint,
    locked_do_ship smallint,
    price_incl_tax numeric(20,4),
    base_price_incl_tax numeric(20,4),
    row_total_incl_tax numeric(20,4),
    base_row_total_incl_tax numeric(20,4),
    discount_tax_compensation_amount numeric(20,4),
    base_discount_tax_compensation_amount numeric(20,4),
    discount_tax_compensation_invoiced numeric(20,4),
    base_discount_tax_compensation_invoiced numeric(20,4),
    discount_tax_compensation_refunded numeric(20,4),
    base_discount_tax_compensation_refunded numeric(20,4),
    tax_canceled numeric(12,4),
    discount_tax_compensation_canceled numeric(20,4),
    tax_refunded numeric(20,4),
    base_tax_refunded numeric(20,4),
    discount_refunded numeric(20,4),
    base_discount_refunded numeric(20,4),
    PRIMARY KEY (item_id)
);
CREATE TABLE magento.sales_order_payment (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    base_shipping_captured numeric(20,4),
    shipping_captured numeric(20,4),
    amount_refunded numeric(20,4),
    base_amount_paid numeric(20,4),
    amount_canceled numeric(20,4),
    base_amount_authorized numeric(20,4),
    base_amount_paid_online numeric(20,4),
    base_amount_refunded_online numeric(20,4),
    base_shipping_amount numeric(20,4),
    shipping_amount numeric(20,4),
    amount_paid numeric(20,4),
    amount_authorized numeric(20,4),
    base_amount_ordered numeric(20,4),
    base_shipping_refunded numeric(20,4),
    shipping_refunded numeric(20,4),
    base_amount_refunded numeric(20,4),
    amount_ordered numeric(20,4),
    base_amount_canceled numeric(20,4),
    quote_payment_id integer,
    additional_data text,
    cc_exp_month character varying(12),
    cc_ss_start_year character varying(12),
    echeck_bank_name character varying(128),
    method character varying(128),
    cc_debug_request_body character varying(32),
    cc_secure_verify character varying(32),
    protection_eligibility character varying(32),
    cc_approval character varying(32),
    cc_last_4 character varying(100),
    cc_status_description character varying(32),
    echeck_type character varying(32),
    cc_debug_response_serialized character varying(32),
    cc_ss_start_month character varying(128),
    echeck_account_type character varying(255),
    last_trans_id character varying(255),
    cc_cid_status character varying(32),
    cc_owner character varying(128),
    cc_type character varying(32),
    po_number character varying(32),
    cc_exp_year character varying(4),
    cc_status character varying(4),
    echeck_routing_number character varying(32),
    account_status character varying(32),
    anet_trans_method character varying(32),
    cc_debug_response_body character varying(32),
    cc_ss_issue character varying(32),
    echeck_account_name character varying(32),
    cc_avs_status character varying(32),
    cc_number_enc character varying(128),
    cc_trans_id character varying(32),
    address_status character varying(32),
    additional_information text,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_shipment (
    entity_id integer NOT NULL,
    store_id smallint,
    total_weight numeric(12,4),
    total_qty numeric(12,4),
    email_sent smallint,
    send_email smallint,
    order_id integer NOT NULL,
    customer_id integer,
    shipping_address_id integer,
    billing_address_id integer,
    shipment_status integer,
    increment_id character varying(50),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    packages text,
    shipping_label bytea,
    customer_note text,
    customer_note_notify smallint,
    PRIMARY KEY (entity_id),
    UNIQUE (increment_id, store_id)
);
CREATE TABLE magento.sales_shipment_grid (
    entity_id integer NOT NULL,
    increment_id character varying(50),
    store_id smallint,
    order_increment_id character varying(32) NOT NULL,
    order_id integer NOT NULL,
    order_created_at timestamp without time zone NOT NULL,
    customer_name character varying(128) NOT NULL,
    total_qty numeric(12,4),
    shipment_status integer,
    order_status character varying(32),
    billing_address character varying(255),
    shipping_address character varying(255),
    billing_name character varying(128),
    shipping_name character varying(128),
    customer_email character varying(128),
    customer_group_id integer,
    payment_method character varying(32),
    shipping_information character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (entity_id),
    UNIQUE (increment_id, store_id)
);
CREATE TABLE magento.sales_shipment_item (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    row_total numeric(20,4),
    price numeric(20,4),
    weight numeric(12,4),
    qty numeric(12,4),
    product_id integer,
    order_item_id integer,
    additional_data text,
    description text,
    name character varying(255),
    sku character varying(255),
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_shipment_track (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    weight numeric(12,4),
    qty numeric(12,4),
    order_id integer NOT NULL,
    track_number text,
    description text,
    title character varying(255),
    carrier_code character varying(32),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_shipment_comment (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    is_customer_notified integer,
    is_visible_on_front smallint NOT NULL,
    comment text,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_invoice (
    entity_id integer NOT NULL,
    store_id smallint,
    base_grand_total numeric(20,4),
    shipping_tax_amount numeric(20,4),
    tax_amount numeric(20,4),
    base_tax_amount numeric(20,4),
    store_to_order_rate numeric(20,4),
    base_shipping_tax_amount numeric(20,4),
    base_discount_amount numeric(20,4),
    base_to_order_rate numeric(20,4),
    grand_total numeric(20,4),
    shipping_amount numeric(20,4),
    subtotal_incl_tax numeric(20,4),
    base_subtotal_incl_tax numeric(20,4),
    store_to_base_rate numeric(20,4),
    base_shipping_amount numeric(20,4),
    total_qty numeric(12,4),
    base_to_global_rate numeric(20,4),
    subtotal numeric(20,4),
    base_subtotal numeric(20,4),
    discount_amount numeric(20,4),
    billing_address_id integer,
    is_used_for_refund smallint,
    order_id integer NOT NULL,
    email_sent smallint,
    send_email smallint,
    can_void_flag smallint,
    state integer,
    shipping_address_id integer,
    store_currency_code character varying(3),
    transaction_id character varying(255),
    order_currency_code character varying(3),
    base_currency_code character varying(3),
    global_currency_code character varying(3),
    increment_id character varying(50),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    discount_tax_compensation_amount numeric(20,4),
    base_discount_tax_compensation_amount numeric(20,4),
    shipping_discount_tax_compensation_amount numeric(20,4),
    base_shipping_discount_tax_compensation_amnt numeric(20,4),
    shipping_incl_tax numeric(20,4),
    base_shipping_incl_tax numeric(20,4),
    base_total_refunded numeric(20,4),
    discount_description character varying(255),
    customer_note text,
    customer_note_notify smallint,
    PRIMARY KEY (entity_id),
    UNIQUE (increment_id, store_id)
);
CREATE TABLE magento.sales_invoice_grid (
    entity_id integer NOT NULL,
    increment_id character varying(50),
    state integer,
    store_id smallint,
    store_name character varying(255),
    order_id integer NOT NULL,
    order_increment_id character varying(50),
    order_created_at timestamp without time zone,
    customer_name character varying(255),
    customer_email character varying(255),
    customer_group_id integer,
    payment_method character varying(128),
    store_currency_code character varying(3),
    order_currency_code character varying(3),
    base_currency_code character varying(3),
    global_currency_code character varying(3),
    billing_name character varying(255),
    billing_address character varying(255),
    shipping_address character varying(255),
    shipping_information character varying(255),
    subtotal numeric(20,4),
    shipping_and_handling numeric(20,4),
    grand_total numeric(20,4),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    base_grand_total numeric(20,4),
    PRIMARY KEY (entity_id),
    UNIQUE (increment_id, store_id)
);
CREATE TABLE magento.sales_invoice_item (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    base_price numeric(12,4),
    tax_amount numeric(12,4),
    base_row_total numeric(20,4),
    discount_amount numeric(12,4),
    row_total numeric(20,4),
    base_discount_amount numeric(12,4),
    price_incl_tax numeric(12,4),
    base_tax_amount numeric(12,4),
    base_price_incl_tax numeric(12,4),
    qty numeric(12,4),
    base_cost numeric(12,4),
    price numeric(12,4),
    base_row_total_incl_tax numeric(12,4),
    row_total_incl_tax numeric(12,4),
    product_id integer,
    order_item_id integer,
    additional_data text,
    description text,
    sku character varying(255),
    name character varying(255),
    discount_tax_compensation_amount numeric(12,4),
    base_discount_tax_compensation_amount numeric(12,4),
    tax_ratio text,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_invoice_comment (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    is_customer_notified smallint,
    is_visible_on_front smallint NOT NULL,
    comment text,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_creditmemo (
    entity_id integer NOT NULL,
    store_id smallint,
    adjustment_positive numeric(20,4),
    base_shipping_tax_amount numeric(20,4),
    store_to_order_rate numeric(20,4),
    base_discount_amount numeric(20,4),
    base_to_order_rate numeric(20,4),
    grand_total numeric(20,4),
    base_adjustment_negative numeric(20,4),
    base_subtotal_incl_tax numeric(20,4),
    shipping_amount numeric(20,4),
    subtotal_incl_tax numeric(20,4),
    adjustment_negative numeric(20,4),
    base_shipping_amount numeric(20,4),
    store_to_base_rate numeric(20,4),
    base_to_global_rate numeric(20,4),
    base_adjustment numeric(20,4),
    base_subtotal numeric(20,4),
    discount_amount numeric(20,4),
    subtotal numeric(20,4),
    adjustment numeric(20,4),
    base_grand_total numeric(20,4),
    base_adjustment_positive numeric(20,4),
    base_tax_amount numeric(20,4),
    shipping_tax_amount numeric(20,4),
    tax_amount numeric(20,4),
    order_id integer NOT NULL,
    email_sent smallint,
    send_email smallint,
    creditmemo_status integer,
    state integer,
    shipping_address_id integer,
    billing_address_id integer,
    invoice_id integer,
    store_currency_code character varying(3),
    order_currency_code character varying(3),
    base_currency_code character varying(3),
    global_currency_code character varying(3),
    transaction_id character varying(255),
    increment_id character varying(50),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    discount_tax_compensation_amount numeric(20,4),
    base_discount_tax_compensation_amount numeric(20,4),
    shipping_discount_tax_compensation_amount numeric(20,4),
    base_shipping_discount_tax_compensation_amnt numeric(20,4),
    shipping_incl_tax numeric(20,4),
    base_shipping_incl_tax numeric(20,4),
    discount_description character varying(255),
    customer_note text,
    customer_note_notify smallint,
    PRIMARY KEY (entity_id),
    UNIQUE (increment_id, store_id)
);
CREATE TABLE magento.sales_creditmemo_grid (
    entity_id integer NOT NULL,
    increment_id character varying(50),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    order_id integer NOT NULL,
    order_increment_id character varying(50),
    order_created_at timestamp without time zone,
    billing_name character varying(255),
    state integer,
    base_grand_total numeric(20,4),
    order_status character varying(32),
    store_id smallint,
    billing_address character varying(255),
    shipping_address character varying(255),
    customer_name character varying(128) NOT NULL,
    customer_email character varying(128),
    customer_group_id smallint,
    payment_method character varying(32),
    shipping_information character varying(255),
    subtotal numeric(20,4),
    shipping_and_handling numeric(20,4),
    adjustment_positive numeric(20,4),
    adjustment_negative numeric(20,4),
    order_base_grand_total numeric(20,4),
    PRIMARY KEY (entity_id),
    UNIQUE (increment_id, store_id)
);
CREATE TABLE magento.sales_creditmemo_item (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    base_price numeric(12,4),
    tax_amount numeric(12,4),
    base_row_total numeric(12,4),
    discount_amount numeric(12,4),
    row_total numeric(12,4),
    base_discount_amount numeric(12,4),
    price_incl_tax numeric(12,4),
    base_tax_amount numeric(12,4),
    base_price_incl_tax numeric(12,4),
    qty numeric(12,4),
    base_cost numeric(12,4),
    price numeric(12,4),
    base_row_total_incl_tax numeric(12,4),
    row_total_incl_tax numeric(12,4),
    product_id integer,
    order_item_id integer,
    additional_data text,
    description text,
    sku character varying(255),
    name character varying(255),
    discount_tax_compensation_amount numeric(12,4),
    base_discount_tax_compensation_amount numeric(12,4),
    tax_ratio text,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_creditmemo_comment (
    entity_id integer NOT NULL,
    parent_id integer NOT NULL,
    is_customer_notified integer,
    is_visible_on_front smallint NOT NULL,
    comment text,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.sales_invoiced_aggregated (
    id integer NOT NULL,
    period date,
    store_id smallint,
    order_status character varying(50),
    orders_count integer NOT NULL,
    orders_invoiced numeric(12,4),
    invoiced numeric(12,4),
    invoiced_captured numeric(12,4),
    invoiced_not_captured numeric(12,4),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status)
);
CREATE TABLE magento.sales_invoiced_aggregated_order (
    id integer NOT NULL,
    period date,
    store_id smallint,
    order_status character varying(50) NOT NULL,
    orders_count integer NOT NULL,
    orders_invoiced numeric(12,4),
    invoiced numeric(12,4),
    invoiced_captured numeric(12,4),
    invoiced_not_captured numeric(12,4),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status)
);
CREATE TABLE magento.sales_order_aggregated_created (
    id integer NOT NULL,
    period date,
    store_id smallint,
    order_status character varying(50) NOT NULL,
    orders_count integer NOT NULL,
    total_qty_ordered numeric(12,4) NOT NULL,
    total_qty_invoiced numeric(12,4) NOT NULL,
    total_income_amount numeric(20,4) NOT NULL,
    total_revenue_amount numeric(20,4) NOT NULL,
    total_profit_amount numeric(20,4) NOT NULL,
    total_invoiced_amount numeric(20,4) NOT NULL,
    total_canceled_amount numeric(20,4) NOT NULL,
    total_paid_amount numeric(20,4) NOT NULL,
    total_refunded_amount numeric(20,4) NOT NULL,
    total_tax_amount numeric(20,4) NOT NULL,
    total_tax_amount_actual numeric(20,4) NOT NULL,
    total_shipping_amount numeric(20,4) NOT NULL,
    total_shipping_amount_actual numeric(20,4) NOT NULL,
    total_discount_amount numeric(20,4) NOT NULL,
    total_discount_amount_actual numeric(20,4) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status)
);
CREATE TABLE magento.sales_order_aggregated_updated (
    id integer NOT NULL,
    period date,
    store_id smallint,
    order_status character varying(50) NOT NULL,
    orders_count integer NOT NULL,
    total_qty_ordered numeric(12,4) NOT NULL,
    total_qty_invoiced numeric(12,4) NOT NULL,
    total_income_amount numeric(20,4) NOT NULL,
    total_revenue_amount numeric(20,4) NOT NULL,
    total_profit_amount numeric(20,4) NOT NULL,
    total_invoiced_amount numeric(20,4) NOT NULL,
    total_canceled_amount numeric(20,4) NOT NULL,
    total_paid_amount numeric(20,4) NOT NULL,
    total_refunded_amount numeric(20,4) NOT NULL,
    total_tax_amount numeric(20,4) NOT NULL,
    total_tax_amount_actual numeric(20,4) NOT NULL,
    total_shipping_amount numeric(20,4) NOT NULL,
    total_shipping_amount_actual numeric(20,4) NOT NULL,
    total_discount_amount numeric(20,4) NOT NULL,
    total_discount_amount_actual numeric(20,4) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status)
);
CREATE TABLE magento.sales_payment_transaction (
    transaction_id integer NOT NULL,
    parent_id integer,
    order_id integer NOT NULL,
    payment_id integer NOT NULL,
    txn_id character varying(100),
    parent_txn_id character varying(100),
    txn_type character varying(15),
    is_closed smallint NOT NULL,
    additional_information bytea,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (transaction_id),
    UNIQUE (order_id, payment_id, txn_id)
);
CREATE TABLE magento.sales_refunded_aggregated (
    id integer NOT NULL,
    period date,
    store_id smallint,
    order_status character varying(50) NOT NULL,
    orders_count integer NOT NULL,
    refunded numeric(20,4),
    online_refunded numeric(20,4),
    offline_refunded numeric(20,4),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status)
);
CREATE TABLE magento.sales_refunded_aggregated_order (
    id integer NOT NULL,
    period date,
    store_id smallint,
    order_status character varying(50),
    orders_count integer NOT NULL,
    refunded numeric(20,4),
    online_refunded numeric(20,4),
    offline_refunded numeric(20,4),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status)
);
CREATE TABLE magento.sales_shipping_aggregated (
    id integer NOT NULL,
    period date,
    store_id smallint,
    order_status character varying(50),
    shipping_description character varying(255),
    orders_count integer NOT NULL,
    total_shipping numeric(20,4),
    total_shipping_actual numeric(20,4),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status, shipping_description)
);
CREATE TABLE magento.sales_shipping_aggregated_order (
    id integer NOT NULL,
    period date,
    store_id smallint,
    order_status character varying(50),
    shipping_description character varying(255),
    orders_count integer NOT NULL,
    total_shipping numeric(20,4),
    total_shipping_actual numeric(20,4),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status, shipping_description)
);
CREATE TABLE magento.sales_bestsellers_aggregated_daily (
    id integer NOT NULL,
    period date,
    store_id smallint,
    product_id integer,
    product_name character varying(255),
    product_price numeric(12,4) NOT NULL,
    qty_ordered numeric(12,4) NOT NULL,
    rating_pos smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (period, store_id, product_id)
);
CREATE TABLE magento.sales_bestsellers_aggregated_monthly (
    id integer NOT NULL,
    period date,
    store_id smallint,
    product_id integer,
    product_name character varying(255),
    product_price numeric(12,4) NOT NULL,
    qty_ordered numeric(12,4) NOT NULL,
    rating_pos smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (period, store_id, product_id)
);
CREATE TABLE magento.sales_bestsellers_aggregated_yearly (
    id integer NOT NULL,
    period date,
    store_id smallint,
    product_id integer,
    product_name character varying(255),
    product_price numeric(12,4) NOT NULL,
    qty_ordered numeric(12,4) NOT NULL,
    rating_pos smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (period, store_id, product_id)
);
CREATE TABLE magento.sales_order_tax (
    tax_id integer NOT NULL,
    order_id integer NOT NULL,
    code character varying(255),
    title character varying(255),
    percent numeric(12,4),
    amount numeric(20,4),
    priority integer NOT NULL,
    position integer NOT NULL,
    base_amount numeric(20,4),
    process smallint NOT NULL,
    base_real_amount numeric(20,4),
    PRIMARY KEY (tax_id)
);
CREATE TABLE magento.sales_order_tax_item (
    tax_item_id integer NOT NULL,
    tax_id integer NOT NULL,
    item_id integer,
    tax_percent numeric(12,4) NOT NULL,
    amount numeric(20,4) NOT NULL,
    base_amount numeric(20,4) NOT NULL,
    real_amount numeric(20,4) NOT NULL,
    real_base_amount numeric(20,4) NOT NULL,
    associated_item_id integer,
    taxable_item_type character varying(32) NOT NULL,
    PRIMARY KEY (tax_item_id),
    UNIQUE (tax_id, item_id)
);
CREATE TABLE magento.sales_order_status (
    status character varying(32) NOT NULL,
    label character varying(128) NOT NULL,
    PRIMARY KEY (status)
);
CREATE TABLE magento.sales_order_status_state (
    status character varying(32) NOT NULL,
    state character varying(32) NOT NULL,
    is_default smallint NOT NULL,
    visible_on_front smallint NOT NULL,
    PRIMARY KEY (status, state)
);
CREATE TABLE magento.sales_order_status_label (
    status character varying(32) NOT NULL,
    store_id smallint NOT NULL,
    label character varying(128) NOT NULL,
    PRIMARY KEY (status, store_id)
);
CREATE TABLE magento.salesrule (
    rule_id integer NOT NULL,
    name character varying(255),
    description text,
    from_date date,
    to_date date,
    uses_per_customer integer NOT NULL,
    is_active smallint NOT NULL,
    conditions_serialized text,
    actions_serialized text,
    stop_rules_processing smallint NOT NULL,
    is_advanced smallint NOT NULL,
    product_ids text,
    sort_order integer NOT NULL,
    simple_action character varying(32),
    discount_amount numeric(12,4) NOT NULL,
    discount_qty numeric(12,4),
    discount_step integer NOT NULL,
    apply_to_shipping smallint NOT NULL,
    times_used integer NOT NULL,
    is_rss smallint NOT NULL,
    coupon_type smallint NOT NULL,
    use_auto_generation smallint NOT NULL,
    uses_per_coupon integer NOT NULL,
    PRIMARY KEY (rule_id)
);
CREATE TABLE magento.salesrule_coupon (
    coupon_id integer NOT NULL,
    rule_id integer NOT NULL,
    code character varying(255),
    usage_limit integer,
    usage_per_customer integer,
    times_used integer NOT NULL,
    expiration_date timestamp without time zone,
    is_primary smallint,
    created_at timestamp without time zone,
    type smallint,
    PRIMARY KEY (coupon_id),
    UNIQUE (code),
    UNIQUE (rule_id, is_primary)
);
CREATE TABLE magento.salesrule_coupon_usage (
    coupon_id integer NOT NULL,
    customer_id integer NOT NULL,
    times_used integer NOT NULL,
    PRIMARY KEY (coupon_id, customer_id)
);
CREATE TABLE magento.salesrule_customer (
    rule_customer_id integer NOT NULL,
    rule_id integer NOT NULL,
    customer_id integer NOT NULL,
    times_used smallint NOT NULL,
    PRIMARY KEY (rule_customer_id)
);
CREATE TABLE magento.salesrule_label (
    label_id integer NOT NULL,
    rule_id integer NOT NULL,
    store_id smallint NOT NULL,
    label character varying(255),
    PRIMARY KEY (label_id),
    UNIQUE (rule_id, store_id)
);
CREATE TABLE magento.salesrule_product_attribute (
    rule_id integer NOT NULL,
    website_id smallint NOT NULL,
    customer_group_id integer NOT NULL,
    attribute_id smallint NOT NULL,
    PRIMARY KEY (rule_id, website_id, customer_group_id, attribute_id)
);
CREATE TABLE magento.salesrule_coupon_aggregated (
    id integer NOT NULL,
    period date NOT NULL,
    store_id smallint,
    order_status character varying(50),
    coupon_code character varying(50),
    coupon_uses integer NOT NULL,
    subtotal_amount numeric(20,4) NOT NULL,
    discount_amount numeric(12,4) NOT NULL,
    total_amount numeric(20,4) NOT NULL,
    subtotal_amount_actual numeric(20,4) NOT NULL,
    discount_amount_actual numeric(12,4) NOT NULL,
    total_amount_actual numeric(20,4) NOT NULL,
    rule_name character varying(255),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status, coupon_code)
);
CREATE TABLE magento.salesrule_coupon_aggregated_updated (
    id integer NOT NULL,
    period date NOT NULL,
    store_id smallint,
    order_status character varying(50),
    coupon_code character varying(50),
    coupon_uses integer NOT NULL,
    subtotal_amount numeric(20,4) NOT NULL,
    discount_amount numeric(12,4) NOT NULL,
    total_amount numeric(20,4) NOT NULL,
    subtotal_amount_actual numeric(20,4) NOT NULL,
    discount_amount_actual numeric(12,4) NOT NULL,
    total_amount_actual numeric(20,4) NOT NULL,
    rule_name character varying(255),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status, coupon_code)
);
CREATE TABLE magento.salesrule_coupon_aggregated_order (
    id integer NOT NULL,
    period date NOT NULL,
    store_id smallint,
    order_status character varying(50),
    coupon_code character varying(50),
    coupon_uses integer NOT NULL,
    subtotal_amount numeric(20,4) NOT NULL,
    discount_amount numeric(12,4) NOT NULL,
    total_amount numeric(20,4) NOT NULL,
    rule_name character varying(255),
    PRIMARY KEY (id),
    UNIQUE (period, store_id, order_status, coupon_code)
);
CREATE TABLE magento.salesrule_website (
    rule_id integer NOT NULL,
    website_id smallint NOT NULL,
    PRIMARY KEY (rule_id, website_id)
);
CREATE TABLE magento.salesrule_customer_group (
    rule_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    PRIMARY KEY (rule_id, customer_group_id)
);
CREATE TABLE magento.review_entity (
    entity_id smallint NOT NULL,
    entity_code character varying(32) NOT NULL,
    PRIMARY KEY (entity_id)
);
CREATE TABLE magento.review_status (
    status_id smallint NOT NULL,
    status_code character varying(32) NOT NULL,
    PRIMARY KEY (status_id)
);
CREATE TABLE magento.review (
    review_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    entity_id smallint NOT NULL,
    entity_pk_value integer NOT NULL,
    status_id smallint NOT NULL,
    PRIMARY KEY (review_id)
);
CREATE TABLE magento.review_detail (
    detail_id bigint NOT NULL,
    review_id bigint NOT NULL,
    store_id smallint,
    title character varying(255) NOT NULL,
    detail text NOT NULL,
    nickname character varying(128) NOT NULL,
    customer_id integer,
    PRIMARY KEY (detail_id)
);
CREATE TABLE magento.review_entity_summary (
    primary_id bigint NOT NULL,
    entity_pk_value bigint NOT NULL,
    entity_type smallint NOT NULL,
    reviews_count smallint NOT NULL,
    rating_summary smallint NOT NULL,
    store_id smallint NOT NULL,
    PRIMARY KEY (primary_id)
);
CREATE TABLE magento.review_store (
    review_id bigint NOT NULL,
    store_id smallint NOT NULL,
    PRIMARY KEY (review_id, store_id)
);
CREATE TABLE magento.rating_entity (
    entity_id smallint NOT NULL,
    entity_code character varying(64) NOT NULL,
    PRIMARY KEY (entity_id),
    UNIQUE (entity_code)
);
CREATE TABLE magento.rating (
    rating_id smallint NOT NULL,
    entity_id smallint NOT NULL,
    rating_code character varying(64) NOT NULL,
    position smallint NOT NULL,
    is_active smallint NOT NULL,
    PRIMARY KEY (rating_id),
    UNIQUE (rating_code)
);
CREATE TABLE magento.rating_option (
    option_id integer NOT NULL,
    rating_id smallint NOT NULL,
    code character varying(32) NOT NULL,
    value smallint NOT NULL,
    position smallint NOT NULL,
    PRIMARY KEY (option_id)
);
CREATE TABLE magento.rating_option_vote (
    vote_id bigint NOT NULL,
    option_id integer NOT NULL,
    remote_ip character varying(16) NOT NULL,
    remote_ip_long bigint NOT NULL,
    customer_id integer,
    entity_pk_value bigint NOT NULL,
    rating_id smallint NOT NULL,
    review_id bigint,
    percent smallint NOT NULL,
    value smallint NOT NULL,
    PRIMARY KEY (vote_id)
);
CREATE TABLE magento.rating_option_vote_aggregated (
    primary_id integer NOT NULL,
    rating_id smallint NOT NULL,
    entity_pk_value bigint NOT NULL,
    vote_count integer NOT NULL,
    vote_value_sum integer NOT NULL,
    percent smallint NOT NULL,
    percent_approved smallint,
    store_id smallint NOT NULL,
    PRIMARY KEY (primary_id)
);
CREATE TABLE magento.rating_store (
    rating_id smallint NOT NULL,
    store_id smallint NOT NULL,
    PRIMARY KEY (rating_id, store_id)
);
CREATE TABLE magento.rating_title (
    rating_id smallint NOT NULL,
    store_id smallint NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (rating_id, store_id)
);
CREATE TABLE magento.wishlist (
    wishlist_id integer NOT NULL,
    customer_id integer NOT NULL,
    shared smallint NOT NULL,
    sharing_code character varying(32),
    updated_at timestamp without time zone,
    PRIMARY KEY (wishlist_id),
    UNIQUE (customer_id)
);
CREATE TABLE magento.wishlist_item (
    wishlist_item_id integer NOT NULL,
    wishlist_id integer NOT NULL,
    product_id integer NOT NULL,
    store_id smallint,
    added_at timestamp without time zone,
    description text,
    qty numeric(12,4) NOT NULL,
    PRIMARY KEY (wishlist_item_id)
);
CREATE TABLE magento.wishlist_item_option (
    option_id integer NOT NULL,
    wishlist_item_id integer NOT NULL,
    product_id integer NOT NULL,
    code character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (option_id)
);
CREATE TABLE magento.tax_class (
    class_id smallint NOT NULL,
    class_name character varying(255) NOT NULL,
    class_type character varying(8) NOT NULL,
    PRIMARY KEY (class_id)
);
CREATE TABLE magento.tax_calculation_rule (
    tax_calculation_rule_id integer NOT NULL,
    code character varying(255) NOT NULL,
    priority integer NOT NULL,
    position integer NOT NULL,
    calculate_subtotal integer NOT NULL,
    PRIMARY KEY (tax_calculation_rule_id)
);
CREATE TABLE magento.tax_calculation_rate (
    tax_calculation_rate_id integer NOT NULL,
    tax_country_id character varying(2) NOT NULL,
    tax_region_id integer NOT NULL,
    tax_postcode character varying(21),
    code character varying(255) NOT NULL,
    rate numeric(12,4) NOT NULL,
    zip_is_range smallint,
    zip_from integer,
    zip_to integer,
    PRIMARY KEY (tax_calculation_rate_id)
);
CREATE TABLE magento.tax_calculation (
    tax_calculation_id integer NOT NULL,
    tax_calculation_rate_id integer NOT NULL,
    tax_calculation_rule_id integer NOT NULL,
    customer_tax_class_id smallint NOT NULL,
    product_tax_class_id smallint NOT NULL,
    PRIMARY KEY (tax_calculation_id)
);
CREATE TABLE magento.tax_calculation_rate_title (
    tax_calculation_rate_title_id integer NOT NULL,
    tax_calculation_rate_id integer NOT NULL,
    store_id smallint NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (tax_calculation_rate_title_id)
);
CREATE TABLE magento.tax_order_aggregated_created (
    id integer NOT NULL,
    period date,
    store_id smallint,
    code character varying(255) NOT NULL,
    order_status character varying(50) NOT NULL,
    percent double precision,
    orders_count integer NOT NULL,
    tax_base_amount_sum double precision,
    PRIMARY KEY (id),
    UNIQUE (period, store_id, code, percent, order_status)
);
CREATE TABLE magento.tax_order_aggregated_updated (
    id integer NOT NULL,
    period date,
    store_id smallint,
    code character varying(255) NOT NULL,
    order_status character varying(50) NOT NULL,
    percent double precision,
    orders_count integer NOT NULL,
    tax_base_amount_sum double precision,
    PRIMARY KEY (id),
    UNIQUE (period, store_id, code, percent, order_status)
);
CREATE TABLE magento.cms_block (
    block_id smallint NOT NULL,
    title character varying(255) NOT NULL,
    identifier character varying(255) NOT NULL,
    content text,
    creation_time timestamp without time zone NOT NULL,
    update_time timestamp without time zone NOT NULL,
    is_active smallint NOT NULL,
    PRIMARY KEY (block_id)
);
CREATE TABLE magento.cms_block_store (
    block_id smallint NOT NULL,
    store_id smallint NOT NULL,
    PRIMARY KEY (block_id, store_id)
);
CREATE TABLE magento.cms_page (
    page_id smallint NOT NULL,
    title character varying(255),
    page_layout character varying(255),
    meta_keywords text,
    meta_description text,
    identifier character varying(100),
    content_heading character varying(255),
    content text,
    creation_time timestamp without time zone NOT NULL,
    update_time timestamp without time zone NOT NULL,
    is_active smallint NOT NULL,
    sort_order smallint NOT NULL,
    layout_update_xml text,
    custom_theme character varying(100),
    custom_root_template character varying(255),
    custom_layout_update_xml text,
    custom_theme_from date,
    custom_theme_to date,
    meta_title character varying(255),
    PRIMARY KEY (page_id)
);
CREATE TABLE magento.cms_page_store (
    page_id smallint NOT NULL,
    store_id smallint NOT NULL,
    PRIMARY KEY (page_id, store_id)
);
CREATE TABLE magento.newsletter_subscriber (
    subscriber_id integer NOT NULL,
    store_id smallint,
    change_status_at timestamp without time zone,
    customer_id integer NOT NULL,
    subscriber_email character varying(150),
    subscriber_status integer NOT NULL,
    subscriber_confirm_code character varying(32),
    PRIMARY KEY (subscriber_id)
);
CREATE TABLE magento.newsletter_template (
    template_id integer NOT NULL,
    template_code character varying(150),
    template_text text,
    template_styles text,
    template_type integer,
    template_subject character varying(200),
    template_sender_name character varying(200),
    template_sender_email character varying(200),
    template_actual smallint,
    added_at timestamp without time zone,
    modified_at timestamp without time zone,
    PRIMARY KEY (template_id)
);
CREATE TABLE magento.newsletter_queue (
    queue_id integer NOT NULL,
    template_id integer NOT NULL,
    newsletter_type integer,
    newsletter_text text,
    newsletter_styles text,
    newsletter_subject character varying(200),
    newsletter_sender_name character varying(200),
    newsletter_sender_email character varying(200),
    queue_status integer NOT NULL,
    queue_start_at timestamp without time zone,
    queue_finish_at timestamp without time zone,
    PRIMARY KEY (queue_id)
);
CREATE TABLE magento.newsletter_queue_link (
    queue_link_id integer NOT NULL,
    queue_id integer NOT NULL,
    subscriber_id integer NOT NULL,
    letter_sent_at timestamp without time zone,
    PRIMARY KEY (queue_link_id)
);
CREATE TABLE magento.newsletter_queue_store_link (
    queue_id integer NOT NULL,
    store_id smallint NOT NULL,
    PRIMARY KEY (queue_id, store_id)
);
CREATE TABLE magento.newsletter_problem (
    problem_id integer NOT NULL,
    subscriber_id integer,
    queue_id integer NOT NULL,
    problem_error_code integer,
    problem_error_text character varying(200),
    PRIMARY KEY (problem_id)
);
ALTER TABLE magento.store_group ADD FOREIGN KEY (website_id) REFERENCES magento.store_website (website_id) ON DELETE CASCADE;
ALTER TABLE magento.store ADD FOREIGN KEY (group_id) REFERENCES magento.store_group (group_id) ON DELETE CASCADE;
ALTER TABLE magento.store ADD FOREIGN KEY (website_id) REFERENCES magento.store_website (website_id) ON DELETE CASCADE;
ALTER TABLE magento.directory_country_region_name ADD FOREIGN KEY (region_id) REFERENCES magento.directory_country_region (region_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.customer_entity ADD FOREIGN KEY (website_id) REFERENCES magento.store_website (website_id) ON DELETE SET NULL;
ALTER TABLE magento.customer_address_entity ADD FOREIGN KEY (parent_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_datetime ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_datetime ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_address_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_decimal ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_decimal ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_address_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_int ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_int ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_address_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_text ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_text ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_address_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_varchar ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_address_entity_varchar ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_address_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_datetime ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_datetime ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_decimal ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_decimal ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_int ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_int ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_text ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_text ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_varchar ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_entity_varchar ADD FOREIGN KEY (entity_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_eav_attribute ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_form_attribute ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_eav_attribute_website ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.customer_eav_attribute_website ADD FOREIGN KEY (website_id) REFERENCES magento.store_website (website_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_datetime ADD FOREIGN KEY (entity_id) REFERENCES magento.eav_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_datetime ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_datetime ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_decimal ADD FOREIGN KEY (entity_id) REFERENCES magento.eav_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_decimal ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_decimal ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_int ADD FOREIGN KEY (entity_id) REFERENCES magento.eav_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_int ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_int ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_text ADD FOREIGN KEY (entity_id) REFERENCES magento.eav_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_text ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_text ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_varchar ADD FOREIGN KEY (entity_id) REFERENCES magento.eav_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_varchar ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_varchar ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_attribute ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_store ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_store ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_attribute_set ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_attribute_group ADD FOREIGN KEY (attribute_set_id) REFERENCES magento.eav_attribute_set (attribute_set_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_attribute ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_entity_attribute ADD FOREIGN KEY (attribute_group_id) REFERENCES magento.eav_attribute_group (attribute_group_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_attribute_option ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_attribute_option_value ADD FOREIGN KEY (option_id) REFERENCES magento.eav_attribute_option (option_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_attribute_option_value ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_attribute_label ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_attribute_label ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_form_type ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_form_type_entity ADD FOREIGN KEY (entity_type_id) REFERENCES magento.eav_entity_type (entity_type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_form_type_entity ADD FOREIGN KEY (type_id) REFERENCES magento.eav_form_type (type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_form_fieldset ADD FOREIGN KEY (type_id) REFERENCES magento.eav_form_type (type_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_form_fieldset_label ADD FOREIGN KEY (fieldset_id) REFERENCES magento.eav_form_fieldset (fieldset_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_form_fieldset_label ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_form_element ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.eav_form_element ADD FOREIGN KEY (fieldset_id) REFERENCES magento.eav_form_fieldset (fieldset_id) ON DELETE SET NULL;
ALTER TABLE magento.eav_form_element ADD FOREIGN KEY (type_id) REFERENCES magento.eav_form_type (type_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_datetime ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_datetime ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_datetime ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_decimal ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_decimal ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_decimal ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_int ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_int ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_int ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_text ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_text ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_text ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_varchar ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_varchar ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_varchar ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_gallery ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_gallery ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_gallery ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_datetime ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_datetime ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_category_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_datetime ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_decimal ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_decimal ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_category_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_decimal ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_int ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_int ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_category_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_int ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_text ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_text ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_category_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_text ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_varchar ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_varchar ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_category_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_entity_varchar ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_product ADD FOREIGN KEY (product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_category_product ADD FOREIGN KEY (category_id) REFERENCES magento.catalog_category_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_compare_item ADD FOREIGN KEY (customer_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_compare_item ADD FOREIGN KEY (product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_compare_item ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.catalog_product_website ADD FOREIGN KEY (website_id) REFERENCES magento.store_website (website_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_website ADD FOREIGN KEY (product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link ADD FOREIGN KEY (linked_product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link ADD FOREIGN KEY (product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link ADD FOREIGN KEY (link_type_id) REFERENCES magento.catalog_product_link_type (link_type_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link_attribute ADD FOREIGN KEY (link_type_id) REFERENCES magento.catalog_product_link_type (link_type_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link_attribute_decimal ADD FOREIGN KEY (link_id) REFERENCES magento.catalog_product_link (link_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link_attribute_decimal ADD FOREIGN KEY (product_link_attribute_id) REFERENCES magento.catalog_product_link_attribute (product_link_attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link_attribute_int ADD FOREIGN KEY (link_id) REFERENCES magento.catalog_product_link (link_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link_attribute_int ADD FOREIGN KEY (product_link_attribute_id) REFERENCES magento.catalog_product_link_attribute (product_link_attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link_attribute_varchar ADD FOREIGN KEY (link_id) REFERENCES magento.catalog_product_link (link_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_link_attribute_varchar ADD FOREIGN KEY (product_link_attribute_id) REFERENCES magento.catalog_product_link_attribute (product_link_attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_tier_price ADD FOREIGN KEY (customer_group_id) REFERENCES magento.customer_group (customer_group_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_tier_price ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_tier_price ADD FOREIGN KEY (website_id) REFERENCES magento.store_website (website_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_media_gallery ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_media_gallery_value ADD FOREIGN KEY (value_id) REFERENCES magento.catalog_product_entity_media_gallery (value_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_media_gallery_value ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_media_gallery_value ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option ADD FOREIGN KEY (product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_price ADD FOREIGN KEY (option_id) REFERENCES magento.catalog_product_option (option_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_price ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_title ADD FOREIGN KEY (option_id) REFERENCES magento.catalog_product_option (option_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_title ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_type_value ADD FOREIGN KEY (option_id) REFERENCES magento.catalog_product_option (option_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_type_price ADD FOREIGN KEY (option_type_id) REFERENCES magento.catalog_product_option_type_value (option_type_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_type_price ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_type_title ADD FOREIGN KEY (option_type_id) REFERENCES magento.catalog_product_option_type_value (option_type_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_option_type_title ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_eav_attribute ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_relation ADD FOREIGN KEY (child_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_relation ADD FOREIGN KEY (parent_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_media_gallery_value_to_entity ADD FOREIGN KEY (value_id) REFERENCES magento.catalog_product_entity_media_gallery (value_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_entity_media_gallery_value_to_entity ADD FOREIGN KEY (entity_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_frontend_action ADD FOREIGN KEY (customer_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.catalog_product_frontend_action ADD FOREIGN KEY (product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.cataloginventory_stock_item ADD FOREIGN KEY (product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.cataloginventory_stock_item ADD FOREIGN KEY (stock_id) REFERENCES magento.cataloginventory_stock (stock_id) ON DELETE CASCADE;
ALTER TABLE magento.quote ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_address ADD FOREIGN KEY (quote_id) REFERENCES magento.quote (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_item ADD FOREIGN KEY (parent_item_id) REFERENCES magento.quote_item (item_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_item ADD FOREIGN KEY (quote_id) REFERENCES magento.quote (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_item ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.quote_address_item ADD FOREIGN KEY (quote_address_id) REFERENCES magento.quote_address (address_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_address_item ADD FOREIGN KEY (parent_item_id) REFERENCES magento.quote_address_item (address_item_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_address_item ADD FOREIGN KEY (quote_item_id) REFERENCES magento.quote_item (item_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_item_option ADD FOREIGN KEY (item_id) REFERENCES magento.quote_item (item_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_payment ADD FOREIGN KEY (quote_id) REFERENCES magento.quote (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_shipping_rate ADD FOREIGN KEY (address_id) REFERENCES magento.quote_address (address_id) ON DELETE CASCADE;
ALTER TABLE magento.quote_id_mask ADD FOREIGN KEY (quote_id) REFERENCES magento.quote (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_order ADD FOREIGN KEY (customer_id) REFERENCES magento.customer_entity (entity_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_order ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_order_address ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_order (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_status_history ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_order (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_item ADD FOREIGN KEY (order_id) REFERENCES magento.sales_order (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_item ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_order_payment ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_order (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_shipment ADD FOREIGN KEY (order_id) REFERENCES magento.sales_order (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_shipment ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_shipment_item ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_shipment (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_shipment_track ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_shipment (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_shipment_comment ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_shipment (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_invoice ADD FOREIGN KEY (order_id) REFERENCES magento.sales_order (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_invoice ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_invoice_item ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_invoice (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_invoice_comment ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_invoice (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_creditmemo ADD FOREIGN KEY (order_id) REFERENCES magento.sales_order (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_creditmemo ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_creditmemo_item ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_creditmemo (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_creditmemo_comment ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_creditmemo (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_invoiced_aggregated ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_invoiced_aggregated_order ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_order_aggregated_created ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_order_aggregated_updated ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_payment_transaction ADD FOREIGN KEY (order_id) REFERENCES magento.sales_order (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_payment_transaction ADD FOREIGN KEY (parent_id) REFERENCES magento.sales_payment_transaction (transaction_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_payment_transaction ADD FOREIGN KEY (payment_id) REFERENCES magento.sales_order_payment (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_refunded_aggregated ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_refunded_aggregated_order ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_shipping_aggregated ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_shipping_aggregated_order ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.sales_bestsellers_aggregated_daily ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_bestsellers_aggregated_monthly ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_bestsellers_aggregated_yearly ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_tax_item ADD FOREIGN KEY (associated_item_id) REFERENCES magento.sales_order_item (item_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_tax_item ADD FOREIGN KEY (tax_id) REFERENCES magento.sales_order_tax (tax_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_tax_item ADD FOREIGN KEY (item_id) REFERENCES magento.sales_order_item (item_id) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_status_state ADD FOREIGN KEY (status) REFERENCES magento.sales_order_status (status) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_status_label ADD FOREIGN KEY (status) REFERENCES magento.sales_order_status (status) ON DELETE CASCADE;
ALTER TABLE magento.sales_order_status_label ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_coupon ADD FOREIGN KEY (rule_id) REFERENCES magento.salesrule (rule_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_coupon_usage ADD FOREIGN KEY (coupon_id) REFERENCES magento.salesrule_coupon (coupon_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_coupon_usage ADD FOREIGN KEY (customer_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_customer ADD FOREIGN KEY (customer_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_customer ADD FOREIGN KEY (rule_id) REFERENCES magento.salesrule (rule_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_label ADD FOREIGN KEY (rule_id) REFERENCES magento.salesrule (rule_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_label ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_product_attribute ADD FOREIGN KEY (attribute_id) REFERENCES magento.eav_attribute (attribute_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_product_attribute ADD FOREIGN KEY (customer_group_id) REFERENCES magento.customer_group (customer_group_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_product_attribute ADD FOREIGN KEY (rule_id) REFERENCES magento.salesrule (rule_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_product_attribute ADD FOREIGN KEY (website_id) REFERENCES magento.store_website (website_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_coupon_aggregated ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_coupon_aggregated_updated ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_coupon_aggregated_order ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_website ADD FOREIGN KEY (rule_id) REFERENCES magento.salesrule (rule_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_website ADD FOREIGN KEY (website_id) REFERENCES magento.store_website (website_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_customer_group ADD FOREIGN KEY (rule_id) REFERENCES magento.salesrule (rule_id) ON DELETE CASCADE;
ALTER TABLE magento.salesrule_customer_group ADD FOREIGN KEY (customer_group_id) REFERENCES magento.customer_group (customer_group_id) ON DELETE CASCADE;
ALTER TABLE magento.review ADD FOREIGN KEY (entity_id) REFERENCES magento.review_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.review ADD FOREIGN KEY (status_id) REFERENCES magento.review_status (status_id);
ALTER TABLE magento.review_detail ADD FOREIGN KEY (customer_id) REFERENCES magento.customer_entity (entity_id) ON DELETE SET NULL;
ALTER TABLE magento.review_detail ADD FOREIGN KEY (review_id) REFERENCES magento.review (review_id) ON DELETE CASCADE;
ALTER TABLE magento.review_detail ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.review_entity_summary ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.review_store ADD FOREIGN KEY (review_id) REFERENCES magento.review (review_id) ON DELETE CASCADE;
ALTER TABLE magento.review_store ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.rating ADD FOREIGN KEY (entity_id) REFERENCES magento.rating_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_option ADD FOREIGN KEY (rating_id) REFERENCES magento.rating (rating_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_option_vote ADD FOREIGN KEY (option_id) REFERENCES magento.rating_option (option_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_option_vote ADD FOREIGN KEY (review_id) REFERENCES magento.review (review_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_option_vote_aggregated ADD FOREIGN KEY (rating_id) REFERENCES magento.rating (rating_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_option_vote_aggregated ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_store ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_store ADD FOREIGN KEY (rating_id) REFERENCES magento.rating (rating_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_title ADD FOREIGN KEY (rating_id) REFERENCES magento.rating (rating_id) ON DELETE CASCADE;
ALTER TABLE magento.rating_title ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.wishlist ADD FOREIGN KEY (customer_id) REFERENCES magento.customer_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.wishlist_item ADD FOREIGN KEY (wishlist_id) REFERENCES magento.wishlist (wishlist_id) ON DELETE CASCADE;
ALTER TABLE magento.wishlist_item ADD FOREIGN KEY (product_id) REFERENCES magento.catalog_product_entity (entity_id) ON DELETE CASCADE;
ALTER TABLE magento.wishlist_item ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.wishlist_item_option ADD FOREIGN KEY (wishlist_item_id) REFERENCES magento.wishlist_item (wishlist_item_id) ON DELETE CASCADE;
ALTER TABLE magento.tax_calculation ADD FOREIGN KEY (product_tax_class_id) REFERENCES magento.tax_class (class_id) ON DELETE CASCADE;
ALTER TABLE magento.tax_calculation ADD FOREIGN KEY (customer_tax_class_id) REFERENCES magento.tax_class (class_id) ON DELETE CASCADE;
ALTER TABLE magento.tax_calculation ADD FOREIGN KEY (tax_calculation_rate_id) REFERENCES magento.tax_calculation_rate (tax_calculation_rate_id) ON DELETE CASCADE;
ALTER TABLE magento.tax_calculation ADD FOREIGN KEY (tax_calculation_rule_id) REFERENCES magento.tax_calculation_rule (tax_calculation_rule_id) ON DELETE CASCADE;
ALTER TABLE magento.tax_calculation_rate_title ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.tax_calculation_rate_title ADD FOREIGN KEY (tax_calculation_rate_id) REFERENCES magento.tax_calculation_rate (tax_calculation_rate_id) ON DELETE CASCADE;
ALTER TABLE magento.tax_order_aggregated_created ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.tax_order_aggregated_updated ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.cms_block_store ADD FOREIGN KEY (block_id) REFERENCES magento.cms_block (block_id) ON DELETE CASCADE;
ALTER TABLE magento.cms_block_store ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.cms_page_store ADD FOREIGN KEY (page_id) REFERENCES magento.cms_page (page_id) ON DELETE CASCADE;
ALTER TABLE magento.cms_page_store ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.newsletter_subscriber ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE SET NULL;
ALTER TABLE magento.newsletter_queue ADD FOREIGN KEY (template_id) REFERENCES magento.newsletter_template (template_id) ON DELETE CASCADE;
ALTER TABLE magento.newsletter_queue_link ADD FOREIGN KEY (queue_id) REFERENCES magento.newsletter_queue (queue_id) ON DELETE CASCADE;
ALTER TABLE magento.newsletter_queue_link ADD FOREIGN KEY (subscriber_id) REFERENCES magento.newsletter_subscriber (subscriber_id) ON DELETE CASCADE;
ALTER TABLE magento.newsletter_queue_store_link ADD FOREIGN KEY (queue_id) REFERENCES magento.newsletter_queue (queue_id) ON DELETE CASCADE;
ALTER TABLE magento.newsletter_queue_store_link ADD FOREIGN KEY (store_id) REFERENCES magento.store (store_id) ON DELETE CASCADE;
ALTER TABLE magento.newsletter_problem ADD FOREIGN KEY (queue_id) REFERENCES magento.newsletter_queue (queue_id) ON DELETE CASCADE;
ALTER TABLE magento.newsletter_problem ADD FOREIGN KEY (subscriber_id) REFERENCES magento.newsletter_subscriber (subscriber_id) ON DELETE CASCADE;
COMMENT ON COLUMN magento.store_website.website_id IS 'Website Id';
COMMENT ON COLUMN magento.store_website.code IS 'Code';
COMMENT ON COLUMN magento.store_website.name IS 'Website Name';
COMMENT ON COLUMN magento.store_website.sort_order IS 'Sort Order';
COMMENT ON COLUMN magento.store_website.default_group_id IS 'Default Group Id';
COMMENT ON COLUMN magento.store_website.is_default IS 'Defines Is Website Default';
COMMENT ON TABLE magento.store_website IS 'Websites';
COMMENT ON COLUMN magento.store_group.group_id IS 'Group Id';
COMMENT ON COLUMN magento.store_group.website_id IS 'Website Id';
COMMENT ON COLUMN magento.store_group.name IS 'Store Group Name';
COMMENT ON COLUMN magento.store_group.root_category_id IS 'Root Category Id';
COMMENT ON COLUMN magento.store_group.default_store_id IS 'Default Store Id';
COMMENT ON COLUMN magento.store_group.code IS 'Store group unique code';
COMMENT ON TABLE magento.store_group IS 'Store Groups';
COMMENT ON COLUMN magento.store.store_id IS 'Store Id';
COMMENT ON COLUMN magento.store.code IS 'Code';
COMMENT ON COLUMN magento.store.website_id IS 'Website Id';
COMMENT ON COLUMN magento.store.group_id IS 'Group Id';
COMMENT ON COLUMN magento.store.name IS 'Store Name';
COMMENT ON COLUMN magento.store.sort_order IS 'Store Sort Order';
COMMENT ON COLUMN magento.store.is_active IS 'Store Activity';
COMMENT ON TABLE magento.store IS 'Stores';
COMMENT ON COLUMN magento.directory_country.country_id IS 'Country Id in ISO-2';
COMMENT ON COLUMN magento.directory_country.iso2_code IS 'Country ISO-2 format';
COMMENT ON COLUMN magento.directory_country.iso3_code IS 'Country ISO-3';
COMMENT ON TABLE magento.directory_country IS 'Directory Country';
COMMENT ON COLUMN magento.directory_country_format.country_format_id IS 'Country Format Id';
COMMENT ON COLUMN magento.directory_country_format.country_id IS 'Country Id in ISO-2';
COMMENT ON COLUMN magento.directory_country_format.type IS 'Country Format Type';
COMMENT ON COLUMN magento.directory_country_format.format IS 'Country Format';
COMMENT ON TABLE magento.directory_country_format IS 'Directory Country Format';
COMMENT ON COLUMN magento.directory_country_region.region_id IS 'Region Id';
COMMENT ON COLUMN magento.directory_country_region.country_id IS 'Country Id in ISO-2';
COMMENT ON COLUMN magento.directory_country_region.code IS 'Region code';
COMMENT ON COLUMN magento.directory_country_region.default_name IS 'Region Name';
COMMENT ON TABLE magento.directory_country_region IS 'Directory Country Region';
COMMENT ON COLUMN magento.directory_country_region_name.locale IS 'Locale';
COMMENT ON COLUMN magento.directory_country_region_name.region_id IS 'Region Id';
COMMENT ON COLUMN magento.directory_country_region_name.name IS 'Region Name';
COMMENT ON TABLE magento.directory_country_region_name IS 'Directory Country Region Name';
COMMENT ON COLUMN magento.directory_currency_rate.currency_from IS 'Currency Code Convert From';
COMMENT ON COLUMN magento.directory_currency_rate.currency_to IS 'Currency Code Convert To';
COMMENT ON COLUMN magento.directory_currency_rate.rate IS 'Currency Conversion Rate';
COMMENT ON TABLE magento.directory_currency_rate IS 'Directory Currency Rate';
COMMENT ON COLUMN magento.customer_entity.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_entity.website_id IS 'Website ID';
COMMENT ON COLUMN magento.customer_entity.email IS 'Email';
COMMENT ON COLUMN magento.customer_entity.group_id IS 'Group ID';
COMMENT ON COLUMN magento.customer_entity.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.customer_entity.store_id IS 'Store ID';
COMMENT ON COLUMN magento.customer_entity.created_at IS 'Created At';
COMMENT ON COLUMN magento.customer_entity.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.customer_entity.is_active IS 'Is Active';
COMMENT ON COLUMN magento.customer_entity.disable_auto_group_change IS 'Disable automatic group change based on VAT ID';
COMMENT ON COLUMN magento.customer_entity.created_in IS 'Created From';
COMMENT ON COLUMN magento.customer_entity.prefix IS 'Name Prefix';
COMMENT ON COLUMN magento.customer_entity.firstname IS 'First Name';
COMMENT ON COLUMN magento.customer_entity.middlename IS 'Middle Name/Initial';
COMMENT ON COLUMN magento.customer_entity.lastname IS 'Last Name';
COMMENT ON COLUMN magento.customer_entity.suffix IS 'Name Suffix';
COMMENT ON COLUMN magento.customer_entity.dob IS 'Date of Birth';
COMMENT ON COLUMN magento.customer_entity.password_hash IS 'Password_hash';
COMMENT ON COLUMN magento.customer_entity.rp_token IS 'Reset password token';
COMMENT ON COLUMN magento.customer_entity.rp_token_created_at IS 'Reset password token creation time';
COMMENT ON COLUMN magento.customer_entity.default_billing IS 'Default Billing Address';
COMMENT ON COLUMN magento.customer_entity.default_shipping IS 'Default Shipping Address';
COMMENT ON COLUMN magento.customer_entity.taxvat IS 'Tax/VAT Number';
COMMENT ON COLUMN magento.customer_entity.confirmation IS 'Is Confirmed';
COMMENT ON COLUMN magento.customer_entity.gender IS 'Gender';
COMMENT ON COLUMN magento.customer_entity.failures_num IS 'Failure Number';
COMMENT ON COLUMN magento.customer_entity.first_failure IS 'First Failure';
COMMENT ON COLUMN magento.customer_entity.lock_expires IS 'Lock Expiration Date';
COMMENT ON TABLE magento.customer_entity IS 'Customer Entity';
COMMENT ON COLUMN magento.customer_address_entity.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_address_entity.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.customer_address_entity.parent_id IS 'Parent ID';
COMMENT ON COLUMN magento.customer_address_entity.created_at IS 'Created At';
COMMENT ON COLUMN magento.customer_address_entity.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.customer_address_entity.is_active IS 'Is Active';
COMMENT ON COLUMN magento.customer_address_entity.city IS 'City';
COMMENT ON COLUMN magento.customer_address_entity.company IS 'Company';
COMMENT ON COLUMN magento.customer_address_entity.country_id IS 'Country';
COMMENT ON COLUMN magento.customer_address_entity.fax IS 'Fax';
COMMENT ON COLUMN magento.customer_address_entity.firstname IS 'First Name';
COMMENT ON COLUMN magento.customer_address_entity.lastname IS 'Last Name';
COMMENT ON COLUMN magento.customer_address_entity.middlename IS 'Middle Name';
COMMENT ON COLUMN magento.customer_address_entity.postcode IS 'Zip/Postal Code';
COMMENT ON COLUMN magento.customer_address_entity.prefix IS 'Name Prefix';
COMMENT ON COLUMN magento.customer_address_entity.region IS 'State/Province';
COMMENT ON COLUMN magento.customer_address_entity.region_id IS 'State/Province';
COMMENT ON COLUMN magento.customer_address_entity.street IS 'Street Address';
COMMENT ON COLUMN magento.customer_address_entity.suffix IS 'Name Suffix';
COMMENT ON COLUMN magento.customer_address_entity.telephone IS 'Phone Number';
COMMENT ON COLUMN magento.customer_address_entity.vat_id IS 'VAT number';
COMMENT ON COLUMN magento.customer_address_entity.vat_is_valid IS 'VAT number validity';
COMMENT ON COLUMN magento.customer_address_entity.vat_request_date IS 'VAT number validation request date';
COMMENT ON COLUMN magento.customer_address_entity.vat_request_id IS 'VAT number validation request ID';
COMMENT ON COLUMN magento.customer_address_entity.vat_request_success IS 'VAT number validation request success';
COMMENT ON TABLE magento.customer_address_entity IS 'Customer Address Entity';
COMMENT ON COLUMN magento.customer_address_entity_datetime.value_id IS 'Value Id';
COMMENT ON COLUMN magento.customer_address_entity_datetime.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.customer_address_entity_datetime.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_address_entity_datetime.value IS 'Value';
COMMENT ON TABLE magento.customer_address_entity_datetime IS 'Customer Address Entity Datetime';
COMMENT ON COLUMN magento.customer_address_entity_decimal.value_id IS 'Value Id';
COMMENT ON COLUMN magento.customer_address_entity_decimal.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.customer_address_entity_decimal.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_address_entity_decimal.value IS 'Value';
COMMENT ON TABLE magento.customer_address_entity_decimal IS 'Customer Address Entity Decimal';
COMMENT ON COLUMN magento.customer_address_entity_int.value_id IS 'Value ID';
COMMENT ON COLUMN magento.customer_address_entity_int.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.customer_address_entity_int.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_address_entity_int.value IS 'Value';
COMMENT ON TABLE magento.customer_address_entity_int IS 'Customer Address Entity Int';
COMMENT ON COLUMN magento.customer_address_entity_text.value_id IS 'Value ID';
COMMENT ON COLUMN magento.customer_address_entity_text.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.customer_address_entity_text.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_address_entity_text.value IS 'Value';
COMMENT ON TABLE magento.customer_address_entity_text IS 'Customer Address Entity Text';
COMMENT ON COLUMN magento.customer_address_entity_varchar.value_id IS 'Value ID';
COMMENT ON COLUMN magento.customer_address_entity_varchar.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.customer_address_entity_varchar.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_address_entity_varchar.value IS 'Value';
COMMENT ON TABLE magento.customer_address_entity_varchar IS 'Customer Address Entity Varchar';
COMMENT ON COLUMN magento.customer_entity_datetime.value_id IS 'Value ID';
COMMENT ON COLUMN magento.customer_entity_datetime.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.customer_entity_datetime.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_entity_datetime.value IS 'Value';
COMMENT ON TABLE magento.customer_entity_datetime IS 'Customer Entity Datetime';
COMMENT ON COLUMN magento.customer_entity_decimal.value_id IS 'Value ID';
COMMENT ON COLUMN magento.customer_entity_decimal.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.customer_entity_decimal.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_entity_decimal.value IS 'Value';
COMMENT ON TABLE magento.customer_entity_decimal IS 'Customer Entity Decimal';
COMMENT ON COLUMN magento.customer_entity_int.value_id IS 'Value ID';
COMMENT ON COLUMN magento.customer_entity_int.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.customer_entity_int.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_entity_int.value IS 'Value';
COMMENT ON TABLE magento.customer_entity_int IS 'Customer Entity Int';
COMMENT ON COLUMN magento.customer_entity_text.value_id IS 'Value ID';
COMMENT ON COLUMN magento.customer_entity_text.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.customer_entity_text.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_entity_text.value IS 'Value';
COMMENT ON TABLE magento.customer_entity_text IS 'Customer Entity Text';
COMMENT ON COLUMN magento.customer_entity_varchar.value_id IS 'Value ID';
COMMENT ON COLUMN magento.customer_entity_varchar.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.customer_entity_varchar.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.customer_entity_varchar.value IS 'Value';
COMMENT ON TABLE magento.customer_entity_varchar IS 'Customer Entity Varchar';
COMMENT ON COLUMN magento.customer_group.customer_group_code IS 'Customer Group Code';
COMMENT ON COLUMN magento.customer_group.tax_class_id IS 'Tax Class Id';
COMMENT ON TABLE magento.customer_group IS 'Customer Group';
COMMENT ON COLUMN magento.customer_eav_attribute.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.customer_eav_attribute.is_visible IS 'Is Visible';
COMMENT ON COLUMN magento.customer_eav_attribute.input_filter IS 'Input Filter';
COMMENT ON COLUMN magento.customer_eav_attribute.multiline_count IS 'Multiline Count';
COMMENT ON COLUMN magento.customer_eav_attribute.validate_rules IS 'Validate Rules';
COMMENT ON COLUMN magento.customer_eav_attribute.is_system IS 'Is System';
COMMENT ON COLUMN magento.customer_eav_attribute.sort_order IS 'Sort Order';
COMMENT ON COLUMN magento.customer_eav_attribute.data_model IS 'Data Model';
COMMENT ON COLUMN magento.customer_eav_attribute.is_used_in_grid IS 'Is Used in Grid';
COMMENT ON COLUMN magento.customer_eav_attribute.is_visible_in_grid IS 'Is Visible in Grid';
COMMENT ON COLUMN magento.customer_eav_attribute.is_filterable_in_grid IS 'Is Filterable in Grid';
COMMENT ON COLUMN magento.customer_eav_attribute.is_searchable_in_grid IS 'Is Searchable in Grid';
COMMENT ON TABLE magento.customer_eav_attribute IS 'Customer Eav Attribute';
COMMENT ON COLUMN magento.customer_form_attribute.form_code IS 'Form Code';
COMMENT ON COLUMN magento.customer_form_attribute.attribute_id IS 'Attribute Id';
COMMENT ON TABLE magento.customer_form_attribute IS 'Customer Form Attribute';
COMMENT ON COLUMN magento.customer_eav_attribute_website.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.customer_eav_attribute_website.website_id IS 'Website Id';
COMMENT ON COLUMN magento.customer_eav_attribute_website.is_visible IS 'Is Visible';
COMMENT ON COLUMN magento.customer_eav_attribute_website.is_required IS 'Is Required';
COMMENT ON COLUMN magento.customer_eav_attribute_website.default_value IS 'Default Value';
COMMENT ON COLUMN magento.customer_eav_attribute_website.multiline_count IS 'Multiline Count';
COMMENT ON TABLE magento.customer_eav_attribute_website IS 'Customer Eav Attribute Website';
COMMENT ON COLUMN magento.customer_visitor.visitor_id IS 'Visitor ID';
COMMENT ON COLUMN magento.customer_visitor.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.customer_visitor.session_id IS 'Session ID';
COMMENT ON COLUMN magento.customer_visitor.last_visit_at IS 'Last Visit Time';
COMMENT ON TABLE magento.customer_visitor IS 'Visitor Table';
COMMENT ON COLUMN magento.customer_log.log_id IS 'Log ID';
COMMENT ON COLUMN magento.customer_log.customer_id IS 'Customer ID';
COMMENT ON COLUMN magento.customer_log.last_login_at IS 'Last Login Time';
COMMENT ON COLUMN magento.customer_log.last_logout_at IS 'Last Logout Time';
COMMENT ON TABLE magento.customer_log IS 'Customer Log Table';
COMMENT ON COLUMN magento.eav_entity_type.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity_type.entity_type_code IS 'Entity Type Code';
COMMENT ON COLUMN magento.eav_entity_type.entity_model IS 'Entity Model';
COMMENT ON COLUMN magento.eav_entity_type.attribute_model IS 'Attribute Model';
COMMENT ON COLUMN magento.eav_entity_type.entity_table IS 'Entity Table';
COMMENT ON COLUMN magento.eav_entity_type.value_table_prefix IS 'Value Table Prefix';
COMMENT ON COLUMN magento.eav_entity_type.entity_id_field IS 'Entity ID Field';
COMMENT ON COLUMN magento.eav_entity_type.is_data_sharing IS 'Defines Is Data Sharing';
COMMENT ON COLUMN magento.eav_entity_type.data_sharing_key IS 'Data Sharing Key';
COMMENT ON COLUMN magento.eav_entity_type.default_attribute_set_id IS 'Default Attribute Set Id';
COMMENT ON COLUMN magento.eav_entity_type.increment_model IS 'Increment Model';
COMMENT ON COLUMN magento.eav_entity_type.increment_per_store IS 'Increment Per Store';
COMMENT ON COLUMN magento.eav_entity_type.increment_pad_length IS 'Increment Pad Length';
COMMENT ON COLUMN magento.eav_entity_type.increment_pad_char IS 'Increment Pad Char';
COMMENT ON COLUMN magento.eav_entity_type.additional_attribute_table IS 'Additional Attribute Table';
COMMENT ON COLUMN magento.eav_entity_type.entity_attribute_collection IS 'Entity Attribute Collection';
COMMENT ON TABLE magento.eav_entity_type IS 'Eav Entity Type';
COMMENT ON COLUMN magento.eav_entity.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.eav_entity.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity.attribute_set_id IS 'Attribute Set Id';
COMMENT ON COLUMN magento.eav_entity.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.eav_entity.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.eav_entity.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_entity.created_at IS 'Created At';
COMMENT ON COLUMN magento.eav_entity.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.eav_entity.is_active IS 'Defines Is Entity Active';
COMMENT ON TABLE magento.eav_entity IS 'Eav Entity';
COMMENT ON COLUMN magento.eav_entity_datetime.value_id IS 'Value Id';
COMMENT ON COLUMN magento.eav_entity_datetime.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity_datetime.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_entity_datetime.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_entity_datetime.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.eav_entity_datetime.value IS 'Attribute Value';
COMMENT ON TABLE magento.eav_entity_datetime IS 'Eav Entity Value Prefix';
COMMENT ON COLUMN magento.eav_entity_decimal.value_id IS 'Value Id';
COMMENT ON COLUMN magento.eav_entity_decimal.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity_decimal.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_entity_decimal.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_entity_decimal.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.eav_entity_decimal.value IS 'Attribute Value';
COMMENT ON TABLE magento.eav_entity_decimal IS 'Eav Entity Value Prefix';
COMMENT ON COLUMN magento.eav_entity_int.value_id IS 'Value Id';
COMMENT ON COLUMN magento.eav_entity_int.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity_int.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_entity_int.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_entity_int.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.eav_entity_int.value IS 'Attribute Value';
COMMENT ON TABLE magento.eav_entity_int IS 'Eav Entity Value Prefix';
COMMENT ON COLUMN magento.eav_entity_text.value_id IS 'Value Id';
COMMENT ON COLUMN magento.eav_entity_text.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity_text.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_entity_text.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_entity_text.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.eav_entity_text.value IS 'Attribute Value';
COMMENT ON TABLE magento.eav_entity_text IS 'Eav Entity Value Prefix';
COMMENT ON COLUMN magento.eav_entity_varchar.value_id IS 'Value Id';
COMMENT ON COLUMN magento.eav_entity_varchar.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity_varchar.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_entity_varchar.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_entity_varchar.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.eav_entity_varchar.value IS 'Attribute Value';
COMMENT ON TABLE magento.eav_entity_varchar IS 'Eav Entity Value Prefix';
COMMENT ON COLUMN magento.eav_attribute.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_attribute.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_attribute.attribute_code IS 'Attribute Code';
COMMENT ON COLUMN magento.eav_attribute.attribute_model IS 'Attribute Model';
COMMENT ON COLUMN magento.eav_attribute.backend_model IS 'Backend Model';
COMMENT ON COLUMN magento.eav_attribute.backend_type IS 'Backend Type';
COMMENT ON COLUMN magento.eav_attribute.backend_table IS 'Backend Table';
COMMENT ON COLUMN magento.eav_attribute.frontend_model IS 'Frontend Model';
COMMENT ON COLUMN magento.eav_attribute.frontend_input IS 'Frontend Input';
COMMENT ON COLUMN magento.eav_attribute.frontend_label IS 'Frontend Label';
COMMENT ON COLUMN magento.eav_attribute.frontend_class IS 'Frontend Class';
COMMENT ON COLUMN magento.eav_attribute.source_model IS 'Source Model';
COMMENT ON COLUMN magento.eav_attribute.is_required IS 'Defines Is Required';
COMMENT ON COLUMN magento.eav_attribute.is_user_defined IS 'Defines Is User Defined';
COMMENT ON COLUMN magento.eav_attribute.default_value IS 'Default Value';
COMMENT ON COLUMN magento.eav_attribute.is_unique IS 'Defines Is Unique';
COMMENT ON COLUMN magento.eav_attribute.note IS 'Note';
COMMENT ON TABLE magento.eav_attribute IS 'Eav Attribute';
COMMENT ON COLUMN magento.eav_entity_store.entity_store_id IS 'Entity Store Id';
COMMENT ON COLUMN magento.eav_entity_store.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity_store.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_entity_store.increment_prefix IS 'Increment Prefix';
COMMENT ON COLUMN magento.eav_entity_store.increment_last_id IS 'Last Incremented Id';
COMMENT ON TABLE magento.eav_entity_store IS 'Eav Entity Store';
COMMENT ON COLUMN magento.eav_attribute_set.attribute_set_id IS 'Attribute Set Id';
COMMENT ON COLUMN magento.eav_attribute_set.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_attribute_set.attribute_set_name IS 'Attribute Set Name';
COMMENT ON COLUMN magento.eav_attribute_set.sort_order IS 'Sort Order';
COMMENT ON TABLE magento.eav_attribute_set IS 'Eav Attribute Set';
COMMENT ON COLUMN magento.eav_attribute_group.attribute_group_id IS 'Attribute Group Id';
COMMENT ON COLUMN magento.eav_attribute_group.attribute_set_id IS 'Attribute Set Id';
COMMENT ON COLUMN magento.eav_attribute_group.attribute_group_name IS 'Attribute Group Name';
COMMENT ON COLUMN magento.eav_attribute_group.sort_order IS 'Sort Order';
COMMENT ON COLUMN magento.eav_attribute_group.default_id IS 'Default Id';
COMMENT ON COLUMN magento.eav_attribute_group.attribute_group_code IS 'Attribute Group Code';
COMMENT ON COLUMN magento.eav_attribute_group.tab_group_code IS 'Tab Group Code';
COMMENT ON TABLE magento.eav_attribute_group IS 'Eav Attribute Group';
COMMENT ON COLUMN magento.eav_entity_attribute.entity_attribute_id IS 'Entity Attribute Id';
COMMENT ON COLUMN magento.eav_entity_attribute.entity_type_id IS 'Entity Type Id';
COMMENT ON COLUMN magento.eav_entity_attribute.attribute_set_id IS 'Attribute Set Id';
COMMENT ON COLUMN magento.eav_entity_attribute.attribute_group_id IS 'Attribute Group Id';
COMMENT ON COLUMN magento.eav_entity_attribute.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_entity_attribute.sort_order IS 'Sort Order';
COMMENT ON TABLE magento.eav_entity_attribute IS 'Eav Entity Attributes';
COMMENT ON COLUMN magento.eav_attribute_option.option_id IS 'Option Id';
COMMENT ON COLUMN magento.eav_attribute_option.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_attribute_option.sort_order IS 'Sort Order';
COMMENT ON TABLE magento.eav_attribute_option IS 'Eav Attribute Option';
COMMENT ON COLUMN magento.eav_attribute_option_value.value_id IS 'Value Id';
COMMENT ON COLUMN magento.eav_attribute_option_value.option_id IS 'Option Id';
COMMENT ON COLUMN magento.eav_attribute_option_value.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_attribute_option_value.value IS 'Value';
COMMENT ON TABLE magento.eav_attribute_option_value IS 'Eav Attribute Option Value';
COMMENT ON COLUMN magento.eav_attribute_label.attribute_label_id IS 'Attribute Label Id';
COMMENT ON COLUMN magento.eav_attribute_label.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_attribute_label.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_attribute_label.value IS 'Value';
COMMENT ON TABLE magento.eav_attribute_label IS 'Eav Attribute Label';
COMMENT ON COLUMN magento.eav_form_type.type_id IS 'Type Id';
COMMENT ON COLUMN magento.eav_form_type.code IS 'Code';
COMMENT ON COLUMN magento.eav_form_type.label IS 'Label';
COMMENT ON COLUMN magento.eav_form_type.is_system IS 'Is System';
COMMENT ON COLUMN magento.eav_form_type.theme IS 'Theme';
COMMENT ON COLUMN magento.eav_form_type.store_id IS 'Store Id';
COMMENT ON TABLE magento.eav_form_type IS 'Eav Form Type';
COMMENT ON COLUMN magento.eav_form_type_entity.type_id IS 'Type Id';
COMMENT ON COLUMN magento.eav_form_type_entity.entity_type_id IS 'Entity Type Id';
COMMENT ON TABLE magento.eav_form_type_entity IS 'Eav Form Type Entity';
COMMENT ON COLUMN magento.eav_form_fieldset.fieldset_id IS 'Fieldset Id';
COMMENT ON COLUMN magento.eav_form_fieldset.type_id IS 'Type Id';
COMMENT ON COLUMN magento.eav_form_fieldset.code IS 'Code';
COMMENT ON COLUMN magento.eav_form_fieldset.sort_order IS 'Sort Order';
COMMENT ON TABLE magento.eav_form_fieldset IS 'Eav Form Fieldset';
COMMENT ON COLUMN magento.eav_form_fieldset_label.fieldset_id IS 'Fieldset Id';
COMMENT ON COLUMN magento.eav_form_fieldset_label.store_id IS 'Store Id';
COMMENT ON COLUMN magento.eav_form_fieldset_label.label IS 'Label';
COMMENT ON TABLE magento.eav_form_fieldset_label IS 'Eav Form Fieldset Label';
COMMENT ON COLUMN magento.eav_form_element.element_id IS 'Element Id';
COMMENT ON COLUMN magento.eav_form_element.type_id IS 'Type Id';
COMMENT ON COLUMN magento.eav_form_element.fieldset_id IS 'Fieldset Id';
COMMENT ON COLUMN magento.eav_form_element.attribute_id IS 'Attribute Id';
COMMENT ON COLUMN magento.eav_form_element.sort_order IS 'Sort Order';
COMMENT ON TABLE magento.eav_form_element IS 'Eav Form Element';
COMMENT ON COLUMN magento.catalog_product_entity.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity.attribute_set_id IS 'Attribute Set ID';
COMMENT ON COLUMN magento.catalog_product_entity.type_id IS 'Type ID';
COMMENT ON COLUMN magento.catalog_product_entity.sku IS 'SKU';
COMMENT ON COLUMN magento.catalog_product_entity.has_options IS 'Has Options';
COMMENT ON COLUMN magento.catalog_product_entity.required_options IS 'Required Options';
COMMENT ON COLUMN magento.catalog_product_entity.created_at IS 'Creation Time';
COMMENT ON COLUMN magento.catalog_product_entity.updated_at IS 'Update Time';
COMMENT ON TABLE magento.catalog_product_entity IS 'Catalog Product Table';
COMMENT ON COLUMN magento.catalog_product_entity_datetime.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_datetime.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_product_entity_datetime.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_entity_datetime.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity_datetime.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_entity_datetime IS 'Catalog Product Datetime Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_product_entity_decimal.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_decimal.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_product_entity_decimal.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_entity_decimal.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity_decimal.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_entity_decimal IS 'Catalog Product Decimal Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_product_entity_int.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_int.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_product_entity_int.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_entity_int.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity_int.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_entity_int IS 'Catalog Product Integer Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_product_entity_text.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_text.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_product_entity_text.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_entity_text.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity_text.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_entity_text IS 'Catalog Product Text Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_product_entity_varchar.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_varchar.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_product_entity_varchar.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_entity_varchar.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity_varchar.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_entity_varchar IS 'Catalog Product Varchar Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_product_entity_gallery.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_gallery.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_product_entity_gallery.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_entity_gallery.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity_gallery.position IS 'Position';
COMMENT ON COLUMN magento.catalog_product_entity_gallery.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_entity_gallery IS 'Catalog Product Gallery Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_category_entity.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_category_entity.attribute_set_id IS 'Attribute Set ID';
COMMENT ON COLUMN magento.catalog_category_entity.parent_id IS 'Parent Category ID';
COMMENT ON COLUMN magento.catalog_category_entity.created_at IS 'Creation Time';
COMMENT ON COLUMN magento.catalog_category_entity.updated_at IS 'Update Time';
COMMENT ON COLUMN magento.catalog_category_entity.path IS 'Tree Path';
COMMENT ON COLUMN magento.catalog_category_entity.position IS 'Position';
COMMENT ON COLUMN magento.catalog_category_entity.level IS 'Tree Level';
COMMENT ON COLUMN magento.catalog_category_entity.children_count IS 'Child Count';
COMMENT ON TABLE magento.catalog_category_entity IS 'Catalog Category Table';
COMMENT ON COLUMN magento.catalog_category_entity_datetime.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_category_entity_datetime.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_category_entity_datetime.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_category_entity_datetime.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_category_entity_datetime.value IS 'Value';
COMMENT ON TABLE magento.catalog_category_entity_datetime IS 'Catalog Category Datetime Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_category_entity_decimal.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_category_entity_decimal.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_category_entity_decimal.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_category_entity_decimal.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_category_entity_decimal.value IS 'Value';
COMMENT ON TABLE magento.catalog_category_entity_decimal IS 'Catalog Category Decimal Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_category_entity_int.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_category_entity_int.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_category_entity_int.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_category_entity_int.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_category_entity_int.value IS 'Value';
COMMENT ON TABLE magento.catalog_category_entity_int IS 'Catalog Category Integer Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_category_entity_text.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_category_entity_text.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_category_entity_text.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_category_entity_text.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_category_entity_text.value IS 'Value';
COMMENT ON TABLE magento.catalog_category_entity_text IS 'Catalog Category Text Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_category_entity_varchar.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_category_entity_varchar.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_category_entity_varchar.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_category_entity_varchar.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_category_entity_varchar.value IS 'Value';
COMMENT ON TABLE magento.catalog_category_entity_varchar IS 'Catalog Category Varchar Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_category_product.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_category_product.category_id IS 'Category ID';
COMMENT ON COLUMN magento.catalog_category_product.product_id IS 'Product ID';
COMMENT ON COLUMN magento.catalog_category_product.position IS 'Position';
COMMENT ON TABLE magento.catalog_category_product IS 'Catalog Product To Category Linkage Table';
COMMENT ON COLUMN magento.catalog_compare_item.catalog_compare_item_id IS 'Compare Item ID';
COMMENT ON COLUMN magento.catalog_compare_item.visitor_id IS 'Visitor ID';
COMMENT ON COLUMN magento.catalog_compare_item.customer_id IS 'Customer ID';
COMMENT ON COLUMN magento.catalog_compare_item.product_id IS 'Product ID';
COMMENT ON COLUMN magento.catalog_compare_item.store_id IS 'Store ID';
COMMENT ON TABLE magento.catalog_compare_item IS 'Catalog Compare Table';
COMMENT ON COLUMN magento.catalog_product_website.product_id IS 'Product ID';
COMMENT ON COLUMN magento.catalog_product_website.website_id IS 'Website ID';
COMMENT ON TABLE magento.catalog_product_website IS 'Catalog Product To Website Linkage Table';
COMMENT ON COLUMN magento.catalog_product_link_type.link_type_id IS 'Link Type ID';
COMMENT ON COLUMN magento.catalog_product_link_type.code IS 'Code';
COMMENT ON TABLE magento.catalog_product_link_type IS 'Catalog Product Link Type Table';
COMMENT ON COLUMN magento.catalog_product_link.link_id IS 'Link ID';
COMMENT ON COLUMN magento.catalog_product_link.product_id IS 'Product ID';
COMMENT ON COLUMN magento.catalog_product_link.linked_product_id IS 'Linked Product ID';
COMMENT ON COLUMN magento.catalog_product_link.link_type_id IS 'Link Type ID';
COMMENT ON TABLE magento.catalog_product_link IS 'Catalog Product To Product Linkage Table';
COMMENT ON COLUMN magento.catalog_product_link_attribute.product_link_attribute_id IS 'Product Link Attribute ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute.link_type_id IS 'Link Type ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute.product_link_attribute_code IS 'Product Link Attribute Code';
COMMENT ON COLUMN magento.catalog_product_link_attribute.data_type IS 'Data Type';
COMMENT ON TABLE magento.catalog_product_link_attribute IS 'Catalog Product Link Attribute Table';
COMMENT ON COLUMN magento.catalog_product_link_attribute_decimal.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_decimal.product_link_attribute_id IS 'Product Link Attribute ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_decimal.link_id IS 'Link ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_decimal.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_link_attribute_decimal IS 'Catalog Product Link Decimal Attribute Table';
COMMENT ON COLUMN magento.catalog_product_link_attribute_int.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_int.product_link_attribute_id IS 'Product Link Attribute ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_int.link_id IS 'Link ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_int.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_link_attribute_int IS 'Catalog Product Link Integer Attribute Table';
COMMENT ON COLUMN magento.catalog_product_link_attribute_varchar.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_varchar.product_link_attribute_id IS 'Product Link Attribute ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_varchar.link_id IS 'Link ID';
COMMENT ON COLUMN magento.catalog_product_link_attribute_varchar.value IS 'Value';
COMMENT ON TABLE magento.catalog_product_link_attribute_varchar IS 'Catalog Product Link Varchar Attribute Table';
COMMENT ON COLUMN magento.catalog_product_entity_tier_price.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_tier_price.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity_tier_price.all_groups IS 'Is Applicable To All Customer Groups';
COMMENT ON COLUMN magento.catalog_product_entity_tier_price.customer_group_id IS 'Customer Group ID';
COMMENT ON COLUMN magento.catalog_product_entity_tier_price.qty IS 'QTY';
COMMENT ON COLUMN magento.catalog_product_entity_tier_price.value IS 'Value';
COMMENT ON COLUMN magento.catalog_product_entity_tier_price.website_id IS 'Website ID';
COMMENT ON COLUMN magento.catalog_product_entity_tier_price.percentage_value IS 'Percentage value';
COMMENT ON TABLE magento.catalog_product_entity_tier_price IS 'Catalog Product Tier Price Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery.value IS 'Value';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery.media_type IS 'Media entry type';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery.disabled IS 'Visibility status';
COMMENT ON TABLE magento.catalog_product_entity_media_gallery IS 'Catalog Product Media Gallery Attribute Backend Table';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value.value_id IS 'Value ID';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value.label IS 'Label';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value.position IS 'Position';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value.disabled IS 'Is Disabled';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value.record_id IS 'Record Id';
COMMENT ON TABLE magento.catalog_product_entity_media_gallery_value IS 'Catalog Product Media Gallery Attribute Value Table';
COMMENT ON COLUMN magento.catalog_product_option.option_id IS 'Option ID';
COMMENT ON COLUMN magento.catalog_product_option.product_id IS 'Product ID';
COMMENT ON COLUMN magento.catalog_product_option.type IS 'Type';
COMMENT ON COLUMN magento.catalog_product_option.is_require IS 'Is Required';
COMMENT ON COLUMN magento.catalog_product_option.sku IS 'SKU';
COMMENT ON COLUMN magento.catalog_product_option.max_characters IS 'Max Characters';
COMMENT ON COLUMN magento.catalog_product_option.file_extension IS 'File Extension';
COMMENT ON COLUMN magento.catalog_product_option.image_size_x IS 'Image Size X';
COMMENT ON COLUMN magento.catalog_product_option.image_size_y IS 'Image Size Y';
COMMENT ON COLUMN magento.catalog_product_option.sort_order IS 'Sort Order';
COMMENT ON TABLE magento.catalog_product_option IS 'Catalog Product Option Table';
COMMENT ON COLUMN magento.catalog_product_option_price.option_price_id IS 'Option Price ID';
COMMENT ON COLUMN magento.catalog_product_option_price.option_id IS 'Option ID';
COMMENT ON COLUMN magento.catalog_product_option_price.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_option_price.price IS 'Price';
COMMENT ON COLUMN magento.catalog_product_option_price.price_type IS 'Price Type';
COMMENT ON TABLE magento.catalog_product_option_price IS 'Catalog Product Option Price Table';
COMMENT ON COLUMN magento.catalog_product_option_title.option_title_id IS 'Option Title ID';
COMMENT ON COLUMN magento.catalog_product_option_title.option_id IS 'Option ID';
COMMENT ON COLUMN magento.catalog_product_option_title.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_option_title.title IS 'Title';
COMMENT ON TABLE magento.catalog_product_option_title IS 'Catalog Product Option Title Table';
COMMENT ON COLUMN magento.catalog_product_option_type_value.option_type_id IS 'Option Type ID';
COMMENT ON COLUMN magento.catalog_product_option_type_value.option_id IS 'Option ID';
COMMENT ON COLUMN magento.catalog_product_option_type_value.sku IS 'SKU';
COMMENT ON COLUMN magento.catalog_product_option_type_value.sort_order IS 'Sort Order';
COMMENT ON TABLE magento.catalog_product_option_type_value IS 'Catalog Product Option Type Value Table';
COMMENT ON COLUMN magento.catalog_product_option_type_price.option_type_price_id IS 'Option Type Price ID';
COMMENT ON COLUMN magento.catalog_product_option_type_price.option_type_id IS 'Option Type ID';
COMMENT ON COLUMN magento.catalog_product_option_type_price.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_option_type_price.price IS 'Price';
COMMENT ON COLUMN magento.catalog_product_option_type_price.price_type IS 'Price Type';
COMMENT ON TABLE magento.catalog_product_option_type_price IS 'Catalog Product Option Type Price Table';
COMMENT ON COLUMN magento.catalog_product_option_type_title.option_type_title_id IS 'Option Type Title ID';
COMMENT ON COLUMN magento.catalog_product_option_type_title.option_type_id IS 'Option Type ID';
COMMENT ON COLUMN magento.catalog_product_option_type_title.store_id IS 'Store ID';
COMMENT ON COLUMN magento.catalog_product_option_type_title.title IS 'Title';
COMMENT ON TABLE magento.catalog_product_option_type_title IS 'Catalog Product Option Type Title Table';
COMMENT ON COLUMN magento.catalog_eav_attribute.attribute_id IS 'Attribute ID';
COMMENT ON COLUMN magento.catalog_eav_attribute.frontend_input_renderer IS 'Frontend Input Renderer';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_global IS 'Is Global';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_visible IS 'Is Visible';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_searchable IS 'Is Searchable';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_filterable IS 'Is Filterable';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_comparable IS 'Is Comparable';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_visible_on_front IS 'Is Visible On Front';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_html_allowed_on_front IS 'Is HTML Allowed On Front';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_used_for_price_rules IS 'Is Used For Price Rules';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_filterable_in_search IS 'Is Filterable In Search';
COMMENT ON COLUMN magento.catalog_eav_attribute.used_in_product_listing IS 'Is Used In Product Listing';
COMMENT ON COLUMN magento.catalog_eav_attribute.used_for_sort_by IS 'Is Used For Sorting';
COMMENT ON COLUMN magento.catalog_eav_attribute.apply_to IS 'Apply To';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_visible_in_advanced_search IS 'Is Visible In Advanced Search';
COMMENT ON COLUMN magento.catalog_eav_attribute.position IS 'Position';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_wysiwyg_enabled IS 'Is WYSIWYG Enabled';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_used_for_promo_rules IS 'Is Used For Promo Rules';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_required_in_admin_store IS 'Is Required In Admin Store';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_used_in_grid IS 'Is Used in Grid';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_visible_in_grid IS 'Is Visible in Grid';
COMMENT ON COLUMN magento.catalog_eav_attribute.is_filterable_in_grid IS 'Is Filterable in Grid';
COMMENT ON TABLE magento.catalog_eav_attribute IS 'Catalog EAV Attribute Table';
COMMENT ON COLUMN magento.catalog_product_relation.parent_id IS 'Parent ID';
COMMENT ON COLUMN magento.catalog_product_relation.child_id IS 'Child ID';
COMMENT ON TABLE magento.catalog_product_relation IS 'Catalog Product Relation Table';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value_to_entity.value_id IS 'Value media Entry ID';
COMMENT ON COLUMN magento.catalog_product_entity_media_gallery_value_to_entity.entity_id IS 'Product Entity ID';
COMMENT ON TABLE magento.catalog_product_entity_media_gallery_value_to_entity IS 'Link Media value to Product entity table';
COMMENT ON COLUMN magento.catalog_product_frontend_action.action_id IS 'Product Action Id';
COMMENT ON COLUMN magento.catalog_product_frontend_action.type_id IS 'Type of product action';
COMMENT ON COLUMN magento.catalog_product_frontend_action.visitor_id IS 'Visitor Id';
COMMENT ON COLUMN magento.catalog_product_frontend_action.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.catalog_product_frontend_action.product_id IS 'Product Id';
COMMENT ON COLUMN magento.catalog_product_frontend_action.added_at IS 'Added At';
COMMENT ON TABLE magento.catalog_product_frontend_action IS 'Catalog Product Frontend Action Table';
COMMENT ON COLUMN magento.cataloginventory_stock.stock_id IS 'Stock Id';
COMMENT ON COLUMN magento.cataloginventory_stock.website_id IS 'Website Id';
COMMENT ON COLUMN magento.cataloginventory_stock.stock_name IS 'Stock Name';
COMMENT ON TABLE magento.cataloginventory_stock IS 'Cataloginventory Stock';
COMMENT ON COLUMN magento.cataloginventory_stock_item.item_id IS 'Item Id';
COMMENT ON COLUMN magento.cataloginventory_stock_item.product_id IS 'Product Id';
COMMENT ON COLUMN magento.cataloginventory_stock_item.stock_id IS 'Stock Id';
COMMENT ON COLUMN magento.cataloginventory_stock_item.qty IS 'Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.min_qty IS 'Min Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.use_config_min_qty IS 'Use Config Min Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.is_qty_decimal IS 'Is Qty Decimal';
COMMENT ON COLUMN magento.cataloginventory_stock_item.backorders IS 'Backorders';
COMMENT ON COLUMN magento.cataloginventory_stock_item.use_config_backorders IS 'Use Config Backorders';
COMMENT ON COLUMN magento.cataloginventory_stock_item.min_sale_qty IS 'Min Sale Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.use_config_min_sale_qty IS 'Use Config Min Sale Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.max_sale_qty IS 'Max Sale Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.use_config_max_sale_qty IS 'Use Config Max Sale Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.is_in_stock IS 'Is In Stock';
COMMENT ON COLUMN magento.cataloginventory_stock_item.low_stock_date IS 'Low Stock Date';
COMMENT ON COLUMN magento.cataloginventory_stock_item.notify_stock_qty IS 'Notify Stock Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.use_config_notify_stock_qty IS 'Use Config Notify Stock Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_item.manage_stock IS 'Manage Stock';
COMMENT ON COLUMN magento.cataloginventory_stock_item.use_config_manage_stock IS 'Use Config Manage Stock';
COMMENT ON COLUMN magento.cataloginventory_stock_item.stock_status_changed_auto IS 'Stock Status Changed Automatically';
COMMENT ON COLUMN magento.cataloginventory_stock_item.use_config_qty_increments IS 'Use Config Qty Increments';
COMMENT ON COLUMN magento.cataloginventory_stock_item.qty_increments IS 'Qty Increments';
COMMENT ON COLUMN magento.cataloginventory_stock_item.use_config_enable_qty_inc IS 'Use Config Enable Qty Increments';
COMMENT ON COLUMN magento.cataloginventory_stock_item.enable_qty_increments IS 'Enable Qty Increments';
COMMENT ON COLUMN magento.cataloginventory_stock_item.is_decimal_divided IS 'Is Divided into Multiple Boxes for Shipping';
COMMENT ON COLUMN magento.cataloginventory_stock_item.website_id IS 'Website ID';
COMMENT ON TABLE magento.cataloginventory_stock_item IS 'Cataloginventory Stock Item';
COMMENT ON COLUMN magento.cataloginventory_stock_status.product_id IS 'Product Id';
COMMENT ON COLUMN magento.cataloginventory_stock_status.website_id IS 'Website Id';
COMMENT ON COLUMN magento.cataloginventory_stock_status.stock_id IS 'Stock Id';
COMMENT ON COLUMN magento.cataloginventory_stock_status.qty IS 'Qty';
COMMENT ON COLUMN magento.cataloginventory_stock_status.stock_status IS 'Stock Status';
COMMENT ON TABLE magento.cataloginventory_stock_status IS 'Cataloginventory Stock Status';
COMMENT ON COLUMN magento.quote.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.quote.store_id IS 'Store Id';
COMMENT ON COLUMN magento.quote.created_at IS 'Created At';
COMMENT ON COLUMN magento.quote.converted_at IS 'Converted At';
COMMENT ON COLUMN magento.quote.is_active IS 'Is Active';
COMMENT ON COLUMN magento.quote.is_virtual IS 'Is Virtual';
COMMENT ON COLUMN magento.quote.is_multi_shipping IS 'Is Multi Shipping';
COMMENT ON COLUMN magento.quote.items_count IS 'Items Count';
COMMENT ON COLUMN magento.quote.items_qty IS 'Items Qty';
COMMENT ON COLUMN magento.quote.orig_order_id IS 'Orig Order Id';
COMMENT ON COLUMN magento.quote.store_to_base_rate IS 'Store To Base Rate';
COMMENT ON COLUMN magento.quote.store_to_quote_rate IS 'Store To Quote Rate';
COMMENT ON COLUMN magento.quote.base_currency_code IS 'Base Currency Code';
COMMENT ON COLUMN magento.quote.store_currency_code IS 'Store Currency Code';
COMMENT ON COLUMN magento.quote.quote_currency_code IS 'Quote Currency Code';
COMMENT ON COLUMN magento.quote.grand_total IS 'Grand Total';
COMMENT ON COLUMN magento.quote.base_grand_total IS 'Base Grand Total';
COMMENT ON COLUMN magento.quote.checkout_method IS 'Checkout Method';
COMMENT ON COLUMN magento.quote.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.quote.customer_tax_class_id IS 'Customer Tax Class Id';
COMMENT ON COLUMN magento.quote.customer_group_id IS 'Customer Group Id';
COMMENT ON COLUMN magento.quote.customer_email IS 'Customer Email';
COMMENT ON COLUMN magento.quote.customer_prefix IS 'Customer Prefix';
COMMENT ON COLUMN magento.quote.customer_firstname IS 'Customer Firstname';
COMMENT ON COLUMN magento.quote.customer_middlename IS 'Customer Middlename';
COMMENT ON COLUMN magento.quote.customer_lastname IS 'Customer Lastname';
COMMENT ON COLUMN magento.quote.customer_suffix IS 'Customer Suffix';
COMMENT ON COLUMN magento.quote.customer_dob IS 'Customer Dob';
COMMENT ON COLUMN magento.quote.customer_note IS 'Customer Note';
COMMENT ON COLUMN magento.quote.customer_note_notify IS 'Customer Note Notify';
COMMENT ON COLUMN magento.quote.customer_is_guest IS 'Customer Is Guest';
COMMENT ON COLUMN magento.quote.remote_ip IS 'Remote Ip';
COMMENT ON COLUMN magento.quote.applied_rule_ids IS 'Applied Rule Ids';
COMMENT ON COLUMN magento.quote.reserved_order_id IS 'Reserved Order Id';
COMMENT ON COLUMN magento.quote.password_hash IS 'Password Hash';
COMMENT ON COLUMN magento.quote.coupon_code IS 'Coupon Code';
COMMENT ON COLUMN magento.quote.global_currency_code IS 'Global Currency Code';
COMMENT ON COLUMN magento.quote.base_to_global_rate IS 'Base To Global Rate';
COMMENT ON COLUMN magento.quote.base_to_quote_rate IS 'Base To Quote Rate';
COMMENT ON COLUMN magento.quote.customer_taxvat IS 'Customer Taxvat';
COMMENT ON COLUMN magento.quote.customer_gender IS 'Customer Gender';
COMMENT ON COLUMN magento.quote.subtotal IS 'Subtotal';
COMMENT ON COLUMN magento.quote.base_subtotal IS 'Base Subtotal';
COMMENT ON COLUMN magento.quote.subtotal_with_discount IS 'Subtotal With Discount';
COMMENT ON COLUMN magento.quote.base_subtotal_with_discount IS 'Base Subtotal With Discount';
COMMENT ON COLUMN magento.quote.is_changed IS 'Is Changed';
COMMENT ON COLUMN magento.quote.trigger_recollect IS 'Trigger Recollect';
COMMENT ON COLUMN magento.quote.ext_shipping_info IS 'Ext Shipping Info';
COMMENT ON TABLE magento.quote IS 'Sales Flat Quote';
COMMENT ON COLUMN magento.quote_address.address_id IS 'Address Id';
COMMENT ON COLUMN magento.quote_address.quote_id IS 'Quote Id';
COMMENT ON COLUMN magento.quote_address.created_at IS 'Created At';
COMMENT ON COLUMN magento.quote_address.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.quote_address.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.quote_address.save_in_address_book IS 'Save In Address Book';
COMMENT ON COLUMN magento.quote_address.customer_address_id IS 'Customer Address Id';
COMMENT ON COLUMN magento.quote_address.address_type IS 'Address Type';
COMMENT ON COLUMN magento.quote_address.email IS 'Email';
COMMENT ON COLUMN magento.quote_address.prefix IS 'Prefix';
COMMENT ON COLUMN magento.quote_address.suffix IS 'Suffix';
COMMENT ON COLUMN magento.quote_address.company IS 'Company';
COMMENT ON COLUMN magento.quote_address.street IS 'Street';
COMMENT ON COLUMN magento.quote_address.region_id IS 'Region Id';
COMMENT ON COLUMN magento.quote_address.postcode IS 'Postcode';
COMMENT ON COLUMN magento.quote_address.country_id IS 'Country Id';
COMMENT ON COLUMN magento.quote_address.same_as_billing IS 'Same As Billing';
COMMENT ON COLUMN magento.quote_address.collect_shipping_rates IS 'Collect Shipping Rates';
COMMENT ON COLUMN magento.quote_address.shipping_description IS 'Shipping Description';
COMMENT ON COLUMN magento.quote_address.weight IS 'Weight';
COMMENT ON COLUMN magento.quote_address.subtotal IS 'Subtotal';
COMMENT ON COLUMN magento.quote_address.base_subtotal IS 'Base Subtotal';
COMMENT ON COLUMN magento.quote_address.subtotal_with_discount IS 'Subtotal With Discount';
COMMENT ON COLUMN magento.quote_address.base_subtotal_with_discount IS 'Base Subtotal With Discount';
COMMENT ON COLUMN magento.quote_address.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.quote_address.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.quote_address.shipping_amount IS 'Shipping Amount';
COMMENT ON COLUMN magento.quote_address.base_shipping_amount IS 'Base Shipping Amount';
COMMENT ON COLUMN magento.quote_address.shipping_tax_amount IS 'Shipping Tax Amount';
COMMENT ON COLUMN magento.quote_address.base_shipping_tax_amount IS 'Base Shipping Tax Amount';
COMMENT ON COLUMN magento.quote_address.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.quote_address.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.quote_address.grand_total IS 'Grand Total';
COMMENT ON COLUMN magento.quote_address.base_grand_total IS 'Base Grand Total';
COMMENT ON COLUMN magento.quote_address.customer_notes IS 'Customer Notes';
COMMENT ON COLUMN magento.quote_address.applied_taxes IS 'Applied Taxes';
COMMENT ON COLUMN magento.quote_address.discount_description IS 'Discount Description';
COMMENT ON COLUMN magento.quote_address.shipping_discount_amount IS 'Shipping Discount Amount';
COMMENT ON COLUMN magento.quote_address.base_shipping_discount_amount IS 'Base Shipping Discount Amount';
COMMENT ON COLUMN magento.quote_address.subtotal_incl_tax IS 'Subtotal Incl Tax';
COMMENT ON COLUMN magento.quote_address.base_subtotal_total_incl_tax IS 'Base Subtotal Total Incl Tax';
COMMENT ON COLUMN magento.quote_address.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.quote_address.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.quote_address.shipping_discount_tax_compensation_amount IS 'Shipping Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.quote_address.base_shipping_discount_tax_compensation_amnt IS 'Base Shipping Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.quote_address.shipping_incl_tax IS 'Shipping Incl Tax';
COMMENT ON COLUMN magento.quote_address.base_shipping_incl_tax IS 'Base Shipping Incl Tax';
COMMENT ON COLUMN magento.quote_address.vat_id IS 'Vat Id';
COMMENT ON COLUMN magento.quote_address.vat_is_valid IS 'Vat Is Valid';
COMMENT ON COLUMN magento.quote_address.vat_request_id IS 'Vat Request Id';
COMMENT ON COLUMN magento.quote_address.vat_request_date IS 'Vat Request Date';
COMMENT ON COLUMN magento.quote_address.vat_request_success IS 'Vat Request Success';
COMMENT ON COLUMN magento.quote_address.validated_country_code IS 'Validated Country Code';
COMMENT ON COLUMN magento.quote_address.validated_vat_number IS 'Validated Vat Number';
COMMENT ON TABLE magento.quote_address IS 'Sales Flat Quote Address';
COMMENT ON COLUMN magento.quote_item.item_id IS 'Item Id';
COMMENT ON COLUMN magento.quote_item.quote_id IS 'Quote Id';
COMMENT ON COLUMN magento.quote_item.created_at IS 'Created At';
COMMENT ON COLUMN magento.quote_item.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.quote_item.product_id IS 'Product Id';
COMMENT ON COLUMN magento.quote_item.store_id IS 'Store Id';
COMMENT ON COLUMN magento.quote_item.parent_item_id IS 'Parent Item Id';
COMMENT ON COLUMN magento.quote_item.is_virtual IS 'Is Virtual';
COMMENT ON COLUMN magento.quote_item.sku IS 'Sku';
COMMENT ON COLUMN magento.quote_item.name IS 'Name';
COMMENT ON COLUMN magento.quote_item.description IS 'Description';
COMMENT ON COLUMN magento.quote_item.applied_rule_ids IS 'Applied Rule Ids';
COMMENT ON COLUMN magento.quote_item.additional_data IS 'Additional Data';
COMMENT ON COLUMN magento.quote_item.is_qty_decimal IS 'Is Qty Decimal';
COMMENT ON COLUMN magento.quote_item.no_discount IS 'No Discount';
COMMENT ON COLUMN magento.quote_item.weight IS 'Weight';
COMMENT ON COLUMN magento.quote_item.qty IS 'Qty';
COMMENT ON COLUMN magento.quote_item.price IS 'Price';
COMMENT ON COLUMN magento.quote_item.base_price IS 'Base Price';
COMMENT ON COLUMN magento.quote_item.custom_price IS 'Custom Price';
COMMENT ON COLUMN magento.quote_item.discount_percent IS 'Discount Percent';
COMMENT ON COLUMN magento.quote_item.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.quote_item.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.quote_item.tax_percent IS 'Tax Percent';
COMMENT ON COLUMN magento.quote_item.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.quote_item.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.quote_item.row_total IS 'Row Total';
COMMENT ON COLUMN magento.quote_item.base_row_total IS 'Base Row Total';
COMMENT ON COLUMN magento.quote_item.row_total_with_discount IS 'Row Total With Discount';
COMMENT ON COLUMN magento.quote_item.row_weight IS 'Row Weight';
COMMENT ON COLUMN magento.quote_item.product_type IS 'Product Type';
COMMENT ON COLUMN magento.quote_item.base_tax_before_discount IS 'Base Tax Before Discount';
COMMENT ON COLUMN magento.quote_item.tax_before_discount IS 'Tax Before Discount';
COMMENT ON COLUMN magento.quote_item.original_custom_price IS 'Original Custom Price';
COMMENT ON COLUMN magento.quote_item.redirect_url IS 'Redirect Url';
COMMENT ON COLUMN magento.quote_item.base_cost IS 'Base Cost';
COMMENT ON COLUMN magento.quote_item.price_incl_tax IS 'Price Incl Tax';
COMMENT ON COLUMN magento.quote_item.base_price_incl_tax IS 'Base Price Incl Tax';
COMMENT ON COLUMN magento.quote_item.row_total_incl_tax IS 'Row Total Incl Tax';
COMMENT ON COLUMN magento.quote_item.base_row_total_incl_tax IS 'Base Row Total Incl Tax';
COMMENT ON COLUMN magento.quote_item.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.quote_item.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON TABLE magento.quote_item IS 'Sales Flat Quote Item';
COMMENT ON COLUMN magento.quote_address_item.address_item_id IS 'Address Item Id';
COMMENT ON COLUMN magento.quote_address_item.parent_item_id IS 'Parent Item Id';
COMMENT ON COLUMN magento.quote_address_item.quote_address_id IS 'Quote Address Id';
COMMENT ON COLUMN magento.quote_address_item.quote_item_id IS 'Quote Item Id';
COMMENT ON COLUMN magento.quote_address_item.created_at IS 'Created At';
COMMENT ON COLUMN magento.quote_address_item.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.quote_address_item.applied_rule_ids IS 'Applied Rule Ids';
COMMENT ON COLUMN magento.quote_address_item.additional_data IS 'Additional Data';
COMMENT ON COLUMN magento.quote_address_item.weight IS 'Weight';
COMMENT ON COLUMN magento.quote_address_item.qty IS 'Qty';
COMMENT ON COLUMN magento.quote_address_item.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.quote_address_item.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.quote_address_item.row_total IS 'Row Total';
COMMENT ON COLUMN magento.quote_address_item.base_row_total IS 'Base Row Total';
COMMENT ON COLUMN magento.quote_address_item.row_total_with_discount IS 'Row Total With Discount';
COMMENT ON COLUMN magento.quote_address_item.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.quote_address_item.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.quote_address_item.row_weight IS 'Row Weight';
COMMENT ON COLUMN magento.quote_address_item.product_id IS 'Product Id';
COMMENT ON COLUMN magento.quote_address_item.super_product_id IS 'Super Product Id';
COMMENT ON COLUMN magento.quote_address_item.parent_product_id IS 'Parent Product Id';
COMMENT ON COLUMN magento.quote_address_item.store_id IS 'Store Id';
COMMENT ON COLUMN magento.quote_address_item.sku IS 'Sku';
COMMENT ON COLUMN magento.quote_address_item.image IS 'Image';
COMMENT ON COLUMN magento.quote_address_item.name IS 'Name';
COMMENT ON COLUMN magento.quote_address_item.description IS 'Description';
COMMENT ON COLUMN magento.quote_address_item.is_qty_decimal IS 'Is Qty Decimal';
COMMENT ON COLUMN magento.quote_address_item.price IS 'Price';
COMMENT ON COLUMN magento.quote_address_item.discount_percent IS 'Discount Percent';
COMMENT ON COLUMN magento.quote_address_item.no_discount IS 'No Discount';
COMMENT ON COLUMN magento.quote_address_item.tax_percent IS 'Tax Percent';
COMMENT ON COLUMN magento.quote_address_item.base_price IS 'Base Price';
COMMENT ON COLUMN magento.quote_address_item.base_cost IS 'Base Cost';
COMMENT ON COLUMN magento.quote_address_item.price_incl_tax IS 'Price Incl Tax';
COMMENT ON COLUMN magento.quote_address_item.base_price_incl_tax IS 'Base Price Incl Tax';
COMMENT ON COLUMN magento.quote_address_item.row_total_incl_tax IS 'Row Total Incl Tax';
COMMENT ON COLUMN magento.quote_address_item.base_row_total_incl_tax IS 'Base Row Total Incl Tax';
COMMENT ON COLUMN magento.quote_address_item.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.quote_address_item.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON TABLE magento.quote_address_item IS 'Sales Flat Quote Address Item';
COMMENT ON COLUMN magento.quote_item_option.option_id IS 'Option Id';
COMMENT ON COLUMN magento.quote_item_option.item_id IS 'Item Id';
COMMENT ON COLUMN magento.quote_item_option.product_id IS 'Product Id';
COMMENT ON COLUMN magento.quote_item_option.code IS 'Code';
COMMENT ON COLUMN magento.quote_item_option.value IS 'Value';
COMMENT ON TABLE magento.quote_item_option IS 'Sales Flat Quote Item Option';
COMMENT ON COLUMN magento.quote_payment.payment_id IS 'Payment Id';
COMMENT ON COLUMN magento.quote_payment.quote_id IS 'Quote Id';
COMMENT ON COLUMN magento.quote_payment.created_at IS 'Created At';
COMMENT ON COLUMN magento.quote_payment.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.quote_payment.method IS 'Method';
COMMENT ON COLUMN magento.quote_payment.cc_type IS 'Cc Type';
COMMENT ON COLUMN magento.quote_payment.cc_number_enc IS 'Cc Number Enc';
COMMENT ON COLUMN magento.quote_payment.cc_last_4 IS 'Cc Last 4';
COMMENT ON COLUMN magento.quote_payment.cc_cid_enc IS 'Cc Cid Enc';
COMMENT ON COLUMN magento.quote_payment.cc_owner IS 'Cc Owner';
COMMENT ON COLUMN magento.quote_payment.cc_exp_month IS 'Cc Exp Month';
COMMENT ON COLUMN magento.quote_payment.cc_exp_year IS 'Cc Exp Year';
COMMENT ON COLUMN magento.quote_payment.cc_ss_owner IS 'Cc Ss Owner';
COMMENT ON COLUMN magento.quote_payment.cc_ss_start_month IS 'Cc Ss Start Month';
COMMENT ON COLUMN magento.quote_payment.cc_ss_start_year IS 'Cc Ss Start Year';
COMMENT ON COLUMN magento.quote_payment.po_number IS 'Po Number';
COMMENT ON COLUMN magento.quote_payment.additional_data IS 'Additional Data';
COMMENT ON COLUMN magento.quote_payment.cc_ss_issue IS 'Cc Ss Issue';
COMMENT ON COLUMN magento.quote_payment.additional_information IS 'Additional Information';
COMMENT ON TABLE magento.quote_payment IS 'Sales Flat Quote Payment';
COMMENT ON COLUMN magento.quote_shipping_rate.rate_id IS 'Rate Id';
COMMENT ON COLUMN magento.quote_shipping_rate.address_id IS 'Address Id';
COMMENT ON COLUMN magento.quote_shipping_rate.created_at IS 'Created At';
COMMENT ON COLUMN magento.quote_shipping_rate.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.quote_shipping_rate.carrier IS 'Carrier';
COMMENT ON COLUMN magento.quote_shipping_rate.carrier_title IS 'Carrier Title';
COMMENT ON COLUMN magento.quote_shipping_rate.code IS 'Code';
COMMENT ON COLUMN magento.quote_shipping_rate.method IS 'Method';
COMMENT ON COLUMN magento.quote_shipping_rate.method_description IS 'Method Description';
COMMENT ON COLUMN magento.quote_shipping_rate.price IS 'Price';
COMMENT ON COLUMN magento.quote_shipping_rate.error_message IS 'Error Message';
COMMENT ON COLUMN magento.quote_shipping_rate.method_title IS 'Method Title';
COMMENT ON TABLE magento.quote_shipping_rate IS 'Sales Flat Quote Shipping Rate';
COMMENT ON COLUMN magento.quote_id_mask.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.quote_id_mask.quote_id IS 'Quote ID';
COMMENT ON COLUMN magento.quote_id_mask.masked_id IS 'Masked ID';
COMMENT ON TABLE magento.quote_id_mask IS 'Quote ID and masked ID mapping';
COMMENT ON COLUMN magento.sales_order.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_order.state IS 'State';
COMMENT ON COLUMN magento.sales_order.status IS 'Status';
COMMENT ON COLUMN magento.sales_order.coupon_code IS 'Coupon Code';
COMMENT ON COLUMN magento.sales_order.protect_code IS 'Protect Code';
COMMENT ON COLUMN magento.sales_order.shipping_description IS 'Shipping Description';
COMMENT ON COLUMN magento.sales_order.is_virtual IS 'Is Virtual';
COMMENT ON COLUMN magento.sales_order.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_order.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.sales_order.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.sales_order.base_discount_canceled IS 'Base Discount Canceled';
COMMENT ON COLUMN magento.sales_order.base_discount_invoiced IS 'Base Discount Invoiced';
COMMENT ON COLUMN magento.sales_order.base_discount_refunded IS 'Base Discount Refunded';
COMMENT ON COLUMN magento.sales_order.base_grand_total IS 'Base Grand Total';
COMMENT ON COLUMN magento.sales_order.base_shipping_amount IS 'Base Shipping Amount';
COMMENT ON COLUMN magento.sales_order.base_shipping_canceled IS 'Base Shipping Canceled';
COMMENT ON COLUMN magento.sales_order.base_shipping_invoiced IS 'Base Shipping Invoiced';
COMMENT ON COLUMN magento.sales_order.base_shipping_refunded IS 'Base Shipping Refunded';
COMMENT ON COLUMN magento.sales_order.base_shipping_tax_amount IS 'Base Shipping Tax Amount';
COMMENT ON COLUMN magento.sales_order.base_shipping_tax_refunded IS 'Base Shipping Tax Refunded';
COMMENT ON COLUMN magento.sales_order.base_subtotal IS 'Base Subtotal';
COMMENT ON COLUMN magento.sales_order.base_subtotal_canceled IS 'Base Subtotal Canceled';
COMMENT ON COLUMN magento.sales_order.base_subtotal_invoiced IS 'Base Subtotal Invoiced';
COMMENT ON COLUMN magento.sales_order.base_subtotal_refunded IS 'Base Subtotal Refunded';
COMMENT ON COLUMN magento.sales_order.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.sales_order.base_tax_canceled IS 'Base Tax Canceled';
COMMENT ON COLUMN magento.sales_order.base_tax_invoiced IS 'Base Tax Invoiced';
COMMENT ON COLUMN magento.sales_order.base_tax_refunded IS 'Base Tax Refunded';
COMMENT ON COLUMN magento.sales_order.base_to_global_rate IS 'Base To Global Rate';
COMMENT ON COLUMN magento.sales_order.base_to_order_rate IS 'Base To Order Rate';
COMMENT ON COLUMN magento.sales_order.base_total_canceled IS 'Base Total Canceled';
COMMENT ON COLUMN magento.sales_order.base_total_invoiced IS 'Base Total Invoiced';
COMMENT ON COLUMN magento.sales_order.base_total_invoiced_cost IS 'Base Total Invoiced Cost';
COMMENT ON COLUMN magento.sales_order.base_total_offline_refunded IS 'Base Total Offline Refunded';
COMMENT ON COLUMN magento.sales_order.base_total_online_refunded IS 'Base Total Online Refunded';
COMMENT ON COLUMN magento.sales_order.base_total_paid IS 'Base Total Paid';
COMMENT ON COLUMN magento.sales_order.base_total_qty_ordered IS 'Base Total Qty Ordered';
COMMENT ON COLUMN magento.sales_order.base_total_refunded IS 'Base Total Refunded';
COMMENT ON COLUMN magento.sales_order.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.sales_order.discount_canceled IS 'Discount Canceled';
COMMENT ON COLUMN magento.sales_order.discount_invoiced IS 'Discount Invoiced';
COMMENT ON COLUMN magento.sales_order.discount_refunded IS 'Discount Refunded';
COMMENT ON COLUMN magento.sales_order.grand_total IS 'Grand Total';
COMMENT ON COLUMN magento.sales_order.shipping_amount IS 'Shipping Amount';
COMMENT ON COLUMN magento.sales_order.shipping_canceled IS 'Shipping Canceled';
COMMENT ON COLUMN magento.sales_order.shipping_invoiced IS 'Shipping Invoiced';
COMMENT ON COLUMN magento.sales_order.shipping_refunded IS 'Shipping Refunded';
COMMENT ON COLUMN magento.sales_order.shipping_tax_amount IS 'Shipping Tax Amount';
COMMENT ON COLUMN magento.sales_order.shipping_tax_refunded IS 'Shipping Tax Refunded';
COMMENT ON COLUMN magento.sales_order.store_to_base_rate IS 'Store To Base Rate';
COMMENT ON COLUMN magento.sales_order.store_to_order_rate IS 'Store To Order Rate';
COMMENT ON COLUMN magento.sales_order.subtotal IS 'Subtotal';
COMMENT ON COLUMN magento.sales_order.subtotal_canceled IS 'Subtotal Canceled';
COMMENT ON COLUMN magento.sales_order.subtotal_invoiced IS 'Subtotal Invoiced';
COMMENT ON COLUMN magento.sales_order.subtotal_refunded IS 'Subtotal Refunded';
COMMENT ON COLUMN magento.sales_order.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.sales_order.tax_canceled IS 'Tax Canceled';
COMMENT ON COLUMN magento.sales_order.tax_invoiced IS 'Tax Invoiced';
COMMENT ON COLUMN magento.sales_order.tax_refunded IS 'Tax Refunded';
COMMENT ON COLUMN magento.sales_order.total_canceled IS 'Total Canceled';
COMMENT ON COLUMN magento.sales_order.total_invoiced IS 'Total Invoiced';
COMMENT ON COLUMN magento.sales_order.total_offline_refunded IS 'Total Offline Refunded';
COMMENT ON COLUMN magento.sales_order.total_online_refunded IS 'Total Online Refunded';
COMMENT ON COLUMN magento.sales_order.total_paid IS 'Total Paid';
COMMENT ON COLUMN magento.sales_order.total_qty_ordered IS 'Total Qty Ordered';
COMMENT ON COLUMN magento.sales_order.total_refunded IS 'Total Refunded';
COMMENT ON COLUMN magento.sales_order.can_ship_partially IS 'Can Ship Partially';
COMMENT ON COLUMN magento.sales_order.can_ship_partially_item IS 'Can Ship Partially Item';
COMMENT ON COLUMN magento.sales_order.customer_is_guest IS 'Customer Is Guest';
COMMENT ON COLUMN magento.sales_order.customer_note_notify IS 'Customer Note Notify';
COMMENT ON COLUMN magento.sales_order.billing_address_id IS 'Billing Address Id';
COMMENT ON COLUMN magento.sales_order.edit_increment IS 'Edit Increment';
COMMENT ON COLUMN magento.sales_order.email_sent IS 'Email Sent';
COMMENT ON COLUMN magento.sales_order.send_email IS 'Send Email';
COMMENT ON COLUMN magento.sales_order.forced_shipment_with_invoice IS 'Forced Do Shipment With Invoice';
COMMENT ON COLUMN magento.sales_order.payment_auth_expiration IS 'Payment Authorization Expiration';
COMMENT ON COLUMN magento.sales_order.quote_address_id IS 'Quote Address Id';
COMMENT ON COLUMN magento.sales_order.quote_id IS 'Quote Id';
COMMENT ON COLUMN magento.sales_order.shipping_address_id IS 'Shipping Address Id';
COMMENT ON COLUMN magento.sales_order.adjustment_negative IS 'Adjustment Negative';
COMMENT ON COLUMN magento.sales_order.adjustment_positive IS 'Adjustment Positive';
COMMENT ON COLUMN magento.sales_order.base_adjustment_negative IS 'Base Adjustment Negative';
COMMENT ON COLUMN magento.sales_order.base_adjustment_positive IS 'Base Adjustment Positive';
COMMENT ON COLUMN magento.sales_order.base_shipping_discount_amount IS 'Base Shipping Discount Amount';
COMMENT ON COLUMN magento.sales_order.base_subtotal_incl_tax IS 'Base Subtotal Incl Tax';
COMMENT ON COLUMN magento.sales_order.base_total_due IS 'Base Total Due';
COMMENT ON COLUMN magento.sales_order.payment_authorization_amount IS 'Payment Authorization Amount';
COMMENT ON COLUMN magento.sales_order.shipping_discount_amount IS 'Shipping Discount Amount';
COMMENT ON COLUMN magento.sales_order.subtotal_incl_tax IS 'Subtotal Incl Tax';
COMMENT ON COLUMN magento.sales_order.total_due IS 'Total Due';
COMMENT ON COLUMN magento.sales_order.weight IS 'Weight';
COMMENT ON COLUMN magento.sales_order.customer_dob IS 'Customer Dob';
COMMENT ON COLUMN magento.sales_order.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.sales_order.applied_rule_ids IS 'Applied Rule Ids';
COMMENT ON COLUMN magento.sales_order.base_currency_code IS 'Base Currency Code';
COMMENT ON COLUMN magento.sales_order.customer_email IS 'Customer Email';
COMMENT ON COLUMN magento.sales_order.customer_firstname IS 'Customer Firstname';
COMMENT ON COLUMN magento.sales_order.customer_lastname IS 'Customer Lastname';
COMMENT ON COLUMN magento.sales_order.customer_middlename IS 'Customer Middlename';
COMMENT ON COLUMN magento.sales_order.customer_prefix IS 'Customer Prefix';
COMMENT ON COLUMN magento.sales_order.customer_suffix IS 'Customer Suffix';
COMMENT ON COLUMN magento.sales_order.customer_taxvat IS 'Customer Taxvat';
COMMENT ON COLUMN magento.sales_order.discount_description IS 'Discount Description';
COMMENT ON COLUMN magento.sales_order.ext_customer_id IS 'Ext Customer Id';
COMMENT ON COLUMN magento.sales_order.ext_order_id IS 'Ext Order Id';
COMMENT ON COLUMN magento.sales_order.global_currency_code IS 'Global Currency Code';
COMMENT ON COLUMN magento.sales_order.hold_before_state IS 'Hold Before State';
COMMENT ON COLUMN magento.sales_order.hold_before_status IS 'Hold Before Status';
COMMENT ON COLUMN magento.sales_order.order_currency_code IS 'Order Currency Code';
COMMENT ON COLUMN magento.sales_order.original_increment_id IS 'Original Increment Id';
COMMENT ON COLUMN magento.sales_order.relation_child_id IS 'Relation Child Id';
COMMENT ON COLUMN magento.sales_order.relation_child_real_id IS 'Relation Child Real Id';
COMMENT ON COLUMN magento.sales_order.relation_parent_id IS 'Relation Parent Id';
COMMENT ON COLUMN magento.sales_order.relation_parent_real_id IS 'Relation Parent Real Id';
COMMENT ON COLUMN magento.sales_order.remote_ip IS 'Remote Ip';
COMMENT ON COLUMN magento.sales_order.store_currency_code IS 'Store Currency Code';
COMMENT ON COLUMN magento.sales_order.store_name IS 'Store Name';
COMMENT ON COLUMN magento.sales_order.x_forwarded_for IS 'X Forwarded For';
COMMENT ON COLUMN magento.sales_order.customer_note IS 'Customer Note';
COMMENT ON COLUMN magento.sales_order.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_order.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.sales_order.total_item_count IS 'Total Item Count';
COMMENT ON COLUMN magento.sales_order.customer_gender IS 'Customer Gender';
COMMENT ON COLUMN magento.sales_order.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_order.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_order.shipping_discount_tax_compensation_amount IS 'Shipping Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_order.base_shipping_discount_tax_compensation_amnt IS 'Base Shipping Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_order.discount_tax_compensation_invoiced IS 'Discount Tax Compensation Invoiced';
COMMENT ON COLUMN magento.sales_order.base_discount_tax_compensation_invoiced IS 'Base Discount Tax Compensation Invoiced';
COMMENT ON COLUMN magento.sales_order.discount_tax_compensation_refunded IS 'Discount Tax Compensation Refunded';
COMMENT ON COLUMN magento.sales_order.base_discount_tax_compensation_refunded IS 'Base Discount Tax Compensation Refunded';
COMMENT ON COLUMN magento.sales_order.shipping_incl_tax IS 'Shipping Incl Tax';
COMMENT ON COLUMN magento.sales_order.base_shipping_incl_tax IS 'Base Shipping Incl Tax';
COMMENT ON COLUMN magento.sales_order.coupon_rule_name IS 'Coupon Sales Rule Name';
COMMENT ON TABLE magento.sales_order IS 'Sales Flat Order';
COMMENT ON COLUMN magento.sales_order_grid.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_order_grid.status IS 'Status';
COMMENT ON COLUMN magento.sales_order_grid.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_order_grid.store_name IS 'Store Name';
COMMENT ON COLUMN magento.sales_order_grid.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.sales_order_grid.base_grand_total IS 'Base Grand Total';
COMMENT ON COLUMN magento.sales_order_grid.base_total_paid IS 'Base Total Paid';
COMMENT ON COLUMN magento.sales_order_grid.grand_total IS 'Grand Total';
COMMENT ON COLUMN magento.sales_order_grid.total_paid IS 'Total Paid';
COMMENT ON COLUMN magento.sales_order_grid.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.sales_order_grid.base_currency_code IS 'Base Currency Code';
COMMENT ON COLUMN magento.sales_order_grid.order_currency_code IS 'Order Currency Code';
COMMENT ON COLUMN magento.sales_order_grid.shipping_name IS 'Shipping Name';
COMMENT ON COLUMN magento.sales_order_grid.billing_name IS 'Billing Name';
COMMENT ON COLUMN magento.sales_order_grid.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_order_grid.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.sales_order_grid.billing_address IS 'Billing Address';
COMMENT ON COLUMN magento.sales_order_grid.shipping_address IS 'Shipping Address';
COMMENT ON COLUMN magento.sales_order_grid.shipping_information IS 'Shipping Method Name';
COMMENT ON COLUMN magento.sales_order_grid.customer_email IS 'Customer Email';
COMMENT ON COLUMN magento.sales_order_grid.customer_group IS 'Customer Group';
COMMENT ON COLUMN magento.sales_order_grid.subtotal IS 'Subtotal';
COMMENT ON COLUMN magento.sales_order_grid.shipping_and_handling IS 'Shipping and handling amount';
COMMENT ON COLUMN magento.sales_order_grid.customer_name IS 'Customer Name';
COMMENT ON COLUMN magento.sales_order_grid.payment_method IS 'Payment Method';
COMMENT ON COLUMN magento.sales_order_grid.total_refunded IS 'Total Refunded';
COMMENT ON TABLE magento.sales_order_grid IS 'Sales Flat Order Grid';
COMMENT ON COLUMN magento.sales_order_address.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_order_address.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_order_address.customer_address_id IS 'Customer Address Id';
COMMENT ON COLUMN magento.sales_order_address.quote_address_id IS 'Quote Address Id';
COMMENT ON COLUMN magento.sales_order_address.region_id IS 'Region Id';
COMMENT ON COLUMN magento.sales_order_address.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.sales_order_address.fax IS 'Fax';
COMMENT ON COLUMN magento.sales_order_address.region IS 'Region';
COMMENT ON COLUMN magento.sales_order_address.postcode IS 'Postcode';
COMMENT ON COLUMN magento.sales_order_address.lastname IS 'Lastname';
COMMENT ON COLUMN magento.sales_order_address.street IS 'Street';
COMMENT ON COLUMN magento.sales_order_address.city IS 'City';
COMMENT ON COLUMN magento.sales_order_address.email IS 'Email';
COMMENT ON COLUMN magento.sales_order_address.telephone IS 'Phone Number';
COMMENT ON COLUMN magento.sales_order_address.country_id IS 'Country Id';
COMMENT ON COLUMN magento.sales_order_address.firstname IS 'Firstname';
COMMENT ON COLUMN magento.sales_order_address.address_type IS 'Address Type';
COMMENT ON COLUMN magento.sales_order_address.prefix IS 'Prefix';
COMMENT ON COLUMN magento.sales_order_address.middlename IS 'Middlename';
COMMENT ON COLUMN magento.sales_order_address.suffix IS 'Suffix';
COMMENT ON COLUMN magento.sales_order_address.company IS 'Company';
COMMENT ON COLUMN magento.sales_order_address.vat_id IS 'Vat Id';
COMMENT ON COLUMN magento.sales_order_address.vat_is_valid IS 'Vat Is Valid';
COMMENT ON COLUMN magento.sales_order_address.vat_request_id IS 'Vat Request Id';
COMMENT ON COLUMN magento.sales_order_address.vat_request_date IS 'Vat Request Date';
COMMENT ON COLUMN magento.sales_order_address.vat_request_success IS 'Vat Request Success';
COMMENT ON TABLE magento.sales_order_address IS 'Sales Flat Order Address';
COMMENT ON COLUMN magento.sales_order_status_history.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_order_status_history.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_order_status_history.is_customer_notified IS 'Is Customer Notified';
COMMENT ON COLUMN magento.sales_order_status_history.is_visible_on_front IS 'Is Visible On Front';
COMMENT ON COLUMN magento.sales_order_status_history.comment IS 'Comment';
COMMENT ON COLUMN magento.sales_order_status_history.status IS 'Status';
COMMENT ON COLUMN magento.sales_order_status_history.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_order_status_history.entity_name IS 'Shows what entity history is bind to.';
COMMENT ON TABLE magento.sales_order_status_history IS 'Sales Flat Order Status History';
COMMENT ON COLUMN magento.sales_order_item.item_id IS 'Item Id';
COMMENT ON COLUMN magento.sales_order_item.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_order_item.parent_item_id IS 'Parent Item Id';
COMMENT ON COLUMN magento.sales_order_item.quote_item_id IS 'Quote Item Id';
COMMENT ON COLUMN magento.sales_order_item.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_order_item.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_order_item.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.sales_order_item.product_id IS 'Product Id';
COMMENT ON COLUMN magento.sales_order_item.product_type IS 'Product Type';
COMMENT ON COLUMN magento.sales_order_item.product_options IS 'Product Options';
COMMENT ON COLUMN magento.sales_order_item.weight IS 'Weight';
COMMENT ON COLUMN magento.sales_order_item.is_virtual IS 'Is Virtual';
COMMENT ON COLUMN magento.sales_order_item.sku IS 'Sku';
COMMENT ON COLUMN magento.sales_order_item.name IS 'Name';
COMMENT ON COLUMN magento.sales_order_item.description IS 'Description';
COMMENT ON COLUMN magento.sales_order_item.applied_rule_ids IS 'Applied Rule Ids';
COMMENT ON COLUMN magento.sales_order_item.additional_data IS 'Additional Data';
COMMENT ON COLUMN magento.sales_order_item.is_qty_decimal IS 'Is Qty Decimal';
COMMENT ON COLUMN magento.sales_order_item.no_discount IS 'No Discount';
COMMENT ON COLUMN magento.sales_order_item.qty_backordered IS 'Qty Backordered';
COMMENT ON COLUMN magento.sales_order_item.qty_canceled IS 'Qty Canceled';
COMMENT ON COLUMN magento.sales_order_item.qty_invoiced IS 'Qty Invoiced';
COMMENT ON COLUMN magento.sales_order_item.qty_ordered IS 'Qty Ordered';
COMMENT ON COLUMN magento.sales_order_item.qty_refunded IS 'Qty Refunded';
COMMENT ON COLUMN magento.sales_order_item.qty_shipped IS 'Qty Shipped';
COMMENT ON COLUMN magento.sales_order_item.base_cost IS 'Base Cost';
COMMENT ON COLUMN magento.sales_order_item.price IS 'Price';
COMMENT ON COLUMN magento.sales_order_item.base_price IS 'Base Price';
COMMENT ON COLUMN magento.sales_order_item.original_price IS 'Original Price';
COMMENT ON COLUMN magento.sales_order_item.base_original_price IS 'Base Original Price';
COMMENT ON COLUMN magento.sales_order_item.tax_percent IS 'Tax Percent';
COMMENT ON COLUMN magento.sales_order_item.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.sales_order_item.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.sales_order_item.tax_invoiced IS 'Tax Invoiced';
COMMENT ON COLUMN magento.sales_order_item.base_tax_invoiced IS 'Base Tax Invoiced';
COMMENT ON COLUMN magento.sales_order_item.discount_percent IS 'Discount Percent';
COMMENT ON COLUMN magento.sales_order_item.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.sales_order_item.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.sales_order_item.discount_invoiced IS 'Discount Invoiced';
COMMENT ON COLUMN magento.sales_order_item.base_discount_invoiced IS 'Base Discount Invoiced';
COMMENT ON COLUMN magento.sales_order_item.amount_refunded IS 'Amount Refunded';
COMMENT ON COLUMN magento.sales_order_item.base_amount_refunded IS 'Base Amount Refunded';
COMMENT ON COLUMN magento.sales_order_item.row_total IS 'Row Total';
COMMENT ON COLUMN magento.sales_order_item.base_row_total IS 'Base Row Total';
COMMENT ON COLUMN magento.sales_order_item.row_invoiced IS 'Row Invoiced';
COMMENT ON COLUMN magento.sales_order_item.base_row_invoiced IS 'Base Row Invoiced';
COMMENT ON COLUMN magento.sales_order_item.row_weight IS 'Row Weight';
COMMENT ON COLUMN magento.sales_order_item.base_tax_before_discount IS 'Base Tax Before Discount';
COMMENT ON COLUMN magento.sales_order_item.tax_before_discount IS 'Tax Before Discount';
COMMENT ON COLUMN magento.sales_order_item.ext_order_item_id IS 'Ext Order Item Id';
COMMENT ON COLUMN magento.sales_order_item.locked_do_invoice IS 'Locked Do Invoice';
COMMENT ON COLUMN magento.sales_order_item.locked_do_ship IS 'Locked Do Ship';
COMMENT ON COLUMN magento.sales_order_item.price_incl_tax IS 'Price Incl Tax';
COMMENT ON COLUMN magento.sales_order_item.base_price_incl_tax IS 'Base Price Incl Tax';
COMMENT ON COLUMN magento.sales_order_item.row_total_incl_tax IS 'Row Total Incl Tax';
COMMENT ON COLUMN magento.sales_order_item.base_row_total_incl_tax IS 'Base Row Total Incl Tax';
COMMENT ON COLUMN magento.sales_order_item.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_order_item.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_order_item.discount_tax_compensation_invoiced IS 'Discount Tax Compensation Invoiced';
COMMENT ON COLUMN magento.sales_order_item.base_discount_tax_compensation_invoiced IS 'Base Discount Tax Compensation Invoiced';
COMMENT ON COLUMN magento.sales_order_item.discount_tax_compensation_refunded IS 'Discount Tax Compensation Refunded';
COMMENT ON COLUMN magento.sales_order_item.base_discount_tax_compensation_refunded IS 'Base Discount Tax Compensation Refunded';
COMMENT ON COLUMN magento.sales_order_item.tax_canceled IS 'Tax Canceled';
COMMENT ON COLUMN magento.sales_order_item.discount_tax_compensation_canceled IS 'Discount Tax Compensation Canceled';
COMMENT ON COLUMN magento.sales_order_item.tax_refunded IS 'Tax Refunded';
COMMENT ON COLUMN magento.sales_order_item.base_tax_refunded IS 'Base Tax Refunded';
COMMENT ON COLUMN magento.sales_order_item.discount_refunded IS 'Discount Refunded';
COMMENT ON COLUMN magento.sales_order_item.base_discount_refunded IS 'Base Discount Refunded';
COMMENT ON TABLE magento.sales_order_item IS 'Sales Flat Order Item';
COMMENT ON COLUMN magento.sales_order_payment.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_order_payment.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_order_payment.base_shipping_captured IS 'Base Shipping Captured';
COMMENT ON COLUMN magento.sales_order_payment.shipping_captured IS 'Shipping Captured';
COMMENT ON COLUMN magento.sales_order_payment.amount_refunded IS 'Amount Refunded';
COMMENT ON COLUMN magento.sales_order_payment.base_amount_paid IS 'Base Amount Paid';
COMMENT ON COLUMN magento.sales_order_payment.amount_canceled IS 'Amount Canceled';
COMMENT ON COLUMN magento.sales_order_payment.base_amount_authorized IS 'Base Amount Authorized';
COMMENT ON COLUMN magento.sales_order_payment.base_amount_paid_online IS 'Base Amount Paid Online';
COMMENT ON COLUMN magento.sales_order_payment.base_amount_refunded_online IS 'Base Amount Refunded Online';
COMMENT ON COLUMN magento.sales_order_payment.base_shipping_amount IS 'Base Shipping Amount';
COMMENT ON COLUMN magento.sales_order_payment.shipping_amount IS 'Shipping Amount';
COMMENT ON COLUMN magento.sales_order_payment.amount_paid IS 'Amount Paid';
COMMENT ON COLUMN magento.sales_order_payment.amount_authorized IS 'Amount Authorized';
COMMENT ON COLUMN magento.sales_order_payment.base_amount_ordered IS 'Base Amount Ordered';
COMMENT ON COLUMN magento.sales_order_payment.base_shipping_refunded IS 'Base Shipping Refunded';
COMMENT ON COLUMN magento.sales_order_payment.shipping_refunded IS 'Shipping Refunded';
COMMENT ON COLUMN magento.sales_order_payment.base_amount_refunded IS 'Base Amount Refunded';
COMMENT ON COLUMN magento.sales_order_payment.amount_ordered IS 'Amount Ordered';
COMMENT ON COLUMN magento.sales_order_payment.base_amount_canceled IS 'Base Amount Canceled';
COMMENT ON COLUMN magento.sales_order_payment.quote_payment_id IS 'Quote Payment Id';
COMMENT ON COLUMN magento.sales_order_payment.additional_data IS 'Additional Data';
COMMENT ON COLUMN magento.sales_order_payment.cc_exp_month IS 'Cc Exp Month';
COMMENT ON COLUMN magento.sales_order_payment.cc_ss_start_year IS 'Cc Ss Start Year';
COMMENT ON COLUMN magento.sales_order_payment.echeck_bank_name IS 'Echeck Bank Name';
COMMENT ON COLUMN magento.sales_order_payment.method IS 'Method';
COMMENT ON COLUMN magento.sales_order_payment.cc_debug_request_body IS 'Cc Debug Request Body';
COMMENT ON COLUMN magento.sales_order_payment.cc_secure_verify IS 'Cc Secure Verify';
COMMENT ON COLUMN magento.sales_order_payment.protection_eligibility IS 'Protection Eligibility';
COMMENT ON COLUMN magento.sales_order_payment.cc_approval IS 'Cc Approval';
COMMENT ON COLUMN magento.sales_order_payment.cc_last_4 IS 'Cc Last 4';
COMMENT ON COLUMN magento.sales_order_payment.cc_status_description IS 'Cc Status Description';
COMMENT ON COLUMN magento.sales_order_payment.echeck_type IS 'Echeck Type';
COMMENT ON COLUMN magento.sales_order_payment.cc_debug_response_serialized IS 'Cc Debug Response Serialized';
COMMENT ON COLUMN magento.sales_order_payment.cc_ss_start_month IS 'Cc Ss Start Month';
COMMENT ON COLUMN magento.sales_order_payment.echeck_account_type IS 'Echeck Account Type';
COMMENT ON COLUMN magento.sales_order_payment.last_trans_id IS 'Last Trans Id';
COMMENT ON COLUMN magento.sales_order_payment.cc_cid_status IS 'Cc Cid Status';
COMMENT ON COLUMN magento.sales_order_payment.cc_owner IS 'Cc Owner';
COMMENT ON COLUMN magento.sales_order_payment.cc_type IS 'Cc Type';
COMMENT ON COLUMN magento.sales_order_payment.po_number IS 'Po Number';
COMMENT ON COLUMN magento.sales_order_payment.cc_exp_year IS 'Cc Exp Year';
COMMENT ON COLUMN magento.sales_order_payment.cc_status IS 'Cc Status';
COMMENT ON COLUMN magento.sales_order_payment.echeck_routing_number IS 'Echeck Routing Number';
COMMENT ON COLUMN magento.sales_order_payment.account_status IS 'Account Status';
COMMENT ON COLUMN magento.sales_order_payment.anet_trans_method IS 'Anet Trans Method';
COMMENT ON COLUMN magento.sales_order_payment.cc_debug_response_body IS 'Cc Debug Response Body';
COMMENT ON COLUMN magento.sales_order_payment.cc_ss_issue IS 'Cc Ss Issue';
COMMENT ON COLUMN magento.sales_order_payment.echeck_account_name IS 'Echeck Account Name';
COMMENT ON COLUMN magento.sales_order_payment.cc_avs_status IS 'Cc Avs Status';
COMMENT ON COLUMN magento.sales_order_payment.cc_trans_id IS 'Cc Trans Id';
COMMENT ON COLUMN magento.sales_order_payment.address_status IS 'Address Status';
COMMENT ON COLUMN magento.sales_order_payment.additional_information IS 'Additional Information';
COMMENT ON TABLE magento.sales_order_payment IS 'Sales Flat Order Payment';
COMMENT ON COLUMN magento.sales_shipment.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_shipment.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_shipment.total_weight IS 'Total Weight';
COMMENT ON COLUMN magento.sales_shipment.total_qty IS 'Total Qty';
COMMENT ON COLUMN magento.sales_shipment.email_sent IS 'Email Sent';
COMMENT ON COLUMN magento.sales_shipment.send_email IS 'Send Email';
COMMENT ON COLUMN magento.sales_shipment.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_shipment.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.sales_shipment.shipping_address_id IS 'Shipping Address Id';
COMMENT ON COLUMN magento.sales_shipment.billing_address_id IS 'Billing Address Id';
COMMENT ON COLUMN magento.sales_shipment.shipment_status IS 'Shipment Status';
COMMENT ON COLUMN magento.sales_shipment.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.sales_shipment.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_shipment.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.sales_shipment.packages IS 'Packed Products in Packages';
COMMENT ON COLUMN magento.sales_shipment.shipping_label IS 'Shipping Label Content';
COMMENT ON COLUMN magento.sales_shipment.customer_note IS 'Customer Note';
COMMENT ON COLUMN magento.sales_shipment.customer_note_notify IS 'Customer Note Notify';
COMMENT ON TABLE magento.sales_shipment IS 'Sales Flat Shipment';
COMMENT ON COLUMN magento.sales_shipment_grid.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_shipment_grid.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.sales_shipment_grid.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_shipment_grid.order_increment_id IS 'Order Increment Id';
COMMENT ON COLUMN magento.sales_shipment_grid.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_shipment_grid.order_created_at IS 'Order Increment Id';
COMMENT ON COLUMN magento.sales_shipment_grid.customer_name IS 'Customer Name';
COMMENT ON COLUMN magento.sales_shipment_grid.total_qty IS 'Total Qty';
COMMENT ON COLUMN magento.sales_shipment_grid.shipment_status IS 'Shipment Status';
COMMENT ON COLUMN magento.sales_shipment_grid.order_status IS 'Order';
COMMENT ON COLUMN magento.sales_shipment_grid.billing_address IS 'Billing Address';
COMMENT ON COLUMN magento.sales_shipment_grid.shipping_address IS 'Shipping Address';
COMMENT ON COLUMN magento.sales_shipment_grid.billing_name IS 'Billing Name';
COMMENT ON COLUMN magento.sales_shipment_grid.shipping_name IS 'Shipping Name';
COMMENT ON COLUMN magento.sales_shipment_grid.customer_email IS 'Customer Email';
COMMENT ON COLUMN magento.sales_shipment_grid.payment_method IS 'Payment Method';
COMMENT ON COLUMN magento.sales_shipment_grid.shipping_information IS 'Shipping Method Name';
COMMENT ON COLUMN magento.sales_shipment_grid.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_shipment_grid.updated_at IS 'Updated At';
COMMENT ON TABLE magento.sales_shipment_grid IS 'Sales Flat Shipment Grid';
COMMENT ON COLUMN magento.sales_shipment_item.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_shipment_item.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_shipment_item.row_total IS 'Row Total';
COMMENT ON COLUMN magento.sales_shipment_item.price IS 'Price';
COMMENT ON COLUMN magento.sales_shipment_item.weight IS 'Weight';
COMMENT ON COLUMN magento.sales_shipment_item.qty IS 'Qty';
COMMENT ON COLUMN magento.sales_shipment_item.product_id IS 'Product Id';
COMMENT ON COLUMN magento.sales_shipment_item.order_item_id IS 'Order Item Id';
COMMENT ON COLUMN magento.sales_shipment_item.additional_data IS 'Additional Data';
COMMENT ON COLUMN magento.sales_shipment_item.description IS 'Description';
COMMENT ON COLUMN magento.sales_shipment_item.name IS 'Name';
COMMENT ON COLUMN magento.sales_shipment_item.sku IS 'Sku';
COMMENT ON TABLE magento.sales_shipment_item IS 'Sales Flat Shipment Item';
COMMENT ON COLUMN magento.sales_shipment_track.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_shipment_track.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_shipment_track.weight IS 'Weight';
COMMENT ON COLUMN magento.sales_shipment_track.qty IS 'Qty';
COMMENT ON COLUMN magento.sales_shipment_track.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_shipment_track.track_number IS 'Number';
COMMENT ON COLUMN magento.sales_shipment_track.description IS 'Description';
COMMENT ON COLUMN magento.sales_shipment_track.title IS 'Title';
COMMENT ON COLUMN magento.sales_shipment_track.carrier_code IS 'Carrier Code';
COMMENT ON COLUMN magento.sales_shipment_track.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_shipment_track.updated_at IS 'Updated At';
COMMENT ON TABLE magento.sales_shipment_track IS 'Sales Flat Shipment Track';
COMMENT ON COLUMN magento.sales_shipment_comment.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_shipment_comment.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_shipment_comment.is_customer_notified IS 'Is Customer Notified';
COMMENT ON COLUMN magento.sales_shipment_comment.is_visible_on_front IS 'Is Visible On Front';
COMMENT ON COLUMN magento.sales_shipment_comment.comment IS 'Comment';
COMMENT ON COLUMN magento.sales_shipment_comment.created_at IS 'Created At';
COMMENT ON TABLE magento.sales_shipment_comment IS 'Sales Flat Shipment Comment';
COMMENT ON COLUMN magento.sales_invoice.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_invoice.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_invoice.base_grand_total IS 'Base Grand Total';
COMMENT ON COLUMN magento.sales_invoice.shipping_tax_amount IS 'Shipping Tax Amount';
COMMENT ON COLUMN magento.sales_invoice.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.sales_invoice.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.sales_invoice.store_to_order_rate IS 'Store To Order Rate';
COMMENT ON COLUMN magento.sales_invoice.base_shipping_tax_amount IS 'Base Shipping Tax Amount';
COMMENT ON COLUMN magento.sales_invoice.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.sales_invoice.base_to_order_rate IS 'Base To Order Rate';
COMMENT ON COLUMN magento.sales_invoice.grand_total IS 'Grand Total';
COMMENT ON COLUMN magento.sales_invoice.shipping_amount IS 'Shipping Amount';
COMMENT ON COLUMN magento.sales_invoice.subtotal_incl_tax IS 'Subtotal Incl Tax';
COMMENT ON COLUMN magento.sales_invoice.base_subtotal_incl_tax IS 'Base Subtotal Incl Tax';
COMMENT ON COLUMN magento.sales_invoice.store_to_base_rate IS 'Store To Base Rate';
COMMENT ON COLUMN magento.sales_invoice.base_shipping_amount IS 'Base Shipping Amount';
COMMENT ON COLUMN magento.sales_invoice.total_qty IS 'Total Qty';
COMMENT ON COLUMN magento.sales_invoice.base_to_global_rate IS 'Base To Global Rate';
COMMENT ON COLUMN magento.sales_invoice.subtotal IS 'Subtotal';
COMMENT ON COLUMN magento.sales_invoice.base_subtotal IS 'Base Subtotal';
COMMENT ON COLUMN magento.sales_invoice.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.sales_invoice.billing_address_id IS 'Billing Address Id';
COMMENT ON COLUMN magento.sales_invoice.is_used_for_refund IS 'Is Used For Refund';
COMMENT ON COLUMN magento.sales_invoice.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_invoice.email_sent IS 'Email Sent';
COMMENT ON COLUMN magento.sales_invoice.send_email IS 'Send Email';
COMMENT ON COLUMN magento.sales_invoice.can_void_flag IS 'Can Void Flag';
COMMENT ON COLUMN magento.sales_invoice.state IS 'State';
COMMENT ON COLUMN magento.sales_invoice.shipping_address_id IS 'Shipping Address Id';
COMMENT ON COLUMN magento.sales_invoice.store_currency_code IS 'Store Currency Code';
COMMENT ON COLUMN magento.sales_invoice.transaction_id IS 'Transaction Id';
COMMENT ON COLUMN magento.sales_invoice.order_currency_code IS 'Order Currency Code';
COMMENT ON COLUMN magento.sales_invoice.base_currency_code IS 'Base Currency Code';
COMMENT ON COLUMN magento.sales_invoice.global_currency_code IS 'Global Currency Code';
COMMENT ON COLUMN magento.sales_invoice.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.sales_invoice.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_invoice.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.sales_invoice.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_invoice.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_invoice.shipping_discount_tax_compensation_amount IS 'Shipping Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_invoice.base_shipping_discount_tax_compensation_amnt IS 'Base Shipping Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_invoice.shipping_incl_tax IS 'Shipping Incl Tax';
COMMENT ON COLUMN magento.sales_invoice.base_shipping_incl_tax IS 'Base Shipping Incl Tax';
COMMENT ON COLUMN magento.sales_invoice.base_total_refunded IS 'Base Total Refunded';
COMMENT ON COLUMN magento.sales_invoice.discount_description IS 'Discount Description';
COMMENT ON COLUMN magento.sales_invoice.customer_note IS 'Customer Note';
COMMENT ON COLUMN magento.sales_invoice.customer_note_notify IS 'Customer Note Notify';
COMMENT ON TABLE magento.sales_invoice IS 'Sales Flat Invoice';
COMMENT ON COLUMN magento.sales_invoice_grid.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_invoice_grid.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.sales_invoice_grid.state IS 'State';
COMMENT ON COLUMN magento.sales_invoice_grid.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_invoice_grid.store_name IS 'Store Name';
COMMENT ON COLUMN magento.sales_invoice_grid.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_invoice_grid.order_increment_id IS 'Order Increment Id';
COMMENT ON COLUMN magento.sales_invoice_grid.order_created_at IS 'Order Created At';
COMMENT ON COLUMN magento.sales_invoice_grid.customer_name IS 'Customer Name';
COMMENT ON COLUMN magento.sales_invoice_grid.customer_email IS 'Customer Email';
COMMENT ON COLUMN magento.sales_invoice_grid.payment_method IS 'Payment Method';
COMMENT ON COLUMN magento.sales_invoice_grid.store_currency_code IS 'Store Currency Code';
COMMENT ON COLUMN magento.sales_invoice_grid.order_currency_code IS 'Order Currency Code';
COMMENT ON COLUMN magento.sales_invoice_grid.base_currency_code IS 'Base Currency Code';
COMMENT ON COLUMN magento.sales_invoice_grid.global_currency_code IS 'Global Currency Code';
COMMENT ON COLUMN magento.sales_invoice_grid.billing_name IS 'Billing Name';
COMMENT ON COLUMN magento.sales_invoice_grid.billing_address IS 'Billing Address';
COMMENT ON COLUMN magento.sales_invoice_grid.shipping_address IS 'Shipping Address';
COMMENT ON COLUMN magento.sales_invoice_grid.shipping_information IS 'Shipping Method Name';
COMMENT ON COLUMN magento.sales_invoice_grid.subtotal IS 'Subtotal';
COMMENT ON COLUMN magento.sales_invoice_grid.shipping_and_handling IS 'Shipping and handling amount';
COMMENT ON COLUMN magento.sales_invoice_grid.grand_total IS 'Grand Total';
COMMENT ON COLUMN magento.sales_invoice_grid.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_invoice_grid.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.sales_invoice_grid.base_grand_total IS 'Base Grand Total';
COMMENT ON TABLE magento.sales_invoice_grid IS 'Sales Flat Invoice Grid';
COMMENT ON COLUMN magento.sales_invoice_item.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_invoice_item.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_invoice_item.base_price IS 'Base Price';
COMMENT ON COLUMN magento.sales_invoice_item.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.sales_invoice_item.base_row_total IS 'Base Row Total';
COMMENT ON COLUMN magento.sales_invoice_item.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.sales_invoice_item.row_total IS 'Row Total';
COMMENT ON COLUMN magento.sales_invoice_item.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.sales_invoice_item.price_incl_tax IS 'Price Incl Tax';
COMMENT ON COLUMN magento.sales_invoice_item.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.sales_invoice_item.base_price_incl_tax IS 'Base Price Incl Tax';
COMMENT ON COLUMN magento.sales_invoice_item.qty IS 'Qty';
COMMENT ON COLUMN magento.sales_invoice_item.base_cost IS 'Base Cost';
COMMENT ON COLUMN magento.sales_invoice_item.price IS 'Price';
COMMENT ON COLUMN magento.sales_invoice_item.base_row_total_incl_tax IS 'Base Row Total Incl Tax';
COMMENT ON COLUMN magento.sales_invoice_item.row_total_incl_tax IS 'Row Total Incl Tax';
COMMENT ON COLUMN magento.sales_invoice_item.product_id IS 'Product Id';
COMMENT ON COLUMN magento.sales_invoice_item.order_item_id IS 'Order Item Id';
COMMENT ON COLUMN magento.sales_invoice_item.additional_data IS 'Additional Data';
COMMENT ON COLUMN magento.sales_invoice_item.description IS 'Description';
COMMENT ON COLUMN magento.sales_invoice_item.sku IS 'Sku';
COMMENT ON COLUMN magento.sales_invoice_item.name IS 'Name';
COMMENT ON COLUMN magento.sales_invoice_item.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_invoice_item.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_invoice_item.tax_ratio IS 'Ratio of tax invoiced over tax of the order item';
COMMENT ON TABLE magento.sales_invoice_item IS 'Sales Flat Invoice Item';
COMMENT ON COLUMN magento.sales_invoice_comment.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_invoice_comment.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_invoice_comment.is_customer_notified IS 'Is Customer Notified';
COMMENT ON COLUMN magento.sales_invoice_comment.is_visible_on_front IS 'Is Visible On Front';
COMMENT ON COLUMN magento.sales_invoice_comment.comment IS 'Comment';
COMMENT ON COLUMN magento.sales_invoice_comment.created_at IS 'Created At';
COMMENT ON TABLE magento.sales_invoice_comment IS 'Sales Flat Invoice Comment';
COMMENT ON COLUMN magento.sales_creditmemo.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_creditmemo.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_creditmemo.adjustment_positive IS 'Adjustment Positive';
COMMENT ON COLUMN magento.sales_creditmemo.base_shipping_tax_amount IS 'Base Shipping Tax Amount';
COMMENT ON COLUMN magento.sales_creditmemo.store_to_order_rate IS 'Store To Order Rate';
COMMENT ON COLUMN magento.sales_creditmemo.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.sales_creditmemo.base_to_order_rate IS 'Base To Order Rate';
COMMENT ON COLUMN magento.sales_creditmemo.grand_total IS 'Grand Total';
COMMENT ON COLUMN magento.sales_creditmemo.base_adjustment_negative IS 'Base Adjustment Negative';
COMMENT ON COLUMN magento.sales_creditmemo.base_subtotal_incl_tax IS 'Base Subtotal Incl Tax';
COMMENT ON COLUMN magento.sales_creditmemo.shipping_amount IS 'Shipping Amount';
COMMENT ON COLUMN magento.sales_creditmemo.subtotal_incl_tax IS 'Subtotal Incl Tax';
COMMENT ON COLUMN magento.sales_creditmemo.adjustment_negative IS 'Adjustment Negative';
COMMENT ON COLUMN magento.sales_creditmemo.base_shipping_amount IS 'Base Shipping Amount';
COMMENT ON COLUMN magento.sales_creditmemo.store_to_base_rate IS 'Store To Base Rate';
COMMENT ON COLUMN magento.sales_creditmemo.base_to_global_rate IS 'Base To Global Rate';
COMMENT ON COLUMN magento.sales_creditmemo.base_adjustment IS 'Base Adjustment';
COMMENT ON COLUMN magento.sales_creditmemo.base_subtotal IS 'Base Subtotal';
COMMENT ON COLUMN magento.sales_creditmemo.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.sales_creditmemo.subtotal IS 'Subtotal';
COMMENT ON COLUMN magento.sales_creditmemo.adjustment IS 'Adjustment';
COMMENT ON COLUMN magento.sales_creditmemo.base_grand_total IS 'Base Grand Total';
COMMENT ON COLUMN magento.sales_creditmemo.base_adjustment_positive IS 'Base Adjustment Positive';
COMMENT ON COLUMN magento.sales_creditmemo.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.sales_creditmemo.shipping_tax_amount IS 'Shipping Tax Amount';
COMMENT ON COLUMN magento.sales_creditmemo.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.sales_creditmemo.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_creditmemo.email_sent IS 'Email Sent';
COMMENT ON COLUMN magento.sales_creditmemo.send_email IS 'Send Email';
COMMENT ON COLUMN magento.sales_creditmemo.creditmemo_status IS 'Creditmemo Status';
COMMENT ON COLUMN magento.sales_creditmemo.state IS 'State';
COMMENT ON COLUMN magento.sales_creditmemo.shipping_address_id IS 'Shipping Address Id';
COMMENT ON COLUMN magento.sales_creditmemo.billing_address_id IS 'Billing Address Id';
COMMENT ON COLUMN magento.sales_creditmemo.invoice_id IS 'Invoice Id';
COMMENT ON COLUMN magento.sales_creditmemo.store_currency_code IS 'Store Currency Code';
COMMENT ON COLUMN magento.sales_creditmemo.order_currency_code IS 'Order Currency Code';
COMMENT ON COLUMN magento.sales_creditmemo.base_currency_code IS 'Base Currency Code';
COMMENT ON COLUMN magento.sales_creditmemo.global_currency_code IS 'Global Currency Code';
COMMENT ON COLUMN magento.sales_creditmemo.transaction_id IS 'Transaction Id';
COMMENT ON COLUMN magento.sales_creditmemo.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.sales_creditmemo.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_creditmemo.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.sales_creditmemo.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_creditmemo.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_creditmemo.shipping_discount_tax_compensation_amount IS 'Shipping Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_creditmemo.base_shipping_discount_tax_compensation_amnt IS 'Base Shipping Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_creditmemo.shipping_incl_tax IS 'Shipping Incl Tax';
COMMENT ON COLUMN magento.sales_creditmemo.base_shipping_incl_tax IS 'Base Shipping Incl Tax';
COMMENT ON COLUMN magento.sales_creditmemo.discount_description IS 'Discount Description';
COMMENT ON COLUMN magento.sales_creditmemo.customer_note IS 'Customer Note';
COMMENT ON COLUMN magento.sales_creditmemo.customer_note_notify IS 'Customer Note Notify';
COMMENT ON TABLE magento.sales_creditmemo IS 'Sales Flat Creditmemo';
COMMENT ON COLUMN magento.sales_creditmemo_grid.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_creditmemo_grid.increment_id IS 'Increment Id';
COMMENT ON COLUMN magento.sales_creditmemo_grid.created_at IS 'Created At';
COMMENT ON COLUMN magento.sales_creditmemo_grid.updated_at IS 'Updated At';
COMMENT ON COLUMN magento.sales_creditmemo_grid.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_creditmemo_grid.order_increment_id IS 'Order Increment Id';
COMMENT ON COLUMN magento.sales_creditmemo_grid.order_created_at IS 'Order Created At';
COMMENT ON COLUMN magento.sales_creditmemo_grid.billing_name IS 'Billing Name';
COMMENT ON COLUMN magento.sales_creditmemo_grid.state IS 'Status';
COMMENT ON COLUMN magento.sales_creditmemo_grid.base_grand_total IS 'Base Grand Total';
COMMENT ON COLUMN magento.sales_creditmemo_grid.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_creditmemo_grid.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_creditmemo_grid.billing_address IS 'Billing Address';
COMMENT ON COLUMN magento.sales_creditmemo_grid.shipping_address IS 'Shipping Address';
COMMENT ON COLUMN magento.sales_creditmemo_grid.customer_name IS 'Customer Name';
COMMENT ON COLUMN magento.sales_creditmemo_grid.customer_email IS 'Customer Email';
COMMENT ON COLUMN magento.sales_creditmemo_grid.customer_group_id IS 'Customer Group Id';
COMMENT ON COLUMN magento.sales_creditmemo_grid.payment_method IS 'Payment Method';
COMMENT ON COLUMN magento.sales_creditmemo_grid.shipping_information IS 'Shipping Method Name';
COMMENT ON COLUMN magento.sales_creditmemo_grid.subtotal IS 'Subtotal';
COMMENT ON COLUMN magento.sales_creditmemo_grid.shipping_and_handling IS 'Shipping and handling amount';
COMMENT ON COLUMN magento.sales_creditmemo_grid.adjustment_positive IS 'Adjustment Positive';
COMMENT ON COLUMN magento.sales_creditmemo_grid.adjustment_negative IS 'Adjustment Negative';
COMMENT ON COLUMN magento.sales_creditmemo_grid.order_base_grand_total IS 'Order Grand Total';
COMMENT ON TABLE magento.sales_creditmemo_grid IS 'Sales Flat Creditmemo Grid';
COMMENT ON COLUMN magento.sales_creditmemo_item.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_creditmemo_item.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_creditmemo_item.base_price IS 'Base Price';
COMMENT ON COLUMN magento.sales_creditmemo_item.tax_amount IS 'Tax Amount';
COMMENT ON COLUMN magento.sales_creditmemo_item.base_row_total IS 'Base Row Total';
COMMENT ON COLUMN magento.sales_creditmemo_item.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.sales_creditmemo_item.row_total IS 'Row Total';
COMMENT ON COLUMN magento.sales_creditmemo_item.base_discount_amount IS 'Base Discount Amount';
COMMENT ON COLUMN magento.sales_creditmemo_item.price_incl_tax IS 'Price Incl Tax';
COMMENT ON COLUMN magento.sales_creditmemo_item.base_tax_amount IS 'Base Tax Amount';
COMMENT ON COLUMN magento.sales_creditmemo_item.base_price_incl_tax IS 'Base Price Incl Tax';
COMMENT ON COLUMN magento.sales_creditmemo_item.qty IS 'Qty';
COMMENT ON COLUMN magento.sales_creditmemo_item.base_cost IS 'Base Cost';
COMMENT ON COLUMN magento.sales_creditmemo_item.price IS 'Price';
COMMENT ON COLUMN magento.sales_creditmemo_item.base_row_total_incl_tax IS 'Base Row Total Incl Tax';
COMMENT ON COLUMN magento.sales_creditmemo_item.row_total_incl_tax IS 'Row Total Incl Tax';
COMMENT ON COLUMN magento.sales_creditmemo_item.product_id IS 'Product Id';
COMMENT ON COLUMN magento.sales_creditmemo_item.order_item_id IS 'Order Item Id';
COMMENT ON COLUMN magento.sales_creditmemo_item.additional_data IS 'Additional Data';
COMMENT ON COLUMN magento.sales_creditmemo_item.description IS 'Description';
COMMENT ON COLUMN magento.sales_creditmemo_item.sku IS 'Sku';
COMMENT ON COLUMN magento.sales_creditmemo_item.name IS 'Name';
COMMENT ON COLUMN magento.sales_creditmemo_item.discount_tax_compensation_amount IS 'Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_creditmemo_item.base_discount_tax_compensation_amount IS 'Base Discount Tax Compensation Amount';
COMMENT ON COLUMN magento.sales_creditmemo_item.tax_ratio IS 'Ratio of tax in the creditmemo item over tax of the order item';
COMMENT ON TABLE magento.sales_creditmemo_item IS 'Sales Flat Creditmemo Item';
COMMENT ON COLUMN magento.sales_creditmemo_comment.entity_id IS 'Entity Id';
COMMENT ON COLUMN magento.sales_creditmemo_comment.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_creditmemo_comment.is_customer_notified IS 'Is Customer Notified';
COMMENT ON COLUMN magento.sales_creditmemo_comment.is_visible_on_front IS 'Is Visible On Front';
COMMENT ON COLUMN magento.sales_creditmemo_comment.comment IS 'Comment';
COMMENT ON COLUMN magento.sales_creditmemo_comment.created_at IS 'Created At';
COMMENT ON TABLE magento.sales_creditmemo_comment IS 'Sales Flat Creditmemo Comment';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.id IS 'Id';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.period IS 'Period';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.orders_invoiced IS 'Orders Invoiced';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.invoiced IS 'Invoiced';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.invoiced_captured IS 'Invoiced Captured';
COMMENT ON COLUMN magento.sales_invoiced_aggregated.invoiced_not_captured IS 'Invoiced Not Captured';
COMMENT ON TABLE magento.sales_invoiced_aggregated IS 'Sales Invoiced Aggregated';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.id IS 'Id';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.period IS 'Period';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.orders_invoiced IS 'Orders Invoiced';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.invoiced IS 'Invoiced';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.invoiced_captured IS 'Invoiced Captured';
COMMENT ON COLUMN magento.sales_invoiced_aggregated_order.invoiced_not_captured IS 'Invoiced Not Captured';
COMMENT ON TABLE magento.sales_invoiced_aggregated_order IS 'Sales Invoiced Aggregated Order';
COMMENT ON COLUMN magento.sales_order_aggregated_created.id IS 'Id';
COMMENT ON COLUMN magento.sales_order_aggregated_created.period IS 'Period';
COMMENT ON COLUMN magento.sales_order_aggregated_created.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_order_aggregated_created.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_order_aggregated_created.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_qty_ordered IS 'Total Qty Ordered';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_qty_invoiced IS 'Total Qty Invoiced';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_income_amount IS 'Total Income Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_revenue_amount IS 'Total Revenue Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_profit_amount IS 'Total Profit Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_invoiced_amount IS 'Total Invoiced Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_canceled_amount IS 'Total Canceled Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_paid_amount IS 'Total Paid Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_refunded_amount IS 'Total Refunded Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_tax_amount IS 'Total Tax Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_tax_amount_actual IS 'Total Tax Amount Actual';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_shipping_amount IS 'Total Shipping Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_shipping_amount_actual IS 'Total Shipping Amount Actual';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_discount_amount IS 'Total Discount Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_created.total_discount_amount_actual IS 'Total Discount Amount Actual';
COMMENT ON TABLE magento.sales_order_aggregated_created IS 'Sales Order Aggregated Created';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.id IS 'Id';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.period IS 'Period';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_qty_ordered IS 'Total Qty Ordered';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_qty_invoiced IS 'Total Qty Invoiced';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_income_amount IS 'Total Income Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_revenue_amount IS 'Total Revenue Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_profit_amount IS 'Total Profit Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_invoiced_amount IS 'Total Invoiced Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_canceled_amount IS 'Total Canceled Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_paid_amount IS 'Total Paid Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_refunded_amount IS 'Total Refunded Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_tax_amount IS 'Total Tax Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_tax_amount_actual IS 'Total Tax Amount Actual';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_shipping_amount IS 'Total Shipping Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_shipping_amount_actual IS 'Total Shipping Amount Actual';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_discount_amount IS 'Total Discount Amount';
COMMENT ON COLUMN magento.sales_order_aggregated_updated.total_discount_amount_actual IS 'Total Discount Amount Actual';
COMMENT ON TABLE magento.sales_order_aggregated_updated IS 'Sales Order Aggregated Updated';
COMMENT ON COLUMN magento.sales_payment_transaction.transaction_id IS 'Transaction Id';
COMMENT ON COLUMN magento.sales_payment_transaction.parent_id IS 'Parent Id';
COMMENT ON COLUMN magento.sales_payment_transaction.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_payment_transaction.payment_id IS 'Payment Id';
COMMENT ON COLUMN magento.sales_payment_transaction.txn_id IS 'Txn Id';
COMMENT ON COLUMN magento.sales_payment_transaction.parent_txn_id IS 'Parent Txn Id';
COMMENT ON COLUMN magento.sales_payment_transaction.txn_type IS 'Txn Type';
COMMENT ON COLUMN magento.sales_payment_transaction.is_closed IS 'Is Closed';
COMMENT ON COLUMN magento.sales_payment_transaction.additional_information IS 'Additional Information';
COMMENT ON COLUMN magento.sales_payment_transaction.created_at IS 'Created At';
COMMENT ON TABLE magento.sales_payment_transaction IS 'Sales Payment Transaction';
COMMENT ON COLUMN magento.sales_refunded_aggregated.id IS 'Id';
COMMENT ON COLUMN magento.sales_refunded_aggregated.period IS 'Period';
COMMENT ON COLUMN magento.sales_refunded_aggregated.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_refunded_aggregated.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_refunded_aggregated.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.sales_refunded_aggregated.refunded IS 'Refunded';
COMMENT ON COLUMN magento.sales_refunded_aggregated.online_refunded IS 'Online Refunded';
COMMENT ON COLUMN magento.sales_refunded_aggregated.offline_refunded IS 'Offline Refunded';
COMMENT ON TABLE magento.sales_refunded_aggregated IS 'Sales Refunded Aggregated';
COMMENT ON COLUMN magento.sales_refunded_aggregated_order.id IS 'Id';
COMMENT ON COLUMN magento.sales_refunded_aggregated_order.period IS 'Period';
COMMENT ON COLUMN magento.sales_refunded_aggregated_order.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_refunded_aggregated_order.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_refunded_aggregated_order.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.sales_refunded_aggregated_order.refunded IS 'Refunded';
COMMENT ON COLUMN magento.sales_refunded_aggregated_order.online_refunded IS 'Online Refunded';
COMMENT ON COLUMN magento.sales_refunded_aggregated_order.offline_refunded IS 'Offline Refunded';
COMMENT ON TABLE magento.sales_refunded_aggregated_order IS 'Sales Refunded Aggregated Order';
COMMENT ON COLUMN magento.sales_shipping_aggregated.id IS 'Id';
COMMENT ON COLUMN magento.sales_shipping_aggregated.period IS 'Period';
COMMENT ON COLUMN magento.sales_shipping_aggregated.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_shipping_aggregated.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_shipping_aggregated.shipping_description IS 'Shipping Description';
COMMENT ON COLUMN magento.sales_shipping_aggregated.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.sales_shipping_aggregated.total_shipping IS 'Total Shipping';
COMMENT ON COLUMN magento.sales_shipping_aggregated.total_shipping_actual IS 'Total Shipping Actual';
COMMENT ON TABLE magento.sales_shipping_aggregated IS 'Sales Shipping Aggregated';
COMMENT ON COLUMN magento.sales_shipping_aggregated_order.id IS 'Id';
COMMENT ON COLUMN magento.sales_shipping_aggregated_order.period IS 'Period';
COMMENT ON COLUMN magento.sales_shipping_aggregated_order.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_shipping_aggregated_order.order_status IS 'Order Status';
COMMENT ON COLUMN magento.sales_shipping_aggregated_order.shipping_description IS 'Shipping Description';
COMMENT ON COLUMN magento.sales_shipping_aggregated_order.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.sales_shipping_aggregated_order.total_shipping IS 'Total Shipping';
COMMENT ON COLUMN magento.sales_shipping_aggregated_order.total_shipping_actual IS 'Total Shipping Actual';
COMMENT ON TABLE magento.sales_shipping_aggregated_order IS 'Sales Shipping Aggregated Order';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_daily.id IS 'Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_daily.period IS 'Period';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_daily.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_daily.product_id IS 'Product Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_daily.product_name IS 'Product Name';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_daily.product_price IS 'Product Price';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_daily.qty_ordered IS 'Qty Ordered';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_daily.rating_pos IS 'Rating Pos';
COMMENT ON TABLE magento.sales_bestsellers_aggregated_daily IS 'Sales Bestsellers Aggregated Daily';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_monthly.id IS 'Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_monthly.period IS 'Period';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_monthly.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_monthly.product_id IS 'Product Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_monthly.product_name IS 'Product Name';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_monthly.product_price IS 'Product Price';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_monthly.qty_ordered IS 'Qty Ordered';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_monthly.rating_pos IS 'Rating Pos';
COMMENT ON TABLE magento.sales_bestsellers_aggregated_monthly IS 'Sales Bestsellers Aggregated Monthly';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_yearly.id IS 'Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_yearly.period IS 'Period';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_yearly.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_yearly.product_id IS 'Product Id';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_yearly.product_name IS 'Product Name';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_yearly.product_price IS 'Product Price';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_yearly.qty_ordered IS 'Qty Ordered';
COMMENT ON COLUMN magento.sales_bestsellers_aggregated_yearly.rating_pos IS 'Rating Pos';
COMMENT ON TABLE magento.sales_bestsellers_aggregated_yearly IS 'Sales Bestsellers Aggregated Yearly';
COMMENT ON COLUMN magento.sales_order_tax.tax_id IS 'Tax Id';
COMMENT ON COLUMN magento.sales_order_tax.order_id IS 'Order Id';
COMMENT ON COLUMN magento.sales_order_tax.code IS 'Code';
COMMENT ON COLUMN magento.sales_order_tax.title IS 'Title';
COMMENT ON COLUMN magento.sales_order_tax.percent IS 'Percent';
COMMENT ON COLUMN magento.sales_order_tax.amount IS 'Amount';
COMMENT ON COLUMN magento.sales_order_tax.priority IS 'Priority';
COMMENT ON COLUMN magento.sales_order_tax.position IS 'Position';
COMMENT ON COLUMN magento.sales_order_tax.base_amount IS 'Base Amount';
COMMENT ON COLUMN magento.sales_order_tax.process IS 'Process';
COMMENT ON COLUMN magento.sales_order_tax.base_real_amount IS 'Base Real Amount';
COMMENT ON TABLE magento.sales_order_tax IS 'Sales Order Tax Table';
COMMENT ON COLUMN magento.sales_order_tax_item.tax_item_id IS 'Tax Item Id';
COMMENT ON COLUMN magento.sales_order_tax_item.tax_id IS 'Tax Id';
COMMENT ON COLUMN magento.sales_order_tax_item.item_id IS 'Item Id';
COMMENT ON COLUMN magento.sales_order_tax_item.tax_percent IS 'Real Tax Percent For Item';
COMMENT ON COLUMN magento.sales_order_tax_item.amount IS 'Tax amount for the item and tax rate';
COMMENT ON COLUMN magento.sales_order_tax_item.base_amount IS 'Base tax amount for the item and tax rate';
COMMENT ON COLUMN magento.sales_order_tax_item.real_amount IS 'Real tax amount for the item and tax rate';
COMMENT ON COLUMN magento.sales_order_tax_item.real_base_amount IS 'Real base tax amount for the item and tax rate';
COMMENT ON COLUMN magento.sales_order_tax_item.associated_item_id IS 'Id of the associated item';
COMMENT ON COLUMN magento.sales_order_tax_item.taxable_item_type IS 'Type of the taxable item';
COMMENT ON TABLE magento.sales_order_tax_item IS 'Sales Order Tax Item';
COMMENT ON COLUMN magento.sales_order_status.status IS 'Status';
COMMENT ON COLUMN magento.sales_order_status.label IS 'Label';
COMMENT ON TABLE magento.sales_order_status IS 'Sales Order Status Table';
COMMENT ON COLUMN magento.sales_order_status_state.status IS 'Status';
COMMENT ON COLUMN magento.sales_order_status_state.state IS 'Label';
COMMENT ON COLUMN magento.sales_order_status_state.is_default IS 'Is Default';
COMMENT ON COLUMN magento.sales_order_status_state.visible_on_front IS 'Visible on front';
COMMENT ON TABLE magento.sales_order_status_state IS 'Sales Order Status Table';
COMMENT ON COLUMN magento.sales_order_status_label.status IS 'Status';
COMMENT ON COLUMN magento.sales_order_status_label.store_id IS 'Store Id';
COMMENT ON COLUMN magento.sales_order_status_label.label IS 'Label';
COMMENT ON TABLE magento.sales_order_status_label IS 'Sales Order Status Label Table';
COMMENT ON COLUMN magento.salesrule.rule_id IS 'Entity ID';
COMMENT ON COLUMN magento.salesrule.name IS 'Name';
COMMENT ON COLUMN magento.salesrule.description IS 'Description';
COMMENT ON COLUMN magento.salesrule.from_date IS 'From';
COMMENT ON COLUMN magento.salesrule.to_date IS 'To';
COMMENT ON COLUMN magento.salesrule.uses_per_customer IS 'Uses Per Customer';
COMMENT ON COLUMN magento.salesrule.is_active IS 'Is Active';
COMMENT ON COLUMN magento.salesrule.conditions_serialized IS 'Conditions Serialized';
COMMENT ON COLUMN magento.salesrule.actions_serialized IS 'Actions Serialized';
COMMENT ON COLUMN magento.salesrule.stop_rules_processing IS 'Stop Rules Processing';
COMMENT ON COLUMN magento.salesrule.is_advanced IS 'Is Advanced';
COMMENT ON COLUMN magento.salesrule.product_ids IS 'Product Ids';
COMMENT ON COLUMN magento.salesrule.sort_order IS 'Sort Order';
COMMENT ON COLUMN magento.salesrule.simple_action IS 'Simple Action';
COMMENT ON COLUMN magento.salesrule.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.salesrule.discount_qty IS 'Discount Qty';
COMMENT ON COLUMN magento.salesrule.discount_step IS 'Discount Step';
COMMENT ON COLUMN magento.salesrule.apply_to_shipping IS 'Apply To Shipping';
COMMENT ON COLUMN magento.salesrule.times_used IS 'Times Used';
COMMENT ON COLUMN magento.salesrule.is_rss IS 'Is Rss';
COMMENT ON COLUMN magento.salesrule.coupon_type IS 'Coupon Type';
COMMENT ON COLUMN magento.salesrule.use_auto_generation IS 'Use Auto Generation';
COMMENT ON COLUMN magento.salesrule.uses_per_coupon IS 'User Per Coupon';
COMMENT ON TABLE magento.salesrule IS 'Salesrule';
COMMENT ON COLUMN magento.salesrule_coupon.coupon_id IS 'Coupon Id';
COMMENT ON COLUMN magento.salesrule_coupon.rule_id IS 'Rule ID';
COMMENT ON COLUMN magento.salesrule_coupon.code IS 'Code';
COMMENT ON COLUMN magento.salesrule_coupon.usage_limit IS 'Usage Limit';
COMMENT ON COLUMN magento.salesrule_coupon.usage_per_customer IS 'Usage Per Customer';
COMMENT ON COLUMN magento.salesrule_coupon.times_used IS 'Times Used';
COMMENT ON COLUMN magento.salesrule_coupon.expiration_date IS 'Expiration Date';
COMMENT ON COLUMN magento.salesrule_coupon.is_primary IS 'Is Primary';
COMMENT ON COLUMN magento.salesrule_coupon.created_at IS 'Coupon Code Creation Date';
COMMENT ON COLUMN magento.salesrule_coupon.type IS 'Coupon Code Type';
COMMENT ON TABLE magento.salesrule_coupon IS 'Salesrule Coupon';
COMMENT ON COLUMN magento.salesrule_coupon_usage.coupon_id IS 'Coupon Id';
COMMENT ON COLUMN magento.salesrule_coupon_usage.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.salesrule_coupon_usage.times_used IS 'Times Used';
COMMENT ON TABLE magento.salesrule_coupon_usage IS 'Salesrule Coupon Usage';
COMMENT ON COLUMN magento.salesrule_customer.rule_customer_id IS 'Rule Customer Id';
COMMENT ON COLUMN magento.salesrule_customer.rule_id IS 'Rule ID';
COMMENT ON COLUMN magento.salesrule_customer.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.salesrule_customer.times_used IS 'Times Used';
COMMENT ON TABLE magento.salesrule_customer IS 'Salesrule Customer';
COMMENT ON COLUMN magento.salesrule_label.label_id IS 'Label Id';
COMMENT ON COLUMN magento.salesrule_label.rule_id IS 'Rule ID';
COMMENT ON COLUMN magento.salesrule_label.store_id IS 'Store Id';
COMMENT ON COLUMN magento.salesrule_label.label IS 'Label';
COMMENT ON TABLE magento.salesrule_label IS 'Salesrule Label';
COMMENT ON COLUMN magento.salesrule_product_attribute.rule_id IS 'Rule ID';
COMMENT ON COLUMN magento.salesrule_product_attribute.website_id IS 'Website Id';
COMMENT ON COLUMN magento.salesrule_product_attribute.customer_group_id IS 'Customer Group Id';
COMMENT ON COLUMN magento.salesrule_product_attribute.attribute_id IS 'Attribute Id';
COMMENT ON TABLE magento.salesrule_product_attribute IS 'Salesrule Product Attribute';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.id IS 'Id';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.period IS 'Period';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.store_id IS 'Store Id';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.order_status IS 'Order Status';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.coupon_code IS 'Coupon Code';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.coupon_uses IS 'Coupon Uses';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.subtotal_amount IS 'Subtotal Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.total_amount IS 'Total Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.subtotal_amount_actual IS 'Subtotal Amount Actual';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.discount_amount_actual IS 'Discount Amount Actual';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.total_amount_actual IS 'Total Amount Actual';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated.rule_name IS 'Rule Name';
COMMENT ON TABLE magento.salesrule_coupon_aggregated IS 'Coupon Aggregated';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.id IS 'Id';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.period IS 'Period';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.store_id IS 'Store Id';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.order_status IS 'Order Status';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.coupon_code IS 'Coupon Code';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.coupon_uses IS 'Coupon Uses';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.subtotal_amount IS 'Subtotal Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.total_amount IS 'Total Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.subtotal_amount_actual IS 'Subtotal Amount Actual';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.discount_amount_actual IS 'Discount Amount Actual';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.total_amount_actual IS 'Total Amount Actual';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_updated.rule_name IS 'Rule Name';
COMMENT ON TABLE magento.salesrule_coupon_aggregated_updated IS 'Salesrule Coupon Aggregated Updated';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.id IS 'Id';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.period IS 'Period';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.store_id IS 'Store Id';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.order_status IS 'Order Status';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.coupon_code IS 'Coupon Code';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.coupon_uses IS 'Coupon Uses';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.subtotal_amount IS 'Subtotal Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.discount_amount IS 'Discount Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.total_amount IS 'Total Amount';
COMMENT ON COLUMN magento.salesrule_coupon_aggregated_order.rule_name IS 'Rule Name';
COMMENT ON TABLE magento.salesrule_coupon_aggregated_order IS 'Coupon Aggregated Order';
COMMENT ON COLUMN magento.salesrule_website.rule_id IS 'Rule ID';
COMMENT ON COLUMN magento.salesrule_website.website_id IS 'Website Id';
COMMENT ON TABLE magento.salesrule_website IS 'Sales Rules To Websites Relations';
COMMENT ON COLUMN magento.salesrule_customer_group.rule_id IS 'Rule ID';
COMMENT ON COLUMN magento.salesrule_customer_group.customer_group_id IS 'Customer Group Id';
COMMENT ON TABLE magento.salesrule_customer_group IS 'Sales Rules To Customer Groups Relations';
COMMENT ON COLUMN magento.review_entity.entity_id IS 'Review entity id';
COMMENT ON COLUMN magento.review_entity.entity_code IS 'Review entity code';
COMMENT ON TABLE magento.review_entity IS 'Review entities';
COMMENT ON COLUMN magento.review_status.status_id IS 'Status id';
COMMENT ON COLUMN magento.review_status.status_code IS 'Status code';
COMMENT ON TABLE magento.review_status IS 'Review statuses';
COMMENT ON COLUMN magento.review.review_id IS 'Review id';
COMMENT ON COLUMN magento.review.created_at IS 'Review create date';
COMMENT ON COLUMN magento.review.entity_id IS 'Entity id';
COMMENT ON COLUMN magento.review.entity_pk_value IS 'Product id';
COMMENT ON COLUMN magento.review.status_id IS 'Status code';
COMMENT ON TABLE magento.review IS 'Review base information';
COMMENT ON COLUMN magento.review_detail.detail_id IS 'Review detail id';
COMMENT ON COLUMN magento.review_detail.review_id IS 'Review id';
COMMENT ON COLUMN magento.review_detail.store_id IS 'Store id';
COMMENT ON COLUMN magento.review_detail.title IS 'Title';
COMMENT ON COLUMN magento.review_detail.detail IS 'Detail description';
COMMENT ON COLUMN magento.review_detail.nickname IS 'User nickname';
COMMENT ON COLUMN magento.review_detail.customer_id IS 'Customer Id';
COMMENT ON TABLE magento.review_detail IS 'Review detail information';
COMMENT ON COLUMN magento.review_entity_summary.primary_id IS 'Summary review entity id';
COMMENT ON COLUMN magento.review_entity_summary.entity_pk_value IS 'Product id';
COMMENT ON COLUMN magento.review_entity_summary.entity_type IS 'Entity type id';
COMMENT ON COLUMN magento.review_entity_summary.reviews_count IS 'Qty of reviews';
COMMENT ON COLUMN magento.review_entity_summary.rating_summary IS 'Summarized rating';
COMMENT ON COLUMN magento.review_entity_summary.store_id IS 'Store ID';
COMMENT ON TABLE magento.review_entity_summary IS 'Review aggregates';
COMMENT ON COLUMN magento.review_store.review_id IS 'Review ID';
COMMENT ON COLUMN magento.review_store.store_id IS 'Store ID';
COMMENT ON TABLE magento.review_store IS 'Review Store';
COMMENT ON COLUMN magento.rating_entity.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.rating_entity.entity_code IS 'Entity Code';
COMMENT ON TABLE magento.rating_entity IS 'Rating entities';
COMMENT ON COLUMN magento.rating.rating_id IS 'Rating ID';
COMMENT ON COLUMN magento.rating.entity_id IS 'Entity ID';
COMMENT ON COLUMN magento.rating.rating_code IS 'Rating Code';
COMMENT ON COLUMN magento.rating.position IS 'Rating Position On Storefront';
COMMENT ON COLUMN magento.rating.is_active IS 'Rating is active.';
COMMENT ON TABLE magento.rating IS 'Ratings';
COMMENT ON COLUMN magento.rating_option.option_id IS 'Rating Option Id';
COMMENT ON COLUMN magento.rating_option.rating_id IS 'Rating Id';
COMMENT ON COLUMN magento.rating_option.code IS 'Rating Option Code';
COMMENT ON COLUMN magento.rating_option.value IS 'Rating Option Value';
COMMENT ON COLUMN magento.rating_option.position IS 'Ration option position on Storefront';
COMMENT ON TABLE magento.rating_option IS 'Rating options';
COMMENT ON COLUMN magento.rating_option_vote.vote_id IS 'Vote id';
COMMENT ON COLUMN magento.rating_option_vote.option_id IS 'Vote option id';
COMMENT ON COLUMN magento.rating_option_vote.remote_ip IS 'Customer IP';
COMMENT ON COLUMN magento.rating_option_vote.remote_ip_long IS 'Customer IP converted to long integer format';
COMMENT ON COLUMN magento.rating_option_vote.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.rating_option_vote.entity_pk_value IS 'Product id';
COMMENT ON COLUMN magento.rating_option_vote.rating_id IS 'Rating id';
COMMENT ON COLUMN magento.rating_option_vote.review_id IS 'Review id';
COMMENT ON COLUMN magento.rating_option_vote.percent IS 'Percent amount';
COMMENT ON COLUMN magento.rating_option_vote.value IS 'Vote option value';
COMMENT ON TABLE magento.rating_option_vote IS 'Rating option values';
COMMENT ON COLUMN magento.rating_option_vote_aggregated.primary_id IS 'Vote aggregation id';
COMMENT ON COLUMN magento.rating_option_vote_aggregated.rating_id IS 'Rating id';
COMMENT ON COLUMN magento.rating_option_vote_aggregated.entity_pk_value IS 'Product id';
COMMENT ON COLUMN magento.rating_option_vote_aggregated.vote_count IS 'Vote dty';
COMMENT ON COLUMN magento.rating_option_vote_aggregated.vote_value_sum IS 'General vote sum';
COMMENT ON COLUMN magento.rating_option_vote_aggregated.percent IS 'Vote percent';
COMMENT ON COLUMN magento.rating_option_vote_aggregated.percent_approved IS 'Vote percent approved by admin';
COMMENT ON COLUMN magento.rating_option_vote_aggregated.store_id IS 'Store Id';
COMMENT ON TABLE magento.rating_option_vote_aggregated IS 'Rating vote aggregated';
COMMENT ON COLUMN magento.rating_store.rating_id IS 'Rating id';
COMMENT ON COLUMN magento.rating_store.store_id IS 'Store id';
COMMENT ON TABLE magento.rating_store IS 'Rating Store';
COMMENT ON COLUMN magento.rating_title.rating_id IS 'Rating Id';
COMMENT ON COLUMN magento.rating_title.store_id IS 'Store Id';
COMMENT ON COLUMN magento.rating_title.value IS 'Rating Label';
COMMENT ON TABLE magento.rating_title IS 'Rating Title';
COMMENT ON COLUMN magento.wishlist.wishlist_id IS 'Wishlist ID';
COMMENT ON COLUMN magento.wishlist.customer_id IS 'Customer ID';
COMMENT ON COLUMN magento.wishlist.shared IS 'Sharing flag (0 or 1)';
COMMENT ON COLUMN magento.wishlist.sharing_code IS 'Sharing encrypted code';
COMMENT ON COLUMN magento.wishlist.updated_at IS 'Last updated date';
COMMENT ON TABLE magento.wishlist IS 'Wishlist main Table';
COMMENT ON COLUMN magento.wishlist_item.wishlist_item_id IS 'Wishlist item ID';
COMMENT ON COLUMN magento.wishlist_item.wishlist_id IS 'Wishlist ID';
COMMENT ON COLUMN magento.wishlist_item.product_id IS 'Product ID';
COMMENT ON COLUMN magento.wishlist_item.store_id IS 'Store ID';
COMMENT ON COLUMN magento.wishlist_item.added_at IS 'Add date and time';
COMMENT ON COLUMN magento.wishlist_item.description IS 'Short description of wish list item';
COMMENT ON COLUMN magento.wishlist_item.qty IS 'Qty';
COMMENT ON TABLE magento.wishlist_item IS 'Wishlist items';
COMMENT ON COLUMN magento.wishlist_item_option.option_id IS 'Option Id';
COMMENT ON COLUMN magento.wishlist_item_option.wishlist_item_id IS 'Wishlist Item Id';
COMMENT ON COLUMN magento.wishlist_item_option.product_id IS 'Product Id';
COMMENT ON COLUMN magento.wishlist_item_option.code IS 'Code';
COMMENT ON COLUMN magento.wishlist_item_option.value IS 'Value';
COMMENT ON TABLE magento.wishlist_item_option IS 'Wishlist Item Option Table';
COMMENT ON COLUMN magento.tax_class.class_id IS 'Class Id';
COMMENT ON COLUMN magento.tax_class.class_name IS 'Class Name';
COMMENT ON COLUMN magento.tax_class.class_type IS 'Class Type';
COMMENT ON TABLE magento.tax_class IS 'Tax Class';
COMMENT ON COLUMN magento.tax_calculation_rule.tax_calculation_rule_id IS 'Tax Calculation Rule Id';
COMMENT ON COLUMN magento.tax_calculation_rule.code IS 'Code';
COMMENT ON COLUMN magento.tax_calculation_rule.priority IS 'Priority';
COMMENT ON COLUMN magento.tax_calculation_rule.position IS 'Position';
COMMENT ON COLUMN magento.tax_calculation_rule.calculate_subtotal IS 'Calculate off subtotal option';
COMMENT ON TABLE magento.tax_calculation_rule IS 'Tax Calculation Rule';
COMMENT ON COLUMN magento.tax_calculation_rate.tax_calculation_rate_id IS 'Tax Calculation Rate Id';
COMMENT ON COLUMN magento.tax_calculation_rate.tax_country_id IS 'Tax Country Id';
COMMENT ON COLUMN magento.tax_calculation_rate.tax_region_id IS 'Tax Region Id';
COMMENT ON COLUMN magento.tax_calculation_rate.tax_postcode IS 'Tax Postcode';
COMMENT ON COLUMN magento.tax_calculation_rate.code IS 'Code';
COMMENT ON COLUMN magento.tax_calculation_rate.rate IS 'Rate';
COMMENT ON COLUMN magento.tax_calculation_rate.zip_is_range IS 'Zip Is Range';
COMMENT ON COLUMN magento.tax_calculation_rate.zip_from IS 'Zip From';
COMMENT ON COLUMN magento.tax_calculation_rate.zip_to IS 'Zip To';
COMMENT ON TABLE magento.tax_calculation_rate IS 'Tax Calculation Rate';
COMMENT ON COLUMN magento.tax_calculation.tax_calculation_id IS 'Tax Calculation Id';
COMMENT ON COLUMN magento.tax_calculation.tax_calculation_rate_id IS 'Tax Calculation Rate Id';
COMMENT ON COLUMN magento.tax_calculation.tax_calculation_rule_id IS 'Tax Calculation Rule Id';
COMMENT ON COLUMN magento.tax_calculation.customer_tax_class_id IS 'Customer Tax Class Id';
COMMENT ON COLUMN magento.tax_calculation.product_tax_class_id IS 'Product Tax Class Id';
COMMENT ON TABLE magento.tax_calculation IS 'Tax Calculation';
COMMENT ON COLUMN magento.tax_calculation_rate_title.tax_calculation_rate_title_id IS 'Tax Calculation Rate Title Id';
COMMENT ON COLUMN magento.tax_calculation_rate_title.tax_calculation_rate_id IS 'Tax Calculation Rate Id';
COMMENT ON COLUMN magento.tax_calculation_rate_title.store_id IS 'Store Id';
COMMENT ON COLUMN magento.tax_calculation_rate_title.value IS 'Value';
COMMENT ON TABLE magento.tax_calculation_rate_title IS 'Tax Calculation Rate Title';
COMMENT ON COLUMN magento.tax_order_aggregated_created.id IS 'Id';
COMMENT ON COLUMN magento.tax_order_aggregated_created.period IS 'Period';
COMMENT ON COLUMN magento.tax_order_aggregated_created.store_id IS 'Store Id';
COMMENT ON COLUMN magento.tax_order_aggregated_created.code IS 'Code';
COMMENT ON COLUMN magento.tax_order_aggregated_created.order_status IS 'Order Status';
COMMENT ON COLUMN magento.tax_order_aggregated_created.percent IS 'Percent';
COMMENT ON COLUMN magento.tax_order_aggregated_created.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.tax_order_aggregated_created.tax_base_amount_sum IS 'Tax Base Amount Sum';
COMMENT ON TABLE magento.tax_order_aggregated_created IS 'Tax Order Aggregation';
COMMENT ON COLUMN magento.tax_order_aggregated_updated.id IS 'Id';
COMMENT ON COLUMN magento.tax_order_aggregated_updated.period IS 'Period';
COMMENT ON COLUMN magento.tax_order_aggregated_updated.store_id IS 'Store Id';
COMMENT ON COLUMN magento.tax_order_aggregated_updated.code IS 'Code';
COMMENT ON COLUMN magento.tax_order_aggregated_updated.order_status IS 'Order Status';
COMMENT ON COLUMN magento.tax_order_aggregated_updated.percent IS 'Percent';
COMMENT ON COLUMN magento.tax_order_aggregated_updated.orders_count IS 'Orders Count';
COMMENT ON COLUMN magento.tax_order_aggregated_updated.tax_base_amount_sum IS 'Tax Base Amount Sum';
COMMENT ON TABLE magento.tax_order_aggregated_updated IS 'Tax Order Aggregated Updated';
COMMENT ON COLUMN magento.cms_block.block_id IS 'Entity ID';
COMMENT ON COLUMN magento.cms_block.title IS 'Block Title';
COMMENT ON COLUMN magento.cms_block.identifier IS 'Block String Identifier';
COMMENT ON COLUMN magento.cms_block.content IS 'Block Content';
COMMENT ON COLUMN magento.cms_block.creation_time IS 'Block Creation Time';
COMMENT ON COLUMN magento.cms_block.update_time IS 'Block Modification Time';
COMMENT ON COLUMN magento.cms_block.is_active IS 'Is Block Active';
COMMENT ON TABLE magento.cms_block IS 'CMS Block Table';
COMMENT ON COLUMN magento.cms_block_store.store_id IS 'Store ID';
COMMENT ON TABLE magento.cms_block_store IS 'CMS Block To Store Linkage Table';
COMMENT ON COLUMN magento.cms_page.page_id IS 'Entity ID';
COMMENT ON COLUMN magento.cms_page.title IS 'Page Title';
COMMENT ON COLUMN magento.cms_page.page_layout IS 'Page Layout';
COMMENT ON COLUMN magento.cms_page.meta_keywords IS 'Page Meta Keywords';
COMMENT ON COLUMN magento.cms_page.meta_description IS 'Page Meta Description';
COMMENT ON COLUMN magento.cms_page.identifier IS 'Page String Identifier';
COMMENT ON COLUMN magento.cms_page.content_heading IS 'Page Content Heading';
COMMENT ON COLUMN magento.cms_page.content IS 'Page Content';
COMMENT ON COLUMN magento.cms_page.creation_time IS 'Page Creation Time';
COMMENT ON COLUMN magento.cms_page.update_time IS 'Page Modification Time';
COMMENT ON COLUMN magento.cms_page.is_active IS 'Is Page Active';
COMMENT ON COLUMN magento.cms_page.sort_order IS 'Page Sort Order';
COMMENT ON COLUMN magento.cms_page.layout_update_xml IS 'Page Layout Update Content';
COMMENT ON COLUMN magento.cms_page.custom_theme IS 'Page Custom Theme';
COMMENT ON COLUMN magento.cms_page.custom_root_template IS 'Page Custom Template';
COMMENT ON COLUMN magento.cms_page.custom_layout_update_xml IS 'Page Custom Layout Update Content';
COMMENT ON COLUMN magento.cms_page.custom_theme_from IS 'Page Custom Theme Active From Date';
COMMENT ON COLUMN magento.cms_page.custom_theme_to IS 'Page Custom Theme Active To Date';
COMMENT ON COLUMN magento.cms_page.meta_title IS 'Page Meta Title';
COMMENT ON TABLE magento.cms_page IS 'CMS Page Table';
COMMENT ON COLUMN magento.cms_page_store.page_id IS 'Entity ID';
COMMENT ON COLUMN magento.cms_page_store.store_id IS 'Store ID';
COMMENT ON TABLE magento.cms_page_store IS 'CMS Page To Store Linkage Table';
COMMENT ON COLUMN magento.newsletter_subscriber.subscriber_id IS 'Subscriber Id';
COMMENT ON COLUMN magento.newsletter_subscriber.store_id IS 'Store Id';
COMMENT ON COLUMN magento.newsletter_subscriber.change_status_at IS 'Change Status At';
COMMENT ON COLUMN magento.newsletter_subscriber.customer_id IS 'Customer Id';
COMMENT ON COLUMN magento.newsletter_subscriber.subscriber_email IS 'Subscriber Email';
COMMENT ON COLUMN magento.newsletter_subscriber.subscriber_status IS 'Subscriber Status';
COMMENT ON COLUMN magento.newsletter_subscriber.subscriber_confirm_code IS 'Subscriber Confirm Code';
COMMENT ON TABLE magento.newsletter_subscriber IS 'Newsletter Subscriber';
COMMENT ON COLUMN magento.newsletter_template.template_id IS 'Template ID';
COMMENT ON COLUMN magento.newsletter_template.template_code IS 'Template Code';
COMMENT ON COLUMN magento.newsletter_template.template_text IS 'Template Text';
COMMENT ON COLUMN magento.newsletter_template.template_styles IS 'Template Styles';
COMMENT ON COLUMN magento.newsletter_template.template_type IS 'Template Type';
COMMENT ON COLUMN magento.newsletter_template.template_subject IS 'Template Subject';
COMMENT ON COLUMN magento.newsletter_template.template_sender_name IS 'Template Sender Name';
COMMENT ON COLUMN magento.newsletter_template.template_sender_email IS 'Template Sender Email';
COMMENT ON COLUMN magento.newsletter_template.template_actual IS 'Template Actual';
COMMENT ON COLUMN magento.newsletter_template.added_at IS 'Added At';
COMMENT ON COLUMN magento.newsletter_template.modified_at IS 'Modified At';
COMMENT ON TABLE magento.newsletter_template IS 'Newsletter Template';
COMMENT ON COLUMN magento.newsletter_queue.queue_id IS 'Queue Id';
COMMENT ON COLUMN magento.newsletter_queue.template_id IS 'Template ID';
COMMENT ON COLUMN magento.newsletter_queue.newsletter_type IS 'Newsletter Type';
COMMENT ON COLUMN magento.newsletter_queue.newsletter_text IS 'Newsletter Text';
COMMENT ON COLUMN magento.newsletter_queue.newsletter_styles IS 'Newsletter Styles';
COMMENT ON COLUMN magento.newsletter_queue.newsletter_subject IS 'Newsletter Subject';
COMMENT ON COLUMN magento.newsletter_queue.newsletter_sender_name IS 'Newsletter Sender Name';
COMMENT ON COLUMN magento.newsletter_queue.newsletter_sender_email IS 'Newsletter Sender Email';
COMMENT ON COLUMN magento.newsletter_queue.queue_status IS 'Queue Status';
COMMENT ON COLUMN magento.newsletter_queue.queue_start_at IS 'Queue Start At';
COMMENT ON COLUMN magento.newsletter_queue.queue_finish_at IS 'Queue Finish At';
COMMENT ON TABLE magento.newsletter_queue IS 'Newsletter Queue';
COMMENT ON COLUMN magento.newsletter_queue_link.queue_link_id IS 'Queue Link Id';
COMMENT ON COLUMN magento.newsletter_queue_link.queue_id IS 'Queue Id';
COMMENT ON COLUMN magento.newsletter_queue_link.subscriber_id IS 'Subscriber Id';
COMMENT ON COLUMN magento.newsletter_queue_link.letter_sent_at IS 'Letter Sent At';
COMMENT ON TABLE magento.newsletter_queue_link IS 'Newsletter Queue Link';
COMMENT ON COLUMN magento.newsletter_queue_store_link.queue_id IS 'Queue Id';
COMMENT ON COLUMN magento.newsletter_queue_store_link.store_id IS 'Store Id';
COMMENT ON TABLE magento.newsletter_queue_store_link IS 'Newsletter Queue Store Link';
COMMENT ON COLUMN magento.newsletter_problem.problem_id IS 'Problem Id';
COMMENT ON COLUMN magento.newsletter_problem.subscriber_id IS 'Subscriber Id';
COMMENT ON COLUMN magento.newsletter_problem.queue_id IS 'Queue Id';
COMMENT ON COLUMN magento.newsletter_problem.problem_error_code IS 'Problem Error Code';
COMMENT ON COLUMN magento.newsletter_problem.problem_error_text IS 'Problem Error Text';
COMMENT ON TABLE magento.newsletter_problem IS 'Newsletter Problems';
