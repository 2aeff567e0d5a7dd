-- Spider's "dorm_1" (a university's students with age, sex, major, advisor and home city code, its dorms with
-- their capacity and gender, the amenities a dorm has, and which student lives in which dorm and room), its SQLite
-- file as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/dorm_1/dorm_1.sqlite, commit
-- 999f5e4), converted by a one-off script from the SQLite catalog, loaded into a scratch PostgreSQL and regenerated
-- from its catalog, schema dorm_1; names lower-cased (StuID -> stuid, Dorm_amenity -> dorm_amenity), INTEGER ->
-- integer, VARCHAR(n) kept. Only student has a primary key in the source; dorm, dorm_amenity, has_amenity and
-- lives_in have none, so of the source's five foreign keys only lives_in.stuid -> student is declared here (the
-- three pointing at dorm.dormid and dorm_amenity.amenid cannot be, those columns being no key in the source); no
-- comments in the source. CC BY-SA 4.0 (Spider). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS dorm_1;
CREATE TABLE dorm_1.student (
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
CREATE TABLE dorm_1.dorm (
    dormid integer,
    dorm_name character varying(20),
    student_capacity integer,
    gender character varying(1)
);
CREATE TABLE dorm_1.dorm_amenity (
    amenid integer,
    amenity_name character varying(25)
);
CREATE TABLE dorm_1.has_amenity (
    dormid integer,
    amenid integer
);
CREATE TABLE dorm_1.lives_in (
    stuid integer,
    dormid integer,
    room_number integer
);
ALTER TABLE dorm_1.lives_in ADD CONSTRAINT lives_in_stuid_fkey FOREIGN KEY (stuid) REFERENCES dorm_1.student(stuid);
