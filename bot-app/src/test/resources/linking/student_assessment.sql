-- Spider's student_assessment (people with addresses, students registered on and attending courses, candidates and
-- their qualification assessments), from the Spider text-to-SQL benchmark (Yu et al., EMNLP 2018), its SQLite file
-- as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/student_assessment/student_assessment.sqlite,
-- commit 999f5e4; Spider: CC BY-SA 4.0), converted by a one-off script from the SQLite catalog: all 9 tables, their
-- primary keys and 8 foreign keys, schema student_assessment; names lower-cased, INTEGER -> integer, VARCHAR(n) ->
-- character varying(n), CHAR(n) -> character(n), DATETIME -> timestamp. The source declares course_id INTEGER in
-- student_course_registrations and student_course_attendance but VARCHAR(100) in courses; the two referencing
-- columns are character varying(100) here so that the declared foreign key loads. The misspelt
-- asessment_outcome_code is kept. No comments in the source. Rows: values-student_assessment.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS student_assessment;
CREATE TABLE student_assessment.addresses (
    address_id integer NOT NULL,
    line_1 character varying(80),
    line_2 character varying(80),
    city character varying(50),
    zip_postcode character(20),
    state_province_county character varying(50),
    country character varying(50),
    PRIMARY KEY (address_id)
);
CREATE TABLE student_assessment.people (
    person_id integer NOT NULL,
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    cell_mobile_number character varying(40),
    email_address character varying(40),
    login_name character varying(40),
    password character varying(40),
    PRIMARY KEY (person_id)
);
CREATE TABLE student_assessment.students (
    student_id integer NOT NULL,
    student_details character varying(255),
    PRIMARY KEY (student_id)
);
CREATE TABLE student_assessment.courses (
    course_id character varying(100) NOT NULL,
    course_name character varying(120),
    course_description character varying(255),
    other_details character varying(255),
    PRIMARY KEY (course_id)
);
CREATE TABLE student_assessment.people_addresses (
    person_address_id integer NOT NULL,
    person_id integer NOT NULL,
    address_id integer NOT NULL,
    date_from timestamp without time zone,
    date_to timestamp without time zone,
    PRIMARY KEY (person_address_id)
);
CREATE TABLE student_assessment.student_course_registrations (
    student_id integer NOT NULL,
    course_id character varying(100) NOT NULL,
    registration_date timestamp without time zone NOT NULL,
    PRIMARY KEY (student_id, course_id)
);
CREATE TABLE student_assessment.student_course_attendance (
    student_id integer NOT NULL,
    course_id character varying(100) NOT NULL,
    date_of_attendance timestamp without time zone NOT NULL,
    PRIMARY KEY (student_id, course_id)
);
CREATE TABLE student_assessment.candidates (
    candidate_id integer NOT NULL,
    candidate_details character varying(255),
    PRIMARY KEY (candidate_id)
);
CREATE TABLE student_assessment.candidate_assessments (
    candidate_id integer NOT NULL,
    qualification character(15) NOT NULL,
    assessment_date timestamp without time zone NOT NULL,
    asessment_outcome_code character(15) NOT NULL,
    PRIMARY KEY (candidate_id, qualification)
);
ALTER TABLE student_assessment.students ADD FOREIGN KEY (student_id) REFERENCES student_assessment.people (person_id);
ALTER TABLE student_assessment.people_addresses ADD FOREIGN KEY (address_id) REFERENCES student_assessment.addresses (address_id);
ALTER TABLE student_assessment.people_addresses ADD FOREIGN KEY (person_id) REFERENCES student_assessment.people (person_id);
ALTER TABLE student_assessment.student_course_registrations ADD FOREIGN KEY (course_id) REFERENCES student_assessment.courses (course_id);
ALTER TABLE student_assessment.student_course_registrations ADD FOREIGN KEY (student_id) REFERENCES student_assessment.students (student_id);
ALTER TABLE student_assessment.student_course_attendance ADD FOREIGN KEY (student_id, course_id) REFERENCES student_assessment.student_course_registrations (student_id, course_id);
ALTER TABLE student_assessment.candidates ADD FOREIGN KEY (candidate_id) REFERENCES student_assessment.people (person_id);
ALTER TABLE student_assessment.candidate_assessments ADD FOREIGN KEY (candidate_id) REFERENCES student_assessment.candidates (candidate_id);
