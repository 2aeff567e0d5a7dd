-- Spider's "wedding" (people with country, sex flag and age; churches with who organised them, the year they opened
-- and the church they continued; weddings: which church, which man and which woman, in which year), its SQLite file
-- as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/wedding/wedding.sqlite, commit 999f5e4),
-- converted by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema wedding; names
-- lower-cased, int -> integer, text kept; primary keys and the 3 foreign keys as declared. No comments in the
-- source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in
-- values-wedding.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS wedding;
CREATE TABLE wedding.people (
    people_id integer NOT NULL,
    name text,
    country text,
    is_male text,
    age integer,
    PRIMARY KEY (people_id)
);
CREATE TABLE wedding.church (
    church_id integer NOT NULL,
    name text,
    organized_by text,
    open_date integer,
    continuation_of text,
    PRIMARY KEY (church_id)
);
CREATE TABLE wedding.wedding (
    church_id integer NOT NULL,
    male_id integer NOT NULL,
    female_id integer NOT NULL,
    year integer,
    PRIMARY KEY (church_id, male_id, female_id)
);
ALTER TABLE wedding.wedding ADD FOREIGN KEY (female_id) REFERENCES wedding.people (people_id);
ALTER TABLE wedding.wedding ADD FOREIGN KEY (male_id) REFERENCES wedding.people (people_id);
ALTER TABLE wedding.wedding ADD FOREIGN KEY (church_id) REFERENCES wedding.church (church_id);
