-- The Spider text-to-SQL benchmark's "csu_1" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider; CC BY-SA
-- 4.0): the campuses of the California State University system (campus name, city, county, year founded), each
-- campus's fee, degrees granted per year, enrollment per discipline (undergraduate and graduate), total enrollment and
-- full-time equivalents per academic year, and faculty headcount (full-time equivalent) per year. Read from the Spider
-- release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/csu_1/csu_1.sqlite, commit 999f5e4), turned into PostgreSQL by a one-off script from its
-- catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch PostgreSQL and checked there: the 6 tables
-- with their primary keys (faculty has none in the file) and the 5 foreign keys the file declares, schema csu_1;
-- names lower-cased ("TotalEnrollment_AY" -> totalenrollment_ay, "CampusFee" -> campusfee), INTEGER -> integer, TEXT
-- -> text, REAL -> numeric. Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS csu_1;
CREATE TABLE csu_1.campuses (
    id integer NOT NULL,
    campus text,
    location text,
    county text,
    year integer,
    PRIMARY KEY (id)
);
CREATE TABLE csu_1.csu_fees (
    campus integer NOT NULL,
    year integer,
    campusfee integer,
    PRIMARY KEY (campus),
    FOREIGN KEY (campus) REFERENCES csu_1.campuses (id)
);
CREATE TABLE csu_1.degrees (
    year integer NOT NULL,
    campus integer NOT NULL,
    degrees integer,
    PRIMARY KEY (year, campus),
    FOREIGN KEY (campus) REFERENCES csu_1.campuses (id)
);
CREATE TABLE csu_1.discipline_enrollments (
    campus integer NOT NULL,
    discipline integer NOT NULL,
    year integer,
    undergraduate integer,
    graduate integer,
    PRIMARY KEY (campus, discipline),
    FOREIGN KEY (campus) REFERENCES csu_1.campuses (id)
);
CREATE TABLE csu_1.enrollments (
    campus integer NOT NULL,
    year integer NOT NULL,
    totalenrollment_ay integer,
    fte_ay integer,
    PRIMARY KEY (campus, year),
    FOREIGN KEY (campus) REFERENCES csu_1.campuses (id)
);
CREATE TABLE csu_1.faculty (
    campus integer,
    year integer,
    faculty numeric,
    FOREIGN KEY (campus) REFERENCES csu_1.campuses (id)
);
