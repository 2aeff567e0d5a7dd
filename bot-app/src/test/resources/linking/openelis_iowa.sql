-- OpenELIS as written by the State Hygienic Laboratory at the University of Iowa (a public-health LIMS distinct
-- from OpenELIS Global: samples with clinical, neonatal (newborn screening), environmental, animal, drinking-water
-- (SDWIS) and proficiency-testing domains, sample items, analyses, results, tests with analytes, results, reflexes,
-- sections, panels, QA events, projects, organizations and providers, patients, worksheets with QC lots and
-- reagents, instruments, inventory with orders, receipts and stock moves, shipping, public water systems with their
-- facilities, monitors and violations, auxiliary data, dictionary, exchange profiles), in two schemas as the source
-- keeps them: openelis (110 tables) and security (7: applications, modules, sections, users and their rights).
-- From documentation/database/postgres/openelis/tables.sql and indexes.sql and documentation/database/postgres/
-- security/tables.sql and indexes.sql of github.com/mbielicke/OpenELIS-Iowa (commit
-- 05c1c13752c44c35d039a48fef983d562fee15cf; the files last changed in c912386c; UIRF Open-source Based Public
-- Software License, common/src/LICENSE; we use the schema's facts). Each schema's tables.sql then indexes.sql were
-- loaded into a scratch PostgreSQL 15 under that schema and regenerated from its catalog: columns and types, NOT
-- NULL, 115 primary keys and 243 foreign keys (all as indexes.sql declares them; the openelis tables' system_user_id
-- columns point at security.system_user with no declared key). serial columns became integer. Left out: sequences,
-- indexes, views (views.sql), grants, rows. The source declares no comments.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS openelis;
CREATE SCHEMA IF NOT EXISTS security;
CREATE TABLE openelis.address (
    id integer NOT NULL,
    multiple_unit character varying(30),
    street_address character varying(30),
    city character varying(30),
    state character(2),
    zip_code character varying(10),
    work_phone character varying(21),
    home_phone character varying(16),
    cell_phone character varying(16),
    fax_phone character varying(16),
    email character varying(80),
    country character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.analysis (
    id integer NOT NULL,
    sample_item_id integer NOT NULL,
    revision integer NOT NULL,
    test_id integer NOT NULL,
    section_id integer,
    panel_id integer,
    pre_analysis_id integer,
    parent_analysis_id integer,
    parent_result_id integer,
    type_id integer,
    is_reportable character(1) NOT NULL,
    unit_of_measure_id integer,
    status_id integer NOT NULL,
    available_date timestamp without time zone,
    started_date timestamp without time zone,
    completed_date timestamp without time zone,
    released_date timestamp without time zone,
    printed_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.analysis_qaevent (
    id integer NOT NULL,
    analysis_id integer NOT NULL,
    qaevent_id integer NOT NULL,
    type_id integer NOT NULL,
    is_billable character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.analysis_report_flags (
    analysis_id integer NOT NULL,
    notified_received character(1),
    notified_released character(1),
    billed_date date,
    billed_analytes smallint,
    billed_override numeric(8,2)
);
CREATE TABLE openelis.analysis_user (
    id integer NOT NULL,
    analysis_id integer NOT NULL,
    system_user_id integer NOT NULL,
    action_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.analyte (
    id integer NOT NULL,
    name character varying(60) NOT NULL,
    is_active character(1) NOT NULL,
    parent_analyte_id integer,
    external_id character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.analyte_parameter (
    id integer NOT NULL,
    reference_id integer NOT NULL,
    reference_table_id integer NOT NULL,
    analyte_id integer NOT NULL,
    type_of_sample_id integer,
    unit_of_measure_id integer,
    active_begin timestamp without time zone NOT NULL,
    active_end timestamp without time zone NOT NULL,
    p1 double precision,
    p2 double precision,
    p3 double precision,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.attachment (
    id integer NOT NULL,
    created_date timestamp without time zone NOT NULL,
    type_id integer,
    section_id integer NOT NULL,
    description character varying(80),
    storage_reference character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.attachment_issue (
    id integer NOT NULL,
    attachment_id integer NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    system_user_id integer NOT NULL,
    text character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.attachment_item (
    id integer NOT NULL,
    reference_id integer NOT NULL,
    reference_table_id integer NOT NULL,
    attachment_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.aux_data (
    id integer NOT NULL,
    sort_order integer NOT NULL,
    aux_field_id integer NOT NULL,
    reference_id integer NOT NULL,
    reference_table_id integer NOT NULL,
    is_reportable character(1),
    type_id integer,
    value character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.aux_field (
    id integer NOT NULL,
    aux_field_group_id integer NOT NULL,
    sort_order integer NOT NULL,
    analyte_id integer NOT NULL,
    description character varying(60),
    method_id integer,
    unit_of_measure_id integer,
    is_required character(1),
    is_active character(1),
    is_reportable character(1),
    scriptlet_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.aux_field_group (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    is_active character(1) NOT NULL,
    active_begin date NOT NULL,
    active_end date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.aux_field_value (
    id integer NOT NULL,
    aux_field_id integer NOT NULL,
    type_id integer NOT NULL,
    value character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.category (
    id integer NOT NULL,
    system_name character varying(30) NOT NULL,
    name character varying(50),
    description character varying(60),
    section_id integer,
    is_system character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.cron (
    id integer NOT NULL,
    name character varying(30) NOT NULL,
    is_active character(1) NOT NULL,
    cron_tab character varying(30) NOT NULL,
    bean character varying(255) NOT NULL,
    method character varying(255) NOT NULL,
    parameters character varying(255),
    last_run timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.dictionary (
    id integer NOT NULL,
    category_id integer NOT NULL,
    sort_order integer NOT NULL,
    related_entry_id integer,
    system_name character varying(30),
    is_active character(1) NOT NULL,
    code character varying(10),
    entry character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.eorder (
    id integer NOT NULL,
    entered_date timestamp without time zone NOT NULL,
    paper_order_validator character varying(40) NOT NULL,
    description character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.eorder_body (
    id integer NOT NULL,
    eorder_id integer NOT NULL,
    xml text,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.eorder_link (
    id integer NOT NULL,
    eorder_id integer NOT NULL,
    reference character varying(40),
    sub_id character varying(20),
    name character varying(20) NOT NULL,
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.event_log (
    id integer NOT NULL,
    type_id integer NOT NULL,
    source character varying(60) NOT NULL,
    reference_table_id integer,
    reference_id integer,
    level_id integer NOT NULL,
    system_user_id integer NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    text text,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.exchange_criteria (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    environment_id integer,
    destination_uri character varying(60),
    is_all_analyses_included character(1) NOT NULL,
    query text,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.exchange_external_term (
    id integer NOT NULL,
    exchange_local_term_id integer NOT NULL,
    profile_id integer NOT NULL,
    is_active character(1) NOT NULL,
    external_term character varying(60) NOT NULL,
    external_description character varying(255),
    external_coding_system character varying(60),
    version character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.exchange_local_term (
    id integer NOT NULL,
    reference_table_id integer NOT NULL,
    reference_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.exchange_profile (
    id integer NOT NULL,
    exchange_criteria_id integer NOT NULL,
    profile_id integer NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.history (
    id integer NOT NULL,
    reference_id integer NOT NULL,
    reference_table_id integer NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    activity_id integer NOT NULL,
    system_user_id integer NOT NULL,
    changes text,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.instrument (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    model_number character varying(40),
    serial_number character varying(40),
    type_id integer NOT NULL,
    location character varying(60) NOT NULL,
    is_active character(1) NOT NULL,
    active_begin date,
    active_end date,
    scriptlet_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.instrument_log (
    id integer NOT NULL,
    instrument_id integer NOT NULL,
    type_id integer NOT NULL,
    worksheet_id integer,
    event_begin timestamp without time zone NOT NULL,
    event_end timestamp without time zone,
    text text,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_adjustment (
    id integer NOT NULL,
    description character varying(60),
    system_user_id integer NOT NULL,
    adjustment_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_component (
    id integer NOT NULL,
    inventory_item_id integer NOT NULL,
    component_id integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_item (
    id integer NOT NULL,
    name character varying(30) NOT NULL,
    description character varying(60),
    category_id integer,
    store_id integer NOT NULL,
    quantity_min_level integer NOT NULL,
    quantity_max_level integer,
    quantity_to_reorder integer NOT NULL,
    dispensed_units_id integer,
    is_reorder_auto character(1) NOT NULL,
    is_lot_maintained character(1) NOT NULL,
    is_serial_maintained character(1) NOT NULL,
    is_active character(1) NOT NULL,
    is_bulk character(1) NOT NULL,
    is_not_for_sale character(1) NOT NULL,
    is_sub_assembly character(1) NOT NULL,
    is_labor character(1) NOT NULL,
    is_not_inventoried character(1) NOT NULL,
    product_uri character varying(80),
    average_lead_time integer,
    average_cost double precision,
    average_daily_use integer,
    parent_inventory_item_id integer,
    parent_ratio integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_location (
    id integer NOT NULL,
    inventory_item_id integer NOT NULL,
    lot_number character varying(20),
    storage_location_id integer NOT NULL,
    quantity_onhand integer NOT NULL,
    expiration_date date,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_receipt (
    id integer NOT NULL,
    inventory_item_id integer NOT NULL,
    iorder_item_id integer,
    organization_id integer,
    received_date timestamp without time zone NOT NULL,
    quantity_received integer NOT NULL,
    unit_cost double precision,
    qc_reference character varying(20),
    external_reference character varying(20),
    upc character varying(15),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_receipt_iorder_item (
    id integer NOT NULL,
    inventory_receipt_id integer NOT NULL,
    iorder_item_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_x_adjust (
    id integer NOT NULL,
    inventory_adjustment_id integer NOT NULL,
    inventory_location_id integer NOT NULL,
    quantity integer NOT NULL,
    physical_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_x_put (
    id integer NOT NULL,
    inventory_receipt_id integer NOT NULL,
    inventory_location_id integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.inventory_x_use (
    id integer NOT NULL,
    inventory_location_id integer NOT NULL,
    iorder_item_id integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.iorder (
    id integer NOT NULL,
    parent_iorder_id integer,
    description character varying(60),
    status_id integer NOT NULL,
    ordered_date date NOT NULL,
    needed_in_days integer,
    requested_by character varying(30),
    cost_center_id integer,
    organization_id integer,
    organization_attention character varying(30),
    type character(1) NOT NULL,
    external_order_number character varying(20),
    ship_from_id integer,
    number_of_forms integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.iorder_container (
    id integer NOT NULL,
    iorder_id integer NOT NULL,
    container_id integer NOT NULL,
    item_sequence integer NOT NULL,
    type_of_sample_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.iorder_item (
    id integer NOT NULL,
    iorder_id integer NOT NULL,
    inventory_item_id integer NOT NULL,
    quantity integer NOT NULL,
    catalog_number character varying(30),
    unit_cost double precision,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.iorder_organization (
    id integer NOT NULL,
    iorder_id integer NOT NULL,
    organization_id integer NOT NULL,
    organization_attention character varying(30),
    type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.iorder_recurrence (
    id integer NOT NULL,
    iorder_id integer NOT NULL,
    is_active character(1) NOT NULL,
    active_begin date,
    active_end date,
    frequency smallint,
    unit_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.iorder_test (
    id integer NOT NULL,
    iorder_id integer NOT NULL,
    item_sequence integer NOT NULL,
    sort_order integer NOT NULL,
    test_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.iorder_test_analyte (
    id integer NOT NULL,
    iorder_test_id integer NOT NULL,
    analyte_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.label (
    id integer NOT NULL,
    name character varying(30) NOT NULL,
    description character varying(60),
    printer_type_id integer NOT NULL,
    scriptlet_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.lock (
    reference_table_id integer NOT NULL,
    reference_id integer NOT NULL,
    expires bigint NOT NULL,
    system_user_id integer NOT NULL,
    session_id character varying(80),
    PRIMARY KEY (reference_id, reference_table_id)
);
CREATE TABLE openelis.method (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    reporting_description character varying(60),
    is_active character(1) NOT NULL,
    active_begin date NOT NULL,
    active_end date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.note (
    id integer NOT NULL,
    reference_id integer NOT NULL,
    reference_table_id integer NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    is_external character(1) NOT NULL,
    system_user_id integer NOT NULL,
    subject character varying(60),
    text text,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.organization (
    id integer NOT NULL,
    parent_organization_id integer,
    name character varying(40) NOT NULL,
    is_active character(1) NOT NULL,
    address_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.organization_contact (
    id integer NOT NULL,
    organization_id integer NOT NULL,
    contact_type_id integer NOT NULL,
    name character varying(30) NOT NULL,
    address_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.organization_parameter (
    id integer NOT NULL,
    organization_id integer NOT NULL,
    type_id integer NOT NULL,
    value character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.panel (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.panel_item (
    id integer NOT NULL,
    panel_id integer NOT NULL,
    type character(1) NOT NULL,
    sort_order integer NOT NULL,
    name character varying(20) NOT NULL,
    method_name character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.patient (
    id integer NOT NULL,
    last_name character varying(30),
    first_name character varying(20),
    middle_name character varying(20),
    address_id integer,
    birth_date date,
    birth_time time without time zone,
    gender_id integer,
    race_id integer,
    ethnicity_id integer,
    national_id character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.patient_relation (
    id integer NOT NULL,
    relation_id integer NOT NULL,
    patient_id integer NOT NULL,
    related_patient_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.preferences (
    system_user_id integer NOT NULL,
    text text
);
CREATE TABLE openelis.project (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    started_date date,
    completed_date date,
    is_active character(1) NOT NULL,
    reference_to character varying(20),
    owner_id integer NOT NULL,
    scriptlet_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.project_parameter (
    id integer NOT NULL,
    project_id integer NOT NULL,
    parameter character varying(80) NOT NULL,
    operation_id integer NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.provider (
    id integer NOT NULL,
    reference_id character varying(40),
    reference_source_id integer,
    last_name character varying(30),
    first_name character varying(20),
    middle_name character varying(20),
    type_id integer,
    npi character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.provider_analyte (
    id integer NOT NULL,
    provider_id integer NOT NULL,
    sort_order integer NOT NULL,
    analyte_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.provider_location (
    id integer NOT NULL,
    location character varying(50) NOT NULL,
    external_id character varying(10),
    provider_id integer NOT NULL,
    address_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.pws (
    id integer NOT NULL,
    tinwsys_is_number integer NOT NULL,
    number0 character(12) NOT NULL,
    alternate_st_num character(5),
    name character varying(40),
    activity_status_cd character(1),
    d_prin_city_svd_nm character varying(40),
    d_prin_cnty_svd_nm character varying(40),
    d_population_count integer,
    d_pws_st_type_cd character(4),
    activity_rsn_txt character varying(255),
    start_day integer,
    start_month integer,
    end_day integer,
    end_month integer,
    eff_begin_dt date,
    eff_end_dt date,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.pws_address (
    tinwslec_is_number integer NOT NULL,
    tinlgent_is_number integer NOT NULL,
    tinwsys_is_number integer NOT NULL,
    type_code character(3),
    active_ind_cd character(1),
    name character varying(40),
    addr_line_one_txt character varying(40),
    addr_line_two_txt character varying(40),
    address_city_name character varying(40),
    address_state_code character(2),
    address_zip_code character(10),
    state_fips_code character(2),
    phone_number character(12),
    PRIMARY KEY (tinwslec_is_number, tinlgent_is_number)
);
CREATE TABLE openelis.pws_facility (
    tinwsf_is_number integer NOT NULL,
    tsasmppt_is_number integer NOT NULL,
    tinwsys_is_number integer NOT NULL,
    name character varying(40),
    type_code character(2),
    st_asgn_ident_cd character(12),
    activity_status_cd character(1),
    water_type_code character(3),
    availability_code character(1),
    identification_cd character(11),
    description_text character varying(20),
    source_type_code character(2),
    PRIMARY KEY (tinwsf_is_number, tsasmppt_is_number)
);
CREATE TABLE openelis.pws_monitor (
    tiamrtask_is_number integer NOT NULL,
    tinwsys_is_number integer NOT NULL,
    st_asgn_ident_cd character(12),
    name character varying(40),
    tiaanlgp_tiaanlyt_name character varying(64),
    number_samples integer,
    comp_begin_date date,
    comp_end_date date,
    frequency_name character varying(25),
    period_name character varying(20),
    PRIMARY KEY (tiamrtask_is_number)
);
CREATE TABLE openelis.pws_violation (
    id integer NOT NULL,
    tinwsys_is_number integer NOT NULL,
    st_asgn_ident_cd character(12) NOT NULL,
    series character varying(64) NOT NULL,
    violation_date date NOT NULL,
    sample_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.qaevent (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    test_id integer,
    type_id integer NOT NULL,
    is_billable character(1) NOT NULL,
    reporting_sequence integer,
    reporting_text text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.qc (
    id integer NOT NULL,
    name character varying(30) NOT NULL,
    type_id integer,
    inventory_item_id integer,
    source character varying(30) NOT NULL,
    is_active character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.qc_analyte (
    id integer NOT NULL,
    qc_id integer NOT NULL,
    sort_order integer NOT NULL,
    analyte_id integer NOT NULL,
    type_id integer NOT NULL,
    value character varying(80),
    is_trendable character(1),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.qc_lot (
    id integer NOT NULL,
    qc_id integer NOT NULL,
    lot_number character varying(30) NOT NULL,
    location_id integer,
    prepared_date timestamp without time zone NOT NULL,
    prepared_volume double precision,
    prepared_unit_id integer,
    prepared_by_id integer,
    usable_date timestamp without time zone NOT NULL,
    expire_date timestamp without time zone NOT NULL,
    is_active character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.result (
    id integer NOT NULL,
    analysis_id integer NOT NULL,
    test_analyte_id integer NOT NULL,
    test_result_id integer,
    is_column character(1) NOT NULL,
    sort_order integer NOT NULL,
    is_reportable character(1) NOT NULL,
    analyte_id integer NOT NULL,
    type_id integer,
    value character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample (
    id integer NOT NULL,
    next_item_sequence integer,
    domain character(1) NOT NULL,
    accession_number integer NOT NULL,
    revision integer NOT NULL,
    order_id integer,
    entered_date timestamp without time zone NOT NULL,
    received_date timestamp without time zone,
    received_by_id integer,
    collection_date date,
    collection_time time without time zone,
    status_id integer NOT NULL,
    package_id integer,
    client_reference character varying(20),
    released_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_animal (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    animal_common_name_id integer,
    animal_scientific_name_id integer,
    location character varying(40),
    location_address_id integer,
    provider_id integer,
    provider_phone character varying(21),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_clinical (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    patient_id integer,
    provider_id integer,
    provider_phone character varying(21),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_environmental (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    is_hazardous character(1) NOT NULL,
    priority integer,
    description character varying(40),
    collector character varying(40),
    collector_phone character varying(21),
    location character varying(40),
    location_address_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_item (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    sample_item_id integer,
    item_sequence integer NOT NULL,
    type_of_sample_id integer,
    source_of_sample_id integer,
    source_other character varying(40),
    container_id integer,
    container_reference character varying(40),
    quantity double precision,
    unit_of_measure_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_neonatal (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    patient_id integer NOT NULL,
    birth_order smallint,
    gestational_age smallint,
    next_of_kin_id integer,
    next_of_kin_relation_id integer,
    is_repeat character(1),
    is_nicu character(1),
    feeding_id integer,
    weight_sign character(1),
    weight integer,
    is_transfused character(1),
    transfusion_date date,
    is_collection_valid character(1),
    collection_age integer,
    provider_id integer,
    form_number character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_organization (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    organization_id integer NOT NULL,
    organization_attention character varying(30),
    type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_project (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    project_id integer NOT NULL,
    is_permanent character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_pt (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    pt_provider_id integer NOT NULL,
    series character varying(50) NOT NULL,
    due_date timestamp without time zone,
    additional_domain character(1),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_qaevent (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    qaevent_id integer NOT NULL,
    type_id integer NOT NULL,
    is_billable character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.sample_sdwis (
    id integer NOT NULL,
    sample_id integer NOT NULL,
    pws_id integer NOT NULL,
    state_lab_id smallint,
    facility_id character varying(12),
    sample_type_id integer,
    sample_category_id integer,
    sample_point_id character varying(11),
    priority integer,
    location character varying(40),
    collector character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.scriptlet (
    id integer NOT NULL,
    name character varying(40) NOT NULL,
    bean character varying(255) NOT NULL,
    is_active character(1) NOT NULL,
    active_begin date NOT NULL,
    active_end date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.section (
    id integer NOT NULL,
    parent_section_id integer,
    name character varying(20) NOT NULL,
    description character varying(60),
    is_external character(1) NOT NULL,
    organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.section_parameter (
    id integer NOT NULL,
    section_id integer NOT NULL,
    type_id integer NOT NULL,
    value character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.shipping (
    id integer NOT NULL,
    status_id integer NOT NULL,
    shipped_from_id integer,
    shipped_to_id integer,
    shipped_to_attention character varying(30),
    processed_by character varying(30),
    processed_date timestamp without time zone,
    shipped_method_id integer,
    shipped_date timestamp without time zone,
    number_of_packages integer,
    cost numeric(9,2),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.shipping_item (
    id integer NOT NULL,
    shipping_id integer NOT NULL,
    reference_table_id integer NOT NULL,
    reference_id integer NOT NULL,
    quantity integer NOT NULL,
    description character varying(80) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.shipping_tracking (
    id integer NOT NULL,
    shipping_id integer NOT NULL,
    tracking_number character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.standard_note (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    type_id integer,
    text text,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.storage (
    id integer NOT NULL,
    reference_id integer,
    reference_table_id integer,
    storage_location_id integer,
    checkin timestamp without time zone,
    checkout timestamp without time zone,
    system_user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.storage_location (
    id integer NOT NULL,
    sort_order integer,
    name character varying(20),
    location character varying(80) NOT NULL,
    parent_storage_location_id integer,
    storage_unit_id integer NOT NULL,
    is_available character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.storage_unit (
    id integer NOT NULL,
    category_id integer NOT NULL,
    description character varying(60) NOT NULL,
    is_singular character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.system_variable (
    id integer NOT NULL,
    name character varying(30) NOT NULL,
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    reporting_description character varying(60),
    method_id integer NOT NULL,
    is_active character(1) NOT NULL,
    active_begin date NOT NULL,
    active_end date NOT NULL,
    is_reportable character(1) NOT NULL,
    time_transit integer,
    time_holding integer,
    time_ta_average integer,
    time_ta_warning integer,
    time_ta_max integer,
    label_id integer,
    label_qty integer,
    test_trailer_id integer,
    scriptlet_id integer,
    test_format_id integer,
    revision_method_id integer,
    reporting_method_id integer,
    sorting_method_id integer,
    reporting_sequence integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_analyte (
    id integer NOT NULL,
    test_id integer NOT NULL,
    sort_order integer NOT NULL,
    row_group integer NOT NULL,
    is_column character(1) NOT NULL,
    analyte_id integer NOT NULL,
    type_id integer NOT NULL,
    is_reportable character(1) NOT NULL,
    result_group integer,
    scriptlet_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_prep (
    id integer NOT NULL,
    test_id integer NOT NULL,
    prep_test_id integer NOT NULL,
    is_optional character(1),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_reflex (
    id integer NOT NULL,
    test_id integer NOT NULL,
    test_analyte_id integer NOT NULL,
    test_result_id integer NOT NULL,
    flags_id integer NOT NULL,
    add_test_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_result (
    id integer NOT NULL,
    test_id integer NOT NULL,
    result_group integer NOT NULL,
    sort_order integer NOT NULL,
    unit_of_measure_id integer,
    type_id integer NOT NULL,
    value character varying(80),
    significant_digits integer,
    rounding_method_id integer,
    flags_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_section (
    id integer NOT NULL,
    test_id integer NOT NULL,
    section_id integer NOT NULL,
    flag_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_trailer (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    text text,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_type_of_sample (
    id integer NOT NULL,
    test_id integer NOT NULL,
    type_of_sample_id integer NOT NULL,
    unit_of_measure_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_worksheet (
    id integer NOT NULL,
    test_id integer NOT NULL,
    subset_capacity integer NOT NULL,
    total_capacity integer NOT NULL,
    format_id integer NOT NULL,
    scriptlet_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_worksheet_analyte (
    id integer NOT NULL,
    test_id integer NOT NULL,
    test_analyte_id integer NOT NULL,
    repeat integer NOT NULL,
    flag_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.test_worksheet_item (
    id integer NOT NULL,
    test_worksheet_id integer NOT NULL,
    sort_order integer NOT NULL,
    position integer,
    type_id integer NOT NULL,
    qc_name character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.worksheet (
    id integer NOT NULL,
    created_date timestamp without time zone NOT NULL,
    system_user_id integer NOT NULL,
    status_id integer NOT NULL,
    format_id integer NOT NULL,
    subset_capacity integer,
    related_worksheet_id integer,
    instrument_id integer,
    description character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.worksheet_analysis (
    id integer NOT NULL,
    worksheet_item_id integer NOT NULL,
    accession_number character varying(10) NOT NULL,
    analysis_id integer,
    qc_lot_id integer,
    worksheet_analysis_id integer,
    system_users character varying(60),
    started_date timestamp without time zone,
    completed_date timestamp without time zone,
    from_other_id integer,
    change_flags_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.worksheet_item (
    id integer NOT NULL,
    worksheet_id integer NOT NULL,
    position integer,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.worksheet_qc_result (
    id integer NOT NULL,
    worksheet_analysis_id integer NOT NULL,
    sort_order integer NOT NULL,
    qc_analyte_id integer NOT NULL,
    value_1 character varying(80),
    value_2 character varying(80),
    value_3 character varying(80),
    value_4 character varying(80),
    value_5 character varying(80),
    value_6 character varying(80),
    value_7 character varying(80),
    value_8 character varying(80),
    value_9 character varying(80),
    value_10 character varying(80),
    value_11 character varying(80),
    value_12 character varying(80),
    value_13 character varying(80),
    value_14 character varying(80),
    value_15 character varying(80),
    value_16 character varying(80),
    value_17 character varying(80),
    value_18 character varying(80),
    value_19 character varying(80),
    value_20 character varying(80),
    value_21 character varying(80),
    value_22 character varying(80),
    value_23 character varying(80),
    value_24 character varying(80),
    value_25 character varying(80),
    value_26 character varying(80),
    value_27 character varying(80),
    value_28 character varying(80),
    value_29 character varying(80),
    value_30 character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE openelis.worksheet_reagent (
    id integer NOT NULL,
    worksheet_id integer NOT NULL,
    sort_order integer NOT NULL,
    qc_lot_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openelis.worksheet_result (
    id integer NOT NULL,
    worksheet_analysis_id integer NOT NULL,
    test_analyte_id integer NOT NULL,
    result_row integer NOT NULL,
    analyte_id integer NOT NULL,
    value_1 character varying(80),
    value_2 character varying(80),
    value_3 character varying(80),
    value_4 character varying(80),
    value_5 character varying(80),
    value_6 character varying(80),
    value_7 character varying(80),
    value_8 character varying(80),
    value_9 character varying(80),
    value_10 character varying(80),
    value_11 character varying(80),
    value_12 character varying(80),
    value_13 character varying(80),
    value_14 character varying(80),
    value_15 character varying(80),
    value_16 character varying(80),
    value_17 character varying(80),
    value_18 character varying(80),
    value_19 character varying(80),
    value_20 character varying(80),
    value_21 character varying(80),
    value_22 character varying(80),
    value_23 character varying(80),
    value_24 character varying(80),
    value_25 character varying(80),
    value_26 character varying(80),
    value_27 character varying(80),
    value_28 character varying(80),
    value_29 character varying(80),
    value_30 character varying(80),
    change_flags_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE security.application (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE security.lock (
    reference_table_id integer NOT NULL,
    reference_id integer NOT NULL,
    expires bigint NOT NULL,
    system_user_id integer NOT NULL,
    session_id character varying(80),
    PRIMARY KEY (reference_table_id, reference_id)
);
CREATE TABLE security.section (
    id integer NOT NULL,
    application_id integer NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE security.system_module (
    id integer NOT NULL,
    application_id integer NOT NULL,
    name character varying(32) NOT NULL,
    description character varying(80),
    has_select_flag character(1),
    has_add_flag character(1),
    has_update_flag character(1),
    has_delete_flag character(1),
    clause character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE security.system_user (
    id integer NOT NULL,
    external_id character varying(80),
    login_name character varying(20) NOT NULL,
    last_name character varying(30),
    first_name character varying(20),
    initials character(3),
    is_employee character(1) NOT NULL,
    is_active character(1) NOT NULL,
    is_template character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE security.system_user_module (
    id integer NOT NULL,
    system_user_id integer NOT NULL,
    system_module_id integer NOT NULL,
    has_select character(1),
    has_add character(1),
    has_update character(1),
    has_delete character(1),
    clause character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE security.system_user_section (
    id integer NOT NULL,
    system_user_id integer NOT NULL,
    section_id integer NOT NULL,
    has_view character(1),
    has_assign character(1),
    has_complete character(1),
    has_release character(1),
    has_cancel character(1),
    PRIMARY KEY (id)
);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (panel_id) REFERENCES openelis.panel (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (parent_analysis_id) REFERENCES openelis.analysis (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (parent_result_id) REFERENCES openelis.result (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (pre_analysis_id) REFERENCES openelis.analysis (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (sample_item_id) REFERENCES openelis.sample_item (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (section_id) REFERENCES openelis.section (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (status_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.analysis ADD FOREIGN KEY (unit_of_measure_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.analysis_qaevent ADD FOREIGN KEY (analysis_id) REFERENCES openelis.analysis (id);
ALTER TABLE openelis.analysis_qaevent ADD FOREIGN KEY (qaevent_id) REFERENCES openelis.qaevent (id);
ALTER TABLE openelis.analysis_qaevent ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.analysis_report_flags ADD FOREIGN KEY (analysis_id) REFERENCES openelis.analysis (id);
ALTER TABLE openelis.analysis_user ADD FOREIGN KEY (action_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.analysis_user ADD FOREIGN KEY (analysis_id) REFERENCES openelis.analysis (id);
ALTER TABLE openelis.analyte ADD FOREIGN KEY (parent_analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.analyte_parameter ADD FOREIGN KEY (analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.analyte_parameter ADD FOREIGN KEY (type_of_sample_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.analyte_parameter ADD FOREIGN KEY (unit_of_measure_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.attachment ADD FOREIGN KEY (section_id) REFERENCES openelis.section (id);
ALTER TABLE openelis.attachment ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.attachment_issue ADD FOREIGN KEY (attachment_id) REFERENCES openelis.attachment (id);
ALTER TABLE openelis.attachment_item ADD FOREIGN KEY (attachment_id) REFERENCES openelis.attachment (id);
ALTER TABLE openelis.aux_data ADD FOREIGN KEY (aux_field_id) REFERENCES openelis.aux_field (id);
ALTER TABLE openelis.aux_data ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.aux_field ADD FOREIGN KEY (analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.aux_field ADD FOREIGN KEY (aux_field_group_id) REFERENCES openelis.aux_field_group (id);
ALTER TABLE openelis.aux_field ADD FOREIGN KEY (method_id) REFERENCES openelis.method (id);
ALTER TABLE openelis.aux_field ADD FOREIGN KEY (scriptlet_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.aux_field ADD FOREIGN KEY (unit_of_measure_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.aux_field_value ADD FOREIGN KEY (aux_field_id) REFERENCES openelis.aux_field (id);
ALTER TABLE openelis.aux_field_value ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.category ADD FOREIGN KEY (section_id) REFERENCES openelis.section (id);
ALTER TABLE openelis.dictionary ADD FOREIGN KEY (category_id) REFERENCES openelis.category (id);
ALTER TABLE openelis.dictionary ADD FOREIGN KEY (related_entry_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.eorder_body ADD FOREIGN KEY (eorder_id) REFERENCES openelis.eorder (id);
ALTER TABLE openelis.eorder_link ADD FOREIGN KEY (eorder_id) REFERENCES openelis.eorder (id);
ALTER TABLE openelis.event_log ADD FOREIGN KEY (level_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.event_log ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.exchange_criteria ADD FOREIGN KEY (environment_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.exchange_external_term ADD FOREIGN KEY (exchange_local_term_id) REFERENCES openelis.exchange_local_term (id);
ALTER TABLE openelis.exchange_external_term ADD FOREIGN KEY (profile_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.exchange_profile ADD FOREIGN KEY (exchange_criteria_id) REFERENCES openelis.exchange_criteria (id);
ALTER TABLE openelis.exchange_profile ADD FOREIGN KEY (profile_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.history ADD FOREIGN KEY (activity_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.instrument ADD FOREIGN KEY (scriptlet_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.instrument ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.instrument_log ADD FOREIGN KEY (instrument_id) REFERENCES openelis.instrument (id);
ALTER TABLE openelis.instrument_log ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.instrument_log ADD FOREIGN KEY (worksheet_id) REFERENCES openelis.worksheet (id);
ALTER TABLE openelis.inventory_component ADD FOREIGN KEY (component_id) REFERENCES openelis.inventory_item (id);
ALTER TABLE openelis.inventory_component ADD FOREIGN KEY (inventory_item_id) REFERENCES openelis.inventory_item (id);
ALTER TABLE openelis.inventory_item ADD FOREIGN KEY (category_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.inventory_item ADD FOREIGN KEY (dispensed_units_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.inventory_item ADD FOREIGN KEY (parent_inventory_item_id) REFERENCES openelis.inventory_item (id);
ALTER TABLE openelis.inventory_item ADD FOREIGN KEY (store_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.inventory_location ADD FOREIGN KEY (inventory_item_id) REFERENCES openelis.inventory_item (id);
ALTER TABLE openelis.inventory_location ADD FOREIGN KEY (storage_location_id) REFERENCES openelis.storage_location (id);
ALTER TABLE openelis.inventory_receipt ADD FOREIGN KEY (inventory_item_id) REFERENCES openelis.inventory_item (id);
ALTER TABLE openelis.inventory_receipt ADD FOREIGN KEY (iorder_item_id) REFERENCES openelis.iorder_item (id);
ALTER TABLE openelis.inventory_receipt ADD FOREIGN KEY (organization_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.inventory_receipt_iorder_item ADD FOREIGN KEY (inventory_receipt_id) REFERENCES openelis.inventory_receipt (id);
ALTER TABLE openelis.inventory_receipt_iorder_item ADD FOREIGN KEY (iorder_item_id) REFERENCES openelis.iorder_item (id);
ALTER TABLE openelis.inventory_x_adjust ADD FOREIGN KEY (inventory_adjustment_id) REFERENCES openelis.inventory_adjustment (id);
ALTER TABLE openelis.inventory_x_adjust ADD FOREIGN KEY (inventory_location_id) REFERENCES openelis.inventory_location (id);
ALTER TABLE openelis.inventory_x_put ADD FOREIGN KEY (inventory_location_id) REFERENCES openelis.inventory_location (id);
ALTER TABLE openelis.inventory_x_put ADD FOREIGN KEY (inventory_receipt_id) REFERENCES openelis.inventory_receipt (id);
ALTER TABLE openelis.inventory_x_use ADD FOREIGN KEY (inventory_location_id) REFERENCES openelis.inventory_location (id);
ALTER TABLE openelis.inventory_x_use ADD FOREIGN KEY (iorder_item_id) REFERENCES openelis.iorder_item (id);
ALTER TABLE openelis.iorder ADD FOREIGN KEY (cost_center_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.iorder ADD FOREIGN KEY (organization_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.iorder ADD FOREIGN KEY (parent_iorder_id) REFERENCES openelis.iorder (id);
ALTER TABLE openelis.iorder ADD FOREIGN KEY (ship_from_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.iorder ADD FOREIGN KEY (status_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.iorder_container ADD FOREIGN KEY (container_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.iorder_container ADD FOREIGN KEY (iorder_id) REFERENCES openelis.iorder (id);
ALTER TABLE openelis.iorder_container ADD FOREIGN KEY (type_of_sample_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.iorder_item ADD FOREIGN KEY (inventory_item_id) REFERENCES openelis.inventory_item (id);
ALTER TABLE openelis.iorder_item ADD FOREIGN KEY (iorder_id) REFERENCES openelis.iorder (id);
ALTER TABLE openelis.iorder_organization ADD FOREIGN KEY (iorder_id) REFERENCES openelis.iorder (id);
ALTER TABLE openelis.iorder_organization ADD FOREIGN KEY (organization_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.iorder_organization ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.iorder_recurrence ADD FOREIGN KEY (iorder_id) REFERENCES openelis.iorder (id);
ALTER TABLE openelis.iorder_recurrence ADD FOREIGN KEY (unit_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.iorder_test ADD FOREIGN KEY (iorder_id) REFERENCES openelis.iorder (id);
ALTER TABLE openelis.iorder_test ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.iorder_test_analyte ADD FOREIGN KEY (analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.iorder_test_analyte ADD FOREIGN KEY (iorder_test_id) REFERENCES openelis.iorder_test (id);
ALTER TABLE openelis.label ADD FOREIGN KEY (printer_type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.label ADD FOREIGN KEY (scriptlet_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.organization ADD FOREIGN KEY (address_id) REFERENCES openelis.address (id);
ALTER TABLE openelis.organization ADD FOREIGN KEY (parent_organization_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.organization_contact ADD FOREIGN KEY (address_id) REFERENCES openelis.address (id);
ALTER TABLE openelis.organization_contact ADD FOREIGN KEY (contact_type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.organization_contact ADD FOREIGN KEY (organization_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.organization_parameter ADD FOREIGN KEY (organization_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.organization_parameter ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.panel_item ADD FOREIGN KEY (panel_id) REFERENCES openelis.panel (id);
ALTER TABLE openelis.patient ADD FOREIGN KEY (address_id) REFERENCES openelis.address (id);
ALTER TABLE openelis.patient ADD FOREIGN KEY (ethnicity_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.patient ADD FOREIGN KEY (gender_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.patient ADD FOREIGN KEY (race_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.patient_relation ADD FOREIGN KEY (patient_id) REFERENCES openelis.patient (id);
ALTER TABLE openelis.patient_relation ADD FOREIGN KEY (related_patient_id) REFERENCES openelis.patient (id);
ALTER TABLE openelis.patient_relation ADD FOREIGN KEY (relation_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.project ADD FOREIGN KEY (scriptlet_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.project_parameter ADD FOREIGN KEY (operation_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.project_parameter ADD FOREIGN KEY (project_id) REFERENCES openelis.project (id);
ALTER TABLE openelis.provider ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.provider_analyte ADD FOREIGN KEY (analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.provider_analyte ADD FOREIGN KEY (provider_id) REFERENCES openelis.provider (id);
ALTER TABLE openelis.provider_location ADD FOREIGN KEY (address_id) REFERENCES openelis.address (id);
ALTER TABLE openelis.provider_location ADD FOREIGN KEY (provider_id) REFERENCES openelis.provider (id);
ALTER TABLE openelis.pws_violation ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.qaevent ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.qaevent ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.qc ADD FOREIGN KEY (inventory_item_id) REFERENCES openelis.inventory_item (id);
ALTER TABLE openelis.qc ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.qc_analyte ADD FOREIGN KEY (analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.qc_analyte ADD FOREIGN KEY (qc_id) REFERENCES openelis.qc (id);
ALTER TABLE openelis.qc_analyte ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.qc_lot ADD FOREIGN KEY (location_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.qc_lot ADD FOREIGN KEY (prepared_unit_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.qc_lot ADD FOREIGN KEY (qc_id) REFERENCES openelis.qc (id);
ALTER TABLE openelis.result ADD FOREIGN KEY (analysis_id) REFERENCES openelis.analysis (id);
ALTER TABLE openelis.result ADD FOREIGN KEY (analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.result ADD FOREIGN KEY (test_analyte_id) REFERENCES openelis.test_analyte (id);
ALTER TABLE openelis.result ADD FOREIGN KEY (test_result_id) REFERENCES openelis.test_result (id);
ALTER TABLE openelis.result ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample ADD FOREIGN KEY (status_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_animal ADD FOREIGN KEY (animal_common_name_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_animal ADD FOREIGN KEY (animal_scientific_name_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_animal ADD FOREIGN KEY (location_address_id) REFERENCES openelis.address (id);
ALTER TABLE openelis.sample_animal ADD FOREIGN KEY (provider_id) REFERENCES openelis.provider (id);
ALTER TABLE openelis.sample_animal ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_clinical ADD FOREIGN KEY (patient_id) REFERENCES openelis.patient (id);
ALTER TABLE openelis.sample_clinical ADD FOREIGN KEY (provider_id) REFERENCES openelis.provider (id);
ALTER TABLE openelis.sample_clinical ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_environmental ADD FOREIGN KEY (location_address_id) REFERENCES openelis.address (id);
ALTER TABLE openelis.sample_environmental ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_item ADD FOREIGN KEY (container_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_item ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_item ADD FOREIGN KEY (sample_item_id) REFERENCES openelis.sample_item (id);
ALTER TABLE openelis.sample_item ADD FOREIGN KEY (source_of_sample_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_item ADD FOREIGN KEY (type_of_sample_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_item ADD FOREIGN KEY (unit_of_measure_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_neonatal ADD FOREIGN KEY (next_of_kin_id) REFERENCES openelis.patient (id);
ALTER TABLE openelis.sample_neonatal ADD FOREIGN KEY (next_of_kin_relation_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_neonatal ADD FOREIGN KEY (patient_id) REFERENCES openelis.patient (id);
ALTER TABLE openelis.sample_neonatal ADD FOREIGN KEY (provider_id) REFERENCES openelis.provider (id);
ALTER TABLE openelis.sample_neonatal ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_organization ADD FOREIGN KEY (organization_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.sample_organization ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_organization ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_project ADD FOREIGN KEY (project_id) REFERENCES openelis.project (id);
ALTER TABLE openelis.sample_project ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_pt ADD FOREIGN KEY (pt_provider_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_pt ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_qaevent ADD FOREIGN KEY (qaevent_id) REFERENCES openelis.qaevent (id);
ALTER TABLE openelis.sample_qaevent ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_qaevent ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_sdwis ADD FOREIGN KEY (pws_id) REFERENCES openelis.pws (id);
ALTER TABLE openelis.sample_sdwis ADD FOREIGN KEY (sample_category_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.sample_sdwis ADD FOREIGN KEY (sample_id) REFERENCES openelis.sample (id);
ALTER TABLE openelis.sample_sdwis ADD FOREIGN KEY (sample_type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.section ADD FOREIGN KEY (organization_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.section ADD FOREIGN KEY (parent_section_id) REFERENCES openelis.section (id);
ALTER TABLE openelis.section_parameter ADD FOREIGN KEY (section_id) REFERENCES openelis.section (id);
ALTER TABLE openelis.section_parameter ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.shipping ADD FOREIGN KEY (shipped_from_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.shipping ADD FOREIGN KEY (shipped_method_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.shipping ADD FOREIGN KEY (shipped_to_id) REFERENCES openelis.organization (id);
ALTER TABLE openelis.shipping ADD FOREIGN KEY (status_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.shipping_item ADD FOREIGN KEY (shipping_id) REFERENCES openelis.shipping (id);
ALTER TABLE openelis.shipping_tracking ADD FOREIGN KEY (shipping_id) REFERENCES openelis.shipping (id);
ALTER TABLE openelis.standard_note ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.storage ADD FOREIGN KEY (storage_location_id) REFERENCES openelis.storage_location (id);
ALTER TABLE openelis.storage_location ADD FOREIGN KEY (parent_storage_location_id) REFERENCES openelis.storage_location (id);
ALTER TABLE openelis.storage_location ADD FOREIGN KEY (storage_unit_id) REFERENCES openelis.storage_unit (id);
ALTER TABLE openelis.storage_unit ADD FOREIGN KEY (category_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test ADD FOREIGN KEY (label_id) REFERENCES openelis.label (id);
ALTER TABLE openelis.test ADD FOREIGN KEY (method_id) REFERENCES openelis.method (id);
ALTER TABLE openelis.test ADD FOREIGN KEY (reporting_method_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test ADD FOREIGN KEY (revision_method_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test ADD FOREIGN KEY (scriptlet_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test ADD FOREIGN KEY (sorting_method_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test ADD FOREIGN KEY (test_format_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test ADD FOREIGN KEY (test_trailer_id) REFERENCES openelis.test_trailer (id);
ALTER TABLE openelis.test_analyte ADD FOREIGN KEY (analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.test_analyte ADD FOREIGN KEY (scriptlet_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_analyte ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_analyte ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_prep ADD FOREIGN KEY (prep_test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_prep ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_reflex ADD FOREIGN KEY (add_test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_reflex ADD FOREIGN KEY (flags_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_reflex ADD FOREIGN KEY (test_analyte_id) REFERENCES openelis.test_analyte (id);
ALTER TABLE openelis.test_reflex ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_reflex ADD FOREIGN KEY (test_result_id) REFERENCES openelis.test_result (id);
ALTER TABLE openelis.test_result ADD FOREIGN KEY (flags_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_result ADD FOREIGN KEY (rounding_method_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_result ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_result ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_result ADD FOREIGN KEY (unit_of_measure_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_section ADD FOREIGN KEY (flag_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_section ADD FOREIGN KEY (section_id) REFERENCES openelis.section (id);
ALTER TABLE openelis.test_section ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_type_of_sample ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_type_of_sample ADD FOREIGN KEY (type_of_sample_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_type_of_sample ADD FOREIGN KEY (unit_of_measure_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_worksheet ADD FOREIGN KEY (format_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_worksheet ADD FOREIGN KEY (scriptlet_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_worksheet ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_worksheet_analyte ADD FOREIGN KEY (flag_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.test_worksheet_analyte ADD FOREIGN KEY (test_analyte_id) REFERENCES openelis.test_analyte (id);
ALTER TABLE openelis.test_worksheet_analyte ADD FOREIGN KEY (test_id) REFERENCES openelis.test (id);
ALTER TABLE openelis.test_worksheet_item ADD FOREIGN KEY (test_worksheet_id) REFERENCES openelis.test_worksheet (id);
ALTER TABLE openelis.test_worksheet_item ADD FOREIGN KEY (type_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.worksheet ADD FOREIGN KEY (format_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.worksheet ADD FOREIGN KEY (instrument_id) REFERENCES openelis.instrument (id);
ALTER TABLE openelis.worksheet ADD FOREIGN KEY (related_worksheet_id) REFERENCES openelis.worksheet (id);
ALTER TABLE openelis.worksheet ADD FOREIGN KEY (status_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.worksheet_analysis ADD FOREIGN KEY (analysis_id) REFERENCES openelis.analysis (id);
ALTER TABLE openelis.worksheet_analysis ADD FOREIGN KEY (change_flags_id) REFERENCES openelis.dictionary (id);
ALTER TABLE openelis.worksheet_analysis ADD FOREIGN KEY (qc_lot_id) REFERENCES openelis.qc_lot (id);
ALTER TABLE openelis.worksheet_analysis ADD FOREIGN KEY (worksheet_analysis_id) REFERENCES openelis.worksheet_analysis (id);
ALTER TABLE openelis.worksheet_analysis ADD FOREIGN KEY (worksheet_item_id) REFERENCES openelis.worksheet_item (id);
ALTER TABLE openelis.worksheet_item ADD FOREIGN KEY (worksheet_id) REFERENCES openelis.worksheet (id);
ALTER TABLE openelis.worksheet_qc_result ADD FOREIGN KEY (qc_analyte_id) REFERENCES openelis.qc_analyte (id);
ALTER TABLE openelis.worksheet_qc_result ADD FOREIGN KEY (worksheet_analysis_id) REFERENCES openelis.worksheet_analysis (id);
ALTER TABLE openelis.worksheet_reagent ADD FOREIGN KEY (qc_lot_id) REFERENCES openelis.qc_lot (id);
ALTER TABLE openelis.worksheet_reagent ADD FOREIGN KEY (worksheet_id) REFERENCES openelis.worksheet (id);
ALTER TABLE openelis.worksheet_result ADD FOREIGN KEY (analyte_id) REFERENCES openelis.analyte (id);
ALTER TABLE openelis.worksheet_result ADD FOREIGN KEY (test_analyte_id) REFERENCES openelis.test_analyte (id);
ALTER TABLE openelis.worksheet_result ADD FOREIGN KEY (worksheet_analysis_id) REFERENCES openelis.worksheet_analysis (id);
ALTER TABLE security.lock ADD FOREIGN KEY (system_user_id) REFERENCES security.system_user (id);
ALTER TABLE security.section ADD FOREIGN KEY (application_id) REFERENCES security.application (id);
ALTER TABLE security.system_module ADD FOREIGN KEY (application_id) REFERENCES security.application (id);
ALTER TABLE security.system_user_module ADD FOREIGN KEY (system_module_id) REFERENCES security.system_module (id);
ALTER TABLE security.system_user_module ADD FOREIGN KEY (system_user_id) REFERENCES security.system_user (id);
ALTER TABLE security.system_user_section ADD FOREIGN KEY (section_id) REFERENCES security.section (id);
ALTER TABLE security.system_user_section ADD FOREIGN KEY (system_user_id) REFERENCES security.system_user (id);

