-- Open Build Service (openSUSE/open-build-service) schema, src/api/db/structure.sql at commit
-- 003ade4d0b2feb6e90a7fce52d5d118893bfdffe (MySQL DDL), converted to PostgreSQL for AskBar schema linking.
-- 93 tables, 93 foreign keys (exactly the CONSTRAINT ... FOREIGN KEY clauses of the source).
-- Left out: indexes (unique too), defaults, AUTO_INCREMENT, charsets/collations, engine options, schema_migrations rows.

CREATE SCHEMA obs;

CREATE TABLE obs.announcements (
    id integer NOT NULL,
    title character varying(255),
    content text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT announcements_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.announcements_users (
    user_id integer,
    announcement_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE obs.ar_internal_metadata (
    key character varying(255) NOT NULL,
    value character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT ar_internal_metadata_pkey PRIMARY KEY (key)
);

CREATE TABLE obs.architectures (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    available boolean,
    CONSTRAINT architectures_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.architectures_distributions (
    id integer NOT NULL,
    distribution_id integer,
    architecture_id integer,
    CONSTRAINT architectures_distributions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attrib_allowed_values (
    id integer NOT NULL,
    attrib_type_id integer NOT NULL,
    value text,
    CONSTRAINT attrib_allowed_values_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attrib_default_values (
    id integer NOT NULL,
    attrib_type_id integer NOT NULL,
    value text NOT NULL,
    "position" integer NOT NULL,
    CONSTRAINT attrib_default_values_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attrib_issues (
    id integer NOT NULL,
    attrib_id integer NOT NULL,
    issue_id integer NOT NULL,
    CONSTRAINT attrib_issues_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attrib_namespace_modifiable_bies (
    id integer NOT NULL,
    attrib_namespace_id integer NOT NULL,
    user_id integer,
    group_id integer,
    CONSTRAINT attrib_namespace_modifiable_bies_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attrib_namespaces (
    id integer NOT NULL,
    name character varying(255),
    CONSTRAINT attrib_namespaces_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attrib_type_modifiable_bies (
    id integer NOT NULL,
    attrib_type_id integer NOT NULL,
    user_id integer,
    group_id integer,
    role_id integer,
    CONSTRAINT attrib_type_modifiable_bies_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attrib_types (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    type character varying(255),
    value_count integer,
    attrib_namespace_id integer NOT NULL,
    issue_list boolean,
    CONSTRAINT attrib_types_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attrib_values (
    id integer NOT NULL,
    attrib_id integer NOT NULL,
    value text NOT NULL,
    "position" integer NOT NULL,
    CONSTRAINT attrib_values_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.attribs (
    id integer NOT NULL,
    attrib_type_id integer NOT NULL,
    package_id integer,
    "binary" character varying(255),
    project_id integer,
    CONSTRAINT attribs_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.backend_infos (
    id integer NOT NULL,
    key character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT backend_infos_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.backend_packages (
    package_id integer NOT NULL,
    links_to_id integer,
    updated_at timestamp without time zone,
    srcmd5 character varying(255),
    changesmd5 character varying(255),
    verifymd5 character varying(255),
    expandedmd5 character varying(255),
    error text,
    maxmtime timestamp without time zone,
    CONSTRAINT backend_packages_pkey PRIMARY KEY (package_id)
);

CREATE TABLE obs.binary_releases (
    id integer NOT NULL,
    repository_id integer NOT NULL,
    operation text,
    obsolete_time timestamp without time zone,
    release_package_id integer,
    binary_name character varying(255) NOT NULL,
    binary_epoch character varying(64),
    binary_version character varying(64) NOT NULL,
    binary_release character varying(64) NOT NULL,
    binary_arch character varying(64) NOT NULL,
    binary_disturl character varying(255),
    binary_buildtime timestamp without time zone,
    binary_releasetime timestamp without time zone NOT NULL,
    binary_supportstatus character varying(255),
    binary_maintainer character varying(255),
    medium character varying(255),
    binary_updateinfo character varying(255),
    binary_updateinfo_version character varying(255),
    modify_time timestamp without time zone,
    on_medium_id integer,
    CONSTRAINT binary_releases_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.bs_request_action_accept_infos (
    id integer NOT NULL,
    bs_request_action_id integer,
    rev character varying(255),
    srcmd5 character varying(255),
    xsrcmd5 character varying(255),
    osrcmd5 character varying(255),
    oxsrcmd5 character varying(255),
    created_at timestamp without time zone,
    oproject character varying(255),
    opackage character varying(255),
    CONSTRAINT bs_request_action_accept_infos_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.bs_request_actions (
    id integer NOT NULL,
    bs_request_id integer,
    type character varying(255),
    target_project character varying(255),
    target_package character varying(255),
    target_releaseproject character varying(255),
    source_project character varying(255),
    source_package character varying(255),
    source_rev character varying(255),
    sourceupdate character varying(255),
    updatelink boolean,
    person_name character varying(255),
    group_name character varying(255),
    role character varying(255),
    created_at timestamp without time zone,
    target_repository character varying(255),
    makeoriginolder boolean,
    target_package_id integer,
    target_project_id integer,
    CONSTRAINT bs_request_actions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.bs_request_counter (
    id integer NOT NULL,
    counter integer,
    CONSTRAINT bs_request_counter_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.bs_requests (
    id integer NOT NULL,
    description text,
    creator character varying(255),
    state character varying(255),
    comment text,
    commenter character varying(255),
    superseded_by integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    accept_at timestamp without time zone,
    priority text,
    number integer,
    updated_when timestamp without time zone,
    approver character varying(255),
    staging_project_id integer,
    CONSTRAINT bs_requests_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.channel_binaries (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    channel_binary_list_id integer NOT NULL,
    project_id integer,
    repository_id integer,
    architecture_id integer,
    package character varying(255),
    binaryarch character varying(255),
    supportstatus character varying(255),
    CONSTRAINT channel_binaries_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.channel_binary_lists (
    id integer NOT NULL,
    channel_id integer NOT NULL,
    project_id integer,
    repository_id integer,
    architecture_id integer,
    CONSTRAINT channel_binary_lists_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.channel_targets (
    id integer NOT NULL,
    channel_id integer NOT NULL,
    repository_id integer NOT NULL,
    prefix character varying(255),
    id_template character varying(255),
    disabled boolean,
    requires_issue boolean,
    CONSTRAINT channel_targets_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.channels (
    id integer NOT NULL,
    package_id integer NOT NULL,
    CONSTRAINT channels_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.cloud_azure_configurations (
    id integer NOT NULL,
    user_id integer,
    application_id text,
    application_key text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT cloud_azure_configurations_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.cloud_ec2_configurations (
    id integer NOT NULL,
    user_id integer,
    external_id character varying(255),
    arn character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT cloud_ec2_configurations_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.cloud_user_upload_jobs (
    id integer NOT NULL,
    user_id integer,
    job_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT cloud_user_upload_jobs_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.comments (
    id integer NOT NULL,
    body text,
    parent_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id integer NOT NULL,
    commentable_type character varying(255),
    commentable_id integer,
    CONSTRAINT comments_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.configurations (
    id integer NOT NULL,
    title character varying(255),
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(255),
    registration text,
    anonymous boolean,
    default_access_disabled boolean,
    allow_user_to_create_home_project boolean,
    disallow_group_creation boolean,
    change_password boolean,
    hide_private_options boolean,
    gravatar boolean,
    enforce_project_keys boolean,
    download_on_demand boolean,
    download_url character varying(255),
    ymp_url character varying(255),
    bugzilla_url character varying(255),
    http_proxy character varying(255),
    no_proxy character varying(255),
    theme character varying(255),
    obs_url character varying(255),
    cleanup_after_days integer,
    admin_email character varying(255),
    cleanup_empty_projects boolean,
    disable_publish_for_branches boolean,
    default_tracker character varying(255),
    api_url character varying(255),
    unlisted_projects_filter character varying(255),
    unlisted_projects_filter_description character varying(255),
    CONSTRAINT configurations_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.data_migrations (
    version character varying(255) NOT NULL,
    CONSTRAINT data_migrations_pkey PRIMARY KEY (version)
);

CREATE TABLE obs.delayed_jobs (
    id integer NOT NULL,
    priority integer,
    attempts integer,
    handler text,
    last_error text,
    run_at timestamp without time zone,
    locked_at timestamp without time zone,
    failed_at timestamp without time zone,
    locked_by character varying(255),
    queue character varying(255),
    CONSTRAINT delayed_jobs_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.distribution_icons (
    id integer NOT NULL,
    url character varying(255) NOT NULL,
    width integer,
    height integer,
    CONSTRAINT distribution_icons_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.distribution_icons_distributions (
    id integer NOT NULL,
    distribution_id integer,
    distribution_icon_id integer,
    CONSTRAINT distribution_icons_distributions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.distributions (
    id integer NOT NULL,
    vendor character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    project character varying(255) NOT NULL,
    reponame character varying(255) NOT NULL,
    repository character varying(255) NOT NULL,
    link character varying(255),
    CONSTRAINT distributions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.download_repositories (
    id integer NOT NULL,
    repository_id integer NOT NULL,
    arch character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    repotype character varying(255),
    archfilter character varying(255),
    masterurl character varying(255),
    mastersslfingerprint character varying(255),
    pubkey text,
    CONSTRAINT download_repositories_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.event_subscriptions (
    id integer NOT NULL,
    eventtype character varying(255) NOT NULL,
    receiver_role character varying(255) NOT NULL,
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    group_id integer,
    channel integer NOT NULL,
    CONSTRAINT event_subscriptions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.events (
    id integer NOT NULL,
    eventtype character varying(255) NOT NULL,
    payload text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    undone_jobs integer,
    mails_sent boolean,
    CONSTRAINT events_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.flags (
    id integer NOT NULL,
    status text NOT NULL,
    repo character varying(255),
    project_id integer,
    package_id integer,
    architecture_id integer,
    "position" integer NOT NULL,
    flag text NOT NULL,
    CONSTRAINT flags_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.group_maintainers (
    id integer NOT NULL,
    group_id integer,
    user_id integer,
    CONSTRAINT group_maintainers_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.groups (
    id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    title character varying(200) NOT NULL,
    parent_id integer,
    email character varying(255),
    CONSTRAINT groups_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.groups_roles (
    group_id integer NOT NULL,
    role_id integer NOT NULL,
    created_at timestamp without time zone
);

CREATE TABLE obs.groups_users (
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone,
    email boolean,
    id integer NOT NULL,
    CONSTRAINT groups_users_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.history_elements (
    id integer NOT NULL,
    type character varying(255) NOT NULL,
    op_object_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    user_id integer NOT NULL,
    description_extension character varying(255),
    comment text,
    CONSTRAINT history_elements_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.incident_counter (
    id integer NOT NULL,
    maintenance_db_project_id integer,
    counter integer,
    CONSTRAINT incident_counter_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.incident_updateinfo_counter_values (
    id integer NOT NULL,
    updateinfo_counter_id integer NOT NULL,
    project_id integer NOT NULL,
    value integer NOT NULL,
    released_at timestamp without time zone NOT NULL,
    CONSTRAINT incident_updateinfo_counter_values_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.issue_trackers (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    kind text NOT NULL,
    description character varying(255),
    url character varying(255) NOT NULL,
    show_url character varying(255),
    regex character varying(255) NOT NULL,
    "user" character varying(255),
    password character varying(255),
    label text NOT NULL,
    issues_updated timestamp without time zone NOT NULL,
    enable_fetch boolean,
    CONSTRAINT issue_trackers_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.issues (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    issue_tracker_id integer NOT NULL,
    summary character varying(255),
    owner_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    state text,
    CONSTRAINT issues_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.kiwi_descriptions (
    id integer NOT NULL,
    image_id integer,
    description_type integer,
    author character varying(255),
    contact character varying(255),
    specification character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT kiwi_descriptions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.kiwi_images (
    id integer NOT NULL,
    name character varying(255),
    md5_last_revision character varying(32),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    use_project_repositories boolean,
    CONSTRAINT kiwi_images_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.kiwi_package_groups (
    id integer NOT NULL,
    kiwi_type integer NOT NULL,
    profiles character varying(255),
    pattern_type character varying(255),
    image_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT kiwi_package_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.kiwi_packages (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    arch character varying(255),
    replaces character varying(255),
    bootinclude boolean,
    bootdelete boolean,
    package_group_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT kiwi_packages_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.kiwi_preferences (
    id integer NOT NULL,
    image_id integer,
    type_image integer,
    type_containerconfig_name character varying(255),
    type_containerconfig_tag character varying(255),
    version character varying(255),
    profile character varying(191),
    CONSTRAINT kiwi_preferences_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.kiwi_profiles (
    id integer NOT NULL,
    name character varying(191) NOT NULL,
    description character varying(191) NOT NULL,
    selected boolean NOT NULL,
    image_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT kiwi_profiles_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.kiwi_repositories (
    id integer NOT NULL,
    image_id integer,
    repo_type character varying(255),
    source_path character varying(255),
    "order" integer,
    priority integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    alias character varying(255),
    imageinclude boolean,
    password character varying(255),
    prefer_license boolean,
    replaceable boolean,
    username character varying(255),
    CONSTRAINT kiwi_repositories_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.linked_projects (
    id integer NOT NULL,
    db_project_id integer NOT NULL,
    linked_db_project_id integer,
    "position" integer,
    linked_remote_project_name character varying(255),
    vrevmode text,
    CONSTRAINT linked_projects_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.maintained_projects (
    id integer NOT NULL,
    project_id integer NOT NULL,
    maintenance_project_id integer NOT NULL,
    CONSTRAINT maintained_projects_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.maintenance_incidents (
    id integer NOT NULL,
    db_project_id integer,
    maintenance_db_project_id integer,
    updateinfo_id character varying(255),
    incident_id integer,
    released_at timestamp without time zone,
    CONSTRAINT maintenance_incidents_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.messages (
    id integer NOT NULL,
    db_object_id integer,
    db_object_type character varying(255),
    user_id integer,
    created_at timestamp without time zone,
    send_mail boolean,
    sent_at timestamp without time zone,
    private boolean,
    severity integer,
    text text,
    CONSTRAINT messages_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.notifications (
    id integer NOT NULL,
    type character varying(255) NOT NULL,
    event_type character varying(255) NOT NULL,
    event_payload text NOT NULL,
    subscription_receiver_role character varying(255) NOT NULL,
    delivered boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    subscriber_type character varying(255),
    subscriber_id integer,
    CONSTRAINT notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.package_issues (
    id integer NOT NULL,
    package_id integer NOT NULL,
    issue_id integer NOT NULL,
    change text,
    CONSTRAINT package_issues_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.package_kinds (
    id integer NOT NULL,
    package_id integer,
    kind text NOT NULL,
    CONSTRAINT package_kinds_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.packages (
    id integer NOT NULL,
    project_id integer NOT NULL,
    name character varying(200) NOT NULL,
    title character varying(255),
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    url character varying(255),
    activity_index double precision,
    bcntsynctag character varying(255),
    develpackage_id integer,
    delta boolean NOT NULL,
    releasename character varying(255),
    kiwi_image_id integer,
    CONSTRAINT packages_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.path_elements (
    id integer NOT NULL,
    parent_id integer NOT NULL,
    repository_id integer NOT NULL,
    "position" integer NOT NULL,
    CONSTRAINT path_elements_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.product_channels (
    id integer NOT NULL,
    product_id integer NOT NULL,
    channel_id integer NOT NULL,
    CONSTRAINT product_channels_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.product_media (
    id integer NOT NULL,
    product_id integer,
    repository_id integer,
    arch_filter_id integer,
    name character varying(255),
    CONSTRAINT product_media_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.product_update_repositories (
    id integer NOT NULL,
    product_id integer,
    repository_id integer,
    arch_filter_id integer,
    CONSTRAINT product_update_repositories_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.products (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    package_id integer NOT NULL,
    cpe character varying(255),
    version character varying(255),
    baseversion character varying(255),
    patchlevel character varying(255),
    release character varying(255),
    CONSTRAINT products_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.project_log_entries (
    id integer NOT NULL,
    project_id integer,
    user_name character varying(255),
    package_name character varying(255),
    bs_request_id integer,
    datetime timestamp without time zone,
    event_type character varying(255),
    additional_info text,
    CONSTRAINT project_log_entries_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.projects (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    title character varying(255),
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    remoteurl character varying(255),
    remoteproject character varying(255),
    develproject_id integer,
    delta boolean NOT NULL,
    kind text,
    url character varying(255),
    required_checks character varying(255),
    staging_workflow_id integer,
    CONSTRAINT projects_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.ratings (
    id integer NOT NULL,
    score integer,
    db_object_id integer,
    db_object_type character varying(255),
    created_at timestamp without time zone,
    user_id integer,
    CONSTRAINT ratings_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.relationships (
    id integer NOT NULL,
    package_id integer,
    project_id integer,
    role_id integer NOT NULL,
    user_id integer,
    group_id integer,
    CONSTRAINT relationships_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.release_targets (
    id integer NOT NULL,
    repository_id integer NOT NULL,
    target_repository_id integer NOT NULL,
    trigger text,
    CONSTRAINT release_targets_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.repositories (
    id integer NOT NULL,
    db_project_id integer NOT NULL,
    name character varying(255) NOT NULL,
    remote_project_name character varying(255) NOT NULL,
    rebuild text,
    block text,
    linkedbuild text,
    hostsystem_id integer,
    required_checks character varying(255),
    CONSTRAINT repositories_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.repository_architectures (
    repository_id integer NOT NULL,
    architecture_id integer NOT NULL,
    "position" integer NOT NULL,
    id integer NOT NULL,
    required_checks character varying(255),
    CONSTRAINT repository_architectures_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.reviews (
    id integer NOT NULL,
    bs_request_id integer,
    creator character varying(255),
    reviewer character varying(255),
    reason text,
    state character varying(255),
    by_user character varying(255),
    by_group character varying(255),
    by_project character varying(255),
    by_package character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    review_id integer,
    user_id integer,
    group_id integer,
    project_id integer,
    package_id integer,
    CONSTRAINT reviews_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.roles (
    id integer NOT NULL,
    title character varying(100) NOT NULL,
    parent_id integer,
    global boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT roles_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.roles_static_permissions (
    role_id integer NOT NULL,
    static_permission_id integer NOT NULL
);

CREATE TABLE obs.roles_users (
    user_id integer NOT NULL,
    role_id integer NOT NULL,
    created_at timestamp without time zone,
    id integer NOT NULL,
    CONSTRAINT roles_users_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.schema_migrations (
    version character varying(255) NOT NULL
);

CREATE TABLE obs.sessions (
    id integer NOT NULL,
    session_id character varying(255) NOT NULL,
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT sessions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.staging_request_exclusions (
    id integer NOT NULL,
    staging_workflow_id integer NOT NULL,
    bs_request_id integer NOT NULL,
    description character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    number integer,
    CONSTRAINT staging_request_exclusions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.staging_workflows (
    id integer NOT NULL,
    project_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    managers_group_id integer,
    CONSTRAINT staging_workflows_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.static_permissions (
    id integer NOT NULL,
    title character varying(200) NOT NULL,
    CONSTRAINT static_permissions_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.status_checks (
    id integer NOT NULL,
    state character varying(255),
    url character varying(255),
    short_description character varying(255),
    name character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    status_reports_id integer,
    CONSTRAINT status_checks_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.status_histories (
    id integer NOT NULL,
    "time" integer,
    key character varying(255),
    value double precision NOT NULL,
    CONSTRAINT status_histories_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.status_messages (
    id integer NOT NULL,
    created_at timestamp without time zone,
    deleted_at timestamp without time zone,
    message text,
    user_id integer,
    severity integer,
    CONSTRAINT status_messages_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.status_reports (
    id integer NOT NULL,
    uuid character varying(255),
    checkable_type character varying(191),
    checkable_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT status_reports_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.tokens (
    id integer NOT NULL,
    string character varying(255),
    user_id integer NOT NULL,
    package_id integer,
    type character varying(255),
    CONSTRAINT tokens_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.updateinfo_counters (
    id integer NOT NULL,
    maintenance_db_project_id integer,
    day integer,
    month integer,
    year integer,
    counter integer,
    CONSTRAINT updateinfo_counters_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.user_registrations (
    id integer NOT NULL,
    user_id integer NOT NULL,
    token text NOT NULL,
    created_at timestamp without time zone,
    expires_at timestamp without time zone,
    CONSTRAINT user_registrations_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.users (
    id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    last_logged_in_at timestamp without time zone,
    login_failure_count integer NOT NULL,
    login text,
    email character varying(200) NOT NULL,
    realname character varying(200) NOT NULL,
    password_digest character varying(255),
    deprecated_password character varying(255),
    deprecated_password_hash_type character varying(255),
    deprecated_password_salt character varying(255),
    adminnote text,
    state text,
    owner_id integer,
    ignore_auth_services boolean,
    in_beta boolean,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE TABLE obs.watched_projects (
    id integer NOT NULL,
    user_id integer NOT NULL,
    project_id integer NOT NULL,
    CONSTRAINT watched_projects_pkey PRIMARY KEY (id)
);

ALTER TABLE obs.attrib_allowed_values ADD CONSTRAINT attrib_allowed_values_ibfk_1 FOREIGN KEY (attrib_type_id) REFERENCES obs.attrib_types (id);
ALTER TABLE obs.attrib_default_values ADD CONSTRAINT attrib_default_values_ibfk_1 FOREIGN KEY (attrib_type_id) REFERENCES obs.attrib_types (id);
ALTER TABLE obs.attrib_issues ADD CONSTRAINT attrib_issues_ibfk_1 FOREIGN KEY (attrib_id) REFERENCES obs.attribs (id);
ALTER TABLE obs.attrib_issues ADD CONSTRAINT attrib_issues_ibfk_2 FOREIGN KEY (issue_id) REFERENCES obs.issues (id);
ALTER TABLE obs.attrib_namespace_modifiable_bies ADD CONSTRAINT attrib_namespace_modifiable_bies_ibfk_1 FOREIGN KEY (attrib_namespace_id) REFERENCES obs.attrib_namespaces (id);
ALTER TABLE obs.attrib_namespace_modifiable_bies ADD CONSTRAINT attrib_namespace_modifiable_bies_ibfk_4 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.attrib_namespace_modifiable_bies ADD CONSTRAINT attrib_namespace_modifiable_bies_ibfk_5 FOREIGN KEY (group_id) REFERENCES obs.groups (id);
ALTER TABLE obs.attrib_type_modifiable_bies ADD CONSTRAINT attrib_type_modifiable_bies_ibfk_1 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.attrib_type_modifiable_bies ADD CONSTRAINT attrib_type_modifiable_bies_ibfk_2 FOREIGN KEY (group_id) REFERENCES obs.groups (id);
ALTER TABLE obs.attrib_type_modifiable_bies ADD CONSTRAINT attrib_type_modifiable_bies_ibfk_3 FOREIGN KEY (role_id) REFERENCES obs.roles (id);
ALTER TABLE obs.attrib_types ADD CONSTRAINT attrib_types_ibfk_1 FOREIGN KEY (attrib_namespace_id) REFERENCES obs.attrib_namespaces (id);
ALTER TABLE obs.attrib_values ADD CONSTRAINT attrib_values_ibfk_1 FOREIGN KEY (attrib_id) REFERENCES obs.attribs (id);
ALTER TABLE obs.attribs ADD CONSTRAINT attribs_ibfk_1 FOREIGN KEY (attrib_type_id) REFERENCES obs.attrib_types (id);
ALTER TABLE obs.attribs ADD CONSTRAINT attribs_ibfk_2 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.attribs ADD CONSTRAINT attribs_ibfk_3 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.backend_packages ADD CONSTRAINT backend_packages_ibfk_1 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.backend_packages ADD CONSTRAINT backend_packages_ibfk_2 FOREIGN KEY (links_to_id) REFERENCES obs.packages (id);
ALTER TABLE obs.binary_releases ADD CONSTRAINT binary_releases_ibfk_1 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.binary_releases ADD CONSTRAINT binary_releases_ibfk_2 FOREIGN KEY (release_package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.bs_request_action_accept_infos ADD CONSTRAINT bs_request_action_accept_infos_ibfk_1 FOREIGN KEY (bs_request_action_id) REFERENCES obs.bs_request_actions (id);
ALTER TABLE obs.bs_request_actions ADD CONSTRAINT bs_request_actions_ibfk_1 FOREIGN KEY (bs_request_id) REFERENCES obs.bs_requests (id);
ALTER TABLE obs.channel_binaries ADD CONSTRAINT channel_binaries_ibfk_1 FOREIGN KEY (channel_binary_list_id) REFERENCES obs.channel_binary_lists (id);
ALTER TABLE obs.channel_binaries ADD CONSTRAINT channel_binaries_ibfk_2 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.channel_binaries ADD CONSTRAINT channel_binaries_ibfk_3 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.channel_binaries ADD CONSTRAINT channel_binaries_ibfk_4 FOREIGN KEY (architecture_id) REFERENCES obs.architectures (id);
ALTER TABLE obs.channel_binary_lists ADD CONSTRAINT channel_binary_lists_ibfk_1 FOREIGN KEY (channel_id) REFERENCES obs.channels (id);
ALTER TABLE obs.channel_binary_lists ADD CONSTRAINT channel_binary_lists_ibfk_2 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.channel_binary_lists ADD CONSTRAINT channel_binary_lists_ibfk_3 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.channel_binary_lists ADD CONSTRAINT channel_binary_lists_ibfk_4 FOREIGN KEY (architecture_id) REFERENCES obs.architectures (id);
ALTER TABLE obs.channel_targets ADD CONSTRAINT channel_targets_ibfk_1 FOREIGN KEY (channel_id) REFERENCES obs.channels (id);
ALTER TABLE obs.channel_targets ADD CONSTRAINT channel_targets_ibfk_2 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.channels ADD CONSTRAINT channels_ibfk_1 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.comments ADD CONSTRAINT comments_ibfk_1 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.comments ADD CONSTRAINT comments_ibfk_4 FOREIGN KEY (parent_id) REFERENCES obs.comments (id);
ALTER TABLE obs.download_repositories ADD CONSTRAINT download_repositories_ibfk_1 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.flags ADD CONSTRAINT flags_ibfk_3 FOREIGN KEY (architecture_id) REFERENCES obs.architectures (id);
ALTER TABLE obs.flags ADD CONSTRAINT flags_ibfk_4 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.flags ADD CONSTRAINT flags_ibfk_5 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.group_maintainers ADD CONSTRAINT group_maintainers_ibfk_1 FOREIGN KEY (group_id) REFERENCES obs.groups (id);
ALTER TABLE obs.group_maintainers ADD CONSTRAINT group_maintainers_ibfk_2 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.groups_roles ADD CONSTRAINT groups_roles_ibfk_1 FOREIGN KEY (group_id) REFERENCES obs.groups (id);
ALTER TABLE obs.groups_roles ADD CONSTRAINT groups_roles_ibfk_2 FOREIGN KEY (role_id) REFERENCES obs.roles (id);
ALTER TABLE obs.groups_users ADD CONSTRAINT groups_users_ibfk_1 FOREIGN KEY (group_id) REFERENCES obs.groups (id);
ALTER TABLE obs.groups_users ADD CONSTRAINT groups_users_ibfk_2 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.incident_updateinfo_counter_values ADD CONSTRAINT incident_updateinfo_counter_values_ibfk_1 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.issues ADD CONSTRAINT issues_ibfk_1 FOREIGN KEY (owner_id) REFERENCES obs.users (id);
ALTER TABLE obs.issues ADD CONSTRAINT issues_ibfk_2 FOREIGN KEY (issue_tracker_id) REFERENCES obs.issue_trackers (id);
ALTER TABLE obs.kiwi_package_groups ADD CONSTRAINT fk_rails_c64a679086 FOREIGN KEY (image_id) REFERENCES obs.kiwi_images (id);
ALTER TABLE obs.kiwi_packages ADD CONSTRAINT fk_rails_0ecab3b2cd FOREIGN KEY (package_group_id) REFERENCES obs.kiwi_package_groups (id);
ALTER TABLE obs.maintained_projects ADD CONSTRAINT maintained_projects_ibfk_1 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.maintained_projects ADD CONSTRAINT maintained_projects_ibfk_2 FOREIGN KEY (maintenance_project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.package_issues ADD CONSTRAINT package_issues_ibfk_1 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.package_issues ADD CONSTRAINT package_issues_ibfk_2 FOREIGN KEY (issue_id) REFERENCES obs.issues (id);
ALTER TABLE obs.package_kinds ADD CONSTRAINT package_kinds_ibfk_1 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.packages ADD CONSTRAINT fk_rails_9a47aff19d FOREIGN KEY (kiwi_image_id) REFERENCES obs.kiwi_images (id);
ALTER TABLE obs.packages ADD CONSTRAINT packages_ibfk_3 FOREIGN KEY (develpackage_id) REFERENCES obs.packages (id);
ALTER TABLE obs.packages ADD CONSTRAINT packages_ibfk_4 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.path_elements ADD CONSTRAINT path_elements_ibfk_1 FOREIGN KEY (parent_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.path_elements ADD CONSTRAINT path_elements_ibfk_2 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.product_channels ADD CONSTRAINT product_channels_ibfk_1 FOREIGN KEY (channel_id) REFERENCES obs.channels (id);
ALTER TABLE obs.product_channels ADD CONSTRAINT product_channels_ibfk_2 FOREIGN KEY (product_id) REFERENCES obs.products (id);
ALTER TABLE obs.product_media ADD CONSTRAINT product_media_ibfk_1 FOREIGN KEY (product_id) REFERENCES obs.products (id);
ALTER TABLE obs.product_media ADD CONSTRAINT product_media_ibfk_2 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.product_media ADD CONSTRAINT product_media_ibfk_3 FOREIGN KEY (arch_filter_id) REFERENCES obs.architectures (id);
ALTER TABLE obs.product_update_repositories ADD CONSTRAINT product_update_repositories_ibfk_1 FOREIGN KEY (product_id) REFERENCES obs.products (id);
ALTER TABLE obs.product_update_repositories ADD CONSTRAINT product_update_repositories_ibfk_2 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.product_update_repositories ADD CONSTRAINT product_update_repositories_ibfk_3 FOREIGN KEY (arch_filter_id) REFERENCES obs.architectures (id);
ALTER TABLE obs.products ADD CONSTRAINT products_ibfk_1 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.project_log_entries ADD CONSTRAINT project_log_entries_ibfk_1 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.ratings ADD CONSTRAINT ratings_ibfk_1 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.relationships ADD CONSTRAINT relationships_ibfk_1 FOREIGN KEY (role_id) REFERENCES obs.roles (id);
ALTER TABLE obs.relationships ADD CONSTRAINT relationships_ibfk_2 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.relationships ADD CONSTRAINT relationships_ibfk_3 FOREIGN KEY (group_id) REFERENCES obs.groups (id);
ALTER TABLE obs.relationships ADD CONSTRAINT relationships_ibfk_4 FOREIGN KEY (project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.relationships ADD CONSTRAINT relationships_ibfk_5 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.release_targets ADD CONSTRAINT release_targets_ibfk_1 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.release_targets ADD CONSTRAINT release_targets_ibfk_2 FOREIGN KEY (target_repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.repositories ADD CONSTRAINT repositories_ibfk_1 FOREIGN KEY (db_project_id) REFERENCES obs.projects (id);
ALTER TABLE obs.repositories ADD CONSTRAINT repositories_ibfk_2 FOREIGN KEY (hostsystem_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.repository_architectures ADD CONSTRAINT repository_architectures_ibfk_1 FOREIGN KEY (repository_id) REFERENCES obs.repositories (id);
ALTER TABLE obs.repository_architectures ADD CONSTRAINT repository_architectures_ibfk_2 FOREIGN KEY (architecture_id) REFERENCES obs.architectures (id);
ALTER TABLE obs.reviews ADD CONSTRAINT fk_rails_813a4fb24f FOREIGN KEY (review_id) REFERENCES obs.reviews (id);
ALTER TABLE obs.reviews ADD CONSTRAINT reviews_ibfk_1 FOREIGN KEY (bs_request_id) REFERENCES obs.bs_requests (id);
ALTER TABLE obs.roles ADD CONSTRAINT roles_ibfk_1 FOREIGN KEY (parent_id) REFERENCES obs.roles (id);
ALTER TABLE obs.roles_static_permissions ADD CONSTRAINT roles_static_permissions_ibfk_1 FOREIGN KEY (role_id) REFERENCES obs.roles (id);
ALTER TABLE obs.roles_static_permissions ADD CONSTRAINT roles_static_permissions_ibfk_2 FOREIGN KEY (static_permission_id) REFERENCES obs.static_permissions (id);
ALTER TABLE obs.roles_users ADD CONSTRAINT roles_users_ibfk_1 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.roles_users ADD CONSTRAINT roles_users_ibfk_2 FOREIGN KEY (role_id) REFERENCES obs.roles (id);
ALTER TABLE obs.status_checks ADD CONSTRAINT fk_rails_959cdb3a57 FOREIGN KEY (status_reports_id) REFERENCES obs.status_reports (id);
ALTER TABLE obs.tokens ADD CONSTRAINT tokens_ibfk_1 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.tokens ADD CONSTRAINT tokens_ibfk_2 FOREIGN KEY (package_id) REFERENCES obs.packages (id);
ALTER TABLE obs.user_registrations ADD CONSTRAINT user_registrations_ibfk_1 FOREIGN KEY (user_id) REFERENCES obs.users (id);
ALTER TABLE obs.watched_projects ADD CONSTRAINT watched_projects_ibfk_1 FOREIGN KEY (user_id) REFERENCES obs.users (id);
