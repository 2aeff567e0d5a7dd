-- Spider's "document_management" (documents with their type, name, access count and structure; the document
-- structures (header, main section, bib...) and their parents; the functional areas a document serves; document
-- sections with sequence, code and title; the images used in each section; the users of the system and their roles),
-- its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/document_management/document_management.sqlite, commit 999f5e4), converted by a one-off
-- script from the SQLite catalog (pragma table_info, foreign_key_list), schema document_management; names lower-cased,
-- VARCHAR(n) -> character varying(n), INTEGER -> integer; primary keys and the 7 foreign keys as declared
-- (document_functional_areas has no primary key in the source). No comments in the source. Nothing left out.
-- Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in values-document_management.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS document_management;
CREATE TABLE document_management.roles (
    role_code character varying(15) NOT NULL,
    role_description character varying(80),
    PRIMARY KEY (role_code)
);
CREATE TABLE document_management.users (
    user_id integer NOT NULL,
    role_code character varying(15) NOT NULL,
    user_name character varying(40),
    user_login character varying(40),
    password character varying(40),
    PRIMARY KEY (user_id),
    FOREIGN KEY (role_code) REFERENCES document_management.roles (role_code)
);
CREATE TABLE document_management.document_structures (
    document_structure_code character varying(15) NOT NULL,
    parent_document_structure_code character varying(15),
    document_structure_description character varying(80),
    PRIMARY KEY (document_structure_code)
);
CREATE TABLE document_management.functional_areas (
    functional_area_code character varying(15) NOT NULL,
    parent_functional_area_code character varying(15),
    functional_area_description character varying(80) NOT NULL,
    PRIMARY KEY (functional_area_code)
);
CREATE TABLE document_management.images (
    image_id integer NOT NULL,
    image_alt_text character varying(80),
    image_name character varying(40),
    image_url character varying(255),
    PRIMARY KEY (image_id)
);
CREATE TABLE document_management.documents (
    document_code character varying(15) NOT NULL,
    document_structure_code character varying(15) NOT NULL,
    document_type_code character varying(15) NOT NULL,
    access_count integer,
    document_name character varying(80),
    PRIMARY KEY (document_code),
    FOREIGN KEY (document_structure_code) REFERENCES document_management.document_structures (document_structure_code)
);
CREATE TABLE document_management.document_functional_areas (
    document_code character varying(15) NOT NULL,
    functional_area_code character varying(15) NOT NULL,
    FOREIGN KEY (functional_area_code) REFERENCES document_management.functional_areas (functional_area_code),
    FOREIGN KEY (document_code) REFERENCES document_management.documents (document_code)
);
CREATE TABLE document_management.document_sections (
    section_id integer NOT NULL,
    document_code character varying(15) NOT NULL,
    section_sequence integer,
    section_code character varying(20),
    section_title character varying(80),
    PRIMARY KEY (section_id),
    FOREIGN KEY (document_code) REFERENCES document_management.documents (document_code)
);
CREATE TABLE document_management.document_sections_images (
    section_id integer NOT NULL,
    image_id integer NOT NULL,
    PRIMARY KEY (section_id, image_id),
    FOREIGN KEY (image_id) REFERENCES document_management.images (image_id),
    FOREIGN KEY (section_id) REFERENCES document_management.document_sections (section_id)
);
