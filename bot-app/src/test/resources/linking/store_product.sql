-- Spider's "store_product" (a chain's stores with their type, floor area, number of product categories and ranking;
-- the districts they sit in with their headquarters city, its population and area; the document scanners sold,
-- with dimensions, resolution, colour pages per minute, largest page size and interface; which store carries which
-- scanner and which district each store is in), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/store_product/store_product.sqlite, commit 999f5e4), converted by a one-off script from
-- the SQLite catalog (pragma table_info, foreign_key_list), schema store_product; names lower-cased, int -> integer,
-- real -> double precision, text kept; primary keys and the 4 foreign keys as declared. No comments in the source.
-- Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in
-- values-store_product.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS store_product;
CREATE TABLE store_product.product (
    product_id integer NOT NULL,
    product text,
    dimensions text,
    dpi double precision,
    pages_per_minute_color double precision,
    max_page_size text,
    interface text,
    PRIMARY KEY (product_id)
);
CREATE TABLE store_product.store (
    store_id integer NOT NULL,
    store_name text,
    "type" text,
    area_size double precision,
    number_of_product_category double precision,
    ranking integer,
    PRIMARY KEY (store_id)
);
CREATE TABLE store_product.district (
    district_id integer NOT NULL,
    district_name text,
    headquartered_city text,
    city_population double precision,
    city_area double precision,
    PRIMARY KEY (district_id)
);
CREATE TABLE store_product.store_product (
    store_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (store_id, product_id),
    FOREIGN KEY (product_id) REFERENCES store_product.product (product_id),
    FOREIGN KEY (store_id) REFERENCES store_product.store (store_id)
);
CREATE TABLE store_product.store_district (
    store_id integer NOT NULL,
    district_id integer,
    PRIMARY KEY (store_id),
    FOREIGN KEY (district_id) REFERENCES store_product.district (district_id),
    FOREIGN KEY (store_id) REFERENCES store_product.store (store_id)
);
