-- Spider's "school_bus" (bus drivers with their party, home city and age; schools with their grade range, location
-- and type; which driver drives for which school, for how many years and whether full time), its SQLite file as
-- mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/school_bus/school_bus.sqlite, commit
-- 999f5e4), converted by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema
-- school_bus; names lower-cased, int -> integer, bool -> boolean, text kept; primary keys and the 2 foreign keys as
-- declared. No comments in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018);
-- SQL text ours. Rows in values-school_bus.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS school_bus;
CREATE TABLE school_bus.driver (
    driver_id integer NOT NULL,
    name text,
    party text,
    home_city text,
    age integer,
    PRIMARY KEY (driver_id)
);
CREATE TABLE school_bus.school (
    school_id integer NOT NULL,
    grade text,
    school text,
    location text,
    type text,
    PRIMARY KEY (school_id)
);
CREATE TABLE school_bus.school_bus (
    school_id integer NOT NULL,
    driver_id integer NOT NULL,
    years_working integer,
    if_full_time boolean,
    PRIMARY KEY (school_id, driver_id)
);
ALTER TABLE school_bus.school_bus ADD FOREIGN KEY (driver_id) REFERENCES school_bus.driver (driver_id);
ALTER TABLE school_bus.school_bus ADD FOREIGN KEY (school_id) REFERENCES school_bus.school (school_id);
