-- The Book Town database, the sample of the book "Practical PostgreSQL" (John Worsley and Joshua Drake, Command
-- Prompt, Inc., O'Reilly 2002): a small bookshop's books, authors, editions, publishers, subjects, stock, customers,
-- shipments and staff, beside the book's own exercise tables (backups, a to-do list, array and money examples),
-- as the dump booktown.sql is published in github.com/WDI-SEA/booktown (commit 07bd578): tables and keys of schema
-- booktown, no data. Loaded into a scratch PostgreSQL by a one-off script (its CREATE DATABASE, sequences, the
-- shipments id default and its four indexes, two unique ones, left out) and regenerated from the catalog: the 23
-- tables with their primary keys (10 tables; the other 13 have none). distinguished_authors INHERITS authors in the
-- source: here it is a plain table with the inherited columns id, last_name, first_name before its own award. The two
-- CHECK constraints (employees.id > 100; editions needs book_id and edition) are left out. The source declares no
-- foreign keys (books.author_id, editions.book_id, shipments.isbn... join by name only) and no comments.
-- The repository is under CC BY-NC-SA 4.0 (its LICENSE); the data is the book's sample. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS booktown;
CREATE TABLE booktown.alternate_stock (
    isbn text,
    cost numeric(5,2),
    retail numeric(5,2),
    stock integer
);
CREATE TABLE booktown.authors (
    id integer NOT NULL,
    last_name text,
    first_name text,
    PRIMARY KEY (id)
);
CREATE TABLE booktown.book_backup (
    id integer,
    title text,
    author_id integer,
    subject_id integer
);
CREATE TABLE booktown.book_queue (
    title text NOT NULL,
    author_id integer,
    subject_id integer,
    approved boolean
);
CREATE TABLE booktown.books (
    id integer NOT NULL,
    title text NOT NULL,
    author_id integer,
    subject_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE booktown.customers (
    id integer NOT NULL,
    last_name text,
    first_name text,
    PRIMARY KEY (id)
);
CREATE TABLE booktown.daily_inventory (
    isbn text,
    is_stocked boolean
);
CREATE TABLE booktown.distinguished_authors (
    id integer NOT NULL,
    last_name text,
    first_name text,
    award text
);
CREATE TABLE booktown.editions (
    isbn text NOT NULL,
    book_id integer,
    edition integer,
    publisher_id integer,
    publication date,
    type character(1),
    PRIMARY KEY (isbn)
);
CREATE TABLE booktown.employees (
    id integer NOT NULL,
    last_name text NOT NULL,
    first_name text,
    PRIMARY KEY (id)
);
CREATE TABLE booktown.favorite_authors (
    employee_id integer,
    authors_and_titles text[]
);
CREATE TABLE booktown.favorite_books (
    employee_id integer,
    books text[]
);
CREATE TABLE booktown.money_example (
    money_cash money,
    numeric_cash numeric(6,2)
);
CREATE TABLE booktown.my_list (
    todos text
);
CREATE TABLE booktown.numeric_values (
    num numeric(30,6)
);
CREATE TABLE booktown.publishers (
    id integer NOT NULL,
    name text,
    address text,
    PRIMARY KEY (id)
);
CREATE TABLE booktown.schedules (
    employee_id integer NOT NULL,
    schedule text,
    PRIMARY KEY (employee_id)
);
CREATE TABLE booktown.shipments (
    id integer NOT NULL,
    customer_id integer,
    isbn text,
    ship_date timestamp with time zone
);
CREATE TABLE booktown.states (
    id integer NOT NULL,
    name text,
    abbreviation character(2),
    PRIMARY KEY (id)
);
CREATE TABLE booktown.stock (
    isbn text NOT NULL,
    cost numeric(5,2),
    retail numeric(5,2),
    stock integer,
    PRIMARY KEY (isbn)
);
CREATE TABLE booktown.stock_backup (
    isbn text,
    cost numeric(5,2),
    retail numeric(5,2),
    stock integer
);
CREATE TABLE booktown.subjects (
    id integer NOT NULL,
    subject text,
    location text,
    PRIMARY KEY (id)
);
CREATE TABLE booktown.text_sorting (
    letter character(1)
);
