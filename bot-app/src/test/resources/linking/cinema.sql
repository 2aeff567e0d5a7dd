-- Spider's "cinema" (films of a TV series with rank in the series, number in the season, director, original air
-- date and production code; cinemas with opening year, capacity and county; schedule: which film a cinema shows,
-- from which date, how many shows a day and at what price), its SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/cinema/cinema.sqlite, commit 999f5e4), converted by a
-- one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema cinema; names lower-cased
-- (the source's spelling openning_year kept), int -> integer, float -> double precision, text kept; primary keys and
-- the 2 foreign keys as declared. No comments in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu
-- et al., EMNLP 2018); SQL text ours. Rows in values-cinema.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cinema;
CREATE TABLE cinema.film (
    film_id integer NOT NULL,
    rank_in_series integer,
    number_in_season integer,
    title text,
    directed_by text,
    original_air_date text,
    production_code text,
    PRIMARY KEY (film_id)
);
CREATE TABLE cinema.cinema (
    cinema_id integer NOT NULL,
    name text,
    openning_year integer,
    capacity integer,
    location text,
    PRIMARY KEY (cinema_id)
);
CREATE TABLE cinema.schedule (
    cinema_id integer NOT NULL,
    film_id integer NOT NULL,
    "date" text,
    show_times_per_day integer,
    price double precision,
    PRIMARY KEY (cinema_id, film_id),
    FOREIGN KEY (cinema_id) REFERENCES cinema.cinema (cinema_id),
    FOREIGN KEY (film_id) REFERENCES cinema.film (film_id)
);
