-- GitLab (Community Edition), the self-hosted DevOps platform (users, groups and namespaces, memberships and project
-- authorizations, projects with features, statistics, languages, stars, forks, protected branches and tags, mirrors,
-- deploy keys and tokens, Pages domains; issues with assignees, labels, milestones, boards and lists, time logs,
-- award emoji, notes and suggestions, to-dos, subscriptions, events and push payloads, snippets, releases; merge
-- requests with assignees, diffs, diff commits and files, metrics, closing issues, blocks and merge trains; CI/CD
-- pipelines, stages, jobs (ci_builds) with metadata and artifacts, schedules, variables, triggers and runners;
-- environments and deployments, Kubernetes clusters, container repositories, LFS objects; integrations (services),
-- web hooks and their logs, OAuth applications and tokens, audit events, uploads, notification settings), as its
-- Rails schema declares it: db/schema.rb of github.com/gitlabhq/gitlabhq, the stored version whose
-- ActiveRecord::Schema version is 20190530154715 (GitLab 12.0 development, end of May 2019; the index we read it from
-- does not record that version's commit); MIT licence (GitLab CE; we use the schema's facts). A consistent subset:
-- 102 of its 157 tables, cut by leaving out instance settings and appearance (application_settings,
-- application_setting_terms, term_agreements, appearances), Kubernetes cluster applications, platforms, providers
-- and namespaces, CI trace chunks and sections, runner sessions, chat names/teams and pipeline chat data, feature
-- flags, GPG subkeys and signatures, custom attributes, import/export and mirror data, internal ids, note diff files,
-- OAuth grants and OpenID requests, Pages ACME orders, per-project auto DevOps, CI/CD, error-tracking and metrics
-- settings, Prometheus metrics, protected-tag access levels, redirect routes, sent notifications, spam logs,
-- trending projects, U2F, user agent details, callouts, interacted projects and synced attributes, the
-- conversational development index and forked_project_links (the older fork table). Converted by a one-off script
-- from the create_table blocks, schema gitlab: id: :serial -> integer primary key id, the default Rails id ->
-- bigint primary key id, id: false -> no primary key (6 tables), user_statuses keyed by user_id; string -> character
-- varying (with its limit where given), text -> text, integer -> integer (limit 2 -> smallint), bigint -> bigint,
-- float -> double precision, datetime -> timestamp without time zone, datetime_with_timezone -> timestamp with time
-- zone, binary -> bytea, jsonb -> jsonb; null: false -> NOT NULL; columns when, default, binary, trigger and
-- position quoted. The 140 foreign keys the schema declares between kept tables are kept (ON DELETE actions left
-- out); users.accepted_term_id -> application_setting_terms and those to or from cut tables left out; the many
-- polymorphic or undeclared links (notes.noteable_id, label_links.target_id, members.source_id,
-- award_emoji.awardable_id, ci_builds.runner_id, ...) have no foreign key in the source and get none. Left out too:
-- defaults, indexes (including the unique ones) and the pg_trgm extension. The source declares no comments. No rows.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS gitlab;
CREATE TABLE gitlab.abuse_reports (
    id integer NOT NULL,
    reporter_id integer,
    user_id integer,
    message text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    message_html text,
    cached_markdown_version integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.audit_events (
    id integer NOT NULL,
    author_id integer NOT NULL,
    type character varying NOT NULL,
    entity_id integer NOT NULL,
    entity_type character varying NOT NULL,
    details text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.award_emoji (
    id integer NOT NULL,
    name character varying,
    user_id integer,
    awardable_id integer,
    awardable_type character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.badges (
    id integer NOT NULL,
    link_url character varying NOT NULL,
    image_url character varying NOT NULL,
    project_id integer,
    group_id integer,
    type character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.boards (
    id integer NOT NULL,
    project_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    group_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.broadcast_messages (
    id integer NOT NULL,
    message text NOT NULL,
    starts_at timestamp without time zone NOT NULL,
    ends_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    color character varying,
    font character varying,
    message_html text NOT NULL,
    cached_markdown_version integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_builds (
    id integer NOT NULL,
    status character varying,
    finished_at timestamp without time zone,
    trace text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    started_at timestamp without time zone,
    runner_id integer,
    coverage double precision,
    commit_id integer,
    commands text,
    name character varying,
    options text,
    allow_failure boolean NOT NULL,
    stage character varying,
    trigger_request_id integer,
    stage_idx integer,
    tag boolean,
    ref character varying,
    user_id integer,
    type character varying,
    target_url character varying,
    description character varying,
    artifacts_file text,
    project_id integer,
    artifacts_metadata text,
    erased_by_id integer,
    erased_at timestamp without time zone,
    artifacts_expire_at timestamp without time zone,
    environment character varying,
    artifacts_size bigint,
    "when" character varying,
    yaml_variables text,
    queued_at timestamp without time zone,
    token character varying,
    lock_version integer,
    coverage_regex character varying,
    auto_canceled_by_id integer,
    retried boolean,
    stage_id integer,
    artifacts_file_store integer,
    artifacts_metadata_store integer,
    protected boolean,
    failure_reason integer,
    scheduled_at timestamp with time zone,
    token_encrypted character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_builds_metadata (
    id integer NOT NULL,
    build_id integer NOT NULL,
    project_id integer NOT NULL,
    timeout integer,
    timeout_source integer NOT NULL,
    config_options jsonb,
    config_variables jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_group_variables (
    id integer NOT NULL,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    group_id integer NOT NULL,
    protected boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    masked boolean NOT NULL,
    variable_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_job_artifacts (
    id integer NOT NULL,
    project_id integer NOT NULL,
    job_id integer NOT NULL,
    file_type integer NOT NULL,
    file_store integer,
    size bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    expire_at timestamp with time zone,
    file character varying,
    file_sha256 bytea,
    file_format smallint,
    file_location smallint,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_pipeline_schedule_variables (
    id bigint NOT NULL,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    pipeline_schedule_id integer NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    variable_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_pipeline_schedules (
    id integer NOT NULL,
    description character varying,
    ref character varying,
    cron character varying,
    cron_timezone character varying,
    next_run_at timestamp without time zone,
    project_id integer,
    owner_id integer,
    active boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_pipeline_variables (
    id integer NOT NULL,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    pipeline_id integer NOT NULL,
    variable_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_pipelines (
    id integer NOT NULL,
    ref character varying,
    sha character varying,
    before_sha character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tag boolean,
    yaml_errors text,
    committed_at timestamp without time zone,
    project_id integer,
    status character varying,
    started_at timestamp without time zone,
    finished_at timestamp without time zone,
    duration integer,
    user_id integer,
    lock_version integer,
    auto_canceled_by_id integer,
    pipeline_schedule_id integer,
    source integer,
    config_source integer,
    protected boolean,
    failure_reason integer,
    iid integer,
    merge_request_id integer,
    source_sha bytea,
    target_sha bytea,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_runner_namespaces (
    id integer NOT NULL,
    runner_id integer,
    namespace_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_runner_projects (
    id integer NOT NULL,
    runner_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_runners (
    id integer NOT NULL,
    token character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description character varying,
    contacted_at timestamp without time zone,
    active boolean NOT NULL,
    is_shared boolean,
    name character varying,
    version character varying,
    revision character varying,
    platform character varying,
    architecture character varying,
    run_untagged boolean NOT NULL,
    locked boolean NOT NULL,
    access_level integer NOT NULL,
    ip_address character varying,
    maximum_timeout integer,
    runner_type smallint NOT NULL,
    token_encrypted character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_stages (
    id integer NOT NULL,
    project_id integer,
    pipeline_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    status integer,
    lock_version integer,
    "position" integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_trigger_requests (
    id integer NOT NULL,
    trigger_id integer NOT NULL,
    variables text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    commit_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_triggers (
    id integer NOT NULL,
    token character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id integer,
    owner_id integer,
    description character varying,
    ref character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.ci_variables (
    id integer NOT NULL,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    project_id integer NOT NULL,
    protected boolean NOT NULL,
    environment_scope character varying NOT NULL,
    masked boolean NOT NULL,
    variable_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.cluster_groups (
    id integer NOT NULL,
    cluster_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.cluster_projects (
    id integer NOT NULL,
    project_id integer NOT NULL,
    cluster_id integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.clusters (
    id integer NOT NULL,
    user_id integer,
    provider_type integer,
    platform_type integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    enabled boolean,
    name character varying NOT NULL,
    environment_scope character varying NOT NULL,
    cluster_type smallint NOT NULL,
    domain character varying,
    managed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.container_repositories (
    id integer NOT NULL,
    project_id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.deploy_keys_projects (
    id integer NOT NULL,
    deploy_key_id integer NOT NULL,
    project_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    can_push boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.deploy_tokens (
    id integer NOT NULL,
    revoked boolean,
    read_repository boolean NOT NULL,
    read_registry boolean NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    token character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.deployments (
    id integer NOT NULL,
    iid integer NOT NULL,
    project_id integer NOT NULL,
    environment_id integer NOT NULL,
    ref character varying NOT NULL,
    tag boolean NOT NULL,
    sha character varying NOT NULL,
    user_id integer,
    deployable_id integer,
    deployable_type character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    on_stop character varying,
    status smallint NOT NULL,
    finished_at timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.emails (
    id integer NOT NULL,
    user_id integer NOT NULL,
    email character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    confirmation_token character varying,
    confirmed_at timestamp with time zone,
    confirmation_sent_at timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.environments (
    id integer NOT NULL,
    project_id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    external_url character varying,
    environment_type character varying,
    state character varying NOT NULL,
    slug character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.events (
    id integer NOT NULL,
    project_id integer,
    author_id integer NOT NULL,
    target_id integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    action smallint NOT NULL,
    target_type character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.fork_network_members (
    id integer NOT NULL,
    fork_network_id integer NOT NULL,
    project_id integer NOT NULL,
    forked_from_project_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.fork_networks (
    id integer NOT NULL,
    root_project_id integer,
    deleted_root_project_name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.gpg_keys (
    id integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    user_id integer,
    primary_keyid bytea,
    fingerprint bytea,
    key text,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.identities (
    id integer NOT NULL,
    extern_uid character varying,
    provider character varying,
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.issue_assignees (
    user_id integer NOT NULL,
    issue_id integer NOT NULL
);
CREATE TABLE gitlab.issue_metrics (
    id integer NOT NULL,
    issue_id integer NOT NULL,
    first_mentioned_in_commit_at timestamp without time zone,
    first_associated_with_milestone_at timestamp without time zone,
    first_added_to_board_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.issues (
    id integer NOT NULL,
    title character varying,
    author_id integer,
    project_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description text,
    milestone_id integer,
    state character varying,
    iid integer,
    updated_by_id integer,
    confidential boolean NOT NULL,
    due_date date,
    moved_to_id integer,
    lock_version integer,
    title_html text,
    description_html text,
    time_estimate integer,
    relative_position integer,
    cached_markdown_version integer,
    last_edited_at timestamp without time zone,
    last_edited_by_id integer,
    discussion_locked boolean,
    closed_at timestamp with time zone,
    closed_by_id integer,
    state_id smallint,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.keys (
    id integer NOT NULL,
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    key text,
    title character varying,
    type character varying,
    fingerprint character varying,
    public boolean NOT NULL,
    last_used_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.label_links (
    id integer NOT NULL,
    label_id integer,
    target_id integer,
    target_type character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.label_priorities (
    id integer NOT NULL,
    project_id integer NOT NULL,
    label_id integer NOT NULL,
    priority integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.labels (
    id integer NOT NULL,
    title character varying,
    color character varying,
    project_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    template boolean,
    description character varying,
    description_html text,
    type character varying,
    group_id integer,
    cached_markdown_version integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.lfs_file_locks (
    id integer NOT NULL,
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    path character varying(511),
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.lfs_objects (
    id integer NOT NULL,
    oid character varying NOT NULL,
    size bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    file character varying,
    file_store integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.lfs_objects_projects (
    id integer NOT NULL,
    lfs_object_id integer NOT NULL,
    project_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.lists (
    id integer NOT NULL,
    board_id integer NOT NULL,
    label_id integer,
    list_type integer NOT NULL,
    "position" integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.members (
    id integer NOT NULL,
    access_level integer NOT NULL,
    source_id integer NOT NULL,
    source_type character varying NOT NULL,
    user_id integer,
    notification_level integer NOT NULL,
    type character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by_id integer,
    invite_email character varying,
    invite_token character varying,
    invite_accepted_at timestamp without time zone,
    requested_at timestamp without time zone,
    expires_at date,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.merge_request_assignees (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    merge_request_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.merge_request_blocks (
    id bigint NOT NULL,
    blocking_merge_request_id integer NOT NULL,
    blocked_merge_request_id integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.merge_request_diff_commits (
    authored_date timestamp with time zone,
    committed_date timestamp with time zone,
    merge_request_diff_id integer NOT NULL,
    relative_order integer NOT NULL,
    sha bytea NOT NULL,
    author_name text,
    author_email text,
    committer_name text,
    committer_email text,
    message text
);
CREATE TABLE gitlab.merge_request_diff_files (
    merge_request_diff_id integer NOT NULL,
    relative_order integer NOT NULL,
    new_file boolean NOT NULL,
    renamed_file boolean NOT NULL,
    deleted_file boolean NOT NULL,
    too_large boolean NOT NULL,
    a_mode character varying NOT NULL,
    b_mode character varying NOT NULL,
    new_path text NOT NULL,
    old_path text NOT NULL,
    diff text,
    "binary" boolean,
    external_diff_offset integer,
    external_diff_size integer
);
CREATE TABLE gitlab.merge_request_diffs (
    id integer NOT NULL,
    state character varying,
    merge_request_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    base_commit_sha character varying,
    real_size character varying,
    head_commit_sha character varying,
    start_commit_sha character varying,
    commits_count integer,
    external_diff character varying,
    external_diff_store integer,
    stored_externally boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.merge_request_metrics (
    id integer NOT NULL,
    merge_request_id integer NOT NULL,
    latest_build_started_at timestamp without time zone,
    latest_build_finished_at timestamp without time zone,
    first_deployed_to_production_at timestamp without time zone,
    merged_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    pipeline_id integer,
    merged_by_id integer,
    latest_closed_by_id integer,
    latest_closed_at timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.merge_requests (
    id integer NOT NULL,
    target_branch character varying NOT NULL,
    source_branch character varying NOT NULL,
    source_project_id integer,
    author_id integer,
    assignee_id integer,
    title character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    milestone_id integer,
    state character varying NOT NULL,
    merge_status character varying NOT NULL,
    target_project_id integer NOT NULL,
    iid integer,
    description text,
    updated_by_id integer,
    merge_error text,
    merge_params text,
    merge_when_pipeline_succeeds boolean NOT NULL,
    merge_user_id integer,
    merge_commit_sha character varying,
    in_progress_merge_commit_sha character varying,
    lock_version integer,
    title_html text,
    description_html text,
    time_estimate integer,
    cached_markdown_version integer,
    last_edited_at timestamp without time zone,
    last_edited_by_id integer,
    head_pipeline_id integer,
    merge_jid character varying,
    discussion_locked boolean,
    latest_merge_request_diff_id integer,
    rebase_commit_sha character varying,
    squash boolean NOT NULL,
    allow_maintainer_to_push boolean,
    state_id smallint,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.merge_requests_closing_issues (
    id integer NOT NULL,
    merge_request_id integer NOT NULL,
    issue_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.merge_trains (
    id bigint NOT NULL,
    merge_request_id integer NOT NULL,
    user_id integer NOT NULL,
    pipeline_id integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.milestones (
    id integer NOT NULL,
    title character varying NOT NULL,
    project_id integer,
    description text,
    due_date date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    state character varying,
    iid integer,
    title_html text,
    description_html text,
    start_date date,
    cached_markdown_version integer,
    group_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.namespaces (
    id integer NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    owner_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    type character varying,
    description character varying NOT NULL,
    avatar character varying,
    share_with_group_lock boolean,
    visibility_level integer NOT NULL,
    request_access_enabled boolean NOT NULL,
    description_html text,
    lfs_enabled boolean,
    parent_id integer,
    require_two_factor_authentication boolean NOT NULL,
    two_factor_grace_period integer NOT NULL,
    cached_markdown_version integer,
    runners_token character varying,
    runners_token_encrypted character varying,
    project_creation_level integer,
    auto_devops_enabled boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.notes (
    id integer NOT NULL,
    note text,
    noteable_type character varying,
    author_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id integer,
    attachment character varying,
    line_code character varying,
    commit_id character varying,
    noteable_id integer,
    system boolean NOT NULL,
    st_diff text,
    updated_by_id integer,
    type character varying,
    "position" text,
    original_position text,
    resolved_at timestamp without time zone,
    resolved_by_id integer,
    discussion_id character varying,
    note_html text,
    cached_markdown_version integer,
    change_position text,
    resolved_by_push boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.notification_settings (
    id integer NOT NULL,
    user_id integer NOT NULL,
    source_id integer,
    source_type character varying,
    level integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    new_note boolean,
    new_issue boolean,
    reopen_issue boolean,
    close_issue boolean,
    reassign_issue boolean,
    new_merge_request boolean,
    reopen_merge_request boolean,
    close_merge_request boolean,
    reassign_merge_request boolean,
    merge_merge_request boolean,
    failed_pipeline boolean,
    success_pipeline boolean,
    push_to_merge_request boolean,
    issue_due boolean,
    notification_email character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.oauth_access_tokens (
    id integer NOT NULL,
    resource_owner_id integer,
    application_id integer,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    scopes character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.oauth_applications (
    id integer NOT NULL,
    name character varying NOT NULL,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    owner_id integer,
    owner_type character varying,
    trusted boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.pages_domains (
    id integer NOT NULL,
    project_id integer,
    certificate text,
    encrypted_key text,
    encrypted_key_iv character varying,
    encrypted_key_salt character varying,
    domain character varying,
    verified_at timestamp with time zone,
    verification_code character varying NOT NULL,
    enabled_until timestamp with time zone,
    remove_at timestamp with time zone,
    auto_ssl_enabled boolean NOT NULL,
    certificate_valid_not_before timestamp with time zone,
    certificate_valid_not_after timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.personal_access_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying NOT NULL,
    revoked boolean,
    expires_at date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    scopes character varying NOT NULL,
    impersonation boolean NOT NULL,
    token_digest character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.pool_repositories (
    id bigint NOT NULL,
    shard_id integer NOT NULL,
    disk_path character varying,
    state character varying,
    source_project_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.programming_languages (
    id integer NOT NULL,
    name character varying NOT NULL,
    color character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.project_authorizations (
    user_id integer NOT NULL,
    project_id integer NOT NULL,
    access_level integer NOT NULL
);
CREATE TABLE gitlab.project_daily_statistics (
    id bigint NOT NULL,
    project_id integer NOT NULL,
    fetch_count integer NOT NULL,
    date date,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.project_deploy_tokens (
    id integer NOT NULL,
    project_id integer NOT NULL,
    deploy_token_id integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.project_features (
    id integer NOT NULL,
    project_id integer NOT NULL,
    merge_requests_access_level integer,
    issues_access_level integer,
    wiki_access_level integer,
    snippets_access_level integer NOT NULL,
    builds_access_level integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    repository_access_level integer NOT NULL,
    pages_access_level integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.project_group_links (
    id integer NOT NULL,
    project_id integer NOT NULL,
    group_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    group_access integer NOT NULL,
    expires_at date,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.project_repositories (
    id bigint NOT NULL,
    shard_id integer NOT NULL,
    disk_path character varying NOT NULL,
    project_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.project_statistics (
    id integer NOT NULL,
    project_id integer NOT NULL,
    namespace_id integer NOT NULL,
    commit_count bigint NOT NULL,
    storage_size bigint NOT NULL,
    repository_size bigint NOT NULL,
    lfs_objects_size bigint NOT NULL,
    build_artifacts_size bigint NOT NULL,
    packages_size bigint NOT NULL,
    wiki_size bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.projects (
    id integer NOT NULL,
    name character varying,
    path character varying,
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    creator_id integer,
    namespace_id integer NOT NULL,
    last_activity_at timestamp without time zone,
    import_url character varying,
    visibility_level integer NOT NULL,
    archived boolean NOT NULL,
    avatar character varying,
    import_status character varying,
    star_count integer NOT NULL,
    import_type character varying,
    import_source character varying,
    import_error text,
    shared_runners_enabled boolean NOT NULL,
    runners_token character varying,
    build_coverage_regex character varying,
    build_allow_git_fetch boolean NOT NULL,
    build_timeout integer NOT NULL,
    pending_delete boolean,
    public_builds boolean NOT NULL,
    last_repository_check_failed boolean,
    last_repository_check_at timestamp without time zone,
    container_registry_enabled boolean,
    only_allow_merge_if_pipeline_succeeds boolean NOT NULL,
    has_external_issue_tracker boolean,
    repository_storage character varying NOT NULL,
    request_access_enabled boolean NOT NULL,
    has_external_wiki boolean,
    ci_config_path character varying,
    lfs_enabled boolean,
    description_html text,
    only_allow_merge_if_all_discussions_are_resolved boolean,
    printing_merge_request_link_enabled boolean NOT NULL,
    auto_cancel_pending_pipelines integer NOT NULL,
    import_jid character varying,
    cached_markdown_version integer,
    delete_error text,
    last_repository_updated_at timestamp without time zone,
    storage_version smallint,
    resolve_outdated_diff_discussions boolean,
    repository_read_only boolean,
    merge_requests_ff_only_enabled boolean,
    merge_requests_rebase_enabled boolean NOT NULL,
    jobs_cache_index integer,
    pages_https_only boolean,
    remote_mirror_available_overridden boolean,
    pool_repository_id bigint,
    runners_token_encrypted character varying,
    bfg_object_map character varying,
    detected_repository_languages boolean,
    external_authorization_classification_label character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.protected_branch_merge_access_levels (
    id integer NOT NULL,
    protected_branch_id integer NOT NULL,
    access_level integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.protected_branch_push_access_levels (
    id integer NOT NULL,
    protected_branch_id integer NOT NULL,
    access_level integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.protected_branches (
    id integer NOT NULL,
    project_id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.protected_tags (
    id integer NOT NULL,
    project_id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.push_event_payloads (
    commit_count bigint NOT NULL,
    event_id integer NOT NULL,
    action smallint NOT NULL,
    ref_type smallint NOT NULL,
    commit_from bytea,
    commit_to bytea,
    ref text,
    commit_title character varying(70)
);
CREATE TABLE gitlab.release_links (
    id bigint NOT NULL,
    release_id integer NOT NULL,
    url character varying NOT NULL,
    name character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.releases (
    id integer NOT NULL,
    tag character varying,
    description text,
    project_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description_html text,
    cached_markdown_version integer,
    author_id integer,
    name character varying,
    sha character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.remote_mirrors (
    id integer NOT NULL,
    project_id integer,
    url character varying,
    enabled boolean,
    update_status character varying,
    last_update_at timestamp without time zone,
    last_successful_update_at timestamp without time zone,
    last_update_started_at timestamp without time zone,
    last_error character varying,
    only_protected_branches boolean NOT NULL,
    remote_name character varying,
    encrypted_credentials text,
    encrypted_credentials_iv character varying,
    encrypted_credentials_salt character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    error_notification_sent boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.repository_languages (
    project_id integer NOT NULL,
    programming_language_id integer NOT NULL,
    share double precision NOT NULL
);
CREATE TABLE gitlab.resource_label_events (
    id bigint NOT NULL,
    action integer NOT NULL,
    issue_id integer,
    merge_request_id integer,
    label_id integer,
    user_id integer,
    created_at timestamp with time zone NOT NULL,
    cached_markdown_version integer,
    reference text,
    reference_html text,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.routes (
    id integer NOT NULL,
    source_id integer NOT NULL,
    source_type character varying NOT NULL,
    path character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.services (
    id integer NOT NULL,
    type character varying,
    title character varying,
    project_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    active boolean NOT NULL,
    properties text,
    template boolean,
    push_events boolean,
    issues_events boolean,
    merge_requests_events boolean,
    tag_push_events boolean,
    note_events boolean NOT NULL,
    category character varying NOT NULL,
    "default" boolean,
    wiki_page_events boolean,
    pipeline_events boolean NOT NULL,
    confidential_issues_events boolean NOT NULL,
    commit_events boolean NOT NULL,
    job_events boolean NOT NULL,
    confidential_note_events boolean,
    deployment_events boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.shards (
    id integer NOT NULL,
    name character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.snippets (
    id integer NOT NULL,
    title character varying,
    content text,
    author_id integer NOT NULL,
    project_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    file_name character varying,
    type character varying,
    visibility_level integer NOT NULL,
    title_html text,
    content_html text,
    cached_markdown_version integer,
    description text,
    description_html text,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.subscriptions (
    id integer NOT NULL,
    user_id integer,
    subscribable_id integer,
    subscribable_type character varying,
    subscribed boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.suggestions (
    id bigint NOT NULL,
    note_id integer NOT NULL,
    relative_order smallint NOT NULL,
    applied boolean NOT NULL,
    commit_id character varying,
    from_content text NOT NULL,
    to_content text NOT NULL,
    lines_above integer NOT NULL,
    lines_below integer NOT NULL,
    outdated boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.system_note_metadata (
    id integer NOT NULL,
    note_id integer NOT NULL,
    commit_count integer,
    action character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.taggings (
    id integer NOT NULL,
    tag_id integer,
    taggable_id integer,
    taggable_type character varying,
    tagger_id integer,
    tagger_type character varying,
    context character varying,
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.tags (
    id integer NOT NULL,
    name character varying,
    taggings_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.timelogs (
    id integer NOT NULL,
    time_spent integer NOT NULL,
    user_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    issue_id integer,
    merge_request_id integer,
    spent_at timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.todos (
    id integer NOT NULL,
    user_id integer NOT NULL,
    project_id integer,
    target_id integer,
    target_type character varying NOT NULL,
    author_id integer NOT NULL,
    action integer NOT NULL,
    state character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    note_id integer,
    commit_id character varying,
    group_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.uploads (
    id integer NOT NULL,
    size bigint NOT NULL,
    path character varying(511) NOT NULL,
    checksum character varying(64),
    model_id integer,
    model_type character varying,
    uploader character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    mount_point character varying,
    secret character varying,
    store integer,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.user_preferences (
    id integer NOT NULL,
    user_id integer NOT NULL,
    issue_notes_filter smallint NOT NULL,
    merge_request_notes_filter smallint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    first_day_of_week integer,
    issues_sort character varying,
    merge_requests_sort character varying,
    timezone character varying,
    time_display_relative boolean,
    time_format_in_24h boolean,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.user_statuses (
    user_id integer NOT NULL,
    cached_markdown_version integer,
    emoji character varying NOT NULL,
    message character varying(100),
    message_html character varying,
    PRIMARY KEY (user_id)
);
CREATE TABLE gitlab.users (
    id integer NOT NULL,
    email character varying NOT NULL,
    encrypted_password character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying,
    last_sign_in_ip character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    admin boolean NOT NULL,
    projects_limit integer NOT NULL,
    skype character varying NOT NULL,
    linkedin character varying NOT NULL,
    twitter character varying NOT NULL,
    bio character varying,
    failed_attempts integer,
    locked_at timestamp without time zone,
    username character varying,
    can_create_group boolean NOT NULL,
    can_create_team boolean NOT NULL,
    state character varying,
    color_scheme_id integer NOT NULL,
    password_expires_at timestamp without time zone,
    created_by_id integer,
    last_credential_check_at timestamp without time zone,
    avatar character varying,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    hide_no_ssh_key boolean,
    website_url character varying NOT NULL,
    notification_email character varying,
    hide_no_password boolean,
    password_automatically_set boolean,
    location character varying,
    encrypted_otp_secret character varying,
    encrypted_otp_secret_iv character varying,
    encrypted_otp_secret_salt character varying,
    otp_required_for_login boolean NOT NULL,
    otp_backup_codes text,
    public_email character varying NOT NULL,
    dashboard integer,
    project_view integer,
    consumed_timestep integer,
    layout integer,
    hide_project_limit boolean,
    unlock_token character varying,
    otp_grace_period_started_at timestamp without time zone,
    external boolean,
    incoming_email_token character varying,
    organization character varying,
    require_two_factor_authentication_from_group boolean NOT NULL,
    two_factor_grace_period integer NOT NULL,
    ghost boolean,
    last_activity_on date,
    notified_of_own_activity boolean,
    preferred_language character varying,
    theme_id smallint,
    accepted_term_id integer,
    feed_token character varying,
    private_profile boolean,
    include_private_contributions boolean,
    commit_email character varying,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.users_star_projects (
    id integer NOT NULL,
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.web_hook_logs (
    id integer NOT NULL,
    web_hook_id integer NOT NULL,
    "trigger" character varying,
    url character varying,
    request_headers text,
    request_data text,
    response_headers text,
    response_body text,
    response_status character varying,
    execution_duration double precision,
    internal_error_message character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gitlab.web_hooks (
    id integer NOT NULL,
    project_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    type character varying,
    service_id integer,
    push_events boolean NOT NULL,
    issues_events boolean NOT NULL,
    merge_requests_events boolean NOT NULL,
    tag_push_events boolean,
    note_events boolean NOT NULL,
    enable_ssl_verification boolean,
    wiki_page_events boolean NOT NULL,
    pipeline_events boolean NOT NULL,
    confidential_issues_events boolean NOT NULL,
    repository_update_events boolean NOT NULL,
    job_events boolean NOT NULL,
    confidential_note_events boolean,
    push_events_branch_filter text,
    encrypted_token character varying,
    encrypted_token_iv character varying,
    encrypted_url character varying,
    encrypted_url_iv character varying,
    PRIMARY KEY (id)
);
ALTER TABLE gitlab.badges ADD FOREIGN KEY (group_id) REFERENCES gitlab.namespaces (id);
ALTER TABLE gitlab.badges ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.boards ADD FOREIGN KEY (group_id) REFERENCES gitlab.namespaces (id);
ALTER TABLE gitlab.boards ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_builds ADD FOREIGN KEY (auto_canceled_by_id) REFERENCES gitlab.ci_pipelines (id);
ALTER TABLE gitlab.ci_builds ADD FOREIGN KEY (commit_id) REFERENCES gitlab.ci_pipelines (id);
ALTER TABLE gitlab.ci_builds ADD FOREIGN KEY (stage_id) REFERENCES gitlab.ci_stages (id);
ALTER TABLE gitlab.ci_builds ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_builds_metadata ADD FOREIGN KEY (build_id) REFERENCES gitlab.ci_builds (id);
ALTER TABLE gitlab.ci_builds_metadata ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_group_variables ADD FOREIGN KEY (group_id) REFERENCES gitlab.namespaces (id);
ALTER TABLE gitlab.ci_job_artifacts ADD FOREIGN KEY (job_id) REFERENCES gitlab.ci_builds (id);
ALTER TABLE gitlab.ci_job_artifacts ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_pipeline_schedule_variables ADD FOREIGN KEY (pipeline_schedule_id) REFERENCES gitlab.ci_pipeline_schedules (id);
ALTER TABLE gitlab.ci_pipeline_schedules ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_pipeline_schedules ADD FOREIGN KEY (owner_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.ci_pipeline_variables ADD FOREIGN KEY (pipeline_id) REFERENCES gitlab.ci_pipelines (id);
ALTER TABLE gitlab.ci_pipelines ADD FOREIGN KEY (pipeline_schedule_id) REFERENCES gitlab.ci_pipeline_schedules (id);
ALTER TABLE gitlab.ci_pipelines ADD FOREIGN KEY (auto_canceled_by_id) REFERENCES gitlab.ci_pipelines (id);
ALTER TABLE gitlab.ci_pipelines ADD FOREIGN KEY (merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.ci_pipelines ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_runner_namespaces ADD FOREIGN KEY (runner_id) REFERENCES gitlab.ci_runners (id);
ALTER TABLE gitlab.ci_runner_namespaces ADD FOREIGN KEY (namespace_id) REFERENCES gitlab.namespaces (id);
ALTER TABLE gitlab.ci_runner_projects ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_stages ADD FOREIGN KEY (pipeline_id) REFERENCES gitlab.ci_pipelines (id);
ALTER TABLE gitlab.ci_stages ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_trigger_requests ADD FOREIGN KEY (trigger_id) REFERENCES gitlab.ci_triggers (id);
ALTER TABLE gitlab.ci_triggers ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.ci_triggers ADD FOREIGN KEY (owner_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.ci_variables ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.cluster_groups ADD FOREIGN KEY (cluster_id) REFERENCES gitlab.clusters (id);
ALTER TABLE gitlab.cluster_groups ADD FOREIGN KEY (group_id) REFERENCES gitlab.namespaces (id);
ALTER TABLE gitlab.cluster_projects ADD FOREIGN KEY (cluster_id) REFERENCES gitlab.clusters (id);
ALTER TABLE gitlab.cluster_projects ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.clusters ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.container_repositories ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.deploy_keys_projects ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.deployments ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.environments ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.events ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.events ADD FOREIGN KEY (author_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.fork_network_members ADD FOREIGN KEY (fork_network_id) REFERENCES gitlab.fork_networks (id);
ALTER TABLE gitlab.fork_network_members ADD FOREIGN KEY (forked_from_project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.fork_network_members ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.fork_networks ADD FOREIGN KEY (root_project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.gpg_keys ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.issue_assignees ADD FOREIGN KEY (issue_id) REFERENCES gitlab.issues (id);
ALTER TABLE gitlab.issue_assignees ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.issue_metrics ADD FOREIGN KEY (issue_id) REFERENCES gitlab.issues (id);
ALTER TABLE gitlab.issues ADD FOREIGN KEY (moved_to_id) REFERENCES gitlab.issues (id);
ALTER TABLE gitlab.issues ADD FOREIGN KEY (milestone_id) REFERENCES gitlab.milestones (id);
ALTER TABLE gitlab.issues ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.issues ADD FOREIGN KEY (author_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.issues ADD FOREIGN KEY (closed_by_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.issues ADD FOREIGN KEY (updated_by_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.label_links ADD FOREIGN KEY (label_id) REFERENCES gitlab.labels (id);
ALTER TABLE gitlab.label_priorities ADD FOREIGN KEY (label_id) REFERENCES gitlab.labels (id);
ALTER TABLE gitlab.label_priorities ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.labels ADD FOREIGN KEY (group_id) REFERENCES gitlab.namespaces (id);
ALTER TABLE gitlab.labels ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.lfs_file_locks ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.lfs_file_locks ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.lists ADD FOREIGN KEY (board_id) REFERENCES gitlab.boards (id);
ALTER TABLE gitlab.lists ADD FOREIGN KEY (label_id) REFERENCES gitlab.labels (id);
ALTER TABLE gitlab.members ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.merge_request_assignees ADD FOREIGN KEY (merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.merge_request_assignees ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.merge_request_blocks ADD FOREIGN KEY (blocked_merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.merge_request_blocks ADD FOREIGN KEY (blocking_merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.merge_request_diff_commits ADD FOREIGN KEY (merge_request_diff_id) REFERENCES gitlab.merge_request_diffs (id);
ALTER TABLE gitlab.merge_request_diff_files ADD FOREIGN KEY (merge_request_diff_id) REFERENCES gitlab.merge_request_diffs (id);
ALTER TABLE gitlab.merge_request_diffs ADD FOREIGN KEY (merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.merge_request_metrics ADD FOREIGN KEY (pipeline_id) REFERENCES gitlab.ci_pipelines (id);
ALTER TABLE gitlab.merge_request_metrics ADD FOREIGN KEY (merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.merge_request_metrics ADD FOREIGN KEY (latest_closed_by_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.merge_request_metrics ADD FOREIGN KEY (merged_by_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (head_pipeline_id) REFERENCES gitlab.ci_pipelines (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (latest_merge_request_diff_id) REFERENCES gitlab.merge_request_diffs (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (milestone_id) REFERENCES gitlab.milestones (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (source_project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (target_project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (assignee_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (author_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (merge_user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.merge_requests ADD FOREIGN KEY (updated_by_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.merge_requests_closing_issues ADD FOREIGN KEY (issue_id) REFERENCES gitlab.issues (id);
ALTER TABLE gitlab.merge_requests_closing_issues ADD FOREIGN KEY (merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.merge_trains ADD FOREIGN KEY (pipeline_id) REFERENCES gitlab.ci_pipelines (id);
ALTER TABLE gitlab.merge_trains ADD FOREIGN KEY (merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.merge_trains ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.milestones ADD FOREIGN KEY (group_id) REFERENCES gitlab.namespaces (id);
ALTER TABLE gitlab.milestones ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.notes ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.notification_settings ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.pages_domains ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.personal_access_tokens ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.pool_repositories ADD FOREIGN KEY (source_project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.pool_repositories ADD FOREIGN KEY (shard_id) REFERENCES gitlab.shards (id);
ALTER TABLE gitlab.project_authorizations ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.project_authorizations ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.project_daily_statistics ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.project_deploy_tokens ADD FOREIGN KEY (deploy_token_id) REFERENCES gitlab.deploy_tokens (id);
ALTER TABLE gitlab.project_deploy_tokens ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.project_features ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.project_group_links ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.project_repositories ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.project_repositories ADD FOREIGN KEY (shard_id) REFERENCES gitlab.shards (id);
ALTER TABLE gitlab.project_statistics ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.projects ADD FOREIGN KEY (pool_repository_id) REFERENCES gitlab.pool_repositories (id);
ALTER TABLE gitlab.protected_branch_merge_access_levels ADD FOREIGN KEY (protected_branch_id) REFERENCES gitlab.protected_branches (id);
ALTER TABLE gitlab.protected_branch_push_access_levels ADD FOREIGN KEY (protected_branch_id) REFERENCES gitlab.protected_branches (id);
ALTER TABLE gitlab.protected_branches ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.protected_tags ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.push_event_payloads ADD FOREIGN KEY (event_id) REFERENCES gitlab.events (id);
ALTER TABLE gitlab.release_links ADD FOREIGN KEY (release_id) REFERENCES gitlab.releases (id);
ALTER TABLE gitlab.releases ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.releases ADD FOREIGN KEY (author_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.remote_mirrors ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.repository_languages ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.resource_label_events ADD FOREIGN KEY (issue_id) REFERENCES gitlab.issues (id);
ALTER TABLE gitlab.resource_label_events ADD FOREIGN KEY (label_id) REFERENCES gitlab.labels (id);
ALTER TABLE gitlab.resource_label_events ADD FOREIGN KEY (merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.resource_label_events ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.services ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.snippets ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.subscriptions ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.suggestions ADD FOREIGN KEY (note_id) REFERENCES gitlab.notes (id);
ALTER TABLE gitlab.system_note_metadata ADD FOREIGN KEY (note_id) REFERENCES gitlab.notes (id);
ALTER TABLE gitlab.timelogs ADD FOREIGN KEY (issue_id) REFERENCES gitlab.issues (id);
ALTER TABLE gitlab.timelogs ADD FOREIGN KEY (merge_request_id) REFERENCES gitlab.merge_requests (id);
ALTER TABLE gitlab.todos ADD FOREIGN KEY (group_id) REFERENCES gitlab.namespaces (id);
ALTER TABLE gitlab.todos ADD FOREIGN KEY (note_id) REFERENCES gitlab.notes (id);
ALTER TABLE gitlab.todos ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.todos ADD FOREIGN KEY (author_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.todos ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.user_preferences ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.user_statuses ADD FOREIGN KEY (user_id) REFERENCES gitlab.users (id);
ALTER TABLE gitlab.users_star_projects ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
ALTER TABLE gitlab.web_hook_logs ADD FOREIGN KEY (web_hook_id) REFERENCES gitlab.web_hooks (id);
ALTER TABLE gitlab.web_hooks ADD FOREIGN KEY (project_id) REFERENCES gitlab.projects (id);
