-- The Spider text-to-SQL benchmark's "protein_institute" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): Tampa's one-time tallest buildings (address, years as tallest, height in feet, floors), small
-- colleges and universities (location, year founded, type, enrollment, sports team, primary conference, the building
-- they are linked to) and proteins sequenced by an institution (common name of the organism, protein name,
-- divergence from the human lineage, accession number, sequence length, identity to the human protein). Read from
-- the Spider release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/protein_institute/protein_institute.sqlite, commit 999f5e4), turned into PostgreSQL by a
-- one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch PostgreSQL and
-- checked there: the 3 tables with their primary keys and the 2 foreign keys the file declares, schema
-- protein_institute; names lower-cased, int -> integer, real -> numeric, text kept (the ids are text such as '5',
-- and years_as_tallest text such as '1972–1981', as in the file). Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS protein_institute;
CREATE TABLE protein_institute.building (
    building_id text NOT NULL,
    name text,
    street_address text,
    years_as_tallest text,
    height_feet integer,
    floors integer,
    PRIMARY KEY (building_id)
);
CREATE TABLE protein_institute.institution (
    institution_id text NOT NULL,
    institution text,
    location text,
    founded numeric,
    type text,
    enrollment integer,
    team text,
    primary_conference text,
    building_id text,
    PRIMARY KEY (institution_id),
    FOREIGN KEY (building_id) REFERENCES protein_institute.building (building_id)
);
CREATE TABLE protein_institute.protein (
    common_name text NOT NULL,
    protein_name text,
    divergence_from_human_lineage numeric,
    accession_number text,
    sequence_length numeric,
    sequence_identity_to_human_protein text,
    institution_id text,
    PRIMARY KEY (common_name),
    FOREIGN KEY (institution_id) REFERENCES protein_institute.institution (institution_id)
);
