-- MIMIC-III Clinical Database v1.4 (MIT Laboratory for Computational Physiology; de-identified records of ICU
-- patients of the Beth Israel Deaconess Medical Center): tables, keys and comments of schema mimiciii, no data.
-- Read from github.com/MIT-LCP/mimic-code (MIT licence), mimic-iii/buildmimic/postgres/postgres_create_tables.sql,
-- postgres_add_constraints.sql and postgres_add_comments.sql, loaded into a scratch PostgreSQL and regenerated from
-- its catalog: the 26 tables with their primary keys, unique keys, the foreign keys the constraints script declares
-- (codes such as icd9_code and the itemid of inputevents_cv have none there, so none here) and the source's comments.
-- The 17 inheritance children of chartevents (chartevents_1..17), their insert trigger and the indexes are left
-- out. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS mimiciii;
CREATE TABLE mimiciii.admissions (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    admittime timestamp(0) without time zone NOT NULL,
    dischtime timestamp(0) without time zone NOT NULL,
    deathtime timestamp(0) without time zone,
    admission_type character varying(50) NOT NULL,
    admission_location character varying(50) NOT NULL,
    discharge_location character varying(50) NOT NULL,
    insurance character varying(255) NOT NULL,
    language character varying(10),
    religion character varying(50),
    marital_status character varying(50),
    ethnicity character varying(200) NOT NULL,
    edregtime timestamp(0) without time zone,
    edouttime timestamp(0) without time zone,
    diagnosis character varying(255),
    hospital_expire_flag smallint,
    has_chartevents_data smallint NOT NULL,
    PRIMARY KEY (row_id),
    UNIQUE (hadm_id)
);
CREATE TABLE mimiciii.callout (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    submit_wardid integer,
    submit_careunit character varying(15),
    curr_wardid integer,
    curr_careunit character varying(15),
    callout_wardid integer,
    callout_service character varying(10) NOT NULL,
    request_tele smallint NOT NULL,
    request_resp smallint NOT NULL,
    request_cdiff smallint NOT NULL,
    request_mrsa smallint NOT NULL,
    request_vre smallint NOT NULL,
    callout_status character varying(20) NOT NULL,
    callout_outcome character varying(20) NOT NULL,
    discharge_wardid integer,
    acknowledge_status character varying(20) NOT NULL,
    createtime timestamp(0) without time zone NOT NULL,
    updatetime timestamp(0) without time zone NOT NULL,
    acknowledgetime timestamp(0) without time zone,
    outcometime timestamp(0) without time zone NOT NULL,
    firstreservationtime timestamp(0) without time zone,
    currentreservationtime timestamp(0) without time zone,
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.caregivers (
    row_id integer NOT NULL,
    cgid integer NOT NULL,
    label character varying(15),
    description character varying(30),
    PRIMARY KEY (row_id),
    UNIQUE (cgid)
);
CREATE TABLE mimiciii.chartevents (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer,
    icustay_id integer,
    itemid integer,
    charttime timestamp(0) without time zone,
    storetime timestamp(0) without time zone,
    cgid integer,
    value character varying(255),
    valuenum double precision,
    valueuom character varying(50),
    warning integer,
    error integer,
    resultstatus character varying(50),
    stopped character varying(50),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.cptevents (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    costcenter character varying(10) NOT NULL,
    chartdate timestamp(0) without time zone,
    cpt_cd character varying(10) NOT NULL,
    cpt_number integer,
    cpt_suffix character varying(5),
    ticket_id_seq integer,
    sectionheader character varying(50),
    subsectionheader character varying(255),
    description character varying(200),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.d_cpt (
    row_id integer NOT NULL,
    category smallint NOT NULL,
    sectionrange character varying(100) NOT NULL,
    sectionheader character varying(50) NOT NULL,
    subsectionrange character varying(100) NOT NULL,
    subsectionheader character varying(255) NOT NULL,
    codesuffix character varying(5),
    mincodeinsubsection integer NOT NULL,
    maxcodeinsubsection integer NOT NULL,
    PRIMARY KEY (row_id),
    UNIQUE (subsectionrange)
);
CREATE TABLE mimiciii.d_icd_diagnoses (
    row_id integer NOT NULL,
    icd9_code character varying(10) NOT NULL,
    short_title character varying(50) NOT NULL,
    long_title character varying(255) NOT NULL,
    PRIMARY KEY (row_id),
    UNIQUE (icd9_code)
);
CREATE TABLE mimiciii.d_icd_procedures (
    row_id integer NOT NULL,
    icd9_code character varying(10) NOT NULL,
    short_title character varying(50) NOT NULL,
    long_title character varying(255) NOT NULL,
    PRIMARY KEY (row_id),
    UNIQUE (icd9_code)
);
CREATE TABLE mimiciii.d_items (
    row_id integer NOT NULL,
    itemid integer NOT NULL,
    label character varying(200),
    abbreviation character varying(100),
    dbsource character varying(20),
    linksto character varying(50),
    category character varying(100),
    unitname character varying(100),
    param_type character varying(30),
    conceptid integer,
    PRIMARY KEY (row_id),
    UNIQUE (itemid)
);
CREATE TABLE mimiciii.d_labitems (
    row_id integer NOT NULL,
    itemid integer NOT NULL,
    label character varying(100) NOT NULL,
    fluid character varying(100) NOT NULL,
    category character varying(100) NOT NULL,
    loinc_code character varying(100),
    PRIMARY KEY (row_id),
    UNIQUE (itemid)
);
CREATE TABLE mimiciii.datetimeevents (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer,
    icustay_id integer,
    itemid integer NOT NULL,
    charttime timestamp(0) without time zone NOT NULL,
    storetime timestamp(0) without time zone NOT NULL,
    cgid integer NOT NULL,
    value timestamp(0) without time zone,
    valueuom character varying(50) NOT NULL,
    warning smallint,
    error smallint,
    resultstatus character varying(50),
    stopped character varying(50),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.diagnoses_icd (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    seq_num integer,
    icd9_code character varying(10),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.drgcodes (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    drg_type character varying(20) NOT NULL,
    drg_code character varying(20) NOT NULL,
    description character varying(255),
    drg_severity smallint,
    drg_mortality smallint,
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.icustays (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    icustay_id integer NOT NULL,
    dbsource character varying(20) NOT NULL,
    first_careunit character varying(20) NOT NULL,
    last_careunit character varying(20) NOT NULL,
    first_wardid smallint NOT NULL,
    last_wardid smallint NOT NULL,
    intime timestamp(0) without time zone NOT NULL,
    outtime timestamp(0) without time zone,
    los double precision,
    PRIMARY KEY (row_id),
    UNIQUE (icustay_id)
);
CREATE TABLE mimiciii.inputevents_cv (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer,
    icustay_id integer,
    charttime timestamp(0) without time zone,
    itemid integer,
    amount double precision,
    amountuom character varying(30),
    rate double precision,
    rateuom character varying(30),
    storetime timestamp(0) without time zone,
    cgid integer,
    orderid integer,
    linkorderid integer,
    stopped character varying(30),
    newbottle integer,
    originalamount double precision,
    originalamountuom character varying(30),
    originalroute character varying(30),
    originalrate double precision,
    originalrateuom character varying(30),
    originalsite character varying(30),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.inputevents_mv (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer,
    icustay_id integer,
    starttime timestamp(0) without time zone,
    endtime timestamp(0) without time zone,
    itemid integer,
    amount double precision,
    amountuom character varying(30),
    rate double precision,
    rateuom character varying(30),
    storetime timestamp(0) without time zone,
    cgid integer,
    orderid integer,
    linkorderid integer,
    ordercategoryname character varying(100),
    secondaryordercategoryname character varying(100),
    ordercomponenttypedescription character varying(200),
    ordercategorydescription character varying(50),
    patientweight double precision,
    totalamount double precision,
    totalamountuom character varying(50),
    isopenbag smallint,
    continueinnextdept smallint,
    cancelreason smallint,
    statusdescription character varying(30),
    comments_editedby character varying(30),
    comments_canceledby character varying(40),
    comments_date timestamp(0) without time zone,
    originalamount double precision,
    originalrate double precision,
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.labevents (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer,
    itemid integer NOT NULL,
    charttime timestamp(0) without time zone,
    value character varying(200),
    valuenum double precision,
    valueuom character varying(20),
    flag character varying(20),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.microbiologyevents (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer,
    chartdate timestamp(0) without time zone,
    charttime timestamp(0) without time zone,
    spec_itemid integer,
    spec_type_desc character varying(100),
    org_itemid integer,
    org_name character varying(100),
    isolate_num smallint,
    ab_itemid integer,
    ab_name character varying(30),
    dilution_text character varying(10),
    dilution_comparison character varying(20),
    dilution_value double precision,
    interpretation character varying(5),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.noteevents (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer,
    chartdate timestamp(0) without time zone,
    charttime timestamp(0) without time zone,
    storetime timestamp(0) without time zone,
    category character varying(50),
    description character varying(255),
    cgid integer,
    iserror character(1),
    text text,
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.outputevents (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer,
    icustay_id integer,
    charttime timestamp(0) without time zone,
    itemid integer,
    value double precision,
    valueuom character varying(30),
    storetime timestamp(0) without time zone,
    cgid integer,
    stopped character varying(30),
    newbottle character(1),
    iserror integer,
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.patients (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    gender character varying(5) NOT NULL,
    dob timestamp(0) without time zone NOT NULL,
    dod timestamp(0) without time zone,
    dod_hosp timestamp(0) without time zone,
    dod_ssn timestamp(0) without time zone,
    expire_flag integer NOT NULL,
    PRIMARY KEY (row_id),
    UNIQUE (subject_id)
);
CREATE TABLE mimiciii.prescriptions (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    icustay_id integer,
    startdate timestamp(0) without time zone,
    enddate timestamp(0) without time zone,
    drug_type character varying(100) NOT NULL,
    drug character varying(100) NOT NULL,
    drug_name_poe character varying(100),
    drug_name_generic character varying(100),
    formulary_drug_cd character varying(120),
    gsn character varying(200),
    ndc character varying(120),
    prod_strength character varying(120),
    dose_val_rx character varying(120),
    dose_unit_rx character varying(120),
    form_val_disp character varying(120),
    form_unit_disp character varying(120),
    route character varying(120),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.procedureevents_mv (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    icustay_id integer,
    starttime timestamp(0) without time zone,
    endtime timestamp(0) without time zone,
    itemid integer,
    value double precision,
    valueuom character varying(30),
    location character varying(30),
    locationcategory character varying(30),
    storetime timestamp(0) without time zone,
    cgid integer,
    orderid integer,
    linkorderid integer,
    ordercategoryname character varying(100),
    secondaryordercategoryname character varying(100),
    ordercategorydescription character varying(50),
    isopenbag smallint,
    continueinnextdept smallint,
    cancelreason smallint,
    statusdescription character varying(30),
    comments_editedby character varying(30),
    comments_canceledby character varying(30),
    comments_date timestamp(0) without time zone,
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.procedures_icd (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    seq_num integer NOT NULL,
    icd9_code character varying(10) NOT NULL,
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.services (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    transfertime timestamp(0) without time zone NOT NULL,
    prev_service character varying(20),
    curr_service character varying(20),
    PRIMARY KEY (row_id)
);
CREATE TABLE mimiciii.transfers (
    row_id integer NOT NULL,
    subject_id integer NOT NULL,
    hadm_id integer NOT NULL,
    icustay_id integer,
    dbsource character varying(20),
    eventtype character varying(20),
    prev_careunit character varying(20),
    curr_careunit character varying(20),
    prev_wardid smallint,
    curr_wardid smallint,
    intime timestamp(0) without time zone,
    outtime timestamp(0) without time zone,
    los double precision,
    PRIMARY KEY (row_id)
);
ALTER TABLE mimiciii.admissions ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.callout ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.callout ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.chartevents ADD FOREIGN KEY (cgid) REFERENCES mimiciii.caregivers (cgid);
ALTER TABLE mimiciii.chartevents ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.chartevents ADD FOREIGN KEY (icustay_id) REFERENCES mimiciii.icustays (icustay_id);
ALTER TABLE mimiciii.chartevents ADD FOREIGN KEY (itemid) REFERENCES mimiciii.d_items (itemid);
ALTER TABLE mimiciii.chartevents ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.cptevents ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.cptevents ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.datetimeevents ADD FOREIGN KEY (cgid) REFERENCES mimiciii.caregivers (cgid);
ALTER TABLE mimiciii.datetimeevents ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.datetimeevents ADD FOREIGN KEY (icustay_id) REFERENCES mimiciii.icustays (icustay_id);
ALTER TABLE mimiciii.datetimeevents ADD FOREIGN KEY (itemid) REFERENCES mimiciii.d_items (itemid);
ALTER TABLE mimiciii.datetimeevents ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.diagnoses_icd ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.diagnoses_icd ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.drgcodes ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.drgcodes ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.icustays ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.icustays ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.inputevents_cv ADD FOREIGN KEY (cgid) REFERENCES mimiciii.caregivers (cgid);
ALTER TABLE mimiciii.inputevents_cv ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.inputevents_cv ADD FOREIGN KEY (icustay_id) REFERENCES mimiciii.icustays (icustay_id);
ALTER TABLE mimiciii.inputevents_cv ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.inputevents_mv ADD FOREIGN KEY (cgid) REFERENCES mimiciii.caregivers (cgid);
ALTER TABLE mimiciii.inputevents_mv ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.inputevents_mv ADD FOREIGN KEY (icustay_id) REFERENCES mimiciii.icustays (icustay_id);
ALTER TABLE mimiciii.inputevents_mv ADD FOREIGN KEY (itemid) REFERENCES mimiciii.d_items (itemid);
ALTER TABLE mimiciii.inputevents_mv ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.labevents ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.labevents ADD FOREIGN KEY (itemid) REFERENCES mimiciii.d_labitems (itemid);
ALTER TABLE mimiciii.labevents ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.microbiologyevents ADD FOREIGN KEY (ab_itemid) REFERENCES mimiciii.d_items (itemid);
ALTER TABLE mimiciii.microbiologyevents ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.microbiologyevents ADD FOREIGN KEY (org_itemid) REFERENCES mimiciii.d_items (itemid);
ALTER TABLE mimiciii.microbiologyevents ADD FOREIGN KEY (spec_itemid) REFERENCES mimiciii.d_items (itemid);
ALTER TABLE mimiciii.microbiologyevents ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.noteevents ADD FOREIGN KEY (cgid) REFERENCES mimiciii.caregivers (cgid);
ALTER TABLE mimiciii.noteevents ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.noteevents ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.outputevents ADD FOREIGN KEY (cgid) REFERENCES mimiciii.caregivers (cgid);
ALTER TABLE mimiciii.outputevents ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.outputevents ADD FOREIGN KEY (icustay_id) REFERENCES mimiciii.icustays (icustay_id);
ALTER TABLE mimiciii.outputevents ADD FOREIGN KEY (itemid) REFERENCES mimiciii.d_items (itemid);
ALTER TABLE mimiciii.outputevents ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.prescriptions ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.prescriptions ADD FOREIGN KEY (icustay_id) REFERENCES mimiciii.icustays (icustay_id);
ALTER TABLE mimiciii.prescriptions ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.procedureevents_mv ADD FOREIGN KEY (cgid) REFERENCES mimiciii.caregivers (cgid);
ALTER TABLE mimiciii.procedureevents_mv ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.procedureevents_mv ADD FOREIGN KEY (icustay_id) REFERENCES mimiciii.icustays (icustay_id);
ALTER TABLE mimiciii.procedureevents_mv ADD FOREIGN KEY (itemid) REFERENCES mimiciii.d_items (itemid);
ALTER TABLE mimiciii.procedureevents_mv ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.procedures_icd ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.procedures_icd ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.services ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.services ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
ALTER TABLE mimiciii.transfers ADD FOREIGN KEY (hadm_id) REFERENCES mimiciii.admissions (hadm_id);
ALTER TABLE mimiciii.transfers ADD FOREIGN KEY (icustay_id) REFERENCES mimiciii.icustays (icustay_id);
ALTER TABLE mimiciii.transfers ADD FOREIGN KEY (subject_id) REFERENCES mimiciii.patients (subject_id);
COMMENT ON TABLE mimiciii.admissions IS 'Hospital admissions associated with an ICU stay.';
COMMENT ON COLUMN mimiciii.admissions.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.admissions.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.admissions.hadm_id IS 'Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.admissions.admittime IS 'Time of admission to the hospital.';
COMMENT ON COLUMN mimiciii.admissions.dischtime IS 'Time of discharge from the hospital.';
COMMENT ON COLUMN mimiciii.admissions.deathtime IS 'Time of death.';
COMMENT ON COLUMN mimiciii.admissions.admission_type IS 'Type of admission, for example emergency or elective.';
COMMENT ON COLUMN mimiciii.admissions.admission_location IS 'Admission location.';
COMMENT ON COLUMN mimiciii.admissions.discharge_location IS 'Discharge location';
COMMENT ON COLUMN mimiciii.admissions.insurance IS 'Insurance type.';
COMMENT ON COLUMN mimiciii.admissions.language IS 'Language.';
COMMENT ON COLUMN mimiciii.admissions.religion IS 'Religon.';
COMMENT ON COLUMN mimiciii.admissions.marital_status IS 'Marital status.';
COMMENT ON COLUMN mimiciii.admissions.ethnicity IS 'Ethnicity.';
COMMENT ON COLUMN mimiciii.admissions.diagnosis IS 'Diagnosis.';
COMMENT ON COLUMN mimiciii.admissions.has_chartevents_data IS 'Hospital admission has at least one observation in the CHARTEVENTS table.';
COMMENT ON TABLE mimiciii.callout IS 'Record of when patients were ready for discharge (called out), and the actual time of their discharge (or more generally, their outcome).';
COMMENT ON COLUMN mimiciii.callout.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.callout.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.callout.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.callout.submit_wardid IS 'Identifies the ward where the call out request was submitted.';
COMMENT ON COLUMN mimiciii.callout.submit_careunit IS 'If the ward where the call was submitted was an ICU, the ICU type is listed here.';
COMMENT ON COLUMN mimiciii.callout.curr_wardid IS 'Identifies the ward where the patient is currently residing.';
COMMENT ON COLUMN mimiciii.callout.curr_careunit IS 'If the ward where the patient is currently residing is an ICU, the ICU type is listed here.';
COMMENT ON COLUMN mimiciii.callout.callout_wardid IS 'Identifies the ward where the patient is to be discharged to. A value of 1 indicates the first available ward. A value of 0 indicates home.';
COMMENT ON COLUMN mimiciii.callout.callout_service IS 'Identifies the service that the patient is called out to.';
COMMENT ON COLUMN mimiciii.callout.request_tele IS 'Indicates if special precautions are required.';
COMMENT ON COLUMN mimiciii.callout.request_resp IS 'Indicates if special precautions are required.';
COMMENT ON COLUMN mimiciii.callout.request_cdiff IS 'Indicates if special precautions are required.';
COMMENT ON COLUMN mimiciii.callout.request_mrsa IS 'Indicates if special precautions are required.';
COMMENT ON COLUMN mimiciii.callout.request_vre IS 'Indicates if special precautions are required.';
COMMENT ON COLUMN mimiciii.callout.callout_status IS 'Current status of the call out request.';
COMMENT ON COLUMN mimiciii.callout.callout_outcome IS 'The result of the call out request; either a cancellation or a discharge.';
COMMENT ON COLUMN mimiciii.callout.discharge_wardid IS 'The ward to which the patient was discharged.';
COMMENT ON COLUMN mimiciii.callout.acknowledge_status IS 'The status of the response to the call out request.';
COMMENT ON COLUMN mimiciii.callout.createtime IS 'Time at which the call out request was created.';
COMMENT ON COLUMN mimiciii.callout.updatetime IS 'Last time at which the call out request was updated.';
COMMENT ON COLUMN mimiciii.callout.acknowledgetime IS 'Time at which the call out request was acknowledged.';
COMMENT ON COLUMN mimiciii.callout.outcometime IS 'Time at which the outcome (cancelled or discharged) occurred.';
COMMENT ON COLUMN mimiciii.callout.firstreservationtime IS 'First time at which a ward was reserved for the call out request.';
COMMENT ON COLUMN mimiciii.callout.currentreservationtime IS 'Latest time at which a ward was reserved for the call out request.';
COMMENT ON TABLE mimiciii.caregivers IS 'List of caregivers associated with an ICU stay.';
COMMENT ON COLUMN mimiciii.caregivers.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.caregivers.cgid IS 'Unique caregiver identifier.';
COMMENT ON COLUMN mimiciii.caregivers.label IS 'Title of the caregiver, for example MD or RN.';
COMMENT ON COLUMN mimiciii.caregivers.description IS 'More detailed description of the caregiver, if available.';
COMMENT ON TABLE mimiciii.chartevents IS 'Events occurring on a patient chart.';
COMMENT ON COLUMN mimiciii.chartevents.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.chartevents.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.chartevents.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.chartevents.icustay_id IS 'Foreign key. Identifies the ICU stay.';
COMMENT ON COLUMN mimiciii.chartevents.itemid IS 'Foreign key. Identifies the charted item.';
COMMENT ON COLUMN mimiciii.chartevents.charttime IS 'Time when the event occurred.';
COMMENT ON COLUMN mimiciii.chartevents.storetime IS 'Time when the event was recorded in the system.';
COMMENT ON COLUMN mimiciii.chartevents.cgid IS 'Foreign key. Identifies the caregiver.';
COMMENT ON COLUMN mimiciii.chartevents.value IS 'Value of the event as a text string.';
COMMENT ON COLUMN mimiciii.chartevents.valuenum IS 'Value of the event as a number.';
COMMENT ON COLUMN mimiciii.chartevents.valueuom IS 'Unit of measurement.';
COMMENT ON COLUMN mimiciii.chartevents.warning IS 'Flag to highlight that the value has triggered a warning.';
COMMENT ON COLUMN mimiciii.chartevents.error IS 'Flag to highlight an error with the event.';
COMMENT ON COLUMN mimiciii.chartevents.resultstatus IS 'Result status of lab data.';
COMMENT ON COLUMN mimiciii.chartevents.stopped IS 'Text string indicating the stopped status of an event (i.e. stopped, not stopped).';
COMMENT ON TABLE mimiciii.cptevents IS 'Events recorded in Current Procedural Terminology.';
COMMENT ON COLUMN mimiciii.cptevents.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.cptevents.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.cptevents.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.cptevents.costcenter IS 'Center recording the code, for example the ICU or the respiratory unit.';
COMMENT ON COLUMN mimiciii.cptevents.chartdate IS 'Date when the event occurred, if available.';
COMMENT ON COLUMN mimiciii.cptevents.cpt_cd IS 'Current Procedural Terminology code.';
COMMENT ON COLUMN mimiciii.cptevents.cpt_number IS 'Numerical element of the Current Procedural Terminology code.';
COMMENT ON COLUMN mimiciii.cptevents.cpt_suffix IS 'Text element of the Current Procedural Terminology, if any. Indicates code category.';
COMMENT ON COLUMN mimiciii.cptevents.ticket_id_seq IS 'Sequence number of the event, derived from the ticket ID.';
COMMENT ON COLUMN mimiciii.cptevents.sectionheader IS 'High-level section of the Current Procedural Terminology code.';
COMMENT ON COLUMN mimiciii.cptevents.subsectionheader IS 'Subsection of the Current Procedural Terminology code.';
COMMENT ON COLUMN mimiciii.cptevents.description IS 'Description of the Current Procedural Terminology, if available.';
COMMENT ON TABLE mimiciii.d_cpt IS 'High-level dictionary of the Current Procedural Terminology.';
COMMENT ON COLUMN mimiciii.d_cpt.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.d_cpt.category IS 'Code category.';
COMMENT ON COLUMN mimiciii.d_cpt.sectionrange IS 'Range of codes within the high-level section.';
COMMENT ON COLUMN mimiciii.d_cpt.sectionheader IS 'Section header.';
COMMENT ON COLUMN mimiciii.d_cpt.subsectionrange IS 'Range of codes within the subsection.';
COMMENT ON COLUMN mimiciii.d_cpt.subsectionheader IS 'Subsection header.';
COMMENT ON COLUMN mimiciii.d_cpt.codesuffix IS 'Text element of the Current Procedural Terminology, if any.';
COMMENT ON COLUMN mimiciii.d_cpt.mincodeinsubsection IS 'Minimum code within the subsection.';
COMMENT ON COLUMN mimiciii.d_cpt.maxcodeinsubsection IS 'Maximum code within the subsection.';
COMMENT ON TABLE mimiciii.d_icd_diagnoses IS 'Dictionary of the International Classification of Diseases, 9th Revision (Diagnoses).';
COMMENT ON COLUMN mimiciii.d_icd_diagnoses.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.d_icd_diagnoses.icd9_code IS 'ICD9 code - note that this is a fixed length character field, as whitespaces are important in uniquely identifying ICD-9 codes.';
COMMENT ON COLUMN mimiciii.d_icd_diagnoses.short_title IS 'Short title associated with the code.';
COMMENT ON COLUMN mimiciii.d_icd_diagnoses.long_title IS 'Long title associated with the code.';
COMMENT ON TABLE mimiciii.d_icd_procedures IS 'Dictionary of the International Classification of Diseases, 9th Revision (Procedures).';
COMMENT ON COLUMN mimiciii.d_icd_procedures.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.d_icd_procedures.icd9_code IS 'ICD9 code - note that this is a fixed length character field, as whitespaces are important in uniquely identifying ICD-9 codes.';
COMMENT ON COLUMN mimiciii.d_icd_procedures.short_title IS 'Short title associated with the code.';
COMMENT ON COLUMN mimiciii.d_icd_procedures.long_title IS 'Long title associated with the code.';
COMMENT ON TABLE mimiciii.d_items IS 'Dictionary of non-laboratory-related charted items.';
COMMENT ON COLUMN mimiciii.d_items.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.d_items.itemid IS 'Primary key. Identifies the charted item.';
COMMENT ON COLUMN mimiciii.d_items.label IS 'Label identifying the item.';
COMMENT ON COLUMN mimiciii.d_items.abbreviation IS 'Abbreviation associated with the item.';
COMMENT ON COLUMN mimiciii.d_items.dbsource IS 'Source database of the item.';
COMMENT ON COLUMN mimiciii.d_items.linksto IS 'Table which contains data for the given ITEMID.';
COMMENT ON COLUMN mimiciii.d_items.category IS 'Category of data which the concept falls under.';
COMMENT ON COLUMN mimiciii.d_items.unitname IS 'Unit associated with the item.';
COMMENT ON COLUMN mimiciii.d_items.param_type IS 'Type of item, for example solution or ingredient.';
COMMENT ON COLUMN mimiciii.d_items.conceptid IS 'Identifier used to harmonize concepts identified by multiple ITEMIDs. CONCEPTIDs are planned but not yet implemented (all values are NULL).';
COMMENT ON TABLE mimiciii.d_labitems IS 'Dictionary of laboratory-related items.';
COMMENT ON COLUMN mimiciii.d_labitems.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.d_labitems.itemid IS 'Foreign key. Identifies the charted item.';
COMMENT ON COLUMN mimiciii.d_labitems.label IS 'Label identifying the item.';
COMMENT ON COLUMN mimiciii.d_labitems.fluid IS 'Fluid associated with the item, for example blood or urine.';
COMMENT ON COLUMN mimiciii.d_labitems.category IS 'Category of item, for example chemistry or hematology.';
COMMENT ON COLUMN mimiciii.d_labitems.loinc_code IS 'Logical Observation Identifiers Names and Codes (LOINC) mapped to the item, if available.';
COMMENT ON TABLE mimiciii.datetimeevents IS 'Events relating to a datetime.';
COMMENT ON COLUMN mimiciii.datetimeevents.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.datetimeevents.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.datetimeevents.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.datetimeevents.icustay_id IS 'Foreign key. Identifies the ICU stay.';
COMMENT ON COLUMN mimiciii.datetimeevents.itemid IS 'Foreign key. Identifies the charted item.';
COMMENT ON COLUMN mimiciii.datetimeevents.charttime IS 'Time when the event occurred.';
COMMENT ON COLUMN mimiciii.datetimeevents.storetime IS 'Time when the event was recorded in the system.';
COMMENT ON COLUMN mimiciii.datetimeevents.cgid IS 'Foreign key. Identifies the caregiver.';
COMMENT ON COLUMN mimiciii.datetimeevents.value IS 'Value of the event as a text string.';
COMMENT ON COLUMN mimiciii.datetimeevents.valueuom IS 'Unit of measurement.';
COMMENT ON COLUMN mimiciii.datetimeevents.warning IS 'Flag to highlight that the value has triggered a warning.';
COMMENT ON COLUMN mimiciii.datetimeevents.error IS 'Flag to highlight an error with the event.';
COMMENT ON COLUMN mimiciii.datetimeevents.resultstatus IS 'Result status of lab data.';
COMMENT ON COLUMN mimiciii.datetimeevents.stopped IS 'Event was explicitly marked as stopped. Infrequently used by caregivers.';
COMMENT ON TABLE mimiciii.diagnoses_icd IS 'Diagnoses relating to a hospital admission coded using the ICD9 system.';
COMMENT ON COLUMN mimiciii.diagnoses_icd.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.diagnoses_icd.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.diagnoses_icd.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.diagnoses_icd.seq_num IS 'Priority of the code. Sequence 1 is the primary code.';
COMMENT ON COLUMN mimiciii.diagnoses_icd.icd9_code IS 'ICD9 code for the diagnosis.';
COMMENT ON TABLE mimiciii.drgcodes IS 'Hospital stays classified using the Diagnosis-Related Group system.';
COMMENT ON COLUMN mimiciii.drgcodes.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.drgcodes.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.drgcodes.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.drgcodes.drg_type IS 'Type of Diagnosis-Related Group, for example APR is All Patient Refined';
COMMENT ON COLUMN mimiciii.drgcodes.drg_code IS 'Diagnosis-Related Group code';
COMMENT ON COLUMN mimiciii.drgcodes.description IS 'Description of the Diagnosis-Related Group';
COMMENT ON COLUMN mimiciii.drgcodes.drg_severity IS 'Relative severity, available for type APR only.';
COMMENT ON COLUMN mimiciii.drgcodes.drg_mortality IS 'Relative mortality, available for type APR only.';
COMMENT ON TABLE mimiciii.icustays IS 'List of ICU admissions.';
COMMENT ON COLUMN mimiciii.icustays.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.icustays.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.icustays.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.icustays.icustay_id IS 'Identifies the ICU stay.';
COMMENT ON COLUMN mimiciii.icustays.dbsource IS 'Source database of the item.';
COMMENT ON COLUMN mimiciii.icustays.first_careunit IS 'First careunit associated with the ICU stay.';
COMMENT ON COLUMN mimiciii.icustays.last_careunit IS 'Last careunit associated with the ICU stay.';
COMMENT ON COLUMN mimiciii.icustays.first_wardid IS 'Identifier for the first ward the patient was located in.';
COMMENT ON COLUMN mimiciii.icustays.last_wardid IS 'Identifier for the last ward the patient is located in.';
COMMENT ON COLUMN mimiciii.icustays.intime IS 'Time of admission to the ICU.';
COMMENT ON COLUMN mimiciii.icustays.outtime IS 'Time of discharge from the ICU.';
COMMENT ON COLUMN mimiciii.icustays.los IS 'Length of stay in the ICU measured in fractional days.';
COMMENT ON TABLE mimiciii.inputevents_cv IS 'Events relating to fluid input for patients whose data was originally stored in the CareVue database.';
COMMENT ON COLUMN mimiciii.inputevents_cv.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.inputevents_cv.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.inputevents_cv.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.inputevents_cv.icustay_id IS 'Foreign key. Identifies the ICU stay.';
COMMENT ON COLUMN mimiciii.inputevents_cv.charttime IS 'Time that the input was started or received.';
COMMENT ON COLUMN mimiciii.inputevents_cv.itemid IS 'Foreign key. Identifies the charted item.';
COMMENT ON COLUMN mimiciii.inputevents_cv.amount IS 'Amount of the item administered to the patient.';
COMMENT ON COLUMN mimiciii.inputevents_cv.amountuom IS 'Unit of measurement for the amount.';
COMMENT ON COLUMN mimiciii.inputevents_cv.rate IS 'Rate at which the item is being administered to the patient.';
COMMENT ON COLUMN mimiciii.inputevents_cv.rateuom IS 'Unit of measurement for the rate.';
COMMENT ON COLUMN mimiciii.inputevents_cv.storetime IS 'Time when the event was recorded in the system.';
COMMENT ON COLUMN mimiciii.inputevents_cv.cgid IS 'Foreign key. Identifies the caregiver.';
COMMENT ON COLUMN mimiciii.inputevents_cv.orderid IS 'Identifier linking items which are grouped in a solution.';
COMMENT ON COLUMN mimiciii.inputevents_cv.linkorderid IS 'Identifier linking orders across multiple administrations. LINKORDERID is always equal to the first occurring ORDERID of the series.';
COMMENT ON COLUMN mimiciii.inputevents_cv.stopped IS 'Event was explicitly marked as stopped. Infrequently used by caregivers.';
COMMENT ON COLUMN mimiciii.inputevents_cv.newbottle IS 'Indicates when a new bottle of the solution was hung at the bedside.';
COMMENT ON COLUMN mimiciii.inputevents_cv.originalamount IS 'Amount of the item which was originally charted.';
COMMENT ON COLUMN mimiciii.inputevents_cv.originalamountuom IS 'Unit of measurement for the original amount.';
COMMENT ON COLUMN mimiciii.inputevents_cv.originalroute IS 'Route of administration originally chosen for the item.';
COMMENT ON COLUMN mimiciii.inputevents_cv.originalrate IS 'Rate of administration originally chosen for the item.';
COMMENT ON COLUMN mimiciii.inputevents_cv.originalrateuom IS 'Unit of measurement for the rate originally chosen.';
COMMENT ON COLUMN mimiciii.inputevents_cv.originalsite IS 'Anatomical site for the original administration of the item.';
COMMENT ON TABLE mimiciii.inputevents_mv IS 'Events relating to fluid input for patients whose data was originally stored in the MetaVision database.';
COMMENT ON COLUMN mimiciii.inputevents_mv.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.inputevents_mv.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.inputevents_mv.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.inputevents_mv.icustay_id IS 'Foreign key. Identifies the ICU stay.';
COMMENT ON COLUMN mimiciii.inputevents_mv.starttime IS 'Time when the event started.';
COMMENT ON COLUMN mimiciii.inputevents_mv.endtime IS 'Time when the event ended.';
COMMENT ON COLUMN mimiciii.inputevents_mv.itemid IS 'Foreign key. Identifies the charted item.';
COMMENT ON COLUMN mimiciii.inputevents_mv.amount IS 'Amount of the item administered to the patient.';
COMMENT ON COLUMN mimiciii.inputevents_mv.amountuom IS 'Unit of measurement for the amount.';
COMMENT ON COLUMN mimiciii.inputevents_mv.rate IS 'Rate at which the item is being administered to the patient.';
COMMENT ON COLUMN mimiciii.inputevents_mv.rateuom IS 'Unit of measurement for the rate.';
COMMENT ON COLUMN mimiciii.inputevents_mv.storetime IS 'Time when the event was recorded in the system.';
COMMENT ON COLUMN mimiciii.inputevents_mv.cgid IS 'Foreign key. Identifies the caregiver.';
COMMENT ON COLUMN mimiciii.inputevents_mv.orderid IS 'Identifier linking items which are grouped in a solution.';
COMMENT ON COLUMN mimiciii.inputevents_mv.linkorderid IS 'Identifier linking orders across multiple administrations. LINKORDERID is always equal to the first occurring ORDERID of the series.';
COMMENT ON COLUMN mimiciii.inputevents_mv.ordercategoryname IS 'A group which the item corresponds to.';
COMMENT ON COLUMN mimiciii.inputevents_mv.secondaryordercategoryname IS 'A secondary group for those items with more than one grouping possible.';
COMMENT ON COLUMN mimiciii.inputevents_mv.ordercomponenttypedescription IS 'The role of the item administered in the order.';
COMMENT ON COLUMN mimiciii.inputevents_mv.ordercategorydescription IS 'The type of item administered.';
COMMENT ON COLUMN mimiciii.inputevents_mv.patientweight IS 'For drugs dosed by weight, the value of the weight used in the calculation.';
COMMENT ON COLUMN mimiciii.inputevents_mv.totalamount IS 'The total amount in the solution for the given item.';
COMMENT ON COLUMN mimiciii.inputevents_mv.totalamountuom IS 'Unit of measurement for the total amount in the solution.';
COMMENT ON COLUMN mimiciii.inputevents_mv.isopenbag IS 'Indicates whether the bag containing the solution is open.';
COMMENT ON COLUMN mimiciii.inputevents_mv.continueinnextdept IS 'Indicates whether the item will be continued in the next department where the patient is transferred to.';
COMMENT ON COLUMN mimiciii.inputevents_mv.cancelreason IS 'Reason for cancellation, if cancelled.';
COMMENT ON COLUMN mimiciii.inputevents_mv.statusdescription IS 'The current status of the order: stopped, rewritten, running or cancelled.';
COMMENT ON COLUMN mimiciii.inputevents_mv.comments_editedby IS 'The title of the caregiver who edited the order.';
COMMENT ON COLUMN mimiciii.inputevents_mv.comments_canceledby IS 'The title of the caregiver who canceled the order.';
COMMENT ON COLUMN mimiciii.inputevents_mv.comments_date IS 'Time at which the caregiver edited or cancelled the order.';
COMMENT ON COLUMN mimiciii.inputevents_mv.originalamount IS 'Amount of the item which was originally charted.';
COMMENT ON COLUMN mimiciii.inputevents_mv.originalrate IS 'Rate of administration originally chosen for the item.';
COMMENT ON TABLE mimiciii.labevents IS 'Events relating to laboratory tests.';
COMMENT ON COLUMN mimiciii.labevents.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.labevents.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.labevents.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.labevents.itemid IS 'Foreign key. Identifies the charted item.';
COMMENT ON COLUMN mimiciii.labevents.charttime IS 'Time when the event occurred.';
COMMENT ON COLUMN mimiciii.labevents.value IS 'Value of the event as a text string.';
COMMENT ON COLUMN mimiciii.labevents.valuenum IS 'Value of the event as a number.';
COMMENT ON COLUMN mimiciii.labevents.valueuom IS 'Unit of measurement.';
COMMENT ON COLUMN mimiciii.labevents.flag IS 'Flag indicating whether the lab test value is considered abnormal (null if the test was normal).';
COMMENT ON TABLE mimiciii.microbiologyevents IS 'Events relating to microbiology tests.';
COMMENT ON COLUMN mimiciii.microbiologyevents.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.microbiologyevents.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.microbiologyevents.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.microbiologyevents.chartdate IS 'Date when the event occurred.';
COMMENT ON COLUMN mimiciii.microbiologyevents.charttime IS 'Time when the event occurred, if available.';
COMMENT ON COLUMN mimiciii.microbiologyevents.spec_itemid IS 'Foreign key. Identifies the specimen.';
COMMENT ON COLUMN mimiciii.microbiologyevents.spec_type_desc IS 'Description of the specimen.';
COMMENT ON COLUMN mimiciii.microbiologyevents.org_itemid IS 'Foreign key. Identifies the organism.';
COMMENT ON COLUMN mimiciii.microbiologyevents.org_name IS 'Name of the organism.';
COMMENT ON COLUMN mimiciii.microbiologyevents.isolate_num IS 'Isolate number associated with the test.';
COMMENT ON COLUMN mimiciii.microbiologyevents.ab_itemid IS 'Foreign key. Identifies the antibody.';
COMMENT ON COLUMN mimiciii.microbiologyevents.ab_name IS 'Name of the antibody used.';
COMMENT ON COLUMN mimiciii.microbiologyevents.dilution_text IS 'The dilution amount tested for and the comparison which was made against it (e.g. <=4).';
COMMENT ON COLUMN mimiciii.microbiologyevents.dilution_comparison IS 'The comparison component of DILUTION_TEXT: either <= (less than or equal), = (equal), or >= (greater than or equal), or null when not available.';
COMMENT ON COLUMN mimiciii.microbiologyevents.dilution_value IS 'The value component of DILUTION_TEXT: must be a floating point number.';
COMMENT ON COLUMN mimiciii.microbiologyevents.interpretation IS 'Interpretation of the test.';
COMMENT ON TABLE mimiciii.noteevents IS 'Notes associated with hospital stays.';
COMMENT ON COLUMN mimiciii.noteevents.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.noteevents.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.noteevents.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.noteevents.chartdate IS 'Date when the note was charted.';
COMMENT ON COLUMN mimiciii.noteevents.charttime IS 'Date and time when the note was charted. Note that some notes (e.g. discharge summaries) do not have a time associated with them: these notes have NULL in this column.';
COMMENT ON COLUMN mimiciii.noteevents.category IS 'Category of the note, e.g. Discharge summary.';
COMMENT ON COLUMN mimiciii.noteevents.description IS 'A more detailed categorization for the note, sometimes entered by free-text.';
COMMENT ON COLUMN mimiciii.noteevents.cgid IS 'Foreign key. Identifies the caregiver.';
COMMENT ON COLUMN mimiciii.noteevents.iserror IS 'Flag to highlight an error with the note.';
COMMENT ON COLUMN mimiciii.noteevents.text IS 'Content of the note.';
COMMENT ON TABLE mimiciii.outputevents IS 'Outputs recorded during the ICU stay.';
COMMENT ON COLUMN mimiciii.outputevents.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.outputevents.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.outputevents.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.outputevents.icustay_id IS 'Foreign key. Identifies the ICU stay.';
COMMENT ON COLUMN mimiciii.outputevents.charttime IS 'Time when the output was recorded/occurred.';
COMMENT ON COLUMN mimiciii.outputevents.itemid IS 'Foreign key. Identifies the charted item.';
COMMENT ON COLUMN mimiciii.outputevents.value IS 'Value of the event as a float.';
COMMENT ON COLUMN mimiciii.outputevents.valueuom IS 'Unit of measurement.';
COMMENT ON COLUMN mimiciii.outputevents.storetime IS 'Time when the event was recorded in the system.';
COMMENT ON COLUMN mimiciii.outputevents.cgid IS 'Foreign key. Identifies the caregiver.';
COMMENT ON COLUMN mimiciii.outputevents.stopped IS 'Event was explicitly marked as stopped. Infrequently used by caregivers.';
COMMENT ON COLUMN mimiciii.outputevents.newbottle IS 'Not applicable to outputs - column always null.';
COMMENT ON COLUMN mimiciii.outputevents.iserror IS 'Flag to highlight an error with the measurement.';
COMMENT ON TABLE mimiciii.patients IS 'Patients associated with an admission to the ICU.';
COMMENT ON COLUMN mimiciii.patients.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.patients.subject_id IS 'Primary key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.patients.gender IS 'Gender.';
COMMENT ON COLUMN mimiciii.patients.dob IS 'Date of birth.';
COMMENT ON COLUMN mimiciii.patients.dod IS 'Date of death. Null if the patient was alive at least 90 days post hospital discharge.';
COMMENT ON COLUMN mimiciii.patients.dod_hosp IS 'Date of death recorded in the hospital records.';
COMMENT ON COLUMN mimiciii.patients.dod_ssn IS 'Date of death recorded in the social security records.';
COMMENT ON COLUMN mimiciii.patients.expire_flag IS 'Flag indicating that the patient has died.';
COMMENT ON TABLE mimiciii.prescriptions IS 'Medicines prescribed.';
COMMENT ON COLUMN mimiciii.prescriptions.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.prescriptions.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.prescriptions.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.prescriptions.icustay_id IS 'Foreign key. Identifies the ICU stay.';
COMMENT ON COLUMN mimiciii.prescriptions.startdate IS 'Date when the prescription started.';
COMMENT ON COLUMN mimiciii.prescriptions.enddate IS 'Date when the prescription ended.';
COMMENT ON COLUMN mimiciii.prescriptions.drug_type IS 'Type of drug.';
COMMENT ON COLUMN mimiciii.prescriptions.drug IS 'Name of the drug.';
COMMENT ON COLUMN mimiciii.prescriptions.drug_name_poe IS 'Name of the drug on the Provider Order Entry interface.';
COMMENT ON COLUMN mimiciii.prescriptions.drug_name_generic IS 'Generic drug name.';
COMMENT ON COLUMN mimiciii.prescriptions.formulary_drug_cd IS 'Formulary drug code.';
COMMENT ON COLUMN mimiciii.prescriptions.gsn IS 'Generic Sequence Number.';
COMMENT ON COLUMN mimiciii.prescriptions.ndc IS 'National Drug Code.';
COMMENT ON COLUMN mimiciii.prescriptions.prod_strength IS 'Strength of the drug (product).';
COMMENT ON COLUMN mimiciii.prescriptions.dose_val_rx IS 'Dose of the drug prescribed.';
COMMENT ON COLUMN mimiciii.prescriptions.dose_unit_rx IS 'Unit of measurement associated with the dose.';
COMMENT ON COLUMN mimiciii.prescriptions.form_val_disp IS 'Amount of the formulation dispensed.';
COMMENT ON COLUMN mimiciii.prescriptions.form_unit_disp IS 'Unit of measurement associated with the formulation.';
COMMENT ON COLUMN mimiciii.prescriptions.route IS 'Route of administration, for example intravenous or oral.';
COMMENT ON TABLE mimiciii.procedureevents_mv IS 'Procedure start and stop times recorded for MetaVision patients.';
COMMENT ON TABLE mimiciii.procedures_icd IS 'Procedures relating to a hospital admission coded using the ICD9 system.';
COMMENT ON COLUMN mimiciii.procedures_icd.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.procedures_icd.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.procedures_icd.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.procedures_icd.seq_num IS 'Lower procedure numbers occurred earlier.';
COMMENT ON COLUMN mimiciii.procedures_icd.icd9_code IS 'ICD9 code associated with the procedure.';
COMMENT ON TABLE mimiciii.services IS 'Hospital services that patients were under during their hospital stay.';
COMMENT ON COLUMN mimiciii.services.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.services.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.services.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.services.transfertime IS 'Time when the transfer occurred.';
COMMENT ON COLUMN mimiciii.services.prev_service IS 'Previous service type.';
COMMENT ON COLUMN mimiciii.services.curr_service IS 'Current service type.';
COMMENT ON TABLE mimiciii.transfers IS 'Location of patients during their hospital stay.';
COMMENT ON COLUMN mimiciii.transfers.row_id IS 'Unique row identifier.';
COMMENT ON COLUMN mimiciii.transfers.subject_id IS 'Foreign key. Identifies the patient.';
COMMENT ON COLUMN mimiciii.transfers.hadm_id IS 'Foreign key. Identifies the hospital stay.';
COMMENT ON COLUMN mimiciii.transfers.icustay_id IS 'Foreign key. Identifies the ICU stay.';
COMMENT ON COLUMN mimiciii.transfers.dbsource IS 'Source database of the item.';
COMMENT ON COLUMN mimiciii.transfers.eventtype IS 'Type of event, for example admission or transfer.';
COMMENT ON COLUMN mimiciii.transfers.prev_careunit IS 'Previous careunit.';
COMMENT ON COLUMN mimiciii.transfers.curr_careunit IS 'Current careunit.';
COMMENT ON COLUMN mimiciii.transfers.prev_wardid IS 'Identifier for the previous ward the patient was located in.';
COMMENT ON COLUMN mimiciii.transfers.curr_wardid IS 'Identifier for the current ward the patient is located in.';
COMMENT ON COLUMN mimiciii.transfers.intime IS 'Time when the patient was transferred into the unit.';
COMMENT ON COLUMN mimiciii.transfers.outtime IS 'Time when the patient was transferred out of the unit.';
COMMENT ON COLUMN mimiciii.transfers.los IS 'Length of stay in the unit in minutes.';
