-- Apache Hive Metastore 4.1.0 (the catalog behind Hive, Spark, Trino and Impala: catalogs, databases, tables and
-- views, storage descriptors, columns, SerDes, partitions and their key values, table/partition/column parameters,
-- column statistics, functions and their resources, constraints, roles, grants at global, database, connector,
-- table, column and partition level, materialized-view metadata, workload-management resource plans, pools,
-- triggers and mappings, notification log, schema registry, data connectors, scheduled queries and their
-- executions, replication metrics, stored procedures and packages, and the ACID transaction tables: transactions,
-- their components, locks, write ids, compaction queue and history), as its PostgreSQL install script declares it:
-- standalone-metastore/metastore-server/src/main/sql/postgres/hive-schema-4.1.0.postgres.sql of
-- github.com/apache/hive (commit 1b17ffe; Apache License 2.0; we use the schema's facts). Every CREATE TABLE of the
-- script (83 tables; 4.1.0 no longer has IDXS/INDEX_PARAMS), with its columns, types, NOT NULLs, primary keys and
-- all 54 foreign keys the script declares, rewritten by a one-off script into schema hive_metastore with
-- identifiers lower-cased and unquoted (the source quotes upper-case names such as "TBLS"; "desc", "order" and
-- "user" stay quoted), SERIAL/BIGSERIAL -> integer/bigint. Left out: defaults, sequences, ON DELETE actions,
-- DEFERRABLE, indexes, CHECK and unique constraints (except ctlgs.name, which dbs.ctlg_name references), the
-- seed INSERTs (catalog 'hive', sequence rows, version row) and the GRANT/REVOKE on schema public. The script
-- declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS hive_metastore;
CREATE TABLE hive_metastore.bucketing_cols (
    sd_id bigint NOT NULL,
    bucket_col_name character varying(256),
    integer_idx bigint NOT NULL,
    PRIMARY KEY (sd_id, integer_idx)
);
CREATE TABLE hive_metastore.cds (
    cd_id bigint NOT NULL,
    PRIMARY KEY (cd_id)
);
CREATE TABLE hive_metastore.columns_v2 (
    cd_id bigint NOT NULL,
    comment character varying(4000),
    column_name character varying(767) NOT NULL,
    type_name text,
    integer_idx integer NOT NULL,
    PRIMARY KEY (cd_id, column_name)
);
CREATE TABLE hive_metastore.ctlgs (
    ctlg_id bigint NOT NULL,
    name character varying(256) UNIQUE,
    "desc" character varying(4000),
    location_uri character varying(4000) NOT NULL,
    create_time bigint,
    PRIMARY KEY (ctlg_id)
);
CREATE TABLE hive_metastore.dataconnectors (
    name character varying(128) NOT NULL,
    type character varying(32) NOT NULL,
    url character varying(4000) NOT NULL,
    comment character varying(256),
    owner_name character varying(256),
    owner_type character varying(10),
    create_time integer NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE hive_metastore.dbs (
    db_id bigint NOT NULL,
    "desc" character varying(4000),
    db_location_uri character varying(4000) NOT NULL,
    name character varying(128),
    owner_name character varying(128),
    owner_type character varying(10),
    ctlg_name character varying(256) NOT NULL,
    create_time bigint,
    db_managed_location_uri character varying(4000),
    type character varying(32) NOT NULL,
    dataconnector_name character varying(128),
    remote_dbname character varying(128),
    PRIMARY KEY (db_id)
);
CREATE TABLE hive_metastore.database_params (
    db_id bigint NOT NULL,
    param_key character varying(180) NOT NULL,
    param_value character varying(4000),
    PRIMARY KEY (db_id, param_key)
);
CREATE TABLE hive_metastore.db_privs (
    db_grant_id bigint NOT NULL,
    create_time bigint NOT NULL,
    db_id bigint,
    grant_option smallint NOT NULL,
    grantor character varying(128),
    grantor_type character varying(128),
    principal_name character varying(128),
    principal_type character varying(128),
    db_priv character varying(128),
    authorizer character varying(128),
    PRIMARY KEY (db_grant_id)
);
CREATE TABLE hive_metastore.dc_privs (
    dc_grant_id bigint NOT NULL,
    create_time bigint NOT NULL,
    name character varying(128),
    grant_option smallint NOT NULL,
    grantor character varying(128),
    grantor_type character varying(128),
    principal_name character varying(128),
    principal_type character varying(128),
    dc_priv character varying(128),
    authorizer character varying(128),
    PRIMARY KEY (dc_grant_id)
);
CREATE TABLE hive_metastore.global_privs (
    user_grant_id bigint NOT NULL,
    create_time bigint NOT NULL,
    grant_option smallint NOT NULL,
    grantor character varying(128),
    grantor_type character varying(128),
    principal_name character varying(128),
    principal_type character varying(128),
    user_priv character varying(128),
    authorizer character varying(128),
    PRIMARY KEY (user_grant_id)
);
CREATE TABLE hive_metastore.nucleus_tables (
    class_name character varying(128) NOT NULL,
    table_name character varying(128) NOT NULL,
    type character varying(4) NOT NULL,
    owner character varying(2) NOT NULL,
    version character varying(20) NOT NULL,
    interface_name character varying(255),
    PRIMARY KEY (class_name)
);
CREATE TABLE hive_metastore.serdes (
    serde_id bigint NOT NULL,
    name character varying(128),
    slib character varying(4000),
    description character varying(4000),
    serializer_class character varying(4000),
    deserializer_class character varying(4000),
    serde_type integer,
    PRIMARY KEY (serde_id)
);
CREATE TABLE hive_metastore.sds (
    sd_id bigint NOT NULL,
    input_format character varying(4000),
    is_compressed boolean NOT NULL,
    location character varying(4000),
    num_buckets bigint NOT NULL,
    output_format character varying(4000),
    serde_id bigint,
    cd_id bigint,
    is_storedassubdirectories boolean NOT NULL,
    PRIMARY KEY (sd_id)
);
CREATE TABLE hive_metastore.tbls (
    tbl_id bigint NOT NULL,
    create_time bigint NOT NULL,
    db_id bigint,
    last_access_time bigint NOT NULL,
    owner character varying(767),
    owner_type character varying(10),
    retention bigint NOT NULL,
    sd_id bigint,
    tbl_name character varying(256),
    tbl_type character varying(128),
    view_expanded_text text,
    view_original_text text,
    is_rewrite_enabled boolean NOT NULL,
    write_id bigint,
    PRIMARY KEY (tbl_id)
);
CREATE TABLE hive_metastore.partitions (
    part_id bigint NOT NULL,
    create_time bigint NOT NULL,
    last_access_time bigint NOT NULL,
    part_name character varying(767),
    sd_id bigint,
    tbl_id bigint,
    write_id bigint,
    PRIMARY KEY (part_id)
);
CREATE TABLE hive_metastore.partition_events (
    part_name_id bigint NOT NULL,
    cat_name character varying(256),
    db_name character varying(128),
    event_time bigint NOT NULL,
    event_type integer NOT NULL,
    partition_name character varying(767),
    tbl_name character varying(256),
    PRIMARY KEY (part_name_id)
);
CREATE TABLE hive_metastore.partition_keys (
    tbl_id bigint NOT NULL,
    pkey_comment character varying(4000),
    pkey_name character varying(128) NOT NULL,
    pkey_type character varying(767) NOT NULL,
    integer_idx bigint NOT NULL,
    PRIMARY KEY (tbl_id, pkey_name)
);
CREATE TABLE hive_metastore.partition_key_vals (
    part_id bigint NOT NULL,
    part_key_val character varying(256),
    integer_idx bigint NOT NULL,
    PRIMARY KEY (part_id, integer_idx)
);
CREATE TABLE hive_metastore.partition_params (
    part_id bigint NOT NULL,
    param_key character varying(256) NOT NULL,
    param_value text,
    PRIMARY KEY (part_id, param_key)
);
CREATE TABLE hive_metastore.part_col_privs (
    part_column_grant_id bigint NOT NULL,
    column_name character varying(767),
    create_time bigint NOT NULL,
    grant_option smallint NOT NULL,
    grantor character varying(128),
    grantor_type character varying(128),
    part_id bigint,
    principal_name character varying(128),
    principal_type character varying(128),
    part_col_priv character varying(128),
    authorizer character varying(128),
    PRIMARY KEY (part_column_grant_id)
);
CREATE TABLE hive_metastore.part_privs (
    part_grant_id bigint NOT NULL,
    create_time bigint NOT NULL,
    grant_option smallint NOT NULL,
    grantor character varying(128),
    grantor_type character varying(128),
    part_id bigint,
    principal_name character varying(128),
    principal_type character varying(128),
    part_priv character varying(128),
    authorizer character varying(128),
    PRIMARY KEY (part_grant_id)
);
CREATE TABLE hive_metastore.roles (
    role_id bigint NOT NULL,
    create_time bigint NOT NULL,
    owner_name character varying(128),
    role_name character varying(128),
    PRIMARY KEY (role_id)
);
CREATE TABLE hive_metastore.role_map (
    role_grant_id bigint NOT NULL,
    add_time bigint NOT NULL,
    grant_option smallint NOT NULL,
    grantor character varying(128),
    grantor_type character varying(128),
    principal_name character varying(128),
    principal_type character varying(128),
    role_id bigint,
    PRIMARY KEY (role_grant_id)
);
CREATE TABLE hive_metastore.sd_params (
    sd_id bigint NOT NULL,
    param_key character varying(256) NOT NULL,
    param_value text,
    PRIMARY KEY (sd_id, param_key)
);
CREATE TABLE hive_metastore.sequence_table (
    sequence_name character varying(255) NOT NULL,
    next_val bigint NOT NULL,
    PRIMARY KEY (sequence_name)
);
CREATE TABLE hive_metastore.serde_params (
    serde_id bigint NOT NULL,
    param_key character varying(256) NOT NULL,
    param_value text,
    PRIMARY KEY (serde_id, param_key)
);
CREATE TABLE hive_metastore.sort_cols (
    sd_id bigint NOT NULL,
    column_name character varying(767),
    "order" bigint NOT NULL,
    integer_idx bigint NOT NULL,
    PRIMARY KEY (sd_id, integer_idx)
);
CREATE TABLE hive_metastore.table_params (
    tbl_id bigint NOT NULL,
    param_key character varying(256) NOT NULL,
    param_value text,
    PRIMARY KEY (tbl_id, param_key)
);
CREATE TABLE hive_metastore.mv_creation_metadata (
    mv_creation_metadata_id bigint NOT NULL,
    cat_name character varying(256) NOT NULL,
    db_name character varying(128) NOT NULL,
    tbl_name character varying(256) NOT NULL,
    txn_list text,
    materialization_time bigint NOT NULL,
    PRIMARY KEY (mv_creation_metadata_id)
);
CREATE TABLE hive_metastore.mv_tables_used (
    mv_creation_metadata_id bigint NOT NULL,
    tbl_id bigint NOT NULL,
    inserted_count bigint NOT NULL,
    updated_count bigint NOT NULL,
    deleted_count bigint NOT NULL,
    PRIMARY KEY (tbl_id, mv_creation_metadata_id)
);
CREATE TABLE hive_metastore.tbl_col_privs (
    tbl_column_grant_id bigint NOT NULL,
    column_name character varying(767),
    create_time bigint NOT NULL,
    grant_option smallint NOT NULL,
    grantor character varying(128),
    grantor_type character varying(128),
    principal_name character varying(128),
    principal_type character varying(128),
    tbl_col_priv character varying(128),
    tbl_id bigint,
    authorizer character varying(128),
    PRIMARY KEY (tbl_column_grant_id)
);
CREATE TABLE hive_metastore.tbl_privs (
    tbl_grant_id bigint NOT NULL,
    create_time bigint NOT NULL,
    grant_option smallint NOT NULL,
    grantor character varying(128),
    grantor_type character varying(128),
    principal_name character varying(128),
    principal_type character varying(128),
    tbl_priv character varying(128),
    tbl_id bigint,
    authorizer character varying(128),
    PRIMARY KEY (tbl_grant_id)
);
CREATE TABLE hive_metastore.types (
    types_id bigint NOT NULL,
    type_name character varying(128),
    type1 character varying(767),
    type2 character varying(767),
    PRIMARY KEY (types_id)
);
CREATE TABLE hive_metastore.type_fields (
    type_name bigint NOT NULL,
    comment character varying(256),
    field_name character varying(128) NOT NULL,
    field_type character varying(767) NOT NULL,
    integer_idx bigint NOT NULL,
    PRIMARY KEY (type_name, field_name)
);
CREATE TABLE hive_metastore.skewed_string_list (
    string_list_id bigint NOT NULL,
    PRIMARY KEY (string_list_id)
);
CREATE TABLE hive_metastore.skewed_string_list_values (
    string_list_id bigint NOT NULL,
    string_list_value character varying(256),
    integer_idx bigint NOT NULL,
    PRIMARY KEY (string_list_id, integer_idx)
);
CREATE TABLE hive_metastore.skewed_col_names (
    sd_id bigint NOT NULL,
    skewed_col_name character varying(256),
    integer_idx bigint NOT NULL,
    PRIMARY KEY (sd_id, integer_idx)
);
CREATE TABLE hive_metastore.skewed_col_value_loc_map (
    sd_id bigint NOT NULL,
    string_list_id_kid bigint NOT NULL,
    location character varying(4000),
    PRIMARY KEY (sd_id, string_list_id_kid)
);
CREATE TABLE hive_metastore.skewed_values (
    sd_id_oid bigint NOT NULL,
    string_list_id_eid bigint NOT NULL,
    integer_idx bigint NOT NULL,
    PRIMARY KEY (sd_id_oid, integer_idx)
);
CREATE TABLE hive_metastore.master_keys (
    key_id integer NOT NULL,
    master_key character varying(767),
    PRIMARY KEY (key_id)
);
CREATE TABLE hive_metastore.delegation_tokens (
    token_ident character varying(767) NOT NULL,
    token character varying(767),
    PRIMARY KEY (token_ident)
);
CREATE TABLE hive_metastore.tab_col_stats (
    cs_id bigint NOT NULL,
    column_name character varying(767),
    column_type character varying(128),
    tbl_id bigint NOT NULL,
    long_low_value bigint,
    long_high_value bigint,
    double_low_value double precision,
    double_high_value double precision,
    big_decimal_low_value character varying(4000),
    big_decimal_high_value character varying(4000),
    num_nulls bigint NOT NULL,
    num_distincts bigint,
    bit_vector bytea,
    avg_col_len double precision,
    max_col_len bigint,
    num_trues bigint,
    num_falses bigint,
    last_analyzed bigint NOT NULL,
    engine character varying(128) NOT NULL,
    histogram bytea,
    PRIMARY KEY (cs_id)
);
CREATE TABLE hive_metastore.version (
    ver_id bigint NOT NULL,
    schema_version character varying(127) NOT NULL,
    version_comment character varying(255) NOT NULL,
    PRIMARY KEY (ver_id)
);
CREATE TABLE hive_metastore.part_col_stats (
    cs_id bigint NOT NULL,
    column_name character varying(767),
    column_type character varying(128),
    part_id bigint NOT NULL,
    long_low_value bigint,
    long_high_value bigint,
    double_low_value double precision,
    double_high_value double precision,
    big_decimal_low_value character varying(4000),
    big_decimal_high_value character varying(4000),
    num_nulls bigint NOT NULL,
    num_distincts bigint,
    bit_vector bytea,
    avg_col_len double precision,
    max_col_len bigint,
    num_trues bigint,
    num_falses bigint,
    last_analyzed bigint NOT NULL,
    engine character varying(128) NOT NULL,
    histogram bytea,
    PRIMARY KEY (cs_id)
);
CREATE TABLE hive_metastore.funcs (
    func_id bigint NOT NULL,
    class_name character varying(4000),
    create_time integer NOT NULL,
    db_id bigint,
    func_name character varying(128),
    func_type integer NOT NULL,
    owner_name character varying(128),
    owner_type character varying(10),
    PRIMARY KEY (func_id)
);
CREATE TABLE hive_metastore.func_ru (
    func_id bigint NOT NULL,
    resource_type integer NOT NULL,
    resource_uri character varying(4000),
    integer_idx integer NOT NULL,
    PRIMARY KEY (func_id, integer_idx)
);
CREATE TABLE hive_metastore.notification_log (
    nl_id bigint NOT NULL,
    event_id bigint NOT NULL,
    event_time integer NOT NULL,
    event_type character varying(32) NOT NULL,
    cat_name character varying(256),
    db_name character varying(128),
    tbl_name character varying(256),
    message text,
    message_format character varying(16),
    PRIMARY KEY (nl_id)
);
CREATE TABLE hive_metastore.notification_sequence (
    nni_id bigint NOT NULL,
    next_event_id bigint NOT NULL,
    PRIMARY KEY (nni_id)
);
CREATE TABLE hive_metastore.key_constraints (
    child_cd_id bigint,
    child_integer_idx bigint,
    child_tbl_id bigint,
    parent_cd_id bigint,
    parent_integer_idx bigint NOT NULL,
    parent_tbl_id bigint NOT NULL,
    position bigint NOT NULL,
    constraint_name character varying(400) NOT NULL,
    constraint_type smallint NOT NULL,
    update_rule smallint,
    delete_rule smallint,
    enable_validate_rely smallint NOT NULL,
    default_value character varying(400),
    PRIMARY KEY (parent_tbl_id, constraint_name, position)
);
CREATE TABLE hive_metastore.metastore_db_properties (
    property_key character varying(255) NOT NULL,
    property_value character varying(1000) NOT NULL,
    description character varying(1000),
    propertycontent bytea,
    PRIMARY KEY (property_key)
);
CREATE TABLE hive_metastore.wm_resourceplan (
    rp_id bigint NOT NULL,
    name character varying(128) NOT NULL,
    ns character varying(128),
    query_parallelism integer,
    status character varying(20) NOT NULL,
    default_pool_id bigint,
    PRIMARY KEY (rp_id)
);
CREATE TABLE hive_metastore.wm_pool (
    pool_id bigint NOT NULL,
    rp_id bigint NOT NULL,
    path character varying(1024) NOT NULL,
    alloc_fraction double precision,
    query_parallelism integer,
    scheduling_policy character varying(1024),
    PRIMARY KEY (pool_id)
);
CREATE TABLE hive_metastore.wm_trigger (
    trigger_id bigint NOT NULL,
    rp_id bigint NOT NULL,
    name character varying(128) NOT NULL,
    trigger_expression character varying(1024),
    action_expression character varying(1024),
    is_in_unmanaged smallint NOT NULL,
    PRIMARY KEY (trigger_id)
);
CREATE TABLE hive_metastore.wm_pool_to_trigger (
    pool_id bigint NOT NULL,
    trigger_id bigint NOT NULL,
    PRIMARY KEY (pool_id, trigger_id)
);
CREATE TABLE hive_metastore.wm_mapping (
    mapping_id bigint NOT NULL,
    rp_id bigint NOT NULL,
    entity_type character varying(128) NOT NULL,
    entity_name character varying(128) NOT NULL,
    pool_id bigint,
    ordering integer,
    PRIMARY KEY (mapping_id)
);
CREATE TABLE hive_metastore.txns (
    txn_id bigint NOT NULL,
    txn_state character(1) NOT NULL,
    txn_started bigint NOT NULL,
    txn_last_heartbeat bigint NOT NULL,
    txn_user character varying(128) NOT NULL,
    txn_host character varying(128) NOT NULL,
    txn_agent_info character varying(128),
    txn_meta_info character varying(128),
    txn_heartbeat_count integer,
    txn_type integer,
    PRIMARY KEY (txn_id)
);
CREATE TABLE hive_metastore.txn_components (
    tc_txnid bigint NOT NULL,
    tc_database character varying(128) NOT NULL,
    tc_table character varying(256),
    tc_partition character varying(767),
    tc_operation_type character(1) NOT NULL,
    tc_writeid bigint,
    inv_id bigint NOT NULL,
    PRIMARY KEY (inv_id)
);
CREATE TABLE hive_metastore.completed_txn_components (
    ctc_txnid bigint NOT NULL,
    ctc_database character varying(128) NOT NULL,
    ctc_table character varying(256),
    ctc_partition character varying(767),
    ctc_timestamp timestamp without time zone NOT NULL,
    ctc_writeid bigint,
    ctc_update_delete character(1) NOT NULL,
    inv_id bigint NOT NULL,
    PRIMARY KEY (inv_id)
);
CREATE TABLE hive_metastore.txn_lock_tbl (
    txn_lock bigint NOT NULL,
    PRIMARY KEY (txn_lock)
);
CREATE TABLE hive_metastore.hive_locks (
    hl_lock_ext_id bigint NOT NULL,
    hl_lock_int_id bigint NOT NULL,
    hl_txnid bigint NOT NULL,
    hl_db character varying(128) NOT NULL,
    hl_table character varying(256),
    hl_partition character varying(767),
    hl_lock_state character(1) NOT NULL,
    hl_lock_type character(1) NOT NULL,
    hl_last_heartbeat bigint NOT NULL,
    hl_acquired_at bigint,
    hl_user character varying(128) NOT NULL,
    hl_host character varying(128) NOT NULL,
    hl_heartbeat_count integer,
    hl_agent_info character varying(128),
    hl_blockedby_ext_id bigint,
    hl_blockedby_int_id bigint,
    PRIMARY KEY (hl_lock_ext_id, hl_lock_int_id)
);
CREATE TABLE hive_metastore.next_lock_id (
    nl_next bigint NOT NULL,
    PRIMARY KEY (nl_next)
);
CREATE TABLE hive_metastore.compaction_queue (
    cq_id bigint NOT NULL,
    cq_database character varying(128) NOT NULL,
    cq_table character varying(256) NOT NULL,
    cq_partition character varying(767),
    cq_state character(1) NOT NULL,
    cq_type character(1) NOT NULL,
    cq_tblproperties character varying(2048),
    cq_worker_id character varying(128),
    cq_enqueue_time bigint,
    cq_start bigint,
    cq_run_as character varying(128),
    cq_highest_write_id bigint,
    cq_meta_info bytea,
    cq_hadoop_job_id character varying(32),
    cq_error_message text,
    cq_next_txn_id bigint,
    cq_txn_id bigint,
    cq_commit_time bigint,
    cq_initiator_id character varying(128),
    cq_initiator_version character varying(128),
    cq_worker_version character varying(128),
    cq_cleaner_start bigint,
    cq_retry_retention bigint NOT NULL,
    cq_pool_name character varying(128),
    cq_number_of_buckets integer,
    cq_order_by character varying(4000),
    PRIMARY KEY (cq_id)
);
CREATE TABLE hive_metastore.next_compaction_queue_id (
    ncq_next bigint NOT NULL,
    PRIMARY KEY (ncq_next)
);
CREATE TABLE hive_metastore.completed_compactions (
    cc_id bigint NOT NULL,
    cc_database character varying(128) NOT NULL,
    cc_table character varying(256) NOT NULL,
    cc_partition character varying(767),
    cc_state character(1) NOT NULL,
    cc_type character(1) NOT NULL,
    cc_tblproperties character varying(2048),
    cc_worker_id character varying(128),
    cc_enqueue_time bigint,
    cc_start bigint,
    cc_end bigint,
    cc_run_as character varying(128),
    cc_highest_write_id bigint,
    cc_meta_info bytea,
    cc_hadoop_job_id character varying(32),
    cc_error_message text,
    cc_next_txn_id bigint,
    cc_txn_id bigint,
    cc_commit_time bigint,
    cc_initiator_id character varying(128),
    cc_initiator_version character varying(128),
    cc_worker_version character varying(128),
    cc_pool_name character varying(128),
    cc_number_of_buckets integer,
    cc_order_by character varying(4000),
    PRIMARY KEY (cc_id)
);
CREATE TABLE hive_metastore.compaction_metrics_cache (
    cmc_database character varying(128) NOT NULL,
    cmc_table character varying(256) NOT NULL,
    cmc_partition character varying(767),
    cmc_metric_type character varying(128) NOT NULL,
    cmc_metric_value integer NOT NULL,
    cmc_version integer NOT NULL,
    inv_id bigint NOT NULL,
    PRIMARY KEY (inv_id)
);
CREATE TABLE hive_metastore.aux_table (
    mt_key1 character varying(128) NOT NULL,
    mt_key2 bigint NOT NULL,
    mt_comment character varying(255),
    PRIMARY KEY (mt_key1, mt_key2)
);
CREATE TABLE hive_metastore.write_set (
    ws_database character varying(128) NOT NULL,
    ws_table character varying(256) NOT NULL,
    ws_partition character varying(767),
    ws_txnid bigint NOT NULL,
    ws_commit_id bigint NOT NULL,
    ws_operation_type character(1) NOT NULL,
    inv_id bigint NOT NULL,
    PRIMARY KEY (inv_id)
);
CREATE TABLE hive_metastore.txn_to_write_id (
    t2w_txnid bigint NOT NULL,
    t2w_database character varying(128) NOT NULL,
    t2w_table character varying(256) NOT NULL,
    t2w_writeid bigint NOT NULL,
    PRIMARY KEY (t2w_txnid, t2w_database, t2w_table)
);
CREATE TABLE hive_metastore.next_write_id (
    nwi_database character varying(128) NOT NULL,
    nwi_table character varying(256) NOT NULL,
    nwi_next bigint NOT NULL,
    PRIMARY KEY (nwi_table, nwi_database)
);
CREATE TABLE hive_metastore.min_history_write_id (
    mh_txnid bigint NOT NULL,
    mh_database character varying(128) NOT NULL,
    mh_table character varying(256) NOT NULL,
    mh_writeid bigint NOT NULL,
    PRIMARY KEY (mh_txnid, mh_database, mh_table, mh_writeid)
);
CREATE TABLE hive_metastore.min_history_level (
    mhl_txnid bigint NOT NULL,
    mhl_min_open_txnid bigint NOT NULL,
    PRIMARY KEY (mhl_txnid)
);
CREATE TABLE hive_metastore.materialization_rebuild_locks (
    mrl_txn_id bigint NOT NULL,
    mrl_db_name character varying(128) NOT NULL,
    mrl_tbl_name character varying(256) NOT NULL,
    mrl_last_heartbeat bigint NOT NULL,
    PRIMARY KEY (mrl_txn_id)
);
CREATE TABLE hive_metastore.i_schema (
    schema_id bigint NOT NULL,
    schema_type integer NOT NULL,
    name character varying(256),
    db_id bigint,
    compatibility integer NOT NULL,
    validation_level integer NOT NULL,
    can_evolve boolean NOT NULL,
    schema_group character varying(256),
    description character varying(4000),
    PRIMARY KEY (schema_id)
);
CREATE TABLE hive_metastore.schema_version (
    schema_version_id bigint NOT NULL,
    schema_id bigint,
    version integer NOT NULL,
    created_at bigint NOT NULL,
    cd_id bigint,
    state integer NOT NULL,
    description character varying(4000),
    schema_text text,
    fingerprint character varying(256),
    schema_version_name character varying(256),
    serde_id bigint,
    PRIMARY KEY (schema_version_id)
);
CREATE TABLE hive_metastore.repl_txn_map (
    rtm_repl_policy character varying(256) NOT NULL,
    rtm_src_txn_id bigint NOT NULL,
    rtm_target_txn_id bigint NOT NULL,
    PRIMARY KEY (rtm_repl_policy, rtm_src_txn_id)
);
CREATE TABLE hive_metastore.runtime_stats (
    rs_id bigint NOT NULL,
    create_time bigint NOT NULL,
    weight bigint NOT NULL,
    payload bytea,
    PRIMARY KEY (rs_id)
);
CREATE TABLE hive_metastore.txn_write_notification_log (
    wnl_id bigint NOT NULL,
    wnl_txnid bigint NOT NULL,
    wnl_writeid bigint NOT NULL,
    wnl_database character varying(128) NOT NULL,
    wnl_table character varying(256) NOT NULL,
    wnl_partition character varying(767) NOT NULL,
    wnl_table_obj text NOT NULL,
    wnl_partition_obj text,
    wnl_files text,
    wnl_event_time integer NOT NULL,
    PRIMARY KEY (wnl_txnid, wnl_database, wnl_table, wnl_partition)
);
CREATE TABLE hive_metastore.scheduled_queries (
    scheduled_query_id bigint NOT NULL,
    cluster_namespace character varying(256),
    enabled boolean NOT NULL,
    next_execution integer,
    query character varying(4000),
    schedule character varying(256),
    schedule_name character varying(256),
    "user" character varying(256),
    active_execution_id bigint,
    PRIMARY KEY (scheduled_query_id)
);
CREATE TABLE hive_metastore.scheduled_executions (
    scheduled_execution_id bigint NOT NULL,
    end_time integer,
    error_message character varying(2000),
    executor_query_id character varying(256),
    last_update_time integer,
    scheduled_query_id bigint,
    start_time integer,
    state character varying(256),
    PRIMARY KEY (scheduled_execution_id)
);
CREATE TABLE hive_metastore.replication_metrics (
    rm_scheduled_execution_id bigint NOT NULL,
    rm_policy character varying(256) NOT NULL,
    rm_dump_execution_id bigint NOT NULL,
    rm_metadata character varying(4000),
    rm_progress character varying(10000),
    rm_start_time integer NOT NULL,
    message_format character varying(16),
    PRIMARY KEY (rm_scheduled_execution_id)
);
CREATE TABLE hive_metastore.stored_procs (
    sp_id bigint NOT NULL,
    create_time integer NOT NULL,
    db_id bigint NOT NULL,
    name character varying(256) NOT NULL,
    owner_name character varying(128) NOT NULL,
    source text NOT NULL,
    PRIMARY KEY (sp_id)
);
CREATE TABLE hive_metastore.packages (
    pkg_id bigint NOT NULL,
    create_time integer NOT NULL,
    db_id bigint NOT NULL,
    name character varying(256) NOT NULL,
    owner_name character varying(128) NOT NULL,
    header text NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (pkg_id)
);
CREATE TABLE hive_metastore.dataconnector_params (
    name character varying(128) NOT NULL,
    param_key character varying(180) NOT NULL,
    param_value character varying(4000),
    PRIMARY KEY (name, param_key)
);
ALTER TABLE hive_metastore.bucketing_cols ADD FOREIGN KEY (sd_id) REFERENCES hive_metastore.sds (sd_id);
ALTER TABLE hive_metastore.columns_v2 ADD FOREIGN KEY (cd_id) REFERENCES hive_metastore.cds (cd_id);
ALTER TABLE hive_metastore.dbs ADD FOREIGN KEY (ctlg_name) REFERENCES hive_metastore.ctlgs (name);
ALTER TABLE hive_metastore.database_params ADD FOREIGN KEY (db_id) REFERENCES hive_metastore.dbs (db_id);
ALTER TABLE hive_metastore.db_privs ADD FOREIGN KEY (db_id) REFERENCES hive_metastore.dbs (db_id);
ALTER TABLE hive_metastore.dc_privs ADD FOREIGN KEY (name) REFERENCES hive_metastore.dataconnectors (name);
ALTER TABLE hive_metastore.sds ADD FOREIGN KEY (serde_id) REFERENCES hive_metastore.serdes (serde_id);
ALTER TABLE hive_metastore.sds ADD FOREIGN KEY (cd_id) REFERENCES hive_metastore.cds (cd_id);
ALTER TABLE hive_metastore.tbls ADD FOREIGN KEY (db_id) REFERENCES hive_metastore.dbs (db_id);
ALTER TABLE hive_metastore.tbls ADD FOREIGN KEY (sd_id) REFERENCES hive_metastore.sds (sd_id);
ALTER TABLE hive_metastore.partitions ADD FOREIGN KEY (sd_id) REFERENCES hive_metastore.sds (sd_id);
ALTER TABLE hive_metastore.partitions ADD FOREIGN KEY (tbl_id) REFERENCES hive_metastore.tbls (tbl_id);
ALTER TABLE hive_metastore.partition_keys ADD FOREIGN KEY (tbl_id) REFERENCES hive_metastore.tbls (tbl_id);
ALTER TABLE hive_metastore.partition_key_vals ADD FOREIGN KEY (part_id) REFERENCES hive_metastore.partitions (part_id);
ALTER TABLE hive_metastore.partition_params ADD FOREIGN KEY (part_id) REFERENCES hive_metastore.partitions (part_id);
ALTER TABLE hive_metastore.part_col_privs ADD FOREIGN KEY (part_id) REFERENCES hive_metastore.partitions (part_id);
ALTER TABLE hive_metastore.part_privs ADD FOREIGN KEY (part_id) REFERENCES hive_metastore.partitions (part_id);
ALTER TABLE hive_metastore.role_map ADD FOREIGN KEY (role_id) REFERENCES hive_metastore.roles (role_id);
ALTER TABLE hive_metastore.sd_params ADD FOREIGN KEY (sd_id) REFERENCES hive_metastore.sds (sd_id);
ALTER TABLE hive_metastore.serde_params ADD FOREIGN KEY (serde_id) REFERENCES hive_metastore.serdes (serde_id);
ALTER TABLE hive_metastore.sort_cols ADD FOREIGN KEY (sd_id) REFERENCES hive_metastore.sds (sd_id);
ALTER TABLE hive_metastore.table_params ADD FOREIGN KEY (tbl_id) REFERENCES hive_metastore.tbls (tbl_id);
ALTER TABLE hive_metastore.mv_tables_used ADD FOREIGN KEY (mv_creation_metadata_id) REFERENCES hive_metastore.mv_creation_metadata (mv_creation_metadata_id);
ALTER TABLE hive_metastore.mv_tables_used ADD FOREIGN KEY (tbl_id) REFERENCES hive_metastore.tbls (tbl_id);
ALTER TABLE hive_metastore.tbl_col_privs ADD FOREIGN KEY (tbl_id) REFERENCES hive_metastore.tbls (tbl_id);
ALTER TABLE hive_metastore.tbl_privs ADD FOREIGN KEY (tbl_id) REFERENCES hive_metastore.tbls (tbl_id);
ALTER TABLE hive_metastore.type_fields ADD FOREIGN KEY (type_name) REFERENCES hive_metastore.types (types_id);
ALTER TABLE hive_metastore.skewed_string_list_values ADD FOREIGN KEY (string_list_id) REFERENCES hive_metastore.skewed_string_list (string_list_id);
ALTER TABLE hive_metastore.skewed_col_names ADD FOREIGN KEY (sd_id) REFERENCES hive_metastore.sds (sd_id);
ALTER TABLE hive_metastore.skewed_col_value_loc_map ADD FOREIGN KEY (sd_id) REFERENCES hive_metastore.sds (sd_id);
ALTER TABLE hive_metastore.skewed_col_value_loc_map ADD FOREIGN KEY (string_list_id_kid) REFERENCES hive_metastore.skewed_string_list (string_list_id);
ALTER TABLE hive_metastore.skewed_values ADD FOREIGN KEY (string_list_id_eid) REFERENCES hive_metastore.skewed_string_list (string_list_id);
ALTER TABLE hive_metastore.skewed_values ADD FOREIGN KEY (sd_id_oid) REFERENCES hive_metastore.sds (sd_id);
ALTER TABLE hive_metastore.tab_col_stats ADD FOREIGN KEY (tbl_id) REFERENCES hive_metastore.tbls (tbl_id);
ALTER TABLE hive_metastore.part_col_stats ADD FOREIGN KEY (part_id) REFERENCES hive_metastore.partitions (part_id);
ALTER TABLE hive_metastore.funcs ADD FOREIGN KEY (db_id) REFERENCES hive_metastore.dbs (db_id);
ALTER TABLE hive_metastore.func_ru ADD FOREIGN KEY (func_id) REFERENCES hive_metastore.funcs (func_id);
ALTER TABLE hive_metastore.wm_resourceplan ADD FOREIGN KEY (default_pool_id) REFERENCES hive_metastore.wm_pool (pool_id);
ALTER TABLE hive_metastore.wm_pool ADD FOREIGN KEY (rp_id) REFERENCES hive_metastore.wm_resourceplan (rp_id);
ALTER TABLE hive_metastore.wm_trigger ADD FOREIGN KEY (rp_id) REFERENCES hive_metastore.wm_resourceplan (rp_id);
ALTER TABLE hive_metastore.wm_pool_to_trigger ADD FOREIGN KEY (pool_id) REFERENCES hive_metastore.wm_pool (pool_id);
ALTER TABLE hive_metastore.wm_pool_to_trigger ADD FOREIGN KEY (trigger_id) REFERENCES hive_metastore.wm_trigger (trigger_id);
ALTER TABLE hive_metastore.wm_mapping ADD FOREIGN KEY (rp_id) REFERENCES hive_metastore.wm_resourceplan (rp_id);
ALTER TABLE hive_metastore.wm_mapping ADD FOREIGN KEY (pool_id) REFERENCES hive_metastore.wm_pool (pool_id);
ALTER TABLE hive_metastore.txn_components ADD FOREIGN KEY (tc_txnid) REFERENCES hive_metastore.txns (txn_id);
ALTER TABLE hive_metastore.min_history_write_id ADD FOREIGN KEY (mh_txnid) REFERENCES hive_metastore.txns (txn_id);
ALTER TABLE hive_metastore.i_schema ADD FOREIGN KEY (db_id) REFERENCES hive_metastore.dbs (db_id);
ALTER TABLE hive_metastore.schema_version ADD FOREIGN KEY (schema_id) REFERENCES hive_metastore.i_schema (schema_id);
ALTER TABLE hive_metastore.schema_version ADD FOREIGN KEY (cd_id) REFERENCES hive_metastore.cds (cd_id);
ALTER TABLE hive_metastore.schema_version ADD FOREIGN KEY (serde_id) REFERENCES hive_metastore.serdes (serde_id);
ALTER TABLE hive_metastore.scheduled_executions ADD FOREIGN KEY (scheduled_query_id) REFERENCES hive_metastore.scheduled_queries (scheduled_query_id);
ALTER TABLE hive_metastore.stored_procs ADD FOREIGN KEY (db_id) REFERENCES hive_metastore.dbs (db_id);
ALTER TABLE hive_metastore.packages ADD FOREIGN KEY (db_id) REFERENCES hive_metastore.dbs (db_id);
ALTER TABLE hive_metastore.dataconnector_params ADD FOREIGN KEY (name) REFERENCES hive_metastore.dataconnectors (name);
