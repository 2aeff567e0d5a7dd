-- The "university" sample database of Silberschatz, Korth and Sudarshan's textbook Database System Concepts
-- (db-book.com, 6th edition: DDL.sql and smallRelationsInsertFile.sql; departments, buildings and classrooms,
-- courses and their prerequisites, sections and time slots, instructors, students, advisors, who teaches and who
-- takes which section): tables, primary keys and foreign keys of schema university, no data. Read from the MySQL
-- flavour of the book's DDL (DDL-MySQL.sql) as copied unchanged into github.com/Kutaydrn1/Uni-DB-Example (commit
-- c194d0d), loaded into a scratch PostgreSQL and regenerated from its catalog; its ON DELETE actions kept, its CHECK
-- constraints (budget, credits, salary, semester, year, hours) left out; the unquoted ID columns fold to id. The
-- source declares no foreign key from section.time_slot_id (time_slot's key also holds the day and start time) and
-- has no comments. The book's site and the copy state no licence. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS university;
CREATE TABLE university.advisor (
    s_id character varying(5) NOT NULL,
    i_id character varying(5),
    PRIMARY KEY (s_id)
);
CREATE TABLE university.classroom (
    building character varying(15) NOT NULL,
    room_number character varying(7) NOT NULL,
    capacity numeric(4,0),
    PRIMARY KEY (building, room_number)
);
CREATE TABLE university.course (
    course_id character varying(8) NOT NULL,
    title character varying(50),
    dept_name character varying(20),
    credits numeric(2,0),
    PRIMARY KEY (course_id)
);
CREATE TABLE university.department (
    dept_name character varying(20) NOT NULL,
    building character varying(15),
    budget numeric(12,2),
    PRIMARY KEY (dept_name)
);
CREATE TABLE university.instructor (
    id character varying(5) NOT NULL,
    name character varying(20) NOT NULL,
    dept_name character varying(20),
    salary numeric(8,2),
    PRIMARY KEY (id)
);
CREATE TABLE university.prereq (
    course_id character varying(8) NOT NULL,
    prereq_id character varying(8) NOT NULL,
    PRIMARY KEY (course_id, prereq_id)
);
CREATE TABLE university.section (
    course_id character varying(8) NOT NULL,
    sec_id character varying(8) NOT NULL,
    semester character varying(6) NOT NULL,
    year numeric(4,0) NOT NULL,
    building character varying(15),
    room_number character varying(7),
    time_slot_id character varying(4),
    PRIMARY KEY (course_id, sec_id, semester, year)
);
CREATE TABLE university.student (
    id character varying(5) NOT NULL,
    name character varying(20) NOT NULL,
    dept_name character varying(20),
    tot_cred numeric(3,0),
    PRIMARY KEY (id)
);
CREATE TABLE university.takes (
    id character varying(5) NOT NULL,
    course_id character varying(8) NOT NULL,
    sec_id character varying(8) NOT NULL,
    semester character varying(6) NOT NULL,
    year numeric(4,0) NOT NULL,
    grade character varying(2),
    PRIMARY KEY (id, course_id, sec_id, semester, year)
);
CREATE TABLE university.teaches (
    id character varying(5) NOT NULL,
    course_id character varying(8) NOT NULL,
    sec_id character varying(8) NOT NULL,
    semester character varying(6) NOT NULL,
    year numeric(4,0) NOT NULL,
    PRIMARY KEY (id, course_id, sec_id, semester, year)
);
CREATE TABLE university.time_slot (
    time_slot_id character varying(4) NOT NULL,
    day character varying(1) NOT NULL,
    start_hr numeric(2,0) NOT NULL,
    start_min numeric(2,0) NOT NULL,
    end_hr numeric(2,0),
    end_min numeric(2,0),
    PRIMARY KEY (time_slot_id, day, start_hr, start_min)
);
ALTER TABLE university.advisor ADD FOREIGN KEY (i_id) REFERENCES university.instructor(id) ON DELETE SET NULL;
ALTER TABLE university.advisor ADD FOREIGN KEY (s_id) REFERENCES university.student(id) ON DELETE CASCADE;
ALTER TABLE university.course ADD FOREIGN KEY (dept_name) REFERENCES university.department(dept_name) ON DELETE SET NULL;
ALTER TABLE university.instructor ADD FOREIGN KEY (dept_name) REFERENCES university.department(dept_name) ON DELETE SET NULL;
ALTER TABLE university.prereq ADD FOREIGN KEY (course_id) REFERENCES university.course(course_id) ON DELETE CASCADE;
ALTER TABLE university.prereq ADD FOREIGN KEY (prereq_id) REFERENCES university.course(course_id);
ALTER TABLE university.section ADD FOREIGN KEY (building, room_number) REFERENCES university.classroom(building, room_number) ON DELETE SET NULL;
ALTER TABLE university.section ADD FOREIGN KEY (course_id) REFERENCES university.course(course_id) ON DELETE CASCADE;
ALTER TABLE university.student ADD FOREIGN KEY (dept_name) REFERENCES university.department(dept_name) ON DELETE SET NULL;
ALTER TABLE university.takes ADD FOREIGN KEY (course_id, sec_id, semester, year) REFERENCES university.section(course_id, sec_id, semester, year) ON DELETE CASCADE;
ALTER TABLE university.takes ADD FOREIGN KEY (id) REFERENCES university.student(id) ON DELETE CASCADE;
ALTER TABLE university.teaches ADD FOREIGN KEY (course_id, sec_id, semester, year) REFERENCES university.section(course_id, sec_id, semester, year) ON DELETE CASCADE;
ALTER TABLE university.teaches ADD FOREIGN KEY (id) REFERENCES university.instructor(id) ON DELETE CASCADE;
