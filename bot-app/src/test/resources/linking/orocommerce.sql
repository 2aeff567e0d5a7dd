-- OroCommerce, the open-source B2B e-commerce application (its storefront side with customers, customer groups and
-- customer users, their addresses, roles and sales representatives; websites; products with units, unit precisions,
-- kits, images, brands, variants, related and up-sell products; the master catalog's categories; inventory levels;
-- price lists, product prices, price rules and their combinations per customer, customer group and website; shopping
-- lists and their line items; checkouts; orders with addresses, line items, discounts and shipping tracking; requests
-- for quote and sales quotes with their demands; promotions, coupons and applied discounts; payment terms, payment
-- methods and payment transactions; shipping rules, methods and product shipping options; taxes, tax codes, tax
-- jurisdictions and rules; visibility settings; CMS pages, content blocks and the web catalog; consents; slugs and
-- redirects; the website search index), as the Doctrine schema installers of its bundles create it: every
-- Migrations/Schema/*Installer.php of github.com/oroinc/orocommerce (commit 0da6b96) and github.com/oroinc/customer-portal
-- (commit 8329918), except the test-framework bundles (OroCommerce and the customer portal are under the Open
-- Software License 3.0; we use the schema's facts). A one-off script read their createTable/addColumn/setPrimaryKey/
-- addForeignKeyConstraint calls and the many-to-one relations they add through the entity-extend extension (column
-- <relation>_id, lower-cased as PostgreSQL folds it), loaded the result into a scratch PostgreSQL and regenerated it
-- from its catalog: the 221 tables these installers create (all tables are prefixed oro_ as in the source), their
-- primary keys (219 tables; oro_price_list_combined_gc and oro_prod_webs_reindex_req_item have none in the source) and
-- the 338 foreign keys among them, in schema orocommerce. Doctrine types: string -> character varying(length, 255 by
-- default), datetime -> timestamp(0) without time zone, guid -> uuid, float/percent -> double precision, money and
-- money_value -> numeric(19,4), currency -> character varying(3), array/secure_array/crypted_text/wysiwyg* -> text.
-- Cut: the tables of the Oro platform that these bundles point at (organizations, business units, back-office users,
-- localizations and localized fallback values, countries and regions, scopes, segments, integration transports,
-- files, attribute families, enum options) and the 176 foreign keys that point at them (the columns stay); enum
-- fields (such as order status, inventory status), many-to-many extend relations, activity, attachment and
-- payment-term associations that the extensions add; auto-increment, defaults, indexes, unique constraints, ON
-- DELETE actions; the (DC2Type:...) column comments (type hints, not descriptions). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS orocommerce;
CREATE TABLE orocommerce.oro_brand (
    id integer NOT NULL,
    organization_id integer,
    business_unit_owner_id integer,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    status character varying(16) NOT NULL,
    external_id character varying(36),
    default_title character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_brand_description (
    brand_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (brand_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_brand_name (
    brand_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (brand_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_brand_short_desc (
    brand_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (brand_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_catalog_cat_l_descr (
    id integer NOT NULL,
    category_id integer,
    localization_id integer,
    fallback character varying(64),
    wysiwyg text,
    wysiwyg_style text,
    wysiwyg_properties text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_catalog_cat_s_descr (
    id integer NOT NULL,
    category_id integer,
    localization_id integer,
    fallback character varying(64),
    text text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_catalog_cat_title (
    id integer NOT NULL,
    category_id integer,
    localization_id integer,
    fallback character varying(64),
    string character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_catalog_category (
    id integer NOT NULL,
    parent_id integer,
    tree_left integer NOT NULL,
    tree_level integer NOT NULL,
    tree_right integer NOT NULL,
    tree_root integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    default_product_options_id integer,
    materialized_path character varying(255),
    title character varying(255) NOT NULL,
    organization_id integer,
    availability_date timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_category_def_prod_opts (
    id integer NOT NULL,
    product_unit_code character varying(255),
    product_unit_precision integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_category_visibility (
    id integer NOT NULL,
    category_id integer,
    visibility character varying(255),
    scope_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_checkout (
    id integer NOT NULL,
    source_id integer NOT NULL,
    website_id integer,
    customer_user_id integer,
    registered_customer_user_id integer,
    customer_id integer,
    organization_id integer,
    user_owner_id integer,
    order_id integer,
    po_number character varying(255),
    customer_notes text,
    currency character varying(3),
    ship_until date,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    shipping_estimate_amount numeric(19,4),
    shipping_estimate_currency character varying(3),
    payment_method character varying(255),
    billing_address_id integer,
    shipping_address_id integer,
    save_billing_address boolean NOT NULL,
    ship_to_billing_address boolean NOT NULL,
    save_shipping_address boolean NOT NULL,
    shipping_method character varying(255),
    shipping_method_type character varying(255),
    deleted boolean NOT NULL,
    payment_in_progress boolean NOT NULL,
    completed boolean NOT NULL,
    additional_data text,
    completed_data json NOT NULL,
    line_item_group_shipping_data json,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_checkout_line_item (
    id integer NOT NULL,
    checkout_id integer,
    product_id integer,
    parent_product_id integer,
    product_unit_id character varying(255),
    product_sku character varying(255),
    free_form_product character varying(255),
    quantity double precision,
    product_unit_code character varying(255),
    value numeric(19,4),
    currency character varying(255),
    price_type integer NOT NULL,
    from_external_source boolean NOT NULL,
    comment text,
    is_price_fixed boolean NOT NULL,
    shipping_method character varying(255),
    shipping_method_type character varying(255),
    shipping_estimate_amount numeric(19,4),
    checksum character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_checkout_product_kit_item_line_item (
    id integer NOT NULL,
    line_item_id integer NOT NULL,
    product_kit_item_id integer NOT NULL,
    product_id integer NOT NULL,
    product_unit_id character varying(255) NOT NULL,
    quantity double precision NOT NULL,
    sort_order integer NOT NULL,
    value numeric(19,4),
    currency character varying(255),
    is_price_fixed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_checkout_source (
    id integer NOT NULL,
    deleted boolean NOT NULL,
    order_id integer,
    quotedemand_id integer,
    shoppinglist_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_checkout_subtotal (
    id integer NOT NULL,
    checkout_id integer NOT NULL,
    currency character varying(255) NOT NULL,
    value numeric(19,4),
    combined_price_list_id integer,
    price_list_id integer,
    is_valid boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_checkout_workflow_state (
    id integer NOT NULL,
    token character varying(255) NOT NULL,
    entity_id integer NOT NULL,
    entity_class character varying(255) NOT NULL,
    state_data text NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cmb_pl_to_pl (
    id integer NOT NULL,
    price_list_id integer NOT NULL,
    combined_price_list_id integer NOT NULL,
    sort_order integer NOT NULL,
    merge_allowed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cmb_plist_to_cus_gr (
    id integer NOT NULL,
    customer_group_id integer NOT NULL,
    website_id integer NOT NULL,
    combined_price_list_id integer NOT NULL,
    full_combined_price_list_id integer NOT NULL,
    version integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cmb_price_list_to_cus (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    combined_price_list_id integer NOT NULL,
    website_id integer NOT NULL,
    full_combined_price_list_id integer NOT NULL,
    version integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cmb_price_list_to_ws (
    id integer NOT NULL,
    combined_price_list_id integer NOT NULL,
    website_id integer NOT NULL,
    full_combined_price_list_id integer NOT NULL,
    version integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_content_block (
    id integer NOT NULL,
    organization_id integer,
    business_unit_owner_id integer,
    alias character varying(100) NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_content_block_scope (
    content_block_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (content_block_id, scope_id)
);
CREATE TABLE orocommerce.oro_cms_content_block_title (
    content_block_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (content_block_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_cms_content_template (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    user_owner_id integer,
    organization_id integer,
    content text,
    content_style text,
    content_properties text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_content_widget (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    organization_id integer,
    widget_type character varying(255) NOT NULL,
    layout character varying(255),
    settings text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_content_widget_label (
    content_widget_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (content_widget_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_cms_content_widget_usage (
    id integer NOT NULL,
    content_widget_id integer NOT NULL,
    entity_class character varying(255) NOT NULL,
    entity_id integer NOT NULL,
    entity_field character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_image_slide (
    id integer NOT NULL,
    content_widget_id integer NOT NULL,
    slide_order integer NOT NULL,
    url character varying(255) NOT NULL,
    display_in_same_window boolean NOT NULL,
    alt_image_text character varying(255) NOT NULL,
    header character varying(255),
    text text,
    text_alignment character varying(20) NOT NULL,
    loading character varying(10) NOT NULL,
    fetch_priority character varying(10) NOT NULL,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_login_page (
    id integer NOT NULL,
    top_content text,
    bottom_content text,
    css text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_page (
    id integer NOT NULL,
    organization_id integer,
    content text,
    content_style text,
    content_properties text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    draft_project_id integer,
    draft_source_id integer,
    draft_uuid uuid,
    draft_owner_id integer,
    do_not_render_title boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_page_title (
    page_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (page_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_cms_tabbed_content_item (
    id integer NOT NULL,
    content_widget_id integer NOT NULL,
    organization_id integer,
    title character varying(255) NOT NULL,
    item_order integer NOT NULL,
    content text,
    content_style text,
    content_properties text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_text_content_variant (
    id integer NOT NULL,
    content_block_id integer,
    content text,
    content_style text,
    content_properties text,
    is_default boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cms_txt_cont_variant_scope (
    variant_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (variant_id, scope_id)
);
CREATE TABLE orocommerce.oro_commerce_menu_upd (
    id integer NOT NULL,
    key character varying(100) NOT NULL,
    parent_key character varying(100),
    uri character varying(8190),
    menu character varying(100) NOT NULL,
    icon character varying(150),
    is_active boolean NOT NULL,
    is_divider boolean NOT NULL,
    is_custom boolean NOT NULL,
    is_synthetic boolean NOT NULL,
    priority integer,
    scope_id integer NOT NULL,
    condition character varying(512),
    screens text,
    system_page_route character varying(255),
    content_node_id integer,
    link_target smallint NOT NULL,
    menu_template character varying(255),
    max_traverse_level smallint,
    category_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_commerce_menu_upd_descr (
    menu_update_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (menu_update_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_commerce_menu_upd_title (
    menu_update_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (menu_update_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_consent (
    id integer NOT NULL,
    organization_id integer,
    user_owner_id integer,
    content_node_id integer,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    mandatory boolean NOT NULL,
    declined_notification boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_consent_acceptance (
    id integer NOT NULL,
    consent_id integer NOT NULL,
    landing_page_id integer,
    created_at timestamp(0) without time zone NOT NULL,
    customeruser_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_consent_name (
    consent_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (consent_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_cpl_activation_rule (
    id integer NOT NULL,
    full_combined_price_list_id integer,
    combined_price_list_id integer,
    activate_at timestamp(0) without time zone,
    expire_at timestamp(0) without time zone,
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_ctgr_vsb_resolv (
    source_category_visibility integer,
    visibility smallint,
    source smallint,
    category_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (scope_id, category_id)
);
CREATE TABLE orocommerce.oro_cus_category_visibility (
    id integer NOT NULL,
    category_id integer,
    visibility character varying(255),
    scope_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_ctgr_vsb_resolv (
    source_category_visibility integer,
    visibility smallint,
    source smallint,
    category_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (scope_id, category_id)
);
CREATE TABLE orocommerce.oro_cus_grp_ctgr_visibility (
    id integer NOT NULL,
    category_id integer,
    visibility character varying(255),
    scope_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_grp_ctgr_vsb_resolv (
    source_category_visibility integer,
    visibility smallint,
    source smallint,
    category_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (scope_id, category_id)
);
CREATE TABLE orocommerce.oro_cus_grp_prod_visibility (
    id integer NOT NULL,
    product_id integer,
    visibility character varying(255),
    scope_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_grp_prod_vsb_resolv (
    scope_id integer NOT NULL,
    product_id integer NOT NULL,
    source_product_visibility integer,
    visibility smallint,
    source smallint,
    category_id integer,
    PRIMARY KEY (scope_id, product_id)
);
CREATE TABLE orocommerce.oro_cus_nav_item_pinbar (
    id integer NOT NULL,
    item_id integer NOT NULL,
    title character varying(255) NOT NULL,
    title_short character varying(255) NOT NULL,
    maximized timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_navigation_history (
    id integer NOT NULL,
    organization_id integer,
    customer_user_id integer NOT NULL,
    url character varying(8190) NOT NULL,
    title text NOT NULL,
    visited_at timestamp(0) without time zone NOT NULL,
    visit_count integer NOT NULL,
    route character varying(128) NOT NULL,
    route_parameters text NOT NULL,
    entity_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_navigation_item (
    id integer NOT NULL,
    organization_id integer,
    customer_user_id integer NOT NULL,
    type character varying(20) NOT NULL,
    url character varying(8190) NOT NULL,
    title text NOT NULL,
    "position" smallint NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_pagestate (
    id integer NOT NULL,
    customer_user_id integer NOT NULL,
    page_id character varying(10920) NOT NULL,
    page_hash character varying(32) NOT NULL,
    data text NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_prod_vsb_resolv (
    scope_id integer NOT NULL,
    product_id integer NOT NULL,
    source_product_visibility integer,
    visibility smallint,
    source smallint,
    category_id integer,
    PRIMARY KEY (scope_id, product_id)
);
CREATE TABLE orocommerce.oro_cus_product_visibility (
    id integer NOT NULL,
    product_id integer,
    visibility character varying(255),
    scope_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_user_access_role (
    customer_user_id integer NOT NULL,
    customer_user_role_id integer NOT NULL,
    PRIMARY KEY (customer_user_id, customer_user_role_id)
);
CREATE TABLE orocommerce.oro_cus_usr_adr_to_adr_type (
    id integer NOT NULL,
    type_name character varying(16),
    customer_user_address_id integer,
    is_default boolean,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_cus_windows_state (
    id integer NOT NULL,
    customer_user_id integer NOT NULL,
    data json NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent_id integer,
    group_id integer,
    owner_id integer,
    organization_id integer,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    external_id character varying(36),
    taxcode_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_address (
    id integer NOT NULL,
    owner_id integer,
    system_org_id integer,
    frontend_owner_id integer,
    region_code character varying(16),
    country_code character varying(2),
    is_primary boolean,
    label character varying(255),
    street character varying(500),
    street2 character varying(500),
    city character varying(255),
    postal_code character varying(255),
    organization character varying(255),
    region_text character varying(255),
    name_prefix character varying(255),
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    name_suffix character varying(255),
    phone character varying(255),
    created timestamp(0) without time zone NOT NULL,
    updated timestamp(0) without time zone NOT NULL,
    validated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_adr_adr_type (
    id integer NOT NULL,
    type_name character varying(16),
    customer_address_id integer,
    is_default boolean,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_group (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    user_owner_id integer,
    organization_id integer,
    taxcode_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_sales_reps (
    customer_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (customer_id, user_id)
);
CREATE TABLE orocommerce.oro_customer_user (
    id integer NOT NULL,
    owner_id integer,
    organization_id integer,
    customer_id integer,
    username character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    email_lowercase character varying(255) NOT NULL,
    name_prefix character varying(255),
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    name_suffix character varying(255),
    birthday date,
    enabled boolean NOT NULL,
    confirmed boolean NOT NULL,
    is_guest boolean NOT NULL,
    salt character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    confirmation_token character varying(255),
    password_requested timestamp(0) without time zone,
    password_changed timestamp(0) without time zone,
    last_login timestamp(0) without time zone,
    login_count integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    last_duplicate_notification_date timestamp(0) without time zone,
    website_id integer,
    new_email character varying(255),
    new_email_verification_code character varying(255),
    email_verification_code_requested_at timestamp(0) without time zone,
    external_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_user_address (
    id integer NOT NULL,
    owner_id integer,
    system_org_id integer,
    region_code character varying(16),
    frontend_owner_id integer,
    country_code character varying(2),
    is_primary boolean,
    label character varying(255),
    street character varying(500),
    street2 character varying(500),
    city character varying(255),
    postal_code character varying(255),
    organization character varying(255),
    region_text character varying(255),
    name_prefix character varying(255),
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    name_suffix character varying(255),
    phone character varying(255),
    created timestamp(0) without time zone NOT NULL,
    updated timestamp(0) without time zone NOT NULL,
    validated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_user_login (
    id uuid NOT NULL,
    attempt_at timestamp(0) without time zone NOT NULL,
    success boolean NOT NULL,
    source integer NOT NULL,
    username character varying(255),
    user_id integer,
    ip character varying(255),
    user_agent text,
    context json NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_user_role (
    id integer NOT NULL,
    organization_id integer,
    customer_id integer,
    role character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    self_managed boolean NOT NULL,
    public boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_user_sales_reps (
    customer_user_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (customer_user_id, user_id)
);
CREATE TABLE orocommerce.oro_customer_user_sdbar_st (
    id integer NOT NULL,
    customer_user_id integer NOT NULL,
    "position" character varying(13) NOT NULL,
    state character varying(17) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_user_sdbar_wdg (
    id integer NOT NULL,
    organization_id integer,
    customer_user_id integer NOT NULL,
    placement character varying(50) NOT NULL,
    "position" smallint NOT NULL,
    widget_name character varying(50) NOT NULL,
    settings text,
    state character varying(22) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_user_settings (
    id integer NOT NULL,
    customer_user_id integer NOT NULL,
    website_id integer NOT NULL,
    currency character varying(3),
    localization_id integer,
    product_filters_sidebar_expanded boolean,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_customer_visitor (
    id integer NOT NULL,
    last_visit timestamp(0) without time zone NOT NULL,
    session_id character varying(255) NOT NULL,
    customer_user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_fedex_ship_service_rule (
    id integer NOT NULL,
    limitation_expression_lbs character varying(250) NOT NULL,
    limitation_expression_kg character varying(250) NOT NULL,
    service_type character varying(250),
    residential_address boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_fedex_shipping_service (
    id integer NOT NULL,
    code character varying(200) NOT NULL,
    description character varying(200) NOT NULL,
    rule_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_fedex_transp_ship_service (
    transport_id integer NOT NULL,
    ship_service_id integer NOT NULL,
    PRIMARY KEY (transport_id, ship_service_id)
);
CREATE TABLE orocommerce.oro_fedex_transport_label (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_fixed_product_transp_label (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_flat_rate_transport_label (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_frontend_import_export_result (
    id integer NOT NULL,
    owner_id integer,
    organization_id integer,
    customer_id integer,
    customer_user_id integer,
    filename character varying(255),
    job_id integer NOT NULL,
    type character varying(255) NOT NULL,
    entity character varying(255) NOT NULL,
    options text,
    expired boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_inventory_level (
    id integer NOT NULL,
    quantity numeric(20,10) NOT NULL,
    product_id integer NOT NULL,
    product_unit_precision_id integer NOT NULL,
    organization_id integer,
    external_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_menu_user_agent_condition (
    id integer NOT NULL,
    condition_group_identifier integer NOT NULL,
    operation character varying(32) NOT NULL,
    value character varying(255) NOT NULL,
    menu_update_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_money_order_short_label (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_money_order_trans_label (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_order (
    id integer NOT NULL,
    organization_id integer,
    user_owner_id integer,
    created_by_user_id integer,
    shipping_address_id integer,
    billing_address_id integer,
    website_id integer,
    parent_id integer,
    identifier character varying(255),
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    po_number character varying(255),
    customer_notes text,
    ship_until date,
    currency character varying(3),
    shipping_method character varying(255),
    shipping_method_type character varying(255),
    subtotal_value numeric(19,4),
    subtotal_currency character varying(3),
    base_subtotal_value numeric(19,4),
    subtotal_with_discounts_value numeric(19,4),
    subtotal_with_discounts_currency character varying(3),
    subtotal_with_discounts numeric(19,4),
    total_value numeric(19,4),
    total_currency character varying(3),
    base_total_value numeric(19,4),
    estimated_shipping_cost_amount numeric(19,4),
    override_shipping_cost_amount numeric(19,4),
    total_discounts_amount numeric(19,4),
    customer_id integer,
    customer_user_id integer,
    source_entity_class character varying(255),
    source_entity_id integer,
    source_entity_identifier character varying(255),
    is_external boolean NOT NULL,
    external_id character varying(36),
    draft_session_uuid uuid,
    draft_source_id integer,
    disablepromotions boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_order_address (
    id integer NOT NULL,
    customer_address_id integer,
    customer_user_address_id integer,
    region_code character varying(16),
    country_code character varying(2),
    label character varying(255),
    street character varying(500),
    street2 character varying(500),
    city character varying(255),
    postal_code character varying(255),
    organization character varying(255),
    region_text character varying(255),
    name_prefix character varying(255),
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    name_suffix character varying(255),
    phone character varying(255),
    from_external_source boolean NOT NULL,
    validated_at timestamp(0) without time zone,
    created timestamp(0) without time zone NOT NULL,
    updated timestamp(0) without time zone NOT NULL,
    draft_session_uuid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_order_discount (
    id integer NOT NULL,
    order_id integer NOT NULL,
    description text,
    type character varying(255),
    percent double precision,
    amount numeric(19,4) NOT NULL,
    draft_session_uuid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_order_line_item (
    id integer NOT NULL,
    product_unit_id character varying(255),
    product_id integer,
    parent_product_id integer,
    product_sku character varying(255),
    product_name character varying(255),
    product_variant_fields text,
    free_form_product character varying(255),
    quantity double precision,
    product_unit_code character varying(255),
    value numeric(19,4),
    currency character varying(255),
    price_type integer NOT NULL,
    ship_by date,
    from_external_source boolean NOT NULL,
    comment text,
    shipping_method character varying(255),
    shipping_method_type character varying(255),
    shipping_estimate_amount numeric(19,4),
    checksum character varying(40) NOT NULL,
    draft_session_uuid uuid,
    draft_source_id integer,
    draft_delete boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    requestproduct_id integer,
    freeformtaxcode_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_order_line_items (
    order_id integer NOT NULL,
    line_item_id integer NOT NULL,
    PRIMARY KEY (line_item_id, order_id)
);
CREATE TABLE orocommerce.oro_order_pdf_document (
    order_id integer NOT NULL,
    pdf_document_id integer NOT NULL,
    PRIMARY KEY (order_id, pdf_document_id)
);
CREATE TABLE orocommerce.oro_order_product_kit_item_line_item (
    id integer NOT NULL,
    line_item_id integer NOT NULL,
    product_kit_item_id integer,
    product_kit_item_id_fallback integer NOT NULL,
    product_kit_item_label character varying(255) NOT NULL,
    optional boolean NOT NULL,
    product_id integer,
    product_id_fallback integer NOT NULL,
    product_sku character varying(255) NOT NULL,
    product_name character varying(255) NOT NULL,
    product_unit_id character varying(255),
    product_unit_code character varying(255) NOT NULL,
    product_unit_precision integer NOT NULL,
    quantity double precision NOT NULL,
    minimum_quantity double precision,
    maximum_quantity double precision,
    sort_order integer NOT NULL,
    value numeric(19,4),
    currency character varying(255),
    draft_session_uuid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_order_shipping_tracking (
    id integer NOT NULL,
    method character varying(255),
    number character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_order_shipping_trackings (
    order_id integer NOT NULL,
    tracking_id integer NOT NULL,
    PRIMARY KEY (tracking_id, order_id)
);
CREATE TABLE orocommerce.oro_payment_method_config (
    id integer NOT NULL,
    configs_rule_id integer NOT NULL,
    method character varying(255) NOT NULL,
    options text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_payment_mtds_cfgs_rl (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    currency character varying(3) NOT NULL,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_payment_mtds_cfgs_rl_d (
    id integer NOT NULL,
    region_code character varying(16),
    configs_rule_id integer NOT NULL,
    country_code character varying(2) NOT NULL,
    region_text character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_payment_mtds_rule_website (
    oro_payment_mtds_cfgs_rl_id integer NOT NULL,
    website_id integer NOT NULL,
    PRIMARY KEY (oro_payment_mtds_cfgs_rl_id, website_id)
);
CREATE TABLE orocommerce.oro_payment_mtdscfgsrl_dst_pc (
    id integer NOT NULL,
    destination_id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_payment_status (
    id integer NOT NULL,
    entity_class character varying(255) NOT NULL,
    entity_identifier integer NOT NULL,
    payment_status character varying(255) NOT NULL,
    forced boolean NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_payment_term (
    id integer NOT NULL,
    label character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_payment_term_short_label (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_payment_term_trans_label (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_payment_transaction (
    id integer NOT NULL,
    entity_class character varying(255) NOT NULL,
    entity_identifier integer NOT NULL,
    access_identifier character varying(255) NOT NULL,
    access_token character varying(255) NOT NULL,
    payment_method character varying(255) NOT NULL,
    action character varying(255) NOT NULL,
    reference character varying(255),
    amount character varying(255) NOT NULL,
    currency character varying(3) NOT NULL,
    active boolean NOT NULL,
    successful boolean NOT NULL,
    source_payment_transaction integer,
    request text,
    response text,
    webhook_request_logs text,
    transaction_options text,
    frontend_owner_id integer,
    organization_id integer,
    user_owner_id integer,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_paypal_credit_card_lbl (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_paypal_credit_card_sh_lbl (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_paypal_xprss_chkt_lbl (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_paypal_xprss_chkt_shrt_lbl (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_plist_curr_combined (
    id integer NOT NULL,
    combined_price_list_id integer NOT NULL,
    currency character varying(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_attribute_pl (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    field_name character varying(255) NOT NULL,
    is_enabled_in_export boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_attribute_price (
    id integer NOT NULL,
    price_attribute_pl_id integer NOT NULL,
    product_id integer NOT NULL,
    unit_code character varying(255) NOT NULL,
    product_sku character varying(255) NOT NULL,
    quantity double precision NOT NULL,
    value numeric(19,4) NOT NULL,
    currency character varying(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list (
    id integer NOT NULL,
    organization_id integer,
    name character varying(255) NOT NULL,
    active boolean NOT NULL,
    actual boolean NOT NULL,
    product_assignment_rule text,
    contain_schedule boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_combined (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    is_enabled boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    is_prices_calculated boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_combined_build_activity (
    id bigint NOT NULL,
    combined_price_list_id integer NOT NULL,
    parent_job_id integer,
    created_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_combined_gc (
    combined_price_list_id integer NOT NULL,
    requested_at timestamp(0) without time zone NOT NULL
);
CREATE TABLE orocommerce.oro_price_list_currency (
    id integer NOT NULL,
    price_list_id integer NOT NULL,
    currency character varying(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_cus_fb (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    website_id integer NOT NULL,
    fallback integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_cus_gr_fb (
    id integer NOT NULL,
    customer_group_id integer NOT NULL,
    website_id integer NOT NULL,
    fallback integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_schedule (
    id integer NOT NULL,
    price_list_id integer,
    active_at timestamp(0) without time zone,
    deactivate_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_to_cus_group (
    id integer NOT NULL,
    price_list_id integer NOT NULL,
    website_id integer NOT NULL,
    customer_group_id integer NOT NULL,
    sort_order integer NOT NULL,
    merge_allowed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_to_customer (
    id integer NOT NULL,
    price_list_id integer NOT NULL,
    website_id integer NOT NULL,
    customer_id integer NOT NULL,
    sort_order integer NOT NULL,
    merge_allowed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_to_product (
    id uuid NOT NULL,
    product_id integer NOT NULL,
    price_list_id integer NOT NULL,
    is_manual boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_to_website (
    id integer NOT NULL,
    price_list_id integer NOT NULL,
    website_id integer NOT NULL,
    sort_order integer NOT NULL,
    merge_allowed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_list_website_fb (
    id integer NOT NULL,
    website_id integer NOT NULL,
    fallback integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_product (
    id uuid NOT NULL,
    price_rule_id integer,
    unit_code character varying(255) NOT NULL,
    product_id integer NOT NULL,
    price_list_id integer NOT NULL,
    product_sku character varying(255) NOT NULL,
    quantity double precision NOT NULL,
    value numeric(19,4) NOT NULL,
    currency character varying(3) NOT NULL,
    version integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_product_combined (
    id uuid NOT NULL,
    origin_price_id uuid,
    unit_code character varying(255) NOT NULL,
    product_id integer NOT NULL,
    combined_price_list_id integer NOT NULL,
    product_sku character varying(255) NOT NULL,
    quantity double precision NOT NULL,
    value numeric(19,4) NOT NULL,
    currency character varying(3) NOT NULL,
    merge_allowed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_rule (
    id integer NOT NULL,
    product_unit_id character varying(255),
    price_list_id integer NOT NULL,
    currency character varying(3),
    quantity double precision,
    rule_condition text,
    rule text NOT NULL,
    priority integer NOT NULL,
    quantity_expression text,
    currency_expression text,
    product_unit_expression text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_price_rule_lexeme (
    id integer NOT NULL,
    price_rule_id integer,
    price_list_id integer NOT NULL,
    class_name character varying(255) NOT NULL,
    field_name character varying(255) NOT NULL,
    relation_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_prod_vsb_resolv (
    scope_id integer NOT NULL,
    product_id integer NOT NULL,
    source_product_visibility integer,
    visibility smallint,
    source smallint,
    category_id integer,
    PRIMARY KEY (scope_id, product_id)
);
CREATE TABLE orocommerce.oro_prod_webs_reindex_req_item (
    related_job_id integer NOT NULL,
    website_id integer NOT NULL,
    product_id integer NOT NULL
);
CREATE TABLE orocommerce.oro_product (
    id integer NOT NULL,
    organization_id integer,
    business_unit_owner_id integer,
    sku character varying(255) NOT NULL,
    sku_uppercase character varying(255),
    name character varying(255) NOT NULL,
    name_uppercase character varying(255) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    variant_fields text,
    default_variant_id integer,
    status character varying(16) NOT NULL,
    primary_unit_precision_id integer,
    type character varying(32) NOT NULL,
    is_featured boolean NOT NULL,
    is_new_arrival boolean NOT NULL,
    attribute_family_id integer,
    brand_id integer,
    kit_shipping_calculation_method character varying(32),
    category_id integer,
    category_sort_order double precision,
    availability_date timestamp(0) without time zone,
    taxcode_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_attr_currency (
    id integer NOT NULL,
    price_attribute_pl_id integer NOT NULL,
    currency character varying(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_collection_sort_order (
    id integer NOT NULL,
    sort_order double precision,
    product_id integer NOT NULL,
    segment_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_image (
    id integer NOT NULL,
    product_id integer NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_image_type (
    id integer NOT NULL,
    product_image_id integer NOT NULL,
    type character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_kit_item (
    id integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    optional boolean NOT NULL,
    sort_order integer NOT NULL,
    minimum_quantity double precision,
    maximum_quantity double precision,
    unit_code character varying(255),
    product_kit_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_kit_item_product (
    id integer NOT NULL,
    product_kit_item_id integer NOT NULL,
    product_id integer NOT NULL,
    product_unit_precision_id integer,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_prod_descr (
    id integer NOT NULL,
    product_id integer,
    localization_id integer,
    fallback character varying(64),
    wysiwyg text,
    wysiwyg_style text,
    wysiwyg_properties text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_prod_kit_item_label (
    id integer NOT NULL,
    product_kit_item_id integer,
    localization_id integer,
    fallback character varying(64),
    string character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_prod_name (
    id integer NOT NULL,
    product_id integer,
    localization_id integer,
    fallback character varying(64),
    string character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_prod_s_descr (
    id integer NOT NULL,
    product_id integer,
    localization_id integer,
    fallback character varying(64),
    text text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_related_products (
    id integer NOT NULL,
    product_id integer NOT NULL,
    related_item_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_unit (
    code character varying(255) NOT NULL,
    default_precision integer NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE orocommerce.oro_product_unit_precision (
    id integer NOT NULL,
    product_id integer,
    unit_code character varying(255),
    unit_precision integer NOT NULL,
    conversion_rate double precision,
    sell boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_upsell_product (
    id integer NOT NULL,
    product_id integer NOT NULL,
    related_item_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_variant_link (
    id integer NOT NULL,
    product_id integer NOT NULL,
    parent_product_id integer NOT NULL,
    visible boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_product_visibility (
    id integer NOT NULL,
    product_id integer,
    visibility character varying(255),
    scope_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion (
    id integer NOT NULL,
    organization_id integer,
    discount_config_id integer NOT NULL,
    rule_id integer NOT NULL,
    products_segment_id integer NOT NULL,
    user_owner_id integer,
    use_coupons boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion_applied (
    id integer NOT NULL,
    source_promotion_id integer NOT NULL,
    active boolean NOT NULL,
    removed boolean NOT NULL,
    type character varying(255) NOT NULL,
    promotion_name text NOT NULL,
    config_options json NOT NULL,
    promotion_data json NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    draft_session_uuid uuid,
    order_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion_applied_coupon (
    id integer NOT NULL,
    applied_promotion_id integer,
    coupon_code character varying(255) NOT NULL,
    source_promotion_id integer NOT NULL,
    source_coupon_id integer NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    draft_session_uuid uuid,
    order_id integer,
    checkout_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion_applied_discount (
    id integer NOT NULL,
    line_item_id integer,
    applied_promotion_id integer NOT NULL,
    amount numeric(19,4) NOT NULL,
    currency character varying(3) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    draft_session_uuid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion_coupon (
    id integer NOT NULL,
    organization_id integer,
    business_unit_owner_id integer,
    promotion_id integer,
    enabled boolean NOT NULL,
    code character varying(255) NOT NULL,
    code_uppercase character varying(255) NOT NULL,
    uses_per_coupon integer,
    uses_per_person integer,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    valid_from timestamp(0) without time zone,
    valid_until timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion_coupon_usage (
    id integer NOT NULL,
    promotion_id integer NOT NULL,
    coupon_id integer NOT NULL,
    customer_user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion_description (
    promotion_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (promotion_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_promotion_discount_config (
    id integer NOT NULL,
    type character varying(50) NOT NULL,
    options text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion_label (
    promotion_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (promotion_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_promotion_schedule (
    id integer NOT NULL,
    promotion_id integer,
    active_at timestamp(0) without time zone,
    deactivate_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_promotion_scope (
    promotion_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (promotion_id, scope_id)
);
CREATE TABLE orocommerce.oro_quote_address (
    id integer NOT NULL,
    customer_address_id integer,
    customer_user_address_id integer,
    region_code character varying(16),
    country_code character varying(2),
    label character varying(255),
    street character varying(500),
    street2 character varying(500),
    city character varying(255),
    postal_code character varying(255),
    organization character varying(255),
    region_text character varying(255),
    name_prefix character varying(255),
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    name_suffix character varying(255),
    phone character varying(255),
    validated_at timestamp(0) without time zone,
    created timestamp(0) without time zone NOT NULL,
    updated timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_quote_assigned_cus_users (
    quote_id integer NOT NULL,
    customer_user_id integer NOT NULL,
    PRIMARY KEY (quote_id, customer_user_id)
);
CREATE TABLE orocommerce.oro_quote_assigned_users (
    quote_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (quote_id, user_id)
);
CREATE TABLE orocommerce.oro_quote_demand (
    id integer NOT NULL,
    customer_id integer,
    customer_user_id integer,
    visitor_id integer,
    quote_id integer,
    subtotal numeric(19,4),
    total numeric(19,4),
    total_currency character varying(3),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_quote_product_demand (
    id integer NOT NULL,
    quote_demand_id integer,
    quote_product_offer_id integer,
    quantity double precision NOT NULL,
    checksum character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_redirect (
    id integer NOT NULL,
    slug_id integer,
    redirect_from_prototype character varying(255),
    redirect_from character varying(1024) NOT NULL,
    redirect_to_prototype character varying(255),
    redirect_to character varying(1024) NOT NULL,
    redirect_type integer NOT NULL,
    from_hash character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_redirect_scope (
    redirect_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (redirect_id, scope_id)
);
CREATE TABLE orocommerce.oro_redirect_slug (
    id integer NOT NULL,
    organization_id integer,
    localization_id integer,
    url_hash character varying(32) NOT NULL,
    route_name character varying(255) NOT NULL,
    url character varying(1024) NOT NULL,
    slug_prototype character varying(255),
    route_parameters text NOT NULL,
    parameters_hash character varying(32) NOT NULL,
    scopes_hash character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_related_website (
    website_id integer NOT NULL,
    related_website_id integer NOT NULL,
    PRIMARY KEY (website_id, related_website_id)
);
CREATE TABLE orocommerce.oro_rfp_assigned_cus_users (
    request_id integer NOT NULL,
    customer_user_id integer NOT NULL,
    PRIMARY KEY (request_id, customer_user_id)
);
CREATE TABLE orocommerce.oro_rfp_assigned_users (
    request_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (request_id, user_id)
);
CREATE TABLE orocommerce.oro_rfp_request (
    id integer NOT NULL,
    organization_id integer,
    user_owner_id integer,
    customer_user_id integer,
    visitor_id integer,
    customer_id integer,
    cancellation_reason text,
    first_name character varying(255) NOT NULL,
    last_name character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    phone character varying(255),
    company character varying(255) NOT NULL,
    role character varying(255),
    note text,
    po_number character varying(255),
    ship_until date,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    deleted_at timestamp(0) without time zone,
    website_id integer,
    project_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_rfp_request_add_note (
    id integer NOT NULL,
    request_id integer,
    type character varying(100) NOT NULL,
    author character varying(100) NOT NULL,
    user_id integer NOT NULL,
    text text NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_rfp_request_prod_item (
    id integer NOT NULL,
    product_unit_id character varying(255),
    request_product_id integer,
    quantity double precision,
    product_unit_code character varying(255) NOT NULL,
    value numeric(19,4),
    currency character varying(3),
    checksum character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_rfp_request_prod_kit_item_line_item (
    id integer NOT NULL,
    request_product_id integer NOT NULL,
    product_kit_item_id integer,
    product_kit_item_id_fallback integer NOT NULL,
    product_kit_item_label character varying(255) NOT NULL,
    optional boolean NOT NULL,
    product_id integer,
    product_id_fallback integer NOT NULL,
    product_sku character varying(255) NOT NULL,
    product_name character varying(255) NOT NULL,
    product_unit_id character varying(255),
    product_unit_code character varying(255) NOT NULL,
    product_unit_precision integer NOT NULL,
    quantity double precision NOT NULL,
    minimum_quantity double precision,
    maximum_quantity double precision,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_rfp_request_product (
    id integer NOT NULL,
    product_id integer,
    request_id integer,
    product_sku character varying(255) NOT NULL,
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_rule (
    id integer NOT NULL,
    name text NOT NULL,
    enabled boolean NOT NULL,
    sort_order integer NOT NULL,
    stop_processing boolean NOT NULL,
    expression text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_sale_quote (
    shipping_method_locked boolean NOT NULL,
    allow_unlisted_shipping_method boolean NOT NULL,
    id integer NOT NULL,
    guest_access_id uuid,
    visitor_id integer,
    customer_user_id integer,
    organization_id integer,
    request_id integer,
    customer_id integer,
    shipping_address_id integer,
    user_owner_id integer,
    qid character varying(255),
    po_number character varying(255),
    ship_until date,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    valid_until timestamp(0) without time zone,
    expired boolean NOT NULL,
    prices_changed boolean NOT NULL,
    website_id integer,
    shipping_method character varying(255),
    shipping_method_type character varying(255),
    estimated_shipping_cost_amount numeric(19,4),
    override_shipping_cost_amount numeric(19,4),
    currency character varying(3),
    project_name character varying(255),
    external_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_sale_quote_prod_offer (
    id integer NOT NULL,
    product_unit_id character varying(255),
    quote_product_id integer,
    product_unit_code character varying(255) NOT NULL,
    quantity double precision,
    value numeric(19,4),
    currency character varying(255),
    checksum character varying(40) NOT NULL,
    price_type smallint NOT NULL,
    allow_increments boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_sale_quote_prod_request (
    id integer NOT NULL,
    product_unit_id character varying(255),
    request_product_item_id integer,
    quote_product_id integer,
    product_unit_code character varying(255) NOT NULL,
    quantity double precision,
    value numeric(19,4),
    currency character varying(255),
    checksum character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_sale_quote_product (
    id integer NOT NULL,
    product_id integer,
    product_replacement_id integer,
    quote_id integer,
    product_sku character varying(255),
    product_replacement_sku character varying(255),
    type smallint,
    free_form_product character varying(255),
    free_form_product_replacement character varying(255),
    comment text,
    comment_customer text,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_sale_quote_product_kit_item_line_item (
    id integer NOT NULL,
    quote_product_id integer NOT NULL,
    product_kit_item_id integer,
    product_kit_item_id_fallback integer NOT NULL,
    product_kit_item_label character varying(255) NOT NULL,
    optional boolean NOT NULL,
    product_id integer,
    product_id_fallback integer NOT NULL,
    product_sku character varying(255) NOT NULL,
    product_name character varying(255) NOT NULL,
    product_unit_id character varying(255),
    product_unit_code character varying(255) NOT NULL,
    product_unit_precision integer NOT NULL,
    quantity double precision NOT NULL,
    minimum_quantity double precision,
    maximum_quantity double precision,
    sort_order integer NOT NULL,
    value numeric(19,4),
    currency character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_ship_method_config (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    method character varying(255) NOT NULL,
    options text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_ship_method_configs_rule (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    currency character varying(3) NOT NULL,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_ship_method_postal_code (
    id integer NOT NULL,
    destination_id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_ship_method_type_config (
    id integer NOT NULL,
    method_config_id integer NOT NULL,
    type character varying(255) NOT NULL,
    options text NOT NULL,
    enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_ship_mtds_rule_website (
    oro_ship_mtds_cfgs_rl_id integer NOT NULL,
    website_id integer NOT NULL,
    PRIMARY KEY (oro_ship_mtds_cfgs_rl_id, website_id)
);
CREATE TABLE orocommerce.oro_shipping_freight_class (
    code character varying(255) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE orocommerce.oro_shipping_length_unit (
    code character varying(255) NOT NULL,
    conversion_rates text,
    PRIMARY KEY (code)
);
CREATE TABLE orocommerce.oro_shipping_product_opts (
    id integer NOT NULL,
    freight_class_code character varying(255),
    product_id integer NOT NULL,
    product_unit_code character varying(255) NOT NULL,
    dimensions_unit_code character varying(255),
    weight_unit_code character varying(255),
    weight_value double precision,
    dimensions_length double precision,
    dimensions_width double precision,
    dimensions_height double precision,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_shipping_rule_destination (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    region_code character varying(16),
    country_code character varying(2) NOT NULL,
    region_text character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_shipping_weight_unit (
    code character varying(255) NOT NULL,
    conversion_rates text,
    PRIMARY KEY (code)
);
CREATE TABLE orocommerce.oro_shopping_list (
    id integer NOT NULL,
    organization_id integer,
    user_owner_id integer,
    customer_id integer,
    customer_user_id integer,
    website_id integer,
    label character varying(255) NOT NULL,
    notes text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    currency character varying(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_shopping_list_line_item (
    id integer NOT NULL,
    organization_id integer,
    user_owner_id integer,
    customer_user_id integer,
    shopping_list_id integer,
    saved_for_later_list_id integer,
    product_id integer NOT NULL,
    parent_product_id integer,
    unit_code character varying(255) NOT NULL,
    quantity double precision NOT NULL,
    notes text,
    checksum character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_shopping_list_product_kit_item_line_item (
    id integer NOT NULL,
    line_item_id integer NOT NULL,
    product_kit_item_id integer NOT NULL,
    product_id integer NOT NULL,
    unit_code character varying(255) NOT NULL,
    quantity double precision NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_shopping_list_total (
    id integer NOT NULL,
    shopping_list_id integer NOT NULL,
    currency character varying(255) NOT NULL,
    subtotal_value numeric(19,4),
    is_valid boolean NOT NULL,
    customer_user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_slug_scope (
    slug_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (slug_id, scope_id)
);
CREATE TABLE orocommerce.oro_tax (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    description text,
    rate double precision NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_tax_customer_tax_code (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    description text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    user_owner_id integer,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_tax_jurisdiction (
    id integer NOT NULL,
    country_code character varying(2),
    region_code character varying(16),
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    code character varying(255) NOT NULL,
    description text,
    region_text character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_tax_prod_tax_code_prod (
    product_tax_code_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (product_tax_code_id, product_id)
);
CREATE TABLE orocommerce.oro_tax_product_tax_code (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    description text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_tax_rule (
    id integer NOT NULL,
    tax_jurisdiction_id integer,
    customer_tax_code_id integer,
    product_tax_code_id integer,
    tax_id integer,
    description text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_tax_value (
    id integer NOT NULL,
    result json NOT NULL,
    entity_class character varying(255) NOT NULL,
    entity_id integer,
    address text NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_tax_zip_code (
    id integer NOT NULL,
    tax_jurisdiction_id integer NOT NULL,
    zip_code character varying(255),
    zip_range_start character varying(255),
    zip_range_end character varying(255),
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_ups_shipping_service (
    id integer NOT NULL,
    code character varying(10) NOT NULL,
    description character varying(255) NOT NULL,
    country_code character varying(2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_ups_transport_label (
    transport_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (transport_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_ups_transport_ship_service (
    transport_id integer NOT NULL,
    ship_service_id integer NOT NULL,
    PRIMARY KEY (transport_id, ship_service_id)
);
CREATE TABLE orocommerce.oro_web_catalog (
    id integer NOT NULL,
    organization_id integer,
    business_unit_owner_id integer,
    name character varying(255) NOT NULL,
    description text,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_web_catalog_content_node (
    id integer NOT NULL,
    parent_id integer,
    web_catalog_id integer NOT NULL,
    parent_scope_used boolean NOT NULL,
    rewrite_variant_title boolean NOT NULL,
    materialized_path character varying(1024),
    tree_left integer NOT NULL,
    tree_level integer NOT NULL,
    tree_right integer NOT NULL,
    tree_root integer,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_web_catalog_node_scope (
    node_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (node_id, scope_id)
);
CREATE TABLE orocommerce.oro_web_catalog_node_title (
    node_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (node_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_web_catalog_node_url (
    node_id integer NOT NULL,
    localized_value_id integer NOT NULL,
    PRIMARY KEY (node_id, localized_value_id)
);
CREATE TABLE orocommerce.oro_web_catalog_product_limit (
    id uuid NOT NULL,
    product_id integer NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_web_catalog_variant (
    id integer NOT NULL,
    node_id integer,
    type character varying(255) NOT NULL,
    system_page_route character varying(255),
    override_variant_configuration boolean NOT NULL,
    do_not_render_title boolean NOT NULL,
    is_default boolean NOT NULL,
    cms_page_id integer,
    exclude_subcategories boolean NOT NULL,
    category_page_category_id integer,
    product_page_product_id integer,
    product_collection_segment_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_web_catalog_variant_scope (
    variant_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (variant_id, scope_id)
);
CREATE TABLE orocommerce.oro_website (
    id integer NOT NULL,
    organization_id integer,
    business_unit_owner_id integer,
    name character varying(255) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    is_default boolean NOT NULL,
    guest_role_id integer,
    default_role_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_website_search_datetime (
    id integer NOT NULL,
    item_id integer NOT NULL,
    field character varying(250) NOT NULL,
    value timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_website_search_decimal (
    id integer NOT NULL,
    item_id integer NOT NULL,
    field character varying(250) NOT NULL,
    value numeric(21,6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_website_search_integer (
    id integer NOT NULL,
    item_id integer NOT NULL,
    field character varying(250) NOT NULL,
    value bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_website_search_item (
    id integer NOT NULL,
    entity character varying(255) NOT NULL,
    alias character varying(255) NOT NULL,
    record_id integer,
    weight numeric(8,4) NOT NULL,
    changed boolean NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_website_search_result_history (
    id uuid NOT NULL,
    normalized_search_term_hash character varying(32) NOT NULL,
    result_type character varying(32) NOT NULL,
    results_count integer NOT NULL,
    search_session character varying(36),
    search_term character varying(255) NOT NULL,
    created_at timestamp(0) without time zone NOT NULL,
    website_id integer NOT NULL,
    localization_id integer,
    customer_id integer,
    customer_user_id integer,
    customer_visitor_id integer,
    business_unit_owner_id integer,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_website_search_search_term (
    id integer NOT NULL,
    phrases text NOT NULL,
    action_type character varying(128) NOT NULL,
    modify_action_type character varying(128),
    redirect_action_type character varying(128),
    redirect_uri text,
    redirect_system_page text,
    redirect_301 boolean NOT NULL,
    partial_match boolean NOT NULL,
    organization_id integer,
    business_unit_owner_id integer,
    created_at timestamp(0) without time zone NOT NULL,
    updated_at timestamp(0) without time zone NOT NULL,
    contentblock_id integer,
    redirectcmspage_id integer,
    redirectcategory_id integer,
    redirectproduct_id integer,
    productcollectionsegment_id integer,
    redirectcontentnode_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_website_search_search_term_scopes (
    search_term_id integer NOT NULL,
    scope_id integer NOT NULL,
    PRIMARY KEY (search_term_id, scope_id)
);
CREATE TABLE orocommerce.oro_website_search_term_report (
    id uuid NOT NULL,
    normalized_search_term_hash character varying(32) NOT NULL,
    search_term character varying(255) NOT NULL,
    times_searched integer NOT NULL,
    times_returned_results integer NOT NULL,
    times_empty integer NOT NULL,
    search_date date NOT NULL,
    business_unit_owner_id integer,
    organization_id integer,
    search_date_day integer NOT NULL,
    search_date_month integer NOT NULL,
    search_date_quarter integer NOT NULL,
    search_date_year integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orocommerce.oro_website_search_text (
    id integer NOT NULL,
    item_id integer NOT NULL,
    field character varying(250) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE orocommerce.oro_brand_description ADD FOREIGN KEY (brand_id) REFERENCES orocommerce.oro_brand(id);
ALTER TABLE orocommerce.oro_brand_name ADD FOREIGN KEY (brand_id) REFERENCES orocommerce.oro_brand(id);
ALTER TABLE orocommerce.oro_brand_short_desc ADD FOREIGN KEY (brand_id) REFERENCES orocommerce.oro_brand(id);
ALTER TABLE orocommerce.oro_catalog_cat_l_descr ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_catalog_cat_s_descr ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_catalog_cat_title ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_catalog_category ADD FOREIGN KEY (default_product_options_id) REFERENCES orocommerce.oro_category_def_prod_opts(id);
ALTER TABLE orocommerce.oro_catalog_category ADD FOREIGN KEY (parent_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_category_def_prod_opts ADD FOREIGN KEY (product_unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_category_visibility ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_checkout ADD FOREIGN KEY (billing_address_id) REFERENCES orocommerce.oro_order_address(id);
ALTER TABLE orocommerce.oro_checkout ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_checkout ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_checkout ADD FOREIGN KEY (order_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_checkout ADD FOREIGN KEY (registered_customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_checkout ADD FOREIGN KEY (shipping_address_id) REFERENCES orocommerce.oro_order_address(id);
ALTER TABLE orocommerce.oro_checkout ADD FOREIGN KEY (source_id) REFERENCES orocommerce.oro_checkout_source(id);
ALTER TABLE orocommerce.oro_checkout ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_checkout_line_item ADD FOREIGN KEY (checkout_id) REFERENCES orocommerce.oro_checkout(id);
ALTER TABLE orocommerce.oro_checkout_line_item ADD FOREIGN KEY (parent_product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_checkout_line_item ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_checkout_line_item ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_checkout_product_kit_item_line_item ADD FOREIGN KEY (line_item_id) REFERENCES orocommerce.oro_checkout_line_item(id);
ALTER TABLE orocommerce.oro_checkout_product_kit_item_line_item ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_checkout_product_kit_item_line_item ADD FOREIGN KEY (product_kit_item_id) REFERENCES orocommerce.oro_product_kit_item(id);
ALTER TABLE orocommerce.oro_checkout_product_kit_item_line_item ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_checkout_source ADD FOREIGN KEY (order_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_checkout_source ADD FOREIGN KEY (quotedemand_id) REFERENCES orocommerce.oro_quote_demand(id);
ALTER TABLE orocommerce.oro_checkout_source ADD FOREIGN KEY (shoppinglist_id) REFERENCES orocommerce.oro_shopping_list(id);
ALTER TABLE orocommerce.oro_checkout_subtotal ADD FOREIGN KEY (checkout_id) REFERENCES orocommerce.oro_checkout(id);
ALTER TABLE orocommerce.oro_checkout_subtotal ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_checkout_subtotal ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_cmb_pl_to_pl ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_cmb_pl_to_pl ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_cmb_plist_to_cus_gr ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_cmb_plist_to_cus_gr ADD FOREIGN KEY (customer_group_id) REFERENCES orocommerce.oro_customer_group(id);
ALTER TABLE orocommerce.oro_cmb_plist_to_cus_gr ADD FOREIGN KEY (full_combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_cmb_plist_to_cus_gr ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_cmb_price_list_to_cus ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_cmb_price_list_to_cus ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_cmb_price_list_to_cus ADD FOREIGN KEY (full_combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_cmb_price_list_to_cus ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_cmb_price_list_to_ws ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_cmb_price_list_to_ws ADD FOREIGN KEY (full_combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_cmb_price_list_to_ws ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_cms_content_block_scope ADD FOREIGN KEY (content_block_id) REFERENCES orocommerce.oro_cms_content_block(id);
ALTER TABLE orocommerce.oro_cms_content_block_title ADD FOREIGN KEY (content_block_id) REFERENCES orocommerce.oro_cms_content_block(id);
ALTER TABLE orocommerce.oro_cms_content_widget_label ADD FOREIGN KEY (content_widget_id) REFERENCES orocommerce.oro_cms_content_widget(id);
ALTER TABLE orocommerce.oro_cms_content_widget_usage ADD FOREIGN KEY (content_widget_id) REFERENCES orocommerce.oro_cms_content_widget(id);
ALTER TABLE orocommerce.oro_cms_image_slide ADD FOREIGN KEY (content_widget_id) REFERENCES orocommerce.oro_cms_content_widget(id);
ALTER TABLE orocommerce.oro_cms_page ADD FOREIGN KEY (draft_source_id) REFERENCES orocommerce.oro_cms_page(id);
ALTER TABLE orocommerce.oro_cms_page_title ADD FOREIGN KEY (page_id) REFERENCES orocommerce.oro_cms_page(id);
ALTER TABLE orocommerce.oro_cms_tabbed_content_item ADD FOREIGN KEY (content_widget_id) REFERENCES orocommerce.oro_cms_content_widget(id);
ALTER TABLE orocommerce.oro_cms_text_content_variant ADD FOREIGN KEY (content_block_id) REFERENCES orocommerce.oro_cms_content_block(id);
ALTER TABLE orocommerce.oro_cms_txt_cont_variant_scope ADD FOREIGN KEY (variant_id) REFERENCES orocommerce.oro_cms_text_content_variant(id);
ALTER TABLE orocommerce.oro_commerce_menu_upd ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_commerce_menu_upd ADD FOREIGN KEY (content_node_id) REFERENCES orocommerce.oro_web_catalog_content_node(id);
ALTER TABLE orocommerce.oro_commerce_menu_upd_descr ADD FOREIGN KEY (menu_update_id) REFERENCES orocommerce.oro_commerce_menu_upd(id);
ALTER TABLE orocommerce.oro_commerce_menu_upd_title ADD FOREIGN KEY (menu_update_id) REFERENCES orocommerce.oro_commerce_menu_upd(id);
ALTER TABLE orocommerce.oro_consent ADD FOREIGN KEY (content_node_id) REFERENCES orocommerce.oro_web_catalog_content_node(id);
ALTER TABLE orocommerce.oro_consent_acceptance ADD FOREIGN KEY (consent_id) REFERENCES orocommerce.oro_consent(id);
ALTER TABLE orocommerce.oro_consent_acceptance ADD FOREIGN KEY (customeruser_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_consent_acceptance ADD FOREIGN KEY (landing_page_id) REFERENCES orocommerce.oro_cms_page(id);
ALTER TABLE orocommerce.oro_consent_name ADD FOREIGN KEY (consent_id) REFERENCES orocommerce.oro_consent(id);
ALTER TABLE orocommerce.oro_cpl_activation_rule ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_cpl_activation_rule ADD FOREIGN KEY (full_combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_ctgr_vsb_resolv ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_ctgr_vsb_resolv ADD FOREIGN KEY (source_category_visibility) REFERENCES orocommerce.oro_category_visibility(id);
ALTER TABLE orocommerce.oro_cus_category_visibility ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_cus_ctgr_vsb_resolv ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_cus_ctgr_vsb_resolv ADD FOREIGN KEY (source_category_visibility) REFERENCES orocommerce.oro_cus_category_visibility(id);
ALTER TABLE orocommerce.oro_cus_grp_ctgr_visibility ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_cus_grp_ctgr_vsb_resolv ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_cus_grp_ctgr_vsb_resolv ADD FOREIGN KEY (source_category_visibility) REFERENCES orocommerce.oro_cus_grp_ctgr_visibility(id);
ALTER TABLE orocommerce.oro_cus_grp_prod_visibility ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_cus_grp_prod_vsb_resolv ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_cus_grp_prod_vsb_resolv ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_cus_grp_prod_vsb_resolv ADD FOREIGN KEY (source_product_visibility) REFERENCES orocommerce.oro_cus_grp_prod_visibility(id);
ALTER TABLE orocommerce.oro_cus_nav_item_pinbar ADD FOREIGN KEY (item_id) REFERENCES orocommerce.oro_cus_navigation_item(id);
ALTER TABLE orocommerce.oro_cus_navigation_history ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_cus_navigation_item ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_cus_pagestate ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_cus_prod_vsb_resolv ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_cus_prod_vsb_resolv ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_cus_prod_vsb_resolv ADD FOREIGN KEY (source_product_visibility) REFERENCES orocommerce.oro_cus_product_visibility(id);
ALTER TABLE orocommerce.oro_cus_product_visibility ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_cus_user_access_role ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_cus_user_access_role ADD FOREIGN KEY (customer_user_role_id) REFERENCES orocommerce.oro_customer_user_role(id);
ALTER TABLE orocommerce.oro_cus_usr_adr_to_adr_type ADD FOREIGN KEY (customer_user_address_id) REFERENCES orocommerce.oro_customer_user_address(id);
ALTER TABLE orocommerce.oro_cus_windows_state ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_customer ADD FOREIGN KEY (group_id) REFERENCES orocommerce.oro_customer_group(id);
ALTER TABLE orocommerce.oro_customer ADD FOREIGN KEY (parent_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_customer ADD FOREIGN KEY (taxcode_id) REFERENCES orocommerce.oro_tax_customer_tax_code(id);
ALTER TABLE orocommerce.oro_customer_address ADD FOREIGN KEY (frontend_owner_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_customer_adr_adr_type ADD FOREIGN KEY (customer_address_id) REFERENCES orocommerce.oro_customer_address(id);
ALTER TABLE orocommerce.oro_customer_group ADD FOREIGN KEY (taxcode_id) REFERENCES orocommerce.oro_tax_customer_tax_code(id);
ALTER TABLE orocommerce.oro_customer_sales_reps ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_customer_user ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_customer_user ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_customer_user_address ADD FOREIGN KEY (frontend_owner_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_customer_user_login ADD FOREIGN KEY (user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_customer_user_role ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_customer_user_sales_reps ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_customer_user_sdbar_st ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_customer_user_sdbar_wdg ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_customer_user_settings ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_customer_user_settings ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_customer_visitor ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_fedex_shipping_service ADD FOREIGN KEY (rule_id) REFERENCES orocommerce.oro_fedex_ship_service_rule(id);
ALTER TABLE orocommerce.oro_fedex_transp_ship_service ADD FOREIGN KEY (ship_service_id) REFERENCES orocommerce.oro_fedex_shipping_service(id);
ALTER TABLE orocommerce.oro_frontend_import_export_result ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_frontend_import_export_result ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_inventory_level ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_inventory_level ADD FOREIGN KEY (product_unit_precision_id) REFERENCES orocommerce.oro_product_unit_precision(id);
ALTER TABLE orocommerce.oro_menu_user_agent_condition ADD FOREIGN KEY (menu_update_id) REFERENCES orocommerce.oro_commerce_menu_upd(id);
ALTER TABLE orocommerce.oro_order ADD FOREIGN KEY (billing_address_id) REFERENCES orocommerce.oro_order_address(id);
ALTER TABLE orocommerce.oro_order ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_order ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_order ADD FOREIGN KEY (draft_source_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_order ADD FOREIGN KEY (parent_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_order ADD FOREIGN KEY (shipping_address_id) REFERENCES orocommerce.oro_order_address(id);
ALTER TABLE orocommerce.oro_order ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_order_address ADD FOREIGN KEY (customer_address_id) REFERENCES orocommerce.oro_customer_address(id);
ALTER TABLE orocommerce.oro_order_address ADD FOREIGN KEY (customer_user_address_id) REFERENCES orocommerce.oro_customer_user_address(id);
ALTER TABLE orocommerce.oro_order_discount ADD FOREIGN KEY (order_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_order_line_item ADD FOREIGN KEY (draft_source_id) REFERENCES orocommerce.oro_order_line_item(id);
ALTER TABLE orocommerce.oro_order_line_item ADD FOREIGN KEY (freeformtaxcode_id) REFERENCES orocommerce.oro_tax_product_tax_code(id);
ALTER TABLE orocommerce.oro_order_line_item ADD FOREIGN KEY (parent_product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_order_line_item ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_order_line_item ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_order_line_item ADD FOREIGN KEY (requestproduct_id) REFERENCES orocommerce.oro_rfp_request_product(id);
ALTER TABLE orocommerce.oro_order_line_items ADD FOREIGN KEY (line_item_id) REFERENCES orocommerce.oro_order_line_item(id);
ALTER TABLE orocommerce.oro_order_line_items ADD FOREIGN KEY (order_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_order_pdf_document ADD FOREIGN KEY (order_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_order_product_kit_item_line_item ADD FOREIGN KEY (line_item_id) REFERENCES orocommerce.oro_order_line_item(id);
ALTER TABLE orocommerce.oro_order_product_kit_item_line_item ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_order_product_kit_item_line_item ADD FOREIGN KEY (product_kit_item_id) REFERENCES orocommerce.oro_product_kit_item(id);
ALTER TABLE orocommerce.oro_order_product_kit_item_line_item ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_order_shipping_trackings ADD FOREIGN KEY (order_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_order_shipping_trackings ADD FOREIGN KEY (tracking_id) REFERENCES orocommerce.oro_order_shipping_tracking(id);
ALTER TABLE orocommerce.oro_payment_method_config ADD FOREIGN KEY (configs_rule_id) REFERENCES orocommerce.oro_payment_mtds_cfgs_rl(id);
ALTER TABLE orocommerce.oro_payment_mtds_cfgs_rl ADD FOREIGN KEY (rule_id) REFERENCES orocommerce.oro_rule(id);
ALTER TABLE orocommerce.oro_payment_mtds_cfgs_rl_d ADD FOREIGN KEY (configs_rule_id) REFERENCES orocommerce.oro_payment_mtds_cfgs_rl(id);
ALTER TABLE orocommerce.oro_payment_mtds_rule_website ADD FOREIGN KEY (oro_payment_mtds_cfgs_rl_id) REFERENCES orocommerce.oro_payment_mtds_cfgs_rl(id);
ALTER TABLE orocommerce.oro_payment_mtds_rule_website ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_payment_mtdscfgsrl_dst_pc ADD FOREIGN KEY (destination_id) REFERENCES orocommerce.oro_payment_mtds_cfgs_rl_d(id);
ALTER TABLE orocommerce.oro_payment_transaction ADD FOREIGN KEY (frontend_owner_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_payment_transaction ADD FOREIGN KEY (source_payment_transaction) REFERENCES orocommerce.oro_payment_transaction(id);
ALTER TABLE orocommerce.oro_plist_curr_combined ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_price_attribute_price ADD FOREIGN KEY (price_attribute_pl_id) REFERENCES orocommerce.oro_price_attribute_pl(id);
ALTER TABLE orocommerce.oro_price_attribute_price ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_price_attribute_price ADD FOREIGN KEY (unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_price_list_combined_build_activity ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_price_list_combined_gc ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_price_list_currency ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_list_cus_fb ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_price_list_cus_fb ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_price_list_cus_gr_fb ADD FOREIGN KEY (customer_group_id) REFERENCES orocommerce.oro_customer_group(id);
ALTER TABLE orocommerce.oro_price_list_cus_gr_fb ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_price_list_schedule ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_list_to_cus_group ADD FOREIGN KEY (customer_group_id) REFERENCES orocommerce.oro_customer_group(id);
ALTER TABLE orocommerce.oro_price_list_to_cus_group ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_list_to_cus_group ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_price_list_to_customer ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_price_list_to_customer ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_list_to_customer ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_price_list_to_product ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_list_to_product ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_price_list_to_website ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_list_to_website ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_price_list_website_fb ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_price_product ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_product ADD FOREIGN KEY (price_rule_id) REFERENCES orocommerce.oro_price_rule(id);
ALTER TABLE orocommerce.oro_price_product ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_price_product ADD FOREIGN KEY (unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_price_product_combined ADD FOREIGN KEY (combined_price_list_id) REFERENCES orocommerce.oro_price_list_combined(id);
ALTER TABLE orocommerce.oro_price_product_combined ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_price_product_combined ADD FOREIGN KEY (unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_price_rule ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_rule ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_price_rule_lexeme ADD FOREIGN KEY (price_list_id) REFERENCES orocommerce.oro_price_list(id);
ALTER TABLE orocommerce.oro_price_rule_lexeme ADD FOREIGN KEY (price_rule_id) REFERENCES orocommerce.oro_price_rule(id);
ALTER TABLE orocommerce.oro_prod_vsb_resolv ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_prod_vsb_resolv ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_prod_vsb_resolv ADD FOREIGN KEY (source_product_visibility) REFERENCES orocommerce.oro_product_visibility(id);
ALTER TABLE orocommerce.oro_product ADD FOREIGN KEY (brand_id) REFERENCES orocommerce.oro_brand(id);
ALTER TABLE orocommerce.oro_product ADD FOREIGN KEY (category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_product ADD FOREIGN KEY (default_variant_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product ADD FOREIGN KEY (primary_unit_precision_id) REFERENCES orocommerce.oro_product_unit_precision(id);
ALTER TABLE orocommerce.oro_product ADD FOREIGN KEY (taxcode_id) REFERENCES orocommerce.oro_tax_product_tax_code(id);
ALTER TABLE orocommerce.oro_product_attr_currency ADD FOREIGN KEY (price_attribute_pl_id) REFERENCES orocommerce.oro_price_attribute_pl(id);
ALTER TABLE orocommerce.oro_product_collection_sort_order ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_image ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_image_type ADD FOREIGN KEY (product_image_id) REFERENCES orocommerce.oro_product_image(id);
ALTER TABLE orocommerce.oro_product_kit_item ADD FOREIGN KEY (product_kit_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_kit_item ADD FOREIGN KEY (unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_product_kit_item_product ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_kit_item_product ADD FOREIGN KEY (product_kit_item_id) REFERENCES orocommerce.oro_product_kit_item(id);
ALTER TABLE orocommerce.oro_product_kit_item_product ADD FOREIGN KEY (product_unit_precision_id) REFERENCES orocommerce.oro_product_unit_precision(id);
ALTER TABLE orocommerce.oro_product_prod_descr ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_prod_kit_item_label ADD FOREIGN KEY (product_kit_item_id) REFERENCES orocommerce.oro_product_kit_item(id);
ALTER TABLE orocommerce.oro_product_prod_name ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_prod_s_descr ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_related_products ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_related_products ADD FOREIGN KEY (related_item_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_unit_precision ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_unit_precision ADD FOREIGN KEY (unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_product_upsell_product ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_upsell_product ADD FOREIGN KEY (related_item_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_variant_link ADD FOREIGN KEY (parent_product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_variant_link ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_product_visibility ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_promotion ADD FOREIGN KEY (discount_config_id) REFERENCES orocommerce.oro_promotion_discount_config(id);
ALTER TABLE orocommerce.oro_promotion ADD FOREIGN KEY (rule_id) REFERENCES orocommerce.oro_rule(id);
ALTER TABLE orocommerce.oro_promotion_applied ADD FOREIGN KEY (order_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_promotion_applied_coupon ADD FOREIGN KEY (applied_promotion_id) REFERENCES orocommerce.oro_promotion_applied(id);
ALTER TABLE orocommerce.oro_promotion_applied_coupon ADD FOREIGN KEY (checkout_id) REFERENCES orocommerce.oro_checkout(id);
ALTER TABLE orocommerce.oro_promotion_applied_coupon ADD FOREIGN KEY (order_id) REFERENCES orocommerce.oro_order(id);
ALTER TABLE orocommerce.oro_promotion_applied_discount ADD FOREIGN KEY (applied_promotion_id) REFERENCES orocommerce.oro_promotion_applied(id);
ALTER TABLE orocommerce.oro_promotion_applied_discount ADD FOREIGN KEY (line_item_id) REFERENCES orocommerce.oro_order_line_item(id);
ALTER TABLE orocommerce.oro_promotion_coupon ADD FOREIGN KEY (promotion_id) REFERENCES orocommerce.oro_promotion(id);
ALTER TABLE orocommerce.oro_promotion_coupon_usage ADD FOREIGN KEY (coupon_id) REFERENCES orocommerce.oro_promotion_coupon(id);
ALTER TABLE orocommerce.oro_promotion_coupon_usage ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_promotion_coupon_usage ADD FOREIGN KEY (promotion_id) REFERENCES orocommerce.oro_promotion(id);
ALTER TABLE orocommerce.oro_promotion_description ADD FOREIGN KEY (promotion_id) REFERENCES orocommerce.oro_promotion(id);
ALTER TABLE orocommerce.oro_promotion_label ADD FOREIGN KEY (promotion_id) REFERENCES orocommerce.oro_promotion(id);
ALTER TABLE orocommerce.oro_promotion_schedule ADD FOREIGN KEY (promotion_id) REFERENCES orocommerce.oro_promotion(id);
ALTER TABLE orocommerce.oro_promotion_scope ADD FOREIGN KEY (promotion_id) REFERENCES orocommerce.oro_promotion(id);
ALTER TABLE orocommerce.oro_quote_address ADD FOREIGN KEY (customer_address_id) REFERENCES orocommerce.oro_customer_address(id);
ALTER TABLE orocommerce.oro_quote_address ADD FOREIGN KEY (customer_user_address_id) REFERENCES orocommerce.oro_customer_user_address(id);
ALTER TABLE orocommerce.oro_quote_assigned_cus_users ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_quote_assigned_cus_users ADD FOREIGN KEY (quote_id) REFERENCES orocommerce.oro_sale_quote(id);
ALTER TABLE orocommerce.oro_quote_assigned_users ADD FOREIGN KEY (quote_id) REFERENCES orocommerce.oro_sale_quote(id);
ALTER TABLE orocommerce.oro_quote_demand ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_quote_demand ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_quote_demand ADD FOREIGN KEY (quote_id) REFERENCES orocommerce.oro_sale_quote(id);
ALTER TABLE orocommerce.oro_quote_demand ADD FOREIGN KEY (visitor_id) REFERENCES orocommerce.oro_customer_visitor(id);
ALTER TABLE orocommerce.oro_quote_product_demand ADD FOREIGN KEY (quote_demand_id) REFERENCES orocommerce.oro_quote_demand(id);
ALTER TABLE orocommerce.oro_quote_product_demand ADD FOREIGN KEY (quote_product_offer_id) REFERENCES orocommerce.oro_sale_quote_prod_offer(id);
ALTER TABLE orocommerce.oro_redirect ADD FOREIGN KEY (slug_id) REFERENCES orocommerce.oro_redirect_slug(id);
ALTER TABLE orocommerce.oro_redirect_scope ADD FOREIGN KEY (redirect_id) REFERENCES orocommerce.oro_redirect(id);
ALTER TABLE orocommerce.oro_related_website ADD FOREIGN KEY (related_website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_related_website ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_rfp_assigned_cus_users ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_rfp_assigned_cus_users ADD FOREIGN KEY (request_id) REFERENCES orocommerce.oro_rfp_request(id);
ALTER TABLE orocommerce.oro_rfp_assigned_users ADD FOREIGN KEY (request_id) REFERENCES orocommerce.oro_rfp_request(id);
ALTER TABLE orocommerce.oro_rfp_request ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_rfp_request ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_rfp_request ADD FOREIGN KEY (visitor_id) REFERENCES orocommerce.oro_customer_visitor(id);
ALTER TABLE orocommerce.oro_rfp_request ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_rfp_request_add_note ADD FOREIGN KEY (request_id) REFERENCES orocommerce.oro_rfp_request(id);
ALTER TABLE orocommerce.oro_rfp_request_prod_item ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_rfp_request_prod_item ADD FOREIGN KEY (request_product_id) REFERENCES orocommerce.oro_rfp_request_product(id);
ALTER TABLE orocommerce.oro_rfp_request_prod_kit_item_line_item ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_rfp_request_prod_kit_item_line_item ADD FOREIGN KEY (product_kit_item_id) REFERENCES orocommerce.oro_product_kit_item(id);
ALTER TABLE orocommerce.oro_rfp_request_prod_kit_item_line_item ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_rfp_request_prod_kit_item_line_item ADD FOREIGN KEY (request_product_id) REFERENCES orocommerce.oro_rfp_request_product(id);
ALTER TABLE orocommerce.oro_rfp_request_product ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_rfp_request_product ADD FOREIGN KEY (request_id) REFERENCES orocommerce.oro_rfp_request(id);
ALTER TABLE orocommerce.oro_sale_quote ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_sale_quote ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_sale_quote ADD FOREIGN KEY (request_id) REFERENCES orocommerce.oro_rfp_request(id);
ALTER TABLE orocommerce.oro_sale_quote ADD FOREIGN KEY (shipping_address_id) REFERENCES orocommerce.oro_quote_address(id);
ALTER TABLE orocommerce.oro_sale_quote ADD FOREIGN KEY (visitor_id) REFERENCES orocommerce.oro_customer_visitor(id);
ALTER TABLE orocommerce.oro_sale_quote ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_sale_quote_prod_offer ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_sale_quote_prod_offer ADD FOREIGN KEY (quote_product_id) REFERENCES orocommerce.oro_sale_quote_product(id);
ALTER TABLE orocommerce.oro_sale_quote_prod_request ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_sale_quote_prod_request ADD FOREIGN KEY (quote_product_id) REFERENCES orocommerce.oro_sale_quote_product(id);
ALTER TABLE orocommerce.oro_sale_quote_prod_request ADD FOREIGN KEY (request_product_item_id) REFERENCES orocommerce.oro_rfp_request_prod_item(id);
ALTER TABLE orocommerce.oro_sale_quote_product ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_sale_quote_product ADD FOREIGN KEY (product_replacement_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_sale_quote_product ADD FOREIGN KEY (quote_id) REFERENCES orocommerce.oro_sale_quote(id);
ALTER TABLE orocommerce.oro_sale_quote_product_kit_item_line_item ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_sale_quote_product_kit_item_line_item ADD FOREIGN KEY (product_kit_item_id) REFERENCES orocommerce.oro_product_kit_item(id);
ALTER TABLE orocommerce.oro_sale_quote_product_kit_item_line_item ADD FOREIGN KEY (product_unit_id) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_sale_quote_product_kit_item_line_item ADD FOREIGN KEY (quote_product_id) REFERENCES orocommerce.oro_sale_quote_product(id);
ALTER TABLE orocommerce.oro_ship_method_config ADD FOREIGN KEY (rule_id) REFERENCES orocommerce.oro_ship_method_configs_rule(id);
ALTER TABLE orocommerce.oro_ship_method_configs_rule ADD FOREIGN KEY (rule_id) REFERENCES orocommerce.oro_rule(id);
ALTER TABLE orocommerce.oro_ship_method_postal_code ADD FOREIGN KEY (destination_id) REFERENCES orocommerce.oro_shipping_rule_destination(id);
ALTER TABLE orocommerce.oro_ship_method_type_config ADD FOREIGN KEY (method_config_id) REFERENCES orocommerce.oro_ship_method_config(id);
ALTER TABLE orocommerce.oro_ship_mtds_rule_website ADD FOREIGN KEY (oro_ship_mtds_cfgs_rl_id) REFERENCES orocommerce.oro_ship_method_configs_rule(id);
ALTER TABLE orocommerce.oro_ship_mtds_rule_website ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_shipping_product_opts ADD FOREIGN KEY (dimensions_unit_code) REFERENCES orocommerce.oro_shipping_length_unit(code);
ALTER TABLE orocommerce.oro_shipping_product_opts ADD FOREIGN KEY (freight_class_code) REFERENCES orocommerce.oro_shipping_freight_class(code);
ALTER TABLE orocommerce.oro_shipping_product_opts ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_shipping_product_opts ADD FOREIGN KEY (product_unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_shipping_product_opts ADD FOREIGN KEY (weight_unit_code) REFERENCES orocommerce.oro_shipping_weight_unit(code);
ALTER TABLE orocommerce.oro_shipping_rule_destination ADD FOREIGN KEY (rule_id) REFERENCES orocommerce.oro_ship_method_configs_rule(id);
ALTER TABLE orocommerce.oro_shopping_list ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_shopping_list ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_shopping_list ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_shopping_list_line_item ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_shopping_list_line_item ADD FOREIGN KEY (parent_product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_shopping_list_line_item ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_shopping_list_line_item ADD FOREIGN KEY (saved_for_later_list_id) REFERENCES orocommerce.oro_shopping_list(id);
ALTER TABLE orocommerce.oro_shopping_list_line_item ADD FOREIGN KEY (shopping_list_id) REFERENCES orocommerce.oro_shopping_list(id);
ALTER TABLE orocommerce.oro_shopping_list_line_item ADD FOREIGN KEY (unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_shopping_list_product_kit_item_line_item ADD FOREIGN KEY (line_item_id) REFERENCES orocommerce.oro_shopping_list_line_item(id);
ALTER TABLE orocommerce.oro_shopping_list_product_kit_item_line_item ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_shopping_list_product_kit_item_line_item ADD FOREIGN KEY (product_kit_item_id) REFERENCES orocommerce.oro_product_kit_item(id);
ALTER TABLE orocommerce.oro_shopping_list_product_kit_item_line_item ADD FOREIGN KEY (unit_code) REFERENCES orocommerce.oro_product_unit(code);
ALTER TABLE orocommerce.oro_shopping_list_total ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_shopping_list_total ADD FOREIGN KEY (shopping_list_id) REFERENCES orocommerce.oro_shopping_list(id);
ALTER TABLE orocommerce.oro_slug_scope ADD FOREIGN KEY (slug_id) REFERENCES orocommerce.oro_redirect_slug(id);
ALTER TABLE orocommerce.oro_tax_prod_tax_code_prod ADD FOREIGN KEY (product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_tax_prod_tax_code_prod ADD FOREIGN KEY (product_tax_code_id) REFERENCES orocommerce.oro_tax_product_tax_code(id);
ALTER TABLE orocommerce.oro_tax_rule ADD FOREIGN KEY (customer_tax_code_id) REFERENCES orocommerce.oro_tax_customer_tax_code(id);
ALTER TABLE orocommerce.oro_tax_rule ADD FOREIGN KEY (product_tax_code_id) REFERENCES orocommerce.oro_tax_product_tax_code(id);
ALTER TABLE orocommerce.oro_tax_rule ADD FOREIGN KEY (tax_id) REFERENCES orocommerce.oro_tax(id);
ALTER TABLE orocommerce.oro_tax_rule ADD FOREIGN KEY (tax_jurisdiction_id) REFERENCES orocommerce.oro_tax_jurisdiction(id);
ALTER TABLE orocommerce.oro_tax_zip_code ADD FOREIGN KEY (tax_jurisdiction_id) REFERENCES orocommerce.oro_tax_jurisdiction(id);
ALTER TABLE orocommerce.oro_ups_transport_ship_service ADD FOREIGN KEY (ship_service_id) REFERENCES orocommerce.oro_ups_shipping_service(id);
ALTER TABLE orocommerce.oro_web_catalog_content_node ADD FOREIGN KEY (parent_id) REFERENCES orocommerce.oro_web_catalog_content_node(id);
ALTER TABLE orocommerce.oro_web_catalog_content_node ADD FOREIGN KEY (web_catalog_id) REFERENCES orocommerce.oro_web_catalog(id);
ALTER TABLE orocommerce.oro_web_catalog_node_scope ADD FOREIGN KEY (node_id) REFERENCES orocommerce.oro_web_catalog_content_node(id);
ALTER TABLE orocommerce.oro_web_catalog_node_title ADD FOREIGN KEY (node_id) REFERENCES orocommerce.oro_web_catalog_content_node(id);
ALTER TABLE orocommerce.oro_web_catalog_node_url ADD FOREIGN KEY (node_id) REFERENCES orocommerce.oro_web_catalog_content_node(id);
ALTER TABLE orocommerce.oro_web_catalog_variant ADD FOREIGN KEY (category_page_category_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_web_catalog_variant ADD FOREIGN KEY (cms_page_id) REFERENCES orocommerce.oro_cms_page(id);
ALTER TABLE orocommerce.oro_web_catalog_variant ADD FOREIGN KEY (node_id) REFERENCES orocommerce.oro_web_catalog_content_node(id);
ALTER TABLE orocommerce.oro_web_catalog_variant ADD FOREIGN KEY (product_page_product_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_web_catalog_variant_scope ADD FOREIGN KEY (variant_id) REFERENCES orocommerce.oro_web_catalog_variant(id);
ALTER TABLE orocommerce.oro_website ADD FOREIGN KEY (default_role_id) REFERENCES orocommerce.oro_customer_user_role(id);
ALTER TABLE orocommerce.oro_website ADD FOREIGN KEY (guest_role_id) REFERENCES orocommerce.oro_customer_user_role(id);
ALTER TABLE orocommerce.oro_website_search_datetime ADD FOREIGN KEY (item_id) REFERENCES orocommerce.oro_website_search_item(id);
ALTER TABLE orocommerce.oro_website_search_decimal ADD FOREIGN KEY (item_id) REFERENCES orocommerce.oro_website_search_item(id);
ALTER TABLE orocommerce.oro_website_search_integer ADD FOREIGN KEY (item_id) REFERENCES orocommerce.oro_website_search_item(id);
ALTER TABLE orocommerce.oro_website_search_result_history ADD FOREIGN KEY (customer_id) REFERENCES orocommerce.oro_customer(id);
ALTER TABLE orocommerce.oro_website_search_result_history ADD FOREIGN KEY (customer_user_id) REFERENCES orocommerce.oro_customer_user(id);
ALTER TABLE orocommerce.oro_website_search_result_history ADD FOREIGN KEY (website_id) REFERENCES orocommerce.oro_website(id);
ALTER TABLE orocommerce.oro_website_search_search_term ADD FOREIGN KEY (contentblock_id) REFERENCES orocommerce.oro_cms_content_block(id);
ALTER TABLE orocommerce.oro_website_search_search_term ADD FOREIGN KEY (redirectcategory_id) REFERENCES orocommerce.oro_catalog_category(id);
ALTER TABLE orocommerce.oro_website_search_search_term ADD FOREIGN KEY (redirectcmspage_id) REFERENCES orocommerce.oro_cms_page(id);
ALTER TABLE orocommerce.oro_website_search_search_term ADD FOREIGN KEY (redirectcontentnode_id) REFERENCES orocommerce.oro_web_catalog_content_node(id);
ALTER TABLE orocommerce.oro_website_search_search_term ADD FOREIGN KEY (redirectproduct_id) REFERENCES orocommerce.oro_product(id);
ALTER TABLE orocommerce.oro_website_search_search_term_scopes ADD FOREIGN KEY (search_term_id) REFERENCES orocommerce.oro_website_search_search_term(id);
ALTER TABLE orocommerce.oro_website_search_text ADD FOREIGN KEY (item_id) REFERENCES orocommerce.oro_website_search_item(id);
