-- HAPI FHIR JPA server, the open-source Java FHIR (HL7 Fast Healthcare Interoperability Resources) server: its
-- relational store (resources with their current row and every stored version, version provenance, tags and tag
-- definitions, forced (client-assigned) ids, resource links (references between resources) and the search-parameter
-- indexes per value kind: string, token, date, number, quantity, normalized quantity, URI, coordinates, combo
-- unique/non-unique indexes and "parameter present" flags; cached searches with their results and includes;
-- partitions; binary storage; batch2 job instances and work chunks; bulk export jobs, collections and files; bulk
-- import jobs and files; reindex jobs; resource search URLs, modified-resource queue and subscription stats; MDM/EMPI
-- links between golden and source resources with their Envers audit table and revision info; NPM packages
-- (implementation guides), package versions and package-version resources; the terminology service's code systems,
-- code system versions, concepts, designations, properties, parent-child links, concept maps with groups, elements
-- and targets, value sets with pre-expanded concepts and designations), as HAPI FHIR 7.2.0 creates it: the DDL
-- Hibernate generates for the JPA entities, kept by the project as the test resource
-- hapi-fhir-jpaserver-test-utilities/src/test/resources/jpa_h2_schema_720/h2.sql of github.com/hapifhir/hapi-fhir
-- (the version stored at commit 33c5157, 33c515714776bbaa1f6336f6aec11ff325d60631; read with the search tool's
-- read_file because the repository is over this machine's fetch limit; no newer full PostgreSQL DDL of the
-- project was found: its migration/releases PostgreSQL files after V5_1_0 hold only test rows, the schema itself
-- being built by Java migration tasks), Apache-2.0; we use the schema's facts. Conversion: the H2 dialect of Hibernate's
-- output turned into PostgreSQL by a one-off script (clob -> text, blob -> bytea, float(53) -> double precision,
-- tinyint -> smallint, decimal -> numeric, timestamp(6) kept), loaded into a scratch PostgreSQL 15 and regenerated
-- from its catalog: all 54 tables with their primary keys (mpi_link_aud and hfj_resource_modified composite) and
-- all 54 foreign keys the source declares, schema hapifhir; the unquoted upper-case names fold to lower case
-- (hfj_resource, hfj_spidx_token, trm_concept). The source declares no comments. Left out: the 46 sequences
-- (SEQ_RESOURCE_ID, ...), the three column defaults (hfj_forced_id.resource_type, trm_valueset's two totals), the unique
-- constraints (IDX_RES_TYPE_FHIR_ID, IDX_RESVER_ID_VER, IDX_CONCEPT_CS_CODE, ...; no foreign key points at them),
-- indexes and constraint names. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS hapifhir;
CREATE TABLE hapifhir.bt2_job_instance (
    id character varying(100) NOT NULL,
    job_cancelled boolean NOT NULL,
    cmb_recs_processed integer,
    cmb_recs_per_sec double precision,
    create_time timestamp(6) without time zone NOT NULL,
    cur_gated_step_id character varying(100),
    definition_id character varying(100) NOT NULL,
    definition_ver integer NOT NULL,
    end_time timestamp(6) without time zone,
    error_count integer,
    error_msg character varying(500),
    est_remaining character varying(100),
    fast_tracking boolean,
    params_json character varying(2000),
    params_json_lob text,
    params_json_vc text,
    progress_pct double precision,
    report text,
    report_vc text,
    start_time timestamp(6) without time zone,
    stat character varying(20) NOT NULL,
    tot_elapsed_millis integer,
    client_id character varying(200),
    user_name character varying(200),
    update_time timestamp(6) without time zone,
    warning_msg character varying(4000),
    work_chunks_purged boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hapifhir.bt2_work_chunk (
    id character varying(100) NOT NULL,
    create_time timestamp(6) without time zone NOT NULL,
    end_time timestamp(6) without time zone,
    error_count integer NOT NULL,
    error_msg character varying(500),
    instance_id character varying(100) NOT NULL,
    definition_id character varying(100) NOT NULL,
    definition_ver integer NOT NULL,
    records_processed integer,
    seq integer NOT NULL,
    chunk_data text,
    chunk_data_vc text,
    start_time timestamp(6) without time zone,
    stat character varying(20) NOT NULL,
    tgt_step_id character varying(100) NOT NULL,
    update_time timestamp(6) without time zone,
    warning_msg character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE hapifhir.hfj_binary_storage (
    content_id character varying(200) NOT NULL,
    blob_data bytea,
    content_type character varying(100) NOT NULL,
    content_hash character varying(128),
    published_date timestamp(6) without time zone NOT NULL,
    resource_id character varying(100) NOT NULL,
    content_size bigint,
    storage_content_bin bytea,
    PRIMARY KEY (content_id)
);
CREATE TABLE hapifhir.hfj_blk_export_colfile (
    pid bigint NOT NULL,
    res_id character varying(100) NOT NULL,
    collection_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_blk_export_collection (
    pid bigint NOT NULL,
    type_filter character varying(1000),
    res_type character varying(40) NOT NULL,
    optlock integer NOT NULL,
    job_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_blk_export_job (
    pid bigint NOT NULL,
    created_time timestamp(6) without time zone NOT NULL,
    exp_time timestamp(6) without time zone,
    job_id character varying(36) NOT NULL,
    request character varying(1024) NOT NULL,
    exp_since timestamp(6) without time zone,
    job_status character varying(10) NOT NULL,
    status_message character varying(500),
    status_time timestamp(6) without time zone NOT NULL,
    optlock integer NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_blk_import_job (
    pid bigint NOT NULL,
    batch_size integer NOT NULL,
    file_count integer NOT NULL,
    job_desc character varying(500),
    job_id character varying(36) NOT NULL,
    row_processing_mode character varying(20) NOT NULL,
    job_status character varying(10) NOT NULL,
    status_message character varying(500),
    status_time timestamp(6) without time zone NOT NULL,
    optlock integer NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_blk_import_jobfile (
    pid bigint NOT NULL,
    job_contents bytea,
    job_contents_vc text,
    file_description character varying(500),
    file_seq integer NOT NULL,
    tenant_name character varying(200),
    job_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_forced_id (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    forced_id character varying(100) NOT NULL,
    resource_pid bigint NOT NULL,
    resource_type character varying(100),
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_history_tag (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    tag_id bigint,
    res_ver_pid bigint NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(40) NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_idx_cmb_tok_nu (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    hash_complete bigint NOT NULL,
    idx_string character varying(500) NOT NULL,
    res_id bigint,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_idx_cmp_string_uniq (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    idx_string character varying(500) NOT NULL,
    res_id bigint,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_partition (
    part_id integer NOT NULL,
    part_desc character varying(200),
    part_name character varying(200) NOT NULL,
    PRIMARY KEY (part_id)
);
CREATE TABLE hapifhir.hfj_res_link (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    src_path character varying(500) NOT NULL,
    src_resource_id bigint NOT NULL,
    source_resource_type character varying(40) NOT NULL,
    target_resource_id bigint,
    target_resource_type character varying(40) NOT NULL,
    target_resource_url character varying(200),
    target_resource_version bigint,
    sp_updated timestamp(6) without time zone,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_res_param_present (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    hash_presence bigint,
    sp_present boolean NOT NULL,
    res_id bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_res_reindex_job (
    pid bigint NOT NULL,
    job_deleted boolean NOT NULL,
    reindex_count integer,
    res_type character varying(100),
    suspended_until timestamp(6) without time zone,
    update_threshold_high timestamp(6) without time zone NOT NULL,
    update_threshold_low timestamp(6) without time zone,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_res_search_url (
    res_search_url character varying(768) NOT NULL,
    created_time timestamp(6) without time zone NOT NULL,
    res_id bigint NOT NULL,
    PRIMARY KEY (res_search_url)
);
CREATE TABLE hapifhir.hfj_res_tag (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    tag_id bigint,
    res_id bigint,
    res_type character varying(40) NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_res_ver (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    res_deleted_at timestamp(6) without time zone,
    res_version character varying(7),
    has_tags boolean NOT NULL,
    res_published timestamp(6) without time zone NOT NULL,
    res_updated timestamp(6) without time zone NOT NULL,
    res_encoding character varying(5) NOT NULL,
    request_id character varying(16),
    res_text bytea,
    res_id bigint NOT NULL,
    res_text_vc text,
    res_type character varying(40) NOT NULL,
    res_ver bigint NOT NULL,
    source_uri character varying(100),
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_res_ver_prov (
    res_ver_pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    request_id character varying(16),
    source_uri character varying(100),
    res_pid bigint NOT NULL,
    PRIMARY KEY (res_ver_pid)
);
CREATE TABLE hapifhir.hfj_resource (
    res_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    res_deleted_at timestamp(6) without time zone,
    res_version character varying(7),
    has_tags boolean NOT NULL,
    res_published timestamp(6) without time zone NOT NULL,
    res_updated timestamp(6) without time zone NOT NULL,
    fhir_id character varying(64),
    sp_has_links boolean,
    hash_sha256 character varying(64),
    sp_index_status bigint,
    res_language character varying(20),
    sp_cmpstr_uniq_present boolean,
    sp_cmptoks_present boolean,
    sp_coords_present boolean,
    sp_date_present boolean,
    sp_number_present boolean,
    sp_quantity_nrml_present boolean,
    sp_quantity_present boolean,
    sp_string_present boolean,
    sp_token_present boolean,
    sp_uri_present boolean,
    res_type character varying(40) NOT NULL,
    search_url_present boolean,
    res_ver bigint,
    PRIMARY KEY (res_id)
);
CREATE TABLE hapifhir.hfj_resource_modified (
    res_id character varying(256) NOT NULL,
    res_ver character varying(8) NOT NULL,
    created_time timestamp(6) without time zone NOT NULL,
    resource_type character varying(40) NOT NULL,
    summary_message character varying(4000) NOT NULL,
    PRIMARY KEY (res_id, res_ver)
);
CREATE TABLE hapifhir.hfj_revinfo (
    rev bigint NOT NULL,
    revtstmp timestamp(6) without time zone,
    PRIMARY KEY (rev)
);
CREATE TABLE hapifhir.hfj_search (
    pid bigint NOT NULL,
    created timestamp(6) without time zone NOT NULL,
    search_deleted boolean,
    expiry_or_null timestamp(6) without time zone,
    failure_code integer,
    failure_message character varying(500),
    last_updated_high timestamp(6) without time zone,
    last_updated_low timestamp(6) without time zone,
    num_blocked integer,
    num_found integer NOT NULL,
    preferred_page_size integer,
    resource_id bigint,
    resource_type character varying(200),
    search_param_map bytea,
    search_param_map_bin bytea,
    search_query_string text,
    search_query_string_hash integer,
    search_query_string_vc text,
    search_type integer NOT NULL,
    search_status character varying(10) NOT NULL,
    total_count integer,
    search_uuid character varying(48) NOT NULL,
    optlock_version integer,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_search_include (
    pid bigint NOT NULL,
    search_include character varying(200) NOT NULL,
    inc_recurse boolean NOT NULL,
    revinclude boolean NOT NULL,
    search_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_search_result (
    pid bigint NOT NULL,
    search_order integer NOT NULL,
    resource_pid bigint NOT NULL,
    search_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_spidx_coords (
    sp_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    sp_missing boolean NOT NULL,
    sp_name character varying(100) NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(100) NOT NULL,
    sp_updated timestamp(6) without time zone,
    hash_identity bigint,
    sp_latitude double precision,
    sp_longitude double precision,
    PRIMARY KEY (sp_id)
);
CREATE TABLE hapifhir.hfj_spidx_date (
    sp_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    sp_missing boolean NOT NULL,
    sp_name character varying(100) NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(100) NOT NULL,
    sp_updated timestamp(6) without time zone,
    hash_identity bigint,
    sp_value_high timestamp(6) without time zone,
    sp_value_high_date_ordinal integer,
    sp_value_low timestamp(6) without time zone,
    sp_value_low_date_ordinal integer,
    PRIMARY KEY (sp_id)
);
CREATE TABLE hapifhir.hfj_spidx_number (
    sp_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    sp_missing boolean NOT NULL,
    sp_name character varying(100) NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(100) NOT NULL,
    sp_updated timestamp(6) without time zone,
    hash_identity bigint,
    sp_value numeric(19,2),
    PRIMARY KEY (sp_id)
);
CREATE TABLE hapifhir.hfj_spidx_quantity (
    sp_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    sp_missing boolean NOT NULL,
    sp_name character varying(100) NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(100) NOT NULL,
    sp_updated timestamp(6) without time zone,
    hash_identity bigint,
    hash_identity_and_units bigint,
    hash_identity_sys_units bigint,
    sp_system character varying(200),
    sp_units character varying(200),
    sp_value double precision,
    PRIMARY KEY (sp_id)
);
CREATE TABLE hapifhir.hfj_spidx_quantity_nrml (
    sp_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    sp_missing boolean NOT NULL,
    sp_name character varying(100) NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(100) NOT NULL,
    sp_updated timestamp(6) without time zone,
    hash_identity bigint,
    hash_identity_and_units bigint,
    hash_identity_sys_units bigint,
    sp_system character varying(200),
    sp_units character varying(200),
    sp_value double precision,
    PRIMARY KEY (sp_id)
);
CREATE TABLE hapifhir.hfj_spidx_string (
    sp_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    sp_missing boolean NOT NULL,
    sp_name character varying(100) NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(100) NOT NULL,
    sp_updated timestamp(6) without time zone,
    hash_exact bigint,
    hash_identity bigint,
    hash_norm_prefix bigint,
    sp_value_exact character varying(200),
    sp_value_normalized character varying(200),
    PRIMARY KEY (sp_id)
);
CREATE TABLE hapifhir.hfj_spidx_token (
    sp_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    sp_missing boolean NOT NULL,
    sp_name character varying(100) NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(100) NOT NULL,
    sp_updated timestamp(6) without time zone,
    hash_identity bigint,
    hash_sys bigint,
    hash_sys_and_value bigint,
    hash_value bigint,
    sp_system character varying(200),
    sp_value character varying(200),
    PRIMARY KEY (sp_id)
);
CREATE TABLE hapifhir.hfj_spidx_uri (
    sp_id bigint NOT NULL,
    partition_date date,
    partition_id integer,
    sp_missing boolean NOT NULL,
    sp_name character varying(100) NOT NULL,
    res_id bigint NOT NULL,
    res_type character varying(100) NOT NULL,
    sp_updated timestamp(6) without time zone,
    hash_identity bigint,
    hash_uri bigint,
    sp_uri character varying(500),
    PRIMARY KEY (sp_id)
);
CREATE TABLE hapifhir.hfj_subscription_stats (
    pid bigint NOT NULL,
    created_time timestamp(6) without time zone NOT NULL,
    res_id bigint,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.hfj_tag_def (
    tag_id bigint NOT NULL,
    tag_code character varying(200),
    tag_display character varying(200),
    tag_system character varying(200),
    tag_type integer NOT NULL,
    tag_user_selected boolean,
    tag_version character varying(30),
    PRIMARY KEY (tag_id)
);
CREATE TABLE hapifhir.mpi_link (
    pid bigint NOT NULL,
    partition_date date,
    partition_id integer,
    created timestamp(6) without time zone NOT NULL,
    eid_match boolean,
    golden_resource_pid bigint NOT NULL,
    new_person boolean,
    link_source integer NOT NULL,
    match_result integer NOT NULL,
    target_type character varying(40),
    person_pid bigint NOT NULL,
    rule_count bigint,
    score double precision,
    target_pid bigint NOT NULL,
    updated timestamp(6) without time zone NOT NULL,
    vector bigint,
    version character varying(16) NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.mpi_link_aud (
    pid bigint NOT NULL,
    rev bigint NOT NULL,
    revtype smallint,
    partition_date date,
    partition_id integer,
    created timestamp(6) without time zone,
    eid_match boolean,
    golden_resource_pid bigint,
    new_person boolean,
    link_source integer,
    match_result integer,
    target_type character varying(40),
    person_pid bigint,
    rule_count bigint,
    score double precision,
    target_pid bigint,
    updated timestamp(6) without time zone,
    vector bigint,
    version character varying(16),
    PRIMARY KEY (rev, pid)
);
CREATE TABLE hapifhir.npm_package (
    pid bigint NOT NULL,
    cur_version_id character varying(200),
    package_desc character varying(200),
    package_id character varying(200) NOT NULL,
    updated_time timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.npm_package_ver (
    pid bigint NOT NULL,
    current_version boolean NOT NULL,
    pkg_desc character varying(200),
    desc_upper character varying(200),
    fhir_version character varying(10) NOT NULL,
    fhir_version_id character varying(20) NOT NULL,
    package_id character varying(200) NOT NULL,
    package_size_bytes bigint NOT NULL,
    saved_time timestamp(6) without time zone NOT NULL,
    updated_time timestamp(6) without time zone NOT NULL,
    version_id character varying(200) NOT NULL,
    package_pid bigint NOT NULL,
    binary_res_id bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.npm_package_ver_res (
    pid bigint NOT NULL,
    canonical_url character varying(200),
    canonical_version character varying(200),
    file_dir character varying(200),
    fhir_version character varying(10) NOT NULL,
    fhir_version_id character varying(20) NOT NULL,
    file_name character varying(200),
    res_size_bytes bigint NOT NULL,
    res_type character varying(40) NOT NULL,
    updated_time timestamp(6) without time zone NOT NULL,
    packver_pid bigint NOT NULL,
    binary_res_id bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_codesystem (
    pid bigint NOT NULL,
    code_system_uri character varying(200) NOT NULL,
    current_version_pid bigint,
    cs_name character varying(200),
    res_id bigint,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_codesystem_ver (
    pid bigint NOT NULL,
    cs_display character varying(200),
    codesystem_pid bigint,
    cs_version_id character varying(200),
    res_id bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_concept (
    pid bigint NOT NULL,
    codeval character varying(500) NOT NULL,
    codesystem_pid bigint,
    display character varying(400),
    index_status bigint,
    parent_pids text,
    parent_pids_vc text,
    code_sequence integer,
    concept_updated timestamp(6) without time zone,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_concept_desig (
    pid bigint NOT NULL,
    lang character varying(500),
    use_code character varying(500),
    use_display character varying(500),
    use_system character varying(500),
    val character varying(2000) NOT NULL,
    cs_ver_pid bigint,
    concept_pid bigint,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_concept_map (
    pid bigint NOT NULL,
    res_id bigint,
    source_url character varying(200),
    target_url character varying(200),
    url character varying(200) NOT NULL,
    ver character varying(200),
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_concept_map_group (
    pid bigint NOT NULL,
    concept_map_url character varying(200),
    source_url character varying(200) NOT NULL,
    source_vs character varying(200),
    source_version character varying(200),
    target_url character varying(200) NOT NULL,
    target_vs character varying(200),
    target_version character varying(200),
    concept_map_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_concept_map_grp_element (
    pid bigint NOT NULL,
    source_code character varying(500) NOT NULL,
    concept_map_url character varying(200),
    source_display character varying(500),
    system_url character varying(200),
    system_version character varying(200),
    valueset_url character varying(200),
    concept_map_group_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_concept_map_grp_elm_tgt (
    pid bigint NOT NULL,
    target_code character varying(500),
    concept_map_url character varying(200),
    target_display character varying(500),
    target_equivalence character varying(50),
    system_url character varying(200),
    system_version character varying(200),
    valueset_url character varying(200),
    concept_map_grp_elm_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_concept_pc_link (
    pid bigint NOT NULL,
    child_pid bigint,
    codesystem_pid bigint NOT NULL,
    parent_pid bigint,
    rel_type integer,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_concept_property (
    pid bigint NOT NULL,
    prop_codesystem character varying(500),
    prop_display character varying(500),
    prop_key character varying(500) NOT NULL,
    prop_type integer NOT NULL,
    prop_val character varying(500),
    prop_val_bin bytea,
    prop_val_lob bytea,
    cs_ver_pid bigint,
    concept_pid bigint,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_valueset (
    pid bigint NOT NULL,
    expansion_status character varying(50) NOT NULL,
    expanded_at timestamp(6) without time zone,
    vsname character varying(200),
    res_id bigint,
    total_concept_designations bigint NOT NULL,
    total_concepts bigint NOT NULL,
    url character varying(200) NOT NULL,
    ver character varying(200),
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_valueset_c_designation (
    pid bigint NOT NULL,
    valueset_concept_pid bigint NOT NULL,
    lang character varying(500),
    use_code character varying(500),
    use_display character varying(500),
    use_system character varying(500),
    val character varying(2000) NOT NULL,
    valueset_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
CREATE TABLE hapifhir.trm_valueset_concept (
    pid bigint NOT NULL,
    codeval character varying(500) NOT NULL,
    display character varying(400),
    index_status bigint,
    valueset_order integer NOT NULL,
    source_direct_parent_pids text,
    source_direct_parent_pids_vc text,
    source_pid bigint,
    system_url character varying(200) NOT NULL,
    system_ver character varying(200),
    valueset_pid bigint NOT NULL,
    PRIMARY KEY (pid)
);
ALTER TABLE hapifhir.bt2_work_chunk ADD FOREIGN KEY (instance_id) REFERENCES hapifhir.bt2_job_instance (id);
ALTER TABLE hapifhir.hfj_blk_export_colfile ADD FOREIGN KEY (collection_pid) REFERENCES hapifhir.hfj_blk_export_collection (pid);
ALTER TABLE hapifhir.hfj_blk_export_collection ADD FOREIGN KEY (job_pid) REFERENCES hapifhir.hfj_blk_export_job (pid);
ALTER TABLE hapifhir.hfj_blk_import_jobfile ADD FOREIGN KEY (job_pid) REFERENCES hapifhir.hfj_blk_import_job (pid);
ALTER TABLE hapifhir.hfj_history_tag ADD FOREIGN KEY (res_ver_pid) REFERENCES hapifhir.hfj_res_ver (pid);
ALTER TABLE hapifhir.hfj_history_tag ADD FOREIGN KEY (tag_id) REFERENCES hapifhir.hfj_tag_def (tag_id);
ALTER TABLE hapifhir.hfj_idx_cmb_tok_nu ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_idx_cmp_string_uniq ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_res_link ADD FOREIGN KEY (src_resource_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_res_link ADD FOREIGN KEY (target_resource_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_res_param_present ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_res_tag ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_res_tag ADD FOREIGN KEY (tag_id) REFERENCES hapifhir.hfj_tag_def (tag_id);
ALTER TABLE hapifhir.hfj_res_ver ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_res_ver_prov ADD FOREIGN KEY (res_pid) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_res_ver_prov ADD FOREIGN KEY (res_ver_pid) REFERENCES hapifhir.hfj_res_ver (pid);
ALTER TABLE hapifhir.hfj_search_include ADD FOREIGN KEY (search_pid) REFERENCES hapifhir.hfj_search (pid);
ALTER TABLE hapifhir.hfj_spidx_coords ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_spidx_date ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_spidx_number ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_spidx_quantity ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_spidx_quantity_nrml ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_spidx_string ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_spidx_token ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_spidx_uri ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.hfj_subscription_stats ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.mpi_link ADD FOREIGN KEY (golden_resource_pid) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.mpi_link ADD FOREIGN KEY (person_pid) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.mpi_link ADD FOREIGN KEY (target_pid) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.mpi_link_aud ADD FOREIGN KEY (rev) REFERENCES hapifhir.hfj_revinfo (rev);
ALTER TABLE hapifhir.npm_package_ver ADD FOREIGN KEY (binary_res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.npm_package_ver ADD FOREIGN KEY (package_pid) REFERENCES hapifhir.npm_package (pid);
ALTER TABLE hapifhir.npm_package_ver_res ADD FOREIGN KEY (binary_res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.npm_package_ver_res ADD FOREIGN KEY (packver_pid) REFERENCES hapifhir.npm_package_ver (pid);
ALTER TABLE hapifhir.trm_codesystem ADD FOREIGN KEY (current_version_pid) REFERENCES hapifhir.trm_codesystem_ver (pid);
ALTER TABLE hapifhir.trm_codesystem ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.trm_codesystem_ver ADD FOREIGN KEY (codesystem_pid) REFERENCES hapifhir.trm_codesystem (pid);
ALTER TABLE hapifhir.trm_codesystem_ver ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.trm_concept ADD FOREIGN KEY (codesystem_pid) REFERENCES hapifhir.trm_codesystem_ver (pid);
ALTER TABLE hapifhir.trm_concept_desig ADD FOREIGN KEY (concept_pid) REFERENCES hapifhir.trm_concept (pid);
ALTER TABLE hapifhir.trm_concept_desig ADD FOREIGN KEY (cs_ver_pid) REFERENCES hapifhir.trm_codesystem_ver (pid);
ALTER TABLE hapifhir.trm_concept_map ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.trm_concept_map_group ADD FOREIGN KEY (concept_map_pid) REFERENCES hapifhir.trm_concept_map (pid);
ALTER TABLE hapifhir.trm_concept_map_grp_element ADD FOREIGN KEY (concept_map_group_pid) REFERENCES hapifhir.trm_concept_map_group (pid);
ALTER TABLE hapifhir.trm_concept_map_grp_elm_tgt ADD FOREIGN KEY (concept_map_grp_elm_pid) REFERENCES hapifhir.trm_concept_map_grp_element (pid);
ALTER TABLE hapifhir.trm_concept_pc_link ADD FOREIGN KEY (child_pid) REFERENCES hapifhir.trm_concept (pid);
ALTER TABLE hapifhir.trm_concept_pc_link ADD FOREIGN KEY (codesystem_pid) REFERENCES hapifhir.trm_codesystem_ver (pid);
ALTER TABLE hapifhir.trm_concept_pc_link ADD FOREIGN KEY (parent_pid) REFERENCES hapifhir.trm_concept (pid);
ALTER TABLE hapifhir.trm_concept_property ADD FOREIGN KEY (concept_pid) REFERENCES hapifhir.trm_concept (pid);
ALTER TABLE hapifhir.trm_concept_property ADD FOREIGN KEY (cs_ver_pid) REFERENCES hapifhir.trm_codesystem_ver (pid);
ALTER TABLE hapifhir.trm_valueset ADD FOREIGN KEY (res_id) REFERENCES hapifhir.hfj_resource (res_id);
ALTER TABLE hapifhir.trm_valueset_c_designation ADD FOREIGN KEY (valueset_concept_pid) REFERENCES hapifhir.trm_valueset_concept (pid);
ALTER TABLE hapifhir.trm_valueset_c_designation ADD FOREIGN KEY (valueset_pid) REFERENCES hapifhir.trm_valueset (pid);
ALTER TABLE hapifhir.trm_valueset_concept ADD FOREIGN KEY (valueset_pid) REFERENCES hapifhir.trm_valueset (pid);
