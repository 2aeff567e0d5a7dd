-- Spider's "products_gen_characteristics" (a shop's products, herbs, seeds and spices, with their colour and
-- category, typical buying and selling prices, the characteristics a product can have, each of a characteristic
-- type such as grade or purity, and the value each product has for a characteristic), its SQLite file as mirrored
-- in github.com/hyukkyukang/text2SQL (datasets/spider/database/products_gen_characteristics/
-- products_gen_characteristics.sqlite, commit 999f5e4), converted by a one-off script from the SQLite catalog,
-- loaded into a scratch PostgreSQL and regenerated from its catalog, schema products_gen_characteristics; names
-- lower-cased (Ref_Product_Categories -> ref_product_categories), INTEGER -> integer, VARCHAR(n) kept (the prices
-- are VARCHAR(20) in the source); product_characteristics has no primary key, as in the source; its five foreign
-- keys kept; no comments in the source. CC BY-SA 4.0 (Spider). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS products_gen_characteristics;
CREATE TABLE products_gen_characteristics.ref_characteristic_types (
    characteristic_type_code character varying(15) NOT NULL,
    characteristic_type_description character varying(80),
    PRIMARY KEY (characteristic_type_code)
);
CREATE TABLE products_gen_characteristics.ref_colors (
    color_code character varying(15) NOT NULL,
    color_description character varying(80),
    PRIMARY KEY (color_code)
);
CREATE TABLE products_gen_characteristics.ref_product_categories (
    product_category_code character varying(15) NOT NULL,
    product_category_description character varying(80),
    unit_of_measure character varying(20),
    PRIMARY KEY (product_category_code)
);
CREATE TABLE products_gen_characteristics.characteristics (
    characteristic_id integer NOT NULL,
    characteristic_type_code character varying(15) NOT NULL,
    characteristic_data_type character varying(10),
    characteristic_name character varying(80),
    other_characteristic_details character varying(255),
    PRIMARY KEY (characteristic_id)
);
CREATE TABLE products_gen_characteristics.products (
    product_id integer NOT NULL,
    color_code character varying(15) NOT NULL,
    product_category_code character varying(15) NOT NULL,
    product_name character varying(80),
    typical_buying_price character varying(20),
    typical_selling_price character varying(20),
    product_description character varying(255),
    other_product_details character varying(255),
    PRIMARY KEY (product_id)
);
CREATE TABLE products_gen_characteristics.product_characteristics (
    product_id integer NOT NULL,
    characteristic_id integer NOT NULL,
    product_characteristic_value character varying(50)
);
ALTER TABLE products_gen_characteristics.characteristics ADD CONSTRAINT characteristics_characteristic_type_code_fkey FOREIGN KEY (characteristic_type_code) REFERENCES products_gen_characteristics.ref_characteristic_types(characteristic_type_code);
ALTER TABLE products_gen_characteristics.product_characteristics ADD CONSTRAINT product_characteristics_characteristic_id_fkey FOREIGN KEY (characteristic_id) REFERENCES products_gen_characteristics.characteristics(characteristic_id);
ALTER TABLE products_gen_characteristics.product_characteristics ADD CONSTRAINT product_characteristics_product_id_fkey FOREIGN KEY (product_id) REFERENCES products_gen_characteristics.products(product_id);
ALTER TABLE products_gen_characteristics.products ADD CONSTRAINT products_color_code_fkey FOREIGN KEY (color_code) REFERENCES products_gen_characteristics.ref_colors(color_code);
ALTER TABLE products_gen_characteristics.products ADD CONSTRAINT products_product_category_code_fkey FOREIGN KEY (product_category_code) REFERENCES products_gen_characteristics.ref_product_categories(product_category_code);
