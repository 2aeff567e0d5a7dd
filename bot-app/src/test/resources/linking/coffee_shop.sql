-- The Spider text-to-SQL benchmark's "coffee_shop" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): coffee shops (address, number of staff, score, opening year), club members (name, membership card
-- colour, age, time of purchase, membership level, home town), happy hours per shop and month with the staff in
-- charge, and members' spend at happy hours. Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/coffee_shop/coffee_shop.sqlite, commit 999f5e4), turned
-- into PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch
-- PostgreSQL and checked there: the 4 tables with their primary keys and the 2 foreign keys the file declares, schema
-- coffee_shop; names lower-cased (num_of_shaff_in_charge keeps the source's spelling), int -> integer, real ->
-- numeric, text kept (shop.num_of_staff and shop.open_year are text, as in the file). happy_hour_member.hh_id has no
-- foreign key, as in the source (happy_hour's key is hh_id, shop_id, month). Spider declares no comments.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS coffee_shop;
CREATE TABLE coffee_shop.shop (
    shop_id integer NOT NULL,
    address text,
    num_of_staff text,
    score numeric,
    open_year text,
    PRIMARY KEY (shop_id)
);
CREATE TABLE coffee_shop.member (
    member_id integer NOT NULL,
    name text,
    membership_card text,
    age integer,
    time_of_purchase integer,
    level_of_membership integer,
    address text,
    PRIMARY KEY (member_id)
);
CREATE TABLE coffee_shop.happy_hour (
    hh_id integer NOT NULL,
    shop_id integer NOT NULL,
    month text NOT NULL,
    num_of_shaff_in_charge integer,
    PRIMARY KEY (hh_id, shop_id, month),
    FOREIGN KEY (shop_id) REFERENCES coffee_shop.shop (shop_id)
);
CREATE TABLE coffee_shop.happy_hour_member (
    hh_id integer NOT NULL,
    member_id integer NOT NULL,
    total_amount numeric,
    PRIMARY KEY (hh_id, member_id),
    FOREIGN KEY (member_id) REFERENCES coffee_shop.member (member_id)
);
