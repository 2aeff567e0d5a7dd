-- Wide World Importers DW, Microsoft's SQL Server 2016 data-warehouse sample (WideWorldImportersDW: the star schema
-- the wholesale novelty-goods importer's ETL fills from its OLTP database, with city, customer, date, employee,
-- payment method, stock item, supplier and transaction type dimensions, movement, order, purchase, sale, stock
-- holding and transaction facts, and the ETL's staging, lineage and cutoff tables), read from the SSDT project of its
-- sources (`wwi-dw-ssdt/wwi-dw-ssdt/<Schema>/Tables/*.sql`, samples/databases/wide-world-importers) in the fork
-- github.com/sifriger-msft/sql-server-samples of microsoft/sql-server-samples (commit 0c98d036; its Date dimension
-- is the extended one with fiscal, ISO-week and label columns), T-SQL converted to PostgreSQL by a one-off script,
-- loaded into a scratch PostgreSQL and checked there: all 30 tables of its schemas "Dimension" (8), "Fact" (6),
-- "Integration" (15) and "dbo" (SampleVersion) with their names as in the source except that every space became an
-- underscore, so that each name is one word (quoted identifiers such as "Dimension"."Stock_Item"."Stock_Item_Key" for
-- the source's [Dimension].[Stock Item].[Stock Item Key]; case kept, "ETL Cutoff" -> "ETL_Cutoff"), primary keys, the
-- 29 foreign keys the project declares (facts to dimensions; none from the staging tables) and its extended-property
-- descriptions as COMMENT ON TABLE/COLUMN (203).
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
    "City_Key" integer NOT NULL,
    "WWI_City_ID" integer NOT NULL,
    "City" varchar(50) NOT NULL,
    "State_Province" varchar(50) NOT NULL,
    "Country" varchar(60) NOT NULL,
    "Continent" varchar(30) NOT NULL,
    "Sales_Territory" varchar(50) NOT NULL,
    "Region" varchar(30) NOT NULL,
    "Subregion" varchar(30) NOT NULL,
    "Location" text,
    "Latest_Recorded_Population" bigint NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("City_Key")
);
CREATE TABLE "Dimension"."Customer" (
    "Customer_Key" integer NOT NULL,
    "WWI_Customer_ID" integer NOT NULL,
    "Customer" varchar(100) NOT NULL,
    "Bill_To_Customer" varchar(100) NOT NULL,
    "Category" varchar(50) NOT NULL,
    "Buying_Group" varchar(50) NOT NULL,
    "Primary_Contact" varchar(50) NOT NULL,
    "Postal_Code" varchar(10) NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Customer_Key")
);
CREATE TABLE "Dimension"."Date" (
    "Date" date NOT NULL,
    "DateKey" integer NOT NULL,
    "Day_Number" integer NOT NULL,
    "Day" varchar(10) NOT NULL,
    "Day_of_Year" varchar(5) NOT NULL,
    "Day_of_Year_Number" integer NOT NULL,
    "Day_of_Week" varchar(20) NOT NULL,
    "Day_of_Week_Number" integer NOT NULL,
    "Week_of_Year" varchar(5) NOT NULL,
    "Month" varchar(10) NOT NULL,
    "Short_Month" varchar(3) NOT NULL,
    "Quarter" varchar(2) NOT NULL,
    "Half_of_Year" varchar(3) NOT NULL,
    "Beginning_of_Month" date NOT NULL,
    "Beginning_of_Quarter" date NOT NULL,
    "Beginning_of_Half_Year" date NOT NULL,
    "Beginning_of_Year" date NOT NULL,
    "Beginning_of_Month_Label" varchar(40) NOT NULL,
    "Beginning_of_Month_Label_Short" varchar(40) NOT NULL,
    "Beginning_of_Quarter_Label" varchar(40) NOT NULL,
    "Beginning_of_Quarter_Label_Short" varchar(40) NOT NULL,
    "Beginning_of_Half_Year_Label" varchar(40) NOT NULL,
    "Beginning_of_Half_Year_Label_Short" varchar(40) NOT NULL,
    "Beginning_of_Year_Label" varchar(40) NOT NULL,
    "Beginning_of_Year_Label_Short" varchar(40) NOT NULL,
    "Calendar_Day_Label" varchar(20) NOT NULL,
    "Calendar_Day_Label_Short" varchar(20) NOT NULL,
    "Calendar_Week_Number" integer NOT NULL,
    "Calendar_Week_Label" varchar(20) NOT NULL,
    "Calendar_Month_Number" integer NOT NULL,
    "Calendar_Month_Label" varchar(20) NOT NULL,
    "Calendar_Month_Year_Label" varchar(20) NOT NULL,
    "Calendar_Quarter_Number" integer NOT NULL,
    "Calendar_Quarter_Label" varchar(20) NOT NULL,
    "Calendar_Quarter_Year_Label" varchar(20) NOT NULL,
    "Calendar_Half_of_Year_Number" integer NOT NULL,
    "Calendar_Half_of_Year_Label" varchar(20) NOT NULL,
    "Calendar_Year_Half_of_Year_Label" varchar(20) NOT NULL,
    "Calendar_Year" integer NOT NULL,
    "Calendar_Year_Label" varchar(10) NOT NULL,
    "Fiscal_Month_Number" integer NOT NULL,
    "Fiscal_Month_Label" varchar(20) NOT NULL,
    "Fiscal_Quarter_Number" integer NOT NULL,
    "Fiscal_Quarter_Label" varchar(20) NOT NULL,
    "Fiscal_Half_of_Year_Number" integer NOT NULL,
    "Fiscal_Half_of_Year_Label" varchar(20) NOT NULL,
    "Fiscal_Year" integer NOT NULL,
    "Fiscal_Year_Label" varchar(10) NOT NULL,
    "Date_Key" integer NOT NULL,
    "Year_Week_Key" integer NOT NULL,
    "Year_Month_Key" integer NOT NULL,
    "Year_Quarter_Key" integer NOT NULL,
    "Year_Half_of_Year_Key" integer NOT NULL,
    "Year_Key" integer NOT NULL,
    "Beginning_of_Month_Key" integer NOT NULL,
    "Beginning_of_Quarter_Key" integer NOT NULL,
    "Beginning_of_Half_Year_Key" integer NOT NULL,
    "Beginning_of_Year_Key" integer NOT NULL,
    "Fiscal_Year_Month_Key" integer NOT NULL,
    "Fiscal_Year_Quarter_Key" integer NOT NULL,
    "Fiscal_Year_Half_of_Year_Key" integer NOT NULL,
    "ISO_Week_Number" integer NOT NULL,
    PRIMARY KEY ("Date")
);
CREATE TABLE "Dimension"."Employee" (
    "Employee_Key" integer NOT NULL,
    "WWI_Employee_ID" integer NOT NULL,
    "Employee" varchar(50) NOT NULL,
    "Preferred_Name" varchar(50) NOT NULL,
    "Is_Salesperson" boolean NOT NULL,
    "Photo" bytea,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Employee_Key")
);
CREATE TABLE "Dimension"."Payment_Method" (
    "Payment_Method_Key" integer NOT NULL,
    "WWI_Payment_Method_ID" integer NOT NULL,
    "Payment_Method" varchar(50) NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Payment_Method_Key")
);
CREATE TABLE "Dimension"."Stock_Item" (
    "Stock_Item_Key" integer NOT NULL,
    "WWI_Stock_Item_ID" integer NOT NULL,
    "Stock_Item" varchar(100) NOT NULL,
    "Color" varchar(20) NOT NULL,
    "Selling_Package" varchar(50) NOT NULL,
    "Buying_Package" varchar(50) NOT NULL,
    "Brand" varchar(50) NOT NULL,
    "Size" varchar(20) NOT NULL,
    "Lead_Time_Days" integer NOT NULL,
    "Quantity_Per_Outer" integer NOT NULL,
    "Is_Chiller_Stock" boolean NOT NULL,
    "Barcode" varchar(50),
    "Tax_Rate" numeric(18,3) NOT NULL,
    "Unit_Price" numeric(18,2) NOT NULL,
    "Recommended_Retail_Price" numeric(18,2),
    "Typical_Weight_Per_Unit" numeric(18,3) NOT NULL,
    "Photo" bytea,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Stock_Item_Key")
);
CREATE TABLE "Dimension"."Supplier" (
    "Supplier_Key" integer NOT NULL,
    "WWI_Supplier_ID" integer NOT NULL,
    "Supplier" varchar(100) NOT NULL,
    "Category" varchar(50) NOT NULL,
    "Primary_Contact" varchar(50) NOT NULL,
    "Supplier_Reference" varchar(20),
    "Payment_Days" integer NOT NULL,
    "Postal_Code" varchar(10) NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Supplier_Key")
);
CREATE TABLE "Dimension"."Transaction_Type" (
    "Transaction_Type_Key" integer NOT NULL,
    "WWI_Transaction_Type_ID" integer NOT NULL,
    "Transaction_Type" varchar(50) NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Transaction_Type_Key")
);
CREATE TABLE "Fact"."Movement" (
    "Movement_Key" bigint NOT NULL,
    "Date_Key" date NOT NULL,
    "Stock_Item_Key" integer NOT NULL,
    "Customer_Key" integer,
    "Supplier_Key" integer,
    "Transaction_Type_Key" integer NOT NULL,
    "WWI_Stock_Item_Transaction_ID" integer NOT NULL,
    "WWI_Invoice_ID" integer,
    "WWI_Purchase_Order_ID" integer,
    "Quantity" integer NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Movement_Key", "Date_Key")
);
CREATE TABLE "Fact"."Order" (
    "Order_Key" bigint NOT NULL,
    "City_Key" integer NOT NULL,
    "Customer_Key" integer NOT NULL,
    "Stock_Item_Key" integer NOT NULL,
    "Order_Date_Key" date NOT NULL,
    "Picked_Date_Key" date,
    "Salesperson_Key" integer NOT NULL,
    "Picker_Key" integer,
    "WWI_Order_ID" integer NOT NULL,
    "WWI_Backorder_ID" integer,
    "Description" varchar(100) NOT NULL,
    "Package" varchar(50) NOT NULL,
    "Quantity" integer NOT NULL,
    "Unit_Price" numeric(18,2) NOT NULL,
    "Tax_Rate" numeric(18,3) NOT NULL,
    "Total_Excluding_Tax" numeric(18,2) NOT NULL,
    "Tax_Amount" numeric(18,2) NOT NULL,
    "Total_Including_Tax" numeric(18,2) NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Order_Key", "Order_Date_Key")
);
CREATE TABLE "Fact"."Purchase" (
    "Purchase_Key" bigint NOT NULL,
    "Date_Key" date NOT NULL,
    "Supplier_Key" integer NOT NULL,
    "Stock_Item_Key" integer NOT NULL,
    "WWI_Purchase_Order_ID" integer,
    "Ordered_Outers" integer NOT NULL,
    "Ordered_Quantity" integer NOT NULL,
    "Received_Outers" integer NOT NULL,
    "Package" varchar(50) NOT NULL,
    "Is_Order_Finalized" boolean NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Purchase_Key", "Date_Key")
);
CREATE TABLE "Fact"."Sale" (
    "Sale_Key" bigint NOT NULL,
    "City_Key" integer NOT NULL,
    "Customer_Key" integer NOT NULL,
    "Bill_To_Customer_Key" integer NOT NULL,
    "Stock_Item_Key" integer NOT NULL,
    "Invoice_Date_Key" date NOT NULL,
    "Delivery_Date_Key" date,
    "Salesperson_Key" integer NOT NULL,
    "WWI_Invoice_ID" integer NOT NULL,
    "Description" varchar(100) NOT NULL,
    "Package" varchar(50) NOT NULL,
    "Quantity" integer NOT NULL,
    "Unit_Price" numeric(18,2) NOT NULL,
    "Tax_Rate" numeric(18,3) NOT NULL,
    "Total_Excluding_Tax" numeric(18,2) NOT NULL,
    "Tax_Amount" numeric(18,2) NOT NULL,
    "Profit" numeric(18,2) NOT NULL,
    "Total_Including_Tax" numeric(18,2) NOT NULL,
    "Total_Dry_Items" integer NOT NULL,
    "Total_Chiller_Items" integer NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Sale_Key", "Invoice_Date_Key")
);
CREATE TABLE "Fact"."Stock_Holding" (
    "Stock_Holding_Key" bigint NOT NULL,
    "Stock_Item_Key" integer NOT NULL,
    "Quantity_On_Hand" integer NOT NULL,
    "Bin_Location" varchar(20) NOT NULL,
    "Last_Stocktake_Quantity" integer NOT NULL,
    "Last_Cost_Price" numeric(18,2) NOT NULL,
    "Reorder_Level" integer NOT NULL,
    "Target_Stock_Level" integer NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Stock_Holding_Key")
);
CREATE TABLE "Fact"."Transaction" (
    "Transaction_Key" bigint NOT NULL,
    "Date_Key" date NOT NULL,
    "Customer_Key" integer,
    "Bill_To_Customer_Key" integer,
    "Supplier_Key" integer,
    "Transaction_Type_Key" integer NOT NULL,
    "Payment_Method_Key" integer,
    "WWI_Customer_Transaction_ID" integer,
    "WWI_Supplier_Transaction_ID" integer,
    "WWI_Invoice_ID" integer,
    "WWI_Purchase_Order_ID" integer,
    "Supplier_Invoice_Number" varchar(20),
    "Total_Excluding_Tax" numeric(18,2) NOT NULL,
    "Tax_Amount" numeric(18,2) NOT NULL,
    "Total_Including_Tax" numeric(18,2) NOT NULL,
    "Outstanding_Balance" numeric(18,2) NOT NULL,
    "Is_Finalized" boolean NOT NULL,
    "Lineage_Key" integer NOT NULL,
    PRIMARY KEY ("Transaction_Key", "Date_Key")
);
CREATE TABLE "Integration"."City_Staging" (
    "City_Staging_Key" integer NOT NULL,
    "WWI_City_ID" integer NOT NULL,
    "City" varchar(50) NOT NULL,
    "State_Province" varchar(50) NOT NULL,
    "Country" varchar(60) NOT NULL,
    "Continent" varchar(30) NOT NULL,
    "Sales_Territory" varchar(50) NOT NULL,
    "Region" varchar(30) NOT NULL,
    "Subregion" varchar(30) NOT NULL,
    "Location" text,
    "Latest_Recorded_Population" bigint NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    PRIMARY KEY ("City_Staging_Key")
);
CREATE TABLE "Integration"."Customer_Staging" (
    "Customer_Staging_Key" integer NOT NULL,
    "WWI_Customer_ID" integer NOT NULL,
    "Customer" varchar(100) NOT NULL,
    "Bill_To_Customer" varchar(100) NOT NULL,
    "Category" varchar(50) NOT NULL,
    "Buying_Group" varchar(50) NOT NULL,
    "Primary_Contact" varchar(50) NOT NULL,
    "Postal_Code" varchar(10) NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    PRIMARY KEY ("Customer_Staging_Key")
);
CREATE TABLE "Integration"."ETL_Cutoff" (
    "Table_Name" varchar(128) NOT NULL,
    "Cutoff_Time" timestamp NOT NULL,
    PRIMARY KEY ("Table_Name")
);
CREATE TABLE "Integration"."Employee_Staging" (
    "Employee_Staging_Key" integer NOT NULL,
    "WWI_Employee_ID" integer NOT NULL,
    "Employee" varchar(50) NOT NULL,
    "Preferred_Name" varchar(50) NOT NULL,
    "Is_Salesperson" boolean NOT NULL,
    "Photo" bytea,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    PRIMARY KEY ("Employee_Staging_Key")
);
CREATE TABLE "Integration"."Lineage" (
    "Lineage_Key" integer NOT NULL,
    "Data_Load_Started" timestamp NOT NULL,
    "Table_Name" varchar(128) NOT NULL,
    "Data_Load_Completed" timestamp,
    "Was_Successful" boolean NOT NULL,
    "Source_System_Cutoff_Time" timestamp NOT NULL,
    PRIMARY KEY ("Lineage_Key")
);
CREATE TABLE "Integration"."Movement_Staging" (
    "Movement_Staging_Key" bigint NOT NULL,
    "Date_Key" date,
    "Stock_Item_Key" integer,
    "Customer_Key" integer,
    "Supplier_Key" integer,
    "Transaction_Type_Key" integer,
    "WWI_Stock_Item_Transaction_ID" integer,
    "WWI_Invoice_ID" integer,
    "WWI_Purchase_Order_ID" integer,
    "Quantity" integer,
    "WWI_Stock_Item_ID" integer,
    "WWI_Customer_ID" integer,
    "WWI_Supplier_ID" integer,
    "WWI_Transaction_Type_ID" integer,
    "Last_Modifed_When" timestamp,
    PRIMARY KEY ("Movement_Staging_Key")
);
CREATE TABLE "Integration"."Order_Staging" (
    "Order_Staging_Key" bigint NOT NULL,
    "City_Key" integer,
    "Customer_Key" integer,
    "Stock_Item_Key" integer,
    "Order_Date_Key" date,
    "Picked_Date_Key" date,
    "Salesperson_Key" integer,
    "Picker_Key" integer,
    "WWI_Order_ID" integer,
    "WWI_Backorder_ID" integer,
    "Description" varchar(100),
    "Package" varchar(50),
    "Quantity" integer,
    "Unit_Price" numeric(18,2),
    "Tax_Rate" numeric(18,3),
    "Total_Excluding_Tax" numeric(18,2),
    "Tax_Amount" numeric(18,2),
    "Total_Including_Tax" numeric(18,2),
    "Lineage_Key" integer,
    "WWI_City_ID" integer,
    "WWI_Customer_ID" integer,
    "WWI_Stock_Item_ID" integer,
    "WWI_Salesperson_ID" integer,
    "WWI_Picker_ID" integer,
    "Last_Modified_When" timestamp,
    PRIMARY KEY ("Order_Staging_Key")
);
CREATE TABLE "Integration"."PaymentMethod_Staging" (
    "Payment_Method_Staging_Key" integer NOT NULL,
    "WWI_Payment_Method_ID" integer NOT NULL,
    "Payment_Method" varchar(50) NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    PRIMARY KEY ("Payment_Method_Staging_Key")
);
CREATE TABLE "Integration"."Purchase_Staging" (
    "Purchase_Staging_Key" bigint NOT NULL,
    "Date_Key" date,
    "Supplier_Key" integer,
    "Stock_Item_Key" integer,
    "WWI_Purchase_Order_ID" integer,
    "Ordered_Outers" integer,
    "Ordered_Quantity" integer,
    "Received_Outers" integer,
    "Package" varchar(50),
    "Is_Order_Finalized" boolean,
    "WWI_Supplier_ID" integer,
    "WWI_Stock_Item_ID" integer,
    "Last_Modified_When" timestamp,
    PRIMARY KEY ("Purchase_Staging_Key")
);
CREATE TABLE "Integration"."Sale_Staging" (
    "Sale_Staging_Key" bigint NOT NULL,
    "City_Key" integer,
    "Customer_Key" integer,
    "Bill_To_Customer_Key" integer,
    "Stock_Item_Key" integer,
    "Invoice_Date_Key" date,
    "Delivery_Date_Key" date,
    "Salesperson_Key" integer,
    "WWI_Invoice_ID" integer,
    "Description" varchar(100),
    "Package" varchar(50),
    "Quantity" integer,
    "Unit_Price" numeric(18,2),
    "Tax_Rate" numeric(18,3),
    "Total_Excluding_Tax" numeric(18,2),
    "Tax_Amount" numeric(18,2),
    "Profit" numeric(18,2),
    "Total_Including_Tax" numeric(18,2),
    "Total_Dry_Items" integer,
    "Total_Chiller_Items" integer,
    "WWI_City_ID" integer,
    "WWI_Customer_ID" integer,
    "WWI_Bill_To_Customer_ID" integer,
    "WWI_Stock_Item_ID" integer,
    "WWI_Salesperson_ID" integer,
    "Last_Modified_When" timestamp,
    PRIMARY KEY ("Sale_Staging_Key")
);
CREATE TABLE "Integration"."StockHolding_Staging" (
    "Stock_Holding_Staging_Key" bigint NOT NULL,
    "Stock_Item_Key" integer,
    "Quantity_On_Hand" integer,
    "Bin_Location" varchar(20),
    "Last_Stocktake_Quantity" integer,
    "Last_Cost_Price" numeric(18,2),
    "Reorder_Level" integer,
    "Target_Stock_Level" integer,
    "WWI_Stock_Item_ID" integer,
    PRIMARY KEY ("Stock_Holding_Staging_Key")
);
CREATE TABLE "Integration"."StockItem_Staging" (
    "Stock_Item_Staging_Key" integer NOT NULL,
    "WWI_Stock_Item_ID" integer NOT NULL,
    "Stock_Item" varchar(100) NOT NULL,
    "Color" varchar(20) NOT NULL,
    "Selling_Package" varchar(50) NOT NULL,
    "Buying_Package" varchar(50) NOT NULL,
    "Brand" varchar(50) NOT NULL,
    "Size" varchar(20) NOT NULL,
    "Lead_Time_Days" integer NOT NULL,
    "Quantity_Per_Outer" integer NOT NULL,
    "Is_Chiller_Stock" boolean NOT NULL,
    "Barcode" varchar(50),
    "Tax_Rate" numeric(18,3) NOT NULL,
    "Unit_Price" numeric(18,2) NOT NULL,
    "Recommended_Retail_Price" numeric(18,2),
    "Typical_Weight_Per_Unit" numeric(18,3) NOT NULL,
    "Photo" bytea,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    PRIMARY KEY ("Stock_Item_Staging_Key")
);
CREATE TABLE "Integration"."Supplier_Staging" (
    "Supplier_Staging_Key" integer NOT NULL,
    "WWI_Supplier_ID" integer NOT NULL,
    "Supplier" varchar(100) NOT NULL,
    "Category" varchar(50) NOT NULL,
    "Primary_Contact" varchar(50) NOT NULL,
    "Supplier_Reference" varchar(20),
    "Payment_Days" integer NOT NULL,
    "Postal_Code" varchar(10) NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    PRIMARY KEY ("Supplier_Staging_Key")
);
CREATE TABLE "Integration"."TransactionType_Staging" (
    "Transaction_Type_Staging_Key" integer NOT NULL,
    "WWI_Transaction_Type_ID" integer NOT NULL,
    "Transaction_Type" varchar(50) NOT NULL,
    "Valid_From" timestamp NOT NULL,
    "Valid_To" timestamp NOT NULL,
    PRIMARY KEY ("Transaction_Type_Staging_Key")
);
CREATE TABLE "Integration"."Transaction_Staging" (
    "Transaction_Staging_Key" bigint NOT NULL,
    "Date_Key" date,
    "Customer_Key" integer,
    "Bill_To_Customer_Key" integer,
    "Supplier_Key" integer,
    "Transaction_Type_Key" integer,
    "Payment_Method_Key" integer,
    "WWI_Customer_Transaction_ID" integer,
    "WWI_Supplier_Transaction_ID" integer,
    "WWI_Invoice_ID" integer,
    "WWI_Purchase_Order_ID" integer,
    "Supplier_Invoice_Number" varchar(20),
    "Total_Excluding_Tax" numeric(18,2),
    "Tax_Amount" numeric(18,2),
    "Total_Including_Tax" numeric(18,2),
    "Outstanding_Balance" numeric(18,2),
    "Is_Finalized" boolean,
    "WWI_Customer_ID" integer,
    "WWI_Bill_To_Customer_ID" integer,
    "WWI_Supplier_ID" integer,
    "WWI_Transaction_Type_ID" integer,
    "WWI_Payment_Method_ID" integer,
    "Last_Modified_When" timestamp,
    PRIMARY KEY ("Transaction_Staging_Key")
);
CREATE TABLE "dbo"."SampleVersion" (
    "MajorSampleVersion" integer NOT NULL,
    "MinorSampleVersion" integer NOT NULL,
    "MinSQLServerBuild" varchar(25) NOT NULL,
    "RowCount" integer NOT NULL
);
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Customer_Key") REFERENCES "Dimension"."Customer" ("Customer_Key");
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Date_Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Stock_Item_Key") REFERENCES "Dimension"."Stock_Item" ("Stock_Item_Key");
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Supplier_Key") REFERENCES "Dimension"."Supplier" ("Supplier_Key");
ALTER TABLE "Fact"."Movement" ADD FOREIGN KEY ("Transaction_Type_Key") REFERENCES "Dimension"."Transaction_Type" ("Transaction_Type_Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("City_Key") REFERENCES "Dimension"."City" ("City_Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Customer_Key") REFERENCES "Dimension"."Customer" ("Customer_Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Order_Date_Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Picked_Date_Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Picker_Key") REFERENCES "Dimension"."Employee" ("Employee_Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Salesperson_Key") REFERENCES "Dimension"."Employee" ("Employee_Key");
ALTER TABLE "Fact"."Order" ADD FOREIGN KEY ("Stock_Item_Key") REFERENCES "Dimension"."Stock_Item" ("Stock_Item_Key");
ALTER TABLE "Fact"."Purchase" ADD FOREIGN KEY ("Date_Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Purchase" ADD FOREIGN KEY ("Stock_Item_Key") REFERENCES "Dimension"."Stock_Item" ("Stock_Item_Key");
ALTER TABLE "Fact"."Purchase" ADD FOREIGN KEY ("Supplier_Key") REFERENCES "Dimension"."Supplier" ("Supplier_Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Bill_To_Customer_Key") REFERENCES "Dimension"."Customer" ("Customer_Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("City_Key") REFERENCES "Dimension"."City" ("City_Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Customer_Key") REFERENCES "Dimension"."Customer" ("Customer_Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Delivery_Date_Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Invoice_Date_Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Salesperson_Key") REFERENCES "Dimension"."Employee" ("Employee_Key");
ALTER TABLE "Fact"."Sale" ADD FOREIGN KEY ("Stock_Item_Key") REFERENCES "Dimension"."Stock_Item" ("Stock_Item_Key");
ALTER TABLE "Fact"."Stock_Holding" ADD FOREIGN KEY ("Stock_Item_Key") REFERENCES "Dimension"."Stock_Item" ("Stock_Item_Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Bill_To_Customer_Key") REFERENCES "Dimension"."Customer" ("Customer_Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Customer_Key") REFERENCES "Dimension"."Customer" ("Customer_Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Date_Key") REFERENCES "Dimension"."Date" ("Date");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Payment_Method_Key") REFERENCES "Dimension"."Payment_Method" ("Payment_Method_Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Supplier_Key") REFERENCES "Dimension"."Supplier" ("Supplier_Key");
ALTER TABLE "Fact"."Transaction" ADD FOREIGN KEY ("Transaction_Type_Key") REFERENCES "Dimension"."Transaction_Type" ("Transaction_Type_Key");
COMMENT ON TABLE "Dimension"."City" IS 'City dimension';
COMMENT ON COLUMN "Dimension"."City"."City_Key" IS 'DW key for the city dimension';
COMMENT ON COLUMN "Dimension"."City"."WWI_City_ID" IS 'Numeric ID used for reference to a city within the WWI database';
COMMENT ON COLUMN "Dimension"."City"."City" IS 'Formal name of the city';
COMMENT ON COLUMN "Dimension"."City"."State_Province" IS 'State or province for this city';
COMMENT ON COLUMN "Dimension"."City"."Country" IS 'Country name';
COMMENT ON COLUMN "Dimension"."City"."Continent" IS 'Continent that this city is on';
COMMENT ON COLUMN "Dimension"."City"."Sales_Territory" IS 'Sales territory for this StateProvince';
COMMENT ON COLUMN "Dimension"."City"."Region" IS 'Name of the region';
COMMENT ON COLUMN "Dimension"."City"."Subregion" IS 'Name of the subregion';
COMMENT ON COLUMN "Dimension"."City"."Location" IS 'Geographic location of the city';
COMMENT ON COLUMN "Dimension"."City"."Latest_Recorded_Population" IS 'Latest available population for the City';
COMMENT ON COLUMN "Dimension"."City"."Valid_From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."City"."Valid_To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."City"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Customer" IS 'Customer dimension';
COMMENT ON COLUMN "Dimension"."Customer"."Customer_Key" IS 'DW key for the customer dimension';
COMMENT ON COLUMN "Dimension"."Customer"."WWI_Customer_ID" IS 'Numeric ID used for reference to a customer within the WWI database';
COMMENT ON COLUMN "Dimension"."Customer"."Customer" IS 'Customer''s full name (usually a trading name)';
COMMENT ON COLUMN "Dimension"."Customer"."Bill_To_Customer" IS 'Bill to customer''s full name';
COMMENT ON COLUMN "Dimension"."Customer"."Category" IS 'Customer''s category';
COMMENT ON COLUMN "Dimension"."Customer"."Buying_Group" IS 'Customer''s buying group';
COMMENT ON COLUMN "Dimension"."Customer"."Primary_Contact" IS 'Primary contact';
COMMENT ON COLUMN "Dimension"."Customer"."Postal_Code" IS 'Delivery postal code for the customer';
COMMENT ON COLUMN "Dimension"."Customer"."Valid_From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Customer"."Valid_To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Customer"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Employee" IS 'Employee dimension';
COMMENT ON COLUMN "Dimension"."Employee"."Employee_Key" IS 'DW key for the employee dimension';
COMMENT ON COLUMN "Dimension"."Employee"."WWI_Employee_ID" IS 'Numeric ID (PersonID) in the WWI database';
COMMENT ON COLUMN "Dimension"."Employee"."Employee" IS 'Full name for this person';
COMMENT ON COLUMN "Dimension"."Employee"."Preferred_Name" IS 'Name that this person prefers to be called';
COMMENT ON COLUMN "Dimension"."Employee"."Is_Salesperson" IS 'Is this person a staff salesperson?';
COMMENT ON COLUMN "Dimension"."Employee"."Photo" IS 'Photo of this person';
COMMENT ON COLUMN "Dimension"."Employee"."Valid_From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Employee"."Valid_To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Employee"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Payment_Method" IS 'PaymentMethod dimension';
COMMENT ON COLUMN "Dimension"."Payment_Method"."Payment_Method_Key" IS 'DW key for the payment method dimension';
COMMENT ON COLUMN "Dimension"."Payment_Method"."WWI_Payment_Method_ID" IS 'Numeric ID for the payment method in the WWI database';
COMMENT ON COLUMN "Dimension"."Payment_Method"."Payment_Method" IS 'Payment method name';
COMMENT ON COLUMN "Dimension"."Payment_Method"."Valid_From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Payment_Method"."Valid_To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Payment_Method"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Stock_Item" IS 'StockItem dimension';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Stock_Item_Key" IS 'DW key for the stock item dimension';
COMMENT ON COLUMN "Dimension"."Stock_Item"."WWI_Stock_Item_ID" IS 'Numeric ID used for reference to a stock item within the WWI database';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Stock_Item" IS 'Full name of a stock item (but not a full description)';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Color" IS 'Color (optional) for this stock item';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Selling_Package" IS 'Usual package for selling units of this stock item';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Buying_Package" IS 'Usual package for selling outers of this stock item (ie cartons, boxes, etc.)';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Brand" IS 'Brand for the stock item (if the item is branded)';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Size" IS 'Size of this item (eg: 100mm)';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Lead_Time_Days" IS 'Number of days typically taken from order to receipt of this stock item';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Quantity_Per_Outer" IS 'Quantity of the stock item in an outer package';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Is_Chiller_Stock" IS 'Does this stock item need to be in a chiller?';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Barcode" IS 'Barcode for this stock item';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Tax_Rate" IS 'Tax rate to be applied';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Unit_Price" IS 'Selling price (ex-tax) for one unit of this product';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Recommended_Retail_Price" IS 'Recommended retail price for this stock item';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Typical_Weight_Per_Unit" IS 'Typical weight for one unit of this product (packaged)';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Photo" IS 'Photo of the product';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Valid_From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Valid_To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Stock_Item"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Supplier" IS 'Supplier dimension';
COMMENT ON COLUMN "Dimension"."Supplier"."Supplier_Key" IS 'DW key for the supplier dimension';
COMMENT ON COLUMN "Dimension"."Supplier"."WWI_Supplier_ID" IS 'Numeric ID used for reference to a supplier within the WWI database';
COMMENT ON COLUMN "Dimension"."Supplier"."Supplier" IS 'Supplier''s full name (usually a trading name)';
COMMENT ON COLUMN "Dimension"."Supplier"."Category" IS 'Supplier''s category';
COMMENT ON COLUMN "Dimension"."Supplier"."Primary_Contact" IS 'Primary contact';
COMMENT ON COLUMN "Dimension"."Supplier"."Supplier_Reference" IS 'Supplier reference for our organization (might be our account number at the supplier)';
COMMENT ON COLUMN "Dimension"."Supplier"."Payment_Days" IS 'Number of days for payment of an invoice (ie payment terms)';
COMMENT ON COLUMN "Dimension"."Supplier"."Postal_Code" IS 'Delivery postal code for the supplier';
COMMENT ON COLUMN "Dimension"."Supplier"."Valid_From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Supplier"."Valid_To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Supplier"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Dimension"."Transaction_Type" IS 'TransactionType dimension';
COMMENT ON COLUMN "Dimension"."Transaction_Type"."Transaction_Type_Key" IS 'DW key for the transaction type dimension';
COMMENT ON COLUMN "Dimension"."Transaction_Type"."WWI_Transaction_Type_ID" IS 'Numeric ID used for reference to a transaction type within the WWI database';
COMMENT ON COLUMN "Dimension"."Transaction_Type"."Transaction_Type" IS 'Full name of the transaction type';
COMMENT ON COLUMN "Dimension"."Transaction_Type"."Valid_From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Dimension"."Transaction_Type"."Valid_To" IS 'Valid until this date and time';
COMMENT ON COLUMN "Dimension"."Transaction_Type"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Movement" IS 'Movement fact table (movements of stock items)';
COMMENT ON COLUMN "Fact"."Movement"."Movement_Key" IS 'DW key for a row in the Movement fact';
COMMENT ON COLUMN "Fact"."Movement"."Date_Key" IS 'Transaction date';
COMMENT ON COLUMN "Fact"."Movement"."Stock_Item_Key" IS 'Stock item for this purchase order';
COMMENT ON COLUMN "Fact"."Movement"."Customer_Key" IS 'Customer (if applicable)';
COMMENT ON COLUMN "Fact"."Movement"."Supplier_Key" IS 'Supplier (if applicable)';
COMMENT ON COLUMN "Fact"."Movement"."Transaction_Type_Key" IS 'Type of transaction';
COMMENT ON COLUMN "Fact"."Movement"."WWI_Stock_Item_Transaction_ID" IS 'Stock item transaction ID in source system';
COMMENT ON COLUMN "Fact"."Movement"."WWI_Invoice_ID" IS 'Invoice ID in source system';
COMMENT ON COLUMN "Fact"."Movement"."WWI_Purchase_Order_ID" IS 'Purchase order ID in source system';
COMMENT ON COLUMN "Fact"."Movement"."Quantity" IS 'Quantity of stock movement (positive is incoming stock, negative is outgoing)';
COMMENT ON COLUMN "Fact"."Movement"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Order" IS 'Order fact table (customer orders)';
COMMENT ON COLUMN "Fact"."Order"."Order_Key" IS 'DW key for a row in the Order fact';
COMMENT ON COLUMN "Fact"."Order"."City_Key" IS 'City for this order';
COMMENT ON COLUMN "Fact"."Order"."Customer_Key" IS 'Customer for this order';
COMMENT ON COLUMN "Fact"."Order"."Stock_Item_Key" IS 'Stock item for this order';
COMMENT ON COLUMN "Fact"."Order"."Order_Date_Key" IS 'Order date for this order';
COMMENT ON COLUMN "Fact"."Order"."Picked_Date_Key" IS 'Picked date for this order';
COMMENT ON COLUMN "Fact"."Order"."Salesperson_Key" IS 'Salesperson for this order';
COMMENT ON COLUMN "Fact"."Order"."Picker_Key" IS 'Picker for this order';
COMMENT ON COLUMN "Fact"."Order"."WWI_Order_ID" IS 'OrderID in source system';
COMMENT ON COLUMN "Fact"."Order"."WWI_Backorder_ID" IS 'BackorderID in source system';
COMMENT ON COLUMN "Fact"."Order"."Description" IS 'Description of the item supplied (Usually the stock item name but can be overridden)';
COMMENT ON COLUMN "Fact"."Order"."Package" IS 'Type of package to be supplied';
COMMENT ON COLUMN "Fact"."Order"."Quantity" IS 'Quantity to be supplied';
COMMENT ON COLUMN "Fact"."Order"."Unit_Price" IS 'Unit price to be charged';
COMMENT ON COLUMN "Fact"."Order"."Tax_Rate" IS 'Tax rate to be applied';
COMMENT ON COLUMN "Fact"."Order"."Total_Excluding_Tax" IS 'Total amount excluding tax';
COMMENT ON COLUMN "Fact"."Order"."Tax_Amount" IS 'Total amount of tax';
COMMENT ON COLUMN "Fact"."Order"."Total_Including_Tax" IS 'Total amount including tax';
COMMENT ON COLUMN "Fact"."Order"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Purchase" IS 'Purchase fact table (stock purchases from suppliers)';
COMMENT ON COLUMN "Fact"."Purchase"."Purchase_Key" IS 'DW key for a row in the Purchase fact';
COMMENT ON COLUMN "Fact"."Purchase"."Date_Key" IS 'Purchase order date';
COMMENT ON COLUMN "Fact"."Purchase"."Supplier_Key" IS 'Supplier for this purchase order';
COMMENT ON COLUMN "Fact"."Purchase"."Stock_Item_Key" IS 'Stock item for this purchase order';
COMMENT ON COLUMN "Fact"."Purchase"."WWI_Purchase_Order_ID" IS 'Purchase order ID in source system ';
COMMENT ON COLUMN "Fact"."Purchase"."Ordered_Outers" IS 'Quantity of outers (ordering packages)';
COMMENT ON COLUMN "Fact"."Purchase"."Ordered_Quantity" IS 'Quantity of inners (selling packages)';
COMMENT ON COLUMN "Fact"."Purchase"."Received_Outers" IS 'Received outers (so far)';
COMMENT ON COLUMN "Fact"."Purchase"."Package" IS 'Package ordered';
COMMENT ON COLUMN "Fact"."Purchase"."Is_Order_Finalized" IS 'Is this purchase order now finalized?';
COMMENT ON COLUMN "Fact"."Purchase"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Sale" IS 'Sale fact table (invoiced sales to customers)';
COMMENT ON COLUMN "Fact"."Sale"."Sale_Key" IS 'DW key for a row in the Sale fact';
COMMENT ON COLUMN "Fact"."Sale"."City_Key" IS 'City for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Customer_Key" IS 'Customer for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Bill_To_Customer_Key" IS 'Bill To Customer for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Stock_Item_Key" IS 'Stock item for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Invoice_Date_Key" IS 'Invoice date for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."Delivery_Date_Key" IS 'Date that these items were delivered';
COMMENT ON COLUMN "Fact"."Sale"."Salesperson_Key" IS 'Salesperson for this invoice';
COMMENT ON COLUMN "Fact"."Sale"."WWI_Invoice_ID" IS 'InvoiceID in source system';
COMMENT ON COLUMN "Fact"."Sale"."Description" IS 'Description of the item supplied (Usually the stock item name but can be overridden)';
COMMENT ON COLUMN "Fact"."Sale"."Package" IS 'Type of package supplied';
COMMENT ON COLUMN "Fact"."Sale"."Quantity" IS 'Quantity supplied';
COMMENT ON COLUMN "Fact"."Sale"."Unit_Price" IS 'Unit price charged';
COMMENT ON COLUMN "Fact"."Sale"."Tax_Rate" IS 'Tax rate applied';
COMMENT ON COLUMN "Fact"."Sale"."Total_Excluding_Tax" IS 'Total amount excluding tax';
COMMENT ON COLUMN "Fact"."Sale"."Tax_Amount" IS 'Total amount of tax';
COMMENT ON COLUMN "Fact"."Sale"."Profit" IS 'Total amount of profit';
COMMENT ON COLUMN "Fact"."Sale"."Total_Including_Tax" IS 'Total amount including tax';
COMMENT ON COLUMN "Fact"."Sale"."Total_Dry_Items" IS 'Total number of dry items';
COMMENT ON COLUMN "Fact"."Sale"."Total_Chiller_Items" IS 'Total number of chiller items';
COMMENT ON COLUMN "Fact"."Sale"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Stock_Holding" IS 'Holdings of stock items';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Stock_Holding_Key" IS 'DW key for a row in the Stock Holding fact';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Stock_Item_Key" IS 'Stock item being held';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Quantity_On_Hand" IS 'Quantity on hand';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Bin_Location" IS 'Bin location (where is this stock in the warehouse)';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Last_Stocktake_Quantity" IS 'Quantity present at last stocktake';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Last_Cost_Price" IS 'Unit cost when the stock item was last purchased';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Reorder_Level" IS 'Quantity below which reordering should take place';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Target_Stock_Level" IS 'Typical stock level held';
COMMENT ON COLUMN "Fact"."Stock_Holding"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Fact"."Transaction" IS 'Transaction fact table (financial transactions involving customers and supppliers)';
COMMENT ON COLUMN "Fact"."Transaction"."Transaction_Key" IS 'DW key for a row in the Transaction fact';
COMMENT ON COLUMN "Fact"."Transaction"."Date_Key" IS 'Transaction date';
COMMENT ON COLUMN "Fact"."Transaction"."Customer_Key" IS 'Customer (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."Bill_To_Customer_Key" IS 'Bill to customer (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."Supplier_Key" IS 'Supplier (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."Transaction_Type_Key" IS 'Type of transaction';
COMMENT ON COLUMN "Fact"."Transaction"."Payment_Method_Key" IS 'Payment method (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."WWI_Customer_Transaction_ID" IS 'Customer transaction ID in source system';
COMMENT ON COLUMN "Fact"."Transaction"."WWI_Supplier_Transaction_ID" IS 'Supplier transaction ID in source system';
COMMENT ON COLUMN "Fact"."Transaction"."WWI_Invoice_ID" IS 'Invoice ID in source system';
COMMENT ON COLUMN "Fact"."Transaction"."WWI_Purchase_Order_ID" IS 'Purchase order ID in source system';
COMMENT ON COLUMN "Fact"."Transaction"."Supplier_Invoice_Number" IS 'Supplier invoice number (if applicable)';
COMMENT ON COLUMN "Fact"."Transaction"."Total_Excluding_Tax" IS 'Total amount excluding tax';
COMMENT ON COLUMN "Fact"."Transaction"."Tax_Amount" IS 'Total amount of tax';
COMMENT ON COLUMN "Fact"."Transaction"."Total_Including_Tax" IS 'Total amount including tax';
COMMENT ON COLUMN "Fact"."Transaction"."Outstanding_Balance" IS 'Amount still outstanding for this transaction';
COMMENT ON COLUMN "Fact"."Transaction"."Is_Finalized" IS 'Has this transaction been finalized?';
COMMENT ON COLUMN "Fact"."Transaction"."Lineage_Key" IS 'Lineage Key for the data load for this row';
COMMENT ON TABLE "Integration"."City_Staging" IS 'City staging table';
COMMENT ON COLUMN "Integration"."City_Staging"."City_Staging_Key" IS 'Row ID within the staging table';
COMMENT ON COLUMN "Integration"."City_Staging"."WWI_City_ID" IS 'Numeric ID used for reference to a city within the WWI database';
COMMENT ON COLUMN "Integration"."City_Staging"."City" IS 'Formal name of the city';
COMMENT ON COLUMN "Integration"."City_Staging"."State_Province" IS 'State or province for this city';
COMMENT ON COLUMN "Integration"."City_Staging"."Country" IS 'Country name';
COMMENT ON COLUMN "Integration"."City_Staging"."Continent" IS 'Continent that this city is on';
COMMENT ON COLUMN "Integration"."City_Staging"."Sales_Territory" IS 'Sales territory for this StateProvince';
COMMENT ON COLUMN "Integration"."City_Staging"."Region" IS 'Name of the region';
COMMENT ON COLUMN "Integration"."City_Staging"."Subregion" IS 'Name of the subregion';
COMMENT ON COLUMN "Integration"."City_Staging"."Location" IS 'Geographic location of the city';
COMMENT ON COLUMN "Integration"."City_Staging"."Latest_Recorded_Population" IS 'Latest available population for the City';
COMMENT ON COLUMN "Integration"."City_Staging"."Valid_From" IS 'Valid from this date and time';
COMMENT ON COLUMN "Integration"."City_Staging"."Valid_To" IS 'Valid until this date and time';
COMMENT ON TABLE "Integration"."ETL_Cutoff" IS 'ETL Cutoff Times';
COMMENT ON COLUMN "Integration"."ETL_Cutoff"."Table_Name" IS 'Table name';
COMMENT ON COLUMN "Integration"."ETL_Cutoff"."Cutoff_Time" IS 'Time up to which data has been loaded';
COMMENT ON TABLE "Integration"."Lineage" IS 'Details of data load attempts';
COMMENT ON COLUMN "Integration"."Lineage"."Lineage_Key" IS 'DW key for lineage data';
COMMENT ON COLUMN "Integration"."Lineage"."Data_Load_Started" IS 'Time when the data load attempt began';
COMMENT ON COLUMN "Integration"."Lineage"."Table_Name" IS 'Name of the table for this data load event';
COMMENT ON COLUMN "Integration"."Lineage"."Data_Load_Completed" IS 'Time when the data load attempt completed (successfully or not)';
COMMENT ON COLUMN "Integration"."Lineage"."Was_Successful" IS 'Was the attempt successful?';
COMMENT ON COLUMN "Integration"."Lineage"."Source_System_Cutoff_Time" IS 'Time that rows from the source system were loaded up until';
