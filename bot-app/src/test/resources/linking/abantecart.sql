-- AbanteCart 1.4.4 schema (public_html/install/abantecart_database.sql), converted to PostgreSQL; table prefix abc_
CREATE SCHEMA abantecart;

CREATE TABLE abantecart.abc_addresses (
    address_id integer NOT NULL,
    customer_id integer NOT NULL,
    company character varying(255),
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    address_1 character varying(128) NOT NULL,
    address_2 character varying(128) NOT NULL,
    postcode character varying(10) NOT NULL,
    city character varying(128) NOT NULL,
    country_id integer NOT NULL,
    zone_id integer NOT NULL,
    ext_fields json,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_addresses_pkey PRIMARY KEY (address_id)
);

CREATE TABLE abantecart.abc_ant_messages (
    id character varying(60) NOT NULL,
    priority integer NOT NULL,
    placeholder character varying(128),
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    viewed_date timestamp without time zone,
    viewed integer NOT NULL,
    title character varying(255),
    description text,
    html text,
    url text,
    language_code character varying(2) NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_ant_messages_pkey PRIMARY KEY (id, language_code)
);

CREATE TABLE abantecart.abc_banners (
    banner_id integer NOT NULL,
    status integer NOT NULL,
    banner_type integer NOT NULL,
    banner_group_name character varying(255) NOT NULL,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    blank boolean NOT NULL,
    target_url text,
    sort_order integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_banners_pkey PRIMARY KEY (banner_id)
);

CREATE TABLE abantecart.abc_banner_descriptions (
    banner_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    meta text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_banner_descriptions_pkey PRIMARY KEY (banner_id, language_id)
);

CREATE TABLE abantecart.abc_banner_stat (
    rowid integer NOT NULL,
    banner_id integer NOT NULL,
    type integer NOT NULL,
    "time" timestamp without time zone NOT NULL,
    store_id integer NOT NULL,
    user_info text,
    CONSTRAINT abc_banner_stat_pkey PRIMARY KEY (rowid)
);

CREATE TABLE abantecart.abc_blocks (
    block_id integer NOT NULL,
    block_txt_id character varying(255) NOT NULL,
    controller character varying(255) NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_blocks_pkey PRIMARY KEY (block_id)
);

CREATE TABLE abantecart.abc_block_descriptions (
    block_description_id integer NOT NULL,
    custom_block_id integer NOT NULL,
    language_id integer NOT NULL,
    block_wrapper character varying(255) NOT NULL,
    block_framed boolean,
    name character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    content text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_block_descriptions_pkey PRIMARY KEY (block_description_id, custom_block_id, language_id)
);

CREATE TABLE abantecart.abc_block_layouts (
    instance_id integer NOT NULL,
    layout_id integer NOT NULL,
    block_id integer NOT NULL,
    custom_block_id integer NOT NULL,
    parent_instance_id integer NOT NULL,
    "position" smallint NOT NULL,
    status smallint NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone,
    CONSTRAINT abc_block_layouts_pkey PRIMARY KEY (instance_id)
);

CREATE TABLE abantecart.abc_block_templates (
    block_id integer NOT NULL,
    parent_block_id integer NOT NULL,
    template character varying(255) NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_block_templates_pkey PRIMARY KEY (block_id, parent_block_id)
);

CREATE TABLE abantecart.abc_categories (
    category_id integer NOT NULL,
    parent_id integer NOT NULL,
    sort_order integer NOT NULL,
    status integer NOT NULL,
    supplier_code character varying(100),
    supplier_id character varying(100),
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_categories_pkey PRIMARY KEY (category_id)
);

CREATE TABLE abantecart.abc_categories_to_stores (
    category_id integer NOT NULL,
    store_id integer NOT NULL,
    CONSTRAINT abc_categories_to_stores_pkey PRIMARY KEY (category_id, store_id)
);

CREATE TABLE abantecart.abc_category_descriptions (
    category_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255) NOT NULL,
    meta_keywords character varying(255) NOT NULL,
    meta_description character varying(255) NOT NULL,
    description text,
    CONSTRAINT abc_category_descriptions_pkey PRIMARY KEY (category_id, language_id)
);

CREATE TABLE abantecart.abc_collections (
    id integer NOT NULL,
    status smallint NOT NULL,
    name character varying(255),
    description text,
    conditions text,
    store_id integer NOT NULL,
    date_added timestamp without time zone,
    CONSTRAINT abc_collections_pkey PRIMARY KEY (id)
);

CREATE TABLE abantecart.abc_collection_descriptions (
    id integer NOT NULL,
    collection_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(255),
    meta_keywords text,
    meta_description text,
    CONSTRAINT abc_collection_descriptions_pkey PRIMARY KEY (id)
);

CREATE TABLE abantecart.abc_contents (
    content_id integer NOT NULL,
    parent_content_id integer NOT NULL,
    sort_order integer NOT NULL,
    status integer NOT NULL,
    content_bar integer NOT NULL,
    show_title integer,
    author character varying(128) NOT NULL,
    icon_rl_id integer,
    publish_date timestamp without time zone,
    expire_date timestamp without time zone,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_contents_pkey PRIMARY KEY (content_id)
);

CREATE TABLE abantecart.abc_contents_to_stores (
    content_id integer NOT NULL,
    store_id integer NOT NULL,
    CONSTRAINT abc_contents_to_stores_pkey PRIMARY KEY (content_id, store_id)
);

CREATE TABLE abantecart.abc_content_descriptions (
    content_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    meta_keywords character varying(255) NOT NULL,
    meta_description character varying(255) NOT NULL,
    content text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_content_descriptions_pkey PRIMARY KEY (content_id, language_id)
);

CREATE TABLE abantecart.abc_content_tags (
    content_id integer NOT NULL,
    tag character varying(32) NOT NULL,
    language_id integer NOT NULL,
    CONSTRAINT abc_content_tags_pkey PRIMARY KEY (content_id, tag, language_id)
);

CREATE TABLE abantecart.abc_countries (
    country_id integer NOT NULL,
    iso_code_2 character varying(2) NOT NULL,
    iso_code_3 character varying(3) NOT NULL,
    address_format text NOT NULL,
    status integer NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT abc_countries_pkey PRIMARY KEY (country_id)
);

CREATE TABLE abantecart.abc_country_descriptions (
    country_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(128) NOT NULL,
    CONSTRAINT abc_country_descriptions_pkey PRIMARY KEY (country_id, language_id)
);

CREATE TABLE abantecart.abc_coupons (
    coupon_id integer NOT NULL,
    code character varying(255) NOT NULL,
    type character(1) NOT NULL,
    discount numeric(15,4) NOT NULL,
    logged integer NOT NULL,
    shipping integer NOT NULL,
    total numeric(15,4) NOT NULL,
    date_start date,
    date_end date,
    uses_total integer NOT NULL,
    uses_customer character varying(11) NOT NULL,
    status integer NOT NULL,
    condition_rule text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_coupons_pkey PRIMARY KEY (coupon_id)
);

