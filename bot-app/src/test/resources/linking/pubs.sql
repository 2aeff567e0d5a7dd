-- Microsoft's "pubs" sample database (a book publisher's titles, authors, royalties, stores and sales, first shipped
-- with SQL Server), its install script samples/databases/northwind-pubs/instpubs.sql of Microsoft's
-- sql-server-samples, read from the public copy github.com/sifriger-msft/sql-server-samples (commit 0c98d03; MIT,
-- Copyright Microsoft Corporation): T-SQL converted to PostgreSQL by a one-off script, loaded into a scratch
-- PostgreSQL and regenerated from its catalog, schema pubs: the 11 tables with their columns, types, primary keys
-- and the 10 foreign keys the script declares. The user types id, tid and empid → their base types varchar(11),
-- varchar(6) and char(9) (NOT NULL, as the types declare); money → numeric(19,4), bit → boolean, tinyint →
-- smallint, datetime → timestamp, image → bytea, dec → numeric; IDENTITY, defaults, CHECK constraints, indexes, the
-- titleview view, the employee_insupd trigger and the reptq/byroyalty procedures left out. The script declares no
-- comments. Its rows are in values-pubs.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA pubs;
CREATE TABLE pubs.authors (
    au_id character varying(11) NOT NULL,
    au_lname character varying(40) NOT NULL,
    au_fname character varying(20) NOT NULL,
    phone character(12) NOT NULL,
    address character varying(40),
    city character varying(20),
    state character(2),
    zip character(5),
    contract boolean NOT NULL,
    PRIMARY KEY (au_id)
);
CREATE TABLE pubs.discounts (
    discounttype character varying(40) NOT NULL,
    stor_id character(4),
    lowqty smallint,
    highqty smallint,
    discount numeric(4,2) NOT NULL
);
CREATE TABLE pubs.employee (
    emp_id character(9) NOT NULL,
    fname character varying(20) NOT NULL,
    minit character(1),
    lname character varying(30) NOT NULL,
    job_id smallint NOT NULL,
    job_lvl smallint,
    pub_id character(4) NOT NULL,
    hire_date timestamp without time zone NOT NULL,
    PRIMARY KEY (emp_id)
);
CREATE TABLE pubs.jobs (
    job_id smallint NOT NULL,
    job_desc character varying(50) NOT NULL,
    min_lvl smallint NOT NULL,
    max_lvl smallint NOT NULL,
    PRIMARY KEY (job_id)
);
CREATE TABLE pubs.pub_info (
    pub_id character(4) NOT NULL,
    logo bytea,
    pr_info text,
    PRIMARY KEY (pub_id)
);
CREATE TABLE pubs.publishers (
    pub_id character(4) NOT NULL,
    pub_name character varying(40),
    city character varying(20),
    state character(2),
    country character varying(30),
    PRIMARY KEY (pub_id)
);
CREATE TABLE pubs.roysched (
    title_id character varying(6) NOT NULL,
    lorange integer,
    hirange integer,
    royalty integer
);
CREATE TABLE pubs.sales (
    stor_id character(4) NOT NULL,
    ord_num character varying(20) NOT NULL,
    ord_date timestamp without time zone NOT NULL,
    qty smallint NOT NULL,
    payterms character varying(12) NOT NULL,
    title_id character varying(6) NOT NULL,
    PRIMARY KEY (stor_id, ord_num, title_id)
);
CREATE TABLE pubs.stores (
    stor_id character(4) NOT NULL,
    stor_name character varying(40),
    stor_address character varying(40),
    city character varying(20),
    state character(2),
    zip character(5),
    PRIMARY KEY (stor_id)
);
CREATE TABLE pubs.titleauthor (
    au_id character varying(11) NOT NULL,
    title_id character varying(6) NOT NULL,
    au_ord smallint,
    royaltyper integer,
    PRIMARY KEY (au_id, title_id)
);
CREATE TABLE pubs.titles (
    title_id character varying(6) NOT NULL,
    title character varying(80) NOT NULL,
    type character(12) NOT NULL,
    pub_id character(4),
    price numeric(19,4),
    advance numeric(19,4),
    royalty integer,
    ytd_sales integer,
    notes character varying(200),
    pubdate timestamp without time zone NOT NULL,
    PRIMARY KEY (title_id)
);
ALTER TABLE pubs.discounts ADD CONSTRAINT discounts_stor_id_fkey FOREIGN KEY (stor_id) REFERENCES pubs.stores(stor_id);
ALTER TABLE pubs.employee ADD CONSTRAINT employee_job_id_fkey FOREIGN KEY (job_id) REFERENCES pubs.jobs(job_id);
ALTER TABLE pubs.employee ADD CONSTRAINT employee_pub_id_fkey FOREIGN KEY (pub_id) REFERENCES pubs.publishers(pub_id);
ALTER TABLE pubs.pub_info ADD CONSTRAINT pub_info_pub_id_fkey FOREIGN KEY (pub_id) REFERENCES pubs.publishers(pub_id);
ALTER TABLE pubs.roysched ADD CONSTRAINT roysched_title_id_fkey FOREIGN KEY (title_id) REFERENCES pubs.titles(title_id);
ALTER TABLE pubs.sales ADD CONSTRAINT sales_stor_id_fkey FOREIGN KEY (stor_id) REFERENCES pubs.stores(stor_id);
ALTER TABLE pubs.sales ADD CONSTRAINT sales_title_id_fkey FOREIGN KEY (title_id) REFERENCES pubs.titles(title_id);
ALTER TABLE pubs.titleauthor ADD CONSTRAINT titleauthor_au_id_fkey FOREIGN KEY (au_id) REFERENCES pubs.authors(au_id);
ALTER TABLE pubs.titleauthor ADD CONSTRAINT titleauthor_title_id_fkey FOREIGN KEY (title_id) REFERENCES pubs.titles(title_id);
ALTER TABLE pubs.titles ADD CONSTRAINT titles_pub_id_fkey FOREIGN KEY (pub_id) REFERENCES pubs.publishers(pub_id);
