-- The Spider text-to-SQL benchmark's "phone_market" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): phones (name, memory in GB, carrier, price), markets (a Canadian province as district, number of
-- employees and shops, ranking) and how many of each phone each market has in stock. Read from the Spider release's
-- SQLite file as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/phone_market/
-- phone_market.sqlite, commit 999f5e4), turned into PostgreSQL by a one-off script from its catalog (PRAGMA
-- table_info / foreign_key_list), loaded into a scratch PostgreSQL and checked there: the 3 tables with their primary
-- keys and the 2 foreign keys the file declares, schema phone_market; names lower-cased, int -> integer, real ->
-- numeric, text kept, except phone_market.phone_id, text in the file, made integer like the phone.phone_id it
-- references (PostgreSQL refuses the mixed-type key). Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS phone_market;
CREATE TABLE phone_market.phone (
    name text,
    phone_id integer NOT NULL,
    memory_in_g integer,
    carrier text,
    price numeric,
    PRIMARY KEY (phone_id)
);
CREATE TABLE phone_market.market (
    market_id integer NOT NULL,
    district text,
    num_of_employees integer,
    num_of_shops numeric,
    ranking integer,
    PRIMARY KEY (market_id)
);
CREATE TABLE phone_market.phone_market (
    market_id integer NOT NULL,
    phone_id integer NOT NULL,
    num_of_stock integer,
    PRIMARY KEY (market_id, phone_id),
    FOREIGN KEY (phone_id) REFERENCES phone_market.phone (phone_id),
    FOREIGN KEY (market_id) REFERENCES phone_market.market (market_id)
);
