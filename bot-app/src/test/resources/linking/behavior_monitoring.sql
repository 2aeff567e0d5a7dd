-- Spider's "behavior_monitoring" (a school's students and teachers with their addresses and rented student
-- addresses, behaviour incidents with their types, detentions with their types and supervising teacher, the
-- students held in each detention for an incident, and teachers' assessment notes on students), its SQLite file
-- as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/behavior_monitoring/
-- behavior_monitoring.sqlite, commit 999f5e4), converted by a one-off script from the SQLite catalog, loaded into
-- a scratch PostgreSQL and regenerated from its catalog, schema behavior_monitoring; names lower-cased
-- (Ref_Incident_Type -> ref_incident_type), INTEGER -> integer, VARCHAR(n) kept, DATETIME -> timestamp,
-- DECIMAL(19,4) -> numeric(19,4); assessment_notes, student_addresses and students_in_detention have no primary
-- key, as in the source; no comments in the source. CC BY-SA 4.0 (Spider). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS behavior_monitoring;
CREATE TABLE behavior_monitoring.addresses (
    address_id integer NOT NULL,
    line_1 character varying(120),
    line_2 character varying(120),
    line_3 character varying(120),
    city character varying(80),
    zip_postcode character varying(20),
    state_province_county character varying(50),
    country character varying(50),
    other_address_details character varying(255),
    PRIMARY KEY (address_id)
);
CREATE TABLE behavior_monitoring.assessment_notes (
    notes_id integer NOT NULL,
    student_id integer,
    teacher_id integer NOT NULL,
    date_of_notes timestamp without time zone,
    text_of_notes character varying(255),
    other_details character varying(255)
);
CREATE TABLE behavior_monitoring.behavior_incident (
    incident_id integer NOT NULL,
    incident_type_code character varying(10) NOT NULL,
    student_id integer NOT NULL,
    date_incident_start timestamp without time zone,
    date_incident_end timestamp without time zone,
    incident_summary character varying(255),
    recommendations character varying(255),
    other_details character varying(255),
    PRIMARY KEY (incident_id)
);
CREATE TABLE behavior_monitoring.detention (
    detention_id integer NOT NULL,
    detention_type_code character varying(10) NOT NULL,
    teacher_id integer,
    datetime_detention_start timestamp without time zone,
    datetime_detention_end timestamp without time zone,
    detention_summary character varying(255),
    other_details character varying(255),
    PRIMARY KEY (detention_id)
);
CREATE TABLE behavior_monitoring.ref_address_types (
    address_type_code character varying(15) NOT NULL,
    address_type_description character varying(80),
    PRIMARY KEY (address_type_code)
);
CREATE TABLE behavior_monitoring.ref_detention_type (
    detention_type_code character varying(10) NOT NULL,
    detention_type_description character varying(80),
    PRIMARY KEY (detention_type_code)
);
CREATE TABLE behavior_monitoring.ref_incident_type (
    incident_type_code character varying(10) NOT NULL,
    incident_type_description character varying(80),
    PRIMARY KEY (incident_type_code)
);
CREATE TABLE behavior_monitoring.student_addresses (
    student_id integer NOT NULL,
    address_id integer NOT NULL,
    date_address_from timestamp without time zone NOT NULL,
    date_address_to timestamp without time zone,
    monthly_rental numeric(19,4),
    other_details character varying(255)
);
CREATE TABLE behavior_monitoring.students (
    student_id integer NOT NULL,
    address_id integer NOT NULL,
    first_name character varying(80),
    middle_name character varying(40),
    last_name character varying(40),
    cell_mobile_number character varying(40),
    email_address character varying(40),
    date_first_rental timestamp without time zone,
    date_left_university timestamp without time zone,
    other_student_details character varying(255),
    PRIMARY KEY (student_id)
);
CREATE TABLE behavior_monitoring.students_in_detention (
    student_id integer NOT NULL,
    detention_id integer NOT NULL,
    incident_id integer NOT NULL
);
CREATE TABLE behavior_monitoring.teachers (
    teacher_id integer NOT NULL,
    address_id integer NOT NULL,
    first_name character varying(80),
    middle_name character varying(80),
    last_name character varying(80),
    gender character varying(1),
    cell_mobile_number character varying(40),
    email_address character varying(40),
    other_details character varying(255),
    PRIMARY KEY (teacher_id)
);
ALTER TABLE behavior_monitoring.assessment_notes ADD FOREIGN KEY (student_id) REFERENCES behavior_monitoring.students(student_id);
ALTER TABLE behavior_monitoring.assessment_notes ADD FOREIGN KEY (teacher_id) REFERENCES behavior_monitoring.teachers(teacher_id);
ALTER TABLE behavior_monitoring.behavior_incident ADD FOREIGN KEY (incident_type_code) REFERENCES behavior_monitoring.ref_incident_type(incident_type_code);
ALTER TABLE behavior_monitoring.behavior_incident ADD FOREIGN KEY (student_id) REFERENCES behavior_monitoring.students(student_id);
ALTER TABLE behavior_monitoring.detention ADD FOREIGN KEY (detention_type_code) REFERENCES behavior_monitoring.ref_detention_type(detention_type_code);
ALTER TABLE behavior_monitoring.detention ADD FOREIGN KEY (teacher_id) REFERENCES behavior_monitoring.teachers(teacher_id);
ALTER TABLE behavior_monitoring.student_addresses ADD FOREIGN KEY (address_id) REFERENCES behavior_monitoring.addresses(address_id);
ALTER TABLE behavior_monitoring.student_addresses ADD FOREIGN KEY (student_id) REFERENCES behavior_monitoring.students(student_id);
ALTER TABLE behavior_monitoring.students ADD FOREIGN KEY (address_id) REFERENCES behavior_monitoring.addresses(address_id);
ALTER TABLE behavior_monitoring.students_in_detention ADD FOREIGN KEY (detention_id) REFERENCES behavior_monitoring.detention(detention_id);
ALTER TABLE behavior_monitoring.students_in_detention ADD FOREIGN KEY (incident_id) REFERENCES behavior_monitoring.behavior_incident(incident_id);
ALTER TABLE behavior_monitoring.students_in_detention ADD FOREIGN KEY (student_id) REFERENCES behavior_monitoring.students(student_id);
ALTER TABLE behavior_monitoring.teachers ADD FOREIGN KEY (address_id) REFERENCES behavior_monitoring.addresses(address_id);
