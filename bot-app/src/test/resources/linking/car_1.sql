-- The Spider text-to-SQL benchmark's "car_1" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider; CC BY-SA
-- 4.0; the classic UCI "Auto MPG" cars with makers, models, countries and continents added): continents, countries,
-- car makers, model lists, car names (makes) and the cars' data (mpg, cylinders, displacement, horsepower, weight,
-- acceleration, year). Read from the Spider release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/car_1/car_1.sqlite, commit 999f5e4), turned into PostgreSQL by a one-off script from its
-- catalog, loaded into a scratch PostgreSQL and checked there: the 6 tables with their primary keys, the unique
-- model_list.model, and the 5 foreign keys the file declares, schema car_1; names lower-cased (Spider's terse
-- contid, edispl, accelerate, makeid kept), TEXT -> text, REAL -> numeric, INTEGER -> integer; car_makers.country
-- is declared TEXT in the file but refers to the integer countries.countryid and holds only digits, so it is
-- integer here (PostgreSQL refuses a text -> integer foreign key); mpg and horsepower stay text as in the file.
-- Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS car_1;
CREATE TABLE car_1.continents (
    contid integer NOT NULL,
    continent text,
    PRIMARY KEY (contid)
);
CREATE TABLE car_1.countries (
    countryid integer NOT NULL,
    countryname text,
    continent integer,
    PRIMARY KEY (countryid)
);
CREATE TABLE car_1.car_makers (
    id integer NOT NULL,
    maker text,
    fullname text,
    country integer,
    PRIMARY KEY (id)
);
CREATE TABLE car_1.model_list (
    modelid integer NOT NULL,
    maker integer,
    model text,
    PRIMARY KEY (modelid),
    UNIQUE (model)
);
CREATE TABLE car_1.car_names (
    makeid integer NOT NULL,
    model text,
    make text,
    PRIMARY KEY (makeid)
);
CREATE TABLE car_1.cars_data (
    id integer NOT NULL,
    mpg text,
    cylinders integer,
    edispl numeric,
    horsepower text,
    weight integer,
    accelerate numeric,
    year integer,
    PRIMARY KEY (id)
);
ALTER TABLE car_1.countries ADD FOREIGN KEY (continent) REFERENCES car_1.continents (contid);
ALTER TABLE car_1.car_makers ADD FOREIGN KEY (country) REFERENCES car_1.countries (countryid);
ALTER TABLE car_1.model_list ADD FOREIGN KEY (maker) REFERENCES car_1.car_makers (id);
ALTER TABLE car_1.car_names ADD FOREIGN KEY (model) REFERENCES car_1.model_list (model);
ALTER TABLE car_1.cars_data ADD FOREIGN KEY (id) REFERENCES car_1.car_names (makeid);
