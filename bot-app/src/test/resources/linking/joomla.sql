-- Joomla!, the open-source content management system (articles and their categories, featured articles and ratings,
-- tags and the content-tag map, custom fields with their groups, categories and values, versions/history, workflows
-- with stages, transitions and associations, menus and menu items, modules and their menu assignments, templates and
-- styles, extensions, languages and associations between translations, users, user groups and their map, access
-- levels, user notes, profiles, multi-factor authentication and WebAuthn keys, sessions, private messages, contacts,
-- banners with clients and click/impression tracking, news feeds, redirects, the smart search (finder) index, privacy
-- requests and consents, the action logs, scheduled tasks, schema.org data, guided tours, mail templates, post-install
-- messages, update sites and available updates), as a fresh Joomla 5.0.0 install creates it on PostgreSQL: the
-- installer's installation/sql/postgresql/{base,extensions,supports}.sql of github.com/joomla/joomla-cms, read from
-- the copy of the 5.0.0 files in the French-pack repository github.com/Opware2000/fr-FR-5.x (commit bfbeea1, 2023-10-19;
-- the upstream repository is over this machine's fetch limit); GPL-2.0-or-later; we use the schema's facts. The
-- three files were loaded unchanged except for the table prefix (#__ written as Joomla's usual jos_) into a scratch
-- PostgreSQL 14 and regenerated from its catalog with pg_dump: all 74 tables, their primary keys (7 tables have
-- none in the source) and the 81 table/column comments the source declares, schema joomla. The source declares no
-- foreign keys (references are named only in comments such as 'Foreign Key to #__users.id'). Left out: defaults,
-- serial sequences, unique constraints and indexes, the soundex() function, and the INSERTs of the default rows
-- (assets, extensions, menus, modules, user groups, ...). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS joomla;
CREATE TABLE joomla.jos_action_log_config (
    id integer NOT NULL,
    type_title character varying(255) NOT NULL,
    type_alias character varying(255) NOT NULL,
    id_holder character varying(255),
    title_holder character varying(255),
    table_name character varying(255),
    text_prefix character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_action_logs (
    id integer NOT NULL,
    message_language_key character varying(255) NOT NULL,
    message text NOT NULL,
    log_date timestamp without time zone NOT NULL,
    extension character varying(50) NOT NULL,
    user_id integer NOT NULL,
    item_id integer NOT NULL,
    ip_address character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_action_logs_extensions (
    id integer NOT NULL,
    extension character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_action_logs_users (
    user_id integer NOT NULL,
    notify integer NOT NULL,
    extensions text NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE joomla.jos_assets (
    id integer NOT NULL,
    parent_id bigint NOT NULL,
    lft bigint NOT NULL,
    rgt bigint NOT NULL,
    level integer NOT NULL,
    name character varying(50) NOT NULL,
    title character varying(100) NOT NULL,
    rules character varying(5120) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_associations (
    id integer NOT NULL,
    context character varying(50) NOT NULL,
    key character(32) NOT NULL,
    PRIMARY KEY (context, id)
);
CREATE TABLE joomla.jos_banner_clients (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    contact character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    extrainfo text NOT NULL,
    state smallint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    metakey text,
    own_prefix smallint NOT NULL,
    metakey_prefix character varying(255) NOT NULL,
    purchase_type smallint NOT NULL,
    track_clicks smallint NOT NULL,
    track_impressions smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_banner_tracks (
    track_date timestamp without time zone NOT NULL,
    track_type bigint NOT NULL,
    banner_id bigint NOT NULL,
    count bigint NOT NULL,
    PRIMARY KEY (track_date, track_type, banner_id)
);
CREATE TABLE joomla.jos_banners (
    id integer NOT NULL,
    cid bigint NOT NULL,
    type bigint NOT NULL,
    name character varying(255) NOT NULL,
    alias character varying(255) NOT NULL,
    imptotal bigint NOT NULL,
    impmade bigint NOT NULL,
    clicks bigint NOT NULL,
    clickurl character varying(2048) NOT NULL,
    state smallint NOT NULL,
    catid bigint NOT NULL,
    description text NOT NULL,
    custombannercode character varying(2048) NOT NULL,
    sticky smallint NOT NULL,
    ordering bigint NOT NULL,
    metakey text,
    params text NOT NULL,
    own_prefix smallint NOT NULL,
    metakey_prefix character varying(255) NOT NULL,
    purchase_type smallint NOT NULL,
    track_clicks smallint NOT NULL,
    track_impressions smallint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    publish_up timestamp without time zone,
    publish_down timestamp without time zone,
    reset timestamp without time zone,
    created timestamp without time zone NOT NULL,
    language character varying(7) NOT NULL,
    created_by bigint NOT NULL,
    created_by_alias character varying(255) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by bigint NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_categories (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    parent_id integer NOT NULL,
    lft bigint NOT NULL,
    rgt bigint NOT NULL,
    level integer NOT NULL,
    path character varying(255) NOT NULL,
    extension character varying(50) NOT NULL,
    title character varying(255) NOT NULL,
    alias character varying(255) NOT NULL,
    note character varying(255) NOT NULL,
    description text,
    published smallint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    access bigint NOT NULL,
    params text,
    metadesc character varying(1024) NOT NULL,
    metakey character varying(1024) NOT NULL,
    metadata character varying(2048) NOT NULL,
    created_user_id integer NOT NULL,
    created_time timestamp without time zone NOT NULL,
    modified_user_id integer NOT NULL,
    modified_time timestamp without time zone NOT NULL,
    hits integer NOT NULL,
    language character varying(7) NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_contact_details (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    alias character varying(255) NOT NULL,
    con_position character varying(255),
    address text,
    suburb character varying(100),
    state character varying(100),
    country character varying(100),
    postcode character varying(100),
    telephone character varying(255),
    fax character varying(255),
    misc text,
    image character varying(255),
    email_to character varying(255),
    default_con smallint NOT NULL,
    published smallint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    ordering bigint NOT NULL,
    params text NOT NULL,
    user_id bigint NOT NULL,
    catid bigint NOT NULL,
    access bigint NOT NULL,
    mobile character varying(255) NOT NULL,
    webpage character varying(255) NOT NULL,
    sortname1 character varying(255) NOT NULL,
    sortname2 character varying(255) NOT NULL,
    sortname3 character varying(255) NOT NULL,
    language character varying(7) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by integer NOT NULL,
    created_by_alias character varying(255) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by integer NOT NULL,
    metakey text,
    metadesc text NOT NULL,
    metadata text NOT NULL,
    featured smallint NOT NULL,
    publish_up timestamp without time zone,
    publish_down timestamp without time zone,
    version bigint NOT NULL,
    hits bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_content (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    alias character varying(255) NOT NULL,
    introtext text NOT NULL,
    fulltext text NOT NULL,
    state smallint NOT NULL,
    catid bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by bigint NOT NULL,
    created_by_alias character varying(255) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by bigint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    publish_up timestamp without time zone,
    publish_down timestamp without time zone,
    images text NOT NULL,
    urls text NOT NULL,
    attribs character varying(5120) NOT NULL,
    version bigint NOT NULL,
    ordering bigint NOT NULL,
    metakey text,
    metadesc text NOT NULL,
    access bigint NOT NULL,
    hits bigint NOT NULL,
    metadata text NOT NULL,
    featured smallint NOT NULL,
    language character varying(7) NOT NULL,
    note character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_content_frontpage (
    content_id bigint NOT NULL,
    ordering bigint NOT NULL,
    featured_up timestamp without time zone,
    featured_down timestamp without time zone,
    PRIMARY KEY (content_id)
);
CREATE TABLE joomla.jos_content_rating (
    content_id bigint NOT NULL,
    rating_sum bigint NOT NULL,
    rating_count bigint NOT NULL,
    lastip character varying(50) NOT NULL,
    PRIMARY KEY (content_id)
);
CREATE TABLE joomla.jos_content_types (
    type_id integer NOT NULL,
    type_title character varying(255) NOT NULL,
    type_alias character varying(255) NOT NULL,
    "table" character varying(2048) NOT NULL,
    rules text NOT NULL,
    field_mappings text NOT NULL,
    router character varying(255) NOT NULL,
    content_history_options character varying(5120),
    PRIMARY KEY (type_id)
);
CREATE TABLE joomla.jos_contentitem_tag_map (
    type_alias character varying(255) NOT NULL,
    core_content_id integer NOT NULL,
    content_item_id integer NOT NULL,
    tag_id integer NOT NULL,
    tag_date timestamp without time zone NOT NULL,
    type_id integer NOT NULL,
    PRIMARY KEY (type_id, content_item_id, tag_id)
);
CREATE TABLE joomla.jos_extensions (
    extension_id integer NOT NULL,
    package_id bigint NOT NULL,
    name character varying(100) NOT NULL,
    type character varying(20) NOT NULL,
    element character varying(100) NOT NULL,
    changelogurl text,
    folder character varying(100) NOT NULL,
    client_id smallint NOT NULL,
    enabled smallint NOT NULL,
    access bigint NOT NULL,
    protected smallint NOT NULL,
    locked smallint NOT NULL,
    manifest_cache text NOT NULL,
    params text NOT NULL,
    custom_data text NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    ordering bigint,
    state bigint,
    note character varying(255),
    PRIMARY KEY (extension_id)
);
CREATE TABLE joomla.jos_fields (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    context character varying(255) NOT NULL,
    group_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    default_value text,
    type character varying(255) NOT NULL,
    note character varying(255) NOT NULL,
    description text NOT NULL,
    state smallint NOT NULL,
    required smallint NOT NULL,
    only_use_in_subform smallint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    ordering bigint NOT NULL,
    params text NOT NULL,
    fieldparams text NOT NULL,
    language character varying(7) NOT NULL,
    created_time timestamp without time zone NOT NULL,
    created_user_id bigint NOT NULL,
    modified_time timestamp without time zone NOT NULL,
    modified_by bigint NOT NULL,
    access bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_fields_categories (
    field_id bigint NOT NULL,
    category_id bigint NOT NULL,
    PRIMARY KEY (field_id, category_id)
);
CREATE TABLE joomla.jos_fields_groups (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    context character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    note character varying(255) NOT NULL,
    description text NOT NULL,
    state smallint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    ordering integer NOT NULL,
    params text NOT NULL,
    language character varying(7) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by bigint NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by bigint NOT NULL,
    access bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_fields_values (
    field_id bigint NOT NULL,
    item_id character varying(255) NOT NULL,
    value text
);
CREATE TABLE joomla.jos_finder_filters (
    filter_id integer NOT NULL,
    title character varying(255) NOT NULL,
    alias character varying(255) NOT NULL,
    state smallint NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by integer NOT NULL,
    created_by_alias character varying(255) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by integer NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    map_count integer NOT NULL,
    data text,
    params text,
    PRIMARY KEY (filter_id)
);
CREATE TABLE joomla.jos_finder_links (
    link_id integer NOT NULL,
    url character varying(255) NOT NULL,
    route character varying(400) NOT NULL,
    title character varying(400),
    description text,
    indexdate timestamp without time zone NOT NULL,
    md5sum character varying(32),
    published smallint NOT NULL,
    state integer NOT NULL,
    access integer NOT NULL,
    language character varying(7) NOT NULL,
    publish_start_date timestamp without time zone,
    publish_end_date timestamp without time zone,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    list_price numeric(8,2) NOT NULL,
    sale_price numeric(8,2) NOT NULL,
    type_id bigint NOT NULL,
    object bytea,
    PRIMARY KEY (link_id)
);
CREATE TABLE joomla.jos_finder_links_terms (
    link_id integer NOT NULL,
    term_id integer NOT NULL,
    weight numeric(8,2) NOT NULL,
    PRIMARY KEY (link_id, term_id)
);
CREATE TABLE joomla.jos_finder_logging (
    searchterm character varying(255) NOT NULL,
    md5sum character varying(32) NOT NULL,
    query bytea NOT NULL,
    hits integer NOT NULL,
    results integer NOT NULL,
    PRIMARY KEY (md5sum)
);
CREATE TABLE joomla.jos_finder_taxonomy (
    id integer NOT NULL,
    parent_id integer NOT NULL,
    lft integer NOT NULL,
    rgt integer NOT NULL,
    level integer NOT NULL,
    path character varying(400) NOT NULL,
    title character varying(255) NOT NULL,
    alias character varying(400) NOT NULL,
    state smallint NOT NULL,
    access smallint NOT NULL,
    language character varying(7) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_finder_taxonomy_map (
    link_id integer NOT NULL,
    node_id integer NOT NULL,
    PRIMARY KEY (link_id, node_id)
);
CREATE TABLE joomla.jos_finder_terms (
    term_id integer NOT NULL,
    term character varying(75) NOT NULL,
    stem character varying(75) NOT NULL,
    common smallint NOT NULL,
    phrase smallint NOT NULL,
    weight numeric(8,2) NOT NULL,
    soundex character varying(75) NOT NULL,
    links integer NOT NULL,
    language character varying(7) NOT NULL,
    PRIMARY KEY (term_id)
);
CREATE TABLE joomla.jos_finder_terms_common (
    term character varying(75) NOT NULL,
    language character varying(7) NOT NULL,
    custom integer NOT NULL
);
CREATE TABLE joomla.jos_finder_tokens (
    term character varying(75) NOT NULL,
    stem character varying(75) NOT NULL,
    common smallint NOT NULL,
    phrase smallint NOT NULL,
    weight numeric(8,2) NOT NULL,
    context smallint NOT NULL,
    language character varying(7) NOT NULL
);
CREATE TABLE joomla.jos_finder_tokens_aggregate (
    term_id integer NOT NULL,
    term character varying(75) NOT NULL,
    stem character varying(75) NOT NULL,
    common smallint NOT NULL,
    phrase smallint NOT NULL,
    term_weight numeric(8,2) NOT NULL,
    context smallint NOT NULL,
    context_weight numeric(8,2) NOT NULL,
    total_weight numeric(8,2) NOT NULL,
    language character varying(7) NOT NULL
);
CREATE TABLE joomla.jos_finder_types (
    id integer NOT NULL,
    title character varying(100) NOT NULL,
    mime character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_guidedtour_steps (
    id integer NOT NULL,
    tour_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    published smallint NOT NULL,
    description text NOT NULL,
    ordering bigint NOT NULL,
    "position" character varying(255) NOT NULL,
    target character varying(255) NOT NULL,
    type bigint NOT NULL,
    interactive_type bigint NOT NULL,
    url character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by bigint NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by bigint NOT NULL,
    checked_out_time timestamp without time zone,
    checked_out integer,
    language character varying(7) NOT NULL,
    note character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_guidedtours (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    uid character varying(255) NOT NULL,
    description text NOT NULL,
    ordering bigint NOT NULL,
    extensions text NOT NULL,
    url character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by bigint NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by bigint NOT NULL,
    checked_out_time timestamp without time zone,
    checked_out integer,
    published smallint NOT NULL,
    language character varying(7) NOT NULL,
    note character varying(255) NOT NULL,
    access bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_history (
    version_id integer NOT NULL,
    item_id character varying(50) NOT NULL,
    version_note character varying(255) NOT NULL,
    save_date timestamp with time zone NOT NULL,
    editor_user_id integer NOT NULL,
    character_count integer NOT NULL,
    sha1_hash character varying(50) NOT NULL,
    version_data text NOT NULL,
    keep_forever smallint NOT NULL,
    PRIMARY KEY (version_id)
);
CREATE TABLE joomla.jos_languages (
    lang_id integer NOT NULL,
    asset_id bigint NOT NULL,
    lang_code character varying(7) NOT NULL,
    title character varying(50) NOT NULL,
    title_native character varying(50) NOT NULL,
    sef character varying(50) NOT NULL,
    image character varying(50) NOT NULL,
    description character varying(512) NOT NULL,
    metakey text,
    metadesc text NOT NULL,
    sitename character varying(1024) NOT NULL,
    published bigint NOT NULL,
    access integer NOT NULL,
    ordering bigint NOT NULL,
    PRIMARY KEY (lang_id)
);
CREATE TABLE joomla.jos_mail_templates (
    template_id character varying(127) NOT NULL,
    extension character varying(127) NOT NULL,
    language character(7) NOT NULL,
    subject character varying(255) NOT NULL,
    body text NOT NULL,
    htmlbody text NOT NULL,
    attachments text NOT NULL,
    params text NOT NULL
);
CREATE TABLE joomla.jos_menu (
    id integer NOT NULL,
    menutype character varying(24) NOT NULL,
    title character varying(255) NOT NULL,
    alias character varying(255) NOT NULL,
    note character varying(255) NOT NULL,
    path character varying(1024) NOT NULL,
    link character varying(1024) NOT NULL,
    type character varying(16) NOT NULL,
    published smallint NOT NULL,
    parent_id integer NOT NULL,
    level integer NOT NULL,
    component_id integer NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    "browserNav" smallint NOT NULL,
    access bigint NOT NULL,
    img character varying(255) NOT NULL,
    template_style_id integer NOT NULL,
    params text NOT NULL,
    lft bigint NOT NULL,
    rgt bigint NOT NULL,
    home smallint NOT NULL,
    language character varying(7) NOT NULL,
    client_id smallint NOT NULL,
    publish_up timestamp without time zone,
    publish_down timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_menu_types (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    menutype character varying(24) NOT NULL,
    title character varying(48) NOT NULL,
    description character varying(255) NOT NULL,
    client_id integer NOT NULL,
    ordering integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_messages (
    message_id integer NOT NULL,
    user_id_from bigint NOT NULL,
    user_id_to bigint NOT NULL,
    folder_id smallint NOT NULL,
    date_time timestamp without time zone NOT NULL,
    state smallint NOT NULL,
    priority smallint NOT NULL,
    subject character varying(255) NOT NULL,
    message text NOT NULL,
    PRIMARY KEY (message_id)
);
CREATE TABLE joomla.jos_messages_cfg (
    user_id bigint NOT NULL,
    cfg_name character varying(100) NOT NULL,
    cfg_value character varying(255) NOT NULL
);
CREATE TABLE joomla.jos_modules (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    title character varying(100) NOT NULL,
    note character varying(255) NOT NULL,
    content text,
    ordering bigint NOT NULL,
    "position" character varying(50) NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    publish_up timestamp without time zone,
    publish_down timestamp without time zone,
    published smallint NOT NULL,
    module character varying(50),
    access bigint NOT NULL,
    showtitle smallint NOT NULL,
    params text NOT NULL,
    client_id smallint NOT NULL,
    language character varying(7) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_modules_menu (
    moduleid bigint NOT NULL,
    menuid bigint NOT NULL,
    PRIMARY KEY (moduleid, menuid)
);
CREATE TABLE joomla.jos_newsfeeds (
    catid bigint NOT NULL,
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    alias character varying(100) NOT NULL,
    link character varying(2048) NOT NULL,
    published smallint NOT NULL,
    numarticles bigint NOT NULL,
    cache_time bigint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    ordering bigint NOT NULL,
    rtl smallint NOT NULL,
    access bigint NOT NULL,
    language character varying(7) NOT NULL,
    params text NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by integer NOT NULL,
    created_by_alias character varying(255) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by integer NOT NULL,
    metakey text,
    metadesc text NOT NULL,
    metadata text NOT NULL,
    publish_up timestamp without time zone,
    publish_down timestamp without time zone,
    description text NOT NULL,
    version bigint NOT NULL,
    hits bigint NOT NULL,
    images text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_overrider (
    id integer NOT NULL,
    constant character varying(255) NOT NULL,
    string text NOT NULL,
    file character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_postinstall_messages (
    postinstall_message_id integer NOT NULL,
    extension_id bigint NOT NULL,
    title_key character varying(255) NOT NULL,
    description_key character varying(255) NOT NULL,
    action_key character varying(255) NOT NULL,
    language_extension character varying(255) NOT NULL,
    language_client_id smallint NOT NULL,
    type character varying(10) NOT NULL,
    action_file character varying(255),
    action character varying(255),
    condition_file character varying(255),
    condition_method character varying(255),
    version_introduced character varying(255) NOT NULL,
    enabled smallint NOT NULL,
    PRIMARY KEY (postinstall_message_id)
);
CREATE TABLE joomla.jos_privacy_consents (
    id integer NOT NULL,
    user_id bigint NOT NULL,
    state smallint NOT NULL,
    created timestamp without time zone NOT NULL,
    subject character varying(255) NOT NULL,
    body text NOT NULL,
    remind smallint NOT NULL,
    token character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_privacy_requests (
    id integer NOT NULL,
    email character varying(100) NOT NULL,
    requested_at timestamp without time zone NOT NULL,
    status smallint NOT NULL,
    request_type character varying(25) NOT NULL,
    confirm_token character varying(100) NOT NULL,
    confirm_token_created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_redirect_links (
    id integer NOT NULL,
    old_url character varying(2048) NOT NULL,
    new_url character varying(2048),
    referer character varying(2048) NOT NULL,
    comment character varying(255) NOT NULL,
    hits bigint NOT NULL,
    published smallint NOT NULL,
    created_date timestamp without time zone NOT NULL,
    modified_date timestamp without time zone NOT NULL,
    header integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_scheduler_tasks (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    type character varying(128) NOT NULL,
    execution_rules text,
    cron_rules text,
    state smallint NOT NULL,
    last_exit_code integer NOT NULL,
    last_execution timestamp without time zone,
    next_execution timestamp without time zone,
    times_executed integer NOT NULL,
    times_failed integer,
    locked timestamp without time zone,
    priority smallint NOT NULL,
    ordering bigint NOT NULL,
    cli_exclusive smallint NOT NULL,
    params text NOT NULL,
    note text,
    created timestamp without time zone NOT NULL,
    created_by bigint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_schemaorg (
    id integer NOT NULL,
    "itemId" bigint,
    context character varying(100),
    "schemaType" character varying(100),
    schema text,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_schemas (
    extension_id bigint NOT NULL,
    version_id character varying(20) NOT NULL,
    PRIMARY KEY (extension_id, version_id)
);
CREATE TABLE joomla.jos_session (
    session_id bytea NOT NULL,
    client_id smallint,
    guest smallint,
    "time" integer NOT NULL,
    data text,
    userid bigint,
    username character varying(150),
    PRIMARY KEY (session_id)
);
CREATE TABLE joomla.jos_tags (
    id integer NOT NULL,
    parent_id bigint NOT NULL,
    lft bigint NOT NULL,
    rgt bigint NOT NULL,
    level integer NOT NULL,
    path character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    alias character varying(255) NOT NULL,
    note character varying(255) NOT NULL,
    description text NOT NULL,
    published smallint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    access bigint NOT NULL,
    params text NOT NULL,
    metadesc character varying(1024) NOT NULL,
    metakey character varying(1024) NOT NULL,
    metadata character varying(2048) NOT NULL,
    created_user_id integer NOT NULL,
    created_time timestamp without time zone NOT NULL,
    created_by_alias character varying(255) NOT NULL,
    modified_user_id integer NOT NULL,
    modified_time timestamp without time zone NOT NULL,
    images text NOT NULL,
    urls text NOT NULL,
    hits integer NOT NULL,
    language character varying(7) NOT NULL,
    version bigint NOT NULL,
    publish_up timestamp without time zone,
    publish_down timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_template_overrides (
    id integer NOT NULL,
    template character varying(50) NOT NULL,
    hash_id character varying(255) NOT NULL,
    extension_id bigint,
    state smallint NOT NULL,
    action character varying(50) NOT NULL,
    client_id smallint NOT NULL,
    created_date timestamp without time zone NOT NULL,
    modified_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_template_styles (
    id integer NOT NULL,
    template character varying(50) NOT NULL,
    client_id smallint NOT NULL,
    home character varying(7) NOT NULL,
    title character varying(255) NOT NULL,
    inheritable smallint NOT NULL,
    parent character varying(50),
    params text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_ucm_base (
    ucm_id integer NOT NULL,
    ucm_item_id bigint NOT NULL,
    ucm_type_id bigint NOT NULL,
    ucm_language_id bigint NOT NULL,
    PRIMARY KEY (ucm_id)
);
CREATE TABLE joomla.jos_ucm_content (
    core_content_id integer NOT NULL,
    core_type_alias character varying(255) NOT NULL,
    core_title character varying(255) NOT NULL,
    core_alias character varying(255) NOT NULL,
    core_body text,
    core_state smallint NOT NULL,
    core_checked_out_time timestamp without time zone,
    core_checked_out_user_id integer,
    core_access bigint NOT NULL,
    core_params text,
    core_featured smallint NOT NULL,
    core_metadata text,
    core_created_user_id bigint NOT NULL,
    core_created_by_alias character varying(255) NOT NULL,
    core_created_time timestamp without time zone NOT NULL,
    core_modified_user_id bigint NOT NULL,
    core_modified_time timestamp without time zone NOT NULL,
    core_language character varying(7) NOT NULL,
    core_publish_up timestamp without time zone,
    core_publish_down timestamp without time zone,
    core_content_item_id bigint NOT NULL,
    asset_id bigint NOT NULL,
    core_images text,
    core_urls text,
    core_hits bigint NOT NULL,
    core_version bigint NOT NULL,
    core_ordering bigint NOT NULL,
    core_metakey text,
    core_metadesc text,
    core_catid bigint NOT NULL,
    core_type_id bigint NOT NULL,
    PRIMARY KEY (core_content_id)
);
CREATE TABLE joomla.jos_update_sites (
    update_site_id integer NOT NULL,
    name character varying(100),
    type character varying(20),
    location text NOT NULL,
    enabled bigint,
    last_check_timestamp bigint,
    extra_query character varying(1000),
    checked_out integer,
    checked_out_time timestamp without time zone,
    PRIMARY KEY (update_site_id)
);
CREATE TABLE joomla.jos_update_sites_extensions (
    update_site_id bigint NOT NULL,
    extension_id bigint NOT NULL,
    PRIMARY KEY (update_site_id, extension_id)
);
CREATE TABLE joomla.jos_updates (
    update_id integer NOT NULL,
    update_site_id bigint,
    extension_id bigint,
    name character varying(100),
    description text NOT NULL,
    element character varying(100),
    type character varying(20),
    folder character varying(20),
    client_id smallint,
    version character varying(32),
    data text NOT NULL,
    detailsurl text NOT NULL,
    infourl text NOT NULL,
    changelogurl text,
    extra_query character varying(1000),
    PRIMARY KEY (update_id)
);
CREATE TABLE joomla.jos_user_keys (
    id integer NOT NULL,
    user_id character varying(255) NOT NULL,
    token character varying(255) NOT NULL,
    series character varying(255) NOT NULL,
    "time" character varying(200) NOT NULL,
    uastring character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_user_mfa (
    id integer NOT NULL,
    user_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    method character varying(100) NOT NULL,
    "default" smallint NOT NULL,
    options text NOT NULL,
    created_on timestamp without time zone NOT NULL,
    last_used timestamp without time zone,
    tries bigint NOT NULL,
    last_try timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_user_notes (
    id integer NOT NULL,
    user_id integer NOT NULL,
    catid integer NOT NULL,
    subject character varying(100) NOT NULL,
    body text NOT NULL,
    state smallint NOT NULL,
    checked_out integer,
    checked_out_time timestamp without time zone,
    created_user_id integer NOT NULL,
    created_time timestamp without time zone NOT NULL,
    modified_user_id integer NOT NULL,
    modified_time timestamp without time zone NOT NULL,
    review_time timestamp without time zone,
    publish_up timestamp without time zone,
    publish_down timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_user_profiles (
    user_id bigint NOT NULL,
    profile_key character varying(100) NOT NULL,
    profile_value text NOT NULL,
    ordering bigint NOT NULL
);
CREATE TABLE joomla.jos_user_usergroup_map (
    user_id bigint NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (user_id, group_id)
);
CREATE TABLE joomla.jos_usergroups (
    id integer NOT NULL,
    parent_id bigint NOT NULL,
    lft bigint NOT NULL,
    rgt bigint NOT NULL,
    title character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_users (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    username character varying(150) NOT NULL,
    email character varying(100) NOT NULL,
    password character varying(100) NOT NULL,
    block smallint NOT NULL,
    "sendEmail" smallint,
    "registerDate" timestamp without time zone NOT NULL,
    "lastvisitDate" timestamp without time zone,
    activation character varying(100) NOT NULL,
    params text NOT NULL,
    "lastResetTime" timestamp without time zone,
    "resetCount" bigint NOT NULL,
    "otpKey" character varying(1000) NOT NULL,
    otep character varying(1000) NOT NULL,
    "requireReset" smallint,
    "authProvider" character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_viewlevels (
    id integer NOT NULL,
    title character varying(100) NOT NULL,
    ordering bigint NOT NULL,
    rules character varying(5120) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_webauthn_credentials (
    id character varying(1000) NOT NULL,
    user_id character varying(128) NOT NULL,
    label character varying(190) NOT NULL,
    credential text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_workflow_associations (
    item_id bigint NOT NULL,
    stage_id bigint NOT NULL,
    extension character varying(50) NOT NULL,
    PRIMARY KEY (item_id, extension)
);
CREATE TABLE joomla.jos_workflow_stages (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    ordering bigint NOT NULL,
    workflow_id bigint NOT NULL,
    published smallint NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    "default" smallint NOT NULL,
    checked_out_time timestamp without time zone,
    checked_out integer,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_workflow_transitions (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    ordering bigint NOT NULL,
    workflow_id bigint NOT NULL,
    published smallint NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    from_stage_id bigint NOT NULL,
    to_stage_id bigint NOT NULL,
    options text NOT NULL,
    checked_out_time timestamp without time zone,
    checked_out integer,
    PRIMARY KEY (id)
);
CREATE TABLE joomla.jos_workflows (
    id integer NOT NULL,
    asset_id bigint NOT NULL,
    published smallint NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    extension character varying(50) NOT NULL,
    "default" smallint NOT NULL,
    ordering bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by bigint NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by bigint NOT NULL,
    checked_out_time timestamp without time zone,
    checked_out integer,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN joomla.jos_assets.id IS 'Primary Key';
COMMENT ON COLUMN joomla.jos_assets.parent_id IS 'Nested set parent.';
COMMENT ON COLUMN joomla.jos_assets.lft IS 'Nested set lft.';
COMMENT ON COLUMN joomla.jos_assets.rgt IS 'Nested set rgt.';
COMMENT ON COLUMN joomla.jos_assets.level IS 'The cached level in the nested tree.';
COMMENT ON COLUMN joomla.jos_assets.name IS 'The unique name for the asset.';
COMMENT ON COLUMN joomla.jos_assets.title IS 'The descriptive title for the asset.';
COMMENT ON COLUMN joomla.jos_assets.rules IS 'JSON encoded access control.';
COMMENT ON COLUMN joomla.jos_associations.id IS 'A reference to the associated item.';
COMMENT ON COLUMN joomla.jos_associations.context IS 'The context of the associated item.';
COMMENT ON COLUMN joomla.jos_associations.key IS 'The key for the association computed from an md5 on associated ids.';
COMMENT ON COLUMN joomla.jos_categories.asset_id IS 'FK to the jos_assets table.';
COMMENT ON COLUMN joomla.jos_categories.metadesc IS 'The meta description for the page.';
COMMENT ON COLUMN joomla.jos_categories.metakey IS 'The keywords for the page.';
COMMENT ON COLUMN joomla.jos_categories.metadata IS 'JSON encoded metadata properties.';
COMMENT ON COLUMN joomla.jos_contact_details.featured IS 'Set if contact is featured.';
COMMENT ON COLUMN joomla.jos_content.asset_id IS 'FK to the jos_assets table.';
COMMENT ON COLUMN joomla.jos_content.featured IS 'Set if article is featured.';
COMMENT ON COLUMN joomla.jos_content.language IS 'The language code for the article.';
COMMENT ON COLUMN joomla.jos_content_types.content_history_options IS 'JSON string for com_contenthistory options';
COMMENT ON COLUMN joomla.jos_contentitem_tag_map.core_content_id IS 'PK from the core content table';
COMMENT ON COLUMN joomla.jos_contentitem_tag_map.content_item_id IS 'PK from the content type table';
COMMENT ON COLUMN joomla.jos_contentitem_tag_map.tag_id IS 'PK from the tag table';
COMMENT ON COLUMN joomla.jos_contentitem_tag_map.tag_date IS 'Date of most recent save for this tag-item';
COMMENT ON COLUMN joomla.jos_contentitem_tag_map.type_id IS 'PK from the content_type table';
COMMENT ON COLUMN joomla.jos_extensions.package_id IS 'Parent package ID for extensions installed as a package.';
COMMENT ON COLUMN joomla.jos_extensions.protected IS 'Flag to indicate if the extension is protected. Protected extensions cannot be disabled.';
COMMENT ON COLUMN joomla.jos_extensions.locked IS 'Flag to indicate if the extension is locked. Locked extensions cannot be uninstalled.';
COMMENT ON COLUMN joomla.jos_history.version_note IS 'Optional version name';
COMMENT ON COLUMN joomla.jos_history.character_count IS 'Number of characters in this version.';
COMMENT ON COLUMN joomla.jos_history.sha1_hash IS 'SHA1 hash of the version_data column.';
COMMENT ON COLUMN joomla.jos_history.version_data IS 'json-encoded string of version data';
COMMENT ON COLUMN joomla.jos_history.keep_forever IS '0=auto delete; 1=keep';
COMMENT ON COLUMN joomla.jos_menu.menutype IS 'The type of menu this item belongs to. FK to jos_menu_types.menutype';
COMMENT ON COLUMN joomla.jos_menu.title IS 'The display title of the menu item.';
COMMENT ON COLUMN joomla.jos_menu.alias IS 'The SEF alias of the menu item.';
COMMENT ON COLUMN joomla.jos_menu.path IS 'The computed path of the menu item based on the alias field.';
COMMENT ON COLUMN joomla.jos_menu.link IS 'The actually link the menu item refers to.';
COMMENT ON COLUMN joomla.jos_menu.type IS 'The type of link: Component, URL, Alias, Separator';
COMMENT ON COLUMN joomla.jos_menu.published IS 'The published state of the menu link.';
COMMENT ON COLUMN joomla.jos_menu.parent_id IS 'The parent menu item in the menu tree.';
COMMENT ON COLUMN joomla.jos_menu.level IS 'The relative level in the tree.';
COMMENT ON COLUMN joomla.jos_menu.component_id IS 'FK to jos_extensions.id';
COMMENT ON COLUMN joomla.jos_menu.checked_out IS 'FK to jos_users.id';
COMMENT ON COLUMN joomla.jos_menu.checked_out_time IS 'The time the menu item was checked out.';
COMMENT ON COLUMN joomla.jos_menu."browserNav" IS 'The click behaviour of the link.';
COMMENT ON COLUMN joomla.jos_menu.access IS 'The access level required to view the menu item.';
COMMENT ON COLUMN joomla.jos_menu.img IS 'The image of the menu item.';
COMMENT ON COLUMN joomla.jos_menu.params IS 'JSON encoded data for the menu item.';
COMMENT ON COLUMN joomla.jos_menu.lft IS 'Nested set lft.';
COMMENT ON COLUMN joomla.jos_menu.rgt IS 'Nested set rgt.';
COMMENT ON COLUMN joomla.jos_menu.home IS 'Indicates if this menu item is the home or default page.';
COMMENT ON COLUMN joomla.jos_overrider.id IS 'Primary Key';
COMMENT ON COLUMN joomla.jos_postinstall_messages.extension_id IS 'FK to jos_extensions';
COMMENT ON COLUMN joomla.jos_postinstall_messages.title_key IS 'Lang key for the title';
COMMENT ON COLUMN joomla.jos_postinstall_messages.description_key IS 'Lang key for description';
COMMENT ON COLUMN joomla.jos_postinstall_messages.language_extension IS 'Extension holding lang keys';
COMMENT ON COLUMN joomla.jos_postinstall_messages.type IS 'Message type - message, link, action';
COMMENT ON COLUMN joomla.jos_postinstall_messages.action_file IS 'RAD URI to the PHP file containing action method';
COMMENT ON COLUMN joomla.jos_postinstall_messages.action IS 'Action method name or URL';
COMMENT ON COLUMN joomla.jos_postinstall_messages.condition_file IS 'RAD URI to file holding display condition method';
COMMENT ON COLUMN joomla.jos_postinstall_messages.condition_method IS 'Display condition method, must return boolean';
COMMENT ON COLUMN joomla.jos_postinstall_messages.version_introduced IS 'Version when this message was introduced';
COMMENT ON TABLE joomla.jos_update_sites IS 'Update Sites';
COMMENT ON TABLE joomla.jos_update_sites_extensions IS 'Links extensions to update sites';
COMMENT ON TABLE joomla.jos_updates IS 'Available Updates';
COMMENT ON TABLE joomla.jos_user_mfa IS 'Multi-factor Authentication settings';
COMMENT ON TABLE joomla.jos_user_profiles IS 'Simple user profile storage table';
COMMENT ON COLUMN joomla.jos_user_usergroup_map.user_id IS 'Foreign Key to jos_users.id';
COMMENT ON COLUMN joomla.jos_user_usergroup_map.group_id IS 'Foreign Key to jos_usergroups.id';
COMMENT ON COLUMN joomla.jos_usergroups.id IS 'Primary Key';
COMMENT ON COLUMN joomla.jos_usergroups.parent_id IS 'Adjacency List Reference Id';
COMMENT ON COLUMN joomla.jos_usergroups.lft IS 'Nested set lft.';
COMMENT ON COLUMN joomla.jos_usergroups.rgt IS 'Nested set rgt.';
COMMENT ON COLUMN joomla.jos_users."lastResetTime" IS 'Date of last password reset';
COMMENT ON COLUMN joomla.jos_users."resetCount" IS 'Count of password resets since lastResetTime';
COMMENT ON COLUMN joomla.jos_users."requireReset" IS 'Require user to reset password on next login';
COMMENT ON COLUMN joomla.jos_viewlevels.id IS 'Primary Key';
COMMENT ON COLUMN joomla.jos_viewlevels.rules IS 'JSON encoded access control.';
COMMENT ON COLUMN joomla.jos_workflow_associations.item_id IS 'Extension table id value';
COMMENT ON COLUMN joomla.jos_workflow_associations.stage_id IS 'Foreign Key to jos_workflow_stages.id';
