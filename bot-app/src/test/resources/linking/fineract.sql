-- Apache Fineract, the open-source core-banking platform for microfinance (offices and staff, clients, groups and
-- centers, loans with products, charges, repayment schedules, transactions, arrears, guarantors, collateral,
-- rescheduling, tranches and provisioning; savings, fixed and recurring deposits with interest-rate charts; share
-- accounts and dividends; tellers and cashiers; funds, currencies, payment types; the general ledger with accounts,
-- closures, journal entries and product mappings; codes and code values, holidays, working days, calendars and
-- meetings, notes, documents, surveys and PPI scores, hooks, SMS and e-mail campaigns, reports, scheduler jobs, app
-- users, roles and permissions, credit bureaus, taxes), as the first part of its tenant Liquibase change log declares
-- it: fineract-provider/src/main/resources/db/changelog/tenant/parts/0001_initial_schema.xml of
-- github.com/apache/fineract (commit 4198b0b, 24 October 2024; Apache-2.0). Its createTable, addForeignKeyConstraint
-- and addUniqueConstraint change sets were turned into PostgreSQL by a one-off script and loaded into a scratch
-- PostgreSQL 15: all 220 tables, their primary keys (214 tables; c_external_service_properties,
-- m_deposit_product_interest_rate_chart, m_template_m_templatemappers, m_trial_balance, oauth_access_token and
-- oauth_refresh_token declare none) and the 368 foreign keys it declares
-- (every one points at a primary key), schema fineract; names lower-cased (the few camelCase columns the source
-- still has at that stage, e.g. m_creditbureau_token.tokenType, become tokentype), BIGINT -> bigint, INT -> integer,
-- SMALLINT/TINYINT -> smallint, boolean kept, VARCHAR kept with its length, TEXT/MEDIUMTEXT/LONGTEXT -> text, BLOB ->
-- bytea, DECIMAL -> numeric with its precision, DATETIME/TIMESTAMP -> timestamp; its six remarks kept as column
-- comments. Left out: auto-increment, defaults, ON DELETE/UPDATE actions, the 363 indexes and 90 unique constraints
-- (no foreign key points at one), and everything the later tenant parts (0002 onwards) and the module change logs do
-- after this baseline (the 17 tables those parts create, the modules' own tables, added, renamed and dropped columns,
-- data). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS fineract;
CREATE TABLE fineract.acc_accounting_rule (
    id bigint NOT NULL,
    name varchar(100),
    office_id bigint,
    debit_account_id bigint,
    allow_multiple_debits boolean NOT NULL,
    credit_account_id bigint,
    allow_multiple_credits boolean NOT NULL,
    description varchar(500),
    system_defined boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.acc_gl_account (
    id bigint NOT NULL,
    name varchar(200) NOT NULL,
    parent_id bigint,
    hierarchy varchar(50),
    gl_code varchar(45) NOT NULL,
    disabled boolean NOT NULL,
    manual_journal_entries_allowed boolean NOT NULL,
    account_usage smallint NOT NULL,
    classification_enum smallint NOT NULL,
    tag_id integer,
    description varchar(500),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.acc_gl_closure (
    id bigint NOT NULL,
    office_id bigint NOT NULL,
    closing_date date NOT NULL,
    is_deleted boolean NOT NULL,
    createdby_id bigint,
    lastmodifiedby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    comments varchar(500),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.acc_gl_financial_activity_account (
    id bigint NOT NULL,
    gl_account_id bigint NOT NULL,
    financial_activity_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.acc_gl_journal_entry (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    office_id bigint NOT NULL,
    reversal_id bigint,
    currency_code varchar(3) NOT NULL,
    transaction_id varchar(50) NOT NULL,
    loan_transaction_id bigint,
    savings_transaction_id bigint,
    client_transaction_id bigint,
    reversed boolean NOT NULL,
    ref_num varchar(100),
    manual_entry boolean NOT NULL,
    entry_date date NOT NULL,
    type_enum smallint NOT NULL,
    amount numeric(19,6) NOT NULL,
    description varchar(500),
    entity_type_enum smallint,
    entity_id bigint,
    createdby_id bigint NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    created_date timestamp NOT NULL,
    lastmodified_date timestamp NOT NULL,
    is_running_balance_calculated boolean NOT NULL,
    office_running_balance numeric(19,6) NOT NULL,
    organization_running_balance numeric(19,6) NOT NULL,
    payment_details_id bigint,
    share_transaction_id bigint,
    transaction_date date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.acc_product_mapping (
    id bigint NOT NULL,
    gl_account_id bigint,
    product_id bigint,
    product_type smallint,
    payment_type integer,
    charge_id bigint,
    financial_account_type smallint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.acc_rule_tags (
    id bigint NOT NULL,
    acc_rule_id bigint NOT NULL,
    tag_id integer NOT NULL,
    acc_type_enum smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.c_account_number_format (
    id bigint NOT NULL,
    account_type_enum smallint NOT NULL,
    prefix_type_enum smallint,
    prefix_character varchar(50),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.c_cache (
    id bigint NOT NULL,
    cache_type_enum smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.c_configuration (
    id bigint NOT NULL,
    name varchar(100),
    value integer,
    date_value date,
    string_value varchar(100),
    enabled boolean NOT NULL,
    is_trap_door boolean NOT NULL,
    description varchar(300),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.c_external_service (
    id bigint NOT NULL,
    name varchar(100),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.c_external_service_properties (
    name varchar(150) NOT NULL,
    value varchar(250),
    external_service_id bigint NOT NULL
);
CREATE TABLE fineract.client_device_registration (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    updatedon_date timestamp NOT NULL,
    registration_id varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.glim_accounts (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    account_number varchar(50) NOT NULL,
    principal_amount numeric(19,6) NOT NULL,
    child_accounts_count integer NOT NULL,
    accepting_child boolean NOT NULL,
    loan_status_id smallint NOT NULL,
    application_id numeric(10),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.gsim_accounts (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    account_number varchar(50) NOT NULL,
    parent_deposit numeric(19,6) NOT NULL,
    child_accounts_count integer NOT NULL,
    accepting_child boolean NOT NULL,
    savings_status_id smallint NOT NULL,
    application_id numeric(10),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.interop_identifier (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    type varchar(32) NOT NULL,
    a_value varchar(128) NOT NULL,
    sub_value_or_type varchar(128),
    created_by varchar(32) NOT NULL,
    created_on timestamp NOT NULL,
    modified_by varchar(32),
    modified_on timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.job (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    display_name varchar(100) NOT NULL,
    cron_expression varchar(20) NOT NULL,
    create_time timestamp NOT NULL,
    task_priority smallint NOT NULL,
    group_name varchar(50),
    previous_run_start_time timestamp,
    next_run_time timestamp,
    job_key varchar(500),
    initializing_errorlog text,
    is_active boolean NOT NULL,
    currently_running boolean NOT NULL,
    updates_allowed boolean NOT NULL,
    scheduler_group smallint NOT NULL,
    is_misfired boolean NOT NULL,
    node_id integer,
    is_mismatched_job boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.job_parameters (
    id bigint NOT NULL,
    job_id bigint NOT NULL,
    parameter_name varchar(100) NOT NULL,
    parameter_value integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.job_run_history (
    id bigint NOT NULL,
    job_id bigint NOT NULL,
    version bigint NOT NULL,
    start_time timestamp NOT NULL,
    end_time timestamp NOT NULL,
    status varchar(10) NOT NULL,
    error_message text,
    trigger_type varchar(25) NOT NULL,
    error_log text,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_account_transfer_details (
    id bigint NOT NULL,
    from_office_id bigint NOT NULL,
    to_office_id bigint NOT NULL,
    from_client_id bigint,
    to_client_id bigint,
    from_savings_account_id bigint,
    to_savings_account_id bigint,
    from_loan_account_id bigint,
    to_loan_account_id bigint,
    transfer_type smallint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_account_transfer_standing_instructions (
    id bigint NOT NULL,
    name varchar(250) NOT NULL,
    account_transfer_details_id bigint NOT NULL,
    priority smallint NOT NULL,
    status smallint NOT NULL,
    instruction_type smallint NOT NULL,
    amount numeric(19,6),
    valid_from date NOT NULL,
    valid_till date,
    recurrence_type smallint NOT NULL,
    recurrence_frequency smallint,
    recurrence_interval smallint,
    recurrence_on_day smallint,
    recurrence_on_month smallint,
    last_run_date date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_account_transfer_standing_instructions_history (
    id bigint NOT NULL,
    standing_instruction_id bigint NOT NULL,
    status varchar(20) NOT NULL,
    execution_time timestamp NOT NULL,
    amount numeric(19,6) NOT NULL,
    error_log varchar(500),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_account_transfer_transaction (
    id bigint NOT NULL,
    account_transfer_details_id bigint NOT NULL,
    from_savings_transaction_id bigint,
    from_loan_transaction_id bigint,
    to_savings_transaction_id bigint,
    to_loan_transaction_id bigint,
    is_reversed boolean NOT NULL,
    transaction_date date NOT NULL,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    amount numeric(19,6) NOT NULL,
    description varchar(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_address (
    id bigint NOT NULL,
    street varchar(100),
    address_line_1 varchar(100),
    address_line_2 varchar(100),
    address_line_3 varchar(100),
    town_village varchar(100),
    city varchar(100),
    county_district varchar(100),
    state_province_id integer,
    country_id integer,
    postal_code varchar(10),
    latitude numeric(10,8),
    longitude numeric(10,8),
    created_by varchar(100),
    created_on date,
    updated_by varchar(100),
    updated_on date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_adhoc (
    id bigint NOT NULL,
    name varchar(100),
    query varchar(2000),
    table_name varchar(100),
    table_fields varchar(1000),
    email varchar(500),
    isactive boolean NOT NULL,
    created_date timestamp,
    createdby_id bigint NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    lastmodified_date timestamp,
    report_run_frequency_code integer,
    report_run_every integer,
    last_run timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_appuser (
    id bigint NOT NULL,
    is_deleted boolean NOT NULL,
    office_id bigint,
    staff_id bigint,
    username varchar(100) NOT NULL,
    firstname varchar(100) NOT NULL,
    lastname varchar(100) NOT NULL,
    password varchar(255) NOT NULL,
    email varchar(100) NOT NULL,
    firsttime_login_remaining boolean NOT NULL,
    nonexpired boolean NOT NULL,
    nonlocked boolean NOT NULL,
    nonexpired_credentials boolean NOT NULL,
    enabled boolean NOT NULL,
    last_time_password_updated date NOT NULL,
    password_never_expires boolean NOT NULL,
    is_self_service_user boolean NOT NULL,
    cannot_change_password boolean,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN fineract.m_appuser.password_never_expires IS 'define if the password, should be check for validity period or not';
CREATE TABLE fineract.m_appuser_previous_password (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    password varchar(255) NOT NULL,
    removal_date date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_appuser_role (
    appuser_id bigint NOT NULL,
    role_id bigint NOT NULL,
    PRIMARY KEY (appuser_id, role_id)
);
CREATE TABLE fineract.m_calendar (
    id bigint NOT NULL,
    title varchar(70) NOT NULL,
    description varchar(100),
    location varchar(50),
    start_date date NOT NULL,
    end_date date,
    duration smallint,
    calendar_type_enum smallint NOT NULL,
    repeating boolean NOT NULL,
    recurrence varchar(100),
    remind_by_enum smallint,
    first_reminder smallint,
    second_reminder smallint,
    createdby_id bigint,
    lastmodifiedby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    meeting_time time,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_calendar_history (
    id bigint NOT NULL,
    calendar_id bigint NOT NULL,
    title varchar(70) NOT NULL,
    description varchar(100),
    location varchar(50),
    start_date date NOT NULL,
    end_date date,
    duration smallint,
    calendar_type_enum smallint NOT NULL,
    repeating boolean NOT NULL,
    recurrence varchar(100),
    remind_by_enum smallint,
    first_reminder smallint,
    second_reminder smallint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_calendar_instance (
    id bigint NOT NULL,
    calendar_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    entity_type_enum smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_cashier_transactions (
    id bigint NOT NULL,
    cashier_id bigint NOT NULL,
    txn_type smallint NOT NULL,
    txn_amount numeric(19,6) NOT NULL,
    txn_date date NOT NULL,
    created_date timestamp NOT NULL,
    entity_type varchar(50),
    entity_id bigint,
    txn_note varchar(200),
    currency_code varchar(3),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_cashiers (
    id bigint NOT NULL,
    staff_id bigint,
    teller_id bigint,
    description varchar(100),
    start_date date,
    end_date date,
    start_time varchar(10),
    end_time varchar(10),
    full_day boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_charge (
    id bigint NOT NULL,
    name varchar(100),
    currency_code varchar(3) NOT NULL,
    charge_applies_to_enum smallint NOT NULL,
    charge_time_enum smallint NOT NULL,
    charge_calculation_enum smallint NOT NULL,
    charge_payment_mode_enum smallint,
    amount numeric(19,6) NOT NULL,
    fee_on_day smallint,
    fee_interval smallint,
    fee_on_month smallint,
    is_penalty boolean NOT NULL,
    is_active boolean NOT NULL,
    is_deleted boolean NOT NULL,
    min_cap numeric(19,6),
    max_cap numeric(19,6),
    fee_frequency smallint,
    is_free_withdrawal boolean NOT NULL,
    free_withdrawal_charge_frequency integer,
    restart_frequency integer,
    restart_frequency_enum integer,
    is_payment_type boolean,
    payment_type_id integer,
    income_or_liability_account_id bigint,
    tax_group_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client (
    id bigint NOT NULL,
    account_no varchar(20) NOT NULL,
    external_id varchar(100),
    status_enum integer NOT NULL,
    sub_status integer,
    activation_date date,
    office_joining_date date,
    office_id bigint NOT NULL,
    transfer_to_office_id bigint,
    staff_id bigint,
    firstname varchar(50),
    middlename varchar(50),
    lastname varchar(50),
    fullname varchar(100),
    display_name varchar(100) NOT NULL,
    mobile_no varchar(50),
    is_staff boolean NOT NULL,
    gender_cv_id integer,
    date_of_birth date,
    image_id bigint,
    closure_reason_cv_id integer,
    closedon_date date,
    updated_by bigint,
    updated_on date,
    submittedon_date date,
    submittedon_userid bigint,
    activatedon_userid bigint,
    closedon_userid bigint,
    default_savings_product bigint,
    default_savings_account bigint,
    client_type_cv_id integer,
    client_classification_cv_id integer,
    reject_reason_cv_id integer,
    rejectedon_date date,
    rejectedon_userid bigint,
    withdraw_reason_cv_id integer,
    withdrawn_on_date date,
    withdraw_on_userid bigint,
    reactivated_on_date date,
    reactivated_on_userid bigint,
    legal_form_enum integer,
    reopened_on_date date,
    reopened_by_userid bigint,
    email_address varchar(150),
    proposed_transfer_date date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_address (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    address_id bigint NOT NULL,
    address_type_id integer NOT NULL,
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_attendance (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    meeting_id bigint NOT NULL,
    attendance_type_enum smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_charge (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    charge_id bigint NOT NULL,
    is_penalty boolean NOT NULL,
    charge_time_enum smallint NOT NULL,
    charge_due_date date,
    charge_calculation_enum smallint NOT NULL,
    amount numeric(19,6) NOT NULL,
    amount_paid_derived numeric(19,6),
    amount_waived_derived numeric(19,6),
    amount_writtenoff_derived numeric(19,6),
    amount_outstanding_derived numeric(19,6) NOT NULL,
    is_paid_derived boolean,
    waived boolean,
    is_active boolean,
    inactivated_on_date date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_charge_paid_by (
    id bigint NOT NULL,
    client_transaction_id bigint NOT NULL,
    client_charge_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_collateral_management (
    id bigint NOT NULL,
    quantity numeric(20,5) NOT NULL,
    client_id bigint,
    collateral_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_identifier (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    document_type_id integer NOT NULL,
    document_key varchar(50) NOT NULL,
    status integer NOT NULL,
    active integer,
    description varchar(500),
    createdby_id bigint,
    lastmodifiedby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_non_person (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    constitution_cv_id integer NOT NULL,
    incorp_no varchar(50),
    incorp_validity_till timestamp,
    main_business_line_cv_id integer,
    remarks varchar(150),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_transaction (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    office_id bigint NOT NULL,
    currency_code varchar(3) NOT NULL,
    payment_detail_id bigint,
    is_reversed boolean NOT NULL,
    external_id varchar(50),
    transaction_date date NOT NULL,
    transaction_type_enum smallint NOT NULL,
    amount numeric(19,6) NOT NULL,
    created_date timestamp NOT NULL,
    appuser_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_client_transfer_details (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    from_office_id bigint NOT NULL,
    to_office_id bigint NOT NULL,
    proposed_transfer_date date,
    transfer_type smallint NOT NULL,
    submitted_on date NOT NULL,
    submitted_by bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_code (
    id integer NOT NULL,
    code_name varchar(100),
    is_system_defined boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_code_value (
    id integer NOT NULL,
    code_id integer NOT NULL,
    code_value varchar(100),
    code_description varchar(500),
    order_position integer NOT NULL,
    code_score integer,
    is_active boolean NOT NULL,
    is_mandatory boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_collateral_management (
    id bigint NOT NULL,
    name varchar(50) NOT NULL,
    quality varchar(40) NOT NULL,
    base_price numeric(20,5) NOT NULL,
    unit_type varchar(10) NOT NULL,
    pct_to_base numeric(20,5) NOT NULL,
    currency bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_creditbureau (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    product varchar(100) NOT NULL,
    country varchar(100) NOT NULL,
    implementationkey varchar(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_creditbureau_configuration (
    id bigint NOT NULL,
    configkey varchar(50),
    value text,
    organisation_creditbureau_id bigint,
    description varchar(50),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_creditbureau_loanproduct_mapping (
    id bigint NOT NULL,
    organisation_creditbureau_id bigint NOT NULL,
    loan_product_id bigint NOT NULL,
    is_creditcheck_mandatory boolean,
    skip_creditcheck_in_failure boolean,
    stale_period integer,
    isactive boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_creditbureau_token (
    id integer NOT NULL,
    username varchar(128),
    token text,
    tokentype varchar(128),
    expiresin varchar(128),
    issued varchar(128),
    expirydate date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_creditreport (
    id integer NOT NULL,
    creditbureauid bigint,
    nationalid varchar(128),
    creditreports bytea,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_currency (
    id bigint NOT NULL,
    code varchar(3) NOT NULL,
    decimal_places smallint NOT NULL,
    currency_multiplesof smallint,
    display_symbol varchar(10),
    name varchar(50) NOT NULL,
    internationalized_name_code varchar(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_deposit_account_on_hold_transaction (
    id bigint NOT NULL,
    savings_account_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    transaction_type_enum smallint NOT NULL,
    transaction_date date NOT NULL,
    is_reversed boolean NOT NULL,
    created_date timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_deposit_account_recurring_detail (
    id bigint NOT NULL,
    savings_account_id bigint NOT NULL,
    mandatory_recommended_deposit_amount numeric(19,6),
    is_mandatory boolean NOT NULL,
    allow_withdrawal boolean NOT NULL,
    adjust_advance_towards_future_payments boolean NOT NULL,
    is_calendar_inherited boolean NOT NULL,
    total_overdue_amount numeric(19,6),
    no_of_overdue_installments integer,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_deposit_account_term_and_preclosure (
    id bigint NOT NULL,
    savings_account_id bigint NOT NULL,
    min_deposit_term integer,
    max_deposit_term integer,
    min_deposit_term_type_enum smallint,
    max_deposit_term_type_enum smallint,
    in_multiples_of_deposit_term integer,
    in_multiples_of_deposit_term_type_enum smallint,
    pre_closure_penal_applicable boolean,
    pre_closure_penal_interest numeric(19,6),
    pre_closure_penal_interest_on_enum smallint,
    deposit_period integer,
    deposit_period_frequency_enum smallint,
    deposit_amount numeric(19,6),
    maturity_amount numeric(19,6),
    maturity_date date,
    on_account_closure_enum smallint,
    expected_firstdepositon_date date,
    transfer_interest_to_linked_account boolean NOT NULL,
    transfer_to_savings_account_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_deposit_product_interest_rate_chart (
    deposit_product_id bigint NOT NULL,
    interest_rate_chart_id bigint NOT NULL
);
CREATE TABLE fineract.m_deposit_product_recurring_detail (
    id bigint NOT NULL,
    savings_product_id bigint NOT NULL,
    is_mandatory boolean NOT NULL,
    allow_withdrawal boolean NOT NULL,
    adjust_advance_towards_future_payments boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_deposit_product_term_and_preclosure (
    id bigint NOT NULL,
    savings_product_id bigint NOT NULL,
    min_deposit_term integer,
    max_deposit_term integer,
    min_deposit_term_type_enum smallint,
    max_deposit_term_type_enum smallint,
    in_multiples_of_deposit_term integer,
    in_multiples_of_deposit_term_type_enum smallint,
    pre_closure_penal_applicable boolean,
    pre_closure_penal_interest numeric(19,6),
    pre_closure_penal_interest_on_enum smallint,
    min_deposit_amount numeric(19,6),
    max_deposit_amount numeric(19,6),
    deposit_amount numeric(19,6),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_document (
    id integer NOT NULL,
    parent_entity_type varchar(50) NOT NULL,
    parent_entity_id integer NOT NULL,
    name varchar(250) NOT NULL,
    file_name varchar(250) NOT NULL,
    size integer,
    type varchar(500),
    description varchar(1000),
    location varchar(500) NOT NULL,
    storage_type_enum smallint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_entity_datatable_check (
    id integer NOT NULL,
    application_table_name varchar(200) NOT NULL,
    x_registered_table_name varchar(50) NOT NULL,
    status_enum integer NOT NULL,
    system_defined boolean NOT NULL,
    product_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_entity_relation (
    id bigint NOT NULL,
    from_entity_type integer NOT NULL,
    to_entity_type integer NOT NULL,
    code_name varchar(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_entity_to_entity_access (
    id bigint NOT NULL,
    entity_type varchar(50) NOT NULL,
    entity_id bigint NOT NULL,
    access_type_code_value_id integer NOT NULL,
    second_entity_type varchar(50) NOT NULL,
    second_entity_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_entity_to_entity_mapping (
    id bigint NOT NULL,
    rel_id bigint NOT NULL,
    from_id bigint NOT NULL,
    to_id bigint NOT NULL,
    start_date date,
    end_date date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_family_members (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    firstname varchar(50) NOT NULL,
    middlename varchar(50),
    lastname varchar(50),
    qualification varchar(50),
    relationship_cv_id integer NOT NULL,
    marital_status_cv_id integer,
    gender_cv_id integer,
    date_of_birth date,
    age integer,
    profession_cv_id integer,
    mobile_number varchar(50),
    is_dependent boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_field_configuration (
    id bigint NOT NULL,
    entity varchar(100) NOT NULL,
    subentity varchar(100) NOT NULL,
    field varchar(100) NOT NULL,
    is_enabled boolean NOT NULL,
    is_mandatory boolean NOT NULL,
    validation_regex varchar(50),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_floating_rates (
    id bigint NOT NULL,
    name varchar(200) NOT NULL,
    is_base_lending_rate boolean NOT NULL,
    is_active boolean NOT NULL,
    createdby_id bigint NOT NULL,
    created_date timestamp NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    lastmodified_date timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_floating_rates_periods (
    id bigint NOT NULL,
    floating_rates_id bigint NOT NULL,
    from_date timestamp NOT NULL,
    interest_rate numeric(19,6) NOT NULL,
    is_differential_to_base_lending_rate boolean NOT NULL,
    is_active boolean NOT NULL,
    createdby_id bigint NOT NULL,
    created_date timestamp NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    lastmodified_date timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_fund (
    id bigint NOT NULL,
    name varchar(255),
    external_id varchar(100),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_group (
    id bigint NOT NULL,
    external_id varchar(100),
    status_enum integer NOT NULL,
    activation_date date,
    office_id bigint NOT NULL,
    staff_id bigint,
    parent_id bigint,
    level_id integer NOT NULL,
    display_name varchar(100) NOT NULL,
    hierarchy varchar(100),
    closure_reason_cv_id integer,
    closedon_date date,
    activatedon_userid bigint,
    submittedon_date date,
    submittedon_userid bigint,
    closedon_userid bigint,
    account_no varchar(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_group_client (
    group_id bigint NOT NULL,
    client_id bigint NOT NULL,
    PRIMARY KEY (group_id, client_id)
);
CREATE TABLE fineract.m_group_level (
    id integer NOT NULL,
    parent_id integer,
    super_parent boolean NOT NULL,
    level_name varchar(100) NOT NULL,
    recursable boolean NOT NULL,
    can_have_clients boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_group_roles (
    id bigint NOT NULL,
    client_id bigint,
    group_id bigint,
    role_cv_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_guarantor (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    client_reln_cv_id integer,
    type_enum smallint NOT NULL,
    entity_id bigint,
    firstname varchar(50),
    lastname varchar(50),
    dob date,
    address_line_1 varchar(500),
    address_line_2 varchar(500),
    city varchar(50),
    state varchar(50),
    country varchar(50),
    zip varchar(20),
    house_phone_number varchar(20),
    mobile_number varchar(20),
    comment varchar(500),
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_guarantor_funding_details (
    id bigint NOT NULL,
    guarantor_id bigint NOT NULL,
    account_associations_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    amount_released_derived numeric(19,6),
    amount_remaining_derived numeric(19,6),
    amount_transfered_derived numeric(19,6),
    status_enum smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_guarantor_transaction (
    id bigint NOT NULL,
    guarantor_fund_detail_id bigint NOT NULL,
    loan_transaction_id bigint,
    deposit_on_hold_transaction_id bigint NOT NULL,
    is_reversed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_holiday (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    from_date timestamp NOT NULL,
    to_date timestamp NOT NULL,
    repayments_rescheduled_to timestamp,
    status_enum integer NOT NULL,
    processed boolean NOT NULL,
    description varchar(100),
    rescheduling_type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_holiday_office (
    holiday_id bigint NOT NULL,
    office_id bigint NOT NULL,
    PRIMARY KEY (holiday_id, office_id)
);
CREATE TABLE fineract.m_hook (
    id bigint NOT NULL,
    template_id smallint NOT NULL,
    is_active boolean NOT NULL,
    name varchar(45) NOT NULL,
    createdby_id bigint,
    created_date timestamp,
    lastmodifiedby_id bigint,
    lastmodified_date timestamp,
    ugd_template_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_hook_configuration (
    id bigint NOT NULL,
    hook_id bigint,
    field_type varchar(45) NOT NULL,
    field_name varchar(100) NOT NULL,
    field_value varchar(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_hook_registered_events (
    id bigint NOT NULL,
    hook_id bigint NOT NULL,
    entity_name varchar(45) NOT NULL,
    action_name varchar(45) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_hook_schema (
    id smallint NOT NULL,
    hook_template_id smallint NOT NULL,
    field_type varchar(45) NOT NULL,
    field_name varchar(100) NOT NULL,
    placeholder varchar(100),
    optional boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_hook_templates (
    id smallint NOT NULL,
    name varchar(45) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_image (
    id bigint NOT NULL,
    location varchar(500),
    storage_type_enum smallint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_import_document (
    id bigint NOT NULL,
    document_id integer NOT NULL,
    import_time timestamp NOT NULL,
    end_time timestamp,
    entity_type smallint NOT NULL,
    completed boolean,
    total_records bigint,
    success_count bigint,
    failure_count bigint,
    createdby_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_interest_incentives (
    id bigint NOT NULL,
    interest_rate_slab_id bigint NOT NULL,
    entiry_type smallint NOT NULL,
    attribute_name smallint NOT NULL,
    condition_type smallint NOT NULL,
    attribute_value varchar(50) NOT NULL,
    incentive_type smallint NOT NULL,
    amount numeric(19,6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_interest_rate_chart (
    id bigint NOT NULL,
    name varchar(100),
    description varchar(200),
    from_date date NOT NULL,
    end_date date,
    is_primary_grouping_by_amount boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_interest_rate_slab (
    id bigint NOT NULL,
    interest_rate_chart_id bigint NOT NULL,
    description varchar(200),
    period_type_enum smallint,
    from_period integer,
    to_period integer,
    amount_range_from numeric(19,6),
    amount_range_to numeric(19,6),
    annual_interest_rate numeric(19,6) NOT NULL,
    currency_code varchar(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan (
    id bigint NOT NULL,
    account_no varchar(20) NOT NULL,
    external_id varchar(100),
    client_id bigint,
    group_id bigint,
    glim_id bigint,
    product_id bigint,
    fund_id bigint,
    loan_officer_id bigint,
    loanpurpose_cv_id integer,
    loan_status_id smallint NOT NULL,
    loan_type_enum smallint NOT NULL,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    principal_amount_proposed numeric(19,6) NOT NULL,
    principal_amount numeric(19,6) NOT NULL,
    approved_principal numeric(19,6) NOT NULL,
    net_disbursal_amount numeric(19,6) NOT NULL,
    arrearstolerance_amount numeric(19,6),
    is_floating_interest_rate boolean,
    interest_rate_differential numeric(19,6),
    nominal_interest_rate_per_period numeric(19,6),
    interest_period_frequency_enum smallint,
    annual_nominal_interest_rate numeric(19,6),
    interest_method_enum smallint NOT NULL,
    interest_calculated_in_period_enum smallint NOT NULL,
    allow_partial_period_interest_calcualtion boolean NOT NULL,
    term_frequency smallint NOT NULL,
    term_period_frequency_enum smallint NOT NULL,
    repay_every smallint NOT NULL,
    repayment_period_frequency_enum smallint NOT NULL,
    number_of_repayments smallint NOT NULL,
    grace_on_principal_periods smallint,
    recurring_moratorium_principal_periods smallint,
    grace_on_interest_periods smallint,
    grace_interest_free_periods smallint,
    amortization_method_enum smallint NOT NULL,
    submittedon_date date,
    submittedon_userid bigint,
    approvedon_date date,
    approvedon_userid bigint,
    expected_disbursedon_date date,
    expected_firstrepaymenton_date date,
    interest_calculated_from_date date,
    disbursedon_date date,
    disbursedon_userid bigint,
    expected_maturedon_date date,
    maturedon_date date,
    closedon_date date,
    closedon_userid bigint,
    total_charges_due_at_disbursement_derived numeric(19,6),
    principal_disbursed_derived numeric(19,6) NOT NULL,
    principal_repaid_derived numeric(19,6) NOT NULL,
    principal_writtenoff_derived numeric(19,6) NOT NULL,
    principal_outstanding_derived numeric(19,6) NOT NULL,
    interest_charged_derived numeric(19,6) NOT NULL,
    interest_repaid_derived numeric(19,6) NOT NULL,
    interest_waived_derived numeric(19,6) NOT NULL,
    interest_writtenoff_derived numeric(19,6) NOT NULL,
    interest_outstanding_derived numeric(19,6) NOT NULL,
    fee_charges_charged_derived numeric(19,6) NOT NULL,
    fee_charges_repaid_derived numeric(19,6) NOT NULL,
    fee_charges_waived_derived numeric(19,6) NOT NULL,
    fee_charges_writtenoff_derived numeric(19,6) NOT NULL,
    fee_charges_outstanding_derived numeric(19,6) NOT NULL,
    penalty_charges_charged_derived numeric(19,6) NOT NULL,
    penalty_charges_repaid_derived numeric(19,6) NOT NULL,
    penalty_charges_waived_derived numeric(19,6) NOT NULL,
    penalty_charges_writtenoff_derived numeric(19,6) NOT NULL,
    penalty_charges_outstanding_derived numeric(19,6) NOT NULL,
    total_expected_repayment_derived numeric(19,6) NOT NULL,
    total_repayment_derived numeric(19,6) NOT NULL,
    total_expected_costofloan_derived numeric(19,6) NOT NULL,
    total_costofloan_derived numeric(19,6) NOT NULL,
    total_waived_derived numeric(19,6) NOT NULL,
    total_writtenoff_derived numeric(19,6) NOT NULL,
    total_outstanding_derived numeric(19,6) NOT NULL,
    total_overpaid_derived numeric(19,6),
    rejectedon_date date,
    rejectedon_userid bigint,
    rescheduledon_date date,
    rescheduledon_userid bigint,
    withdrawnon_date date,
    withdrawnon_userid bigint,
    writtenoffon_date date,
    loan_transaction_strategy_id bigint,
    sync_disbursement_with_meeting boolean,
    loan_counter smallint,
    loan_product_counter smallint,
    fixed_emi_amount numeric(19,6),
    max_outstanding_loan_balance numeric(19,6),
    grace_on_arrears_ageing smallint,
    is_npa boolean NOT NULL,
    total_recovered_derived numeric(19,6),
    accrued_till date,
    interest_recalcualated_on date,
    days_in_month_enum smallint NOT NULL,
    days_in_year_enum smallint NOT NULL,
    interest_recalculation_enabled boolean NOT NULL,
    guarantee_amount_derived numeric(19,6),
    create_standing_instruction_at_disbursement boolean,
    version integer NOT NULL,
    writeoff_reason_cv_id integer,
    loan_sub_status_id smallint,
    is_topup boolean NOT NULL,
    is_equal_amortization boolean NOT NULL,
    fixed_principal_percentage_per_installment numeric(5,2),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_arrears_aging (
    loan_id bigint NOT NULL,
    principal_overdue_derived numeric(19,6) NOT NULL,
    interest_overdue_derived numeric(19,6) NOT NULL,
    fee_charges_overdue_derived numeric(19,6) NOT NULL,
    penalty_charges_overdue_derived numeric(19,6) NOT NULL,
    total_overdue_derived numeric(19,6) NOT NULL,
    overdue_since_date_derived date,
    PRIMARY KEY (loan_id)
);
CREATE TABLE fineract.m_loan_charge (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    charge_id bigint NOT NULL,
    is_penalty boolean NOT NULL,
    charge_time_enum smallint NOT NULL,
    due_for_collection_as_of_date date,
    charge_calculation_enum smallint NOT NULL,
    charge_payment_mode_enum smallint NOT NULL,
    calculation_percentage numeric(19,6),
    calculation_on_amount numeric(19,6),
    charge_amount_or_percentage numeric(19,6),
    amount numeric(19,6) NOT NULL,
    amount_paid_derived numeric(19,6),
    amount_waived_derived numeric(19,6),
    amount_writtenoff_derived numeric(19,6),
    amount_outstanding_derived numeric(19,6) NOT NULL,
    is_paid_derived boolean NOT NULL,
    waived boolean NOT NULL,
    min_cap numeric(19,6),
    max_cap numeric(19,6),
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_charge_paid_by (
    id bigint NOT NULL,
    loan_transaction_id bigint NOT NULL,
    loan_charge_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    installment_number smallint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_collateral (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    type_cv_id integer NOT NULL,
    value numeric(19,6),
    description varchar(500),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_collateral_management (
    id bigint NOT NULL,
    quantity numeric(20,5) NOT NULL,
    loan_id bigint,
    client_collateral_id bigint,
    is_released boolean,
    transaction_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_disbursement_detail (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    expected_disburse_date timestamp NOT NULL,
    disbursedon_date timestamp,
    principal numeric(19,6) NOT NULL,
    net_disbursal_amount numeric(19,6),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_installment_charge (
    id bigint NOT NULL,
    loan_charge_id bigint NOT NULL,
    loan_schedule_id bigint NOT NULL,
    due_date date,
    amount numeric(19,6) NOT NULL,
    amount_paid_derived numeric(19,6),
    amount_waived_derived numeric(19,6),
    amount_writtenoff_derived numeric(19,6),
    amount_outstanding_derived numeric(19,6) NOT NULL,
    is_paid_derived boolean NOT NULL,
    waived boolean NOT NULL,
    amount_through_charge_payment numeric(19,6),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_interest_recalculation_additional_details (
    id bigint NOT NULL,
    loan_repayment_schedule_id bigint NOT NULL,
    effective_date date NOT NULL,
    amount numeric(19,6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_officer_assignment_history (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    loan_officer_id bigint,
    start_date date NOT NULL,
    end_date date,
    createdby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    lastmodifiedby_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_overdue_installment_charge (
    id bigint NOT NULL,
    loan_charge_id bigint NOT NULL,
    loan_schedule_id bigint NOT NULL,
    frequency_number integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_paid_in_advance (
    loan_id bigint NOT NULL,
    principal_in_advance_derived numeric(19,6) NOT NULL,
    interest_in_advance_derived numeric(19,6) NOT NULL,
    fee_charges_in_advance_derived numeric(19,6) NOT NULL,
    penalty_charges_in_advance_derived numeric(19,6) NOT NULL,
    total_in_advance_derived numeric(19,6) NOT NULL,
    PRIMARY KEY (loan_id)
);
CREATE TABLE fineract.m_loan_rate (
    loan_id bigint NOT NULL,
    rate_id bigint NOT NULL,
    PRIMARY KEY (loan_id, rate_id)
);
CREATE TABLE fineract.m_loan_recalculation_details (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    compound_type_enum smallint NOT NULL,
    reschedule_strategy_enum smallint NOT NULL,
    rest_frequency_type_enum smallint NOT NULL,
    rest_frequency_interval smallint NOT NULL,
    compounding_frequency_type_enum smallint,
    compounding_frequency_interval smallint,
    rest_frequency_nth_day_enum integer,
    rest_frequency_on_day integer,
    rest_frequency_weekday_enum integer,
    compounding_frequency_nth_day_enum integer,
    compounding_frequency_on_day integer,
    is_compounding_to_be_posted_as_transaction boolean NOT NULL,
    compounding_frequency_weekday_enum integer,
    allow_compounding_on_eod boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_repayment_schedule (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    fromdate date,
    duedate date NOT NULL,
    installment smallint NOT NULL,
    principal_amount numeric(19,6),
    principal_completed_derived numeric(19,6),
    principal_writtenoff_derived numeric(19,6),
    interest_amount numeric(19,6),
    interest_completed_derived numeric(19,6),
    interest_writtenoff_derived numeric(19,6),
    interest_waived_derived numeric(19,6),
    accrual_interest_derived numeric(19,6),
    reschedule_interest_portion numeric(19,6),
    fee_charges_amount numeric(19,6),
    fee_charges_completed_derived numeric(19,6),
    fee_charges_writtenoff_derived numeric(19,6),
    fee_charges_waived_derived numeric(19,6),
    accrual_fee_charges_derived numeric(19,6),
    penalty_charges_amount numeric(19,6),
    penalty_charges_completed_derived numeric(19,6),
    penalty_charges_writtenoff_derived numeric(19,6),
    penalty_charges_waived_derived numeric(19,6),
    accrual_penalty_charges_derived numeric(19,6),
    total_paid_in_advance_derived numeric(19,6),
    total_paid_late_derived numeric(19,6),
    completed_derived boolean NOT NULL,
    obligations_met_on_date date,
    createdby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    lastmodifiedby_id bigint,
    recalculated_interest_component boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_repayment_schedule_history (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    loan_reschedule_request_id bigint,
    fromdate date,
    duedate date NOT NULL,
    installment smallint NOT NULL,
    principal_amount numeric(19,6),
    interest_amount numeric(19,6),
    fee_charges_amount numeric(19,6),
    penalty_charges_amount numeric(19,6),
    createdby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    lastmodifiedby_id bigint,
    version integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_reschedule_request (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    status_enum smallint NOT NULL,
    reschedule_from_installment smallint NOT NULL,
    reschedule_from_date date NOT NULL,
    recalculate_interest boolean,
    reschedule_reason_cv_id integer,
    reschedule_reason_comment varchar(500),
    submitted_on_date date NOT NULL,
    submitted_by_user_id bigint NOT NULL,
    approved_on_date date,
    approved_by_user_id bigint,
    rejected_on_date date,
    rejected_by_user_id bigint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN fineract.m_loan_reschedule_request.reschedule_from_installment IS 'Rescheduling will start from this installment';
COMMENT ON COLUMN fineract.m_loan_reschedule_request.reschedule_from_date IS 'Rescheduling will start from the installment with due date similar to this date.';
COMMENT ON COLUMN fineract.m_loan_reschedule_request.recalculate_interest IS 'If set to 1, interest will be recalculated starting from the reschedule period.';
COMMENT ON COLUMN fineract.m_loan_reschedule_request.reschedule_reason_cv_id IS 'ID of code value of reason for rescheduling';
COMMENT ON COLUMN fineract.m_loan_reschedule_request.reschedule_reason_comment IS 'Text provided in addition to the reason code value';
CREATE TABLE fineract.m_loan_reschedule_request_term_variations_mapping (
    id bigint NOT NULL,
    loan_reschedule_request_id bigint NOT NULL,
    loan_term_variations_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_term_variations (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    term_type smallint NOT NULL,
    applicable_date date NOT NULL,
    decimal_value numeric(19,6),
    date_value date,
    is_specific_to_installment boolean NOT NULL,
    applied_on_loan_status smallint NOT NULL,
    is_active boolean NOT NULL,
    parent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_topup (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    closure_loan_id bigint NOT NULL,
    account_transfer_details_id bigint,
    topup_amount numeric(19,6),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_tranche_charges (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    charge_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_tranche_disbursement_charge (
    id bigint NOT NULL,
    loan_charge_id bigint NOT NULL,
    disbursement_detail_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_transaction (
    id bigint NOT NULL,
    loan_id bigint NOT NULL,
    office_id bigint NOT NULL,
    payment_detail_id bigint,
    is_reversed boolean NOT NULL,
    external_id varchar(100),
    transaction_type_enum smallint NOT NULL,
    transaction_date date NOT NULL,
    amount numeric(19,6) NOT NULL,
    principal_portion_derived numeric(19,6),
    interest_portion_derived numeric(19,6),
    fee_charges_portion_derived numeric(19,6),
    penalty_charges_portion_derived numeric(19,6),
    overpayment_portion_derived numeric(19,6),
    unrecognized_income_portion numeric(19,6),
    outstanding_loan_balance_derived numeric(19,6),
    submitted_on_date date NOT NULL,
    manually_adjusted_or_reversed boolean,
    created_date timestamp,
    appuser_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loan_transaction_repayment_schedule_mapping (
    id bigint NOT NULL,
    loan_transaction_id bigint NOT NULL,
    loan_repayment_schedule_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    principal_portion_derived numeric(19,6),
    interest_portion_derived numeric(19,6),
    fee_charges_portion_derived numeric(19,6),
    penalty_charges_portion_derived numeric(19,6),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loanproduct_provisioning_entry (
    id bigint NOT NULL,
    history_id bigint NOT NULL,
    criteria_id bigint NOT NULL,
    currency_code varchar(3) NOT NULL,
    office_id bigint NOT NULL,
    product_id bigint NOT NULL,
    category_id bigint NOT NULL,
    overdue_in_days bigint,
    reseve_amount numeric(20,6),
    liability_account bigint,
    expense_account bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_loanproduct_provisioning_mapping (
    id bigint NOT NULL,
    product_id bigint NOT NULL,
    criteria_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_mandatory_savings_schedule (
    id bigint NOT NULL,
    savings_account_id bigint NOT NULL,
    fromdate date,
    duedate date NOT NULL,
    installment smallint NOT NULL,
    deposit_amount numeric(19,6),
    deposit_amount_completed_derived numeric(19,6),
    total_paid_in_advance_derived numeric(19,6),
    total_paid_late_derived numeric(19,6),
    completed_derived boolean NOT NULL,
    obligations_met_on_date date,
    createdby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    lastmodifiedby_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_meeting (
    id bigint NOT NULL,
    calendar_instance_id bigint NOT NULL,
    meeting_date date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_note (
    id bigint NOT NULL,
    client_id bigint,
    group_id bigint,
    loan_id bigint,
    loan_transaction_id bigint,
    savings_account_id bigint,
    savings_account_transaction_id bigint,
    share_account_id bigint,
    note_type_enum smallint NOT NULL,
    note varchar(1000),
    created_date timestamp,
    createdby_id bigint,
    lastmodified_date timestamp,
    lastmodifiedby_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_office (
    id bigint NOT NULL,
    parent_id bigint,
    hierarchy varchar(100),
    external_id varchar(100),
    name varchar(50) NOT NULL,
    opening_date date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_office_transaction (
    id bigint NOT NULL,
    from_office_id bigint,
    to_office_id bigint,
    currency_code varchar(3) NOT NULL,
    currency_digits integer NOT NULL,
    transaction_amount numeric(19,6) NOT NULL,
    transaction_date date NOT NULL,
    description varchar(100),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_organisation_creditbureau (
    id bigint NOT NULL,
    alias varchar(50) NOT NULL,
    creditbureau_id bigint NOT NULL,
    isactive boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_organisation_currency (
    id bigint NOT NULL,
    code varchar(3) NOT NULL,
    decimal_places smallint NOT NULL,
    currency_multiplesof smallint,
    name varchar(50) NOT NULL,
    display_symbol varchar(10),
    internationalized_name_code varchar(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_password_validation_policy (
    id integer NOT NULL,
    regex text NOT NULL,
    description text NOT NULL,
    active boolean NOT NULL,
    key varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_payment_detail (
    id bigint NOT NULL,
    payment_type_id integer,
    account_number varchar(100),
    check_number varchar(100),
    receipt_number varchar(100),
    bank_number varchar(100),
    routing_code varchar(100),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_payment_type (
    id integer NOT NULL,
    value varchar(100),
    description varchar(500),
    is_cash_payment boolean,
    order_position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_permission (
    id bigint NOT NULL,
    grouping varchar(45),
    code varchar(100) NOT NULL,
    entity_name varchar(100),
    action_name varchar(100),
    can_maker_checker boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_pocket (
    id bigint NOT NULL,
    app_user_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_pocket_accounts_mapping (
    id bigint NOT NULL,
    pocket_id bigint NOT NULL,
    account_id bigint NOT NULL,
    account_type integer NOT NULL,
    account_number varchar(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_portfolio_account_associations (
    id bigint NOT NULL,
    loan_account_id bigint,
    savings_account_id bigint,
    linked_loan_account_id bigint,
    linked_savings_account_id bigint,
    association_type_enum smallint NOT NULL,
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_portfolio_command_source (
    id bigint NOT NULL,
    action_name varchar(50) NOT NULL,
    entity_name varchar(50) NOT NULL,
    office_id bigint,
    group_id bigint,
    client_id bigint,
    loan_id bigint,
    savings_account_id bigint,
    api_get_url varchar(100) NOT NULL,
    resource_id bigint,
    subresource_id bigint,
    command_as_json text NOT NULL,
    maker_id bigint NOT NULL,
    made_on_date timestamp NOT NULL,
    checker_id bigint,
    checked_on_date timestamp,
    processing_result_enum smallint NOT NULL,
    product_id bigint,
    transaction_id varchar(100),
    creditbureau_id bigint,
    organisation_creditbureau_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_product_loan (
    id bigint NOT NULL,
    short_name varchar(4) NOT NULL,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    principal_amount numeric(19,6),
    min_principal_amount numeric(19,6),
    max_principal_amount numeric(19,6),
    arrearstolerance_amount numeric(19,6),
    name varchar(100) NOT NULL,
    description varchar(500),
    fund_id bigint,
    is_linked_to_floating_interest_rates boolean NOT NULL,
    allow_variabe_installments boolean NOT NULL,
    nominal_interest_rate_per_period numeric(19,6),
    min_nominal_interest_rate_per_period numeric(19,6),
    max_nominal_interest_rate_per_period numeric(19,6),
    interest_period_frequency_enum smallint,
    annual_nominal_interest_rate numeric(19,6),
    interest_method_enum smallint NOT NULL,
    interest_calculated_in_period_enum smallint NOT NULL,
    allow_partial_period_interest_calcualtion boolean NOT NULL,
    repay_every smallint NOT NULL,
    repayment_period_frequency_enum smallint NOT NULL,
    number_of_repayments smallint NOT NULL,
    min_number_of_repayments smallint,
    max_number_of_repayments smallint,
    grace_on_principal_periods smallint,
    recurring_moratorium_principal_periods smallint,
    grace_on_interest_periods smallint,
    grace_interest_free_periods smallint,
    amortization_method_enum smallint NOT NULL,
    accounting_type smallint NOT NULL,
    loan_transaction_strategy_id bigint,
    external_id varchar(100),
    include_in_borrower_cycle boolean NOT NULL,
    use_borrower_cycle boolean NOT NULL,
    start_date date,
    close_date date,
    allow_multiple_disbursals boolean NOT NULL,
    max_disbursals integer,
    max_outstanding_loan_balance numeric(19,6),
    grace_on_arrears_ageing smallint,
    overdue_days_for_npa smallint,
    days_in_month_enum smallint NOT NULL,
    days_in_year_enum smallint NOT NULL,
    interest_recalculation_enabled boolean NOT NULL,
    min_days_between_disbursal_and_first_repayment integer,
    hold_guarantee_funds boolean NOT NULL,
    principal_threshold_for_last_installment numeric(5,2) NOT NULL,
    account_moves_out_of_npa_only_on_arrears_completion boolean NOT NULL,
    can_define_fixed_emi_amount boolean NOT NULL,
    instalment_amount_in_multiples_of numeric(19,6),
    can_use_for_topup boolean NOT NULL,
    sync_expected_with_disbursement_date boolean,
    is_equal_amortization boolean NOT NULL,
    fixed_principal_percentage_per_installment numeric(5,2),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_product_loan_charge (
    product_loan_id bigint NOT NULL,
    charge_id bigint NOT NULL,
    PRIMARY KEY (product_loan_id, charge_id)
);
CREATE TABLE fineract.m_product_loan_configurable_attributes (
    id bigint NOT NULL,
    loan_product_id bigint NOT NULL,
    amortization_method_enum boolean NOT NULL,
    interest_method_enum boolean NOT NULL,
    loan_transaction_strategy_id boolean NOT NULL,
    interest_calculated_in_period_enum boolean NOT NULL,
    arrearstolerance_amount boolean NOT NULL,
    repay_every boolean NOT NULL,
    moratorium boolean NOT NULL,
    grace_on_arrears_ageing boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_product_loan_floating_rates (
    id bigint NOT NULL,
    loan_product_id bigint NOT NULL,
    floating_rates_id bigint NOT NULL,
    interest_rate_differential numeric(19,6) NOT NULL,
    min_differential_lending_rate numeric(19,6) NOT NULL,
    default_differential_lending_rate numeric(19,6) NOT NULL,
    max_differential_lending_rate numeric(19,6) NOT NULL,
    is_floating_interest_rate_calculation_allowed boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_product_loan_guarantee_details (
    id bigint NOT NULL,
    loan_product_id bigint NOT NULL,
    mandatory_guarantee numeric(19,5) NOT NULL,
    minimum_guarantee_from_own_funds numeric(19,5),
    minimum_guarantee_from_guarantor_funds numeric(19,5),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_product_loan_rate (
    product_loan_id bigint NOT NULL,
    rate_id bigint NOT NULL,
    PRIMARY KEY (product_loan_id, rate_id)
);
CREATE TABLE fineract.m_product_loan_recalculation_details (
    id bigint NOT NULL,
    product_id bigint NOT NULL,
    compound_type_enum smallint NOT NULL,
    reschedule_strategy_enum smallint NOT NULL,
    rest_frequency_type_enum smallint NOT NULL,
    rest_frequency_interval smallint NOT NULL,
    arrears_based_on_original_schedule boolean NOT NULL,
    pre_close_interest_calculation_strategy smallint NOT NULL,
    compounding_frequency_type_enum smallint,
    compounding_frequency_interval smallint,
    rest_frequency_nth_day_enum integer,
    rest_frequency_on_day integer,
    rest_frequency_weekday_enum integer,
    compounding_frequency_nth_day_enum integer,
    compounding_frequency_on_day integer,
    compounding_frequency_weekday_enum integer,
    is_compounding_to_be_posted_as_transaction boolean NOT NULL,
    allow_compounding_on_eod boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_product_loan_variable_installment_config (
    id bigint NOT NULL,
    loan_product_id bigint NOT NULL,
    minimum_gap integer NOT NULL,
    maximum_gap integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_product_loan_variations_borrower_cycle (
    id bigint NOT NULL,
    loan_product_id bigint NOT NULL,
    borrower_cycle_number integer NOT NULL,
    value_condition integer NOT NULL,
    param_type integer NOT NULL,
    default_value numeric(19,6) NOT NULL,
    max_value numeric(19,6),
    min_value numeric(19,6),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_product_mix (
    id bigint NOT NULL,
    product_id bigint NOT NULL,
    restricted_product_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_provision_category (
    id bigint NOT NULL,
    category_name varchar(100) NOT NULL,
    description varchar(300),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_provisioning_criteria (
    id bigint NOT NULL,
    criteria_name varchar(200) NOT NULL,
    createdby_id bigint,
    created_date timestamp,
    lastmodifiedby_id bigint,
    lastmodified_date timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_provisioning_criteria_definition (
    id bigint NOT NULL,
    criteria_id bigint NOT NULL,
    category_id bigint NOT NULL,
    min_age bigint NOT NULL,
    max_age bigint NOT NULL,
    provision_percentage numeric(5,2) NOT NULL,
    liability_account bigint,
    expense_account bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_provisioning_history (
    id bigint NOT NULL,
    journal_entry_created boolean,
    createdby_id bigint,
    created_date date,
    lastmodifiedby_id bigint,
    lastmodified_date date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_rate (
    id bigint NOT NULL,
    name varchar(250) NOT NULL,
    percentage numeric(10,2) NOT NULL,
    active boolean,
    product_apply smallint NOT NULL,
    created_date timestamp,
    createdby_id bigint NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    lastmodified_date timestamp,
    approve_user bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_repayment_with_post_dated_checks (
    id bigint NOT NULL,
    check_no bigint NOT NULL,
    amount numeric(20,5) NOT NULL,
    loan_id bigint,
    repayment_id bigint,
    account_no bigint NOT NULL,
    bank_name varchar(200) NOT NULL,
    repayment_date date NOT NULL,
    status smallint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_report_mailing_job (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    description text,
    start_datetime timestamp NOT NULL,
    recurrence varchar(100),
    created_date date NOT NULL,
    createdby_id bigint NOT NULL,
    lastmodified_date date,
    lastmodifiedby_id bigint,
    email_recipients text NOT NULL,
    email_subject varchar(100) NOT NULL,
    email_message text NOT NULL,
    email_attachment_file_format varchar(10) NOT NULL,
    stretchy_report_id integer NOT NULL,
    stretchy_report_param_map text,
    previous_run_datetime timestamp,
    next_run_datetime timestamp,
    previous_run_status varchar(10),
    previous_run_error_log text,
    previous_run_error_message text,
    number_of_runs integer NOT NULL,
    is_active boolean NOT NULL,
    is_deleted boolean NOT NULL,
    run_as_userid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_report_mailing_job_configuration (
    id integer NOT NULL,
    name varchar(50) NOT NULL,
    value varchar(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_report_mailing_job_run_history (
    id bigint NOT NULL,
    job_id bigint NOT NULL,
    start_datetime timestamp NOT NULL,
    end_datetime timestamp NOT NULL,
    status varchar(10) NOT NULL,
    error_message text,
    error_log text,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_role (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    description varchar(500) NOT NULL,
    is_disabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_role_permission (
    role_id bigint NOT NULL,
    permission_id bigint NOT NULL,
    PRIMARY KEY (role_id, permission_id)
);
CREATE TABLE fineract.m_savings_account (
    id bigint NOT NULL,
    account_no varchar(20) NOT NULL,
    external_id varchar(100),
    client_id bigint,
    group_id bigint,
    gsim_id bigint,
    product_id bigint,
    field_officer_id bigint,
    status_enum smallint NOT NULL,
    sub_status_enum smallint NOT NULL,
    account_type_enum smallint NOT NULL,
    deposit_type_enum smallint NOT NULL,
    submittedon_date date NOT NULL,
    submittedon_userid bigint,
    approvedon_date date,
    approvedon_userid bigint,
    rejectedon_date date,
    rejectedon_userid bigint,
    withdrawnon_date date,
    withdrawnon_userid bigint,
    activatedon_date date,
    activatedon_userid bigint,
    closedon_date date,
    closedon_userid bigint,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    nominal_annual_interest_rate numeric(19,6) NOT NULL,
    interest_compounding_period_enum smallint NOT NULL,
    interest_posting_period_enum smallint NOT NULL,
    interest_calculation_type_enum smallint NOT NULL,
    interest_calculation_days_in_year_type_enum smallint NOT NULL,
    min_required_opening_balance numeric(19,6),
    lockin_period_frequency numeric(19,6),
    lockin_period_frequency_enum smallint,
    withdrawal_fee_for_transfer boolean,
    allow_overdraft boolean NOT NULL,
    overdraft_limit numeric(19,6),
    nominal_annual_interest_rate_overdraft numeric(19,6),
    min_overdraft_for_interest_calculation numeric(19,6),
    lockedin_until_date_derived date,
    total_deposits_derived numeric(19,6),
    total_withdrawals_derived numeric(19,6),
    total_withdrawal_fees_derived numeric(19,6),
    total_fees_charge_derived numeric(19,6),
    total_penalty_charge_derived numeric(19,6),
    total_annual_fees_derived numeric(19,6),
    total_interest_earned_derived numeric(19,6),
    total_interest_posted_derived numeric(19,6),
    total_overdraft_interest_derived numeric(19,6),
    total_withhold_tax_derived numeric(19,6),
    account_balance_derived numeric(19,6) NOT NULL,
    min_required_balance numeric(19,6),
    enforce_min_required_balance boolean NOT NULL,
    min_balance_for_interest_calculation numeric(19,6),
    start_interest_calculation_date date,
    on_hold_funds_derived numeric(19,6),
    version integer NOT NULL,
    withhold_tax boolean NOT NULL,
    tax_group_id bigint,
    last_interest_calculation_date date,
    total_savings_amount_on_hold numeric(19,6),
    interest_posted_till_date date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_account_charge (
    id bigint NOT NULL,
    savings_account_id bigint NOT NULL,
    charge_id bigint NOT NULL,
    is_penalty boolean NOT NULL,
    charge_time_enum smallint NOT NULL,
    charge_due_date date,
    fee_on_month smallint,
    fee_on_day smallint,
    fee_interval smallint,
    free_withdrawal_count integer,
    charge_reset_date date,
    charge_calculation_enum smallint NOT NULL,
    calculation_percentage numeric(19,6),
    calculation_on_amount numeric(19,6),
    amount numeric(19,6) NOT NULL,
    amount_paid_derived numeric(19,6),
    amount_waived_derived numeric(19,6),
    amount_writtenoff_derived numeric(19,6),
    amount_outstanding_derived numeric(19,6) NOT NULL,
    is_paid_derived boolean NOT NULL,
    waived boolean NOT NULL,
    is_active boolean NOT NULL,
    inactivated_on_date date,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_account_charge_paid_by (
    id bigint NOT NULL,
    savings_account_transaction_id bigint NOT NULL,
    savings_account_charge_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_account_interest_rate_chart (
    id bigint NOT NULL,
    savings_account_id bigint NOT NULL,
    name varchar(100),
    description varchar(200),
    from_date date NOT NULL,
    end_date date,
    is_primary_grouping_by_amount boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_account_interest_rate_slab (
    id bigint NOT NULL,
    savings_account_interest_rate_chart_id bigint NOT NULL,
    description varchar(200),
    period_type_enum smallint,
    from_period integer,
    to_period integer,
    amount_range_from numeric(19,6),
    amount_range_to numeric(19,6),
    annual_interest_rate numeric(19,6) NOT NULL,
    currency_code varchar(3) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_account_transaction (
    id bigint NOT NULL,
    savings_account_id bigint NOT NULL,
    office_id bigint NOT NULL,
    payment_detail_id bigint,
    transaction_type_enum smallint NOT NULL,
    is_reversed boolean NOT NULL,
    transaction_date date NOT NULL,
    amount numeric(19,6) NOT NULL,
    overdraft_amount_derived numeric(19,6),
    balance_end_date_derived date,
    balance_number_of_days_derived integer,
    running_balance_derived numeric(19,6),
    cumulative_balance_derived numeric(19,6),
    created_date timestamp NOT NULL,
    appuser_id bigint,
    is_manual boolean,
    release_id_of_hold_amount bigint,
    is_loan_disbursement boolean,
    ref_no varchar(128),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_account_transaction_tax_details (
    id bigint NOT NULL,
    savings_transaction_id bigint NOT NULL,
    tax_component_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_interest_incentives (
    id bigint NOT NULL,
    deposit_account_interest_rate_slab_id bigint NOT NULL,
    entiry_type smallint NOT NULL,
    attribute_name smallint NOT NULL,
    condition_type smallint NOT NULL,
    attribute_value varchar(50) NOT NULL,
    incentive_type smallint NOT NULL,
    amount numeric(19,6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_officer_assignment_history (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    savings_officer_id bigint,
    start_date date NOT NULL,
    end_date date,
    createdby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    lastmodifiedby_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_product (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    short_name varchar(4) NOT NULL,
    description varchar(500),
    deposit_type_enum smallint NOT NULL,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    nominal_annual_interest_rate numeric(19,6) NOT NULL,
    interest_compounding_period_enum smallint NOT NULL,
    interest_posting_period_enum smallint NOT NULL,
    interest_calculation_type_enum smallint NOT NULL,
    interest_calculation_days_in_year_type_enum smallint NOT NULL,
    min_required_opening_balance numeric(19,6),
    lockin_period_frequency numeric(19,6),
    lockin_period_frequency_enum smallint,
    accounting_type smallint NOT NULL,
    withdrawal_fee_amount numeric(19,6),
    withdrawal_fee_type_enum smallint,
    withdrawal_fee_for_transfer boolean,
    allow_overdraft boolean NOT NULL,
    overdraft_limit numeric(19,6),
    nominal_annual_interest_rate_overdraft numeric(19,6),
    min_overdraft_for_interest_calculation numeric(19,6),
    min_required_balance numeric(19,6),
    enforce_min_required_balance boolean NOT NULL,
    min_balance_for_interest_calculation numeric(19,6),
    withhold_tax boolean NOT NULL,
    tax_group_id bigint,
    is_dormancy_tracking_active boolean,
    days_to_inactive integer,
    days_to_dormancy integer,
    days_to_escheat integer,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_savings_product_charge (
    savings_product_id bigint NOT NULL,
    charge_id bigint NOT NULL,
    PRIMARY KEY (savings_product_id, charge_id)
);
CREATE TABLE fineract.m_selfservice_beneficiaries_tpt (
    id bigint NOT NULL,
    app_user_id bigint NOT NULL,
    name varchar(50) NOT NULL,
    office_id bigint NOT NULL,
    client_id bigint NOT NULL,
    account_id bigint NOT NULL,
    account_type smallint NOT NULL,
    transfer_limit bigint,
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_selfservice_user_client_mapping (
    id bigint NOT NULL,
    appuser_id bigint NOT NULL,
    client_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_share_account (
    id bigint NOT NULL,
    account_no varchar(50) NOT NULL,
    product_id bigint NOT NULL,
    client_id bigint NOT NULL,
    external_id varchar(100),
    status_enum smallint NOT NULL,
    total_approved_shares bigint,
    total_pending_shares bigint,
    submitted_date date NOT NULL,
    submitted_userid bigint,
    approved_date date,
    approved_userid bigint,
    rejected_date date,
    rejected_userid bigint,
    activated_date date,
    activated_userid bigint,
    closed_date date,
    closed_userid bigint,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    savings_account_id bigint NOT NULL,
    minimum_active_period_frequency numeric(19,6),
    minimum_active_period_frequency_enum smallint,
    lockin_period_frequency numeric(19,6),
    lockin_period_frequency_enum smallint,
    allow_dividends_inactive_clients boolean,
    created_date timestamp,
    lastmodifiedby_id bigint,
    lastmodified_date timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_share_account_charge (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    charge_id bigint NOT NULL,
    charge_time_enum smallint NOT NULL,
    charge_calculation_enum smallint NOT NULL,
    charge_payment_mode_enum smallint NOT NULL,
    calculation_percentage numeric(19,6),
    calculation_on_amount numeric(19,6),
    charge_amount_or_percentage numeric(19,6),
    amount numeric(19,6) NOT NULL,
    amount_paid_derived numeric(19,6),
    amount_waived_derived numeric(19,6),
    amount_writtenoff_derived numeric(19,6),
    amount_outstanding_derived numeric(19,6) NOT NULL,
    is_paid_derived boolean NOT NULL,
    waived boolean NOT NULL,
    min_cap numeric(19,6),
    max_cap numeric(19,6),
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_share_account_charge_paid_by (
    id bigint NOT NULL,
    share_transaction_id bigint,
    charge_transaction_id bigint,
    amount numeric(20,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_share_account_dividend_details (
    id bigint NOT NULL,
    dividend_pay_out_id bigint NOT NULL,
    account_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    status smallint NOT NULL,
    savings_transaction_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_share_account_transactions (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    transaction_date date,
    total_shares bigint,
    unit_price numeric(10,2),
    amount numeric(20,2),
    charge_amount numeric(20,2),
    amount_paid numeric(20,2),
    status_enum smallint NOT NULL,
    type_enum smallint,
    is_active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_share_product (
    id bigint NOT NULL,
    name varchar(200) NOT NULL,
    short_name varchar(4) NOT NULL,
    external_id varchar(100),
    description varchar(500) NOT NULL,
    start_date timestamp,
    end_date timestamp,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    total_shares bigint NOT NULL,
    issued_shares bigint,
    totalsubscribed_shares bigint,
    unit_price numeric(10,2) NOT NULL,
    capital_amount numeric(20,2) NOT NULL,
    minimum_client_shares bigint,
    nominal_client_shares bigint NOT NULL,
    maximum_client_shares bigint,
    minimum_active_period_frequency numeric(19,6),
    minimum_active_period_frequency_enum smallint,
    lockin_period_frequency numeric(19,6),
    lockin_period_frequency_enum smallint,
    allow_dividends_inactive_clients boolean,
    createdby_id bigint,
    created_date timestamp,
    lastmodifiedby_id bigint,
    lastmodified_date timestamp,
    accounting_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_share_product_charge (
    product_id bigint NOT NULL,
    charge_id bigint NOT NULL,
    PRIMARY KEY (product_id, charge_id)
);
CREATE TABLE fineract.m_share_product_dividend_pay_out (
    id bigint NOT NULL,
    product_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    dividend_period_start_date date NOT NULL,
    dividend_period_end_date date NOT NULL,
    status smallint NOT NULL,
    createdby_id bigint,
    created_date timestamp,
    lastmodifiedby_id bigint,
    lastmodified_date timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_share_product_market_price (
    id bigint NOT NULL,
    product_id bigint NOT NULL,
    from_date date,
    share_value numeric(10,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_staff (
    id bigint NOT NULL,
    is_loan_officer boolean NOT NULL,
    office_id bigint,
    firstname varchar(50),
    lastname varchar(50),
    display_name varchar(102) NOT NULL,
    mobile_no varchar(50),
    external_id varchar(100),
    organisational_role_enum smallint,
    organisational_role_parent_staff_id bigint,
    is_active boolean NOT NULL,
    joining_date date,
    image_id bigint,
    email_address varchar(150),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_staff_assignment_history (
    id bigint NOT NULL,
    centre_id bigint,
    staff_id bigint NOT NULL,
    start_date date NOT NULL,
    end_date date,
    createdby_id bigint,
    created_date timestamp,
    lastmodified_date timestamp,
    lastmodifiedby_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_survey_components (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    a_key varchar(32) NOT NULL,
    a_text varchar(255) NOT NULL,
    description varchar(4000),
    sequence_no integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_survey_lookup_tables (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    a_key varchar(255) NOT NULL,
    description integer,
    value_from integer NOT NULL,
    value_to integer NOT NULL,
    score numeric(5,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_survey_questions (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    component_key varchar(32),
    a_key varchar(32) NOT NULL,
    a_text varchar(255) NOT NULL,
    description varchar(4000),
    sequence_no integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_survey_responses (
    id bigint NOT NULL,
    question_id bigint NOT NULL,
    a_text varchar(255) NOT NULL,
    a_value integer NOT NULL,
    sequence_no integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_survey_scorecards (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    question_id bigint NOT NULL,
    response_id bigint NOT NULL,
    user_id bigint NOT NULL,
    client_id bigint NOT NULL,
    created_on timestamp,
    a_value integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_surveys (
    id bigint NOT NULL,
    a_key varchar(32) NOT NULL,
    a_name varchar(255) NOT NULL,
    description varchar(4000),
    country_code varchar(2) NOT NULL,
    valid_from timestamp,
    valid_to timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_tax_component (
    id bigint NOT NULL,
    name varchar(50) NOT NULL,
    percentage numeric(19,6) NOT NULL,
    debit_account_type_enum smallint,
    debit_account_id bigint,
    credit_account_type_enum smallint,
    credit_account_id bigint,
    start_date date NOT NULL,
    createdby_id bigint NOT NULL,
    created_date timestamp NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    lastmodified_date timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_tax_component_history (
    id bigint NOT NULL,
    tax_component_id bigint NOT NULL,
    percentage numeric(19,6) NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    createdby_id bigint NOT NULL,
    created_date timestamp NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    lastmodified_date timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_tax_group (
    id bigint NOT NULL,
    name varchar(50) NOT NULL,
    createdby_id bigint NOT NULL,
    created_date timestamp NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    lastmodified_date timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_tax_group_mappings (
    id bigint NOT NULL,
    tax_group_id bigint NOT NULL,
    tax_component_id bigint NOT NULL,
    start_date date NOT NULL,
    end_date date,
    createdby_id bigint NOT NULL,
    created_date timestamp NOT NULL,
    lastmodifiedby_id bigint NOT NULL,
    lastmodified_date timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_tellers (
    id bigint NOT NULL,
    office_id bigint NOT NULL,
    debit_account_id bigint,
    credit_account_id bigint,
    name varchar(50) NOT NULL,
    description varchar(100),
    valid_from date,
    valid_to date,
    state smallint,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_template (
    id bigint NOT NULL,
    name varchar(255) NOT NULL,
    text text NOT NULL,
    entity integer,
    type integer,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_template_m_templatemappers (
    m_template_id bigint NOT NULL,
    mappers_id bigint NOT NULL
);
CREATE TABLE fineract.m_templatemappers (
    id bigint NOT NULL,
    mapperkey varchar(255),
    mapperorder integer,
    mappervalue varchar(255),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.m_trial_balance (
    office_id bigint NOT NULL,
    account_id bigint NOT NULL,
    amount numeric(19,6) NOT NULL,
    entry_date date NOT NULL,
    created_date date,
    closing_balance numeric(19,6) NOT NULL
);
CREATE TABLE fineract.m_working_days (
    id bigint NOT NULL,
    recurrence varchar(100),
    repayment_rescheduling_enum smallint,
    extend_term_daily_repayments boolean,
    extend_term_holiday_repayment boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.mix_taxonomy (
    id integer NOT NULL,
    name varchar(100),
    namespace_id integer,
    dimension varchar(100),
    type integer,
    description varchar(1000),
    need_mapping boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.mix_taxonomy_mapping (
    id integer NOT NULL,
    identifier varchar(50) NOT NULL,
    config varchar(200),
    last_update_date timestamp,
    currency varchar(11),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.mix_xbrl_namespace (
    id integer NOT NULL,
    prefix varchar(20) NOT NULL,
    url varchar(100),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.notification_generator (
    id bigint NOT NULL,
    object_type text,
    object_identifier bigint,
    action text,
    actor bigint,
    is_system_generated boolean,
    notification_content text,
    created_at timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.notification_mapper (
    id bigint NOT NULL,
    notification_id bigint,
    user_id bigint,
    is_read boolean,
    created_at timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.oauth_access_token (
    token_id varchar(256),
    token bytea,
    authentication_id varchar(256),
    user_name varchar(256),
    client_id varchar(256),
    authentication bytea,
    refresh_token varchar(256)
);
CREATE TABLE fineract.oauth_client_details (
    client_id varchar(128) NOT NULL,
    resource_ids varchar(256),
    client_secret varchar(256),
    scope varchar(256),
    authorized_grant_types varchar(256),
    web_server_redirect_uri varchar(256),
    authorities varchar(256),
    access_token_validity integer,
    refresh_token_validity integer,
    additional_information varchar(4096),
    autoapprove boolean,
    PRIMARY KEY (client_id)
);
CREATE TABLE fineract.oauth_refresh_token (
    token_id varchar(256),
    token bytea,
    authentication bytea
);
CREATE TABLE fineract.ppi_likelihoods (
    id bigint NOT NULL,
    code varchar(100) NOT NULL,
    name varchar(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.ppi_likelihoods_ppi (
    id bigint NOT NULL,
    likelihood_id bigint NOT NULL,
    ppi_name varchar(250) NOT NULL,
    enabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.ppi_scores (
    id bigint NOT NULL,
    score_from integer NOT NULL,
    score_to integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.r_enum_value (
    enum_name varchar(100) NOT NULL,
    enum_id integer NOT NULL,
    enum_message_property varchar(100) NOT NULL,
    enum_value varchar(100) NOT NULL,
    enum_type boolean NOT NULL,
    PRIMARY KEY (enum_name, enum_id)
);
CREATE TABLE fineract.ref_loan_transaction_processing_strategy (
    id bigint NOT NULL,
    code varchar(100),
    name varchar(255),
    sort_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.request_audit_table (
    id bigint NOT NULL,
    lastname varchar(100) NOT NULL,
    username varchar(100) NOT NULL,
    mobile_number varchar(50),
    firstname varchar(100) NOT NULL,
    authentication_token varchar(100),
    password varchar(250) NOT NULL,
    email varchar(100) NOT NULL,
    client_id bigint NOT NULL,
    created_date date NOT NULL,
    account_number varchar(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.rpt_sequence (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.scheduled_email_campaign (
    id bigint NOT NULL,
    campaign_name varchar(100) NOT NULL,
    campaign_type integer NOT NULL,
    businessrule_id integer NOT NULL,
    param_value text,
    status_enum integer NOT NULL,
    email_subject varchar(100) NOT NULL,
    email_message text NOT NULL,
    email_attachment_file_format varchar(10),
    stretchy_report_id integer,
    stretchy_report_param_map text,
    closedon_date date,
    closedon_userid bigint,
    submittedon_date date,
    submittedon_userid bigint,
    approvedon_date date,
    approvedon_userid bigint,
    recurrence varchar(100),
    next_trigger_date timestamp,
    last_trigger_date timestamp,
    recurrence_start_date timestamp,
    is_visible boolean,
    previous_run_error_log text,
    previous_run_error_message text,
    previous_run_status varchar(10),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.scheduled_email_configuration (
    id integer NOT NULL,
    name varchar(50) NOT NULL,
    value varchar(200),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.scheduled_email_messages_outbound (
    id bigint NOT NULL,
    group_id bigint,
    client_id bigint,
    staff_id bigint,
    email_campaign_id bigint,
    status_enum integer NOT NULL,
    email_address varchar(50) NOT NULL,
    email_subject varchar(50) NOT NULL,
    message text NOT NULL,
    campaign_name varchar(200),
    submittedon_date date,
    error_message text,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.scheduler_detail (
    id smallint NOT NULL,
    is_suspended boolean NOT NULL,
    execute_misfired_jobs boolean NOT NULL,
    reset_scheduler_on_bootup boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.sms_campaign (
    id bigint NOT NULL,
    campaign_name varchar(100) NOT NULL,
    campaign_type integer NOT NULL,
    campaign_trigger_type integer NOT NULL,
    report_id integer NOT NULL,
    provider_id bigint,
    param_value text,
    status_enum integer NOT NULL,
    message text NOT NULL,
    submittedon_date date,
    submittedon_userid bigint,
    approvedon_date date,
    approvedon_userid bigint,
    closedon_date date,
    closedon_userid bigint,
    recurrence varchar(100),
    next_trigger_date timestamp,
    last_trigger_date timestamp,
    recurrence_start_date timestamp,
    is_visible boolean,
    is_notification boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.sms_messages_outbound (
    id bigint NOT NULL,
    group_id bigint,
    client_id bigint,
    staff_id bigint,
    status_enum integer NOT NULL,
    mobile_no varchar(50),
    message varchar(1000) NOT NULL,
    campaign_id bigint,
    external_id varchar(100),
    submittedon_date date,
    delivered_on_date timestamp,
    is_notification boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.stretchy_parameter (
    id integer NOT NULL,
    parameter_name varchar(45) NOT NULL,
    parameter_variable varchar(45),
    parameter_label varchar(45) NOT NULL,
    parameter_displaytype varchar(45) NOT NULL,
    parameter_formattype varchar(10) NOT NULL,
    parameter_default varchar(45) NOT NULL,
    special varchar(1),
    selectone varchar(1),
    selectall varchar(1),
    parameter_sql text,
    parent_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.stretchy_report (
    id integer NOT NULL,
    report_name varchar(100) NOT NULL,
    report_type varchar(20) NOT NULL,
    report_subtype varchar(20),
    report_category varchar(45),
    report_sql text,
    description text,
    core_report boolean,
    use_report boolean,
    self_service_user_report boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.stretchy_report_parameter (
    id integer NOT NULL,
    report_id integer NOT NULL,
    parameter_id integer NOT NULL,
    report_parameter_name varchar(45),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.topic (
    id bigint NOT NULL,
    title varchar(100) NOT NULL,
    enabled boolean,
    entity_id bigint NOT NULL,
    entity_type text NOT NULL,
    member_type text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.topic_subscriber (
    id bigint NOT NULL,
    topic_id bigint NOT NULL,
    user_id bigint NOT NULL,
    subscription_date date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.twofactor_access_token (
    id bigint NOT NULL,
    token varchar(32) NOT NULL,
    appuser_id bigint NOT NULL,
    valid_from timestamp NOT NULL,
    valid_to timestamp NOT NULL,
    enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fineract.twofactor_configuration (
    id bigint NOT NULL,
    name varchar(40) NOT NULL,
    value varchar(1024),
    PRIMARY KEY (id)
);
CREATE TABLE fineract.x_registered_table (
    registered_table_name varchar(50) NOT NULL,
    application_table_name varchar(50) NOT NULL,
    entity_subtype varchar(50),
    category integer NOT NULL,
    PRIMARY KEY (registered_table_name)
);
CREATE TABLE fineract.x_table_column_code_mappings (
    column_alias_name varchar(50) NOT NULL,
    code_id integer NOT NULL,
    PRIMARY KEY (column_alias_name)
);
ALTER TABLE fineract.m_office_transaction ADD FOREIGN KEY (from_office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_office_transaction ADD FOREIGN KEY (to_office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.client_device_registration ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (gender_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.request_audit_table ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_office ADD FOREIGN KEY (parent_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_loan_repayment_schedule ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_appuser_role ADD FOREIGN KEY (role_id) REFERENCES fineract.m_role (id);
ALTER TABLE fineract.m_appuser_role ADD FOREIGN KEY (appuser_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (fund_id) REFERENCES fineract.m_fund (id);
ALTER TABLE fineract.m_note ADD FOREIGN KEY (loan_transaction_id) REFERENCES fineract.m_loan_transaction (id);
ALTER TABLE fineract.m_note ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_note ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_note ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_note ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_role_permission ADD FOREIGN KEY (permission_id) REFERENCES fineract.m_permission (id);
ALTER TABLE fineract.m_role_permission ADD FOREIGN KEY (role_id) REFERENCES fineract.m_role (id);
ALTER TABLE fineract.m_product_loan ADD FOREIGN KEY (fund_id) REFERENCES fineract.m_fund (id);
ALTER TABLE fineract.m_appuser ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.sms_messages_outbound ADD FOREIGN KEY (campaign_id) REFERENCES fineract.sms_campaign (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_loan_transaction ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_code_value ADD FOREIGN KEY (code_id) REFERENCES fineract.m_code (id);
ALTER TABLE fineract.sms_messages_outbound ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_deposit_account_recurring_detail ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_deposit_account_term_and_preclosure ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_deposit_product_interest_rate_chart ADD FOREIGN KEY (deposit_product_id) REFERENCES fineract.m_savings_product (id);
ALTER TABLE fineract.m_deposit_product_interest_rate_chart ADD FOREIGN KEY (interest_rate_chart_id) REFERENCES fineract.m_interest_rate_chart (id);
ALTER TABLE fineract.m_deposit_product_recurring_detail ADD FOREIGN KEY (savings_product_id) REFERENCES fineract.m_savings_product (id);
ALTER TABLE fineract.m_deposit_product_term_and_preclosure ADD FOREIGN KEY (savings_product_id) REFERENCES fineract.m_savings_product (id);
ALTER TABLE fineract.acc_gl_account ADD FOREIGN KEY (tag_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.sms_messages_outbound ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_group_roles ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_group_roles ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_interest_rate_slab ADD FOREIGN KEY (interest_rate_chart_id) REFERENCES fineract.m_interest_rate_chart (id);
ALTER TABLE fineract.m_mandatory_savings_schedule ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_savings_account ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_savings_account ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_savings_account ADD FOREIGN KEY (product_id) REFERENCES fineract.m_savings_product (id);
ALTER TABLE fineract.m_savings_account_interest_rate_chart ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_savings_account_interest_rate_slab ADD FOREIGN KEY (savings_account_interest_rate_chart_id) REFERENCES fineract.m_savings_account_interest_rate_chart (id);
ALTER TABLE fineract.m_savings_account_transaction ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.sms_messages_outbound ADD FOREIGN KEY (staff_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.acc_gl_account ADD FOREIGN KEY (parent_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_loan_rate ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_rate ADD FOREIGN KEY (rate_id) REFERENCES fineract.m_rate (id);
ALTER TABLE fineract.m_product_loan_rate ADD FOREIGN KEY (product_loan_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_product_loan_rate ADD FOREIGN KEY (rate_id) REFERENCES fineract.m_rate (id);
ALTER TABLE fineract.m_rate ADD FOREIGN KEY (approve_user) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_rate ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_pocket ADD FOREIGN KEY (app_user_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_loan_charge_paid_by ADD FOREIGN KEY (loan_charge_id) REFERENCES fineract.m_loan_charge (id);
ALTER TABLE fineract.m_loan_reschedule_request_term_variations_mapping ADD FOREIGN KEY (loan_reschedule_request_id) REFERENCES fineract.m_loan_reschedule_request (id);
ALTER TABLE fineract.m_loan_reschedule_request_term_variations_mapping ADD FOREIGN KEY (loan_term_variations_id) REFERENCES fineract.m_loan_term_variations (id);
ALTER TABLE fineract.m_loan_charge_paid_by ADD FOREIGN KEY (loan_transaction_id) REFERENCES fineract.m_loan_transaction (id);
ALTER TABLE fineract.m_pocket_accounts_mapping ADD FOREIGN KEY (pocket_id) REFERENCES fineract.m_pocket (id);
ALTER TABLE fineract.m_savings_account_charge_paid_by ADD FOREIGN KEY (savings_account_charge_id) REFERENCES fineract.m_savings_account_charge (id);
ALTER TABLE fineract.m_savings_account_charge_paid_by ADD FOREIGN KEY (savings_account_transaction_id) REFERENCES fineract.m_savings_account_transaction (id);
ALTER TABLE fineract.m_entity_to_entity_mapping ADD FOREIGN KEY (rel_id) REFERENCES fineract.m_entity_relation (id);
ALTER TABLE fineract.acc_accounting_rule ADD FOREIGN KEY (credit_account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.acc_accounting_rule ADD FOREIGN KEY (debit_account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.acc_rule_tags ADD FOREIGN KEY (acc_rule_id) REFERENCES fineract.acc_accounting_rule (id);
ALTER TABLE fineract.acc_accounting_rule ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.acc_gl_closure ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.acc_gl_closure ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.acc_gl_closure ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (reversal_id) REFERENCES fineract.acc_gl_journal_entry (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (client_transaction_id) REFERENCES fineract.m_client_transaction (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (loan_transaction_id) REFERENCES fineract.m_loan_transaction (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (payment_details_id) REFERENCES fineract.m_payment_detail (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (savings_transaction_id) REFERENCES fineract.m_savings_account_transaction (id);
ALTER TABLE fineract.acc_gl_journal_entry ADD FOREIGN KEY (share_transaction_id) REFERENCES fineract.m_share_account_transactions (id);
ALTER TABLE fineract.acc_product_mapping ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.acc_product_mapping ADD FOREIGN KEY (payment_type) REFERENCES fineract.m_payment_type (id);
ALTER TABLE fineract.m_entity_to_entity_access ADD FOREIGN KEY (access_type_code_value_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_loan_interest_recalculation_additional_details ADD FOREIGN KEY (loan_repayment_schedule_id) REFERENCES fineract.m_loan_repayment_schedule (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (approvedon_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.c_external_service_properties ADD FOREIGN KEY (external_service_id) REFERENCES fineract.c_external_service (id);
ALTER TABLE fineract.m_client_non_person ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (closedon_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_loan_collateral ADD FOREIGN KEY (type_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_loan_collateral ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_deposit_account_on_hold_transaction ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (disbursedon_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (glim_id) REFERENCES fineract.glim_accounts (id);
ALTER TABLE fineract.glim_accounts ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_group_roles ADD FOREIGN KEY (role_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.gsim_accounts ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_savings_account ADD FOREIGN KEY (gsim_id) REFERENCES fineract.gsim_accounts (id);
ALTER TABLE fineract.m_product_loan_guarantee_details ADD FOREIGN KEY (loan_product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_guarantor_transaction ADD FOREIGN KEY (guarantor_fund_detail_id) REFERENCES fineract.m_guarantor_funding_details (id);
ALTER TABLE fineract.m_guarantor_transaction ADD FOREIGN KEY (deposit_on_hold_transaction_id) REFERENCES fineract.m_deposit_account_on_hold_transaction (id);
ALTER TABLE fineract.m_guarantor_transaction ADD FOREIGN KEY (loan_transaction_id) REFERENCES fineract.m_loan_transaction (id);
ALTER TABLE fineract.job_parameters ADD FOREIGN KEY (job_id) REFERENCES fineract.job (id);
ALTER TABLE fineract.m_loan_installment_charge ADD FOREIGN KEY (loan_charge_id) REFERENCES fineract.m_loan_charge (id);
ALTER TABLE fineract.m_loan_disbursement_detail ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_term_variations ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (loan_transaction_strategy_id) REFERENCES fineract.ref_loan_transaction_processing_strategy (id);
ALTER TABLE fineract.m_loan_installment_charge ADD FOREIGN KEY (loan_schedule_id) REFERENCES fineract.m_loan_repayment_schedule (id);
ALTER TABLE fineract.m_product_loan ADD FOREIGN KEY (loan_transaction_strategy_id) REFERENCES fineract.ref_loan_transaction_processing_strategy (id);
ALTER TABLE fineract.m_account_transfer_details ADD FOREIGN KEY (from_client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_account_transfer_details ADD FOREIGN KEY (from_loan_account_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_account_transfer_details ADD FOREIGN KEY (from_office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_account_transfer_details ADD FOREIGN KEY (from_savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_account_transfer_details ADD FOREIGN KEY (to_client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_account_transfer_details ADD FOREIGN KEY (to_loan_account_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_account_transfer_details ADD FOREIGN KEY (to_office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_account_transfer_details ADD FOREIGN KEY (to_savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_account_transfer_standing_instructions_history ADD FOREIGN KEY (standing_instruction_id) REFERENCES fineract.m_account_transfer_standing_instructions (id);
ALTER TABLE fineract.m_account_transfer_transaction ADD FOREIGN KEY (account_transfer_details_id) REFERENCES fineract.m_account_transfer_details (id);
ALTER TABLE fineract.m_account_transfer_transaction ADD FOREIGN KEY (from_loan_transaction_id) REFERENCES fineract.m_loan_transaction (id);
ALTER TABLE fineract.m_account_transfer_transaction ADD FOREIGN KEY (from_savings_transaction_id) REFERENCES fineract.m_savings_account_transaction (id);
ALTER TABLE fineract.m_account_transfer_transaction ADD FOREIGN KEY (to_loan_transaction_id) REFERENCES fineract.m_loan_transaction (id);
ALTER TABLE fineract.m_account_transfer_transaction ADD FOREIGN KEY (to_savings_transaction_id) REFERENCES fineract.m_savings_account_transaction (id);
ALTER TABLE fineract.m_meeting ADD FOREIGN KEY (calendar_instance_id) REFERENCES fineract.m_calendar_instance (id);
ALTER TABLE fineract.m_calendar_history ADD FOREIGN KEY (calendar_id) REFERENCES fineract.m_calendar (id);
ALTER TABLE fineract.m_calendar_instance ADD FOREIGN KEY (calendar_id) REFERENCES fineract.m_calendar (id);
ALTER TABLE fineract.m_cashiers ADD FOREIGN KEY (staff_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.m_cashiers ADD FOREIGN KEY (teller_id) REFERENCES fineract.m_tellers (id);
ALTER TABLE fineract.m_charge ADD FOREIGN KEY (income_or_liability_account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_charge ADD FOREIGN KEY (tax_group_id) REFERENCES fineract.m_tax_group (id);
ALTER TABLE fineract.m_portfolio_command_source ADD FOREIGN KEY (checker_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_client_charge ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.m_client_charge ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_client_charge_paid_by ADD FOREIGN KEY (client_charge_id) REFERENCES fineract.m_client_charge (id);
ALTER TABLE fineract.m_client_charge_paid_by ADD FOREIGN KEY (client_transaction_id) REFERENCES fineract.m_client_transaction (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (client_classification_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_client_identifier ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_client_identifier ADD FOREIGN KEY (document_type_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_client_attendance ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (closure_reason_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (image_id) REFERENCES fineract.m_image (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (transfer_to_office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (default_savings_account) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (default_savings_product) REFERENCES fineract.m_savings_product (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (staff_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (sub_status) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_client_transaction ADD FOREIGN KEY (appuser_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_client_transaction ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_client_transfer_details ADD FOREIGN KEY (submitted_by) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_client_transfer_details ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_client_transfer_details ADD FOREIGN KEY (from_office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_client_transfer_details ADD FOREIGN KEY (to_office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (client_type_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (withdraw_reason_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_client ADD FOREIGN KEY (reject_reason_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.acc_rule_tags ADD FOREIGN KEY (tag_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_family_members ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_family_members ADD FOREIGN KEY (gender_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_family_members ADD FOREIGN KEY (marital_status_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_family_members ADD FOREIGN KEY (profession_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_family_members ADD FOREIGN KEY (relationship_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_group ADD FOREIGN KEY (level_id) REFERENCES fineract.m_group_level (id);
ALTER TABLE fineract.m_group ADD FOREIGN KEY (closure_reason_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_group ADD FOREIGN KEY (staff_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.m_guarantor_funding_details ADD FOREIGN KEY (account_associations_id) REFERENCES fineract.m_portfolio_account_associations (id);
ALTER TABLE fineract.m_guarantor_funding_details ADD FOREIGN KEY (guarantor_id) REFERENCES fineract.m_guarantor (id);
ALTER TABLE fineract.m_guarantor ADD FOREIGN KEY (client_reln_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_guarantor ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_import_document ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_import_document ADD FOREIGN KEY (document_id) REFERENCES fineract.m_document (id);
ALTER TABLE fineract.m_interest_incentives ADD FOREIGN KEY (interest_rate_slab_id) REFERENCES fineract.m_interest_rate_slab (id);
ALTER TABLE fineract.m_loan_recalculation_details ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (loan_officer_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.m_loan_overdue_installment_charge ADD FOREIGN KEY (loan_charge_id) REFERENCES fineract.m_loan_charge (id);
ALTER TABLE fineract.m_loan_overdue_installment_charge ADD FOREIGN KEY (loan_schedule_id) REFERENCES fineract.m_loan_repayment_schedule (id);
ALTER TABLE fineract.m_loan_tranche_charges ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.m_loan_tranche_charges ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_tranche_disbursement_charge ADD FOREIGN KEY (loan_charge_id) REFERENCES fineract.m_loan_charge (id);
ALTER TABLE fineract.m_loan_tranche_disbursement_charge ADD FOREIGN KEY (disbursement_detail_id) REFERENCES fineract.m_loan_disbursement_detail (id);
ALTER TABLE fineract.m_loan_transaction ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_loan_transaction ADD FOREIGN KEY (payment_detail_id) REFERENCES fineract.m_payment_detail (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (loanpurpose_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_portfolio_command_source ADD FOREIGN KEY (maker_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_client_attendance ADD FOREIGN KEY (meeting_id) REFERENCES fineract.m_meeting (id);
ALTER TABLE fineract.m_note ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_payment_detail ADD FOREIGN KEY (payment_type_id) REFERENCES fineract.m_payment_type (id);
ALTER TABLE fineract.m_charge ADD FOREIGN KEY (payment_type_id) REFERENCES fineract.m_payment_type (id);
ALTER TABLE fineract.m_product_loan_recalculation_details ADD FOREIGN KEY (product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_product_mix ADD FOREIGN KEY (product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_product_mix ADD FOREIGN KEY (restricted_product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_savings_account_transaction ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_savings_account_transaction ADD FOREIGN KEY (payment_detail_id) REFERENCES fineract.m_payment_detail (id);
ALTER TABLE fineract.m_savings_interest_incentives ADD FOREIGN KEY (deposit_account_interest_rate_slab_id) REFERENCES fineract.m_savings_account_interest_rate_slab (id);
ALTER TABLE fineract.m_share_account_dividend_details ADD FOREIGN KEY (account_id) REFERENCES fineract.m_share_account (id);
ALTER TABLE fineract.m_share_account_dividend_details ADD FOREIGN KEY (dividend_pay_out_id) REFERENCES fineract.m_share_product_dividend_pay_out (id);
ALTER TABLE fineract.m_share_product_dividend_pay_out ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_product_dividend_pay_out ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_product_dividend_pay_out ADD FOREIGN KEY (product_id) REFERENCES fineract.m_share_product (id);
ALTER TABLE fineract.m_staff_assignment_history ADD FOREIGN KEY (centre_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_staff_assignment_history ADD FOREIGN KEY (staff_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.m_staff ADD FOREIGN KEY (image_id) REFERENCES fineract.m_image (id);
ALTER TABLE fineract.m_staff ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_account_transfer_standing_instructions ADD FOREIGN KEY (account_transfer_details_id) REFERENCES fineract.m_account_transfer_details (id);
ALTER TABLE fineract.m_cashier_transactions ADD FOREIGN KEY (cashier_id) REFERENCES fineract.m_cashiers (id);
ALTER TABLE fineract.m_tellers ADD FOREIGN KEY (credit_account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_tellers ADD FOREIGN KEY (debit_account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_tellers ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_floating_rates_periods ADD FOREIGN KEY (floating_rates_id) REFERENCES fineract.m_floating_rates (id);
ALTER TABLE fineract.m_product_loan_floating_rates ADD FOREIGN KEY (floating_rates_id) REFERENCES fineract.m_floating_rates (id);
ALTER TABLE fineract.m_loan_transaction_repayment_schedule_mapping ADD FOREIGN KEY (loan_repayment_schedule_id) REFERENCES fineract.m_loan_repayment_schedule (id);
ALTER TABLE fineract.m_loan_transaction_repayment_schedule_mapping ADD FOREIGN KEY (loan_transaction_id) REFERENCES fineract.m_loan_transaction (id);
ALTER TABLE fineract.m_product_loan_floating_rates ADD FOREIGN KEY (loan_product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_product_loan_variable_installment_config ADD FOREIGN KEY (loan_product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.acc_gl_financial_activity_account ADD FOREIGN KEY (gl_account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (rejectedon_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_note ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_savings_account ADD FOREIGN KEY (tax_group_id) REFERENCES fineract.m_tax_group (id);
ALTER TABLE fineract.m_savings_account_transaction_tax_details ADD FOREIGN KEY (savings_transaction_id) REFERENCES fineract.m_savings_account_transaction (id);
ALTER TABLE fineract.m_savings_account_transaction_tax_details ADD FOREIGN KEY (tax_component_id) REFERENCES fineract.m_tax_component (id);
ALTER TABLE fineract.m_savings_product ADD FOREIGN KEY (tax_group_id) REFERENCES fineract.m_tax_group (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (submittedon_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_component ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_component ADD FOREIGN KEY (credit_account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_tax_component ADD FOREIGN KEY (debit_account_id) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_tax_component_history ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_component_history ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_component_history ADD FOREIGN KEY (tax_component_id) REFERENCES fineract.m_tax_component (id);
ALTER TABLE fineract.m_tax_component ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_group ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_group ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_group_mappings ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_group_mappings ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_tax_group_mappings ADD FOREIGN KEY (tax_component_id) REFERENCES fineract.m_tax_component (id);
ALTER TABLE fineract.m_tax_group_mappings ADD FOREIGN KEY (tax_group_id) REFERENCES fineract.m_tax_group (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (withdrawnon_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (writeoff_reason_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.x_table_column_code_mappings ADD FOREIGN KEY (code_id) REFERENCES fineract.m_code (id);
ALTER TABLE fineract.m_group ADD FOREIGN KEY (parent_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_group_level ADD FOREIGN KEY (parent_id) REFERENCES fineract.m_group_level (id);
ALTER TABLE fineract.scheduled_email_messages_outbound ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.scheduled_email_messages_outbound ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.scheduled_email_messages_outbound ADD FOREIGN KEY (staff_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.m_portfolio_account_associations ADD FOREIGN KEY (loan_account_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_portfolio_account_associations ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_client_address ADD FOREIGN KEY (address_type_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_address ADD FOREIGN KEY (state_province_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_address ADD FOREIGN KEY (country_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_product_loan_variations_borrower_cycle ADD FOREIGN KEY (loan_product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_creditbureau_configuration ADD FOREIGN KEY (organisation_creditbureau_id) REFERENCES fineract.m_creditbureau (id);
ALTER TABLE fineract.m_creditreport ADD FOREIGN KEY (creditbureauid) REFERENCES fineract.m_creditbureau (id);
ALTER TABLE fineract.m_creditbureau_loanproduct_mapping ADD FOREIGN KEY (organisation_creditbureau_id) REFERENCES fineract.m_organisation_creditbureau (id);
ALTER TABLE fineract.m_client_address ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_adhoc ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_client_collateral_management ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_loan_collateral_management ADD FOREIGN KEY (client_collateral_id) REFERENCES fineract.m_client_collateral_management (id);
ALTER TABLE fineract.m_client_collateral_management ADD FOREIGN KEY (collateral_id) REFERENCES fineract.m_collateral_management (id);
ALTER TABLE fineract.m_collateral_management ADD FOREIGN KEY (currency) REFERENCES fineract.m_currency (id);
ALTER TABLE fineract.m_loan_collateral_management ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_collateral_management ADD FOREIGN KEY (transaction_id) REFERENCES fineract.m_loan_transaction (id);
ALTER TABLE fineract.twofactor_access_token ADD FOREIGN KEY (appuser_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_creditbureau_loanproduct_mapping ADD FOREIGN KEY (loan_product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_hook_configuration ADD FOREIGN KEY (hook_id) REFERENCES fineract.m_hook (id);
ALTER TABLE fineract.m_hook_registered_events ADD FOREIGN KEY (hook_id) REFERENCES fineract.m_hook (id);
ALTER TABLE fineract.m_hook_schema ADD FOREIGN KEY (hook_template_id) REFERENCES fineract.m_hook_templates (id);
ALTER TABLE fineract.interop_identifier ADD FOREIGN KEY (account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_appuser ADD FOREIGN KEY (staff_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.m_loan_officer_assignment_history ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_officer_assignment_history ADD FOREIGN KEY (loan_officer_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.m_product_loan_configurable_attributes ADD FOREIGN KEY (loan_product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_savings_officer_assignment_history ADD FOREIGN KEY (account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_savings_officer_assignment_history ADD FOREIGN KEY (savings_officer_id) REFERENCES fineract.m_staff (id);
ALTER TABLE fineract.stretchy_report_parameter ADD FOREIGN KEY (report_id) REFERENCES fineract.stretchy_report (id);
ALTER TABLE fineract.stretchy_report_parameter ADD FOREIGN KEY (parameter_id) REFERENCES fineract.stretchy_parameter (id);
ALTER TABLE fineract.scheduled_email_messages_outbound ADD FOREIGN KEY (email_campaign_id) REFERENCES fineract.scheduled_email_campaign (id);
ALTER TABLE fineract.stretchy_parameter ADD FOREIGN KEY (parent_id) REFERENCES fineract.stretchy_parameter (id);
ALTER TABLE fineract.m_hook ADD FOREIGN KEY (template_id) REFERENCES fineract.m_hook_templates (id);
ALTER TABLE fineract.topic_subscriber ADD FOREIGN KEY (user_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.topic_subscriber ADD FOREIGN KEY (topic_id) REFERENCES fineract.topic (id);
ALTER TABLE fineract.m_hook ADD FOREIGN KEY (ugd_template_id) REFERENCES fineract.m_template (id);
ALTER TABLE fineract.m_repayment_with_post_dated_checks ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_repayment_with_post_dated_checks ADD FOREIGN KEY (repayment_id) REFERENCES fineract.m_loan_repayment_schedule (id);
ALTER TABLE fineract.m_adhoc ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_portfolio_account_associations ADD FOREIGN KEY (linked_loan_account_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_portfolio_account_associations ADD FOREIGN KEY (linked_savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_appuser_previous_password ADD FOREIGN KEY (user_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_deposit_account_term_and_preclosure ADD FOREIGN KEY (transfer_to_savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_entity_datatable_check ADD FOREIGN KEY (x_registered_table_name) REFERENCES fineract.x_registered_table (registered_table_name);
ALTER TABLE fineract.m_group_client ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_group_client ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_group ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_holiday_office ADD FOREIGN KEY (holiday_id) REFERENCES fineract.m_holiday (id);
ALTER TABLE fineract.m_loan_arrears_aging ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_charge ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.m_loan_charge ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan ADD FOREIGN KEY (group_id) REFERENCES fineract.m_group (id);
ALTER TABLE fineract.m_loan_paid_in_advance ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_repayment_schedule_history ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_repayment_schedule_history ADD FOREIGN KEY (loan_reschedule_request_id) REFERENCES fineract.m_loan_reschedule_request (id);
ALTER TABLE fineract.m_loan_reschedule_request ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_reschedule_request ADD FOREIGN KEY (reschedule_reason_cv_id) REFERENCES fineract.m_code_value (id);
ALTER TABLE fineract.m_loan_reschedule_request ADD FOREIGN KEY (submitted_by_user_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_loan_reschedule_request ADD FOREIGN KEY (approved_by_user_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_loan_reschedule_request ADD FOREIGN KEY (rejected_by_user_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_loan_topup ADD FOREIGN KEY (account_transfer_details_id) REFERENCES fineract.m_account_transfer_details (id);
ALTER TABLE fineract.m_loan_topup ADD FOREIGN KEY (closure_loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loan_topup ADD FOREIGN KEY (loan_id) REFERENCES fineract.m_loan (id);
ALTER TABLE fineract.m_loanproduct_provisioning_entry ADD FOREIGN KEY (history_id) REFERENCES fineract.m_provisioning_history (id);
ALTER TABLE fineract.m_loanproduct_provisioning_entry ADD FOREIGN KEY (criteria_id) REFERENCES fineract.m_provisioning_criteria (id);
ALTER TABLE fineract.m_loanproduct_provisioning_entry ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_loanproduct_provisioning_entry ADD FOREIGN KEY (product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_loanproduct_provisioning_entry ADD FOREIGN KEY (category_id) REFERENCES fineract.m_provision_category (id);
ALTER TABLE fineract.m_loanproduct_provisioning_entry ADD FOREIGN KEY (liability_account) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_loanproduct_provisioning_entry ADD FOREIGN KEY (expense_account) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_loanproduct_provisioning_mapping ADD FOREIGN KEY (product_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_loanproduct_provisioning_mapping ADD FOREIGN KEY (criteria_id) REFERENCES fineract.m_provisioning_criteria (id);
ALTER TABLE fineract.m_holiday_office ADD FOREIGN KEY (office_id) REFERENCES fineract.m_office (id);
ALTER TABLE fineract.m_product_loan_charge ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.m_product_loan_charge ADD FOREIGN KEY (product_loan_id) REFERENCES fineract.m_product_loan (id);
ALTER TABLE fineract.m_provisioning_criteria_definition ADD FOREIGN KEY (criteria_id) REFERENCES fineract.m_provisioning_criteria (id);
ALTER TABLE fineract.m_provisioning_criteria_definition ADD FOREIGN KEY (category_id) REFERENCES fineract.m_provision_category (id);
ALTER TABLE fineract.m_provisioning_criteria_definition ADD FOREIGN KEY (liability_account) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_provisioning_criteria_definition ADD FOREIGN KEY (expense_account) REFERENCES fineract.acc_gl_account (id);
ALTER TABLE fineract.m_provisioning_criteria ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_provisioning_criteria ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_provisioning_history ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_provisioning_history ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_report_mailing_job ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_report_mailing_job ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_report_mailing_job ADD FOREIGN KEY (stretchy_report_id) REFERENCES fineract.stretchy_report (id);
ALTER TABLE fineract.m_report_mailing_job ADD FOREIGN KEY (run_as_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_report_mailing_job_run_history ADD FOREIGN KEY (job_id) REFERENCES fineract.m_report_mailing_job (id);
ALTER TABLE fineract.m_savings_account_charge ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.m_savings_account_charge ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_savings_product_charge ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.m_savings_product_charge ADD FOREIGN KEY (savings_product_id) REFERENCES fineract.m_savings_product (id);
ALTER TABLE fineract.m_selfservice_user_client_mapping ADD FOREIGN KEY (appuser_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_selfservice_user_client_mapping ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_share_account_charge ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.m_share_account_charge ADD FOREIGN KEY (account_id) REFERENCES fineract.m_share_account (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (product_id) REFERENCES fineract.m_share_product (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (savings_account_id) REFERENCES fineract.m_savings_account (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (submitted_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (approved_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (rejected_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (activated_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (closed_userid) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_account ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.m_share_account_transactions ADD FOREIGN KEY (account_id) REFERENCES fineract.m_share_account (id);
ALTER TABLE fineract.m_share_account_charge_paid_by ADD FOREIGN KEY (share_transaction_id) REFERENCES fineract.m_share_account_transactions (id);
ALTER TABLE fineract.m_share_account_charge_paid_by ADD FOREIGN KEY (charge_transaction_id) REFERENCES fineract.m_share_account_charge (id);
ALTER TABLE fineract.m_share_product_charge ADD FOREIGN KEY (charge_id) REFERENCES fineract.m_charge (id);
ALTER TABLE fineract.m_share_product_charge ADD FOREIGN KEY (product_id) REFERENCES fineract.m_share_product (id);
ALTER TABLE fineract.m_share_product ADD FOREIGN KEY (createdby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_product ADD FOREIGN KEY (lastmodifiedby_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_share_product_market_price ADD FOREIGN KEY (product_id) REFERENCES fineract.m_share_product (id);
ALTER TABLE fineract.m_survey_components ADD FOREIGN KEY (survey_id) REFERENCES fineract.m_surveys (id);
ALTER TABLE fineract.m_survey_lookup_tables ADD FOREIGN KEY (survey_id) REFERENCES fineract.m_surveys (id);
ALTER TABLE fineract.m_survey_questions ADD FOREIGN KEY (survey_id) REFERENCES fineract.m_surveys (id);
ALTER TABLE fineract.m_survey_responses ADD FOREIGN KEY (question_id) REFERENCES fineract.m_survey_questions (id);
ALTER TABLE fineract.m_survey_scorecards ADD FOREIGN KEY (survey_id) REFERENCES fineract.m_surveys (id);
ALTER TABLE fineract.m_survey_scorecards ADD FOREIGN KEY (question_id) REFERENCES fineract.m_survey_questions (id);
ALTER TABLE fineract.m_survey_scorecards ADD FOREIGN KEY (response_id) REFERENCES fineract.m_survey_responses (id);
ALTER TABLE fineract.m_survey_scorecards ADD FOREIGN KEY (user_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.m_survey_scorecards ADD FOREIGN KEY (client_id) REFERENCES fineract.m_client (id);
ALTER TABLE fineract.notification_mapper ADD FOREIGN KEY (user_id) REFERENCES fineract.m_appuser (id);
ALTER TABLE fineract.notification_mapper ADD FOREIGN KEY (notification_id) REFERENCES fineract.notification_generator (id);
ALTER TABLE fineract.m_organisation_creditbureau ADD FOREIGN KEY (creditbureau_id) REFERENCES fineract.m_creditbureau (id);
ALTER TABLE fineract.scheduled_email_campaign ADD FOREIGN KEY (stretchy_report_id) REFERENCES fineract.stretchy_report (id);
ALTER TABLE fineract.job_run_history ADD FOREIGN KEY (job_id) REFERENCES fineract.job (id);
ALTER TABLE fineract.sms_campaign ADD FOREIGN KEY (report_id) REFERENCES fineract.stretchy_report (id);
