-- The Spider text-to-SQL benchmark's "flight_company" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): airports, the companies of an airline group (type, principal activity, where incorporated, the
-- group's equity share) and test flights with vehicle flight number, date, pilot, velocity and altitude, each from an
-- airport and operated by a company. Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/flight_company/flight_company.sqlite, commit 999f5e4),
-- turned into PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a
-- scratch PostgreSQL and checked there: the 3 tables with their primary keys and the 2 foreign keys the file
-- declares, schema flight_company; names lower-cased, int -> integer, real -> numeric, text kept (flight."date" is
-- text such as 'March 1, 1963', as in the file). Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS flight_company;
CREATE TABLE flight_company.airport (
    id integer NOT NULL,
    city text,
    country text,
    iata text,
    icao text,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE flight_company.operate_company (
    id integer NOT NULL,
    name text,
    type text,
    principal_activities text,
    incorporated_in text,
    group_equity_shareholding numeric,
    PRIMARY KEY (id)
);
CREATE TABLE flight_company.flight (
    id integer NOT NULL,
    vehicle_flight_number text,
    "date" text,
    pilot text,
    velocity numeric,
    altitude numeric,
    airport_id integer,
    company_id integer,
    PRIMARY KEY (id),
    FOREIGN KEY (airport_id) REFERENCES flight_company.airport (id),
    FOREIGN KEY (company_id) REFERENCES flight_company.operate_company (id)
);
