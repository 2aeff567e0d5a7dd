-- Bugzilla, the bug tracker (bugs with their products, components, versions, milestones and classifications,
-- people (profiles) as reporters, assignees, QA contacts and CC, comments (longdescs) with tags and time worked,
-- attachments and their data, flags and flag types (review, approval requests), keywords, dependencies and
-- duplicates, aliases, see-also links, change history (bugs_activity) and field definitions, the value lists of
-- severity, status, priority, platform, OS and resolution, the status workflow, groups and their maps to users,
-- bugs, products and categories, saved searches, reports, charts (series), scheduled "whine" mails, settings,
-- tokens, login cookies and failures, API keys, the job queue (ts_*), audit log, tags and quips), as its abstract
-- schema declares it: ABSTRACT_SCHEMA in Bugzilla/DB/Schema.pm of github.com/bugzilla/bugzilla (branch 5.2,
-- commit 71e3af4, 21 Jun 2026). MPL-2.0 (the code; we use the schema's facts). The Perl structure was evaluated by
-- a one-off script and written as PostgreSQL with the type mapping Bugzilla/DB/Schema/Pg.pm uses (BOOLEAN ->
-- smallint, INT1..INT4 -> integer, SMALLSERIAL/MEDIUMSERIAL/INTSERIAL -> integer, TINYTEXT -> character varying(255),
-- MEDIUMTEXT/LONGTEXT -> text, LONGBLOB -> bytea, DATETIME -> timestamp(0) without time zone, decimal -> numeric),
-- loaded into a scratch PostgreSQL and regenerated from its catalog, schema bugzilla: all 76 tables, the primary
-- keys of the 48 tables that declare one, and the 102 foreign keys its REFERENCES entries declare (bugs.bug_status,
-- priority, op_sys, ... hold the value text and have none, as in the source). Left out: defaults, serial
-- sequences, indexes (the unique ones included), ON DELETE actions, the tables Bugzilla creates at run time for
-- custom fields (cf_*, bug_cf_*) and extensions' tables. The source's Perl comments are not catalog comments, so
-- none here. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bugzilla;
CREATE TABLE bugzilla.attach_data (
    id integer NOT NULL,
    thedata bytea NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.attachments (
    attach_id integer NOT NULL,
    bug_id integer NOT NULL,
    creation_ts timestamp(0) without time zone NOT NULL,
    modification_time timestamp(0) without time zone NOT NULL,
    description character varying(255) NOT NULL,
    mimetype character varying(255) NOT NULL,
    ispatch smallint NOT NULL,
    filename character varying(255) NOT NULL,
    submitter_id integer NOT NULL,
    isobsolete smallint NOT NULL,
    isprivate smallint NOT NULL,
    PRIMARY KEY (attach_id)
);
CREATE TABLE bugzilla.audit_log (
    user_id integer,
    class character varying(255) NOT NULL,
    object_id integer NOT NULL,
    field character varying(64) NOT NULL,
    removed text,
    added text,
    at_time timestamp(0) without time zone NOT NULL
);
CREATE TABLE bugzilla.bug_group_map (
    bug_id integer NOT NULL,
    group_id integer NOT NULL
);
CREATE TABLE bugzilla.bug_see_also (
    id integer NOT NULL,
    bug_id integer NOT NULL,
    value character varying(255) NOT NULL,
    class character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.bug_severity (
    id integer NOT NULL,
    value character varying(64) NOT NULL,
    sortkey integer NOT NULL,
    isactive smallint NOT NULL,
    visibility_value_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.bug_status (
    id integer NOT NULL,
    value character varying(64) NOT NULL,
    sortkey integer NOT NULL,
    isactive smallint NOT NULL,
    visibility_value_id integer,
    is_open smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.bug_tag (
    bug_id integer NOT NULL,
    tag_id integer NOT NULL
);
CREATE TABLE bugzilla.bug_user_last_visit (
    id integer NOT NULL,
    user_id integer NOT NULL,
    bug_id integer NOT NULL,
    last_visit_ts timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.bugs (
    bug_id integer NOT NULL,
    assigned_to integer NOT NULL,
    bug_file_loc text NOT NULL,
    bug_severity character varying(64) NOT NULL,
    bug_status character varying(64) NOT NULL,
    creation_ts timestamp(0) without time zone,
    delta_ts timestamp(0) without time zone NOT NULL,
    short_desc character varying(255) NOT NULL,
    op_sys character varying(64) NOT NULL,
    priority character varying(64) NOT NULL,
    product_id integer NOT NULL,
    rep_platform character varying(64) NOT NULL,
    reporter integer NOT NULL,
    version character varying(64) NOT NULL,
    component_id integer NOT NULL,
    resolution character varying(64) NOT NULL,
    target_milestone character varying(64) NOT NULL,
    qa_contact integer,
    status_whiteboard text NOT NULL,
    lastdiffed timestamp(0) without time zone,
    everconfirmed smallint NOT NULL,
    reporter_accessible smallint NOT NULL,
    cclist_accessible smallint NOT NULL,
    estimated_time numeric(7,2) NOT NULL,
    remaining_time numeric(7,2) NOT NULL,
    deadline timestamp(0) without time zone,
    PRIMARY KEY (bug_id)
);
CREATE TABLE bugzilla.bugs_activity (
    id integer NOT NULL,
    bug_id integer NOT NULL,
    attach_id integer,
    who integer NOT NULL,
    bug_when timestamp(0) without time zone NOT NULL,
    fieldid integer NOT NULL,
    added character varying(255),
    removed character varying(255),
    comment_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.bugs_aliases (
    alias character varying(40) NOT NULL,
    bug_id integer
);
CREATE TABLE bugzilla.bugs_fulltext (
    bug_id integer NOT NULL,
    short_desc character varying(255) NOT NULL,
    comments text,
    comments_noprivate text,
    PRIMARY KEY (bug_id)
);
CREATE TABLE bugzilla.bz_schema (
    schema_data bytea NOT NULL,
    version numeric(3,2) NOT NULL
);
CREATE TABLE bugzilla.category_group_map (
    category_id integer NOT NULL,
    group_id integer NOT NULL
);
CREATE TABLE bugzilla.cc (
    bug_id integer NOT NULL,
    who integer NOT NULL
);
CREATE TABLE bugzilla.classifications (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    description text,
    sortkey integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.component_cc (
    user_id integer NOT NULL,
    component_id integer NOT NULL
);
CREATE TABLE bugzilla.components (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    product_id integer NOT NULL,
    initialowner integer NOT NULL,
    initialqacontact integer,
    description text NOT NULL,
    isactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.dependencies (
    blocked integer NOT NULL,
    dependson integer NOT NULL
);
CREATE TABLE bugzilla.duplicates (
    dupe_of integer NOT NULL,
    dupe integer NOT NULL,
    PRIMARY KEY (dupe)
);
CREATE TABLE bugzilla.email_bug_ignore (
    user_id integer NOT NULL,
    bug_id integer NOT NULL
);
CREATE TABLE bugzilla.email_setting (
    user_id integer NOT NULL,
    relationship integer NOT NULL,
    event integer NOT NULL
);
CREATE TABLE bugzilla.field_visibility (
    field_id integer,
    value_id integer NOT NULL
);
CREATE TABLE bugzilla.fielddefs (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    type integer NOT NULL,
    custom smallint NOT NULL,
    description character varying(255) NOT NULL,
    long_desc character varying(255) NOT NULL,
    mailhead smallint NOT NULL,
    sortkey integer NOT NULL,
    obsolete smallint NOT NULL,
    enter_bug smallint NOT NULL,
    buglist smallint NOT NULL,
    visibility_field_id integer,
    value_field_id integer,
    reverse_desc character varying(255),
    is_mandatory smallint NOT NULL,
    is_numeric smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.flagexclusions (
    type_id integer NOT NULL,
    product_id integer,
    component_id integer
);
CREATE TABLE bugzilla.flaginclusions (
    type_id integer NOT NULL,
    product_id integer,
    component_id integer
);
CREATE TABLE bugzilla.flags (
    id integer NOT NULL,
    type_id integer NOT NULL,
    status character(1) NOT NULL,
    bug_id integer NOT NULL,
    attach_id integer,
    creation_date timestamp(0) without time zone NOT NULL,
    modification_date timestamp(0) without time zone,
    setter_id integer NOT NULL,
    requestee_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.flagtypes (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    description text NOT NULL,
    cc_list character varying(200),
    target_type character(1) NOT NULL,
    is_active smallint NOT NULL,
    is_requestable smallint NOT NULL,
    is_requesteeble smallint NOT NULL,
    is_multiplicable smallint NOT NULL,
    sortkey integer NOT NULL,
    grant_group_id integer,
    request_group_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.group_control_map (
    group_id integer NOT NULL,
    product_id integer NOT NULL,
    entry smallint NOT NULL,
    membercontrol integer NOT NULL,
    othercontrol integer NOT NULL,
    canedit smallint NOT NULL,
    editcomponents smallint NOT NULL,
    editbugs smallint NOT NULL,
    canconfirm smallint NOT NULL
);
CREATE TABLE bugzilla.group_group_map (
    member_id integer NOT NULL,
    grantor_id integer NOT NULL,
    grant_type integer NOT NULL
);
CREATE TABLE bugzilla.groups (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    isbuggroup smallint NOT NULL,
    userregexp character varying(255) NOT NULL,
    isactive smallint NOT NULL,
    icon_url character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.keyworddefs (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.keywords (
    bug_id integer NOT NULL,
    keywordid integer NOT NULL
);
CREATE TABLE bugzilla.login_failure (
    user_id integer NOT NULL,
    login_time timestamp(0) without time zone NOT NULL,
    ip_addr character varying(40) NOT NULL
);
CREATE TABLE bugzilla.logincookies (
    cookie character varying(16) NOT NULL,
    userid integer NOT NULL,
    ipaddr character varying(40),
    lastused timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (cookie)
);
CREATE TABLE bugzilla.longdescs (
    comment_id integer NOT NULL,
    bug_id integer NOT NULL,
    who integer NOT NULL,
    bug_when timestamp(0) without time zone NOT NULL,
    work_time numeric(7,2) NOT NULL,
    thetext text NOT NULL,
    isprivate smallint NOT NULL,
    already_wrapped smallint NOT NULL,
    type integer NOT NULL,
    extra_data character varying(255),
    PRIMARY KEY (comment_id)
);
CREATE TABLE bugzilla.longdescs_tags (
    id integer NOT NULL,
    comment_id integer,
    tag character varying(24) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.longdescs_tags_activity (
    id integer NOT NULL,
    bug_id integer NOT NULL,
    comment_id integer,
    who integer NOT NULL,
    bug_when timestamp(0) without time zone NOT NULL,
    added character varying(24),
    removed character varying(24),
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.longdescs_tags_weights (
    id integer NOT NULL,
    tag character varying(24) NOT NULL,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.mail_staging (
    id integer NOT NULL,
    message bytea NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.milestones (
    id integer NOT NULL,
    product_id integer NOT NULL,
    value character varying(64) NOT NULL,
    sortkey integer NOT NULL,
    isactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.namedqueries (
    id integer NOT NULL,
    userid integer NOT NULL,
    name character varying(64) NOT NULL,
    query text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.namedqueries_link_in_footer (
    namedquery_id integer NOT NULL,
    user_id integer NOT NULL
);
CREATE TABLE bugzilla.namedquery_group_map (
    namedquery_id integer NOT NULL,
    group_id integer NOT NULL
);
CREATE TABLE bugzilla.op_sys (
    id integer NOT NULL,
    value character varying(64) NOT NULL,
    sortkey integer NOT NULL,
    isactive smallint NOT NULL,
    visibility_value_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.priority (
    id integer NOT NULL,
    value character varying(64) NOT NULL,
    sortkey integer NOT NULL,
    isactive smallint NOT NULL,
    visibility_value_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.products (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    classification_id integer NOT NULL,
    description text NOT NULL,
    isactive smallint NOT NULL,
    defaultmilestone character varying(64) NOT NULL,
    allows_unconfirmed smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.profile_search (
    id integer NOT NULL,
    user_id integer NOT NULL,
    bug_list text NOT NULL,
    list_order text,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.profile_setting (
    user_id integer NOT NULL,
    setting_name character varying(32) NOT NULL,
    setting_value character varying(32) NOT NULL
);
CREATE TABLE bugzilla.profiles (
    userid integer NOT NULL,
    login_name character varying(255) NOT NULL,
    cryptpassword character varying(128),
    realname character varying(255) NOT NULL,
    disabledtext text NOT NULL,
    disable_mail smallint NOT NULL,
    mybugslink smallint NOT NULL,
    extern_id character varying(64),
    is_enabled smallint NOT NULL,
    last_seen_date timestamp(0) without time zone,
    PRIMARY KEY (userid)
);
CREATE TABLE bugzilla.profiles_activity (
    id integer NOT NULL,
    userid integer NOT NULL,
    who integer NOT NULL,
    profiles_when timestamp(0) without time zone NOT NULL,
    fieldid integer NOT NULL,
    oldvalue character varying(255),
    newvalue character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.quips (
    quipid integer NOT NULL,
    userid integer,
    quip character varying(512) NOT NULL,
    approved smallint NOT NULL,
    PRIMARY KEY (quipid)
);
CREATE TABLE bugzilla.rep_platform (
    id integer NOT NULL,
    value character varying(64) NOT NULL,
    sortkey integer NOT NULL,
    isactive smallint NOT NULL,
    visibility_value_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.reports (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(64) NOT NULL,
    query text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.resolution (
    id integer NOT NULL,
    value character varying(64) NOT NULL,
    sortkey integer NOT NULL,
    isactive smallint NOT NULL,
    visibility_value_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.series (
    series_id integer NOT NULL,
    creator integer,
    category integer NOT NULL,
    subcategory integer NOT NULL,
    name character varying(64) NOT NULL,
    frequency integer NOT NULL,
    query text NOT NULL,
    is_public smallint NOT NULL,
    PRIMARY KEY (series_id)
);
CREATE TABLE bugzilla.series_categories (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.series_data (
    series_id integer NOT NULL,
    series_date timestamp(0) without time zone NOT NULL,
    series_value integer NOT NULL
);
CREATE TABLE bugzilla.setting (
    name character varying(32) NOT NULL,
    default_value character varying(32) NOT NULL,
    is_enabled smallint NOT NULL,
    subclass character varying(32),
    PRIMARY KEY (name)
);
CREATE TABLE bugzilla.setting_value (
    name character varying(32) NOT NULL,
    value character varying(32) NOT NULL,
    sortindex integer NOT NULL
);
CREATE TABLE bugzilla.status_workflow (
    old_status integer,
    new_status integer NOT NULL,
    require_comment integer NOT NULL
);
CREATE TABLE bugzilla.tag (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.tokens (
    userid integer,
    issuedate timestamp(0) without time zone NOT NULL,
    token character varying(16) NOT NULL,
    tokentype character varying(16) NOT NULL,
    eventdata character varying(255),
    PRIMARY KEY (token)
);
CREATE TABLE bugzilla.ts_error (
    error_time integer NOT NULL,
    jobid integer NOT NULL,
    message character varying(255) NOT NULL,
    funcid integer NOT NULL
);
CREATE TABLE bugzilla.ts_exitstatus (
    jobid integer NOT NULL,
    funcid integer NOT NULL,
    status integer,
    completion_time integer,
    delete_after integer,
    PRIMARY KEY (jobid)
);
CREATE TABLE bugzilla.ts_funcmap (
    funcid integer NOT NULL,
    funcname character varying(255) NOT NULL,
    PRIMARY KEY (funcid)
);
CREATE TABLE bugzilla.ts_job (
    jobid integer NOT NULL,
    funcid integer NOT NULL,
    arg bytea,
    uniqkey character varying(255),
    insert_time integer,
    run_after integer NOT NULL,
    grabbed_until integer NOT NULL,
    priority integer,
    "coalesce" character varying(255),
    PRIMARY KEY (jobid)
);
CREATE TABLE bugzilla.ts_note (
    jobid integer NOT NULL,
    notekey character varying(255),
    value bytea
);
CREATE TABLE bugzilla.user_api_keys (
    id integer NOT NULL,
    user_id integer NOT NULL,
    api_key character varying(40) NOT NULL,
    description character varying(255),
    revoked smallint NOT NULL,
    last_used timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.user_group_map (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    isbless smallint NOT NULL,
    grant_type integer NOT NULL
);
CREATE TABLE bugzilla.versions (
    id integer NOT NULL,
    value character varying(64) NOT NULL,
    product_id integer NOT NULL,
    isactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.watch (
    watcher integer NOT NULL,
    watched integer NOT NULL
);
CREATE TABLE bugzilla.whine_events (
    id integer NOT NULL,
    owner_userid integer NOT NULL,
    subject character varying(128),
    body text,
    mailifnobugs smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.whine_queries (
    id integer NOT NULL,
    eventid integer NOT NULL,
    query_name character varying(64) NOT NULL,
    sortkey integer NOT NULL,
    onemailperbug smallint NOT NULL,
    title character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE bugzilla.whine_schedules (
    id integer NOT NULL,
    eventid integer NOT NULL,
    run_day character varying(32),
    run_time character varying(32),
    run_next timestamp(0) without time zone,
    mailto integer NOT NULL,
    mailto_type integer NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE bugzilla.attach_data ADD FOREIGN KEY (id) REFERENCES bugzilla.attachments(attach_id);
ALTER TABLE bugzilla.attachments ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.attachments ADD FOREIGN KEY (submitter_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.audit_log ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.bug_group_map ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.bug_group_map ADD FOREIGN KEY (group_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.bug_see_also ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.bug_tag ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.bug_tag ADD FOREIGN KEY (tag_id) REFERENCES bugzilla.tag(id);
ALTER TABLE bugzilla.bug_user_last_visit ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.bug_user_last_visit ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.bugs ADD FOREIGN KEY (assigned_to) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.bugs ADD FOREIGN KEY (component_id) REFERENCES bugzilla.components(id);
ALTER TABLE bugzilla.bugs ADD FOREIGN KEY (product_id) REFERENCES bugzilla.products(id);
ALTER TABLE bugzilla.bugs ADD FOREIGN KEY (qa_contact) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.bugs ADD FOREIGN KEY (reporter) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.bugs_activity ADD FOREIGN KEY (attach_id) REFERENCES bugzilla.attachments(attach_id);
ALTER TABLE bugzilla.bugs_activity ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.bugs_activity ADD FOREIGN KEY (comment_id) REFERENCES bugzilla.longdescs(comment_id);
ALTER TABLE bugzilla.bugs_activity ADD FOREIGN KEY (fieldid) REFERENCES bugzilla.fielddefs(id);
ALTER TABLE bugzilla.bugs_activity ADD FOREIGN KEY (who) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.bugs_aliases ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.bugs_fulltext ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.category_group_map ADD FOREIGN KEY (category_id) REFERENCES bugzilla.series_categories(id);
ALTER TABLE bugzilla.category_group_map ADD FOREIGN KEY (group_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.cc ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.cc ADD FOREIGN KEY (who) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.component_cc ADD FOREIGN KEY (component_id) REFERENCES bugzilla.components(id);
ALTER TABLE bugzilla.component_cc ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.components ADD FOREIGN KEY (initialowner) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.components ADD FOREIGN KEY (initialqacontact) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.components ADD FOREIGN KEY (product_id) REFERENCES bugzilla.products(id);
ALTER TABLE bugzilla.dependencies ADD FOREIGN KEY (blocked) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.dependencies ADD FOREIGN KEY (dependson) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.duplicates ADD FOREIGN KEY (dupe) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.duplicates ADD FOREIGN KEY (dupe_of) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.email_bug_ignore ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.email_bug_ignore ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.email_setting ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.field_visibility ADD FOREIGN KEY (field_id) REFERENCES bugzilla.fielddefs(id);
ALTER TABLE bugzilla.fielddefs ADD FOREIGN KEY (value_field_id) REFERENCES bugzilla.fielddefs(id);
ALTER TABLE bugzilla.fielddefs ADD FOREIGN KEY (visibility_field_id) REFERENCES bugzilla.fielddefs(id);
ALTER TABLE bugzilla.flagexclusions ADD FOREIGN KEY (component_id) REFERENCES bugzilla.components(id);
ALTER TABLE bugzilla.flagexclusions ADD FOREIGN KEY (product_id) REFERENCES bugzilla.products(id);
ALTER TABLE bugzilla.flagexclusions ADD FOREIGN KEY (type_id) REFERENCES bugzilla.flagtypes(id);
ALTER TABLE bugzilla.flaginclusions ADD FOREIGN KEY (component_id) REFERENCES bugzilla.components(id);
ALTER TABLE bugzilla.flaginclusions ADD FOREIGN KEY (product_id) REFERENCES bugzilla.products(id);
ALTER TABLE bugzilla.flaginclusions ADD FOREIGN KEY (type_id) REFERENCES bugzilla.flagtypes(id);
ALTER TABLE bugzilla.flags ADD FOREIGN KEY (attach_id) REFERENCES bugzilla.attachments(attach_id);
ALTER TABLE bugzilla.flags ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.flags ADD FOREIGN KEY (requestee_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.flags ADD FOREIGN KEY (setter_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.flags ADD FOREIGN KEY (type_id) REFERENCES bugzilla.flagtypes(id);
ALTER TABLE bugzilla.flagtypes ADD FOREIGN KEY (grant_group_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.flagtypes ADD FOREIGN KEY (request_group_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.group_control_map ADD FOREIGN KEY (group_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.group_control_map ADD FOREIGN KEY (product_id) REFERENCES bugzilla.products(id);
ALTER TABLE bugzilla.group_group_map ADD FOREIGN KEY (grantor_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.group_group_map ADD FOREIGN KEY (member_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.keywords ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.keywords ADD FOREIGN KEY (keywordid) REFERENCES bugzilla.keyworddefs(id);
ALTER TABLE bugzilla.login_failure ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.logincookies ADD FOREIGN KEY (userid) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.longdescs ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.longdescs ADD FOREIGN KEY (who) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.longdescs_tags ADD FOREIGN KEY (comment_id) REFERENCES bugzilla.longdescs(comment_id);
ALTER TABLE bugzilla.longdescs_tags_activity ADD FOREIGN KEY (bug_id) REFERENCES bugzilla.bugs(bug_id);
ALTER TABLE bugzilla.longdescs_tags_activity ADD FOREIGN KEY (comment_id) REFERENCES bugzilla.longdescs(comment_id);
ALTER TABLE bugzilla.longdescs_tags_activity ADD FOREIGN KEY (who) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.milestones ADD FOREIGN KEY (product_id) REFERENCES bugzilla.products(id);
ALTER TABLE bugzilla.namedqueries ADD FOREIGN KEY (userid) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.namedqueries_link_in_footer ADD FOREIGN KEY (namedquery_id) REFERENCES bugzilla.namedqueries(id);
ALTER TABLE bugzilla.namedqueries_link_in_footer ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.namedquery_group_map ADD FOREIGN KEY (group_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.namedquery_group_map ADD FOREIGN KEY (namedquery_id) REFERENCES bugzilla.namedqueries(id);
ALTER TABLE bugzilla.products ADD FOREIGN KEY (classification_id) REFERENCES bugzilla.classifications(id);
ALTER TABLE bugzilla.profile_search ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.profile_setting ADD FOREIGN KEY (setting_name) REFERENCES bugzilla.setting(name);
ALTER TABLE bugzilla.profile_setting ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.profiles_activity ADD FOREIGN KEY (fieldid) REFERENCES bugzilla.fielddefs(id);
ALTER TABLE bugzilla.profiles_activity ADD FOREIGN KEY (userid) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.profiles_activity ADD FOREIGN KEY (who) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.quips ADD FOREIGN KEY (userid) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.reports ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.series ADD FOREIGN KEY (category) REFERENCES bugzilla.series_categories(id);
ALTER TABLE bugzilla.series ADD FOREIGN KEY (creator) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.series ADD FOREIGN KEY (subcategory) REFERENCES bugzilla.series_categories(id);
ALTER TABLE bugzilla.series_data ADD FOREIGN KEY (series_id) REFERENCES bugzilla.series(series_id);
ALTER TABLE bugzilla.setting_value ADD FOREIGN KEY (name) REFERENCES bugzilla.setting(name);
ALTER TABLE bugzilla.status_workflow ADD FOREIGN KEY (new_status) REFERENCES bugzilla.bug_status(id);
ALTER TABLE bugzilla.status_workflow ADD FOREIGN KEY (old_status) REFERENCES bugzilla.bug_status(id);
ALTER TABLE bugzilla.tag ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.tokens ADD FOREIGN KEY (userid) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.user_api_keys ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.user_group_map ADD FOREIGN KEY (group_id) REFERENCES bugzilla.groups(id);
ALTER TABLE bugzilla.user_group_map ADD FOREIGN KEY (user_id) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.versions ADD FOREIGN KEY (product_id) REFERENCES bugzilla.products(id);
ALTER TABLE bugzilla.watch ADD FOREIGN KEY (watched) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.watch ADD FOREIGN KEY (watcher) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.whine_events ADD FOREIGN KEY (owner_userid) REFERENCES bugzilla.profiles(userid);
ALTER TABLE bugzilla.whine_queries ADD FOREIGN KEY (eventid) REFERENCES bugzilla.whine_events(id);
ALTER TABLE bugzilla.whine_schedules ADD FOREIGN KEY (eventid) REFERENCES bugzilla.whine_events(id);