CREATE TABLE abantecart.abc_coupons_categories (
    coupon_category_id integer NOT NULL,
    coupon_id integer NOT NULL,
    category_id integer NOT NULL,
    CONSTRAINT abc_coupons_categories_pkey PRIMARY KEY (coupon_category_id)
);

CREATE TABLE abantecart.abc_coupons_products (
    coupon_product_id integer NOT NULL,
    coupon_id integer NOT NULL,
    product_id integer NOT NULL,
    CONSTRAINT abc_coupons_products_pkey PRIMARY KEY (coupon_product_id)
);

CREATE TABLE abantecart.abc_coupon_descriptions (
    coupon_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(128) NOT NULL,
    description text NOT NULL,
    CONSTRAINT abc_coupon_descriptions_pkey PRIMARY KEY (coupon_id, language_id)
);

CREATE TABLE abantecart.abc_currencies (
    currency_id integer NOT NULL,
    title character varying(32) NOT NULL,
    code character varying(3) NOT NULL,
    symbol_left character varying(12) NOT NULL,
    symbol_right character varying(12) NOT NULL,
    decimal_place character(1) NOT NULL,
    value numeric(15,8) NOT NULL,
    status integer NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_currencies_pkey PRIMARY KEY (currency_id)
);

CREATE TABLE abantecart.abc_customers (
    customer_id integer NOT NULL,
    store_id integer NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    loginname character varying(96) NOT NULL,
    email character varying(96) NOT NULL,
    telephone character varying(32) NOT NULL,
    fax character varying(32) NOT NULL,
    sms character varying(32) NOT NULL,
    salt character varying(8) NOT NULL,
    password character varying(40) NOT NULL,
    cart text,
    wishlist text,
    newsletter integer NOT NULL,
    address_id integer NOT NULL,
    status integer NOT NULL,
    approved integer NOT NULL,
    customer_group_id integer NOT NULL,
    ip character varying(50) NOT NULL,
    data text,
    ext_fields json,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    last_login timestamp without time zone,
    CONSTRAINT abc_customers_pkey PRIMARY KEY (customer_id)
);

CREATE TABLE abantecart.abc_customer_groups (
    customer_group_id integer NOT NULL,
    name character varying(32) NOT NULL,
    tax_exempt boolean NOT NULL,
    CONSTRAINT abc_customer_groups_pkey PRIMARY KEY (customer_group_id)
);

CREATE TABLE abantecart.abc_customer_notifications (
    customer_id integer NOT NULL,
    sendpoint character varying(255) NOT NULL,
    protocol character varying(30) NOT NULL,
    status integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_customer_notifications_pkey PRIMARY KEY (customer_id, sendpoint, protocol)
);

CREATE TABLE abantecart.abc_customer_sessions (
    customer_id integer NOT NULL,
    session_id character varying(128) NOT NULL,
    ip character varying(50) NOT NULL,
    last_active timestamp without time zone NOT NULL,
    date_added timestamp without time zone,
    CONSTRAINT abc_customer_sessions_pkey PRIMARY KEY (customer_id, session_id)
);

CREATE TABLE abantecart.abc_customer_transactions (
    customer_transaction_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_id integer NOT NULL,
    created_by integer NOT NULL,
    section smallint NOT NULL,
    credit numeric(15,4),
    debit numeric(15,4),
    transaction_type character varying(255) NOT NULL,
    comment text,
    description text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_customer_transactions_pkey PRIMARY KEY (customer_transaction_id)
);

CREATE TABLE abantecart.abc_custom_blocks (
    custom_block_id integer NOT NULL,
    block_id integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_custom_blocks_pkey PRIMARY KEY (custom_block_id, block_id)
);

CREATE TABLE abantecart.abc_custom_lists (
    rowid integer NOT NULL,
    custom_block_id integer NOT NULL,
    data_type character varying(70) NOT NULL,
    id integer NOT NULL,
    store_id integer,
    sort_order integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_custom_lists_pkey PRIMARY KEY (rowid)
);

CREATE TABLE abantecart.abc_datasets (
    dataset_id integer NOT NULL,
    dataset_name character varying(255) NOT NULL,
    dataset_key character varying(255),
    CONSTRAINT abc_datasets_pkey PRIMARY KEY (dataset_id)
);

CREATE TABLE abantecart.abc_dataset_column_properties (
    rowid integer NOT NULL,
    dataset_column_id integer NOT NULL,
    dataset_column_property_name character varying(255) NOT NULL,
    dataset_column_property_value character varying(255),
    CONSTRAINT abc_dataset_column_properties_pkey PRIMARY KEY (rowid)
);

CREATE TABLE abantecart.abc_dataset_definition (
    dataset_id integer NOT NULL,
    dataset_column_id integer NOT NULL,
    dataset_column_name character varying(255) NOT NULL,
    dataset_column_type character varying(100) NOT NULL,
    dataset_column_sort_order integer NOT NULL,
    CONSTRAINT abc_dataset_definition_pkey PRIMARY KEY (dataset_column_id)
);

CREATE TABLE abantecart.abc_dataset_properties (
    rowid integer NOT NULL,
    dataset_id integer NOT NULL,
    dataset_property_name character varying(255) NOT NULL,
    dataset_property_value character varying(255),
    CONSTRAINT abc_dataset_properties_pkey PRIMARY KEY (rowid)
);

CREATE TABLE abantecart.abc_dataset_values (
    dataset_column_id integer NOT NULL,
    value_integer integer,
    value_float real,
    value_varchar character varying(255),
    value_text text,
    value_timestamp timestamp without time zone NOT NULL,
    value_boolean boolean,
    value_sort_order integer NOT NULL,
    row_id bigint NOT NULL,
    CONSTRAINT abc_dataset_values_pkey PRIMARY KEY (value_sort_order)
);

CREATE TABLE abantecart.abc_downloads (
    download_id integer NOT NULL,
    filename character varying(128) NOT NULL,
    mask character varying(128) NOT NULL,
    max_downloads integer,
    expire_days integer,
    sort_order integer NOT NULL,
    activate character varying(64) NOT NULL,
    activate_order_status_id character varying(255) NOT NULL,
    shared integer NOT NULL,
    status integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_downloads_pkey PRIMARY KEY (download_id)
);

CREATE TABLE abantecart.abc_download_attribute_values (
    download_attribute_id integer NOT NULL,
    attribute_id integer NOT NULL,
    download_id integer NOT NULL,
    attribute_value_ids text,
    CONSTRAINT abc_download_attribute_values_pkey PRIMARY KEY (download_attribute_id)
);

CREATE TABLE abantecart.abc_download_descriptions (
    download_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    CONSTRAINT abc_download_descriptions_pkey PRIMARY KEY (download_id, language_id)
);

