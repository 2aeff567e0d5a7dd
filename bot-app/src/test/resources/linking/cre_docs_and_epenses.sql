-- Spider's "cre_Docs_and_Epenses" (sic; document types, budget codes, projects, documents of a project, statements
-- and documents with expenses as subtypes of documents, accounts on a statement), its SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/cre_Docs_and_Epenses/cre_Docs_and_Epenses.sqlite, commit
-- 999f5e4), converted by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema
-- cre_docs_and_epenses (the source's spelling, lower-cased); names lower-cased, INTEGER -> integer, CHAR(15) ->
-- character(15), VARCHAR(n) kept, DATETIME -> timestamp; primary keys and the 6 foreign keys as declared. No comments
-- in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in
-- values-cre_docs_and_epenses.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cre_docs_and_epenses;
CREATE TABLE cre_docs_and_epenses.ref_document_types (
    document_type_code character(15) NOT NULL,
    document_type_name character varying(255) NOT NULL,
    document_type_description character varying(255) NOT NULL,
    PRIMARY KEY (document_type_code)
);
CREATE TABLE cre_docs_and_epenses.ref_budget_codes (
    budget_type_code character(15) NOT NULL,
    budget_type_description character varying(255) NOT NULL,
    PRIMARY KEY (budget_type_code)
);
CREATE TABLE cre_docs_and_epenses.projects (
    project_id integer NOT NULL,
    project_details character varying(255),
    PRIMARY KEY (project_id)
);
CREATE TABLE cre_docs_and_epenses.documents (
    document_id integer NOT NULL,
    document_type_code character(15) NOT NULL,
    project_id integer NOT NULL,
    document_date timestamp,
    document_name character varying(255),
    document_description character varying(255),
    other_details character varying(255),
    PRIMARY KEY (document_id)
);
CREATE TABLE cre_docs_and_epenses.statements (
    statement_id integer NOT NULL,
    statement_details character varying(255),
    PRIMARY KEY (statement_id)
);
CREATE TABLE cre_docs_and_epenses.documents_with_expenses (
    document_id integer NOT NULL,
    budget_type_code character(15) NOT NULL,
    document_details character varying(255),
    PRIMARY KEY (document_id)
);
CREATE TABLE cre_docs_and_epenses.accounts (
    account_id integer NOT NULL,
    statement_id integer NOT NULL,
    account_details character varying(255),
    PRIMARY KEY (account_id)
);
ALTER TABLE cre_docs_and_epenses.documents ADD FOREIGN KEY (project_id) REFERENCES cre_docs_and_epenses.projects (project_id);
ALTER TABLE cre_docs_and_epenses.documents ADD FOREIGN KEY (document_type_code) REFERENCES cre_docs_and_epenses.ref_document_types (document_type_code);
ALTER TABLE cre_docs_and_epenses.statements ADD FOREIGN KEY (statement_id) REFERENCES cre_docs_and_epenses.documents (document_id);
ALTER TABLE cre_docs_and_epenses.documents_with_expenses ADD FOREIGN KEY (document_id) REFERENCES cre_docs_and_epenses.documents (document_id);
ALTER TABLE cre_docs_and_epenses.documents_with_expenses ADD FOREIGN KEY (budget_type_code) REFERENCES cre_docs_and_epenses.ref_budget_codes (budget_type_code);
ALTER TABLE cre_docs_and_epenses.accounts ADD FOREIGN KEY (statement_id) REFERENCES cre_docs_and_epenses.statements (statement_id);
