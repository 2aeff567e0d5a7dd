-- Shopware 5, the open-source online-shop system (products called articles with their variants (details), prices per
-- customer group, images, downloads, ESD serials, configurator groups and options, manufacturers (called suppliers),
-- categories, product streams and filters, reviews (votes), back-in-stock notifications; customers (s_user) with
-- addresses, customer groups, customer streams and payment data; orders with their line items, billing and shipping
-- addresses, documents (invoices, delivery notes), history and notes, baskets; order and payment states, payment
-- methods, shipping methods (premium dispatch) and shipping costs; vouchers and voucher codes, newsletters
-- (campaigns), banners, partners, blog with comments, shopping worlds (emotions), CMS pages and forms, shops,
-- currencies, countries and states, taxes, units, backend users and ACL, plugins, config, search index and
-- statistics), as its install dump declares it: _sql/install/latest.sql of github.com/shopware5/shopware (commit
-- 8282f11, the last 5.7 line; AGPL-3.0 with the Shopware additional permission; we use the schema's facts). Its
-- MySQL CREATE TABLE statements were turned into PostgreSQL by a one-off script and loaded into an empty
-- PostgreSQL 15: all 248 tables, their primary keys (245 tables; s_articles_avoid_customergroups,
-- s_categories_avoid_customergroups and s_customer_streams_mapping have none in the source) and the 56 foreign keys
-- the dump declares (every one points at a primary key), schema shopware. Column names lower-cased as PostgreSQL
-- folds them (userID -> userid, articleID -> articleid); reserved words quoted (e.g. "group", "from", "to", "left",
-- "right", "table", "user"). int/mediumint -> integer (int unsigned -> bigint), tinyint -> smallint,
-- varchar/char kept, text/mediumtext/longtext -> text, datetime/timestamp -> timestamp, decimal -> numeric, double
-- -> double precision, float -> real, blob/binary -> bytea. The source's 26 column comments kept as COMMENT ON
-- COLUMN. Left out: auto-increment, defaults, ON DELETE/UPDATE actions, indexes, unique keys (no foreign key points
-- at one), collations and the dump's rows (config, snippets, mail templates, countries, states and the like). See
-- README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS shopware;
CREATE TABLE shopware.s_addon_premiums (
    id integer NOT NULL,
    startprice double precision NOT NULL,
    ordernumber character varying(255) NOT NULL,
    ordernumber_export character varying(255) NOT NULL,
    subshopid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles (
    id bigint NOT NULL,
    supplierid bigint,
    name character varying(100) NOT NULL,
    description text,
    description_long text,
    shippingtime character varying(11),
    datum date,
    active bigint NOT NULL,
    taxid bigint,
    pseudosales integer NOT NULL,
    topseller bigint NOT NULL,
    metatitle character varying(255),
    keywords character varying(255),
    changetime timestamp without time zone NOT NULL,
    pricegroupid bigint,
    pricegroupactive bigint NOT NULL,
    filtergroupid bigint,
    laststock integer NOT NULL,
    crossbundlelook bigint NOT NULL,
    notification bigint NOT NULL,
    template character varying(255) NOT NULL,
    mode integer NOT NULL,
    main_detail_id bigint,
    available_from timestamp without time zone,
    available_to timestamp without time zone,
    configurator_set_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_also_bought_ro (
    id integer NOT NULL,
    article_id bigint NOT NULL,
    related_article_id integer NOT NULL,
    sales bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_attributes (
    id integer NOT NULL,
    articleid bigint,
    articledetailsid bigint,
    attr1 text,
    attr2 text,
    attr3 text,
    attr4 text,
    attr5 text,
    attr6 text,
    attr7 text,
    attr8 text,
    attr9 text,
    attr10 text,
    attr11 text,
    attr12 text,
    attr13 text,
    attr14 text,
    attr15 text,
    attr16 text,
    attr17 text,
    attr18 text,
    attr19 text,
    attr20 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_avoid_customergroups (
    articleid integer NOT NULL,
    customergroupid integer NOT NULL
);
CREATE TABLE shopware.s_articles_categories (
    id bigint NOT NULL,
    articleid bigint NOT NULL,
    categoryid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_categories_ro (
    id bigint NOT NULL,
    articleid bigint NOT NULL,
    categoryid bigint NOT NULL,
    parentcategoryid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_categories_seo (
    id integer NOT NULL,
    shop_id integer NOT NULL,
    article_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_details (
    id bigint NOT NULL,
    articleid bigint NOT NULL,
    ordernumber character varying(255) NOT NULL,
    suppliernumber character varying(255),
    kind integer NOT NULL,
    additionaltext character varying(255),
    sales integer NOT NULL,
    active bigint NOT NULL,
    instock integer NOT NULL,
    stockmin bigint,
    laststock integer NOT NULL,
    weight numeric(10,3),
    position bigint NOT NULL,
    width numeric(10,3),
    height numeric(10,3),
    length numeric(10,3),
    ean character varying(255),
    unitid bigint,
    purchasesteps bigint,
    maxpurchase bigint,
    minpurchase bigint NOT NULL,
    purchaseunit numeric(11,4),
    referenceunit numeric(10,3),
    packunit character varying(255),
    releasedate date,
    shippingfree bigint NOT NULL,
    shippingtime character varying(11),
    purchaseprice double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_downloads (
    id bigint NOT NULL,
    articleid bigint NOT NULL,
    description character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    size double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_downloads_attributes (
    id integer NOT NULL,
    downloadid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_esd (
    id integer NOT NULL,
    articleid integer NOT NULL,
    articledetailsid integer NOT NULL,
    file character varying(255) NOT NULL,
    serials integer NOT NULL,
    notification integer NOT NULL,
    maxdownloads integer NOT NULL,
    datum timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_esd_attributes (
    id integer NOT NULL,
    esdid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_esd_serials (
    id integer NOT NULL,
    serialnumber character varying(255) NOT NULL,
    esdid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_img (
    id integer NOT NULL,
    articleid integer,
    img character varying(255),
    main integer NOT NULL,
    description character varying(255) NOT NULL,
    position integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    relations text NOT NULL,
    extension character varying(255) NOT NULL,
    parent_id bigint,
    article_detail_id bigint,
    media_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_img_attributes (
    id integer NOT NULL,
    imageid integer,
    attribute1 text,
    attribute2 text,
    attribute3 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_information (
    id integer NOT NULL,
    articleid integer NOT NULL,
    description character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    target character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_information_attributes (
    id integer NOT NULL,
    informationid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_notification (
    id bigint NOT NULL,
    ordernumber character varying(255) NOT NULL,
    date timestamp without time zone NOT NULL,
    mail character varying(255) NOT NULL,
    send bigint NOT NULL,
    language character varying(255) NOT NULL,
    shoplink character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_prices (
    id bigint NOT NULL,
    pricegroup character varying(30) NOT NULL,
    "from" bigint NOT NULL,
    "to" character varying(30) NOT NULL,
    articleid integer NOT NULL,
    articledetailsid integer NOT NULL,
    price double precision NOT NULL,
    pseudoprice double precision,
    baseprice double precision,
    percent numeric(10,2),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_prices_attributes (
    id integer NOT NULL,
    priceid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_relationships (
    id integer NOT NULL,
    articleid integer NOT NULL,
    relatedarticle character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_similar (
    id integer NOT NULL,
    articleid integer NOT NULL,
    relatedarticle character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_similar_shown_ro (
    id integer NOT NULL,
    article_id bigint NOT NULL,
    related_article_id integer NOT NULL,
    viewed bigint NOT NULL,
    init_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_supplier (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    img character varying(255) NOT NULL,
    link character varying(100) NOT NULL,
    description text,
    meta_title character varying(255),
    meta_description character varying(255),
    meta_keywords character varying(255),
    changed timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_supplier_attributes (
    id integer NOT NULL,
    supplierid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_top_seller_ro (
    id integer NOT NULL,
    article_id bigint NOT NULL,
    sales bigint NOT NULL,
    last_cleared timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_translations (
    id integer NOT NULL,
    articleid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(255) NOT NULL,
    keywords text NOT NULL,
    description text NOT NULL,
    description_long text NOT NULL,
    description_clear text NOT NULL,
    shippingtime text NOT NULL,
    attr1 character varying(255) NOT NULL,
    attr2 character varying(255) NOT NULL,
    attr3 character varying(255) NOT NULL,
    attr4 character varying(255) NOT NULL,
    attr5 character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_articles_vote (
    id integer NOT NULL,
    articleid integer NOT NULL,
    name character varying(255) NOT NULL,
    headline character varying(255) NOT NULL,
    comment text NOT NULL,
    points double precision NOT NULL,
    datum timestamp without time zone NOT NULL,
    active integer NOT NULL,
    email character varying(255) NOT NULL,
    answer text NOT NULL,
    answer_date timestamp without time zone,
    shop_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_dependencies (
    id bigint NOT NULL,
    configurator_set_id bigint NOT NULL,
    parent_id bigint,
    child_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_groups (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_groups_attributes (
    id integer NOT NULL,
    groupid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_options (
    id bigint NOT NULL,
    group_id bigint,
    name character varying(255) NOT NULL,
    position integer NOT NULL,
    media_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_options_attributes (
    id integer NOT NULL,
    optionid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_option_relations (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    option_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_price_variations (
    id bigint NOT NULL,
    configurator_set_id bigint NOT NULL,
    variation numeric(10,3) NOT NULL,
    options text,
    is_gross integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_sets (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    public smallint NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_set_group_relations (
    set_id bigint NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (set_id, group_id)
);
CREATE TABLE shopware.s_article_configurator_set_option_relations (
    set_id bigint NOT NULL,
    option_id bigint NOT NULL,
    PRIMARY KEY (set_id, option_id)
);
CREATE TABLE shopware.s_article_configurator_templates (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    order_number character varying(255) NOT NULL,
    suppliernumber character varying(255),
    additionaltext character varying(255),
    impressions integer NOT NULL,
    sales integer NOT NULL,
    active bigint NOT NULL,
    instock integer,
    stockmin bigint,
    laststock smallint NOT NULL,
    weight numeric(10,3),
    position bigint NOT NULL,
    width numeric(10,3),
    height numeric(10,3),
    length numeric(10,3),
    ean character varying(255),
    unit_id bigint,
    purchasesteps bigint,
    maxpurchase bigint,
    minpurchase bigint,
    purchaseunit numeric(11,4),
    referenceunit numeric(10,3),
    packunit character varying(255),
    releasedate date,
    shippingfree bigint NOT NULL,
    shippingtime character varying(11),
    purchaseprice double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_templates_attributes (
    id integer NOT NULL,
    template_id bigint,
    attr1 text,
    attr2 text,
    attr3 text,
    attr4 text,
    attr5 text,
    attr6 text,
    attr7 text,
    attr8 text,
    attr9 text,
    attr10 text,
    attr11 text,
    attr12 text,
    attr13 text,
    attr14 text,
    attr15 text,
    attr16 text,
    attr17 text,
    attr18 text,
    attr19 text,
    attr20 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_template_prices (
    id bigint NOT NULL,
    template_id bigint,
    customer_group_key character varying(30) NOT NULL,
    "from" bigint NOT NULL,
    "to" character varying(30) NOT NULL,
    price double precision NOT NULL,
    pseudoprice double precision,
    percent numeric(10,2),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_configurator_template_prices_attributes (
    id integer NOT NULL,
    template_price_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_img_mappings (
    id integer NOT NULL,
    image_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_article_img_mapping_rules (
    id integer NOT NULL,
    mapping_id integer NOT NULL,
    option_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_attribute_configuration (
    id integer NOT NULL,
    table_name character varying(255) NOT NULL,
    column_name character varying(255) NOT NULL,
    column_type character varying(255) NOT NULL,
    default_value character varying(500),
    position integer NOT NULL,
    translatable integer NOT NULL,
    display_in_backend integer NOT NULL,
    custom integer NOT NULL,
    help_text text,
    support_text character varying(500),
    label character varying(255),
    entity character varying(500),
    array_store text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_benchmark_config (
    id bytea NOT NULL,
    shop_id integer NOT NULL,
    active smallint NOT NULL,
    last_sent timestamp without time zone NOT NULL,
    last_received timestamp without time zone NOT NULL,
    last_order_id integer NOT NULL,
    last_customer_id integer NOT NULL,
    last_product_id integer NOT NULL,
    last_analytics_id integer NOT NULL,
    last_updated_orders_date timestamp without time zone,
    batch_size integer NOT NULL,
    industry integer,
    type character varying(20),
    response_token character varying(200),
    cached_template text,
    locked timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_billing_template (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    typ integer NOT NULL,
    "group" character varying(255) NOT NULL,
    "desc" character varying(255) NOT NULL,
    position integer NOT NULL,
    show integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_blog (
    id bigint NOT NULL,
    title character varying(255) NOT NULL,
    author_id integer,
    active integer NOT NULL,
    short_description text NOT NULL,
    description text NOT NULL,
    views bigint,
    display_date timestamp without time zone NOT NULL,
    category_id bigint,
    template character varying(255) NOT NULL,
    meta_keywords character varying(255),
    meta_description character varying(150),
    meta_title character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_blog_assigned_articles (
    id bigint NOT NULL,
    blog_id bigint NOT NULL,
    article_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_blog_attributes (
    id integer NOT NULL,
    blog_id bigint,
    attribute1 text,
    attribute2 text,
    attribute3 text,
    attribute4 text,
    attribute5 text,
    attribute6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_blog_comments (
    id integer NOT NULL,
    blog_id bigint,
    name character varying(255) NOT NULL,
    headline character varying(255) NOT NULL,
    comment text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    active integer NOT NULL,
    email character varying(255) NOT NULL,
    points double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_blog_media (
    id bigint NOT NULL,
    blog_id bigint NOT NULL,
    media_id bigint NOT NULL,
    preview integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_blog_tags (
    id bigint NOT NULL,
    blog_id bigint,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_articles (
    id integer NOT NULL,
    parentid integer NOT NULL,
    articleordernumber character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(30) NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_banner (
    id integer NOT NULL,
    parentid integer NOT NULL,
    image character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    linktarget character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_containers (
    id integer NOT NULL,
    promotionid integer,
    value character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_groups (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_html (
    id integer NOT NULL,
    parentid integer,
    headline character varying(255) NOT NULL,
    html text NOT NULL,
    image character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    alignment character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_links (
    id integer NOT NULL,
    parentid integer NOT NULL,
    description character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    target character varying(255) NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_logs (
    id integer NOT NULL,
    datum timestamp without time zone NOT NULL,
    mailingid integer NOT NULL,
    email character varying(255) NOT NULL,
    articleid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_mailaddresses (
    id integer NOT NULL,
    customer integer NOT NULL,
    groupid integer NOT NULL,
    email character varying(90) NOT NULL,
    lastmailing integer NOT NULL,
    lastread integer NOT NULL,
    added timestamp without time zone,
    double_optin_confirmed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_maildata (
    id bigint NOT NULL,
    email character varying(255) NOT NULL,
    groupid bigint NOT NULL,
    salutation character varying(255),
    title character varying(255),
    firstname character varying(255),
    lastname character varying(255),
    street character varying(255),
    zipcode character varying(255),
    city character varying(255),
    added timestamp without time zone NOT NULL,
    double_optin_confirmed timestamp without time zone,
    deleted timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_mailings (
    id integer NOT NULL,
    datum date,
    groups text NOT NULL,
    subject character varying(100) NOT NULL,
    sendermail character varying(255) NOT NULL,
    sendername character varying(255) NOT NULL,
    plaintext integer NOT NULL,
    templateid integer NOT NULL,
    languageid integer NOT NULL,
    status integer NOT NULL,
    locked timestamp without time zone,
    recipients integer NOT NULL,
    read integer NOT NULL,
    clicked integer NOT NULL,
    customergroup character varying(25) NOT NULL,
    publish bigint NOT NULL,
    timed_delivery timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_positions (
    id integer NOT NULL,
    promotionid integer NOT NULL,
    containerid integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_sender (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_campaigns_templates (
    id integer NOT NULL,
    path character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_categories (
    id bigint NOT NULL,
    parent bigint,
    path character varying(255),
    description character varying(255) NOT NULL,
    position bigint,
    "left" bigint NOT NULL,
    "right" bigint NOT NULL,
    level bigint NOT NULL,
    added timestamp without time zone NOT NULL,
    changed timestamp without time zone NOT NULL,
    metakeywords text,
    metadescription text,
    cmsheadline character varying(255),
    cmstext text,
    template character varying(255),
    active integer NOT NULL,
    blog integer NOT NULL,
    external character varying(255),
    hidefilter integer NOT NULL,
    hidetop integer NOT NULL,
    mediaid bigint,
    product_box_layout character varying(50),
    meta_title character varying(255),
    stream_id bigint,
    hide_sortings integer NOT NULL,
    sorting_ids text,
    facet_ids text,
    external_target character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_categories_attributes (
    id integer NOT NULL,
    categoryid bigint,
    attribute1 text,
    attribute2 text,
    attribute3 text,
    attribute4 text,
    attribute5 text,
    attribute6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_categories_avoid_customergroups (
    categoryid integer NOT NULL,
    customergroupid integer NOT NULL
);
CREATE TABLE shopware.s_cms_static (
    id integer NOT NULL,
    active smallint NOT NULL,
    tpl1variable character varying(255) NOT NULL,
    tpl1path character varying(255) NOT NULL,
    tpl2variable character varying(255) NOT NULL,
    tpl2path character varying(255) NOT NULL,
    tpl3variable character varying(255) NOT NULL,
    tpl3path character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    html text NOT NULL,
    grouping character varying(255) NOT NULL,
    position integer NOT NULL,
    link character varying(255) NOT NULL,
    target character varying(255) NOT NULL,
    parentid integer NOT NULL,
    page_title character varying(255) NOT NULL,
    meta_keywords character varying(255) NOT NULL,
    meta_description character varying(255) NOT NULL,
    changed timestamp without time zone NOT NULL,
    shop_ids character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_cms_static_attributes (
    id integer NOT NULL,
    cmsstaticid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_cms_static_groups (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    key character varying(255) NOT NULL,
    active integer NOT NULL,
    mapping_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_cms_support (
    id integer NOT NULL,
    active smallint NOT NULL,
    name character varying(255) NOT NULL,
    text text NOT NULL,
    email character varying(255) NOT NULL,
    email_template text NOT NULL,
    email_subject character varying(255) NOT NULL,
    text2 text NOT NULL,
    meta_title character varying(255),
    meta_keywords character varying(255),
    meta_description text,
    ticket_typeid integer NOT NULL,
    isocode character varying(3) NOT NULL,
    shop_ids character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_cms_support_attributes (
    id integer NOT NULL,
    cmssupportid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_cms_support_fields (
    id integer NOT NULL,
    error_msg character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    note character varying(255),
    typ character varying(255) NOT NULL,
    required integer NOT NULL,
    supportid integer NOT NULL,
    label character varying(255) NOT NULL,
    class character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    added timestamp without time zone NOT NULL,
    position integer NOT NULL,
    ticket_task character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_acl_privileges (
    id integer NOT NULL,
    resourceid integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_acl_resources (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    pluginid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_acl_roles (
    id integer NOT NULL,
    roleid integer NOT NULL,
    resourceid integer,
    privilegeid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_auth (
    id integer NOT NULL,
    roleid integer NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    encoder character varying(255) NOT NULL,
    apikey character varying(40),
    localeid integer NOT NULL,
    sessionid character varying(128),
    lastlogin timestamp without time zone NOT NULL,
    name character varying(255) NOT NULL,
    email character varying(120) NOT NULL,
    active integer NOT NULL,
    failedlogins integer NOT NULL,
    lockeduntil timestamp without time zone,
    extended_editor smallint NOT NULL,
    disabled_cache smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_auth_attributes (
    id integer NOT NULL,
    authid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_auth_config (
    user_id integer NOT NULL,
    name character varying(255) NOT NULL,
    config text NOT NULL,
    PRIMARY KEY (user_id, name)
);
CREATE TABLE shopware.s_core_auth_roles (
    id integer NOT NULL,
    parentid integer,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    source character varying(255) NOT NULL,
    enabled integer NOT NULL,
    admin integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_config_elements (
    id bigint NOT NULL,
    form_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    label character varying(255),
    description text,
    type character varying(255) NOT NULL,
    required bigint NOT NULL,
    position integer NOT NULL,
    scope bigint NOT NULL,
    options bytea,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_config_element_translations (
    id bigint NOT NULL,
    element_id bigint NOT NULL,
    locale_id bigint NOT NULL,
    label character varying(255),
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_config_forms (
    id bigint NOT NULL,
    parent_id bigint,
    name character varying(255) NOT NULL,
    label character varying(255),
    description text,
    position integer NOT NULL,
    plugin_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_config_form_translations (
    id bigint NOT NULL,
    form_id bigint NOT NULL,
    locale_id bigint NOT NULL,
    label character varying(255),
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_config_mails (
    id integer NOT NULL,
    stateid integer,
    name character varying(255) NOT NULL,
    frommail character varying(255) NOT NULL,
    fromname character varying(255) NOT NULL,
    subject character varying(255) NOT NULL,
    content text NOT NULL,
    contenthtml text NOT NULL,
    ishtml integer NOT NULL,
    attachment character varying(255) NOT NULL,
    mailtype integer NOT NULL,
    context text,
    dirty integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_config_mails_attachments (
    id integer NOT NULL,
    mailid integer NOT NULL,
    mediaid integer NOT NULL,
    shopid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_config_mails_attributes (
    id integer NOT NULL,
    mailid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_config_values (
    id bigint NOT NULL,
    element_id bigint NOT NULL,
    shop_id bigint,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_countries (
    id integer NOT NULL,
    countryname character varying(255),
    countryiso character varying(255),
    areaid integer,
    countryen character varying(255),
    position integer,
    notice text,
    taxfree integer,
    taxfree_ustid integer,
    taxfree_ustid_checked integer,
    active integer,
    iso3 character varying(45),
    display_state_in_registration integer NOT NULL,
    force_state_in_registration integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_countries_areas (
    id integer NOT NULL,
    name character varying(255),
    active integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_countries_attributes (
    id integer NOT NULL,
    countryid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_countries_states (
    id integer NOT NULL,
    countryid integer,
    name character varying(255),
    shortcode character varying(255) NOT NULL,
    position integer,
    active integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_countries_states_attributes (
    id integer NOT NULL,
    stateid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_currencies (
    id integer NOT NULL,
    currency character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    standard integer NOT NULL,
    factor double precision NOT NULL,
    templatechar character varying(255) NOT NULL,
    symbol_position bigint NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_customergroups (
    id integer NOT NULL,
    groupkey character varying(5) NOT NULL,
    description character varying(30) NOT NULL,
    tax integer NOT NULL,
    taxinput integer NOT NULL,
    mode integer NOT NULL,
    discount double precision NOT NULL,
    minimumorder double precision NOT NULL,
    minimumordersurcharge double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_customergroups_attributes (
    id integer NOT NULL,
    customergroupid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_customergroups_discounts (
    id integer NOT NULL,
    groupid integer NOT NULL,
    basketdiscount double precision NOT NULL,
    basketdiscountstart double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_customerpricegroups (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    netto bigint NOT NULL,
    active bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_detail_states (
    id integer NOT NULL,
    description character varying(255) NOT NULL,
    position integer NOT NULL,
    mail integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_documents (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    template character varying(255) NOT NULL,
    numbers character varying(25) NOT NULL,
    "left" integer NOT NULL,
    "right" integer NOT NULL,
    top integer NOT NULL,
    bottom integer NOT NULL,
    pagebreak integer NOT NULL,
    key character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_documents_box (
    id integer NOT NULL,
    documentid integer NOT NULL,
    name character varying(35) NOT NULL,
    style text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_engine_elements (
    id integer NOT NULL,
    groupid bigint NOT NULL,
    domname character varying(60) NOT NULL,
    "default" character varying(255),
    type character varying(255) NOT NULL,
    store character varying(255),
    label character varying(255),
    required integer NOT NULL,
    position integer NOT NULL,
    name character varying(255) NOT NULL,
    layout character varying(255),
    variantable bigint NOT NULL,
    help character varying(255),
    translatable bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_engine_groups (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    label character varying(255),
    layout character varying(255),
    variantable bigint NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_licenses (
    id bigint NOT NULL,
    module character varying(255) NOT NULL,
    host character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    license text NOT NULL,
    version character varying(255) NOT NULL,
    notation character varying(255),
    type bigint NOT NULL,
    source bigint NOT NULL,
    added date NOT NULL,
    creation date,
    expiration date,
    active integer NOT NULL,
    plugin_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_locales (
    id bigint NOT NULL,
    locale character varying(255) NOT NULL,
    language character varying(255) NOT NULL,
    territory character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_log (
    id integer NOT NULL,
    type character varying(255) NOT NULL,
    key character varying(255) NOT NULL,
    text text NOT NULL,
    date timestamp without time zone NOT NULL,
    "user" character varying(255) NOT NULL,
    ip_address character varying(255) NOT NULL,
    user_agent character varying(255) NOT NULL,
    value4 character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_menu (
    id integer NOT NULL,
    parent bigint,
    name character varying(255) NOT NULL,
    onclick character varying(255),
    class character varying(255),
    position integer NOT NULL,
    active integer NOT NULL,
    pluginid bigint,
    controller character varying(255),
    shortcut character varying(255),
    action character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_optin (
    id integer NOT NULL,
    type character varying(255),
    datum timestamp without time zone NOT NULL,
    hash character varying(255) NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_paymentmeans (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    template character varying(255) NOT NULL,
    class character varying(255) NOT NULL,
    "table" character varying(70) NOT NULL,
    hide integer NOT NULL,
    additionaldescription text NOT NULL,
    debit_percent double precision NOT NULL,
    surcharge double precision NOT NULL,
    surchargestring character varying(255) NOT NULL,
    position integer NOT NULL,
    active integer NOT NULL,
    esdactive integer NOT NULL,
    embediframe character varying(255) NOT NULL,
    hideprospect integer NOT NULL,
    action character varying(255),
    pluginid bigint,
    source integer,
    mobile_inactive integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_paymentmeans_attributes (
    id integer NOT NULL,
    paymentmeanid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_paymentmeans_countries (
    paymentid bigint NOT NULL,
    countryid bigint NOT NULL,
    PRIMARY KEY (paymentid, countryid)
);
CREATE TABLE shopware.s_core_paymentmeans_subshops (
    paymentid bigint NOT NULL,
    subshopid bigint NOT NULL,
    PRIMARY KEY (paymentid, subshopid)
);
CREATE TABLE shopware.s_core_payment_data (
    id integer NOT NULL,
    payment_mean_id integer NOT NULL,
    user_id integer NOT NULL,
    use_billing_data integer,
    bankname character varying(255),
    bic character varying(50),
    iban character varying(50),
    account_number character varying(50),
    bank_code character varying(50),
    account_holder character varying(50),
    created_at date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_payment_instance (
    id integer NOT NULL,
    payment_mean_id integer,
    order_id integer,
    user_id integer,
    firstname character varying(255),
    lastname character varying(255),
    address character varying(255),
    zipcode character varying(15),
    city character varying(50),
    account_number character varying(50),
    account_holder character varying(255),
    bank_name character varying(255),
    bank_code character varying(255),
    bic character varying(50),
    iban character varying(50),
    amount numeric(20,4),
    created_at date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_plugins (
    id bigint NOT NULL,
    namespace character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    source character varying(255) NOT NULL,
    description text,
    translations text,
    description_long text,
    active bigint NOT NULL,
    added timestamp without time zone NOT NULL,
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
    capability_update integer NOT NULL,
    capability_install integer NOT NULL,
    capability_enable integer NOT NULL,
    update_source character varying(255),
    update_version character varying(255),
    capability_secure_uninstall integer NOT NULL,
    in_safe_mode smallint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_plugin_categories (
    id integer NOT NULL,
    locale character varying(50) NOT NULL,
    parent_id integer,
    name text NOT NULL,
    PRIMARY KEY (id, locale)
);
CREATE TABLE shopware.s_core_pricegroups (
    id integer NOT NULL,
    description character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_pricegroups_discounts (
    id integer NOT NULL,
    groupid integer NOT NULL,
    customergroupid integer NOT NULL,
    discount double precision NOT NULL,
    discountstart double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_rewrite_urls (
    id bigint NOT NULL,
    org_path character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    main bigint NOT NULL,
    subshopid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_rulesets (
    id integer NOT NULL,
    paymentid integer NOT NULL,
    rule1 character varying(255) NOT NULL,
    value1 character varying(255) NOT NULL,
    rule2 character varying(255) NOT NULL,
    value2 character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_sessions (
    id character varying(128) NOT NULL,
    data bytea NOT NULL,
    modified bigint NOT NULL,
    expiry bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_sessions_backend (
    id character varying(128) NOT NULL,
    data bytea NOT NULL,
    modified bigint NOT NULL,
    expiry bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_shops (
    id bigint NOT NULL,
    main_id bigint,
    name character varying(255) NOT NULL,
    title character varying(255),
    position integer NOT NULL,
    host character varying(255),
    base_path character varying(255),
    base_url character varying(255),
    hosts text NOT NULL,
    secure bigint NOT NULL,
    template_id bigint,
    document_template_id bigint,
    category_id bigint,
    locale_id bigint,
    currency_id bigint,
    customer_group_id bigint,
    fallback_id bigint,
    customer_scope integer NOT NULL,
    "default" bigint NOT NULL,
    active integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_shop_currencies (
    shop_id bigint NOT NULL,
    currency_id bigint NOT NULL,
    PRIMARY KEY (shop_id, currency_id)
);
CREATE TABLE shopware.s_core_shop_pages (
    shop_id bigint NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (shop_id, group_id)
);
CREATE TABLE shopware.s_core_snippets (
    id bigint NOT NULL,
    namespace character varying(255) NOT NULL,
    shopid bigint NOT NULL,
    localeid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    dirty integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_states (
    id integer NOT NULL,
    name character varying(55),
    description character varying(255) NOT NULL,
    position integer NOT NULL,
    "group" character varying(25) NOT NULL,
    mail integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_subscribes (
    id integer NOT NULL,
    subscribe character varying(255) NOT NULL,
    type bigint NOT NULL,
    listener character varying(255) NOT NULL,
    pluginid bigint,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_tax (
    id integer NOT NULL,
    tax numeric(10,2) NOT NULL,
    description character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_tax_rules (
    id bigint NOT NULL,
    areaid bigint,
    countryid bigint,
    stateid bigint,
    groupid bigint NOT NULL,
    customer_groupid bigint NOT NULL,
    tax numeric(10,2) NOT NULL,
    name character varying(255) NOT NULL,
    active bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_templates (
    id integer NOT NULL,
    template character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    author character varying(255),
    license character varying(255),
    esi smallint NOT NULL,
    style_support smallint NOT NULL,
    emotion smallint NOT NULL,
    version bigint NOT NULL,
    plugin_id bigint,
    parent_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_templates_config_elements (
    id integer NOT NULL,
    template_id integer NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    position integer NOT NULL,
    default_value text,
    selection text,
    field_label character varying(255),
    support_text character varying(255),
    allow_blank integer NOT NULL,
    container_id integer NOT NULL,
    attributes text,
    less_compatible integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_templates_config_layout (
    id integer NOT NULL,
    parent_id integer,
    template_id integer NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    title character varying(255),
    attributes text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_templates_config_set (
    id integer NOT NULL,
    template_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    element_values text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_templates_config_values (
    id integer NOT NULL,
    element_id integer NOT NULL,
    shop_id integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_theme_settings (
    id integer NOT NULL,
    compiler_force integer NOT NULL,
    compiler_create_source_map integer NOT NULL,
    compiler_compress_css integer NOT NULL,
    compiler_compress_js integer NOT NULL,
    force_reload_snippets integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_translations (
    id integer NOT NULL,
    objecttype character varying(255) NOT NULL,
    objectdata text NOT NULL,
    objectkey bigint NOT NULL,
    objectlanguage character varying(255) NOT NULL,
    dirty integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_units (
    id integer NOT NULL,
    unit character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_widgets (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    label character varying(255),
    plugin_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_core_widget_views (
    id bigint NOT NULL,
    widget_id bigint NOT NULL,
    auth_id bigint NOT NULL,
    "column" bigint NOT NULL,
    position bigint NOT NULL,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_crontab (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    action character varying(255) NOT NULL,
    elementid integer,
    data text NOT NULL,
    next timestamp without time zone,
    start timestamp without time zone,
    interval integer NOT NULL,
    active integer NOT NULL,
    disable_on_error smallint NOT NULL,
    "end" timestamp without time zone,
    inform_template character varying(255) NOT NULL,
    inform_mail character varying(255) NOT NULL,
    pluginid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_customer_search_index (
    id integer NOT NULL,
    email character varying(70),
    active integer,
    accountmode integer,
    firstlogin date,
    newsletter integer,
    shop_id integer,
    default_billing_address_id integer,
    title character varying(100),
    salutation character varying(30),
    firstname character varying(255),
    lastname character varying(255),
    birthday date,
    customernumber character varying(30),
    customer_group_id integer,
    customer_group_name character varying(255),
    payment_id integer,
    company character varying(255),
    department character varying(255),
    street character varying(255),
    zipcode character varying(255),
    city character varying(255),
    phone character varying(255),
    additional_address_line1 character varying(255),
    additional_address_line2 character varying(255),
    country_id integer,
    country_name character varying(255),
    state_id integer,
    age integer,
    count_orders integer,
    invoice_amount_sum double precision,
    invoice_amount_avg double precision,
    invoice_amount_min double precision,
    invoice_amount_max double precision,
    first_order_time date,
    last_order_time date,
    has_canceled_orders integer,
    product_avg double precision,
    ordered_at_weekdays text,
    ordered_in_shops text,
    ordered_on_devices text,
    ordered_with_deliveries text,
    ordered_with_payments text,
    ordered_products text,
    ordered_products_of_categories text,
    ordered_products_of_manufacturer text,
    index_time timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_customer_streams (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    conditions text,
    description text,
    freeze_up timestamp without time zone,
    static integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_customer_streams_attributes (
    id integer NOT NULL,
    streamid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_customer_streams_mapping (
    stream_id integer NOT NULL,
    customer_id integer NOT NULL
);
CREATE TABLE shopware.s_emarketing_banners (
    id integer NOT NULL,
    description character varying(60) NOT NULL,
    valid_from timestamp without time zone,
    valid_to timestamp without time zone,
    img character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    link_target character varying(255) NOT NULL,
    categoryid integer NOT NULL,
    extension character varying(25) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_banners_attributes (
    id integer NOT NULL,
    bannerid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_banners_statistics (
    id integer NOT NULL,
    bannerid integer NOT NULL,
    display_date date NOT NULL,
    clicks integer NOT NULL,
    views integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_lastarticles (
    id integer NOT NULL,
    articleid bigint NOT NULL,
    sessionid character varying(128),
    time timestamp without time zone NOT NULL,
    userid bigint NOT NULL,
    shopid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_partner (
    id integer NOT NULL,
    idcode character varying(255) NOT NULL,
    datum date NOT NULL,
    company character varying(255) NOT NULL,
    contact character varying(255) NOT NULL,
    street character varying(255) NOT NULL,
    zipcode character varying(15) NOT NULL,
    city character varying(255) NOT NULL,
    phone character varying(50) NOT NULL,
    fax character varying(50) NOT NULL,
    country character varying(255) NOT NULL,
    email character varying(100) NOT NULL,
    web character varying(255) NOT NULL,
    profil text NOT NULL,
    fix double precision NOT NULL,
    percent double precision NOT NULL,
    cookielifetime integer NOT NULL,
    active integer NOT NULL,
    userid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_partner_attributes (
    id integer NOT NULL,
    partnerid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_referer (
    id integer NOT NULL,
    userid integer NOT NULL,
    referer text NOT NULL,
    date date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_tellafriend (
    id integer NOT NULL,
    datum date NOT NULL,
    recipient character varying(50) NOT NULL,
    sender integer NOT NULL,
    confirmed integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_vouchers (
    id integer NOT NULL,
    description character varying(255) NOT NULL,
    vouchercode character varying(100) NOT NULL,
    numberofunits integer NOT NULL,
    value double precision NOT NULL,
    minimumcharge double precision NOT NULL,
    shippingfree integer NOT NULL,
    bindtosupplier integer,
    valid_from date,
    valid_to date,
    ordercode character varying(255) NOT NULL,
    modus integer NOT NULL,
    percental integer NOT NULL,
    numorder integer NOT NULL,
    customergroup integer,
    restrictarticles text NOT NULL,
    strict integer NOT NULL,
    subshopid integer,
    taxconfig character varying(15) NOT NULL,
    customer_stream_ids text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_vouchers_attributes (
    id integer NOT NULL,
    voucherid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emarketing_voucher_codes (
    id integer NOT NULL,
    voucherid integer NOT NULL,
    userid integer,
    code character varying(255) NOT NULL,
    cashed integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion (
    id integer NOT NULL,
    active integer NOT NULL,
    name character varying(255) NOT NULL,
    cols integer,
    cell_spacing integer NOT NULL,
    cell_height integer NOT NULL,
    article_height integer NOT NULL,
    rows integer NOT NULL,
    valid_from timestamp without time zone,
    valid_to timestamp without time zone,
    userid integer,
    show_listing integer NOT NULL,
    is_landingpage integer NOT NULL,
    seo_title character varying(255) NOT NULL,
    seo_keywords character varying(255) NOT NULL,
    seo_description text NOT NULL,
    create_date timestamp without time zone,
    modified timestamp without time zone,
    template_id integer,
    device character varying(255),
    fullscreen integer NOT NULL,
    mode character varying(255) NOT NULL,
    position integer,
    parent_id integer,
    preview_id integer,
    preview_secret character varying(32),
    customer_stream_ids text,
    replacement text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_attributes (
    id integer NOT NULL,
    emotionid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_categories (
    id integer NOT NULL,
    emotion_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_element (
    id integer NOT NULL,
    emotionid integer NOT NULL,
    componentid integer NOT NULL,
    start_row integer NOT NULL,
    start_col integer NOT NULL,
    end_row integer NOT NULL,
    end_col integer NOT NULL,
    css_class character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_element_value (
    id integer NOT NULL,
    emotionid integer NOT NULL,
    elementid integer NOT NULL,
    componentid integer NOT NULL,
    fieldid integer NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_element_viewports (
    id integer NOT NULL,
    elementid integer NOT NULL,
    emotionid integer NOT NULL,
    alias character varying(255) NOT NULL,
    start_row integer NOT NULL,
    start_col integer NOT NULL,
    end_row integer NOT NULL,
    end_col integer NOT NULL,
    visible integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_presets (
    id bigint NOT NULL,
    name character varying(255),
    premium smallint NOT NULL,
    custom smallint NOT NULL,
    thumbnail text,
    preview text,
    preset_data text NOT NULL,
    required_plugins text,
    emotion_translations text,
    assets_imported smallint NOT NULL,
    hidden smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_preset_translations (
    id bigint NOT NULL,
    presetid bigint NOT NULL,
    label character varying(255) NOT NULL,
    description text NOT NULL,
    locale character varying(15) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_shops (
    id integer NOT NULL,
    emotion_id integer NOT NULL,
    shop_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_emotion_templates (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    file character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_es_backend_backlog (
    id integer NOT NULL,
    entity character varying(500) NOT NULL,
    entity_id integer NOT NULL,
    time timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_es_backlog (
    id integer NOT NULL,
    event character varying(255) NOT NULL,
    payload text NOT NULL,
    time timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_export (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    last_export timestamp without time zone NOT NULL,
    active integer NOT NULL,
    hash character varying(255) NOT NULL,
    show integer NOT NULL,
    count_articles integer NOT NULL,
    expiry timestamp without time zone NOT NULL,
    interval integer NOT NULL,
    formatid integer NOT NULL,
    last_change timestamp without time zone NOT NULL,
    filename character varying(255) NOT NULL,
    encodingid integer NOT NULL,
    categoryid integer,
    currencyid integer,
    customergroupid integer,
    partnerid character varying(255),
    languageid integer,
    active_filter integer NOT NULL,
    image_filter integer NOT NULL,
    stockmin_filter integer NOT NULL,
    instock_filter integer NOT NULL,
    price_filter double precision NOT NULL,
    own_filter text NOT NULL,
    header text NOT NULL,
    body text NOT NULL,
    footer text NOT NULL,
    count_filter integer NOT NULL,
    multishopid integer,
    variant_export bigint NOT NULL,
    cache_refreshed timestamp without time zone,
    dirty integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_export_articles (
    feedid integer NOT NULL,
    articleid integer NOT NULL,
    PRIMARY KEY (feedid, articleid)
);
CREATE TABLE shopware.s_export_attributes (
    id integer NOT NULL,
    exportid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_export_categories (
    feedid integer NOT NULL,
    categoryid integer NOT NULL,
    PRIMARY KEY (feedid, categoryid)
);
CREATE TABLE shopware.s_export_suppliers (
    feedid integer NOT NULL,
    supplierid integer NOT NULL,
    PRIMARY KEY (feedid, supplierid)
);
CREATE TABLE shopware.s_filter (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    position integer NOT NULL,
    comparable integer NOT NULL,
    sortmode integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_filter_articles (
    articleid bigint NOT NULL,
    valueid bigint NOT NULL,
    PRIMARY KEY (articleid, valueid)
);
CREATE TABLE shopware.s_filter_attributes (
    id integer NOT NULL,
    filterid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_filter_options (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    filterable integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_filter_options_attributes (
    id integer NOT NULL,
    optionid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_filter_relations (
    id integer NOT NULL,
    groupid integer NOT NULL,
    optionid integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_filter_values (
    id integer NOT NULL,
    optionid integer NOT NULL,
    value character varying(255) NOT NULL,
    position integer NOT NULL,
    media_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_filter_values_attributes (
    id integer NOT NULL,
    valueid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_library_component (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    x_type character varying(255) NOT NULL,
    convert_function character varying(255),
    description text NOT NULL,
    template character varying(255) NOT NULL,
    cls character varying(255) NOT NULL,
    pluginid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_library_component_field (
    id integer NOT NULL,
    componentid integer NOT NULL,
    name character varying(255) NOT NULL,
    x_type character varying(255) NOT NULL,
    value_type character varying(255) NOT NULL,
    field_label character varying(255) NOT NULL,
    support_text character varying(255) NOT NULL,
    help_title character varying(255) NOT NULL,
    help_text text NOT NULL,
    store character varying(255) NOT NULL,
    display_field character varying(255) NOT NULL,
    value_field character varying(255) NOT NULL,
    default_value text NOT NULL,
    allow_blank integer NOT NULL,
    translatable integer NOT NULL,
    position integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_media (
    id integer NOT NULL,
    albumid integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    path character varying(255) NOT NULL,
    type character varying(50) NOT NULL,
    extension character varying(20) NOT NULL,
    file_size bigint NOT NULL,
    width bigint,
    height bigint,
    userid integer NOT NULL,
    created date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_media_album (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parentid integer,
    position integer NOT NULL,
    garbage_collectable smallint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_media_album_settings (
    id integer NOT NULL,
    albumid integer NOT NULL,
    create_thumbnails integer NOT NULL,
    thumbnail_size text NOT NULL,
    icon character varying(50) NOT NULL,
    thumbnail_high_dpi integer,
    thumbnail_quality integer,
    thumbnail_high_dpi_quality integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_media_association (
    id integer NOT NULL,
    mediaid integer NOT NULL,
    targettype character varying(50) NOT NULL,
    targetid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_media_attributes (
    id integer NOT NULL,
    mediaid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_multi_edit_backup (
    id bigint NOT NULL,
    filter_string text NOT NULL,
    operation_string text NOT NULL,
    items bigint NOT NULL,
    date timestamp without time zone,
    size bigint NOT NULL,
    path character varying(255) NOT NULL,
    hash character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_multi_edit_filter (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    filter_string text NOT NULL,
    description text NOT NULL,
    created timestamp without time zone,
    is_favorite smallint NOT NULL,
    is_simple smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_multi_edit_queue (
    id bigint NOT NULL,
    resource character varying(255) NOT NULL,
    filter_string text NOT NULL,
    operations text NOT NULL,
    items bigint NOT NULL,
    active smallint NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_multi_edit_queue_articles (
    id bigint NOT NULL,
    queue_id bigint NOT NULL,
    detail_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order (
    id integer NOT NULL,
    ordernumber character varying(255),
    userid integer,
    invoice_amount double precision NOT NULL,
    invoice_amount_net double precision NOT NULL,
    invoice_shipping double precision NOT NULL,
    invoice_shipping_net double precision NOT NULL,
    invoice_shipping_tax_rate double precision,
    ordertime timestamp without time zone,
    status integer NOT NULL,
    cleared integer NOT NULL,
    paymentid integer NOT NULL,
    transactionid character varying(255) NOT NULL,
    comment text NOT NULL,
    customercomment text NOT NULL,
    internalcomment text NOT NULL,
    net integer NOT NULL,
    taxfree integer NOT NULL,
    partnerid character varying(255),
    temporaryid character varying(255) NOT NULL,
    referer text NOT NULL,
    cleareddate timestamp without time zone,
    trackingcode character varying(255) NOT NULL,
    language character varying(10) NOT NULL,
    dispatchid integer NOT NULL,
    currency character varying(5) NOT NULL,
    currencyfactor double precision NOT NULL,
    subshopid integer NOT NULL,
    remote_addr character varying(255),
    devicetype character varying(50),
    is_proportional_calculation smallint NOT NULL,
    changed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_attributes (
    id integer NOT NULL,
    orderid integer,
    attribute1 text,
    attribute2 text,
    attribute3 text,
    attribute4 text,
    attribute5 text,
    attribute6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_basket (
    id integer NOT NULL,
    sessionid character varying(128),
    userid integer NOT NULL,
    articlename character varying(255) NOT NULL,
    articleid integer NOT NULL,
    ordernumber character varying(255) NOT NULL,
    shippingfree integer NOT NULL,
    quantity integer NOT NULL,
    price double precision NOT NULL,
    netprice double precision NOT NULL,
    tax_rate double precision NOT NULL,
    datum timestamp without time zone NOT NULL,
    modus integer NOT NULL,
    esdarticle integer NOT NULL,
    partnerid character varying(45) NOT NULL,
    lastviewport character varying(255) NOT NULL,
    useragent character varying(255) NOT NULL,
    config text NOT NULL,
    currencyfactor double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_basket_attributes (
    id integer NOT NULL,
    basketid integer,
    attribute1 text,
    attribute2 text,
    attribute3 text,
    attribute4 text,
    attribute5 text,
    attribute6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_basket_signatures (
    signature character varying(200) NOT NULL,
    basket text NOT NULL,
    created_at date NOT NULL,
    PRIMARY KEY (signature)
);
CREATE TABLE shopware.s_order_billingaddress (
    id integer NOT NULL,
    userid integer,
    orderid integer NOT NULL,
    company character varying(255) NOT NULL,
    department character varying(35) NOT NULL,
    salutation character varying(30) NOT NULL,
    customernumber character varying(30),
    firstname character varying(50) NOT NULL,
    lastname character varying(60) NOT NULL,
    street character varying(255),
    zipcode character varying(50) NOT NULL,
    city character varying(70) NOT NULL,
    phone character varying(40) NOT NULL,
    countryid integer NOT NULL,
    stateid integer,
    ustid character varying(50),
    additional_address_line1 character varying(255),
    additional_address_line2 character varying(255),
    title character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_billingaddress_attributes (
    id integer NOT NULL,
    billingid integer,
    text1 text,
    text2 text,
    text3 text,
    text4 text,
    text5 text,
    text6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_comparisons (
    id integer NOT NULL,
    sessionid character varying(128),
    userid integer NOT NULL,
    articlename character varying(255) NOT NULL,
    articleid integer NOT NULL,
    datum timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_details (
    id integer NOT NULL,
    orderid integer NOT NULL,
    ordernumber character varying(255),
    articleid integer NOT NULL,
    articleordernumber character varying(255) NOT NULL,
    price double precision NOT NULL,
    quantity integer NOT NULL,
    name character varying(255) NOT NULL,
    status integer NOT NULL,
    shipped integer NOT NULL,
    shippedgroup integer NOT NULL,
    releasedate date,
    modus integer NOT NULL,
    esdarticle integer NOT NULL,
    taxid integer,
    tax_rate double precision NOT NULL,
    config text NOT NULL,
    ean character varying(255),
    unit character varying(255),
    pack_unit character varying(255),
    articledetailid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_details_attributes (
    id integer NOT NULL,
    detailid integer,
    attribute1 text,
    attribute2 text,
    attribute3 text,
    attribute4 text,
    attribute5 text,
    attribute6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_documents (
    id integer NOT NULL,
    date date NOT NULL,
    type integer NOT NULL,
    userid integer NOT NULL,
    orderid bigint NOT NULL,
    amount double precision NOT NULL,
    docid integer NOT NULL,
    hash character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_documents_attributes (
    id integer NOT NULL,
    documentid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_esd (
    id integer NOT NULL,
    serialid integer NOT NULL,
    esdid integer NOT NULL,
    userid integer NOT NULL,
    orderid integer NOT NULL,
    orderdetailsid integer NOT NULL,
    datum timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_history (
    id integer NOT NULL,
    orderid integer NOT NULL,
    userid integer,
    previous_order_status_id integer,
    order_status_id integer,
    previous_payment_status_id integer,
    payment_status_id integer,
    comment text NOT NULL,
    change_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_notes (
    id integer NOT NULL,
    suniqueid character varying(70) NOT NULL,
    userid integer NOT NULL,
    articlename character varying(255) NOT NULL,
    articleid integer NOT NULL,
    ordernumber character varying(255) NOT NULL,
    datum timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_number (
    id integer NOT NULL,
    number integer NOT NULL,
    name character varying(255) NOT NULL,
    "desc" character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_shippingaddress (
    id integer NOT NULL,
    userid integer,
    orderid integer NOT NULL,
    company character varying(255) NOT NULL,
    department character varying(35) NOT NULL,
    salutation character varying(30) NOT NULL,
    firstname character varying(50) NOT NULL,
    lastname character varying(60) NOT NULL,
    street character varying(255),
    zipcode character varying(50) NOT NULL,
    city character varying(70) NOT NULL,
    phone character varying(40),
    countryid integer NOT NULL,
    stateid integer,
    additional_address_line1 character varying(255),
    additional_address_line2 character varying(255),
    title character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_order_shippingaddress_attributes (
    id integer NOT NULL,
    shippingid integer,
    text1 text,
    text2 text,
    text3 text,
    text4 text,
    text5 text,
    text6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_plugin_recommendations (
    id integer NOT NULL,
    categoryid integer NOT NULL,
    banner_active integer NOT NULL,
    new_active integer NOT NULL,
    bought_active integer NOT NULL,
    supplier_active integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_plugin_widgets_notes (
    id integer NOT NULL,
    userid integer NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_premium_dispatch (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    type bigint NOT NULL,
    description text NOT NULL,
    comment character varying(255) NOT NULL,
    active bigint NOT NULL,
    position integer NOT NULL,
    calculation bigint NOT NULL,
    surcharge_calculation bigint NOT NULL,
    tax_calculation bigint NOT NULL,
    shippingfree numeric(10,2),
    multishopid bigint,
    customergroupid bigint,
    bind_shippingfree bigint NOT NULL,
    bind_time_from bigint,
    bind_time_to bigint,
    bind_instock bigint,
    bind_laststock bigint NOT NULL,
    bind_weekday_from bigint,
    bind_weekday_to bigint,
    bind_weight_from numeric(10,3),
    bind_weight_to numeric(10,3),
    bind_price_from numeric(10,2),
    bind_price_to numeric(10,2),
    bind_sql text,
    status_link text,
    calculation_sql text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_premium_dispatch_attributes (
    id integer NOT NULL,
    dispatchid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_premium_dispatch_categories (
    dispatchid bigint NOT NULL,
    categoryid bigint NOT NULL,
    PRIMARY KEY (dispatchid, categoryid)
);
CREATE TABLE shopware.s_premium_dispatch_countries (
    dispatchid integer NOT NULL,
    countryid integer NOT NULL,
    PRIMARY KEY (dispatchid, countryid)
);
CREATE TABLE shopware.s_premium_dispatch_holidays (
    dispatchid bigint NOT NULL,
    holidayid bigint NOT NULL,
    PRIMARY KEY (dispatchid, holidayid)
);
CREATE TABLE shopware.s_premium_dispatch_paymentmeans (
    dispatchid integer NOT NULL,
    paymentid integer NOT NULL,
    PRIMARY KEY (dispatchid, paymentid)
);
CREATE TABLE shopware.s_premium_holidays (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    calculation character varying(255) NOT NULL,
    date date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_premium_shippingcosts (
    id bigint NOT NULL,
    "from" numeric(10,3) NOT NULL,
    value numeric(10,2) NOT NULL,
    factor numeric(10,2) NOT NULL,
    dispatchid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_product_streams (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    conditions text,
    type integer,
    sorting text,
    description text,
    sorting_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_product_streams_articles (
    id bigint NOT NULL,
    stream_id bigint NOT NULL,
    article_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_product_streams_attributes (
    id integer NOT NULL,
    streamid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_product_streams_selection (
    id bigint NOT NULL,
    stream_id bigint NOT NULL,
    article_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_schema_version (
    version integer NOT NULL,
    start_date timestamp without time zone NOT NULL,
    complete_date timestamp without time zone,
    name character varying(255) NOT NULL,
    error_msg character varying(255),
    PRIMARY KEY (version)
);
CREATE TABLE shopware.s_search_custom_facet (
    id bigint NOT NULL,
    active bigint NOT NULL,
    unique_key character varying(100),
    display_in_categories bigint NOT NULL,
    deletable bigint NOT NULL,
    position integer NOT NULL,
    name character varying(255) NOT NULL,
    facet text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_search_custom_sorting (
    id bigint NOT NULL,
    label character varying(255) NOT NULL,
    active bigint NOT NULL,
    display_in_categories bigint NOT NULL,
    position integer NOT NULL,
    sortings text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_search_fields (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    relevance integer NOT NULL,
    field character varying(255) NOT NULL,
    tableid integer NOT NULL,
    do_not_split smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_search_index (
    keywordid integer NOT NULL,
    fieldid integer NOT NULL,
    elementid integer NOT NULL,
    PRIMARY KEY (keywordid, fieldid, elementid)
);
CREATE TABLE shopware.s_search_keywords (
    id bigint NOT NULL,
    keyword character varying(255) NOT NULL,
    soundex character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_search_tables (
    id integer NOT NULL,
    "table" character varying(255) NOT NULL,
    referenz_table character varying(255),
    foreign_key character varying(255),
    "where" character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_statistics_article_impression (
    id bigint NOT NULL,
    articleid bigint NOT NULL,
    shopid bigint NOT NULL,
    date date NOT NULL,
    impressions integer NOT NULL,
    devicetype character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_statistics_currentusers (
    id integer NOT NULL,
    remoteaddr character varying(255) NOT NULL,
    page character varying(70) NOT NULL,
    time timestamp without time zone,
    userid integer NOT NULL,
    devicetype character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_statistics_pool (
    id integer NOT NULL,
    remoteaddr character varying(255) NOT NULL,
    datum date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_statistics_referer (
    id integer NOT NULL,
    datum date NOT NULL,
    referer text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_statistics_search (
    id integer NOT NULL,
    datum timestamp without time zone NOT NULL,
    searchterm character varying(255) NOT NULL,
    results integer NOT NULL,
    shop_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_statistics_visitors (
    id integer NOT NULL,
    shopid integer NOT NULL,
    datum date NOT NULL,
    pageimpressions integer NOT NULL,
    uniquevisits integer NOT NULL,
    devicetype character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_user (
    id integer NOT NULL,
    password character varying(1024) NOT NULL,
    encoder character varying(255) NOT NULL,
    email character varying(70) NOT NULL,
    active integer NOT NULL,
    accountmode integer NOT NULL,
    confirmationkey character varying(100) NOT NULL,
    paymentid integer NOT NULL,
    doubleoptinregister smallint,
    doubleoptinemailsentdate timestamp without time zone,
    doubleoptinconfirmdate timestamp without time zone,
    firstlogin date NOT NULL,
    lastlogin timestamp without time zone NOT NULL,
    sessionid character varying(128),
    newsletter integer NOT NULL,
    validation character varying(255) NOT NULL,
    affiliate integer NOT NULL,
    customergroup character varying(15) NOT NULL,
    paymentpreset integer NOT NULL,
    language character varying(10) NOT NULL,
    subshopid integer NOT NULL,
    referer character varying(255) NOT NULL,
    pricegroupid bigint,
    internalcomment text NOT NULL,
    failedlogins integer NOT NULL,
    lockeduntil timestamp without time zone,
    default_billing_address_id integer,
    default_shipping_address_id integer,
    title character varying(100),
    salutation character varying(30),
    firstname character varying(255),
    lastname character varying(255),
    birthday date,
    customernumber character varying(30),
    login_token character varying(250),
    changed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_user_addresses (
    id integer NOT NULL,
    user_id integer NOT NULL,
    company character varying(255),
    department character varying(35),
    salutation character varying(30) NOT NULL,
    title character varying(100),
    firstname character varying(50) NOT NULL,
    lastname character varying(60) NOT NULL,
    street character varying(255),
    zipcode character varying(50) NOT NULL,
    city character varying(70) NOT NULL,
    country_id integer NOT NULL,
    state_id integer,
    ustid character varying(50),
    phone character varying(40),
    additional_address_line1 character varying(255),
    additional_address_line2 character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_user_addresses_attributes (
    id integer NOT NULL,
    address_id integer NOT NULL,
    text1 text,
    text2 text,
    text3 text,
    text4 text,
    text5 text,
    text6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_user_attributes (
    id integer NOT NULL,
    userid integer,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_user_billingaddress (
    id integer NOT NULL,
    userid integer NOT NULL,
    company character varying(255) NOT NULL,
    department character varying(35) NOT NULL,
    salutation character varying(30) NOT NULL,
    firstname character varying(50) NOT NULL,
    lastname character varying(60) NOT NULL,
    street character varying(255),
    zipcode character varying(50) NOT NULL,
    city character varying(70) NOT NULL,
    phone character varying(40) NOT NULL,
    countryid integer NOT NULL,
    stateid integer,
    ustid character varying(50),
    additional_address_line1 character varying(255),
    additional_address_line2 character varying(255),
    title character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_user_billingaddress_attributes (
    id integer NOT NULL,
    billingid integer,
    text1 text,
    text2 text,
    text3 text,
    text4 text,
    text5 text,
    text6 text,
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_user_shippingaddress (
    id integer NOT NULL,
    userid integer NOT NULL,
    company character varying(255) NOT NULL,
    department character varying(35) NOT NULL,
    salutation character varying(30) NOT NULL,
    firstname character varying(50) NOT NULL,
    lastname character varying(60) NOT NULL,
    street character varying(255),
    zipcode character varying(50) NOT NULL,
    city character varying(70) NOT NULL,
    countryid integer,
    stateid integer,
    additional_address_line1 character varying(255),
    additional_address_line2 character varying(255),
    title character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE shopware.s_user_shippingaddress_attributes (
    id integer NOT NULL,
    shippingid integer,
    text1 text,
    text2 text,
    text3 text,
    text4 text,
    text5 text,
    text6 text,
    PRIMARY KEY (id)
);

ALTER TABLE shopware.s_article_configurator_groups_attributes ADD FOREIGN KEY (groupid) REFERENCES shopware.s_article_configurator_groups(id);
ALTER TABLE shopware.s_article_configurator_options_attributes ADD FOREIGN KEY (optionid) REFERENCES shopware.s_article_configurator_options(id);
ALTER TABLE shopware.s_article_configurator_template_prices_attributes ADD FOREIGN KEY (template_price_id) REFERENCES shopware.s_article_configurator_template_prices(id);
ALTER TABLE shopware.s_article_configurator_templates_attributes ADD FOREIGN KEY (template_id) REFERENCES shopware.s_article_configurator_templates(id);
ALTER TABLE shopware.s_articles_attributes ADD FOREIGN KEY (articledetailsid) REFERENCES shopware.s_articles_details(id);
ALTER TABLE shopware.s_articles_attributes ADD FOREIGN KEY (articleid) REFERENCES shopware.s_articles(id);
ALTER TABLE shopware.s_articles_downloads_attributes ADD FOREIGN KEY (downloadid) REFERENCES shopware.s_articles_downloads(id);
ALTER TABLE shopware.s_articles_esd_attributes ADD FOREIGN KEY (esdid) REFERENCES shopware.s_articles_esd(id);
ALTER TABLE shopware.s_articles_img_attributes ADD FOREIGN KEY (imageid) REFERENCES shopware.s_articles_img(id);
ALTER TABLE shopware.s_articles_information_attributes ADD FOREIGN KEY (informationid) REFERENCES shopware.s_articles_information(id);
ALTER TABLE shopware.s_articles_prices_attributes ADD FOREIGN KEY (priceid) REFERENCES shopware.s_articles_prices(id);
ALTER TABLE shopware.s_articles_supplier_attributes ADD FOREIGN KEY (supplierid) REFERENCES shopware.s_articles_supplier(id);
ALTER TABLE shopware.s_blog_attributes ADD FOREIGN KEY (blog_id) REFERENCES shopware.s_blog(id);
ALTER TABLE shopware.s_categories ADD FOREIGN KEY (stream_id) REFERENCES shopware.s_product_streams(id);
ALTER TABLE shopware.s_categories_attributes ADD FOREIGN KEY (categoryid) REFERENCES shopware.s_categories(id);
ALTER TABLE shopware.s_cms_static_attributes ADD FOREIGN KEY (cmsstaticid) REFERENCES shopware.s_cms_static(id);
ALTER TABLE shopware.s_cms_support_attributes ADD FOREIGN KEY (cmssupportid) REFERENCES shopware.s_cms_support(id);
ALTER TABLE shopware.s_core_auth_attributes ADD FOREIGN KEY (authid) REFERENCES shopware.s_core_auth(id);
ALTER TABLE shopware.s_core_config_mails ADD FOREIGN KEY (stateid) REFERENCES shopware.s_core_states(id);
ALTER TABLE shopware.s_core_config_mails_attributes ADD FOREIGN KEY (mailid) REFERENCES shopware.s_core_config_mails(id);
ALTER TABLE shopware.s_core_countries_attributes ADD FOREIGN KEY (countryid) REFERENCES shopware.s_core_countries(id);
ALTER TABLE shopware.s_core_countries_states_attributes ADD FOREIGN KEY (stateid) REFERENCES shopware.s_core_countries_states(id);
ALTER TABLE shopware.s_core_customergroups_attributes ADD FOREIGN KEY (customergroupid) REFERENCES shopware.s_core_customergroups(id);
ALTER TABLE shopware.s_core_paymentmeans_attributes ADD FOREIGN KEY (paymentmeanid) REFERENCES shopware.s_core_paymentmeans(id);
ALTER TABLE shopware.s_customer_streams_attributes ADD FOREIGN KEY (streamid) REFERENCES shopware.s_customer_streams(id);
ALTER TABLE shopware.s_emarketing_banners_attributes ADD FOREIGN KEY (bannerid) REFERENCES shopware.s_emarketing_banners(id);
ALTER TABLE shopware.s_emarketing_partner_attributes ADD FOREIGN KEY (partnerid) REFERENCES shopware.s_emarketing_partner(id);
ALTER TABLE shopware.s_emarketing_vouchers_attributes ADD FOREIGN KEY (voucherid) REFERENCES shopware.s_emarketing_vouchers(id);
ALTER TABLE shopware.s_emotion_attributes ADD FOREIGN KEY (emotionid) REFERENCES shopware.s_emotion(id);
ALTER TABLE shopware.s_emotion_preset_translations ADD FOREIGN KEY (presetid) REFERENCES shopware.s_emotion_presets(id);
ALTER TABLE shopware.s_export_attributes ADD FOREIGN KEY (exportid) REFERENCES shopware.s_export(id);
ALTER TABLE shopware.s_filter_attributes ADD FOREIGN KEY (filterid) REFERENCES shopware.s_filter(id);
ALTER TABLE shopware.s_filter_options_attributes ADD FOREIGN KEY (optionid) REFERENCES shopware.s_filter_options(id);
ALTER TABLE shopware.s_filter_values_attributes ADD FOREIGN KEY (valueid) REFERENCES shopware.s_filter_values(id);
ALTER TABLE shopware.s_media_attributes ADD FOREIGN KEY (mediaid) REFERENCES shopware.s_media(id);
ALTER TABLE shopware.s_multi_edit_queue_articles ADD FOREIGN KEY (detail_id) REFERENCES shopware.s_articles_details(id);
ALTER TABLE shopware.s_multi_edit_queue_articles ADD FOREIGN KEY (queue_id) REFERENCES shopware.s_multi_edit_queue(id);
ALTER TABLE shopware.s_order_attributes ADD FOREIGN KEY (orderid) REFERENCES shopware.s_order(id);
ALTER TABLE shopware.s_order_basket_attributes ADD FOREIGN KEY (basketid) REFERENCES shopware.s_order_basket(id);
ALTER TABLE shopware.s_order_billingaddress_attributes ADD FOREIGN KEY (billingid) REFERENCES shopware.s_order_billingaddress(id);
ALTER TABLE shopware.s_order_details_attributes ADD FOREIGN KEY (detailid) REFERENCES shopware.s_order_details(id);
ALTER TABLE shopware.s_order_documents_attributes ADD FOREIGN KEY (documentid) REFERENCES shopware.s_order_documents(id);
ALTER TABLE shopware.s_order_shippingaddress_attributes ADD FOREIGN KEY (shippingid) REFERENCES shopware.s_order_shippingaddress(id);
ALTER TABLE shopware.s_premium_dispatch_attributes ADD FOREIGN KEY (dispatchid) REFERENCES shopware.s_premium_dispatch(id);
ALTER TABLE shopware.s_product_streams_articles ADD FOREIGN KEY (article_id) REFERENCES shopware.s_articles(id);
ALTER TABLE shopware.s_product_streams_articles ADD FOREIGN KEY (stream_id) REFERENCES shopware.s_product_streams(id);
ALTER TABLE shopware.s_product_streams_attributes ADD FOREIGN KEY (streamid) REFERENCES shopware.s_product_streams(id);
ALTER TABLE shopware.s_product_streams_selection ADD FOREIGN KEY (article_id) REFERENCES shopware.s_articles(id);
ALTER TABLE shopware.s_product_streams_selection ADD FOREIGN KEY (stream_id) REFERENCES shopware.s_product_streams(id);
ALTER TABLE shopware.s_user_addresses ADD FOREIGN KEY (country_id) REFERENCES shopware.s_core_countries(id);
ALTER TABLE shopware.s_user_addresses ADD FOREIGN KEY (state_id) REFERENCES shopware.s_core_countries_states(id);
ALTER TABLE shopware.s_user_addresses ADD FOREIGN KEY (user_id) REFERENCES shopware.s_user(id);
ALTER TABLE shopware.s_user_addresses_attributes ADD FOREIGN KEY (address_id) REFERENCES shopware.s_user_addresses(id);
ALTER TABLE shopware.s_user_attributes ADD FOREIGN KEY (userid) REFERENCES shopware.s_user(id);
ALTER TABLE shopware.s_user_billingaddress_attributes ADD FOREIGN KEY (billingid) REFERENCES shopware.s_user_billingaddress(id);
ALTER TABLE shopware.s_user_shippingaddress_attributes ADD FOREIGN KEY (shippingid) REFERENCES shopware.s_user_shippingaddress(id);
COMMENT ON COLUMN shopware.s_articles.notification IS 'send notification';
COMMENT ON COLUMN shopware.s_multi_edit_backup.filter_string IS 'Filter string of the backed up change';
COMMENT ON COLUMN shopware.s_multi_edit_backup.operation_string IS 'Operations applied after the backup';
COMMENT ON COLUMN shopware.s_multi_edit_backup.items IS 'Number of items affected by the backup';
COMMENT ON COLUMN shopware.s_multi_edit_backup.date IS 'Creation date';
COMMENT ON COLUMN shopware.s_multi_edit_backup.size IS 'Size of the backup file';
COMMENT ON COLUMN shopware.s_multi_edit_backup.path IS 'Path of the backup file';
COMMENT ON COLUMN shopware.s_multi_edit_backup.hash IS 'Hash of the backup file';
COMMENT ON TABLE shopware.s_multi_edit_backup IS 'Backups known to the system';
COMMENT ON COLUMN shopware.s_multi_edit_filter.name IS 'Name of the filter';
COMMENT ON COLUMN shopware.s_multi_edit_filter.filter_string IS 'The actual filter string';
COMMENT ON COLUMN shopware.s_multi_edit_filter.description IS 'User description of the filter';
COMMENT ON COLUMN shopware.s_multi_edit_filter.created IS 'Creation date';
COMMENT ON COLUMN shopware.s_multi_edit_filter.is_favorite IS 'Did the user mark this filter as favorite?';
COMMENT ON COLUMN shopware.s_multi_edit_filter.is_simple IS 'Can the filter be loaded and modified with the simple editor?';
COMMENT ON TABLE shopware.s_multi_edit_filter IS 'Holds all multi edit filters';
COMMENT ON COLUMN shopware.s_multi_edit_queue.resource IS 'Queued resource (e.g. product)';
COMMENT ON COLUMN shopware.s_multi_edit_queue.filter_string IS 'The actual filter string';
COMMENT ON COLUMN shopware.s_multi_edit_queue.operations IS 'Operations to apply';
COMMENT ON COLUMN shopware.s_multi_edit_queue.items IS 'Initial number of objects in the queue';
COMMENT ON COLUMN shopware.s_multi_edit_queue.active IS 'When active, the queue is allowed to be progressed by cronjob';
COMMENT ON COLUMN shopware.s_multi_edit_queue.created IS 'Creation date';
COMMENT ON TABLE shopware.s_multi_edit_queue IS 'Holds the batch process queue';
COMMENT ON COLUMN shopware.s_multi_edit_queue_articles.queue_id IS 'Id of the queue this article belongs to';
COMMENT ON COLUMN shopware.s_multi_edit_queue_articles.detail_id IS 'Id of the article detail';
COMMENT ON TABLE shopware.s_multi_edit_queue_articles IS 'Products belonging to a certain queue';
