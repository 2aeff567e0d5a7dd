-- The Spider text-to-SQL benchmark's "dog_kennels" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): a kennel's dogs with breed and size, their owners, the professionals who treat them, treatments with
-- their type and cost, and charges. Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/dog_kennels/dog_kennels.sqlite, commit 999f5e4), turned
-- into PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list / index_list), loaded
-- into a scratch PostgreSQL and checked there: the 8 tables with their primary keys and the 6 foreign keys the file
-- declares (dogs declares its owner key twice; kept once), schema dog_kennels; names lower-cased, DATETIME ->
-- timestamp, DECIMAL(19,4) -> numeric(19,4), VARCHAR kept (Spider's text ages and weights and its '1'/'0'
-- abandoned_yn flag kept as text); professionals.role_code has no foreign key, as in the source. Spider declares no
-- comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS dog_kennels;
CREATE TABLE dog_kennels.breeds (
    breed_code character varying(10) NOT NULL,
    breed_name character varying(80),
    PRIMARY KEY (breed_code)
);
CREATE TABLE dog_kennels.charges (
    charge_id integer NOT NULL,
    charge_type character varying(10),
    charge_amount numeric(19,4),
    PRIMARY KEY (charge_id)
);
CREATE TABLE dog_kennels.sizes (
    size_code character varying(10) NOT NULL,
    size_description character varying(80),
    PRIMARY KEY (size_code)
);
CREATE TABLE dog_kennels.treatment_types (
    treatment_type_code character varying(10) NOT NULL,
    treatment_type_description character varying(80),
    PRIMARY KEY (treatment_type_code)
);
CREATE TABLE dog_kennels.owners (
    owner_id integer NOT NULL,
    first_name character varying(50),
    last_name character varying(50),
    street character varying(50),
    city character varying(50),
    state character varying(20),
    zip_code character varying(20),
    email_address character varying(50),
    home_phone character varying(20),
    cell_number character varying(20),
    PRIMARY KEY (owner_id)
);
CREATE TABLE dog_kennels.dogs (
    dog_id integer NOT NULL,
    owner_id integer NOT NULL,
    abandoned_yn character varying(1),
    breed_code character varying(10) NOT NULL,
    size_code character varying(10) NOT NULL,
    name character varying(50),
    age character varying(20),
    date_of_birth timestamp,
    gender character varying(1),
    weight character varying(20),
    date_arrived timestamp,
    date_adopted timestamp,
    date_departed timestamp,
    PRIMARY KEY (dog_id)
);
CREATE TABLE dog_kennels.professionals (
    professional_id integer NOT NULL,
    role_code character varying(10) NOT NULL,
    first_name character varying(50),
    street character varying(50),
    city character varying(50),
    state character varying(20),
    zip_code character varying(20),
    last_name character varying(50),
    email_address character varying(50),
    home_phone character varying(20),
    cell_number character varying(20),
    PRIMARY KEY (professional_id)
);
CREATE TABLE dog_kennels.treatments (
    treatment_id integer NOT NULL,
    dog_id integer NOT NULL,
    professional_id integer NOT NULL,
    treatment_type_code character varying(10) NOT NULL,
    date_of_treatment timestamp,
    cost_of_treatment numeric(19,4),
    PRIMARY KEY (treatment_id)
);
ALTER TABLE dog_kennels.dogs ADD FOREIGN KEY (owner_id) REFERENCES dog_kennels.owners (owner_id);
ALTER TABLE dog_kennels.dogs ADD FOREIGN KEY (size_code) REFERENCES dog_kennels.sizes (size_code);
ALTER TABLE dog_kennels.dogs ADD FOREIGN KEY (breed_code) REFERENCES dog_kennels.breeds (breed_code);
ALTER TABLE dog_kennels.treatments ADD FOREIGN KEY (dog_id) REFERENCES dog_kennels.dogs (dog_id);
ALTER TABLE dog_kennels.treatments ADD FOREIGN KEY (professional_id) REFERENCES dog_kennels.professionals (professional_id);
ALTER TABLE dog_kennels.treatments ADD FOREIGN KEY (treatment_type_code) REFERENCES dog_kennels.treatment_types (treatment_type_code);
