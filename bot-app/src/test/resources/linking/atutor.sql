-- ATutor, the open-source learning management system (courses and their categories, enrolments, members and their
-- profiles, instructors and administrators, content pages and their tests/resources, tests and quizzes with their
-- questions, categories, answers and results, assignments, the gradebook, forums with threads and posts, groups and
-- group types, the file storage, glossary, links, news, polls, calendar, backups, language packs, modules, themes,
-- patches, the social networking (member profiles, friends, applications, activities, social groups with members,
-- invitations and message board, privacy preferences), the gamification tables (levels, badges, points, alerts),
-- mail and inbox messages, guests and the tracking of content visits), as a fresh install creates it:
-- include/install/db/atutor_schema.sql of github.com/atutor/ATutor (commit 333030f, the 2.2.x line; GPL-2.0; we use
-- the schema's facts). MySQL DDL turned into PostgreSQL by a one-off script and loaded into a scratch PostgreSQL 15:
-- all 129 tables the file creates (social_groups_forums is commented out in the source), their primary keys and the
-- five column comments the source writes (gradebook_tests), schema atutor; TINYINT/SMALLINT -> smallint,
-- MEDIUMINT/INT (signed or unsigned) -> integer, BIGINT -> bigint, DATETIME/TIMESTAMP -> timestamp, TEXT kinds ->
-- text, BLOB kinds -> bytea, DOUBLE -> double precision, FLOAT -> real, ENUM/SET -> character varying(255), YEAR ->
-- smallint; column names that are PostgreSQL reserved words are quoted. The source declares no foreign keys (MyISAM).
-- Left out: auto-increment, defaults, indexes and unique keys, the INSERTs of the default rows (themes, languages,
-- modules, config), the tables optional modules create from their own module.sql, and the upgrade scripts. No rows.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS atutor;
CREATE TABLE atutor.admins (
    login character varying(30) NOT NULL,
    password character varying(40) NOT NULL,
    real_name character varying(120) NOT NULL,
    email character varying(50) NOT NULL,
    language character varying(5) NOT NULL,
    privileges integer NOT NULL,
    last_login timestamp without time zone NOT NULL,
    PRIMARY KEY (login)
);
CREATE TABLE atutor.admin_log (
    login character varying(30) NOT NULL,
    time timestamp without time zone NOT NULL,
    operation character varying(20) NOT NULL,
    "table" character varying(30) NOT NULL,
    num_affected smallint NOT NULL,
    details text
);
CREATE TABLE atutor.assignments (
    assignment_id integer NOT NULL,
    course_id integer NOT NULL,
    title character varying(240) NOT NULL,
    assign_to integer,
    date_due timestamp without time zone NOT NULL,
    date_cutoff timestamp without time zone NOT NULL,
    multi_submit smallint,
    PRIMARY KEY (assignment_id)
);
CREATE TABLE atutor.backups (
    backup_id integer NOT NULL,
    course_id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    description text,
    file_size integer NOT NULL,
    system_file_name character varying(50) NOT NULL,
    file_name text,
    contents text,
    PRIMARY KEY (backup_id)
);
CREATE TABLE atutor.blog_posts (
    post_id integer NOT NULL,
    member_id integer NOT NULL,
    owner_type smallint NOT NULL,
    owner_id integer NOT NULL,
    private smallint NOT NULL,
    date timestamp without time zone NOT NULL,
    num_comments smallint NOT NULL,
    title character varying(255) NOT NULL,
    body text,
    PRIMARY KEY (post_id)
);
CREATE TABLE atutor.blog_posts_comments (
    comment_id integer NOT NULL,
    post_id integer NOT NULL,
    member_id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    private smallint NOT NULL,
    comment text,
    PRIMARY KEY (comment_id)
);
CREATE TABLE atutor.config (
    name character(30) NOT NULL,
    value text,
    PRIMARY KEY (name)
);
CREATE TABLE atutor.content (
    content_id integer NOT NULL,
    course_id integer NOT NULL,
    content_parent_id integer NOT NULL,
    ordering integer NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    revision smallint NOT NULL,
    formatting smallint NOT NULL,
    release_date timestamp without time zone NOT NULL,
    keywords text,
    content_path text,
    title character varying(255) NOT NULL,
    text text,
    head text,
    use_customized_head smallint NOT NULL,
    test_message text,
    allow_test_export smallint NOT NULL,
    content_type smallint NOT NULL,
    PRIMARY KEY (content_id)
);
CREATE TABLE atutor.course_access (
    password character(8) NOT NULL,
    course_id integer NOT NULL,
    expiry_date timestamp without time zone NOT NULL,
    enabled smallint NOT NULL,
    PRIMARY KEY (password)
);
CREATE TABLE atutor.course_cats (
    cat_id integer NOT NULL,
    cat_name character varying(255) NOT NULL,
    cat_parent integer NOT NULL,
    theme character varying(30) NOT NULL,
    PRIMARY KEY (cat_id)
);
CREATE TABLE atutor.content_tests_assoc (
    content_id integer NOT NULL,
    test_id integer NOT NULL,
    PRIMARY KEY (content_id, test_id)
);
CREATE TABLE atutor.content_forums_assoc (
    content_id integer NOT NULL,
    forum_id integer NOT NULL,
    PRIMARY KEY (content_id, forum_id)
);
CREATE TABLE atutor.course_enrollment (
    member_id integer NOT NULL,
    course_id integer NOT NULL,
    approved character varying(255) NOT NULL,
    privileges integer NOT NULL,
    role character varying(35) NOT NULL,
    last_cid integer NOT NULL,
    PRIMARY KEY (member_id, course_id)
);
CREATE TABLE atutor.course_stats (
    course_id integer NOT NULL,
    login_date date NOT NULL,
    guests integer NOT NULL,
    members integer NOT NULL,
    PRIMARY KEY (course_id, login_date)
);
CREATE TABLE atutor.courses (
    course_id integer NOT NULL,
    member_id integer NOT NULL,
    cat_id integer NOT NULL,
    content_packaging character varying(255) NOT NULL,
    access character varying(255) NOT NULL,
    created_date timestamp without time zone NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    course_dir_name character varying(255) NOT NULL,
    notify smallint NOT NULL,
    max_quota character varying(30) NOT NULL,
    max_file_size character varying(30) NOT NULL,
    hide smallint NOT NULL,
    copyright text,
    primary_language character varying(5) NOT NULL,
    rss smallint NOT NULL,
    icon character varying(75) NOT NULL,
    home_links text,
    main_links text,
    side_menu character varying(255) NOT NULL,
    release_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    banner text,
    home_view smallint NOT NULL,
    PRIMARY KEY (course_id)
);
CREATE TABLE atutor.faq_topics (
    topic_id integer NOT NULL,
    course_id integer NOT NULL,
    name text,
    PRIMARY KEY (topic_id)
);
CREATE TABLE atutor.faq_entries (
    entry_id integer NOT NULL,
    topic_id integer NOT NULL,
    revised_date timestamp without time zone NOT NULL,
    approved smallint NOT NULL,
    question text,
    answer text,
    PRIMARY KEY (entry_id)
);
CREATE TABLE atutor.feeds (
    feed_id integer NOT NULL,
    url character varying(255) NOT NULL,
    PRIMARY KEY (feed_id)
);
CREATE TABLE atutor.file_storage_groups (
    group_id integer NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE atutor.files (
    file_id integer NOT NULL,
    owner_type smallint NOT NULL,
    owner_id integer NOT NULL,
    member_id integer NOT NULL,
    folder_id integer NOT NULL,
    parent_file_id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    num_comments smallint NOT NULL,
    num_revisions smallint NOT NULL,
    file_name character varying(80) NOT NULL,
    file_size integer NOT NULL,
    description text,
    PRIMARY KEY (file_id)
);
CREATE TABLE atutor.files_comments (
    comment_id integer NOT NULL,
    file_id integer NOT NULL,
    member_id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    comment text,
    PRIMARY KEY (comment_id)
);
CREATE TABLE atutor.folders (
    folder_id integer NOT NULL,
    parent_folder_id integer NOT NULL,
    owner_type smallint NOT NULL,
    owner_id integer NOT NULL,
    title character varying(120) NOT NULL,
    PRIMARY KEY (folder_id)
);
CREATE TABLE atutor.forums (
    forum_id integer NOT NULL,
    title character varying(240) NOT NULL,
    description text,
    num_topics integer NOT NULL,
    num_posts integer NOT NULL,
    last_post timestamp without time zone NOT NULL,
    mins_to_edit smallint NOT NULL,
    PRIMARY KEY (forum_id)
);
CREATE TABLE atutor.forums_accessed (
    post_id integer NOT NULL,
    member_id integer NOT NULL,
    last_accessed timestamp without time zone NOT NULL,
    subscribe smallint NOT NULL,
    PRIMARY KEY (post_id, member_id)
);
CREATE TABLE atutor.forums_courses (
    forum_id integer NOT NULL,
    course_id integer NOT NULL,
    PRIMARY KEY (forum_id, course_id)
);
CREATE TABLE atutor.forums_groups (
    forum_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (forum_id, group_id)
);
CREATE TABLE atutor.forums_subscriptions (
    forum_id integer NOT NULL,
    member_id integer NOT NULL,
    PRIMARY KEY (forum_id, member_id)
);
CREATE TABLE atutor.forums_threads (
    post_id integer NOT NULL,
    parent_id integer NOT NULL,
    member_id integer NOT NULL,
    forum_id integer NOT NULL,
    last_comment timestamp without time zone NOT NULL,
    num_comments integer NOT NULL,
    subject character varying(255) NOT NULL,
    body text,
    date timestamp without time zone NOT NULL,
    locked smallint NOT NULL,
    sticky smallint NOT NULL,
    PRIMARY KEY (post_id)
);
CREATE TABLE atutor.glossary (
    word_id integer NOT NULL,
    course_id integer NOT NULL,
    word character varying(240) NOT NULL,
    definition text,
    related_word_id integer NOT NULL,
    PRIMARY KEY (word_id)
);
CREATE TABLE atutor.groups (
    group_id integer NOT NULL,
    type_id integer NOT NULL,
    title character varying(80) NOT NULL,
    description text,
    modules character varying(255) NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE atutor.groups_members (
    group_id integer NOT NULL,
    member_id integer NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE TABLE atutor.groups_types (
    type_id integer NOT NULL,
    course_id integer NOT NULL,
    title character varying(80) NOT NULL,
    PRIMARY KEY (type_id)
);
CREATE TABLE atutor.guests (
    guest_id character varying(10) NOT NULL,
    name character varying(255),
    organization character varying(255),
    location character varying(255),
    role character varying(255),
    focus character varying(255),
    PRIMARY KEY (guest_id)
);
CREATE TABLE atutor.handbook_notes (
    note_id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    section character varying(15) NOT NULL,
    page character varying(50) NOT NULL,
    approved smallint NOT NULL,
    email character varying(50) NOT NULL,
    note text,
    PRIMARY KEY (note_id)
);
CREATE TABLE atutor.instructor_approvals (
    member_id integer NOT NULL,
    request_date timestamp without time zone NOT NULL,
    notes text,
    PRIMARY KEY (member_id)
);
CREATE TABLE atutor.languages (
    language_code character varying(20) NOT NULL,
    char_set character varying(80) NOT NULL,
    direction character varying(16) NOT NULL,
    reg_exp character varying(124) NOT NULL,
    native_name character varying(80) NOT NULL,
    english_name character varying(80) NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (language_code, char_set)
);
CREATE TABLE atutor.links_categories (
    cat_id integer NOT NULL,
    owner_type smallint NOT NULL,
    owner_id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent_id integer,
    PRIMARY KEY (cat_id)
);
CREATE TABLE atutor.links (
    link_id integer NOT NULL,
    cat_id integer NOT NULL,
    Url character varying(255) NOT NULL,
    LinkName character varying(64) NOT NULL,
    Description text,
    Approved smallint,
    SubmitName character varying(64) NOT NULL,
    SubmitEmail character varying(64) NOT NULL,
    SubmitDate date NOT NULL,
    hits integer,
    PRIMARY KEY (link_id)
);
CREATE TABLE atutor.language_pages (
    term character varying(50) NOT NULL,
    page character varying(255) NOT NULL,
    PRIMARY KEY (term, page)
);
CREATE TABLE atutor.master_list (
    public_field character(30) NOT NULL,
    hash_field character(40) NOT NULL,
    member_id integer NOT NULL,
    PRIMARY KEY (public_field)
);
CREATE TABLE atutor.members (
    member_id integer NOT NULL,
    login character varying(20) NOT NULL,
    password character varying(40) NOT NULL,
    email character varying(50) NOT NULL,
    website character varying(200) NOT NULL,
    first_name character varying(100) NOT NULL,
    second_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    dob date NOT NULL,
    gender character varying(255) NOT NULL,
    address text,
    postal character varying(15) NOT NULL,
    city character varying(100) NOT NULL,
    province character varying(100) NOT NULL,
    country character varying(100) NOT NULL,
    phone character varying(15) NOT NULL,
    status smallint NOT NULL,
    preferences text,
    creation_date timestamp without time zone NOT NULL,
    language character varying(5) NOT NULL,
    inbox_notify smallint NOT NULL,
    private_email smallint NOT NULL,
    last_login timestamp without time zone NOT NULL,
    PRIMARY KEY (member_id)
);
CREATE TABLE atutor.member_track (
    member_id integer NOT NULL,
    course_id integer NOT NULL,
    content_id integer NOT NULL,
    counter integer NOT NULL,
    duration integer NOT NULL,
    last_accessed timestamp without time zone
);
CREATE TABLE atutor.messages (
    message_id integer NOT NULL,
    course_id integer NOT NULL,
    from_member_id integer NOT NULL,
    to_member_id integer NOT NULL,
    date_sent timestamp without time zone NOT NULL,
    new smallint NOT NULL,
    replied smallint NOT NULL,
    subject character varying(255) NOT NULL,
    body text,
    PRIMARY KEY (message_id)
);
CREATE TABLE atutor.messages_sent (
    message_id integer NOT NULL,
    course_id integer NOT NULL,
    from_member_id integer NOT NULL,
    to_member_id integer NOT NULL,
    date_sent timestamp without time zone NOT NULL,
    subject character varying(255) NOT NULL,
    body text,
    PRIMARY KEY (message_id)
);
CREATE TABLE atutor.modules (
    dir_name character varying(50) NOT NULL,
    status smallint NOT NULL,
    privilege bigint NOT NULL,
    admin_privilege integer NOT NULL,
    cron_interval smallint NOT NULL,
    cron_last_run integer NOT NULL,
    PRIMARY KEY (dir_name)
);
CREATE TABLE atutor.news (
    news_id integer NOT NULL,
    course_id integer NOT NULL,
    member_id integer NOT NULL,
    date timestamp without time zone NOT NULL,
    formatting smallint NOT NULL,
    title character varying(200) NOT NULL,
    body text,
    PRIMARY KEY (news_id)
);
CREATE TABLE atutor.polls (
    poll_id integer NOT NULL,
    course_id integer NOT NULL,
    question character varying(255) NOT NULL,
    created_date timestamp without time zone NOT NULL,
    total smallint NOT NULL,
    choice1 character varying(255) NOT NULL,
    count1 smallint NOT NULL,
    choice2 character varying(255) NOT NULL,
    count2 smallint NOT NULL,
    choice3 character varying(255) NOT NULL,
    count3 smallint NOT NULL,
    choice4 character varying(255) NOT NULL,
    count4 smallint NOT NULL,
    choice5 character varying(255) NOT NULL,
    count5 smallint NOT NULL,
    choice6 character varying(255) NOT NULL,
    count6 smallint NOT NULL,
    choice7 character varying(255) NOT NULL,
    count7 smallint NOT NULL,
    PRIMARY KEY (poll_id)
);
CREATE TABLE atutor.mail_queue (
    mail_id integer NOT NULL,
    to_email character varying(50) NOT NULL,
    to_name character varying(50) NOT NULL,
    from_email character varying(50) NOT NULL,
    from_name character varying(50) NOT NULL,
    char_set character varying(20) NOT NULL,
    subject character varying(255) NOT NULL,
    body text,
    PRIMARY KEY (mail_id)
);
CREATE TABLE atutor.polls_members (
    poll_id integer NOT NULL,
    member_id integer NOT NULL,
    PRIMARY KEY (poll_id, member_id)
);
CREATE TABLE atutor.related_content (
    content_id integer NOT NULL,
    related_content_id integer NOT NULL,
    PRIMARY KEY (content_id, related_content_id)
);
CREATE TABLE atutor.reading_list (
    reading_id integer NOT NULL,
    course_id integer NOT NULL,
    resource_id integer NOT NULL,
    required character varying(255) NOT NULL,
    date_start date NOT NULL,
    date_end date NOT NULL,
    comment text,
    PRIMARY KEY (reading_id)
);
CREATE TABLE atutor.external_resources (
    resource_id integer NOT NULL,
    course_id integer NOT NULL,
    type smallint NOT NULL,
    title character varying(255) NOT NULL,
    author character varying(150) NOT NULL,
    publisher character varying(150) NOT NULL,
    date character varying(20) NOT NULL,
    comments text,
    id character varying(50) NOT NULL,
    url character varying(255) NOT NULL,
    PRIMARY KEY (resource_id)
);
CREATE TABLE atutor.tests (
    test_id integer NOT NULL,
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    format smallint NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    randomize_order smallint NOT NULL,
    num_questions smallint NOT NULL,
    instructions text,
    content_id integer NOT NULL,
    result_release smallint NOT NULL,
    random smallint NOT NULL,
    difficulty smallint NOT NULL,
    num_takes smallint NOT NULL,
    anonymous smallint NOT NULL,
    out_of character varying(4) NOT NULL,
    guests smallint NOT NULL,
    display smallint NOT NULL,
    description text,
    passscore integer NOT NULL,
    passpercent integer NOT NULL,
    passfeedback text,
    failfeedback text,
    show_guest_form smallint NOT NULL,
    remedial_content smallint,
    PRIMARY KEY (test_id)
);
CREATE TABLE atutor.tests_answers (
    result_id integer NOT NULL,
    question_id integer NOT NULL,
    member_id integer NOT NULL,
    answer text,
    score character varying(5) NOT NULL,
    notes text,
    PRIMARY KEY (result_id, question_id, member_id)
);
CREATE TABLE atutor.tests_groups (
    test_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (test_id, group_id)
);
CREATE TABLE atutor.tests_questions (
    question_id integer NOT NULL,
    category_id integer NOT NULL,
    course_id integer NOT NULL,
    type smallint NOT NULL,
    feedback text,
    question text,
    choice_0 text,
    choice_1 text,
    choice_2 text,
    choice_3 text,
    choice_4 text,
    choice_5 text,
    choice_6 text,
    choice_7 text,
    choice_8 text,
    choice_9 text,
    answer_0 smallint NOT NULL,
    answer_1 smallint NOT NULL,
    answer_2 smallint NOT NULL,
    answer_3 smallint NOT NULL,
    answer_4 smallint NOT NULL,
    answer_5 smallint NOT NULL,
    answer_6 smallint NOT NULL,
    answer_7 smallint NOT NULL,
    answer_8 smallint NOT NULL,
    answer_9 smallint NOT NULL,
    option_0 text,
    option_1 text,
    option_2 text,
    option_3 text,
    option_4 text,
    option_5 text,
    option_6 text,
    option_7 text,
    option_8 text,
    option_9 text,
    properties smallint NOT NULL,
    content_id integer NOT NULL,
    remedial_content text,
    PRIMARY KEY (question_id)
);
CREATE TABLE atutor.tests_questions_assoc (
    test_id integer NOT NULL,
    question_id integer NOT NULL,
    weight character varying(4) NOT NULL,
    ordering integer NOT NULL,
    required smallint NOT NULL,
    PRIMARY KEY (test_id, question_id)
);
CREATE TABLE atutor.tests_questions_categories (
    category_id integer NOT NULL,
    course_id integer NOT NULL,
    title character(200) NOT NULL,
    PRIMARY KEY (category_id)
);
CREATE TABLE atutor.tests_results (
    result_id integer NOT NULL,
    test_id integer NOT NULL,
    member_id character varying(10) NOT NULL,
    date_taken timestamp without time zone NOT NULL,
    final_score character(5) NOT NULL,
    status smallint NOT NULL,
    end_time timestamp without time zone NOT NULL,
    max_pos smallint NOT NULL,
    PRIMARY KEY (result_id)
);
CREATE TABLE atutor.themes (
    title character varying(80) NOT NULL,
    version character varying(10) NOT NULL,
    dir_name character varying(20) NOT NULL,
    type character varying(20) NOT NULL,
    last_updated date NOT NULL,
    extra_info text,
    status smallint NOT NULL,
    customized smallint NOT NULL,
    PRIMARY KEY (title)
);
CREATE TABLE atutor.patches (
    patches_id integer NOT NULL,
    atutor_patch_id character varying(20) NOT NULL,
    applied_version character varying(10) NOT NULL,
    patch_folder character varying(250) NOT NULL,
    description text,
    available_to character varying(250) NOT NULL,
    sql_statement text,
    status character varying(20) NOT NULL,
    remove_permission_files text,
    backup_files text,
    patch_files text,
    author character varying(255) NOT NULL,
    installed_date timestamp without time zone NOT NULL,
    PRIMARY KEY (patches_id)
);
CREATE TABLE atutor.patches_files (
    patches_files_id integer NOT NULL,
    patches_id integer NOT NULL,
    action character varying(20) NOT NULL,
    name text,
    location character varying(250) NOT NULL,
    PRIMARY KEY (patches_files_id)
);
CREATE TABLE atutor.patches_files_actions (
    patches_files_actions_id integer NOT NULL,
    patches_files_id integer NOT NULL,
    action character varying(20) NOT NULL,
    code_from text,
    code_to text,
    PRIMARY KEY (patches_files_actions_id)
);
CREATE TABLE atutor.myown_patches (
    myown_patch_id integer NOT NULL,
    atutor_patch_id character varying(20) NOT NULL,
    applied_version character varying(10) NOT NULL,
    description text,
    sql_statement text,
    status character varying(20) NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (myown_patch_id)
);
CREATE TABLE atutor.myown_patches_dependent (
    myown_patches_dependent_id integer NOT NULL,
    myown_patch_id integer NOT NULL,
    dependent_patch_id character varying(50) NOT NULL,
    PRIMARY KEY (myown_patches_dependent_id)
);
CREATE TABLE atutor.myown_patches_files (
    myown_patches_files_id integer NOT NULL,
    myown_patch_id integer NOT NULL,
    action character varying(20) NOT NULL,
    name character varying(250) NOT NULL,
    location character varying(250) NOT NULL,
    code_from text,
    code_to text,
    uploaded_file text,
    PRIMARY KEY (myown_patches_files_id)
);
CREATE TABLE atutor.users_online (
    member_id integer NOT NULL,
    course_id integer NOT NULL,
    login character varying(255) NOT NULL,
    expiry integer NOT NULL,
    PRIMARY KEY (member_id)
);
CREATE TABLE atutor.auto_enroll (
    auto_enroll_id integer NOT NULL,
    associate_string character varying(10) NOT NULL,
    name character varying(50) NOT NULL,
    PRIMARY KEY (auto_enroll_id)
);
CREATE TABLE atutor.auto_enroll_courses (
    auto_enroll_courses_id integer NOT NULL,
    auto_enroll_id integer NOT NULL,
    course_id integer NOT NULL,
    PRIMARY KEY (auto_enroll_courses_id)
);
CREATE TABLE atutor.primary_resources (
    primary_resource_id integer NOT NULL,
    content_id integer NOT NULL,
    resource text,
    language_code character varying(20),
    PRIMARY KEY (primary_resource_id)
);
CREATE TABLE atutor.primary_resources_types (
    primary_resource_id integer NOT NULL,
    type_id integer NOT NULL,
    PRIMARY KEY (primary_resource_id, type_id)
);
CREATE TABLE atutor.resource_types (
    type_id integer NOT NULL,
    type text,
    PRIMARY KEY (type_id)
);
CREATE TABLE atutor.secondary_resources (
    secondary_resource_id integer NOT NULL,
    primary_resource_id integer NOT NULL,
    secondary_resource text,
    language_code character varying(20),
    PRIMARY KEY (secondary_resource_id)
);
CREATE TABLE atutor.secondary_resources_types (
    secondary_resource_id integer NOT NULL,
    type_id integer NOT NULL,
    PRIMARY KEY (secondary_resource_id, type_id)
);
CREATE TABLE atutor.grade_scales (
    grade_scale_id integer NOT NULL,
    member_id integer NOT NULL,
    scale_name character varying(255) NOT NULL,
    created_date timestamp without time zone NOT NULL,
    PRIMARY KEY (grade_scale_id)
);
CREATE TABLE atutor.grade_scales_detail (
    grade_scale_id integer NOT NULL,
    scale_value character varying(50) NOT NULL,
    percentage_from integer NOT NULL,
    percentage_to integer NOT NULL,
    PRIMARY KEY (grade_scale_id, scale_value)
);
CREATE TABLE atutor.gradebook_tests (
    gradebook_test_id integer NOT NULL,
    id integer NOT NULL,
    type character varying(50) NOT NULL,
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    due_date timestamp without time zone NOT NULL,
    grade_scale_id integer NOT NULL,
    PRIMARY KEY (gradebook_test_id)
);
CREATE TABLE atutor.gradebook_detail (
    gradebook_test_id integer NOT NULL,
    member_id integer NOT NULL,
    grade character varying(255) NOT NULL,
    PRIMARY KEY (gradebook_test_id, member_id)
);
CREATE TABLE atutor.helpme_user (
    user_id integer NOT NULL,
    help_id integer NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE atutor.fha_student_tools (
    course_id integer NOT NULL,
    links text,
    home_view smallint NOT NULL,
    PRIMARY KEY (course_id)
);
CREATE TABLE atutor.social_activities (
    id integer NOT NULL,
    member_id integer NOT NULL,
    application_id integer NOT NULL,
    title text,
    created_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.social_applications (
    id integer,
    url character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    height integer,
    scrolling integer,
    screenshot character varying(255) NOT NULL,
    thumbnail character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    author_email character varying(128) NOT NULL,
    description text,
    settings text,
    views text,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (url)
);
CREATE TABLE atutor.social_application_settings (
    application_id integer NOT NULL,
    member_id integer NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (application_id, member_id, name)
);
CREATE TABLE atutor.social_members_applications (
    member_id integer NOT NULL,
    application_id integer NOT NULL,
    PRIMARY KEY (member_id, application_id)
);
CREATE TABLE atutor.social_friends (
    member_id integer NOT NULL,
    friend_id integer NOT NULL,
    relationship integer NOT NULL,
    PRIMARY KEY (member_id, friend_id)
);
CREATE TABLE atutor.social_friend_requests (
    member_id integer NOT NULL,
    friend_id integer NOT NULL,
    relationship integer NOT NULL,
    PRIMARY KEY (member_id, friend_id)
);
CREATE TABLE atutor.social_member_position (
    id integer NOT NULL,
    member_id integer NOT NULL,
    title character varying(255) NOT NULL,
    company character varying(255) NOT NULL,
    "from" character varying(10) NOT NULL,
    "to" character varying(10) NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.social_member_education (
    id integer NOT NULL,
    member_id integer NOT NULL,
    university character varying(255) NOT NULL,
    country character varying(128),
    province character varying(128),
    degree character varying(64),
    field character varying(64),
    "from" character varying(10) NOT NULL,
    "to" character varying(10) NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.social_member_websites (
    id integer NOT NULL,
    member_id integer NOT NULL,
    url character varying(255) NOT NULL,
    site_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE atutor.social_member_track (
    member_id integer NOT NULL,
    visitor_id integer NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    PRIMARY KEY (member_id, visitor_id, timestamp)
);
CREATE TABLE atutor.social_member_additional_information (
    member_id integer NOT NULL,
    expertise character varying(255) NOT NULL,
    interests text,
    associations text,
    awards text,
    others text,
    PRIMARY KEY (member_id)
);
CREATE TABLE atutor.social_member_contact (
    contact_id integer NOT NULL,
    member_id integer NOT NULL,
    con_name character varying(200) NOT NULL,
    con_phone character varying(15) NOT NULL,
    con_email character varying(50) NOT NULL,
    con_address text,
    PRIMARY KEY (contact_id)
);
CREATE TABLE atutor.social_member_representation (
    rep_id integer NOT NULL,
    member_id integer NOT NULL,
    rep_name character varying(200) NOT NULL,
    rep_title character varying(50) NOT NULL,
    rep_phone character varying(15) NOT NULL,
    rep_email character varying(50) NOT NULL,
    rep_address text,
    PRIMARY KEY (rep_id)
);
CREATE TABLE atutor.social_member_personal (
    per_id integer NOT NULL,
    member_id integer NOT NULL,
    per_weight character varying(200) NOT NULL,
    per_height character varying(50) NOT NULL,
    per_hair character varying(15) NOT NULL,
    per_eyes character varying(50) NOT NULL,
    per_ethnicity character varying(50) NOT NULL,
    per_languages character varying(255) NOT NULL,
    per_disabilities character varying(255) NOT NULL,
    PRIMARY KEY (per_id)
);
CREATE TABLE atutor.social_privacy_preferences (
    member_id integer NOT NULL,
    preferences text,
    PRIMARY KEY (member_id)
);
CREATE TABLE atutor.social_groups (
    id integer NOT NULL,
    member_id integer NOT NULL,
    type_id integer NOT NULL,
    privacy integer NOT NULL,
    name character varying(255) NOT NULL,
    logo character varying(255) NOT NULL,
    description text,
    created_date timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.social_groups_activities (
    activity_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (activity_id, group_id)
);
CREATE TABLE atutor.social_groups_members (
    group_id integer NOT NULL,
    member_id integer NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE TABLE atutor.social_groups_invitations (
    sender_id integer NOT NULL,
    member_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (sender_id, member_id, group_id)
);
CREATE TABLE atutor.social_groups_requests (
    sender_id integer NOT NULL,
    member_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (sender_id, member_id, group_id)
);
CREATE TABLE atutor.social_groups_types (
    type_id integer NOT NULL,
    title character varying(127) NOT NULL,
    PRIMARY KEY (type_id)
);
CREATE TABLE atutor.social_groups_board (
    id integer NOT NULL,
    member_id integer NOT NULL,
    group_id integer NOT NULL,
    body text,
    created_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.social_user_settings (
    member_id integer NOT NULL,
    app_settings text,
    PRIMARY KEY (member_id)
);
CREATE TABLE atutor.member_login_attempt (
    login character varying(20) NOT NULL,
    attempt smallint,
    expiry integer,
    PRIMARY KEY (login)
);
CREATE TABLE atutor.blog_subscription (
    group_id integer NOT NULL,
    member_id integer NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE TABLE atutor.content_prerequisites (
    content_id integer NOT NULL,
    type character varying(50) NOT NULL,
    item_id integer NOT NULL,
    PRIMARY KEY (content_id, type, item_id)
);
CREATE TABLE atutor.oauth_client_servers (
    oauth_server_id integer NOT NULL,
    oauth_server character varying(255) NOT NULL,
    consumer_key text,
    consumer_secret text,
    expire_threshold integer NOT NULL,
    create_date timestamp without time zone NOT NULL,
    PRIMARY KEY (oauth_server_id)
);
CREATE TABLE atutor.oauth_client_tokens (
    oauth_server_id integer NOT NULL,
    token character varying(50) NOT NULL,
    token_type character varying(50) NOT NULL,
    token_secret text,
    member_id integer NOT NULL,
    assign_date timestamp without time zone NOT NULL,
    PRIMARY KEY (oauth_server_id, token)
);
CREATE TABLE atutor.pa_albums (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    location character varying(255) NOT NULL,
    description text,
    permission smallint NOT NULL,
    member_id integer NOT NULL,
    photo_id integer NOT NULL,
    type_id smallint NOT NULL,
    created_date timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.pa_photos (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    alt_text text,
    member_id integer NOT NULL,
    album_id integer NOT NULL,
    ordering smallint NOT NULL,
    created_date timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.pa_course_album (
    course_id integer,
    album_id integer,
    PRIMARY KEY (course_id, album_id)
);
CREATE TABLE atutor.pa_album_comments (
    id integer NOT NULL,
    album_id integer NOT NULL,
    member_id integer NOT NULL,
    comment text,
    created_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.pa_photo_comments (
    id integer NOT NULL,
    photo_id integer NOT NULL,
    member_id integer NOT NULL,
    comment text,
    created_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.pa_groups (
    group_id integer NOT NULL,
    album_id integer NOT NULL,
    PRIMARY KEY (group_id, album_id)
);
CREATE TABLE atutor.basiclti_tools (
    id integer NOT NULL,
    toolid character varying(32) NOT NULL,
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description character varying(1024),
    timecreated timestamp without time zone NOT NULL,
    timemodified timestamp without time zone NOT NULL,
    toolurl character varying(1023) NOT NULL,
    resourcekey character varying(1023) NOT NULL,
    password character varying(1023) NOT NULL,
    preferheight integer NOT NULL,
    allowpreferheight integer NOT NULL,
    sendname integer NOT NULL,
    sendemailaddr integer NOT NULL,
    acceptgrades integer NOT NULL,
    allowroster integer NOT NULL,
    allowsetting integer NOT NULL,
    allowcustomparameters integer NOT NULL,
    customparameters text,
    organizationid character varying(64),
    organizationurl character varying(255),
    organizationdescr character varying(255),
    launchinpopup integer NOT NULL,
    debuglaunch integer NOT NULL,
    PRIMARY KEY (id, toolid)
);
CREATE TABLE atutor.basiclti_content (
    id integer NOT NULL,
    content_id integer NOT NULL,
    course_id integer NOT NULL,
    toolid character varying(32) NOT NULL,
    preferheight integer NOT NULL,
    sendname integer NOT NULL,
    sendemailaddr integer NOT NULL,
    gradebook_test_id integer NOT NULL,
    allowroster integer NOT NULL,
    allowsetting integer NOT NULL,
    customparameters text,
    launchinpopup integer NOT NULL,
    debuglaunch integer NOT NULL,
    placementsecret character varying(1023),
    timeplacementsecret integer NOT NULL,
    oldplacementsecret character varying(1023),
    setting text,
    xmlimport text,
    PRIMARY KEY (id, course_id, content_id)
);
CREATE TABLE atutor.calendar_events (
    id integer NOT NULL,
    title character varying(256),
    start timestamp without time zone,
    "end" timestamp without time zone,
    allDay character varying(20),
    userid integer,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.calendar_google_sync (
    id integer NOT NULL,
    token character varying(256),
    userid integer,
    calids text,
    PRIMARY KEY (id)
);
CREATE TABLE atutor.calendar_bookmark (
    memberid integer,
    ownerid integer,
    courseid integer,
    calname character varying(256)
);
CREATE TABLE atutor.calendar_notification (
    memberid integer,
    status integer
);
CREATE TABLE atutor.gm_badges (
    id integer NOT NULL,
    course_id integer NOT NULL,
    alias character varying(32) NOT NULL,
    title character varying(64) NOT NULL,
    description text,
    image_url character varying(96),
    PRIMARY KEY (id, course_id)
);
CREATE TABLE atutor.gm_events (
    id integer NOT NULL,
    course_id integer NOT NULL,
    alias character varying(32) NOT NULL,
    description text,
    allow_repetitions smallint,
    reach_required_repetitions integer,
    max_points integer,
    id_each_badge integer,
    id_reach_badge integer,
    each_points integer,
    reach_points integer,
    each_callback character varying(64),
    reach_callback character varying(64),
    reach_message character varying(1500),
    PRIMARY KEY (id, course_id)
);
CREATE TABLE atutor.gm_levels (
    id integer NOT NULL,
    course_id integer NOT NULL,
    title character varying(64) NOT NULL,
    description text,
    points integer NOT NULL,
    icon character varying(25),
    PRIMARY KEY (id, course_id)
);
CREATE TABLE atutor.gm_options (
    id integer NOT NULL,
    course_id integer NOT NULL,
    gm_option character varying(25) NOT NULL,
    value integer,
    PRIMARY KEY (course_id, gm_option)
);
CREATE TABLE atutor.gm_user_alerts (
    id_user integer NOT NULL,
    course_id integer,
    id_badge integer,
    id_level integer
);
CREATE TABLE atutor.gm_user_badges (
    id_user integer NOT NULL,
    id_badge integer NOT NULL,
    badges_counter integer NOT NULL,
    grant_date timestamp without time zone NOT NULL,
    course_id integer NOT NULL,
    PRIMARY KEY (id_user, id_badge, course_id)
);
CREATE TABLE atutor.gm_user_events (
    id_user integer NOT NULL,
    id_event integer NOT NULL,
    event_counter integer NOT NULL,
    points_counter integer NOT NULL,
    course_id integer NOT NULL,
    PRIMARY KEY (id_user, id_event, course_id)
);
CREATE TABLE atutor.gm_user_logs (
    id_user integer NOT NULL,
    course_id integer,
    id_event integer,
    event_date timestamp without time zone NOT NULL,
    id_badge integer,
    id_level integer,
    points integer
);
CREATE TABLE atutor.gm_user_scores (
    id_user integer NOT NULL,
    points integer NOT NULL,
    id_level integer NOT NULL,
    course_id integer NOT NULL,
    PRIMARY KEY (id_user, course_id)
);
COMMENT ON COLUMN atutor.gradebook_tests.id IS 'Values: 0, tests.test_id or assignments.assignment_id. 0 for external tests/assignments. tests.test_id for ATutor tests, assignments.assignment_id for ATutor assignments.';
COMMENT ON COLUMN atutor.gradebook_tests.type IS 'Values: ATutor Test, ATutor Assignment, External';
COMMENT ON COLUMN atutor.gradebook_tests.course_id IS 'Values: 0 or courses.course_id. Only has value for external tests/assignments. When ATutor internal assignments/tests/surveys, always 0.';
COMMENT ON COLUMN atutor.gradebook_tests.title IS 'Values: Null or test name. Always null if ATutor internal assignments/tests/surveys.';
COMMENT ON COLUMN atutor.gm_events.id_each_badge IS '	';
