-- Fedena, the open-source school management system (students, guardians and archived students, batches, courses,
-- subjects and electives, class timings, timetables, attendance and subject leaves, exams, exam groups, scores,
-- grading levels, grouped exam reports, assignments, online exams, admissions with applicants and
-- registration courses, employees with departments, categories, positions, grades, leaves, payroll and payslips, fees
-- with fee categories, collections, particulars, discounts and finance transactions, instant fees, donations,
-- hostels and rooms, transport with vehicles and routes, library books and loans, inventory stores, suppliers,
-- indents, purchase orders and goods received notes, placements, polls, groups and posts, news, events, reminders,
-- tasks, gallery, online meetings, SMS, users and privileges), as its Rails schema dump declares it: db/schema.rb
-- (ActiveRecord schema version 20120525100324, file last changed in commit 9985483 of 23 Aug 2012) of
-- github.com/projectfedena/fedena at commit 68a84ac (20 Jul 2016); Apache License 2.0 (we use the schema's facts).
-- Its create_table blocks were turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and
-- regenerated from its catalog: all 187 tables, schema fedena; each table's implicit id column (integer) as its
-- primary key (184 tables; batch_students, privileges_users and test are declared :id => false and have none);
-- string -> character varying(255), integer -> integer (integer :limit => 8 or 10, the MySQL
-- bigint/decimal(10,0) columns of grn_items, grns, indent_items, purchase_items, store_items and suppliers, ->
-- bigint), boolean, date, datetime -> timestamp, time, text, decimal -> numeric(precision,scale), float -> double
-- precision, binary -> bytea; :null => false kept as NOT NULL.
-- Left out: defaults, the 177 indexes (two of them unique), which are all the dump has besides tables. The schema
-- declares no foreign keys (Rails 2 keeps them in the models) and no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS fedena;
CREATE TABLE fedena.academic_details (
    id integer NOT NULL,
    registration_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.additional_exam_groups (
    id integer NOT NULL,
    name character varying(255),
    batch_id integer,
    exam_type character varying(255),
    is_published boolean,
    result_published boolean,
    students_list character varying(255),
    exam_date date,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.additional_exam_scores (
    id integer NOT NULL,
    student_id integer,
    additional_exam_id integer,
    marks numeric(7,2),
    grading_level_id integer,
    remarks character varying(255),
    is_failed boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.additional_exams (
    id integer NOT NULL,
    additional_exam_group_id integer,
    subject_id integer,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    maximum_marks integer,
    minimum_marks integer,
    grading_level_id integer,
    weightage integer,
    event_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.additional_fields (
    id integer NOT NULL,
    name character varying(255),
    status boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicant_addl_attachments (
    id integer NOT NULL,
    school_id integer,
    applicant_id integer,
    attachment_file_name character varying(255),
    attachment_content_type character varying(255),
    attachment_file_size integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicant_addl_field_groups (
    id integer NOT NULL,
    school_id integer,
    registration_course_id integer,
    name character varying(255),
    is_active boolean,
    "position" integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicant_addl_field_values (
    id integer NOT NULL,
    school_id integer,
    applicant_addl_field_id integer,
    option character varying(255),
    is_active boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicant_addl_fields (
    id integer NOT NULL,
    school_id integer,
    applicant_addl_field_group_id integer,
    field_name character varying(255),
    field_type character varying(255),
    is_active boolean,
    "position" integer,
    is_mandatory boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicant_addl_values (
    id integer NOT NULL,
    school_id integer,
    applicant_id integer,
    applicant_addl_field_id integer,
    option text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicant_guardians (
    id integer NOT NULL,
    school_id integer,
    applicant_id integer,
    first_name character varying(255),
    last_name character varying(255),
    relation character varying(255),
    email character varying(255),
    office_phone1 character varying(255),
    office_phone2 character varying(255),
    mobile_phone character varying(255),
    office_address_line1 character varying(255),
    office_address_line2 character varying(255),
    city character varying(255),
    state character varying(255),
    country_id integer,
    dob date,
    occupation character varying(255),
    income character varying(255),
    education character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicant_previous_datas (
    id integer NOT NULL,
    school_id integer,
    applicant_id integer,
    last_attended_school character varying(255),
    qualifying_exam character varying(255),
    qualifying_exam_year character varying(255),
    qualifying_exam_roll character varying(255),
    qualifying_exam_final_score character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicant_registration_settings (
    id integer NOT NULL,
    school_id integer,
    key character varying(255),
    value character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.applicants (
    id integer NOT NULL,
    school_id integer,
    reg_no character varying(255),
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    date_of_birth date,
    address_line1 character varying(255),
    address_line2 character varying(255),
    city character varying(255),
    state character varying(255),
    country_id character varying(255),
    nationality_id integer NOT NULL,
    pin_code character varying(255),
    phone1 character varying(255),
    phone2 character varying(255),
    email character varying(255),
    gender character varying(255),
    registration_course_id integer,
    applicant_guardians_id integer,
    applicant_previous_data_id integer,
    photo_file_size integer,
    photo_file_name character varying(255),
    photo_content_type character varying(255),
    status character varying(255),
    has_paid boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.apply_leaves (
    id integer NOT NULL,
    employee_id integer,
    employee_leave_types_id integer,
    is_half_day boolean,
    start_date date,
    end_date date,
    reason character varying(255),
    approved boolean,
    viewed_by_manager boolean,
    manager_remark character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.archived_employee_additional_details (
    id integer NOT NULL,
    employee_id integer,
    additional_field_id integer,
    additional_info character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.archived_employee_bank_details (
    id integer NOT NULL,
    employee_id integer,
    bank_field_id integer,
    bank_info character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.archived_employee_salary_structures (
    id integer NOT NULL,
    employee_id integer,
    payroll_category_id integer,
    amount character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.archived_employees (
    id integer NOT NULL,
    employee_category_id integer,
    employee_number character varying(255),
    joining_date date,
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    gender boolean,
    job_title character varying(255),
    employee_position_id integer,
    employee_department_id integer,
    reporting_manager_id integer,
    employee_grade_id integer,
    qualification character varying(255),
    experience_detail text,
    experience_year integer,
    experience_month integer,
    status boolean,
    status_description character varying(255),
    date_of_birth date,
    marital_status character varying(255),
    children_count integer,
    father_name character varying(255),
    mother_name character varying(255),
    husband_name character varying(255),
    blood_group character varying(255),
    nationality_id integer,
    home_address_line1 character varying(255),
    home_address_line2 character varying(255),
    home_city character varying(255),
    home_state character varying(255),
    home_country_id integer,
    home_pin_code character varying(255),
    office_address_line1 character varying(255),
    office_address_line2 character varying(255),
    office_city character varying(255),
    office_state character varying(255),
    office_country_id integer,
    office_pin_code character varying(255),
    office_phone1 character varying(255),
    office_phone2 character varying(255),
    mobile_phone character varying(255),
    home_phone character varying(255),
    email character varying(255),
    fax character varying(255),
    photo_file_name character varying(255),
    photo_content_type character varying(255),
    photo_data bytea,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    library_card character varying(255),
    photo_file_size integer,
    former_id character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.archived_exam_scores (
    id integer NOT NULL,
    student_id integer,
    exam_id integer,
    marks numeric(7,2),
    grading_level_id integer,
    remarks character varying(255),
    is_failed boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.archived_guardians (
    id integer NOT NULL,
    ward_id integer,
    first_name character varying(255),
    last_name character varying(255),
    relation character varying(255),
    email character varying(255),
    office_phone1 character varying(255),
    office_phone2 character varying(255),
    mobile_phone character varying(255),
    office_address_line1 character varying(255),
    office_address_line2 character varying(255),
    city character varying(255),
    state character varying(255),
    country_id integer,
    dob date,
    occupation character varying(255),
    income character varying(255),
    education character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.archived_students (
    id integer NOT NULL,
    admission_no character varying(255),
    class_roll_no character varying(255),
    admission_date date,
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    batch_id integer,
    date_of_birth date,
    gender character varying(255),
    blood_group character varying(255),
    birth_place character varying(255),
    nationality_id integer,
    language character varying(255),
    religion character varying(255),
    student_category_id integer,
    address_line1 character varying(255),
    address_line2 character varying(255),
    city character varying(255),
    state character varying(255),
    pin_code character varying(255),
    country_id integer,
    phone1 character varying(255),
    phone2 character varying(255),
    email character varying(255),
    photo_file_name character varying(255),
    photo_content_type character varying(255),
    photo_data bytea,
    status_description character varying(255),
    is_active boolean,
    is_deleted boolean,
    immediate_contact_id integer,
    is_sms_enabled boolean,
    former_id character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    library_card character varying(255),
    photo_file_size integer,
    passport_number text,
    enrollment_date date,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.asset_entries (
    id integer NOT NULL,
    dynamic_attributes text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_asset_id integer,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.asset_field_options (
    id integer NOT NULL,
    asset_field_id integer,
    option character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.asset_fields (
    id integer NOT NULL,
    school_asset_id integer,
    field_name character varying(255),
    field_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.assets (
    id integer NOT NULL,
    title character varying(255),
    description text,
    amount integer,
    is_inactive boolean,
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.assignment_answers (
    id integer NOT NULL,
    assignment_id integer,
    student_id integer,
    status character varying(255),
    title character varying(255),
    content text,
    attachment_file_name character varying(255),
    attachment_content_type character varying(255),
    attachment_file_size integer,
    attachment_updated_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.assignments (
    id integer NOT NULL,
    employee_id integer,
    subject_id integer,
    student_list character varying(255),
    title character varying(255),
    content text,
    duedate timestamp without time zone,
    attachment_file_name character varying(255),
    attachment_content_type character varying(255),
    attachment_file_size integer,
    attachment_updated_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.attachments (
    id integer NOT NULL,
    attachment_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    attachment_file_name character varying(255),
    attachment_content_type character varying(255),
    attachment_file_size integer,
    attachment_updated_at timestamp without time zone,
    registration_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.attendances (
    id integer NOT NULL,
    student_id integer,
    period_table_entry_id integer,
    forenoon boolean,
    afternoon boolean,
    reason character varying(255),
    school_id integer,
    month_date date,
    batch_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.bank_fields (
    id integer NOT NULL,
    name character varying(255),
    status boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.batch_events (
    id integer NOT NULL,
    event_id integer,
    batch_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.batch_groups (
    id integer NOT NULL,
    course_id integer,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.batch_seats (
    id integer NOT NULL,
    seat integer,
    batch_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.batch_students (
    student_id integer,
    batch_id integer,
    school_id integer
);
CREATE TABLE fedena.batches (
    id integer NOT NULL,
    name character varying(255),
    course_id integer,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    is_active boolean,
    is_deleted boolean,
    employee_id character varying(255),
    school_id integer,
    grading_type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fedena.book_movements (
    id integer NOT NULL,
    user_id integer,
    book_id integer,
    issue_date date,
    due_date date,
    status character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.book_reservations (
    id integer NOT NULL,
    user_id integer,
    book_id integer,
    reserved_on timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.books (
    id integer NOT NULL,
    title character varying(255),
    author character varying(255),
    book_number character varying(255),
    book_movement_id integer,
    status character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.class_designations (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    cgpa numeric(15,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    marks numeric(15,2),
    PRIMARY KEY (id)
);
CREATE TABLE fedena.class_timings (
    id integer NOT NULL,
    batch_id integer,
    name character varying(255),
    start_time time without time zone,
    end_time time without time zone,
    is_break boolean,
    school_id integer,
    is_deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.community_reservations (
    id integer NOT NULL,
    name character varying(255),
    percentage integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.configurations (
    id integer NOT NULL,
    config_key character varying(255),
    config_value character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.countries (
    id integer NOT NULL,
    name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fedena.course_streams (
    id integer NOT NULL,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    course_id integer,
    stream_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.course_subjects (
    id integer NOT NULL,
    course_id integer,
    subject_limit integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.courses (
    id integer NOT NULL,
    course_name character varying(255),
    code character varying(255),
    section_name character varying(255),
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.delayed_jobs (
    id integer NOT NULL,
    priority integer,
    attempts integer,
    handler text,
    last_error text,
    run_at timestamp without time zone,
    locked_at timestamp without time zone,
    failed_at timestamp without time zone,
    locked_by character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.elective_groups (
    id integer NOT NULL,
    name character varying(255),
    batch_id integer,
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.electives (
    id integer NOT NULL,
    elective_group_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_additional_details (
    id integer NOT NULL,
    employee_id integer,
    additional_field_id integer,
    additional_info character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_attendances (
    id integer NOT NULL,
    attendance_date date,
    employee_id integer,
    employee_leave_type_id integer,
    reason character varying(255),
    is_half_day boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_bank_details (
    id integer NOT NULL,
    employee_id integer,
    bank_field_id integer,
    bank_info character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_categories (
    id integer NOT NULL,
    name character varying(255),
    prefix character varying(255),
    status boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_department_events (
    id integer NOT NULL,
    event_id integer,
    employee_department_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_departments (
    id integer NOT NULL,
    code character varying(255),
    name character varying(255),
    status boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_grades (
    id integer NOT NULL,
    name character varying(255),
    priority integer,
    status boolean,
    max_hours_day integer,
    max_hours_week integer,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_leave_types (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    status boolean,
    max_leave_count character varying(255),
    carry_forward boolean NOT NULL,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_leaves (
    id integer NOT NULL,
    employee_id integer,
    employee_leave_type_id integer,
    leave_count numeric(5,1),
    leave_taken numeric(5,1),
    reset_date date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_positions (
    id integer NOT NULL,
    name character varying(255),
    employee_category_id integer,
    status boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employee_salary_structures (
    id integer NOT NULL,
    employee_id integer,
    payroll_category_id integer,
    amount character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employees (
    id integer NOT NULL,
    employee_category_id integer,
    employee_number character varying(255),
    joining_date date,
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    gender boolean,
    job_title character varying(255),
    employee_position_id integer,
    employee_department_id integer,
    reporting_manager_id integer,
    employee_grade_id integer,
    qualification character varying(255),
    experience_detail text,
    experience_year integer,
    experience_month integer,
    status boolean,
    status_description character varying(255),
    date_of_birth date,
    marital_status character varying(255),
    children_count integer,
    father_name character varying(255),
    mother_name character varying(255),
    husband_name character varying(255),
    blood_group character varying(255),
    nationality_id integer,
    home_address_line1 character varying(255),
    home_address_line2 character varying(255),
    home_city character varying(255),
    home_state character varying(255),
    home_country_id integer,
    home_pin_code character varying(255),
    office_address_line1 character varying(255),
    office_address_line2 character varying(255),
    office_city character varying(255),
    office_state character varying(255),
    office_country_id integer,
    office_pin_code character varying(255),
    office_phone1 character varying(255),
    office_phone2 character varying(255),
    mobile_phone character varying(255),
    home_phone character varying(255),
    email character varying(255),
    fax character varying(255),
    photo_file_name character varying(255),
    photo_content_type character varying(255),
    photo_data bytea,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    library_card character varying(255),
    photo_file_size integer,
    user_id integer,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.employees_subjects (
    id integer NOT NULL,
    employee_id integer,
    subject_id integer,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.events (
    id integer NOT NULL,
    title character varying(255),
    description character varying(255),
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    is_common boolean,
    is_holiday boolean,
    is_exam boolean,
    is_due boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    origin_id integer,
    origin_type character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.exam_groups (
    id integer NOT NULL,
    name character varying(255),
    batch_id integer,
    exam_type character varying(255),
    is_published boolean,
    result_published boolean,
    exam_date date,
    school_id integer,
    is_final_exam boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.exam_scores (
    id integer NOT NULL,
    student_id integer,
    exam_id integer,
    marks numeric(7,2),
    grading_level_id integer,
    remarks character varying(255),
    is_failed boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.exams (
    id integer NOT NULL,
    exam_group_id integer,
    subject_id integer,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    maximum_marks numeric(10,2),
    minimum_marks numeric(10,2),
    grading_level_id integer,
    weightage integer,
    event_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.fee_collection_discounts (
    id integer NOT NULL,
    type character varying(255),
    name character varying(255),
    receiver_id integer,
    finance_fee_collection_id integer,
    discount numeric(15,2),
    is_amount boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.fee_collection_particulars (
    id integer NOT NULL,
    name character varying(255),
    description text,
    amount numeric(12,2),
    finance_fee_collection_id integer,
    student_category_id integer,
    admission_no character varying(255),
    student_id integer,
    is_deleted boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.fee_discounts (
    id integer NOT NULL,
    type character varying(255),
    name character varying(255),
    receiver_id integer,
    finance_fee_category_id integer,
    discount numeric(15,2),
    is_amount boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_donations (
    id integer NOT NULL,
    donor character varying(255),
    description character varying(255),
    amount numeric(15,2),
    transaction_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    transaction_date date,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_fee_categories (
    id integer NOT NULL,
    name character varying(255),
    description text,
    batch_id integer,
    is_deleted boolean NOT NULL,
    is_master boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_fee_collections (
    id integer NOT NULL,
    name character varying(255),
    start_date date,
    end_date date,
    due_date date,
    fee_category_id integer,
    batch_id integer,
    is_deleted boolean NOT NULL,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_fee_particulars (
    id integer NOT NULL,
    name character varying(255),
    description text,
    amount numeric(15,2),
    finance_fee_category_id integer,
    student_category_id integer,
    admission_no character varying(255),
    student_id integer,
    is_deleted boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_fee_structure_elements (
    id integer NOT NULL,
    amount numeric(15,2),
    label character varying(255),
    batch_id integer,
    student_category_id integer,
    student_id integer,
    parent_id integer,
    fee_collection_id integer,
    deleted boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_fees (
    id integer NOT NULL,
    fee_collection_id integer,
    transaction_id character varying(255),
    student_id integer,
    is_paid boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_transaction_categories (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    is_income boolean,
    deleted boolean NOT NULL,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_transaction_triggers (
    id integer NOT NULL,
    finance_category_id integer,
    percentage numeric(8,2),
    title character varying(255),
    description character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.finance_transactions (
    id integer NOT NULL,
    title character varying(255),
    description character varying(255),
    amount numeric(15,2),
    fine_included boolean,
    category_id integer,
    student_id integer,
    finance_fees_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    transaction_date date,
    fine_amount numeric(10,2),
    master_transaction_id integer,
    finance_id integer,
    finance_type character varying(255),
    payee_id integer,
    payee_type character varying(255),
    receipt_no character varying(255),
    voucher_no character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.gallery_categories (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    is_delete boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.gallery_photos (
    id integer NOT NULL,
    gallery_category_id integer,
    description character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    photo_file_name character varying(255),
    photo_content_type character varying(255),
    photo_file_size integer,
    photo_updated_at timestamp without time zone,
    name character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.gallery_tags (
    id integer NOT NULL,
    gallery_photo_id integer,
    member_id integer,
    member_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.grading_levels (
    id integer NOT NULL,
    name character varying(255),
    batch_id integer,
    min_score integer,
    "order" integer,
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    credit_points numeric(15,2),
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fedena.grn_items (
    id integer NOT NULL,
    grn_id integer,
    store_item_id integer,
    quantity integer,
    unit_price bigint,
    tax bigint,
    expiry_date date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.grns (
    id integer NOT NULL,
    grn_no character varying(255),
    supplier_id integer,
    purchase_order_id integer,
    store_id integer,
    invoice_no character varying(255),
    grn_date date,
    invoice_date date,
    other_chages bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    supplier_type_id integer,
    school_id integer,
    finance_transaction_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.group_files (
    id integer NOT NULL,
    group_id integer,
    user_id integer,
    file_description character varying(255),
    group_post_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    doc_file_name character varying(255),
    doc_content_type character varying(255),
    doc_file_size integer,
    doc_updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.group_members (
    id integer NOT NULL,
    group_id integer,
    user_id integer,
    is_admin boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.group_post_comments (
    id integer NOT NULL,
    group_post_id integer,
    user_id integer,
    comment_body text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.group_posts (
    id integer NOT NULL,
    group_id integer,
    user_id integer,
    post_title character varying(255),
    post_body text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.grouped_batches (
    id integer NOT NULL,
    batch_group_id integer,
    batch_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.grouped_exam_reports (
    id integer NOT NULL,
    batch_id integer,
    student_id integer,
    exam_group_id integer,
    marks numeric(15,2),
    score_type character varying(255),
    subject_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.grouped_exams (
    id integer NOT NULL,
    exam_group_id integer,
    batch_id integer,
    school_id integer,
    weightage numeric(15,2),
    PRIMARY KEY (id)
);
CREATE TABLE fedena.groups (
    id integer NOT NULL,
    group_name character varying(255),
    group_description text,
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    logo_file_name character varying(255),
    logo_content_type character varying(255),
    logo_file_size integer,
    logo_updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.guardian_details (
    id integer NOT NULL,
    registration_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.guardians (
    id integer NOT NULL,
    ward_id integer,
    first_name character varying(255),
    last_name character varying(255),
    relation character varying(255),
    email character varying(255),
    office_phone1 character varying(255),
    office_phone2 character varying(255),
    mobile_phone character varying(255),
    office_address_line1 character varying(255),
    office_address_line2 character varying(255),
    city character varying(255),
    state character varying(255),
    country_id integer,
    dob date,
    occupation character varying(255),
    income character varying(255),
    education character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.hostel_fee_collections (
    id integer NOT NULL,
    name character varying(255),
    batch_id integer,
    start_date date,
    end_date date,
    due_date date,
    is_deleted boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.hostel_fees (
    id integer NOT NULL,
    student_id integer,
    finance_transaction_id integer,
    hostel_fee_collection_id integer,
    rent numeric(8,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.hostels (
    id integer NOT NULL,
    name character varying(255),
    hostel_type character varying(255),
    other_info character varying(255),
    employee_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.indent_items (
    id integer NOT NULL,
    indent_id integer,
    store_item_id integer,
    quantity integer,
    batch_no character varying(255),
    pending integer,
    issued integer,
    issued_type character varying(255),
    price bigint,
    required integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.indents (
    id integer NOT NULL,
    user_id integer,
    store_id integer,
    indent_no character varying(255),
    expected_date date,
    status character varying(255),
    employee_department_id integer,
    manager_id integer,
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.individual_payslip_categories (
    id integer NOT NULL,
    employee_id integer,
    salary_date date,
    name character varying(255),
    amount character varying(255),
    is_deduction boolean,
    include_every_month boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.instant_fee_categories (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.instant_fee_details (
    id integer NOT NULL,
    instant_fee_id integer,
    instant_fee_particular_id integer,
    custom_particular character varying(255),
    amount numeric(15,2),
    discount numeric(15,2),
    net_amount numeric(15,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.instant_fee_particulars (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    amount numeric(15,2),
    instant_fee_category_id integer,
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.instant_fees (
    id integer NOT NULL,
    instant_fee_category_id integer,
    custom_category character varying(255),
    payee_id integer,
    payee_type character varying(255),
    guest_payee character varying(255),
    amount numeric(15,2),
    pay_date timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.languages (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fedena.liabilities (
    id integer NOT NULL,
    title character varying(255),
    description text,
    amount integer,
    is_solved boolean,
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.library_card_settings (
    id integer NOT NULL,
    course_id integer,
    student_category_id integer,
    books_issueable integer,
    time_period integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.marks_details (
    id integer NOT NULL,
    registration_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.monthly_payslips (
    id integer NOT NULL,
    salary_date date,
    employee_id integer,
    payroll_category_id integer,
    amount character varying(255),
    is_approved boolean NOT NULL,
    approver_id integer,
    is_rejected boolean NOT NULL,
    rejector_id integer,
    reason character varying(255),
    school_id integer,
    remark character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fedena.news (
    id integer NOT NULL,
    title character varying(255),
    content text,
    author_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.news_comments (
    id integer NOT NULL,
    content text,
    news_id integer,
    author_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    is_approved boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.online_exam_attendances (
    id integer NOT NULL,
    online_exam_group_id integer,
    student_id integer,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    total_score numeric(7,2),
    is_passed boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.online_exam_groups (
    id integer NOT NULL,
    name character varying(255),
    start_date date,
    end_date date,
    maximum_time numeric(7,2),
    pass_percentage numeric(6,2),
    option_count integer,
    batch_id integer,
    is_deleted boolean,
    is_published boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.online_exam_options (
    id integer NOT NULL,
    online_exam_question_id integer,
    option text,
    is_answer boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.online_exam_questions (
    id integer NOT NULL,
    online_exam_group_id integer,
    question text,
    mark numeric(7,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.online_exam_score_details (
    id integer NOT NULL,
    online_exam_question_id integer,
    online_exam_attendance_id integer,
    online_exam_option_id integer,
    is_correct boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.online_meeting_members (
    id integer NOT NULL,
    member_id integer,
    online_meeting_room_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.online_meeting_rooms (
    id integer NOT NULL,
    server_id integer,
    user_id integer,
    meetingid character varying(255),
    name character varying(255),
    attendee_password character varying(255),
    moderator_password character varying(255),
    welcome_msg character varying(255),
    logout_url character varying(255),
    voice_bridge character varying(255),
    dial_number character varying(255),
    max_participants integer,
    private boolean,
    randomize_meetingid boolean,
    external boolean,
    param character varying(255),
    scheduled_on timestamp without time zone,
    is_active boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.online_meeting_servers (
    id integer NOT NULL,
    name character varying(255),
    url character varying(255),
    salt character varying(255),
    version character varying(255),
    param character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.payroll_categories (
    id integer NOT NULL,
    name character varying(255),
    percentage double precision,
    payroll_category_id integer,
    is_deduction boolean,
    status boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.period_entries (
    id integer NOT NULL,
    month_date date,
    batch_id integer,
    subject_id integer,
    class_timing_id integer,
    employee_id integer,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.placement_registrations (
    id integer NOT NULL,
    student_id integer,
    placementevent_id integer,
    is_applied boolean,
    is_approved boolean,
    is_attended boolean,
    is_placed boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.placementevents (
    id integer NOT NULL,
    title character varying(255),
    company character varying(255),
    place character varying(255),
    description text,
    is_active boolean,
    date timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.poll_members (
    id integer NOT NULL,
    poll_question_id integer,
    member_id integer,
    member_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.poll_options (
    id integer NOT NULL,
    poll_question_id integer,
    option text,
    sort_order integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.poll_questions (
    id integer NOT NULL,
    is_active boolean,
    title character varying(255),
    description text,
    allow_custom_ans boolean,
    poll_creator_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.poll_votes (
    id integer NOT NULL,
    poll_question_id integer,
    poll_option_id integer,
    custom_answer character varying(255),
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.previous_institutional_details (
    id integer NOT NULL,
    registration_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.privileges (
    id integer NOT NULL,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description text,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.privileges_users (
    user_id integer,
    privilege_id integer,
    school_id integer
);
CREATE TABLE fedena.purchase_items (
    id integer NOT NULL,
    purchase_order_id integer,
    user_id integer,
    store_item_id integer,
    quantity integer,
    discount integer,
    tax integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    unit_price bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.purchase_orders (
    id integer NOT NULL,
    po_no character varying(255),
    store_id integer,
    supplier_id integer,
    po_date date,
    reference character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    indent_id integer,
    supplier_type_id integer,
    po_status character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.questions (
    id integer NOT NULL,
    registration_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.ranking_levels (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    gpa numeric(15,2),
    marks numeric(15,2),
    subject_count integer,
    priority integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    lower_limit boolean,
    full_course boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.registration_courses (
    id integer NOT NULL,
    school_id integer,
    course_id integer,
    minimum_score integer,
    is_active boolean,
    amount double precision,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.registration_details (
    id integer NOT NULL,
    registration_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    dynamic_attributes text,
    type text,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.registration_points (
    id integer NOT NULL,
    name character varying(255),
    point integer,
    label character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.registrations (
    id integer NOT NULL,
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    dob date,
    gender boolean,
    address character varying(255),
    per_address character varying(255),
    res_no integer,
    mob_no integer,
    mother_tongue character varying(255),
    religion character varying(255),
    community_reservation_id integer,
    country_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    email character varying(255),
    reg_no character varying(255),
    batch_id integer,
    acceptance_status boolean,
    total_mark integer,
    subject_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.reminders (
    id integer NOT NULL,
    sender integer,
    recipient integer,
    subject character varying(255),
    body text,
    is_read boolean,
    is_deleted_by_sender boolean,
    is_deleted_by_recipient boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.report_columns (
    id integer NOT NULL,
    report_id integer,
    title character varying(255),
    method character varying(255),
    "position" integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.report_queries (
    id integer NOT NULL,
    report_id integer,
    table_name character varying(255),
    column_name character varying(255),
    criteria character varying(255),
    query text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    column_type character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.reports (
    id integer NOT NULL,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    model character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.room_allocations (
    id integer NOT NULL,
    room_detail_id integer,
    student_id integer,
    is_vacated boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.room_details (
    id integer NOT NULL,
    hostel_id integer,
    room_number character varying(255),
    students_per_room integer,
    rent numeric(8,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.routes (
    id integer NOT NULL,
    destination character varying(255),
    cost character varying(255),
    main_route_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.school_assets (
    id integer NOT NULL,
    asset_name character varying(255),
    asset_description character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.school_details (
    id integer NOT NULL,
    school_id integer,
    logo_file_name character varying(255),
    logo_content_type character varying(255),
    logo_file_size character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.schools (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.sms_logs (
    id integer NOT NULL,
    mobile character varying(255),
    gateway_response character varying(255),
    sms_message_id character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.sms_messages (
    id integer NOT NULL,
    body character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.sms_settings (
    id integer NOT NULL,
    settings_key character varying(255),
    is_enabled boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.store_categories (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.store_items (
    id integer NOT NULL,
    store_id integer,
    item_name character varying(255),
    quantity integer,
    unit_price bigint,
    tax bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.store_types (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.stores (
    id integer NOT NULL,
    store_type_id integer,
    store_category_id integer,
    name character varying(255),
    code character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.streams (
    id integer NOT NULL,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.student_additional_details (
    id integer NOT NULL,
    student_id integer,
    additional_field_id integer,
    additional_info character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.student_additional_fields (
    id integer NOT NULL,
    name character varying(255),
    status boolean,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.student_categories (
    id integer NOT NULL,
    name character varying(255),
    is_deleted boolean NOT NULL,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.student_previous_datas (
    id integer NOT NULL,
    student_id integer,
    institution character varying(255),
    year date,
    course character varying(255),
    total_mark character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.student_previous_subject_marks (
    id integer NOT NULL,
    student_id integer,
    subject character varying(255),
    mark character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.students (
    id integer NOT NULL,
    admission_no character varying(255),
    class_roll_no character varying(255),
    admission_date date,
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    batch_id integer,
    date_of_birth date,
    gender character varying(255),
    blood_group character varying(255),
    birth_place character varying(255),
    nationality_id integer,
    language character varying(255),
    religion character varying(255),
    student_category_id integer,
    address_line1 character varying(255),
    address_line2 character varying(255),
    city character varying(255),
    state character varying(255),
    pin_code character varying(255),
    country_id integer,
    phone1 character varying(255),
    phone2 character varying(255),
    email character varying(255),
    immediate_contact_id integer,
    is_sms_enabled boolean,
    photo_file_name character varying(255),
    photo_content_type character varying(255),
    photo_data bytea,
    status_description character varying(255),
    is_active boolean,
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    library_card character varying(255),
    has_paid_fees boolean,
    photo_file_size integer,
    user_id integer,
    passport_number text,
    enrollment_date date,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.students_subjects (
    id integer NOT NULL,
    student_id integer,
    subject_id integer,
    batch_id integer,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.subject_choices (
    id integer NOT NULL,
    registration_id integer,
    subject_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.subject_leaves (
    id integer NOT NULL,
    student_id integer,
    month_date date,
    subject_id integer,
    employee_id integer,
    class_timing_id integer,
    reason character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    batch_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.subjects (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    batch_id integer,
    no_exams boolean,
    max_weekly_classes integer,
    elective_group_id integer,
    is_deleted boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    language boolean,
    credit_hours numeric(15,2),
    prefer_consecutive boolean,
    amount numeric(15,2),
    PRIMARY KEY (id)
);
CREATE TABLE fedena.supplier_types (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.suppliers (
    id integer NOT NULL,
    name character varying(255),
    contact_no bigint,
    address text,
    tin_no character varying(255),
    region character varying(255),
    help_desk text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    supplier_type_id integer,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.sync_updates (
    id integer NOT NULL,
    changed_record_type character varying(255),
    changed_record_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.taggings (
    id integer NOT NULL,
    tag_id integer,
    taggable_id integer,
    taggable_type character varying(255),
    created_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.tags (
    id integer NOT NULL,
    name character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.task_assignees (
    id integer NOT NULL,
    task_id integer,
    assignee_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.task_comments (
    id integer NOT NULL,
    user_id integer,
    task_id integer,
    description text,
    attachment_file_name character varying(255),
    attachment_content_type character varying(255),
    attachment_file_size integer,
    attachment_updated_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.tasks (
    id integer NOT NULL,
    user_id integer,
    title character varying(255),
    description text,
    status character varying(255),
    start_date date,
    due_date date,
    attachment_file_name character varying(255),
    attachment_content_type character varying(255),
    attachment_file_size integer,
    attachment_updated_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.test (
    id integer
);
CREATE TABLE fedena.timetable_entries (
    id integer NOT NULL,
    batch_id integer,
    weekday_id integer,
    class_timing_id integer,
    subject_id integer,
    employee_id integer,
    school_id integer,
    timetable_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.timetables (
    id integer NOT NULL,
    start_date date,
    end_date date,
    is_active boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.transport_fee_collections (
    id integer NOT NULL,
    name character varying(255),
    batch_id integer,
    start_date date,
    end_date date,
    due_date date,
    is_deleted boolean NOT NULL,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.transport_fees (
    id integer NOT NULL,
    receiver_id integer,
    bus_fare numeric(8,2),
    transaction_id integer,
    transport_fee_collection_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    receiver_type character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.transports (
    id integer NOT NULL,
    receiver_id integer,
    vehicle_id integer,
    route_id integer,
    bus_fare character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    receiver_type character varying(255),
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.user_events (
    id integer NOT NULL,
    event_id integer,
    user_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.users (
    id integer NOT NULL,
    username character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    email character varying(255),
    admin boolean,
    student boolean,
    employee boolean,
    hashed_password character varying(255),
    salt character varying(255),
    reset_password_code character varying(255),
    reset_password_code_until timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    parent boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.vehicles (
    id integer NOT NULL,
    vehicle_no character varying(255),
    main_route_id integer,
    no_of_seats integer,
    status character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.wardens (
    id integer NOT NULL,
    hostel_id integer,
    employee_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    school_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.weekdays (
    id integer NOT NULL,
    batch_id integer,
    weekday character varying(255),
    school_id integer,
    name character varying(255),
    sort_order integer,
    day_of_week integer,
    is_deleted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE fedena.xmls (
    id integer NOT NULL,
    finance_name character varying(255),
    ledger_name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
