-- Open Journal Systems (OJS) 3.2.1-4, PKP's open-source journal management and publishing system (journals and
-- their settings, sections, issues and issue galleys, submissions, publications (versions) with their settings,
-- authors, citations, galleys, submission files and genres, review rounds, review assignments, review forms and
-- responses, editorial decisions, stage assignments, discussions (queries), user groups and roles, users and their
-- settings and reviewing interests, subscriptions (individual and institutional) and subscription types, payments,
-- announcements, notifications, email and event logs, usage metrics, categories, navigation menus, OAI tombstones
-- and the search index), as its ADOdb XML schema declares it: dbscripts/xml/ojs_schema.xml of github.com/pkp/ojs
-- (tag 3_2_1-4, commit 2f0b2d58) and the twenty PKP schema files that OJS's dbscripts/xml/install.xml loads from its
-- lib/pkp submodule, xml/schema/{common,log,controlledVocab,scheduledTasks,temporaryFiles,announcements,reviews,
-- reviewForms,submissions,submissionFiles,categories,notes,views,metadata,genres,tombstone,rolesAndUserGroups,
-- metrics,libraryFiles,navigationMenus}.xml of github.com/pkp/pkp-lib (commit caa88822, the submodule commit of that
-- tag). GPL-3.0 (we use the schema's facts). Turned into PostgreSQL by a one-off script and loaded into a scratch
-- PostgreSQL 15: all 110 tables, schema ojs; I8 -> bigint, I4 -> integer, I1/I2 -> smallint, C/C2(n) ->
-- character varying(n), X/XL -> text, T -> timestamp, D -> date, F -> double precision. Primary keys as the <KEY/>
-- fields declare them (58 tables); for tables without one, the unique index PKP names <table>_pkey is kept as a
-- UNIQUE constraint (47 tables; 5 tables have neither). The source declares no foreign keys (none here); its <descr>
-- texts are kept as 107 table and 34 column comments. Names, titles and other localised values live in the
-- *_settings tables (setting_name/setting_value), as in the source. Left out: defaults, auto-increment, the other
-- indexes, plugin-owned tables (usage statistics temporary records, static pages, ...), upgrade scripts and the
-- install data (email templates, filters). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS ojs;
CREATE TABLE ojs.versions (
    major integer NOT NULL,
    minor integer NOT NULL,
    revision integer NOT NULL,
    build integer NOT NULL,
    date_installed timestamp without time zone NOT NULL,
    current smallint NOT NULL,
    product_type character varying(30),
    product character varying(30),
    product_class_name character varying(80),
    lazy_load smallint NOT NULL,
    sitewide smallint NOT NULL,
    CONSTRAINT versions_pkey UNIQUE (product_type, product, major, minor, revision, build)
);
CREATE TABLE ojs.site (
    redirect bigint NOT NULL,
    primary_locale character varying(14) NOT NULL,
    min_password_length smallint NOT NULL,
    installed_locales character varying(1024) NOT NULL,
    supported_locales character varying(1024),
    original_style_file_name character varying(255)
);
CREATE TABLE ojs.site_settings (
    setting_name character varying(255) NOT NULL,
    locale character varying(14) NOT NULL,
    setting_value text,
    CONSTRAINT site_settings_pkey UNIQUE (setting_name, locale)
);
CREATE TABLE ojs.auth_sources (
    auth_id bigint NOT NULL,
    title character varying(60) NOT NULL,
    plugin character varying(32) NOT NULL,
    auth_default smallint NOT NULL,
    settings text,
    PRIMARY KEY (auth_id)
);
CREATE TABLE ojs.users (
    user_id bigint NOT NULL,
    username character varying(32) NOT NULL,
    password character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    url character varying(2047),
    phone character varying(32),
    mailing_address character varying(255),
    billing_address character varying(255),
    country character varying(90),
    locales character varying(255),
    gossip text,
    date_last_email timestamp without time zone,
    date_registered timestamp without time zone NOT NULL,
    date_validated timestamp without time zone,
    date_last_login timestamp without time zone NOT NULL,
    must_change_password smallint,
    auth_id bigint,
    auth_str character varying(255),
    disabled smallint NOT NULL,
    disabled_reason text,
    inline_help smallint,
    PRIMARY KEY (user_id)
);
CREATE TABLE ojs.user_settings (
    user_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    assoc_type bigint,
    assoc_id bigint,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT user_settings_pkey UNIQUE (user_id, locale, setting_name, assoc_type, assoc_id)
);
CREATE TABLE ojs.sessions (
    session_id character varying(128) NOT NULL,
    user_id bigint,
    ip_address character varying(39) NOT NULL,
    user_agent character varying(255),
    created bigint NOT NULL,
    last_used bigint NOT NULL,
    remember smallint NOT NULL,
    data text NOT NULL,
    domain character varying(255),
    CONSTRAINT sessions_pkey UNIQUE (session_id)
);
CREATE TABLE ojs.access_keys (
    access_key_id bigint NOT NULL,
    context character varying(40) NOT NULL,
    key_hash character varying(40) NOT NULL,
    user_id bigint NOT NULL,
    assoc_id bigint,
    expiry_date timestamp without time zone NOT NULL,
    PRIMARY KEY (access_key_id)
);
CREATE TABLE ojs.notifications (
    notification_id bigint NOT NULL,
    context_id bigint NOT NULL,
    user_id bigint,
    level bigint NOT NULL,
    type bigint NOT NULL,
    date_created timestamp without time zone NOT NULL,
    date_read timestamp without time zone,
    assoc_type bigint,
    assoc_id bigint,
    PRIMARY KEY (notification_id)
);
CREATE TABLE ojs.notification_settings (
    notification_id bigint NOT NULL,
    locale character varying(14),
    setting_name character varying(64) NOT NULL,
    setting_value text NOT NULL,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT notification_settings_pkey UNIQUE (notification_id, locale, setting_name)
);
CREATE TABLE ojs.notification_subscription_settings (
    setting_id bigint NOT NULL,
    setting_name character varying(64) NOT NULL,
    setting_value text NOT NULL,
    user_id bigint NOT NULL,
    context bigint NOT NULL,
    setting_type character varying(6) NOT NULL,
    PRIMARY KEY (setting_id)
);
CREATE TABLE ojs.notification_mail_list (
    notification_mail_list_id bigint NOT NULL,
    email character varying(90) NOT NULL,
    confirmed smallint NOT NULL,
    token character varying(40) NOT NULL,
    context bigint NOT NULL,
    PRIMARY KEY (notification_mail_list_id)
);
CREATE TABLE ojs.email_templates_default (
    email_id bigint NOT NULL,
    email_key character varying(64) NOT NULL,
    can_disable smallint NOT NULL,
    can_edit smallint NOT NULL,
    from_role_id bigint,
    to_role_id bigint,
    PRIMARY KEY (email_id)
);
CREATE TABLE ojs.email_templates_default_data (
    email_key character varying(64) NOT NULL,
    locale character varying(14) NOT NULL,
    subject character varying(120) NOT NULL,
    body text,
    description text,
    CONSTRAINT email_templates_default_data_pkey UNIQUE (email_key, locale)
);
CREATE TABLE ojs.email_templates (
    email_id bigint NOT NULL,
    email_key character varying(64) NOT NULL,
    context_id bigint,
    enabled smallint NOT NULL,
    PRIMARY KEY (email_id)
);
CREATE TABLE ojs.email_templates_settings (
    email_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    CONSTRAINT email_settings_pkey UNIQUE (email_id, locale, setting_name)
);
CREATE TABLE ojs.oai_resumption_tokens (
    token character varying(32) NOT NULL,
    expire bigint NOT NULL,
    record_offset integer NOT NULL,
    params text,
    CONSTRAINT oai_resumption_tokens_pkey UNIQUE (token)
);
CREATE TABLE ojs.plugin_settings (
    plugin_name character varying(80) NOT NULL,
    context_id bigint NOT NULL,
    setting_name character varying(80) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT plugin_settings_pkey UNIQUE (plugin_name, context_id, setting_name)
);
CREATE TABLE ojs.event_log (
    log_id bigint NOT NULL,
    assoc_type bigint,
    assoc_id bigint,
    user_id bigint NOT NULL,
    date_logged timestamp without time zone NOT NULL,
    event_type bigint,
    message text,
    is_translated smallint,
    PRIMARY KEY (log_id)
);
CREATE TABLE ojs.event_log_settings (
    log_id bigint NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT event_log_settings_pkey UNIQUE (log_id, setting_name)
);
CREATE TABLE ojs.email_log (
    log_id bigint NOT NULL,
    assoc_type bigint,
    assoc_id bigint,
    sender_id bigint NOT NULL,
    date_sent timestamp without time zone NOT NULL,
    event_type bigint,
    from_address character varying(255),
    recipients text,
    cc_recipients text,
    bcc_recipients text,
    subject character varying(255),
    body text,
    PRIMARY KEY (log_id)
);
CREATE TABLE ojs.email_log_users (
    email_log_id bigint NOT NULL,
    user_id bigint NOT NULL
);
CREATE TABLE ojs.controlled_vocabs (
    controlled_vocab_id bigint NOT NULL,
    symbolic character varying(64) NOT NULL,
    assoc_type bigint NOT NULL,
    assoc_id bigint NOT NULL,
    PRIMARY KEY (controlled_vocab_id)
);
CREATE TABLE ojs.controlled_vocab_entries (
    controlled_vocab_entry_id bigint NOT NULL,
    controlled_vocab_id bigint NOT NULL,
    seq double precision,
    PRIMARY KEY (controlled_vocab_entry_id)
);
CREATE TABLE ojs.controlled_vocab_entry_settings (
    controlled_vocab_entry_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT c_v_e_s_pkey UNIQUE (controlled_vocab_entry_id, locale, setting_name)
);
CREATE TABLE ojs.user_interests (
    user_id bigint NOT NULL,
    controlled_vocab_entry_id bigint NOT NULL,
    CONSTRAINT u_e_pkey UNIQUE (user_id, controlled_vocab_entry_id)
);
CREATE TABLE ojs.scheduled_tasks (
    class_name character varying(255) NOT NULL,
    last_run timestamp without time zone,
    CONSTRAINT scheduled_tasks_pkey UNIQUE (class_name)
);
CREATE TABLE ojs.temporary_files (
    file_id bigint NOT NULL,
    user_id bigint NOT NULL,
    file_name character varying(90) NOT NULL,
    file_type character varying(255),
    file_size bigint NOT NULL,
    original_file_name character varying(127),
    date_uploaded timestamp without time zone NOT NULL,
    PRIMARY KEY (file_id)
);
CREATE TABLE ojs.announcement_types (
    type_id bigint NOT NULL,
    assoc_type smallint,
    assoc_id bigint NOT NULL,
    PRIMARY KEY (type_id)
);
CREATE TABLE ojs.announcement_type_settings (
    type_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT announcement_type_settings_pkey UNIQUE (type_id, locale, setting_name)
);
CREATE TABLE ojs.announcements (
    announcement_id bigint NOT NULL,
    assoc_type smallint,
    assoc_id bigint NOT NULL,
    type_id bigint,
    date_expire timestamp without time zone,
    date_posted timestamp without time zone NOT NULL,
    PRIMARY KEY (announcement_id)
);
CREATE TABLE ojs.announcement_settings (
    announcement_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT announcement_settings_pkey UNIQUE (announcement_id, locale, setting_name)
);
CREATE TABLE ojs.review_assignments (
    review_id bigint NOT NULL,
    submission_id bigint NOT NULL,
    reviewer_id bigint NOT NULL,
    competing_interests text,
    recommendation smallint,
    date_assigned timestamp without time zone,
    date_notified timestamp without time zone,
    date_confirmed timestamp without time zone,
    date_completed timestamp without time zone,
    date_acknowledged timestamp without time zone,
    date_due timestamp without time zone,
    date_response_due timestamp without time zone,
    last_modified timestamp without time zone,
    reminder_was_automatic smallint NOT NULL,
    declined smallint NOT NULL,
    cancelled smallint NOT NULL,
    reviewer_file_id bigint,
    date_rated timestamp without time zone,
    date_reminded timestamp without time zone,
    quality smallint,
    review_round_id bigint,
    stage_id smallint NOT NULL,
    review_method smallint NOT NULL,
    round smallint NOT NULL,
    step smallint NOT NULL,
    review_form_id bigint,
    unconsidered smallint,
    PRIMARY KEY (review_id)
);
CREATE TABLE ojs.review_rounds (
    review_round_id bigint NOT NULL,
    submission_id bigint NOT NULL,
    stage_id bigint,
    round smallint NOT NULL,
    review_revision bigint,
    status bigint,
    PRIMARY KEY (review_round_id)
);
CREATE TABLE ojs.review_round_files (
    submission_id bigint NOT NULL,
    review_round_id bigint NOT NULL,
    stage_id smallint NOT NULL,
    file_id bigint NOT NULL,
    revision bigint NOT NULL,
    CONSTRAINT review_round_files_pkey UNIQUE (submission_id, review_round_id, file_id, revision)
);
CREATE TABLE ojs.review_files (
    review_id bigint NOT NULL,
    file_id bigint NOT NULL,
    CONSTRAINT review_files_pkey UNIQUE (review_id, file_id)
);
CREATE TABLE ojs.review_forms (
    review_form_id bigint NOT NULL,
    assoc_type bigint,
    assoc_id bigint,
    seq double precision,
    is_active smallint,
    PRIMARY KEY (review_form_id)
);
CREATE TABLE ojs.review_form_settings (
    review_form_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT review_form_settings_pkey UNIQUE (review_form_id, locale, setting_name)
);
CREATE TABLE ojs.review_form_elements (
    review_form_element_id bigint NOT NULL,
    review_form_id bigint NOT NULL,
    seq double precision,
    element_type bigint,
    required smallint,
    included smallint,
    PRIMARY KEY (review_form_element_id)
);
CREATE TABLE ojs.review_form_element_settings (
    review_form_element_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT review_form_element_settings_pkey UNIQUE (review_form_element_id, locale, setting_name)
);
CREATE TABLE ojs.review_form_responses (
    review_form_element_id bigint NOT NULL,
    review_id bigint NOT NULL,
    response_type character varying(6),
    response_value text
);
CREATE TABLE ojs.submissions (
    submission_id bigint NOT NULL,
    locale character varying(14),
    context_id bigint NOT NULL,
    section_id bigint,
    current_publication_id bigint,
    date_last_activity timestamp without time zone,
    date_submitted timestamp without time zone,
    last_modified timestamp without time zone,
    stage_id bigint NOT NULL,
    status smallint NOT NULL,
    submission_progress smallint NOT NULL,
    work_type smallint,
    PRIMARY KEY (submission_id)
);
CREATE TABLE ojs.submission_settings (
    submission_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    CONSTRAINT submission_settings_pkey UNIQUE (submission_id, locale, setting_name)
);
CREATE TABLE ojs.publication_settings (
    publication_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    CONSTRAINT publication_settings_pkey UNIQUE (publication_id, locale, setting_name)
);
CREATE TABLE ojs.authors (
    author_id bigint NOT NULL,
    email character varying(90) NOT NULL,
    include_in_browse smallint NOT NULL,
    publication_id bigint,
    submission_id bigint,
    seq double precision NOT NULL,
    user_group_id bigint,
    PRIMARY KEY (author_id)
);
CREATE TABLE ojs.author_settings (
    author_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6),
    CONSTRAINT author_settings_pkey UNIQUE (author_id, locale, setting_name)
);
CREATE TABLE ojs.edit_decisions (
    edit_decision_id bigint NOT NULL,
    submission_id bigint NOT NULL,
    review_round_id bigint,
    stage_id bigint,
    round smallint NOT NULL,
    editor_id bigint NOT NULL,
    decision smallint NOT NULL,
    date_decided timestamp without time zone NOT NULL,
    PRIMARY KEY (edit_decision_id)
);
CREATE TABLE ojs.submission_comments (
    comment_id bigint NOT NULL,
    comment_type bigint,
    role_id bigint NOT NULL,
    submission_id bigint NOT NULL,
    assoc_id bigint NOT NULL,
    author_id bigint NOT NULL,
    comment_title text NOT NULL,
    comments text,
    date_posted timestamp without time zone,
    date_modified timestamp without time zone,
    viewable smallint,
    PRIMARY KEY (comment_id)
);
CREATE TABLE ojs.subeditor_submission_group (
    context_id bigint NOT NULL,
    assoc_id bigint NOT NULL,
    user_id bigint NOT NULL,
    assoc_type bigint NOT NULL,
    CONSTRAINT section_editors_pkey UNIQUE (context_id, assoc_id, user_id, assoc_type)
);
CREATE TABLE ojs.queries (
    query_id bigint NOT NULL,
    assoc_type bigint NOT NULL,
    assoc_id bigint NOT NULL,
    stage_id smallint NOT NULL,
    seq double precision NOT NULL,
    date_posted timestamp without time zone,
    date_modified timestamp without time zone,
    closed smallint NOT NULL,
    PRIMARY KEY (query_id)
);
CREATE TABLE ojs.query_participants (
    query_id bigint NOT NULL,
    user_id bigint NOT NULL,
    CONSTRAINT query_participants_pkey UNIQUE (query_id, user_id)
);
CREATE TABLE ojs.submission_search_keyword_list (
    keyword_id bigint NOT NULL,
    keyword_text character varying(60) NOT NULL,
    PRIMARY KEY (keyword_id)
);
CREATE TABLE ojs.submission_search_objects (
    object_id bigint NOT NULL,
    submission_id bigint NOT NULL,
    type integer NOT NULL,
    assoc_id bigint,
    PRIMARY KEY (object_id)
);
CREATE TABLE ojs.submission_search_object_keywords (
    object_id bigint NOT NULL,
    keyword_id bigint NOT NULL,
    pos integer NOT NULL,
    CONSTRAINT submission_search_object_keywords_pkey UNIQUE (object_id, pos)
);
CREATE TABLE ojs.submission_files (
    file_id bigint NOT NULL,
    revision bigint NOT NULL,
    source_file_id bigint,
    source_revision bigint,
    submission_id bigint NOT NULL,
    file_type character varying(255) NOT NULL,
    genre_id bigint,
    file_size bigint NOT NULL,
    original_file_name character varying(127),
    file_stage bigint NOT NULL,
    direct_sales_price character varying(255),
    sales_type character varying(255),
    viewable smallint,
    date_uploaded timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    uploader_user_id bigint,
    assoc_type bigint,
    assoc_id bigint,
    PRIMARY KEY (file_id, revision)
);
CREATE TABLE ojs.submission_file_settings (
    file_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT submission_file_settings_pkey UNIQUE (file_id, locale, setting_name)
);
CREATE TABLE ojs.submission_artwork_files (
    file_id bigint NOT NULL,
    revision bigint NOT NULL,
    caption text,
    credit character varying(255),
    copyright_owner character varying(255),
    copyright_owner_contact text,
    permission_terms text,
    permission_file_id bigint,
    chapter_id bigint,
    contact_author bigint,
    PRIMARY KEY (file_id, revision)
);
CREATE TABLE ojs.submission_supplementary_files (
    file_id bigint NOT NULL,
    revision bigint NOT NULL,
    PRIMARY KEY (file_id, revision)
);
CREATE TABLE ojs.categories (
    category_id bigint NOT NULL,
    context_id bigint NOT NULL,
    parent_id bigint NOT NULL,
    seq bigint,
    path character varying(255) NOT NULL,
    image text,
    PRIMARY KEY (category_id)
);
CREATE TABLE ojs.category_settings (
    category_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT category_settings_pkey UNIQUE (category_id, locale, setting_name)
);
CREATE TABLE ojs.publication_categories (
    publication_id bigint NOT NULL,
    category_id bigint NOT NULL
);
CREATE TABLE ojs.notes (
    note_id bigint NOT NULL,
    assoc_type bigint,
    assoc_id bigint,
    user_id bigint NOT NULL,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone,
    title character varying(255),
    contents text,
    PRIMARY KEY (note_id)
);
CREATE TABLE ojs.item_views (
    assoc_type bigint NOT NULL,
    assoc_id character varying(32) NOT NULL,
    user_id bigint,
    date_last_viewed timestamp without time zone,
    CONSTRAINT item_views_pkey UNIQUE (assoc_type, assoc_id, user_id)
);
CREATE TABLE ojs.citations (
    citation_id bigint NOT NULL,
    publication_id bigint NOT NULL,
    raw_citation text NOT NULL,
    seq bigint NOT NULL,
    PRIMARY KEY (citation_id)
);
CREATE TABLE ojs.citation_settings (
    citation_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT citation_settings_pkey UNIQUE (citation_id, locale, setting_name)
);
CREATE TABLE ojs.metadata_descriptions (
    metadata_description_id bigint NOT NULL,
    assoc_type bigint NOT NULL,
    assoc_id bigint NOT NULL,
    schema_namespace character varying(255) NOT NULL,
    schema_name character varying(255) NOT NULL,
    display_name character varying(255),
    seq bigint NOT NULL,
    PRIMARY KEY (metadata_description_id)
);
CREATE TABLE ojs.metadata_description_settings (
    metadata_description_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT metadata_descripton_settings_pkey UNIQUE (metadata_description_id, locale, setting_name)
);
CREATE TABLE ojs.filter_groups (
    filter_group_id bigint NOT NULL,
    symbolic character varying(255),
    display_name character varying(255),
    description character varying(255),
    input_type character varying(255),
    output_type character varying(255),
    PRIMARY KEY (filter_group_id)
);
CREATE TABLE ojs.filters (
    filter_id bigint NOT NULL,
    filter_group_id bigint NOT NULL,
    context_id bigint NOT NULL,
    display_name character varying(255),
    class_name character varying(255),
    is_template smallint NOT NULL,
    parent_filter_id bigint NOT NULL,
    seq bigint NOT NULL,
    PRIMARY KEY (filter_id)
);
CREATE TABLE ojs.filter_settings (
    filter_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT filter_settings_pkey UNIQUE (filter_id, locale, setting_name)
);
CREATE TABLE ojs.genres (
    genre_id bigint NOT NULL,
    context_id bigint NOT NULL,
    seq bigint,
    enabled smallint NOT NULL,
    category bigint NOT NULL,
    dependent smallint NOT NULL,
    supplementary smallint,
    entry_key character varying(30),
    PRIMARY KEY (genre_id)
);
CREATE TABLE ojs.genre_settings (
    genre_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT genre_settings_pkey UNIQUE (genre_id, locale, setting_name)
);
CREATE TABLE ojs.data_object_tombstones (
    tombstone_id bigint NOT NULL,
    data_object_id bigint NOT NULL,
    date_deleted timestamp without time zone NOT NULL,
    set_spec character varying(255) NOT NULL,
    set_name character varying(255) NOT NULL,
    oai_identifier character varying(255) NOT NULL,
    PRIMARY KEY (tombstone_id)
);
CREATE TABLE ojs.data_object_tombstone_settings (
    tombstone_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT data_object_tombstone_settings_pkey UNIQUE (tombstone_id, locale, setting_name)
);
CREATE TABLE ojs.data_object_tombstone_oai_set_objects (
    object_id bigint NOT NULL,
    tombstone_id bigint NOT NULL,
    assoc_type bigint NOT NULL,
    assoc_id bigint NOT NULL,
    PRIMARY KEY (object_id)
);
CREATE TABLE ojs.user_groups (
    user_group_id bigint NOT NULL,
    context_id bigint NOT NULL,
    role_id bigint NOT NULL,
    is_default smallint NOT NULL,
    show_title smallint NOT NULL,
    permit_self_registration smallint NOT NULL,
    permit_metadata_edit smallint NOT NULL,
    PRIMARY KEY (user_group_id)
);
CREATE TABLE ojs.user_group_settings (
    user_group_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT user_group_settings_pkey UNIQUE (user_group_id, locale, setting_name)
);
CREATE TABLE ojs.user_user_groups (
    user_group_id bigint NOT NULL,
    user_id bigint NOT NULL,
    CONSTRAINT user_user_groups_pkey UNIQUE (user_group_id, user_id)
);
CREATE TABLE ojs.user_group_stage (
    context_id bigint NOT NULL,
    user_group_id bigint NOT NULL,
    stage_id bigint NOT NULL,
    CONSTRAINT user_group_stage_pkey UNIQUE (context_id, user_group_id, stage_id)
);
CREATE TABLE ojs.stage_assignments (
    stage_assignment_id bigint NOT NULL,
    submission_id bigint NOT NULL,
    user_group_id bigint NOT NULL,
    user_id bigint NOT NULL,
    date_assigned timestamp without time zone NOT NULL,
    recommend_only smallint NOT NULL,
    can_change_metadata smallint NOT NULL,
    PRIMARY KEY (stage_assignment_id)
);
CREATE TABLE ojs.metrics (
    load_id character varying(255) NOT NULL,
    context_id bigint NOT NULL,
    pkp_section_id bigint,
    assoc_object_type bigint,
    assoc_object_id bigint,
    submission_id bigint,
    representation_id bigint,
    assoc_type bigint NOT NULL,
    assoc_id bigint NOT NULL,
    day character varying(8),
    month character varying(6),
    file_type smallint,
    country_id character varying(2),
    region character varying(2),
    city character varying(255),
    metric_type character varying(255) NOT NULL,
    metric integer NOT NULL
);
CREATE TABLE ojs.library_files (
    file_id bigint NOT NULL,
    context_id bigint NOT NULL,
    file_name character varying(255) NOT NULL,
    original_file_name character varying(255) NOT NULL,
    file_type character varying(255) NOT NULL,
    file_size bigint NOT NULL,
    type smallint NOT NULL,
    date_uploaded timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    submission_id bigint NOT NULL,
    public_access smallint,
    PRIMARY KEY (file_id)
);
CREATE TABLE ojs.library_file_settings (
    file_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT library_file_settings_pkey UNIQUE (file_id, locale, setting_name)
);
CREATE TABLE ojs.navigation_menus (
    navigation_menu_id bigint NOT NULL,
    context_id bigint NOT NULL,
    area_name character varying(255),
    title character varying(255) NOT NULL,
    PRIMARY KEY (navigation_menu_id)
);
CREATE TABLE ojs.navigation_menu_items (
    navigation_menu_item_id bigint NOT NULL,
    context_id bigint NOT NULL,
    url character varying(255),
    path character varying(255),
    type character varying(255),
    PRIMARY KEY (navigation_menu_item_id)
);
CREATE TABLE ojs.navigation_menu_item_settings (
    navigation_menu_item_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT navigation_menu_item_settings_pkey UNIQUE (navigation_menu_item_id, locale, setting_name)
);
CREATE TABLE ojs.navigation_menu_item_assignments (
    navigation_menu_item_assignment_id bigint NOT NULL,
    navigation_menu_id bigint NOT NULL,
    navigation_menu_item_id bigint NOT NULL,
    parent_id bigint,
    seq bigint,
    PRIMARY KEY (navigation_menu_item_assignment_id)
);
CREATE TABLE ojs.navigation_menu_item_assignment_settings (
    navigation_menu_item_assignment_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT navigation_menu_item_assignment_settings_pkey UNIQUE (navigation_menu_item_assignment_id, locale, setting_name)
);
CREATE TABLE ojs.journals (
    journal_id bigint NOT NULL,
    path character varying(32) NOT NULL,
    seq double precision NOT NULL,
    primary_locale character varying(14) NOT NULL,
    enabled smallint NOT NULL,
    PRIMARY KEY (journal_id)
);
CREATE TABLE ojs.journal_settings (
    journal_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6),
    CONSTRAINT journal_settings_pkey UNIQUE (journal_id, locale, setting_name)
);
CREATE TABLE ojs.sections (
    section_id bigint NOT NULL,
    journal_id bigint NOT NULL,
    review_form_id bigint,
    seq double precision NOT NULL,
    editor_restricted smallint NOT NULL,
    meta_indexed smallint NOT NULL,
    meta_reviewed smallint NOT NULL,
    abstracts_not_required smallint NOT NULL,
    hide_title smallint NOT NULL,
    hide_author smallint NOT NULL,
    abstract_word_count bigint,
    PRIMARY KEY (section_id)
);
CREATE TABLE ojs.section_settings (
    section_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT section_settings_pkey UNIQUE (section_id, locale, setting_name)
);
CREATE TABLE ojs.issues (
    issue_id bigint NOT NULL,
    journal_id bigint NOT NULL,
    volume smallint,
    number character varying(40),
    year smallint,
    published smallint NOT NULL,
    current smallint NOT NULL,
    date_published timestamp without time zone,
    date_notified timestamp without time zone,
    last_modified timestamp without time zone,
    access_status smallint NOT NULL,
    open_access_date timestamp without time zone,
    show_volume smallint NOT NULL,
    show_number smallint NOT NULL,
    show_year smallint NOT NULL,
    show_title smallint NOT NULL,
    style_file_name character varying(90),
    original_style_file_name character varying(255),
    url_path character varying(64),
    PRIMARY KEY (issue_id)
);
CREATE TABLE ojs.issue_settings (
    issue_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT issue_settings_pkey UNIQUE (issue_id, locale, setting_name)
);
CREATE TABLE ojs.issue_galleys (
    galley_id bigint NOT NULL,
    locale character varying(14),
    issue_id bigint NOT NULL,
    file_id bigint NOT NULL,
    label character varying(32),
    seq double precision NOT NULL,
    url_path character varying(64),
    PRIMARY KEY (galley_id)
);
CREATE TABLE ojs.issue_galley_settings (
    galley_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT issue_galley_settings_pkey UNIQUE (galley_id, locale, setting_name)
);
CREATE TABLE ojs.issue_files (
    file_id bigint NOT NULL,
    issue_id bigint NOT NULL,
    file_name character varying(90) NOT NULL,
    file_type character varying(255) NOT NULL,
    file_size bigint NOT NULL,
    content_type bigint NOT NULL,
    original_file_name character varying(127),
    date_uploaded timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (file_id)
);
CREATE TABLE ojs.custom_issue_orders (
    issue_id bigint NOT NULL,
    journal_id bigint NOT NULL,
    seq double precision NOT NULL,
    CONSTRAINT custom_issue_orders_pkey UNIQUE (issue_id)
);
CREATE TABLE ojs.custom_section_orders (
    issue_id bigint NOT NULL,
    section_id bigint NOT NULL,
    seq double precision NOT NULL,
    CONSTRAINT custom_section_orders_pkey UNIQUE (issue_id, section_id)
);
CREATE TABLE ojs.submission_tombstones (
    tombstone_id bigint NOT NULL,
    submission_id bigint NOT NULL,
    date_deleted timestamp without time zone NOT NULL,
    journal_id bigint NOT NULL,
    section_id bigint NOT NULL,
    set_spec character varying(255) NOT NULL,
    set_name character varying(255) NOT NULL,
    oai_identifier character varying(255) NOT NULL,
    PRIMARY KEY (tombstone_id)
);
CREATE TABLE ojs.publications (
    publication_id bigint NOT NULL,
    access_status bigint,
    date_published date,
    last_modified timestamp without time zone,
    locale character varying(14),
    primary_contact_id bigint,
    section_id bigint,
    seq double precision NOT NULL,
    submission_id bigint NOT NULL,
    status smallint NOT NULL,
    url_path character varying(64),
    version bigint,
    PRIMARY KEY (publication_id)
);
CREATE TABLE ojs.publication_galleys (
    galley_id bigint NOT NULL,
    locale character varying(14),
    publication_id bigint NOT NULL,
    label character varying(255),
    file_id bigint,
    seq double precision NOT NULL,
    remote_url character varying(2047),
    is_approved smallint NOT NULL,
    url_path character varying(64),
    PRIMARY KEY (galley_id)
);
CREATE TABLE ojs.publication_galley_settings (
    galley_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    CONSTRAINT publication_galley_settings_pkey UNIQUE (galley_id, locale, setting_name)
);
CREATE TABLE ojs.subscription_types (
    type_id bigint NOT NULL,
    journal_id bigint NOT NULL,
    cost double precision NOT NULL,
    currency_code_alpha character varying(3) NOT NULL,
    non_expiring smallint NOT NULL,
    duration smallint,
    format smallint NOT NULL,
    institutional smallint NOT NULL,
    membership smallint NOT NULL,
    disable_public_display smallint NOT NULL,
    seq double precision NOT NULL,
    PRIMARY KEY (type_id)
);
CREATE TABLE ojs.subscription_type_settings (
    type_id bigint NOT NULL,
    locale character varying(14) NOT NULL,
    setting_name character varying(255) NOT NULL,
    setting_value text,
    setting_type character varying(6) NOT NULL,
    CONSTRAINT subscription_type_settings_pkey UNIQUE (type_id, locale, setting_name)
);
CREATE TABLE ojs.subscriptions (
    subscription_id bigint NOT NULL,
    journal_id bigint NOT NULL,
    user_id bigint NOT NULL,
    type_id bigint NOT NULL,
    date_start date,
    date_end timestamp without time zone,
    status smallint NOT NULL,
    membership character varying(40),
    reference_number character varying(40),
    notes text,
    PRIMARY KEY (subscription_id)
);
CREATE TABLE ojs.institutional_subscriptions (
    institutional_subscription_id bigint NOT NULL,
    subscription_id bigint NOT NULL,
    institution_name character varying(255) NOT NULL,
    mailing_address character varying(255),
    domain character varying(255),
    PRIMARY KEY (institutional_subscription_id)
);
CREATE TABLE ojs.institutional_subscription_ip (
    institutional_subscription_ip_id bigint NOT NULL,
    subscription_id bigint NOT NULL,
    ip_string character varying(40) NOT NULL,
    ip_start bigint NOT NULL,
    ip_end bigint,
    PRIMARY KEY (institutional_subscription_ip_id)
);
CREATE TABLE ojs.queued_payments (
    queued_payment_id bigint NOT NULL,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    expiry_date date,
    payment_data text,
    PRIMARY KEY (queued_payment_id)
);
CREATE TABLE ojs.completed_payments (
    completed_payment_id bigint NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    payment_type bigint NOT NULL,
    context_id bigint NOT NULL,
    user_id bigint,
    assoc_id bigint,
    amount double precision NOT NULL,
    currency_code_alpha character varying(3),
    payment_method_plugin_name character varying(80),
    PRIMARY KEY (completed_payment_id)
);
COMMENT ON COLUMN ojs.versions.major IS 'Major component of version number, e.g. the 2 in OJS 2.3.8-0';
COMMENT ON COLUMN ojs.versions.minor IS 'Minor component of version number, e.g. the 3 in OJS 2.3.8-0';
COMMENT ON COLUMN ojs.versions.revision IS 'Revision component of version number, e.g. the 8 in OJS 2.3.8-0';
COMMENT ON COLUMN ojs.versions.build IS 'Build component of version number, e.g. the 0 in OJS 2.3.8-0';
COMMENT ON COLUMN ojs.versions.current IS '1 iff the version entry being described is currently active. This permits the table to store past installation history for forensic purposes.';
COMMENT ON COLUMN ojs.versions.product_type IS 'Describes the type of product this row describes, e.g. "plugins.generic" (for a generic plugin) or "core" for the application itelf';
COMMENT ON COLUMN ojs.versions.product IS 'Uniquely identifies the product this version row describes, e.g. "ojs2" for OJS 2.x, "languageToggle" for the language toggle block plugin, etc.';
COMMENT ON COLUMN ojs.versions.product_class_name IS 'Specifies the class name associated with this product, for plugins, or the empty string where not applicable.';
COMMENT ON COLUMN ojs.versions.lazy_load IS '1 iff the row describes a lazy-load plugin; 0 otherwise';
COMMENT ON COLUMN ojs.versions.sitewide IS '1 iff the row describes a site-wide plugin; 0 otherwise';
COMMENT ON TABLE ojs.versions IS 'Describes the installation and upgrade version history for the application and all installed plugins.';
COMMENT ON COLUMN ojs.site.redirect IS 'If not 0, redirect to the specified journal/conference/... site.';
COMMENT ON COLUMN ojs.site.primary_locale IS 'Primary locale for the site.';
COMMENT ON COLUMN ojs.site.installed_locales IS 'Locales for which support has been installed.';
COMMENT ON COLUMN ojs.site.supported_locales IS 'Locales supported by the site (for hosted journals/conferences/...).';
COMMENT ON TABLE ojs.site IS 'Common site settings.';
COMMENT ON TABLE ojs.site_settings IS 'Site settings.';
COMMENT ON TABLE ojs.auth_sources IS 'User authentication sources.';
COMMENT ON TABLE ojs.users IS 'User authentication credentials and profile data.';
COMMENT ON TABLE ojs.user_settings IS 'Locale-specific user data';
COMMENT ON TABLE ojs.sessions IS 'Browser/user sessions and session data.';
COMMENT ON TABLE ojs.access_keys IS 'Access keys are used to provide pseudo-login functionality for security-minimal tasks. Passkeys can be emailed directly to users, who can use them for a limited time in lieu of standard username and password.';
COMMENT ON TABLE ojs.notifications IS 'Stores notifications for users as created by the system after certain operations.';
COMMENT ON COLUMN ojs.notification_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.notification_settings IS 'Stores metadata for specific notifications';
COMMENT ON COLUMN ojs.notification_subscription_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.notification_subscription_settings IS 'Stores user preferences on what notifications should be blocked and/or emailed to them';
COMMENT ON TABLE ojs.notification_mail_list IS 'Stores subscriptions to the notification mailing list';
COMMENT ON COLUMN ojs.email_templates_default.email_key IS 'Unique identifier for this email.';
COMMENT ON TABLE ojs.email_templates_default IS 'Default email templates.';
COMMENT ON COLUMN ojs.email_templates_default_data.email_key IS 'Unique identifier for this email.';
COMMENT ON TABLE ojs.email_templates_default_data IS 'Default data for email templates.';
COMMENT ON COLUMN ojs.email_templates.email_key IS 'Unique identifier for this email.';
COMMENT ON TABLE ojs.email_templates IS 'Templates for emails.';
COMMENT ON TABLE ojs.oai_resumption_tokens IS 'Resumption tokens for the OAI protocol interface.';
COMMENT ON COLUMN ojs.plugin_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.plugin_settings IS 'Plugin settings.';
COMMENT ON TABLE ojs.event_log IS 'A log of all events associated with an object.';
COMMENT ON COLUMN ojs.event_log_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.event_log_settings IS 'Event log associative data';
COMMENT ON TABLE ojs.email_log IS 'A log of all emails sent out related to an object.';
COMMENT ON TABLE ojs.email_log_users IS 'Associations for email logs within a user.';
COMMENT ON TABLE ojs.controlled_vocabs IS 'Controlled vocabularies';
COMMENT ON TABLE ojs.controlled_vocab_entries IS 'Controlled vocabulary entries';
COMMENT ON TABLE ojs.controlled_vocab_entry_settings IS 'Controlled vocabulary entry settings';
COMMENT ON TABLE ojs.user_interests IS 'Reviewer Interests Associative Table';
COMMENT ON TABLE ojs.scheduled_tasks IS 'The last run times of all scheduled tasks.';
COMMENT ON TABLE ojs.temporary_files IS 'Temporary file storage';
COMMENT ON TABLE ojs.announcement_types IS 'Announcement types.';
COMMENT ON TABLE ojs.announcement_type_settings IS 'Locale-specific announcement type data';
COMMENT ON TABLE ojs.announcements IS 'Announcements.';
COMMENT ON TABLE ojs.announcement_settings IS 'Locale-specific announcement data';
COMMENT ON TABLE ojs.review_assignments IS 'Reviewing assignments.';
COMMENT ON TABLE ojs.review_rounds IS 'Review rounds.';
COMMENT ON TABLE ojs.review_round_files IS 'Submission Files for each review round';
COMMENT ON TABLE ojs.review_files IS 'Associates reviewable submission files with reviews';
COMMENT ON TABLE ojs.review_forms IS 'Review forms.';
COMMENT ON TABLE ojs.review_form_settings IS 'Review form settings';
COMMENT ON TABLE ojs.review_form_elements IS 'Review form elements.';
COMMENT ON TABLE ojs.review_form_element_settings IS 'Review form element settings';
COMMENT ON TABLE ojs.review_form_responses IS 'Review form responses.';
COMMENT ON TABLE ojs.submissions IS 'Submissions';
COMMENT ON TABLE ojs.submission_settings IS 'Submission metadata';
COMMENT ON TABLE ojs.publication_settings IS 'publication metadata';
COMMENT ON TABLE ojs.authors IS 'Authors for submissions.';
COMMENT ON TABLE ojs.author_settings IS 'Language dependent author metadata.';
COMMENT ON TABLE ojs.edit_decisions IS 'Editor decisions.';
COMMENT ON TABLE ojs.submission_comments IS 'Comments posted on submissions';
COMMENT ON TABLE ojs.subeditor_submission_group IS 'Assignments of sub editors to submission groups.';
COMMENT ON TABLE ojs.queries IS 'queries posted on submission workflow';
COMMENT ON TABLE ojs.query_participants IS 'queries posted on submission workflow';
COMMENT ON TABLE ojs.submission_search_keyword_list IS 'List of all keywords.';
COMMENT ON COLUMN ojs.submission_search_objects.type IS 'Type of item. E.g., abstract, fulltext, etc.';
COMMENT ON COLUMN ojs.submission_search_objects.assoc_id IS 'Optional ID of an associated record (e.g., a file_id)';
COMMENT ON TABLE ojs.submission_search_objects IS 'Indexed objects.';
COMMENT ON COLUMN ojs.submission_search_object_keywords.pos IS 'Word position of the keyword in the object.';
COMMENT ON TABLE ojs.submission_search_object_keywords IS 'Keyword occurrences for each indexed object.';
COMMENT ON TABLE ojs.submission_files IS 'Files associated with submission. Includes submission files, etc.';
COMMENT ON COLUMN ojs.submission_file_settings.setting_type IS '(bool|int|float|string|object|date)';
COMMENT ON TABLE ojs.submission_file_settings IS 'Article supplementary file metadata.';
COMMENT ON TABLE ojs.submission_artwork_files IS 'Submission visuals.';
COMMENT ON TABLE ojs.submission_supplementary_files IS 'Submission supplementary content.';
COMMENT ON TABLE ojs.categories IS 'Permits the organization of content into categories.';
COMMENT ON COLUMN ojs.category_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.category_settings IS 'Category-specific settings';
COMMENT ON TABLE ojs.publication_categories IS 'Associations for categories and publications.';
COMMENT ON TABLE ojs.item_views IS 'Tracking of views for various types of objects such as files, reviews, etc';
COMMENT ON TABLE ojs.citations IS 'Citations';
COMMENT ON TABLE ojs.citation_settings IS 'Citation settings';
COMMENT ON TABLE ojs.metadata_descriptions IS 'Metadata Descriptions';
COMMENT ON TABLE ojs.metadata_description_settings IS 'Metadata Description Settings';
COMMENT ON TABLE ojs.filter_groups IS 'Filter groups';
COMMENT ON TABLE ojs.filters IS 'Configured filter instances (transformations)';
COMMENT ON TABLE ojs.filter_settings IS 'Filter Settings';
COMMENT ON TABLE ojs.genres IS 'A context''s submission file genres.';
COMMENT ON COLUMN ojs.genre_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.genre_settings IS 'Genre settings';
COMMENT ON TABLE ojs.data_object_tombstones IS 'Unnavailable data object tombstones.';
COMMENT ON COLUMN ojs.data_object_tombstone_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.data_object_tombstone_settings IS 'Data object tombstone settings.';
COMMENT ON TABLE ojs.data_object_tombstone_oai_set_objects IS 'Objects that are part of a data object tombstone OAI set.';
COMMENT ON TABLE ojs.user_groups IS 'User groups for a context.';
COMMENT ON COLUMN ojs.user_group_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.user_group_settings IS 'User Group-specific settings';
COMMENT ON TABLE ojs.user_user_groups IS 'User group assignments (mapping of user to user groups)';
COMMENT ON TABLE ojs.user_group_stage IS 'User groups assignments to stages in the workflow';
COMMENT ON TABLE ojs.stage_assignments IS 'Stage Assignments';
COMMENT ON TABLE ojs.metrics IS 'OLAP statistics data table.';
COMMENT ON TABLE ojs.library_files IS 'Library files for a context';
COMMENT ON COLUMN ojs.library_file_settings.setting_type IS '(bool|int|float|string|object|date)';
COMMENT ON TABLE ojs.library_file_settings IS 'Library file metadata.';
COMMENT ON TABLE ojs.navigation_menus IS 'NavigationMenus';
COMMENT ON TABLE ojs.navigation_menu_items IS 'NavigationMenuItems';
COMMENT ON TABLE ojs.navigation_menu_item_settings IS 'Locale-specific navigation menu item data';
COMMENT ON TABLE ojs.navigation_menu_item_assignments IS 'NavigationMenuItemAssignments which assign menu items to a menu and describe nested menu structure.';
COMMENT ON TABLE ojs.navigation_menu_item_assignment_settings IS 'Locale-specific navigation menu item assignments data';
COMMENT ON COLUMN ojs.journals.seq IS 'Used to order lists of journals';
COMMENT ON COLUMN ojs.journals.enabled IS 'Controls whether or not the journal is considered "live" and will appear on the website. (Note that disabled journals may still be accessible, but only if the user knows the URL.)';
COMMENT ON TABLE ojs.journals IS 'Journals and basic journal settings.';
COMMENT ON TABLE ojs.journal_settings IS 'Journal settings.';
COMMENT ON TABLE ojs.sections IS 'Journal sections.';
COMMENT ON COLUMN ojs.section_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.section_settings IS 'Section-specific settings';
COMMENT ON TABLE ojs.issues IS 'Journal issues.';
COMMENT ON TABLE ojs.issue_settings IS 'Locale-specific issue data';
COMMENT ON TABLE ojs.issue_galleys IS 'Issue galleys.';
COMMENT ON COLUMN ojs.issue_galley_settings.setting_type IS '(bool|int|float|string|object)';
COMMENT ON TABLE ojs.issue_galley_settings IS 'Issue galley metadata.';
COMMENT ON TABLE ojs.custom_issue_orders IS 'Custom sequencing information for journal issues, when available';
COMMENT ON TABLE ojs.custom_section_orders IS 'Custom sequencing information for journal sections by issue, when available.';
COMMENT ON TABLE ojs.submission_tombstones IS 'Archived, removed from TOC, unscheduled or unpublished journal articles.';
COMMENT ON TABLE ojs.publications IS 'Publications';
COMMENT ON TABLE ojs.publication_galleys IS 'Publication galleys';
COMMENT ON TABLE ojs.publication_galley_settings IS 'Galley metadata.';
COMMENT ON TABLE ojs.subscription_types IS 'Subscription types.';
COMMENT ON TABLE ojs.subscription_type_settings IS 'Locale-specific subscription type data';
COMMENT ON TABLE ojs.subscriptions IS 'Journal subscriptions.';
COMMENT ON TABLE ojs.institutional_subscriptions IS 'Journal institutional subscriptions.';
COMMENT ON TABLE ojs.institutional_subscription_ip IS 'Journal institutional subscription IPs and IP ranges.';
COMMENT ON TABLE ojs.queued_payments IS 'Logs queued (unfulfilled) payments.';
COMMENT ON TABLE ojs.completed_payments IS 'Logs completed (fulfilled) payments.';
