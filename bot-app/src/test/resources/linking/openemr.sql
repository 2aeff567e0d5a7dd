-- OpenEMR (open-source medical practice management and electronic health record system, open-emr.org; version
-- 8.2.0-dev, database version 541): tables, keys and comments of its MySQL schema, no data. Read from
-- github.com/openemr/openemr (GPL-3.0; we use the schema's facts), sql/database.sql of its master branch as imported
-- unchanged on 2026-06-27 into the public copy github.com/GiantBeaver9/openemr-base-clean; converted from MySQL by a
-- one-off script, loaded into a scratch PostgreSQL and regenerated from its catalog: all 282 tables, their
-- primary keys and unique keys, and the source's 24 table and 644 column comments. Converted: names lower-cased,
-- int/mediumint -> integer (unsigned: bigint), tinyint/smallint/year -> smallint (unsigned smallint: integer),
-- bigint/serial -> bigint (serial's implied unique key kept), varchar/char kept,
-- text/mediumtext/longtext/tinytext/enum/set -> text, datetime/timestamp -> timestamp, decimal -> numeric,
-- float -> real, double -> double precision, blob/binary/varbinary -> bytea. Left out: defaults, AUTO_INCREMENT,
-- indexes (KEY/INDEX), ENGINE/CHARSET options. The source declares no foreign keys (its references are only named in
-- column comments such as 'references users.id'), so neither does this file, as on a real OpenEMR database.
-- See README.md here.
SET client_min_messages = warning;
CREATE TABLE public.addresses (
    id integer NOT NULL,
    line1 character varying(255),
    line2 character varying(255),
    city character varying(255),
    state character varying(35),
    zip character varying(10),
    plus_four character varying(4),
    country character varying(255),
    foreign_id integer,
    district character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE public.amc_misc_data (
    amc_id character varying(31) NOT NULL,
    pid bigint,
    map_category character varying(255) NOT NULL,
    map_id bigint NOT NULL,
    date_created timestamp without time zone,
    date_completed timestamp without time zone,
    soc_provided timestamp without time zone
);
CREATE TABLE public.amendments (
    amendment_id integer NOT NULL,
    amendment_date date NOT NULL,
    amendment_by character varying(50) NOT NULL,
    amendment_status character varying(50),
    pid bigint NOT NULL,
    amendment_desc text,
    created_by integer NOT NULL,
    modified_by integer,
    created_time timestamp without time zone,
    modified_time timestamp without time zone,
    PRIMARY KEY (amendment_id)
);
CREATE TABLE public.amendments_history (
    amendment_id integer NOT NULL,
    amendment_note text,
    amendment_status character varying(50),
    created_by integer NOT NULL,
    created_time timestamp without time zone
);
CREATE TABLE public.api_log (
    id bigint NOT NULL,
    log_id integer NOT NULL,
    user_id bigint NOT NULL,
    patient_id bigint NOT NULL,
    ip_address character varying(255) NOT NULL,
    method character varying(20) NOT NULL,
    request character varying(255) NOT NULL,
    request_url text,
    request_body text,
    response text,
    created_time timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE public.api_refresh_token (
    id bigint NOT NULL,
    user_id character varying(40),
    client_id character varying(80),
    token character varying(128) NOT NULL,
    expiry timestamp without time zone,
    revoked smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (token)
);
CREATE TABLE public.api_token (
    id bigint NOT NULL,
    user_id character varying(40),
    token character varying(128),
    expiry timestamp without time zone,
    client_id character varying(80),
    scope text,
    revoked smallint NOT NULL,
    context text,
    PRIMARY KEY (id),
    UNIQUE (token)
);
CREATE TABLE public.ar_activity (
    pid integer NOT NULL,
    encounter integer NOT NULL,
    sequence_no bigint NOT NULL,
    code_type character varying(12) NOT NULL,
    code character varying(20) NOT NULL,
    modifier character varying(12) NOT NULL,
    payer_type integer NOT NULL,
    post_time timestamp without time zone NOT NULL,
    post_user integer NOT NULL,
    session_id bigint NOT NULL,
    memo character varying(255) NOT NULL,
    pay_amount numeric(12,2) NOT NULL,
    adj_amount numeric(12,2) NOT NULL,
    modified_time timestamp without time zone NOT NULL,
    follow_up character(1) NOT NULL,
    follow_up_note text,
    account_code character varying(15) NOT NULL,
    reason_code character varying(255),
    deleted timestamp without time zone,
    post_date date,
    payer_claim_number character varying(30),
    PRIMARY KEY (pid, encounter, sequence_no)
);
CREATE TABLE public.ar_session (
    session_id bigint NOT NULL,
    payer_id integer NOT NULL,
    user_id integer NOT NULL,
    closed smallint NOT NULL,
    reference character varying(255) NOT NULL,
    check_date date,
    deposit_date date,
    pay_total numeric(12,2) NOT NULL,
    created_time timestamp without time zone NOT NULL,
    modified_time timestamp without time zone NOT NULL,
    global_amount numeric(12,2) NOT NULL,
    payment_type character varying(50) NOT NULL,
    description text,
    adjustment_code character varying(50) NOT NULL,
    post_to_date date NOT NULL,
    patient_id bigint NOT NULL,
    payment_method character varying(25) NOT NULL,
    PRIMARY KEY (session_id)
);
CREATE TABLE public.audit_details (
    id bigint NOT NULL,
    table_name character varying(100) NOT NULL,
    field_name character varying(100) NOT NULL,
    field_value text,
    audit_master_id bigint NOT NULL,
    entry_identification character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.audit_master (
    id bigint NOT NULL,
    pid bigint NOT NULL,
    user_id bigint NOT NULL,
    approval_status smallint NOT NULL,
    comments text,
    created_time timestamp without time zone NOT NULL,
    modified_time timestamp without time zone NOT NULL,
    ip_address character varying(100) NOT NULL,
    type smallint NOT NULL,
    is_qrda_document boolean,
    is_unstructured_document boolean,
    PRIMARY KEY (id)
);
CREATE TABLE public.automatic_notification (
    notification_id integer NOT NULL,
    sms_gateway_type character varying(255) NOT NULL,
    provider_name character varying(100) NOT NULL,
    message text,
    email_sender character varying(100) NOT NULL,
    email_subject character varying(100) NOT NULL,
    type text NOT NULL,
    PRIMARY KEY (notification_id)
);
CREATE TABLE public.background_services (
    name character varying(31) NOT NULL,
    title character varying(127) NOT NULL,
    active smallint NOT NULL,
    running smallint NOT NULL,
    next_run timestamp without time zone NOT NULL,
    execute_interval integer NOT NULL,
    function character varying(127) NOT NULL,
    require_once character varying(255),
    sort_order integer NOT NULL,
    lock_expires_at timestamp without time zone,
    PRIMARY KEY (name)
);
CREATE TABLE public.batchcom (
    id bigint NOT NULL,
    patient_id bigint NOT NULL,
    sent_by bigint NOT NULL,
    msg_type character varying(60),
    msg_subject character varying(255),
    msg_text text,
    msg_date_sent timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE public.benefit_eligibility (
    response_id bigint NOT NULL,
    verification_id bigint NOT NULL,
    type character varying(4),
    benefit_type character varying(255),
    start_date date,
    end_date date,
    coverage_level character varying(255),
    coverage_type character varying(512),
    plan_type character varying(255),
    plan_description character varying(255),
    coverage_period character varying(255),
    amount numeric(5,2),
    percent numeric(3,2),
    network_ind character varying(2),
    message character varying(512),
    response_status text,
    response_create_date date,
    response_modify_date date
);
CREATE TABLE public.billing (
    id integer NOT NULL,
    date timestamp without time zone,
    code_type character varying(15),
    code character varying(20),
    pid bigint,
    provider_id integer,
    "user" integer,
    groupname character varying(255),
    authorized smallint,
    encounter integer,
    code_text text,
    billed smallint,
    activity smallint,
    payer_id integer,
    bill_process smallint NOT NULL,
    bill_date timestamp without time zone,
    process_date timestamp without time zone,
    process_file character varying(255),
    modifier character varying(12),
    units integer,
    fee numeric(12,2),
    justify character varying(255),
    target character varying(30),
    x12_partner_id integer,
    ndc_info character varying(255),
    notecodes character varying(25) NOT NULL,
    external_id character varying(20),
    pricelevel character varying(31),
    revenue_code character varying(6) NOT NULL,
    chargecat character varying(31),
    PRIMARY KEY (id)
);
CREATE TABLE public.calendar_external (
    id integer NOT NULL,
    date date NOT NULL,
    description character varying(45) NOT NULL,
    source character varying(45),
    PRIMARY KEY (id)
);
CREATE TABLE public.care_team_member (
    id integer NOT NULL,
    care_team_id integer NOT NULL,
    user_id bigint,
    contact_id bigint,
    role character varying(50) NOT NULL,
    facility_id bigint,
    provider_since date,
    status character varying(100),
    date_created timestamp without time zone,
    date_updated timestamp without time zone,
    created_by bigint,
    updated_by bigint,
    note text,
    PRIMARY KEY (id),
    UNIQUE (care_team_id, user_id, facility_id, contact_id)
);
CREATE TABLE public.care_teams (
    id integer NOT NULL,
    uuid bytea,
    pid integer NOT NULL,
    status character varying(100),
    team_name character varying(255),
    note text,
    date_created timestamp without time zone,
    date_updated timestamp without time zone,
    created_by bigint,
    updated_by bigint,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.categories (
    id integer NOT NULL,
    name character varying(255),
    value character varying(255),
    parent integer NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    aco_spec character varying(63) NOT NULL,
    codes character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.categories_seq (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.categories_to_documents (
    category_id integer NOT NULL,
    document_id integer NOT NULL,
    PRIMARY KEY (category_id, document_id)
);
CREATE TABLE public.ccda (
    id integer NOT NULL,
    uuid bytea,
    pid bigint,
    encounter bigint,
    ccda_data text,
    "time" character varying(50),
    status smallint,
    updated_date timestamp without time zone NOT NULL,
    user_id character varying(50),
    couch_docid character varying(100),
    couch_revid character varying(100),
    hash character varying(255),
    view smallint NOT NULL,
    transfer smallint NOT NULL,
    emr_transfer smallint NOT NULL,
    encrypted smallint NOT NULL,
    transaction_id bigint,
    PRIMARY KEY (id),
    UNIQUE (pid, encounter, "time"),
    UNIQUE (uuid)
);
CREATE TABLE public.ccda_components (
    ccda_components_id integer NOT NULL,
    ccda_components_field character varying(100),
    ccda_components_name character varying(100),
    ccda_type integer NOT NULL,
    PRIMARY KEY (ccda_components_id)
);
CREATE TABLE public.ccda_field_mapping (
    id integer NOT NULL,
    table_id integer,
    ccda_field character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE public.ccda_sections (
    ccda_sections_id integer NOT NULL,
    ccda_components_id integer,
    ccda_sections_field character varying(100),
    ccda_sections_name character varying(100),
    ccda_sections_req_mapping smallint NOT NULL,
    PRIMARY KEY (ccda_sections_id)
);
CREATE TABLE public.ccda_table_mapping (
    id integer NOT NULL,
    ccda_component character varying(100),
    ccda_component_section character varying(100),
    form_dir character varying(100),
    form_type smallint,
    form_table character varying(100),
    user_id integer,
    deleted smallint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.chart_tracker (
    ct_pid integer NOT NULL,
    ct_when timestamp without time zone NOT NULL,
    ct_userid bigint NOT NULL,
    ct_location character varying(31) NOT NULL,
    PRIMARY KEY (ct_pid, ct_when)
);
CREATE TABLE public.claims (
    patient_id bigint NOT NULL,
    encounter_id integer NOT NULL,
    version bigint NOT NULL,
    payer_id integer NOT NULL,
    status smallint NOT NULL,
    payer_type smallint NOT NULL,
    bill_process smallint NOT NULL,
    bill_time timestamp without time zone,
    process_time timestamp without time zone,
    process_file character varying(255),
    target character varying(30),
    x12_partner_id integer NOT NULL,
    submitted_claim text,
    PRIMARY KEY (patient_id, encounter_id, version)
);
CREATE TABLE public.clinical_notes_documents (
    id bigint NOT NULL,
    clinical_note_id bigint NOT NULL,
    document_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    created_by character varying(255),
    PRIMARY KEY (id),
    UNIQUE (clinical_note_id, document_id)
);
CREATE TABLE public.clinical_notes_procedure_results (
    id bigint NOT NULL,
    clinical_note_id bigint NOT NULL,
    procedure_result_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    created_by character varying(255),
    PRIMARY KEY (id),
    UNIQUE (clinical_note_id, procedure_result_id)
);
CREATE TABLE public.clinical_plans (
    id character varying(31) NOT NULL,
    pid bigint NOT NULL,
    normal_flag smallint,
    cqm_flag smallint,
    cqm_2011_flag smallint,
    cqm_2014_flag smallint,
    cqm_measure_group character varying(10) NOT NULL,
    PRIMARY KEY (id, pid)
);
CREATE TABLE public.clinical_plans_rules (
    plan_id character varying(31) NOT NULL,
    rule_id character varying(31) NOT NULL,
    PRIMARY KEY (plan_id, rule_id)
);
CREATE TABLE public.clinical_rules (
    id character varying(31) NOT NULL,
    pid bigint NOT NULL,
    active_alert_flag smallint,
    passive_alert_flag smallint,
    cqm_flag smallint,
    cqm_2011_flag smallint,
    cqm_2014_flag smallint,
    cqm_nqf_code character varying(10) NOT NULL,
    cqm_pqri_code character varying(10) NOT NULL,
    amc_flag smallint,
    amc_2011_flag smallint,
    amc_2014_flag smallint,
    amc_2015_flag smallint,
    amc_code character varying(10) NOT NULL,
    amc_code_2014 character varying(30) NOT NULL,
    amc_code_2015 character varying(30) NOT NULL,
    amc_2014_stage1_flag smallint,
    amc_2014_stage2_flag smallint,
    patient_reminder_flag smallint,
    bibliographic_citation character varying(255) NOT NULL,
    developer character varying(255) NOT NULL,
    funding_source character varying(255) NOT NULL,
    release_version character varying(255) NOT NULL,
    web_reference character varying(255) NOT NULL,
    linked_referential_cds character varying(50) NOT NULL,
    access_control character varying(255) NOT NULL,
    patient_dob_usage text,
    patient_ethnicity_usage text,
    patient_health_status_usage text,
    patient_gender_identity_usage text,
    patient_language_usage text,
    patient_race_usage text,
    patient_sex_usage text,
    patient_sexual_orientation_usage text,
    patient_sodh_usage text,
    PRIMARY KEY (id, pid)
);
CREATE TABLE public.clinical_rules_log (
    id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint NOT NULL,
    uid bigint NOT NULL,
    category character varying(255) NOT NULL,
    value text,
    new_value text,
    facility_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE public.code_types (
    ct_key character varying(15) NOT NULL,
    ct_id integer NOT NULL,
    ct_seq integer NOT NULL,
    ct_mod integer NOT NULL,
    ct_just character varying(15) NOT NULL,
    ct_mask character varying(9) NOT NULL,
    ct_fee smallint NOT NULL,
    ct_rel smallint NOT NULL,
    ct_nofs smallint NOT NULL,
    ct_diag smallint NOT NULL,
    ct_active smallint NOT NULL,
    ct_label character varying(31) NOT NULL,
    ct_external smallint NOT NULL,
    ct_claim smallint NOT NULL,
    ct_proc smallint NOT NULL,
    ct_term smallint NOT NULL,
    ct_problem smallint NOT NULL,
    ct_drug smallint NOT NULL,
    PRIMARY KEY (ct_key),
    UNIQUE (ct_id)
);
CREATE TABLE public.codes (
    id integer NOT NULL,
    code_text text,
    code_text_short text,
    code character varying(25) NOT NULL,
    code_type smallint,
    modifier character varying(12) NOT NULL,
    units integer,
    fee numeric(12,2),
    superbill character varying(31) NOT NULL,
    related_code character varying(255) NOT NULL,
    taxrates character varying(255) NOT NULL,
    cyp_factor real NOT NULL,
    active smallint,
    reportable smallint,
    financial_reporting smallint,
    revenue_code character varying(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.codes_history (
    log_id bigint NOT NULL,
    date timestamp without time zone,
    code character varying(25),
    modifier character varying(12),
    active smallint,
    diagnosis_reporting smallint,
    financial_reporting smallint,
    category character varying(255),
    code_type_name character varying(255),
    code_text text,
    code_text_short text,
    prices text,
    action_type character varying(25),
    update_by character varying(255),
    PRIMARY KEY (log_id)
);
CREATE TABLE public.contact (
    id bigint NOT NULL,
    foreign_table_name character varying(255) NOT NULL,
    foreign_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.contact_address (
    id bigint NOT NULL,
    contact_id bigint NOT NULL,
    address_id bigint NOT NULL,
    priority integer,
    type character varying(255),
    use character varying(255),
    notes text,
    status character(1),
    is_primary character(1),
    period_start timestamp without time zone,
    period_end timestamp without time zone,
    inactivated_reason character varying(45),
    created_date timestamp without time zone NOT NULL,
    created_by bigint,
    updated_date timestamp without time zone,
    updated_by bigint,
    PRIMARY KEY (id)
);
CREATE TABLE public.contact_relation (
    id bigint NOT NULL,
    contact_id bigint NOT NULL,
    target_table character varying(255) NOT NULL,
    target_id bigint NOT NULL,
    active boolean,
    role character varying(63),
    relationship character varying(63),
    contact_priority integer,
    is_primary_contact boolean,
    is_emergency_contact boolean,
    can_make_medical_decisions boolean,
    can_receive_medical_info boolean,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    notes text,
    created_date timestamp without time zone NOT NULL,
    created_by bigint,
    updated_date timestamp without time zone,
    updated_by bigint,
    PRIMARY KEY (id)
);
CREATE TABLE public.contact_telecom (
    id bigint NOT NULL,
    contact_id bigint NOT NULL,
    rank integer,
    system character varying(255),
    use character varying(255),
    value character varying(255),
    status character(1),
    is_primary character(1),
    notes text,
    period_start timestamp without time zone,
    period_end timestamp without time zone,
    inactivated_reason character varying(45),
    created_date timestamp without time zone NOT NULL,
    created_by bigint,
    updated_date timestamp without time zone,
    updated_by bigint,
    PRIMARY KEY (id)
);
CREATE TABLE public.customlists (
    cl_list_slno bigint NOT NULL,
    cl_list_id bigint NOT NULL,
    cl_list_item_id bigint,
    cl_list_type bigint NOT NULL,
    cl_list_item_short character varying(10),
    cl_list_item_long text,
    cl_list_item_level integer,
    cl_order integer,
    cl_deleted smallint,
    cl_creator integer,
    PRIMARY KEY (cl_list_slno)
);
CREATE TABLE public.dated_reminders (
    dr_id integer NOT NULL,
    dr_from_id integer NOT NULL,
    dr_message_text character varying(160) NOT NULL,
    dr_message_sent_date timestamp without time zone NOT NULL,
    dr_message_due_date date NOT NULL,
    pid bigint NOT NULL,
    message_priority smallint NOT NULL,
    message_processed smallint NOT NULL,
    processed_date timestamp without time zone,
    dr_processed_by integer NOT NULL,
    PRIMARY KEY (dr_id)
);
CREATE TABLE public.dated_reminders_link (
    dr_link_id integer NOT NULL,
    dr_id integer NOT NULL,
    to_id integer NOT NULL,
    PRIMARY KEY (dr_link_id)
);
CREATE TABLE public.direct_message_log (
    id bigint NOT NULL,
    msg_type character(1) NOT NULL,
    msg_id character varying(127) NOT NULL,
    sender character varying(255) NOT NULL,
    recipient character varying(255) NOT NULL,
    create_ts timestamp without time zone NOT NULL,
    status character(1) NOT NULL,
    status_info character varying(511),
    status_ts timestamp without time zone,
    patient_id bigint,
    user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE public.document_template_profiles (
    id bigint NOT NULL,
    template_id bigint NOT NULL,
    profile character varying(64) NOT NULL,
    template_name character varying(255) NOT NULL,
    category character varying(64) NOT NULL,
    provider bigint,
    modified_date timestamp without time zone NOT NULL,
    member_of character varying(64) NOT NULL,
    active smallint NOT NULL,
    recurring smallint NOT NULL,
    event_trigger character varying(31) NOT NULL,
    period integer NOT NULL,
    notify_trigger character varying(31) NOT NULL,
    notify_period integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (profile, template_id, member_of)
);
CREATE TABLE public.document_templates (
    id bigint NOT NULL,
    pid bigint,
    provider bigint,
    encounter bigint,
    modified_date timestamp without time zone NOT NULL,
    profile character varying(63) NOT NULL,
    category character varying(63) NOT NULL,
    location character varying(255),
    template_name character varying(255),
    status character varying(31),
    send_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone,
    size integer NOT NULL,
    template_content bytea,
    mime character varying(31),
    PRIMARY KEY (id),
    UNIQUE (pid, profile, category, template_name)
);
CREATE TABLE public.documents (
    id integer NOT NULL,
    uuid bytea,
    type text,
    size integer,
    date timestamp without time zone,
    date_expires timestamp without time zone,
    url character varying(255),
    thumb_url character varying(255),
    mimetype character varying(255),
    pages integer,
    owner integer,
    revision timestamp without time zone NOT NULL,
    foreign_id bigint,
    docdate date,
    hash character varying(255),
    list_id bigint NOT NULL,
    name character varying(255),
    drive_uuid bytea,
    couch_docid character varying(100),
    couch_revid character varying(100),
    storagemethod smallint NOT NULL,
    path_depth smallint,
    imported smallint,
    encounter_id bigint NOT NULL,
    encounter_check smallint NOT NULL,
    audit_master_approval_status smallint NOT NULL,
    audit_master_id integer,
    documentationof character varying(255),
    encrypted smallint NOT NULL,
    document_data text,
    deleted smallint NOT NULL,
    foreign_reference_id bigint,
    foreign_reference_table character varying(40),
    PRIMARY KEY (id),
    UNIQUE (drive_uuid),
    UNIQUE (uuid)
);
CREATE TABLE public.documents_legal_categories (
    dlc_id bigint NOT NULL,
    dlc_category_type bigint NOT NULL,
    dlc_category_name character varying(45) NOT NULL,
    dlc_category_parent bigint,
    PRIMARY KEY (dlc_id)
);
CREATE TABLE public.documents_legal_detail (
    dld_id bigint NOT NULL,
    dld_pid bigint,
    dld_facility bigint,
    dld_provider bigint,
    dld_encounter bigint,
    dld_master_docid bigint NOT NULL,
    dld_signed integer NOT NULL,
    dld_signed_time timestamp without time zone NOT NULL,
    dld_filepath character varying(75),
    dld_filename character varying(45) NOT NULL,
    dld_signing_person character varying(50) NOT NULL,
    dld_sign_level integer NOT NULL,
    dld_content character varying(50) NOT NULL,
    dld_file_for_pdf_generation bytea NOT NULL,
    dld_denial_reason text,
    dld_moved smallint NOT NULL,
    dld_patient_comments text,
    PRIMARY KEY (dld_id)
);
CREATE TABLE public.documents_legal_master (
    dlm_category bigint,
    dlm_subcategory bigint,
    dlm_document_id bigint NOT NULL,
    dlm_document_name character varying(75) NOT NULL,
    dlm_filepath character varying(75) NOT NULL,
    dlm_facility bigint,
    dlm_provider bigint,
    dlm_sign_height double precision NOT NULL,
    dlm_sign_width double precision NOT NULL,
    dlm_filename character varying(45) NOT NULL,
    dlm_effective_date timestamp without time zone NOT NULL,
    dlm_version bigint NOT NULL,
    content character varying(255) NOT NULL,
    dlm_savedsign character varying(255),
    dlm_review character varying(255),
    dlm_upload_type smallint,
    PRIMARY KEY (dlm_document_id)
);
CREATE TABLE public.drug_inventory (
    inventory_id integer NOT NULL,
    drug_id integer NOT NULL,
    lot_number character varying(20),
    expiration date,
    manufacturer character varying(255),
    on_hand integer NOT NULL,
    warehouse_id character varying(31) NOT NULL,
    vendor_id bigint NOT NULL,
    last_notify date,
    destroy_date date,
    destroy_method character varying(255),
    destroy_witness character varying(255),
    destroy_notes character varying(255),
    PRIMARY KEY (inventory_id)
);
CREATE TABLE public.drug_sales (
    uuid bytea,
    sale_id integer NOT NULL,
    drug_id integer NOT NULL,
    inventory_id integer NOT NULL,
    prescription_id integer NOT NULL,
    pid bigint NOT NULL,
    encounter integer NOT NULL,
    "user" character varying(255),
    sale_date date NOT NULL,
    quantity integer NOT NULL,
    fee numeric(12,2) NOT NULL,
    billed smallint NOT NULL,
    xfer_inventory_id integer NOT NULL,
    distributor_id bigint NOT NULL,
    notes character varying(255) NOT NULL,
    bill_date timestamp without time zone,
    pricelevel character varying(31),
    selector character varying(255),
    trans_type smallint NOT NULL,
    chargecat character varying(31),
    pharmacy_supply_type character varying(50),
    last_updated timestamp without time zone NOT NULL,
    date_created timestamp without time zone NOT NULL,
    updated_by bigint,
    created_by bigint,
    PRIMARY KEY (sale_id),
    UNIQUE (uuid)
);
CREATE TABLE public.drug_templates (
    drug_id integer NOT NULL,
    selector character varying(255) NOT NULL,
    dosage character varying(10),
    period integer NOT NULL,
    quantity integer NOT NULL,
    refills integer NOT NULL,
    taxrates character varying(255),
    pkgqty real NOT NULL,
    PRIMARY KEY (drug_id, selector)
);
CREATE TABLE public.drugs (
    drug_id integer NOT NULL,
    uuid bytea,
    name character varying(255) NOT NULL,
    ndc_number character varying(20) NOT NULL,
    on_order integer NOT NULL,
    reorder_point real NOT NULL,
    max_level real NOT NULL,
    last_notify date,
    reactions text,
    form character varying(31) NOT NULL,
    size character varying(25) NOT NULL,
    unit character varying(31) NOT NULL,
    route character varying(31) NOT NULL,
    substitute integer NOT NULL,
    related_code character varying(255) NOT NULL,
    cyp_factor real NOT NULL,
    active smallint,
    allow_combining smallint NOT NULL,
    allow_multiple smallint NOT NULL,
    drug_code character varying(25),
    consumable smallint NOT NULL,
    dispensable smallint NOT NULL,
    date_created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (drug_id),
    UNIQUE (uuid)
);
CREATE TABLE public.dsi_source_attributes (
    id bigint NOT NULL,
    client_id character varying(80) NOT NULL,
    list_id character varying(100) NOT NULL,
    option_id character varying(100) NOT NULL,
    clinical_rule_id character varying(31),
    source_value text,
    created_by bigint,
    last_updated_by bigint,
    created_at timestamp without time zone,
    last_updated_at timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (list_id, option_id, client_id)
);
CREATE TABLE public.edi_sequences (
    id bigint NOT NULL
);
CREATE TABLE public.eligibility_verification (
    verification_id bigint NOT NULL,
    response_id character varying(32),
    insurance_id bigint,
    eligibility_check_date timestamp without time zone,
    copay integer,
    deductible integer,
    deductiblemet text,
    create_date date,
    PRIMARY KEY (verification_id)
);
CREATE TABLE public.email_queue (
    id bigint NOT NULL,
    sender character varying(255),
    recipient character varying(255),
    subject character varying(255),
    body text,
    datetime_queued timestamp without time zone,
    sent smallint,
    datetime_sent timestamp without time zone,
    error smallint,
    error_message text,
    datetime_error timestamp without time zone,
    template_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE public.employer_data (
    id bigint NOT NULL,
    uuid bytea,
    name character varying(255),
    street character varying(255),
    street_line_2 text,
    postal_code character varying(255),
    city character varying(255),
    state character varying(255),
    country character varying(255),
    date timestamp without time zone,
    pid bigint NOT NULL,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    occupation text,
    industry text,
    created_by integer,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.enc_category_map (
    rule_enc_id character varying(31) NOT NULL,
    main_cat_id integer NOT NULL
);
CREATE TABLE public.erx_narcotics (
    id integer NOT NULL,
    drug character varying(255) NOT NULL,
    dea_number character varying(5) NOT NULL,
    csa_sch character varying(2) NOT NULL,
    narc character varying(2) NOT NULL,
    other_names character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.erx_rx_log (
    id integer NOT NULL,
    prescription_id integer NOT NULL,
    date character varying(25) NOT NULL,
    "time" character varying(15) NOT NULL,
    code integer NOT NULL,
    status text,
    message_id character varying(100),
    read integer,
    PRIMARY KEY (id)
);
CREATE TABLE public.esign_signatures (
    id integer NOT NULL,
    tid integer NOT NULL,
    "table" character varying(255) NOT NULL,
    uid integer NOT NULL,
    datetime timestamp without time zone NOT NULL,
    is_lock smallint NOT NULL,
    amendment text,
    hash character varying(255) NOT NULL,
    signature_hash character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.export_job (
    id bigint NOT NULL,
    uuid bytea,
    user_id character varying(40) NOT NULL,
    client_id character varying(80) NOT NULL,
    status character varying(40) NOT NULL,
    start_time timestamp without time zone,
    resource_include_time timestamp without time zone,
    output_format character varying(128) NOT NULL,
    request_uri character varying(128) NOT NULL,
    resources text,
    output text,
    errors text,
    access_token_id text,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.extended_log (
    id bigint NOT NULL,
    date timestamp without time zone,
    event character varying(255),
    "user" character varying(255),
    recipient character varying(255),
    description text,
    patient_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE public.external_encounters (
    ee_id integer NOT NULL,
    ee_date date,
    ee_pid integer,
    ee_provider_id character varying(255),
    ee_facility_id character varying(255),
    ee_encounter_diagnosis character varying(255),
    ee_external_id character varying(255),
    PRIMARY KEY (ee_id)
);
CREATE TABLE public.external_procedures (
    ep_id integer NOT NULL,
    ep_date date,
    ep_code_type character varying(20),
    ep_code character varying(9),
    ep_pid integer,
    ep_encounter integer,
    ep_code_text text,
    ep_facility_id character varying(255),
    ep_external_id character varying(255),
    PRIMARY KEY (ep_id)
);
CREATE TABLE public.facility (
    id integer NOT NULL,
    uuid bytea,
    name character varying(255),
    phone character varying(30),
    fax character varying(30),
    street character varying(255),
    city character varying(255),
    state character varying(50),
    postal_code character varying(11),
    country_code character varying(30) NOT NULL,
    federal_ein character varying(15),
    website character varying(255),
    email character varying(255),
    service_location smallint NOT NULL,
    billing_location smallint NOT NULL,
    accepts_assignment smallint NOT NULL,
    pos_code smallint,
    x12_sender_id character varying(25),
    attn character varying(65),
    domain_identifier character varying(60),
    facility_npi character varying(15),
    facility_taxonomy character varying(15),
    tax_id_type character varying(31) NOT NULL,
    color character varying(7) NOT NULL,
    primary_business_entity integer NOT NULL,
    facility_code character varying(31),
    extra_validation smallint NOT NULL,
    mail_street character varying(30),
    mail_street2 character varying(30),
    mail_city character varying(50),
    mail_state character varying(3),
    mail_zip character varying(10),
    oid character varying(255) NOT NULL,
    iban character varying(50),
    info text,
    weno_id character varying(10),
    inactive smallint NOT NULL,
    date_created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    organization_type character varying(50) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.facility_user_ids (
    id bigint NOT NULL,
    uid bigint,
    facility_id bigint,
    uuid bytea,
    field_id character varying(31) NOT NULL,
    field_value text,
    date_created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.fee_schedule (
    id bigint NOT NULL,
    insurance_company_id integer NOT NULL,
    plan character varying(20),
    code character varying(10),
    modifier character varying(2),
    type character varying(20),
    fee numeric(12,2),
    effective_date date,
    PRIMARY KEY (id),
    UNIQUE (insurance_company_id, plan, code, modifier, type, effective_date)
);
CREATE TABLE public.fee_sheet_options (
    fs_category character varying(63),
    fs_option character varying(63),
    fs_codes character varying(255)
);
CREATE TABLE public.form_care_plan (
    id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint,
    encounter character varying(255),
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    code character varying(255),
    codetext text,
    description text,
    external_id character varying(30),
    care_plan_type character varying(30),
    note_related_to text,
    date_end timestamp without time zone,
    reason_code character varying(31),
    reason_description text,
    reason_date_low timestamp without time zone,
    reason_date_high timestamp without time zone,
    reason_status character varying(31),
    plan_status character varying(32),
    proposed_date timestamp without time zone
);
CREATE TABLE public.form_clinical_instructions (
    id integer NOT NULL,
    pid bigint,
    encounter character varying(255),
    "user" character varying(255),
    instruction text,
    date timestamp without time zone NOT NULL,
    activity smallint,
    PRIMARY KEY (id)
);
CREATE TABLE public.form_clinical_notes (
    id bigint NOT NULL,
    form_id bigint NOT NULL,
    uuid bytea,
    date date,
    pid bigint,
    encounter character varying(255),
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    code character varying(255),
    codetext text,
    description text,
    external_id character varying(30),
    clinical_notes_type character varying(100),
    clinical_notes_category character varying(100),
    note_related_to text,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.form_dictation (
    id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    dictation text,
    additional_notes text,
    PRIMARY KEY (id)
);
CREATE TABLE public.form_encounter (
    id bigint NOT NULL,
    uuid bytea,
    date timestamp without time zone,
    reason text,
    facility text,
    facility_id integer NOT NULL,
    pid bigint,
    encounter bigint,
    onset_date timestamp without time zone,
    sensitivity character varying(30),
    billing_note text,
    pc_catid integer NOT NULL,
    last_level_billed integer NOT NULL,
    last_level_closed integer NOT NULL,
    last_stmt_date date,
    stmt_count integer NOT NULL,
    provider_id integer,
    supervisor_id integer,
    invoice_refno character varying(31) NOT NULL,
    referral_source character varying(31) NOT NULL,
    billing_facility integer NOT NULL,
    external_id character varying(20),
    pos_code smallint,
    parent_encounter_id bigint,
    class_code character varying(10) NOT NULL,
    shift character varying(31) NOT NULL,
    voucher_number character varying(255) NOT NULL,
    discharge_disposition character varying(100),
    encounter_type_code character varying(31),
    encounter_type_description text,
    referring_provider_id integer,
    date_end timestamp without time zone,
    in_collection smallint,
    last_update timestamp without time zone NOT NULL,
    ordering_provider_id integer,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.form_eye_acuity (
    id bigint NOT NULL,
    pid bigint,
    scodva character varying(25),
    scosva character varying(25),
    phodva character varying(25),
    phosva character varying(25),
    ctlodva character varying(25),
    ctlosva character varying(25),
    mrodva character varying(25),
    mrosva character varying(25),
    scnearodva character varying(25),
    scnearosva character varying(25),
    mrnearodva character varying(25),
    mrnearosva character varying(25),
    glareodva character varying(25),
    glareosva character varying(25),
    glarecomments character varying(255),
    arodva character varying(25),
    arosva character varying(25),
    crodva character varying(25),
    crosva character varying(25),
    ctlodva1 character varying(25),
    ctlosva1 character varying(25),
    pamodva character varying(25),
    pamosva character varying(25),
    liodva character varying(25) NOT NULL,
    liosva character varying(25) NOT NULL,
    wodvanear character varying(25),
    osvanearcc character varying(25),
    binocva character varying(25),
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_antseg (
    id bigint NOT NULL,
    pid bigint,
    odschirmer1 character varying(25),
    osschirmer1 character varying(25),
    odschirmer2 character varying(25),
    osschirmer2 character varying(25),
    odtbut character varying(25),
    ostbut character varying(25),
    osconj text,
    odconj text,
    odcornea text,
    oscornea text,
    odac text,
    osac text,
    odlens text,
    oslens text,
    odiris text,
    osiris text,
    pupil_normal character varying(2),
    odpupilsize1 character varying(25),
    odpupilsize2 character varying(25),
    odpupilreactivity character(25),
    odapd character varying(25),
    ospupilsize1 character varying(25),
    ospupilsize2 character varying(25),
    ospupilreactivity character(25),
    osapd character varying(25),
    dimodpupilsize1 character varying(25),
    dimodpupilsize2 character varying(25),
    dimodpupilreactivity character varying(25),
    dimospupilsize1 character varying(25),
    dimospupilsize2 character varying(25),
    dimospupilreactivity character varying(25),
    pupil_comments text,
    odkthickness character varying(25),
    oskthickness character varying(25),
    odgonio character varying(25),
    osgonio character varying(25),
    antseg_comments text,
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_base (
    id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    PRIMARY KEY (id)
);
CREATE TABLE public.form_eye_biometrics (
    id bigint NOT NULL,
    pid bigint,
    odk1 character varying(10),
    odk2 character varying(10),
    odk2axis character varying(10),
    osk1 character varying(10),
    osk2 character varying(10),
    osk2axis character varying(10),
    odaxiallength character varying(20),
    osaxiallength character varying(20),
    odpdmeasured character varying(20),
    ospdmeasured character varying(20),
    odacd character varying(20),
    osacd character varying(20),
    odw2w character varying(20),
    osw2w character varying(20),
    odlt character varying(20),
    oslt character varying(20),
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_external (
    id bigint NOT NULL,
    pid bigint,
    rul text,
    lul text,
    rll text,
    lll text,
    rbrow text,
    lbrow text,
    rmct text,
    lmct text,
    radnexa text,
    ladnexa text,
    rmrd character varying(25),
    lmrd character varying(25),
    rlf character varying(25),
    llf character varying(25),
    rvfissure character varying(25),
    lvfissure character varying(25),
    odhertel character varying(25),
    oshertel character varying(25),
    hertelbase character varying(25),
    rcarotid text,
    lcarotid text,
    rtempart text,
    ltempart text,
    rcnv text,
    lcnv text,
    rcnvii text,
    lcnvii text,
    ext_comments text,
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_hpi (
    id bigint NOT NULL,
    pid bigint,
    cc1 character varying(255),
    hpi1 text,
    quality1 character varying(255),
    timing1 character varying(255),
    duration1 character varying(255),
    context1 character varying(255),
    severity1 character varying(255),
    modify1 character varying(255),
    associated1 character varying(255),
    location1 character varying(255),
    chronic1 character varying(255),
    chronic2 character varying(255),
    chronic3 character varying(255),
    cc2 text,
    hpi2 text,
    quality2 text,
    timing2 text,
    duration2 text,
    context2 text,
    severity2 text,
    modify2 text,
    associated2 text,
    location2 text,
    cc3 text,
    hpi3 text,
    quality3 text,
    timing3 text,
    duration3 text,
    context3 text,
    severity3 text,
    modify3 text,
    associated3 text,
    location3 text,
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_locking (
    id bigint NOT NULL,
    pid bigint,
    imp text,
    plan text,
    resource character varying(50),
    technician character varying(50),
    locked character varying(3),
    lockeddate timestamp without time zone NOT NULL,
    lockedby character varying(50),
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_mag_dispense (
    id bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    encounter bigint,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    refdate timestamp without time zone,
    reftype character varying(10),
    rxtype character varying(20),
    odsph character varying(10),
    odcyl character varying(10),
    odaxis character varying(10),
    ossph character varying(10),
    oscyl character varying(10),
    osaxis character varying(10),
    odmidadd character varying(10),
    osmidadd character varying(10),
    odadd character varying(10),
    osadd character varying(10),
    odhpd character varying(20),
    odhbase character varying(20),
    odvpd character varying(20),
    odvbase character varying(20),
    odslaboff character varying(20),
    odvertexdist character varying(20),
    oshpd character varying(20),
    oshbase character varying(20),
    osvpd character varying(20),
    osvbase character varying(20),
    osslaboff character varying(20),
    osvertexdist character varying(20),
    odmpdd character varying(20),
    odmpdn character varying(20),
    osmpdd character varying(20),
    osmpdn character varying(20),
    bpdd character varying(20),
    bpdn character varying(20),
    lens_material character varying(20),
    lens_treatments character varying(100),
    ctlmanufacturerod character varying(25),
    ctlmanufactureros character varying(25),
    ctlsupplierod character varying(25),
    ctlsupplieros character varying(25),
    ctlbrandod character varying(50),
    ctlbrandos character varying(50),
    ctlodquantity character varying(255),
    ctlosquantity character varying(255),
    oddiam character varying(50),
    odbc character varying(50),
    osdiam character varying(50),
    osbc character varying(50),
    rxcomments text,
    comments text,
    PRIMARY KEY (id),
    UNIQUE (pid, encounter, id)
);
CREATE TABLE public.form_eye_mag_impplan (
    id integer NOT NULL,
    form_id bigint NOT NULL,
    pid bigint NOT NULL,
    title character varying(255) NOT NULL,
    code character varying(50),
    codetype character varying(50),
    codedesc character varying(255),
    codetext character varying(255),
    plan character varying(3000),
    pmsfh_link character varying(50),
    impplan_order smallint,
    PRIMARY KEY (id),
    UNIQUE (form_id, pid, title, plan)
);
CREATE TABLE public.form_eye_mag_orders (
    id bigint NOT NULL,
    form_id integer NOT NULL,
    pid bigint NOT NULL,
    order_details character varying(255) NOT NULL,
    order_status character varying(50),
    order_priority character varying(50),
    order_date_placed date NOT NULL,
    order_placed_bywhom character varying(50),
    order_date_completed date,
    order_completed_bywhom character varying(50),
    PRIMARY KEY (id),
    UNIQUE (pid, order_details, order_date_placed)
);
CREATE TABLE public.form_eye_mag_prefs (
    pezone character varying(25),
    location character varying(25),
    location_text character varying(25) NOT NULL,
    id bigint,
    selection character varying(255),
    zone_order integer,
    govalue character varying(10),
    ordering smallint,
    fill_action character varying(10) NOT NULL,
    goright character varying(50) NOT NULL,
    goleft character varying(50) NOT NULL,
    unspec character varying(50) NOT NULL,
    UNIQUE (id, pezone, location, selection)
);
CREATE TABLE public.form_eye_mag_wearing (
    id integer NOT NULL,
    encounter integer NOT NULL,
    form_id smallint NOT NULL,
    pid bigint NOT NULL,
    rx_number integer NOT NULL,
    odsph character varying(10),
    odcyl character varying(10),
    odaxis character varying(10),
    ossph character varying(10),
    oscyl character varying(10),
    osaxis character varying(10),
    odmidadd character varying(10),
    osmidadd character varying(10),
    odadd character varying(10),
    osadd character varying(10),
    odva character varying(10),
    osva character varying(10),
    odnearva character varying(10),
    osnearva character varying(10),
    odhpd character varying(20),
    odhbase character varying(20),
    odvpd character varying(20),
    odvbase character varying(20),
    odslaboff character varying(20),
    odvertexdist character varying(20),
    oshpd character varying(20),
    oshbase character varying(20),
    osvpd character varying(20),
    osvbase character varying(20),
    osslaboff character varying(20),
    osvertexdist character varying(20),
    odmpdd character varying(20),
    odmpdn character varying(20),
    osmpdd character varying(20),
    osmpdn character varying(20),
    bpdd character varying(20),
    bpdn character varying(20),
    lens_material character varying(20),
    lens_treatments character varying(100),
    rx_type character varying(25),
    comments text,
    UNIQUE (form_id, encounter, pid, rx_number),
    UNIQUE (id)
);
CREATE TABLE public.form_eye_neuro (
    id bigint NOT NULL,
    pid bigint,
    act character(3) NOT NULL,
    act5ccdist text,
    act1ccdist text,
    act2ccdist text,
    act3ccdist text,
    act4ccdist text,
    act6ccdist text,
    act7ccdist text,
    act8ccdist text,
    act9ccdist text,
    act10ccdist text,
    act11ccdist text,
    act1scdist text,
    act2scdist text,
    act3scdist text,
    act4scdist text,
    act5scdist text,
    act6scdist text,
    act7scdist text,
    act8scdist text,
    act9scdist text,
    act10scdist text,
    act11scdist text,
    act1scnear text,
    act2scnear text,
    act3scnear text,
    act4scnear text,
    act5ccnear text,
    act6ccnear text,
    act7ccnear text,
    act8ccnear text,
    act9ccnear text,
    act10ccnear text,
    act11ccnear text,
    act5scnear text,
    act6scnear text,
    act7scnear text,
    act8scnear text,
    act9scnear text,
    act10scnear text,
    act11scnear text,
    act1ccnear text,
    act2ccnear text,
    act3ccnear text,
    act4ccnear text,
    motilitynormal character(3) NOT NULL,
    motility_rs character(1),
    motility_ri character(1),
    motility_rr character(1),
    motility_rl character(1),
    motility_ls character(1),
    motility_li character(1),
    motility_lr character(1),
    motility_ll character(1),
    motility_rrso integer,
    motility_rlso integer,
    motility_rrio integer,
    motility_rlio integer,
    motility_lrso integer,
    motility_llso integer,
    motility_lrio integer,
    motility_llio integer,
    neuro_comments text,
    stereopsis character varying(25),
    odnpa text,
    osnpa text,
    vertfusamps text,
    divergenceamps text,
    npc character varying(10),
    daccdist character varying(20),
    daccnear character varying(20),
    caccdist character varying(20),
    caccnear character varying(20),
    odcolor text,
    oscolor text,
    odcoins text,
    oscoins text,
    odreddesat character varying(20),
    osreddesat character varying(20),
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_postseg (
    id bigint NOT NULL,
    pid bigint,
    oddisc text,
    osdisc text,
    odcup text,
    oscup text,
    odmacula text,
    osmacula text,
    odvessels text,
    osvessels text,
    odvitreous text,
    osvitreous text,
    odperiph text,
    osperiph text,
    odcmt text,
    oscmt text,
    retina_comments text,
    dil_risks character(2) NOT NULL,
    dil_meds text,
    wettype character varying(10) NOT NULL,
    atropine character varying(25) NOT NULL,
    cyclomydril character varying(25) NOT NULL,
    tropicamide character varying(25) NOT NULL,
    cyclogyl character varying(25) NOT NULL,
    neo25 character varying(25) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_refraction (
    id bigint NOT NULL,
    pid bigint,
    mrodsph character varying(25),
    mrodcyl character varying(25),
    mrodaxis character varying(25),
    mrodprism character varying(25),
    mrodbase character varying(25),
    mrodadd character varying(25),
    mrossph character varying(25),
    mroscyl character varying(25),
    mrosaxis character varying(25),
    mrosprism character varying(50),
    mrosbase character varying(50),
    mrosadd character varying(25),
    mrodnearsphere character varying(25),
    mrodnearcyl character varying(25),
    mrodnearaxis character varying(25),
    mrodprismnear character varying(50),
    mrodbasenear character varying(25),
    mrosnearshpere character varying(25),
    mrosnearcyl character varying(25),
    mrosnearaxis character varying(125),
    mrosprismnear character varying(50),
    mrosbasenear character varying(25),
    crodsph character varying(25),
    crodcyl character varying(25),
    crodaxis character varying(25),
    crossph character varying(25),
    croscyl character varying(25),
    crosaxis character varying(25),
    crcomments character varying(255),
    balanced character(2) NOT NULL,
    arodsph character varying(25),
    arodcyl character varying(25),
    arodaxis character varying(25),
    arossph character varying(25),
    aroscyl character varying(25),
    arosaxis character varying(25),
    arodadd character varying(25),
    arosadd character varying(25),
    arnearodva character varying(25),
    arnearosva character varying(25),
    arodprism character varying(50),
    arosprism character varying(50),
    ctlodsph character varying(25),
    ctlodcyl character varying(25),
    ctlodaxis character varying(25),
    ctlodbc character varying(25),
    ctloddiam character varying(25),
    ctlossph character varying(25),
    ctloscyl character varying(25),
    ctlosaxis character varying(25),
    ctlosbc character varying(25),
    ctlosdiam character varying(25),
    ctl_comments text,
    ctlmanufacturerod character varying(50),
    ctlsupplierod character varying(50),
    ctlbrandod character varying(50),
    ctlmanufactureros character varying(50),
    ctlsupplieros character varying(50),
    ctlbrandos character varying(50),
    ctlodadd character varying(25),
    ctlosadd character varying(25),
    nvochecked character varying(25),
    addchecked character varying(25),
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_ros (
    id bigint NOT NULL,
    pid bigint,
    rosgeneral text,
    rosheent text,
    roscv text,
    rospulm text,
    rosgi text,
    rosgu text,
    rosderm text,
    rosneuro text,
    rospsych text,
    rosmusculo text,
    rosimmuno text,
    rosendocrine text,
    roscomments text,
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_eye_vitals (
    id bigint NOT NULL,
    pid bigint,
    alert character(3),
    oriented character(3),
    confused character(3),
    odiopap character varying(10),
    osiopap character varying(10),
    odioptpn character varying(10),
    osioptpn character varying(10),
    odiopftn character varying(10),
    osiopftn character varying(10),
    ioptime time without time zone NOT NULL,
    odioppost character varying(10) NOT NULL,
    osioppost character varying(10) NOT NULL,
    iopposttime time without time zone,
    odioptarget character varying(10) NOT NULL,
    osioptarget character varying(10) NOT NULL,
    amslerod smallint,
    amsleros smallint,
    odvf1 smallint,
    odvf2 smallint,
    odvf3 smallint,
    odvf4 smallint,
    osvf1 smallint,
    osvf2 smallint,
    osvf3 smallint,
    osvf4 smallint,
    PRIMARY KEY (id),
    UNIQUE (id, pid)
);
CREATE TABLE public.form_functional_cognitive_status (
    id bigint NOT NULL,
    date date,
    pid bigint,
    encounter character varying(255),
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    code character varying(255),
    codetext text,
    description text,
    external_id character varying(30)
);
CREATE TABLE public.form_group_attendance (
    id bigint NOT NULL,
    date date,
    group_id integer,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    encounter_id integer,
    activity smallint,
    PRIMARY KEY (id)
);
CREATE TABLE public.form_groups_encounter (
    id bigint NOT NULL,
    date timestamp without time zone,
    reason text,
    facility text,
    facility_id integer NOT NULL,
    group_id bigint,
    encounter bigint,
    onset_date timestamp without time zone,
    sensitivity character varying(30),
    billing_note text,
    pc_catid integer NOT NULL,
    last_level_billed integer NOT NULL,
    last_level_closed integer NOT NULL,
    last_stmt_date date,
    stmt_count integer NOT NULL,
    provider_id integer,
    supervisor_id integer,
    invoice_refno character varying(31) NOT NULL,
    referral_source character varying(31) NOT NULL,
    billing_facility integer NOT NULL,
    external_id character varying(20),
    pos_code smallint,
    counselors character varying(255),
    appt_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE public.form_history_sdoh (
    id bigint NOT NULL,
    uuid bytea,
    pid bigint NOT NULL,
    encounter bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    created_by bigint,
    updated_by bigint,
    assessment_date date,
    screening_tool character varying(255),
    assessor character varying(255),
    food_insecurity character varying(50),
    food_insecurity_notes text,
    housing_instability character varying(50),
    housing_instability_notes text,
    transportation_insecurity character varying(50),
    transportation_insecurity_notes text,
    utilities_insecurity character varying(50),
    utilities_insecurity_notes text,
    interpersonal_safety character varying(50),
    interpersonal_safety_notes text,
    financial_strain character varying(50),
    financial_strain_notes text,
    social_isolation character varying(50),
    social_isolation_notes text,
    childcare_needs character varying(50),
    childcare_needs_notes text,
    digital_access character varying(50),
    digital_access_notes text,
    employment_status character varying(50),
    education_level character varying(50),
    caregiver_status character varying(20),
    veteran_status character varying(20),
    pregnancy_status character varying(20),
    pregnancy_edd date,
    pregnancy_intent character varying(32),
    postpartum_status character varying(20),
    postpartum_end date,
    goals text,
    interventions text,
    instrument_score integer,
    positive_domain_count integer,
    declined_flag smallint,
    disability_status character varying(50),
    disability_status_notes text,
    disability_scale text,
    hunger_q1 character varying(50),
    hunger_q2 character varying(50),
    hunger_score integer,
    PRIMARY KEY (id)
);
CREATE TABLE public.form_history_sdoh_health_concerns (
    id bigint NOT NULL,
    sdoh_history_id bigint NOT NULL,
    health_concern_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    created_by bigint,
    PRIMARY KEY (id),
    UNIQUE (sdoh_history_id, health_concern_id)
);
CREATE TABLE public.form_misc_billing_options (
    id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    employment_related smallint,
    auto_accident smallint,
    accident_state character varying(2),
    other_accident smallint,
    medicaid_referral_code character varying(2),
    epsdt_flag smallint,
    provider_qualifier_code character varying(2),
    provider_id integer,
    outside_lab smallint,
    lab_amount numeric(5,2),
    is_unable_to_work smallint,
    onset_date date,
    date_initial_treatment date,
    off_work_from date,
    off_work_to date,
    is_hospitalized smallint,
    hospitalization_date_from date,
    hospitalization_date_to date,
    medicaid_resubmission_code character varying(10),
    medicaid_original_reference character varying(15),
    prior_auth_number character varying(20),
    comments character varying(255),
    replacement_claim smallint,
    icn_resubmission_number character varying(35),
    box_14_date_qual character(3),
    box_15_date_qual character(3),
    encounter bigint,
    PRIMARY KEY (id),
    UNIQUE (encounter)
);
CREATE TABLE public.form_observation (
    id bigint NOT NULL,
    uuid bytea,
    form_id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint,
    encounter character varying(255),
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    code character varying(255),
    observation character varying(255),
    ob_value character varying(255),
    ob_unit character varying(255),
    description character varying(255),
    code_type character varying(255),
    table_code character varying(255),
    ob_code character varying(64),
    ob_type character varying(64),
    ob_status character varying(32),
    result_status character varying(32),
    ob_reason_status character varying(32),
    ob_reason_code character varying(64),
    ob_reason_text text,
    ob_documentationof_table character varying(255),
    ob_documentationof_table_id bigint,
    date_end timestamp without time zone,
    parent_observation_id bigint,
    category character varying(64),
    questionnaire_response_id bigint,
    ob_value_code_description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE public.form_questionnaire_assessments (
    id bigint NOT NULL,
    date timestamp without time zone,
    response_id text,
    pid bigint NOT NULL,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint NOT NULL,
    activity smallint NOT NULL,
    copyright text,
    form_name character varying(255),
    response_meta text,
    questionnaire_id text,
    questionnaire text,
    questionnaire_response text,
    lform text,
    lform_response text,
    category character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE public.form_reviewofs (
    id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    fever character varying(5),
    chills character varying(5),
    night_sweats character varying(5),
    weight_loss character varying(5),
    poor_appetite character varying(5),
    insomnia character varying(5),
    fatigued character varying(5),
    depressed character varying(5),
    hyperactive character varying(5),
    exposure_to_foreign_countries character varying(5),
    cataracts character varying(5),
    cataract_surgery character varying(5),
    glaucoma character varying(5),
    double_vision character varying(5),
    blurred_vision character varying(5),
    poor_hearing character varying(5),
    headaches character varying(5),
    ringing_in_ears character varying(5),
    bloody_nose character varying(5),
    sinusitis character varying(5),
    sinus_surgery character varying(5),
    dry_mouth character varying(5),
    strep_throat character varying(5),
    tonsillectomy character varying(5),
    swollen_lymph_nodes character varying(5),
    throat_cancer character varying(5),
    throat_cancer_surgery character varying(5),
    heart_attack character varying(5),
    irregular_heart_beat character varying(5),
    chest_pains character varying(5),
    shortness_of_breath character varying(5),
    high_blood_pressure character varying(5),
    heart_failure character varying(5),
    poor_circulation character varying(5),
    vascular_surgery character varying(5),
    cardiac_catheterization character varying(5),
    coronary_artery_bypass character varying(5),
    heart_transplant character varying(5),
    stress_test character varying(5),
    emphysema character varying(5),
    chronic_bronchitis character varying(5),
    interstitial_lung_disease character varying(5),
    shortness_of_breath_2 character varying(5),
    lung_cancer character varying(5),
    lung_cancer_surgery character varying(5),
    pheumothorax character varying(5),
    stomach_pains character varying(5),
    peptic_ulcer_disease character varying(5),
    gastritis character varying(5),
    endoscopy character varying(5),
    polyps character varying(5),
    colonoscopy character varying(5),
    colon_cancer character varying(5),
    colon_cancer_surgery character varying(5),
    ulcerative_colitis character varying(5),
    crohns_disease character varying(5),
    appendectomy character varying(5),
    divirticulitis character varying(5),
    divirticulitis_surgery character varying(5),
    gall_stones character varying(5),
    cholecystectomy character varying(5),
    hepatitis character varying(5),
    cirrhosis_of_the_liver character varying(5),
    splenectomy character varying(5),
    kidney_failure character varying(5),
    kidney_stones character varying(5),
    kidney_cancer character varying(5),
    kidney_infections character varying(5),
    bladder_infections character varying(5),
    bladder_cancer character varying(5),
    prostate_problems character varying(5),
    prostate_cancer character varying(5),
    kidney_transplant character varying(5),
    sexually_transmitted_disease character varying(5),
    burning_with_urination character varying(5),
    discharge_from_urethra character varying(5),
    rashes character varying(5),
    infections character varying(5),
    ulcerations character varying(5),
    pemphigus character varying(5),
    herpes character varying(5),
    osetoarthritis character varying(5),
    rheumotoid_arthritis character varying(5),
    lupus character varying(5),
    ankylosing_sondlilitis character varying(5),
    swollen_joints character varying(5),
    stiff_joints character varying(5),
    broken_bones character varying(5),
    neck_problems character varying(5),
    back_problems character varying(5),
    back_surgery character varying(5),
    scoliosis character varying(5),
    herniated_disc character varying(5),
    shoulder_problems character varying(5),
    elbow_problems character varying(5),
    wrist_problems character varying(5),
    hand_problems character varying(5),
    hip_problems character varying(5),
    knee_problems character varying(5),
    ankle_problems character varying(5),
    foot_problems character varying(5),
    insulin_dependent_diabetes character varying(5),
    noninsulin_dependent_diabetes character varying(5),
    hypothyroidism character varying(5),
    hyperthyroidism character varying(5),
    cushing_syndrom character varying(5),
    addison_syndrom character varying(5),
    additional_notes text,
    PRIMARY KEY (id)
);
CREATE TABLE public.form_ros (
    id integer NOT NULL,
    pid bigint NOT NULL,
    activity integer NOT NULL,
    date timestamp without time zone,
    weight_change character varying(3),
    weakness character varying(3),
    fatigue character varying(3),
    anorexia character varying(3),
    fever character varying(3),
    chills character varying(3),
    night_sweats character varying(3),
    insomnia character varying(3),
    irritability character varying(3),
    heat_or_cold character varying(3),
    intolerance character varying(3),
    change_in_vision character varying(3),
    glaucoma_history character varying(3),
    eye_pain character varying(3),
    irritation character varying(3),
    redness character varying(3),
    excessive_tearing character varying(3),
    double_vision character varying(3),
    blind_spots character varying(3),
    photophobia character varying(3),
    hearing_loss character varying(3),
    discharge character varying(3),
    pain character varying(3),
    vertigo character varying(3),
    tinnitus character varying(3),
    frequent_colds character varying(3),
    sore_throat character varying(3),
    sinus_problems character varying(3),
    post_nasal_drip character varying(3),
    nosebleed character varying(3),
    snoring character varying(3),
    apnea character varying(3),
    breast_mass character varying(3),
    breast_discharge character varying(3),
    biopsy character varying(3),
    abnormal_mammogram character varying(3),
    cough character varying(3),
    sputum character varying(3),
    shortness_of_breath character varying(3),
    wheezing character varying(3),
    hemoptsyis character varying(3),
    asthma character varying(3),
    copd character varying(3),
    chest_pain character varying(3),
    palpitation character varying(3),
    syncope character varying(3),
    pnd character varying(3),
    doe character varying(3),
    orthopnea character varying(3),
    peripheal character varying(3),
    edema character varying(3),
    legpain_cramping character varying(3),
    history_murmur character varying(3),
    arrythmia character varying(3),
    heart_problem character varying(3),
    dysphagia character varying(3),
    heartburn character varying(3),
    bloating character varying(3),
    belching character varying(3),
    flatulence character varying(3),
    nausea character varying(3),
    vomiting character varying(3),
    hematemesis character varying(3),
    gastro_pain character varying(3),
    food_intolerance character varying(3),
    hepatitis character varying(3),
    jaundice character varying(3),
    hematochezia character varying(3),
    changed_bowel character varying(3),
    diarrhea character varying(3),
    constipation character varying(3),
    polyuria character varying(3),
    polydypsia character varying(3),
    dysuria character varying(3),
    hematuria character varying(3),
    frequency character varying(3),
    urgency character varying(3),
    incontinence character varying(3),
    renal_stones character varying(3),
    utis character varying(3),
    hesitancy character varying(3),
    dribbling character varying(3),
    stream character varying(3),
    nocturia character varying(3),
    erections character varying(3),
    ejaculations character varying(3),
    g character varying(3),
    p character varying(3),
    ap character varying(3),
    lc character varying(3),
    mearche character varying(3),
    menopause character varying(3),
    lmp character varying(3),
    f_frequency character varying(3),
    f_flow character varying(3),
    f_symptoms character varying(3),
    abnormal_hair_growth character varying(3),
    f_hirsutism character varying(3),
    joint_pain character varying(3),
    swelling character varying(3),
    m_redness character varying(3),
    m_warm character varying(3),
    m_stiffness character varying(3),
    muscle character varying(3),
    m_aches character varying(3),
    fms character varying(3),
    arthritis character varying(3),
    loc character varying(3),
    seizures character varying(3),
    stroke character varying(3),
    tia character varying(3),
    n_numbness character varying(3),
    n_weakness character varying(3),
    paralysis character varying(3),
    intellectual_decline character varying(3),
    memory_problems character varying(3),
    dementia character varying(3),
    n_headache character varying(3),
    s_cancer character varying(3),
    psoriasis character varying(3),
    s_acne character varying(3),
    s_other character varying(3),
    s_disease character varying(3),
    p_diagnosis character varying(3),
    p_medication character varying(3),
    depression character varying(3),
    anxiety character varying(3),
    social_difficulties character varying(3),
    thyroid_problems character varying(3),
    diabetes character varying(3),
    abnormal_blood character varying(3),
    anemia character varying(3),
    fh_blood_problems character varying(3),
    bleeding_problems character varying(3),
    allergies character varying(3),
    frequent_illness character varying(3),
    hiv character varying(3),
    hai_status character varying(3),
    PRIMARY KEY (id)
);
CREATE TABLE public.form_soap (
    id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    subjective text,
    objective text,
    assessment text,
    plan text,
    PRIMARY KEY (id)
);
CREATE TABLE public.form_taskman (
    id bigint NOT NULL,
    req_date timestamp without time zone NOT NULL,
    from_id bigint NOT NULL,
    to_id bigint NOT NULL,
    patient_id bigint NOT NULL,
    doc_type character varying(20),
    doc_id bigint,
    enc_id bigint,
    method character varying(20) NOT NULL,
    completed character varying(1),
    completed_date timestamp without time zone,
    comment character varying(50),
    userfield_1 character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE public.form_vital_details (
    id bigint NOT NULL,
    form_id bigint NOT NULL,
    vitals_column character varying(64) NOT NULL,
    interpretation_list_id character varying(100),
    interpretation_option_id character varying(100),
    interpretation_codes character varying(255),
    interpretation_title character varying(255),
    reason_code character varying(31),
    reason_description text,
    reason_status character varying(31),
    PRIMARY KEY (id)
);
CREATE TABLE public.form_vitals (
    id bigint NOT NULL,
    uuid bytea,
    date timestamp without time zone,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    activity smallint,
    bps character varying(40),
    bpd character varying(40),
    weight numeric(12,6),
    height numeric(12,6),
    temperature numeric(12,6),
    temp_method character varying(255),
    pulse numeric(12,6),
    respiration numeric(12,6),
    note character varying(255),
    bmi numeric(12,6),
    bmi_status character varying(255),
    waist_circ numeric(12,6),
    head_circ numeric(12,6),
    oxygen_saturation numeric(6,2),
    oxygen_flow_rate numeric(12,6),
    external_id character varying(20),
    ped_weight_height numeric(6,2),
    ped_bmi numeric(6,2),
    ped_head_circ numeric(6,2),
    inhaled_oxygen_concentration numeric(6,2),
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.form_vitals_calculation (
    id integer NOT NULL,
    uuid bytea,
    encounter bigint,
    pid bigint NOT NULL,
    date_start timestamp without time zone,
    date_end timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by bigint,
    updated_by bigint,
    calculation_id character varying(64),
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.form_vitals_calculation_components (
    id integer NOT NULL,
    fvc_uuid bytea NOT NULL,
    vitals_column character varying(64) NOT NULL,
    value numeric(12,6),
    value_string character varying(255),
    value_unit character varying(16),
    component_order integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (fvc_uuid, vitals_column)
);
CREATE TABLE public.form_vitals_calculation_form_vitals (
    fvc_uuid bytea NOT NULL,
    vitals_id bigint NOT NULL,
    PRIMARY KEY (fvc_uuid, vitals_id)
);
CREATE TABLE public.forms (
    id bigint NOT NULL,
    date timestamp without time zone,
    encounter bigint,
    form_name text,
    form_id bigint,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    authorized smallint,
    deleted smallint NOT NULL,
    formdir text,
    therapy_group_id integer,
    issue_id bigint NOT NULL,
    provider_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.gacl_acl (
    id integer NOT NULL,
    section_value character varying(150) NOT NULL,
    allow integer NOT NULL,
    enabled integer NOT NULL,
    return_value text,
    note text,
    updated_date integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.gacl_acl_sections (
    id integer NOT NULL,
    value character varying(150) NOT NULL,
    order_value integer NOT NULL,
    name character varying(230) NOT NULL,
    hidden integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (value)
);
CREATE TABLE public.gacl_acl_seq (
    id integer NOT NULL
);
CREATE TABLE public.gacl_aco (
    id integer NOT NULL,
    section_value character varying(150) NOT NULL,
    value character varying(150) NOT NULL,
    order_value integer NOT NULL,
    name character varying(255) NOT NULL,
    hidden integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (section_value, value)
);
CREATE TABLE public.gacl_aco_map (
    acl_id integer NOT NULL,
    section_value character varying(150) NOT NULL,
    value character varying(150) NOT NULL,
    PRIMARY KEY (acl_id, section_value, value)
);
CREATE TABLE public.gacl_aco_sections (
    id integer NOT NULL,
    value character varying(150) NOT NULL,
    order_value integer NOT NULL,
    name character varying(230) NOT NULL,
    hidden integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (value)
);
CREATE TABLE public.gacl_aco_sections_seq (
    id integer NOT NULL
);
CREATE TABLE public.gacl_aco_seq (
    id integer NOT NULL
);
CREATE TABLE public.gacl_aro (
    id integer NOT NULL,
    section_value character varying(150) NOT NULL,
    value character varying(150) NOT NULL,
    order_value integer NOT NULL,
    name character varying(255) NOT NULL,
    hidden integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (section_value, value)
);
CREATE TABLE public.gacl_aro_groups (
    id integer NOT NULL,
    parent_id integer NOT NULL,
    lft integer NOT NULL,
    rgt integer NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(150) NOT NULL,
    PRIMARY KEY (id, value),
    UNIQUE (value)
);
CREATE TABLE public.gacl_aro_groups_id_seq (
    id integer NOT NULL
);
CREATE TABLE public.gacl_aro_groups_map (
    acl_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (acl_id, group_id)
);
CREATE TABLE public.gacl_aro_map (
    acl_id integer NOT NULL,
    section_value character varying(150) NOT NULL,
    value character varying(150) NOT NULL,
    PRIMARY KEY (acl_id, section_value, value)
);
CREATE TABLE public.gacl_aro_sections (
    id integer NOT NULL,
    value character varying(150) NOT NULL,
    order_value integer NOT NULL,
    name character varying(230) NOT NULL,
    hidden integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (value)
);
CREATE TABLE public.gacl_aro_sections_seq (
    id integer NOT NULL
);
CREATE TABLE public.gacl_aro_seq (
    id integer NOT NULL
);
CREATE TABLE public.gacl_axo (
    id integer NOT NULL,
    section_value character varying(150) NOT NULL,
    value character varying(150) NOT NULL,
    order_value integer NOT NULL,
    name character varying(255) NOT NULL,
    hidden integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (section_value, value)
);
CREATE TABLE public.gacl_axo_groups (
    id integer NOT NULL,
    parent_id integer NOT NULL,
    lft integer NOT NULL,
    rgt integer NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(150) NOT NULL,
    PRIMARY KEY (id, value),
    UNIQUE (value)
);
CREATE TABLE public.gacl_axo_groups_map (
    acl_id integer NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (acl_id, group_id)
);
CREATE TABLE public.gacl_axo_map (
    acl_id integer NOT NULL,
    section_value character varying(150) NOT NULL,
    value character varying(150) NOT NULL,
    PRIMARY KEY (acl_id, section_value, value)
);
CREATE TABLE public.gacl_axo_sections (
    id integer NOT NULL,
    value character varying(150) NOT NULL,
    order_value integer NOT NULL,
    name character varying(230) NOT NULL,
    hidden integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (value)
);
CREATE TABLE public.gacl_groups_aro_map (
    group_id integer NOT NULL,
    aro_id integer NOT NULL,
    PRIMARY KEY (group_id, aro_id)
);
CREATE TABLE public.gacl_groups_axo_map (
    group_id integer NOT NULL,
    axo_id integer NOT NULL,
    PRIMARY KEY (group_id, axo_id)
);
CREATE TABLE public.gacl_phpgacl (
    name character varying(230) NOT NULL,
    value character varying(150) NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE public.globals (
    gl_name character varying(63) NOT NULL,
    gl_index integer NOT NULL,
    gl_value character varying(255) NOT NULL,
    PRIMARY KEY (gl_name, gl_index)
);
CREATE TABLE public.gprelations (
    type1 integer NOT NULL,
    id1 bigint NOT NULL,
    type2 integer NOT NULL,
    id2 bigint NOT NULL,
    PRIMARY KEY (type1, id1, type2, id2)
);
CREATE TABLE public.groups (
    id bigint NOT NULL,
    name text,
    "user" text,
    PRIMARY KEY (id)
);
CREATE TABLE public.history_data (
    id bigint NOT NULL,
    uuid bytea,
    coffee text,
    tobacco text,
    alcohol text,
    sleep_patterns text,
    exercise_patterns text,
    seatbelt_use text,
    counseling text,
    hazardous_activities text,
    recreational_drugs text,
    last_breast_exam character varying(255),
    last_mammogram character varying(255),
    last_gynocological_exam character varying(255),
    last_rectal_exam character varying(255),
    last_prostate_exam character varying(255),
    last_physical_exam character varying(255),
    last_sigmoidoscopy_colonoscopy character varying(255),
    last_ecg character varying(255),
    last_cardiac_echo character varying(255),
    last_retinal character varying(255),
    last_fluvax character varying(255),
    last_pneuvax character varying(255),
    last_ldl character varying(255),
    last_hemoglobin character varying(255),
    last_psa character varying(255),
    last_exam_results character varying(255),
    history_mother text,
    dc_mother text,
    history_father text,
    dc_father text,
    history_siblings text,
    dc_siblings text,
    history_offspring text,
    dc_offspring text,
    history_spouse text,
    dc_spouse text,
    relatives_cancer text,
    relatives_tuberculosis text,
    relatives_diabetes text,
    relatives_high_blood_pressure text,
    relatives_heart_problems text,
    relatives_stroke text,
    relatives_epilepsy text,
    relatives_mental_illness text,
    relatives_suicide text,
    cataract_surgery timestamp without time zone,
    tonsillectomy timestamp without time zone,
    cholecystestomy timestamp without time zone,
    heart_surgery timestamp without time zone,
    hysterectomy timestamp without time zone,
    hernia_repair timestamp without time zone,
    hip_replacement timestamp without time zone,
    knee_replacement timestamp without time zone,
    appendectomy timestamp without time zone,
    date timestamp without time zone,
    pid bigint NOT NULL,
    name_1 character varying(255),
    value_1 character varying(255),
    name_2 character varying(255),
    value_2 character varying(255),
    additional_history text,
    exams text,
    usertext11 text,
    usertext12 character varying(255) NOT NULL,
    usertext13 character varying(255) NOT NULL,
    usertext14 character varying(255) NOT NULL,
    usertext15 character varying(255) NOT NULL,
    usertext16 character varying(255) NOT NULL,
    usertext17 character varying(255) NOT NULL,
    usertext18 character varying(255) NOT NULL,
    usertext19 character varying(255) NOT NULL,
    usertext20 character varying(255) NOT NULL,
    usertext21 character varying(255) NOT NULL,
    usertext22 character varying(255) NOT NULL,
    usertext23 character varying(255) NOT NULL,
    usertext24 character varying(255) NOT NULL,
    usertext25 character varying(255) NOT NULL,
    usertext26 character varying(255) NOT NULL,
    usertext27 character varying(255) NOT NULL,
    usertext28 character varying(255) NOT NULL,
    usertext29 character varying(255) NOT NULL,
    usertext30 character varying(255) NOT NULL,
    userdate11 date,
    userdate12 date,
    userdate13 date,
    userdate14 date,
    userdate15 date,
    userarea11 text,
    userarea12 text,
    created_by bigint,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.icd10_dx_order_code (
    dx_id bigint NOT NULL,
    dx_code character varying(7),
    formatted_dx_code character varying(10),
    valid_for_coding character(1),
    short_desc character varying(60),
    long_desc text,
    active smallint,
    revision integer,
    UNIQUE (dx_id)
);
CREATE TABLE public.icd10_gem_dx_10_9 (
    map_id bigint NOT NULL,
    dx_icd10_source character varying(7),
    dx_icd9_target character varying(5),
    flags character varying(5),
    active smallint,
    revision integer,
    UNIQUE (map_id)
);
CREATE TABLE public.icd10_gem_dx_9_10 (
    map_id bigint NOT NULL,
    dx_icd9_source character varying(5),
    dx_icd10_target character varying(7),
    flags character varying(5),
    active smallint,
    revision integer,
    UNIQUE (map_id)
);
CREATE TABLE public.icd10_gem_pcs_10_9 (
    map_id bigint NOT NULL,
    pcs_icd10_source character varying(7),
    pcs_icd9_target character varying(5),
    flags character varying(5),
    active smallint,
    revision integer,
    UNIQUE (map_id)
);
CREATE TABLE public.icd10_gem_pcs_9_10 (
    map_id bigint NOT NULL,
    pcs_icd9_source character varying(5),
    pcs_icd10_target character varying(7),
    flags character varying(5),
    active smallint,
    revision integer,
    UNIQUE (map_id)
);
CREATE TABLE public.icd10_pcs_order_code (
    pcs_id bigint NOT NULL,
    pcs_code character varying(7),
    valid_for_coding character(1),
    short_desc character varying(60),
    long_desc text,
    active smallint,
    revision integer,
    UNIQUE (pcs_id)
);
CREATE TABLE public.icd10_reimbr_dx_9_10 (
    map_id bigint NOT NULL,
    code character varying(8),
    code_cnt smallint,
    icd9_01 character varying(5),
    icd9_02 character varying(5),
    icd9_03 character varying(5),
    icd9_04 character varying(5),
    icd9_05 character varying(5),
    icd9_06 character varying(5),
    active smallint,
    revision integer,
    UNIQUE (map_id)
);
CREATE TABLE public.icd10_reimbr_pcs_9_10 (
    map_id bigint NOT NULL,
    code character varying(8),
    code_cnt smallint,
    icd9_01 character varying(5),
    icd9_02 character varying(5),
    icd9_03 character varying(5),
    icd9_04 character varying(5),
    icd9_05 character varying(5),
    icd9_06 character varying(5),
    active smallint,
    revision integer,
    UNIQUE (map_id)
);
CREATE TABLE public.icd9_dx_code (
    dx_id bigint NOT NULL,
    dx_code character varying(5),
    formatted_dx_code character varying(6),
    short_desc character varying(60),
    long_desc character varying(300),
    active smallint,
    revision integer,
    UNIQUE (dx_id)
);
CREATE TABLE public.icd9_dx_long_code (
    dx_id bigint NOT NULL,
    dx_code character varying(5),
    long_desc character varying(300),
    active smallint,
    revision integer,
    UNIQUE (dx_id)
);
CREATE TABLE public.icd9_sg_code (
    sg_id bigint NOT NULL,
    sg_code character varying(5),
    formatted_sg_code character varying(6),
    short_desc character varying(60),
    long_desc character varying(300),
    active smallint,
    revision integer,
    UNIQUE (sg_id)
);
CREATE TABLE public.icd9_sg_long_code (
    sq_id bigint NOT NULL,
    sg_code character varying(5),
    long_desc character varying(300),
    active smallint,
    revision integer,
    UNIQUE (sq_id)
);
CREATE TABLE public.immunization_observation (
    imo_id integer NOT NULL,
    imo_im_id integer NOT NULL,
    imo_pid integer,
    imo_criteria character varying(255),
    imo_criteria_value character varying(255),
    imo_user integer,
    imo_code character varying(255),
    imo_codetext character varying(255),
    imo_codetype character varying(255),
    imo_vis_date_published date,
    imo_vis_date_presented date,
    imo_date_observation timestamp without time zone NOT NULL,
    PRIMARY KEY (imo_id)
);
CREATE TABLE public.immunizations (
    id bigint NOT NULL,
    uuid bytea,
    patient_id bigint,
    administered_date timestamp without time zone,
    immunization_id integer,
    cvx_code character varying(64),
    manufacturer character varying(100),
    lot_number character varying(50),
    administered_by_id bigint,
    administered_by character varying(255),
    education_date date,
    vis_date date,
    note text,
    create_date timestamp without time zone,
    update_date timestamp without time zone NOT NULL,
    created_by bigint,
    updated_by bigint,
    amount_administered real,
    amount_administered_unit character varying(50),
    expiration_date date,
    route character varying(100),
    administration_site character varying(100),
    added_erroneously smallint NOT NULL,
    external_id character varying(20),
    completion_status character varying(50),
    information_source character varying(31),
    refusal_reason character varying(31),
    ordering_provider integer,
    reason_code character varying(31),
    reason_description text,
    encounter_id bigint,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.insurance_companies (
    id integer NOT NULL,
    uuid bytea,
    name character varying(255),
    attn character varying(255),
    cms_id character varying(15),
    ins_type_code integer,
    x12_receiver_id character varying(25),
    x12_default_partner_id integer,
    alt_cms_id character varying(15),
    inactive smallint NOT NULL,
    eligibility_id character varying(32),
    x12_default_eligibility_id integer,
    cqm_sop integer,
    date_created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.insurance_data (
    id bigint NOT NULL,
    uuid bytea,
    type text,
    provider character varying(255),
    plan_name character varying(255),
    policy_number character varying(255),
    group_number character varying(255),
    subscriber_lname character varying(255),
    subscriber_mname character varying(255),
    subscriber_fname character varying(255),
    subscriber_relationship character varying(255),
    subscriber_ss character varying(255),
    subscriber_dob date,
    subscriber_street character varying(255),
    subscriber_postal_code character varying(255),
    subscriber_city character varying(255),
    subscriber_state character varying(255),
    subscriber_country character varying(255),
    subscriber_phone character varying(255),
    subscriber_employer character varying(255),
    subscriber_employer_street character varying(255),
    subscriber_employer_postal_code character varying(255),
    subscriber_employer_state character varying(255),
    subscriber_employer_country character varying(255),
    subscriber_employer_city character varying(255),
    copay character varying(255),
    date date,
    pid bigint NOT NULL,
    subscriber_sex character varying(25),
    accept_assignment character varying(5) NOT NULL,
    policy_type character varying(25) NOT NULL,
    subscriber_street_line_2 text,
    subscriber_employer_street_line_2 text,
    date_end date,
    PRIMARY KEY (id),
    UNIQUE (pid, type, date),
    UNIQUE (uuid)
);
CREATE TABLE public.insurance_numbers (
    id integer NOT NULL,
    provider_id integer NOT NULL,
    insurance_company_id integer,
    provider_number character varying(20),
    rendering_provider_number character varying(20),
    group_number character varying(20),
    provider_number_type character varying(4),
    rendering_provider_number_type character varying(4),
    PRIMARY KEY (id)
);
CREATE TABLE public.insurance_type_codes (
    id integer NOT NULL,
    type character varying(60) NOT NULL,
    claim_type text,
    PRIMARY KEY (id)
);
CREATE TABLE public.ip_tracking (
    id bigint NOT NULL,
    ip_string character varying(255),
    total_ip_login_fail_counter bigint,
    ip_login_fail_counter bigint,
    ip_last_login_fail timestamp without time zone,
    ip_auto_block_emailed smallint,
    ip_force_block smallint,
    ip_no_prevent_timing_attack smallint,
    PRIMARY KEY (id),
    UNIQUE (ip_string)
);
CREATE TABLE public.issue_encounter (
    id bigint NOT NULL,
    uuid bytea,
    pid bigint NOT NULL,
    list_id integer NOT NULL,
    encounter integer NOT NULL,
    resolved smallint NOT NULL,
    created_by bigint,
    updated_by bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (pid, list_id, encounter),
    UNIQUE (uuid)
);
CREATE TABLE public.issue_types (
    active smallint NOT NULL,
    category character varying(75) NOT NULL,
    type character varying(75) NOT NULL,
    plural character varying(75) NOT NULL,
    singular character varying(75) NOT NULL,
    abbreviation character varying(75) NOT NULL,
    style smallint NOT NULL,
    force_show smallint NOT NULL,
    ordering integer NOT NULL,
    aco_spec character varying(63) NOT NULL,
    PRIMARY KEY (category, type)
);
CREATE TABLE public.jwt_grant_history (
    id integer NOT NULL,
    jti character varying(100) NOT NULL,
    client_id character varying(80) NOT NULL,
    jti_exp timestamp without time zone,
    creation_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.keys (
    id bigint NOT NULL,
    name character varying(20) NOT NULL,
    value text,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE public.lang_constants (
    cons_id integer NOT NULL,
    constant_name text,
    UNIQUE (cons_id)
);
CREATE TABLE public.lang_custom (
    lang_description character varying(100) NOT NULL,
    lang_code character(2) NOT NULL,
    constant_name text,
    definition text
);
CREATE TABLE public.lang_definitions (
    def_id integer NOT NULL,
    cons_id integer NOT NULL,
    lang_id integer NOT NULL,
    definition text,
    UNIQUE (def_id)
);
CREATE TABLE public.lang_languages (
    lang_id integer NOT NULL,
    lang_code character(2) NOT NULL,
    lang_description character varying(100),
    lang_is_rtl smallint,
    UNIQUE (lang_id)
);
CREATE TABLE public.layout_group_properties (
    grp_form_id character varying(31) NOT NULL,
    grp_group_id character varying(31) NOT NULL,
    grp_title character varying(63) NOT NULL,
    grp_subtitle character varying(63) NOT NULL,
    grp_mapping character varying(31) NOT NULL,
    grp_seq integer NOT NULL,
    grp_activity smallint NOT NULL,
    grp_repeats integer NOT NULL,
    grp_columns integer NOT NULL,
    grp_size integer NOT NULL,
    grp_issue_type character varying(75) NOT NULL,
    grp_aco_spec character varying(63) NOT NULL,
    grp_save_close smallint NOT NULL,
    grp_init_open smallint NOT NULL,
    grp_referrals smallint NOT NULL,
    grp_unchecked smallint NOT NULL,
    grp_services character varying(4095) NOT NULL,
    grp_products character varying(4095) NOT NULL,
    grp_diags character varying(4095) NOT NULL,
    grp_last_update timestamp without time zone,
    PRIMARY KEY (grp_form_id, grp_group_id)
);
CREATE TABLE public.layout_options (
    form_id character varying(31) NOT NULL,
    field_id character varying(31) NOT NULL,
    group_id character varying(31) NOT NULL,
    title text,
    seq integer NOT NULL,
    data_type smallint NOT NULL,
    uor smallint NOT NULL,
    fld_length integer NOT NULL,
    max_length integer NOT NULL,
    list_id character varying(100) NOT NULL,
    titlecols smallint NOT NULL,
    datacols smallint NOT NULL,
    default_value character varying(255) NOT NULL,
    edit_options character varying(36) NOT NULL,
    description text,
    fld_rows integer NOT NULL,
    list_backup_id character varying(100) NOT NULL,
    source character(1) NOT NULL,
    conditions text,
    validation character varying(100),
    codes character varying(255) NOT NULL,
    PRIMARY KEY (form_id, field_id, seq)
);
CREATE TABLE public.lbf_data (
    form_id integer NOT NULL,
    field_id character varying(31) NOT NULL,
    field_value text,
    PRIMARY KEY (form_id, field_id)
);
CREATE TABLE public.lbt_data (
    form_id bigint NOT NULL,
    field_id character varying(31) NOT NULL,
    field_value text,
    PRIMARY KEY (form_id, field_id)
);
CREATE TABLE public.list_options (
    list_id character varying(100) NOT NULL,
    option_id character varying(100) NOT NULL,
    title character varying(255) NOT NULL,
    seq integer NOT NULL,
    is_default smallint NOT NULL,
    option_value real NOT NULL,
    mapping character varying(31) NOT NULL,
    notes text,
    codes character varying(255) NOT NULL,
    toggle_setting_1 smallint NOT NULL,
    toggle_setting_2 smallint NOT NULL,
    activity smallint NOT NULL,
    subtype character varying(31) NOT NULL,
    edit_options smallint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (list_id, option_id)
);
CREATE TABLE public.lists (
    id bigint NOT NULL,
    uuid bytea,
    date timestamp without time zone,
    type character varying(255),
    subtype character varying(31) NOT NULL,
    title character varying(255),
    udi character varying(255),
    udi_data text,
    begdate timestamp without time zone,
    enddate timestamp without time zone,
    returndate date,
    occurrence integer,
    classification integer,
    referredby character varying(255),
    extrainfo character varying(255),
    diagnosis character varying(255),
    activity smallint,
    comments text,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    outcome integer NOT NULL,
    destination character varying(255),
    reinjury_id bigint NOT NULL,
    injury_part character varying(31) NOT NULL,
    injury_type character varying(31) NOT NULL,
    injury_grade character varying(31) NOT NULL,
    reaction character varying(255) NOT NULL,
    verification character varying(36) NOT NULL,
    external_allergyid integer,
    erx_source text NOT NULL,
    erx_uploaded text NOT NULL,
    modifydate timestamp without time zone NOT NULL,
    severity_al character varying(50),
    external_id character varying(20),
    list_option_id character varying(100),
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.lists_medication (
    id bigint NOT NULL,
    list_id bigint,
    drug_dosage_instructions text,
    usage_category character varying(100),
    usage_category_title character varying(255) NOT NULL,
    request_intent character varying(100),
    request_intent_title character varying(255) NOT NULL,
    medication_adherence_information_source character varying(50),
    medication_adherence character varying(50),
    medication_adherence_date_asserted timestamp without time zone,
    prescription_id bigint,
    is_primary_record smallint,
    reporting_source_record_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE public.lists_touch (
    pid bigint NOT NULL,
    type character varying(255) NOT NULL,
    date timestamp without time zone,
    PRIMARY KEY (pid, type)
);
CREATE TABLE public.log (
    id bigint NOT NULL,
    date timestamp without time zone,
    event character varying(255),
    category character varying(255),
    "user" character varying(255),
    groupname character varying(255),
    comments text,
    user_notes text,
    patient_id bigint,
    success smallint,
    checksum text,
    crt_user character varying(255),
    log_from character varying(20),
    menu_item_id integer,
    ccda_doc_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE public.log_comment_encrypt (
    id integer NOT NULL,
    log_id integer NOT NULL,
    encrypt text NOT NULL,
    checksum text,
    checksum_api text,
    version smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.login_mfa_registrations (
    user_id bigint NOT NULL,
    name character varying(30) NOT NULL,
    last_challenge timestamp without time zone,
    method character varying(31) NOT NULL,
    var1 character varying(4096) NOT NULL,
    var2 character varying(256) NOT NULL,
    PRIMARY KEY (user_id, name)
);
CREATE TABLE public.medex_icons (
    i_uid integer NOT NULL,
    msg_type character varying(50) NOT NULL,
    msg_status character varying(10) NOT NULL,
    i_description character varying(255),
    i_html text,
    i_blob text,
    PRIMARY KEY (i_uid)
);
CREATE TABLE public.medex_outgoing (
    msg_uid integer NOT NULL,
    msg_pid integer NOT NULL,
    msg_pc_eid character varying(11) NOT NULL,
    campaign_uid integer NOT NULL,
    msg_date timestamp without time zone NOT NULL,
    msg_type character varying(50) NOT NULL,
    msg_reply character varying(50),
    msg_extra_text text,
    medex_uid integer,
    PRIMARY KEY (msg_uid),
    UNIQUE (msg_uid, msg_pc_eid, medex_uid)
);
CREATE TABLE public.medex_prefs (
    medex_id integer,
    me_username character varying(100),
    me_api_key text,
    me_facilities character varying(50),
    me_providers character varying(100),
    me_hipaa_default_override character varying(3),
    phone_country_code integer NOT NULL,
    msgs_default_yes character varying(3),
    postcards_local character varying(3),
    postcards_remote character varying(3),
    labels_local character varying(3),
    labels_choice character varying(50),
    combine_time smallint,
    postcard_top character varying(255),
    status text,
    medex_lastupdated timestamp without time zone NOT NULL,
    UNIQUE (me_username)
);
CREATE TABLE public.medex_recalls (
    r_id integer NOT NULL,
    r_practid integer NOT NULL,
    r_pid integer NOT NULL,
    r_eventdate date NOT NULL,
    r_facility integer NOT NULL,
    r_provider integer NOT NULL,
    r_reason character varying(255),
    r_created timestamp without time zone NOT NULL,
    PRIMARY KEY (r_id),
    UNIQUE (r_practid, r_pid)
);
CREATE TABLE public.migrations (
    version character varying(191) NOT NULL,
    executed_at timestamp without time zone,
    execution_duration_ms integer,
    PRIMARY KEY (version)
);
CREATE TABLE public.misc_address_book (
    id bigint NOT NULL,
    fname character varying(255),
    mname character varying(255),
    lname character varying(255),
    street character varying(60),
    city character varying(30),
    state character varying(30),
    zip character varying(20),
    phone character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE public.module_acl_group_settings (
    module_id integer NOT NULL,
    group_id integer NOT NULL,
    section_id integer NOT NULL,
    allowed smallint,
    PRIMARY KEY (module_id, group_id, section_id)
);
CREATE TABLE public.module_acl_sections (
    section_id integer,
    section_name character varying(255),
    parent_section integer,
    section_identifier character varying(50),
    module_id integer
);
CREATE TABLE public.module_acl_user_settings (
    module_id integer NOT NULL,
    user_id integer NOT NULL,
    section_id integer NOT NULL,
    allowed integer,
    PRIMARY KEY (module_id, user_id, section_id)
);
CREATE TABLE public.module_configuration (
    module_config_id bigint NOT NULL,
    module_id bigint NOT NULL,
    field_name character varying(45) NOT NULL,
    field_value character varying(255) NOT NULL,
    created_by bigint,
    date_added timestamp without time zone,
    updated_by bigint,
    date_modified timestamp without time zone,
    date_created timestamp without time zone,
    PRIMARY KEY (module_config_id)
);
CREATE TABLE public.modules (
    mod_id integer NOT NULL,
    mod_name character varying(64) NOT NULL,
    mod_directory character varying(64) NOT NULL,
    mod_parent character varying(64) NOT NULL,
    mod_type character varying(64) NOT NULL,
    mod_active bigint NOT NULL,
    mod_ui_name character varying(64) NOT NULL,
    mod_relative_link character varying(64) NOT NULL,
    mod_ui_order smallint NOT NULL,
    mod_ui_active bigint NOT NULL,
    mod_description character varying(255) NOT NULL,
    mod_nick_name character varying(25) NOT NULL,
    mod_enc_menu character varying(10) NOT NULL,
    permissions_item_table character(100),
    directory character varying(255) NOT NULL,
    date timestamp without time zone NOT NULL,
    sql_run smallint,
    type smallint,
    sql_version character varying(150) NOT NULL,
    acl_version character varying(150) NOT NULL,
    PRIMARY KEY (mod_id, mod_directory)
);
CREATE TABLE public.modules_hooks_settings (
    id integer NOT NULL,
    mod_id integer,
    enabled_hooks character varying(255),
    attached_to character varying(45),
    PRIMARY KEY (id)
);
CREATE TABLE public.modules_settings (
    mod_id integer,
    fld_type smallint,
    obj_name character varying(255),
    menu_name character varying(255),
    path character varying(255)
);
CREATE TABLE public.notes (
    id integer NOT NULL,
    foreign_id integer NOT NULL,
    note character varying(255),
    owner integer,
    date timestamp without time zone,
    revision timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.notification_log (
    ilogid integer NOT NULL,
    pid bigint NOT NULL,
    pc_eid bigint,
    sms_gateway_type character varying(50) NOT NULL,
    smsgateway_info character varying(255) NOT NULL,
    message text,
    email_sender character varying(255) NOT NULL,
    email_subject character varying(255) NOT NULL,
    type text NOT NULL,
    patient_info text,
    pc_eventdate date NOT NULL,
    pc_enddate date NOT NULL,
    pc_starttime time without time zone NOT NULL,
    pc_endtime time without time zone NOT NULL,
    dsentdatetime timestamp without time zone NOT NULL,
    PRIMARY KEY (ilogid)
);
CREATE TABLE public.notification_settings (
    settingsid integer NOT NULL,
    send_sms_before_hours integer NOT NULL,
    send_email_before_hours integer NOT NULL,
    sms_gateway_username character varying(100) NOT NULL,
    sms_gateway_password character varying(100) NOT NULL,
    sms_gateway_apikey character varying(100) NOT NULL,
    type character varying(50) NOT NULL,
    PRIMARY KEY (settingsid)
);
CREATE TABLE public.oauth_clients (
    client_id character varying(80) NOT NULL,
    client_role character varying(20),
    client_name character varying(80) NOT NULL,
    client_secret text,
    registration_token character varying(80),
    registration_uri_path character varying(40),
    register_date timestamp without time zone,
    revoke_date timestamp without time zone,
    contacts text,
    redirect_uri text,
    grant_types character varying(80),
    scope text,
    user_id character varying(40),
    site_id character varying(64),
    is_confidential smallint NOT NULL,
    logout_redirect_uris text,
    jwks_uri text,
    jwks text,
    initiate_login_uri text,
    endorsements text,
    policy_uri text,
    tos_uri text,
    is_enabled smallint NOT NULL,
    skip_ehr_launch_authorization_flow smallint NOT NULL,
    dsi_type smallint NOT NULL,
    PRIMARY KEY (client_id)
);
CREATE TABLE public.oauth_trusted_user (
    id bigint NOT NULL,
    user_id character varying(80),
    client_id character varying(80),
    scope text,
    persist_login smallint,
    "time" timestamp without time zone,
    code text,
    session_cache text,
    grant_type character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE public.onetime_auth (
    id integer NOT NULL,
    pid bigint,
    create_user_id bigint,
    context character varying(64),
    access_count integer NOT NULL,
    remote_ip character varying(32),
    onetime_pin character varying(10),
    onetime_token text,
    redirect_url text,
    expires integer,
    date_created timestamp without time zone,
    last_accessed timestamp without time zone,
    scope text,
    profile text,
    onetime_actions text,
    PRIMARY KEY (id)
);
CREATE TABLE public.onotes (
    id bigint NOT NULL,
    date timestamp without time zone,
    body text,
    "user" character varying(255),
    groupname character varying(255),
    activity smallint,
    PRIMARY KEY (id)
);
CREATE TABLE public.onsite_documents (
    id bigint NOT NULL,
    pid bigint,
    facility bigint,
    provider bigint,
    encounter bigint,
    create_date timestamp without time zone NOT NULL,
    doc_type character varying(255) NOT NULL,
    patient_signed_status integer NOT NULL,
    patient_signed_time timestamp without time zone,
    authorize_signed_time timestamp without time zone,
    accept_signed_status smallint NOT NULL,
    authorizing_signator character varying(50) NOT NULL,
    review_date timestamp without time zone,
    denial_reason character varying(255) NOT NULL,
    authorized_signature text,
    patient_signature text,
    full_document bytea,
    file_name character varying(255) NOT NULL,
    file_path character varying(255) NOT NULL,
    template_data text,
    PRIMARY KEY (id)
);
CREATE TABLE public.onsite_mail (
    id bigint NOT NULL,
    date timestamp without time zone,
    owner character varying(128),
    "user" character varying(255),
    groupname character varying(255),
    activity smallint,
    authorized smallint,
    header character varying(255),
    title character varying(255),
    body text,
    recipient_id character varying(128),
    recipient_name character varying(255),
    sender_id character varying(128),
    sender_name character varying(255),
    assigned_to character varying(255),
    deleted smallint,
    delete_date timestamp without time zone,
    mtype character varying(128),
    message_status character varying(20) NOT NULL,
    mail_chain integer,
    reply_mail_chain integer,
    is_msg_encrypted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE public.onsite_messages (
    id integer NOT NULL,
    username character varying(64) NOT NULL,
    message text,
    ip character varying(15) NOT NULL,
    date timestamp without time zone NOT NULL,
    sender_id character varying(64),
    recip_id character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.onsite_online (
    hash character varying(32) NOT NULL,
    ip character varying(15) NOT NULL,
    last_update timestamp without time zone NOT NULL,
    username character varying(64) NOT NULL,
    userid bigint,
    PRIMARY KEY (hash)
);
CREATE TABLE public.onsite_portal_activity (
    id bigint NOT NULL,
    date timestamp without time zone,
    patient_id bigint,
    activity character varying(255),
    require_audit smallint,
    pending_action character varying(255),
    action_taken character varying(255),
    status character varying(255),
    narrative text,
    table_action text,
    table_args text,
    action_user integer,
    action_taken_time timestamp without time zone,
    checksum text,
    PRIMARY KEY (id)
);
CREATE TABLE public.onsite_signatures (
    id bigint NOT NULL,
    status character varying(128) NOT NULL,
    type character varying(128) NOT NULL,
    created integer NOT NULL,
    lastmod timestamp without time zone NOT NULL,
    pid bigint,
    encounter integer,
    "user" character varying(255),
    activity smallint NOT NULL,
    authorized smallint,
    signator character varying(255) NOT NULL,
    sig_image text,
    signature text,
    sig_hash character varying(255) NOT NULL,
    ip character varying(46) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (pid, "user")
);
CREATE TABLE public.openemr_module_vars (
    pn_id bigint NOT NULL,
    pn_modname character varying(64),
    pn_name character varying(64),
    pn_value text,
    PRIMARY KEY (pn_id)
);
CREATE TABLE public.openemr_modules (
    pn_id bigint NOT NULL,
    pn_name character varying(64),
    pn_type integer NOT NULL,
    pn_displayname character varying(64),
    pn_description character varying(255),
    pn_regid bigint NOT NULL,
    pn_directory character varying(64),
    pn_version character varying(10),
    pn_admin_capable smallint NOT NULL,
    pn_user_capable smallint NOT NULL,
    pn_state smallint NOT NULL,
    PRIMARY KEY (pn_id)
);
CREATE TABLE public.openemr_postcalendar_categories (
    pc_catid bigint NOT NULL,
    pc_constant_id character varying(255),
    pc_catname character varying(100),
    pc_catcolor character varying(50),
    pc_catdesc text,
    pc_recurrtype integer NOT NULL,
    pc_enddate date,
    pc_recurrspec text,
    pc_recurrfreq integer NOT NULL,
    pc_duration bigint NOT NULL,
    pc_end_date_flag smallint NOT NULL,
    pc_end_date_type integer,
    pc_end_date_freq integer NOT NULL,
    pc_end_all_day smallint NOT NULL,
    pc_dailylimit integer NOT NULL,
    pc_cattype integer NOT NULL,
    pc_active smallint NOT NULL,
    pc_seq integer NOT NULL,
    aco_spec character varying(63) NOT NULL,
    pc_last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (pc_catid),
    UNIQUE (pc_constant_id)
);
CREATE TABLE public.openemr_postcalendar_events (
    pc_eid bigint NOT NULL,
    pc_catid integer NOT NULL,
    pc_multiple bigint NOT NULL,
    pc_aid character varying(30),
    pc_pid character varying(11),
    pc_gid integer,
    pc_title character varying(150),
    pc_time timestamp without time zone,
    pc_hometext text,
    pc_comments integer,
    pc_counter bigint,
    pc_topic integer NOT NULL,
    pc_informant character varying(20),
    pc_eventdate date NOT NULL,
    pc_enddate date,
    pc_duration bigint NOT NULL,
    pc_recurrtype integer NOT NULL,
    pc_recurrspec text,
    pc_recurrfreq integer NOT NULL,
    pc_starttime time without time zone,
    pc_endtime time without time zone,
    pc_alldayevent integer NOT NULL,
    pc_location text,
    pc_conttel character varying(50),
    pc_contname character varying(50),
    pc_contemail character varying(255),
    pc_website character varying(255),
    pc_fee character varying(50),
    pc_eventstatus integer NOT NULL,
    pc_sharing integer NOT NULL,
    pc_language character varying(30),
    pc_apptstatus character varying(15) NOT NULL,
    pc_prefcatid integer NOT NULL,
    pc_facility integer NOT NULL,
    pc_sendalertsms character varying(3) NOT NULL,
    pc_sendalertemail character varying(3) NOT NULL,
    pc_billing_location smallint NOT NULL,
    pc_room character varying(20) NOT NULL,
    uuid bytea,
    PRIMARY KEY (pc_eid),
    UNIQUE (uuid)
);
CREATE TABLE public.patient_access_onsite (
    id integer NOT NULL,
    pid bigint,
    portal_username character varying(100),
    portal_pwd character varying(255),
    portal_pwd_status smallint,
    portal_login_username character varying(100),
    portal_onetime character varying(255),
    date_created timestamp without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (pid)
);
CREATE TABLE public.patient_birthday_alert (
    pid bigint NOT NULL,
    user_id bigint NOT NULL,
    turned_off_on date NOT NULL,
    PRIMARY KEY (pid, user_id)
);
CREATE TABLE public.patient_care_experience_preferences (
    id integer NOT NULL,
    uuid bytea,
    patient_id integer NOT NULL,
    observation_code character varying(50) NOT NULL,
    observation_code_text character varying(255),
    value_type text,
    value_code character varying(50),
    value_code_system character varying(255),
    value_display character varying(255),
    value_text text,
    value_boolean smallint,
    effective_datetime timestamp without time zone NOT NULL,
    status character varying(20),
    note text,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.patient_data (
    id bigint NOT NULL,
    uuid bytea,
    title character varying(255) NOT NULL,
    language character varying(255) NOT NULL,
    financial character varying(255) NOT NULL,
    fname character varying(255) NOT NULL,
    lname character varying(255) NOT NULL,
    mname character varying(255) NOT NULL,
    dob date,
    street character varying(255) NOT NULL,
    postal_code character varying(255) NOT NULL,
    city character varying(255) NOT NULL,
    state character varying(255) NOT NULL,
    country_code character varying(255) NOT NULL,
    drivers_license character varying(255) NOT NULL,
    ss character varying(255) NOT NULL,
    occupation text,
    phone_home character varying(255) NOT NULL,
    phone_biz character varying(255) NOT NULL,
    phone_contact character varying(255) NOT NULL,
    phone_cell character varying(255) NOT NULL,
    pharmacy_id integer NOT NULL,
    status character varying(255) NOT NULL,
    contact_relationship character varying(255) NOT NULL,
    date timestamp without time zone,
    sex character varying(255) NOT NULL,
    referrer character varying(255) NOT NULL,
    referrerid character varying(255) NOT NULL,
    providerid integer,
    ref_providerid integer,
    email character varying(255) NOT NULL,
    email_direct character varying(255) NOT NULL,
    ethnoracial character varying(255) NOT NULL,
    race character varying(255) NOT NULL,
    ethnicity character varying(255) NOT NULL,
    religion character varying(40) NOT NULL,
    interpreter character varying(255) NOT NULL,
    interpreter_needed text,
    migrantseasonal character varying(255) NOT NULL,
    family_size character varying(255) NOT NULL,
    monthly_income character varying(255) NOT NULL,
    billing_note text,
    homeless character varying(255) NOT NULL,
    financial_review timestamp without time zone,
    pubpid character varying(255) NOT NULL,
    pid bigint NOT NULL,
    genericname1 character varying(255) NOT NULL,
    genericval1 character varying(255) NOT NULL,
    genericname2 character varying(255) NOT NULL,
    genericval2 character varying(255) NOT NULL,
    hipaa_mail character varying(3) NOT NULL,
    hipaa_voice character varying(3) NOT NULL,
    hipaa_notice character varying(3) NOT NULL,
    hipaa_message character varying(20) NOT NULL,
    hipaa_allowsms character varying(3) NOT NULL,
    hipaa_allowemail character varying(3) NOT NULL,
    squad character varying(32) NOT NULL,
    fitness integer NOT NULL,
    referral_source character varying(30) NOT NULL,
    usertext1 character varying(255) NOT NULL,
    usertext2 character varying(255) NOT NULL,
    usertext3 character varying(255) NOT NULL,
    usertext4 character varying(255) NOT NULL,
    usertext5 character varying(255) NOT NULL,
    usertext6 character varying(255) NOT NULL,
    usertext7 character varying(255) NOT NULL,
    usertext8 character varying(255) NOT NULL,
    userlist1 character varying(255) NOT NULL,
    userlist2 character varying(255) NOT NULL,
    userlist3 character varying(255) NOT NULL,
    userlist4 character varying(255) NOT NULL,
    userlist5 character varying(255) NOT NULL,
    userlist6 character varying(255) NOT NULL,
    userlist7 character varying(255) NOT NULL,
    pricelevel character varying(255) NOT NULL,
    regdate timestamp without time zone,
    contrastart date,
    completed_ad character varying(3) NOT NULL,
    ad_reviewed timestamp without time zone,
    advance_directive_user_authenticator bigint,
    vfc character varying(255) NOT NULL,
    mothersname character varying(255) NOT NULL,
    guardiansname text,
    allow_imm_reg_use character varying(255) NOT NULL,
    allow_imm_info_share character varying(255) NOT NULL,
    allow_health_info_ex character varying(255) NOT NULL,
    allow_patient_portal character varying(31) NOT NULL,
    deceased_date timestamp without time zone,
    deceased_reason character varying(255) NOT NULL,
    soap_import_status smallint,
    cmsportal_login character varying(60) NOT NULL,
    care_team_provider text,
    care_team_facility text,
    care_team_status text,
    county character varying(40) NOT NULL,
    industry text,
    imm_reg_status text,
    imm_reg_stat_effdate text,
    publicity_code text,
    publ_code_eff_date text,
    protect_indicator text,
    prot_indi_effdate text,
    guardianrelationship text,
    guardiansex text,
    guardianaddress text,
    guardiancity text,
    guardianstate text,
    guardianpostalcode text,
    guardiancountry text,
    guardianphone text,
    guardianworkphone text,
    guardianemail text,
    sexual_orientation text,
    gender_identity text,
    birth_fname text,
    birth_lname text,
    birth_mname text,
    dupscore integer NOT NULL,
    name_history text,
    suffix text,
    street_line_2 text,
    patient_groups text,
    prevent_portal_apps text,
    provider_since_date text,
    created_by bigint,
    updated_by bigint,
    preferred_name text,
    nationality_country text,
    last_updated timestamp without time zone NOT NULL,
    tribal_affiliations text,
    sex_identified text,
    pronoun text,
    UNIQUE (pid),
    UNIQUE (uuid)
);
CREATE TABLE public.patient_history (
    id bigint NOT NULL,
    uuid bytea,
    date timestamp without time zone NOT NULL,
    care_team_provider text,
    care_team_facility text,
    pid bigint NOT NULL,
    history_type_key character varying(36),
    previous_name_prefix text,
    previous_name_first text,
    previous_name_middle text,
    previous_name_last text,
    previous_name_suffix text,
    previous_name_enddate date,
    created_by bigint,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.patient_portal_menu (
    patient_portal_menu_id integer NOT NULL,
    patient_portal_menu_group_id integer,
    menu_name character varying(40),
    menu_order smallint,
    menu_status smallint,
    PRIMARY KEY (patient_portal_menu_id)
);
CREATE TABLE public.patient_reminders (
    id bigint NOT NULL,
    active smallint NOT NULL,
    date_inactivated timestamp without time zone,
    reason_inactivated character varying(31) NOT NULL,
    due_status character varying(31) NOT NULL,
    pid bigint NOT NULL,
    category character varying(31) NOT NULL,
    item character varying(31) NOT NULL,
    date_created timestamp without time zone,
    date_sent timestamp without time zone,
    voice_status smallint NOT NULL,
    sms_status smallint NOT NULL,
    email_status smallint NOT NULL,
    mail_status smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.patient_settings (
    setting_patient bigint NOT NULL,
    setting_label character varying(100) NOT NULL,
    setting_value character varying(255) NOT NULL,
    PRIMARY KEY (setting_patient, setting_label)
);
CREATE TABLE public.patient_tracker (
    id bigint NOT NULL,
    date timestamp without time zone,
    apptdate date,
    appttime time without time zone,
    eid bigint NOT NULL,
    pid bigint NOT NULL,
    original_user character varying(255) NOT NULL,
    encounter bigint NOT NULL,
    lastseq character varying(4) NOT NULL,
    random_drug_test smallint,
    drug_screen_completed smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.patient_tracker_element (
    pt_tracker_id bigint NOT NULL,
    start_datetime timestamp without time zone,
    room character varying(20) NOT NULL,
    status character varying(31) NOT NULL,
    seq character varying(4) NOT NULL,
    "user" character varying(255) NOT NULL
);
CREATE TABLE public.patient_treatment_intervention_preferences (
    id integer NOT NULL,
    uuid bytea,
    patient_id integer NOT NULL,
    observation_code character varying(50) NOT NULL,
    observation_code_text character varying(255),
    value_type text,
    value_code character varying(50),
    value_code_system character varying(255),
    value_display character varying(255),
    value_text text,
    value_boolean smallint,
    effective_datetime timestamp without time zone NOT NULL,
    status character varying(20),
    note text,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.payment_gateway_details (
    id integer NOT NULL,
    service_name character varying(100),
    login_id character varying(255),
    transaction_key character varying(255),
    md5 character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE public.payment_processing_audit (
    uuid bytea NOT NULL,
    service character varying(50),
    pid bigint NOT NULL,
    success smallint,
    action_name character varying(50),
    amount character varying(20),
    ticket character varying(100),
    transaction_id character varying(100),
    audit_data text,
    date timestamp without time zone,
    map_uuid bytea,
    map_transaction_id character varying(100),
    reverted smallint,
    revert_action_name character varying(50),
    revert_transaction_id character varying(100),
    revert_audit_data text,
    revert_date timestamp without time zone,
    PRIMARY KEY (uuid)
);
CREATE TABLE public.payments (
    id bigint NOT NULL,
    pid bigint NOT NULL,
    dtime timestamp without time zone NOT NULL,
    encounter bigint NOT NULL,
    "user" character varying(255),
    method character varying(255),
    source character varying(255),
    amount1 numeric(12,2) NOT NULL,
    amount2 numeric(12,2) NOT NULL,
    posted1 numeric(12,2) NOT NULL,
    posted2 numeric(12,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.person (
    id bigint NOT NULL,
    uuid bytea,
    title character varying(31),
    first_name character varying(63),
    middle_name character varying(63),
    last_name character varying(63),
    preferred_name character varying(63),
    gender character varying(31),
    birth_date date,
    death_date date,
    marital_status character varying(31),
    race character varying(63),
    ethnicity character varying(63),
    preferred_language character varying(63),
    communication character varying(254),
    ssn character varying(31),
    active smallint,
    inactive_reason character varying(255),
    inactive_date timestamp without time zone,
    notes text,
    created_date timestamp without time zone NOT NULL,
    created_by bigint,
    updated_date timestamp without time zone,
    updated_by bigint,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.person_patient_link (
    id bigint NOT NULL,
    person_id bigint NOT NULL,
    patient_id bigint NOT NULL,
    linked_date timestamp without time zone NOT NULL,
    linked_by bigint,
    link_method character varying(50),
    notes text,
    active smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (person_id, patient_id, active)
);
CREATE TABLE public.pharmacies (
    id integer NOT NULL,
    name character varying(255),
    transmit_method integer NOT NULL,
    email character varying(255),
    ncpdp integer,
    npi integer,
    PRIMARY KEY (id)
);
CREATE TABLE public.phone_numbers (
    id integer NOT NULL,
    country_code character varying(5),
    area_code character(3),
    prefix character(3),
    number character varying(4),
    type integer,
    foreign_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE public.pnotes (
    id bigint NOT NULL,
    date timestamp without time zone,
    body text,
    pid bigint,
    "user" character varying(255),
    groupname character varying(255),
    activity smallint,
    authorized smallint,
    title character varying(255),
    assigned_to character varying(255),
    deleted smallint,
    message_status character varying(20) NOT NULL,
    portal_relation character varying(100),
    is_msg_encrypted smallint,
    update_by bigint,
    update_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE public.preference_value_sets (
    id integer NOT NULL,
    loinc_code character varying(50) NOT NULL,
    answer_code character varying(100) NOT NULL,
    answer_system character varying(255) NOT NULL,
    answer_display character varying(255) NOT NULL,
    answer_definition text,
    sort_order integer,
    active smallint,
    PRIMARY KEY (id)
);
CREATE TABLE public.prescriptions (
    id integer NOT NULL,
    uuid bytea,
    patient_id bigint,
    filled_by_id integer,
    pharmacy_id integer,
    date_added timestamp without time zone,
    date_modified timestamp without time zone,
    provider_id integer,
    encounter integer,
    start_date date,
    drug character varying(150),
    drug_id integer NOT NULL,
    rxnorm_drugcode character varying(25),
    form integer,
    dosage character varying(100),
    quantity character varying(31),
    size character varying(25),
    unit integer,
    route character varying(100),
    "interval" integer,
    substitute integer,
    refills integer,
    per_refill integer,
    filled_date date,
    medication integer,
    note text,
    active integer NOT NULL,
    datetime timestamp without time zone,
    "user" character varying(50),
    site character varying(50),
    prescriptionguid character varying(50),
    erx_source smallint NOT NULL,
    erx_uploaded smallint NOT NULL,
    drug_info_erx text,
    external_id character varying(20),
    end_date date,
    indication text,
    prn character varying(30),
    ntx integer,
    rtx integer,
    txdate date NOT NULL,
    usage_category character varying(100),
    usage_category_title character varying(255) NOT NULL,
    request_intent character varying(100),
    request_intent_title character varying(255) NOT NULL,
    drug_dosage_instructions text,
    diagnosis text,
    created_by bigint,
    updated_by bigint,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.prices (
    pr_id character varying(11) NOT NULL,
    pr_selector character varying(255) NOT NULL,
    pr_level character varying(31) NOT NULL,
    pr_price numeric(12,2) NOT NULL,
    PRIMARY KEY (pr_id, pr_selector, pr_level)
);
CREATE TABLE public.pro_assessments (
    id integer NOT NULL,
    form_oid character varying(255) NOT NULL,
    form_name character varying(255) NOT NULL,
    user_id integer NOT NULL,
    deadline timestamp without time zone NOT NULL,
    patient_id integer NOT NULL,
    assessment_oid character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    score double precision NOT NULL,
    error double precision NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.procedure_answers (
    procedure_order_id bigint NOT NULL,
    procedure_order_seq integer NOT NULL,
    question_code character varying(31) NOT NULL,
    answer_seq integer NOT NULL,
    answer character varying(255) NOT NULL,
    procedure_code character varying(31),
    PRIMARY KEY (procedure_order_id, procedure_order_seq, question_code, answer_seq)
);
CREATE TABLE public.procedure_order (
    procedure_order_id bigint NOT NULL,
    uuid bytea,
    provider_id bigint NOT NULL,
    patient_id bigint NOT NULL,
    encounter_id bigint NOT NULL,
    date_collected timestamp without time zone,
    date_ordered timestamp without time zone,
    order_priority character varying(31) NOT NULL,
    order_status character varying(31) NOT NULL,
    patient_instructions text,
    activity smallint NOT NULL,
    control_id character varying(255) NOT NULL,
    lab_id bigint NOT NULL,
    specimen_type character varying(31) NOT NULL,
    specimen_location character varying(31) NOT NULL,
    specimen_volume character varying(30) NOT NULL,
    date_transmitted timestamp without time zone,
    clinical_hx character varying(255) NOT NULL,
    external_id character varying(20),
    history_order text,
    order_diagnosis character varying(255),
    billing_type character varying(4),
    specimen_fasting character varying(31),
    order_psc smallint,
    order_abn character varying(31) NOT NULL,
    collector_id bigint NOT NULL,
    account character varying(60),
    account_facility integer,
    provider_number character varying(30),
    procedure_order_type character varying(32) NOT NULL,
    scheduled_date timestamp without time zone,
    scheduled_start timestamp without time zone,
    scheduled_end timestamp without time zone,
    performer_type character varying(50),
    order_intent character varying(31) NOT NULL,
    location_id integer,
    PRIMARY KEY (procedure_order_id),
    UNIQUE (uuid)
);
CREATE TABLE public.procedure_order_code (
    procedure_order_id bigint NOT NULL,
    procedure_order_seq integer NOT NULL,
    procedure_code character varying(64) NOT NULL,
    procedure_name character varying(255) NOT NULL,
    procedure_source character(1) NOT NULL,
    diagnoses text,
    do_not_send smallint NOT NULL,
    procedure_order_title character varying(255),
    procedure_type character varying(31),
    transport character varying(31),
    date_end timestamp without time zone,
    reason_code character varying(31),
    reason_description text,
    reason_date_low timestamp without time zone,
    reason_date_high timestamp without time zone,
    reason_status character varying(31),
    PRIMARY KEY (procedure_order_id, procedure_order_seq)
);
CREATE TABLE public.procedure_order_relationships (
    id integer NOT NULL,
    procedure_order_id bigint NOT NULL,
    resource_type character varying(50) NOT NULL,
    resource_uuid bytea NOT NULL,
    relationship character varying(50),
    created_at timestamp without time zone,
    created_by bigint,
    PRIMARY KEY (id)
);
CREATE TABLE public.procedure_providers (
    ppid bigint NOT NULL,
    uuid bytea,
    name character varying(255) NOT NULL,
    npi character varying(15) NOT NULL,
    send_app_id character varying(255) NOT NULL,
    send_fac_id character varying(255) NOT NULL,
    recv_app_id character varying(255) NOT NULL,
    recv_fac_id character varying(255) NOT NULL,
    dorp character(1) NOT NULL,
    direction character(1) NOT NULL,
    protocol character varying(15) NOT NULL,
    remote_host character varying(255) NOT NULL,
    login character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    orders_path character varying(255) NOT NULL,
    results_path character varying(255) NOT NULL,
    notes text,
    lab_director bigint NOT NULL,
    active smallint NOT NULL,
    type character varying(31),
    date_created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (ppid),
    UNIQUE (uuid)
);
CREATE TABLE public.procedure_questions (
    lab_id bigint NOT NULL,
    procedure_code character varying(31) NOT NULL,
    question_code character varying(31) NOT NULL,
    seq integer NOT NULL,
    question_text character varying(255) NOT NULL,
    required smallint NOT NULL,
    maxsize integer NOT NULL,
    fldtype character(1) NOT NULL,
    options text,
    tips character varying(255) NOT NULL,
    activity smallint NOT NULL,
    PRIMARY KEY (lab_id, procedure_code, question_code)
);
CREATE TABLE public.procedure_report (
    procedure_report_id bigint NOT NULL,
    uuid bytea,
    procedure_order_id bigint,
    procedure_order_seq integer NOT NULL,
    date_collected timestamp without time zone,
    date_collected_tz character varying(5),
    date_report timestamp without time zone,
    date_report_tz character varying(5),
    source bigint NOT NULL,
    specimen_num character varying(63) NOT NULL,
    report_status character varying(31) NOT NULL,
    review_status character varying(31) NOT NULL,
    report_notes text,
    PRIMARY KEY (procedure_report_id),
    UNIQUE (uuid)
);
CREATE TABLE public.procedure_result (
    procedure_result_id bigint NOT NULL,
    uuid bytea,
    procedure_report_id bigint NOT NULL,
    result_data_type character(1) NOT NULL,
    result_code character varying(31) NOT NULL,
    result_text character varying(255) NOT NULL,
    date timestamp without time zone,
    facility character varying(255) NOT NULL,
    units character varying(31) NOT NULL,
    result character varying(255) NOT NULL,
    range character varying(255) NOT NULL,
    abnormal character varying(31) NOT NULL,
    comments text,
    document_id bigint NOT NULL,
    result_status character varying(31) NOT NULL,
    date_end timestamp without time zone,
    PRIMARY KEY (procedure_result_id),
    UNIQUE (uuid)
);
CREATE TABLE public.procedure_specimen (
    procedure_specimen_id bigint NOT NULL,
    uuid bytea,
    procedure_order_id bigint NOT NULL,
    procedure_order_seq integer NOT NULL,
    specimen_identifier character varying(128),
    accession_identifier character varying(128),
    specimen_type_code character varying(64),
    specimen_type character varying(255),
    collection_method_code character varying(64),
    collection_method character varying(255),
    specimen_location_code character varying(64),
    specimen_location character varying(255),
    collected_date timestamp without time zone,
    collection_date_low timestamp without time zone,
    collection_date_high timestamp without time zone,
    volume_value numeric(10,3),
    volume_unit character varying(32),
    condition_code character varying(32),
    specimen_condition character varying(64),
    comments text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by bigint,
    updated_by bigint,
    deleted smallint,
    PRIMARY KEY (procedure_specimen_id),
    UNIQUE (uuid)
);
CREATE TABLE public.procedure_type (
    procedure_type_id bigint NOT NULL,
    parent bigint NOT NULL,
    name character varying(63) NOT NULL,
    lab_id bigint NOT NULL,
    procedure_code character varying(64) NOT NULL,
    procedure_type character varying(31) NOT NULL,
    body_site character varying(31) NOT NULL,
    specimen character varying(31) NOT NULL,
    route_admin character varying(31) NOT NULL,
    laterality character varying(31) NOT NULL,
    description character varying(255) NOT NULL,
    standard_code character varying(255) NOT NULL,
    related_code character varying(255) NOT NULL,
    units character varying(31) NOT NULL,
    range character varying(255) NOT NULL,
    seq integer NOT NULL,
    activity smallint NOT NULL,
    notes character varying(255) NOT NULL,
    transport character varying(31),
    procedure_type_name character varying(64),
    PRIMARY KEY (procedure_type_id)
);
CREATE TABLE public.product_registration (
    id integer NOT NULL,
    email character varying(255),
    opt_out smallint,
    auth_by_id integer,
    telemetry_disabled smallint,
    last_ask_date timestamp without time zone,
    last_ask_version text,
    options text,
    PRIMARY KEY (id)
);
CREATE TABLE public.product_warehouse (
    pw_drug_id integer NOT NULL,
    pw_warehouse character varying(31) NOT NULL,
    pw_min_level real,
    pw_max_level real,
    PRIMARY KEY (pw_drug_id, pw_warehouse)
);
CREATE TABLE public.questionnaire_repository (
    id bigint NOT NULL,
    uuid bytea,
    questionnaire_id character varying(255),
    provider bigint,
    version integer NOT NULL,
    created_date timestamp without time zone,
    modified_date timestamp without time zone,
    name character varying(255),
    type character varying(63) NOT NULL,
    profile character varying(255),
    active smallint NOT NULL,
    status character varying(31),
    source_url text,
    code character varying(255),
    code_display text,
    questionnaire text,
    lform text,
    category character varying(64),
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.questionnaire_response (
    id bigint NOT NULL,
    uuid bytea,
    response_id character varying(255),
    questionnaire_foreign_id bigint,
    questionnaire_id character varying(255),
    questionnaire_name character varying(255),
    patient_id integer,
    encounter integer,
    audit_user_id integer,
    creator_user_id integer,
    create_time timestamp without time zone,
    last_updated timestamp without time zone,
    version integer NOT NULL,
    status character varying(63),
    questionnaire text,
    questionnaire_response text,
    form_response text,
    form_score integer,
    tscore double precision,
    error double precision,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE public.recent_patients (
    user_id character varying(40) NOT NULL,
    patients text,
    PRIMARY KEY (user_id)
);
CREATE TABLE public.registry (
    name character varying(255),
    state smallint,
    directory character varying(255),
    id bigint NOT NULL,
    sql_run smallint,
    unpackaged smallint,
    date timestamp without time zone,
    priority integer,
    category character varying(255),
    nickname character varying(255),
    patient_encounter smallint NOT NULL,
    therapy_group_encounter smallint NOT NULL,
    aco_spec character varying(63) NOT NULL,
    form_foreign_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE public.report_itemized (
    report_id bigint NOT NULL,
    itemized_test_id smallint NOT NULL,
    numerator_label character varying(25) NOT NULL,
    pass smallint NOT NULL,
    pid bigint NOT NULL,
    rule_id character varying(31),
    item_details text
);
CREATE TABLE public.report_results (
    report_id bigint NOT NULL,
    field_id character varying(31) NOT NULL,
    field_value text,
    PRIMARY KEY (report_id, field_id)
);
CREATE TABLE public.rule_action (
    id character varying(31) NOT NULL,
    group_id bigint NOT NULL,
    category character varying(31) NOT NULL,
    item character varying(31) NOT NULL
);
CREATE TABLE public.rule_action_item (
    category character varying(31) NOT NULL,
    item character varying(31) NOT NULL,
    clin_rem_link character varying(255) NOT NULL,
    reminder_message text,
    custom_flag smallint NOT NULL,
    PRIMARY KEY (category, item)
);
CREATE TABLE public.rule_filter (
    id character varying(31) NOT NULL,
    include_flag smallint NOT NULL,
    required_flag smallint NOT NULL,
    method character varying(31) NOT NULL,
    method_detail character varying(31) NOT NULL,
    value character varying(255) NOT NULL
);
CREATE TABLE public.rule_patient_data (
    id bigint NOT NULL,
    date timestamp without time zone,
    pid bigint NOT NULL,
    category character varying(31) NOT NULL,
    item character varying(31) NOT NULL,
    complete character varying(31) NOT NULL,
    result character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.rule_reminder (
    id character varying(31) NOT NULL,
    method character varying(31) NOT NULL,
    method_detail character varying(31) NOT NULL,
    value character varying(255) NOT NULL
);
CREATE TABLE public.rule_target (
    id character varying(31) NOT NULL,
    group_id bigint NOT NULL,
    include_flag smallint NOT NULL,
    required_flag smallint NOT NULL,
    method character varying(31) NOT NULL,
    value character varying(255) NOT NULL,
    "interval" bigint NOT NULL
);
CREATE TABLE public.sequences (
    id bigint NOT NULL
);
CREATE TABLE public.session_tracker (
    uuid bytea NOT NULL,
    created timestamp without time zone,
    last_updated timestamp without time zone,
    number_scripts bigint,
    PRIMARY KEY (uuid)
);
CREATE TABLE public.shared_attributes (
    pid bigint NOT NULL,
    encounter bigint NOT NULL,
    field_id character varying(31) NOT NULL,
    last_update timestamp without time zone NOT NULL,
    user_id bigint NOT NULL,
    field_value text,
    PRIMARY KEY (pid, encounter, field_id)
);
CREATE TABLE public.standardized_tables_track (
    id integer NOT NULL,
    imported_date timestamp without time zone,
    name character varying(255) NOT NULL,
    revision_version character varying(255) NOT NULL,
    revision_date timestamp without time zone,
    file_checksum character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.supported_external_dataloads (
    load_id bigint NOT NULL,
    load_type character varying(24) NOT NULL,
    load_source character varying(24) NOT NULL,
    load_release_date date NOT NULL,
    load_filename character varying(256) NOT NULL,
    load_checksum character varying(32) NOT NULL,
    UNIQUE (load_id)
);
CREATE TABLE public.syndromic_surveillance (
    id bigint NOT NULL,
    lists_id bigint NOT NULL,
    submission_date timestamp without time zone NOT NULL,
    filename character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.template_users (
    tu_id integer NOT NULL,
    tu_user_id integer,
    tu_facility_id integer,
    tu_template_id integer,
    tu_template_order integer,
    PRIMARY KEY (tu_id),
    UNIQUE (tu_user_id, tu_template_id)
);
CREATE TABLE public.therapy_groups (
    group_id integer NOT NULL,
    group_name character varying(255) NOT NULL,
    group_start_date date NOT NULL,
    group_end_date date,
    group_type smallint NOT NULL,
    group_participation smallint NOT NULL,
    group_status integer NOT NULL,
    group_notes text,
    group_guest_counselors character varying(255),
    PRIMARY KEY (group_id)
);
CREATE TABLE public.therapy_groups_counselors (
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE TABLE public.therapy_groups_participant_attendance (
    form_id integer NOT NULL,
    pid bigint NOT NULL,
    meeting_patient_comment text,
    meeting_patient_status character varying(15),
    PRIMARY KEY (form_id, pid)
);
CREATE TABLE public.therapy_groups_participants (
    group_id integer NOT NULL,
    pid bigint NOT NULL,
    group_patient_status integer NOT NULL,
    group_patient_start date NOT NULL,
    group_patient_end date,
    group_patient_comment text,
    PRIMARY KEY (group_id, pid)
);
CREATE TABLE public.track_events (
    id bigint NOT NULL,
    event_type text,
    event_label character varying(255),
    event_url text,
    event_target text,
    first_event timestamp without time zone,
    last_event timestamp without time zone,
    label_count bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (event_label, event_url, event_target)
);
CREATE TABLE public.transactions (
    id bigint NOT NULL,
    date timestamp without time zone,
    title character varying(255) NOT NULL,
    pid bigint,
    "user" character varying(255) NOT NULL,
    groupname character varying(255) NOT NULL,
    authorized smallint,
    PRIMARY KEY (id)
);
CREATE TABLE public.user_settings (
    setting_user bigint NOT NULL,
    setting_label character varying(100) NOT NULL,
    setting_value character varying(255) NOT NULL,
    PRIMARY KEY (setting_user, setting_label)
);
CREATE TABLE public.users (
    id bigint NOT NULL,
    uuid bytea,
    username character varying(255),
    password text,
    authorized smallint,
    info text,
    source smallint,
    fname character varying(255),
    mname character varying(255),
    lname character varying(255),
    suffix character varying(255),
    federaltaxid character varying(255),
    federaldrugid character varying(255),
    upin character varying(255),
    facility character varying(255),
    facility_id integer NOT NULL,
    see_auth integer NOT NULL,
    active smallint NOT NULL,
    npi character varying(15),
    title character varying(30),
    specialty character varying(255),
    billname character varying(255),
    email character varying(255),
    email_direct character varying(255) NOT NULL,
    google_signin_email character varying(255),
    url character varying(255),
    assistant character varying(255),
    organization character varying(255),
    valedictory character varying(255),
    street character varying(60),
    streetb character varying(60),
    city character varying(30),
    state character varying(30),
    zip character varying(20),
    country_code character varying(255),
    street2 character varying(60),
    streetb2 character varying(60),
    city2 character varying(30),
    state2 character varying(30),
    zip2 character varying(20),
    country_code2 character varying(255),
    phone character varying(30),
    fax character varying(30),
    phonew1 character varying(30),
    phonew2 character varying(30),
    phonecell character varying(30),
    notes text,
    cal_ui smallint NOT NULL,
    taxonomy character varying(30) NOT NULL,
    calendar smallint NOT NULL,
    abook_type character varying(31) NOT NULL,
    default_warehouse character varying(31) NOT NULL,
    irnpool character varying(31) NOT NULL,
    state_license_number character varying(25),
    weno_prov_id character varying(15),
    newcrop_user_role character varying(30),
    cpoe smallint,
    physician_type character varying(50),
    main_menu_role character varying(50) NOT NULL,
    patient_menu_role character varying(50) NOT NULL,
    portal_user smallint NOT NULL,
    supervisor_id integer NOT NULL,
    billing_facility text,
    billing_facility_id integer NOT NULL,
    date_created timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (google_signin_email),
    UNIQUE (uuid)
);
CREATE TABLE public.users_facility (
    tablename character varying(64) NOT NULL,
    table_id integer NOT NULL,
    facility_id integer NOT NULL,
    warehouse_id character varying(31) NOT NULL,
    PRIMARY KEY (tablename, table_id, facility_id, warehouse_id)
);
CREATE TABLE public.users_secure (
    id bigint NOT NULL,
    username character varying(255),
    password character varying(255),
    last_update_password timestamp without time zone,
    last_update timestamp without time zone NOT NULL,
    password_history1 character varying(255),
    password_history2 character varying(255),
    password_history3 character varying(255),
    password_history4 character varying(255),
    last_challenge_response timestamp without time zone,
    login_work_area text,
    total_login_fail_counter bigint,
    login_fail_counter integer,
    last_login_fail timestamp without time zone,
    auto_block_emailed smallint,
    PRIMARY KEY (id),
    UNIQUE (id, username)
);
CREATE TABLE public.uuid_mapping (
    id bigint NOT NULL,
    uuid bytea NOT NULL,
    resource character varying(255) NOT NULL,
    resource_path character varying(255),
    "table" character varying(255) NOT NULL,
    target_uuid bytea NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE public.uuid_registry (
    uuid bytea NOT NULL,
    table_name character varying(255) NOT NULL,
    table_id character varying(255) NOT NULL,
    table_vertical character varying(255) NOT NULL,
    couchdb character varying(255) NOT NULL,
    document_drive smallint NOT NULL,
    mapped smallint NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (uuid)
);
CREATE TABLE public.valueset (
    nqf_code character varying(255) NOT NULL,
    code character varying(255) NOT NULL,
    code_system character varying(255) NOT NULL,
    code_type character varying(255),
    valueset character varying(255) NOT NULL,
    description character varying(255),
    valueset_name character varying(500),
    PRIMARY KEY (nqf_code, code, valueset)
);
CREATE TABLE public.valueset_oid (
    nqf_code character varying(255) NOT NULL,
    code character varying(255) NOT NULL,
    code_system character varying(255) NOT NULL,
    code_type character varying(255),
    valueset character varying(255) NOT NULL,
    description character varying(255),
    valueset_name character varying(500),
    PRIMARY KEY (nqf_code, code, valueset)
);
CREATE TABLE public.verify_email (
    id bigint NOT NULL,
    pid_holder bigint,
    email character varying(255),
    language character varying(100),
    fname character varying(255),
    mname character varying(255),
    lname character varying(255),
    dob date,
    token_onetime character varying(255),
    active smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (email)
);
CREATE TABLE public.version (
    v_major integer NOT NULL,
    v_minor integer NOT NULL,
    v_patch integer NOT NULL,
    v_realpatch integer NOT NULL,
    v_tag character varying(31) NOT NULL,
    v_database integer NOT NULL,
    v_acl integer NOT NULL
);
CREATE TABLE public.voids (
    void_id bigint NOT NULL,
    patient_id bigint NOT NULL,
    encounter_id bigint NOT NULL,
    what_voided character varying(31) NOT NULL,
    date_original timestamp without time zone,
    date_voided timestamp without time zone NOT NULL,
    user_id bigint NOT NULL,
    amount1 numeric(12,2) NOT NULL,
    amount2 numeric(12,2) NOT NULL,
    other_info text,
    reason character varying(31),
    notes character varying(255),
    PRIMARY KEY (void_id)
);
CREATE TABLE public.x12_partners (
    id integer NOT NULL,
    name character varying(255),
    id_number character varying(255),
    x12_sender_id character varying(255),
    x12_receiver_id character varying(255),
    processing_format text,
    x12_isa01 character varying(2) NOT NULL,
    x12_isa02 character varying(10) NOT NULL,
    x12_isa03 character varying(2) NOT NULL,
    x12_isa04 character varying(10) NOT NULL,
    x12_isa05 character(2) NOT NULL,
    x12_isa07 character(2) NOT NULL,
    x12_isa14 character(1) NOT NULL,
    x12_isa15 character(1) NOT NULL,
    x12_gs02 character varying(15) NOT NULL,
    x12_per06 character varying(80) NOT NULL,
    x12_dtp03 character(1) NOT NULL,
    x12_gs03 character varying(15),
    x12_submitter_id smallint,
    x12_submitter_name character varying(255),
    x12_sftp_login character varying(255),
    x12_sftp_pass character varying(255),
    x12_sftp_host character varying(255),
    x12_sftp_port character varying(255),
    x12_sftp_local_dir character varying(255),
    x12_sftp_remote_dir character varying(255),
    x12_token_endpoint text,
    x12_eligibility_endpoint text,
    x12_claim_status_endpoint text,
    x12_attachment_endpoint text,
    x12_client_id text,
    x12_client_secret text,
    PRIMARY KEY (id)
);
CREATE TABLE public.x12_remote_tracker (
    id bigint NOT NULL,
    x12_partner_id integer NOT NULL,
    x12_filename character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    claims text,
    messages text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN public.addresses.district IS 'The county or district of the address';
COMMENT ON COLUMN public.amc_misc_data.amc_id IS 'Unique and maps to list_options list clinical_rules';
COMMENT ON COLUMN public.amc_misc_data.map_category IS 'Maps to an object category (such as prescriptions etc.)';
COMMENT ON COLUMN public.amc_misc_data.map_id IS 'Maps to an object id (such as prescription id etc.)';
COMMENT ON COLUMN public.amendments.amendment_id IS 'Amendment ID';
COMMENT ON COLUMN public.amendments.amendment_date IS 'Amendement request date';
COMMENT ON COLUMN public.amendments.amendment_by IS 'Amendment requested from';
COMMENT ON COLUMN public.amendments.amendment_status IS 'Amendment status accepted/rejected/null';
COMMENT ON COLUMN public.amendments.pid IS 'Patient ID from patient_data';
COMMENT ON COLUMN public.amendments.amendment_desc IS 'Amendment Details';
COMMENT ON COLUMN public.amendments.created_by IS 'references users.id for session owner';
COMMENT ON COLUMN public.amendments.modified_by IS 'references users.id for session owner';
COMMENT ON COLUMN public.amendments.created_time IS 'created time';
COMMENT ON COLUMN public.amendments.modified_time IS 'modified time';
COMMENT ON COLUMN public.amendments_history.amendment_id IS 'Amendment ID';
COMMENT ON COLUMN public.amendments_history.amendment_note IS 'Amendment requested from';
COMMENT ON COLUMN public.amendments_history.amendment_status IS 'Amendment Request Status';
COMMENT ON COLUMN public.amendments_history.created_by IS 'references users.id for session owner';
COMMENT ON COLUMN public.amendments_history.created_time IS 'created time';
COMMENT ON TABLE public.api_refresh_token IS 'Holds information about api refresh tokens.';
COMMENT ON COLUMN public.api_refresh_token.revoked IS '1=revoked,0=not revoked';
COMMENT ON COLUMN public.api_token.scope IS 'json encoded';
COMMENT ON COLUMN public.api_token.revoked IS '1=revoked,0=not revoked';
COMMENT ON COLUMN public.api_token.context IS 'context values that change/govern how access token are used';
COMMENT ON COLUMN public.ar_activity.sequence_no IS 'Ar_activity sequence_no, incremented in code';
COMMENT ON COLUMN public.ar_activity.code IS 'empty means claim level';
COMMENT ON COLUMN public.ar_activity.payer_type IS '0=pt, 1=ins1, 2=ins2, etc';
COMMENT ON COLUMN public.ar_activity.post_user IS 'references users.id';
COMMENT ON COLUMN public.ar_activity.session_id IS 'references ar_session.session_id';
COMMENT ON COLUMN public.ar_activity.memo IS 'adjustment reasons go here';
COMMENT ON COLUMN public.ar_activity.pay_amount IS 'either pay or adj will always be 0';
COMMENT ON COLUMN public.ar_activity.reason_code IS 'Use as needed to show the primary payer adjustment reason code';
COMMENT ON COLUMN public.ar_activity.deleted IS 'NULL if active, otherwise when voided';
COMMENT ON COLUMN public.ar_activity.post_date IS 'Posting date if specified at payment time';
COMMENT ON COLUMN public.ar_session.payer_id IS '0=pt else references insurance_companies.id';
COMMENT ON COLUMN public.ar_session.user_id IS 'references users.id for session owner';
COMMENT ON COLUMN public.ar_session.closed IS '0=no, 1=yes';
COMMENT ON COLUMN public.ar_session.reference IS 'check or EOB number';
COMMENT ON COLUMN public.audit_details.table_name IS 'openemr table name';
COMMENT ON COLUMN public.audit_details.field_name IS 'openemr table''s field name';
COMMENT ON COLUMN public.audit_details.field_value IS 'openemr table''s field value';
COMMENT ON COLUMN public.audit_details.audit_master_id IS 'Id of the audit_master table';
COMMENT ON COLUMN public.audit_details.entry_identification IS 'Used when multiple entry occurs from the same table.1 means no multiple entry';
COMMENT ON COLUMN public.audit_master.user_id IS 'The Id of the user who approves or denies';
COMMENT ON COLUMN public.audit_master.approval_status IS '1-Pending,2-Approved,3-Denied,4-Appointment directly updated to calendar table,5-Cancelled appointment';
COMMENT ON COLUMN public.audit_master.type IS '1-new patient,2-existing patient,3-change is only in the document,4-Patient upload,5-random key,10-Appointment';
COMMENT ON COLUMN public.background_services.title IS 'name for reports';
COMMENT ON COLUMN public.background_services.running IS 'True indicates managed service is busy. Skip this interval';
COMMENT ON COLUMN public.background_services.execute_interval IS 'minimum number of minutes between function calls,0=manual mode';
COMMENT ON COLUMN public.background_services.function IS 'name of background service function';
COMMENT ON COLUMN public.background_services.require_once IS 'include file (if necessary)';
COMMENT ON COLUMN public.background_services.sort_order IS 'lower numbers will be run first';
COMMENT ON COLUMN public.background_services.lock_expires_at IS 'Lease expiration. Compared with NOW() on acquire, so the stored value uses whatever session timezone is in effect (OpenEMR syncs it to gbl_time_zone). Set on acquire, cleared on release. Expired leases are automatically stolen by the next worker.';
COMMENT ON COLUMN public.billing.revenue_code IS 'Item revenue code';
COMMENT ON COLUMN public.billing.chargecat IS 'Charge category or customer';
COMMENT ON TABLE public.care_team_member IS 'Stores members of a care team for a patient';
COMMENT ON COLUMN public.care_team_member.user_id IS 'fk to users.id represents a provider or staff member';
COMMENT ON COLUMN public.care_team_member.contact_id IS 'fk to contact.id which represents a contact person not in users or facility table';
COMMENT ON COLUMN public.care_team_member.role IS 'fk to list_options.option_id WHERE list_id=care_team_roles';
COMMENT ON COLUMN public.care_team_member.facility_id IS 'fk to facility.id represents an organization or location';
COMMENT ON COLUMN public.care_team_member.status IS 'fk to list_options.option_id where list_id=Care_Team_Status';
COMMENT ON COLUMN public.care_team_member.created_by IS 'fk to users.id and is the user that added this team member';
COMMENT ON COLUMN public.care_team_member.updated_by IS 'fk to users.id and is the user that last updated this team member';
COMMENT ON COLUMN public.care_teams.pid IS 'fk to patient_data.pid';
COMMENT ON COLUMN public.care_teams.status IS 'fk to list_options.option_id where list_id=Care_Team_Status';
COMMENT ON COLUMN public.care_teams.created_by IS 'fk to users.id for user who created this record';
COMMENT ON COLUMN public.care_teams.updated_by IS 'fk to users.id for user who last updated this record';
COMMENT ON COLUMN public.categories.codes IS 'Category codes for documents stored in this category';
COMMENT ON COLUMN public.ccda.encrypted IS '0->No,1->Yes';
COMMENT ON COLUMN public.ccda.transaction_id IS 'fk to transaction referral record';
COMMENT ON COLUMN public.ccda_components.ccda_type IS '0=>sections,1=>components';
COMMENT ON COLUMN public.claims.version IS 'Claim version, incremented in code';
COMMENT ON COLUMN public.claims.submitted_claim IS 'This claims form claim data';
COMMENT ON TABLE public.clinical_notes_documents IS 'Links clinical notes to patient documents';
COMMENT ON COLUMN public.clinical_notes_documents.clinical_note_id IS 'Foreign key to form_clinical_notes.id';
COMMENT ON COLUMN public.clinical_notes_documents.document_id IS 'Foreign key to documents.id';
COMMENT ON COLUMN public.clinical_notes_documents.created_at IS 'When the link was created';
COMMENT ON COLUMN public.clinical_notes_documents.created_by IS 'Username who created the link';
COMMENT ON TABLE public.clinical_notes_procedure_results IS 'Links clinical notes to procedure results/lab values';
COMMENT ON COLUMN public.clinical_notes_procedure_results.clinical_note_id IS 'Foreign key to form_clinical_notes.id';
COMMENT ON COLUMN public.clinical_notes_procedure_results.procedure_result_id IS 'Foreign key to procedure_result.procedure_result_id';
COMMENT ON COLUMN public.clinical_notes_procedure_results.created_at IS 'When the link was created';
COMMENT ON COLUMN public.clinical_notes_procedure_results.created_by IS 'Username who created the link';
COMMENT ON COLUMN public.clinical_plans.id IS 'Unique and maps to list_options list clinical_plans';
COMMENT ON COLUMN public.clinical_plans.pid IS '0 is default for all patients, while > 0 is id from patient_data table';
COMMENT ON COLUMN public.clinical_plans.normal_flag IS 'Normal Activation Flag';
COMMENT ON COLUMN public.clinical_plans.cqm_flag IS 'Clinical Quality Measure flag (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_plans.cqm_2011_flag IS '2011 Clinical Quality Measure flag (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_plans.cqm_2014_flag IS '2014 Clinical Quality Measure flag (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_plans.cqm_measure_group IS 'Clinical Quality Measure Group Identifier';
COMMENT ON COLUMN public.clinical_plans_rules.plan_id IS 'Unique and maps to list_options list clinical_plans';
COMMENT ON COLUMN public.clinical_plans_rules.rule_id IS 'Unique and maps to list_options list clinical_rules';
COMMENT ON COLUMN public.clinical_rules.id IS 'Unique and maps to list_options list clinical_rules';
COMMENT ON COLUMN public.clinical_rules.pid IS '0 is default for all patients, while > 0 is id from patient_data table';
COMMENT ON COLUMN public.clinical_rules.active_alert_flag IS 'Active Alert Widget Module flag - note not yet utilized';
COMMENT ON COLUMN public.clinical_rules.passive_alert_flag IS 'Passive Alert Widget Module flag';
COMMENT ON COLUMN public.clinical_rules.cqm_flag IS 'Clinical Quality Measure flag (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.cqm_2011_flag IS '2011 Clinical Quality Measure flag (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.cqm_2014_flag IS '2014 Clinical Quality Measure flag (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.cqm_nqf_code IS 'Clinical Quality Measure NQF identifier';
COMMENT ON COLUMN public.clinical_rules.cqm_pqri_code IS 'Clinical Quality Measure PQRI identifier';
COMMENT ON COLUMN public.clinical_rules.amc_flag IS 'Automated Measure Calculation flag (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.amc_2011_flag IS '2011 Automated Measure Calculation flag for (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.amc_2014_flag IS '2014 Automated Measure Calculation flag for (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.amc_2015_flag IS '2015 Automated Measure Calculation flag for (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.amc_code IS 'Automated Measure Calculation identifier (MU rule)';
COMMENT ON COLUMN public.clinical_rules.amc_code_2014 IS 'Automated Measure Calculation 2014 identifier (MU rule)';
COMMENT ON COLUMN public.clinical_rules.amc_code_2015 IS 'Automated Measure Calculation 2014 identifier (MU rule)';
COMMENT ON COLUMN public.clinical_rules.amc_2014_stage1_flag IS '2014 Stage 1 - Automated Measure Calculation flag for (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.amc_2014_stage2_flag IS '2014 Stage 2 - Automated Measure Calculation flag for (unable to customize per patient)';
COMMENT ON COLUMN public.clinical_rules.patient_reminder_flag IS 'Clinical Reminder Module flag';
COMMENT ON COLUMN public.clinical_rules.developer IS 'Clinical Rule Developer';
COMMENT ON COLUMN public.clinical_rules.funding_source IS 'Clinical Rule Funding Source';
COMMENT ON COLUMN public.clinical_rules.release_version IS 'Clinical Rule Release Version';
COMMENT ON COLUMN public.clinical_rules.web_reference IS 'Clinical Rule Web Reference';
COMMENT ON COLUMN public.clinical_rules.access_control IS 'ACO link for access control';
COMMENT ON COLUMN public.clinical_rules.patient_dob_usage IS 'Description of how patient DOB is used by this rule';
COMMENT ON COLUMN public.clinical_rules.patient_ethnicity_usage IS 'Description of how patient ethnicity is used by this rule';
COMMENT ON COLUMN public.clinical_rules.patient_health_status_usage IS 'Description of how patient health status assessments are used by this rule';
COMMENT ON COLUMN public.clinical_rules.patient_gender_identity_usage IS 'Description of how patient gender identity information is used by this rule';
COMMENT ON COLUMN public.clinical_rules.patient_language_usage IS 'Description of how patient language information is used by this rule';
COMMENT ON COLUMN public.clinical_rules.patient_race_usage IS 'Description of how patient race information is used by this rule';
COMMENT ON COLUMN public.clinical_rules.patient_sex_usage IS 'Description of how patient birth sex information is used by this rule';
COMMENT ON COLUMN public.clinical_rules.patient_sexual_orientation_usage IS 'Description of how patient sexual orientation is used by this rule';
COMMENT ON COLUMN public.clinical_rules.patient_sodh_usage IS 'Description of how patient social determinants of health are used by this rule';
COMMENT ON COLUMN public.clinical_rules_log.category IS 'An example category is clinical_reminder_widget';
COMMENT ON COLUMN public.clinical_rules_log.facility_id IS 'facility where the rule was executed, 0 if unknown';
COMMENT ON COLUMN public.code_types.ct_key IS 'short alphanumeric name';
COMMENT ON COLUMN public.code_types.ct_id IS 'numeric identifier';
COMMENT ON COLUMN public.code_types.ct_seq IS 'sort order';
COMMENT ON COLUMN public.code_types.ct_mod IS 'length of modifier field';
COMMENT ON COLUMN public.code_types.ct_just IS 'ct_key of justify type, if any';
COMMENT ON COLUMN public.code_types.ct_mask IS 'formatting mask for code values';
COMMENT ON COLUMN public.code_types.ct_fee IS '1 if fees are used';
COMMENT ON COLUMN public.code_types.ct_rel IS '1 if can relate to other code types';
COMMENT ON COLUMN public.code_types.ct_nofs IS '1 if to be hidden in the fee sheet';
COMMENT ON COLUMN public.code_types.ct_diag IS '1 if this is a diagnosis type';
COMMENT ON COLUMN public.code_types.ct_active IS '1 if this is active';
COMMENT ON COLUMN public.code_types.ct_label IS 'label of this code type';
COMMENT ON COLUMN public.code_types.ct_external IS '0 if stored codes in codes tables, 1 or greater if codes stored in external tables';
COMMENT ON COLUMN public.code_types.ct_claim IS '1 if this is used in claims';
COMMENT ON COLUMN public.code_types.ct_proc IS '1 if this is a procedure type';
COMMENT ON COLUMN public.code_types.ct_term IS '1 if this is a clinical term';
COMMENT ON COLUMN public.code_types.ct_problem IS '1 if this code type is used as a medical problem';
COMMENT ON COLUMN public.code_types.ct_drug IS '1 if this code type is used as a medication';
COMMENT ON COLUMN public.codes.cyp_factor IS 'quantity representing a years supply';
COMMENT ON COLUMN public.codes.active IS '0 = inactive, 1 = active';
COMMENT ON COLUMN public.codes.reportable IS '0 = non-reportable, 1 = reportable';
COMMENT ON COLUMN public.codes.financial_reporting IS '0 = negative, 1 = considered important code in financial reporting';
COMMENT ON COLUMN public.codes.revenue_code IS 'Item revenue code';
COMMENT ON COLUMN public.contact_address.type IS 'FK to list_options.option_id for list_id address-types';
COMMENT ON COLUMN public.contact_address.use IS 'FK to list_options.option_id for list_id address-uses';
COMMENT ON COLUMN public.contact_address.status IS 'A=active,I=inactive';
COMMENT ON COLUMN public.contact_address.is_primary IS 'Y=yes,N=no';
COMMENT ON COLUMN public.contact_address.period_start IS 'Date the address became active';
COMMENT ON COLUMN public.contact_address.period_end IS 'Date the address became deactivated';
COMMENT ON COLUMN public.contact_address.inactivated_reason IS '[Values: Moved, Mail Returned, etc]';
COMMENT ON COLUMN public.contact_address.created_by IS 'users.id';
COMMENT ON COLUMN public.contact_address.updated_by IS 'users.id';
COMMENT ON COLUMN public.contact_relation.contact_priority IS '1=highest priority';
COMMENT ON COLUMN public.contact_relation.created_by IS 'users.id';
COMMENT ON COLUMN public.contact_relation.updated_by IS 'users.id';
COMMENT ON COLUMN public.contact_telecom.rank IS 'Specify preferred order of use (1 = highest)';
COMMENT ON COLUMN public.contact_telecom.system IS 'FK to list_options.option_id for list_id telecom_systems [phone, fax, email, pager, url, sms, other]';
COMMENT ON COLUMN public.contact_telecom.use IS 'FK to list_options.option_id for list_id telecom_uses [home, work, temp, old, mobile]';
COMMENT ON COLUMN public.contact_telecom.status IS 'A=active,I=inactive';
COMMENT ON COLUMN public.contact_telecom.is_primary IS 'Y=yes,N=no';
COMMENT ON COLUMN public.contact_telecom.period_start IS 'Date the telecom became active';
COMMENT ON COLUMN public.contact_telecom.period_end IS 'Date the telecom became deactivated';
COMMENT ON COLUMN public.contact_telecom.inactivated_reason IS '[Values: ???, etc]';
COMMENT ON COLUMN public.contact_telecom.created_by IS 'users.id';
COMMENT ON COLUMN public.contact_telecom.updated_by IS 'users.id';
COMMENT ON COLUMN public.customlists.cl_list_id IS 'ID OF THE lIST FOR NEW TAKE SELECT MAX(cl_list_id)+1';
COMMENT ON COLUMN public.customlists.cl_list_item_id IS 'ID OF THE lIST FOR NEW TAKE SELECT MAX(cl_list_item_id)+1';
COMMENT ON COLUMN public.customlists.cl_list_type IS '0=>List Name 1=>list items 2=>Context 3=>Template 4=>Sentence 5=> SavedTemplate 6=>CustomButton';
COMMENT ON COLUMN public.customlists.cl_list_item_level IS 'Flow level for List Designation';
COMMENT ON COLUMN public.direct_message_log.msg_type IS 'S=sent,R=received';
COMMENT ON COLUMN public.direct_message_log.status IS 'Q=queued,D=dispatched,R=received,F=failed';
COMMENT ON COLUMN public.documents.storagemethod IS '0->Harddisk,1->CouchDB';
COMMENT ON COLUMN public.documents.path_depth IS 'Depth of path to use in url to find document. Not applicable for CouchDB.';
COMMENT ON COLUMN public.documents.imported IS 'Parsing status for CCR/CCD/CCDA importing';
COMMENT ON COLUMN public.documents.encounter_id IS 'Encounter id if tagged';
COMMENT ON COLUMN public.documents.encounter_check IS 'If encounter is created while tagging';
COMMENT ON COLUMN public.documents.audit_master_approval_status IS 'approval_status from audit_master table';
COMMENT ON COLUMN public.documents.encrypted IS '0->No,1->Yes';
COMMENT ON COLUMN public.documents_legal_categories.dlc_category_type IS '1 category 2 subcategory';
COMMENT ON COLUMN public.documents_legal_detail.dld_signed IS '0-Not Signed or Cannot Sign(Layout),1-Signed,2-Ready to sign,3-Denied(Pat Regi),4-Patient Upload,10-Save(Layout)';
COMMENT ON COLUMN public.documents_legal_detail.dld_sign_level IS 'Sign flow level';
COMMENT ON COLUMN public.documents_legal_detail.dld_content IS 'Layout sign position';
COMMENT ON COLUMN public.documents_legal_detail.dld_file_for_pdf_generation IS 'The filled details in the fdf file is stored here.Patient Registration Screen';
COMMENT ON COLUMN public.documents_legal_detail.dld_patient_comments IS 'Patient comments stored here';
COMMENT ON TABLE public.documents_legal_master IS 'List of Master Docs to be signed';
COMMENT ON COLUMN public.documents_legal_master.dlm_savedsign IS '0-Yes 1-No';
COMMENT ON COLUMN public.documents_legal_master.dlm_review IS '0-Yes 1-No';
COMMENT ON COLUMN public.documents_legal_master.dlm_upload_type IS '0-Provider Uploaded,1-Patient Uploaded';
COMMENT ON COLUMN public.drug_sales.uuid IS 'UUID for this drug sales record, for data exchange purposes';
COMMENT ON COLUMN public.drug_sales.billed IS 'indicates if the sale is posted to accounting';
COMMENT ON COLUMN public.drug_sales.distributor_id IS 'references users.id';
COMMENT ON COLUMN public.drug_sales.selector IS 'references drug_templates.selector';
COMMENT ON COLUMN public.drug_sales.trans_type IS '1=sale, 2=purchase, 3=return, 4=transfer, 5=adjustment';
COMMENT ON COLUMN public.drug_sales.pharmacy_supply_type IS 'fk to list_options.option_id where list_id=pharmacy_supply_type to indicate type of dispensing first order, refil, emergency, partial order, etc';
COMMENT ON COLUMN public.drug_sales.updated_by IS 'fk to users.id for user that last updated this entry';
COMMENT ON COLUMN public.drug_sales.created_by IS 'fk to users.id for user that created this entry';
COMMENT ON COLUMN public.drug_templates.pkgqty IS 'Number of product items per template item';
COMMENT ON COLUMN public.drugs.related_code IS 'may reference a related codes.code';
COMMENT ON COLUMN public.drugs.cyp_factor IS 'quantity representing a years supply';
COMMENT ON COLUMN public.drugs.active IS '0 = inactive, 1 = active';
COMMENT ON COLUMN public.drugs.allow_combining IS '1 = allow filling an order from multiple lots';
COMMENT ON COLUMN public.drugs.allow_multiple IS '1 = allow multiple lots at one warehouse';
COMMENT ON COLUMN public.drugs.consumable IS '1 = will not show on the fee sheet';
COMMENT ON COLUMN public.drugs.dispensable IS '0 = pharmacy elsewhere, 1 = dispensed here';
COMMENT ON TABLE public.dsi_source_attributes IS 'Holds information about decision support intervention system source attributes';
COMMENT ON COLUMN public.email_queue.template_name IS 'The folder prefix and base filename (w/o extension) of the twig template file to use for this email';
COMMENT ON COLUMN public.employer_data.uuid IS 'UUID for this employer record, for data exchange purposes';
COMMENT ON COLUMN public.employer_data.start_date IS 'Employment start date for patient';
COMMENT ON COLUMN public.employer_data.end_date IS 'Employment end date for patient';
COMMENT ON COLUMN public.employer_data.occupation IS 'Employment Occupation fk to list_options.option_id where list_id=OccupationODH';
COMMENT ON COLUMN public.employer_data.industry IS 'Employment Industry fk to list_options.option_id where list_id=IndustryODH';
COMMENT ON COLUMN public.employer_data.created_by IS 'fk to users.id for the user that entered in the employer data';
COMMENT ON COLUMN public.enc_category_map.rule_enc_id IS 'encounter id from rule_enc_types list in list_options';
COMMENT ON COLUMN public.enc_category_map.main_cat_id IS 'category id from event category in openemr_postcalendar_categories';
COMMENT ON COLUMN public.esign_signatures.tid IS 'Table row ID for signature';
COMMENT ON COLUMN public.esign_signatures."table" IS 'table name for the signature';
COMMENT ON COLUMN public.esign_signatures.uid IS 'user id for the signing user';
COMMENT ON COLUMN public.esign_signatures.datetime IS 'datetime of the signature action';
COMMENT ON COLUMN public.esign_signatures.is_lock IS 'sig, lock or amendment';
COMMENT ON COLUMN public.esign_signatures.amendment IS 'amendment text, if any';
COMMENT ON COLUMN public.esign_signatures.hash IS 'hash of signed data';
COMMENT ON COLUMN public.esign_signatures.signature_hash IS 'hash of signature itself';
COMMENT ON TABLE public.export_job IS 'fhir export jobs';
COMMENT ON COLUMN public.facility.primary_business_entity IS '0-Not Set as business entity 1-Set as business entity';
COMMENT ON COLUMN public.facility.oid IS 'HIEs CCDA and FHIR an OID is required/wanted';
COMMENT ON COLUMN public.facility.organization_type IS 'Organization type as defined by HL7 Value Set: OrganizationType';
COMMENT ON COLUMN public.facility_user_ids.field_id IS 'references layout_options.field_id';
COMMENT ON COLUMN public.form_care_plan.reason_date_low IS 'The date the reason was recorded';
COMMENT ON COLUMN public.form_care_plan.reason_date_high IS 'The date the explanation reason for the care plan entry value ends';
COMMENT ON COLUMN public.form_care_plan.plan_status IS 'Care Plan status (e.g., draft, active, completed, etc)';
COMMENT ON COLUMN public.form_care_plan.proposed_date IS 'Target or Achieve-by date for the goal';
COMMENT ON COLUMN public.form_encounter.pc_catid IS 'event category from openemr_postcalendar_categories';
COMMENT ON COLUMN public.form_encounter.last_level_billed IS '0=none, 1=ins1, 2=ins2, etc';
COMMENT ON COLUMN public.form_encounter.last_level_closed IS '0=none, 1=ins1, 2=ins2, etc';
COMMENT ON COLUMN public.form_encounter.provider_id IS 'default and main provider for this visit';
COMMENT ON COLUMN public.form_encounter.supervisor_id IS 'supervising provider, if any, for this visit';
COMMENT ON COLUMN public.form_encounter.voucher_number IS 'also called referral number';
COMMENT ON COLUMN public.form_encounter.encounter_type_code IS 'not all types are categories';
COMMENT ON COLUMN public.form_encounter.referring_provider_id IS 'referring provider, if any, for this visit';
COMMENT ON COLUMN public.form_encounter.ordering_provider_id IS 'referring provider, if any, for this visit';
COMMENT ON COLUMN public.form_eye_acuity.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_antseg.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_base.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_biometrics.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_external.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_hpi.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_locking.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_neuro.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_postseg.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_refraction.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_ros.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_eye_vitals.id IS 'Links to forms.form_id';
COMMENT ON COLUMN public.form_groups_encounter.pc_catid IS 'event category from openemr_postcalendar_categories';
COMMENT ON COLUMN public.form_groups_encounter.last_level_billed IS '0=none, 1=ins1, 2=ins2, etc';
COMMENT ON COLUMN public.form_groups_encounter.last_level_closed IS '0=none, 1=ins1, 2=ins2, etc';
COMMENT ON COLUMN public.form_groups_encounter.provider_id IS 'default and main provider for this visit';
COMMENT ON COLUMN public.form_groups_encounter.supervisor_id IS 'supervising provider, if any, for this visit';
COMMENT ON COLUMN public.form_history_sdoh.created_by IS 'fk to users.id user that created this record';
COMMENT ON COLUMN public.form_history_sdoh.updated_by IS 'fk to users.id user that last modified this record';
COMMENT ON COLUMN public.form_history_sdoh.screening_tool IS 'fk to list_options.option_id WHERE list_id=sdoh_instruments represents the assessment tool used to administer this assessment';
COMMENT ON COLUMN public.form_history_sdoh.assessor IS 'fk to users.username the user that administered the assessment';
COMMENT ON COLUMN public.form_history_sdoh.food_insecurity IS 'fk to list_options.option_id WHERE list_id=sdoh_food_insecurity_risk';
COMMENT ON COLUMN public.form_history_sdoh.housing_instability IS 'fk to list_options.option_id WHERE list_id=sdoh_housing_worry';
COMMENT ON COLUMN public.form_history_sdoh.transportation_insecurity IS 'fk to list_options.option_id WHERE list_id=sdoh_transportation_barrier';
COMMENT ON COLUMN public.form_history_sdoh.utilities_insecurity IS 'fk to list_options.option_id WHERE list_id=sdoh_utilities_shutoff';
COMMENT ON COLUMN public.form_history_sdoh.interpersonal_safety IS 'fk to list_options.option_id WHERE list_id=sdoh_financial_strain';
COMMENT ON COLUMN public.form_history_sdoh.financial_strain IS 'fk to list_options.option_id WHERE list_id=sdoh_financial_strain';
COMMENT ON COLUMN public.form_history_sdoh.social_isolation IS 'fk to list_options.option_id WHERE list_id=sdoh_social_isolation_freq';
COMMENT ON COLUMN public.form_history_sdoh.childcare_needs IS 'fk to list_options.option_id WHERE list_id=sdoh_childcare_needs';
COMMENT ON COLUMN public.form_history_sdoh.digital_access IS 'fk to list_options.option_id WHERE list_id=sdoh_digital_access';
COMMENT ON COLUMN public.form_history_sdoh.employment_status IS 'fk to list_options.option_id WHERE list_id=sdoh_food_insecurity_risk';
COMMENT ON COLUMN public.form_history_sdoh.education_level IS 'fk to list_options.option_id WHERE list_id=sdoh_education_level';
COMMENT ON COLUMN public.form_history_sdoh.caregiver_status IS 'fk to list_options.option_id WHERE list_id=sdoh_food_insecurity_risk';
COMMENT ON COLUMN public.form_history_sdoh.veteran_status IS 'fk to list_options.option_id WHERE list_id=sdoh_food_insecurity_risk';
COMMENT ON COLUMN public.form_history_sdoh.pregnancy_status IS 'fk to list_options.option_id WHERE list_id=pregnancy_status';
COMMENT ON COLUMN public.form_history_sdoh.pregnancy_edd IS 'Estimated due date for pregnancy';
COMMENT ON COLUMN public.form_history_sdoh.pregnancy_intent IS 'fk to list_options.option_id WHERE list_id=pregnancy_intent Pregnancy Intent Over Next Year (codes from PregnancyIntent list)';
COMMENT ON COLUMN public.form_history_sdoh.postpartum_status IS 'fk to list_options.option_id WHERE list_id=postpartum_status';
COMMENT ON COLUMN public.form_history_sdoh.postpartum_end IS 'PostPartum end date';
COMMENT ON COLUMN public.form_history_sdoh.disability_status IS 'fk to list_options.option_id WHERE list_id=disability_status';
COMMENT ON COLUMN public.form_history_sdoh.hunger_q1 IS 'fk to list_options.option_id WHERE list_id=vital_signs_answers';
COMMENT ON COLUMN public.form_history_sdoh.hunger_q2 IS 'fk to list_options.option_id WHERE list_id=vital_signs_answers';
COMMENT ON COLUMN public.form_history_sdoh.hunger_score IS 'Calculated HVS score';
COMMENT ON TABLE public.form_history_sdoh_health_concerns IS 'Links SDOH assessments to health concern conditions';
COMMENT ON COLUMN public.form_history_sdoh_health_concerns.sdoh_history_id IS 'FK to form_history_sdoh.id';
COMMENT ON COLUMN public.form_history_sdoh_health_concerns.health_concern_id IS 'FK to lists.id where type=health_concern or medical_problem';
COMMENT ON COLUMN public.form_history_sdoh_health_concerns.created_by IS 'FK to users.id';
COMMENT ON COLUMN public.form_observation.uuid IS 'UUID for the observation, used as unique logical identifier';
COMMENT ON COLUMN public.form_observation.form_id IS 'FK to forms.form_id';
COMMENT ON COLUMN public.form_observation.parent_observation_id IS 'FK to parent observation for sub-observations';
COMMENT ON COLUMN public.form_observation.category IS 'FK to list_options.option_id for observation category (SDOH, Functional, Cognitive, Physical, etc)';
COMMENT ON COLUMN public.form_observation.questionnaire_response_id IS 'FK to questionnaire_response table';
COMMENT ON COLUMN public.form_questionnaire_assessments.response_id IS 'The foreign id to the questionnaire_response repository';
COMMENT ON COLUMN public.form_questionnaire_assessments.response_meta IS 'json meta data for the response resource';
COMMENT ON COLUMN public.form_questionnaire_assessments.questionnaire_id IS 'The foreign id to the questionnaire_repository';
COMMENT ON COLUMN public.form_taskman.completed IS '1 = completed';
COMMENT ON TABLE public.form_vital_details IS 'Detailed information of each vital_forms observation column';
COMMENT ON COLUMN public.form_vital_details.form_id IS 'FK to vital_forms.id';
COMMENT ON COLUMN public.form_vital_details.vitals_column IS 'Column name from form_vitals';
COMMENT ON COLUMN public.form_vital_details.interpretation_list_id IS 'FK to list_options.list_id for observation_interpretation';
COMMENT ON COLUMN public.form_vital_details.interpretation_option_id IS 'FK to list_options.option_id for observation_interpretation';
COMMENT ON COLUMN public.form_vital_details.interpretation_codes IS 'Archived original codes value from list_options observation_interpretation';
COMMENT ON COLUMN public.form_vital_details.interpretation_title IS 'Archived original title value from list_options observation_interpretation';
COMMENT ON COLUMN public.form_vital_details.reason_code IS 'Medical code explaining reason of the vital observation value in form codesystem:codetype;...;';
COMMENT ON COLUMN public.form_vital_details.reason_description IS 'Human readable text description of the reason_code column';
COMMENT ON COLUMN public.form_vital_details.reason_status IS 'The status of the reason ie completed, in progress, etc';
COMMENT ON TABLE public.form_vitals_calculation IS 'Main calculation records - one per logical calculation (e.g., average BP)';
COMMENT ON COLUMN public.form_vitals_calculation.encounter IS 'fk to form_encounter.id';
COMMENT ON COLUMN public.form_vitals_calculation.pid IS 'fk to patient_data.pid';
COMMENT ON COLUMN public.form_vitals_calculation.calculation_id IS 'application identifier representing calculation e.g., bp-MeanLast5, bp-Mean3Day, bp-MeanEncounter';
COMMENT ON TABLE public.form_vitals_calculation_components IS 'Component values for calculations (e.g., systolic=120, diastolic=80)';
COMMENT ON COLUMN public.form_vitals_calculation_components.fvc_uuid IS 'fk to form_vitals_calculation.uuid';
COMMENT ON COLUMN public.form_vitals_calculation_components.vitals_column IS 'Component type: bps, bpd, pulse, etc.';
COMMENT ON COLUMN public.form_vitals_calculation_components.value IS 'Calculated numeric component value';
COMMENT ON COLUMN public.form_vitals_calculation_components.value_string IS 'Calculated non-numeric component value';
COMMENT ON COLUMN public.form_vitals_calculation_components.value_unit IS 'Unit for this component value';
COMMENT ON COLUMN public.form_vitals_calculation_components.component_order IS 'Display order for components';
COMMENT ON TABLE public.form_vitals_calculation_form_vitals IS 'Join table between form_vitals_calculation and form_vitals table representing the derivative observation relationship between the calculation and the source records';
COMMENT ON COLUMN public.form_vitals_calculation_form_vitals.fvc_uuid IS 'fk to form_vitals_calculation.uuid';
COMMENT ON COLUMN public.form_vitals_calculation_form_vitals.vitals_id IS 'fk to form_vitals.id';
COMMENT ON COLUMN public.forms.deleted IS 'flag indicates form has been deleted';
COMMENT ON COLUMN public.forms.issue_id IS 'references lists.id to identify a case';
COMMENT ON COLUMN public.forms.provider_id IS 'references users.id to identify a provider';
COMMENT ON TABLE public.gprelations IS 'general purpose relations';
COMMENT ON COLUMN public.history_data.created_by IS 'users.id the user that first created this record';
COMMENT ON COLUMN public.immunizations.administered_by IS 'Alternative to administered_by_id';
COMMENT ON COLUMN public.immunizations.vis_date IS 'Date of VIS Statement';
COMMENT ON COLUMN public.immunizations.reason_code IS 'Medical code explaining reason of the vital observation value in form codesystem:codetype;...;';
COMMENT ON COLUMN public.immunizations.reason_description IS 'Human readable text description of the reason_code column';
COMMENT ON COLUMN public.immunizations.encounter_id IS 'fk to form_encounter.encounter to link immunization to encounter record';
COMMENT ON COLUMN public.insurance_companies.cqm_sop IS 'HL7 Source of Payment for eCQMs';
COMMENT ON COLUMN public.issue_encounter.uuid IS 'UUID for this issue encounter record, for data exchange purposes';
COMMENT ON COLUMN public.issue_encounter.created_by IS 'fk to users.id for the user that entered in the issue encounter data';
COMMENT ON COLUMN public.issue_encounter.updated_by IS 'fk to users.id for the user that last updated the issue encounter data';
COMMENT ON COLUMN public.issue_encounter.created_at IS 'timestamp when this issue encounter record was created';
COMMENT ON COLUMN public.issue_encounter.updated_at IS 'timestamp when this issue encounter record was last updated';
COMMENT ON TABLE public.jwt_grant_history IS 'Holds JWT authorization grant ids to prevent replay attacks';
COMMENT ON COLUMN public.jwt_grant_history.jti IS 'Unique JWT id';
COMMENT ON COLUMN public.jwt_grant_history.client_id IS 'FK oauth2_clients.client_id';
COMMENT ON COLUMN public.jwt_grant_history.jti_exp IS 'jwt exp claim when the jwt expires';
COMMENT ON COLUMN public.jwt_grant_history.creation_date IS 'datetime the grant authorization was requested';
COMMENT ON COLUMN public.lang_languages.lang_is_rtl IS 'Set this to 1 for RTL languages Arabic, Farsi, Hebrew, Urdu etc.';
COMMENT ON COLUMN public.layout_group_properties.grp_group_id IS 'empty when representing the whole form';
COMMENT ON COLUMN public.layout_group_properties.grp_title IS 'descriptive name of the form or group';
COMMENT ON COLUMN public.layout_group_properties.grp_subtitle IS 'for display under the title';
COMMENT ON COLUMN public.layout_group_properties.grp_mapping IS 'the form category';
COMMENT ON COLUMN public.layout_group_properties.grp_seq IS 'optional order within mapping';
COMMENT ON COLUMN public.layout_options.source IS 'F=Form, D=Demographics, H=History, E=Encounter';
COMMENT ON COLUMN public.layout_options.conditions IS 'serialized array of skip conditions';
COMMENT ON TABLE public.lbf_data IS 'contains all data from layout-based forms';
COMMENT ON COLUMN public.lbf_data.form_id IS 'references forms.form_id';
COMMENT ON COLUMN public.lbf_data.field_id IS 'references layout_options.field_id';
COMMENT ON TABLE public.lbt_data IS 'contains all data from layout-based transactions';
COMMENT ON COLUMN public.lbt_data.form_id IS 'references transactions.id';
COMMENT ON COLUMN public.lbt_data.field_id IS 'references layout_options.field_id';
COMMENT ON COLUMN public.lists.occurrence IS 'Reference to list_options option_id=''occurrence''';
COMMENT ON COLUMN public.lists.verification IS 'Reference to list_options option_id = allergyintolerance-verification';
COMMENT ON COLUMN public.lists.erx_source IS '0-OpenEMR 1-External';
COMMENT ON COLUMN public.lists.erx_uploaded IS '0-Pending NewCrop upload 1-Uploaded TO NewCrop';
COMMENT ON COLUMN public.lists.list_option_id IS 'Reference to list_options table';
COMMENT ON TABLE public.lists_medication IS 'Holds additional data about patient medications.';
COMMENT ON COLUMN public.lists_medication.list_id IS 'FK Reference to lists.id';
COMMENT ON COLUMN public.lists_medication.drug_dosage_instructions IS 'Free text dosage instructions for taking the drug';
COMMENT ON COLUMN public.lists_medication.usage_category IS 'option_id in list_options.list_id=medication-usage-category';
COMMENT ON COLUMN public.lists_medication.usage_category_title IS 'title in list_options.list_id=medication-usage-category';
COMMENT ON COLUMN public.lists_medication.request_intent IS 'option_id in list_options.list_id=medication-request-intent';
COMMENT ON COLUMN public.lists_medication.request_intent_title IS 'title in list_options.list_id=medication-request-intent';
COMMENT ON COLUMN public.lists_medication.medication_adherence_information_source IS 'fk to list_options.option_id where list_id=medication_adherence_information_source to indicate who provided the medication adherence information';
COMMENT ON COLUMN public.lists_medication.medication_adherence IS 'fk to list_options.option_id where list_id=medication_adherence to indicate if patient is complying with medication regimen';
COMMENT ON COLUMN public.lists_medication.medication_adherence_date_asserted IS 'Date when the medication adherence information was asserted';
COMMENT ON COLUMN public.lists_medication.prescription_id IS 'fk to prescriptions.prescription_id to link medication to prescription record';
COMMENT ON COLUMN public.lists_medication.is_primary_record IS 'Indicates if this medication is a primary record(1) or a reported record(0)';
COMMENT ON COLUMN public.lists_medication.reporting_source_record_id IS 'If this is a reported record, this is the fk to the users.id column for the address book user that the medication was reported by';
COMMENT ON COLUMN public.log.ccda_doc_id IS 'CCDA document id from ccda';
COMMENT ON COLUMN public.log_comment_encrypt.version IS '0 for mycrypt and 1 for openssl';
COMMENT ON COLUMN public.login_mfa_registrations.method IS 'Q&A, U2F, TOTP etc.';
COMMENT ON COLUMN public.login_mfa_registrations.var1 IS 'Question, U2F registration etc.';
COMMENT ON COLUMN public.login_mfa_registrations.var2 IS 'Answer etc.';
COMMENT ON COLUMN public.medex_recalls.r_pid IS 'PatientID from pat_data';
COMMENT ON COLUMN public.medex_recalls.r_eventdate IS 'Date of Appt or Recall';
COMMENT ON COLUMN public.module_configuration.created_by IS 'users.id the user that first created this record';
COMMENT ON COLUMN public.module_configuration.date_added IS 'Datetime the record was initially created';
COMMENT ON COLUMN public.module_configuration.updated_by IS 'users.id the user that last modified this record';
COMMENT ON COLUMN public.module_configuration.date_modified IS 'Datetime the record was last modified';
COMMENT ON COLUMN public.module_configuration.date_created IS 'Datetime the record was created';
COMMENT ON COLUMN public.modules_settings.fld_type IS '1=>ACL,2=>preferences,3=>hooks';
COMMENT ON COLUMN public.oauth_clients.dsi_type IS '0=none, 1=evidence-based,2=predictive';
COMMENT ON COLUMN public.onetime_auth.onetime_pin IS 'Max 10 numeric. Default 6';
COMMENT ON COLUMN public.onetime_auth.scope IS 'context scope for this token';
COMMENT ON COLUMN public.onetime_auth.profile IS 'profile of scope for this token';
COMMENT ON COLUMN public.onetime_auth.onetime_actions IS 'JSON array of actions that can be performed with this token';
COMMENT ON COLUMN public.onsite_mail.deleted IS 'flag indicates note is deleted';
COMMENT ON COLUMN public.onsite_mail.is_msg_encrypted IS 'Whether messsage encrypted 0-Not encrypted, 1-Encrypted';
COMMENT ON TABLE public.onsite_messages IS 'Portal messages';
COMMENT ON COLUMN public.onsite_messages.sender_id IS 'who sent id';
COMMENT ON COLUMN public.onsite_messages.recip_id IS 'who to id array';
COMMENT ON COLUMN public.openemr_postcalendar_categories.pc_cattype IS 'Used in grouping categories';
COMMENT ON COLUMN public.openemr_postcalendar_events.pc_facility IS 'facility id for this event';
COMMENT ON COLUMN public.patient_access_onsite.portal_pwd_status IS '0=>Password Created Through Demographics by The provider or staff. Patient Should Change it at first time it.1=>Pwd updated or created by patient itself';
COMMENT ON COLUMN public.patient_access_onsite.portal_login_username IS 'User entered username';
COMMENT ON COLUMN public.patient_care_experience_preferences.observation_code IS 'LOINC code';
COMMENT ON COLUMN public.patient_care_experience_preferences.value_code IS 'fk to preference_value_sets.answer_code';
COMMENT ON COLUMN public.patient_care_experience_preferences.value_code_system IS 'fk to preference_value_sets.answer_system';
COMMENT ON COLUMN public.patient_care_experience_preferences.value_display IS 'fk to preference_value_sets.answer_display';
COMMENT ON COLUMN public.patient_care_experience_preferences.status IS 'valid options are final,amended,preliminary';
COMMENT ON COLUMN public.patient_data.sex IS 'Sex at birth';
COMMENT ON COLUMN public.patient_data.interpreter IS 'original field used for determining if patient needs an interpreter, now used for additional notes about need for interpreter';
COMMENT ON COLUMN public.patient_data.interpreter_needed IS 'fk to list_options.option_id where list_id=yes_no_unknown used to determine if patient needs an interpreter';
COMMENT ON COLUMN public.patient_data.regdate IS 'Registration Date';
COMMENT ON COLUMN public.patient_data.contrastart IS 'Date contraceptives initially used';
COMMENT ON COLUMN public.patient_data.ad_reviewed IS 'Date and time the advance care directive was reviewed and validated by the authenticator user.';
COMMENT ON COLUMN public.patient_data.advance_directive_user_authenticator IS 'fk to users.id of the user who authenticates that the advance care directive is valid.';
COMMENT ON COLUMN public.patient_data.soap_import_status IS '1-Prescription Press 2-Prescription Import 3-Allergy Press 4-Allergy Import';
COMMENT ON COLUMN public.patient_data.created_by IS 'users.id the user that first created this record';
COMMENT ON COLUMN public.patient_data.updated_by IS 'users.id the user that last modified this record';
COMMENT ON COLUMN public.patient_data.sex_identified IS 'Patient reported current sex';
COMMENT ON COLUMN public.patient_history.created_by IS 'users.id the user that first created this record';
COMMENT ON COLUMN public.patient_reminders.active IS '1 if active and 0 if not active';
COMMENT ON COLUMN public.patient_reminders.reason_inactivated IS 'Maps to list_options list rule_reminder_inactive_opt';
COMMENT ON COLUMN public.patient_reminders.due_status IS 'Maps to list_options list rule_reminder_due_opt';
COMMENT ON COLUMN public.patient_reminders.pid IS 'id from patient_data table';
COMMENT ON COLUMN public.patient_reminders.category IS 'Maps to the category item in the rule_action_item table';
COMMENT ON COLUMN public.patient_reminders.item IS 'Maps to the item column in the rule_action_item table';
COMMENT ON COLUMN public.patient_reminders.voice_status IS '0 if not sent and 1 if sent';
COMMENT ON COLUMN public.patient_reminders.sms_status IS '0 if not sent and 1 if sent';
COMMENT ON COLUMN public.patient_reminders.email_status IS '0 if not sent and 1 if sent';
COMMENT ON COLUMN public.patient_reminders.mail_status IS '0 if not sent and 1 if sent';
COMMENT ON COLUMN public.patient_tracker.original_user IS 'This is the user that created the original record';
COMMENT ON COLUMN public.patient_tracker.lastseq IS 'The element file should contain this number of elements';
COMMENT ON COLUMN public.patient_tracker.random_drug_test IS 'NULL if not randomized. If randomized, 0 is no, 1 is yes';
COMMENT ON COLUMN public.patient_tracker_element.pt_tracker_id IS 'maps to id column in patient_tracker table';
COMMENT ON COLUMN public.patient_tracker_element.seq IS 'This is a numerical sequence for this pt_tracker_id events';
COMMENT ON COLUMN public.patient_tracker_element."user" IS 'This is the user that created this element';
COMMENT ON COLUMN public.patient_treatment_intervention_preferences.patient_id IS 'fk to patient_data.pid';
COMMENT ON COLUMN public.patient_treatment_intervention_preferences.observation_code IS 'LOINC code';
COMMENT ON COLUMN public.patient_treatment_intervention_preferences.value_code IS 'fk to preference_value_sets.answer_code';
COMMENT ON COLUMN public.patient_treatment_intervention_preferences.value_code_system IS 'fk to preference_value_sets.answer_system';
COMMENT ON COLUMN public.patient_treatment_intervention_preferences.value_display IS 'fk to preference_value_sets.answer_display';
COMMENT ON COLUMN public.patient_treatment_intervention_preferences.status IS 'valid options are final,amended,preliminary';
COMMENT ON TABLE public.person IS 'Core person demographics - contact info in contact_telecom';
COMMENT ON COLUMN public.person.title IS 'Mr., Mrs., Dr., etc.';
COMMENT ON COLUMN public.person.preferred_name IS 'Name person prefers to be called';
COMMENT ON COLUMN public.person.preferred_language IS 'ISO 639-1 code';
COMMENT ON COLUMN public.person.communication IS 'Communication preferences/needs';
COMMENT ON COLUMN public.person.ssn IS 'Should be encrypted in application';
COMMENT ON COLUMN public.person.active IS '1=active, 0=inactive';
COMMENT ON COLUMN public.person.created_by IS 'users.id';
COMMENT ON COLUMN public.person.updated_by IS 'users.id';
COMMENT ON TABLE public.person_patient_link IS 'Links person records to patient_data records when person becomes patient';
COMMENT ON COLUMN public.person_patient_link.person_id IS 'FK to person.id';
COMMENT ON COLUMN public.person_patient_link.patient_id IS 'FK to patient_data.id';
COMMENT ON COLUMN public.person_patient_link.linked_date IS 'When the link was created';
COMMENT ON COLUMN public.person_patient_link.linked_by IS 'FK to users.id - who created the link';
COMMENT ON COLUMN public.person_patient_link.link_method IS 'How link was created: manual, auto_detected, migrated, import';
COMMENT ON COLUMN public.person_patient_link.notes IS 'Optional notes about why/how they were linked';
COMMENT ON COLUMN public.person_patient_link.active IS 'Whether link is active (allows soft delete)';
COMMENT ON COLUMN public.pnotes.deleted IS 'flag indicates note is deleted';
COMMENT ON COLUMN public.pnotes.is_msg_encrypted IS 'Whether messsage encrypted 0-Not encrypted, 1-Encrypted';
COMMENT ON TABLE public.preference_value_sets IS 'Answer lists for preference codes';
COMMENT ON COLUMN public.prescriptions.date_added IS 'Datetime the prescriptions was initially created';
COMMENT ON COLUMN public.prescriptions.date_modified IS 'Datetime the prescriptions was last modified';
COMMENT ON COLUMN public.prescriptions.route IS 'Max size 100 characters is same max as immunizations';
COMMENT ON COLUMN public.prescriptions.erx_source IS '0-OpenEMR 1-External';
COMMENT ON COLUMN public.prescriptions.erx_uploaded IS '0-Pending NewCrop upload 1-Uploaded to NewCrop';
COMMENT ON COLUMN public.prescriptions.usage_category IS 'option_id in list_options.list_id=medication-usage-category';
COMMENT ON COLUMN public.prescriptions.usage_category_title IS 'title in list_options.list_id=medication-usage-category';
COMMENT ON COLUMN public.prescriptions.request_intent IS 'option_id in list_options.list_id=medication-request-intent';
COMMENT ON COLUMN public.prescriptions.request_intent_title IS 'title in list_options.list_id=medication-request-intent';
COMMENT ON COLUMN public.prescriptions.drug_dosage_instructions IS 'Medication dosage instructions';
COMMENT ON COLUMN public.prescriptions.diagnosis IS 'Diagnosis or reason for the prescription';
COMMENT ON COLUMN public.prescriptions.created_by IS 'users.id the user that first created this record';
COMMENT ON COLUMN public.prescriptions.updated_by IS 'users.id the user that last modified this record';
COMMENT ON COLUMN public.prices.pr_selector IS 'template selector for drugs, empty for codes';
COMMENT ON COLUMN public.prices.pr_price IS 'price in local currency';
COMMENT ON COLUMN public.pro_assessments.form_oid IS 'unique id for specific instrument, pulled from assessment center API';
COMMENT ON COLUMN public.pro_assessments.form_name IS 'pulled from assessment center API';
COMMENT ON COLUMN public.pro_assessments.user_id IS 'ID for user that orders the form';
COMMENT ON COLUMN public.pro_assessments.deadline IS 'deadline to complete the form, will be used when sending notification and reminders';
COMMENT ON COLUMN public.pro_assessments.patient_id IS 'ID for patient to order the form for';
COMMENT ON COLUMN public.pro_assessments.assessment_oid IS 'unique id for this specific assessment, pulled from assessment center API';
COMMENT ON COLUMN public.pro_assessments.status IS 'ordered or completed';
COMMENT ON COLUMN public.pro_assessments.score IS 'T-Score for the assessment';
COMMENT ON COLUMN public.pro_assessments.error IS 'Standard error for the score';
COMMENT ON COLUMN public.pro_assessments.created_at IS 'timestamp recording the creation time of this assessment';
COMMENT ON COLUMN public.pro_assessments.updated_at IS 'this field indicates the completion time when the status is completed';
COMMENT ON COLUMN public.procedure_answers.procedure_order_id IS 'references procedure_order.procedure_order_id';
COMMENT ON COLUMN public.procedure_answers.procedure_order_seq IS 'references procedure_order_code.procedure_order_seq';
COMMENT ON COLUMN public.procedure_answers.question_code IS 'references procedure_questions.question_code';
COMMENT ON COLUMN public.procedure_answers.answer_seq IS 'supports multiple-choice questions. answer_seq, incremented in code';
COMMENT ON COLUMN public.procedure_answers.answer IS 'answer data';
COMMENT ON COLUMN public.procedure_order.provider_id IS 'references users.id, the ordering provider';
COMMENT ON COLUMN public.procedure_order.patient_id IS 'references patient_data.pid';
COMMENT ON COLUMN public.procedure_order.encounter_id IS 'references form_encounter.encounter';
COMMENT ON COLUMN public.procedure_order.date_collected IS 'time specimen collected';
COMMENT ON COLUMN public.procedure_order.order_status IS 'pending,routed,complete,canceled';
COMMENT ON COLUMN public.procedure_order.activity IS '0 if deleted';
COMMENT ON COLUMN public.procedure_order.control_id IS 'This is the CONTROL ID that is sent back from lab';
COMMENT ON COLUMN public.procedure_order.lab_id IS 'references procedure_providers.ppid';
COMMENT ON COLUMN public.procedure_order.specimen_type IS 'from the Specimen_Type list';
COMMENT ON COLUMN public.procedure_order.specimen_location IS 'from the Specimen_Location list';
COMMENT ON COLUMN public.procedure_order.specimen_volume IS 'from a text input field';
COMMENT ON COLUMN public.procedure_order.date_transmitted IS 'time of order transmission, null if unsent';
COMMENT ON COLUMN public.procedure_order.clinical_hx IS 'clinical history text that may be relevant to the order';
COMMENT ON COLUMN public.procedure_order.history_order IS 'references order is added for history purpose only.';
COMMENT ON COLUMN public.procedure_order.order_diagnosis IS 'primary order diagnosis';
COMMENT ON COLUMN public.procedure_order.scheduled_date IS 'Scheduled date for service (FHIR occurrence[x])';
COMMENT ON COLUMN public.procedure_order.scheduled_start IS 'Scheduled start time (FHIR occurrencePeriod.start)';
COMMENT ON COLUMN public.procedure_order.scheduled_end IS 'Scheduled end time (FHIR occurrencePeriod.end)';
COMMENT ON COLUMN public.procedure_order.performer_type IS 'Type of performer: laboratory, radiology, pathology (SNOMED CT)';
COMMENT ON COLUMN public.procedure_order.order_intent IS 'FHIR intent: order, plan, directive, proposal';
COMMENT ON COLUMN public.procedure_order.location_id IS 'References facility.id for service location (FHIR locationReference)';
COMMENT ON COLUMN public.procedure_order_code.procedure_order_id IS 'references procedure_order.procedure_order_id';
COMMENT ON COLUMN public.procedure_order_code.procedure_order_seq IS 'Supports multiple tests per order. Procedure_order_seq, incremented in code';
COMMENT ON COLUMN public.procedure_order_code.procedure_code IS 'like procedure_type.procedure_code';
COMMENT ON COLUMN public.procedure_order_code.procedure_name IS 'descriptive name of the procedure code';
COMMENT ON COLUMN public.procedure_order_code.procedure_source IS '1=original order, 2=added after order sent';
COMMENT ON COLUMN public.procedure_order_code.diagnoses IS 'diagnoses and maybe other coding (e.g. ICD9:111.11)';
COMMENT ON COLUMN public.procedure_order_code.do_not_send IS '0 = normal, 1 = do not transmit to lab';
COMMENT ON TABLE public.procedure_order_relationships IS 'Links ServiceRequests to supporting clinical information';
COMMENT ON COLUMN public.procedure_order_relationships.procedure_order_id IS 'Links to procedure_order.procedure_order_id';
COMMENT ON COLUMN public.procedure_order_relationships.resource_type IS 'FHIR resource type (Observation, Condition, etc.)';
COMMENT ON COLUMN public.procedure_order_relationships.resource_uuid IS 'UUID of the related resource';
COMMENT ON COLUMN public.procedure_order_relationships.relationship IS 'Type of relationship';
COMMENT ON COLUMN public.procedure_order_relationships.created_by IS 'User who created this link';
COMMENT ON COLUMN public.procedure_providers.send_app_id IS 'Sending application ID (MSH-3.1)';
COMMENT ON COLUMN public.procedure_providers.send_fac_id IS 'Sending facility ID (MSH-4.1)';
COMMENT ON COLUMN public.procedure_providers.recv_app_id IS 'Receiving application ID (MSH-5.1)';
COMMENT ON COLUMN public.procedure_providers.recv_fac_id IS 'Receiving facility ID (MSH-6.1)';
COMMENT ON COLUMN public.procedure_providers.dorp IS 'Debugging or Production (MSH-11)';
COMMENT ON COLUMN public.procedure_providers.direction IS 'Bidirectional or Results-only';
COMMENT ON COLUMN public.procedure_questions.lab_id IS 'references procedure_providers.ppid to identify the lab';
COMMENT ON COLUMN public.procedure_questions.procedure_code IS 'references procedure_type.procedure_code to identify this order type';
COMMENT ON COLUMN public.procedure_questions.question_code IS 'code identifying this question';
COMMENT ON COLUMN public.procedure_questions.seq IS 'sequence number for ordering';
COMMENT ON COLUMN public.procedure_questions.question_text IS 'descriptive text for question_code';
COMMENT ON COLUMN public.procedure_questions.required IS '1 = required, 0 = not';
COMMENT ON COLUMN public.procedure_questions.maxsize IS 'maximum length if text input field';
COMMENT ON COLUMN public.procedure_questions.fldtype IS 'Text, Number, Select, Multiselect, Date, Gestational-age';
COMMENT ON COLUMN public.procedure_questions.options IS 'choices for fldtype S and T';
COMMENT ON COLUMN public.procedure_questions.tips IS 'Additional instructions for answering the question';
COMMENT ON COLUMN public.procedure_questions.activity IS '1 = active, 0 = inactive';
COMMENT ON COLUMN public.procedure_report.procedure_order_id IS 'references procedure_order.procedure_order_id';
COMMENT ON COLUMN public.procedure_report.procedure_order_seq IS 'references procedure_order_code.procedure_order_seq';
COMMENT ON COLUMN public.procedure_report.date_collected_tz IS '+-hhmm offset from UTC';
COMMENT ON COLUMN public.procedure_report.date_report_tz IS '+-hhmm offset from UTC';
COMMENT ON COLUMN public.procedure_report.source IS 'references users.id, who entered this data';
COMMENT ON COLUMN public.procedure_report.report_status IS 'received,complete,error';
COMMENT ON COLUMN public.procedure_report.review_status IS 'pending review status: received,reviewed';
COMMENT ON COLUMN public.procedure_report.report_notes IS 'notes from the lab';
COMMENT ON COLUMN public.procedure_result.procedure_report_id IS 'references procedure_report.procedure_report_id';
COMMENT ON COLUMN public.procedure_result.result_data_type IS 'N=Numeric, S=String, F=Formatted, E=External, L=Long text as first line of comments';
COMMENT ON COLUMN public.procedure_result.result_code IS 'LOINC code, might match a procedure_type.procedure_code';
COMMENT ON COLUMN public.procedure_result.result_text IS 'Description of result_code';
COMMENT ON COLUMN public.procedure_result.date IS 'lab-provided date specific to this result';
COMMENT ON COLUMN public.procedure_result.facility IS 'lab-provided testing facility ID';
COMMENT ON COLUMN public.procedure_result.abnormal IS 'no,yes,high,low';
COMMENT ON COLUMN public.procedure_result.comments IS 'comments from the lab';
COMMENT ON COLUMN public.procedure_result.document_id IS 'references documents.id if this result is a document';
COMMENT ON COLUMN public.procedure_result.result_status IS 'preliminary, cannot be done, final, corrected, incomplete...etc.';
COMMENT ON COLUMN public.procedure_result.date_end IS 'lab-provided end date specific to this result';
COMMENT ON COLUMN public.procedure_specimen.procedure_specimen_id IS 'record id';
COMMENT ON COLUMN public.procedure_specimen.uuid IS 'FHIR Specimen id';
COMMENT ON COLUMN public.procedure_specimen.procedure_order_id IS 'links to procedure_order.procedure_order_id';
COMMENT ON COLUMN public.procedure_specimen.procedure_order_seq IS 'links to procedure_order_code.procedure_order_seq (per test line)';
COMMENT ON COLUMN public.procedure_specimen.specimen_identifier IS 'tube/barcode/internal id';
COMMENT ON COLUMN public.procedure_specimen.accession_identifier IS 'lab accession number';
COMMENT ON COLUMN public.procedure_specimen.specimen_type_code IS 'prefer SNOMED CT code';
COMMENT ON COLUMN public.procedure_specimen.specimen_type IS 'display/text';
COMMENT ON COLUMN public.procedure_specimen.collected_date IS 'single instant';
COMMENT ON COLUMN public.procedure_specimen.collection_date_low IS 'period start';
COMMENT ON COLUMN public.procedure_specimen.collection_date_high IS 'period end';
COMMENT ON COLUMN public.procedure_specimen.condition_code IS 'HL7 v2 0493 (e.g., ACT, HEM)';
COMMENT ON COLUMN public.procedure_type.parent IS 'references procedure_type.procedure_type_id';
COMMENT ON COLUMN public.procedure_type.name IS 'name for this category, procedure or result type';
COMMENT ON COLUMN public.procedure_type.lab_id IS 'references procedure_providers.ppid, 0 means default to parent';
COMMENT ON COLUMN public.procedure_type.procedure_code IS 'code identifying this procedure';
COMMENT ON COLUMN public.procedure_type.procedure_type IS 'see list proc_type';
COMMENT ON COLUMN public.procedure_type.body_site IS 'where to do injection, e.g. arm, buttock';
COMMENT ON COLUMN public.procedure_type.specimen IS 'blood, urine, saliva, etc.';
COMMENT ON COLUMN public.procedure_type.route_admin IS 'oral, injection';
COMMENT ON COLUMN public.procedure_type.laterality IS 'left, right, ...';
COMMENT ON COLUMN public.procedure_type.description IS 'descriptive text for procedure_code';
COMMENT ON COLUMN public.procedure_type.standard_code IS 'industry standard code type and code (e.g. CPT4:12345)';
COMMENT ON COLUMN public.procedure_type.related_code IS 'suggested code(s) for followup services if result is abnormal';
COMMENT ON COLUMN public.procedure_type.units IS 'default for procedure_result.units';
COMMENT ON COLUMN public.procedure_type.range IS 'default for procedure_result.range';
COMMENT ON COLUMN public.procedure_type.seq IS 'sequence number for ordering';
COMMENT ON COLUMN public.procedure_type.activity IS '1=active, 0=inactive';
COMMENT ON COLUMN public.procedure_type.notes IS 'additional notes to enhance description';
COMMENT ON COLUMN public.product_registration.telemetry_disabled IS '1 opted out, disabled. NULL ask. 0 use option scopes';
COMMENT ON COLUMN public.product_registration.options IS 'JSON array of scope options';
COMMENT ON COLUMN public.questionnaire_repository.category IS 'Used for grouping and organizing ';
COMMENT ON COLUMN public.questionnaire_response.response_id IS 'A globally unique id for answer set. String version of UUID';
COMMENT ON COLUMN public.questionnaire_response.questionnaire_foreign_id IS 'questionnaire_repository id for subject questionnaire';
COMMENT ON COLUMN public.questionnaire_response.questionnaire_id IS 'Id for questionnaire content. String version of UUID';
COMMENT ON COLUMN public.questionnaire_response.encounter IS 'May or may not be associated with an encounter';
COMMENT ON COLUMN public.questionnaire_response.creator_user_id IS 'user id if answers are provider';
COMMENT ON COLUMN public.questionnaire_response.status IS 'form current status. completed,active,incomplete';
COMMENT ON COLUMN public.questionnaire_response.questionnaire IS 'the subject questionnaire json';
COMMENT ON COLUMN public.questionnaire_response.questionnaire_response IS 'questionnaire response json';
COMMENT ON COLUMN public.questionnaire_response.form_response IS 'lform answers array json';
COMMENT ON COLUMN public.questionnaire_response.form_score IS 'Arithmetic scoring of questionnaires';
COMMENT ON COLUMN public.questionnaire_response.tscore IS 'T-Score';
COMMENT ON COLUMN public.questionnaire_response.error IS 'Standard error for the T-Score';
COMMENT ON COLUMN public.registry.form_foreign_id IS 'An id to a form repository. Primarily questionnaire_repository.';
COMMENT ON COLUMN public.report_itemized.numerator_label IS 'Only used in special cases';
COMMENT ON COLUMN public.report_itemized.pass IS '0 is fail, 1 is pass, 2 is excluded';
COMMENT ON COLUMN public.report_itemized.rule_id IS 'fk to clinical_rules.rule_id';
COMMENT ON COLUMN public.report_itemized.item_details IS 'JSON with specific sub item results for a clinical rule';
COMMENT ON COLUMN public.rule_action.id IS 'Maps to the id column in the clinical_rules table';
COMMENT ON COLUMN public.rule_action.group_id IS 'Contains group id to identify collection of targets in a rule';
COMMENT ON COLUMN public.rule_action.category IS 'Maps to the category item in the rule_action_item table';
COMMENT ON COLUMN public.rule_action.item IS 'Maps to the item column in the rule_action_item table';
COMMENT ON COLUMN public.rule_action_item.category IS 'Maps to list_options list rule_action_category';
COMMENT ON COLUMN public.rule_action_item.item IS 'Maps to list_options list rule_action';
COMMENT ON COLUMN public.rule_action_item.clin_rem_link IS 'Custom html link in clinical reminder widget';
COMMENT ON COLUMN public.rule_action_item.reminder_message IS 'Custom message in patient reminder';
COMMENT ON COLUMN public.rule_action_item.custom_flag IS '1 indexed to rule_patient_data, 0 indexed within main schema';
COMMENT ON COLUMN public.rule_filter.id IS 'Maps to the id column in the clinical_rules table';
COMMENT ON COLUMN public.rule_filter.include_flag IS '0 is exclude and 1 is include';
COMMENT ON COLUMN public.rule_filter.required_flag IS '0 is optional and 1 is required';
COMMENT ON COLUMN public.rule_filter.method IS 'Maps to list_options list rule_filters';
COMMENT ON COLUMN public.rule_filter.method_detail IS 'Maps to list_options lists rule__intervals';
COMMENT ON COLUMN public.rule_patient_data.category IS 'Maps to the category item in the rule_action_item table';
COMMENT ON COLUMN public.rule_patient_data.item IS 'Maps to the item column in the rule_action_item table';
COMMENT ON COLUMN public.rule_patient_data.complete IS 'Maps to list_options list yesno';
COMMENT ON COLUMN public.rule_reminder.id IS 'Maps to the id column in the clinical_rules table';
COMMENT ON COLUMN public.rule_reminder.method IS 'Maps to list_options list rule_reminder_methods';
COMMENT ON COLUMN public.rule_reminder.method_detail IS 'Maps to list_options list rule_reminder_intervals';
COMMENT ON COLUMN public.rule_target.id IS 'Maps to the id column in the clinical_rules table';
COMMENT ON COLUMN public.rule_target.group_id IS 'Contains group id to identify collection of targets in a rule';
COMMENT ON COLUMN public.rule_target.include_flag IS '0 is exclude and 1 is include';
COMMENT ON COLUMN public.rule_target.required_flag IS '0 is required and 1 is optional';
COMMENT ON COLUMN public.rule_target.method IS 'Maps to list_options list rule_targets';
COMMENT ON COLUMN public.rule_target.value IS 'Data is dependent on the method';
COMMENT ON COLUMN public.rule_target."interval" IS 'Only used in interval entries';
COMMENT ON COLUMN public.shared_attributes.encounter IS '0 if patient attribute, else encounter attribute';
COMMENT ON COLUMN public.shared_attributes.field_id IS 'references layout_options.field_id';
COMMENT ON COLUMN public.shared_attributes.last_update IS 'time of last update';
COMMENT ON COLUMN public.shared_attributes.user_id IS 'user who last updated';
COMMENT ON COLUMN public.standardized_tables_track.name IS 'name of standardized tables such as RXNORM';
COMMENT ON COLUMN public.standardized_tables_track.revision_version IS 'revision of standardized tables that were imported';
COMMENT ON COLUMN public.standardized_tables_track.revision_date IS 'revision of standardized tables that were imported';
COMMENT ON TABLE public.track_events IS 'Telemetry Event Data';
COMMENT ON COLUMN public.users.country_code IS 'ISO 3166-1 alpha-2 country code for address but can take entire country name for now';
COMMENT ON COLUMN public.users.country_code2 IS 'ISO 3166-1 alpha-2 country code for address but can take entire country name for now';
COMMENT ON COLUMN public.users.calendar IS '1 = appears in calendar';
COMMENT ON TABLE public.users_facility IS 'joins users or patient_data to facility table';
COMMENT ON COLUMN public.voids.patient_id IS 'references patient_data.pid';
COMMENT ON COLUMN public.voids.encounter_id IS 'references form_encounter.encounter';
COMMENT ON COLUMN public.voids.what_voided IS 'checkout,receipt and maybe other options later';
COMMENT ON COLUMN public.voids.date_original IS 'time of original action that is now voided';
COMMENT ON COLUMN public.voids.date_voided IS 'time of void action';
COMMENT ON COLUMN public.voids.user_id IS 'references users.id';
COMMENT ON COLUMN public.voids.amount1 IS 'for checkout,receipt total voided adjustments';
COMMENT ON COLUMN public.voids.amount2 IS 'for checkout,receipt total voided payments';
COMMENT ON COLUMN public.voids.other_info IS 'for checkout,receipt the old invoice refno';
COMMENT ON COLUMN public.x12_partners.x12_isa01 IS 'User logon Required Indicator';
COMMENT ON COLUMN public.x12_partners.x12_isa02 IS 'User Logon';
COMMENT ON COLUMN public.x12_partners.x12_isa03 IS 'User password required Indicator';
COMMENT ON COLUMN public.x12_partners.x12_isa04 IS 'User Password';
