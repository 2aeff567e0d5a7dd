-- BIRD's "restaurant" database (restaurants of the San Francisco Bay Area with their label, food type, city and
-- review score, street addresses, and the county and region of each city), a train-set database of the BIRD
-- text-to-SQL benchmark (bird-bench.github.io), read from the benchmark's own schema file train_tables.json as
-- copied into github.com/YuetingFang/question-demo (train/train_tables.json, commit b4db774; the file holds this
-- database and movielens only), turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and
-- regenerated from its catalog, schema restaurant; names as in the source (geographic.county is "country" in the
-- file's plain-language names), text/integer/real types as the file gives them, the three primary keys and three
-- foreign keys it lists; no comments (the file has none); no rows (the copy has no SQLite file). CC BY-SA 4.0
-- (BIRD). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS restaurant;
CREATE TABLE restaurant.generalinfo (
    id_restaurant integer NOT NULL,
    label text,
    food_type text,
    city text,
    review real,
    PRIMARY KEY (id_restaurant)
);
CREATE TABLE restaurant.geographic (
    city text NOT NULL,
    county text,
    region text,
    PRIMARY KEY (city)
);
CREATE TABLE restaurant.location (
    id_restaurant integer NOT NULL,
    street_num integer,
    street_name text,
    city text,
    PRIMARY KEY (id_restaurant)
);
ALTER TABLE restaurant.generalinfo ADD FOREIGN KEY (city) REFERENCES restaurant.geographic(city);
ALTER TABLE restaurant.location ADD FOREIGN KEY (city) REFERENCES restaurant.geographic(city);
ALTER TABLE restaurant.location ADD FOREIGN KEY (id_restaurant) REFERENCES restaurant.generalinfo(id_restaurant);
