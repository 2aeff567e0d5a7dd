-- phpBB, the bulletin-board software (forums and their tracking, watching and access, topics and posts, polls and
-- votes, attachments and extension groups, private messages with recipients, folders and rules, users, groups and
-- memberships, ranks, bans, warnings, reports and report reasons, friends/foes (zebra), bookmarks and drafts,
-- permissions (acl_*), moderator cache, admin/moderator log, sessions, login attempts, bots, search index, custom
-- profile fields, languages, styles, smilies, icons, BBCodes, word censoring, config), as its PostgreSQL install
-- script declares it: phpBB/install/schemas/postgres_schema.sql of github.com/phpbb/phpbb, branch 3.0.x (commit
-- 0d349a8, phpBB 3.0.15-dev; from 3.1 on the install schema is generated from migrations and no DDL file is
-- shipped). GPL-2.0 (the code; we use the schema's facts). Loaded unchanged into a scratch PostgreSQL (in schema
-- phpbb) and regenerated from its catalog, schema phpbb, the default table prefix phpbb_ kept: all 63 tables and
-- the primary keys of the 51 that declare one; the case-insensitive domain varchar_ci -> character varying(255) NOT
-- NULL, INT2/INT4/INT8 -> smallint/integer/bigint, varchar(n), char(n), TEXT and decimal kept; its domain functions
-- and operators, sequences, defaults, the CHECK (x >= 0) constraints and the indexes (unique ones included) left
-- out. No foreign keys: the source declares none (topic_id, forum_id, poster_id, user_id ... are plain integers).
-- Times are Unix timestamps in integer columns, as in the source. No comments in the source. No rows. See README.md
-- here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS phpbb;
CREATE TABLE phpbb.phpbb_acl_groups (
    group_id integer NOT NULL,
    forum_id integer NOT NULL,
    auth_option_id integer NOT NULL,
    auth_role_id integer NOT NULL,
    auth_setting smallint NOT NULL
);
CREATE TABLE phpbb.phpbb_acl_options (
    auth_option_id integer NOT NULL,
    auth_option character varying(50) NOT NULL,
    is_global smallint NOT NULL,
    is_local smallint NOT NULL,
    founder_only smallint NOT NULL,
    PRIMARY KEY (auth_option_id)
);
CREATE TABLE phpbb.phpbb_acl_roles (
    role_id integer NOT NULL,
    role_name character varying(255) NOT NULL,
    role_description character varying(4000) NOT NULL,
    role_type character varying(10) NOT NULL,
    role_order smallint NOT NULL,
    PRIMARY KEY (role_id)
);
CREATE TABLE phpbb.phpbb_acl_roles_data (
    role_id integer NOT NULL,
    auth_option_id integer NOT NULL,
    auth_setting smallint NOT NULL,
    PRIMARY KEY (role_id, auth_option_id)
);
CREATE TABLE phpbb.phpbb_acl_users (
    user_id integer NOT NULL,
    forum_id integer NOT NULL,
    auth_option_id integer NOT NULL,
    auth_role_id integer NOT NULL,
    auth_setting smallint NOT NULL
);
CREATE TABLE phpbb.phpbb_attachments (
    attach_id integer NOT NULL,
    post_msg_id integer NOT NULL,
    topic_id integer NOT NULL,
    in_message smallint NOT NULL,
    poster_id integer NOT NULL,
    is_orphan smallint NOT NULL,
    physical_filename character varying(255) NOT NULL,
    real_filename character varying(255) NOT NULL,
    download_count integer NOT NULL,
    attach_comment character varying(4000) NOT NULL,
    extension character varying(100) NOT NULL,
    mimetype character varying(100) NOT NULL,
    filesize integer NOT NULL,
    filetime integer NOT NULL,
    thumbnail smallint NOT NULL,
    PRIMARY KEY (attach_id)
);
CREATE TABLE phpbb.phpbb_banlist (
    ban_id integer NOT NULL,
    ban_userid integer NOT NULL,
    ban_ip character varying(40) NOT NULL,
    ban_email character varying(100) NOT NULL,
    ban_start integer NOT NULL,
    ban_end integer NOT NULL,
    ban_exclude smallint NOT NULL,
    ban_reason character varying(255) NOT NULL,
    ban_give_reason character varying(255) NOT NULL,
    PRIMARY KEY (ban_id)
);
CREATE TABLE phpbb.phpbb_bbcodes (
    bbcode_id smallint NOT NULL,
    bbcode_tag character varying(16) NOT NULL,
    bbcode_helpline character varying(255) NOT NULL,
    display_on_posting smallint NOT NULL,
    bbcode_match character varying(4000) NOT NULL,
    bbcode_tpl text NOT NULL,
    first_pass_match text NOT NULL,
    first_pass_replace text NOT NULL,
    second_pass_match text NOT NULL,
    second_pass_replace text NOT NULL,
    PRIMARY KEY (bbcode_id)
);
CREATE TABLE phpbb.phpbb_bookmarks (
    topic_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (topic_id, user_id)
);
CREATE TABLE phpbb.phpbb_bots (
    bot_id integer NOT NULL,
    bot_active smallint NOT NULL,
    bot_name character varying(255) NOT NULL,
    user_id integer NOT NULL,
    bot_agent character varying(255) NOT NULL,
    bot_ip character varying(255) NOT NULL,
    PRIMARY KEY (bot_id)
);
CREATE TABLE phpbb.phpbb_config (
    config_name character varying(255) NOT NULL,
    config_value character varying(255) NOT NULL,
    is_dynamic smallint NOT NULL,
    PRIMARY KEY (config_name)
);
CREATE TABLE phpbb.phpbb_confirm (
    confirm_id character(32) NOT NULL,
    session_id character(32) NOT NULL,
    confirm_type smallint NOT NULL,
    code character varying(8) NOT NULL,
    seed integer NOT NULL,
    attempts integer NOT NULL,
    PRIMARY KEY (session_id, confirm_id)
);
CREATE TABLE phpbb.phpbb_disallow (
    disallow_id integer NOT NULL,
    disallow_username character varying(255) NOT NULL,
    PRIMARY KEY (disallow_id)
);
CREATE TABLE phpbb.phpbb_drafts (
    draft_id integer NOT NULL,
    user_id integer NOT NULL,
    topic_id integer NOT NULL,
    forum_id integer NOT NULL,
    save_time integer NOT NULL,
    draft_subject character varying(255) NOT NULL,
    draft_message text NOT NULL,
    PRIMARY KEY (draft_id)
);
CREATE TABLE phpbb.phpbb_extension_groups (
    group_id integer NOT NULL,
    group_name character varying(255) NOT NULL,
    cat_id smallint NOT NULL,
    allow_group smallint NOT NULL,
    download_mode smallint NOT NULL,
    upload_icon character varying(255) NOT NULL,
    max_filesize integer NOT NULL,
    allowed_forums character varying(8000) NOT NULL,
    allow_in_pm smallint NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE phpbb.phpbb_extensions (
    extension_id integer NOT NULL,
    group_id integer NOT NULL,
    extension character varying(100) NOT NULL,
    PRIMARY KEY (extension_id)
);
CREATE TABLE phpbb.phpbb_forums (
    forum_id integer NOT NULL,
    parent_id integer NOT NULL,
    left_id integer NOT NULL,
    right_id integer NOT NULL,
    forum_parents text NOT NULL,
    forum_name character varying(255) NOT NULL,
    forum_desc character varying(4000) NOT NULL,
    forum_desc_bitfield character varying(255) NOT NULL,
    forum_desc_options integer NOT NULL,
    forum_desc_uid character varying(8) NOT NULL,
    forum_link character varying(255) NOT NULL,
    forum_password character varying(40) NOT NULL,
    forum_style integer NOT NULL,
    forum_image character varying(255) NOT NULL,
    forum_rules character varying(4000) NOT NULL,
    forum_rules_link character varying(255) NOT NULL,
    forum_rules_bitfield character varying(255) NOT NULL,
    forum_rules_options integer NOT NULL,
    forum_rules_uid character varying(8) NOT NULL,
    forum_topics_per_page smallint NOT NULL,
    forum_type smallint NOT NULL,
    forum_status smallint NOT NULL,
    forum_posts integer NOT NULL,
    forum_topics integer NOT NULL,
    forum_topics_real integer NOT NULL,
    forum_last_post_id integer NOT NULL,
    forum_last_poster_id integer NOT NULL,
    forum_last_post_subject character varying(255) NOT NULL,
    forum_last_post_time integer NOT NULL,
    forum_last_poster_name character varying(255) NOT NULL,
    forum_last_poster_colour character varying(6) NOT NULL,
    forum_flags smallint NOT NULL,
    forum_options integer NOT NULL,
    display_subforum_list smallint NOT NULL,
    display_on_index smallint NOT NULL,
    enable_indexing smallint NOT NULL,
    enable_icons smallint NOT NULL,
    enable_prune smallint NOT NULL,
    prune_next integer NOT NULL,
    prune_days integer NOT NULL,
    prune_viewed integer NOT NULL,
    prune_freq integer NOT NULL,
    PRIMARY KEY (forum_id)
);
CREATE TABLE phpbb.phpbb_forums_access (
    forum_id integer NOT NULL,
    user_id integer NOT NULL,
    session_id character(32) NOT NULL,
    PRIMARY KEY (forum_id, user_id, session_id)
);
CREATE TABLE phpbb.phpbb_forums_track (
    user_id integer NOT NULL,
    forum_id integer NOT NULL,
    mark_time integer NOT NULL,
    PRIMARY KEY (user_id, forum_id)
);
CREATE TABLE phpbb.phpbb_forums_watch (
    forum_id integer NOT NULL,
    user_id integer NOT NULL,
    notify_status smallint NOT NULL
);
CREATE TABLE phpbb.phpbb_groups (
    group_id integer NOT NULL,
    group_type smallint NOT NULL,
    group_founder_manage smallint NOT NULL,
    group_skip_auth smallint NOT NULL,
    group_name character varying(255) NOT NULL,
    group_desc character varying(4000) NOT NULL,
    group_desc_bitfield character varying(255) NOT NULL,
    group_desc_options integer NOT NULL,
    group_desc_uid character varying(8) NOT NULL,
    group_display smallint NOT NULL,
    group_avatar character varying(255) NOT NULL,
    group_avatar_type smallint NOT NULL,
    group_avatar_width smallint NOT NULL,
    group_avatar_height smallint NOT NULL,
    group_rank integer NOT NULL,
    group_colour character varying(6) NOT NULL,
    group_sig_chars integer NOT NULL,
    group_receive_pm smallint NOT NULL,
    group_message_limit integer NOT NULL,
    group_max_recipients integer NOT NULL,
    group_legend smallint NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE phpbb.phpbb_icons (
    icons_id integer NOT NULL,
    icons_url character varying(255) NOT NULL,
    icons_width smallint NOT NULL,
    icons_height smallint NOT NULL,
    icons_order integer NOT NULL,
    display_on_posting smallint NOT NULL,
    PRIMARY KEY (icons_id)
);
CREATE TABLE phpbb.phpbb_lang (
    lang_id smallint NOT NULL,
    lang_iso character varying(30) NOT NULL,
    lang_dir character varying(30) NOT NULL,
    lang_english_name character varying(100) NOT NULL,
    lang_local_name character varying(255) NOT NULL,
    lang_author character varying(255) NOT NULL,
    PRIMARY KEY (lang_id)
);
CREATE TABLE phpbb.phpbb_log (
    log_id integer NOT NULL,
    log_type smallint NOT NULL,
    user_id integer NOT NULL,
    forum_id integer NOT NULL,
    topic_id integer NOT NULL,
    reportee_id integer NOT NULL,
    log_ip character varying(40) NOT NULL,
    log_time integer NOT NULL,
    log_operation character varying(4000) NOT NULL,
    log_data text NOT NULL,
    PRIMARY KEY (log_id)
);
CREATE TABLE phpbb.phpbb_login_attempts (
    attempt_ip character varying(40) NOT NULL,
    attempt_browser character varying(150) NOT NULL,
    attempt_forwarded_for character varying(255) NOT NULL,
    attempt_time integer NOT NULL,
    user_id integer NOT NULL,
    username character varying(255) NOT NULL,
    username_clean character varying(255) NOT NULL
);
CREATE TABLE phpbb.phpbb_moderator_cache (
    forum_id integer NOT NULL,
    user_id integer NOT NULL,
    username character varying(255) NOT NULL,
    group_id integer NOT NULL,
    group_name character varying(255) NOT NULL,
    display_on_index smallint NOT NULL
);
CREATE TABLE phpbb.phpbb_modules (
    module_id integer NOT NULL,
    module_enabled smallint NOT NULL,
    module_display smallint NOT NULL,
    module_basename character varying(255) NOT NULL,
    module_class character varying(10) NOT NULL,
    parent_id integer NOT NULL,
    left_id integer NOT NULL,
    right_id integer NOT NULL,
    module_langname character varying(255) NOT NULL,
    module_mode character varying(255) NOT NULL,
    module_auth character varying(255) NOT NULL,
    PRIMARY KEY (module_id)
);
CREATE TABLE phpbb.phpbb_poll_options (
    poll_option_id smallint NOT NULL,
    topic_id integer NOT NULL,
    poll_option_text character varying(4000) NOT NULL,
    poll_option_total integer NOT NULL
);
CREATE TABLE phpbb.phpbb_poll_votes (
    topic_id integer NOT NULL,
    poll_option_id smallint NOT NULL,
    vote_user_id integer NOT NULL,
    vote_user_ip character varying(40) NOT NULL
);
CREATE TABLE phpbb.phpbb_posts (
    post_id integer NOT NULL,
    topic_id integer NOT NULL,
    forum_id integer NOT NULL,
    poster_id integer NOT NULL,
    icon_id integer NOT NULL,
    poster_ip character varying(40) NOT NULL,
    post_time integer NOT NULL,
    post_approved smallint NOT NULL,
    post_reported smallint NOT NULL,
    enable_bbcode smallint NOT NULL,
    enable_smilies smallint NOT NULL,
    enable_magic_url smallint NOT NULL,
    enable_sig smallint NOT NULL,
    post_username character varying(255) NOT NULL,
    post_subject character varying(255) NOT NULL,
    post_text text NOT NULL,
    post_checksum character varying(32) NOT NULL,
    post_attachment smallint NOT NULL,
    bbcode_bitfield character varying(255) NOT NULL,
    bbcode_uid character varying(8) NOT NULL,
    post_postcount smallint NOT NULL,
    post_edit_time integer NOT NULL,
    post_edit_reason character varying(255) NOT NULL,
    post_edit_user integer NOT NULL,
    post_edit_count smallint NOT NULL,
    post_edit_locked smallint NOT NULL,
    PRIMARY KEY (post_id)
);
CREATE TABLE phpbb.phpbb_privmsgs (
    msg_id integer NOT NULL,
    root_level integer NOT NULL,
    author_id integer NOT NULL,
    icon_id integer NOT NULL,
    author_ip character varying(40) NOT NULL,
    message_time integer NOT NULL,
    enable_bbcode smallint NOT NULL,
    enable_smilies smallint NOT NULL,
    enable_magic_url smallint NOT NULL,
    enable_sig smallint NOT NULL,
    message_subject character varying(255) NOT NULL,
    message_text text NOT NULL,
    message_edit_reason character varying(255) NOT NULL,
    message_edit_user integer NOT NULL,
    message_attachment smallint NOT NULL,
    bbcode_bitfield character varying(255) NOT NULL,
    bbcode_uid character varying(8) NOT NULL,
    message_edit_time integer NOT NULL,
    message_edit_count smallint NOT NULL,
    to_address character varying(4000) NOT NULL,
    bcc_address character varying(4000) NOT NULL,
    message_reported smallint NOT NULL,
    PRIMARY KEY (msg_id)
);
CREATE TABLE phpbb.phpbb_privmsgs_folder (
    folder_id integer NOT NULL,
    user_id integer NOT NULL,
    folder_name character varying(255) NOT NULL,
    pm_count integer NOT NULL,
    PRIMARY KEY (folder_id)
);
CREATE TABLE phpbb.phpbb_privmsgs_rules (
    rule_id integer NOT NULL,
    user_id integer NOT NULL,
    rule_check integer NOT NULL,
    rule_connection integer NOT NULL,
    rule_string character varying(255) NOT NULL,
    rule_user_id integer NOT NULL,
    rule_group_id integer NOT NULL,
    rule_action integer NOT NULL,
    rule_folder_id integer NOT NULL,
    PRIMARY KEY (rule_id)
);
CREATE TABLE phpbb.phpbb_privmsgs_to (
    msg_id integer NOT NULL,
    user_id integer NOT NULL,
    author_id integer NOT NULL,
    pm_deleted smallint NOT NULL,
    pm_new smallint NOT NULL,
    pm_unread smallint NOT NULL,
    pm_replied smallint NOT NULL,
    pm_marked smallint NOT NULL,
    pm_forwarded smallint NOT NULL,
    folder_id integer NOT NULL
);
CREATE TABLE phpbb.phpbb_profile_fields (
    field_id integer NOT NULL,
    field_name character varying(255) NOT NULL,
    field_type smallint NOT NULL,
    field_ident character varying(20) NOT NULL,
    field_length character varying(20) NOT NULL,
    field_minlen character varying(255) NOT NULL,
    field_maxlen character varying(255) NOT NULL,
    field_novalue character varying(255) NOT NULL,
    field_default_value character varying(255) NOT NULL,
    field_validation character varying(20) NOT NULL,
    field_required smallint NOT NULL,
    field_show_novalue smallint NOT NULL,
    field_show_on_reg smallint NOT NULL,
    field_show_on_vt smallint NOT NULL,
    field_show_profile smallint NOT NULL,
    field_hide smallint NOT NULL,
    field_no_view smallint NOT NULL,
    field_active smallint NOT NULL,
    field_order integer NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE phpbb.phpbb_profile_fields_data (
    user_id integer NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE phpbb.phpbb_profile_fields_lang (
    field_id integer NOT NULL,
    lang_id integer NOT NULL,
    option_id integer NOT NULL,
    field_type smallint NOT NULL,
    lang_value character varying(255) NOT NULL,
    PRIMARY KEY (field_id, lang_id, option_id)
);
CREATE TABLE phpbb.phpbb_profile_lang (
    field_id integer NOT NULL,
    lang_id integer NOT NULL,
    lang_name character varying(255) NOT NULL,
    lang_explain character varying(4000) NOT NULL,
    lang_default_value character varying(255) NOT NULL,
    PRIMARY KEY (field_id, lang_id)
);
CREATE TABLE phpbb.phpbb_ranks (
    rank_id integer NOT NULL,
    rank_title character varying(255) NOT NULL,
    rank_min integer NOT NULL,
    rank_special smallint NOT NULL,
    rank_image character varying(255) NOT NULL,
    PRIMARY KEY (rank_id)
);
CREATE TABLE phpbb.phpbb_reports (
    report_id integer NOT NULL,
    reason_id smallint NOT NULL,
    post_id integer NOT NULL,
    pm_id integer NOT NULL,
    user_id integer NOT NULL,
    user_notify smallint NOT NULL,
    report_closed smallint NOT NULL,
    report_time integer NOT NULL,
    report_text text NOT NULL,
    PRIMARY KEY (report_id)
);
CREATE TABLE phpbb.phpbb_reports_reasons (
    reason_id smallint NOT NULL,
    reason_title character varying(255) NOT NULL,
    reason_description text NOT NULL,
    reason_order smallint NOT NULL,
    PRIMARY KEY (reason_id)
);
CREATE TABLE phpbb.phpbb_search_results (
    search_key character varying(32) NOT NULL,
    search_time integer NOT NULL,
    search_keywords text NOT NULL,
    search_authors text NOT NULL,
    PRIMARY KEY (search_key)
);
CREATE TABLE phpbb.phpbb_search_wordlist (
    word_id integer NOT NULL,
    word_text character varying(255) NOT NULL,
    word_common smallint NOT NULL,
    word_count integer NOT NULL,
    PRIMARY KEY (word_id)
);
CREATE TABLE phpbb.phpbb_search_wordmatch (
    post_id integer NOT NULL,
    word_id integer NOT NULL,
    title_match smallint NOT NULL
);
CREATE TABLE phpbb.phpbb_sessions (
    session_id character(32) NOT NULL,
    session_user_id integer NOT NULL,
    session_forum_id integer NOT NULL,
    session_last_visit integer NOT NULL,
    session_start integer NOT NULL,
    session_time integer NOT NULL,
    session_ip character varying(40) NOT NULL,
    session_browser character varying(150) NOT NULL,
    session_forwarded_for character varying(255) NOT NULL,
    session_page character varying(255) NOT NULL,
    session_viewonline smallint NOT NULL,
    session_autologin smallint NOT NULL,
    session_admin smallint NOT NULL,
    PRIMARY KEY (session_id)
);
CREATE TABLE phpbb.phpbb_sessions_keys (
    key_id character(32) NOT NULL,
    user_id integer NOT NULL,
    last_ip character varying(40) NOT NULL,
    last_login integer NOT NULL,
    PRIMARY KEY (key_id, user_id)
);
CREATE TABLE phpbb.phpbb_sitelist (
    site_id integer NOT NULL,
    site_ip character varying(40) NOT NULL,
    site_hostname character varying(255) NOT NULL,
    ip_exclude smallint NOT NULL,
    PRIMARY KEY (site_id)
);
CREATE TABLE phpbb.phpbb_smilies (
    smiley_id integer NOT NULL,
    code character varying(50) NOT NULL,
    emotion character varying(50) NOT NULL,
    smiley_url character varying(50) NOT NULL,
    smiley_width smallint NOT NULL,
    smiley_height smallint NOT NULL,
    smiley_order integer NOT NULL,
    display_on_posting smallint NOT NULL,
    PRIMARY KEY (smiley_id)
);
CREATE TABLE phpbb.phpbb_styles (
    style_id integer NOT NULL,
    style_name character varying(255) NOT NULL,
    style_copyright character varying(255) NOT NULL,
    style_active smallint NOT NULL,
    template_id integer NOT NULL,
    theme_id integer NOT NULL,
    imageset_id integer NOT NULL,
    PRIMARY KEY (style_id)
);
CREATE TABLE phpbb.phpbb_styles_imageset (
    imageset_id integer NOT NULL,
    imageset_name character varying(255) NOT NULL,
    imageset_copyright character varying(255) NOT NULL,
    imageset_path character varying(100) NOT NULL,
    PRIMARY KEY (imageset_id)
);
CREATE TABLE phpbb.phpbb_styles_imageset_data (
    image_id integer NOT NULL,
    image_name character varying(200) NOT NULL,
    image_filename character varying(200) NOT NULL,
    image_lang character varying(30) NOT NULL,
    image_height smallint NOT NULL,
    image_width smallint NOT NULL,
    imageset_id integer NOT NULL,
    PRIMARY KEY (image_id)
);
CREATE TABLE phpbb.phpbb_styles_template (
    template_id integer NOT NULL,
    template_name character varying(255) NOT NULL,
    template_copyright character varying(255) NOT NULL,
    template_path character varying(100) NOT NULL,
    bbcode_bitfield character varying(255) NOT NULL,
    template_storedb smallint NOT NULL,
    template_inherits_id integer NOT NULL,
    template_inherit_path character varying(255) NOT NULL,
    PRIMARY KEY (template_id)
);
CREATE TABLE phpbb.phpbb_styles_template_data (
    template_id integer NOT NULL,
    template_filename character varying(100) NOT NULL,
    template_included character varying(8000) NOT NULL,
    template_mtime integer NOT NULL,
    template_data text NOT NULL
);
CREATE TABLE phpbb.phpbb_styles_theme (
    theme_id integer NOT NULL,
    theme_name character varying(255) NOT NULL,
    theme_copyright character varying(255) NOT NULL,
    theme_path character varying(100) NOT NULL,
    theme_storedb smallint NOT NULL,
    theme_mtime integer NOT NULL,
    theme_data text NOT NULL,
    PRIMARY KEY (theme_id)
);
CREATE TABLE phpbb.phpbb_topics (
    topic_id integer NOT NULL,
    forum_id integer NOT NULL,
    icon_id integer NOT NULL,
    topic_attachment smallint NOT NULL,
    topic_approved smallint NOT NULL,
    topic_reported smallint NOT NULL,
    topic_title character varying(255) NOT NULL,
    topic_poster integer NOT NULL,
    topic_time integer NOT NULL,
    topic_time_limit integer NOT NULL,
    topic_views integer NOT NULL,
    topic_replies integer NOT NULL,
    topic_replies_real integer NOT NULL,
    topic_status smallint NOT NULL,
    topic_type smallint NOT NULL,
    topic_first_post_id integer NOT NULL,
    topic_first_poster_name character varying(255) NOT NULL,
    topic_first_poster_colour character varying(6) NOT NULL,
    topic_last_post_id integer NOT NULL,
    topic_last_poster_id integer NOT NULL,
    topic_last_poster_name character varying(255) NOT NULL,
    topic_last_poster_colour character varying(6) NOT NULL,
    topic_last_post_subject character varying(255) NOT NULL,
    topic_last_post_time integer NOT NULL,
    topic_last_view_time integer NOT NULL,
    topic_moved_id integer NOT NULL,
    topic_bumped smallint NOT NULL,
    topic_bumper integer NOT NULL,
    poll_title character varying(255) NOT NULL,
    poll_start integer NOT NULL,
    poll_length integer NOT NULL,
    poll_max_options smallint NOT NULL,
    poll_last_vote integer NOT NULL,
    poll_vote_change smallint NOT NULL,
    PRIMARY KEY (topic_id)
);
CREATE TABLE phpbb.phpbb_topics_posted (
    user_id integer NOT NULL,
    topic_id integer NOT NULL,
    topic_posted smallint NOT NULL,
    PRIMARY KEY (user_id, topic_id)
);
CREATE TABLE phpbb.phpbb_topics_track (
    user_id integer NOT NULL,
    topic_id integer NOT NULL,
    forum_id integer NOT NULL,
    mark_time integer NOT NULL,
    PRIMARY KEY (user_id, topic_id)
);
CREATE TABLE phpbb.phpbb_topics_watch (
    topic_id integer NOT NULL,
    user_id integer NOT NULL,
    notify_status smallint NOT NULL
);
CREATE TABLE phpbb.phpbb_user_group (
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    group_leader smallint NOT NULL,
    user_pending smallint NOT NULL
);
CREATE TABLE phpbb.phpbb_users (
    user_id integer NOT NULL,
    user_type smallint NOT NULL,
    group_id integer NOT NULL,
    user_permissions text NOT NULL,
    user_perm_from integer NOT NULL,
    user_ip character varying(40) NOT NULL,
    user_regdate integer NOT NULL,
    username character varying(255) NOT NULL,
    username_clean character varying(255) NOT NULL,
    user_password character varying(40) NOT NULL,
    user_passchg integer NOT NULL,
    user_pass_convert smallint NOT NULL,
    user_email character varying(100) NOT NULL,
    user_email_hash bigint NOT NULL,
    user_birthday character varying(10) NOT NULL,
    user_lastvisit integer NOT NULL,
    user_lastmark integer NOT NULL,
    user_lastpost_time integer NOT NULL,
    user_lastpage character varying(200) NOT NULL,
    user_last_confirm_key character varying(10) NOT NULL,
    user_last_search integer NOT NULL,
    user_warnings smallint NOT NULL,
    user_last_warning integer NOT NULL,
    user_login_attempts smallint NOT NULL,
    user_inactive_reason smallint NOT NULL,
    user_inactive_time integer NOT NULL,
    user_posts integer NOT NULL,
    user_lang character varying(30) NOT NULL,
    user_timezone numeric(5,2) NOT NULL,
    user_dst smallint NOT NULL,
    user_dateformat character varying(30) NOT NULL,
    user_style integer NOT NULL,
    user_rank integer NOT NULL,
    user_colour character varying(6) NOT NULL,
    user_new_privmsg integer NOT NULL,
    user_unread_privmsg integer NOT NULL,
    user_last_privmsg integer NOT NULL,
    user_message_rules smallint NOT NULL,
    user_full_folder integer NOT NULL,
    user_emailtime integer NOT NULL,
    user_topic_show_days smallint NOT NULL,
    user_topic_sortby_type character varying(1) NOT NULL,
    user_topic_sortby_dir character varying(1) NOT NULL,
    user_post_show_days smallint NOT NULL,
    user_post_sortby_type character varying(1) NOT NULL,
    user_post_sortby_dir character varying(1) NOT NULL,
    user_notify smallint NOT NULL,
    user_notify_pm smallint NOT NULL,
    user_notify_type smallint NOT NULL,
    user_allow_pm smallint NOT NULL,
    user_allow_viewonline smallint NOT NULL,
    user_allow_viewemail smallint NOT NULL,
    user_allow_massemail smallint NOT NULL,
    user_options integer NOT NULL,
    user_avatar character varying(255) NOT NULL,
    user_avatar_type smallint NOT NULL,
    user_avatar_width smallint NOT NULL,
    user_avatar_height smallint NOT NULL,
    user_sig text NOT NULL,
    user_sig_bbcode_uid character varying(8) NOT NULL,
    user_sig_bbcode_bitfield character varying(255) NOT NULL,
    user_from character varying(100) NOT NULL,
    user_icq character varying(15) NOT NULL,
    user_aim character varying(255) NOT NULL,
    user_yim character varying(255) NOT NULL,
    user_msnm character varying(255) NOT NULL,
    user_jabber character varying(255) NOT NULL,
    user_website character varying(200) NOT NULL,
    user_occ character varying(4000) NOT NULL,
    user_interests character varying(4000) NOT NULL,
    user_actkey character varying(32) NOT NULL,
    user_newpasswd character varying(40) NOT NULL,
    user_form_salt character varying(32) NOT NULL,
    user_new smallint NOT NULL,
    user_reminded smallint NOT NULL,
    user_reminded_time integer NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE phpbb.phpbb_warnings (
    warning_id integer NOT NULL,
    user_id integer NOT NULL,
    post_id integer NOT NULL,
    log_id integer NOT NULL,
    warning_time integer NOT NULL,
    PRIMARY KEY (warning_id)
);
CREATE TABLE phpbb.phpbb_words (
    word_id integer NOT NULL,
    word character varying(255) NOT NULL,
    replacement character varying(255) NOT NULL,
    PRIMARY KEY (word_id)
);
CREATE TABLE phpbb.phpbb_zebra (
    user_id integer NOT NULL,
    zebra_id integer NOT NULL,
    friend smallint NOT NULL,
    foe smallint NOT NULL,
    PRIMARY KEY (user_id, zebra_id)
);
