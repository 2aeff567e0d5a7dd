-- SonarQube, the code quality and security server (projects, branches and pull requests, components, analyses
-- (snapshots) and their events, live and historical measures with metrics, issues with their changes, impacts and
-- fixes, security hotspot transitions, CVEs and dependency issues, rules with parameters, descriptions, tags, impacts
-- and metadata, quality profiles (rules profiles, organisation profiles, active rules, changes, edit permissions),
-- quality gates and conditions, portfolios and applications, users, groups, memberships, roles, permission templates,
-- tokens, SCIM and external groups, DevOps platform (ALM) settings and bindings, webhooks and deliveries, the Compute
-- Engine queue and activity, organisations, plugins, properties, audits and telemetry), as its generated schema
-- dump declares it: server/sonar-db-dao/src/schema/schema-sq.ddl of github.com/SonarSource/sonarqube (commit
-- 0088c82 as stored by the search index; LGPL-3.0; we use the schema's facts). The dump is H2 syntax; a one-off
-- script turned it into PostgreSQL and it was loaded into a scratch PostgreSQL 15: all 100 tables, primary keys on 97
-- (components, rule_impact_changes and schema_migrations have none in the source; components' uuid has a unique
-- index only), schema sonarqube, names lower-cased and unquoted; CHARACTER VARYING(n) -> character varying(n),
-- CHARACTER LARGE OBJECT -> text, BINARY LARGE OBJECT -> bytea, TINYINT -> smallint, TIMESTAMP -> timestamp, BIGINT,
-- INTEGER, BOOLEAN and DOUBLE PRECISION kept. The source declares no foreign keys (tables refer to each other by
-- *_uuid columns) and no comments. Left out: defaults, indexes and unique indexes. Times are mostly epoch
-- milliseconds in bigint columns, as in the source. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS sonarqube;
CREATE TABLE sonarqube.schema_migrations (
    version character varying(255) NOT NULL
);
CREATE TABLE sonarqube.active_rule_parameters (
    uuid character varying(40) NOT NULL,
    value character varying(4000),
    rules_parameter_key character varying(128),
    active_rule_uuid character varying(40) NOT NULL,
    rules_parameter_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.active_rules (
    uuid character varying(40) NOT NULL,
    failure_level integer NOT NULL,
    inheritance character varying(10),
    created_at bigint,
    updated_at bigint,
    profile_uuid character varying(40) NOT NULL,
    rule_uuid character varying(40) NOT NULL,
    prioritized_rule boolean,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.alm_pats (
    uuid character varying(40) NOT NULL,
    pat character varying(2000) NOT NULL,
    user_uuid character varying(256) NOT NULL,
    alm_setting_uuid character varying(40) NOT NULL,
    updated_at bigint NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.alm_settings (
    uuid character varying(40) NOT NULL,
    alm_id character varying(40) NOT NULL,
    kee character varying(200) NOT NULL,
    url character varying(2000),
    app_id character varying(80),
    private_key character varying(2500),
    pat character varying(2000),
    updated_at bigint NOT NULL,
    created_at bigint NOT NULL,
    client_id character varying(80),
    client_secret character varying(160),
    webhook_secret character varying(160),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.analysis_properties (
    uuid character varying(40) NOT NULL,
    analysis_uuid character varying(40) NOT NULL,
    kee character varying(512) NOT NULL,
    text_value character varying(4000),
    clob_value text,
    is_empty boolean NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.anticipated_transitions (
    uuid character varying(40) NOT NULL,
    project_uuid character varying(40) NOT NULL,
    user_uuid character varying(255) NOT NULL,
    transition character varying(20) NOT NULL,
    transition_comment character varying(4000),
    line integer,
    message character varying(4000),
    line_hash character varying(255),
    rule_key character varying(200) NOT NULL,
    file_path character varying(1500) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.app_branch_project_branch (
    uuid character varying(40) NOT NULL,
    application_uuid character varying(40) NOT NULL,
    application_branch_uuid character varying(40) NOT NULL,
    project_uuid character varying(40) NOT NULL,
    project_branch_uuid character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.app_projects (
    uuid character varying(40) NOT NULL,
    application_uuid character varying(40) NOT NULL,
    project_uuid character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.audits (
    uuid character varying(40) NOT NULL,
    user_uuid character varying(255) NOT NULL,
    organization_uuid character varying(40),
    user_login character varying(255) NOT NULL,
    category character varying(25) NOT NULL,
    operation character varying(50) NOT NULL,
    new_value character varying(4000),
    created_at bigint NOT NULL,
    user_triggered boolean NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.ce_activity (
    uuid character varying(40) NOT NULL,
    task_type character varying(40) NOT NULL,
    entity_uuid character varying(40),
    component_uuid character varying(40),
    status character varying(15) NOT NULL,
    main_is_last boolean NOT NULL,
    main_is_last_key character varying(80) NOT NULL,
    is_last boolean NOT NULL,
    is_last_key character varying(80) NOT NULL,
    submitter_uuid character varying(255),
    submitted_at bigint NOT NULL,
    started_at bigint,
    executed_at bigint,
    execution_count integer NOT NULL,
    execution_time_ms bigint,
    analysis_uuid character varying(50),
    error_message character varying(1000),
    error_stacktrace text,
    error_type character varying(20),
    worker_uuid character varying(40),
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    node_name character varying(100),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.ce_queue (
    uuid character varying(40) NOT NULL,
    task_type character varying(40) NOT NULL,
    entity_uuid character varying(40),
    component_uuid character varying(40),
    status character varying(15),
    submitter_uuid character varying(255),
    started_at bigint,
    worker_uuid character varying(40),
    execution_count integer NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.ce_scanner_context (
    task_uuid character varying(40) NOT NULL,
    context_data bytea NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (task_uuid)
);
CREATE TABLE sonarqube.ce_task_characteristics (
    uuid character varying(40) NOT NULL,
    task_uuid character varying(40) NOT NULL,
    kee character varying(512) NOT NULL,
    text_value character varying(512),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.ce_task_input (
    task_uuid character varying(40) NOT NULL,
    input_data bytea,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (task_uuid)
);
CREATE TABLE sonarqube.ce_task_message (
    uuid character varying(40) NOT NULL,
    task_uuid character varying(40) NOT NULL,
    message character varying(4000) NOT NULL,
    created_at bigint NOT NULL,
    message_type character varying(255) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.components (
    uuid character varying(50) NOT NULL,
    organization_uuid character varying(40),
    kee character varying(1000),
    deprecated_kee character varying(400),
    name character varying(2000),
    long_name character varying(2000),
    description character varying(2000),
    enabled boolean NOT NULL,
    scope character varying(3),
    qualifier character varying(10),
    private boolean NOT NULL,
    language character varying(20),
    copy_component_uuid character varying(50),
    path character varying(2000),
    uuid_path character varying(1500) NOT NULL,
    branch_uuid character varying(50) NOT NULL,
    b_changed boolean,
    b_name character varying(500),
    b_long_name character varying(500),
    b_description character varying(2000),
    b_enabled boolean,
    b_qualifier character varying(10),
    b_language character varying(20),
    b_copy_component_uuid character varying(50),
    b_path character varying(2000),
    b_uuid_path character varying(1500),
    created_at timestamp without time zone
);
CREATE TABLE sonarqube.cve_cwe (
    cve_uuid character varying(40) NOT NULL,
    cwe character varying(50) NOT NULL,
    PRIMARY KEY (cve_uuid, cwe)
);
CREATE TABLE sonarqube.cves (
    uuid character varying(40) NOT NULL,
    id character varying(50) NOT NULL,
    description character varying(4000) NOT NULL,
    cvss_score double precision,
    epss_score double precision,
    epss_percentile double precision,
    published_at bigint NOT NULL,
    last_modified_at bigint NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.default_qprofiles (
    organization_uuid character varying(40) NOT NULL,
    language character varying(20) NOT NULL,
    qprofile_uuid character varying(255) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (organization_uuid, language)
);
CREATE TABLE sonarqube.deprecated_rule_keys (
    uuid character varying(40) NOT NULL,
    old_repository_key character varying(255) NOT NULL,
    old_rule_key character varying(200) NOT NULL,
    created_at bigint NOT NULL,
    rule_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.devops_perms_mapping (
    uuid character varying(40) NOT NULL,
    devops_platform_role character varying(100) NOT NULL,
    sonarqube_permission character varying(64) NOT NULL,
    devops_platform character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.duplications_index (
    uuid character varying(40) NOT NULL,
    analysis_uuid character varying(50) NOT NULL,
    component_uuid character varying(50) NOT NULL,
    hash character varying(50) NOT NULL,
    index_in_file integer NOT NULL,
    start_line integer NOT NULL,
    end_line integer NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.es_queue (
    uuid character varying(40) NOT NULL,
    doc_type character varying(40) NOT NULL,
    doc_id character varying(4000) NOT NULL,
    doc_id_type character varying(20),
    doc_routing character varying(4000),
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.event_component_changes (
    uuid character varying(40) NOT NULL,
    event_uuid character varying(40) NOT NULL,
    event_component_uuid character varying(50) NOT NULL,
    event_analysis_uuid character varying(50) NOT NULL,
    change_category character varying(12) NOT NULL,
    component_uuid character varying(50) NOT NULL,
    component_key character varying(400) NOT NULL,
    component_name character varying(2000) NOT NULL,
    component_branch_key character varying(255),
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.events (
    uuid character varying(40) NOT NULL,
    analysis_uuid character varying(50) NOT NULL,
    name character varying(400),
    category character varying(50),
    description character varying(4000),
    event_data character varying(4000),
    event_date bigint NOT NULL,
    created_at bigint NOT NULL,
    component_uuid character varying(50) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.external_groups (
    group_uuid character varying(40) NOT NULL,
    external_group_id character varying(255) NOT NULL,
    external_identity_provider character varying(100) NOT NULL,
    PRIMARY KEY (group_uuid)
);
CREATE TABLE sonarqube.file_sources (
    uuid character varying(40) NOT NULL,
    project_uuid character varying(50) NOT NULL,
    file_uuid character varying(50) NOT NULL,
    line_hashes text,
    line_hashes_version integer,
    data_hash character varying(50),
    src_hash character varying(50),
    revision character varying(100),
    line_count integer NOT NULL,
    binary_data bytea,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.github_orgs_groups (
    group_uuid character varying(40) NOT NULL,
    organization_name character varying(100) NOT NULL,
    PRIMARY KEY (group_uuid)
);
CREATE TABLE sonarqube.group_roles (
    uuid character varying(40) NOT NULL,
    organization_uuid character varying(40) NOT NULL,
    role character varying(64) NOT NULL,
    entity_uuid character varying(40),
    group_uuid character varying(40),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.groups (
    uuid character varying(40) NOT NULL,
    organization_uuid character varying(40) NOT NULL,
    name character varying(500) NOT NULL,
    description character varying(200),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.groups_users (
    group_uuid character varying(40) NOT NULL,
    user_uuid character varying(255) NOT NULL,
    uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.internal_component_props (
    uuid character varying(40) NOT NULL,
    component_uuid character varying(50) NOT NULL,
    kee character varying(512) NOT NULL,
    value character varying(4000),
    updated_at bigint NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.internal_properties (
    kee character varying(40) NOT NULL,
    is_empty boolean NOT NULL,
    text_value character varying(4000),
    clob_value text,
    created_at bigint NOT NULL,
    PRIMARY KEY (kee)
);
CREATE TABLE sonarqube.issue_changes (
    uuid character varying(40) NOT NULL,
    kee character varying(50),
    issue_key character varying(50) NOT NULL,
    user_login character varying(255),
    change_type character varying(20),
    change_data text,
    created_at bigint,
    updated_at bigint,
    issue_change_creation_date bigint,
    project_uuid character varying(50) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.issues (
    kee character varying(50) NOT NULL,
    rule_uuid character varying(40),
    severity character varying(10),
    manual_severity boolean NOT NULL,
    message character varying(4000),
    line integer,
    gap double precision,
    status character varying(20),
    resolution character varying(20),
    checksum character varying(1000),
    assignee character varying(255),
    author_login character varying(255),
    effort integer,
    created_at bigint,
    updated_at bigint,
    issue_creation_date bigint,
    issue_update_date bigint,
    issue_close_date bigint,
    tags character varying(4000),
    component_uuid character varying(50),
    project_uuid character varying(50),
    locations bytea,
    issue_type smallint,
    from_hotspot boolean,
    quick_fix_available boolean,
    rule_description_context_key character varying(50),
    message_formattings bytea,
    code_variants character varying(4000),
    clean_code_attribute character varying(40),
    prioritized_rule boolean,
    PRIMARY KEY (kee)
);
CREATE TABLE sonarqube.issues_dependency (
    issue_uuid character varying(40) NOT NULL,
    cve_uuid character varying(40) NOT NULL,
    PRIMARY KEY (issue_uuid)
);
CREATE TABLE sonarqube.issues_fixed (
    pull_request_uuid character varying(40) NOT NULL,
    issue_key character varying(50) NOT NULL,
    PRIMARY KEY (pull_request_uuid, issue_key)
);
CREATE TABLE sonarqube.issues_impacts (
    issue_key character varying(40) NOT NULL,
    software_quality character varying(40) NOT NULL,
    severity character varying(40) NOT NULL,
    PRIMARY KEY (issue_key, software_quality)
);
CREATE TABLE sonarqube.live_measures (
    uuid character varying(40) NOT NULL,
    project_uuid character varying(50) NOT NULL,
    component_uuid character varying(50) NOT NULL,
    metric_uuid character varying(40) NOT NULL,
    value double precision,
    text_value character varying(4000),
    measure_data bytea,
    update_marker character varying(40),
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.metrics (
    uuid character varying(40) NOT NULL,
    name character varying(64) NOT NULL,
    description character varying(255),
    direction integer NOT NULL,
    domain character varying(64),
    short_name character varying(64),
    qualitative boolean NOT NULL,
    val_type character varying(8),
    enabled boolean,
    worst_value double precision,
    best_value double precision,
    optimized_best_value boolean,
    hidden boolean,
    delete_historical_data boolean,
    decimal_scale integer,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.new_code_periods (
    uuid character varying(40) NOT NULL,
    project_uuid character varying(40),
    branch_uuid character varying(40),
    type character varying(30) NOT NULL,
    value character varying(255),
    updated_at bigint NOT NULL,
    created_at bigint NOT NULL,
    previous_non_compliant_value character varying(255),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.new_code_reference_issues (
    uuid character varying(40) NOT NULL,
    issue_key character varying(50) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.notifications (
    uuid character varying(40) NOT NULL,
    data bytea,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.org_qprofiles (
    uuid character varying(255) NOT NULL,
    organization_uuid character varying(40) NOT NULL,
    rules_profile_uuid character varying(255) NOT NULL,
    parent_uuid character varying(255),
    last_used bigint,
    user_updated_at bigint,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.org_quality_gates (
    uuid character varying(40) NOT NULL,
    organization_uuid character varying(40) NOT NULL,
    quality_gate_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.organization_members (
    organization_uuid character varying(40) NOT NULL,
    user_uuid character varying(255) NOT NULL,
    PRIMARY KEY (organization_uuid, user_uuid)
);
CREATE TABLE sonarqube.organizations (
    uuid character varying(40) NOT NULL,
    kee character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(256),
    url character varying(256),
    avatar_url character varying(256),
    default_group_uuid character varying(40),
    default_quality_gate_uuid character varying(40) NOT NULL,
    default_perm_template_project character varying(40),
    default_perm_template_app character varying(40),
    default_perm_template_port character varying(40),
    new_project_private boolean NOT NULL,
    subscription character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.perm_templates_groups (
    uuid character varying(40) NOT NULL,
    permission_reference character varying(64) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    template_uuid character varying(40) NOT NULL,
    group_uuid character varying(40),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.perm_templates_users (
    uuid character varying(40) NOT NULL,
    permission_reference character varying(64) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    template_uuid character varying(40) NOT NULL,
    user_uuid character varying(255) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.perm_tpl_characteristics (
    uuid character varying(40) NOT NULL,
    permission_key character varying(64) NOT NULL,
    with_project_creator boolean NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    template_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.permission_templates (
    uuid character varying(40) NOT NULL,
    organization_uuid character varying(40) NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(4000),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    key_pattern character varying(500),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.plugins (
    uuid character varying(40) NOT NULL,
    kee character varying(200) NOT NULL,
    base_plugin_key character varying(200),
    file_hash character varying(200) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    type character varying(10) NOT NULL,
    removed boolean NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.portfolio_proj_branches (
    uuid character varying(40) NOT NULL,
    portfolio_project_uuid character varying(40) NOT NULL,
    branch_uuid character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.portfolio_projects (
    uuid character varying(40) NOT NULL,
    portfolio_uuid character varying(40) NOT NULL,
    project_uuid character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.portfolio_references (
    uuid character varying(40) NOT NULL,
    portfolio_uuid character varying(40) NOT NULL,
    reference_uuid character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    branch_uuid character varying(255),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.portfolios (
    uuid character varying(40) NOT NULL,
    kee character varying(400) NOT NULL,
    name character varying(2000) NOT NULL,
    description character varying(2000),
    root_uuid character varying(40) NOT NULL,
    parent_uuid character varying(40),
    organization_uuid character varying(40),
    private boolean NOT NULL,
    selection_mode character varying(50) NOT NULL,
    selection_expression character varying(4000),
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    branch_key character varying(255),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.project_alm_settings (
    uuid character varying(40) NOT NULL,
    alm_setting_uuid character varying(40) NOT NULL,
    project_uuid character varying(50) NOT NULL,
    alm_repo character varying(256),
    alm_slug character varying(256),
    updated_at bigint NOT NULL,
    created_at bigint NOT NULL,
    summary_comment_enabled boolean,
    monorepo boolean NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.project_badge_token (
    uuid character varying(40) NOT NULL,
    token character varying(255) NOT NULL,
    project_uuid character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.project_branches (
    uuid character varying(50) NOT NULL,
    project_uuid character varying(50) NOT NULL,
    kee character varying(255) NOT NULL,
    branch_type character varying(12) NOT NULL,
    merge_branch_uuid character varying(50),
    pull_request_binary bytea,
    manual_baseline_analysis_uuid character varying(40),
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    exclude_from_purge boolean NOT NULL,
    need_issue_sync boolean NOT NULL,
    is_main boolean NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.project_links (
    uuid character varying(40) NOT NULL,
    project_uuid character varying(40) NOT NULL,
    link_type character varying(20) NOT NULL,
    name character varying(128),
    href character varying(2048) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.project_measures (
    uuid character varying(40) NOT NULL,
    value double precision,
    analysis_uuid character varying(50) NOT NULL,
    component_uuid character varying(50) NOT NULL,
    text_value character varying(4000),
    alert_status character varying(5),
    alert_text character varying(4000),
    person_id integer,
    measure_data bytea,
    metric_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.project_qgates (
    project_uuid character varying(40) NOT NULL,
    quality_gate_uuid character varying(40) NOT NULL,
    PRIMARY KEY (project_uuid)
);
CREATE TABLE sonarqube.project_qprofiles (
    uuid character varying(40) NOT NULL,
    project_uuid character varying(50) NOT NULL,
    profile_key character varying(50) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.projects (
    uuid character varying(40) NOT NULL,
    organization_uuid character varying(40),
    kee character varying(400) NOT NULL,
    qualifier character varying(10) NOT NULL,
    name character varying(2000),
    description character varying(2000),
    private boolean NOT NULL,
    tags character varying(500),
    created_at bigint,
    updated_at bigint NOT NULL,
    ncloc bigint,
    creation_method character varying(50) NOT NULL,
    ai_code_assurance boolean NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.properties (
    uuid character varying(40) NOT NULL,
    prop_key character varying(512) NOT NULL,
    is_empty boolean NOT NULL,
    text_value character varying(4000),
    clob_value text,
    created_at bigint NOT NULL,
    entity_uuid character varying(40),
    user_uuid character varying(255),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.push_events (
    uuid character varying(40) NOT NULL,
    name character varying(40) NOT NULL,
    project_uuid character varying(40) NOT NULL,
    payload bytea NOT NULL,
    created_at bigint NOT NULL,
    language character varying(20),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.qgate_group_permissions (
    uuid character varying(40) NOT NULL,
    quality_gate_uuid character varying(40) NOT NULL,
    group_uuid character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.qgate_user_permissions (
    uuid character varying(40) NOT NULL,
    quality_gate_uuid character varying(40) NOT NULL,
    user_uuid character varying(40) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.qprofile_changes (
    kee character varying(40) NOT NULL,
    rules_profile_uuid character varying(255) NOT NULL,
    change_type character varying(20) NOT NULL,
    user_uuid character varying(255),
    change_data text,
    created_at bigint NOT NULL,
    rule_change_uuid character varying(40),
    sq_version character varying(40),
    PRIMARY KEY (kee)
);
CREATE TABLE sonarqube.qprofile_edit_groups (
    uuid character varying(40) NOT NULL,
    qprofile_uuid character varying(255) NOT NULL,
    created_at bigint NOT NULL,
    group_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.qprofile_edit_users (
    uuid character varying(40) NOT NULL,
    qprofile_uuid character varying(255) NOT NULL,
    created_at bigint NOT NULL,
    user_uuid character varying(255) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.quality_gate_conditions (
    uuid character varying(40) NOT NULL,
    operator character varying(3),
    value_error character varying(64),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    metric_uuid character varying(40) NOT NULL,
    qgate_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.quality_gates (
    uuid character varying(40) NOT NULL,
    name character varying(100) NOT NULL,
    is_built_in boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.report_schedules (
    uuid character varying(40) NOT NULL,
    portfolio_uuid character varying(40),
    branch_uuid character varying(40),
    last_send_time_in_ms bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.report_subscriptions (
    uuid character varying(40) NOT NULL,
    portfolio_uuid character varying(40),
    branch_uuid character varying(40),
    user_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.rule_changes (
    uuid character varying(40) NOT NULL,
    new_clean_code_attribute character varying(40),
    old_clean_code_attribute character varying(40),
    rule_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.rule_desc_sections (
    uuid character varying(40) NOT NULL,
    rule_uuid character varying(40) NOT NULL,
    kee character varying(50) NOT NULL,
    content text NOT NULL,
    context_key character varying(50),
    context_display_name character varying(50),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.rule_impact_changes (
    new_software_quality character varying(40),
    old_software_quality character varying(40),
    new_severity character varying(40),
    old_severity character varying(40),
    rule_change_uuid character varying(40) NOT NULL
);
CREATE TABLE sonarqube.rule_repositories (
    kee character varying(200) NOT NULL,
    language character varying(20) NOT NULL,
    name character varying(4000) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (kee)
);
CREATE TABLE sonarqube.rule_tags (
    value character varying(400) NOT NULL,
    rule_uuid character varying(40) NOT NULL,
    organization_uuid character varying(40),
    is_system_tag boolean NOT NULL,
    PRIMARY KEY (value, rule_uuid)
);
CREATE TABLE sonarqube.rules (
    uuid character varying(40) NOT NULL,
    organization_uuid character varying(40),
    name character varying(200),
    plugin_rule_key character varying(200) NOT NULL,
    plugin_key character varying(200),
    plugin_config_key character varying(200),
    plugin_name character varying(255) NOT NULL,
    scope character varying(20) NOT NULL,
    priority integer,
    status character varying(40),
    language character varying(20),
    def_remediation_function character varying(20),
    def_remediation_gap_mult character varying(20),
    def_remediation_base_effort character varying(20),
    gap_description character varying(4000),
    is_template boolean NOT NULL,
    description_format character varying(20),
    rule_type smallint,
    security_standards character varying(4000),
    is_ad_hoc boolean NOT NULL,
    is_external boolean NOT NULL,
    created_at bigint,
    updated_at bigint,
    template_uuid character varying(40),
    education_principles character varying(255),
    clean_code_attribute character varying(40),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.rules_default_impacts (
    rule_uuid character varying(40) NOT NULL,
    organization_uuid character varying(40),
    software_quality character varying(40) NOT NULL,
    severity character varying(40) NOT NULL,
    PRIMARY KEY (rule_uuid, software_quality)
);
CREATE TABLE sonarqube.rules_metadata (
    rule_uuid character varying(40) NOT NULL,
    organization_uuid character varying(40) NOT NULL,
    note_data text,
    note_user_uuid character varying(255),
    note_created_at bigint,
    note_updated_at bigint,
    remediation_function character varying(20),
    remediation_gap_mult character varying(20),
    remediation_base_effort character varying(20),
    ad_hoc_name character varying(200),
    ad_hoc_description text,
    ad_hoc_severity character varying(10),
    ad_hoc_type smallint,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (rule_uuid, organization_uuid)
);
CREATE TABLE sonarqube.rules_parameters (
    uuid character varying(40) NOT NULL,
    name character varying(128) NOT NULL,
    description character varying(4000),
    param_type character varying(512) NOT NULL,
    default_value character varying(4000),
    rule_uuid character varying(40) NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.rules_profiles (
    uuid character varying(40) NOT NULL,
    name character varying(100) NOT NULL,
    language character varying(20),
    is_built_in boolean NOT NULL,
    rules_updated_at character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.saml_message_ids (
    uuid character varying(40) NOT NULL,
    message_id character varying(255) NOT NULL,
    expiration_date bigint NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.scanner_analysis_cache (
    branch_uuid character varying(40) NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (branch_uuid)
);
CREATE TABLE sonarqube.scim_groups (
    scim_uuid character varying(40) NOT NULL,
    group_uuid character varying(40) NOT NULL,
    PRIMARY KEY (scim_uuid)
);
CREATE TABLE sonarqube.scim_users (
    scim_uuid character varying(40) NOT NULL,
    user_uuid character varying(40) NOT NULL,
    PRIMARY KEY (scim_uuid)
);
CREATE TABLE sonarqube.scm_accounts (
    user_uuid character varying(255) NOT NULL,
    scm_account character varying(255) NOT NULL,
    PRIMARY KEY (user_uuid, scm_account)
);
CREATE TABLE sonarqube.session_tokens (
    uuid character varying(40) NOT NULL,
    user_uuid character varying(255) NOT NULL,
    expiration_date bigint NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.snapshots (
    uuid character varying(50) NOT NULL,
    root_component_uuid character varying(50) NOT NULL,
    status character varying(4) NOT NULL,
    islast boolean NOT NULL,
    version character varying(500),
    build_string character varying(100),
    revision character varying(100),
    analysis_date bigint,
    period1_mode character varying(100),
    period1_param character varying(100),
    period1_date bigint,
    created_at bigint,
    purged boolean NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.telemetry_metrics_sent (
    metric_key character varying(40) NOT NULL,
    dimension character varying(40) NOT NULL,
    last_sent bigint NOT NULL,
    PRIMARY KEY (metric_key, dimension)
);
CREATE TABLE sonarqube.user_dismissed_messages (
    uuid character varying(40) NOT NULL,
    user_uuid character varying(255) NOT NULL,
    project_uuid character varying(40),
    message_type character varying(255) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.user_roles (
    uuid character varying(40) NOT NULL,
    organization_uuid character varying(40) NOT NULL,
    role character varying(64) NOT NULL,
    entity_uuid character varying(40),
    user_uuid character varying(255),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.user_tokens (
    uuid character varying(40) NOT NULL,
    user_uuid character varying(255) NOT NULL,
    name character varying(100) NOT NULL,
    token_hash character varying(255) NOT NULL,
    last_connection_date bigint,
    created_at bigint NOT NULL,
    type character varying(100) NOT NULL,
    expiration_date bigint,
    project_uuid character varying(40),
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.users (
    uuid character varying(255) NOT NULL,
    login character varying(255) NOT NULL,
    organization_uuid character varying(40),
    name character varying(200),
    email character varying(100),
    crypted_password character varying(100),
    salt character varying(40),
    hash_method character varying(10),
    active boolean,
    external_login character varying(255) NOT NULL,
    external_identity_provider character varying(100) NOT NULL,
    external_id character varying(255) NOT NULL,
    is_root boolean NOT NULL,
    user_local boolean NOT NULL,
    onboarded boolean NOT NULL,
    homepage_type character varying(40),
    homepage_parameter character varying(40),
    last_connection_date bigint,
    created_at bigint,
    updated_at bigint,
    reset_password boolean NOT NULL,
    last_sonarlint_connection bigint,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.webhook_deliveries (
    uuid character varying(40) NOT NULL,
    webhook_uuid character varying(40) NOT NULL,
    project_uuid character varying(40) NOT NULL,
    ce_task_uuid character varying(40),
    analysis_uuid character varying(40),
    name character varying(100) NOT NULL,
    url character varying(2000) NOT NULL,
    success boolean NOT NULL,
    http_status integer,
    duration_ms bigint NOT NULL,
    payload text NOT NULL,
    error_stacktrace text,
    created_at bigint NOT NULL,
    PRIMARY KEY (uuid)
);
CREATE TABLE sonarqube.webhooks (
    uuid character varying(40) NOT NULL,
    organization_uuid character varying(40),
    project_uuid character varying(40),
    name character varying(100) NOT NULL,
    url character varying(2000) NOT NULL,
    secret character varying(200),
    created_at bigint NOT NULL,
    updated_at bigint,
    PRIMARY KEY (uuid)
);
