-- openSIS Classic, the open-source student information system for K-12 schools (schools, school years, semesters,
-- quarters and progress periods, calendars and events, grade levels and sections, periods and rooms, subjects,
-- courses, course periods and their meeting days, schedules and schedule requests, teacher reassignments,
-- enrollment with enrollment/drop codes, daily and period attendance with attendance codes, missing attendance,
-- lunch periods, gradebook assignments and grades, report card grades, grade scales and comments, GPA and class
-- rank, honor roll, eligibility and activities, student goals and progress, medical info, alerts, immunizations,
-- nurse visits and doctor's notes, student addresses and bus stops, parents and contacts (people), staff with their
-- school info, certifications, addresses, contacts and emergency contacts, ethnicities and languages, custom
-- fields, portal notes, messaging, user profiles and permissions, logins), as its installer creates it:
-- install/OpensisSchemaMysqlInc.sql (last changed in commit 81799fd of 31 Dec 2022) of
-- github.com/OS4ED/openSIS-Classic at commit 23c59bf (29 Oct 2025); GNU General Public License version 2 (we use
-- the schema's facts). Its MySQL CREATE TABLE statements and the ALTER TABLE statements that shape tables (added
-- primary keys, the primary key attendance_period replaces, the columns added to staff, attendance_completed and
-- student_enrollment, the students columns language and ethnicity renamed to language_id and ethnicity_id) were
-- turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and regenerated from its catalog:
-- all 98 tables the script creates, schema opensis, primary keys on 84 of them as declared (the rest have none);
-- int(n) -> integer, tinyint -> smallint, datetime -> timestamp, longtext -> text, longblob -> bytea, enum ->
-- character varying as long as its longest value, numeric/decimal kept; the 3 column COMMENTs kept as comments.
-- Left out: the four views (marking_periods, course_details, enroll_grade, transcript_grades) and the function of
-- that file, three tables the file itself comments out (config, old_course_weights, student_gpa_running),
-- defaults, AUTO_INCREMENT, character sets, indexes and unique keys. The file declares no foreign keys. No rows.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS opensis;
CREATE TABLE opensis.api_info (
    id integer NOT NULL,
    api_key character varying(255) NOT NULL,
    api_secret character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opensis.app (
    name character varying(100) NOT NULL,
    value character varying(100) NOT NULL
);
CREATE TABLE opensis.attendance_calendar (
    syear numeric(4,0) NOT NULL,
    school_id numeric NOT NULL,
    school_date date NOT NULL,
    minutes numeric,
    block character varying(10),
    calendar_id numeric NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (syear, school_id, school_date, calendar_id)
);
CREATE TABLE opensis.attendance_code_categories (
    id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    title character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.attendance_codes (
    id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    title character varying(100),
    short_name character varying(10),
    type character varying(10),
    state_code character varying(1),
    default_code character varying(1),
    table_name numeric,
    sort_order numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.attendance_completed (
    staff_id numeric NOT NULL,
    school_date date NOT NULL,
    period_id numeric NOT NULL,
    course_period_id integer NOT NULL,
    substitute_staff_id numeric,
    is_taken_by_substitute_staff character(1),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    cpv_id integer NOT NULL
);
CREATE TABLE opensis.attendance_day (
    student_id numeric NOT NULL,
    school_date date NOT NULL,
    minutes_present numeric,
    state_value numeric(2,1),
    syear numeric(4,0),
    marking_period_id integer,
    comment character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (student_id, school_date)
);
CREATE TABLE opensis.attendance_period (
    student_id numeric NOT NULL,
    school_date date NOT NULL,
    period_id numeric NOT NULL,
    attendance_code numeric,
    attendance_teacher_code numeric,
    attendance_reason character varying(100),
    admin character varying(1),
    course_period_id numeric NOT NULL,
    marking_period_id integer,
    comment character varying(100),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (student_id, school_date, period_id)
);
CREATE TABLE opensis.calendar_events (
    id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    calendar_id numeric,
    school_date date,
    title character varying(50),
    description text,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.calendar_events_visibility (
    calendar_id integer NOT NULL,
    profile_id integer,
    profile character varying(50),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.course_period_var (
    id integer NOT NULL,
    course_period_id integer NOT NULL,
    days character varying(7),
    course_period_date date,
    period_id integer NOT NULL,
    start_time time without time zone,
    end_time time without time zone,
    room_id integer NOT NULL,
    does_attendance character varying(1),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.course_periods (
    syear integer NOT NULL,
    school_id numeric NOT NULL,
    course_period_id integer NOT NULL,
    course_id numeric NOT NULL,
    course_weight character varying(10),
    title character varying(100),
    short_name text,
    mp character varying(3),
    marking_period_id integer,
    begin_date date,
    end_date date,
    teacher_id integer,
    secondary_teacher_id integer,
    total_seats integer,
    filled_seats numeric NOT NULL,
    does_honor_roll character varying(1),
    does_class_rank character varying(1),
    gender_restriction character varying(1),
    house_restriction character varying(1),
    availability integer,
    parent_id integer,
    calendar_id integer,
    half_day character varying(1),
    does_breakoff character varying(1),
    rollover_id integer,
    grade_scale_id integer,
    credits numeric(10,3),
    schedule_type character varying(8),
    last_updated timestamp without time zone NOT NULL,
    modified_by integer NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (course_period_id)
);
CREATE TABLE opensis.course_subjects (
    syear numeric(4,0),
    school_id numeric,
    subject_id integer NOT NULL,
    title text,
    short_name text,
    rollover_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (subject_id)
);
CREATE TABLE opensis.courses (
    syear numeric(4,0) NOT NULL,
    course_id integer NOT NULL,
    subject_id numeric NOT NULL,
    school_id numeric NOT NULL,
    grade_level numeric,
    title character varying(100),
    short_name character varying(25),
    rollover_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (course_id)
);
CREATE TABLE opensis.custom_fields (
    id integer NOT NULL,
    type character varying(10),
    search character varying(1),
    title character varying(30),
    sort_order numeric,
    select_options character varying(10000),
    category_id numeric,
    system_field character(1),
    required character varying(1),
    default_selection character varying(255),
    hide character varying(1),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.device_info (
    id integer NOT NULL,
    user_id integer NOT NULL,
    profile_id integer NOT NULL,
    device_type character varying(255) NOT NULL,
    device_token text NOT NULL,
    device_id text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opensis.eligibility (
    student_id numeric,
    syear numeric(4,0),
    school_date date,
    period_id numeric,
    eligibility_code character varying(20),
    course_period_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.eligibility_activities (
    id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    title character varying(100),
    start_date date,
    end_date date,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.eligibility_completed (
    staff_id numeric NOT NULL,
    school_date date NOT NULL,
    period_id numeric NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (staff_id, school_date, period_id)
);
CREATE TABLE opensis.ethnicity (
    ethnicity_id integer NOT NULL,
    ethnicity_name character varying(255) NOT NULL,
    sort_order integer,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (ethnicity_id)
);
CREATE TABLE opensis.filter_fields (
    filter_field_id integer NOT NULL,
    filter_id integer,
    filter_column character varying(255),
    filter_value text,
    PRIMARY KEY (filter_field_id)
);
CREATE TABLE opensis.filters (
    filter_id integer NOT NULL,
    filter_name character varying(255),
    school_id integer,
    show_to integer NOT NULL,
    PRIMARY KEY (filter_id)
);
CREATE TABLE opensis.gradebook_assignment_types (
    assignment_type_id integer NOT NULL,
    staff_id numeric,
    course_id numeric,
    title character varying(100),
    final_grade_percent numeric(6,5),
    course_period_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (assignment_type_id)
);
CREATE TABLE opensis.gradebook_assignments (
    assignment_id integer NOT NULL,
    staff_id numeric,
    marking_period_id integer,
    course_period_id numeric,
    course_id numeric,
    assignment_type_id numeric,
    title character varying(100),
    assigned_date date,
    due_date date,
    points numeric,
    description text,
    ungraded integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (assignment_id)
);
CREATE TABLE opensis.gradebook_grades (
    student_id numeric NOT NULL,
    period_id numeric,
    course_period_id numeric NOT NULL,
    assignment_id numeric NOT NULL,
    points numeric(6,2),
    comment text,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (student_id, assignment_id, course_period_id)
);
CREATE TABLE opensis.grades_completed (
    staff_id numeric NOT NULL,
    marking_period_id integer NOT NULL,
    period_id numeric NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (staff_id, marking_period_id, period_id)
);
CREATE TABLE opensis.hacking_log (
    host_name character varying(20),
    ip_address character varying(20),
    login_date date,
    version character varying(20),
    php_self character varying(20),
    document_root character varying(100),
    script_name character varying(100),
    modname character varying(100),
    username character varying(20),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.history_marking_periods (
    parent_id integer,
    mp_type character(20),
    name character(30),
    post_end_date date,
    school_id integer,
    syear integer,
    marking_period_id integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (marking_period_id)
);
CREATE TABLE opensis.history_school (
    id integer NOT NULL,
    student_id integer NOT NULL,
    marking_period_id integer NOT NULL,
    school_name character varying(100) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.honor_roll (
    id integer NOT NULL,
    school_id integer NOT NULL,
    syear integer NOT NULL,
    title character varying(100) NOT NULL,
    value character varying(100),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.language (
    language_id integer NOT NULL,
    language_name character varying(127) NOT NULL,
    sort_order integer,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (language_id)
);
CREATE TABLE opensis.log_maintain (
    id integer NOT NULL,
    value numeric(30,0),
    session_id character varying(100),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.login_authentication (
    id integer NOT NULL,
    user_id integer NOT NULL,
    profile_id integer NOT NULL,
    username character varying(255),
    password character varying(255),
    last_login timestamp without time zone,
    failed_login integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.login_message (
    id integer NOT NULL,
    message text,
    display character(1),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.login_records (
    syear numeric(5,0),
    first_name character varying(100),
    last_name character varying(100),
    profile character varying(50),
    user_name character varying(100),
    login_time timestamp without time zone,
    faillog_count numeric(4,0),
    staff_id numeric(10,0),
    id integer NOT NULL,
    faillog_time character varying(255),
    ip_address character varying(20),
    status character varying(50),
    school_id numeric(10,0),
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.lunch_period (
    student_id numeric,
    school_date date,
    period_id numeric,
    attendance_code numeric,
    attendance_teacher_code numeric,
    attendance_reason character varying(100),
    admin character varying(1),
    course_period_id numeric,
    marking_period_id integer,
    lunch_period character varying(100),
    table_name numeric,
    comment character varying(100),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.mail_group (
    group_id integer NOT NULL,
    group_name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    user_name character varying(255) NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    school_id integer NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (group_id)
);
CREATE TABLE opensis.mail_groupmembers (
    id integer NOT NULL,
    group_id integer NOT NULL,
    user_name character varying(255) NOT NULL,
    profile character varying(255) NOT NULL,
    school_id integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.marking_period_id_generator (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opensis.medical_info (
    id integer NOT NULL,
    student_id integer NOT NULL,
    syear integer NOT NULL,
    school_id integer NOT NULL,
    physician character varying(255),
    physician_phone character varying(255),
    preferred_hospital character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.missing_attendance (
    school_id integer NOT NULL,
    syear character varying(6) NOT NULL,
    school_date date NOT NULL,
    course_period_id integer NOT NULL,
    period_id integer NOT NULL,
    teacher_id integer NOT NULL,
    secondary_teacher_id integer,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.msg_inbox (
    mail_id integer NOT NULL,
    to_user character varying(211) NOT NULL,
    from_user character varying(211) NOT NULL,
    mail_subject character varying(211),
    mail_body text NOT NULL,
    mail_datetime timestamp without time zone,
    mail_attachment character varying(211),
    isdraft integer,
    istrash character varying(255),
    to_multiple_users character varying(255),
    to_cc character varying(255),
    to_cc_multiple character varying(255),
    to_bcc character varying(255),
    to_bcc_multiple character varying(255),
    mail_read_unread character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (mail_id)
);
CREATE TABLE opensis.msg_outbox (
    mail_id integer NOT NULL,
    from_user character varying(211) NOT NULL,
    to_user character varying(211) NOT NULL,
    mail_subject character varying(211),
    mail_body text NOT NULL,
    mail_datetime timestamp without time zone,
    mail_attachment character varying(211),
    istrash integer,
    to_cc character varying(255),
    to_bcc character varying(255),
    to_grpname character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (mail_id)
);
CREATE TABLE opensis.people (
    staff_id integer NOT NULL,
    current_school_id numeric(10,0),
    title character varying(5),
    first_name character varying(100),
    last_name character varying(100),
    middle_name character varying(100),
    home_phone character varying(255),
    work_phone character varying(255),
    cell_phone character varying(255),
    email character varying(100),
    custody character varying(1),
    profile character varying(30),
    profile_id numeric(10,0),
    is_disable character varying(10),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (staff_id)
);
CREATE TABLE opensis.people_field_categories (
    id integer NOT NULL,
    title character varying(100),
    sort_order numeric(10,0),
    include character varying(100),
    admin character(1),
    teacher character(1),
    parent character(1),
    "none" character(1),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.people_fields (
    id integer NOT NULL,
    type character varying(10),
    search character varying(1),
    title character varying(30),
    sort_order numeric,
    select_options character varying(10000),
    category_id numeric,
    system_field character(1),
    required character varying(1),
    default_selection character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.portal_notes (
    id integer NOT NULL,
    school_id numeric,
    syear numeric(4,0),
    title character varying(255),
    content text,
    sort_order numeric,
    published_user numeric,
    last_updated timestamp without time zone,
    start_date date,
    end_date date,
    published_profiles character varying(255),
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.profile_exceptions (
    profile_id numeric,
    modname character varying(255),
    can_use character varying(1),
    can_edit character varying(1),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.program_config (
    syear numeric(4,0),
    school_id numeric,
    program character varying(255),
    title character varying(100),
    value character varying(100),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.program_user_config (
    user_id numeric NOT NULL,
    school_id numeric,
    program character varying(255),
    title character varying(100),
    value character varying(100),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.report_card_comments (
    id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    course_id numeric,
    sort_order numeric,
    title text,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.report_card_grade_scales (
    id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric(10,0) NOT NULL,
    title character varying(25),
    comment character varying(100),
    sort_order numeric(10,0),
    rollover_id numeric(10,0),
    gp_scale numeric(10,3),
    gpa_cal character varying(1) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.report_card_grades (
    id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    title character varying(15),
    sort_order numeric,
    gpa_value numeric(4,2),
    break_off numeric,
    comment text,
    grade_scale_id numeric,
    unweighted_gp numeric(4,2),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.rooms (
    room_id integer NOT NULL,
    school_id integer NOT NULL,
    title character varying(50) NOT NULL,
    capacity integer,
    description text,
    sort_order integer,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (room_id)
);
CREATE TABLE opensis.schedule (
    syear numeric(4,0) NOT NULL,
    school_id numeric,
    student_id numeric NOT NULL,
    start_date date NOT NULL,
    end_date date,
    modified_date date,
    modified_by character varying(255),
    course_id numeric NOT NULL,
    course_weight character varying(10),
    course_period_id numeric NOT NULL,
    mp character varying(3),
    marking_period_id integer,
    scheduler_lock character varying(1),
    dropped character varying(1),
    id integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.schedule_requests (
    syear numeric(4,0),
    school_id numeric,
    request_id integer NOT NULL,
    student_id numeric,
    subject_id numeric,
    course_id numeric,
    course_weight character varying(10),
    marking_period_id integer,
    priority numeric,
    with_teacher_id numeric,
    not_teacher_id numeric,
    with_period_id numeric,
    not_period_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (request_id)
);
CREATE TABLE opensis.school_calendars (
    school_id numeric,
    title character varying(100),
    syear numeric(4,0),
    calendar_id integer NOT NULL,
    default_calendar character varying(1),
    days character varying(7),
    rollover_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (calendar_id)
);
CREATE TABLE opensis.school_custom_fields (
    id integer NOT NULL,
    school_id integer NOT NULL,
    type character varying(10),
    search character varying(1),
    title character varying(30),
    sort_order numeric(10,0),
    select_options character varying(10000),
    category_id numeric(10,0),
    system_field character(1),
    required character varying(1),
    default_selection character varying(255),
    hide character varying(1),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.school_gradelevel_sections (
    id integer NOT NULL,
    school_id numeric(10,0),
    name character varying(50),
    sort_order numeric(10,0),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.school_gradelevels (
    id integer NOT NULL,
    school_id numeric,
    short_name character varying(5),
    title character varying(50),
    next_grade_id numeric,
    sort_order numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.school_periods (
    period_id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    sort_order numeric,
    title character varying(100),
    short_name character varying(10),
    length numeric,
    block character varying(10),
    ignore_scheduling character varying(10),
    attendance character varying(1),
    rollover_id numeric,
    start_time time without time zone NOT NULL,
    end_time time without time zone NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (period_id)
);
CREATE TABLE opensis.school_progress_periods (
    marking_period_id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    quarter_id numeric,
    title character varying(50),
    short_name character varying(10),
    sort_order numeric,
    start_date date,
    end_date date,
    post_start_date date,
    post_end_date date,
    does_grades character varying(1),
    does_exam character varying(1),
    does_comments character varying(1),
    rollover_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (marking_period_id)
);
CREATE TABLE opensis.school_quarters (
    marking_period_id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    semester_id numeric,
    title character varying(50),
    short_name character varying(10),
    sort_order numeric,
    start_date date,
    end_date date,
    post_start_date date,
    post_end_date date,
    does_grades character varying(1),
    does_exam character varying(1),
    does_comments character varying(1),
    rollover_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (marking_period_id)
);
CREATE TABLE opensis.school_semesters (
    marking_period_id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    year_id numeric,
    title character varying(50),
    short_name character varying(10),
    sort_order numeric,
    start_date date,
    end_date date,
    post_start_date date,
    post_end_date date,
    does_grades character varying(1),
    does_exam character varying(1),
    does_comments character varying(1),
    rollover_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (marking_period_id)
);
CREATE TABLE opensis.school_years (
    marking_period_id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    title character varying(50),
    short_name character varying(10),
    sort_order numeric,
    start_date date,
    end_date date,
    post_start_date date,
    post_end_date date,
    does_grades character varying(1),
    does_exam character varying(1),
    does_comments character varying(1),
    rollover_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (marking_period_id)
);
CREATE TABLE opensis.schools (
    id integer NOT NULL,
    syear numeric(4,0),
    title character varying(100),
    address character varying(100),
    city character varying(100),
    state character varying(100),
    zipcode character varying(255),
    area_code numeric(3,0),
    phone character varying(30),
    principal character varying(100),
    www_address character varying(100),
    e_mail character varying(100),
    reporting_gp_scale numeric(10,3),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.staff (
    staff_id integer NOT NULL,
    current_school_id numeric(10,0),
    title character varying(10),
    first_name character varying(100),
    last_name character varying(100),
    middle_name character varying(100),
    phone character varying(100),
    email character varying(100),
    profile character varying(30),
    homeroom character varying(5),
    profile_id numeric(10,0),
    primary_language_id integer,
    gender character varying(8),
    ethnicity_id integer,
    birthdate date,
    alternate_id character varying(50),
    name_suffix character varying(32),
    second_language_id integer,
    third_language_id integer,
    is_disable character varying(10),
    physical_disability character varying(1),
    disability_desc character varying(225),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    img_name character varying(255),
    img_content bytea,
    PRIMARY KEY (staff_id)
);
CREATE TABLE opensis.staff_address (
    staff_address_id integer NOT NULL,
    staff_id integer NOT NULL,
    staff_address1_primary text NOT NULL,
    staff_address2_primary text,
    staff_city_primary character varying(255) NOT NULL,
    staff_state_primary character varying(255) NOT NULL,
    staff_zip_primary character varying(255) NOT NULL,
    staff_address1_mail text NOT NULL,
    staff_address2_mail text,
    staff_city_mail character varying(255) NOT NULL,
    staff_state_mail character varying(255) NOT NULL,
    staff_zip_mail character varying(255) NOT NULL,
    last_update timestamp without time zone NOT NULL,
    staff_pobox_mail character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (staff_address_id)
);
CREATE TABLE opensis.staff_certification (
    staff_certification_id integer NOT NULL,
    staff_id integer NOT NULL,
    staff_certification_date date,
    staff_certification_expiry_date date,
    staff_certification_code character varying(127),
    staff_certification_short_name character varying(127),
    staff_certification_name character varying(255),
    staff_primary_certification_indicator character(1),
    last_update timestamp without time zone,
    staff_certification_description text,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (staff_certification_id)
);
CREATE TABLE opensis.staff_contact (
    staff_phone_id integer NOT NULL,
    staff_id integer NOT NULL,
    last_update timestamp without time zone NOT NULL,
    staff_home_phone character varying(62),
    staff_mobile_phone character varying(62),
    staff_work_phone character varying(62),
    staff_work_email character varying(127),
    staff_personal_email character varying(127),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (staff_phone_id)
);
CREATE TABLE opensis.staff_emergency_contact (
    staff_emergency_contact_id integer NOT NULL,
    staff_id integer NOT NULL,
    staff_emergency_first_name character varying(255) NOT NULL,
    staff_emergency_last_name character varying(255) NOT NULL,
    staff_emergency_relationship character varying(255) NOT NULL,
    staff_emergency_home_phone character varying(64),
    staff_emergency_mobile_phone character varying(64),
    staff_emergency_work_phone character varying(64),
    staff_emergency_email character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (staff_emergency_contact_id)
);
CREATE TABLE opensis.staff_field_categories (
    id integer NOT NULL,
    title character varying(100),
    sort_order numeric(10,0),
    include character varying(100),
    admin character(1),
    teacher character(1),
    parent character(1),
    "none" character(1),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.staff_fields (
    id integer NOT NULL,
    type character varying(10),
    search character varying(1),
    title character varying(30),
    sort_order numeric,
    select_options character varying(10000),
    category_id numeric,
    system_field character(1),
    required character varying(1),
    default_selection character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.staff_school_info (
    staff_school_info_id integer NOT NULL,
    staff_id integer NOT NULL,
    category character varying(255) NOT NULL,
    job_title character varying(255),
    joining_date date,
    end_date date,
    home_school integer NOT NULL,
    opensis_access character(1) NOT NULL,
    opensis_profile character varying(255),
    school_access character varying(255),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (staff_school_info_id)
);
CREATE TABLE opensis.staff_school_relationship (
    staff_id integer NOT NULL,
    school_id integer NOT NULL,
    syear integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    start_date date,
    end_date date,
    PRIMARY KEY (staff_id, school_id, syear)
);
CREATE TABLE opensis.student_address (
    id integer NOT NULL,
    student_id integer NOT NULL,
    syear integer NOT NULL,
    school_id integer NOT NULL,
    street_address_1 character varying(5000),
    street_address_2 character varying(5000),
    city character varying(255),
    state character varying(255),
    zipcode character varying(255),
    bus_pickup character varying(1),
    bus_dropoff character varying(1),
    bus_no character varying(255),
    type character varying(500) NOT NULL,
    people_id integer,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_eligibility_activities (
    syear numeric(4,0),
    student_id numeric,
    activity_id numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.student_enrollment (
    id integer NOT NULL,
    syear numeric(4,0),
    school_id numeric,
    student_id numeric,
    grade_id numeric,
    start_date date,
    end_date date,
    enrollment_code numeric,
    drop_code numeric,
    next_school numeric,
    calendar_id numeric,
    last_school numeric,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    section_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_enrollment_codes (
    id integer NOT NULL,
    syear numeric(4,0),
    title character varying(100),
    short_name character varying(10),
    type character varying(4),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_field_categories (
    id integer NOT NULL,
    title character varying(100),
    sort_order numeric,
    include character varying(100),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_goal (
    goal_id integer NOT NULL,
    student_id numeric NOT NULL,
    goal_title character varying(100),
    start_date date,
    end_date date,
    goal_description text,
    school_id numeric(10,0),
    syear numeric(10,0),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (goal_id)
);
CREATE TABLE opensis.student_goal_progress (
    progress_id integer NOT NULL,
    goal_id numeric NOT NULL,
    student_id numeric NOT NULL,
    start_date date,
    progress_name text NOT NULL,
    proficiency character varying(100) NOT NULL,
    progress_description text NOT NULL,
    course_period_id numeric(10,0),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (progress_id)
);
CREATE TABLE opensis.student_gpa_calculated (
    student_id numeric,
    marking_period_id integer,
    mp character varying(4),
    gpa numeric(10,2),
    weighted_gpa numeric(10,2),
    unweighted_gpa numeric(10,2),
    class_rank numeric,
    grade_level_short character varying(100),
    cgpa numeric(10,2),
    cum_unweighted_factor numeric(10,6),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.student_immunization (
    id integer NOT NULL,
    student_id numeric,
    type character varying(25),
    medical_date date,
    comments text,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_medical_alerts (
    id integer NOT NULL,
    student_id numeric,
    title text,
    alert_date date,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_medical_notes (
    id integer NOT NULL,
    student_id numeric NOT NULL,
    doctors_note_date date,
    doctors_note_comments text,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_medical_visits (
    id integer NOT NULL,
    student_id numeric,
    school_date date,
    time_in character varying(20),
    time_out character varying(20),
    reason text,
    result text,
    comments text,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_mp_comments (
    id integer NOT NULL,
    student_id numeric NOT NULL,
    syear numeric(4,0) NOT NULL,
    marking_period_id integer NOT NULL,
    staff_id integer,
    comment text,
    comment_date date,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.student_report_card_comments (
    syear numeric(4,0) NOT NULL,
    school_id numeric,
    student_id numeric NOT NULL,
    course_period_id numeric NOT NULL,
    report_card_comment_id numeric NOT NULL,
    comment character varying(1),
    marking_period_id integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (syear, student_id, course_period_id, marking_period_id, report_card_comment_id)
);
CREATE TABLE opensis.student_report_card_grades (
    syear numeric(4,0),
    school_id numeric(10,0),
    student_id numeric(10,0) NOT NULL,
    course_period_id numeric(10,0),
    report_card_grade_id numeric(10,0),
    report_card_comment_id numeric(10,0),
    comment text,
    grade_percent numeric(5,2),
    marking_period_id character varying(10) NOT NULL,
    grade_letter character varying(5),
    weighted_gp numeric(10,3),
    unweighted_gp numeric(10,3),
    gp_scale numeric(10,3),
    gpa_cal character varying(2),
    credit_attempted numeric(10,3),
    credit_earned numeric(10,3),
    credit_category character varying(10),
    course_code character varying(100),
    course_title text,
    id integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.students (
    student_id integer NOT NULL,
    last_name character varying(50) NOT NULL,
    first_name character varying(50) NOT NULL,
    middle_name character varying(50),
    name_suffix character varying(3),
    gender character varying(255),
    ethnicity_id integer,
    common_name character varying(255),
    social_security character varying(255),
    birthdate character varying(255),
    language_id integer,
    estimated_grad_date character varying(255),
    alt_id character varying(50),
    email character varying(50),
    phone character varying(30),
    is_disable character varying(10),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (student_id)
);
CREATE TABLE opensis.students_join_people (
    id integer NOT NULL,
    student_id numeric NOT NULL,
    person_id numeric(10,0) NOT NULL,
    is_emergency character varying(10),
    emergency_type character varying(100),
    relationship character varying(100) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.system_preference (
    id integer NOT NULL,
    school_id integer NOT NULL,
    full_day_minute integer,
    half_day_minute integer,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE opensis.system_preference_misc (
    fail_count numeric(5,0) NOT NULL,
    activity_days numeric(5,0) NOT NULL,
    system_maintenance_switch character(1),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.teacher_reassignment (
    course_period_id integer NOT NULL,
    teacher_id integer NOT NULL,
    assign_date date NOT NULL,
    modified_date date NOT NULL,
    pre_teacher_id integer NOT NULL,
    modified_by integer NOT NULL,
    updated character varying(1) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255)
);
CREATE TABLE opensis.temp_message_filepath_ws (
    id integer NOT NULL,
    keyval character varying(100) NOT NULL,
    filepath character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opensis.user_file_upload (
    id integer NOT NULL,
    user_id integer NOT NULL,
    profile_id integer NOT NULL,
    school_id integer NOT NULL,
    syear integer NOT NULL,
    download_id character varying(50) NOT NULL,
    name character varying(255) NOT NULL,
    size integer NOT NULL,
    type character varying(255) NOT NULL,
    content bytea NOT NULL,
    file_info character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE opensis.user_profiles (
    id integer NOT NULL,
    profile character varying(30),
    title character varying(100),
    last_updated timestamp without time zone NOT NULL,
    updated_by character varying(255),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN opensis.ethnicity.last_updated IS 'Date time ethnicity record modified';
COMMENT ON COLUMN opensis.staff_address.last_updated IS 'Date time staff address record modified';
COMMENT ON COLUMN opensis.staff_school_info.last_updated IS 'Date and time staff school info was modified';