CREATE TABLE abantecart.abc_email_templates (
    id integer NOT NULL,
    status boolean NOT NULL,
    text_id character varying(255) NOT NULL,
    language_id integer NOT NULL,
    headers character varying(255) NOT NULL,
    subject character varying(255) NOT NULL,
    html_body text NOT NULL,
    text_body text NOT NULL,
    allowed_placeholders text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    date_deleted timestamp without time zone,
    store_id integer NOT NULL,
    CONSTRAINT abc_email_templates_pkey PRIMARY KEY (id)
);

CREATE TABLE abantecart.abc_encryption_keys (
    key_id integer NOT NULL,
    key_name character varying(32) NOT NULL,
    status integer NOT NULL,
    comment text NOT NULL,
    CONSTRAINT abc_encryption_keys_pkey PRIMARY KEY (key_id)
);

CREATE TABLE abantecart.abc_extensions (
    extension_id integer NOT NULL,
    type character varying(32) NOT NULL,
    key character varying(32) NOT NULL,
    category character varying(32) NOT NULL,
    status smallint NOT NULL,
    priority smallint NOT NULL,
    version character varying(32),
    license_key character varying(32),
    date_installed timestamp without time zone,
    support_expiration timestamp without time zone,
    mp_product_url character varying(255),
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_extensions_pkey PRIMARY KEY (extension_id)
);

CREATE TABLE abantecart.abc_extension_dependencies (
    extension_id integer NOT NULL,
    extension_parent_id integer NOT NULL,
    CONSTRAINT abc_extension_dependencies_pkey PRIMARY KEY (extension_id, extension_parent_id)
);

CREATE TABLE abantecart.abc_fields (
    field_id integer NOT NULL,
    form_id integer NOT NULL,
    group_id integer,
    field_name character varying(40) NOT NULL,
    element_type character(1) NOT NULL,
    sort_order integer NOT NULL,
    attributes character varying(255) NOT NULL,
    settings text NOT NULL,
    required character(1) NOT NULL,
    status smallint NOT NULL,
    regexp_pattern character varying(255) NOT NULL,
    resource_id integer,
    locked integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_fields_pkey PRIMARY KEY (field_id)
);

CREATE TABLE abantecart.abc_fields_history (
    hist_id integer NOT NULL,
    table_name character varying(40) NOT NULL,
    record_id integer NOT NULL,
    field character varying(128) NOT NULL,
    version integer NOT NULL,
    language_id integer NOT NULL,
    text text NOT NULL,
    date_added timestamp without time zone,
    CONSTRAINT abc_fields_history_pkey PRIMARY KEY (hist_id)
);

CREATE TABLE abantecart.abc_field_descriptions (
    field_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    language_id integer NOT NULL,
    error_text character varying(255) NOT NULL,
    CONSTRAINT abc_field_descriptions_pkey PRIMARY KEY (field_id, language_id)
);

CREATE TABLE abantecart.abc_field_groups (
    group_id integer NOT NULL,
    group_txt_id character varying(40),
    CONSTRAINT abc_field_groups_pkey PRIMARY KEY (group_id)
);

CREATE TABLE abantecart.abc_field_group_descriptions (
    group_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    language_id integer NOT NULL,
    CONSTRAINT abc_field_group_descriptions_pkey PRIMARY KEY (group_id, language_id)
);

CREATE TABLE abantecart.abc_field_group_to_form (
    group_id integer,
    form_id integer,
    sort_order integer
);

CREATE TABLE abantecart.abc_field_values (
    value_id integer NOT NULL,
    field_id integer NOT NULL,
    value text NOT NULL,
    language_id integer NOT NULL,
    CONSTRAINT abc_field_values_pkey PRIMARY KEY (value_id)
);

CREATE TABLE abantecart.abc_forms (
    form_id integer NOT NULL,
    form_name character varying(40) NOT NULL,
    controller character varying(100) NOT NULL,
    success_page character varying(100) NOT NULL,
    status smallint NOT NULL,
    locked integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_forms_pkey PRIMARY KEY (form_id)
);

CREATE TABLE abantecart.abc_form_descriptions (
    form_id integer NOT NULL,
    language_id integer NOT NULL,
    description character varying(255) NOT NULL,
    CONSTRAINT abc_form_descriptions_pkey PRIMARY KEY (form_id, language_id)
);

CREATE TABLE abantecart.abc_global_attributes (
    attribute_id integer NOT NULL,
    attribute_parent_id integer,
    attribute_group_id integer,
    attribute_type_id integer NOT NULL,
    element_type character(1) NOT NULL,
    sort_order integer NOT NULL,
    required smallint NOT NULL,
    settings text NOT NULL,
    status smallint NOT NULL,
    regexp_pattern character varying(255),
    CONSTRAINT abc_global_attributes_pkey PRIMARY KEY (attribute_id)
);

CREATE TABLE abantecart.abc_global_attributes_descriptions (
    attribute_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    placeholder character varying(255),
    error_text character varying(255) NOT NULL,
    CONSTRAINT abc_global_attributes_descriptions_pkey PRIMARY KEY (attribute_id, language_id)
);

CREATE TABLE abantecart.abc_global_attributes_groups (
    attribute_group_id integer NOT NULL,
    sort_order integer NOT NULL,
    status smallint NOT NULL,
    CONSTRAINT abc_global_attributes_groups_pkey PRIMARY KEY (attribute_group_id)
);

CREATE TABLE abantecart.abc_global_attributes_groups_descriptions (
    attribute_group_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    CONSTRAINT abc_global_attributes_groups_descriptions_pkey PRIMARY KEY (attribute_group_id, language_id)
);

CREATE TABLE abantecart.abc_global_attributes_types (
    attribute_type_id integer NOT NULL,
    type_key character varying(64) NOT NULL,
    controller character varying(100) NOT NULL,
    sort_order integer NOT NULL,
    status smallint NOT NULL,
    CONSTRAINT abc_global_attributes_types_pkey PRIMARY KEY (attribute_type_id)
);

CREATE TABLE abantecart.abc_global_attributes_type_descriptions (
    attribute_type_id integer NOT NULL,
    language_id integer NOT NULL,
    type_name character varying(64) NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_global_attributes_type_descriptions_pkey PRIMARY KEY (attribute_type_id, language_id)
);

CREATE TABLE abantecart.abc_global_attributes_values (
    attribute_value_id integer NOT NULL,
    attribute_id integer NOT NULL,
    price_modifier real,
    price_prefix character(1),
    sort_order integer NOT NULL,
    txt_id character varying(255),
    CONSTRAINT abc_global_attributes_values_pkey PRIMARY KEY (attribute_value_id)
);

CREATE TABLE abantecart.abc_global_attributes_value_descriptions (
    attribute_value_id integer NOT NULL,
    attribute_id integer NOT NULL,
    language_id integer NOT NULL,
    value text NOT NULL,
    CONSTRAINT abc_global_attributes_value_descriptions_pkey PRIMARY KEY (attribute_value_id, attribute_id, language_id)
);

