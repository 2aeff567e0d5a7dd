-- Sentrifugo 3.1.1, the open-source human resource management system (PHP/Zend, MySQL): organisation info, business
-- units, departments, job titles, positions, users and employees, their personal, contact, salary, education,
-- experience, skills, certifications, visa, dependants, documents and job history, reporting lines, holiday groups
-- and dates, leave types, allotments and leave requests, recruitment (requisitions, candidates, interviews and
-- rounds), background checks and agencies, performance appraisals and feedforward, service desk requests, policy
-- documents, announcements, disciplinary incidents, exit procedure, assets and asset categories, vendors, expenses,
-- trips, advances and receipts, and the time module (clients, projects, tasks, project staffing, timesheets and their
-- approval status), with their lookup lists (countries, states, cities, currencies, genders, marital status, ...).
-- Source: install/hrms.sql (the installer's MySQL dump) of github.com/sapplica/sentrifugo at commit
-- 0ddb8c1422fb5ab834c84fc1dd4282f2727d6d2b (17 Apr 2017; the file's last change); GPL-3.0 (the repository's
-- LICENSE.txt; we use the schema's facts). MySQL converted to PostgreSQL by a one-off script (not committed), loaded
-- into a scratch PostgreSQL and regenerated from its catalog, schema sentrifugo: int -> integer (int unsigned ->
-- bigint), bigint, tinyint -> smallint, varchar(n)/char(n) kept, text kinds -> text, enum -> text, datetime and
-- timestamp -> timestamp, float -> real, double -> double precision, decimal -> numeric; NOT NULL kept; its 178
-- comments kept (15 on tables, 163 on columns); AUTO_INCREMENT, defaults, ON UPDATE clauses, indexes,
-- unique keys and engine options left out; its 23 foreign keys kept (the time module's, the appraisal ratings' and
-- the tbl_ geography lists'; everything else joins by name only, e.g. main_employees.user_id, department_id).
-- A consistent subset: 158 of its 178 tables. Left out: the 7 denormalised copies the application refreshes from
-- the tables kept (main_employees_summary, main_leaverequest_summary, main_requisition_summary,
-- main_sd_requests_summary, main_bgchecks_summary, main_leavemanagement_summary, main_interviewrounds_summary) and
-- 13 technical tables (main_menu, main_privileges, main_settings, main_mail_settings, main_patches_version,
-- main_cronstatus, tm_cronjob_status, main_logmanager, main_logmanagercron, main_hr_wizard, main_wizard, numbers,
-- tbl_password); its 3 views and the rows it inserts. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS sentrifugo;
CREATE TABLE sentrifugo.assets (
    id integer NOT NULL,
    category integer,
    sub_category integer,
    company_asset_code integer,
    name character varying(50) NOT NULL,
    location character varying(15) NOT NULL,
    allocated_to integer,
    responsible_technician integer,
    vendor integer,
    asset_classification character varying(50) NOT NULL,
    purchase_date date,
    invoice_number character varying(50),
    manufacturer character varying(50) NOT NULL,
    key_number character varying(11) NOT NULL,
    warenty_status text NOT NULL,
    warenty_end_date date,
    is_working text NOT NULL,
    notes text,
    image text,
    imagencrpname text NOT NULL,
    qr_image text NOT NULL,
    isactive smallint,
    created_by integer,
    modified_by integer,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.assets_categories (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    parent integer,
    is_active smallint,
    created_by integer,
    modified_by character varying(11),
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.assets_history (
    id integer NOT NULL,
    asset_id integer,
    user_id integer,
    history character varying(500),
    isactive smallint,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_advacne_summary (
    id integer NOT NULL,
    employee_id integer,
    total real,
    utilized real,
    returned real,
    balance real,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_advance (
    id integer NOT NULL,
    type text,
    from_id integer,
    to_id integer,
    payment_ref_number character varying(200),
    payment_mode_id integer,
    project_id integer,
    currency_id integer,
    amount real,
    application_currency_id integer,
    application_amount real,
    advance_conversion_rate real,
    description text,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone NOT NULL,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_categories (
    id integer NOT NULL,
    expense_category_name character varying(100),
    unit_price character varying(50),
    unit_name character varying(50),
    createdby integer,
    modifiedby integer,
    created_date timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_forward (
    id integer NOT NULL,
    expense_id integer,
    trip_id integer,
    from_id integer,
    to_id integer,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_history (
    id integer NOT NULL,
    expense_id integer,
    trip_id integer,
    history character varying(500),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_notifications (
    id integer NOT NULL,
    expense_id integer,
    trip_id integer,
    notification character varying(500),
    link character varying(200),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_payment_methods (
    id integer NOT NULL,
    payment_method_name character varying(100),
    createdby integer,
    modifiedby integer,
    created_date timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_receipts (
    id integer NOT NULL,
    expense_id integer,
    trip_id integer,
    receipt_name character varying(100),
    receipt_filename character varying(100),
    receipt_file_type character varying(5),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_return_advance (
    id integer NOT NULL,
    from_id integer,
    to_id integer,
    currency_id integer,
    returned_amount real,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_trip_history (
    id integer NOT NULL,
    trip_id integer,
    expense_id integer,
    history character varying(500),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expense_trips (
    id integer NOT NULL,
    manager_id integer,
    trip_name character varying(100),
    from_date date,
    to_date date,
    description text,
    status text,
    rejected_note text,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.expenses (
    id integer NOT NULL,
    expense_name character varying(100),
    category_id integer,
    project_id integer,
    client_id integer,
    trip_id integer,
    manager_id integer,
    expense_date date,
    expense_currency_id integer,
    expense_amount real,
    expense_conversion_rate real,
    application_currency_id integer,
    application_amount real,
    advance_amount real,
    is_reimbursable smallint,
    is_from_advance smallint,
    expense_payment_id integer,
    expense_payment_ref_no character varying(200),
    description text,
    status text,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_accountclasstype (
    id bigint NOT NULL,
    accountclasstype character varying(255),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_allottedleaveslog (
    id bigint NOT NULL,
    userid bigint,
    assignedleaves integer,
    totalleaves integer,
    year integer,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_announcements (
    id bigint NOT NULL,
    businessunit_id text,
    department_id text,
    title character varying(255),
    description text,
    attachments text,
    status smallint,
    isactive smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_assignmententryreasoncode (
    id bigint NOT NULL,
    assignmententryreasoncode character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_attendancestatuscode (
    id bigint NOT NULL,
    attendancestatuscode character varying(255),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_bankaccounttype (
    id bigint NOT NULL,
    bankaccounttype character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_bgagencylist (
    id bigint NOT NULL,
    user_id bigint,
    agencyname character varying(255) NOT NULL,
    primaryphone character varying(100) NOT NULL,
    secondaryphone character varying(100),
    address text,
    bg_checktype character varying(255) NOT NULL,
    website_url character varying(255),
    flag smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_bgcheckcomments (
    id bigint NOT NULL,
    bgdet_id bigint,
    comment text,
    from_id bigint,
    to_id bigint,
    createddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_bgcheckdetails (
    id bigint NOT NULL,
    specimen_id bigint,
    flag smallint,
    process_status text,
    bgagency_id bigint,
    bgcheck_type character varying(100),
    bgagency_pocid bigint,
    bgcheck_status text,
    explanation text,
    feedback_file character varying(50),
    feedback_deletedby integer,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    recentlycommentedby bigint,
    recentlycommenteddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_bgchecktype (
    id bigint NOT NULL,
    type character varying(150) NOT NULL,
    description text,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_bgpocdetails (
    id bigint NOT NULL,
    bg_agencyid integer,
    first_name character varying(100),
    last_name character varying(100),
    contact_no character varying(100),
    email character varying(150),
    location character varying(200),
    city bigint,
    state bigint,
    country bigint,
    contact_type smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_businessunits (
    id bigint NOT NULL,
    unitname character varying(255) NOT NULL,
    unitcode character varying(50),
    description text,
    startdate date,
    country bigint,
    state bigint,
    city bigint,
    address1 text,
    address2 text,
    address3 text,
    timezone integer,
    unithead character varying(255),
    service_desk_flag smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_candidatedetails (
    id bigint NOT NULL,
    requisition_id integer,
    candidate_firstname character varying(50),
    candidate_lastname character varying(50),
    candidate_name character varying(100) NOT NULL,
    emailid character varying(70),
    contact_number character varying(15),
    profileimg character varying(100),
    cand_resume character varying(100),
    cand_resume_deletedby integer,
    qualification character varying(100) NOT NULL,
    experience real,
    skillset text,
    education_summary text,
    summary text,
    cand_status text NOT NULL,
    backgroundchk_status text,
    cand_location character varying(150),
    city bigint,
    state bigint,
    country bigint,
    pincode character varying(15),
    source text,
    source_val character varying(150),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_candworkdetails (
    id bigint NOT NULL,
    cand_id bigint,
    company_name character varying(150),
    contact_number character varying(20),
    company_address character varying(500),
    company_website character varying(100),
    cand_designation character varying(60),
    cand_fromdate date,
    cand_todate date,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_cities (
    id bigint NOT NULL,
    countryid bigint,
    state bigint,
    city character varying(255),
    city_org_id bigint,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_competencylevel (
    id bigint NOT NULL,
    competencylevel character varying(255),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_countries (
    id bigint NOT NULL,
    country character varying(255) NOT NULL,
    countrycode character varying(255),
    citizenship character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    country_id_org bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_currency (
    id bigint NOT NULL,
    currencyname character varying(255) NOT NULL,
    currencycode character varying(255),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_currencyconverter (
    id bigint NOT NULL,
    basecurrency integer,
    targetcurrency integer,
    basecurrtext character varying(255),
    targetcurrtext character varying(255),
    exchangerate character varying(255),
    start_date date,
    end_date date,
    createdby bigint,
    description character varying(255),
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_dateformat (
    id bigint NOT NULL,
    mysql_dateformat character varying(50),
    js_dateformat character varying(50),
    dateformat character varying(50) NOT NULL,
    example character varying(60),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_departments (
    id bigint NOT NULL,
    deptname character varying(150) NOT NULL,
    deptcode character varying(20),
    description character varying(255),
    startdate date,
    country bigint,
    state bigint,
    city bigint,
    address1 text NOT NULL,
    address2 text,
    address3 text,
    timezone integer,
    depthead bigint,
    unitid integer,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_disciplinary_history (
    id bigint NOT NULL,
    incident_id bigint,
    description character varying(300),
    action_emp_id bigint,
    createdby bigint,
    createddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_disciplinary_incident (
    id bigint NOT NULL,
    incident_raised_by bigint,
    employee_bu_id bigint,
    employee_dept_id bigint,
    employee_id bigint,
    employee_rep_mang_id bigint,
    date_of_occurrence date,
    violation_id bigint,
    violation_expiry date,
    employee_job_title_id bigint,
    employer_statement text,
    employee_appeal smallint,
    employee_statement text,
    cao_verdict smallint,
    corrective_action text,
    corrective_action_text character varying(255),
    incident_status text,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_disciplinary_violation_types (
    id bigint NOT NULL,
    violationname character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_educationlevelcode (
    id bigint NOT NULL,
    educationlevelcode character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_eeoccategory (
    id bigint NOT NULL,
    eeoccategory character varying(255) NOT NULL,
    description character varying(255),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_emailcontacts (
    id smallint NOT NULL,
    group_id integer,
    business_unit_id integer,
    groupemail character varying(50) NOT NULL,
    isactive smallint,
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_emailgroups (
    id bigint NOT NULL,
    group_name character varying(100) NOT NULL,
    group_code character varying(50),
    description character varying(200),
    isactive smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_emaillogs (
    id bigint NOT NULL,
    fromemail character varying(200),
    toemail character varying(200),
    toname character varying(200),
    cc text,
    bcc text,
    emailsubject character varying(255),
    header character varying(255),
    message text,
    is_sent smallint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    key1 character varying(50),
    key2 character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_emp_reporting (
    id bigint NOT NULL,
    emp_id bigint,
    reporting_manager_id bigint,
    isactive smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empadditionaldetails (
    id bigint NOT NULL,
    user_id bigint,
    military_status smallint,
    countries_served bigint,
    branch_service character varying(100),
    rank_achieved character varying(100),
    from_date date,
    to_date date,
    special_training text,
    awards text,
    discharge_status smallint,
    service_number character varying(100),
    rank character varying(100),
    verification_report character varying(100),
    military_servicetype bigint,
    veteran_status bigint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empcertificationdetails (
    id bigint NOT NULL,
    user_id bigint,
    course_name character varying(100),
    description text,
    course_level character varying(100),
    course_offered_by character varying(100),
    certification_name character varying(100),
    issued_date date,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empcommunicationdetails (
    id bigint NOT NULL,
    user_id bigint,
    personalemail character varying(100),
    perm_streetaddress character varying(200),
    perm_country bigint,
    perm_state bigint,
    perm_city bigint,
    perm_pincode character varying(15),
    current_streetaddress character varying(200),
    current_country bigint,
    current_state bigint,
    current_city bigint,
    current_pincode character varying(15),
    emergency_number character varying(100),
    emergency_name character varying(50),
    emergency_email character varying(100),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empcreditcarddetails (
    id bigint NOT NULL,
    user_id bigint,
    card_type character varying(100),
    card_number bigint,
    nameoncard character varying(100),
    card_expiration date,
    card_issued_comp character varying(255),
    card_code character varying(100),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empdependencydetails (
    id bigint NOT NULL,
    user_id bigint,
    dependent_name character varying(100),
    dependent_relation character varying(100),
    dependent_custody character varying(100),
    dependent_dob date,
    dependent_age bigint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empdisabilitydetails (
    id bigint NOT NULL,
    user_id bigint,
    disability_name character varying(50),
    disability_type character varying(100),
    other_disability_type character varying(100),
    disability_description text,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empeducationdetails (
    id bigint NOT NULL,
    user_id bigint,
    educationlevel bigint,
    institution_name character varying(255),
    course character varying(100),
    from_date date,
    to_date date,
    percentage bigint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empexperiancedetails (
    id bigint NOT NULL,
    user_id bigint,
    comp_name character varying(100),
    comp_website character varying(255),
    designation character varying(100),
    from_date date,
    to_date date,
    reason_for_leaving text,
    reference_name character varying(100),
    reference_contact character varying(100),
    reference_email character varying(100),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empholidays (
    id bigint NOT NULL,
    user_id bigint,
    holiday_group_id bigint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empjobhistory (
    id bigint NOT NULL,
    user_id bigint,
    positionheld bigint,
    department bigint,
    jobtitleid bigint,
    start_date date,
    end_date date,
    active_company smallint,
    client_id integer,
    vendor character varying(200),
    paid_amount numeric(25,2),
    received_amount numeric(25,2),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_employeedocuments (
    id bigint NOT NULL,
    user_id bigint,
    name character varying(255),
    attachments text,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_employeeleaves (
    id bigint NOT NULL,
    user_id bigint,
    emp_leave_limit real,
    used_leaves real,
    alloted_year smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    isleavetrasnferset smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_employeeleavetypes (
    id bigint NOT NULL,
    leavetype character varying(255),
    numberofdays integer,
    leavecode character varying(255),
    description character varying(255),
    leavepreallocated smallint,
    leavepredeductable smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_employees (
    id bigint NOT NULL,
    user_id bigint,
    date_of_joining date,
    date_of_leaving date,
    reporting_manager bigint,
    emp_status_id bigint,
    businessunit_id bigint,
    department_id bigint,
    jobtitle_id bigint,
    position_id bigint,
    years_exp character varying(20),
    holiday_group bigint,
    prefix_id bigint,
    extension_number character varying(20),
    office_number character varying(100),
    office_faxnumber character varying(100),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    is_orghead smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_employmentstatus (
    id bigint NOT NULL,
    workcode character varying(255),
    workcodename bigint,
    default_leaves integer,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empmedicalclaims (
    id bigint NOT NULL,
    user_id bigint,
    injury_type smallint,
    injury_description text,
    injury_indicator smallint,
    injured_date date,
    injury_name character varying(100),
    injury_severity smallint,
    disability_type character varying(100),
    other_disability_type character varying(100),
    disablity_approved smallint,
    medical_insurer_name character varying(100),
    expected_date_join date,
    leavebyemployeer_to_date date,
    leavebyemployeer_from_date date,
    leavebyemployeer_days bigint,
    leaveappliedbyemployee_to_date date,
    leaveappliedbyemployee_from_date date,
    leaveappliedbyemployee_days bigint,
    hospital_name character varying(100),
    hospital_address text,
    room_number character varying(50),
    concerned_physician_name character varying(100),
    treatment_details text,
    total_cost bigint,
    amount_claimed_for bigint,
    amount_approved bigint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_emppersonaldetails (
    id bigint NOT NULL,
    user_id bigint,
    genderid bigint,
    maritalstatusid bigint,
    nationalityid bigint,
    ethniccodeid bigint,
    racecodeid bigint,
    languageid bigint,
    dob date,
    celebrated_dob date,
    bloodgroup character varying(100),
    identity_documents text,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empsalarydetails (
    id bigint NOT NULL,
    user_id bigint,
    currencyid bigint,
    salarytype bigint,
    salary character varying(100),
    bankname character varying(100),
    accountholder_name character varying(100),
    accountholding date,
    accountclasstypeid bigint,
    bankaccountid bigint,
    accountnumber character varying(100),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empskills (
    id bigint NOT NULL,
    user_id bigint,
    skillname character varying(100),
    yearsofexp character varying(20),
    competencylevelid integer,
    year_skill_last_used date,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empvisadetails (
    id bigint NOT NULL,
    user_id bigint,
    passport_number character varying(100),
    passport_issue_date date,
    passport_expiry_date date,
    visa_number character varying(100),
    visa_type character varying(100),
    visa_issue_date date,
    visa_expiry_date date,
    inine_status character varying(100),
    inine_review_date date,
    issuing_authority character varying(100),
    ininetyfour_status character varying(100),
    ininetyfour_expiry_date date,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empworkdetails (
    id bigint NOT NULL,
    user_id integer,
    company_name character varying(255),
    contact_number character varying(15),
    company_address text,
    company_website character varying(200),
    emp_designation character varying(100),
    emp_fromdate timestamp without time zone,
    emp_todate timestamp without time zone,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_empworkeligibility (
    id bigint NOT NULL,
    user_id bigint,
    documenttype_id bigint,
    doc_issue_date date,
    doc_expiry_date date,
    issuingauth_name character varying(100),
    issuingauth_country bigint,
    issuingauth_state bigint,
    issuingauth_city bigint,
    issuingauth_postalcode character varying(15),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_ethniccode (
    id bigint NOT NULL,
    ethniccode character varying(255) NOT NULL,
    ethnicname character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_exit_history (
    id integer NOT NULL,
    exit_request_id integer NOT NULL,
    description character varying(500),
    createdby integer NOT NULL,
    modifiedby integer,
    createddate timestamp without time zone NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    isactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_exit_process (
    id integer NOT NULL,
    employee_id integer NOT NULL,
    exit_type_id integer NOT NULL,
    exit_settings_id integer NOT NULL,
    employee_comments character varying(1000),
    overall_status text,
    overall_comments character varying(1000),
    l1_status text,
    l1_comments character varying(1000),
    l2_status text,
    l2_comments character varying(1000),
    hr_manager_status text,
    hr_manager_comments character varying(1000),
    sys_admin_status text,
    sys_admin_comments character varying(1000),
    gen_admin_status text,
    gen_admin_comments character varying(1000),
    fin_admin_status text,
    fin_admin_comments character varying(1000),
    relieving_date date NOT NULL,
    feedback_completed smallint,
    createdby integer NOT NULL,
    modifiedby integer,
    createddate timestamp without time zone NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_exit_questions (
    id integer NOT NULL,
    exit_type_id integer NOT NULL,
    question character varying(500) NOT NULL,
    description character varying(255),
    createdby integer NOT NULL,
    modifiedby integer,
    createddate timestamp without time zone NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    isactive smallint NOT NULL,
    isused smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_exit_questions_response (
    id integer NOT NULL,
    user_id integer NOT NULL,
    exit_initiation_id integer NOT NULL,
    hr_qs text,
    employee_response text,
    createdby integer NOT NULL,
    modifiedby integer,
    createddate timestamp without time zone NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    isactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_exit_settings (
    id integer NOT NULL,
    businessunit_id integer NOT NULL,
    department_id integer NOT NULL,
    l2_manager integer,
    hr_manager integer,
    sys_admin integer,
    general_admin integer,
    finance_manager integer,
    notice_period integer,
    createdby integer NOT NULL,
    modifiedby integer,
    createddate timestamp without time zone NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    isactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_exit_types (
    id integer NOT NULL,
    exit_type character varying(50) NOT NULL,
    description character varying(255),
    createdby integer NOT NULL,
    modifiedby integer,
    createddate timestamp without time zone NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    isactive smallint NOT NULL,
    isused smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_gender (
    id bigint NOT NULL,
    gendercode character varying(255) NOT NULL,
    gendername character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_geographygroup (
    id bigint NOT NULL,
    currency integer,
    geographygroupname character varying(255),
    geographycode character varying(255) NOT NULL,
    geographyregion character varying(255),
    geographycityname character varying(255),
    defaultgeographygroup character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_groups (
    id bigint NOT NULL,
    group_name character varying(60) NOT NULL,
    description character varying(150),
    level bigint,
    isactive smallint,
    created timestamp without time zone,
    modified timestamp without time zone,
    createdby bigint,
    modifiedby bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_hierarchylevels (
    id bigint NOT NULL,
    level_number integer,
    parent bigint,
    userid bigint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_holidaydates (
    id bigint NOT NULL,
    holidayname character varying(255),
    groupid integer,
    holidaydate date,
    holidayyear smallint,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_holidaygroups (
    id bigint NOT NULL,
    groupname character varying(255),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_identitycodes (
    id smallint NOT NULL,
    employee_code character varying(100),
    backgroundagency_code character varying(100),
    vendors_code character varying(100),
    staffing_code character varying(100),
    users_code character varying(10),
    requisition_code character varying(10),
    createdby integer,
    createddate timestamp without time zone,
    modifiedby integer,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_identitydocuments (
    id bigint NOT NULL,
    document_name character varying(500),
    mandatory smallint,
    expiry smallint,
    description character varying(500),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_interviewdetails (
    id bigint NOT NULL,
    req_id bigint,
    candidate_id bigint,
    interview_status text,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_interviewrounddetails (
    id bigint NOT NULL,
    interview_id bigint,
    req_id bigint,
    candidate_id bigint,
    interviewer_id bigint,
    interview_time time without time zone,
    interview_date date,
    interview_mode text,
    interview_round_number integer,
    interview_round character varying(50),
    interview_feedback text,
    interview_comments text,
    round_status text,
    int_location character varying(200),
    int_city bigint,
    int_state bigint,
    int_country bigint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_jobtitles (
    id bigint NOT NULL,
    jobtitlecode character varying(255),
    jobtitlename character varying(255),
    jobdescription character varying(255),
    minexperiencerequired real,
    jobpaygradecode character varying(255),
    jobpayfrequency character varying(255),
    comments character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_language (
    id bigint NOT NULL,
    languagename character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_leavemanagement (
    id bigint NOT NULL,
    cal_startmonth bigint,
    weekend_startday bigint,
    weekend_endday bigint,
    businessunit_id bigint,
    department_id bigint,
    hr_id integer,
    hours_day integer,
    is_satholiday smallint,
    is_halfday smallint,
    is_leavetransfer smallint,
    is_skipholidays smallint,
    description character varying(255),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_leaverequest (
    id bigint NOT NULL,
    user_id bigint,
    reason text,
    approver_comments text,
    leavetypeid bigint,
    leaveday smallint,
    from_date date,
    to_date date,
    leavestatus text,
    rep_mang_id bigint,
    hr_id integer,
    no_of_days real,
    appliedleavescount real,
    is_sat_holiday smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_leaverequest_history (
    id integer NOT NULL,
    leaverequest_id integer,
    description character varying(500),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_licensetype (
    id bigint NOT NULL,
    licensetype character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_maritalstatus (
    id bigint NOT NULL,
    maritalcode character varying(255) NOT NULL,
    maritalstatusname character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_militaryservice (
    id bigint NOT NULL,
    militaryservicetype character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_monthslist (
    id bigint NOT NULL,
    month_id bigint,
    monthcode character varying(255),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_nationality (
    id bigint NOT NULL,
    nationalitycode character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_nationalitycontextcode (
    id bigint NOT NULL,
    nationalitycontextcode character varying(255),
    description character varying(255) NOT NULL,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_numberformats (
    id bigint NOT NULL,
    numberformattype character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_organisationinfo (
    id bigint NOT NULL,
    organisationname character varying(255),
    org_image character varying(255),
    domain character varying(255),
    website character varying(255),
    orgdescription text,
    totalemployees bigint,
    registration_number character varying(255),
    org_startdate date,
    phonenumber character varying(255),
    secondaryphone character varying(255),
    email character varying(255),
    secondaryemail character varying(255),
    faxnumber character varying(255),
    country bigint,
    state bigint,
    city bigint,
    address1 text,
    address2 text,
    address3 text,
    description text,
    orghead character varying(255),
    designation character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_appraisalhistory (
    id bigint NOT NULL,
    employee_id bigint,
    pa_initialization_id bigint,
    description character varying(300),
    desc_emp_id bigint,
    desc_emp_name character varying(100),
    desc_emp_profileimg character varying(150),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_category (
    id bigint NOT NULL,
    category_name character varying(255),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    isused smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_employee_ratings (
    id bigint NOT NULL,
    pa_initialization_id bigint,
    employee_id bigint,
    employee_response text,
    manager_response text,
    skill_response text,
    line_manager_1 bigint,
    line_manager_2 bigint,
    line_manager_3 bigint,
    line_manager_4 bigint,
    line_manager_5 bigint,
    line_comment_1 text,
    line_comment_2 text,
    line_comment_3 text,
    line_comment_4 text,
    line_comment_5 text,
    line_rating_1 bigint,
    line_rating_2 bigint,
    line_rating_3 bigint,
    line_rating_4 integer,
    line_rating_5 integer,
    consolidated_rating real,
    appraisal_status text,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_ff_employee_ratings (
    id bigint NOT NULL,
    ff_initialization_id bigint,
    manager_id bigint,
    employee_id bigint,
    question_ids text,
    employee_response text,
    ff_status text,
    consolidated_rating real,
    additional_comments text,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_ff_history (
    id bigint NOT NULL,
    employee_id bigint,
    pa_ff_initialization_id bigint,
    description character varying(300),
    desc_emp_id bigint,
    desc_emp_name character varying(100),
    desc_emp_profileimg character varying(150),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_ff_initialization (
    id bigint NOT NULL,
    pa_configured_id bigint,
    businessunit_id bigint,
    department_id bigint,
    ff_mode text,
    ff_period smallint,
    ff_from_year integer,
    ff_to_year integer,
    ff_due_date date,
    appraisal_id bigint,
    employee_name_view smallint,
    enable_to smallint,
    initialize_status smallint,
    status smallint,
    questions text,
    qs_privileges text,
    isactive smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_groups (
    id bigint NOT NULL,
    pa_initialization_id bigint,
    group_name character varying(250),
    isactive smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_groups_employees (
    id bigint NOT NULL,
    pa_initialization_id bigint,
    group_id bigint,
    employee_ids text,
    isactive smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_groups_employees_temp (
    id bigint NOT NULL,
    pa_initialization_id bigint,
    group_id bigint,
    employee_ids text,
    isactive smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_implementation (
    id bigint NOT NULL,
    businessunit_id bigint,
    department_id bigint,
    performance_app_flag smallint,
    appraisal_mode text,
    approval_selection smallint,
    appraisal_ratings smallint,
    module_flag smallint,
    isactive smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_initialization (
    id bigint NOT NULL,
    pa_configured_id bigint,
    businessunit_id bigint,
    department_id bigint,
    enable_step smallint,
    appraisal_mode text,
    appraisal_period smallint,
    eligibility character varying(40),
    from_year bigint,
    to_year bigint,
    managers_due_date date,
    employees_due_date date,
    category_id character varying(250),
    initialize_status smallint,
    status smallint,
    pa_group_ids text,
    manager_ids text,
    manager_level_type smallint,
    comments text,
    group_settings smallint,
    employee_response smallint,
    appraisal_ratings smallint,
    management_appraisal smallint,
    isactive smallint,
    performance_app_flag smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_manager_initialization (
    id bigint NOT NULL,
    pa_initialization_id bigint,
    selected_employee_ids text,
    approver_level bigint,
    approver_1_id bigint,
    approver_2_id bigint,
    approver_3_id bigint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_questions (
    id bigint NOT NULL,
    pa_category_id bigint,
    question character varying(500),
    description character varying(500),
    module_flag smallint,
    isactive smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isused smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_questions_privileges (
    id bigint NOT NULL,
    pa_initialization_id bigint,
    group_id bigint,
    employee_id bigint,
    hr_qs text,
    hr_group_qs_privileges text,
    manager_group_id bigint,
    manager_qs text,
    manager_qs_privileges text,
    ff_qs text,
    ff_qs_privileges text,
    module_flag smallint,
    line_manager_1 bigint,
    line_manager_2 bigint,
    line_manager_3 bigint,
    line_manager_4 bigint,
    line_manager_5 bigint,
    manager_levels smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_questions_privileges_temp (
    id bigint NOT NULL,
    pa_initialization_id bigint,
    group_id bigint,
    employee_id bigint,
    hr_qs text,
    hr_group_qs_privileges text,
    line_manager_1 bigint,
    line_manager_2 bigint,
    line_manager_3 bigint,
    line_manager_4 bigint,
    line_manager_5 bigint,
    manager_levels smallint,
    module_flag smallint,
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_ratings (
    id bigint NOT NULL,
    pa_configured_id bigint,
    pa_initialization_id bigint,
    rating_type smallint,
    rating_value bigint,
    rating_text character varying(100),
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pa_skills (
    id bigint NOT NULL,
    skill_name character varying(255),
    description character varying(255),
    createdby bigint,
    createdby_role bigint,
    createdby_group bigint,
    modifiedby bigint,
    modifiedby_role bigint,
    modifiedby_group bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    isused smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_payfrequency (
    id bigint NOT NULL,
    freqtype character varying(255) NOT NULL,
    freqcode character varying(100),
    freqdescription character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pd_categories (
    id bigint NOT NULL,
    category character varying(200) NOT NULL,
    description text,
    isused smallint,
    isactive smallint,
    modifiedby bigint,
    createdby bigint,
    modifieddate timestamp without time zone,
    createddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_pd_documents (
    id bigint NOT NULL,
    category_id bigint,
    subcategory_id bigint,
    document_name character varying(500) NOT NULL,
    document_version character varying(100),
    description text,
    file_name text,
    isactive smallint,
    modifiedby bigint,
    createdby bigint,
    modifieddate timestamp without time zone,
    createddate timestamp without time zone,
    flag1 character varying(100),
    flag2 character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_positions (
    id bigint NOT NULL,
    positionname character varying(100),
    jobtitleid bigint,
    description character varying(255),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_prefix (
    id bigint NOT NULL,
    prefix character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_racecode (
    id bigint NOT NULL,
    racecode character varying(255) NOT NULL,
    racename character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_remunerationbasis (
    id bigint NOT NULL,
    remtype character varying(255),
    remdesc character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_request_history (
    id bigint NOT NULL,
    request_id bigint,
    description character varying(300),
    emp_id bigint,
    emp_name character varying(100),
    emp_profileimg character varying(150),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    comments character varying(300),
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_requisition (
    id bigint NOT NULL,
    requisition_code character varying(20),
    onboard_date date,
    position_id integer,
    reporting_id bigint,
    businessunit_id bigint,
    department_id bigint,
    jobtitle bigint,
    req_no_positions bigint,
    selected_members bigint,
    filled_positions bigint,
    jobdescription text,
    req_skills text NOT NULL,
    req_qualification character varying(150),
    req_exp_years character varying(10) NOT NULL,
    emp_type bigint,
    req_priority smallint,
    additional_info text,
    req_status text,
    approver1 bigint,
    approver2 bigint,
    approver3 bigint,
    appstatus1 text,
    appstatus2 text,
    appstatus3 text,
    recruiters character varying(150),
    client_id integer,
    isactive smallint,
    createdby bigint,
    modifiedby bigint,
    createdon timestamp without time zone,
    modifiedon timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_requisition_history (
    id integer NOT NULL,
    requisition_id integer,
    candidate_id integer,
    candidate_name character varying(150),
    interview_id integer,
    description character varying(500),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_roles (
    id bigint NOT NULL,
    rolename character varying(100) NOT NULL,
    roletype character varying(100),
    roledescription character varying(100),
    group_id bigint,
    levelid integer,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_sd_configurations (
    id bigint NOT NULL,
    businessunit_id bigint,
    department_id bigint,
    service_desk_flag smallint,
    request_for smallint,
    service_desk_id bigint,
    request_recievers text,
    cc_mail_recievers text,
    approver_1 bigint,
    approver_2 bigint,
    approver_3 bigint,
    attachment smallint,
    description character varying(255),
    sd_category character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_sd_depts (
    id bigint NOT NULL,
    service_desk_name character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_sd_reqtypes (
    id bigint NOT NULL,
    service_desk_id bigint,
    service_request_name character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_sd_requests (
    id bigint NOT NULL,
    request_for smallint,
    service_desk_id bigint,
    service_desk_conf_id bigint,
    service_request_id bigint,
    priority smallint,
    description character varying(250),
    attachment text,
    status text,
    raised_by bigint,
    ticket_number character varying(20),
    executor_id bigint,
    executor_comments character varying(250),
    reporting_manager_id bigint,
    approver_status_1 text,
    approver_status_2 text,
    approver_status_3 text,
    reporting_manager_status text,
    approver_1 bigint,
    approver_2 bigint,
    approver_3 bigint,
    approver_1_comments character varying(250),
    approver_2_comments character varying(250),
    approver_3_comments character varying(250),
    reporting_manager_comments character varying(250),
    to_mgmt_comments character varying(250),
    to_manager_comments character varying(250),
    isactive smallint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_sitepreference (
    id bigint NOT NULL,
    nationalityid bigint,
    dateformatid bigint,
    timeformatid bigint,
    timezoneid bigint,
    currencyid bigint,
    passwordid bigint,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_states (
    id bigint NOT NULL,
    countryid bigint,
    state character varying(255) NOT NULL,
    statecode character varying(255),
    state_id_org bigint,
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_timeformat (
    id bigint NOT NULL,
    timeformat character varying(60) NOT NULL,
    mysql_timeformat character varying(60),
    js_timeformat character varying(60),
    example character varying(60),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_timezone (
    id bigint NOT NULL,
    actual_id bigint,
    timezone character varying(255) NOT NULL,
    timezone_abbr character varying(10),
    offet_value character varying(100),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_userloginlog (
    id bigint NOT NULL,
    userid bigint,
    emprole bigint,
    group_id bigint,
    employeeid character varying(100),
    emailaddress character varying(200),
    userfullname character varying(100),
    logindatetime timestamp without time zone,
    empipaddress character varying(255),
    profileimg character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_users (
    id bigint NOT NULL,
    emprole bigint,
    userstatus text,
    firstname character varying(255),
    lastname character varying(255),
    userfullname character varying(255),
    emailaddress character varying(255),
    contactnumber character varying(15),
    empipaddress character varying(255),
    backgroundchk_status text,
    emptemplock smallint,
    empreasonlocked character varying(255),
    emplockeddate date,
    emppassword character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    employeeid character varying(255),
    modeofentry character varying(255),
    other_modeofentry character varying(255),
    entrycomments character varying(255),
    rccandidatename bigint,
    selecteddate date,
    candidatereferredby bigint,
    company_id bigint,
    profileimg character varying(255),
    jobtitle_id bigint,
    tourflag smallint,
    themes text,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_vendors (
    id bigint NOT NULL,
    name character varying(255),
    contact_person character varying(255),
    address character varying(200),
    country bigint,
    state bigint,
    city bigint,
    pincode character varying(15),
    primary_phone character varying(15),
    secondary_phone character varying(15),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_veteranstatus (
    id bigint NOT NULL,
    veteranstatus character varying(255) NOT NULL,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_weekdays (
    id bigint NOT NULL,
    day_name bigint,
    dayshortcode character varying(255),
    daylongcode character varying(255),
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.main_workeligibilitydoctypes (
    id bigint NOT NULL,
    documenttype character varying(255),
    issuingauthority smallint,
    description character varying(255),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tbl_cities (
    id bigint NOT NULL,
    state_id bigint NOT NULL,
    city_name character varying(30) NOT NULL,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tbl_countries (
    id bigint NOT NULL,
    country_name character varying(50) NOT NULL,
    country_code character(10) NOT NULL,
    country_code2 character(2),
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tbl_employmentstatus (
    id bigint NOT NULL,
    employemnt_status character varying(100),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tbl_months (
    id bigint NOT NULL,
    monthid bigint,
    month_name character varying(50),
    createdby bigint,
    modifiedby bigint,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tbl_states (
    id bigint NOT NULL,
    country_id bigint NOT NULL,
    state_name character varying(50) NOT NULL,
    state_code character varying(10),
    map_point_x integer,
    map_point_y integer,
    isactive smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tbl_timezones (
    id bigint NOT NULL,
    timezone character varying(200) NOT NULL,
    timezone_abbr character varying(10),
    offset_value character varying(100) NOT NULL,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tbl_weeks (
    id bigint NOT NULL,
    week_id bigint,
    week_name character varying(255),
    createdby integer,
    modifiedby integer,
    createddate timestamp without time zone,
    modifieddate timestamp without time zone,
    isactive smallint,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_clients (
    id bigint NOT NULL,
    client_name character varying(100) NOT NULL,
    email character varying(100) NOT NULL,
    phone_no character varying(20),
    poc character varying(100) NOT NULL,
    address character varying(200),
    country_id bigint,
    state_id bigint,
    fax character varying(50),
    is_active smallint,
    created_by integer,
    modified_by bigint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_configuration (
    id smallint NOT NULL,
    ts_weekly_reminder_day text NOT NULL,
    ts_block_dates_range character varying(100) NOT NULL,
    created_by bigint NOT NULL,
    modified_by bigint,
    is_active smallint NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_emp_timesheets (
    id bigint NOT NULL,
    emp_id bigint NOT NULL,
    project_task_id bigint,
    project_id bigint,
    ts_year smallint NOT NULL,
    ts_month smallint,
    ts_week smallint,
    cal_week smallint,
    sun_date date,
    sun_duration character varying(6),
    mon_date date,
    mon_duration character varying(6),
    tue_date date,
    tue_duration character varying(6),
    wed_date date,
    wed_duration character varying(6),
    thu_date date,
    thu_duration character varying(6),
    fri_date date,
    fri_duration character varying(6),
    sat_date date,
    sat_duration character varying(6),
    week_duration character varying(6),
    created_by integer,
    modified_by integer,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_emp_ts_notes (
    id bigint NOT NULL,
    emp_id bigint NOT NULL,
    ts_year smallint NOT NULL,
    ts_month smallint,
    ts_week smallint,
    cal_week smallint,
    sun_date date,
    sun_note character varying(200),
    sun_reject_note character varying(200),
    mon_date date,
    mon_note character varying(200),
    mon_reject_note character varying(200),
    tue_date date,
    tue_note character varying(200),
    tue_reject_note character varying(200),
    wed_date date,
    wed_note character varying(200),
    wed_reject_note character varying(200),
    thu_date date,
    thu_note character varying(200),
    thu_reject_note character varying(200),
    fri_date date,
    fri_note character varying(200),
    fri_reject_note character varying(200),
    sat_date date,
    sat_note character varying(200),
    sat_reject_note character varying(200),
    week_note character varying(200),
    created_by bigint,
    modified_by bigint,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_mailing_list (
    id bigint NOT NULL,
    emp_id bigint,
    emp_full_name character varying(150),
    email character varying(200),
    mail_type text,
    ts_dates text,
    ts_start_date date,
    ts_end_date date,
    mail_content text,
    is_mail_sent smallint,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_process_updates (
    id bigint NOT NULL,
    emp_id bigint NOT NULL,
    ts_dates text NOT NULL,
    action_type text NOT NULL,
    note character varying(200),
    alert text,
    action_by bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_project_employees (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    emp_id bigint NOT NULL,
    cost_rate numeric(8,2),
    billable_rate numeric(7,2),
    created_by integer,
    modified_by bigint,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_project_task_employees (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    task_id bigint NOT NULL,
    project_task_id bigint NOT NULL,
    emp_id bigint NOT NULL,
    created_by integer,
    modified_by bigint,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_project_tasks (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    task_id bigint NOT NULL,
    estimated_hrs integer,
    is_billable smallint,
    billable_rate numeric(25,2),
    created_by integer,
    modified_by bigint,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_projects (
    id bigint NOT NULL,
    project_name character varying(100) NOT NULL,
    project_status text NOT NULL,
    base_project bigint,
    description character varying(500),
    client_id bigint NOT NULL,
    currency_id bigint NOT NULL,
    project_type text NOT NULL,
    lead_approve_ts smallint,
    estimated_hrs integer,
    start_date date,
    end_date date,
    initiated_date timestamp without time zone,
    hold_date timestamp without time zone,
    completed_date timestamp without time zone,
    created_by integer,
    modified_by bigint,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_tasks (
    id bigint NOT NULL,
    task character varying(200) NOT NULL,
    is_default smallint,
    created_by integer,
    modified_by bigint,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sentrifugo.tm_ts_status (
    id bigint NOT NULL,
    emp_id bigint NOT NULL,
    project_id bigint,
    ts_year smallint NOT NULL,
    ts_month smallint,
    ts_week smallint,
    cal_week smallint,
    sun_date date,
    sun_project_status text,
    sun_status text,
    sun_status_date timestamp without time zone,
    sun_reject_note character varying(200),
    mon_date date,
    mon_project_status text,
    mon_status text,
    mon_status_date timestamp without time zone,
    mon_reject_note character varying(200),
    tue_date date,
    tue_project_status text,
    tue_status text,
    tue_status_date timestamp without time zone,
    tue_reject_note character varying(200),
    wed_date date,
    wed_project_status text,
    wed_status text,
    wed_status_date timestamp without time zone,
    wed_reject_note character varying(200),
    thu_date date,
    thu_project_status text,
    thu_status text,
    thu_status_date timestamp without time zone,
    thu_reject_note character varying(200),
    fri_date date,
    fri_project_status text,
    fri_status text,
    fri_status_date timestamp without time zone,
    fri_reject_note character varying(200),
    sat_date date,
    sat_project_status text,
    sat_status text,
    sat_status_date timestamp without time zone,
    sat_reject_note character varying(200),
    week_status text,
    created_by bigint,
    modified_by bigint,
    is_active smallint,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE sentrifugo.main_pa_employee_ratings ADD FOREIGN KEY (pa_initialization_id) REFERENCES sentrifugo.main_pa_initialization(id) ON DELETE CASCADE;
ALTER TABLE sentrifugo.tbl_cities ADD FOREIGN KEY (state_id) REFERENCES sentrifugo.tbl_states(id);
ALTER TABLE sentrifugo.tbl_states ADD FOREIGN KEY (country_id) REFERENCES sentrifugo.tbl_countries(id);
ALTER TABLE sentrifugo.tm_clients ADD FOREIGN KEY (country_id) REFERENCES sentrifugo.tbl_countries(id);
ALTER TABLE sentrifugo.tm_clients ADD FOREIGN KEY (state_id) REFERENCES sentrifugo.tbl_states(id);
ALTER TABLE sentrifugo.tm_emp_timesheets ADD FOREIGN KEY (emp_id) REFERENCES sentrifugo.main_users(id);
ALTER TABLE sentrifugo.tm_emp_timesheets ADD FOREIGN KEY (project_id) REFERENCES sentrifugo.tm_projects(id);
ALTER TABLE sentrifugo.tm_emp_timesheets ADD FOREIGN KEY (project_task_id) REFERENCES sentrifugo.tm_project_tasks(id);
ALTER TABLE sentrifugo.tm_emp_ts_notes ADD FOREIGN KEY (emp_id) REFERENCES sentrifugo.main_users(id);
ALTER TABLE sentrifugo.tm_mailing_list ADD FOREIGN KEY (emp_id) REFERENCES sentrifugo.main_users(id);
ALTER TABLE sentrifugo.tm_process_updates ADD FOREIGN KEY (emp_id) REFERENCES sentrifugo.main_users(id);
ALTER TABLE sentrifugo.tm_project_employees ADD FOREIGN KEY (emp_id) REFERENCES sentrifugo.main_users(id);
ALTER TABLE sentrifugo.tm_project_employees ADD FOREIGN KEY (project_id) REFERENCES sentrifugo.tm_projects(id);
ALTER TABLE sentrifugo.tm_project_task_employees ADD FOREIGN KEY (emp_id) REFERENCES sentrifugo.main_users(id);
ALTER TABLE sentrifugo.tm_project_task_employees ADD FOREIGN KEY (project_id) REFERENCES sentrifugo.tm_projects(id);
ALTER TABLE sentrifugo.tm_project_task_employees ADD FOREIGN KEY (project_task_id) REFERENCES sentrifugo.tm_project_tasks(id);
ALTER TABLE sentrifugo.tm_project_task_employees ADD FOREIGN KEY (task_id) REFERENCES sentrifugo.tm_tasks(id);
ALTER TABLE sentrifugo.tm_project_tasks ADD FOREIGN KEY (project_id) REFERENCES sentrifugo.tm_projects(id);
ALTER TABLE sentrifugo.tm_project_tasks ADD FOREIGN KEY (task_id) REFERENCES sentrifugo.tm_tasks(id);
ALTER TABLE sentrifugo.tm_projects ADD FOREIGN KEY (client_id) REFERENCES sentrifugo.tm_clients(id);
ALTER TABLE sentrifugo.tm_projects ADD FOREIGN KEY (currency_id) REFERENCES sentrifugo.main_currency(id);
ALTER TABLE sentrifugo.tm_ts_status ADD FOREIGN KEY (emp_id) REFERENCES sentrifugo.main_users(id);
ALTER TABLE sentrifugo.tm_ts_status ADD FOREIGN KEY (project_id) REFERENCES sentrifugo.tm_projects(id);
COMMENT ON TABLE sentrifugo.main_pa_appraisalhistory IS 'gives history of each employee''s appraisal';
COMMENT ON TABLE sentrifugo.main_pa_category IS 'This table is used to add questions category(Questionaire)';
COMMENT ON TABLE sentrifugo.main_pa_employee_ratings IS 'Employee appraisal response is stored in this table';
COMMENT ON TABLE sentrifugo.main_pa_ff_history IS 'gives step by step history of feedforward';
COMMENT ON TABLE sentrifugo.main_pa_ff_initialization IS 'initialize feedforward by management';
COMMENT ON TABLE sentrifugo.main_pa_groups IS 'divide all employees into groups for easy identification for';
COMMENT ON TABLE sentrifugo.main_pa_implementation IS 'stores configuration of appraisal process';
COMMENT ON TABLE sentrifugo.main_pa_initialization IS 'initialize appriasal process';
COMMENT ON TABLE sentrifugo.main_pa_manager_initialization IS 'Manager initialized data is stored in this table';
COMMENT ON TABLE sentrifugo.main_pa_questions IS 'stores questions for appraisal and feedforward';
COMMENT ON TABLE sentrifugo.main_pa_questions_privileges IS 'Stores the privileges of questions for each employee in json';
COMMENT ON TABLE sentrifugo.main_pa_questions_privileges_temp IS 'Stores the questions, privileges and groups when initialized';
COMMENT ON TABLE sentrifugo.main_pa_ratings IS 'This table is used to add ratings text in json format.';
COMMENT ON TABLE sentrifugo.main_pa_skills IS 'This table is used to add skills.';
COMMENT ON TABLE sentrifugo.main_request_history IS 'for request history';
COMMENT ON COLUMN sentrifugo.expense_receipts.receipt_name IS 'orginal file name';
COMMENT ON COLUMN sentrifugo.expense_receipts.receipt_filename IS 'auto generated file name';
COMMENT ON COLUMN sentrifugo.expense_trips.status IS 'NS-Notsubmitted,S-submitted,R-Rejected,A-Approved';
COMMENT ON COLUMN sentrifugo.main_announcements.status IS '1-Save as draft, 2-Posted';
COMMENT ON COLUMN sentrifugo.main_bgcheckdetails.flag IS '1 - employee, 2- candidate';
COMMENT ON COLUMN sentrifugo.main_bgcheckdetails.isactive IS '0 - Process deleted, 1 - Active, 2 - Agency deleted';
COMMENT ON COLUMN sentrifugo.main_bgpocdetails.contact_type IS '1-primary, 2- secondary';
COMMENT ON COLUMN sentrifugo.main_businessunits.service_desk_flag IS '1=buwise,0=deptwise';
COMMENT ON COLUMN sentrifugo.main_candidatedetails.cand_resume IS 'resume file location';
COMMENT ON COLUMN sentrifugo.main_candidatedetails.summary IS 'instead of resume';
COMMENT ON COLUMN sentrifugo.main_dateformat.mysql_dateformat IS 'format for mysql';
COMMENT ON COLUMN sentrifugo.main_dateformat.js_dateformat IS 'format for javascript';
COMMENT ON COLUMN sentrifugo.main_dateformat.dateformat IS 'for php';
COMMENT ON COLUMN sentrifugo.main_disciplinary_incident.employee_appeal IS '1=Yes,2=No';
COMMENT ON COLUMN sentrifugo.main_disciplinary_incident.cao_verdict IS '1=guilty,2=not guilty';
COMMENT ON COLUMN sentrifugo.main_emaillogs.is_sent IS '1=sent,0= not sent';
COMMENT ON COLUMN sentrifugo.main_empadditionaldetails.military_status IS '1-Yes,2-No';
COMMENT ON COLUMN sentrifugo.main_empadditionaldetails.discharge_status IS '1-Honorable,2-Medical';
COMMENT ON COLUMN sentrifugo.main_empexperiancedetails.reference_contact IS 'referrer contact data type is changed from bigint(20) to varchar';
COMMENT ON COLUMN sentrifugo.main_empjobhistory.active_company IS '1-yes,2-No';
COMMENT ON COLUMN sentrifugo.main_employeeleaves.isleavetrasnferset IS '0-Notset,1-set';
COMMENT ON COLUMN sentrifugo.main_employeeleavetypes.leavepreallocated IS '1-yes,2-No';
COMMENT ON COLUMN sentrifugo.main_employeeleavetypes.leavepredeductable IS '1-yes,2-No';
COMMENT ON COLUMN sentrifugo.main_employees.years_exp IS 'for numbers we are using varchar datatype';
COMMENT ON COLUMN sentrifugo.main_employees.extension_number IS 'for numbers we are using varchar datatype';
COMMENT ON COLUMN sentrifugo.main_employees.isactive IS '1-active,5-deleted';
COMMENT ON COLUMN sentrifugo.main_employees.is_orghead IS '1=organisation head,0=normal employee';
COMMENT ON COLUMN sentrifugo.main_empmedicalclaims.injury_type IS '1-injury,2-maternity,3-paternity,4-disablity';
COMMENT ON COLUMN sentrifugo.main_empmedicalclaims.injury_indicator IS '1-yes,2-no';
COMMENT ON COLUMN sentrifugo.main_empmedicalclaims.injury_severity IS '1-Major,2-Minor';
COMMENT ON COLUMN sentrifugo.main_empmedicalclaims.disablity_approved IS '1-yes,2-no';
COMMENT ON COLUMN sentrifugo.main_empmedicalclaims.medical_insurer_name IS 'Medical insurer name';
COMMENT ON COLUMN sentrifugo.main_exit_history.isactive IS '0-No,1-Yes';
COMMENT ON COLUMN sentrifugo.main_exit_process.feedback_completed IS '0=Not completed,1=Completed';
COMMENT ON COLUMN sentrifugo.main_exit_questions.isactive IS '0-No,1-Yes';
COMMENT ON COLUMN sentrifugo.main_exit_questions.isused IS '0-No,1-Yes';
COMMENT ON COLUMN sentrifugo.main_exit_questions_response.employee_response IS '{hr_qs_id_1:emp_comments,hr_qs_id_2:emp_comments}';
COMMENT ON COLUMN sentrifugo.main_exit_questions_response.isactive IS '0-No,1-Yes';
COMMENT ON COLUMN sentrifugo.main_exit_settings.isactive IS '0-No,1-Yes';
COMMENT ON COLUMN sentrifugo.main_exit_types.isactive IS '0-No,1-Yes';
COMMENT ON COLUMN sentrifugo.main_exit_types.isused IS '0-No,1-Yes';
COMMENT ON COLUMN sentrifugo.main_groups.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_identitycodes.users_code IS 'for users';
COMMENT ON COLUMN sentrifugo.main_identitycodes.requisition_code IS 'for requisition';
COMMENT ON COLUMN sentrifugo.main_identitydocuments.document_name IS '1-Yes,2-No';
COMMENT ON COLUMN sentrifugo.main_identitydocuments.mandatory IS '1-Yes,2-No';
COMMENT ON COLUMN sentrifugo.main_identitydocuments.expiry IS '1-Yes,2-No';
COMMENT ON COLUMN sentrifugo.main_leavemanagement.is_satholiday IS '1-Yes,2-No';
COMMENT ON COLUMN sentrifugo.main_leavemanagement.is_halfday IS '1-Yes,2-No';
COMMENT ON COLUMN sentrifugo.main_leavemanagement.is_leavetransfer IS '1-Yes,2-No';
COMMENT ON COLUMN sentrifugo.main_leavemanagement.is_skipholidays IS '1-Yes,2-No';
COMMENT ON COLUMN sentrifugo.main_leaverequest.leaveday IS '1-full day,2-half day';
COMMENT ON COLUMN sentrifugo.main_leaverequest.is_sat_holiday IS '1-yes,2-no';
COMMENT ON COLUMN sentrifugo.main_pa_appraisalhistory.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_pa_employee_ratings.employee_response IS '{''Q1'':{''Comment'':''good'',''Rating'':''rating_id''},''Q2'':{''Comment'':''excellent'',''Rating'':''rating_id''}}';
COMMENT ON COLUMN sentrifugo.main_pa_employee_ratings.manager_response IS '{''Q1'':{''Comment'':''good'',''Rating'':''rating_id''},''Q2'':{''Comment'':''excellent'',''Rating'':''rating_id''}}';
COMMENT ON COLUMN sentrifugo.main_pa_employee_ratings.skill_response IS '{''skill_id'':''rating_id''}';
COMMENT ON COLUMN sentrifugo.main_pa_employee_ratings.line_comment_1 IS '{''rating_id'':''comment''}';
COMMENT ON COLUMN sentrifugo.main_pa_employee_ratings.line_comment_2 IS '{''rating_id'':''comment''}';
COMMENT ON COLUMN sentrifugo.main_pa_employee_ratings.line_comment_3 IS '{''rating_id'':''comment''}';
COMMENT ON COLUMN sentrifugo.main_pa_employee_ratings.consolidated_rating IS 'Consolidated rating.Need to be updated after each manager rating.';
COMMENT ON COLUMN sentrifugo.main_pa_employee_ratings.appraisal_status IS '1=Pending employee ratings,2=Pending L1 ratings,3=Pending L2 ratings,4=Pending L3 ratings,5=Pending L4 ratings,6=Pending L5 ratings,7=Completed,';
COMMENT ON COLUMN sentrifugo.main_pa_ff_employee_ratings.employee_response IS '{''Q1'':{''Comment'':''good'',''Rating'':''rating_id''},''Q2'':{''Comment'':''excellent'',''Rating'':''rating_id''}}';
COMMENT ON COLUMN sentrifugo.main_pa_ff_history.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_pa_ff_initialization.pa_configured_id IS 'Management configuration with module_flag=2';
COMMENT ON COLUMN sentrifugo.main_pa_ff_initialization.ff_period IS '1,2,3,4 for quaterly, 1.2 for half-yearly , 1 for yearly';
COMMENT ON COLUMN sentrifugo.main_pa_ff_initialization.appraisal_id IS 'Latest appraisal Id';
COMMENT ON COLUMN sentrifugo.main_pa_ff_initialization.employee_name_view IS '0=Hide,1=Show';
COMMENT ON COLUMN sentrifugo.main_pa_ff_initialization.enable_to IS '0=Appraisal Employees,1=All Employees';
COMMENT ON COLUMN sentrifugo.main_pa_ff_initialization.initialize_status IS '1=initlaize,2=initialize later';
COMMENT ON COLUMN sentrifugo.main_pa_ff_initialization.status IS '1=open, 2= close ,Appraisal staus for the particular period';
COMMENT ON COLUMN sentrifugo.main_pa_ff_initialization.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_pa_groups.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_pa_groups_employees.employee_ids IS 'comma separated employee ids';
COMMENT ON COLUMN sentrifugo.main_pa_groups_employees.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_pa_groups_employees_temp.employee_ids IS 'comma separated employee ids';
COMMENT ON COLUMN sentrifugo.main_pa_groups_employees_temp.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_pa_implementation.performance_app_flag IS '1=bu wise,0=dept wise';
COMMENT ON COLUMN sentrifugo.main_pa_implementation.approval_selection IS '1=HR,2=Manager';
COMMENT ON COLUMN sentrifugo.main_pa_implementation.appraisal_ratings IS '1=1-5,2=1-10';
COMMENT ON COLUMN sentrifugo.main_pa_implementation.module_flag IS '1=Performance appraisals,2=Feedforward';
COMMENT ON COLUMN sentrifugo.main_pa_implementation.isactive IS '0=inactive,1=active,2=delete';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.id IS 'primary key';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.pa_configured_id IS 'id of main_pa_implementation';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.businessunit_id IS 'id of business unit';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.department_id IS 'id of department else null';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.enable_step IS '0=No,1=Managers,2=Employees';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.appraisal_mode IS 'mode of appraisal';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.appraisal_period IS '1,2,3,4 for quaterly, 1.2 for half yearly , 1 for yearly';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.eligibility IS 'comma separated employment status ids';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.from_year IS 'financial year -start';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.to_year IS 'financial year-end';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.managers_due_date IS 'due date for enable to managers';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.employees_due_date IS 'due date for enable to employees';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.category_id IS 'comma separated question category ids';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.initialize_status IS '1=initlaize,2=initialize later';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.status IS '1=open, 2= close , 3= Force Close.Appraisal staus for the particular period';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.pa_group_ids IS 'Comma separated group ids';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.manager_ids IS 'Comma separated manager ids,Whenever manager completes initalization his id has to be appended';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.manager_level_type IS '1=configure l1,2=use reporting mangers';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.comments IS 'To capture hr comments if forceful close of initialization';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.group_settings IS '0=default screen,1= all, 2=groupwise';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.employee_response IS '1-No response,2-Response';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.appraisal_ratings IS 'same value as from implementation';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.management_appraisal IS '1=management included,0=no management';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.isactive IS '0=inactive,1=active';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.createdby IS 'id of created user';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.createdby_role IS 'role of created user';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.createdby_group IS 'group of created user';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.modifiedby IS 'id of user modified by';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.modifiedby_role IS 'role of user modified by';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.modifiedby_group IS 'group of user modified by';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.createddate IS 'created date';
COMMENT ON COLUMN sentrifugo.main_pa_initialization.modifieddate IS 'modified date';
COMMENT ON COLUMN sentrifugo.main_pa_manager_initialization.selected_employee_ids IS 'Comma separated employee ids selected during initialization';
COMMENT ON COLUMN sentrifugo.main_pa_questions.module_flag IS '1=Performance appraisals,2=Feedforward';
COMMENT ON COLUMN sentrifugo.main_pa_questions.isactive IS '0=inactive,1=active';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.pa_initialization_id IS 'Appraisal initialization id for appraisal else feedforward initialization id for feedforward';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.employee_id IS 'Null for feedforward else employee id';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.hr_qs IS 'Comma separated question ids created by hr';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.hr_group_qs_privileges IS '{''Q1'':{''Manager Comments'':1,''Employee Comments'':1,''Manager Ratings'':1,''Employee Ratings'':1}}';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.manager_group_id IS 'group id of employees created by manager';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.manager_qs IS 'Comma separeated question ids created by manager';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.manager_qs_privileges IS '{''Q1'':{''Manager Comments'':1,''Employee Comments'':1,''Manager Ratings'':1,''Employee Ratings'':1}}';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.ff_qs IS 'Comma separeated question ids created by management';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.ff_qs_privileges IS '{''Q1'':{''Employee Comments'':1,''Employee Ratings'':1}}';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.module_flag IS '1=Performance appraisals,2=Feedforward';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.line_manager_1 IS 'Line 1 manager id';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.line_manager_2 IS 'Line 2 manager id';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.line_manager_3 IS 'Line 3 manager id';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.line_manager_4 IS 'Line 4 manager id';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.line_manager_5 IS 'Line 5 manager id';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges.manager_levels IS 'no.of levels of appraisal';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.pa_initialization_id IS 'Appraisal initialization id for appraisal else feedforward initialization id for feedforward';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.employee_id IS 'id of the employee';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.hr_qs IS 'Comma separated question ids created by hr';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.hr_group_qs_privileges IS '{''groupid:''{''Q1'':{''Manager Comments'':1,''Employee Comments'':1,''Manager Ratings'':1,''Employee Ratings'':1}}}';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.line_manager_1 IS 'Line 1 reporting manager';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.line_manager_2 IS 'Line 2 reporting manager';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.line_manager_3 IS 'Line 3 reporting manager';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.line_manager_4 IS 'Line 4 reporting manager';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.line_manager_5 IS 'Line 5 reporting manager';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.manager_levels IS 'no.of levels of appraisal';
COMMENT ON COLUMN sentrifugo.main_pa_questions_privileges_temp.module_flag IS '1=performance appraisal,2=feedforward';
COMMENT ON COLUMN sentrifugo.main_pa_ratings.rating_type IS '1=(1-5),2=(1-10)';
COMMENT ON COLUMN sentrifugo.main_pa_ratings.rating_value IS 'Rating value';
COMMENT ON COLUMN sentrifugo.main_pa_ratings.rating_text IS 'Rating text';
COMMENT ON COLUMN sentrifugo.main_pd_documents.subcategory_id IS 'not used ';
COMMENT ON COLUMN sentrifugo.main_request_history.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_requisition.selected_members IS 'count of selected members';
COMMENT ON COLUMN sentrifugo.main_requisition.req_priority IS '1- High, 2- Medium,3- Low';
COMMENT ON COLUMN sentrifugo.main_roles.isactive IS '1=active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_sd_configurations.service_desk_flag IS '1=businessunitwise,0=departmentwise';
COMMENT ON COLUMN sentrifugo.main_sd_configurations.request_for IS '1=service request,2=asset request';
COMMENT ON COLUMN sentrifugo.main_sd_configurations.attachment IS '1=yes,0=no';
COMMENT ON COLUMN sentrifugo.main_sd_requests.request_for IS '1=service request, 2= asset request';
COMMENT ON COLUMN sentrifugo.main_sd_requests.service_desk_id IS 'if request_for is equal to 2 then dump id from asset table';
COMMENT ON COLUMN sentrifugo.main_sd_requests.service_request_id IS 'If request_for is equal to 2 then dump category from asset table';
COMMENT ON COLUMN sentrifugo.main_sd_requests.priority IS '1=low,2=medium,3=high';
COMMENT ON COLUMN sentrifugo.main_sd_requests.isactive IS '1= active,0=inactive';
COMMENT ON COLUMN sentrifugo.main_users.isactive IS '0=inactive,1-Active,2-resigned,3-left,4-suspended,5-deleted,';
COMMENT ON COLUMN sentrifugo.main_users.tourflag IS '0=not seen,1=seen';
COMMENT ON COLUMN sentrifugo.main_workeligibilitydoctypes.issuingauthority IS '1-country,2-state,3-city';
