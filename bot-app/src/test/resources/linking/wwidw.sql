-- Wide World Importers DW, Microsoft's SQL Server 2016 data-warehouse sample (WideWorldImportersDW: the star schema
-- the wholesale novelty-goods importer's ETL fills from its OLTP database, with city, customer, date, employee,
-- payment method, stock item, supplier and transaction type dimensions, movement, order, purchase, sale, stock
-- holding and transaction facts, and the ETL's staging, lineage and cutoff tables), read from the SSDT project of its
-- sources (`wwi-dw-ssdt/wwi-dw-ssdt/<Schema>/Tables/*.sql`, samples/databases/wide-world-importers) in the fork
-- github.com/sifriger-msft/sql-server-samples of microsoft/sql-server-samples (commit 0c98d036; its Date dimension
-- is the extended one with fiscal, ISO-week and label columns), T-SQL converted to PostgreSQL by a one-off script,
-- loaded into a scratch PostgreSQL and checked there: all 30 tables of its schemas "Dimension" (8), "Fact" (6),
-- "Integration" (15) and "dbo" (SampleVersion) with their names as in the source (spaces kept, quoted identifiers
-- such as "Dimension"."Stock Item"."Stock Item Key"), primary keys, the 29 foreign keys the project declares (facts to
-- dimensions; none from the staging tables) and its extended-property descriptions as COMMENT ON TABLE/COLUMN (203).
-- Types: int -> integer, bit -> boolean, nvarchar(n) -> varchar(n), nvarchar(max) -> text, sysname -> varchar(128),
-- decimal -> numeric, datetime2 -> timestamp, varbinary -> bytea, geography -> text. Left out: defaults and
-- sequences, UNIQUE and CHECK constraints, indexes, partitioning, columnstore and memory-optimised options,
-- procedures and functions. No rows: the warehouse is filled by its ETL from the OLTP database (the date dimension
-- by a procedure). Licence: MIT (Microsoft, sql-server-samples). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS "Dimension";
CREATE SCHEMA IF NOT EXISTS "Fact";
CREATE SCHEMA IF NOT EXISTS "Integration";
CREATE SCHEMA IF NOT EXISTS "dbo";
CREATE TABLE "Dimension"."City" (
    "City Key" integer NOT NULL,
    "WWI City ID" integer NOT NULL,
    "City" varchar(50) NOT NULL,
    "State Province" varchar(50) NOT NULL,
    "Country" varchar(60) NOT NULL,
    "Continent" varchar(30) NOT NULL,
    "Sales Territory" varchar(50) NOT NULL,
    "Region" varchar(30) NOT NULL,
    "Subregion" varchar(30) NOT NULL,
    "Location" text,
    "Latest Recorded Population" bigint NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("City Key")
);
CREATE TABLE "Dimension"."Customer" (
    "Customer Key" integer NOT NULL,
    "WWI Customer ID" integer NOT NULL,
    "Customer" varchar(100) NOT NULL,
    "Bill To Customer" varchar(100) NOT NULL,
    "Category" varchar(50) NOT NULL,
    "Buying Group" varchar(50) NOT NULL,
    "Primary Contact" varchar(50) NOT NULL,
    "Postal Code" varchar(10) NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Customer Key")
);
CREATE TABLE "Dimension"."Date" (
    "Date" date NOT NULL,
    "DateKey" integer NOT NULL,
    "Day Number" integer NOT NULL,
    "Day" varchar(10) NOT NULL,
    "Day of Year" varchar(5) NOT NULL,
    "Day of Year Number" integer NOT NULL,
    "Day of Week" varchar(20) NOT NULL,
    "Day of Week Number" integer NOT NULL,
    "Week of Year" varchar(5) NOT NULL,
    "Month" varchar(10) NOT NULL,
    "Short Month" varchar(3) NOT NULL,
    "Quarter" varchar(2) NOT NULL,
    "Half of Year" varchar(3) NOT NULL,
    "Beginning of Month" date NOT NULL,
    "Beginning of Quarter" date NOT NULL,
    "Beginning of Half Year" date NOT NULL,
    "Beginning of Year" date NOT NULL,
    "Beginning of Month Label" varchar(40) NOT NULL,
    "Beginning of Month Label Short" varchar(40) NOT NULL,
    "Beginning of Quarter Label" varchar(40) NOT NULL,
    "Beginning of Quarter Label Short" varchar(40) NOT NULL,
    "Beginning of Half Year Label" varchar(40) NOT NULL,
    "Beginning of Half Year Label Short" varchar(40) NOT NULL,
    "Beginning of Year Label" varchar(40) NOT NULL,
    "Beginning of Year Label Short" varchar(40) NOT NULL,
    "Calendar Day Label" varchar(20) NOT NULL,
    "Calendar Day Label Short" varchar(20) NOT NULL,
    "Calendar Week Number" integer NOT NULL,
    "Calendar Week Label" varchar(20) NOT NULL,
    "Calendar Month Number" integer NOT NULL,
    "Calendar Month Label" varchar(20) NOT NULL,
    "Calendar Month Year Label" varchar(20) NOT NULL,
    "Calendar Quarter Number" integer NOT NULL,
    "Calendar Quarter Label" varchar(20) NOT NULL,
    "Calendar Quarter Year Label" varchar(20) NOT NULL,
    "Calendar Half of Year Number" integer NOT NULL,
    "Calendar Half of Year Label" varchar(20) NOT NULL,
    "Calendar Year Half of Year Label" varchar(20) NOT NULL,
    "Calendar Year" integer NOT NULL,
    "Calendar Year Label" varchar(10) NOT NULL,
    "Fiscal Month Number" integer NOT NULL,
    "Fiscal Month Label" varchar(20) NOT NULL,
    "Fiscal Quarter Number" integer NOT NULL,
    "Fiscal Quarter Label" varchar(20) NOT NULL,
    "Fiscal Half of Year Number" integer NOT NULL,
    "Fiscal Half of Year Label" varchar(20) NOT NULL,
    "Fiscal Year" integer NOT NULL,
    "Fiscal Year Label" varchar(10) NOT NULL,
    "Date Key" integer NOT NULL,
    "Year Week Key" integer NOT NULL,
    "Year Month Key" integer NOT NULL,
    "Year Quarter Key" integer NOT NULL,
    "Year Half of Year Key" integer NOT NULL,
    "Year Key" integer NOT NULL,
    "Beginning of Month Key" integer NOT NULL,
    "Beginning of Quarter Key" integer NOT NULL,
    "Beginning of Half Year Key" integer NOT NULL,
    "Beginning of Year Key" integer NOT NULL,
    "Fiscal Year Month Key" integer NOT NULL,
    "Fiscal Year Quarter Key" integer NOT NULL,
    "Fiscal Year Half of Year Key" integer NOT NULL,
    "ISO Week Number" integer NOT NULL,
    PRIMARY KEY ("Date")
);
CREATE TABLE "Dimension"."Employee" (
    "Employee Key" integer NOT NULL,
    "WWI Employee ID" integer NOT NULL,
    "Employee" varchar(50) NOT NULL,
    "Preferred Name" varchar(50) NOT NULL,
    "Is Salesperson" boolean NOT NULL,
    "Photo" bytea,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Employee Key")
);
CREATE TABLE "Dimension"."Payment Method" (
    "Payment Method Key" integer NOT NULL,
    "WWI Payment Method ID" integer NOT NULL,
    "Payment Method" varchar(50) NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Payment Method Key")
);
CREATE TABLE "Dimension"."Stock Item" (
    "Stock Item Key" integer NOT NULL,
    "WWI Stock Item ID" integer NOT NULL,
    "Stock Item" varchar(100) NOT NULL,
    "Color" varchar(20) NOT NULL,
    "Selling Package" varchar(50) NOT NULL,
    "Buying Package" varchar(50) NOT NULL,
    "Brand" varchar(50) NOT NULL,
    "Size" varchar(20) NOT NULL,
    "Lead Time Days" integer NOT NULL,
    "Quantity Per Outer" integer NOT NULL,
    "Is Chiller Stock" boolean NOT NULL,
    "Barcode" varchar(50),
    "Tax Rate" numeric(18,3) NOT NULL,
    "Unit Price" numeric(18,2) NOT NULL,
    "Recommended Retail Price" numeric(18,2),
    "Typical Weight Per Unit" numeric(18,3) NOT NULL,
    "Photo" bytea,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Stock Item Key")
);
CREATE TABLE "Dimension"."Supplier" (
    "Supplier Key" integer NOT NULL,
    "WWI Supplier ID" integer NOT NULL,
    "Supplier" varchar(100) NOT NULL,
    "Category" varchar(50) NOT NULL,
    "Primary Contact" varchar(50) NOT NULL,
    "Supplier Reference" varchar(20),
    "Payment Days" integer NOT NULL,
    "Postal Code" varchar(10) NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Supplier Key")
);
CREATE TABLE "Dimension"."Transaction Type" (
    "Transaction Type Key" integer NOT NULL,
    "WWI Transaction Type ID" integer NOT NULL,
    "Transaction Type" varchar(50) NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Transaction Type Key")
);
CREATE TABLE "Fact"."Movement" (
    "Movement Key" bigint NOT NULL,
    "Date Key" date NOT NULL,
    "Stock Item Key" integer NOT NULL,
    "Customer Key" integer,
    "Supplier Key" integer,
    "Transaction Type Key" integer NOT NULL,
    "WWI Stock Item Transaction ID" integer NOT NULL,
    "WWI Invoice ID" integer,
    "WWI Purchase Order ID" integer,
    "Quantity" integer NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Movement Key", "Date Key")
);
CREATE TABLE "Fact"."Order" (
    "Order Key" bigint NOT NULL,
    "City Key" integer NOT NULL,
    "Customer Key" integer NOT NULL,
    "Stock Item Key" integer NOT NULL,
    "Order Date Key" date NOT NULL,
    "Picked Date Key" date,
    "Salesperson Key" integer NOT NULL,
    "Picker Key" integer,
    "WWI Order ID" integer NOT NULL,
    "WWI Backorder ID" integer,
    "Description" varchar(100) NOT NULL,
    "Package" varchar(50) NOT NULL,
    "Quantity" integer NOT NULL,
    "Unit Price" numeric(18,2) NOT NULL,
    "Tax Rate" numeric(18,3) NOT NULL,
    "Total Excluding Tax" numeric(18,2) NOT NULL,
    "Tax Amount" numeric(18,2) NOT NULL,
    "Total Including Tax" numeric(18,2) NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Order Key", "Order Date Key")
);
CREATE TABLE "Fact"."Purchase" (
    "Purchase Key" bigint NOT NULL,
    "Date Key" date NOT NULL,
    "Supplier Key" integer NOT NULL,
    "Stock Item Key" integer NOT NULL,
    "WWI Purchase Order ID" integer,
    "Ordered Outers" integer NOT NULL,
    "Ordered Quantity" integer NOT NULL,
    "Received Outers" integer NOT NULL,
    "Package" varchar(50) NOT NULL,
    "Is Order Finalized" boolean NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Purchase Key", "Date Key")
);
CREATE TABLE "Fact"."Sale" (
    "Sale Key" bigint NOT NULL,
    "City Key" integer NOT NULL,
    "Customer Key" integer NOT NULL,
    "Bill To Customer Key" integer NOT NULL,
    "Stock Item Key" integer NOT NULL,
    "Invoice Date Key" date NOT NULL,
    "Delivery Date Key" date,
    "Salesperson Key" integer NOT NULL,
    "WWI Invoice ID" integer NOT NULL,
    "Description" varchar(100) NOT NULL,
    "Package" varchar(50) NOT NULL,
    "Quantity" integer NOT NULL,
    "Unit Price" numeric(18,2) NOT NULL,
    "Tax Rate" numeric(18,3) NOT NULL,
    "Total Excluding Tax" numeric(18,2) NOT NULL,
    "Tax Amount" numeric(18,2) NOT NULL,
    "Profit" numeric(18,2) NOT NULL,
    "Total Including Tax" numeric(18,2) NOT NULL,
    "Total Dry Items" integer NOT NULL,
    "Total Chiller Items" integer NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Sale Key", "Invoice Date Key")
);
CREATE TABLE "Fact"."Stock Holding" (
    "Stock Holding Key" bigint NOT NULL,
    "Stock Item Key" integer NOT NULL,
    "Quantity On Hand" integer NOT NULL,
    "Bin Location" varchar(20) NOT NULL,
    "Last Stocktake Quantity" integer NOT NULL,
    "Last Cost Price" numeric(18,2) NOT NULL,
    "Reorder Level" integer NOT NULL,
    "Target Stock Level" integer NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Stock Holding Key")
);
CREATE TABLE "Fact"."Transaction" (
    "Transaction Key" bigint NOT NULL,
    "Date Key" date NOT NULL,
    "Customer Key" integer,
    "Bill To Customer Key" integer,
    "Supplier Key" integer,
    "Transaction Type Key" integer NOT NULL,
    "Payment Method Key" integer,
    "WWI Customer Transaction ID" integer,
    "WWI Supplier Transaction ID" integer,
    "WWI Invoice ID" integer,
    "WWI Purchase Order ID" integer,
    "Supplier Invoice Number" varchar(20),
    "Total Excluding Tax" numeric(18,2) NOT NULL,
    "Tax Amount" numeric(18,2) NOT NULL,
    "Total Including Tax" numeric(18,2) NOT NULL,
    "Outstanding Balance" numeric(18,2) NOT NULL,
    "Is Finalized" boolean NOT NULL,
    "Lineage Key" integer NOT NULL,
    PRIMARY KEY ("Transaction Key", "Date Key")
);
CREATE TABLE "Integration"."City_Staging" (
    "City Staging Key" integer NOT NULL,
    "WWI City ID" integer NOT NULL,
    "City" varchar(50) NOT NULL,
    "State Province" varchar(50) NOT NULL,
    "Country" varchar(60) NOT NULL,
    "Continent" varchar(30) NOT NULL,
    "Sales Territory" varchar(50) NOT NULL,
    "Region" varchar(30) NOT NULL,
    "Subregion" varchar(30) NOT NULL,
    "Location" text,
    "Latest Recorded Population" bigint NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    PRIMARY KEY ("City Staging Key")
);
CREATE TABLE "Integration"."Customer_Staging" (
    "Customer Staging Key" integer NOT NULL,
    "WWI Customer ID" integer NOT NULL,
    "Customer" varchar(100) NOT NULL,
    "Bill To Customer" varchar(100) NOT NULL,
    "Category" varchar(50) NOT NULL,
    "Buying Group" varchar(50) NOT NULL,
    "Primary Contact" varchar(50) NOT NULL,
    "Postal Code" varchar(10) NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    PRIMARY KEY ("Customer Staging Key")
);
CREATE TABLE "Integration"."ETL Cutoff" (
    "Table Name" varchar(128) NOT NULL,
    "Cutoff Time" timestamp NOT NULL,
    PRIMARY KEY ("Table Name")
);
CREATE TABLE "Integration"."Employee_Staging" (
    "Employee Staging Key" integer NOT NULL,
    "WWI Employee ID" integer NOT NULL,
    "Employee" varchar(50) NOT NULL,
    "Preferred Name" varchar(50) NOT NULL,
    "Is Salesperson" boolean NOT NULL,
    "Photo" bytea,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    PRIMARY KEY ("Employee Staging Key")
);
CREATE TABLE "Integration"."Lineage" (
    "Lineage Key" integer NOT NULL,
    "Data Load Started" timestamp NOT NULL,
    "Table Name" varchar(128) NOT NULL,
    "Data Load Completed" timestamp,
    "Was Successful" boolean NOT NULL,
    "Source System Cutoff Time" timestamp NOT NULL,
    PRIMARY KEY ("Lineage Key")
);
CREATE TABLE "Integration"."Movement_Staging" (
    "Movement Staging Key" bigint NOT NULL,
    "Date Key" date,
    "Stock Item Key" integer,
    "Customer Key" integer,
    "Supplier Key" integer,
    "Transaction Type Key" integer,
    "WWI Stock Item Transaction ID" integer,
    "WWI Invoice ID" integer,
    "WWI Purchase Order ID" integer,
    "Quantity" integer,
    "WWI Stock Item ID" integer,
    "WWI Customer ID" integer,
    "WWI Supplier ID" integer,
    "WWI Transaction Type ID" integer,
    "Last Modifed When" timestamp,
    PRIMARY KEY ("Movement Staging Key")
);
CREATE TABLE "Integration"."Order_Staging" (
    "Order Staging Key" bigint NOT NULL,
    "City Key" integer,
    "Customer Key" integer,
    "Stock Item Key" integer,
    "Order Date Key" date,
    "Picked Date Key" date,
    "Salesperson Key" integer,
    "Picker Key" integer,
    "WWI Order ID" integer,
    "WWI Backorder ID" integer,
    "Description" varchar(100),
    "Package" varchar(50),
    "Quantity" integer,
    "Unit Price" numeric(18,2),
    "Tax Rate" numeric(18,3),
    "Total Excluding Tax" numeric(18,2),
    "Tax Amount" numeric(18,2),
    "Total Including Tax" numeric(18,2),
    "Lineage Key" integer,
    "WWI City ID" integer,
    "WWI Customer ID" integer,
    "WWI Stock Item ID" integer,
    "WWI Salesperson ID" integer,
    "WWI Picker ID" integer,
    "Last Modified When" timestamp,
    PRIMARY KEY ("Order Staging Key")
);
CREATE TABLE "Integration"."PaymentMethod_Staging" (
    "Payment Method Staging Key" integer NOT NULL,
    "WWI Payment Method ID" integer NOT NULL,
    "Payment Method" varchar(50) NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    PRIMARY KEY ("Payment Method Staging Key")
);
CREATE TABLE "Integration"."Purchase_Staging" (
    "Purchase Staging Key" bigint NOT NULL,
    "Date Key" date,
    "Supplier Key" integer,
    "Stock Item Key" integer,
    "WWI Purchase Order ID" integer,
    "Ordered Outers" integer,
    "Ordered Quantity" integer,
    "Received Outers" integer,
    "Package" varchar(50),
    "Is Order Finalized" boolean,
    "WWI Supplier ID" integer,
    "WWI Stock Item ID" integer,
    "Last Modified When" timestamp,
    PRIMARY KEY ("Purchase Staging Key")
);
CREATE TABLE "Integration"."Sale_Staging" (
    "Sale Staging Key" bigint NOT NULL,
    "City Key" integer,
    "Customer Key" integer,
    "Bill To Customer Key" integer,
    "Stock Item Key" integer,
    "Invoice Date Key" date,
    "Delivery Date Key" date,
    "Salesperson Key" integer,
    "WWI Invoice ID" integer,
    "Description" varchar(100),
    "Package" varchar(50),
    "Quantity" integer,
    "Unit Price" numeric(18,2),
    "Tax Rate" numeric(18,3),
    "Total Excluding Tax" numeric(18,2),
    "Tax Amount" numeric(18,2),
    "Profit" numeric(18,2),
    "Total Including Tax" numeric(18,2),
    "Total Dry Items" integer,
    "Total Chiller Items" integer,
    "WWI City ID" integer,
    "WWI Customer ID" integer,
    "WWI Bill To Customer ID" integer,
    "WWI Stock Item ID" integer,
    "WWI Salesperson ID" integer,
    "Last Modified When" timestamp,
    PRIMARY KEY ("Sale Staging Key")
);
CREATE TABLE "Integration"."StockHolding_Staging" (
    "Stock Holding Staging Key" bigint NOT NULL,
    "Stock Item Key" integer,
    "Quantity On Hand" integer,
    "Bin Location" varchar(20),
    "Last Stocktake Quantity" integer,
    "Last Cost Price" numeric(18,2),
    "Reorder Level" integer,
    "Target Stock Level" integer,
    "WWI Stock Item ID" integer,
    PRIMARY KEY ("Stock Holding Staging Key")
);
CREATE TABLE "Integration"."StockItem_Staging" (
    "Stock Item Staging Key" integer NOT NULL,
    "WWI Stock Item ID" integer NOT NULL,
    "Stock Item" varchar(100) NOT NULL,
    "Color" varchar(20) NOT NULL,
    "Selling Package" varchar(50) NOT NULL,
    "Buying Package" varchar(50) NOT NULL,
    "Brand" varchar(50) NOT NULL,
    "Size" varchar(20) NOT NULL,
    "Lead Time Days" integer NOT NULL,
    "Quantity Per Outer" integer NOT NULL,
    "Is Chiller Stock" boolean NOT NULL,
    "Barcode" varchar(50),
    "Tax Rate" numeric(18,3) NOT NULL,
    "Unit Price" numeric(18,2) NOT NULL,
    "Recommended Retail Price" numeric(18,2),
    "Typical Weight Per Unit" numeric(18,3) NOT NULL,
    "Photo" bytea,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    PRIMARY KEY ("Stock Item Staging Key")
);
CREATE TABLE "Integration"."Supplier_Staging" (
    "Supplier Staging Key" integer NOT NULL,
    "WWI Supplier ID" integer NOT NULL,
    "Supplier" varchar(100) NOT NULL,
    "Category" varchar(50) NOT NULL,
    "Primary Contact" varchar(50) NOT NULL,
    "Supplier Reference" varchar(20),
    "Payment Days" integer NOT NULL,
    "Postal Code" varchar(10) NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    PRIMARY KEY ("Supplier Staging Key")
);
CREATE TABLE "Integration"."TransactionType_Staging" (
    "Transaction Type Staging Key" integer NOT NULL,
    "WWI Transaction Type ID" integer NOT NULL,
    "Transaction Type" varchar(50) NOT NULL,
    "Valid From" timestamp NOT NULL,
    "Valid To" timestamp NOT NULL,
    PRIMARY KEY ("Transaction Type Staging Key")
);
CREATE TABLE "Integration"."Transaction_Staging" (
    "Transaction Staging Key" bigint NOT NULL,
    "Date Key" date,
    "Customer Key" integer,
    "Bill To Customer Key" integer,
    "Supplier Key" integer,
    "Transaction Type Key" integer,
    "Payment Method Key" integer,
    "WWI Customer Transaction ID" integer,
    "WWI Supplier Transaction ID" integer,
    "WWI Invoice ID" integer,
    "WWI Purchase Order ID" integer,
    "Supplier Invoice Number" varchar(20),
    "Total Excluding Tax" numeric(18,2),
    "Tax Amount" numeric(18,2),
    "Total Including Tax" numeric(18,2),
    "Outstanding Balance" numeric(18,2),
    "Is Finalized" boolean,
    "WWI Customer ID" integer,
    "WWI Bill To Customer ID" integer,
    "WWI Supplier ID" integer,
    "WWI Transaction Type ID" integer,
    "WWI Payment Method ID" integer,
    "Last Modified When" timestamp,
    PRIMARY KEY ("Transaction Staging Key")
);
CREATE TABLE "dbo"."SampleVersion" (
    "MajorSampleVersion" integer NOT NULL,
    "MinorSampleVersion" integer NOT NULL,
    "MinSQLServerBuild" varchar(25) NOT NULL,
    "RowCount" integer NOT NULL
);
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Customer Key") REFERENCES "Dimension"."Customer" ("Customer Key");
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Date Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Stock Item Key") REFERENCES "Dimension"."Stock Item" ("Stock Item Key");
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Supplier Key") REFERENCES "Dimension"."Supplier" ("Supplier Key");
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Transaction Type Key") REFERENCES "Dimension"."Transaction Type" ("Transaction Type Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("City Key") REFERENCES "Dimension"."City" ("City Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Customer Key") REFERENCES "Dimension"."Customer" ("Customer Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Order Date Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Picked Date Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Picker Key") REFERENCES "Dimension"."Employee" ("Employee Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Salesperson Key") REFERENCES "Dimension"."Employee" ("Employee Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Stock Item Key") REFERENCES "Dimension"."Stock Item" ("Stock Item Key");
ALTER TABLE "Fact"."Purchase" ADD FOREIGN KEY ("Date Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Purchase" ADD FOREIGN KEY ("Stock Item Key") REFERENCES "Dimension"."Stock Item" ("Stock Item Key");
ALTER TABLE "Fact"."Purchase" ADD FOREIGN KEY ("Supplier Key") REFERENCES "Dimension"."Supplier" ("Supplier Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Bill To Customer Key") REFERENCES "Dimension"."Customer" ("Customer Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("City Key") REFERENCES "Dimension"."City" ("City Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Customer Key") REFERENCES "Dimension"."Customer" ("Customer Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Delivery Date Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Invoice Date Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Salesperson Key") REFERENCES "Dimension"."Employee" ("Employee Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Stock Item Key") REFERENCES "Dimension"."Stock Item" ("Stock Item Key");
ALTER TABLE "Fact"."Stock Holding" ADD FOREIGN KEY ("Stock Item Key") REFERENCES "Dimension"."Stock Item" ("Stock Item Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Bill To Customer Key") REFERENCES "Dimension"."Customer" ("Customer Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Customer Key") REFERENCES "Dimension"."Customer" ("Customer Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Date Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Payment Method Key") REFERENCES "Dimension"."Payment Method" ("Payment Method Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Supplier Key") REFERENCES "Dimension"."Supplier" ("Supplier Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Transaction Type Key") REFERENCES "Dimension"."Transaction Type" ("Transaction Type Key");
COMMENT ON TABLE "Dimension"."City" IS 'City dimension';
COMMENT ON COLUMN "Dimension"."City"."City Key" IS 'DW key for the city dimension';
COMMENT ON COLUMN "Dimension"."City"."WWI City ID" IS 'Numeric ID used for reference to a city within the WWI database';
COMMENT ON COLUMN "Dimension"."City"."City" IS 'Formal name of the city';
COMMENT ON COLUMN "Dimension"."City"."State Province" IS 'State or province for this city';
COMMENT ON COLUMN "Dimension"."City"."Country" IS 'Country name';
COMMENT ON COLUMN "Dimension"."City"."Continent" IS 'Continent that this city is on';
COMMENT ON COLUMN "Dimension"."City"."Sales Territory" IS 'Sales territory for this StateProvince';
COMMENT ON COLUMN "Dimension"."City"."Region" IS 'Name of the region';
COMMENT ON COLUMN "Dimension"."City"."Subregion" IS 'Name of the subregion';
COMMENT ON COLUMN "Dimension"."City"."Location" IS 'Geographic location of the city';
COMMENT ON COLUMN "Dimension"."City"."Latest Recorded Population" IS 'Latest available population for the City';
COMMENT ON COLUMN "Dimension"."City"."Valid From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."City"."Valid To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."City"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Customer" IS 'Customer dimension';
COMMENT ON COLUMN "Dimension"."Customer"."Customer Key" IS 'DW key for the customer dimension';
COMMENT ON COLUMN "Dimension"."Customer"."WWI Customer ID" IS 'Numeric ID used for reference to a customer within the WWI database';
COMMENT ON COLUMN "Dimension"."Customer"."Customer" IS 'Customer''s full name (usually a trading name)';
COMMENT ON COLUMN "Dimension"."Customer"."Bill To Customer" IS 'Bill to customer''s full name';
COMMENT ON COLUMN "Dimension"."Customer"."Category" IS 'Customer''s category';
COMMENT ON COLUMN "Dimension"."Customer"."Buying Group" IS 'Customer''s buying group';
COMMENT ON COLUMN "Dimension"."Customer"."Primary Contact" IS 'Primary contact';
COMMENT ON COLUMN "Dimension"."Customer"."Postal Code" IS 'Delivery postal code for the customer';
COMMENT ON COLUMN "Dimension"."Customer"."Valid From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Customer"."Valid To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Customer"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Employee" IS 'Employee dimension';
COMMENT ON COLUMN "Dimension"."Employee"."Employee Key" IS 'DW key for the employee dimension';
COMMENT ON COLUMN "Dimension"."Employee"."WWI Employee ID" IS 'Numeric ID (PersonID) in the WWI database';
COMMENT ON COLUMN "Dimension"."Employee"."Employee" IS 'Full name for this person';
COMMENT ON COLUMN "Dimension"."Employee"."Preferred Name" IS 'Name that this person prefers to be called';
COMMENT ON COLUMN "Dimension"."Employee"."Is Salesperson" IS 'Is this person a staff salesperson?';
COMMENT ON COLUMN "Dimension"."Employee"."Photo" IS 'Photo of this person';
COMMENT ON COLUMN "Dimension"."Employee"."Valid From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Employee"."Valid To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Employee"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Payment Method" IS 'PaymentMethod dimension';
COMMENT ON COLUMN "Dimension"."Payment Method"."Payment Method Key" IS 'DW key for the payment method dimension';
COMMENT ON COLUMN "Dimension"."Payment Method"."WWI Payment Method ID" IS 'Numeric ID for the payment method in the WWI database';
COMMENT ON COLUMN "Dimension"."Payment Method"."Payment Method" IS 'Payment method name';
COMMENT ON COLUMN "Dimension"."Payment Method"."Valid From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Payment Method"."Valid To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Payment Method"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Stock Item" IS 'StockItem dimension';
COMMENT ON COLUMN "Dimension"."Stock Item"."Stock Item Key" IS 'DW key for the stock item dimension';
COMMENT ON COLUMN "Dimension"."Stock Item"."WWI Stock Item ID" IS 'Numeric ID used for reference to a stock item within the WWI database';
COMMENT ON COLUMN "Dimension"."Stock Item"."Stock Item" IS 'Full name of a stock item (but not a full description)';
COMMENT ON COLUMN "Dimension"."Stock Item"."Color" IS 'Color (optional) for this stock item';
COMMENT ON COLUMN "Dimension"."Stock Item"."Selling Package" IS 'Usual package for selling units of this stock item';
COMMENT ON COLUMN "Dimension"."Stock Item"."Buying Package" IS 'Usual package for selling outers of this stock item (ie cartons, boxes, etc.)';
COMMENT ON COLUMN "Dimension"."Stock Item"."Brand" IS 'Brand for the stock item (if the item is branded)';
COMMENT ON COLUMN "Dimension"."Stock Item"."Size" IS 'Size of this item (eg: 100mm)';
COMMENT ON COLUMN "Dimension"."Stock Item"."Lead Time Days" IS 'Number of days typically taken from order to receipt of this stock item';
COMMENT ON COLUMN "Dimension"."Stock Item"."Quantity Per Outer" IS 'Quantity of the stock item in an outer package';
COMMENT ON COLUMN "Dimension"."Stock Item"."Is Chiller Stock" IS 'Does this stock item need to be in a chiller?';
COMMENT ON COLUMN "Dimension"."Stock Item"."Barcode" IS 'Barcode for this stock item';
COMMENT ON COLUMN "Dimension"."Stock Item"."Tax Rate" IS 'Tax rate to be applied';
COMMENT ON COLUMN "Dimension"."Stock Item"."Unit Price" IS 'Selling price (ex-tax) for one unit of this product';
COMMENT ON COLUMN "Dimension"."Stock Item"."Recommended Retail Price" IS 'Recommended retail price for this stock item';
COMMENT ON COLUMN "Dimension"."Stock Item"."Typical Weight Per Unit" IS 'Typical weight for one unit of this product (packaged)';
COMMENT ON COLUMN "Dimension"."Stock Item"."Photo" IS 'Photo of the product';
COMMENT ON COLUMN "Dimension"."Stock Item"."Valid From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Stock Item"."Valid To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Stock Item"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Supplier" IS 'Supplier dimension';
COMMENT ON COLUMN "Dimension"."Supplier"."Supplier Key" IS 'DW key for the supplier dimension';
COMMENT ON COLUMN "Dimension"."Supplier"."WWI Supplier ID" IS 'Numeric ID used for reference to a supplier within the WWI database';
COMMENT ON COLUMN "Dimension"."Supplier"."Supplier" IS 'Supplier''s full name (usually a trading name)';
COMMENT ON COLUMN "Dimension"."Supplier"."Category" IS 'Supplier''s category';
COMMENT ON COLUMN "Dimension"."Supplier"."Primary Contact" IS 'Primary contact';
COMMENT ON COLUMN "Dimension"."Supplier"."Supplier Reference" IS 'Supplier reference for our organization (might be our account number at the supplier)';
COMMENT ON COLUMN "Dimension"."Supplier"."Payment Days" IS 'Number of days for payment of an invoice (ie payment terms)';
COMMENT ON COLUMN "Dimension"."Supplier"."Postal Code" IS 'Delivery postal code for the supplier';
COMMENT ON COLUMN "Dimension"."Supplier"."Valid From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Supplier"."Valid To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Supplier"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Transaction Type" IS 'TransactionType dimension';
COMMENT ON COLUMN "Dimension"."Transaction Type"."Transaction Type Key" IS 'DW key for the transaction type dimension';
COMMENT ON COLUMN "Dimension"."Transaction Type"."WWI Transaction Type ID" IS 'Numeric ID used for reference to a transaction type within the WWI database';
COMMENT ON COLUMN "Dimension"."Transaction Type"."Transaction Type" IS 'Full name of the transaction type';
COMMENT ON COLUMN "Dimension"."Transaction Type"."Valid From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Transaction Type"."Valid To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Transaction Type"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Movement" IS 'Movement fact table (movements of stock items)';
COMMENT ON COLUMN "Fact"."Movement"."Movement Key" IS 'DW key for a row in the Movement fact';
COMMENT ON COLUMN "Fact"."Movement"."Date Key" IS 'Transaction date';
COMMENT ON COLUMN "Fact"."Movement"."Stock Item Key" IS 'Stock item for this purchase order';
COMMENT ON COLUMN "Fact"."Movement"."Customer Key" IS 'Customer (if applicable)';
COMMENT ON COLUMN "Fact"."Movement"."Supplier Key" IS 'Supplier (if applicable)';
COMMENT ON COLUMN "Fact"."Movement"."Transaction Type Key" IS 'Type of transaction';
COMMENT ON COLUMN "Fact"."Movement"."WWI Stock Item Transaction ID" IS 'Stock item transaction ID in source system';
COMMENT ON COLUMN "Fact"."Movement"."WWI Invoice ID" IS 'Invoice ID in source system';
COMMENT ON COLUMN "Fact"."Movement"."WWI Purchase Order ID" IS 'Purchase order ID in source system';
COMMENT ON COLUMN "Fact"."Movement"."Quantity" IS 'Quantity of stock movement (positive is incoming stock, negative is outgoing)';
COMMENT ON COLUMN "Fact"."Movement"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Order" IS 'Order fact table (customer orders)';
COMMENT ON COLUMN "Fact"."Order"."Order Key" IS 'DW key for a row in the Order fact';
COMMENT ON COLUMN "Fact"."Order"."City Key" IS 'City for this order';
COMMENT ON COLUMN "Fact"."Order"."Customer Key" IS 'Customer for this order';
COMMENT ON COLUMN "Fact"."Order"."Stock Item Key" IS 'Stock item for this order';
COMMENT ON COLUMN "Fact"."Order"."Order Date Key" IS 'Order date for this order';
COMMENT ON COLUMN "Fact"."Order"."Picked Date Key" IS 'Picked date for this order';
COMMENT ON COLUMN "Fact"."Order"."Salesperson Key" IS 'Salesperson for this order';
COMMENT ON COLUMN "Fact"."Order"."Picker Key" IS 'Picker for this order';
COMMENT ON COLUMN "Fact"."Order"."WWI Order ID" IS 'OrderID in source system';
COMMENT ON COLUMN "Fact"."Order"."WWI Backorder ID" IS 'BackorderID in source system';
COMMENT ON COLUMN "Fact"."Order"."Description" IS 'Description of the item supplied (Usually the stock item name but can be overridden)';
COMMENT ON COLUMN "Fact"."Order"."Package" IS 'Type of package to be supplied';
COMMENT ON COLUMN "Fact"."Order"."Quantity" IS 'Quantity to be supplied';
COMMENT ON COLUMN "Fact"."Order"."Unit Price" IS 'Unit price to be charged';
COMMENT ON COLUMN "Fact"."Order"."Tax Rate" IS 'Tax rate to be applied';
COMMENT ON COLUMN "Fact"."Order"."Total Excluding Tax" IS 'Total amount excluding tax';
COMMENT ON COLUMN "Fact"."Order"."Tax Amount" IS 'Total amount of tax';
COMMENT ON COLUMN "Fact"."Order"."Total Including Tax" IS 'Total amount including tax';
COMMENT ON COLUMN "Fact"."Order"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Purchase" IS 'Purchase fact table (stock purchases from suppliers)';
COMMENT ON COLUMN "Fact"."Purchase"."Purchase Key" IS 'DW key for a row in the Purchase fact';
COMMENT ON COLUMN "Fact"."Purchase"."Date Key" IS 'Purchase order date';
COMMENT ON COLUMN "Fact"."Purchase"."Supplier Key" IS 'Supplier for this purchase order';
COMMENT ON COLUMN "Fact"."Purchase"."Stock Item Key" IS 'Stock item for this purchase order';
COMMENT ON COLUMN "Fact"."Purchase"."WWI Purchase Order ID" IS 'Purchase order ID in source system ';
COMMENT ON COLUMN "Fact"."Purchase"."Ordered Outers" IS 'Quantity of outers (ordering packages)';
COMMENT ON COLUMN "Fact"."Purchase"."Ordered Quantity" IS 'Quantity of inners (selling packages)';
COMMENT ON COLUMN "Fact"."Purchase"."Received Outers" IS 'Received outers (so far)';
COMMENT ON COLUMN "Fact"."Purchase"."Package" IS 'Package ordered';
COMMENT ON COLUMN "Fact"."Purchase"."Is Order Finalized" IS 'Is this purchase order now finalized?';
COMMENT ON COLUMN "Fact"."Purchase"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Sale" IS 'Sale fact table (invoiced sales to customers)';
COMMENT ON COLUMN "Fact"."Sale"."Sale Key" IS 'DW key for a row in the Sale fact';
COMMENT ON COLUMN "Fact"."Sale"."City Key" IS 'City for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Customer Key" IS 'Customer for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Bill To Customer Key" IS 'Bill To Customer for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Stock Item Key" IS 'Stock item for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Invoice Date Key" IS 'Invoice date for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Delivery Date Key" IS 'Date that these items were delivered';
COMMENT ON COLUMN "Fact"."Sale"."Salesperson Key" IS 'Salesperson for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."WWI Invoice ID" IS 'InvoiceID in source system';
COMMENT ON COLUMN "Fact"."Sale"."Description" IS 'Description of the item supplied (Usually the stock item name but can be overridden)';
COMMENT ON COLUMN "Fact"."Sale"."Package" IS 'Type of package supplied';
COMMENT ON COLUMN "Fact"."Sale"."Quantity" IS 'Quantity supplied';
COMMENT ON COLUMN "Fact"."Sale"."Unit Price" IS 'Unit price charged';
COMMENT ON COLUMN "Fact"."Sale"."Tax Rate" IS 'Tax rate applied';
COMMENT ON COLUMN "Fact"."Sale"."Total Excluding Tax" IS 'Total amount excluding tax';
COMMENT ON COLUMN "Fact"."Sale"."Tax Amount" IS 'Total amount of tax';
COMMENT ON COLUMN "Fact"."Sale"."Profit" IS 'Total amount of profit';
COMMENT ON COLUMN "Fact"."Sale"."Total Including Tax" IS 'Total amount including tax';
COMMENT ON COLUMN "Fact"."Sale"."Total Dry Items" IS 'Total number of dry items';
COMMENT ON COLUMN "Fact"."Sale"."Total Chiller Items" IS 'Total number of chiller items';
COMMENT ON COLUMN "Fact"."Sale"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Stock Holding" IS 'Holdings of stock items';
COMMENT ON COLUMN "Fact"."Stock Holding"."Stock Holding Key" IS 'DW key for a row in the Stock Holding fact';
COMMENT ON COLUMN "Fact"."Stock Holding"."Stock Item Key" IS 'Stock item being held';
COMMENT ON COLUMN "Fact"."Stock Holding"."Quantity On Hand" IS 'Quantity on hand';
COMMENT ON COLUMN "Fact"."Stock Holding"."Bin Location" IS 'Bin location (where is this stock in the warehouse)';
COMMENT ON COLUMN "Fact"."Stock Holding"."Last Stocktake Quantity" IS 'Quantity present at last stocktake';
COMMENT ON COLUMN "Fact"."Stock Holding"."Last Cost Price" IS 'Unit cost when the stock item was last purchased';
COMMENT ON COLUMN "Fact"."Stock Holding"."Reorder Level" IS 'Quantity below which reordering should take place';
COMMENT ON COLUMN "Fact"."Stock Holding"."Target Stock Level" IS 'Typical stock level held';
COMMENT ON COLUMN "Fact"."Stock Holding"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Transaction" IS 'Transaction fact table (financial transactions involving customers and supppliers)';
COMMENT ON COLUMN "Fact"."Transaction"."Transaction Key" IS 'DW key for a row in the Transaction fact';
COMMENT ON COLUMN "Fact"."Transaction"."Date Key" IS 'Transaction date';
COMMENT ON COLUMN "Fact"."Transaction"."Customer Key" IS 'Customer (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."Bill To Customer Key" IS 'Bill to customer (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."Supplier Key" IS 'Supplier (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."Transaction Type Key" IS 'Type of transaction';
COMMENT ON COLUMN "Fact"."Transaction"."Payment Method Key" IS 'Payment method (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."WWI Customer Transaction ID" IS 'Customer transaction ID in source system';
COMMENT ON COLUMN "Fact"."Transaction"."WWI Supplier Transaction ID" IS 'Supplier transaction ID in source system';
COMMENT ON COLUMN "Fact"."Transaction"."WWI Invoice ID" IS 'Invoice ID in source system';
COMMENT ON COLUMN "Fact"."Transaction"."WWI Purchase Order ID" IS 'Purchase order ID in source system';
COMMENT ON COLUMN "Fact"."Transaction"."Supplier Invoice Number" IS 'Supplier invoice number (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."Total Excluding Tax" IS 'Total amount excluding tax';
COMMENT ON COLUMN "Fact"."Transaction"."Tax Amount" IS 'Total amount of tax';
COMMENT ON COLUMN "Fact"."Transaction"."Total Including Tax" IS 'Total amount including tax';
COMMENT ON COLUMN "Fact"."Transaction"."Outstanding Balance" IS 'Amount still outstanding for this transaction';
COMMENT ON COLUMN "Fact"."Transaction"."Is Finalized" IS 'Has this transaction been finalized?';
COMMENT ON COLUMN "Fact"."Transaction"."Lineage Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Integration"."City_Staging" IS 'City staging table';
COMMENT ON COLUMN "Integration"."City_Staging"."City Staging Key" IS 'Row ID within the staging table';
COMMENT ON COLUMN "Integration"."City_Staging"."WWI City ID" IS 'Numeric ID used for reference to a city within the WWI database';
COMMENT ON COLUMN "Integration"."City_Staging"."City" IS 'Formal name of the city';
COMMENT ON COLUMN "Integration"."City_Staging"."State Province" IS 'State or province for this city';
COMMENT ON COLUMN "Integration"."City_Staging"."Country" IS 'Country name';
COMMENT ON COLUMN "Integration"."City_Staging"."Continent" IS 'Continent that this city is on';
COMMENT ON COLUMN "Integration"."City_Staging"."Sales Territory" IS 'Sales territory for this StateProvince';
COMMENT ON COLUMN "Integration"."City_Staging"."Region" IS 'Name of the region';
COMMENT ON COLUMN "Integration"."City_Staging"."Subregion" IS 'Name of the subregion';
COMMENT ON COLUMN "Integration"."City_Staging"."Location" IS 'Geographic location of the city';
COMMENT ON COLUMN "Integration"."City_Staging"."Latest Recorded Population" IS 'Latest available population for the City';
COMMENT ON COLUMN "Integration"."City_Staging"."Valid From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Integration"."City_Staging"."Valid To" IS 'Valid until this date and time';
COMMENT ON TABLE "Integration"."ETL Cutoff" IS 'ETL Cutoff Times';
COMMENT ON COLUMN "Integration"."ETL Cutoff"."Table Name" IS 'Table name';
COMMENT ON COLUMN "Integration"."ETL Cutoff"."Cutoff Time" IS 'Time up to which data has been loaded';
COMMENT ON TABLE "Integration"."Lineage" IS 'Details of data load attempts';
COMMENT ON COLUMN "Integration"."Lineage"."Lineage Key" IS 'DW key for lineage data';
COMMENT ON COLUMN "Integration"."Lineage"."Data Load Started" IS 'Time when the data load attempt began';
COMMENT ON COLUMN "Integration"."Lineage"."Table Name" IS 'Name of the table for this data load event';
COMMENT ON COLUMN "Integration"."Lineage"."Data Load Completed" IS 'Time when the data load attempt completed (successfully or not)';
COMMENT ON COLUMN "Integration"."Lineage"."Was Successful" IS 'Was the attempt successful?';
COMMENT ON COLUMN "Integration"."Lineage"."Source System Cutoff Time" IS 'Time that rows from the source system were loaded up until';
