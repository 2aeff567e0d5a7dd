-- Tuleap 17.4, the open-source application lifecycle management forge (projects and their members, user groups and
-- permissions, services, trove software-map categories, file release system packages, releases, files and download
-- counts, Subversion commits and check-ins, wiki pages and versions, invitations, webhooks, dashboards and widgets,
-- OAuth2 and WebAuthn, system events; the tracker plugin: trackers, artifacts, changesets, follow-up comments, the
-- generic field definitions and their per-type changeset values, list bindings and static values, semantics (title,
-- status, done, timeframe, progress), reports, renderers, workflows, transitions and post-actions, hierarchy,
-- notifications and reminders; the timetracking plugin: logged times, enabled trackers, readers and writers), as its
-- install scripts create it: src/db/mysql/database_structure.sql, plugins/tracker/db/install.sql and
-- plugins/timetracking/db/install.sql of github.com/Enalean/tuleap (commit f379e21, 2026-03-13; GPL-2.0-or-later;
-- we use the schema's facts). Cut: the other 50-odd plugins (git, docman, agile dashboard, pull requests, test
-- management, ...) are not included; these three scripts are the whole of what is here. Their MySQL CREATE TABLE
-- statements were turned into PostgreSQL by a one-off script and loaded into a scratch PostgreSQL 15: all 243 tables
-- (plugin_tracker_artifact_pending_removal is created LIKE tracker_artifact, so it has tracker_artifact's columns and
-- primary key here), primary keys on 210, and the one foreign key the scripts declare
-- (plugin_tracker_notification_email_custom_sender_format -> tracker), schema tuleap; INT -> integer, INT UNSIGNED ->
-- bigint, TINYINT/SMALLINT -> smallint, BOOL -> boolean, VARCHAR/CHAR kept, TEXT/MEDIUMTEXT/LONGTEXT -> text,
-- BLOB/BINARY -> bytea, DOUBLE/FLOAT -> double precision, DATETIME -> timestamp, ENUM -> varchar of its longest
-- value, JSON -> json. Left out: auto-increment, defaults, indexes, unique and full-text keys, engines, the DROP and
-- INSERT statements (no rows) and the later forgeupgrade migrations; the scripts have no column comments, their
-- substantive '#' notes before a table are kept as 12 table comments (licence headers and 'Table structure for'
-- lines dropped). Dates are mostly Unix timestamps in integer columns, as in the source. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS tuleap;
CREATE TABLE tuleap.async_events (
    id bytea NOT NULL,
    queue_name character varying(255) NOT NULL,
    topic character varying(255) NOT NULL,
    payload json NOT NULL,
    enqueue_timestamp bigint NOT NULL,
    enqueue_timestamp_microsecond bigint NOT NULL,
    nb_added_in_queue smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.cross_references (
    id bigint NOT NULL,
    created_at integer NOT NULL,
    user_id bigint NOT NULL,
    source_type character varying( 255 ) NOT NULL,
    source_keyword character varying( 32 ) NOT NULL,
    source_id character varying( 255 ) NOT NULL,
    source_gid bigint NOT NULL,
    target_type character varying( 255 ) NOT NULL,
    target_keyword character varying( 32 ) NOT NULL,
    target_id character varying( 255 ) NOT NULL,
    target_gid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.dashboards_lines (
    id bigint NOT NULL,
    dashboard_id bigint NOT NULL,
    dashboard_type character varying(255) NOT NULL,
    layout character varying(255) NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.dashboards_lines_columns (
    id bigint NOT NULL,
    line_id bigint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.dashboards_lines_columns_widgets (
    id bigint NOT NULL,
    column_id bigint NOT NULL,
    rank integer NOT NULL,
    name character varying(255) NOT NULL,
    content_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.email_gateway_salt (
    salt character varying(255)
);
CREATE TABLE tuleap.feedback (
    session_id bigint,
    feedback text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (session_id)
);
CREATE TABLE tuleap.filedownload_log (
    user_id integer NOT NULL,
    filerelease_id integer NOT NULL,
    time integer NOT NULL
);
CREATE TABLE tuleap.filemodule (
    filemodule_id integer NOT NULL,
    group_id integer NOT NULL,
    module_name character varying(40),
    recent_filerelease character varying(20) NOT NULL,
    PRIMARY KEY (filemodule_id)
);
CREATE TABLE tuleap.filemodule_monitor (
    filemodule_id integer NOT NULL,
    user_id integer NOT NULL,
    anonymous smallint NOT NULL
);
CREATE TABLE tuleap.filerelease (
    filerelease_id integer NOT NULL,
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    unix_box character varying(20) NOT NULL,
    unix_partition integer NOT NULL,
    text_notes text,
    text_changes text,
    release_version character varying(20),
    filename character varying(80),
    filemodule_id integer NOT NULL,
    file_type character varying(50),
    release_time integer NOT NULL,
    downloads integer NOT NULL,
    file_size integer,
    post_time integer NOT NULL,
    text_format integer NOT NULL,
    downloads_week integer NOT NULL,
    status character(1) NOT NULL,
    old_filename character varying(80) NOT NULL,
    PRIMARY KEY (filerelease_id)
);
CREATE TABLE tuleap.filtered_outbound_http_requests (
    last_blocked bigint NOT NULL,
    seen_by_system_check boolean
);
CREATE TABLE tuleap.forgeconfig (
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE tuleap.frs_dlstats_file_agg (
    file_id integer NOT NULL,
    day integer NOT NULL,
    downloads integer NOT NULL
);
CREATE TABLE tuleap.frs_dlstats_filetotal_agg (
    file_id integer NOT NULL,
    downloads integer NOT NULL
);
CREATE TABLE tuleap.frs_dlstats_group_agg (
    group_id integer NOT NULL,
    day integer NOT NULL,
    downloads integer NOT NULL
);
CREATE TABLE tuleap.frs_dlstats_grouptotal_agg (
    group_id integer NOT NULL,
    downloads integer NOT NULL
);
CREATE TABLE tuleap.frs_download_agreement (
    id integer NOT NULL,
    project_id integer NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.frs_download_agreement_default (
    project_id integer NOT NULL,
    agreement_id integer NOT NULL,
    PRIMARY KEY (project_id)
);
CREATE TABLE tuleap.frs_file (
    file_id integer NOT NULL,
    filename text,
    filepath character varying(255),
    release_id integer NOT NULL,
    type_id integer NOT NULL,
    processor_id integer NOT NULL,
    release_time integer NOT NULL,
    file_size bigint NOT NULL,
    post_date integer NOT NULL,
    status character(1) NOT NULL,
    computed_md5 character varying(32),
    reference_md5 character varying(32),
    user_id integer,
    comment text,
    PRIMARY KEY (file_id)
);
CREATE TABLE tuleap.frs_file_deleted (
    file_id integer NOT NULL,
    filename text,
    filepath character varying(255),
    release_id integer NOT NULL,
    type_id integer NOT NULL,
    processor_id integer NOT NULL,
    release_time integer NOT NULL,
    file_size bigint NOT NULL,
    post_date integer NOT NULL,
    status character(1) NOT NULL,
    computed_md5 character varying(32),
    reference_md5 character varying(32),
    user_id integer,
    delete_date bigint,
    purge_date bigint,
    PRIMARY KEY (file_id)
);
CREATE TABLE tuleap.frs_filetype (
    type_id integer NOT NULL,
    name text,
    PRIMARY KEY (type_id)
);
CREATE TABLE tuleap.frs_global_permissions (
    project_id integer NOT NULL,
    permission_type character varying(255) NOT NULL,
    ugroup_id integer
);
CREATE TABLE tuleap.frs_log (
    log_id integer NOT NULL,
    time integer NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    item_id integer NOT NULL,
    action_id integer NOT NULL,
    PRIMARY KEY (log_id)
);
CREATE TABLE tuleap.frs_package (
    package_id integer NOT NULL,
    group_id integer NOT NULL,
    name text,
    status_id integer NOT NULL,
    rank integer NOT NULL,
    approve_license smallint NOT NULL,
    PRIMARY KEY (package_id)
);
CREATE TABLE tuleap.frs_package_download_agreement (
    package_id integer NOT NULL,
    agreement_id integer NOT NULL,
    PRIMARY KEY (package_id, agreement_id)
);
CREATE TABLE tuleap.frs_processor (
    processor_id integer NOT NULL,
    name text,
    rank integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (processor_id)
);
CREATE TABLE tuleap.frs_release (
    release_id integer NOT NULL,
    package_id integer NOT NULL,
    name text,
    notes text,
    changes text,
    status_id integer NOT NULL,
    preformatted integer NOT NULL,
    release_date integer NOT NULL,
    released_by integer NOT NULL,
    PRIMARY KEY (release_id)
);
CREATE TABLE tuleap.frs_uploaded_links (
    id bigint NOT NULL,
    release_id integer NOT NULL,
    release_time bigint,
    name character varying(255) NOT NULL,
    link text NOT NULL,
    owner_id integer NOT NULL,
    is_deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.group_desc (
    group_desc_id integer NOT NULL,
    desc_required boolean NOT NULL,
    desc_name character varying( 255 ) NOT NULL,
    desc_description text,
    desc_rank integer NOT NULL,
    desc_type character varying(4) NOT NULL,
    PRIMARY KEY (group_desc_id)
);
CREATE TABLE tuleap.group_desc_value (
    desc_value_id integer NOT NULL,
    group_id integer NOT NULL,
    group_desc_id integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (desc_value_id)
);
CREATE TABLE tuleap.group_history (
    group_history_id integer NOT NULL,
    group_id integer NOT NULL,
    field_name text NOT NULL,
    old_value text NOT NULL,
    mod_by integer NOT NULL,
    date integer,
    PRIMARY KEY (group_history_id)
);
CREATE TABLE tuleap.group_svn_full_history (
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    day integer NOT NULL,
    svn_commits integer NOT NULL,
    svn_adds integer NOT NULL,
    svn_deletes integer NOT NULL,
    svn_checkouts integer NOT NULL,
    svn_access_count integer NOT NULL,
    svn_browse integer NOT NULL
);
CREATE TABLE tuleap.group_type (
    type_id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (type_id)
);
CREATE TABLE tuleap.groups (
    group_id integer NOT NULL,
    group_name character varying(255),
    access character varying(16) NOT NULL,
    status character(1) NOT NULL,
    unix_group_name character varying(30) NOT NULL,
    short_description character varying(255),
    svn_box character varying(20) NOT NULL,
    register_time integer NOT NULL,
    rand_hash text,
    type integer NOT NULL,
    built_from_template integer NOT NULL,
    svn_tracker integer NOT NULL,
    svn_mandatory_ref smallint NOT NULL,
    svn_can_change_log smallint NOT NULL,
    svn_events_mailing_header character varying(64),
    svn_preamble text NOT NULL,
    svn_accessfile_version_id integer,
    svn_commit_to_tag_denied smallint NOT NULL,
    truncated_emails smallint NOT NULL,
    icon_codepoint character varying(255),
    PRIMARY KEY (group_id)
);
CREATE TABLE tuleap.groups_notif_delegation (
    group_id integer NOT NULL,
    ugroup_id integer NOT NULL,
    PRIMARY KEY (group_id, ugroup_id)
);
CREATE TABLE tuleap.groups_notif_delegation_message (
    group_id integer NOT NULL,
    msg_to_requester text NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE tuleap.homepage_headline (
    language_id character varying(17) NOT NULL,
    headline text NOT NULL,
    PRIMARY KEY (language_id)
);
CREATE TABLE tuleap.invitations (
    id bigint NOT NULL,
    created_on integer NOT NULL,
    from_user_id integer NOT NULL,
    to_email text NOT NULL,
    to_user_id integer,
    to_project_id integer,
    custom_message text,
    status character varying(10),
    created_user_id integer,
    verifier text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.notifications (
    user_id integer NOT NULL,
    object_id integer NOT NULL,
    type character varying(100) NOT NULL,
    PRIMARY KEY (user_id, object_id, type)
);
CREATE TABLE tuleap.oauth2_access_token (
    id integer NOT NULL,
    authorization_code_id integer NOT NULL,
    verifier character varying(255) NOT NULL,
    expiration_date bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.oauth2_access_token_scope (
    access_token_id integer NOT NULL,
    scope_key character varying(255) NOT NULL,
    PRIMARY KEY (access_token_id, scope_key)
);
CREATE TABLE tuleap.oauth2_authorization_code (
    id integer NOT NULL,
    app_id integer NOT NULL,
    user_id integer NOT NULL,
    verifier character varying(255) NOT NULL,
    expiration_date bigint NOT NULL,
    has_already_been_used boolean NOT NULL,
    pkce_code_challenge bytea,
    oidc_nonce text,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.oauth2_authorization_code_scope (
    auth_code_id integer NOT NULL,
    scope_key character varying(255) NOT NULL,
    PRIMARY KEY (auth_code_id, scope_key)
);
CREATE TABLE tuleap.oauth2_refresh_token (
    id integer NOT NULL,
    authorization_code_id integer NOT NULL,
    verifier character varying(255) NOT NULL,
    expiration_date bigint NOT NULL,
    has_already_been_used boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.oauth2_refresh_token_scope (
    refresh_token_id integer NOT NULL,
    scope_key character varying(255) NOT NULL,
    PRIMARY KEY (refresh_token_id, scope_key)
);
CREATE TABLE tuleap.oauth2_server_app (
    id integer NOT NULL,
    project_id integer,
    name character varying(255) NOT NULL,
    redirect_endpoint text NOT NULL,
    verifier character varying(255) NOT NULL,
    use_pkce boolean NOT NULL,
    app_type character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.oauth2_server_oidc_signing_key (
    public_key text NOT NULL,
    private_key bytea NOT NULL,
    expiration_date bigint NOT NULL
);
CREATE TABLE tuleap.password_configuration (
    breached_password_enabled boolean NOT NULL
);
CREATE TABLE tuleap.permissions (
    permission_type character varying(255) NOT NULL,
    object_id character varying(255) NOT NULL,
    ugroup_id integer NOT NULL
);
CREATE TABLE tuleap.permissions_values (
    permission_type text NOT NULL,
    ugroup_id integer NOT NULL,
    is_default integer NOT NULL
);
CREATE TABLE tuleap.platform_banner (
    message text,
    importance character varying(8),
    expiration_date bigint
);
CREATE TABLE tuleap.plugin (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    available smallint NOT NULL,
    prj_restricted smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_timetracking_enabled_trackers (
    tracker_id integer NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.plugin_timetracking_people_query (
    id integer NOT NULL,
    start_date integer,
    end_date integer,
    predefined_time_period character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_timetracking_people_query_users (
    query_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (query_id, user_id)
);
CREATE TABLE tuleap.plugin_timetracking_project_report_tracker (
    report_id integer NOT NULL,
    tracker_id integer NOT NULL,
    PRIMARY KEY (report_id, tracker_id)
);
CREATE TABLE tuleap.plugin_timetracking_project_widget (
    id integer NOT NULL,
    widget_title character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_timetracking_readers (
    tracker_id integer NOT NULL,
    ugroup_id integer NOT NULL,
    PRIMARY KEY (tracker_id, ugroup_id)
);
CREATE TABLE tuleap.plugin_timetracking_times (
    id integer NOT NULL,
    user_id integer NOT NULL,
    artifact_id integer NOT NULL,
    minutes integer NOT NULL,
    step text NOT NULL,
    day date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_timetracking_writers (
    tracker_id integer NOT NULL,
    ugroup_id integer NOT NULL,
    PRIMARY KEY (tracker_id, ugroup_id)
);
CREATE TABLE tuleap.plugin_tracker_artifact_pending_indexation (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_tracker_artifact_pending_removal (
    id integer NOT NULL,
    tracker_id integer NOT NULL,
    last_changeset_id integer NOT NULL,
    submitted_by integer NOT NULL,
    submitted_on integer NOT NULL,
    use_artifact_permissions smallint NOT NULL,
    per_tracker_artifact_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_tracker_artifactlink_natures (
    shortname character varying(255) NOT NULL,
    forward_label character varying(255) NOT NULL,
    reverse_label character varying(255) NOT NULL,
    PRIMARY KEY (shortname)
);
CREATE TABLE tuleap.plugin_tracker_calendar_event_config (
    tracker_id integer NOT NULL,
    should_send_event_in_notification boolean NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.plugin_tracker_changeset_from_xml (
    changeset_id integer NOT NULL,
    user_id integer NOT NULL,
    timestamp integer NOT NULL,
    PRIMARY KEY (changeset_id)
);
CREATE TABLE tuleap.plugin_tracker_config (
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE tuleap.plugin_tracker_deleted_artifacts (
    timestamp integer NOT NULL,
    user_id integer NOT NULL,
    nb_artifacts_deleted integer NOT NULL,
    PRIMARY KEY (timestamp, user_id)
);
CREATE TABLE tuleap.plugin_tracker_field_artifact_link (
    field_id integer NOT NULL,
    can_edit_reverse_links boolean NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.plugin_tracker_file_upload (
    fileinfo_id integer NOT NULL,
    expiration_date bigint,
    field_id integer NOT NULL,
    PRIMARY KEY (fileinfo_id)
);
CREATE TABLE tuleap.plugin_tracker_forbidden_move_action (
    tracker_id integer NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.plugin_tracker_involved_notification_subscribers (
    tracker_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (tracker_id, user_id)
);
CREATE TABLE tuleap.plugin_tracker_legacy_tracker_migrated (
    legacy_tracker_id integer NOT NULL,
    PRIMARY KEY (legacy_tracker_id)
);
CREATE TABLE tuleap.plugin_tracker_notification_assigned_to (
    tracker_id integer NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.plugin_tracker_notification_email_custom_sender_format (
    tracker_id integer NOT NULL,
    format text,
    enabled boolean,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.plugin_tracker_pending_jira_import (
    id bytea NOT NULL,
    created_on bigint NOT NULL,
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    jira_server text NOT NULL,
    jira_user_email text NOT NULL,
    encrypted_jira_token bytea NOT NULL,
    jira_project_id text NOT NULL,
    jira_issue_type_name text NOT NULL,
    jira_issue_type_id text NOT NULL,
    tracker_name text NOT NULL,
    tracker_shortname text NOT NULL,
    tracker_color character varying(64) NOT NULL,
    tracker_description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_tracker_private_comment_disabled_tracker (
    tracker_id integer NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.plugin_tracker_private_comment_permission (
    comment_id integer NOT NULL,
    ugroup_id integer NOT NULL,
    PRIMARY KEY (comment_id, ugroup_id)
);
CREATE TABLE tuleap.plugin_tracker_projects_unused_artifactlink_types (
    project_id bigint,
    type_shortname character varying(255) NOT NULL,
    PRIMARY KEY (project_id, type_shortname)
);
CREATE TABLE tuleap.plugin_tracker_projects_use_artifactlink_types (
    project_id bigint NOT NULL,
    PRIMARY KEY (project_id)
);
CREATE TABLE tuleap.plugin_tracker_promoted (
    tracker_id integer NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.plugin_tracker_recently_visited (
    user_id integer NOT NULL,
    artifact_id integer NOT NULL,
    created_on bigint NOT NULL,
    PRIMARY KEY (user_id, artifact_id)
);
CREATE TABLE tuleap.plugin_tracker_semantic_done (
    tracker_id integer NOT NULL,
    value_id integer NOT NULL,
    PRIMARY KEY (tracker_id, value_id)
);
CREATE TABLE tuleap.plugin_tracker_webhook_log (
    created_on integer NOT NULL,
    webhook_id bigint NOT NULL,
    status text NOT NULL
);
CREATE TABLE tuleap.plugin_tracker_webhook_url (
    id bigint NOT NULL,
    tracker_id integer NOT NULL,
    url text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_tracker_workflow_postactions_frozen_fields (
    id bigint NOT NULL,
    transition_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_tracker_workflow_postactions_frozen_fields_value (
    postaction_id bigint NOT NULL,
    field_id integer NOT NULL,
    PRIMARY KEY (postaction_id, field_id)
);
CREATE TABLE tuleap.plugin_tracker_workflow_postactions_hidden_fieldsets (
    id bigint NOT NULL,
    transition_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.plugin_tracker_workflow_postactions_hidden_fieldsets_value (
    postaction_id bigint NOT NULL,
    fieldset_id integer NOT NULL,
    PRIMARY KEY (postaction_id, fieldset_id)
);
CREATE TABLE tuleap.project_background (
    project_id integer NOT NULL,
    background character varying(255) NOT NULL,
    PRIMARY KEY (project_id)
);
CREATE TABLE tuleap.project_banner (
    project_id integer NOT NULL,
    message text,
    PRIMARY KEY (project_id)
);
CREATE TABLE tuleap.project_dashboards (
    id bigint NOT NULL,
    project_id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.project_dashboards_disabled_widgets (
    name character varying(255) NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE tuleap.project_dashboards_recently_visited (
    user_id integer NOT NULL,
    dashboard_id bigint NOT NULL,
    created_on bigint NOT NULL,
    PRIMARY KEY (user_id, dashboard_id)
);
CREATE TABLE tuleap.project_file_upload (
    id integer NOT NULL,
    file_name character varying(255) NOT NULL,
    file_size bigint NOT NULL,
    user_id integer NOT NULL,
    expiration_date bigint NOT NULL,
    project_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.project_label (
    id bigint NOT NULL,
    project_id integer NOT NULL,
    name character varying(255) NOT NULL,
    is_outline smallint NOT NULL,
    color character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.project_membership_delegation (
    ugroup_id integer NOT NULL,
    PRIMARY KEY (ugroup_id)
);
CREATE TABLE tuleap.project_parent (
    group_id integer NOT NULL,
    parent_group_id integer NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE tuleap.project_plugin (
    project_id integer NOT NULL,
    plugin_id integer NOT NULL
);
CREATE TABLE tuleap.project_template_archive (
    project_id integer NOT NULL,
    archive_path text,
    PRIMARY KEY (project_id)
);
CREATE TABLE tuleap.project_template_xml (
    id bigint NOT NULL,
    template_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.project_ugroup_synchronized_membership (
    project_id integer NOT NULL,
    is_activated smallint NOT NULL,
    PRIMARY KEY (project_id)
);
CREATE TABLE tuleap.project_webhook_log (
    webhook_id bigint,
    created_on integer NOT NULL,
    status text NOT NULL
);
CREATE TABLE tuleap.project_webhook_url (
    id bigint NOT NULL,
    name text NOT NULL,
    url text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.reference (
    id integer NOT NULL,
    keyword character varying(25) NOT NULL,
    description text NOT NULL,
    link text NOT NULL,
    scope character(1) NOT NULL,
    service_short_name text,
    nature character varying( 64 ) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.reference_group (
    id integer NOT NULL,
    reference_id integer NOT NULL,
    group_id integer NOT NULL,
    is_active smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.release_note_link (
    enforce_one_row_table character varying(27) NOT NULL,
    actual_link text,
    tuleap_version text NOT NULL,
    PRIMARY KEY (enforce_one_row_table)
);
CREATE TABLE tuleap.rest_authentication_token (
    token character varying(255) NOT NULL,
    user_id integer NOT NULL,
    created_on integer NOT NULL
);
CREATE TABLE tuleap.service (
    service_id integer NOT NULL,
    group_id integer NOT NULL,
    label text,
    description text,
    short_name text,
    link text,
    is_active integer NOT NULL,
    is_used integer NOT NULL,
    scope text NOT NULL,
    rank integer NOT NULL,
    location character varying(9) NOT NULL,
    server_id bigint,
    is_in_iframe smallint NOT NULL,
    is_in_new_tab boolean NOT NULL,
    icon character varying(255) NOT NULL,
    PRIMARY KEY (service_id)
);
CREATE TABLE tuleap.session (
    id integer NOT NULL,
    user_id integer NOT NULL,
    session_hash character(64) NOT NULL,
    ip_addr character varying(45) NOT NULL,
    time integer NOT NULL,
    user_agent text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.svn_accessfile_history (
    id integer,
    version_number integer NOT NULL,
    group_id integer NOT NULL,
    content text,
    version_date integer,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.svn_cache_parameter (
    name character varying(255) NOT NULL,
    value character varying(255),
    PRIMARY KEY (name)
);
CREATE TABLE tuleap.svn_checkins (
    id integer NOT NULL,
    type character varying(6),
    commitid integer NOT NULL,
    dirid integer NOT NULL,
    fileid integer NOT NULL,
    addedlines integer NOT NULL,
    removedlines integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.svn_commits (
    id integer NOT NULL,
    group_id integer NOT NULL,
    repositoryid integer NOT NULL,
    revision integer NOT NULL,
    date integer NOT NULL,
    whoid integer NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.svn_dirs (
    id integer NOT NULL,
    dir character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.svn_files (
    id integer NOT NULL,
    file character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.svn_immutable_tags (
    group_id integer,
    paths text NOT NULL,
    whitelist text NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE tuleap.svn_notification (
    group_id integer NOT NULL,
    svn_events_mailing_list text NOT NULL,
    path character varying(255),
    PRIMARY KEY (group_id, path)
);
CREATE TABLE tuleap.svn_repositories (
    id integer NOT NULL,
    repository character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.svn_token (
    id integer NOT NULL,
    user_id integer NOT NULL,
    token character varying(255) NOT NULL,
    generated_date bigint NOT NULL,
    last_usage bigint,
    last_ip character varying(45),
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.system_event (
    id bigint NOT NULL,
    type character varying(255) NOT NULL,
    parameters text,
    priority smallint NOT NULL,
    status character varying(7) NOT NULL,
    create_date timestamp without time zone NOT NULL,
    process_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    owner character varying(255) NOT NULL,
    log text,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.system_events_followers (
    id bigint NOT NULL,
    emails text NOT NULL,
    types character varying( 31 ) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker (
    id integer NOT NULL,
    group_id integer NOT NULL,
    name text,
    description text,
    item_name text,
    allow_copy integer NOT NULL,
    submit_instructions text,
    browse_instructions text,
    status character( 1 ) NOT NULL,
    deletion_date integer,
    instantiate_for_new_projects integer NOT NULL,
    log_priority_changes smallint NOT NULL,
    notifications_level integer NOT NULL,
    color character varying(64) NOT NULL,
    enable_emailgateway smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_artifact (
    id integer NOT NULL,
    tracker_id integer NOT NULL,
    last_changeset_id integer NOT NULL,
    submitted_by integer NOT NULL,
    submitted_on integer NOT NULL,
    use_artifact_permissions smallint NOT NULL,
    per_tracker_artifact_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_artifact_priority_history (
    id integer NOT NULL,
    moved_artifact_id integer NOT NULL,
    artifact_id_higher integer,
    artifact_id_lower integer,
    context integer,
    project_id integer,
    has_been_raised smallint,
    prioritized_by integer NOT NULL,
    prioritized_on integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_artifact_priority_rank (
    artifact_id integer NOT NULL,
    rank bigint NOT NULL,
    PRIMARY KEY (artifact_id)
);
CREATE TABLE tuleap.tracker_artifact_unsubscribe (
    artifact_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (artifact_id, user_id)
);
CREATE TABLE tuleap.tracker_canned_response (
    id bigint NOT NULL,
    tracker_id integer NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_changeset (
    id integer NOT NULL,
    artifact_id integer NOT NULL,
    submitted_by integer,
    submitted_on integer NOT NULL,
    email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_changeset_comment (
    id integer NOT NULL,
    changeset_id integer NOT NULL,
    comment_type_id integer,
    canned_response_id integer,
    parent_id integer,
    submitted_by integer,
    submitted_on integer NOT NULL,
    body text NOT NULL,
    body_format character varying(16) NOT NULL,
    old_artifact_history_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_changeset_comment_fulltext (
    comment_id integer NOT NULL,
    stripped_body text,
    PRIMARY KEY (comment_id)
);
CREATE TABLE tuleap.tracker_changeset_incomingmail (
    changeset_id integer NOT NULL,
    raw_mail text NOT NULL,
    PRIMARY KEY (changeset_id)
);
CREATE TABLE tuleap.tracker_changeset_value (
    id integer NOT NULL,
    changeset_id integer NOT NULL,
    field_id integer NOT NULL,
    has_changed smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_changeset_value_artifactlink (
    changeset_value_id integer NOT NULL,
    nature character varying(255),
    artifact_id integer NOT NULL,
    PRIMARY KEY (changeset_value_id, artifact_id)
);
CREATE TABLE tuleap.tracker_changeset_value_computedfield_manual_value (
    changeset_value_id integer NOT NULL,
    value double precision,
    PRIMARY KEY (changeset_value_id)
);
CREATE TABLE tuleap.tracker_changeset_value_date (
    changeset_value_id integer NOT NULL,
    value integer,
    PRIMARY KEY (changeset_value_id)
);
CREATE TABLE tuleap.tracker_changeset_value_file (
    changeset_value_id integer NOT NULL,
    fileinfo_id integer NOT NULL,
    PRIMARY KEY (changeset_value_id, fileinfo_id)
);
CREATE TABLE tuleap.tracker_changeset_value_float (
    changeset_value_id integer NOT NULL,
    value double precision,
    PRIMARY KEY (changeset_value_id)
);
CREATE TABLE tuleap.tracker_changeset_value_int (
    changeset_value_id integer NOT NULL,
    value bigint,
    PRIMARY KEY (changeset_value_id)
);
CREATE TABLE tuleap.tracker_changeset_value_list (
    changeset_value_id integer NOT NULL,
    bindvalue_id integer NOT NULL,
    PRIMARY KEY (changeset_value_id, bindvalue_id)
);
CREATE TABLE tuleap.tracker_changeset_value_openlist (
    changeset_value_id integer NOT NULL,
    bindvalue_id integer,
    openvalue_id integer,
    insertion_order bigint NOT NULL,
    PRIMARY KEY (insertion_order)
);
CREATE TABLE tuleap.tracker_changeset_value_permissionsonartifact (
    changeset_value_id integer NOT NULL,
    use_perm smallint NOT NULL,
    ugroup_id integer NOT NULL
);
CREATE TABLE tuleap.tracker_changeset_value_text (
    changeset_value_id integer NOT NULL,
    value text NOT NULL,
    body_format character varying(16) NOT NULL,
    PRIMARY KEY (changeset_value_id)
);
CREATE TABLE tuleap.tracker_field (
    id bigint NOT NULL,
    old_id bigint,
    tracker_id bigint NOT NULL,
    parent_id bigint NOT NULL,
    formelement_type character varying(255) NOT NULL,
    name text NOT NULL,
    label text NOT NULL,
    description text NOT NULL,
    use_it smallint NOT NULL,
    rank bigint NOT NULL,
    scope character( 1 ) NOT NULL,
    required smallint,
    notifications smallint,
    original_field_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_field_computed (
    field_id integer NOT NULL,
    default_value double precision,
    target_field_name character varying(255),
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_computed_cache (
    artifact_id integer NOT NULL,
    field_id integer NOT NULL,
    timestamp integer NOT NULL,
    value double precision
);
CREATE TABLE tuleap.tracker_field_date (
    field_id integer NOT NULL,
    default_value integer,
    default_value_type smallint,
    display_time smallint,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_float (
    field_id integer NOT NULL,
    default_value double precision,
    maxchars integer NOT NULL,
    size integer NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_int (
    field_id integer NOT NULL,
    default_value integer,
    maxchars integer NOT NULL,
    size integer NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_list (
    field_id integer NOT NULL,
    bind_type character varying(255) NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_list_bind_decorator (
    field_id integer NOT NULL,
    value_id integer NOT NULL,
    red smallint,
    green smallint,
    blue smallint,
    tlp_color_name character varying(30),
    PRIMARY KEY (field_id, value_id)
);
CREATE TABLE tuleap.tracker_field_list_bind_defaultvalue (
    field_id integer NOT NULL,
    value_id integer NOT NULL,
    PRIMARY KEY (field_id, value_id)
);
CREATE TABLE tuleap.tracker_field_list_bind_static (
    field_id integer NOT NULL,
    is_rank_alpha smallint NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_list_bind_static_value (
    id integer NOT NULL,
    old_id integer,
    field_id integer NOT NULL,
    label character varying(255) NOT NULL,
    description text NOT NULL,
    rank integer NOT NULL,
    is_hidden smallint NOT NULL,
    original_value_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_field_list_bind_ugroups_value (
    id integer NOT NULL,
    field_id integer NOT NULL,
    ugroup_id integer NOT NULL,
    is_hidden smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_field_list_bind_users (
    field_id integer NOT NULL,
    value_function text,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_msb (
    field_id integer NOT NULL,
    size integer NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_openlist (
    field_id integer NOT NULL,
    hint character varying(255) NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_openlist_value (
    id bigint NOT NULL,
    field_id bigint NOT NULL,
    label character varying(255) NOT NULL,
    is_hidden boolean,
    field_value bytea,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_field_string (
    field_id integer NOT NULL,
    default_value text,
    maxchars integer NOT NULL,
    size integer NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_field_text (
    field_id integer NOT NULL,
    default_value text,
    rows integer NOT NULL,
    cols integer NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_fileinfo (
    id integer NOT NULL,
    old_id integer,
    submitted_by integer NOT NULL,
    description text,
    filename text NOT NULL,
    filesize bigint NOT NULL,
    filetype text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_fileinfo_temporary (
    fileinfo_id bigint NOT NULL,
    last_modified integer NOT NULL,
    created integer NOT NULL,
    tempname character varying(255),
    "offset" bigint NOT NULL
);
CREATE TABLE tuleap.tracker_global_notification (
    id bigint NOT NULL,
    tracker_id integer NOT NULL,
    addresses text NOT NULL,
    all_updates smallint NOT NULL,
    check_permissions smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_global_notification_ugroups (
    notification_id bigint NOT NULL,
    ugroup_id integer NOT NULL,
    PRIMARY KEY (notification_id, ugroup_id)
);
CREATE TABLE tuleap.tracker_global_notification_unsubscribers (
    tracker_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (tracker_id, user_id)
);
CREATE TABLE tuleap.tracker_global_notification_users (
    notification_id bigint NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (notification_id, user_id)
);
CREATE TABLE tuleap.tracker_hierarchy (
    parent_id integer NOT NULL,
    child_id integer NOT NULL,
    PRIMARY KEY (child_id)
);
CREATE TABLE tuleap.tracker_idsharing_artifact (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_idsharing_tracker (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_only_status_change_notification_subscribers (
    tracker_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (tracker_id, user_id)
);
CREATE TABLE tuleap.tracker_reminder (
    reminder_id bigint NOT NULL,
    tracker_id integer NOT NULL,
    field_id integer NOT NULL,
    ugroups character varying(255),
    notification_type smallint,
    distance integer,
    status smallint,
    notify_closed_artifacts boolean,
    PRIMARY KEY (reminder_id)
);
CREATE TABLE tuleap.tracker_reminder_notified_roles (
    reminder_id bigint NOT NULL,
    role_id smallint NOT NULL
);
CREATE TABLE tuleap.tracker_report (
    id integer NOT NULL,
    old_id integer,
    project_id integer,
    user_id integer,
    tracker_id integer NOT NULL,
    is_default smallint NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    current_renderer_id integer NOT NULL,
    parent_report_id integer,
    is_query_displayed smallint NOT NULL,
    is_in_expert_mode smallint NOT NULL,
    expert_query text NOT NULL,
    updated_by integer,
    updated_at integer,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_report_config (
    query_limit integer NOT NULL
);
CREATE TABLE tuleap.tracker_report_criteria (
    id integer NOT NULL,
    report_id integer NOT NULL,
    field_id integer NOT NULL,
    rank integer NOT NULL,
    is_advanced smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_report_criteria_alphanum_value (
    criteria_id integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (criteria_id)
);
CREATE TABLE tuleap.tracker_report_criteria_comment_value (
    report_id integer NOT NULL,
    comment character varying(255),
    PRIMARY KEY (report_id)
);
CREATE TABLE tuleap.tracker_report_criteria_date_value (
    criteria_id integer NOT NULL,
    op character(1),
    from_date integer,
    to_date integer,
    PRIMARY KEY (criteria_id)
);
CREATE TABLE tuleap.tracker_report_criteria_file_value (
    criteria_id integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (criteria_id)
);
CREATE TABLE tuleap.tracker_report_criteria_list_value (
    criteria_id integer NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (criteria_id, value)
);
CREATE TABLE tuleap.tracker_report_criteria_openlist_value (
    criteria_id integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (criteria_id)
);
CREATE TABLE tuleap.tracker_report_criteria_permissionsonartifact_value (
    criteria_id integer NOT NULL,
    value integer NOT NULL
);
CREATE TABLE tuleap.tracker_report_renderer (
    id integer NOT NULL,
    old_id integer,
    report_id integer NOT NULL,
    renderer_type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_report_renderer_table (
    renderer_id integer NOT NULL,
    chunksz integer NOT NULL,
    multisort smallint NOT NULL,
    PRIMARY KEY (renderer_id)
);
CREATE TABLE tuleap.tracker_report_renderer_table_columns (
    renderer_id integer NOT NULL,
    field_id integer NOT NULL,
    artlink_nature character varying(255),
    artlink_nature_format character varying(255),
    rank integer NOT NULL,
    width smallint NOT NULL
);
CREATE TABLE tuleap.tracker_report_renderer_table_functions_aggregates (
    renderer_id integer NOT NULL,
    field_id integer NOT NULL,
    aggregate character varying(10) NOT NULL,
    PRIMARY KEY (renderer_id, field_id, aggregate)
);
CREATE TABLE tuleap.tracker_report_renderer_table_sort (
    renderer_id integer NOT NULL,
    field_id integer NOT NULL,
    is_desc smallint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (renderer_id, field_id)
);
CREATE TABLE tuleap.tracker_rule (
    id bigint NOT NULL,
    tracker_id bigint NOT NULL,
    rule_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_rule_date (
    tracker_rule_id bigint NOT NULL,
    source_field_id bigint NOT NULL,
    target_field_id bigint NOT NULL,
    comparator character varying(2) NOT NULL,
    PRIMARY KEY (tracker_rule_id)
);
CREATE TABLE tuleap.tracker_rule_list (
    tracker_rule_id bigint NOT NULL,
    source_field_id bigint NOT NULL,
    source_value_id bigint NOT NULL,
    target_field_id bigint NOT NULL,
    target_value_id bigint,
    PRIMARY KEY (tracker_rule_id)
);
CREATE TABLE tuleap.tracker_semantic_contributor (
    tracker_id integer NOT NULL,
    field_id integer NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.tracker_semantic_description (
    tracker_id integer NOT NULL,
    field_id integer NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.tracker_semantic_progress (
    tracker_id integer NOT NULL,
    total_effort_field_id integer,
    remaining_effort_field_id integer,
    artifact_link_type text,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.tracker_semantic_status (
    tracker_id integer NOT NULL,
    field_id integer NOT NULL,
    open_value_id integer NOT NULL
);
CREATE TABLE tuleap.tracker_semantic_timeframe (
    tracker_id integer NOT NULL,
    start_date_field_id integer,
    duration_field_id integer,
    end_date_field_id integer,
    implied_from_tracker_id integer,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.tracker_semantic_title (
    tracker_id integer NOT NULL,
    field_id integer NOT NULL,
    PRIMARY KEY (tracker_id)
);
CREATE TABLE tuleap.tracker_staticfield_richtext (
    field_id integer NOT NULL,
    static_value text,
    PRIMARY KEY (field_id)
);
CREATE TABLE tuleap.tracker_tooltip (
    tracker_id integer NOT NULL,
    field_id integer NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (tracker_id, field_id)
);
CREATE TABLE tuleap.tracker_widget_renderer (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    owner_type character varying(1) NOT NULL,
    title character varying(255) NOT NULL,
    renderer_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_workflow (
    workflow_id integer NOT NULL,
    tracker_id integer NOT NULL,
    field_id integer NOT NULL,
    is_used smallint NOT NULL,
    is_legacy smallint NOT NULL,
    is_advanced smallint NOT NULL,
    PRIMARY KEY (workflow_id)
);
CREATE TABLE tuleap.tracker_workflow_transition (
    transition_id integer NOT NULL,
    from_id integer,
    to_id integer NOT NULL,
    workflow_id integer NOT NULL,
    PRIMARY KEY (transition_id)
);
CREATE TABLE tuleap.tracker_workflow_transition_condition_comment_notempty (
    transition_id integer NOT NULL,
    is_comment_required smallint NOT NULL,
    PRIMARY KEY (transition_id)
);
CREATE TABLE tuleap.tracker_workflow_transition_condition_field_notempty (
    id integer NOT NULL,
    transition_id integer NOT NULL,
    field_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_workflow_transition_postactions_cibuild (
    id bigint NOT NULL,
    transition_id integer NOT NULL,
    job_url character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_workflow_transition_postactions_field_date (
    id bigint NOT NULL,
    transition_id integer NOT NULL,
    field_id bigint,
    value_type smallint,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_workflow_transition_postactions_field_float (
    id bigint NOT NULL,
    transition_id integer NOT NULL,
    field_id bigint,
    value double precision,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_workflow_transition_postactions_field_int (
    id bigint NOT NULL,
    transition_id integer NOT NULL,
    field_id bigint,
    value integer,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_workflow_trigger_rule_static_value (
    id bigint NOT NULL,
    value_id integer NOT NULL,
    rule_condition character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.tracker_workflow_trigger_rule_trg_field_static_value (
    rule_id bigint NOT NULL,
    value_id integer NOT NULL
);
CREATE TABLE tuleap.trove_cat (
    trove_cat_id integer NOT NULL,
    version integer NOT NULL,
    parent integer NOT NULL,
    root_parent integer NOT NULL,
    shortname character varying(80),
    fullname character varying(80),
    description character varying(255),
    count_subcat integer NOT NULL,
    count_subproj integer NOT NULL,
    fullpath text NOT NULL,
    fullpath_ids text,
    mandatory smallint NOT NULL,
    display_during_project_creation smallint NOT NULL,
    is_project_flag boolean NOT NULL,
    nb_max_values integer NOT NULL,
    PRIMARY KEY (trove_cat_id)
);
CREATE TABLE tuleap.trove_group_link (
    trove_group_id integer NOT NULL,
    trove_cat_id integer NOT NULL,
    trove_cat_version integer NOT NULL,
    group_id integer NOT NULL,
    trove_cat_root integer NOT NULL,
    PRIMARY KEY (trove_group_id)
);
CREATE TABLE tuleap.tuleap_installed_version (
    version character varying(254)
);
CREATE TABLE tuleap.ugroup (
    ugroup_id integer NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    source_id integer,
    group_id integer,
    PRIMARY KEY (ugroup_id)
);
CREATE TABLE tuleap.ugroup_forge_permission (
    ugroup_id integer NOT NULL,
    permission_id integer NOT NULL
);
CREATE TABLE tuleap.ugroup_mapping (
    to_group_id integer NOT NULL,
    src_ugroup_id integer NOT NULL,
    dst_ugroup_id integer NOT NULL,
    PRIMARY KEY (to_group_id, src_ugroup_id, dst_ugroup_id)
);
CREATE TABLE tuleap.ugroup_user (
    ugroup_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (ugroup_id, user_id)
);
CREATE TABLE tuleap."user" (
    user_id integer NOT NULL,
    user_name text NOT NULL,
    email text NOT NULL,
    password character varying(255),
    realname text NOT NULL,
    register_purpose text,
    status character(1) NOT NULL,
    ldap_id text,
    add_date integer NOT NULL,
    approved_by integer NOT NULL,
    confirm_hash character varying(32),
    mail_siteupdates integer NOT NULL,
    mail_va integer NOT NULL,
    sticky_login integer NOT NULL,
    authorized_keys text,
    email_new text,
    timezone character varying(64),
    language_id character varying( 17 ) NOT NULL,
    last_pwd_update integer NOT NULL,
    expiry_date integer,
    has_custom_avatar smallint NOT NULL,
    is_first_timer boolean NOT NULL,
    passwordless_only boolean NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE tuleap.user_access (
    user_id integer NOT NULL,
    last_access_date integer NOT NULL,
    prev_auth_success integer NOT NULL,
    last_auth_success integer NOT NULL,
    last_auth_failure integer NOT NULL,
    nb_auth_failure integer NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE tuleap.user_access_key (
    id integer NOT NULL,
    user_id integer NOT NULL,
    verifier character varying(255) NOT NULL,
    creation_date bigint NOT NULL,
    expiration_date bigint,
    description text,
    last_usage bigint,
    last_ip character varying(45),
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.user_access_key_scope (
    access_key_id integer NOT NULL,
    scope_key character varying(255) NOT NULL,
    PRIMARY KEY (access_key_id, scope_key)
);
CREATE TABLE tuleap.user_avatar_hash (
    user_id integer NOT NULL,
    hash character varying(255),
    PRIMARY KEY (user_id)
);
CREATE TABLE tuleap.user_bookmarks (
    bookmark_id integer NOT NULL,
    user_id integer NOT NULL,
    bookmark_url text,
    bookmark_title text,
    PRIMARY KEY (bookmark_id)
);
CREATE TABLE tuleap.user_dashboards (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.user_group (
    user_group_id integer NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    admin_flags character(16) NOT NULL,
    bug_flags integer NOT NULL,
    project_flags integer NOT NULL,
    patch_flags integer NOT NULL,
    support_flags integer NOT NULL,
    file_flags integer NOT NULL,
    wiki_flags integer NOT NULL,
    svn_flags integer NOT NULL,
    PRIMARY KEY (user_group_id)
);
CREATE TABLE tuleap.user_lost_password (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    verifier character varying(255) NOT NULL,
    creation_date bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.user_preferences (
    user_id integer NOT NULL,
    preference_name character varying(255) NOT NULL,
    preference_value text,
    PRIMARY KEY (user_id, preference_name)
);
CREATE TABLE tuleap.webauthn_challenge (
    user_id integer NOT NULL,
    challenge bytea NOT NULL,
    expiration_date bigint NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE tuleap.webauthn_credential_source (
    public_key_credential_id character varying(255) NOT NULL,
    type character varying(32) NOT NULL,
    transports text NOT NULL,
    attestation_type character varying(32) NOT NULL,
    trust_path text NOT NULL,
    aaguid character varying(64) NOT NULL,
    credential_public_key bytea NOT NULL,
    user_id integer NOT NULL,
    counter bigint NOT NULL,
    other_ui text,
    name character varying(255) NOT NULL,
    created_at bigint NOT NULL,
    last_use bigint NOT NULL,
    PRIMARY KEY (public_key_credential_id)
);
CREATE TABLE tuleap.widget_image (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    owner_type character varying(1) NOT NULL,
    title character varying(255) NOT NULL,
    url text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.widget_note (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    owner_type character varying(1) NOT NULL,
    title character varying(255) NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.widget_rss (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    owner_type character varying(1) NOT NULL,
    title character varying(255) NOT NULL,
    url text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.wiki_attachment (
    id integer NOT NULL,
    group_id integer NOT NULL,
    name character varying( 255 ) NOT NULL,
    filesystem_name character varying( 255 ),
    delete_date bigint,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.wiki_attachment_deleted (
    id integer NOT NULL,
    group_id integer NOT NULL,
    name character varying( 255 ) NOT NULL,
    filesystem_name character varying( 255 ),
    delete_date bigint,
    purge_date bigint,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.wiki_attachment_log (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    wiki_attachment_id integer NOT NULL,
    wiki_attachment_revision_id integer NOT NULL,
    time integer NOT NULL
);
CREATE TABLE tuleap.wiki_attachment_revision (
    id integer NOT NULL,
    attachment_id integer NOT NULL,
    user_id integer NOT NULL,
    date integer NOT NULL,
    revision integer NOT NULL,
    mimetype character varying( 255 ) NOT NULL,
    size bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.wiki_group_list (
    id integer NOT NULL,
    group_id integer NOT NULL,
    wiki_name character varying(255) NOT NULL,
    wiki_link character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    rank integer NOT NULL,
    language_id character varying( 17 ) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.wiki_link (
    linkfrom integer NOT NULL,
    linkto integer NOT NULL
);
CREATE TABLE tuleap.wiki_log (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    pagename character varying(255) NOT NULL,
    time integer NOT NULL
);
CREATE TABLE tuleap.wiki_nonempty (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.wiki_page (
    id integer NOT NULL,
    pagename character varying(100) NOT NULL,
    hits integer NOT NULL,
    pagedata text NOT NULL,
    cached_html bytea,
    group_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.wiki_recent (
    id integer NOT NULL,
    latestversion integer,
    latestmajor integer,
    latestminor integer,
    PRIMARY KEY (id)
);
CREATE TABLE tuleap.wiki_version (
    id integer NOT NULL,
    version integer NOT NULL,
    mtime integer NOT NULL,
    minor_edit smallint,
    content text NOT NULL,
    versiondata text NOT NULL,
    PRIMARY KEY (id, version)
);
COMMENT ON TABLE tuleap.frs_package IS 'status_active = 1, status_deleted = 2, status_hidden = 3';
COMMENT ON TABLE tuleap.frs_release IS 'status_active = 1, status_deleted = 2, status_hidden = 3';
COMMENT ON TABLE tuleap.permissions IS 'permissions table, used to store specific access rights (for packages, releases, documentation, etc.)';
COMMENT ON TABLE tuleap.permissions_values IS 'permissions_values table, used to store the list of default ugroups available by permission_type. ugroups are selected from the special ugroups, so their ID should be less than 100.';
COMMENT ON TABLE tuleap.reference IS 'Notes: - scope=''S'' means a reference available to all projects (defined by site administrators, group_id =100) - scope=''P'' means a reference available to one project';
COMMENT ON TABLE tuleap.svn_checkins IS 'There can be two (commitid,dirid,fileid) triplets with the same values e.g. when there is a delete and an add in the same commit.';
COMMENT ON TABLE tuleap.ugroup IS 'ugroup table, used to store the description of groups of users (see also ugroup_user table)';
COMMENT ON TABLE tuleap.ugroup_user IS 'ugroup_user table Contains the ugroup members (users)';
COMMENT ON TABLE tuleap.wiki_attachment IS 'Tables for Wiki attachments support';
COMMENT ON TABLE tuleap.wiki_group_list IS 'Wiki Service';
COMMENT ON TABLE tuleap.wiki_log IS 'Table for Wiki access logs';
COMMENT ON TABLE tuleap.wiki_page IS 'PHP Wiki tables';
ALTER TABLE tuleap.plugin_tracker_notification_email_custom_sender_format ADD FOREIGN KEY (tracker_id) REFERENCES tuleap.tracker (id);

