-- Chamilo LMS 1.9.0, the open-source e-learning platform (users, courses and their categories, course enrolments,
-- training sessions with their categories, coaches, courses and learners, careers and promotions, portals (access
-- URLs), classes and user groups, social groups and friends, messages, skills and skill profiles, gradebook
-- categories, evaluations, results and certificates, extra user/course/session fields, reservations, system
-- announcements, the tracking tables (logins, course accesses, tool accesses, downloads, uploads, exercise attempts)
-- and the per-course tool tables, prefixed c_ and keyed by course (c_id): announcements, agenda, documents, forums,
-- threads and posts, quizzes, questions and answers, learning paths and their views, surveys and invitations,
-- attendance sheets, assignments (student publications), groups, links, glossary, blogs, wiki, notebook, dropbox,
-- thematic advance), as its MySQL install scripts create it: db_main.sql, db_stats.sql, db_user.sql and
-- db_course.sql of Chamilo 1.9.0, in the copy the Chamilo team's "chash" command-line tool ships of them,
-- vendor/chamilo/chash/src/Chash/Resources/Database/1.9.0/ of github.com/danbarretodev/chamilo-lms (a fork of
-- github.com/chamilo/chamilo-lms, commit cbe37b4; the chamilo/chamilo-lms repository itself is over the mirror's
-- size limit). Licence GPL-3.0 (Chamilo; we use the schema's facts). Converted by a one-off script: the CREATE TABLE
-- statements of the four files (all 209 tables, one database since 1.9), names lower-cased, schema chamilo; int /
-- mediumint -> integer, tinyint/smallint -> smallint, unsigned dropped, varchar/char kept, text/tinytext/mediumtext/
-- longtext -> text, datetime -> timestamp, float -> real, enum/set -> character varying (longest value), primary
-- keys kept (every table has one); loaded into a scratch PostgreSQL and regenerated from its catalog. Left out:
-- auto-increment, defaults, unique keys and indexes, the ENGINE/charset options, the rows the scripts insert. The
-- tables are MyISAM and declare no foreign keys, so none here (c_*.c_id holds course.id; course codes link the main
-- tables). The scripts' table comments (COMMENT='...') and column comments (COMMENT '...' and trailing "--" notes)
-- are kept. "user", "row", "column", "position" are quoted where PostgreSQL needs it. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS chamilo;
CREATE TABLE chamilo.access_url (
    id integer NOT NULL,
    url character varying(255) NOT NULL,
    description text,
    active integer NOT NULL,
    created_by integer NOT NULL,
    tms timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.access_url_rel_course (
    access_url_id integer NOT NULL,
    course_code character(40) NOT NULL,
    PRIMARY KEY (access_url_id, course_code)
);
CREATE TABLE chamilo.access_url_rel_session (
    access_url_id integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (access_url_id, session_id)
);
CREATE TABLE chamilo.access_url_rel_user (
    access_url_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (access_url_id, user_id)
);
CREATE TABLE chamilo.admin (
    id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.announcement_rel_group (
    group_id integer NOT NULL,
    announcement_id integer NOT NULL,
    PRIMARY KEY (group_id, announcement_id)
);
CREATE TABLE chamilo.block (
    id integer NOT NULL,
    name character varying(255),
    description text,
    path character varying(255) NOT NULL,
    controller character varying(100) NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.c_announcement (
    c_id integer NOT NULL,
    id integer NOT NULL,
    title text,
    content text,
    end_date date,
    display_order integer NOT NULL,
    email_sent smallint,
    session_id integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_announcement_attachment (
    c_id integer NOT NULL,
    id integer NOT NULL,
    path character varying(255) NOT NULL,
    comment text,
    size integer NOT NULL,
    announcement_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_attendance (
    c_id integer NOT NULL,
    id integer NOT NULL,
    name text NOT NULL,
    description text,
    active smallint NOT NULL,
    attendance_qualify_title character varying(255),
    attendance_qualify_max integer NOT NULL,
    attendance_weight real NOT NULL,
    session_id integer NOT NULL,
    locked integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_attendance_calendar (
    c_id integer NOT NULL,
    id integer NOT NULL,
    attendance_id integer NOT NULL,
    date_time timestamp without time zone NOT NULL,
    done_attendance smallint NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_attendance_result (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    attendance_id integer NOT NULL,
    score integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_attendance_sheet (
    c_id integer NOT NULL,
    user_id integer NOT NULL,
    attendance_calendar_id integer NOT NULL,
    presence smallint NOT NULL,
    PRIMARY KEY (c_id, user_id, attendance_calendar_id)
);
CREATE TABLE chamilo.c_attendance_sheet_log (
    c_id integer NOT NULL,
    id integer NOT NULL,
    attendance_id integer NOT NULL,
    lastedit_date timestamp without time zone NOT NULL,
    lastedit_type character varying(200) NOT NULL,
    lastedit_user_id integer NOT NULL,
    calendar_date_value timestamp without time zone,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_blog (
    c_id integer NOT NULL,
    blog_id integer NOT NULL,
    blog_name character varying(250) NOT NULL,
    blog_subtitle character varying(250),
    date_creation timestamp without time zone NOT NULL,
    visibility smallint NOT NULL,
    session_id integer,
    PRIMARY KEY (c_id, blog_id)
);
CREATE TABLE chamilo.c_blog_attachment (
    c_id integer NOT NULL,
    id integer NOT NULL,
    path character varying(255) NOT NULL,
    comment text,
    size integer NOT NULL,
    post_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    blog_id integer NOT NULL,
    comment_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_blog_comment (
    c_id integer NOT NULL,
    comment_id integer NOT NULL,
    title character varying(250) NOT NULL,
    comment text NOT NULL,
    author_id integer NOT NULL,
    date_creation timestamp without time zone NOT NULL,
    blog_id integer NOT NULL,
    post_id integer NOT NULL,
    task_id integer,
    parent_comment_id integer NOT NULL,
    PRIMARY KEY (c_id, comment_id)
);
CREATE TABLE chamilo.c_blog_post (
    c_id integer NOT NULL,
    post_id integer NOT NULL,
    title character varying(250) NOT NULL,
    full_text text NOT NULL,
    date_creation timestamp without time zone NOT NULL,
    blog_id integer NOT NULL,
    author_id integer NOT NULL,
    PRIMARY KEY (c_id, post_id)
);
CREATE TABLE chamilo.c_blog_rating (
    c_id integer NOT NULL,
    rating_id integer NOT NULL,
    blog_id integer NOT NULL,
    rating_type character varying(7) NOT NULL,
    item_id integer NOT NULL,
    user_id integer NOT NULL,
    rating integer NOT NULL,
    PRIMARY KEY (c_id, rating_id)
);
CREATE TABLE chamilo.c_blog_rel_user (
    c_id integer NOT NULL,
    blog_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (c_id, blog_id, user_id)
);
CREATE TABLE chamilo.c_blog_task (
    c_id integer NOT NULL,
    task_id integer NOT NULL,
    blog_id integer NOT NULL,
    title character varying(250) NOT NULL,
    description text NOT NULL,
    color character varying(10) NOT NULL,
    system_task smallint NOT NULL,
    PRIMARY KEY (c_id, task_id)
);
CREATE TABLE chamilo.c_blog_task_rel_user (
    c_id integer NOT NULL,
    blog_id integer NOT NULL,
    user_id integer NOT NULL,
    task_id integer NOT NULL,
    target_date date NOT NULL,
    PRIMARY KEY (c_id, blog_id, user_id, task_id)
);
CREATE TABLE chamilo.c_calendar_event (
    c_id integer NOT NULL,
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    parent_event_id integer,
    session_id integer NOT NULL,
    all_day integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_calendar_event_attachment (
    c_id integer NOT NULL,
    id integer NOT NULL,
    path character varying(255) NOT NULL,
    comment text,
    size integer NOT NULL,
    agenda_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_calendar_event_repeat (
    c_id integer NOT NULL,
    cal_id integer NOT NULL,
    cal_type character varying(20),
    cal_end integer,
    cal_frequency integer,
    cal_days character(7),
    PRIMARY KEY (c_id, cal_id)
);
CREATE TABLE chamilo.c_calendar_event_repeat_not (
    c_id integer NOT NULL,
    cal_id integer NOT NULL,
    cal_date integer NOT NULL,
    PRIMARY KEY (c_id, cal_id, cal_date)
);
CREATE TABLE chamilo.c_chat_connected (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    last_connection timestamp without time zone NOT NULL,
    session_id integer NOT NULL,
    to_group_id integer NOT NULL,
    PRIMARY KEY (c_id, id, user_id, last_connection)
);
CREATE TABLE chamilo.c_course_description (
    c_id integer NOT NULL,
    id integer NOT NULL,
    title character varying(255),
    content text,
    session_id integer,
    description_type smallint NOT NULL,
    progress integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_course_setting (
    c_id integer NOT NULL,
    id integer NOT NULL,
    variable character varying(255) NOT NULL,
    subkey character varying(255),
    type character varying(255),
    category character varying(255),
    value character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    comment character varying(255),
    subkeytext character varying(255),
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_document (
    c_id integer NOT NULL,
    id integer NOT NULL,
    path character varying(255) NOT NULL,
    comment text,
    title character varying(255),
    filetype character varying(12) NOT NULL,
    size integer NOT NULL,
    readonly smallint NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_dropbox_category (
    c_id integer NOT NULL,
    cat_id integer NOT NULL,
    cat_name text NOT NULL,
    received smallint NOT NULL,
    sent smallint NOT NULL,
    user_id integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, cat_id)
);
CREATE TABLE chamilo.c_dropbox_feedback (
    c_id integer NOT NULL,
    feedback_id integer NOT NULL,
    file_id integer NOT NULL,
    author_user_id integer NOT NULL,
    feedback text NOT NULL,
    feedback_date timestamp without time zone NOT NULL,
    PRIMARY KEY (c_id, feedback_id)
);
CREATE TABLE chamilo.c_dropbox_file (
    c_id integer NOT NULL,
    id integer NOT NULL,
    uploader_id integer NOT NULL,
    filename character varying(250) NOT NULL,
    filesize integer NOT NULL,
    title character varying(250),
    description character varying(250),
    author character varying(250),
    upload_date timestamp without time zone NOT NULL,
    last_upload_date timestamp without time zone NOT NULL,
    cat_id integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_dropbox_person (
    c_id integer NOT NULL,
    file_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (c_id, file_id, user_id)
);
CREATE TABLE chamilo.c_dropbox_post (
    c_id integer NOT NULL,
    file_id integer NOT NULL,
    dest_user_id integer NOT NULL,
    feedback_date timestamp without time zone NOT NULL,
    feedback text,
    cat_id integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, file_id, dest_user_id)
);
CREATE TABLE chamilo.c_forum_attachment (
    c_id integer NOT NULL,
    id integer NOT NULL,
    path character varying(255) NOT NULL,
    comment text,
    size integer NOT NULL,
    post_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_forum_category (
    c_id integer NOT NULL,
    cat_id integer NOT NULL,
    cat_title character varying(255) NOT NULL,
    cat_comment text,
    cat_order integer NOT NULL,
    locked integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, cat_id)
);
CREATE TABLE chamilo.c_forum_forum (
    c_id integer NOT NULL,
    forum_id integer NOT NULL,
    forum_title character varying(255) NOT NULL,
    forum_comment text,
    forum_threads integer,
    forum_posts integer,
    forum_last_post integer,
    forum_category integer,
    allow_anonymous integer,
    allow_edit integer,
    approval_direct_post character varying(20),
    allow_attachments integer,
    allow_new_threads integer,
    default_view character varying(20),
    forum_of_group character varying(20),
    forum_group_public_private character varying(20),
    forum_order integer,
    locked integer NOT NULL,
    session_id integer NOT NULL,
    forum_image character varying(255) NOT NULL,
    start_time timestamp without time zone NOT NULL,
    end_time timestamp without time zone NOT NULL,
    PRIMARY KEY (c_id, forum_id)
);
CREATE TABLE chamilo.c_forum_mailcue (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    thread_id integer NOT NULL,
    post_id integer NOT NULL,
    PRIMARY KEY (id, c_id, thread_id, user_id, post_id)
);
CREATE TABLE chamilo.c_forum_notification (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    forum_id integer NOT NULL,
    thread_id integer NOT NULL,
    post_id integer NOT NULL,
    PRIMARY KEY (id, c_id, user_id, forum_id, thread_id, post_id)
);
CREATE TABLE chamilo.c_forum_post (
    c_id integer NOT NULL,
    post_id integer NOT NULL,
    post_title character varying(250),
    post_text text,
    thread_id integer,
    forum_id integer,
    poster_id integer,
    poster_name character varying(100),
    post_date timestamp without time zone,
    post_notification smallint,
    post_parent_id integer,
    visible smallint,
    PRIMARY KEY (c_id, post_id)
);
CREATE TABLE chamilo.c_forum_thread (
    c_id integer NOT NULL,
    thread_id integer NOT NULL,
    thread_title character varying(255),
    forum_id integer,
    thread_replies integer,
    thread_poster_id integer,
    thread_poster_name character varying(100),
    thread_views integer,
    thread_last_post integer,
    thread_date timestamp without time zone,
    thread_sticky smallint,
    locked integer NOT NULL,
    session_id integer,
    thread_title_qualify character varying(255),
    thread_qualify_max real NOT NULL,
    thread_close_date timestamp without time zone,
    thread_weight real NOT NULL,
    PRIMARY KEY (c_id, thread_id)
);
CREATE TABLE chamilo.c_forum_thread_qualify (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    thread_id integer NOT NULL,
    qualify real NOT NULL,
    qualify_user_id integer,
    qualify_time timestamp without time zone,
    session_id integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_forum_thread_qualify_log (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    thread_id integer NOT NULL,
    qualify real NOT NULL,
    qualify_user_id integer,
    qualify_time timestamp without time zone,
    session_id integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_glossary (
    c_id integer NOT NULL,
    glossary_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    display_order integer,
    session_id integer,
    PRIMARY KEY (c_id, glossary_id)
);
CREATE TABLE chamilo.c_group_category (
    c_id integer NOT NULL,
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    doc_state smallint NOT NULL,
    calendar_state smallint NOT NULL,
    work_state smallint NOT NULL,
    announcements_state smallint NOT NULL,
    forum_state smallint NOT NULL,
    wiki_state smallint NOT NULL,
    chat_state smallint NOT NULL,
    max_student integer NOT NULL,
    self_reg_allowed smallint NOT NULL,
    self_unreg_allowed smallint NOT NULL,
    groups_per_user integer NOT NULL,
    display_order integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_group_info (
    c_id integer NOT NULL,
    id integer NOT NULL,
    name character varying(100),
    category_id integer NOT NULL,
    description text,
    max_student integer NOT NULL,
    doc_state smallint NOT NULL,
    calendar_state smallint NOT NULL,
    work_state smallint NOT NULL,
    announcements_state smallint NOT NULL,
    forum_state smallint NOT NULL,
    wiki_state smallint NOT NULL,
    chat_state smallint NOT NULL,
    secret_directory character varying(255),
    self_registration_allowed smallint NOT NULL,
    self_unregistration_allowed smallint NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_group_rel_tutor (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_group_rel_user (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    status integer NOT NULL,
    role character(50) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_item_property (
    c_id integer NOT NULL,
    id integer NOT NULL,
    tool character varying(100) NOT NULL,
    insert_user_id integer NOT NULL,
    insert_date timestamp without time zone NOT NULL,
    lastedit_date timestamp without time zone NOT NULL,
    ref integer NOT NULL,
    lastedit_type character varying(100) NOT NULL,
    lastedit_user_id integer NOT NULL,
    to_group_id integer,
    to_user_id integer,
    visibility smallint NOT NULL,
    start_visible timestamp without time zone NOT NULL,
    end_visible timestamp without time zone NOT NULL,
    id_session integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_link (
    c_id integer NOT NULL,
    id integer NOT NULL,
    url text NOT NULL,
    title character varying(150),
    description text,
    category_id integer,
    display_order integer NOT NULL,
    on_homepage character varying(1) NOT NULL,
    target character(10),
    session_id integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_link_category (
    c_id integer NOT NULL,
    id integer NOT NULL,
    category_title character varying(255) NOT NULL,
    description text,
    display_order integer NOT NULL,
    session_id integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_lp (
    c_id integer NOT NULL,
    id integer NOT NULL,
    lp_type integer NOT NULL,
    name character varying(255) NOT NULL,
    ref text,
    description text,
    path text NOT NULL,
    force_commit smallint NOT NULL,
    default_view_mod character(32) NOT NULL,
    default_encoding character(32) NOT NULL,
    display_order integer NOT NULL,
    content_maker text NOT NULL,
    content_local character varying(32) NOT NULL,
    content_license text NOT NULL,
    prevent_reinit smallint NOT NULL,
    js_lib text NOT NULL,
    debug smallint NOT NULL,
    theme character varying(255) NOT NULL,
    preview_image character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    session_id integer NOT NULL,
    prerequisite integer NOT NULL,
    hide_toc_frame smallint NOT NULL,
    seriousgame_mode smallint NOT NULL,
    use_max_score integer NOT NULL,
    autolunch integer NOT NULL,
    created_on timestamp without time zone NOT NULL,
    modified_on timestamp without time zone NOT NULL,
    publicated_on timestamp without time zone NOT NULL,
    expired_on timestamp without time zone NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_lp_item (
    c_id integer NOT NULL,
    id integer NOT NULL,
    lp_id integer NOT NULL,
    item_type character(32) NOT NULL,
    ref text NOT NULL,
    title character varying(511) NOT NULL,
    description character varying(511) NOT NULL,
    path text NOT NULL,
    min_score real NOT NULL,
    max_score real,
    mastery_score real,
    parent_item_id integer NOT NULL,
    previous_item_id integer NOT NULL,
    next_item_id integer NOT NULL,
    display_order integer NOT NULL,
    prerequisite text,
    parameters text,
    launch_data text NOT NULL,
    max_time_allowed character(13),
    terms text,
    search_did integer,
    audio character varying(250),
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_lp_item_view (
    c_id integer NOT NULL,
    id bigint NOT NULL,
    lp_item_id integer NOT NULL,
    lp_view_id integer NOT NULL,
    view_count integer NOT NULL,
    start_time integer NOT NULL,
    total_time integer NOT NULL,
    score real NOT NULL,
    status character(32) NOT NULL,
    suspend_data text,
    lesson_location text,
    core_exit character varying(32) NOT NULL,
    max_score character varying(8),
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_lp_iv_interaction (
    c_id integer NOT NULL,
    id bigint NOT NULL,
    order_id integer NOT NULL,
    lp_iv_id bigint NOT NULL,
    interaction_id character varying(255) NOT NULL,
    interaction_type character varying(255) NOT NULL,
    weighting double precision NOT NULL,
    completion_time character varying(16) NOT NULL,
    correct_responses text NOT NULL,
    student_response text NOT NULL,
    result character varying(255) NOT NULL,
    latency character varying(16) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_lp_iv_objective (
    c_id integer NOT NULL,
    id bigint NOT NULL,
    lp_iv_id bigint NOT NULL,
    order_id integer NOT NULL,
    objective_id character varying(255) NOT NULL,
    score_raw real NOT NULL,
    score_max real NOT NULL,
    score_min real NOT NULL,
    status character(32) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_lp_view (
    c_id integer NOT NULL,
    id integer NOT NULL,
    lp_id integer NOT NULL,
    user_id integer NOT NULL,
    view_count integer NOT NULL,
    last_item integer NOT NULL,
    progress integer,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_metadata (
    c_id integer NOT NULL,
    eid character varying(250) NOT NULL,
    mdxmltext text,
    md5 character(32),
    htmlcache1 text,
    htmlcache2 text,
    indexabletext text,
    PRIMARY KEY (c_id, eid)
);
CREATE TABLE chamilo.c_notebook (
    c_id integer NOT NULL,
    notebook_id integer NOT NULL,
    user_id integer NOT NULL,
    course character varying(40) NOT NULL,
    session_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    update_date timestamp without time zone NOT NULL,
    status integer,
    PRIMARY KEY (c_id, notebook_id)
);
CREATE TABLE chamilo.c_online_connected (
    c_id integer NOT NULL,
    user_id integer NOT NULL,
    last_connection timestamp without time zone NOT NULL,
    PRIMARY KEY (c_id, user_id)
);
CREATE TABLE chamilo.c_online_link (
    c_id integer NOT NULL,
    id integer NOT NULL,
    name character(50) NOT NULL,
    url character(100) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_permission_group (
    c_id integer NOT NULL,
    id integer NOT NULL,
    group_id integer NOT NULL,
    tool character varying(250) NOT NULL,
    action character varying(250) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_permission_task (
    c_id integer NOT NULL,
    id integer NOT NULL,
    task_id integer NOT NULL,
    tool character varying(250) NOT NULL,
    action character varying(250) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_permission_user (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    tool character varying(250) NOT NULL,
    action character varying(250) NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_quiz (
    c_id integer NOT NULL,
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    sound character varying(255),
    type smallint NOT NULL,
    random integer NOT NULL,
    random_answers smallint NOT NULL,
    active smallint NOT NULL,
    results_disabled integer NOT NULL,
    access_condition text,
    max_attempt integer NOT NULL,
    start_time timestamp without time zone NOT NULL,
    end_time timestamp without time zone NOT NULL,
    feedback_type integer NOT NULL,
    expired_time integer NOT NULL,
    session_id integer,
    propagate_neg integer NOT NULL,
    review_answers integer NOT NULL,
    random_by_category integer NOT NULL,
    text_when_finished text,
    display_category_name integer NOT NULL,
    pass_percentage integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_quiz_answer (
    c_id integer NOT NULL,
    id integer NOT NULL,
    id_auto integer NOT NULL,
    question_id integer NOT NULL,
    answer text NOT NULL,
    correct integer,
    comment text,
    ponderation real NOT NULL,
    "position" integer NOT NULL,
    hotspot_coordinates text,
    hotspot_type character varying(11),
    destination text NOT NULL,
    answer_code character(10),
    PRIMARY KEY (c_id, id_auto)
);
CREATE TABLE chamilo.c_quiz_question (
    c_id integer NOT NULL,
    id integer NOT NULL,
    question text NOT NULL,
    description text,
    ponderation real NOT NULL,
    "position" integer NOT NULL,
    type smallint NOT NULL,
    picture character varying(50),
    level integer NOT NULL,
    extra character varying(255),
    question_code character(10),
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_quiz_question_category (
    c_id integer NOT NULL,
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_quiz_question_option (
    c_id integer NOT NULL,
    id integer NOT NULL,
    question_id integer NOT NULL,
    name character varying(255),
    "position" integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_quiz_question_rel_category (
    c_id integer NOT NULL,
    question_id integer NOT NULL,
    category_id integer NOT NULL,
    PRIMARY KEY (c_id, question_id)
);
CREATE TABLE chamilo.c_quiz_rel_question (
    c_id integer NOT NULL,
    question_id integer NOT NULL,
    exercice_id integer NOT NULL,
    question_order integer NOT NULL,
    PRIMARY KEY (c_id, question_id, exercice_id)
);
CREATE TABLE chamilo.c_resource (
    c_id integer NOT NULL,
    id integer NOT NULL,
    source_type character varying(50),
    source_id integer,
    resource_type character varying(50),
    resource_id integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_role (
    c_id integer NOT NULL,
    role_id integer NOT NULL,
    role_name character varying(250) NOT NULL,
    role_comment text,
    default_role smallint,
    PRIMARY KEY (c_id, role_id)
);
CREATE TABLE chamilo.c_role_group (
    c_id integer NOT NULL,
    id integer NOT NULL,
    role_id integer NOT NULL,
    scope character varying(20) NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (id, c_id, group_id)
);
CREATE TABLE chamilo.c_role_permissions (
    c_id integer NOT NULL,
    id integer NOT NULL,
    role_id integer NOT NULL,
    tool character varying(250) NOT NULL,
    action character varying(50) NOT NULL,
    default_perm smallint NOT NULL,
    PRIMARY KEY (id, c_id, role_id, tool, action)
);
CREATE TABLE chamilo.c_role_user (
    c_id integer NOT NULL,
    role_id integer NOT NULL,
    scope character varying(20) NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (c_id, role_id, user_id)
);
CREATE TABLE chamilo.c_student_publication (
    c_id integer NOT NULL,
    id integer NOT NULL,
    url character varying(255),
    title character varying(255),
    description text,
    author character varying(255),
    active smallint,
    accepted smallint,
    post_group_id integer NOT NULL,
    sent_date timestamp without time zone NOT NULL,
    filetype character varying(12) NOT NULL,
    has_properties integer NOT NULL,
    view_properties smallint,
    qualification real NOT NULL,
    date_of_qualification timestamp without time zone NOT NULL,
    parent_id integer NOT NULL,
    qualificator_id integer NOT NULL,
    weight real NOT NULL,
    session_id integer NOT NULL,
    user_id integer NOT NULL,
    allow_text_assignment integer NOT NULL,
    contains_file integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_student_publication_assignment (
    c_id integer NOT NULL,
    id integer NOT NULL,
    expires_on timestamp without time zone NOT NULL,
    ends_on timestamp without time zone NOT NULL,
    add_to_calendar smallint NOT NULL,
    enable_qualification smallint NOT NULL,
    publication_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_survey (
    c_id integer NOT NULL,
    survey_id integer NOT NULL,
    code character varying(20),
    title text,
    subtitle text,
    author character varying(20),
    lang character varying(20),
    avail_from date,
    avail_till date,
    is_shared character(1),
    template character varying(20),
    intro text,
    surveythanks text,
    creation_date timestamp without time zone NOT NULL,
    invited integer NOT NULL,
    answered integer NOT NULL,
    invite_mail text NOT NULL,
    reminder_mail text NOT NULL,
    mail_subject character varying(255) NOT NULL,
    anonymous character varying(1) NOT NULL,
    access_condition text,
    shuffle smallint NOT NULL,
    one_question_per_page smallint NOT NULL,
    survey_version character varying(255) NOT NULL,
    parent_id integer NOT NULL,
    survey_type integer NOT NULL,
    show_form_profile integer NOT NULL,
    form_fields text NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, survey_id)
);
CREATE TABLE chamilo.c_survey_answer (
    c_id integer NOT NULL,
    answer_id integer NOT NULL,
    survey_id integer NOT NULL,
    question_id integer NOT NULL,
    option_id text NOT NULL,
    value integer NOT NULL,
    "user" character varying(250) NOT NULL,
    PRIMARY KEY (c_id, answer_id)
);
CREATE TABLE chamilo.c_survey_group (
    c_id integer NOT NULL,
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(255) NOT NULL,
    survey_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_survey_invitation (
    c_id integer NOT NULL,
    survey_invitation_id integer NOT NULL,
    survey_code character varying(20) NOT NULL,
    "user" character varying(250) NOT NULL,
    invitation_code character varying(250) NOT NULL,
    invitation_date timestamp without time zone NOT NULL,
    reminder_date timestamp without time zone NOT NULL,
    answered integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, survey_invitation_id)
);
CREATE TABLE chamilo.c_survey_question (
    c_id integer NOT NULL,
    question_id integer NOT NULL,
    survey_id integer NOT NULL,
    survey_question text NOT NULL,
    survey_question_comment text NOT NULL,
    type character varying(250) NOT NULL,
    display character varying(10) NOT NULL,
    sort integer NOT NULL,
    shared_question_id integer,
    max_value integer,
    survey_group_pri integer NOT NULL,
    survey_group_sec1 integer NOT NULL,
    survey_group_sec2 integer NOT NULL,
    PRIMARY KEY (c_id, question_id)
);
CREATE TABLE chamilo.c_survey_question_option (
    c_id integer NOT NULL,
    question_option_id integer NOT NULL,
    question_id integer NOT NULL,
    survey_id integer NOT NULL,
    option_text text NOT NULL,
    sort integer NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (c_id, question_option_id)
);
CREATE TABLE chamilo.c_thematic (
    c_id integer NOT NULL,
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    display_order integer NOT NULL,
    active smallint NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_thematic_advance (
    c_id integer NOT NULL,
    id integer NOT NULL,
    thematic_id integer NOT NULL,
    attendance_id integer NOT NULL,
    content text,
    start_date timestamp without time zone NOT NULL,
    duration integer NOT NULL,
    done_advance smallint NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_thematic_plan (
    c_id integer NOT NULL,
    id integer NOT NULL,
    thematic_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    description_type integer NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_tool (
    c_id integer NOT NULL,
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    image character varying(255),
    visibility smallint,
    admin character varying(255),
    address character varying(255),
    added_tool smallint,
    target character varying(6) NOT NULL,
    category character varying(20) NOT NULL,
    session_id integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_tool_intro (
    c_id integer NOT NULL,
    id character varying(50) NOT NULL,
    intro_text text NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (c_id, id, session_id)
);
CREATE TABLE chamilo.c_userinfo_content (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    definition_id integer NOT NULL,
    editor_ip character varying(39),
    edition_time timestamp without time zone,
    content text NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_userinfo_def (
    c_id integer NOT NULL,
    id integer NOT NULL,
    title character varying(80) NOT NULL,
    comment text,
    line_count smallint NOT NULL,
    rank smallint NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_wiki (
    c_id integer NOT NULL,
    id integer NOT NULL,
    page_id integer NOT NULL,
    reflink character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    content text NOT NULL,
    user_id integer NOT NULL,
    group_id integer,
    dtime timestamp without time zone NOT NULL,
    addlock integer NOT NULL,
    editlock integer NOT NULL,
    visibility integer NOT NULL,
    addlock_disc integer NOT NULL,
    visibility_disc integer NOT NULL,
    ratinglock_disc integer NOT NULL,
    assignment integer NOT NULL,
    comment text NOT NULL,
    progress text NOT NULL,
    score integer,
    version integer,
    is_editing integer NOT NULL,
    time_edit timestamp without time zone NOT NULL,
    hits integer,
    linksto text NOT NULL,
    tag text NOT NULL,
    user_ip character varying(39) NOT NULL,
    session_id integer,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_wiki_conf (
    c_id integer NOT NULL,
    page_id integer NOT NULL,
    task text NOT NULL,
    feedback1 text NOT NULL,
    feedback2 text NOT NULL,
    feedback3 text NOT NULL,
    fprogress1 character varying(3) NOT NULL,
    fprogress2 character varying(3) NOT NULL,
    fprogress3 character varying(3) NOT NULL,
    max_size integer,
    max_text integer,
    max_version integer,
    startdate_assig timestamp without time zone NOT NULL,
    enddate_assig timestamp without time zone NOT NULL,
    delayedsubmit integer NOT NULL,
    PRIMARY KEY (c_id, page_id)
);
CREATE TABLE chamilo.c_wiki_discuss (
    c_id integer NOT NULL,
    id integer NOT NULL,
    publication_id integer NOT NULL,
    userc_id integer NOT NULL,
    comment text NOT NULL,
    p_score character varying(255),
    dtime timestamp without time zone NOT NULL,
    PRIMARY KEY (c_id, id)
);
CREATE TABLE chamilo.c_wiki_mailcue (
    c_id integer NOT NULL,
    id integer NOT NULL,
    user_id integer NOT NULL,
    type text NOT NULL,
    group_id integer,
    session_id integer,
    PRIMARY KEY (c_id, id, user_id)
);
CREATE TABLE chamilo.career (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    status integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.chat (
    id integer NOT NULL,
    from_user integer,
    to_user integer,
    message text NOT NULL,
    sent timestamp without time zone NOT NULL,
    recd integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.class (
    id integer NOT NULL,
    code character varying(40),
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.class_user (
    class_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (class_id, user_id)
);
CREATE TABLE chamilo.course (
    id integer NOT NULL,
    code character varying(40) NOT NULL,
    directory character varying(40),
    db_name character varying(40),
    course_language character varying(20),
    title character varying(250),
    description text,
    category_code character varying(40),
    visibility smallint,
    show_score integer NOT NULL,
    tutor_name character varying(200),
    visual_code character varying(40),
    department_name character varying(30),
    department_url character varying(180),
    disk_quota bigint,
    last_visit timestamp without time zone,
    last_edit timestamp without time zone,
    creation_date timestamp without time zone,
    expiration_date timestamp without time zone,
    target_course_code character varying(40),
    subscribe smallint NOT NULL,
    unsubscribe smallint NOT NULL,
    registration_code character varying(255) NOT NULL,
    legal text NOT NULL,
    activate_legal integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.course_category (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    code character varying(40) NOT NULL,
    parent_id character varying(40),
    tree_pos integer,
    children_count smallint,
    auth_course_child character varying(5),
    auth_cat_child character varying(5),
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.course_field (
    id integer NOT NULL,
    field_type integer NOT NULL,
    field_variable character varying(64) NOT NULL,
    field_display_text character varying(64),
    field_default_value text,
    field_order integer,
    field_visible smallint,
    field_changeable smallint,
    field_filter smallint,
    tms timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.course_field_values (
    id integer NOT NULL,
    course_code character varying(40) NOT NULL,
    field_id integer NOT NULL,
    field_value text,
    tms timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.course_module (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    image character varying(100),
    "row" integer NOT NULL,
    "column" integer NOT NULL,
    "position" character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.course_rel_class (
    course_code character(40) NOT NULL,
    class_id integer NOT NULL,
    PRIMARY KEY (course_code, class_id)
);
CREATE TABLE chamilo.course_rel_user (
    course_code character varying(40) NOT NULL,
    user_id integer NOT NULL,
    status smallint NOT NULL,
    role character varying(60),
    group_id integer NOT NULL,
    tutor_id integer NOT NULL,
    sort integer,
    user_course_cat integer,
    relation_type integer NOT NULL,
    legal_agreement integer,
    PRIMARY KEY (course_code, user_id, relation_type)
);
CREATE TABLE chamilo.course_request (
    id integer NOT NULL,
    code character varying(40) NOT NULL,
    user_id integer NOT NULL,
    directory character varying(40),
    db_name character varying(40),
    course_language character varying(20),
    title character varying(250),
    description text,
    category_code character varying(40),
    tutor_name character varying(200),
    visual_code character varying(40),
    request_date timestamp without time zone NOT NULL,
    objetives text,
    target_audience text,
    status integer NOT NULL,
    info integer NOT NULL,
    exemplary_content integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.course_type (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    translation_var character(40),
    description text,
    props text,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.event_email_template (
    id integer NOT NULL,
    message text,
    subject character varying(255),
    event_type_name character varying(255),
    activated smallint NOT NULL,
    language_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.event_sent (
    id integer NOT NULL,
    user_from integer NOT NULL,
    user_to integer,
    event_type_name character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.grade_components (
    id integer NOT NULL,
    percentage character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    acronym character varying(255) NOT NULL,
    grade_model_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.grade_model (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    default_lowest_eval_exclude smallint,
    default_external_eval smallint,
    default_external_eval_prefix character varying(140),
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.gradebook_category (
    id integer NOT NULL,
    name text NOT NULL,
    description text,
    user_id integer NOT NULL,
    course_code character varying(40),
    parent_id integer,
    weight real NOT NULL,
    visible smallint NOT NULL,
    certif_min_score integer,
    session_id integer,
    document_id integer,
    locked integer NOT NULL,
    default_lowest_eval_exclude smallint,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.gradebook_certificate (
    id bigint NOT NULL,
    cat_id integer NOT NULL,
    user_id integer NOT NULL,
    score_certificate real NOT NULL,
    created_at timestamp without time zone NOT NULL,
    path_certificate text,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.gradebook_evaluation (
    id integer NOT NULL,
    name text NOT NULL,
    description text,
    user_id integer NOT NULL,
    course_code character varying(40),
    category_id integer,
    created_at timestamp without time zone NOT NULL,
    weight real NOT NULL,
    max real NOT NULL,
    visible integer NOT NULL,
    type character varying(40) NOT NULL,
    locked integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.gradebook_link (
    id integer NOT NULL,
    type integer NOT NULL,
    ref_id integer NOT NULL,
    user_id integer NOT NULL,
    course_code character varying(40) NOT NULL,
    category_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    weight real NOT NULL,
    visible integer NOT NULL,
    locked integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.gradebook_linkeval_log (
    id integer NOT NULL,
    id_linkeval_log integer NOT NULL,
    name text,
    description text,
    created_at timestamp without time zone NOT NULL,
    weight smallint,
    visible smallint,
    type character varying(20) NOT NULL,
    user_id_log integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.gradebook_result (
    id integer NOT NULL,
    user_id integer NOT NULL,
    evaluation_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    score real,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.gradebook_result_log (
    id integer NOT NULL,
    id_result integer NOT NULL,
    user_id integer NOT NULL,
    evaluation_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    score real,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.gradebook_score_display (
    id integer NOT NULL,
    score real NOT NULL,
    display character varying(40) NOT NULL,
    category_id integer NOT NULL,
    score_color_percent real NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.group_rel_group (
    id integer NOT NULL,
    group_id integer NOT NULL,
    subgroup_id integer NOT NULL,
    relation_type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.group_rel_tag (
    id integer NOT NULL,
    tag_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.group_rel_user (
    id integer NOT NULL,
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    relation_type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.groups (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    picture_uri character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    visibility integer NOT NULL,
    updated_on character varying(255) NOT NULL,
    created_on character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.language (
    id smallint NOT NULL,
    original_name character varying(255),
    english_name character varying(255),
    isocode character varying(10),
    dokeos_folder character varying(250),
    available smallint NOT NULL,
    parent_id smallint,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.legal (
    legal_id integer NOT NULL,
    language_id integer NOT NULL,
    date integer NOT NULL,
    content text,
    type integer NOT NULL,
    changes text NOT NULL,
    version integer,
    PRIMARY KEY (legal_id, language_id)
);
CREATE TABLE chamilo.message (
    id bigint NOT NULL,
    user_sender_id integer NOT NULL,
    user_receiver_id integer NOT NULL,
    msg_status smallint NOT NULL,
    send_date timestamp without time zone NOT NULL,
    title character varying(255) NOT NULL,
    content text NOT NULL,
    group_id integer NOT NULL,
    parent_id integer NOT NULL,
    update_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.message_attachment (
    id integer NOT NULL,
    path character varying(255) NOT NULL,
    comment text,
    size integer NOT NULL,
    message_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.notification (
    id bigint NOT NULL,
    dest_user_id integer NOT NULL,
    dest_mail character(255),
    title character(255),
    content character(255),
    send_freq smallint,
    created_at timestamp without time zone NOT NULL,
    sent_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.openid_association (
    id integer NOT NULL,
    idp_endpoint_uri text NOT NULL,
    session_type character varying(30) NOT NULL,
    assoc_handle text NOT NULL,
    assoc_type text NOT NULL,
    expires_in bigint NOT NULL,
    mac_key text NOT NULL,
    created bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.personal_agenda (
    id integer NOT NULL,
    "user" integer,
    title text,
    text text,
    date timestamp without time zone,
    enddate timestamp without time zone,
    course character varying(255),
    parent_event_id integer,
    all_day integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.personal_agenda_repeat (
    cal_id integer NOT NULL,
    cal_type character varying(20),
    cal_end integer,
    cal_frequency integer,
    cal_days character(7),
    PRIMARY KEY (cal_id)
);
CREATE TABLE chamilo.personal_agenda_repeat_not (
    cal_id integer NOT NULL,
    cal_date integer NOT NULL,
    PRIMARY KEY (cal_id, cal_date)
);
CREATE TABLE chamilo.php_session (
    session_id character varying(32) NOT NULL,
    session_name character varying(10) NOT NULL,
    session_time integer NOT NULL,
    session_start integer NOT NULL,
    session_value text NOT NULL,
    PRIMARY KEY (session_id)
);
CREATE TABLE chamilo.promotion (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    career_id integer NOT NULL,
    status integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.reservation_category (
    id integer NOT NULL,
    parent_id integer NOT NULL,
    name character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.reservation_category_rights (
    id integer NOT NULL,
    category_id integer NOT NULL,
    class_id integer NOT NULL,
    m_items smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.reservation_item (
    id integer NOT NULL,
    category_id integer NOT NULL,
    course_code character varying(40) NOT NULL,
    name character varying(128) NOT NULL,
    description text NOT NULL,
    blackout smallint NOT NULL,
    creator integer NOT NULL,
    always_available smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.reservation_item_rights (
    item_id integer NOT NULL,
    class_id integer NOT NULL,
    edit_right smallint NOT NULL,
    delete_right smallint NOT NULL,
    m_reservation smallint NOT NULL,
    view_right smallint NOT NULL,
    PRIMARY KEY (item_id, class_id)
);
CREATE TABLE chamilo.reservation_main (
    id integer NOT NULL,
    subid integer NOT NULL,
    item_id integer NOT NULL,
    auto_accept smallint NOT NULL,
    max_users integer NOT NULL,
    start_at timestamp without time zone NOT NULL,
    end_at timestamp without time zone NOT NULL,
    subscribe_from timestamp without time zone NOT NULL,
    subscribe_until timestamp without time zone NOT NULL,
    subscribers integer NOT NULL,
    notes text NOT NULL,
    timepicker smallint NOT NULL,
    timepicker_min integer NOT NULL,
    timepicker_max integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.reservation_subscription (
    dummy integer NOT NULL,
    user_id integer NOT NULL,
    reservation_id integer NOT NULL,
    accepted smallint NOT NULL,
    start_at timestamp without time zone NOT NULL,
    end_at timestamp without time zone NOT NULL,
    PRIMARY KEY (dummy)
);
CREATE TABLE chamilo.search_engine_ref (
    id integer NOT NULL,
    course_code character varying(40) NOT NULL,
    tool_id character varying(100) NOT NULL,
    ref_id_high_level integer NOT NULL,
    ref_id_second_level integer,
    search_did integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.session (
    id smallint NOT NULL,
    id_coach integer NOT NULL,
    name character(50) NOT NULL,
    nbr_courses smallint NOT NULL,
    nbr_users integer NOT NULL,
    nbr_classes integer NOT NULL,
    date_start date NOT NULL,
    date_end date NOT NULL,
    nb_days_access_before_beginning smallint,
    nb_days_access_after_end smallint,
    session_admin_id integer NOT NULL,
    visibility integer NOT NULL,
    session_category_id integer NOT NULL,
    promotion_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.session_category (
    id integer NOT NULL,
    name character varying(100),
    date_start date,
    date_end date,
    access_url_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.session_field (
    id integer NOT NULL,
    field_type integer NOT NULL,
    field_variable character varying(64) NOT NULL,
    field_display_text character varying(64),
    field_default_value text,
    field_order integer,
    field_visible smallint,
    field_changeable smallint,
    field_filter smallint,
    tms timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.session_field_values (
    id integer NOT NULL,
    session_id integer NOT NULL,
    field_id integer NOT NULL,
    field_value text,
    tms timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.session_rel_course (
    id_session smallint NOT NULL,
    course_code character(40) NOT NULL,
    nbr_users smallint NOT NULL,
    PRIMARY KEY (id_session, course_code)
);
CREATE TABLE chamilo.session_rel_course_rel_user (
    id_session smallint NOT NULL,
    course_code character(40) NOT NULL,
    id_user integer NOT NULL,
    visibility integer NOT NULL,
    status integer NOT NULL,
    legal_agreement integer,
    PRIMARY KEY (id_session, course_code, id_user)
);
CREATE TABLE chamilo.session_rel_user (
    id_session integer NOT NULL,
    id_user integer NOT NULL,
    relation_type integer NOT NULL,
    PRIMARY KEY (id_session, id_user, relation_type)
);
CREATE TABLE chamilo.settings_current (
    id integer NOT NULL,
    variable character varying(255),
    subkey character varying(255),
    type character varying(255),
    category character varying(255),
    selected_value character varying(255),
    title character varying(255) NOT NULL,
    comment character varying(255),
    scope character varying(50),
    subkeytext character varying(255),
    access_url integer NOT NULL,
    access_url_changeable integer NOT NULL,
    access_url_locked integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.settings_options (
    id integer NOT NULL,
    variable character varying(255),
    value character varying(255),
    display_text character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.shared_survey (
    survey_id integer NOT NULL,
    code character varying(20),
    title text,
    subtitle text,
    author character varying(250),
    lang character varying(20),
    template character varying(20),
    intro text,
    surveythanks text,
    creation_date timestamp without time zone NOT NULL,
    course_code character varying(40) NOT NULL,
    PRIMARY KEY (survey_id)
);
CREATE TABLE chamilo.shared_survey_question (
    question_id integer NOT NULL,
    survey_id integer NOT NULL,
    survey_question text NOT NULL,
    survey_question_comment text NOT NULL,
    type character varying(250) NOT NULL,
    display character varying(10) NOT NULL,
    sort integer NOT NULL,
    code character varying(40) NOT NULL,
    max_value integer NOT NULL,
    PRIMARY KEY (question_id)
);
CREATE TABLE chamilo.shared_survey_question_option (
    question_option_id integer NOT NULL,
    question_id integer NOT NULL,
    survey_id integer NOT NULL,
    option_text text NOT NULL,
    sort integer NOT NULL,
    PRIMARY KEY (question_option_id)
);
CREATE TABLE chamilo.skill (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    short_code character varying(100) NOT NULL,
    description text NOT NULL,
    access_url_id integer NOT NULL,
    icon character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.skill_profile (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.skill_rel_gradebook (
    id integer NOT NULL,
    gradebook_id integer NOT NULL,
    skill_id integer NOT NULL,
    type character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.skill_rel_profile (
    id integer NOT NULL,
    skill_id integer NOT NULL,
    profile_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.skill_rel_skill (
    id integer NOT NULL,
    skill_id integer NOT NULL,
    parent_id integer NOT NULL,
    relation_type integer NOT NULL,
    level integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.skill_rel_user (
    id integer NOT NULL,
    user_id integer NOT NULL,
    skill_id integer NOT NULL,
    acquired_skill_at timestamp without time zone NOT NULL,
    assigned_by integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.specific_field (
    id integer NOT NULL,
    code character(1) NOT NULL,
    name character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.specific_field_values (
    id integer NOT NULL,
    course_code character varying(40) NOT NULL,
    tool_id character varying(100) NOT NULL,
    ref_id integer NOT NULL,
    field_id integer NOT NULL,
    value character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.sys_announcement (
    id integer NOT NULL,
    date_start timestamp without time zone NOT NULL,
    date_end timestamp without time zone NOT NULL,
    visible_teacher smallint NOT NULL,
    visible_student smallint NOT NULL,
    visible_guest smallint NOT NULL,
    title character varying(250) NOT NULL,
    content text NOT NULL,
    lang character varying(70),
    access_url_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.sys_calendar (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    access_url_id integer NOT NULL,
    all_day integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.system_template (
    id integer NOT NULL,
    title character varying(250) NOT NULL,
    comment text NOT NULL,
    image character varying(250) NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.tag (
    id integer NOT NULL,
    tag character(255) NOT NULL,
    field_id integer NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.templates (
    id integer NOT NULL,
    title character varying(100) NOT NULL,
    description character varying(250) NOT NULL,
    course_code character varying(40) NOT NULL,
    user_id integer NOT NULL,
    ref_doc integer NOT NULL,
    image character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_c_browsers (
    id integer NOT NULL,
    browser character varying(255) NOT NULL,
    counter integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_c_countries (
    id integer NOT NULL,
    code character varying(40) NOT NULL,
    country character varying(50) NOT NULL,
    counter integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_c_os (
    id integer NOT NULL,
    os character varying(255) NOT NULL,
    counter integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_c_providers (
    id integer NOT NULL,
    provider character varying(255) NOT NULL,
    counter integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_c_referers (
    id integer NOT NULL,
    referer character varying(255) NOT NULL,
    counter integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_course_ranking (
    id integer NOT NULL,
    c_id integer NOT NULL,
    session_id integer NOT NULL,
    url_id integer NOT NULL,
    accesses integer NOT NULL,
    total_score integer NOT NULL,
    users integer NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_e_access (
    access_id integer NOT NULL,
    access_user_id integer,
    access_date timestamp without time zone NOT NULL,
    access_cours_code character varying(40) NOT NULL,
    access_tool character varying(30),
    access_session_id integer NOT NULL,
    PRIMARY KEY (access_id)
);
CREATE TABLE chamilo.track_e_attempt (
    id integer NOT NULL,
    exe_id integer,
    user_id integer NOT NULL,
    question_id integer NOT NULL,
    answer text NOT NULL,
    teacher_comment text NOT NULL,
    marks real NOT NULL,
    course_code character varying(40) NOT NULL,
    "position" integer,
    tms timestamp without time zone NOT NULL,
    session_id integer NOT NULL,
    filename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_e_attempt_coeff (
    id integer NOT NULL,
    attempt_id integer NOT NULL,
    marks_coeff real,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_e_attempt_recording (
    id integer NOT NULL,
    exe_id integer NOT NULL,
    question_id integer NOT NULL,
    marks integer NOT NULL,
    insert_date timestamp without time zone NOT NULL,
    author integer NOT NULL,
    teacher_comment text NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_e_course_access (
    course_access_id integer NOT NULL,
    course_code character varying(40) NOT NULL,
    user_id integer NOT NULL,
    login_course_date timestamp without time zone NOT NULL,
    logout_course_date timestamp without time zone,
    counter integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (course_access_id)
);
CREATE TABLE chamilo.track_e_default (
    default_id integer NOT NULL,
    default_user_id integer NOT NULL,
    default_cours_code character varying(40) NOT NULL,
    default_date timestamp without time zone NOT NULL,
    default_event_type character varying(20) NOT NULL,
    default_value_type character varying(20) NOT NULL,
    default_value text NOT NULL,
    c_id integer,
    PRIMARY KEY (default_id)
);
CREATE TABLE chamilo.track_e_downloads (
    down_id integer NOT NULL,
    down_user_id integer,
    down_date timestamp without time zone NOT NULL,
    down_cours_id character varying(40) NOT NULL,
    down_doc_path character varying(255) NOT NULL,
    down_session_id integer NOT NULL,
    PRIMARY KEY (down_id)
);
CREATE TABLE chamilo.track_e_exercices (
    exe_id integer NOT NULL,
    exe_user_id integer,
    exe_date timestamp without time zone NOT NULL,
    exe_cours_id character varying(40) NOT NULL,
    exe_exo_id integer NOT NULL,
    exe_result real NOT NULL,
    exe_weighting real NOT NULL,
    PRIMARY KEY (exe_id)
);
CREATE TABLE chamilo.track_e_hotpotatoes (
    id integer NOT NULL,
    exe_name character varying(255) NOT NULL,
    exe_user_id integer,
    exe_date timestamp without time zone NOT NULL,
    exe_cours_id character varying(40) NOT NULL,
    exe_result smallint NOT NULL,
    exe_weighting smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_e_hotspot (
    hotspot_id integer NOT NULL,
    hotspot_user_id integer NOT NULL,
    hotspot_course_code character varying(50) NOT NULL,
    hotspot_exe_id integer NOT NULL,
    hotspot_question_id integer NOT NULL,
    hotspot_answer_id integer NOT NULL,
    hotspot_correct smallint NOT NULL,
    hotspot_coordinate text NOT NULL,
    PRIMARY KEY (hotspot_id)
);
CREATE TABLE chamilo.track_e_item_property (
    id integer NOT NULL,
    course_id integer NOT NULL,
    item_property_id integer NOT NULL,
    title character varying(255),
    content text,
    progress integer NOT NULL,
    lastedit_date timestamp without time zone NOT NULL,
    lastedit_user_id integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_e_lastaccess (
    access_id bigint NOT NULL,
    access_user_id integer,
    access_date timestamp without time zone NOT NULL,
    access_cours_code character varying(40) NOT NULL,
    access_tool character varying(30),
    access_session_id integer,
    PRIMARY KEY (access_id)
);
CREATE TABLE chamilo.track_e_links (
    links_id integer NOT NULL,
    links_user_id integer,
    links_date timestamp without time zone NOT NULL,
    links_cours_id character varying(40) NOT NULL,
    links_link_id integer NOT NULL,
    links_session_id integer NOT NULL,
    PRIMARY KEY (links_id)
);
CREATE TABLE chamilo.track_e_login (
    login_id integer NOT NULL,
    login_user_id integer NOT NULL,
    login_date timestamp without time zone NOT NULL,
    login_ip character varying(39) NOT NULL,
    logout_date timestamp without time zone,
    PRIMARY KEY (login_id)
);
CREATE TABLE chamilo.track_e_online (
    login_id integer NOT NULL,
    login_user_id integer NOT NULL,
    login_date timestamp without time zone NOT NULL,
    login_ip character varying(39) NOT NULL,
    course character varying(40),
    session_id integer NOT NULL,
    access_url_id integer NOT NULL,
    PRIMARY KEY (login_id)
);
CREATE TABLE chamilo.track_e_open (
    open_id integer NOT NULL,
    open_remote_host text NOT NULL,
    open_agent text NOT NULL,
    open_referer text NOT NULL,
    open_date timestamp without time zone NOT NULL,
    PRIMARY KEY (open_id)
);
CREATE TABLE chamilo.track_e_uploads (
    upload_id integer NOT NULL,
    upload_user_id integer,
    upload_date timestamp without time zone NOT NULL,
    upload_cours_id character varying(40) NOT NULL,
    upload_work_id integer NOT NULL,
    upload_session_id integer NOT NULL,
    PRIMARY KEY (upload_id)
);
CREATE TABLE chamilo.track_stored_values (
    id integer NOT NULL,
    user_id integer NOT NULL,
    sco_id integer NOT NULL,
    course_id character(40) NOT NULL,
    sv_key character(64) NOT NULL,
    sv_value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.track_stored_values_stack (
    id integer NOT NULL,
    user_id integer NOT NULL,
    sco_id integer NOT NULL,
    stack_order integer NOT NULL,
    course_id character(40) NOT NULL,
    sv_key character(64) NOT NULL,
    sv_value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo."user" (
    user_id integer NOT NULL,
    lastname character varying(60),
    firstname character varying(60),
    username character varying(100) NOT NULL,
    password character varying(50) NOT NULL,
    auth_source character varying(50),
    email character varying(100),
    status smallint NOT NULL,
    official_code character varying(40),
    phone character varying(30),
    picture_uri character varying(250),
    creator_id integer,
    competences text,
    diplomas text,
    openarea text,
    teach text,
    productions character varying(250),
    chatcall_user_id integer NOT NULL,
    chatcall_date timestamp without time zone NOT NULL,
    chatcall_text character varying(50) NOT NULL,
    language character varying(40),
    registration_date timestamp without time zone NOT NULL,
    expiration_date timestamp without time zone NOT NULL,
    active smallint NOT NULL,
    openid character varying(255),
    theme character varying(255),
    hr_dept_id smallint NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE chamilo.user_api_key (
    id integer NOT NULL,
    user_id integer NOT NULL,
    api_key character(32) NOT NULL,
    api_service character(10) NOT NULL,
    api_end_point text,
    created_date timestamp without time zone,
    validity_start_date timestamp without time zone,
    validity_end_date timestamp without time zone,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_course_category (
    id integer NOT NULL,
    user_id integer NOT NULL,
    title text NOT NULL,
    sort integer,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_field (
    id integer NOT NULL,
    field_type integer NOT NULL,
    field_variable character varying(64) NOT NULL,
    field_display_text character varying(64),
    field_default_value text,
    field_order integer,
    field_visible smallint,
    field_changeable smallint,
    field_filter smallint,
    tms timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_field_options (
    id integer NOT NULL,
    field_id integer NOT NULL,
    option_value text,
    option_display_text character varying(64),
    option_order integer,
    tms timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_field_values (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    field_id integer NOT NULL,
    field_value text,
    tms timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_friend_relation_type (
    id integer NOT NULL,
    title character(20),
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_rel_course_vote (
    id integer NOT NULL,
    c_id integer NOT NULL,
    user_id integer NOT NULL,
    session_id integer NOT NULL,
    url_id integer NOT NULL,
    vote integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_rel_event_type (
    id integer NOT NULL,
    user_id integer NOT NULL,
    event_type_name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_rel_tag (
    id integer NOT NULL,
    user_id integer NOT NULL,
    tag_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.user_rel_user (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    friend_user_id integer NOT NULL,
    relation_type integer NOT NULL,
    last_edit timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.usergroup (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.usergroup_rel_course (
    id integer NOT NULL,
    usergroup_id integer NOT NULL,
    course_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.usergroup_rel_question (
    id integer NOT NULL,
    c_id integer NOT NULL,
    question_id integer NOT NULL,
    usergroup_id integer NOT NULL,
    coefficient real,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.usergroup_rel_session (
    id integer NOT NULL,
    usergroup_id integer NOT NULL,
    session_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE chamilo.usergroup_rel_user (
    id integer NOT NULL,
    usergroup_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);

COMMENT ON TABLE chamilo.c_blog IS 'Table with blogs in this course';
COMMENT ON COLUMN chamilo.c_blog_attachment.path IS 'the real filename';
COMMENT ON COLUMN chamilo.c_blog_attachment.filename IS 'the user s file name';
COMMENT ON TABLE chamilo.c_blog_comment IS 'Table with comments on posts in a blog';
COMMENT ON TABLE chamilo.c_blog_post IS 'Table with posts / blog.';
COMMENT ON TABLE chamilo.c_blog_rating IS 'Table with ratings for post/comments in a certain blog';
COMMENT ON TABLE chamilo.c_blog_rel_user IS 'Table representing users subscribed to a blog';
COMMENT ON TABLE chamilo.c_blog_task IS 'Table with tasks for a blog';
COMMENT ON TABLE chamilo.c_blog_task_rel_user IS 'Table with tasks assigned to a user in a blog';
COMMENT ON COLUMN chamilo.message.msg_status IS '0 read, 1 unread, 3 deleted, 5 pending invitation, 6 accepted invitation, 7 invitation denied';
