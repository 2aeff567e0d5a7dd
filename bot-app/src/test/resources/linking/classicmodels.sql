-- MySQL's classicmodels sample database (mysqltutorial.org, "MySQL Sample Database classicmodels" version 3.1: a
-- retailer of scale models of classic cars, its offices, employees, customers, orders, payments and product lines):
-- tables, primary keys and foreign keys of schema classicmodels, no data. Read from mysqlsampledatabase.sql as
-- mirrored in github.com/hhorak/mysql-sample-db (commit 0799200), MySQL converted to PostgreSQL by a one-off script,
-- loaded with its rows into a scratch PostgreSQL and regenerated from its catalog. camelCase column names kept (quoted
-- identifiers such as "customerNumber", "MSRP"); int(11) -> integer, decimal -> numeric, mediumtext -> text,
-- mediumblob -> bytea; indexes and engine options left out. The source has no comments. The source states no licence
-- (mysqltutorial.org offers it as a free download; the mirror's repository states none either). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS classicmodels;
CREATE TABLE classicmodels.customers (
    "customerNumber" integer NOT NULL,
    "customerName" character varying(50) NOT NULL,
    "contactLastName" character varying(50) NOT NULL,
    "contactFirstName" character varying(50) NOT NULL,
    phone character varying(50) NOT NULL,
    "addressLine1" character varying(50) NOT NULL,
    "addressLine2" character varying(50),
    city character varying(50) NOT NULL,
    state character varying(50),
    "postalCode" character varying(15),
    country character varying(50) NOT NULL,
    "salesRepEmployeeNumber" integer,
    "creditLimit" numeric(10,2),
    PRIMARY KEY ("customerNumber")
);
CREATE TABLE classicmodels.employees (
    "employeeNumber" integer NOT NULL,
    "lastName" character varying(50) NOT NULL,
    "firstName" character varying(50) NOT NULL,
    extension character varying(10) NOT NULL,
    email character varying(100) NOT NULL,
    "officeCode" character varying(10) NOT NULL,
    "reportsTo" integer,
    "jobTitle" character varying(50) NOT NULL,
    PRIMARY KEY ("employeeNumber")
);
CREATE TABLE classicmodels.offices (
    "officeCode" character varying(10) NOT NULL,
    city character varying(50) NOT NULL,
    phone character varying(50) NOT NULL,
    "addressLine1" character varying(50) NOT NULL,
    "addressLine2" character varying(50),
    state character varying(50),
    country character varying(50) NOT NULL,
    "postalCode" character varying(15) NOT NULL,
    territory character varying(10) NOT NULL,
    PRIMARY KEY ("officeCode")
);
CREATE TABLE classicmodels.orderdetails (
    "orderNumber" integer NOT NULL,
    "productCode" character varying(15) NOT NULL,
    "quantityOrdered" integer NOT NULL,
    "priceEach" numeric(10,2) NOT NULL,
    "orderLineNumber" smallint NOT NULL,
    PRIMARY KEY ("orderNumber", "productCode")
);
CREATE TABLE classicmodels.orders (
    "orderNumber" integer NOT NULL,
    "orderDate" date NOT NULL,
    "requiredDate" date NOT NULL,
    "shippedDate" date,
    status character varying(15) NOT NULL,
    comments text,
    "customerNumber" integer NOT NULL,
    PRIMARY KEY ("orderNumber")
);
CREATE TABLE classicmodels.payments (
    "customerNumber" integer NOT NULL,
    "checkNumber" character varying(50) NOT NULL,
    "paymentDate" date NOT NULL,
    amount numeric(10,2) NOT NULL,
    PRIMARY KEY ("customerNumber", "checkNumber")
);
CREATE TABLE classicmodels.productlines (
    "productLine" character varying(50) NOT NULL,
    "textDescription" character varying(4000),
    "htmlDescription" text,
    image bytea,
    PRIMARY KEY ("productLine")
);
CREATE TABLE classicmodels.products (
    "productCode" character varying(15) NOT NULL,
    "productName" character varying(70) NOT NULL,
    "productLine" character varying(50) NOT NULL,
    "productScale" character varying(10) NOT NULL,
    "productVendor" character varying(50) NOT NULL,
    "productDescription" text NOT NULL,
    "quantityInStock" smallint NOT NULL,
    "buyPrice" numeric(10,2) NOT NULL,
    "MSRP" numeric(10,2) NOT NULL,
    PRIMARY KEY ("productCode")
);
ALTER TABLE classicmodels.customers ADD FOREIGN KEY ("salesRepEmployeeNumber") REFERENCES classicmodels.employees("employeeNumber");
ALTER TABLE classicmodels.employees ADD FOREIGN KEY ("reportsTo") REFERENCES classicmodels.employees("employeeNumber");
ALTER TABLE classicmodels.employees ADD FOREIGN KEY ("officeCode") REFERENCES classicmodels.offices("officeCode");
ALTER TABLE classicmodels.orderdetails ADD FOREIGN KEY ("orderNumber") REFERENCES classicmodels.orders("orderNumber");
ALTER TABLE classicmodels.orderdetails ADD FOREIGN KEY ("productCode") REFERENCES classicmodels.products("productCode");
ALTER TABLE classicmodels.orders ADD FOREIGN KEY ("customerNumber") REFERENCES classicmodels.customers("customerNumber");
ALTER TABLE classicmodels.payments ADD FOREIGN KEY ("customerNumber") REFERENCES classicmodels.customers("customerNumber");
ALTER TABLE classicmodels.products ADD FOREIGN KEY ("productLine") REFERENCES classicmodels.productlines("productLine");
