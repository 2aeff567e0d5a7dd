-- Apache Ranger's policy administration server (Ranger Admin), the access-control hub for Hadoop-style data
-- platforms: portal users and their roles and sessions, users, groups and group membership, roles and their members,
-- service definitions (resource kinds, access types, policy conditions, context enrichers, enums, data-mask types)
-- and services with their configuration, security zones and what they reference, policies with their resources,
-- items, item accesses, conditions, user/group permissions, data masks and row filters, the policy "ref" tables,
-- labels, change logs and version info, tags, tag definitions and tagged service resources, plugin info, user-sync
-- audits, admin transaction logs and history, the legacy asset/resource/permission tables, the resource-mapping (RMS)
-- tables and the data-governance-sharing (GDS) datasets, projects, data shares and shared resources. Read from
-- security-admin/db/postgres/optimized/current/ranger_core_db_postgres.sql of github.com/apache/ranger (commit
-- 8e7716c; Apache License 2.0; we use the schema's facts), the install script Ranger runs on a fresh PostgreSQL
-- database. Loaded as it is into a scratch PostgreSQL 15 and regenerated from its catalog: all 85 tables with their
-- primary keys, the 44 unique constraints (three foreign keys point at x_service.name and x_user.user_name) and the
-- 213 foreign keys the script declares, schema ranger (the script uses public). Left out: the 84 sequences and the
-- column defaults that draw on them, other defaults, the CHECK constraint on x_db_version_h.active, the 176 indexes,
-- the view vx_principal, the functions getXportalUIdByLoginId and getModulesIdByName and the seed rows (admin users,
-- modules, global states, version marks). The script declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS ranger;
CREATE TABLE ranger.x_db_version_h (
    id integer NOT NULL,
    version character varying(64) NOT NULL,
    inst_at timestamp without time zone NOT NULL,
    inst_by character varying(256) NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    updated_by character varying(256) NOT NULL,
    active character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_portal_user (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    first_name character varying(256),
    last_name character varying(256),
    pub_scr_name character varying(2048),
    login_id character varying(767),
    password character varying(512) NOT NULL,
    email character varying(512),
    status integer NOT NULL,
    user_src integer NOT NULL,
    notes text,
    other_attributes text,
    sync_source text,
    old_passwords text,
    password_updated_time timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (email),
    UNIQUE (login_id)
);
CREATE TABLE ranger.x_portal_user_role (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    user_id bigint NOT NULL,
    user_role character varying(128),
    status integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.xa_access_audit (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    audit_type integer NOT NULL,
    access_result integer,
    access_type character varying(255),
    acl_enforcer character varying(255),
    agent_id character varying(255),
    client_ip character varying(255),
    client_type character varying(255),
    policy_id bigint,
    repo_name character varying(255),
    repo_type bigint,
    result_reason character varying(255),
    session_id character varying(255),
    event_time timestamp without time zone,
    request_user character varying(255),
    action character varying(2000),
    request_data character varying(4000),
    resource_path character varying(4000),
    resource_type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_asset (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    asset_name character varying(1024) NOT NULL,
    descr character varying(4000),
    act_status integer NOT NULL,
    asset_type integer NOT NULL,
    config text,
    sup_native boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_auth_sess (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    login_id character varying(767) NOT NULL,
    user_id bigint,
    ext_sess_id character varying(512),
    auth_time timestamp without time zone NOT NULL,
    auth_status integer NOT NULL,
    auth_type integer NOT NULL,
    auth_provider integer NOT NULL,
    device_type integer NOT NULL,
    req_ip character varying(48) NOT NULL,
    req_ua character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_cred_store (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    store_name character varying(1024) NOT NULL,
    descr character varying(4000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_db_base (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_group (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    group_name character varying(1024) NOT NULL,
    descr text,
    status integer NOT NULL,
    group_type integer NOT NULL,
    cred_store_id bigint,
    group_src integer NOT NULL,
    is_visible integer NOT NULL,
    other_attributes text,
    sync_source text,
    PRIMARY KEY (id),
    UNIQUE (group_name)
);
CREATE TABLE ranger.x_group_groups (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    group_name character varying(1024) NOT NULL,
    p_group_id bigint,
    group_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_user (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    user_name character varying(767) NOT NULL,
    descr text,
    status integer NOT NULL,
    cred_store_id bigint,
    is_visible integer NOT NULL,
    other_attributes text,
    sync_source text,
    PRIMARY KEY (id),
    UNIQUE (user_name)
);
CREATE TABLE ranger.x_group_users (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    group_name character varying(767) NOT NULL,
    p_group_id bigint,
    user_id bigint,
    PRIMARY KEY (id),
    UNIQUE (user_id, group_name)
);
CREATE TABLE ranger.x_policy_export_audit (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    client_ip character varying(255) NOT NULL,
    agent_id character varying(255),
    req_epoch bigint NOT NULL,
    last_updated timestamp without time zone,
    repository_name character varying(1024),
    exported_json text,
    http_ret_code integer NOT NULL,
    cluster_name character varying(255),
    zone_name character varying(255),
    policy_version bigint,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_resource (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    res_name character varying(4000),
    descr character varying(4000),
    res_type integer NOT NULL,
    asset_id bigint NOT NULL,
    parent_id bigint,
    parent_path character varying(4000),
    is_encrypt integer NOT NULL,
    is_recursive integer NOT NULL,
    res_group character varying(1024),
    res_dbs text,
    res_tables text,
    res_col_fams text,
    res_cols text,
    res_udfs text,
    res_status integer NOT NULL,
    table_type integer NOT NULL,
    col_type integer NOT NULL,
    policy_name character varying(500),
    res_topologies text,
    res_services text,
    PRIMARY KEY (id),
    UNIQUE (policy_name)
);
CREATE TABLE ranger.x_trx_log_v2 (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    added_by_id bigint,
    class_type integer NOT NULL,
    object_id bigint,
    parent_object_id bigint,
    parent_object_class_type integer NOT NULL,
    parent_object_name character varying(1024),
    object_name character varying(1024),
    change_info text,
    trx_id character varying(1024),
    action character varying(255),
    sess_id character varying(512),
    req_id character varying(30),
    sess_type character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_perm_map (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    perm_group character varying(1024),
    res_id bigint,
    group_id bigint,
    user_id bigint,
    perm_for integer NOT NULL,
    perm_type integer NOT NULL,
    is_recursive integer NOT NULL,
    is_wild_card boolean NOT NULL,
    grant_revoke boolean NOT NULL,
    ip_address text,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_audit_map (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    res_id bigint,
    group_id bigint,
    user_id bigint,
    audit_type bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_service_def (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    name character varying(1024),
    display_name character varying(1024),
    impl_class_name character varying(1024),
    label character varying(1024),
    description character varying(1024),
    rb_key_label character varying(1024),
    rb_key_description character varying(1024),
    is_enabled boolean,
    def_options character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_service (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    type bigint,
    name character varying(255),
    display_name character varying(255),
    policy_version bigint,
    policy_update_time timestamp without time zone,
    description character varying(1024),
    is_enabled boolean NOT NULL,
    tag_service bigint,
    tag_version bigint NOT NULL,
    tag_update_time timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE ranger.x_security_zone (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    name character varying(255) NOT NULL,
    jsondata text,
    gz_jsondata bytea,
    description character varying(1024),
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE ranger.x_ranger_global_state (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    state_name character varying(255) NOT NULL,
    app_data character varying(255),
    PRIMARY KEY (id),
    UNIQUE (state_name)
);
CREATE TABLE ranger.x_policy (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    service bigint NOT NULL,
    name character varying(512) NOT NULL,
    policy_type integer,
    description character varying(1024),
    resource_signature character varying(128),
    is_enabled boolean NOT NULL,
    is_audit_enabled boolean NOT NULL,
    policy_options character varying(4000),
    policy_priority integer NOT NULL,
    policy_text text,
    zone_id bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (guid, service, zone_id),
    UNIQUE (name, service, zone_id),
    UNIQUE (service, resource_signature)
);
CREATE TABLE ranger.x_service_config_def (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    def_id bigint NOT NULL,
    item_id bigint NOT NULL,
    name character varying(1024),
    type character varying(1024),
    sub_type character varying(1024),
    is_mandatory boolean NOT NULL,
    default_value character varying(1024),
    validation_reg_ex character varying(1024),
    validation_message character varying(1024),
    ui_hint character varying(1024),
    label character varying(1024),
    description character varying(1024),
    rb_key_label character varying(1024),
    rb_key_description character varying(1024),
    rb_key_validation_message character varying(1024),
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_resource_def (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    def_id bigint NOT NULL,
    item_id bigint NOT NULL,
    name character varying(1024),
    type character varying(1024),
    res_level bigint,
    parent bigint,
    mandatory boolean NOT NULL,
    look_up_supported boolean NOT NULL,
    recursive_supported boolean NOT NULL,
    excludes_supported boolean NOT NULL,
    matcher character varying(1024),
    matcher_options character varying(1024),
    validation_reg_ex character varying(1024),
    validation_message character varying(1024),
    ui_hint character varying(1024),
    label character varying(1024),
    description character varying(1024),
    rb_key_label character varying(1024),
    rb_key_description character varying(1024),
    rb_key_validation_message character varying(1024),
    sort_order integer,
    datamask_options character varying(1024),
    rowfilter_options character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_access_type_def (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    def_id bigint NOT NULL,
    item_id bigint NOT NULL,
    name character varying(1024),
    label character varying(1024),
    rb_key_label character varying(1024),
    category smallint,
    sort_order integer,
    datamask_options character varying(1024),
    rowfilter_options character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_access_type_def_grants (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    atd_id bigint NOT NULL,
    implied_grant character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_condition_def (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    def_id bigint NOT NULL,
    item_id bigint NOT NULL,
    name character varying(1024),
    evaluator character varying(1024),
    evaluator_options character varying(1024),
    validation_reg_ex character varying(1024),
    validation_message character varying(1024),
    ui_hint character varying(1024),
    label character varying(1024),
    description character varying(1024),
    rb_key_label character varying(1024),
    rb_key_description character varying(1024),
    rb_key_validation_message character varying(1024),
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_context_enricher_def (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    def_id bigint NOT NULL,
    item_id bigint NOT NULL,
    name character varying(1024),
    enricher character varying(1024),
    enricher_options character varying(1024),
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_enum_def (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    def_id bigint NOT NULL,
    item_id bigint NOT NULL,
    name character varying(1024),
    default_index bigint,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_enum_element_def (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    enum_def_id bigint NOT NULL,
    item_id bigint NOT NULL,
    name character varying(1024),
    label character varying(1024),
    rb_key_label character varying(1024),
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_service_config_map (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    service bigint NOT NULL,
    config_key character varying(1024),
    config_value character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_resource (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_id bigint NOT NULL,
    res_def_id bigint NOT NULL,
    is_excludes boolean NOT NULL,
    is_recursive boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_resource_map (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    resource_id bigint NOT NULL,
    value character varying(1024),
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_item (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_id bigint NOT NULL,
    delegate_admin boolean NOT NULL,
    sort_order integer,
    item_type integer NOT NULL,
    is_enabled boolean NOT NULL,
    comments character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_item_access (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_item_id bigint NOT NULL,
    type bigint NOT NULL,
    is_allowed boolean NOT NULL,
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_item_condition (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_item_id bigint NOT NULL,
    type bigint NOT NULL,
    value character varying(1024),
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_item_user_perm (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_item_id bigint NOT NULL,
    user_id bigint,
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_item_group_perm (
    id bigint NOT NULL,
    guid character varying(1024),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_item_id bigint NOT NULL,
    group_id bigint,
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_data_hist (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    obj_guid character varying(1024) NOT NULL,
    obj_class_type integer NOT NULL,
    obj_id bigint NOT NULL,
    obj_name character varying(1024) NOT NULL,
    version bigint,
    action character varying(512) NOT NULL,
    from_time timestamp without time zone NOT NULL,
    to_time timestamp without time zone,
    content text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_modules_master (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    module character varying(1024) NOT NULL,
    url character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_user_module_perm (
    id bigint NOT NULL,
    user_id bigint,
    module_id bigint,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    is_allowed integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_group_module_perm (
    id bigint NOT NULL,
    group_id bigint,
    module_id bigint,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    is_allowed integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_tag_def (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    name character varying(255) NOT NULL,
    source character varying(128),
    is_enabled boolean NOT NULL,
    tag_attrs_def_text text,
    PRIMARY KEY (id),
    UNIQUE (guid),
    UNIQUE (name)
);
CREATE TABLE ranger.x_tag (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    type bigint NOT NULL,
    owned_by smallint NOT NULL,
    policy_options character varying(4000),
    tag_attrs_text text,
    PRIMARY KEY (id),
    UNIQUE (guid)
);
CREATE TABLE ranger.x_service_resource (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    service_id bigint NOT NULL,
    resource_signature character varying(128),
    is_enabled boolean NOT NULL,
    service_resource_elements_text text,
    tags_text text,
    PRIMARY KEY (id),
    UNIQUE (guid),
    UNIQUE (service_id, resource_signature)
);
CREATE TABLE ranger.x_tag_resource_map (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    tag_id bigint NOT NULL,
    res_id bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (guid)
);
CREATE TABLE ranger.x_datamask_type_def (
    id bigint NOT NULL,
    guid character varying(64),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    def_id bigint NOT NULL,
    item_id bigint NOT NULL,
    name character varying(1024) NOT NULL,
    label character varying(1024) NOT NULL,
    description character varying(1024),
    transformer character varying(1024),
    datamask_options character varying(1024),
    rb_key_label character varying(1024),
    rb_key_description character varying(1024),
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_item_datamask (
    id bigint NOT NULL,
    guid character varying(64),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_item_id bigint NOT NULL,
    type bigint NOT NULL,
    condition_expr character varying(1024),
    value_expr character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_item_rowfilter (
    id bigint NOT NULL,
    guid character varying(64),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_item_id bigint NOT NULL,
    filter_expr character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_service_version_info (
    id bigint NOT NULL,
    service_id bigint NOT NULL,
    policy_version bigint NOT NULL,
    policy_update_time timestamp without time zone,
    tag_version bigint NOT NULL,
    tag_update_time timestamp without time zone,
    role_version bigint NOT NULL,
    role_update_time timestamp without time zone,
    gds_version bigint NOT NULL,
    gds_update_time timestamp without time zone,
    version bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_plugin_info (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    service_name character varying(255) NOT NULL,
    app_type character varying(128) NOT NULL,
    host_name character varying(255) NOT NULL,
    ip_address character varying(64) NOT NULL,
    info character varying(1024) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (service_name, host_name, app_type)
);
CREATE TABLE ranger.x_policy_label (
    id bigint NOT NULL,
    guid character varying(64),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    label_name character varying(512),
    PRIMARY KEY (id),
    UNIQUE (label_name)
);
CREATE TABLE ranger.x_policy_label_map (
    id bigint NOT NULL,
    guid character varying(64),
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    policy_id bigint,
    policy_label_id bigint,
    PRIMARY KEY (id),
    UNIQUE (policy_id, policy_label_id)
);
CREATE TABLE ranger.x_ugsync_audit_info (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    event_time timestamp without time zone,
    user_name character varying(255) NOT NULL,
    sync_source character varying(128) NOT NULL,
    no_of_new_users bigint NOT NULL,
    no_of_new_groups bigint NOT NULL,
    no_of_modified_users bigint NOT NULL,
    no_of_modified_groups bigint NOT NULL,
    sync_source_info text NOT NULL,
    session_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_ref_resource (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    resource_def_id bigint NOT NULL,
    resource_name character varying(4000),
    PRIMARY KEY (id),
    UNIQUE (policy_id, resource_def_id)
);
CREATE TABLE ranger.x_policy_ref_access_type (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    access_def_id bigint NOT NULL,
    access_type_name character varying(4000),
    PRIMARY KEY (id),
    UNIQUE (policy_id, access_def_id)
);
CREATE TABLE ranger.x_policy_ref_condition (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    condition_def_id bigint NOT NULL,
    condition_name character varying(4000),
    PRIMARY KEY (id),
    UNIQUE (policy_id, condition_def_id)
);
CREATE TABLE ranger.x_policy_ref_datamask_type (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    datamask_def_id bigint NOT NULL,
    datamask_type_name character varying(4000),
    PRIMARY KEY (id),
    UNIQUE (policy_id, datamask_def_id)
);
CREATE TABLE ranger.x_policy_ref_user (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    user_id bigint NOT NULL,
    user_name character varying(4000),
    PRIMARY KEY (id),
    UNIQUE (policy_id, user_id)
);
CREATE TABLE ranger.x_policy_ref_group (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    group_id bigint NOT NULL,
    group_name character varying(4000),
    PRIMARY KEY (id),
    UNIQUE (policy_id, group_id)
);
CREATE TABLE ranger.x_security_zone_ref_service (
    id bigint NOT NULL,
    zone_id bigint,
    service_id bigint,
    service_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_security_zone_ref_tag_srvc (
    id bigint NOT NULL,
    zone_id bigint,
    tag_srvc_id bigint,
    tag_srvc_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_security_zone_ref_resource (
    id bigint NOT NULL,
    zone_id bigint,
    resource_def_id bigint,
    resource_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_security_zone_ref_user (
    id bigint NOT NULL,
    zone_id bigint,
    user_id bigint,
    user_name character varying(255),
    user_type smallint,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_security_zone_ref_group (
    id bigint NOT NULL,
    zone_id bigint,
    group_id bigint,
    group_name character varying(255),
    group_type smallint,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_change_log (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    service_id bigint NOT NULL,
    change_type integer NOT NULL,
    policy_version bigint NOT NULL,
    service_type character varying(256),
    policy_type integer,
    zone_name character varying(256),
    policy_id bigint,
    policy_guid character varying(1024),
    PRIMARY KEY (id),
    UNIQUE (service_id, policy_version)
);
CREATE TABLE ranger.x_role (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    role_options character varying(4000),
    role_text text,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE ranger.x_role_ref_user (
    id bigint NOT NULL,
    role_id bigint NOT NULL,
    user_id bigint,
    user_name character varying(767),
    priv_type integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_role_ref_group (
    id bigint NOT NULL,
    role_id bigint NOT NULL,
    group_id bigint,
    group_name character varying(767),
    priv_type integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_policy_ref_role (
    id bigint NOT NULL,
    policy_id bigint NOT NULL,
    role_id bigint NOT NULL,
    role_name character varying(255),
    PRIMARY KEY (id),
    UNIQUE (policy_id, role_id)
);
CREATE TABLE ranger.x_role_ref_role (
    id bigint NOT NULL,
    role_ref_id bigint,
    role_id bigint NOT NULL,
    role_name character varying(255),
    priv_type integer,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_security_zone_ref_role (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    zone_id bigint,
    role_id bigint,
    role_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_tag_change_log (
    id bigint NOT NULL,
    create_time timestamp without time zone,
    service_id bigint NOT NULL,
    change_type integer NOT NULL,
    service_tags_version bigint NOT NULL,
    service_resource_id bigint,
    tag_id bigint,
    PRIMARY KEY (id),
    UNIQUE (service_id, service_tags_version)
);
CREATE TABLE ranger.x_rms_service_resource (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint,
    service_id bigint NOT NULL,
    resource_signature character varying(128),
    is_enabled boolean NOT NULL,
    service_resource_elements_text text,
    PRIMARY KEY (id),
    UNIQUE (guid),
    UNIQUE (resource_signature)
);
CREATE TABLE ranger.x_rms_notification (
    id bigint NOT NULL,
    hms_name character varying(128),
    notification_id bigint,
    change_timestamp timestamp without time zone,
    change_type character varying(64),
    hl_resource_id bigint,
    hl_service_id bigint,
    ll_resource_id bigint,
    ll_service_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE ranger.x_rms_resource_mapping (
    id bigint NOT NULL,
    change_timestamp timestamp without time zone,
    hl_resource_id bigint NOT NULL,
    ll_resource_id bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (hl_resource_id, ll_resource_id)
);
CREATE TABLE ranger.x_rms_mapping_provider (
    id bigint NOT NULL,
    change_timestamp timestamp without time zone,
    name character varying(128) NOT NULL,
    last_known_version bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE ranger.x_gds_dataset (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint NOT NULL,
    is_enabled boolean NOT NULL,
    name character varying(512) NOT NULL,
    description text,
    acl text,
    terms_of_use text,
    options text,
    additional_info text,
    validity_schedule text,
    labels text,
    keywords text,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE ranger.x_gds_project (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint NOT NULL,
    is_enabled boolean NOT NULL,
    name character varying(512) NOT NULL,
    description text,
    acl text,
    terms_of_use text,
    options text,
    additional_info text,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE ranger.x_gds_data_share (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint NOT NULL,
    is_enabled boolean NOT NULL,
    name character varying(512) NOT NULL,
    description text,
    acl text NOT NULL,
    service_id bigint NOT NULL,
    zone_id bigint NOT NULL,
    condition_expr text,
    default_access_types text,
    default_tag_masks text,
    terms_of_use text,
    options text,
    additional_info text,
    PRIMARY KEY (id),
    UNIQUE (service_id, zone_id, name)
);
CREATE TABLE ranger.x_gds_shared_resource (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint NOT NULL,
    is_enabled boolean NOT NULL,
    name character varying(512) NOT NULL,
    description text,
    data_share_id bigint NOT NULL,
    resource_name text NOT NULL,
    resource_signature character varying(128) NOT NULL,
    sub_resource text,
    sub_resource_type text,
    condition_expr text,
    access_types text,
    row_filter text,
    sub_resource_masks text,
    profiles text,
    options text,
    additional_info text,
    PRIMARY KEY (id),
    UNIQUE (data_share_id, name),
    UNIQUE (data_share_id, resource_signature)
);
CREATE TABLE ranger.x_gds_data_share_in_dataset (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint NOT NULL,
    is_enabled boolean NOT NULL,
    description text,
    data_share_id bigint NOT NULL,
    dataset_id bigint NOT NULL,
    status smallint NOT NULL,
    validity_period text,
    profiles text,
    options text,
    additional_info text,
    approver_id bigint,
    PRIMARY KEY (id),
    UNIQUE (data_share_id, dataset_id)
);
CREATE TABLE ranger.x_gds_dataset_in_project (
    id bigint NOT NULL,
    guid character varying(64) NOT NULL,
    create_time timestamp without time zone,
    update_time timestamp without time zone,
    added_by_id bigint,
    upd_by_id bigint,
    version bigint NOT NULL,
    is_enabled boolean NOT NULL,
    description text,
    dataset_id bigint NOT NULL,
    project_id bigint NOT NULL,
    status smallint NOT NULL,
    validity_period text,
    profiles text,
    options text,
    additional_info text,
    approver_id bigint,
    PRIMARY KEY (id),
    UNIQUE (dataset_id, project_id)
);
CREATE TABLE ranger.x_gds_dataset_policy_map (
    id bigint NOT NULL,
    dataset_id bigint NOT NULL,
    policy_id bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (dataset_id, policy_id)
);
CREATE TABLE ranger.x_gds_project_policy_map (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    policy_id bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (project_id, policy_id)
);
ALTER TABLE ranger.x_portal_user ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_portal_user ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_portal_user_role ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_portal_user_role ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_portal_user_role ADD FOREIGN KEY (user_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_asset ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_asset ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_auth_sess ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_auth_sess ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_auth_sess ADD FOREIGN KEY (user_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_cred_store ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_cred_store ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_db_base ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_db_base ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_group ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_group ADD FOREIGN KEY (cred_store_id) REFERENCES ranger.x_cred_store(id);
ALTER TABLE ranger.x_group ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_group_groups ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_group_groups ADD FOREIGN KEY (group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_group_groups ADD FOREIGN KEY (p_group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_group_groups ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_user ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_user ADD FOREIGN KEY (cred_store_id) REFERENCES ranger.x_cred_store(id);
ALTER TABLE ranger.x_user ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_group_users ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_group_users ADD FOREIGN KEY (p_group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_group_users ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_group_users ADD FOREIGN KEY (user_id) REFERENCES ranger.x_user(id);
ALTER TABLE ranger.x_policy_export_audit ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_export_audit ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_resource ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_resource ADD FOREIGN KEY (asset_id) REFERENCES ranger.x_asset(id);
ALTER TABLE ranger.x_resource ADD FOREIGN KEY (parent_id) REFERENCES ranger.x_resource(id);
ALTER TABLE ranger.x_resource ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_perm_map ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_perm_map ADD FOREIGN KEY (group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_perm_map ADD FOREIGN KEY (res_id) REFERENCES ranger.x_resource(id);
ALTER TABLE ranger.x_perm_map ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_perm_map ADD FOREIGN KEY (user_id) REFERENCES ranger.x_user(id);
ALTER TABLE ranger.x_audit_map ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_audit_map ADD FOREIGN KEY (group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_audit_map ADD FOREIGN KEY (res_id) REFERENCES ranger.x_resource(id);
ALTER TABLE ranger.x_audit_map ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_audit_map ADD FOREIGN KEY (user_id) REFERENCES ranger.x_user(id);
ALTER TABLE ranger.x_service_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service ADD FOREIGN KEY (tag_service) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_service ADD FOREIGN KEY (type) REFERENCES ranger.x_service_def(id);
ALTER TABLE ranger.x_service ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_security_zone ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_security_zone ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_ranger_global_state ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_ranger_global_state ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy ADD FOREIGN KEY (service) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_policy ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy ADD FOREIGN KEY (zone_id) REFERENCES ranger.x_security_zone(id);
ALTER TABLE ranger.x_service_config_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service_config_def ADD FOREIGN KEY (def_id) REFERENCES ranger.x_service_def(id);
ALTER TABLE ranger.x_service_config_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_resource_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_resource_def ADD FOREIGN KEY (def_id) REFERENCES ranger.x_service_def(id);
ALTER TABLE ranger.x_resource_def ADD FOREIGN KEY (parent) REFERENCES ranger.x_resource_def(id);
ALTER TABLE ranger.x_resource_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_access_type_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_access_type_def ADD FOREIGN KEY (def_id) REFERENCES ranger.x_service_def(id);
ALTER TABLE ranger.x_access_type_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_access_type_def_grants ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_access_type_def_grants ADD FOREIGN KEY (atd_id) REFERENCES ranger.x_access_type_def(id);
ALTER TABLE ranger.x_access_type_def_grants ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_condition_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_condition_def ADD FOREIGN KEY (def_id) REFERENCES ranger.x_service_def(id);
ALTER TABLE ranger.x_policy_condition_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_context_enricher_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_context_enricher_def ADD FOREIGN KEY (def_id) REFERENCES ranger.x_service_def(id);
ALTER TABLE ranger.x_context_enricher_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_enum_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_enum_def ADD FOREIGN KEY (def_id) REFERENCES ranger.x_service_def(id);
ALTER TABLE ranger.x_enum_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_enum_element_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_enum_element_def ADD FOREIGN KEY (enum_def_id) REFERENCES ranger.x_enum_def(id);
ALTER TABLE ranger.x_enum_element_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service_config_map ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service_config_map ADD FOREIGN KEY (service) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_service_config_map ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_resource ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_resource ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_resource ADD FOREIGN KEY (res_def_id) REFERENCES ranger.x_resource_def(id);
ALTER TABLE ranger.x_policy_resource ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_resource_map ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_resource_map ADD FOREIGN KEY (resource_id) REFERENCES ranger.x_policy_resource(id);
ALTER TABLE ranger.x_policy_resource_map ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_item ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_access ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_access ADD FOREIGN KEY (type) REFERENCES ranger.x_access_type_def(id);
ALTER TABLE ranger.x_policy_item_access ADD FOREIGN KEY (policy_item_id) REFERENCES ranger.x_policy_item(id);
ALTER TABLE ranger.x_policy_item_access ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_condition ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_condition ADD FOREIGN KEY (type) REFERENCES ranger.x_policy_condition_def(id);
ALTER TABLE ranger.x_policy_item_condition ADD FOREIGN KEY (policy_item_id) REFERENCES ranger.x_policy_item(id);
ALTER TABLE ranger.x_policy_item_condition ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_user_perm ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_user_perm ADD FOREIGN KEY (policy_item_id) REFERENCES ranger.x_policy_item(id);
ALTER TABLE ranger.x_policy_item_user_perm ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_user_perm ADD FOREIGN KEY (user_id) REFERENCES ranger.x_user(id);
ALTER TABLE ranger.x_policy_item_group_perm ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_group_perm ADD FOREIGN KEY (group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_policy_item_group_perm ADD FOREIGN KEY (policy_item_id) REFERENCES ranger.x_policy_item(id);
ALTER TABLE ranger.x_policy_item_group_perm ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_user_module_perm ADD FOREIGN KEY (module_id) REFERENCES ranger.x_modules_master(id);
ALTER TABLE ranger.x_user_module_perm ADD FOREIGN KEY (user_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_group_module_perm ADD FOREIGN KEY (group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_group_module_perm ADD FOREIGN KEY (module_id) REFERENCES ranger.x_modules_master(id);
ALTER TABLE ranger.x_tag_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_tag_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_tag ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_tag ADD FOREIGN KEY (type) REFERENCES ranger.x_tag_def(id);
ALTER TABLE ranger.x_tag ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service_resource ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service_resource ADD FOREIGN KEY (service_id) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_service_resource ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_tag_resource_map ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_tag_resource_map ADD FOREIGN KEY (res_id) REFERENCES ranger.x_service_resource(id);
ALTER TABLE ranger.x_tag_resource_map ADD FOREIGN KEY (tag_id) REFERENCES ranger.x_tag(id);
ALTER TABLE ranger.x_tag_resource_map ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_datamask_type_def ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_datamask_type_def ADD FOREIGN KEY (def_id) REFERENCES ranger.x_service_def(id);
ALTER TABLE ranger.x_datamask_type_def ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_datamask ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_datamask ADD FOREIGN KEY (policy_item_id) REFERENCES ranger.x_policy_item(id);
ALTER TABLE ranger.x_policy_item_datamask ADD FOREIGN KEY (type) REFERENCES ranger.x_datamask_type_def(id);
ALTER TABLE ranger.x_policy_item_datamask ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_rowfilter ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_item_rowfilter ADD FOREIGN KEY (policy_item_id) REFERENCES ranger.x_policy_item(id);
ALTER TABLE ranger.x_policy_item_rowfilter ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_service_version_info ADD FOREIGN KEY (service_id) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_policy_label ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_label ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_label_map ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_label_map ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_label_map ADD FOREIGN KEY (policy_label_id) REFERENCES ranger.x_policy_label(id);
ALTER TABLE ranger.x_policy_label_map ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_policy_ref_resource ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_ref_resource ADD FOREIGN KEY (resource_def_id) REFERENCES ranger.x_resource_def(id);
ALTER TABLE ranger.x_policy_ref_access_type ADD FOREIGN KEY (access_def_id) REFERENCES ranger.x_access_type_def(id);
ALTER TABLE ranger.x_policy_ref_access_type ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_ref_condition ADD FOREIGN KEY (condition_def_id) REFERENCES ranger.x_policy_condition_def(id);
ALTER TABLE ranger.x_policy_ref_condition ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_ref_datamask_type ADD FOREIGN KEY (datamask_def_id) REFERENCES ranger.x_datamask_type_def(id);
ALTER TABLE ranger.x_policy_ref_datamask_type ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_ref_user ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_ref_user ADD FOREIGN KEY (user_id) REFERENCES ranger.x_user(id);
ALTER TABLE ranger.x_policy_ref_group ADD FOREIGN KEY (group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_policy_ref_group ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_security_zone_ref_service ADD FOREIGN KEY (service_id) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_security_zone_ref_service ADD FOREIGN KEY (service_name) REFERENCES ranger.x_service(name);
ALTER TABLE ranger.x_security_zone_ref_service ADD FOREIGN KEY (zone_id) REFERENCES ranger.x_security_zone(id);
ALTER TABLE ranger.x_security_zone_ref_tag_srvc ADD FOREIGN KEY (tag_srvc_id) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_security_zone_ref_tag_srvc ADD FOREIGN KEY (tag_srvc_name) REFERENCES ranger.x_service(name);
ALTER TABLE ranger.x_security_zone_ref_tag_srvc ADD FOREIGN KEY (zone_id) REFERENCES ranger.x_security_zone(id);
ALTER TABLE ranger.x_security_zone_ref_resource ADD FOREIGN KEY (resource_def_id) REFERENCES ranger.x_resource_def(id);
ALTER TABLE ranger.x_security_zone_ref_resource ADD FOREIGN KEY (zone_id) REFERENCES ranger.x_security_zone(id);
ALTER TABLE ranger.x_security_zone_ref_user ADD FOREIGN KEY (user_id) REFERENCES ranger.x_user(id);
ALTER TABLE ranger.x_security_zone_ref_user ADD FOREIGN KEY (user_name) REFERENCES ranger.x_user(user_name);
ALTER TABLE ranger.x_security_zone_ref_user ADD FOREIGN KEY (zone_id) REFERENCES ranger.x_security_zone(id);
ALTER TABLE ranger.x_security_zone_ref_group ADD FOREIGN KEY (group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_security_zone_ref_group ADD FOREIGN KEY (zone_id) REFERENCES ranger.x_security_zone(id);
ALTER TABLE ranger.x_role ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_role ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_role_ref_user ADD FOREIGN KEY (role_id) REFERENCES ranger.x_role(id);
ALTER TABLE ranger.x_role_ref_user ADD FOREIGN KEY (user_id) REFERENCES ranger.x_user(id);
ALTER TABLE ranger.x_role_ref_group ADD FOREIGN KEY (group_id) REFERENCES ranger.x_group(id);
ALTER TABLE ranger.x_role_ref_group ADD FOREIGN KEY (role_id) REFERENCES ranger.x_role(id);
ALTER TABLE ranger.x_policy_ref_role ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_policy_ref_role ADD FOREIGN KEY (role_id) REFERENCES ranger.x_role(id);
ALTER TABLE ranger.x_role_ref_role ADD FOREIGN KEY (role_ref_id) REFERENCES ranger.x_role(id);
ALTER TABLE ranger.x_security_zone_ref_role ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_security_zone_ref_role ADD FOREIGN KEY (role_id) REFERENCES ranger.x_role(id);
ALTER TABLE ranger.x_security_zone_ref_role ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_security_zone_ref_role ADD FOREIGN KEY (zone_id) REFERENCES ranger.x_security_zone(id);
ALTER TABLE ranger.x_rms_service_resource ADD FOREIGN KEY (service_id) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_rms_notification ADD FOREIGN KEY (hl_service_id) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_rms_notification ADD FOREIGN KEY (ll_service_id) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_rms_resource_mapping ADD FOREIGN KEY (hl_resource_id) REFERENCES ranger.x_rms_service_resource(id);
ALTER TABLE ranger.x_rms_resource_mapping ADD FOREIGN KEY (ll_resource_id) REFERENCES ranger.x_rms_service_resource(id);
ALTER TABLE ranger.x_gds_dataset ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_dataset ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_project ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_project ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_data_share ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_data_share ADD FOREIGN KEY (service_id) REFERENCES ranger.x_service(id);
ALTER TABLE ranger.x_gds_data_share ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_data_share ADD FOREIGN KEY (zone_id) REFERENCES ranger.x_security_zone(id);
ALTER TABLE ranger.x_gds_shared_resource ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_shared_resource ADD FOREIGN KEY (data_share_id) REFERENCES ranger.x_gds_data_share(id);
ALTER TABLE ranger.x_gds_shared_resource ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_data_share_in_dataset ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_data_share_in_dataset ADD FOREIGN KEY (approver_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_data_share_in_dataset ADD FOREIGN KEY (data_share_id) REFERENCES ranger.x_gds_data_share(id);
ALTER TABLE ranger.x_gds_data_share_in_dataset ADD FOREIGN KEY (dataset_id) REFERENCES ranger.x_gds_dataset(id);
ALTER TABLE ranger.x_gds_data_share_in_dataset ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_dataset_in_project ADD FOREIGN KEY (added_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_dataset_in_project ADD FOREIGN KEY (approver_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_dataset_in_project ADD FOREIGN KEY (dataset_id) REFERENCES ranger.x_gds_dataset(id);
ALTER TABLE ranger.x_gds_dataset_in_project ADD FOREIGN KEY (project_id) REFERENCES ranger.x_gds_project(id);
ALTER TABLE ranger.x_gds_dataset_in_project ADD FOREIGN KEY (upd_by_id) REFERENCES ranger.x_portal_user(id);
ALTER TABLE ranger.x_gds_dataset_policy_map ADD FOREIGN KEY (dataset_id) REFERENCES ranger.x_gds_dataset(id);
ALTER TABLE ranger.x_gds_dataset_policy_map ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_gds_project_policy_map ADD FOREIGN KEY (policy_id) REFERENCES ranger.x_policy(id);
ALTER TABLE ranger.x_gds_project_policy_map ADD FOREIGN KEY (project_id) REFERENCES ranger.x_gds_project(id);
