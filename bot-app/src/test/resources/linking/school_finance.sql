-- Spider's "school_finance" (eight Indiana high schools with their town, mascot, enrolment, IHSAA athletic classes
-- and county; each school's yearly budget, how much was budgeted and invested and as what share of the total budget;
-- and the endowments donors gave to schools), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/school_finance/school_finance.sqlite, commit 999f5e4), converted by a one-off script from
-- the SQLite catalog (pragma table_info, foreign_key_list), schema school_finance; names lower-cased, int -> integer,
-- real -> double precision, text kept; primary keys and the 2 foreign keys as declared; school.school_id made integer
-- (text in the source, integer in budget and endowment) so the foreign keys to it are accepted. No comments in the
-- source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in
-- values-school_finance.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS school_finance;
CREATE TABLE school_finance.school (
    school_id integer NOT NULL,
    school_name text,
    location text,
    mascot text,
    enrollment integer,
    ihsaa_class text,
    ihsaa_football_class text,
    county text,
    PRIMARY KEY (school_id)
);
CREATE TABLE school_finance.budget (
    school_id integer NOT NULL,
    year integer NOT NULL,
    budgeted integer,
    total_budget_percent_budgeted double precision,
    invested integer,
    total_budget_percent_invested double precision,
    budget_invested_percent text,
    PRIMARY KEY (school_id, year),
    FOREIGN KEY (school_id) REFERENCES school_finance.school (school_id)
);
CREATE TABLE school_finance.endowment (
    endowment_id integer NOT NULL,
    school_id integer,
    donator_name text,
    amount double precision,
    PRIMARY KEY (endowment_id),
    FOREIGN KEY (school_id) REFERENCES school_finance.school (school_id)
);
