-- The Spider text-to-SQL benchmark's "allergy_1" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): allergies with their kind (food, environmental, animal), students (last and first name, age, sex,
-- major and advisor as bare numbers, home city code) and which student has which allergy. Read from the Spider
-- release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/allergy_1/allergy_1.sqlite, commit 999f5e4), turned into PostgreSQL by a one-off
-- script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch PostgreSQL and checked
-- there: the 3 tables with their 2 primary keys (has_allergy has none in the file) and the 2 foreign keys the file
-- declares, schema allergy_1, tables ordered so the foreign keys resolve; names lower-cased (StuID -> stuid,
-- LName -> lname, AllergyType -> allergytype), INTEGER -> integer, VARCHAR(n) -> character varying(n). Spider
-- declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS allergy_1;
CREATE TABLE allergy_1.allergy_type (
    allergy character varying(20) NOT NULL,
    allergytype character varying(20),
    PRIMARY KEY (allergy)
);
CREATE TABLE allergy_1.student (
    stuid integer NOT NULL,
    lname character varying(12),
    fname character varying(12),
    age integer,
    sex character varying(1),
    major integer,
    advisor integer,
    city_code character varying(3),
    PRIMARY KEY (stuid)
);
CREATE TABLE allergy_1.has_allergy (
    stuid integer,
    allergy character varying(20),
    FOREIGN KEY (allergy) REFERENCES allergy_1.allergy_type (allergy),
    FOREIGN KEY (stuid) REFERENCES allergy_1.student (stuid)
);
