-- The Spider text-to-SQL benchmark's "activity_1" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider; CC
-- BY-SA 4.0): a college's extracurricular activities (canoeing, chess, soccer, ...), the students (name, age, sex,
-- major code, advisor, home city code) and faculty members (name, rank, sex, phone, room, building) who take part in
-- them. Read from the Spider release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/activity_1/activity_1.sqlite, commit 999f5e4), turned into PostgreSQL by a one-off
-- script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch PostgreSQL and checked there:
-- the 5 tables with their primary keys (the two participation tables have none in the file) and the 4 foreign keys
-- the file declares, schema activity_1; names lower-cased (StuID -> stuid, FacID -> facid), INTEGER -> integer,
-- VARCHAR(n) -> character varying(n). Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS activity_1;
CREATE TABLE activity_1.activity (
    actid integer NOT NULL,
    activity_name character varying(25),
    PRIMARY KEY (actid)
);
CREATE TABLE activity_1.student (
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
CREATE TABLE activity_1.faculty (
    facid integer NOT NULL,
    lname character varying(15),
    fname character varying(15),
    rank character varying(15),
    sex character varying(1),
    phone integer,
    room character varying(5),
    building character varying(13),
    PRIMARY KEY (facid)
);
CREATE TABLE activity_1.participates_in (
    stuid integer,
    actid integer,
    FOREIGN KEY (stuid) REFERENCES activity_1.student (stuid),
    FOREIGN KEY (actid) REFERENCES activity_1.activity (actid)
);
CREATE TABLE activity_1.faculty_participates_in (
    facid integer,
    actid integer,
    FOREIGN KEY (facid) REFERENCES activity_1.faculty (facid),
    FOREIGN KEY (actid) REFERENCES activity_1.activity (actid)
);
