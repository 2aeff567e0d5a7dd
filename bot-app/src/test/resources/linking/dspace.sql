-- DSpace, the institutional-repository platform (communities, collections, items, bundles and bitstreams (files) with
-- their formats and file extensions, the metadata registry (schemas, fields) and metadata values, handles and DOIs,
-- e-people and groups with their memberships and nesting, resource policies (embargoes and access), the configurable
-- submission workflow (workspace items, workflow items, pool and claimed tasks, collection roles), versioning,
-- request-a-copy, subscriptions, OAI harvesting, checksum checking, entities and relationships, ORCID queue/history
-- and tokens, processes (scripts), COAR Notify / LDN messages and services, supervision orders, system-wide alerts),
-- as DSpace's Flyway migrations build it on PostgreSQL: github.com/DSpace/DSpace (commit 3d8bdc9, 2026-08-20; BSD
-- 3-Clause licence), dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration/postgres/V1.1 .. V10.0 plus
-- sqlmigration/workflow/postgres/xmlworkflow/ and xmlworkflow/postgres/xml_workflow_migration.sql, applied in Flyway
-- version order to an empty PostgreSQL 15, with the effect of the Java migrations (the constraint drops of V1_3_9,
-- V1_5_9, V5_0_2014_09_25 and V6_0_2015_03_06; the old browse tables communities2item, community_item_count and
-- collection_item_count dropped by V6_0_2016_01_26) done by hand; then regenerated from the catalog: all 63 tables,
-- their primary keys, unique constraints and 102 foreign keys (the source's duplicate foreign key on
-- workspaceitem.collection_id kept), schema dspace instead of public. Left out: sequences (and the nextval defaults
-- on them), indexes, the getnextid() function, the registry rows the migrations insert. The migrations declare no
-- comments. No rows. Fewer than the 80 tables asked for: GitLab's structure.sql could not be had here; this is
-- DSpace's whole schema. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS dspace;
CREATE TABLE dspace.bitstream (
    bitstream_id integer,
    bitstream_format_id integer,
    checksum character varying(64),
    checksum_algorithm character varying(32),
    internal_id character varying(256),
    deleted boolean,
    store_number integer,
    sequence_id integer,
    size_bytes bigint,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL
);
CREATE TABLE dspace.bitstreamformatregistry (
    bitstream_format_id integer NOT NULL,
    mimetype character varying(256),
    short_description character varying(128),
    description text,
    support_level integer,
    internal boolean
);
CREATE TABLE dspace.bundle (
    bundle_id integer,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    primary_bitstream_id uuid
);
CREATE TABLE dspace.bundle2bitstream (
    bitstream_order_legacy integer,
    bundle_id uuid NOT NULL,
    bitstream_id uuid NOT NULL,
    bitstream_order integer NOT NULL
);
CREATE TABLE dspace.checksum_history (
    check_id bigint NOT NULL,
    process_start_date timestamp without time zone,
    process_end_date timestamp without time zone,
    checksum_expected character varying,
    checksum_calculated character varying,
    result character varying,
    bitstream_id uuid
);
CREATE TABLE dspace.checksum_results (
    result_code character varying NOT NULL,
    result_description character varying
);
CREATE TABLE dspace.collection (
    collection_id integer,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    submitter uuid,
    template_item_id uuid,
    logo_bitstream_id uuid,
    admin uuid
);
CREATE TABLE dspace.collection2item (
    collection_id uuid NOT NULL,
    item_id uuid NOT NULL
);
CREATE TABLE dspace.community (
    community_id integer,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    admin uuid,
    logo_bitstream_id uuid
);
CREATE TABLE dspace.community2collection (
    collection_id uuid NOT NULL,
    community_id uuid NOT NULL
);
CREATE TABLE dspace.community2community (
    parent_comm_id uuid NOT NULL,
    child_comm_id uuid NOT NULL
);
CREATE TABLE dspace.cwf_claimtask (
    claimtask_id integer NOT NULL,
    workflowitem_id integer,
    workflow_id text,
    step_id text,
    action_id text,
    owner_id uuid
);
CREATE TABLE dspace.cwf_collectionrole (
    collectionrole_id integer NOT NULL,
    role_id text,
    collection_id uuid,
    group_id uuid
);
CREATE TABLE dspace.cwf_in_progress_user (
    in_progress_user_id integer NOT NULL,
    workflowitem_id integer,
    finished boolean,
    user_id uuid
);
CREATE TABLE dspace.cwf_pooltask (
    pooltask_id integer NOT NULL,
    workflowitem_id integer,
    workflow_id text,
    step_id text,
    action_id text,
    group_id uuid,
    eperson_id uuid
);
CREATE TABLE dspace.cwf_workflowitem (
    workflowitem_id integer NOT NULL,
    multiple_titles boolean,
    published_before boolean,
    multiple_files boolean,
    item_id uuid,
    collection_id uuid
);
CREATE TABLE dspace.cwf_workflowitemrole (
    workflowitemrole_id integer NOT NULL,
    role_id text,
    workflowitem_id integer,
    group_id uuid,
    eperson_id uuid
);
CREATE TABLE dspace.doi (
    doi_id integer NOT NULL,
    doi character varying(256),
    resource_type_id integer,
    resource_id integer,
    status integer,
    dspace_object uuid
);
CREATE TABLE dspace.dspaceobject (
    uuid uuid NOT NULL
);
CREATE TABLE dspace.entity_type (
    id integer NOT NULL,
    label character varying(32) NOT NULL
);
CREATE TABLE dspace.eperson (
    eperson_id integer,
    email character varying(64),
    password character varying(128),
    can_log_in boolean,
    require_certificate boolean,
    self_registered boolean,
    last_active timestamp without time zone,
    sub_frequency integer,
    netid character varying(64),
    salt character varying(32),
    digest_algorithm character varying(16),
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    session_salt character varying(32)
);
CREATE TABLE dspace.epersongroup (
    eperson_group_id integer,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    permanent boolean DEFAULT false,
    name character varying(250)
);
CREATE TABLE dspace.epersongroup2eperson (
    eperson_group_id uuid NOT NULL,
    eperson_id uuid NOT NULL
);
CREATE TABLE dspace.fileextension (
    file_extension_id integer NOT NULL,
    bitstream_format_id integer,
    extension character varying(16)
);
CREATE TABLE dspace.group2group (
    parent_id uuid NOT NULL,
    child_id uuid NOT NULL
);
CREATE TABLE dspace.group2groupcache (
    parent_id uuid NOT NULL,
    child_id uuid NOT NULL
);
CREATE TABLE dspace.handle (
    handle_id integer NOT NULL,
    handle character varying(256),
    resource_type_id integer,
    resource_legacy_id integer,
    resource_id uuid
);
CREATE TABLE dspace.harvested_collection (
    harvest_type integer,
    oai_source character varying,
    oai_set_id character varying,
    harvest_message character varying,
    metadata_config_id character varying,
    harvest_status integer,
    harvest_start_time timestamp with time zone,
    last_harvested timestamp with time zone,
    id integer NOT NULL,
    collection_id uuid
);
CREATE TABLE dspace.harvested_item (
    last_harvested timestamp with time zone,
    oai_id character varying,
    id integer NOT NULL,
    item_id uuid
);
CREATE TABLE dspace.item (
    item_id integer,
    in_archive boolean,
    withdrawn boolean,
    last_modified timestamp with time zone,
    discoverable boolean,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    submitter_id uuid,
    owning_collection uuid
);
CREATE TABLE dspace.item2bundle (
    bundle_id uuid NOT NULL,
    item_id uuid NOT NULL
);
CREATE TABLE dspace.itemupdate_metadata_enhancement (
    uuid uuid NOT NULL,
    date_queued timestamp without time zone NOT NULL
);
CREATE TABLE dspace.ldn_message (
    id character varying(255) NOT NULL,
    object uuid,
    message text,
    type character varying(255),
    origin integer,
    target integer,
    inreplyto character varying(255),
    context uuid,
    activity_stream_type character varying(255),
    coar_notify_type character varying(255),
    queue_status integer,
    queue_attempts integer DEFAULT 0,
    queue_last_start_time timestamp without time zone,
    queue_timeout timestamp without time zone,
    source_ip character varying(45)
);
CREATE TABLE dspace.metadatafieldregistry (
    metadata_field_id integer NOT NULL,
    metadata_schema_id integer NOT NULL,
    element character varying(64),
    qualifier character varying(64),
    scope_note text
);
CREATE TABLE dspace.metadataschemaregistry (
    metadata_schema_id integer NOT NULL,
    namespace character varying(256),
    short_id character varying(32)
);
CREATE TABLE dspace.metadatavalue (
    metadata_value_id integer NOT NULL,
    metadata_field_id integer,
    text_value text,
    text_lang character varying(24),
    place integer,
    authority character varying(100),
    confidence integer DEFAULT '-1'::integer,
    dspace_object_id uuid,
    security_level integer
);
CREATE TABLE dspace.most_recent_checksum (
    to_be_processed boolean NOT NULL,
    expected_checksum character varying NOT NULL,
    current_checksum character varying NOT NULL,
    last_process_start_date timestamp without time zone NOT NULL,
    last_process_end_date timestamp without time zone NOT NULL,
    checksum_algorithm character varying NOT NULL,
    matched_prev_checksum boolean NOT NULL,
    result character varying,
    bitstream_id uuid
);
CREATE TABLE dspace.notifypatterns_to_trigger (
    id integer NOT NULL,
    item_id uuid,
    service_id integer,
    pattern character varying(255)
);
CREATE TABLE dspace.notifyservice (
    id integer NOT NULL,
    name character varying(255),
    description text,
    url character varying(255),
    ldn_url character varying(255),
    enabled boolean NOT NULL,
    score numeric(6,5),
    lower_ip character varying(45),
    upper_ip character varying(45),
    uses_actor_email_id boolean DEFAULT false
);
CREATE TABLE dspace.notifyservice_inbound_pattern (
    id integer NOT NULL,
    service_id integer,
    pattern character varying(255),
    constraint_name character varying(255),
    automatic boolean
);
CREATE TABLE dspace.openurltracker (
    tracker_id integer NOT NULL,
    tracker_url character varying(1000),
    uploaddate date
);
CREATE TABLE dspace.orcid_history (
    id integer NOT NULL,
    owner_id uuid NOT NULL,
    entity_id uuid,
    put_code character varying(255),
    timestamp_last_attempt timestamp without time zone,
    response_message text,
    status integer,
    metadata text,
    operation character varying(255),
    record_type character varying(255),
    description text
);
CREATE TABLE dspace.orcid_queue (
    id integer NOT NULL,
    owner_id uuid NOT NULL,
    entity_id uuid,
    attempts integer,
    put_code character varying(255),
    record_type character varying(255),
    description text,
    operation character varying(255),
    metadata text
);
CREATE TABLE dspace.orcid_token (
    id integer NOT NULL,
    eperson_id uuid NOT NULL,
    profile_item_id uuid,
    access_token character varying(100) NOT NULL
);
CREATE TABLE dspace.process (
    process_id integer NOT NULL,
    user_id uuid,
    start_time timestamp without time zone,
    finished_time timestamp without time zone,
    creation_time timestamp without time zone NOT NULL,
    script character varying(256) NOT NULL,
    status character varying(32),
    parameters text
);
CREATE TABLE dspace.process2bitstream (
    process_id integer NOT NULL,
    bitstream_id uuid NOT NULL
);
CREATE TABLE dspace.process2group (
    process_id integer NOT NULL,
    group_id uuid NOT NULL
);
CREATE TABLE dspace.qaevent_processed (
    qaevent_id character varying(255) NOT NULL,
    qaevent_timestamp timestamp without time zone,
    eperson_uuid uuid,
    item_uuid uuid
);
CREATE TABLE dspace.registrationdata (
    registrationdata_id integer NOT NULL,
    email character varying(64),
    token character varying(48),
    expires timestamp without time zone,
    registration_type character varying(255),
    net_id character varying(64)
);
CREATE TABLE dspace.registrationdata_metadata (
    registrationdata_metadata_id integer NOT NULL,
    registrationdata_id integer,
    metadata_field_id integer,
    text_value text
);
CREATE TABLE dspace.relationship (
    id integer NOT NULL,
    left_id uuid NOT NULL,
    type_id integer NOT NULL,
    right_id uuid NOT NULL,
    left_place integer,
    right_place integer,
    leftward_value character varying,
    rightward_value character varying,
    latest_version_status integer DEFAULT 0 NOT NULL
);
CREATE TABLE dspace.relationship_type (
    id integer NOT NULL,
    left_type integer NOT NULL,
    right_type integer NOT NULL,
    leftward_type character varying(32) NOT NULL,
    rightward_type character varying(32) NOT NULL,
    left_min_cardinality integer,
    left_max_cardinality integer,
    right_min_cardinality integer,
    right_max_cardinality integer,
    copy_to_left boolean DEFAULT false NOT NULL,
    copy_to_right boolean DEFAULT false NOT NULL,
    tilted integer
);
CREATE TABLE dspace.requestitem (
    requestitem_id integer NOT NULL,
    token character varying(48),
    allfiles boolean,
    request_email character varying(64),
    request_name character varying(64),
    request_date timestamp without time zone,
    accept_request boolean,
    decision_date timestamp without time zone,
    expires timestamp without time zone,
    request_message text,
    item_id uuid,
    bitstream_id uuid,
    access_token character varying(48),
    access_expiry timestamp without time zone
);
CREATE TABLE dspace.resourcepolicy (
    policy_id integer NOT NULL,
    resource_type_id integer,
    resource_id integer,
    action_id integer,
    start_date date,
    end_date date,
    rpname character varying(30),
    rptype character varying(30),
    rpdescription text,
    eperson_id uuid,
    epersongroup_id uuid,
    dspace_object uuid,
    CONSTRAINT resourcepolicy_eperson_and_epersongroup_not_nullobject_chk CHECK (((eperson_id IS NOT NULL) OR (epersongroup_id IS NOT NULL)))
);
CREATE TABLE dspace.site (
    uuid uuid NOT NULL
);
CREATE TABLE dspace.subscription (
    subscription_id integer NOT NULL,
    eperson_id uuid,
    dspace_object_id uuid,
    type character varying(255)
);
CREATE TABLE dspace.subscription_parameter (
    subscription_parameter_id integer NOT NULL,
    name character varying(255),
    value character varying(255),
    subscription_id integer NOT NULL
);
CREATE TABLE dspace.supervision_orders (
    id integer NOT NULL,
    item_id uuid,
    eperson_group_id uuid
);
CREATE TABLE dspace.systemwidealert (
    alert_id integer NOT NULL,
    message character varying(512),
    allow_sessions character varying(64),
    countdown_to timestamp without time zone,
    active boolean
);
CREATE TABLE dspace.versionhistory (
    versionhistory_id integer NOT NULL
);
CREATE TABLE dspace.versionitem (
    versionitem_id integer NOT NULL,
    version_number integer,
    version_date timestamp without time zone,
    version_summary character varying(255),
    versionhistory_id integer,
    eperson_id uuid,
    item_id uuid
);
CREATE TABLE dspace.webapp (
    webapp_id integer NOT NULL,
    appname character varying(32),
    url character varying,
    started timestamp without time zone,
    isui integer
);
CREATE TABLE dspace.workspaceitem (
    workspace_item_id integer NOT NULL,
    multiple_titles boolean,
    published_before boolean,
    multiple_files boolean,
    stage_reached integer,
    page_reached integer,
    item_id uuid,
    collection_id uuid
);
ALTER TABLE ONLY dspace.bitstream ADD CONSTRAINT bitstream_id_unique UNIQUE (uuid);
ALTER TABLE ONLY dspace.bitstream ADD CONSTRAINT bitstream_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.bitstream ADD CONSTRAINT bitstream_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY dspace.bitstreamformatregistry ADD CONSTRAINT bitstreamformatregistry_pkey PRIMARY KEY (bitstream_format_id);
ALTER TABLE ONLY dspace.bitstreamformatregistry ADD CONSTRAINT bitstreamformatregistry_short_description_key UNIQUE (short_description);
ALTER TABLE ONLY dspace.bundle2bitstream ADD CONSTRAINT bundle2bitstream_pkey PRIMARY KEY (bitstream_id, bundle_id, bitstream_order);
ALTER TABLE ONLY dspace.bundle ADD CONSTRAINT bundle_id_unique UNIQUE (uuid);
ALTER TABLE ONLY dspace.bundle ADD CONSTRAINT bundle_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.bundle ADD CONSTRAINT bundle_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY dspace.checksum_history ADD CONSTRAINT checksum_history_pkey PRIMARY KEY (check_id);
ALTER TABLE ONLY dspace.checksum_results ADD CONSTRAINT checksum_results_pkey PRIMARY KEY (result_code);
ALTER TABLE ONLY dspace.collection2item ADD CONSTRAINT collection2item_pkey PRIMARY KEY (collection_id, item_id);
ALTER TABLE ONLY dspace.collection ADD CONSTRAINT collection_id_unique UNIQUE (uuid);
ALTER TABLE ONLY dspace.collection ADD CONSTRAINT collection_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.collection ADD CONSTRAINT collection_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY dspace.community2collection ADD CONSTRAINT community2collection_pkey PRIMARY KEY (collection_id, community_id);
ALTER TABLE ONLY dspace.community2community ADD CONSTRAINT community2community_pkey PRIMARY KEY (parent_comm_id, child_comm_id);
ALTER TABLE ONLY dspace.community ADD CONSTRAINT community_id_unique UNIQUE (uuid);
ALTER TABLE ONLY dspace.community ADD CONSTRAINT community_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.community ADD CONSTRAINT community_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY dspace.cwf_claimtask ADD CONSTRAINT cwf_claimtask_pkey PRIMARY KEY (claimtask_id);
ALTER TABLE ONLY dspace.cwf_collectionrole ADD CONSTRAINT cwf_collectionrole_pkey PRIMARY KEY (collectionrole_id);
ALTER TABLE ONLY dspace.cwf_in_progress_user ADD CONSTRAINT cwf_in_progress_user_pkey PRIMARY KEY (in_progress_user_id);
ALTER TABLE ONLY dspace.cwf_pooltask ADD CONSTRAINT cwf_pooltask_pkey PRIMARY KEY (pooltask_id);
ALTER TABLE ONLY dspace.cwf_workflowitem ADD CONSTRAINT cwf_workflowitem_pkey PRIMARY KEY (workflowitem_id);
ALTER TABLE ONLY dspace.cwf_workflowitemrole ADD CONSTRAINT cwf_workflowitemrole_pkey PRIMARY KEY (workflowitemrole_id);
ALTER TABLE ONLY dspace.doi ADD CONSTRAINT doi_doi_key UNIQUE (doi);
ALTER TABLE ONLY dspace.doi ADD CONSTRAINT doi_pkey PRIMARY KEY (doi_id);
ALTER TABLE ONLY dspace.dspaceobject ADD CONSTRAINT dspaceobject_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.entity_type ADD CONSTRAINT entity_type_label_key UNIQUE (label);
ALTER TABLE ONLY dspace.entity_type ADD CONSTRAINT entity_type_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.eperson ADD CONSTRAINT eperson_email_key UNIQUE (email);
ALTER TABLE ONLY dspace.eperson ADD CONSTRAINT eperson_id_unique UNIQUE (uuid);
ALTER TABLE ONLY dspace.eperson ADD CONSTRAINT eperson_netid_key UNIQUE (netid);
ALTER TABLE ONLY dspace.eperson ADD CONSTRAINT eperson_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.eperson ADD CONSTRAINT eperson_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY dspace.epersongroup2eperson ADD CONSTRAINT epersongroup2eperson_pkey PRIMARY KEY (eperson_group_id, eperson_id);
ALTER TABLE ONLY dspace.epersongroup ADD CONSTRAINT epersongroup_id_unique UNIQUE (uuid);
ALTER TABLE ONLY dspace.epersongroup ADD CONSTRAINT epersongroup_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.epersongroup ADD CONSTRAINT epersongroup_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY dspace.fileextension ADD CONSTRAINT fileextension_pkey PRIMARY KEY (file_extension_id);
ALTER TABLE ONLY dspace.group2group ADD CONSTRAINT group2group_pkey PRIMARY KEY (parent_id, child_id);
ALTER TABLE ONLY dspace.group2groupcache ADD CONSTRAINT group2groupcache_pkey PRIMARY KEY (parent_id, child_id);
ALTER TABLE ONLY dspace.handle ADD CONSTRAINT handle_handle_key UNIQUE (handle);
ALTER TABLE ONLY dspace.handle ADD CONSTRAINT handle_pkey PRIMARY KEY (handle_id);
ALTER TABLE ONLY dspace.harvested_collection ADD CONSTRAINT harvested_collection_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.harvested_item ADD CONSTRAINT harvested_item_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.item2bundle ADD CONSTRAINT item2bundle_pkey PRIMARY KEY (bundle_id, item_id);
ALTER TABLE ONLY dspace.item ADD CONSTRAINT item_id_unique UNIQUE (uuid);
ALTER TABLE ONLY dspace.item ADD CONSTRAINT item_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.item ADD CONSTRAINT item_uuid_key UNIQUE (uuid);
ALTER TABLE ONLY dspace.itemupdate_metadata_enhancement ADD CONSTRAINT itemupdate_metadata_enhancement_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.ldn_message ADD CONSTRAINT ldn_message_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.notifyservice ADD CONSTRAINT ldn_url_unique UNIQUE (ldn_url);
ALTER TABLE ONLY dspace.metadatafieldregistry ADD CONSTRAINT metadatafieldregistry_pkey PRIMARY KEY (metadata_field_id);
ALTER TABLE ONLY dspace.metadataschemaregistry ADD CONSTRAINT metadataschemaregistry_namespace_key UNIQUE (namespace);
ALTER TABLE ONLY dspace.metadataschemaregistry ADD CONSTRAINT metadataschemaregistry_pkey PRIMARY KEY (metadata_schema_id);
ALTER TABLE ONLY dspace.metadatavalue ADD CONSTRAINT metadatavalue_pkey PRIMARY KEY (metadata_value_id);
ALTER TABLE ONLY dspace.notifypatterns_to_trigger ADD CONSTRAINT notifypatterns_to_trigger_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.notifyservice_inbound_pattern ADD CONSTRAINT notifyservice_inbound_pattern_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.notifyservice ADD CONSTRAINT notifyservice_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.openurltracker ADD CONSTRAINT openurltracker_pk PRIMARY KEY (tracker_id);
ALTER TABLE ONLY dspace.orcid_history ADD CONSTRAINT orcid_history_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.orcid_queue ADD CONSTRAINT orcid_queue_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.orcid_token ADD CONSTRAINT orcid_token_eperson_id_key UNIQUE (eperson_id);
ALTER TABLE ONLY dspace.orcid_token ADD CONSTRAINT orcid_token_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.process2bitstream ADD CONSTRAINT pk_process2bitstream PRIMARY KEY (process_id, bitstream_id);
ALTER TABLE ONLY dspace.process2group ADD CONSTRAINT pk_process2group PRIMARY KEY (process_id, group_id);
ALTER TABLE ONLY dspace.registrationdata_metadata ADD CONSTRAINT pk_registrationdata_metadata PRIMARY KEY (registrationdata_metadata_id);
ALTER TABLE ONLY dspace.process ADD CONSTRAINT process_pkey PRIMARY KEY (process_id);
ALTER TABLE ONLY dspace.qaevent_processed ADD CONSTRAINT qaevent_pk PRIMARY KEY (qaevent_id);
ALTER TABLE ONLY dspace.registrationdata ADD CONSTRAINT registrationdata_pkey PRIMARY KEY (registrationdata_id);
ALTER TABLE ONLY dspace.relationship ADD CONSTRAINT relationship_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.relationship_type ADD CONSTRAINT relationship_type_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.requestitem ADD CONSTRAINT requestitem_pkey PRIMARY KEY (requestitem_id);
ALTER TABLE ONLY dspace.requestitem ADD CONSTRAINT requestitem_token_key UNIQUE (token);
ALTER TABLE ONLY dspace.resourcepolicy ADD CONSTRAINT resourcepolicy_pkey PRIMARY KEY (policy_id);
ALTER TABLE ONLY dspace.site ADD CONSTRAINT site_pkey PRIMARY KEY (uuid);
ALTER TABLE ONLY dspace.subscription_parameter ADD CONSTRAINT subscription_parameter_pkey PRIMARY KEY (subscription_parameter_id);
ALTER TABLE ONLY dspace.subscription ADD CONSTRAINT subscription_pkey PRIMARY KEY (subscription_id);
ALTER TABLE ONLY dspace.supervision_orders ADD CONSTRAINT supervision_orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dspace.systemwidealert ADD CONSTRAINT systemwidealert_pkey PRIMARY KEY (alert_id);
ALTER TABLE ONLY dspace.relationship ADD CONSTRAINT u_constraint UNIQUE (left_id, type_id, right_id);
ALTER TABLE ONLY dspace.relationship_type ADD CONSTRAINT u_relationship_type_constraint UNIQUE (left_type, right_type, leftward_type, rightward_type);
ALTER TABLE ONLY dspace.workspaceitem ADD CONSTRAINT unique_item_id UNIQUE (item_id);
ALTER TABLE ONLY dspace.versionhistory ADD CONSTRAINT versionhistory_pkey PRIMARY KEY (versionhistory_id);
ALTER TABLE ONLY dspace.versionitem ADD CONSTRAINT versionitem_pkey PRIMARY KEY (versionitem_id);
ALTER TABLE ONLY dspace.webapp ADD CONSTRAINT webapp_pkey PRIMARY KEY (webapp_id);
ALTER TABLE ONLY dspace.workspaceitem ADD CONSTRAINT workspaceitem_pkey PRIMARY KEY (workspace_item_id);
ALTER TABLE ONLY dspace.bitstream ADD CONSTRAINT bitstream_bitstream_format_id_fkey FOREIGN KEY (bitstream_format_id) REFERENCES dspace.bitstreamformatregistry(bitstream_format_id);
ALTER TABLE ONLY dspace.bitstream ADD CONSTRAINT bitstream_uuid_fkey FOREIGN KEY (uuid) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.bundle2bitstream ADD CONSTRAINT bundle2bitstream_bitstream_id_fkey FOREIGN KEY (bitstream_id) REFERENCES dspace.bitstream(uuid);
ALTER TABLE ONLY dspace.bundle2bitstream ADD CONSTRAINT bundle2bitstream_bundle_id_fkey FOREIGN KEY (bundle_id) REFERENCES dspace.bundle(uuid);
ALTER TABLE ONLY dspace.bundle ADD CONSTRAINT bundle_primary_bitstream_id_fkey FOREIGN KEY (primary_bitstream_id) REFERENCES dspace.bitstream(uuid);
ALTER TABLE ONLY dspace.bundle ADD CONSTRAINT bundle_uuid_fkey FOREIGN KEY (uuid) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.checksum_history ADD CONSTRAINT checksum_history_bitstream_id_fkey FOREIGN KEY (bitstream_id) REFERENCES dspace.bitstream(uuid);
ALTER TABLE ONLY dspace.checksum_history ADD CONSTRAINT checksum_history_result_fkey FOREIGN KEY (result) REFERENCES dspace.checksum_results(result_code);
ALTER TABLE ONLY dspace.collection2item ADD CONSTRAINT collection2item_collection_id_fkey FOREIGN KEY (collection_id) REFERENCES dspace.collection(uuid);
ALTER TABLE ONLY dspace.collection2item ADD CONSTRAINT collection2item_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.collection ADD CONSTRAINT collection_admin_fkey FOREIGN KEY (admin) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.collection ADD CONSTRAINT collection_submitter_fkey FOREIGN KEY (submitter) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.collection ADD CONSTRAINT collection_uuid_fkey FOREIGN KEY (uuid) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.community2collection ADD CONSTRAINT community2collection_collection_id_fkey FOREIGN KEY (collection_id) REFERENCES dspace.collection(uuid);
ALTER TABLE ONLY dspace.community2collection ADD CONSTRAINT community2collection_community_id_fkey FOREIGN KEY (community_id) REFERENCES dspace.community(uuid);
ALTER TABLE ONLY dspace.community2community ADD CONSTRAINT community2community_child_comm_id_fkey FOREIGN KEY (child_comm_id) REFERENCES dspace.community(uuid);
ALTER TABLE ONLY dspace.community2community ADD CONSTRAINT community2community_parent_comm_id_fkey FOREIGN KEY (parent_comm_id) REFERENCES dspace.community(uuid);
ALTER TABLE ONLY dspace.community ADD CONSTRAINT community_admin_fkey FOREIGN KEY (admin) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.community ADD CONSTRAINT community_logo_bitstream_id_fkey FOREIGN KEY (logo_bitstream_id) REFERENCES dspace.bitstream(uuid);
ALTER TABLE ONLY dspace.community ADD CONSTRAINT community_uuid_fkey FOREIGN KEY (uuid) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.cwf_claimtask ADD CONSTRAINT cwf_claimtask_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.cwf_claimtask ADD CONSTRAINT cwf_claimtask_workflowitem_id_fkey FOREIGN KEY (workflowitem_id) REFERENCES dspace.cwf_workflowitem(workflowitem_id);
ALTER TABLE ONLY dspace.cwf_collectionrole ADD CONSTRAINT cwf_collectionrole_collection_id_fkey FOREIGN KEY (collection_id) REFERENCES dspace.collection(uuid);
ALTER TABLE ONLY dspace.cwf_collectionrole ADD CONSTRAINT cwf_collectionrole_group_id_fkey FOREIGN KEY (group_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.cwf_in_progress_user ADD CONSTRAINT cwf_in_progress_user_user_id_fkey FOREIGN KEY (user_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.cwf_in_progress_user ADD CONSTRAINT cwf_in_progress_user_workflowitem_id_fkey FOREIGN KEY (workflowitem_id) REFERENCES dspace.cwf_workflowitem(workflowitem_id);
ALTER TABLE ONLY dspace.cwf_pooltask ADD CONSTRAINT cwf_pooltask_eperson_id_fkey FOREIGN KEY (eperson_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.cwf_pooltask ADD CONSTRAINT cwf_pooltask_group_id_fkey FOREIGN KEY (group_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.cwf_pooltask ADD CONSTRAINT cwf_pooltask_workflowitem_id_fkey FOREIGN KEY (workflowitem_id) REFERENCES dspace.cwf_workflowitem(workflowitem_id);
ALTER TABLE ONLY dspace.cwf_workflowitem ADD CONSTRAINT cwf_workflowitem_collection_id_fkey FOREIGN KEY (collection_id) REFERENCES dspace.collection(uuid);
ALTER TABLE ONLY dspace.cwf_workflowitem ADD CONSTRAINT cwf_workflowitem_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.cwf_workflowitemrole ADD CONSTRAINT cwf_workflowitemrole_eperson_id_fkey FOREIGN KEY (eperson_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.cwf_workflowitemrole ADD CONSTRAINT cwf_workflowitemrole_group_id_fkey FOREIGN KEY (group_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.cwf_workflowitemrole ADD CONSTRAINT cwf_workflowitemrole_workflowitem_id_fkey FOREIGN KEY (workflowitem_id) REFERENCES dspace.cwf_workflowitem(workflowitem_id);
ALTER TABLE ONLY dspace.doi ADD CONSTRAINT doi_dspace_object_fkey FOREIGN KEY (dspace_object) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.eperson ADD CONSTRAINT eperson_uuid_fkey FOREIGN KEY (uuid) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.qaevent_processed ADD CONSTRAINT eperson_uuid_fkey FOREIGN KEY (eperson_uuid) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.epersongroup2eperson ADD CONSTRAINT epersongroup2eperson_eperson_group_id_fkey FOREIGN KEY (eperson_group_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.epersongroup2eperson ADD CONSTRAINT epersongroup2eperson_eperson_id_fkey FOREIGN KEY (eperson_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.epersongroup ADD CONSTRAINT epersongroup_uuid_fkey FOREIGN KEY (uuid) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.fileextension ADD CONSTRAINT fileextension_bitstream_format_id_fkey FOREIGN KEY (bitstream_format_id) REFERENCES dspace.bitstreamformatregistry(bitstream_format_id);
ALTER TABLE ONLY dspace.registrationdata_metadata ADD CONSTRAINT fk_registrationdata_metadata_on_metadata_field FOREIGN KEY (metadata_field_id) REFERENCES dspace.metadatafieldregistry(metadata_field_id) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.registrationdata_metadata ADD CONSTRAINT fk_registrationdata_metadata_on_registrationdata FOREIGN KEY (registrationdata_id) REFERENCES dspace.registrationdata(registrationdata_id) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.group2group ADD CONSTRAINT group2group_child_id_fkey FOREIGN KEY (child_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.group2group ADD CONSTRAINT group2group_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.group2groupcache ADD CONSTRAINT group2groupcache_child_id_fkey FOREIGN KEY (child_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.group2groupcache ADD CONSTRAINT group2groupcache_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.handle ADD CONSTRAINT handle_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.harvested_collection ADD CONSTRAINT harvested_collection_collection_id_fkey FOREIGN KEY (collection_id) REFERENCES dspace.collection(uuid);
ALTER TABLE ONLY dspace.harvested_item ADD CONSTRAINT harvested_item_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.item2bundle ADD CONSTRAINT item2bundle_bundle_id_fkey FOREIGN KEY (bundle_id) REFERENCES dspace.bundle(uuid);
ALTER TABLE ONLY dspace.item2bundle ADD CONSTRAINT item2bundle_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.item ADD CONSTRAINT item_owning_collection_fkey FOREIGN KEY (owning_collection) REFERENCES dspace.collection(uuid);
ALTER TABLE ONLY dspace.item ADD CONSTRAINT item_submitter_id_fkey FOREIGN KEY (submitter_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.item ADD CONSTRAINT item_uuid_fkey FOREIGN KEY (uuid) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.qaevent_processed ADD CONSTRAINT item_uuid_fkey FOREIGN KEY (item_uuid) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.ldn_message ADD CONSTRAINT ldn_message_context_fkey FOREIGN KEY (context) REFERENCES dspace.dspaceobject(uuid) ON DELETE SET NULL;
ALTER TABLE ONLY dspace.ldn_message ADD CONSTRAINT ldn_message_inreplyto_fkey FOREIGN KEY (inreplyto) REFERENCES dspace.ldn_message(id) ON DELETE SET NULL;
ALTER TABLE ONLY dspace.ldn_message ADD CONSTRAINT ldn_message_object_fkey FOREIGN KEY (object) REFERENCES dspace.dspaceobject(uuid) ON DELETE SET NULL;
ALTER TABLE ONLY dspace.ldn_message ADD CONSTRAINT ldn_message_origin_fkey FOREIGN KEY (origin) REFERENCES dspace.notifyservice(id) ON DELETE SET NULL;
ALTER TABLE ONLY dspace.ldn_message ADD CONSTRAINT ldn_message_target_fkey FOREIGN KEY (target) REFERENCES dspace.notifyservice(id) ON DELETE SET NULL;
ALTER TABLE ONLY dspace.metadatafieldregistry ADD CONSTRAINT metadatafieldregistry_metadata_schema_id_fkey FOREIGN KEY (metadata_schema_id) REFERENCES dspace.metadataschemaregistry(metadata_schema_id);
ALTER TABLE ONLY dspace.metadatavalue ADD CONSTRAINT metadatavalue_dspace_object_id_fkey FOREIGN KEY (dspace_object_id) REFERENCES dspace.dspaceobject(uuid) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.metadatavalue ADD CONSTRAINT metadatavalue_metadata_field_id_fkey FOREIGN KEY (metadata_field_id) REFERENCES dspace.metadatafieldregistry(metadata_field_id);
ALTER TABLE ONLY dspace.most_recent_checksum ADD CONSTRAINT most_recent_checksum_bitstream_id_fkey FOREIGN KEY (bitstream_id) REFERENCES dspace.bitstream(uuid);
ALTER TABLE ONLY dspace.most_recent_checksum ADD CONSTRAINT most_recent_checksum_result_fkey FOREIGN KEY (result) REFERENCES dspace.checksum_results(result_code);
ALTER TABLE ONLY dspace.notifypatterns_to_trigger ADD CONSTRAINT notifypatterns_to_trigger_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.notifypatterns_to_trigger ADD CONSTRAINT notifypatterns_to_trigger_service_id_fkey FOREIGN KEY (service_id) REFERENCES dspace.notifyservice(id) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.notifyservice_inbound_pattern ADD CONSTRAINT notifyservice_inbound_pattern_service_id_fkey FOREIGN KEY (service_id) REFERENCES dspace.notifyservice(id) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.orcid_history ADD CONSTRAINT orcid_history_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.orcid_history ADD CONSTRAINT orcid_history_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.orcid_queue ADD CONSTRAINT orcid_queue_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.orcid_queue ADD CONSTRAINT orcid_queue_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.orcid_token ADD CONSTRAINT orcid_token_eperson_id_fkey FOREIGN KEY (eperson_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.orcid_token ADD CONSTRAINT orcid_token_profile_item_id_fkey FOREIGN KEY (profile_item_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.process2bitstream ADD CONSTRAINT process2bitstream_bitstream_id_fkey FOREIGN KEY (bitstream_id) REFERENCES dspace.bitstream(uuid);
ALTER TABLE ONLY dspace.process2bitstream ADD CONSTRAINT process2bitstream_process_id_fkey FOREIGN KEY (process_id) REFERENCES dspace.process(process_id);
ALTER TABLE ONLY dspace.process2group ADD CONSTRAINT process2group_group_id_fkey FOREIGN KEY (group_id) REFERENCES dspace.epersongroup(uuid) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.process2group ADD CONSTRAINT process2group_process_id_fkey FOREIGN KEY (process_id) REFERENCES dspace.process(process_id);
ALTER TABLE ONLY dspace.process ADD CONSTRAINT process_eperson FOREIGN KEY (user_id) REFERENCES dspace.eperson(uuid) ON DELETE SET NULL;
ALTER TABLE ONLY dspace.relationship ADD CONSTRAINT relationship_left_id_fkey FOREIGN KEY (left_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.relationship ADD CONSTRAINT relationship_right_id_fkey FOREIGN KEY (right_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.relationship ADD CONSTRAINT relationship_type_id_fkey FOREIGN KEY (type_id) REFERENCES dspace.relationship_type(id);
ALTER TABLE ONLY dspace.relationship_type ADD CONSTRAINT relationship_type_left_type_fkey FOREIGN KEY (left_type) REFERENCES dspace.entity_type(id);
ALTER TABLE ONLY dspace.relationship_type ADD CONSTRAINT relationship_type_right_type_fkey FOREIGN KEY (right_type) REFERENCES dspace.entity_type(id);
ALTER TABLE ONLY dspace.requestitem ADD CONSTRAINT requestitem_bitstream_id_fkey FOREIGN KEY (bitstream_id) REFERENCES dspace.bitstream(uuid);
ALTER TABLE ONLY dspace.requestitem ADD CONSTRAINT requestitem_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.resourcepolicy ADD CONSTRAINT resourcepolicy_dspace_object_fkey FOREIGN KEY (dspace_object) REFERENCES dspace.dspaceobject(uuid) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.resourcepolicy ADD CONSTRAINT resourcepolicy_eperson_id_fkey FOREIGN KEY (eperson_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.resourcepolicy ADD CONSTRAINT resourcepolicy_epersongroup_id_fkey FOREIGN KEY (epersongroup_id) REFERENCES dspace.epersongroup(uuid);
ALTER TABLE ONLY dspace.site ADD CONSTRAINT site_uuid_fkey FOREIGN KEY (uuid) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.subscription ADD CONSTRAINT subscription_dspaceobject_fkey FOREIGN KEY (dspace_object_id) REFERENCES dspace.dspaceobject(uuid);
ALTER TABLE ONLY dspace.subscription ADD CONSTRAINT subscription_eperson_id_fkey FOREIGN KEY (eperson_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.subscription_parameter ADD CONSTRAINT subscription_parameter_subscription_fkey FOREIGN KEY (subscription_id) REFERENCES dspace.subscription(subscription_id) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.supervision_orders ADD CONSTRAINT supervision_orders_eperson_group_id_fkey FOREIGN KEY (eperson_group_id) REFERENCES dspace.epersongroup(uuid) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.supervision_orders ADD CONSTRAINT supervision_orders_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid) ON DELETE CASCADE;
ALTER TABLE ONLY dspace.versionitem ADD CONSTRAINT versionitem_eperson_id_fkey FOREIGN KEY (eperson_id) REFERENCES dspace.eperson(uuid);
ALTER TABLE ONLY dspace.versionitem ADD CONSTRAINT versionitem_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid);
ALTER TABLE ONLY dspace.versionitem ADD CONSTRAINT versionitem_versionhistory_id_fkey FOREIGN KEY (versionhistory_id) REFERENCES dspace.versionhistory(versionhistory_id);
ALTER TABLE ONLY dspace.workspaceitem ADD CONSTRAINT workspaceitem_collection_id_fk FOREIGN KEY (collection_id) REFERENCES dspace.collection(uuid);
ALTER TABLE ONLY dspace.workspaceitem ADD CONSTRAINT workspaceitem_collection_id_fkey FOREIGN KEY (collection_id) REFERENCES dspace.collection(uuid);
ALTER TABLE ONLY dspace.workspaceitem ADD CONSTRAINT workspaceitem_item_id_fkey FOREIGN KEY (item_id) REFERENCES dspace.item(uuid);
