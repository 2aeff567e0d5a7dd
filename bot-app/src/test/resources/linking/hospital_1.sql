-- The Spider text-to-SQL benchmark's "hospital_1" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0; the classic "Hospital" exercise schema of the wikibook SQL Exercises): physicians, nurses, patients,
-- appointments, prescriptions, rooms, stays and procedures. Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/hospital_1/hospital_1.sqlite, commit 999f5e4), turned into
-- PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list): the 15 tables with their
-- primary keys and the 23 foreign keys the file declares, schema hospital_1; names lower-cased ("end" quoted),
-- DATETIME -> timestamp, BOOLEAN -> boolean, REAL -> numeric, VARCHAR kept. Spider declares no comments. See README.md.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS hospital_1;
CREATE TABLE hospital_1.physician (
    employeeid integer NOT NULL,
    name character varying(30) NOT NULL,
    position character varying(30) NOT NULL,
    ssn integer NOT NULL,
    PRIMARY KEY (employeeid)
);
CREATE TABLE hospital_1.department (
    departmentid integer NOT NULL,
    name character varying(30) NOT NULL,
    head integer NOT NULL,
    PRIMARY KEY (departmentid)
);
CREATE TABLE hospital_1.affiliated_with (
    physician integer NOT NULL,
    department integer NOT NULL,
    primaryaffiliation boolean NOT NULL,
    PRIMARY KEY (physician, department)
);
CREATE TABLE hospital_1.procedures (
    code integer NOT NULL,
    name character varying(30) NOT NULL,
    cost numeric NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE hospital_1.trained_in (
    physician integer NOT NULL,
    treatment integer NOT NULL,
    certificationdate timestamp without time zone NOT NULL,
    certificationexpires timestamp without time zone NOT NULL,
    PRIMARY KEY (physician, treatment)
);
CREATE TABLE hospital_1.patient (
    ssn integer NOT NULL,
    name character varying(30) NOT NULL,
    address character varying(30) NOT NULL,
    phone character varying(30) NOT NULL,
    insuranceid integer NOT NULL,
    pcp integer NOT NULL,
    PRIMARY KEY (ssn)
);
CREATE TABLE hospital_1.nurse (
    employeeid integer NOT NULL,
    name character varying(30) NOT NULL,
    position character varying(30) NOT NULL,
    registered boolean NOT NULL,
    ssn integer NOT NULL,
    PRIMARY KEY (employeeid)
);
CREATE TABLE hospital_1.appointment (
    appointmentid integer NOT NULL,
    patient integer NOT NULL,
    prepnurse integer,
    physician integer NOT NULL,
    start timestamp without time zone NOT NULL,
    "end" timestamp without time zone NOT NULL,
    examinationroom text NOT NULL,
    PRIMARY KEY (appointmentid)
);
CREATE TABLE hospital_1.medication (
    code integer NOT NULL,
    name character varying(30) NOT NULL,
    brand character varying(30) NOT NULL,
    description character varying(30) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE hospital_1.prescribes (
    physician integer NOT NULL,
    patient integer NOT NULL,
    medication integer NOT NULL,
    date timestamp without time zone NOT NULL,
    appointment integer,
    dose character varying(30) NOT NULL,
    PRIMARY KEY (physician, patient, medication, date)
);
CREATE TABLE hospital_1.block (
    blockfloor integer NOT NULL,
    blockcode integer NOT NULL,
    PRIMARY KEY (blockfloor, blockcode)
);
CREATE TABLE hospital_1.room (
    roomnumber integer NOT NULL,
    roomtype character varying(30) NOT NULL,
    blockfloor integer NOT NULL,
    blockcode integer NOT NULL,
    unavailable boolean NOT NULL,
    PRIMARY KEY (roomnumber)
);
CREATE TABLE hospital_1.on_call (
    nurse integer NOT NULL,
    blockfloor integer NOT NULL,
    blockcode integer NOT NULL,
    oncallstart timestamp without time zone NOT NULL,
    oncallend timestamp without time zone NOT NULL,
    PRIMARY KEY (nurse, blockfloor, blockcode, oncallstart, oncallend)
);
CREATE TABLE hospital_1.stay (
    stayid integer NOT NULL,
    patient integer NOT NULL,
    room integer NOT NULL,
    staystart timestamp without time zone NOT NULL,
    stayend timestamp without time zone NOT NULL,
    PRIMARY KEY (stayid)
);
CREATE TABLE hospital_1.undergoes (
    patient integer NOT NULL,
    procedures integer NOT NULL,
    stay integer NOT NULL,
    dateundergoes timestamp without time zone NOT NULL,
    physician integer NOT NULL,
    assistingnurse integer,
    PRIMARY KEY (patient, procedures, stay, dateundergoes)
);
ALTER TABLE hospital_1.department ADD FOREIGN KEY (head) REFERENCES hospital_1.physician (employeeid);
ALTER TABLE hospital_1.affiliated_with ADD FOREIGN KEY (department) REFERENCES hospital_1.department (departmentid);
ALTER TABLE hospital_1.affiliated_with ADD FOREIGN KEY (physician) REFERENCES hospital_1.physician (employeeid);
ALTER TABLE hospital_1.trained_in ADD FOREIGN KEY (treatment) REFERENCES hospital_1.procedures (code);
ALTER TABLE hospital_1.trained_in ADD FOREIGN KEY (physician) REFERENCES hospital_1.physician (employeeid);
ALTER TABLE hospital_1.patient ADD FOREIGN KEY (pcp) REFERENCES hospital_1.physician (employeeid);
ALTER TABLE hospital_1.appointment ADD FOREIGN KEY (physician) REFERENCES hospital_1.physician (employeeid);
ALTER TABLE hospital_1.appointment ADD FOREIGN KEY (prepnurse) REFERENCES hospital_1.nurse (employeeid);
ALTER TABLE hospital_1.appointment ADD FOREIGN KEY (patient) REFERENCES hospital_1.patient (ssn);
ALTER TABLE hospital_1.prescribes ADD FOREIGN KEY (appointment) REFERENCES hospital_1.appointment (appointmentid);
ALTER TABLE hospital_1.prescribes ADD FOREIGN KEY (medication) REFERENCES hospital_1.medication (code);
ALTER TABLE hospital_1.prescribes ADD FOREIGN KEY (patient) REFERENCES hospital_1.patient (ssn);
ALTER TABLE hospital_1.prescribes ADD FOREIGN KEY (physician) REFERENCES hospital_1.physician (employeeid);
ALTER TABLE hospital_1.room ADD FOREIGN KEY (blockfloor, blockcode) REFERENCES hospital_1.block (blockfloor, blockcode);
ALTER TABLE hospital_1.on_call ADD FOREIGN KEY (blockfloor, blockcode) REFERENCES hospital_1.block (blockfloor, blockcode);
ALTER TABLE hospital_1.on_call ADD FOREIGN KEY (nurse) REFERENCES hospital_1.nurse (employeeid);
ALTER TABLE hospital_1.stay ADD FOREIGN KEY (room) REFERENCES hospital_1.room (roomnumber);
ALTER TABLE hospital_1.stay ADD FOREIGN KEY (patient) REFERENCES hospital_1.patient (ssn);
ALTER TABLE hospital_1.undergoes ADD FOREIGN KEY (assistingnurse) REFERENCES hospital_1.nurse (employeeid);
ALTER TABLE hospital_1.undergoes ADD FOREIGN KEY (physician) REFERENCES hospital_1.physician (employeeid);
ALTER TABLE hospital_1.undergoes ADD FOREIGN KEY (stay) REFERENCES hospital_1.stay (stayid);
ALTER TABLE hospital_1.undergoes ADD FOREIGN KEY (procedures) REFERENCES hospital_1.procedures (code);
ALTER TABLE hospital_1.undergoes ADD FOREIGN KEY (patient) REFERENCES hospital_1.patient (ssn);
