-- The Spider text-to-SQL benchmark's "cre_Doc_Tracking_DB" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): a document-tracking schema whose names Spider made terse on purpose (Ref_Calendar, Gender_MFU, the
-- misspelt Date_in_Locaton_To kept). Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/cre_Doc_Tracking_DB/cre_Doc_Tracking_DB.sqlite, commit
-- 999f5e4), turned into PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list): the 8
-- tables with their primary keys and the 12 foreign keys the file declares, schema cre_doc_tracking_db; names
-- lower-cased, DATETIME -> timestamp, CHAR/VARCHAR kept. Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cre_doc_tracking_db;
CREATE TABLE cre_doc_tracking_db.ref_document_types (
    document_type_code character(15) NOT NULL,
    document_type_name character varying(255) NOT NULL,
    document_type_description character varying(255) NOT NULL,
    PRIMARY KEY (document_type_code)
);
CREATE TABLE cre_doc_tracking_db.ref_calendar (
    calendar_date timestamp without time zone NOT NULL,
    day_number integer,
    PRIMARY KEY (calendar_date)
);
CREATE TABLE cre_doc_tracking_db.ref_locations (
    location_code character(15) NOT NULL,
    location_name character varying(255) NOT NULL,
    location_description character varying(255) NOT NULL,
    PRIMARY KEY (location_code)
);
CREATE TABLE cre_doc_tracking_db.roles (
    role_code character(15) NOT NULL,
    role_name character varying(255),
    role_description character varying(255),
    PRIMARY KEY (role_code)
);
CREATE TABLE cre_doc_tracking_db.all_documents (
    document_id integer NOT NULL,
    date_stored timestamp without time zone,
    document_type_code character(15) NOT NULL,
    document_name character(255),
    document_description character(255),
    other_details character varying(255),
    PRIMARY KEY (document_id)
);
CREATE TABLE cre_doc_tracking_db.employees (
    employee_id integer NOT NULL,
    role_code character(15) NOT NULL,
    employee_name character varying(255),
    gender_mfu character(1) NOT NULL,
    date_of_birth timestamp without time zone NOT NULL,
    other_details character varying(255),
    PRIMARY KEY (employee_id)
);
CREATE TABLE cre_doc_tracking_db.document_locations (
    document_id integer NOT NULL,
    location_code character(15) NOT NULL,
    date_in_location_from timestamp without time zone NOT NULL,
    date_in_locaton_to timestamp without time zone,
    PRIMARY KEY (document_id, location_code, date_in_location_from)
);
CREATE TABLE cre_doc_tracking_db.documents_to_be_destroyed (
    document_id integer NOT NULL,
    destruction_authorised_by_employee_id integer,
    destroyed_by_employee_id integer,
    planned_destruction_date timestamp without time zone,
    actual_destruction_date timestamp without time zone,
    other_details character varying(255),
    PRIMARY KEY (document_id)
);
ALTER TABLE cre_doc_tracking_db.all_documents ADD FOREIGN KEY (date_stored) REFERENCES cre_doc_tracking_db.ref_calendar (calendar_date);
ALTER TABLE cre_doc_tracking_db.all_documents ADD FOREIGN KEY (document_type_code) REFERENCES cre_doc_tracking_db.ref_document_types (document_type_code);
ALTER TABLE cre_doc_tracking_db.employees ADD FOREIGN KEY (role_code) REFERENCES cre_doc_tracking_db.roles (role_code);
ALTER TABLE cre_doc_tracking_db.document_locations ADD FOREIGN KEY (document_id) REFERENCES cre_doc_tracking_db.all_documents (document_id);
ALTER TABLE cre_doc_tracking_db.document_locations ADD FOREIGN KEY (date_in_locaton_to) REFERENCES cre_doc_tracking_db.ref_calendar (calendar_date);
ALTER TABLE cre_doc_tracking_db.document_locations ADD FOREIGN KEY (date_in_location_from) REFERENCES cre_doc_tracking_db.ref_calendar (calendar_date);
ALTER TABLE cre_doc_tracking_db.document_locations ADD FOREIGN KEY (location_code) REFERENCES cre_doc_tracking_db.ref_locations (location_code);
ALTER TABLE cre_doc_tracking_db.documents_to_be_destroyed ADD FOREIGN KEY (document_id) REFERENCES cre_doc_tracking_db.all_documents (document_id);
ALTER TABLE cre_doc_tracking_db.documents_to_be_destroyed ADD FOREIGN KEY (actual_destruction_date) REFERENCES cre_doc_tracking_db.ref_calendar (calendar_date);
ALTER TABLE cre_doc_tracking_db.documents_to_be_destroyed ADD FOREIGN KEY (planned_destruction_date) REFERENCES cre_doc_tracking_db.ref_calendar (calendar_date);
ALTER TABLE cre_doc_tracking_db.documents_to_be_destroyed ADD FOREIGN KEY (destruction_authorised_by_employee_id) REFERENCES cre_doc_tracking_db.employees (employee_id);
ALTER TABLE cre_doc_tracking_db.documents_to_be_destroyed ADD FOREIGN KEY (destroyed_by_employee_id) REFERENCES cre_doc_tracking_db.employees (employee_id);
