-- Gitea 1.24.2, the self-hosted Git service (users and organisations with teams and members, repositories with
-- their units, topics, languages, licences, stars, watches, forks, mirrors, transfers and collaborators; issues and
-- pull requests with comments, labels, milestones, assignees, reactions, reviews, dependencies, pins, time tracking
-- and stopwatches; projects and their boards; releases and attachments; branches, protected branches and tags,
-- commit statuses; webhooks and hook tasks; Gitea Actions runs, jobs, tasks, steps, runners, schedules, artifacts,
-- secrets and variables; packages with versions, files, blobs and properties; SSH/GPG keys, e-mail addresses,
-- two-factor and WebAuthn credentials, OAuth2 applications and grants, login sources, notifications, badges,
-- blocking, settings), as a fresh Gitea 1.24.2 (image gitea/gitea:1.24.2, its xorm migrations at database version
-- 321) created it in PostgreSQL: the pg_dump core/postgres/seed/gitea.sql of github.com/bgrins/the_zoo (commit
-- 90f2bfe; that repository Apache-2.0, Gitea itself MIT; we use the schema's facts). Its data (COPY blocks), owners,
-- sequences and defaults were dropped, the rest loaded into a scratch PostgreSQL 15, schema public renamed gitea,
-- and this file regenerated from the catalog: all 112 tables with their columns, types, NOT NULLs and primary keys
-- (every table has one). Gitea declares no foreign keys (xorm relates tables by convention: repo_id, owner_id,
-- issue_id, poster_id, uid ...), so none here; its unique and plain indexes and defaults are left out; it declares
-- no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS gitea;
CREATE TABLE gitea.access (
    id bigint NOT NULL,
    user_id bigint,
    repo_id bigint,
    mode integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.access_token (
    id bigint NOT NULL,
    uid bigint,
    name character varying(255),
    token_hash character varying(255),
    token_salt character varying(255),
    token_last_eight character varying(255),
    scope character varying(255),
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action (
    id bigint NOT NULL,
    user_id bigint,
    op_type integer,
    act_user_id bigint,
    repo_id bigint,
    comment_id bigint,
    is_deleted boolean NOT NULL,
    ref_name character varying(255),
    is_private boolean NOT NULL,
    content text,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_artifact (
    id bigint NOT NULL,
    run_id bigint,
    runner_id bigint,
    repo_id bigint,
    owner_id bigint,
    commit_sha character varying(255),
    storage_path character varying(255),
    file_size bigint,
    file_compressed_size bigint,
    content_encoding character varying(255),
    artifact_path character varying(255),
    artifact_name character varying(255),
    status bigint,
    created_unix bigint,
    updated_unix bigint,
    expired_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_run (
    id bigint NOT NULL,
    title character varying(255),
    repo_id bigint,
    owner_id bigint,
    workflow_id character varying(255),
    index bigint,
    trigger_user_id bigint,
    schedule_id bigint,
    ref character varying(255),
    commit_sha character varying(255),
    is_fork_pull_request boolean,
    need_approval boolean,
    approved_by bigint,
    event character varying(255),
    event_payload text,
    trigger_event character varying(255),
    status integer,
    version integer,
    started bigint,
    stopped bigint,
    previous_duration bigint,
    created bigint,
    updated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_run_index (
    group_id bigint NOT NULL,
    max_index bigint,
    PRIMARY KEY (group_id)
);
CREATE TABLE gitea.action_run_job (
    id bigint NOT NULL,
    run_id bigint,
    repo_id bigint,
    owner_id bigint,
    commit_sha character varying(255),
    is_fork_pull_request boolean,
    name character varying(255),
    attempt bigint,
    workflow_payload bytea,
    job_id character varying(255),
    needs text,
    runs_on text,
    task_id bigint,
    status integer,
    started bigint,
    stopped bigint,
    created bigint,
    updated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_runner (
    id bigint NOT NULL,
    uuid character(36),
    name character varying(255),
    version character varying(64),
    owner_id bigint,
    repo_id bigint,
    description text,
    base integer,
    repo_range character varying(255),
    token_hash character varying(255),
    token_salt character varying(255),
    last_online bigint,
    last_active bigint,
    agent_labels text,
    ephemeral boolean NOT NULL,
    created bigint,
    updated bigint,
    deleted bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_runner_token (
    id bigint NOT NULL,
    token character varying(255),
    owner_id bigint,
    repo_id bigint,
    is_active boolean,
    created bigint,
    updated bigint,
    deleted bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_schedule (
    id bigint NOT NULL,
    title character varying(255),
    specs text,
    repo_id bigint,
    owner_id bigint,
    workflow_id character varying(255),
    trigger_user_id bigint,
    ref character varying(255),
    commit_sha character varying(255),
    event character varying(255),
    event_payload text,
    content bytea,
    created bigint,
    updated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_schedule_spec (
    id bigint NOT NULL,
    repo_id bigint,
    schedule_id bigint,
    next bigint,
    prev bigint,
    spec character varying(255),
    created bigint,
    updated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_task (
    id bigint NOT NULL,
    job_id bigint,
    attempt bigint,
    runner_id bigint,
    status integer,
    started bigint,
    stopped bigint,
    repo_id bigint,
    owner_id bigint,
    commit_sha character varying(255),
    is_fork_pull_request boolean,
    token_hash character varying(255),
    token_salt character varying(255),
    token_last_eight character varying(255),
    log_filename character varying(255),
    log_in_storage boolean,
    log_length bigint,
    log_size bigint,
    log_indexes bytea,
    log_expired boolean,
    created bigint,
    updated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_task_output (
    id bigint NOT NULL,
    task_id bigint,
    output_key character varying(255),
    output_value text,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_task_step (
    id bigint NOT NULL,
    name character varying(255),
    task_id bigint,
    index bigint,
    repo_id bigint,
    status integer,
    log_index bigint,
    log_length bigint,
    started bigint,
    stopped bigint,
    created bigint,
    updated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_tasks_version (
    id bigint NOT NULL,
    owner_id bigint,
    repo_id bigint,
    version bigint,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.action_variable (
    id bigint NOT NULL,
    owner_id bigint,
    repo_id bigint,
    name character varying(255) NOT NULL,
    data text NOT NULL,
    description text,
    created_unix bigint NOT NULL,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.app_state (
    id character varying(200) NOT NULL,
    revision bigint,
    content text,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.attachment (
    id bigint NOT NULL,
    uuid uuid,
    repo_id bigint,
    issue_id bigint,
    release_id bigint,
    uploader_id bigint,
    comment_id bigint,
    name character varying(255),
    download_count bigint,
    size bigint,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.auth_token (
    id character varying(255) NOT NULL,
    token_hash character varying(255),
    user_id bigint,
    expires_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.badge (
    id bigint NOT NULL,
    slug character varying(255),
    description character varying(255),
    image_url character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE gitea.branch (
    id bigint NOT NULL,
    repo_id bigint,
    name character varying(255) NOT NULL,
    commit_id character varying(255),
    commit_message text,
    pusher_id bigint,
    is_deleted boolean,
    deleted_by_id bigint,
    deleted_unix bigint,
    commit_time bigint,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.collaboration (
    id bigint NOT NULL,
    repo_id bigint NOT NULL,
    user_id bigint NOT NULL,
    mode integer NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.comment (
    id bigint NOT NULL,
    type integer,
    poster_id bigint,
    original_author character varying(255),
    original_author_id bigint,
    issue_id bigint,
    label_id bigint,
    old_project_id bigint,
    project_id bigint,
    old_milestone_id bigint,
    milestone_id bigint,
    time_id bigint,
    assignee_id bigint,
    removed_assignee boolean,
    assignee_team_id bigint NOT NULL,
    resolve_doer_id bigint,
    old_title character varying(255),
    new_title character varying(255),
    old_ref character varying(255),
    new_ref character varying(255),
    dependent_issue_id bigint,
    commit_id bigint,
    line bigint,
    tree_path character varying(255),
    content text,
    content_version integer NOT NULL,
    patch text,
    created_unix bigint,
    updated_unix bigint,
    commit_sha character varying(64),
    review_id bigint,
    invalidated boolean,
    ref_repo_id bigint,
    ref_issue_id bigint,
    ref_comment_id bigint,
    ref_action smallint,
    ref_is_pull boolean,
    comment_meta_data text,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.commit_status (
    id bigint NOT NULL,
    index bigint,
    repo_id bigint,
    state character varying(7) NOT NULL,
    sha character varying(64) NOT NULL,
    target_url text,
    description text,
    context_hash character varying(64),
    context text,
    creator_id bigint,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.commit_status_index (
    id bigint NOT NULL,
    repo_id bigint,
    sha character varying(255),
    max_index bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.commit_status_summary (
    id bigint NOT NULL,
    repo_id bigint,
    sha character varying(64) NOT NULL,
    state character varying(7) NOT NULL,
    target_url text,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.dbfs_data (
    id bigint NOT NULL,
    revision bigint NOT NULL,
    meta_id bigint NOT NULL,
    blob_offset bigint NOT NULL,
    blob_size bigint NOT NULL,
    blob_data bytea NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.dbfs_meta (
    id bigint NOT NULL,
    full_path character varying(500) NOT NULL,
    block_size bigint NOT NULL,
    file_size bigint NOT NULL,
    create_timestamp bigint NOT NULL,
    modify_timestamp bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.deploy_key (
    id bigint NOT NULL,
    key_id bigint,
    repo_id bigint,
    name character varying(255),
    fingerprint character varying(255),
    mode integer NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.email_address (
    id bigint NOT NULL,
    uid bigint NOT NULL,
    email character varying(255) NOT NULL,
    lower_email character varying(255) NOT NULL,
    is_activated boolean,
    is_primary boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.email_hash (
    hash character varying(32) NOT NULL,
    email character varying(255) NOT NULL,
    PRIMARY KEY (hash)
);
CREATE TABLE gitea.external_login_user (
    external_id character varying(255) NOT NULL,
    user_id bigint NOT NULL,
    login_source_id bigint NOT NULL,
    raw_data json,
    provider character varying(25),
    email character varying(255),
    name character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    nick_name character varying(255),
    description character varying(255),
    avatar_url text,
    location character varying(255),
    access_token text,
    access_token_secret text,
    refresh_token text,
    expires_at timestamp without time zone,
    PRIMARY KEY (external_id, login_source_id)
);
CREATE TABLE gitea.follow (
    id bigint NOT NULL,
    user_id bigint,
    follow_id bigint,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.gpg_key (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    key_id character(16) NOT NULL,
    primary_key_id character(16),
    content text NOT NULL,
    created_unix bigint,
    expired_unix bigint,
    added_unix bigint,
    emails text,
    verified boolean NOT NULL,
    can_sign boolean,
    can_encrypt_comms boolean,
    can_encrypt_storage boolean,
    can_certify boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.gpg_key_import (
    key_id character(16) NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (key_id)
);
CREATE TABLE gitea.hook_task (
    id bigint NOT NULL,
    hook_id bigint,
    uuid character varying(255),
    payload_content text,
    payload_version integer,
    event_type character varying(255),
    is_delivered boolean,
    delivered bigint,
    is_succeed boolean,
    request_content text,
    response_content text,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.issue (
    id bigint NOT NULL,
    repo_id bigint,
    index bigint,
    poster_id bigint,
    original_author character varying(255),
    original_author_id bigint,
    name character varying(255),
    content text,
    content_version integer NOT NULL,
    milestone_id bigint,
    priority integer,
    is_closed boolean,
    is_pull boolean,
    num_comments integer,
    ref character varying(255),
    deadline_unix bigint,
    created_unix bigint,
    updated_unix bigint,
    closed_unix bigint,
    is_locked boolean NOT NULL,
    time_estimate bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.issue_assignees (
    id bigint NOT NULL,
    assignee_id bigint,
    issue_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.issue_content_history (
    id bigint NOT NULL,
    poster_id bigint,
    issue_id bigint,
    comment_id bigint,
    edited_unix bigint,
    content_text text,
    is_first_created boolean,
    is_deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.issue_dependency (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    issue_id bigint NOT NULL,
    dependency_id bigint NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.issue_index (
    group_id bigint NOT NULL,
    max_index bigint,
    PRIMARY KEY (group_id)
);
CREATE TABLE gitea.issue_label (
    id bigint NOT NULL,
    issue_id bigint,
    label_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.issue_pin (
    id bigint NOT NULL,
    repo_id bigint NOT NULL,
    issue_id bigint NOT NULL,
    is_pull boolean NOT NULL,
    pin_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.issue_user (
    id bigint NOT NULL,
    uid bigint,
    issue_id bigint,
    is_read boolean,
    is_mentioned boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.issue_watch (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    issue_id bigint NOT NULL,
    is_watching boolean NOT NULL,
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.label (
    id bigint NOT NULL,
    repo_id bigint,
    org_id bigint,
    name character varying(255),
    exclusive boolean,
    exclusive_order integer,
    description character varying(255),
    color character varying(7),
    num_issues integer,
    num_closed_issues integer,
    created_unix bigint,
    updated_unix bigint,
    archived_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.language_stat (
    id bigint NOT NULL,
    repo_id bigint NOT NULL,
    commit_id character varying(255),
    is_primary boolean,
    language character varying(50) NOT NULL,
    size bigint NOT NULL,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.lfs_lock (
    id bigint NOT NULL,
    repo_id bigint NOT NULL,
    owner_id bigint NOT NULL,
    path text,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.lfs_meta_object (
    id bigint NOT NULL,
    oid character varying(255) NOT NULL,
    size bigint NOT NULL,
    repository_id bigint NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.login_source (
    id bigint NOT NULL,
    type integer,
    name character varying(255),
    is_active boolean NOT NULL,
    is_sync_enabled boolean NOT NULL,
    two_factor_policy character varying(255) NOT NULL,
    cfg text,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.milestone (
    id bigint NOT NULL,
    repo_id bigint,
    name character varying(255),
    content text,
    is_closed boolean,
    num_issues integer,
    num_closed_issues integer,
    completeness integer,
    created_unix bigint,
    updated_unix bigint,
    deadline_unix bigint,
    closed_date_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.mirror (
    id bigint NOT NULL,
    repo_id bigint,
    "interval" bigint,
    enable_prune boolean NOT NULL,
    updated_unix bigint,
    next_update_unix bigint,
    lfs_enabled boolean NOT NULL,
    lfs_endpoint text,
    remote_address character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE gitea.notice (
    id bigint NOT NULL,
    type integer,
    description text,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.notification (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    repo_id bigint NOT NULL,
    status smallint NOT NULL,
    source smallint NOT NULL,
    issue_id bigint NOT NULL,
    commit_id character varying(255),
    comment_id bigint,
    updated_by bigint NOT NULL,
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.oauth2_application (
    id bigint NOT NULL,
    uid bigint,
    name character varying(255),
    client_id character varying(255),
    client_secret character varying(255),
    confidential_client boolean NOT NULL,
    skip_secondary_authorization boolean NOT NULL,
    redirect_uris text,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.oauth2_authorization_code (
    id bigint NOT NULL,
    grant_id bigint,
    code character varying(255),
    code_challenge character varying(255),
    code_challenge_method character varying(255),
    redirect_uri character varying(255),
    valid_until bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.oauth2_grant (
    id bigint NOT NULL,
    user_id bigint,
    application_id bigint,
    counter bigint NOT NULL,
    scope text,
    nonce text,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.org_user (
    id bigint NOT NULL,
    uid bigint,
    org_id bigint,
    is_public boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.package (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    repo_id bigint,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    lower_name character varying(255) NOT NULL,
    semver_compatible boolean NOT NULL,
    is_internal boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.package_blob (
    id bigint NOT NULL,
    size bigint NOT NULL,
    hash_md5 character(32) NOT NULL,
    hash_sha1 character(40) NOT NULL,
    hash_sha256 character(64) NOT NULL,
    hash_sha512 character(128) NOT NULL,
    created_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.package_blob_upload (
    id character varying(255) NOT NULL,
    bytes_received bigint NOT NULL,
    hash_state_bytes bytea,
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.package_cleanup_rule (
    id bigint NOT NULL,
    enabled boolean NOT NULL,
    owner_id bigint NOT NULL,
    type character varying(255) NOT NULL,
    keep_count integer NOT NULL,
    keep_pattern character varying(255) NOT NULL,
    remove_days integer NOT NULL,
    remove_pattern character varying(255) NOT NULL,
    match_full_name boolean NOT NULL,
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.package_file (
    id bigint NOT NULL,
    version_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    lower_name character varying(255) NOT NULL,
    composite_key character varying(255),
    is_lead boolean NOT NULL,
    created_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.package_property (
    id bigint NOT NULL,
    ref_type bigint NOT NULL,
    ref_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.package_version (
    id bigint NOT NULL,
    package_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    version character varying(255) NOT NULL,
    lower_version character varying(255) NOT NULL,
    created_unix bigint NOT NULL,
    is_internal boolean NOT NULL,
    metadata_json text,
    download_count bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.project (
    id bigint NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    owner_id bigint,
    repo_id bigint,
    creator_id bigint NOT NULL,
    is_closed boolean,
    board_type bigint,
    card_type bigint,
    type bigint,
    created_unix bigint,
    updated_unix bigint,
    closed_date_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.project_board (
    id bigint NOT NULL,
    title character varying(255),
    "default" boolean NOT NULL,
    sorting integer NOT NULL,
    color character varying(7),
    project_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.project_issue (
    id bigint NOT NULL,
    issue_id bigint,
    project_id bigint,
    project_board_id bigint,
    sorting bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.protected_branch (
    id bigint NOT NULL,
    repo_id bigint,
    branch_name character varying(255),
    priority bigint NOT NULL,
    can_push boolean NOT NULL,
    enable_whitelist boolean,
    whitelist_user_i_ds text,
    whitelist_team_i_ds text,
    enable_merge_whitelist boolean NOT NULL,
    whitelist_deploy_keys boolean NOT NULL,
    merge_whitelist_user_i_ds text,
    merge_whitelist_team_i_ds text,
    can_force_push boolean NOT NULL,
    enable_force_push_allowlist boolean NOT NULL,
    force_push_allowlist_user_i_ds text,
    force_push_allowlist_team_i_ds text,
    force_push_allowlist_deploy_keys boolean NOT NULL,
    enable_status_check boolean NOT NULL,
    status_check_contexts text,
    enable_approvals_whitelist boolean NOT NULL,
    approvals_whitelist_user_i_ds text,
    approvals_whitelist_team_i_ds text,
    required_approvals bigint NOT NULL,
    block_on_rejected_reviews boolean NOT NULL,
    block_on_official_review_requests boolean NOT NULL,
    block_on_outdated_branch boolean NOT NULL,
    dismiss_stale_approvals boolean NOT NULL,
    ignore_stale_approvals boolean NOT NULL,
    require_signed_commits boolean NOT NULL,
    protected_file_patterns text,
    unprotected_file_patterns text,
    block_admin_merge_override boolean NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.protected_tag (
    id bigint NOT NULL,
    repo_id bigint,
    name_pattern character varying(255),
    allowlist_user_i_ds text,
    allowlist_team_i_ds text,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.public_key (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    fingerprint character varying(255) NOT NULL,
    content text NOT NULL,
    mode integer NOT NULL,
    type integer NOT NULL,
    login_source_id bigint NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    verified boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.pull_auto_merge (
    id bigint NOT NULL,
    pull_id bigint,
    doer_id bigint NOT NULL,
    merge_style character varying(30),
    message text,
    delete_branch_after_merge boolean,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.pull_request (
    id bigint NOT NULL,
    type integer,
    status integer,
    conflicted_files json,
    commits_ahead integer,
    commits_behind integer,
    changed_protected_files json,
    issue_id bigint,
    index bigint,
    head_repo_id bigint,
    base_repo_id bigint,
    head_branch character varying(255),
    base_branch character varying(255),
    merge_base character varying(64),
    allow_maintainer_edit boolean NOT NULL,
    has_merged boolean,
    merged_commit_id character varying(64),
    merger_id bigint,
    merged_unix bigint,
    flow integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.push_mirror (
    id bigint NOT NULL,
    repo_id bigint,
    remote_name character varying(255),
    remote_address character varying(2048),
    sync_on_commit boolean NOT NULL,
    "interval" bigint,
    created_unix bigint,
    last_update bigint,
    last_error text,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.reaction (
    id bigint NOT NULL,
    type character varying(255) NOT NULL,
    issue_id bigint NOT NULL,
    comment_id bigint,
    user_id bigint NOT NULL,
    original_author_id bigint NOT NULL,
    original_author character varying(255),
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.release (
    id bigint NOT NULL,
    repo_id bigint,
    publisher_id bigint,
    tag_name character varying(255),
    original_author character varying(255),
    original_author_id bigint,
    lower_tag_name character varying(255),
    target character varying(255),
    title character varying(255),
    sha1 character varying(64),
    num_commits bigint,
    note text,
    is_draft boolean NOT NULL,
    is_prerelease boolean NOT NULL,
    is_tag boolean NOT NULL,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.renamed_branch (
    id bigint NOT NULL,
    repo_id bigint NOT NULL,
    "from" character varying(255),
    "to" character varying(255),
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.repo_archiver (
    id bigint NOT NULL,
    repo_id bigint,
    type integer,
    status integer,
    commit_id character varying(64),
    created_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.repo_indexer_status (
    id bigint NOT NULL,
    repo_id bigint,
    commit_sha character varying(64),
    indexer_type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.repo_license (
    id bigint NOT NULL,
    repo_id bigint NOT NULL,
    commit_id character varying(255),
    license character varying(255) NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.repo_redirect (
    id bigint NOT NULL,
    owner_id bigint,
    lower_name character varying(255) NOT NULL,
    redirect_repo_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.repo_topic (
    repo_id bigint NOT NULL,
    topic_id bigint NOT NULL,
    PRIMARY KEY (repo_id, topic_id)
);
CREATE TABLE gitea.repo_transfer (
    id bigint NOT NULL,
    doer_id bigint,
    recipient_id bigint,
    repo_id bigint,
    team_i_ds text,
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.repo_unit (
    id bigint NOT NULL,
    repo_id bigint,
    type integer,
    config text,
    created_unix bigint,
    anonymous_access_mode integer NOT NULL,
    everyone_access_mode integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.repository (
    id bigint NOT NULL,
    owner_id bigint,
    owner_name character varying(255),
    lower_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    website character varying(2048),
    original_service_type integer,
    original_url character varying(2048),
    default_branch character varying(255),
    default_wiki_branch character varying(255),
    num_watches integer,
    num_stars integer,
    num_forks integer,
    num_issues integer,
    num_closed_issues integer,
    num_pulls integer,
    num_closed_pulls integer,
    num_milestones integer NOT NULL,
    num_closed_milestones integer NOT NULL,
    num_projects integer NOT NULL,
    num_closed_projects integer NOT NULL,
    num_action_runs integer NOT NULL,
    num_closed_action_runs integer NOT NULL,
    is_private boolean,
    is_empty boolean,
    is_archived boolean,
    is_mirror boolean,
    status integer NOT NULL,
    is_fork boolean NOT NULL,
    fork_id bigint,
    is_template boolean NOT NULL,
    template_id bigint,
    size bigint NOT NULL,
    git_size bigint NOT NULL,
    lfs_size bigint NOT NULL,
    is_fsck_enabled boolean NOT NULL,
    close_issues_via_commit_in_any_branch boolean NOT NULL,
    topics json,
    object_format_name character varying(6) NOT NULL,
    trust_model integer,
    avatar character varying(64),
    created_unix bigint,
    updated_unix bigint,
    archived_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.review (
    id bigint NOT NULL,
    type integer,
    reviewer_id bigint,
    reviewer_team_id bigint NOT NULL,
    original_author character varying(255),
    original_author_id bigint,
    issue_id bigint,
    content text,
    official boolean NOT NULL,
    commit_id character varying(64),
    stale boolean NOT NULL,
    dismissed boolean NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.review_state (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    pull_id bigint NOT NULL,
    commit_sha character varying(64) NOT NULL,
    updated_files json NOT NULL,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.secret (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    repo_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    data text,
    description text,
    created_unix bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.session (
    key character(16) NOT NULL,
    data bytea,
    expiry bigint,
    PRIMARY KEY (key)
);
CREATE TABLE gitea.star (
    id bigint NOT NULL,
    uid bigint,
    repo_id bigint,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.stopwatch (
    id bigint NOT NULL,
    issue_id bigint,
    user_id bigint,
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.system_setting (
    id bigint NOT NULL,
    setting_key character varying(255),
    setting_value text,
    version integer,
    created bigint,
    updated bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.task (
    id bigint NOT NULL,
    doer_id bigint,
    owner_id bigint,
    repo_id bigint,
    type integer,
    status integer,
    start_time bigint,
    end_time bigint,
    payload_content text,
    message text,
    created bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.team (
    id bigint NOT NULL,
    org_id bigint,
    lower_name character varying(255),
    name character varying(255),
    description character varying(255),
    authorize integer,
    num_repos integer,
    num_members integer,
    includes_all_repositories boolean NOT NULL,
    can_create_org_repo boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.team_invite (
    id bigint NOT NULL,
    token character varying(255) NOT NULL,
    inviter_id bigint NOT NULL,
    org_id bigint NOT NULL,
    team_id bigint NOT NULL,
    email character varying(255) NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.team_repo (
    id bigint NOT NULL,
    org_id bigint,
    team_id bigint,
    repo_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.team_unit (
    id bigint NOT NULL,
    org_id bigint,
    team_id bigint,
    type integer,
    access_mode integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.team_user (
    id bigint NOT NULL,
    org_id bigint,
    team_id bigint,
    uid bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.topic (
    id bigint NOT NULL,
    name character varying(50),
    repo_count integer,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.tracked_time (
    id bigint NOT NULL,
    issue_id bigint,
    user_id bigint,
    created_unix bigint,
    "time" bigint NOT NULL,
    deleted boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.two_factor (
    id bigint NOT NULL,
    uid bigint,
    secret character varying(255),
    scratch_salt character varying(255),
    scratch_hash character varying(255),
    last_used_passcode character varying(10),
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.upload (
    id bigint NOT NULL,
    uuid uuid,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE gitea."user" (
    id bigint NOT NULL,
    lower_name character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    full_name character varying(255),
    email character varying(255) NOT NULL,
    keep_email_private boolean,
    email_notifications_preference character varying(20) NOT NULL,
    passwd character varying(255) NOT NULL,
    passwd_hash_algo character varying(255) NOT NULL,
    must_change_password boolean NOT NULL,
    login_type integer,
    login_source bigint NOT NULL,
    login_name character varying(255),
    type integer,
    location character varying(255),
    website character varying(255),
    rands character varying(32),
    salt character varying(32),
    language character varying(5),
    description character varying(255),
    created_unix bigint,
    updated_unix bigint,
    last_login_unix bigint,
    last_repo_visibility boolean,
    max_repo_creation integer NOT NULL,
    is_active boolean,
    is_admin boolean,
    is_restricted boolean NOT NULL,
    allow_git_hook boolean,
    allow_import_local boolean,
    allow_create_organization boolean,
    prohibit_login boolean NOT NULL,
    avatar character varying(2048) NOT NULL,
    avatar_email character varying(255) NOT NULL,
    use_custom_avatar boolean,
    num_followers integer,
    num_following integer NOT NULL,
    num_stars integer,
    num_repos integer,
    num_teams integer,
    num_members integer,
    visibility integer NOT NULL,
    repo_admin_change_team_access boolean NOT NULL,
    diff_view_style character varying(255) NOT NULL,
    theme character varying(255) NOT NULL,
    keep_activity_private boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.user_badge (
    id bigint NOT NULL,
    badge_id bigint,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.user_blocking (
    id bigint NOT NULL,
    blocker_id bigint,
    blockee_id bigint,
    note character varying(255),
    created_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.user_open_id (
    id bigint NOT NULL,
    uid bigint NOT NULL,
    uri character varying(255) NOT NULL,
    show boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.user_redirect (
    id bigint NOT NULL,
    lower_name character varying(255) NOT NULL,
    redirect_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.user_setting (
    id bigint NOT NULL,
    user_id bigint,
    setting_key character varying(255),
    setting_value text,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.version (
    id bigint NOT NULL,
    version bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.watch (
    id bigint NOT NULL,
    user_id bigint,
    repo_id bigint,
    mode smallint NOT NULL,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.webauthn_credential (
    id bigint NOT NULL,
    name character varying(255),
    lower_name character varying(255),
    user_id bigint,
    credential_id bytea,
    public_key bytea,
    attestation_type character varying(255),
    aaguid bytea,
    sign_count bigint,
    clone_warning boolean,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitea.webhook (
    id bigint NOT NULL,
    repo_id bigint,
    owner_id bigint,
    is_system_webhook boolean,
    url text,
    http_method character varying(255),
    content_type integer,
    secret text,
    events text,
    is_active boolean,
    type character varying(16),
    meta text,
    last_status integer,
    header_authorization_encrypted text,
    created_unix bigint,
    updated_unix bigint,
    PRIMARY KEY (id)
);
