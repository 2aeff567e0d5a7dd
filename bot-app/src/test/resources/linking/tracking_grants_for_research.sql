-- The Spider text-to-SQL benchmark's "tracking_grants_for_research" database (Yu et al., EMNLP 2018,
-- yale-lily.github.io/spider; CC BY-SA 4.0): organisations (research bodies and sponsors) with their types, the
-- grants they receive and the documents exchanged about each grant with their types, projects run by organisations,
-- project staff with roles and dates, research staff and their employer, project outcomes (papers, patents) and
-- project tasks. Read from its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/tracking_grants_for_research/tracking_grants_for_research.sqlite, commit 999f5e4),
-- turned into PostgreSQL from the SQLite catalog by a one-off script and loaded into a scratch PostgreSQL 15: the 12
-- tables, their primary keys (11; project_outcomes declares none) and the 11 foreign keys the file declares, schema
-- tracking_grants_for_research; names lower-cased, the column "eg Agree Objectives" of tasks becomes
-- eg_agree_objectives, INTEGER -> integer, VARCHAR kept with its length, DATETIME -> timestamp, DECIMAL(19,4) ->
-- numeric(19,4), DOUBLE (project_staff.staff_id, as declared) -> double precision. Left out: defaults. Spider declares
-- no comments. Rows in values-tracking_grants_for_research.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS tracking_grants_for_research;
CREATE TABLE tracking_grants_for_research.document_types (
    document_type_code varchar(10) NOT NULL,
    document_description varchar(255) NOT NULL,
    PRIMARY KEY (document_type_code)
);
CREATE TABLE tracking_grants_for_research.documents (
    document_id integer NOT NULL,
    document_type_code varchar(10),
    grant_id integer NOT NULL,
    sent_date timestamp NOT NULL,
    response_received_date timestamp NOT NULL,
    other_details varchar(255) NOT NULL,
    PRIMARY KEY (document_id)
);
CREATE TABLE tracking_grants_for_research.grants (
    grant_id integer NOT NULL,
    organisation_id integer NOT NULL,
    grant_amount numeric(19,4) NOT NULL,
    grant_start_date timestamp NOT NULL,
    grant_end_date timestamp NOT NULL,
    other_details varchar(255) NOT NULL,
    PRIMARY KEY (grant_id)
);
CREATE TABLE tracking_grants_for_research.organisation_types (
    organisation_type varchar(10) NOT NULL,
    organisation_type_description varchar(255) NOT NULL,
    PRIMARY KEY (organisation_type)
);
CREATE TABLE tracking_grants_for_research.organisations (
    organisation_id integer NOT NULL,
    organisation_type varchar(10) NOT NULL,
    organisation_details varchar(255) NOT NULL,
    PRIMARY KEY (organisation_id)
);
CREATE TABLE tracking_grants_for_research.project_outcomes (
    project_id integer NOT NULL,
    outcome_code varchar(10) NOT NULL,
    outcome_details varchar(255)
);
CREATE TABLE tracking_grants_for_research.project_staff (
    staff_id double precision NOT NULL,
    project_id integer NOT NULL,
    role_code varchar(10) NOT NULL,
    date_from timestamp,
    date_to timestamp,
    other_details varchar(255),
    PRIMARY KEY (staff_id)
);
CREATE TABLE tracking_grants_for_research.projects (
    project_id integer NOT NULL,
    organisation_id integer NOT NULL,
    project_details varchar(255) NOT NULL,
    PRIMARY KEY (project_id)
);
CREATE TABLE tracking_grants_for_research.research_outcomes (
    outcome_code varchar(10) NOT NULL,
    outcome_description varchar(255) NOT NULL,
    PRIMARY KEY (outcome_code)
);
CREATE TABLE tracking_grants_for_research.research_staff (
    staff_id integer NOT NULL,
    employer_organisation_id integer NOT NULL,
    staff_details varchar(255) NOT NULL,
    PRIMARY KEY (staff_id)
);
CREATE TABLE tracking_grants_for_research.staff_roles (
    role_code varchar(10) NOT NULL,
    role_description varchar(255) NOT NULL,
    PRIMARY KEY (role_code)
);
CREATE TABLE tracking_grants_for_research.tasks (
    task_id integer NOT NULL,
    project_id integer NOT NULL,
    task_details varchar(255) NOT NULL,
    eg_agree_objectives varchar(1),
    PRIMARY KEY (task_id)
);
ALTER TABLE tracking_grants_for_research.documents ADD FOREIGN KEY (grant_id) REFERENCES tracking_grants_for_research.grants (grant_id);
ALTER TABLE tracking_grants_for_research.documents ADD FOREIGN KEY (document_type_code) REFERENCES tracking_grants_for_research.document_types (document_type_code);
ALTER TABLE tracking_grants_for_research.grants ADD FOREIGN KEY (organisation_id) REFERENCES tracking_grants_for_research.organisations (organisation_id);
ALTER TABLE tracking_grants_for_research.organisations ADD FOREIGN KEY (organisation_type) REFERENCES tracking_grants_for_research.organisation_types (organisation_type);
ALTER TABLE tracking_grants_for_research.project_outcomes ADD FOREIGN KEY (outcome_code) REFERENCES tracking_grants_for_research.research_outcomes (outcome_code);
ALTER TABLE tracking_grants_for_research.project_outcomes ADD FOREIGN KEY (project_id) REFERENCES tracking_grants_for_research.projects (project_id);
ALTER TABLE tracking_grants_for_research.project_staff ADD FOREIGN KEY (role_code) REFERENCES tracking_grants_for_research.staff_roles (role_code);
ALTER TABLE tracking_grants_for_research.project_staff ADD FOREIGN KEY (project_id) REFERENCES tracking_grants_for_research.projects (project_id);
ALTER TABLE tracking_grants_for_research.projects ADD FOREIGN KEY (organisation_id) REFERENCES tracking_grants_for_research.organisations (organisation_id);
ALTER TABLE tracking_grants_for_research.research_staff ADD FOREIGN KEY (employer_organisation_id) REFERENCES tracking_grants_for_research.organisations (organisation_id);
ALTER TABLE tracking_grants_for_research.tasks ADD FOREIGN KEY (project_id) REFERENCES tracking_grants_for_research.projects (project_id);
