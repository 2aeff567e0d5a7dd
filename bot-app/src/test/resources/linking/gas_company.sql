-- The Spider text-to-SQL benchmark's "gas_company" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): large companies (rank, headquarters country, main industry, sales, profits, assets and market value
-- in billions), gas stations (opening year, location, manager, vice-manager and representative) and which company
-- runs which station with its rank of the year. Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/gas_company/gas_company.sqlite, commit 999f5e4), turned
-- into PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch
-- PostgreSQL and checked there: the 3 tables with their primary keys and the 2 foreign keys the file declares, schema
-- gas_company; names lower-cased, int -> integer, real -> numeric, text kept. Spider declares no comments. See
-- README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS gas_company;
CREATE TABLE gas_company.company (
    company_id integer NOT NULL,
    "rank" integer,
    company text,
    headquarters text,
    main_industry text,
    sales_billion numeric,
    profits_billion numeric,
    assets_billion numeric,
    market_value numeric,
    PRIMARY KEY (company_id)
);
CREATE TABLE gas_company.gas_station (
    station_id integer NOT NULL,
    open_year integer,
    location text,
    manager_name text,
    vice_manager_name text,
    representative_name text,
    PRIMARY KEY (station_id)
);
CREATE TABLE gas_company.station_company (
    station_id integer NOT NULL,
    company_id integer NOT NULL,
    rank_of_the_year integer,
    PRIMARY KEY (station_id, company_id),
    FOREIGN KEY (company_id) REFERENCES gas_company.company (company_id),
    FOREIGN KEY (station_id) REFERENCES gas_company.gas_station (station_id)
);
