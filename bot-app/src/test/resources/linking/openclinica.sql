-- OpenClinica 3.x schema (core/src/main/resources/migration Liquibase changelogs, replayed on PostgreSQL 15), regenerated from the catalog as PostgreSQL DDL
CREATE SCHEMA openclinica;

CREATE TABLE openclinica.archived_dataset_file (
    archived_dataset_file_id integer NOT NULL,
    name character varying(255),
    dataset_id integer,
    export_format_id integer,
    file_reference character varying(1000),
    run_time integer,
    file_size integer,
    date_created timestamp(6) without time zone,
    owner_id integer,
    CONSTRAINT archived_dataset_file_pkey PRIMARY KEY (archived_dataset_file_id)
);

CREATE TABLE openclinica.audit_event (
    audit_id integer NOT NULL,
    audit_date timestamp without time zone NOT NULL,
    audit_table character varying(500) NOT NULL,
    user_id integer,
    entity_id integer,
    reason_for_change character varying(1000),
    action_message character varying(4000),
    CONSTRAINT audit_event_pkey PRIMARY KEY (audit_id)
);

CREATE TABLE openclinica.audit_event_context (
    audit_id integer,
    study_id integer,
    subject_id integer,
    study_subject_id integer,
    role_name character varying(200),
    event_crf_id integer,
    study_event_id integer,
    study_event_definition_id integer,
    crf_id integer,
    crf_version_id integer,
    study_crf_id integer,
    item_id integer
);

CREATE TABLE openclinica.audit_event_values (
    audit_id integer,
    column_name character varying(255),
    old_value character varying(2000),
    new_value character varying(2000)
);

CREATE TABLE openclinica.audit_log_event (
    audit_id integer NOT NULL,
    audit_date timestamp without time zone NOT NULL,
    audit_table character varying(500) NOT NULL,
    user_id integer,
    entity_id integer,
    entity_name character varying(500),
    reason_for_change character varying(1000),
    audit_log_event_type_id integer,
    old_value character varying(4000),
    new_value character varying(4000),
    event_crf_id integer,
    study_event_id integer,
    event_crf_version_id integer,
    item_data_repeat_key character varying(4000),
    CONSTRAINT audit_log_event_pkey PRIMARY KEY (audit_id)
);

CREATE TABLE openclinica.audit_log_event_type (
    audit_log_event_type_id integer NOT NULL,
    name character varying(255),
    CONSTRAINT audit_log_event_type_pkey PRIMARY KEY (audit_log_event_type_id)
);