CREATE TABLE abantecart.abc_languages (
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    code character varying(5) NOT NULL,
    locale character varying(255) NOT NULL,
    image character varying(255) NOT NULL,
    directory character varying(32) NOT NULL,
    filename character varying(64) NOT NULL,
    sort_order integer NOT NULL,
    status integer NOT NULL,
    CONSTRAINT abc_languages_pkey PRIMARY KEY (language_id)
);

CREATE TABLE abantecart.abc_language_definitions (
    language_definition_id integer NOT NULL,
    language_id integer NOT NULL,
    section boolean NOT NULL,
    block character varying(160) NOT NULL,
    language_key character varying(170) NOT NULL,
    language_value text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_language_definitions_pkey PRIMARY KEY (language_definition_id, language_id, section, block, language_key)
);

CREATE TABLE abantecart.abc_layouts (
    layout_id integer NOT NULL,
    template_id character varying(100) NOT NULL,
    layout_name character varying(255) NOT NULL,
    layout_type smallint NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_layouts_pkey PRIMARY KEY (layout_id)
);

CREATE TABLE abantecart.abc_length_classes (
    length_class_id integer NOT NULL,
    value numeric(15,8) NOT NULL,
    iso_code character varying(5) NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_length_classes_pkey PRIMARY KEY (length_class_id, iso_code)
);

CREATE TABLE abantecart.abc_length_class_descriptions (
    length_class_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(32) NOT NULL,
    unit character varying(4) NOT NULL,
    CONSTRAINT abc_length_class_descriptions_pkey PRIMARY KEY (length_class_id, language_id)
);

CREATE TABLE abantecart.abc_locations (
    location_id integer NOT NULL,
    name character varying(32) NOT NULL,
    description character varying(255) NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_locations_pkey PRIMARY KEY (location_id)
);

CREATE TABLE abantecart.abc_manufacturers (
    manufacturer_id integer NOT NULL,
    name character varying(64) NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT abc_manufacturers_pkey PRIMARY KEY (manufacturer_id)
);

CREATE TABLE abantecart.abc_manufacturers_to_stores (
    manufacturer_id integer NOT NULL,
    store_id integer NOT NULL,
    CONSTRAINT abc_manufacturers_to_stores_pkey PRIMARY KEY (manufacturer_id, store_id)
);

CREATE TABLE abantecart.abc_messages (
    msg_id integer NOT NULL,
    title character varying(128) NOT NULL,
    message text NOT NULL,
    status character(1) NOT NULL,
    viewed integer NOT NULL,
    repeated integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_messages_pkey PRIMARY KEY (msg_id)
);

CREATE TABLE abantecart.abc_object_types (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    related_to character varying(100) NOT NULL,
    CONSTRAINT abc_object_types_pkey PRIMARY KEY (id, name, related_to)
);

CREATE TABLE abantecart.abc_online_customers (
    customer_id integer NOT NULL,
    ip character varying(50) NOT NULL,
    url text NOT NULL,
    referer text NOT NULL,
    date_added timestamp without time zone,
    CONSTRAINT abc_online_customers_pkey PRIMARY KEY (ip)
);

CREATE TABLE abantecart.abc_orders (
    order_id integer NOT NULL,
    invoice_id integer NOT NULL,
    invoice_prefix character varying(10) NOT NULL,
    store_id integer NOT NULL,
    store_name character varying(64) NOT NULL,
    store_url character varying(255) NOT NULL,
    customer_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    telephone character varying(32) NOT NULL,
    fax character varying(32) NOT NULL,
    email character varying(96) NOT NULL,
    shipping_firstname character varying(32) NOT NULL,
    shipping_lastname character varying(32) NOT NULL,
    shipping_company character varying(255),
    shipping_address_1 character varying(128) NOT NULL,
    shipping_address_2 character varying(128) NOT NULL,
    shipping_city character varying(128) NOT NULL,
    shipping_postcode character varying(10) NOT NULL,
    shipping_zone character varying(128) NOT NULL,
    shipping_zone_id integer NOT NULL,
    shipping_country character varying(128) NOT NULL,
    shipping_country_id integer NOT NULL,
    shipping_address_format text NOT NULL,
    shipping_method character varying(128) NOT NULL,
    shipping_method_key character varying(128) NOT NULL,
    payment_firstname character varying(32) NOT NULL,
    payment_lastname character varying(32) NOT NULL,
    payment_company character varying(255),
    payment_address_1 character varying(128) NOT NULL,
    payment_address_2 character varying(128) NOT NULL,
    payment_city character varying(128) NOT NULL,
    payment_postcode character varying(10) NOT NULL,
    payment_zone character varying(128) NOT NULL,
    payment_zone_id integer NOT NULL,
    payment_country character varying(128) NOT NULL,
    payment_country_id integer NOT NULL,
    payment_address_format text NOT NULL,
    payment_method character varying(128) NOT NULL,
    payment_method_key character varying(128) NOT NULL,
    payment_method_data text NOT NULL,
    comment text NOT NULL,
    total numeric(15,4) NOT NULL,
    order_status_id integer NOT NULL,
    language_id integer NOT NULL,
    currency_id integer NOT NULL,
    currency character varying(3) NOT NULL,
    value numeric(15,8) NOT NULL,
    coupon_id integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    ip character varying(50) NOT NULL,
    ext_fields json,
    CONSTRAINT abc_orders_pkey PRIMARY KEY (order_id, customer_id, order_status_id)
);

CREATE TABLE abantecart.abc_order_data (
    order_id integer NOT NULL,
    type_id integer NOT NULL,
    data text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_order_data_pkey PRIMARY KEY (order_id, type_id)
);

CREATE TABLE abantecart.abc_order_data_types (
    type_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(64) NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_order_data_types_pkey PRIMARY KEY (type_id)
);

CREATE TABLE abantecart.abc_order_downloads (
    order_download_id integer NOT NULL,
    order_id integer NOT NULL,
    order_product_id integer NOT NULL,
    name character varying(64) NOT NULL,
    filename character varying(128) NOT NULL,
    mask character varying(128) NOT NULL,
    download_id integer NOT NULL,
    status integer NOT NULL,
    remaining_count integer,
    percentage integer,
    expire_date timestamp without time zone,
    sort_order integer NOT NULL,
    activate character varying(64) NOT NULL,
    activate_order_status_id character varying(256) NOT NULL,
    attributes_data text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_order_downloads_pkey PRIMARY KEY (order_download_id)
);

CREATE TABLE abantecart.abc_order_downloads_history (
    order_download_history_id integer NOT NULL,
    order_download_id integer NOT NULL,
    order_id integer NOT NULL,
    order_product_id integer NOT NULL,
    filename character varying(128) NOT NULL,
    mask character varying(128) NOT NULL,
    download_id integer NOT NULL,
    download_percent integer,
    "time" timestamp without time zone NOT NULL,
    CONSTRAINT abc_order_downloads_history_pkey PRIMARY KEY (order_download_history_id, order_download_id, order_id, order_product_id)
);

