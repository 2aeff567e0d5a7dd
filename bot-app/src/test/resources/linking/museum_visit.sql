-- Spider's "museum_visit" (museums with their staff numbers and opening year; visitors with their membership level
-- and age; visits: how many tickets a visitor bought at a museum and what they spent in all), its SQLite file as
-- mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/museum_visit/museum_visit.sqlite, commit
-- 999f5e4), converted by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema
-- museum_visit; names lower-cased, int -> integer, real -> double precision, text kept; primary keys and the 2
-- foreign keys as declared, except that visit.visitor_id, declared text in the source while the visitor.id it
-- references is int (its values are all whole numbers), is integer here so PostgreSQL accepts the key. No comments
-- in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in
-- values-museum_visit.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS museum_visit;
CREATE TABLE museum_visit.museum (
    museum_id integer NOT NULL,
    name text,
    num_of_staff integer,
    open_year text,
    PRIMARY KEY (museum_id)
);
CREATE TABLE museum_visit.visitor (
    id integer NOT NULL,
    name text,
    level_of_membership integer,
    age integer,
    PRIMARY KEY (id)
);
CREATE TABLE museum_visit.visit (
    museum_id integer NOT NULL,
    visitor_id integer NOT NULL,
    num_of_ticket integer,
    total_spent double precision,
    PRIMARY KEY (museum_id, visitor_id),
    FOREIGN KEY (visitor_id) REFERENCES museum_visit.visitor (id),
    FOREIGN KEY (museum_id) REFERENCES museum_visit.museum (museum_id)
);
