-- The Spider text-to-SQL benchmark's "film_rank" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): films (title, studio, director, gross in dollars), markets (country, number of cities) and
-- estimates per film and market (low and high estimate, type, year). Read from the Spider release's SQLite file as
-- mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/film_rank/film_rank.sqlite, commit 999f5e4),
-- turned into PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a
-- scratch PostgreSQL and checked there: the 3 tables with their primary keys and the 2 foreign keys the file
-- declares, schema film_rank; names lower-cased, int -> integer, real -> numeric, text kept. Spider declares no
-- comments.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS film_rank;
CREATE TABLE film_rank.film (
    film_id integer NOT NULL,
    title text,
    studio text,
    director text,
    gross_in_dollar integer,
    PRIMARY KEY (film_id)
);
CREATE TABLE film_rank.market (
    market_id integer NOT NULL,
    country text,
    number_cities integer,
    PRIMARY KEY (market_id)
);
CREATE TABLE film_rank.film_market_estimation (
    estimation_id integer NOT NULL,
    low_estimate numeric,
    high_estimate numeric,
    film_id integer,
    type text,
    market_id integer,
    year integer,
    PRIMARY KEY (estimation_id),
    FOREIGN KEY (market_id) REFERENCES film_rank.market (market_id),
    FOREIGN KEY (film_id) REFERENCES film_rank.film (film_id)
);
