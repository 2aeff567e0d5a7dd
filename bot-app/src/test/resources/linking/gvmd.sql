-- Greenbone gvmd (Greenbone Vulnerability Manager) schema (src/manage_pg.c create_tables() plus the cert and scap SecInfo tables), converted to PostgreSQL
CREATE SCHEMA gvmd;

CREATE TABLE gvmd.affected_products (
    cve integer,
    cpe integer
);

CREATE TABLE gvmd.agent_group_agents (
    group_id integer NOT NULL,
    agent_id integer NOT NULL,
    CONSTRAINT agent_group_agents_pkey PRIMARY KEY (group_id, agent_id)
);

CREATE TABLE gvmd.agent_group_agents_trash (
    id integer NOT NULL,
    agent_group integer,
    agent integer,
    CONSTRAINT agent_group_agents_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.agent_groups (
    id integer NOT NULL,
    uuid text NOT NULL,
    name text NOT NULL,
    scanner integer NOT NULL,
    owner integer,
    comment text,
    scheduler_cron_time text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT agent_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.agent_groups_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    scanner integer NOT NULL,
    name text NOT NULL,
    comment text,
    scheduler_cron_time text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT agent_groups_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.agent_ip_addresses (
    id integer NOT NULL,
    agent_id text,
    ip_address text NOT NULL,
    CONSTRAINT agent_ip_addresses_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.agents (
    id integer NOT NULL,
    uuid uuid NOT NULL,
    name text NOT NULL,
    agent_id text NOT NULL,
    scanner integer NOT NULL,
    hostname text,
    authorized integer NOT NULL,
    connection_status text,
    last_update integer,
    last_updater_heartbeat integer,
    config text,
    owner integer,
    comment text,
    creation_time integer,
    modification_time integer,
    updater_version text,
    agent_version text,
    operating_system text,
    architecture text,
    update_to_latest integer,
    agent_update_available integer NOT NULL,
    updater_update_available integer NOT NULL,
    latest_agent_version text,
    latest_updater_version text,
    CONSTRAINT agents_agent_id_key UNIQUE (agent_id),
    CONSTRAINT agents_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.alert_condition_data (
    id integer NOT NULL,
    alert integer,
    name text,
    data text,
    CONSTRAINT alert_condition_data_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.alert_condition_data_trash (
    id integer NOT NULL,
    alert integer,
    name text,
    data text,
    CONSTRAINT alert_condition_data_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.alert_event_data (
    id integer NOT NULL,
    alert integer,
    name text,
    data text,
    CONSTRAINT alert_event_data_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.alert_event_data_trash (
    id integer NOT NULL,
    alert integer,
    name text,
    data text,
    CONSTRAINT alert_event_data_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.alert_method_data (
    id integer NOT NULL,
    alert integer,
    name text,
    data text,
    CONSTRAINT alert_method_data_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.alert_method_data_trash (
    id integer NOT NULL,
    alert integer,
    name text,
    data text,
    CONSTRAINT alert_method_data_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.alerts (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    event integer,
    condition integer,
    method integer,
    filter integer,
    active integer,
    creation_time integer,
    modification_time integer,
    CONSTRAINT alerts_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.alerts_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    event integer,
    condition integer,
    method integer,
    filter integer,
    filter_location integer,
    active integer,
    creation_time integer,
    modification_time integer,
    CONSTRAINT alerts_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.asset_snapshot_identifiers (
    id integer NOT NULL,
    asset_snapshot integer,
    identifier_type integer NOT NULL,
    identifier_value text NOT NULL,
    creation_time integer NOT NULL,
    modification_time integer NOT NULL,
    CONSTRAINT asset_snapshot_identifiers_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.asset_snapshots (
    id integer NOT NULL,
    uuid text NOT NULL,
    task_id integer,
    report_id integer,
    asset_type integer NOT NULL,
    asset_key text,
    creation_time integer NOT NULL,
    modification_time integer NOT NULL,
    scanner integer,
    CONSTRAINT asset_snapshots_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.auth_cache (
    id integer NOT NULL,
    username text NOT NULL,
    hash text,
    method integer,
    creation_time integer,
    CONSTRAINT auth_cache_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cert_bund_advs (
    id integer NOT NULL,
    uuid text,
    name text,
    comment text,
    creation_time integer,
    modification_time integer,
    title text,
    summary text,
    cve_refs integer,
    severity double precision,
    CONSTRAINT cert_bund_advs_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cert_bund_cves (
    adv_id integer,
    cve_name character varying(20)
);

CREATE TABLE gvmd.config_preferences (
    id integer NOT NULL,
    config integer,
    type text,
    name text,
    value text,
    default_value text,
    pref_nvt text,
    pref_id integer,
    pref_type text,
    pref_name text,
    CONSTRAINT config_preferences_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.config_preferences_trash (
    id integer NOT NULL,
    config integer,
    type text,
    name text,
    value text,
    default_value text,
    pref_nvt text,
    pref_id integer,
    pref_type text,
    pref_name text,
    CONSTRAINT config_preferences_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.configs (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    nvt_selector text,
    comment text,
    family_count integer,
    nvt_count integer,
    families_growing integer,
    nvts_growing integer,
    predefined integer,
    creation_time integer,
    modification_time integer,
    usage_type text,
    CONSTRAINT configs_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.configs_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    nvt_selector text,
    comment text,
    family_count integer,
    nvt_count integer,
    families_growing integer,
    nvts_growing integer,
    predefined integer,
    creation_time integer,
    modification_time integer,
    scanner_location integer,
    usage_type text,
    CONSTRAINT configs_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cpe_details (
    id integer NOT NULL,
    cpe_id text,
    details_xml text,
    CONSTRAINT cpe_details_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cpe_match_nodes (
    id integer NOT NULL,
    root_id integer,
    cve_id integer,
    operator text,
    negate integer,
    CONSTRAINT cpe_match_nodes_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cpe_match_strings (
    id integer NOT NULL,
    match_criteria_id text,
    criteria text,
    version_start_incl text,
    version_start_excl text,
    version_end_incl text,
    version_end_excl text,
    status text,
    CONSTRAINT cpe_match_strings_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cpe_matches (
    id integer NOT NULL,
    match_criteria_id text,
    cpe_name_id text,
    cpe_name text,
    CONSTRAINT cpe_matches_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cpe_nodes_match_criteria (
    id integer NOT NULL,
    node_id integer,
    vulnerable integer,
    match_criteria_id text,
    CONSTRAINT cpe_nodes_match_criteria_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cpe_refs (
    id integer NOT NULL,
    cpe integer,
    ref text,
    type text,
    CONSTRAINT cpe_refs_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cpes (
    id integer NOT NULL,
    uuid text,
    name text,
    comment text,
    creation_time integer,
    modification_time integer,
    title text,
    status text,
    severity double precision,
    cve_refs integer,
    nvd_id text,
    deprecated integer,
    cpe_name_id text,
    CONSTRAINT cpes_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cpes_deprecated_by (
    id integer NOT NULL,
    cpe text,
    deprecated_by text,
    CONSTRAINT cpes_deprecated_by_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.credential_store_preferences (
    id integer NOT NULL,
    credential_store integer,
    name text,
    secret integer,
    type integer,
    pattern text,
    value text,
    default_value text,
    passphrase_name text,
    CONSTRAINT credential_store_preferences_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.credential_store_selector_types (
    selector integer,
    credential_type text
);

CREATE TABLE gvmd.credential_store_selectors (
    id integer NOT NULL,
    credential_store integer,
    name text,
    pattern text,
    default_value text,
    CONSTRAINT credential_store_selectors_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.credential_stores (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    version text,
    active integer,
    host text,
    path text,
    port integer,
    CONSTRAINT credential_stores_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.credentials (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    type text,
    allow_insecure integer,
    CONSTRAINT credentials_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.credentials_data (
    id integer NOT NULL,
    credential integer,
    type text,
    value text,
    CONSTRAINT credentials_data_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.credentials_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    type text,
    allow_insecure integer,
    CONSTRAINT credentials_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.credentials_trash_data (
    id integer NOT NULL,
    credential integer,
    type text,
    value text,
    CONSTRAINT credentials_trash_data_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cve_references (
    id integer NOT NULL,
    cve_id integer,
    url text,
    tags text[],
    CONSTRAINT cve_references_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.cves (
    id integer NOT NULL,
    uuid text,
    name text,
    comment text,
    description text,
    creation_time integer,
    modification_time integer,
    cvss_vector text,
    products text,
    severity double precision,
    CONSTRAINT cves_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.deprecated_feed_data (
    id integer NOT NULL,
    type text,
    uuid text,
    modification_time integer,
    CONSTRAINT deprecated_feed_data_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.dfn_cert_advs (
    id integer NOT NULL,
    uuid text,
    name text,
    comment text,
    creation_time integer,
    modification_time integer,
    title text,
    summary text,
    cve_refs integer,
    severity double precision,
    CONSTRAINT dfn_cert_advs_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.dfn_cert_cves (
    adv_id integer,
    cve_name text
);

CREATE TABLE gvmd.epss_scores (
    cve text,
    epss double precision,
    percentile double precision
);

CREATE TABLE gvmd.filters (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    type text,
    term text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT filters_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.filters_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    type text,
    term text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT filters_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.group_users (
    id integer NOT NULL,
    "group" integer,
    "user" integer,
    CONSTRAINT group_users_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.group_users_trash (
    id integer NOT NULL,
    "group" integer,
    "user" integer,
    CONSTRAINT group_users_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.groups (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT groups_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.groups_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT groups_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.host_details (
    id integer NOT NULL,
    host integer,
    source_type text NOT NULL,
    source_id text NOT NULL,
    detail_source_type text,
    detail_source_name text,
    detail_source_description text,
    name text,
    value text,
    CONSTRAINT host_details_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.host_identifiers (
    id integer NOT NULL,
    uuid text NOT NULL,
    host integer,
    owner integer,
    name text NOT NULL,
    comment text,
    value text NOT NULL,
    source_type text NOT NULL,
    source_id text NOT NULL,
    source_data text NOT NULL,
    creation_time integer,
    modification_time integer,
    CONSTRAINT host_identifiers_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.host_max_severities (
    id integer NOT NULL,
    host integer,
    severity real,
    source_type text NOT NULL,
    source_id text NOT NULL,
    creation_time integer,
    CONSTRAINT host_max_severities_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.host_oss (
    id integer NOT NULL,
    uuid text NOT NULL,
    host integer,
    owner integer,
    name text NOT NULL,
    comment text,
    os integer,
    source_type text NOT NULL,
    source_id text NOT NULL,
    source_data text NOT NULL,
    creation_time integer,
    modification_time integer,
    CONSTRAINT host_oss_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.hosts (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT hosts_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.integration_configs (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    service_url text NOT NULL,
    service_cacert text,
    oidc_url text NOT NULL,
    oidc_client_id text NOT NULL,
    oidc_client_secret text NOT NULL,
    creation_time integer,
    modification_time integer,
    CONSTRAINT integration_configs_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.integration_report_exports (
    id integer NOT NULL,
    report_id integer NOT NULL,
    status text,
    reason text,
    retry_count integer,
    next_retry_time integer,
    creation_time integer,
    modification_time integer,
    CONSTRAINT integration_report_exports_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.meta (
    id integer NOT NULL,
    name text NOT NULL,
    value text,
    CONSTRAINT meta_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.notes (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    nvt text NOT NULL,
    creation_time integer,
    modification_time integer,
    text text,
    hosts text,
    port text,
    severity double precision,
    task integer,
    result integer,
    end_time integer,
    CONSTRAINT notes_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.notes_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    nvt text NOT NULL,
    creation_time integer,
    modification_time integer,
    text text,
    hosts text,
    port text,
    severity double precision,
    task integer,
    result integer,
    end_time integer,
    CONSTRAINT notes_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.nvt_preferences (
    id integer NOT NULL,
    name text NOT NULL,
    pref_nvt text,
    pref_id integer,
    pref_type text,
    pref_name text,
    value text,
    CONSTRAINT nvt_preferences_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.nvt_selectors (
    id integer NOT NULL,
    name text,
    exclude integer,
    type integer,
    family_or_nvt text,
    family text,
    CONSTRAINT nvt_selectors_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.nvts (
    id integer NOT NULL,
    uuid text NOT NULL,
    oid text NOT NULL,
    name text,
    comment text,
    summary text,
    insight text,
    affected text,
    impact text,
    cve text,
    tag text,
    category text,
    family text,
    cvss_base text,
    creation_time integer,
    modification_time integer,
    solution text,
    solution_type text,
    solution_method text,
    detection text,
    qod integer,
    qod_type text,
    epss_cve text,
    epss_score double precision,
    epss_percentile double precision,
    epss_severity double precision,
    max_epss_cve text,
    max_epss_score double precision,
    max_epss_percentile double precision,
    max_epss_severity double precision,
    discovery integer NOT NULL,
    CONSTRAINT nvts_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.oci_image_targets (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    image_references text,
    exclude_images text,
    comment text,
    creation_time integer,
    modification_time integer,
    credential integer,
    CONSTRAINT oci_image_targets_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.oci_image_targets_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    image_references text,
    exclude_images text,
    comment text,
    creation_time integer,
    modification_time integer,
    credential integer,
    credential_location integer,
    CONSTRAINT oci_image_targets_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.oss (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT oss_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.overrides (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    nvt text NOT NULL,
    result_nvt integer,
    creation_time integer,
    modification_time integer,
    text text,
    hosts text,
    new_severity double precision,
    port text,
    severity double precision,
    task integer,
    result integer,
    end_time integer,
    CONSTRAINT overrides_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.overrides_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    nvt text NOT NULL,
    result_nvt integer,
    creation_time integer,
    modification_time integer,
    text text,
    hosts text,
    new_severity double precision,
    port text,
    severity double precision,
    task integer,
    result integer,
    end_time integer,
    CONSTRAINT overrides_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.permissions (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    resource_type text,
    resource integer,
    resource_uuid text,
    resource_location integer,
    subject_type text,
    subject integer,
    subject_location integer,
    creation_time integer,
    modification_time integer,
    CONSTRAINT permissions_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.permissions_get_tasks (
    "user" integer,
    task integer,
    has_permission boolean
);

CREATE TABLE gvmd.permissions_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    resource_type text,
    resource integer,
    resource_uuid text,
    resource_location integer,
    subject_type text,
    subject integer,
    subject_location integer,
    creation_time integer,
    modification_time integer,
    CONSTRAINT permissions_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.port_lists (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    predefined integer,
    creation_time integer,
    modification_time integer,
    CONSTRAINT port_lists_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.port_lists_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    predefined integer,
    creation_time integer,
    modification_time integer,
    CONSTRAINT port_lists_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.port_ranges (
    id integer NOT NULL,
    uuid text NOT NULL,
    port_list integer,
    type integer,
    start integer,
    "end" integer,
    comment text,
    exclude integer,
    CONSTRAINT port_ranges_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.port_ranges_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    port_list integer,
    type integer,
    start integer,
    "end" integer,
    comment text,
    exclude integer,
    CONSTRAINT port_ranges_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_config_params (
    id integer NOT NULL,
    report_config integer,
    name text,
    value text,
    CONSTRAINT report_config_params_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_config_params_trash (
    id integer NOT NULL,
    report_config integer,
    name text,
    value text,
    CONSTRAINT report_config_params_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_configs (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    report_format_id text,
    CONSTRAINT report_configs_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_configs_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    report_format_id text,
    CONSTRAINT report_configs_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_counts (
    id integer NOT NULL,
    report integer,
    "user" integer,
    severity numeric,
    count integer,
    override integer,
    end_time integer,
    min_qod integer,
    CONSTRAINT report_counts_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_exports (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text,
    comment text,
    report integer NOT NULL,
    delta_report integer,
    report_format integer,
    report_config integer,
    export_type integer NOT NULL,
    status integer NOT NULL,
    progress integer NOT NULL,
    filter text,
    ignore_pagination integer NOT NULL,
    lean integer NOT NULL,
    worker_pid integer,
    notes_details integer NOT NULL,
    overrides_details integer NOT NULL,
    result_tags integer NOT NULL,
    file_path text,
    file_size bigint,
    content_type text,
    extension text,
    error_message text,
    attempt_count integer NOT NULL,
    creation_time integer,
    start_time integer,
    end_time integer,
    modification_time integer,
    CONSTRAINT report_exports_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_format_param_options (
    id integer NOT NULL,
    report_format_param integer,
    value text,
    CONSTRAINT report_format_param_options_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_format_param_options_trash (
    id integer NOT NULL,
    report_format_param integer,
    value text,
    CONSTRAINT report_format_param_options_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_format_params (
    id integer NOT NULL,
    report_format integer,
    name text,
    type integer,
    value text,
    type_min bigint,
    type_max bigint,
    type_regex text,
    fallback text,
    CONSTRAINT report_format_params_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_format_params_trash (
    id integer NOT NULL,
    report_format integer,
    name text,
    type integer,
    value text,
    type_min bigint,
    type_max bigint,
    type_regex text,
    fallback text,
    CONSTRAINT report_format_params_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_formats (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    extension text,
    content_type text,
    summary text,
    description text,
    signature text,
    trust integer,
    trust_time integer,
    flags integer,
    predefined integer,
    report_type text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT report_formats_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_formats_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    extension text,
    content_type text,
    summary text,
    description text,
    signature text,
    trust integer,
    trust_time integer,
    flags integer,
    predefined integer,
    original_uuid text,
    report_type text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT report_formats_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_host_details (
    id integer NOT NULL,
    report_host integer,
    source_type text,
    source_name text,
    source_description text,
    name text,
    value text,
    hash_value text,
    CONSTRAINT report_host_details_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.report_hosts (
    id integer NOT NULL,
    report integer,
    host text,
    start_time integer,
    end_time integer,
    current_port integer,
    max_port integer,
    hostname text,
    CONSTRAINT report_hosts_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.reports (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    task integer,
    creation_time integer,
    start_time integer,
    end_time integer,
    comment text,
    scan_run_status integer,
    slave_progress integer,
    flags integer,
    modification_time integer,
    processing_required integer,
    in_assets integer,
    discovery integer,
    CONSTRAINT reports_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.result_nvt_reports (
    result_nvt integer,
    report integer
);

CREATE TABLE gvmd.result_nvts (
    id integer NOT NULL,
    nvt text NOT NULL,
    CONSTRAINT result_nvts_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.results (
    id integer NOT NULL,
    uuid text NOT NULL,
    task integer,
    host text,
    port text,
    nvt text,
    result_nvt integer,
    type text,
    description text,
    report integer,
    nvt_version text,
    severity real,
    qod integer,
    qod_type text,
    owner integer,
    date integer,
    hostname text,
    path text,
    hash_value text,
    CONSTRAINT results_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.results_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    task integer,
    host text,
    port text,
    nvt text,
    result_nvt integer,
    type text,
    description text,
    report integer,
    nvt_version text,
    severity real,
    qod integer,
    qod_type text,
    owner integer,
    date integer,
    hostname text,
    path text,
    CONSTRAINT results_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.role_users (
    id integer NOT NULL,
    role integer,
    "user" integer,
    CONSTRAINT role_users_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.role_users_trash (
    id integer NOT NULL,
    role integer,
    "user" integer,
    CONSTRAINT role_users_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.roles (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT roles_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.roles_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT roles_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.scan_queue (
    report integer,
    queued_time_secs integer,
    queued_time_nano integer,
    handler_pid integer,
    start_from integer
);

CREATE TABLE gvmd.scanners (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text,
    comment text,
    host text,
    port integer,
    type integer,
    ca_pub text,
    credential integer,
    creation_time integer,
    modification_time integer,
    relay_host text,
    relay_port integer,
    CONSTRAINT scanners_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.scanners_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text,
    comment text,
    host text,
    port integer,
    type integer,
    ca_pub text,
    credential integer,
    credential_location integer,
    creation_time integer,
    modification_time integer,
    relay_host text,
    relay_port integer,
    CONSTRAINT scanners_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.schedules (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    first_time integer,
    period integer,
    period_months integer,
    byday integer,
    duration integer,
    timezone text,
    creation_time integer,
    modification_time integer,
    icalendar text,
    CONSTRAINT schedules_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.schedules_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    first_time integer,
    period integer,
    period_months integer,
    byday integer,
    duration integer,
    timezone text,
    creation_time integer,
    modification_time integer,
    icalendar text,
    CONSTRAINT schedules_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.settings (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    value text,
    CONSTRAINT settings_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tag_resources (
    tag integer,
    resource_type text,
    resource integer,
    resource_uuid text,
    resource_location integer
);

CREATE TABLE gvmd.tag_resources_trash (
    tag integer,
    resource_type text,
    resource integer,
    resource_uuid text,
    resource_location integer
);

CREATE TABLE gvmd.tags (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    resource_type text,
    active integer,
    value text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tags_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    resource_type text,
    active integer,
    value text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT tags_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.targets (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    hosts text,
    exclude_hosts text,
    reverse_lookup_only integer,
    reverse_lookup_unify integer,
    comment text,
    port_list integer,
    alive_test integer,
    creation_time integer,
    modification_time integer,
    allow_simultaneous_ips integer,
    CONSTRAINT targets_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.targets_login_data (
    id integer NOT NULL,
    target integer,
    type text,
    credential integer,
    port integer,
    CONSTRAINT targets_login_data_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.targets_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    hosts text,
    exclude_hosts text,
    reverse_lookup_only integer,
    reverse_lookup_unify integer,
    comment text,
    port_list integer,
    port_list_location integer,
    alive_test integer,
    creation_time integer,
    modification_time integer,
    allow_simultaneous_ips integer,
    CONSTRAINT targets_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.targets_trash_login_data (
    id integer NOT NULL,
    target integer,
    type text,
    credential integer,
    port integer,
    credential_location integer,
    CONSTRAINT targets_trash_login_data_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.task_alerts (
    id integer NOT NULL,
    task integer,
    alert integer,
    alert_location integer,
    CONSTRAINT task_alerts_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.task_files (
    id integer NOT NULL,
    task integer,
    name text,
    content text,
    CONSTRAINT task_files_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.task_preferences (
    id integer NOT NULL,
    task integer,
    name text,
    value text,
    CONSTRAINT task_preferences_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tasks (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text,
    hidden integer,
    comment text,
    run_status integer,
    start_time integer,
    end_time integer,
    config integer,
    target integer,
    schedule integer,
    schedule_next_time integer,
    schedule_periods integer,
    scanner integer,
    agent_group integer,
    config_location integer,
    target_location integer,
    schedule_location integer,
    scanner_location integer,
    oci_image_target integer,
    oci_image_target_location integer,
    agent_group_location integer,
    web_application_target integer,
    web_application_target_location integer,
    upload_result_count integer,
    alterable integer,
    creation_time integer,
    modification_time integer,
    usage_type text,
    CONSTRAINT tasks_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.ticket_results (
    id integer NOT NULL,
    ticket integer,
    result integer,
    result_location integer,
    result_uuid text,
    report integer,
    CONSTRAINT ticket_results_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.ticket_results_trash (
    id integer NOT NULL,
    ticket integer,
    result integer,
    result_location integer,
    result_uuid text,
    report integer,
    CONSTRAINT ticket_results_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tickets (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    nvt text,
    task integer,
    report integer,
    severity real,
    host text,
    location text,
    solution_type text,
    assigned_to integer,
    status integer,
    open_time integer,
    open_note text,
    fixed_time integer,
    fixed_note text,
    fix_verified_time integer,
    fix_verified_report integer,
    closed_time integer,
    closed_note text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT tickets_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tickets_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    nvt text,
    task integer,
    report integer,
    severity real,
    host text,
    location text,
    solution_type text,
    assigned_to integer,
    status integer,
    open_time integer,
    open_note text,
    fixed_time integer,
    fixed_note text,
    fix_verified_time integer,
    fix_verified_report integer,
    closed_time integer,
    closed_note text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT tickets_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tls_certificate_locations (
    id integer NOT NULL,
    uuid text NOT NULL,
    host_ip text,
    port text,
    CONSTRAINT tls_certificate_locations_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tls_certificate_origins (
    id integer NOT NULL,
    uuid text NOT NULL,
    origin_type text,
    origin_id text,
    origin_data text,
    CONSTRAINT tls_certificate_origins_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tls_certificate_sources (
    id integer NOT NULL,
    uuid text NOT NULL,
    tls_certificate integer,
    location integer,
    origin integer,
    timestamp bigint,
    tls_versions text,
    CONSTRAINT tls_certificate_sources_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.tls_certificates (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text,
    comment text,
    creation_time bigint,
    modification_time bigint,
    certificate text,
    subject_dn text,
    issuer_dn text,
    activation_time bigint,
    expiration_time bigint,
    md5_fingerprint text,
    trust integer,
    certificate_format text,
    sha256_fingerprint text,
    serial text,
    CONSTRAINT tls_certificates_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.users (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    comment text,
    password text,
    timezone text,
    hosts text,
    hosts_allow integer,
    method text,
    creation_time integer,
    modification_time integer,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.vt_refs (
    id integer NOT NULL,
    vt_oid text NOT NULL,
    type text NOT NULL,
    ref_id text NOT NULL,
    ref_text text,
    CONSTRAINT vt_refs_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.vt_severities (
    id integer NOT NULL,
    vt_oid text NOT NULL,
    type text NOT NULL,
    origin text,
    date integer,
    score double precision,
    value text,
    CONSTRAINT vt_severities_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.web_application_targets (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    urls text,
    exclude_urls text,
    comment text,
    creation_time integer,
    modification_time integer,
    credential integer,
    CONSTRAINT web_application_targets_pkey PRIMARY KEY (id)
);

CREATE TABLE gvmd.web_application_targets_trash (
    id integer NOT NULL,
    uuid text NOT NULL,
    owner integer,
    name text NOT NULL,
    urls text,
    exclude_urls text,
    comment text,
    creation_time integer,
    modification_time integer,
    credential integer,
    credential_location integer,
    CONSTRAINT web_application_targets_trash_pkey PRIMARY KEY (id)
);

ALTER TABLE gvmd.agent_group_agents ADD CONSTRAINT agent_group_agents_agent_id_fkey FOREIGN KEY (agent_id) REFERENCES gvmd.agents (id) ON DELETE CASCADE;
ALTER TABLE gvmd.agent_group_agents ADD CONSTRAINT agent_group_agents_group_id_fkey FOREIGN KEY (group_id) REFERENCES gvmd.agent_groups (id) ON DELETE CASCADE;
ALTER TABLE gvmd.agent_group_agents_trash ADD CONSTRAINT agent_group_agents_trash_agent_fkey FOREIGN KEY (agent) REFERENCES gvmd.agents (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.agent_group_agents_trash ADD CONSTRAINT agent_group_agents_trash_agent_group_fkey FOREIGN KEY (agent_group) REFERENCES gvmd.agent_groups_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.agent_groups ADD CONSTRAINT agent_groups_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.agent_groups ADD CONSTRAINT agent_groups_scanner_fkey FOREIGN KEY (scanner) REFERENCES gvmd.scanners (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.agent_groups_trash ADD CONSTRAINT agent_groups_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.agent_groups_trash ADD CONSTRAINT agent_groups_trash_scanner_fkey FOREIGN KEY (scanner) REFERENCES gvmd.scanners (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.agent_ip_addresses ADD CONSTRAINT agent_ip_addresses_agent_id_fkey FOREIGN KEY (agent_id) REFERENCES gvmd.agents (agent_id) ON DELETE RESTRICT;
ALTER TABLE gvmd.agents ADD CONSTRAINT agents_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.agents ADD CONSTRAINT agents_scanner_fkey FOREIGN KEY (scanner) REFERENCES gvmd.scanners (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.alert_condition_data ADD CONSTRAINT alert_condition_data_alert_fkey FOREIGN KEY (alert) REFERENCES gvmd.alerts (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.alert_condition_data_trash ADD CONSTRAINT alert_condition_data_trash_alert_fkey FOREIGN KEY (alert) REFERENCES gvmd.alerts_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.alert_event_data ADD CONSTRAINT alert_event_data_alert_fkey FOREIGN KEY (alert) REFERENCES gvmd.alerts (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.alert_event_data_trash ADD CONSTRAINT alert_event_data_trash_alert_fkey FOREIGN KEY (alert) REFERENCES gvmd.alerts_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.alert_method_data ADD CONSTRAINT alert_method_data_alert_fkey FOREIGN KEY (alert) REFERENCES gvmd.alerts (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.alert_method_data_trash ADD CONSTRAINT alert_method_data_trash_alert_fkey FOREIGN KEY (alert) REFERENCES gvmd.alerts_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.alerts ADD CONSTRAINT alerts_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.alerts_trash ADD CONSTRAINT alerts_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.asset_snapshot_identifiers ADD CONSTRAINT asset_snapshot_identifiers_asset_snapshot_fkey FOREIGN KEY (asset_snapshot) REFERENCES gvmd.asset_snapshots (id) ON DELETE CASCADE;
ALTER TABLE gvmd.config_preferences ADD CONSTRAINT config_preferences_config_fkey FOREIGN KEY (config) REFERENCES gvmd.configs (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.config_preferences_trash ADD CONSTRAINT config_preferences_trash_config_fkey FOREIGN KEY (config) REFERENCES gvmd.configs_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.configs ADD CONSTRAINT configs_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.configs_trash ADD CONSTRAINT configs_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.credential_store_preferences ADD CONSTRAINT credential_store_preferences_credential_store_fkey FOREIGN KEY (credential_store) REFERENCES gvmd.credential_stores (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.credential_store_selector_types ADD CONSTRAINT credential_store_selector_types_selector_fkey FOREIGN KEY (selector) REFERENCES gvmd.credential_store_selectors (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.credential_store_selectors ADD CONSTRAINT credential_store_selectors_credential_store_fkey FOREIGN KEY (credential_store) REFERENCES gvmd.credential_stores (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.credential_stores ADD CONSTRAINT credential_stores_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.credentials ADD CONSTRAINT credentials_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.credentials_data ADD CONSTRAINT credentials_data_credential_fkey FOREIGN KEY (credential) REFERENCES gvmd.credentials (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.credentials_trash ADD CONSTRAINT credentials_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.credentials_trash_data ADD CONSTRAINT credentials_trash_data_credential_fkey FOREIGN KEY (credential) REFERENCES gvmd.credentials_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.filters ADD CONSTRAINT filters_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.filters_trash ADD CONSTRAINT filters_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.group_users ADD CONSTRAINT group_users_group_fkey FOREIGN KEY ("group") REFERENCES gvmd.groups (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.group_users ADD CONSTRAINT group_users_user_fkey FOREIGN KEY ("user") REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.group_users_trash ADD CONSTRAINT group_users_trash_group_fkey FOREIGN KEY ("group") REFERENCES gvmd.groups_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.group_users_trash ADD CONSTRAINT group_users_trash_user_fkey FOREIGN KEY ("user") REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.groups ADD CONSTRAINT groups_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.groups_trash ADD CONSTRAINT groups_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.host_details ADD CONSTRAINT host_details_host_fkey FOREIGN KEY (host) REFERENCES gvmd.hosts (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.host_identifiers ADD CONSTRAINT host_identifiers_host_fkey FOREIGN KEY (host) REFERENCES gvmd.hosts (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.host_identifiers ADD CONSTRAINT host_identifiers_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.host_max_severities ADD CONSTRAINT host_max_severities_host_fkey FOREIGN KEY (host) REFERENCES gvmd.hosts (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.host_oss ADD CONSTRAINT host_oss_host_fkey FOREIGN KEY (host) REFERENCES gvmd.hosts (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.host_oss ADD CONSTRAINT host_oss_os_fkey FOREIGN KEY (os) REFERENCES gvmd.oss (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.host_oss ADD CONSTRAINT host_oss_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.hosts ADD CONSTRAINT hosts_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.integration_configs ADD CONSTRAINT integration_configs_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.notes ADD CONSTRAINT notes_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.notes_trash ADD CONSTRAINT notes_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.oci_image_targets ADD CONSTRAINT oci_image_targets_credential_fkey FOREIGN KEY (credential) REFERENCES gvmd.credentials (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.oci_image_targets ADD CONSTRAINT oci_image_targets_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.oci_image_targets_trash ADD CONSTRAINT oci_image_targets_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.oss ADD CONSTRAINT oss_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.overrides ADD CONSTRAINT overrides_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.overrides_trash ADD CONSTRAINT overrides_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.permissions ADD CONSTRAINT permissions_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.permissions_get_tasks ADD CONSTRAINT permissions_get_tasks_task_fkey FOREIGN KEY (task) REFERENCES gvmd.tasks (id) ON DELETE CASCADE;
ALTER TABLE gvmd.permissions_get_tasks ADD CONSTRAINT permissions_get_tasks_user_fkey FOREIGN KEY ("user") REFERENCES gvmd.users (id) ON DELETE CASCADE;
ALTER TABLE gvmd.permissions_trash ADD CONSTRAINT permissions_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.port_lists ADD CONSTRAINT port_lists_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.port_lists_trash ADD CONSTRAINT port_lists_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.port_ranges ADD CONSTRAINT port_ranges_port_list_fkey FOREIGN KEY (port_list) REFERENCES gvmd.port_lists (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.port_ranges_trash ADD CONSTRAINT port_ranges_trash_port_list_fkey FOREIGN KEY (port_list) REFERENCES gvmd.port_lists_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_config_params ADD CONSTRAINT report_config_params_report_config_fkey FOREIGN KEY (report_config) REFERENCES gvmd.report_configs (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_config_params_trash ADD CONSTRAINT report_config_params_trash_report_config_fkey FOREIGN KEY (report_config) REFERENCES gvmd.report_configs_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_configs ADD CONSTRAINT report_configs_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_configs_trash ADD CONSTRAINT report_configs_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_counts ADD CONSTRAINT report_counts_report_fkey FOREIGN KEY (report) REFERENCES gvmd.reports (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_counts ADD CONSTRAINT report_counts_user_fkey FOREIGN KEY ("user") REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_exports ADD CONSTRAINT report_exports_delta_report_fkey FOREIGN KEY (delta_report) REFERENCES gvmd.reports (id) ON DELETE CASCADE;
ALTER TABLE gvmd.report_exports ADD CONSTRAINT report_exports_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_exports ADD CONSTRAINT report_exports_report_config_fkey FOREIGN KEY (report_config) REFERENCES gvmd.report_configs (id) ON DELETE SET NULL;
ALTER TABLE gvmd.report_exports ADD CONSTRAINT report_exports_report_fkey FOREIGN KEY (report) REFERENCES gvmd.reports (id) ON DELETE CASCADE;
ALTER TABLE gvmd.report_exports ADD CONSTRAINT report_exports_report_format_fkey FOREIGN KEY (report_format) REFERENCES gvmd.report_formats (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_format_param_options ADD CONSTRAINT report_format_param_options_report_format_param_fkey FOREIGN KEY (report_format_param) REFERENCES gvmd.report_format_params (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_format_param_options_trash ADD CONSTRAINT report_format_param_options_trash_report_format_param_fkey FOREIGN KEY (report_format_param) REFERENCES gvmd.report_format_params_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_format_params ADD CONSTRAINT report_format_params_report_format_fkey FOREIGN KEY (report_format) REFERENCES gvmd.report_formats (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_format_params_trash ADD CONSTRAINT report_format_params_trash_report_format_fkey FOREIGN KEY (report_format) REFERENCES gvmd.report_formats_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_formats ADD CONSTRAINT report_formats_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_formats_trash ADD CONSTRAINT report_formats_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_host_details ADD CONSTRAINT report_host_details_report_host_fkey FOREIGN KEY (report_host) REFERENCES gvmd.report_hosts (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.report_hosts ADD CONSTRAINT report_hosts_report_fkey FOREIGN KEY (report) REFERENCES gvmd.reports (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.reports ADD CONSTRAINT reports_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.reports ADD CONSTRAINT reports_task_fkey FOREIGN KEY (task) REFERENCES gvmd.tasks (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.results ADD CONSTRAINT results_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.results ADD CONSTRAINT results_report_fkey FOREIGN KEY (report) REFERENCES gvmd.reports (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.results ADD CONSTRAINT results_task_fkey FOREIGN KEY (task) REFERENCES gvmd.tasks (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.results_trash ADD CONSTRAINT results_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.results_trash ADD CONSTRAINT results_trash_report_fkey FOREIGN KEY (report) REFERENCES gvmd.reports (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.results_trash ADD CONSTRAINT results_trash_task_fkey FOREIGN KEY (task) REFERENCES gvmd.tasks (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.role_users ADD CONSTRAINT role_users_role_fkey FOREIGN KEY (role) REFERENCES gvmd.roles (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.role_users ADD CONSTRAINT role_users_user_fkey FOREIGN KEY ("user") REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.role_users_trash ADD CONSTRAINT role_users_trash_role_fkey FOREIGN KEY (role) REFERENCES gvmd.roles_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.role_users_trash ADD CONSTRAINT role_users_trash_user_fkey FOREIGN KEY ("user") REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.roles ADD CONSTRAINT roles_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.roles_trash ADD CONSTRAINT roles_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.scanners ADD CONSTRAINT scanners_credential_fkey FOREIGN KEY (credential) REFERENCES gvmd.credentials (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.scanners ADD CONSTRAINT scanners_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.scanners_trash ADD CONSTRAINT scanners_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.schedules ADD CONSTRAINT schedules_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.schedules_trash ADD CONSTRAINT schedules_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.settings ADD CONSTRAINT settings_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.tag_resources ADD CONSTRAINT tag_resources_tag_fkey FOREIGN KEY (tag) REFERENCES gvmd.tags (id);
ALTER TABLE gvmd.tag_resources_trash ADD CONSTRAINT tag_resources_trash_tag_fkey FOREIGN KEY (tag) REFERENCES gvmd.tags_trash (id);
ALTER TABLE gvmd.tags ADD CONSTRAINT tags_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.tags_trash ADD CONSTRAINT tags_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.targets ADD CONSTRAINT targets_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.targets ADD CONSTRAINT targets_port_list_fkey FOREIGN KEY (port_list) REFERENCES gvmd.port_lists (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.targets_login_data ADD CONSTRAINT targets_login_data_credential_fkey FOREIGN KEY (credential) REFERENCES gvmd.credentials (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.targets_login_data ADD CONSTRAINT targets_login_data_target_fkey FOREIGN KEY (target) REFERENCES gvmd.targets (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.targets_trash ADD CONSTRAINT targets_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.targets_trash_login_data ADD CONSTRAINT targets_trash_login_data_target_fkey FOREIGN KEY (target) REFERENCES gvmd.targets_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.task_alerts ADD CONSTRAINT task_alerts_task_fkey FOREIGN KEY (task) REFERENCES gvmd.tasks (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.task_files ADD CONSTRAINT task_files_task_fkey FOREIGN KEY (task) REFERENCES gvmd.tasks (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.task_preferences ADD CONSTRAINT task_preferences_task_fkey FOREIGN KEY (task) REFERENCES gvmd.tasks (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.tasks ADD CONSTRAINT tasks_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.ticket_results ADD CONSTRAINT ticket_results_ticket_fkey FOREIGN KEY (ticket) REFERENCES gvmd.tickets (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.ticket_results_trash ADD CONSTRAINT ticket_results_trash_ticket_fkey FOREIGN KEY (ticket) REFERENCES gvmd.tickets_trash (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.tickets ADD CONSTRAINT tickets_assigned_to_fkey FOREIGN KEY (assigned_to) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.tickets ADD CONSTRAINT tickets_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.tickets_trash ADD CONSTRAINT tickets_trash_assigned_to_fkey FOREIGN KEY (assigned_to) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.tickets_trash ADD CONSTRAINT tickets_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.tls_certificate_sources ADD CONSTRAINT tls_certificate_sources_location_fkey FOREIGN KEY (location) REFERENCES gvmd.tls_certificate_locations (id);
ALTER TABLE gvmd.tls_certificate_sources ADD CONSTRAINT tls_certificate_sources_origin_fkey FOREIGN KEY (origin) REFERENCES gvmd.tls_certificate_origins (id);
ALTER TABLE gvmd.tls_certificate_sources ADD CONSTRAINT tls_certificate_sources_tls_certificate_fkey FOREIGN KEY (tls_certificate) REFERENCES gvmd.tls_certificates (id);
ALTER TABLE gvmd.tls_certificates ADD CONSTRAINT tls_certificates_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.users ADD CONSTRAINT users_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.web_application_targets ADD CONSTRAINT web_application_targets_credential_fkey FOREIGN KEY (credential) REFERENCES gvmd.credentials (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.web_application_targets ADD CONSTRAINT web_application_targets_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
ALTER TABLE gvmd.web_application_targets_trash ADD CONSTRAINT web_application_targets_trash_owner_fkey FOREIGN KEY (owner) REFERENCES gvmd.users (id) ON DELETE RESTRICT;