CREATE TABLE abantecart.abc_order_history (
    order_history_id integer NOT NULL,
    order_id integer NOT NULL,
    order_status_id integer NOT NULL,
    notify integer NOT NULL,
    comment text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_order_history_pkey PRIMARY KEY (order_history_id)
);

CREATE TABLE abantecart.abc_order_options (
    order_option_id integer NOT NULL,
    order_id integer NOT NULL,
    order_product_id integer NOT NULL,
    product_option_value_id integer NOT NULL,
    name character varying(255) NOT NULL,
    sku character varying(64) NOT NULL,
    value text NOT NULL,
    price numeric(15,4) NOT NULL,
    cost numeric(15,4) NOT NULL,
    prefix character(1) NOT NULL,
    settings text,
    CONSTRAINT abc_order_options_pkey PRIMARY KEY (order_option_id)
);

CREATE TABLE abantecart.abc_order_products (
    order_product_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    name character varying(255) NOT NULL,
    model character varying(24) NOT NULL,
    sku character varying(64) NOT NULL,
    price numeric(15,4) NOT NULL,
    cost numeric(15,4) NOT NULL,
    weight numeric(15,4) NOT NULL,
    weight_iso_code character varying(5) NOT NULL,
    width numeric(15,4) NOT NULL,
    length numeric(15,4) NOT NULL,
    height numeric(15,4) NOT NULL,
    length_iso_code character varying(5) NOT NULL,
    total numeric(15,4) NOT NULL,
    tax numeric(15,4) NOT NULL,
    quantity integer NOT NULL,
    subtract integer NOT NULL,
    CONSTRAINT abc_order_products_pkey PRIMARY KEY (order_product_id)
);

CREATE TABLE abantecart.abc_order_product_stock_locations (
    order_product_id integer NOT NULL,
    product_id integer NOT NULL,
    product_option_value_id integer,
    location_id integer NOT NULL,
    location_name character varying(255) NOT NULL,
    quantity integer NOT NULL,
    sort_order integer
);

CREATE TABLE abantecart.abc_order_statuses (
    order_status_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(32) NOT NULL,
    CONSTRAINT abc_order_statuses_pkey PRIMARY KEY (order_status_id, language_id)
);

CREATE TABLE abantecart.abc_order_status_ids (
    order_status_id integer NOT NULL,
    status_text_id character varying(64) NOT NULL,
    CONSTRAINT abc_order_status_ids_pkey PRIMARY KEY (order_status_id, status_text_id)
);

CREATE TABLE abantecart.abc_order_totals (
    order_total_id integer NOT NULL,
    order_id integer NOT NULL,
    title character varying(255) NOT NULL,
    text character varying(255) NOT NULL,
    value numeric(15,4) NOT NULL,
    sort_order integer NOT NULL,
    type character varying(255) NOT NULL,
    key character varying(128) NOT NULL,
    CONSTRAINT abc_order_totals_pkey PRIMARY KEY (order_total_id)
);

CREATE TABLE abantecart.abc_pages (
    page_id integer NOT NULL,
    parent_page_id integer NOT NULL,
    controller character varying(100) NOT NULL,
    key_param character varying(40) NOT NULL,
    key_value character varying(40) NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_pages_pkey PRIMARY KEY (page_id)
);

CREATE TABLE abantecart.abc_pages_forms (
    page_id integer NOT NULL,
    form_id integer NOT NULL,
    CONSTRAINT abc_pages_forms_pkey PRIMARY KEY (form_id, page_id)
);

CREATE TABLE abantecart.abc_pages_layouts (
    layout_id integer NOT NULL,
    page_id integer NOT NULL,
    CONSTRAINT abc_pages_layouts_pkey PRIMARY KEY (layout_id, page_id)
);

CREATE TABLE abantecart.abc_page_descriptions (
    page_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    seo_url character varying(100) NOT NULL,
    keywords character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    content text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_page_descriptions_pkey PRIMARY KEY (page_id, language_id)
);

CREATE TABLE abantecart.abc_products (
    product_id integer NOT NULL,
    model character varying(64) NOT NULL,
    sku character varying(64) NOT NULL,
    location character varying(128) NOT NULL,
    quantity integer NOT NULL,
    stock_checkout character(1),
    stock_status_id integer NOT NULL,
    manufacturer_id integer NOT NULL,
    shipping integer NOT NULL,
    ship_individually integer NOT NULL,
    free_shipping integer NOT NULL,
    shipping_price numeric(15,4) NOT NULL,
    price numeric(15,4) NOT NULL,
    tax_class_id integer NOT NULL,
    date_available date NOT NULL,
    weight numeric(5,2) NOT NULL,
    weight_class_id integer NOT NULL,
    length numeric(5,2) NOT NULL,
    width numeric(5,2) NOT NULL,
    height numeric(5,2) NOT NULL,
    length_class_id integer NOT NULL,
    status integer NOT NULL,
    viewed integer NOT NULL,
    sort_order integer NOT NULL,
    subtract integer NOT NULL,
    minimum integer NOT NULL,
    maximum integer NOT NULL,
    cost numeric(15,4) NOT NULL,
    call_to_order smallint NOT NULL,
    supplier_code character varying(100),
    supplier_id character varying(100),
    settings text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_products_pkey PRIMARY KEY (product_id)
);

CREATE TABLE abantecart.abc_products_featured (
    product_id integer NOT NULL,
    CONSTRAINT abc_products_featured_pkey PRIMARY KEY (product_id)
);

CREATE TABLE abantecart.abc_products_related (
    product_id integer NOT NULL,
    related_id integer NOT NULL,
    CONSTRAINT abc_products_related_pkey PRIMARY KEY (product_id, related_id)
);

CREATE TABLE abantecart.abc_products_to_categories (
    product_id integer NOT NULL,
    category_id integer NOT NULL,
    CONSTRAINT abc_products_to_categories_pkey PRIMARY KEY (product_id, category_id)
);

CREATE TABLE abantecart.abc_products_to_downloads (
    product_id integer NOT NULL,
    download_id integer NOT NULL,
    CONSTRAINT abc_products_to_downloads_pkey PRIMARY KEY (product_id, download_id)
);

CREATE TABLE abantecart.abc_products_to_stores (
    product_id integer NOT NULL,
    store_id integer NOT NULL,
    CONSTRAINT abc_products_to_stores_pkey PRIMARY KEY (product_id, store_id)
);

CREATE TABLE abantecart.abc_product_descriptions (
    product_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255) NOT NULL,
    meta_keywords character varying(255) NOT NULL,
    meta_description character varying(255) NOT NULL,
    description text NOT NULL,
    blurb text NOT NULL,
    CONSTRAINT abc_product_descriptions_pkey PRIMARY KEY (product_id, language_id)
);

CREATE TABLE abantecart.abc_product_discounts (
    product_discount_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    quantity integer NOT NULL,
    priority integer NOT NULL,
    price_prefix character(1) NOT NULL,
    price numeric(15,4) NOT NULL,
    date_start date,
    date_end date,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_product_discounts_pkey PRIMARY KEY (product_discount_id)
);

