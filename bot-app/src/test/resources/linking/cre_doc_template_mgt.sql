-- The Spider text-to-SQL benchmark's "cre_Doc_Template_Mgt" database (Yu et al., EMNLP 2018,
-- yale-lily.github.io/spider; CC BY-SA 4.0): a document-template registry with template types (code and
-- description), versioned templates effective between two dates, documents made from a template, and the documents'
-- paragraphs. Read from the Spider release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/cre_Doc_Template_Mgt/cre_Doc_Template_Mgt.sqlite, commit 999f5e4), turned into
-- PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch
-- PostgreSQL and checked there: the 4 tables with their primary keys and the 3 foreign keys the file declares,
-- schema cre_doc_template_mgt; names lower-cased, CHAR(n) -> character(n), VARCHAR(n) -> character varying(n),
-- INTEGER -> integer, DATETIME -> timestamp. Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cre_doc_template_mgt;
CREATE TABLE cre_doc_template_mgt.ref_template_types (
    template_type_code character(15) NOT NULL,
    template_type_description character varying(255) NOT NULL,
    PRIMARY KEY (template_type_code)
);
CREATE TABLE cre_doc_template_mgt.templates (
    template_id integer NOT NULL,
    version_number integer NOT NULL,
    template_type_code character(15) NOT NULL,
    date_effective_from timestamp,
    date_effective_to timestamp,
    template_details character varying(255) NOT NULL,
    PRIMARY KEY (template_id)
);
CREATE TABLE cre_doc_template_mgt.documents (
    document_id integer NOT NULL,
    template_id integer,
    document_name character varying(255),
    document_description character varying(255),
    other_details character varying(255),
    PRIMARY KEY (document_id)
);
CREATE TABLE cre_doc_template_mgt.paragraphs (
    paragraph_id integer NOT NULL,
    document_id integer NOT NULL,
    paragraph_text character varying(255),
    other_details character varying(255),
    PRIMARY KEY (paragraph_id)
);
ALTER TABLE cre_doc_template_mgt.templates ADD FOREIGN KEY (template_type_code) REFERENCES cre_doc_template_mgt.ref_template_types(template_type_code);
ALTER TABLE cre_doc_template_mgt.documents ADD FOREIGN KEY (template_id) REFERENCES cre_doc_template_mgt.templates(template_id);
ALTER TABLE cre_doc_template_mgt.paragraphs ADD FOREIGN KEY (document_id) REFERENCES cre_doc_template_mgt.documents(document_id);
