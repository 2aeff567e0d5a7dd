-- Spider's "e_learning" (course authors and tutors, students with registration and last-logon dates, subjects,
-- courses by author and subject, students' course enrolments with enrolment and completion dates, tests taken per
-- enrolment with their result), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/e_learning/e_learning.sqlite, commit 999f5e4), converted by a one-off script from the
-- SQLite catalog (pragma table_info, foreign_key_list), schema e_learning; names lower-cased (author_tutor_ATB ->
-- author_tutor_atb), INTEGER -> integer, DATETIME -> timestamp, VARCHAR(n) kept; student_tests_taken has no primary
-- key, as in the source. No comments in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al.,
-- EMNLP 2018); SQL text ours. Rows in values-e_learning.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS e_learning;
CREATE TABLE e_learning.course_authors_and_tutors (
    author_id integer NOT NULL,
    author_tutor_atb character varying(3),
    login_name character varying(40),
    password character varying(40),
    personal_name character varying(80),
    middle_name character varying(80),
    family_name character varying(80),
    gender_mf character varying(1),
    address_line_1 character varying(80),
    PRIMARY KEY (author_id)
);
CREATE TABLE e_learning.students (
    student_id integer NOT NULL,
    date_of_registration timestamp,
    date_of_latest_logon timestamp,
    login_name character varying(40),
    password character varying(10),
    personal_name character varying(40),
    middle_name character varying(40),
    family_name character varying(40),
    PRIMARY KEY (student_id)
);
CREATE TABLE e_learning.subjects (
    subject_id integer NOT NULL,
    subject_name character varying(120),
    PRIMARY KEY (subject_id)
);
CREATE TABLE e_learning.courses (
    course_id integer NOT NULL,
    author_id integer NOT NULL,
    subject_id integer NOT NULL,
    course_name character varying(120),
    course_description character varying(255),
    PRIMARY KEY (course_id)
);
CREATE TABLE e_learning.student_course_enrolment (
    registration_id integer NOT NULL,
    student_id integer NOT NULL,
    course_id integer NOT NULL,
    date_of_enrolment timestamp NOT NULL,
    date_of_completion timestamp NOT NULL,
    PRIMARY KEY (registration_id)
);
CREATE TABLE e_learning.student_tests_taken (
    registration_id integer NOT NULL,
    date_test_taken timestamp NOT NULL,
    test_result character varying(255)
);
ALTER TABLE e_learning.courses ADD FOREIGN KEY (subject_id) REFERENCES e_learning.subjects (subject_id);
ALTER TABLE e_learning.courses ADD FOREIGN KEY (author_id) REFERENCES e_learning.course_authors_and_tutors (author_id);
ALTER TABLE e_learning.student_course_enrolment ADD FOREIGN KEY (student_id) REFERENCES e_learning.students (student_id);
ALTER TABLE e_learning.student_course_enrolment ADD FOREIGN KEY (course_id) REFERENCES e_learning.courses (course_id);
ALTER TABLE e_learning.student_tests_taken ADD FOREIGN KEY (registration_id) REFERENCES e_learning.student_course_enrolment (registration_id);
