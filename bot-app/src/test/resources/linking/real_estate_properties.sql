-- The Spider text-to-SQL benchmark's "real_estate_properties" database (Yu et al., EMNLP 2018,
-- yale-lily.github.io/spider; CC BY-SA 4.0): property types and feature types (lookups), the available extra
-- features (air conditioning, pool, burglar alarm), properties with type, dates on the market and sold, name,
-- address, room count, the vendor's asked, the buyer's offered and the agreed selling price and per-type feature
-- columns, and which extra features each property has. Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/real_estate_properties/real_estate_properties.sqlite,
-- commit 999f5e4), turned into PostgreSQL by a one-off script from its catalog (PRAGMA table_info /
-- foreign_key_list), loaded into a scratch PostgreSQL and checked there: the 5 tables with their 4 primary keys
-- (other_property_features has none in the file) and the 4 foreign keys the file declares, schema
-- real_estate_properties; names lower-cased, INTEGER -> integer, VARCHAR(n) -> character varying(n), DECIMAL(19,4)
-- -> numeric(19,4), DATETIME -> timestamp without time zone. Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS real_estate_properties;
CREATE TABLE real_estate_properties.ref_feature_types (
    feature_type_code character varying(20) NOT NULL,
    feature_type_name character varying(80),
    PRIMARY KEY (feature_type_code)
);
CREATE TABLE real_estate_properties.ref_property_types (
    property_type_code character varying(20) NOT NULL,
    property_type_description character varying(80),
    PRIMARY KEY (property_type_code)
);
CREATE TABLE real_estate_properties.other_available_features (
    feature_id integer NOT NULL,
    feature_type_code character varying(20) NOT NULL,
    feature_name character varying(80),
    feature_description character varying(80),
    PRIMARY KEY (feature_id),
    FOREIGN KEY (feature_type_code) REFERENCES real_estate_properties.ref_feature_types (feature_type_code)
);
CREATE TABLE real_estate_properties.properties (
    property_id integer NOT NULL,
    property_type_code character varying(20) NOT NULL,
    date_on_market timestamp without time zone,
    date_sold timestamp without time zone,
    property_name character varying(80),
    property_address character varying(255),
    room_count integer,
    vendor_requested_price numeric(19,4),
    buyer_offered_price numeric(19,4),
    agreed_selling_price numeric(19,4),
    apt_feature_1 character varying(255),
    apt_feature_2 character varying(255),
    apt_feature_3 character varying(255),
    fld_feature_1 character varying(255),
    fld_feature_2 character varying(255),
    fld_feature_3 character varying(255),
    hse_feature_1 character varying(255),
    hse_feature_2 character varying(255),
    hse_feature_3 character varying(255),
    oth_feature_1 character varying(255),
    oth_feature_2 character varying(255),
    oth_feature_3 character varying(255),
    shp_feature_1 character varying(255),
    shp_feature_2 character varying(255),
    shp_feature_3 character varying(255),
    other_property_details character varying(255),
    PRIMARY KEY (property_id),
    FOREIGN KEY (property_type_code) REFERENCES real_estate_properties.ref_property_types (property_type_code)
);
CREATE TABLE real_estate_properties.other_property_features (
    property_id integer NOT NULL,
    feature_id integer NOT NULL,
    property_feature_description character varying(80),
    FOREIGN KEY (property_id) REFERENCES real_estate_properties.properties (property_id),
    FOREIGN KEY (feature_id) REFERENCES real_estate_properties.other_available_features (feature_id)
);
