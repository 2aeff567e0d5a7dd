-- IceHrm, the open-source human resources management system (employees with their company structure, job titles,
-- pay grades, employment status, supervisors, salary components, skills, education, certifications, languages,
-- dependants, emergency contacts, documents and immigration papers; leave types, periods, rules, groups, requests
-- and leave days; attendance, timesheets and time entries on client projects, overtime; expenses and travel
-- requests; company loans and assets; training courses and sessions; performance reviews and feedback; payroll,
-- payroll columns and payslip templates; recruitment with job openings, candidates, applications, calls and
-- interviews; users, roles, permissions, modules, reports, notifications and settings), as its MySQL install dump
-- icehrm.sql (mysqldump of IceHrm 35.0) of github.com/gamonoid/icehrm declares it (commit
-- ef8c23501031f6f9c0bb9b69da22b5260d06454a, 2026-02-12; GPL-3.0, we use the schema's facts). Its CREATE TABLE
-- statements were turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and regenerated from
-- its catalog: all 122 tables, schema icehrm, their primary keys, the 35 unique keys (two of them, country.code and
-- currencytypes.code, are what foreign keys point at) and all 96 foreign keys the dump declares. Table and column
-- names lower-cased (Employees -> employees, EmployeeLeaves -> employeeleaves, referredByEmail -> referredbyemail);
-- bigint(20) -> bigint, int(11) -> integer, datetime -> timestamp without time zone, enum -> text,
-- tinytext/longtext -> text, decimal -> numeric, char(n) -> character(n). Left out: AUTO_INCREMENT, defaults, plain
-- indexes, ON DELETE/UPDATE actions, engine options and the dump's rows (master and sample data); the dump declares no
-- comments, so none here. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS icehrm;
CREATE TABLE icehrm.applications (
    id bigint NOT NULL,
    job bigint NOT NULL,
    candidate bigint,
    created timestamp without time zone,
    referredbyemail character varying(200),
    notes text,
    PRIMARY KEY (id),
    UNIQUE (job, candidate)
);
CREATE TABLE icehrm.archivedemployees (
    id bigint NOT NULL,
    ref_id bigint NOT NULL,
    employee_id character varying(50),
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    gender character varying(15),
    ssn_num character varying(100),
    nic_num character varying(100),
    other_id character varying(100),
    work_email character varying(100),
    joined_date timestamp without time zone,
    confirmation_date timestamp without time zone,
    supervisor bigint,
    department bigint,
    termination_date timestamp without time zone,
    notes text,
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.assettypes (
    id bigint NOT NULL,
    name character varying(35) NOT NULL,
    description text,
    attachment character varying(100),
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.attendance (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    in_time timestamp without time zone,
    out_time timestamp without time zone,
    note character varying(500),
    image_in text,
    image_out text,
    map_lat numeric(10,8),
    map_lng numeric(10,8),
    map_snapshot text,
    map_out_lat numeric(10,8),
    map_out_lng numeric(10,8),
    map_out_snapshot text,
    in_ip character varying(25),
    out_ip character varying(25),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.auditlog (
    id bigint NOT NULL,
    "time" timestamp without time zone,
    "user" bigint NOT NULL,
    ip character varying(100),
    type character varying(100) NOT NULL,
    employee character varying(300),
    details text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.benifits (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.calls (
    id bigint NOT NULL,
    job bigint NOT NULL,
    candidate bigint,
    phone character varying(20),
    created timestamp without time zone,
    updated timestamp without time zone,
    status character varying(100),
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.candidates (
    id bigint NOT NULL,
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    nationality bigint,
    birthday timestamp without time zone,
    gender character varying(15),
    marital_status text,
    address1 character varying(100),
    address2 character varying(100),
    city character varying(150),
    country character(2),
    province bigint,
    postal_code character varying(20),
    email character varying(200),
    home_phone character varying(50),
    mobile_phone character varying(50),
    cv_title character varying(200) NOT NULL,
    cv character varying(150),
    cvtext text,
    industry text,
    profileimage character varying(150),
    head_line text,
    objective text,
    work_history text,
    education text,
    skills text,
    referees text,
    linkedinurl character varying(500),
    linkedindata text,
    totalyearsofexperience integer,
    totalmonthsofexperience integer,
    htmlcvdata text,
    generatedcvfile character varying(150),
    created timestamp without time zone,
    updated timestamp without time zone,
    expectedsalary integer,
    preferedpositions text,
    preferedjobtype character varying(60),
    preferedcountries text,
    tags text,
    notes text,
    calls text,
    age integer,
    hash character varying(100),
    linkedinprofilelink character varying(250),
    linkedinprofileid character varying(50),
    facebookprofilelink character varying(250),
    facebookprofileid character varying(50),
    twitterprofilelink character varying(250),
    twitterprofileid character varying(50),
    googleprofilelink character varying(250),
    googleprofileid character varying(50),
    hiringstage bigint,
    jobid bigint,
    source text,
    emailsent integer,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.certifications (
    id bigint NOT NULL,
    name character varying(100),
    description character varying(400),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.clients (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details text,
    first_contact_date date,
    created timestamp without time zone,
    address text,
    contact_number character varying(25),
    contact_email character varying(100),
    company_url character varying(500),
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.companyassets (
    id bigint NOT NULL,
    code character varying(30) NOT NULL,
    type bigint,
    attachment character varying(100),
    employee bigint,
    department bigint,
    description text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.companydocuments (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details text,
    valid_until date,
    status text,
    notify_employees text,
    attachment character varying(100),
    share_departments character varying(100),
    share_employees character varying(100),
    share_userlevel character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.companyloans (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.companystructures (
    id bigint NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    address text,
    type text,
    country character varying(2) NOT NULL,
    parent bigint,
    timezone character varying(100) NOT NULL,
    heads character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.conversations (
    id bigint NOT NULL,
    message text NOT NULL,
    type character varying(35) NOT NULL,
    attachment character varying(100),
    employee bigint NOT NULL,
    target bigint,
    created timestamp without time zone,
    updated timestamp without time zone,
    timeint bigint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (attachment)
);
CREATE TABLE icehrm.conversationuserstatus (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    status character varying(15),
    seen_at timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (employee)
);
CREATE TABLE icehrm.country (
    id bigint NOT NULL,
    code character(2) NOT NULL,
    namecap character varying(80),
    name character varying(80) NOT NULL,
    iso3 character(3),
    numcode smallint,
    PRIMARY KEY (id),
    UNIQUE (code)
);
CREATE TABLE icehrm.courses (
    id bigint NOT NULL,
    code character varying(300) NOT NULL,
    name character varying(300) NOT NULL,
    description text,
    coordinator bigint,
    trainer character varying(300),
    trainer_info text,
    paymenttype text,
    currency character varying(3),
    cost numeric(12,2),
    status text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.crons (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    class character varying(100) NOT NULL,
    lastrun timestamp without time zone,
    frequency integer NOT NULL,
    "time" character varying(50) NOT NULL,
    type text,
    status text,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.currencytypes (
    id bigint NOT NULL,
    code character varying(3) NOT NULL,
    name character varying(70) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code)
);
CREATE TABLE icehrm.customfields (
    id bigint NOT NULL,
    type character varying(20) NOT NULL,
    name character varying(20) NOT NULL,
    data text,
    display text,
    created timestamp without time zone,
    updated timestamp without time zone,
    field_type character varying(20),
    field_label character varying(50),
    field_validation character varying(50),
    field_options character varying(500),
    display_order integer,
    display_section character varying(50),
    PRIMARY KEY (id),
    UNIQUE (type, name)
);
CREATE TABLE icehrm.customfieldvalues (
    id bigint NOT NULL,
    type character varying(20) NOT NULL,
    name character varying(60) NOT NULL,
    object_id character varying(60) NOT NULL,
    value text,
    updated timestamp without time zone,
    created timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (type, name, object_id)
);
CREATE TABLE icehrm.dataentrybackups (
    id bigint NOT NULL,
    tabletype character varying(200),
    data text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.dataimport (
    id bigint NOT NULL,
    name character varying(60) NOT NULL,
    datatype character varying(60) NOT NULL,
    details text,
    columns text,
    updated timestamp without time zone,
    created timestamp without time zone,
    objecttype character varying(60),
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.dataimportfiles (
    id bigint NOT NULL,
    name character varying(60) NOT NULL,
    data_import_definition character varying(200) NOT NULL,
    status character varying(15),
    file character varying(100),
    details text,
    updated timestamp without time zone,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.deductiongroup (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.deductions (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    componenttype character varying(250),
    component character varying(250),
    payrollcolumn integer,
    rangeamounts text,
    deduction_group bigint,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.documents (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details text,
    expire_notification text,
    expire_notification_month text,
    expire_notification_week text,
    expire_notification_day text,
    sign text,
    sign_label character varying(500),
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.educationlevel (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.educations (
    id bigint NOT NULL,
    name character varying(100),
    description character varying(400),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.emaillog (
    id bigint NOT NULL,
    subject character varying(300) NOT NULL,
    toemail character varying(300) NOT NULL,
    body text,
    cclist character varying(500),
    bcclist character varying(500),
    created timestamp without time zone,
    updated timestamp without time zone,
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.emails (
    id bigint NOT NULL,
    subject character varying(300) NOT NULL,
    toemail character varying(300) NOT NULL,
    template text,
    params text,
    cclist character varying(500),
    bcclist character varying(500),
    error character varying(500),
    created timestamp without time zone,
    updated timestamp without time zone,
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.emergencycontacts (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    name character varying(100) NOT NULL,
    relationship character varying(100),
    home_phone character varying(15),
    work_phone character varying(15),
    mobile_phone character varying(15),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeapprovals (
    id bigint NOT NULL,
    type character varying(100) NOT NULL,
    element bigint NOT NULL,
    approver bigint,
    level integer,
    status integer,
    active integer,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (type, element, level)
);
CREATE TABLE icehrm.employeeattendancesheets (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    date_start date NOT NULL,
    date_end date NOT NULL,
    status text,
    PRIMARY KEY (id),
    UNIQUE (employee, date_start, date_end)
);
CREATE TABLE icehrm.employeecertifications (
    id bigint NOT NULL,
    certification_id bigint,
    employee bigint NOT NULL,
    institute character varying(400),
    date_start date,
    date_end date,
    PRIMARY KEY (id),
    UNIQUE (employee, certification_id)
);
CREATE TABLE icehrm.employeecompanyloans (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    loan bigint,
    start_date date NOT NULL,
    last_installment_date date NOT NULL,
    period_months bigint,
    currency bigint,
    amount numeric(10,2) NOT NULL,
    monthly_installment numeric(10,2) NOT NULL,
    status text,
    details text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeedatahistory (
    id bigint NOT NULL,
    type character varying(100) NOT NULL,
    employee bigint NOT NULL,
    field character varying(100) NOT NULL,
    old_value character varying(500),
    new_value character varying(500),
    description character varying(800),
    "user" bigint,
    updated timestamp without time zone,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeedependents (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    name character varying(100) NOT NULL,
    relationship text,
    dob date,
    id_number character varying(25),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeedocuments (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    document bigint,
    date_added date NOT NULL,
    valid_until date,
    status text,
    details text,
    attachment character varying(100),
    signature text,
    expire_notification_last integer,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeeducations (
    id bigint NOT NULL,
    education_id bigint,
    employee bigint NOT NULL,
    institute character varying(400),
    date_start date,
    date_end date,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeethnicity (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    ethnicity bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeexpenses (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    expense_date date,
    payment_method bigint NOT NULL,
    transaction_no character varying(300) NOT NULL,
    payee character varying(500) NOT NULL,
    category bigint NOT NULL,
    notes text,
    amount numeric(10,2),
    currency bigint,
    attachment1 character varying(100),
    attachment2 character varying(100),
    attachment3 character varying(100),
    created timestamp without time zone,
    updated timestamp without time zone,
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeforms (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    form bigint NOT NULL,
    status text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeimmigrations (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    document bigint,
    documentname character varying(150) NOT NULL,
    valid_until date NOT NULL,
    status text,
    details text,
    attachment1 character varying(100),
    attachment2 character varying(100),
    attachment3 character varying(100),
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeimmigrationstatus (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    status bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeelanguages (
    id bigint NOT NULL,
    language_id bigint,
    employee bigint NOT NULL,
    reading text,
    speaking text,
    writing text,
    understanding text,
    PRIMARY KEY (id),
    UNIQUE (employee, language_id)
);
CREATE TABLE icehrm.employeeleavedays (
    id bigint NOT NULL,
    employee_leave bigint NOT NULL,
    leave_date date,
    leave_type text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeleavelog (
    id bigint NOT NULL,
    employee_leave bigint NOT NULL,
    user_id bigint,
    data character varying(500) NOT NULL,
    status_from text,
    status_to text,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeleaves (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    leave_type bigint NOT NULL,
    leave_period bigint NOT NULL,
    date_start date,
    date_end date,
    details text,
    status text,
    attachment character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeovertime (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    category bigint NOT NULL,
    project bigint,
    notes text,
    created timestamp without time zone,
    updated timestamp without time zone,
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeprojects (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    project bigint,
    date_start date,
    date_end date,
    status text,
    details text,
    PRIMARY KEY (id),
    UNIQUE (employee, project)
);
CREATE TABLE icehrm.employees (
    id bigint NOT NULL,
    employee_id character varying(50),
    first_name character varying(100) NOT NULL,
    middle_name character varying(100),
    last_name character varying(100),
    nationality bigint,
    birthday date,
    gender character varying(15),
    marital_status text,
    ssn_num character varying(100),
    nic_num character varying(100),
    other_id character varying(100),
    driving_license character varying(100),
    driving_license_exp_date date,
    employment_status bigint,
    job_title bigint,
    pay_grade bigint,
    work_station_id character varying(100),
    address1 character varying(100),
    address2 character varying(100),
    city character varying(150),
    country character(2),
    province bigint,
    postal_code character varying(20),
    home_phone character varying(50),
    mobile_phone character varying(50),
    work_phone character varying(50),
    work_email character varying(100),
    private_email character varying(100),
    joined_date date,
    confirmation_date date,
    supervisor bigint,
    indirect_supervisors character varying(250),
    department bigint,
    custom1 character varying(250),
    custom2 character varying(250),
    custom3 character varying(250),
    custom4 character varying(250),
    custom5 character varying(250),
    custom6 character varying(250),
    custom7 character varying(250),
    custom8 character varying(250),
    custom9 character varying(250),
    custom10 character varying(250),
    termination_date date,
    notes text,
    status text,
    ethnicity bigint,
    immigration_status bigint,
    approver1 bigint,
    approver2 bigint,
    approver3 bigint,
    PRIMARY KEY (id),
    UNIQUE (employee_id)
);
CREATE TABLE icehrm.employeesalary (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    component bigint NOT NULL,
    pay_frequency text,
    currency bigint,
    amount numeric(10,2) NOT NULL,
    details text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeskills (
    id bigint NOT NULL,
    skill_id bigint,
    employee bigint NOT NULL,
    details character varying(400),
    PRIMARY KEY (id),
    UNIQUE (employee, skill_id)
);
CREATE TABLE icehrm.employeeteammembers (
    id bigint NOT NULL,
    team bigint,
    member bigint,
    role character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeeteams (
    id bigint NOT NULL,
    name character varying(100),
    description text,
    lead bigint,
    department bigint,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeetimeentry (
    id bigint NOT NULL,
    project bigint,
    employee bigint NOT NULL,
    timesheet bigint NOT NULL,
    details text,
    created timestamp without time zone,
    date_start timestamp without time zone,
    time_start character varying(10) NOT NULL,
    date_end timestamp without time zone,
    time_end character varying(10) NOT NULL,
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeetimesheets (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    date_start date NOT NULL,
    date_end date NOT NULL,
    status text,
    PRIMARY KEY (id),
    UNIQUE (employee, date_start, date_end)
);
CREATE TABLE icehrm.employeetrainingsessions (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    trainingsession bigint,
    feedback character varying(1500),
    status text,
    proof character varying(300),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employeetravelrecords (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    type character varying(200),
    purpose character varying(200) NOT NULL,
    travel_from character varying(200) NOT NULL,
    travel_to character varying(200) NOT NULL,
    travel_date timestamp without time zone,
    return_date timestamp without time zone,
    details character varying(500),
    funding numeric(10,2),
    currency bigint,
    attachment1 character varying(100),
    attachment2 character varying(100),
    attachment3 character varying(100),
    created timestamp without time zone,
    updated timestamp without time zone,
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employementtype (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.employmentstatus (
    id bigint NOT NULL,
    name character varying(100),
    description character varying(400),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.ethnicity (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.expensescategories (
    id bigint NOT NULL,
    name character varying(500) NOT NULL,
    created timestamp without time zone,
    updated timestamp without time zone,
    pre_approve text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.expensespaymentmethods (
    id bigint NOT NULL,
    name character varying(500) NOT NULL,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.experiencelevel (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.fieldnamemappings (
    id bigint NOT NULL,
    type character varying(20) NOT NULL,
    name character varying(20) NOT NULL,
    textorig character varying(200),
    textmapped character varying(200),
    display text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.files (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    filename character varying(100) NOT NULL,
    employee bigint,
    file_group character varying(100) NOT NULL,
    size bigint,
    size_text character varying(20),
    PRIMARY KEY (id),
    UNIQUE (filename)
);
CREATE TABLE icehrm.forms (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    description character varying(500),
    items text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.hiringpipeline (
    id bigint NOT NULL,
    name character varying(100),
    type text,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.holidays (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    dateh date,
    status text,
    country bigint,
    PRIMARY KEY (id),
    UNIQUE (dateh, country)
);
CREATE TABLE icehrm.immigrationdocuments (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details text,
    required text,
    alert_on_missing text,
    alert_before_expiry text,
    alert_before_day_number integer NOT NULL,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.immigrationstatus (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.industry (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.interviews (
    id bigint NOT NULL,
    job bigint NOT NULL,
    candidate bigint,
    level character varying(100),
    created timestamp without time zone,
    updated timestamp without time zone,
    scheduled timestamp without time zone,
    location character varying(500),
    mapid bigint,
    status character varying(100),
    notes text,
    scheduleupdated integer,
    interviewers text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.job (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    shortdescription text,
    description text,
    requirements text,
    benefits text,
    country bigint,
    company bigint,
    department character varying(100),
    code character varying(20),
    employementtype bigint,
    industry bigint,
    experiencelevel bigint,
    jobfunction bigint,
    educationlevel bigint,
    currency bigint,
    showsalary text,
    salarymin bigint,
    salarymax bigint,
    keywords text,
    status text,
    closingdate timestamp without time zone,
    attachment character varying(100),
    display character varying(200) NOT NULL,
    postedby bigint,
    location character varying(500),
    postalcode character varying(20),
    hiringmanager bigint,
    companyname character varying(100),
    showhiringmanager text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.jobfunction (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.jobtitles (
    id bigint NOT NULL,
    code character varying(10) NOT NULL,
    name character varying(100),
    description character varying(200),
    specification character varying(400),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.languages (
    id bigint NOT NULL,
    name character varying(100),
    description character varying(400),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.leavegroupemployees (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    leave_group bigint NOT NULL,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.leavegroups (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.leaveperiods (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    date_start date,
    date_end date,
    status text,
    country bigint,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.leaverules (
    id bigint NOT NULL,
    leave_type bigint NOT NULL,
    job_title bigint,
    employment_status bigint,
    employee bigint,
    supervisor_leave_assign text,
    employee_can_apply text,
    apply_beyond_current text,
    leave_accrue text,
    carried_forward text,
    default_per_year numeric(10,3) NOT NULL,
    carried_forward_percentage integer,
    carried_forward_leave_availability integer,
    propotionate_on_joined_date text,
    leave_group bigint,
    max_carried_forward_amount integer,
    exp_days integer,
    leave_period bigint,
    department bigint,
    employee_leave_period text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.leavestartingbalance (
    id bigint NOT NULL,
    leave_type bigint NOT NULL,
    employee bigint,
    leave_period bigint NOT NULL,
    amount numeric(10,3) NOT NULL,
    note text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.leavetypes (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    supervisor_leave_assign text,
    employee_can_apply text,
    apply_beyond_current text,
    leave_accrue text,
    carried_forward text,
    default_per_year numeric(10,3) NOT NULL,
    carried_forward_percentage integer,
    carried_forward_leave_availability integer,
    propotionate_on_joined_date text,
    send_notification_emails text,
    leave_group bigint,
    leave_color character varying(10),
    max_carried_forward_amount integer,
    employee_leave_period text,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.migrations (
    id bigint NOT NULL,
    file character varying(50) NOT NULL,
    version integer NOT NULL,
    created timestamp without time zone,
    updated timestamp without time zone,
    status text,
    last_error character varying(500),
    PRIMARY KEY (id),
    UNIQUE (file)
);
CREATE TABLE icehrm.modules (
    id bigint NOT NULL,
    menu character varying(30) NOT NULL,
    name character varying(100) NOT NULL,
    label character varying(100) NOT NULL,
    icon character varying(50),
    mod_group character varying(30) NOT NULL,
    mod_order integer,
    status text,
    version character varying(10),
    update_path character varying(500),
    user_levels character varying(500) NOT NULL,
    user_roles text,
    user_roles_blacklist text,
    PRIMARY KEY (id),
    UNIQUE (name, mod_group)
);
CREATE TABLE icehrm.nationality (
    id bigint NOT NULL,
    name character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.notifications (
    id bigint NOT NULL,
    "time" timestamp without time zone,
    fromuser bigint,
    fromemployee bigint,
    touser bigint NOT NULL,
    image character varying(500),
    message text,
    action text,
    type character varying(100),
    status text,
    employee bigint,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.overtimecategories (
    id bigint NOT NULL,
    name character varying(500) NOT NULL,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.payfrequency (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.paygrades (
    id bigint NOT NULL,
    name character varying(100),
    currency character varying(3) NOT NULL,
    min_salary numeric(12,2),
    max_salary numeric(12,2),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.payroll (
    id bigint NOT NULL,
    name character varying(200),
    pay_period bigint NOT NULL,
    department bigint NOT NULL,
    column_template bigint,
    columns character varying(500),
    date_start date,
    date_end date,
    status text,
    paysliptemplate bigint,
    deduction_group bigint,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.payrollcolumns (
    id integer NOT NULL,
    name character varying(50),
    calculation_hook character varying(200),
    salary_components character varying(500),
    deductions character varying(500),
    add_columns character varying(500),
    sub_columns character varying(500),
    colorder integer,
    editable text,
    enabled text,
    default_value character varying(25),
    calculation_columns character varying(500),
    calculation_function text,
    deduction_group bigint,
    function_type text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.payrollcolumntemplates (
    id bigint NOT NULL,
    name character varying(50),
    columns character varying(500),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.payrolldata (
    id integer NOT NULL,
    payroll bigint NOT NULL,
    employee bigint NOT NULL,
    payroll_item integer NOT NULL,
    amount character varying(25),
    PRIMARY KEY (id),
    UNIQUE (payroll, employee, payroll_item)
);
CREATE TABLE icehrm.payrollemployees (
    id bigint NOT NULL,
    employee bigint NOT NULL,
    pay_frequency integer,
    currency bigint,
    deduction_exemptions character varying(250),
    deduction_allowed character varying(250),
    deduction_group bigint,
    PRIMARY KEY (id),
    UNIQUE (employee)
);
CREATE TABLE icehrm.paysliptemplates (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    data text,
    status text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.performancereviews (
    id bigint NOT NULL,
    name character varying(150) NOT NULL,
    employee bigint,
    coordinator bigint,
    attendees character varying(50) NOT NULL,
    form bigint,
    status character varying(20) NOT NULL,
    review_date timestamp without time zone,
    review_period_start timestamp without time zone,
    review_period_end timestamp without time zone,
    self_assessment_due timestamp without time zone,
    notes text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.permissions (
    id bigint NOT NULL,
    user_level text,
    module_id bigint NOT NULL,
    permission character varying(200),
    meta character varying(500),
    value character varying(200),
    PRIMARY KEY (id),
    UNIQUE (user_level, module_id, permission)
);
CREATE TABLE icehrm.projects (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    client bigint,
    details text,
    created timestamp without time zone,
    status text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.province (
    id bigint NOT NULL,
    name character varying(40) NOT NULL,
    code character(2) NOT NULL,
    country character(2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.reportfiles (
    id bigint NOT NULL,
    employee bigint,
    name character varying(100) NOT NULL,
    attachment character varying(100) NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (attachment)
);
CREATE TABLE icehrm.reports (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details text,
    parameters text,
    query text,
    paramorder character varying(500) NOT NULL,
    type text,
    report_group character varying(500),
    output character varying(15) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.restaccesstokens (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    hash character varying(32),
    token character varying(500),
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (userid)
);
CREATE TABLE icehrm.reviewfeedbacks (
    id bigint NOT NULL,
    employee bigint,
    review bigint,
    subject bigint,
    form bigint,
    status character varying(20) NOT NULL,
    dueon timestamp without time zone,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.reviewtemplates (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    description character varying(500),
    items text,
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.salarycomponent (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    componenttype bigint,
    details text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.salarycomponenttype (
    id bigint NOT NULL,
    code character varying(10) NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.settings (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    value text,
    description text,
    meta text,
    category character varying(15) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.skills (
    id bigint NOT NULL,
    name character varying(100),
    description character varying(400),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.statuschangelogs (
    id bigint NOT NULL,
    type character varying(100) NOT NULL,
    element bigint NOT NULL,
    user_id bigint,
    data character varying(500) NOT NULL,
    status_from text,
    status_to text,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.supportedlanguages (
    id bigint NOT NULL,
    name character varying(100),
    description character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.tags (
    id bigint NOT NULL,
    name character varying(250) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.tasks (
    id bigint NOT NULL,
    employee bigint,
    name character varying(250) NOT NULL,
    description text,
    attachment character varying(100),
    created timestamp without time zone,
    updated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.timezones (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details character varying(255) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.trainingsessions (
    id bigint NOT NULL,
    name character varying(300) NOT NULL,
    course bigint NOT NULL,
    description text,
    scheduled timestamp without time zone,
    duedate timestamp without time zone,
    deliverymethod text,
    deliverylocation character varying(500),
    status text,
    attendancetype text,
    attachment character varying(300),
    created timestamp without time zone,
    updated timestamp without time zone,
    requireproof text,
    PRIMARY KEY (id)
);
CREATE TABLE icehrm.userreports (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    details text,
    parameters text,
    query text,
    paramorder character varying(500) NOT NULL,
    type text,
    report_group character varying(500),
    output character varying(15) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.userroles (
    id bigint NOT NULL,
    name character varying(100),
    additional_permissions text,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE icehrm.users (
    id bigint NOT NULL,
    username character varying(100),
    email character varying(100),
    password character varying(100),
    employee bigint,
    default_module bigint,
    user_level text,
    user_roles text,
    last_login timestamp without time zone,
    last_update timestamp without time zone,
    created timestamp without time zone,
    login_hash character varying(64),
    lang bigint,
    googleuserdata text,
    wrong_password_count integer,
    last_wrong_attempt_at timestamp without time zone,
    last_password_requested_at timestamp without time zone,
    PRIMARY KEY (id),
    UNIQUE (username)
);
CREATE TABLE icehrm.workdays (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    status text,
    country bigint,
    PRIMARY KEY (id),
    UNIQUE (name, country)
);
ALTER TABLE icehrm.applications ADD CONSTRAINT fk_applications_candidates FOREIGN KEY (candidate) REFERENCES icehrm.candidates(id);
ALTER TABLE icehrm.applications ADD CONSTRAINT fk_applications_job FOREIGN KEY (job) REFERENCES icehrm.job(id);
ALTER TABLE icehrm.attendance ADD CONSTRAINT fk_attendance_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.auditlog ADD CONSTRAINT fk_auditlog_users FOREIGN KEY ("user") REFERENCES icehrm.users(id);
ALTER TABLE icehrm.calls ADD CONSTRAINT fk_calls_candidates FOREIGN KEY (candidate) REFERENCES icehrm.candidates(id);
ALTER TABLE icehrm.calls ADD CONSTRAINT fk_calls_job FOREIGN KEY (job) REFERENCES icehrm.job(id);
ALTER TABLE icehrm.companyassets ADD CONSTRAINT fk_companyassets_assettypes FOREIGN KEY (type) REFERENCES icehrm.assettypes(id);
ALTER TABLE icehrm.companyassets ADD CONSTRAINT fk_companyassets_companystructures FOREIGN KEY (department) REFERENCES icehrm.companystructures(id);
ALTER TABLE icehrm.companyassets ADD CONSTRAINT fk_companyassets_employees FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.companystructures ADD CONSTRAINT fk_companystructures_own FOREIGN KEY (parent) REFERENCES icehrm.companystructures(id);
ALTER TABLE icehrm.courses ADD CONSTRAINT fk_courses_employees FOREIGN KEY (coordinator) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.deductions ADD CONSTRAINT fk_deductions_deductiongroup FOREIGN KEY (deduction_group) REFERENCES icehrm.deductiongroup(id);
ALTER TABLE icehrm.emergencycontacts ADD CONSTRAINT fk_emergencycontacts_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeattendancesheets ADD CONSTRAINT fk_employeeattendancesheets_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeecertifications ADD CONSTRAINT fk_employeecertifications_certifications FOREIGN KEY (certification_id) REFERENCES icehrm.certifications(id);
ALTER TABLE icehrm.employeecertifications ADD CONSTRAINT fk_employeecertifications_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeecompanyloans ADD CONSTRAINT fk_employeecompanyloans_companyloans FOREIGN KEY (loan) REFERENCES icehrm.companyloans(id);
ALTER TABLE icehrm.employeecompanyloans ADD CONSTRAINT fk_employeecompanyloans_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeedatahistory ADD CONSTRAINT fk_employeedatahistory_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeedatahistory ADD CONSTRAINT fk_employeedatahistory_users FOREIGN KEY ("user") REFERENCES icehrm.users(id);
ALTER TABLE icehrm.employeedependents ADD CONSTRAINT fk_employeedependents_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeedocuments ADD CONSTRAINT fk_employeedocuments_documents FOREIGN KEY (document) REFERENCES icehrm.documents(id);
ALTER TABLE icehrm.employeedocuments ADD CONSTRAINT fk_employeedocuments_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeeducations ADD CONSTRAINT fk_employeeeducations_educations FOREIGN KEY (education_id) REFERENCES icehrm.educations(id);
ALTER TABLE icehrm.employeeeducations ADD CONSTRAINT fk_employeeeducations_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeethnicity ADD CONSTRAINT fk_employeeethnicity_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeethnicity ADD CONSTRAINT fk_employeeethnicity_ethnicity FOREIGN KEY (ethnicity) REFERENCES icehrm.ethnicity(id);
ALTER TABLE icehrm.employeeexpenses ADD CONSTRAINT fk_employeeexpenses_category FOREIGN KEY (category) REFERENCES icehrm.expensescategories(id);
ALTER TABLE icehrm.employeeexpenses ADD CONSTRAINT fk_employeeexpenses_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeexpenses ADD CONSTRAINT fk_employeeexpenses_pm FOREIGN KEY (payment_method) REFERENCES icehrm.expensespaymentmethods(id);
ALTER TABLE icehrm.employeeforms ADD CONSTRAINT fk_employeeforms_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeforms ADD CONSTRAINT fk_employeeforms_forms FOREIGN KEY (form) REFERENCES icehrm.forms(id);
ALTER TABLE icehrm.employeeimmigrations ADD CONSTRAINT fk_employeeimmigrations_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeimmigrations ADD CONSTRAINT fk_employeeimmigrations_immigrationdocuments FOREIGN KEY (document) REFERENCES icehrm.immigrationdocuments(id);
ALTER TABLE icehrm.employeeimmigrationstatus ADD CONSTRAINT fk_employeeimmigrationstatus_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeimmigrationstatus ADD CONSTRAINT fk_employeeimmigrationstatus_type FOREIGN KEY (status) REFERENCES icehrm.immigrationstatus(id);
ALTER TABLE icehrm.employeelanguages ADD CONSTRAINT fk_employeelanguages_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeelanguages ADD CONSTRAINT fk_employeelanguages_languages FOREIGN KEY (language_id) REFERENCES icehrm.languages(id);
ALTER TABLE icehrm.employeeleavedays ADD CONSTRAINT fk_employeeleavedays_employeeleaves FOREIGN KEY (employee_leave) REFERENCES icehrm.employeeleaves(id);
ALTER TABLE icehrm.employeeleavelog ADD CONSTRAINT fk_employeeleavelog_employeeleaves FOREIGN KEY (employee_leave) REFERENCES icehrm.employeeleaves(id);
ALTER TABLE icehrm.employeeleavelog ADD CONSTRAINT fk_employeeleavelog_users FOREIGN KEY (user_id) REFERENCES icehrm.users(id);
ALTER TABLE icehrm.employeeleaves ADD CONSTRAINT fk_employeeleaves_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeleaves ADD CONSTRAINT fk_employeeleaves_leaveperiods FOREIGN KEY (leave_period) REFERENCES icehrm.leaveperiods(id);
ALTER TABLE icehrm.employeeleaves ADD CONSTRAINT fk_employeeleaves_leavetypes FOREIGN KEY (leave_type) REFERENCES icehrm.leavetypes(id);
ALTER TABLE icehrm.employeeovertime ADD CONSTRAINT fk_employeeovertime_category FOREIGN KEY (category) REFERENCES icehrm.overtimecategories(id);
ALTER TABLE icehrm.employeeovertime ADD CONSTRAINT fk_employeeovertime_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeprojects ADD CONSTRAINT fk_employeeprojects_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeprojects ADD CONSTRAINT fk_employeeprojects_projects FOREIGN KEY (project) REFERENCES icehrm.projects(id);
ALTER TABLE icehrm.employees ADD CONSTRAINT fk_employee_companystructures FOREIGN KEY (department) REFERENCES icehrm.companystructures(id);
ALTER TABLE icehrm.employees ADD CONSTRAINT fk_employee_country FOREIGN KEY (country) REFERENCES icehrm.country(code);
ALTER TABLE icehrm.employees ADD CONSTRAINT fk_employee_employmentstatus FOREIGN KEY (employment_status) REFERENCES icehrm.employmentstatus(id);
ALTER TABLE icehrm.employees ADD CONSTRAINT fk_employee_jobtitle FOREIGN KEY (job_title) REFERENCES icehrm.jobtitles(id);
ALTER TABLE icehrm.employees ADD CONSTRAINT fk_employee_nationality FOREIGN KEY (nationality) REFERENCES icehrm.nationality(id);
ALTER TABLE icehrm.employees ADD CONSTRAINT fk_employee_paygrades FOREIGN KEY (pay_grade) REFERENCES icehrm.paygrades(id);
ALTER TABLE icehrm.employees ADD CONSTRAINT fk_employee_province FOREIGN KEY (province) REFERENCES icehrm.province(id);
ALTER TABLE icehrm.employees ADD CONSTRAINT fk_employee_supervisor FOREIGN KEY (supervisor) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeesalary ADD CONSTRAINT fk_employeesalary_currency FOREIGN KEY (currency) REFERENCES icehrm.currencytypes(id);
ALTER TABLE icehrm.employeesalary ADD CONSTRAINT fk_employeesalary_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeskills ADD CONSTRAINT fk_employeeskills_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeskills ADD CONSTRAINT fk_employeeskills_skills FOREIGN KEY (skill_id) REFERENCES icehrm.skills(id);
ALTER TABLE icehrm.employeeteammembers ADD CONSTRAINT fk_employeeteammembers_member FOREIGN KEY (member) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeeteammembers ADD CONSTRAINT fk_employeeteammembers_team FOREIGN KEY (team) REFERENCES icehrm.employeeteams(id);
ALTER TABLE icehrm.employeeteams ADD CONSTRAINT fk_employeeteams_department FOREIGN KEY (department) REFERENCES icehrm.companystructures(id);
ALTER TABLE icehrm.employeeteams ADD CONSTRAINT fk_employeeteams_lead FOREIGN KEY (lead) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeetimeentry ADD CONSTRAINT fk_employeetimeentry_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeetimeentry ADD CONSTRAINT fk_employeetimeentry_employeetimesheets FOREIGN KEY (timesheet) REFERENCES icehrm.employeetimesheets(id);
ALTER TABLE icehrm.employeetimeentry ADD CONSTRAINT fk_employeetimeentry_projects FOREIGN KEY (project) REFERENCES icehrm.projects(id);
ALTER TABLE icehrm.employeetimesheets ADD CONSTRAINT fk_employeetimesheets_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeetrainingsessions ADD CONSTRAINT fk_employeetrainingsessions_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.employeetrainingsessions ADD CONSTRAINT fk_employeetrainingsessions_trainingsessions FOREIGN KEY (trainingsession) REFERENCES icehrm.trainingsessions(id);
ALTER TABLE icehrm.employeetravelrecords ADD CONSTRAINT fk_employeetravelrecords_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.interviews ADD CONSTRAINT fk_interviews_candidates FOREIGN KEY (candidate) REFERENCES icehrm.candidates(id);
ALTER TABLE icehrm.interviews ADD CONSTRAINT fk_interviews_job FOREIGN KEY (job) REFERENCES icehrm.job(id);
ALTER TABLE icehrm.leavegroupemployees ADD CONSTRAINT fk_leavegroupemployees_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.leavegroupemployees ADD CONSTRAINT fk_leavegroupemployees_leavegroups FOREIGN KEY (leave_group) REFERENCES icehrm.leavegroups(id);
ALTER TABLE icehrm.leaverules ADD CONSTRAINT fk_leaverules_department FOREIGN KEY (department) REFERENCES icehrm.companystructures(id);
ALTER TABLE icehrm.leaverules ADD CONSTRAINT fk_leaverules_leave_period FOREIGN KEY (leave_period) REFERENCES icehrm.leaveperiods(id);
ALTER TABLE icehrm.notifications ADD CONSTRAINT fk_notifications_users FOREIGN KEY (touser) REFERENCES icehrm.users(id);
ALTER TABLE icehrm.paygrades ADD CONSTRAINT fk_paygrades_currencytypes FOREIGN KEY (currency) REFERENCES icehrm.currencytypes(code);
ALTER TABLE icehrm.payrolldata ADD CONSTRAINT fk_payrolldata_payroll FOREIGN KEY (payroll) REFERENCES icehrm.payroll(id);
ALTER TABLE icehrm.payrollemployees ADD CONSTRAINT fk_payrollemployee_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.payrollemployees ADD CONSTRAINT fk_payrollemployees_deductiongroup FOREIGN KEY (deduction_group) REFERENCES icehrm.deductiongroup(id);
ALTER TABLE icehrm.performancereviews ADD CONSTRAINT fk_performancereviews_employees1 FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.performancereviews ADD CONSTRAINT fk_performancereviews_employees2 FOREIGN KEY (coordinator) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.performancereviews ADD CONSTRAINT fk_performancereviews_reviewtemplates FOREIGN KEY (form) REFERENCES icehrm.reviewtemplates(id);
ALTER TABLE icehrm.projects ADD CONSTRAINT fk_projects_client FOREIGN KEY (client) REFERENCES icehrm.clients(id);
ALTER TABLE icehrm.province ADD CONSTRAINT fk_province_country FOREIGN KEY (country) REFERENCES icehrm.country(code);
ALTER TABLE icehrm.reviewfeedbacks ADD CONSTRAINT fk_reviewfeedbacks_employees1 FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.reviewfeedbacks ADD CONSTRAINT fk_reviewfeedbacks_employees2 FOREIGN KEY (subject) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.reviewfeedbacks ADD CONSTRAINT fk_reviewfeedbacks_performancereviews FOREIGN KEY (review) REFERENCES icehrm.performancereviews(id);
ALTER TABLE icehrm.reviewfeedbacks ADD CONSTRAINT fk_reviewfeedbacks_reviewtemplates FOREIGN KEY (form) REFERENCES icehrm.reviewtemplates(id);
ALTER TABLE icehrm.salarycomponent ADD CONSTRAINT fk_salarycomponent_salarycomponenttype FOREIGN KEY (componenttype) REFERENCES icehrm.salarycomponenttype(id);
ALTER TABLE icehrm.tasks ADD CONSTRAINT fk_employeetasks_employees FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.trainingsessions ADD CONSTRAINT fk_trainingsessions_courses FOREIGN KEY (course) REFERENCES icehrm.courses(id);
ALTER TABLE icehrm.users ADD CONSTRAINT fk_user_employee FOREIGN KEY (employee) REFERENCES icehrm.employees(id);
ALTER TABLE icehrm.users ADD CONSTRAINT fk_user_supportedlanguages FOREIGN KEY (lang) REFERENCES icehrm.supportedlanguages(id);