CREATE TABLE abantecart.abc_product_filters (
    filter_id integer NOT NULL,
    filter_type character(1) NOT NULL,
    categories_hash text NOT NULL,
    feature_id integer,
    sort_order integer NOT NULL,
    status smallint NOT NULL,
    CONSTRAINT abc_product_filters_pkey PRIMARY KEY (filter_id)
);

CREATE TABLE abantecart.abc_product_filter_descriptions (
    filter_id integer NOT NULL,
    value character varying(255) NOT NULL,
    language_id integer NOT NULL,
    CONSTRAINT abc_product_filter_descriptions_pkey PRIMARY KEY (filter_id, language_id)
);

CREATE TABLE abantecart.abc_product_filter_ranges (
    range_id integer NOT NULL,
    feature_id integer,
    filter_id integer NOT NULL,
    "from" numeric(12,2) NOT NULL,
    "to" numeric(12,2) NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT abc_product_filter_ranges_pkey PRIMARY KEY (range_id)
);

CREATE TABLE abantecart.abc_product_filter_ranges_descriptions (
    range_id integer NOT NULL,
    name character varying(255) NOT NULL,
    language_id integer NOT NULL,
    CONSTRAINT abc_product_filter_ranges_descriptions_pkey PRIMARY KEY (range_id, language_id)
);

CREATE TABLE abantecart.abc_product_options (
    product_option_id integer NOT NULL,
    attribute_id integer NOT NULL,
    product_id integer NOT NULL,
    group_id integer NOT NULL,
    sort_order integer NOT NULL,
    status integer NOT NULL,
    element_type character(1) NOT NULL,
    required smallint NOT NULL,
    regexp_pattern character varying(255) NOT NULL,
    settings text,
    CONSTRAINT abc_product_options_pkey PRIMARY KEY (product_option_id)
);

CREATE TABLE abantecart.abc_product_option_descriptions (
    product_option_id integer NOT NULL,
    language_id integer NOT NULL,
    product_id integer NOT NULL,
    name character varying(255) NOT NULL,
    option_placeholder character varying(255),
    error_text character varying(255) NOT NULL,
    CONSTRAINT abc_product_option_descriptions_pkey PRIMARY KEY (product_option_id, language_id)
);

CREATE TABLE abantecart.abc_product_option_values (
    product_option_value_id integer NOT NULL,
    product_option_id integer NOT NULL,
    product_id integer NOT NULL,
    group_id integer NOT NULL,
    txt_id character varying(255),
    sku character varying(255),
    quantity integer NOT NULL,
    subtract integer NOT NULL,
    price numeric(15,4) NOT NULL,
    cost numeric(15,4) NOT NULL,
    prefix character(1) NOT NULL,
    require_shipping smallint NOT NULL,
    weight numeric(15,8) NOT NULL,
    weight_type character varying(3) NOT NULL,
    attribute_value_id integer,
    grouped_attribute_data text,
    sort_order integer NOT NULL,
    "default" smallint,
    supplier_code character varying(100),
    supplier_id character varying(100),
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_product_option_values_pkey PRIMARY KEY (product_option_value_id)
);

CREATE TABLE abantecart.abc_product_option_value_descriptions (
    product_option_value_id integer NOT NULL,
    language_id integer NOT NULL,
    product_id integer NOT NULL,
    name text,
    grouped_attribute_names text,
    CONSTRAINT abc_product_option_value_descriptions_pkey PRIMARY KEY (product_option_value_id, language_id)
);

CREATE TABLE abantecart.abc_product_specials (
    product_special_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    priority integer NOT NULL,
    price_prefix character(1) NOT NULL,
    price numeric(15,4) NOT NULL,
    date_start date,
    date_end date,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_product_specials_pkey PRIMARY KEY (product_special_id)
);

CREATE TABLE abantecart.abc_product_stock_locations (
    product_id integer NOT NULL,
    product_option_value_id integer,
    location_id integer NOT NULL,
    quantity integer NOT NULL,
    sort_order integer NOT NULL,
    supplier_code character varying(100),
    supplier_id character varying(100)
);

CREATE TABLE abantecart.abc_product_tags (
    product_id integer NOT NULL,
    tag character varying(32) NOT NULL,
    language_id integer NOT NULL,
    CONSTRAINT abc_product_tags_pkey PRIMARY KEY (product_id, tag, language_id)
);

CREATE TABLE abantecart.abc_resource_descriptions (
    resource_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255),
    title character varying(255),
    description text,
    resource_path character varying(255),
    resource_code text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_resource_descriptions_pkey PRIMARY KEY (resource_id, language_id)
);

CREATE TABLE abantecart.abc_resource_library (
    resource_id integer NOT NULL,
    type_id integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_resource_library_pkey PRIMARY KEY (resource_id)
);

CREATE TABLE abantecart.abc_resource_map (
    resource_id integer NOT NULL,
    object_name character varying(40) NOT NULL,
    object_id integer NOT NULL,
    "default" boolean NOT NULL,
    sort_order integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_resource_map_pkey PRIMARY KEY (resource_id, object_name, object_id)
);

CREATE TABLE abantecart.abc_resource_types (
    type_id integer NOT NULL,
    type_name character varying(40) NOT NULL,
    default_directory character varying(255) NOT NULL,
    default_icon character varying(255),
    file_types character varying(255) NOT NULL,
    access_type boolean NOT NULL,
    CONSTRAINT abc_resource_types_pkey PRIMARY KEY (type_id)
);

CREATE TABLE abantecart.abc_reviews (
    review_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    author character varying(64) NOT NULL,
    text text NOT NULL,
    rating integer NOT NULL,
    verified_purchase smallint NOT NULL,
    status integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_reviews_pkey PRIMARY KEY (review_id)
);

CREATE TABLE abantecart.abc_settings (
    setting_id integer NOT NULL,
    store_id integer NOT NULL,
    "group" character varying(32) NOT NULL,
    key character varying(64) NOT NULL,
    value text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_settings_pkey PRIMARY KEY (setting_id, store_id, "group", key)
);

CREATE TABLE abantecart.abc_shopping_sessions (
    customer_id integer,
    order_id integer,
    type character varying(255) NOT NULL,
    key character varying(255) NOT NULL,
    data json NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL
);

CREATE TABLE abantecart.abc_stock_statuses (
    stock_status_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(128) NOT NULL,
    CONSTRAINT abc_stock_statuses_pkey PRIMARY KEY (stock_status_id, language_id)
);

CREATE TABLE abantecart.abc_stores (
    store_id integer NOT NULL,
    name character varying(64) NOT NULL,
    alias character varying(15) NOT NULL,
    status integer NOT NULL,
    CONSTRAINT abc_stores_pkey PRIMARY KEY (store_id)
);

