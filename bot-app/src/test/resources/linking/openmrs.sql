-- OpenMRS, the open-source electronic medical record platform (patients and persons with names, addresses,
-- identifiers and attributes, visits, encounters with their providers and roles, observations, the concept
-- dictionary with names, classes, datatypes, answers, sets, mappings and reference sources, orders of every kind with
-- drug orders, test orders and order sets, drugs, allergies, conditions, diagnoses, programs and their workflows and
-- states, cohorts, locations and their tags and attributes, forms, users, roles and privileges, relationships,
-- alerts, scheduler tasks and global properties), as its Liquibase data model snapshot declares it:
-- api/src/main/resources/org/openmrs/liquibase/snapshots/schema-only/liquibase-schema-only-2.9.x.xml of
-- github.com/openmrs/openmrs-core (commit 4d92b49; MPL-2.0 with OpenMRS's Healthcare Disclaimer; we use the schema's
-- facts). Its createTable and addForeignKeyConstraint change sets were turned into PostgreSQL by a one-off script,
-- loaded into a scratch PostgreSQL and regenerated from its catalog: all 119 tables, their primary keys (117 tables;
-- concept_name_tag_map and concept_proposal_tag_map have none in the source) and the 448 foreign keys the snapshot
-- declares (every one points at a primary key), schema openmrs; INT -> integer, datetime(0)/TIMESTAMP(0) ->
-- timestamp(0), CHAR(38) (the uuid columns) -> character(38), BOOLEAN -> boolean, TEXT/MEDIUMTEXT/CLOB -> text,
-- DOUBLE -> double precision, FLOAT -> real. Left out: auto-increment, defaults, ON DELETE/UPDATE actions, indexes,
-- the unique constraints (uuid, names and codes; no foreign key points at one) and the changes the later
-- update-to-latest change logs make after 2.9.x; the snapshot declares no remarks, so no comments. No rows. See
-- README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS openmrs;
CREATE TABLE openmrs.allergy (
    allergy_id integer NOT NULL,
    patient_id integer NOT NULL,
    severity_concept_id integer,
    coded_allergen integer NOT NULL,
    non_coded_allergen character varying(255),
    allergen_type character varying(50) NOT NULL,
    comments character varying(1024),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38),
    form_namespace_and_path character varying(255),
    encounter_id integer,
    PRIMARY KEY (allergy_id)
);
CREATE TABLE openmrs.allergy_reaction (
    allergy_reaction_id integer NOT NULL,
    allergy_id integer NOT NULL,
    reaction_concept_id integer NOT NULL,
    reaction_non_coded character varying(255),
    uuid character(38),
    PRIMARY KEY (allergy_reaction_id)
);
CREATE TABLE openmrs.care_setting (
    care_setting_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    care_setting_type character varying(50) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (care_setting_id)
);
CREATE TABLE openmrs.clob_datatype_storage (
    id integer NOT NULL,
    uuid character(38) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openmrs.cohort (
    cohort_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1000),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (cohort_id)
);
CREATE TABLE openmrs.cohort_member (
    cohort_id integer NOT NULL,
    patient_id integer NOT NULL,
    cohort_member_id integer NOT NULL,
    start_date timestamp(0) without time zone,
    end_date timestamp(0) without time zone,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (cohort_member_id)
);
CREATE TABLE openmrs.concept (
    concept_id integer NOT NULL,
    retired boolean NOT NULL,
    short_name character varying(255),
    description text,
    form_text text,
    datatype_id integer NOT NULL,
    class_id integer NOT NULL,
    is_set boolean NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    version character varying(50),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_id)
);
CREATE TABLE openmrs.concept_answer (
    concept_answer_id integer NOT NULL,
    concept_id integer NOT NULL,
    answer_concept integer,
    answer_drug integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    sort_weight double precision,
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_answer_id)
);
CREATE TABLE openmrs.concept_attribute (
    concept_attribute_id integer NOT NULL,
    concept_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (concept_attribute_id)
);
CREATE TABLE openmrs.concept_attribute_type (
    concept_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_attribute_type_id)
);
CREATE TABLE openmrs.concept_class (
    concept_class_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    PRIMARY KEY (concept_class_id)
);
CREATE TABLE openmrs.concept_complex (
    concept_id integer NOT NULL,
    handler character varying(255),
    PRIMARY KEY (concept_id)
);
CREATE TABLE openmrs.concept_datatype (
    concept_datatype_id integer NOT NULL,
    name character varying(255) NOT NULL,
    hl7_abbreviation character varying(3),
    description character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_datatype_id)
);
CREATE TABLE openmrs.concept_description (
    concept_description_id integer NOT NULL,
    concept_id integer NOT NULL,
    description text NOT NULL,
    locale character varying(50) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_description_id)
);
CREATE TABLE openmrs.concept_map_type (
    concept_map_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    is_hidden boolean NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_map_type_id)
);
CREATE TABLE openmrs.concept_name (
    concept_name_id integer NOT NULL,
    concept_id integer,
    name character varying(255) NOT NULL,
    locale character varying(50) NOT NULL,
    locale_preferred boolean,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    concept_name_type character varying(50),
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    PRIMARY KEY (concept_name_id)
);
CREATE TABLE openmrs.concept_name_tag (
    concept_name_tag_id integer NOT NULL,
    tag character varying(50) NOT NULL,
    description text,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    PRIMARY KEY (concept_name_tag_id)
);
CREATE TABLE openmrs.concept_name_tag_map (
    concept_name_id integer NOT NULL,
    concept_name_tag_id integer NOT NULL
);
CREATE TABLE openmrs.concept_numeric (
    concept_id integer NOT NULL,
    hi_absolute double precision,
    hi_critical double precision,
    hi_normal double precision,
    low_absolute double precision,
    low_critical double precision,
    low_normal double precision,
    units character varying(50),
    allow_decimal boolean,
    display_precision integer,
    PRIMARY KEY (concept_id)
);
CREATE TABLE openmrs.concept_proposal (
    concept_proposal_id integer NOT NULL,
    concept_id integer,
    encounter_id integer,
    original_text character varying(255) NOT NULL,
    final_text character varying(255),
    obs_id integer,
    obs_concept_id integer,
    state character varying(32) NOT NULL,
    comments character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    locale character varying(50) NOT NULL,
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_proposal_id)
);
CREATE TABLE openmrs.concept_proposal_tag_map (
    concept_proposal_id integer NOT NULL,
    concept_name_tag_id integer NOT NULL
);
CREATE TABLE openmrs.concept_reference_map (
    concept_map_id integer NOT NULL,
    concept_reference_term_id integer NOT NULL,
    concept_map_type_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    concept_id integer NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_map_id)
);
CREATE TABLE openmrs.concept_reference_range (
    concept_reference_range_id integer NOT NULL,
    concept_id integer NOT NULL,
    criteria character varying(255) NOT NULL,
    hi_absolute double precision,
    hi_critical double precision,
    hi_normal double precision,
    low_absolute double precision,
    low_critical double precision,
    low_normal double precision,
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_reference_range_id)
);
CREATE TABLE openmrs.concept_reference_source (
    concept_source_id integer NOT NULL,
    name character varying(50) NOT NULL,
    description text NOT NULL,
    hl7_code character varying(50),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    unique_id character varying(250),
    date_changed timestamp(0) without time zone,
    changed_by integer,
    PRIMARY KEY (concept_source_id)
);
CREATE TABLE openmrs.concept_reference_term (
    concept_reference_term_id integer NOT NULL,
    concept_source_id integer NOT NULL,
    name character varying(255),
    code character varying(255) NOT NULL,
    version character varying(255),
    description character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_reference_term_id)
);
CREATE TABLE openmrs.concept_reference_term_map (
    concept_reference_term_map_id integer NOT NULL,
    term_a_id integer NOT NULL,
    term_b_id integer NOT NULL,
    a_is_to_b_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_reference_term_map_id)
);
CREATE TABLE openmrs.concept_set (
    concept_set_id integer NOT NULL,
    concept_id integer NOT NULL,
    concept_set integer NOT NULL,
    sort_weight double precision,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_set_id)
);
CREATE TABLE openmrs.concept_state_conversion (
    concept_state_conversion_id integer NOT NULL,
    concept_id integer,
    program_workflow_id integer,
    program_workflow_state_id integer,
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_state_conversion_id)
);
CREATE TABLE openmrs.concept_stop_word (
    concept_stop_word_id integer NOT NULL,
    word character varying(50) NOT NULL,
    locale character varying(50),
    uuid character(38) NOT NULL,
    PRIMARY KEY (concept_stop_word_id)
);
CREATE TABLE openmrs.conditions (
    condition_id integer NOT NULL,
    additional_detail character varying(255),
    previous_version integer,
    condition_coded integer,
    condition_non_coded character varying(255),
    condition_coded_name integer,
    clinical_status character varying(50) NOT NULL,
    verification_status character varying(50),
    onset_date timestamp(0) without time zone,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character varying(38),
    creator integer NOT NULL,
    voided_by integer,
    changed_by integer,
    patient_id integer NOT NULL,
    end_date timestamp(0) without time zone,
    date_changed timestamp(0) without time zone,
    encounter_id integer,
    form_namespace_and_path character varying(255),
    PRIMARY KEY (condition_id)
);
CREATE TABLE openmrs.diagnosis_attribute (
    diagnosis_attribute_id integer NOT NULL,
    diagnosis_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (diagnosis_attribute_id)
);
CREATE TABLE openmrs.diagnosis_attribute_type (
    diagnosis_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (diagnosis_attribute_type_id)
);
CREATE TABLE openmrs.drug (
    drug_id integer NOT NULL,
    concept_id integer NOT NULL,
    name character varying(255),
    combination boolean NOT NULL,
    dosage_form integer,
    maximum_daily_dose double precision,
    minimum_daily_dose double precision,
    route integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    strength character varying(255),
    dose_limit_units integer,
    PRIMARY KEY (drug_id)
);
CREATE TABLE openmrs.drug_ingredient (
    drug_id integer NOT NULL,
    ingredient_id integer NOT NULL,
    uuid character(38) NOT NULL,
    strength double precision,
    units integer,
    PRIMARY KEY (drug_id, ingredient_id)
);
CREATE TABLE openmrs.drug_order (
    order_id integer NOT NULL,
    drug_inventory_id integer,
    dose double precision,
    as_needed boolean,
    dosing_type character varying(255),
    quantity double precision,
    as_needed_condition character varying(255),
    num_refills integer,
    dosing_instructions text,
    duration integer,
    duration_units integer,
    quantity_units integer,
    route integer,
    dose_units integer,
    frequency integer,
    brand_name character varying(255),
    dispense_as_written boolean NOT NULL,
    drug_non_coded character varying(255),
    PRIMARY KEY (order_id)
);
CREATE TABLE openmrs.drug_reference_map (
    drug_reference_map_id integer NOT NULL,
    drug_id integer NOT NULL,
    term_id integer NOT NULL,
    concept_map_type integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (drug_reference_map_id)
);
CREATE TABLE openmrs.encounter (
    encounter_id integer NOT NULL,
    encounter_type integer NOT NULL,
    patient_id integer NOT NULL,
    location_id integer,
    form_id integer,
    encounter_datetime timestamp(0) without time zone NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    visit_id integer,
    uuid character(38) NOT NULL,
    PRIMARY KEY (encounter_id)
);
CREATE TABLE openmrs.encounter_diagnosis (
    diagnosis_id integer NOT NULL,
    diagnosis_coded integer,
    diagnosis_non_coded character varying(255),
    diagnosis_coded_name integer,
    encounter_id integer NOT NULL,
    patient_id integer NOT NULL,
    condition_id integer,
    certainty character varying(255) NOT NULL,
    dx_rank integer NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    form_namespace_and_path character varying(255),
    PRIMARY KEY (diagnosis_id)
);
CREATE TABLE openmrs.encounter_provider (
    encounter_provider_id integer NOT NULL,
    encounter_id integer NOT NULL,
    provider_id integer NOT NULL,
    encounter_role_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    date_voided timestamp(0) without time zone,
    voided_by integer,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (encounter_provider_id)
);
CREATE TABLE openmrs.encounter_role (
    encounter_role_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (encounter_role_id)
);
CREATE TABLE openmrs.encounter_type (
    encounter_type_id integer NOT NULL,
    name character varying(50) NOT NULL,
    description text,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    edit_privilege character varying(255),
    view_privilege character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    PRIMARY KEY (encounter_type_id)
);
CREATE TABLE openmrs.field (
    field_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    field_type integer,
    concept_id integer,
    table_name character varying(50),
    attribute_name character varying(50),
    default_value text,
    select_multiple boolean NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (field_id)
);
CREATE TABLE openmrs.field_answer (
    field_id integer NOT NULL,
    answer_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    uuid character(38) NOT NULL,
    PRIMARY KEY (field_id, answer_id)
);
CREATE TABLE openmrs.field_type (
    field_type_id integer NOT NULL,
    name character varying(50),
    description text,
    is_set boolean NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    uuid character(38) NOT NULL,
    PRIMARY KEY (field_type_id)
);
CREATE TABLE openmrs.form (
    form_id integer NOT NULL,
    name character varying(255) NOT NULL,
    version character varying(50) NOT NULL,
    build integer,
    published boolean NOT NULL,
    xslt text,
    template text,
    description text,
    encounter_type integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retired_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (form_id)
);
CREATE TABLE openmrs.form_field (
    form_field_id integer NOT NULL,
    form_id integer NOT NULL,
    field_id integer NOT NULL,
    field_number integer,
    field_part character varying(5),
    page_number integer,
    parent_form_field integer,
    min_occurs integer,
    max_occurs integer,
    required boolean NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    sort_weight real,
    uuid character(38) NOT NULL,
    PRIMARY KEY (form_field_id)
);
CREATE TABLE openmrs.form_resource (
    form_resource_id integer NOT NULL,
    form_id integer NOT NULL,
    name character varying(255) NOT NULL,
    value_reference text NOT NULL,
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    uuid character(38) NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    PRIMARY KEY (form_resource_id)
);
CREATE TABLE openmrs.global_property (
    property character varying(255) NOT NULL,
    property_value text,
    description text,
    uuid character(38) NOT NULL,
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    view_privilege character varying(255),
    edit_privilege character varying(255),
    delete_privilege character varying(255),
    PRIMARY KEY (property)
);
CREATE TABLE openmrs.hl7_in_archive (
    hl7_in_archive_id integer NOT NULL,
    hl7_source integer NOT NULL,
    hl7_source_key character varying(255),
    hl7_data text NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    message_state integer,
    uuid character(38) NOT NULL,
    PRIMARY KEY (hl7_in_archive_id)
);
CREATE TABLE openmrs.hl7_in_error (
    hl7_in_error_id integer NOT NULL,
    hl7_source integer NOT NULL,
    hl7_source_key text,
    hl7_data text NOT NULL,
    error character varying(255) NOT NULL,
    error_details text,
    date_created timestamp(0) without time zone NOT NULL,
    uuid character(38) NOT NULL,
    PRIMARY KEY (hl7_in_error_id)
);
CREATE TABLE openmrs.hl7_in_queue (
    hl7_in_queue_id integer NOT NULL,
    hl7_source integer NOT NULL,
    hl7_source_key text,
    hl7_data text NOT NULL,
    message_state integer NOT NULL,
    date_processed timestamp(0) without time zone,
    error_msg text,
    date_created timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (hl7_in_queue_id)
);
CREATE TABLE openmrs.hl7_source (
    hl7_source_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    uuid character(38) NOT NULL,
    PRIMARY KEY (hl7_source_id)
);
CREATE TABLE openmrs.location (
    location_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    address1 character varying(255),
    address2 character varying(255),
    city_village character varying(255),
    state_province character varying(255),
    postal_code character varying(50),
    country character varying(50),
    latitude character varying(50),
    longitude character varying(50),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    county_district character varying(255),
    address3 character varying(255),
    address4 character varying(255),
    address5 character varying(255),
    address6 character varying(255),
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    parent_location integer,
    uuid character(38) NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    address7 character varying(255),
    address8 character varying(255),
    address9 character varying(255),
    address10 character varying(255),
    address11 character varying(255),
    address12 character varying(255),
    address13 character varying(255),
    address14 character varying(255),
    address15 character varying(255),
    location_type_concept_id integer,
    PRIMARY KEY (location_id)
);
CREATE TABLE openmrs.location_attribute (
    location_attribute_id integer NOT NULL,
    location_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (location_attribute_id)
);
CREATE TABLE openmrs.location_attribute_type (
    location_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (location_attribute_type_id)
);
CREATE TABLE openmrs.location_tag (
    location_tag_id integer NOT NULL,
    name character varying(50) NOT NULL,
    description character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    PRIMARY KEY (location_tag_id)
);
CREATE TABLE openmrs.location_tag_map (
    location_id integer NOT NULL,
    location_tag_id integer NOT NULL,
    PRIMARY KEY (location_id, location_tag_id)
);
CREATE TABLE openmrs.medication_dispense (
    medication_dispense_id integer NOT NULL,
    uuid character(38) NOT NULL,
    patient_id integer NOT NULL,
    encounter_id integer,
    concept integer NOT NULL,
    drug_id integer,
    location_id integer,
    dispenser integer,
    drug_order_id integer,
    status integer NOT NULL,
    status_reason integer,
    type integer,
    quantity double precision,
    quantity_units integer,
    dose double precision,
    dose_units integer,
    route integer,
    frequency integer,
    as_needed boolean,
    dosing_instructions text,
    date_prepared timestamp(0) without time zone,
    date_handed_over timestamp(0) without time zone,
    was_substituted boolean,
    substitution_type integer,
    substitution_reason integer,
    form_namespace_and_path character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (medication_dispense_id)
);
CREATE TABLE openmrs.note (
    note_id integer NOT NULL,
    note_type character varying(50),
    patient_id integer,
    obs_id integer,
    encounter_id integer,
    text text NOT NULL,
    priority integer,
    parent integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (note_id)
);
CREATE TABLE openmrs.notification_alert (
    alert_id integer NOT NULL,
    text character varying(512) NOT NULL,
    satisfied_by_any boolean NOT NULL,
    alert_read boolean NOT NULL,
    date_to_expire timestamp(0) without time zone,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (alert_id)
);
CREATE TABLE openmrs.notification_alert_recipient (
    alert_id integer NOT NULL,
    user_id integer NOT NULL,
    alert_read boolean NOT NULL,
    date_changed timestamp(0) without time zone NOT NULL,
    uuid character(38) NOT NULL,
    PRIMARY KEY (alert_id, user_id)
);
CREATE TABLE openmrs.notification_template (
    template_id integer NOT NULL,
    name character varying(50),
    template text,
    subject character varying(100),
    sender character varying(255),
    recipients character varying(512),
    ordinal integer,
    uuid character(38) NOT NULL,
    PRIMARY KEY (template_id)
);
CREATE TABLE openmrs.obs (
    obs_id integer NOT NULL,
    person_id integer NOT NULL,
    concept_id integer NOT NULL,
    encounter_id integer,
    order_id integer,
    obs_datetime timestamp(0) without time zone NOT NULL,
    location_id integer,
    obs_group_id integer,
    accession_number character varying(255),
    value_group_id integer,
    value_coded integer,
    value_coded_name_id integer,
    value_drug integer,
    value_datetime timestamp(0) without time zone,
    value_numeric double precision,
    value_modifier character varying(2),
    value_text text,
    value_complex character varying(1000),
    comments character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    previous_version integer,
    form_namespace_and_path character varying(255),
    status character varying(16) NOT NULL,
    interpretation character varying(32),
    PRIMARY KEY (obs_id)
);
CREATE TABLE openmrs.obs_reference_range (
    obs_reference_range_id integer NOT NULL,
    obs_id integer NOT NULL,
    hi_absolute double precision,
    hi_critical double precision,
    hi_normal double precision,
    low_absolute double precision,
    low_critical double precision,
    low_normal double precision,
    uuid character(38),
    PRIMARY KEY (obs_reference_range_id)
);
CREATE TABLE openmrs.order_attribute (
    order_attribute_id integer NOT NULL,
    order_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (order_attribute_id)
);
CREATE TABLE openmrs.order_attribute_type (
    order_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (order_attribute_type_id)
);
CREATE TABLE openmrs.order_frequency (
    order_frequency_id integer NOT NULL,
    concept_id integer NOT NULL,
    frequency_per_day double precision,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (order_frequency_id)
);
CREATE TABLE openmrs.order_group (
    order_group_id integer NOT NULL,
    order_set_id integer,
    patient_id integer NOT NULL,
    encounter_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    order_group_reason integer,
    parent_order_group integer,
    previous_order_group integer,
    PRIMARY KEY (order_group_id)
);
CREATE TABLE openmrs.order_group_attribute (
    order_group_attribute_id integer NOT NULL,
    order_group_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (order_group_attribute_id)
);
CREATE TABLE openmrs.order_group_attribute_type (
    order_group_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (order_group_attribute_type_id)
);
CREATE TABLE openmrs.order_set (
    order_set_id integer NOT NULL,
    operator character varying(50) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1000),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    category integer,
    PRIMARY KEY (order_set_id)
);
CREATE TABLE openmrs.order_set_attribute (
    order_set_attribute_id integer NOT NULL,
    order_set_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (order_set_attribute_id)
);
CREATE TABLE openmrs.order_set_attribute_type (
    order_set_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (order_set_attribute_type_id)
);
CREATE TABLE openmrs.order_set_member (
    order_set_member_id integer NOT NULL,
    order_type integer NOT NULL,
    order_template text,
    order_template_type character varying(1024),
    order_set_id integer NOT NULL,
    sequence_number integer NOT NULL,
    concept_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (order_set_member_id)
);
CREATE TABLE openmrs.order_type (
    order_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    java_class_name character varying(255) NOT NULL,
    parent integer,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    PRIMARY KEY (order_type_id)
);
CREATE TABLE openmrs.order_type_class_map (
    order_type_id integer NOT NULL,
    concept_class_id integer NOT NULL,
    PRIMARY KEY (order_type_id, concept_class_id)
);
CREATE TABLE openmrs.orders (
    order_id integer NOT NULL,
    order_type_id integer NOT NULL,
    concept_id integer NOT NULL,
    orderer integer NOT NULL,
    encounter_id integer NOT NULL,
    instructions text,
    date_activated timestamp(0) without time zone,
    auto_expire_date timestamp(0) without time zone,
    date_stopped timestamp(0) without time zone,
    order_reason integer,
    order_reason_non_coded character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    patient_id integer NOT NULL,
    accession_number character varying(255),
    uuid character(38) NOT NULL,
    urgency character varying(50) NOT NULL,
    order_number character varying(50) NOT NULL,
    previous_order_id integer,
    order_action character varying(50) NOT NULL,
    comment_to_fulfiller character varying(1024),
    care_setting integer NOT NULL,
    scheduled_date timestamp(0) without time zone,
    order_group_id integer,
    sort_weight double precision,
    fulfiller_comment character varying(1024),
    fulfiller_status character varying(50),
    form_namespace_and_path character varying(255),
    PRIMARY KEY (order_id)
);
CREATE TABLE openmrs.outbox_event (
    id integer NOT NULL,
    uuid character(38) NOT NULL,
    event_type character varying(255) NOT NULL,
    payload text NOT NULL,
    status character varying(50) NOT NULL,
    error_count integer NOT NULL,
    error_message character varying(1024),
    completed_listeners text,
    creator integer,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE openmrs.patient (
    patient_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    allergy_status character varying(50) NOT NULL,
    PRIMARY KEY (patient_id)
);
CREATE TABLE openmrs.patient_identifier (
    patient_identifier_id integer NOT NULL,
    patient_id integer NOT NULL,
    identifier character varying(50) NOT NULL,
    identifier_type integer NOT NULL,
    preferred boolean NOT NULL,
    location_id integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    patient_program_id integer,
    PRIMARY KEY (patient_identifier_id)
);
CREATE TABLE openmrs.patient_identifier_type (
    patient_identifier_type_id integer NOT NULL,
    name character varying(50) NOT NULL,
    description text,
    format character varying(255),
    check_digit boolean NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    required boolean NOT NULL,
    format_description character varying(255),
    validator character varying(200),
    location_behavior character varying(50),
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    uniqueness_behavior character varying(50),
    date_changed timestamp(0) without time zone,
    changed_by integer,
    PRIMARY KEY (patient_identifier_type_id)
);
CREATE TABLE openmrs.patient_program (
    patient_program_id integer NOT NULL,
    patient_id integer NOT NULL,
    program_id integer NOT NULL,
    date_enrolled timestamp(0) without time zone,
    date_completed timestamp(0) without time zone,
    location_id integer,
    outcome_concept_id integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (patient_program_id)
);
CREATE TABLE openmrs.patient_program_attribute (
    patient_program_attribute_id integer NOT NULL,
    patient_program_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (patient_program_attribute_id)
);
CREATE TABLE openmrs.patient_state (
    patient_state_id integer NOT NULL,
    patient_program_id integer NOT NULL,
    state integer NOT NULL,
    start_date date,
    end_date date,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    form_namespace_and_path character varying(255),
    encounter_id integer,
    PRIMARY KEY (patient_state_id)
);
CREATE TABLE openmrs.person (
    person_id integer NOT NULL,
    gender character varying(50),
    birthdate date,
    birthdate_estimated boolean NOT NULL,
    dead boolean NOT NULL,
    death_date timestamp(0) without time zone,
    cause_of_death integer,
    creator integer,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    deathdate_estimated boolean NOT NULL,
    birthtime time without time zone,
    cause_of_death_non_coded character varying(255),
    PRIMARY KEY (person_id)
);
CREATE TABLE openmrs.person_address (
    person_address_id integer NOT NULL,
    person_id integer,
    preferred boolean NOT NULL,
    address1 character varying(255),
    address2 character varying(255),
    city_village character varying(255),
    state_province character varying(255),
    postal_code character varying(50),
    country character varying(50),
    latitude character varying(50),
    longitude character varying(50),
    start_date timestamp(0) without time zone,
    end_date timestamp(0) without time zone,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    county_district character varying(255),
    address3 character varying(255),
    address4 character varying(255),
    address5 character varying(255),
    address6 character varying(255),
    date_changed timestamp(0) without time zone,
    changed_by integer,
    uuid character(38) NOT NULL,
    address7 character varying(255),
    address8 character varying(255),
    address9 character varying(255),
    address10 character varying(255),
    address11 character varying(255),
    address12 character varying(255),
    address13 character varying(255),
    address14 character varying(255),
    address15 character varying(255),
    PRIMARY KEY (person_address_id)
);
CREATE TABLE openmrs.person_attribute (
    person_attribute_id integer NOT NULL,
    person_id integer NOT NULL,
    value character varying(50) NOT NULL,
    person_attribute_type_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (person_attribute_id)
);
CREATE TABLE openmrs.person_attribute_type (
    person_attribute_type_id integer NOT NULL,
    name character varying(50) NOT NULL,
    description text,
    format character varying(50),
    foreign_key integer,
    searchable boolean NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    edit_privilege character varying(255),
    sort_weight double precision,
    uuid character(38) NOT NULL,
    PRIMARY KEY (person_attribute_type_id)
);
CREATE TABLE openmrs.person_merge_log (
    person_merge_log_id integer NOT NULL,
    winner_person_id integer NOT NULL,
    loser_person_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    merged_data text NOT NULL,
    uuid character(38) NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (person_merge_log_id)
);
CREATE TABLE openmrs.person_name (
    person_name_id integer NOT NULL,
    preferred boolean NOT NULL,
    person_id integer NOT NULL,
    prefix character varying(50),
    given_name character varying(50),
    middle_name character varying(50),
    family_name_prefix character varying(50),
    family_name character varying(50),
    family_name2 character varying(50),
    family_name_suffix character varying(50),
    degree character varying(50),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (person_name_id)
);
CREATE TABLE openmrs.privilege (
    privilege character varying(255) NOT NULL,
    description text,
    uuid character(38) NOT NULL,
    PRIMARY KEY (privilege)
);
CREATE TABLE openmrs.program (
    program_id integer NOT NULL,
    concept_id integer NOT NULL,
    outcomes_concept_id integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    name character varying(50) NOT NULL,
    description text,
    uuid character(38) NOT NULL,
    PRIMARY KEY (program_id)
);
CREATE TABLE openmrs.program_attribute_type (
    program_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (program_attribute_type_id)
);
CREATE TABLE openmrs.program_workflow (
    program_workflow_id integer NOT NULL,
    program_id integer NOT NULL,
    concept_id integer NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (program_workflow_id)
);
CREATE TABLE openmrs.program_workflow_state (
    program_workflow_state_id integer NOT NULL,
    program_workflow_id integer NOT NULL,
    concept_id integer NOT NULL,
    initial boolean NOT NULL,
    terminal boolean NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (program_workflow_state_id)
);
CREATE TABLE openmrs.provider (
    provider_id integer NOT NULL,
    person_id integer,
    name character varying(255),
    identifier character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    role_id integer,
    speciality_id integer,
    provider_role_id integer,
    PRIMARY KEY (provider_id)
);
CREATE TABLE openmrs.provider_attribute (
    provider_attribute_id integer NOT NULL,
    provider_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (provider_attribute_id)
);
CREATE TABLE openmrs.provider_attribute_type (
    provider_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (provider_attribute_type_id)
);
CREATE TABLE openmrs.provider_role (
    provider_role_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1000),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (provider_role_id)
);
CREATE TABLE openmrs.referral_order (
    order_id integer NOT NULL,
    specimen_source integer,
    laterality character varying(20),
    clinical_history text,
    frequency integer,
    number_of_repeats integer,
    location integer,
    PRIMARY KEY (order_id)
);
CREATE TABLE openmrs.relationship (
    relationship_id integer NOT NULL,
    person_a integer NOT NULL,
    relationship integer NOT NULL,
    person_b integer NOT NULL,
    start_date timestamp(0) without time zone,
    end_date timestamp(0) without time zone,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (relationship_id)
);
CREATE TABLE openmrs.relationship_type (
    relationship_type_id integer NOT NULL,
    a_is_to_b character varying(50) NOT NULL,
    b_is_to_a character varying(50) NOT NULL,
    preferred boolean NOT NULL,
    weight integer NOT NULL,
    description character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    PRIMARY KEY (relationship_type_id)
);
CREATE TABLE openmrs.report_object (
    report_object_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1000),
    report_object_type character varying(255) NOT NULL,
    report_object_sub_type character varying(255) NOT NULL,
    xml_data text,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (report_object_id)
);
CREATE TABLE openmrs.report_schema_xml (
    report_schema_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    xml_data text NOT NULL,
    uuid character(38) NOT NULL,
    PRIMARY KEY (report_schema_id)
);
CREATE TABLE openmrs.role (
    role character varying(50) NOT NULL,
    description character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (role)
);
CREATE TABLE openmrs.role_privilege (
    role character varying(50) NOT NULL,
    privilege character varying(255) NOT NULL,
    PRIMARY KEY (role, privilege)
);
CREATE TABLE openmrs.role_role (
    parent_role character varying(50) NOT NULL,
    child_role character varying(50) NOT NULL,
    PRIMARY KEY (parent_role, child_role)
);
CREATE TABLE openmrs.scheduler_task_config (
    task_config_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    schedulable_class text,
    start_time timestamp(0) without time zone,
    start_time_pattern character varying(50),
    repeat_interval integer NOT NULL,
    start_on_startup boolean NOT NULL,
    started boolean NOT NULL,
    created_by integer,
    date_created timestamp(0) without time zone,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    last_execution_time timestamp(0) without time zone,
    uuid character(38) NOT NULL,
    PRIMARY KEY (task_config_id)
);
CREATE TABLE openmrs.scheduler_task_config_property (
    task_config_property_id integer NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    task_config_id integer,
    PRIMARY KEY (task_config_property_id)
);
CREATE TABLE openmrs.serialized_object (
    serialized_object_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(5000),
    type character varying(255) NOT NULL,
    subtype character varying(255) NOT NULL,
    serialization_class character varying(255) NOT NULL,
    serialized_data text NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    creator integer NOT NULL,
    date_changed timestamp(0) without time zone,
    changed_by integer,
    retired boolean NOT NULL,
    date_retired timestamp(0) without time zone,
    retired_by integer,
    retire_reason character varying(1000),
    uuid character(38) NOT NULL,
    PRIMARY KEY (serialized_object_id)
);
CREATE TABLE openmrs.shedlock (
    name character varying(64) NOT NULL,
    lock_until timestamp(0) without time zone NOT NULL,
    locked_at timestamp(0) without time zone NOT NULL,
    locked_by character varying(255) NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE openmrs.test_order (
    order_id integer NOT NULL,
    specimen_source integer,
    laterality character varying(20),
    clinical_history text,
    frequency integer,
    number_of_repeats integer,
    location integer,
    PRIMARY KEY (order_id)
);
CREATE TABLE openmrs.user_property (
    user_id integer NOT NULL,
    property character varying(255) NOT NULL,
    property_value text,
    PRIMARY KEY (user_id, property)
);
CREATE TABLE openmrs.user_role (
    user_id integer NOT NULL,
    role character varying(50) NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE TABLE openmrs.users (
    user_id integer NOT NULL,
    system_id character varying(50) NOT NULL,
    username character varying(50),
    password character varying(128),
    salt character varying(128),
    secret_question character varying(255),
    secret_answer character varying(255),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    person_id integer NOT NULL,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    activation_key character varying(255),
    email character varying(255),
    PRIMARY KEY (user_id)
);
CREATE TABLE openmrs.visit (
    visit_id integer NOT NULL,
    patient_id integer NOT NULL,
    visit_type_id integer NOT NULL,
    date_started timestamp(0) without time zone NOT NULL,
    date_stopped timestamp(0) without time zone,
    indication_concept_id integer,
    location_id integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (visit_id)
);
CREATE TABLE openmrs.visit_attribute (
    visit_attribute_id integer NOT NULL,
    visit_id integer NOT NULL,
    attribute_type_id integer NOT NULL,
    value_reference text NOT NULL,
    uuid character(38) NOT NULL,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    voided boolean NOT NULL,
    voided_by integer,
    date_voided timestamp(0) without time zone,
    void_reason character varying(255),
    PRIMARY KEY (visit_attribute_id)
);
CREATE TABLE openmrs.visit_attribute_type (
    visit_attribute_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    datatype character varying(255),
    datatype_config text,
    preferred_handler character varying(255),
    handler_config text,
    min_occurs integer NOT NULL,
    max_occurs integer,
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (visit_attribute_type_id)
);
CREATE TABLE openmrs.visit_type (
    visit_type_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1024),
    creator integer NOT NULL,
    date_created timestamp(0) without time zone NOT NULL,
    changed_by integer,
    date_changed timestamp(0) without time zone,
    retired boolean NOT NULL,
    retired_by integer,
    date_retired timestamp(0) without time zone,
    retire_reason character varying(255),
    uuid character(38) NOT NULL,
    PRIMARY KEY (visit_type_id)
);
ALTER TABLE openmrs.allergy ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.allergy ADD FOREIGN KEY (coded_allergen) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.allergy ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.allergy ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.allergy ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.allergy ADD FOREIGN KEY (severity_concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.allergy ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.allergy_reaction ADD FOREIGN KEY (allergy_id) REFERENCES openmrs.allergy(allergy_id);
ALTER TABLE openmrs.allergy_reaction ADD FOREIGN KEY (reaction_concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.care_setting ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.care_setting ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.care_setting ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.cohort ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.cohort ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.cohort ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.cohort_member ADD FOREIGN KEY (cohort_id) REFERENCES openmrs.cohort(cohort_id);
ALTER TABLE openmrs.cohort_member ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.cohort_member ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.concept ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept ADD FOREIGN KEY (class_id) REFERENCES openmrs.concept_class(concept_class_id);
ALTER TABLE openmrs.concept ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept ADD FOREIGN KEY (datatype_id) REFERENCES openmrs.concept_datatype(concept_datatype_id);
ALTER TABLE openmrs.concept ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_answer ADD FOREIGN KEY (answer_concept) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_answer ADD FOREIGN KEY (answer_drug) REFERENCES openmrs.drug(drug_id);
ALTER TABLE openmrs.concept_answer ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_answer ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.concept_attribute_type(concept_attribute_type_id);
ALTER TABLE openmrs.concept_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_attribute ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_class ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_class ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_class ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_complex ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_datatype ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_datatype ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_description ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_description ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_description ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_map_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_map_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_map_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_name ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_name ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_name ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_name ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_name_tag ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_name_tag_map ADD FOREIGN KEY (concept_name_id) REFERENCES openmrs.concept_name(concept_name_id);
ALTER TABLE openmrs.concept_name_tag_map ADD FOREIGN KEY (concept_name_tag_id) REFERENCES openmrs.concept_name_tag(concept_name_tag_id);
ALTER TABLE openmrs.concept_numeric ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_proposal ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_proposal ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_proposal ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_proposal ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.concept_proposal ADD FOREIGN KEY (obs_concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_proposal ADD FOREIGN KEY (obs_id) REFERENCES openmrs.obs(obs_id);
ALTER TABLE openmrs.concept_proposal_tag_map ADD FOREIGN KEY (concept_name_tag_id) REFERENCES openmrs.concept_name_tag(concept_name_tag_id);
ALTER TABLE openmrs.concept_proposal_tag_map ADD FOREIGN KEY (concept_proposal_id) REFERENCES openmrs.concept_proposal(concept_proposal_id);
ALTER TABLE openmrs.concept_reference_map ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_map ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_reference_map ADD FOREIGN KEY (concept_map_type_id) REFERENCES openmrs.concept_map_type(concept_map_type_id);
ALTER TABLE openmrs.concept_reference_map ADD FOREIGN KEY (concept_reference_term_id) REFERENCES openmrs.concept_reference_term(concept_reference_term_id);
ALTER TABLE openmrs.concept_reference_map ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_range ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept_numeric(concept_id);
ALTER TABLE openmrs.concept_reference_source ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_source ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_source ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_term ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_term ADD FOREIGN KEY (concept_source_id) REFERENCES openmrs.concept_reference_source(concept_source_id);
ALTER TABLE openmrs.concept_reference_term ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_term ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_term_map ADD FOREIGN KEY (a_is_to_b_id) REFERENCES openmrs.concept_map_type(concept_map_type_id);
ALTER TABLE openmrs.concept_reference_term_map ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_term_map ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_reference_term_map ADD FOREIGN KEY (term_a_id) REFERENCES openmrs.concept_reference_term(concept_reference_term_id);
ALTER TABLE openmrs.concept_reference_term_map ADD FOREIGN KEY (term_b_id) REFERENCES openmrs.concept_reference_term(concept_reference_term_id);
ALTER TABLE openmrs.concept_set ADD FOREIGN KEY (concept_set) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_set ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.concept_state_conversion ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.concept_state_conversion ADD FOREIGN KEY (program_workflow_id) REFERENCES openmrs.program_workflow(program_workflow_id);
ALTER TABLE openmrs.concept_state_conversion ADD FOREIGN KEY (program_workflow_state_id) REFERENCES openmrs.program_workflow_state(program_workflow_state_id);
ALTER TABLE openmrs.conditions ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.conditions ADD FOREIGN KEY (condition_coded) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.conditions ADD FOREIGN KEY (condition_coded_name) REFERENCES openmrs.concept_name(concept_name_id);
ALTER TABLE openmrs.conditions ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.conditions ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.conditions ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.conditions ADD FOREIGN KEY (previous_version) REFERENCES openmrs.conditions(condition_id);
ALTER TABLE openmrs.conditions ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.diagnosis_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.diagnosis_attribute_type(diagnosis_attribute_type_id);
ALTER TABLE openmrs.diagnosis_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.diagnosis_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.diagnosis_attribute ADD FOREIGN KEY (diagnosis_id) REFERENCES openmrs.encounter_diagnosis(diagnosis_id);
ALTER TABLE openmrs.diagnosis_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.diagnosis_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.diagnosis_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.diagnosis_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.drug ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.drug ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.drug ADD FOREIGN KEY (dosage_form) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug ADD FOREIGN KEY (dose_limit_units) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.drug ADD FOREIGN KEY (route) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug_ingredient ADD FOREIGN KEY (drug_id) REFERENCES openmrs.drug(drug_id);
ALTER TABLE openmrs.drug_ingredient ADD FOREIGN KEY (ingredient_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug_ingredient ADD FOREIGN KEY (units) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug_order ADD FOREIGN KEY (dose_units) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug_order ADD FOREIGN KEY (drug_inventory_id) REFERENCES openmrs.drug(drug_id);
ALTER TABLE openmrs.drug_order ADD FOREIGN KEY (duration_units) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug_order ADD FOREIGN KEY (frequency) REFERENCES openmrs.order_frequency(order_frequency_id);
ALTER TABLE openmrs.drug_order ADD FOREIGN KEY (order_id) REFERENCES openmrs.orders(order_id);
ALTER TABLE openmrs.drug_order ADD FOREIGN KEY (quantity_units) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug_order ADD FOREIGN KEY (route) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.drug_reference_map ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.drug_reference_map ADD FOREIGN KEY (concept_map_type) REFERENCES openmrs.concept_map_type(concept_map_type_id);
ALTER TABLE openmrs.drug_reference_map ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.drug_reference_map ADD FOREIGN KEY (drug_id) REFERENCES openmrs.drug(drug_id);
ALTER TABLE openmrs.drug_reference_map ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.drug_reference_map ADD FOREIGN KEY (term_id) REFERENCES openmrs.concept_reference_term(concept_reference_term_id);
ALTER TABLE openmrs.encounter ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter ADD FOREIGN KEY (encounter_type) REFERENCES openmrs.encounter_type(encounter_type_id);
ALTER TABLE openmrs.encounter ADD FOREIGN KEY (form_id) REFERENCES openmrs.form(form_id);
ALTER TABLE openmrs.encounter ADD FOREIGN KEY (location_id) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.encounter ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.encounter ADD FOREIGN KEY (visit_id) REFERENCES openmrs.visit(visit_id);
ALTER TABLE openmrs.encounter ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_diagnosis ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_diagnosis ADD FOREIGN KEY (condition_id) REFERENCES openmrs.conditions(condition_id);
ALTER TABLE openmrs.encounter_diagnosis ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_diagnosis ADD FOREIGN KEY (diagnosis_coded) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.encounter_diagnosis ADD FOREIGN KEY (diagnosis_coded_name) REFERENCES openmrs.concept_name(concept_name_id);
ALTER TABLE openmrs.encounter_diagnosis ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.encounter_diagnosis ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.encounter_diagnosis ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_provider ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_provider ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_provider ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.encounter_provider ADD FOREIGN KEY (encounter_role_id) REFERENCES openmrs.encounter_role(encounter_role_id);
ALTER TABLE openmrs.encounter_provider ADD FOREIGN KEY (provider_id) REFERENCES openmrs.provider(provider_id);
ALTER TABLE openmrs.encounter_provider ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_role ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_role ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_role ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_type ADD FOREIGN KEY (edit_privilege) REFERENCES openmrs.privilege(privilege);
ALTER TABLE openmrs.encounter_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.encounter_type ADD FOREIGN KEY (view_privilege) REFERENCES openmrs.privilege(privilege);
ALTER TABLE openmrs.field ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.field ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.field ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.field ADD FOREIGN KEY (field_type) REFERENCES openmrs.field_type(field_type_id);
ALTER TABLE openmrs.field ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.field_answer ADD FOREIGN KEY (answer_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.field_answer ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.field_answer ADD FOREIGN KEY (field_id) REFERENCES openmrs.field(field_id);
ALTER TABLE openmrs.field_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.form ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.form ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.form ADD FOREIGN KEY (encounter_type) REFERENCES openmrs.encounter_type(encounter_type_id);
ALTER TABLE openmrs.form ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.form_field ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.form_field ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.form_field ADD FOREIGN KEY (field_id) REFERENCES openmrs.field(field_id);
ALTER TABLE openmrs.form_field ADD FOREIGN KEY (form_id) REFERENCES openmrs.form(form_id);
ALTER TABLE openmrs.form_field ADD FOREIGN KEY (parent_form_field) REFERENCES openmrs.form_field(form_field_id);
ALTER TABLE openmrs.form_resource ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.form_resource ADD FOREIGN KEY (form_id) REFERENCES openmrs.form(form_id);
ALTER TABLE openmrs.global_property ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.global_property ADD FOREIGN KEY (delete_privilege) REFERENCES openmrs.privilege(privilege);
ALTER TABLE openmrs.global_property ADD FOREIGN KEY (edit_privilege) REFERENCES openmrs.privilege(privilege);
ALTER TABLE openmrs.global_property ADD FOREIGN KEY (view_privilege) REFERENCES openmrs.privilege(privilege);
ALTER TABLE openmrs.hl7_in_queue ADD FOREIGN KEY (hl7_source) REFERENCES openmrs.hl7_source(hl7_source_id);
ALTER TABLE openmrs.hl7_source ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location ADD FOREIGN KEY (location_type_concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.location ADD FOREIGN KEY (parent_location) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.location ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.location_attribute_type(location_attribute_type_id);
ALTER TABLE openmrs.location_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_attribute ADD FOREIGN KEY (location_id) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.location_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_tag ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_tag ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_tag ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.location_tag_map ADD FOREIGN KEY (location_id) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.location_tag_map ADD FOREIGN KEY (location_tag_id) REFERENCES openmrs.location_tag(location_tag_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (concept) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (dispenser) REFERENCES openmrs.provider(provider_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (dose_units) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (drug_id) REFERENCES openmrs.drug(drug_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (drug_order_id) REFERENCES openmrs.drug_order(order_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (frequency) REFERENCES openmrs.order_frequency(order_frequency_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (location_id) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (quantity_units) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (route) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (status) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (status_reason) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (substitution_reason) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (substitution_type) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (type) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.medication_dispense ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.note ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.note ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.note ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.note ADD FOREIGN KEY (obs_id) REFERENCES openmrs.obs(obs_id);
ALTER TABLE openmrs.note ADD FOREIGN KEY (parent) REFERENCES openmrs.note(note_id);
ALTER TABLE openmrs.note ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.notification_alert ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.notification_alert ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.notification_alert_recipient ADD FOREIGN KEY (alert_id) REFERENCES openmrs.notification_alert(alert_id);
ALTER TABLE openmrs.notification_alert_recipient ADD FOREIGN KEY (user_id) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (location_id) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (obs_group_id) REFERENCES openmrs.obs(obs_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (order_id) REFERENCES openmrs.orders(order_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (person_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (previous_version) REFERENCES openmrs.obs(obs_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (value_coded) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (value_coded_name_id) REFERENCES openmrs.concept_name(concept_name_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (value_drug) REFERENCES openmrs.drug(drug_id);
ALTER TABLE openmrs.obs ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.obs_reference_range ADD FOREIGN KEY (obs_id) REFERENCES openmrs.obs(obs_id);
ALTER TABLE openmrs.order_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.order_attribute_type(order_attribute_type_id);
ALTER TABLE openmrs.order_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_attribute ADD FOREIGN KEY (order_id) REFERENCES openmrs.orders(order_id);
ALTER TABLE openmrs.order_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_frequency ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_frequency ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.order_frequency ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_frequency ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (order_group_reason) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (order_set_id) REFERENCES openmrs.order_set(order_set_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (parent_order_group) REFERENCES openmrs.order_group(order_group_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (previous_order_group) REFERENCES openmrs.order_group(order_group_id);
ALTER TABLE openmrs.order_group ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.order_group_attribute_type(order_group_attribute_type_id);
ALTER TABLE openmrs.order_group_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group_attribute ADD FOREIGN KEY (order_group_id) REFERENCES openmrs.order_group(order_group_id);
ALTER TABLE openmrs.order_group_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_group_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set ADD FOREIGN KEY (category) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.order_set ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.order_set_attribute_type(order_set_attribute_type_id);
ALTER TABLE openmrs.order_set_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_attribute ADD FOREIGN KEY (order_set_id) REFERENCES openmrs.order_set(order_set_id);
ALTER TABLE openmrs.order_set_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_member ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_member ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.order_set_member ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_set_member ADD FOREIGN KEY (order_set_id) REFERENCES openmrs.order_set(order_set_id);
ALTER TABLE openmrs.order_set_member ADD FOREIGN KEY (order_type) REFERENCES openmrs.order_type(order_type_id);
ALTER TABLE openmrs.order_set_member ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_type ADD FOREIGN KEY (parent) REFERENCES openmrs.order_type(order_type_id);
ALTER TABLE openmrs.order_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.order_type_class_map ADD FOREIGN KEY (concept_class_id) REFERENCES openmrs.concept_class(concept_class_id);
ALTER TABLE openmrs.order_type_class_map ADD FOREIGN KEY (order_type_id) REFERENCES openmrs.order_type(order_type_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (care_setting) REFERENCES openmrs.care_setting(care_setting_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (order_group_id) REFERENCES openmrs.order_group(order_group_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (order_reason) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (order_type_id) REFERENCES openmrs.order_type(order_type_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (orderer) REFERENCES openmrs.provider(provider_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (previous_order_id) REFERENCES openmrs.orders(order_id);
ALTER TABLE openmrs.orders ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.outbox_event ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.outbox_event ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient ADD FOREIGN KEY (patient_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.patient ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_identifier ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_identifier ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_identifier ADD FOREIGN KEY (identifier_type) REFERENCES openmrs.patient_identifier_type(patient_identifier_type_id);
ALTER TABLE openmrs.patient_identifier ADD FOREIGN KEY (location_id) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.patient_identifier ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.patient_identifier ADD FOREIGN KEY (patient_program_id) REFERENCES openmrs.patient_program(patient_program_id);
ALTER TABLE openmrs.patient_identifier ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_identifier_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_identifier_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_identifier_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_program ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_program ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_program ADD FOREIGN KEY (location_id) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.patient_program ADD FOREIGN KEY (outcome_concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.patient_program ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.patient_program ADD FOREIGN KEY (program_id) REFERENCES openmrs.program(program_id);
ALTER TABLE openmrs.patient_program ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_program_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.program_attribute_type(program_attribute_type_id);
ALTER TABLE openmrs.patient_program_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_program_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_program_attribute ADD FOREIGN KEY (patient_program_id) REFERENCES openmrs.patient_program(patient_program_id);
ALTER TABLE openmrs.patient_program_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_state ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_state ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.patient_state ADD FOREIGN KEY (encounter_id) REFERENCES openmrs.encounter(encounter_id);
ALTER TABLE openmrs.patient_state ADD FOREIGN KEY (patient_program_id) REFERENCES openmrs.patient_program(patient_program_id);
ALTER TABLE openmrs.patient_state ADD FOREIGN KEY (state) REFERENCES openmrs.program_workflow_state(program_workflow_state_id);
ALTER TABLE openmrs.patient_state ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person ADD FOREIGN KEY (cause_of_death) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.person ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_address ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_address ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_address ADD FOREIGN KEY (person_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.person_address ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_attribute ADD FOREIGN KEY (person_attribute_type_id) REFERENCES openmrs.person_attribute_type(person_attribute_type_id);
ALTER TABLE openmrs.person_attribute ADD FOREIGN KEY (person_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.person_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_attribute_type ADD FOREIGN KEY (edit_privilege) REFERENCES openmrs.privilege(privilege);
ALTER TABLE openmrs.person_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_merge_log ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_merge_log ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_merge_log ADD FOREIGN KEY (loser_person_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.person_merge_log ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_merge_log ADD FOREIGN KEY (winner_person_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.person_name ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.person_name ADD FOREIGN KEY (person_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.person_name ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.program ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program ADD FOREIGN KEY (outcomes_concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.program_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program_workflow ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program_workflow ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.program_workflow ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program_workflow ADD FOREIGN KEY (program_id) REFERENCES openmrs.program(program_id);
ALTER TABLE openmrs.program_workflow_state ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program_workflow_state ADD FOREIGN KEY (concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.program_workflow_state ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.program_workflow_state ADD FOREIGN KEY (program_workflow_id) REFERENCES openmrs.program_workflow(program_workflow_id);
ALTER TABLE openmrs.provider ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.provider ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.provider ADD FOREIGN KEY (person_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.provider ADD FOREIGN KEY (provider_role_id) REFERENCES openmrs.provider_role(provider_role_id);
ALTER TABLE openmrs.provider ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.provider ADD FOREIGN KEY (role_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.provider ADD FOREIGN KEY (speciality_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.provider_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.provider_attribute_type(provider_attribute_type_id);
ALTER TABLE openmrs.provider_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.provider_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.provider_attribute ADD FOREIGN KEY (provider_id) REFERENCES openmrs.provider(provider_id);
ALTER TABLE openmrs.provider_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.provider_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.provider_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.provider_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.referral_order ADD FOREIGN KEY (frequency) REFERENCES openmrs.order_frequency(order_frequency_id);
ALTER TABLE openmrs.referral_order ADD FOREIGN KEY (location) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.referral_order ADD FOREIGN KEY (order_id) REFERENCES openmrs.orders(order_id);
ALTER TABLE openmrs.referral_order ADD FOREIGN KEY (specimen_source) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.relationship ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.relationship ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.relationship ADD FOREIGN KEY (person_a) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.relationship ADD FOREIGN KEY (person_b) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.relationship ADD FOREIGN KEY (relationship) REFERENCES openmrs.relationship_type(relationship_type_id);
ALTER TABLE openmrs.relationship ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.relationship_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.relationship_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.relationship_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.report_object ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.report_object ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.report_object ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.role_privilege ADD FOREIGN KEY (privilege) REFERENCES openmrs.privilege(privilege);
ALTER TABLE openmrs.role_privilege ADD FOREIGN KEY (role) REFERENCES openmrs.role(role);
ALTER TABLE openmrs.role_role ADD FOREIGN KEY (child_role) REFERENCES openmrs.role(role);
ALTER TABLE openmrs.role_role ADD FOREIGN KEY (parent_role) REFERENCES openmrs.role(role);
ALTER TABLE openmrs.scheduler_task_config ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.scheduler_task_config ADD FOREIGN KEY (created_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.scheduler_task_config_property ADD FOREIGN KEY (task_config_id) REFERENCES openmrs.scheduler_task_config(task_config_id);
ALTER TABLE openmrs.serialized_object ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.serialized_object ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.serialized_object ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.test_order ADD FOREIGN KEY (frequency) REFERENCES openmrs.order_frequency(order_frequency_id);
ALTER TABLE openmrs.test_order ADD FOREIGN KEY (location) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.test_order ADD FOREIGN KEY (order_id) REFERENCES openmrs.orders(order_id);
ALTER TABLE openmrs.test_order ADD FOREIGN KEY (specimen_source) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.user_property ADD FOREIGN KEY (user_id) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.user_role ADD FOREIGN KEY (role) REFERENCES openmrs.role(role);
ALTER TABLE openmrs.user_role ADD FOREIGN KEY (user_id) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.users ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.users ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.users ADD FOREIGN KEY (person_id) REFERENCES openmrs.person(person_id);
ALTER TABLE openmrs.users ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit ADD FOREIGN KEY (indication_concept_id) REFERENCES openmrs.concept(concept_id);
ALTER TABLE openmrs.visit ADD FOREIGN KEY (location_id) REFERENCES openmrs.location(location_id);
ALTER TABLE openmrs.visit ADD FOREIGN KEY (patient_id) REFERENCES openmrs.patient(patient_id);
ALTER TABLE openmrs.visit ADD FOREIGN KEY (visit_type_id) REFERENCES openmrs.visit_type(visit_type_id);
ALTER TABLE openmrs.visit ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_attribute ADD FOREIGN KEY (attribute_type_id) REFERENCES openmrs.visit_attribute_type(visit_attribute_type_id);
ALTER TABLE openmrs.visit_attribute ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_attribute ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_attribute ADD FOREIGN KEY (visit_id) REFERENCES openmrs.visit(visit_id);
ALTER TABLE openmrs.visit_attribute ADD FOREIGN KEY (voided_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_attribute_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_attribute_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_attribute_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_type ADD FOREIGN KEY (changed_by) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_type ADD FOREIGN KEY (creator) REFERENCES openmrs.users(user_id);
ALTER TABLE openmrs.visit_type ADD FOREIGN KEY (retired_by) REFERENCES openmrs.users(user_id);
