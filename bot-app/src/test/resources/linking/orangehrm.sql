-- OrangeHRM 4.10.1 (open-source HR system; cryptic legacy names: hs_hr_employee with emp_/ebsal_/eec_/ep_ column
-- prefixes, hs_hr_emp_reportto erep_sup_emp_number/erep_sub_emp_number, hs_hr_jobtit_empstat, ohrm_leave_leave_entitlement,
-- ohrm_buzz_*, work_station = department), from the phpMyAdmin dump of a fresh 4.10.1 install that OrangeHRM keeps for
-- its upgrade tests: github.com/orangehrm/orangehrm, .github/workflows/4x_dumps/V4_10_1.sql, commit 194a751
-- (GPL-3.0; we use the schema's facts). MySQL converted by a one-off script: tables and columns in source order,
-- int -> integer, tinyint/smallint -> smallint, bigint kept, unsigned dropped, varchar(n)/char(n) kept, text kinds ->
-- text, blobs -> bytea, datetime/timestamp -> timestamp, time, decimal(p,s) -> numeric(p,s), double -> double precision,
-- the one enum (hs_hr_emp_dependents.ed_relationship_type: child, other) -> character varying(5); NOT NULL kept;
-- primary keys, unique keys and foreign keys (with their ON DELETE actions) from the dump's ALTER TABLE statements;
-- ohrm_project's key is (project_id, customer_id), so UNIQUE (project_id) was added for the foreign key of
-- ohrm_project_activity that MySQL accepts on a non-unique index; the source's 2 column comments kept (it has no table
-- comments). hs_hr_emp_skill and hs_hr_mailnotifications have no primary key, as in the source.
-- Cut from 168 to 108 tables: left out the report-builder tables (abstract_display_field, ohrm_report*, ohrm_*display_field*,
-- ohrm_*filter_field, ohrm_*group_field, ohrm_advanced_report), translation (ohrm_i18n_*), OAuth/OpenID/sign-in plumbing
-- (ohrm_oauth_*, ohrm_openid_*, ohrm_auth_provider_extra_details, ohrm_reset_password) and application plumbing (menus,
-- screens, modules, home pages, data groups and their role grants, themes, plugins, marketplace, beacon, datapoints,
-- registration queue, REST usage, upgrade history, web-service consumers, hs_hr_config, hs_hr_unique_id, hs_hr_module,
-- custom export/import, workflow state machine, user selection rules, email processor and configuration); no foreign
-- key of a kept table pointed into them. Left out too: column defaults, AUTO_INCREMENT, plain indexes, seed rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS orangehrm;
CREATE TABLE orangehrm.hs_hr_country (
    cou_code character(2) NOT NULL,
    name character varying(80) NOT NULL,
    cou_name character varying(80) NOT NULL,
    iso3 character(3),
    numcode smallint,
    PRIMARY KEY (cou_code)
);
CREATE TABLE orangehrm.hs_hr_currency_type (
    code integer NOT NULL,
    currency_id character(3) NOT NULL,
    currency_name character varying(70) NOT NULL,
    PRIMARY KEY (currency_id)
);
CREATE TABLE orangehrm.hs_hr_custom_fields (
    field_num integer NOT NULL,
    name character varying(250) NOT NULL,
    type integer NOT NULL,
    screen character varying(100),
    extra_data character varying(250),
    PRIMARY KEY (field_num)
);
CREATE TABLE orangehrm.hs_hr_district (
    district_code character varying(13) NOT NULL,
    district_name character varying(50),
    province_code character varying(13),
    PRIMARY KEY (district_code)
);
CREATE TABLE orangehrm.hs_hr_employee (
    emp_number integer NOT NULL,
    employee_id character varying(50),
    emp_lastname character varying(100) NOT NULL,
    emp_firstname character varying(100) NOT NULL,
    emp_middle_name character varying(100) NOT NULL,
    emp_nick_name character varying(100),
    emp_smoker smallint,
    ethnic_race_code character varying(13),
    emp_birthday date,
    nation_code integer,
    emp_gender smallint,
    emp_marital_status character varying(20),
    emp_ssn_num character varying(100),
    emp_sin_num character varying(100),
    emp_other_id character varying(100),
    emp_dri_lice_num character varying(100),
    emp_dri_lice_exp_date date,
    emp_military_service character varying(100),
    emp_status integer,
    job_title_code integer,
    eeo_cat_code integer,
    work_station integer,
    emp_street1 character varying(100),
    emp_street2 character varying(100),
    city_code character varying(100),
    coun_code character varying(100),
    provin_code character varying(100),
    emp_zipcode character varying(20),
    emp_hm_telephone character varying(50),
    emp_mobile character varying(50),
    emp_work_telephone character varying(50),
    emp_work_email character varying(50),
    sal_grd_code character varying(13),
    joined_date date,
    emp_oth_email character varying(50),
    termination_id integer,
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
    purged_at timestamp without time zone,
    PRIMARY KEY (emp_number)
);
CREATE TABLE orangehrm.hs_hr_emp_attachment (
    emp_number integer NOT NULL,
    eattach_id integer NOT NULL,
    eattach_desc character varying(200),
    eattach_filename character varying(100),
    eattach_size integer,
    eattach_attachment bytea,
    eattach_type character varying(200),
    screen character varying(100),
    attached_by integer,
    attached_by_name character varying(200),
    attached_time timestamp without time zone NOT NULL,
    PRIMARY KEY (emp_number, eattach_id)
);
CREATE TABLE orangehrm.hs_hr_emp_basicsalary (
    id integer NOT NULL,
    emp_number integer NOT NULL,
    sal_grd_code integer,
    currency_id character varying(6) NOT NULL,
    ebsal_basic_salary character varying(100),
    payperiod_code character varying(13),
    salary_component character varying(100),
    comments character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.hs_hr_emp_children (
    emp_number integer NOT NULL,
    ec_seqno numeric(2,0) NOT NULL,
    ec_name character varying(100),
    ec_date_of_birth date,
    PRIMARY KEY (emp_number, ec_seqno)
);
CREATE TABLE orangehrm.hs_hr_emp_contract_extend (
    emp_number integer NOT NULL,
    econ_extend_id numeric(10,0) NOT NULL,
    econ_extend_start_date timestamp without time zone,
    econ_extend_end_date timestamp without time zone,
    PRIMARY KEY (emp_number, econ_extend_id)
);
CREATE TABLE orangehrm.hs_hr_emp_dependents (
    emp_number integer NOT NULL,
    ed_seqno numeric(2,0) NOT NULL,
    ed_name character varying(100),
    ed_relationship_type character varying(5),
    ed_relationship character varying(100),
    ed_date_of_birth date,
    PRIMARY KEY (emp_number, ed_seqno)
);
CREATE TABLE orangehrm.hs_hr_emp_directdebit (
    id integer NOT NULL,
    salary_id integer NOT NULL,
    dd_routing_num integer NOT NULL,
    dd_account character varying(100) NOT NULL,
    dd_amount numeric(11,2) NOT NULL,
    dd_account_type character varying(20) NOT NULL,
    dd_transaction_type character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.hs_hr_emp_emergency_contacts (
    emp_number integer NOT NULL,
    eec_seqno numeric(2,0) NOT NULL,
    eec_name character varying(100),
    eec_relationship character varying(100),
    eec_home_no character varying(100),
    eec_mobile_no character varying(100),
    eec_office_no character varying(100),
    PRIMARY KEY (emp_number, eec_seqno)
);
CREATE TABLE orangehrm.hs_hr_emp_history_of_ealier_pos (
    emp_number integer NOT NULL,
    emp_seqno numeric(2,0) NOT NULL,
    ehoep_job_title character varying(100),
    ehoep_years character varying(100),
    PRIMARY KEY (emp_number, emp_seqno)
);
CREATE TABLE orangehrm.hs_hr_emp_language (
    emp_number integer NOT NULL,
    lang_id integer NOT NULL,
    fluency smallint NOT NULL,
    competency smallint,
    comments character varying(100),
    PRIMARY KEY (emp_number, lang_id, fluency)
);
CREATE TABLE orangehrm.hs_hr_emp_locations (
    emp_number integer NOT NULL,
    location_id integer NOT NULL,
    PRIMARY KEY (emp_number, location_id)
);
CREATE TABLE orangehrm.hs_hr_emp_member_detail (
    id integer NOT NULL,
    emp_number integer NOT NULL,
    membship_code integer NOT NULL,
    ememb_subscript_ownership character varying(20),
    ememb_subscript_amount numeric(15,2),
    ememb_subs_currency character varying(20),
    ememb_commence_date date,
    ememb_renewal_date date,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.hs_hr_emp_passport (
    emp_number integer NOT NULL,
    ep_seqno numeric(2,0) NOT NULL,
    ep_passport_num character varying(100) NOT NULL,
    ep_passportissueddate timestamp without time zone,
    ep_passportexpiredate timestamp without time zone,
    ep_comments character varying(255),
    ep_passport_type_flg smallint,
    ep_i9_status character varying(100),
    ep_i9_review_date date,
    cou_code character varying(6),
    PRIMARY KEY (emp_number, ep_seqno)
);
CREATE TABLE orangehrm.hs_hr_emp_picture (
    emp_number integer NOT NULL,
    epic_picture bytea,
    epic_filename character varying(100),
    epic_type character varying(50),
    epic_file_size character varying(20),
    epic_file_width character varying(20),
    epic_file_height character varying(20),
    PRIMARY KEY (emp_number)
);
CREATE TABLE orangehrm.hs_hr_emp_reportto (
    erep_sup_emp_number integer NOT NULL,
    erep_sub_emp_number integer NOT NULL,
    erep_reporting_mode integer NOT NULL,
    PRIMARY KEY (erep_sup_emp_number, erep_sub_emp_number, erep_reporting_mode)
);
CREATE TABLE orangehrm.hs_hr_emp_skill (
    emp_number integer NOT NULL,
    skill_id integer NOT NULL,
    years_of_exp numeric(2,0),
    comments character varying(100) NOT NULL
);
CREATE TABLE orangehrm.hs_hr_emp_us_tax (
    emp_number integer NOT NULL,
    tax_federal_status character varying(13),
    tax_federal_exceptions integer,
    tax_state character varying(13),
    tax_state_status character varying(13),
    tax_state_exceptions integer,
    tax_unemp_state character varying(13),
    tax_work_state character varying(13),
    PRIMARY KEY (emp_number)
);
CREATE TABLE orangehrm.hs_hr_emp_work_experience (
    emp_number integer NOT NULL,
    eexp_seqno numeric(10,0) NOT NULL,
    eexp_employer character varying(100),
    eexp_jobtit character varying(120),
    eexp_from_date timestamp without time zone,
    eexp_to_date timestamp without time zone,
    eexp_comments character varying(200),
    eexp_internal integer,
    PRIMARY KEY (emp_number, eexp_seqno)
);
CREATE TABLE orangehrm.hs_hr_jobtit_empstat (
    jobtit_code integer NOT NULL,
    estat_code integer NOT NULL,
    PRIMARY KEY (jobtit_code, estat_code)
);
CREATE TABLE orangehrm.hs_hr_mailnotifications (
    user_id integer NOT NULL,
    notification_type_id integer NOT NULL,
    status integer NOT NULL,
    email character varying(100)
);
CREATE TABLE orangehrm.hs_hr_payperiod (
    payperiod_code character varying(13) NOT NULL,
    payperiod_name character varying(100),
    PRIMARY KEY (payperiod_code)
);
CREATE TABLE orangehrm.hs_hr_pay_period (
    id integer NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    close_date date NOT NULL,
    check_date date NOT NULL,
    timesheet_aproval_due_date date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.hs_hr_province (
    id integer NOT NULL,
    province_name character varying(40) NOT NULL,
    province_code character(2) NOT NULL,
    cou_code character(2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_attendance_record (
    id bigint NOT NULL,
    employee_id bigint NOT NULL,
    punch_in_utc_time timestamp without time zone,
    punch_in_note character varying(255),
    punch_in_time_offset character varying(255),
    punch_in_user_time timestamp without time zone,
    punch_out_utc_time timestamp without time zone,
    punch_out_note character varying(255),
    punch_out_time_offset character varying(255),
    punch_out_user_time timestamp without time zone,
    state character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_comment (
    id bigint NOT NULL,
    share_id bigint NOT NULL,
    employee_number integer,
    number_of_likes integer,
    number_of_unlikes integer,
    comment_text text,
    comment_time timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_like_on_comment (
    id bigint NOT NULL,
    comment_id bigint NOT NULL,
    employee_number integer,
    like_time timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_like_on_share (
    id bigint NOT NULL,
    share_id bigint NOT NULL,
    employee_number integer,
    like_time timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_link (
    id bigint NOT NULL,
    post_id bigint NOT NULL,
    link text NOT NULL,
    type smallint,
    title character varying(600),
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_notification_metadata (
    emp_number integer NOT NULL,
    last_notification_view_time timestamp without time zone,
    last_buzz_view_time timestamp without time zone,
    last_clear_notifications timestamp without time zone,
    PRIMARY KEY (emp_number)
);
CREATE TABLE orangehrm.ohrm_buzz_photo (
    id bigint NOT NULL,
    post_id bigint NOT NULL,
    photo bytea,
    filename character varying(100),
    file_type character varying(50),
    size character varying(20),
    width character varying(20),
    height character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_post (
    id bigint NOT NULL,
    employee_number integer,
    text text,
    post_time timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_share (
    id bigint NOT NULL,
    post_id bigint NOT NULL,
    employee_number integer,
    number_of_likes integer,
    number_of_unlikes integer,
    number_of_comments integer,
    share_time timestamp without time zone NOT NULL,
    type smallint,
    text text,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_unlike_on_comment (
    id bigint NOT NULL,
    comment_id bigint NOT NULL,
    employee_number integer,
    like_time timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_buzz_unlike_on_share (
    id bigint NOT NULL,
    share_id bigint NOT NULL,
    employee_number integer,
    like_time timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_customer (
    customer_id integer NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(255),
    is_deleted smallint,
    PRIMARY KEY (customer_id)
);
CREATE TABLE orangehrm.ohrm_education (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_email (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name),
    UNIQUE (name)
);
CREATE TABLE orangehrm.ohrm_email_notification (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    is_enable integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_email_subscriber (
    id integer NOT NULL,
    notification_id integer NOT NULL,
    name character varying(100) NOT NULL,
    email character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_email_template (
    id integer NOT NULL,
    email_id integer NOT NULL,
    locale character varying(20),
    performer_role character varying(50),
    recipient_role character varying(50),
    subject character varying(255),
    body text,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_employee_event (
    event_id integer NOT NULL,
    employee_id integer NOT NULL,
    type character varying(45),
    event character varying(45),
    note character varying(150),
    created_date timestamp without time zone,
    created_by character varying(45),
    PRIMARY KEY (event_id)
);
CREATE TABLE orangehrm.ohrm_employee_subscription (
    id integer NOT NULL,
    employee_id integer NOT NULL,
    status smallint NOT NULL,
    created_at date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_employee_work_shift (
    work_shift_id integer NOT NULL,
    emp_number integer NOT NULL,
    PRIMARY KEY (work_shift_id, emp_number)
);
CREATE TABLE orangehrm.ohrm_employment_status (
    id integer NOT NULL,
    name character varying(60) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_emp_education (
    id integer NOT NULL,
    emp_number integer NOT NULL,
    education_id integer NOT NULL,
    institute character varying(100),
    major character varying(100),
    year numeric(4,0),
    score character varying(25),
    start_date date,
    end_date date,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_emp_license (
    emp_number integer NOT NULL,
    license_id integer NOT NULL,
    license_no character varying(50),
    license_issued_date date,
    license_expiry_date date,
    PRIMARY KEY (emp_number, license_id)
);
CREATE TABLE orangehrm.ohrm_emp_reporting_method (
    reporting_method_id integer NOT NULL,
    reporting_method_name character varying(100) NOT NULL,
    PRIMARY KEY (reporting_method_id)
);
CREATE TABLE orangehrm.ohrm_emp_termination (
    id integer NOT NULL,
    emp_number integer,
    reason_id integer,
    termination_date date NOT NULL,
    note character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_emp_termination_reason (
    id integer NOT NULL,
    name character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_holiday (
    id integer NOT NULL,
    description text,
    date date,
    recurring smallint,
    length integer,
    operational_country_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_candidate (
    id integer NOT NULL,
    first_name character varying(30) NOT NULL,
    middle_name character varying(30),
    last_name character varying(30) NOT NULL,
    email character varying(100) NOT NULL,
    contact_number character varying(30),
    status integer NOT NULL,
    comment text,
    mode_of_application integer NOT NULL,
    date_of_application date NOT NULL,
    cv_file_id integer,
    cv_text_version text,
    keywords character varying(255),
    added_person integer,
    consent_to_keep_data smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_candidate_attachment (
    id integer NOT NULL,
    candidate_id integer NOT NULL,
    file_name character varying(200) NOT NULL,
    file_type character varying(200),
    file_size integer NOT NULL,
    file_content bytea,
    attachment_type integer,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_candidate_history (
    id integer NOT NULL,
    candidate_id integer NOT NULL,
    vacancy_id integer,
    candidate_vacancy_name character varying(255),
    interview_id integer,
    action integer NOT NULL,
    performed_by integer,
    performed_date timestamp without time zone NOT NULL,
    note text,
    interviewers character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_candidate_vacancy (
    id integer NOT NULL,
    candidate_id integer NOT NULL,
    vacancy_id integer NOT NULL,
    status character varying(100) NOT NULL,
    applied_date date NOT NULL,
    PRIMARY KEY (candidate_id, vacancy_id),
    UNIQUE (id)
);
CREATE TABLE orangehrm.ohrm_job_category (
    id integer NOT NULL,
    name character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_interview (
    id integer NOT NULL,
    candidate_vacancy_id integer,
    candidate_id integer,
    interview_name character varying(100) NOT NULL,
    interview_date date,
    interview_time time without time zone,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_interview_attachment (
    id integer NOT NULL,
    interview_id integer NOT NULL,
    file_name character varying(200) NOT NULL,
    file_type character varying(200),
    file_size integer NOT NULL,
    file_content bytea,
    attachment_type integer,
    comment character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_interview_interviewer (
    interview_id integer NOT NULL,
    interviewer_id integer NOT NULL,
    PRIMARY KEY (interview_id, interviewer_id)
);
CREATE TABLE orangehrm.ohrm_job_specification_attachment (
    id integer NOT NULL,
    job_title_id integer NOT NULL,
    file_name character varying(200) NOT NULL,
    file_type character varying(200),
    file_size integer NOT NULL,
    file_content bytea,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_title (
    id integer NOT NULL,
    job_title character varying(100) NOT NULL,
    job_description character varying(400),
    note character varying(400),
    is_deleted smallint,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_vacancy (
    id integer NOT NULL,
    job_title_code integer NOT NULL,
    hiring_manager_id integer,
    name character varying(100) NOT NULL,
    description text,
    no_of_positions integer,
    status integer NOT NULL,
    published_in_feed smallint NOT NULL,
    defined_time timestamp without time zone NOT NULL,
    updated_time timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_job_vacancy_attachment (
    id integer NOT NULL,
    vacancy_id integer NOT NULL,
    file_name character varying(200) NOT NULL,
    file_type character varying(200),
    file_size integer NOT NULL,
    file_content bytea,
    attachment_type integer,
    comment character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_kpi (
    id bigint NOT NULL,
    job_title_code character varying(10),
    kpi_indicators character varying(255),
    min_rating integer,
    max_rating integer,
    default_kpi smallint,
    deleted_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_language (
    id integer NOT NULL,
    name character varying(120),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave (
    id integer NOT NULL,
    date date,
    length_hours numeric(6,2),
    length_days numeric(6,4),
    status smallint,
    comments character varying(256),
    leave_request_id integer NOT NULL,
    leave_type_id integer NOT NULL,
    emp_number integer NOT NULL,
    start_time time without time zone,
    end_time time without time zone,
    duration_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_adjustment (
    id integer NOT NULL,
    emp_number integer NOT NULL,
    no_of_days numeric(19,15) NOT NULL,
    leave_type_id integer NOT NULL,
    from_date timestamp without time zone,
    to_date timestamp without time zone,
    credited_date timestamp without time zone,
    note character varying(255),
    adjustment_type integer NOT NULL,
    deleted smallint NOT NULL,
    created_by_id integer,
    created_by_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_comment (
    id integer NOT NULL,
    leave_id integer NOT NULL,
    created timestamp without time zone,
    created_by_name character varying(255) NOT NULL,
    created_by_id integer,
    created_by_emp_number integer,
    comments character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_entitlement (
    id integer NOT NULL,
    emp_number integer NOT NULL,
    no_of_days numeric(19,15) NOT NULL,
    days_used numeric(8,4) NOT NULL,
    leave_type_id integer NOT NULL,
    from_date timestamp without time zone NOT NULL,
    to_date timestamp without time zone,
    credited_date timestamp without time zone,
    note character varying(255),
    entitlement_type integer NOT NULL,
    deleted smallint NOT NULL,
    created_by_id integer,
    created_by_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_entitlement_adjustment (
    id integer NOT NULL,
    adjustment_id integer NOT NULL,
    entitlement_id integer NOT NULL,
    length_days numeric(4,2),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_entitlement_type (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    is_editable smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_leave_entitlement (
    id integer NOT NULL,
    leave_id integer NOT NULL,
    entitlement_id integer NOT NULL,
    length_days numeric(6,4),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_period_history (
    id integer NOT NULL,
    leave_period_start_month integer NOT NULL,
    leave_period_start_day integer NOT NULL,
    created_at date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_request (
    id integer NOT NULL,
    leave_type_id integer NOT NULL,
    date_applied date NOT NULL,
    emp_number integer NOT NULL,
    comments character varying(256),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_request_comment (
    id integer NOT NULL,
    leave_request_id integer NOT NULL,
    created timestamp without time zone,
    created_by_name character varying(255) NOT NULL,
    created_by_id integer,
    created_by_emp_number integer,
    comments character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_status (
    id integer NOT NULL,
    status smallint NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_leave_type (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    deleted smallint NOT NULL,
    exclude_in_reports_if_no_entitlement smallint NOT NULL,
    operational_country_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_license (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_location (
    id integer NOT NULL,
    name character varying(110) NOT NULL,
    country_code character varying(3) NOT NULL,
    province character varying(60),
    city character varying(60),
    address character varying(255),
    zip_code character varying(35),
    phone character varying(35),
    fax character varying(35),
    notes character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_login (
    id integer NOT NULL,
    user_id bigint NOT NULL,
    user_name character varying(255),
    user_role_name text NOT NULL,
    user_role_predefined smallint NOT NULL,
    login_time timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_membership (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_nationality (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_operational_country (
    id integer NOT NULL,
    country_code character(2),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_organization_gen_info (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    tax_id character varying(30),
    registration_number character varying(30),
    phone character varying(30),
    fax character varying(30),
    email character varying(30),
    country character varying(30),
    province character varying(30),
    city character varying(30),
    zip_code character varying(30),
    street1 character varying(100),
    street2 character varying(100),
    note character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_pay_grade (
    id integer NOT NULL,
    name character varying(60),
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE orangehrm.ohrm_pay_grade_currency (
    pay_grade_id integer NOT NULL,
    currency_id character varying(6) NOT NULL,
    min_salary double precision,
    max_salary double precision,
    PRIMARY KEY (pay_grade_id, currency_id)
);
CREATE TABLE orangehrm.ohrm_performance_review (
    id integer NOT NULL,
    status_id integer,
    employee_number integer,
    work_period_start date,
    work_period_end date,
    job_title_code integer,
    department_id integer,
    due_date date,
    completed_date date,
    activated_date timestamp without time zone,
    final_comment text,
    final_rate numeric(18,2),
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_performance_track (
    id integer NOT NULL,
    emp_number integer NOT NULL,
    tracker_name character varying(200) NOT NULL,
    added_date timestamp without time zone,
    added_by integer,
    status integer,
    modified_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_performance_tracker_log (
    id integer NOT NULL,
    performance_track_id integer,
    log character varying(150),
    comment character varying(3000),
    status integer,
    added_date timestamp without time zone,
    modified_date timestamp without time zone,
    reviewer_id integer,
    achievement character varying(45),
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_performance_tracker_reviewer (
    id integer NOT NULL,
    performance_track_id integer NOT NULL,
    reviewer_id integer NOT NULL,
    added_date timestamp without time zone,
    status integer,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_project (
    project_id integer NOT NULL,
    customer_id integer NOT NULL,
    name character varying(100),
    description character varying(256),
    is_deleted smallint,
    PRIMARY KEY (project_id, customer_id),
    UNIQUE (project_id)
);
CREATE TABLE orangehrm.ohrm_project_activity (
    activity_id integer NOT NULL,
    project_id integer NOT NULL,
    name character varying(110),
    is_deleted smallint,
    PRIMARY KEY (activity_id)
);
CREATE TABLE orangehrm.ohrm_project_admin (
    project_id integer NOT NULL,
    emp_number integer NOT NULL,
    PRIMARY KEY (project_id, emp_number)
);
CREATE TABLE orangehrm.ohrm_reviewer (
    id integer NOT NULL,
    review_id integer,
    employee_number integer,
    status integer,
    reviewer_group_id integer,
    completed_date timestamp without time zone,
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_reviewer_group (
    id integer NOT NULL,
    name character varying(50),
    piority integer,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_reviewer_rating (
    id integer NOT NULL,
    rating numeric(18,2),
    kpi_id integer,
    review_id integer,
    reviewer_id integer NOT NULL,
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_skill (
    id integer NOT NULL,
    name character varying(120),
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_subunit (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    unit_id character varying(100),
    description character varying(400),
    lft smallint,
    rgt smallint,
    level smallint,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE orangehrm.ohrm_timesheet (
    timesheet_id bigint NOT NULL,
    state character varying(255) NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    employee_id bigint NOT NULL,
    PRIMARY KEY (timesheet_id)
);
CREATE TABLE orangehrm.ohrm_timesheet_action_log (
    timesheet_action_log_id bigint NOT NULL,
    comment character varying(255),
    action character varying(255),
    date_time date NOT NULL,
    performed_by integer NOT NULL,
    timesheet_id bigint NOT NULL,
    PRIMARY KEY (timesheet_action_log_id)
);
CREATE TABLE orangehrm.ohrm_timesheet_item (
    timesheet_item_id bigint NOT NULL,
    timesheet_id bigint NOT NULL,
    date date NOT NULL,
    duration bigint,
    comment text,
    project_id bigint NOT NULL,
    employee_id bigint NOT NULL,
    activity_id bigint NOT NULL,
    PRIMARY KEY (timesheet_item_id)
);
CREATE TABLE orangehrm.ohrm_user (
    id integer NOT NULL,
    user_role_id integer NOT NULL,
    emp_number integer,
    user_name character varying(40),
    user_password character varying(255),
    deleted smallint NOT NULL,
    status smallint NOT NULL,
    date_entered timestamp without time zone,
    date_modified timestamp without time zone,
    modified_user_id integer,
    created_by integer,
    PRIMARY KEY (id),
    UNIQUE (user_name)
);
CREATE TABLE orangehrm.ohrm_user_role (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    display_name character varying(255) NOT NULL,
    is_assignable smallint,
    is_predefined smallint,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE orangehrm.ohrm_work_shift (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    hours_per_day numeric(4,2) NOT NULL,
    start_time time without time zone NOT NULL,
    end_time time without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orangehrm.ohrm_work_week (
    id integer NOT NULL,
    operational_country_id integer,
    mon smallint NOT NULL,
    tue smallint NOT NULL,
    wed smallint NOT NULL,
    thu smallint NOT NULL,
    fri smallint NOT NULL,
    sat smallint NOT NULL,
    sun smallint NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN orangehrm.hs_hr_emp_directdebit.dd_account_type IS 'CHECKING, SAVINGS';
COMMENT ON COLUMN orangehrm.hs_hr_emp_directdebit.dd_transaction_type IS 'BLANK, PERC, FLAT, FLATMINUS';
ALTER TABLE orangehrm.hs_hr_employee ADD FOREIGN KEY (work_station) REFERENCES orangehrm.ohrm_subunit (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.hs_hr_employee ADD FOREIGN KEY (nation_code) REFERENCES orangehrm.ohrm_nationality (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.hs_hr_employee ADD FOREIGN KEY (job_title_code) REFERENCES orangehrm.ohrm_job_title (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.hs_hr_employee ADD FOREIGN KEY (emp_status) REFERENCES orangehrm.ohrm_employment_status (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.hs_hr_employee ADD FOREIGN KEY (eeo_cat_code) REFERENCES orangehrm.ohrm_job_category (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.hs_hr_employee ADD FOREIGN KEY (termination_id) REFERENCES orangehrm.ohrm_emp_termination (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.hs_hr_emp_attachment ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_basicsalary ADD FOREIGN KEY (sal_grd_code) REFERENCES orangehrm.ohrm_pay_grade (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_basicsalary ADD FOREIGN KEY (currency_id) REFERENCES orangehrm.hs_hr_currency_type (currency_id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_basicsalary ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_basicsalary ADD FOREIGN KEY (payperiod_code) REFERENCES orangehrm.hs_hr_payperiod (payperiod_code) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_children ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_contract_extend ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_dependents ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_directdebit ADD FOREIGN KEY (salary_id) REFERENCES orangehrm.hs_hr_emp_basicsalary (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_emergency_contacts ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_history_of_ealier_pos ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_language ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_language ADD FOREIGN KEY (lang_id) REFERENCES orangehrm.ohrm_language (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_locations ADD FOREIGN KEY (location_id) REFERENCES orangehrm.ohrm_location (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_locations ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_member_detail ADD FOREIGN KEY (membship_code) REFERENCES orangehrm.ohrm_membership (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_member_detail ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_passport ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_picture ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_reportto ADD FOREIGN KEY (erep_sup_emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_reportto ADD FOREIGN KEY (erep_sub_emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_reportto ADD FOREIGN KEY (erep_reporting_mode) REFERENCES orangehrm.ohrm_emp_reporting_method (reporting_method_id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_skill ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_skill ADD FOREIGN KEY (skill_id) REFERENCES orangehrm.ohrm_skill (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_us_tax ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_emp_work_experience ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_jobtit_empstat ADD FOREIGN KEY (jobtit_code) REFERENCES orangehrm.ohrm_job_title (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_jobtit_empstat ADD FOREIGN KEY (estat_code) REFERENCES orangehrm.ohrm_employment_status (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.hs_hr_mailnotifications ADD FOREIGN KEY (user_id) REFERENCES orangehrm.ohrm_user (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_buzz_comment ADD FOREIGN KEY (share_id) REFERENCES orangehrm.ohrm_buzz_share (id) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_comment ADD FOREIGN KEY (employee_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_like_on_comment ADD FOREIGN KEY (employee_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_like_on_comment ADD FOREIGN KEY (comment_id) REFERENCES orangehrm.ohrm_buzz_comment (id) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_like_on_share ADD FOREIGN KEY (share_id) REFERENCES orangehrm.ohrm_buzz_share (id) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_like_on_share ADD FOREIGN KEY (employee_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_link ADD FOREIGN KEY (post_id) REFERENCES orangehrm.ohrm_buzz_post (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_buzz_notification_metadata ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_photo ADD FOREIGN KEY (post_id) REFERENCES orangehrm.ohrm_buzz_post (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_buzz_post ADD FOREIGN KEY (employee_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_share ADD FOREIGN KEY (employee_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_share ADD FOREIGN KEY (post_id) REFERENCES orangehrm.ohrm_buzz_post (id) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_unlike_on_comment ADD FOREIGN KEY (employee_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_unlike_on_comment ADD FOREIGN KEY (comment_id) REFERENCES orangehrm.ohrm_buzz_comment (id) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_unlike_on_share ADD FOREIGN KEY (employee_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_buzz_unlike_on_share ADD FOREIGN KEY (share_id) REFERENCES orangehrm.ohrm_buzz_share (id) ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE orangehrm.ohrm_email_subscriber ADD FOREIGN KEY (notification_id) REFERENCES orangehrm.ohrm_email_notification (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_email_template ADD FOREIGN KEY (email_id) REFERENCES orangehrm.ohrm_email (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_employee_work_shift ADD FOREIGN KEY (work_shift_id) REFERENCES orangehrm.ohrm_work_shift (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_employee_work_shift ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_emp_education ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_emp_education ADD FOREIGN KEY (education_id) REFERENCES orangehrm.ohrm_education (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_emp_license ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_emp_license ADD FOREIGN KEY (license_id) REFERENCES orangehrm.ohrm_license (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_emp_termination ADD FOREIGN KEY (reason_id) REFERENCES orangehrm.ohrm_emp_termination_reason (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_emp_termination ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_holiday ADD FOREIGN KEY (operational_country_id) REFERENCES orangehrm.ohrm_operational_country (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_job_candidate ADD FOREIGN KEY (added_person) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_job_candidate_attachment ADD FOREIGN KEY (candidate_id) REFERENCES orangehrm.ohrm_job_candidate (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_candidate_history ADD FOREIGN KEY (candidate_id) REFERENCES orangehrm.ohrm_job_candidate (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_candidate_history ADD FOREIGN KEY (vacancy_id) REFERENCES orangehrm.ohrm_job_vacancy (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_job_candidate_history ADD FOREIGN KEY (interview_id) REFERENCES orangehrm.ohrm_job_interview (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_job_candidate_history ADD FOREIGN KEY (performed_by) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_job_candidate_vacancy ADD FOREIGN KEY (candidate_id) REFERENCES orangehrm.ohrm_job_candidate (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_candidate_vacancy ADD FOREIGN KEY (vacancy_id) REFERENCES orangehrm.ohrm_job_vacancy (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_interview ADD FOREIGN KEY (candidate_vacancy_id) REFERENCES orangehrm.ohrm_job_candidate_vacancy (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_job_interview ADD FOREIGN KEY (candidate_id) REFERENCES orangehrm.ohrm_job_candidate (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_interview_attachment ADD FOREIGN KEY (interview_id) REFERENCES orangehrm.ohrm_job_interview (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_interview_interviewer ADD FOREIGN KEY (interview_id) REFERENCES orangehrm.ohrm_job_interview (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_interview_interviewer ADD FOREIGN KEY (interviewer_id) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_specification_attachment ADD FOREIGN KEY (job_title_id) REFERENCES orangehrm.ohrm_job_title (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_vacancy ADD FOREIGN KEY (job_title_code) REFERENCES orangehrm.ohrm_job_title (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_job_vacancy ADD FOREIGN KEY (hiring_manager_id) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_job_vacancy_attachment ADD FOREIGN KEY (vacancy_id) REFERENCES orangehrm.ohrm_job_vacancy (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave ADD FOREIGN KEY (leave_request_id) REFERENCES orangehrm.ohrm_leave_request (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave ADD FOREIGN KEY (leave_type_id) REFERENCES orangehrm.ohrm_leave_type (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_adjustment ADD FOREIGN KEY (leave_type_id) REFERENCES orangehrm.ohrm_leave_type (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_adjustment ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_adjustment ADD FOREIGN KEY (created_by_id) REFERENCES orangehrm.ohrm_user (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_leave_adjustment ADD FOREIGN KEY (adjustment_type) REFERENCES orangehrm.ohrm_leave_entitlement_type (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_comment ADD FOREIGN KEY (leave_id) REFERENCES orangehrm.ohrm_leave (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_comment ADD FOREIGN KEY (created_by_id) REFERENCES orangehrm.ohrm_user (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_leave_comment ADD FOREIGN KEY (created_by_emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_entitlement ADD FOREIGN KEY (leave_type_id) REFERENCES orangehrm.ohrm_leave_type (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_entitlement ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_entitlement ADD FOREIGN KEY (entitlement_type) REFERENCES orangehrm.ohrm_leave_entitlement_type (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_entitlement ADD FOREIGN KEY (created_by_id) REFERENCES orangehrm.ohrm_user (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_leave_entitlement_adjustment ADD FOREIGN KEY (entitlement_id) REFERENCES orangehrm.ohrm_leave_entitlement (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_entitlement_adjustment ADD FOREIGN KEY (adjustment_id) REFERENCES orangehrm.ohrm_leave_adjustment (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_leave_entitlement ADD FOREIGN KEY (entitlement_id) REFERENCES orangehrm.ohrm_leave_entitlement (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_leave_entitlement ADD FOREIGN KEY (leave_id) REFERENCES orangehrm.ohrm_leave (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_request ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_request ADD FOREIGN KEY (leave_type_id) REFERENCES orangehrm.ohrm_leave_type (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_request_comment ADD FOREIGN KEY (leave_request_id) REFERENCES orangehrm.ohrm_leave_request (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_request_comment ADD FOREIGN KEY (created_by_id) REFERENCES orangehrm.ohrm_user (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_leave_request_comment ADD FOREIGN KEY (created_by_emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_leave_type ADD FOREIGN KEY (operational_country_id) REFERENCES orangehrm.ohrm_operational_country (id) ON DELETE SET NULL;
ALTER TABLE orangehrm.ohrm_location ADD FOREIGN KEY (country_code) REFERENCES orangehrm.hs_hr_country (cou_code) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_operational_country ADD FOREIGN KEY (country_code) REFERENCES orangehrm.hs_hr_country (cou_code) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_pay_grade_currency ADD FOREIGN KEY (currency_id) REFERENCES orangehrm.hs_hr_currency_type (currency_id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_pay_grade_currency ADD FOREIGN KEY (pay_grade_id) REFERENCES orangehrm.ohrm_pay_grade (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_performance_review ADD FOREIGN KEY (employee_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_performance_track ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_performance_track ADD FOREIGN KEY (added_by) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_performance_tracker_log ADD FOREIGN KEY (user_id) REFERENCES orangehrm.ohrm_user (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_performance_tracker_log ADD FOREIGN KEY (performance_track_id) REFERENCES orangehrm.ohrm_performance_track (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_performance_tracker_log ADD FOREIGN KEY (reviewer_id) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_performance_tracker_reviewer ADD FOREIGN KEY (performance_track_id) REFERENCES orangehrm.ohrm_performance_track (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_performance_tracker_reviewer ADD FOREIGN KEY (reviewer_id) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE orangehrm.ohrm_project_activity ADD FOREIGN KEY (project_id) REFERENCES orangehrm.ohrm_project (project_id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_project_admin ADD FOREIGN KEY (project_id) REFERENCES orangehrm.ohrm_project (project_id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_project_admin ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_reviewer ADD FOREIGN KEY (review_id) REFERENCES orangehrm.ohrm_performance_review (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_reviewer_rating ADD FOREIGN KEY (reviewer_id) REFERENCES orangehrm.ohrm_reviewer (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_reviewer_rating ADD FOREIGN KEY (review_id) REFERENCES orangehrm.ohrm_performance_review (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_timesheet_action_log ADD FOREIGN KEY (performed_by) REFERENCES orangehrm.ohrm_user (id) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_user ADD FOREIGN KEY (emp_number) REFERENCES orangehrm.hs_hr_employee (emp_number) ON DELETE CASCADE;
ALTER TABLE orangehrm.ohrm_user ADD FOREIGN KEY (user_role_id) REFERENCES orangehrm.ohrm_user_role (id);
ALTER TABLE orangehrm.ohrm_work_week ADD FOREIGN KEY (operational_country_id) REFERENCES orangehrm.ohrm_operational_country (id) ON DELETE CASCADE ON UPDATE CASCADE;
