-- BIRD's "student_club" database (a university student club's members, majors, events, attendance, budgets,
-- expenses and income), the dev-set database of the BIRD text-to-SQL benchmark (bird-bench.github.io; BIRD is
-- released under CC BY-SA 4.0). Read from the benchmark's own schema file dev_tables.json as copied into
-- github.com/gianlucafarinaccio/schema-alignment-bird (dataset/dev_tables.json, commit f343be7; that repository
-- states no licence), its tables, columns, SQLite types, primary keys and foreign keys turned into PostgreSQL by a
-- one-off script, loaded into a scratch PostgreSQL and checked there; schema student_club. The source's names kept
-- exactly (text ids, dates as text, as in the SQLite file). No comments: the plain-language column names
-- dev_tables.json gives only restate the names, and the description CSVs were not readable here. No rows.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS student_club;
CREATE TABLE student_club.event (
    event_id text NOT NULL,
    event_name text,
    event_date text,
    type text,
    notes text,
    location text,
    status text,
    PRIMARY KEY (event_id)
);
CREATE TABLE student_club.major (
    major_id text NOT NULL,
    major_name text,
    department text,
    college text,
    PRIMARY KEY (major_id)
);
CREATE TABLE student_club.zip_code (
    zip_code integer NOT NULL,
    type text,
    city text,
    county text,
    state text,
    short_state text,
    PRIMARY KEY (zip_code)
);
CREATE TABLE student_club.attendance (
    link_to_event text NOT NULL,
    link_to_member text NOT NULL,
    PRIMARY KEY (link_to_event, link_to_member)
);
CREATE TABLE student_club.budget (
    budget_id text NOT NULL,
    category text,
    spent real,
    remaining real,
    amount integer,
    event_status text,
    link_to_event text,
    PRIMARY KEY (budget_id)
);
CREATE TABLE student_club.expense (
    expense_id text NOT NULL,
    expense_description text,
    expense_date text,
    cost real,
    approved text,
    link_to_member text,
    link_to_budget text,
    PRIMARY KEY (expense_id)
);
CREATE TABLE student_club.income (
    income_id text NOT NULL,
    date_received text,
    amount integer,
    source text,
    notes text,
    link_to_member text,
    PRIMARY KEY (income_id)
);
CREATE TABLE student_club.member (
    member_id text NOT NULL,
    first_name text,
    last_name text,
    email text,
    position text,
    t_shirt_size text,
    phone text,
    zip integer,
    link_to_major text,
    PRIMARY KEY (member_id)
);
ALTER TABLE student_club.attendance ADD FOREIGN KEY (link_to_member) REFERENCES student_club.member (member_id);
ALTER TABLE student_club.attendance ADD FOREIGN KEY (link_to_event) REFERENCES student_club.event (event_id);
ALTER TABLE student_club.budget ADD FOREIGN KEY (link_to_event) REFERENCES student_club.event (event_id);
ALTER TABLE student_club.expense ADD FOREIGN KEY (link_to_member) REFERENCES student_club.member (member_id);
ALTER TABLE student_club.expense ADD FOREIGN KEY (link_to_budget) REFERENCES student_club.budget (budget_id);
ALTER TABLE student_club.income ADD FOREIGN KEY (link_to_member) REFERENCES student_club.member (member_id);
ALTER TABLE student_club.member ADD FOREIGN KEY (zip) REFERENCES student_club.zip_code (zip_code);
ALTER TABLE student_club.member ADD FOREIGN KEY (link_to_major) REFERENCES student_club.major (major_id);