CREATE TABLE openclinica.audit_user_login (
    id integer NOT NULL,
    user_name character varying(255),
    user_account_id integer,
    login_attempt_date timestamp without time zone,
    login_status_code integer,
    version integer,
    details character varying(255),
    CONSTRAINT audit_user_login_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.authorities (
    id integer NOT NULL,
    username character varying(64) NOT NULL,
    authority character varying(50) NOT NULL,
    version integer
);

CREATE TABLE openclinica.completion_status (
    completion_status_id integer NOT NULL,
    status_id integer,
    name character varying(255),
    description character varying(1000),
    CONSTRAINT completion_status_pkey PRIMARY KEY (completion_status_id)
);

CREATE TABLE openclinica.configuration (
    id integer NOT NULL,
    key character varying(255),
    value character varying(255),
    description character varying(512),
    version integer,
    CONSTRAINT configuration_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.crf (
    crf_id integer NOT NULL,
    status_id integer,
    name character varying(255),
    description character varying(2048),
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    oc_oid character varying(40) NOT NULL,
    source_study_id integer,
    CONSTRAINT crf_pkey PRIMARY KEY (crf_id)
);

CREATE TABLE openclinica.crf_version (
    crf_version_id integer NOT NULL,
    crf_id integer NOT NULL,
    name character varying(255),
    description character varying(4000),
    revision_notes character varying(255),
    status_id integer,
    date_created date,
    date_updated date,
    owner_id integer,
    update_id integer,
    oc_oid character varying(40) NOT NULL,
    xform text,
    xform_name character varying(255),
    CONSTRAINT crf_version_pkey PRIMARY KEY (crf_version_id)
);

CREATE TABLE openclinica.crf_version_media (
    crf_version_media_id integer NOT NULL,
    crf_version_id integer NOT NULL,
    name character varying(255) NOT NULL,
    path character varying(4000) NOT NULL,
    CONSTRAINT crf_version_media_pkey PRIMARY KEY (crf_version_media_id)
);

CREATE TABLE openclinica.dataset (
    dataset_id integer NOT NULL,
    study_id integer,
    status_id integer,
    name character varying(255),
    description character varying(2000),
    sql_statement text,
    num_runs integer,
    date_start date,
    date_end date,
    date_created date,
    date_updated date,
    date_last_run date,
    owner_id integer,
    approver_id integer,
    update_id integer,
    show_event_location boolean,
    show_event_start boolean,
    show_event_end boolean,
    show_subject_dob boolean,
    show_subject_gender boolean,
    show_event_status boolean,
    show_subject_status boolean,
    show_subject_unique_id boolean,
    show_subject_age_at_event boolean,
    show_crf_status boolean,
    show_crf_version boolean,
    show_crf_int_name boolean,
    show_crf_int_date boolean,
    show_group_info boolean,
    show_disc_info boolean,
    odm_metadataversion_name character varying(255),
    odm_metadataversion_oid character varying(255),
    odm_prior_study_oid character varying(255),
    odm_prior_metadataversion_oid character varying(255),
    show_secondary_id boolean,
    dataset_item_status_id integer,
    CONSTRAINT dataset_pkey PRIMARY KEY (dataset_id)
);

CREATE TABLE openclinica.dataset_crf_version_map (
    dataset_id integer,
    event_definition_crf_id integer
);

CREATE TABLE openclinica.dataset_filter_map (
    dataset_id integer,
    filter_id integer,
    ordinal integer
);

CREATE TABLE openclinica.dataset_item_status (
    dataset_item_status_id integer NOT NULL,
    name character varying(50),
    description character varying(255),
    CONSTRAINT dataset_item_status_pkey PRIMARY KEY (dataset_item_status_id)
);

CREATE TABLE openclinica.dataset_study_group_class_map (
    dataset_id integer NOT NULL,
    study_group_class_id integer NOT NULL
);

CREATE TABLE openclinica.dc_computed_event (
    dc_summary_event_id integer NOT NULL,
    dc_event_id integer NOT NULL,
    item_target_id integer,
    summary_type character varying(255),
    CONSTRAINT dc_computed_event_pkey PRIMARY KEY (dc_summary_event_id)
);

CREATE TABLE openclinica.dc_event (
    dc_event_id integer NOT NULL,
    decision_condition_id integer,
    ordinal integer NOT NULL,
    type character varying(256) NOT NULL,
    CONSTRAINT dc_event_pkey PRIMARY KEY (dc_event_id)
);

CREATE TABLE openclinica.dc_primitive (
    dc_primitive_id integer NOT NULL,
    decision_condition_id integer,
    item_id integer,
    dynamic_value_item_id integer,
    comparison character varying(3) NOT NULL,
    constant_value character varying(4000),
    CONSTRAINT dc_primitive_pkey PRIMARY KEY (dc_primitive_id)
);

CREATE TABLE openclinica.dc_section_event (
    dc_event_id integer NOT NULL,
    section_id integer NOT NULL,
    CONSTRAINT dc_section_event_pkey PRIMARY KEY (dc_event_id)
);

CREATE TABLE openclinica.dc_send_email_event (
    dc_event_id integer NOT NULL,
    to_address character varying(1000) NOT NULL,
    subject character varying(1000),
    body character varying(4000),
    CONSTRAINT dc_send_email_event_pkey PRIMARY KEY (dc_event_id)
);

CREATE TABLE openclinica.dc_substitution_event (
    dc_event_id integer NOT NULL,
    item_id integer,
    value character varying(1000) NOT NULL,
    CONSTRAINT dc_substitution_event_pkey PRIMARY KEY (dc_event_id)
);

CREATE TABLE openclinica.dc_summary_item_map (
    dc_summary_event_id integer,
    item_id integer,
    ordinal integer
);

CREATE TABLE openclinica.decision_condition (
    decision_condition_id integer NOT NULL,
    crf_version_id integer,
    status_id integer,
    label character varying(1000) NOT NULL,
    comments character varying(3000) NOT NULL,
    quantity integer NOT NULL,
    type character varying(3) NOT NULL,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    CONSTRAINT decision_condition_pkey PRIMARY KEY (decision_condition_id)
);

CREATE TABLE openclinica.discrepancy_note (
    discrepancy_note_id integer NOT NULL,
    description character varying(2040),
    discrepancy_note_type_id integer,
    resolution_status_id integer,
    detailed_notes character varying(1000),
    date_created timestamp with time zone,
    owner_id integer,
    parent_dn_id integer,
    entity_type character varying(30),
    study_id integer,
    assigned_user_id integer,
    CONSTRAINT discrepancy_note_pkey PRIMARY KEY (discrepancy_note_id)
);

CREATE TABLE openclinica.discrepancy_note_type (
    discrepancy_note_type_id integer NOT NULL,
    name character varying(50),
    description character varying(255),
    CONSTRAINT discrepancy_note_type_pkey PRIMARY KEY (discrepancy_note_type_id)
);

CREATE TABLE openclinica.dn_event_crf_map (
    event_crf_id integer,
    discrepancy_note_id integer,
    column_name character varying(255)
);

CREATE TABLE openclinica.dn_item_data_map (
    item_data_id integer,
    discrepancy_note_id integer,
    column_name character varying(255),
    study_subject_id integer,
    activated boolean
);

CREATE TABLE openclinica.dn_study_event_map (
    study_event_id integer,
    discrepancy_note_id integer,
    column_name character varying(255)
);

CREATE TABLE openclinica.dn_study_subject_map (
    study_subject_id integer,
    discrepancy_note_id integer,
    column_name character varying(255)
);

CREATE TABLE openclinica.dn_subject_map (
    subject_id integer,
    discrepancy_note_id integer,
    column_name character varying(255)
);

CREATE TABLE openclinica.dyn_item_form_metadata (
    id integer NOT NULL,
    item_form_metadata_id integer,
    item_id integer,
    crf_version_id integer,
    show_item boolean,
    event_crf_id integer,
    version integer,
    item_data_id integer,
    passed_dde integer,
    CONSTRAINT dyn_item_form_metadata_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.dyn_item_group_metadata (
    id integer NOT NULL,
    item_group_metadata_id integer,
    item_group_id integer,
    show_group boolean,
    event_crf_id integer,
    version integer,
    passed_dde integer,
    CONSTRAINT dyn_item_group_metadata_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.event_crf (
    event_crf_id integer NOT NULL,
    study_event_id integer,
    crf_version_id integer,
    date_interviewed date,
    interviewer_name character varying(255),
    completion_status_id integer,
    status_id integer,
    annotations character varying(4000),
    date_completed timestamp without time zone,
    validator_id integer,
    date_validate date,
    date_validate_completed timestamp without time zone,
    validator_annotations character varying(4000),
    validate_string character varying(256),
    owner_id integer,
    date_created timestamp with time zone,
    study_subject_id integer,
    date_updated timestamp with time zone,
    update_id integer,
    electronic_signature_status boolean,
    sdv_status boolean NOT NULL,
    old_status_id integer,
    sdv_update_id integer,
    CONSTRAINT event_crf_pkey PRIMARY KEY (event_crf_id)
);

CREATE TABLE openclinica.event_crf_flag (
    id integer NOT NULL,
    path character varying(255),
    tag_id integer,
    flag_workflow_id integer,
    owner_id integer,
    update_id integer,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    CONSTRAINT pk_event_crf_flag PRIMARY KEY (id)
);

CREATE TABLE openclinica.event_crf_flag_workflow (
    id integer NOT NULL,
    workflow_id character varying(255),
    workflow_status character varying(255),
    owner_id integer,
    update_id integer,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    CONSTRAINT pk_event_crf_flag_workflow PRIMARY KEY (id)
);

CREATE TABLE openclinica.event_definition_crf (
    event_definition_crf_id integer NOT NULL,
    study_event_definition_id integer,
    study_id integer,
    crf_id integer,
    required_crf boolean,
    double_entry boolean,
    require_all_text_filled boolean,
    decision_conditions boolean,
    null_values character varying(255),
    default_version_id integer,
    status_id integer,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    ordinal integer,
    electronic_signature boolean,
    hide_crf boolean,
    source_data_verification_code integer,
    selected_version_ids character varying(150),
    parent_id integer,
    participant_form boolean,
    allow_anonymous_submission boolean,
    submission_url character varying(255),
    CONSTRAINT event_definition_crf_pkey PRIMARY KEY (event_definition_crf_id)
);

CREATE TABLE openclinica.event_definition_crf_item_tag (
    id integer NOT NULL,
    path character varying(255),
    tag_id integer,
    active boolean,
    owner_id integer,
    update_id integer,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    CONSTRAINT pk_event_definition_crf_item_tag PRIMARY KEY (id)
);

CREATE TABLE openclinica.event_definition_crf_tag (
    id integer NOT NULL,
    path character varying(255),
    tag_id integer,
    active boolean,
    owner_id integer,
    update_id integer,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    CONSTRAINT pk_event_definition_crf_tag PRIMARY KEY (id)
);

CREATE TABLE openclinica.export_format (
    export_format_id integer NOT NULL,
    name character varying(255),
    description character varying(1000),
    mime_type character varying(255),
    CONSTRAINT export_format_pkey PRIMARY KEY (export_format_id)
);

CREATE TABLE openclinica.filter (
    filter_id integer NOT NULL,
    name character varying(255),
    description character varying(2000),
    sql_statement character varying(4000),
    status_id integer,
    date_created date,
    date_updated date,
    owner_id integer NOT NULL,
    update_id integer,
    CONSTRAINT filter_pkey PRIMARY KEY (filter_id)
);

CREATE TABLE openclinica.filter_crf_version_map (
    filter_id integer,
    crf_version_id integer
);

CREATE TABLE openclinica.group_class_types (
    group_class_type_id integer NOT NULL,
    name character varying(255),
    description character varying(1000),
    CONSTRAINT group_class_types_pkey PRIMARY KEY (group_class_type_id)
);

CREATE TABLE openclinica.item (
    item_id integer NOT NULL,
    name character varying(255),
    description character varying(4000),
    units character varying(64),
    phi_status boolean,
    item_data_type_id integer,
    item_reference_type_id integer,
    status_id integer,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    oc_oid character varying(40) NOT NULL,
    CONSTRAINT item_pkey PRIMARY KEY (item_id)
);

CREATE TABLE openclinica.item_data (
    item_data_id integer NOT NULL,
    item_id integer NOT NULL,
    event_crf_id integer,
    status_id integer,
    value character varying(4000),
    date_created date,
    date_updated date,
    owner_id integer,
    update_id integer,
    ordinal integer,
    old_status_id integer,
    deleted boolean,
    CONSTRAINT item_data_pkey PRIMARY KEY (item_data_id)
);

CREATE TABLE openclinica.item_data_flag (
    id integer NOT NULL,
    path character varying(255),
    tag_id integer,
    flag_workflow_id integer,
    owner_id integer,
    update_id integer,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    CONSTRAINT pk_item_data_flag PRIMARY KEY (id)
);

CREATE TABLE openclinica.item_data_flag_workflow (
    id integer NOT NULL,
    workflow_id character varying(255),
    workflow_status character varying(255),
    owner_id integer,
    update_id integer,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    CONSTRAINT pk_item_data_flag_workflow PRIMARY KEY (id)
);

CREATE TABLE openclinica.item_data_type (
    item_data_type_id integer NOT NULL,
    code character varying(20),
    name character varying(255),
    definition character varying(1000),
    reference character varying(1000),
    CONSTRAINT item_data_type_pkey PRIMARY KEY (item_data_type_id)
);

CREATE TABLE openclinica.item_form_metadata (
    item_form_metadata_id integer NOT NULL,
    item_id integer NOT NULL,
    crf_version_id integer,
    header character varying(2000),
    subheader character varying(240),
    parent_id integer,
    parent_label character varying(120),
    column_number integer,
    page_number_label character varying(5),
    question_number_label character varying(20),
    left_item_text character varying(4000),
    right_item_text character varying(2000),
    section_id integer NOT NULL,
    decision_condition_id integer,
    response_set_id integer NOT NULL,
    regexp character varying(1000),
    regexp_error_msg character varying(255),
    ordinal integer NOT NULL,
    required boolean,
    default_value character varying(4000),
    response_layout character varying(255),
    width_decimal character varying(10),
    show_item boolean,
    CONSTRAINT item_form_metadata_pkey PRIMARY KEY (item_form_metadata_id)
);

CREATE TABLE openclinica.item_group (
    item_group_id integer NOT NULL,
    name character varying(255),
    crf_id integer NOT NULL,
    status_id integer,
    date_created date,
    date_updated date,
    owner_id integer,
    update_id integer,
    oc_oid character varying(40) NOT NULL,
    CONSTRAINT item_group_pkey PRIMARY KEY (item_group_id)
);

CREATE TABLE openclinica.item_group_metadata (
    item_group_metadata_id integer NOT NULL,
    item_group_id integer NOT NULL,
    header character varying(255),
    subheader character varying(255),
    layout character varying(100),
    repeat_number integer,
    repeat_max integer,
    repeat_array character varying(255),
    row_start_number integer,
    crf_version_id integer NOT NULL,
    item_id integer NOT NULL,
    ordinal integer NOT NULL,
    borders integer,
    show_group boolean,
    repeating_group boolean NOT NULL,
    CONSTRAINT item_group_metadata_pkey PRIMARY KEY (item_group_metadata_id)
);

CREATE TABLE openclinica.item_reference_type (
    item_reference_type_id integer NOT NULL,
    name character varying(255),
    description character varying(1000),
    CONSTRAINT item_reference_type_pkey PRIMARY KEY (item_reference_type_id)
);

CREATE TABLE openclinica.measurement_unit (
    id integer NOT NULL,
    oc_oid character varying(40) NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(255),
    version integer,
    CONSTRAINT measurement_unit_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.null_value_type (
    null_value_type_id integer NOT NULL,
    code character varying(20),
    name character varying(255),
    definition character varying(1000),
    reference character varying(1000),
    CONSTRAINT null_value_type_pkey PRIMARY KEY (null_value_type_id)
);

CREATE TABLE openclinica.oc_qrtz_blob_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    blob_data bytea,
    CONSTRAINT oc_qrtz_blob_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);

CREATE TABLE openclinica.oc_qrtz_calendars (
    calendar_name character varying(200) NOT NULL,
    calendar bytea NOT NULL,
    CONSTRAINT oc_qrtz_calendars_pkey PRIMARY KEY (calendar_name)
);

CREATE TABLE openclinica.oc_qrtz_cron_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    cron_expression character varying(120) NOT NULL,
    time_zone_id character varying(80),
    CONSTRAINT oc_qrtz_cron_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);

CREATE TABLE openclinica.oc_qrtz_fired_triggers (
    entry_id character varying(95) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    is_volatile boolean NOT NULL,
    instance_name character varying(200) NOT NULL,
    fired_time bigint NOT NULL,
    priority integer NOT NULL,
    state character varying(16) NOT NULL,
    job_name character varying(200),
    job_group character varying(200),
    is_stateful boolean,
    requests_recovery boolean,
    CONSTRAINT oc_qrtz_fired_triggers_pkey PRIMARY KEY (entry_id)
);

CREATE TABLE openclinica.oc_qrtz_job_details (
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    description character varying(250),
    job_class_name character varying(250) NOT NULL,
    is_durable boolean NOT NULL,
    is_volatile boolean NOT NULL,
    is_stateful boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data bytea,
    CONSTRAINT oc_qrtz_job_details_pkey PRIMARY KEY (job_name, job_group)
);

CREATE TABLE openclinica.oc_qrtz_job_listeners (
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    job_listener character varying(200) NOT NULL,
    CONSTRAINT oc_qrtz_job_listeners_pkey PRIMARY KEY (job_name, job_group, job_listener)
);

CREATE TABLE openclinica.oc_qrtz_locks (
    lock_name character varying(40) NOT NULL,
    CONSTRAINT oc_qrtz_locks_pkey PRIMARY KEY (lock_name)
);

CREATE TABLE openclinica.oc_qrtz_paused_trigger_grps (
    trigger_group character varying(200) NOT NULL,
    CONSTRAINT oc_qrtz_paused_trigger_grps_pkey PRIMARY KEY (trigger_group)
);

CREATE TABLE openclinica.oc_qrtz_scheduler_state (
    instance_name character varying(200) NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval bigint NOT NULL,
    CONSTRAINT oc_qrtz_scheduler_state_pkey PRIMARY KEY (instance_name)
);

CREATE TABLE openclinica.oc_qrtz_simple_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    repeat_count bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    CONSTRAINT oc_qrtz_simple_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);

CREATE TABLE openclinica.oc_qrtz_trigger_listeners (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    trigger_listener character varying(200) NOT NULL,
    CONSTRAINT oc_qrtz_trigger_listeners_pkey PRIMARY KEY (trigger_name, trigger_group, trigger_listener)
);

CREATE TABLE openclinica.oc_qrtz_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    is_volatile boolean NOT NULL,
    description character varying(250),
    next_fire_time bigint,
    prev_fire_time bigint,
    priority integer,
    trigger_state character varying(16) NOT NULL,
    trigger_type character varying(8) NOT NULL,
    start_time bigint NOT NULL,
    end_time bigint,
    calendar_name character varying(200),
    misfire_instr smallint,
    job_data bytea,
    CONSTRAINT oc_qrtz_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);

CREATE TABLE openclinica.openclinica_version (
    id integer NOT NULL,
    name character varying(255),
    build_number character varying(1000),
    version integer,
    update_timestamp timestamp without time zone,
    CONSTRAINT openclinica_version_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.privilege (
    priv_id integer NOT NULL,
    priv_name character varying(50),
    priv_desc character varying(2000),
    CONSTRAINT privilege_pkey PRIMARY KEY (priv_id)
);

CREATE TABLE openclinica.resolution_status (
    resolution_status_id integer NOT NULL,
    name character varying(50),
    description character varying(255),
    CONSTRAINT resolution_status_pkey PRIMARY KEY (resolution_status_id)
);

CREATE TABLE openclinica.response_set (
    response_set_id integer NOT NULL,
    response_type_id integer,
    label character varying(80),
    options_text character varying(4000),
    options_values character varying(4000),
    version_id integer,
    CONSTRAINT response_set_pkey PRIMARY KEY (response_set_id)
);

CREATE TABLE openclinica.response_type (
    response_type_id integer NOT NULL,
    name character varying(255),
    description character varying(1000),
    CONSTRAINT response_type_pkey PRIMARY KEY (response_type_id)
);

CREATE TABLE openclinica.role_privilege_map (
    role_id integer NOT NULL,
    priv_id integer NOT NULL,
    priv_value character varying(50)
);

CREATE TABLE openclinica.rule (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    oc_oid character varying(40),
    enabled boolean,
    rule_expression_id integer NOT NULL,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    status_id integer,
    version integer,
    study_id integer,
    CONSTRAINT rule_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_action (
    id integer NOT NULL,
    rule_set_rule_id integer NOT NULL,
    action_type integer NOT NULL,
    expression_evaluates_to boolean NOT NULL,
    message character varying(2040),
    email_to character varying(255),
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    status_id integer,
    version integer,
    rule_action_run_id integer,
    oc_oid_reference character varying(4000),
    email_subject character varying(1020),
    CONSTRAINT rule_action_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_action_property (
    id integer NOT NULL,
    rule_action_id integer,
    oc_oid character varying(512),
    value character varying(512),
    version integer,
    rule_expression_id integer,
    property character varying(4000),
    CONSTRAINT rule_action_property_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_action_run (
    id integer NOT NULL,
    administrative_data_entry boolean,
    initial_data_entry boolean,
    double_data_entry boolean,
    import_data_entry boolean,
    batch boolean,
    version integer,
    not_started boolean,
    scheduled boolean,
    data_entry_started boolean,
    complete boolean,
    skipped boolean,
    stopped boolean,
    CONSTRAINT rule_action_run_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_action_run_log (
    id integer NOT NULL,
    action_type integer,
    item_data_id integer,
    value character varying(4000),
    rule_oc_oid character varying(40),
    version integer,
    CONSTRAINT rule_action_run_log_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_action_stratification_factor (
    id integer NOT NULL,
    rule_action_id integer,
    version integer,
    rule_expression_id integer,
    CONSTRAINT rule_action_stratification_factor_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_expression (
    id integer NOT NULL,
    value character varying(2040) NOT NULL,
    context integer NOT NULL,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    status_id integer,
    version integer,
    CONSTRAINT rule_expression_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_set (
    id integer NOT NULL,
    rule_expression_id integer NOT NULL,
    study_event_definition_id integer,
    crf_id integer,
    crf_version_id integer,
    study_id integer NOT NULL,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    status_id integer,
    version integer,
    item_id integer,
    item_group_id integer,
    run_schedule boolean,
    run_time character varying(255),
    CONSTRAINT rule_set_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_set_audit (
    id integer NOT NULL,
    rule_set_id integer NOT NULL,
    date_updated date,
    updater_id integer,
    status_id integer,
    version integer,
    CONSTRAINT rule_set_audit_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_set_rule (
    id integer NOT NULL,
    rule_set_id integer NOT NULL,
    rule_id integer NOT NULL,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    status_id integer,
    version integer,
    CONSTRAINT rule_set_rule_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.rule_set_rule_audit (
    id integer NOT NULL,
    rule_set_rule_id integer NOT NULL,
    date_updated date,
    updater_id integer,
    status_id integer,
    version integer,
    CONSTRAINT rule_set_rule_audit_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.scd_item_metadata (
    id integer NOT NULL,
    scd_item_form_metadata_id integer,
    control_item_form_metadata_id integer,
    control_item_name character varying(255),
    option_value character varying(500),
    message character varying(3000),
    version integer,
    CONSTRAINT scd_item_metadata_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.section (
    section_id integer NOT NULL,
    crf_version_id integer NOT NULL,
    status_id integer,
    label character varying(2000),
    title character varying(2000),
    subtitle character varying(2000),
    instructions character varying(2000),
    page_number_label character varying(5),
    ordinal integer,
    parent_id integer,
    date_created date,
    date_updated date,
    owner_id integer NOT NULL,
    update_id integer,
    borders integer,
    CONSTRAINT section_pkey PRIMARY KEY (section_id)
);

CREATE TABLE openclinica.status (
    status_id integer NOT NULL,
    name character varying(255),
    description character varying(1000),
    CONSTRAINT status_pkey PRIMARY KEY (status_id)
);

CREATE TABLE openclinica.study (
    study_id integer NOT NULL,
    parent_study_id integer,
    unique_identifier character varying(30),
    secondary_identifier character varying(255),
    name character varying(255),
    summary character varying(255),
    date_planned_start date,
    date_planned_end date,
    date_created date,
    date_updated date,
    owner_id integer,
    update_id integer,
    type_id integer,
    status_id integer,
    principal_investigator character varying(255),
    facility_name character varying(255),
    facility_city character varying(255),
    facility_state character varying(20),
    facility_zip character varying(64),
    facility_country character varying(64),
    facility_recruitment_status character varying(60),
    facility_contact_name character varying(255),
    facility_contact_degree character varying(255),
    facility_contact_phone character varying(255),
    facility_contact_email character varying(255),
    protocol_type character varying(30),
    protocol_description character varying(1000),
    protocol_date_verification date,
    phase character varying(30),
    expected_total_enrollment integer,
    sponsor character varying(255),
    collaborators character varying(1000),
    medline_identifier character varying(255),
    url character varying(255),
    url_description character varying(255),
    conditions character varying(500),
    keywords character varying(255),
    eligibility character varying(500),
    gender character varying(30),
    age_max character varying(3),
    age_min character varying(3),
    healthy_volunteer_accepted boolean,
    purpose character varying(64),
    allocation character varying(64),
    masking character varying(30),
    control character varying(30),
    assignment character varying(30),
    endpoint character varying(64),
    interventions character varying(1000),
    duration character varying(30),
    selection character varying(30),
    timing character varying(30),
    official_title character varying(255),
    results_reference boolean,
    oc_oid character varying(40) NOT NULL,
    old_status_id integer,
    CONSTRAINT study_pkey PRIMARY KEY (study_id)
);

CREATE TABLE openclinica.study_event (
    study_event_id integer NOT NULL,
    study_event_definition_id integer,
    study_subject_id integer,
    location character varying(2000),
    sample_ordinal integer,
    date_start timestamp without time zone,
    date_end timestamp without time zone,
    owner_id integer,
    status_id integer,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    update_id integer,
    subject_event_status_id integer,
    start_time_flag boolean,
    end_time_flag boolean,
    CONSTRAINT study_event_pkey PRIMARY KEY (study_event_id)
);

CREATE TABLE openclinica.study_event_definition (
    study_event_definition_id integer NOT NULL,
    study_id integer,
    name character varying(2000),
    description character varying(2000),
    repeating boolean,
    type character varying(20),
    category character varying(2000),
    owner_id integer,
    status_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    ordinal integer,
    oc_oid character varying(40) NOT NULL,
    CONSTRAINT study_event_definition_pkey PRIMARY KEY (study_event_definition_id)
);

CREATE TABLE openclinica.study_group (
    study_group_id integer NOT NULL,
    name character varying(255),
    description character varying(1000),
    study_group_class_id integer,
    CONSTRAINT study_group_pkey PRIMARY KEY (study_group_id)
);

CREATE TABLE openclinica.study_group_class (
    study_group_class_id integer NOT NULL,
    name character varying(30),
    study_id integer,
    owner_id integer,
    date_created date,
    group_class_type_id integer,
    status_id integer,
    date_updated date,
    update_id integer,
    subject_assignment character varying(30),
    CONSTRAINT study_group_class_pkey PRIMARY KEY (study_group_class_id)
);

CREATE TABLE openclinica.study_module_status (
    id integer NOT NULL,
    study_id integer,
    study integer,
    crf integer,
    event_definition integer,
    subject_group integer,
    rule integer,
    site integer,
    users integer,
    version integer,
    date_created date,
    date_updated date,
    owner_id integer,
    update_id integer,
    status_id integer,
    CONSTRAINT study_module_status_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.study_parameter (
    study_parameter_id integer NOT NULL,
    handle character varying(50),
    name character varying(50),
    description character varying(255),
    default_value character varying(50),
    inheritable boolean,
    overridable boolean,
    CONSTRAINT study_parameter_pkey PRIMARY KEY (study_parameter_id),
    CONSTRAINT study_parameter_handle_key UNIQUE (handle)
);

CREATE TABLE openclinica.study_parameter_value (
    study_parameter_value_id integer NOT NULL,
    study_id integer,
    value character varying(50),
    parameter character varying(50)
);

CREATE TABLE openclinica.study_subject (
    study_subject_id integer NOT NULL,
    label character varying(30),
    secondary_label character varying(30),
    subject_id integer,
    study_id integer,
    status_id integer,
    enrollment_date date,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    owner_id integer,
    update_id integer,
    oc_oid character varying(40) NOT NULL,
    time_zone character varying(255),
    CONSTRAINT study_subject_pkey PRIMARY KEY (study_subject_id)
);

CREATE TABLE openclinica.study_type (
    study_type_id integer NOT NULL,
    name character varying(255),
    description character varying(1000),
    CONSTRAINT study_type_pkey PRIMARY KEY (study_type_id)
);

CREATE TABLE openclinica.study_user_role (
    role_name character varying(40),
    study_id integer,
    status_id integer,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    user_name character varying(64)
);

CREATE TABLE openclinica.subject (
    subject_id integer NOT NULL,
    father_id integer,
    mother_id integer,
    status_id integer,
    date_of_birth date,
    gender character(1),
    unique_identifier character varying(255),
    date_created timestamp with time zone,
    owner_id integer,
    date_updated timestamp with time zone,
    update_id integer,
    dob_collected boolean,
    CONSTRAINT subject_pkey PRIMARY KEY (subject_id)
);

CREATE TABLE openclinica.subject_event_status (
    subject_event_status_id integer NOT NULL,
    name character varying(255),
    description character varying(1000),
    CONSTRAINT subject_event_status_pkey PRIMARY KEY (subject_event_status_id)
);

CREATE TABLE openclinica.subject_group_map (
    subject_group_map_id integer NOT NULL,
    study_group_class_id integer,
    study_subject_id integer,
    study_group_id integer,
    status_id integer,
    owner_id integer,
    date_created date,
    date_updated date,
    update_id integer,
    notes character varying(255),
    CONSTRAINT subject_group_map_pkey PRIMARY KEY (subject_group_map_id)
);

CREATE TABLE openclinica.tag (
    id integer NOT NULL,
    tag_name character varying(255),
    workflow character varying(255),
    owner_id integer,
    update_id integer,
    date_created timestamp with time zone,
    date_updated timestamp with time zone,
    CONSTRAINT pk_tag PRIMARY KEY (id)
);

CREATE TABLE openclinica.usage_statistics_data (
    id integer NOT NULL,
    param_key character varying(255),
    param_value character varying(1000),
    update_timestamp timestamp without time zone,
    version integer,
    CONSTRAINT usage_statistics_data_pkey PRIMARY KEY (id)
);

CREATE TABLE openclinica.user_account (
    user_id integer NOT NULL,
    user_name character varying(64),
    passwd character varying(255),
    first_name character varying(50),
    last_name character varying(50),
    email character varying(120),
    active_study integer,
    institutional_affiliation character varying(255),
    status_id integer,
    owner_id integer,
    date_created date,
    date_updated date,
    date_lastvisit timestamp without time zone,
    passwd_timestamp date,
    passwd_challenge_question character varying(64),
    passwd_challenge_answer character varying(255),
    phone character varying(64),
    user_type_id integer,
    update_id integer,
    enabled boolean NOT NULL,
    account_non_locked boolean NOT NULL,
    lock_counter integer NOT NULL,
    run_webservices boolean NOT NULL,
    access_code character varying(64),
    time_zone character varying(255),
    enable_api_key boolean,
    api_key character varying(255),
    CONSTRAINT user_account_pkey PRIMARY KEY (user_id)
);

CREATE TABLE openclinica.user_role (
    role_id integer NOT NULL,
    role_name character varying(64) NOT NULL,
    parent_id integer,
    role_desc character varying(2000),
    CONSTRAINT user_role_pkey PRIMARY KEY (role_id)
);

CREATE TABLE openclinica.user_type (
    user_type_id integer NOT NULL,
    user_type character varying(50),
    CONSTRAINT user_type_pkey PRIMARY KEY (user_type_id)
);

CREATE TABLE openclinica.versioning_map (
    crf_version_id integer,
    item_id integer
);

ALTER TABLE openclinica.archived_dataset_file ADD CONSTRAINT fk_archived_reference_dataset FOREIGN KEY (dataset_id) REFERENCES openclinica.dataset (dataset_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.archived_dataset_file ADD CONSTRAINT fk_archived_reference_export_f FOREIGN KEY (export_format_id) REFERENCES openclinica.export_format (export_format_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.audit_event_context ADD CONSTRAINT fk_audit_ev_reference_audit_ev FOREIGN KEY (audit_id) REFERENCES openclinica.audit_event (audit_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.audit_event_values ADD CONSTRAINT fk_audit_lo_ref_audit_lo FOREIGN KEY (audit_id) REFERENCES openclinica.audit_event (audit_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.audit_user_login ADD CONSTRAINT fk_audit_user_login_id FOREIGN KEY (user_account_id) REFERENCES openclinica.user_account (user_id);
ALTER TABLE openclinica.completion_status ADD CONSTRAINT fk_completi_fk_comple_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.crf ADD CONSTRAINT fk_crf_crf_user_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.crf ADD CONSTRAINT fk_crf_fk_crf_fk_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.crf ADD CONSTRAINT fk_source_study_id FOREIGN KEY (source_study_id) REFERENCES openclinica.study (study_id);
ALTER TABLE openclinica.crf_version ADD CONSTRAINT fk_crf_vers_crf_versi_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.crf_version ADD CONSTRAINT fk_crf_vers_fk_crf_ve_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.crf_version ADD CONSTRAINT fk_versioni_reference_instrume FOREIGN KEY (crf_id) REFERENCES openclinica.crf (crf_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.crf_version_media ADD CONSTRAINT fk_crf_version_id FOREIGN KEY (crf_version_id) REFERENCES openclinica.crf_version (crf_version_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset ADD CONSTRAINT dataset_fk_dataset_item_status FOREIGN KEY (dataset_item_status_id) REFERENCES openclinica.dataset_item_status (dataset_item_status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset ADD CONSTRAINT fk_dataset_fk_datase_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset ADD CONSTRAINT fk_dataset_fk_datase_study FOREIGN KEY (study_id) REFERENCES openclinica.study (study_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset ADD CONSTRAINT fk_dataset_fk_datase_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset_crf_version_map ADD CONSTRAINT fk_dataset__ref_event_event_de FOREIGN KEY (event_definition_crf_id) REFERENCES openclinica.event_definition_crf (event_definition_crf_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset_crf_version_map ADD CONSTRAINT fk_dataset_crf_ref_dataset FOREIGN KEY (dataset_id) REFERENCES openclinica.dataset (dataset_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset_filter_map ADD CONSTRAINT fk_dataset_reference_dataset FOREIGN KEY (dataset_id) REFERENCES openclinica.dataset (dataset_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset_filter_map ADD CONSTRAINT fk_dataset_reference_filter FOREIGN KEY (filter_id) REFERENCES openclinica.filter (filter_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset_study_group_class_map ADD CONSTRAINT fk_dataset_ref_study_grp_class FOREIGN KEY (study_group_class_id) REFERENCES openclinica.study_group_class (study_group_class_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dataset_study_group_class_map ADD CONSTRAINT fk_dataset_study_ref_dataset FOREIGN KEY (dataset_id) REFERENCES openclinica.dataset (dataset_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_computed_event ADD CONSTRAINT fk_dc_compu_fk_dc_com_dc_event FOREIGN KEY (dc_event_id) REFERENCES openclinica.dc_event (dc_event_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_event ADD CONSTRAINT fk_dc_event_fk_dc_eve_decision FOREIGN KEY (decision_condition_id) REFERENCES openclinica.decision_condition (decision_condition_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_primitive ADD CONSTRAINT fk_dc_primi_fk_dc_pri_decision FOREIGN KEY (decision_condition_id) REFERENCES openclinica.decision_condition (decision_condition_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_primitive ADD CONSTRAINT fk_dc_primi_fk_dc_pri_item FOREIGN KEY (dynamic_value_item_id) REFERENCES openclinica.item (item_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_primitive ADD CONSTRAINT fk_dc_primi_fk_item_i_item FOREIGN KEY (item_id) REFERENCES openclinica.item (item_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_section_event ADD CONSTRAINT fk_dc_secti_fk_dc_sec_dc_event FOREIGN KEY (dc_event_id) REFERENCES openclinica.dc_event (dc_event_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_send_email_event ADD CONSTRAINT fk_dc_send__dc_send_e_dc_event FOREIGN KEY (dc_event_id) REFERENCES openclinica.dc_event (dc_event_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_substitution_event ADD CONSTRAINT fk_dc_subst_fk_dc_sub_dc_event FOREIGN KEY (dc_event_id) REFERENCES openclinica.dc_event (dc_event_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_substitution_event ADD CONSTRAINT fk_dc_subst_fk_dc_sub_item FOREIGN KEY (item_id) REFERENCES openclinica.item (item_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_summary_item_map ADD CONSTRAINT fk_dc_summa_fk_dc_sum_dc_compu FOREIGN KEY (dc_summary_event_id) REFERENCES openclinica.dc_computed_event (dc_summary_event_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dc_summary_item_map ADD CONSTRAINT fk_dc_summa_fk_dc_sum_item FOREIGN KEY (item_id) REFERENCES openclinica.item (item_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.decision_condition ADD CONSTRAINT fk_decision_fk_decisi_crf_vers FOREIGN KEY (crf_version_id) REFERENCES openclinica.crf_version (crf_version_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.decision_condition ADD CONSTRAINT fk_decision_fk_decisi_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.decision_condition ADD CONSTRAINT fk_decision_fk_decisi_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.discrepancy_note ADD CONSTRAINT discrepancy_note_asn_u_id_fkey FOREIGN KEY (assigned_user_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.discrepancy_note ADD CONSTRAINT discrepancy_note_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.discrepancy_note ADD CONSTRAINT discrepancy_note_study_id_fkey FOREIGN KEY (study_id) REFERENCES openclinica.study (study_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.discrepancy_note ADD CONSTRAINT dn_discrepancy_note_type_id_fk FOREIGN KEY (discrepancy_note_type_id) REFERENCES openclinica.discrepancy_note_type (discrepancy_note_type_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.discrepancy_note ADD CONSTRAINT dn_resolution_status_id_fkey FOREIGN KEY (resolution_status_id) REFERENCES openclinica.resolution_status (resolution_status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_event_crf_map ADD CONSTRAINT dn_event_crf_map_dn_id_fkey FOREIGN KEY (discrepancy_note_id) REFERENCES openclinica.discrepancy_note (discrepancy_note_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_event_crf_map ADD CONSTRAINT dn_evnt_crf_map_evnt_crf_id_fk FOREIGN KEY (event_crf_id) REFERENCES openclinica.event_crf (event_crf_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_item_data_map ADD CONSTRAINT dn_item_data_map_dn_id_fkey FOREIGN KEY (discrepancy_note_id) REFERENCES openclinica.discrepancy_note (discrepancy_note_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_item_data_map ADD CONSTRAINT dn_itm_data_map_itm_data_id_fk FOREIGN KEY (item_data_id) REFERENCES openclinica.item_data (item_data_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_study_event_map ADD CONSTRAINT dn_sem_study_event_id_fkey FOREIGN KEY (study_event_id) REFERENCES openclinica.study_event (study_event_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_study_event_map ADD CONSTRAINT dn_study_event_map_dn_id_fkey FOREIGN KEY (discrepancy_note_id) REFERENCES openclinica.discrepancy_note (discrepancy_note_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_study_subject_map ADD CONSTRAINT dn_ssm_study_subject_id_fkey FOREIGN KEY (study_subject_id) REFERENCES openclinica.study_subject (study_subject_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_study_subject_map ADD CONSTRAINT dn_study_subject_map_dn_id_fk FOREIGN KEY (discrepancy_note_id) REFERENCES openclinica.discrepancy_note (discrepancy_note_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_subject_map ADD CONSTRAINT dn_subject_map_dn_id_fkey FOREIGN KEY (discrepancy_note_id) REFERENCES openclinica.discrepancy_note (discrepancy_note_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.dn_subject_map ADD CONSTRAINT dn_subject_map_subject_id_fkey FOREIGN KEY (subject_id) REFERENCES openclinica.subject (subject_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_crf ADD CONSTRAINT fk_event_cr_fk_event__completi FOREIGN KEY (completion_status_id) REFERENCES openclinica.completion_status (completion_status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_crf ADD CONSTRAINT fk_event_cr_fk_event__status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_crf ADD CONSTRAINT fk_event_cr_fk_event__study_ev FOREIGN KEY (study_event_id) REFERENCES openclinica.study_event (study_event_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_crf ADD CONSTRAINT fk_event_cr_fk_event__user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_crf ADD CONSTRAINT fk_event_cr_reference_study_su FOREIGN KEY (study_subject_id) REFERENCES openclinica.study_subject (study_subject_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_crf ADD CONSTRAINT fk_subject_referenc_instrument FOREIGN KEY (crf_version_id) REFERENCES openclinica.crf_version (crf_version_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_definition_crf ADD CONSTRAINT fk_event_de_fk_study__status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_definition_crf ADD CONSTRAINT fk_event_de_reference_study_ev FOREIGN KEY (study_event_definition_id) REFERENCES openclinica.study_event_definition (study_event_definition_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_definition_crf ADD CONSTRAINT fk_event_de_study_crf_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_definition_crf ADD CONSTRAINT fk_study_inst_reference FOREIGN KEY (crf_id) REFERENCES openclinica.crf (crf_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_definition_crf ADD CONSTRAINT fk_study_reference_instrument FOREIGN KEY (study_id) REFERENCES openclinica.study (study_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.event_definition_crf ADD CONSTRAINT fk_versioning_study_inst FOREIGN KEY (default_version_id) REFERENCES openclinica.crf_version (crf_version_id) ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE openclinica.filter ADD CONSTRAINT fk_filter_fk_query__status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.filter ADD CONSTRAINT fk_filter_fk_query__user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.filter_crf_version_map ADD CONSTRAINT fk_filter_c_reference_crf_vers FOREIGN KEY (crf_version_id) REFERENCES openclinica.crf_version (crf_version_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.filter_crf_version_map ADD CONSTRAINT fk_filter_c_reference_filter FOREIGN KEY (filter_id) REFERENCES openclinica.filter (filter_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item ADD CONSTRAINT fk_item_fk_item_f_item_ref FOREIGN KEY (item_reference_type_id) REFERENCES openclinica.item_reference_type (item_reference_type_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item ADD CONSTRAINT fk_item_fk_item_i_item_dat FOREIGN KEY (item_data_type_id) REFERENCES openclinica.item_data_type (item_data_type_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item ADD CONSTRAINT fk_item_fk_item_s_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item ADD CONSTRAINT fk_item_fk_item_u_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_data ADD CONSTRAINT fk_answer_reference_item FOREIGN KEY (item_id) REFERENCES openclinica.item (item_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_data ADD CONSTRAINT fk_item_dat_fk_item_d_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_data ADD CONSTRAINT fk_item_dat_fk_item_d_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_data ADD CONSTRAINT fk_item_reference_subject FOREIGN KEY (event_crf_id) REFERENCES openclinica.event_crf (event_crf_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_form_metadata ADD CONSTRAINT fk_item_id FOREIGN KEY (item_id) REFERENCES openclinica.item (item_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_form_metadata ADD CONSTRAINT fk_rs_id FOREIGN KEY (response_set_id) REFERENCES openclinica.response_set (response_set_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_form_metadata ADD CONSTRAINT fk_sec_id FOREIGN KEY (section_id) REFERENCES openclinica.section (section_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_group ADD CONSTRAINT fk_item_gro_fk_item_g_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_group ADD CONSTRAINT fk_item_gro_fk_item_g_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_group ADD CONSTRAINT fk_item_group_crf FOREIGN KEY (crf_id) REFERENCES openclinica.crf (crf_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_group_metadata ADD CONSTRAINT fk_crf_metadata FOREIGN KEY (crf_version_id) REFERENCES openclinica.crf_version (crf_version_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_group_metadata ADD CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES openclinica.item (item_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.item_group_metadata ADD CONSTRAINT fk_item_group FOREIGN KEY (item_group_id) REFERENCES openclinica.item_group (item_group_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.oc_qrtz_blob_triggers ADD CONSTRAINT oc_qrtz_blob_triggers_trg_fkey FOREIGN KEY (trigger_name, trigger_group) REFERENCES openclinica.oc_qrtz_triggers (trigger_name, trigger_group);
ALTER TABLE openclinica.oc_qrtz_cron_triggers ADD CONSTRAINT oc_qrtz_cron_triggers_trg_fkey FOREIGN KEY (trigger_name, trigger_group) REFERENCES openclinica.oc_qrtz_triggers (trigger_name, trigger_group);
ALTER TABLE openclinica.oc_qrtz_job_listeners ADD CONSTRAINT oc_qrtz_job_listeners_job_fkey FOREIGN KEY (job_name, job_group) REFERENCES openclinica.oc_qrtz_job_details (job_name, job_group);
ALTER TABLE openclinica.oc_qrtz_simple_triggers ADD CONSTRAINT oc_qrtz_simple_trigs_trg_fkey FOREIGN KEY (trigger_name, trigger_group) REFERENCES openclinica.oc_qrtz_triggers (trigger_name, trigger_group);
ALTER TABLE openclinica.oc_qrtz_trigger_listeners ADD CONSTRAINT oc_qrtz_trigger_lsnrs_trg_fkey FOREIGN KEY (trigger_name, trigger_group) REFERENCES openclinica.oc_qrtz_triggers (trigger_name, trigger_group);
ALTER TABLE openclinica.oc_qrtz_triggers ADD CONSTRAINT oc_qrtz_triggers_job_name_fkey FOREIGN KEY (job_name, job_group) REFERENCES openclinica.oc_qrtz_job_details (job_name, job_group);
ALTER TABLE openclinica.response_set ADD CONSTRAINT fk_response_fk_respon_response FOREIGN KEY (response_type_id) REFERENCES openclinica.response_type (response_type_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.role_privilege_map ADD CONSTRAINT fk_priv_id FOREIGN KEY (priv_id) REFERENCES openclinica.privilege (priv_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.role_privilege_map ADD CONSTRAINT fk_role_id FOREIGN KEY (role_id) REFERENCES openclinica.user_role (role_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.scd_item_metadata ADD CONSTRAINT scd_meta_fk_control_meta_id FOREIGN KEY (control_item_form_metadata_id) REFERENCES openclinica.item_form_metadata (item_form_metadata_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.scd_item_metadata ADD CONSTRAINT scd_meta_fk_scd_form_meta_id FOREIGN KEY (scd_item_form_metadata_id) REFERENCES openclinica.item_form_metadata (item_form_metadata_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.section ADD CONSTRAINT fk_section_fk_sectio_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.section ADD CONSTRAINT fk_section_fk_sectio_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.section ADD CONSTRAINT fk_section_version FOREIGN KEY (crf_version_id) REFERENCES openclinica.crf_version (crf_version_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.study ADD CONSTRAINT fk_old_status_id FOREIGN KEY (old_status_id) REFERENCES openclinica.status (status_id);
ALTER TABLE openclinica.study ADD CONSTRAINT fk_study_fk_study__status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study ADD CONSTRAINT fk_study_fk_study__user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study ADD CONSTRAINT fk_study_type FOREIGN KEY (type_id) REFERENCES openclinica.study_type (study_type_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study ADD CONSTRAINT project_is_contained_within_pa FOREIGN KEY (parent_study_id) REFERENCES openclinica.study (study_id) ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_event ADD CONSTRAINT fk_study_ev_fk_study__status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_event ADD CONSTRAINT fk_study_ev_fk_study__study_ev FOREIGN KEY (study_event_definition_id) REFERENCES openclinica.study_event_definition (study_event_definition_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_event ADD CONSTRAINT fk_study_ev_fk_study__user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_event ADD CONSTRAINT fk_study_ev_reference_study_su FOREIGN KEY (study_subject_id) REFERENCES openclinica.study_subject (study_subject_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_event_definition ADD CONSTRAINT fk_study_ev_fk_study__study FOREIGN KEY (study_id) REFERENCES openclinica.study (study_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_event_definition ADD CONSTRAINT fk_study_ev_fk_studye_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_event_definition ADD CONSTRAINT fk_study_ev_fk_studye_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_group ADD CONSTRAINT fk_group_class_study_group FOREIGN KEY (study_group_class_id) REFERENCES openclinica.study_group_class (study_group_class_id) ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_group_class ADD CONSTRAINT fk_study_gr_fk_study__group_ty FOREIGN KEY (group_class_type_id) REFERENCES openclinica.group_class_types (group_class_type_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_group_class ADD CONSTRAINT fk_study_gr_fk_study__status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_group_class ADD CONSTRAINT fk_study_gr_fk_study__user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_module_status ADD CONSTRAINT fk_study_module_study_id FOREIGN KEY (study_id) REFERENCES openclinica.study (study_id);
ALTER TABLE openclinica.study_parameter_value ADD CONSTRAINT study_param_value_param_fkey FOREIGN KEY (parameter) REFERENCES openclinica.study_parameter (handle) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_parameter_value ADD CONSTRAINT study_param_value_study_id_fk FOREIGN KEY (study_id) REFERENCES openclinica.study (study_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_subject ADD CONSTRAINT fk_project__reference_study2 FOREIGN KEY (study_id) REFERENCES openclinica.study (study_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_subject ADD CONSTRAINT fk_study_reference_subject FOREIGN KEY (subject_id) REFERENCES openclinica.subject (subject_id) ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_subject ADD CONSTRAINT fk_study_su_fk_study__status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_subject ADD CONSTRAINT fk_study_su_fk_study__user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_user_role ADD CONSTRAINT fk_person_role_study_id FOREIGN KEY (study_id) REFERENCES openclinica.study (study_id) ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_user_role ADD CONSTRAINT fk_study_us_fk_study__status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.study_user_role ADD CONSTRAINT fk_study_us_study_use_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject ADD CONSTRAINT fk_subject_fk_subjec_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject ADD CONSTRAINT fk_subject_fk_subjec_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject ADD CONSTRAINT has_father FOREIGN KEY (father_id) REFERENCES openclinica.subject (subject_id) ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject ADD CONSTRAINT has_mother FOREIGN KEY (mother_id) REFERENCES openclinica.subject (subject_id) ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject_group_map ADD CONSTRAINT fk_subject__fk_sub_gr_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject_group_map ADD CONSTRAINT fk_subject__fk_subjec_group_ro FOREIGN KEY (study_group_id) REFERENCES openclinica.study_group (study_group_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject_group_map ADD CONSTRAINT fk_subject__fk_subjec_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject_group_map ADD CONSTRAINT fk_subject__fk_subjec_study_gr FOREIGN KEY (study_group_class_id) REFERENCES openclinica.study_group_class (study_group_class_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.subject_group_map ADD CONSTRAINT fk_subject__subject_g_study_su FOREIGN KEY (study_subject_id) REFERENCES openclinica.study_subject (study_subject_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.user_account ADD CONSTRAINT fk_user_acc_fk_user_f_user_acc FOREIGN KEY (owner_id) REFERENCES openclinica.user_account (user_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.user_account ADD CONSTRAINT fk_user_acc_ref_user__user_typ FOREIGN KEY (user_type_id) REFERENCES openclinica.user_type (user_type_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.user_account ADD CONSTRAINT fk_user_acc_status_re_status FOREIGN KEY (status_id) REFERENCES openclinica.status (status_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.versioning_map ADD CONSTRAINT fk_versioni_fk_versio_crf_vers FOREIGN KEY (crf_version_id) REFERENCES openclinica.crf_version (crf_version_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE openclinica.versioning_map ADD CONSTRAINT fk_versioni_fk_versio_item FOREIGN KEY (item_id) REFERENCES openclinica.item (item_id) ON DELETE RESTRICT ON UPDATE RESTRICT;
