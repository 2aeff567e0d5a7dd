-- Spider's "student_transcripts_tracking" (a college's students with their current and permanent addresses,
-- departments and the degree programs they run, courses and their sections, semesters, students' enrolments in a
-- degree program for a semester, the courses taken under each enrolment, and transcripts listing those course
-- results), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/
-- student_transcripts_tracking/student_transcripts_tracking.sqlite, commit 999f5e4), converted by a one-off script
-- from the SQLite catalog and loaded into a scratch PostgreSQL; schema student_transcripts_tracking; names
-- lower-cased (Student_Enrolment_Courses -> student_enrolment_courses), INTEGER -> integer, VARCHAR(n) kept,
-- DATETIME -> timestamp; its 11 tables, 10 primary keys (transcript_contents has none, as in the source) and 11
-- foreign keys kept. No comments in the source. CC BY-SA 4.0 (Spider). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS student_transcripts_tracking;
CREATE TABLE student_transcripts_tracking.addresses (
    address_id integer NOT NULL,
    line_1 character varying(255),
    line_2 character varying(255),
    line_3 character varying(255),
    city character varying(255),
    zip_postcode character varying(20),
    state_province_county character varying(255),
    country character varying(255),
    other_address_details character varying(255),
    PRIMARY KEY (address_id)
);
CREATE TABLE student_transcripts_tracking.courses (
    course_id integer NOT NULL,
    course_name character varying(255),
    course_description character varying(255),
    other_details character varying(255),
    PRIMARY KEY (course_id)
);
CREATE TABLE student_transcripts_tracking.departments (
    department_id integer NOT NULL,
    department_name character varying(255),
    department_description character varying(255),
    other_details character varying(255),
    PRIMARY KEY (department_id)
);
CREATE TABLE student_transcripts_tracking.degree_programs (
    degree_program_id integer NOT NULL,
    department_id integer NOT NULL,
    degree_summary_name character varying(255),
    degree_summary_description character varying(255),
    other_details character varying(255),
    PRIMARY KEY (degree_program_id)
);
CREATE TABLE student_transcripts_tracking.sections (
    section_id integer NOT NULL,
    course_id integer NOT NULL,
    section_name character varying(255),
    section_description character varying(255),
    other_details character varying(255),
    PRIMARY KEY (section_id)
);
CREATE TABLE student_transcripts_tracking.semesters (
    semester_id integer NOT NULL,
    semester_name character varying(255),
    semester_description character varying(255),
    other_details character varying(255),
    PRIMARY KEY (semester_id)
);
CREATE TABLE student_transcripts_tracking.students (
    student_id integer NOT NULL,
    current_address_id integer NOT NULL,
    permanent_address_id integer NOT NULL,
    first_name character varying(80),
    middle_name character varying(40),
    last_name character varying(40),
    cell_mobile_number character varying(40),
    email_address character varying(40),
    ssn character varying(40),
    date_first_registered timestamp,
    date_left timestamp,
    other_student_details character varying(255),
    PRIMARY KEY (student_id)
);
CREATE TABLE student_transcripts_tracking.student_enrolment (
    student_enrolment_id integer NOT NULL,
    degree_program_id integer NOT NULL,
    semester_id integer NOT NULL,
    student_id integer NOT NULL,
    other_details character varying(255),
    PRIMARY KEY (student_enrolment_id)
);
CREATE TABLE student_transcripts_tracking.student_enrolment_courses (
    student_course_id integer NOT NULL,
    course_id integer NOT NULL,
    student_enrolment_id integer NOT NULL,
    PRIMARY KEY (student_course_id)
);
CREATE TABLE student_transcripts_tracking.transcripts (
    transcript_id integer NOT NULL,
    transcript_date timestamp,
    other_details character varying(255),
    PRIMARY KEY (transcript_id)
);
CREATE TABLE student_transcripts_tracking.transcript_contents (
    student_course_id integer NOT NULL,
    transcript_id integer NOT NULL
);
ALTER TABLE student_transcripts_tracking.degree_programs ADD FOREIGN KEY (department_id) REFERENCES student_transcripts_tracking.departments (department_id);
ALTER TABLE student_transcripts_tracking.sections ADD FOREIGN KEY (course_id) REFERENCES student_transcripts_tracking.courses (course_id);
ALTER TABLE student_transcripts_tracking.students ADD FOREIGN KEY (permanent_address_id) REFERENCES student_transcripts_tracking.addresses (address_id);
ALTER TABLE student_transcripts_tracking.students ADD FOREIGN KEY (current_address_id) REFERENCES student_transcripts_tracking.addresses (address_id);
ALTER TABLE student_transcripts_tracking.student_enrolment ADD FOREIGN KEY (student_id) REFERENCES student_transcripts_tracking.students (student_id);
ALTER TABLE student_transcripts_tracking.student_enrolment ADD FOREIGN KEY (semester_id) REFERENCES student_transcripts_tracking.semesters (semester_id);
ALTER TABLE student_transcripts_tracking.student_enrolment ADD FOREIGN KEY (degree_program_id) REFERENCES student_transcripts_tracking.degree_programs (degree_program_id);
ALTER TABLE student_transcripts_tracking.student_enrolment_courses ADD FOREIGN KEY (student_enrolment_id) REFERENCES student_transcripts_tracking.student_enrolment (student_enrolment_id);
ALTER TABLE student_transcripts_tracking.student_enrolment_courses ADD FOREIGN KEY (course_id) REFERENCES student_transcripts_tracking.courses (course_id);
ALTER TABLE student_transcripts_tracking.transcript_contents ADD FOREIGN KEY (transcript_id) REFERENCES student_transcripts_tracking.transcripts (transcript_id);
ALTER TABLE student_transcripts_tracking.transcript_contents ADD FOREIGN KEY (student_course_id) REFERENCES student_transcripts_tracking.student_enrolment_courses (student_course_id);
