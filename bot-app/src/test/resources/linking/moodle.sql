-- Moodle 3.11.11 (Build: 20221114), the learning management system's database as its XMLDB schema files declare it:
-- lib/db/install.xml (the 224 core tables) and the db/install.xml of the 22 standard activity modules (assign, book,
-- chat, choice, data, feedback, folder, forum, glossary, h5pactivity, imscp, label, lesson, lti, page, quiz,
-- resource, scorm, survey, url, wiki, workshop), read from the public copy github.com/IOC/moodle35 (commit 25626eb;
-- the upstream github.com/moodle/moodle was over the size a copy here can have). Moodle is GPL-3.0-or-later; we use
-- the schema's facts. Converted by a one-off script as Moodle's PostgreSQL generator maps XMLDB types (int(<=4) ->
-- smallint, int(<=9) -> integer, int(10+) -> bigint, char(n) -> character varying(n), number(l,d) -> numeric(l,d),
-- float -> double precision, binary -> bytea), the mdl_ table prefix kept, schema moodle, loaded into a scratch
-- PostgreSQL and checked against its catalog: 329 tables with their primary keys, the 354 foreign keys the XMLDB
-- files declare (every one between these tables; many references, e.g. mdl_course.category,
-- mdl_course_modules.course and .module, mdl_forum_posts.userid, have none in the source),
-- the two unique keys foreign keys point at (mdl_backup_controllers.backupid, mdl_capabilities.name),
-- and the XMLDB table and field comments. Left out: defaults, indexes, other unique keys,
-- the other plugins' tables (blocks, question types, enrolment, auth, reports, tools, the fork's extra modules) and
-- the deprecated mod/assignment. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA moodle;
CREATE TABLE moodle.mdl_config (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_config_plugins (
    id bigint NOT NULL,
    plugin character varying(100) NOT NULL,
    name character varying(100) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_config_log (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    timemodified bigint NOT NULL,
    plugin character varying(100),
    name character varying(100) NOT NULL,
    value text,
    oldvalue text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_upgrade_log (
    id bigint NOT NULL,
    type bigint NOT NULL,
    plugin character varying(100),
    version character varying(100),
    targetversion character varying(100),
    info character varying(255) NOT NULL,
    details text,
    backtrace text,
    userid bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course (
    id bigint NOT NULL,
    category bigint NOT NULL,
    sortorder bigint NOT NULL,
    fullname character varying(254) NOT NULL,
    shortname character varying(255) NOT NULL,
    idnumber character varying(100) NOT NULL,
    summary text,
    summaryformat smallint NOT NULL,
    format character varying(21) NOT NULL,
    showgrades smallint NOT NULL,
    newsitems integer NOT NULL,
    startdate bigint NOT NULL,
    enddate bigint NOT NULL,
    relativedatesmode smallint NOT NULL,
    marker bigint NOT NULL,
    maxbytes bigint NOT NULL,
    legacyfiles smallint NOT NULL,
    showreports smallint NOT NULL,
    visible smallint NOT NULL,
    visibleold smallint NOT NULL,
    downloadcontent smallint,
    groupmode smallint NOT NULL,
    groupmodeforce smallint NOT NULL,
    defaultgroupingid bigint NOT NULL,
    lang character varying(30) NOT NULL,
    calendartype character varying(30) NOT NULL,
    theme character varying(50) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    requested smallint NOT NULL,
    enablecompletion smallint NOT NULL,
    completionnotify smallint NOT NULL,
    cacherev bigint NOT NULL,
    originalcourseid bigint,
    showactivitydates smallint NOT NULL,
    showcompletionconditions smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_categories (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    idnumber character varying(100),
    description text,
    descriptionformat smallint NOT NULL,
    parent bigint NOT NULL,
    sortorder bigint NOT NULL,
    coursecount bigint NOT NULL,
    visible smallint NOT NULL,
    visibleold smallint NOT NULL,
    timemodified bigint NOT NULL,
    depth bigint NOT NULL,
    path character varying(255) NOT NULL,
    theme character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_completion_aggr_methd (
    id bigint NOT NULL,
    course bigint NOT NULL,
    criteriatype bigint,
    method smallint NOT NULL,
    value numeric(10,5),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_completion_criteria (
    id bigint NOT NULL,
    course bigint NOT NULL,
    criteriatype bigint NOT NULL,
    module character varying(100),
    moduleinstance bigint,
    courseinstance bigint,
    enrolperiod bigint,
    timeend bigint,
    gradepass numeric(10,5),
    role bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_completion_crit_compl (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    course bigint NOT NULL,
    criteriaid bigint NOT NULL,
    gradefinal numeric(10,5),
    unenroled bigint,
    timecompleted bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_completions (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    course bigint NOT NULL,
    timeenrolled bigint NOT NULL,
    timestarted bigint NOT NULL,
    timecompleted bigint,
    reaggregate bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_enrol (
    id bigint NOT NULL,
    enrol character varying(20) NOT NULL,
    status bigint NOT NULL,
    courseid bigint NOT NULL,
    sortorder bigint NOT NULL,
    name character varying(255),
    enrolperiod bigint,
    enrolstartdate bigint,
    enrolenddate bigint,
    expirynotify smallint,
    expirythreshold bigint,
    notifyall smallint,
    password character varying(50),
    cost character varying(20),
    currency character varying(3),
    roleid bigint,
    customint1 bigint,
    customint2 bigint,
    customint3 bigint,
    customint4 bigint,
    customint5 bigint,
    customint6 bigint,
    customint7 bigint,
    customint8 bigint,
    customchar1 character varying(255),
    customchar2 character varying(255),
    customchar3 character varying(1333),
    customdec1 numeric(12,7),
    customdec2 numeric(12,7),
    customtext1 text,
    customtext2 text,
    customtext3 text,
    customtext4 text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_enrolments (
    id bigint NOT NULL,
    status bigint NOT NULL,
    enrolid bigint NOT NULL,
    userid bigint NOT NULL,
    timestart bigint NOT NULL,
    timeend bigint NOT NULL,
    modifierid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_modules (
    id bigint NOT NULL,
    course bigint NOT NULL,
    module bigint NOT NULL,
    instance bigint NOT NULL,
    section bigint NOT NULL,
    idnumber character varying(100),
    added bigint NOT NULL,
    score smallint NOT NULL,
    indent integer NOT NULL,
    visible smallint NOT NULL,
    visibleoncoursepage smallint NOT NULL,
    visibleold smallint NOT NULL,
    groupmode smallint NOT NULL,
    groupingid bigint NOT NULL,
    completion smallint NOT NULL,
    completiongradeitemnumber bigint,
    completionview smallint NOT NULL,
    completionexpected bigint NOT NULL,
    showdescription smallint NOT NULL,
    availability text,
    deletioninprogress smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_modules_completion (
    id bigint NOT NULL,
    coursemoduleid bigint NOT NULL,
    userid bigint NOT NULL,
    completionstate smallint NOT NULL,
    viewed smallint,
    overrideby bigint,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_sections (
    id bigint NOT NULL,
    course bigint NOT NULL,
    section bigint NOT NULL,
    name character varying(255),
    summary text,
    summaryformat smallint NOT NULL,
    sequence text,
    visible smallint NOT NULL,
    availability text,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_request (
    id bigint NOT NULL,
    fullname character varying(254) NOT NULL,
    shortname character varying(100) NOT NULL,
    summary text NOT NULL,
    summaryformat smallint NOT NULL,
    category bigint NOT NULL,
    reason text NOT NULL,
    requester bigint NOT NULL,
    password character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_format_options (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    format character varying(21) NOT NULL,
    sectionid bigint NOT NULL,
    name character varying(100) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_filter_active (
    id bigint NOT NULL,
    filter character varying(32) NOT NULL,
    contextid bigint NOT NULL,
    active smallint NOT NULL,
    sortorder bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_filter_config (
    id bigint NOT NULL,
    filter character varying(32) NOT NULL,
    contextid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_event (
    id bigint NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    format smallint NOT NULL,
    categoryid bigint NOT NULL,
    courseid bigint NOT NULL,
    groupid bigint NOT NULL,
    userid bigint NOT NULL,
    repeatid bigint NOT NULL,
    component character varying(100),
    modulename character varying(20) NOT NULL,
    instance bigint NOT NULL,
    type smallint NOT NULL,
    eventtype character varying(20) NOT NULL,
    timestart bigint NOT NULL,
    timeduration bigint NOT NULL,
    timesort bigint,
    visible smallint NOT NULL,
    uuid character varying(255) NOT NULL,
    sequence bigint NOT NULL,
    timemodified bigint NOT NULL,
    subscriptionid bigint,
    priority bigint,
    location text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_cache_filters (
    id bigint NOT NULL,
    filter character varying(32) NOT NULL,
    version bigint NOT NULL,
    md5key character varying(32) NOT NULL,
    rawtext text NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_log (
    id bigint NOT NULL,
    time bigint NOT NULL,
    userid bigint NOT NULL,
    ip character varying(45) NOT NULL,
    course bigint NOT NULL,
    module character varying(20) NOT NULL,
    cmid bigint NOT NULL,
    action character varying(40) NOT NULL,
    url character varying(100) NOT NULL,
    info character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_log_queries (
    id bigint NOT NULL,
    qtype integer NOT NULL,
    sqltext text NOT NULL,
    sqlparams text,
    error integer NOT NULL,
    info text,
    backtrace text,
    exectime numeric(10,5) NOT NULL,
    timelogged bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_log_display (
    id bigint NOT NULL,
    module character varying(20) NOT NULL,
    action character varying(40) NOT NULL,
    mtable character varying(30) NOT NULL,
    field character varying(200) NOT NULL,
    component character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message (
    id bigint NOT NULL,
    useridfrom bigint NOT NULL,
    useridto bigint NOT NULL,
    subject text,
    fullmessage text,
    fullmessageformat smallint,
    fullmessagehtml text,
    smallmessage text,
    notification smallint,
    contexturl text,
    contexturlname text,
    timecreated bigint NOT NULL,
    timeuserfromdeleted bigint NOT NULL,
    timeusertodeleted bigint NOT NULL,
    component character varying(100),
    eventtype character varying(100),
    customdata text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_read (
    id bigint NOT NULL,
    useridfrom bigint NOT NULL,
    useridto bigint NOT NULL,
    subject text,
    fullmessage text,
    fullmessageformat smallint,
    fullmessagehtml text,
    smallmessage text,
    notification smallint,
    contexturl text,
    contexturlname text,
    timecreated bigint NOT NULL,
    timeread bigint NOT NULL,
    timeuserfromdeleted bigint NOT NULL,
    timeusertodeleted bigint NOT NULL,
    component character varying(100),
    eventtype character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_messages (
    id bigint NOT NULL,
    useridfrom bigint NOT NULL,
    conversationid bigint NOT NULL,
    subject text,
    fullmessage text,
    fullmessageformat smallint NOT NULL,
    fullmessagehtml text,
    smallmessage text,
    timecreated bigint NOT NULL,
    fullmessagetrust smallint NOT NULL,
    customdata text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_conversations (
    id bigint NOT NULL,
    type bigint NOT NULL,
    name character varying(255),
    convhash character varying(40),
    component character varying(100),
    itemtype character varying(100),
    itemid bigint,
    contextid bigint,
    enabled smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_conversation_members (
    id bigint NOT NULL,
    conversationid bigint NOT NULL,
    userid bigint NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_conversation_actions (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    conversationid bigint NOT NULL,
    action bigint NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_user_actions (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    messageid bigint NOT NULL,
    action bigint NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_notifications (
    id bigint NOT NULL,
    useridfrom bigint NOT NULL,
    useridto bigint NOT NULL,
    subject text,
    fullmessage text,
    fullmessageformat smallint NOT NULL,
    fullmessagehtml text,
    smallmessage text,
    component character varying(100),
    eventtype character varying(100),
    contexturl text,
    contexturlname text,
    timeread bigint,
    timecreated bigint NOT NULL,
    customdata text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_contacts (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    contactid bigint NOT NULL,
    timecreated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_contact_requests (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    requesteduserid bigint NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_users_blocked (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    blockeduserid bigint NOT NULL,
    timecreated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_modules (
    id bigint NOT NULL,
    name character varying(20) NOT NULL,
    cron bigint NOT NULL,
    lastcron bigint NOT NULL,
    search character varying(255) NOT NULL,
    visible smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_my_pages (
    id bigint NOT NULL,
    userid bigint,
    name character varying(200) NOT NULL,
    private smallint NOT NULL,
    sortorder integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_sessions (
    id bigint NOT NULL,
    state bigint NOT NULL,
    sid character varying(128) NOT NULL,
    userid bigint NOT NULL,
    sessdata text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    firstip character varying(45),
    lastip character varying(45),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user (
    id bigint NOT NULL,
    auth character varying(20) NOT NULL,
    confirmed smallint NOT NULL,
    policyagreed smallint NOT NULL,
    deleted smallint NOT NULL,
    suspended smallint NOT NULL,
    mnethostid bigint NOT NULL,
    username character varying(100) NOT NULL,
    password character varying(255) NOT NULL,
    idnumber character varying(255) NOT NULL,
    firstname character varying(100) NOT NULL,
    lastname character varying(100) NOT NULL,
    email character varying(100) NOT NULL,
    emailstop smallint NOT NULL,
    phone1 character varying(20) NOT NULL,
    phone2 character varying(20) NOT NULL,
    institution character varying(255) NOT NULL,
    department character varying(255) NOT NULL,
    address character varying(255) NOT NULL,
    city character varying(120) NOT NULL,
    country character varying(2) NOT NULL,
    lang character varying(30) NOT NULL,
    calendartype character varying(30) NOT NULL,
    theme character varying(50) NOT NULL,
    timezone character varying(100) NOT NULL,
    firstaccess bigint NOT NULL,
    lastaccess bigint NOT NULL,
    lastlogin bigint NOT NULL,
    currentlogin bigint NOT NULL,
    lastip character varying(45) NOT NULL,
    secret character varying(15) NOT NULL,
    picture bigint NOT NULL,
    description text,
    descriptionformat smallint NOT NULL,
    mailformat smallint NOT NULL,
    maildigest smallint NOT NULL,
    maildisplay smallint NOT NULL,
    autosubscribe smallint NOT NULL,
    trackforums smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    trustbitmask bigint NOT NULL,
    imagealt character varying(255),
    lastnamephonetic character varying(255),
    firstnamephonetic character varying(255),
    middlename character varying(255),
    alternatename character varying(255),
    moodlenetprofile character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_preferences (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1333) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_lastaccess (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    courseid bigint NOT NULL,
    timeaccess bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_password_history (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    hash character varying(255) NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scale (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    userid bigint NOT NULL,
    name character varying(255) NOT NULL,
    scale text NOT NULL,
    description text NOT NULL,
    descriptionformat smallint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scale_history (
    id bigint NOT NULL,
    action bigint NOT NULL,
    oldid bigint NOT NULL,
    source character varying(255),
    timemodified bigint,
    loggeduser bigint,
    courseid bigint NOT NULL,
    userid bigint NOT NULL,
    name character varying(255) NOT NULL,
    scale text NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_stats_daily (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    timeend bigint NOT NULL,
    roleid bigint NOT NULL,
    stattype character varying(20) NOT NULL,
    stat1 bigint NOT NULL,
    stat2 bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_stats_weekly (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    timeend bigint NOT NULL,
    roleid bigint NOT NULL,
    stattype character varying(20) NOT NULL,
    stat1 bigint NOT NULL,
    stat2 bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_stats_monthly (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    timeend bigint NOT NULL,
    roleid bigint NOT NULL,
    stattype character varying(20) NOT NULL,
    stat1 bigint NOT NULL,
    stat2 bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_stats_user_daily (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    userid bigint NOT NULL,
    roleid bigint NOT NULL,
    timeend bigint NOT NULL,
    statsreads bigint NOT NULL,
    statswrites bigint NOT NULL,
    stattype character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_stats_user_weekly (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    userid bigint NOT NULL,
    roleid bigint NOT NULL,
    timeend bigint NOT NULL,
    statsreads bigint NOT NULL,
    statswrites bigint NOT NULL,
    stattype character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_stats_user_monthly (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    userid bigint NOT NULL,
    roleid bigint NOT NULL,
    timeend bigint NOT NULL,
    statsreads bigint NOT NULL,
    statswrites bigint NOT NULL,
    stattype character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_post (
    id bigint NOT NULL,
    module character varying(20) NOT NULL,
    userid bigint NOT NULL,
    courseid bigint NOT NULL,
    groupid bigint NOT NULL,
    moduleid bigint NOT NULL,
    coursemoduleid bigint NOT NULL,
    subject character varying(128) NOT NULL,
    summary text,
    content text,
    uniquehash character varying(255) NOT NULL,
    rating bigint NOT NULL,
    format bigint NOT NULL,
    summaryformat smallint NOT NULL,
    attachment character varying(100),
    publishstate character varying(20) NOT NULL,
    lastmodified bigint NOT NULL,
    created bigint NOT NULL,
    usermodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_role (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    shortname character varying(100) NOT NULL,
    description text NOT NULL,
    sortorder bigint NOT NULL,
    archetype character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_context (
    id bigint NOT NULL,
    contextlevel bigint NOT NULL,
    instanceid bigint NOT NULL,
    path character varying(255),
    depth smallint NOT NULL,
    locked smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_context_temp (
    id bigint NOT NULL,
    path character varying(255) NOT NULL,
    depth smallint NOT NULL,
    locked smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_capabilities (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    captype character varying(50) NOT NULL,
    contextlevel bigint NOT NULL,
    component character varying(100) NOT NULL,
    riskbitmask bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE moodle.mdl_role_allow_assign (
    id bigint NOT NULL,
    roleid bigint NOT NULL,
    allowassign bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_role_allow_override (
    id bigint NOT NULL,
    roleid bigint NOT NULL,
    allowoverride bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_role_allow_switch (
    id bigint NOT NULL,
    roleid bigint NOT NULL,
    allowswitch bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_role_allow_view (
    id bigint NOT NULL,
    roleid bigint NOT NULL,
    allowview bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_role_assignments (
    id bigint NOT NULL,
    roleid bigint NOT NULL,
    contextid bigint NOT NULL,
    userid bigint NOT NULL,
    timemodified bigint NOT NULL,
    modifierid bigint NOT NULL,
    component character varying(100) NOT NULL,
    itemid bigint NOT NULL,
    sortorder bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_role_capabilities (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    roleid bigint NOT NULL,
    capability character varying(255) NOT NULL,
    permission bigint NOT NULL,
    timemodified bigint NOT NULL,
    modifierid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_role_names (
    id bigint NOT NULL,
    roleid bigint NOT NULL,
    contextid bigint NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_role_context_levels (
    id bigint NOT NULL,
    roleid bigint NOT NULL,
    contextlevel bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_info_field (
    id bigint NOT NULL,
    shortname character varying(255) NOT NULL,
    name text NOT NULL,
    datatype character varying(255) NOT NULL,
    description text,
    descriptionformat smallint NOT NULL,
    categoryid bigint NOT NULL,
    sortorder bigint NOT NULL,
    required smallint NOT NULL,
    locked smallint NOT NULL,
    visible smallint NOT NULL,
    forceunique smallint NOT NULL,
    signup smallint NOT NULL,
    defaultdata text,
    defaultdataformat smallint NOT NULL,
    param1 text,
    param2 text,
    param3 text,
    param4 text,
    param5 text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_info_category (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    sortorder bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_info_data (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    fieldid bigint NOT NULL,
    data text NOT NULL,
    dataformat smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_categories (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    contextid bigint NOT NULL,
    info text NOT NULL,
    infoformat smallint NOT NULL,
    stamp character varying(255) NOT NULL,
    parent bigint NOT NULL,
    sortorder bigint NOT NULL,
    idnumber character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question (
    id bigint NOT NULL,
    category bigint NOT NULL,
    parent bigint NOT NULL,
    name character varying(255) NOT NULL,
    questiontext text NOT NULL,
    questiontextformat smallint NOT NULL,
    generalfeedback text NOT NULL,
    generalfeedbackformat smallint NOT NULL,
    defaultmark numeric(12,7) NOT NULL,
    penalty numeric(12,7) NOT NULL,
    qtype character varying(20) NOT NULL,
    length bigint NOT NULL,
    stamp character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    hidden smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    createdby bigint,
    modifiedby bigint,
    idnumber character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_answers (
    id bigint NOT NULL,
    question bigint NOT NULL,
    answer text NOT NULL,
    answerformat smallint NOT NULL,
    fraction numeric(12,7) NOT NULL,
    feedback text NOT NULL,
    feedbackformat smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_hints (
    id bigint NOT NULL,
    questionid bigint NOT NULL,
    hint text NOT NULL,
    hintformat smallint NOT NULL,
    shownumcorrect smallint,
    clearwrong smallint,
    options character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_usages (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    component character varying(255) NOT NULL,
    preferredbehaviour character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_attempts (
    id bigint NOT NULL,
    questionusageid bigint NOT NULL,
    slot bigint NOT NULL,
    behaviour character varying(32) NOT NULL,
    questionid bigint NOT NULL,
    variant bigint NOT NULL,
    maxmark numeric(12,7) NOT NULL,
    minfraction numeric(12,7) NOT NULL,
    maxfraction numeric(12,7) NOT NULL,
    flagged smallint NOT NULL,
    questionsummary text,
    rightanswer text,
    responsesummary text,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_attempt_steps (
    id bigint NOT NULL,
    questionattemptid bigint NOT NULL,
    sequencenumber bigint NOT NULL,
    state character varying(13) NOT NULL,
    fraction numeric(12,7),
    timecreated bigint NOT NULL,
    userid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_attempt_step_data (
    id bigint NOT NULL,
    attemptstepid bigint NOT NULL,
    name character varying(32) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_statistics (
    id bigint NOT NULL,
    hashcode character varying(40) NOT NULL,
    timemodified bigint NOT NULL,
    questionid bigint NOT NULL,
    slot bigint,
    subquestion smallint NOT NULL,
    variant bigint,
    s bigint NOT NULL,
    effectiveweight numeric(15,5),
    negcovar smallint NOT NULL,
    discriminationindex numeric(15,5),
    discriminativeefficiency numeric(15,5),
    sd numeric(15,10),
    facility numeric(15,10),
    subquestions text,
    maxmark numeric(12,7),
    positions text,
    randomguessscore numeric(12,7),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_response_analysis (
    id bigint NOT NULL,
    hashcode character varying(40) NOT NULL,
    whichtries character varying(255) NOT NULL,
    timemodified bigint NOT NULL,
    questionid bigint NOT NULL,
    variant bigint,
    subqid character varying(100) NOT NULL,
    aid character varying(100),
    response text,
    credit numeric(15,5) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_question_response_count (
    id bigint NOT NULL,
    analysisid bigint NOT NULL,
    try bigint NOT NULL,
    rcount bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_application (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    display_name character varying(50) NOT NULL,
    xmlrpc_server_url character varying(255) NOT NULL,
    sso_land_url character varying(255) NOT NULL,
    sso_jump_url character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_host (
    id bigint NOT NULL,
    deleted smallint NOT NULL,
    wwwroot character varying(255) NOT NULL,
    ip_address character varying(45) NOT NULL,
    name character varying(80) NOT NULL,
    public_key text NOT NULL,
    public_key_expires bigint NOT NULL,
    transport smallint NOT NULL,
    portno integer NOT NULL,
    last_connect_time bigint NOT NULL,
    last_log_id bigint NOT NULL,
    force_theme smallint NOT NULL,
    theme character varying(100),
    applicationid bigint NOT NULL,
    sslverification smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_host2service (
    id bigint NOT NULL,
    hostid bigint NOT NULL,
    serviceid bigint NOT NULL,
    publish smallint NOT NULL,
    subscribe smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_log (
    id bigint NOT NULL,
    hostid bigint NOT NULL,
    remoteid bigint NOT NULL,
    time bigint NOT NULL,
    userid bigint NOT NULL,
    ip character varying(45) NOT NULL,
    course bigint NOT NULL,
    coursename character varying(40) NOT NULL,
    module character varying(20) NOT NULL,
    cmid bigint NOT NULL,
    action character varying(40) NOT NULL,
    url character varying(100) NOT NULL,
    info character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_rpc (
    id bigint NOT NULL,
    functionname character varying(40) NOT NULL,
    xmlrpcpath character varying(80) NOT NULL,
    plugintype character varying(20) NOT NULL,
    pluginname character varying(20) NOT NULL,
    enabled smallint NOT NULL,
    help text NOT NULL,
    profile text NOT NULL,
    filename character varying(100) NOT NULL,
    classname character varying(150),
    static smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_remote_rpc (
    id bigint NOT NULL,
    functionname character varying(40) NOT NULL,
    xmlrpcpath character varying(80) NOT NULL,
    plugintype character varying(20) NOT NULL,
    pluginname character varying(20) NOT NULL,
    enabled smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_service (
    id bigint NOT NULL,
    name character varying(40) NOT NULL,
    description character varying(40) NOT NULL,
    apiversion character varying(10) NOT NULL,
    offer smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_service2rpc (
    id bigint NOT NULL,
    serviceid bigint NOT NULL,
    rpcid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_remote_service2rpc (
    id bigint NOT NULL,
    serviceid bigint NOT NULL,
    rpcid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_session (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    username character varying(100) NOT NULL,
    token character varying(40) NOT NULL,
    mnethostid bigint NOT NULL,
    useragent character varying(40) NOT NULL,
    confirm_timeout bigint NOT NULL,
    session_id character varying(40) NOT NULL,
    expires bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_mnet_sso_access_control (
    id bigint NOT NULL,
    username character varying(100) NOT NULL,
    mnet_host_id bigint NOT NULL,
    accessctrl character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_events_queue (
    id bigint NOT NULL,
    eventdata text NOT NULL,
    stackdump text,
    userid bigint,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_events_handlers (
    id bigint NOT NULL,
    eventname character varying(166) NOT NULL,
    component character varying(166) NOT NULL,
    handlerfile character varying(255) NOT NULL,
    handlerfunction text,
    schedule character varying(255),
    status bigint NOT NULL,
    internal smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_events_queue_handlers (
    id bigint NOT NULL,
    queuedeventid bigint NOT NULL,
    handlerid bigint NOT NULL,
    status bigint,
    errormessage text,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_outcomes (
    id bigint NOT NULL,
    courseid bigint,
    shortname character varying(255) NOT NULL,
    fullname text NOT NULL,
    scaleid bigint,
    description text,
    descriptionformat smallint NOT NULL,
    timecreated bigint,
    timemodified bigint,
    usermodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_outcomes_courses (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    outcomeid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_categories (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    parent bigint,
    depth bigint NOT NULL,
    path character varying(255),
    fullname character varying(255) NOT NULL,
    aggregation bigint NOT NULL,
    keephigh bigint NOT NULL,
    droplow bigint NOT NULL,
    aggregateonlygraded smallint NOT NULL,
    aggregateoutcomes smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    hidden bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_items (
    id bigint NOT NULL,
    courseid bigint,
    categoryid bigint,
    itemname character varying(255),
    itemtype character varying(30) NOT NULL,
    itemmodule character varying(30),
    iteminstance bigint,
    itemnumber bigint,
    iteminfo text,
    idnumber character varying(255),
    calculation text,
    gradetype smallint NOT NULL,
    grademax numeric(10,5) NOT NULL,
    grademin numeric(10,5) NOT NULL,
    scaleid bigint,
    outcomeid bigint,
    gradepass numeric(10,5) NOT NULL,
    multfactor numeric(10,5) NOT NULL,
    plusfactor numeric(10,5) NOT NULL,
    aggregationcoef numeric(10,5) NOT NULL,
    aggregationcoef2 numeric(10,5) NOT NULL,
    sortorder bigint NOT NULL,
    display bigint NOT NULL,
    decimals smallint,
    hidden bigint NOT NULL,
    locked bigint NOT NULL,
    locktime bigint NOT NULL,
    needsupdate bigint NOT NULL,
    weightoverride smallint NOT NULL,
    timecreated bigint,
    timemodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_grades (
    id bigint NOT NULL,
    itemid bigint NOT NULL,
    userid bigint NOT NULL,
    rawgrade numeric(10,5),
    rawgrademax numeric(10,5) NOT NULL,
    rawgrademin numeric(10,5) NOT NULL,
    rawscaleid bigint,
    usermodified bigint,
    finalgrade numeric(10,5),
    hidden bigint NOT NULL,
    locked bigint NOT NULL,
    locktime bigint NOT NULL,
    exported bigint NOT NULL,
    overridden bigint NOT NULL,
    excluded bigint NOT NULL,
    feedback text,
    feedbackformat bigint NOT NULL,
    information text,
    informationformat bigint NOT NULL,
    timecreated bigint,
    timemodified bigint,
    aggregationstatus character varying(10) NOT NULL,
    aggregationweight numeric(10,5),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_outcomes_history (
    id bigint NOT NULL,
    action bigint NOT NULL,
    oldid bigint NOT NULL,
    source character varying(255),
    timemodified bigint,
    loggeduser bigint,
    courseid bigint,
    shortname character varying(255) NOT NULL,
    fullname text NOT NULL,
    scaleid bigint,
    description text,
    descriptionformat smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_categories_history (
    id bigint NOT NULL,
    action bigint NOT NULL,
    oldid bigint NOT NULL,
    source character varying(255),
    timemodified bigint,
    loggeduser bigint,
    courseid bigint NOT NULL,
    parent bigint,
    depth bigint NOT NULL,
    path character varying(255),
    fullname character varying(255) NOT NULL,
    aggregation bigint NOT NULL,
    keephigh bigint NOT NULL,
    droplow bigint NOT NULL,
    aggregateonlygraded smallint NOT NULL,
    aggregateoutcomes smallint NOT NULL,
    aggregatesubcats smallint NOT NULL,
    hidden bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_items_history (
    id bigint NOT NULL,
    action bigint NOT NULL,
    oldid bigint NOT NULL,
    source character varying(255),
    timemodified bigint,
    loggeduser bigint,
    courseid bigint,
    categoryid bigint,
    itemname character varying(255),
    itemtype character varying(30) NOT NULL,
    itemmodule character varying(30),
    iteminstance bigint,
    itemnumber bigint,
    iteminfo text,
    idnumber character varying(255),
    calculation text,
    gradetype smallint NOT NULL,
    grademax numeric(10,5) NOT NULL,
    grademin numeric(10,5) NOT NULL,
    scaleid bigint,
    outcomeid bigint,
    gradepass numeric(10,5) NOT NULL,
    multfactor numeric(10,5) NOT NULL,
    plusfactor numeric(10,5) NOT NULL,
    aggregationcoef numeric(10,5) NOT NULL,
    aggregationcoef2 numeric(10,5) NOT NULL,
    sortorder bigint NOT NULL,
    hidden bigint NOT NULL,
    locked bigint NOT NULL,
    locktime bigint NOT NULL,
    needsupdate bigint NOT NULL,
    display bigint NOT NULL,
    decimals smallint,
    weightoverride smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_grades_history (
    id bigint NOT NULL,
    action bigint NOT NULL,
    oldid bigint NOT NULL,
    source character varying(255),
    timemodified bigint,
    loggeduser bigint,
    itemid bigint NOT NULL,
    userid bigint NOT NULL,
    rawgrade numeric(10,5),
    rawgrademax numeric(10,5) NOT NULL,
    rawgrademin numeric(10,5) NOT NULL,
    rawscaleid bigint,
    usermodified bigint,
    finalgrade numeric(10,5),
    hidden bigint NOT NULL,
    locked bigint NOT NULL,
    locktime bigint NOT NULL,
    exported bigint NOT NULL,
    overridden bigint NOT NULL,
    excluded bigint NOT NULL,
    feedback text,
    feedbackformat bigint NOT NULL,
    information text,
    informationformat bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_import_newitem (
    id bigint NOT NULL,
    itemname character varying(255) NOT NULL,
    importcode bigint NOT NULL,
    importer bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_import_values (
    id bigint NOT NULL,
    itemid bigint,
    newgradeitem bigint,
    userid bigint NOT NULL,
    finalgrade numeric(10,5),
    feedback text,
    importcode bigint NOT NULL,
    importer bigint,
    importonlyfeedback smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_tag_coll (
    id bigint NOT NULL,
    name character varying(255),
    isdefault smallint NOT NULL,
    component character varying(100),
    sortorder integer NOT NULL,
    searchable smallint NOT NULL,
    customurl character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_tag_area (
    id bigint NOT NULL,
    component character varying(100) NOT NULL,
    itemtype character varying(100) NOT NULL,
    enabled smallint NOT NULL,
    tagcollid bigint NOT NULL,
    callback character varying(100),
    callbackfile character varying(100),
    showstandard smallint NOT NULL,
    multiplecontexts smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_tag (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    tagcollid bigint NOT NULL,
    name character varying(255) NOT NULL,
    rawname character varying(255) NOT NULL,
    isstandard smallint NOT NULL,
    description text,
    descriptionformat smallint NOT NULL,
    flag smallint,
    timemodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_tag_correlation (
    id bigint NOT NULL,
    tagid bigint NOT NULL,
    correlatedtags text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_tag_instance (
    id bigint NOT NULL,
    tagid bigint NOT NULL,
    component character varying(100) NOT NULL,
    itemtype character varying(100) NOT NULL,
    itemid bigint NOT NULL,
    contextid bigint,
    tiuserid bigint NOT NULL,
    ordering bigint,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_groups (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    idnumber character varying(100) NOT NULL,
    name character varying(254) NOT NULL,
    description text,
    descriptionformat smallint NOT NULL,
    enrolmentkey character varying(50),
    picture bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_groupings (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    name character varying(255) NOT NULL,
    idnumber character varying(100) NOT NULL,
    description text,
    descriptionformat smallint NOT NULL,
    configdata text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_groups_members (
    id bigint NOT NULL,
    groupid bigint NOT NULL,
    userid bigint NOT NULL,
    timeadded bigint NOT NULL,
    component character varying(100) NOT NULL,
    itemid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_groupings_groups (
    id bigint NOT NULL,
    groupingid bigint NOT NULL,
    groupid bigint NOT NULL,
    timeadded bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_cohort (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    name character varying(254) NOT NULL,
    idnumber character varying(100),
    description text,
    descriptionformat smallint NOT NULL,
    visible smallint NOT NULL,
    component character varying(100) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    theme character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_cohort_members (
    id bigint NOT NULL,
    cohortid bigint NOT NULL,
    userid bigint NOT NULL,
    timeadded bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_private_key (
    id bigint NOT NULL,
    script character varying(128) NOT NULL,
    value character varying(128) NOT NULL,
    userid bigint NOT NULL,
    instance bigint,
    iprestriction character varying(255),
    validuntil bigint,
    timecreated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_letters (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    lowerboundary numeric(10,5) NOT NULL,
    letter character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_cache_flags (
    id bigint NOT NULL,
    flagtype character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    timemodified bigint NOT NULL,
    value text NOT NULL,
    expiry bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grade_settings (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_portfolio_instance (
    id bigint NOT NULL,
    plugin character varying(50) NOT NULL,
    name character varying(255) NOT NULL,
    visible smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_portfolio_instance_config (
    id bigint NOT NULL,
    instance bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_portfolio_instance_user (
    id bigint NOT NULL,
    instance bigint NOT NULL,
    userid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_portfolio_log (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    time bigint NOT NULL,
    portfolio bigint NOT NULL,
    caller_class character varying(150) NOT NULL,
    caller_file character varying(255) NOT NULL,
    caller_component character varying(255),
    caller_sha1 character varying(255) NOT NULL,
    tempdataid bigint NOT NULL,
    returnurl character varying(255) NOT NULL,
    continueurl character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_portfolio_tempdata (
    id bigint NOT NULL,
    data text,
    expirytime bigint NOT NULL,
    userid bigint NOT NULL,
    instance bigint,
    queued smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_providers (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    component character varying(200) NOT NULL,
    capability character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_message_processors (
    id bigint NOT NULL,
    name character varying(166) NOT NULL,
    enabled smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_files (
    id bigint NOT NULL,
    contenthash character varying(40) NOT NULL,
    pathnamehash character varying(40) NOT NULL,
    contextid bigint NOT NULL,
    component character varying(100) NOT NULL,
    filearea character varying(50) NOT NULL,
    itemid bigint NOT NULL,
    filepath character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    userid bigint,
    filesize bigint NOT NULL,
    mimetype character varying(100),
    status bigint NOT NULL,
    source text,
    author character varying(255),
    license character varying(255),
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    sortorder bigint NOT NULL,
    referencefileid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_files_reference (
    id bigint NOT NULL,
    repositoryid bigint NOT NULL,
    lastsync bigint,
    reference text,
    referencehash character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_file_conversion (
    id bigint NOT NULL,
    usermodified bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    sourcefileid bigint NOT NULL,
    targetformat character varying(100) NOT NULL,
    status bigint,
    statusmessage text,
    converter character varying(255),
    destfileid bigint,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_repository (
    id bigint NOT NULL,
    type character varying(255) NOT NULL,
    visible smallint,
    sortorder bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_repository_instances (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    typeid bigint NOT NULL,
    userid bigint NOT NULL,
    contextid bigint NOT NULL,
    username character varying(255),
    password character varying(255),
    timecreated bigint,
    timemodified bigint,
    readonly smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_repository_instance_config (
    id bigint NOT NULL,
    instanceid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_backup_courses (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    laststarttime bigint NOT NULL,
    lastendtime bigint NOT NULL,
    laststatus character varying(1) NOT NULL,
    nextstarttime bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_block (
    id bigint NOT NULL,
    name character varying(40) NOT NULL,
    cron bigint NOT NULL,
    lastcron bigint NOT NULL,
    visible smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_block_instances (
    id bigint NOT NULL,
    blockname character varying(40) NOT NULL,
    parentcontextid bigint NOT NULL,
    showinsubcontexts smallint NOT NULL,
    requiredbytheme smallint NOT NULL,
    pagetypepattern character varying(64) NOT NULL,
    subpagepattern character varying(16),
    defaultregion character varying(16) NOT NULL,
    defaultweight bigint NOT NULL,
    configdata text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_block_positions (
    id bigint NOT NULL,
    blockinstanceid bigint NOT NULL,
    contextid bigint NOT NULL,
    pagetype character varying(64) NOT NULL,
    subpage character varying(16) NOT NULL,
    visible smallint NOT NULL,
    region character varying(16) NOT NULL,
    weight bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_comments (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    component character varying(255),
    commentarea character varying(255) NOT NULL,
    itemid bigint NOT NULL,
    content text NOT NULL,
    format smallint NOT NULL,
    userid bigint NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_external_services (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    enabled smallint NOT NULL,
    requiredcapability character varying(150),
    restrictedusers smallint NOT NULL,
    component character varying(100),
    timecreated bigint NOT NULL,
    timemodified bigint,
    shortname character varying(255),
    downloadfiles smallint NOT NULL,
    uploadfiles smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_external_functions (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    classname character varying(100) NOT NULL,
    methodname character varying(100) NOT NULL,
    classpath character varying(255),
    component character varying(100) NOT NULL,
    capabilities character varying(255),
    services character varying(1333),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_external_services_functions (
    id bigint NOT NULL,
    externalserviceid bigint NOT NULL,
    functionname character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_external_services_users (
    id bigint NOT NULL,
    externalserviceid bigint NOT NULL,
    userid bigint NOT NULL,
    iprestriction character varying(255),
    validuntil bigint,
    timecreated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_external_tokens (
    id bigint NOT NULL,
    token character varying(128) NOT NULL,
    privatetoken character varying(64),
    tokentype smallint NOT NULL,
    userid bigint NOT NULL,
    externalserviceid bigint NOT NULL,
    sid character varying(128),
    contextid bigint NOT NULL,
    creatorid bigint NOT NULL,
    iprestriction character varying(255),
    validuntil bigint,
    timecreated bigint NOT NULL,
    lastaccess bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_blog_association (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    blogid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_blog_external (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    url text NOT NULL,
    filtertags character varying(255),
    failedlastsync smallint NOT NULL,
    timemodified bigint,
    timefetched bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_rating (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    component character varying(100) NOT NULL,
    ratingarea character varying(50) NOT NULL,
    itemid bigint NOT NULL,
    scaleid bigint NOT NULL,
    rating bigint NOT NULL,
    userid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_license (
    id bigint NOT NULL,
    shortname character varying(255),
    fullname text,
    source character varying(255),
    enabled smallint NOT NULL,
    version bigint NOT NULL,
    custom smallint NOT NULL,
    sortorder integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_registration_hubs (
    id bigint NOT NULL,
    token character varying(255) NOT NULL,
    hubname character varying(255) NOT NULL,
    huburl character varying(255) NOT NULL,
    confirmed smallint NOT NULL,
    secret character varying(255),
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_backup_controllers (
    id bigint NOT NULL,
    backupid character varying(32) NOT NULL,
    operation character varying(20) NOT NULL,
    type character varying(10) NOT NULL,
    itemid bigint NOT NULL,
    format character varying(20) NOT NULL,
    interactive smallint NOT NULL,
    purpose smallint NOT NULL,
    userid bigint NOT NULL,
    status smallint NOT NULL,
    execution smallint NOT NULL,
    executiontime bigint NOT NULL,
    checksum character varying(32) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    progress numeric(15,14) NOT NULL,
    controller text NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (backupid)
);
CREATE TABLE moodle.mdl_backup_logs (
    id bigint NOT NULL,
    backupid character varying(32) NOT NULL,
    loglevel smallint NOT NULL,
    message text NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_profiling (
    id bigint NOT NULL,
    runid character varying(32) NOT NULL,
    url character varying(255) NOT NULL,
    data text NOT NULL,
    totalexecutiontime bigint NOT NULL,
    totalcputime bigint NOT NULL,
    totalcalls bigint NOT NULL,
    totalmemory bigint NOT NULL,
    runreference smallint NOT NULL,
    runcomment character varying(255) NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_published (
    id bigint NOT NULL,
    huburl character varying(255),
    courseid bigint NOT NULL,
    timepublished bigint NOT NULL,
    enrollable smallint NOT NULL,
    hubcourseid bigint NOT NULL,
    status smallint,
    timechecked bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grading_areas (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    component character varying(100) NOT NULL,
    areaname character varying(100) NOT NULL,
    activemethod character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grading_definitions (
    id bigint NOT NULL,
    areaid bigint NOT NULL,
    method character varying(100) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    descriptionformat smallint,
    status bigint NOT NULL,
    copiedfromid bigint,
    timecreated bigint NOT NULL,
    usercreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    timecopied bigint,
    options text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_grading_instances (
    id bigint NOT NULL,
    definitionid bigint NOT NULL,
    raterid bigint NOT NULL,
    itemid bigint,
    rawgrade numeric(10,5),
    status bigint NOT NULL,
    feedback text,
    feedbackformat smallint,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_event_subscriptions (
    id bigint NOT NULL,
    url character varying(255) NOT NULL,
    categoryid bigint NOT NULL,
    courseid bigint NOT NULL,
    groupid bigint NOT NULL,
    userid bigint NOT NULL,
    eventtype character varying(20) NOT NULL,
    pollinterval bigint NOT NULL,
    lastupdated bigint,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usercreated bigint NOT NULL,
    usermodified bigint NOT NULL,
    issuername character varying(255) NOT NULL,
    issuerurl character varying(255) NOT NULL,
    issuercontact character varying(255),
    expiredate bigint,
    expireperiod bigint,
    type smallint NOT NULL,
    courseid bigint,
    message text NOT NULL,
    messagesubject text NOT NULL,
    attachment smallint NOT NULL,
    notification smallint NOT NULL,
    status smallint NOT NULL,
    nextcron bigint,
    version character varying(255),
    language character varying(255),
    imageauthorname character varying(255),
    imageauthoremail character varying(255),
    imageauthorurl character varying(255),
    imagecaption text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_criteria (
    id bigint NOT NULL,
    badgeid bigint NOT NULL,
    criteriatype bigint,
    method smallint NOT NULL,
    description text,
    descriptionformat smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_criteria_param (
    id bigint NOT NULL,
    critid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_issued (
    id bigint NOT NULL,
    badgeid bigint NOT NULL,
    userid bigint NOT NULL,
    uniquehash text NOT NULL,
    dateissued bigint NOT NULL,
    dateexpire bigint,
    visible smallint NOT NULL,
    issuernotified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_criteria_met (
    id bigint NOT NULL,
    issuedid bigint,
    critid bigint NOT NULL,
    userid bigint NOT NULL,
    datemet bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_endorsement (
    id bigint NOT NULL,
    badgeid bigint NOT NULL,
    issuername character varying(255) NOT NULL,
    issuerurl character varying(255) NOT NULL,
    issueremail character varying(255) NOT NULL,
    claimid character varying(255),
    claimcomment text,
    dateissued bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_manual_award (
    id bigint NOT NULL,
    badgeid bigint NOT NULL,
    recipientid bigint NOT NULL,
    issuerid bigint NOT NULL,
    issuerrole bigint NOT NULL,
    datemet bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_backpack (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    email character varying(100) NOT NULL,
    backpackuid bigint NOT NULL,
    autosync smallint NOT NULL,
    password character varying(50),
    externalbackpackid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_backpack_oauth2 (
    id bigint NOT NULL,
    usermodified bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    userid bigint NOT NULL,
    issuerid bigint NOT NULL,
    externalbackpackid bigint NOT NULL,
    token text NOT NULL,
    refreshtoken text NOT NULL,
    expires bigint,
    scope text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_external (
    id bigint NOT NULL,
    backpackid bigint NOT NULL,
    collectionid bigint NOT NULL,
    entityid character varying(255),
    assertion text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_external_identifier (
    id bigint NOT NULL,
    sitebackpackid bigint NOT NULL,
    internalid character varying(128) NOT NULL,
    externalid character varying(128) NOT NULL,
    type character varying(16) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_alignment (
    id bigint NOT NULL,
    badgeid bigint NOT NULL,
    targetname character varying(255) NOT NULL,
    targeturl character varying(255) NOT NULL,
    targetdescription text,
    targetframework character varying(255),
    targetcode character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_related (
    id bigint NOT NULL,
    badgeid bigint NOT NULL,
    relatedbadgeid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_badge_external_backpack (
    id bigint NOT NULL,
    backpackapiurl character varying(255) NOT NULL,
    backpackweburl character varying(255) NOT NULL,
    apiversion character varying(12) NOT NULL,
    sortorder bigint NOT NULL,
    oauth2_issuerid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_devices (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    appid character varying(128) NOT NULL,
    name character varying(32) NOT NULL,
    model character varying(32) NOT NULL,
    platform character varying(32) NOT NULL,
    version character varying(32) NOT NULL,
    pushid character varying(255) NOT NULL,
    uuid character varying(255) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_user_password_resets (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    timerequested bigint NOT NULL,
    timererequested bigint NOT NULL,
    token character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lock_db (
    id bigint NOT NULL,
    resourcekey character varying(255) NOT NULL,
    expires bigint,
    owner character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_task_scheduled (
    id bigint NOT NULL,
    component character varying(255) NOT NULL,
    classname character varying(255) NOT NULL,
    lastruntime bigint,
    nextruntime bigint,
    blocking smallint NOT NULL,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    faildelay bigint,
    customised smallint NOT NULL,
    disabled smallint NOT NULL,
    timestarted bigint,
    hostname character varying(255),
    pid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_task_adhoc (
    id bigint NOT NULL,
    component character varying(255) NOT NULL,
    classname character varying(255) NOT NULL,
    nextruntime bigint NOT NULL,
    faildelay bigint,
    customdata text,
    userid bigint,
    blocking smallint NOT NULL,
    timecreated bigint NOT NULL,
    timestarted bigint,
    hostname character varying(255),
    pid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_task_log (
    id bigint NOT NULL,
    type smallint NOT NULL,
    component character varying(255) NOT NULL,
    classname character varying(255) NOT NULL,
    userid bigint NOT NULL,
    timestart numeric(20,10) NOT NULL,
    timeend numeric(20,10) NOT NULL,
    dbreads bigint NOT NULL,
    dbwrites bigint NOT NULL,
    result smallint NOT NULL,
    output text NOT NULL,
    hostname character varying(255),
    pid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_messageinbound_handlers (
    id bigint NOT NULL,
    component character varying(100) NOT NULL,
    classname character varying(255) NOT NULL,
    defaultexpiration bigint NOT NULL,
    validateaddress smallint NOT NULL,
    enabled smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_messageinbound_datakeys (
    id bigint NOT NULL,
    handler bigint NOT NULL,
    datavalue bigint NOT NULL,
    datakey character varying(64),
    timecreated bigint NOT NULL,
    expires bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_messageinbound_messagelist (
    id bigint NOT NULL,
    messageid text NOT NULL,
    userid bigint NOT NULL,
    address text NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency (
    id bigint NOT NULL,
    shortname character varying(100),
    description text,
    descriptionformat smallint NOT NULL,
    idnumber character varying(100),
    competencyframeworkid bigint NOT NULL,
    parentid bigint NOT NULL,
    path character varying(255) NOT NULL,
    sortorder bigint NOT NULL,
    ruletype character varying(100),
    ruleoutcome smallint NOT NULL,
    ruleconfig text,
    scaleid bigint,
    scaleconfiguration text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_coursecompsetting (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    pushratingstouserplans smallint,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_framework (
    id bigint NOT NULL,
    shortname character varying(100),
    contextid bigint NOT NULL,
    idnumber character varying(100),
    description text,
    descriptionformat smallint NOT NULL,
    scaleid bigint,
    scaleconfiguration text NOT NULL,
    visible smallint NOT NULL,
    taxonomies character varying(255) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_coursecomp (
    id bigint NOT NULL,
    courseid bigint NOT NULL,
    competencyid bigint NOT NULL,
    ruleoutcome smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    sortorder bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_plan (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    descriptionformat smallint NOT NULL,
    userid bigint NOT NULL,
    templateid bigint,
    origtemplateid bigint,
    status smallint NOT NULL,
    duedate bigint,
    reviewerid bigint,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_template (
    id bigint NOT NULL,
    shortname character varying(100),
    contextid bigint NOT NULL,
    description text,
    descriptionformat smallint NOT NULL,
    visible smallint NOT NULL,
    duedate bigint,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_templatecomp (
    id bigint NOT NULL,
    templateid bigint NOT NULL,
    competencyid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    sortorder bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_templatecohort (
    id bigint NOT NULL,
    templateid bigint NOT NULL,
    cohortid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_relatedcomp (
    id bigint NOT NULL,
    competencyid bigint NOT NULL,
    relatedcompetencyid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_usercomp (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    competencyid bigint NOT NULL,
    status smallint NOT NULL,
    reviewerid bigint,
    proficiency smallint,
    grade bigint,
    timecreated bigint NOT NULL,
    timemodified bigint,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_usercompcourse (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    courseid bigint NOT NULL,
    competencyid bigint NOT NULL,
    proficiency smallint,
    grade bigint,
    timecreated bigint NOT NULL,
    timemodified bigint,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_usercompplan (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    competencyid bigint NOT NULL,
    planid bigint NOT NULL,
    proficiency smallint,
    grade bigint,
    sortorder bigint,
    timecreated bigint NOT NULL,
    timemodified bigint,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_plancomp (
    id bigint NOT NULL,
    planid bigint NOT NULL,
    competencyid bigint NOT NULL,
    sortorder bigint,
    timecreated bigint NOT NULL,
    timemodified bigint,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_evidence (
    id bigint NOT NULL,
    usercompetencyid bigint NOT NULL,
    contextid bigint NOT NULL,
    action smallint NOT NULL,
    actionuserid bigint,
    descidentifier character varying(255) NOT NULL,
    desccomponent character varying(255) NOT NULL,
    desca text,
    url character varying(255),
    grade bigint,
    note text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_userevidence (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    name character varying(100) NOT NULL,
    description text NOT NULL,
    descriptionformat smallint NOT NULL,
    url text NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_userevidencecomp (
    id bigint NOT NULL,
    userevidenceid bigint NOT NULL,
    competencyid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_competency_modulecomp (
    id bigint NOT NULL,
    cmid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    sortorder bigint NOT NULL,
    competencyid bigint NOT NULL,
    ruleoutcome smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_oauth2_endpoint (
    id bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    name character varying(255) NOT NULL,
    url text NOT NULL,
    issuerid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_oauth2_issuer (
    id bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    name character varying(255) NOT NULL,
    image text NOT NULL,
    baseurl text NOT NULL,
    clientid text NOT NULL,
    clientsecret text NOT NULL,
    loginscopes text NOT NULL,
    loginscopesoffline text NOT NULL,
    loginparams text NOT NULL,
    loginparamsoffline text NOT NULL,
    alloweddomains text NOT NULL,
    scopessupported text,
    enabled smallint NOT NULL,
    showonloginpage smallint NOT NULL,
    basicauth smallint NOT NULL,
    sortorder bigint NOT NULL,
    requireconfirmation smallint NOT NULL,
    servicetype character varying(255),
    loginpagename character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_oauth2_system_account (
    id bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    issuerid bigint NOT NULL,
    refreshtoken text NOT NULL,
    grantedscopes text NOT NULL,
    email text,
    username text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_oauth2_user_field_mapping (
    id bigint NOT NULL,
    timemodified bigint NOT NULL,
    timecreated bigint NOT NULL,
    usermodified bigint NOT NULL,
    issuerid bigint NOT NULL,
    externalfield character varying(500) NOT NULL,
    internalfield character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_course_completion_defaults (
    id bigint NOT NULL,
    course bigint NOT NULL,
    module bigint NOT NULL,
    completion smallint NOT NULL,
    completionview smallint NOT NULL,
    completionusegrade smallint NOT NULL,
    completionexpected bigint NOT NULL,
    customrules text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_models (
    id bigint NOT NULL,
    enabled smallint NOT NULL,
    trained smallint NOT NULL,
    name character varying(1333),
    target character varying(255) NOT NULL,
    indicators text NOT NULL,
    timesplitting character varying(255),
    predictionsprocessor character varying(255),
    version bigint NOT NULL,
    contextids text,
    timecreated bigint,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_models_log (
    id bigint NOT NULL,
    modelid bigint NOT NULL,
    version bigint NOT NULL,
    evaluationmode character varying(50) NOT NULL,
    target character varying(255) NOT NULL,
    indicators text NOT NULL,
    timesplitting character varying(255),
    score numeric(10,5) NOT NULL,
    info text,
    dir text NOT NULL,
    timecreated bigint NOT NULL,
    usermodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_predictions (
    id bigint NOT NULL,
    modelid bigint NOT NULL,
    contextid bigint NOT NULL,
    sampleid bigint NOT NULL,
    rangeindex integer NOT NULL,
    prediction numeric(10,2) NOT NULL,
    predictionscore numeric(10,5) NOT NULL,
    calculations text NOT NULL,
    timecreated bigint NOT NULL,
    timestart bigint,
    timeend bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_train_samples (
    id bigint NOT NULL,
    modelid bigint NOT NULL,
    analysableid bigint NOT NULL,
    timesplitting character varying(255) NOT NULL,
    sampleids text NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_predict_samples (
    id bigint NOT NULL,
    modelid bigint NOT NULL,
    analysableid bigint NOT NULL,
    timesplitting character varying(255) NOT NULL,
    rangeindex bigint NOT NULL,
    sampleids text NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_used_files (
    id bigint NOT NULL,
    modelid bigint NOT NULL,
    fileid bigint NOT NULL,
    action character varying(50) NOT NULL,
    time bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_indicator_calc (
    id bigint NOT NULL,
    starttime bigint NOT NULL,
    endtime bigint NOT NULL,
    contextid bigint NOT NULL,
    sampleorigin character varying(255) NOT NULL,
    sampleid bigint NOT NULL,
    indicator character varying(255) NOT NULL,
    value numeric(10,2),
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_prediction_actions (
    id bigint NOT NULL,
    predictionid bigint NOT NULL,
    userid bigint NOT NULL,
    actionname character varying(255) NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_oauth2_access_token (
    id bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    issuerid bigint NOT NULL,
    token text NOT NULL,
    expires bigint NOT NULL,
    scope text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_analytics_used_analysables (
    id bigint NOT NULL,
    modelid bigint NOT NULL,
    action character varying(50) NOT NULL,
    analysableid bigint NOT NULL,
    firstanalysis bigint NOT NULL,
    timeanalysed bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_search_index_requests (
    id bigint NOT NULL,
    contextid bigint NOT NULL,
    searcharea character varying(255) NOT NULL,
    timerequested bigint NOT NULL,
    partialarea character varying(255) NOT NULL,
    partialtime bigint NOT NULL,
    indexpriority bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_favourite (
    id bigint NOT NULL,
    component character varying(100) NOT NULL,
    itemtype character varying(100) NOT NULL,
    itemid bigint NOT NULL,
    contextid bigint NOT NULL,
    userid bigint NOT NULL,
    ordering bigint,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_customfield_category (
    id bigint NOT NULL,
    name character varying(400) NOT NULL,
    description text,
    descriptionformat bigint,
    sortorder bigint,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    component character varying(100) NOT NULL,
    area character varying(100) NOT NULL,
    itemid bigint NOT NULL,
    contextid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_customfield_field (
    id bigint NOT NULL,
    shortname character varying(100) NOT NULL,
    name character varying(400) NOT NULL,
    type character varying(100) NOT NULL,
    description text,
    descriptionformat bigint,
    sortorder bigint,
    categoryid bigint,
    configdata text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_customfield_data (
    id bigint NOT NULL,
    fieldid bigint NOT NULL,
    instanceid bigint NOT NULL,
    intvalue bigint,
    decvalue numeric(10,5),
    shortcharvalue character varying(255),
    charvalue character varying(1333),
    value text NOT NULL,
    valueformat bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    contextid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_h5p_libraries (
    id bigint NOT NULL,
    machinename character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    majorversion smallint NOT NULL,
    minorversion smallint NOT NULL,
    patchversion smallint NOT NULL,
    runnable smallint NOT NULL,
    fullscreen smallint NOT NULL,
    embedtypes character varying(255) NOT NULL,
    preloadedjs text,
    preloadedcss text,
    droplibrarycss text,
    semantics text,
    addto text,
    coremajor smallint,
    coreminor smallint,
    metadatasettings text,
    tutorial text,
    example text,
    enabled smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_h5p_library_dependencies (
    id bigint NOT NULL,
    libraryid bigint NOT NULL,
    requiredlibraryid bigint NOT NULL,
    dependencytype character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_h5p (
    id bigint NOT NULL,
    jsoncontent text NOT NULL,
    mainlibraryid bigint NOT NULL,
    displayoptions smallint,
    pathnamehash character varying(40) NOT NULL,
    contenthash character varying(40) NOT NULL,
    filtered text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_h5p_contents_libraries (
    id bigint NOT NULL,
    h5pid bigint NOT NULL,
    libraryid bigint NOT NULL,
    dependencytype character varying(10) NOT NULL,
    dropcss smallint NOT NULL,
    weight bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_h5p_libraries_cachedassets (
    id bigint NOT NULL,
    libraryid bigint NOT NULL,
    hash character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_contentbank_content (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    contenttype character varying(100) NOT NULL,
    contextid bigint NOT NULL,
    visibility smallint NOT NULL,
    instanceid bigint,
    configdata text,
    usercreated bigint NOT NULL,
    usermodified bigint,
    timecreated bigint NOT NULL,
    timemodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_payment_accounts (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    idnumber character varying(100),
    contextid bigint NOT NULL,
    enabled smallint NOT NULL,
    archived smallint NOT NULL,
    timecreated bigint,
    timemodified bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_payment_gateways (
    id bigint NOT NULL,
    accountid bigint NOT NULL,
    gateway character varying(100) NOT NULL,
    enabled smallint NOT NULL,
    config text,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_payments (
    id bigint NOT NULL,
    component character varying(100) NOT NULL,
    paymentarea character varying(50) NOT NULL,
    itemid bigint NOT NULL,
    userid bigint NOT NULL,
    amount character varying(20) NOT NULL,
    currency character varying(3) NOT NULL,
    accountid bigint NOT NULL,
    gateway character varying(100) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_infected_files (
    id bigint NOT NULL,
    filename text NOT NULL,
    quarantinedfile text,
    userid bigint NOT NULL,
    reason text NOT NULL,
    timecreated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_oauth2_refresh_token (
    id bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    userid bigint NOT NULL,
    issuerid bigint NOT NULL,
    token text NOT NULL,
    scopehash character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_assign (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    alwaysshowdescription smallint NOT NULL,
    nosubmissions smallint NOT NULL,
    submissiondrafts smallint NOT NULL,
    sendnotifications smallint NOT NULL,
    sendlatenotifications smallint NOT NULL,
    duedate bigint NOT NULL,
    allowsubmissionsfromdate bigint NOT NULL,
    grade bigint NOT NULL,
    timemodified bigint NOT NULL,
    requiresubmissionstatement smallint NOT NULL,
    completionsubmit smallint NOT NULL,
    cutoffdate bigint NOT NULL,
    gradingduedate bigint NOT NULL,
    teamsubmission smallint NOT NULL,
    requireallteammemberssubmit smallint NOT NULL,
    teamsubmissiongroupingid bigint NOT NULL,
    blindmarking smallint NOT NULL,
    hidegrader smallint NOT NULL,
    revealidentities smallint NOT NULL,
    attemptreopenmethod character varying(10) NOT NULL,
    maxattempts integer NOT NULL,
    markingworkflow smallint NOT NULL,
    markingallocation smallint NOT NULL,
    sendstudentnotifications smallint NOT NULL,
    preventsubmissionnotingroup smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_assign_submission (
    id bigint NOT NULL,
    assignment bigint NOT NULL,
    userid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    status character varying(10),
    groupid bigint NOT NULL,
    attemptnumber bigint NOT NULL,
    latest smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_assign_grades (
    id bigint NOT NULL,
    assignment bigint NOT NULL,
    userid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    grader bigint NOT NULL,
    grade numeric(10,5),
    attemptnumber bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_assign_plugin_config (
    id bigint NOT NULL,
    assignment bigint NOT NULL,
    plugin character varying(28) NOT NULL,
    subtype character varying(28) NOT NULL,
    name character varying(28) NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_assign_user_mapping (
    id bigint NOT NULL,
    assignment bigint NOT NULL,
    userid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_assign_user_flags (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    assignment bigint NOT NULL,
    locked bigint NOT NULL,
    mailed smallint NOT NULL,
    extensionduedate bigint NOT NULL,
    workflowstate character varying(20),
    allocatedmarker bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_assign_overrides (
    id bigint NOT NULL,
    assignid bigint NOT NULL,
    groupid bigint,
    userid bigint,
    sortorder bigint,
    allowsubmissionsfromdate bigint,
    duedate bigint,
    cutoffdate bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_book (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    numbering smallint NOT NULL,
    navstyle smallint NOT NULL,
    customtitles smallint NOT NULL,
    revision bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_book_chapters (
    id bigint NOT NULL,
    bookid bigint NOT NULL,
    pagenum bigint NOT NULL,
    subchapter bigint NOT NULL,
    title character varying(255) NOT NULL,
    content text NOT NULL,
    contentformat smallint NOT NULL,
    hidden smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    importsrc character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_chat (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    keepdays bigint NOT NULL,
    studentlogs smallint NOT NULL,
    chattime bigint NOT NULL,
    schedule smallint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_chat_messages (
    id bigint NOT NULL,
    chatid bigint NOT NULL,
    userid bigint NOT NULL,
    groupid bigint NOT NULL,
    issystem smallint NOT NULL,
    message text NOT NULL,
    timestamp bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_chat_messages_current (
    id bigint NOT NULL,
    chatid bigint NOT NULL,
    userid bigint NOT NULL,
    groupid bigint NOT NULL,
    issystem smallint NOT NULL,
    message text NOT NULL,
    timestamp bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_chat_users (
    id bigint NOT NULL,
    chatid bigint NOT NULL,
    userid bigint NOT NULL,
    groupid bigint NOT NULL,
    version character varying(16) NOT NULL,
    ip character varying(45) NOT NULL,
    firstping bigint NOT NULL,
    lastping bigint NOT NULL,
    lastmessageping bigint NOT NULL,
    sid character varying(32) NOT NULL,
    course bigint NOT NULL,
    lang character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_choice (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    publish smallint NOT NULL,
    showresults smallint NOT NULL,
    display smallint NOT NULL,
    allowupdate smallint NOT NULL,
    allowmultiple smallint NOT NULL,
    showunanswered smallint NOT NULL,
    includeinactive smallint NOT NULL,
    limitanswers smallint NOT NULL,
    timeopen bigint NOT NULL,
    timeclose bigint NOT NULL,
    showpreview smallint NOT NULL,
    timemodified bigint NOT NULL,
    completionsubmit smallint NOT NULL,
    showavailable smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_choice_options (
    id bigint NOT NULL,
    choiceid bigint NOT NULL,
    text text,
    maxanswers bigint,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_choice_answers (
    id bigint NOT NULL,
    choiceid bigint NOT NULL,
    userid bigint NOT NULL,
    optionid bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_data (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    comments smallint NOT NULL,
    timeavailablefrom bigint NOT NULL,
    timeavailableto bigint NOT NULL,
    timeviewfrom bigint NOT NULL,
    timeviewto bigint NOT NULL,
    requiredentries integer NOT NULL,
    requiredentriestoview integer NOT NULL,
    maxentries integer NOT NULL,
    rssarticles smallint NOT NULL,
    singletemplate text,
    listtemplate text,
    listtemplateheader text,
    listtemplatefooter text,
    addtemplate text,
    rsstemplate text,
    rsstitletemplate text,
    csstemplate text,
    jstemplate text,
    asearchtemplate text,
    approval smallint NOT NULL,
    manageapproved smallint NOT NULL,
    scale bigint NOT NULL,
    assessed bigint NOT NULL,
    assesstimestart bigint NOT NULL,
    assesstimefinish bigint NOT NULL,
    defaultsort bigint NOT NULL,
    defaultsortdir smallint NOT NULL,
    editany smallint NOT NULL,
    notification bigint NOT NULL,
    timemodified bigint NOT NULL,
    config text,
    completionentries bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_data_fields (
    id bigint NOT NULL,
    dataid bigint NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    required smallint NOT NULL,
    param1 text,
    param2 text,
    param3 text,
    param4 text,
    param5 text,
    param6 text,
    param7 text,
    param8 text,
    param9 text,
    param10 text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_data_records (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    groupid bigint NOT NULL,
    dataid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    approved smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_data_content (
    id bigint NOT NULL,
    fieldid bigint NOT NULL,
    recordid bigint NOT NULL,
    content text,
    content1 text,
    content2 text,
    content3 text,
    content4 text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_feedback (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    anonymous smallint NOT NULL,
    email_notification smallint NOT NULL,
    multiple_submit smallint NOT NULL,
    autonumbering smallint NOT NULL,
    site_after_submit character varying(255) NOT NULL,
    page_after_submit text NOT NULL,
    page_after_submitformat smallint NOT NULL,
    publish_stats smallint NOT NULL,
    timeopen bigint NOT NULL,
    timeclose bigint NOT NULL,
    timemodified bigint NOT NULL,
    completionsubmit smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_feedback_template (
    id bigint NOT NULL,
    course bigint NOT NULL,
    ispublic smallint NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_feedback_item (
    id bigint NOT NULL,
    feedback bigint NOT NULL,
    template bigint NOT NULL,
    name character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    presentation text NOT NULL,
    typ character varying(255) NOT NULL,
    hasvalue smallint NOT NULL,
    position smallint NOT NULL,
    required smallint NOT NULL,
    dependitem bigint NOT NULL,
    dependvalue character varying(255) NOT NULL,
    options character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_feedback_completed (
    id bigint NOT NULL,
    feedback bigint NOT NULL,
    userid bigint NOT NULL,
    timemodified bigint NOT NULL,
    random_response bigint NOT NULL,
    anonymous_response smallint NOT NULL,
    courseid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_feedback_completedtmp (
    id bigint NOT NULL,
    feedback bigint NOT NULL,
    userid bigint NOT NULL,
    guestid character varying(255) NOT NULL,
    timemodified bigint NOT NULL,
    random_response bigint NOT NULL,
    anonymous_response smallint NOT NULL,
    courseid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_feedback_value (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    item bigint NOT NULL,
    completed bigint NOT NULL,
    tmp_completed bigint NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_feedback_valuetmp (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    item bigint NOT NULL,
    completed bigint NOT NULL,
    tmp_completed bigint NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_feedback_sitecourse_map (
    id bigint NOT NULL,
    feedbackid bigint NOT NULL,
    courseid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_folder (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    revision bigint NOT NULL,
    timemodified bigint NOT NULL,
    display smallint NOT NULL,
    showexpanded smallint NOT NULL,
    showdownloadfolder smallint NOT NULL,
    forcedownload smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum (
    id bigint NOT NULL,
    course bigint NOT NULL,
    type character varying(20) NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    duedate bigint NOT NULL,
    cutoffdate bigint NOT NULL,
    assessed bigint NOT NULL,
    assesstimestart bigint NOT NULL,
    assesstimefinish bigint NOT NULL,
    scale bigint NOT NULL,
    grade_forum bigint NOT NULL,
    grade_forum_notify smallint NOT NULL,
    maxbytes bigint NOT NULL,
    maxattachments bigint NOT NULL,
    forcesubscribe smallint NOT NULL,
    trackingtype smallint NOT NULL,
    rsstype smallint NOT NULL,
    rssarticles smallint NOT NULL,
    timemodified bigint NOT NULL,
    warnafter bigint NOT NULL,
    blockafter bigint NOT NULL,
    blockperiod bigint NOT NULL,
    completiondiscussions integer NOT NULL,
    completionreplies integer NOT NULL,
    completionposts integer NOT NULL,
    displaywordcount smallint NOT NULL,
    lockdiscussionafter bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_discussions (
    id bigint NOT NULL,
    course bigint NOT NULL,
    forum bigint NOT NULL,
    name character varying(255) NOT NULL,
    firstpost bigint NOT NULL,
    userid bigint NOT NULL,
    groupid bigint NOT NULL,
    assessed smallint NOT NULL,
    timemodified bigint NOT NULL,
    usermodified bigint NOT NULL,
    timestart bigint NOT NULL,
    timeend bigint NOT NULL,
    pinned smallint NOT NULL,
    timelocked bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_posts (
    id bigint NOT NULL,
    discussion bigint NOT NULL,
    parent bigint NOT NULL,
    userid bigint NOT NULL,
    created bigint NOT NULL,
    modified bigint NOT NULL,
    mailed smallint NOT NULL,
    subject character varying(255) NOT NULL,
    message text NOT NULL,
    messageformat smallint NOT NULL,
    messagetrust smallint NOT NULL,
    attachment character varying(100) NOT NULL,
    totalscore smallint NOT NULL,
    mailnow bigint NOT NULL,
    deleted smallint NOT NULL,
    privatereplyto bigint NOT NULL,
    wordcount bigint,
    charcount bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_queue (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    discussionid bigint NOT NULL,
    postid bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_subscriptions (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    forum bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_digests (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    forum bigint NOT NULL,
    maildigest smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_read (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    forumid bigint NOT NULL,
    discussionid bigint NOT NULL,
    postid bigint NOT NULL,
    firstread bigint NOT NULL,
    lastread bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_track_prefs (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    forumid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_discussion_subs (
    id bigint NOT NULL,
    forum bigint NOT NULL,
    userid bigint NOT NULL,
    discussion bigint NOT NULL,
    preference bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_forum_grades (
    id bigint NOT NULL,
    forum bigint NOT NULL,
    itemnumber bigint NOT NULL,
    userid bigint NOT NULL,
    grade numeric(10,5),
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_glossary (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    allowduplicatedentries smallint NOT NULL,
    displayformat character varying(50) NOT NULL,
    mainglossary smallint NOT NULL,
    showspecial smallint NOT NULL,
    showalphabet smallint NOT NULL,
    showall smallint NOT NULL,
    allowcomments smallint NOT NULL,
    allowprintview smallint NOT NULL,
    usedynalink smallint NOT NULL,
    defaultapproval smallint NOT NULL,
    approvaldisplayformat character varying(50) NOT NULL,
    globalglossary smallint NOT NULL,
    entbypage smallint NOT NULL,
    editalways smallint NOT NULL,
    rsstype smallint NOT NULL,
    rssarticles smallint NOT NULL,
    assessed bigint NOT NULL,
    assesstimestart bigint NOT NULL,
    assesstimefinish bigint NOT NULL,
    scale bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    completionentries integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_glossary_entries (
    id bigint NOT NULL,
    glossaryid bigint NOT NULL,
    userid bigint NOT NULL,
    concept character varying(255) NOT NULL,
    definition text NOT NULL,
    definitionformat smallint NOT NULL,
    definitiontrust smallint NOT NULL,
    attachment character varying(100) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    teacherentry smallint NOT NULL,
    sourceglossaryid bigint NOT NULL,
    usedynalink smallint NOT NULL,
    casesensitive smallint NOT NULL,
    fullmatch smallint NOT NULL,
    approved smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_glossary_alias (
    id bigint NOT NULL,
    entryid bigint NOT NULL,
    alias character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_glossary_categories (
    id bigint NOT NULL,
    glossaryid bigint NOT NULL,
    name character varying(255) NOT NULL,
    usedynalink smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_glossary_entries_categories (
    id bigint NOT NULL,
    categoryid bigint NOT NULL,
    entryid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_glossary_formats (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    popupformatname character varying(50) NOT NULL,
    visible smallint NOT NULL,
    showgroup smallint NOT NULL,
    showtabs character varying(100),
    defaultmode character varying(50) NOT NULL,
    defaulthook character varying(50) NOT NULL,
    sortkey character varying(50) NOT NULL,
    sortorder character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_h5pactivity (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    grade bigint,
    displayoptions smallint NOT NULL,
    enabletracking smallint NOT NULL,
    grademethod smallint NOT NULL,
    reviewmode smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_h5pactivity_attempts (
    id bigint NOT NULL,
    h5pactivityid bigint NOT NULL,
    userid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    attempt integer NOT NULL,
    rawscore bigint,
    maxscore bigint,
    scaled numeric(10,5) NOT NULL,
    duration bigint,
    completion smallint,
    success smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_h5pactivity_attempts_results (
    id bigint NOT NULL,
    attemptid bigint NOT NULL,
    subcontent character varying(128),
    timecreated bigint NOT NULL,
    interactiontype character varying(128),
    description text,
    correctpattern text,
    response text NOT NULL,
    additionals text,
    rawscore bigint NOT NULL,
    maxscore bigint NOT NULL,
    duration bigint,
    completion smallint,
    success smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_imscp (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    revision bigint NOT NULL,
    keepold bigint NOT NULL,
    structure text,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_label (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lesson (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    practice smallint NOT NULL,
    modattempts smallint NOT NULL,
    usepassword smallint NOT NULL,
    password character varying(32) NOT NULL,
    dependency bigint NOT NULL,
    conditions text NOT NULL,
    grade bigint NOT NULL,
    custom smallint NOT NULL,
    ongoing smallint NOT NULL,
    usemaxgrade smallint NOT NULL,
    maxanswers smallint NOT NULL,
    maxattempts smallint NOT NULL,
    review smallint NOT NULL,
    nextpagedefault smallint NOT NULL,
    feedback smallint NOT NULL,
    minquestions smallint NOT NULL,
    maxpages smallint NOT NULL,
    timelimit bigint NOT NULL,
    retake smallint NOT NULL,
    activitylink bigint NOT NULL,
    mediafile character varying(255) NOT NULL,
    mediaheight bigint NOT NULL,
    mediawidth bigint NOT NULL,
    mediaclose smallint NOT NULL,
    slideshow smallint NOT NULL,
    width bigint NOT NULL,
    height bigint NOT NULL,
    bgcolor character varying(7) NOT NULL,
    displayleft smallint NOT NULL,
    displayleftif smallint NOT NULL,
    progressbar smallint NOT NULL,
    available bigint NOT NULL,
    deadline bigint NOT NULL,
    timemodified bigint NOT NULL,
    completionendreached smallint,
    completiontimespent bigint,
    allowofflineattempts smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lesson_pages (
    id bigint NOT NULL,
    lessonid bigint NOT NULL,
    prevpageid bigint NOT NULL,
    nextpageid bigint NOT NULL,
    qtype smallint NOT NULL,
    qoption smallint NOT NULL,
    layout smallint NOT NULL,
    display smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    title character varying(255) NOT NULL,
    contents text NOT NULL,
    contentsformat smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lesson_answers (
    id bigint NOT NULL,
    lessonid bigint NOT NULL,
    pageid bigint NOT NULL,
    jumpto bigint NOT NULL,
    grade smallint NOT NULL,
    score bigint NOT NULL,
    flags smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    answer text,
    answerformat smallint NOT NULL,
    response text,
    responseformat smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lesson_attempts (
    id bigint NOT NULL,
    lessonid bigint NOT NULL,
    pageid bigint NOT NULL,
    userid bigint NOT NULL,
    answerid bigint NOT NULL,
    retry smallint NOT NULL,
    correct bigint NOT NULL,
    useranswer text,
    timeseen bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lesson_grades (
    id bigint NOT NULL,
    lessonid bigint NOT NULL,
    userid bigint NOT NULL,
    grade double precision NOT NULL,
    late smallint NOT NULL,
    completed bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lesson_timer (
    id bigint NOT NULL,
    lessonid bigint NOT NULL,
    userid bigint NOT NULL,
    starttime bigint NOT NULL,
    lessontime bigint NOT NULL,
    completed smallint,
    timemodifiedoffline bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lesson_branch (
    id bigint NOT NULL,
    lessonid bigint NOT NULL,
    userid bigint NOT NULL,
    pageid bigint NOT NULL,
    retry bigint NOT NULL,
    flag smallint NOT NULL,
    timeseen bigint NOT NULL,
    nextpageid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lesson_overrides (
    id bigint NOT NULL,
    lessonid bigint NOT NULL,
    groupid bigint,
    userid bigint,
    available bigint,
    deadline bigint,
    timelimit bigint,
    review smallint,
    maxattempts smallint,
    retake smallint,
    password character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lti (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    typeid bigint,
    toolurl text NOT NULL,
    securetoolurl text,
    instructorchoicesendname smallint,
    instructorchoicesendemailaddr smallint,
    instructorchoiceallowroster smallint,
    instructorchoiceallowsetting smallint,
    instructorcustomparameters text,
    instructorchoiceacceptgrades smallint,
    grade bigint NOT NULL,
    launchcontainer smallint NOT NULL,
    resourcekey character varying(255),
    password character varying(255),
    debuglaunch smallint NOT NULL,
    showtitlelaunch smallint NOT NULL,
    showdescriptionlaunch smallint NOT NULL,
    servicesalt character varying(40),
    icon text,
    secureicon text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lti_tool_proxies (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    regurl text,
    state smallint NOT NULL,
    guid character varying(255),
    secret character varying(255),
    vendorcode character varying(255),
    capabilityoffered text NOT NULL,
    serviceoffered text NOT NULL,
    toolproxy text,
    createdby bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lti_types (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    baseurl text NOT NULL,
    tooldomain character varying(255) NOT NULL,
    state smallint NOT NULL,
    course bigint NOT NULL,
    coursevisible smallint NOT NULL,
    ltiversion character varying(10) NOT NULL,
    clientid character varying(255),
    toolproxyid bigint,
    enabledcapability text,
    parameter text,
    icon text,
    secureicon text,
    createdby bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lti_types_config (
    id bigint NOT NULL,
    typeid bigint NOT NULL,
    name character varying(100) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lti_tool_settings (
    id bigint NOT NULL,
    toolproxyid bigint NOT NULL,
    typeid bigint,
    course bigint,
    coursemoduleid bigint,
    settings text NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lti_submission (
    id bigint NOT NULL,
    ltiid bigint NOT NULL,
    userid bigint NOT NULL,
    datesubmitted bigint NOT NULL,
    dateupdated bigint NOT NULL,
    gradepercent numeric(10,5) NOT NULL,
    originalgrade numeric(10,5) NOT NULL,
    launchid bigint NOT NULL,
    state smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_lti_access_tokens (
    id bigint NOT NULL,
    typeid bigint NOT NULL,
    scope text NOT NULL,
    token character varying(128) NOT NULL,
    validuntil bigint NOT NULL,
    timecreated bigint NOT NULL,
    lastaccess bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_page (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    content text,
    contentformat smallint NOT NULL,
    legacyfiles smallint NOT NULL,
    legacyfileslast bigint,
    display smallint NOT NULL,
    displayoptions text,
    revision bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    timeopen bigint NOT NULL,
    timeclose bigint NOT NULL,
    timelimit bigint NOT NULL,
    overduehandling character varying(16) NOT NULL,
    graceperiod bigint NOT NULL,
    preferredbehaviour character varying(32) NOT NULL,
    canredoquestions smallint NOT NULL,
    attempts integer NOT NULL,
    attemptonlast smallint NOT NULL,
    grademethod smallint NOT NULL,
    decimalpoints smallint NOT NULL,
    questiondecimalpoints smallint NOT NULL,
    reviewattempt integer NOT NULL,
    reviewcorrectness integer NOT NULL,
    reviewmarks integer NOT NULL,
    reviewspecificfeedback integer NOT NULL,
    reviewgeneralfeedback integer NOT NULL,
    reviewrightanswer integer NOT NULL,
    reviewoverallfeedback integer NOT NULL,
    questionsperpage bigint NOT NULL,
    navmethod character varying(16) NOT NULL,
    shuffleanswers smallint NOT NULL,
    sumgrades numeric(10,5) NOT NULL,
    grade numeric(10,5) NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    password character varying(255) NOT NULL,
    subnet character varying(255) NOT NULL,
    browsersecurity character varying(32) NOT NULL,
    delay1 bigint NOT NULL,
    delay2 bigint NOT NULL,
    showuserpicture smallint NOT NULL,
    showblocks smallint NOT NULL,
    completionattemptsexhausted smallint,
    completionpass smallint,
    completionminattempts bigint NOT NULL,
    allowofflineattempts smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz_slots (
    id bigint NOT NULL,
    slot bigint NOT NULL,
    quizid bigint NOT NULL,
    page bigint NOT NULL,
    requireprevious smallint NOT NULL,
    questionid bigint NOT NULL,
    questioncategoryid bigint,
    includingsubcategories smallint,
    maxmark numeric(12,7) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz_sections (
    id bigint NOT NULL,
    quizid bigint NOT NULL,
    firstslot bigint NOT NULL,
    heading character varying(1333),
    shufflequestions smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz_feedback (
    id bigint NOT NULL,
    quizid bigint NOT NULL,
    feedbacktext text NOT NULL,
    feedbacktextformat smallint NOT NULL,
    mingrade numeric(10,5) NOT NULL,
    maxgrade numeric(10,5) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz_overrides (
    id bigint NOT NULL,
    quiz bigint NOT NULL,
    groupid bigint,
    userid bigint,
    timeopen bigint,
    timeclose bigint,
    timelimit bigint,
    attempts integer,
    password character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz_attempts (
    id bigint NOT NULL,
    quiz bigint NOT NULL,
    userid bigint NOT NULL,
    attempt integer NOT NULL,
    uniqueid bigint NOT NULL,
    layout text NOT NULL,
    currentpage bigint NOT NULL,
    preview smallint NOT NULL,
    state character varying(16) NOT NULL,
    timestart bigint NOT NULL,
    timefinish bigint NOT NULL,
    timemodified bigint NOT NULL,
    timemodifiedoffline bigint NOT NULL,
    timecheckstate bigint,
    sumgrades numeric(10,5),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz_grades (
    id bigint NOT NULL,
    quiz bigint NOT NULL,
    userid bigint NOT NULL,
    grade numeric(10,5) NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz_reports (
    id bigint NOT NULL,
    name character varying(255),
    displayorder bigint NOT NULL,
    capability character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_quiz_slot_tags (
    id bigint NOT NULL,
    slotid bigint,
    tagid bigint,
    tagname character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_resource (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    tobemigrated smallint NOT NULL,
    legacyfiles smallint NOT NULL,
    legacyfileslast bigint,
    display smallint NOT NULL,
    displayoptions text,
    filterfiles smallint NOT NULL,
    revision bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_resource_old (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(30) NOT NULL,
    reference character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    alltext text NOT NULL,
    popup text NOT NULL,
    options character varying(255) NOT NULL,
    timemodified bigint NOT NULL,
    oldid bigint NOT NULL,
    cmid bigint,
    newmodule character varying(50),
    newid bigint,
    migrated bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    scormtype character varying(50) NOT NULL,
    reference character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    version character varying(9) NOT NULL,
    maxgrade double precision NOT NULL,
    grademethod smallint NOT NULL,
    whatgrade bigint NOT NULL,
    maxattempt bigint NOT NULL,
    forcecompleted smallint NOT NULL,
    forcenewattempt smallint NOT NULL,
    lastattemptlock smallint NOT NULL,
    masteryoverride smallint NOT NULL,
    displayattemptstatus smallint NOT NULL,
    displaycoursestructure smallint NOT NULL,
    updatefreq smallint NOT NULL,
    sha1hash character varying(40),
    md5hash character varying(32) NOT NULL,
    revision bigint NOT NULL,
    launch bigint NOT NULL,
    skipview smallint NOT NULL,
    hidebrowse smallint NOT NULL,
    hidetoc smallint NOT NULL,
    nav smallint NOT NULL,
    navpositionleft bigint,
    navpositiontop bigint,
    auto smallint NOT NULL,
    popup smallint NOT NULL,
    options character varying(255) NOT NULL,
    width bigint NOT NULL,
    height bigint NOT NULL,
    timeopen bigint NOT NULL,
    timeclose bigint NOT NULL,
    timemodified bigint NOT NULL,
    completionstatusrequired smallint,
    completionscorerequired bigint,
    completionstatusallscos smallint,
    displayactivityname smallint NOT NULL,
    autocommit smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_scoes (
    id bigint NOT NULL,
    scorm bigint NOT NULL,
    manifest character varying(255) NOT NULL,
    organization character varying(255) NOT NULL,
    parent character varying(255) NOT NULL,
    identifier character varying(255) NOT NULL,
    launch text NOT NULL,
    scormtype character varying(5) NOT NULL,
    title character varying(255) NOT NULL,
    sortorder bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_scoes_data (
    id bigint NOT NULL,
    scoid bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_scoes_track (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    scormid bigint NOT NULL,
    scoid bigint NOT NULL,
    attempt bigint NOT NULL,
    element character varying(255) NOT NULL,
    value text NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_seq_objective (
    id bigint NOT NULL,
    scoid bigint NOT NULL,
    primaryobj smallint NOT NULL,
    objectiveid character varying(255) NOT NULL,
    satisfiedbymeasure smallint NOT NULL,
    minnormalizedmeasure double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_seq_mapinfo (
    id bigint NOT NULL,
    scoid bigint NOT NULL,
    objectiveid bigint NOT NULL,
    targetobjectiveid bigint NOT NULL,
    readsatisfiedstatus smallint NOT NULL,
    readnormalizedmeasure smallint NOT NULL,
    writesatisfiedstatus smallint NOT NULL,
    writenormalizedmeasure smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_seq_ruleconds (
    id bigint NOT NULL,
    scoid bigint NOT NULL,
    conditioncombination character varying(3) NOT NULL,
    ruletype smallint NOT NULL,
    action character varying(25) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_seq_rulecond (
    id bigint NOT NULL,
    scoid bigint NOT NULL,
    ruleconditionsid bigint NOT NULL,
    refrencedobjective character varying(255) NOT NULL,
    measurethreshold double precision NOT NULL,
    operator character varying(5) NOT NULL,
    cond character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_seq_rolluprule (
    id bigint NOT NULL,
    scoid bigint NOT NULL,
    childactivityset character varying(15) NOT NULL,
    minimumcount bigint NOT NULL,
    minimumpercent double precision NOT NULL,
    conditioncombination character varying(3) NOT NULL,
    action character varying(15) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_seq_rolluprulecond (
    id bigint NOT NULL,
    scoid bigint NOT NULL,
    rollupruleid bigint NOT NULL,
    operator character varying(5) NOT NULL,
    cond character varying(25) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_scorm_aicc_session (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    scormid bigint NOT NULL,
    hacpsession character varying(255) NOT NULL,
    scoid bigint,
    scormmode character varying(50),
    scormstatus character varying(255),
    attempt bigint,
    lessonstatus character varying(255),
    sessiontime character varying(255),
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_survey (
    id bigint NOT NULL,
    course bigint NOT NULL,
    template bigint NOT NULL,
    days integer NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text NOT NULL,
    introformat smallint NOT NULL,
    questions character varying(255) NOT NULL,
    completionsubmit smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_survey_questions (
    id bigint NOT NULL,
    text character varying(255) NOT NULL,
    shorttext character varying(30) NOT NULL,
    multi character varying(100) NOT NULL,
    intro character varying(50) NOT NULL,
    type smallint NOT NULL,
    options text,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_survey_answers (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    survey bigint NOT NULL,
    question bigint NOT NULL,
    time bigint NOT NULL,
    answer1 text NOT NULL,
    answer2 text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_survey_analysis (
    id bigint NOT NULL,
    survey bigint NOT NULL,
    userid bigint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_url (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    externalurl text NOT NULL,
    display smallint NOT NULL,
    displayoptions text,
    parameters text,
    timemodified bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_wiki (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    firstpagetitle character varying(255) NOT NULL,
    wikimode character varying(20) NOT NULL,
    defaultformat character varying(20) NOT NULL,
    forceformat smallint NOT NULL,
    editbegin bigint NOT NULL,
    editend bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_wiki_subwikis (
    id bigint NOT NULL,
    wikiid bigint NOT NULL,
    groupid bigint NOT NULL,
    userid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_wiki_pages (
    id bigint NOT NULL,
    subwikiid bigint NOT NULL,
    title character varying(255) NOT NULL,
    cachedcontent text NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    timerendered bigint NOT NULL,
    userid bigint NOT NULL,
    pageviews bigint NOT NULL,
    readonly smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_wiki_versions (
    id bigint NOT NULL,
    pageid bigint NOT NULL,
    content text NOT NULL,
    contentformat character varying(20) NOT NULL,
    version integer NOT NULL,
    timecreated bigint NOT NULL,
    userid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_wiki_synonyms (
    id bigint NOT NULL,
    subwikiid bigint NOT NULL,
    pageid bigint NOT NULL,
    pagesynonym character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_wiki_links (
    id bigint NOT NULL,
    subwikiid bigint NOT NULL,
    frompageid bigint NOT NULL,
    topageid bigint NOT NULL,
    tomissingpage character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_wiki_locks (
    id bigint NOT NULL,
    pageid bigint NOT NULL,
    sectionname character varying(255),
    userid bigint NOT NULL,
    lockedat bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_workshop (
    id bigint NOT NULL,
    course bigint NOT NULL,
    name character varying(255) NOT NULL,
    intro text,
    introformat smallint NOT NULL,
    instructauthors text,
    instructauthorsformat smallint NOT NULL,
    instructreviewers text,
    instructreviewersformat smallint NOT NULL,
    timemodified bigint NOT NULL,
    phase smallint,
    useexamples smallint,
    usepeerassessment smallint,
    useselfassessment smallint,
    grade numeric(10,5),
    gradinggrade numeric(10,5),
    strategy character varying(30) NOT NULL,
    evaluation character varying(30) NOT NULL,
    gradedecimals smallint,
    submissiontypetext smallint NOT NULL,
    submissiontypefile smallint NOT NULL,
    nattachments smallint,
    submissionfiletypes character varying(255),
    latesubmissions smallint,
    maxbytes bigint,
    examplesmode smallint,
    submissionstart bigint,
    submissionend bigint,
    assessmentstart bigint,
    assessmentend bigint,
    phaseswitchassessment smallint NOT NULL,
    conclusion text,
    conclusionformat smallint NOT NULL,
    overallfeedbackmode smallint,
    overallfeedbackfiles smallint,
    overallfeedbackfiletypes character varying(255),
    overallfeedbackmaxbytes bigint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_workshop_submissions (
    id bigint NOT NULL,
    workshopid bigint NOT NULL,
    example smallint,
    authorid bigint NOT NULL,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    contentformat smallint NOT NULL,
    contenttrust smallint NOT NULL,
    attachment smallint,
    grade numeric(10,5),
    gradeover numeric(10,5),
    gradeoverby bigint,
    feedbackauthor text,
    feedbackauthorformat smallint,
    timegraded bigint,
    published smallint,
    late smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_workshop_assessments (
    id bigint NOT NULL,
    submissionid bigint NOT NULL,
    reviewerid bigint NOT NULL,
    weight bigint NOT NULL,
    timecreated bigint,
    timemodified bigint,
    grade numeric(10,5),
    gradinggrade numeric(10,5),
    gradinggradeover numeric(10,5),
    gradinggradeoverby bigint,
    feedbackauthor text,
    feedbackauthorformat smallint,
    feedbackauthorattachment smallint,
    feedbackreviewer text,
    feedbackreviewerformat smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_workshop_grades (
    id bigint NOT NULL,
    assessmentid bigint NOT NULL,
    strategy character varying(30) NOT NULL,
    dimensionid bigint NOT NULL,
    grade numeric(10,5),
    peercomment text,
    peercommentformat smallint,
    PRIMARY KEY (id)
);
CREATE TABLE moodle.mdl_workshop_aggregations (
    id bigint NOT NULL,
    workshopid bigint NOT NULL,
    userid bigint NOT NULL,
    gradinggrade numeric(10,5),
    timegraded bigint,
    PRIMARY KEY (id)
);
ALTER TABLE moodle.mdl_config_log ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_upgrade_log ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_course_categories ADD FOREIGN KEY (parent) REFERENCES moodle.mdl_course_categories (id);
ALTER TABLE moodle.mdl_enrol ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_user_enrolments ADD FOREIGN KEY (enrolid) REFERENCES moodle.mdl_enrol (id);
ALTER TABLE moodle.mdl_user_enrolments ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_user_enrolments ADD FOREIGN KEY (modifierid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_course_modules ADD FOREIGN KEY (groupingid) REFERENCES moodle.mdl_groupings (id);
ALTER TABLE moodle.mdl_course_format_options ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_filter_active ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_filter_config ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_event ADD FOREIGN KEY (categoryid) REFERENCES moodle.mdl_course_categories (id);
ALTER TABLE moodle.mdl_event ADD FOREIGN KEY (subscriptionid) REFERENCES moodle.mdl_event_subscriptions (id);
ALTER TABLE moodle.mdl_messages ADD FOREIGN KEY (useridfrom) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_messages ADD FOREIGN KEY (conversationid) REFERENCES moodle.mdl_message_conversations (id);
ALTER TABLE moodle.mdl_message_conversations ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_message_conversation_members ADD FOREIGN KEY (conversationid) REFERENCES moodle.mdl_message_conversations (id);
ALTER TABLE moodle.mdl_message_conversation_members ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_conversation_actions ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_conversation_actions ADD FOREIGN KEY (conversationid) REFERENCES moodle.mdl_message_conversations (id);
ALTER TABLE moodle.mdl_message_user_actions ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_user_actions ADD FOREIGN KEY (messageid) REFERENCES moodle.mdl_messages (id);
ALTER TABLE moodle.mdl_notifications ADD FOREIGN KEY (useridto) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_contacts ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_contacts ADD FOREIGN KEY (contactid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_contact_requests ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_contact_requests ADD FOREIGN KEY (requesteduserid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_users_blocked ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_message_users_blocked ADD FOREIGN KEY (blockeduserid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_sessions ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_user_password_history ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_scale_history ADD FOREIGN KEY (oldid) REFERENCES moodle.mdl_scale (id);
ALTER TABLE moodle.mdl_scale_history ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_scale_history ADD FOREIGN KEY (loggeduser) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_post ADD FOREIGN KEY (usermodified) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_role_allow_assign ADD FOREIGN KEY (roleid) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_allow_assign ADD FOREIGN KEY (allowassign) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_allow_override ADD FOREIGN KEY (roleid) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_allow_override ADD FOREIGN KEY (allowoverride) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_allow_switch ADD FOREIGN KEY (roleid) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_allow_switch ADD FOREIGN KEY (allowswitch) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_allow_view ADD FOREIGN KEY (roleid) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_allow_view ADD FOREIGN KEY (allowview) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_assignments ADD FOREIGN KEY (roleid) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_assignments ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_role_assignments ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_role_capabilities ADD FOREIGN KEY (roleid) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_capabilities ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_role_capabilities ADD FOREIGN KEY (modifierid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_role_capabilities ADD FOREIGN KEY (capability) REFERENCES moodle.mdl_capabilities (name);
ALTER TABLE moodle.mdl_role_names ADD FOREIGN KEY (roleid) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_role_names ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_role_context_levels ADD FOREIGN KEY (roleid) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_question_categories ADD FOREIGN KEY (parent) REFERENCES moodle.mdl_question_categories (id);
ALTER TABLE moodle.mdl_question ADD FOREIGN KEY (category) REFERENCES moodle.mdl_question_categories (id);
ALTER TABLE moodle.mdl_question ADD FOREIGN KEY (parent) REFERENCES moodle.mdl_question (id);
ALTER TABLE moodle.mdl_question ADD FOREIGN KEY (createdby) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_question ADD FOREIGN KEY (modifiedby) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_question_answers ADD FOREIGN KEY (question) REFERENCES moodle.mdl_question (id);
ALTER TABLE moodle.mdl_question_hints ADD FOREIGN KEY (questionid) REFERENCES moodle.mdl_question (id);
ALTER TABLE moodle.mdl_question_usages ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_question_attempts ADD FOREIGN KEY (questionid) REFERENCES moodle.mdl_question (id);
ALTER TABLE moodle.mdl_question_attempts ADD FOREIGN KEY (questionusageid) REFERENCES moodle.mdl_question_usages (id);
ALTER TABLE moodle.mdl_question_attempt_steps ADD FOREIGN KEY (questionattemptid) REFERENCES moodle.mdl_question_attempts (id);
ALTER TABLE moodle.mdl_question_attempt_steps ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_question_attempt_step_data ADD FOREIGN KEY (attemptstepid) REFERENCES moodle.mdl_question_attempt_steps (id);
ALTER TABLE moodle.mdl_question_response_count ADD FOREIGN KEY (analysisid) REFERENCES moodle.mdl_question_response_analysis (id);
ALTER TABLE moodle.mdl_mnet_host ADD FOREIGN KEY (applicationid) REFERENCES moodle.mdl_mnet_application (id);
ALTER TABLE moodle.mdl_events_queue ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_events_queue_handlers ADD FOREIGN KEY (queuedeventid) REFERENCES moodle.mdl_events_queue (id);
ALTER TABLE moodle.mdl_events_queue_handlers ADD FOREIGN KEY (handlerid) REFERENCES moodle.mdl_events_handlers (id);
ALTER TABLE moodle.mdl_grade_outcomes ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_grade_outcomes ADD FOREIGN KEY (scaleid) REFERENCES moodle.mdl_scale (id);
ALTER TABLE moodle.mdl_grade_outcomes ADD FOREIGN KEY (usermodified) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_outcomes_courses ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_grade_outcomes_courses ADD FOREIGN KEY (outcomeid) REFERENCES moodle.mdl_grade_outcomes (id);
ALTER TABLE moodle.mdl_grade_categories ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_grade_categories ADD FOREIGN KEY (parent) REFERENCES moodle.mdl_grade_categories (id);
ALTER TABLE moodle.mdl_grade_items ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_grade_items ADD FOREIGN KEY (categoryid) REFERENCES moodle.mdl_grade_categories (id);
ALTER TABLE moodle.mdl_grade_items ADD FOREIGN KEY (scaleid) REFERENCES moodle.mdl_scale (id);
ALTER TABLE moodle.mdl_grade_items ADD FOREIGN KEY (outcomeid) REFERENCES moodle.mdl_grade_outcomes (id);
ALTER TABLE moodle.mdl_grade_grades ADD FOREIGN KEY (itemid) REFERENCES moodle.mdl_grade_items (id);
ALTER TABLE moodle.mdl_grade_grades ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_grades ADD FOREIGN KEY (rawscaleid) REFERENCES moodle.mdl_scale (id);
ALTER TABLE moodle.mdl_grade_grades ADD FOREIGN KEY (usermodified) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_outcomes_history ADD FOREIGN KEY (oldid) REFERENCES moodle.mdl_grade_outcomes (id);
ALTER TABLE moodle.mdl_grade_outcomes_history ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_grade_outcomes_history ADD FOREIGN KEY (scaleid) REFERENCES moodle.mdl_scale (id);
ALTER TABLE moodle.mdl_grade_outcomes_history ADD FOREIGN KEY (loggeduser) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_categories_history ADD FOREIGN KEY (oldid) REFERENCES moodle.mdl_grade_categories (id);
ALTER TABLE moodle.mdl_grade_categories_history ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_grade_categories_history ADD FOREIGN KEY (parent) REFERENCES moodle.mdl_grade_categories (id);
ALTER TABLE moodle.mdl_grade_categories_history ADD FOREIGN KEY (loggeduser) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_items_history ADD FOREIGN KEY (oldid) REFERENCES moodle.mdl_grade_items (id);
ALTER TABLE moodle.mdl_grade_items_history ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_grade_items_history ADD FOREIGN KEY (categoryid) REFERENCES moodle.mdl_grade_categories (id);
ALTER TABLE moodle.mdl_grade_items_history ADD FOREIGN KEY (scaleid) REFERENCES moodle.mdl_scale (id);
ALTER TABLE moodle.mdl_grade_items_history ADD FOREIGN KEY (outcomeid) REFERENCES moodle.mdl_grade_outcomes (id);
ALTER TABLE moodle.mdl_grade_items_history ADD FOREIGN KEY (loggeduser) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_grades_history ADD FOREIGN KEY (oldid) REFERENCES moodle.mdl_grade_grades (id);
ALTER TABLE moodle.mdl_grade_grades_history ADD FOREIGN KEY (itemid) REFERENCES moodle.mdl_grade_items (id);
ALTER TABLE moodle.mdl_grade_grades_history ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_grades_history ADD FOREIGN KEY (rawscaleid) REFERENCES moodle.mdl_scale (id);
ALTER TABLE moodle.mdl_grade_grades_history ADD FOREIGN KEY (usermodified) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_grades_history ADD FOREIGN KEY (loggeduser) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_import_newitem ADD FOREIGN KEY (importer) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_import_values ADD FOREIGN KEY (itemid) REFERENCES moodle.mdl_grade_items (id);
ALTER TABLE moodle.mdl_grade_import_values ADD FOREIGN KEY (newgradeitem) REFERENCES moodle.mdl_grade_import_newitem (id);
ALTER TABLE moodle.mdl_grade_import_values ADD FOREIGN KEY (importer) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_tag_area ADD FOREIGN KEY (tagcollid) REFERENCES moodle.mdl_tag_coll (id);
ALTER TABLE moodle.mdl_tag ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_tag ADD FOREIGN KEY (tagcollid) REFERENCES moodle.mdl_tag_coll (id);
ALTER TABLE moodle.mdl_tag_correlation ADD FOREIGN KEY (tagid) REFERENCES moodle.mdl_tag (id);
ALTER TABLE moodle.mdl_tag_instance ADD FOREIGN KEY (tagid) REFERENCES moodle.mdl_tag (id);
ALTER TABLE moodle.mdl_tag_instance ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_groups ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_groupings ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_groups_members ADD FOREIGN KEY (groupid) REFERENCES moodle.mdl_groups (id);
ALTER TABLE moodle.mdl_groups_members ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_groupings_groups ADD FOREIGN KEY (groupingid) REFERENCES moodle.mdl_groupings (id);
ALTER TABLE moodle.mdl_groupings_groups ADD FOREIGN KEY (groupid) REFERENCES moodle.mdl_groups (id);
ALTER TABLE moodle.mdl_cohort ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_cohort_members ADD FOREIGN KEY (cohortid) REFERENCES moodle.mdl_cohort (id);
ALTER TABLE moodle.mdl_cohort_members ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_user_private_key ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grade_settings ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_portfolio_instance_config ADD FOREIGN KEY (instance) REFERENCES moodle.mdl_portfolio_instance (id);
ALTER TABLE moodle.mdl_portfolio_instance_user ADD FOREIGN KEY (instance) REFERENCES moodle.mdl_portfolio_instance (id);
ALTER TABLE moodle.mdl_portfolio_instance_user ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_portfolio_log ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_portfolio_log ADD FOREIGN KEY (portfolio) REFERENCES moodle.mdl_portfolio_instance (id);
ALTER TABLE moodle.mdl_portfolio_tempdata ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_portfolio_tempdata ADD FOREIGN KEY (instance) REFERENCES moodle.mdl_portfolio_instance (id);
ALTER TABLE moodle.mdl_files ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_files ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_files ADD FOREIGN KEY (referencefileid) REFERENCES moodle.mdl_files_reference (id);
ALTER TABLE moodle.mdl_files_reference ADD FOREIGN KEY (repositoryid) REFERENCES moodle.mdl_repository_instances (id);
ALTER TABLE moodle.mdl_file_conversion ADD FOREIGN KEY (sourcefileid) REFERENCES moodle.mdl_files (id);
ALTER TABLE moodle.mdl_file_conversion ADD FOREIGN KEY (destfileid) REFERENCES moodle.mdl_files (id);
ALTER TABLE moodle.mdl_block_instances ADD FOREIGN KEY (parentcontextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_block_positions ADD FOREIGN KEY (blockinstanceid) REFERENCES moodle.mdl_block_instances (id);
ALTER TABLE moodle.mdl_block_positions ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_comments ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_external_services_functions ADD FOREIGN KEY (externalserviceid) REFERENCES moodle.mdl_external_services (id);
ALTER TABLE moodle.mdl_external_services_users ADD FOREIGN KEY (externalserviceid) REFERENCES moodle.mdl_external_services (id);
ALTER TABLE moodle.mdl_external_services_users ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_external_tokens ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_external_tokens ADD FOREIGN KEY (externalserviceid) REFERENCES moodle.mdl_external_services (id);
ALTER TABLE moodle.mdl_external_tokens ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_external_tokens ADD FOREIGN KEY (creatorid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_blog_association ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_blog_association ADD FOREIGN KEY (blogid) REFERENCES moodle.mdl_post (id);
ALTER TABLE moodle.mdl_blog_external ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_rating ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_rating ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_backup_controllers ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_backup_logs ADD FOREIGN KEY (backupid) REFERENCES moodle.mdl_backup_controllers (backupid);
ALTER TABLE moodle.mdl_grading_areas ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_grading_definitions ADD FOREIGN KEY (areaid) REFERENCES moodle.mdl_grading_areas (id);
ALTER TABLE moodle.mdl_grading_definitions ADD FOREIGN KEY (usermodified) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grading_definitions ADD FOREIGN KEY (usercreated) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_grading_instances ADD FOREIGN KEY (definitionid) REFERENCES moodle.mdl_grading_definitions (id);
ALTER TABLE moodle.mdl_grading_instances ADD FOREIGN KEY (raterid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_badge ADD FOREIGN KEY (usermodified) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge ADD FOREIGN KEY (usercreated) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge_criteria ADD FOREIGN KEY (badgeid) REFERENCES moodle.mdl_badge (id);
ALTER TABLE moodle.mdl_badge_criteria_param ADD FOREIGN KEY (critid) REFERENCES moodle.mdl_badge_criteria (id);
ALTER TABLE moodle.mdl_badge_issued ADD FOREIGN KEY (badgeid) REFERENCES moodle.mdl_badge (id);
ALTER TABLE moodle.mdl_badge_issued ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge_criteria_met ADD FOREIGN KEY (critid) REFERENCES moodle.mdl_badge_criteria (id);
ALTER TABLE moodle.mdl_badge_criteria_met ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge_criteria_met ADD FOREIGN KEY (issuedid) REFERENCES moodle.mdl_badge_issued (id);
ALTER TABLE moodle.mdl_badge_endorsement ADD FOREIGN KEY (badgeid) REFERENCES moodle.mdl_badge (id);
ALTER TABLE moodle.mdl_badge_manual_award ADD FOREIGN KEY (badgeid) REFERENCES moodle.mdl_badge (id);
ALTER TABLE moodle.mdl_badge_manual_award ADD FOREIGN KEY (recipientid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge_manual_award ADD FOREIGN KEY (issuerid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge_manual_award ADD FOREIGN KEY (issuerrole) REFERENCES moodle.mdl_role (id);
ALTER TABLE moodle.mdl_badge_backpack ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge_backpack ADD FOREIGN KEY (externalbackpackid) REFERENCES moodle.mdl_badge_external_backpack (id);
ALTER TABLE moodle.mdl_badge_backpack_oauth2 ADD FOREIGN KEY (usermodified) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge_backpack_oauth2 ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_badge_backpack_oauth2 ADD FOREIGN KEY (issuerid) REFERENCES moodle.mdl_oauth2_issuer (id);
ALTER TABLE moodle.mdl_badge_backpack_oauth2 ADD FOREIGN KEY (externalbackpackid) REFERENCES moodle.mdl_badge_external_backpack (id);
ALTER TABLE moodle.mdl_badge_external ADD FOREIGN KEY (backpackid) REFERENCES moodle.mdl_badge_backpack (id);
ALTER TABLE moodle.mdl_badge_external_identifier ADD FOREIGN KEY (sitebackpackid) REFERENCES moodle.mdl_badge_backpack (id);
ALTER TABLE moodle.mdl_badge_alignment ADD FOREIGN KEY (badgeid) REFERENCES moodle.mdl_badge (id);
ALTER TABLE moodle.mdl_badge_related ADD FOREIGN KEY (badgeid) REFERENCES moodle.mdl_badge (id);
ALTER TABLE moodle.mdl_badge_related ADD FOREIGN KEY (relatedbadgeid) REFERENCES moodle.mdl_badge (id);
ALTER TABLE moodle.mdl_badge_external_backpack ADD FOREIGN KEY (oauth2_issuerid) REFERENCES moodle.mdl_oauth2_issuer (id);
ALTER TABLE moodle.mdl_user_devices ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_user_password_resets ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_task_adhoc ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_messageinbound_datakeys ADD FOREIGN KEY (handler) REFERENCES moodle.mdl_messageinbound_handlers (id);
ALTER TABLE moodle.mdl_messageinbound_messagelist ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_competency_coursecompsetting ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_competency_coursecomp ADD FOREIGN KEY (courseid) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_competency_coursecomp ADD FOREIGN KEY (competencyid) REFERENCES moodle.mdl_competency (id);
ALTER TABLE moodle.mdl_competency_templatecomp ADD FOREIGN KEY (templateid) REFERENCES moodle.mdl_competency_template (id);
ALTER TABLE moodle.mdl_competency_templatecomp ADD FOREIGN KEY (competencyid) REFERENCES moodle.mdl_competency (id);
ALTER TABLE moodle.mdl_competency_modulecomp ADD FOREIGN KEY (cmid) REFERENCES moodle.mdl_course_modules (id);
ALTER TABLE moodle.mdl_competency_modulecomp ADD FOREIGN KEY (competencyid) REFERENCES moodle.mdl_competency (id);
ALTER TABLE moodle.mdl_oauth2_endpoint ADD FOREIGN KEY (issuerid) REFERENCES moodle.mdl_oauth2_issuer (id);
ALTER TABLE moodle.mdl_oauth2_system_account ADD FOREIGN KEY (issuerid) REFERENCES moodle.mdl_oauth2_issuer (id);
ALTER TABLE moodle.mdl_oauth2_user_field_mapping ADD FOREIGN KEY (issuerid) REFERENCES moodle.mdl_oauth2_issuer (id);
ALTER TABLE moodle.mdl_course_completion_defaults ADD FOREIGN KEY (module) REFERENCES moodle.mdl_modules (id);
ALTER TABLE moodle.mdl_course_completion_defaults ADD FOREIGN KEY (course) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_analytics_models_log ADD FOREIGN KEY (modelid) REFERENCES moodle.mdl_analytics_models (id);
ALTER TABLE moodle.mdl_analytics_predictions ADD FOREIGN KEY (modelid) REFERENCES moodle.mdl_analytics_models (id);
ALTER TABLE moodle.mdl_analytics_predictions ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_analytics_train_samples ADD FOREIGN KEY (modelid) REFERENCES moodle.mdl_analytics_models (id);
ALTER TABLE moodle.mdl_analytics_predict_samples ADD FOREIGN KEY (modelid) REFERENCES moodle.mdl_analytics_models (id);
ALTER TABLE moodle.mdl_analytics_used_files ADD FOREIGN KEY (modelid) REFERENCES moodle.mdl_analytics_models (id);
ALTER TABLE moodle.mdl_analytics_used_files ADD FOREIGN KEY (fileid) REFERENCES moodle.mdl_files (id);
ALTER TABLE moodle.mdl_analytics_indicator_calc ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_analytics_prediction_actions ADD FOREIGN KEY (predictionid) REFERENCES moodle.mdl_analytics_predictions (id);
ALTER TABLE moodle.mdl_analytics_prediction_actions ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_oauth2_access_token ADD FOREIGN KEY (issuerid) REFERENCES moodle.mdl_oauth2_issuer (id);
ALTER TABLE moodle.mdl_analytics_used_analysables ADD FOREIGN KEY (modelid) REFERENCES moodle.mdl_analytics_models (id);
ALTER TABLE moodle.mdl_search_index_requests ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_favourite ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_favourite ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_customfield_category ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_customfield_field ADD FOREIGN KEY (categoryid) REFERENCES moodle.mdl_customfield_category (id);
ALTER TABLE moodle.mdl_customfield_data ADD FOREIGN KEY (fieldid) REFERENCES moodle.mdl_customfield_field (id);
ALTER TABLE moodle.mdl_customfield_data ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_h5p_library_dependencies ADD FOREIGN KEY (libraryid) REFERENCES moodle.mdl_h5p_libraries (id);
ALTER TABLE moodle.mdl_h5p_library_dependencies ADD FOREIGN KEY (requiredlibraryid) REFERENCES moodle.mdl_h5p_libraries (id);
ALTER TABLE moodle.mdl_h5p ADD FOREIGN KEY (mainlibraryid) REFERENCES moodle.mdl_h5p_libraries (id);
ALTER TABLE moodle.mdl_h5p_contents_libraries ADD FOREIGN KEY (h5pid) REFERENCES moodle.mdl_h5p (id);
ALTER TABLE moodle.mdl_h5p_contents_libraries ADD FOREIGN KEY (libraryid) REFERENCES moodle.mdl_h5p_libraries (id);
ALTER TABLE moodle.mdl_h5p_libraries_cachedassets ADD FOREIGN KEY (libraryid) REFERENCES moodle.mdl_h5p_libraries (id);
ALTER TABLE moodle.mdl_contentbank_content ADD FOREIGN KEY (contextid) REFERENCES moodle.mdl_context (id);
ALTER TABLE moodle.mdl_contentbank_content ADD FOREIGN KEY (usermodified) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_contentbank_content ADD FOREIGN KEY (usercreated) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_payment_gateways ADD FOREIGN KEY (accountid) REFERENCES moodle.mdl_payment_accounts (id);
ALTER TABLE moodle.mdl_payments ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_payments ADD FOREIGN KEY (accountid) REFERENCES moodle.mdl_payment_accounts (id);
ALTER TABLE moodle.mdl_infected_files ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_oauth2_refresh_token ADD FOREIGN KEY (issuerid) REFERENCES moodle.mdl_oauth2_issuer (id);
ALTER TABLE moodle.mdl_oauth2_refresh_token ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_assign_submission ADD FOREIGN KEY (assignment) REFERENCES moodle.mdl_assign (id);
ALTER TABLE moodle.mdl_assign_grades ADD FOREIGN KEY (assignment) REFERENCES moodle.mdl_assign (id);
ALTER TABLE moodle.mdl_assign_plugin_config ADD FOREIGN KEY (assignment) REFERENCES moodle.mdl_assign (id);
ALTER TABLE moodle.mdl_assign_user_mapping ADD FOREIGN KEY (assignment) REFERENCES moodle.mdl_assign (id);
ALTER TABLE moodle.mdl_assign_user_mapping ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_assign_user_flags ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_assign_user_flags ADD FOREIGN KEY (assignment) REFERENCES moodle.mdl_assign (id);
ALTER TABLE moodle.mdl_assign_overrides ADD FOREIGN KEY (assignid) REFERENCES moodle.mdl_assign (id);
ALTER TABLE moodle.mdl_assign_overrides ADD FOREIGN KEY (groupid) REFERENCES moodle.mdl_groups (id);
ALTER TABLE moodle.mdl_assign_overrides ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_chat_messages ADD FOREIGN KEY (chatid) REFERENCES moodle.mdl_chat (id);
ALTER TABLE moodle.mdl_chat_messages_current ADD FOREIGN KEY (chatid) REFERENCES moodle.mdl_chat (id);
ALTER TABLE moodle.mdl_chat_users ADD FOREIGN KEY (chatid) REFERENCES moodle.mdl_chat (id);
ALTER TABLE moodle.mdl_choice_options ADD FOREIGN KEY (choiceid) REFERENCES moodle.mdl_choice (id);
ALTER TABLE moodle.mdl_choice_answers ADD FOREIGN KEY (choiceid) REFERENCES moodle.mdl_choice (id);
ALTER TABLE moodle.mdl_choice_answers ADD FOREIGN KEY (optionid) REFERENCES moodle.mdl_choice_options (id);
ALTER TABLE moodle.mdl_data_fields ADD FOREIGN KEY (dataid) REFERENCES moodle.mdl_data (id);
ALTER TABLE moodle.mdl_data_records ADD FOREIGN KEY (dataid) REFERENCES moodle.mdl_data (id);
ALTER TABLE moodle.mdl_data_content ADD FOREIGN KEY (recordid) REFERENCES moodle.mdl_data_records (id);
ALTER TABLE moodle.mdl_data_content ADD FOREIGN KEY (fieldid) REFERENCES moodle.mdl_data_fields (id);
ALTER TABLE moodle.mdl_feedback_item ADD FOREIGN KEY (feedback) REFERENCES moodle.mdl_feedback (id);
ALTER TABLE moodle.mdl_feedback_item ADD FOREIGN KEY (template) REFERENCES moodle.mdl_feedback_template (id);
ALTER TABLE moodle.mdl_feedback_completed ADD FOREIGN KEY (feedback) REFERENCES moodle.mdl_feedback (id);
ALTER TABLE moodle.mdl_feedback_completedtmp ADD FOREIGN KEY (feedback) REFERENCES moodle.mdl_feedback (id);
ALTER TABLE moodle.mdl_feedback_value ADD FOREIGN KEY (item) REFERENCES moodle.mdl_feedback_item (id);
ALTER TABLE moodle.mdl_feedback_valuetmp ADD FOREIGN KEY (item) REFERENCES moodle.mdl_feedback_item (id);
ALTER TABLE moodle.mdl_feedback_sitecourse_map ADD FOREIGN KEY (feedbackid) REFERENCES moodle.mdl_feedback (id);
ALTER TABLE moodle.mdl_forum_discussions ADD FOREIGN KEY (forum) REFERENCES moodle.mdl_forum (id);
ALTER TABLE moodle.mdl_forum_posts ADD FOREIGN KEY (discussion) REFERENCES moodle.mdl_forum_discussions (id);
ALTER TABLE moodle.mdl_forum_posts ADD FOREIGN KEY (parent) REFERENCES moodle.mdl_forum_posts (id);
ALTER TABLE moodle.mdl_forum_queue ADD FOREIGN KEY (discussionid) REFERENCES moodle.mdl_forum_discussions (id);
ALTER TABLE moodle.mdl_forum_queue ADD FOREIGN KEY (postid) REFERENCES moodle.mdl_forum_posts (id);
ALTER TABLE moodle.mdl_forum_subscriptions ADD FOREIGN KEY (forum) REFERENCES moodle.mdl_forum (id);
ALTER TABLE moodle.mdl_forum_digests ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_forum_digests ADD FOREIGN KEY (forum) REFERENCES moodle.mdl_forum (id);
ALTER TABLE moodle.mdl_forum_discussion_subs ADD FOREIGN KEY (forum) REFERENCES moodle.mdl_forum (id);
ALTER TABLE moodle.mdl_forum_discussion_subs ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_forum_discussion_subs ADD FOREIGN KEY (discussion) REFERENCES moodle.mdl_forum_discussions (id);
ALTER TABLE moodle.mdl_forum_grades ADD FOREIGN KEY (forum) REFERENCES moodle.mdl_forum (id);
ALTER TABLE moodle.mdl_glossary_entries ADD FOREIGN KEY (glossaryid) REFERENCES moodle.mdl_glossary (id);
ALTER TABLE moodle.mdl_glossary_alias ADD FOREIGN KEY (entryid) REFERENCES moodle.mdl_glossary_entries (id);
ALTER TABLE moodle.mdl_glossary_categories ADD FOREIGN KEY (glossaryid) REFERENCES moodle.mdl_glossary (id);
ALTER TABLE moodle.mdl_glossary_entries_categories ADD FOREIGN KEY (categoryid) REFERENCES moodle.mdl_glossary_categories (id);
ALTER TABLE moodle.mdl_glossary_entries_categories ADD FOREIGN KEY (entryid) REFERENCES moodle.mdl_glossary_entries (id);
ALTER TABLE moodle.mdl_h5pactivity ADD FOREIGN KEY (course) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_h5pactivity_attempts ADD FOREIGN KEY (h5pactivityid) REFERENCES moodle.mdl_h5pactivity (id);
ALTER TABLE moodle.mdl_h5pactivity_attempts_results ADD FOREIGN KEY (attemptid) REFERENCES moodle.mdl_h5pactivity_attempts (id);
ALTER TABLE moodle.mdl_lesson_pages ADD FOREIGN KEY (lessonid) REFERENCES moodle.mdl_lesson (id);
ALTER TABLE moodle.mdl_lesson_answers ADD FOREIGN KEY (lessonid) REFERENCES moodle.mdl_lesson (id);
ALTER TABLE moodle.mdl_lesson_answers ADD FOREIGN KEY (pageid) REFERENCES moodle.mdl_lesson_pages (id);
ALTER TABLE moodle.mdl_lesson_attempts ADD FOREIGN KEY (lessonid) REFERENCES moodle.mdl_lesson (id);
ALTER TABLE moodle.mdl_lesson_attempts ADD FOREIGN KEY (pageid) REFERENCES moodle.mdl_lesson_pages (id);
ALTER TABLE moodle.mdl_lesson_attempts ADD FOREIGN KEY (answerid) REFERENCES moodle.mdl_lesson_answers (id);
ALTER TABLE moodle.mdl_lesson_grades ADD FOREIGN KEY (lessonid) REFERENCES moodle.mdl_lesson (id);
ALTER TABLE moodle.mdl_lesson_timer ADD FOREIGN KEY (lessonid) REFERENCES moodle.mdl_lesson (id);
ALTER TABLE moodle.mdl_lesson_branch ADD FOREIGN KEY (lessonid) REFERENCES moodle.mdl_lesson (id);
ALTER TABLE moodle.mdl_lesson_branch ADD FOREIGN KEY (pageid) REFERENCES moodle.mdl_lesson_pages (id);
ALTER TABLE moodle.mdl_lesson_overrides ADD FOREIGN KEY (lessonid) REFERENCES moodle.mdl_lesson (id);
ALTER TABLE moodle.mdl_lesson_overrides ADD FOREIGN KEY (groupid) REFERENCES moodle.mdl_groups (id);
ALTER TABLE moodle.mdl_lesson_overrides ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_lti_tool_settings ADD FOREIGN KEY (toolproxyid) REFERENCES moodle.mdl_lti_tool_proxies (id);
ALTER TABLE moodle.mdl_lti_tool_settings ADD FOREIGN KEY (typeid) REFERENCES moodle.mdl_lti_types (id);
ALTER TABLE moodle.mdl_lti_tool_settings ADD FOREIGN KEY (course) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_lti_tool_settings ADD FOREIGN KEY (coursemoduleid) REFERENCES moodle.mdl_lti (id);
ALTER TABLE moodle.mdl_lti_access_tokens ADD FOREIGN KEY (typeid) REFERENCES moodle.mdl_lti_types (id);
ALTER TABLE moodle.mdl_quiz_slots ADD FOREIGN KEY (quizid) REFERENCES moodle.mdl_quiz (id);
ALTER TABLE moodle.mdl_quiz_slots ADD FOREIGN KEY (questionid) REFERENCES moodle.mdl_question (id);
ALTER TABLE moodle.mdl_quiz_slots ADD FOREIGN KEY (questioncategoryid) REFERENCES moodle.mdl_question_categories (id);
ALTER TABLE moodle.mdl_quiz_sections ADD FOREIGN KEY (quizid) REFERENCES moodle.mdl_quiz (id);
ALTER TABLE moodle.mdl_quiz_feedback ADD FOREIGN KEY (quizid) REFERENCES moodle.mdl_quiz (id);
ALTER TABLE moodle.mdl_quiz_overrides ADD FOREIGN KEY (quiz) REFERENCES moodle.mdl_quiz (id);
ALTER TABLE moodle.mdl_quiz_overrides ADD FOREIGN KEY (groupid) REFERENCES moodle.mdl_groups (id);
ALTER TABLE moodle.mdl_quiz_overrides ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_quiz_attempts ADD FOREIGN KEY (quiz) REFERENCES moodle.mdl_quiz (id);
ALTER TABLE moodle.mdl_quiz_attempts ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_quiz_attempts ADD FOREIGN KEY (uniqueid) REFERENCES moodle.mdl_question_usages (id);
ALTER TABLE moodle.mdl_quiz_grades ADD FOREIGN KEY (quiz) REFERENCES moodle.mdl_quiz (id);
ALTER TABLE moodle.mdl_quiz_slot_tags ADD FOREIGN KEY (slotid) REFERENCES moodle.mdl_quiz_slots (id);
ALTER TABLE moodle.mdl_quiz_slot_tags ADD FOREIGN KEY (tagid) REFERENCES moodle.mdl_tag (id);
ALTER TABLE moodle.mdl_scorm_scoes ADD FOREIGN KEY (scorm) REFERENCES moodle.mdl_scorm (id);
ALTER TABLE moodle.mdl_scorm_scoes_data ADD FOREIGN KEY (scoid) REFERENCES moodle.mdl_scorm_scoes (id);
ALTER TABLE moodle.mdl_scorm_scoes_track ADD FOREIGN KEY (scormid) REFERENCES moodle.mdl_scorm (id);
ALTER TABLE moodle.mdl_scorm_scoes_track ADD FOREIGN KEY (scoid) REFERENCES moodle.mdl_scorm_scoes (id);
ALTER TABLE moodle.mdl_scorm_seq_objective ADD FOREIGN KEY (scoid) REFERENCES moodle.mdl_scorm_scoes (id);
ALTER TABLE moodle.mdl_scorm_seq_mapinfo ADD FOREIGN KEY (scoid) REFERENCES moodle.mdl_scorm_scoes (id);
ALTER TABLE moodle.mdl_scorm_seq_mapinfo ADD FOREIGN KEY (objectiveid) REFERENCES moodle.mdl_scorm_seq_objective (id);
ALTER TABLE moodle.mdl_scorm_seq_ruleconds ADD FOREIGN KEY (scoid) REFERENCES moodle.mdl_scorm_scoes (id);
ALTER TABLE moodle.mdl_scorm_seq_rulecond ADD FOREIGN KEY (scoid) REFERENCES moodle.mdl_scorm_scoes (id);
ALTER TABLE moodle.mdl_scorm_seq_rulecond ADD FOREIGN KEY (ruleconditionsid) REFERENCES moodle.mdl_scorm_seq_ruleconds (id);
ALTER TABLE moodle.mdl_scorm_seq_rolluprule ADD FOREIGN KEY (scoid) REFERENCES moodle.mdl_scorm_scoes (id);
ALTER TABLE moodle.mdl_scorm_seq_rolluprulecond ADD FOREIGN KEY (scoid) REFERENCES moodle.mdl_scorm_scoes (id);
ALTER TABLE moodle.mdl_scorm_seq_rolluprulecond ADD FOREIGN KEY (rollupruleid) REFERENCES moodle.mdl_scorm_seq_rolluprule (id);
ALTER TABLE moodle.mdl_scorm_aicc_session ADD FOREIGN KEY (scormid) REFERENCES moodle.mdl_scorm (id);
ALTER TABLE moodle.mdl_scorm_aicc_session ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_survey_answers ADD FOREIGN KEY (survey) REFERENCES moodle.mdl_survey (id);
ALTER TABLE moodle.mdl_survey_answers ADD FOREIGN KEY (question) REFERENCES moodle.mdl_survey_questions (id);
ALTER TABLE moodle.mdl_survey_analysis ADD FOREIGN KEY (survey) REFERENCES moodle.mdl_survey (id);
ALTER TABLE moodle.mdl_wiki_subwikis ADD FOREIGN KEY (wikiid) REFERENCES moodle.mdl_wiki (id);
ALTER TABLE moodle.mdl_wiki_pages ADD FOREIGN KEY (subwikiid) REFERENCES moodle.mdl_wiki_subwikis (id);
ALTER TABLE moodle.mdl_wiki_versions ADD FOREIGN KEY (pageid) REFERENCES moodle.mdl_wiki_pages (id);
ALTER TABLE moodle.mdl_wiki_links ADD FOREIGN KEY (frompageid) REFERENCES moodle.mdl_wiki_pages (id);
ALTER TABLE moodle.mdl_wiki_links ADD FOREIGN KEY (subwikiid) REFERENCES moodle.mdl_wiki_subwikis (id);
ALTER TABLE moodle.mdl_workshop ADD FOREIGN KEY (course) REFERENCES moodle.mdl_course (id);
ALTER TABLE moodle.mdl_workshop_submissions ADD FOREIGN KEY (workshopid) REFERENCES moodle.mdl_workshop (id);
ALTER TABLE moodle.mdl_workshop_submissions ADD FOREIGN KEY (gradeoverby) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_workshop_submissions ADD FOREIGN KEY (authorid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_workshop_assessments ADD FOREIGN KEY (submissionid) REFERENCES moodle.mdl_workshop_submissions (id);
ALTER TABLE moodle.mdl_workshop_assessments ADD FOREIGN KEY (gradinggradeoverby) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_workshop_assessments ADD FOREIGN KEY (reviewerid) REFERENCES moodle.mdl_user (id);
ALTER TABLE moodle.mdl_workshop_grades ADD FOREIGN KEY (assessmentid) REFERENCES moodle.mdl_workshop_assessments (id);
ALTER TABLE moodle.mdl_workshop_aggregations ADD FOREIGN KEY (workshopid) REFERENCES moodle.mdl_workshop (id);
ALTER TABLE moodle.mdl_workshop_aggregations ADD FOREIGN KEY (userid) REFERENCES moodle.mdl_user (id);
COMMENT ON TABLE moodle.mdl_config IS 'Moodle configuration variables';
COMMENT ON TABLE moodle.mdl_config_plugins IS 'Moodle modules and plugins configuration variables';
COMMENT ON TABLE moodle.mdl_config_log IS 'Changes done in server configuration through admin UI';
COMMENT ON COLUMN moodle.mdl_upgrade_log.type IS 'type: 0==info, 1==notice, 2==error';
COMMENT ON COLUMN moodle.mdl_upgrade_log.version IS 'plugin or main version if known';
COMMENT ON COLUMN moodle.mdl_upgrade_log.targetversion IS 'version of plugin or core specified in version.php at the time of upgrade loggging';
COMMENT ON TABLE moodle.mdl_upgrade_log IS 'Upgrade logging';
COMMENT ON COLUMN moodle.mdl_course.relativedatesmode IS 'Whether to let this course display course- or activity-related dates relative to the user''s enrolment date in this course.';
COMMENT ON COLUMN moodle.mdl_course.legacyfiles IS 'course files are not necessary any more: 0 no legacy files, 1 legacy files disabled, 2 legacy files enabled';
COMMENT ON COLUMN moodle.mdl_course.visibleold IS 'the state of visible field when hiding parent category, this helps us to recover hidden states when unhiding the parent category later';
COMMENT ON COLUMN moodle.mdl_course.defaultgroupingid IS 'default grouping used in course modules, does not have key intentionally';
COMMENT ON COLUMN moodle.mdl_course.enablecompletion IS '1 = allow use of ''completion'' progress-tracking on this course. 0 = disable completion tracking on this course.';
COMMENT ON COLUMN moodle.mdl_course.completionnotify IS 'Notify users when they complete this course';
COMMENT ON COLUMN moodle.mdl_course.cacherev IS 'Incrementing revision for validating the course content cache';
COMMENT ON COLUMN moodle.mdl_course.originalcourseid IS 'the id of the source course when a new course originates from a restore of another course on the same site.';
COMMENT ON COLUMN moodle.mdl_course.showactivitydates IS 'Whether to display activity dates to user. 0 = do not display, 1 = display activity dates';
COMMENT ON COLUMN moodle.mdl_course.showcompletionconditions IS 'Whether to display completion conditions to user. 0 = do not display, 1 = display conditions';
COMMENT ON TABLE moodle.mdl_course IS 'Central course table';
COMMENT ON COLUMN moodle.mdl_course_categories.visibleold IS 'the state of visible field when hiding parent category, this helps us to recover hidden states when unhiding the parent category later';
COMMENT ON COLUMN moodle.mdl_course_categories.theme IS 'Theme for the category';
COMMENT ON TABLE moodle.mdl_course_categories IS 'Course categories';
COMMENT ON COLUMN moodle.mdl_course_completion_aggr_methd.criteriatype IS 'The criteria type we are aggregating, or NULL if complete course aggregation';
COMMENT ON COLUMN moodle.mdl_course_completion_aggr_methd.method IS '1 = all, 2 = any, 3 = fraction, 4 = unit';
COMMENT ON COLUMN moodle.mdl_course_completion_aggr_methd.value IS 'NULL = all/any, 0..1 for method ''fraction'', > 0 for method ''unit''';
COMMENT ON TABLE moodle.mdl_course_completion_aggr_methd IS 'Course completion aggregation methods for criteria';
COMMENT ON COLUMN moodle.mdl_course_completion_criteria.criteriatype IS 'Type of criteria';
COMMENT ON COLUMN moodle.mdl_course_completion_criteria.module IS 'Type of module (if using module criteria type)';
COMMENT ON COLUMN moodle.mdl_course_completion_criteria.moduleinstance IS 'Module instance id (if using module criteria type)';
COMMENT ON COLUMN moodle.mdl_course_completion_criteria.courseinstance IS 'Course instance id (if using course criteria type)';
COMMENT ON COLUMN moodle.mdl_course_completion_criteria.enrolperiod IS 'Number of days after enrolment the course is completed (if using enrolperiod criteria type)';
COMMENT ON COLUMN moodle.mdl_course_completion_criteria.timeend IS 'Timestamp of the date for course completion (if using date criteria type)';
COMMENT ON COLUMN moodle.mdl_course_completion_criteria.gradepass IS 'The minimum grade needed to pass the course (if passing grade criteria enabled)';
COMMENT ON TABLE moodle.mdl_course_completion_criteria IS 'Course completion criteria';
COMMENT ON COLUMN moodle.mdl_course_completion_crit_compl.criteriaid IS 'Completion criteria this references';
COMMENT ON COLUMN moodle.mdl_course_completion_crit_compl.gradefinal IS 'The final grade for the course (included regardless of whether a passing grade was required)';
COMMENT ON COLUMN moodle.mdl_course_completion_crit_compl.unenroled IS 'Timestamp when the user was unenroled';
COMMENT ON TABLE moodle.mdl_course_completion_crit_compl IS 'Course completion user records';
COMMENT ON TABLE moodle.mdl_course_completions IS 'Course completion records';
COMMENT ON COLUMN moodle.mdl_enrol.status IS '0..9 are system constants, 0 means active enrolment, see ENROL_STATUS_* constants, plugins may define own status greater than 10';
COMMENT ON COLUMN moodle.mdl_enrol.sortorder IS 'order of enrol plugins in each course';
COMMENT ON COLUMN moodle.mdl_enrol.name IS 'Optional instance name';
COMMENT ON COLUMN moodle.mdl_enrol.enrolperiod IS 'Custom - enrolment duration';
COMMENT ON COLUMN moodle.mdl_enrol.enrolstartdate IS 'Custom - start of self enrolment';
COMMENT ON COLUMN moodle.mdl_enrol.enrolenddate IS 'Custom - end of enrolment';
COMMENT ON COLUMN moodle.mdl_enrol.expirynotify IS 'Custom - notify users before expiration';
COMMENT ON COLUMN moodle.mdl_enrol.expirythreshold IS 'Custom - when should be the participants notified';
COMMENT ON COLUMN moodle.mdl_enrol.notifyall IS 'Custom - Notify both participant and person responsible for enrolments';
COMMENT ON COLUMN moodle.mdl_enrol.password IS 'Custom - enrolment or access password';
COMMENT ON COLUMN moodle.mdl_enrol.cost IS 'Custom - enrolment cost';
COMMENT ON COLUMN moodle.mdl_enrol.currency IS 'Custom - cost currency';
COMMENT ON COLUMN moodle.mdl_enrol.roleid IS 'Custom - the default role given to participants who self-enrol';
COMMENT ON COLUMN moodle.mdl_enrol.customint1 IS 'Custom - general int';
COMMENT ON COLUMN moodle.mdl_enrol.customint2 IS 'Custom - general int';
COMMENT ON COLUMN moodle.mdl_enrol.customint3 IS 'Custom - general int';
COMMENT ON COLUMN moodle.mdl_enrol.customint4 IS 'Custom - general int';
COMMENT ON COLUMN moodle.mdl_enrol.customint5 IS 'Custom - general int';
COMMENT ON COLUMN moodle.mdl_enrol.customint6 IS 'Custom - general int';
COMMENT ON COLUMN moodle.mdl_enrol.customint7 IS 'Custom - general int';
COMMENT ON COLUMN moodle.mdl_enrol.customint8 IS 'Custom - general int';
COMMENT ON COLUMN moodle.mdl_enrol.customchar1 IS 'Custom - general short name';
COMMENT ON COLUMN moodle.mdl_enrol.customchar2 IS 'Custom - general short name';
COMMENT ON COLUMN moodle.mdl_enrol.customchar3 IS 'Custom - general short name';
COMMENT ON COLUMN moodle.mdl_enrol.customdec1 IS 'Custom - general decimal';
COMMENT ON COLUMN moodle.mdl_enrol.customdec2 IS 'Custom - general decimal';
COMMENT ON COLUMN moodle.mdl_enrol.customtext1 IS 'Custom - general text';
COMMENT ON COLUMN moodle.mdl_enrol.customtext2 IS 'Custom - general text';
COMMENT ON COLUMN moodle.mdl_enrol.customtext3 IS 'Custom - general text';
COMMENT ON COLUMN moodle.mdl_enrol.customtext4 IS 'Custom - general text';
COMMENT ON TABLE moodle.mdl_enrol IS 'Instances of enrolment plugins used in courses, fields marked as custom have a plugin defined meaning, core does not touch them. Create a new linked table if you need even more custom fields.';
COMMENT ON COLUMN moodle.mdl_user_enrolments.status IS '0..9 are system constants, 0 means active participation, see ENROL_PARTICIPATION_* constants, plugins may define own status greater than 10';
COMMENT ON TABLE moodle.mdl_user_enrolments IS 'Users participating in courses (aka enrolled users) - everybody who is participating/visible in course, that means both teachers and students';
COMMENT ON COLUMN moodle.mdl_course_modules.idnumber IS 'customizable idnumber';
COMMENT ON COLUMN moodle.mdl_course_modules.visibleoncoursepage IS 'If stealth visibility is allowed for the course, this controls whether activity is visible on course page';
COMMENT ON COLUMN moodle.mdl_course_modules.completion IS 'Whether the completion-tracking facilities are enabled for this activity. 0 = not enabled (database default) 1 = manual tracking, user can tick this activity off (UI default for most activity types) 2 = automatic tracking, system should mark completion according to rules specified in course_moduleS_completion';
COMMENT ON COLUMN moodle.mdl_course_modules.completiongradeitemnumber IS 'Grade-item number used to track automatic completion, if applicable.';
COMMENT ON COLUMN moodle.mdl_course_modules.completionview IS 'Controls whether a page view is part of the automatic completion requirements for this activity. 0 = view not required 1 = view required';
COMMENT ON COLUMN moodle.mdl_course_modules.completionexpected IS 'Date at which students are expected to complete this activity. This field is used when displaying student progress.';
COMMENT ON COLUMN moodle.mdl_course_modules.showdescription IS 'Some module types support a ''description'' which shows within the module pages. This option controls whether it also displays on the course main page. 0 = does not display (default), 1 = displays';
COMMENT ON COLUMN moodle.mdl_course_modules.availability IS 'Availability restrictions for viewing this activity, in JSON format. Null if no restrictions.';
COMMENT ON TABLE moodle.mdl_course_modules IS 'course_modules table retrofitted from MySQL';
COMMENT ON COLUMN moodle.mdl_course_modules_completion.coursemoduleid IS 'Activity that has been completed (or not).';
COMMENT ON COLUMN moodle.mdl_course_modules_completion.userid IS 'ID of user who has (or hasn''t) completed the activity.';
COMMENT ON COLUMN moodle.mdl_course_modules_completion.completionstate IS 'Whether or not the user has completed the activity. Available states: 0 = not completed [if there''s no row in this table, that also counts as 0] 1 = completed 2 = completed, show passed 3 = completed, show failed';
COMMENT ON COLUMN moodle.mdl_course_modules_completion.viewed IS 'Tracks whether or not this activity has been viewed. NULL = we are not tracking viewed for this activity 0 = not viewed 1 = viewed';
COMMENT ON COLUMN moodle.mdl_course_modules_completion.overrideby IS 'Tracks whether this completion state has been set manually to override a previous state.';
COMMENT ON COLUMN moodle.mdl_course_modules_completion.timemodified IS 'Time at which the completion state last changed.';
COMMENT ON TABLE moodle.mdl_course_modules_completion IS 'Stores the completion state (completed or not completed, etc) of each user on each activity.';
COMMENT ON COLUMN moodle.mdl_course_sections.availability IS 'Availability restrictions for viewing this section, in JSON format. Null if no restrictions.';
COMMENT ON COLUMN moodle.mdl_course_sections.timemodified IS 'Time at which the course section was last changed.';
COMMENT ON TABLE moodle.mdl_course_sections IS 'to define the sections for each course';
COMMENT ON TABLE moodle.mdl_course_request IS 'course requests';
COMMENT ON COLUMN moodle.mdl_course_format_options.courseid IS 'Id of the course';
COMMENT ON COLUMN moodle.mdl_course_format_options.format IS 'Format this option is for';
COMMENT ON COLUMN moodle.mdl_course_format_options.sectionid IS 'Null if this is a course option, otherwise id of the section this option is for';
COMMENT ON COLUMN moodle.mdl_course_format_options.name IS 'Name of the format option';
COMMENT ON COLUMN moodle.mdl_course_format_options.value IS 'Value of the format option';
COMMENT ON TABLE moodle.mdl_course_format_options IS 'Stores format-specific options for the course or course section';
COMMENT ON COLUMN moodle.mdl_filter_active.filter IS 'The filter internal name, like ''tex''.';
COMMENT ON COLUMN moodle.mdl_filter_active.contextid IS 'References context.id.';
COMMENT ON COLUMN moodle.mdl_filter_active.active IS 'Whether this filter is active in this context. +1 = On, -1 = Off, no row with this contextid = inherit. As a special case, when contextid points to the system context, -9999 means this filter is completely disabled.';
COMMENT ON COLUMN moodle.mdl_filter_active.sortorder IS 'Only relevant if contextid points to the system context. In other cases this field should contain 0. The order in which the filters should be applied.';
COMMENT ON TABLE moodle.mdl_filter_active IS 'Stores information about which filters are active in which contexts. Also the filter sort order. See get_active_filters in lib/filterlib.php for how this data is used.';
COMMENT ON COLUMN moodle.mdl_filter_config.filter IS 'The filter internal name, like ''tex''.';
COMMENT ON COLUMN moodle.mdl_filter_config.contextid IS 'References context.id.';
COMMENT ON COLUMN moodle.mdl_filter_config.name IS 'The config variable name.';
COMMENT ON COLUMN moodle.mdl_filter_config.value IS 'The correspoding config variable value.';
COMMENT ON TABLE moodle.mdl_filter_config IS 'Stores per-context configuration settings for filters which have them.';
COMMENT ON COLUMN moodle.mdl_event.component IS 'Component that created this event, if specified, only component itself can edit and delete it';
COMMENT ON COLUMN moodle.mdl_event.subscriptionid IS 'The event_subscription id this event is associated with.';
COMMENT ON COLUMN moodle.mdl_event.priority IS 'The event''s display priority. For multiple events with the same module name, instance and eventtype (e.g. for group overrides), the one with the higher priority will be displayed.';
COMMENT ON COLUMN moodle.mdl_event.location IS 'Event Location';
COMMENT ON TABLE moodle.mdl_event IS 'For everything with a time associated to it';
COMMENT ON TABLE moodle.mdl_cache_filters IS 'For keeping information about cached data';
COMMENT ON TABLE moodle.mdl_log IS 'Every action is logged as far as possible';
COMMENT ON COLUMN moodle.mdl_log_queries.qtype IS 'query type constant';
COMMENT ON COLUMN moodle.mdl_log_queries.sqltext IS 'query sql';
COMMENT ON COLUMN moodle.mdl_log_queries.sqlparams IS 'query parameters';
COMMENT ON COLUMN moodle.mdl_log_queries.error IS 'is error';
COMMENT ON COLUMN moodle.mdl_log_queries.info IS 'detailed info such as error text';
COMMENT ON COLUMN moodle.mdl_log_queries.backtrace IS 'php execution trace';
COMMENT ON COLUMN moodle.mdl_log_queries.exectime IS 'query execution time in seconds as float';
COMMENT ON COLUMN moodle.mdl_log_queries.timelogged IS 'timestamp when log info stored into db';
COMMENT ON TABLE moodle.mdl_log_queries IS 'Logged database queries.';
COMMENT ON COLUMN moodle.mdl_log_display.component IS 'owner of the log action';
COMMENT ON TABLE moodle.mdl_log_display IS 'For a particular module/action, specifies a moodle table/field';
COMMENT ON COLUMN moodle.mdl_message.subject IS 'The message subject';
COMMENT ON COLUMN moodle.mdl_message.fullmessageformat IS 'The format of the full message';
COMMENT ON COLUMN moodle.mdl_message.fullmessagehtml IS 'html format of message';
COMMENT ON COLUMN moodle.mdl_message.smallmessage IS 'Smal version of message (eg sms)';
COMMENT ON COLUMN moodle.mdl_message.contexturl IS 'If this message is a notification of an event contexturl should contain a link to view this event. For example if its a notification of a forum post contexturl should contain a link to the forum post.';
COMMENT ON COLUMN moodle.mdl_message.contexturlname IS 'Display text for the contexturl';
COMMENT ON COLUMN moodle.mdl_message.customdata IS 'Custom data to be passed to the message processor. Must be serialisable using json_encode()';
COMMENT ON TABLE moodle.mdl_message IS 'Stores all unread messages';
COMMENT ON COLUMN moodle.mdl_message_read.subject IS 'The message subject';
COMMENT ON COLUMN moodle.mdl_message_read.fullmessageformat IS 'The format of the full message';
COMMENT ON COLUMN moodle.mdl_message_read.fullmessagehtml IS 'html format of message';
COMMENT ON COLUMN moodle.mdl_message_read.smallmessage IS 'Smal version of message (eg sms)';
COMMENT ON COLUMN moodle.mdl_message_read.contexturl IS 'If this message is a notification of an event contexturl should contain a link to view this event. For example if its a notification of a forum post contexturl should contain a link to the forum post.';
COMMENT ON COLUMN moodle.mdl_message_read.contexturlname IS 'Display text for the contexturl';
COMMENT ON TABLE moodle.mdl_message_read IS 'Stores all messages that have been read';
COMMENT ON COLUMN moodle.mdl_messages.customdata IS 'Custom data to be passed to the message processor. Must be serialisable using json_encode()';
COMMENT ON TABLE moodle.mdl_messages IS 'Stores all messages';
COMMENT ON COLUMN moodle.mdl_message_conversations.component IS 'Defines the Moodle component which the area was added to';
COMMENT ON COLUMN moodle.mdl_message_conversations.contextid IS 'The context id of the itemid or course of the itemtype was added';
COMMENT ON TABLE moodle.mdl_message_conversations IS 'Stores all message conversations';
COMMENT ON TABLE moodle.mdl_message_conversation_members IS 'Stores all members in a conversations';
COMMENT ON TABLE moodle.mdl_message_conversation_actions IS 'Stores all per-user actions on individual conversations';
COMMENT ON TABLE moodle.mdl_message_user_actions IS 'Stores all per-user actions on individual messages';
COMMENT ON COLUMN moodle.mdl_notifications.subject IS 'The message subject';
COMMENT ON COLUMN moodle.mdl_notifications.customdata IS 'Custom data to be passed to the message processor. Must be serialisable using json_encode()';
COMMENT ON TABLE moodle.mdl_notifications IS 'Stores all notifications';
COMMENT ON TABLE moodle.mdl_message_contacts IS 'Maintains lists of contacts between users';
COMMENT ON TABLE moodle.mdl_message_contact_requests IS 'Maintains list of contact requests between users';
COMMENT ON TABLE moodle.mdl_message_users_blocked IS 'Maintains lists of blocked users';
COMMENT ON TABLE moodle.mdl_modules IS 'modules available in the site';
COMMENT ON COLUMN moodle.mdl_my_pages.userid IS 'The user who owns this page or 0 for system defaults';
COMMENT ON COLUMN moodle.mdl_my_pages.name IS 'The page name (freeform text)';
COMMENT ON COLUMN moodle.mdl_my_pages.private IS 'Whether or not the page is private (dashboard) or public (profile)';
COMMENT ON COLUMN moodle.mdl_my_pages.sortorder IS 'The order of the pages for a user';
COMMENT ON TABLE moodle.mdl_my_pages IS 'Extra user pages for the My Moodle system';
COMMENT ON COLUMN moodle.mdl_sessions.state IS '0 means normal session';
COMMENT ON COLUMN moodle.mdl_sessions.sid IS 'Session id';
COMMENT ON COLUMN moodle.mdl_sessions.sessdata IS 'session content';
COMMENT ON TABLE moodle.mdl_sessions IS 'Database based session storage - now recommended';
COMMENT ON COLUMN moodle.mdl_user.suspended IS 'suspended flag prevents users to log in';
COMMENT ON COLUMN moodle.mdl_user.picture IS '0 means no image uploaded, positive values are revisions thta prevent caching problems, negative values are reserved for future use';
COMMENT ON COLUMN moodle.mdl_user.imagealt IS 'alt tag for user uploaded image';
COMMENT ON COLUMN moodle.mdl_user.lastnamephonetic IS 'Last name phonetic';
COMMENT ON COLUMN moodle.mdl_user.firstnamephonetic IS 'First name phonetic';
COMMENT ON COLUMN moodle.mdl_user.middlename IS 'Middle name';
COMMENT ON COLUMN moodle.mdl_user.alternatename IS 'Alternate name - Useful for three-name countries.';
COMMENT ON COLUMN moodle.mdl_user.moodlenetprofile IS 'Moodle.net profile information';
COMMENT ON TABLE moodle.mdl_user IS 'One record for each person';
COMMENT ON TABLE moodle.mdl_user_preferences IS 'Allows modules to store arbitrary user preferences';
COMMENT ON TABLE moodle.mdl_user_lastaccess IS 'To keep track of course page access times, used in online participants block, and participants list';
COMMENT ON TABLE moodle.mdl_user_password_history IS 'A rotating log of hashes of previously used passwords for each user.';
COMMENT ON TABLE moodle.mdl_scale IS 'Defines grading scales';
COMMENT ON COLUMN moodle.mdl_scale_history.action IS 'created/modified/deleted constants';
COMMENT ON COLUMN moodle.mdl_scale_history.source IS 'What caused the modification? manual/module/import/...';
COMMENT ON COLUMN moodle.mdl_scale_history.timemodified IS 'The last time this grade_item was modified';
COMMENT ON COLUMN moodle.mdl_scale_history.loggeduser IS 'the userid of the person who last modified this outcome';
COMMENT ON TABLE moodle.mdl_scale_history IS 'History table';
COMMENT ON COLUMN moodle.mdl_stats_daily.roleid IS 'id of role for the aggregates';
COMMENT ON COLUMN moodle.mdl_stats_daily.stattype IS 'type of stat';
COMMENT ON COLUMN moodle.mdl_stats_daily.stat1 IS 'stat1. usually used for reads';
COMMENT ON COLUMN moodle.mdl_stats_daily.stat2 IS 'stat2. usually used for writes.';
COMMENT ON TABLE moodle.mdl_stats_daily IS 'to accumulate daily stats';
COMMENT ON COLUMN moodle.mdl_stats_weekly.roleid IS 'id of role for the aggregates';
COMMENT ON COLUMN moodle.mdl_stats_weekly.stattype IS 'type of stat';
COMMENT ON COLUMN moodle.mdl_stats_weekly.stat1 IS 'stat1. usually used for reads';
COMMENT ON COLUMN moodle.mdl_stats_weekly.stat2 IS 'stat2. usually used for writes.';
COMMENT ON TABLE moodle.mdl_stats_weekly IS 'To accumulate weekly stats';
COMMENT ON COLUMN moodle.mdl_stats_monthly.roleid IS 'id of role for the aggregates';
COMMENT ON COLUMN moodle.mdl_stats_monthly.stattype IS 'type of stat';
COMMENT ON COLUMN moodle.mdl_stats_monthly.stat1 IS 'stat1. usually used for reads';
COMMENT ON COLUMN moodle.mdl_stats_monthly.stat2 IS 'stat2. usually used for writes.';
COMMENT ON TABLE moodle.mdl_stats_monthly IS 'To accumulate monthly stats';
COMMENT ON TABLE moodle.mdl_stats_user_daily IS 'To accumulate daily stats per course/user';
COMMENT ON TABLE moodle.mdl_stats_user_weekly IS 'To accumulate weekly stats per course/user';
COMMENT ON TABLE moodle.mdl_stats_user_monthly IS 'To accumulate monthly stats per course/user';
COMMENT ON COLUMN moodle.mdl_post.attachment IS 'attachment';
COMMENT ON TABLE moodle.mdl_post IS 'Generic post table to hold data blog entries etc in different modules';
COMMENT ON COLUMN moodle.mdl_role.name IS 'Empty names are automatically localised';
COMMENT ON COLUMN moodle.mdl_role.description IS 'Empty descriptions may be automatically localised';
COMMENT ON COLUMN moodle.mdl_role.archetype IS 'Role archetype is used during install and role reset, marks admin role and helps in site settings';
COMMENT ON TABLE moodle.mdl_role IS 'moodle roles';
COMMENT ON COLUMN moodle.mdl_context.locked IS 'Whether this context and its children are locked';
COMMENT ON TABLE moodle.mdl_context IS 'one of these must be set';
COMMENT ON COLUMN moodle.mdl_context_temp.id IS 'This id isn''t autonumeric/sequence. It''s the context->id';
COMMENT ON COLUMN moodle.mdl_context_temp.locked IS 'Whether this context and its children are locked';
COMMENT ON TABLE moodle.mdl_context_temp IS 'Used by build_context_path() in upgrade and cron to keep context depths and paths in sync.';
COMMENT ON TABLE moodle.mdl_capabilities IS 'this defines all capabilities';
COMMENT ON TABLE moodle.mdl_role_allow_assign IS 'this defines what role can assign what role';
COMMENT ON TABLE moodle.mdl_role_allow_override IS 'this defines what role can override what role';
COMMENT ON COLUMN moodle.mdl_role_allow_switch.roleid IS 'The role the user has.';
COMMENT ON COLUMN moodle.mdl_role_allow_switch.allowswitch IS 'The id of a role that the user is allowed to switch to as a result of having this role.';
COMMENT ON TABLE moodle.mdl_role_allow_switch IS 'This table stores which which other roles a user is allowed to switch to if they have one role.';
COMMENT ON COLUMN moodle.mdl_role_allow_view.roleid IS 'The role the user has.';
COMMENT ON COLUMN moodle.mdl_role_allow_view.allowview IS 'The id of a role that the user is allowed to view to as a result of having this role.';
COMMENT ON TABLE moodle.mdl_role_allow_view IS 'This table stores which which other roles a user is allowed to view to if they have one role.';
COMMENT ON COLUMN moodle.mdl_role_assignments.component IS 'plugin responsible responsible for role assignment, empty when manually assigned';
COMMENT ON COLUMN moodle.mdl_role_assignments.itemid IS 'Id of enrolment/auth instance responsible for this role assignment';
COMMENT ON TABLE moodle.mdl_role_assignments IS 'assigning roles in different context';
COMMENT ON TABLE moodle.mdl_role_capabilities IS 'permission has to be signed, overriding a capability for a particular role in a particular context';
COMMENT ON TABLE moodle.mdl_role_names IS 'role names in native strings';
COMMENT ON TABLE moodle.mdl_role_context_levels IS 'Lists which roles can be assigned at which context levels. The assignment is allowed in the corresponding row is present in this table.';
COMMENT ON COLUMN moodle.mdl_user_info_field.shortname IS 'short name for each field';
COMMENT ON COLUMN moodle.mdl_user_info_field.name IS 'field name';
COMMENT ON COLUMN moodle.mdl_user_info_field.datatype IS 'Type of data held in this field';
COMMENT ON COLUMN moodle.mdl_user_info_field.description IS 'Description of field';
COMMENT ON COLUMN moodle.mdl_user_info_field.categoryid IS 'id from category table';
COMMENT ON COLUMN moodle.mdl_user_info_field.sortorder IS 'order within the category';
COMMENT ON COLUMN moodle.mdl_user_info_field.required IS 'Field required';
COMMENT ON COLUMN moodle.mdl_user_info_field.locked IS 'Field locked';
COMMENT ON COLUMN moodle.mdl_user_info_field.visible IS 'Visibility: private, public, hidden';
COMMENT ON COLUMN moodle.mdl_user_info_field.forceunique IS 'should the field contain unique data';
COMMENT ON COLUMN moodle.mdl_user_info_field.signup IS 'display field on signup page';
COMMENT ON COLUMN moodle.mdl_user_info_field.defaultdata IS 'Default value for this field';
COMMENT ON COLUMN moodle.mdl_user_info_field.param1 IS 'General parameter field';
COMMENT ON COLUMN moodle.mdl_user_info_field.param2 IS 'General parameter field';
COMMENT ON COLUMN moodle.mdl_user_info_field.param3 IS 'General parameter field';
COMMENT ON COLUMN moodle.mdl_user_info_field.param4 IS 'General parameter field';
COMMENT ON COLUMN moodle.mdl_user_info_field.param5 IS 'General parameter field';
COMMENT ON TABLE moodle.mdl_user_info_field IS 'Customisable user profile fields';
COMMENT ON COLUMN moodle.mdl_user_info_category.name IS 'Category name';
COMMENT ON COLUMN moodle.mdl_user_info_category.sortorder IS 'Display order';
COMMENT ON TABLE moodle.mdl_user_info_category IS 'Customisable fields categories';
COMMENT ON COLUMN moodle.mdl_user_info_data.userid IS 'id from the user table';
COMMENT ON COLUMN moodle.mdl_user_info_data.fieldid IS 'id from the field table';
COMMENT ON COLUMN moodle.mdl_user_info_data.data IS 'Field data';
COMMENT ON TABLE moodle.mdl_user_info_data IS 'Data for the customisable user fields';
COMMENT ON COLUMN moodle.mdl_question_categories.contextid IS 'context that this category is shared in';
COMMENT ON TABLE moodle.mdl_question_categories IS 'Categories are for grouping questions';
COMMENT ON COLUMN moodle.mdl_question.generalfeedback IS 'to store the question feedback';
COMMENT ON COLUMN moodle.mdl_question.timecreated IS 'time question was created';
COMMENT ON COLUMN moodle.mdl_question.timemodified IS 'time that question was last modified';
COMMENT ON COLUMN moodle.mdl_question.createdby IS 'userid of person who created this question';
COMMENT ON COLUMN moodle.mdl_question.modifiedby IS 'userid of person who last edited this question';
COMMENT ON TABLE moodle.mdl_question IS 'The questions themselves';
COMMENT ON TABLE moodle.mdl_question_answers IS 'Answers, with a fractional grade (0-1) and feedback';
COMMENT ON COLUMN moodle.mdl_question_hints.hint IS 'The text of the feedback to be given.';
COMMENT ON COLUMN moodle.mdl_question_hints.hintformat IS 'The format of the hint.';
COMMENT ON COLUMN moodle.mdl_question_hints.shownumcorrect IS 'Whether the feedback should include a message about how many things the student got right. This is only applicable to certain question types (for example matching or multiple choice multiple-response).';
COMMENT ON COLUMN moodle.mdl_question_hints.clearwrong IS 'Whether any wrong choices should be cleared before the next try. Whether this is applicable, and what it means, depends on the question type, as with the shownumright option.';
COMMENT ON COLUMN moodle.mdl_question_hints.options IS 'A space for any other question-type specific options.';
COMMENT ON TABLE moodle.mdl_question_hints IS 'Stores the the part of the question definition that gives different feedback after each try in interactive and similar behaviours.';
COMMENT ON COLUMN moodle.mdl_question_usages.contextid IS 'Every question usage must be associated with some context.';
COMMENT ON COLUMN moodle.mdl_question_usages.component IS 'The plugin this attempt belongs to, e.g. ''mod_quiz'', ''block_questionoftheday'', ''filter_embedquestion''.';
COMMENT ON COLUMN moodle.mdl_question_usages.preferredbehaviour IS 'The archetypal behaviour that should be used for question attempts in this usage.';
COMMENT ON TABLE moodle.mdl_question_usages IS 'This table''s main purpose it to assign a unique id to each attempt at a set of questions by some part of Moodle. A question usage is made up of a number of question_attempts.';
COMMENT ON COLUMN moodle.mdl_question_attempts.questionusageid IS 'Foreign key, references question_usages.id';
COMMENT ON COLUMN moodle.mdl_question_attempts.slot IS 'Used to number the questions in one attempt sequentially.';
COMMENT ON COLUMN moodle.mdl_question_attempts.behaviour IS 'The name of the question behaviour that is managing this question attempt.';
COMMENT ON COLUMN moodle.mdl_question_attempts.questionid IS 'The id of the question being attempted. Foreign key references question.id.';
COMMENT ON COLUMN moodle.mdl_question_attempts.variant IS 'The variant of the qusetion being used.';
COMMENT ON COLUMN moodle.mdl_question_attempts.maxmark IS 'The grade this question is marked out of in this attempt.';
COMMENT ON COLUMN moodle.mdl_question_attempts.minfraction IS 'Some questions can award negative marks. This indicates the most negative mark that can be awarded, on the faction scale where the maximum positive mark is 1.';
COMMENT ON COLUMN moodle.mdl_question_attempts.maxfraction IS 'Some questions can give fractions greater than 1. This indicates the greatest fraction that can be awarded.';
COMMENT ON COLUMN moodle.mdl_question_attempts.flagged IS 'Whether this question has been flagged within the attempt.';
COMMENT ON COLUMN moodle.mdl_question_attempts.questionsummary IS 'If this question uses randomisation, it should set this field to summarise what random version the student actually saw. This is a human-readable textual summary of the student''s response which might, for example, be used in a report.';
COMMENT ON COLUMN moodle.mdl_question_attempts.rightanswer IS 'This is a human-readable textual summary of the right answer to this question. Might be used, for example on the quiz preview, to help people who are testing the question. Or might be used in reports.';
COMMENT ON COLUMN moodle.mdl_question_attempts.responsesummary IS 'This is a textual summary of the student''s response (basically what you would expect to in the Quiz responses report).';
COMMENT ON COLUMN moodle.mdl_question_attempts.timemodified IS 'The time this record was last changed.';
COMMENT ON TABLE moodle.mdl_question_attempts IS 'Each row here corresponds to an attempt at one question, as part of a question_usage. A question_attempt will have some question_attempt_steps';
COMMENT ON COLUMN moodle.mdl_question_attempt_steps.questionattemptid IS 'Foreign key, references question_attempt.id';
COMMENT ON COLUMN moodle.mdl_question_attempt_steps.sequencenumber IS 'Numbers the steps in a question attempt sequentially.';
COMMENT ON COLUMN moodle.mdl_question_attempt_steps.state IS 'One of the constants defined by the question_state class, giving the state of the question at the end of this step.';
COMMENT ON COLUMN moodle.mdl_question_attempt_steps.fraction IS 'The grade for this question, when graded out of 1. Needs to be multiplied by question_attempt.maxmark to get the actual mark for the question.';
COMMENT ON COLUMN moodle.mdl_question_attempt_steps.timecreated IS 'Time-stamp of the action that lead to this state being created.';
COMMENT ON COLUMN moodle.mdl_question_attempt_steps.userid IS 'The user whose action lead to this state being created.';
COMMENT ON TABLE moodle.mdl_question_attempt_steps IS 'Stores one step in in a question attempt. As well as the data here, the step will have some data in the question_attempt_step_data table.';
COMMENT ON COLUMN moodle.mdl_question_attempt_step_data.attemptstepid IS 'Foreign key, references question_attempt_steps.id';
COMMENT ON COLUMN moodle.mdl_question_attempt_step_data.name IS 'The name of this bit of data.';
COMMENT ON COLUMN moodle.mdl_question_attempt_step_data.value IS 'The corresponding value';
COMMENT ON TABLE moodle.mdl_question_attempt_step_data IS 'Each question_attempt_step has an associative array of the data that was submitted by the user in the POST request. It can also contain extra data from the question type or behaviour to avoid re-computation. The convention is that names belonging to the behaviour start with -, and cached values added to the submitted data start with _, or _-';
COMMENT ON COLUMN moodle.mdl_question_statistics.hashcode IS 'sha1 hash of serialized qubaids_condition class. Unique for every combination of class name and property.';
COMMENT ON COLUMN moodle.mdl_question_statistics.slot IS 'The position in the quiz where this question appears';
COMMENT ON COLUMN moodle.mdl_question_statistics.positions IS 'positions in which this item appears. Only used for random questions.';
COMMENT ON COLUMN moodle.mdl_question_statistics.randomguessscore IS 'An estimate of the score a student would get by guessing randomly.';
COMMENT ON TABLE moodle.mdl_question_statistics IS 'Statistics for individual questions used in an activity.';
COMMENT ON COLUMN moodle.mdl_question_response_analysis.hashcode IS 'sha1 hash of serialized qubaids_condition class. Unique for every combination of class name and property.';
COMMENT ON TABLE moodle.mdl_question_response_analysis IS 'Analysis of student responses given to questions.';
COMMENT ON TABLE moodle.mdl_question_response_count IS 'Count for each responses for each try at a question.';
COMMENT ON TABLE moodle.mdl_mnet_application IS 'Information about applications on remote hosts';
COMMENT ON COLUMN moodle.mdl_mnet_host.id IS 'Unique Host ID';
COMMENT ON TABLE moodle.mdl_mnet_host IS 'Information about the local and remote hosts for RPC';
COMMENT ON TABLE moodle.mdl_mnet_host2service IS 'Information about the services for a given host';
COMMENT ON COLUMN moodle.mdl_mnet_log.hostid IS 'Unique host ID';
COMMENT ON TABLE moodle.mdl_mnet_log IS 'Store session data from users migrating to other sites';
COMMENT ON COLUMN moodle.mdl_mnet_rpc.id IS 'Unique Function ID';
COMMENT ON COLUMN moodle.mdl_mnet_rpc.profile IS 'Method signature';
COMMENT ON TABLE moodle.mdl_mnet_rpc IS 'Functions or methods that we may publish or subscribe to';
COMMENT ON TABLE moodle.mdl_mnet_remote_rpc IS 'This table describes functions that might be called remotely (we have less information about them than local functions)';
COMMENT ON COLUMN moodle.mdl_mnet_service.id IS 'Unique Service ID';
COMMENT ON COLUMN moodle.mdl_mnet_service.offer IS 'Do we even offer this service?';
COMMENT ON TABLE moodle.mdl_mnet_service IS 'A service is a group of functions';
COMMENT ON COLUMN moodle.mdl_mnet_service2rpc.id IS 'Required ID field';
COMMENT ON COLUMN moodle.mdl_mnet_service2rpc.serviceid IS 'Unique service ID';
COMMENT ON COLUMN moodle.mdl_mnet_service2rpc.rpcid IS 'Unique Function ID';
COMMENT ON TABLE moodle.mdl_mnet_service2rpc IS 'Group functions or methods under a service';
COMMENT ON COLUMN moodle.mdl_mnet_remote_service2rpc.id IS 'Required ID field';
COMMENT ON COLUMN moodle.mdl_mnet_remote_service2rpc.serviceid IS 'Unique service ID';
COMMENT ON COLUMN moodle.mdl_mnet_remote_service2rpc.rpcid IS 'Unique Function ID';
COMMENT ON TABLE moodle.mdl_mnet_remote_service2rpc IS 'Group functions or methods under a service';
COMMENT ON COLUMN moodle.mdl_mnet_session.id IS 'Required ID field';
COMMENT ON COLUMN moodle.mdl_mnet_session.userid IS 'Unique user ID';
COMMENT ON COLUMN moodle.mdl_mnet_session.username IS 'Unique username';
COMMENT ON COLUMN moodle.mdl_mnet_session.token IS 'Unique SHA1 Token';
COMMENT ON COLUMN moodle.mdl_mnet_session.mnethostid IS 'Unique remote host ID';
COMMENT ON COLUMN moodle.mdl_mnet_session.useragent IS 'SHA1 hash of User Agent';
COMMENT ON COLUMN moodle.mdl_mnet_session.confirm_timeout IS 'UNIX timestamp for expiry of session';
COMMENT ON COLUMN moodle.mdl_mnet_session.session_id IS 'The PHP Session ID';
COMMENT ON COLUMN moodle.mdl_mnet_session.expires IS 'Expire time of session on peer';
COMMENT ON TABLE moodle.mdl_mnet_session IS 'Store session data from users migrating to other sites';
COMMENT ON COLUMN moodle.mdl_mnet_sso_access_control.id IS 'Required ID field';
COMMENT ON COLUMN moodle.mdl_mnet_sso_access_control.username IS 'Username';
COMMENT ON COLUMN moodle.mdl_mnet_sso_access_control.mnet_host_id IS 'id of mnet host';
COMMENT ON COLUMN moodle.mdl_mnet_sso_access_control.accessctrl IS 'Whether or not this user/host can login';
COMMENT ON TABLE moodle.mdl_mnet_sso_access_control IS 'Users by host permitted (or not) to login from a remote provider';
COMMENT ON COLUMN moodle.mdl_events_queue.eventdata IS 'serialized version of the data object passed to the event handler.';
COMMENT ON COLUMN moodle.mdl_events_queue.stackdump IS 'serialized debug_backtrace showing where the event was fired from';
COMMENT ON COLUMN moodle.mdl_events_queue.userid IS '$USER-&gt;id when the event was fired';
COMMENT ON COLUMN moodle.mdl_events_queue.timecreated IS 'time stamp of the first time this was added';
COMMENT ON TABLE moodle.mdl_events_queue IS 'This table is for storing queued events. It stores only one copy of the eventdata here, and entries from this table are being references by the event_queue_handlers table.';
COMMENT ON COLUMN moodle.mdl_events_handlers.eventname IS 'name of the event, e.g. ''grade_updated''';
COMMENT ON COLUMN moodle.mdl_events_handlers.component IS 'e.g. moodle, mod_forum, block_rss_client';
COMMENT ON COLUMN moodle.mdl_events_handlers.handlerfile IS 'path to the file of the function, eg /grade/export/lib.php';
COMMENT ON COLUMN moodle.mdl_events_handlers.handlerfunction IS 'serialized string or array describing function, suitable to be passed to call_user_func()';
COMMENT ON COLUMN moodle.mdl_events_handlers.schedule IS '''cron'' or ''instant''.';
COMMENT ON COLUMN moodle.mdl_events_handlers.status IS 'number of failed attempts to process this handler';
COMMENT ON COLUMN moodle.mdl_events_handlers.internal IS '1 means standard plugin handler, 0 indicates if event handler sends data to external systems, this is used for example to prevent immediate sending of events from pending db transactions';
COMMENT ON TABLE moodle.mdl_events_handlers IS 'This table is for storing which components requests what type of event, and the location of the responsible handlers. For example, the assignment registers ''grade_updated'' event with a function assignment_grade_handler() that should be called event time an ''grade_updated'' event is triggered by grade_update() function.';
COMMENT ON COLUMN moodle.mdl_events_queue_handlers.queuedeventid IS 'foreign key id corresponding to the id of the event_queues table';
COMMENT ON COLUMN moodle.mdl_events_queue_handlers.handlerid IS 'foreign key id corresponding to the id of the event_handlers table';
COMMENT ON COLUMN moodle.mdl_events_queue_handlers.status IS 'number of failed attempts to process this handler';
COMMENT ON COLUMN moodle.mdl_events_queue_handlers.errormessage IS 'if an error happened last time we tried to process this event, record it here.';
COMMENT ON COLUMN moodle.mdl_events_queue_handlers.timemodified IS 'time stamp of the last attempt to run this from the queue';
COMMENT ON TABLE moodle.mdl_events_queue_handlers IS 'This is the list of queued handlers for processing. The event object is retrieved from the events_queue table. When no further reference is made to the event_queues table, the corresponding entry in the events_queue table should be deleted. Entry should get deleted after a successful event processing by the specified handler.';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.id IS 'id of the table';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.courseid IS 'Mostly these are defined site wide ie NULL';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.shortname IS 'The short name or code for this outcome statement';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.fullname IS 'The full description of the outcome (usually 1 sentence)';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.scaleid IS 'The recommended scale for this outcome.';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.description IS 'outcome description';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.timecreated IS 'the time this outcome was first created';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.timemodified IS 'the time this outcome was last updated';
COMMENT ON COLUMN moodle.mdl_grade_outcomes.usermodified IS 'the userid of the person who last modified this outcome';
COMMENT ON TABLE moodle.mdl_grade_outcomes IS 'This table describes the outcomes used in the system. An outcome is a statement tied to a rubric scale from low to high, such as âNot met, Borderline, Metâ (stored as 0,1 or 2)';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_courses.courseid IS 'id of the course';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_courses.outcomeid IS 'id of the outcome';
COMMENT ON TABLE moodle.mdl_grade_outcomes_courses IS 'stores what outcomes are used in what courses.';
COMMENT ON COLUMN moodle.mdl_grade_categories.courseid IS 'The course this grade category is part of';
COMMENT ON COLUMN moodle.mdl_grade_categories.parent IS 'Categories can be hierarchical';
COMMENT ON COLUMN moodle.mdl_grade_categories.depth IS 'How many parents does this category have?';
COMMENT ON COLUMN moodle.mdl_grade_categories.path IS 'shows the path as /1/2/3 (like course_categories)';
COMMENT ON COLUMN moodle.mdl_grade_categories.fullname IS 'The name of this grade category';
COMMENT ON COLUMN moodle.mdl_grade_categories.aggregation IS 'A constant pointing to one of the predefined aggregation strategies (none, mean,median,sum, etc)';
COMMENT ON COLUMN moodle.mdl_grade_categories.keephigh IS 'Keep only the X highest items';
COMMENT ON COLUMN moodle.mdl_grade_categories.droplow IS 'Drop the X lowest items';
COMMENT ON COLUMN moodle.mdl_grade_categories.aggregateonlygraded IS 'aggregate only graded activities';
COMMENT ON COLUMN moodle.mdl_grade_categories.aggregateoutcomes IS 'Aggregate outcomes';
COMMENT ON TABLE moodle.mdl_grade_categories IS 'This table keeps information about categories, used for grouping items.';
COMMENT ON COLUMN moodle.mdl_grade_items.courseid IS 'The course this item is part of';
COMMENT ON COLUMN moodle.mdl_grade_items.categoryid IS '(optional) the category group this item belongs to';
COMMENT ON COLUMN moodle.mdl_grade_items.itemname IS 'The name of this item (pushed in by the module)';
COMMENT ON COLUMN moodle.mdl_grade_items.itemtype IS '''mod'', ''blocks'', ''import'', ''calculated'' etc';
COMMENT ON COLUMN moodle.mdl_grade_items.itemmodule IS '''forum'', ''quiz'', ''csv'', etc';
COMMENT ON COLUMN moodle.mdl_grade_items.iteminstance IS 'id of the item module';
COMMENT ON COLUMN moodle.mdl_grade_items.itemnumber IS 'Can be used to distinguish multiple grades for an activity';
COMMENT ON COLUMN moodle.mdl_grade_items.iteminfo IS 'Info and notes about this item XXX';
COMMENT ON COLUMN moodle.mdl_grade_items.idnumber IS 'Arbitrary idnumber provided by the module responsible';
COMMENT ON COLUMN moodle.mdl_grade_items.calculation IS 'Formula describing how to derive this grade from other items, referring to them using giXXX where XXX is grade item id ... eg something like: =sin(square([#gi20#])) + [#gi30#]';
COMMENT ON COLUMN moodle.mdl_grade_items.gradetype IS '0 = none, 1 = value, 2 = scale, 3 = text';
COMMENT ON COLUMN moodle.mdl_grade_items.grademax IS 'What is the maximum allowable grade?';
COMMENT ON COLUMN moodle.mdl_grade_items.grademin IS 'What is the minimum allowable grade?';
COMMENT ON COLUMN moodle.mdl_grade_items.scaleid IS 'If this grade is based on a scale, which one is it?';
COMMENT ON COLUMN moodle.mdl_grade_items.outcomeid IS 'If this grade is related to an outcome, which one is it?';
COMMENT ON COLUMN moodle.mdl_grade_items.gradepass IS 'What grade is needed to pass? grademin &lt; gradepass &lt;= grademax';
COMMENT ON COLUMN moodle.mdl_grade_items.multfactor IS 'Multiply all grades by this';
COMMENT ON COLUMN moodle.mdl_grade_items.plusfactor IS 'Add this to all grades';
COMMENT ON COLUMN moodle.mdl_grade_items.aggregationcoef IS 'Aggregation coefficient used for category weights or other aggregation types';
COMMENT ON COLUMN moodle.mdl_grade_items.aggregationcoef2 IS 'Aggregation coefficient used for weights in aggregation types with both extra credit and weight';
COMMENT ON COLUMN moodle.mdl_grade_items.sortorder IS 'Sorting order of the columns';
COMMENT ON COLUMN moodle.mdl_grade_items.display IS 'Display as real grades, percentages (in reference to the minimum and maximum grades) or letters (A, B, C etc..), or course default (0)';
COMMENT ON COLUMN moodle.mdl_grade_items.decimals IS 'Also known as precision, the number of digits after the decimal point symbol.';
COMMENT ON COLUMN moodle.mdl_grade_items.hidden IS '1 is hidden, &gt; 1 is a date to hide until (prevents viewing)';
COMMENT ON COLUMN moodle.mdl_grade_items.locked IS '1 is locked, &gt; 1 is a date to lock until (prevents update)';
COMMENT ON COLUMN moodle.mdl_grade_items.locktime IS 'lock all final grades after this date';
COMMENT ON COLUMN moodle.mdl_grade_items.needsupdate IS 'If this flag is set, then the whole column will be recalculated';
COMMENT ON COLUMN moodle.mdl_grade_items.timecreated IS 'The first time this grade_item was created';
COMMENT ON COLUMN moodle.mdl_grade_items.timemodified IS 'The last time this grade_item was modified';
COMMENT ON TABLE moodle.mdl_grade_items IS 'This table keeps information about gradeable items (ie columns). If an activity (eg an assignment or quiz) has multiple grade_items associated with it (eg several outcomes or numerical grades), then there will be a corresponding multiple number of rows in this table.';
COMMENT ON COLUMN moodle.mdl_grade_grades.itemid IS 'The item this grade belongs to';
COMMENT ON COLUMN moodle.mdl_grade_grades.userid IS 'The user who this grade is for';
COMMENT ON COLUMN moodle.mdl_grade_grades.rawgrade IS 'If the grade is a float value (or has been converted to one)';
COMMENT ON COLUMN moodle.mdl_grade_grades.rawgrademax IS 'The maximum allowable grade when this was created';
COMMENT ON COLUMN moodle.mdl_grade_grades.rawgrademin IS 'The minimum allowable grade when this was created';
COMMENT ON COLUMN moodle.mdl_grade_grades.rawscaleid IS 'If this grade is based on a scale, which one was it?';
COMMENT ON COLUMN moodle.mdl_grade_grades.usermodified IS 'the userid of the person who last modified this grade';
COMMENT ON COLUMN moodle.mdl_grade_grades.finalgrade IS 'The final grade (cached) after all calculations are made';
COMMENT ON COLUMN moodle.mdl_grade_grades.hidden IS 'show 0, hide 1 or hide until date';
COMMENT ON COLUMN moodle.mdl_grade_grades.locked IS 'not locked 0, locked from date';
COMMENT ON COLUMN moodle.mdl_grade_grades.locktime IS 'automatic locking of final grade, 0 means none, date otherwise';
COMMENT ON COLUMN moodle.mdl_grade_grades.exported IS 'date of last grade export, 0 if none';
COMMENT ON COLUMN moodle.mdl_grade_grades.overridden IS 'indicates grade overridden from gradebook, 0 means none, date means overridden';
COMMENT ON COLUMN moodle.mdl_grade_grades.excluded IS 'grade excluded from aggregation functions, date means when excluded';
COMMENT ON COLUMN moodle.mdl_grade_grades.feedback IS 'grading feedback';
COMMENT ON COLUMN moodle.mdl_grade_grades.feedbackformat IS 'format of feedback text';
COMMENT ON COLUMN moodle.mdl_grade_grades.information IS 'optiona information';
COMMENT ON COLUMN moodle.mdl_grade_grades.informationformat IS 'format of information text';
COMMENT ON COLUMN moodle.mdl_grade_grades.timecreated IS 'the time this grade was first created';
COMMENT ON COLUMN moodle.mdl_grade_grades.timemodified IS 'the time this grade was last modified';
COMMENT ON COLUMN moodle.mdl_grade_grades.aggregationstatus IS 'One of several values describing how this grade_grade was used when calculating the aggregation. Possible values are "unknown", "dropped", "novalue", "used"';
COMMENT ON COLUMN moodle.mdl_grade_grades.aggregationweight IS 'If the aggregationstatus == ''included'', then this is the percent this item contributed to the aggregation.';
COMMENT ON TABLE moodle.mdl_grade_grades IS 'grade_grades  This table keeps individual grades for each user and each item, exactly as imported or submitted by modules. The rawgrademax/min and rawscaleid are stored here to record the values at the time the grade was stored, because teachers might change this for an activity! All the results are normalised/resampled for the final grade value.';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.action IS 'created/modified/deleted constants';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.source IS 'What caused the modification? manual/module/import/...';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.timemodified IS 'The last time this grade_item was modified';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.loggeduser IS 'the userid of the person who last modified this outcome';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.courseid IS 'Mostly these are defined site wide ie NULL';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.shortname IS 'The short name or code for this outcome statement';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.fullname IS 'The full description of the outcome (usually 1 sentence)';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.scaleid IS 'The recommended scale for this outcome.';
COMMENT ON COLUMN moodle.mdl_grade_outcomes_history.description IS 'Outcome description';
COMMENT ON TABLE moodle.mdl_grade_outcomes_history IS 'History table';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.action IS 'created/modified/deleted constants';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.source IS 'What caused the modification? manual/module/import/...';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.timemodified IS 'The last time this grade_item was modified';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.loggeduser IS 'the userid of the person who last modified this outcome';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.courseid IS 'The course this grade category is part of';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.parent IS 'Categories can be hierarchical';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.depth IS 'How many parents does this category have?';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.path IS 'shows the path as /1/2/3 (like course_categories)';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.fullname IS 'The name of this grade category';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.aggregation IS 'A constant pointing to one of the predefined aggregation strategies (none, mean,median,sum, etc)';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.keephigh IS 'Keep only the X highest items';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.droplow IS 'Drop the X lowest items';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.aggregateonlygraded IS 'aggregate only graded items';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.aggregateoutcomes IS 'Aggregate outcomes';
COMMENT ON COLUMN moodle.mdl_grade_categories_history.aggregatesubcats IS 'This setting was removed from grade_categories. It is kept here only to preserve history.';
COMMENT ON TABLE moodle.mdl_grade_categories_history IS 'History of grade_categories';
COMMENT ON COLUMN moodle.mdl_grade_items_history.action IS 'created/modified/deleted constants';
COMMENT ON COLUMN moodle.mdl_grade_items_history.source IS 'What caused the modification? manual/module/import/...';
COMMENT ON COLUMN moodle.mdl_grade_items_history.timemodified IS 'The last time this grade_item was modified';
COMMENT ON COLUMN moodle.mdl_grade_items_history.loggeduser IS 'the userid of the person who last modified this outcome';
COMMENT ON COLUMN moodle.mdl_grade_items_history.courseid IS 'The course this item is part of';
COMMENT ON COLUMN moodle.mdl_grade_items_history.categoryid IS '(optional) the category group this item belongs to';
COMMENT ON COLUMN moodle.mdl_grade_items_history.itemname IS 'The name of this item (pushed in by the module)';
COMMENT ON COLUMN moodle.mdl_grade_items_history.itemtype IS '''mod'', ''blocks'', ''import'', ''calculated'' etc';
COMMENT ON COLUMN moodle.mdl_grade_items_history.itemmodule IS '''forum'', ''quiz'', ''csv'', etc';
COMMENT ON COLUMN moodle.mdl_grade_items_history.iteminstance IS 'id of the item module';
COMMENT ON COLUMN moodle.mdl_grade_items_history.itemnumber IS 'Can be used to distinguish multiple grades for an activity';
COMMENT ON COLUMN moodle.mdl_grade_items_history.iteminfo IS 'Info and notes about this item XXX';
COMMENT ON COLUMN moodle.mdl_grade_items_history.idnumber IS 'Arbitrary idnumber provided by the module responsible';
COMMENT ON COLUMN moodle.mdl_grade_items_history.calculation IS 'Formula describing how to derive this grade from other items, referring to them using giXXX where XXX is grade item id ... eg something like: =sin(square([#gi20#])) + [#gi30#]';
COMMENT ON COLUMN moodle.mdl_grade_items_history.gradetype IS '0 = none, 1 = value, 2 = scale, 3 = text';
COMMENT ON COLUMN moodle.mdl_grade_items_history.grademax IS 'What is the maximum allowable grade?';
COMMENT ON COLUMN moodle.mdl_grade_items_history.grademin IS 'What is the minimum allowable grade?';
COMMENT ON COLUMN moodle.mdl_grade_items_history.scaleid IS 'If this grade is based on a scale, which one is it?';
COMMENT ON COLUMN moodle.mdl_grade_items_history.outcomeid IS 'If this grade is related to an outcome, which one is it?';
COMMENT ON COLUMN moodle.mdl_grade_items_history.gradepass IS 'What grade is needed to pass? grademin &lt; gradepass &lt;= grademax';
COMMENT ON COLUMN moodle.mdl_grade_items_history.multfactor IS 'Multiply all grades by this';
COMMENT ON COLUMN moodle.mdl_grade_items_history.plusfactor IS 'Add this to all grades';
COMMENT ON COLUMN moodle.mdl_grade_items_history.aggregationcoef IS 'Aggregation coefficient used for category weights or other aggregation types';
COMMENT ON COLUMN moodle.mdl_grade_items_history.aggregationcoef2 IS 'Aggregation coefficient used for category weights or other aggregation types';
COMMENT ON COLUMN moodle.mdl_grade_items_history.sortorder IS 'Sorting order of the columns';
COMMENT ON COLUMN moodle.mdl_grade_items_history.hidden IS '1 is hidden, &gt; 1 is a date to hide until (prevents viewing)';
COMMENT ON COLUMN moodle.mdl_grade_items_history.locked IS '1 is locked, &gt; 1 is a date to lock until (prevents update)';
COMMENT ON COLUMN moodle.mdl_grade_items_history.locktime IS 'lock all final grades after this date';
COMMENT ON COLUMN moodle.mdl_grade_items_history.needsupdate IS 'If this flag is set, then the whole column will be recalculated';
COMMENT ON TABLE moodle.mdl_grade_items_history IS 'History of grade_items';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.action IS 'created/modified/deleted constants';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.source IS 'What caused the modification? manual/module/import/...';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.timemodified IS 'The last time this grade_item was modified';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.loggeduser IS 'the userid of the person who last modified this outcome';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.itemid IS 'The item this grade belongs to';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.userid IS 'The user who this grade is for';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.rawgrade IS 'If the grade is a float value (or has been converted to one)';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.rawgrademax IS 'The maximum allowable grade when this was created';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.rawgrademin IS 'The minimum allowable grade when this was created';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.rawscaleid IS 'If this grade is based on a scale, which one was it?';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.usermodified IS 'the userid of the person who last modified this grade';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.finalgrade IS 'The final grade (cached) after all calculations are made';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.hidden IS 'show 0, hide 1 or hide until date';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.locked IS 'not locked 0, locked from date';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.locktime IS 'automatic locking of final grade, 0 means none, date otherwise';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.exported IS 'date of last grade export, 0 if none';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.overridden IS 'indicates grade overridden from gradebook, 0 means none, date means overridden';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.excluded IS 'grade excluded from aggregation functions, date means when excluded';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.feedback IS 'grading feedback';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.feedbackformat IS 'format of feedback text';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.information IS 'optiona information';
COMMENT ON COLUMN moodle.mdl_grade_grades_history.informationformat IS 'format of information text';
COMMENT ON TABLE moodle.mdl_grade_grades_history IS 'History table';
COMMENT ON COLUMN moodle.mdl_grade_import_newitem.itemname IS 'new grade item name';
COMMENT ON COLUMN moodle.mdl_grade_import_newitem.importcode IS 'import batch code for identification';
COMMENT ON COLUMN moodle.mdl_grade_import_newitem.importer IS 'user importing the data';
COMMENT ON TABLE moodle.mdl_grade_import_newitem IS 'temporary table for storing new grade_item names from grade import';
COMMENT ON COLUMN moodle.mdl_grade_import_values.itemid IS 'if set, this points to existing grade_items id';
COMMENT ON COLUMN moodle.mdl_grade_import_values.newgradeitem IS 'if set, points to the id of grade_import_newitem';
COMMENT ON COLUMN moodle.mdl_grade_import_values.finalgrade IS 'raw grade value';
COMMENT ON COLUMN moodle.mdl_grade_import_values.importcode IS 'similar to backup_code, a unique batch code for identifying one batch of imports';
COMMENT ON TABLE moodle.mdl_grade_import_values IS 'Temporary table for importing grades';
COMMENT ON COLUMN moodle.mdl_tag_coll.searchable IS 'Whether the tag collection is searchable';
COMMENT ON COLUMN moodle.mdl_tag_coll.customurl IS 'Custom URL for the tag page instead of /tag/index.php';
COMMENT ON TABLE moodle.mdl_tag_coll IS 'Defines different set of tags';
COMMENT ON COLUMN moodle.mdl_tag_area.multiplecontexts IS 'Whether the tag area allows tag instances to be created in multiple contexts.';
COMMENT ON TABLE moodle.mdl_tag_area IS 'Defines various tag areas, one area is identified by component and itemtype';
COMMENT ON COLUMN moodle.mdl_tag.rawname IS 'The raw, unnormalised name for the tag as entered by users';
COMMENT ON COLUMN moodle.mdl_tag.isstandard IS 'Whether this tag is standard';
COMMENT ON COLUMN moodle.mdl_tag.flag IS 'a tag can be ''flagged'' as inappropriate';
COMMENT ON TABLE moodle.mdl_tag IS 'Tag table - this generic table will replace the old "tags" table.';
COMMENT ON TABLE moodle.mdl_tag_correlation IS 'The rationale for the ''tag_correlation'' table is performance.   It works as a cache for a potentially heavy load query done at the ''tag_instance'' table.   So, the ''tag_correlation'' table stores redundant information derived from the ''tag_instance'' table';
COMMENT ON COLUMN moodle.mdl_tag_instance.component IS 'Defines the Moodle component which the tag was added to';
COMMENT ON COLUMN moodle.mdl_tag_instance.contextid IS 'The context id of the item that was tagged';
COMMENT ON COLUMN moodle.mdl_tag_instance.ordering IS 'Maintains the order of the tag instances of an item';
COMMENT ON COLUMN moodle.mdl_tag_instance.timemodified IS 'timemodified';
COMMENT ON TABLE moodle.mdl_tag_instance IS 'tag_instance table holds the information of associations between tags and other items';
COMMENT ON COLUMN moodle.mdl_groups.name IS 'Short human readable unique name for the group.';
COMMENT ON TABLE moodle.mdl_groups IS 'Each record represents a group.';
COMMENT ON COLUMN moodle.mdl_groupings.name IS 'Short human readable unique name for group.';
COMMENT ON COLUMN moodle.mdl_groupings.configdata IS 'extra configuration data - may be used by group IU tools';
COMMENT ON TABLE moodle.mdl_groupings IS 'A grouping is a collection of groups. WAS: groups_groupings';
COMMENT ON COLUMN moodle.mdl_groups_members.component IS 'Defines the Moodle component which added this group membership (e.g. ''auth_myplugin''), or blank if it was added manually. (Entries which are created by a Moodle component cannot be removed in the normal user interface.)';
COMMENT ON COLUMN moodle.mdl_groups_members.itemid IS 'If the ''component'' field is set, this can be used to define the instance of the component that created the entry. Otherwise should be left as default (0).';
COMMENT ON TABLE moodle.mdl_groups_members IS 'Link a user to a group.';
COMMENT ON TABLE moodle.mdl_groupings_groups IS 'Link a grouping to a group (note, groups can be in multiple groupings ONLY in a course). WAS: groups_groupings_groups';
COMMENT ON COLUMN moodle.mdl_cohort.contextid IS 'Context is usually ignored in sync operations so that the cohorts may be moved freely around in the context tree without any side affects.';
COMMENT ON COLUMN moodle.mdl_cohort.name IS 'Short human readable name for the cohort, does not have to be unique';
COMMENT ON COLUMN moodle.mdl_cohort.idnumber IS 'Unique identifier of a cohort, useful especially for mapping to external entities';
COMMENT ON COLUMN moodle.mdl_cohort.description IS 'Standard description text box';
COMMENT ON COLUMN moodle.mdl_cohort.visible IS 'Visibility to teachers';
COMMENT ON COLUMN moodle.mdl_cohort.component IS 'Component (plugintype_pluignname) that manages the cohort, manual modifications are allowed only when set to NULL';
COMMENT ON TABLE moodle.mdl_cohort IS 'Each record represents one cohort (aka site-wide group).';
COMMENT ON TABLE moodle.mdl_cohort_members IS 'Link a user to a cohort.';
COMMENT ON COLUMN moodle.mdl_user_private_key.script IS 'plugin, module - unique identifier';
COMMENT ON COLUMN moodle.mdl_user_private_key.value IS 'private access key value';
COMMENT ON COLUMN moodle.mdl_user_private_key.userid IS 'owner';
COMMENT ON COLUMN moodle.mdl_user_private_key.instance IS 'optional instance id';
COMMENT ON COLUMN moodle.mdl_user_private_key.iprestriction IS 'ip restriction';
COMMENT ON COLUMN moodle.mdl_user_private_key.validuntil IS 'timestampt - valid until data';
COMMENT ON COLUMN moodle.mdl_user_private_key.timecreated IS 'created timestamp';
COMMENT ON TABLE moodle.mdl_user_private_key IS 'access keys used in cookieless scripts - rss, etc.';
COMMENT ON COLUMN moodle.mdl_grade_letters.contextid IS 'What contextid does this letter apply to (for now these will always be courses, but later...)';
COMMENT ON COLUMN moodle.mdl_grade_letters.lowerboundary IS 'The lower boundary of the letter. Its upper boundary is the lower boundary of the next highest letter, unless there is none above, in which case it''s grademax for that grade_item.';
COMMENT ON COLUMN moodle.mdl_grade_letters.letter IS 'The display value of the letter. Can be any character or string of characters (OK, A, 10% etc..)';
COMMENT ON TABLE moodle.mdl_grade_letters IS 'Repository for grade letters, for courses and other moodle entities that use grades.';
COMMENT ON TABLE moodle.mdl_cache_flags IS 'Cache of time-sensitive flags';
COMMENT ON TABLE moodle.mdl_grade_settings IS 'gradebook settings';
COMMENT ON COLUMN moodle.mdl_portfolio_instance.plugin IS 'fk to plugin';
COMMENT ON COLUMN moodle.mdl_portfolio_instance.name IS 'name of plugin instance';
COMMENT ON COLUMN moodle.mdl_portfolio_instance.visible IS 'whether this instance is visible or not';
COMMENT ON TABLE moodle.mdl_portfolio_instance IS 'base table (not including config data) for instances of portfolio plugins.';
COMMENT ON COLUMN moodle.mdl_portfolio_instance_config.instance IS 'instance of plugin we''re configurating';
COMMENT ON COLUMN moodle.mdl_portfolio_instance_config.name IS 'config field';
COMMENT ON COLUMN moodle.mdl_portfolio_instance_config.value IS 'config value';
COMMENT ON TABLE moodle.mdl_portfolio_instance_config IS 'config for portfolio plugin instances';
COMMENT ON COLUMN moodle.mdl_portfolio_instance_user.instance IS 'fk to instance table';
COMMENT ON COLUMN moodle.mdl_portfolio_instance_user.userid IS 'fk to user table';
COMMENT ON COLUMN moodle.mdl_portfolio_instance_user.name IS 'name of config item';
COMMENT ON COLUMN moodle.mdl_portfolio_instance_user.value IS 'value of config item';
COMMENT ON TABLE moodle.mdl_portfolio_instance_user IS 'user data for portfolio instances.';
COMMENT ON COLUMN moodle.mdl_portfolio_log.userid IS 'user who exported content';
COMMENT ON COLUMN moodle.mdl_portfolio_log.time IS 'time of transfer (in the case of a queued transfer this is the time the actual transfer ran, not when the user started)';
COMMENT ON COLUMN moodle.mdl_portfolio_log.portfolio IS 'fk to portfolio_instance';
COMMENT ON COLUMN moodle.mdl_portfolio_log.caller_class IS 'the name of the class used to create the transfer';
COMMENT ON COLUMN moodle.mdl_portfolio_log.caller_file IS 'path to file to include where the class definition lives. (relative to dirroot)';
COMMENT ON COLUMN moodle.mdl_portfolio_log.caller_component IS 'the component name responsible for exporting';
COMMENT ON COLUMN moodle.mdl_portfolio_log.caller_sha1 IS 'sha1 of exported content as far as the caller is concerned (before the portfolio plugin gets a hold of it)';
COMMENT ON COLUMN moodle.mdl_portfolio_log.tempdataid IS 'old id from portfolio_tempdata.  This is so that we can gracefully catch a race condition between an external system requesting a file and causing the tempdata to be deleted, before the user gets the "your transfer is requested" page';
COMMENT ON COLUMN moodle.mdl_portfolio_log.returnurl IS 'the original "returnurl" of the export - takes us to the moodle page we started from';
COMMENT ON COLUMN moodle.mdl_portfolio_log.continueurl IS 'the url the external system has set to view the transfer';
COMMENT ON TABLE moodle.mdl_portfolio_log IS 'log of portfolio transfers (used to later check for duplicates)';
COMMENT ON COLUMN moodle.mdl_portfolio_tempdata.data IS 'dumping ground for portfolio callers to store their data in.';
COMMENT ON COLUMN moodle.mdl_portfolio_tempdata.expirytime IS 'time this record will expire (used for cron cleanups) - the start of export + 24 hours';
COMMENT ON COLUMN moodle.mdl_portfolio_tempdata.userid IS 'psuedo fk to user.  this is stored in the serialised data structure in the data field, but added here for ease of lookups.';
COMMENT ON COLUMN moodle.mdl_portfolio_tempdata.instance IS 'which portfolio plugin instance is being used';
COMMENT ON COLUMN moodle.mdl_portfolio_tempdata.queued IS 'Value 1 means the entry should be processed in cron.';
COMMENT ON TABLE moodle.mdl_portfolio_tempdata IS 'stores temporary data for portfolio exports. the id of this table is used for the itemid for the temporary files area.  cron can clean up stale records (and associated file data) after expirytime.';
COMMENT ON COLUMN moodle.mdl_message_providers.id IS 'id of the table, please edit me';
COMMENT ON COLUMN moodle.mdl_message_providers.name IS 'The full name of the message provider in standard form';
COMMENT ON COLUMN moodle.mdl_message_providers.component IS 'The name of the component that produces these messages';
COMMENT ON COLUMN moodle.mdl_message_providers.capability IS 'Optional: permission that is required on the user''s setting screen to see this message provider.';
COMMENT ON TABLE moodle.mdl_message_providers IS 'This table stores the message providers (modules and core systems)';
COMMENT ON COLUMN moodle.mdl_message_processors.name IS 'Name of the message processor';
COMMENT ON COLUMN moodle.mdl_message_processors.enabled IS 'Defines if processor is enabled';
COMMENT ON TABLE moodle.mdl_message_processors IS 'List of message output plugins';
COMMENT ON COLUMN moodle.mdl_files.contenthash IS 'sha1 hash of file content';
COMMENT ON COLUMN moodle.mdl_files.pathnamehash IS 'complete file path sha1 hash - unique for each file';
COMMENT ON COLUMN moodle.mdl_files.contextid IS 'The context id defined in context table - identifies the instance of plugin owning the file';
COMMENT ON COLUMN moodle.mdl_files.component IS 'Full name of the component owning the area';
COMMENT ON COLUMN moodle.mdl_files.filearea IS 'Like "coursefiles". "submission", "intro" and "content" (images and swf linked from summaries), etc.';
COMMENT ON COLUMN moodle.mdl_files.itemid IS 'Optional - some plugin specific item id (eg. forum post, blog entry or assignment submission, user id for user files)';
COMMENT ON COLUMN moodle.mdl_files.filepath IS 'Optional - relative path to file from module content root, useful in Scorm and Resource mod - most of the mods do not need this';
COMMENT ON COLUMN moodle.mdl_files.filename IS 'The full Unicode name of this file (case sensitive) - some chars are not allowed though';
COMMENT ON COLUMN moodle.mdl_files.userid IS 'Optional - general userid field - meaning depending on plugin';
COMMENT ON COLUMN moodle.mdl_files.mimetype IS 'type of file - jpeg image, open document spreadsheet';
COMMENT ON COLUMN moodle.mdl_files.status IS 'number greater than 0 means something is wrong with this file (virus, missing, etc.)';
COMMENT ON COLUMN moodle.mdl_files.source IS 'contains the reference if the file is imported from external sites';
COMMENT ON COLUMN moodle.mdl_files.author IS 'The original author of the file';
COMMENT ON COLUMN moodle.mdl_files.license IS 'license of the file to guide reuse';
COMMENT ON COLUMN moodle.mdl_files.sortorder IS 'order of files';
COMMENT ON COLUMN moodle.mdl_files.referencefileid IS 'Use to indicate file is a proxy for repository file';
COMMENT ON TABLE moodle.mdl_files IS 'description of files, content is stored in sha1 file pool';
COMMENT ON COLUMN moodle.mdl_files_reference.lastsync IS 'Last time the proxy file was synced with repository';
COMMENT ON COLUMN moodle.mdl_files_reference.reference IS 'Identification of the external file. Repository plugins are interpreting it to locate the external file.';
COMMENT ON COLUMN moodle.mdl_files_reference.referencehash IS 'Internal implementation detail, contains SHA1 hash of the reference field. Can be indexed and used for comparison. Not meant to be used by a non-core code.';
COMMENT ON TABLE moodle.mdl_files_reference IS 'Store files references';
COMMENT ON TABLE moodle.mdl_file_conversion IS 'Table to track file conversions.';
COMMENT ON TABLE moodle.mdl_repository IS 'This table contains one entry for every configured external repository instance.';
COMMENT ON TABLE moodle.mdl_repository_instances IS 'This table contains one entry for every configured external repository instance.';
COMMENT ON TABLE moodle.mdl_repository_instance_config IS 'The config for intances';
COMMENT ON TABLE moodle.mdl_backup_courses IS 'To store every course backup status';
COMMENT ON TABLE moodle.mdl_block IS 'contains all installed blocks';
COMMENT ON COLUMN moodle.mdl_block_instances.blockname IS 'The type of block this is. Foreign key, references block.name.';
COMMENT ON COLUMN moodle.mdl_block_instances.parentcontextid IS 'The context within which this block appears. Foreign key, references context.id.';
COMMENT ON COLUMN moodle.mdl_block_instances.showinsubcontexts IS 'If 1, this block appears on all matching pages in subcontexts of parentcontextid, as well in pages belonging to parentcontextid.';
COMMENT ON COLUMN moodle.mdl_block_instances.requiredbytheme IS 'If 1, this block was created because it was required by the theme and did not exist.';
COMMENT ON COLUMN moodle.mdl_block_instances.pagetypepattern IS 'The types of page this block appears on. Either an exact page type like mod-quiz-view, or a pattern like mod-quiz-* or course-view-*. Note that course-view-* will match course-view.';
COMMENT ON COLUMN moodle.mdl_block_instances.subpagepattern IS 'Further restrictions on where this block appears. In some places, e.g. during a quiz or lesson attempt, different pages have different subpage ids. If this field is not null, the block only appears on that particular subpage.';
COMMENT ON COLUMN moodle.mdl_block_instances.defaultregion IS 'Which block region this block should appear in on each page, in the absence of a specific position in the block_positions table.';
COMMENT ON COLUMN moodle.mdl_block_instances.defaultweight IS 'Used to order the blocks within a block region. Again, may be overridden by the block_positions table for a specific page where this block appears.';
COMMENT ON COLUMN moodle.mdl_block_instances.configdata IS 'A serialized blob of configuration data for this block instance.';
COMMENT ON COLUMN moodle.mdl_block_instances.timecreated IS 'Time at which this block instance was originally created';
COMMENT ON COLUMN moodle.mdl_block_instances.timemodified IS 'Time at which block instance was last modified.';
COMMENT ON TABLE moodle.mdl_block_instances IS 'This table stores block instances. The type of block this is is given by the blockname column. The places this block instance appears is controlled by the parentcontexid, showinsubcontexts, pagetypepattern and subpagepattern fields. Where the block appears on the page (by default) is controlled by the defaultposition and defaultweight columns. The block''s own configuration is stored serialized in configdata.';
COMMENT ON COLUMN moodle.mdl_block_positions.blockinstanceid IS 'The block_instance this position relates to.';
COMMENT ON COLUMN moodle.mdl_block_positions.contextid IS 'With pagetype and subpage, defines the page we are setting the position for.';
COMMENT ON COLUMN moodle.mdl_block_positions.pagetype IS 'With contextid and subpage, defines the page we are setting the position for.';
COMMENT ON COLUMN moodle.mdl_block_positions.subpage IS 'With contextid and pagetype, defines the page we are setting the position for.';
COMMENT ON COLUMN moodle.mdl_block_positions.visible IS 'Whether this block instance is visible on this page.';
COMMENT ON COLUMN moodle.mdl_block_positions.region IS 'Which block region on this page this block should appear in.';
COMMENT ON COLUMN moodle.mdl_block_positions.weight IS 'Used to order the blocks within a block region.';
COMMENT ON TABLE moodle.mdl_block_positions IS 'Stores the position of a sticky block_instance on a another page than the one where it was added.';
COMMENT ON COLUMN moodle.mdl_comments.component IS 'The plugin this comment belongs to.';
COMMENT ON TABLE moodle.mdl_comments IS 'moodle comments module';
COMMENT ON COLUMN moodle.mdl_external_services.shortname IS 'a unique shortname';
COMMENT ON COLUMN moodle.mdl_external_services.downloadfiles IS '1 if the service allow people to download file from webservice/plugins.php - 0 if not';
COMMENT ON COLUMN moodle.mdl_external_services.uploadfiles IS '1 if the service allow people to upload files to webservice/upload.php - 0 if not';
COMMENT ON TABLE moodle.mdl_external_services IS 'built in and custom external services';
COMMENT ON COLUMN moodle.mdl_external_functions.capabilities IS 'all capabilities that are required to be run by the function (separated by comma)';
COMMENT ON COLUMN moodle.mdl_external_functions.services IS 'all the services (by shortname) where this function must be included';
COMMENT ON TABLE moodle.mdl_external_functions IS 'list of all external functions';
COMMENT ON TABLE moodle.mdl_external_services_functions IS 'lists functions available in each service group';
COMMENT ON COLUMN moodle.mdl_external_services_users.iprestriction IS 'ip restriction';
COMMENT ON COLUMN moodle.mdl_external_services_users.validuntil IS 'timestampt - valid until data';
COMMENT ON COLUMN moodle.mdl_external_services_users.timecreated IS 'created timestamp';
COMMENT ON TABLE moodle.mdl_external_services_users IS 'users allowed to use services with restricted users flag';
COMMENT ON COLUMN moodle.mdl_external_tokens.token IS 'security token, aka private access key';
COMMENT ON COLUMN moodle.mdl_external_tokens.privatetoken IS 'private token, generated at the same time that the token, must be stored safely by the ws client, to be transmitted only via https';
COMMENT ON COLUMN moodle.mdl_external_tokens.tokentype IS 'type of token: 0=permanent, no session; 1=linked to current browser session via sid; 2=permanent, with emulated session';
COMMENT ON COLUMN moodle.mdl_external_tokens.userid IS 'owner of the token';
COMMENT ON COLUMN moodle.mdl_external_tokens.sid IS 'link to browser or emulated session';
COMMENT ON COLUMN moodle.mdl_external_tokens.contextid IS 'context id where in token valid';
COMMENT ON COLUMN moodle.mdl_external_tokens.creatorid IS 'user id of the token creator (useful to know when the administrator created a token and so display the token to a specific administrator)';
COMMENT ON COLUMN moodle.mdl_external_tokens.iprestriction IS 'ip restriction';
COMMENT ON COLUMN moodle.mdl_external_tokens.validuntil IS 'timestampt - valid until data';
COMMENT ON COLUMN moodle.mdl_external_tokens.timecreated IS 'created timestamp';
COMMENT ON COLUMN moodle.mdl_external_tokens.lastaccess IS 'last access timestamp';
COMMENT ON TABLE moodle.mdl_external_tokens IS 'Security tokens for accessing of external services';
COMMENT ON TABLE moodle.mdl_blog_association IS 'Associations of blog entries with courses and module instances';
COMMENT ON COLUMN moodle.mdl_blog_external.filtertags IS 'Comma-separated list of tags that will be used to filter which entries are copied over from the external blog. They refer to existing tags in the external blog.';
COMMENT ON COLUMN moodle.mdl_blog_external.failedlastsync IS 'Whether or not the last sync failed for some reason';
COMMENT ON TABLE moodle.mdl_blog_external IS 'External blog links used for RSS copying of blog entries to Moodle user blogs';
COMMENT ON TABLE moodle.mdl_rating IS 'moodle ratings';
COMMENT ON COLUMN moodle.mdl_license.custom IS 'If this flag is set, license is custom and can be updated or deleted, otherwise license is a core license and cannot be edited.';
COMMENT ON TABLE moodle.mdl_license IS 'store licenses used by moodle';
COMMENT ON COLUMN moodle.mdl_registration_hubs.token IS 'the token to communicate with the hub by web service';
COMMENT ON COLUMN moodle.mdl_registration_hubs.secret IS 'the unique site identifier for this hub';
COMMENT ON TABLE moodle.mdl_registration_hubs IS 'hub where the site is registered on with their associated token';
COMMENT ON COLUMN moodle.mdl_backup_controllers.backupid IS 'unique id of the backup';
COMMENT ON COLUMN moodle.mdl_backup_controllers.operation IS 'Type of operation (backup/restore)';
COMMENT ON COLUMN moodle.mdl_backup_controllers.type IS 'Type of the backup (activity/section/course)';
COMMENT ON COLUMN moodle.mdl_backup_controllers.itemid IS 'id of the module/section/activity being backup';
COMMENT ON COLUMN moodle.mdl_backup_controllers.format IS 'format of the backup (moodle/imscc...)';
COMMENT ON COLUMN moodle.mdl_backup_controllers.interactive IS 'is the backup interactive (1-yes/0-no)';
COMMENT ON COLUMN moodle.mdl_backup_controllers.purpose IS 'purpose (target) of the backup (general, import, hub...)';
COMMENT ON COLUMN moodle.mdl_backup_controllers.userid IS 'user that owns/performs the backup';
COMMENT ON COLUMN moodle.mdl_backup_controllers.status IS 'current status of the backup (configured, ui, running...)';
COMMENT ON COLUMN moodle.mdl_backup_controllers.execution IS 'type of execution (immediate/delayed)';
COMMENT ON COLUMN moodle.mdl_backup_controllers.executiontime IS 'epoch secs when the backup should be executed (for delayed backups only)';
COMMENT ON COLUMN moodle.mdl_backup_controllers.checksum IS 'checksum of the backup_controller object';
COMMENT ON COLUMN moodle.mdl_backup_controllers.timecreated IS 'time the controller was created';
COMMENT ON COLUMN moodle.mdl_backup_controllers.timemodified IS 'last time the controller was modified';
COMMENT ON COLUMN moodle.mdl_backup_controllers.progress IS 'The backup or restore progress as a floating point number';
COMMENT ON COLUMN moodle.mdl_backup_controllers.controller IS 'serialised backup_controller object';
COMMENT ON TABLE moodle.mdl_backup_controllers IS 'To store the backup_controllers as they are used';
COMMENT ON COLUMN moodle.mdl_backup_logs.backupid IS 'backupid the log record belongs to';
COMMENT ON COLUMN moodle.mdl_backup_logs.loglevel IS 'level of the log (debug...error)';
COMMENT ON COLUMN moodle.mdl_backup_logs.message IS 'text logged';
COMMENT ON COLUMN moodle.mdl_backup_logs.timecreated IS 'timestamp this log entry was created';
COMMENT ON TABLE moodle.mdl_backup_logs IS 'To store all the logs from backup and restore operations (by db logger)';
COMMENT ON COLUMN moodle.mdl_profiling.runid IS 'the unique id for this run (as generated by xhprof)';
COMMENT ON COLUMN moodle.mdl_profiling.url IS 'the url this profiling record is about (without wwwroot nor query params)';
COMMENT ON COLUMN moodle.mdl_profiling.data IS 'the raw data gathered by xhprof';
COMMENT ON COLUMN moodle.mdl_profiling.totalexecutiontime IS 'time (in microseconds) spent by the run';
COMMENT ON COLUMN moodle.mdl_profiling.totalcputime IS 'time (in microseconds) spent by the CPU in this run';
COMMENT ON COLUMN moodle.mdl_profiling.totalcalls IS 'Total number of calls performed by the run';
COMMENT ON COLUMN moodle.mdl_profiling.totalmemory IS 'Total memory used byt the run';
COMMENT ON COLUMN moodle.mdl_profiling.runreference IS 'Is this run a reference one';
COMMENT ON COLUMN moodle.mdl_profiling.runcomment IS 'Brief comment for this run';
COMMENT ON COLUMN moodle.mdl_profiling.timecreated IS 'unix timestap of the creation of this run';
COMMENT ON TABLE moodle.mdl_profiling IS 'Stores the results of all the profiling runs';
COMMENT ON COLUMN moodle.mdl_course_published.huburl IS 'the url of the "registered on" hub';
COMMENT ON COLUMN moodle.mdl_course_published.courseid IS 'the id of the published course';
COMMENT ON COLUMN moodle.mdl_course_published.timepublished IS 'The time when the publication occurred';
COMMENT ON COLUMN moodle.mdl_course_published.enrollable IS '1 = enrollable, 0 = downloadable';
COMMENT ON COLUMN moodle.mdl_course_published.hubcourseid IS 'the course id on the hub server';
COMMENT ON COLUMN moodle.mdl_course_published.status IS 'is the publication published or not';
COMMENT ON COLUMN moodle.mdl_course_published.timechecked IS 'the last time the status has been checked';
COMMENT ON TABLE moodle.mdl_course_published IS 'Information about how and when an local courses were published to hubs';
COMMENT ON COLUMN moodle.mdl_grading_areas.contextid IS 'The context of the gradable area, eg module instance context.';
COMMENT ON COLUMN moodle.mdl_grading_areas.component IS 'Frankenstyle name of the component holding this area';
COMMENT ON COLUMN moodle.mdl_grading_areas.areaname IS 'The name of gradable area';
COMMENT ON COLUMN moodle.mdl_grading_areas.activemethod IS 'The default grading method (plugin) that should be used for this area';
COMMENT ON TABLE moodle.mdl_grading_areas IS 'Identifies gradable areas where advanced grading can happen. For each area, the current active plugin can be set.';
COMMENT ON COLUMN moodle.mdl_grading_definitions.method IS 'The name of the plugin providing this grading form';
COMMENT ON COLUMN moodle.mdl_grading_definitions.name IS 'The title of the form that helps users to identify it';
COMMENT ON COLUMN moodle.mdl_grading_definitions.description IS 'More detailed description of the form';
COMMENT ON COLUMN moodle.mdl_grading_definitions.descriptionformat IS 'Format of the description field';
COMMENT ON COLUMN moodle.mdl_grading_definitions.status IS 'Status of the form definition, by default in the under-construction state';
COMMENT ON COLUMN moodle.mdl_grading_definitions.copiedfromid IS 'The id of the original definition that this was initially copied from or null if it was from scratch';
COMMENT ON COLUMN moodle.mdl_grading_definitions.timecreated IS 'The timestamp of when the form definition was created initially';
COMMENT ON COLUMN moodle.mdl_grading_definitions.usercreated IS 'The ID of the user who created this definition and is considered as its owner for access control purposes';
COMMENT ON COLUMN moodle.mdl_grading_definitions.timemodified IS 'The time stamp of when the form definition was modified recently';
COMMENT ON COLUMN moodle.mdl_grading_definitions.usermodified IS 'The ID of the user who did the most recent modification';
COMMENT ON COLUMN moodle.mdl_grading_definitions.timecopied IS 'The timestamp of when this form was most recently copied into another area';
COMMENT ON COLUMN moodle.mdl_grading_definitions.options IS 'General field to be used by plugins as a general storage place for their own settings';
COMMENT ON TABLE moodle.mdl_grading_definitions IS 'Contains the basic information about an advanced grading form defined in the given gradable area';
COMMENT ON COLUMN moodle.mdl_grading_instances.definitionid IS 'The ID of the form definition this is instance of';
COMMENT ON COLUMN moodle.mdl_grading_instances.raterid IS 'The ID of the user who did the assessment';
COMMENT ON COLUMN moodle.mdl_grading_instances.itemid IS 'This identifies the graded item within the grabable area';
COMMENT ON COLUMN moodle.mdl_grading_instances.rawgrade IS 'The raw normalized grade 0.00000 - 100.00000 as a result of the most recent assessment';
COMMENT ON COLUMN moodle.mdl_grading_instances.status IS 'The status of the assessment. By default the instance is under-assessment state';
COMMENT ON COLUMN moodle.mdl_grading_instances.feedback IS 'Overall feedback from the rater for the author of the graded item';
COMMENT ON COLUMN moodle.mdl_grading_instances.feedbackformat IS 'The format of the feedback field';
COMMENT ON COLUMN moodle.mdl_grading_instances.timemodified IS 'The timestamp of when the assessment was most recently modified';
COMMENT ON TABLE moodle.mdl_grading_instances IS 'Grading form instance is an assessment record for one gradable item assessed by one rater';
COMMENT ON COLUMN moodle.mdl_event_subscriptions.eventtype IS 'The type of the event';
COMMENT ON COLUMN moodle.mdl_event_subscriptions.pollinterval IS 'Frequency of checks for new/changed events';
COMMENT ON TABLE moodle.mdl_event_subscriptions IS 'Tracks subscriptions to remote calendars.';
COMMENT ON COLUMN moodle.mdl_badge.type IS '1 = site, 2 = course';
COMMENT ON COLUMN moodle.mdl_badge.attachment IS 'Attach baked badge for download';
COMMENT ON COLUMN moodle.mdl_badge.notification IS 'Message when badge is awarded';
COMMENT ON COLUMN moodle.mdl_badge.status IS 'Badge status: 0 = inactive, 1 = active, 2 = active+locked, 3 = inactive+locked, 4 = archived';
COMMENT ON TABLE moodle.mdl_badge IS 'Defines badge';
COMMENT ON COLUMN moodle.mdl_badge_criteria.criteriatype IS 'The criteria type we are aggregating';
COMMENT ON COLUMN moodle.mdl_badge_criteria.method IS '1 = all, 2 = any';
COMMENT ON TABLE moodle.mdl_badge_criteria IS 'Defines criteria for issuing badges';
COMMENT ON TABLE moodle.mdl_badge_criteria_param IS 'Defines parameters for badges criteria';
COMMENT ON TABLE moodle.mdl_badge_issued IS 'Defines issued badges';
COMMENT ON TABLE moodle.mdl_badge_criteria_met IS 'Defines criteria that were met for an issued badge';
COMMENT ON TABLE moodle.mdl_badge_endorsement IS 'Defines endorsement for badge';
COMMENT ON TABLE moodle.mdl_badge_manual_award IS 'Track manual award criteria for badges';
COMMENT ON TABLE moodle.mdl_badge_backpack IS 'Defines settings for connecting external backpack';
COMMENT ON TABLE moodle.mdl_badge_backpack_oauth2 IS 'Default comment for the table, please edit me';
COMMENT ON COLUMN moodle.mdl_badge_external.backpackid IS 'ID of a backpack';
COMMENT ON COLUMN moodle.mdl_badge_external.collectionid IS 'Badge collection id in the backpack';
COMMENT ON COLUMN moodle.mdl_badge_external.assertion IS 'Assertion of external badge';
COMMENT ON TABLE moodle.mdl_badge_external IS 'Setting for external badges display';
COMMENT ON COLUMN moodle.mdl_badge_external_identifier.sitebackpackid IS 'ID of a site backpack';
COMMENT ON TABLE moodle.mdl_badge_external_identifier IS 'Setting for external badges mappings';
COMMENT ON TABLE moodle.mdl_badge_alignment IS 'Defines alignment for badges';
COMMENT ON TABLE moodle.mdl_badge_related IS 'Defines badge related for badges';
COMMENT ON COLUMN moodle.mdl_badge_external_backpack.oauth2_issuerid IS 'OAuth 2 Issuer';
COMMENT ON TABLE moodle.mdl_badge_external_backpack IS 'Defines settings for site level backpacks that a user can connect to.';
COMMENT ON COLUMN moodle.mdl_user_devices.appid IS 'the app id, usually something like com.moodle.moodlemobile';
COMMENT ON COLUMN moodle.mdl_user_devices.name IS 'the device name, occam or iPhone etc..';
COMMENT ON COLUMN moodle.mdl_user_devices.model IS 'the device model, Nexus 4 or iPad 1,1';
COMMENT ON COLUMN moodle.mdl_user_devices.platform IS 'the device platform, Android or iOS etc';
COMMENT ON COLUMN moodle.mdl_user_devices.version IS 'The device version, 6.1.2, 4.2.2 etc..';
COMMENT ON COLUMN moodle.mdl_user_devices.pushid IS 'the device PUSH token/key/identifier/registration id';
COMMENT ON COLUMN moodle.mdl_user_devices.uuid IS 'The device vendor UUID';
COMMENT ON TABLE moodle.mdl_user_devices IS 'This table stores user''s mobile devices information in order to send PUSH notifications';
COMMENT ON COLUMN moodle.mdl_user_password_resets.userid IS 'id of the user account which requester claimed to be';
COMMENT ON COLUMN moodle.mdl_user_password_resets.timerequested IS 'The time that the user first requested this password reset';
COMMENT ON COLUMN moodle.mdl_user_password_resets.timererequested IS 'The time the user re-requested the password reset.';
COMMENT ON COLUMN moodle.mdl_user_password_resets.token IS 'secret set and emailed to user';
COMMENT ON TABLE moodle.mdl_user_password_resets IS 'table tracking password reset confirmation tokens';
COMMENT ON COLUMN moodle.mdl_lock_db.resourcekey IS 'String identifying the resource to be locked. Should use frankenstyle format.';
COMMENT ON COLUMN moodle.mdl_lock_db.expires IS 'Expiry time for an active lock.';
COMMENT ON COLUMN moodle.mdl_lock_db.owner IS 'uuid indicating the owner of the lock.';
COMMENT ON TABLE moodle.mdl_lock_db IS 'Stores active and inactive lock types for db locking method.';
COMMENT ON COLUMN moodle.mdl_task_scheduled.component IS 'The component this scheduled task belongs to.';
COMMENT ON COLUMN moodle.mdl_task_scheduled.classname IS 'The class extending scheduled_task to be called when running this task.';
COMMENT ON COLUMN moodle.mdl_task_scheduled.blocking IS 'Block the entire cron when this task is running.';
COMMENT ON COLUMN moodle.mdl_task_scheduled.customised IS 'Used on upgrades to prevent overwriting custom schedules.';
COMMENT ON COLUMN moodle.mdl_task_scheduled.disabled IS '1 means do not run from cron';
COMMENT ON COLUMN moodle.mdl_task_scheduled.timestarted IS 'Time when the task was started';
COMMENT ON COLUMN moodle.mdl_task_scheduled.hostname IS 'Hostname where the task is running';
COMMENT ON COLUMN moodle.mdl_task_scheduled.pid IS 'PHP process ID that is running the task';
COMMENT ON TABLE moodle.mdl_task_scheduled IS 'List of scheduled tasks to be run by cron.';
COMMENT ON COLUMN moodle.mdl_task_adhoc.component IS 'The component that triggered this adhoc task.';
COMMENT ON COLUMN moodle.mdl_task_adhoc.classname IS 'The name of the class extending adhoc_task to run when this task is executed.';
COMMENT ON COLUMN moodle.mdl_task_adhoc.customdata IS 'Custom data to be passed to the adhoc task. Must be serialisable using json_encode()';
COMMENT ON COLUMN moodle.mdl_task_adhoc.timecreated IS 'Timestamp of adhoc task creation';
COMMENT ON COLUMN moodle.mdl_task_adhoc.timestarted IS 'Time when the task was started';
COMMENT ON COLUMN moodle.mdl_task_adhoc.hostname IS 'Hostname where the task is running';
COMMENT ON COLUMN moodle.mdl_task_adhoc.pid IS 'PHP process ID that is running the task';
COMMENT ON TABLE moodle.mdl_task_adhoc IS 'List of adhoc tasks waiting to run.';
COMMENT ON COLUMN moodle.mdl_task_log.type IS 'The type of task. Scheduled task = 0; Adhoc task = 1.';
COMMENT ON COLUMN moodle.mdl_task_log.component IS 'The component that the task belongs to';
COMMENT ON COLUMN moodle.mdl_task_log.classname IS 'The class of the task being run';
COMMENT ON COLUMN moodle.mdl_task_log.userid IS 'The userid that the task was configured to run as (Adhoc tasks only)';
COMMENT ON COLUMN moodle.mdl_task_log.timestart IS 'The start time of the task';
COMMENT ON COLUMN moodle.mdl_task_log.timeend IS 'The end time of the task';
COMMENT ON COLUMN moodle.mdl_task_log.dbreads IS 'The number of DB reads performed during the task.';
COMMENT ON COLUMN moodle.mdl_task_log.dbwrites IS 'The number of DB writes performed during the task.';
COMMENT ON COLUMN moodle.mdl_task_log.result IS 'Whether the task was successful or not. 0 = pass; 1 = fail.';
COMMENT ON COLUMN moodle.mdl_task_log.hostname IS 'Hostname where the task was executed';
COMMENT ON COLUMN moodle.mdl_task_log.pid IS 'PHP process ID that was running the task';
COMMENT ON TABLE moodle.mdl_task_log IS 'The log table for all tasks';
COMMENT ON COLUMN moodle.mdl_messageinbound_handlers.component IS 'The component this handler belongs to.';
COMMENT ON COLUMN moodle.mdl_messageinbound_handlers.classname IS 'The class defining the Inbound Message handler to be called.';
COMMENT ON COLUMN moodle.mdl_messageinbound_handlers.defaultexpiration IS 'The default expiration period to use when creating a new key';
COMMENT ON COLUMN moodle.mdl_messageinbound_handlers.validateaddress IS 'Whether to validate the sender address against the user record.';
COMMENT ON COLUMN moodle.mdl_messageinbound_handlers.enabled IS 'Whether this handler is currently enabled.';
COMMENT ON TABLE moodle.mdl_messageinbound_handlers IS 'Inbound Message Handler definitions.';
COMMENT ON COLUMN moodle.mdl_messageinbound_datakeys.handler IS 'The handler that this key belongs to.';
COMMENT ON COLUMN moodle.mdl_messageinbound_datakeys.datavalue IS 'The integer value of the data item that this key belongs to.';
COMMENT ON COLUMN moodle.mdl_messageinbound_datakeys.datakey IS 'The secret key for this data item.';
COMMENT ON COLUMN moodle.mdl_messageinbound_datakeys.timecreated IS 'The time that the data key was created.';
COMMENT ON COLUMN moodle.mdl_messageinbound_datakeys.expires IS 'The expiry time of this key.';
COMMENT ON TABLE moodle.mdl_messageinbound_datakeys IS 'Inbound Message data item secret keys.';
COMMENT ON COLUMN moodle.mdl_messageinbound_messagelist.address IS 'The Inbound Message address that the message was originally sent to';
COMMENT ON TABLE moodle.mdl_messageinbound_messagelist IS 'A list of message IDs for existing replies';
COMMENT ON COLUMN moodle.mdl_competency.shortname IS 'Shortname of a competency';
COMMENT ON COLUMN moodle.mdl_competency.description IS 'Description of a single competency';
COMMENT ON COLUMN moodle.mdl_competency.descriptionformat IS 'The format of the description field';
COMMENT ON COLUMN moodle.mdl_competency.competencyframeworkid IS 'The framework this competency relates to.';
COMMENT ON COLUMN moodle.mdl_competency.parentid IS 'The parent competency.';
COMMENT ON COLUMN moodle.mdl_competency.path IS 'Used to speed up queries that use an entire branch of the tree. Looks like /5/34/54.';
COMMENT ON COLUMN moodle.mdl_competency.sortorder IS 'Relative sort order within the branch';
COMMENT ON COLUMN moodle.mdl_competency.timecreated IS 'The time this competency was created.';
COMMENT ON COLUMN moodle.mdl_competency.timemodified IS 'The time this competency was last modified.';
COMMENT ON COLUMN moodle.mdl_competency.usermodified IS 'The user who last modified this competency';
COMMENT ON TABLE moodle.mdl_competency IS 'This table contains the master record of each competency in a framework';
COMMENT ON COLUMN moodle.mdl_competency_coursecompsetting.courseid IS 'The course this setting is linked to.';
COMMENT ON COLUMN moodle.mdl_competency_coursecompsetting.pushratingstouserplans IS 'Does this course push ratings to user plans?';
COMMENT ON COLUMN moodle.mdl_competency_coursecompsetting.timecreated IS 'The time this setting was created.';
COMMENT ON COLUMN moodle.mdl_competency_coursecompsetting.timemodified IS 'The time this setting was last modified.';
COMMENT ON COLUMN moodle.mdl_competency_coursecompsetting.usermodified IS 'The user who last modified this setting';
COMMENT ON TABLE moodle.mdl_competency_coursecompsetting IS 'This table contains the course specific settings for competencies.';
COMMENT ON COLUMN moodle.mdl_competency_framework.shortname IS 'Short name for the competency framework.';
COMMENT ON COLUMN moodle.mdl_competency_framework.idnumber IS 'Unique idnumber for this competency framework.';
COMMENT ON COLUMN moodle.mdl_competency_framework.description IS 'Description of this competency framework';
COMMENT ON COLUMN moodle.mdl_competency_framework.descriptionformat IS 'The format of the description field';
COMMENT ON COLUMN moodle.mdl_competency_framework.scaleid IS 'Scale used to define competency.';
COMMENT ON COLUMN moodle.mdl_competency_framework.scaleconfiguration IS 'Scale information.';
COMMENT ON COLUMN moodle.mdl_competency_framework.visible IS 'Used to show/hide this competency framework.';
COMMENT ON COLUMN moodle.mdl_competency_framework.taxonomies IS 'Sequence of terms to use for each competency level.';
COMMENT ON COLUMN moodle.mdl_competency_framework.timecreated IS 'The time this competency framework was created.';
COMMENT ON COLUMN moodle.mdl_competency_framework.timemodified IS 'The time this competency framework was last modified.';
COMMENT ON COLUMN moodle.mdl_competency_framework.usermodified IS 'The user who last modified this framework';
COMMENT ON TABLE moodle.mdl_competency_framework IS 'List of competency frameworks.';
COMMENT ON COLUMN moodle.mdl_competency_coursecomp.courseid IS 'The course this competency is linked to.';
COMMENT ON COLUMN moodle.mdl_competency_coursecomp.competencyid IS 'The competency that is linked to this course.';
COMMENT ON COLUMN moodle.mdl_competency_coursecomp.ruleoutcome IS 'The rule that applies to the competency when the course is completed.';
COMMENT ON COLUMN moodle.mdl_competency_coursecomp.timecreated IS 'The time this link was created.';
COMMENT ON COLUMN moodle.mdl_competency_coursecomp.timemodified IS 'The time this link was modified.';
COMMENT ON COLUMN moodle.mdl_competency_coursecomp.usermodified IS 'The user who modified this link.';
COMMENT ON COLUMN moodle.mdl_competency_coursecomp.sortorder IS 'The display order for this link.';
COMMENT ON TABLE moodle.mdl_competency_coursecomp IS 'Link a competency to a course.';
COMMENT ON COLUMN moodle.mdl_competency_plan.origtemplateid IS 'The template ID this plan was based on originally';
COMMENT ON TABLE moodle.mdl_competency_plan IS 'Learning plans';
COMMENT ON COLUMN moodle.mdl_competency_template.shortname IS 'Short name for the learning plan template.';
COMMENT ON COLUMN moodle.mdl_competency_template.description IS 'Description of this learning plan template';
COMMENT ON COLUMN moodle.mdl_competency_template.descriptionformat IS 'The format of the description field';
COMMENT ON COLUMN moodle.mdl_competency_template.visible IS 'Used to show/hide this learning plan template.';
COMMENT ON COLUMN moodle.mdl_competency_template.duedate IS 'The default due date for instances of this plan.';
COMMENT ON COLUMN moodle.mdl_competency_template.timecreated IS 'The time this learning plan template was created.';
COMMENT ON COLUMN moodle.mdl_competency_template.timemodified IS 'The time this learning plan template was last modified.';
COMMENT ON COLUMN moodle.mdl_competency_template.usermodified IS 'The user who last modified this learning plan template';
COMMENT ON TABLE moodle.mdl_competency_template IS 'Learning plan templates.';
COMMENT ON COLUMN moodle.mdl_competency_templatecomp.templateid IS 'The template this competency is linked to.';
COMMENT ON COLUMN moodle.mdl_competency_templatecomp.competencyid IS 'The competency that is linked to this course.';
COMMENT ON COLUMN moodle.mdl_competency_templatecomp.timecreated IS 'The time this link was created.';
COMMENT ON COLUMN moodle.mdl_competency_templatecomp.timemodified IS 'The time this link was modified.';
COMMENT ON COLUMN moodle.mdl_competency_templatecomp.usermodified IS 'The user who modified this link.';
COMMENT ON COLUMN moodle.mdl_competency_templatecomp.sortorder IS 'Relative sort order';
COMMENT ON TABLE moodle.mdl_competency_templatecomp IS 'Link a competency to a learning plan template.';
COMMENT ON TABLE moodle.mdl_competency_templatecohort IS 'Default comment for the table, please edit me';
COMMENT ON TABLE moodle.mdl_competency_relatedcomp IS 'Related competencies';
COMMENT ON COLUMN moodle.mdl_competency_usercomp.userid IS 'User associated to the competency.';
COMMENT ON COLUMN moodle.mdl_competency_usercomp.competencyid IS 'Competency associated to the user.';
COMMENT ON COLUMN moodle.mdl_competency_usercomp.status IS 'Competency status.';
COMMENT ON COLUMN moodle.mdl_competency_usercomp.reviewerid IS 'User that reviewed the competency.';
COMMENT ON COLUMN moodle.mdl_competency_usercomp.proficiency IS 'Indicate if the competency is proficient not.';
COMMENT ON COLUMN moodle.mdl_competency_usercomp.grade IS 'Grade assigned to the competency.';
COMMENT ON TABLE moodle.mdl_competency_usercomp IS 'User competencies';
COMMENT ON COLUMN moodle.mdl_competency_usercompcourse.userid IS 'User associated to the competency.';
COMMENT ON COLUMN moodle.mdl_competency_usercompcourse.courseid IS 'The course this competency is linked to.';
COMMENT ON COLUMN moodle.mdl_competency_usercompcourse.competencyid IS 'Competency associated to the user.';
COMMENT ON COLUMN moodle.mdl_competency_usercompcourse.proficiency IS 'Indicate if the competency is proficient not.';
COMMENT ON COLUMN moodle.mdl_competency_usercompcourse.grade IS 'The course grade assigned for the competency.';
COMMENT ON TABLE moodle.mdl_competency_usercompcourse IS 'User competencies in a course';
COMMENT ON COLUMN moodle.mdl_competency_usercompplan.userid IS 'User associated to the competency.';
COMMENT ON COLUMN moodle.mdl_competency_usercompplan.competencyid IS 'Competency associated to the user.';
COMMENT ON COLUMN moodle.mdl_competency_usercompplan.planid IS 'Plan associated to the user.';
COMMENT ON COLUMN moodle.mdl_competency_usercompplan.proficiency IS 'Indicate if the competency is proficient not.';
COMMENT ON COLUMN moodle.mdl_competency_usercompplan.grade IS 'Grade assigned to the competency.';
COMMENT ON COLUMN moodle.mdl_competency_usercompplan.sortorder IS 'Relative sort order';
COMMENT ON TABLE moodle.mdl_competency_usercompplan IS 'User competencies plans';
COMMENT ON COLUMN moodle.mdl_competency_plancomp.sortorder IS 'Relative sort order';
COMMENT ON TABLE moodle.mdl_competency_plancomp IS 'Plan competencies';
COMMENT ON COLUMN moodle.mdl_competency_evidence.note IS 'A non-localised text to attach to the evidence.';
COMMENT ON TABLE moodle.mdl_competency_evidence IS 'The evidence linked to a user competency';
COMMENT ON TABLE moodle.mdl_competency_userevidence IS 'The evidence of prior learning';
COMMENT ON TABLE moodle.mdl_competency_userevidencecomp IS 'Relationship between user evidence and competencies';
COMMENT ON COLUMN moodle.mdl_competency_modulecomp.cmid IS 'ID of the record in the course_modules table.';
COMMENT ON COLUMN moodle.mdl_competency_modulecomp.timecreated IS 'The time this record was created.';
COMMENT ON COLUMN moodle.mdl_competency_modulecomp.timemodified IS 'The time this record was last modified';
COMMENT ON COLUMN moodle.mdl_competency_modulecomp.usermodified IS 'The user who last modified this field.';
COMMENT ON COLUMN moodle.mdl_competency_modulecomp.sortorder IS 'The field used to naturally sort this link.';
COMMENT ON COLUMN moodle.mdl_competency_modulecomp.competencyid IS 'The course competency this activity is linked to.';
COMMENT ON COLUMN moodle.mdl_competency_modulecomp.ruleoutcome IS 'The outcome when an activity is completed.';
COMMENT ON TABLE moodle.mdl_competency_modulecomp IS 'Link a competency to a module.';
COMMENT ON COLUMN moodle.mdl_oauth2_endpoint.timecreated IS 'The time this record was created.';
COMMENT ON COLUMN moodle.mdl_oauth2_endpoint.timemodified IS 'The time this record was modified.';
COMMENT ON COLUMN moodle.mdl_oauth2_endpoint.usermodified IS 'The user who modified this record.';
COMMENT ON COLUMN moodle.mdl_oauth2_endpoint.name IS 'The service name.';
COMMENT ON COLUMN moodle.mdl_oauth2_endpoint.url IS 'The url to the endpoint';
COMMENT ON COLUMN moodle.mdl_oauth2_endpoint.issuerid IS 'The identity provider this service belongs to.';
COMMENT ON TABLE moodle.mdl_oauth2_endpoint IS 'Describes the named endpoint for an oauth2 service.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.timecreated IS 'Time this record was created.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.timemodified IS 'Time this record was modified.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.usermodified IS 'The user who modified this record';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.name IS 'The name of this identity issuer';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.baseurl IS 'The base url to the issuer';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.clientid IS 'The client id used to connect to this oauth2 service.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.clientsecret IS 'The secret used to connect to this oauth2 service.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.loginscopes IS 'The scopes requested for a normal login attempt.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.loginscopesoffline IS 'The scopes requested for a login attempt to generate a refresh token.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.loginparams IS 'Additional parameters sent for a login attempt.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.loginparamsoffline IS 'Additional parameters sent for a login attempt to generate a refresh token.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.alloweddomains IS 'Allowed domains for this issuer.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.scopessupported IS 'The list of scopes this service supports.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.basicauth IS 'Use HTTP Basic authentication scheme when sending client ID and password';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.sortorder IS 'The defined sort order.';
COMMENT ON COLUMN moodle.mdl_oauth2_issuer.servicetype IS 'Issuer service type, such as ''google'' or ''facebook''.';
COMMENT ON TABLE moodle.mdl_oauth2_issuer IS 'Details for an oauth 2 connect identity issuer.';
COMMENT ON COLUMN moodle.mdl_oauth2_system_account.timecreated IS 'Time this record was created.';
COMMENT ON COLUMN moodle.mdl_oauth2_system_account.timemodified IS 'Time this record was modified.';
COMMENT ON COLUMN moodle.mdl_oauth2_system_account.usermodified IS 'The user who modified this record.';
COMMENT ON COLUMN moodle.mdl_oauth2_system_account.issuerid IS 'The id of the oauth 2 identity issuer';
COMMENT ON COLUMN moodle.mdl_oauth2_system_account.refreshtoken IS 'The refresh token used to request access tokens.';
COMMENT ON COLUMN moodle.mdl_oauth2_system_account.grantedscopes IS 'The scopes that this system account has been granted access to.';
COMMENT ON COLUMN moodle.mdl_oauth2_system_account.email IS 'The email that was connected to this issuer.';
COMMENT ON COLUMN moodle.mdl_oauth2_system_account.username IS 'The username that was connected as a system account to this issue.';
COMMENT ON TABLE moodle.mdl_oauth2_system_account IS 'Stored details used to get an access token as a system user for this oauth2 service.';
COMMENT ON COLUMN moodle.mdl_oauth2_user_field_mapping.timemodified IS 'The time this record was modified';
COMMENT ON COLUMN moodle.mdl_oauth2_user_field_mapping.timecreated IS 'The time this record was created.';
COMMENT ON COLUMN moodle.mdl_oauth2_user_field_mapping.usermodified IS 'The user who modified this record.';
COMMENT ON COLUMN moodle.mdl_oauth2_user_field_mapping.issuerid IS 'The oauth issuer.';
COMMENT ON COLUMN moodle.mdl_oauth2_user_field_mapping.externalfield IS 'The fieldname returned by the userinfo endpoint.';
COMMENT ON COLUMN moodle.mdl_oauth2_user_field_mapping.internalfield IS 'The name of the Moodle field this user field maps to.';
COMMENT ON TABLE moodle.mdl_oauth2_user_field_mapping IS 'Mapping of oauth user fields to moodle fields.';
COMMENT ON TABLE moodle.mdl_course_completion_defaults IS 'Default settings for activities completion';
COMMENT ON COLUMN moodle.mdl_analytics_models.name IS 'Explicit name of the model, the localised target name is used when left empty';
COMMENT ON COLUMN moodle.mdl_analytics_models.contextids IS 'The model will be restricted to this contexts';
COMMENT ON TABLE moodle.mdl_analytics_models IS 'Analytic models.';
COMMENT ON TABLE moodle.mdl_analytics_models_log IS 'Analytic models changes during evaluation.';
COMMENT ON TABLE moodle.mdl_analytics_predictions IS 'Predictions';
COMMENT ON TABLE moodle.mdl_analytics_train_samples IS 'Samples used for training';
COMMENT ON TABLE moodle.mdl_analytics_predict_samples IS 'Samples already used for predictions.';
COMMENT ON TABLE moodle.mdl_analytics_used_files IS 'Files that have already been used for training and prediction.';
COMMENT ON COLUMN moodle.mdl_analytics_indicator_calc.value IS 'The calculated value, it can be null.';
COMMENT ON TABLE moodle.mdl_analytics_indicator_calc IS 'Stored indicator calculations';
COMMENT ON TABLE moodle.mdl_analytics_prediction_actions IS 'Register of user actions over predictions.';
COMMENT ON COLUMN moodle.mdl_oauth2_access_token.timecreated IS 'Time this record was created.';
COMMENT ON COLUMN moodle.mdl_oauth2_access_token.timemodified IS 'Time this record was modified.';
COMMENT ON COLUMN moodle.mdl_oauth2_access_token.usermodified IS 'The user who modified this record.';
COMMENT ON COLUMN moodle.mdl_oauth2_access_token.issuerid IS 'Corresponding oauth2 issuer';
COMMENT ON COLUMN moodle.mdl_oauth2_access_token.token IS 'access token';
COMMENT ON COLUMN moodle.mdl_oauth2_access_token.expires IS 'Expiry timestamp (according to the issuer)';
COMMENT ON TABLE moodle.mdl_oauth2_access_token IS 'Stores access tokens for system accounts in order to be able to use a single token across multiple sessions';
COMMENT ON TABLE moodle.mdl_analytics_used_analysables IS 'List of analysables used by each model';
COMMENT ON COLUMN moodle.mdl_search_index_requests.contextid IS 'Context ID that has been requested for reindexing.';
COMMENT ON COLUMN moodle.mdl_search_index_requests.searcharea IS 'Set (e.g. ''forum-post'') if a specific area is to be reindexed. Blank indicates all areas.';
COMMENT ON COLUMN moodle.mdl_search_index_requests.timerequested IS 'Time at which this index update was requested.';
COMMENT ON COLUMN moodle.mdl_search_index_requests.partialarea IS 'If processing of this context partially completed, set to the area that needs processing next. Blank indicates not processed yet.';
COMMENT ON COLUMN moodle.mdl_search_index_requests.partialtime IS 'If processing partially completed, set to the timestamp within the next area where processing should start. 0 indicates not processed yet.';
COMMENT ON COLUMN moodle.mdl_search_index_requests.indexpriority IS 'Priority value so that important requests can be dealt with first; higher numbers are processed first';
COMMENT ON TABLE moodle.mdl_search_index_requests IS 'Records requests for (re)indexing of specific contexts. Entries will be removed from this table when indexing of that context is complete. (This table is not used for normal time-based indexing of new content.)';
COMMENT ON COLUMN moodle.mdl_favourite.component IS 'Defines the Moodle component in which the favourite was created.';
COMMENT ON COLUMN moodle.mdl_favourite.itemtype IS 'The type of the item which is being favourited. Usually a table name, but doesn''t have to be. E.g. ''messages'' or ''message_conversations''.';
COMMENT ON COLUMN moodle.mdl_favourite.itemid IS 'The identifier of the item which is being favourited.';
COMMENT ON COLUMN moodle.mdl_favourite.contextid IS 'The context id of the item being favourited';
COMMENT ON COLUMN moodle.mdl_favourite.userid IS 'The id of the user to whom the favourite belongs';
COMMENT ON COLUMN moodle.mdl_favourite.ordering IS 'Optional ordering of the favourite within its context area. For example, this allows things like sorting favourite message conversations.';
COMMENT ON COLUMN moodle.mdl_favourite.timecreated IS 'Creation time';
COMMENT ON COLUMN moodle.mdl_favourite.timemodified IS 'Last modification time';
COMMENT ON TABLE moodle.mdl_favourite IS 'Stores the relationship between an arbitrary item (itemtype, itemid), and a context area (component, contextid) for a specific user. Used by the favourites subsystem.';
COMMENT ON TABLE moodle.mdl_customfield_category IS 'core_customfield category table';
COMMENT ON TABLE moodle.mdl_customfield_field IS 'core_customfield field table';
COMMENT ON TABLE moodle.mdl_customfield_data IS 'core_customfield data table';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.id IS 'Primary Key: The id of the library';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.machinename IS 'The library machine name';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.title IS 'The human readable name of this library';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.runnable IS 'Can this library be started by the module? i.e. not a dependency.';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.fullscreen IS 'Display fullscreen button';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.embedtypes IS 'List of supported embed types';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.preloadedjs IS 'Comma separated list of scripts to load.';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.preloadedcss IS 'Comma separated list of stylesheets to load.';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.droplibrarycss IS 'List of libraries that should not have CSS included if this library is used. Comma separated list.';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.semantics IS 'The semantics definition in json format';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.addto IS 'Plugin configuration data';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.coremajor IS 'H5P core API major version required';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.coreminor IS 'H5P core API minor version required';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.metadatasettings IS 'Library metadata settings';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.tutorial IS 'Tutorial URL';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.example IS 'Example URL';
COMMENT ON COLUMN moodle.mdl_h5p_libraries.enabled IS 'Defines if this library is enabled (1) or not (0)';
COMMENT ON TABLE moodle.mdl_h5p_libraries IS 'Stores information about libraries used by H5P content.';
COMMENT ON COLUMN moodle.mdl_h5p_library_dependencies.libraryid IS 'The id of a H5P library.';
COMMENT ON COLUMN moodle.mdl_h5p_library_dependencies.requiredlibraryid IS 'The dependent library to load';
COMMENT ON COLUMN moodle.mdl_h5p_library_dependencies.dependencytype IS 'preloaded, dynamic, or editor';
COMMENT ON TABLE moodle.mdl_h5p_library_dependencies IS 'Stores H5P library dependencies';
COMMENT ON COLUMN moodle.mdl_h5p.jsoncontent IS 'The content in json format';
COMMENT ON COLUMN moodle.mdl_h5p.mainlibraryid IS 'The library we first instanciate for this node';
COMMENT ON COLUMN moodle.mdl_h5p.displayoptions IS 'H5P Button display options';
COMMENT ON COLUMN moodle.mdl_h5p.pathnamehash IS 'Defines the complete unique hash for the file path where the H5P content was added.';
COMMENT ON COLUMN moodle.mdl_h5p.contenthash IS 'Defines the hash for the file content.';
COMMENT ON COLUMN moodle.mdl_h5p.filtered IS 'Filtered version of json_content';
COMMENT ON TABLE moodle.mdl_h5p IS 'Stores H5P content information';
COMMENT ON COLUMN moodle.mdl_h5p_contents_libraries.h5pid IS 'Identifier for the h5p content';
COMMENT ON COLUMN moodle.mdl_h5p_contents_libraries.libraryid IS 'The identifier of a H5P library this content uses';
COMMENT ON COLUMN moodle.mdl_h5p_contents_libraries.dependencytype IS 'dynamic, preloaded or editor';
COMMENT ON COLUMN moodle.mdl_h5p_contents_libraries.dropcss IS '1 if the preloaded css from the dependency is to be excluded';
COMMENT ON COLUMN moodle.mdl_h5p_contents_libraries.weight IS 'Determines the order in which the preloaded libraries will be loaded';
COMMENT ON TABLE moodle.mdl_h5p_contents_libraries IS 'Store which library is used in which content.';
COMMENT ON COLUMN moodle.mdl_h5p_libraries_cachedassets.hash IS 'Cache hash key that this library is part of.';
COMMENT ON TABLE moodle.mdl_h5p_libraries_cachedassets IS 'H5P cached library assets';
COMMENT ON COLUMN moodle.mdl_contentbank_content.contextid IS 'References context.id.';
COMMENT ON COLUMN moodle.mdl_contentbank_content.usercreated IS 'The original author of the content';
COMMENT ON TABLE moodle.mdl_contentbank_content IS 'This table stores content data in the content bank.';
COMMENT ON TABLE moodle.mdl_payment_accounts IS 'Payment accounts';
COMMENT ON TABLE moodle.mdl_payment_gateways IS 'Configuration for one gateway for one payment account';
COMMENT ON COLUMN moodle.mdl_payments.component IS 'The plugin this payment belongs to.';
COMMENT ON COLUMN moodle.mdl_payments.paymentarea IS 'The name of payable area';
COMMENT ON TABLE moodle.mdl_payments IS 'Stores information about payments';
COMMENT ON COLUMN moodle.mdl_infected_files.filename IS 'Original file name';
COMMENT ON COLUMN moodle.mdl_infected_files.quarantinedfile IS 'Quarantine zip file';
COMMENT ON COLUMN moodle.mdl_infected_files.userid IS 'The user that uploaded the infected file.';
COMMENT ON COLUMN moodle.mdl_infected_files.reason IS 'The reason for the antivirus failure';
COMMENT ON COLUMN moodle.mdl_infected_files.timecreated IS 'The time the infected file was uploaded.';
COMMENT ON TABLE moodle.mdl_infected_files IS 'Table to store infected file details.';
COMMENT ON COLUMN moodle.mdl_oauth2_refresh_token.timecreated IS 'Time this record was created.';
COMMENT ON COLUMN moodle.mdl_oauth2_refresh_token.timemodified IS 'Time this record was modified.';
COMMENT ON COLUMN moodle.mdl_oauth2_refresh_token.userid IS 'The user to whom this refresh token belongs.';
COMMENT ON COLUMN moodle.mdl_oauth2_refresh_token.issuerid IS 'Corresponding oauth2 issuer';
COMMENT ON COLUMN moodle.mdl_oauth2_refresh_token.token IS 'refresh token';
COMMENT ON COLUMN moodle.mdl_oauth2_refresh_token.scopehash IS 'sha1 hash of the scopes used when requesting the refresh token';
COMMENT ON TABLE moodle.mdl_oauth2_refresh_token IS 'Stores refresh tokens which can be exchanged for access tokens';
COMMENT ON COLUMN moodle.mdl_assign.name IS 'The name of the instance of the assignment. Displayed at the top of each page.';
COMMENT ON COLUMN moodle.mdl_assign.intro IS 'The description of the assignment. This field is used by feature MOD_INTRO.';
COMMENT ON COLUMN moodle.mdl_assign.introformat IS 'The format of the description field of the assignment. This field is used by feature MOD_INTRO.';
COMMENT ON COLUMN moodle.mdl_assign.alwaysshowdescription IS 'If false the assignment intro will only be displayed after the allowsubmissionsfrom date. If true it will always be displayed.';
COMMENT ON COLUMN moodle.mdl_assign.nosubmissions IS 'This field is a cache for is_any_submission_plugin_enabled() which allows Moodle pages to distinguish offline assignment types without loading the assignment class.';
COMMENT ON COLUMN moodle.mdl_assign.submissiondrafts IS 'If true, assignment submissions will be considered drafts until the student clicks on the submit assignmnet button.';
COMMENT ON COLUMN moodle.mdl_assign.sendnotifications IS 'Allows the disabling of email notifications in the assign module.';
COMMENT ON COLUMN moodle.mdl_assign.sendlatenotifications IS 'Allows separate enabling of notifications for late assignment submissions.';
COMMENT ON COLUMN moodle.mdl_assign.duedate IS 'The due date for the assignment. Displayed to students.';
COMMENT ON COLUMN moodle.mdl_assign.allowsubmissionsfromdate IS 'If set, submissions will only be accepted after this date.';
COMMENT ON COLUMN moodle.mdl_assign.grade IS 'The maximum grade for this assignment. Can be negative to indicate the use of a scale.';
COMMENT ON COLUMN moodle.mdl_assign.timemodified IS 'The time the settings for this assign module instance were last modified.';
COMMENT ON COLUMN moodle.mdl_assign.requiresubmissionstatement IS 'Forces the student to accept a submission statement when submitting an assignment';
COMMENT ON COLUMN moodle.mdl_assign.completionsubmit IS 'If this field is set to 1, then the activity will be automatically marked as ''complete'' once the user submits their assignment.';
COMMENT ON COLUMN moodle.mdl_assign.cutoffdate IS 'The final date after which submissions will no longer be accepted for this assignment without an extensions.';
COMMENT ON COLUMN moodle.mdl_assign.gradingduedate IS 'The expected date for marking the submissions.';
COMMENT ON COLUMN moodle.mdl_assign.teamsubmission IS 'Do students submit in teams?';
COMMENT ON COLUMN moodle.mdl_assign.requireallteammemberssubmit IS 'If enabled, a submission will not be accepted until all team members have submitted it.';
COMMENT ON COLUMN moodle.mdl_assign.teamsubmissiongroupingid IS 'A grouping id to get groups for team submissions';
COMMENT ON COLUMN moodle.mdl_assign.blindmarking IS 'Hide student/grader identities until the reveal identities action is performed';
COMMENT ON COLUMN moodle.mdl_assign.hidegrader IS 'Hide the grader''s identity from students. The opposite of blind marking.';
COMMENT ON COLUMN moodle.mdl_assign.revealidentities IS 'Show identities for a blind marking assignment';
COMMENT ON COLUMN moodle.mdl_assign.attemptreopenmethod IS 'How to determine when students are allowed to open a new submission. Valid options are none, manual, untilpass';
COMMENT ON COLUMN moodle.mdl_assign.maxattempts IS 'What is the maximum number of student attempts allowed for this assignment? -1 means unlimited.';
COMMENT ON COLUMN moodle.mdl_assign.markingworkflow IS 'If enabled, marking workflow features will be used in this assignment.';
COMMENT ON COLUMN moodle.mdl_assign.markingallocation IS 'If enabled, marking allocation features will be used in this assignment';
COMMENT ON COLUMN moodle.mdl_assign.sendstudentnotifications IS 'Default for send student notifications checkbox when grading.';
COMMENT ON COLUMN moodle.mdl_assign.preventsubmissionnotingroup IS 'If enabled a user will be unable to make a submission unless they are a member of a group.';
COMMENT ON TABLE moodle.mdl_assign IS 'This table saves information about an instance of mod_assign in a course.';
COMMENT ON COLUMN moodle.mdl_assign_submission.timecreated IS 'The time of the first student submission to this assignment.';
COMMENT ON COLUMN moodle.mdl_assign_submission.timemodified IS 'The last time this assignment submission was modified by a student.';
COMMENT ON COLUMN moodle.mdl_assign_submission.status IS 'The status of this assignment submission. The current statuses are DRAFT and SUBMITTED.';
COMMENT ON COLUMN moodle.mdl_assign_submission.groupid IS 'The group id for team submissions';
COMMENT ON COLUMN moodle.mdl_assign_submission.attemptnumber IS 'Used to track attempts for an assignment';
COMMENT ON COLUMN moodle.mdl_assign_submission.latest IS 'Greatly simplifies queries wanting to know information about only the latest attempt.';
COMMENT ON TABLE moodle.mdl_assign_submission IS 'This table keeps information about student interactions with the mod/assign. This is limited to metadata about a student submission but does not include the submission itself which is stored by plugins.';
COMMENT ON COLUMN moodle.mdl_assign_grades.timecreated IS 'The time the assignment submission was first modified by a grader.';
COMMENT ON COLUMN moodle.mdl_assign_grades.timemodified IS 'The most recent modification time for the assignment submission by a grader.';
COMMENT ON COLUMN moodle.mdl_assign_grades.grade IS 'The numerical grade for this assignment submission. Can be determined by scales/advancedgradingforms etc but will always be converted back to a floating point number.';
COMMENT ON COLUMN moodle.mdl_assign_grades.attemptnumber IS 'The attempt number that this grade relates to';
COMMENT ON TABLE moodle.mdl_assign_grades IS 'Grading information about a single assignment submission.';
COMMENT ON COLUMN moodle.mdl_assign_plugin_config.value IS 'The value of the config setting. Stored as text but can be interpreted by the plugin however it likes.';
COMMENT ON TABLE moodle.mdl_assign_plugin_config IS 'Config data for an instance of a plugin in an assignment.';
COMMENT ON TABLE moodle.mdl_assign_user_mapping IS 'Map an assignment specific id number to a user';
COMMENT ON COLUMN moodle.mdl_assign_user_flags.userid IS 'The id of the user these flags apply to.';
COMMENT ON COLUMN moodle.mdl_assign_user_flags.assignment IS 'The assignment these flags apply to.';
COMMENT ON COLUMN moodle.mdl_assign_user_flags.locked IS 'Student cannot make any changes to their submission if this flag is set.';
COMMENT ON COLUMN moodle.mdl_assign_user_flags.mailed IS 'Has the student been sent a notification about this grade update?';
COMMENT ON COLUMN moodle.mdl_assign_user_flags.extensionduedate IS 'An extension date assigned to an individual student.';
COMMENT ON COLUMN moodle.mdl_assign_user_flags.workflowstate IS 'The current workflow state of the grade';
COMMENT ON COLUMN moodle.mdl_assign_user_flags.allocatedmarker IS 'The allocated marker to this submission';
COMMENT ON TABLE moodle.mdl_assign_user_flags IS 'List of flags that can be set for a single user in a single assignment.';
COMMENT ON COLUMN moodle.mdl_assign_overrides.assignid IS 'Foreign key references assign.id';
COMMENT ON COLUMN moodle.mdl_assign_overrides.groupid IS 'Foreign key references groups.id.  Can be null if this is a per-user override.';
COMMENT ON COLUMN moodle.mdl_assign_overrides.userid IS 'Foreign key references user.id.  Can be null if this is a per-group override.';
COMMENT ON COLUMN moodle.mdl_assign_overrides.sortorder IS 'Rank for sorting overrides.';
COMMENT ON COLUMN moodle.mdl_assign_overrides.allowsubmissionsfromdate IS 'Time at which students may start attempting this assign. Can be null, in which case the assign default is used.';
COMMENT ON COLUMN moodle.mdl_assign_overrides.duedate IS 'Time by which students must have completed their attempt.  Can be null, in which case the assign default is used.';
COMMENT ON COLUMN moodle.mdl_assign_overrides.cutoffdate IS 'Time by which students must have completed their attempt.  Can be null, in which case the assign default is used.';
COMMENT ON TABLE moodle.mdl_assign_overrides IS 'The overrides to assign settings.';
COMMENT ON TABLE moodle.mdl_book IS 'Defines book';
COMMENT ON TABLE moodle.mdl_book_chapters IS 'Defines book_chapters';
COMMENT ON COLUMN moodle.mdl_chat.introformat IS 'text format of intro field';
COMMENT ON TABLE moodle.mdl_chat IS 'Each of these is a chat room';
COMMENT ON TABLE moodle.mdl_chat_messages IS 'Stores all the actual chat messages';
COMMENT ON TABLE moodle.mdl_chat_messages_current IS 'Stores current session';
COMMENT ON TABLE moodle.mdl_chat_users IS 'Keeps track of which users are in which chat rooms';
COMMENT ON COLUMN moodle.mdl_choice.completionsubmit IS 'If this field is set to 1, then the activity will be automatically marked as ''complete'' once the user submits their choice.';
COMMENT ON COLUMN moodle.mdl_choice.showavailable IS 'If this field is set to 1, then the the number of available space on choice options will be shown, given limitanswers is set to 1.';
COMMENT ON TABLE moodle.mdl_choice IS 'Available choices are stored here';
COMMENT ON TABLE moodle.mdl_choice_options IS 'available options to choice';
COMMENT ON TABLE moodle.mdl_choice_answers IS 'choices performed by users';
COMMENT ON COLUMN moodle.mdl_data.notification IS 'Notify people when things change';
COMMENT ON COLUMN moodle.mdl_data.timemodified IS 'The time the settings for this database module instance were last modified.';
COMMENT ON COLUMN moodle.mdl_data.completionentries IS 'Number of entries required for completion';
COMMENT ON TABLE moodle.mdl_data IS 'all database activities';
COMMENT ON COLUMN moodle.mdl_data_fields.required IS 'Required fields must have a value when inserted by a user';
COMMENT ON TABLE moodle.mdl_data_fields IS 'every field available';
COMMENT ON TABLE moodle.mdl_data_records IS 'every record introduced';
COMMENT ON TABLE moodle.mdl_data_content IS 'the content introduced in each record/fields';
COMMENT ON COLUMN moodle.mdl_feedback.completionsubmit IS 'If this field is set to 1, then the activity will be automatically marked as ''complete'' once the user submits their choice.';
COMMENT ON TABLE moodle.mdl_feedback IS 'all feedbacks';
COMMENT ON TABLE moodle.mdl_feedback_template IS 'templates of feedbackstructures';
COMMENT ON TABLE moodle.mdl_feedback_item IS 'feedback_items';
COMMENT ON TABLE moodle.mdl_feedback_completed IS 'filled out feedback';
COMMENT ON TABLE moodle.mdl_feedback_completedtmp IS 'filled out feedback';
COMMENT ON TABLE moodle.mdl_feedback_value IS 'values of the completeds';
COMMENT ON TABLE moodle.mdl_feedback_valuetmp IS 'values of the completedstmp';
COMMENT ON TABLE moodle.mdl_feedback_sitecourse_map IS 'feedback sitecourse map';
COMMENT ON COLUMN moodle.mdl_folder.revision IS 'incremented when after each file changes, solves browser caching issues';
COMMENT ON COLUMN moodle.mdl_folder.display IS 'Display type of folder contents - on a separate page or inline';
COMMENT ON COLUMN moodle.mdl_folder.showexpanded IS '1 = expanded, 0 = collapsed for sub-folders';
COMMENT ON COLUMN moodle.mdl_folder.showdownloadfolder IS '1 = show download folder button';
COMMENT ON COLUMN moodle.mdl_folder.forcedownload IS '1 = force download of individual files';
COMMENT ON TABLE moodle.mdl_folder IS 'each record is one folder resource';
COMMENT ON COLUMN moodle.mdl_forum.introformat IS 'text format of intro field';
COMMENT ON COLUMN moodle.mdl_forum.duedate IS 'A due date to show in the calendar. Not used for grading.';
COMMENT ON COLUMN moodle.mdl_forum.cutoffdate IS 'The final date after which forum posts will no longer be accepted for this forum.';
COMMENT ON COLUMN moodle.mdl_forum.maxattachments IS 'Number of attachments allowed per post';
COMMENT ON COLUMN moodle.mdl_forum.completiondiscussions IS 'Nonzero if a certain number of posts are required to mark this forum completed for a user.';
COMMENT ON COLUMN moodle.mdl_forum.completionreplies IS 'Nonzero if a certain number of replies are required to mark this forum complete for a user.';
COMMENT ON COLUMN moodle.mdl_forum.completionposts IS 'Nonzero if a certain number of posts or replies (total) are required to mark this forum complete for a user.';
COMMENT ON TABLE moodle.mdl_forum IS 'Forums contain and structure discussion';
COMMENT ON TABLE moodle.mdl_forum_discussions IS 'Forums are composed of discussions';
COMMENT ON TABLE moodle.mdl_forum_posts IS 'All posts are stored in this table';
COMMENT ON COLUMN moodle.mdl_forum_queue.timemodified IS 'The modified time of the original post';
COMMENT ON TABLE moodle.mdl_forum_queue IS 'For keeping track of posts that will be mailed in digest form';
COMMENT ON TABLE moodle.mdl_forum_subscriptions IS 'Keeps track of who is subscribed to what forum';
COMMENT ON TABLE moodle.mdl_forum_digests IS 'Keeps track of user mail delivery preferences for each forum';
COMMENT ON TABLE moodle.mdl_forum_read IS 'Tracks each users read posts';
COMMENT ON TABLE moodle.mdl_forum_track_prefs IS 'Tracks each users untracked forums';
COMMENT ON TABLE moodle.mdl_forum_discussion_subs IS 'Users may choose to subscribe and unsubscribe from specific discussions.';
COMMENT ON COLUMN moodle.mdl_forum_grades.forum IS 'The ID of the forum that this grade relates to';
COMMENT ON COLUMN moodle.mdl_forum_grades.itemnumber IS 'The grade itemnumber';
COMMENT ON COLUMN moodle.mdl_forum_grades.userid IS 'The user who was graded';
COMMENT ON COLUMN moodle.mdl_forum_grades.grade IS 'The numerical grade for this user''s forum assessment. Can be determined by scales/advancedgradingforms etc but will always be converted back to a floating point number.';
COMMENT ON TABLE moodle.mdl_forum_grades IS 'Grading data for forum instances';
COMMENT ON COLUMN moodle.mdl_glossary.approvaldisplayformat IS 'Display Format when approving entries';
COMMENT ON COLUMN moodle.mdl_glossary.completionentries IS 'Non zero if a certain number of entries are required to mark this glossary complete for a user.';
COMMENT ON TABLE moodle.mdl_glossary IS 'all glossaries';
COMMENT ON TABLE moodle.mdl_glossary_entries IS 'all glossary entries';
COMMENT ON TABLE moodle.mdl_glossary_alias IS 'entries alias';
COMMENT ON TABLE moodle.mdl_glossary_categories IS 'all categories for glossary entries';
COMMENT ON TABLE moodle.mdl_glossary_entries_categories IS 'categories of each glossary entry';
COMMENT ON TABLE moodle.mdl_glossary_formats IS 'Setting of the display formats';
COMMENT ON COLUMN moodle.mdl_h5pactivity.course IS 'ID of the course this activity is part of.';
COMMENT ON COLUMN moodle.mdl_h5pactivity.name IS 'The name of the activity module instance';
COMMENT ON COLUMN moodle.mdl_h5pactivity.timecreated IS 'Timestamp of when the instance was added to the course.';
COMMENT ON COLUMN moodle.mdl_h5pactivity.timemodified IS 'Timestamp of when the instance was last modified.';
COMMENT ON COLUMN moodle.mdl_h5pactivity.intro IS 'Activity description.';
COMMENT ON COLUMN moodle.mdl_h5pactivity.introformat IS 'The format of the intro field.';
COMMENT ON COLUMN moodle.mdl_h5pactivity.displayoptions IS 'H5P Button display options';
COMMENT ON COLUMN moodle.mdl_h5pactivity.enabletracking IS 'Enable xAPI tracking';
COMMENT ON COLUMN moodle.mdl_h5pactivity.grademethod IS 'Which H5P attempt is used for grading';
COMMENT ON TABLE moodle.mdl_h5pactivity IS 'Stores the h5pactivity activity module instances.';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts.h5pactivityid IS 'H5P activity ID';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts.userid IS 'Attempt user ID';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts.attempt IS 'Attempt number';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts.scaled IS 'Number 0..1 that reflects the performance of the learner';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts.duration IS 'Number of second inverted in that attempt (provided by the statement)';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts.completion IS 'Store the xAPI tracking completion result.';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts.success IS 'Store the xAPI tracking success result.';
COMMENT ON TABLE moodle.mdl_h5pactivity_attempts IS 'Users attempts inside H5P activities';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts_results.attemptid IS 'h5pactivity_attempts ID';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts_results.correctpattern IS 'Correct Pattern in xAPI format';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts_results.response IS 'User response data in xAPI format';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts_results.additionals IS 'Extra subcontent information in JSON format';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts_results.duration IS 'Seconds inverted in this result (exctracted directly from statement)';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts_results.completion IS 'Store the xAPI tracking completion result.';
COMMENT ON COLUMN moodle.mdl_h5pactivity_attempts_results.success IS 'Store the xAPI tracking success result.';
COMMENT ON TABLE moodle.mdl_h5pactivity_attempts_results IS 'H5Pactivities_attempts tracking info';
COMMENT ON COLUMN moodle.mdl_imscp.revision IS 'incremented when after each file changes, solves browser caching issues';
COMMENT ON COLUMN moodle.mdl_imscp.keepold IS 'incremented when after each file changes, solves browser caching issues';
COMMENT ON TABLE moodle.mdl_imscp IS 'each record is one imscp resource';
COMMENT ON TABLE moodle.mdl_label IS 'Defines labels';
COMMENT ON COLUMN moodle.mdl_lesson.mediafile IS 'Local file path or full external URL';
COMMENT ON COLUMN moodle.mdl_lesson.allowofflineattempts IS 'Whether to allow the lesson to be attempted offline in the mobile app';
COMMENT ON TABLE moodle.mdl_lesson IS 'Defines lesson';
COMMENT ON TABLE moodle.mdl_lesson_pages IS 'Defines lesson_pages';
COMMENT ON TABLE moodle.mdl_lesson_answers IS 'Defines lesson_answers';
COMMENT ON TABLE moodle.mdl_lesson_attempts IS 'Defines lesson_attempts';
COMMENT ON TABLE moodle.mdl_lesson_grades IS 'Defines lesson_grades';
COMMENT ON COLUMN moodle.mdl_lesson_timer.timemodifiedoffline IS 'Last modified time via web services (mobile app).';
COMMENT ON TABLE moodle.mdl_lesson_timer IS 'lesson timer for each lesson';
COMMENT ON TABLE moodle.mdl_lesson_branch IS 'branches for each lesson/user';
COMMENT ON COLUMN moodle.mdl_lesson_overrides.lessonid IS 'Foreign key references lesson.id';
COMMENT ON COLUMN moodle.mdl_lesson_overrides.groupid IS 'Foreign key references groups.id.  Can be null if this is a per-user override.';
COMMENT ON COLUMN moodle.mdl_lesson_overrides.userid IS 'Foreign key references user.id.  Can be null if this is a per-group override.';
COMMENT ON COLUMN moodle.mdl_lesson_overrides.available IS 'Time at which students may start attempting this lesson. Can be null, in which case the lesson default is used.';
COMMENT ON COLUMN moodle.mdl_lesson_overrides.deadline IS 'Time by which students must have completed their attempt.  Can be null, in which case the lesson default is used.';
COMMENT ON COLUMN moodle.mdl_lesson_overrides.timelimit IS 'Time limit in seconds.  Can be null, in which case the lesson default is used.';
COMMENT ON COLUMN moodle.mdl_lesson_overrides.password IS 'Lesson password.  Can be null, in which case the lesson default is used.';
COMMENT ON TABLE moodle.mdl_lesson_overrides IS 'The overrides to lesson settings.';
COMMENT ON COLUMN moodle.mdl_lti.course IS 'Course basiclti activity belongs to';
COMMENT ON COLUMN moodle.mdl_lti.name IS 'name field for moodle instances';
COMMENT ON COLUMN moodle.mdl_lti.intro IS 'General introduction of the basiclti activity';
COMMENT ON COLUMN moodle.mdl_lti.introformat IS 'Format of the intro field (MOODLE, HTML, MARKDOWN...)';
COMMENT ON COLUMN moodle.mdl_lti.typeid IS 'Basic LTI type';
COMMENT ON COLUMN moodle.mdl_lti.toolurl IS 'Remote tool url';
COMMENT ON COLUMN moodle.mdl_lti.instructorchoicesendname IS 'Send user''s name';
COMMENT ON COLUMN moodle.mdl_lti.instructorchoicesendemailaddr IS 'Send user''s email';
COMMENT ON COLUMN moodle.mdl_lti.instructorchoiceallowroster IS 'Allow the roster to be retrieved';
COMMENT ON COLUMN moodle.mdl_lti.instructorchoiceallowsetting IS 'Allow a tool to store a setting';
COMMENT ON COLUMN moodle.mdl_lti.instructorcustomparameters IS 'Additional custom parameters provided by the instructor';
COMMENT ON COLUMN moodle.mdl_lti.instructorchoiceacceptgrades IS 'Accept grades from tool';
COMMENT ON COLUMN moodle.mdl_lti.grade IS 'Grade scale';
COMMENT ON COLUMN moodle.mdl_lti.launchcontainer IS 'Launch external tool in a pop-up';
COMMENT ON COLUMN moodle.mdl_lti.debuglaunch IS 'Enable the debug-style launch which pauses before auto-submit';
COMMENT ON TABLE moodle.mdl_lti IS 'This table contains Basic LTI activities instances';
COMMENT ON COLUMN moodle.mdl_lti_tool_proxies.name IS 'Tool Provider name';
COMMENT ON COLUMN moodle.mdl_lti_tool_proxies.state IS 'Configured = 1, Pending = 2, Accepted = 3, Rejected = 4, Cancelled = 5';
COMMENT ON COLUMN moodle.mdl_lti_tool_proxies.capabilityoffered IS 'List of capabilities offered, one per line';
COMMENT ON COLUMN moodle.mdl_lti_tool_proxies.serviceoffered IS 'List of services offered, one per line';
COMMENT ON COLUMN moodle.mdl_lti_tool_proxies.toolproxy IS 'JSON string representing tool proxy returned by tool provider';
COMMENT ON COLUMN moodle.mdl_lti_tool_proxies.createdby IS 'ID of user which initiated the registration process';
COMMENT ON COLUMN moodle.mdl_lti_tool_proxies.timecreated IS 'Date/time at which the record was created';
COMMENT ON COLUMN moodle.mdl_lti_tool_proxies.timemodified IS 'Date/time at which the record was last modified';
COMMENT ON TABLE moodle.mdl_lti_tool_proxies IS 'LTI tool proxy registrations';
COMMENT ON COLUMN moodle.mdl_lti_types.name IS 'Activity name';
COMMENT ON COLUMN moodle.mdl_lti_types.state IS 'Active = 1, Pending = 2, Rejected = 3';
COMMENT ON COLUMN moodle.mdl_lti_types.toolproxyid IS 'Primary key of related tool proxy (null for LTI 1 tools)';
COMMENT ON COLUMN moodle.mdl_lti_types.enabledcapability IS 'Enabled capabilities, one per line (null for LTI 1 tools)';
COMMENT ON COLUMN moodle.mdl_lti_types.parameter IS 'Launch parameters, one per line (null for LTI 1 tools)';
COMMENT ON COLUMN moodle.mdl_lti_types.icon IS 'URL to icon file';
COMMENT ON COLUMN moodle.mdl_lti_types.secureicon IS 'Secure URL to icon file';
COMMENT ON COLUMN moodle.mdl_lti_types.description IS 'A description of what this LTI module is.';
COMMENT ON TABLE moodle.mdl_lti_types IS 'Basic LTI pre-configured activities';
COMMENT ON COLUMN moodle.mdl_lti_types_config.typeid IS 'Basic LTI type id';
COMMENT ON COLUMN moodle.mdl_lti_types_config.name IS 'Basic LTI param';
COMMENT ON COLUMN moodle.mdl_lti_types_config.value IS 'Param value';
COMMENT ON TABLE moodle.mdl_lti_types_config IS 'Basic LTI types configuration';
COMMENT ON COLUMN moodle.mdl_lti_tool_settings.toolproxyid IS 'Primary key of related tool proxy';
COMMENT ON COLUMN moodle.mdl_lti_tool_settings.course IS 'Primary key of course (null for system-wide settings)';
COMMENT ON COLUMN moodle.mdl_lti_tool_settings.coursemoduleid IS 'Primary key of course module - tool link added to course (null for system-wide and context-wide settings)';
COMMENT ON COLUMN moodle.mdl_lti_tool_settings.settings IS 'Setting values as JSON';
COMMENT ON COLUMN moodle.mdl_lti_tool_settings.timecreated IS 'Date/time at which the record was created';
COMMENT ON COLUMN moodle.mdl_lti_tool_settings.timemodified IS 'Date/time at which the record was last modified';
COMMENT ON TABLE moodle.mdl_lti_tool_settings IS 'LTI tool setting values';
COMMENT ON COLUMN moodle.mdl_lti_submission.ltiid IS 'ID of the LTI tool instance';
COMMENT ON TABLE moodle.mdl_lti_submission IS 'Keeps track of individual submissions for LTI activities.';
COMMENT ON COLUMN moodle.mdl_lti_access_tokens.typeid IS 'Basic LTI type id';
COMMENT ON COLUMN moodle.mdl_lti_access_tokens.scope IS 'Scope values as JSON array';
COMMENT ON COLUMN moodle.mdl_lti_access_tokens.token IS 'security token, aka private access key';
COMMENT ON COLUMN moodle.mdl_lti_access_tokens.validuntil IS 'timestamp - valid until data';
COMMENT ON COLUMN moodle.mdl_lti_access_tokens.timecreated IS 'created timestamp';
COMMENT ON COLUMN moodle.mdl_lti_access_tokens.lastaccess IS 'last access timestamp';
COMMENT ON TABLE moodle.mdl_lti_access_tokens IS 'Security tokens for accessing of LTI services';
COMMENT ON COLUMN moodle.mdl_page.revision IS 'incremented when after each file changes, solves browser caching issues';
COMMENT ON TABLE moodle.mdl_page IS 'Each record is one page and its config data';
COMMENT ON COLUMN moodle.mdl_quiz.id IS 'Standard Moodle primary key.';
COMMENT ON COLUMN moodle.mdl_quiz.course IS 'Foreign key reference to the course this quiz is part of.';
COMMENT ON COLUMN moodle.mdl_quiz.name IS 'Quiz name.';
COMMENT ON COLUMN moodle.mdl_quiz.intro IS 'Quiz introduction text.';
COMMENT ON COLUMN moodle.mdl_quiz.introformat IS 'Quiz intro text format.';
COMMENT ON COLUMN moodle.mdl_quiz.timeopen IS 'The time when this quiz opens. (0 = no restriction.)';
COMMENT ON COLUMN moodle.mdl_quiz.timeclose IS 'The time when this quiz closes. (0 = no restriction.)';
COMMENT ON COLUMN moodle.mdl_quiz.timelimit IS 'The time limit for quiz attempts, in seconds.';
COMMENT ON COLUMN moodle.mdl_quiz.overduehandling IS 'The method used to handle overdue attempts. ''autosubmit'', ''graceperiod'' or ''autoabandon''.';
COMMENT ON COLUMN moodle.mdl_quiz.graceperiod IS 'The amount of time (in seconds) after the time limit runs out during which attempts can still be submitted, if overduehandling is set to allow it.';
COMMENT ON COLUMN moodle.mdl_quiz.preferredbehaviour IS 'The behaviour to ask questions to use.';
COMMENT ON COLUMN moodle.mdl_quiz.canredoquestions IS 'Allows students to redo any completed question within a quiz attempt.';
COMMENT ON COLUMN moodle.mdl_quiz.attempts IS 'The maximum number of attempts a student is allowed.';
COMMENT ON COLUMN moodle.mdl_quiz.attemptonlast IS 'Whether subsequent attempts start from teh answer to the previous attempt (1) or start blank (0).';
COMMENT ON COLUMN moodle.mdl_quiz.grademethod IS 'One of the values QUIZ_GRADEHIGHEST, QUIZ_GRADEAVERAGE, QUIZ_ATTEMPTFIRST or QUIZ_ATTEMPTLAST.';
COMMENT ON COLUMN moodle.mdl_quiz.decimalpoints IS 'Number of decimal points to use when displaying grades.';
COMMENT ON COLUMN moodle.mdl_quiz.questiondecimalpoints IS 'Number of decimal points to use when displaying question grades. (-1 means use decimalpoints.)';
COMMENT ON COLUMN moodle.mdl_quiz.reviewattempt IS 'Whether users are allowed to review their quiz attempts at various times. This is a bit field, decoded by the mod_quiz_display_options class. It is formed by ORing together the constants defined there.';
COMMENT ON COLUMN moodle.mdl_quiz.reviewcorrectness IS 'Whether users are allowed to review their quiz attempts at various times. A bit field, like reviewattempt.';
COMMENT ON COLUMN moodle.mdl_quiz.reviewmarks IS 'Whether users are allowed to review their quiz attempts at various times. A bit field, like reviewattempt.';
COMMENT ON COLUMN moodle.mdl_quiz.reviewspecificfeedback IS 'Whether users are allowed to review their quiz attempts at various times. A bit field, like reviewattempt.';
COMMENT ON COLUMN moodle.mdl_quiz.reviewgeneralfeedback IS 'Whether users are allowed to review their quiz attempts at various times. A bit field, like reviewattempt.';
COMMENT ON COLUMN moodle.mdl_quiz.reviewrightanswer IS 'Whether users are allowed to review their quiz attempts at various times. A bit field, like reviewattempt.';
COMMENT ON COLUMN moodle.mdl_quiz.reviewoverallfeedback IS 'Whether users are allowed to review their quiz attempts at various times. A bit field, like reviewattempt.';
COMMENT ON COLUMN moodle.mdl_quiz.questionsperpage IS 'How often to insert a page break when editing the quiz, or when shuffling the question order.';
COMMENT ON COLUMN moodle.mdl_quiz.navmethod IS 'Any constraints on how the user is allowed to navigate around the quiz. Currently recognised values are ''free'' and ''seq''.';
COMMENT ON COLUMN moodle.mdl_quiz.shuffleanswers IS 'Whether the parts of the question should be shuffled, in those question types that support it.';
COMMENT ON COLUMN moodle.mdl_quiz.sumgrades IS 'The total of all the question instance maxmarks.';
COMMENT ON COLUMN moodle.mdl_quiz.grade IS 'The total that the quiz overall grade is scaled to be out of.';
COMMENT ON COLUMN moodle.mdl_quiz.timecreated IS 'The time when the quiz was added to the course.';
COMMENT ON COLUMN moodle.mdl_quiz.timemodified IS 'Last modified time.';
COMMENT ON COLUMN moodle.mdl_quiz.password IS 'A password that the student must enter before starting or continuing a quiz attempt.';
COMMENT ON COLUMN moodle.mdl_quiz.subnet IS 'Used to restrict the IP addresses from which this quiz can be attempted. The format is as requried by the address_in_subnet function.';
COMMENT ON COLUMN moodle.mdl_quiz.browsersecurity IS 'Restriciton on the browser the student must use. E.g. ''securewindow''.';
COMMENT ON COLUMN moodle.mdl_quiz.delay1 IS 'Delay that must be left between the first and second attempt, in seconds.';
COMMENT ON COLUMN moodle.mdl_quiz.delay2 IS 'Delay that must be left between the second and subsequent attempt, in seconds.';
COMMENT ON COLUMN moodle.mdl_quiz.showuserpicture IS 'Option to show the user''s picture during the attempt and on the review page.';
COMMENT ON COLUMN moodle.mdl_quiz.showblocks IS 'Whether blocks should be shown on the attempt.php and review.php pages.';
COMMENT ON COLUMN moodle.mdl_quiz.allowofflineattempts IS 'Whether to allow the quiz to be attempted offline in the mobile app';
COMMENT ON TABLE moodle.mdl_quiz IS 'The settings for each quiz.';
COMMENT ON COLUMN moodle.mdl_quiz_slots.slot IS 'Where this question comes in order in the list of questions in this quiz. Like question_attempts.slot.';
COMMENT ON COLUMN moodle.mdl_quiz_slots.quizid IS 'Foreign key references quiz.id.';
COMMENT ON COLUMN moodle.mdl_quiz_slots.page IS 'The page number that this questions appears on. If the question in slot n appears on page p, then the question in slot n+1 must appear on page p or p+1. Well, except that when a quiz is being created, there may be empty pages, which would cause the page number to jump here.';
COMMENT ON COLUMN moodle.mdl_quiz_slots.requireprevious IS 'Set to 1 when current question requires previous one to be answered first.';
COMMENT ON COLUMN moodle.mdl_quiz_slots.questionid IS 'Foreign key references question.id.';
COMMENT ON COLUMN moodle.mdl_quiz_slots.questioncategoryid IS 'The question category that the random question will be picked from. Will be null if and only if the question is not a random question.';
COMMENT ON COLUMN moodle.mdl_quiz_slots.includingsubcategories IS 'Whether the random question can be picked from sub categories or not. Will be null if questioncategoryid is null.';
COMMENT ON COLUMN moodle.mdl_quiz_slots.maxmark IS 'How many marks this question contributes to quiz.sumgrades.';
COMMENT ON TABLE moodle.mdl_quiz_slots IS 'Stores the question used in a quiz, with the order, and for each question, which page it appears on, and the maximum mark (weight).';
COMMENT ON COLUMN moodle.mdl_quiz_sections.quizid IS 'Foreign key references quiz.id.';
COMMENT ON COLUMN moodle.mdl_quiz_sections.firstslot IS 'Number of the first slot in the section. The section runs from here to the start of the next section, or the end of the quiz.';
COMMENT ON COLUMN moodle.mdl_quiz_sections.heading IS 'The text of the heading. May be an empty string/null. Multilang format.';
COMMENT ON COLUMN moodle.mdl_quiz_sections.shufflequestions IS 'Whether the question order within this section should be shuffled for each attempt.';
COMMENT ON TABLE moodle.mdl_quiz_sections IS 'Stores sections of a quiz with section name (heading), from slot-number N and whether the question order should be shuffled.';
COMMENT ON COLUMN moodle.mdl_quiz_feedback.quizid IS 'Foreign key references quiz.id.';
COMMENT ON COLUMN moodle.mdl_quiz_feedback.feedbacktext IS 'The feedback to show for a attempt where mingrade <= attempt grade < maxgrade. See function quiz_feedback_for_grade in mod/quiz/locallib.php.';
COMMENT ON COLUMN moodle.mdl_quiz_feedback.mingrade IS 'The lower limit of this grade band. Inclusive.';
COMMENT ON COLUMN moodle.mdl_quiz_feedback.maxgrade IS 'The upper limit of this grade band. Exclusive.';
COMMENT ON TABLE moodle.mdl_quiz_feedback IS 'Feedback given to students based on which grade band their overall score lies.';
COMMENT ON COLUMN moodle.mdl_quiz_overrides.quiz IS 'Foreign key references quiz.id';
COMMENT ON COLUMN moodle.mdl_quiz_overrides.groupid IS 'Foreign key references groups.id.  Can be null if this is a per-user override.';
COMMENT ON COLUMN moodle.mdl_quiz_overrides.userid IS 'Foreign key references user.id.  Can be null if this is a per-group override.';
COMMENT ON COLUMN moodle.mdl_quiz_overrides.timeopen IS 'Time at which students may start attempting this quiz. Can be null, in which case the quiz default is used.';
COMMENT ON COLUMN moodle.mdl_quiz_overrides.timeclose IS 'Time by which students must have completed their attempt.  Can be null, in which case the quiz default is used.';
COMMENT ON COLUMN moodle.mdl_quiz_overrides.timelimit IS 'Time limit in seconds.  Can be null, in which case the quiz default is used.';
COMMENT ON COLUMN moodle.mdl_quiz_overrides.password IS 'Quiz password.  Can be null, in which case the quiz default is used.';
COMMENT ON TABLE moodle.mdl_quiz_overrides IS 'The overrides to quiz settings on a per-user and per-group basis.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.id IS 'Standard Moodle primary key.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.quiz IS 'Foreign key reference to the quiz that was attempted.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.userid IS 'Foreign key reference to the user whose attempt this is.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.attempt IS 'Sequentially numbers this student''s attempts at this quiz.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.uniqueid IS 'Foreign key reference to the question_usage that holds the details of the the question_attempts that make up this quiz attempt.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.state IS 'The current state of the attempts. ''inprogress'', ''overdue'', ''finished'' or ''abandoned''.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.timestart IS 'Time when the attempt was started.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.timefinish IS 'Time when the attempt was submitted. 0 if the attempt has not been submitted yet.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.timemodified IS 'Last modified time.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.timemodifiedoffline IS 'Last modified time via web services.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.timecheckstate IS 'Next time quiz cron should check attempt for state changes.  NULL means never check.';
COMMENT ON COLUMN moodle.mdl_quiz_attempts.sumgrades IS 'Total marks for this attempt.';
COMMENT ON TABLE moodle.mdl_quiz_attempts IS 'Stores users attempts at quizzes.';
COMMENT ON COLUMN moodle.mdl_quiz_grades.quiz IS 'Foreign key references quiz.id.';
COMMENT ON COLUMN moodle.mdl_quiz_grades.userid IS 'Foreign key references user.id.';
COMMENT ON COLUMN moodle.mdl_quiz_grades.grade IS 'The overall grade from the quiz. Not affected by overrides in the gradebook.';
COMMENT ON COLUMN moodle.mdl_quiz_grades.timemodified IS 'The last time this grade changed.';
COMMENT ON TABLE moodle.mdl_quiz_grades IS 'Stores the overall grade for each user on the quiz, based on their various attempts and the quiz.grademethod setting.';
COMMENT ON COLUMN moodle.mdl_quiz_reports.name IS 'name of the report, same as the directory name';
COMMENT ON COLUMN moodle.mdl_quiz_reports.displayorder IS 'display order for report tabs';
COMMENT ON COLUMN moodle.mdl_quiz_reports.capability IS 'Capability required to see this report. May be blank which means use the default of mod/quiz:viewreport. This is used when deciding which tabs to render.';
COMMENT ON TABLE moodle.mdl_quiz_reports IS 'Lists all the installed quiz reports and their display order and so on. No need to worry about deleting old records. Only records with an equivalent directory are displayed.';
COMMENT ON COLUMN moodle.mdl_quiz_slot_tags.slotid IS 'The quiz slot that this tag belong to';
COMMENT ON COLUMN moodle.mdl_quiz_slot_tags.tagname IS 'The tag name is to be stored as well, so we won''t lose data if the tag is removed from Moodle (A tag with the same name might be added in future).';
COMMENT ON TABLE moodle.mdl_quiz_slot_tags IS 'Stores data about the tags that a question must have so that it can be selected for a quiz slot (when having a random question by tags on that slot).';
COMMENT ON COLUMN moodle.mdl_resource.revision IS 'incremented when after each file changes, solves browser caching issues';
COMMENT ON TABLE moodle.mdl_resource IS 'Each record is one resource and its config data';
COMMENT ON TABLE moodle.mdl_resource_old IS 'backup of all old resource instances from 1.9';
COMMENT ON COLUMN moodle.mdl_scorm.scormtype IS 'local, external or repository';
COMMENT ON COLUMN moodle.mdl_scorm.updatefreq IS 'Define when the package must be automatically update';
COMMENT ON COLUMN moodle.mdl_scorm.sha1hash IS 'package content or ext path hash';
COMMENT ON COLUMN moodle.mdl_scorm.md5hash IS 'MD5 Hash of package file';
COMMENT ON COLUMN moodle.mdl_scorm.revision IS 'revison number';
COMMENT ON TABLE moodle.mdl_scorm IS 'each table is one SCORM module and its configuration';
COMMENT ON COLUMN moodle.mdl_scorm_scoes.sortorder IS 'order of scoes';
COMMENT ON TABLE moodle.mdl_scorm_scoes IS 'each SCO part of the SCORM module';
COMMENT ON TABLE moodle.mdl_scorm_scoes_data IS 'Contains variable data get from packages';
COMMENT ON TABLE moodle.mdl_scorm_scoes_track IS 'to track SCOes';
COMMENT ON TABLE moodle.mdl_scorm_seq_objective IS 'SCORM2004 objective description';
COMMENT ON TABLE moodle.mdl_scorm_seq_mapinfo IS 'SCORM2004 objective mapinfo description';
COMMENT ON TABLE moodle.mdl_scorm_seq_ruleconds IS 'SCORM2004 rule conditions';
COMMENT ON TABLE moodle.mdl_scorm_seq_rulecond IS 'SCORM2004 rule condition';
COMMENT ON TABLE moodle.mdl_scorm_seq_rolluprule IS 'SCORM2004 sequencing rule';
COMMENT ON TABLE moodle.mdl_scorm_seq_rolluprulecond IS 'SCORM2004 sequencing rule';
COMMENT ON COLUMN moodle.mdl_scorm_aicc_session.userid IS 'id from user table';
COMMENT ON COLUMN moodle.mdl_scorm_aicc_session.scormid IS 'id from scorm table';
COMMENT ON COLUMN moodle.mdl_scorm_aicc_session.hacpsession IS 'sessionid used to authenticate AICC HACP communication';
COMMENT ON COLUMN moodle.mdl_scorm_aicc_session.scoid IS 'id from scorm_scoes table';
COMMENT ON COLUMN moodle.mdl_scorm_aicc_session.timecreated IS 'time this session was created';
COMMENT ON COLUMN moodle.mdl_scorm_aicc_session.timemodified IS 'time this session was last used';
COMMENT ON TABLE moodle.mdl_scorm_aicc_session IS 'Used by AICC HACP to store session information';
COMMENT ON COLUMN moodle.mdl_survey.introformat IS 'intro text field format';
COMMENT ON COLUMN moodle.mdl_survey.completionsubmit IS 'If this field is set to 1, then the activity will be automatically marked as ''complete'' once the user submits the survey.';
COMMENT ON TABLE moodle.mdl_survey IS 'Each record is one SURVEY module with its configuration';
COMMENT ON TABLE moodle.mdl_survey_questions IS 'the questions conforming one survey';
COMMENT ON TABLE moodle.mdl_survey_answers IS 'the answers to each questions filled by the users';
COMMENT ON TABLE moodle.mdl_survey_analysis IS 'text about each survey submission';
COMMENT ON TABLE moodle.mdl_url IS 'each record is one url resource';
COMMENT ON COLUMN moodle.mdl_wiki.course IS 'Course wiki activity belongs to';
COMMENT ON COLUMN moodle.mdl_wiki.name IS 'name field for moodle instances';
COMMENT ON COLUMN moodle.mdl_wiki.intro IS 'General introduction of the wiki activity';
COMMENT ON COLUMN moodle.mdl_wiki.introformat IS 'Format of the intro field (MOODLE, HTML, MARKDOWN...)';
COMMENT ON COLUMN moodle.mdl_wiki.firstpagetitle IS 'Wiki first page''s name';
COMMENT ON COLUMN moodle.mdl_wiki.wikimode IS 'Wiki mode (individual, collaborative)';
COMMENT ON COLUMN moodle.mdl_wiki.defaultformat IS 'Wiki''s default editor';
COMMENT ON COLUMN moodle.mdl_wiki.forceformat IS 'Forces the default editor';
COMMENT ON COLUMN moodle.mdl_wiki.editbegin IS 'editbegin';
COMMENT ON COLUMN moodle.mdl_wiki.editend IS 'editend';
COMMENT ON TABLE moodle.mdl_wiki IS 'Stores Wiki activity configuration';
COMMENT ON COLUMN moodle.mdl_wiki_subwikis.wikiid IS 'Wiki activity';
COMMENT ON COLUMN moodle.mdl_wiki_subwikis.groupid IS 'Group that owns this wiki';
COMMENT ON COLUMN moodle.mdl_wiki_subwikis.userid IS 'Owner of that subwiki';
COMMENT ON TABLE moodle.mdl_wiki_subwikis IS 'Stores subwiki instances';
COMMENT ON COLUMN moodle.mdl_wiki_pages.subwikiid IS 'Subwiki instance of this page';
COMMENT ON COLUMN moodle.mdl_wiki_pages.title IS 'Page name';
COMMENT ON COLUMN moodle.mdl_wiki_pages.cachedcontent IS 'Cache wiki content';
COMMENT ON COLUMN moodle.mdl_wiki_pages.timecreated IS 'Wiki page creation timestamp';
COMMENT ON COLUMN moodle.mdl_wiki_pages.timemodified IS 'page edition timestamp';
COMMENT ON COLUMN moodle.mdl_wiki_pages.timerendered IS 'Last render timestamp';
COMMENT ON COLUMN moodle.mdl_wiki_pages.userid IS 'Edition author';
COMMENT ON COLUMN moodle.mdl_wiki_pages.pageviews IS 'Number of page views';
COMMENT ON COLUMN moodle.mdl_wiki_pages.readonly IS 'Read only flag';
COMMENT ON TABLE moodle.mdl_wiki_pages IS 'Stores wiki pages';
COMMENT ON COLUMN moodle.mdl_wiki_versions.pageid IS 'Page id';
COMMENT ON COLUMN moodle.mdl_wiki_versions.content IS 'Not parsed wiki content';
COMMENT ON COLUMN moodle.mdl_wiki_versions.contentformat IS 'Markup used to write content';
COMMENT ON COLUMN moodle.mdl_wiki_versions.version IS 'Wiki page version';
COMMENT ON COLUMN moodle.mdl_wiki_versions.timecreated IS 'Page edition timestamp';
COMMENT ON COLUMN moodle.mdl_wiki_versions.userid IS 'Edition autor';
COMMENT ON TABLE moodle.mdl_wiki_versions IS 'Stores wiki page history';
COMMENT ON COLUMN moodle.mdl_wiki_synonyms.subwikiid IS 'Subwiki instance';
COMMENT ON COLUMN moodle.mdl_wiki_synonyms.pageid IS 'Original page';
COMMENT ON COLUMN moodle.mdl_wiki_synonyms.pagesynonym IS 'Page name synonym';
COMMENT ON TABLE moodle.mdl_wiki_synonyms IS 'Stores wiki pages synonyms';
COMMENT ON COLUMN moodle.mdl_wiki_links.subwikiid IS 'Subwiki instance';
COMMENT ON COLUMN moodle.mdl_wiki_links.frompageid IS 'Page id with a link';
COMMENT ON COLUMN moodle.mdl_wiki_links.topageid IS 'Page id that recives a link';
COMMENT ON COLUMN moodle.mdl_wiki_links.tomissingpage IS 'link to a nonexistent page';
COMMENT ON TABLE moodle.mdl_wiki_links IS 'Page wiki links';
COMMENT ON COLUMN moodle.mdl_wiki_locks.pageid IS 'Locked page';
COMMENT ON COLUMN moodle.mdl_wiki_locks.sectionname IS 'locked page section';
COMMENT ON COLUMN moodle.mdl_wiki_locks.userid IS 'Locking user';
COMMENT ON COLUMN moodle.mdl_wiki_locks.lockedat IS 'timestamp';
COMMENT ON TABLE moodle.mdl_wiki_locks IS 'Manages page locks';
COMMENT ON COLUMN moodle.mdl_workshop.course IS 'ID of the parent course';
COMMENT ON COLUMN moodle.mdl_workshop.name IS 'Name of the activity';
COMMENT ON COLUMN moodle.mdl_workshop.intro IS 'The introduction or description of the activity';
COMMENT ON COLUMN moodle.mdl_workshop.introformat IS 'The format of the intro field';
COMMENT ON COLUMN moodle.mdl_workshop.instructauthors IS 'Instructions for the submission phase';
COMMENT ON COLUMN moodle.mdl_workshop.instructreviewers IS 'Instructions for the assessment phase';
COMMENT ON COLUMN moodle.mdl_workshop.timemodified IS 'The timestamp when the module was modified';
COMMENT ON COLUMN moodle.mdl_workshop.phase IS 'The current phase of workshop (0 = not available, 1 = submission, 2 = assessment, 3 = closed)';
COMMENT ON COLUMN moodle.mdl_workshop.useexamples IS 'optional feature: students practise evaluating on example submissions from teacher';
COMMENT ON COLUMN moodle.mdl_workshop.usepeerassessment IS 'optional feature: students perform peer assessment of others'' work';
COMMENT ON COLUMN moodle.mdl_workshop.useselfassessment IS 'optional feature: students perform self assessment of their own work';
COMMENT ON COLUMN moodle.mdl_workshop.grade IS 'The maximum grade for submission';
COMMENT ON COLUMN moodle.mdl_workshop.gradinggrade IS 'The maximum grade for assessment';
COMMENT ON COLUMN moodle.mdl_workshop.strategy IS 'The type of the current grading strategy used in this workshop';
COMMENT ON COLUMN moodle.mdl_workshop.evaluation IS 'The recently used grading evaluation method';
COMMENT ON COLUMN moodle.mdl_workshop.gradedecimals IS 'Number of digits that should be shown after the decimal point when displaying grades';
COMMENT ON COLUMN moodle.mdl_workshop.submissiontypetext IS 'Can students enter text for their submissions? 0 for no, 1 for optional, 2 for required.';
COMMENT ON COLUMN moodle.mdl_workshop.submissiontypefile IS 'Can students attach files for their submissions? 0 for no, 1 for optional, 2 for required.';
COMMENT ON COLUMN moodle.mdl_workshop.nattachments IS 'Maximum number of submission attachments';
COMMENT ON COLUMN moodle.mdl_workshop.submissionfiletypes IS 'comma separated list of file extensions';
COMMENT ON COLUMN moodle.mdl_workshop.latesubmissions IS 'Allow submitting the work after the deadline';
COMMENT ON COLUMN moodle.mdl_workshop.maxbytes IS 'Maximum size of the one attached file';
COMMENT ON COLUMN moodle.mdl_workshop.examplesmode IS '0 = example assessments are voluntary, 1 = examples must be assessed before submission, 2 = examples are available after own submission and must be assessed before peer/self assessment phase';
COMMENT ON COLUMN moodle.mdl_workshop.submissionstart IS '0 = will be started manually, greater than 0 the timestamp of the start of the submission phase';
COMMENT ON COLUMN moodle.mdl_workshop.submissionend IS '0 = will be closed manually, greater than 0 the timestamp of the end of the submission phase';
COMMENT ON COLUMN moodle.mdl_workshop.assessmentstart IS '0 = will be started manually, greater than 0 the timestamp of the start of the assessment phase';
COMMENT ON COLUMN moodle.mdl_workshop.assessmentend IS '0 = will be closed manually, greater than 0 the timestamp of the end of the assessment phase';
COMMENT ON COLUMN moodle.mdl_workshop.phaseswitchassessment IS 'Automatically switch to the assessment phase after the submissions deadline';
COMMENT ON COLUMN moodle.mdl_workshop.conclusion IS 'A text to be displayed at the end of the workshop.';
COMMENT ON COLUMN moodle.mdl_workshop.conclusionformat IS 'The format of the conclusion field content.';
COMMENT ON COLUMN moodle.mdl_workshop.overallfeedbackmode IS 'Mode of the overall feedback support.';
COMMENT ON COLUMN moodle.mdl_workshop.overallfeedbackfiles IS 'Number of allowed attachments to the overall feedback.';
COMMENT ON COLUMN moodle.mdl_workshop.overallfeedbackfiletypes IS 'comma separated list of file extensions';
COMMENT ON COLUMN moodle.mdl_workshop.overallfeedbackmaxbytes IS 'Maximum size of one file attached to the overall feedback.';
COMMENT ON TABLE moodle.mdl_workshop IS 'This table keeps information about the module instances and their settings';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.workshopid IS 'the id of the workshop instance';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.example IS 'Is this submission an example from teacher';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.authorid IS 'The author of the submission';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.timecreated IS 'Timestamp when the work was submitted for the first time';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.timemodified IS 'Timestamp when the submission has been updated';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.title IS 'The submission title';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.content IS 'Submission text';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.contentformat IS 'The format of submission text';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.contenttrust IS 'The trust mode of the data';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.attachment IS 'Used by File API file_postupdate_standard_filemanager';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.grade IS 'Aggregated grade for the submission. The grade is a decimal number from interval 0..100. If NULL then the grade for submission has not been aggregated yet.';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.gradeover IS 'Grade for the submission manually overridden by a teacher. Grade is always from interval 0..100. If NULL then the grade is not overriden.';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.gradeoverby IS 'The id of the user who has overridden the grade for submission.';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.feedbackauthor IS 'Teacher comment/feedback for the author of the submission, for example describing the reasons for the grade overriding';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.timegraded IS 'The timestamp when grade or gradeover was recently modified';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.published IS 'Shall the submission be available to other when the workshop is closed';
COMMENT ON COLUMN moodle.mdl_workshop_submissions.late IS 'Has this submission been submitted after the deadline or during the assessment phase?';
COMMENT ON TABLE moodle.mdl_workshop_submissions IS 'Info about the submission and the aggregation of the grade for submission, grade for assessment and final grade. Both grade for submission and grade for assessment can be overridden by teacher. Final grade is always the sum of them. All grades are stored as of 0-100.';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.submissionid IS 'The id of the assessed submission';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.reviewerid IS 'The id of the reviewer who makes this assessment';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.weight IS 'The weight of the assessment for the purposes of aggregation';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.timecreated IS 'If 0 then the assessment was allocated but the reviewer has not assessed yet. If greater than 0 then the timestamp of when the reviewer assessed for the first time';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.timemodified IS 'If 0 then the assessment was allocated but the reviewer has not assessed yet. If greater than 0 then the timestamp of when the reviewer assessed for the last time';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.grade IS 'The aggregated grade for submission suggested by the reviewer. The grade 0..100 is computed from the values assigned to the assessment dimensions fields. If NULL then it has not been aggregated yet.';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.gradinggrade IS 'The computed grade 0..100 for this assessment. If NULL then it has not been computed yet.';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.gradinggradeover IS 'Grade for the assessment manually overridden by a teacher. Grade is always from interval 0..100. If NULL then the grade is not overriden.';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.gradinggradeoverby IS 'The id of the user who has overridden the grade for submission.';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.feedbackauthor IS 'The comment/feedback from the reviewer for the author.';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.feedbackauthorattachment IS 'Are there some files attached to the feedbackauthor field? Sets to 1 by file_postupdate_standard_filemanager().';
COMMENT ON COLUMN moodle.mdl_workshop_assessments.feedbackreviewer IS 'The comment/feedback from the teacher for the reviewer. For example the reason why the grade for assessment was overridden';
COMMENT ON TABLE moodle.mdl_workshop_assessments IS 'Info about the made assessment and automatically calculated grade for it. The proposed grade can be overridden by teacher.';
COMMENT ON COLUMN moodle.mdl_workshop_grades.assessmentid IS 'Part of which assessment this grade is of';
COMMENT ON COLUMN moodle.mdl_workshop_grades.dimensionid IS 'Foreign key. References dimension id in one of the grading strategy tables.';
COMMENT ON COLUMN moodle.mdl_workshop_grades.grade IS 'Given grade in the referenced assessment dimension.';
COMMENT ON COLUMN moodle.mdl_workshop_grades.peercomment IS 'Reviewer''s comment to the grade value.';
COMMENT ON COLUMN moodle.mdl_workshop_grades.peercommentformat IS 'The format of peercomment field';
COMMENT ON TABLE moodle.mdl_workshop_grades IS 'How the reviewers filled-up the grading forms, given grades and comments';
COMMENT ON COLUMN moodle.mdl_workshop_aggregations.workshopid IS 'the id of the workshop instance';
COMMENT ON COLUMN moodle.mdl_workshop_aggregations.userid IS 'The id of the user which aggregated grades are calculated for';
COMMENT ON COLUMN moodle.mdl_workshop_aggregations.gradinggrade IS 'The aggregated grade for all assessments made by this reviewer. The grade is a number from interval 0..100. If NULL then the grade for assessments has not been aggregated yet.';
COMMENT ON COLUMN moodle.mdl_workshop_aggregations.timegraded IS 'The timestamp of when the participant''s gradinggrade was recently aggregated.';
COMMENT ON TABLE moodle.mdl_workshop_aggregations IS 'Aggregated grades for assessment are stored here. The aggregated grade for submission is stored in workshop_submissions';
