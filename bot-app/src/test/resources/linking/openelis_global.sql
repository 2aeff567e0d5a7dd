-- OpenELIS Global, the open-source laboratory information system for public-health and clinical reference labs
-- (samples and sample items, specimen types, patients and persons with identities, providers and requesters,
-- organizations and referring sites, tests, panels, test sections, analytes, analyses and results with normal
-- limits and signatures, referrals to other labs, non-conformities (QA events), analyzers and their imported
-- results, worksheets, QC, inventory and storage, projects, electronic orders, users, roles and section rights,
-- dictionaries, site settings, the Quartz scheduler's and Liquibase's own tables), schema clinlims as the source
-- declares it. From installerTemplate/baseDatabases/haitiOpenElis.backup of github.com/openelisglobal/openelisglobal-core
-- (commit 9ab94a2e501788826024f883e652e9ccd45bdde6, file last changed in c1985189; a plain pg_dump of the base
-- database the installer ships; OpenELIS Global is under the Mozilla Public License 2.0, LICENSE.md; we use the
-- schema's facts). The dump was loaded into a scratch PostgreSQL 15 and all 175 tables of schema clinlims were
-- regenerated from its catalog: columns and types, NOT NULL, 170 primary keys, 194 foreign keys and the dump's
-- 575 table and column comments. Left out: sequences and column defaults, indexes, unique and check constraints,
-- views, functions, triggers, the public schema's debugger/tablefunc types, grants, owners and all rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS clinlims;
CREATE TABLE clinlims.action (
    id numeric(10,0) NOT NULL,
    code character varying(10) NOT NULL,
    description character varying(256) NOT NULL,
    type character varying(10) NOT NULL,
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.address_part (
    id numeric(10,0) NOT NULL,
    part_name character varying(20) NOT NULL,
    display_order numeric(4,0),
    display_key character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analysis (
    id numeric(10,0) NOT NULL,
    sampitem_id numeric(10,0),
    test_sect_id numeric(10,0),
    test_id numeric(10,0),
    revision numeric,
    status character varying(1),
    started_date timestamp without time zone,
    completed_date timestamp without time zone,
    released_date timestamp without time zone,
    printed_date timestamp without time zone,
    is_reportable character varying(1),
    so_send_ready_date timestamp without time zone,
    so_client_reference character varying(240),
    so_notify_received_date timestamp without time zone,
    so_notify_send_date timestamp without time zone,
    so_send_date timestamp without time zone,
    so_send_entry_by character varying(240),
    so_send_entry_date timestamp without time zone,
    analysis_type character varying(10) NOT NULL,
    lastupdated timestamp(6) without time zone,
    parent_analysis_id numeric(10,0),
    parent_result_id numeric(10,0),
    reflex_trigger boolean,
    status_id numeric(10,0),
    entry_date timestamp with time zone,
    panel_id numeric(10,0),
    referred_out boolean,
    type_of_sample_name character varying(40),
    corrected boolean,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analysis_qaevent (
    id numeric(10,0) NOT NULL,
    qa_event_id numeric(10,0),
    analysis_id numeric(10,0),
    lastupdated timestamp(6) without time zone,
    completed_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analysis_qaevent_action (
    id numeric(10,0) NOT NULL,
    analysis_qaevent_id numeric(10,0) NOT NULL,
    action_id numeric(10,0) NOT NULL,
    created_date timestamp without time zone NOT NULL,
    lastupdated timestamp(6) without time zone,
    sys_user_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analysis_storages (
    id numeric(10,0) NOT NULL,
    storage_id numeric(10,0),
    checkin timestamp without time zone,
    checkout timestamp without time zone,
    analysis_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analysis_users (
    id numeric(10,0) NOT NULL,
    action character varying(1),
    analysis_id numeric(10,0),
    system_user_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analyte (
    id numeric(10,0) NOT NULL,
    analyte_id numeric(10,0),
    name character varying(60),
    is_active character varying(1),
    external_id character varying(20),
    lastupdated timestamp(6) without time zone,
    local_abbrev character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analyzer (
    id numeric(10,0) NOT NULL,
    scrip_id numeric(10,0),
    name character varying(20),
    machine_id character varying(20),
    description character varying(60),
    analyzer_type character varying(30),
    is_active boolean,
    location character varying(60),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analyzer_result_status (
    id numeric(10,0) NOT NULL,
    name character varying(30) NOT NULL,
    description character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analyzer_results (
    id numeric(10,0) NOT NULL,
    analyzer_id numeric(10,0) NOT NULL,
    accession_number character varying(20) NOT NULL,
    test_name character varying(20) NOT NULL,
    result character varying(20) NOT NULL,
    units character varying(10),
    status_id numeric(10,0) NOT NULL,
    iscontrol boolean NOT NULL,
    lastupdated timestamp(6) without time zone,
    read_only boolean,
    test_id numeric(10,0),
    duplicate_id numeric(10,0),
    positive boolean,
    complete_date timestamp with time zone,
    test_result_type character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.analyzer_test_map (
    analyzer_id numeric(10,0) NOT NULL,
    analyzer_test_name character varying(30) NOT NULL,
    test_id numeric(10,0) NOT NULL,
    lastupdated timestamp with time zone,
    PRIMARY KEY (analyzer_id, analyzer_test_name)
);
CREATE TABLE clinlims.animal_common_name (
    id numeric(10,0) NOT NULL,
    name character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.animal_scientific_name (
    id numeric(10,0) NOT NULL,
    comm_anim_id numeric(10,0) NOT NULL,
    name character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.attachment (
    id numeric(10,0) NOT NULL,
    attach_type character varying(20),
    filename character varying(60),
    description character varying(80),
    storage_reference character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.attachment_item (
    id numeric(10,0) NOT NULL,
    reference_id numeric,
    reference_table_id numeric,
    attachment_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.aux_data (
    id numeric(10,0) NOT NULL,
    sort_order numeric,
    is_reportable character varying(1),
    auxdata_type character varying(1),
    value character varying(80),
    reference_id numeric,
    reference_table numeric,
    aux_field_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.aux_field (
    id numeric(10,0) NOT NULL,
    sort_order numeric,
    auxfld_type character varying(1),
    is_active character varying(1),
    is_reportable character varying(1),
    reference_table numeric,
    analyte_id numeric(10,0),
    scriptlet_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.aux_field_values (
    id numeric(10,0) NOT NULL,
    auxfldval_type character varying(1),
    value character varying(80),
    aux_field_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.city_state_zip (
    id numeric(10,0),
    city character varying(30),
    state character varying(2),
    zip_code character varying(10),
    county_fips numeric(3,0),
    county character varying(25),
    region_id numeric(3,0),
    region character varying(30),
    state_fips numeric(3,0),
    state_name character varying(30),
    lastupdated timestamp(6) without time zone
);
CREATE TABLE clinlims.code_element_type (
    id numeric(10,0) NOT NULL,
    text character varying(60),
    lastupdated timestamp(6) without time zone,
    local_reference_table numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.code_element_xref (
    id numeric(10,0) NOT NULL,
    message_org_id numeric(10,0),
    code_element_type_id numeric(10,0),
    receiver_code_element_id numeric(10,0),
    local_code_element_id numeric(10,0),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.contact_type (
    id numeric(10,0) NOT NULL,
    description character varying(20),
    ct_type character varying(4),
    is_unique character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.databasechangelog (
    id character varying(63) NOT NULL,
    author character varying(63) NOT NULL,
    filename character varying(200) NOT NULL,
    dateexecuted timestamp with time zone NOT NULL,
    md5sum character varying(32),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(10),
    PRIMARY KEY (id, author, filename)
);
CREATE TABLE clinlims.databasechangeloglock (
    id integer NOT NULL,
    locked boolean NOT NULL,
    lockgranted timestamp with time zone,
    lockedby character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.dictionary (
    id numeric(10,0) NOT NULL,
    is_active character varying(1),
    dict_entry character varying(4000),
    lastupdated timestamp(6) without time zone,
    local_abbrev character varying(60),
    dictionary_category_id numeric(10,0),
    display_key character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.dictionary_category (
    id numeric(10,0) NOT NULL,
    description character varying(60),
    lastupdated timestamp(6) without time zone,
    local_abbrev character varying(10),
    name character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.district (
    id numeric(10,0) NOT NULL,
    city_id numeric(10,0) NOT NULL,
    dist_entry character varying(300),
    lastupdated timestamp without time zone,
    description character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.document_track (
    id numeric(10,0) NOT NULL,
    table_id numeric(10,0) NOT NULL,
    row_id numeric(10,0) NOT NULL,
    document_type_id numeric(10,0) NOT NULL,
    parent_id numeric(10,0),
    report_generation_time timestamp with time zone,
    lastupdated timestamp with time zone,
    name character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.document_type (
    id numeric(10,0) NOT NULL,
    name character varying(40) NOT NULL,
    description character varying(80),
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.electronic_order (
    id numeric(10,0) NOT NULL,
    external_id character varying(60) NOT NULL,
    patient_id numeric(10,0),
    status_id numeric(10,0) NOT NULL,
    order_timestamp timestamp without time zone NOT NULL,
    data text NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.ethnicity (
    id numeric(10,0) NOT NULL,
    ethnic_type character varying(1) NOT NULL,
    description character varying(20),
    is_active character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.gender (
    id numeric(10,0) NOT NULL,
    gender_type character varying(1),
    description character varying(20),
    lastupdated timestamp(6) without time zone,
    name_key character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.history (
    id numeric(10,0) NOT NULL,
    sys_user_id numeric(10,0) NOT NULL,
    reference_id numeric NOT NULL,
    reference_table numeric NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    activity character varying(1) NOT NULL,
    changes bytea,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.htmldb_plan_table (
    statement_id character varying(30),
    plan_id numeric,
    timestamp timestamp without time zone,
    remarks character varying(4000),
    operation character varying(30),
    options character varying(255),
    object_node character varying(128),
    object_owner character varying(30),
    object_name character varying(30),
    object_alias character varying(65),
    object_instance numeric,
    object_type character varying(30),
    optimizer character varying(255),
    search_columns numeric,
    id numeric,
    parent_id numeric,
    depth numeric,
    position numeric,
    cost numeric,
    cardinality numeric,
    bytes numeric,
    other_tag character varying(255),
    partition_start character varying(255),
    partition_stop character varying(255),
    partition_id numeric,
    other text,
    distribution character varying(30),
    cpu_cost numeric,
    io_cost numeric,
    temp_space numeric,
    access_predicates character varying(4000),
    filter_predicates character varying(4000),
    projection character varying(4000),
    time numeric,
    qblock_name character varying(30)
);
CREATE TABLE clinlims.instrument (
    id numeric(10,0) NOT NULL,
    scrip_id numeric(10,0),
    name character varying(20),
    description character varying(60),
    instru_type character varying(30),
    is_active character varying(1),
    location character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.instrument_analyte (
    id numeric(10,0) NOT NULL,
    analyte_id numeric(10,0),
    instru_id numeric(10,0),
    method_id numeric(10,0),
    result_group numeric,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.instrument_log (
    id numeric(10,0) NOT NULL,
    instru_id numeric(10,0),
    instlog_type character varying(1),
    event_begin timestamp without time zone,
    event_end timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.inventory_component (
    id numeric(10,0) NOT NULL,
    invitem_id numeric(10,0),
    quantity numeric,
    material_component_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.inventory_item (
    id numeric(10,0) NOT NULL,
    uom_id numeric(10,0),
    name character varying(20),
    description character varying(60),
    quantity_min_level numeric,
    quantity_max_level numeric,
    quantity_to_reorder numeric,
    is_reorder_auto character varying(1),
    is_lot_maintained character varying(1),
    is_active character varying(1),
    average_lead_time numeric,
    average_cost numeric,
    average_daily_use numeric,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.inventory_location (
    id numeric(10,0) NOT NULL,
    storage_id numeric(10,0),
    lot_number character varying(20),
    quantity_onhand numeric,
    expiration_date timestamp without time zone,
    inv_item_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.inventory_receipt (
    id numeric(10,0) NOT NULL,
    invitem_id numeric(10,0) NOT NULL,
    received_date timestamp without time zone,
    quantity_received numeric,
    unit_cost numeric,
    qc_reference character varying(20),
    external_reference character varying(20),
    org_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.lab_order_item (
    id numeric(10,0) NOT NULL,
    lab_order_type_id numeric(10,0) NOT NULL,
    table_ref numeric(10,0),
    record_id numeric(10,0),
    identifier character varying(20),
    action character varying(20),
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.lab_order_type (
    id numeric(10,0) NOT NULL,
    domain character varying(20) NOT NULL,
    type character varying(40) NOT NULL,
    context character varying(60),
    description character varying(60),
    sort_order numeric,
    lastupdated timestamp with time zone,
    display_key character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.label (
    id numeric(10,0) NOT NULL,
    name character varying(30),
    description character varying(60),
    printer_type character(1),
    scriptlet_id numeric(10,0),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.login_user (
    id numeric(10,0) NOT NULL,
    login_name character varying(20) NOT NULL,
    password character varying(256) NOT NULL,
    password_expired_dt date NOT NULL,
    account_locked character varying(1) NOT NULL,
    account_disabled character varying(1) NOT NULL,
    is_admin character varying(1) NOT NULL,
    user_time_out character varying(3) NOT NULL,
    PRIMARY KEY (login_name)
);
CREATE TABLE clinlims.menu (
    id numeric(10,0) NOT NULL,
    parent_id numeric(10,0),
    presentation_order numeric,
    element_id character varying(40) NOT NULL,
    action_url character varying(120),
    click_action character varying(120),
    display_key character varying(60),
    tool_tip_key character varying(60),
    new_window boolean,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.message_org (
    id numeric(10,0) NOT NULL,
    org_id character varying(60),
    is_active character varying(1),
    active_begin timestamp without time zone,
    active_end timestamp without time zone,
    description character varying(60),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.method (
    id numeric(10,0) NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60) NOT NULL,
    reporting_description character varying(60),
    is_active character varying(1),
    active_begin timestamp without time zone,
    active_end timestamp without time zone,
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.method_analyte (
    id numeric(10,0) NOT NULL,
    method_id numeric(10,0),
    analyte_id numeric(10,0),
    result_group numeric,
    sort_order numeric,
    ma_type character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.method_result (
    id numeric(10,0) NOT NULL,
    scrip_id numeric(10,0),
    result_group numeric,
    flags character varying(10),
    methres_type character varying(1),
    value character varying(80),
    quant_limit character varying(30),
    cont_level character varying(30),
    method_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.mls_lab_type (
    id numeric(10,0) NOT NULL,
    description character varying(50) NOT NULL,
    org_mlt_org_mlt_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.note (
    id numeric(10,0) NOT NULL,
    sys_user_id numeric(10,0),
    reference_id numeric,
    reference_table numeric,
    note_type character varying(1),
    subject character varying(60),
    text character varying(1000),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.observation_history (
    id numeric(10,0) NOT NULL,
    patient_id numeric(10,0) NOT NULL,
    sample_id numeric(10,0) NOT NULL,
    observation_history_type_id numeric(10,0) NOT NULL,
    value_type character varying(5) NOT NULL,
    value character varying(80),
    lastupdated timestamp with time zone,
    sample_item_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.observation_history_type (
    id numeric(10,0) NOT NULL,
    type_name character varying(30) NOT NULL,
    description character varying(400),
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.occupation (
    id numeric(10,0) NOT NULL,
    occupation character varying(300),
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.or_properties (
    property_id integer NOT NULL,
    property_key character varying(255) NOT NULL,
    property_value character varying(255),
    PRIMARY KEY (property_id)
);
CREATE TABLE clinlims.or_tags (
    tag_id integer NOT NULL,
    tagged_object_id integer NOT NULL,
    tagged_object_class character varying(255) NOT NULL,
    tag_value character varying(255) NOT NULL,
    tag_type character varying(255) NOT NULL,
    PRIMARY KEY (tag_id)
);
CREATE TABLE clinlims.order_item (
    id numeric(10,0) NOT NULL,
    ord_id numeric(10,0) NOT NULL,
    quantity_requested numeric,
    quantity_received numeric,
    inv_loc_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.orders (
    id numeric(10,0) NOT NULL,
    org_id numeric(10,0) NOT NULL,
    sys_user_id numeric(10,0),
    ordered_date timestamp without time zone,
    neededby_date timestamp without time zone,
    requested_by character varying(30),
    cost_center character varying(15),
    shipping_type character varying(2),
    shipping_carrier character varying(2),
    shipping_cost numeric,
    delivered_date timestamp without time zone,
    is_external character varying(1),
    external_order_number character varying(20),
    is_filled character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.org_hl7_encoding_type (
    organization_id numeric(10,0) NOT NULL,
    encoding_type_id numeric(10,0) NOT NULL,
    lastupdated timestamp with time zone,
    PRIMARY KEY (organization_id, encoding_type_id)
);
CREATE TABLE clinlims.org_mls_lab_type (
    org_id numeric NOT NULL,
    mls_lab_id numeric NOT NULL,
    org_mlt_id numeric(10,0) NOT NULL,
    PRIMARY KEY (org_mlt_id)
);
CREATE TABLE clinlims.organization (
    id numeric(10,0) NOT NULL,
    name character varying(80) NOT NULL,
    city character varying(30),
    zip_code character varying(10),
    mls_sentinel_lab_flag character varying(1) NOT NULL,
    org_mlt_org_mlt_id numeric(10,0),
    org_id numeric(10,0),
    short_name character varying(15),
    multiple_unit character varying(30),
    street_address character varying(30),
    state character varying(2),
    internet_address character varying(40),
    clia_num character varying(12),
    pws_id character varying(15),
    lastupdated timestamp(6) without time zone,
    mls_lab_flag character(1),
    is_active character(1),
    local_abbrev character varying(10),
    code character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.organization_address (
    organization_id numeric(10,0) NOT NULL,
    address_part_id numeric(10,0) NOT NULL,
    type character(1),
    value character varying(120),
    PRIMARY KEY (organization_id, address_part_id)
);
CREATE TABLE clinlims.organization_contact (
    id numeric(10,0) NOT NULL,
    organization_id numeric(10,0) NOT NULL,
    person_id numeric(10,0) NOT NULL,
    position character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.organization_organization_type (
    org_id numeric(10,0) NOT NULL,
    org_type_id numeric(10,0) NOT NULL,
    PRIMARY KEY (org_id, org_type_id)
);
CREATE TABLE clinlims.organization_type (
    id numeric(10,0) NOT NULL,
    short_name character varying(20) NOT NULL,
    description character varying(60),
    name_display_key character varying(60),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.package_1 (
    id numeric(10,0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.panel (
    id numeric(10,0) NOT NULL,
    name character varying(64),
    description character varying(64) NOT NULL,
    lastupdated timestamp(6) without time zone,
    display_key character varying(60),
    sort_order numeric,
    is_active character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.panel_item (
    id numeric(10,0) NOT NULL,
    panel_id numeric(10,0) NOT NULL,
    sort_order numeric,
    test_local_abbrev character varying(20),
    method_name character varying(20),
    lastupdated timestamp(6) without time zone,
    test_name character varying(20),
    test_id numeric(10,0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.patient (
    id numeric(10,0) NOT NULL,
    person_id numeric(10,0) NOT NULL,
    race character varying(5),
    gender character varying(1),
    birth_date timestamp without time zone,
    epi_first_name character varying(25),
    epi_middle_name character varying(25),
    epi_last_name character varying(240),
    birth_time timestamp without time zone,
    death_date timestamp without time zone,
    national_id character varying(255),
    ethnicity character varying(1),
    school_attend character varying(240),
    medicare_id character varying(240),
    medicaid_id character varying(240),
    birth_place character varying(255),
    lastupdated timestamp(6) without time zone,
    external_id character varying(255),
    chart_number character varying(20),
    entered_birth_date character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.patient_identity (
    id numeric(10,0) NOT NULL,
    identity_type_id numeric(10,0),
    patient_id numeric(10,0),
    identity_data character varying(255),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.patient_identity_type (
    id numeric(10,0) NOT NULL,
    identity_type character varying(30),
    description character varying(400),
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.patient_occupation (
    id numeric(10,0) NOT NULL,
    patient_id numeric(10,0),
    occupation character varying(400),
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.patient_patient_type (
    id numeric(10,0) NOT NULL,
    patient_type_id numeric(10,0),
    patient_id numeric(10,0),
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.patient_relations (
    id numeric(10,0) NOT NULL,
    pat_id_source numeric(10,0) NOT NULL,
    pat_id numeric(10,0),
    relation character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.patient_type (
    id numeric(10,0) NOT NULL,
    type character varying(300),
    description character varying(4000),
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.payment_type (
    id numeric(10,0) NOT NULL,
    type character varying(300),
    description character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.person (
    id numeric(10,0) NOT NULL,
    last_name character varying(255),
    first_name character varying(255),
    middle_name character varying(255),
    multiple_unit character varying(255),
    street_address character varying(255),
    city character varying(255),
    state character(2),
    zip_code character(10),
    country character varying(255),
    work_phone character varying(255),
    home_phone character varying(255),
    cell_phone character varying(255),
    fax character varying(255),
    email character varying(255),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.person_address (
    person_id numeric(10,0) NOT NULL,
    address_part_id numeric(10,0) NOT NULL,
    type character(1),
    value character varying(255),
    PRIMARY KEY (person_id, address_part_id)
);
CREATE TABLE clinlims.program (
    id numeric(10,0) NOT NULL,
    code character varying(10) NOT NULL,
    name character varying(50) NOT NULL,
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.project (
    id numeric(10,0) NOT NULL,
    name character varying(50) NOT NULL,
    sys_user_id numeric(10,0),
    description character varying(60),
    started_date timestamp without time zone,
    completed_date timestamp without time zone,
    is_active character varying(1),
    reference_to character varying(20),
    program_code character varying(10),
    lastupdated timestamp(6) without time zone,
    scriptlet_id numeric(10,0),
    local_abbrev numeric(10,0),
    display_key character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.project_organization (
    project_id numeric(10,0) NOT NULL,
    org_id numeric(10,0) NOT NULL,
    PRIMARY KEY (project_id, org_id)
);
CREATE TABLE clinlims.project_parameter (
    id numeric(10,0) NOT NULL,
    projparam_type character varying(1),
    operation character varying(2),
    value character varying(256),
    project_id numeric(10,0),
    param_name character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.provider (
    id numeric(10,0) NOT NULL,
    npi character varying(10),
    person_id numeric(10,0) NOT NULL,
    external_id character varying(50),
    provider_type character varying(1),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.qa_event (
    id numeric(10,0) NOT NULL,
    name character varying(20),
    description character varying(120),
    is_billable character varying(1),
    reporting_sequence numeric,
    reporting_text character varying(1000),
    test_id numeric(10,0),
    is_holdable character varying(1) NOT NULL,
    lastupdated timestamp(6) without time zone,
    type numeric(10,0),
    category numeric(10,0),
    display_key character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.qa_observation (
    id numeric(10,0) NOT NULL,
    observed_id numeric(10,0) NOT NULL,
    observed_type character varying(30) NOT NULL,
    qa_observation_type_id numeric(10,0) NOT NULL,
    value_type character varying(1) NOT NULL,
    value character varying(120) NOT NULL,
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.qa_observation_type (
    id numeric(10,0) NOT NULL,
    name character varying(30) NOT NULL,
    description character varying(60),
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.qc (
    id numeric NOT NULL,
    uom_id numeric(10,0),
    sys_user_id numeric(10,0),
    name character varying(30),
    source character varying(30),
    lot_number character varying(30),
    prepared_date timestamp without time zone,
    prepared_volume numeric,
    usable_date timestamp without time zone,
    expire_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.qc_analytes (
    id numeric(10,0) NOT NULL,
    qcanaly_type character varying(1),
    value character varying(80),
    analyte_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.qrtz_blob_triggers (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    blob_data bytea,
    PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE clinlims.qrtz_calendars (
    calendar_name character varying(80) NOT NULL,
    calendar bytea NOT NULL,
    PRIMARY KEY (calendar_name)
);
CREATE TABLE clinlims.qrtz_cron_triggers (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    cron_expression character varying(80) NOT NULL,
    time_zone_id character varying(80),
    PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE clinlims.qrtz_fired_triggers (
    entry_id character varying(95) NOT NULL,
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    is_volatile boolean NOT NULL,
    instance_name character varying(80) NOT NULL,
    fired_time bigint NOT NULL,
    priority integer NOT NULL,
    state character varying(16) NOT NULL,
    job_name character varying(80),
    job_group character varying(80),
    is_stateful boolean,
    requests_recovery boolean,
    PRIMARY KEY (entry_id)
);
CREATE TABLE clinlims.qrtz_job_details (
    job_name character varying(80) NOT NULL,
    job_group character varying(80) NOT NULL,
    description character varying(120),
    job_class_name character varying(128) NOT NULL,
    is_durable boolean NOT NULL,
    is_volatile boolean NOT NULL,
    is_stateful boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data bytea,
    PRIMARY KEY (job_name, job_group)
);
CREATE TABLE clinlims.qrtz_job_listeners (
    job_name character varying(80) NOT NULL,
    job_group character varying(80) NOT NULL,
    job_listener character varying(80) NOT NULL,
    PRIMARY KEY (job_name, job_group, job_listener)
);
CREATE TABLE clinlims.qrtz_locks (
    lock_name character varying(40) NOT NULL,
    PRIMARY KEY (lock_name)
);
CREATE TABLE clinlims.qrtz_paused_trigger_grps (
    trigger_group character varying(80) NOT NULL,
    PRIMARY KEY (trigger_group)
);
CREATE TABLE clinlims.qrtz_scheduler_state (
    instance_name character varying(80) NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval bigint NOT NULL,
    PRIMARY KEY (instance_name)
);
CREATE TABLE clinlims.qrtz_simple_triggers (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    repeat_count bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE clinlims.qrtz_trigger_listeners (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    trigger_listener character varying(80) NOT NULL,
    PRIMARY KEY (trigger_name, trigger_group, trigger_listener)
);
CREATE TABLE clinlims.qrtz_triggers (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    job_name character varying(80) NOT NULL,
    job_group character varying(80) NOT NULL,
    is_volatile boolean NOT NULL,
    description character varying(120),
    next_fire_time bigint,
    prev_fire_time bigint,
    priority integer,
    trigger_state character varying(16) NOT NULL,
    trigger_type character varying(8) NOT NULL,
    start_time bigint NOT NULL,
    end_time bigint,
    calendar_name character varying(80),
    misfire_instr smallint,
    job_data bytea,
    PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE clinlims.quartz_cron_scheduler (
    id numeric(10,0) NOT NULL,
    cron_statement character varying(32) NOT NULL,
    last_run timestamp with time zone,
    active boolean,
    run_if_past boolean,
    name character varying(40),
    job_name character varying(60) NOT NULL,
    display_key character varying(60),
    description_key character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.race (
    id numeric(10,0) NOT NULL,
    description character varying(20) NOT NULL,
    race_type character varying(1),
    is_active character(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.receiver_code_element (
    id numeric(10,0) NOT NULL,
    identifier character varying(20),
    text character varying(60),
    code_system character varying(20),
    lastupdated timestamp(6) without time zone,
    message_org_id numeric(10,0),
    code_element_type_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.reference_tables (
    id numeric(10,0) NOT NULL,
    name character varying(40),
    keep_history character varying(1),
    is_hl7_encoded character varying(1),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.referral (
    id numeric(10,0) NOT NULL,
    analysis_id numeric(10,0),
    organization_id numeric(10,0),
    organization_name character varying(30),
    send_ready_date timestamp with time zone,
    sent_date timestamp with time zone,
    result_recieved_date timestamp with time zone,
    referral_reason_id numeric(10,0),
    referral_type_id numeric(10,0) NOT NULL,
    requester_name character varying(60),
    lastupdated timestamp with time zone,
    canceled boolean,
    referral_request_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.referral_reason (
    id numeric(10,0) NOT NULL,
    name character varying(30) NOT NULL,
    description character varying(60),
    display_key character varying(60),
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.referral_result (
    id numeric(10,0) NOT NULL,
    referral_id numeric(10,0) NOT NULL,
    test_id numeric(10,0),
    result_id numeric(10,0),
    referral_report_date timestamp with time zone,
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.referral_type (
    id numeric(10,0) NOT NULL,
    name character varying(30) NOT NULL,
    description character varying(60),
    display_key character varying(60),
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.region (
    id numeric(10,0) NOT NULL,
    region character varying(240) NOT NULL,
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.report_external_export (
    id numeric(10,0) NOT NULL,
    event_date timestamp with time zone NOT NULL,
    collection_date timestamp with time zone NOT NULL,
    sent_date timestamp with time zone,
    type numeric(10,0) NOT NULL,
    data text,
    lastupdated timestamp with time zone,
    send_flag boolean,
    bookkeeping text,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.report_external_import (
    id numeric(10,0) NOT NULL,
    sending_site character varying(20) NOT NULL,
    event_date timestamp with time zone NOT NULL,
    recieved_date timestamp with time zone,
    type character varying(32) NOT NULL,
    updated_flag boolean,
    data text,
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.report_queue_type (
    id numeric(10,0) NOT NULL,
    name character varying(32) NOT NULL,
    description character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.requester_type (
    id numeric(10,0) NOT NULL,
    requester_type character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.result (
    id numeric(10,0) NOT NULL,
    analysis_id numeric(10,0),
    sort_order numeric,
    is_reportable character varying(1),
    result_type character varying(1),
    value character varying(200),
    analyte_id numeric(10,0),
    test_result_id numeric(10,0),
    lastupdated timestamp(6) without time zone,
    min_normal double precision,
    max_normal double precision,
    parent_id numeric(10,0),
    significant_digits numeric,
    grouping numeric,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.result_inventory (
    id numeric(10,0) NOT NULL,
    inventory_location_id numeric(10,0) NOT NULL,
    result_id numeric(10,0) NOT NULL,
    description character varying(20),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.result_limits (
    id numeric(10,0) NOT NULL,
    test_id numeric(10,0) NOT NULL,
    test_result_type_id numeric NOT NULL,
    min_age double precision,
    max_age double precision,
    gender character(1),
    low_normal double precision,
    high_normal double precision,
    low_valid double precision,
    high_valid double precision,
    lastupdated timestamp(6) without time zone,
    normal_dictionary_id numeric(10,0),
    always_validate boolean,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.result_signature (
    id numeric(10,0) NOT NULL,
    result_id numeric(10,0) NOT NULL,
    system_user_id numeric(10,0),
    is_supervisor boolean NOT NULL,
    lastupdated timestamp(6) without time zone,
    non_user_name character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample (
    id numeric(10,0) NOT NULL,
    accession_number character varying(20) NOT NULL,
    package_id numeric(10,0),
    domain character varying(1),
    next_item_sequence numeric(10,0),
    revision numeric,
    entered_date timestamp without time zone NOT NULL,
    received_date timestamp without time zone NOT NULL,
    collection_date timestamp without time zone,
    client_reference character varying(20),
    status character varying(1),
    released_date timestamp without time zone,
    sticker_rcvd_flag character varying(1),
    sys_user_id numeric(10,0),
    barcode character varying(20),
    transmission_date timestamp without time zone,
    lastupdated timestamp(6) without time zone,
    spec_or_isolate character varying(1),
    priority numeric(1,0),
    status_id numeric(10,0),
    referring_id character varying(50),
    clinical_order_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_animal (
    id numeric(10,0) NOT NULL,
    sci_name_id numeric(10,0) NOT NULL,
    comm_anim_id numeric(10,0) NOT NULL,
    sampling_location character varying(40),
    collector character varying(40),
    samp_id numeric(10,0) NOT NULL,
    multiple_unit character varying(30),
    street_address character varying(30),
    city character varying(30),
    state character varying(2),
    country character varying(20),
    zip_code character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_domain (
    id numeric(10,0) NOT NULL,
    domain_description character varying(20),
    domain character varying(1),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_environmental (
    id numeric(10,0) NOT NULL,
    samp_id numeric(10,0) NOT NULL,
    is_hazardous character varying(1),
    lot_nbr character varying(30),
    description character varying(40),
    chem_samp_num character varying(240),
    street_address character varying(30),
    multiple_unit character varying(30),
    city character varying(30),
    state character varying(2),
    zip_code character varying(10),
    country character varying(20),
    collector character varying(40),
    sampling_location character varying(40),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_human (
    id numeric(10,0) NOT NULL,
    provider_id numeric(10,0),
    samp_id numeric(10,0) NOT NULL,
    patient_id numeric(10,0),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_item (
    id numeric(10,0) NOT NULL,
    sort_order numeric NOT NULL,
    sampitem_id numeric(10,0),
    samp_id numeric(10,0),
    source_id numeric(10,0),
    typeosamp_id numeric(10,0),
    uom_id numeric(10,0),
    source_other character varying(40),
    quantity numeric,
    lastupdated timestamp(6) without time zone,
    external_id character varying(20),
    collection_date timestamp with time zone,
    status_id numeric(10,0) NOT NULL,
    collector character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_newborn (
    id numeric(10,0) NOT NULL,
    weight numeric(5,0),
    multi_birth character(1),
    birth_order numeric(2,0),
    gestational_week numeric(5,2),
    date_first_feeding date,
    breast character(1),
    tpn character(1),
    formula character(1),
    milk character(1),
    soy character(1),
    jaundice character(1),
    antibiotics character(1),
    transfused character(1),
    date_transfusion date,
    medical_record_numeric character varying(18),
    nicu character(1),
    birth_defect character(1),
    pregnancy_complication character(1),
    deceased_sibling character(1),
    cause_of_death character varying(50),
    family_history character(1),
    other character varying(100),
    y_numeric character varying(18),
    yellow_card character(1),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_organization (
    id numeric(10,0) NOT NULL,
    org_id numeric(10,0),
    samp_id numeric(10,0),
    samp_org_type character varying(1),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_pdf (
    id numeric(10,0) NOT NULL,
    accession_number numeric(10,0) NOT NULL,
    allow_view character varying(1),
    barcode character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_projects (
    samp_id numeric(10,0) NOT NULL,
    proj_id numeric(10,0),
    is_permanent character varying(1),
    id numeric(10,0) NOT NULL,
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_qaevent (
    id numeric(10,0) NOT NULL,
    qa_event_id numeric(10,0),
    sample_id numeric(10,0),
    completed_date date,
    lastupdated timestamp without time zone,
    sampleitem_id numeric(10,0),
    entered_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_qaevent_action (
    id numeric(10,0) NOT NULL,
    sample_qaevent_id numeric(10,0) NOT NULL,
    action_id numeric(10,0) NOT NULL,
    created_date date NOT NULL,
    lastupdated timestamp(6) without time zone,
    sys_user_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sample_requester (
    sample_id numeric(10,0) NOT NULL,
    requester_id numeric(10,0) NOT NULL,
    requester_type_id numeric(10,0) NOT NULL,
    lastupdated timestamp(6) without time zone,
    id numeric(10,0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sampletype_panel (
    id numeric(10,0) NOT NULL,
    sample_type_id numeric(10,0) NOT NULL,
    panel_id numeric(10,0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sampletype_test (
    id numeric(10,0) NOT NULL,
    sample_type_id numeric(10,0) NOT NULL,
    test_id numeric(10,0) NOT NULL,
    is_panel boolean,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.scriptlet (
    id numeric(10,0) NOT NULL,
    name character varying(40),
    code_type character varying(1),
    code_source character varying(4000),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.sequence (
    seq_name character varying(30),
    seq_count numeric
);
CREATE TABLE clinlims.site_information (
    id integer NOT NULL,
    name character varying(32) NOT NULL,
    lastupdated timestamp with time zone,
    description character varying(120),
    value character varying(200),
    encrypted boolean,
    domain_id numeric(10,0),
    value_type character varying(10) NOT NULL,
    instruction_key character varying(40),
    "group" numeric,
    schedule_id numeric(10,0),
    tag character varying(20),
    dictionary_category_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.site_information_domain (
    id numeric(10,0) NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(120),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.source_of_sample (
    id numeric(10,0) NOT NULL,
    description character varying(40),
    domain character varying(1),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.state_code (
    id numeric(10,0) NOT NULL,
    code character varying(240),
    description character varying(240),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.status_of_sample (
    id numeric(10,0) NOT NULL,
    description character varying(240),
    code numeric(3,0) NOT NULL,
    status_type character varying(24) NOT NULL,
    lastupdated timestamp(6) without time zone,
    name character varying(30),
    display_key character varying(60),
    is_active character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.storage_location (
    id numeric(10,0) NOT NULL,
    sort_order numeric,
    name character varying(20),
    location character varying(80),
    is_available character varying(1),
    parent_storageloc_id numeric(10,0),
    storage_unit_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.storage_unit (
    id numeric(10,0) NOT NULL,
    category character varying(15),
    description character varying(60),
    is_singular character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.system_module (
    id numeric(10,0) NOT NULL,
    name character varying(40),
    description character varying(80),
    has_select_flag character varying(1),
    has_add_flag character varying(1),
    has_update_flag character varying(1),
    has_delete_flag character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.system_role (
    id numeric(10,0) NOT NULL,
    name character(20) NOT NULL,
    description character varying(80),
    is_grouping_role boolean,
    grouping_parent numeric(10,0),
    display_key character varying(60),
    active boolean,
    editable boolean,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.system_role_module (
    id numeric(10,0) NOT NULL,
    has_select character varying(1),
    has_add character varying(1),
    has_update character varying(1),
    has_delete character varying(1),
    system_role_id numeric(10,0) NOT NULL,
    system_module_id numeric(10,0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.system_user (
    id numeric(10,0) NOT NULL,
    external_id character varying(80),
    login_name character varying(20) NOT NULL,
    last_name character varying(30) NOT NULL,
    first_name character varying(20) NOT NULL,
    initials character varying(3),
    is_active character varying(1) NOT NULL,
    is_employee character varying(1) NOT NULL,
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.system_user_module (
    id numeric(10,0) NOT NULL,
    has_select character varying(1),
    has_add character varying(1),
    has_update character varying(1),
    has_delete character varying(1),
    system_user_id numeric(10,0),
    system_module_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.system_user_role (
    system_user_id numeric(10,0) NOT NULL,
    role_id numeric(10,0) NOT NULL,
    PRIMARY KEY (system_user_id, role_id)
);
CREATE TABLE clinlims.system_user_section (
    id numeric NOT NULL,
    has_view character varying(1),
    has_assign character varying(1),
    has_complete character varying(1),
    has_release character varying(1),
    has_cancel character varying(1),
    system_user_id numeric(10,0),
    test_section_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test (
    id numeric(10,0) NOT NULL,
    method_id numeric(10,0),
    uom_id numeric(10,0),
    description character varying(120) NOT NULL,
    loinc character varying(240),
    reporting_description character varying(60),
    sticker_req_flag character varying(1),
    is_active character varying(1),
    active_begin timestamp without time zone,
    active_end timestamp without time zone,
    is_reportable character varying(1),
    time_holding numeric,
    time_wait numeric,
    time_ta_average numeric,
    time_ta_warning numeric,
    time_ta_max numeric,
    label_qty numeric,
    lastupdated timestamp(6) without time zone,
    label_id numeric(10,0),
    test_trailer_id numeric(10,0),
    test_section_id numeric(10,0),
    scriptlet_id numeric(10,0),
    test_format_id numeric(10,0),
    local_abbrev character varying(50),
    sort_order numeric,
    name character varying(60) NOT NULL,
    display_key character varying(60),
    orderable boolean,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_analyte (
    id numeric(10,0) NOT NULL,
    test_id numeric(10,0),
    analyte_id numeric(10,0),
    result_group numeric,
    sort_order numeric,
    testalyt_type character varying(1),
    lastupdated timestamp(6) without time zone,
    is_reportable character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_code (
    test_id numeric(10,0) NOT NULL,
    code_type_id numeric(10,0) NOT NULL,
    value character varying(20) NOT NULL,
    lastupdated timestamp with time zone,
    PRIMARY KEY (test_id, code_type_id)
);
CREATE TABLE clinlims.test_code_type (
    id numeric(10,0) NOT NULL,
    schema_name character varying(32) NOT NULL,
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_dictionary (
    id numeric(10,0) NOT NULL,
    test_id numeric(10,0) NOT NULL,
    dictionary_category_id numeric(10,0) NOT NULL,
    context character varying(20) NOT NULL,
    qualifiable_entry_id numeric(10,0),
    lastupdated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_formats (
    id numeric(10,0) NOT NULL,
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_reflex (
    id numeric(10,0) NOT NULL,
    tst_rslt_id numeric,
    flags character varying(10),
    lastupdated timestamp(6) without time zone,
    test_analyte_id numeric(10,0),
    test_id numeric(10,0),
    add_test_id numeric(10,0),
    sibling_reflex numeric(10,0),
    scriptlet_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_result (
    id numeric NOT NULL,
    test_id numeric(10,0) NOT NULL,
    result_group numeric,
    flags character varying(10),
    tst_rslt_type character varying(1),
    value character varying(80),
    significant_digits numeric,
    quant_limit character varying(30),
    cont_level character varying(30),
    lastupdated timestamp(6) without time zone,
    scriptlet_id numeric(10,0),
    sort_order numeric(22,0),
    is_quantifiable boolean,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_section (
    id numeric(10,0) NOT NULL,
    name character varying(20),
    description character varying(60) NOT NULL,
    org_id numeric(10,0),
    is_external character varying(1),
    lastupdated timestamp(6) without time zone,
    parent_test_section numeric(10,0),
    display_key character varying(60),
    sort_order numeric,
    is_active character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_trailer (
    id numeric(10,0) NOT NULL,
    name character varying(20),
    description character varying(60),
    text character varying(4000),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_worksheet_item (
    id numeric(10,0) NOT NULL,
    tw_id numeric(10,0) NOT NULL,
    qc_id numeric,
    position numeric,
    cell_type character varying(2),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.test_worksheets (
    id numeric(10,0) NOT NULL,
    test_id numeric(10,0),
    batch_capacity numeric,
    total_capacity numeric,
    number_format character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.type_of_provider (
    id numeric(10,0) NOT NULL,
    description character varying(240),
    tp_code character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.type_of_sample (
    id numeric(10,0) NOT NULL,
    description character varying(40) NOT NULL,
    domain character varying(1),
    lastupdated timestamp(6) without time zone,
    local_abbrev character varying(10),
    display_key character varying(60),
    is_active boolean,
    sort_order numeric,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.type_of_test_result (
    id numeric(10,0) NOT NULL,
    test_result_type character varying(1),
    description character varying(60),
    lastupdated timestamp(6) without time zone,
    hl7_value character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.unit_of_measure (
    id numeric(10,0) NOT NULL,
    name character varying(26),
    description character varying(60),
    lastupdated timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.user_alert_map (
    user_id integer NOT NULL,
    alert_id integer,
    report_id integer,
    alert_limit integer,
    alert_operator character varying(255),
    map_id integer NOT NULL,
    PRIMARY KEY (user_id, map_id)
);
CREATE TABLE clinlims.user_group_map (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    map_id integer NOT NULL,
    PRIMARY KEY (user_id, map_id)
);
CREATE TABLE clinlims.user_security (
    user_id integer NOT NULL,
    role_name character varying(255)
);
CREATE TABLE clinlims.worksheet_analysis (
    id numeric(10,0) NOT NULL,
    reference_type character(1),
    reference_id numeric,
    worksheet_item_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.worksheet_analyte (
    id numeric NOT NULL,
    wrkst_anls_id numeric(10,0),
    sort_order numeric,
    result_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.worksheet_heading (
    id numeric(10,0),
    worksheet_name character varying(20),
    rownumber numeric(10,0),
    column1 character varying(50),
    column2 character varying(50),
    column3 character varying(50),
    column4 character varying(50),
    column5 character varying(50),
    column6 character varying(50),
    column7 character varying(50),
    column8 character varying(50),
    column9 character varying(50),
    column10 character varying(50),
    type character varying(20)
);
CREATE TABLE clinlims.worksheet_item (
    id numeric(10,0) NOT NULL,
    position numeric,
    worksheet_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.worksheet_qc (
    id numeric NOT NULL,
    sort_order numeric,
    wq_type character varying(1),
    value character varying(80),
    worksheet_analysis_id numeric(10,0),
    qc_analyte_id numeric(10,0),
    PRIMARY KEY (id)
);
CREATE TABLE clinlims.worksheets (
    id numeric(10,0) NOT NULL,
    sys_user_id numeric(10,0) NOT NULL,
    test_id numeric(10,0),
    created timestamp without time zone,
    status character varying(1),
    number_format character varying(1),
    PRIMARY KEY (id)
);
ALTER TABLE clinlims.analysis ADD FOREIGN KEY (panel_id) REFERENCES clinlims.panel (id);
ALTER TABLE clinlims.analysis ADD FOREIGN KEY (parent_analysis_id) REFERENCES clinlims.analysis (id);
ALTER TABLE clinlims.analysis ADD FOREIGN KEY (parent_result_id) REFERENCES clinlims.result (id);
ALTER TABLE clinlims.analysis ADD FOREIGN KEY (sampitem_id) REFERENCES clinlims.sample_item (id);
ALTER TABLE clinlims.analysis ADD FOREIGN KEY (status_id) REFERENCES clinlims.status_of_sample (id);
ALTER TABLE clinlims.analysis ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.analysis ADD FOREIGN KEY (test_sect_id) REFERENCES clinlims.test_section (id);
ALTER TABLE clinlims.analysis_qaevent ADD FOREIGN KEY (analysis_id) REFERENCES clinlims.analysis (id);
ALTER TABLE clinlims.analysis_qaevent ADD FOREIGN KEY (qa_event_id) REFERENCES clinlims.qa_event (id);
ALTER TABLE clinlims.analysis_storages ADD FOREIGN KEY (analysis_id) REFERENCES clinlims.analysis (id);
ALTER TABLE clinlims.analysis_storages ADD FOREIGN KEY (storage_id) REFERENCES clinlims.storage_location (id);
ALTER TABLE clinlims.analysis_users ADD FOREIGN KEY (analysis_id) REFERENCES clinlims.analysis (id);
ALTER TABLE clinlims.analysis_users ADD FOREIGN KEY (system_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.analyte ADD FOREIGN KEY (analyte_id) REFERENCES clinlims.analyte (id);
ALTER TABLE clinlims.analyzer_results ADD FOREIGN KEY (analyzer_id) REFERENCES clinlims.analyzer (id);
ALTER TABLE clinlims.analyzer_results ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.analyzer_results ADD FOREIGN KEY (status_id) REFERENCES clinlims.analyzer_result_status (id);
ALTER TABLE clinlims.analyzer_test_map ADD FOREIGN KEY (analyzer_id) REFERENCES clinlims.analyzer (id);
ALTER TABLE clinlims.analyzer_test_map ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.animal_scientific_name ADD FOREIGN KEY (comm_anim_id) REFERENCES clinlims.animal_common_name (id);
ALTER TABLE clinlims.attachment_item ADD FOREIGN KEY (attachment_id) REFERENCES clinlims.attachment (id);
ALTER TABLE clinlims.aux_data ADD FOREIGN KEY (aux_field_id) REFERENCES clinlims.aux_field (id);
ALTER TABLE clinlims.aux_field ADD FOREIGN KEY (analyte_id) REFERENCES clinlims.analyte (id);
ALTER TABLE clinlims.aux_field ADD FOREIGN KEY (scriptlet_id) REFERENCES clinlims.scriptlet (id);
ALTER TABLE clinlims.aux_field_values ADD FOREIGN KEY (aux_field_id) REFERENCES clinlims.aux_field (id);
ALTER TABLE clinlims.code_element_xref ADD FOREIGN KEY (code_element_type_id) REFERENCES clinlims.code_element_type (id);
ALTER TABLE clinlims.code_element_xref ADD FOREIGN KEY (message_org_id) REFERENCES clinlims.message_org (id);
ALTER TABLE clinlims.code_element_xref ADD FOREIGN KEY (receiver_code_element_id) REFERENCES clinlims.receiver_code_element (id);
ALTER TABLE clinlims.dictionary ADD FOREIGN KEY (dictionary_category_id) REFERENCES clinlims.dictionary_category (id);
ALTER TABLE clinlims.document_track ADD FOREIGN KEY (parent_id) REFERENCES clinlims.document_track (id);
ALTER TABLE clinlims.document_track ADD FOREIGN KEY (document_type_id) REFERENCES clinlims.document_type (id);
ALTER TABLE clinlims.document_track ADD FOREIGN KEY (table_id) REFERENCES clinlims.reference_tables (id);
ALTER TABLE clinlims.electronic_order ADD FOREIGN KEY (patient_id) REFERENCES clinlims.patient (id);
ALTER TABLE clinlims.electronic_order ADD FOREIGN KEY (status_id) REFERENCES clinlims.status_of_sample (id);
ALTER TABLE clinlims.history ADD FOREIGN KEY (sys_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.instrument_analyte ADD FOREIGN KEY (analyte_id) REFERENCES clinlims.analyte (id);
ALTER TABLE clinlims.instrument_analyte ADD FOREIGN KEY (instru_id) REFERENCES clinlims.instrument (id);
ALTER TABLE clinlims.instrument_analyte ADD FOREIGN KEY (method_id) REFERENCES clinlims.method (id);
ALTER TABLE clinlims.instrument_log ADD FOREIGN KEY (instru_id) REFERENCES clinlims.instrument (id);
ALTER TABLE clinlims.inventory_component ADD FOREIGN KEY (invitem_id) REFERENCES clinlims.inventory_item (id);
ALTER TABLE clinlims.inventory_component ADD FOREIGN KEY (material_component_id) REFERENCES clinlims.inventory_item (id);
ALTER TABLE clinlims.inventory_item ADD FOREIGN KEY (uom_id) REFERENCES clinlims.unit_of_measure (id);
ALTER TABLE clinlims.inventory_location ADD FOREIGN KEY (inv_item_id) REFERENCES clinlims.inventory_item (id);
ALTER TABLE clinlims.inventory_location ADD FOREIGN KEY (storage_id) REFERENCES clinlims.storage_location (id);
ALTER TABLE clinlims.inventory_receipt ADD FOREIGN KEY (invitem_id) REFERENCES clinlims.inventory_item (id);
ALTER TABLE clinlims.inventory_receipt ADD FOREIGN KEY (org_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.lab_order_item ADD FOREIGN KEY (table_ref) REFERENCES clinlims.reference_tables (id);
ALTER TABLE clinlims.lab_order_item ADD FOREIGN KEY (lab_order_type_id) REFERENCES clinlims.lab_order_type (id);
ALTER TABLE clinlims.label ADD FOREIGN KEY (scriptlet_id) REFERENCES clinlims.scriptlet (id);
ALTER TABLE clinlims.menu ADD FOREIGN KEY (parent_id) REFERENCES clinlims.menu (id);
ALTER TABLE clinlims.method_analyte ADD FOREIGN KEY (analyte_id) REFERENCES clinlims.analyte (id);
ALTER TABLE clinlims.method_analyte ADD FOREIGN KEY (method_id) REFERENCES clinlims.method (id);
ALTER TABLE clinlims.method_result ADD FOREIGN KEY (method_id) REFERENCES clinlims.method (id);
ALTER TABLE clinlims.method_result ADD FOREIGN KEY (scrip_id) REFERENCES clinlims.scriptlet (id);
ALTER TABLE clinlims.mls_lab_type ADD FOREIGN KEY (org_mlt_org_mlt_id) REFERENCES clinlims.org_mls_lab_type (org_mlt_id);
ALTER TABLE clinlims.note ADD FOREIGN KEY (sys_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.observation_history ADD FOREIGN KEY (observation_history_type_id) REFERENCES clinlims.observation_history_type (id);
ALTER TABLE clinlims.observation_history ADD FOREIGN KEY (patient_id) REFERENCES clinlims.patient (id);
ALTER TABLE clinlims.observation_history ADD FOREIGN KEY (sample_id) REFERENCES clinlims.sample (id);
ALTER TABLE clinlims.order_item ADD FOREIGN KEY (inv_loc_id) REFERENCES clinlims.inventory_location (id);
ALTER TABLE clinlims.order_item ADD FOREIGN KEY (ord_id) REFERENCES clinlims.orders (id);
ALTER TABLE clinlims.orders ADD FOREIGN KEY (org_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.orders ADD FOREIGN KEY (sys_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.org_hl7_encoding_type ADD FOREIGN KEY (encoding_type_id) REFERENCES clinlims.test_code_type (id);
ALTER TABLE clinlims.org_hl7_encoding_type ADD FOREIGN KEY (organization_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.organization ADD FOREIGN KEY (org_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.organization ADD FOREIGN KEY (org_mlt_org_mlt_id) REFERENCES clinlims.org_mls_lab_type (org_mlt_id);
ALTER TABLE clinlims.organization_address ADD FOREIGN KEY (address_part_id) REFERENCES clinlims.address_part (id);
ALTER TABLE clinlims.organization_address ADD FOREIGN KEY (organization_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.organization_contact ADD FOREIGN KEY (organization_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.organization_contact ADD FOREIGN KEY (person_id) REFERENCES clinlims.person (id);
ALTER TABLE clinlims.organization_organization_type ADD FOREIGN KEY (org_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.organization_organization_type ADD FOREIGN KEY (org_type_id) REFERENCES clinlims.organization_type (id);
ALTER TABLE clinlims.panel_item ADD FOREIGN KEY (panel_id) REFERENCES clinlims.panel (id);
ALTER TABLE clinlims.patient ADD FOREIGN KEY (person_id) REFERENCES clinlims.person (id);
ALTER TABLE clinlims.patient_identity ADD FOREIGN KEY (identity_type_id) REFERENCES clinlims.patient_identity_type (id);
ALTER TABLE clinlims.patient_identity ADD FOREIGN KEY (patient_id) REFERENCES clinlims.patient (id);
ALTER TABLE clinlims.patient_occupation ADD FOREIGN KEY (patient_id) REFERENCES clinlims.patient (id);
ALTER TABLE clinlims.patient_patient_type ADD FOREIGN KEY (patient_id) REFERENCES clinlims.patient (id);
ALTER TABLE clinlims.patient_patient_type ADD FOREIGN KEY (patient_type_id) REFERENCES clinlims.patient_type (id);
ALTER TABLE clinlims.patient_relations ADD FOREIGN KEY (pat_id) REFERENCES clinlims.patient (id);
ALTER TABLE clinlims.patient_relations ADD FOREIGN KEY (pat_id_source) REFERENCES clinlims.patient (id);
ALTER TABLE clinlims.person_address ADD FOREIGN KEY (address_part_id) REFERENCES clinlims.address_part (id);
ALTER TABLE clinlims.person_address ADD FOREIGN KEY (person_id) REFERENCES clinlims.person (id);
ALTER TABLE clinlims.project ADD FOREIGN KEY (scriptlet_id) REFERENCES clinlims.scriptlet (id);
ALTER TABLE clinlims.project ADD FOREIGN KEY (sys_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.project_organization ADD FOREIGN KEY (org_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.project_organization ADD FOREIGN KEY (project_id) REFERENCES clinlims.project (id);
ALTER TABLE clinlims.project_parameter ADD FOREIGN KEY (project_id) REFERENCES clinlims.project (id);
ALTER TABLE clinlims.provider ADD FOREIGN KEY (person_id) REFERENCES clinlims.person (id);
ALTER TABLE clinlims.qa_event ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.qa_observation ADD FOREIGN KEY (qa_observation_type_id) REFERENCES clinlims.qa_observation_type (id);
ALTER TABLE clinlims.qc ADD FOREIGN KEY (sys_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.qc ADD FOREIGN KEY (uom_id) REFERENCES clinlims.unit_of_measure (id);
ALTER TABLE clinlims.qc_analytes ADD FOREIGN KEY (analyte_id) REFERENCES clinlims.analyte (id);
ALTER TABLE clinlims.qrtz_blob_triggers ADD FOREIGN KEY (trigger_name, trigger_group) REFERENCES clinlims.qrtz_triggers (trigger_name, trigger_group);
ALTER TABLE clinlims.qrtz_cron_triggers ADD FOREIGN KEY (trigger_name, trigger_group) REFERENCES clinlims.qrtz_triggers (trigger_name, trigger_group);
ALTER TABLE clinlims.qrtz_job_listeners ADD FOREIGN KEY (job_name, job_group) REFERENCES clinlims.qrtz_job_details (job_name, job_group);
ALTER TABLE clinlims.qrtz_simple_triggers ADD FOREIGN KEY (trigger_name, trigger_group) REFERENCES clinlims.qrtz_triggers (trigger_name, trigger_group);
ALTER TABLE clinlims.qrtz_trigger_listeners ADD FOREIGN KEY (trigger_name, trigger_group) REFERENCES clinlims.qrtz_triggers (trigger_name, trigger_group);
ALTER TABLE clinlims.qrtz_triggers ADD FOREIGN KEY (job_name, job_group) REFERENCES clinlims.qrtz_job_details (job_name, job_group);
ALTER TABLE clinlims.receiver_code_element ADD FOREIGN KEY (code_element_type_id) REFERENCES clinlims.code_element_type (id);
ALTER TABLE clinlims.receiver_code_element ADD FOREIGN KEY (message_org_id) REFERENCES clinlims.message_org (id);
ALTER TABLE clinlims.referral ADD FOREIGN KEY (analysis_id) REFERENCES clinlims.analysis (id);
ALTER TABLE clinlims.referral ADD FOREIGN KEY (organization_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.referral ADD FOREIGN KEY (referral_reason_id) REFERENCES clinlims.referral_reason (id);
ALTER TABLE clinlims.referral ADD FOREIGN KEY (referral_type_id) REFERENCES clinlims.referral_type (id);
ALTER TABLE clinlims.referral_result ADD FOREIGN KEY (referral_id) REFERENCES clinlims.referral (id);
ALTER TABLE clinlims.referral_result ADD FOREIGN KEY (result_id) REFERENCES clinlims.result (id);
ALTER TABLE clinlims.referral_result ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.report_external_export ADD FOREIGN KEY (type) REFERENCES clinlims.report_queue_type (id);
ALTER TABLE clinlims.result ADD FOREIGN KEY (analysis_id) REFERENCES clinlims.analysis (id);
ALTER TABLE clinlims.result ADD FOREIGN KEY (analyte_id) REFERENCES clinlims.analyte (id);
ALTER TABLE clinlims.result ADD FOREIGN KEY (parent_id) REFERENCES clinlims.result (id);
ALTER TABLE clinlims.result ADD FOREIGN KEY (test_result_id) REFERENCES clinlims.test_result (id);
ALTER TABLE clinlims.result_inventory ADD FOREIGN KEY (inventory_location_id) REFERENCES clinlims.inventory_location (id);
ALTER TABLE clinlims.result_inventory ADD FOREIGN KEY (result_id) REFERENCES clinlims.result (id);
ALTER TABLE clinlims.result_limits ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.result_limits ADD FOREIGN KEY (test_result_type_id) REFERENCES clinlims.type_of_test_result (id);
ALTER TABLE clinlims.result_signature ADD FOREIGN KEY (result_id) REFERENCES clinlims.result (id);
ALTER TABLE clinlims.result_signature ADD FOREIGN KEY (system_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.sample ADD FOREIGN KEY (clinical_order_id) REFERENCES clinlims.electronic_order (id);
ALTER TABLE clinlims.sample ADD FOREIGN KEY (package_id) REFERENCES clinlims.package_1 (id);
ALTER TABLE clinlims.sample ADD FOREIGN KEY (status_id) REFERENCES clinlims.status_of_sample (id);
ALTER TABLE clinlims.sample ADD FOREIGN KEY (sys_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.sample_animal ADD FOREIGN KEY (comm_anim_id) REFERENCES clinlims.animal_common_name (id);
ALTER TABLE clinlims.sample_animal ADD FOREIGN KEY (samp_id) REFERENCES clinlims.sample (id);
ALTER TABLE clinlims.sample_animal ADD FOREIGN KEY (sci_name_id) REFERENCES clinlims.animal_scientific_name (id);
ALTER TABLE clinlims.sample_environmental ADD FOREIGN KEY (samp_id) REFERENCES clinlims.sample (id);
ALTER TABLE clinlims.sample_human ADD FOREIGN KEY (patient_id) REFERENCES clinlims.patient (id);
ALTER TABLE clinlims.sample_human ADD FOREIGN KEY (provider_id) REFERENCES clinlims.provider (id);
ALTER TABLE clinlims.sample_human ADD FOREIGN KEY (samp_id) REFERENCES clinlims.sample (id);
ALTER TABLE clinlims.sample_item ADD FOREIGN KEY (sampitem_id) REFERENCES clinlims.sample_item (id);
ALTER TABLE clinlims.sample_item ADD FOREIGN KEY (samp_id) REFERENCES clinlims.sample (id);
ALTER TABLE clinlims.sample_item ADD FOREIGN KEY (source_id) REFERENCES clinlims.source_of_sample (id);
ALTER TABLE clinlims.sample_item ADD FOREIGN KEY (typeosamp_id) REFERENCES clinlims.type_of_sample (id);
ALTER TABLE clinlims.sample_item ADD FOREIGN KEY (uom_id) REFERENCES clinlims.unit_of_measure (id);
ALTER TABLE clinlims.sample_newborn ADD FOREIGN KEY (id) REFERENCES clinlims.sample_human (id);
ALTER TABLE clinlims.sample_organization ADD FOREIGN KEY (org_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.sample_organization ADD FOREIGN KEY (samp_id) REFERENCES clinlims.sample (id);
ALTER TABLE clinlims.sample_projects ADD FOREIGN KEY (proj_id) REFERENCES clinlims.project (id);
ALTER TABLE clinlims.sample_projects ADD FOREIGN KEY (samp_id) REFERENCES clinlims.sample (id);
ALTER TABLE clinlims.sample_qaevent ADD FOREIGN KEY (sampleitem_id) REFERENCES clinlims.sample_item (id);
ALTER TABLE clinlims.sample_requester ADD FOREIGN KEY (requester_type_id) REFERENCES clinlims.requester_type (id);
ALTER TABLE clinlims.sampletype_panel ADD FOREIGN KEY (panel_id) REFERENCES clinlims.panel (id);
ALTER TABLE clinlims.sampletype_panel ADD FOREIGN KEY (sample_type_id) REFERENCES clinlims.type_of_sample (id);
ALTER TABLE clinlims.sampletype_test ADD FOREIGN KEY (sample_type_id) REFERENCES clinlims.type_of_sample (id);
ALTER TABLE clinlims.sampletype_test ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.storage_location ADD FOREIGN KEY (parent_storageloc_id) REFERENCES clinlims.storage_location (id);
ALTER TABLE clinlims.storage_location ADD FOREIGN KEY (storage_unit_id) REFERENCES clinlims.storage_unit (id);
ALTER TABLE clinlims.system_role ADD FOREIGN KEY (grouping_parent) REFERENCES clinlims.system_role (id);
ALTER TABLE clinlims.system_role_module ADD FOREIGN KEY (system_module_id) REFERENCES clinlims.system_module (id);
ALTER TABLE clinlims.system_role_module ADD FOREIGN KEY (system_role_id) REFERENCES clinlims.system_role (id);
ALTER TABLE clinlims.system_user_module ADD FOREIGN KEY (system_module_id) REFERENCES clinlims.system_module (id);
ALTER TABLE clinlims.system_user_module ADD FOREIGN KEY (system_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.system_user_role ADD FOREIGN KEY (role_id) REFERENCES clinlims.system_role (id);
ALTER TABLE clinlims.system_user_role ADD FOREIGN KEY (system_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.system_user_section ADD FOREIGN KEY (system_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.system_user_section ADD FOREIGN KEY (test_section_id) REFERENCES clinlims.test_section (id);
ALTER TABLE clinlims.test ADD FOREIGN KEY (label_id) REFERENCES clinlims.label (id);
ALTER TABLE clinlims.test ADD FOREIGN KEY (method_id) REFERENCES clinlims.method (id);
ALTER TABLE clinlims.test ADD FOREIGN KEY (scriptlet_id) REFERENCES clinlims.scriptlet (id);
ALTER TABLE clinlims.test ADD FOREIGN KEY (test_format_id) REFERENCES clinlims.test_formats (id);
ALTER TABLE clinlims.test ADD FOREIGN KEY (test_section_id) REFERENCES clinlims.test_section (id);
ALTER TABLE clinlims.test ADD FOREIGN KEY (test_trailer_id) REFERENCES clinlims.test_trailer (id);
ALTER TABLE clinlims.test ADD FOREIGN KEY (uom_id) REFERENCES clinlims.unit_of_measure (id);
ALTER TABLE clinlims.test_analyte ADD FOREIGN KEY (analyte_id) REFERENCES clinlims.analyte (id);
ALTER TABLE clinlims.test_analyte ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.test_code ADD FOREIGN KEY (code_type_id) REFERENCES clinlims.test_code_type (id);
ALTER TABLE clinlims.test_code ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.test_dictionary ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.test_dictionary ADD FOREIGN KEY (dictionary_category_id) REFERENCES clinlims.dictionary_category (id);
ALTER TABLE clinlims.test_dictionary ADD FOREIGN KEY (qualifiable_entry_id) REFERENCES clinlims.dictionary (id);
ALTER TABLE clinlims.test_reflex ADD FOREIGN KEY (sibling_reflex) REFERENCES clinlims.test_reflex (id);
ALTER TABLE clinlims.test_reflex ADD FOREIGN KEY (scriptlet_id) REFERENCES clinlims.scriptlet (id);
ALTER TABLE clinlims.test_reflex ADD FOREIGN KEY (add_test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.test_reflex ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.test_reflex ADD FOREIGN KEY (test_analyte_id) REFERENCES clinlims.test_analyte (id);
ALTER TABLE clinlims.test_reflex ADD FOREIGN KEY (tst_rslt_id) REFERENCES clinlims.test_result (id);
ALTER TABLE clinlims.test_result ADD FOREIGN KEY (scriptlet_id) REFERENCES clinlims.scriptlet (id);
ALTER TABLE clinlims.test_result ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.test_section ADD FOREIGN KEY (parent_test_section) REFERENCES clinlims.test_section (id);
ALTER TABLE clinlims.test_section ADD FOREIGN KEY (org_id) REFERENCES clinlims.organization (id);
ALTER TABLE clinlims.test_worksheet_item ADD FOREIGN KEY (qc_id) REFERENCES clinlims.qc (id);
ALTER TABLE clinlims.test_worksheet_item ADD FOREIGN KEY (tw_id) REFERENCES clinlims.test_worksheets (id);
ALTER TABLE clinlims.test_worksheets ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
ALTER TABLE clinlims.worksheet_analysis ADD FOREIGN KEY (worksheet_item_id) REFERENCES clinlims.worksheet_item (id);
ALTER TABLE clinlims.worksheet_analyte ADD FOREIGN KEY (result_id) REFERENCES clinlims.result (id);
ALTER TABLE clinlims.worksheet_analyte ADD FOREIGN KEY (wrkst_anls_id) REFERENCES clinlims.worksheet_analysis (id);
ALTER TABLE clinlims.worksheet_item ADD FOREIGN KEY (worksheet_id) REFERENCES clinlims.worksheets (id);
ALTER TABLE clinlims.worksheet_qc ADD FOREIGN KEY (qc_analyte_id) REFERENCES clinlims.qc_analytes (id);
ALTER TABLE clinlims.worksheet_qc ADD FOREIGN KEY (worksheet_analysis_id) REFERENCES clinlims.worksheet_analysis (id);
ALTER TABLE clinlims.worksheets ADD FOREIGN KEY (sys_user_id) REFERENCES clinlims.system_user (id);
ALTER TABLE clinlims.worksheets ADD FOREIGN KEY (test_id) REFERENCES clinlims.test (id);
COMMENT ON TABLE clinlims.address_part IS 'Holds the different parts of an address';
COMMENT ON COLUMN clinlims.address_part.id IS 'Unique id genereated from address_part seq';
COMMENT ON COLUMN clinlims.address_part.part_name IS 'What part of the address is this, street, commune state etc.';
COMMENT ON COLUMN clinlims.address_part.display_order IS 'The order in which they are listed in the standardard address format';
COMMENT ON COLUMN clinlims.address_part.display_key IS 'The display key for localization';
COMMENT ON COLUMN clinlims.analysis.id IS 'Sequential number';
COMMENT ON COLUMN clinlims.analysis.sampitem_id IS 'Sample source write in if not already defined';
COMMENT ON COLUMN clinlims.analysis.test_id IS 'Sequential value assigned on insert';
COMMENT ON COLUMN clinlims.analysis.revision IS 'revision number';
COMMENT ON COLUMN clinlims.analysis.status IS 'Analysis Status; logged in, initiated, completed, released';
COMMENT ON COLUMN clinlims.analysis.started_date IS 'Date and time analysis started';
COMMENT ON COLUMN clinlims.analysis.completed_date IS 'Date and time analysis completed';
COMMENT ON COLUMN clinlims.analysis.released_date IS 'Date and time analysis was released; basically verified and ready to report';
COMMENT ON COLUMN clinlims.analysis.printed_date IS 'Date and time analysis was last printed for sending out';
COMMENT ON COLUMN clinlims.analysis.is_reportable IS 'Indicates if this analysis should be reported';
COMMENT ON COLUMN clinlims.analysis.so_send_ready_date IS 'Send out ready date';
COMMENT ON COLUMN clinlims.analysis.so_notify_received_date IS 'Date that send out facility notificed MDH that they had received the specimen';
COMMENT ON COLUMN clinlims.analysis.so_notify_send_date IS 'Date that MDH sent out the specimen to a sendout facility';
COMMENT ON COLUMN clinlims.analysis.so_send_entry_by IS 'User name who entered sendout';
COMMENT ON COLUMN clinlims.analysis.reflex_trigger IS 'True if this analysis has triggered a reflex test';
COMMENT ON COLUMN clinlims.analysis.status_id IS 'foriegn key to status of analysis ';
COMMENT ON COLUMN clinlims.analysis.entry_date IS 'Date on which the results for this analysis was first entered';
COMMENT ON COLUMN clinlims.analysis.panel_id IS 'If this analysis is part of a panel then this is the id';
COMMENT ON COLUMN clinlims.analysis.referred_out IS 'True if this analysis has been referred out, false otherwise';
COMMENT ON COLUMN clinlims.analysis.type_of_sample_name IS 'Used to support arbitrary sample types.  Usually from type_of_sample table but may be a dictionary value or a response to ''other''';
COMMENT ON COLUMN clinlims.analysis.corrected IS 'Signifies that the result has been updated since the last patient report was generated';
COMMENT ON COLUMN clinlims.analysis_storages.checkin IS 'Date and time sample was moved to this storage_location';
COMMENT ON COLUMN clinlims.analysis_storages.checkout IS 'Date and time sample was removed from this storage location';
COMMENT ON COLUMN clinlims.analysis_users.action IS 'Type of action performed such as test request, complete, release';
COMMENT ON COLUMN clinlims.analyte.name IS 'Name of analyte';
COMMENT ON COLUMN clinlims.analyte.is_active IS 'Flag indicating if the test is active';
COMMENT ON COLUMN clinlims.analyte.external_id IS 'External ID such as CAS #';
COMMENT ON COLUMN clinlims.analyzer.name IS 'Short name for analyzer';
COMMENT ON COLUMN clinlims.analyzer.machine_id IS 'id which uniquely matches a machine, descriminates between duplicate analyzers';
COMMENT ON COLUMN clinlims.analyzer.description IS 'analyzer description';
COMMENT ON COLUMN clinlims.analyzer.analyzer_type IS 'Type of analyzer: Mass Spec, HPLC, etc.';
COMMENT ON COLUMN clinlims.analyzer.is_active IS 'Flag indicating if the analyzer is active';
COMMENT ON COLUMN clinlims.analyzer.location IS 'Location of analyzer';
COMMENT ON TABLE clinlims.analyzer_results IS 'A holding table for analyzer results ';
COMMENT ON COLUMN clinlims.analyzer_results.analyzer_id IS 'Reference to analyzer table';
COMMENT ON COLUMN clinlims.analyzer_results.accession_number IS 'The display version of the accession number.  May be either the extended or normal accession number';
COMMENT ON COLUMN clinlims.analyzer_results.test_name IS 'The test name, if a mapping is found then the mapping will be used, if not then the analyzer test name will be useds';
COMMENT ON COLUMN clinlims.analyzer_results.result IS 'The result of the test, the meaning depends on the test itself';
COMMENT ON COLUMN clinlims.analyzer_results.units IS 'The units as sent from the analyzer';
COMMENT ON COLUMN clinlims.analyzer_results.status_id IS 'The status for the this analyzer result';
COMMENT ON COLUMN clinlims.analyzer_results.iscontrol IS 'Is this result a control';
COMMENT ON COLUMN clinlims.analyzer_results.read_only IS 'Is this result read only';
COMMENT ON COLUMN clinlims.analyzer_results.test_id IS 'Test this is result is mapped to';
COMMENT ON COLUMN clinlims.analyzer_results.duplicate_id IS 'Reference to another analyzer result with the same analyzer and analyzer test';
COMMENT ON COLUMN clinlims.analyzer_results.positive IS 'Is the test positive';
COMMENT ON COLUMN clinlims.analyzer_results.complete_date IS 'The time stamp for when the analyzsis was done';
COMMENT ON TABLE clinlims.analyzer_test_map IS 'Maps the analyzers names to the tests in database';
COMMENT ON COLUMN clinlims.analyzer_test_map.analyzer_id IS 'foriegn key to analyzer table';
COMMENT ON COLUMN clinlims.analyzer_test_map.analyzer_test_name IS 'The name the analyzer uses for the test';
COMMENT ON COLUMN clinlims.analyzer_test_map.test_id IS 'foriegn key to test table';
COMMENT ON COLUMN clinlims.animal_common_name.name IS 'Lists the animal common name';
COMMENT ON COLUMN clinlims.animal_scientific_name.id IS 'Sequential Number';
COMMENT ON COLUMN clinlims.animal_scientific_name.name IS 'May include Genus and Species';
COMMENT ON COLUMN clinlims.aux_data.sort_order IS 'The order the analytes (questions) are displayed';
COMMENT ON COLUMN clinlims.aux_data.is_reportable IS 'Flag indicating if this entry is reportable';
COMMENT ON COLUMN clinlims.aux_data.auxdata_type IS 'Type of value: Dictionary, Titer range, Number, Date, String';
COMMENT ON COLUMN clinlims.aux_data.value IS 'Actual value';
COMMENT ON COLUMN clinlims.aux_data.reference_id IS 'Link to record in table to which this entry pertains';
COMMENT ON COLUMN clinlims.aux_data.reference_table IS 'Link to table that this entry belongs to';
COMMENT ON COLUMN clinlims.aux_field.id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.aux_field.sort_order IS 'The order the analystes (questions) are displayed';
COMMENT ON COLUMN clinlims.aux_field.auxfld_type IS 'Type of field: Required...';
COMMENT ON COLUMN clinlims.aux_field.is_active IS 'Flag indicating is this entry is active';
COMMENT ON COLUMN clinlims.aux_field.is_reportable IS 'Default value to reportable flag';
COMMENT ON COLUMN clinlims.aux_field.reference_table IS 'Link to table in which this entity can be used.';
COMMENT ON COLUMN clinlims.aux_field_values.id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.aux_field_values.auxfldval_type IS 'Type of value: Dictionary, titer range, number, date, string';
COMMENT ON COLUMN clinlims.aux_field_values.value IS 'A permissible field value';
COMMENT ON COLUMN clinlims.contact_type.id IS 'sequential field';
COMMENT ON COLUMN clinlims.contact_type.description IS 'Can include such things as "Operator", "Accounting"';
COMMENT ON COLUMN clinlims.contact_type.ct_type IS 'Type code';
COMMENT ON COLUMN clinlims.contact_type.is_unique IS 'Indicates if only 1 of this contact type is allowed per organization';
COMMENT ON COLUMN clinlims.dictionary.is_active IS 'Flag indicating if the analyte is active';
COMMENT ON COLUMN clinlims.dictionary.dict_entry IS 'Finding, result, interpretation';
COMMENT ON COLUMN clinlims.dictionary.display_key IS 'Resource file lookup key for localization of displaying the name';
COMMENT ON COLUMN clinlims.dictionary_category.id IS 'A unique auto generated integer number assigned by database';
COMMENT ON COLUMN clinlims.dictionary_category.description IS 'Human readable description';
COMMENT ON COLUMN clinlims.district.dist_entry IS 'Finding, result, interpretation';
COMMENT ON TABLE clinlims.document_track IS 'Table to track operations on documents.  Expected use is for has a document of some been printed for a sample, qa_event etc';
COMMENT ON COLUMN clinlims.document_track.table_id IS 'The table to which the row_id references';
COMMENT ON COLUMN clinlims.document_track.row_id IS 'The particular record for which a document has been generated';
COMMENT ON COLUMN clinlims.document_track.document_type_id IS 'References the type of document which the record has been generated for';
COMMENT ON COLUMN clinlims.document_track.parent_id IS 'If the document has been generated more than once for this record then this will point to the previous record';
COMMENT ON COLUMN clinlims.document_track.report_generation_time IS 'When this report was generated';
COMMENT ON COLUMN clinlims.document_track.lastupdated IS 'Last time this record was updated';
COMMENT ON COLUMN clinlims.document_track.name IS 'The name of the report if there is more than one of the type';
COMMENT ON TABLE clinlims.document_type IS 'Table which describes document types to be tracked by document_track table';
COMMENT ON COLUMN clinlims.document_type.name IS 'The name of the document';
COMMENT ON COLUMN clinlims.document_type.description IS 'The description of the document';
COMMENT ON COLUMN clinlims.document_type.lastupdated IS 'Last time this record was updated';
COMMENT ON COLUMN clinlims.electronic_order.external_id IS 'An order ID assigned by another system (i.e. iSante) submitted electronically';
COMMENT ON COLUMN clinlims.electronic_order.patient_id IS 'The id and foreign key to the patient record for this electronic order';
COMMENT ON COLUMN clinlims.electronic_order.status_id IS 'The ID and foreign key to the status_of_sample table. Possible status (Entered, Cancelled, Realized)';
COMMENT ON COLUMN clinlims.electronic_order.order_timestamp IS 'Timestamp when the order was received';
COMMENT ON COLUMN clinlims.electronic_order.data IS 'The order in CLOB form';
COMMENT ON COLUMN clinlims.ethnicity.id IS 'Any code values in tables.';
COMMENT ON COLUMN clinlims.ethnicity.ethnic_type IS 'Ethnicity of Patient';
COMMENT ON COLUMN clinlims.gender.id IS 'A unique auto generated integer number assigned by database';
COMMENT ON COLUMN clinlims.gender.gender_type IS 'Gender code (M, F, U)';
COMMENT ON COLUMN clinlims.gender.description IS 'Human readable description';
COMMENT ON COLUMN clinlims.history.id IS 'Sequential number for audit records';
COMMENT ON COLUMN clinlims.history.sys_user_id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.history.reference_id IS 'Links to record in table to which this entry pertains';
COMMENT ON COLUMN clinlims.history.reference_table IS 'Link to table that this entity belongs to';
COMMENT ON COLUMN clinlims.history.timestamp IS 'Date of history record';
COMMENT ON COLUMN clinlims.history.activity IS 'U for update, D for delete';
COMMENT ON COLUMN clinlims.history.changes IS 'XML image of record prior to change';
COMMENT ON COLUMN clinlims.instrument.name IS 'Short name for instrument';
COMMENT ON COLUMN clinlims.instrument.description IS 'Instrument description';
COMMENT ON COLUMN clinlims.instrument.instru_type IS 'Type of instrument: Mass Spec, HPLC, etc.';
COMMENT ON COLUMN clinlims.instrument.is_active IS 'Flag indicating if the instrument is active';
COMMENT ON COLUMN clinlims.instrument.location IS 'Location of instrument';
COMMENT ON COLUMN clinlims.instrument_analyte.id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.instrument_analyte.method_id IS 'Sequential number';
COMMENT ON COLUMN clinlims.instrument_analyte.result_group IS 'A program generated group number';
COMMENT ON COLUMN clinlims.instrument_log.id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.instrument_log.instlog_type IS 'type of log entry: downtime, maintenance';
COMMENT ON COLUMN clinlims.instrument_log.event_begin IS 'date-time logged event started';
COMMENT ON COLUMN clinlims.instrument_log.event_end IS 'Date-time logged event ended';
COMMENT ON COLUMN clinlims.inventory_component.quantity IS 'Quantity of material required';
COMMENT ON COLUMN clinlims.inventory_item.name IS 'Unique Short Name for this item ie "Red Top Tube"';
COMMENT ON COLUMN clinlims.inventory_item.description IS 'Description of Item';
COMMENT ON COLUMN clinlims.inventory_item.quantity_min_level IS 'Minimum inventory level';
COMMENT ON COLUMN clinlims.inventory_item.quantity_max_level IS 'Maximum Inventory Level';
COMMENT ON COLUMN clinlims.inventory_item.quantity_to_reorder IS 'Amount to reorder';
COMMENT ON COLUMN clinlims.inventory_item.is_reorder_auto IS 'Flag indicating system should automatically reorder';
COMMENT ON COLUMN clinlims.inventory_item.is_lot_maintained IS 'Indicates if individual lot information is maintained for this item';
COMMENT ON COLUMN clinlims.inventory_item.is_active IS 'Indicates if this item is available for use.';
COMMENT ON COLUMN clinlims.inventory_item.average_lead_time IS 'Average lead time in days';
COMMENT ON COLUMN clinlims.inventory_item.average_cost IS 'Average cost per unit';
COMMENT ON COLUMN clinlims.inventory_item.average_daily_use IS 'Seasonally adjusted average usage per day';
COMMENT ON COLUMN clinlims.inventory_location.lot_number IS 'Lot number';
COMMENT ON COLUMN clinlims.inventory_location.quantity_onhand IS 'Number of units onhand';
COMMENT ON COLUMN clinlims.inventory_receipt.received_date IS 'Date and time item was received';
COMMENT ON COLUMN clinlims.inventory_receipt.quantity_received IS 'Number of units received';
COMMENT ON COLUMN clinlims.inventory_receipt.unit_cost IS 'Cost per unit item';
COMMENT ON COLUMN clinlims.inventory_receipt.qc_reference IS 'External QC reference number';
COMMENT ON COLUMN clinlims.inventory_receipt.external_reference IS 'External reference to purchase order, invoice number.';
COMMENT ON TABLE clinlims.lab_order_item IS 'Association table between lab order type and the thing they affect';
COMMENT ON COLUMN clinlims.lab_order_item.lab_order_type_id IS 'The lab order type this refers to';
COMMENT ON COLUMN clinlims.lab_order_item.table_ref IS 'If the thing it refers to is a db object what table is it in';
COMMENT ON COLUMN clinlims.lab_order_item.record_id IS 'If the thing it refers to is a db object what record in the table is it';
COMMENT ON COLUMN clinlims.lab_order_item.identifier IS 'If this is not a db object then another way to identify it.  could be a class name on a form';
COMMENT ON COLUMN clinlims.lab_order_item.action IS 'What should happen if this is in a lab order type';
COMMENT ON TABLE clinlims.lab_order_type IS 'If lab differentiates based on the type of order i.e. first visit, follow-up.  The types are defined here';
COMMENT ON COLUMN clinlims.lab_order_type.domain IS 'Refers to Human, Environmental, New born etc';
COMMENT ON COLUMN clinlims.lab_order_type.type IS 'The lab order type i.e. first visit, follow-up etc';
COMMENT ON COLUMN clinlims.lab_order_type.context IS 'What is the context that this type is significant. i.e. Sample Entry, confirmation entry';
COMMENT ON COLUMN clinlims.lab_order_type.sort_order IS 'What is the order when displayed to the user';
COMMENT ON COLUMN clinlims.lab_order_type.display_key IS 'Localization information.  Match found in MessageResource.properties';
COMMENT ON COLUMN clinlims.login_user.login_name IS 'User LOGIN_NAME from SYSTEM_USER table';
COMMENT ON COLUMN clinlims.login_user.password IS 'User password';
COMMENT ON COLUMN clinlims.login_user.password_expired_dt IS 'Password expiration date';
COMMENT ON COLUMN clinlims.login_user.account_locked IS 'Account locked (Y/N)';
COMMENT ON COLUMN clinlims.login_user.account_disabled IS 'Account disabled (Y/N)';
COMMENT ON COLUMN clinlims.login_user.is_admin IS 'Indicates if this user is administrator (Y/N)';
COMMENT ON COLUMN clinlims.login_user.user_time_out IS 'User session time out in minute';
COMMENT ON TABLE clinlims.menu IS 'Table for menuing system';
COMMENT ON COLUMN clinlims.menu.id IS 'primary key';
COMMENT ON COLUMN clinlims.menu.parent_id IS 'If this is a submenu then the parent menu id';
COMMENT ON COLUMN clinlims.menu.presentation_order IS 'For top level menus the order across the page for sub menu the order in the popup menu.  If there is a collision then the order is alphebetical';
COMMENT ON COLUMN clinlims.menu.element_id IS 'The element id in the context of HTML.';
COMMENT ON COLUMN clinlims.menu.action_url IS 'If clicking on the element moves to a new page, the url of that page';
COMMENT ON COLUMN clinlims.menu.click_action IS 'If clicking on the element calls javascript then the javascript call';
COMMENT ON COLUMN clinlims.menu.display_key IS 'The message key for what will be displayed in the menu';
COMMENT ON COLUMN clinlims.menu.tool_tip_key IS 'The message key for the tool-tip';
COMMENT ON COLUMN clinlims.menu.new_window IS 'If true the menu action will be done in a new window';
COMMENT ON COLUMN clinlims.method.id IS 'Sequential number';
COMMENT ON COLUMN clinlims.method.name IS 'Sort name for method';
COMMENT ON COLUMN clinlims.method.description IS 'Description for Method';
COMMENT ON COLUMN clinlims.method.reporting_description IS 'Description that appears on reports';
COMMENT ON COLUMN clinlims.method.is_active IS 'Flag indicating if the test is active';
COMMENT ON COLUMN clinlims.method.active_begin IS 'Date test was moved into production';
COMMENT ON COLUMN clinlims.method.active_end IS 'Date test was removed from production';
COMMENT ON COLUMN clinlims.method_analyte.method_id IS 'Sequential number';
COMMENT ON COLUMN clinlims.method_analyte.result_group IS 'a program generated group (sequence) number';
COMMENT ON COLUMN clinlims.method_analyte.sort_order IS 'The order the analytes are displayed (sort order)';
COMMENT ON COLUMN clinlims.method_analyte.ma_type IS 'type of analyte';
COMMENT ON COLUMN clinlims.method_result.result_group IS 'The method analyte result group number';
COMMENT ON COLUMN clinlims.method_result.flags IS 'A string of 1 character codes: Positive, Reportable';
COMMENT ON COLUMN clinlims.method_result.methres_type IS 'Type of parameter: Dictionary, Titer-range, Number-range, date';
COMMENT ON COLUMN clinlims.method_result.value IS 'A possible result value based on type';
COMMENT ON COLUMN clinlims.method_result.quant_limit IS 'Quantitation Limit (if any)';
COMMENT ON COLUMN clinlims.method_result.cont_level IS 'Contaminant level (if any)';
COMMENT ON COLUMN clinlims.mls_lab_type.id IS 'Sequential ID';
COMMENT ON COLUMN clinlims.mls_lab_type.description IS 'Used to define MLS lab types including Level A, Urine, Virology';
COMMENT ON COLUMN clinlims.note.sys_user_id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.note.reference_id IS 'Link to record in table to which this entry pertains.';
COMMENT ON COLUMN clinlims.note.reference_table IS 'Link to table that this entity belongs to';
COMMENT ON COLUMN clinlims.note.note_type IS 'Type of comment such as external, internal';
COMMENT ON COLUMN clinlims.note.subject IS 'Comment subject';
COMMENT ON TABLE clinlims.observation_history IS 'defines the answer at the time of a interview (with sample) to a demographic question.';
COMMENT ON COLUMN clinlims.observation_history.id IS 'primary key';
COMMENT ON COLUMN clinlims.observation_history.patient_id IS 'FK linking this information to a patient';
COMMENT ON COLUMN clinlims.observation_history.sample_id IS 'FK linking this information to a sample (and a collection date).';
COMMENT ON COLUMN clinlims.observation_history.observation_history_type_id IS 'FK to type table to define what is contained in the value column';
COMMENT ON COLUMN clinlims.observation_history.value_type IS 'L=local or literal, a value right here in the history table. D=Defined/Dictionary, the value is a foreign key to the Dictionary table. For multiple choice questions with fixed answers.';
COMMENT ON COLUMN clinlims.observation_history.value IS 'either a literal value for this demo. type, or a Foreign key to dictionary';
COMMENT ON COLUMN clinlims.observation_history.sample_item_id IS 'Optional refereence to sample item';
COMMENT ON TABLE clinlims.observation_history_type IS 'defines the possible classes of values allowed in the demo. history table.';
COMMENT ON COLUMN clinlims.observation_history_type.id IS 'primary key';
COMMENT ON COLUMN clinlims.observation_history_type.type_name IS 'a short tag (1 word) for this type. What was asked "Gender", "HIVPositive" etc.';
COMMENT ON COLUMN clinlims.observation_history_type.description IS 'a long description of this type.';
COMMENT ON COLUMN clinlims.observation_history_type.lastupdated IS 'the last time this item was written to the database.';
COMMENT ON COLUMN clinlims.order_item.quantity_requested IS 'Quantity requested by organization';
COMMENT ON COLUMN clinlims.order_item.quantity_received IS 'Quantity received';
COMMENT ON COLUMN clinlims.orders.org_id IS 'Sequential Numbering Field';
COMMENT ON COLUMN clinlims.orders.sys_user_id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.orders.neededby_date IS 'Date-time the order must be received by client';
COMMENT ON COLUMN clinlims.orders.requested_by IS 'Name of person/entity who placed the order';
COMMENT ON COLUMN clinlims.orders.cost_center IS 'Entity or project the order will be charged against';
COMMENT ON COLUMN clinlims.orders.shipping_type IS 'Type of shipping such as: Air, ground, First Class, Bulk....';
COMMENT ON COLUMN clinlims.orders.shipping_carrier IS 'Company used for shipping: UPS, FedEx, USPS...';
COMMENT ON COLUMN clinlims.orders.shipping_cost IS 'Shipping Cost';
COMMENT ON COLUMN clinlims.orders.delivered_date IS 'Date-time shipment received by client (including us)';
COMMENT ON COLUMN clinlims.orders.is_external IS 'Indicates if current order will be filled by an external vendor';
COMMENT ON COLUMN clinlims.orders.external_order_number IS 'External order number';
COMMENT ON COLUMN clinlims.orders.is_filled IS 'Flag indicating if the order has been filled';
COMMENT ON TABLE clinlims.org_hl7_encoding_type IS 'mapping table to identify which organization uses which hly encoding schema';
COMMENT ON COLUMN clinlims.org_mls_lab_type.org_id IS 'foreign key from organization table';
COMMENT ON COLUMN clinlims.org_mls_lab_type.mls_lab_id IS 'foreign key from MLS lab type table';
COMMENT ON COLUMN clinlims.organization.id IS 'Sequential Numbering Field';
COMMENT ON COLUMN clinlims.organization.name IS 'The full name of an organization';
COMMENT ON COLUMN clinlims.organization.city IS 'City';
COMMENT ON COLUMN clinlims.organization.zip_code IS 'Zip code';
COMMENT ON COLUMN clinlims.organization.mls_sentinel_lab_flag IS 'Yes or No field indicating that the submitter is an Minnesota Laboratory System Lab';
COMMENT ON COLUMN clinlims.organization.org_id IS 'Sequential Numbering Field';
COMMENT ON COLUMN clinlims.organization.short_name IS 'A shortened or abbreviated name of an organization. For example "BCBSM" is the short name for Blue Cross Blue Shield Minnesota';
COMMENT ON COLUMN clinlims.organization.multiple_unit IS 'Apartment number or unit information';
COMMENT ON COLUMN clinlims.organization.street_address IS 'Street address for this organization';
COMMENT ON COLUMN clinlims.organization.state IS 'State or Province';
COMMENT ON COLUMN clinlims.organization.internet_address IS 'A uniform resource locator (URL), ie a website address assigned to an entity or pager.';
COMMENT ON COLUMN clinlims.organization.clia_num IS 'Clinical Laboratory Improvement Amendments number';
COMMENT ON COLUMN clinlims.organization.pws_id IS 'Public water supply id (SDWIS)';
COMMENT ON COLUMN clinlims.organization.code IS 'The code for this organization';
COMMENT ON TABLE clinlims.organization_address IS 'Join table between address parts and an organization';
COMMENT ON COLUMN clinlims.organization_address.organization_id IS 'The id of the organization who this address is attached to';
COMMENT ON COLUMN clinlims.organization_address.address_part_id IS 'The id of the address part for which we have a value';
COMMENT ON COLUMN clinlims.organization_address.type IS 'The type of the value, either D for dictionary or T for text';
COMMENT ON COLUMN clinlims.organization_address.value IS 'The actual value for this part of the address';
COMMENT ON TABLE clinlims.organization_contact IS 'A join table between organizations and persons';
COMMENT ON COLUMN clinlims.organization_contact.id IS 'Unique key for each row';
COMMENT ON COLUMN clinlims.organization_contact.organization_id IS 'The id of the organization being referred to';
COMMENT ON COLUMN clinlims.organization_contact.person_id IS 'The id of the person being referred to';
COMMENT ON COLUMN clinlims.organization_contact.position IS 'The position of the person within the organization';
COMMENT ON TABLE clinlims.organization_organization_type IS 'many to many mapping table between organization and orginaztion type';
COMMENT ON TABLE clinlims.organization_type IS 'The type of an organization.  Releationship will be many to many';
COMMENT ON COLUMN clinlims.organization_type.short_name IS 'The name to be displayed in when organization type is to be associated with an organization';
COMMENT ON COLUMN clinlims.organization_type.description IS 'Optional longer description of the type';
COMMENT ON COLUMN clinlims.organization_type.name_display_key IS 'Resource file lookup key for localization of displaying the name';
COMMENT ON COLUMN clinlims.panel.display_key IS 'Resource file lookup key for localization of displaying the name';
COMMENT ON COLUMN clinlims.panel.is_active IS 'Is this panel currently active';
COMMENT ON COLUMN clinlims.panel_item.sort_order IS 'The order the tests are displayed (sort order)';
COMMENT ON COLUMN clinlims.panel_item.test_local_abbrev IS 'Short test name';
COMMENT ON COLUMN clinlims.panel_item.method_name IS 'Short method name';
COMMENT ON COLUMN clinlims.patient.race IS 'A string of 1 character race code(s)';
COMMENT ON COLUMN clinlims.patient.gender IS 'A one character gender code';
COMMENT ON COLUMN clinlims.patient.birth_date IS 'Date of birth';
COMMENT ON COLUMN clinlims.patient.birth_time IS 'Time of birth for newborn patients';
COMMENT ON COLUMN clinlims.patient.death_date IS 'Date of death if unexplained illness or death';
COMMENT ON COLUMN clinlims.patient.national_id IS 'National Patient ID or SSN';
COMMENT ON COLUMN clinlims.patient.medicare_id IS 'Medicare Number';
COMMENT ON COLUMN clinlims.patient.medicaid_id IS 'Medicaid Number';
COMMENT ON COLUMN clinlims.patient.entered_birth_date IS 'Persons birthdate may not be known and it will be entered with XX for date and/or month';
COMMENT ON COLUMN clinlims.patient_relations.relation IS 'Type of relation (mother to child, parent to child, sibling)';
COMMENT ON COLUMN clinlims.person.last_name IS 'Last name';
COMMENT ON COLUMN clinlims.person.first_name IS 'Person Name';
COMMENT ON COLUMN clinlims.person.middle_name IS 'Middle Name';
COMMENT ON COLUMN clinlims.person.multiple_unit IS 'Designates a specific part of a building, such as "APT 212"';
COMMENT ON TABLE clinlims.person_address IS 'Join table between address parts and a person';
COMMENT ON COLUMN clinlims.person_address.person_id IS 'The id of the person who this address is attached to';
COMMENT ON COLUMN clinlims.person_address.address_part_id IS 'The id of the address part for which we have a value';
COMMENT ON COLUMN clinlims.person_address.type IS 'The type of the value, either D for dictionary or T for text';
COMMENT ON COLUMN clinlims.person_address.value IS 'The actual value for this part of the address';
COMMENT ON COLUMN clinlims.program.name IS 'EPI PROGRAM NAME';
COMMENT ON COLUMN clinlims.project.id IS 'Sequential number assigned by sequence';
COMMENT ON COLUMN clinlims.project.name IS 'Short name of Project';
COMMENT ON COLUMN clinlims.project.sys_user_id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.project.description IS 'Description of Project';
COMMENT ON COLUMN clinlims.project.started_date IS 'Start date of project';
COMMENT ON COLUMN clinlims.project.completed_date IS 'End date of project';
COMMENT ON COLUMN clinlims.project.is_active IS 'Flag indicating if project is active';
COMMENT ON COLUMN clinlims.project.reference_to IS 'External reference information such as Grant number, contract number or purchase order number associated with this project.';
COMMENT ON COLUMN clinlims.project.display_key IS 'Resource file lookup key for localization of displaying the name';
COMMENT ON TABLE clinlims.project_organization IS 'many to many mapping table between project and organization';
COMMENT ON COLUMN clinlims.project_parameter.projparam_type IS 'Type of parameter: apply-parameter or search-parameter';
COMMENT ON COLUMN clinlims.project_parameter.operation IS 'Operation to be performed: =, <, <=, >, >=,in,!=';
COMMENT ON COLUMN clinlims.project_parameter.value IS 'Query or Set value';
COMMENT ON COLUMN clinlims.provider.npi IS 'Unique National Provider ID';
COMMENT ON COLUMN clinlims.provider.external_id IS 'National/Local provider reference number such as UPIN or MINC#NIMC';
COMMENT ON COLUMN clinlims.provider.provider_type IS 'Type of Provider (physician, nurse)';
COMMENT ON COLUMN clinlims.qa_event.name IS 'Short Name';
COMMENT ON COLUMN clinlims.qa_event.description IS 'Description of the QA event';
COMMENT ON COLUMN clinlims.qa_event.is_billable IS 'Indicates if analysis with this QA Event is billable';
COMMENT ON COLUMN clinlims.qa_event.reporting_sequence IS 'An overall number that orders the print sequence';
COMMENT ON COLUMN clinlims.qa_event.test_id IS 'Reported/printed text';
COMMENT ON COLUMN clinlims.qa_event.display_key IS 'Resource file lookup key for localization of displaying the name';
COMMENT ON TABLE clinlims.qa_observation IS 'The observation that are about sample/analysis qa_events.  Does not include data about the sample';
COMMENT ON COLUMN clinlims.qa_observation.observed_id IS 'The row id for either sample_qaEvent or analysis_qaEvent';
COMMENT ON COLUMN clinlims.qa_observation.observed_type IS 'One of ANALYSIS or SAMPLE';
COMMENT ON COLUMN clinlims.qa_observation.qa_observation_type_id IS 'The type of observation this is';
COMMENT ON COLUMN clinlims.qa_observation.value_type IS 'Dictionary, literal or localization key, D, L, K';
COMMENT ON COLUMN clinlims.qa_observation.value IS 'The actual value';
COMMENT ON TABLE clinlims.qa_observation_type IS 'The types of observation that are about sample/analysis qa_events ';
COMMENT ON COLUMN clinlims.qc.sys_user_id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.qc.name IS 'Descriptive QC name: Positive control for CHL';
COMMENT ON COLUMN clinlims.qc.source IS 'Name of supplier such as company or in-house';
COMMENT ON COLUMN clinlims.qc.lot_number IS 'Lot number';
COMMENT ON COLUMN clinlims.qc.prepared_date IS 'Date QC was prepared';
COMMENT ON COLUMN clinlims.qc.prepared_volume IS 'Amount prepared';
COMMENT ON COLUMN clinlims.qc.usable_date IS 'Cannot be used before this date';
COMMENT ON COLUMN clinlims.qc.expire_date IS 'Cannot be used after this date';
COMMENT ON COLUMN clinlims.qc_analytes.qcanaly_type IS 'Type of value: dictionary, titer range, number range, true value';
COMMENT ON COLUMN clinlims.qc_analytes.value IS 'Min max,, true value & % if type is any range';
COMMENT ON TABLE clinlims.quartz_cron_scheduler IS 'Sets up the quartz scheduler for cron jobs';
COMMENT ON COLUMN clinlims.quartz_cron_scheduler.id IS 'Id for this schedule';
COMMENT ON COLUMN clinlims.quartz_cron_scheduler.cron_statement IS 'The cron statement for when the job should run. N.B. the default is not a valid cron expression';
COMMENT ON COLUMN clinlims.quartz_cron_scheduler.last_run IS 'The last time this job was run';
COMMENT ON COLUMN clinlims.quartz_cron_scheduler.active IS 'True if the schedule is active, false if it is suspended';
COMMENT ON COLUMN clinlims.quartz_cron_scheduler.run_if_past IS 'True if the job should be run if the application is started after the run time and it has not run yet that day';
COMMENT ON COLUMN clinlims.quartz_cron_scheduler.name IS 'The name for this job';
COMMENT ON COLUMN clinlims.quartz_cron_scheduler.job_name IS 'The internal job name, should not be editible by end user';
COMMENT ON COLUMN clinlims.quartz_cron_scheduler.display_key IS 'The localized name for this job';
COMMENT ON COLUMN clinlims.reference_tables.name IS 'Name of table or module';
COMMENT ON TABLE clinlims.referral IS 'Tracks referrals made to and from the lab.  If referrals should be attached to samples add another column for sample and edit this comment';
COMMENT ON COLUMN clinlims.referral.analysis_id IS 'The analysis which will be duplicated at other lab when refering out or which will be be done at this lab when referred in.  ';
COMMENT ON COLUMN clinlims.referral.organization_id IS 'The organization the sample was sent to or from';
COMMENT ON COLUMN clinlims.referral.organization_name IS 'The organiztion the sample was sent to or from, if busness rules allow them not to be in the organization table';
COMMENT ON COLUMN clinlims.referral.send_ready_date IS 'The date the referral out results are ready to be sent';
COMMENT ON COLUMN clinlims.referral.sent_date IS 'The date the referral out results are actually sent';
COMMENT ON COLUMN clinlims.referral.result_recieved_date IS 'If this was a referral out then the date the results were recieved from the external lab';
COMMENT ON COLUMN clinlims.referral.referral_reason_id IS 'Why was this referral done';
COMMENT ON COLUMN clinlims.referral.requester_name IS 'The name of the person who requested that the referral be done';
COMMENT ON COLUMN clinlims.referral.referral_request_date IS 'The date the referral request was made';
COMMENT ON TABLE clinlims.referral_reason IS 'The reason a referral was made to or from the lab';
COMMENT ON COLUMN clinlims.referral_reason.name IS 'The name of the reason, default value displayed to user if no display_key value';
COMMENT ON COLUMN clinlims.referral_reason.description IS 'Clarification of the reason';
COMMENT ON COLUMN clinlims.referral_reason.display_key IS 'Key for localization files to display locale appropriate reasons';
COMMENT ON TABLE clinlims.referral_result IS 'A referral may have one or more results';
COMMENT ON COLUMN clinlims.referral_result.referral_id IS 'The referral for which this is a result. May be one to many';
COMMENT ON COLUMN clinlims.referral_result.test_id IS 'When the referral lab reported the results back';
COMMENT ON COLUMN clinlims.referral_result.result_id IS 'The result returned by the referral lab';
COMMENT ON TABLE clinlims.referral_type IS 'The type of referral. i.e. a referral into the lab or a referral out of the lab';
COMMENT ON COLUMN clinlims.referral_type.name IS 'The name of the type, default value displayed to user if no display_key value';
COMMENT ON COLUMN clinlims.referral_type.description IS 'Clarification of the type';
COMMENT ON COLUMN clinlims.referral_type.display_key IS 'Key for localization files to display locale appropriate types';
COMMENT ON COLUMN clinlims.region.id IS 'Sequential Number';
COMMENT ON COLUMN clinlims.region.region IS 'Epidemiology Region Description used for MLS';
COMMENT ON TABLE clinlims.report_external_export IS 'Table for holding aggregated results to be sent to an external application';
COMMENT ON COLUMN clinlims.report_external_export.id IS 'primary key';
COMMENT ON COLUMN clinlims.report_external_export.event_date IS 'The date for which the information was collected.  Granularity assumed to be one day';
COMMENT ON COLUMN clinlims.report_external_export.collection_date IS 'The date on which the information was collected.';
COMMENT ON COLUMN clinlims.report_external_export.sent_date IS 'The date which the data was successfully sent';
COMMENT ON COLUMN clinlims.report_external_export.type IS 'The type of report this is';
COMMENT ON COLUMN clinlims.report_external_export.data IS 'Formated data.  May be either JASON or xml.  Many datapoints per row';
COMMENT ON COLUMN clinlims.report_external_export.lastupdated IS 'The last time the row was updated for any reason';
COMMENT ON COLUMN clinlims.report_external_export.send_flag IS 'The data is ready to be sent.  It may have already been sent once';
COMMENT ON COLUMN clinlims.report_external_export.bookkeeping IS 'Data which the application will need to record that this document has been sent';
COMMENT ON TABLE clinlims.report_external_import IS 'Table for holding aggregated results sent by an external application';
COMMENT ON COLUMN clinlims.report_external_import.id IS 'primary key';
COMMENT ON COLUMN clinlims.report_external_import.sending_site IS 'The site which is sending the info';
COMMENT ON COLUMN clinlims.report_external_import.event_date IS 'The date for which the information was collected.  Granularity assumed to be one day';
COMMENT ON COLUMN clinlims.report_external_import.recieved_date IS 'The date which the data was received';
COMMENT ON COLUMN clinlims.report_external_import.type IS 'The type of report this is';
COMMENT ON COLUMN clinlims.report_external_import.data IS 'Formated data.  May be either JASON or xml.  Many datapoints per row';
COMMENT ON COLUMN clinlims.report_external_import.lastupdated IS 'The last time the row was updated for any reason';
COMMENT ON TABLE clinlims.requester_type IS 'The types of entities which can request test.  This table will be used by sample_requester so the type should map to table';
COMMENT ON COLUMN clinlims.requester_type.requester_type IS 'The type. i.e. organization or provider';
COMMENT ON COLUMN clinlims.result.analysis_id IS 'Sequential number';
COMMENT ON COLUMN clinlims.result.sort_order IS 'The order the results are displayed (sort order)';
COMMENT ON COLUMN clinlims.result.is_reportable IS 'Indicates if the result is reportable.';
COMMENT ON COLUMN clinlims.result.result_type IS 'Type of result: Dictionary, titer, number, date';
COMMENT ON COLUMN clinlims.result.value IS 'Actual result value.';
COMMENT ON COLUMN clinlims.result.min_normal IS 'The min normal value for this result. (May vary by patient sex and age)';
COMMENT ON COLUMN clinlims.result.max_normal IS 'The max normal value for this result. (May vary by patient sex and age)';
COMMENT ON COLUMN clinlims.result.parent_id IS 'The id of the result that this result is dependent on';
COMMENT ON COLUMN clinlims.result.significant_digits IS 'Significant digits for results at the time the results were entered';
COMMENT ON COLUMN clinlims.result.grouping IS 'When an analysis has more then one set of results this groups them';
COMMENT ON TABLE clinlims.result_inventory IS 'Table to link analyte, inventory_items and results.  This is to tie a specific test kit to HIV or syphilis test result.';
COMMENT ON COLUMN clinlims.result_inventory.inventory_location_id IS 'The specific identifiable inventory.  For Haiti this should be a test kit in inventory';
COMMENT ON COLUMN clinlims.result_inventory.result_id IS 'The result which is tied to the inventory';
COMMENT ON COLUMN clinlims.result_inventory.description IS 'The description of inventory the result refers to.';
COMMENT ON TABLE clinlims.result_limits IS 'This is a mainly read only table for normal and valid limits for given tests.  Currently it assumes that only age and gender matter.  If more criteria matter then refactor';
COMMENT ON COLUMN clinlims.result_limits.test_id IS 'Refers to the test table, this is additional information';
COMMENT ON COLUMN clinlims.result_limits.test_result_type_id IS 'The data type of the results';
COMMENT ON COLUMN clinlims.result_limits.min_age IS 'Should be null or less than max age';
COMMENT ON COLUMN clinlims.result_limits.max_age IS 'Should be null or greater than min age';
COMMENT ON COLUMN clinlims.result_limits.gender IS 'Should be F or M or null if gender is not a criteria';
COMMENT ON COLUMN clinlims.result_limits.low_normal IS 'Low end of normal range';
COMMENT ON COLUMN clinlims.result_limits.high_normal IS 'High end of the normal range';
COMMENT ON COLUMN clinlims.result_limits.low_valid IS 'Low end of the valid range, any result value lower should be considered suspect';
COMMENT ON COLUMN clinlims.result_limits.high_valid IS 'high end of the valid range, any result value higher should be considered suspect';
COMMENT ON COLUMN clinlims.result_limits.normal_dictionary_id IS 'Reference to the dictionary value which is normal for test';
COMMENT ON COLUMN clinlims.result_limits.always_validate IS 'Is further validation always required no matter what the results';
COMMENT ON TABLE clinlims.result_signature IS 'This matches the person who signed the result form with the result.';
COMMENT ON COLUMN clinlims.result_signature.result_id IS 'The result which is being signed';
COMMENT ON COLUMN clinlims.result_signature.system_user_id IS 'The signer of the result';
COMMENT ON COLUMN clinlims.result_signature.is_supervisor IS 'Is the signer a supervisor';
COMMENT ON COLUMN clinlims.result_signature.non_user_name IS 'For signers that are not systemUsers';
COMMENT ON COLUMN clinlims.sample.status_id IS 'foriegn key to status of analysis ';
COMMENT ON COLUMN clinlims.sample.referring_id IS 'The external number supplied the referrer.  AKA Order number';
COMMENT ON COLUMN clinlims.sample_animal.sci_name_id IS 'Sequential Number';
COMMENT ON COLUMN clinlims.sample_animal.sampling_location IS 'Sampling location - name of farm';
COMMENT ON COLUMN clinlims.sample_animal.collector IS 'Person collecting sample';
COMMENT ON COLUMN clinlims.sample_animal.samp_id IS 'MDH Specimen Number';
COMMENT ON COLUMN clinlims.sample_animal.street_address IS 'Address of animal';
COMMENT ON COLUMN clinlims.sample_domain.id IS 'A unique auto generated integer number assigned by the database.';
COMMENT ON COLUMN clinlims.sample_domain.domain_description IS 'Type of sample this can be applied to:environ, human, animal, rabies, bt, newborn.';
COMMENT ON COLUMN clinlims.sample_domain.domain IS 'Code for description: E-Environmental, A-Animal, C-Clinical';
COMMENT ON COLUMN clinlims.sample_environmental.samp_id IS 'MDH Specimen Number';
COMMENT ON COLUMN clinlims.sample_environmental.lot_nbr IS 'If sample is unopened package of food then include the lot number from the package';
COMMENT ON COLUMN clinlims.sample_environmental.description IS 'Additional description field for sample attributes.';
COMMENT ON COLUMN clinlims.sample_environmental.zip_code IS 'Zip +4 code';
COMMENT ON COLUMN clinlims.sample_environmental.collector IS 'Person collecting the sample';
COMMENT ON COLUMN clinlims.sample_environmental.sampling_location IS 'Sampling location - name of restaurant, store, farm';
COMMENT ON COLUMN clinlims.sample_human.samp_id IS 'MDH Specimen Number';
COMMENT ON COLUMN clinlims.sample_item.id IS 'Sample source write in if not already defined';
COMMENT ON COLUMN clinlims.sample_item.sort_order IS 'Sample items unique sequence number for this sample';
COMMENT ON COLUMN clinlims.sample_item.sampitem_id IS 'Sample source write in if not already defined';
COMMENT ON COLUMN clinlims.sample_item.samp_id IS 'MDH Specimen Number';
COMMENT ON COLUMN clinlims.sample_item.source_id IS 'A unique auto generated integer number assigned by the database.';
COMMENT ON COLUMN clinlims.sample_item.typeosamp_id IS 'A unique auto generated integer number assigned by the database';
COMMENT ON COLUMN clinlims.sample_item.source_other IS 'Sample source write in if not already defined';
COMMENT ON COLUMN clinlims.sample_item.quantity IS 'Amount of sample';
COMMENT ON COLUMN clinlims.sample_item.external_id IS 'An external id that may have been attached to the sample item before it came to the lab';
COMMENT ON COLUMN clinlims.sample_item.collection_date IS 'The date this sample_item was collected or seperated from other part of sample';
COMMENT ON COLUMN clinlims.sample_item.status_id IS 'The status of this sample item';
COMMENT ON COLUMN clinlims.sample_item.collector IS 'The name of the person who collected the sample';
COMMENT ON COLUMN clinlims.sample_organization.org_id IS 'Sequential Numbering Field';
COMMENT ON COLUMN clinlims.sample_organization.samp_id IS 'MDH Specimen Number';
COMMENT ON COLUMN clinlims.sample_organization.samp_org_type IS 'Type of organization: Primary, Secondary, Billing';
COMMENT ON COLUMN clinlims.sample_projects.samp_id IS 'MDH Specimen Number';
COMMENT ON COLUMN clinlims.sample_projects.proj_id IS 'Sequential number assigned by sequence';
COMMENT ON COLUMN clinlims.sample_projects.is_permanent IS 'Indicates if project is assigned to this sample permanently (Y/N)';
COMMENT ON COLUMN clinlims.sample_qaevent.sampleitem_id IS 'If the qaevent refers to a sampleitem of the sample use this column';
COMMENT ON TABLE clinlims.sample_requester IS 'Links a sample to the entity which requested it';
COMMENT ON COLUMN clinlims.sample_requester.sample_id IS 'The sample';
COMMENT ON COLUMN clinlims.sample_requester.requester_id IS 'The requester_id.  The exact table row depends on the requester type';
COMMENT ON COLUMN clinlims.sample_requester.requester_type_id IS 'The type from the requester_type table';
COMMENT ON COLUMN clinlims.scriptlet.name IS 'Script name';
COMMENT ON COLUMN clinlims.scriptlet.code_type IS 'Flag indicating type of script code : Java, Basic, PLSQL';
COMMENT ON COLUMN clinlims.scriptlet.lastupdated IS 'Body of Source Code';
COMMENT ON TABLE clinlims.site_information IS 'Information about a specific installation at a site, seperate from an implimentation';
COMMENT ON COLUMN clinlims.site_information.name IS 'Name by which this information will be found';
COMMENT ON COLUMN clinlims.site_information.description IS 'Clarification of the name';
COMMENT ON COLUMN clinlims.site_information.value IS 'Value for the named information';
COMMENT ON COLUMN clinlims.site_information.encrypted IS 'Is the value an encrypted value.  Used for passwords';
COMMENT ON COLUMN clinlims.site_information.value_type IS 'The type of value which can be specified for the value. Currently either ''boolean'',''text'' or ''dictionary''';
COMMENT ON COLUMN clinlims.site_information.instruction_key IS 'The key in Message_Resource which give the user the text for the meaning and consequences of the information';
COMMENT ON COLUMN clinlims.site_information."group" IS 'If items should be grouped together when displaying they should have the same group number';
COMMENT ON COLUMN clinlims.site_information.schedule_id IS 'quartz_cron_scheduler id if the item is associated with a scheduler ';
COMMENT ON COLUMN clinlims.site_information.tag IS 'A tag to help determine how the information should be used';
COMMENT ON COLUMN clinlims.site_information.dictionary_category_id IS 'Value of the dictionary category if the type of record is dictionary';
COMMENT ON TABLE clinlims.site_information_domain IS 'Marks the domains to which site information belongs.  Intended use is administration pages';
COMMENT ON COLUMN clinlims.source_of_sample.id IS 'A unique auto generated integer number assigned by the database.';
COMMENT ON COLUMN clinlims.source_of_sample.description IS 'Description such as left ear, right hand, kitchen sink.';
COMMENT ON COLUMN clinlims.source_of_sample.domain IS 'Type of sample this can be applied to: Environ, Animal, Clinical';
COMMENT ON COLUMN clinlims.state_code.code IS 'State abbreviation';
COMMENT ON COLUMN clinlims.state_code.description IS 'State Name';
COMMENT ON COLUMN clinlims.status_of_sample.is_active IS 'Either Y or N';
COMMENT ON COLUMN clinlims.storage_location.sort_order IS 'The sequence order of this item; sort order used for display';
COMMENT ON COLUMN clinlims.storage_location.name IS 'Name of unit: Virology Fridge #1';
COMMENT ON COLUMN clinlims.storage_location.location IS 'Location of storage';
COMMENT ON COLUMN clinlims.storage_location.is_available IS 'Indicates if storage is available for use.';
COMMENT ON COLUMN clinlims.storage_unit.category IS 'type of storage unit: box, fridge, shelf, tube';
COMMENT ON COLUMN clinlims.storage_unit.description IS 'Description of unit: 10 mL tube, 5 shelf fridge.';
COMMENT ON COLUMN clinlims.storage_unit.is_singular IS 'Y, N flag indicating if this unit can contain more than one item.';
COMMENT ON COLUMN clinlims.system_module.name IS 'Name of security module';
COMMENT ON COLUMN clinlims.system_module.description IS 'Description for this security module';
COMMENT ON COLUMN clinlims.system_module.has_select_flag IS 'Flag indicating if this module can be assigned to a user';
COMMENT ON COLUMN clinlims.system_module.has_add_flag IS 'Flag indicating if this module has add capability';
COMMENT ON COLUMN clinlims.system_module.has_update_flag IS 'Flag indicating if this module has update capability';
COMMENT ON COLUMN clinlims.system_module.has_delete_flag IS 'Flag indicating if this module has delete capability';
COMMENT ON TABLE clinlims.system_role IS 'Describes the roles a user may have.  ';
COMMENT ON COLUMN clinlims.system_role.name IS 'The name of the role, this is how it will appear to the user';
COMMENT ON COLUMN clinlims.system_role.description IS 'Notes about the role';
COMMENT ON COLUMN clinlims.system_role.is_grouping_role IS 'Indicates that this role is only for grouping other roles.  It should not have modules assigned to it';
COMMENT ON COLUMN clinlims.system_role.grouping_parent IS 'Should only refer to a grouping role';
COMMENT ON COLUMN clinlims.system_role.display_key IS 'key for localizing dropdown lists';
COMMENT ON COLUMN clinlims.system_role.active IS 'Is this role active for this installation';
COMMENT ON COLUMN clinlims.system_role.editable IS 'Is this a role that can be de/activated by the user';
COMMENT ON COLUMN clinlims.system_user.id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.system_user.external_id IS 'External ID such as employee number or external system ID.';
COMMENT ON COLUMN clinlims.system_user.login_name IS 'User''s system log in name.';
COMMENT ON COLUMN clinlims.system_user.last_name IS 'Last name of person';
COMMENT ON COLUMN clinlims.system_user.first_name IS 'Person Name';
COMMENT ON COLUMN clinlims.system_user.initials IS 'Middle Initial';
COMMENT ON COLUMN clinlims.system_user.is_active IS 'Indicates the status of active or inactive for user';
COMMENT ON COLUMN clinlims.system_user.is_employee IS 'Indicates if user is an MDH employee';
COMMENT ON COLUMN clinlims.system_user_module.has_select IS 'Flag indicating if this user has permission to enter this module';
COMMENT ON COLUMN clinlims.system_user_module.has_add IS 'Flag indicating if this user has permission to add a record';
COMMENT ON COLUMN clinlims.system_user_module.has_update IS 'Flag indicating if this person has permission to update a record';
COMMENT ON COLUMN clinlims.system_user_module.has_delete IS 'Flag indicating if this person has permission to remove a record';
COMMENT ON COLUMN clinlims.system_user_section.has_view IS 'Flag indicating if user has permission to iew this sections''s records';
COMMENT ON COLUMN clinlims.system_user_section.has_assign IS 'Flag indicating if user has permission to assign this section''s tests';
COMMENT ON COLUMN clinlims.system_user_section.has_complete IS 'Flag indicating if user has permission to complete this section''s tests';
COMMENT ON COLUMN clinlims.system_user_section.has_release IS 'Flag indicating if user has permission to release this section''s tests';
COMMENT ON COLUMN clinlims.system_user_section.has_cancel IS 'Flag indicating if user has permission to cancel this section''s tests';
COMMENT ON COLUMN clinlims.test.id IS 'Sequential value assigned on insert';
COMMENT ON COLUMN clinlims.test.method_id IS 'Sequential number';
COMMENT ON COLUMN clinlims.test.description IS 'Description for test';
COMMENT ON COLUMN clinlims.test.reporting_description IS 'Description for test that appears on reports';
COMMENT ON COLUMN clinlims.test.is_active IS 'Active status flag';
COMMENT ON COLUMN clinlims.test.active_begin IS 'Active end date';
COMMENT ON COLUMN clinlims.test.active_end IS 'Active begin date';
COMMENT ON COLUMN clinlims.test.is_reportable IS 'The default flag indicating if ths test is reportable';
COMMENT ON COLUMN clinlims.test.time_holding IS 'Max hours between collection and received time';
COMMENT ON COLUMN clinlims.test.time_wait IS 'Hours to wait before analysis can begin';
COMMENT ON COLUMN clinlims.test.time_ta_average IS 'Average hours for test to be reported';
COMMENT ON COLUMN clinlims.test.time_ta_warning IS 'Hours before issuing touraround warning for test not reported';
COMMENT ON COLUMN clinlims.test.time_ta_max IS 'Max hours test should be in laboratory';
COMMENT ON COLUMN clinlims.test.label_qty IS 'Number of labels to print';
COMMENT ON COLUMN clinlims.test.display_key IS 'Resource file lookup key for localization of displaying the name';
COMMENT ON COLUMN clinlims.test.orderable IS 'Should this test show in list of tests which can be ordered.  If not it is a reflex only test';
COMMENT ON COLUMN clinlims.test_analyte.test_id IS 'Sequential value assigned on insert';
COMMENT ON COLUMN clinlims.test_analyte.result_group IS 'A program generated group number';
COMMENT ON COLUMN clinlims.test_analyte.sort_order IS 'The order in which the analytes are displayed (sort order)';
COMMENT ON COLUMN clinlims.test_analyte.testalyt_type IS 'Type of analyte: required...';
COMMENT ON TABLE clinlims.test_code IS 'For a given test and schema it gives the encoding';
COMMENT ON COLUMN clinlims.test_code.test_id IS 'The test for which the coding supports. FK to test table.';
COMMENT ON COLUMN clinlims.test_code.code_type_id IS 'The coding type id of the code';
COMMENT ON COLUMN clinlims.test_code.value IS 'The actual code';
COMMENT ON TABLE clinlims.test_code_type IS 'The names of the encoding schems supported (SNOMWD, LOINC etc)';
COMMENT ON TABLE clinlims.test_dictionary IS 'Links between tests and dictionary categories.  Intended use is for when a user might have to select dictioanry values for some asspect of a test';
COMMENT ON COLUMN clinlims.test_dictionary.test_id IS 'The test part of the linkage';
COMMENT ON COLUMN clinlims.test_dictionary.dictionary_category_id IS 'The dictionary category part of the linkage';
COMMENT ON COLUMN clinlims.test_dictionary.context IS 'The context of the linkage.  Make it literate';
COMMENT ON COLUMN clinlims.test_dictionary.qualifiable_entry_id IS 'This value has to be further qualified.  It''s intended value is ''other''';
COMMENT ON COLUMN clinlims.test_reflex.flags IS 'A string of 1 character codes: duplicate, auto-add';
COMMENT ON COLUMN clinlims.test_reflex.sibling_reflex IS 'Reference to tests and results for reflexes with more than one condition.  All add_test_ids should be the same';
COMMENT ON COLUMN clinlims.test_reflex.scriptlet_id IS 'If a non-test action should be taken then reference the scriptlet which says what to do';
COMMENT ON COLUMN clinlims.test_result.test_id IS 'Sequential value assigned on insert';
COMMENT ON COLUMN clinlims.test_result.result_group IS 'the test_analyte result_group number';
COMMENT ON COLUMN clinlims.test_result.flags IS 'a string of 1 character codes: Positive, Reportable...';
COMMENT ON COLUMN clinlims.test_result.tst_rslt_type IS 'Type of parameter: Dictionary, Titer Range, Number Range, Date';
COMMENT ON COLUMN clinlims.test_result.value IS 'Possible result value based on type';
COMMENT ON COLUMN clinlims.test_result.significant_digits IS 'Number of decimal digits';
COMMENT ON COLUMN clinlims.test_result.quant_limit IS 'Quantitation Limit (if any)';
COMMENT ON COLUMN clinlims.test_result.cont_level IS 'Contamination Level (if any)';
COMMENT ON COLUMN clinlims.test_result.is_quantifiable IS 'True if the user should be able to quantify the result.  Is only meaningful for D and M types';
COMMENT ON COLUMN clinlims.test_section.name IS 'Short section name';
COMMENT ON COLUMN clinlims.test_section.description IS 'MDH Locations including various labs';
COMMENT ON COLUMN clinlims.test_section.org_id IS 'Sequential Numbering Field';
COMMENT ON COLUMN clinlims.test_section.is_external IS 'Flag indicating if section is external to organization (Y/N)';
COMMENT ON COLUMN clinlims.test_section.display_key IS 'Resource file lookup key for localization of displaying the name';
COMMENT ON COLUMN clinlims.test_worksheet_item.position IS 'Well location or position within the batch';
COMMENT ON COLUMN clinlims.test_worksheet_item.cell_type IS 'Cell/position type: First, random, duplicate last, last run';
COMMENT ON COLUMN clinlims.test_worksheets.test_id IS 'Sequential value assigned on insert';
COMMENT ON COLUMN clinlims.test_worksheets.batch_capacity IS 'number of samples (including QC) per batch/plate';
COMMENT ON COLUMN clinlims.test_worksheets.total_capacity IS 'Number of samples (including QC) per worksheet';
COMMENT ON COLUMN clinlims.test_worksheets.number_format IS 'Specifies the numbering scheme for worksheet cell';
COMMENT ON COLUMN clinlims.type_of_provider.id IS 'A unique auto generated integer number assigned by the database.';
COMMENT ON COLUMN clinlims.type_of_provider.description IS 'Description such as doctor, nurse, clinician, veteranarian.';
COMMENT ON COLUMN clinlims.type_of_sample.id IS 'A unique auto generated integer number assigned by the database';
COMMENT ON COLUMN clinlims.type_of_sample.description IS 'Description such as water, tissue, sludge, etc.';
COMMENT ON COLUMN clinlims.type_of_sample.domain IS 'Type of sample this can be applied to : Environ, Animal, Clinical';
COMMENT ON COLUMN clinlims.type_of_sample.display_key IS 'Resource file lookup key for localization of displaying the name';
COMMENT ON COLUMN clinlims.type_of_test_result.id IS 'A unique auto generated integer number assigned by database';
COMMENT ON COLUMN clinlims.type_of_test_result.test_result_type IS 'Test Result Type (T, N, D)';
COMMENT ON COLUMN clinlims.type_of_test_result.description IS 'Human readable description';
COMMENT ON COLUMN clinlims.unit_of_measure.name IS 'Name of Unit';
COMMENT ON COLUMN clinlims.unit_of_measure.description IS 'Description of Unit';
COMMENT ON COLUMN clinlims.worksheet_analysis.reference_type IS 'Flag indicating if reference points to analysis or QC';
COMMENT ON COLUMN clinlims.worksheet_analysis.reference_id IS 'ID of analysis or QC';
COMMENT ON COLUMN clinlims.worksheet_analyte.sort_order IS 'The order worksheet analytes are displayed (sort order)';
COMMENT ON COLUMN clinlims.worksheet_qc.sort_order IS 'The order worksheet analystes are displayed (sort order)';
COMMENT ON COLUMN clinlims.worksheet_qc.wq_type IS 'Type of result: dictionary, titer, number...';
COMMENT ON COLUMN clinlims.worksheet_qc.value IS 'Result value';
COMMENT ON COLUMN clinlims.worksheets.sys_user_id IS 'Sequential Identifier';
COMMENT ON COLUMN clinlims.worksheets.test_id IS 'Sequential value assigned on insert';
