-- Simple Machines Forum (SMF) 2.1, the PHP discussion forum: members with their member groups, post-count groups,
-- logins, alert preferences, custom profile fields and paid subscriptions; categories and boards with their
-- moderators, moderator groups, board permissions and permission profiles; topics, messages (posts), attachments,
-- message icons, polls, poll choices and votes, drafts, likes, mentions and alerts; personal messages with their
-- recipients, labels and filter rules; the calendar and its holidays; bans (ban groups and items) and the ban log;
-- reported posts and moderator comments, the moderation and admin action log, the approval queue, group membership
-- requests, warnings/notices; read marks and notifications per board and topic, e-mail digests and the mail queue;
-- search index tables, spiders and their hits, who's online, sessions, flood control, daily activity statistics,
-- error log, scheduled tasks and their log, background tasks, installed packages (mods) and package servers,
-- smileys and smiley sets, themes and theme options, forum settings and the registration questions), as a fresh
-- install of SMF 2.1.5 creates it on PostgreSQL: other/install_2-1_postgresql.sql of github.com/SimpleMachines/SMF,
-- branch release-2.1 (commit 1468660, 2024-10-24; the file last changed in ea7d086, 2024-05-10), the project's own
-- PostgreSQL install script (it holds the same 73 tables as install_2-1_mysql.sql); BSD-3-Clause; we use the
-- schema's facts. The script's {$db_prefix} (smf_ by default) was replaced by the schema smf, so the tables are
-- named without the prefix (smf.members for smf_members); loaded into a scratch PostgreSQL 15 and regenerated from
-- its catalog: all 73 tables with their primary keys (approval_queue, log_digest and log_polls have none in the
-- source), the three UNLOGGED tables (log_floodcontrol, log_online, sessions) as ordinary tables; the column time
-- is quoted. The source declares no foreign keys (references such as messages.id_topic, topics.id_board,
-- boards.id_cat or members.id_group are implied by names only) and no comments. Left out: the helper functions the
-- script creates, sequences and serial defaults, defaults, unique and other indexes, and the INSERTs of default
-- rows (settings, member groups, permissions, the first category, board, topic and post, smileys, scheduled tasks,
-- themes, ...). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS smf;
CREATE TABLE smf.admin_info_files (
    id_file smallint NOT NULL,
    filename character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    parameters character varying(255) NOT NULL,
    data text NOT NULL,
    filetype character varying(255) NOT NULL,
    PRIMARY KEY (id_file)
);
CREATE TABLE smf.approval_queue (
    id_msg bigint NOT NULL,
    id_attach bigint NOT NULL,
    id_event smallint NOT NULL
);
CREATE TABLE smf.attachments (
    id_attach bigint NOT NULL,
    id_thumb bigint NOT NULL,
    id_msg bigint NOT NULL,
    id_member integer NOT NULL,
    id_folder smallint NOT NULL,
    attachment_type smallint NOT NULL,
    filename character varying(255) NOT NULL,
    file_hash character varying(40) NOT NULL,
    fileext character varying(8) NOT NULL,
    size integer NOT NULL,
    downloads integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    mime_type character varying(128) NOT NULL,
    approved smallint NOT NULL,
    PRIMARY KEY (id_attach)
);
CREATE TABLE smf.background_tasks (
    id_task bigint NOT NULL,
    task_file character varying(255) NOT NULL,
    task_class character varying(255) NOT NULL,
    task_data text NOT NULL,
    claimed_time integer NOT NULL,
    PRIMARY KEY (id_task)
);
CREATE TABLE smf.ban_groups (
    id_ban_group integer NOT NULL,
    name character varying(20) NOT NULL,
    ban_time bigint NOT NULL,
    expire_time bigint,
    cannot_access smallint NOT NULL,
    cannot_register smallint NOT NULL,
    cannot_post smallint NOT NULL,
    cannot_login smallint NOT NULL,
    reason character varying(255) NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (id_ban_group)
);
CREATE TABLE smf.ban_items (
    id_ban integer NOT NULL,
    id_ban_group smallint NOT NULL,
    ip_low inet,
    ip_high inet,
    hostname character varying(255) NOT NULL,
    email_address character varying(255) NOT NULL,
    id_member integer NOT NULL,
    hits bigint NOT NULL,
    PRIMARY KEY (id_ban)
);
CREATE TABLE smf.board_permissions (
    id_group smallint NOT NULL,
    id_profile smallint NOT NULL,
    permission character varying(30) NOT NULL,
    add_deny smallint NOT NULL,
    PRIMARY KEY (id_group, id_profile, permission)
);
CREATE TABLE smf.board_permissions_view (
    id_group smallint NOT NULL,
    id_board smallint NOT NULL,
    deny smallint NOT NULL,
    PRIMARY KEY (id_group, id_board, deny)
);
CREATE TABLE smf.boards (
    id_board smallint NOT NULL,
    id_cat smallint NOT NULL,
    child_level smallint NOT NULL,
    id_parent smallint NOT NULL,
    board_order smallint NOT NULL,
    id_last_msg bigint NOT NULL,
    id_msg_updated bigint NOT NULL,
    member_groups character varying(255) NOT NULL,
    id_profile smallint NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    num_topics integer NOT NULL,
    num_posts integer NOT NULL,
    count_posts smallint NOT NULL,
    id_theme smallint NOT NULL,
    override_theme smallint NOT NULL,
    unapproved_posts smallint NOT NULL,
    unapproved_topics smallint NOT NULL,
    redirect character varying(255) NOT NULL,
    deny_member_groups character varying(255) NOT NULL,
    PRIMARY KEY (id_board)
);
CREATE TABLE smf.calendar (
    id_event smallint NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    id_board smallint NOT NULL,
    id_topic integer NOT NULL,
    title character varying(255) NOT NULL,
    id_member integer NOT NULL,
    start_time time without time zone,
    end_time time without time zone,
    timezone character varying(80),
    location character varying(255) NOT NULL,
    PRIMARY KEY (id_event)
);
CREATE TABLE smf.calendar_holidays (
    id_holiday smallint NOT NULL,
    event_date date NOT NULL,
    title character varying(255) NOT NULL,
    PRIMARY KEY (id_holiday)
);
CREATE TABLE smf.categories (
    id_cat smallint NOT NULL,
    cat_order smallint NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    can_collapse smallint NOT NULL,
    PRIMARY KEY (id_cat)
);
CREATE TABLE smf.custom_fields (
    id_field smallint NOT NULL,
    col_name character varying(12) NOT NULL,
    field_name character varying(40) NOT NULL,
    field_desc character varying(255) NOT NULL,
    field_type character varying(8) NOT NULL,
    field_length smallint NOT NULL,
    field_options text NOT NULL,
    field_order smallint NOT NULL,
    mask character varying(255) NOT NULL,
    show_reg smallint NOT NULL,
    show_display smallint NOT NULL,
    show_mlist smallint NOT NULL,
    show_profile character varying(20) NOT NULL,
    private smallint NOT NULL,
    active smallint NOT NULL,
    bbc smallint NOT NULL,
    can_search smallint NOT NULL,
    default_value character varying(255) NOT NULL,
    enclose text NOT NULL,
    placement smallint NOT NULL,
    PRIMARY KEY (id_field)
);
CREATE TABLE smf.group_moderators (
    id_group smallint NOT NULL,
    id_member integer NOT NULL,
    PRIMARY KEY (id_group, id_member)
);
CREATE TABLE smf.log_actions (
    id_action bigint NOT NULL,
    id_log smallint NOT NULL,
    log_time bigint NOT NULL,
    id_member integer NOT NULL,
    ip inet,
    action character varying(30) NOT NULL,
    id_board smallint NOT NULL,
    id_topic integer NOT NULL,
    id_msg bigint NOT NULL,
    extra text NOT NULL,
    PRIMARY KEY (id_action)
);
CREATE TABLE smf.log_activity (
    date date NOT NULL,
    hits integer NOT NULL,
    topics smallint NOT NULL,
    posts smallint NOT NULL,
    registers smallint NOT NULL,
    most_on smallint NOT NULL,
    PRIMARY KEY (date)
);
CREATE TABLE smf.log_banned (
    id_ban_log integer NOT NULL,
    id_member integer NOT NULL,
    ip inet,
    email character varying(255) NOT NULL,
    log_time bigint NOT NULL,
    PRIMARY KEY (id_ban_log)
);
CREATE TABLE smf.log_boards (
    id_member integer NOT NULL,
    id_board smallint NOT NULL,
    id_msg bigint NOT NULL,
    PRIMARY KEY (id_member, id_board)
);
CREATE TABLE smf.log_comments (
    id_comment integer NOT NULL,
    id_member integer NOT NULL,
    member_name character varying(80) NOT NULL,
    comment_type character varying(8) NOT NULL,
    id_recipient integer NOT NULL,
    recipient_name character varying(255) NOT NULL,
    log_time bigint NOT NULL,
    id_notice integer NOT NULL,
    counter smallint NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (id_comment)
);
CREATE TABLE smf.log_digest (
    id_topic integer NOT NULL,
    id_msg bigint NOT NULL,
    note_type character varying(10) NOT NULL,
    daily smallint NOT NULL,
    exclude integer NOT NULL
);
CREATE TABLE smf.log_errors (
    id_error integer NOT NULL,
    log_time bigint NOT NULL,
    id_member integer NOT NULL,
    ip inet,
    url text NOT NULL,
    message text NOT NULL,
    session character varying(128) NOT NULL,
    error_type character varying(15) NOT NULL,
    file character varying(255) NOT NULL,
    line integer NOT NULL,
    backtrace text NOT NULL,
    PRIMARY KEY (id_error)
);
CREATE TABLE smf.log_floodcontrol (
    ip inet NOT NULL,
    log_time bigint NOT NULL,
    log_type character varying(30) NOT NULL,
    PRIMARY KEY (ip, log_type)
);
CREATE TABLE smf.log_group_requests (
    id_request integer NOT NULL,
    id_member integer NOT NULL,
    id_group smallint NOT NULL,
    time_applied bigint NOT NULL,
    reason text NOT NULL,
    status smallint NOT NULL,
    id_member_acted integer NOT NULL,
    member_name_acted character varying(255) NOT NULL,
    time_acted bigint NOT NULL,
    act_reason text NOT NULL,
    PRIMARY KEY (id_request)
);
CREATE TABLE smf.log_mark_read (
    id_member integer NOT NULL,
    id_board smallint NOT NULL,
    id_msg bigint NOT NULL,
    PRIMARY KEY (id_member, id_board)
);
CREATE TABLE smf.log_member_notices (
    id_notice integer NOT NULL,
    subject character varying(255) NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (id_notice)
);
CREATE TABLE smf.log_notify (
    id_member integer NOT NULL,
    id_topic integer NOT NULL,
    id_board smallint NOT NULL,
    sent smallint NOT NULL,
    PRIMARY KEY (id_member, id_topic, id_board)
);
CREATE TABLE smf.log_online (
    session character varying(128) NOT NULL,
    log_time bigint NOT NULL,
    id_member integer NOT NULL,
    id_spider smallint NOT NULL,
    ip inet,
    url character varying(2048) NOT NULL,
    PRIMARY KEY (session)
);
CREATE TABLE smf.log_packages (
    id_install integer NOT NULL,
    filename character varying(255) NOT NULL,
    package_id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    id_member_installed integer NOT NULL,
    member_installed character varying(255) NOT NULL,
    time_installed integer NOT NULL,
    id_member_removed integer NOT NULL,
    member_removed character varying(255) NOT NULL,
    time_removed integer NOT NULL,
    install_state smallint NOT NULL,
    failed_steps text NOT NULL,
    themes_installed character varying(255) NOT NULL,
    db_changes text NOT NULL,
    credits text NOT NULL,
    sha256_hash text,
    PRIMARY KEY (id_install)
);
CREATE TABLE smf.log_polls (
    id_poll integer NOT NULL,
    id_member integer NOT NULL,
    id_choice smallint NOT NULL
);
CREATE TABLE smf.log_reported (
    id_report integer NOT NULL,
    id_msg bigint NOT NULL,
    id_topic integer NOT NULL,
    id_board smallint NOT NULL,
    id_member integer NOT NULL,
    membername character varying(255) NOT NULL,
    subject character varying(255) NOT NULL,
    body text NOT NULL,
    time_started integer NOT NULL,
    time_updated integer NOT NULL,
    num_reports integer NOT NULL,
    closed smallint NOT NULL,
    ignore_all smallint NOT NULL,
    PRIMARY KEY (id_report)
);
CREATE TABLE smf.log_reported_comments (
    id_comment integer NOT NULL,
    id_report integer NOT NULL,
    id_member integer NOT NULL,
    membername character varying(255) NOT NULL,
    member_ip inet,
    comment character varying(255) NOT NULL,
    time_sent integer NOT NULL,
    PRIMARY KEY (id_comment)
);
CREATE TABLE smf.log_scheduled_tasks (
    id_log integer NOT NULL,
    id_task smallint NOT NULL,
    time_run integer NOT NULL,
    time_taken double precision NOT NULL,
    PRIMARY KEY (id_log)
);
CREATE TABLE smf.log_search_messages (
    id_search smallint NOT NULL,
    id_msg bigint NOT NULL,
    PRIMARY KEY (id_search, id_msg)
);
CREATE TABLE smf.log_search_results (
    id_search smallint NOT NULL,
    id_topic integer NOT NULL,
    id_msg bigint NOT NULL,
    relevance smallint NOT NULL,
    num_matches smallint NOT NULL,
    PRIMARY KEY (id_search, id_topic)
);
CREATE TABLE smf.log_search_subjects (
    word character varying(20) NOT NULL,
    id_topic integer NOT NULL,
    PRIMARY KEY (word, id_topic)
);
CREATE TABLE smf.log_search_topics (
    id_search smallint NOT NULL,
    id_topic integer NOT NULL,
    PRIMARY KEY (id_search, id_topic)
);
CREATE TABLE smf.log_spider_hits (
    id_hit bigint NOT NULL,
    id_spider smallint NOT NULL,
    log_time bigint NOT NULL,
    url character varying(1024) NOT NULL,
    processed smallint NOT NULL,
    PRIMARY KEY (id_hit)
);
CREATE TABLE smf.log_spider_stats (
    id_spider smallint NOT NULL,
    page_hits integer NOT NULL,
    last_seen bigint NOT NULL,
    stat_date date NOT NULL,
    PRIMARY KEY (stat_date, id_spider)
);
CREATE TABLE smf.log_subscribed (
    id_sublog bigint NOT NULL,
    id_subscribe smallint NOT NULL,
    id_member integer NOT NULL,
    old_id_group integer NOT NULL,
    start_time integer NOT NULL,
    end_time integer NOT NULL,
    payments_pending smallint NOT NULL,
    status smallint NOT NULL,
    pending_details text NOT NULL,
    reminder_sent smallint NOT NULL,
    vendor_ref character varying(255) NOT NULL,
    PRIMARY KEY (id_sublog)
);
CREATE TABLE smf.log_topics (
    id_member integer NOT NULL,
    id_topic integer NOT NULL,
    id_msg bigint NOT NULL,
    unwatched integer NOT NULL,
    PRIMARY KEY (id_member, id_topic)
);
CREATE TABLE smf.mail_queue (
    id_mail bigint NOT NULL,
    time_sent integer NOT NULL,
    recipient character varying(255) NOT NULL,
    body text NOT NULL,
    subject character varying(255) NOT NULL,
    headers text NOT NULL,
    send_html smallint NOT NULL,
    priority smallint NOT NULL,
    private smallint NOT NULL,
    PRIMARY KEY (id_mail)
);
CREATE TABLE smf.member_logins (
    id_login integer NOT NULL,
    id_member integer NOT NULL,
    "time" integer NOT NULL,
    ip inet,
    ip2 inet,
    PRIMARY KEY (id_login)
);
CREATE TABLE smf.membergroups (
    id_group smallint NOT NULL,
    group_name character varying(80) NOT NULL,
    description text NOT NULL,
    online_color character varying(20) NOT NULL,
    min_posts integer NOT NULL,
    max_messages smallint NOT NULL,
    icons character varying(255) NOT NULL,
    group_type smallint NOT NULL,
    hidden smallint NOT NULL,
    id_parent smallint NOT NULL,
    tfa_required smallint NOT NULL,
    PRIMARY KEY (id_group)
);
CREATE TABLE smf.members (
    id_member integer NOT NULL,
    member_name character varying(80) NOT NULL,
    date_registered bigint NOT NULL,
    posts integer NOT NULL,
    id_group smallint NOT NULL,
    lngfile character varying(255) NOT NULL,
    last_login bigint NOT NULL,
    real_name character varying(255) NOT NULL,
    instant_messages smallint NOT NULL,
    unread_messages smallint NOT NULL,
    new_pm smallint NOT NULL,
    alerts bigint NOT NULL,
    buddy_list text NOT NULL,
    pm_ignore_list text,
    pm_prefs integer NOT NULL,
    mod_prefs character varying(20) NOT NULL,
    passwd character varying(64) NOT NULL,
    email_address character varying(255) NOT NULL,
    personal_text character varying(255) NOT NULL,
    birthdate date NOT NULL,
    website_title character varying(255) NOT NULL,
    website_url character varying(255) NOT NULL,
    show_online smallint NOT NULL,
    time_format character varying(80) NOT NULL,
    signature text NOT NULL,
    time_offset double precision NOT NULL,
    avatar character varying(255) NOT NULL,
    usertitle character varying(255) NOT NULL,
    member_ip inet,
    member_ip2 inet,
    secret_question character varying(255) NOT NULL,
    secret_answer character varying(64) NOT NULL,
    id_theme smallint NOT NULL,
    is_activated smallint NOT NULL,
    validation_code character varying(10) NOT NULL,
    id_msg_last_visit integer NOT NULL,
    additional_groups character varying(255) NOT NULL,
    smiley_set character varying(48) NOT NULL,
    id_post_group smallint NOT NULL,
    total_time_logged_in bigint NOT NULL,
    password_salt character varying(255) NOT NULL,
    ignore_boards text NOT NULL,
    warning smallint NOT NULL,
    passwd_flood character varying(12) NOT NULL,
    pm_receive_from smallint NOT NULL,
    timezone character varying(80) NOT NULL,
    tfa_secret character varying(24) NOT NULL,
    tfa_backup character varying(64) NOT NULL,
    PRIMARY KEY (id_member)
);
CREATE TABLE smf.mentions (
    content_id integer NOT NULL,
    content_type character varying(10) NOT NULL,
    id_mentioned integer NOT NULL,
    id_member integer NOT NULL,
    "time" integer NOT NULL,
    PRIMARY KEY (content_id, content_type, id_mentioned)
);
CREATE TABLE smf.message_icons (
    id_icon smallint NOT NULL,
    title character varying(80) NOT NULL,
    filename character varying(80) NOT NULL,
    id_board smallint NOT NULL,
    icon_order smallint NOT NULL,
    PRIMARY KEY (id_icon)
);
CREATE TABLE smf.messages (
    id_msg bigint NOT NULL,
    id_topic integer NOT NULL,
    id_board smallint NOT NULL,
    poster_time bigint NOT NULL,
    id_member integer NOT NULL,
    id_msg_modified integer NOT NULL,
    subject character varying(255) NOT NULL,
    poster_name character varying(255) NOT NULL,
    poster_email character varying(255) NOT NULL,
    poster_ip inet,
    smileys_enabled smallint NOT NULL,
    modified_time integer NOT NULL,
    modified_name character varying(255) NOT NULL,
    modified_reason character varying(255) NOT NULL,
    body text NOT NULL,
    icon character varying(16) NOT NULL,
    approved smallint NOT NULL,
    likes smallint NOT NULL,
    PRIMARY KEY (id_msg)
);
CREATE TABLE smf.moderator_groups (
    id_board smallint NOT NULL,
    id_group smallint NOT NULL,
    PRIMARY KEY (id_board, id_group)
);
CREATE TABLE smf.moderators (
    id_board smallint NOT NULL,
    id_member integer NOT NULL,
    PRIMARY KEY (id_board, id_member)
);
CREATE TABLE smf.package_servers (
    id_server smallint NOT NULL,
    name character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    validation_url character varying(255) NOT NULL,
    extra text,
    PRIMARY KEY (id_server)
);
CREATE TABLE smf.permission_profiles (
    id_profile smallint NOT NULL,
    profile_name character varying(255) NOT NULL,
    PRIMARY KEY (id_profile)
);
CREATE TABLE smf.permissions (
    id_group smallint NOT NULL,
    permission character varying(30) NOT NULL,
    add_deny smallint NOT NULL,
    PRIMARY KEY (id_group, permission)
);
CREATE TABLE smf.personal_messages (
    id_pm bigint NOT NULL,
    id_pm_head bigint NOT NULL,
    id_member_from integer NOT NULL,
    deleted_by_sender smallint NOT NULL,
    from_name character varying(255) NOT NULL,
    msgtime bigint NOT NULL,
    subject character varying(255) NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (id_pm)
);
CREATE TABLE smf.pm_labeled_messages (
    id_label bigint NOT NULL,
    id_pm bigint NOT NULL,
    PRIMARY KEY (id_label, id_pm)
);
CREATE TABLE smf.pm_labels (
    id_label bigint NOT NULL,
    id_member integer NOT NULL,
    name character varying(30) NOT NULL,
    PRIMARY KEY (id_label)
);
CREATE TABLE smf.pm_recipients (
    id_pm bigint NOT NULL,
    id_member integer NOT NULL,
    bcc smallint NOT NULL,
    is_read smallint NOT NULL,
    is_new smallint NOT NULL,
    deleted smallint NOT NULL,
    in_inbox smallint NOT NULL,
    PRIMARY KEY (id_pm, id_member)
);
CREATE TABLE smf.pm_rules (
    id_rule bigint NOT NULL,
    id_member integer NOT NULL,
    rule_name character varying(60) NOT NULL,
    criteria text NOT NULL,
    actions text NOT NULL,
    delete_pm smallint NOT NULL,
    is_or smallint NOT NULL,
    PRIMARY KEY (id_rule)
);
CREATE TABLE smf.poll_choices (
    id_poll integer NOT NULL,
    id_choice smallint NOT NULL,
    label character varying(255) NOT NULL,
    votes smallint NOT NULL,
    PRIMARY KEY (id_poll, id_choice)
);
CREATE TABLE smf.polls (
    id_poll integer NOT NULL,
    question character varying(255) NOT NULL,
    voting_locked smallint NOT NULL,
    max_votes smallint NOT NULL,
    expire_time integer NOT NULL,
    hide_results smallint NOT NULL,
    change_vote smallint NOT NULL,
    guest_vote smallint NOT NULL,
    num_guest_voters integer NOT NULL,
    reset_poll integer NOT NULL,
    id_member integer NOT NULL,
    poster_name character varying(255) NOT NULL,
    PRIMARY KEY (id_poll)
);
CREATE TABLE smf.qanda (
    id_question smallint NOT NULL,
    lngfile character varying(255) NOT NULL,
    question character varying(255) NOT NULL,
    answers text NOT NULL,
    PRIMARY KEY (id_question)
);
CREATE TABLE smf.scheduled_tasks (
    id_task smallint NOT NULL,
    next_time integer NOT NULL,
    time_offset integer NOT NULL,
    time_regularity smallint NOT NULL,
    time_unit character varying(1) NOT NULL,
    disabled smallint NOT NULL,
    task character varying(24) NOT NULL,
    callable character varying(60) NOT NULL,
    PRIMARY KEY (id_task)
);
CREATE TABLE smf.sessions (
    session_id character varying(128) NOT NULL,
    last_update bigint NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (session_id)
);
CREATE TABLE smf.settings (
    variable character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (variable)
);
CREATE TABLE smf.smiley_files (
    id_smiley smallint NOT NULL,
    smiley_set character varying(48) NOT NULL,
    filename character varying(48) NOT NULL,
    PRIMARY KEY (id_smiley, smiley_set)
);
CREATE TABLE smf.smileys (
    id_smiley smallint NOT NULL,
    code character varying(30) NOT NULL,
    description character varying(80) NOT NULL,
    smiley_row smallint NOT NULL,
    smiley_order smallint NOT NULL,
    hidden smallint NOT NULL,
    PRIMARY KEY (id_smiley)
);
CREATE TABLE smf.spiders (
    id_spider smallint NOT NULL,
    spider_name character varying(255) NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_info character varying(255) NOT NULL,
    PRIMARY KEY (id_spider)
);
CREATE TABLE smf.subscriptions (
    id_subscribe integer NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255) NOT NULL,
    cost text NOT NULL,
    length character varying(6) NOT NULL,
    id_group integer NOT NULL,
    add_groups character varying(40) NOT NULL,
    active smallint NOT NULL,
    repeatable smallint NOT NULL,
    allow_partial smallint NOT NULL,
    reminder smallint NOT NULL,
    email_complete text NOT NULL,
    PRIMARY KEY (id_subscribe)
);
CREATE TABLE smf.themes (
    id_member integer NOT NULL,
    id_theme smallint NOT NULL,
    variable character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id_theme, id_member, variable)
);
CREATE TABLE smf.topics (
    id_topic integer NOT NULL,
    is_sticky smallint NOT NULL,
    id_board smallint NOT NULL,
    id_first_msg integer NOT NULL,
    id_last_msg bigint NOT NULL,
    id_member_started integer NOT NULL,
    id_member_updated integer NOT NULL,
    id_poll integer NOT NULL,
    id_previous_board smallint NOT NULL,
    id_previous_topic integer NOT NULL,
    num_replies bigint NOT NULL,
    num_views bigint NOT NULL,
    locked smallint NOT NULL,
    redirect_expires integer NOT NULL,
    id_redirect_topic bigint NOT NULL,
    unapproved_posts smallint NOT NULL,
    approved smallint NOT NULL,
    PRIMARY KEY (id_topic)
);
CREATE TABLE smf.user_alerts (
    id_alert bigint NOT NULL,
    alert_time bigint NOT NULL,
    id_member integer NOT NULL,
    id_member_started bigint NOT NULL,
    member_name character varying(255) NOT NULL,
    content_type character varying(255) NOT NULL,
    content_id bigint NOT NULL,
    content_action character varying(255) NOT NULL,
    is_read bigint NOT NULL,
    extra text NOT NULL,
    PRIMARY KEY (id_alert)
);
CREATE TABLE smf.user_alerts_prefs (
    id_member integer NOT NULL,
    alert_pref character varying(32) NOT NULL,
    alert_value smallint NOT NULL,
    PRIMARY KEY (id_member, alert_pref)
);
CREATE TABLE smf.user_drafts (
    id_draft bigint NOT NULL,
    id_topic integer NOT NULL,
    id_board smallint NOT NULL,
    id_reply bigint NOT NULL,
    type smallint NOT NULL,
    poster_time integer NOT NULL,
    id_member integer NOT NULL,
    subject character varying(255) NOT NULL,
    smileys_enabled smallint NOT NULL,
    body text NOT NULL,
    icon character varying(16) NOT NULL,
    locked smallint NOT NULL,
    is_sticky smallint NOT NULL,
    to_list character varying(255) NOT NULL,
    PRIMARY KEY (id_draft)
);
CREATE TABLE smf.user_likes (
    id_member integer NOT NULL,
    content_type character(6) NOT NULL,
    content_id integer NOT NULL,
    like_time integer NOT NULL,
    PRIMARY KEY (content_id, content_type, id_member)
);
