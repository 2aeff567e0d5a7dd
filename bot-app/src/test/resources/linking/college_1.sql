-- Spider's "college_1" (a small college's staff with names, job codes, hire dates and birth dates; its departments
-- with school, chair, office address and phone extension; courses with department, description and credit hours;
-- class sections with meeting time, room and teaching professor; students with class year, credit hours earned, GPA,
-- transfer credit, department and adviser; enrolments with the grade earned; professors' department, office and
-- highest degree), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/college_1/college_1.sqlite, commit 999f5e4), converted by a one-off script from the
-- SQLite catalog (pragma table_info, foreign_key_list), schema college_1; names lower-cased, int -> integer,
-- varchar(n) -> character varying(n), float(8) -> double precision, datetime -> timestamp(0), numeric kept; primary
-- keys as declared (enroll and professor have none) and 8 of the 9 declared foreign keys. Left out: the foreign key
-- student.dept_code -> department, which the source's own rows break (students of ENGL and EDU, departments it does
-- not list). No comments in the source. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours.
-- Rows in values-college_1.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS college_1;
CREATE TABLE college_1.employee (
    emp_num integer NOT NULL,
    emp_lname character varying(15),
    emp_fname character varying(12),
    emp_initial character varying(1),
    emp_jobcode character varying(5),
    emp_hiredate timestamp(0) without time zone,
    emp_dob timestamp(0) without time zone,
    PRIMARY KEY (emp_num)
);
CREATE TABLE college_1.department (
    dept_code character varying(10) NOT NULL,
    dept_name character varying(30),
    school_code character varying(8),
    emp_num integer,
    dept_address character varying(20),
    dept_extension character varying(4),
    PRIMARY KEY (dept_code)
);
CREATE TABLE college_1.course (
    crs_code character varying(10) NOT NULL,
    dept_code character varying(10),
    crs_description character varying(35),
    crs_credit double precision,
    PRIMARY KEY (crs_code)
);
CREATE TABLE college_1.class (
    class_code character varying(5) NOT NULL,
    crs_code character varying(10),
    class_section character varying(2),
    class_time character varying(20),
    class_room character varying(8),
    prof_num integer,
    PRIMARY KEY (class_code)
);
CREATE TABLE college_1.student (
    stu_num integer NOT NULL,
    stu_lname character varying(15),
    stu_fname character varying(15),
    stu_init character varying(1),
    stu_dob timestamp(0) without time zone,
    stu_hrs integer,
    stu_class character varying(2),
    stu_gpa double precision,
    stu_transfer numeric,
    dept_code character varying(18),
    stu_phone character varying(4),
    prof_num integer,
    PRIMARY KEY (stu_num)
);
CREATE TABLE college_1.enroll (
    class_code character varying(5),
    stu_num integer,
    enroll_grade character varying(50)
);
CREATE TABLE college_1.professor (
    emp_num integer,
    dept_code character varying(10),
    prof_office character varying(50),
    prof_extension character varying(4),
    prof_high_degree character varying(5)
);
ALTER TABLE college_1.department ADD FOREIGN KEY (emp_num) REFERENCES college_1.employee (emp_num);
ALTER TABLE college_1.course ADD FOREIGN KEY (dept_code) REFERENCES college_1.department (dept_code);
ALTER TABLE college_1.class ADD FOREIGN KEY (prof_num) REFERENCES college_1.employee (emp_num);
ALTER TABLE college_1.class ADD FOREIGN KEY (crs_code) REFERENCES college_1.course (crs_code);
ALTER TABLE college_1.enroll ADD FOREIGN KEY (stu_num) REFERENCES college_1.student (stu_num);
ALTER TABLE college_1.enroll ADD FOREIGN KEY (class_code) REFERENCES college_1.class (class_code);
ALTER TABLE college_1.professor ADD FOREIGN KEY (dept_code) REFERENCES college_1.department (dept_code);
ALTER TABLE college_1.professor ADD FOREIGN KEY (emp_num) REFERENCES college_1.employee (emp_num);
