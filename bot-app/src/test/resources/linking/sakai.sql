-- Sakai 11.2 LMS schema (kernel site/realm/user/content/event, announcements, assignments, calendar, chat, mail archive, gradebook, forums, tests & quizzes, sign-up, site stats, lessons, syllabus, PA system), from the MySQL DDL scripts of sakaiproject/sakai 11.2, converted to PostgreSQL
CREATE SCHEMA sakai;

CREATE TABLE sakai.announcement_channel (
    channel_id character varying(255) NOT NULL,
    next_id integer,
    xml text
);

CREATE TABLE sakai.announcement_message (
    channel_id character varying(255) NOT NULL,
    message_id character varying(36) NOT NULL,
    draft character(1),
    pubview character(1),
    owner character varying(99),
    message_date timestamp without time zone NOT NULL,
    xml text,
    message_order integer,
    CONSTRAINT announcement_message_pkey PRIMARY KEY (channel_id, message_id)
);

CREATE TABLE sakai.assignment_assignment (
    assignment_id character varying(99) NOT NULL,
    context character varying(99),
    xml text
);

CREATE TABLE sakai.assignment_content (
    content_id character varying(99) NOT NULL,
    context character varying(99),
    xml text
);

CREATE TABLE sakai.assignment_submission (
    submission_id character varying(99) NOT NULL,
    context character varying(99) NOT NULL,
    submitter_id character varying(99) NOT NULL,
    submit_time character varying(99),
    submitted character varying(6),
    graded character varying(6),
    xml text
);

CREATE TABLE sakai.calendar_calendar (
    calendar_id character varying(99) NOT NULL,
    next_id integer,
    xml text
);

CREATE TABLE sakai.calendar_event (
    calendar_id character varying(99) NOT NULL,
    event_id character varying(36) NOT NULL,
    event_start timestamp without time zone NOT NULL,
    event_end timestamp without time zone NOT NULL,
    range_start integer NOT NULL,
    range_end integer NOT NULL,
    xml text
);

CREATE TABLE sakai.chat_channel (
    channel_id character varying(99) NOT NULL,
    next_id integer,
    xml text
);

CREATE TABLE sakai.chat_message (
    channel_id character varying(99) NOT NULL,
    message_id character varying(36) NOT NULL,
    draft character(1),
    pubview character(1),
    owner character varying(99),
    message_date timestamp without time zone NOT NULL,
    xml text,
    CONSTRAINT chat_message_pkey PRIMARY KEY (channel_id, message_id)
);

CREATE TABLE sakai.content_collection (
    collection_id character varying(255) NOT NULL,
    in_collection character varying(255),
    xml text,
    binary_entity bytea
);

CREATE TABLE sakai.content_dropbox_changes (
    dropbox_id character varying(255) NOT NULL,
    in_collection character varying(255),
    last_update character varying(24)
);

CREATE TABLE sakai.content_resource (
    resource_id character varying(255) NOT NULL,
    resource_uuid character varying(36),
    in_collection character varying(255),
    context character varying(99),
    file_path character varying(128),
    file_size bigint,
    resource_type_id character varying(255),
    xml text,
    binary_entity bytea
);

CREATE TABLE sakai.content_resource_bb_delete (
    resource_id character varying(255) NOT NULL,
    body bytea
);

CREATE TABLE sakai.content_resource_body_binary (
    resource_id character varying(255) NOT NULL,
    body bytea
);

CREATE TABLE sakai.content_resource_delete (
    resource_id character varying(255) NOT NULL,
    resource_uuid character varying(36),
    in_collection character varying(255),
    context character varying(99),
    file_path character varying(128),
    file_size bigint,
    resource_type_id character varying(255),
    delete_date timestamp without time zone,
    delete_userid character varying(36),
    xml text,
    binary_entity bytea
);

CREATE TABLE sakai.content_type_registry (
    context_id character varying(99) NOT NULL,
    resource_type_id character varying(255),
    enabled character varying(1)
);

