-- The Dell DVD Store 2.1 (github.com/dvdstore/ds21, commit 841f945, ds2/pgsqlds2/build: pgsqlds2_create_tbl.sql and
-- pgsqlds2_create_ind.sql; by Dave Jaffe and Todd Muirhead, "Copyright (C) 2011 Vmware, Inc.", GPL-2.0), the online
-- DVD shop benchmark whose PostgreSQL port was published on pgFoundry as the "dellstore2" sample: tables and keys of
-- schema dvdstore, no data. Its build scripts were loaded unchanged into a scratch PostgreSQL (unquoted upper-case
-- names folded to lower case) and regenerated from the catalog: the 8 tables with their primary keys and the 3
-- foreign keys the index script declares (order history and orders to customers, order lines to orders); serial
-- columns are integer here; defaults, indexes (unique ones included), ON DELETE actions and the fill factor are left
-- out. products.category, orderlines.prod_id, inventory.prod_id, reorder.prod_id and cust_hist.prod_id have no
-- foreign key in the source. The source declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS dvdstore;
CREATE TABLE dvdstore.categories (
    category integer NOT NULL,
    categoryname character varying(50) NOT NULL,
    PRIMARY KEY (category)
);
CREATE TABLE dvdstore.cust_hist (
    customerid integer NOT NULL,
    orderid integer NOT NULL,
    prod_id integer NOT NULL
);
CREATE TABLE dvdstore.customers (
    customerid integer NOT NULL,
    firstname character varying(50) NOT NULL,
    lastname character varying(50) NOT NULL,
    address1 character varying(50) NOT NULL,
    address2 character varying(50),
    city character varying(50) NOT NULL,
    state character varying(50),
    zip character varying(9),
    country character varying(50) NOT NULL,
    region smallint NOT NULL,
    email character varying(50),
    phone character varying(50),
    creditcardtype integer NOT NULL,
    creditcard character varying(50) NOT NULL,
    creditcardexpiration character varying(50) NOT NULL,
    username character varying(50) NOT NULL,
    password character varying(50) NOT NULL,
    age smallint,
    income integer,
    gender character varying(1),
    PRIMARY KEY (customerid)
);
CREATE TABLE dvdstore.inventory (
    prod_id integer NOT NULL,
    quan_in_stock integer NOT NULL,
    sales integer NOT NULL,
    PRIMARY KEY (prod_id)
);
CREATE TABLE dvdstore.orderlines (
    orderlineid smallint NOT NULL,
    orderid integer NOT NULL,
    prod_id integer NOT NULL,
    quantity smallint NOT NULL,
    orderdate date NOT NULL
);
CREATE TABLE dvdstore.orders (
    orderid integer NOT NULL,
    orderdate date NOT NULL,
    customerid integer,
    netamount numeric NOT NULL,
    tax numeric NOT NULL,
    totalamount numeric NOT NULL,
    PRIMARY KEY (orderid)
);
CREATE TABLE dvdstore.products (
    prod_id integer NOT NULL,
    category smallint NOT NULL,
    title text NOT NULL,
    actor text NOT NULL,
    price numeric NOT NULL,
    special smallint,
    common_prod_id integer NOT NULL,
    PRIMARY KEY (prod_id)
);
CREATE TABLE dvdstore.reorder (
    prod_id integer NOT NULL,
    date_low date NOT NULL,
    quan_low integer NOT NULL,
    date_reordered date,
    quan_reordered integer,
    date_expected date
);
ALTER TABLE dvdstore.cust_hist ADD CONSTRAINT fk_cust_hist_customerid FOREIGN KEY (customerid) REFERENCES dvdstore.customers(customerid);
ALTER TABLE dvdstore.orderlines ADD CONSTRAINT fk_orderid FOREIGN KEY (orderid) REFERENCES dvdstore.orders(orderid);
ALTER TABLE dvdstore.orders ADD CONSTRAINT fk_customerid FOREIGN KEY (customerid) REFERENCES dvdstore.customers(customerid);
