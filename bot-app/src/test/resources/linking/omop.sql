-- OMOP Common Data Model 5.4 (OHDSI's standard model for observational health data: people, visits, conditions,
-- drugs, procedures, measurements, costs and the standardized vocabularies; github.com/OHDSI/CommonDataModel,
-- inst/ddl/5.4/postgresql/OMOPCDM_postgresql_5.4_ddl.sql, _primary_keys.sql and _constraints.sql, Apache-2.0):
-- tables, primary and foreign keys of schema cdm (the DDL's @cdmDatabaseSchema), no data. Loaded into a scratch
-- PostgreSQL and regenerated from its catalog; indexes left out. The DDL declares no catalog comments (the model's
-- documentation lives in CSV files beside it), so neither does this file, as on a database built from it.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cdm;
CREATE TABLE cdm.care_site (
    care_site_id integer NOT NULL,
    care_site_name character varying(255),
    place_of_service_concept_id integer,
    location_id integer,
    care_site_source_value character varying(50),
    place_of_service_source_value character varying(50),
    PRIMARY KEY (care_site_id)
);
CREATE TABLE cdm.cdm_source (
    cdm_source_name character varying(255) NOT NULL,
    cdm_source_abbreviation character varying(25) NOT NULL,
    cdm_holder character varying(255) NOT NULL,
    source_description text,
    source_documentation_reference character varying(255),
    cdm_etl_reference character varying(255),
    source_release_date date NOT NULL,
    cdm_release_date date NOT NULL,
    cdm_version character varying(10),
    cdm_version_concept_id integer NOT NULL,
    vocabulary_version character varying(20) NOT NULL
);
CREATE TABLE cdm.cohort (
    cohort_definition_id integer NOT NULL,
    subject_id integer NOT NULL,
    cohort_start_date date NOT NULL,
    cohort_end_date date NOT NULL
);
CREATE TABLE cdm.cohort_definition (
    cohort_definition_id integer NOT NULL,
    cohort_definition_name character varying(255) NOT NULL,
    cohort_definition_description text,
    definition_type_concept_id integer NOT NULL,
    cohort_definition_syntax text,
    subject_concept_id integer NOT NULL,
    cohort_initiation_date date
);
CREATE TABLE cdm.concept (
    concept_id integer NOT NULL,
    concept_name character varying(255) NOT NULL,
    domain_id character varying(20) NOT NULL,
    vocabulary_id character varying(20) NOT NULL,
    concept_class_id character varying(20) NOT NULL,
    standard_concept character varying(1),
    concept_code character varying(50) NOT NULL,
    valid_start_date date NOT NULL,
    valid_end_date date NOT NULL,
    invalid_reason character varying(1),
    PRIMARY KEY (concept_id)
);
CREATE TABLE cdm.concept_ancestor (
    ancestor_concept_id integer NOT NULL,
    descendant_concept_id integer NOT NULL,
    min_levels_of_separation integer NOT NULL,
    max_levels_of_separation integer NOT NULL
);
CREATE TABLE cdm.concept_class (
    concept_class_id character varying(20) NOT NULL,
    concept_class_name character varying(255) NOT NULL,
    concept_class_concept_id integer NOT NULL,
    PRIMARY KEY (concept_class_id)
);
CREATE TABLE cdm.concept_relationship (
    concept_id_1 integer NOT NULL,
    concept_id_2 integer NOT NULL,
    relationship_id character varying(20) NOT NULL,
    valid_start_date date NOT NULL,
    valid_end_date date NOT NULL,
    invalid_reason character varying(1)
);
CREATE TABLE cdm.concept_synonym (
    concept_id integer NOT NULL,
    concept_synonym_name character varying(1000) NOT NULL,
    language_concept_id integer NOT NULL
);
CREATE TABLE cdm.condition_era (
    condition_era_id integer NOT NULL,
    person_id integer NOT NULL,
    condition_concept_id integer NOT NULL,
    condition_era_start_date date NOT NULL,
    condition_era_end_date date NOT NULL,
    condition_occurrence_count integer,
    PRIMARY KEY (condition_era_id)
);
CREATE TABLE cdm.condition_occurrence (
    condition_occurrence_id integer NOT NULL,
    person_id integer NOT NULL,
    condition_concept_id integer NOT NULL,
    condition_start_date date NOT NULL,
    condition_start_datetime timestamp without time zone,
    condition_end_date date,
    condition_end_datetime timestamp without time zone,
    condition_type_concept_id integer NOT NULL,
    condition_status_concept_id integer,
    stop_reason character varying(20),
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    condition_source_value character varying(50),
    condition_source_concept_id integer,
    condition_status_source_value character varying(50),
    PRIMARY KEY (condition_occurrence_id)
);
CREATE TABLE cdm.cost (
    cost_id integer NOT NULL,
    cost_event_id integer NOT NULL,
    cost_domain_id character varying(20) NOT NULL,
    cost_type_concept_id integer NOT NULL,
    currency_concept_id integer,
    total_charge numeric,
    total_cost numeric,
    total_paid numeric,
    paid_by_payer numeric,
    paid_by_patient numeric,
    paid_patient_copay numeric,
    paid_patient_coinsurance numeric,
    paid_patient_deductible numeric,
    paid_by_primary numeric,
    paid_ingredient_cost numeric,
    paid_dispensing_fee numeric,
    payer_plan_period_id integer,
    amount_allowed numeric,
    revenue_code_concept_id integer,
    revenue_code_source_value character varying(50),
    drg_concept_id integer,
    drg_source_value character varying(3),
    PRIMARY KEY (cost_id)
);
CREATE TABLE cdm.death (
    person_id integer NOT NULL,
    death_date date NOT NULL,
    death_datetime timestamp without time zone,
    death_type_concept_id integer,
    cause_concept_id integer,
    cause_source_value character varying(50),
    cause_source_concept_id integer
);
CREATE TABLE cdm.device_exposure (
    device_exposure_id integer NOT NULL,
    person_id integer NOT NULL,
    device_concept_id integer NOT NULL,
    device_exposure_start_date date NOT NULL,
    device_exposure_start_datetime timestamp without time zone,
    device_exposure_end_date date,
    device_exposure_end_datetime timestamp without time zone,
    device_type_concept_id integer NOT NULL,
    unique_device_id character varying(255),
    production_id character varying(255),
    quantity integer,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    device_source_value character varying(50),
    device_source_concept_id integer,
    unit_concept_id integer,
    unit_source_value character varying(50),
    unit_source_concept_id integer,
    PRIMARY KEY (device_exposure_id)
);
CREATE TABLE cdm.domain (
    domain_id character varying(20) NOT NULL,
    domain_name character varying(255) NOT NULL,
    domain_concept_id integer NOT NULL,
    PRIMARY KEY (domain_id)
);
CREATE TABLE cdm.dose_era (
    dose_era_id integer NOT NULL,
    person_id integer NOT NULL,
    drug_concept_id integer NOT NULL,
    unit_concept_id integer NOT NULL,
    dose_value numeric NOT NULL,
    dose_era_start_date date NOT NULL,
    dose_era_end_date date NOT NULL,
    PRIMARY KEY (dose_era_id)
);
CREATE TABLE cdm.drug_era (
    drug_era_id integer NOT NULL,
    person_id integer NOT NULL,
    drug_concept_id integer NOT NULL,
    drug_era_start_date date NOT NULL,
    drug_era_end_date date NOT NULL,
    drug_exposure_count integer,
    gap_days integer,
    PRIMARY KEY (drug_era_id)
);
CREATE TABLE cdm.drug_exposure (
    drug_exposure_id integer NOT NULL,
    person_id integer NOT NULL,
    drug_concept_id integer NOT NULL,
    drug_exposure_start_date date NOT NULL,
    drug_exposure_start_datetime timestamp without time zone,
    drug_exposure_end_date date NOT NULL,
    drug_exposure_end_datetime timestamp without time zone,
    verbatim_end_date date,
    drug_type_concept_id integer NOT NULL,
    stop_reason character varying(20),
    refills integer,
    quantity numeric,
    days_supply integer,
    sig text,
    route_concept_id integer,
    lot_number character varying(50),
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    drug_source_value character varying(50),
    drug_source_concept_id integer,
    route_source_value character varying(50),
    dose_unit_source_value character varying(50),
    PRIMARY KEY (drug_exposure_id)
);
CREATE TABLE cdm.drug_strength (
    drug_concept_id integer NOT NULL,
    ingredient_concept_id integer NOT NULL,
    amount_value numeric,
    amount_unit_concept_id integer,
    numerator_value numeric,
    numerator_unit_concept_id integer,
    denominator_value numeric,
    denominator_unit_concept_id integer,
    box_size integer,
    valid_start_date date NOT NULL,
    valid_end_date date NOT NULL,
    invalid_reason character varying(1)
);
CREATE TABLE cdm.episode (
    episode_id integer NOT NULL,
    person_id integer NOT NULL,
    episode_concept_id integer NOT NULL,
    episode_start_date date NOT NULL,
    episode_start_datetime timestamp without time zone,
    episode_end_date date,
    episode_end_datetime timestamp without time zone,
    episode_parent_id integer,
    episode_number integer,
    episode_object_concept_id integer NOT NULL,
    episode_type_concept_id integer NOT NULL,
    episode_source_value character varying(50),
    episode_source_concept_id integer,
    PRIMARY KEY (episode_id)
);
CREATE TABLE cdm.episode_event (
    episode_id integer NOT NULL,
    event_id integer NOT NULL,
    episode_event_field_concept_id integer NOT NULL
);
CREATE TABLE cdm.fact_relationship (
    domain_concept_id_1 integer NOT NULL,
    fact_id_1 integer NOT NULL,
    domain_concept_id_2 integer NOT NULL,
    fact_id_2 integer NOT NULL,
    relationship_concept_id integer NOT NULL
);
CREATE TABLE cdm.location (
    location_id integer NOT NULL,
    address_1 character varying(50),
    address_2 character varying(50),
    city character varying(50),
    state character varying(2),
    zip character varying(9),
    county character varying(20),
    location_source_value character varying(50),
    country_concept_id integer,
    country_source_value character varying(80),
    latitude numeric,
    longitude numeric,
    PRIMARY KEY (location_id)
);
CREATE TABLE cdm.measurement (
    measurement_id integer NOT NULL,
    person_id integer NOT NULL,
    measurement_concept_id integer NOT NULL,
    measurement_date date NOT NULL,
    measurement_datetime timestamp without time zone,
    measurement_time character varying(10),
    measurement_type_concept_id integer NOT NULL,
    operator_concept_id integer,
    value_as_number numeric,
    value_as_concept_id integer,
    unit_concept_id integer,
    range_low numeric,
    range_high numeric,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    measurement_source_value character varying(50),
    measurement_source_concept_id integer,
    unit_source_value character varying(50),
    unit_source_concept_id integer,
    value_source_value character varying(50),
    measurement_event_id integer,
    meas_event_field_concept_id integer,
    PRIMARY KEY (measurement_id)
);
CREATE TABLE cdm.metadata (
    metadata_id integer NOT NULL,
    metadata_concept_id integer NOT NULL,
    metadata_type_concept_id integer NOT NULL,
    name character varying(250) NOT NULL,
    value_as_string character varying(250),
    value_as_concept_id integer,
    value_as_number numeric,
    metadata_date date,
    metadata_datetime timestamp without time zone,
    PRIMARY KEY (metadata_id)
);
CREATE TABLE cdm.note (
    note_id integer NOT NULL,
    person_id integer NOT NULL,
    note_date date NOT NULL,
    note_datetime timestamp without time zone,
    note_type_concept_id integer NOT NULL,
    note_class_concept_id integer NOT NULL,
    note_title character varying(250),
    note_text text NOT NULL,
    encoding_concept_id integer NOT NULL,
    language_concept_id integer NOT NULL,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    note_source_value character varying(50),
    note_event_id integer,
    note_event_field_concept_id integer,
    PRIMARY KEY (note_id)
);
CREATE TABLE cdm.note_nlp (
    note_nlp_id integer NOT NULL,
    note_id integer NOT NULL,
    section_concept_id integer,
    snippet character varying(250),
    "offset" character varying(50),
    lexical_variant character varying(250) NOT NULL,
    note_nlp_concept_id integer,
    note_nlp_source_concept_id integer,
    nlp_system character varying(250),
    nlp_date date NOT NULL,
    nlp_datetime timestamp without time zone,
    term_exists character varying(1),
    term_temporal character varying(50),
    term_modifiers character varying(2000),
    PRIMARY KEY (note_nlp_id)
);
CREATE TABLE cdm.observation (
    observation_id integer NOT NULL,
    person_id integer NOT NULL,
    observation_concept_id integer NOT NULL,
    observation_date date NOT NULL,
    observation_datetime timestamp without time zone,
    observation_type_concept_id integer NOT NULL,
    value_as_number numeric,
    value_as_string character varying(60),
    value_as_concept_id integer,
    qualifier_concept_id integer,
    unit_concept_id integer,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    observation_source_value character varying(50),
    observation_source_concept_id integer,
    unit_source_value character varying(50),
    qualifier_source_value character varying(50),
    value_source_value character varying(50),
    observation_event_id integer,
    obs_event_field_concept_id integer,
    PRIMARY KEY (observation_id)
);
CREATE TABLE cdm.observation_period (
    observation_period_id integer NOT NULL,
    person_id integer NOT NULL,
    observation_period_start_date date NOT NULL,
    observation_period_end_date date NOT NULL,
    period_type_concept_id integer NOT NULL,
    PRIMARY KEY (observation_period_id)
);
CREATE TABLE cdm.payer_plan_period (
    payer_plan_period_id integer NOT NULL,
    person_id integer NOT NULL,
    payer_plan_period_start_date date NOT NULL,
    payer_plan_period_end_date date NOT NULL,
    payer_concept_id integer,
    payer_source_value character varying(50),
    payer_source_concept_id integer,
    plan_concept_id integer,
    plan_source_value character varying(50),
    plan_source_concept_id integer,
    sponsor_concept_id integer,
    sponsor_source_value character varying(50),
    sponsor_source_concept_id integer,
    family_source_value character varying(50),
    stop_reason_concept_id integer,
    stop_reason_source_value character varying(50),
    stop_reason_source_concept_id integer,
    PRIMARY KEY (payer_plan_period_id)
);
CREATE TABLE cdm.person (
    person_id integer NOT NULL,
    gender_concept_id integer NOT NULL,
    year_of_birth integer NOT NULL,
    month_of_birth integer,
    day_of_birth integer,
    birth_datetime timestamp without time zone,
    race_concept_id integer NOT NULL,
    ethnicity_concept_id integer NOT NULL,
    location_id integer,
    provider_id integer,
    care_site_id integer,
    person_source_value character varying(50),
    gender_source_value character varying(50),
    gender_source_concept_id integer,
    race_source_value character varying(50),
    race_source_concept_id integer,
    ethnicity_source_value character varying(50),
    ethnicity_source_concept_id integer,
    PRIMARY KEY (person_id)
);
CREATE TABLE cdm.procedure_occurrence (
    procedure_occurrence_id integer NOT NULL,
    person_id integer NOT NULL,
    procedure_concept_id integer NOT NULL,
    procedure_date date NOT NULL,
    procedure_datetime timestamp without time zone,
    procedure_end_date date,
    procedure_end_datetime timestamp without time zone,
    procedure_type_concept_id integer NOT NULL,
    modifier_concept_id integer,
    quantity integer,
    provider_id integer,
    visit_occurrence_id integer,
    visit_detail_id integer,
    procedure_source_value character varying(50),
    procedure_source_concept_id integer,
    modifier_source_value character varying(50),
    PRIMARY KEY (procedure_occurrence_id)
);
CREATE TABLE cdm.provider (
    provider_id integer NOT NULL,
    provider_name character varying(255),
    npi character varying(20),
    dea character varying(20),
    specialty_concept_id integer,
    care_site_id integer,
    year_of_birth integer,
    gender_concept_id integer,
    provider_source_value character varying(50),
    specialty_source_value character varying(50),
    specialty_source_concept_id integer,
    gender_source_value character varying(50),
    gender_source_concept_id integer,
    PRIMARY KEY (provider_id)
);
CREATE TABLE cdm.relationship (
    relationship_id character varying(20) NOT NULL,
    relationship_name character varying(255) NOT NULL,
    is_hierarchical character varying(1) NOT NULL,
    defines_ancestry character varying(1) NOT NULL,
    reverse_relationship_id character varying(20) NOT NULL,
    relationship_concept_id integer NOT NULL,
    PRIMARY KEY (relationship_id)
);
CREATE TABLE cdm.source_to_concept_map (
    source_code character varying(50) NOT NULL,
    source_concept_id integer NOT NULL,
    source_vocabulary_id character varying(20) NOT NULL,
    source_code_description character varying(255),
    target_concept_id integer NOT NULL,
    target_vocabulary_id character varying(20) NOT NULL,
    valid_start_date date NOT NULL,
    valid_end_date date NOT NULL,
    invalid_reason character varying(1)
);
CREATE TABLE cdm.specimen (
    specimen_id integer NOT NULL,
    person_id integer NOT NULL,
    specimen_concept_id integer NOT NULL,
    specimen_type_concept_id integer NOT NULL,
    specimen_date date NOT NULL,
    specimen_datetime timestamp without time zone,
    quantity numeric,
    unit_concept_id integer,
    anatomic_site_concept_id integer,
    disease_status_concept_id integer,
    specimen_source_id character varying(50),
    specimen_source_value character varying(50),
    unit_source_value character varying(50),
    anatomic_site_source_value character varying(50),
    disease_status_source_value character varying(50),
    PRIMARY KEY (specimen_id)
);
CREATE TABLE cdm.visit_detail (
    visit_detail_id integer NOT NULL,
    person_id integer NOT NULL,
    visit_detail_concept_id integer NOT NULL,
    visit_detail_start_date date NOT NULL,
    visit_detail_start_datetime timestamp without time zone,
    visit_detail_end_date date NOT NULL,
    visit_detail_end_datetime timestamp without time zone,
    visit_detail_type_concept_id integer NOT NULL,
    provider_id integer,
    care_site_id integer,
    visit_detail_source_value character varying(50),
    visit_detail_source_concept_id integer,
    admitted_from_concept_id integer,
    admitted_from_source_value character varying(50),
    discharged_to_source_value character varying(50),
    discharged_to_concept_id integer,
    preceding_visit_detail_id integer,
    parent_visit_detail_id integer,
    visit_occurrence_id integer NOT NULL,
    PRIMARY KEY (visit_detail_id)
);
CREATE TABLE cdm.visit_occurrence (
    visit_occurrence_id integer NOT NULL,
    person_id integer NOT NULL,
    visit_concept_id integer NOT NULL,
    visit_start_date date NOT NULL,
    visit_start_datetime timestamp without time zone,
    visit_end_date date NOT NULL,
    visit_end_datetime timestamp without time zone,
    visit_type_concept_id integer NOT NULL,
    provider_id integer,
    care_site_id integer,
    visit_source_value character varying(50),
    visit_source_concept_id integer,
    admitted_from_concept_id integer,
    admitted_from_source_value character varying(50),
    discharged_to_concept_id integer,
    discharged_to_source_value character varying(50),
    preceding_visit_occurrence_id integer,
    PRIMARY KEY (visit_occurrence_id)
);
CREATE TABLE cdm.vocabulary (
    vocabulary_id character varying(20) NOT NULL,
    vocabulary_name character varying(255) NOT NULL,
    vocabulary_reference character varying(255),
    vocabulary_version character varying(255),
    vocabulary_concept_id integer NOT NULL,
    PRIMARY KEY (vocabulary_id)
);
ALTER TABLE cdm.care_site ADD FOREIGN KEY (location_id) REFERENCES cdm.location (location_id);
ALTER TABLE cdm.care_site ADD FOREIGN KEY (place_of_service_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.cdm_source ADD FOREIGN KEY (cdm_version_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.cohort_definition ADD FOREIGN KEY (definition_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.cohort_definition ADD FOREIGN KEY (subject_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.concept ADD FOREIGN KEY (concept_class_id) REFERENCES cdm.concept_class (concept_class_id);
ALTER TABLE cdm.concept ADD FOREIGN KEY (domain_id) REFERENCES cdm.domain (domain_id);
ALTER TABLE cdm.concept ADD FOREIGN KEY (vocabulary_id) REFERENCES cdm.vocabulary (vocabulary_id);
ALTER TABLE cdm.concept_ancestor ADD FOREIGN KEY (ancestor_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.concept_ancestor ADD FOREIGN KEY (descendant_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.concept_class ADD FOREIGN KEY (concept_class_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.concept_relationship ADD FOREIGN KEY (concept_id_1) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.concept_relationship ADD FOREIGN KEY (concept_id_2) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.concept_relationship ADD FOREIGN KEY (relationship_id) REFERENCES cdm.relationship (relationship_id);
ALTER TABLE cdm.concept_synonym ADD FOREIGN KEY (concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.concept_synonym ADD FOREIGN KEY (language_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.condition_era ADD FOREIGN KEY (condition_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.condition_era ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.condition_occurrence ADD FOREIGN KEY (condition_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.condition_occurrence ADD FOREIGN KEY (condition_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.condition_occurrence ADD FOREIGN KEY (condition_status_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.condition_occurrence ADD FOREIGN KEY (condition_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.condition_occurrence ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.condition_occurrence ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.condition_occurrence ADD FOREIGN KEY (visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.condition_occurrence ADD FOREIGN KEY (visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.cost ADD FOREIGN KEY (cost_domain_id) REFERENCES cdm.domain (domain_id);
ALTER TABLE cdm.cost ADD FOREIGN KEY (cost_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.cost ADD FOREIGN KEY (currency_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.cost ADD FOREIGN KEY (drg_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.cost ADD FOREIGN KEY (revenue_code_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.death ADD FOREIGN KEY (cause_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.death ADD FOREIGN KEY (cause_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.death ADD FOREIGN KEY (death_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.death ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (device_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (device_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (device_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (unit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (unit_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.device_exposure ADD FOREIGN KEY (visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.domain ADD FOREIGN KEY (domain_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.dose_era ADD FOREIGN KEY (drug_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.dose_era ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.dose_era ADD FOREIGN KEY (unit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_era ADD FOREIGN KEY (drug_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_era ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.drug_exposure ADD FOREIGN KEY (drug_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_exposure ADD FOREIGN KEY (drug_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_exposure ADD FOREIGN KEY (drug_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_exposure ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.drug_exposure ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.drug_exposure ADD FOREIGN KEY (route_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_exposure ADD FOREIGN KEY (visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.drug_exposure ADD FOREIGN KEY (visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.drug_strength ADD FOREIGN KEY (amount_unit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_strength ADD FOREIGN KEY (denominator_unit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_strength ADD FOREIGN KEY (drug_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_strength ADD FOREIGN KEY (ingredient_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.drug_strength ADD FOREIGN KEY (numerator_unit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.episode ADD FOREIGN KEY (episode_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.episode ADD FOREIGN KEY (episode_object_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.episode ADD FOREIGN KEY (episode_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.episode ADD FOREIGN KEY (episode_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.episode ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.episode_event ADD FOREIGN KEY (episode_event_field_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.episode_event ADD FOREIGN KEY (episode_id) REFERENCES cdm.episode (episode_id);
ALTER TABLE cdm.fact_relationship ADD FOREIGN KEY (domain_concept_id_1) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.fact_relationship ADD FOREIGN KEY (domain_concept_id_2) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.fact_relationship ADD FOREIGN KEY (relationship_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.location ADD FOREIGN KEY (country_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (meas_event_field_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (measurement_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (measurement_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (measurement_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (operator_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (unit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (unit_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (value_as_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.measurement ADD FOREIGN KEY (visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.metadata ADD FOREIGN KEY (metadata_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.metadata ADD FOREIGN KEY (metadata_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.metadata ADD FOREIGN KEY (value_as_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (encoding_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (language_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (note_class_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (note_event_field_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (note_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.note ADD FOREIGN KEY (visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.note_nlp ADD FOREIGN KEY (note_nlp_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.note_nlp ADD FOREIGN KEY (note_nlp_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.note_nlp ADD FOREIGN KEY (section_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (obs_event_field_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (observation_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (observation_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (observation_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (qualifier_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (unit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (value_as_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.observation ADD FOREIGN KEY (visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.observation_period ADD FOREIGN KEY (period_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.observation_period ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (payer_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (payer_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (plan_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (plan_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (sponsor_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (sponsor_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (stop_reason_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.payer_plan_period ADD FOREIGN KEY (stop_reason_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (care_site_id) REFERENCES cdm.care_site (care_site_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (ethnicity_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (ethnicity_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (gender_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (gender_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (location_id) REFERENCES cdm.location (location_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (race_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.person ADD FOREIGN KEY (race_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.procedure_occurrence ADD FOREIGN KEY (modifier_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.procedure_occurrence ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.procedure_occurrence ADD FOREIGN KEY (procedure_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.procedure_occurrence ADD FOREIGN KEY (procedure_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.procedure_occurrence ADD FOREIGN KEY (procedure_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.procedure_occurrence ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.procedure_occurrence ADD FOREIGN KEY (visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.procedure_occurrence ADD FOREIGN KEY (visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.provider ADD FOREIGN KEY (care_site_id) REFERENCES cdm.care_site (care_site_id);
ALTER TABLE cdm.provider ADD FOREIGN KEY (gender_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.provider ADD FOREIGN KEY (gender_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.provider ADD FOREIGN KEY (specialty_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.provider ADD FOREIGN KEY (specialty_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.relationship ADD FOREIGN KEY (relationship_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.source_to_concept_map ADD FOREIGN KEY (source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.source_to_concept_map ADD FOREIGN KEY (target_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.source_to_concept_map ADD FOREIGN KEY (target_vocabulary_id) REFERENCES cdm.vocabulary (vocabulary_id);
ALTER TABLE cdm.specimen ADD FOREIGN KEY (anatomic_site_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.specimen ADD FOREIGN KEY (disease_status_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.specimen ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.specimen ADD FOREIGN KEY (specimen_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.specimen ADD FOREIGN KEY (specimen_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.specimen ADD FOREIGN KEY (unit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (admitted_from_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (care_site_id) REFERENCES cdm.care_site (care_site_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (discharged_to_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (parent_visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (preceding_visit_detail_id) REFERENCES cdm.visit_detail (visit_detail_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (visit_detail_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (visit_detail_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (visit_detail_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_detail ADD FOREIGN KEY (visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (admitted_from_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (care_site_id) REFERENCES cdm.care_site (care_site_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (discharged_to_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (person_id) REFERENCES cdm.person (person_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (preceding_visit_occurrence_id) REFERENCES cdm.visit_occurrence (visit_occurrence_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (provider_id) REFERENCES cdm.provider (provider_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (visit_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (visit_source_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.visit_occurrence ADD FOREIGN KEY (visit_type_concept_id) REFERENCES cdm.concept (concept_id);
ALTER TABLE cdm.vocabulary ADD FOREIGN KEY (vocabulary_concept_id) REFERENCES cdm.concept (concept_id);
