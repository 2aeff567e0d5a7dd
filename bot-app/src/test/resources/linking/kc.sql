-- Kuali Coeus (Kuali Research) 1701 schema: its MySQL Flyway scripts (coeus-db-sql .../sql/mysql/kc/bootstrap, github.com/kuali/kc 53fee5c) replayed and converted to PostgreSQL
CREATE SCHEMA kc;

CREATE TABLE kc.abstract_type (
    abstract_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT abstract_type_pkey PRIMARY KEY (abstract_type_code)
);
CREATE TABLE kc.account_type (
    account_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT account_type_pkey PRIMARY KEY (account_type_code)
);
CREATE TABLE kc.activity_type (
    activity_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    higher_education_function_code character varying(20),
    CONSTRAINT activity_type_pkey PRIMARY KEY (activity_type_code)
);
CREATE TABLE kc.affiliation_type (
    ver_nbr numeric(8,0) NOT NULL,
    affiliation_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT affiliation_type_pkey PRIMARY KEY (affiliation_type_code)
);
CREATE TABLE kc.appointment_type (
    appointment_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    duration numeric(4,2) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT appointment_type_pkey PRIMARY KEY (appointment_type_code)
);
CREATE TABLE kc.arg_value_lookup (
    arg_value_lookup_id numeric(12,0) NOT NULL,
    argument_name character varying(30) NOT NULL,
    value character varying(200) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT arg_value_lookup_pkey PRIMARY KEY (arg_value_lookup_id)
);
CREATE TABLE kc.attachment_file (
    file_id numeric(22,0) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    file_name character varying(150) NOT NULL,
    content_type character varying(255) NOT NULL,
    file_data bytea,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    file_data_id character varying(36),
    CONSTRAINT attachment_file_pkey PRIMARY KEY (file_id)
);
CREATE TABLE kc.attachment_file_v1511_015 (
    file_id numeric(22,0) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    file_name character varying(150) NOT NULL,
    content_type character varying(255) NOT NULL,
    file_data bytea NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL
);
CREATE TABLE kc.attachments_type (
    attachments_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sort_id numeric(3,0),
    CONSTRAINT attachments_type_pkey PRIMARY KEY (attachments_code)
);
CREATE TABLE kc.award (
    closeout_date timestamp without time zone,
    transaction_type_code character varying(3),
    notice_date timestamp without time zone,
    lead_unit_number character varying(8),
    activity_type_code numeric(3,0) NOT NULL,
    award_type_code numeric(3,0) NOT NULL,
    prime_sponsor_code character varying(6),
    cfda_number character varying(7),
    method_of_payment_code character varying(3),
    dfafs_number character varying(20),
    pre_award_authorized_amount numeric(12,2),
    pre_award_effective_date timestamp without time zone,
    procurement_priority_code character varying(6),
    proposal_number character varying(8),
    special_eb_rate_off_campus numeric(5,2),
    special_eb_rate_on_campus numeric(5,2),
    sub_plan_flag character varying(1),
    title character varying(200) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    pre_award_in_authorized_amount numeric(12,2),
    archive_location character varying(50),
    pre_award_inst_effective_date timestamp without time zone,
    basis_of_payment_code character varying(3),
    award_id numeric(22,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    sponsor_code character varying(6) NOT NULL,
    status_code numeric(3,0) NOT NULL,
    template_code numeric(5,0),
    account_number character varying(16),
    apprvd_equipment_indicator character varying(2) NOT NULL,
    apprvd_foreign_trip_indicator character varying(2) NOT NULL,
    apprvd_subcontract_indicator character varying(2) NOT NULL,
    award_effective_date timestamp without time zone,
    award_execution_date timestamp without time zone,
    begin_date timestamp without time zone,
    cost_sharing_indicator character varying(2) NOT NULL,
    idc_indicator character varying(2) NOT NULL,
    modification_number character varying(50),
    nsf_sequence_number numeric(12,0),
    payment_schedule_indicator character varying(2) NOT NULL,
    science_code_indicator character varying(2) NOT NULL,
    special_review_indicator character varying(2) NOT NULL,
    sponsor_award_number character varying(70),
    transfer_sponsor_indicator character varying(2) NOT NULL,
    account_type_code numeric(3,0),
    obj_id character varying(36) NOT NULL,
    fin_account_doc_nbr character varying(20),
    fin_account_creation_date timestamp without time zone,
    hierarchy_sync_child character(1),
    fin_chart_of_accounts_code character varying(4),
    award_sequence_status character varying(10) NOT NULL,
    fain_id character varying(32),
    fed_award_year numeric(4,0),
    fed_award_date date,
    CONSTRAINT award_pkey PRIMARY KEY (award_id)
);
CREATE TABLE kc.award_account (
    id bigint NOT NULL,
    account_number character varying(15) NOT NULL,
    created_by_award_id numeric(22,0) NOT NULL,
    status character varying(15) NOT NULL,
    budgeted numeric(12,2) NOT NULL,
    pending numeric(12,2) NOT NULL,
    income numeric(12,2) NOT NULL,
    expense numeric(12,2) NOT NULL,
    available numeric(12,2) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_account_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.award_amount_info (
    anticipated_change_direct numeric(12,2),
    anticipated_change_indirect numeric(12,2),
    anticipated_total_direct numeric(12,2),
    anticipated_total_indirect numeric(12,2),
    obligated_total_direct numeric(12,2),
    obligated_total_indirect numeric(12,2),
    ver_nbr numeric(8,0) NOT NULL,
    tnm_document_number character varying(40),
    award_amount_info_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    anticipated_total_amount numeric(12,2),
    ant_distributable_amount numeric(12,2),
    final_expiration_date timestamp without time zone,
    current_fund_effective_date timestamp without time zone,
    amount_obligated_to_date numeric(12,2),
    obli_distributable_amount numeric(12,2),
    obligation_expiration_date timestamp without time zone,
    transaction_id numeric(10,0),
    entry_type character(1),
    eom_process_flag character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    anticipated_change numeric(12,2),
    obligated_change numeric(12,2),
    obligated_change_direct numeric(12,2),
    obligated_change_indirect numeric(12,2),
    obj_id character varying(36) NOT NULL,
    originating_award_version numeric(4,0),
    CONSTRAINT award_amount_info_pkey PRIMARY KEY (award_amount_info_id)
);
CREATE TABLE kc.award_amount_transaction (
    award_amount_transaction_id numeric(12,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    transaction_id character varying(40) NOT NULL,
    transaction_type_code numeric(3,0),
    notice_date timestamp without time zone,
    comments character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_amount_transaction_pkey PRIMARY KEY (award_amount_transaction_id)
);
CREATE TABLE kc.award_amt_fna_distribution (
    award_amt_fna_distribution_id numeric(8,0) NOT NULL,
    award_id numeric(22,0),
    award_number character varying(12),
    sequence_number numeric(8,0),
    amount_sequence_number numeric(4,0),
    budget_period numeric(3,0),
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    direct_cost numeric(12,2),
    indirect_cost numeric(12,2),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    award_amount_info_id numeric(12,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_amt_fna_distribution_pkey PRIMARY KEY (award_amt_fna_distribution_id)
);
CREATE TABLE kc.award_approved_equipment (
    award_approved_equipment_id numeric(22,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    item character varying(100) NOT NULL,
    vendor character varying(50),
    model character varying(50),
    amount numeric(12,2) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_approved_equipment_pkey PRIMARY KEY (award_approved_equipment_id)
);
CREATE TABLE kc.award_approved_foreign_travel (
    award_appr_forn_travel_id numeric(22,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    rolodex_id numeric(6,0),
    traveler_name character varying(90),
    destination character varying(30) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone,
    amount numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_approved_foreign_travel_pkey PRIMARY KEY (award_appr_forn_travel_id)
);
CREATE TABLE kc.award_approved_subawards (
    award_approved_subaward_id numeric(8,0) NOT NULL,
    award_id numeric(22,0),
    award_number character varying(12),
    sequence_number numeric(8,0),
    organization_name character varying(60),
    amount numeric(12,2),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    organization_id character varying(8),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_approved_subawards_pkey PRIMARY KEY (award_approved_subaward_id)
);
CREATE TABLE kc.award_attachment (
    award_attachment_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    type_code character varying(3) NOT NULL,
    document_id numeric(4,0) NOT NULL,
    file_id numeric(22,0) NOT NULL,
    description character varying(200),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    document_status_code character(1),
    last_update_user character varying(60),
    last_update_timestamp timestamp without time zone,
    CONSTRAINT award_attachment_pkey PRIMARY KEY (award_attachment_id)
);
CREATE TABLE kc.award_attachment_type (
    type_code character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_attachment_type_pkey PRIMARY KEY (type_code)
);
CREATE TABLE kc.award_basis_of_payment (
    ver_nbr numeric(8,0) NOT NULL,
    basis_of_payment_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_basis_of_payment_pkey PRIMARY KEY (basis_of_payment_code)
);
CREATE TABLE kc.award_budget_details_ext (
    budget_details_id numeric(12,0) NOT NULL,
    obligated_amount numeric(12,2),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_budget_details_ext_pkey PRIMARY KEY (budget_details_id)
);
CREATE TABLE kc.award_budget_ext (
    budget_id numeric(12,0) NOT NULL,
    award_budget_status_code character varying(3) NOT NULL,
    award_budget_type_code character varying(3) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obligated_amount numeric(12,2),
    budget_initiator character varying(60),
    description character varying(255),
    document_number character varying(40),
    obj_id character varying(36) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    obligated_total numeric(12,2),
    CONSTRAINT award_budget_ext_pkey PRIMARY KEY (budget_id)
);
CREATE TABLE kc.award_budget_ext_orphan (
    budget_id numeric(12,0) NOT NULL,
    award_budget_status_code character varying(3) NOT NULL,
    award_budget_type_code character varying(3) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obligated_amount numeric(12,2),
    budget_initiator character varying(60),
    description character varying(255),
    document_number character varying(40),
    obj_id character varying(36) NOT NULL,
    award_id numeric(22,0),
    CONSTRAINT award_budget_ext_orphan_pkey PRIMARY KEY (budget_id)
);
CREATE TABLE kc.award_budget_limit (
    budget_limit_id numeric(22,0) NOT NULL,
    award_id numeric(22,0),
    budget_id numeric(12,0),
    limit_type character varying(100) NOT NULL,
    limit_amount numeric(12,2),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_budget_limit_pkey PRIMARY KEY (budget_limit_id)
);
CREATE TABLE kc.award_budget_limit_orphan (
    budget_limit_id numeric(22,0) NOT NULL,
    award_id numeric(22,0),
    budget_id numeric(12,0),
    limit_type character varying(100) NOT NULL,
    limit_amount numeric(12,2),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_budget_limit_orphan_pkey PRIMARY KEY (budget_limit_id)
);
CREATE TABLE kc.award_budget_period_ext (
    budget_period_number numeric(12,0) NOT NULL,
    obligated_amount numeric(12,2),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    total_fringe_amount numeric(12,2),
    rate_override_flag character(1),
    CONSTRAINT award_budget_period_ext_pkey PRIMARY KEY (budget_period_number)
);
CREATE TABLE kc.award_budget_status (
    award_budget_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_budget_status_pkey PRIMARY KEY (award_budget_status_code)
);
CREATE TABLE kc.award_budget_type (
    award_budget_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_budget_type_pkey PRIMARY KEY (award_budget_type_code)
);
CREATE TABLE kc.award_cgb (
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    additional_forms_req character(1),
    min_invoice_amt numeric(19,2),
    auto_approve_invoice character(1),
    invoicing_option character varying(120),
    stop_work character(1),
    dunning_campaign_id character varying(4),
    last_billed_date date,
    prev_last_billed_date date,
    final_bill character(1) NOT NULL,
    amt_to_draw numeric(19,2),
    letter_of_credit_review character(1),
    invoice_document_status character varying(45),
    loc_creation_type character varying(45),
    suspend_invoicing character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    bill_freq_cd character varying(4),
    CONSTRAINT award_cgb_pkey PRIMARY KEY (award_id)
);
CREATE TABLE kc.award_closeout (
    award_closeout_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    closeout_report_code character varying(3) NOT NULL,
    closeout_report_name character varying(100) NOT NULL,
    due_date timestamp without time zone,
    final_submission_date timestamp without time zone,
    multiple character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_closeout_pkey PRIMARY KEY (award_closeout_id)
);
CREATE TABLE kc.award_comment (
    award_comment_id numeric(8,0) NOT NULL,
    award_id numeric(22,0),
    award_number character varying(12),
    sequence_number numeric(8,0),
    comment_type_code character varying(3),
    checklist_print_flag character varying(1),
    comments text,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_comment_pkey PRIMARY KEY (award_comment_id)
);
CREATE TABLE kc.award_cost_share (
    verification_date timestamp without time zone,
    cost_share_met numeric(12,2),
    award_cost_share_id numeric(8,0) NOT NULL,
    award_id numeric(22,0),
    award_number character varying(12),
    sequence_number numeric(8,0),
    project_period character varying(4),
    cost_share_percentage numeric(5,2),
    cost_share_type_code numeric(3,0),
    source character varying(32),
    destination character varying(32),
    commitment_amount numeric(12,2),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    unit_number character varying(8),
    CONSTRAINT award_cost_share_pkey PRIMARY KEY (award_cost_share_id)
);
CREATE TABLE kc.award_custom_data (
    award_custom_data_id numeric(8,0) NOT NULL,
    award_id numeric(22,0),
    award_number character varying(12),
    sequence_number numeric(8,0),
    custom_attribute_id numeric(12,0),
    value character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_custom_data_pkey PRIMARY KEY (award_custom_data_id)
);
CREATE TABLE kc.award_document (
    document_number character varying(40) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.award_exempt_number (
    award_exempt_number_id numeric(12,0) NOT NULL,
    award_special_review_id numeric(12,0) NOT NULL,
    exemption_type_code character varying(3) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_exempt_number_pkey PRIMARY KEY (award_exempt_number_id)
);
CREATE TABLE kc.award_funding_proposals (
    award_funding_proposal_id numeric(22,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    proposal_id numeric(12,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    active character(1),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_funding_proposals_pkey PRIMARY KEY (award_funding_proposal_id)
);
CREATE TABLE kc.award_hierarchy (
    award_hierarchy_id numeric(22,0) NOT NULL,
    root_award_number character varying(12) NOT NULL,
    award_number character varying(12) NOT NULL,
    parent_award_number character varying(12) NOT NULL,
    originating_award_number character varying(12) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active character(1) NOT NULL,
    CONSTRAINT award_hierarchy_pkey PRIMARY KEY (award_hierarchy_id)
);
CREATE TABLE kc.award_idc_rate (
    award_number character varying(12) NOT NULL,
    sequence_number numeric(8,0) NOT NULL,
    award_idc_rate_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    applicable_idc_rate numeric(5,2) NOT NULL,
    idc_rate_type_code character varying(3),
    fiscal_year character varying(4) NOT NULL,
    on_campus_flag character varying(1) NOT NULL,
    underrecovery_of_idc numeric(12,2),
    source_account character varying(32),
    destination_account character varying(32),
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_idc_rate_pkey PRIMARY KEY (award_idc_rate_id)
);
CREATE TABLE kc.award_method_of_payment (
    ver_nbr numeric(8,0) NOT NULL,
    method_of_payment_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_method_of_payment_pkey PRIMARY KEY (method_of_payment_code)
);
CREATE TABLE kc.award_notepad (
    award_notepad_id numeric(12,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    entry_number numeric(4,0) NOT NULL,
    comments text NOT NULL,
    restricted_view character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    create_timestamp timestamp without time zone NOT NULL,
    note_topic character varying(60) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    create_user character varying(60) NOT NULL,
    CONSTRAINT award_notepad_pkey PRIMARY KEY (award_notepad_id)
);
CREATE TABLE kc.award_notice (
    award_notice_id numeric(22,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12),
    unit_number character varying(8),
    pdf_content text,
    CONSTRAINT award_notice_pkey PRIMARY KEY (award_notice_id)
);
CREATE TABLE kc.award_payment_schedule (
    award_payment_schedule_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    due_date timestamp without time zone,
    amount numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    submit_date timestamp without time zone,
    submitted_by character varying(9),
    invoice_number character varying(10),
    status_description character varying(50),
    status character varying(5),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    last_update_user character varying(60),
    last_update_timestamp date,
    overdue numeric(15,5),
    report_status_code character varying(3),
    submitted_by_person_id character varying(40),
    award_report_term_desc character varying(100),
    CONSTRAINT award_payment_schedule_pkey PRIMARY KEY (award_payment_schedule_id)
);
CREATE TABLE kc.award_pers_unit_cred_splits (
    apu_credit_split_id numeric(22,0) NOT NULL,
    award_person_unit_id numeric(22,0) NOT NULL,
    inv_credit_type_code character varying(3) NOT NULL,
    credit numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_pers_unit_cred_splits_pkey PRIMARY KEY (apu_credit_split_id)
);
CREATE TABLE kc.award_person_credit_splits (
    award_person_credit_split_id numeric(22,0) NOT NULL,
    award_person_id numeric(22,0) NOT NULL,
    inv_credit_type_code character varying(3) NOT NULL,
    credit numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_person_credit_splits_pkey PRIMARY KEY (award_person_credit_split_id)
);
CREATE TABLE kc.award_person_units (
    award_person_unit_id numeric(22,0) NOT NULL,
    award_person_id numeric(22,0) NOT NULL,
    unit_number character varying(8) NOT NULL,
    lead_unit_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_person_units_pkey PRIMARY KEY (award_person_unit_id)
);
CREATE TABLE kc.award_persons (
    key_person_project_role character varying(60),
    award_person_id numeric(22,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    rolodex_id numeric(6,0),
    full_name character varying(90),
    contact_role_code character varying(12) NOT NULL,
    academic_year_effort numeric(5,2),
    calendar_year_effort numeric(5,2),
    summer_effort numeric(5,2),
    total_effort numeric(5,2),
    faculty_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    opt_in_unit_status character(1) NOT NULL,
    CONSTRAINT award_persons_pkey PRIMARY KEY (award_person_id)
);
CREATE TABLE kc.award_posts (
    id bigint NOT NULL,
    account_number character varying(15) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_family character varying(12),
    document_number character varying(40),
    posted character(1) NOT NULL,
    active character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_posts_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.award_rep_terms_recnt (
    contact_id numeric(12,0),
    award_rep_terms_recnt_id numeric(12,0) NOT NULL,
    award_report_terms_id numeric(12,0) NOT NULL,
    contact_type_code character varying(3) NOT NULL,
    rolodex_id numeric(6,0) NOT NULL,
    number_of_copies numeric(2,0),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_rep_terms_recnt_pkey PRIMARY KEY (award_rep_terms_recnt_id)
);
CREATE TABLE kc.award_report_notification_sent (
    award_report_term_id numeric(22,0),
    award_number character varying(12) NOT NULL,
    due_date date NOT NULL,
    sent_date date NOT NULL,
    action_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    award_report_notif_sent_id numeric(22,0) NOT NULL,
    CONSTRAINT award_report_notification_sent_pkey PRIMARY KEY (award_report_notif_sent_id)
);
CREATE TABLE kc.award_report_terms (
    award_report_terms_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    report_class_code character varying(3) NOT NULL,
    report_code character varying(3) NOT NULL,
    frequency_code character varying(3),
    frequency_base_code character varying(3),
    osp_distribution_code character varying(3),
    due_date timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_report_terms_pkey PRIMARY KEY (award_report_terms_id)
);
CREATE TABLE kc.award_report_tracking (
    award_report_term_id numeric(22,0),
    award_number character varying(12) NOT NULL,
    pi_person_id character varying(40),
    pi_rolodex_id numeric(6,0),
    pi_name character varying(90) NOT NULL,
    lead_unit_number character varying(8) NOT NULL,
    report_class_code character varying(3) NOT NULL,
    report_code character varying(3) NOT NULL,
    frequency_code character varying(3),
    frequency_base_code character varying(3),
    osp_distribution_code character varying(3),
    status_code character varying(3),
    base_date date,
    due_date date,
    activity_date date,
    overdue numeric(6,0),
    comments character varying(200),
    preparer_id character varying(40),
    preparer_name character varying(90),
    sponsor_code character varying(6) NOT NULL,
    sponsor_award_number character varying(70),
    title character varying(200) NOT NULL,
    last_update_user character varying(60),
    last_update_date timestamp without time zone,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    award_report_tracking_id numeric(22,0) NOT NULL,
    CONSTRAINT award_report_tracking_pkey PRIMARY KEY (award_report_tracking_id)
);
CREATE TABLE kc.award_science_keyword (
    award_science_keyword_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    science_keyword_code character varying(15) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_science_keyword_pkey PRIMARY KEY (award_science_keyword_id)
);
CREATE TABLE kc.award_special_review (
    expiration_date timestamp without time zone,
    award_special_review_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    special_review_number numeric(3,0) NOT NULL,
    special_review_code numeric(3,0) NOT NULL,
    approval_type_code numeric(3,0) NOT NULL,
    protocol_number character varying(20),
    application_date timestamp without time zone,
    approval_date timestamp without time zone,
    comments text,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_special_review_pkey PRIMARY KEY (award_special_review_id)
);
CREATE TABLE kc.award_sponsor_contacts (
    award_sponsor_contact_id numeric(22,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    rolodex_id numeric(6,0),
    full_name character varying(90),
    contact_role_code character varying(12) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_sponsor_contacts_pkey PRIMARY KEY (award_sponsor_contact_id)
);
CREATE TABLE kc.award_sponsor_term (
    award_sponsor_term_id numeric(8,0) NOT NULL,
    award_id numeric(22,0),
    award_number character varying(12),
    sequence_number numeric(8,0),
    sponsor_term_id numeric(12,0),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_sponsor_term_pkey PRIMARY KEY (award_sponsor_term_id)
);
CREATE TABLE kc.award_status (
    ver_nbr numeric(8,0) NOT NULL,
    status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_status_pkey PRIMARY KEY (status_code)
);
CREATE TABLE kc.award_subcontract_goals_exp (
    award_number character varying(12) NOT NULL,
    large_business_amt_g numeric(12,2),
    small_business_amt_g numeric(12,2),
    woman_owned_amt_g numeric(12,2),
    a8_disadvantage_amt_g numeric(12,2),
    hub_zone_amt_g numeric(12,2),
    veteran_owned_amt_g numeric(12,2),
    svc_disabled_vet_owned_amt_g numeric(12,2),
    historic_black_college_amt_g numeric(12,2),
    large_business_amt numeric(12,2),
    small_business_amt numeric(12,2),
    woman_owned_amt numeric(12,2),
    a8_disadvantage_amt numeric(12,2),
    hub_zone_amt numeric(12,2),
    veteran_owned_amt numeric(12,2),
    svc_disabled_vet_owned_amt numeric(12,2),
    historic_black_college_amt numeric(12,2),
    comments character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_subcontract_goals_exp_pkey PRIMARY KEY (award_number)
);
CREATE TABLE kc.award_sync_change (
    award_sync_change_id numeric(22,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    xml_changes text,
    class_name character varying(100) NOT NULL,
    attribute_name character varying(50),
    object_desc character varying(500),
    data_desc character varying(500),
    sync_type character(1) NOT NULL,
    sync_descend character varying(6),
    sync_fabricated_descend character(1) NOT NULL,
    sync_cost_share_descend character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_sync_change_pkey PRIMARY KEY (award_sync_change_id)
);
CREATE TABLE kc.award_sync_log (
    award_sync_log_id numeric(22,0) NOT NULL,
    award_sync_status_id numeric(22,0),
    award_sync_change_id numeric(22,0),
    success character(1) NOT NULL,
    log_type_code character(2) NOT NULL,
    status character varying(4000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_sync_log_pkey PRIMARY KEY (award_sync_log_id)
);
CREATE TABLE kc.award_sync_status (
    award_sync_status_id numeric(22,0) NOT NULL,
    award_id numeric(22,0),
    award_number character varying(12),
    parent_award_id numeric(22,0) NOT NULL,
    step_success character(1) NOT NULL,
    status character varying(4000),
    sync_complete character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_sync_status_pkey PRIMARY KEY (award_sync_status_id)
);
CREATE TABLE kc.award_templ_rep_terms_recnt (
    templ_rep_terms_recnt_id numeric(12,0) NOT NULL,
    template_report_terms_id numeric(12,0) NOT NULL,
    contact_type_code character varying(3) NOT NULL,
    rolodex_id numeric(6,0) NOT NULL,
    number_of_copies numeric(2,0),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_templ_rep_terms_recnt_pkey PRIMARY KEY (templ_rep_terms_recnt_id)
);
CREATE TABLE kc.award_template (
    award_template_code numeric(5,0) NOT NULL,
    description character varying(200) NOT NULL,
    status_code character varying(3) NOT NULL,
    prime_sponsor_code character(6),
    basis_of_payment_code character varying(3) NOT NULL,
    method_of_payment_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_template_pkey PRIMARY KEY (award_template_code)
);
CREATE TABLE kc.award_template_comments (
    award_template_comments_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    award_template_code numeric(5,0) NOT NULL,
    comment_type_code character varying(3) NOT NULL,
    checklist_print_flag character(1),
    comments text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_template_comments_pkey PRIMARY KEY (award_template_comments_id)
);
CREATE TABLE kc.award_template_contact (
    award_template_contact_id numeric(12,0) NOT NULL,
    award_template_code numeric(5,0) NOT NULL,
    contact_type_code character varying(3) NOT NULL,
    rolodex_id numeric(6,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_template_contact_pkey PRIMARY KEY (award_template_contact_id)
);
CREATE TABLE kc.award_template_report_terms (
    template_report_terms_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    award_template_code numeric(5,0) NOT NULL,
    report_class_code character varying(3) NOT NULL,
    report_code character varying(3) NOT NULL,
    frequency_code character varying(3),
    frequency_base_code character varying(3),
    osp_distribution_code character varying(3),
    due_date timestamp without time zone,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_template_report_terms_pkey PRIMARY KEY (template_report_terms_id)
);
CREATE TABLE kc.award_template_terms (
    award_template_terms_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    award_template_code numeric(5,0) NOT NULL,
    sponsor_term_id numeric(12,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_template_terms_pkey PRIMARY KEY (award_template_terms_id)
);
CREATE TABLE kc.award_transaction_type (
    award_transaction_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    show_in_action_summary character varying(1) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_transaction_type_pkey PRIMARY KEY (award_transaction_type_code)
);
CREATE TABLE kc.award_transferring_sponsor (
    award_transferring_sponsor_id numeric(12,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    sponsor_code character(6) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_transferring_sponsor_pkey PRIMARY KEY (award_transferring_sponsor_id)
);
CREATE TABLE kc.award_type (
    award_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT award_type_pkey PRIMARY KEY (award_type_code)
);
CREATE TABLE kc.award_unit_contacts (
    award_unit_contact_id numeric(22,0) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    full_name character varying(90),
    unit_administrator_type_code character varying(3),
    unit_contact_type character varying(13) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    unit_administrator_unit_number character varying(12),
    default_unit_contact character(1),
    CONSTRAINT award_unit_contacts_pkey PRIMARY KEY (award_unit_contact_id)
);
CREATE TABLE kc.awd_bgt_det_cal_amts_ext (
    budget_details_cal_amts_id numeric(12,0) NOT NULL,
    obligated_amount numeric(12,2),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT awd_bgt_det_cal_amts_ext_pkey PRIMARY KEY (budget_details_cal_amts_id)
);
CREATE TABLE kc.awd_bgt_per_sum_calc_amt (
    awd_bgt_per_sum_calc_amt_id numeric(12,0) NOT NULL,
    budget_period_id numeric(12,0) NOT NULL,
    cost_element character varying(8) NOT NULL,
    on_off_campus_flag character varying(1),
    rate_class_type character varying(1) NOT NULL,
    calculated_cost numeric(12,2),
    calculated_cost_sharing numeric(12,2),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT awd_bgt_per_sum_calc_amt_pkey PRIMARY KEY (awd_bgt_per_sum_calc_amt_id)
);
CREATE TABLE kc.awd_budget_per_cal_amts_ext (
    budget_personnel_cal_amts_id numeric(12,0) NOT NULL,
    obligated_amount numeric(12,2),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT awd_budget_per_cal_amts_ext_pkey PRIMARY KEY (budget_personnel_cal_amts_id)
);
CREATE TABLE kc.awd_budget_per_det_ext (
    budget_personnel_details_id numeric(12,0) NOT NULL,
    obligated_amount numeric(12,2),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT awd_budget_per_det_ext_pkey PRIMARY KEY (budget_personnel_details_id)
);
CREATE TABLE kc.batch_correspondence (
    batch_correspondence_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    days_to_event_ui_text character varying(400) NOT NULL,
    send_correspondence character varying(10) NOT NULL,
    final_action_day numeric(3,0),
    final_action_type_code character varying(3),
    final_action_corresp_type character varying(3),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT batch_correspondence_pkey PRIMARY KEY (batch_correspondence_type_code)
);
CREATE TABLE kc.batch_correspondence_detail (
    batch_correspondence_detail_id numeric(12,0) NOT NULL,
    batch_correspondence_type_code character varying(3) NOT NULL,
    proto_corresp_type_code character varying(3) NOT NULL,
    days_to_event numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT batch_correspondence_detail_pkey PRIMARY KEY (batch_correspondence_detail_id)
);
CREATE TABLE kc.bud_formulated_cost_detail (
    bud_formulated_cost_detail_id numeric(12,0) NOT NULL,
    budget_details_id numeric(12,0) NOT NULL,
    formulated_number numeric(3,0) NOT NULL,
    formulated_type_code character varying(3) NOT NULL,
    unit_cost numeric(12,2),
    count numeric(5,0),
    frequency numeric(5,0),
    calculated_expenses numeric(12,2),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT bud_formulated_cost_detail_pkey PRIMARY KEY (bud_formulated_cost_detail_id)
);
CREATE TABLE kc.budget (
    budget_id numeric(12,0) NOT NULL,
    budget_justification text,
    on_off_campus_flag character varying(1) NOT NULL,
    version_number numeric(3,0),
    document_number character varying(40),
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    total_cost numeric(12,2),
    total_direct_cost numeric(12,2),
    total_indirect_cost numeric(12,2),
    cost_sharing_amount numeric(12,2),
    underrecovery_amount numeric(12,2),
    residual_funds numeric(12,2),
    total_cost_limit numeric(12,2),
    oh_rate_class_code character varying(3) NOT NULL,
    oh_rate_type_code character varying(3),
    comments text,
    final_version_flag character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ur_rate_class_code character varying(3) NOT NULL,
    modular_budget_flag character varying(1) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    total_direct_cost_limit numeric(12,2),
    budget_adjustment_doc_nbr character varying(20),
    submit_cost_sharing character(1),
    parent_document_type_code character varying(10) NOT NULL,
    budget_name character varying(255),
    create_timestamp timestamp without time zone,
    create_user character varying(60),
    CONSTRAINT budget_pkey PRIMARY KEY (budget_id)
);
CREATE TABLE kc.budget_category (
    budget_category_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    category_type character varying(3),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_category_pkey PRIMARY KEY (budget_category_code)
);
CREATE TABLE kc.budget_category_mapping (
    mapping_name character varying(100) NOT NULL,
    target_category_code character varying(15) NOT NULL,
    coeus_category_code numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_category_mapping_pkey PRIMARY KEY (mapping_name, target_category_code, coeus_category_code)
);
CREATE TABLE kc.budget_category_maps (
    mapping_name character varying(100) NOT NULL,
    target_category_code character varying(15) NOT NULL,
    description character varying(200) NOT NULL,
    category_type character varying(3),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_category_maps_pkey PRIMARY KEY (mapping_name, target_category_code)
);
CREATE TABLE kc.budget_category_type (
    budget_category_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    sort_id numeric(2,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_category_type_pkey PRIMARY KEY (budget_category_type_code)
);
CREATE TABLE kc.budget_changed_data (
    proposal_number character varying(8) NOT NULL,
    column_name character varying(30) NOT NULL,
    change_number numeric(3,0) NOT NULL,
    changed_value character varying(200),
    display_value character varying(200),
    old_display_value character varying(200),
    comments character varying(300),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_changed_data_pkey PRIMARY KEY (proposal_number, column_name, change_number)
);
CREATE TABLE kc.budget_columns_to_alter (
    lookup_return character varying(50),
    column_name character varying(30) NOT NULL,
    column_label character varying(30) NOT NULL,
    data_type character varying(9) NOT NULL,
    data_length numeric(4,0),
    has_lookup character(1) NOT NULL,
    lookup_argument character varying(100),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_columns_to_alter_pkey PRIMARY KEY (column_name)
);
CREATE TABLE kc.budget_details (
    budget_period_number numeric(12,0) NOT NULL,
    group_name character varying(80),
    budget_id numeric(12,0),
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    budget_period numeric(3,0) NOT NULL,
    line_item_number numeric(3,0) NOT NULL,
    budget_category_code numeric(3,0) NOT NULL,
    cost_element character varying(8) NOT NULL,
    line_item_description character varying(80),
    based_on_line_item numeric(3,0),
    line_item_sequence numeric(3,0),
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    line_item_cost numeric(12,2),
    cost_sharing_amount numeric(12,2),
    underrecovery_amount numeric(12,2),
    on_off_campus_flag character(1) NOT NULL,
    apply_in_rate_flag character(1) NOT NULL,
    budget_justification text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    quantity numeric(4,0),
    ver_nbr numeric(8,0) NOT NULL,
    budget_details_id numeric(12,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    submit_cost_sharing character(1),
    is_formulated_cost_elelment character(1),
    subaward_number numeric(3,0),
    CONSTRAINT budget_details_pkey PRIMARY KEY (budget_details_id)
);
CREATE TABLE kc.budget_details_cal_amts (
    budget_id numeric(12,0),
    budget_period_number numeric(12,0),
    budget_period numeric(3,0) NOT NULL,
    line_item_number numeric(3,0) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    apply_rate_flag character(1) NOT NULL,
    calculated_cost numeric(12,2),
    calculated_cost_sharing numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0),
    budget_details_cal_amts_id numeric(12,0) NOT NULL,
    budget_details_id numeric(12,0),
    obj_id character varying(36) NOT NULL,
    rate_type_description character varying(200),
    CONSTRAINT budget_details_cal_amts_pkey PRIMARY KEY (budget_details_cal_amts_id)
);
CREATE TABLE kc.budget_document (
    document_number character varying(40) NOT NULL,
    parent_document_key character varying(10),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    parent_document_type_code character varying(10),
    obj_id character varying(36) NOT NULL,
    budget_deleted character varying(1),
    CONSTRAINT budget_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.budget_modular (
    budget_period_number numeric(12,0) NOT NULL,
    budget_id numeric(12,0),
    budget_period numeric(3,0) NOT NULL,
    direct_cost_less_consor_fna numeric(12,2),
    consortium_fna numeric(12,2),
    total_direct_cost numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_modular_pkey PRIMARY KEY (budget_period_number)
);
CREATE TABLE kc.budget_modular_idc (
    budget_period_number numeric(12,0) NOT NULL,
    budget_id numeric(12,0),
    budget_period numeric(3,0) NOT NULL,
    rate_number numeric(3,0) NOT NULL,
    description character varying(64),
    idc_rate numeric(5,2),
    idc_base numeric(12,2),
    funds_requested numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_modular_idc_pkey PRIMARY KEY (budget_period_number, rate_number)
);
CREATE TABLE kc.budget_per_det_rate_and_base (
    budget_id numeric(12,0),
    budget_period numeric(3,0) NOT NULL,
    line_item_number numeric(3,0) NOT NULL,
    person_number numeric(3,0) NOT NULL,
    rate_number numeric(3,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    on_off_campus_flag character varying(1) NOT NULL,
    applied_rate numeric(5,2) NOT NULL,
    salary_requested numeric(12,2),
    base_cost_sharing numeric(14,2),
    calculated_cost numeric(12,2),
    calculated_cost_sharing numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0),
    underrecovery_amount numeric(12,2),
    budget_period_number numeric(12,0),
    bgt_per_det_rate_and_base_id numeric(12,0) NOT NULL,
    budget_personnel_details_id numeric(12,0),
    budget_personnel_cal_amts_id numeric(12,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_per_det_rate_and_base_pkey PRIMARY KEY (bgt_per_det_rate_and_base_id)
);
CREATE TABLE kc.budget_period_type (
    budget_period_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_period_type_pkey PRIMARY KEY (budget_period_type_code)
);
CREATE TABLE kc.budget_periods (
    budget_id numeric(12,0),
    budget_period_number numeric(12,0) NOT NULL,
    budget_period numeric(3,0) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    total_cost numeric(12,2),
    total_direct_cost numeric(12,2),
    total_indirect_cost numeric(12,2),
    cost_sharing_amount numeric(12,2),
    underrecovery_amount numeric(12,2),
    total_cost_limit numeric(12,2),
    comments text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    total_direct_cost_limit numeric(12,2),
    num_participants numeric(6,0),
    CONSTRAINT budget_periods_pkey PRIMARY KEY (budget_period_number)
);
CREATE TABLE kc.budget_person_salary_details (
    budget_person_salary_detail_id numeric(12,0) NOT NULL,
    person_sequence_number numeric(3,0),
    budget_id numeric(12,0),
    budget_period numeric(3,0),
    base_salary numeric(12,2),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    person_id character varying(40),
    CONSTRAINT budget_person_salary_details_pkey PRIMARY KEY (budget_person_salary_detail_id)
);
CREATE TABLE kc.budget_personnel_cal_amts (
    budget_period_number numeric(12,0),
    budget_id numeric(12,0),
    budget_period numeric(3,0) NOT NULL,
    line_item_number numeric(3,0) NOT NULL,
    person_number numeric(3,0) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    apply_rate_flag character(1) NOT NULL,
    calculated_cost numeric(12,2),
    calculated_cost_sharing numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0),
    budget_personnel_cal_amts_id numeric(12,0) NOT NULL,
    budget_personnel_details_id numeric(12,0),
    obj_id character varying(36) NOT NULL,
    rate_type_description character varying(200),
    CONSTRAINT budget_personnel_cal_amts_pkey PRIMARY KEY (budget_personnel_cal_amts_id)
);
CREATE TABLE kc.budget_personnel_details (
    person_sequence_number numeric(3,0),
    budget_period_number numeric(12,0),
    budget_id numeric(12,0),
    line_item_number numeric(3,0) NOT NULL,
    person_number numeric(3,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    job_code character varying(6) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    period_type character varying(2),
    line_item_description character varying(80),
    sequence_number numeric(3,0),
    salary_requested numeric(12,2),
    percent_charged numeric(5,2),
    percent_effort numeric(5,2),
    cost_sharing_percent numeric(5,2),
    cost_sharing_amount numeric(12,2),
    underrecovery_amount numeric(12,2),
    on_off_campus_flag character(1) NOT NULL,
    apply_in_rate_flag character(1) NOT NULL,
    budget_justification text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    budget_period numeric(3,0) NOT NULL,
    budget_personnel_details_id numeric(12,0) NOT NULL,
    budget_details_id numeric(12,0),
    obj_id character varying(36) NOT NULL,
    submit_cost_sharing character(1),
    CONSTRAINT budget_personnel_details_pkey PRIMARY KEY (budget_personnel_details_id)
);
CREATE TABLE kc.budget_persons (
    person_sequence_number numeric(3,0) NOT NULL,
    rolodex_id numeric(6,0),
    appointment_type_code character varying(3),
    budget_id numeric(12,0) NOT NULL,
    tbn_id character varying(9),
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    person_id character varying(40),
    job_code character varying(6),
    effective_date timestamp without time zone NOT NULL,
    calculation_base numeric(12,2),
    person_name character varying(90),
    non_employee_flag character varying(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    salary_anniversary_date date,
    CONSTRAINT budget_persons_pkey PRIMARY KEY (person_sequence_number, budget_id)
);
CREATE TABLE kc.budget_project_income (
    budget_id numeric(12,0) NOT NULL,
    budget_period_number numeric(12,0) NOT NULL,
    proposal_number character varying(12),
    budget_version_number numeric(3,0),
    project_income_id numeric(5,0) NOT NULL,
    budget_period numeric(3,0) NOT NULL,
    amount numeric(12,2) NOT NULL,
    description character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_project_income_pkey PRIMARY KEY (budget_id, project_income_id)
);
CREATE TABLE kc.budget_rate_and_base (
    budget_period_number numeric(12,0),
    budget_id numeric(12,0),
    budget_period numeric(3,0) NOT NULL,
    line_item_number numeric(3,0) NOT NULL,
    rate_number numeric(3,0) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    on_off_campus_flag character(1) NOT NULL,
    applied_rate numeric(5,2) NOT NULL,
    base_cost numeric(14,2),
    base_cost_sharing numeric(14,2),
    calculated_cost numeric(14,2),
    calculated_cost_sharing numeric(14,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0),
    budget_rate_and_base_id numeric(12,0) NOT NULL,
    budget_details_cal_amts_id numeric(12,0),
    budget_details_id numeric(12,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_rate_and_base_pkey PRIMARY KEY (budget_rate_and_base_id)
);
CREATE TABLE kc.budget_status (
    budget_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_status_pkey PRIMARY KEY (budget_status_code)
);
CREATE TABLE kc.budget_sub_award_att (
    sub_award_number numeric(3,0) NOT NULL,
    content_id character varying(350) NOT NULL,
    content_type character varying(255),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    budget_id numeric(12,0),
    sub_award_attachment_id numeric(12,0) NOT NULL,
    attachment bytea NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_sub_award_att_pkey PRIMARY KEY (sub_award_attachment_id)
);
CREATE TABLE kc.budget_sub_award_files (
    budget_id numeric(12,0) NOT NULL,
    sub_award_number numeric(3,0) NOT NULL,
    sub_award_xfd_file_name character varying(256) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sub_award_xfd_file bytea NOT NULL,
    sub_award_xml_file text,
    CONSTRAINT budget_sub_award_files_pkey PRIMARY KEY (budget_id, sub_award_number)
);
CREATE TABLE kc.budget_sub_award_period_detail (
    subaward_period_detail_id numeric(12,0) NOT NULL,
    subaward_number numeric(3,0) NOT NULL,
    budget_id numeric(12,0) NOT NULL,
    budget_period numeric(3,0) NOT NULL,
    direct_cost numeric(12,2),
    indirect_cost numeric(12,2),
    cost_sharing_amount numeric(12,2),
    total_cost numeric(12,2),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT budget_sub_award_period_detail_pkey PRIMARY KEY (subaward_period_detail_id)
);
CREATE TABLE kc.budget_sub_awards (
    sub_award_number numeric(3,0) NOT NULL,
    sub_award_status_code numeric(3,0) NOT NULL,
    sub_award_xfd_file_name character varying(256),
    comments character varying(2000),
    xfd_update_user character varying(60),
    xfd_update_timestamp timestamp without time zone,
    translation_comments character varying(2000),
    xml_update_user character varying(60),
    xml_update_timestamp timestamp without time zone,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    budget_id numeric(12,0) NOT NULL,
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    namespace character varying(200),
    form_name character varying(100),
    organization_id character varying(8) NOT NULL,
    file_data_id character varying(36),
    xml_data_id character varying(36),
    CONSTRAINT budget_sub_awards_pkey PRIMARY KEY (sub_award_number, budget_id)
);
CREATE TABLE kc.carrier_type (
    carrier_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT carrier_type_pkey PRIMARY KEY (carrier_type_code)
);
CREATE TABLE kc.cfda (
    cfda_nbr character varying(7) NOT NULL,
    cfda_pgm_ttl_nm character varying(300) NOT NULL,
    cfda_maint_typ_id character varying(10),
    active_flag character varying(1) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT cfda_pkey PRIMARY KEY (cfda_nbr)
);
CREATE TABLE kc.citizenship_type_t (
    citizenship_type_code numeric(15,0) NOT NULL,
    description character varying(40) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(15,5) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT citizenship_type_t_pkey PRIMARY KEY (citizenship_type_code)
);
CREATE TABLE kc.closeout_report_type (
    closeout_report_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT closeout_report_type_pkey PRIMARY KEY (closeout_report_code)
);
CREATE TABLE kc.closeout_type (
    closeout_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT closeout_type_pkey PRIMARY KEY (closeout_type_code)
);
CREATE TABLE kc.coeus_module (
    module_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coeus_module_pkey PRIMARY KEY (module_code)
);
CREATE TABLE kc.coeus_sub_module (
    coeus_sub_module_id numeric(12,0) NOT NULL,
    module_code numeric(3,0) NOT NULL,
    sub_module_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    require_unique_questionnaire character(1),
    CONSTRAINT coeus_sub_module_pkey PRIMARY KEY (coeus_sub_module_id)
);
CREATE TABLE kc.coi_attachment_type (
    type_cd character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_attachment_type_pkey PRIMARY KEY (type_cd)
);
CREATE TABLE kc.coi_committee_role_type (
    coi_committee_role_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_committee_role_type_pkey PRIMARY KEY (coi_committee_role_type_code)
);
CREATE TABLE kc.coi_disc_details (
    coi_disc_details_id numeric(12,0) NOT NULL,
    coi_disclosure_id numeric(12,0),
    coi_disclosure_number character varying(20) NOT NULL,
    sequence_number numeric(6,0) NOT NULL,
    coi_disc_details_number numeric(4,0) NOT NULL,
    person_fin_int_disclosure_id numeric(12,0) NOT NULL,
    module_code numeric(3,0),
    module_item_key character varying(20),
    entity_number character varying(10),
    entity_sequence_number numeric(6,0),
    project_type character varying(3),
    project_id_fk character varying(20),
    description character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    comments character varying(200),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    copied_coi_disc_details_id numeric(12,0),
    original_coi_disclosure_id numeric(12,0),
    coi_discl_project_id numeric(12,0) NOT NULL,
    entity_disposition_code numeric(3,0),
    CONSTRAINT coi_disc_details_pkey PRIMARY KEY (coi_disc_details_id)
);
CREATE TABLE kc.coi_discl_projects (
    coi_discl_projects_id numeric(12,0) NOT NULL,
    coi_disclosure_id numeric(12,0) NOT NULL,
    coi_disclosure_number character varying(20) NOT NULL,
    sequence_number numeric(6,0) NOT NULL,
    coi_project_id character varying(20) NOT NULL,
    coi_project_title character varying(200) NOT NULL,
    shrt_txt_fld_2 character varying(20),
    lng_txt_fld_2 character varying(200),
    date_fld_1 date,
    date_fld_2 date,
    nmbr_fld_1 numeric(12,2),
    shrt_txt_fld_3 character varying(20),
    coi_disclosure_event_type character varying(3) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    lng_txt_fld_3 character varying(200),
    nmbr_fld_2 numeric(12,2),
    slct_box_1 character varying(20),
    shrt_txt_fld_1 character varying(20),
    lng_txt_fld_1 character varying(200),
    module_item_key character varying(20) NOT NULL,
    original_coi_disclosure_id numeric(12,0),
    disclosure_disposition_code numeric(3,0) NOT NULL,
    disclosure_status_code numeric(3,0) NOT NULL,
    CONSTRAINT coi_discl_projects_pkey PRIMARY KEY (coi_discl_projects_id)
);
CREATE TABLE kc.coi_disclosure (
    coi_disclosure_id numeric(12,0) NOT NULL,
    coi_disclosure_number character varying(20) NOT NULL,
    sequence_number numeric(6,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    person_id character varying(40) NOT NULL,
    certification_text text,
    certified_by character varying(200),
    certification_timestamp date,
    disclosure_disposition_code numeric(3,0) NOT NULL,
    disclosure_status_code numeric(3,0) NOT NULL,
    expiration_date date NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    event_type_code character varying(3),
    module_item_key character varying(20),
    disc_active_status numeric(1,0),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    current_disclosure character(1),
    annual_update_flag character(1),
    review_status_code character varying(3),
    CONSTRAINT coi_disclosure_pkey PRIMARY KEY (coi_disclosure_id)
);
CREATE TABLE kc.coi_disclosure_attachment (
    coia_coi_disclosure_id numeric(12,0) NOT NULL,
    coi_disclosure_id_fk numeric(12,0) NOT NULL,
    coi_disclosure_number character varying(20) NOT NULL,
    document_id numeric(4,0) NOT NULL,
    file_id numeric(22,0) NOT NULL,
    description character varying(200) NOT NULL,
    contact_name character varying(30),
    email_address character varying(60),
    phone_number character varying(20),
    comments character varying(300),
    document_status_code character varying(3),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    sequence_number numeric(4,0),
    project_id character varying(20),
    original_coi_disclosure_id numeric(12,0),
    fin_entity_id_fk numeric(12,0),
    attachment_type character varying(5),
    event_type_code character varying(3),
    usage_section_id character varying(5),
    CONSTRAINT coi_disclosure_attachment_pkey PRIMARY KEY (coia_coi_disclosure_id)
);
CREATE TABLE kc.coi_disclosure_document (
    document_number character varying(40) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_disclosure_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.coi_disclosure_event_type (
    event_type_code character varying(3) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    exclude_from_master_discl character(1) NOT NULL,
    active_flag character(1) NOT NULL,
    use_shrt_txt_fld_1 character(1) NOT NULL,
    req_shrt_txt_fld_1 character(1) NOT NULL,
    shrt_txt_fld_1_label character varying(128),
    use_shrt_txt_fld_2 character(1) NOT NULL,
    req_shrt_txt_fld_2 character(1) NOT NULL,
    shrt_txt_fld_2_label character varying(128),
    use_shrt_txt_fld_3 character(1) NOT NULL,
    req_shrt_txt_fld_3 character(1) NOT NULL,
    shrt_txt_fld_3_label character varying(128),
    use_lng_txt_fld_1 character(1) NOT NULL,
    req_lng_txt_fld_1 character(1) NOT NULL,
    lng_txt_fld_1_label character varying(128),
    use_lng_txt_fld_2 character(1) NOT NULL,
    req_lng_txt_fld_2 character(1) NOT NULL,
    lng_txt_fld_2_label character varying(128),
    use_lng_txt_fld_3 character(1) NOT NULL,
    req_lng_txt_fld_3 character(1) NOT NULL,
    lng_txt_fld_3_label character varying(128),
    use_date_fld_1 character(1) NOT NULL,
    req_date_fld_1 character(1) NOT NULL,
    date_fld_1_label character varying(128),
    use_date_fld_2 character(1) NOT NULL,
    req_date_fld_2 character(1) NOT NULL,
    date_fld_2_label character varying(128),
    use_nmbr_fld_1 character(1) NOT NULL,
    req_nmbr_fld_1 character(1) NOT NULL,
    nmbr_fld_1_label character varying(128),
    use_nmbr_fld_2 character(1) NOT NULL,
    req_nmbr_fld_2 character(1) NOT NULL,
    nmbr_fld_2_label character varying(128),
    use_slct_box_1 character(1) NOT NULL,
    req_slct_box_1 character(1) NOT NULL,
    slct_box_1_label character varying(128),
    slct_box_1_val_fndr character varying(256),
    exclude_fin_ent character(1) NOT NULL,
    system_event character(1) NOT NULL,
    project_id_label character varying(128),
    project_title_label character varying(128),
    CONSTRAINT coi_disclosure_event_type_pkey PRIMARY KEY (event_type_code)
);
CREATE TABLE kc.coi_disclosure_history (
    coi_disclosure_history_id numeric(12,0) NOT NULL,
    coi_disclosure_id numeric(12,0) NOT NULL,
    coi_disclosure_number character varying(20) NOT NULL,
    sequence_number numeric(6,0) NOT NULL,
    disclosure_status character varying(100) NOT NULL,
    disclosure_disposition_status character varying(20) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_disclosure_history_pkey PRIMARY KEY (coi_disclosure_history_id)
);
CREATE TABLE kc.coi_disclosure_notepad (
    coi_disclosure_number character varying(20) NOT NULL,
    sequence_number numeric(6,0) NOT NULL,
    entry_number numeric(4,0) NOT NULL,
    coi_notepad_entry_type_code character varying(20),
    restricted_view character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    title character varying(500),
    coi_disclosure_notepad_id numeric(12,0) NOT NULL,
    coi_disclosure_id_fk numeric(12,0),
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    note_type character varying(60) NOT NULL,
    comments text,
    project_id character varying(20),
    original_coi_disclosure_id numeric(12,0),
    fin_entity_id_fk numeric(12,0),
    event_type_code character varying(3),
    create_timestamp date,
    create_user character varying(60),
    usage_section_id character varying(5),
    CONSTRAINT coi_disclosure_notepad_pkey PRIMARY KEY (coi_disclosure_notepad_id)
);
CREATE TABLE kc.coi_disclosure_person (
    coi_disclosure_person_id numeric(12,0) NOT NULL,
    coi_disclosure_id numeric(12,0) NOT NULL,
    person_id character varying(40),
    person_role_id character varying(12),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_disclosure_person_pkey PRIMARY KEY (coi_disclosure_person_id)
);
CREATE TABLE kc.coi_disclosure_person_units (
    coi_disclosure_person_units_id numeric(12,0) NOT NULL,
    coi_disclosure_person_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    unit_number character varying(8) NOT NULL,
    lead_unit_flag character varying(1) NOT NULL,
    person_id character varying(40) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    CONSTRAINT coi_disclosure_person_units_pkey PRIMARY KEY (coi_disclosure_person_units_id)
);
CREATE TABLE kc.coi_disclosure_status (
    coi_disclosure_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_disclosure_status_pkey PRIMARY KEY (coi_disclosure_status_code)
);
CREATE TABLE kc.coi_disposition_status (
    coi_disposition_code numeric(3,0) NOT NULL,
    coi_disclosure_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    display_to_reporter character(1) NOT NULL,
    CONSTRAINT coi_disposition_status_pkey PRIMARY KEY (coi_disposition_code)
);
CREATE TABLE kc.coi_entity_status_code (
    entity_status_code character varying(3) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_entity_status_code_pkey PRIMARY KEY (entity_status_code)
);
CREATE TABLE kc.coi_note_type (
    note_type_code character varying(3) NOT NULL,
    sort_id numeric(3,0) NOT NULL,
    description character varying(20) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_note_type_pkey PRIMARY KEY (note_type_code)
);
CREATE TABLE kc.coi_notification (
    notification_id numeric(20,0) NOT NULL,
    notification_type_id numeric(6,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    owning_document_id_fk numeric(12,0) NOT NULL,
    recipients character varying(1000),
    subject character varying(1000),
    message character varying(4000),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    create_user character varying(60),
    CONSTRAINT coi_notification_pkey PRIMARY KEY (notification_id)
);
CREATE TABLE kc.coi_recomended_action_type (
    coi_recomended_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_recomended_action_type_pkey PRIMARY KEY (coi_recomended_type_code)
);
CREATE TABLE kc.coi_review_status (
    review_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    status_updated_only_by_action character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_review_status_pkey PRIMARY KEY (review_status_code)
);
CREATE TABLE kc.coi_review_type (
    coi_review_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_review_type_pkey PRIMARY KEY (coi_review_type_code)
);
CREATE TABLE kc.coi_reviewer (
    reviewer_code character varying(3) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_reviewer_pkey PRIMARY KEY (reviewer_code)
);
CREATE TABLE kc.coi_status (
    coi_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT coi_status_pkey PRIMARY KEY (coi_status_code)
);
CREATE TABLE kc.coi_user_roles (
    coi_user_roles_id numeric(12,0) NOT NULL,
    coi_disclosure_id numeric(12,0) NOT NULL,
    coi_disclosure_number character varying(20) NOT NULL,
    sequence_number numeric(6,0) NOT NULL,
    role_nm character varying(80) NOT NULL,
    user_id character varying(40) NOT NULL,
    coi_reviewer_code character varying(3),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    date_assigned date NOT NULL,
    date_completed date,
    review_completed character varying(1),
    coi_recomended_type_code character varying(3),
    CONSTRAINT coi_user_roles_pkey PRIMARY KEY (coi_user_roles_id)
);
CREATE TABLE kc.comm_batch_corresp (
    comm_batch_corresp_id character varying(10) NOT NULL,
    committee_id character varying(15) NOT NULL,
    batch_correspondence_type_code character varying(3),
    batch_run_date timestamp without time zone NOT NULL,
    time_window_start timestamp without time zone,
    time_window_end timestamp without time zone,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    iacuc_batch_corresp_type_code character varying(3),
    CONSTRAINT comm_batch_corresp_pkey PRIMARY KEY (comm_batch_corresp_id)
);
CREATE TABLE kc.comm_batch_corresp_detail (
    comm_batch_corresp_detail_id numeric(12,0) NOT NULL,
    comm_batch_corresp_id character varying(10) NOT NULL,
    protocol_action_id numeric(12,0),
    protocol_correspondence_id numeric(12,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    iacuc_prot_correspondence_id numeric(12,0),
    iacuc_protocol_action_id numeric(12,0),
    CONSTRAINT comm_batch_corresp_detail_pkey PRIMARY KEY (comm_batch_corresp_detail_id)
);
CREATE TABLE kc.comm_decision_motion_type (
    comm_decision_motion_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT comm_decision_motion_type_pkey PRIMARY KEY (comm_decision_motion_type_code)
);
CREATE TABLE kc.comm_member_expertise (
    comm_member_expertise_id numeric(12,0) NOT NULL,
    comm_membership_id_fk numeric(12,0) NOT NULL,
    research_area_code character varying(8),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    iacuc_research_area_code character varying(8),
    CONSTRAINT comm_member_expertise_pkey PRIMARY KEY (comm_member_expertise_id)
);
CREATE TABLE kc.comm_member_roles (
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    comm_member_roles_id numeric(12,0) NOT NULL,
    comm_membership_id_fk numeric(12,0) NOT NULL,
    membership_role_code character varying(3) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT comm_member_roles_pkey PRIMARY KEY (comm_member_roles_id)
);
CREATE TABLE kc.comm_membership_type (
    membership_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT comm_membership_type_pkey PRIMARY KEY (membership_type_code)
);
CREATE TABLE kc.comm_memberships (
    comm_membership_id numeric(12,0) NOT NULL,
    committee_id_fk numeric(12,0) NOT NULL,
    person_id character varying(40),
    rolodex_id numeric(12,0),
    person_name character varying(90) NOT NULL,
    membership_id character varying(10) NOT NULL,
    paid_member_flag character varying(1) NOT NULL,
    term_start_date timestamp without time zone NOT NULL,
    term_end_date timestamp without time zone,
    membership_type_code character varying(3) NOT NULL,
    comments text,
    contact_notes text,
    training_notes text,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT comm_memberships_pkey PRIMARY KEY (comm_membership_id)
);
CREATE TABLE kc.comm_research_areas (
    id numeric(12,0) NOT NULL,
    committee_id_fk numeric(12,0) NOT NULL,
    research_area_code character varying(8),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    iacuc_research_area_code character varying(8),
    CONSTRAINT comm_research_areas_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.comm_schedule (
    id numeric(12,0) NOT NULL,
    schedule_id character varying(10) NOT NULL,
    committee_id_fk numeric(12,0) NOT NULL,
    scheduled_date timestamp without time zone NOT NULL,
    place character varying(200),
    time timestamp without time zone,
    protocol_sub_deadline timestamp without time zone NOT NULL,
    schedule_status_code numeric(3,0) NOT NULL,
    meeting_date timestamp without time zone,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    agenda_prod_rev_date timestamp without time zone,
    max_protocols numeric(4,0),
    comments character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    available_to_reviewers character varying(1) NOT NULL,
    CONSTRAINT comm_schedule_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.comm_schedule_act_items (
    comm_schedule_act_items_id numeric(12,0) NOT NULL,
    schedule_id_fk numeric(12,0) NOT NULL,
    action_item_number numeric(4,0) NOT NULL,
    schedule_act_item_type_code character varying(3) NOT NULL,
    item_description character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT comm_schedule_act_items_pkey PRIMARY KEY (comm_schedule_act_items_id)
);
CREATE TABLE kc.comm_schedule_attachments (
    attachment_id numeric(3,0) NOT NULL,
    description character varying(200),
    file_name character varying(300),
    attachment bytea,
    mime_type character varying(100),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    schedule_id_fk numeric(12,0),
    attachment_type_code character varying(20),
    new_update_timestamp date,
    new_update_user character varying(60),
    CONSTRAINT comm_schedule_attachments_pkey PRIMARY KEY (attachment_id)
);
CREATE TABLE kc.comm_schedule_attendance (
    person_name character varying(90) NOT NULL,
    comm_schedule_attendance_id numeric(12,0) NOT NULL,
    schedule_id_fk numeric(12,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    guest_flag character varying(1) NOT NULL,
    alternate_flag character varying(1) NOT NULL,
    alternate_for character varying(40),
    non_employee_flag character varying(1) NOT NULL,
    comments character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT comm_schedule_attendance_pkey PRIMARY KEY (comm_schedule_attendance_id)
);
CREATE TABLE kc.comm_schedule_frequency (
    frequency_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    no_of_days numeric(3,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT comm_schedule_frequency_pkey PRIMARY KEY (frequency_code)
);
CREATE TABLE kc.comm_schedule_minute_doc (
    comm_schedule_minute_doc_id numeric(12,0) NOT NULL,
    schedule_id_fk numeric(12,0) NOT NULL,
    minute_number numeric(4,0) NOT NULL,
    minute_name character varying(200) NOT NULL,
    create_timestamp timestamp without time zone NOT NULL,
    create_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    pdf_store bytea NOT NULL,
    CONSTRAINT comm_schedule_minute_doc_pkey PRIMARY KEY (comm_schedule_minute_doc_id)
);
CREATE TABLE kc.comm_schedule_minutes (
    final_flag character varying(1),
    reviewer_id_fk numeric(12,0),
    comm_schedule_minutes_id numeric(12,0) NOT NULL,
    schedule_id_fk numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0),
    entry_number numeric(12,0) NOT NULL,
    minute_entry_type_code character varying(3) NOT NULL,
    submission_id_fk numeric(12,0),
    private_comment_flag character varying(1),
    protocol_contingency_code character varying(4),
    minute_entry text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    protocol_onln_rvw_fk numeric(12,0),
    comm_schedule_act_items_id_fk numeric(12,0),
    create_user character varying(60),
    create_timestamp timestamp without time zone,
    iacuc_protocol_id_fk numeric(12,0),
    iacuc_submission_id_fk numeric(12,0),
    iacuc_protocol_onln_rvw_fk numeric(12,0),
    iacuc_reviewer_id_fk numeric(12,0),
    protocol_number character varying(20),
    submission_number numeric(4,0),
    CONSTRAINT comm_schedule_minutes_pkey PRIMARY KEY (comm_schedule_minutes_id)
);
CREATE TABLE kc.comment_type (
    comment_type_code character varying(3) NOT NULL,
    description character varying(200),
    template_flag character varying(1),
    checklist_flag character varying(1),
    award_comment_screen_flag character varying(1),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT comment_type_pkey PRIMARY KEY (comment_type_code)
);
CREATE TABLE kc.committee (
    id numeric(12,0) NOT NULL,
    document_number character varying(40),
    committee_id character varying(15) NOT NULL,
    committee_name character varying(60) NOT NULL,
    home_unit_number character varying(8) NOT NULL,
    description character varying(2000),
    schedule_description character varying(2000),
    committee_type_code character varying(3) NOT NULL,
    minimum_members_required numeric(3,0),
    max_protocols numeric(4,0),
    adv_submission_days_req numeric(3,0),
    default_review_type_code character varying(3),
    applicable_review_type_code character varying(3),
    create_timestamp timestamp without time zone,
    create_user character varying(8),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    coi_review_type_code character varying(3),
    CONSTRAINT committee_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.committee_document (
    document_number character varying(40) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    committee_id character varying(15),
    doc_status_code character varying(1),
    CONSTRAINT committee_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.committee_type (
    committee_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT committee_type_pkey PRIMARY KEY (committee_type_code)
);
CREATE TABLE kc.contact_type (
    ver_nbr numeric(8,0) NOT NULL,
    contact_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT contact_type_pkey PRIMARY KEY (contact_type_code)
);
CREATE TABLE kc.contact_usage (
    contact_usage_id numeric(12,0) NOT NULL,
    contact_type_code character varying(3) NOT NULL,
    module_code numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT contact_usage_pkey PRIMARY KEY (contact_usage_id)
);
CREATE TABLE kc.core_impersonation (
    id numeric(22,0),
    login_timestamp timestamp without time zone NOT NULL,
    impersonated_user_id character varying(100) NOT NULL,
    impersonated_by_user character varying(100) NOT NULL,
    impersonation_display_name character varying(250),
    requested_resource character varying(2000),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL
);
CREATE TABLE kc.correspondent_type (
    correspondent_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    qualifier character varying(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT correspondent_type_pkey PRIMARY KEY (correspondent_type_code)
);
CREATE TABLE kc.cost_element (
    cost_element character varying(8) NOT NULL,
    description character varying(200) NOT NULL,
    budget_category_code character varying(3),
    on_off_campus_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character varying(1),
    fin_object_code character varying(4),
    CONSTRAINT cost_element_pkey PRIMARY KEY (cost_element)
);
CREATE TABLE kc.cost_share_type (
    cost_share_type_code numeric(3,0) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT cost_share_type_pkey PRIMARY KEY (cost_share_type_code)
);
CREATE TABLE kc.cust_report_details (
    report_id integer NOT NULL,
    report_label character varying(50) NOT NULL,
    report_description character varying(2000) NOT NULL,
    report_type_code integer NOT NULL,
    right_required character varying(30),
    report_design text NOT NULL,
    file_name character varying(150),
    content_type character varying(150),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT cust_report_details_pkey PRIMARY KEY (report_id)
);
CREATE TABLE kc.cust_report_type (
    report_type_code integer NOT NULL,
    report_type_desc character varying(50) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT cust_report_type_pkey PRIMARY KEY (report_type_code)
);
CREATE TABLE kc.cust_rpt_default_parms (
    parameter_name character varying(100) NOT NULL,
    report_type_code integer NOT NULL,
    class_name character varying(100) NOT NULL,
    java_statements character varying(2000) NOT NULL,
    unit_for_auth_check character(1),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT cust_rpt_default_parms_pkey PRIMARY KEY (parameter_name, report_type_code, class_name)
);
CREATE TABLE kc.cust_rpt_type_document (
    report_type_code integer NOT NULL,
    document_name character varying(100) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT cust_rpt_type_document_pkey PRIMARY KEY (report_type_code, document_name)
);
CREATE TABLE kc.custom_attribute (
    id numeric(12,0) NOT NULL,
    name character varying(30) NOT NULL,
    label character varying(30) NOT NULL,
    data_type_code character varying(3) NOT NULL,
    data_length numeric(4,0),
    default_value character varying(2000),
    lookup_class character varying(100),
    lookup_return character varying(30),
    group_name character varying(250) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT custom_attribute_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.custom_attribute_data_type (
    data_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT custom_attribute_data_type_pkey PRIMARY KEY (data_type_code)
);
CREATE TABLE kc.custom_attribute_doc_value (
    document_number character varying(40) NOT NULL,
    custom_attribute_id numeric(12,0) NOT NULL,
    value character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT custom_attribute_doc_value_pkey PRIMARY KEY (document_number, custom_attribute_id)
);
CREATE TABLE kc.custom_attribute_document (
    document_type_code character varying(4) NOT NULL,
    custom_attribute_id numeric(12,0) NOT NULL,
    type_name character varying(100),
    is_required character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    active_flag character(1),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT custom_attribute_document_pkey PRIMARY KEY (document_type_code, custom_attribute_id)
);
CREATE TABLE kc.dash_board_menu_items (
    dash_board_menu_item_id numeric(12,0) NOT NULL,
    menu_item character varying(500) NOT NULL,
    menu_action character varying(2000) NOT NULL,
    menu_type_flag character(1),
    active character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT dash_board_menu_items_pkey PRIMARY KEY (dash_board_menu_item_id)
);
CREATE TABLE kc.data_dictionary_override (
    id bigint NOT NULL,
    override_beans text NOT NULL,
    file_name character varying(150) NOT NULL,
    content_type character varying(255) NOT NULL,
    active character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT data_dictionary_override_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.deadline_type (
    deadline_type_code character(1) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT deadline_type_pkey PRIMARY KEY (deadline_type_code)
);
CREATE TABLE kc.degree_type (
    degree_code character varying(6) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT degree_type_pkey PRIMARY KEY (degree_code)
);
CREATE TABLE kc.dirty_cache_seq (
    id bigint NOT NULL,
    CONSTRAINT dirty_cache_seq_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.distribution (
    ver_nbr numeric(8,0) NOT NULL,
    osp_distribution_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT distribution_pkey PRIMARY KEY (osp_distribution_code)
);
CREATE TABLE kc.document_access (
    doc_access_id numeric(12,0) NOT NULL,
    doc_hdr_id character varying(40) NOT NULL,
    prncpl_id character varying(40) NOT NULL,
    role_nm character varying(80) NOT NULL,
    nmspc_cd character varying(40) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT document_access_pkey PRIMARY KEY (doc_access_id)
);
CREATE TABLE kc.document_nextvalue (
    document_number character varying(40) NOT NULL,
    property_name character varying(200) NOT NULL,
    next_value numeric(12,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT document_nextvalue_pkey PRIMARY KEY (document_number, property_name)
);
CREATE TABLE kc.eps_prop_abstract (
    timestamp_display timestamp without time zone,
    user_display character varying(60),
    proposal_number character varying(12) NOT NULL,
    abstract_type_code character varying(3) NOT NULL,
    abstract_details text NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_abstract_pkey PRIMARY KEY (proposal_number, abstract_type_code)
);
CREATE TABLE kc.eps_prop_changed_data (
    proposal_number character varying(8) NOT NULL,
    column_name character varying(30) NOT NULL,
    change_number numeric(3,0) NOT NULL,
    changed_value character varying(200),
    display_value character varying(200),
    old_display_value character varying(200),
    comments character varying(300),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_changed_data_pkey PRIMARY KEY (proposal_number, column_name, change_number)
);
CREATE TABLE kc.eps_prop_columns_to_alter (
    lookup_return character varying(50),
    column_name character varying(30) NOT NULL,
    column_label character varying(30) NOT NULL,
    data_type character varying(9) NOT NULL,
    data_length numeric(4,0),
    has_lookup character(1) NOT NULL,
    lookup_argument character varying(100),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_columns_to_alter_pkey PRIMARY KEY (column_name)
);
CREATE TABLE kc.eps_prop_cong_district (
    proposal_number character varying(8) NOT NULL,
    site_number numeric(3,0) NOT NULL,
    cong_district character varying(50) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    cong_district_id numeric(22,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0),
    CONSTRAINT eps_prop_cong_district_pkey PRIMARY KEY (cong_district_id)
);
CREATE TABLE kc.eps_prop_cost_sharing (
    budget_id numeric(12,0) NOT NULL,
    proposal_number character varying(12),
    budget_version_number numeric(3,0),
    cost_share_id numeric(5,0) NOT NULL,
    project_period numeric(4,0),
    amount numeric(12,2),
    cost_sharing_percentage numeric(5,2),
    source_account character varying(32),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    unit_number character varying(8),
    CONSTRAINT eps_prop_cost_sharing_pkey PRIMARY KEY (budget_id, cost_share_id)
);
CREATE TABLE kc.eps_prop_exempt_number (
    exemption_type_code character varying(3) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    proposal_exempt_number_id numeric(12,0) NOT NULL,
    proposal_special_review_id numeric(12,0) NOT NULL,
    CONSTRAINT eps_prop_exempt_number_pkey PRIMARY KEY (proposal_exempt_number_id)
);
CREATE TABLE kc.eps_prop_idc_rate (
    budget_id numeric(12,0) NOT NULL,
    budget_version_number numeric(3,0),
    unrecovered_fna_id numeric(5,0) NOT NULL,
    fiscal_year numeric(4,0),
    underrecovery_of_idc numeric(12,2),
    applicable_idc_rate numeric(6,3),
    on_campus_flag character(1),
    source_account character varying(32),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    proposal_number character varying(12),
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_idc_rate_pkey PRIMARY KEY (budget_id, unrecovered_fna_id)
);
CREATE TABLE kc.eps_prop_la_rates (
    budget_id numeric(12,0) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    fiscal_year character(4) NOT NULL,
    on_off_campus_flag character(1) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    applicable_rate numeric(5,2) NOT NULL,
    institute_rate numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_la_rates_pkey PRIMARY KEY (budget_id, rate_type_code, fiscal_year, on_off_campus_flag, start_date, rate_class_code)
);
CREATE TABLE kc.eps_prop_location (
    proposal_number character varying(12) NOT NULL,
    location_sequence_number numeric(3,0) NOT NULL,
    location character varying(60) NOT NULL,
    rolodex_id numeric(6,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_location_pkey PRIMARY KEY (proposal_number, location_sequence_number)
);
CREATE TABLE kc.eps_prop_per_credit_split (
    proposal_number character varying(12) NOT NULL,
    inv_credit_type_code character varying(3) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    credit numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_per_credit_split_pkey PRIMARY KEY (proposal_number, inv_credit_type_code, prop_person_number)
);
CREATE TABLE kc.eps_prop_per_doc_type (
    document_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_per_doc_type_pkey PRIMARY KEY (document_type_code)
);
CREATE TABLE kc.eps_prop_pers_ynq (
    proposal_number character varying(12) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    question_id character varying(4) NOT NULL,
    answer character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_pers_ynq_pkey PRIMARY KEY (proposal_number, prop_person_number, question_id)
);
CREATE TABLE kc.eps_prop_person (
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    proposal_number character varying(12) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    prop_person_role_id character varying(12) NOT NULL,
    person_id character varying(40),
    rolodex_id numeric(6,0),
    ssn character varying(9),
    last_name character varying(30),
    first_name character varying(30),
    middle_name character varying(30),
    full_name character varying(90),
    prior_name character varying(30),
    user_name character varying(60),
    email_address character varying(60),
    date_of_birth timestamp without time zone,
    age numeric(3,0),
    age_by_fiscal_year numeric(3,0),
    gender character varying(30),
    race character varying(30),
    education_level character varying(30),
    degree character varying(11),
    major character varying(30),
    is_handicapped character(1),
    handicap_type character varying(30),
    is_veteran character(1),
    veteran_type character varying(30),
    visa_code character varying(20),
    visa_type character varying(30),
    visa_renewal_date timestamp without time zone,
    has_visa character(1),
    office_location character varying(30),
    office_phone character varying(20),
    secondry_office_location character varying(30),
    secondry_office_phone character varying(20),
    school character varying(50),
    year_graduated character varying(30),
    directory_department character varying(30),
    salutation character varying(30),
    country_of_citizenship character varying(30),
    primary_title character varying(51),
    directory_title character varying(50),
    home_unit character varying(8),
    is_faculty character(1),
    is_graduate_student_staff character(1),
    is_research_staff character(1),
    is_service_staff character(1),
    is_support_staff character(1),
    is_other_accademic_group character(1),
    is_medical_staff character(1),
    vacation_accural character(1),
    is_on_sabbatical character(1),
    id_provided character varying(30),
    id_verified character varying(30),
    address_line_1 character varying(80),
    address_line_2 character varying(80),
    address_line_3 character varying(80),
    city character varying(30),
    county character varying(30),
    state character varying(30),
    postal_code character varying(15),
    country_code character(3),
    fax_number character varying(20),
    pager_number character varying(20),
    mobile_phone_number character varying(20),
    era_commons_user_name character varying(20),
    conflict_of_interest_flag character(1),
    percentage_effort numeric(5,2),
    fedr_debr_flag character(1),
    fedr_delq_flag character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    opt_in_unit_status character(1) NOT NULL,
    is_osc character(1),
    opt_in_certification_status character(1) NOT NULL,
    ordinal_position numeric(4,0),
    project_role character varying(60),
    obj_id character varying(36) NOT NULL,
    division character varying(100),
    citizenship_type_code numeric(15,0),
    academic_year_effort numeric(5,2),
    calendar_year_effort numeric(5,2),
    summer_effort numeric(5,2),
    certified_by character varying(60),
    last_notification timestamp without time zone,
    certified_time timestamp without time zone,
    add_credit_split character(1),
    CONSTRAINT eps_prop_person_pkey PRIMARY KEY (proposal_number, prop_person_number)
);
CREATE TABLE kc.eps_prop_person_bio (
    proposal_number character varying(12) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    bio_number numeric(3,0) NOT NULL,
    person_id character varying(40),
    rolodex_id numeric(6,0),
    description character varying(200),
    document_type_code character varying(3),
    file_name character varying(150),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    content_type character varying(100),
    CONSTRAINT eps_prop_person_bio_pkey PRIMARY KEY (proposal_number, prop_person_number, bio_number)
);
CREATE TABLE kc.eps_prop_person_bio_attachment (
    proposal_number character varying(12) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    bio_number numeric(3,0) NOT NULL,
    file_name character varying(150),
    content_type character varying(255),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    file_data_id character varying(36) NOT NULL,
    upload_timestamp timestamp without time zone NOT NULL,
    upload_user character varying(100) NOT NULL,
    CONSTRAINT eps_prop_person_bio_attachment_pkey PRIMARY KEY (proposal_number, prop_person_number, bio_number)
);
CREATE TABLE kc.eps_prop_person_degree (
    proposal_number character varying(12) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    degree_sequence_number numeric(3,0) NOT NULL,
    graduation_year character varying(4),
    degree_code character varying(6),
    degree character varying(80),
    field_of_study character varying(80),
    specialization character varying(80),
    school character varying(50),
    school_id_code character varying(3),
    school_id character varying(20),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_person_degree_pkey PRIMARY KEY (proposal_number, prop_person_number, degree_sequence_number)
);
CREATE TABLE kc.eps_prop_person_role (
    unit_details_required character(1) NOT NULL,
    prop_person_role_id numeric(12,0) NOT NULL,
    description character varying(25) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    certification_required character(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    prop_person_role_code character varying(12) NOT NULL,
    sponsor_hierarchy_name character varying(50) NOT NULL,
    read_only_role character(1) NOT NULL,
    CONSTRAINT eps_prop_person_role_pkey PRIMARY KEY (prop_person_role_id)
);
CREATE TABLE kc.eps_prop_person_units (
    proposal_number character varying(12) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    unit_number character varying(8) NOT NULL,
    lead_unit_flag character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_person_units_pkey PRIMARY KEY (proposal_number, prop_person_number, unit_number)
);
CREATE TABLE kc.eps_prop_rates (
    budget_id numeric(12,0) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    fiscal_year character(4) NOT NULL,
    on_off_campus_flag character(1) NOT NULL,
    activity_type_code character varying(3) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    applicable_rate numeric(5,2) NOT NULL,
    institute_rate numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_rates_pkey PRIMARY KEY (budget_id, rate_class_code, rate_type_code, fiscal_year, on_off_campus_flag, start_date)
);
CREATE TABLE kc.eps_prop_science_keyword (
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    proposal_number character varying(12) NOT NULL,
    science_keyword_code character varying(15) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_science_keyword_pkey PRIMARY KEY (proposal_number, science_keyword_code)
);
CREATE TABLE kc.eps_prop_sites (
    proposal_number character varying(12) NOT NULL,
    site_number numeric(3,0) NOT NULL,
    location_name character varying(60),
    location_type_code numeric(3,0) NOT NULL,
    organization_id character varying(8),
    rolodex_id numeric(6,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_sites_pkey PRIMARY KEY (proposal_number, site_number)
);
CREATE TABLE kc.eps_prop_special_review (
    expiration_date timestamp without time zone,
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    proposal_number character varying(12) NOT NULL,
    special_review_number numeric(3,0) NOT NULL,
    special_review_code character varying(3) NOT NULL,
    approval_type_code character varying(3) NOT NULL,
    protocol_number character varying(20),
    application_date timestamp without time zone,
    approval_date timestamp without time zone,
    comments text,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    proposal_special_review_id numeric(12,0) NOT NULL,
    protocol_status_description character varying(200),
    CONSTRAINT eps_prop_special_review_pkey PRIMARY KEY (proposal_special_review_id)
);
CREATE TABLE kc.eps_prop_unit_credit_split (
    proposal_number character varying(12) NOT NULL,
    inv_credit_type_code character varying(3) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    unit_number character varying(8) NOT NULL,
    credit numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_unit_credit_split_pkey PRIMARY KEY (proposal_number, inv_credit_type_code, prop_person_number, unit_number)
);
CREATE TABLE kc.eps_prop_user_roles (
    proposal_number character varying(12) NOT NULL,
    user_id character varying(40) NOT NULL,
    role_id numeric(5,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_prop_user_roles_pkey PRIMARY KEY (proposal_number, user_id, role_id)
);
CREATE TABLE kc.eps_prop_ynq (
    proposal_number character varying(12) NOT NULL,
    question_id character varying(4) NOT NULL,
    answer character(1),
    explanation text,
    review_date timestamp without time zone,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sort_id numeric(12,0),
    CONSTRAINT eps_prop_ynq_pkey PRIMARY KEY (proposal_number, question_id)
);
CREATE TABLE kc.eps_proposal (
    submit_flag character(1) NOT NULL,
    is_hierarchy character(1) NOT NULL,
    hierarchy_proposal_number character varying(12),
    hierarchy_hash_code numeric(10,0),
    hierarchy_budget_type character(1),
    program_announcement_number character varying(50),
    program_announcement_title character varying(255),
    activity_type_code character varying(3),
    requested_start_date_initial timestamp without time zone,
    requested_start_date_total timestamp without time zone,
    requested_end_date_initial timestamp without time zone,
    requested_end_date_total timestamp without time zone,
    duration_months numeric(3,0),
    number_of_copies character varying(7),
    deadline_date timestamp without time zone,
    deadline_type character(1),
    mailing_address_id numeric(6,0),
    mail_by character(1),
    mail_type character varying(3),
    carrier_code_type character varying(3),
    carrier_code character varying(20),
    mail_description character varying(80),
    mail_account_number character varying(9),
    subcontract_flag character(1),
    narrative_status character(1),
    budget_status character(1),
    owned_by_unit character varying(8),
    create_timestamp timestamp without time zone,
    create_user character varying(60),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    nsf_sequence_number numeric(12,0),
    prime_sponsor_code character(6),
    cfda_number character varying(7),
    agency_program_code character varying(50),
    agency_division_code character varying(50),
    ver_nbr numeric(8,0) NOT NULL,
    document_number character varying(40),
    proposal_number character varying(12) NOT NULL,
    proposal_type_code character varying(3),
    status_code numeric(3,0),
    creation_status_code numeric(3,0),
    base_proposal_number character varying(8),
    continued_from character varying(8),
    template_flag character(1),
    organization_id character varying(8),
    performing_organization_id character varying(8),
    current_account_number character(7),
    current_award_number character varying(12),
    title character varying(200),
    sponsor_code character(6),
    sponsor_proposal_number character varying(70),
    intr_coop_activities_flag character(1),
    intr_country_list character varying(150),
    other_agency_flag character(1),
    notice_of_opportunity_code numeric(3,0),
    hierarchy_orig_child_prop_nbr character varying(12),
    obj_id character varying(36) NOT NULL,
    anticipated_award_type_code numeric(3,0),
    proposalnumber_gg character varying(12),
    opportunityid_gg character varying(50),
    deadline_time character varying(15),
    agency_routing_identifier character varying(50),
    prev_gg_trackid character varying(50),
    final_budget_id numeric(12,0),
    hierarchy_last_budget_id numeric(12,0),
    CONSTRAINT eps_proposal_pkey PRIMARY KEY (proposal_number)
);
CREATE TABLE kc.eps_proposal_budget_ext (
    budget_id numeric(12,0) NOT NULL,
    final_version_flag character varying(1),
    document_number character varying(40),
    hierarchy_hash_code numeric(12,0),
    proposal_number character varying(12) NOT NULL,
    status_code character(1) NOT NULL,
    CONSTRAINT eps_proposal_budget_ext_pkey PRIMARY KEY (budget_id)
);
CREATE TABLE kc.eps_proposal_budget_ext_orphan (
    budget_id numeric(12,0) NOT NULL,
    final_version_flag character varying(1),
    document_number character varying(40),
    hierarchy_hash_code numeric(12,0),
    proposal_number character varying(12),
    CONSTRAINT eps_proposal_budget_ext_orphan_pkey PRIMARY KEY (budget_id)
);
CREATE TABLE kc.eps_proposal_budget_status (
    proposal_number character varying(12) NOT NULL,
    budget_status_code character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT eps_proposal_budget_status_pkey PRIMARY KEY (proposal_number)
);
CREATE TABLE kc.eps_proposal_document (
    document_number character varying(40) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    proposal_deleted character varying(1),
    CONSTRAINT eps_proposal_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.eps_proposal_status (
    status_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    CONSTRAINT eps_proposal_status_pkey PRIMARY KEY (status_code)
);
CREATE TABLE kc.exempt_studies_checklist (
    exempt_studies_checklist_code character varying(4) NOT NULL,
    description character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT exempt_studies_checklist_pkey PRIMARY KEY (exempt_studies_checklist_code)
);
CREATE TABLE kc.exemption_type (
    exemption_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    detailed_description text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT exemption_type_pkey PRIMARY KEY (exemption_type_code)
);
CREATE TABLE kc.expedited_review_checklist (
    expedited_rev_chklst_code character varying(4) NOT NULL,
    description character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT expedited_review_checklist_pkey PRIMARY KEY (expedited_rev_chklst_code)
);
CREATE TABLE kc.file_data (
    id character varying(36) NOT NULL,
    data bytea,
    CONSTRAINT file_data_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.fin_entities_data_groups (
    data_group_id numeric(3,0) NOT NULL,
    data_group_name character varying(30) NOT NULL,
    data_group_sort_id numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT fin_entities_data_groups_pkey PRIMARY KEY (data_group_id)
);
CREATE TABLE kc.fin_entities_data_matrix (
    column_name character varying(30) NOT NULL,
    column_label character varying(30) NOT NULL,
    gui_type character varying(30) NOT NULL,
    lookup_argument character varying(30),
    data_group_id numeric(3,0) NOT NULL,
    status_flag character varying(1) NOT NULL,
    column_sort_id numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT fin_entities_data_matrix_pkey PRIMARY KEY (column_name)
);
CREATE TABLE kc.fin_entity_reporter_units (
    fin_entity_reporter_units_id numeric(12,0) NOT NULL,
    financial_entity_reporter_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    unit_number character varying(8) NOT NULL,
    lead_unit_flag character varying(1) NOT NULL,
    person_id character varying(40) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    CONSTRAINT fin_entity_reporter_units_pkey PRIMARY KEY (fin_entity_reporter_units_id)
);
CREATE TABLE kc.fin_idc_type_code (
    fin_idc_code character varying(5) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    obj_id character varying(36),
    ver_nbr numeric(8,0) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    CONSTRAINT fin_idc_type_code_pkey PRIMARY KEY (rate_class_code, rate_type_code)
);
CREATE TABLE kc.fin_int_entity_rel_type (
    relationship_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    sort_id numeric(3,0) NOT NULL,
    active_flag character(1) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT fin_int_entity_rel_type_pkey PRIMARY KEY (relationship_type_code)
);
CREATE TABLE kc.fin_int_entity_status (
    status_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT fin_int_entity_status_pkey PRIMARY KEY (status_code)
);
CREATE TABLE kc.fin_int_entity_ynq (
    fin_int_entity_ynq_id numeric(12,0) NOT NULL,
    person_fin_int_disclosure_id numeric(12,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    entity_number character varying(10) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    question_id character varying(4) NOT NULL,
    answer character(1) NOT NULL,
    explanation text,
    review_date date,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT fin_int_entity_ynq_pkey PRIMARY KEY (fin_int_entity_ynq_id)
);
CREATE TABLE kc.fin_object_code_mapping (
    fin_object_code character varying(10) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    obj_id character varying(36),
    unit_number character varying(8) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    activity_type_code character varying(3),
    ver_nbr numeric(8,0) NOT NULL,
    mapping_id numeric(12,0) NOT NULL,
    CONSTRAINT fin_object_code_mapping_pkey PRIMARY KEY (mapping_id)
);
CREATE TABLE kc.financial_entity_attachment (
    financial_entity_attachment_id numeric(12,0) NOT NULL,
    financial_entity_id_fk numeric(12,0) NOT NULL,
    file_id numeric(12,0) NOT NULL,
    description character varying(200) NOT NULL,
    contact_name character varying(30),
    email_address character varying(60),
    phone_number character varying(20),
    comments character varying(300),
    obj_id character varying(36) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    CONSTRAINT financial_entity_attachment_pkey PRIMARY KEY (financial_entity_attachment_id)
);
CREATE TABLE kc.financial_entity_contact_info (
    fin_entity_contact_info_id numeric(12,0) NOT NULL,
    person_fin_int_disclosure_id numeric(12,0) NOT NULL,
    address_line_1 character varying(80) NOT NULL,
    address_line_2 character varying(80),
    address_line_3 character varying(80),
    web_address_1 character varying(200),
    web_address_2 character varying(200),
    city character varying(30) NOT NULL,
    state character varying(30),
    postal_code character varying(15) NOT NULL,
    country_code character(3) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT financial_entity_contact_info_pkey PRIMARY KEY (fin_entity_contact_info_id)
);
CREATE TABLE kc.financial_entity_reporter (
    financial_entity_reporter_id numeric(12,0) NOT NULL,
    person_id character varying(40),
    reporter_role_id character varying(12),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT financial_entity_reporter_pkey PRIMARY KEY (financial_entity_reporter_id)
);
CREATE TABLE kc.formulated_type (
    formulated_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT formulated_type_pkey PRIMARY KEY (formulated_type_code)
);
CREATE TABLE kc.fp_doc_type_t (
    fdoc_typ_cd character varying(4) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    fdoc_nm character varying(40),
    fdoc_typ_active_cd character varying(1),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT fp_doc_type_t_pkey PRIMARY KEY (fdoc_typ_cd)
);
CREATE TABLE kc.frequency (
    ver_nbr numeric(8,0) NOT NULL,
    frequency_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    number_of_days numeric(3,0),
    number_of_months numeric(2,0),
    repeat_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    advance_number_of_days numeric(3,0),
    advance_number_of_months numeric(2,0),
    obj_id character varying(36) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT frequency_pkey PRIMARY KEY (frequency_code)
);
CREATE TABLE kc.frequency_base (
    ver_nbr numeric(8,0) NOT NULL,
    frequency_base_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    regeneration_type_name character varying(12) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT frequency_base_pkey PRIMARY KEY (frequency_base_code)
);
CREATE TABLE kc.funding_source_type (
    funding_source_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    funding_source_type_flag character varying(1),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT funding_source_type_pkey PRIMARY KEY (funding_source_type_code)
);
CREATE TABLE kc.group_types (
    group_type_code numeric(3,0) NOT NULL,
    group_name character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT group_types_pkey PRIMARY KEY (group_type_code)
);
CREATE TABLE kc.iacuc_affiliation_type (
    ver_nbr numeric(8,0) NOT NULL,
    affiliation_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT iacuc_affiliation_type_pkey PRIMARY KEY (affiliation_type_code)
);
CREATE TABLE kc.iacuc_alt_search_db (
    alt_search_db_code numeric(4,0) NOT NULL,
    alt_search_db_name character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_alt_search_db_pkey PRIMARY KEY (alt_search_db_code)
);
CREATE TABLE kc.iacuc_batch_corresp_detail (
    batch_correspondence_detail_id numeric(12,0) NOT NULL,
    batch_correspondence_type_code character varying(3) NOT NULL,
    proto_corresp_type_code character varying(3) NOT NULL,
    days_to_event numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_batch_corresp_detail_pkey PRIMARY KEY (batch_correspondence_detail_id)
);
CREATE TABLE kc.iacuc_batch_correspondence (
    batch_correspondence_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    days_to_event_ui_text character varying(400) NOT NULL,
    send_correspondence character varying(10) NOT NULL,
    final_action_day numeric(3,0),
    final_action_type_code character varying(3),
    final_action_corresp_type character varying(3),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_batch_correspondence_pkey PRIMARY KEY (batch_correspondence_type_code)
);
CREATE TABLE kc.iacuc_correspondent_type (
    correspondent_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    qualifier character varying(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_correspondent_type_pkey PRIMARY KEY (correspondent_type_code)
);
CREATE TABLE kc.iacuc_exception_category (
    exception_category_code numeric(3,0) NOT NULL,
    exception_category_desc character varying(200) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_exception_category_pkey PRIMARY KEY (exception_category_code)
);
CREATE TABLE kc.iacuc_exempt_number (
    iacuc_exempt_number_id numeric(12,0) NOT NULL,
    iacuc_special_review_id numeric(12,0) NOT NULL,
    exemption_type_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_exempt_number_pkey PRIMARY KEY (iacuc_exempt_number_id)
);
CREATE TABLE kc.iacuc_location_name (
    location_id numeric(3,0) NOT NULL,
    location_name character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    location_type_code numeric(3,0),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_location_name_pkey PRIMARY KEY (location_id)
);
CREATE TABLE kc.iacuc_location_type (
    location_type_code numeric(3,0) NOT NULL,
    location character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_location_type_pkey PRIMARY KEY (location_type_code)
);
CREATE TABLE kc.iacuc_org_correspondent (
    correspondent_id numeric(12,0) NOT NULL,
    organization_id character varying(8) NOT NULL,
    correspondent_type_code numeric(3,0) NOT NULL,
    person_id character varying(40),
    non_employee_flag character varying(1) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_org_correspondent_pkey PRIMARY KEY (correspondent_id)
);
CREATE TABLE kc.iacuc_pain_category (
    pain_category_code numeric(3,0) NOT NULL,
    pain_category character varying(200) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    pain_level numeric(3,0),
    CONSTRAINT iacuc_pain_category_pkey PRIMARY KEY (pain_category_code)
);
CREATE TABLE kc.iacuc_person_training (
    iacuc_person_training_id numeric(12,0) NOT NULL,
    person_training_id numeric(12,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    species_code numeric(4,0) NOT NULL,
    procedure_code numeric(4,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_person_training_pkey PRIMARY KEY (iacuc_person_training_id)
);
CREATE TABLE kc.iacuc_principles (
    iacuc_principles_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20),
    sequence_number numeric(4,0) NOT NULL,
    reduction character varying(2000),
    refinement character varying(2000),
    replacement character varying(2000),
    exceptions_present character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    search_required character varying(1),
    CONSTRAINT iacuc_principles_pkey PRIMARY KEY (iacuc_principles_id)
);
CREATE TABLE kc.iacuc_proc_cat_custom_data (
    id numeric(12,0) NOT NULL,
    procedure_category_code numeric(3,0) NOT NULL,
    name character varying(30) NOT NULL,
    label character varying(30) NOT NULL,
    data_type_code character varying(3) NOT NULL,
    data_length numeric(4,0),
    default_value character varying(2000),
    lookup_class character varying(100),
    lookup_return character varying(30),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    active_flag character(1),
    sort_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proc_cat_custom_data_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.iacuc_proc_person_responsible (
    iacuc_proc_pers_resp_id numeric(12,0) NOT NULL,
    iacuc_protocol_study_group_id numeric(12,0) NOT NULL,
    protocol_person_id numeric(12,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proc_person_responsible_pkey PRIMARY KEY (iacuc_proc_pers_resp_id)
);
CREATE TABLE kc.iacuc_procedure_category (
    procedure_category_code numeric(3,0) NOT NULL,
    procedure_category character varying(200) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_procedure_category_pkey PRIMARY KEY (procedure_category_code)
);
CREATE TABLE kc.iacuc_procedures (
    procedure_code numeric(4,0) NOT NULL,
    procedure_category_code numeric(3,0) NOT NULL,
    procedure_description character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_procedures_pkey PRIMARY KEY (procedure_code)
);
CREATE TABLE kc.iacuc_proto_amend_renew_mod (
    proto_amend_renew_modules_id numeric(12,0) NOT NULL,
    proto_amend_renewal_number character varying(20) NOT NULL,
    proto_amend_renewal_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    protocol_module_code character varying(5) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proto_amend_renew_mod_pkey PRIMARY KEY (proto_amend_renew_modules_id)
);
CREATE TABLE kc.iacuc_proto_amend_renewal (
    proto_amend_renewal_id numeric(12,0) NOT NULL,
    proto_amend_ren_number character varying(20) NOT NULL,
    date_created timestamp without time zone,
    summary character varying(4000),
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20),
    sequence_number numeric(4,0),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proto_amend_renewal_pkey PRIMARY KEY (proto_amend_renewal_id)
);
CREATE TABLE kc.iacuc_proto_attach_type_group (
    type_group_id numeric(12,0) NOT NULL,
    type_cd character varying(3) NOT NULL,
    group_cd character varying(3) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proto_attach_type_group_pkey PRIMARY KEY (type_group_id)
);
CREATE TABLE kc.iacuc_proto_attachment_group (
    group_cd character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proto_attachment_group_pkey PRIMARY KEY (group_cd)
);
CREATE TABLE kc.iacuc_proto_attachment_status (
    status_cd character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proto_attachment_status_pkey PRIMARY KEY (status_cd)
);
CREATE TABLE kc.iacuc_proto_corresp_templ (
    proto_corresp_templ_id numeric(12,0) NOT NULL,
    proto_corresp_type_code character varying(3) NOT NULL,
    committee_id character varying(15) NOT NULL,
    file_name character varying(150) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    correspondence_template text,
    CONSTRAINT iacuc_proto_corresp_templ_pkey PRIMARY KEY (proto_corresp_templ_id)
);
CREATE TABLE kc.iacuc_proto_correspondence (
    id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    action_id numeric(6,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    action_id_fk numeric(12,0) NOT NULL,
    proto_corresp_type_code character varying(3) NOT NULL,
    final_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    correspondence bytea NOT NULL,
    obj_id character varying(36) NOT NULL,
    create_timestamp timestamp without time zone,
    create_user character varying(60),
    final_flag_timestamp timestamp without time zone,
    CONSTRAINT iacuc_proto_correspondence_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.iacuc_proto_olr_dt_rec_type (
    review_determ_recom_cd numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    assoc_review_type numeric(3,0),
    iacuc_prot_action_type character varying(3),
    CONSTRAINT iacuc_proto_olr_dt_rec_type_pkey PRIMARY KEY (review_determ_recom_cd)
);
CREATE TABLE kc.iacuc_proto_review_type (
    protocol_review_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    global_flag character(1),
    CONSTRAINT iacuc_proto_review_type_pkey PRIMARY KEY (protocol_review_type_code)
);
CREATE TABLE kc.iacuc_proto_review_type_deter (
    protocol_review_type_code numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proto_review_type_deter_pkey PRIMARY KEY (protocol_review_type_code)
);
CREATE TABLE kc.iacuc_proto_study_custom_data (
    iacuc_prot_stud_cust_data_id numeric(12,0) NOT NULL,
    iacuc_protocol_study_group_id numeric(12,0) NOT NULL,
    proc_custom_attribute_id numeric(12,0) NOT NULL,
    value character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proto_study_custom_data_pkey PRIMARY KEY (iacuc_prot_stud_cust_data_id)
);
CREATE TABLE kc.iacuc_proto_study_group_locs (
    iacuc_prot_stud_grou_locs_id numeric(12,0) NOT NULL,
    iacuc_protocol_study_group_id numeric(12,0) NOT NULL,
    study_group_location_id numeric(3,0) NOT NULL,
    location_type_code numeric(3,0) NOT NULL,
    location_id numeric(3,0) NOT NULL,
    study_group_location_desc character varying(2000),
    location_room character varying(60),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_proto_study_group_locs_pkey PRIMARY KEY (iacuc_prot_stud_grou_locs_id)
);
CREATE TABLE kc.iacuc_protocol (
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    version_number numeric(4,0),
    document_number character varying(40) NOT NULL,
    protocol_type_code character varying(3) NOT NULL,
    project_type_code character varying(3),
    protocol_status_code character varying(3) NOT NULL,
    title character varying(2000) NOT NULL,
    description character varying(2000),
    application_date timestamp without time zone,
    approval_date timestamp without time zone,
    expiration_date timestamp without time zone,
    fda_application_number character varying(15),
    reference_number_1 character varying(50),
    reference_number_2 character varying(50),
    active character varying(1),
    is_billable character varying(1) NOT NULL,
    special_review_indicator character varying(2) NOT NULL,
    key_study_person_indicator character varying(2) NOT NULL,
    funding_source_indicator character varying(2) NOT NULL,
    correspondent_indicator character varying(2) NOT NULL,
    reference_indicator character varying(2) NOT NULL,
    lay_statement_1 character varying(2000),
    lay_statement_2 character varying(2000),
    create_timestamp timestamp without time zone,
    create_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    last_approval_date timestamp without time zone,
    overview_timeline character varying(2000),
    species_study_group_indicator character varying(2) NOT NULL,
    alternative_search_indicator character varying(2) NOT NULL,
    scientific_justif_indicator character varying(2) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_pkey PRIMARY KEY (protocol_id)
);
CREATE TABLE kc.iacuc_protocol_action_type (
    protocol_action_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    trigger_submission character varying(1) NOT NULL,
    trigger_correspondence character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    final_action_for_batch_corresp character varying(1) NOT NULL,
    CONSTRAINT iacuc_protocol_action_type_pkey PRIMARY KEY (protocol_action_type_code)
);
CREATE TABLE kc.iacuc_protocol_actions (
    iacuc_protocol_action_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0),
    action_id numeric(6,0) NOT NULL,
    protocol_action_type_code character varying(3) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0),
    comments character varying(2000),
    action_date timestamp without time zone,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    actual_action_date timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    prev_submission_status_code character varying(3),
    submission_type_code character varying(3),
    prev_protocol_status_code character varying(3),
    followup_action_code character varying(3),
    created_submission character(1),
    create_user character varying(60),
    create_timestamp timestamp without time zone,
    CONSTRAINT iacuc_protocol_actions_pkey PRIMARY KEY (iacuc_protocol_action_id)
);
CREATE TABLE kc.iacuc_protocol_alt_search (
    iacuc_protocol_alt_search_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20),
    sequence_number numeric(4,0) NOT NULL,
    search_date timestamp without time zone,
    years_searched character varying(2000) NOT NULL,
    keywords character varying(2000) NOT NULL,
    comments text,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_alt_search_pkey PRIMARY KEY (iacuc_protocol_alt_search_id)
);
CREATE TABLE kc.iacuc_protocol_alt_search_dbs (
    iacuc_prtcl_alt_search_dbs_id numeric(12,0) NOT NULL,
    iacuc_alt_search_id numeric(12,0) NOT NULL,
    alt_search_database_name character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_alt_search_dbs_pkey PRIMARY KEY (iacuc_prtcl_alt_search_dbs_id)
);
CREATE TABLE kc.iacuc_protocol_attach_protocol (
    pa_protocol_id numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    type_cd character varying(3) NOT NULL,
    document_id numeric(4,0) NOT NULL,
    file_id numeric(22,0) NOT NULL,
    description character varying(200) NOT NULL,
    status_cd character varying(3),
    contact_name character varying(30),
    email_address character varying(60),
    phone_number character varying(20),
    comments character varying(300),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    document_status_code character varying(3),
    create_timestamp timestamp without time zone,
    attachment_version numeric(4,0),
    CONSTRAINT iacuc_protocol_attach_protocol_pkey PRIMARY KEY (pa_protocol_id)
);
CREATE TABLE kc.iacuc_protocol_attach_prsnnl (
    pa_personnel_id numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    type_cd character varying(3) NOT NULL,
    document_id numeric(4,0) NOT NULL,
    file_id numeric(22,0) NOT NULL,
    description character varying(200) NOT NULL,
    person_id numeric(12,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_attach_prsnnl_pkey PRIMARY KEY (pa_personnel_id)
);
CREATE TABLE kc.iacuc_protocol_attachment_type (
    type_cd character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_attachment_type_pkey PRIMARY KEY (type_cd)
);
CREATE TABLE kc.iacuc_protocol_contingency (
    protocol_contingency_code character varying(4) NOT NULL,
    description character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_contingency_pkey PRIMARY KEY (protocol_contingency_code)
);
CREATE TABLE kc.iacuc_protocol_corresp_type (
    proto_corresp_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    module_id character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_corresp_type_pkey PRIMARY KEY (proto_corresp_type_code)
);
CREATE TABLE kc.iacuc_protocol_custom_data (
    iacuc_protocol_custom_data_id numeric(12,0) NOT NULL,
    protocol_id numeric(22,0) NOT NULL,
    custom_attribute_id numeric(12,0) NOT NULL,
    value character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_custom_data_pkey PRIMARY KEY (iacuc_protocol_custom_data_id)
);
CREATE TABLE kc.iacuc_protocol_document (
    document_number character varying(40) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    protocol_workflow_type character varying(80),
    CONSTRAINT iacuc_protocol_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.iacuc_protocol_exceptions (
    iacuc_protocol_exceptions_id numeric(12,0) NOT NULL,
    species_code numeric(4,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(3,0) NOT NULL,
    exception_id numeric(3,0) NOT NULL,
    exception_category_code numeric(3,0) NOT NULL,
    exception_description character varying(1000) NOT NULL,
    exception_count numeric(8,0),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_exceptions_pkey PRIMARY KEY (iacuc_protocol_exceptions_id)
);
CREATE TABLE kc.iacuc_protocol_funding_source (
    iacuc_prot_funding_source_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20),
    sequence_number numeric(4,0),
    funding_source_type_code character varying(3) NOT NULL,
    funding_source character varying(200) NOT NULL,
    funding_source_name character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_funding_source_pkey PRIMARY KEY (iacuc_prot_funding_source_id)
);
CREATE TABLE kc.iacuc_protocol_location (
    iacuc_protocol_location_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    protocol_org_type_code character varying(3) NOT NULL,
    organization_id character varying(8) NOT NULL,
    rolodex_id numeric(6,0),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_location_pkey PRIMARY KEY (iacuc_protocol_location_id)
);
CREATE TABLE kc.iacuc_protocol_modules (
    protocol_module_code character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_modules_pkey PRIMARY KEY (protocol_module_code)
);
CREATE TABLE kc.iacuc_protocol_notepad (
    protocol_notepad_id numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    entry_number numeric(4,0) NOT NULL,
    comments text,
    restricted_view character varying(1) NOT NULL,
    note_type character varying(60),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    create_timestamp timestamp without time zone,
    create_user character varying(60),
    CONSTRAINT iacuc_protocol_notepad_pkey PRIMARY KEY (protocol_notepad_id)
);
CREATE TABLE kc.iacuc_protocol_notification (
    notification_id numeric(20,0) NOT NULL,
    notification_type_id numeric(6,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    owning_document_id_fk numeric(12,0) NOT NULL,
    recipients character varying(1000),
    subject character varying(1000),
    message character varying(4000),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    create_user character varying(60),
    create_timestamp timestamp without time zone,
    CONSTRAINT iacuc_protocol_notification_pkey PRIMARY KEY (notification_id)
);
CREATE TABLE kc.iacuc_protocol_olr_document (
    document_number character varying(40) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    CONSTRAINT iacuc_protocol_olr_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.iacuc_protocol_olr_status (
    status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_olr_status_pkey PRIMARY KEY (status_code)
);
CREATE TABLE kc.iacuc_protocol_onln_rvws (
    protocol_onln_rvw_id numeric(12,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    protocol_id numeric(12,0),
    submission_id_fk numeric(12,0),
    protocol_reviewer_fk numeric(12,0) NOT NULL,
    protocol_onln_rvw_status_code character varying(3) NOT NULL,
    review_determ_recom_cd numeric(3,0),
    date_requested timestamp without time zone,
    date_due timestamp without time zone,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actions_performed character varying(1000),
    reviewer_approved character(1) NOT NULL,
    determine_review_type_cd numeric(3,0),
    determine_review_date_due timestamp without time zone,
    admin_accepted character(1) NOT NULL,
    CONSTRAINT iacuc_protocol_onln_rvws_pkey PRIMARY KEY (protocol_onln_rvw_id)
);
CREATE TABLE kc.iacuc_protocol_org_type (
    protocol_org_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_org_type_pkey PRIMARY KEY (protocol_org_type_code)
);
CREATE TABLE kc.iacuc_protocol_person_roles (
    protocol_person_role_id character varying(12) NOT NULL,
    description character varying(250),
    unit_details_required character(1) NOT NULL,
    affiliation_details_required character(1) NOT NULL,
    training_details_required character(1) NOT NULL,
    comments_details_required character(1) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_person_roles_pkey PRIMARY KEY (protocol_person_role_id)
);
CREATE TABLE kc.iacuc_protocol_persons (
    protocol_person_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    person_name character varying(90) NOT NULL,
    protocol_person_role_id character varying(12),
    rolodex_id numeric(12,0),
    affiliation_type_code numeric(3,0),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36),
    comments text,
    last_name character varying(30),
    first_name character varying(30),
    middle_name character varying(30),
    full_name character varying(90),
    prior_name character varying(30),
    user_name character varying(60),
    email_address character varying(60),
    date_of_birth timestamp without time zone,
    age numeric(3,0),
    age_by_fiscal_year numeric(3,0),
    gender character varying(30),
    race character varying(30),
    education_level character varying(30),
    degree character varying(11),
    major character varying(30),
    is_handicapped character(1),
    handicap_type character varying(30),
    is_veteran character(1),
    veteran_type character varying(30),
    visa_code character varying(20),
    visa_type character varying(30),
    visa_renewal_date timestamp without time zone,
    has_visa character(1),
    office_location character varying(30),
    office_phone character varying(20),
    secondry_office_location character varying(30),
    secondry_office_phone character varying(20),
    school character varying(50),
    year_graduated character varying(30),
    directory_department character varying(30),
    salutation character varying(30),
    country_of_citizenship character varying(30),
    primary_title character varying(51),
    directory_title character varying(50),
    home_unit character varying(8),
    is_faculty character(1),
    is_graduate_student_staff character(1),
    is_research_staff character(1),
    is_service_staff character(1),
    is_support_staff character(1),
    is_other_accademic_group character(1),
    is_medical_staff character(1),
    vacation_accural character(1),
    is_on_sabbatical character(1),
    id_provided character varying(30),
    id_verified character varying(30),
    address_line_1 character varying(80),
    address_line_2 character varying(80),
    address_line_3 character varying(80),
    city character varying(30),
    county character varying(30),
    state character varying(30),
    postal_code character varying(15),
    country_code character(3),
    fax_number character varying(20),
    pager_number character varying(20),
    mobile_phone_number character varying(20),
    era_commons_user_name character varying(20),
    procedure_qualif_description character varying(2000),
    CONSTRAINT iacuc_protocol_persons_pkey PRIMARY KEY (protocol_person_id)
);
CREATE TABLE kc.iacuc_protocol_project_type (
    project_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_project_type_pkey PRIMARY KEY (project_type_code)
);
CREATE TABLE kc.iacuc_protocol_prsn_role_mppng (
    role_mapping_id numeric(12,0) NOT NULL,
    source_role_id character varying(12) NOT NULL,
    target_role_id character varying(12) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_prsn_role_mppng_pkey PRIMARY KEY (role_mapping_id)
);
CREATE TABLE kc.iacuc_protocol_reference_type (
    protocol_reference_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_reference_type_pkey PRIMARY KEY (protocol_reference_type_code)
);
CREATE TABLE kc.iacuc_protocol_references (
    iacuc_protocol_references_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    protocol_reference_number numeric(12,0) NOT NULL,
    protocol_reference_type_code numeric(3,0) NOT NULL,
    reference_key character varying(50),
    application_date timestamp without time zone,
    approval_date timestamp without time zone,
    comments text,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    expiration_date timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_references_pkey PRIMARY KEY (iacuc_protocol_references_id)
);
CREATE TABLE kc.iacuc_protocol_research_areas (
    iacuc_prot_research_areas_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    research_area_code character varying(8) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_research_areas_pkey PRIMARY KEY (iacuc_prot_research_areas_id)
);
CREATE TABLE kc.iacuc_protocol_reviewer_type (
    reviewer_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_reviewer_type_pkey PRIMARY KEY (reviewer_type_code)
);
CREATE TABLE kc.iacuc_protocol_reviewers (
    protocol_reviewer_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    non_employee_flag character(1) NOT NULL,
    reviewer_type_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    rolodex_id numeric(6,0),
    CONSTRAINT iacuc_protocol_reviewers_pkey PRIMARY KEY (protocol_reviewer_id)
);
CREATE TABLE kc.iacuc_protocol_special_review (
    iacuc_prot_special_review_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20),
    sequence_number numeric(4,0) NOT NULL,
    special_review_number numeric(3,0) NOT NULL,
    special_review_code numeric(3,0) NOT NULL,
    approval_type_code numeric(3,0),
    sp_rev_protocol_number character varying(20),
    application_date timestamp without time zone,
    approval_date timestamp without time zone,
    expiration_date timestamp without time zone,
    comments text,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_special_review_pkey PRIMARY KEY (iacuc_prot_special_review_id)
);
CREATE TABLE kc.iacuc_protocol_species (
    iacuc_protocol_species_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    species_id numeric(3,0) NOT NULL,
    species_code numeric(4,0) NOT NULL,
    species_group character varying(50) NOT NULL,
    is_usda_covered character varying(1) NOT NULL,
    strain character varying(30),
    species_count numeric(8,0),
    pain_category_code numeric(3,0),
    species_count_code numeric(3,0),
    exceptions_present character varying(1),
    procedure_summary character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_species_pkey PRIMARY KEY (iacuc_protocol_species_id)
);
CREATE TABLE kc.iacuc_protocol_status (
    protocol_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_status_pkey PRIMARY KEY (protocol_status_code)
);
CREATE TABLE kc.iacuc_protocol_study_group_hdr (
    iacuc_proto_study_grp_hdr_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    procedure_category_code numeric(3,0) NOT NULL,
    procedure_code numeric(4,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_study_group_hdr_pkey PRIMARY KEY (iacuc_proto_study_grp_hdr_id)
);
CREATE TABLE kc.iacuc_protocol_study_groups (
    iacuc_protocol_study_group_id numeric(12,0) NOT NULL,
    iacuc_proto_study_grp_hdr_id numeric(12,0) NOT NULL,
    iacuc_protocol_species_id numeric(12,0) NOT NULL,
    pain_category_code numeric(3,0) NOT NULL,
    count numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_study_groups_pkey PRIMARY KEY (iacuc_protocol_study_group_id)
);
CREATE TABLE kc.iacuc_protocol_submission (
    iacuc_protocol_submission_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    version_number numeric(4,0),
    submission_number numeric(4,0) NOT NULL,
    schedule_id character varying(10),
    committee_id character varying(15),
    protocol_id numeric(12,0) NOT NULL,
    schedule_id_fk numeric(12,0),
    committee_id_fk numeric(12,0),
    submission_type_code character varying(3) NOT NULL,
    submission_type_qual_code numeric(3,0),
    protocol_review_type_code numeric(3,0) NOT NULL,
    submission_status_code numeric(3,0) NOT NULL,
    submission_date timestamp without time zone,
    comments character varying(2000),
    yes_vote_count numeric(3,0),
    no_vote_count numeric(3,0),
    abstainer_count numeric(3,0),
    voting_comments character varying(2000),
    recused_count numeric(3,0),
    is_billable character varying(1) NOT NULL,
    comm_decision_motion_type_code character varying(3),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_submission_pkey PRIMARY KEY (iacuc_protocol_submission_id)
);
CREATE TABLE kc.iacuc_protocol_submission_doc (
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0) NOT NULL,
    document_id numeric(3,0) NOT NULL,
    file_name character varying(300),
    document bytea,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    mime_type character varying(100),
    description character varying(200),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    submission_doc_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0) NOT NULL,
    CONSTRAINT iacuc_protocol_submission_doc_pkey PRIMARY KEY (submission_doc_id)
);
CREATE TABLE kc.iacuc_protocol_type (
    protocol_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36),
    CONSTRAINT iacuc_protocol_type_pkey PRIMARY KEY (protocol_type_code)
);
CREATE TABLE kc.iacuc_protocol_units (
    iacuc_protocol_units_id numeric(12,0) NOT NULL,
    iacuc_prot_investigators_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    unit_number character varying(8) NOT NULL,
    lead_unit_flag character varying(1) NOT NULL,
    person_id character varying(40),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_protocol_units_pkey PRIMARY KEY (iacuc_protocol_units_id)
);
CREATE TABLE kc.iacuc_research_areas (
    research_area_code character varying(8) NOT NULL,
    parent_research_area_code character varying(8) NOT NULL,
    has_children_flag character varying(1),
    description character varying(200),
    active_flag character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_research_areas_pkey PRIMARY KEY (research_area_code)
);
CREATE TABLE kc.iacuc_reviewer_attachments (
    reviewer_attachment_id numeric(12,0) NOT NULL,
    protocol_onln_rvw_fk numeric(12,0),
    protocol_id_fk numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    attachment_id numeric(3,0) NOT NULL,
    file_id numeric(12,0) NOT NULL,
    description character varying(200),
    mime_type character varying(100),
    ver_nbr numeric(8,0) NOT NULL,
    private_flag character varying(1) NOT NULL,
    protocol_person_can_view_flag character varying(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    create_timestamp timestamp without time zone,
    create_user character varying(60) NOT NULL,
    CONSTRAINT iacuc_reviewer_attachments_pkey PRIMARY KEY (reviewer_attachment_id)
);
CREATE TABLE kc.iacuc_species (
    species_code numeric(4,0) NOT NULL,
    species_name character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_species_pkey PRIMARY KEY (species_code)
);
CREATE TABLE kc.iacuc_species_count_type (
    species_count_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_species_count_type_pkey PRIMARY KEY (species_count_code)
);
CREATE TABLE kc.iacuc_submission_status (
    submission_status_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_submission_status_pkey PRIMARY KEY (submission_status_code)
);
CREATE TABLE kc.iacuc_submission_type (
    submission_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_submission_type_pkey PRIMARY KEY (submission_type_code)
);
CREATE TABLE kc.iacuc_submission_type_qualif (
    submission_type_qual_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_submission_type_qualif_pkey PRIMARY KEY (submission_type_qual_code)
);
CREATE TABLE kc.iacuc_unit_correspondent (
    correspondent_id numeric(12,0) NOT NULL,
    unit_number character varying(8) NOT NULL,
    correspondent_type_code numeric(3,0) NOT NULL,
    person_id character varying(40),
    non_employee_flag character varying(1) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_unit_correspondent_pkey PRIMARY KEY (correspondent_id)
);
CREATE TABLE kc.iacuc_valid_proto_sub_typ_ql (
    valid_proto_sub_type_qual_id numeric(12,0) NOT NULL,
    submission_type_code character varying(3) NOT NULL,
    submission_type_qual_code numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT iacuc_valid_proto_sub_typ_ql_pkey PRIMARY KEY (valid_proto_sub_type_qual_id)
);
CREATE TABLE kc.idc_rate_type (
    idc_rate_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT idc_rate_type_pkey PRIMARY KEY (idc_rate_type_code)
);
CREATE TABLE kc.institute_la_rates (
    active_flag character(1) NOT NULL,
    unit_number character varying(8) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    fiscal_year character(4) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    on_off_campus_flag character(1) NOT NULL,
    rate numeric(5,2) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT institute_la_rates_pkey PRIMARY KEY (unit_number, rate_type_code, fiscal_year, start_date, on_off_campus_flag, rate_class_code)
);
CREATE TABLE kc.institute_proposal_document (
    document_number character varying(40) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT institute_proposal_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.institute_rates (
    active_flag character(1) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    activity_type_code character varying(3) NOT NULL,
    fiscal_year character(4) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    on_off_campus_flag character(1) NOT NULL,
    rate numeric(5,2) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    unit_number character varying(8) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    institute_rate_id numeric(22,0) NOT NULL,
    CONSTRAINT institute_rates_pkey PRIMARY KEY (institute_rate_id)
);
CREATE TABLE kc.inv_coi_disc_details (
    inv_coi_disc_details_id numeric(12,0) NOT NULL,
    person_fin_int_disclosure_id numeric(12,0) NOT NULL,
    coi_disclosure_number character varying(10) NOT NULL,
    entity_number character varying(10) NOT NULL,
    entity_sequence_number numeric(4,0) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    coi_status_code character varying(3) NOT NULL,
    coi_reviewer_code character varying(3) NOT NULL,
    description character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT inv_coi_disc_details_pkey PRIMARY KEY (inv_coi_disc_details_id)
);
CREATE TABLE kc.inv_credit_type (
    inv_credit_type_code character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    adds_to_hundred character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    active_flag character(1),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT inv_credit_type_pkey PRIMARY KEY (inv_credit_type_code)
);
CREATE TABLE kc.ip_review (
    ip_review_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    ip_review_req_type_code numeric(3,0),
    review_submission_date timestamp without time zone,
    review_receive_date timestamp without time zone,
    review_result_code numeric(3,0),
    ip_reviewer character varying(40),
    ip_review_sequence_status character varying(10) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT ip_review_pkey PRIMARY KEY (ip_review_id)
);
CREATE TABLE kc.ip_review_activity_type (
    ip_review_activity_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT ip_review_activity_type_pkey PRIMARY KEY (ip_review_activity_type_code)
);
CREATE TABLE kc.ip_review_req_type (
    ip_review_req_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT ip_review_req_type_pkey PRIMARY KEY (ip_review_req_type_code)
);
CREATE TABLE kc.ip_review_result_type (
    ip_review_result_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT ip_review_result_type_pkey PRIMARY KEY (ip_review_result_type_code)
);
CREATE TABLE kc.job_code (
    job_code character varying(6) NOT NULL,
    job_title character varying(50) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT job_code_pkey PRIMARY KEY (job_code)
);
CREATE TABLE kc.kc_activemq_acks (
    container character varying(250) NOT NULL,
    sub_dest character varying(250),
    client_id character varying(250) NOT NULL,
    sub_name character varying(250) NOT NULL,
    selector character varying(250),
    last_acked_id bigint,
    priority bigint NOT NULL,
    xid character varying(250),
    CONSTRAINT kc_activemq_acks_pkey PRIMARY KEY (container, client_id, sub_name, priority)
);
CREATE TABLE kc.kc_activemq_lock (
    id bigint NOT NULL,
    time bigint,
    broker_name character varying(250),
    CONSTRAINT kc_activemq_lock_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.kc_activemq_msgs (
    id bigint NOT NULL,
    container character varying(250),
    msgid_prod character varying(250),
    msgid_seq bigint,
    expiration bigint,
    msg bytea,
    priority bigint,
    xid character varying(250),
    CONSTRAINT kc_activemq_msgs_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.kc_krms_term_fun_param (
    kc_krms_term_fun_param_id numeric(12,0) NOT NULL,
    kc_krms_term_function_id numeric(12,0),
    param_name character varying(40) NOT NULL,
    param_type character varying(100) NOT NULL,
    param_order numeric(2,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT kc_krms_term_fun_param_pkey PRIMARY KEY (kc_krms_term_fun_param_id)
);
CREATE TABLE kc.kc_krms_term_function (
    kc_krms_term_function_id numeric(12,0) NOT NULL,
    krms_term_nm character varying(60),
    description character varying(200) NOT NULL,
    return_type character varying(100) NOT NULL,
    function_type character varying(3),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT kc_krms_term_function_pkey PRIMARY KEY (kc_krms_term_function_id)
);
CREATE TABLE kc.kc_qrtz_blob_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    blob_data bytea,
    CONSTRAINT kc_qrtz_blob_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE kc.kc_qrtz_calendars (
    calendar_name character varying(200) NOT NULL,
    calendar bytea NOT NULL,
    CONSTRAINT kc_qrtz_calendars_pkey PRIMARY KEY (calendar_name)
);
CREATE TABLE kc.kc_qrtz_cron_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    cron_expression character varying(200) NOT NULL,
    time_zone_id character varying(80),
    CONSTRAINT kc_qrtz_cron_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE kc.kc_qrtz_fired_triggers (
    entry_id character varying(95) NOT NULL,
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    is_volatile character varying(1) NOT NULL,
    instance_name character varying(200) NOT NULL,
    fired_time bigint NOT NULL,
    priority integer NOT NULL,
    state character varying(16) NOT NULL,
    job_name character varying(200),
    job_group character varying(200),
    is_stateful character varying(1),
    requests_recovery character varying(1),
    CONSTRAINT kc_qrtz_fired_triggers_pkey PRIMARY KEY (entry_id)
);
CREATE TABLE kc.kc_qrtz_job_details (
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    description character varying(250),
    job_class_name character varying(250) NOT NULL,
    is_durable character varying(1) NOT NULL,
    is_volatile character varying(1) NOT NULL,
    is_stateful character varying(1) NOT NULL,
    requests_recovery character varying(1) NOT NULL,
    job_data bytea,
    CONSTRAINT kc_qrtz_job_details_pkey PRIMARY KEY (job_name, job_group)
);
CREATE TABLE kc.kc_qrtz_job_listeners (
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    job_listener character varying(200) NOT NULL,
    CONSTRAINT kc_qrtz_job_listeners_pkey PRIMARY KEY (job_name, job_group, job_listener)
);
CREATE TABLE kc.kc_qrtz_locks (
    lock_name character varying(40) NOT NULL,
    CONSTRAINT kc_qrtz_locks_pkey PRIMARY KEY (lock_name)
);
CREATE TABLE kc.kc_qrtz_paused_trigger_grps (
    trigger_group character varying(200) NOT NULL,
    CONSTRAINT kc_qrtz_paused_trigger_grps_pkey PRIMARY KEY (trigger_group)
);
CREATE TABLE kc.kc_qrtz_scheduler_state (
    instance_name character varying(200) NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval bigint NOT NULL,
    CONSTRAINT kc_qrtz_scheduler_state_pkey PRIMARY KEY (instance_name)
);
CREATE TABLE kc.kc_qrtz_simple_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    repeat_count bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    CONSTRAINT kc_qrtz_simple_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE kc.kc_qrtz_trigger_listeners (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    trigger_listener character varying(200) NOT NULL,
    CONSTRAINT kc_qrtz_trigger_listeners_pkey PRIMARY KEY (trigger_name, trigger_group, trigger_listener)
);
CREATE TABLE kc.kc_qrtz_triggers (
    trigger_name character varying(200) NOT NULL,
    trigger_group character varying(200) NOT NULL,
    job_name character varying(200) NOT NULL,
    job_group character varying(200) NOT NULL,
    is_volatile character varying(1) NOT NULL,
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
    CONSTRAINT kc_qrtz_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE kc.kra_user (
    user_id character varying(10) NOT NULL,
    user_name character varying(90),
    non_mit_person_flag character(1),
    person_id character varying(40),
    user_type character(1),
    unit_number character varying(8),
    status character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT kra_user_pkey PRIMARY KEY (user_id)
);
CREATE TABLE kc.krns_adhoc_rte_actn_recip_t (
    recip_typ_cd numeric(1,0) NOT NULL,
    actn_rqst_cd character varying(30) NOT NULL,
    actn_rqst_recip_id character varying(70) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    doc_hdr_id character varying(14) NOT NULL,
    CONSTRAINT krns_adhoc_rte_actn_recip_t_pkey PRIMARY KEY (recip_typ_cd, actn_rqst_cd, actn_rqst_recip_id, doc_hdr_id)
);
CREATE TABLE kc.krns_att_t (
    nte_id numeric(14,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    mime_typ character varying(255),
    file_nm character varying(250),
    att_id character varying(36),
    file_sz numeric(14,0),
    att_typ_cd character varying(40),
    CONSTRAINT krns_att_t_pkey PRIMARY KEY (nte_id)
);
CREATE TABLE kc.krns_doc_hdr_t (
    doc_hdr_id character varying(14) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    fdoc_desc character varying(40),
    org_doc_hdr_id character varying(10),
    tmpl_doc_hdr_id character varying(14),
    explanation character varying(400),
    CONSTRAINT krns_doc_hdr_t_pkey PRIMARY KEY (doc_hdr_id)
);
CREATE TABLE kc.krns_doc_typ_attr_s (
    id bigint NOT NULL,
    CONSTRAINT krns_doc_typ_attr_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krns_lock_s (
    id bigint NOT NULL,
    CONSTRAINT krns_lock_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krns_lookup_rslt_s (
    id bigint NOT NULL,
    CONSTRAINT krns_lookup_rslt_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krns_lookup_rslt_t (
    lookup_rslt_id character varying(14) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    prncpl_id character varying(40) NOT NULL,
    lookup_dt timestamp without time zone NOT NULL,
    serialzd_rslts text,
    CONSTRAINT krns_lookup_rslt_t_pkey PRIMARY KEY (lookup_rslt_id)
);
CREATE TABLE kc.krns_lookup_sel_t (
    lookup_rslt_id character varying(14) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    prncpl_id character varying(40) NOT NULL,
    lookup_dt timestamp without time zone NOT NULL,
    sel_obj_ids text,
    CONSTRAINT krns_lookup_sel_t_pkey PRIMARY KEY (lookup_rslt_id)
);
CREATE TABLE kc.krns_maint_doc_att_t (
    doc_hdr_id character varying(14) NOT NULL,
    att_cntnt bytea NOT NULL,
    file_nm character varying(150),
    cntnt_typ character varying(255),
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT krns_maint_doc_att_t_pkey PRIMARY KEY (doc_hdr_id)
);
CREATE TABLE kc.krns_maint_doc_t (
    doc_hdr_id character varying(14) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    doc_cntnt text,
    CONSTRAINT krns_maint_doc_t_pkey PRIMARY KEY (doc_hdr_id)
);
CREATE TABLE kc.krns_maint_lock_s (
    id bigint NOT NULL,
    CONSTRAINT krns_maint_lock_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krns_maint_lock_t (
    maint_lock_rep_txt character varying(500),
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    doc_hdr_id character varying(14) NOT NULL,
    maint_lock_id character varying(14) NOT NULL,
    CONSTRAINT krns_maint_lock_t_pkey PRIMARY KEY (maint_lock_id)
);
CREATE TABLE kc.krns_nte_s (
    id bigint NOT NULL,
    CONSTRAINT krns_nte_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krns_nte_t (
    nte_id numeric(14,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    rmt_obj_id character varying(36) NOT NULL,
    auth_prncpl_id character varying(40) NOT NULL,
    post_ts timestamp without time zone NOT NULL,
    nte_typ_cd character varying(4) NOT NULL,
    txt character varying(800),
    prg_cd character varying(1),
    tpc_txt character varying(40),
    CONSTRAINT krns_nte_t_pkey PRIMARY KEY (nte_id)
);
CREATE TABLE kc.krns_nte_typ_t (
    nte_typ_cd character varying(4) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    typ_desc_txt character varying(100),
    actv_ind character varying(1),
    CONSTRAINT krns_nte_typ_t_pkey PRIMARY KEY (nte_typ_cd)
);
CREATE TABLE kc.krns_pessimistic_lock_t (
    pessimistic_lock_id numeric(14,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    lock_desc_txt character varying(4000),
    doc_hdr_id character varying(14) NOT NULL,
    gnrt_dt timestamp without time zone NOT NULL,
    prncpl_id character varying(40) NOT NULL,
    CONSTRAINT krns_pessimistic_lock_t_pkey PRIMARY KEY (pessimistic_lock_id)
);
CREATE TABLE kc.krns_sesn_doc_t (
    sesn_doc_id character varying(40) NOT NULL,
    doc_hdr_id character varying(14) NOT NULL,
    prncpl_id character varying(40) NOT NULL,
    ip_addr character varying(60) NOT NULL,
    serialzd_doc_frm bytea,
    last_updt_dt timestamp without time zone,
    content_encrypted_ind character(1),
    CONSTRAINT krns_sesn_doc_t_pkey PRIMARY KEY (sesn_doc_id, doc_hdr_id, prncpl_id, ip_addr)
);
CREATE TABLE kc.krsb_bam_parm_s (
    id bigint NOT NULL,
    CONSTRAINT krsb_bam_parm_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krsb_bam_parm_t (
    bam_parm_id numeric(14,0) NOT NULL,
    bam_id numeric(14,0) NOT NULL,
    parm text NOT NULL,
    CONSTRAINT krsb_bam_parm_t_pkey PRIMARY KEY (bam_parm_id)
);
CREATE TABLE kc.krsb_bam_s (
    id bigint NOT NULL,
    CONSTRAINT krsb_bam_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krsb_bam_t (
    bam_id numeric(14,0) NOT NULL,
    svc_nm character varying(255) NOT NULL,
    svc_url character varying(500) NOT NULL,
    mthd_nm character varying(2000) NOT NULL,
    thrd_nm character varying(500) NOT NULL,
    call_dt timestamp without time zone NOT NULL,
    tgt_to_str character varying(2000) NOT NULL,
    srvr_ind numeric(1,0) NOT NULL,
    excpn_to_str character varying(2000),
    excpn_msg text,
    CONSTRAINT krsb_bam_t_pkey PRIMARY KEY (bam_id)
);
CREATE TABLE kc.krsb_flt_svc_def_s (
    id bigint NOT NULL,
    CONSTRAINT krsb_flt_svc_def_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krsb_msg_pyld_t (
    msg_que_id numeric(14,0) NOT NULL,
    msg_pyld text NOT NULL,
    CONSTRAINT krsb_msg_pyld_t_pkey PRIMARY KEY (msg_que_id)
);
CREATE TABLE kc.krsb_msg_que_s (
    id bigint NOT NULL,
    CONSTRAINT krsb_msg_que_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.krsb_msg_que_t (
    msg_que_id numeric(14,0) NOT NULL,
    dt timestamp without time zone NOT NULL,
    exp_dt timestamp without time zone,
    prio numeric(8,0) NOT NULL,
    stat_cd character(1) NOT NULL,
    rtry_cnt numeric(8,0) NOT NULL,
    ip_nbr character varying(2000) NOT NULL,
    svc_nm character varying(255),
    svc_nmspc character varying(255) NOT NULL,
    svc_mthd_nm character varying(2000),
    app_val_one character varying(2000),
    app_val_two character varying(2000),
    ver_nbr numeric(8,0),
    CONSTRAINT krsb_msg_que_t_pkey PRIMARY KEY (msg_que_id)
);
CREATE TABLE kc.krsb_qrtz_blob_triggers (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    blob_data bytea,
    CONSTRAINT krsb_qrtz_blob_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE kc.krsb_qrtz_calendars (
    calendar_name character varying(80) NOT NULL,
    calendar bytea NOT NULL,
    CONSTRAINT krsb_qrtz_calendars_pkey PRIMARY KEY (calendar_name)
);
CREATE TABLE kc.krsb_qrtz_cron_triggers (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    cron_expression character varying(80) NOT NULL,
    time_zone_id character varying(80),
    CONSTRAINT krsb_qrtz_cron_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE kc.krsb_qrtz_fired_triggers (
    entry_id character varying(95) NOT NULL,
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    is_volatile character varying(1) NOT NULL,
    instance_name character varying(80) NOT NULL,
    fired_time numeric(13,0) NOT NULL,
    priority numeric(13,0) NOT NULL,
    state character varying(16) NOT NULL,
    job_name character varying(80),
    job_group character varying(80),
    is_stateful character varying(1),
    requests_recovery character varying(1),
    CONSTRAINT krsb_qrtz_fired_triggers_pkey PRIMARY KEY (entry_id)
);
CREATE TABLE kc.krsb_qrtz_job_details (
    job_name character varying(80) NOT NULL,
    job_group character varying(80) NOT NULL,
    description character varying(120),
    job_class_name character varying(128) NOT NULL,
    is_durable character varying(1) NOT NULL,
    is_volatile character varying(1) NOT NULL,
    is_stateful character varying(1) NOT NULL,
    requests_recovery character varying(1) NOT NULL,
    job_data bytea,
    CONSTRAINT krsb_qrtz_job_details_pkey PRIMARY KEY (job_name, job_group)
);
CREATE TABLE kc.krsb_qrtz_job_listeners (
    job_name character varying(80) NOT NULL,
    job_group character varying(80) NOT NULL,
    job_listener character varying(80) NOT NULL,
    CONSTRAINT krsb_qrtz_job_listeners_pkey PRIMARY KEY (job_name, job_group, job_listener)
);
CREATE TABLE kc.krsb_qrtz_locks (
    lock_name character varying(40) NOT NULL,
    CONSTRAINT krsb_qrtz_locks_pkey PRIMARY KEY (lock_name)
);
CREATE TABLE kc.krsb_qrtz_paused_trigger_grps (
    trigger_group character varying(80) NOT NULL,
    CONSTRAINT krsb_qrtz_paused_trigger_grps_pkey PRIMARY KEY (trigger_group)
);
CREATE TABLE kc.krsb_qrtz_scheduler_state (
    instance_name character varying(80) NOT NULL,
    last_checkin_time numeric(13,0) NOT NULL,
    checkin_interval numeric(13,0) NOT NULL,
    CONSTRAINT krsb_qrtz_scheduler_state_pkey PRIMARY KEY (instance_name)
);
CREATE TABLE kc.krsb_qrtz_simple_triggers (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    repeat_count numeric(7,0) NOT NULL,
    repeat_interval numeric(12,0) NOT NULL,
    times_triggered numeric(7,0) NOT NULL,
    CONSTRAINT krsb_qrtz_simple_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE kc.krsb_qrtz_trigger_listeners (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    trigger_listener character varying(80) NOT NULL,
    CONSTRAINT krsb_qrtz_trigger_listeners_pkey PRIMARY KEY (trigger_name, trigger_group, trigger_listener)
);
CREATE TABLE kc.krsb_qrtz_triggers (
    trigger_name character varying(80) NOT NULL,
    trigger_group character varying(80) NOT NULL,
    job_name character varying(80) NOT NULL,
    job_group character varying(80) NOT NULL,
    is_volatile character varying(1) NOT NULL,
    description character varying(120),
    next_fire_time numeric(13,0),
    prev_fire_time numeric(13,0),
    priority numeric(13,0),
    trigger_state character varying(16) NOT NULL,
    trigger_type character varying(8) NOT NULL,
    start_time numeric(13,0) NOT NULL,
    end_time numeric(13,0),
    calendar_name character varying(80),
    misfire_instr numeric(2,0),
    job_data bytea,
    CONSTRAINT krsb_qrtz_triggers_pkey PRIMARY KEY (trigger_name, trigger_group)
);
CREATE TABLE kc.krsb_svc_def_s (
    id bigint NOT NULL,
    CONSTRAINT krsb_svc_def_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.location_type (
    location_type_code numeric(3,0) NOT NULL,
    location_type_desc character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT location_type_pkey PRIMARY KEY (location_type_code)
);
CREATE TABLE kc.mail_by (
    mail_by_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT mail_by_pkey PRIMARY KEY (mail_by_code)
);
CREATE TABLE kc.mail_type (
    mail_type character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT mail_type_pkey PRIMARY KEY (mail_type)
);
CREATE TABLE kc.membership_role (
    membership_role_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    committee_type_code character varying(3),
    CONSTRAINT membership_role_pkey PRIMARY KEY (membership_role_code)
);
CREATE TABLE kc.minute_entry_type (
    minute_entry_type_code character varying(3) NOT NULL,
    sort_id numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT minute_entry_type_pkey PRIMARY KEY (minute_entry_type_code)
);
CREATE TABLE kc.msg_of_the_day (
    msg_of_the_day_id numeric(12,0) NOT NULL,
    msg character varying(4000),
    ver_nbr numeric(8,0) NOT NULL,
    display_order numeric(8,0) NOT NULL,
    active_flag character varying(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    CONSTRAINT msg_of_the_day_pkey PRIMARY KEY (msg_of_the_day_id)
);
CREATE TABLE kc.narrative (
    hierarchy_proposal_number character varying(12),
    hide_in_hierarchy character(1) NOT NULL,
    proposal_number character varying(12) NOT NULL,
    module_number numeric(4,0) NOT NULL,
    module_sequence_number numeric(4,0) NOT NULL,
    module_title character varying(150),
    module_status_code character varying(3) NOT NULL,
    contact_name character varying(30),
    phone_number character varying(20),
    email_address character varying(60),
    comments character varying(300),
    file_name character varying(150),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    narrative_type_code character varying(3) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    content_type character varying(100),
    CONSTRAINT narrative_pkey PRIMARY KEY (proposal_number, module_number)
);
CREATE TABLE kc.narrative_attachment (
    proposal_number character varying(12) NOT NULL,
    module_number numeric(4,0) NOT NULL,
    file_name character varying(150),
    content_type character varying(255),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    file_data_id character varying(36) NOT NULL,
    upload_timestamp timestamp without time zone NOT NULL,
    upload_user character varying(100) NOT NULL,
    CONSTRAINT narrative_attachment_pkey PRIMARY KEY (proposal_number, module_number)
);
CREATE TABLE kc.narrative_status (
    narrative_status_code character varying(3) NOT NULL,
    description character varying(20) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT narrative_status_pkey PRIMARY KEY (narrative_status_code)
);
CREATE TABLE kc.narrative_type (
    narrative_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    system_generated character varying(1) NOT NULL,
    allow_multiple character varying(1) NOT NULL,
    narrative_type_group character varying(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT narrative_type_pkey PRIMARY KEY (narrative_type_code)
);
CREATE TABLE kc.narrative_user_rights (
    proposal_number character varying(12) NOT NULL,
    module_number numeric(4,0) NOT NULL,
    user_id character varying(40) NOT NULL,
    access_type character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT narrative_user_rights_pkey PRIMARY KEY (proposal_number, module_number, user_id)
);
CREATE TABLE kc.negotiation (
    negotiation_id numeric(22,0) NOT NULL,
    document_number character varying(40),
    negotation_status_id numeric(22,0) NOT NULL,
    negotiation_agreement_type_id numeric(22,0) NOT NULL,
    negotiation_assc_type_id numeric(22,0) NOT NULL,
    negotiator_person_id character varying(40) NOT NULL,
    negotiator_full_name character varying(90) NOT NULL,
    negotiation_start_date date,
    negotiation_end_date date,
    anticipated_award_date date,
    document_folder character varying(255),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    associated_document_id character varying(25),
    CONSTRAINT negotiation_pkey PRIMARY KEY (negotiation_id)
);
CREATE TABLE kc.negotiation_activity (
    negotiation_activity_id numeric(22,0) NOT NULL,
    negotiation_id numeric(22,0) NOT NULL,
    location_id numeric(22,0) NOT NULL,
    activity_type_id numeric(22,0) NOT NULL,
    start_date date NOT NULL,
    end_date date,
    create_date date NOT NULL,
    followup_date date,
    last_modified_user character varying(60) NOT NULL,
    last_modified_date date NOT NULL,
    description character varying(2000),
    restricted character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT negotiation_activity_pkey PRIMARY KEY (negotiation_activity_id)
);
CREATE TABLE kc.negotiation_activity_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_activity_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.negotiation_activity_type (
    negotiation_activity_type_id numeric(22,0) NOT NULL,
    negotiation_activity_type_code character varying(3) NOT NULL,
    description character varying(30) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actv_ind character varying(1) NOT NULL,
    CONSTRAINT negotiation_activity_type_pkey PRIMARY KEY (negotiation_activity_type_id)
);
CREATE TABLE kc.negotiation_activity_type_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_activity_type_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.negotiation_agreement_type (
    negotiation_agrmnt_type_id numeric(22,0) NOT NULL,
    negotiation_agrmnt_type_code character varying(3) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actv_ind character varying(1) NOT NULL,
    CONSTRAINT negotiation_agreement_type_pkey PRIMARY KEY (negotiation_agrmnt_type_id)
);
CREATE TABLE kc.negotiation_agreement_type_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_agreement_type_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.negotiation_association_type (
    negotiation_assc_type_id numeric(22,0) NOT NULL,
    negotiation_assc_type_code character varying(3) NOT NULL,
    description character varying(30) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actv_ind character varying(1) NOT NULL,
    CONSTRAINT negotiation_association_type_pkey PRIMARY KEY (negotiation_assc_type_id)
);
CREATE TABLE kc.negotiation_association_type_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_association_type_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.negotiation_attachment (
    attachment_id numeric(22,0) NOT NULL,
    activity_id numeric(22,0) NOT NULL,
    description character varying(200),
    restricted character(1) NOT NULL,
    file_id numeric(22,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT negotiation_attachment_pkey PRIMARY KEY (attachment_id)
);
CREATE TABLE kc.negotiation_attachment_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_attachment_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.negotiation_custom_data (
    negotiation_custom_data_id numeric(8,0) NOT NULL,
    negotiation_id numeric(22,0),
    negotiation_number character varying(12),
    custom_attribute_id numeric(12,0),
    value character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT negotiation_custom_data_pkey PRIMARY KEY (negotiation_custom_data_id)
);
CREATE TABLE kc.negotiation_document (
    document_number character varying(40) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    CONSTRAINT negotiation_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.negotiation_location (
    negotiation_location_id numeric(22,0) NOT NULL,
    negotiation_location_code character varying(3) NOT NULL,
    description character varying(30) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actv_ind character varying(1) NOT NULL,
    CONSTRAINT negotiation_location_pkey PRIMARY KEY (negotiation_location_id)
);
CREATE TABLE kc.negotiation_location_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_location_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.negotiation_notification (
    notification_id numeric(20,0) NOT NULL,
    notification_type_id numeric(6,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    owning_document_id_fk numeric(12,0) NOT NULL,
    recipients character varying(1000),
    subject character varying(1000),
    message character varying(4000),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT negotiation_notification_pkey PRIMARY KEY (notification_id)
);
CREATE TABLE kc.negotiation_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.negotiation_status (
    negotiation_status_id numeric(22,0) NOT NULL,
    negotiation_status_code character varying(3) NOT NULL,
    description character varying(30) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actv_ind character varying(1) NOT NULL,
    CONSTRAINT negotiation_status_pkey PRIMARY KEY (negotiation_status_id)
);
CREATE TABLE kc.negotiation_status_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_status_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.negotiation_unassoc_detail (
    negotiation_unassoc_detail_id numeric(22,0) NOT NULL,
    negotiation_id numeric(22,0) NOT NULL,
    title character varying(45),
    pi_person_id character varying(40),
    pi_rolodex_id character varying(40),
    pi_name character varying(100),
    lead_unit character varying(8),
    sponsor_code character(6),
    prime_sponsor_code character(6),
    sponsor_award_number character varying(70),
    contact_admin_person_id character varying(40),
    subaward_org character varying(8),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT negotiation_unassoc_detail_pkey PRIMARY KEY (negotiation_unassoc_detail_id)
);
CREATE TABLE kc.negotiation_unassoc_detail_s (
    id bigint NOT NULL,
    CONSTRAINT negotiation_unassoc_detail_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.notice_of_opportunity (
    notice_of_opportunity_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT notice_of_opportunity_pkey PRIMARY KEY (notice_of_opportunity_code)
);
CREATE TABLE kc.notification (
    notification_id numeric(20,0) NOT NULL,
    notification_type_id numeric(6,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    subject character varying(1000),
    message character varying(4000),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT notification_pkey PRIMARY KEY (notification_id)
);
CREATE TABLE kc.notification_mdl_role_qlfr (
    notification_mdl_role_qlfr_id numeric(6,0) NOT NULL,
    notification_module_role_id numeric(6,0) NOT NULL,
    obj_id character varying(36),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    qualifier character varying(200),
    CONSTRAINT notification_mdl_role_qlfr_pkey PRIMARY KEY (notification_mdl_role_qlfr_id)
);
CREATE TABLE kc.notification_module_role (
    notification_module_role_id numeric(6,0) NOT NULL,
    obj_id character varying(36),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    module_code numeric(3,0),
    role_name character varying(125),
    CONSTRAINT notification_module_role_pkey PRIMARY KEY (notification_module_role_id)
);
CREATE TABLE kc.notification_type (
    notification_type_id numeric(6,0) NOT NULL,
    module_code numeric(3,0) NOT NULL,
    action_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    subject character varying(1000),
    message character varying(4000),
    prompt_user character(1) NOT NULL,
    send_notification character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT notification_type_pkey PRIMARY KEY (notification_type_id)
);
CREATE TABLE kc.notification_type_recipient (
    notification_type_recipient_id numeric(6,0) NOT NULL,
    notification_type_id numeric(6,0) NOT NULL,
    role_name character varying(125) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    role_sub_qualifier character varying(25),
    CONSTRAINT notification_type_recipient_pkey PRIMARY KEY (notification_type_recipient_id)
);
CREATE TABLE kc.nsf_codes (
    nsf_sequence_number numeric(12,0) NOT NULL,
    nsf_code character varying(15) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    year numeric(4,0) NOT NULL,
    CONSTRAINT nsf_codes_pkey PRIMARY KEY (nsf_sequence_number)
);
CREATE TABLE kc.organization (
    organization_id character varying(8) NOT NULL,
    organization_name character varying(60) NOT NULL,
    contact_address_id numeric(6,0) NOT NULL,
    address character varying(60),
    cable_address character varying(20),
    telex_number character varying(20),
    county character varying(30),
    congressional_district character varying(50),
    incorporated_in character varying(50),
    incorporated_date timestamp without time zone,
    number_of_employees numeric(6,0),
    irs_tax_excemption character varying(30),
    fedral_employer_id character varying(15),
    mass_tax_excempt_num character varying(30),
    agency_symbol character varying(30),
    vendor_code character varying(30),
    com_gov_entity_code character varying(30),
    mass_employee_claim character varying(30),
    duns_number character varying(20),
    duns_plus_four_number character varying(20),
    dodac_number character varying(20),
    cage_number character varying(20),
    human_sub_assurance character varying(30),
    animal_welfare_assurance character varying(20),
    science_misconduct_compl_date timestamp without time zone,
    phs_acount character varying(30),
    nsf_institutional_code character varying(30),
    indirect_cost_rate_agreement character varying(50),
    cognizant_auditor numeric(6,0),
    onr_resident_rep numeric(6,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT organization_pkey PRIMARY KEY (organization_id)
);
CREATE TABLE kc.organization_audit (
    organization_id character varying(8) NOT NULL,
    fiscal_year character(4) NOT NULL,
    audit_accepted character varying(3),
    audit_comment character varying(300),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT organization_audit_pkey PRIMARY KEY (organization_id, fiscal_year)
);
CREATE TABLE kc.organization_audit_acc_type (
    code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT organization_audit_acc_type_pkey PRIMARY KEY (code)
);
CREATE TABLE kc.organization_correspondent (
    organization_correspondent_id numeric(12,0) NOT NULL,
    organization_id character varying(8) NOT NULL,
    correspondent_type_code numeric(3,0) NOT NULL,
    person_id character varying(40),
    non_employee_flag character varying(1) NOT NULL,
    description character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT organization_correspondent_pkey PRIMARY KEY (organization_correspondent_id)
);
CREATE TABLE kc.organization_idc (
    organization_id character varying(8) NOT NULL,
    idc_number numeric(3,0) NOT NULL,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    requested_date timestamp without time zone,
    idc_rate_type_code numeric(3,0),
    applicable_idc_rate numeric(5,2),
    idc_comment character varying(300),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT organization_idc_pkey PRIMARY KEY (organization_id, idc_number)
);
CREATE TABLE kc.organization_type (
    organization_id character varying(8) NOT NULL,
    organization_type_code numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT organization_type_pkey PRIMARY KEY (organization_id, organization_type_code)
);
CREATE TABLE kc.organization_type_list (
    organization_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT organization_type_list_pkey PRIMARY KEY (organization_type_code)
);
CREATE TABLE kc.organization_ynq (
    organization_id character varying(8) NOT NULL,
    question_id character varying(4) NOT NULL,
    answer character(1) NOT NULL,
    explanation character varying(2000),
    review_date timestamp without time zone,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36),
    CONSTRAINT organization_ynq_pkey PRIMARY KEY (organization_id, question_id)
);
CREATE TABLE kc.pending_transactions (
    transaction_id numeric(10,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    source_award_number character varying(12) NOT NULL,
    destination_award_number character varying(12) NOT NULL,
    obligated_amount numeric(12,2),
    anticipated_amount numeric(12,2),
    comments character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    obligated_direct_amount numeric(12,2),
    obligated_indirect_amount numeric(12,2),
    anticipated_direct_amount numeric(12,2),
    anticipated_indirect_amount numeric(12,2),
    processed_flag character(1) NOT NULL,
    single_node_trans character(1),
    CONSTRAINT pending_transactions_pkey PRIMARY KEY (transaction_id)
);
CREATE TABLE kc.per_fin_int_discl_det (
    per_fin_int_discl_det_id numeric(12,0) NOT NULL,
    person_fin_int_disclosure_id numeric(12,0) NOT NULL,
    entity_number character varying(10) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    column_name character varying(30) NOT NULL,
    column_value character varying(2000),
    relationship_type_code character varying(3) NOT NULL,
    comments character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT per_fin_int_discl_det_pkey PRIMARY KEY (per_fin_int_discl_det_id)
);
CREATE TABLE kc.person_appointment (
    appointment_id numeric(22,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    unit_number character varying(8) NOT NULL,
    appointment_start_date timestamp without time zone,
    appointment_end_date timestamp without time zone,
    appointment_type_code character varying(3),
    job_title character varying(50),
    prefered_job_title character varying(51),
    job_code character varying(6) NOT NULL,
    salary numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT person_appointment_pkey PRIMARY KEY (appointment_id)
);
CREATE TABLE kc.person_biosketch (
    person_biosketch_id numeric(8,0) NOT NULL,
    person_id character varying(40),
    description character varying(4000),
    file_name character varying(300),
    content_type character varying(255),
    attachment_file bytea,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT person_biosketch_pkey PRIMARY KEY (person_biosketch_id)
);
CREATE TABLE kc.person_custom_data (
    person_custom_data_id numeric(8,0) NOT NULL,
    person_id numeric(22,0) NOT NULL,
    custom_attribute_id numeric(12,0) NOT NULL,
    value character varying(2000),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT person_custom_data_pkey PRIMARY KEY (person_custom_data_id)
);
CREATE TABLE kc.person_degree (
    degree_id numeric(22,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    graduation_year character varying(4),
    degree_code character varying(6),
    degree character varying(80),
    field_of_study character varying(80),
    specialization character varying(80),
    school character varying(50),
    school_id_code character varying(3),
    school_id character varying(20),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT person_degree_pkey PRIMARY KEY (degree_id)
);
CREATE TABLE kc.person_editable_fields (
    person_editable_field_id numeric(12,0) NOT NULL,
    module_code numeric(3,0) NOT NULL,
    field_name character varying(255) NOT NULL,
    active_flag character(1),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT person_editable_fields_pkey PRIMARY KEY (person_editable_field_id)
);
CREATE TABLE kc.person_ext_t (
    ver_nbr numeric(8,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    age_by_fiscal_year numeric(3,0),
    race character varying(30),
    education_level character varying(30),
    degree character varying(11),
    major character varying(30),
    is_handicapped character(1),
    handicap_type character varying(30),
    is_veteran character(1),
    veteran_type character varying(30),
    visa_code character varying(20),
    visa_type character varying(30),
    visa_renewal_date timestamp without time zone,
    has_visa character(1),
    office_location character varying(30),
    secondry_office_location character varying(30),
    school character varying(50),
    year_graduated character varying(30),
    directory_department character varying(30),
    primary_title character varying(51),
    directory_title character varying(50),
    is_research_staff character(1),
    vacation_accural character(1),
    is_on_sabbatical character(1),
    id_provided character varying(30),
    id_verified character varying(30),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    county character varying(30),
    obj_id character varying(36) NOT NULL,
    citizenship_type_code numeric(15,0) NOT NULL,
    multi_campus_principal_id character varying(40),
    multi_campus_principal_name character varying(100),
    salary_anniversary_date date,
    era_common_user_name character varying(20),
    CONSTRAINT person_ext_t_pkey PRIMARY KEY (person_id)
);
CREATE TABLE kc.person_fin_int_disclosure (
    person_fin_int_disclosure_id numeric(12,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    financial_entity_reporter_id numeric(12,0) NOT NULL,
    entity_number character varying(10) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    status_code numeric(3,0) NOT NULL,
    status_description character varying(2000),
    entity_name character varying(60) NOT NULL,
    entity_type_code numeric(3,0) NOT NULL,
    entity_ownership_type character(1),
    relationship_type_code character varying(3) NOT NULL,
    related_to_org_flag character(1) NOT NULL,
    current_flag character(1) NOT NULL,
    org_relation_description character varying(2000),
    principal_business_activity character varying(2000) NOT NULL,
    sponsor_code character varying(6),
    sponsor_name character varying(200),
    process_status character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    entity_sponsor_research character(1),
    student_involvement character varying(4000),
    staff_involvement character varying(4000),
    facility_use character varying(4000),
    CONSTRAINT person_fin_int_disclosure_pkey PRIMARY KEY (person_fin_int_disclosure_id)
);
CREATE TABLE kc.person_mass_change (
    person_mass_change_id numeric(12,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    replacee_person_id character varying(40),
    replacee_rolodex_id numeric(12,0),
    replacer_person_id character varying(40),
    replacer_rolodex_id numeric(12,0),
    change_all_sequences character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT person_mass_change_pkey PRIMARY KEY (person_mass_change_id)
);
CREATE TABLE kc.person_mass_change_document (
    document_number character varying(40) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT person_mass_change_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.person_signature (
    person_signature_id numeric(12,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    person_autograph bytea,
    file_name character varying(255) NOT NULL,
    content_type character varying(150) NOT NULL,
    signature_active character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT person_signature_pkey PRIMARY KEY (person_signature_id)
);
CREATE TABLE kc.person_signature_module (
    person_sign_module_id numeric(12,0) NOT NULL,
    module_code character varying(5) NOT NULL,
    person_signature_id numeric(12,0) NOT NULL,
    default_signature character varying(1) NOT NULL,
    signature_active character varying(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT person_signature_module_pkey PRIMARY KEY (person_sign_module_id)
);
CREATE TABLE kc.person_training (
    person_training_id numeric(12,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    training_number numeric(4,0) NOT NULL,
    training_code numeric(4,0) NOT NULL,
    date_requested timestamp without time zone,
    date_submitted timestamp without time zone,
    date_acknowledged timestamp without time zone,
    followup_date timestamp without time zone,
    score character varying(9),
    comments text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character(1),
    CONSTRAINT person_training_pkey PRIMARY KEY (person_training_id)
);
CREATE TABLE kc.person_training_citi (
    id numeric(22,0) NOT NULL,
    first_name character varying(40),
    last_name character varying(80),
    email character varying(200),
    employee_number character varying(100),
    cr_number character varying(100),
    curriculum character varying(200),
    group_id character varying(100),
    grp character varying(200),
    score character varying(5),
    passing_score character varying(5),
    stage_number character varying(100),
    stage character varying(200),
    learner_id character varying(100),
    date_completed timestamp without time zone,
    expiration_date timestamp without time zone,
    registration_date timestamp without time zone,
    name character varying(200),
    username character varying(100),
    institutional_username character varying(100),
    institutional_language character varying(100),
    institutional_email character varying(200),
    gender character varying(20),
    highest_degree character varying(200),
    department character varying(200),
    address_field1 character varying(128),
    address_field2 character varying(128),
    address_field3 character varying(128),
    city character varying(30),
    state character varying(100),
    zip_code character varying(20),
    country character varying(100),
    phone character varying(20),
    custom_field1 character varying(200),
    custom_field2 character varying(200),
    custom_field3 character varying(200),
    custom_field4 character varying(200),
    custom_field5 character varying(200),
    module character varying(200),
    exam_id character varying(100),
    exam_score character varying(5),
    module_completion_date timestamp without time zone,
    raw_record text,
    status_code character varying(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT person_training_citi_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.person_training_citi_err (
    id numeric(22,0) NOT NULL,
    citi_record_id numeric(22,0) NOT NULL,
    message character varying(2000) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT person_training_citi_err_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.person_training_citi_map (
    id numeric(22,0) NOT NULL,
    group_id character varying(100) NOT NULL,
    stage_number character varying(100) NOT NULL,
    training_code numeric(4,0),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT person_training_citi_map_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.pmc_award (
    pmc_award_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    investigator character(1) NOT NULL,
    key_study_person character(1) NOT NULL,
    unit_contact character(1) NOT NULL,
    sponsor_contact character(1) NOT NULL,
    approved_foreign_travel character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_award_pkey PRIMARY KEY (pmc_award_id)
);
CREATE TABLE kc.pmc_eps_proposal (
    pmc_eps_proposal_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    investigator character(1) NOT NULL,
    mailing_information character(1) NOT NULL,
    key_study_person character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_eps_proposal_pkey PRIMARY KEY (pmc_eps_proposal_id)
);
CREATE TABLE kc.pmc_iacuc_protocol (
    pmc_iacuc_protocol_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    investigator character(1) NOT NULL,
    key_study_person character(1) NOT NULL,
    correspondents character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_iacuc_protocol_pkey PRIMARY KEY (pmc_iacuc_protocol_id)
);
CREATE TABLE kc.pmc_negotiation (
    pmc_negotiation_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    negotiator character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_negotiation_pkey PRIMARY KEY (pmc_negotiation_id)
);
CREATE TABLE kc.pmc_proposal (
    pmc_proposal_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    investigator character(1) NOT NULL,
    key_study_person character(1) NOT NULL,
    mailing_information character(1) NOT NULL,
    unit_contact character(1) NOT NULL,
    ip_reviewer character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_proposal_pkey PRIMARY KEY (pmc_proposal_id)
);
CREATE TABLE kc.pmc_proposal_log (
    pmc_proposal_log_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    principal_investigator character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_proposal_log_pkey PRIMARY KEY (pmc_proposal_log_id)
);
CREATE TABLE kc.pmc_protocol (
    pmc_protocol_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    investigator character(1) NOT NULL,
    key_study_person character(1) NOT NULL,
    correspondents character(1) NOT NULL,
    reviewer character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_protocol_pkey PRIMARY KEY (pmc_protocol_id)
);
CREATE TABLE kc.pmc_subaward (
    pmc_subaward_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    requisitioner character(1) NOT NULL,
    contact character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_subaward_pkey PRIMARY KEY (pmc_subaward_id)
);
CREATE TABLE kc.pmc_unit_administrator (
    pmc_unit_administrator_id numeric(12,0) NOT NULL,
    person_mass_change_id numeric(12,0) NOT NULL,
    administrative_officer character(1) NOT NULL,
    osp_administrator character(1) NOT NULL,
    unit_head character(1) NOT NULL,
    dean_vp character(1) NOT NULL,
    other_individual_to_notify character(1) NOT NULL,
    administrative_contact character(1) NOT NULL,
    financial_contact character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT pmc_unit_administrator_pkey PRIMARY KEY (pmc_unit_administrator_id)
);
CREATE TABLE kc.prop_role_template (
    id numeric(8,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    role_name character varying(500) NOT NULL,
    unit_number character varying(8) NOT NULL,
    active_flag character(1) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT prop_role_template_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.proposal (
    document_number character varying(40),
    create_timestamp timestamp without time zone,
    mail_description character varying(80),
    proposal_sequence_status character varying(10) NOT NULL,
    fiscal_month character varying(2),
    fiscal_year character varying(4),
    lead_unit_number character varying(8),
    proposal_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    sponsor_proposal_number character varying(70),
    sequence_number numeric(4,0) NOT NULL,
    proposal_type_code character varying(3) NOT NULL,
    current_account_number character varying(7),
    title character varying(200) NOT NULL,
    sponsor_code character(6) NOT NULL,
    rolodex_id numeric(6,0),
    notice_of_opportunity_code character varying(3),
    grad_stud_headcount numeric(3,0),
    grad_stud_person_months numeric(5,2),
    type_of_account character(1),
    activity_type_code character varying(3) NOT NULL,
    requested_start_date_initial timestamp without time zone,
    requested_start_date_total timestamp without time zone,
    requested_end_date_initial timestamp without time zone,
    requested_end_date_total timestamp without time zone,
    total_direct_cost_initial numeric(12,2),
    total_direct_cost_total numeric(12,2),
    total_indirect_cost_initial numeric(12,2),
    total_indirect_cost_total numeric(12,2),
    number_of_copies character varying(7),
    deadline_date timestamp without time zone,
    deadline_type character(1),
    mail_by character(1),
    mail_type character(1),
    mail_account_number character(7),
    subcontract_flag character(1) NOT NULL,
    cost_sharing_indicator character(1) NOT NULL,
    idc_rate_indicator character(1) NOT NULL,
    special_review_indicator character(1) NOT NULL,
    status_code numeric(3,0) NOT NULL,
    science_code_indicator character(1) NOT NULL,
    nsf_sequence_number numeric(12,0),
    prime_sponsor_code character(6),
    initial_contract_admin character varying(40),
    ip_review_activity_indicator character(2) NOT NULL,
    current_award_number character varying(12),
    cfda_number character varying(7),
    opportunity character varying(50),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    award_type_code numeric(3,0),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    deadline_time character varying(15),
    CONSTRAINT proposal_pkey PRIMARY KEY (proposal_id)
);
CREATE TABLE kc.proposal_admin_details (
    proposal_admin_detail_id numeric(22,0) NOT NULL,
    dev_proposal_number character varying(12) NOT NULL,
    inst_proposal_id numeric(12,0),
    date_submitted_by_dept timestamp without time zone,
    date_returned_to_dept timestamp without time zone,
    date_approved_by_osp timestamp without time zone,
    date_submitted_to_agency timestamp without time zone,
    inst_prop_create_date timestamp without time zone,
    inst_prop_create_user character varying(60),
    signed_by character varying(60),
    submission_type character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_admin_details_pkey PRIMARY KEY (proposal_admin_detail_id)
);
CREATE TABLE kc.proposal_attachment_type (
    attachment_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    allow_multiple character varying(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_attachment_type_pkey PRIMARY KEY (attachment_type_code)
);
CREATE TABLE kc.proposal_attachments (
    proposal_attachments_id numeric(12,0) NOT NULL,
    proposal_id numeric(12,0),
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    attachment_number numeric(4,0) NOT NULL,
    attachment_title character varying(150),
    attachment_type_code numeric(3,0),
    file_name character varying(2000),
    content_type character varying(255),
    comments character varying(300),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    last_update_user character varying(60) NOT NULL,
    last_update_timestamp timestamp without time zone NOT NULL,
    document_status_code character(1),
    file_data_id character varying(36),
    CONSTRAINT proposal_attachments_pkey PRIMARY KEY (proposal_attachments_id)
);
CREATE TABLE kc.proposal_comments (
    proposal_comments_id numeric(12,0) NOT NULL,
    proposal_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    comment_type_code character varying(3) NOT NULL,
    comments text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_comments_pkey PRIMARY KEY (proposal_comments_id)
);
CREATE TABLE kc.proposal_cost_sharing (
    proposal_cost_sharing_id numeric(12,0) NOT NULL,
    proposal_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    project_period character(4),
    cost_sharing_percentage numeric(5,2),
    cost_sharing_type_code numeric(3,0) NOT NULL,
    source_account character varying(32),
    amount numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    unit_number character varying(8),
    CONSTRAINT proposal_cost_sharing_pkey PRIMARY KEY (proposal_cost_sharing_id)
);
CREATE TABLE kc.proposal_custom_data (
    proposal_custom_data_id numeric(12,0) NOT NULL,
    proposal_id numeric(12,0),
    proposal_number character varying(10),
    sequence_number numeric(8,0),
    custom_attribute_id numeric(12,0),
    value character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_custom_data_pkey PRIMARY KEY (proposal_custom_data_id)
);
CREATE TABLE kc.proposal_exempt_number (
    proposal_exempt_number_id numeric(12,0) NOT NULL,
    proposal_special_review_id numeric(12,0),
    exemption_type_code character varying(3),
    update_user character varying(60),
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_exempt_number_pkey PRIMARY KEY (proposal_exempt_number_id)
);
CREATE TABLE kc.proposal_idc_rate (
    proposal_id numeric(12,0) NOT NULL,
    proposal_idc_rate_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    applicable_idc_rate numeric(5,2),
    idc_rate_type_code numeric(3,0) NOT NULL,
    fiscal_year character(4) NOT NULL,
    on_campus_flag character(1) NOT NULL,
    underrecovery_of_idc numeric(12,2),
    source_account character varying(32),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_idc_rate_pkey PRIMARY KEY (proposal_idc_rate_id)
);
CREATE TABLE kc.proposal_inv_certification (
    proposal_number character varying(12) NOT NULL,
    prop_person_number numeric(12,0) NOT NULL,
    certified_flag character(1),
    date_certified timestamp without time zone,
    date_received_by_osp timestamp without time zone,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_inv_certification_pkey PRIMARY KEY (proposal_number, prop_person_number)
);
CREATE TABLE kc.proposal_ip_rev_activity (
    proposal_ip_rev_activity_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    activity_number numeric(3,0) NOT NULL,
    ip_review_activity_type_code character varying(3) NOT NULL,
    activity_date timestamp without time zone,
    comments character varying(150),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    ip_review_id numeric(12,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_ip_rev_activity_pkey PRIMARY KEY (proposal_ip_rev_activity_id)
);
CREATE TABLE kc.proposal_ip_review_join (
    proposal_ip_review_join_id numeric(12,0) NOT NULL,
    proposal_id numeric(12,0) NOT NULL,
    ip_review_id numeric(12,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_ip_review_join_pkey PRIMARY KEY (proposal_ip_review_join_id)
);
CREATE TABLE kc.proposal_log (
    fiscal_month numeric(2,0),
    fiscal_year numeric(4,0),
    pi_name character varying(100),
    proposal_type_code character varying(3) NOT NULL,
    log_status character varying(3) NOT NULL,
    create_timestamp timestamp without time zone NOT NULL,
    create_user character varying(60) NOT NULL,
    pi_id character varying(40),
    rolodex_id numeric(6,0),
    proposal_log_type_code character varying(3),
    proposal_number character varying(8) NOT NULL,
    title character varying(200) NOT NULL,
    lead_unit character varying(8) NOT NULL,
    sponsor_code character(6),
    sponsor_name character varying(200),
    comments character varying(300),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    deadline_date timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    merged_with character varying(8),
    inst_proposal_number character varying(8),
    deadline_time character varying(15),
    CONSTRAINT proposal_log_pkey PRIMARY KEY (proposal_number)
);
CREATE TABLE kc.proposal_log_status (
    proposal_log_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_log_status_pkey PRIMARY KEY (proposal_log_status_code)
);
CREATE TABLE kc.proposal_log_type (
    proposal_log_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_log_type_pkey PRIMARY KEY (proposal_log_type_code)
);
CREATE TABLE kc.proposal_notepad (
    create_timestamp timestamp without time zone NOT NULL,
    note_topic character varying(60) NOT NULL,
    proposal_id numeric(12,0) NOT NULL,
    proposal_notepad_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    entry_number numeric(4,0) NOT NULL,
    comments text NOT NULL,
    restricted_view character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    note_id numeric(22,0),
    create_user character varying(60),
    CONSTRAINT proposal_notepad_pkey PRIMARY KEY (proposal_notepad_id)
);
CREATE TABLE kc.proposal_per_credit_split (
    proposal_per_credit_split_id numeric(22,0) NOT NULL,
    proposal_person_id numeric(22,0) NOT NULL,
    inv_credit_type_code character varying(3) NOT NULL,
    credit numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_per_credit_split_pkey PRIMARY KEY (proposal_per_credit_split_id)
);
CREATE TABLE kc.proposal_pers_unit_cred_splits (
    ppu_credit_split_id numeric(22,0) NOT NULL,
    proposal_person_unit_id numeric(22,0) NOT NULL,
    inv_credit_type_code character varying(3) NOT NULL,
    credit numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_pers_unit_cred_splits_pkey PRIMARY KEY (ppu_credit_split_id)
);
CREATE TABLE kc.proposal_person_units (
    proposal_person_id numeric(22,0) NOT NULL,
    unit_number character varying(8) NOT NULL,
    lead_unit_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    proposal_person_unit_id numeric(22,0) NOT NULL,
    CONSTRAINT proposal_person_units_pkey PRIMARY KEY (proposal_person_unit_id)
);
CREATE TABLE kc.proposal_persons (
    proposal_person_id numeric(22,0) NOT NULL,
    proposal_id numeric(12,0) NOT NULL,
    proposal_number character varying(10) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    rolodex_id numeric(6,0),
    full_name character varying(90),
    contact_role_code character varying(12) NOT NULL,
    key_person_project_role character varying(60),
    academic_year_effort numeric(5,2),
    calendar_year_effort numeric(5,2),
    summer_effort numeric(5,2),
    total_effort numeric(5,2),
    faculty_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_persons_pkey PRIMARY KEY (proposal_person_id)
);
CREATE TABLE kc.proposal_science_keyword (
    proposal_science_keyword_id numeric(12,0) NOT NULL,
    proposal_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    science_keyword_code character varying(15) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_science_keyword_pkey PRIMARY KEY (proposal_science_keyword_id)
);
CREATE TABLE kc.proposal_special_review (
    expiration_date timestamp without time zone,
    proposal_special_review_id numeric(12,0) NOT NULL,
    proposal_id numeric(12,0) NOT NULL,
    special_review_number numeric(3,0) NOT NULL,
    special_review_code character varying(3) NOT NULL,
    approval_type_code character varying(3) NOT NULL,
    protocol_number character varying(20),
    application_date timestamp without time zone,
    approval_date timestamp without time zone,
    comments text,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_special_review_pkey PRIMARY KEY (proposal_special_review_id)
);
CREATE TABLE kc.proposal_state (
    state_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_state_pkey PRIMARY KEY (state_type_code)
);
CREATE TABLE kc.proposal_status (
    proposal_status_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_status_pkey PRIMARY KEY (proposal_status_code)
);
CREATE TABLE kc.proposal_type (
    proposal_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_type_pkey PRIMARY KEY (proposal_type_code)
);
CREATE TABLE kc.proposal_unit_contacts (
    proposal_unit_contact_id numeric(22,0) NOT NULL,
    proposal_id numeric(22,0) NOT NULL,
    proposal_number character varying(10) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    full_name character varying(90),
    unit_administrator_type_code character varying(3) NOT NULL,
    unit_contact_type character varying(13) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_unit_contacts_pkey PRIMARY KEY (proposal_unit_contact_id)
);
CREATE TABLE kc.proposal_unit_credit_split (
    proposal_unit_credit_split_id numeric(12,0) NOT NULL,
    proposal_id numeric(12,0) NOT NULL,
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    unit_number character varying(8) NOT NULL,
    inv_credit_type_code character varying(3) NOT NULL,
    credit numeric(5,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_unit_credit_split_pkey PRIMARY KEY (proposal_unit_credit_split_id)
);
CREATE TABLE kc.proposal_units (
    proposal_number character varying(8) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    unit_number character varying(8) NOT NULL,
    lead_unit_flag character(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    proposal_units_id numeric(12,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proposal_units_pkey PRIMARY KEY (proposal_units_id)
);
CREATE TABLE kc.proto_amend_renew_modules (
    proto_amend_renew_modules_id numeric(12,0) NOT NULL,
    proto_amend_renewal_number character varying(20) NOT NULL,
    proto_amend_renewal_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    protocol_module_code character varying(5) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proto_amend_renew_modules_pkey PRIMARY KEY (proto_amend_renew_modules_id)
);
CREATE TABLE kc.proto_amend_renewal (
    proto_amend_renewal_id numeric(12,0) NOT NULL,
    proto_amend_ren_number character varying(20) NOT NULL,
    date_created timestamp without time zone NOT NULL,
    summary text,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20),
    sequence_number numeric(4,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proto_amend_renewal_pkey PRIMARY KEY (proto_amend_renewal_id)
);
CREATE TABLE kc.proto_corresp_templ (
    proto_corresp_templ_id numeric(12,0) NOT NULL,
    proto_corresp_type_code character varying(3) NOT NULL,
    committee_id character varying(15) NOT NULL,
    file_name character varying(150) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    correspondence_template text,
    CONSTRAINT proto_corresp_templ_pkey PRIMARY KEY (proto_corresp_templ_id)
);
CREATE TABLE kc.proto_corresp_type (
    proto_corresp_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    module_id character varying(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proto_corresp_type_pkey PRIMARY KEY (proto_corresp_type_code)
);
CREATE TABLE kc.proto_notification_templ (
    notification_templ_id numeric(12,0) NOT NULL,
    action_type_code character varying(3) NOT NULL,
    file_name character varying(150) NOT NULL,
    notification_template bytea NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT proto_notification_templ_pkey PRIMARY KEY (notification_templ_id)
);
CREATE TABLE kc.protocol (
    active character(1) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    document_number character varying(40),
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    protocol_type_code character varying(3) NOT NULL,
    protocol_status_code character varying(3) NOT NULL,
    title character varying(2000) NOT NULL,
    description character varying(2000),
    approval_date timestamp without time zone,
    expiration_date timestamp without time zone,
    last_approval_date timestamp without time zone,
    fda_application_number character varying(15),
    reference_number_1 character varying(50),
    reference_number_2 character varying(50),
    special_review_indicator character varying(2) NOT NULL,
    vulnerable_subject_indicator character varying(2) NOT NULL,
    key_study_person_indicator character varying(2) NOT NULL,
    funding_source_indicator character varying(2) NOT NULL,
    correspondent_indicator character varying(2) NOT NULL,
    reference_indicator character varying(2) NOT NULL,
    related_projects_indicator character varying(2) NOT NULL,
    create_timestamp timestamp without time zone,
    create_user character varying(60),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    initial_submission_date timestamp without time zone,
    CONSTRAINT protocol_pkey PRIMARY KEY (protocol_id)
);
CREATE TABLE kc.protocol_action_type (
    protocol_action_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    trigger_submission character(1) NOT NULL,
    trigger_correspondence character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    final_action_for_batch_corresp character(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_action_type_pkey PRIMARY KEY (protocol_action_type_code)
);
CREATE TABLE kc.protocol_actions (
    protocol_action_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0),
    action_id numeric(6,0) NOT NULL,
    protocol_action_type_code character varying(3) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0),
    comments character varying(2000),
    action_date timestamp without time zone,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    actual_action_date timestamp without time zone,
    obj_id character varying(36) NOT NULL,
    prev_submission_status_code character varying(3),
    submission_type_code character varying(3),
    prev_protocol_status_code character varying(3),
    followup_action_code character varying(3),
    create_user character varying(60),
    create_timestamp timestamp without time zone,
    CONSTRAINT protocol_actions_pkey PRIMARY KEY (protocol_action_id)
);
CREATE TABLE kc.protocol_attachment_group (
    group_cd character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_attachment_group_pkey PRIMARY KEY (group_cd)
);
CREATE TABLE kc.protocol_attachment_personnel (
    pa_personnel_id numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    type_cd character varying(3) NOT NULL,
    document_id numeric(4,0) NOT NULL,
    file_id numeric(22,0) NOT NULL,
    description character varying(200) NOT NULL,
    person_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_attachment_personnel_pkey PRIMARY KEY (pa_personnel_id)
);
CREATE TABLE kc.protocol_attachment_protocol (
    pa_protocol_id numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    type_cd character varying(3) NOT NULL,
    document_id numeric(4,0) NOT NULL,
    file_id numeric(22,0) NOT NULL,
    description character varying(200) NOT NULL,
    status_cd character varying(3),
    contact_name character varying(30),
    email_address character varying(60),
    phone_number character varying(20),
    comments character varying(300),
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    document_status_code character varying(3),
    create_timestamp timestamp without time zone NOT NULL,
    attachment_version numeric(4,0),
    CONSTRAINT protocol_attachment_protocol_pkey PRIMARY KEY (pa_protocol_id)
);
CREATE TABLE kc.protocol_attachment_status (
    status_cd character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_attachment_status_pkey PRIMARY KEY (status_cd)
);
CREATE TABLE kc.protocol_attachment_type (
    type_cd character varying(3) NOT NULL,
    description character varying(300) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_attachment_type_pkey PRIMARY KEY (type_cd)
);
CREATE TABLE kc.protocol_attachment_type_group (
    type_group_id numeric(12,0) NOT NULL,
    type_cd character varying(3) NOT NULL,
    group_cd character varying(3) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_attachment_type_group_pkey PRIMARY KEY (type_group_id)
);
CREATE TABLE kc.protocol_contingency (
    protocol_contingency_code character varying(4) NOT NULL,
    description character varying(2000) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_contingency_pkey PRIMARY KEY (protocol_contingency_code)
);
CREATE TABLE kc.protocol_correspondence (
    id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    action_id numeric(6,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    action_id_fk numeric(12,0) NOT NULL,
    proto_corresp_type_code character varying(3) NOT NULL,
    final_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    correspondence bytea NOT NULL,
    obj_id character varying(36) NOT NULL,
    create_timestamp date,
    create_user character varying(60),
    final_flag_timestamp date,
    CONSTRAINT protocol_correspondence_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.protocol_document (
    document_number character varying(40) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    protocol_workflow_type character varying(80),
    obj_id character varying(36) NOT NULL,
    rerouted_flag character(1) NOT NULL,
    CONSTRAINT protocol_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.protocol_exempt_chklst (
    protocol_exempt_chklst_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0) NOT NULL,
    exempt_studies_checklist_code character varying(4) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_exempt_chklst_pkey PRIMARY KEY (protocol_exempt_chklst_id)
);
CREATE TABLE kc.protocol_exempt_number (
    protocol_exempt_number_id numeric(12,0) NOT NULL,
    protocol_special_review_id numeric(12,0) NOT NULL,
    exemption_type_code character varying(3) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_exempt_number_pkey PRIMARY KEY (protocol_exempt_number_id)
);
CREATE TABLE kc.protocol_expidited_chklst (
    protocol_expedited_chklst_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0) NOT NULL,
    expedited_rev_chklst_code character varying(4) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_expidited_chklst_pkey PRIMARY KEY (protocol_expedited_chklst_id)
);
CREATE TABLE kc.protocol_funding_source (
    protocol_funding_source_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20),
    sequence_number numeric(4,0),
    funding_source_type_code character varying(3),
    funding_source character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    funding_source_name character varying(200),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_funding_source_pkey PRIMARY KEY (protocol_funding_source_id)
);
CREATE TABLE kc.protocol_location (
    protocol_location_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    protocol_org_type_code character varying(3) NOT NULL,
    organization_id character varying(8) NOT NULL,
    rolodex_id numeric(6,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_location_pkey PRIMARY KEY (protocol_location_id)
);
CREATE TABLE kc.protocol_modules (
    protocol_module_code character varying(5) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_modules_pkey PRIMARY KEY (protocol_module_code)
);
CREATE TABLE kc.protocol_notepad (
    protocol_notepad_id numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    entry_number numeric(4,0) NOT NULL,
    comments text,
    restricted_view character(1) NOT NULL,
    note_type character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    create_timestamp date,
    create_user character varying(60),
    CONSTRAINT protocol_notepad_pkey PRIMARY KEY (protocol_notepad_id)
);
CREATE TABLE kc.protocol_notification (
    notification_id numeric(20,0) NOT NULL,
    notification_type_id numeric(6,0) NOT NULL,
    document_number character varying(40) NOT NULL,
    owning_document_id_fk numeric(12,0) NOT NULL,
    recipients character varying(1000),
    subject character varying(1000),
    message character varying(4000),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    create_user character varying(60),
    create_timestamp date,
    CONSTRAINT protocol_notification_pkey PRIMARY KEY (notification_id)
);
CREATE TABLE kc.protocol_onln_rvw_determ_recom (
    review_determ_recom_cd numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_onln_rvw_determ_recom_pkey PRIMARY KEY (review_determ_recom_cd)
);
CREATE TABLE kc.protocol_onln_rvw_document (
    document_number character varying(40) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    CONSTRAINT protocol_onln_rvw_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.protocol_onln_rvw_status (
    status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_onln_rvw_status_pkey PRIMARY KEY (status_code)
);
CREATE TABLE kc.protocol_onln_rvws (
    protocol_onln_rvw_id numeric(12,0) NOT NULL,
    document_number character varying(40),
    protocol_id numeric(12,0),
    submission_id_fk numeric(12,0),
    protocol_reviewer_fk numeric(12,0) NOT NULL,
    protocol_onln_rvw_status_code character varying(3) NOT NULL,
    review_determ_recom_cd numeric(3,0),
    date_requested timestamp without time zone NOT NULL,
    date_due timestamp without time zone,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actions_performed character varying(1000),
    reviewer_approved character(1) NOT NULL,
    admin_accepted character(1) NOT NULL,
    CONSTRAINT protocol_onln_rvws_pkey PRIMARY KEY (protocol_onln_rvw_id)
);
CREATE TABLE kc.protocol_org_type (
    protocol_org_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_org_type_pkey PRIMARY KEY (protocol_org_type_code)
);
CREATE TABLE kc.protocol_person_role_mapping (
    role_mapping_id numeric(12,0) NOT NULL,
    source_role_id character varying(12) NOT NULL,
    target_role_id character varying(12) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_person_role_mapping_pkey PRIMARY KEY (role_mapping_id)
);
CREATE TABLE kc.protocol_person_roles (
    protocol_person_role_id character varying(12) NOT NULL,
    description character varying(250) NOT NULL,
    unit_details_required character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    affiliation_details_required character(1) NOT NULL,
    training_details_required character(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    comments_details_required character(1) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT protocol_person_roles_pkey PRIMARY KEY (protocol_person_role_id)
);
CREATE TABLE kc.protocol_persons (
    protocol_person_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    person_name character varying(90) NOT NULL,
    protocol_person_role_id character varying(12),
    rolodex_id numeric(12,0),
    affiliation_type_code numeric(3,0),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    comments text,
    ssn character varying(9),
    last_name character varying(30),
    first_name character varying(30),
    middle_name character varying(30),
    full_name character varying(90),
    prior_name character varying(30),
    user_name character varying(60),
    email_address character varying(60),
    date_of_birth date,
    age numeric(3,0),
    age_by_fiscal_year numeric(3,0),
    gender character varying(30),
    race character varying(30),
    education_level character varying(30),
    degree character varying(11),
    major character varying(30),
    is_handicapped character(1),
    handicap_type character varying(30),
    is_veteran character(1),
    veteran_type character varying(30),
    visa_code character varying(20),
    visa_type character varying(30),
    visa_renewal_date date,
    has_visa character(1),
    office_location character varying(30),
    office_phone character varying(20),
    secondry_office_location character varying(30),
    secondry_office_phone character varying(20),
    school character varying(50),
    year_graduated character varying(30),
    directory_department character varying(30),
    salutation character varying(30),
    country_of_citizenship character varying(30),
    primary_title character varying(51),
    directory_title character varying(50),
    home_unit character varying(8),
    is_faculty character(1),
    is_graduate_student_staff character(1),
    is_research_staff character(1),
    is_service_staff character(1),
    is_support_staff character(1),
    is_other_accademic_group character(1),
    is_medical_staff character(1),
    vacation_accural character(1),
    is_on_sabbatical character(1),
    id_provided character varying(30),
    id_verified character varying(30),
    address_line_1 character varying(80),
    address_line_2 character varying(80),
    address_line_3 character varying(80),
    city character varying(30),
    county character varying(30),
    state character varying(30),
    postal_code character varying(15),
    country_code character(3),
    fax_number character varying(20),
    pager_number character varying(20),
    mobile_phone_number character varying(20),
    era_commons_user_name character varying(20),
    CONSTRAINT protocol_persons_pkey PRIMARY KEY (protocol_person_id)
);
CREATE TABLE kc.protocol_reference_type (
    protocol_reference_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character(1),
    CONSTRAINT protocol_reference_type_pkey PRIMARY KEY (protocol_reference_type_code)
);
CREATE TABLE kc.protocol_references (
    protocol_reference_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    protocol_reference_number numeric(12,0) NOT NULL,
    protocol_reference_type_code numeric(3,0) NOT NULL,
    reference_key character varying(50) NOT NULL,
    application_date timestamp without time zone,
    approval_date timestamp without time zone,
    comments text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_references_pkey PRIMARY KEY (protocol_reference_id)
);
CREATE TABLE kc.protocol_research_areas (
    id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    research_area_code character varying(8) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_research_areas_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.protocol_review_type (
    protocol_review_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    global_flag character(1),
    CONSTRAINT protocol_review_type_pkey PRIMARY KEY (protocol_review_type_code)
);
CREATE TABLE kc.protocol_reviewer_type (
    reviewer_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_reviewer_type_pkey PRIMARY KEY (reviewer_type_code)
);
CREATE TABLE kc.protocol_reviewers (
    protocol_reviewer_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0) NOT NULL,
    person_id character varying(40),
    non_employee_flag character(1) NOT NULL,
    reviewer_type_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    rolodex_id numeric(6,0),
    CONSTRAINT protocol_reviewers_pkey PRIMARY KEY (protocol_reviewer_id)
);
CREATE TABLE kc.protocol_risk_levels (
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    risk_level_code character varying(3) NOT NULL,
    comments character varying(2000),
    date_assigned timestamp without time zone NOT NULL,
    date_inactivated timestamp without time zone,
    status character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    protocol_risk_levels_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_risk_levels_pkey PRIMARY KEY (protocol_risk_levels_id)
);
CREATE TABLE kc.protocol_special_review (
    protocol_special_review_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    special_review_number numeric(3,0) NOT NULL,
    special_review_code numeric(3,0) NOT NULL,
    approval_type_code numeric(3,0) NOT NULL,
    protocol_number character varying(20),
    application_date timestamp without time zone,
    approval_date timestamp without time zone,
    expiration_date timestamp without time zone,
    comments text,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_special_review_pkey PRIMARY KEY (protocol_special_review_id)
);
CREATE TABLE kc.protocol_status (
    protocol_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_status_pkey PRIMARY KEY (protocol_status_code)
);
CREATE TABLE kc.protocol_submission (
    submission_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0) NOT NULL,
    schedule_id character varying(10),
    committee_id character varying(15),
    protocol_id numeric(12,0) NOT NULL,
    schedule_id_fk numeric(12,0),
    committee_id_fk numeric(12,0),
    submission_type_code character varying(3) NOT NULL,
    submission_type_qual_code character varying(3),
    submission_status_code character varying(3) NOT NULL,
    protocol_review_type_code character varying(3) NOT NULL,
    submission_date timestamp without time zone NOT NULL,
    comments character varying(2000),
    yes_vote_count numeric(3,0),
    no_vote_count numeric(3,0),
    abstainer_count numeric(3,0),
    voting_comments character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    recused_count numeric(3,0),
    is_billable character varying(1) NOT NULL,
    comm_decision_motion_type_code character varying(3),
    CONSTRAINT protocol_submission_pkey PRIMARY KEY (submission_id)
);
CREATE TABLE kc.protocol_submission_doc (
    submission_doc_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    submission_number numeric(4,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0) NOT NULL,
    document_id numeric(3,0) NOT NULL,
    file_name character varying(300),
    document bytea,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    description character varying(200),
    content_type character varying(255),
    CONSTRAINT protocol_submission_doc_pkey PRIMARY KEY (submission_doc_id)
);
CREATE TABLE kc.protocol_type (
    protocol_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    global_flag character(1),
    CONSTRAINT protocol_type_pkey PRIMARY KEY (protocol_type_code)
);
CREATE TABLE kc.protocol_units (
    protocol_person_id numeric(12,0) NOT NULL,
    protocol_units_id numeric(12,0) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    protocol_number character varying(20),
    sequence_number numeric(4,0),
    unit_number character varying(8) NOT NULL,
    lead_unit_flag character varying(1) NOT NULL,
    person_id character varying(40),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_units_pkey PRIMARY KEY (protocol_units_id)
);
CREATE TABLE kc.protocol_vote_abstainees (
    protocol_vote_abstainees_id numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0),
    person_id character varying(40),
    non_employee_flag character varying(1) NOT NULL,
    comments character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    submission_id_fk numeric(12,0),
    rolodex_id numeric(6,0),
    iacuc_protocol_id_fk numeric(12,0),
    iacuc_submission_id_fk numeric(12,0),
    CONSTRAINT protocol_vote_abstainees_pkey PRIMARY KEY (protocol_vote_abstainees_id)
);
CREATE TABLE kc.protocol_vote_recused (
    protocol_vote_recused_id numeric(12,0) NOT NULL,
    protocol_id_fk numeric(12,0),
    submission_id_fk numeric(12,0),
    person_id character varying(40),
    rolodex_id numeric(6,0),
    non_employee_flag character varying(1) NOT NULL,
    comments character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    iacuc_protocol_id_fk numeric(12,0),
    iacuc_submission_id_fk numeric(12,0),
    CONSTRAINT protocol_vote_recused_pkey PRIMARY KEY (protocol_vote_recused_id)
);
CREATE TABLE kc.protocol_vulnerable_sub (
    protocol_vulnerable_sub_id numeric(12,0) NOT NULL,
    protocol_id numeric(12,0) NOT NULL,
    protocol_number character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    vulnerable_subject_type_code character varying(3) NOT NULL,
    subject_count numeric(6,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT protocol_vulnerable_sub_pkey PRIMARY KEY (protocol_vulnerable_sub_id)
);
CREATE TABLE kc.question (
    question_ref_id numeric(12,0) NOT NULL,
    question_id numeric(6,0) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    sequence_status character(1) NOT NULL,
    question character varying(2000) NOT NULL,
    status character(1) NOT NULL,
    group_type_code numeric(3,0) NOT NULL,
    question_type_id numeric(12,0) NOT NULL,
    lookup_class character varying(100),
    lookup_return character varying(30),
    displayed_answers numeric(3,0),
    max_answers numeric(3,0),
    answer_max_length numeric(4,0),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    document_number character varying(14),
    CONSTRAINT question_pkey PRIMARY KEY (question_ref_id)
);
CREATE TABLE kc.question_explanation (
    question_explanation_id numeric(12,0) NOT NULL,
    question_ref_id_fk numeric(12,0) NOT NULL,
    explanation_type character(1) NOT NULL,
    explanation text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT question_explanation_pkey PRIMARY KEY (question_explanation_id)
);
CREATE TABLE kc.question_multi_choice (
    id numeric(12,0) NOT NULL,
    question_ref_id_fk numeric(12,0) NOT NULL,
    prompt character varying(200) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT question_multi_choice_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.question_types (
    question_type_id numeric(12,0) NOT NULL,
    question_type_name character varying(30) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT question_types_pkey PRIMARY KEY (question_type_id)
);
CREATE TABLE kc.questionnaire (
    questionnaire_ref_id numeric(12,0) NOT NULL,
    questionnaire_id numeric(6,0) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    name character varying(50) NOT NULL,
    description character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    is_final character varying(1) NOT NULL,
    document_number character varying(40),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    file_name character varying(1000),
    template text,
    CONSTRAINT questionnaire_pkey PRIMARY KEY (questionnaire_ref_id)
);
CREATE TABLE kc.questionnaire_answer (
    questionnaire_answer_id numeric(12,0) NOT NULL,
    questionnaire_ah_id_fk numeric(12,0) NOT NULL,
    question_ref_id_fk numeric(12,0) NOT NULL,
    question_number numeric(6,0) NOT NULL,
    answer_number numeric(3,0) NOT NULL,
    answer character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    questionnaire_questions_id_fk numeric(12,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT questionnaire_answer_pkey PRIMARY KEY (questionnaire_answer_id)
);
CREATE TABLE kc.questionnaire_answer_header (
    questionnaire_answer_header_id numeric(12,0) NOT NULL,
    questionnaire_ref_id_fk numeric(12,0) NOT NULL,
    module_item_code character varying(3) NOT NULL,
    module_item_key character varying(20) NOT NULL,
    module_sub_item_code numeric(3,0) NOT NULL,
    module_sub_item_key character varying(20) NOT NULL,
    questionnaire_completed_flag character varying(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT questionnaire_answer_header_pkey PRIMARY KEY (questionnaire_answer_header_id)
);
CREATE TABLE kc.questionnaire_condition_type (
    quest_condition_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT questionnaire_condition_type_pkey PRIMARY KEY (quest_condition_type_code)
);
CREATE TABLE kc.questionnaire_questions (
    questionnaire_questions_id numeric(12,0) NOT NULL,
    questionnaire_ref_id_fk numeric(12,0) NOT NULL,
    question_ref_id_fk numeric(12,0) NOT NULL,
    question_number numeric(6,0) NOT NULL,
    parent_question_number numeric(6,0) NOT NULL,
    condition_flag character varying(1) NOT NULL,
    condition_type character varying(3),
    condition_value character varying(2000),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    question_seq_number numeric(3,0),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    rule_id character varying(40),
    CONSTRAINT questionnaire_questions_pkey PRIMARY KEY (questionnaire_questions_id)
);
CREATE TABLE kc.questionnaire_usage (
    questionnaire_usage_id numeric(12,0) NOT NULL,
    module_item_code numeric(3,0) NOT NULL,
    module_sub_item_code numeric(3,0) NOT NULL,
    questionnaire_ref_id_fk numeric(12,0) NOT NULL,
    questionnaire_sequence_number numeric(4,0) NOT NULL,
    questionnaire_label character varying(50),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    is_mandatory character(1),
    rule_id character varying(40),
    CONSTRAINT questionnaire_usage_pkey PRIMARY KEY (questionnaire_usage_id)
);
CREATE TABLE kc.rate_class (
    rate_class_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    rate_class_type character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT rate_class_pkey PRIMARY KEY (rate_class_code)
);
CREATE TABLE kc.rate_class_base_exclusion (
    rate_class_base_excl_id numeric(12,0) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3),
    rate_class_code_excl character varying(3) NOT NULL,
    rate_type_code_excl character varying(3),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT rate_class_base_exclusion_pkey PRIMARY KEY (rate_class_base_excl_id)
);
CREATE TABLE kc.rate_class_base_inclusion (
    rate_class_base_incl_id numeric(12,0) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3),
    rate_class_code_incl character varying(3) NOT NULL,
    rate_type_code_incl character varying(3),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT rate_class_base_inclusion_pkey PRIMARY KEY (rate_class_base_incl_id)
);
CREATE TABLE kc.rate_class_type (
    sort_id numeric(2,0),
    prefix_activity_type character(1) NOT NULL,
    rate_class_type character(1) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT rate_class_type_pkey PRIMARY KEY (rate_class_type)
);
CREATE TABLE kc.rate_type (
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT rate_type_pkey PRIMARY KEY (rate_class_code, rate_type_code)
);
CREATE TABLE kc.report (
    ver_nbr numeric(8,0) NOT NULL,
    report_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    final_report_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT report_pkey PRIMARY KEY (report_code)
);
CREATE TABLE kc.report_class (
    ver_nbr numeric(8,0) NOT NULL,
    report_class_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    generate_report_requirements character varying(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT report_class_pkey PRIMARY KEY (report_class_code)
);
CREATE TABLE kc.report_status (
    report_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    active_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT report_status_pkey PRIMARY KEY (report_status_code)
);
CREATE TABLE kc.research_areas (
    research_area_code character varying(8) NOT NULL,
    parent_research_area_code character varying(8) NOT NULL,
    has_children_flag character varying(1) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    active_flag character varying(1) NOT NULL,
    CONSTRAINT research_areas_pkey PRIMARY KEY (research_area_code)
);
CREATE TABLE kc.rest_audit_log (
    id numeric(22,0) NOT NULL,
    username character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    class_name character varying(4000) NOT NULL,
    added_json text,
    modified_json text,
    deleted_json text,
    CONSTRAINT rest_audit_log_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.reviewer_attachments (
    reviewer_attachment_id numeric(12,0) NOT NULL,
    protocol_onln_rvw_fk numeric(12,0),
    protocol_id_fk numeric(12,0) NOT NULL,
    submission_id_fk numeric(12,0) NOT NULL,
    person_id character varying(40) NOT NULL,
    attachment_id numeric(3,0) NOT NULL,
    file_id numeric(12,0) NOT NULL,
    description character varying(200),
    mime_type character varying(100),
    ver_nbr numeric(8,0) NOT NULL,
    private_flag character varying(1) NOT NULL,
    protocol_person_can_view_flag character varying(1) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    create_timestamp date NOT NULL,
    create_user character varying(60),
    CONSTRAINT reviewer_attachments_pkey PRIMARY KEY (reviewer_attachment_id)
);
CREATE TABLE kc.rights (
    right_id character varying(30) NOT NULL,
    description character varying(80) NOT NULL,
    right_type character(1) NOT NULL,
    descend_flag character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT rights_pkey PRIMARY KEY (right_id)
);
CREATE TABLE kc.risk_level (
    ver_nbr numeric(8,0) NOT NULL,
    risk_level_code character varying(3) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT risk_level_pkey PRIMARY KEY (risk_level_code)
);
CREATE TABLE kc.role (
    role_id numeric(5,0) NOT NULL,
    description character varying(200) NOT NULL,
    role_name character varying(50) NOT NULL,
    role_type character(1) NOT NULL,
    owned_by_unit character varying(8) NOT NULL,
    descend_flag character(1) NOT NULL,
    status_flag character(1) NOT NULL,
    create_timestamp timestamp without time zone NOT NULL,
    create_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT role_pkey PRIMARY KEY (role_id)
);
CREATE TABLE kc.role_rights (
    right_id character varying(30) NOT NULL,
    role_id numeric(5,0) NOT NULL,
    descend_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT role_rights_pkey PRIMARY KEY (right_id, role_id)
);
CREATE TABLE kc.rolodex (
    rolodex_id numeric(6,0) NOT NULL,
    last_name character varying(20),
    first_name character varying(20),
    middle_name character varying(20),
    suffix character varying(10),
    prefix character varying(10),
    title character varying(35),
    organization character varying(200),
    address_line_1 character varying(80),
    address_line_2 character varying(80),
    address_line_3 character varying(80),
    fax_number character varying(20),
    email_address character varying(60),
    city character varying(30),
    county character varying(30),
    state character varying(30),
    postal_code character varying(15),
    comments character varying(300),
    phone_number character varying(20),
    country_code character(3),
    sponsor_code character(6),
    owned_by_unit character varying(8) NOT NULL,
    sponsor_address_flag character(1) NOT NULL,
    delete_flag character(1),
    create_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actv_ind character varying(1),
    CONSTRAINT rolodex_pkey PRIMARY KEY (rolodex_id)
);
CREATE TABLE kc.s2s_app_attachments (
    content_id character varying(300) NOT NULL,
    proposal_number character varying(12) NOT NULL,
    hash_code character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    content_type character varying(255),
    ver_nbr numeric(8,0) NOT NULL,
    s2s_app_attachment_id numeric(12,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_app_attachments_pkey PRIMARY KEY (s2s_app_attachment_id)
);
CREATE TABLE kc.s2s_app_submission (
    submission_number numeric(3,0) NOT NULL,
    comments character varying(2000),
    status character varying(50),
    gg_tracking_id character varying(50),
    agency_tracking_id character varying(50),
    received_date timestamp without time zone,
    last_modified_date timestamp without time zone,
    last_notified_date timestamp without time zone,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    proposal_number character varying(12) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_app_submission_pkey PRIMARY KEY (submission_number, proposal_number)
);
CREATE TABLE kc.s2s_application (
    proposal_number character varying(12) NOT NULL,
    application text,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_application_pkey PRIMARY KEY (proposal_number)
);
CREATE TABLE kc.s2s_error (
    s2s_error_id numeric(12,0) NOT NULL,
    message_key character varying(200) NOT NULL,
    message character varying(200) NOT NULL,
    fix_link character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_error_pkey PRIMARY KEY (s2s_error_id)
);
CREATE TABLE kc.s2s_form_to_questionnaire (
    s2s_form_to_questionnaire_id numeric(12,0) NOT NULL,
    opp_name_space character varying(200) NOT NULL,
    form_name character varying(100) NOT NULL,
    questionnaire_id numeric(12,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    CONSTRAINT s2s_form_to_questionnaire_pkey PRIMARY KEY (s2s_form_to_questionnaire_id)
);
CREATE TABLE kc.s2s_opp_forms (
    proposal_number character varying(12) NOT NULL,
    opp_name_space character varying(200) NOT NULL,
    form_name character varying(100),
    mandatory character varying(1),
    available character varying(1),
    include character varying(1),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    user_attached_form character varying(1),
    CONSTRAINT s2s_opp_forms_pkey PRIMARY KEY (proposal_number, opp_name_space)
);
CREATE TABLE kc.s2s_opportunity (
    proposal_number character varying(8) NOT NULL,
    opportunity_title character varying(255),
    competetion_id character varying(50),
    opening_date timestamp without time zone,
    closing_date timestamp without time zone,
    schema_url character varying(200),
    instruction_url character varying(200),
    opportunity_id character varying(50),
    cfda_number character varying(6),
    s2s_submission_type_code character varying(3),
    revision_code character varying(3),
    revision_other_description character varying(45),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    opportunity text NOT NULL,
    provider character varying(4) NOT NULL,
    offering_agency character varying(255),
    agency_contact_info character varying(255),
    cfda_description character varying(255),
    multi_project character varying(1),
    CONSTRAINT s2s_opportunity_pkey PRIMARY KEY (proposal_number)
);
CREATE TABLE kc.s2s_providers (
    code character varying(4) NOT NULL,
    description character varying(4000) NOT NULL,
    connector_service_name character varying(1000) NOT NULL,
    active character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_providers_pkey PRIMARY KEY (code)
);
CREATE TABLE kc.s2s_revision_type (
    s2s_revision_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_revision_type_pkey PRIMARY KEY (s2s_revision_type_code)
);
CREATE TABLE kc.s2s_submission_type (
    sort_id numeric(2,0),
    s2s_submission_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_submission_type_pkey PRIMARY KEY (s2s_submission_type_code)
);
CREATE TABLE kc.s2s_user_attached_form (
    s2s_user_attached_form_id numeric(12,0) NOT NULL,
    proposal_number character varying(12) NOT NULL,
    namespace character varying(200),
    form_name character varying(100),
    form_file_name character varying(100),
    description character varying(200),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_user_attached_form_pkey PRIMARY KEY (s2s_user_attached_form_id)
);
CREATE TABLE kc.s2s_user_attached_form_att (
    s2s_user_attached_form_att_id numeric(12,0) NOT NULL,
    s2s_user_attached_form_id numeric(12,0) NOT NULL,
    proposal_number character varying(12) NOT NULL,
    content_type character varying(100),
    file_name character varying(100),
    content_id character varying(350),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_user_attached_form_att_pkey PRIMARY KEY (s2s_user_attached_form_att_id)
);
CREATE TABLE kc.s2s_user_attached_form_file (
    s2s_user_attached_form_file_id numeric(12,0) NOT NULL,
    s2s_user_attached_form_id numeric(12,0) NOT NULL,
    form_file bytea,
    xml_file text,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_user_attached_form_file_pkey PRIMARY KEY (s2s_user_attached_form_file_id)
);
CREATE TABLE kc.s2s_user_attd_form_att_file (
    s2s_user_attd_form_att_file_id numeric(12,0) NOT NULL,
    s2s_user_attached_form_att_id numeric(12,0) NOT NULL,
    attachment bytea,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT s2s_user_attd_form_att_file_pkey PRIMARY KEY (s2s_user_attd_form_att_file_id)
);
CREATE TABLE kc.schedule_act_item_type (
    schedule_act_item_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT schedule_act_item_type_pkey PRIMARY KEY (schedule_act_item_type_code)
);
CREATE TABLE kc.schedule_agenda (
    schedule_agenda_id numeric(12,0) NOT NULL,
    schedule_id_fk numeric(12,0) NOT NULL,
    agenda_number numeric(4,0) NOT NULL,
    agenda_name character varying(200) NOT NULL,
    create_timestamp timestamp without time zone NOT NULL,
    create_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    pdf_store bytea,
    CONSTRAINT schedule_agenda_pkey PRIMARY KEY (schedule_agenda_id)
);
CREATE TABLE kc.schedule_status (
    schedule_status_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT schedule_status_pkey PRIMARY KEY (schedule_status_code)
);
CREATE TABLE kc.school_code (
    school_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT school_code_pkey PRIMARY KEY (school_code)
);
CREATE TABLE kc.science_keyword (
    science_keyword_code character varying(15) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT science_keyword_pkey PRIMARY KEY (science_keyword_code)
);
CREATE TABLE kc.seq_app_sponsrd_user_attr_id (
    id bigint NOT NULL,
    CONSTRAINT seq_app_sponsrd_user_attr_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_applications_id (
    id bigint NOT NULL,
    CONSTRAINT seq_applications_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_attachment_id (
    id bigint NOT NULL,
    CONSTRAINT seq_attachment_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_attribute_types_id (
    id bigint NOT NULL,
    CONSTRAINT seq_attribute_types_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_account_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_account_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_amount_trans_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_amount_trans_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_amt_fna_dstrbtn_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_amt_fna_dstrbtn_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_approved_subaward_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_approved_subaward_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_attachment_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_attachment_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_award_closeout (
    id bigint NOT NULL,
    CONSTRAINT seq_award_award_closeout_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_award_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_award_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_award_number (
    id bigint NOT NULL,
    CONSTRAINT seq_award_award_number_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_comment_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_comment_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_cost_share_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_cost_share_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_custom_data_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_custom_data_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_exempt_number_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_exempt_number_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_notepad_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_notepad_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_notice_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_notice_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_posts_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_posts_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_rep_terms_recnt_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_rep_terms_recnt_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_report_notif_sent_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_report_notif_sent_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_report_tracking_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_report_tracking_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_science_keyword_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_science_keyword_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_special_review_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_special_review_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_sponsor_term (
    id bigint NOT NULL,
    CONSTRAINT seq_award_sponsor_term_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_sponsor_terms (
    id bigint NOT NULL,
    CONSTRAINT seq_award_sponsor_terms_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_sync_change_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_sync_change_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_sync_log_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_sync_log_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_sync_status_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_sync_status_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_template (
    id bigint NOT NULL,
    CONSTRAINT seq_award_template_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_award_trans_sponsor_id (
    id bigint NOT NULL,
    CONSTRAINT seq_award_trans_sponsor_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_awrd_bdgt_lmt_id (
    id bigint NOT NULL,
    CONSTRAINT seq_awrd_bdgt_lmt_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_batch_correspondence (
    id bigint NOT NULL,
    CONSTRAINT seq_batch_correspondence_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_bgt_per_det_rate_base_id (
    id bigint NOT NULL,
    CONSTRAINT seq_bgt_per_det_rate_base_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_bgt_sum_per_calc_amt_id (
    id bigint NOT NULL,
    CONSTRAINT seq_bgt_sum_per_calc_amt_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_bud_frmltd_cost_detail_id (
    id bigint NOT NULL,
    CONSTRAINT seq_bud_frmltd_cost_detail_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_details_cal_amts_id (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_details_cal_amts_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_details_id (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_details_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_id (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_per_cal_amts_id (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_per_cal_amts_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_per_det_id (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_per_det_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_per_sal_det_id (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_per_sal_det_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_period_number (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_period_number_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_rate_and_base_id (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_rate_and_base_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_budget_subaward_per_det (
    id bigint NOT NULL,
    CONSTRAINT seq_budget_subaward_per_det_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_coi_disc_details_id (
    id bigint NOT NULL,
    CONSTRAINT seq_coi_disc_details_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_coi_discl_number (
    id bigint NOT NULL,
    CONSTRAINT seq_coi_discl_number_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_coi_discl_projects_id (
    id bigint NOT NULL,
    CONSTRAINT seq_coi_discl_projects_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_coi_disclosure_history_id (
    id bigint NOT NULL,
    CONSTRAINT seq_coi_disclosure_history_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_coi_user_roles_id (
    id bigint NOT NULL,
    CONSTRAINT seq_coi_user_roles_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_comm_research_areas_id (
    id bigint NOT NULL,
    CONSTRAINT seq_comm_research_areas_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_comm_sched_attach_id (
    id bigint NOT NULL,
    CONSTRAINT seq_comm_sched_attach_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_comm_schedule_id (
    id bigint NOT NULL,
    CONSTRAINT seq_comm_schedule_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_committee_id (
    id bigint NOT NULL,
    CONSTRAINT seq_committee_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_cong_district_id_kra (
    id bigint NOT NULL,
    CONSTRAINT seq_cong_district_id_kra_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_contact_usage_id (
    id bigint NOT NULL,
    CONSTRAINT seq_contact_usage_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_core_impersonation (
    id bigint NOT NULL,
    CONSTRAINT seq_core_impersonation_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_custom_attribute (
    id bigint NOT NULL,
    CONSTRAINT seq_custom_attribute_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_dash_board_menu_item_id (
    id bigint NOT NULL,
    CONSTRAINT seq_dash_board_menu_item_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_dd_override_id (
    id bigint NOT NULL,
    CONSTRAINT seq_dd_override_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_discl_person_units_id (
    id bigint NOT NULL,
    CONSTRAINT seq_discl_person_units_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_disclosure_id (
    id bigint NOT NULL,
    CONSTRAINT seq_disclosure_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_disclosure_person_id (
    id bigint NOT NULL,
    CONSTRAINT seq_disclosure_person_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_doc_nte (
    id bigint NOT NULL,
    CONSTRAINT seq_doc_nte_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_document_access_id (
    id bigint NOT NULL,
    CONSTRAINT seq_document_access_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_document_route_header (
    id bigint NOT NULL,
    CONSTRAINT seq_document_route_header_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_document_type_attribute (
    id bigint NOT NULL,
    CONSTRAINT seq_document_type_attribute_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_edl_field_dmp (
    id bigint NOT NULL,
    CONSTRAINT seq_edl_field_dmp_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_en_edoclt (
    id bigint NOT NULL,
    CONSTRAINT seq_en_edoclt_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_entity_number_s (
    id bigint NOT NULL,
    CONSTRAINT seq_entity_number_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_eps_prop_exempt_number_id (
    id bigint NOT NULL,
    CONSTRAINT seq_eps_prop_exempt_number_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_eps_prop_person_role (
    id bigint NOT NULL,
    CONSTRAINT seq_eps_prop_person_role_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_eps_prop_special_review_id (
    id bigint NOT NULL,
    CONSTRAINT seq_eps_prop_special_review_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_fin_entity_contact_info_id (
    id bigint NOT NULL,
    CONSTRAINT seq_fin_entity_contact_info_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_fin_entity_reporter_id (
    id bigint NOT NULL,
    CONSTRAINT seq_fin_entity_reporter_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_fin_entity_unit_id (
    id bigint NOT NULL,
    CONSTRAINT seq_fin_entity_unit_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_fin_int_entity_ynq_id (
    id bigint NOT NULL,
    CONSTRAINT seq_fin_int_entity_ynq_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_fin_object_code_mapping_id (
    id bigint NOT NULL,
    CONSTRAINT seq_fin_object_code_mapping_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_group_attributes_id (
    id bigint NOT NULL,
    CONSTRAINT seq_group_attributes_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_groups_id (
    id bigint NOT NULL,
    CONSTRAINT seq_groups_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_help_entry (
    id bigint NOT NULL,
    CONSTRAINT seq_help_entry_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iac_prtcl_alt_srch_dbs_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iac_prtcl_alt_srch_dbs_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iac_prtcl_prsnrl_mppng_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iac_prtcl_prsnrl_mppng_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_bat_corresp_det_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_bat_corresp_det_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_exempt_number_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_exempt_number_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_org_correspondent_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_org_correspondent_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_pa_personnel_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_pa_personnel_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_pa_protocol_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_pa_protocol_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_pers_proc_dtl_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_pers_proc_dtl_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_person_training_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_person_training_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_principles_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_principles_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proc_cat_cust_dat_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proc_cat_cust_dat_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proc_location_dtl_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proc_location_dtl_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proc_pers_resp_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proc_pers_resp_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_prot_amnd_ren_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_prot_amnd_ren_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_prot_amnd_ren_mod_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_prot_amnd_ren_mod_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_prot_cust_data_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_prot_cust_data_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_prot_stud_cus_dat_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_prot_stud_cus_dat_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_prot_stud_grp_dtl_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_prot_stud_grp_dtl_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_prot_stud_grp_hdr_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_prot_stud_grp_hdr_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_prot_stud_grp_loc_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_prot_stud_grp_loc_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proto_corr_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proto_corr_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proto_corresp_templ (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proto_corresp_templ_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proto_exception_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proto_exception_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proto_study_group_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proto_study_group_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proto_submis_doc_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proto_submis_doc_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_proto_submission_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_proto_submission_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_actions_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_actions_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_fund_src_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_fund_src_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_locs_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_locs_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_notepad_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_notepad_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_olr_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_olr_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_refs_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_refs_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_res_area_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_res_area_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_reviewer_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_reviewer_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_protocol_species_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_protocol_species_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_prtcl_alt_srch_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_prtcl_alt_srch_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_reviewer_attach_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_reviewer_attach_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_special_review_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_special_review_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_iacuc_unit_correspondent_id (
    id bigint NOT NULL,
    CONSTRAINT seq_iacuc_unit_correspondent_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_institute_rates_id (
    id bigint NOT NULL,
    CONSTRAINT seq_institute_rates_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_inv_coi_disc_details_id (
    id bigint NOT NULL,
    CONSTRAINT seq_inv_coi_disc_details_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_ip_comment (
    id bigint NOT NULL,
    CONSTRAINT seq_ip_comment_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_ip_fy_based_id (
    id bigint NOT NULL,
    CONSTRAINT seq_ip_fy_based_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_ip_rev_activity_id (
    id bigint NOT NULL,
    CONSTRAINT seq_ip_rev_activity_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_ip_review_id (
    id bigint NOT NULL,
    CONSTRAINT seq_ip_review_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_kc_krms_term_fun_parm_id (
    id bigint NOT NULL,
    CONSTRAINT seq_kc_krms_term_fun_parm_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_kc_krms_term_function_id (
    id bigint NOT NULL,
    CONSTRAINT seq_kc_krms_term_function_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_meeting_id (
    id bigint NOT NULL,
    CONSTRAINT seq_meeting_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_negotiation_custom_data_id (
    id bigint NOT NULL,
    CONSTRAINT seq_negotiation_custom_data_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_notification_id (
    id bigint NOT NULL,
    CONSTRAINT seq_notification_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_notification_type_id (
    id bigint NOT NULL,
    CONSTRAINT seq_notification_type_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_ntfctn_mdl_role_qlfr_id (
    id bigint NOT NULL,
    CONSTRAINT seq_ntfctn_mdl_role_qlfr_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_ntfctn_module_role_id (
    id bigint NOT NULL,
    CONSTRAINT seq_ntfctn_module_role_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_org_corresp_id (
    id bigint NOT NULL,
    CONSTRAINT seq_org_corresp_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_organization_id (
    id bigint NOT NULL,
    CONSTRAINT seq_organization_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_out_box_itm (
    id bigint NOT NULL,
    CONSTRAINT seq_out_box_itm_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_per_fin_int_discl_det_id (
    id bigint NOT NULL,
    CONSTRAINT seq_per_fin_int_discl_det_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_permissions_id (
    id bigint NOT NULL,
    CONSTRAINT seq_permissions_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_appointment (
    id bigint NOT NULL,
    CONSTRAINT seq_person_appointment_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_biosketch_id (
    id bigint NOT NULL,
    CONSTRAINT seq_person_biosketch_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_custom_data_id (
    id bigint NOT NULL,
    CONSTRAINT seq_person_custom_data_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_degree (
    id bigint NOT NULL,
    CONSTRAINT seq_person_degree_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_editable_field (
    id bigint NOT NULL,
    CONSTRAINT seq_person_editable_field_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_fin_int_discl_id (
    id bigint NOT NULL,
    CONSTRAINT seq_person_fin_int_discl_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_mass_change_id (
    id bigint NOT NULL,
    CONSTRAINT seq_person_mass_change_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_sign_mod_id (
    id bigint NOT NULL,
    CONSTRAINT seq_person_sign_mod_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_signature_id (
    id bigint NOT NULL,
    CONSTRAINT seq_person_signature_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_training_citi (
    id bigint NOT NULL,
    CONSTRAINT seq_person_training_citi_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_training_citi_err (
    id bigint NOT NULL,
    CONSTRAINT seq_person_training_citi_err_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_training_citi_map (
    id bigint NOT NULL,
    CONSTRAINT seq_person_training_citi_map_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_person_training_id (
    id bigint NOT NULL,
    CONSTRAINT seq_person_training_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_prop_role_template_id (
    id bigint NOT NULL,
    CONSTRAINT seq_prop_role_template_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_prop_science_keyword_id (
    id bigint NOT NULL,
    CONSTRAINT seq_prop_science_keyword_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_prop_unit_admin_id (
    id bigint NOT NULL,
    CONSTRAINT seq_prop_unit_admin_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_admin_details_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_admin_details_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_attachment_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_attachment_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_comments_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_comments_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_cost_share_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_cost_share_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_custom_data_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_custom_data_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_exempt_number_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_exempt_number_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_ip_review_join_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_ip_review_join_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_notepad_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_notepad_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_number (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_number_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_number_kra (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_number_kra_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_proposal_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_proposal_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proposal_special_review_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proposal_special_review_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proto_attchtypegrp_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proto_attchtypegrp_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proto_corresp_templ (
    id bigint NOT NULL,
    CONSTRAINT seq_proto_corresp_templ_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proto_location_prc_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proto_location_prc_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proto_notification_templ (
    id bigint NOT NULL,
    CONSTRAINT seq_proto_notification_templ_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_proto_study_grp_spc_id (
    id bigint NOT NULL,
    CONSTRAINT seq_proto_study_grp_spc_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_protocol_exempt_number_id (
    id bigint NOT NULL,
    CONSTRAINT seq_protocol_exempt_number_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_protocol_id (
    id bigint NOT NULL,
    CONSTRAINT seq_protocol_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_protocol_references_id (
    id bigint NOT NULL,
    CONSTRAINT seq_protocol_references_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_protocol_research_areas_id (
    id bigint NOT NULL,
    CONSTRAINT seq_protocol_research_areas_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_protocol_special_review_id (
    id bigint NOT NULL,
    CONSTRAINT seq_protocol_special_review_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_question_id (
    id bigint NOT NULL,
    CONSTRAINT seq_question_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_question_multi_choice_id (
    id bigint NOT NULL,
    CONSTRAINT seq_question_multi_choice_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_questionnaire_id (
    id bigint NOT NULL,
    CONSTRAINT seq_questionnaire_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_questionnaire_ref_id (
    id bigint NOT NULL,
    CONSTRAINT seq_questionnaire_ref_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_rate_class_base_excl_id (
    id bigint NOT NULL,
    CONSTRAINT seq_rate_class_base_excl_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_rate_class_base_incl_id (
    id bigint NOT NULL,
    CONSTRAINT seq_rate_class_base_incl_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_report_id (
    id bigint NOT NULL,
    CONSTRAINT seq_report_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_responsibility_id (
    id bigint NOT NULL,
    CONSTRAINT seq_responsibility_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_rest_audit_log_id (
    id bigint NOT NULL,
    CONSTRAINT seq_rest_audit_log_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_role_attributes_id (
    id bigint NOT NULL,
    CONSTRAINT seq_role_attributes_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_roles_id (
    id bigint NOT NULL,
    CONSTRAINT seq_roles_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_rolodex_id (
    id bigint NOT NULL,
    CONSTRAINT seq_rolodex_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_route_queue (
    id bigint NOT NULL,
    CONSTRAINT seq_route_queue_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_route_template (
    id bigint NOT NULL,
    CONSTRAINT seq_route_template_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_rte_node (
    id bigint NOT NULL,
    CONSTRAINT seq_rte_node_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_rte_node_cfg_parm (
    id bigint NOT NULL,
    CONSTRAINT seq_rte_node_cfg_parm_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_rule_expr (
    id bigint NOT NULL,
    CONSTRAINT seq_rule_expr_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_rule_tmpl_optn (
    id bigint NOT NULL,
    CONSTRAINT seq_rule_tmpl_optn_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_s2s_app_attachment_id (
    id bigint NOT NULL,
    CONSTRAINT seq_s2s_app_attachment_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_s2s_error_id (
    id bigint NOT NULL,
    CONSTRAINT seq_s2s_error_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_s2s_user_attd_form_att_id (
    id bigint NOT NULL,
    CONSTRAINT seq_s2s_user_attd_form_att_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_s2s_user_attd_form_file_id (
    id bigint NOT NULL,
    CONSTRAINT seq_s2s_user_attd_form_file_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_s2s_user_attd_form_id (
    id bigint NOT NULL,
    CONSTRAINT seq_s2s_user_attd_form_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_s2s_usr_atd_frm_att_fle_id (
    id bigint NOT NULL,
    CONSTRAINT seq_s2s_usr_atd_frm_att_fle_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_searchable_attribute_value (
    id bigint NOT NULL,
    CONSTRAINT seq_searchable_attribute_value_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_sponsor_code (
    id bigint NOT NULL,
    CONSTRAINT seq_sponsor_code_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_sponsor_form_templates (
    id bigint NOT NULL,
    CONSTRAINT seq_sponsor_form_templates_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_sponsor_forms (
    id bigint NOT NULL,
    CONSTRAINT seq_sponsor_forms_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_sponsor_term (
    id bigint NOT NULL,
    CONSTRAINT seq_sponsor_term_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_sub_awd_bgt_att_id (
    id bigint NOT NULL,
    CONSTRAINT seq_sub_awd_bgt_att_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_subaward_attachment_id (
    id bigint NOT NULL,
    CONSTRAINT seq_subaward_attachment_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_subaward_report_id (
    id bigint NOT NULL,
    CONSTRAINT seq_subaward_report_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_time_and_money_posts_id (
    id bigint NOT NULL,
    CONSTRAINT seq_time_and_money_posts_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_training_module_id (
    id bigint NOT NULL,
    CONSTRAINT seq_training_module_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_training_stipend_rates_id (
    id bigint NOT NULL,
    CONSTRAINT seq_training_stipend_rates_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_transaction_detail_id (
    id bigint NOT NULL,
    CONSTRAINT seq_transaction_detail_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_transaction_id (
    id bigint NOT NULL,
    CONSTRAINT seq_transaction_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_transaction_tst (
    id bigint NOT NULL,
    CONSTRAINT seq_transaction_tst_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_travel_doc_id (
    id bigint NOT NULL,
    CONSTRAINT seq_travel_doc_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_travel_fo_id (
    id bigint NOT NULL,
    CONSTRAINT seq_travel_fo_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_unit_corresp_id (
    id bigint NOT NULL,
    CONSTRAINT seq_unit_corresp_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_unit_formulated_cost_id (
    id bigint NOT NULL,
    CONSTRAINT seq_unit_formulated_cost_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_unrecovered_fna_id (
    id bigint NOT NULL,
    CONSTRAINT seq_unrecovered_fna_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_user_attributes_id (
    id bigint NOT NULL,
    CONSTRAINT seq_user_attributes_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_users_id (
    id bigint NOT NULL,
    CONSTRAINT seq_users_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_val_iacuc_prot_act_cor_id (
    id bigint NOT NULL,
    CONSTRAINT seq_val_iacuc_prot_act_cor_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_val_prot_act_cor_id (
    id bigint NOT NULL,
    CONSTRAINT seq_val_prot_act_cor_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_val_proto_sub_rev_typ_id (
    id bigint NOT NULL,
    CONSTRAINT seq_val_proto_sub_rev_typ_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_val_proto_sub_typ_qual_id (
    id bigint NOT NULL,
    CONSTRAINT seq_val_proto_sub_typ_qual_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_valid_basis_method_pmt_id (
    id bigint NOT NULL,
    CONSTRAINT seq_valid_basis_method_pmt_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_valid_class_report_freq (
    id bigint NOT NULL,
    CONSTRAINT seq_valid_class_report_freq_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_valid_narr_forms_id (
    id bigint NOT NULL,
    CONSTRAINT seq_valid_narr_forms_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_valid_pro_sub_rev_type_id (
    id bigint NOT NULL,
    CONSTRAINT seq_valid_pro_sub_rev_type_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_valid_pro_sub_type_qual_id (
    id bigint NOT NULL,
    CONSTRAINT seq_valid_pro_sub_type_qual_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_valid_subm_revw_type_qual (
    id bigint NOT NULL,
    CONSTRAINT seq_valid_subm_revw_type_qual_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_version_history_id (
    id bigint NOT NULL,
    CONSTRAINT seq_version_history_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.seq_watermark_id (
    id bigint NOT NULL,
    CONSTRAINT seq_watermark_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.sequence_award_id (
    id bigint NOT NULL,
    CONSTRAINT sequence_award_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.sequence_ippcs_id (
    id bigint NOT NULL,
    CONSTRAINT sequence_ippcs_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.sequence_ippucs_id (
    id bigint NOT NULL,
    CONSTRAINT sequence_ippucs_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.sequence_nsf_codes (
    id bigint NOT NULL,
    CONSTRAINT sequence_nsf_codes_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.sequence_proposal_id (
    id bigint NOT NULL,
    CONSTRAINT sequence_proposal_id_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.service_def_seq (
    id bigint NOT NULL,
    CONSTRAINT service_def_seq_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.sp_rev_approval_type (
    approval_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT sp_rev_approval_type_pkey PRIMARY KEY (approval_type_code)
);
CREATE TABLE kc.special_review (
    special_review_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sort_id numeric(12,0),
    CONSTRAINT special_review_pkey PRIMARY KEY (special_review_code)
);
CREATE TABLE kc.special_review_usage (
    special_review_usage_id numeric(12,0) NOT NULL,
    special_review_code character varying(3) NOT NULL,
    module_code numeric(3,0) NOT NULL,
    active_flag character(1),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    global_flag character(1),
    CONSTRAINT special_review_usage_pkey PRIMARY KEY (special_review_usage_id)
);
CREATE TABLE kc.sponsor (
    sponsor_code character(6) NOT NULL,
    sponsor_name character varying(200),
    acronym character varying(10),
    sponsor_type_code character varying(3) NOT NULL,
    dun_and_bradstreet_number character varying(20),
    duns_plus_four_number character varying(20),
    dodac_number character varying(20),
    cage_number character varying(20),
    postal_code character varying(15),
    state character varying(30),
    country_code character(3),
    rolodex_id numeric(6,0) NOT NULL,
    audit_report_sent_for_fy character(4),
    owned_by_unit character varying(8) NOT NULL,
    create_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    actv_ind character varying(1),
    dunning_campaign_id character varying(6),
    customer_number character varying(40),
    CONSTRAINT sponsor_pkey PRIMARY KEY (sponsor_code)
);
CREATE TABLE kc.sponsor_form_templates (
    page_number numeric(3,0) NOT NULL,
    page_description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    file_name character varying(150),
    content_type character varying(255),
    form_template text,
    obj_id character varying(36) NOT NULL,
    sponsor_form_template_id numeric(12,0) NOT NULL,
    sponsor_form_id numeric(12,0),
    CONSTRAINT sponsor_form_templates_pkey PRIMARY KEY (sponsor_form_template_id)
);
CREATE TABLE kc.sponsor_forms (
    sponsor_code character(6) NOT NULL,
    package_number numeric(3,0) NOT NULL,
    package_name character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sponsor_form_id numeric(12,0) NOT NULL,
    sponsor_hierarchy_name character varying(50),
    CONSTRAINT sponsor_forms_pkey PRIMARY KEY (sponsor_form_id)
);
CREATE TABLE kc.sponsor_hierarchy (
    hierarchy_name character varying(100) NOT NULL,
    sponsor_code character(6) NOT NULL,
    level1 character varying(50),
    level2 character varying(50),
    level3 character varying(50),
    level4 character varying(50),
    level5 character varying(50),
    level6 character varying(50),
    level7 character varying(50),
    level8 character varying(50),
    level9 character varying(50),
    level10 character varying(50),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    level1_sortid numeric(4,0),
    level2_sortid numeric(4,0),
    level3_sortid numeric(4,0),
    level4_sortid numeric(4,0),
    level5_sortid numeric(4,0),
    level6_sortid numeric(4,0),
    level7_sortid numeric(4,0),
    level8_sortid numeric(4,0),
    level9_sortid numeric(4,0),
    level10_sortid numeric(4,0),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT sponsor_hierarchy_pkey PRIMARY KEY (hierarchy_name, sponsor_code)
);
CREATE TABLE kc.sponsor_hierarchy_mt (
    hierarchy_name character varying(150) NOT NULL,
    sponsor_code character(6) NOT NULL,
    level1 character varying(50),
    level2 character varying(50),
    level3 character varying(50),
    level4 character varying(50),
    level5 character varying(50),
    level6 character varying(50),
    level7 character varying(50),
    level8 character varying(50),
    level9 character varying(50),
    level10 character varying(50),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    level1_sortid numeric(4,0),
    level2_sortid numeric(4,0),
    level3_sortid numeric(4,0),
    level4_sortid numeric(4,0),
    level5_sortid numeric(4,0),
    level6_sortid numeric(4,0),
    level7_sortid numeric(4,0),
    level8_sortid numeric(4,0),
    level9_sortid numeric(4,0),
    level10_sortid numeric(4,0),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT sponsor_hierarchy_mt_pkey PRIMARY KEY (hierarchy_name, sponsor_code)
);
CREATE TABLE kc.sponsor_term (
    ver_nbr numeric(8,0) NOT NULL,
    sponsor_term_id numeric(12,0) NOT NULL,
    sponsor_term_code character varying(3) NOT NULL,
    sponsor_term_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT sponsor_term_pkey PRIMARY KEY (sponsor_term_id)
);
CREATE TABLE kc.sponsor_term_type (
    ver_nbr numeric(8,0) NOT NULL,
    sponsor_term_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT sponsor_term_type_pkey PRIMARY KEY (sponsor_term_type_code)
);
CREATE TABLE kc.sponsor_type (
    sponsor_type_code character varying(3) NOT NULL,
    description character varying(100) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT sponsor_type_pkey PRIMARY KEY (sponsor_type_code)
);
CREATE TABLE kc.sub_exp_cat_by_fy (
    award_number character varying(12) NOT NULL,
    large_business_amt numeric(12,2),
    small_business_amt numeric(12,2),
    woman_owned_amt numeric(12,2),
    a8_disadvantage_amt numeric(12,2),
    hub_zone_amt numeric(12,2),
    veteran_owned_amt numeric(12,2),
    service_disabled_vet_owned_amt numeric(12,2),
    historical_black_college_amt numeric(12,2),
    start_date date NOT NULL,
    end_date date NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT sub_exp_cat_by_fy_pkey PRIMARY KEY (award_number)
);
CREATE TABLE kc.subaward (
    subaward_id numeric(12,0) NOT NULL,
    organization_id character varying(8) NOT NULL,
    start_date date,
    end_date date,
    subaward_type_code numeric(3,0) NOT NULL,
    purchase_order_num character varying(10),
    title character varying(200),
    status_code numeric(3,0) NOT NULL,
    account_number character varying(100),
    vendor_number character varying(10),
    requisitioner_id character varying(40),
    requisitioner_unit character varying(8),
    archive_location character varying(50),
    closeout_date date,
    comments text,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    site_investigator numeric(6,0),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    document_number character varying(40) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    cost_type numeric(3,0),
    date_of_fully_executed date,
    requisition_number character varying(50),
    fed_award_proj_desc character varying(200),
    f_and_a_rate numeric(4,2),
    de_minimus character(1),
    subaward_sequence_status character varying(16) NOT NULL,
    ffata_required character(1),
    fsrs_subaward_number character varying(25),
    CONSTRAINT subaward_pkey PRIMARY KEY (subaward_id)
);
CREATE TABLE kc.subaward_amount_info (
    subaward_amount_info_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    obligated_amount numeric(12,2),
    obligated_change numeric(12,2),
    anticipated_amount numeric(12,2),
    anticipated_change numeric(12,2),
    effective_date date,
    comments character varying(300),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    file_name character varying(150),
    mime_type character varying(100),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    modification_effective_date date,
    modification_number character varying(50),
    performance_start_date date,
    performance_end_date date,
    file_data_id character varying(36),
    modification_type_code character varying(30),
    CONSTRAINT subaward_amount_info_pkey PRIMARY KEY (subaward_amount_info_id)
);
CREATE TABLE kc.subaward_amount_info_v1511_015 (
    subaward_amount_info_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    obligated_amount numeric(12,2),
    obligated_change numeric(12,2),
    anticipated_amount numeric(12,2),
    anticipated_change numeric(12,2),
    effective_date date,
    comments character varying(300),
    update_timestamp date NOT NULL,
    update_user character varying(60) NOT NULL,
    file_name character varying(150),
    document bytea,
    mime_type character varying(100),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    file_id numeric(22,0),
    sequence_number numeric(4,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    modification_effective_date date,
    modification_number character varying(50),
    performance_start_date date,
    performance_end_date date
);
CREATE TABLE kc.subaward_amt_info_id_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_amt_info_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_amt_rel_id_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_amt_rel_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_amt_released (
    subaward_amt_released_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    amount_released numeric(12,2) NOT NULL,
    effective_date date NOT NULL,
    comments character varying(300),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    invoice_number character varying(50),
    start_date date,
    end_date date,
    status_code character varying(1),
    approval_comments character varying(2000),
    approved_by_user character varying(8),
    approval_date date,
    document bytea,
    file_name character varying(150),
    created_by character varying(60),
    created_date date,
    mime_type character varying(100),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    document_number character varying(40),
    invoice_status character varying(3),
    CONSTRAINT subaward_amt_released_pkey PRIMARY KEY (subaward_amt_released_id)
);
CREATE TABLE kc.subaward_approval_type (
    subaward_approval_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subaward_approval_type_pkey PRIMARY KEY (subaward_approval_type_code)
);
CREATE TABLE kc.subaward_attachment_type (
    attachment_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subaward_attachment_type_pkey PRIMARY KEY (attachment_type_code)
);
CREATE TABLE kc.subaward_attachments (
    attachment_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    attachment_type_code character varying(30) NOT NULL,
    document_id numeric(4,0) NOT NULL,
    file_name character varying(150),
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    document_status_code character(1),
    last_update_user character varying(60),
    last_update_timestamp timestamp without time zone,
    file_data_id character varying(36),
    mime_type character varying(255),
    CONSTRAINT subaward_attachments_pkey PRIMARY KEY (attachment_id)
);
CREATE TABLE kc.subaward_attachments_v1511_015 (
    attachment_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    attachment_type_code character varying(30) NOT NULL,
    document_id numeric(4,0) NOT NULL,
    file_id numeric(22,0) NOT NULL,
    file_name character varying(150),
    document bytea,
    description character varying(200),
    update_timestamp date NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    document_status_code character(1),
    last_update_user character varying(60),
    last_update_timestamp timestamp without time zone
);
CREATE TABLE kc.subaward_closeout (
    subaward_closeout_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    closeout_number numeric(3,0),
    closeout_type_code numeric(3,0) NOT NULL,
    date_requested date,
    date_followup date,
    date_received date,
    comments character varying(300),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    CONSTRAINT subaward_closeout_pkey PRIMARY KEY (subaward_closeout_id)
);
CREATE TABLE kc.subaward_closeout_id_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_closeout_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_code_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_code_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_contact (
    subaward_contact_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    contact_type_code character varying(3) NOT NULL,
    rolodex_id numeric(6,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    CONSTRAINT subaward_contact_pkey PRIMARY KEY (subaward_contact_id)
);
CREATE TABLE kc.subaward_contact_id_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_contact_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_cust_id_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_cust_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_custom_data (
    subaward_custom_data_id numeric(8,0) NOT NULL,
    subaward_id numeric(12,0),
    custom_attribute_id numeric(12,0),
    value character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0),
    obj_id character varying(36) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    CONSTRAINT subaward_custom_data_pkey PRIMARY KEY (subaward_custom_data_id)
);
CREATE TABLE kc.subaward_document (
    document_number character varying(40) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subaward_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.subaward_ffata_reporting (
    subaward_ffata_reporting_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    subaward_amount_info_id numeric(12,0),
    other_trans_desc character varying(100),
    date_submitted timestamp without time zone NOT NULL,
    submitter_id character varying(40) NOT NULL,
    comments text,
    file_data_id character varying(36),
    file_name character varying(150),
    mime_type character varying(100),
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subaward_ffata_reporting_pkey PRIMARY KEY (subaward_ffata_reporting_id)
);
CREATE TABLE kc.subaward_ffata_reporting_id_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_ffata_reporting_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_forms (
    form_id character varying(30) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    file_name character varying(150),
    content_type character varying(255),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    template_type_code numeric(3,0),
    form text,
    CONSTRAINT subaward_forms_pkey PRIMARY KEY (form_id)
);
CREATE TABLE kc.subaward_funding_source (
    subaward_funding_source_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    award_id numeric(22,0) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    CONSTRAINT subaward_funding_source_pkey PRIMARY KEY (subaward_funding_source_id)
);
CREATE TABLE kc.subaward_funding_source_id_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_funding_source_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_id_s (
    id bigint NOT NULL,
    CONSTRAINT subaward_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subaward_modification_type (
    code character varying(30) NOT NULL,
    description character varying(2000) NOT NULL,
    active character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subaward_modification_type_pkey PRIMARY KEY (code)
);
CREATE TABLE kc.subaward_report_type (
    report_type_code numeric(3,0) NOT NULL,
    description character varying(50) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sort_id numeric(2,0),
    CONSTRAINT subaward_report_type_pkey PRIMARY KEY (report_type_code)
);
CREATE TABLE kc.subaward_reports (
    subaward_report_id numeric(12,0) NOT NULL,
    subaward_id numeric(12,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    sequence_number numeric(3,0) NOT NULL,
    report_type_code numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subaward_reports_pkey PRIMARY KEY (subaward_report_id)
);
CREATE TABLE kc.subaward_status (
    subaward_status_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subaward_status_pkey PRIMARY KEY (subaward_status_code)
);
CREATE TABLE kc.subaward_template_info (
    subaward_id numeric(12,0) NOT NULL,
    subaward_code character varying(20) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    sow_or_sub_proposal_budget character varying(1),
    sub_proposal_date date,
    invoice_or_payment_contact numeric(3,0),
    final_stmt_of_costs_contact numeric(3,0),
    change_requests_contact numeric(3,0),
    termination_contact numeric(3,0),
    no_cost_extension_contact numeric(3,0),
    perf_site_diff_from_org_addr character varying(1),
    perf_site_same_as_sub_pi_addr character varying(1),
    sub_registered_in_ccr character varying(1),
    sub_exempt_from_reporting_comp character varying(1),
    parent_duns_number character varying(20),
    parent_congressional_district character varying(20),
    exempt_from_rprtg_exec_comp character varying(1),
    copyright_type numeric(3,0),
    automatic_carry_forward character varying(1),
    carry_forward_requests_sent_to numeric(3,0),
    treatment_prgm_income_additive character varying(1),
    applicable_program_regulations character varying(50),
    applicable_program_regs_date date,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    r_and_d character(1),
    includes_cost_sharing character(1),
    fcio character(1),
    CONSTRAINT subaward_template_info_pkey PRIMARY KEY (subaward_id)
);
CREATE TABLE kc.subaward_template_type (
    subaward_template_type_code numeric(3,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subaward_template_type_pkey PRIMARY KEY (subaward_template_type_code)
);
CREATE TABLE kc.subcontract_copyright_type (
    ver_nbr numeric(8,0) NOT NULL,
    copyright_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subcontract_copyright_type_pkey PRIMARY KEY (copyright_type_code)
);
CREATE TABLE kc.subcontract_cost_type (
    ver_nbr numeric(8,0) NOT NULL,
    cost_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subcontract_cost_type_pkey PRIMARY KEY (cost_type_code)
);
CREATE TABLE kc.subcontract_exp_cat (
    award_number character varying(12) NOT NULL,
    large_business_amt numeric(12,2),
    small_business_amt numeric(12,2),
    woman_owned_amt numeric(12,2),
    a8_disadvantage_amt numeric(12,2),
    hub_zone_amt numeric(12,2),
    veteran_owned_amt numeric(12,2),
    service_disabled_vet_owned_amt numeric(12,2),
    historical_black_college_amt numeric(12,2),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subcontract_exp_cat_pkey PRIMARY KEY (award_number)
);
CREATE TABLE kc.subcontract_exp_cat_det (
    id numeric(12,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    amount numeric(12,2),
    fiscal_period date,
    is_large_business character varying(1),
    is_small_business character varying(1),
    is_woman_owned character varying(1),
    is_8a_disadvantage character varying(1),
    is_hub_zone character varying(1),
    is_veteran_owned character varying(1),
    is_service_disabled_vet_owned character varying(1),
    is_historical_black_college character varying(1),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subcontract_exp_cat_det_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.subcontracting_bud (
    award_number character varying(12) NOT NULL,
    large_business_goal numeric(12,2),
    small_business_goal numeric(12,2),
    woman_owned_goal numeric(12,2),
    sdb_goal numeric(12,2),
    hub_zone_goal numeric(12,2),
    veteran_owned_goal numeric(12,2),
    sdv_goal numeric(12,2),
    hbcu_goal numeric(12,2),
    comments character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT subcontracting_bud_pkey PRIMARY KEY (award_number)
);
CREATE TABLE kc.submission_status (
    submission_status_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT submission_status_pkey PRIMARY KEY (submission_status_code)
);
CREATE TABLE kc.submission_type (
    submission_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT submission_type_pkey PRIMARY KEY (submission_type_code)
);
CREATE TABLE kc.submission_type_qualifier (
    submission_type_qual_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT submission_type_qualifier_pkey PRIMARY KEY (submission_type_qual_code)
);
CREATE TABLE kc.tbn (
    tbn_id character varying(9) NOT NULL,
    person_name character varying(90) NOT NULL,
    job_code character varying(6),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT tbn_pkey PRIMARY KEY (tbn_id)
);
CREATE TABLE kc.time_and_money_document (
    document_number character varying(40) NOT NULL,
    award_number character varying(12) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    time_and_money_doc_status character varying(10) NOT NULL,
    CONSTRAINT time_and_money_document_pkey PRIMARY KEY (document_number)
);
CREATE TABLE kc.time_and_money_posts (
    id bigint NOT NULL,
    award_id numeric(22,0) NOT NULL,
    award_family character varying(12),
    document_number character varying(40),
    active character(1) NOT NULL,
    update_user character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT time_and_money_posts_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.training (
    training_code numeric(4,0) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT training_pkey PRIMARY KEY (training_code)
);
CREATE TABLE kc.training_modules (
    id bigint NOT NULL,
    training_code numeric(4,0),
    module_code numeric(3,0),
    update_timestamp date NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT training_modules_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.training_stipend_rates (
    training_stipend_rates_id numeric(12,0) NOT NULL,
    career_level character varying(50) NOT NULL,
    experience_level numeric(3,0) NOT NULL,
    stipend_rate numeric(12,2),
    effective_date date,
    description character varying(200),
    update_timestamp timestamp without time zone,
    update_user character varying(8) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT training_stipend_rates_pkey PRIMARY KEY (training_stipend_rates_id)
);
CREATE TABLE kc.transaction_details (
    transaction_detail_id numeric(10,0) NOT NULL,
    award_number character varying(12) NOT NULL,
    sequence_number numeric(4,0) NOT NULL,
    transaction_id numeric(10,0) NOT NULL,
    tnm_document_number character varying(40) NOT NULL,
    comments character varying(200),
    source_award_number character varying(12) NOT NULL,
    destination_award_number character varying(12) NOT NULL,
    obligated_amount numeric(12,2),
    anticipated_amount numeric(12,2),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36),
    transaction_detail_type character varying(12),
    obligated_direct_amount numeric(12,2),
    obligated_indirect_amount numeric(12,2),
    anticipated_direct_amount numeric(12,2),
    anticipated_indirect_amount numeric(12,2),
    CONSTRAINT transaction_details_pkey PRIMARY KEY (transaction_detail_id)
);
CREATE TABLE kc.trv_fo_id_s (
    id bigint NOT NULL,
    CONSTRAINT trv_fo_id_s_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.tst_search_attr_indx_tst_doc_t (
    doc_hdr_id character varying(14) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(14,0),
    rte_lvl_cnt numeric(14,0),
    cnstnt_str character varying(50),
    rtd_str character varying(50),
    hld_rtd_str character varying(50),
    rd_accs_cnt numeric(14,0),
    CONSTRAINT tst_search_attr_indx_tst_doc_t_pkey PRIMARY KEY (doc_hdr_id)
);
CREATE TABLE kc.unit (
    unit_number character varying(8) NOT NULL,
    unit_name character varying(60),
    organization_id character varying(8),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    parent_unit_number character varying(8),
    obj_id character varying(36) NOT NULL,
    active_flag character(1) NOT NULL,
    CONSTRAINT unit_pkey PRIMARY KEY (unit_number)
);
CREATE TABLE kc.unit_administrator (
    unit_number character varying(8) NOT NULL,
    person_id character varying(40) NOT NULL,
    unit_administrator_type_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT unit_administrator_pkey PRIMARY KEY (unit_number, person_id, unit_administrator_type_code)
);
CREATE TABLE kc.unit_administrator_type (
    unit_administrator_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    default_group_flag character varying(1),
    multiples_flag character varying(1),
    obj_id character varying(36) NOT NULL,
    CONSTRAINT unit_administrator_type_pkey PRIMARY KEY (unit_administrator_type_code)
);
CREATE TABLE kc.unit_correspondent (
    unit_correspondent_id numeric(12,0) NOT NULL,
    unit_number character varying(8) NOT NULL,
    correspondent_type_code numeric(3,0) NOT NULL,
    person_id character varying(40),
    non_employee_flag character varying(1) NOT NULL,
    description character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT unit_correspondent_pkey PRIMARY KEY (unit_correspondent_id)
);
CREATE TABLE kc.unit_formulated_cost (
    unit_formulated_cost_id numeric(12,0) NOT NULL,
    formulated_type_code character varying(3) NOT NULL,
    unit_number character varying(8) NOT NULL,
    unit_cost numeric(12,2) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT unit_formulated_cost_pkey PRIMARY KEY (unit_formulated_cost_id)
);
CREATE TABLE kc.user_channel_subscriptions_seq (
    id bigint NOT NULL,
    CONSTRAINT user_channel_subscriptions_seq_pkey PRIMARY KEY (id)
);
CREATE TABLE kc.user_roles (
    user_id character varying(10) NOT NULL,
    role_id numeric(5,0) NOT NULL,
    unit_number character varying(8) NOT NULL,
    descend_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role_id, unit_number)
);
CREATE TABLE kc.valid_award_basis_payment (
    valid_award_basis_payment_id numeric(12,0) NOT NULL,
    award_type_code numeric(3,0) NOT NULL,
    basis_of_payment_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_award_basis_payment_pkey PRIMARY KEY (valid_award_basis_payment_id)
);
CREATE TABLE kc.valid_basis_method_pmt (
    valid_basis_method_pmt_id numeric(12,0) NOT NULL,
    basis_of_payment_code character varying(3) NOT NULL,
    method_of_payment_code character varying(3) NOT NULL,
    frequency_indicator character(1),
    inv_instructions_indicator character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_basis_method_pmt_pkey PRIMARY KEY (valid_basis_method_pmt_id)
);
CREATE TABLE kc.valid_calc_types (
    calc_type_id character varying(8) NOT NULL,
    rate_class_type character(1) NOT NULL,
    dependent_seq_number numeric(3,0) NOT NULL,
    dependent_rate_class_type character(1),
    rate_class_code character varying(3),
    rate_type_code character varying(3),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_calc_types_pkey PRIMARY KEY (calc_type_id, rate_class_type, dependent_seq_number)
);
CREATE TABLE kc.valid_ce_job_codes (
    cost_element character varying(8) NOT NULL,
    job_code character varying(6) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_ce_job_codes_pkey PRIMARY KEY (cost_element, job_code)
);
CREATE TABLE kc.valid_ce_rate_types (
    active_flag character varying(1) NOT NULL,
    cost_element character varying(8) NOT NULL,
    rate_class_code character varying(3) NOT NULL,
    rate_type_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_ce_rate_types_pkey PRIMARY KEY (cost_element, rate_class_code, rate_type_code)
);
CREATE TABLE kc.valid_class_report_freq (
    valid_class_report_freq_id numeric(12,0) NOT NULL,
    report_class_code character varying(3) NOT NULL,
    report_code character varying(3) NOT NULL,
    frequency_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_class_report_freq_pkey PRIMARY KEY (valid_class_report_freq_id)
);
CREATE TABLE kc.valid_frequency_base (
    valid_frequency_base_id numeric(12,0) NOT NULL,
    frequency_code character varying(3) NOT NULL,
    frequency_base_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_frequency_base_pkey PRIMARY KEY (valid_frequency_base_id)
);
CREATE TABLE kc.valid_iacuc_proto_act_coresp (
    valid_iacuc_prot_act_corsp_id numeric(12,0) NOT NULL,
    protocol_action_type_code character varying(3) NOT NULL,
    proto_corresp_type_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    final_flag character varying(1),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_iacuc_proto_act_coresp_pkey PRIMARY KEY (valid_iacuc_prot_act_corsp_id)
);
CREATE TABLE kc.valid_iacuc_proto_actn_actn (
    valid_iacuc_proto_actn_actn_id numeric(12,0) NOT NULL,
    protocol_action_type_code character varying(3) NOT NULL,
    action_number numeric(3,0) NOT NULL,
    followup_action_code character varying(3) NOT NULL,
    user_prompt_flag character varying(1) NOT NULL,
    user_prompt character varying(2000),
    comm_decision_motion_type_code character varying(3),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_iacuc_proto_actn_actn_pkey PRIMARY KEY (valid_iacuc_proto_actn_actn_id)
);
CREATE TABLE kc.valid_iacuc_proto_sub_rev_type (
    valid_proto_sub_rev_type_id numeric(12,0) NOT NULL,
    submission_type_code character varying(3) NOT NULL,
    protocol_review_type_code numeric(3,0) NOT NULL,
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_iacuc_proto_sub_rev_type_pkey PRIMARY KEY (valid_proto_sub_rev_type_id)
);
CREATE TABLE kc.valid_narr_forms (
    valid_narr_forms_id numeric(12,0) NOT NULL,
    form_name character varying(100) NOT NULL,
    narrative_type_code character varying(3) NOT NULL,
    mandatory character varying(3),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    ver_nbr numeric(8,0),
    CONSTRAINT valid_narr_forms_pkey PRIMARY KEY (valid_narr_forms_id)
);
CREATE TABLE kc.valid_proto_action_action (
    valid_proto_action_action_id numeric(12,0) NOT NULL,
    protocol_action_type_code character varying(3) NOT NULL,
    action_number numeric(3,0) NOT NULL,
    followup_action_code character varying(3) NOT NULL,
    user_prompt_flag character varying(1) NOT NULL,
    user_prompt character varying(2000),
    update_timestamp timestamp without time zone,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    comm_decision_motion_type_code character varying(3),
    CONSTRAINT valid_proto_action_action_pkey PRIMARY KEY (valid_proto_action_action_id)
);
CREATE TABLE kc.valid_proto_action_coresp (
    valid_proto_action_coresp_id numeric(12,0) NOT NULL,
    protocol_action_type_code character varying(3) NOT NULL,
    proto_corresp_type_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    final_flag character varying(1),
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_proto_action_coresp_pkey PRIMARY KEY (valid_proto_action_coresp_id)
);
CREATE TABLE kc.valid_proto_sub_rev_type (
    valid_proto_sub_rev_type_id numeric(12,0) NOT NULL,
    submission_type_code character varying(3) NOT NULL,
    protocol_review_type_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_proto_sub_rev_type_pkey PRIMARY KEY (valid_proto_sub_rev_type_id)
);
CREATE TABLE kc.valid_proto_sub_type_qual (
    valid_proto_sub_type_qual_id numeric(12,0) NOT NULL,
    submission_type_code character varying(3) NOT NULL,
    submission_type_qual_code character varying(3) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT valid_proto_sub_type_qual_pkey PRIMARY KEY (valid_proto_sub_type_qual_id)
);
CREATE TABLE kc.valid_rates (
    valid_rates_id numeric(12,0) NOT NULL,
    on_campus_rate numeric(5,2) NOT NULL,
    off_campus_rate numeric(5,2) NOT NULL,
    rate_class_type character varying(1) NOT NULL,
    adjustment_key character varying(6) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    obj_id character varying(36) NOT NULL,
    icr_rate_code character varying(3),
    CONSTRAINT valid_rates_pkey PRIMARY KEY (valid_rates_id)
);
CREATE TABLE kc.valid_sp_rev_approval (
    exempt_number_flag character(1) NOT NULL,
    special_review_code character varying(3) NOT NULL,
    approval_type_code character varying(3) NOT NULL,
    protocol_number_flag character(1) NOT NULL,
    approval_date_flag character(1) NOT NULL,
    application_date_flag character(1) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    valid_sp_rev_approval_id numeric(12,0) NOT NULL,
    CONSTRAINT valid_sp_rev_approval_pkey PRIMARY KEY (valid_sp_rev_approval_id)
);
CREATE TABLE kc.version_history (
    version_history_id numeric(22,0) NOT NULL,
    seq_owner_class_name character varying(256) NOT NULL,
    seq_owner_version_name_field character varying(32) NOT NULL,
    seq_owner_version_name_value character varying(32) NOT NULL,
    seq_owner_seq_number numeric(12,0) NOT NULL,
    version_status character varying(16) NOT NULL,
    version_date timestamp without time zone NOT NULL,
    user_id character varying(60) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT version_history_pkey PRIMARY KEY (version_history_id)
);
CREATE TABLE kc.vulnerable_subject_type (
    vulnerable_subject_type_code character varying(3) NOT NULL,
    description character varying(200) NOT NULL,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT vulnerable_subject_type_pkey PRIMARY KEY (vulnerable_subject_type_code)
);
CREATE TABLE kc.watermark (
    watermark_id numeric(12,0) NOT NULL,
    status_code character varying(8) NOT NULL,
    watermark_text character varying(200),
    watermark_status character(1) NOT NULL,
    font_size character varying(5),
    font_colour character varying(50),
    update_timestamp timestamp without time zone,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    update_user character varying(60) NOT NULL,
    watermark_type character varying(20),
    image_file bytea,
    file_name character varying(255),
    content_type character varying(150),
    position character varying(20),
    alignment character varying(20),
    position_font character varying(20),
    group_name character varying(20),
    CONSTRAINT watermark_pkey PRIMARY KEY (watermark_id)
);
CREATE TABLE kc.ynq (
    question_id character varying(4) NOT NULL,
    description character varying(500) NOT NULL,
    question_type character(1) NOT NULL,
    no_of_answers numeric(2,0) NOT NULL,
    explanation_required_for character varying(3),
    date_required_for character varying(3),
    status character(1) NOT NULL,
    effective_date timestamp without time zone NOT NULL,
    group_name character varying(150),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    sort_id numeric(12,0),
    CONSTRAINT ynq_pkey PRIMARY KEY (question_id)
);
CREATE TABLE kc.ynq_explanation (
    question_id character varying(4) NOT NULL,
    explanation_type character(1) NOT NULL,
    explanation text,
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT ynq_explanation_pkey PRIMARY KEY (question_id, explanation_type)
);
CREATE TABLE kc.ynq_explanation_type (
    explanation_type character(1) NOT NULL,
    description character varying(200),
    update_timestamp timestamp without time zone NOT NULL,
    update_user character varying(60) NOT NULL,
    ver_nbr numeric(8,0) NOT NULL,
    obj_id character varying(36) NOT NULL,
    CONSTRAINT ynq_explanation_type_pkey PRIMARY KEY (explanation_type)
);

ALTER TABLE kc.attachment_file ADD CONSTRAINT fk1_attachment_file FOREIGN KEY (file_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.award ADD CONSTRAINT fk_award FOREIGN KEY (document_number) REFERENCES kc.award_document(document_number);
ALTER TABLE kc.award ADD CONSTRAINT fk_award_nsf FOREIGN KEY (nsf_sequence_number) REFERENCES kc.nsf_codes(nsf_sequence_number);
ALTER TABLE kc.award ADD CONSTRAINT fk_award_unit FOREIGN KEY (lead_unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.award_amount_info ADD CONSTRAINT fk_award_amount_info FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_amount_transaction ADD CONSTRAINT fk_award_amount_transaction1 FOREIGN KEY (transaction_type_code) REFERENCES kc.award_transaction_type(award_transaction_type_code);
ALTER TABLE kc.award_amount_transaction ADD CONSTRAINT fk_award_amount_transaction3 FOREIGN KEY (transaction_id) REFERENCES kc.time_and_money_document(document_number);
ALTER TABLE kc.award_amt_fna_distribution ADD CONSTRAINT fk_award_amt_fna_distribution FOREIGN KEY (award_amount_info_id) REFERENCES kc.award_amount_info(award_amount_info_id);
ALTER TABLE kc.award_approved_equipment ADD CONSTRAINT fk_award_award_approved_equip FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_approved_subawards ADD CONSTRAINT fk_organization_id FOREIGN KEY (organization_id) REFERENCES kc.organization(organization_id);
ALTER TABLE kc.award_attachment ADD CONSTRAINT fk_attachment_file FOREIGN KEY (file_id) REFERENCES kc.attachment_file(file_id) ON DELETE CASCADE;
ALTER TABLE kc.award_attachment ADD CONSTRAINT fk_aw_att_award FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_attachment ADD CONSTRAINT fk_award_attachment_type FOREIGN KEY (type_code) REFERENCES kc.award_attachment_type(type_code);
ALTER TABLE kc.award_budget_details_ext ADD CONSTRAINT fk_award_budget_details_ext FOREIGN KEY (budget_details_id) REFERENCES kc.budget_details(budget_details_id);
ALTER TABLE kc.award_budget_ext ADD CONSTRAINT fk1_award_budget_ext FOREIGN KEY (award_budget_status_code) REFERENCES kc.award_budget_status(award_budget_status_code);
ALTER TABLE kc.award_budget_ext ADD CONSTRAINT fk2_award_budget_ext FOREIGN KEY (award_budget_type_code) REFERENCES kc.award_budget_type(award_budget_type_code);
ALTER TABLE kc.award_budget_ext ADD CONSTRAINT fk_award_budget_ext FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.award_budget_limit ADD CONSTRAINT fk1_award_budget_limit FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_budget_limit ADD CONSTRAINT fk2_award_budget_limit FOREIGN KEY (budget_id) REFERENCES kc.award_budget_ext(budget_id);
ALTER TABLE kc.award_budget_period_ext ADD CONSTRAINT award_budget_period_ext FOREIGN KEY (budget_period_number) REFERENCES kc.budget_periods(budget_period_number);
ALTER TABLE kc.award_closeout ADD CONSTRAINT fk_award_closeout FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_closeout ADD CONSTRAINT fk_closeout_report_type FOREIGN KEY (closeout_report_code) REFERENCES kc.closeout_report_type(closeout_report_code);
ALTER TABLE kc.award_comment ADD CONSTRAINT fk_award_comment_award_id FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_comment ADD CONSTRAINT fk_award_comment_comment_type FOREIGN KEY (comment_type_code) REFERENCES kc.comment_type(comment_type_code);
ALTER TABLE kc.award_cost_share ADD CONSTRAINT fk_award_cost_share_award_id FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_cost_share ADD CONSTRAINT fk_award_cost_share_type FOREIGN KEY (cost_share_type_code) REFERENCES kc.cost_share_type(cost_share_type_code);
ALTER TABLE kc.award_custom_data ADD CONSTRAINT fk_award_custom_data FOREIGN KEY (custom_attribute_id) REFERENCES kc.custom_attribute(id);
ALTER TABLE kc.award_exempt_number ADD CONSTRAINT fk_award_special_review_id FOREIGN KEY (award_special_review_id) REFERENCES kc.award_special_review(award_special_review_id);
ALTER TABLE kc.award_exempt_number ADD CONSTRAINT fk_exemption_type_code FOREIGN KEY (exemption_type_code) REFERENCES kc.exemption_type(exemption_type_code);
ALTER TABLE kc.award_funding_proposals ADD CONSTRAINT fk_awd_fund_prop_award FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_funding_proposals ADD CONSTRAINT fk_awd_fund_prop_proposal FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.award_idc_rate ADD CONSTRAINT fk_award_idc_rate FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_notice ADD CONSTRAINT fk_award_notice FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_payment_schedule ADD CONSTRAINT fk2_award_payment_schedule FOREIGN KEY (report_status_code) REFERENCES kc.report_status(report_status_code);
ALTER TABLE kc.award_payment_schedule ADD CONSTRAINT fk_award_payment_schedule FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_pers_unit_cred_splits ADD CONSTRAINT fk_apu_credit_split_ap FOREIGN KEY (award_person_unit_id) REFERENCES kc.award_person_units(award_person_unit_id);
ALTER TABLE kc.award_pers_unit_cred_splits ADD CONSTRAINT fk_apu_credit_split_ict FOREIGN KEY (inv_credit_type_code) REFERENCES kc.inv_credit_type(inv_credit_type_code);
ALTER TABLE kc.award_person_credit_splits ADD CONSTRAINT fk_ap_credit_split_ap FOREIGN KEY (award_person_id) REFERENCES kc.award_persons(award_person_id);
ALTER TABLE kc.award_person_credit_splits ADD CONSTRAINT fk_ap_credit_split_ict FOREIGN KEY (inv_credit_type_code) REFERENCES kc.inv_credit_type(inv_credit_type_code);
ALTER TABLE kc.award_person_units ADD CONSTRAINT fk_apu_aw_person FOREIGN KEY (award_person_id) REFERENCES kc.award_persons(award_person_id);
ALTER TABLE kc.award_person_units ADD CONSTRAINT fk_apu_unit FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.award_persons ADD CONSTRAINT fk_award_award_persons FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_rep_terms_recnt ADD CONSTRAINT fk1_award_rep_terms_recnt FOREIGN KEY (award_report_terms_id) REFERENCES kc.award_report_terms(award_report_terms_id);
ALTER TABLE kc.award_rep_terms_recnt ADD CONSTRAINT fk2_award_rep_terms_recnt FOREIGN KEY (contact_type_code) REFERENCES kc.contact_type(contact_type_code);
ALTER TABLE kc.award_rep_terms_recnt ADD CONSTRAINT fk3_award_rep_terms_recnt FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.award_report_terms ADD CONSTRAINT fk10_award_report_terms FOREIGN KEY (frequency_code) REFERENCES kc.frequency(frequency_code);
ALTER TABLE kc.award_report_terms ADD CONSTRAINT fk11_award_report_terms FOREIGN KEY (frequency_base_code) REFERENCES kc.frequency_base(frequency_base_code);
ALTER TABLE kc.award_report_terms ADD CONSTRAINT fk3_award_report_terms FOREIGN KEY (osp_distribution_code) REFERENCES kc.distribution(osp_distribution_code);
ALTER TABLE kc.award_report_terms ADD CONSTRAINT fk8_award_report_terms FOREIGN KEY (report_class_code) REFERENCES kc.report_class(report_class_code);
ALTER TABLE kc.award_report_terms ADD CONSTRAINT fk9_award_report_terms FOREIGN KEY (report_code) REFERENCES kc.report(report_code);
ALTER TABLE kc.award_report_terms ADD CONSTRAINT fk_award_report_terms FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_report_tracking ADD CONSTRAINT award_report_tracking_fk1 FOREIGN KEY (lead_unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.award_science_keyword ADD CONSTRAINT fk_award_science_keyword FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_science_keyword ADD CONSTRAINT fk_award_science_keyword2 FOREIGN KEY (science_keyword_code) REFERENCES kc.science_keyword(science_keyword_code);
ALTER TABLE kc.award_special_review ADD CONSTRAINT fk_award_special_review FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.award_sponsor_term ADD CONSTRAINT fk_award_sponsor_term FOREIGN KEY (sponsor_term_id) REFERENCES kc.sponsor_term(sponsor_term_id);
ALTER TABLE kc.award_templ_rep_terms_recnt ADD CONSTRAINT fk1_awd_templ_rep_terms_recnt FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.award_templ_rep_terms_recnt ADD CONSTRAINT fk2_awd_templ_rep_terms_recnt FOREIGN KEY (contact_type_code) REFERENCES kc.contact_type(contact_type_code);
ALTER TABLE kc.award_template ADD CONSTRAINT fk_award_template_sponsor FOREIGN KEY (prime_sponsor_code) REFERENCES kc.sponsor(sponsor_code);
ALTER TABLE kc.award_template ADD CONSTRAINT fk_award_template_status_code FOREIGN KEY (status_code) REFERENCES kc.award_status(status_code);
ALTER TABLE kc.award_template_comments ADD CONSTRAINT fk_award_template_code FOREIGN KEY (award_template_code) REFERENCES kc.award_template(award_template_code);
ALTER TABLE kc.award_template_comments ADD CONSTRAINT fk_award_template_comment_code FOREIGN KEY (comment_type_code) REFERENCES kc.comment_type(comment_type_code);
ALTER TABLE kc.award_template_contact ADD CONSTRAINT fk_award_template_contact FOREIGN KEY (award_template_code) REFERENCES kc.award_template(award_template_code);
ALTER TABLE kc.award_template_contact ADD CONSTRAINT fk_awd_templ_cont_rolodex_id FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.award_template_contact ADD CONSTRAINT fk_awd_templ_contact_type_code FOREIGN KEY (contact_type_code) REFERENCES kc.contact_type(contact_type_code);
ALTER TABLE kc.award_template_report_terms ADD CONSTRAINT fk10_awd_template_report_terms FOREIGN KEY (frequency_code) REFERENCES kc.frequency(frequency_code);
ALTER TABLE kc.award_template_report_terms ADD CONSTRAINT fk11_awd_template_report_terms FOREIGN KEY (frequency_base_code) REFERENCES kc.frequency_base(frequency_base_code);
ALTER TABLE kc.award_template_report_terms ADD CONSTRAINT fk2_awd_template_report_terms FOREIGN KEY (osp_distribution_code) REFERENCES kc.distribution(osp_distribution_code);
ALTER TABLE kc.award_template_report_terms ADD CONSTRAINT fk7_awd_template_report_terms FOREIGN KEY (award_template_code) REFERENCES kc.award_template(award_template_code);
ALTER TABLE kc.award_template_report_terms ADD CONSTRAINT fk8_awd_template_report_terms FOREIGN KEY (report_class_code) REFERENCES kc.report_class(report_class_code);
ALTER TABLE kc.award_template_report_terms ADD CONSTRAINT fk9_awd_template_report_terms FOREIGN KEY (report_code) REFERENCES kc.report(report_code);
ALTER TABLE kc.award_template_terms ADD CONSTRAINT fk1_award_template_terms FOREIGN KEY (award_template_code) REFERENCES kc.award_template(award_template_code);
ALTER TABLE kc.award_template_terms ADD CONSTRAINT fk2_award_template_terms FOREIGN KEY (sponsor_term_id) REFERENCES kc.sponsor_term(sponsor_term_id);
ALTER TABLE kc.award_transferring_sponsor ADD CONSTRAINT fk2_award_transferring_sponsor FOREIGN KEY (sponsor_code) REFERENCES kc.sponsor(sponsor_code);
ALTER TABLE kc.award_transferring_sponsor ADD CONSTRAINT fk_award_transferring_sponsor FOREIGN KEY (award_id) REFERENCES kc.award(award_id);
ALTER TABLE kc.awd_bgt_det_cal_amts_ext ADD CONSTRAINT fk_awd_bgt_det_cal_amts_ext FOREIGN KEY (budget_details_cal_amts_id) REFERENCES kc.budget_details_cal_amts(budget_details_cal_amts_id);
ALTER TABLE kc.awd_bgt_per_sum_calc_amt ADD CONSTRAINT fk2_award_bgt_summ_clac_amt FOREIGN KEY (cost_element) REFERENCES kc.cost_element(cost_element);
ALTER TABLE kc.awd_bgt_per_sum_calc_amt ADD CONSTRAINT fk_award_bgt_summ_clac_amt FOREIGN KEY (budget_period_id) REFERENCES kc.budget_periods(budget_period_number);
ALTER TABLE kc.awd_budget_per_cal_amts_ext ADD CONSTRAINT fk_awd_bgt_per_cal_amts_ext FOREIGN KEY (budget_personnel_cal_amts_id) REFERENCES kc.budget_personnel_cal_amts(budget_personnel_cal_amts_id);
ALTER TABLE kc.awd_budget_per_det_ext ADD CONSTRAINT fk_awd_budget_per_det_ext FOREIGN KEY (budget_personnel_details_id) REFERENCES kc.budget_personnel_details(budget_personnel_details_id);
ALTER TABLE kc.batch_correspondence ADD CONSTRAINT fk_batch_correspondence FOREIGN KEY (final_action_type_code) REFERENCES kc.protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.batch_correspondence ADD CONSTRAINT fk_batch_correspondence_2 FOREIGN KEY (final_action_corresp_type) REFERENCES kc.proto_corresp_type(proto_corresp_type_code);
ALTER TABLE kc.batch_correspondence_detail ADD CONSTRAINT fk_batch_correspondence_detail FOREIGN KEY (proto_corresp_type_code) REFERENCES kc.proto_corresp_type(proto_corresp_type_code);
ALTER TABLE kc.bud_formulated_cost_detail ADD CONSTRAINT fk_bud_formulated_cost_detail FOREIGN KEY (formulated_type_code) REFERENCES kc.formulated_type(formulated_type_code);
ALTER TABLE kc.budget_category ADD CONSTRAINT fk_budget_category_kra FOREIGN KEY (category_type) REFERENCES kc.budget_category_type(budget_category_type_code);
ALTER TABLE kc.budget_details ADD CONSTRAINT fk1_budget_details FOREIGN KEY (budget_period_number) REFERENCES kc.budget_periods(budget_period_number);
ALTER TABLE kc.budget_details ADD CONSTRAINT fk2_budget_details FOREIGN KEY (subaward_number, budget_id) REFERENCES kc.budget_sub_awards(sub_award_number, budget_id);
ALTER TABLE kc.budget_details ADD CONSTRAINT fk_budget_details FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_details ADD CONSTRAINT fk_budget_details_hier FOREIGN KEY (hierarchy_proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.budget_details_cal_amts ADD CONSTRAINT fk1_budget_details_cal_amts FOREIGN KEY (budget_details_id) REFERENCES kc.budget_details(budget_details_id);
ALTER TABLE kc.budget_details_cal_amts ADD CONSTRAINT fk_budget_details_cal_amts FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_modular ADD CONSTRAINT fk1_budget_modular FOREIGN KEY (budget_period_number) REFERENCES kc.budget_periods(budget_period_number);
ALTER TABLE kc.budget_modular ADD CONSTRAINT fk_budget_modular FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_modular_idc ADD CONSTRAINT fk1_budget_modular_idc FOREIGN KEY (budget_period_number) REFERENCES kc.budget_modular(budget_period_number);
ALTER TABLE kc.budget_modular_idc ADD CONSTRAINT fk_budget_modular_idc FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_per_det_rate_and_base ADD CONSTRAINT fk1_bgt_per_det_rate_and_base FOREIGN KEY (budget_personnel_details_id) REFERENCES kc.budget_personnel_details(budget_personnel_details_id);
ALTER TABLE kc.budget_per_det_rate_and_base ADD CONSTRAINT fk_bgt_per_det_rate_and_base FOREIGN KEY (budget_personnel_cal_amts_id) REFERENCES kc.budget_personnel_cal_amts(budget_personnel_cal_amts_id);
ALTER TABLE kc.budget_per_det_rate_and_base ADD CONSTRAINT fk_per_det_rate_and_base FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_periods ADD CONSTRAINT fk_budget_periods FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_personnel_cal_amts ADD CONSTRAINT fk1_budget_personnel_cal_amts FOREIGN KEY (budget_personnel_details_id) REFERENCES kc.budget_personnel_details(budget_personnel_details_id);
ALTER TABLE kc.budget_personnel_cal_amts ADD CONSTRAINT fk_budget_personnel_cal_amts FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_personnel_details ADD CONSTRAINT fk1_budget_personnel_details FOREIGN KEY (budget_details_id) REFERENCES kc.budget_details(budget_details_id);
ALTER TABLE kc.budget_personnel_details ADD CONSTRAINT fk_budget_personnel_details FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_persons ADD CONSTRAINT fk_appointment_type_code_kra FOREIGN KEY (appointment_type_code) REFERENCES kc.appointment_type(appointment_type_code);
ALTER TABLE kc.budget_persons ADD CONSTRAINT fk_budget_persons FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_persons ADD CONSTRAINT fk_budget_persons_hier FOREIGN KEY (hierarchy_proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.budget_project_income ADD CONSTRAINT fk_budget_proj_inc_bp_kra FOREIGN KEY (budget_period_number) REFERENCES kc.budget_periods(budget_period_number);
ALTER TABLE kc.budget_project_income ADD CONSTRAINT fk_project_income FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_rate_and_base ADD CONSTRAINT fk1_budget_rate_and_base FOREIGN KEY (budget_details_id) REFERENCES kc.budget_details(budget_details_id);
ALTER TABLE kc.budget_rate_and_base ADD CONSTRAINT fk2_budget_rate_and_base FOREIGN KEY (budget_details_cal_amts_id) REFERENCES kc.budget_details_cal_amts(budget_details_cal_amts_id);
ALTER TABLE kc.budget_rate_and_base ADD CONSTRAINT fk_budget_rate_and_base FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_sub_award_att ADD CONSTRAINT fk1_budget_sub_award_att FOREIGN KEY (budget_id, sub_award_number) REFERENCES kc.budget_sub_awards(budget_id, sub_award_number);
ALTER TABLE kc.budget_sub_award_att ADD CONSTRAINT fk_budget_sub_award_att FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_sub_award_files ADD CONSTRAINT fk1_budget_sub_award_files FOREIGN KEY (sub_award_number, budget_id) REFERENCES kc.budget_sub_awards(sub_award_number, budget_id);
ALTER TABLE kc.budget_sub_award_files ADD CONSTRAINT fk_budget_sub_award_files FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.budget_sub_award_period_detail ADD CONSTRAINT fk1_budget_subaward_per_det FOREIGN KEY (subaward_number, budget_id) REFERENCES kc.budget_sub_awards(sub_award_number, budget_id);
ALTER TABLE kc.budget_sub_awards ADD CONSTRAINT fk1_budget_sub_awards FOREIGN KEY (organization_id) REFERENCES kc.organization(organization_id);
ALTER TABLE kc.budget_sub_awards ADD CONSTRAINT fk2_budget_sub_awards FOREIGN KEY (file_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.budget_sub_awards ADD CONSTRAINT fk3_budget_sub_awards FOREIGN KEY (xml_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.budget_sub_awards ADD CONSTRAINT fk_budget_sub_awards FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.coeus_sub_module ADD CONSTRAINT fk_coeus_sub_module FOREIGN KEY (module_code) REFERENCES kc.coeus_module(module_code);
ALTER TABLE kc.coi_disc_details ADD CONSTRAINT fk2_coi_disc_details FOREIGN KEY (coi_disclosure_id) REFERENCES kc.coi_disclosure(coi_disclosure_id);
ALTER TABLE kc.coi_disc_details ADD CONSTRAINT fk_entity_disposition_code FOREIGN KEY (entity_disposition_code) REFERENCES kc.coi_disposition_status(coi_disposition_code);
ALTER TABLE kc.coi_discl_projects ADD CONSTRAINT fk_coi_isclosure_projects FOREIGN KEY (coi_disclosure_id) REFERENCES kc.coi_disclosure(coi_disclosure_id);
ALTER TABLE kc.coi_disclosure ADD CONSTRAINT fk_disposition_status_code FOREIGN KEY (disclosure_disposition_code) REFERENCES kc.coi_disposition_status(coi_disposition_code);
ALTER TABLE kc.coi_disclosure ADD CONSTRAINT fk_review_status_code FOREIGN KEY (review_status_code) REFERENCES kc.coi_review_status(review_status_code);
ALTER TABLE kc.coi_disclosure_attachment ADD CONSTRAINT fe_fk FOREIGN KEY (fin_entity_id_fk) REFERENCES kc.person_fin_int_disclosure(person_fin_int_disclosure_id);
ALTER TABLE kc.coi_disclosure_attachment ADD CONSTRAINT fk_coia_file FOREIGN KEY (file_id) REFERENCES kc.attachment_file(file_id);
ALTER TABLE kc.coi_disclosure_history ADD CONSTRAINT fk_coi_disclosure_history FOREIGN KEY (coi_disclosure_id) REFERENCES kc.coi_disclosure(coi_disclosure_id);
ALTER TABLE kc.coi_disclosure_notepad ADD CONSTRAINT coi_disclosure_id_fk FOREIGN KEY (coi_disclosure_id_fk) REFERENCES kc.coi_disclosure(coi_disclosure_id);
ALTER TABLE kc.coi_disclosure_notepad ADD CONSTRAINT financial_entity_fk FOREIGN KEY (fin_entity_id_fk) REFERENCES kc.person_fin_int_disclosure(person_fin_int_disclosure_id);
ALTER TABLE kc.coi_disclosure_notepad ADD CONSTRAINT fk_note_type_code FOREIGN KEY (coi_notepad_entry_type_code) REFERENCES kc.coi_note_type(note_type_code);
ALTER TABLE kc.coi_disclosure_person_units ADD CONSTRAINT fk_coi_disclosure_person FOREIGN KEY (coi_disclosure_person_id) REFERENCES kc.coi_disclosure_person(coi_disclosure_person_id);
ALTER TABLE kc.coi_disposition_status ADD CONSTRAINT fk_disc_status FOREIGN KEY (coi_disclosure_status_code) REFERENCES kc.coi_disclosure_status(coi_disclosure_status_code);
ALTER TABLE kc.coi_user_roles ADD CONSTRAINT fk_coi_recomended_type_code FOREIGN KEY (coi_recomended_type_code) REFERENCES kc.coi_recomended_action_type(coi_recomended_type_code);
ALTER TABLE kc.coi_user_roles ADD CONSTRAINT fk_coi_user_roles FOREIGN KEY (coi_disclosure_id) REFERENCES kc.coi_disclosure(coi_disclosure_id);
ALTER TABLE kc.comm_batch_corresp ADD CONSTRAINT comm_bat_corr_iac_bat_corr_fk FOREIGN KEY (iacuc_batch_corresp_type_code) REFERENCES kc.iacuc_batch_correspondence(batch_correspondence_type_code);
ALTER TABLE kc.comm_batch_corresp ADD CONSTRAINT fk_comm_batch_corresp2 FOREIGN KEY (batch_correspondence_type_code) REFERENCES kc.batch_correspondence(batch_correspondence_type_code);
ALTER TABLE kc.comm_batch_corresp_detail ADD CONSTRAINT comm_bat_corr_iac_prot_actn_fk FOREIGN KEY (iacuc_protocol_action_id) REFERENCES kc.iacuc_protocol_actions(iacuc_protocol_action_id);
ALTER TABLE kc.comm_batch_corresp_detail ADD CONSTRAINT comm_bat_corr_iac_prot_corr_fk FOREIGN KEY (iacuc_prot_correspondence_id) REFERENCES kc.iacuc_proto_correspondence(id);
ALTER TABLE kc.comm_batch_corresp_detail ADD CONSTRAINT fk_comm_corresp_batch_detail FOREIGN KEY (comm_batch_corresp_id) REFERENCES kc.comm_batch_corresp(comm_batch_corresp_id);
ALTER TABLE kc.comm_batch_corresp_detail ADD CONSTRAINT fk_comm_corresp_batch_detail2 FOREIGN KEY (protocol_action_id) REFERENCES kc.protocol_actions(protocol_action_id);
ALTER TABLE kc.comm_batch_corresp_detail ADD CONSTRAINT fk_comm_corresp_batch_detail3 FOREIGN KEY (protocol_correspondence_id) REFERENCES kc.protocol_correspondence(id);
ALTER TABLE kc.comm_member_expertise ADD CONSTRAINT fk_comm_member_expertise FOREIGN KEY (comm_membership_id_fk) REFERENCES kc.comm_memberships(comm_membership_id);
ALTER TABLE kc.comm_member_expertise ADD CONSTRAINT fk_comm_member_expertise_2 FOREIGN KEY (research_area_code) REFERENCES kc.research_areas(research_area_code);
ALTER TABLE kc.comm_member_expertise ADD CONSTRAINT fk_comm_member_expertise_3 FOREIGN KEY (iacuc_research_area_code) REFERENCES kc.iacuc_research_areas(research_area_code);
ALTER TABLE kc.comm_member_roles ADD CONSTRAINT fk_comm_member_roles FOREIGN KEY (comm_membership_id_fk) REFERENCES kc.comm_memberships(comm_membership_id);
ALTER TABLE kc.comm_member_roles ADD CONSTRAINT fk_comm_member_roles_2 FOREIGN KEY (membership_role_code) REFERENCES kc.membership_role(membership_role_code);
ALTER TABLE kc.comm_memberships ADD CONSTRAINT fk_comm_memberships FOREIGN KEY (committee_id_fk) REFERENCES kc.committee(id);
ALTER TABLE kc.comm_memberships ADD CONSTRAINT fk_comm_memberships_2 FOREIGN KEY (membership_type_code) REFERENCES kc.comm_membership_type(membership_type_code);
ALTER TABLE kc.comm_research_areas ADD CONSTRAINT fk_comm_research_areas1 FOREIGN KEY (committee_id_fk) REFERENCES kc.committee(id);
ALTER TABLE kc.comm_research_areas ADD CONSTRAINT fk_comm_research_areas2 FOREIGN KEY (research_area_code) REFERENCES kc.research_areas(research_area_code);
ALTER TABLE kc.comm_research_areas ADD CONSTRAINT fk_comm_research_areas3 FOREIGN KEY (iacuc_research_area_code) REFERENCES kc.iacuc_research_areas(research_area_code);
ALTER TABLE kc.comm_schedule ADD CONSTRAINT fk_comm_schedule FOREIGN KEY (schedule_status_code) REFERENCES kc.schedule_status(schedule_status_code);
ALTER TABLE kc.comm_schedule ADD CONSTRAINT fk_comm_schedule_2 FOREIGN KEY (committee_id_fk) REFERENCES kc.committee(id);
ALTER TABLE kc.comm_schedule_act_items ADD CONSTRAINT fk_comm_schedule_act_items FOREIGN KEY (schedule_id_fk) REFERENCES kc.comm_schedule(id);
ALTER TABLE kc.comm_schedule_act_items ADD CONSTRAINT fk_comm_schedule_act_items_2 FOREIGN KEY (schedule_act_item_type_code) REFERENCES kc.schedule_act_item_type(schedule_act_item_type_code);
ALTER TABLE kc.comm_schedule_attendance ADD CONSTRAINT fk_comm_schedule_attendance FOREIGN KEY (schedule_id_fk) REFERENCES kc.comm_schedule(id);
ALTER TABLE kc.comm_schedule_minute_doc ADD CONSTRAINT fk_comm_schedule_minute_doc FOREIGN KEY (schedule_id_fk) REFERENCES kc.comm_schedule(id);
ALTER TABLE kc.comm_schedule_minutes ADD CONSTRAINT comm_sch_min_iacpro_fk FOREIGN KEY (iacuc_protocol_id_fk) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.comm_schedule_minutes ADD CONSTRAINT comm_sch_min_iacpro_rev_fk FOREIGN KEY (iacuc_reviewer_id_fk) REFERENCES kc.iacuc_protocol_reviewers(protocol_reviewer_id);
ALTER TABLE kc.comm_schedule_minutes ADD CONSTRAINT comm_sch_min_iacpro_sub_fk FOREIGN KEY (iacuc_submission_id_fk) REFERENCES kc.iacuc_protocol_submission(iacuc_protocol_submission_id);
ALTER TABLE kc.comm_schedule_minutes ADD CONSTRAINT comm_sch_min_prot_fk FOREIGN KEY (protocol_id_fk) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.comm_schedule_minutes ADD CONSTRAINT comm_sch_min_prot_rev_fk FOREIGN KEY (reviewer_id_fk) REFERENCES kc.protocol_reviewers(protocol_reviewer_id);
ALTER TABLE kc.comm_schedule_minutes ADD CONSTRAINT comm_sch_min_prot_sub_fk FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.comm_schedule_minutes ADD CONSTRAINT fk_comm_schedule_minutes_2 FOREIGN KEY (minute_entry_type_code) REFERENCES kc.minute_entry_type(minute_entry_type_code);
ALTER TABLE kc.comm_schedule_minutes ADD CONSTRAINT fk_comm_schedule_minutes_3 FOREIGN KEY (protocol_contingency_code) REFERENCES kc.protocol_contingency(protocol_contingency_code);
ALTER TABLE kc.committee ADD CONSTRAINT fk_committee_1 FOREIGN KEY (committee_type_code) REFERENCES kc.committee_type(committee_type_code);
ALTER TABLE kc.committee ADD CONSTRAINT fk_committee_2 FOREIGN KEY (home_unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.committee ADD CONSTRAINT fk_committee_3 FOREIGN KEY (default_review_type_code) REFERENCES kc.protocol_review_type(protocol_review_type_code);
ALTER TABLE kc.committee ADD CONSTRAINT fk_committee_4 FOREIGN KEY (applicable_review_type_code) REFERENCES kc.protocol_review_type(protocol_review_type_code);
ALTER TABLE kc.committee ADD CONSTRAINT fk_committee_coi_rvw_typ_cd FOREIGN KEY (coi_review_type_code) REFERENCES kc.coi_review_type(coi_review_type_code);
ALTER TABLE kc.committee ADD CONSTRAINT fk_committee_document FOREIGN KEY (document_number) REFERENCES kc.committee_document(document_number);
ALTER TABLE kc.contact_usage ADD CONSTRAINT fk2_contact_type_code FOREIGN KEY (contact_type_code) REFERENCES kc.contact_type(contact_type_code);
ALTER TABLE kc.contact_usage ADD CONSTRAINT fk2_module_code FOREIGN KEY (module_code) REFERENCES kc.coeus_module(module_code);
ALTER TABLE kc.cost_element ADD CONSTRAINT fk_cost_element_category_kra FOREIGN KEY (budget_category_code) REFERENCES kc.budget_category(budget_category_code);
ALTER TABLE kc.custom_attribute ADD CONSTRAINT fk_cust_attr_data_type FOREIGN KEY (data_type_code) REFERENCES kc.custom_attribute_data_type(data_type_code);
ALTER TABLE kc.custom_attribute_doc_value ADD CONSTRAINT fk_cust_attr_doc_val_cust_attr FOREIGN KEY (custom_attribute_id) REFERENCES kc.custom_attribute(id);
ALTER TABLE kc.custom_attribute_document ADD CONSTRAINT fk_cust_attr_doc_cust_attr FOREIGN KEY (custom_attribute_id) REFERENCES kc.custom_attribute(id);
ALTER TABLE kc.custom_attribute_document ADD CONSTRAINT fk_cust_attr_doc_doc_type FOREIGN KEY (document_type_code) REFERENCES kc.fp_doc_type_t(fdoc_typ_cd);
ALTER TABLE kc.eps_prop_abstract ADD CONSTRAINT fk_eps_prop_abstract_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_abstract ADD CONSTRAINT fk_eps_prop_abstract_type_kra FOREIGN KEY (abstract_type_code) REFERENCES kc.abstract_type(abstract_type_code);
ALTER TABLE kc.eps_prop_cost_sharing ADD CONSTRAINT fk_eps_prop_cost_sharing FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.eps_prop_exempt_number ADD CONSTRAINT fk_eps_prop_exemption_type_kra FOREIGN KEY (exemption_type_code) REFERENCES kc.exemption_type(exemption_type_code);
ALTER TABLE kc.eps_prop_exempt_number ADD CONSTRAINT fk_eps_prop_special_review FOREIGN KEY (proposal_special_review_id) REFERENCES kc.eps_prop_special_review(proposal_special_review_id);
ALTER TABLE kc.eps_prop_idc_rate ADD CONSTRAINT fk_eps_prop_idc_rate FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.eps_prop_la_rates ADD CONSTRAINT fk_eps_prop_la_rates FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.eps_prop_location ADD CONSTRAINT fk_eps_prop_location_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_location ADD CONSTRAINT fk_eps_prop_location_rldex_kra FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.eps_prop_per_credit_split ADD CONSTRAINT fk1_eps_prop_per_credit_split FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_per_credit_split ADD CONSTRAINT fk2_eps_prop_per_credit_split FOREIGN KEY (inv_credit_type_code) REFERENCES kc.inv_credit_type(inv_credit_type_code);
ALTER TABLE kc.eps_prop_pers_ynq ADD CONSTRAINT fk_eps_prop_pers_ynq_id_kra FOREIGN KEY (question_id) REFERENCES kc.ynq(question_id);
ALTER TABLE kc.eps_prop_person ADD CONSTRAINT fk_eps_prop_person_hier FOREIGN KEY (hierarchy_proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_person_bio ADD CONSTRAINT fk1_eps_prop_person_bio_kra FOREIGN KEY (document_type_code) REFERENCES kc.eps_prop_per_doc_type(document_type_code);
ALTER TABLE kc.eps_prop_person_bio_attachment ADD CONSTRAINT eps_prop_person_bio_attach_fk1 FOREIGN KEY (file_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.eps_prop_person_bio_attachment ADD CONSTRAINT fk1_eps_prop_psn_bio_att_kra FOREIGN KEY (proposal_number, prop_person_number, bio_number) REFERENCES kc.eps_prop_person_bio(proposal_number, prop_person_number, bio_number) ON DELETE CASCADE;
ALTER TABLE kc.eps_prop_rates ADD CONSTRAINT fk_eps_prop_rates FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.eps_prop_rates ADD CONSTRAINT fk_eps_prop_rates_activity_kra FOREIGN KEY (activity_type_code) REFERENCES kc.activity_type(activity_type_code);
ALTER TABLE kc.eps_prop_science_keyword ADD CONSTRAINT fk_eps_prop_sci_kwd_hier FOREIGN KEY (hierarchy_proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_science_keyword ADD CONSTRAINT fk_eps_prop_scie_key_keyw_kra FOREIGN KEY (science_keyword_code) REFERENCES kc.science_keyword(science_keyword_code);
ALTER TABLE kc.eps_prop_science_keyword ADD CONSTRAINT fk_eps_prop_scie_key_prop_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_sites ADD CONSTRAINT fk_eps_prop_sites1 FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_sites ADD CONSTRAINT fk_eps_prop_sites2 FOREIGN KEY (location_type_code) REFERENCES kc.location_type(location_type_code);
ALTER TABLE kc.eps_prop_special_review ADD CONSTRAINT fk_eps_prop_sp_approv_type_kra FOREIGN KEY (approval_type_code) REFERENCES kc.sp_rev_approval_type(approval_type_code);
ALTER TABLE kc.eps_prop_special_review ADD CONSTRAINT fk_eps_prop_sp_code_kra FOREIGN KEY (special_review_code) REFERENCES kc.special_review(special_review_code);
ALTER TABLE kc.eps_prop_special_review ADD CONSTRAINT fk_eps_prop_spec_rvw_hier FOREIGN KEY (hierarchy_proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_special_review ADD CONSTRAINT fk_eps_prop_special_review_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_unit_credit_split ADD CONSTRAINT fk1_eps_prop_unit_credit_split FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_unit_credit_split ADD CONSTRAINT fk2_eps_prop_unit_credit_split FOREIGN KEY (inv_credit_type_code) REFERENCES kc.inv_credit_type(inv_credit_type_code);
ALTER TABLE kc.eps_prop_user_roles ADD CONSTRAINT fk_eps_prop_user_roles_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_prop_ynq ADD CONSTRAINT fk_eps_prop_ynq_id_kra FOREIGN KEY (question_id) REFERENCES kc.ynq(question_id);
ALTER TABLE kc.eps_prop_ynq ADD CONSTRAINT fk_eps_prop_ynq_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_proposal ADD CONSTRAINT eps_proposal_fk1 FOREIGN KEY (hierarchy_proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.eps_proposal ADD CONSTRAINT fk_eps_proposal_document FOREIGN KEY (document_number) REFERENCES kc.eps_proposal_document(document_number);
ALTER TABLE kc.eps_proposal ADD CONSTRAINT fk_eps_proposal_nsf FOREIGN KEY (nsf_sequence_number) REFERENCES kc.nsf_codes(nsf_sequence_number);
ALTER TABLE kc.eps_proposal_budget_ext ADD CONSTRAINT fk_eps_proposal_budget_ext FOREIGN KEY (budget_id) REFERENCES kc.budget(budget_id);
ALTER TABLE kc.eps_proposal_budget_status ADD CONSTRAINT fk_eps_prop_budget_status_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.fin_entities_data_matrix ADD CONSTRAINT fk1_fin_entities_data_matrix FOREIGN KEY (data_group_id) REFERENCES kc.fin_entities_data_groups(data_group_id);
ALTER TABLE kc.fin_entity_reporter_units ADD CONSTRAINT fk_fin_entity_units_reporter FOREIGN KEY (financial_entity_reporter_id) REFERENCES kc.financial_entity_reporter(financial_entity_reporter_id);
ALTER TABLE kc.fin_idc_type_code ADD CONSTRAINT fk_idc_rate_type_code FOREIGN KEY (rate_type_code, rate_class_code) REFERENCES kc.rate_type(rate_type_code, rate_class_code);
ALTER TABLE kc.fin_int_entity_ynq ADD CONSTRAINT fk_fin_int_entity_ynq_discl FOREIGN KEY (person_fin_int_disclosure_id) REFERENCES kc.person_fin_int_disclosure(person_fin_int_disclosure_id);
ALTER TABLE kc.fin_int_entity_ynq ADD CONSTRAINT fk_fin_int_entity_ynq_ynq FOREIGN KEY (question_id) REFERENCES kc.ynq(question_id);
ALTER TABLE kc.fin_object_code_mapping ADD CONSTRAINT fk_activity_type FOREIGN KEY (activity_type_code) REFERENCES kc.activity_type(activity_type_code);
ALTER TABLE kc.fin_object_code_mapping ADD CONSTRAINT fk_rate_type_code FOREIGN KEY (rate_type_code, rate_class_code) REFERENCES kc.rate_type(rate_type_code, rate_class_code);
ALTER TABLE kc.fin_object_code_mapping ADD CONSTRAINT fk_unit_number FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.iacuc_batch_corresp_detail ADD CONSTRAINT fk_iac_batch_corresp_detail_1 FOREIGN KEY (proto_corresp_type_code) REFERENCES kc.iacuc_protocol_corresp_type(proto_corresp_type_code);
ALTER TABLE kc.iacuc_batch_corresp_detail ADD CONSTRAINT fk_iac_batch_corresp_detail_2 FOREIGN KEY (batch_correspondence_type_code) REFERENCES kc.iacuc_batch_correspondence(batch_correspondence_type_code);
ALTER TABLE kc.iacuc_batch_correspondence ADD CONSTRAINT fk_iac_batch_correspondence_1 FOREIGN KEY (final_action_corresp_type) REFERENCES kc.iacuc_protocol_corresp_type(proto_corresp_type_code);
ALTER TABLE kc.iacuc_batch_correspondence ADD CONSTRAINT fk_iac_batch_correspondence_2 FOREIGN KEY (final_action_type_code) REFERENCES kc.iacuc_protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.iacuc_person_training ADD CONSTRAINT fk_iacuc_person_training FOREIGN KEY (person_training_id) REFERENCES kc.person_training(person_training_id);
ALTER TABLE kc.iacuc_person_training ADD CONSTRAINT fk_per_training_procedure_code FOREIGN KEY (procedure_code) REFERENCES kc.iacuc_procedures(procedure_code);
ALTER TABLE kc.iacuc_person_training ADD CONSTRAINT fk_per_training_species_code FOREIGN KEY (species_code) REFERENCES kc.iacuc_species(species_code);
ALTER TABLE kc.iacuc_principles ADD CONSTRAINT fk_iacuc_principles FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_proc_person_responsible ADD CONSTRAINT fk_proc_protocol_person_id FOREIGN KEY (protocol_person_id) REFERENCES kc.iacuc_protocol_persons(protocol_person_id);
ALTER TABLE kc.iacuc_procedures ADD CONSTRAINT fk_iacuc_procedure_category FOREIGN KEY (procedure_category_code) REFERENCES kc.iacuc_procedure_category(procedure_category_code);
ALTER TABLE kc.iacuc_proto_amend_renew_mod ADD CONSTRAINT fk_iacuc_proto_amend_ren_id FOREIGN KEY (proto_amend_renewal_id) REFERENCES kc.iacuc_proto_amend_renewal(proto_amend_renewal_id);
ALTER TABLE kc.iacuc_proto_amend_renew_mod ADD CONSTRAINT fk_iacuc_proto_amend_renew_mod FOREIGN KEY (protocol_module_code) REFERENCES kc.iacuc_protocol_modules(protocol_module_code);
ALTER TABLE kc.iacuc_proto_amend_renewal ADD CONSTRAINT fk_iacuc_proto_amend_renewal FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_proto_attach_type_group ADD CONSTRAINT fk_iacuc_prototypegrp_group FOREIGN KEY (group_cd) REFERENCES kc.iacuc_proto_attachment_group(group_cd);
ALTER TABLE kc.iacuc_proto_attach_type_group ADD CONSTRAINT fk_iacuc_prototypegrp_type FOREIGN KEY (type_cd) REFERENCES kc.iacuc_protocol_attachment_type(type_cd);
ALTER TABLE kc.iacuc_proto_review_type_deter ADD CONSTRAINT fk_iacuc_proto_rev_type_code FOREIGN KEY (protocol_review_type_code) REFERENCES kc.iacuc_proto_review_type(protocol_review_type_code);
ALTER TABLE kc.iacuc_proto_study_group_locs ADD CONSTRAINT fk_iacuc_proto_study_group_loc FOREIGN KEY (location_id) REFERENCES kc.iacuc_location_name(location_id);
ALTER TABLE kc.iacuc_proto_study_group_locs ADD CONSTRAINT fk_iacuc_proto_study_loc_type FOREIGN KEY (location_type_code) REFERENCES kc.iacuc_location_type(location_type_code);
ALTER TABLE kc.iacuc_protocol ADD CONSTRAINT fk_iacuc_protocol_project_type FOREIGN KEY (project_type_code) REFERENCES kc.iacuc_protocol_project_type(project_type_code);
ALTER TABLE kc.iacuc_protocol ADD CONSTRAINT fk_iacuc_protocol_status FOREIGN KEY (protocol_status_code) REFERENCES kc.iacuc_protocol_status(protocol_status_code);
ALTER TABLE kc.iacuc_protocol ADD CONSTRAINT fk_iacuc_protocol_type FOREIGN KEY (protocol_type_code) REFERENCES kc.iacuc_protocol_type(protocol_type_code);
ALTER TABLE kc.iacuc_protocol_actions ADD CONSTRAINT fk_iacuc_protocol_actions1 FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_actions ADD CONSTRAINT fk_iacuc_protocol_actions2 FOREIGN KEY (submission_id_fk) REFERENCES kc.iacuc_protocol_submission(iacuc_protocol_submission_id);
ALTER TABLE kc.iacuc_protocol_actions ADD CONSTRAINT fk_iacuc_protocol_actions3 FOREIGN KEY (protocol_action_type_code) REFERENCES kc.iacuc_protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.iacuc_protocol_alt_search ADD CONSTRAINT fk_iacuc_proto_altsrch FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_attach_protocol ADD CONSTRAINT fk_iacuc_pa_proto_file FOREIGN KEY (file_id) REFERENCES kc.attachment_file(file_id);
ALTER TABLE kc.iacuc_protocol_attach_protocol ADD CONSTRAINT fk_iacuc_pa_proto_status FOREIGN KEY (status_cd) REFERENCES kc.iacuc_proto_attachment_status(status_cd);
ALTER TABLE kc.iacuc_protocol_attach_protocol ADD CONSTRAINT fk_iacuc_pa_proto_type FOREIGN KEY (type_cd) REFERENCES kc.iacuc_protocol_attachment_type(type_cd);
ALTER TABLE kc.iacuc_protocol_attach_protocol ADD CONSTRAINT fk_iacuc_proto_attach_proto FOREIGN KEY (protocol_id_fk) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_attach_prsnnl ADD CONSTRAINT fk_iacuc_pa_prsnnl_file FOREIGN KEY (file_id) REFERENCES kc.attachment_file(file_id);
ALTER TABLE kc.iacuc_protocol_attach_prsnnl ADD CONSTRAINT fk_iacuc_pa_prsnnl_person FOREIGN KEY (person_id) REFERENCES kc.iacuc_protocol_persons(protocol_person_id);
ALTER TABLE kc.iacuc_protocol_attach_prsnnl ADD CONSTRAINT fk_iacuc_pa_prsnnl_type FOREIGN KEY (type_cd) REFERENCES kc.iacuc_protocol_attachment_type(type_cd);
ALTER TABLE kc.iacuc_protocol_attach_prsnnl ADD CONSTRAINT fk_iacuc_proto_attach_prsnnl FOREIGN KEY (protocol_id_fk) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_exceptions ADD CONSTRAINT fk_iacuc_expception_species FOREIGN KEY (species_code) REFERENCES kc.iacuc_species(species_code);
ALTER TABLE kc.iacuc_protocol_exceptions ADD CONSTRAINT fk_iacuc_proto_exception_cat FOREIGN KEY (exception_category_code) REFERENCES kc.iacuc_exception_category(exception_category_code);
ALTER TABLE kc.iacuc_protocol_funding_source ADD CONSTRAINT fk_iacuc_proto_fund_source_typ FOREIGN KEY (funding_source_type_code) REFERENCES kc.funding_source_type(funding_source_type_code);
ALTER TABLE kc.iacuc_protocol_funding_source ADD CONSTRAINT fk_iacuc_proto_funding_source FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_location ADD CONSTRAINT fk_iacuc_proto_location_org_ty FOREIGN KEY (protocol_org_type_code) REFERENCES kc.iacuc_protocol_org_type(protocol_org_type_code);
ALTER TABLE kc.iacuc_protocol_location ADD CONSTRAINT fk_iacuc_protocol_location FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_location ADD CONSTRAINT fk_iacuc_protocol_location_org FOREIGN KEY (organization_id) REFERENCES kc.organization(organization_id);
ALTER TABLE kc.iacuc_protocol_notepad ADD CONSTRAINT fk_iacuc_protocol_notepad FOREIGN KEY (protocol_id_fk) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_onln_rvws ADD CONSTRAINT fk1_iacuc_protocol_onln_rvws FOREIGN KEY (protocol_onln_rvw_status_code) REFERENCES kc.iacuc_protocol_olr_status(status_code);
ALTER TABLE kc.iacuc_protocol_onln_rvws ADD CONSTRAINT fk2_iacuc_protocol_onln_rvws FOREIGN KEY (protocol_reviewer_fk) REFERENCES kc.iacuc_protocol_reviewers(protocol_reviewer_id);
ALTER TABLE kc.iacuc_protocol_onln_rvws ADD CONSTRAINT fk3_iacuc_protocol_onln_rvws FOREIGN KEY (submission_id_fk) REFERENCES kc.iacuc_protocol_submission(iacuc_protocol_submission_id);
ALTER TABLE kc.iacuc_protocol_onln_rvws ADD CONSTRAINT fk4_iacuc_protocol_onln_rvws FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_onln_rvws ADD CONSTRAINT fk5_iacuc_protocol_onln_rvws FOREIGN KEY (review_determ_recom_cd) REFERENCES kc.iacuc_proto_olr_dt_rec_type(review_determ_recom_cd);
ALTER TABLE kc.iacuc_protocol_onln_rvws ADD CONSTRAINT fk6_iacuc_proto_olr_document FOREIGN KEY (document_number) REFERENCES kc.iacuc_protocol_olr_document(document_number);
ALTER TABLE kc.iacuc_protocol_persons ADD CONSTRAINT fk_iacuc_protocol_pers_aff FOREIGN KEY (affiliation_type_code) REFERENCES kc.iacuc_affiliation_type(affiliation_type_code);
ALTER TABLE kc.iacuc_protocol_persons ADD CONSTRAINT fk_iacuc_protocol_pers_prot FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_prsn_role_mppng ADD CONSTRAINT fk_iacuc_prsnrlmppng_source FOREIGN KEY (source_role_id) REFERENCES kc.iacuc_protocol_person_roles(protocol_person_role_id);
ALTER TABLE kc.iacuc_protocol_prsn_role_mppng ADD CONSTRAINT fk_iacuc_prsnrlmppng_target FOREIGN KEY (target_role_id) REFERENCES kc.iacuc_protocol_person_roles(protocol_person_role_id);
ALTER TABLE kc.iacuc_protocol_research_areas ADD CONSTRAINT fk_iacuc_prot_research_areas FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_research_areas ADD CONSTRAINT fk_iacuc_proto_research_area_c FOREIGN KEY (research_area_code) REFERENCES kc.iacuc_research_areas(research_area_code);
ALTER TABLE kc.iacuc_protocol_species ADD CONSTRAINT fk_iacuc_proto_species FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_study_group_hdr ADD CONSTRAINT fk_stud_grp_hdr_proc_cat_code FOREIGN KEY (procedure_category_code) REFERENCES kc.iacuc_procedure_category(procedure_category_code);
ALTER TABLE kc.iacuc_protocol_study_group_hdr ADD CONSTRAINT fk_stud_grp_hdr_proc_code FOREIGN KEY (procedure_code) REFERENCES kc.iacuc_procedures(procedure_code);
ALTER TABLE kc.iacuc_protocol_study_group_hdr ADD CONSTRAINT fk_stud_grp_hdr_protocol_id FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_submission_doc ADD CONSTRAINT fk_iacuc_proto_submission_doc1 FOREIGN KEY (protocol_id) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.iacuc_protocol_submission_doc ADD CONSTRAINT fk_iacuc_proto_submission_doc2 FOREIGN KEY (submission_id_fk) REFERENCES kc.iacuc_protocol_submission(iacuc_protocol_submission_id);
ALTER TABLE kc.iacuc_protocol_units ADD CONSTRAINT fk_iacuc_protocol_pers_units FOREIGN KEY (iacuc_prot_investigators_id) REFERENCES kc.iacuc_protocol_persons(protocol_person_id) ON DELETE CASCADE;
ALTER TABLE kc.iacuc_protocol_units ADD CONSTRAINT fk_iacuc_protocol_units_unit FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.iacuc_valid_proto_sub_typ_ql ADD CONSTRAINT fk2_ac_valid_proto_sub_typ_ql FOREIGN KEY (submission_type_qual_code) REFERENCES kc.iacuc_submission_type_qualif(submission_type_qual_code);
ALTER TABLE kc.iacuc_valid_proto_sub_typ_ql ADD CONSTRAINT fk_ac_valid_proto_sub_typ_ql FOREIGN KEY (submission_type_code) REFERENCES kc.iacuc_submission_type(submission_type_code);
ALTER TABLE kc.institute_la_rates ADD CONSTRAINT fk_institute_la_rates_unit_kra FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.institute_rates ADD CONSTRAINT fk_inst_rates_activity_kra FOREIGN KEY (activity_type_code) REFERENCES kc.activity_type(activity_type_code);
ALTER TABLE kc.institute_rates ADD CONSTRAINT fk_inst_rates_unit_number_kra FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.institute_rates ADD CONSTRAINT fk_institute_rates_kra FOREIGN KEY (rate_class_code, rate_type_code) REFERENCES kc.rate_type(rate_class_code, rate_type_code);
ALTER TABLE kc.inv_coi_disc_details ADD CONSTRAINT fk_inv_coi_disc_details_ent FOREIGN KEY (person_fin_int_disclosure_id) REFERENCES kc.person_fin_int_disclosure(person_fin_int_disclosure_id);
ALTER TABLE kc.kc_krms_term_fun_param ADD CONSTRAINT fk_kc_krms_term_fun_param FOREIGN KEY (kc_krms_term_function_id) REFERENCES kc.kc_krms_term_function(kc_krms_term_function_id);
ALTER TABLE kc.kc_qrtz_blob_triggers ADD CONSTRAINT fk_kc_qrtz_blob_triggers FOREIGN KEY (trigger_name, trigger_group) REFERENCES kc.kc_qrtz_triggers(trigger_name, trigger_group);
ALTER TABLE kc.kc_qrtz_cron_triggers ADD CONSTRAINT fk_kc_qrtz_cron_triggers FOREIGN KEY (trigger_name, trigger_group) REFERENCES kc.kc_qrtz_triggers(trigger_name, trigger_group);
ALTER TABLE kc.kc_qrtz_job_listeners ADD CONSTRAINT fk_kc_qrtz_job_listeners FOREIGN KEY (job_name, job_group) REFERENCES kc.kc_qrtz_job_details(job_name, job_group);
ALTER TABLE kc.kc_qrtz_simple_triggers ADD CONSTRAINT fk_kc_qrtz_simple_triggers FOREIGN KEY (trigger_name, trigger_group) REFERENCES kc.kc_qrtz_triggers(trigger_name, trigger_group);
ALTER TABLE kc.kc_qrtz_trigger_listeners ADD CONSTRAINT fk_kc_qrtz_trigger_listeners FOREIGN KEY (trigger_name, trigger_group) REFERENCES kc.kc_qrtz_triggers(trigger_name, trigger_group);
ALTER TABLE kc.kc_qrtz_triggers ADD CONSTRAINT fk_kc_qrtz_triggers FOREIGN KEY (job_name, job_group) REFERENCES kc.kc_qrtz_job_details(job_name, job_group);
ALTER TABLE kc.kra_user ADD CONSTRAINT fk_user_unit_number_kra FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.krns_att_t ADD CONSTRAINT krns_att_tr1 FOREIGN KEY (nte_id) REFERENCES kc.krns_nte_t(nte_id);
ALTER TABLE kc.krns_maint_doc_t ADD CONSTRAINT krns_maint_doc_tr1 FOREIGN KEY (doc_hdr_id) REFERENCES kc.krns_doc_hdr_t(doc_hdr_id);
ALTER TABLE kc.krns_nte_t ADD CONSTRAINT krns_nte_tr1 FOREIGN KEY (nte_typ_cd) REFERENCES kc.krns_nte_typ_t(nte_typ_cd);
ALTER TABLE kc.krsb_qrtz_blob_triggers ADD CONSTRAINT krsb_qrtz_blob_triggers_tr1 FOREIGN KEY (trigger_name, trigger_group) REFERENCES kc.krsb_qrtz_triggers(trigger_name, trigger_group);
ALTER TABLE kc.krsb_qrtz_cron_triggers ADD CONSTRAINT krsb_qrtz_cron_triggers_tr1 FOREIGN KEY (trigger_name, trigger_group) REFERENCES kc.krsb_qrtz_triggers(trigger_name, trigger_group);
ALTER TABLE kc.krsb_qrtz_job_listeners ADD CONSTRAINT krsb_quartz_job_listeners_tr1 FOREIGN KEY (job_name, job_group) REFERENCES kc.krsb_qrtz_job_details(job_name, job_group);
ALTER TABLE kc.krsb_qrtz_simple_triggers ADD CONSTRAINT krsb_qrtz_simple_triggers_tr1 FOREIGN KEY (trigger_name, trigger_group) REFERENCES kc.krsb_qrtz_triggers(trigger_name, trigger_group);
ALTER TABLE kc.krsb_qrtz_trigger_listeners ADD CONSTRAINT krsb_qrtz_trigger_listene_tr1 FOREIGN KEY (trigger_name, trigger_group) REFERENCES kc.krsb_qrtz_triggers(trigger_name, trigger_group);
ALTER TABLE kc.membership_role ADD CONSTRAINT fk_committee_type FOREIGN KEY (committee_type_code) REFERENCES kc.committee_type(committee_type_code);
ALTER TABLE kc.narrative ADD CONSTRAINT fk_narrative_hier FOREIGN KEY (hierarchy_proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.narrative ADD CONSTRAINT fk_narrative_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.narrative ADD CONSTRAINT fk_narrative_status_code_kra FOREIGN KEY (module_status_code) REFERENCES kc.narrative_status(narrative_status_code);
ALTER TABLE kc.narrative ADD CONSTRAINT fk_narrative_type_code_kra FOREIGN KEY (narrative_type_code) REFERENCES kc.narrative_type(narrative_type_code);
ALTER TABLE kc.narrative_attachment ADD CONSTRAINT fk_narrative_attachment_kra FOREIGN KEY (proposal_number, module_number) REFERENCES kc.narrative(proposal_number, module_number) ON DELETE CASCADE;
ALTER TABLE kc.narrative_attachment ADD CONSTRAINT narrative_attachment_fk1 FOREIGN KEY (file_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.narrative_user_rights ADD CONSTRAINT fk_narrative_user_rights_kra FOREIGN KEY (proposal_number, module_number) REFERENCES kc.narrative(proposal_number, module_number);
ALTER TABLE kc.negotiation ADD CONSTRAINT negotiation_fk1 FOREIGN KEY (negotation_status_id) REFERENCES kc.negotiation_status(negotiation_status_id);
ALTER TABLE kc.negotiation ADD CONSTRAINT negotiation_fk2 FOREIGN KEY (negotiation_agreement_type_id) REFERENCES kc.negotiation_agreement_type(negotiation_agrmnt_type_id);
ALTER TABLE kc.negotiation ADD CONSTRAINT negotiation_fk3 FOREIGN KEY (negotiation_assc_type_id) REFERENCES kc.negotiation_association_type(negotiation_assc_type_id);
ALTER TABLE kc.negotiation_activity ADD CONSTRAINT negotiation_activity_fk1 FOREIGN KEY (negotiation_id) REFERENCES kc.negotiation(negotiation_id);
ALTER TABLE kc.negotiation_activity ADD CONSTRAINT negotiation_activity_fk2 FOREIGN KEY (location_id) REFERENCES kc.negotiation_location(negotiation_location_id);
ALTER TABLE kc.negotiation_activity ADD CONSTRAINT negotiation_activity_fk3 FOREIGN KEY (activity_type_id) REFERENCES kc.negotiation_activity_type(negotiation_activity_type_id);
ALTER TABLE kc.negotiation_attachment ADD CONSTRAINT negotiation_attachment_fk1 FOREIGN KEY (activity_id) REFERENCES kc.negotiation_activity(negotiation_activity_id);
ALTER TABLE kc.negotiation_attachment ADD CONSTRAINT negotiation_attachment_fk2 FOREIGN KEY (file_id) REFERENCES kc.attachment_file(file_id);
ALTER TABLE kc.negotiation_custom_data ADD CONSTRAINT fk_negotiation_custom_data FOREIGN KEY (custom_attribute_id) REFERENCES kc.custom_attribute(id);
ALTER TABLE kc.negotiation_unassoc_detail ADD CONSTRAINT negotiation_unassoc_detail_fk1 FOREIGN KEY (negotiation_id) REFERENCES kc.negotiation(negotiation_id);
ALTER TABLE kc.negotiation_unassoc_detail ADD CONSTRAINT negotiation_unassoc_detail_fk2 FOREIGN KEY (lead_unit) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.negotiation_unassoc_detail ADD CONSTRAINT negotiation_unassoc_detail_fk3 FOREIGN KEY (sponsor_code) REFERENCES kc.sponsor(sponsor_code);
ALTER TABLE kc.negotiation_unassoc_detail ADD CONSTRAINT negotiation_unassoc_detail_fk4 FOREIGN KEY (prime_sponsor_code) REFERENCES kc.sponsor(sponsor_code);
ALTER TABLE kc.negotiation_unassoc_detail ADD CONSTRAINT negotiation_unassoc_detail_fk5 FOREIGN KEY (subaward_org) REFERENCES kc.organization(organization_id);
ALTER TABLE kc.notification ADD CONSTRAINT fk_notification FOREIGN KEY (notification_type_id) REFERENCES kc.notification_type(notification_type_id);
ALTER TABLE kc.notification_mdl_role_qlfr ADD CONSTRAINT fk1_valid_ntfctn_module_role FOREIGN KEY (notification_module_role_id) REFERENCES kc.notification_module_role(notification_module_role_id);
ALTER TABLE kc.notification_type ADD CONSTRAINT fk_notification_type FOREIGN KEY (module_code) REFERENCES kc.coeus_module(module_code);
ALTER TABLE kc.notification_type_recipient ADD CONSTRAINT fk1_valid_notification_role FOREIGN KEY (notification_type_id) REFERENCES kc.notification_type(notification_type_id);
ALTER TABLE kc.organization_audit ADD CONSTRAINT fk_organization_audit_acc FOREIGN KEY (audit_accepted) REFERENCES kc.organization_audit_acc_type(code);
ALTER TABLE kc.organization_audit ADD CONSTRAINT fk_organization_audit_kra FOREIGN KEY (organization_id) REFERENCES kc.organization(organization_id) ON DELETE CASCADE;
ALTER TABLE kc.organization_idc ADD CONSTRAINT fk_organization_idc_kra FOREIGN KEY (organization_id) REFERENCES kc.organization(organization_id) ON DELETE CASCADE;
ALTER TABLE kc.organization_type ADD CONSTRAINT fk_organization_type_kra FOREIGN KEY (organization_id) REFERENCES kc.organization(organization_id);
ALTER TABLE kc.organization_type ADD CONSTRAINT fk_organization_type_list_kra FOREIGN KEY (organization_type_code) REFERENCES kc.organization_type_list(organization_type_code);
ALTER TABLE kc.organization_ynq ADD CONSTRAINT fk_organization_ynq_id_kra FOREIGN KEY (question_id) REFERENCES kc.ynq(question_id);
ALTER TABLE kc.organization_ynq ADD CONSTRAINT fk_organization_ynq_kra FOREIGN KEY (organization_id) REFERENCES kc.organization(organization_id);
ALTER TABLE kc.pending_transactions ADD CONSTRAINT pending_transactions_fk FOREIGN KEY (document_number) REFERENCES kc.time_and_money_document(document_number);
ALTER TABLE kc.per_fin_int_discl_det ADD CONSTRAINT fk1_per_fin_int_discl_det FOREIGN KEY (column_name) REFERENCES kc.fin_entities_data_matrix(column_name);
ALTER TABLE kc.person_ext_t ADD CONSTRAINT person_ext_fk1 FOREIGN KEY (citizenship_type_code) REFERENCES kc.citizenship_type_t(citizenship_type_code);
ALTER TABLE kc.person_fin_int_disclosure ADD CONSTRAINT fk_fin_int_entity_rel_type FOREIGN KEY (relationship_type_code) REFERENCES kc.fin_int_entity_rel_type(relationship_type_code);
ALTER TABLE kc.person_fin_int_disclosure ADD CONSTRAINT fk_fin_int_entity_status FOREIGN KEY (status_code) REFERENCES kc.fin_int_entity_status(status_code);
ALTER TABLE kc.person_fin_int_disclosure ADD CONSTRAINT fk_fin_int_entity_type FOREIGN KEY (entity_type_code) REFERENCES kc.organization_type_list(organization_type_code);
ALTER TABLE kc.person_fin_int_disclosure ADD CONSTRAINT fk_fin_int_reporter FOREIGN KEY (financial_entity_reporter_id) REFERENCES kc.financial_entity_reporter(financial_entity_reporter_id);
ALTER TABLE kc.person_signature_module ADD CONSTRAINT fk_person_signature_id FOREIGN KEY (person_signature_id) REFERENCES kc.person_signature(person_signature_id);
ALTER TABLE kc.person_training_citi_err ADD CONSTRAINT fk_person_training_citi_err FOREIGN KEY (citi_record_id) REFERENCES kc.person_training_citi(id);
ALTER TABLE kc.person_training_citi_map ADD CONSTRAINT fk_person_train_citi_map_code FOREIGN KEY (training_code) REFERENCES kc.training(training_code);
ALTER TABLE kc.pmc_award ADD CONSTRAINT fk_pmc_award_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.pmc_eps_proposal ADD CONSTRAINT fk_pmc_eps_proposal_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.pmc_iacuc_protocol ADD CONSTRAINT fk_pmc_iacuc_protocol_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.pmc_negotiation ADD CONSTRAINT fk_pmc_negotiation_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.pmc_proposal ADD CONSTRAINT fk_pmc_proposal_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.pmc_proposal_log ADD CONSTRAINT fk_pmc_proposal_log_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.pmc_protocol ADD CONSTRAINT fk_pmc_protocol_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.pmc_subaward ADD CONSTRAINT fk_pmc_subaward_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.pmc_unit_administrator ADD CONSTRAINT fk_pmc_unit_administrator_id FOREIGN KEY (person_mass_change_id) REFERENCES kc.person_mass_change(person_mass_change_id);
ALTER TABLE kc.proposal ADD CONSTRAINT fk_prop_awd_type FOREIGN KEY (award_type_code) REFERENCES kc.award_type(award_type_code);
ALTER TABLE kc.proposal ADD CONSTRAINT fk_proposal_activity_type_code FOREIGN KEY (activity_type_code) REFERENCES kc.activity_type(activity_type_code);
ALTER TABLE kc.proposal ADD CONSTRAINT fk_proposal_nsf FOREIGN KEY (nsf_sequence_number) REFERENCES kc.nsf_codes(nsf_sequence_number);
ALTER TABLE kc.proposal ADD CONSTRAINT fk_proposal_opportunity_code FOREIGN KEY (notice_of_opportunity_code) REFERENCES kc.notice_of_opportunity(notice_of_opportunity_code);
ALTER TABLE kc.proposal ADD CONSTRAINT fk_proposal_rolodex_id FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.proposal ADD CONSTRAINT fk_proposal_sponsor_code FOREIGN KEY (sponsor_code) REFERENCES kc.sponsor(sponsor_code);
ALTER TABLE kc.proposal ADD CONSTRAINT fk_proposal_type_code FOREIGN KEY (proposal_type_code) REFERENCES kc.proposal_type(proposal_type_code);
ALTER TABLE kc.proposal_admin_details ADD CONSTRAINT fk_proposal_admin_details_1 FOREIGN KEY (dev_proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.proposal_admin_details ADD CONSTRAINT fk_proposal_admin_details_2 FOREIGN KEY (inst_proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_attachments ADD CONSTRAINT fk_attachment_type_code FOREIGN KEY (attachment_type_code) REFERENCES kc.proposal_attachment_type(attachment_type_code);
ALTER TABLE kc.proposal_attachments ADD CONSTRAINT fk_file_data_id FOREIGN KEY (file_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.proposal_attachments ADD CONSTRAINT fk_proposal_attachments FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_comments ADD CONSTRAINT fk_proposal_comments FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_comments ADD CONSTRAINT fk_proposal_comments_code FOREIGN KEY (comment_type_code) REFERENCES kc.comment_type(comment_type_code);
ALTER TABLE kc.proposal_cost_sharing ADD CONSTRAINT fk_proposal_cost_sharing FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_custom_data ADD CONSTRAINT fk_proposal_custom_data FOREIGN KEY (custom_attribute_id) REFERENCES kc.custom_attribute(id);
ALTER TABLE kc.proposal_custom_data ADD CONSTRAINT fk_proposal_custom_data1 FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_exempt_number ADD CONSTRAINT fk_prop_exemption_type_code FOREIGN KEY (exemption_type_code) REFERENCES kc.exemption_type(exemption_type_code);
ALTER TABLE kc.proposal_exempt_number ADD CONSTRAINT fk_proposal_special_review_id FOREIGN KEY (proposal_special_review_id) REFERENCES kc.proposal_special_review(proposal_special_review_id);
ALTER TABLE kc.proposal_idc_rate ADD CONSTRAINT fk_proposal_idc_rate FOREIGN KEY (idc_rate_type_code) REFERENCES kc.idc_rate_type(idc_rate_type_code);
ALTER TABLE kc.proposal_ip_rev_activity ADD CONSTRAINT fk_ip_review_id FOREIGN KEY (ip_review_id) REFERENCES kc.ip_review(ip_review_id);
ALTER TABLE kc.proposal_ip_review_join ADD CONSTRAINT fk2_ip_review_id FOREIGN KEY (ip_review_id) REFERENCES kc.ip_review(ip_review_id);
ALTER TABLE kc.proposal_ip_review_join ADD CONSTRAINT fk_proposal_id FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_log ADD CONSTRAINT fk2_proposal_type_code FOREIGN KEY (proposal_type_code) REFERENCES kc.proposal_type(proposal_type_code);
ALTER TABLE kc.proposal_log ADD CONSTRAINT fk_lead_unit FOREIGN KEY (lead_unit) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.proposal_log ADD CONSTRAINT fk_log_status FOREIGN KEY (log_status) REFERENCES kc.proposal_log_status(proposal_log_status_code);
ALTER TABLE kc.proposal_log ADD CONSTRAINT fk_proposal_log_type_code FOREIGN KEY (proposal_log_type_code) REFERENCES kc.proposal_log_type(proposal_log_type_code);
ALTER TABLE kc.proposal_notepad ADD CONSTRAINT fk_proposal_notepad FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_science_keyword ADD CONSTRAINT fk_proposal_science_keyword FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_science_keyword ADD CONSTRAINT fk_proposal_science_keyword2 FOREIGN KEY (science_keyword_code) REFERENCES kc.science_keyword(science_keyword_code);
ALTER TABLE kc.proposal_special_review ADD CONSTRAINT fk_proposal_review_code FOREIGN KEY (special_review_code) REFERENCES kc.special_review(special_review_code);
ALTER TABLE kc.proposal_special_review ADD CONSTRAINT fk_proposal_sp_aproval_type FOREIGN KEY (approval_type_code) REFERENCES kc.sp_rev_approval_type(approval_type_code);
ALTER TABLE kc.proposal_special_review ADD CONSTRAINT fk_proposal_special_review FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_unit_credit_split ADD CONSTRAINT fk1_proposal_unit_credit_split FOREIGN KEY (proposal_id) REFERENCES kc.proposal(proposal_id);
ALTER TABLE kc.proposal_unit_credit_split ADD CONSTRAINT fk2_proposal_unit_credit_split FOREIGN KEY (inv_credit_type_code) REFERENCES kc.inv_credit_type(inv_credit_type_code);
ALTER TABLE kc.proposal_units ADD CONSTRAINT fk_proposal_units_unit_number FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.proto_amend_renew_modules ADD CONSTRAINT fk_proto_amend_renew_modules1 FOREIGN KEY (proto_amend_renewal_id) REFERENCES kc.proto_amend_renewal(proto_amend_renewal_id);
ALTER TABLE kc.proto_amend_renew_modules ADD CONSTRAINT fk_proto_amend_renew_modules2 FOREIGN KEY (protocol_module_code) REFERENCES kc.protocol_modules(protocol_module_code);
ALTER TABLE kc.proto_amend_renewal ADD CONSTRAINT fk_proto_amend_renewal1 FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.proto_corresp_templ ADD CONSTRAINT fk_proto_corresp_templ FOREIGN KEY (proto_corresp_type_code) REFERENCES kc.proto_corresp_type(proto_corresp_type_code);
ALTER TABLE kc.proto_notification_templ ADD CONSTRAINT fk_proto_notification_templ FOREIGN KEY (action_type_code) REFERENCES kc.protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.protocol ADD CONSTRAINT fk_protocol FOREIGN KEY (protocol_type_code) REFERENCES kc.protocol_type(protocol_type_code);
ALTER TABLE kc.protocol ADD CONSTRAINT fk_protocol_2 FOREIGN KEY (protocol_status_code) REFERENCES kc.protocol_status(protocol_status_code);
ALTER TABLE kc.protocol ADD CONSTRAINT fk_protocol_document FOREIGN KEY (document_number) REFERENCES kc.protocol_document(document_number);
ALTER TABLE kc.protocol_actions ADD CONSTRAINT fk_protocol_actions1 FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_actions ADD CONSTRAINT fk_protocol_actions2 FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.protocol_actions ADD CONSTRAINT fk_protocol_actions3 FOREIGN KEY (protocol_action_type_code) REFERENCES kc.protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.protocol_attachment_personnel ADD CONSTRAINT fk_pa_personnel_file FOREIGN KEY (file_id) REFERENCES kc.attachment_file(file_id) ON DELETE CASCADE;
ALTER TABLE kc.protocol_attachment_personnel ADD CONSTRAINT fk_pa_personnel_protocol FOREIGN KEY (protocol_id_fk) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_attachment_personnel ADD CONSTRAINT fk_pa_personnel_type FOREIGN KEY (type_cd) REFERENCES kc.protocol_attachment_type(type_cd);
ALTER TABLE kc.protocol_attachment_personnel ADD CONSTRAINT fk_person FOREIGN KEY (person_id) REFERENCES kc.protocol_persons(protocol_person_id);
ALTER TABLE kc.protocol_attachment_protocol ADD CONSTRAINT fk_pa_protocol_file FOREIGN KEY (file_id) REFERENCES kc.attachment_file(file_id) ON DELETE CASCADE;
ALTER TABLE kc.protocol_attachment_protocol ADD CONSTRAINT fk_pa_protocol_protocol FOREIGN KEY (protocol_id_fk) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_attachment_protocol ADD CONSTRAINT fk_protocol_attach_status FOREIGN KEY (status_cd) REFERENCES kc.protocol_attachment_status(status_cd);
ALTER TABLE kc.protocol_attachment_protocol ADD CONSTRAINT fk_protocol_attachment_type FOREIGN KEY (type_cd) REFERENCES kc.protocol_attachment_type(type_cd);
ALTER TABLE kc.protocol_attachment_type_group ADD CONSTRAINT fk_protocol_attach_tg_group FOREIGN KEY (group_cd) REFERENCES kc.protocol_attachment_group(group_cd);
ALTER TABLE kc.protocol_attachment_type_group ADD CONSTRAINT fk_protocol_attach_tg_type FOREIGN KEY (type_cd) REFERENCES kc.protocol_attachment_type(type_cd);
ALTER TABLE kc.protocol_correspondence ADD CONSTRAINT fk_protocol_correspondence1 FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_correspondence ADD CONSTRAINT fk_protocol_correspondence2 FOREIGN KEY (action_id_fk) REFERENCES kc.protocol_actions(protocol_action_id);
ALTER TABLE kc.protocol_correspondence ADD CONSTRAINT fk_protocol_correspondence3 FOREIGN KEY (proto_corresp_type_code) REFERENCES kc.proto_corresp_type(proto_corresp_type_code);
ALTER TABLE kc.protocol_exempt_chklst ADD CONSTRAINT fk_protocol_exempt_chklst1 FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_exempt_chklst ADD CONSTRAINT fk_protocol_exempt_chklst2 FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.protocol_exempt_chklst ADD CONSTRAINT fk_protocol_exempt_chklst3 FOREIGN KEY (exempt_studies_checklist_code) REFERENCES kc.exempt_studies_checklist(exempt_studies_checklist_code);
ALTER TABLE kc.protocol_exempt_number ADD CONSTRAINT fk_prot_exemption_type_code FOREIGN KEY (exemption_type_code) REFERENCES kc.exemption_type(exemption_type_code);
ALTER TABLE kc.protocol_exempt_number ADD CONSTRAINT fk_protocol_special_review_id FOREIGN KEY (protocol_special_review_id) REFERENCES kc.protocol_special_review(protocol_special_review_id);
ALTER TABLE kc.protocol_expidited_chklst ADD CONSTRAINT fk_protocol_expidited_chklst1 FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_expidited_chklst ADD CONSTRAINT fk_protocol_expidited_chklst2 FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.protocol_expidited_chklst ADD CONSTRAINT fk_protocol_expidited_chklst3 FOREIGN KEY (expedited_rev_chklst_code) REFERENCES kc.expedited_review_checklist(expedited_rev_chklst_code);
ALTER TABLE kc.protocol_funding_source ADD CONSTRAINT fk_protocol_funding_source FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_funding_source ADD CONSTRAINT fk_protocol_funding_source2 FOREIGN KEY (funding_source_type_code) REFERENCES kc.funding_source_type(funding_source_type_code);
ALTER TABLE kc.protocol_location ADD CONSTRAINT fk_protocol_location FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_location ADD CONSTRAINT fk_protocol_location_2 FOREIGN KEY (organization_id) REFERENCES kc.organization(organization_id);
ALTER TABLE kc.protocol_location ADD CONSTRAINT fk_protocol_location_3 FOREIGN KEY (protocol_org_type_code) REFERENCES kc.protocol_org_type(protocol_org_type_code);
ALTER TABLE kc.protocol_notepad ADD CONSTRAINT fk_p_notepad_protocol FOREIGN KEY (protocol_id_fk) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_onln_rvws ADD CONSTRAINT fk1_protocol_onln_rvws FOREIGN KEY (protocol_onln_rvw_status_code) REFERENCES kc.protocol_onln_rvw_status(status_code);
ALTER TABLE kc.protocol_onln_rvws ADD CONSTRAINT fk2_protocol_onln_rvws FOREIGN KEY (protocol_reviewer_fk) REFERENCES kc.protocol_reviewers(protocol_reviewer_id);
ALTER TABLE kc.protocol_onln_rvws ADD CONSTRAINT fk3_protocol_onln_rvws FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.protocol_onln_rvws ADD CONSTRAINT fk4_protocol_onln_rvws FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_onln_rvws ADD CONSTRAINT fk5_protocol_onln_rvws FOREIGN KEY (review_determ_recom_cd) REFERENCES kc.protocol_onln_rvw_determ_recom(review_determ_recom_cd);
ALTER TABLE kc.protocol_onln_rvws ADD CONSTRAINT fk6_protocol_onln_rvw_document FOREIGN KEY (document_number) REFERENCES kc.protocol_onln_rvw_document(document_number);
ALTER TABLE kc.protocol_person_role_mapping ADD CONSTRAINT fk_person_source_role FOREIGN KEY (source_role_id) REFERENCES kc.protocol_person_roles(protocol_person_role_id);
ALTER TABLE kc.protocol_person_role_mapping ADD CONSTRAINT fk_person_target_role FOREIGN KEY (target_role_id) REFERENCES kc.protocol_person_roles(protocol_person_role_id);
ALTER TABLE kc.protocol_persons ADD CONSTRAINT fk_protocol_pers_affiliation FOREIGN KEY (affiliation_type_code) REFERENCES kc.affiliation_type(affiliation_type_code);
ALTER TABLE kc.protocol_persons ADD CONSTRAINT fk_protocol_persons_protocol FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_persons ADD CONSTRAINT fk_protocol_persons_role FOREIGN KEY (protocol_person_role_id) REFERENCES kc.protocol_person_roles(protocol_person_role_id);
ALTER TABLE kc.protocol_references ADD CONSTRAINT fk_protocol_id FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_references ADD CONSTRAINT fk_protocol_ref_type_code FOREIGN KEY (protocol_reference_type_code) REFERENCES kc.protocol_reference_type(protocol_reference_type_code);
ALTER TABLE kc.protocol_research_areas ADD CONSTRAINT fk_protocol_research_areas FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_research_areas ADD CONSTRAINT fk_protocol_research_areas2 FOREIGN KEY (research_area_code) REFERENCES kc.research_areas(research_area_code);
ALTER TABLE kc.protocol_reviewers ADD CONSTRAINT fk_protocol_reviewers1 FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_reviewers ADD CONSTRAINT fk_protocol_reviewers2 FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.protocol_reviewers ADD CONSTRAINT fk_protocol_reviewers4 FOREIGN KEY (reviewer_type_code) REFERENCES kc.protocol_reviewer_type(reviewer_type_code);
ALTER TABLE kc.protocol_reviewers ADD CONSTRAINT fk_protocol_reviewers5 FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.protocol_risk_levels ADD CONSTRAINT fk_protocol_risk_levels FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_risk_levels ADD CONSTRAINT fk_protocol_risk_levels2 FOREIGN KEY (risk_level_code) REFERENCES kc.risk_level(risk_level_code);
ALTER TABLE kc.protocol_special_review ADD CONSTRAINT fk_protocol_special_review FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_submission ADD CONSTRAINT fk_protocol_submission1 FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_submission ADD CONSTRAINT fk_protocol_submission2 FOREIGN KEY (schedule_id_fk) REFERENCES kc.comm_schedule(id);
ALTER TABLE kc.protocol_submission ADD CONSTRAINT fk_protocol_submission3 FOREIGN KEY (committee_id_fk) REFERENCES kc.committee(id);
ALTER TABLE kc.protocol_submission ADD CONSTRAINT fk_protocol_submission4 FOREIGN KEY (protocol_review_type_code) REFERENCES kc.protocol_review_type(protocol_review_type_code);
ALTER TABLE kc.protocol_submission ADD CONSTRAINT fk_protocol_submission5 FOREIGN KEY (submission_status_code) REFERENCES kc.submission_status(submission_status_code);
ALTER TABLE kc.protocol_submission ADD CONSTRAINT fk_protocol_submission6 FOREIGN KEY (submission_type_code) REFERENCES kc.submission_type(submission_type_code);
ALTER TABLE kc.protocol_submission ADD CONSTRAINT fk_protocol_submission7 FOREIGN KEY (submission_type_qual_code) REFERENCES kc.submission_type_qualifier(submission_type_qual_code);
ALTER TABLE kc.protocol_submission_doc ADD CONSTRAINT fk_protocol_submission_doc1 FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_submission_doc ADD CONSTRAINT fk_protocol_submission_doc2 FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.protocol_units ADD CONSTRAINT fk_protocol_units_2 FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.protocol_vote_abstainees ADD CONSTRAINT fk_protocol_vote_abst_fk3 FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.protocol_vote_abstainees ADD CONSTRAINT fk_protocol_vote_abstainee FOREIGN KEY (protocol_id_fk) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_vote_abstainees ADD CONSTRAINT prot_vote_abstnees_iacpro_fk1 FOREIGN KEY (iacuc_protocol_id_fk) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.protocol_vote_abstainees ADD CONSTRAINT prot_vote_abstnees_iacpro_fk2 FOREIGN KEY (iacuc_submission_id_fk) REFERENCES kc.iacuc_protocol_submission(iacuc_protocol_submission_id);
ALTER TABLE kc.protocol_vote_abstainees ADD CONSTRAINT protocol_vote_abstainees_fk1 FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.protocol_vote_recused ADD CONSTRAINT fk_protocol_vote_recused_fk3 FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.protocol_vote_recused ADD CONSTRAINT prot_vote_recused_iacpro_fk1 FOREIGN KEY (iacuc_protocol_id_fk) REFERENCES kc.iacuc_protocol(protocol_id);
ALTER TABLE kc.protocol_vote_recused ADD CONSTRAINT prot_vote_recused_iacpro_fk2 FOREIGN KEY (iacuc_submission_id_fk) REFERENCES kc.iacuc_protocol_submission(iacuc_protocol_submission_id);
ALTER TABLE kc.protocol_vote_recused ADD CONSTRAINT protocol_vote_recused_pro_fk1 FOREIGN KEY (protocol_id_fk) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_vote_recused ADD CONSTRAINT protocol_vote_recused_pro_fk2 FOREIGN KEY (submission_id_fk) REFERENCES kc.protocol_submission(submission_id);
ALTER TABLE kc.protocol_vulnerable_sub ADD CONSTRAINT fk_protocol_vulnerable_sub FOREIGN KEY (protocol_id) REFERENCES kc.protocol(protocol_id);
ALTER TABLE kc.protocol_vulnerable_sub ADD CONSTRAINT fk_protocol_vulnerable_sub2 FOREIGN KEY (vulnerable_subject_type_code) REFERENCES kc.vulnerable_subject_type(vulnerable_subject_type_code);
ALTER TABLE kc.question_explanation ADD CONSTRAINT fk_question_explanation FOREIGN KEY (question_ref_id_fk) REFERENCES kc.question(question_ref_id);
ALTER TABLE kc.question_multi_choice ADD CONSTRAINT fk_question_multi_choice FOREIGN KEY (question_ref_id_fk) REFERENCES kc.question(question_ref_id);
ALTER TABLE kc.questionnaire_answer ADD CONSTRAINT fk_questionnaire_ans_comp_id FOREIGN KEY (questionnaire_ah_id_fk) REFERENCES kc.questionnaire_answer_header(questionnaire_answer_header_id);
ALTER TABLE kc.questionnaire_answer ADD CONSTRAINT fk_questionnaire_ans_qid FOREIGN KEY (question_ref_id_fk) REFERENCES kc.question(question_ref_id);
ALTER TABLE kc.questionnaire_answer_header ADD CONSTRAINT fk_questionnaire_qid FOREIGN KEY (questionnaire_ref_id_fk) REFERENCES kc.questionnaire(questionnaire_ref_id);
ALTER TABLE kc.questionnaire_questions ADD CONSTRAINT fk_quest_questions_cond_type FOREIGN KEY (condition_type) REFERENCES kc.questionnaire_condition_type(quest_condition_type_code);
ALTER TABLE kc.questionnaire_questions ADD CONSTRAINT fk_questionnaire_questionnaire FOREIGN KEY (questionnaire_ref_id_fk) REFERENCES kc.questionnaire(questionnaire_ref_id);
ALTER TABLE kc.questionnaire_questions ADD CONSTRAINT fk_questionnaire_questions FOREIGN KEY (question_ref_id_fk) REFERENCES kc.question(question_ref_id);
ALTER TABLE kc.questionnaire_usage ADD CONSTRAINT fk_qnr_usage_module_item FOREIGN KEY (module_item_code) REFERENCES kc.coeus_module(module_code);
ALTER TABLE kc.questionnaire_usage ADD CONSTRAINT fk_questionnaire_usage FOREIGN KEY (questionnaire_ref_id_fk) REFERENCES kc.questionnaire(questionnaire_ref_id);
ALTER TABLE kc.rate_class ADD CONSTRAINT fk_rate_class_type FOREIGN KEY (rate_class_type) REFERENCES kc.rate_class_type(rate_class_type);
ALTER TABLE kc.rate_class_base_exclusion ADD CONSTRAINT fk_rate_class_base_excl FOREIGN KEY (rate_class_code, rate_type_code) REFERENCES kc.rate_type(rate_class_code, rate_type_code);
ALTER TABLE kc.rate_class_base_inclusion ADD CONSTRAINT fk_rate_class_base_incl FOREIGN KEY (rate_class_code, rate_type_code) REFERENCES kc.rate_type(rate_class_code, rate_type_code);
ALTER TABLE kc.role_rights ADD CONSTRAINT fk_role_rights_right FOREIGN KEY (right_id) REFERENCES kc.rights(right_id);
ALTER TABLE kc.role_rights ADD CONSTRAINT fk_role_rights_role FOREIGN KEY (role_id) REFERENCES kc.role(role_id);
ALTER TABLE kc.s2s_app_attachments ADD CONSTRAINT fk_s2s_app_attachments_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.s2s_app_submission ADD CONSTRAINT fk_s2s_app_submission_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.s2s_application ADD CONSTRAINT fk_s2s_application_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.s2s_opp_forms ADD CONSTRAINT fk_s2s_opp_forms_kra FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.s2s_opportunity ADD CONSTRAINT fk_s2s_opportunity_kra FOREIGN KEY (s2s_submission_type_code) REFERENCES kc.s2s_submission_type(s2s_submission_type_code);
ALTER TABLE kc.s2s_opportunity ADD CONSTRAINT fk_s2s_opportunity_kra1 FOREIGN KEY (revision_code) REFERENCES kc.s2s_revision_type(s2s_revision_type_code);
ALTER TABLE kc.s2s_opportunity ADD CONSTRAINT fk_s2s_opportunity_kra2 FOREIGN KEY (proposal_number) REFERENCES kc.eps_proposal(proposal_number);
ALTER TABLE kc.s2s_opportunity ADD CONSTRAINT fk_s2s_opportunity_kra3 FOREIGN KEY (provider) REFERENCES kc.s2s_providers(code);
ALTER TABLE kc.s2s_user_attached_form_att ADD CONSTRAINT fk1_s2s_user_attached_form_att FOREIGN KEY (s2s_user_attached_form_id) REFERENCES kc.s2s_user_attached_form(s2s_user_attached_form_id) ON DELETE CASCADE;
ALTER TABLE kc.s2s_user_attached_form_file ADD CONSTRAINT fk1_s2s_user_attd_form_file FOREIGN KEY (s2s_user_attached_form_id) REFERENCES kc.s2s_user_attached_form(s2s_user_attached_form_id) ON DELETE CASCADE;
ALTER TABLE kc.s2s_user_attd_form_att_file ADD CONSTRAINT fk1_s2s_usr_atd_frm_att_fil FOREIGN KEY (s2s_user_attached_form_att_id) REFERENCES kc.s2s_user_attached_form_att(s2s_user_attached_form_att_id) ON DELETE CASCADE;
ALTER TABLE kc.schedule_agenda ADD CONSTRAINT fk_comm_schedule_agenda FOREIGN KEY (schedule_id_fk) REFERENCES kc.comm_schedule(id);
ALTER TABLE kc.special_review_usage ADD CONSTRAINT fk_module_code FOREIGN KEY (module_code) REFERENCES kc.coeus_module(module_code);
ALTER TABLE kc.special_review_usage ADD CONSTRAINT fk_special_review_code FOREIGN KEY (special_review_code) REFERENCES kc.special_review(special_review_code);
ALTER TABLE kc.sponsor ADD CONSTRAINT fk_sponsor_rolodex_kra FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.sponsor ADD CONSTRAINT fk_sponsor_type_code_kra FOREIGN KEY (sponsor_type_code) REFERENCES kc.sponsor_type(sponsor_type_code);
ALTER TABLE kc.sponsor_form_templates ADD CONSTRAINT fk_sponsor_form_templates FOREIGN KEY (sponsor_form_id) REFERENCES kc.sponsor_forms(sponsor_form_id);
ALTER TABLE kc.sponsor_forms ADD CONSTRAINT fk_sponsor_forms FOREIGN KEY (sponsor_code) REFERENCES kc.sponsor(sponsor_code);
ALTER TABLE kc.sponsor_hierarchy ADD CONSTRAINT fk_sponsor_hierarchy_kra FOREIGN KEY (sponsor_code) REFERENCES kc.sponsor(sponsor_code) ON DELETE CASCADE;
ALTER TABLE kc.sponsor_term ADD CONSTRAINT fk1_sponsor_term FOREIGN KEY (sponsor_term_type_code) REFERENCES kc.sponsor_term_type(sponsor_term_type_code);
ALTER TABLE kc.subaward_amount_info ADD CONSTRAINT fk2_subaward_amount_info FOREIGN KEY (file_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.subaward_amount_info ADD CONSTRAINT fk3_subaward_amount_info FOREIGN KEY (modification_type_code) REFERENCES kc.subaward_modification_type(code);
ALTER TABLE kc.subaward_amount_info ADD CONSTRAINT fk_subaward_amount_info FOREIGN KEY (subaward_id) REFERENCES kc.subaward(subaward_id);
ALTER TABLE kc.subaward_amt_released ADD CONSTRAINT fk_subaward_amt_released FOREIGN KEY (subaward_id) REFERENCES kc.subaward(subaward_id);
ALTER TABLE kc.subaward_attachments ADD CONSTRAINT fk2_subaward_attachments FOREIGN KEY (file_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.subaward_closeout ADD CONSTRAINT fk_subaward_closeout FOREIGN KEY (subaward_id) REFERENCES kc.subaward(subaward_id);
ALTER TABLE kc.subaward_contact ADD CONSTRAINT fk_subaward_contact FOREIGN KEY (subaward_id) REFERENCES kc.subaward(subaward_id);
ALTER TABLE kc.subaward_contact ADD CONSTRAINT fk_subaward_contact_contact FOREIGN KEY (contact_type_code) REFERENCES kc.contact_type(contact_type_code);
ALTER TABLE kc.subaward_contact ADD CONSTRAINT fk_subaward_contact_rolodex FOREIGN KEY (rolodex_id) REFERENCES kc.rolodex(rolodex_id);
ALTER TABLE kc.subaward_custom_data ADD CONSTRAINT fk_subaward_custom_data FOREIGN KEY (custom_attribute_id) REFERENCES kc.custom_attribute(id);
ALTER TABLE kc.subaward_ffata_reporting ADD CONSTRAINT fk1_subaward_ffata_reporting FOREIGN KEY (subaward_id) REFERENCES kc.subaward(subaward_id);
ALTER TABLE kc.subaward_ffata_reporting ADD CONSTRAINT fk2_subaward_ffata_reporting FOREIGN KEY (subaward_amount_info_id) REFERENCES kc.subaward_amount_info(subaward_amount_info_id);
ALTER TABLE kc.subaward_ffata_reporting ADD CONSTRAINT fk3_subaward_ffata_reporting FOREIGN KEY (file_data_id) REFERENCES kc.file_data(id);
ALTER TABLE kc.subaward_forms ADD CONSTRAINT fk_forms_template_type_code FOREIGN KEY (template_type_code) REFERENCES kc.subaward_template_type(subaward_template_type_code);
ALTER TABLE kc.subaward_funding_source ADD CONSTRAINT fk_subaward_funding_source FOREIGN KEY (subaward_id) REFERENCES kc.subaward(subaward_id);
ALTER TABLE kc.subaward_template_info ADD CONSTRAINT subaward_id_fk FOREIGN KEY (subaward_id) REFERENCES kc.subaward(subaward_id);
ALTER TABLE kc.training_modules ADD CONSTRAINT fk_tm_module_code FOREIGN KEY (module_code) REFERENCES kc.coeus_module(module_code);
ALTER TABLE kc.training_modules ADD CONSTRAINT fk_tm_training_code FOREIGN KEY (training_code) REFERENCES kc.training(training_code);
ALTER TABLE kc.transaction_details ADD CONSTRAINT fk_transaction_details3 FOREIGN KEY (tnm_document_number) REFERENCES kc.time_and_money_document(document_number);
ALTER TABLE kc.unit ADD CONSTRAINT fk_unit_parent_unit_number FOREIGN KEY (parent_unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.unit_administrator ADD CONSTRAINT fk1_unit_administrator_kra FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.unit_administrator ADD CONSTRAINT fk2_unit_administrator_kra FOREIGN KEY (unit_administrator_type_code) REFERENCES kc.unit_administrator_type(unit_administrator_type_code);
ALTER TABLE kc.unit_formulated_cost ADD CONSTRAINT fk_unit_formulated_cost FOREIGN KEY (formulated_type_code) REFERENCES kc.formulated_type(formulated_type_code);
ALTER TABLE kc.unit_formulated_cost ADD CONSTRAINT fk_unit_formulated_cost_1 FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.user_roles ADD CONSTRAINT fk_user_roles_role FOREIGN KEY (role_id) REFERENCES kc.role(role_id);
ALTER TABLE kc.user_roles ADD CONSTRAINT fk_user_roles_unit FOREIGN KEY (unit_number) REFERENCES kc.unit(unit_number);
ALTER TABLE kc.valid_award_basis_payment ADD CONSTRAINT fk2_valid_award_basis_payment FOREIGN KEY (award_type_code) REFERENCES kc.award_type(award_type_code);
ALTER TABLE kc.valid_award_basis_payment ADD CONSTRAINT fk_valid_award_basis_payment FOREIGN KEY (basis_of_payment_code) REFERENCES kc.award_basis_of_payment(basis_of_payment_code);
ALTER TABLE kc.valid_basis_method_pmt ADD CONSTRAINT fk2_valid_basis_method_pmt FOREIGN KEY (method_of_payment_code) REFERENCES kc.award_method_of_payment(method_of_payment_code);
ALTER TABLE kc.valid_basis_method_pmt ADD CONSTRAINT fk_valid_basis_method_pmt FOREIGN KEY (basis_of_payment_code) REFERENCES kc.award_basis_of_payment(basis_of_payment_code);
ALTER TABLE kc.valid_ce_job_codes ADD CONSTRAINT valid_ce_job_codes_cost_e_fk1 FOREIGN KEY (cost_element) REFERENCES kc.cost_element(cost_element);
ALTER TABLE kc.valid_ce_job_codes ADD CONSTRAINT valid_ce_job_codes_job_co_fk1 FOREIGN KEY (job_code) REFERENCES kc.job_code(job_code);
ALTER TABLE kc.valid_ce_rate_types ADD CONSTRAINT fk_valid_ce_rate_types_ce_kra FOREIGN KEY (cost_element) REFERENCES kc.cost_element(cost_element);
ALTER TABLE kc.valid_ce_rate_types ADD CONSTRAINT fk_valid_ce_rate_types_kra FOREIGN KEY (rate_class_code, rate_type_code) REFERENCES kc.rate_type(rate_class_code, rate_type_code);
ALTER TABLE kc.valid_class_report_freq ADD CONSTRAINT fk2_valid_class_report_freq FOREIGN KEY (report_code) REFERENCES kc.report(report_code);
ALTER TABLE kc.valid_class_report_freq ADD CONSTRAINT fk3_valid_class_report_freq FOREIGN KEY (report_class_code) REFERENCES kc.report_class(report_class_code);
ALTER TABLE kc.valid_class_report_freq ADD CONSTRAINT fk_valid_class_report_freq FOREIGN KEY (frequency_code) REFERENCES kc.frequency(frequency_code);
ALTER TABLE kc.valid_frequency_base ADD CONSTRAINT fk2_valid_frequency_base FOREIGN KEY (frequency_code) REFERENCES kc.frequency(frequency_code);
ALTER TABLE kc.valid_frequency_base ADD CONSTRAINT fk_valid_frequency_base FOREIGN KEY (frequency_base_code) REFERENCES kc.frequency_base(frequency_base_code);
ALTER TABLE kc.valid_iacuc_proto_act_coresp ADD CONSTRAINT fk_valid_iacuc_prot_act_cors_1 FOREIGN KEY (proto_corresp_type_code) REFERENCES kc.iacuc_protocol_corresp_type(proto_corresp_type_code);
ALTER TABLE kc.valid_iacuc_proto_act_coresp ADD CONSTRAINT fk_valid_iacuc_prot_act_cors_2 FOREIGN KEY (protocol_action_type_code) REFERENCES kc.iacuc_protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.valid_iacuc_proto_actn_actn ADD CONSTRAINT fk_vld_iacuc_proto_action FOREIGN KEY (protocol_action_type_code) REFERENCES kc.iacuc_protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.valid_iacuc_proto_actn_actn ADD CONSTRAINT fk_vld_iacuc_proto_action_2 FOREIGN KEY (followup_action_code) REFERENCES kc.iacuc_protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.valid_iacuc_proto_actn_actn ADD CONSTRAINT fk_vld_iacuc_proto_action_3 FOREIGN KEY (comm_decision_motion_type_code) REFERENCES kc.comm_decision_motion_type(comm_decision_motion_type_code);
ALTER TABLE kc.valid_iacuc_proto_sub_rev_type ADD CONSTRAINT fk2_ac_proto_sub_rev_type FOREIGN KEY (protocol_review_type_code) REFERENCES kc.iacuc_proto_review_type(protocol_review_type_code);
ALTER TABLE kc.valid_iacuc_proto_sub_rev_type ADD CONSTRAINT fk_ac_valid_proto_sub_rev_type FOREIGN KEY (submission_type_code) REFERENCES kc.iacuc_submission_type(submission_type_code);
ALTER TABLE kc.valid_narr_forms ADD CONSTRAINT fk_valid_narr_forms FOREIGN KEY (narrative_type_code) REFERENCES kc.narrative_type(narrative_type_code);
ALTER TABLE kc.valid_proto_action_action ADD CONSTRAINT fk_valid_proto_action_action FOREIGN KEY (protocol_action_type_code) REFERENCES kc.protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.valid_proto_action_action ADD CONSTRAINT fk_valid_proto_action_action_2 FOREIGN KEY (followup_action_code) REFERENCES kc.protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.valid_proto_action_action ADD CONSTRAINT fk_valid_proto_action_action_3 FOREIGN KEY (comm_decision_motion_type_code) REFERENCES kc.comm_decision_motion_type(comm_decision_motion_type_code);
ALTER TABLE kc.valid_proto_action_coresp ADD CONSTRAINT fk_valid_proto_action_cores_2 FOREIGN KEY (proto_corresp_type_code) REFERENCES kc.proto_corresp_type(proto_corresp_type_code);
ALTER TABLE kc.valid_proto_action_coresp ADD CONSTRAINT fk_valid_proto_action_coresp FOREIGN KEY (protocol_action_type_code) REFERENCES kc.protocol_action_type(protocol_action_type_code);
ALTER TABLE kc.valid_proto_sub_rev_type ADD CONSTRAINT fk2_valid_proto_sub_rev_type FOREIGN KEY (protocol_review_type_code) REFERENCES kc.protocol_review_type(protocol_review_type_code);
ALTER TABLE kc.valid_proto_sub_rev_type ADD CONSTRAINT fk_valid_proto_sub_rev_type FOREIGN KEY (submission_type_code) REFERENCES kc.submission_type(submission_type_code);
ALTER TABLE kc.valid_proto_sub_type_qual ADD CONSTRAINT fk2_valid_proto_sub_type_qual FOREIGN KEY (submission_type_qual_code) REFERENCES kc.submission_type_qualifier(submission_type_qual_code);
ALTER TABLE kc.valid_proto_sub_type_qual ADD CONSTRAINT fk_valid_proto_sub_type_qual FOREIGN KEY (submission_type_code) REFERENCES kc.submission_type(submission_type_code);
ALTER TABLE kc.valid_sp_rev_approval ADD CONSTRAINT fk_valid_sp_rev_approv_tp_kra FOREIGN KEY (approval_type_code) REFERENCES kc.sp_rev_approval_type(approval_type_code);
ALTER TABLE kc.valid_sp_rev_approval ADD CONSTRAINT fk_valid_sp_rev_approval_kra FOREIGN KEY (special_review_code) REFERENCES kc.special_review(special_review_code);
ALTER TABLE kc.ynq_explanation ADD CONSTRAINT fk_ynq_explanation_kra FOREIGN KEY (question_id) REFERENCES kc.ynq(question_id);
ALTER TABLE kc.ynq_explanation ADD CONSTRAINT fk_ynq_explanation_type_kra FOREIGN KEY (explanation_type) REFERENCES kc.ynq_explanation_type(explanation_type);
