-- OpenCATS, the open-source applicant tracking system for recruiters and staffing agencies (candidates with their
-- contact details, skills, pay expectations, EEO ethnicity/veteran/disability/gender data, sources, tags and
-- duplicates; client companies with their departments and contacts; job orders with their recruiter, owner,
-- openings and status; the pipeline of candidates on job orders with its statuses and status history and ratings;
-- activities (calls, emails, meetings) and their types; calendar events and their types; attachments such as
-- resumes; saved lists and their entries, saved searches, most-recently-used items; extra (custom) fields and their
-- settings; the career portal with its templates and questionnaires, questions, answers and the candidates'
-- questionnaire history; e-mail templates and sent e-mail history; users, access levels, logins, sites (tenants),
-- settings, the field-change history, data imports, the background queue, feedback, HTTP logs, job-board XML feeds
-- and US zip codes), as a fresh OpenCATS 0.9.7.4 install creates it: db/cats_schema.sql of
-- github.com/opencats/OpenCATS (commit 0c1487b, 2024-09-16; the file last changed in 19f1fcd, 2023-08-30), MPL-2.0
-- (original CATS code under the CATS Public License 1.1a, a modified MPL); we use the schema's facts. The MySQL dump
-- was converted by a one-off script (int -> integer, int unsigned -> bigint, tinyint -> smallint, mediumint ->
-- integer, datetime -> timestamp, tinytext/longtext -> text), loaded into a scratch PostgreSQL 15 and regenerated
-- from its catalog: all 55 tables with their primary keys and the 2 column comments the source declares, schema
-- opencats; the table user and the columns position and user are quoted, as PostgreSQL requires. The source
-- (MyISAM tables) declares no foreign keys: references such as candidate_joborder.candidate_id, joborder.company_id
-- or activity.data_item_id with data_item_type are implied by the names only. Left out: AUTO_INCREMENT, defaults,
-- collations, engine options, indexes, and the INSERTs of the default rows (access levels, activity, calendar event
-- and pipeline status types, data item types, EEO types, the admin user and sites, e-mail templates, career portal
-- templates, default tags, module versions, XML feeds, ...). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS opencats;
CREATE TABLE opencats.access_level (
    access_level_id integer NOT NULL,
    short_description character varying(32) NOT NULL,
    long_description text NOT NULL,
    PRIMARY KEY (access_level_id)
);
CREATE TABLE opencats.activity (
    activity_id integer NOT NULL,
    data_item_id integer NOT NULL,
    data_item_type integer NOT NULL,
    joborder_id integer,
    site_id integer NOT NULL,
    entered_by integer NOT NULL,
    date_created timestamp without time zone NOT NULL,
    type integer NOT NULL,
    notes text,
    date_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (activity_id)
);
CREATE TABLE opencats.activity_type (
    activity_type_id integer NOT NULL,
    short_description character varying(32) NOT NULL,
    PRIMARY KEY (activity_type_id)
);
CREATE TABLE opencats.attachment (
    attachment_id integer NOT NULL,
    data_item_id integer NOT NULL,
    data_item_type integer NOT NULL,
    site_id integer NOT NULL,
    title character varying(128),
    original_filename character varying(255) NOT NULL,
    stored_filename character varying(255) NOT NULL,
    content_type character varying(255),
    resume integer NOT NULL,
    text text,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    profile_image integer,
    directory_name character varying(64),
    md5_sum character varying(40) NOT NULL,
    file_size_kb integer,
    md5_sum_text character varying(40) NOT NULL,
    PRIMARY KEY (attachment_id)
);
CREATE TABLE opencats.calendar_event (
    calendar_event_id integer NOT NULL,
    type integer NOT NULL,
    date timestamp without time zone NOT NULL,
    title text NOT NULL,
    all_day integer NOT NULL,
    data_item_id integer NOT NULL,
    data_item_type integer NOT NULL,
    entered_by integer NOT NULL,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    site_id integer NOT NULL,
    joborder_id integer NOT NULL,
    description text,
    duration integer NOT NULL,
    reminder_enabled integer NOT NULL,
    reminder_email text,
    reminder_time integer,
    public integer NOT NULL,
    PRIMARY KEY (calendar_event_id)
);
CREATE TABLE opencats.calendar_event_type (
    calendar_event_type_id integer NOT NULL,
    short_description character varying(32) NOT NULL,
    icon_image character varying(128) NOT NULL,
    PRIMARY KEY (calendar_event_type_id)
);
CREATE TABLE opencats.candidate (
    candidate_id integer NOT NULL,
    site_id integer NOT NULL,
    last_name character varying(64) NOT NULL,
    first_name character varying(64) NOT NULL,
    middle_name character varying(32),
    phone_home character varying(40),
    phone_cell character varying(40),
    phone_work character varying(40),
    address text,
    city character varying(64),
    state character varying(64),
    zip character varying(16),
    source character varying(128),
    date_available timestamp without time zone,
    can_relocate integer NOT NULL,
    notes text,
    key_skills text,
    current_employer character varying(128),
    entered_by integer NOT NULL,
    owner integer,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    email1 character varying(128),
    email2 character varying(128),
    web_site character varying(128),
    import_id integer NOT NULL,
    is_hot integer NOT NULL,
    eeo_ethnic_type_id integer,
    eeo_veteran_type_id integer,
    eeo_disability_status character varying(5),
    eeo_gender character varying(5),
    desired_pay character varying(64),
    current_pay character varying(64),
    is_active integer,
    is_admin_hidden integer,
    best_time_to_call character varying(255) NOT NULL,
    PRIMARY KEY (candidate_id)
);
CREATE TABLE opencats.candidate_duplicates (
    old_candidate_id integer NOT NULL,
    new_candidate_id integer NOT NULL,
    site_id integer NOT NULL,
    PRIMARY KEY (old_candidate_id, new_candidate_id)
);
CREATE TABLE opencats.candidate_joborder (
    candidate_joborder_id integer NOT NULL,
    candidate_id integer NOT NULL,
    joborder_id integer NOT NULL,
    site_id integer NOT NULL,
    status integer NOT NULL,
    date_submitted timestamp without time zone,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    rating_value integer,
    added_by integer,
    PRIMARY KEY (candidate_joborder_id)
);
CREATE TABLE opencats.candidate_joborder_status (
    candidate_joborder_status_id integer NOT NULL,
    short_description character varying(32) NOT NULL,
    can_be_scheduled integer NOT NULL,
    triggers_email integer NOT NULL,
    is_enabled integer NOT NULL,
    PRIMARY KEY (candidate_joborder_status_id)
);
CREATE TABLE opencats.candidate_joborder_status_history (
    candidate_joborder_status_history_id integer NOT NULL,
    candidate_id integer NOT NULL,
    joborder_id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    status_from integer NOT NULL,
    status_to integer NOT NULL,
    site_id integer NOT NULL,
    PRIMARY KEY (candidate_joborder_status_history_id)
);
CREATE TABLE opencats.candidate_jobordrer_status_type (
    candidate_status_type_id integer NOT NULL,
    short_description character varying(32) NOT NULL,
    can_be_scheduled integer NOT NULL,
    PRIMARY KEY (candidate_status_type_id)
);
CREATE TABLE opencats.candidate_source (
    source_id integer NOT NULL,
    name character varying(255),
    site_id integer,
    date_created timestamp without time zone,
    PRIMARY KEY (source_id)
);
CREATE TABLE opencats.candidate_tag (
    id bigint NOT NULL,
    site_id bigint,
    candidate_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opencats.career_portal_questionnaire (
    career_portal_questionnaire_id integer NOT NULL,
    title character varying(255) NOT NULL,
    site_id integer NOT NULL,
    description character varying(255),
    is_active smallint NOT NULL,
    PRIMARY KEY (career_portal_questionnaire_id)
);
CREATE TABLE opencats.career_portal_questionnaire_answer (
    career_portal_questionnaire_answer_id integer NOT NULL,
    career_portal_questionnaire_question_id integer NOT NULL,
    career_portal_questionnaire_id integer NOT NULL,
    text character varying(255) NOT NULL,
    action_source character varying(128),
    action_notes text,
    action_is_hot smallint,
    action_is_active smallint,
    action_can_relocate smallint,
    action_key_skills character varying(255),
    "position" integer NOT NULL,
    site_id integer NOT NULL,
    PRIMARY KEY (career_portal_questionnaire_answer_id)
);
CREATE TABLE opencats.career_portal_questionnaire_history (
    career_portal_questionnaire_history_id integer NOT NULL,
    site_id integer NOT NULL,
    candidate_id integer NOT NULL,
    question character varying(255) NOT NULL,
    answer character varying(255) NOT NULL,
    questionnaire_title character varying(255) NOT NULL,
    questionnaire_description character varying(255) NOT NULL,
    date timestamp without time zone NOT NULL,
    PRIMARY KEY (career_portal_questionnaire_history_id)
);
CREATE TABLE opencats.career_portal_questionnaire_question (
    career_portal_questionnaire_question_id integer NOT NULL,
    career_portal_questionnaire_id integer NOT NULL,
    text character varying(255) NOT NULL,
    minimum_length integer,
    maximum_length integer,
    required smallint NOT NULL,
    "position" integer NOT NULL,
    site_id integer NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (career_portal_questionnaire_question_id)
);
CREATE TABLE opencats.career_portal_template (
    career_portal_template_id integer NOT NULL,
    career_portal_name character varying(255),
    setting character varying(128) NOT NULL,
    value text,
    PRIMARY KEY (career_portal_template_id)
);
CREATE TABLE opencats.career_portal_template_site (
    career_portal_template_id integer NOT NULL,
    career_portal_name character varying(255),
    site_id integer NOT NULL,
    setting character varying(128) NOT NULL,
    value text,
    PRIMARY KEY (career_portal_template_id)
);
CREATE TABLE opencats.company (
    company_id integer NOT NULL,
    site_id integer NOT NULL,
    billing_contact integer,
    name character varying(64) NOT NULL,
    address text,
    city character varying(64),
    state character varying(64),
    zip character varying(16),
    phone1 character varying(40),
    phone2 character varying(40),
    url character varying(128),
    key_technologies text,
    notes text,
    entered_by integer,
    owner integer,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    is_hot integer,
    fax_number character varying(40),
    import_id integer,
    default_company integer NOT NULL,
    PRIMARY KEY (company_id)
);
CREATE TABLE opencats.company_department (
    company_department_id integer NOT NULL,
    name character varying(128),
    company_id integer NOT NULL,
    site_id integer NOT NULL,
    date_created timestamp without time zone NOT NULL,
    created_by integer,
    PRIMARY KEY (company_department_id)
);
CREATE TABLE opencats.contact (
    contact_id integer NOT NULL,
    company_id integer NOT NULL,
    site_id integer NOT NULL,
    last_name character varying(64) NOT NULL,
    first_name character varying(64) NOT NULL,
    title character varying(128),
    email1 character varying(128),
    email2 character varying(128),
    phone_work character varying(40),
    phone_cell character varying(40),
    phone_other character varying(40),
    address text,
    city character varying(64),
    state character varying(64),
    zip character varying(16),
    is_hot integer,
    notes text,
    entered_by integer NOT NULL,
    owner integer,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    left_company integer NOT NULL,
    import_id integer NOT NULL,
    company_department_id integer NOT NULL,
    reports_to integer,
    PRIMARY KEY (contact_id)
);
CREATE TABLE opencats.data_item_type (
    data_item_type_id integer NOT NULL,
    short_description character varying(32) NOT NULL,
    PRIMARY KEY (data_item_type_id)
);
CREATE TABLE opencats.eeo_ethnic_type (
    eeo_ethnic_type_id integer NOT NULL,
    type character varying(128) NOT NULL,
    PRIMARY KEY (eeo_ethnic_type_id)
);
CREATE TABLE opencats.eeo_veteran_type (
    eeo_veteran_type_id integer NOT NULL,
    type character varying(128) NOT NULL,
    PRIMARY KEY (eeo_veteran_type_id)
);
CREATE TABLE opencats.email_history (
    email_history_id integer NOT NULL,
    from_address character varying(128) NOT NULL,
    recipients text NOT NULL,
    text text,
    user_id integer,
    site_id integer NOT NULL,
    date timestamp without time zone,
    PRIMARY KEY (email_history_id)
);
CREATE TABLE opencats.email_template (
    email_template_id integer NOT NULL,
    text text,
    allow_substitution integer NOT NULL,
    site_id integer NOT NULL,
    tag character varying(255),
    title character varying(255),
    possible_variables text,
    disabled integer,
    PRIMARY KEY (email_template_id)
);
CREATE TABLE opencats.extension_statistics (
    extension_statistics_id integer NOT NULL,
    extension character varying(128) NOT NULL,
    action character varying(128) NOT NULL,
    "user" character varying(128) NOT NULL,
    date date,
    PRIMARY KEY (extension_statistics_id)
);
CREATE TABLE opencats.extra_field (
    extra_field_id integer NOT NULL,
    data_item_id integer,
    field_name character varying(255),
    value text,
    import_id integer,
    site_id integer,
    data_item_type integer,
    PRIMARY KEY (extra_field_id)
);
CREATE TABLE opencats.extra_field_settings (
    extra_field_settings_id integer NOT NULL,
    field_name character varying(255),
    import_id integer,
    site_id integer NOT NULL,
    date_created timestamp without time zone,
    data_item_type integer,
    extra_field_type integer NOT NULL,
    extra_field_options text,
    "position" integer NOT NULL,
    PRIMARY KEY (extra_field_settings_id)
);
CREATE TABLE opencats.feedback (
    feedback_id integer NOT NULL,
    user_id integer,
    site_id integer NOT NULL,
    date_created timestamp without time zone NOT NULL,
    subject character varying(255) NOT NULL,
    reply_to_address character varying(255) NOT NULL,
    reply_to_name character varying(255) NOT NULL,
    feedback text NOT NULL,
    archived integer NOT NULL,
    PRIMARY KEY (feedback_id)
);
CREATE TABLE opencats.history (
    history_id integer NOT NULL,
    data_item_type integer,
    data_item_id integer,
    the_field character varying(64),
    previous_value text,
    new_value text,
    description character varying(192),
    set_date timestamp without time zone,
    entered_by integer,
    site_id integer NOT NULL,
    PRIMARY KEY (history_id)
);
CREATE TABLE opencats.http_log (
    log_id integer NOT NULL,
    site_id integer NOT NULL,
    remote_addr character(16) NOT NULL,
    http_user_agent character varying(255),
    script_filename character varying(255),
    request_method character varying(16),
    query_string character varying(255),
    request_uri character varying(255),
    script_name character varying(255),
    log_type integer NOT NULL,
    date timestamp without time zone,
    PRIMARY KEY (log_id)
);
CREATE TABLE opencats.http_log_types (
    log_type_id integer NOT NULL,
    name character varying(16) NOT NULL,
    description character varying(255),
    default_log_type smallint NOT NULL,
    PRIMARY KEY (log_type_id)
);
CREATE TABLE opencats.import (
    import_id integer NOT NULL,
    module_name character varying(255) NOT NULL,
    reverted integer NOT NULL,
    site_id integer NOT NULL,
    import_errors text,
    added_lines integer,
    date_created timestamp without time zone,
    PRIMARY KEY (import_id)
);
CREATE TABLE opencats.installtest (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opencats.joborder (
    joborder_id integer NOT NULL,
    recruiter integer,
    contact_id integer,
    company_id integer,
    entered_by integer NOT NULL,
    owner integer,
    site_id integer NOT NULL,
    client_job_id character varying(32),
    title character varying(64) NOT NULL,
    description text,
    notes text,
    type character varying(64) NOT NULL,
    duration character varying(64),
    rate_max character varying(255),
    salary character varying(64),
    status character varying(64) NOT NULL,
    is_hot integer NOT NULL,
    openings integer,
    city character varying(64) NOT NULL,
    state character varying(64) NOT NULL,
    start_date timestamp without time zone,
    date_created timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    public integer NOT NULL,
    company_department_id integer,
    is_admin_hidden integer,
    openings_available integer,
    questionnaire_id integer,
    import_id integer NOT NULL,
    PRIMARY KEY (joborder_id)
);
CREATE TABLE opencats.module_schema (
    module_schema_id integer NOT NULL,
    name character varying(64),
    version integer,
    PRIMARY KEY (module_schema_id)
);
CREATE TABLE opencats.mru (
    mru_id integer NOT NULL,
    user_id integer,
    site_id integer NOT NULL,
    data_item_type integer NOT NULL,
    data_item_text character varying(64) NOT NULL,
    url character varying(255) NOT NULL,
    date_created timestamp without time zone NOT NULL,
    PRIMARY KEY (mru_id)
);
CREATE TABLE opencats.queue (
    queue_id integer NOT NULL,
    site_id integer NOT NULL,
    task character varying(125) NOT NULL,
    args text,
    priority smallint NOT NULL,
    date_created timestamp without time zone NOT NULL,
    date_timeout timestamp without time zone NOT NULL,
    date_completed timestamp without time zone,
    locked smallint NOT NULL,
    error smallint,
    response character varying(255),
    PRIMARY KEY (queue_id)
);
CREATE TABLE opencats.saved_list (
    saved_list_id integer NOT NULL,
    description character varying(64) NOT NULL,
    data_item_type integer NOT NULL,
    site_id integer NOT NULL,
    is_dynamic integer,
    datagrid_instance character varying(64),
    parameters text,
    created_by integer,
    number_entries integer,
    date_created timestamp without time zone,
    date_modified timestamp without time zone,
    PRIMARY KEY (saved_list_id)
);
CREATE TABLE opencats.saved_list_entry (
    saved_list_entry_id integer NOT NULL,
    saved_list_id integer NOT NULL,
    data_item_type integer NOT NULL,
    data_item_id integer NOT NULL,
    site_id integer NOT NULL,
    date_created timestamp without time zone,
    PRIMARY KEY (saved_list_entry_id)
);
CREATE TABLE opencats.saved_search (
    search_id integer NOT NULL,
    data_item_text text,
    url text,
    is_custom integer,
    data_item_type integer,
    user_id integer,
    site_id integer,
    date_created timestamp without time zone,
    PRIMARY KEY (search_id)
);
CREATE TABLE opencats.settings (
    settings_id integer NOT NULL,
    setting character varying(255) NOT NULL,
    value character varying(255),
    site_id integer NOT NULL,
    settings_type integer,
    PRIMARY KEY (settings_id)
);
CREATE TABLE opencats.site (
    site_id integer NOT NULL,
    name character varying(255) NOT NULL,
    is_demo integer NOT NULL,
    user_licenses integer NOT NULL,
    entered_by integer NOT NULL,
    date_created timestamp without time zone NOT NULL,
    unix_name character varying(128),
    company_id integer,
    is_free integer,
    account_active integer NOT NULL,
    account_deleted integer NOT NULL,
    reason_disabled text,
    time_zone integer,
    time_format_24 integer,
    date_format_ddmmyy integer,
    is_hr_mode integer,
    file_size_kb integer,
    page_views bigint,
    page_view_days integer,
    last_viewed_day date,
    first_time_setup smallint,
    localization_configured integer,
    agreed_to_license integer,
    limit_warning smallint NOT NULL,
    PRIMARY KEY (site_id)
);
CREATE TABLE opencats.sph_counter (
    counter_id integer NOT NULL,
    max_doc_id integer NOT NULL,
    PRIMARY KEY (counter_id)
);
CREATE TABLE opencats.system (
    system_id integer NOT NULL,
    uid integer,
    available_version integer,
    date_version_checked timestamp without time zone NOT NULL,
    available_version_description text,
    disable_version_check integer,
    PRIMARY KEY (system_id)
);
CREATE TABLE opencats.tag (
    tag_id bigint NOT NULL,
    tag_parent_id bigint,
    title character varying(255),
    description character varying(500),
    site_id bigint,
    date_created timestamp without time zone,
    PRIMARY KEY (tag_id)
);
CREATE TABLE opencats."user" (
    user_id integer NOT NULL,
    site_id integer NOT NULL,
    user_name character varying(64) NOT NULL,
    email character varying(128),
    password character varying(128) NOT NULL,
    access_level integer NOT NULL,
    can_change_password integer NOT NULL,
    is_test_user integer NOT NULL,
    last_name character varying(40) NOT NULL,
    first_name character varying(40) NOT NULL,
    is_demo integer,
    categories character varying(192),
    session_cookie character varying(256),
    pipeline_entries_per_page integer,
    column_preferences text,
    force_logout integer,
    title character varying(64),
    phone_work character varying(64),
    phone_cell character varying(64),
    phone_other character varying(64),
    address text,
    notes text,
    company character varying(255),
    city character varying(64),
    state character varying(64),
    zip_code character varying(16),
    country character varying(128),
    can_see_eeo_info integer,
    PRIMARY KEY (user_id)
);
CREATE TABLE opencats.user_login (
    user_login_id integer NOT NULL,
    user_id integer,
    site_id integer NOT NULL,
    ip character varying(128) NOT NULL,
    user_agent character varying(255),
    date timestamp without time zone NOT NULL,
    successful integer NOT NULL,
    host character varying(255),
    date_refreshed timestamp without time zone,
    PRIMARY KEY (user_login_id)
);
CREATE TABLE opencats.word_verification (
    word_verification_id integer NOT NULL,
    word character varying(28) NOT NULL,
    PRIMARY KEY (word_verification_id)
);
CREATE TABLE opencats.xml_feed_submits (
    feed_id integer NOT NULL,
    feed_site character varying(75) NOT NULL,
    feed_url character varying(255) NOT NULL,
    date_last_post date NOT NULL,
    PRIMARY KEY (feed_id)
);
CREATE TABLE opencats.xml_feeds (
    xml_feed_id integer NOT NULL,
    name character varying(50) NOT NULL,
    description character varying(255),
    website character varying(255),
    post_url character varying(255) NOT NULL,
    success_string character varying(255) NOT NULL,
    xml_template_name character varying(255) NOT NULL,
    PRIMARY KEY (xml_feed_id)
);
CREATE TABLE opencats.zipcodes (
    zipcode integer NOT NULL,
    city text NOT NULL,
    state character varying(2) NOT NULL,
    areacode smallint NOT NULL,
    PRIMARY KEY (zipcode)
);
COMMENT ON COLUMN opencats.candidate.entered_by IS 'Created-by user.';
COMMENT ON COLUMN opencats.queue.priority IS '1-5, 1 is highest priority';