CREATE TABLE abantecart.abc_store_descriptions (
    store_id integer NOT NULL,
    language_id integer NOT NULL,
    description text,
    title text,
    meta_description text,
    meta_keywords text,
    CONSTRAINT abc_store_descriptions_pkey PRIMARY KEY (store_id, language_id)
);

CREATE TABLE abantecart.abc_suppliers (
    id integer NOT NULL,
    code character varying(100) NOT NULL,
    name character varying(100) NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_suppliers_pkey PRIMARY KEY (id, code)
);

CREATE TABLE abantecart.abc_supplier_data (
    id integer NOT NULL,
    supplier_code character varying(100) NOT NULL,
    object_type_id integer NOT NULL,
    object_id integer NOT NULL,
    uid character varying(255) NOT NULL,
    data json NOT NULL,
    date_added timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_supplier_data_pkey PRIMARY KEY (id, supplier_code, object_type_id, object_id, uid)
);

CREATE TABLE abantecart.abc_tasks (
    task_id integer NOT NULL,
    name character varying(255) NOT NULL,
    starter integer,
    status integer,
    start_time timestamp without time zone,
    last_time_run timestamp without time zone,
    progress integer NOT NULL,
    last_result integer NOT NULL,
    run_interval integer NOT NULL,
    max_execution_time integer,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_tasks_pkey PRIMARY KEY (task_id)
);

CREATE TABLE abantecart.abc_task_details (
    task_id integer NOT NULL,
    created_by character varying(255),
    settings text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_task_details_pkey PRIMARY KEY (task_id)
);

CREATE TABLE abantecart.abc_task_steps (
    step_id integer NOT NULL,
    task_id integer NOT NULL,
    sort_order integer,
    status integer,
    last_time_run timestamp without time zone,
    last_result integer NOT NULL,
    max_execution_time integer,
    controller character varying(255),
    settings text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_task_steps_pkey PRIMARY KEY (step_id)
);

CREATE TABLE abantecart.abc_tax_classes (
    tax_class_id integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_tax_classes_pkey PRIMARY KEY (tax_class_id)
);

CREATE TABLE abantecart.abc_tax_class_descriptions (
    tax_class_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(128) NOT NULL,
    description character varying(255) NOT NULL,
    CONSTRAINT abc_tax_class_descriptions_pkey PRIMARY KEY (tax_class_id, language_id)
);

CREATE TABLE abantecart.abc_tax_rates (
    tax_rate_id integer NOT NULL,
    location_id integer NOT NULL,
    zone_id integer,
    tax_class_id integer NOT NULL,
    priority integer NOT NULL,
    rate numeric(15,4) NOT NULL,
    rate_prefix character(1) NOT NULL,
    threshold_condition character(2) NOT NULL,
    threshold numeric(15,4) NOT NULL,
    tax_exempt_groups text,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_tax_rates_pkey PRIMARY KEY (tax_rate_id)
);

CREATE TABLE abantecart.abc_tax_rate_descriptions (
    tax_rate_id integer NOT NULL,
    language_id integer NOT NULL,
    description character varying(255) NOT NULL,
    CONSTRAINT abc_tax_rate_descriptions_pkey PRIMARY KEY (tax_rate_id, language_id)
);

CREATE TABLE abantecart.abc_url_aliases (
    url_alias_id integer NOT NULL,
    query character varying(2048) NOT NULL,
    query_hash character(32),
    keyword character varying(255) NOT NULL,
    language_id integer NOT NULL,
    CONSTRAINT abc_url_aliases_pkey PRIMARY KEY (url_alias_id)
);

CREATE TABLE abantecart.abc_users (
    user_id integer NOT NULL,
    user_group_id integer NOT NULL,
    username character varying(20) NOT NULL,
    salt character varying(8) NOT NULL,
    password character varying(40) NOT NULL,
    firstname character varying(32) NOT NULL,
    lastname character varying(32) NOT NULL,
    email character varying(96) NOT NULL,
    status integer NOT NULL,
    ip character varying(50) NOT NULL,
    last_login timestamp without time zone,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_users_pkey PRIMARY KEY (user_id)
);

CREATE TABLE abantecart.abc_user_groups (
    user_group_id integer NOT NULL,
    name character varying(64) NOT NULL,
    permission text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_user_groups_pkey PRIMARY KEY (user_group_id)
);

CREATE TABLE abantecart.abc_user_notifications (
    user_id integer NOT NULL,
    store_id integer NOT NULL,
    section boolean NOT NULL,
    sendpoint character varying(255) NOT NULL,
    protocol character varying(30) NOT NULL,
    uri text NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_user_notifications_pkey PRIMARY KEY (user_id, store_id, section, sendpoint, protocol)
);

CREATE TABLE abantecart.abc_user_sessions (
    user_id integer NOT NULL,
    token character varying(128) NOT NULL,
    ip character varying(50) NOT NULL,
    last_active timestamp without time zone NOT NULL,
    date_added timestamp without time zone,
    CONSTRAINT abc_user_sessions_pkey PRIMARY KEY (user_id, token)
);

CREATE TABLE abantecart.abc_weight_classes (
    weight_class_id integer NOT NULL,
    value numeric(15,8) NOT NULL,
    iso_code character varying(5) NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_weight_classes_pkey PRIMARY KEY (weight_class_id, iso_code)
);

CREATE TABLE abantecart.abc_weight_class_descriptions (
    weight_class_id integer NOT NULL,
    language_id integer NOT NULL,
    title character varying(32) NOT NULL,
    unit character varying(4) NOT NULL,
    CONSTRAINT abc_weight_class_descriptions_pkey PRIMARY KEY (weight_class_id, language_id)
);

CREATE TABLE abantecart.abc_zones (
    zone_id integer NOT NULL,
    country_id integer NOT NULL,
    code character varying(32) NOT NULL,
    status integer NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT abc_zones_pkey PRIMARY KEY (zone_id, country_id)
);

CREATE TABLE abantecart.abc_zones_to_locations (
    zone_to_location_id integer NOT NULL,
    country_id integer NOT NULL,
    zone_id integer NOT NULL,
    location_id integer NOT NULL,
    date_added timestamp without time zone,
    date_modified timestamp without time zone NOT NULL,
    CONSTRAINT abc_zones_to_locations_pkey PRIMARY KEY (zone_to_location_id)
);

CREATE TABLE abantecart.abc_zone_descriptions (
    zone_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(128) NOT NULL,
    CONSTRAINT abc_zone_descriptions_pkey PRIMARY KEY (zone_id, language_id)
);

