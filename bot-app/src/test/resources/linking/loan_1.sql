-- Spider's loan_1 (a small bank's branches with their city, state and customer count, its customers with account
-- type, balance, number of loans, credit score and home branch, and the loans they took: type, branch, amount), from
-- the public Spider mirror github.com/hyukkyukang/text2SQL (datasets/spider/database/loan_1/loan_1.sqlite, commit
-- 999f5e4; Spider, CC BY-SA 4.0). Converted by hand from the SQLite file's CREATE TABLE statements, schema loan_1:
-- names lower-cased (branch_ID -> branch_id, cust_ID -> cust_id, loan_ID -> loan_id), int -> integer; the declared
-- varchar(n)/char(1) lengths widened to text because the file's own rows do not fit them (acc_type char(1) holds
-- 'saving', city varchar(10) holds 'New York City'); loan.branch_id is varchar(3) in the source but references the
-- integer bank.branch_id, so it is integer here for the foreign key to load. Primary and foreign keys as declared.
-- No comments in the source. Rows in values-loan_1.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS loan_1;
CREATE TABLE loan_1.bank (
    branch_id integer PRIMARY KEY,
    bname text,
    no_of_customers integer,
    city text,
    state text
);
CREATE TABLE loan_1.customer (
    cust_id text PRIMARY KEY,
    cust_name text,
    acc_type text,
    acc_bal integer,
    no_of_loans integer,
    credit_score integer,
    branch_id integer REFERENCES loan_1.bank (branch_id),
    state text
);
CREATE TABLE loan_1.loan (
    loan_id text PRIMARY KEY,
    loan_type text,
    cust_id text REFERENCES loan_1.customer (cust_id),
    branch_id integer REFERENCES loan_1.bank (branch_id),
    amount integer
);
