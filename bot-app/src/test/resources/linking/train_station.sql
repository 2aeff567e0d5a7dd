-- The Spider text-to-SQL benchmark's "train_station" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): British railway stations (annual entries/exits, interchanges, total passengers, location, main
-- lines served, number of platforms), trains (name, departure time, service) and which train calls at which
-- station. Read from the Spider release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/train_station/train_station.sqlite, commit 999f5e4), turned into PostgreSQL by a one-off
-- script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch PostgreSQL and checked there:
-- the 3 tables with their primary keys and the 2 foreign keys the file declares, schema train_station; names
-- lower-cased, int -> integer, real -> numeric, text kept (train."time" is text such as '17:15', as in the file).
-- Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS train_station;
CREATE TABLE train_station.station (
    station_id integer NOT NULL,
    name text,
    annual_entry_exit numeric,
    annual_interchanges numeric,
    total_passengers numeric,
    location text,
    main_services text,
    number_of_platforms integer,
    PRIMARY KEY (station_id)
);
CREATE TABLE train_station.train (
    train_id integer NOT NULL,
    name text,
    "time" text,
    service text,
    PRIMARY KEY (train_id)
);
CREATE TABLE train_station.train_station (
    train_id integer NOT NULL,
    station_id integer NOT NULL,
    PRIMARY KEY (train_id, station_id),
    FOREIGN KEY (station_id) REFERENCES train_station.station (station_id),
    FOREIGN KEY (train_id) REFERENCES train_station.train (train_id)
);