ALTER TABLE abantecart.abc_fields ADD CONSTRAINT abc_field_group_fk FOREIGN KEY (group_id) REFERENCES abantecart.abc_field_groups (group_id) ON DELETE SET NULL;
ALTER TABLE abantecart.abc_field_descriptions ADD CONSTRAINT abc_fields_fk FOREIGN KEY (field_id) REFERENCES abantecart.abc_fields (field_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE abantecart.abc_field_group_to_form ADD CONSTRAINT abc_field_group_to_form_fk FOREIGN KEY (form_id) REFERENCES abantecart.abc_forms (form_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE abantecart.abc_field_group_to_form ADD CONSTRAINT abc_field_group_to_group_fk FOREIGN KEY (group_id) REFERENCES abantecart.abc_field_groups (group_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE abantecart.abc_form_descriptions ADD CONSTRAINT abc_form_descriptions_fk FOREIGN KEY (form_id) REFERENCES abantecart.abc_forms (form_id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE abantecart.abc_shopping_sessions ADD CONSTRAINT abc_shopping_sessions_customer_fk FOREIGN KEY (customer_id) REFERENCES abantecart.abc_customers (customer_id) ON DELETE CASCADE ON UPDATE CASCADE;

COMMENT ON COLUMN abantecart.abc_banner_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_banner_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_banner_descriptions.meta IS 'translatable';
COMMENT ON COLUMN abantecart.abc_block_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_block_descriptions.title IS 'translatable';
COMMENT ON COLUMN abantecart.abc_block_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_category_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_category_descriptions.meta_keywords IS 'translatable';
COMMENT ON COLUMN abantecart.abc_category_descriptions.meta_description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_category_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_content_descriptions.title IS 'translatable';
COMMENT ON COLUMN abantecart.abc_content_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_content_descriptions.meta_keywords IS 'translatable';
COMMENT ON COLUMN abantecart.abc_content_descriptions.meta_description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_content_descriptions.content IS 'translatable';
COMMENT ON COLUMN abantecart.abc_content_tags.tag IS 'translatable';
COMMENT ON COLUMN abantecart.abc_country_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_coupon_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_coupon_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_customers.sms IS 'mobile phone number';
COMMENT ON COLUMN abantecart.abc_customer_transactions.created_by IS 'user_id for admin, customer_id for storefront section';
COMMENT ON COLUMN abantecart.abc_customer_transactions.section IS '1 - admin, 0 - customer';
COMMENT ON COLUMN abantecart.abc_customer_transactions.transaction_type IS 'text type of transaction';
COMMENT ON COLUMN abantecart.abc_customer_transactions.comment IS 'comment for internal use';
COMMENT ON COLUMN abantecart.abc_customer_transactions.description IS 'text for customer';
COMMENT ON COLUMN abantecart.abc_download_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_email_templates.subject IS 'translatable';
COMMENT ON COLUMN abantecart.abc_email_templates.html_body IS 'translatable';
COMMENT ON COLUMN abantecart.abc_email_templates.text_body IS 'translatable';
COMMENT ON COLUMN abantecart.abc_field_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_field_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_field_descriptions.error_text IS 'translatable';
COMMENT ON COLUMN abantecart.abc_field_group_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_field_group_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_field_values.value IS 'translatable';
COMMENT ON COLUMN abantecart.abc_form_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_global_attributes_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_global_attributes_descriptions.placeholder IS 'translatable';
COMMENT ON COLUMN abantecart.abc_global_attributes_descriptions.error_text IS 'translatable';
COMMENT ON COLUMN abantecart.abc_global_attributes_groups_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_global_attributes_type_descriptions.type_name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_global_attributes_value_descriptions.value IS 'translatable';
COMMENT ON COLUMN abantecart.abc_language_definitions.section IS '0-SF, 1-ADMIN';
COMMENT ON COLUMN abantecart.abc_language_definitions.language_value IS 'translatable';
COMMENT ON COLUMN abantecart.abc_length_class_descriptions.title IS 'translatable';
COMMENT ON COLUMN abantecart.abc_length_class_descriptions.unit IS 'translatable';
COMMENT ON TABLE abantecart.abc_object_types IS 'list of types for mapping data';
COMMENT ON COLUMN abantecart.abc_order_statuses.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_page_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_page_descriptions.title IS 'translatable';
COMMENT ON COLUMN abantecart.abc_page_descriptions.keywords IS 'translatable';
COMMENT ON COLUMN abantecart.abc_page_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_page_descriptions.content IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_descriptions.meta_keywords IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_descriptions.meta_description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_descriptions.blurb IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_filter_descriptions.value IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_filter_ranges_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_option_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_option_descriptions.option_placeholder IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_option_descriptions.error_text IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_option_values.require_shipping IS 'depends on "shipping" column of table "products" ';
COMMENT ON COLUMN abantecart.abc_product_option_value_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_product_tags.tag IS 'translatable';
COMMENT ON COLUMN abantecart.abc_resource_descriptions.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_resource_descriptions.title IS 'translatable';
COMMENT ON COLUMN abantecart.abc_resource_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_resource_map."default" IS '0-no, 1-Yes';
COMMENT ON COLUMN abantecart.abc_resource_types.access_type IS '0-Public, 1-Secured';
COMMENT ON COLUMN abantecart.abc_stock_statuses.name IS 'translatable';
COMMENT ON COLUMN abantecart.abc_store_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_store_descriptions.title IS 'translatable';
COMMENT ON COLUMN abantecart.abc_store_descriptions.meta_description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_store_descriptions.meta_keywords IS 'translatable';
COMMENT ON COLUMN abantecart.abc_supplier_data.uid IS 'unique id of object from supplier API';
COMMENT ON COLUMN abantecart.abc_supplier_data.data IS 'json encoded data';
COMMENT ON COLUMN abantecart.abc_tasks.starter IS '0 - storefront, 1 - admin side, 2 - any';
COMMENT ON COLUMN abantecart.abc_tasks.status IS '0 - disabled, 1 - ready, 2 - running, 3 - failed, 4 - scheduled, 5 - completed';
COMMENT ON COLUMN abantecart.abc_tasks.progress IS 'percentage of progress';
COMMENT ON COLUMN abantecart.abc_tasks.last_result IS '1 - success, 0 - failed';
COMMENT ON COLUMN abantecart.abc_tasks.run_interval IS 'interval in seconds since last run, 0 - without interval';
COMMENT ON COLUMN abantecart.abc_task_steps.status IS '0 - disabled, 1 - ready, 2 - running, 3 - failed, 4 - scheduled, 5 - completed';
COMMENT ON COLUMN abantecart.abc_task_steps.last_result IS '1 - success, 0 - failed';
COMMENT ON COLUMN abantecart.abc_tax_class_descriptions.title IS 'translatable';
COMMENT ON COLUMN abantecart.abc_tax_class_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_tax_rate_descriptions.description IS 'translatable';
COMMENT ON COLUMN abantecart.abc_url_aliases.keyword IS 'translatable';
COMMENT ON COLUMN abantecart.abc_user_notifications.section IS '1 - admin, 0 - storefront';
COMMENT ON COLUMN abantecart.abc_weight_class_descriptions.title IS 'translatable';
COMMENT ON COLUMN abantecart.abc_weight_class_descriptions.unit IS 'translatable';
COMMENT ON COLUMN abantecart.abc_zone_descriptions.name IS 'translatable';
