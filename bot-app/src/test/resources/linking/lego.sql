-- The Rebrickable LEGO database (rebrickable.com/downloads: the daily CSV exports of LEGO sets, themes, parts, colours,
-- minifigures and inventories; free to use under Rebrickable's terms for the downloads, we use the schema's facts):
-- tables and keys of schema lego, no data. The 12 tables, their columns, keys and foreign keys as
-- github.com/ojuuji/rb.db (MIT) declares them for the CSV files imported unmodified (schema/rb_tables.sql), loaded
-- into a scratch PostgreSQL and regenerated from its catalog. Converted: SQLite INTEGER -> integer, TEXT -> text, the
-- 0/1 flags is_trans and is_spare -> boolean (the CSV files write them t/f). Left out: its CHECK constraints and its
-- technical set_nums table, so inventories.set_num, which holds either a set number or a minifigure's fig_num, has no
-- foreign key. The source declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS lego;
CREATE TABLE lego.colors (
    id integer NOT NULL,
    name text NOT NULL,
    rgb text NOT NULL,
    is_trans boolean NOT NULL,
    num_parts integer NOT NULL,
    num_sets integer NOT NULL,
    y1 integer,
    y2 integer,
    PRIMARY KEY (id)
);
CREATE TABLE lego.elements (
    element_id integer NOT NULL,
    part_num text NOT NULL,
    color_id integer NOT NULL,
    design_id integer,
    PRIMARY KEY (element_id)
);
CREATE TABLE lego.inventories (
    id integer NOT NULL,
    version integer NOT NULL,
    set_num text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lego.inventory_minifigs (
    inventory_id integer NOT NULL,
    fig_num text NOT NULL,
    quantity integer NOT NULL
);
CREATE TABLE lego.inventory_parts (
    inventory_id integer NOT NULL,
    part_num text NOT NULL,
    color_id integer NOT NULL,
    quantity integer NOT NULL,
    is_spare boolean NOT NULL,
    img_url text
);
CREATE TABLE lego.inventory_sets (
    inventory_id integer NOT NULL,
    set_num text NOT NULL,
    quantity integer NOT NULL
);
CREATE TABLE lego.minifigs (
    fig_num text NOT NULL,
    name text NOT NULL,
    num_parts integer NOT NULL,
    img_url text NOT NULL,
    PRIMARY KEY (fig_num)
);
CREATE TABLE lego.part_categories (
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE lego.part_relationships (
    rel_type text NOT NULL,
    child_part_num text NOT NULL,
    parent_part_num text NOT NULL
);
CREATE TABLE lego.parts (
    part_num text NOT NULL,
    name text NOT NULL,
    part_cat_id integer NOT NULL,
    part_material text NOT NULL,
    PRIMARY KEY (part_num)
);
CREATE TABLE lego.sets (
    set_num text NOT NULL,
    name text NOT NULL,
    year integer NOT NULL,
    theme_id integer NOT NULL,
    num_parts integer NOT NULL,
    img_url text NOT NULL,
    PRIMARY KEY (set_num)
);
CREATE TABLE lego.themes (
    id integer NOT NULL,
    name text NOT NULL,
    parent_id integer,
    PRIMARY KEY (id)
);
ALTER TABLE lego.elements ADD FOREIGN KEY (color_id) REFERENCES lego.colors (id);
ALTER TABLE lego.elements ADD FOREIGN KEY (part_num) REFERENCES lego.parts (part_num);
ALTER TABLE lego.inventory_minifigs ADD FOREIGN KEY (fig_num) REFERENCES lego.minifigs (fig_num);
ALTER TABLE lego.inventory_minifigs ADD FOREIGN KEY (inventory_id) REFERENCES lego.inventories (id);
ALTER TABLE lego.inventory_parts ADD FOREIGN KEY (color_id) REFERENCES lego.colors (id);
ALTER TABLE lego.inventory_parts ADD FOREIGN KEY (inventory_id) REFERENCES lego.inventories (id);
ALTER TABLE lego.inventory_parts ADD FOREIGN KEY (part_num) REFERENCES lego.parts (part_num);
ALTER TABLE lego.inventory_sets ADD FOREIGN KEY (inventory_id) REFERENCES lego.inventories (id);
ALTER TABLE lego.inventory_sets ADD FOREIGN KEY (set_num) REFERENCES lego.sets (set_num);
ALTER TABLE lego.part_relationships ADD FOREIGN KEY (child_part_num) REFERENCES lego.parts (part_num);
ALTER TABLE lego.part_relationships ADD FOREIGN KEY (parent_part_num) REFERENCES lego.parts (part_num);
ALTER TABLE lego.parts ADD FOREIGN KEY (part_cat_id) REFERENCES lego.part_categories (id);
ALTER TABLE lego.sets ADD FOREIGN KEY (theme_id) REFERENCES lego.themes (id);
ALTER TABLE lego.themes ADD FOREIGN KEY (parent_id) REFERENCES lego.themes (id);
