-- Spider's "cre_Doc_Control_Systems" (document control: document types, statuses and shipping agents as reference
-- tables, documents with receipt date and number, employees with their role, drafts of each document, copies of each
-- draft, which employee each copy circulated to, and which address each document was mailed to and when), its SQLite
-- file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/cre_Doc_Control_Systems/cre_Doc_Control_Systems.sqlite, commit 999f5e4), converted by a
-- one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema cre_doc_control_systems; names
-- lower-cased, INTEGER -> integer, CHAR(15) -> character(15), VARCHAR(255) kept, DATETIME -> timestamp; primary keys
-- (several composite) and the 10 foreign keys (two composite) as declared. No comments in the source. Nothing left
-- out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in
-- values-cre_doc_control_systems.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cre_doc_control_systems;
CREATE TABLE cre_doc_control_systems.ref_document_types (
    document_type_code character(15) NOT NULL,
    document_type_description character varying(255) NOT NULL,
    PRIMARY KEY (document_type_code)
);
CREATE TABLE cre_doc_control_systems.roles (
    role_code character(15) NOT NULL,
    role_description character varying(255),
    PRIMARY KEY (role_code)
);
CREATE TABLE cre_doc_control_systems.addresses (
    address_id integer NOT NULL,
    address_details character varying(255),
    PRIMARY KEY (address_id)
);
CREATE TABLE cre_doc_control_systems.ref_document_status (
    document_status_code character(15) NOT NULL,
    document_status_description character varying(255) NOT NULL,
    PRIMARY KEY (document_status_code)
);
CREATE TABLE cre_doc_control_systems.ref_shipping_agents (
    shipping_agent_code character(15) NOT NULL,
    shipping_agent_name character varying(255) NOT NULL,
    shipping_agent_description character varying(255) NOT NULL,
    PRIMARY KEY (shipping_agent_code)
);
CREATE TABLE cre_doc_control_systems.documents (
    document_id integer NOT NULL,
    document_status_code character(15) NOT NULL,
    document_type_code character(15) NOT NULL,
    shipping_agent_code character(15),
    receipt_date timestamp,
    receipt_number character varying(255),
    other_details character varying(255),
    PRIMARY KEY (document_id),
    FOREIGN KEY (shipping_agent_code) REFERENCES cre_doc_control_systems.ref_shipping_agents (shipping_agent_code),
    FOREIGN KEY (document_status_code) REFERENCES cre_doc_control_systems.ref_document_status (document_status_code),
    FOREIGN KEY (document_type_code) REFERENCES cre_doc_control_systems.ref_document_types (document_type_code)
);
CREATE TABLE cre_doc_control_systems.employees (
    employee_id integer NOT NULL,
    role_code character(15) NOT NULL,
    employee_name character varying(255),
    other_details character varying(255),
    PRIMARY KEY (employee_id),
    FOREIGN KEY (role_code) REFERENCES cre_doc_control_systems.roles (role_code)
);
CREATE TABLE cre_doc_control_systems.document_drafts (
    document_id integer NOT NULL,
    draft_number integer NOT NULL,
    draft_details character varying(255),
    PRIMARY KEY (document_id, draft_number),
    FOREIGN KEY (document_id) REFERENCES cre_doc_control_systems.documents (document_id)
);
CREATE TABLE cre_doc_control_systems.draft_copies (
    document_id integer NOT NULL,
    draft_number integer NOT NULL,
    copy_number integer NOT NULL,
    PRIMARY KEY (document_id, draft_number, copy_number),
    FOREIGN KEY (document_id, draft_number) REFERENCES cre_doc_control_systems.document_drafts (document_id, draft_number)
);
CREATE TABLE cre_doc_control_systems.circulation_history (
    document_id integer NOT NULL,
    draft_number integer NOT NULL,
    copy_number integer NOT NULL,
    employee_id integer NOT NULL,
    PRIMARY KEY (document_id, draft_number, copy_number, employee_id),
    FOREIGN KEY (employee_id) REFERENCES cre_doc_control_systems.employees (employee_id),
    FOREIGN KEY (document_id, draft_number, copy_number) REFERENCES cre_doc_control_systems.draft_copies (document_id, draft_number, copy_number)
);
CREATE TABLE cre_doc_control_systems.documents_mailed (
    document_id integer NOT NULL,
    mailed_to_address_id integer NOT NULL,
    mailing_date timestamp,
    PRIMARY KEY (document_id, mailed_to_address_id),
    FOREIGN KEY (mailed_to_address_id) REFERENCES cre_doc_control_systems.addresses (address_id),
    FOREIGN KEY (document_id) REFERENCES cre_doc_control_systems.documents (document_id)
);
