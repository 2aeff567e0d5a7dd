-- The Spider text-to-SQL benchmark's "cre_Theme_park" database (Yu et al., EMNLP 2018; CC BY-SA 4.0): a tourist
-- board's attractions (with their types and locations), the subtype tables for street markets, shops, museums, royal
-- family sites and theme parks, attraction features, photos, staff, visitors and their visits, and hotels with star
-- ratings. Source: its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/cre_Theme_park/cre_Theme_park.sqlite, commit 999f5e4), converted by a one-off script
-- from the SQLite catalog (PRAGMA table_info / foreign_key_list), schema cre_theme_park; names lower-cased,
-- CHAR(n)/VARCHAR(n) kept, INTEGER → integer, real → numeric, DATETIME → timestamp; the UNIQUE constraints that
-- repeat a primary key left out. 16 tables, 16 primary keys, 14 foreign keys. No comments in the source. Rows in
-- values-cre_theme_park.sql, noise in noise-cre_theme_park.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cre_theme_park;
CREATE TABLE cre_theme_park.ref_hotel_star_ratings (
    star_rating_code character(15) NOT NULL,
    star_rating_description character varying(80),
    PRIMARY KEY (star_rating_code)
);
CREATE TABLE cre_theme_park.locations (
    location_id integer NOT NULL,
    location_name character varying(255),
    address character varying(255),
    other_details character varying(255),
    PRIMARY KEY (location_id)
);
CREATE TABLE cre_theme_park.ref_attraction_types (
    attraction_type_code character(15) NOT NULL,
    attraction_type_description character varying(255),
    PRIMARY KEY (attraction_type_code)
);
CREATE TABLE cre_theme_park.visitors (
    tourist_id integer NOT NULL,
    tourist_details character varying(255),
    PRIMARY KEY (tourist_id)
);
CREATE TABLE cre_theme_park.features (
    feature_id integer NOT NULL,
    feature_details character varying(255),
    PRIMARY KEY (feature_id)
);
CREATE TABLE cre_theme_park.hotels (
    hotel_id integer NOT NULL,
    star_rating_code character(15) NOT NULL,
    pets_allowed_yn character(1),
    price_range numeric,
    other_hotel_details character varying(255),
    PRIMARY KEY (hotel_id)
);
CREATE TABLE cre_theme_park.tourist_attractions (
    tourist_attraction_id integer NOT NULL,
    attraction_type_code character(15) NOT NULL,
    location_id integer NOT NULL,
    how_to_get_there character varying(255),
    name character varying(255),
    description character varying(255),
    opening_hours character varying(255),
    other_details character varying(255),
    PRIMARY KEY (tourist_attraction_id)
);
CREATE TABLE cre_theme_park.street_markets (
    market_id integer NOT NULL,
    market_details character varying(255),
    PRIMARY KEY (market_id)
);
CREATE TABLE cre_theme_park.shops (
    shop_id integer NOT NULL,
    shop_details character varying(255),
    PRIMARY KEY (shop_id)
);
CREATE TABLE cre_theme_park.museums (
    museum_id integer NOT NULL,
    museum_details character varying(255),
    PRIMARY KEY (museum_id)
);
CREATE TABLE cre_theme_park.royal_family (
    royal_family_id integer NOT NULL,
    royal_family_details character varying(255),
    PRIMARY KEY (royal_family_id)
);
CREATE TABLE cre_theme_park.theme_parks (
    theme_park_id integer NOT NULL,
    theme_park_details character varying(255),
    PRIMARY KEY (theme_park_id)
);
CREATE TABLE cre_theme_park.visits (
    visit_id integer NOT NULL,
    tourist_attraction_id integer NOT NULL,
    tourist_id integer NOT NULL,
    visit_date timestamp without time zone NOT NULL,
    visit_details character varying(40) NOT NULL,
    PRIMARY KEY (visit_id)
);
CREATE TABLE cre_theme_park.photos (
    photo_id integer NOT NULL,
    tourist_attraction_id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    filename character varying(255),
    other_details character varying(255),
    PRIMARY KEY (photo_id)
);
CREATE TABLE cre_theme_park.staff (
    staff_id integer NOT NULL,
    tourist_attraction_id integer NOT NULL,
    name character varying(40),
    other_details character varying(255),
    PRIMARY KEY (staff_id)
);
CREATE TABLE cre_theme_park.tourist_attraction_features (
    tourist_attraction_id integer NOT NULL,
    feature_id integer NOT NULL,
    PRIMARY KEY (tourist_attraction_id, feature_id)
);
ALTER TABLE cre_theme_park.hotels ADD FOREIGN KEY (star_rating_code) REFERENCES cre_theme_park.ref_hotel_star_ratings (star_rating_code);
ALTER TABLE cre_theme_park.tourist_attractions ADD FOREIGN KEY (attraction_type_code) REFERENCES cre_theme_park.ref_attraction_types (attraction_type_code);
ALTER TABLE cre_theme_park.tourist_attractions ADD FOREIGN KEY (location_id) REFERENCES cre_theme_park.locations (location_id);
ALTER TABLE cre_theme_park.street_markets ADD FOREIGN KEY (market_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
ALTER TABLE cre_theme_park.shops ADD FOREIGN KEY (shop_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
ALTER TABLE cre_theme_park.museums ADD FOREIGN KEY (museum_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
ALTER TABLE cre_theme_park.royal_family ADD FOREIGN KEY (royal_family_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
ALTER TABLE cre_theme_park.theme_parks ADD FOREIGN KEY (theme_park_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
ALTER TABLE cre_theme_park.visits ADD FOREIGN KEY (tourist_id) REFERENCES cre_theme_park.visitors (tourist_id);
ALTER TABLE cre_theme_park.visits ADD FOREIGN KEY (tourist_attraction_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
ALTER TABLE cre_theme_park.photos ADD FOREIGN KEY (tourist_attraction_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
ALTER TABLE cre_theme_park.staff ADD FOREIGN KEY (tourist_attraction_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
ALTER TABLE cre_theme_park.tourist_attraction_features ADD FOREIGN KEY (feature_id) REFERENCES cre_theme_park.features (feature_id);
ALTER TABLE cre_theme_park.tourist_attraction_features ADD FOREIGN KEY (tourist_attraction_id) REFERENCES cre_theme_park.tourist_attractions (tourist_attraction_id);
