-- Alfresco Community Edition, the open-source enterprise content management (ECM) repository behind Alfresco Share:
-- its repository database as a fresh PostgreSQL install creates it. The alf_ tables: stores (workspace, archive,
-- version stores) and their root nodes, nodes with their type QName, locale, ACL, creator/modifier and the
-- transaction that last changed them, node properties and aspects, parent-child (folder) associations and peer
-- associations, QNames and namespaces, locales; permissions, access control lists, entries, contexts, members and
-- ACL change sets, authorities (users and groups) and authority aliases, authorization status; content URLs (binary
-- files in the content store, with size and orphan time), content data with mimetype, encoding and locale, content
-- URL encryption keys; audit models, audit applications and audit entries; the generic property value tables
-- (alf_prop_*: classes, strings, doubles, dates, serialized values, roots, links, unique contexts); activity posts,
-- activity feeds and feed controls of Share sites; locks and lock resources; tenants; subscriptions (users following
-- nodes/people); usage deltas (user quotas); applied patches and transactions. The act_ tables: the embedded
-- Activiti 5.23 workflow engine (deployments, process definitions and their info, models, byte arrays, engine
-- properties, runtime executions, tasks, variables, identity links, jobs, event subscriptions, history of process
-- instances, activities, tasks, variables, details, comments, attachments and identity links, the event log, and
-- Activiti's own users, groups, memberships and user info).
-- Source: github.com/Alfresco/alfresco-community-repo at commit 72635d6 (2026-08-21, version 26.3.0.33-SNAPSHOT,
-- repository schema 21200), LGPL-3.0; we use the schema's facts. The 45 alf_ tables are the CREATE TABLE and ALTER
-- TABLE statements of the 11 scripts repository/src/main/resources/alfresco/dbscripts/create/
-- org.alfresco.repo.domain.dialect.PostgreSQLDialect/AlfrescoCreate-*.sql (Repo, Content, PropertyValue, Audit,
-- Activity, Usage, Lock, Tenant, Authorization, Subscription and ContentUrlEncryption tables; the scripts last changed
-- in 7d56ac2, 2021-05-07), loaded as they are into a scratch PostgreSQL 15 (columns and nullability checked equal to
-- Alfresco's own Schema-Reference-ALF.xml in the same folder); the 25 act_ tables, which the Activiti engine jar
-- creates, are read from Alfresco's schema reference of them, Schema-Reference-ACT.xml in the same folder (schema
-- version 8009, last changed in cbd58ea, 2020-07-21), turned into CREATE TABLE statements by a one-off script (int4
-- -> integer, int8 -> bigint, int2 -> smallint, bool -> boolean, float8 -> double precision, the serial act_evt_log.
-- log_nr_ -> integer). All was regenerated from the scratch catalog, schema alfresco: all 70 tables with their
-- primary keys and the 76 foreign keys the source declares (53 alf_, 23 act_). The act_ tables name columns with a
-- trailing underscore as Activiti does (id_, proc_inst_id_, assignee_). Many references have no declared foreign key
-- in the source, e.g. act_hi_* to act_re_procdef, alf_activity_feed.post_id, alf_node_properties' values,
-- alf_audit_entry's users. Left out: sequences, unique keys and indexes, defaults, the INSERTs into
-- alf_applied_patch. The source declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS alfresco;
CREATE TABLE alfresco.act_evt_log (
    log_nr_ integer NOT NULL,
    type_ character varying(64),
    proc_def_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    task_id_ character varying(64),
    time_stamp_ timestamp without time zone NOT NULL,
    user_id_ character varying(255),
    data_ bytea,
    lock_owner_ character varying(255),
    lock_time_ timestamp without time zone,
    is_processed_ smallint,
    PRIMARY KEY (log_nr_)
);
CREATE TABLE alfresco.act_ge_bytearray (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    deployment_id_ character varying(64),
    bytes_ bytea,
    generated_ boolean,
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_ge_property (
    name_ character varying(64) NOT NULL,
    value_ character varying(300),
    rev_ integer,
    PRIMARY KEY (name_)
);
CREATE TABLE alfresco.act_hi_actinst (
    id_ character varying(64) NOT NULL,
    proc_def_id_ character varying(64) NOT NULL,
    proc_inst_id_ character varying(64) NOT NULL,
    execution_id_ character varying(64) NOT NULL,
    act_id_ character varying(255) NOT NULL,
    task_id_ character varying(64),
    call_proc_inst_id_ character varying(64),
    act_name_ character varying(255),
    act_type_ character varying(255) NOT NULL,
    assignee_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    tenant_id_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_hi_attachment (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    user_id_ character varying(255),
    name_ character varying(255),
    description_ character varying(4000),
    type_ character varying(255),
    task_id_ character varying(64),
    proc_inst_id_ character varying(64),
    url_ character varying(4000),
    content_id_ character varying(64),
    time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_hi_comment (
    id_ character varying(64) NOT NULL,
    type_ character varying(255),
    time_ timestamp without time zone NOT NULL,
    user_id_ character varying(255),
    task_id_ character varying(64),
    proc_inst_id_ character varying(64),
    action_ character varying(255),
    message_ character varying(4000),
    full_msg_ bytea,
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_hi_detail (
    id_ character varying(64) NOT NULL,
    type_ character varying(255) NOT NULL,
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    task_id_ character varying(64),
    act_inst_id_ character varying(64),
    name_ character varying(255) NOT NULL,
    var_type_ character varying(64),
    rev_ integer,
    time_ timestamp without time zone NOT NULL,
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_hi_identitylink (
    id_ character varying(64) NOT NULL,
    group_id_ character varying(255),
    type_ character varying(255),
    user_id_ character varying(255),
    task_id_ character varying(64),
    proc_inst_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_hi_procinst (
    id_ character varying(64) NOT NULL,
    proc_inst_id_ character varying(64) NOT NULL,
    business_key_ character varying(255),
    proc_def_id_ character varying(64) NOT NULL,
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    start_user_id_ character varying(255),
    start_act_id_ character varying(255),
    end_act_id_ character varying(255),
    super_process_instance_id_ character varying(64),
    delete_reason_ character varying(4000),
    tenant_id_ character varying(255),
    name_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_hi_taskinst (
    id_ character varying(64) NOT NULL,
    proc_def_id_ character varying(64),
    task_def_key_ character varying(255),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    name_ character varying(255),
    parent_task_id_ character varying(64),
    description_ character varying(4000),
    owner_ character varying(255),
    assignee_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    claim_time_ timestamp without time zone,
    end_time_ timestamp without time zone,
    duration_ bigint,
    delete_reason_ character varying(4000),
    priority_ integer,
    due_date_ timestamp without time zone,
    form_key_ character varying(255),
    category_ character varying(255),
    tenant_id_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_hi_varinst (
    id_ character varying(64) NOT NULL,
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    task_id_ character varying(64),
    name_ character varying(255) NOT NULL,
    var_type_ character varying(100),
    rev_ integer,
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    create_time_ timestamp without time zone,
    last_updated_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_id_group (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    type_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_id_info (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    user_id_ character varying(64),
    type_ character varying(64),
    key_ character varying(255),
    value_ character varying(255),
    password_ bytea,
    parent_id_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_id_membership (
    user_id_ character varying(64) NOT NULL,
    group_id_ character varying(64) NOT NULL,
    PRIMARY KEY (user_id_, group_id_)
);
CREATE TABLE alfresco.act_id_user (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    first_ character varying(255),
    last_ character varying(255),
    email_ character varying(255),
    pwd_ character varying(255),
    picture_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_procdef_info (
    id_ character varying(64) NOT NULL,
    proc_def_id_ character varying(64) NOT NULL,
    rev_ integer,
    info_json_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_re_deployment (
    id_ character varying(64) NOT NULL,
    name_ character varying(255),
    category_ character varying(255),
    tenant_id_ character varying(255),
    deploy_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_re_model (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    key_ character varying(255),
    category_ character varying(255),
    create_time_ timestamp without time zone,
    last_update_time_ timestamp without time zone,
    version_ integer,
    meta_info_ character varying(4000),
    deployment_id_ character varying(64),
    editor_source_value_id_ character varying(64),
    editor_source_extra_value_id_ character varying(64),
    tenant_id_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_re_procdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    description_ character varying(4000),
    has_start_form_key_ boolean,
    suspension_state_ integer,
    tenant_id_ character varying(255),
    has_graphical_notation_ boolean,
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_ru_event_subscr (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    event_type_ character varying(255) NOT NULL,
    event_name_ character varying(255),
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    activity_id_ character varying(64),
    configuration_ character varying(255),
    created_ timestamp without time zone NOT NULL,
    proc_def_id_ character varying(64),
    tenant_id_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_ru_execution (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    proc_inst_id_ character varying(64),
    business_key_ character varying(255),
    parent_id_ character varying(64),
    proc_def_id_ character varying(64),
    super_exec_ character varying(64),
    act_id_ character varying(255),
    is_active_ boolean,
    is_concurrent_ boolean,
    is_scope_ boolean,
    is_event_scope_ boolean,
    suspension_state_ integer,
    cached_ent_state_ integer,
    tenant_id_ character varying(255),
    name_ character varying(255),
    lock_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_ru_identitylink (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    group_id_ character varying(255),
    type_ character varying(255),
    user_id_ character varying(255),
    task_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_ru_job (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    type_ character varying(255) NOT NULL,
    lock_exp_time_ timestamp without time zone,
    lock_owner_ character varying(255),
    exclusive_ boolean,
    execution_id_ character varying(64),
    process_instance_id_ character varying(64),
    proc_def_id_ character varying(64),
    retries_ integer,
    exception_stack_id_ character varying(64),
    exception_msg_ character varying(4000),
    duedate_ timestamp without time zone,
    repeat_ character varying(255),
    handler_type_ character varying(255),
    handler_cfg_ character varying(4000),
    tenant_id_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_ru_task (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    name_ character varying(255),
    parent_task_id_ character varying(64),
    description_ character varying(4000),
    task_def_key_ character varying(255),
    owner_ character varying(255),
    assignee_ character varying(255),
    delegation_ character varying(64),
    priority_ integer,
    create_time_ timestamp without time zone,
    due_date_ timestamp without time zone,
    category_ character varying(255),
    suspension_state_ integer,
    tenant_id_ character varying(255),
    form_key_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.act_ru_variable (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    type_ character varying(255) NOT NULL,
    name_ character varying(255) NOT NULL,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    task_id_ character varying(64),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    PRIMARY KEY (id_)
);
CREATE TABLE alfresco.alf_access_control_entry (
    id bigint NOT NULL,
    version bigint NOT NULL,
    permission_id bigint NOT NULL,
    authority_id bigint NOT NULL,
    allowed boolean NOT NULL,
    applies integer NOT NULL,
    context_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_access_control_list (
    id bigint NOT NULL,
    version bigint NOT NULL,
    acl_id character varying(36) NOT NULL,
    latest boolean NOT NULL,
    acl_version bigint NOT NULL,
    inherits boolean NOT NULL,
    inherits_from bigint,
    type integer NOT NULL,
    inherited_acl bigint,
    is_versioned boolean NOT NULL,
    requires_version boolean NOT NULL,
    acl_change_set bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_ace_context (
    id bigint NOT NULL,
    version bigint NOT NULL,
    class_context character varying(1024),
    property_context character varying(1024),
    kvp_context character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_acl_change_set (
    id bigint NOT NULL,
    commit_time_ms bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_acl_member (
    id bigint NOT NULL,
    version bigint NOT NULL,
    acl_id bigint NOT NULL,
    ace_id bigint NOT NULL,
    pos integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_activity_feed (
    id bigint NOT NULL,
    post_id bigint,
    post_date timestamp without time zone NOT NULL,
    activity_summary character varying(1024),
    feed_user_id character varying(255),
    activity_type character varying(255) NOT NULL,
    site_network character varying(255),
    app_tool character varying(36),
    post_user_id character varying(255) NOT NULL,
    feed_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_activity_feed_control (
    id bigint NOT NULL,
    feed_user_id character varying(255) NOT NULL,
    site_network character varying(255),
    app_tool character varying(36),
    last_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_activity_post (
    sequence_id bigint NOT NULL,
    post_date timestamp without time zone NOT NULL,
    status character varying(10) NOT NULL,
    activity_data character varying(1024) NOT NULL,
    post_user_id character varying(255) NOT NULL,
    job_task_node integer NOT NULL,
    site_network character varying(255),
    app_tool character varying(36),
    activity_type character varying(255) NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (sequence_id)
);
CREATE TABLE alfresco.alf_applied_patch (
    id character varying(64) NOT NULL,
    description character varying(1024),
    fixes_from_schema integer,
    fixes_to_schema integer,
    applied_to_schema integer,
    target_schema integer,
    applied_on_date timestamp without time zone,
    applied_to_server character varying(64),
    was_executed boolean,
    succeeded boolean,
    report character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_audit_app (
    id bigint NOT NULL,
    version integer NOT NULL,
    app_name_id bigint NOT NULL,
    audit_model_id bigint NOT NULL,
    disabled_paths_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_audit_entry (
    id bigint NOT NULL,
    audit_app_id bigint NOT NULL,
    audit_time bigint NOT NULL,
    audit_user_id bigint,
    audit_values_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_audit_model (
    id bigint NOT NULL,
    content_data_id bigint NOT NULL,
    content_crc bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_auth_status (
    id bigint NOT NULL,
    username character varying(100) NOT NULL,
    deleted boolean NOT NULL,
    authorized boolean NOT NULL,
    checksum bytea NOT NULL,
    authaction character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_authority (
    id bigint NOT NULL,
    version bigint NOT NULL,
    authority character varying(100),
    crc bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_authority_alias (
    id bigint NOT NULL,
    version bigint NOT NULL,
    auth_id bigint NOT NULL,
    alias_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_child_assoc (
    id bigint NOT NULL,
    version bigint NOT NULL,
    parent_node_id bigint NOT NULL,
    type_qname_id bigint NOT NULL,
    child_node_name_crc bigint NOT NULL,
    child_node_name character varying(50) NOT NULL,
    child_node_id bigint NOT NULL,
    qname_ns_id bigint NOT NULL,
    qname_localname character varying(255) NOT NULL,
    qname_crc bigint NOT NULL,
    is_primary boolean,
    assoc_index integer,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_content_data (
    id bigint NOT NULL,
    version bigint NOT NULL,
    content_url_id bigint,
    content_mimetype_id bigint,
    content_encoding_id bigint,
    content_locale_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_content_url (
    id bigint NOT NULL,
    content_url character varying(255) NOT NULL,
    content_url_short character varying(12) NOT NULL,
    content_url_crc bigint NOT NULL,
    content_size bigint NOT NULL,
    orphan_time bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_content_url_encryption (
    id bigint NOT NULL,
    content_url_id bigint NOT NULL,
    algorithm character varying(10) NOT NULL,
    key_size integer NOT NULL,
    encrypted_key bytea NOT NULL,
    master_keystore_id character varying(20) NOT NULL,
    master_key_alias character varying(15) NOT NULL,
    unencrypted_file_size bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_encoding (
    id bigint NOT NULL,
    version bigint NOT NULL,
    encoding_str character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_locale (
    id bigint NOT NULL,
    version bigint NOT NULL,
    locale_str character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_lock (
    id bigint NOT NULL,
    version bigint NOT NULL,
    shared_resource_id bigint NOT NULL,
    excl_resource_id bigint NOT NULL,
    lock_token character varying(36) NOT NULL,
    start_time bigint NOT NULL,
    expiry_time bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_lock_resource (
    id bigint NOT NULL,
    version bigint NOT NULL,
    qname_ns_id bigint NOT NULL,
    qname_localname character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_mimetype (
    id bigint NOT NULL,
    version bigint NOT NULL,
    mimetype_str character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_namespace (
    id bigint NOT NULL,
    version bigint NOT NULL,
    uri character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_node (
    id bigint NOT NULL,
    version bigint NOT NULL,
    store_id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    transaction_id bigint NOT NULL,
    type_qname_id bigint NOT NULL,
    locale_id bigint NOT NULL,
    acl_id bigint,
    audit_creator character varying(255),
    audit_created character varying(30),
    audit_modifier character varying(255),
    audit_modified character varying(30),
    audit_accessed character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_node_aspects (
    node_id bigint NOT NULL,
    qname_id bigint NOT NULL,
    PRIMARY KEY (node_id, qname_id)
);
CREATE TABLE alfresco.alf_node_assoc (
    id bigint NOT NULL,
    version bigint NOT NULL,
    source_node_id bigint NOT NULL,
    target_node_id bigint NOT NULL,
    type_qname_id bigint NOT NULL,
    assoc_index bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_node_properties (
    node_id bigint NOT NULL,
    actual_type_n integer NOT NULL,
    persisted_type_n integer NOT NULL,
    boolean_value boolean,
    long_value bigint,
    float_value real,
    double_value double precision,
    string_value character varying(1024),
    serializable_value bytea,
    qname_id bigint NOT NULL,
    list_index integer NOT NULL,
    locale_id bigint NOT NULL,
    PRIMARY KEY (node_id, qname_id, list_index, locale_id)
);
CREATE TABLE alfresco.alf_permission (
    id bigint NOT NULL,
    version bigint NOT NULL,
    type_qname_id bigint NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_prop_class (
    id bigint NOT NULL,
    java_class_name character varying(255) NOT NULL,
    java_class_name_short character varying(32) NOT NULL,
    java_class_name_crc bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_prop_date_value (
    date_value bigint NOT NULL,
    full_year integer NOT NULL,
    half_of_year smallint NOT NULL,
    quarter_of_year smallint NOT NULL,
    month_of_year smallint NOT NULL,
    week_of_year smallint NOT NULL,
    week_of_month smallint NOT NULL,
    day_of_year integer NOT NULL,
    day_of_month smallint NOT NULL,
    day_of_week smallint NOT NULL,
    PRIMARY KEY (date_value)
);
CREATE TABLE alfresco.alf_prop_double_value (
    id bigint NOT NULL,
    double_value double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_prop_link (
    root_prop_id bigint NOT NULL,
    prop_index bigint NOT NULL,
    contained_in bigint NOT NULL,
    key_prop_id bigint NOT NULL,
    value_prop_id bigint NOT NULL,
    PRIMARY KEY (root_prop_id, contained_in, prop_index)
);
CREATE TABLE alfresco.alf_prop_root (
    id bigint NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_prop_serializable_value (
    id bigint NOT NULL,
    serializable_value bytea NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_prop_string_value (
    id bigint NOT NULL,
    string_value character varying(1024) NOT NULL,
    string_end_lower character varying(16) NOT NULL,
    string_crc bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_prop_unique_ctx (
    id bigint NOT NULL,
    version integer NOT NULL,
    value1_prop_id bigint NOT NULL,
    value2_prop_id bigint NOT NULL,
    value3_prop_id bigint NOT NULL,
    prop1_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_prop_value (
    id bigint NOT NULL,
    actual_type_id bigint NOT NULL,
    persisted_type smallint NOT NULL,
    long_value bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_qname (
    id bigint NOT NULL,
    version bigint NOT NULL,
    ns_id bigint NOT NULL,
    local_name character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_store (
    id bigint NOT NULL,
    version bigint NOT NULL,
    protocol character varying(50) NOT NULL,
    identifier character varying(100) NOT NULL,
    root_node_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_subscriptions (
    user_node_id bigint NOT NULL,
    node_id bigint NOT NULL,
    PRIMARY KEY (user_node_id, node_id)
);
CREATE TABLE alfresco.alf_tenant (
    tenant_domain character varying(75) NOT NULL,
    version bigint NOT NULL,
    enabled boolean NOT NULL,
    tenant_name character varying(75),
    content_root character varying(255),
    db_url character varying(255),
    PRIMARY KEY (tenant_domain)
);
CREATE TABLE alfresco.alf_transaction (
    id bigint NOT NULL,
    version bigint NOT NULL,
    change_txn_id character varying(56) NOT NULL,
    commit_time_ms bigint,
    PRIMARY KEY (id)
);
CREATE TABLE alfresco.alf_usage_delta (
    id bigint NOT NULL,
    version bigint NOT NULL,
    node_id bigint NOT NULL,
    delta_size bigint NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE alfresco.act_ge_bytearray ADD FOREIGN KEY (deployment_id_) REFERENCES alfresco.act_re_deployment (id_);
ALTER TABLE alfresco.act_id_membership ADD FOREIGN KEY (group_id_) REFERENCES alfresco.act_id_group (id_);
ALTER TABLE alfresco.act_id_membership ADD FOREIGN KEY (user_id_) REFERENCES alfresco.act_id_user (id_);
ALTER TABLE alfresco.act_procdef_info ADD FOREIGN KEY (info_json_id_) REFERENCES alfresco.act_ge_bytearray (id_);
ALTER TABLE alfresco.act_procdef_info ADD FOREIGN KEY (proc_def_id_) REFERENCES alfresco.act_re_procdef (id_);
ALTER TABLE alfresco.act_re_model ADD FOREIGN KEY (deployment_id_) REFERENCES alfresco.act_re_deployment (id_);
ALTER TABLE alfresco.act_re_model ADD FOREIGN KEY (editor_source_extra_value_id_) REFERENCES alfresco.act_ge_bytearray (id_);
ALTER TABLE alfresco.act_re_model ADD FOREIGN KEY (editor_source_value_id_) REFERENCES alfresco.act_ge_bytearray (id_);
ALTER TABLE alfresco.act_ru_event_subscr ADD FOREIGN KEY (execution_id_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.act_ru_execution ADD FOREIGN KEY (parent_id_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.act_ru_execution ADD FOREIGN KEY (proc_def_id_) REFERENCES alfresco.act_re_procdef (id_);
ALTER TABLE alfresco.act_ru_execution ADD FOREIGN KEY (proc_inst_id_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.act_ru_execution ADD FOREIGN KEY (super_exec_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.act_ru_identitylink ADD FOREIGN KEY (proc_def_id_) REFERENCES alfresco.act_re_procdef (id_);
ALTER TABLE alfresco.act_ru_identitylink ADD FOREIGN KEY (proc_inst_id_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.act_ru_identitylink ADD FOREIGN KEY (task_id_) REFERENCES alfresco.act_ru_task (id_);
ALTER TABLE alfresco.act_ru_job ADD FOREIGN KEY (exception_stack_id_) REFERENCES alfresco.act_ge_bytearray (id_);
ALTER TABLE alfresco.act_ru_task ADD FOREIGN KEY (execution_id_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.act_ru_task ADD FOREIGN KEY (proc_def_id_) REFERENCES alfresco.act_re_procdef (id_);
ALTER TABLE alfresco.act_ru_task ADD FOREIGN KEY (proc_inst_id_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.act_ru_variable ADD FOREIGN KEY (bytearray_id_) REFERENCES alfresco.act_ge_bytearray (id_);
ALTER TABLE alfresco.act_ru_variable ADD FOREIGN KEY (execution_id_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.act_ru_variable ADD FOREIGN KEY (proc_inst_id_) REFERENCES alfresco.act_ru_execution (id_);
ALTER TABLE alfresco.alf_access_control_entry ADD FOREIGN KEY (authority_id) REFERENCES alfresco.alf_authority (id);
ALTER TABLE alfresco.alf_access_control_entry ADD FOREIGN KEY (context_id) REFERENCES alfresco.alf_ace_context (id);
ALTER TABLE alfresco.alf_access_control_entry ADD FOREIGN KEY (permission_id) REFERENCES alfresco.alf_permission (id);
ALTER TABLE alfresco.alf_access_control_list ADD FOREIGN KEY (acl_change_set) REFERENCES alfresco.alf_acl_change_set (id);
ALTER TABLE alfresco.alf_acl_member ADD FOREIGN KEY (ace_id) REFERENCES alfresco.alf_access_control_entry (id);
ALTER TABLE alfresco.alf_acl_member ADD FOREIGN KEY (acl_id) REFERENCES alfresco.alf_access_control_list (id);
ALTER TABLE alfresco.alf_audit_app ADD FOREIGN KEY (app_name_id) REFERENCES alfresco.alf_prop_value (id);
ALTER TABLE alfresco.alf_audit_app ADD FOREIGN KEY (audit_model_id) REFERENCES alfresco.alf_audit_model (id);
ALTER TABLE alfresco.alf_audit_app ADD FOREIGN KEY (disabled_paths_id) REFERENCES alfresco.alf_prop_root (id);
ALTER TABLE alfresco.alf_audit_entry ADD FOREIGN KEY (audit_app_id) REFERENCES alfresco.alf_audit_app (id);
ALTER TABLE alfresco.alf_audit_entry ADD FOREIGN KEY (audit_user_id) REFERENCES alfresco.alf_prop_value (id);
ALTER TABLE alfresco.alf_audit_entry ADD FOREIGN KEY (audit_values_id) REFERENCES alfresco.alf_prop_root (id);
ALTER TABLE alfresco.alf_audit_model ADD FOREIGN KEY (content_data_id) REFERENCES alfresco.alf_content_data (id);
ALTER TABLE alfresco.alf_authority_alias ADD FOREIGN KEY (alias_id) REFERENCES alfresco.alf_authority (id);
ALTER TABLE alfresco.alf_authority_alias ADD FOREIGN KEY (auth_id) REFERENCES alfresco.alf_authority (id);
ALTER TABLE alfresco.alf_child_assoc ADD FOREIGN KEY (child_node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_child_assoc ADD FOREIGN KEY (parent_node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_child_assoc ADD FOREIGN KEY (qname_ns_id) REFERENCES alfresco.alf_namespace (id);
ALTER TABLE alfresco.alf_child_assoc ADD FOREIGN KEY (type_qname_id) REFERENCES alfresco.alf_qname (id);
ALTER TABLE alfresco.alf_content_data ADD FOREIGN KEY (content_encoding_id) REFERENCES alfresco.alf_encoding (id);
ALTER TABLE alfresco.alf_content_data ADD FOREIGN KEY (content_locale_id) REFERENCES alfresco.alf_locale (id);
ALTER TABLE alfresco.alf_content_data ADD FOREIGN KEY (content_mimetype_id) REFERENCES alfresco.alf_mimetype (id);
ALTER TABLE alfresco.alf_content_data ADD FOREIGN KEY (content_url_id) REFERENCES alfresco.alf_content_url (id);
ALTER TABLE alfresco.alf_content_url_encryption ADD FOREIGN KEY (content_url_id) REFERENCES alfresco.alf_content_url (id);
ALTER TABLE alfresco.alf_lock ADD FOREIGN KEY (excl_resource_id) REFERENCES alfresco.alf_lock_resource (id);
ALTER TABLE alfresco.alf_lock ADD FOREIGN KEY (shared_resource_id) REFERENCES alfresco.alf_lock_resource (id);
ALTER TABLE alfresco.alf_lock_resource ADD FOREIGN KEY (qname_ns_id) REFERENCES alfresco.alf_namespace (id);
ALTER TABLE alfresco.alf_node ADD FOREIGN KEY (acl_id) REFERENCES alfresco.alf_access_control_list (id);
ALTER TABLE alfresco.alf_node ADD FOREIGN KEY (locale_id) REFERENCES alfresco.alf_locale (id);
ALTER TABLE alfresco.alf_node ADD FOREIGN KEY (store_id) REFERENCES alfresco.alf_store (id);
ALTER TABLE alfresco.alf_node ADD FOREIGN KEY (transaction_id) REFERENCES alfresco.alf_transaction (id);
ALTER TABLE alfresco.alf_node ADD FOREIGN KEY (type_qname_id) REFERENCES alfresco.alf_qname (id);
ALTER TABLE alfresco.alf_node_aspects ADD FOREIGN KEY (node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_node_aspects ADD FOREIGN KEY (qname_id) REFERENCES alfresco.alf_qname (id);
ALTER TABLE alfresco.alf_node_assoc ADD FOREIGN KEY (source_node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_node_assoc ADD FOREIGN KEY (target_node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_node_assoc ADD FOREIGN KEY (type_qname_id) REFERENCES alfresco.alf_qname (id);
ALTER TABLE alfresco.alf_node_properties ADD FOREIGN KEY (locale_id) REFERENCES alfresco.alf_locale (id);
ALTER TABLE alfresco.alf_node_properties ADD FOREIGN KEY (node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_node_properties ADD FOREIGN KEY (qname_id) REFERENCES alfresco.alf_qname (id);
ALTER TABLE alfresco.alf_permission ADD FOREIGN KEY (type_qname_id) REFERENCES alfresco.alf_qname (id);
ALTER TABLE alfresco.alf_prop_link ADD FOREIGN KEY (key_prop_id) REFERENCES alfresco.alf_prop_value (id);
ALTER TABLE alfresco.alf_prop_link ADD FOREIGN KEY (root_prop_id) REFERENCES alfresco.alf_prop_root (id);
ALTER TABLE alfresco.alf_prop_link ADD FOREIGN KEY (value_prop_id) REFERENCES alfresco.alf_prop_value (id);
ALTER TABLE alfresco.alf_prop_unique_ctx ADD FOREIGN KEY (prop1_id) REFERENCES alfresco.alf_prop_root (id);
ALTER TABLE alfresco.alf_prop_unique_ctx ADD FOREIGN KEY (value1_prop_id) REFERENCES alfresco.alf_prop_value (id);
ALTER TABLE alfresco.alf_prop_unique_ctx ADD FOREIGN KEY (value2_prop_id) REFERENCES alfresco.alf_prop_value (id);
ALTER TABLE alfresco.alf_prop_unique_ctx ADD FOREIGN KEY (value3_prop_id) REFERENCES alfresco.alf_prop_value (id);
ALTER TABLE alfresco.alf_qname ADD FOREIGN KEY (ns_id) REFERENCES alfresco.alf_namespace (id);
ALTER TABLE alfresco.alf_store ADD FOREIGN KEY (root_node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_subscriptions ADD FOREIGN KEY (node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_subscriptions ADD FOREIGN KEY (user_node_id) REFERENCES alfresco.alf_node (id);
ALTER TABLE alfresco.alf_usage_delta ADD FOREIGN KEY (node_id) REFERENCES alfresco.alf_node (id);
