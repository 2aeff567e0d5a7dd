-- RosarioSIS, the open-source student information system for schools (schools by school year, grade levels, marking
-- periods (years, semesters, quarters, progress periods) and their history, bell-schedule periods, attendance calendars
-- and school days, calendar events, students with their addresses, contacts (people, their extra contact details and
-- relations) and linked parent accounts, enrollment with enrollment/drop codes, staff and users with profiles and
-- permission exceptions, custom fields and their categories for students, staff, schools, addresses and people,
-- courses, subjects, course periods (classes with teacher, room, seats and meeting periods), student schedules and
-- scheduling requests, period and daily attendance with attendance codes and their categories, lunch attendance,
-- teacher gradebooks (assignment types, assignments, grades and student submissions), report-card grades, grading
-- scales, report-card comments and comment code scales, final grades and GPA/class-rank statistics, transcript
-- comments, activity eligibility, discipline referrals and their fields, student medical records, alerts and nurse
-- visits, student billing (fees, payments), school accounting (incomes, expenses, staff salaries, categories), food
-- service (menus, items, categories, student and staff accounts, transactions and their items), portal notes and
-- polls, resources, the access log, templates, program configuration and the Moodle integration map), as
-- rosariosis.sql of github.com/francoisjacquet/rosariosis creates it on PostgreSQL (commit b695142, 2024-10-19,
-- ROSARIO_VERSION 12.0; GPL-2.0; we use the schema's facts). The script was loaded unchanged into a scratch
-- PostgreSQL 15 and the tables were regenerated from its catalog: all 94 tables, their columns and types, primary
-- keys (8 tables have none in the source), the 100 foreign keys the script declares (with their ON DELETE actions)
-- and its 2 column comments, schema rosariosis. Left out: defaults, sequences, unique and check constraints, indexes,
-- the 5 views (course_details, dual, enroll_grade, marking_periods, transcript_grades), functions and triggers (GPA
-- calculation, updated_at stamps), and the default rows (profiles, attendance codes, grading scales, custom field
-- definitions, ...), so the meaning of the students.custom_200000000... columns (gender, ethnicity, birthdate, ...)
-- is not in this file. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS rosariosis;
CREATE TABLE rosariosis.access_log (
    syear numeric(4,0) NOT NULL,
    username character varying(100),
    profile character varying(30),
    login_time timestamp without time zone,
    ip_address character varying(50),
    user_agent text,
    status character varying(50),
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE rosariosis.accounting_categories (
    id integer NOT NULL,
    school_id integer NOT NULL,
    title text NOT NULL,
    short_name character varying(10),
    type character varying(100),
    sort_order numeric,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.accounting_incomes (
    assigned_date date,
    comments text,
    id integer NOT NULL,
    title text NOT NULL,
    category_id integer,
    amount numeric(14,2) NOT NULL,
    file_attached text,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.accounting_payments (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    staff_id integer,
    title text,
    category_id integer,
    amount numeric(14,2) NOT NULL,
    payment_date date,
    comments text,
    file_attached text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.accounting_salaries (
    staff_id integer NOT NULL,
    assigned_date date,
    due_date date,
    comments text,
    id integer NOT NULL,
    title text NOT NULL,
    amount numeric(14,2) NOT NULL,
    file_attached text,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.address (
    address_id integer NOT NULL,
    house_no numeric(5,0),
    direction character varying(2),
    street character varying(30),
    apt character varying(5),
    zipcode character varying(10),
    city text,
    state character varying(50),
    mail_street character varying(30),
    mail_city text,
    mail_state character varying(50),
    mail_zipcode character varying(10),
    address text,
    mail_address text,
    phone character varying(30),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (address_id)
);
CREATE TABLE rosariosis.address_field_categories (
    id integer NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    residence character(1),
    mailing character(1),
    bus character(1),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.address_fields (
    id integer NOT NULL,
    type character varying(10) NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    select_options text,
    category_id integer,
    required character varying(1),
    default_selection text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.attendance_calendar (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    school_date date NOT NULL,
    minutes integer,
    block character varying(10),
    calendar_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (syear, school_id, school_date, calendar_id)
);
CREATE TABLE rosariosis.attendance_calendars (
    school_id integer NOT NULL,
    title character varying(100) NOT NULL,
    syear numeric(4,0) NOT NULL,
    calendar_id integer NOT NULL,
    default_calendar character varying(1),
    rollover_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (calendar_id)
);
CREATE TABLE rosariosis.attendance_code_categories (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    rollover_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.attendance_codes (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    title text NOT NULL,
    short_name character varying(10),
    type character varying(10),
    state_code character varying(1),
    default_code character varying(1),
    table_name integer,
    sort_order numeric,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.attendance_completed (
    staff_id integer NOT NULL,
    school_date date NOT NULL,
    period_id integer NOT NULL,
    table_name integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (staff_id, school_date, period_id, table_name)
);
CREATE TABLE rosariosis.attendance_day (
    student_id integer NOT NULL,
    school_date date NOT NULL,
    minutes_present integer,
    state_value numeric(2,1),
    syear numeric(4,0),
    marking_period_id integer,
    comment text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id, school_date)
);
CREATE TABLE rosariosis.attendance_period (
    student_id integer NOT NULL,
    school_date date NOT NULL,
    period_id integer NOT NULL,
    attendance_code integer,
    attendance_teacher_code integer,
    attendance_reason character varying(100),
    admin character varying(1),
    course_period_id integer,
    marking_period_id integer,
    comment character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id, school_date, period_id)
);
CREATE TABLE rosariosis.billing_fees (
    student_id integer NOT NULL,
    assigned_date date,
    due_date date,
    comments text,
    id integer NOT NULL,
    title text NOT NULL,
    amount numeric(14,2) NOT NULL,
    file_attached text,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    waived_fee_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by text,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.billing_payments (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    student_id integer NOT NULL,
    amount numeric(14,2) NOT NULL,
    payment_date date,
    comments text,
    refunded_payment_id integer,
    lunch_payment character varying(1),
    file_attached text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by text,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.calendar_events (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    school_date date,
    title character varying(50) NOT NULL,
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.config (
    school_id integer NOT NULL,
    title character varying(100) NOT NULL,
    config_value text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE rosariosis.course_period_school_periods (
    course_period_school_periods_id integer NOT NULL,
    course_period_id integer NOT NULL,
    period_id integer NOT NULL,
    days character varying(7),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (course_period_school_periods_id)
);
CREATE TABLE rosariosis.course_periods (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    course_period_id integer NOT NULL,
    course_id integer NOT NULL,
    title text,
    short_name character varying(25) NOT NULL,
    mp character varying(3),
    marking_period_id integer NOT NULL,
    teacher_id integer NOT NULL,
    secondary_teacher_id integer,
    room character varying(10),
    total_seats numeric,
    filled_seats numeric,
    does_attendance text,
    does_honor_roll character varying(1),
    does_class_rank character varying(1),
    gender_restriction character varying(1),
    house_restriction character varying(1),
    availability numeric,
    parent_id integer,
    calendar_id integer,
    half_day character varying(1),
    does_breakoff character varying(1),
    rollover_id integer,
    grade_scale_id integer,
    credits numeric(6,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (course_period_id)
);
CREATE TABLE rosariosis.course_subjects (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    subject_id integer NOT NULL,
    title character varying(100) NOT NULL,
    short_name character varying(25),
    sort_order numeric,
    rollover_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (subject_id)
);
CREATE TABLE rosariosis.courses (
    syear numeric(4,0) NOT NULL,
    course_id integer NOT NULL,
    subject_id integer NOT NULL,
    school_id integer NOT NULL,
    grade_level integer,
    title character varying(100) NOT NULL,
    short_name character varying(25),
    rollover_id integer,
    credit_hours numeric(6,2),
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (course_id)
);
CREATE TABLE rosariosis.custom_fields (
    id integer NOT NULL,
    type character varying(10) NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    select_options text,
    category_id integer,
    required character varying(1),
    default_selection text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.discipline_field_usage (
    id integer NOT NULL,
    discipline_field_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    title text NOT NULL,
    select_options text,
    sort_order numeric,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.discipline_fields (
    id integer NOT NULL,
    title text NOT NULL,
    short_name character varying(20),
    data_type character varying(30) NOT NULL,
    column_name text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.discipline_referrals (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    student_id integer NOT NULL,
    school_id integer NOT NULL,
    staff_id integer,
    entry_date date,
    referral_date date,
    category_1 text,
    category_2 text,
    category_3 character varying(1),
    category_4 text,
    category_5 text,
    category_6 text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.eligibility (
    student_id integer NOT NULL,
    syear numeric(4,0),
    school_date date,
    period_id integer,
    eligibility_code character varying(20),
    course_period_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE rosariosis.eligibility_activities (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    title text NOT NULL,
    start_date date,
    end_date date,
    comment text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.eligibility_completed (
    staff_id integer NOT NULL,
    school_date date NOT NULL,
    period_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (staff_id, school_date, period_id)
);
CREATE TABLE rosariosis.food_service_accounts (
    account_id integer NOT NULL,
    balance numeric(9,2) NOT NULL,
    transaction_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (account_id)
);
CREATE TABLE rosariosis.food_service_categories (
    category_id integer NOT NULL,
    school_id integer NOT NULL,
    menu_id integer NOT NULL,
    title character varying(25) NOT NULL,
    sort_order numeric,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (category_id)
);
CREATE TABLE rosariosis.food_service_items (
    item_id integer NOT NULL,
    school_id integer NOT NULL,
    short_name character varying(25),
    sort_order numeric,
    description character varying(25),
    icon character varying(50),
    price numeric(9,2) NOT NULL,
    price_reduced numeric(9,2),
    price_free numeric(9,2),
    price_staff numeric(9,2) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (item_id)
);
CREATE TABLE rosariosis.food_service_menu_items (
    menu_item_id integer NOT NULL,
    school_id integer NOT NULL,
    menu_id integer NOT NULL,
    item_id integer NOT NULL,
    category_id integer,
    sort_order numeric,
    does_count character varying(1),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (menu_item_id)
);
CREATE TABLE rosariosis.food_service_menus (
    menu_id integer NOT NULL,
    school_id integer NOT NULL,
    title character varying(25) NOT NULL,
    sort_order numeric,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (menu_id)
);
CREATE TABLE rosariosis.food_service_staff_accounts (
    staff_id integer NOT NULL,
    status character varying(25),
    barcode character varying(50),
    balance numeric(9,2) NOT NULL,
    transaction_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (staff_id)
);
CREATE TABLE rosariosis.food_service_staff_transaction_items (
    item_id integer NOT NULL,
    transaction_id integer NOT NULL,
    menu_item_id integer,
    amount numeric(9,2),
    short_name character varying(25),
    description character varying(50),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (item_id, transaction_id)
);
CREATE TABLE rosariosis.food_service_staff_transactions (
    transaction_id integer NOT NULL,
    staff_id integer NOT NULL,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    balance numeric(9,2),
    "timestamp" timestamp without time zone,
    short_name character varying(25),
    description character varying(50),
    seller_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (transaction_id)
);
CREATE TABLE rosariosis.food_service_student_accounts (
    student_id integer NOT NULL,
    account_id integer NOT NULL,
    discount character varying(25),
    status character varying(25),
    barcode character varying(50),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id)
);
CREATE TABLE rosariosis.food_service_transaction_items (
    item_id integer NOT NULL,
    transaction_id integer NOT NULL,
    menu_item_id integer,
    amount numeric(9,2),
    discount character varying(25),
    short_name character varying(25),
    description character varying(50),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (item_id, transaction_id)
);
CREATE TABLE rosariosis.food_service_transactions (
    transaction_id integer NOT NULL,
    account_id integer NOT NULL,
    student_id integer,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    discount character varying(25),
    balance numeric(9,2),
    "timestamp" timestamp without time zone,
    short_name character varying(25),
    description character varying(50),
    seller_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (transaction_id)
);
CREATE TABLE rosariosis.gradebook_assignment_types (
    assignment_type_id integer NOT NULL,
    staff_id integer NOT NULL,
    course_id integer NOT NULL,
    title text NOT NULL,
    final_grade_percent numeric(6,5),
    sort_order numeric,
    color character varying(30),
    created_mp integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (assignment_type_id)
);
CREATE TABLE rosariosis.gradebook_assignments (
    assignment_id integer NOT NULL,
    staff_id integer NOT NULL,
    marking_period_id integer NOT NULL,
    course_period_id integer,
    course_id integer,
    assignment_type_id integer NOT NULL,
    title text NOT NULL,
    assigned_date date,
    due_date date,
    points integer NOT NULL,
    description text,
    file text,
    default_points integer,
    submission character varying(1),
    weight integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (assignment_id)
);
CREATE TABLE rosariosis.gradebook_grades (
    student_id integer NOT NULL,
    period_id integer,
    course_period_id integer NOT NULL,
    assignment_id integer NOT NULL,
    points numeric(6,2),
    comment text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id, assignment_id, course_period_id)
);
CREATE TABLE rosariosis.grades_completed (
    staff_id integer NOT NULL,
    marking_period_id integer NOT NULL,
    course_period_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (staff_id, marking_period_id, course_period_id)
);
CREATE TABLE rosariosis.history_marking_periods (
    parent_id integer,
    mp_type character varying(20),
    name character varying(50) NOT NULL,
    short_name character varying(10),
    post_end_date date,
    school_id integer NOT NULL,
    syear numeric(4,0),
    marking_period_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (marking_period_id)
);
CREATE TABLE rosariosis.lunch_period (
    student_id integer NOT NULL,
    school_date date NOT NULL,
    period_id integer NOT NULL,
    attendance_code integer,
    attendance_teacher_code integer,
    attendance_reason character varying(100),
    admin character varying(1),
    course_period_id integer,
    marking_period_id integer,
    comment character varying(100),
    table_name integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id, school_date, period_id)
);
CREATE TABLE rosariosis.moodlexrosario (
    "column" character varying(100) NOT NULL,
    rosario_id integer NOT NULL,
    moodle_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY ("column", rosario_id)
);
CREATE TABLE rosariosis.people (
    person_id integer NOT NULL,
    last_name character varying(50) NOT NULL,
    first_name character varying(50) NOT NULL,
    middle_name character varying(50),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (person_id)
);
CREATE TABLE rosariosis.people_field_categories (
    id integer NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    custody character(1),
    emergency character(1),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.people_fields (
    id integer NOT NULL,
    type character varying(10),
    title text NOT NULL,
    sort_order numeric,
    select_options text,
    category_id integer,
    required character varying(1),
    default_selection text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.people_join_contacts (
    id integer NOT NULL,
    person_id integer,
    title character varying(100),
    value character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.portal_notes (
    id integer NOT NULL,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    title text NOT NULL,
    content text,
    sort_order numeric,
    published_user integer,
    published_date timestamp without time zone,
    start_date date,
    end_date date,
    published_profiles text,
    file_attached text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.portal_poll_questions (
    id integer NOT NULL,
    portal_poll_id integer NOT NULL,
    question text NOT NULL,
    type character varying(20),
    options text,
    votes text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.portal_polls (
    id integer NOT NULL,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    title text NOT NULL,
    votes_number integer,
    display_votes character varying(1),
    sort_order numeric,
    published_user integer,
    published_date timestamp without time zone,
    start_date date,
    end_date date,
    published_profiles text,
    students_teacher_id integer,
    excluded_users text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.profile_exceptions (
    profile_id integer NOT NULL,
    modname character varying(150) NOT NULL,
    can_use character varying(1),
    can_edit character varying(1),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (profile_id, modname)
);
CREATE TABLE rosariosis.program_config (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    program character varying(100) NOT NULL,
    title character varying(100) NOT NULL,
    value text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE rosariosis.program_user_config (
    user_id integer NOT NULL,
    program character varying(100) NOT NULL,
    title character varying(100) NOT NULL,
    value text,
    school_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE rosariosis.report_card_comment_categories (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    course_id integer,
    sort_order numeric,
    title text NOT NULL,
    rollover_id integer,
    color character varying(30),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.report_card_comment_code_scales (
    id integer NOT NULL,
    school_id integer NOT NULL,
    title character varying(25) NOT NULL,
    comment character varying(100),
    sort_order numeric,
    rollover_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.report_card_comment_codes (
    id integer NOT NULL,
    school_id integer NOT NULL,
    scale_id integer NOT NULL,
    title character varying(5) NOT NULL,
    short_name character varying(100),
    comment character varying(100),
    sort_order numeric,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.report_card_comments (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    course_id integer,
    category_id integer,
    scale_id integer,
    sort_order numeric,
    title text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.report_card_grade_scales (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    title text NOT NULL,
    comment text,
    hhr_gpa_value numeric(7,2),
    hr_gpa_value numeric(7,2),
    sort_order numeric,
    rollover_id integer,
    gp_scale numeric(7,2) NOT NULL,
    gp_passing_value numeric(7,2),
    hrs_gpa_value numeric(7,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.report_card_grades (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    title character varying(5) NOT NULL,
    sort_order numeric,
    gpa_value numeric(7,2),
    break_off numeric(7,2),
    comment text,
    grade_scale_id integer,
    unweighted_gp numeric(7,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.resources (
    id integer NOT NULL,
    school_id integer NOT NULL,
    title text NOT NULL,
    link text,
    published_profiles text,
    published_grade_levels text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.schedule (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    student_id integer NOT NULL,
    start_date date NOT NULL,
    end_date date,
    modified_date date,
    modified_by character varying(255),
    course_id integer NOT NULL,
    course_period_id integer NOT NULL,
    mp character varying(3),
    marking_period_id integer,
    scheduler_lock character varying(1),
    id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE rosariosis.schedule_requests (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    request_id integer NOT NULL,
    student_id integer NOT NULL,
    subject_id integer,
    course_id integer,
    marking_period_id integer,
    priority integer,
    with_teacher_id integer,
    not_teacher_id integer,
    with_period_id integer,
    not_period_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (request_id)
);
CREATE TABLE rosariosis.school_fields (
    id integer NOT NULL,
    type character varying(10) NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    select_options text,
    required character varying(1),
    default_selection text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.school_gradelevels (
    id integer NOT NULL,
    school_id integer NOT NULL,
    short_name character varying(3),
    title character varying(50) NOT NULL,
    next_grade_id integer,
    sort_order numeric,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.school_marking_periods (
    marking_period_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    mp character varying(3) NOT NULL,
    school_id integer NOT NULL,
    parent_id integer,
    title character varying(50) NOT NULL,
    short_name character varying(10),
    sort_order numeric,
    start_date date NOT NULL,
    end_date date NOT NULL,
    post_start_date date,
    post_end_date date,
    does_grades character varying(1),
    does_comments character varying(1),
    rollover_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (marking_period_id)
);
CREATE TABLE rosariosis.school_periods (
    period_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    sort_order numeric,
    title character varying(100) NOT NULL,
    short_name character varying(10),
    length integer,
    start_time character varying(10),
    end_time character varying(10),
    block character varying(10),
    attendance character varying(1),
    rollover_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (period_id)
);
CREATE TABLE rosariosis.schools (
    syear numeric(4,0) NOT NULL,
    id integer NOT NULL,
    title character varying(100) NOT NULL,
    address character varying(100),
    city character varying(100),
    state character varying(10),
    zipcode character varying(10),
    phone character varying(30),
    principal character varying(100),
    www_address text,
    school_number character varying(50),
    short_name character varying(25),
    reporting_gp_scale numeric(10,3),
    number_days_rotation numeric(1,0),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id, syear)
);
CREATE TABLE rosariosis.staff (
    syear numeric(4,0) NOT NULL,
    staff_id integer NOT NULL,
    current_school_id integer,
    title character varying(5),
    first_name character varying(50) NOT NULL,
    last_name character varying(50) NOT NULL,
    middle_name character varying(50),
    name_suffix character varying(3),
    username character varying(100),
    password character varying(106),
    email character varying(255),
    custom_200000001 text,
    profile character varying(30),
    schools character varying(150),
    last_login timestamp without time zone,
    failed_login integer,
    profile_id integer,
    rollover_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (staff_id)
);
CREATE TABLE rosariosis.staff_exceptions (
    user_id integer NOT NULL,
    modname character varying(150) NOT NULL,
    can_use character varying(1),
    can_edit character varying(1),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (user_id, modname)
);
CREATE TABLE rosariosis.staff_field_categories (
    id integer NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    columns numeric(4,0),
    include character varying(100),
    admin character(1),
    teacher character(1),
    parent character(1),
    "none" character(1),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.staff_fields (
    id integer NOT NULL,
    type character varying(10) NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    select_options text,
    category_id integer,
    required character varying(1),
    default_selection text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.student_assignments (
    assignment_id integer NOT NULL,
    student_id integer NOT NULL,
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (assignment_id, student_id)
);
CREATE TABLE rosariosis.student_eligibility_activities (
    syear numeric(4,0),
    student_id integer NOT NULL,
    activity_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE rosariosis.student_enrollment (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    student_id integer NOT NULL,
    grade_id integer,
    start_date date,
    end_date date,
    enrollment_code integer,
    drop_code integer,
    next_school integer,
    calendar_id integer,
    last_school integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.student_enrollment_codes (
    id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    title character varying(100) NOT NULL,
    short_name character varying(10),
    type character varying(4),
    default_code character varying(1),
    sort_order numeric,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.student_field_categories (
    id integer NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    columns numeric(4,0),
    include character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.student_medical (
    id integer NOT NULL,
    student_id integer NOT NULL,
    type character varying(25) NOT NULL,
    medical_date date,
    comments character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.student_medical_alerts (
    id integer NOT NULL,
    student_id integer NOT NULL,
    title character varying(100) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.student_medical_visits (
    id integer NOT NULL,
    student_id integer NOT NULL,
    school_date date NOT NULL,
    time_in character varying(20),
    time_out character varying(20),
    reason character varying(100),
    result character varying(100),
    comments text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.student_mp_comments (
    student_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    marking_period_id integer NOT NULL,
    comment text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id, syear, marking_period_id)
);
CREATE TABLE rosariosis.student_mp_stats (
    student_id integer NOT NULL,
    marking_period_id integer NOT NULL,
    cum_weighted_factor numeric,
    cum_unweighted_factor numeric,
    cum_rank integer,
    mp_rank integer,
    class_size integer,
    sum_weighted_factors numeric,
    sum_unweighted_factors numeric,
    count_weighted_factors integer,
    count_unweighted_factors integer,
    grade_level_short character varying(3),
    cr_weighted_factors numeric,
    cr_unweighted_factors numeric,
    count_cr_factors integer,
    cum_cr_weighted_factor numeric,
    cum_cr_unweighted_factor numeric,
    credit_attempted numeric,
    credit_earned numeric,
    gp_credits numeric,
    cr_credits numeric,
    comments character varying(75),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id, marking_period_id)
);
CREATE TABLE rosariosis.student_report_card_comments (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    student_id integer NOT NULL,
    course_period_id integer NOT NULL,
    report_card_comment_id integer NOT NULL,
    comment character varying(5),
    marking_period_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (syear, student_id, course_period_id, marking_period_id, report_card_comment_id)
);
CREATE TABLE rosariosis.student_report_card_grades (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    student_id integer NOT NULL,
    course_period_id integer,
    report_card_grade_id integer,
    report_card_comment_id integer,
    comment text,
    grade_percent numeric(4,1),
    marking_period_id integer NOT NULL,
    grade_letter character varying(5),
    weighted_gp numeric(7,2),
    unweighted_gp numeric(7,2),
    gp_scale numeric(7,2),
    credit_attempted numeric,
    credit_earned numeric,
    credit_category character varying(10),
    course_title text NOT NULL,
    id integer NOT NULL,
    school text,
    class_rank character varying(1),
    credit_hours numeric(6,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.students (
    student_id integer NOT NULL,
    last_name character varying(50) NOT NULL,
    first_name character varying(50) NOT NULL,
    middle_name character varying(50),
    name_suffix character varying(3),
    username character varying(100),
    password character varying(106),
    last_login timestamp without time zone,
    failed_login integer,
    custom_200000000 text,
    custom_200000001 text,
    custom_200000002 text,
    custom_200000003 text,
    custom_200000004 date,
    custom_200000005 text,
    custom_200000006 text,
    custom_200000007 text,
    custom_200000008 text,
    custom_200000009 text,
    custom_200000010 character(1),
    custom_200000011 text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id)
);
CREATE TABLE rosariosis.students_join_address (
    id integer NOT NULL,
    student_id integer NOT NULL,
    address_id integer NOT NULL,
    contact_seq numeric(10,0),
    gets_mail character varying(1),
    primary_residence character varying(1),
    legal_residence character varying(1),
    am_bus character varying(1),
    pm_bus character varying(1),
    mailing character varying(1),
    residence character varying(1),
    bus character varying(1),
    bus_pickup character varying(1),
    bus_dropoff character varying(1),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.students_join_people (
    id integer NOT NULL,
    student_id integer NOT NULL,
    person_id integer NOT NULL,
    address_id integer,
    custody character varying(1),
    emergency character varying(1),
    student_relation character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rosariosis.students_join_users (
    student_id integer NOT NULL,
    staff_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (student_id, staff_id)
);
CREATE TABLE rosariosis.templates (
    modname character varying(150) NOT NULL,
    staff_id integer NOT NULL,
    template text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (modname, staff_id)
);
CREATE TABLE rosariosis.user_profiles (
    id integer NOT NULL,
    profile character varying(30),
    title text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
ALTER TABLE rosariosis.accounting_incomes ADD FOREIGN KEY (category_id) REFERENCES rosariosis.accounting_categories(id);
ALTER TABLE rosariosis.accounting_incomes ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.accounting_payments ADD FOREIGN KEY (category_id) REFERENCES rosariosis.accounting_categories(id);
ALTER TABLE rosariosis.accounting_payments ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.accounting_payments ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.accounting_salaries ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.accounting_salaries ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.attendance_calendar ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.attendance_calendars ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.attendance_code_categories ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.attendance_codes ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.attendance_completed ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.attendance_day ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.attendance_day ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.attendance_period ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.attendance_period ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.attendance_period ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.billing_fees ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.billing_fees ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.billing_payments ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.billing_payments ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.calendar_events ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.course_period_school_periods ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.course_periods ADD FOREIGN KEY (course_id) REFERENCES rosariosis.courses(course_id);
ALTER TABLE rosariosis.course_periods ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.course_periods ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.course_periods ADD FOREIGN KEY (secondary_teacher_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.course_periods ADD FOREIGN KEY (teacher_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.course_subjects ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.courses ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.discipline_field_usage ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.discipline_referrals ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.discipline_referrals ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.discipline_referrals ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.eligibility ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.eligibility ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.eligibility_activities ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.eligibility_completed ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.food_service_staff_accounts ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.food_service_staff_transaction_items ADD FOREIGN KEY (transaction_id) REFERENCES rosariosis.food_service_staff_transactions(transaction_id);
ALTER TABLE rosariosis.food_service_staff_transactions ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.food_service_staff_transactions ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.food_service_student_accounts ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.food_service_transaction_items ADD FOREIGN KEY (transaction_id) REFERENCES rosariosis.food_service_transactions(transaction_id);
ALTER TABLE rosariosis.food_service_transactions ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.food_service_transactions ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.gradebook_assignment_types ADD FOREIGN KEY (course_id) REFERENCES rosariosis.courses(course_id);
ALTER TABLE rosariosis.gradebook_assignment_types ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.gradebook_assignments ADD FOREIGN KEY (course_id) REFERENCES rosariosis.courses(course_id);
ALTER TABLE rosariosis.gradebook_assignments ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.gradebook_assignments ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.gradebook_assignments ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.gradebook_grades ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.gradebook_grades ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.grades_completed ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.grades_completed ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.grades_completed ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.lunch_period ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.lunch_period ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.lunch_period ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.portal_notes ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.portal_polls ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.program_config ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.report_card_comment_categories ADD FOREIGN KEY (course_id) REFERENCES rosariosis.courses(course_id);
ALTER TABLE rosariosis.report_card_comment_categories ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.report_card_comments ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.report_card_grade_scales ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.report_card_grades ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.schedule ADD FOREIGN KEY (course_id) REFERENCES rosariosis.courses(course_id);
ALTER TABLE rosariosis.schedule ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.schedule ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.schedule ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.schedule ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.schedule_requests ADD FOREIGN KEY (course_id) REFERENCES rosariosis.courses(course_id);
ALTER TABLE rosariosis.schedule_requests ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.schedule_requests ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.schedule_requests ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.school_marking_periods ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.school_periods ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.staff_exceptions ADD FOREIGN KEY (user_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.student_assignments ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_eligibility_activities ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_enrollment ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.student_enrollment ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_medical ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_medical_alerts ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_medical_visits ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_mp_comments ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.student_mp_comments ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_mp_stats ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_report_card_comments ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.student_report_card_comments ADD FOREIGN KEY (marking_period_id) REFERENCES rosariosis.school_marking_periods(marking_period_id);
ALTER TABLE rosariosis.student_report_card_comments ADD FOREIGN KEY (school_id, syear) REFERENCES rosariosis.schools(id, syear);
ALTER TABLE rosariosis.student_report_card_comments ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.student_report_card_grades ADD FOREIGN KEY (course_period_id) REFERENCES rosariosis.course_periods(course_period_id);
ALTER TABLE rosariosis.student_report_card_grades ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.students_join_address ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.students_join_people ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
ALTER TABLE rosariosis.students_join_users ADD FOREIGN KEY (staff_id) REFERENCES rosariosis.staff(staff_id);
ALTER TABLE rosariosis.students_join_users ADD FOREIGN KEY (student_id) REFERENCES rosariosis.students(student_id);
COMMENT ON COLUMN rosariosis.food_service_staff_transaction_items.menu_item_id IS 'References food_service_menu_items(menu_item_id)';
COMMENT ON COLUMN rosariosis.food_service_transaction_items.menu_item_id IS 'References food_service_menu_items(menu_item_id)';
