-- BIRD's "superhero" database (comic-book heroes with their publisher, race, gender, alignment, eye/hair/skin
-- colours, attribute scores and superpowers), the dev-set database of the BIRD text-to-SQL benchmark
-- (bird-bench.github.io; BIRD is released under CC BY-SA 4.0). Read from the benchmark's own schema file
-- dev_tables.json as copied into github.com/gianlucafarinaccio/schema-alignment-bird (dataset/dev_tables.json,
-- commit f343be7; that repository states no licence), its tables, columns, SQLite types, primary keys and foreign
-- keys turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and checked there; schema
-- superhero. The source's names kept exactly; hero_attribute and hero_power have no primary key in the source, so
-- none here. No comments: the plain-language column names dev_tables.json gives only restate the names, and the
-- description CSVs were not readable here. No rows.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS superhero;
CREATE TABLE superhero.alignment (
    id integer NOT NULL,
    alignment text,
    PRIMARY KEY (id)
);
CREATE TABLE superhero.attribute (
    id integer NOT NULL,
    attribute_name text,
    PRIMARY KEY (id)
);
CREATE TABLE superhero.colour (
    id integer NOT NULL,
    colour text,
    PRIMARY KEY (id)
);
CREATE TABLE superhero.gender (
    id integer NOT NULL,
    gender text,
    PRIMARY KEY (id)
);
CREATE TABLE superhero.publisher (
    id integer NOT NULL,
    publisher_name text,
    PRIMARY KEY (id)
);
CREATE TABLE superhero.race (
    id integer NOT NULL,
    race text,
    PRIMARY KEY (id)
);
CREATE TABLE superhero.superhero (
    id integer NOT NULL,
    superhero_name text,
    full_name text,
    gender_id integer,
    eye_colour_id integer,
    hair_colour_id integer,
    skin_colour_id integer,
    race_id integer,
    publisher_id integer,
    alignment_id integer,
    height_cm integer,
    weight_kg integer,
    PRIMARY KEY (id)
);
CREATE TABLE superhero.hero_attribute (
    hero_id integer,
    attribute_id integer,
    attribute_value integer
);
CREATE TABLE superhero.superpower (
    id integer NOT NULL,
    power_name text,
    PRIMARY KEY (id)
);
CREATE TABLE superhero.hero_power (
    hero_id integer,
    power_id integer
);
ALTER TABLE superhero.superhero ADD FOREIGN KEY (skin_colour_id) REFERENCES superhero.colour (id);
ALTER TABLE superhero.superhero ADD FOREIGN KEY (race_id) REFERENCES superhero.race (id);
ALTER TABLE superhero.superhero ADD FOREIGN KEY (publisher_id) REFERENCES superhero.publisher (id);
ALTER TABLE superhero.superhero ADD FOREIGN KEY (hair_colour_id) REFERENCES superhero.colour (id);
ALTER TABLE superhero.superhero ADD FOREIGN KEY (gender_id) REFERENCES superhero.gender (id);
ALTER TABLE superhero.superhero ADD FOREIGN KEY (eye_colour_id) REFERENCES superhero.colour (id);
ALTER TABLE superhero.superhero ADD FOREIGN KEY (alignment_id) REFERENCES superhero.alignment (id);
ALTER TABLE superhero.hero_attribute ADD FOREIGN KEY (hero_id) REFERENCES superhero.superhero (id);
ALTER TABLE superhero.hero_attribute ADD FOREIGN KEY (attribute_id) REFERENCES superhero.attribute (id);
ALTER TABLE superhero.hero_power ADD FOREIGN KEY (power_id) REFERENCES superhero.superpower (id);
ALTER TABLE superhero.hero_power ADD FOREIGN KEY (hero_id) REFERENCES superhero.superhero (id);
