-- Spider's "bike_1" (a bay-area bike-share scheme: its docking stations with name, position, dock count, city and
-- installation date; minute-by-minute status of bikes and docks available at each station; trips with duration,
-- start and end time and station, bike number, subscriber or casual customer and zip code; daily weather per zip code
-- with temperatures, dew point, humidity, pressure, visibility, wind, gusts, rain, cloud cover and events), its
-- SQLite file as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/bike_1/bike_1.sqlite, commit
-- 999f5e4), converted by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema
-- bike_1; INTEGER -> integer, NUMERIC -> numeric, TEXT -> text (dates and times stay text as in the source, e.g.
-- '8/21/2015 17:03'); primary keys as declared (status and weather have none) and the one declared foreign key
-- (status.station_id -> station); trip's station ids declare none in the source. No comments in the source (its
-- "this should be removed" notes on trip's station-name columns are SQL comments, not kept). Licence: Spider is
-- CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows of station in values-bike_1.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bike_1;
CREATE TABLE bike_1.station (
    id integer NOT NULL,
    name text,
    lat numeric,
    long numeric,
    dock_count integer,
    city text,
    installation_date text,
    PRIMARY KEY (id)
);
CREATE TABLE bike_1.status (
    station_id integer,
    bikes_available integer,
    docks_available integer,
    time text
);
CREATE TABLE bike_1.trip (
    id integer NOT NULL,
    duration integer,
    start_date text,
    start_station_name text,
    start_station_id integer,
    end_date text,
    end_station_name text,
    end_station_id integer,
    bike_id integer,
    subscription_type text,
    zip_code integer,
    PRIMARY KEY (id)
);
CREATE TABLE bike_1.weather (
    date text,
    max_temperature_f integer,
    mean_temperature_f integer,
    min_temperature_f integer,
    max_dew_point_f integer,
    mean_dew_point_f integer,
    min_dew_point_f integer,
    max_humidity integer,
    mean_humidity integer,
    min_humidity integer,
    max_sea_level_pressure_inches numeric,
    mean_sea_level_pressure_inches numeric,
    min_sea_level_pressure_inches numeric,
    max_visibility_miles integer,
    mean_visibility_miles integer,
    min_visibility_miles integer,
    max_wind_speed_mph integer,
    mean_wind_speed_mph integer,
    max_gust_speed_mph integer,
    precipitation_inches integer,
    cloud_cover integer,
    events text,
    wind_dir_degrees integer,
    zip_code integer
);
ALTER TABLE bike_1.status ADD FOREIGN KEY (station_id) REFERENCES bike_1.station (id);
