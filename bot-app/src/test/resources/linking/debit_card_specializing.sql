-- BIRD's "debit_card_specializing" database (a Czech gas-station card company's customers with segment and
-- currency, gas stations with chain, country and segment, products, a 1,000-row sample of card transactions, and
-- customers' monthly consumption), a dev-set database of the BIRD text-to-SQL benchmark (bird-bench.github.io;
-- BIRD is released under CC BY-SA 4.0). Read from the benchmark's own schema file dev_tables.json as copied into
-- github.com/gianlucafarinaccio/schema-alignment-bird (dataset/dev_tables.json, commit f343be7; that repository
-- states no licence), its tables, columns, SQLite types, primary keys and foreign keys turned into PostgreSQL by
-- hand, loaded into a scratch PostgreSQL and checked there; schema debit_card_specializing. The source's names kept
-- and quoted ("CustomerID", "GasStationID"; yearmonth."Date" is text such as '201309', as in the SQLite file).
-- One foreign key, the one the source declares (yearmonth -> customers; transactions_1k declares none). Column
-- comments are the plain-language names dev_tables.json gives where they say more than the name (the two
-- "Segment" columns); the description CSVs were not readable here. No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS debit_card_specializing;
CREATE TABLE debit_card_specializing.customers (
    "CustomerID" integer NOT NULL,
    "Segment" text,
    "Currency" text,
    PRIMARY KEY ("CustomerID")
);
CREATE TABLE debit_card_specializing.gasstations (
    "GasStationID" integer NOT NULL,
    "ChainID" integer,
    "Country" text,
    "Segment" text,
    PRIMARY KEY ("GasStationID")
);
CREATE TABLE debit_card_specializing.products (
    "ProductID" integer NOT NULL,
    "Description" text,
    PRIMARY KEY ("ProductID")
);
CREATE TABLE debit_card_specializing.transactions_1k (
    "TransactionID" integer NOT NULL,
    "Date" date,
    "Time" text,
    "CustomerID" integer,
    "CardID" integer,
    "GasStationID" integer,
    "ProductID" integer,
    "Amount" integer,
    "Price" real,
    PRIMARY KEY ("TransactionID")
);
CREATE TABLE debit_card_specializing.yearmonth (
    "CustomerID" integer NOT NULL,
    "Date" text NOT NULL,
    "Consumption" real,
    PRIMARY KEY ("CustomerID", "Date")
);
ALTER TABLE debit_card_specializing.yearmonth ADD FOREIGN KEY ("CustomerID") REFERENCES debit_card_specializing.customers ("CustomerID");
COMMENT ON COLUMN debit_card_specializing.customers."Segment" IS 'client segment';
COMMENT ON COLUMN debit_card_specializing.gasstations."Segment" IS 'chain segment';