CREATE TABLE sakai.gb_category_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    gradebook_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    weight double precision,
    drop_lowest integer,
    removed boolean,
    CONSTRAINT gb_category_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_comment_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    grader_id character varying(255) NOT NULL,
    student_id character varying(255) NOT NULL,
    comment_text text,
    date_recorded timestamp without time zone NOT NULL,
    gradable_object_id bigint NOT NULL,
    CONSTRAINT gb_comment_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_gradable_object_t (
    id bigint NOT NULL,
    object_type_id integer NOT NULL,
    version integer NOT NULL,
    gradebook_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    removed boolean,
    points_possible double precision,
    due_date date,
    not_counted boolean,
    externally_maintained boolean,
    external_student_link character varying(255),
    external_instructor_link character varying(255),
    external_id character varying(255),
    external_app_name character varying(255),
    released boolean,
    category_id bigint,
    CONSTRAINT gb_gradable_object_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_grade_map_t (
    id bigint NOT NULL,
    object_type_id integer NOT NULL,
    version integer NOT NULL,
    gradebook_id bigint NOT NULL,
    gb_grading_scale_t bigint,
    CONSTRAINT gb_grade_map_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_grade_record_t (
    id bigint NOT NULL,
    object_type_id integer NOT NULL,
    version integer NOT NULL,
    gradable_object_id bigint NOT NULL,
    student_id character varying(255) NOT NULL,
    grader_id character varying(255) NOT NULL,
    date_recorded timestamp without time zone NOT NULL,
    points_earned double precision,
    entered_grade character varying(255),
    CONSTRAINT gb_grade_record_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_grade_to_percent_mapping_t (
    grade_map_id bigint NOT NULL,
    percent double precision,
    letter_grade character varying(255) NOT NULL,
    CONSTRAINT gb_grade_to_percent_mapping_t_pkey PRIMARY KEY (grade_map_id, letter_grade)
);

CREATE TABLE sakai.gb_gradebook_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    gradebook_uid character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    selected_grade_mapping_id bigint,
    assignments_displayed boolean NOT NULL,
    course_grade_displayed boolean NOT NULL,
    total_points_displayed boolean NOT NULL,
    course_average_displayed boolean NOT NULL,
    all_assignments_entered boolean NOT NULL,
    locked boolean NOT NULL,
    grade_type integer NOT NULL,
    category_type integer NOT NULL,
    CONSTRAINT gb_gradebook_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_grading_event_t (
    id bigint NOT NULL,
    gradable_object_id bigint NOT NULL,
    grader_id character varying(255) NOT NULL,
    student_id character varying(255) NOT NULL,
    date_graded timestamp without time zone NOT NULL,
    grade character varying(255),
    CONSTRAINT gb_grading_event_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_grading_scale_grades_t (
    grading_scale_id bigint NOT NULL,
    letter_grade character varying(255),
    grade_idx integer NOT NULL,
    CONSTRAINT gb_grading_scale_grades_t_pkey PRIMARY KEY (grading_scale_id, grade_idx)
);

CREATE TABLE sakai.gb_grading_scale_percents_t (
    grading_scale_id bigint NOT NULL,
    percent double precision,
    letter_grade character varying(255) NOT NULL,
    CONSTRAINT gb_grading_scale_percents_t_pkey PRIMARY KEY (grading_scale_id, letter_grade)
);

CREATE TABLE sakai.gb_grading_scale_t (
    id bigint NOT NULL,
    object_type_id integer NOT NULL,
    version integer NOT NULL,
    scale_uid character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    unavailable boolean,
    CONSTRAINT gb_grading_scale_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_property_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    CONSTRAINT gb_property_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.gb_spreadsheet_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    creator character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    content text NOT NULL,
    date_created timestamp without time zone NOT NULL,
    gradebook_id bigint NOT NULL,
    CONSTRAINT gb_spreadsheet_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.lesson_builder_ch_status (
    checklistid bigint NOT NULL,
    checklistitemid bigint NOT NULL,
    owner character varying(36) NOT NULL,
    done boolean,
    CONSTRAINT lesson_builder_ch_status_pkey PRIMARY KEY (checklistid, checklistitemid, owner)
);

CREATE TABLE sakai.lesson_builder_comments (
    id bigint NOT NULL,
    itemid bigint NOT NULL,
    pageid bigint NOT NULL,
    timeposted timestamp without time zone NOT NULL,
    author character varying(99) NOT NULL,
    commenttext text,
    uuid character varying(36) NOT NULL,
    html boolean NOT NULL,
    points double precision,
    CONSTRAINT lesson_builder_comments_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.lesson_builder_groups (
    id bigint NOT NULL,
    itemid character varying(255) NOT NULL,
    groupid character varying(99) NOT NULL,
    groups text,
    siteid character varying(99),
    CONSTRAINT lesson_builder_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.lesson_builder_items (
    id bigint NOT NULL,
    pageid bigint NOT NULL,
    sequence integer NOT NULL,
    type integer NOT NULL,
    sakaiid character varying(250),
    name character varying(100),
    html text,
    description text,
    height character varying(8),
    width character varying(8),
    alt text,
    nextpage boolean,
    format character varying(255),
    required boolean,
    alternate boolean,
    prerequisite boolean,
    subrequirement boolean,
    requirementtext character varying(20),
    samewindow boolean,
    groups text,
    anonymous boolean,
    showcomments boolean,
    forcedcommentsanonymous boolean,
    showpeereval boolean,
    gradebookid character varying(100),
    gradebookpoints integer,
    gradebooktitle character varying(200),
    altgradebook character varying(100),
    altpoints integer,
    altgradebooktitle character varying(200),
    groupowned boolean,
    ownergroups text,
    attributestring text,
    CONSTRAINT lesson_builder_items_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.lesson_builder_log (
    id bigint NOT NULL,
    lastviewed timestamp without time zone NOT NULL,
    itemid bigint NOT NULL,
    userid character varying(99) NOT NULL,
    firstviewed timestamp without time zone NOT NULL,
    complete boolean NOT NULL,
    dummy boolean NOT NULL,
    path character varying(255),
    toolid character varying(99),
    studentpageid bigint,
    CONSTRAINT lesson_builder_log_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.lesson_builder_p_eval_results (
    peer_eval_result_id bigint NOT NULL,
    page_id bigint NOT NULL,
    time_posted timestamp without time zone,
    grader character varying(99) NOT NULL,
    gradee character varying(99) NOT NULL,
    row_text character varying(255) NOT NULL,
    column_value integer NOT NULL,
    selected boolean,
    CONSTRAINT lesson_builder_p_eval_results_pkey PRIMARY KEY (peer_eval_result_id)
);

CREATE TABLE sakai.lesson_builder_pages (
    pageid bigint NOT NULL,
    toolid character varying(99) NOT NULL,
    siteid character varying(99) NOT NULL,
    title character varying(100) NOT NULL,
    parent bigint,
    topparent bigint,
    hidden boolean,
    releasedate timestamp without time zone,
    gradebookpoints double precision,
    owner character varying(99),
    groupowned boolean,
    groupid character varying(99),
    csssheet character varying(250),
    CONSTRAINT lesson_builder_pages_pkey PRIMARY KEY (pageid)
);

CREATE TABLE sakai.lesson_builder_properties (
    id bigint NOT NULL,
    attribute character varying(255) NOT NULL,
    value text,
    CONSTRAINT lesson_builder_properties_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.lesson_builder_q_responses (
    id bigint NOT NULL,
    timeanswered timestamp without time zone NOT NULL,
    questionid bigint NOT NULL,
    userid character varying(99) NOT NULL,
    correct boolean NOT NULL,
    shortanswer text,
    multiplechoiceid bigint,
    originaltext text,
    overridden boolean NOT NULL,
    points double precision,
    CONSTRAINT lesson_builder_q_responses_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.lesson_builder_qr_totals (
    id bigint NOT NULL,
    questionid bigint,
    responseid bigint,
    respcount bigint,
    CONSTRAINT lesson_builder_qr_totals_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.lesson_builder_student_pages (
    id bigint NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    itemid bigint NOT NULL,
    pageid bigint NOT NULL,
    title character varying(100) NOT NULL,
    owner character varying(99) NOT NULL,
    groupowned boolean NOT NULL,
    groupid character varying(99),
    commentssection bigint,
    lastcommentchange timestamp without time zone,
    deleted boolean,
    points double precision,
    CONSTRAINT lesson_builder_student_pages_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mailarchive_channel (
    channel_id character varying(99) NOT NULL,
    next_id integer,
    xml text
);

CREATE TABLE sakai.mailarchive_message (
    channel_id character varying(99) NOT NULL,
    message_id character varying(36) NOT NULL,
    draft character(1),
    pubview character(1),
    owner character varying(99),
    message_date timestamp without time zone NOT NULL,
    xml text,
    CONSTRAINT mailarchive_message_pkey PRIMARY KEY (channel_id, message_id)
);

CREATE TABLE sakai.mfr_actor_permissions_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    CONSTRAINT mfr_actor_permissions_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_area_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by character varying(36) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by character varying(36) NOT NULL,
    context_id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    hidden boolean NOT NULL,
    type_uuid character varying(36) NOT NULL,
    enabled boolean NOT NULL,
    CONSTRAINT mfr_area_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_attachment_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by character varying(255) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by character varying(255) NOT NULL,
    attachment_id character varying(255) NOT NULL,
    attachment_url character varying(255) NOT NULL,
    attachment_name character varying(255) NOT NULL,
    attachment_size character varying(255) NOT NULL,
    attachment_type character varying(255) NOT NULL,
    m_surrogatekey bigint,
    mes_index_col integer,
    of_surrogatekey bigint,
    of_index_col integer,
    pf_surrogatekey bigint,
    pf_index_col integer,
    t_surrogatekey bigint,
    t_index_col integer,
    of_urrogatekey bigint,
    f_index_col integer,
    CONSTRAINT mfr_attachment_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_control_permissions_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    role character varying(255) NOT NULL,
    new_forum boolean NOT NULL,
    new_topic boolean NOT NULL,
    new_response boolean NOT NULL,
    response_to_response boolean NOT NULL,
    move_postings boolean NOT NULL,
    change_settings boolean NOT NULL,
    CONSTRAINT mfr_control_permissions_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_date_restrictions_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    visible timestamp without time zone NOT NULL,
    visible_post_on_schedule boolean NOT NULL,
    posting_allowed timestamp without time zone NOT NULL,
    posting_allowed_post_on_schedule boolean NOT NULL,
    read_only timestamp without time zone NOT NULL,
    read_only_post_on_schedule boolean NOT NULL,
    hidden timestamp without time zone NOT NULL,
    hidden_post_on_schedule boolean NOT NULL,
    CONSTRAINT mfr_date_restrictions_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_label_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by character varying(36) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by character varying(36) NOT NULL,
    key_c character varying(255) NOT NULL,
    value_c character varying(255) NOT NULL,
    df_surrogatekey bigint,
    df_index_col integer,
    dt_surrogatekey bigint,
    dt_index_col integer,
    CONSTRAINT mfr_label_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_message_forums_user_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    apasurrogatekey bigint,
    ap1_index_col integer,
    apmsurrogatekey bigint,
    ap2_index_col integer,
    apcsurrogatekey bigint,
    ap3_index_col integer,
    messurrogatekey bigint,
    mes_index_col integer,
    CONSTRAINT mfr_message_forums_user_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_message_permissions_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    role_c character varying(255) NOT NULL,
    read_c boolean NOT NULL,
    revise_any boolean NOT NULL,
    revise_own boolean NOT NULL,
    delete_any boolean NOT NULL,
    delete_own boolean NOT NULL,
    read_drafts boolean NOT NULL,
    CONSTRAINT mfr_message_permissions_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_message_t (
    id bigint NOT NULL,
    message_dtype character varying(2) NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by character varying(36) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by character varying(36) NOT NULL,
    title character varying(255) NOT NULL,
    body text NOT NULL,
    author character varying(255) NOT NULL,
    label character varying(255),
    in_reply_to bigint,
    gradebook character varying(255),
    gradebook_assignment character varying(255),
    type_uuid character varying(36) NOT NULL,
    approved boolean NOT NULL,
    draft boolean NOT NULL,
    surrogatekey bigint,
    t_index_col integer,
    external_email boolean,
    external_email_address character varying(255),
    CONSTRAINT mfr_message_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_open_forum_t (
    id bigint NOT NULL,
    forum_dtype character varying(2) NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by character varying(36) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by character varying(36) NOT NULL,
    title character varying(255) NOT NULL,
    short_description character varying(255) NOT NULL,
    extended_description text NOT NULL,
    type_uuid character varying(36) NOT NULL,
    sort_index integer NOT NULL,
    control_permissions bigint,
    message_permissions bigint,
    locked boolean NOT NULL,
    surrogatekey bigint,
    area_index_col integer,
    date_restrictions bigint,
    actor_permissions bigint,
    moderated boolean,
    area_index_col_2 integer,
    CONSTRAINT mfr_open_forum_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_private_forum_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by character varying(36) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by character varying(36) NOT NULL,
    title character varying(255) NOT NULL,
    short_description character varying(255) NOT NULL,
    extended_description text NOT NULL,
    type_uuid character varying(36) NOT NULL,
    sort_index integer NOT NULL,
    auto_forward boolean NOT NULL,
    auto_forward_email character varying(255) NOT NULL,
    preview_pane_enabled boolean NOT NULL,
    surrogatekey bigint,
    area_index_col integer,
    CONSTRAINT mfr_private_forum_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_topic_t (
    id bigint NOT NULL,
    topic_dtype character varying(2) NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    created_by character varying(36) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_by character varying(36) NOT NULL,
    title character varying(255) NOT NULL,
    short_description character varying(255) NOT NULL,
    extended_description text NOT NULL,
    mutable boolean NOT NULL,
    sort_index integer NOT NULL,
    type_uuid character varying(36) NOT NULL,
    of_surrogatekey bigint,
    of_index_col integer,
    pf_surrogatekey bigint,
    pf_index_col integer,
    control_permissions bigint,
    message_permissions bigint,
    locked boolean,
    confidential_responses boolean,
    must_respond_before_reading boolean,
    hour_before_responses_visible integer,
    date_restrictions bigint,
    actor_permissions bigint,
    moderated boolean,
    gradebook character varying(255),
    gradebook_assignment character varying(255),
    bf_index_col integer,
    CONSTRAINT mfr_topic_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.mfr_unread_status_t (
    id bigint NOT NULL,
    version integer NOT NULL,
    topic bigint,
    message bigint,
    user_c character varying(255) NOT NULL,
    read_c boolean NOT NULL,
    topic_c character varying(255),
    message_c character varying(255),
    CONSTRAINT mfr_unread_status_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.pasystem_banner_alert (
    uuid character(36) NOT NULL,
    message character varying(4000) NOT NULL,
    hosts character varying(512),
    active integer NOT NULL,
    start_time bigint,
    end_time bigint,
    banner_type character varying(255),
    CONSTRAINT pasystem_banner_alert_pkey PRIMARY KEY (uuid)
);

CREATE TABLE sakai.pasystem_banner_dismissed (
    uuid character(36),
    user_eid character varying(255),
    state character varying(50),
    dismiss_time bigint
);

CREATE TABLE sakai.pasystem_popup_assign (
    uuid character(36),
    user_eid character varying(255)
);

CREATE TABLE sakai.pasystem_popup_content (
    uuid character(36) NOT NULL,
    template_content text,
    CONSTRAINT pasystem_popup_content_pkey PRIMARY KEY (uuid)
);

CREATE TABLE sakai.pasystem_popup_dismissed (
    uuid character(36),
    user_eid character varying(255),
    state character varying(50),
    dismiss_time bigint
);

CREATE TABLE sakai.pasystem_popup_screens (
    uuid character(36) NOT NULL,
    descriptor character varying(255),
    start_time bigint,
    end_time bigint,
    open_campaign integer,
    CONSTRAINT pasystem_popup_screens_pkey PRIMARY KEY (uuid)
);

CREATE TABLE sakai.sakai_alias (
    alias_id character varying(99) NOT NULL,
    target character varying(255),
    createdby character varying(99) NOT NULL,
    modifiedby character varying(99) NOT NULL,
    createdon timestamp without time zone NOT NULL,
    modifiedon timestamp without time zone NOT NULL,
    CONSTRAINT sakai_alias_pkey PRIMARY KEY (alias_id)
);

CREATE TABLE sakai.sakai_alias_property (
    alias_id character varying(99) NOT NULL,
    name character varying(99) NOT NULL,
    value text,
    CONSTRAINT sakai_alias_property_pkey PRIMARY KEY (alias_id, name)
);

CREATE TABLE sakai.sakai_cluster (
    server_id_instance character varying(64) NOT NULL,
    update_time timestamp without time zone,
    status text,
    server_id character varying(64),
    CONSTRAINT sakai_cluster_pkey PRIMARY KEY (server_id_instance)
);

CREATE TABLE sakai.sakai_config_item (
    id bigint NOT NULL,
    node character varying(255),
    name character varying(255) NOT NULL,
    value text,
    raw_value text,
    type character varying(255) NOT NULL,
    default_value text,
    description text,
    source character varying(255),
    defaulted boolean NOT NULL,
    registered boolean NOT NULL,
    secured boolean NOT NULL,
    dynamic boolean NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    poll_on timestamp without time zone,
    CONSTRAINT sakai_config_item_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sakai_digest (
    digest_id character varying(99) NOT NULL,
    xml text
);

CREATE TABLE sakai.sakai_event (
    event_id bigint NOT NULL,
    event_date timestamp without time zone,
    event character varying(32),
    ref character varying(255),
    context character varying(255),
    session_id character varying(163),
    event_code character varying(1),
    CONSTRAINT sakai_event_pkey PRIMARY KEY (event_id)
);

CREATE TABLE sakai.sakai_locks (
    table_name character varying(64),
    record_id character varying(512),
    lock_time timestamp without time zone,
    usage_session_id character varying(36)
);

CREATE TABLE sakai.sakai_notification (
    notification_id character varying(99) NOT NULL,
    xml text
);

CREATE TABLE sakai.sakai_preferences (
    preferences_id character varying(99) NOT NULL,
    xml text
);

CREATE TABLE sakai.sakai_realm (
    realm_key integer NOT NULL,
    realm_id character varying(255) NOT NULL,
    provider_id character varying(4000),
    maintain_role integer,
    createdby character varying(99),
    modifiedby character varying(99),
    createdon timestamp without time zone,
    modifiedon timestamp without time zone,
    CONSTRAINT sakai_realm_pkey PRIMARY KEY (realm_key)
);

CREATE TABLE sakai.sakai_realm_function (
    function_key integer NOT NULL,
    function_name character varying(99) NOT NULL,
    CONSTRAINT sakai_realm_function_pkey PRIMARY KEY (function_key)
);

CREATE TABLE sakai.sakai_realm_property (
    realm_key integer NOT NULL,
    name character varying(99) NOT NULL,
    value text,
    CONSTRAINT sakai_realm_property_pkey PRIMARY KEY (realm_key, name)
);

CREATE TABLE sakai.sakai_realm_provider (
    realm_key integer NOT NULL,
    provider_id character varying(200) NOT NULL,
    CONSTRAINT sakai_realm_provider_pkey PRIMARY KEY (realm_key, provider_id)
);

CREATE TABLE sakai.sakai_realm_rl_fn (
    realm_key integer NOT NULL,
    role_key integer NOT NULL,
    function_key integer NOT NULL,
    CONSTRAINT sakai_realm_rl_fn_pkey PRIMARY KEY (realm_key, role_key, function_key)
);

CREATE TABLE sakai.sakai_realm_rl_gr (
    realm_key integer NOT NULL,
    user_id character varying(99) NOT NULL,
    role_key integer NOT NULL,
    active character(1),
    provided character(1),
    CONSTRAINT sakai_realm_rl_gr_pkey PRIMARY KEY (realm_key, user_id)
);

CREATE TABLE sakai.sakai_realm_role (
    role_key integer NOT NULL,
    role_name character varying(99) NOT NULL,
    CONSTRAINT sakai_realm_role_pkey PRIMARY KEY (role_key)
);

CREATE TABLE sakai.sakai_realm_role_desc (
    realm_key integer NOT NULL,
    role_key integer NOT NULL,
    description text,
    provider_only character(1),
    CONSTRAINT sakai_realm_role_desc_pkey PRIMARY KEY (realm_key, role_key)
);

CREATE TABLE sakai.sakai_session (
    session_id character varying(36),
    session_server character varying(64),
    "session_user" character varying(99),
    session_ip character varying(128),
    session_hostname character varying(255),
    session_user_agent character varying(255),
    session_start timestamp without time zone,
    session_end timestamp without time zone,
    session_active boolean
);

CREATE TABLE sakai.sakai_site (
    site_id character varying(99) NOT NULL,
    title character varying(99),
    type character varying(99),
    short_desc text,
    description text,
    icon_url character varying(255),
    info_url character varying(255),
    skin character varying(255),
    published integer,
    joinable character(1),
    pubview character(1),
    join_role character varying(99),
    createdby character varying(99),
    modifiedby character varying(99),
    createdon timestamp without time zone,
    modifiedon timestamp without time zone,
    is_special character(1),
    is_user character(1),
    custom_page_ordered character(1),
    is_softly_deleted character(1) NOT NULL,
    softly_deleted_date timestamp without time zone,
    CONSTRAINT sakai_site_pkey PRIMARY KEY (site_id)
);

CREATE TABLE sakai.sakai_site_group (
    group_id character varying(99) NOT NULL,
    site_id character varying(99) NOT NULL,
    title character varying(99),
    description text,
    CONSTRAINT sakai_site_group_pkey PRIMARY KEY (group_id)
);

CREATE TABLE sakai.sakai_site_group_property (
    site_id character varying(99) NOT NULL,
    group_id character varying(99) NOT NULL,
    name character varying(99) NOT NULL,
    value text,
    CONSTRAINT sakai_site_group_property_pkey PRIMARY KEY (group_id, name)
);

CREATE TABLE sakai.sakai_site_page (
    page_id character varying(99) NOT NULL,
    site_id character varying(99) NOT NULL,
    title character varying(99),
    layout character(1),
    site_order integer NOT NULL,
    popup character(1),
    CONSTRAINT sakai_site_page_pkey PRIMARY KEY (page_id)
);

CREATE TABLE sakai.sakai_site_page_property (
    site_id character varying(99) NOT NULL,
    page_id character varying(99) NOT NULL,
    name character varying(99) NOT NULL,
    value text,
    CONSTRAINT sakai_site_page_property_pkey PRIMARY KEY (page_id, name)
);

CREATE TABLE sakai.sakai_site_property (
    site_id character varying(99) NOT NULL,
    name character varying(99) NOT NULL,
    value text,
    CONSTRAINT sakai_site_property_pkey PRIMARY KEY (site_id, name)
);

CREATE TABLE sakai.sakai_site_tool (
    tool_id character varying(99) NOT NULL,
    page_id character varying(99) NOT NULL,
    site_id character varying(99) NOT NULL,
    registration character varying(99) NOT NULL,
    page_order integer NOT NULL,
    title character varying(99),
    layout_hints character varying(99),
    CONSTRAINT sakai_site_tool_pkey PRIMARY KEY (tool_id)
);

CREATE TABLE sakai.sakai_site_tool_property (
    site_id character varying(99) NOT NULL,
    tool_id character varying(99) NOT NULL,
    name character varying(99) NOT NULL,
    value text,
    CONSTRAINT sakai_site_tool_property_pkey PRIMARY KEY (tool_id, name)
);

CREATE TABLE sakai.sakai_site_user (
    site_id character varying(99) NOT NULL,
    user_id character varying(99) NOT NULL,
    permission integer NOT NULL,
    CONSTRAINT sakai_site_user_pkey PRIMARY KEY (site_id, user_id)
);

CREATE TABLE sakai.sakai_syllabus_attach (
    syllabusattachid bigint NOT NULL,
    lockid integer NOT NULL,
    attachmentid text NOT NULL,
    syllabusattachname text NOT NULL,
    syllabusattachsize text,
    syllabusattachtype text,
    createdby text,
    syllabusattachurl text NOT NULL,
    lastmodifiedby text,
    syllabusid bigint,
    CONSTRAINT sakai_syllabus_attach_pkey PRIMARY KEY (syllabusattachid)
);

CREATE TABLE sakai.sakai_syllabus_data (
    id bigint NOT NULL,
    lockid integer NOT NULL,
    asset text,
    "position" integer NOT NULL,
    title text,
    xview character varying(16),
    status character varying(64),
    emailnotification character varying(128),
    surrogatekey bigint,
    CONSTRAINT sakai_syllabus_data_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sakai_syllabus_item (
    id bigint NOT NULL,
    lockid integer NOT NULL,
    userid character varying(36) NOT NULL,
    contextid character varying(36) NOT NULL,
    redirecturl text,
    CONSTRAINT sakai_syllabus_item_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sakai_user (
    user_id character varying(99) NOT NULL,
    email character varying(255),
    email_lc character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    type character varying(255),
    pw character varying(255),
    createdby character varying(99) NOT NULL,
    modifiedby character varying(99) NOT NULL,
    createdon timestamp without time zone NOT NULL,
    modifiedon timestamp without time zone NOT NULL,
    CONSTRAINT sakai_user_pkey PRIMARY KEY (user_id)
);

CREATE TABLE sakai.sakai_user_id_map (
    user_id character varying(99) NOT NULL,
    eid character varying(255) NOT NULL,
    CONSTRAINT sakai_user_id_map_pkey PRIMARY KEY (user_id)
);

CREATE TABLE sakai.sakai_user_property (
    user_id character varying(99) NOT NULL,
    name character varying(99) NOT NULL,
    value text,
    CONSTRAINT sakai_user_property_pkey PRIMARY KEY (user_id, name)
);

CREATE TABLE sakai.sam_answer_t (
    answerid bigint NOT NULL,
    itemtextid bigint NOT NULL,
    itemid bigint NOT NULL,
    text text,
    sequence bigint NOT NULL,
    label character varying(20),
    iscorrect boolean,
    grade character varying(80),
    score real,
    CONSTRAINT sam_answer_t_pkey PRIMARY KEY (answerid)
);

CREATE TABLE sakai.sam_answerfeedback_t (
    answerfeedbackid bigint NOT NULL,
    answerid bigint NOT NULL,
    typeid character varying(255),
    text text,
    CONSTRAINT sam_answerfeedback_t_pkey PRIMARY KEY (answerfeedbackid)
);

CREATE TABLE sakai.sam_assessaccesscontrol_t (
    assessmentid bigint NOT NULL,
    submissionsallowed integer,
    unlimitedsubmissions boolean,
    submissionssaved integer,
    assessmentformat integer,
    bookmarkingitem integer,
    timelimit integer,
    timedassessment integer,
    retryallowed integer,
    latehandling integer,
    startdate timestamp without time zone,
    duedate timestamp without time zone,
    scoredate timestamp without time zone,
    feedbackdate timestamp without time zone,
    retractdate timestamp without time zone,
    autosubmit integer,
    itemnavigation integer,
    itemnumbering integer,
    displayscore integer,
    submissionmessage text,
    releaseto character varying(255),
    username character varying(255),
    password character varying(255),
    finalpageurl text,
    CONSTRAINT sam_assessaccesscontrol_t_pkey PRIMARY KEY (assessmentid)
);

CREATE TABLE sakai.sam_assessevaluation_t (
    assessmentid bigint NOT NULL,
    evaluationcomponents character varying(255),
    scoringtype integer,
    numericmodelid character varying(255),
    fixedtotalscore integer,
    gradeavailable integer,
    isstudentidpublic integer,
    anonymousgrading integer,
    autoscoring integer,
    togradebook character varying(255),
    CONSTRAINT sam_assessevaluation_t_pkey PRIMARY KEY (assessmentid)
);

CREATE TABLE sakai.sam_assessfeedback_t (
    assessmentid bigint NOT NULL,
    feedbackdelivery integer,
    feedbackauthoring integer,
    editcomponents integer,
    showquestiontext boolean,
    showstudentresponse boolean,
    showcorrectresponse boolean,
    showstudentscore boolean,
    showstudentquestionscore boolean,
    showquestionlevelfeedback boolean,
    showselectionlevelfeedback boolean,
    showgradercomments boolean,
    showstatistics boolean,
    CONSTRAINT sam_assessfeedback_t_pkey PRIMARY KEY (assessmentid)
);

CREATE TABLE sakai.sam_assessmentbase_t (
    id bigint NOT NULL,
    istemplate character varying(255) NOT NULL,
    parentid bigint,
    title character varying(255),
    description text,
    comments text,
    typeid bigint,
    instructornotification integer,
    testeenotification integer,
    multipartallowed integer,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    assessmenttemplateid bigint,
    CONSTRAINT sam_assessmentbase_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sam_assessmentgrading_t (
    assessmentgradingid bigint NOT NULL,
    publishedassessmentid bigint NOT NULL,
    agentid character varying(255) NOT NULL,
    submitteddate timestamp without time zone,
    islate boolean NOT NULL,
    forgrade boolean NOT NULL,
    totalautoscore real,
    totaloverridescore real,
    finalscore real,
    comments text,
    gradedby character varying(255),
    gradeddate timestamp without time zone,
    status integer NOT NULL,
    attemptdate timestamp without time zone,
    timeelapsed integer,
    CONSTRAINT sam_assessmentgrading_t_pkey PRIMARY KEY (assessmentgradingid)
);

CREATE TABLE sakai.sam_assessmetadata_t (
    assessmentmetadataid bigint NOT NULL,
    assessmentid bigint NOT NULL,
    label character varying(255) NOT NULL,
    entry character varying(255),
    CONSTRAINT sam_assessmetadata_t_pkey PRIMARY KEY (assessmentmetadataid)
);

CREATE TABLE sakai.sam_attachment_t (
    attachmentid bigint NOT NULL,
    attachmenttype character varying(255) NOT NULL,
    resourceid character varying(255),
    filename character varying(255),
    mimetype character varying(80),
    filesize bigint,
    description text,
    location text,
    islink boolean,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    assessmentid bigint,
    sectionid bigint,
    itemid bigint,
    CONSTRAINT sam_attachment_t_pkey PRIMARY KEY (attachmentid)
);

CREATE TABLE sakai.sam_authzdata_t (
    id bigint NOT NULL,
    lockid integer NOT NULL,
    agentid character varying(255) NOT NULL,
    functionid character varying(36) NOT NULL,
    qualifierid character varying(36) NOT NULL,
    effectivedate date,
    expirationdate date,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate date NOT NULL,
    isexplicit boolean,
    CONSTRAINT sam_authzdata_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sam_functiondata_t (
    functionid bigint NOT NULL,
    referencename character varying(255) NOT NULL,
    displayname character varying(255),
    description text,
    functiontypeid text,
    CONSTRAINT sam_functiondata_t_pkey PRIMARY KEY (functionid)
);

CREATE TABLE sakai.sam_gradingsummary_t (
    assessmentgradingsummaryid bigint NOT NULL,
    publishedassessmentid bigint NOT NULL,
    agentid character varying(255) NOT NULL,
    totalsubmitted integer,
    totalsubmittedforgrade integer,
    lastsubmitteddate timestamp without time zone,
    lastsubmittedassessmentislate boolean NOT NULL,
    sumof_autoscoreforgrade real,
    average_autoscoreforgrade real,
    highest_autoscoreforgrade real,
    lowest_autoscoreforgrade real,
    last_autoscoreforgrade real,
    sumof_overridescoreforgrade real,
    average_overridescoreforgrade real,
    highest_overridescoreforgrade real,
    lowest_overridescoreforgrade real,
    last_overridescoreforgrade real,
    scoringtype integer,
    acceptedassessmentislate boolean,
    finalassessmentscore real,
    feedtogradebook boolean,
    CONSTRAINT sam_gradingsummary_t_pkey PRIMARY KEY (assessmentgradingsummaryid)
);

CREATE TABLE sakai.sam_item_t (
    itemid bigint NOT NULL,
    sectionid bigint,
    itemidstring character varying(255),
    sequence integer,
    duration integer,
    triesallowed integer,
    instruction text,
    description text,
    typeid bigint NOT NULL,
    grade character varying(80),
    score real,
    hint text,
    hasrationale boolean,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    CONSTRAINT sam_item_t_pkey PRIMARY KEY (itemid)
);

CREATE TABLE sakai.sam_itemfeedback_t (
    itemfeedbackid bigint NOT NULL,
    itemid bigint NOT NULL,
    typeid character varying(255) NOT NULL,
    text text,
    CONSTRAINT sam_itemfeedback_t_pkey PRIMARY KEY (itemfeedbackid)
);

CREATE TABLE sakai.sam_itemgrading_t (
    itemgradingid bigint NOT NULL,
    assessmentgradingid bigint NOT NULL,
    publisheditemid bigint NOT NULL,
    publisheditemtextid bigint NOT NULL,
    agentid character varying(255) NOT NULL,
    submitteddate timestamp without time zone,
    publishedanswerid bigint,
    rationale text,
    answertext text,
    autoscore real,
    overridescore real,
    comments text,
    gradedby character varying(255),
    gradeddate timestamp without time zone,
    review boolean,
    attemptsremaining integer,
    lastduration character varying(36),
    CONSTRAINT sam_itemgrading_t_pkey PRIMARY KEY (itemgradingid)
);

CREATE TABLE sakai.sam_itemmetadata_t (
    itemmetadataid bigint NOT NULL,
    itemid bigint NOT NULL,
    label character varying(255) NOT NULL,
    entry character varying(255),
    CONSTRAINT sam_itemmetadata_t_pkey PRIMARY KEY (itemmetadataid)
);

CREATE TABLE sakai.sam_itemtext_t (
    itemtextid bigint NOT NULL,
    itemid bigint NOT NULL,
    sequence bigint NOT NULL,
    text text,
    CONSTRAINT sam_itemtext_t_pkey PRIMARY KEY (itemtextid)
);

CREATE TABLE sakai.sam_media_t (
    mediaid bigint NOT NULL,
    itemgradingid bigint,
    media bytea,
    filesize bigint,
    mimetype character varying(80),
    description text,
    location character varying(255),
    filename character varying(255),
    islink boolean,
    ishtmlinline boolean,
    status integer,
    createdby character varying(255),
    createddate timestamp without time zone,
    lastmodifiedby character varying(255),
    lastmodifieddate timestamp without time zone,
    duration character varying(36),
    CONSTRAINT sam_media_t_pkey PRIMARY KEY (mediaid)
);

CREATE TABLE sakai.sam_publishedaccesscontrol_t (
    assessmentid bigint NOT NULL,
    unlimitedsubmissions boolean,
    submissionsallowed integer,
    submissionssaved integer,
    assessmentformat integer,
    bookmarkingitem integer,
    timelimit integer,
    timedassessment integer,
    retryallowed integer,
    latehandling integer,
    startdate timestamp without time zone,
    duedate timestamp without time zone,
    scoredate timestamp without time zone,
    feedbackdate timestamp without time zone,
    retractdate timestamp without time zone,
    autosubmit integer,
    itemnavigation integer,
    itemnumbering integer,
    submissionmessage text,
    releaseto character varying(255),
    username character varying(255),
    password character varying(255),
    finalpageurl text,
    CONSTRAINT sam_publishedaccesscontrol_t_pkey PRIMARY KEY (assessmentid)
);

CREATE TABLE sakai.sam_publishedanswer_t (
    answerid bigint NOT NULL,
    itemtextid bigint NOT NULL,
    itemid bigint NOT NULL,
    text text,
    sequence bigint NOT NULL,
    label character varying(20),
    iscorrect boolean,
    grade character varying(80),
    score real,
    CONSTRAINT sam_publishedanswer_t_pkey PRIMARY KEY (answerid)
);

CREATE TABLE sakai.sam_publishedanswerfeedback_t (
    answerfeedbackid bigint NOT NULL,
    answerid bigint NOT NULL,
    typeid character varying(255),
    text text,
    CONSTRAINT sam_publishedanswerfeedback_t_pkey PRIMARY KEY (answerfeedbackid)
);

CREATE TABLE sakai.sam_publishedassessment_t (
    id bigint NOT NULL,
    title character varying(255),
    assessmentid bigint,
    description text,
    comments character varying(255),
    typeid bigint,
    instructornotification integer,
    testeenotification integer,
    multipartallowed integer,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    CONSTRAINT sam_publishedassessment_t_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sam_publishedattachment_t (
    attachmentid bigint NOT NULL,
    attachmenttype character varying(255) NOT NULL,
    resourceid character varying(255),
    filename character varying(255),
    mimetype character varying(80),
    filesize bigint,
    description text,
    location text,
    islink boolean,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    assessmentid bigint,
    sectionid bigint,
    itemid bigint,
    CONSTRAINT sam_publishedattachment_t_pkey PRIMARY KEY (attachmentid)
);

CREATE TABLE sakai.sam_publishedevaluation_t (
    assessmentid bigint NOT NULL,
    evaluationcomponents character varying(255),
    scoringtype integer,
    numericmodelid character varying(255),
    fixedtotalscore integer,
    gradeavailable integer,
    isstudentidpublic integer,
    anonymousgrading integer,
    autoscoring integer,
    togradebook character varying(255),
    CONSTRAINT sam_publishedevaluation_t_pkey PRIMARY KEY (assessmentid)
);

CREATE TABLE sakai.sam_publishedfeedback_t (
    assessmentid bigint NOT NULL,
    feedbackdelivery integer,
    feedbackauthoring integer,
    editcomponents integer,
    showquestiontext boolean,
    showstudentresponse boolean,
    showcorrectresponse boolean,
    showstudentscore boolean,
    showstudentquestionscore boolean,
    showquestionlevelfeedback boolean,
    showselectionlevelfeedback boolean,
    showgradercomments boolean,
    showstatistics boolean,
    CONSTRAINT sam_publishedfeedback_t_pkey PRIMARY KEY (assessmentid)
);

CREATE TABLE sakai.sam_publisheditem_t (
    itemid bigint NOT NULL,
    sectionid bigint NOT NULL,
    itemidstring character varying(255),
    sequence integer,
    duration integer,
    triesallowed integer,
    instruction text,
    description text,
    typeid bigint NOT NULL,
    grade character varying(80),
    score real,
    hint text,
    hasrationale boolean,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    CONSTRAINT sam_publisheditem_t_pkey PRIMARY KEY (itemid)
);

CREATE TABLE sakai.sam_publisheditemfeedback_t (
    itemfeedbackid bigint NOT NULL,
    itemid bigint NOT NULL,
    typeid character varying(255) NOT NULL,
    text text,
    CONSTRAINT sam_publisheditemfeedback_t_pkey PRIMARY KEY (itemfeedbackid)
);

CREATE TABLE sakai.sam_publisheditemmetadata_t (
    itemmetadataid bigint NOT NULL,
    itemid bigint NOT NULL,
    label character varying(255) NOT NULL,
    entry character varying(255),
    CONSTRAINT sam_publisheditemmetadata_t_pkey PRIMARY KEY (itemmetadataid)
);

CREATE TABLE sakai.sam_publisheditemtext_t (
    itemtextid bigint NOT NULL,
    itemid bigint NOT NULL,
    sequence bigint NOT NULL,
    text text,
    CONSTRAINT sam_publisheditemtext_t_pkey PRIMARY KEY (itemtextid)
);

CREATE TABLE sakai.sam_publishedmetadata_t (
    assessmentmetadataid bigint NOT NULL,
    assessmentid bigint NOT NULL,
    label character varying(255) NOT NULL,
    entry character varying(255),
    CONSTRAINT sam_publishedmetadata_t_pkey PRIMARY KEY (assessmentmetadataid)
);

CREATE TABLE sakai.sam_publishedsection_t (
    sectionid bigint NOT NULL,
    assessmentid bigint NOT NULL,
    duration integer,
    sequence integer,
    title character varying(255),
    description text,
    typeid bigint NOT NULL,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    CONSTRAINT sam_publishedsection_t_pkey PRIMARY KEY (sectionid)
);

CREATE TABLE sakai.sam_publishedsectionmetadata_t (
    publishedsectionmetadataid bigint NOT NULL,
    sectionid bigint NOT NULL,
    label character varying(255) NOT NULL,
    entry character varying(255),
    CONSTRAINT sam_publishedsectionmetadata_t_pkey PRIMARY KEY (publishedsectionmetadataid)
);

CREATE TABLE sakai.sam_publishedsecuredip_t (
    ipaddressid bigint NOT NULL,
    assessmentid bigint NOT NULL,
    hostname character varying(255),
    ipaddress character varying(255),
    CONSTRAINT sam_publishedsecuredip_t_pkey PRIMARY KEY (ipaddressid)
);

CREATE TABLE sakai.sam_qualifierdata_t (
    qualifierid bigint NOT NULL,
    referencename character varying(255) NOT NULL,
    displayname character varying(255),
    description text,
    qualifiertypeid text,
    CONSTRAINT sam_qualifierdata_t_pkey PRIMARY KEY (qualifierid)
);

CREATE TABLE sakai.sam_questionpool_t (
    questionpoolid bigint NOT NULL,
    title character varying(255),
    description character varying(255),
    parentpoolid bigint,
    ownerid character varying(255),
    organizationname character varying(255),
    datecreated timestamp without time zone,
    lastmodifieddate timestamp without time zone,
    lastmodifiedby character varying(255),
    defaultaccesstypeid bigint,
    objective character varying(255),
    keywords character varying(255),
    rubric text,
    typeid bigint,
    intellectualpropertyid bigint,
    CONSTRAINT sam_questionpool_t_pkey PRIMARY KEY (questionpoolid)
);

CREATE TABLE sakai.sam_questionpoolaccess_t (
    questionpoolid bigint NOT NULL,
    agentid character varying(255) NOT NULL,
    accesstypeid bigint NOT NULL,
    CONSTRAINT sam_questionpoolaccess_t_pkey PRIMARY KEY (questionpoolid, agentid, accesstypeid)
);

CREATE TABLE sakai.sam_questionpoolitem_t (
    questionpoolid bigint NOT NULL,
    itemid character varying(255) NOT NULL,
    CONSTRAINT sam_questionpoolitem_t_pkey PRIMARY KEY (questionpoolid, itemid)
);

CREATE TABLE sakai.sam_section_t (
    sectionid bigint NOT NULL,
    assessmentid bigint NOT NULL,
    duration integer,
    sequence integer,
    title character varying(255),
    description text,
    typeid bigint,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    CONSTRAINT sam_section_t_pkey PRIMARY KEY (sectionid)
);

CREATE TABLE sakai.sam_sectionmetadata_t (
    sectionmetadataid bigint NOT NULL,
    sectionid bigint NOT NULL,
    label character varying(255) NOT NULL,
    entry character varying(255),
    CONSTRAINT sam_sectionmetadata_t_pkey PRIMARY KEY (sectionmetadataid)
);

CREATE TABLE sakai.sam_securedip_t (
    ipaddressid bigint NOT NULL,
    assessmentid bigint NOT NULL,
    hostname character varying(255),
    ipaddress character varying(255),
    CONSTRAINT sam_securedip_t_pkey PRIMARY KEY (ipaddressid)
);

CREATE TABLE sakai.sam_studentgradingsummary_t (
    studentgradingsummaryid bigint NOT NULL,
    publishedassessmentid bigint NOT NULL,
    agentid character varying(255) NOT NULL,
    numberretake integer,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    CONSTRAINT sam_studentgradingsummary_t_pkey PRIMARY KEY (studentgradingsummaryid)
);

CREATE TABLE sakai.sam_type_t (
    typeid bigint NOT NULL,
    authority character varying(255),
    domain character varying(255),
    keyword character varying(255),
    description text,
    status integer NOT NULL,
    createdby character varying(255) NOT NULL,
    createddate timestamp without time zone NOT NULL,
    lastmodifiedby character varying(255) NOT NULL,
    lastmodifieddate timestamp without time zone NOT NULL,
    CONSTRAINT sam_type_t_pkey PRIMARY KEY (typeid)
);

CREATE TABLE sakai.signup_attachments (
    meeting_id bigint NOT NULL,
    resource_id character varying(255),
    file_name character varying(255),
    mime_type character varying(80),
    filesize bigint,
    location text,
    islink boolean,
    timeslot_id bigint,
    view_by_all boolean,
    created_by character varying(99) NOT NULL,
    created_date timestamp without time zone NOT NULL,
    last_modified_by character varying(99) NOT NULL,
    last_modified_date timestamp without time zone NOT NULL,
    list_index integer NOT NULL,
    CONSTRAINT signup_attachments_pkey PRIMARY KEY (meeting_id, list_index)
);

CREATE TABLE sakai.signup_meetings (
    id bigint NOT NULL,
    version integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    location character varying(255) NOT NULL,
    category character varying(255),
    meeting_type character varying(50) NOT NULL,
    creator_user_id character varying(99) NOT NULL,
    coordinators_user_ids character varying(1000),
    start_time timestamp without time zone NOT NULL,
    end_time timestamp without time zone NOT NULL,
    signup_begins timestamp without time zone,
    signup_deadline timestamp without time zone,
    canceled boolean,
    locked boolean,
    allow_waitlist boolean,
    allow_comment boolean,
    auto_reminder boolean,
    eid_input_mode boolean,
    receive_email_owner boolean,
    default_send_email_by_owner boolean,
    allow_attendance boolean,
    recurrence_id bigint,
    repeat_type character varying(20),
    maxnumof_slot integer,
    create_groups boolean,
    vevent_uuid character varying(36),
    CONSTRAINT signup_meetings_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.signup_site_groups (
    signup_site_id bigint NOT NULL,
    title character varying(255),
    group_id character varying(99) NOT NULL,
    calendar_event_id character varying(2000),
    calendar_id character varying(99),
    list_index integer NOT NULL,
    CONSTRAINT signup_site_groups_pkey PRIMARY KEY (signup_site_id, list_index)
);

CREATE TABLE sakai.signup_sites (
    id bigint NOT NULL,
    version integer NOT NULL,
    title character varying(255),
    site_id character varying(99) NOT NULL,
    calendar_event_id character varying(2000),
    calendar_id character varying(99),
    meeting_id bigint NOT NULL,
    list_index integer,
    CONSTRAINT signup_sites_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.signup_ts (
    id bigint NOT NULL,
    version integer NOT NULL,
    start_time timestamp without time zone NOT NULL,
    end_time timestamp without time zone NOT NULL,
    max_no_of_attendees integer,
    display_attendees boolean,
    canceled boolean,
    locked boolean,
    group_id character varying(99),
    vevent_uuid character varying(36),
    meeting_id bigint NOT NULL,
    list_index integer,
    CONSTRAINT signup_ts_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.signup_ts_attendees (
    timeslot_id bigint NOT NULL,
    attendee_user_id character varying(99) NOT NULL,
    comments text,
    signup_site_id character varying(99) NOT NULL,
    calendar_event_id character varying(2000),
    calendar_id character varying(99),
    attended boolean,
    list_index integer NOT NULL,
    CONSTRAINT signup_ts_attendees_pkey PRIMARY KEY (timeslot_id, list_index)
);

CREATE TABLE sakai.signup_ts_waitinglist (
    timeslot_id bigint NOT NULL,
    attendee_user_id character varying(99) NOT NULL,
    comments text,
    signup_site_id character varying(99) NOT NULL,
    calendar_event_id character varying(2000),
    calendar_id character varying(99),
    attended boolean,
    list_index integer NOT NULL,
    CONSTRAINT signup_ts_waitinglist_pkey PRIMARY KEY (timeslot_id, list_index)
);

CREATE TABLE sakai.sst_events (
    id bigint NOT NULL,
    user_id character varying(99) NOT NULL,
    site_id character varying(99) NOT NULL,
    event_id character varying(32) NOT NULL,
    event_date date NOT NULL,
    event_count bigint NOT NULL,
    CONSTRAINT sst_events_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sst_job_run (
    id bigint NOT NULL,
    job_start_date timestamp without time zone,
    job_end_date timestamp without time zone,
    start_event_id bigint,
    end_event_id bigint,
    last_event_date timestamp without time zone,
    CONSTRAINT sst_job_run_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sst_preferences (
    id bigint NOT NULL,
    site_id character varying(99) NOT NULL,
    prefs text NOT NULL,
    CONSTRAINT sst_preferences_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sst_presences (
    id bigint NOT NULL,
    site_id character varying(99) NOT NULL,
    user_id character varying(99) NOT NULL,
    p_date date NOT NULL,
    duration bigint NOT NULL,
    last_visit_start_time timestamp without time zone,
    CONSTRAINT sst_presences_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sst_reports (
    id bigint NOT NULL,
    site_id character varying(99),
    title character varying(255) NOT NULL,
    description text,
    hidden boolean,
    report_def text NOT NULL,
    created_by character varying(99) NOT NULL,
    created_on timestamp without time zone NOT NULL,
    modified_by character varying(99),
    modified_on timestamp without time zone,
    CONSTRAINT sst_reports_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sst_resources (
    id bigint NOT NULL,
    user_id character varying(99) NOT NULL,
    site_id character varying(99) NOT NULL,
    resource_ref character varying(255) NOT NULL,
    resource_action character varying(12) NOT NULL,
    resource_date date NOT NULL,
    resource_count bigint NOT NULL,
    CONSTRAINT sst_resources_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sst_siteactivity (
    id bigint NOT NULL,
    site_id character varying(99) NOT NULL,
    activity_date date NOT NULL,
    event_id character varying(32) NOT NULL,
    activity_count bigint NOT NULL,
    CONSTRAINT sst_siteactivity_pkey PRIMARY KEY (id)
);

CREATE TABLE sakai.sst_sitevisits (
    id bigint NOT NULL,
    site_id character varying(99) NOT NULL,
    visits_date date NOT NULL,
    total_visits bigint NOT NULL,
    total_unique bigint NOT NULL,
    CONSTRAINT sst_sitevisits_pkey PRIMARY KEY (id)
);

ALTER TABLE sakai.gb_category_t ADD CONSTRAINT fkcd333737325d7986 FOREIGN KEY (gradebook_id) REFERENCES sakai.gb_gradebook_t (id);
ALTER TABLE sakai.gb_comment_t ADD CONSTRAINT fk7977dff06f98cff FOREIGN KEY (gradable_object_id) REFERENCES sakai.gb_gradable_object_t (id);
ALTER TABLE sakai.gb_gradable_object_t ADD CONSTRAINT fk759996a7325d7986 FOREIGN KEY (gradebook_id) REFERENCES sakai.gb_gradebook_t (id);
ALTER TABLE sakai.gb_gradable_object_t ADD CONSTRAINT fk759996a7f09defae FOREIGN KEY (category_id) REFERENCES sakai.gb_category_t (id);
ALTER TABLE sakai.gb_grade_map_t ADD CONSTRAINT fkade11225181e947a FOREIGN KEY (gb_grading_scale_t) REFERENCES sakai.gb_grading_scale_t (id);
ALTER TABLE sakai.gb_grade_map_t ADD CONSTRAINT fkade11225325d7986 FOREIGN KEY (gradebook_id) REFERENCES sakai.gb_gradebook_t (id);
ALTER TABLE sakai.gb_grade_record_t ADD CONSTRAINT fk46acf7526f98cff FOREIGN KEY (gradable_object_id) REFERENCES sakai.gb_gradable_object_t (id);
ALTER TABLE sakai.gb_grade_to_percent_mapping_t ADD CONSTRAINT fkcdea021162b659f1 FOREIGN KEY (grade_map_id) REFERENCES sakai.gb_grade_map_t (id);
ALTER TABLE sakai.gb_gradebook_t ADD CONSTRAINT fk7c870191552b7e63 FOREIGN KEY (selected_grade_mapping_id) REFERENCES sakai.gb_grade_map_t (id);
ALTER TABLE sakai.gb_grading_event_t ADD CONSTRAINT fk4c9d99e06f98cff FOREIGN KEY (gradable_object_id) REFERENCES sakai.gb_gradable_object_t (id);
ALTER TABLE sakai.gb_grading_scale_grades_t ADD CONSTRAINT fk5d3f0c95605cd0c5 FOREIGN KEY (grading_scale_id) REFERENCES sakai.gb_grading_scale_t (id);
ALTER TABLE sakai.gb_grading_scale_percents_t ADD CONSTRAINT fkc98be467605cd0c5 FOREIGN KEY (grading_scale_id) REFERENCES sakai.gb_grading_scale_t (id);
ALTER TABLE sakai.mfr_attachment_t ADD CONSTRAINT fk7b2d5cde20d91c10 FOREIGN KEY (pf_surrogatekey) REFERENCES sakai.mfr_private_forum_t (id);
ALTER TABLE sakai.mfr_attachment_t ADD CONSTRAINT fk7b2d5cde2afba652 FOREIGN KEY (t_surrogatekey) REFERENCES sakai.mfr_topic_t (id);
ALTER TABLE sakai.mfr_attachment_t ADD CONSTRAINT fk7b2d5cdead5af852 FOREIGN KEY (of_urrogatekey) REFERENCES sakai.mfr_open_forum_t (id);
ALTER TABLE sakai.mfr_attachment_t ADD CONSTRAINT fk7b2d5cdec6fdb1cf FOREIGN KEY (of_surrogatekey) REFERENCES sakai.mfr_open_forum_t (id);
ALTER TABLE sakai.mfr_attachment_t ADD CONSTRAINT fk7b2d5cdefdeb22f9 FOREIGN KEY (m_surrogatekey) REFERENCES sakai.mfr_message_t (id);
ALTER TABLE sakai.mfr_label_t ADD CONSTRAINT fkc661154344b127b6 FOREIGN KEY (dt_surrogatekey) REFERENCES sakai.mfr_topic_t (id);
ALTER TABLE sakai.mfr_label_t ADD CONSTRAINT fkc6611543ea902104 FOREIGN KEY (df_surrogatekey) REFERENCES sakai.mfr_open_forum_t (id);
ALTER TABLE sakai.mfr_message_forums_user_t ADD CONSTRAINT fkf3b8460f737f309b FOREIGN KEY (apcsurrogatekey) REFERENCES sakai.mfr_actor_permissions_t (id);
ALTER TABLE sakai.mfr_message_forums_user_t ADD CONSTRAINT fkf3b8460f96792399 FOREIGN KEY (apasurrogatekey) REFERENCES sakai.mfr_actor_permissions_t (id);
ALTER TABLE sakai.mfr_message_forums_user_t ADD CONSTRAINT fkf3b8460fc49d71a5 FOREIGN KEY (apmsurrogatekey) REFERENCES sakai.mfr_actor_permissions_t (id);
ALTER TABLE sakai.mfr_message_forums_user_t ADD CONSTRAINT fkf3b8460fdd70e9e2 FOREIGN KEY (messurrogatekey) REFERENCES sakai.mfr_message_t (id);
ALTER TABLE sakai.mfr_message_t ADD CONSTRAINT fk80c1a3164fdce067 FOREIGN KEY (surrogatekey) REFERENCES sakai.mfr_topic_t (id);
ALTER TABLE sakai.mfr_message_t ADD CONSTRAINT fk80c1a316fe0789ea FOREIGN KEY (in_reply_to) REFERENCES sakai.mfr_message_t (id);
ALTER TABLE sakai.mfr_open_forum_t ADD CONSTRAINT fkc17608474fdce067 FOREIGN KEY (surrogatekey) REFERENCES sakai.mfr_area_t (id);
ALTER TABLE sakai.mfr_open_forum_t ADD CONSTRAINT fkc17608477e4bd00c FOREIGN KEY (message_permissions) REFERENCES sakai.mfr_message_permissions_t (id);
ALTER TABLE sakai.mfr_open_forum_t ADD CONSTRAINT fkc1760847b88980fa FOREIGN KEY (actor_permissions) REFERENCES sakai.mfr_actor_permissions_t (id);
ALTER TABLE sakai.mfr_open_forum_t ADD CONSTRAINT fkc1760847d83b3b18 FOREIGN KEY (date_restrictions) REFERENCES sakai.mfr_date_restrictions_t (id);
ALTER TABLE sakai.mfr_open_forum_t ADD CONSTRAINT fkc1760847fdace462 FOREIGN KEY (control_permissions) REFERENCES sakai.mfr_control_permissions_t (id);
ALTER TABLE sakai.mfr_private_forum_t ADD CONSTRAINT fka9ee57544fdce067 FOREIGN KEY (surrogatekey) REFERENCES sakai.mfr_area_t (id);
ALTER TABLE sakai.mfr_topic_t ADD CONSTRAINT fk863dc0be20d91c10 FOREIGN KEY (pf_surrogatekey) REFERENCES sakai.mfr_private_forum_t (id);
ALTER TABLE sakai.mfr_topic_t ADD CONSTRAINT fk863dc0be7e4bd00c FOREIGN KEY (message_permissions) REFERENCES sakai.mfr_message_permissions_t (id);
ALTER TABLE sakai.mfr_topic_t ADD CONSTRAINT fk863dc0beb88980fa FOREIGN KEY (actor_permissions) REFERENCES sakai.mfr_actor_permissions_t (id);
ALTER TABLE sakai.mfr_topic_t ADD CONSTRAINT fk863dc0bec6fdb1cf FOREIGN KEY (of_surrogatekey) REFERENCES sakai.mfr_open_forum_t (id);
ALTER TABLE sakai.mfr_topic_t ADD CONSTRAINT fk863dc0bed83b3b18 FOREIGN KEY (date_restrictions) REFERENCES sakai.mfr_date_restrictions_t (id);
ALTER TABLE sakai.mfr_topic_t ADD CONSTRAINT fk863dc0befdace462 FOREIGN KEY (control_permissions) REFERENCES sakai.mfr_control_permissions_t (id);
ALTER TABLE sakai.mfr_unread_status_t ADD CONSTRAINT fk7c2d47714c4d50f FOREIGN KEY (topic) REFERENCES sakai.mfr_topic_t (id);
ALTER TABLE sakai.mfr_unread_status_t ADD CONSTRAINT fk7c2d477163b68be7 FOREIGN KEY (message) REFERENCES sakai.mfr_message_t (id);
ALTER TABLE sakai.pasystem_banner_dismissed ADD CONSTRAINT pasystem_banner_dismissed_uuid_fkey FOREIGN KEY (uuid) REFERENCES sakai.pasystem_banner_alert (uuid);
ALTER TABLE sakai.pasystem_popup_assign ADD CONSTRAINT pasystem_popup_assign_uuid_fkey FOREIGN KEY (uuid) REFERENCES sakai.pasystem_popup_screens (uuid);
ALTER TABLE sakai.pasystem_popup_content ADD CONSTRAINT pasystem_popup_content_uuid_fkey FOREIGN KEY (uuid) REFERENCES sakai.pasystem_popup_screens (uuid);
ALTER TABLE sakai.pasystem_popup_dismissed ADD CONSTRAINT pasystem_popup_dismissed_uuid_fkey FOREIGN KEY (uuid) REFERENCES sakai.pasystem_popup_screens (uuid);
ALTER TABLE sakai.sakai_alias_property ADD CONSTRAINT sakai_alias_property_alias_id_fkey FOREIGN KEY (alias_id) REFERENCES sakai.sakai_alias (alias_id);
ALTER TABLE sakai.sakai_realm ADD CONSTRAINT sakai_realm_maintain_role_fkey FOREIGN KEY (maintain_role) REFERENCES sakai.sakai_realm_role (role_key);
ALTER TABLE sakai.sakai_realm_property ADD CONSTRAINT sakai_realm_property_realm_key_fkey FOREIGN KEY (realm_key) REFERENCES sakai.sakai_realm (realm_key);
ALTER TABLE sakai.sakai_realm_provider ADD CONSTRAINT sakai_realm_provider_realm_key_fkey FOREIGN KEY (realm_key) REFERENCES sakai.sakai_realm (realm_key);
ALTER TABLE sakai.sakai_realm_rl_fn ADD CONSTRAINT sakai_realm_rl_fn_function_key_fkey FOREIGN KEY (function_key) REFERENCES sakai.sakai_realm_function (function_key);
ALTER TABLE sakai.sakai_realm_rl_fn ADD CONSTRAINT sakai_realm_rl_fn_realm_key_fkey FOREIGN KEY (realm_key) REFERENCES sakai.sakai_realm (realm_key);
ALTER TABLE sakai.sakai_realm_rl_fn ADD CONSTRAINT sakai_realm_rl_fn_role_key_fkey FOREIGN KEY (role_key) REFERENCES sakai.sakai_realm_role (role_key);
ALTER TABLE sakai.sakai_realm_rl_gr ADD CONSTRAINT sakai_realm_rl_gr_realm_key_fkey FOREIGN KEY (realm_key) REFERENCES sakai.sakai_realm (realm_key);
ALTER TABLE sakai.sakai_realm_rl_gr ADD CONSTRAINT sakai_realm_rl_gr_role_key_fkey FOREIGN KEY (role_key) REFERENCES sakai.sakai_realm_role (role_key);
ALTER TABLE sakai.sakai_realm_role_desc ADD CONSTRAINT sakai_realm_role_desc_realm_key_fkey FOREIGN KEY (realm_key) REFERENCES sakai.sakai_realm (realm_key);
ALTER TABLE sakai.sakai_realm_role_desc ADD CONSTRAINT sakai_realm_role_desc_role_key_fkey FOREIGN KEY (role_key) REFERENCES sakai.sakai_realm_role (role_key);
ALTER TABLE sakai.sakai_site_group ADD CONSTRAINT sakai_site_group_site_id_fkey FOREIGN KEY (site_id) REFERENCES sakai.sakai_site (site_id);
ALTER TABLE sakai.sakai_site_group_property ADD CONSTRAINT sakai_site_group_property_group_id_fkey FOREIGN KEY (group_id) REFERENCES sakai.sakai_site_group (group_id);
ALTER TABLE sakai.sakai_site_group_property ADD CONSTRAINT sakai_site_group_property_site_id_fkey FOREIGN KEY (site_id) REFERENCES sakai.sakai_site (site_id);
ALTER TABLE sakai.sakai_site_page ADD CONSTRAINT sakai_site_page_site_id_fkey FOREIGN KEY (site_id) REFERENCES sakai.sakai_site (site_id);
ALTER TABLE sakai.sakai_site_page_property ADD CONSTRAINT sakai_site_page_property_page_id_fkey FOREIGN KEY (page_id) REFERENCES sakai.sakai_site_page (page_id);
ALTER TABLE sakai.sakai_site_page_property ADD CONSTRAINT sakai_site_page_property_site_id_fkey FOREIGN KEY (site_id) REFERENCES sakai.sakai_site (site_id);
ALTER TABLE sakai.sakai_site_property ADD CONSTRAINT sakai_site_property_site_id_fkey FOREIGN KEY (site_id) REFERENCES sakai.sakai_site (site_id);
ALTER TABLE sakai.sakai_site_tool ADD CONSTRAINT sakai_site_tool_page_id_fkey FOREIGN KEY (page_id) REFERENCES sakai.sakai_site_page (page_id);
ALTER TABLE sakai.sakai_site_tool ADD CONSTRAINT sakai_site_tool_site_id_fkey FOREIGN KEY (site_id) REFERENCES sakai.sakai_site (site_id);
ALTER TABLE sakai.sakai_site_tool_property ADD CONSTRAINT sakai_site_tool_property_site_id_fkey FOREIGN KEY (site_id) REFERENCES sakai.sakai_site (site_id);
ALTER TABLE sakai.sakai_site_tool_property ADD CONSTRAINT sakai_site_tool_property_tool_id_fkey FOREIGN KEY (tool_id) REFERENCES sakai.sakai_site_tool (tool_id);
ALTER TABLE sakai.sakai_site_user ADD CONSTRAINT sakai_site_user_site_id_fkey FOREIGN KEY (site_id) REFERENCES sakai.sakai_site (site_id);
ALTER TABLE sakai.sakai_syllabus_attach ADD CONSTRAINT fk4bf41e45a09831e0 FOREIGN KEY (syllabusid) REFERENCES sakai.sakai_syllabus_data (id);
ALTER TABLE sakai.sakai_syllabus_data ADD CONSTRAINT fk3bc123aa4fdce067 FOREIGN KEY (surrogatekey) REFERENCES sakai.sakai_syllabus_item (id);
ALTER TABLE sakai.sakai_user_property ADD CONSTRAINT sakai_user_property_user_id_fkey FOREIGN KEY (user_id) REFERENCES sakai.sakai_user (user_id);
ALTER TABLE sakai.sam_answer_t ADD CONSTRAINT fkdd058093278a7dad FOREIGN KEY (itemtextid) REFERENCES sakai.sam_itemtext_t (itemtextid);
ALTER TABLE sakai.sam_answer_t ADD CONSTRAINT fkdd0580933288dbbd FOREIGN KEY (itemid) REFERENCES sakai.sam_item_t (itemid);
ALTER TABLE sakai.sam_answerfeedback_t ADD CONSTRAINT fk58cef0d8dec85889 FOREIGN KEY (answerid) REFERENCES sakai.sam_answer_t (answerid);
ALTER TABLE sakai.sam_assessaccesscontrol_t ADD CONSTRAINT fkc945448a694216cc FOREIGN KEY (assessmentid) REFERENCES sakai.sam_assessmentbase_t (id);
ALTER TABLE sakai.sam_assessevaluation_t ADD CONSTRAINT fk6a6f29f5694216cc FOREIGN KEY (assessmentid) REFERENCES sakai.sam_assessmentbase_t (id);
ALTER TABLE sakai.sam_assessfeedback_t ADD CONSTRAINT fk557d4cfe694216cc FOREIGN KEY (assessmentid) REFERENCES sakai.sam_assessmentbase_t (id);
ALTER TABLE sakai.sam_assessmetadata_t ADD CONSTRAINT fk7e6f9a28694216cc FOREIGN KEY (assessmentid) REFERENCES sakai.sam_assessmentbase_t (id);
ALTER TABLE sakai.sam_attachment_t ADD CONSTRAINT fk99fa8cb83288dbbd FOREIGN KEY (itemid) REFERENCES sakai.sam_item_t (itemid);
ALTER TABLE sakai.sam_attachment_t ADD CONSTRAINT fk99fa8cb870ce2bd FOREIGN KEY (sectionid) REFERENCES sakai.sam_section_t (sectionid);
ALTER TABLE sakai.sam_attachment_t ADD CONSTRAINT fk99fa8cb8cac2365b FOREIGN KEY (assessmentid) REFERENCES sakai.sam_assessmentbase_t (id);
ALTER TABLE sakai.sam_gradingsummary_t ADD CONSTRAINT fkbc88aa27d02ef633 FOREIGN KEY (publishedassessmentid) REFERENCES sakai.sam_publishedassessment_t (id);
ALTER TABLE sakai.sam_item_t ADD CONSTRAINT fk3aac5ea870ce2bd FOREIGN KEY (sectionid) REFERENCES sakai.sam_section_t (sectionid);
ALTER TABLE sakai.sam_itemfeedback_t ADD CONSTRAINT fk3254e9ed3288dbbd FOREIGN KEY (itemid) REFERENCES sakai.sam_item_t (itemid);
ALTER TABLE sakai.sam_itemgrading_t ADD CONSTRAINT fkb68e675667b430d5 FOREIGN KEY (assessmentgradingid) REFERENCES sakai.sam_assessmentgrading_t (assessmentgradingid);
ALTER TABLE sakai.sam_itemmetadata_t ADD CONSTRAINT fk5b4737173288dbbd FOREIGN KEY (itemid) REFERENCES sakai.sam_item_t (itemid);
ALTER TABLE sakai.sam_itemtext_t ADD CONSTRAINT fk271d63153288dbbd FOREIGN KEY (itemid) REFERENCES sakai.sam_item_t (itemid);
ALTER TABLE sakai.sam_media_t ADD CONSTRAINT fkd4cf5a194d7ea7b3 FOREIGN KEY (itemgradingid) REFERENCES sakai.sam_itemgrading_t (itemgradingid);
ALTER TABLE sakai.sam_publishedaccesscontrol_t ADD CONSTRAINT fk2edf39e09482c945 FOREIGN KEY (assessmentid) REFERENCES sakai.sam_publishedassessment_t (id);
ALTER TABLE sakai.sam_publishedanswer_t ADD CONSTRAINT fkb41ea36126460817 FOREIGN KEY (itemtextid) REFERENCES sakai.sam_publisheditemtext_t (itemtextid);
ALTER TABLE sakai.sam_publishedanswer_t ADD CONSTRAINT fkb41ea36131446627 FOREIGN KEY (itemid) REFERENCES sakai.sam_publisheditem_t (itemid);
ALTER TABLE sakai.sam_publishedanswerfeedback_t ADD CONSTRAINT fk6cb765a624d77573 FOREIGN KEY (answerid) REFERENCES sakai.sam_publishedanswer_t (answerid);
ALTER TABLE sakai.sam_publishedattachment_t ADD CONSTRAINT fk2709988631446627 FOREIGN KEY (itemid) REFERENCES sakai.sam_publisheditem_t (itemid);
ALTER TABLE sakai.sam_publishedattachment_t ADD CONSTRAINT fk27099886895d4813 FOREIGN KEY (sectionid) REFERENCES sakai.sam_publishedsection_t (sectionid);
ALTER TABLE sakai.sam_publishedattachment_t ADD CONSTRAINT fk270998869482c945 FOREIGN KEY (assessmentid) REFERENCES sakai.sam_publishedassessment_t (id);
ALTER TABLE sakai.sam_publishedevaluation_t ADD CONSTRAINT fk94cb245f9482c945 FOREIGN KEY (assessmentid) REFERENCES sakai.sam_publishedassessment_t (id);
ALTER TABLE sakai.sam_publishedfeedback_t ADD CONSTRAINT fk1488d9e89482c945 FOREIGN KEY (assessmentid) REFERENCES sakai.sam_publishedassessment_t (id);
ALTER TABLE sakai.sam_publisheditem_t ADD CONSTRAINT fk53abdcf6895d4813 FOREIGN KEY (sectionid) REFERENCES sakai.sam_publishedsection_t (sectionid);
ALTER TABLE sakai.sam_publisheditemfeedback_t ADD CONSTRAINT fkb7d03a3b31446627 FOREIGN KEY (itemid) REFERENCES sakai.sam_publisheditem_t (itemid);
ALTER TABLE sakai.sam_publisheditemmetadata_t ADD CONSTRAINT fke0c2876531446627 FOREIGN KEY (itemid) REFERENCES sakai.sam_publisheditem_t (itemid);
ALTER TABLE sakai.sam_publisheditemtext_t ADD CONSTRAINT fk9c790a6331446627 FOREIGN KEY (itemid) REFERENCES sakai.sam_publisheditem_t (itemid);
ALTER TABLE sakai.sam_publishedmetadata_t ADD CONSTRAINT fk3d7b27129482c945 FOREIGN KEY (assessmentid) REFERENCES sakai.sam_publishedassessment_t (id);
ALTER TABLE sakai.sam_publishedsection_t ADD CONSTRAINT fk424f87cc9482c945 FOREIGN KEY (assessmentid) REFERENCES sakai.sam_publishedassessment_t (id);
ALTER TABLE sakai.sam_publishedsectionmetadata_t ADD CONSTRAINT fkdf50fc3b895d4813 FOREIGN KEY (sectionid) REFERENCES sakai.sam_publishedsection_t (sectionid);
ALTER TABLE sakai.sam_publishedsecuredip_t ADD CONSTRAINT fk1edea25b9482c945 FOREIGN KEY (assessmentid) REFERENCES sakai.sam_publishedassessment_t (id);
ALTER TABLE sakai.sam_questionpoolitem_t ADD CONSTRAINT fkf0faae2a39ed26bb FOREIGN KEY (questionpoolid) REFERENCES sakai.sam_questionpool_t (questionpoolid);
ALTER TABLE sakai.sam_section_t ADD CONSTRAINT fk364450dacac2365b FOREIGN KEY (assessmentid) REFERENCES sakai.sam_assessmentbase_t (id);
ALTER TABLE sakai.sam_sectionmetadata_t ADD CONSTRAINT fk762ad74970ce2bd FOREIGN KEY (sectionid) REFERENCES sakai.sam_section_t (sectionid);
ALTER TABLE sakai.sam_securedip_t ADD CONSTRAINT fke8c55fe9694216cc FOREIGN KEY (assessmentid) REFERENCES sakai.sam_assessmentbase_t (id);
ALTER TABLE sakai.signup_attachments ADD CONSTRAINT fk3bcb709cb1e8a17 FOREIGN KEY (meeting_id) REFERENCES sakai.signup_meetings (id);
ALTER TABLE sakai.signup_site_groups ADD CONSTRAINT fkc72b75255084316 FOREIGN KEY (signup_site_id) REFERENCES sakai.signup_sites (id);
ALTER TABLE sakai.signup_sites ADD CONSTRAINT fkccd4ac25cb1e8a17 FOREIGN KEY (meeting_id) REFERENCES sakai.signup_meetings (id);
ALTER TABLE sakai.signup_ts ADD CONSTRAINT fk41154b06cb1e8a17 FOREIGN KEY (meeting_id) REFERENCES sakai.signup_meetings (id);
ALTER TABLE sakai.signup_ts_attendees ADD CONSTRAINT fkbab08100cdb30b3d FOREIGN KEY (timeslot_id) REFERENCES sakai.signup_ts (id);
ALTER TABLE sakai.signup_ts_waitinglist ADD CONSTRAINT fk3ab9a8b2cdb30b3d FOREIGN KEY (timeslot_id) REFERENCES sakai.signup_ts (id);
