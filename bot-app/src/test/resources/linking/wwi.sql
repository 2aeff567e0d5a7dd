-- Wide World Importers, Microsoft's SQL Server 2016 OLTP sample database (WideWorldImporters, the wholesale
-- novelty-goods importer), read from the SSDT project of its sources (`wwi-ssdt/wwi-ssdt/<Schema>/Tables/*.sql`
-- of microsoft/sql-server-samples, `samples/databases/wide-world-importers`, as copied unchanged into
-- github.com/lowtouch-ai/wideworldimporters-mssql, commit 11f770c; MIT licence, Microsoft), T-SQL converted to
-- PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and checked there: the 32 tables of its four
-- business schemas "Application", "Purchasing", "Sales" and "Warehouse" with their PascalCase names (quoted
-- identifiers), primary keys, the 98 foreign keys the project declares, and its extended-property descriptions as
-- COMMENT ON TABLE/COLUMN. Types: int → integer, bit → boolean, nvarchar(n) → varchar(n), nvarchar(max) → text,
-- decimal → numeric, datetime2 → timestamp, varbinary → bytea, geography → text; the computed columns (SearchName,
-- OtherLanguages, IsFinalized, ConfirmedDeliveryTime, ConfirmedReceivedBy, Tags, SearchDetails) kept as plain
-- columns. Left out: the temporal history tables (*_Archive), the DataLoadSimulation, Integration, Website,
-- Reports and Sequences schemas, dbo.SampleVersion, defaults, sequences, CHECK and UNIQUE constraints, indexes,
-- partitioning, memory-optimised options, views, procedures and functions. No data. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS "Application";
CREATE SCHEMA IF NOT EXISTS "Purchasing";
CREATE SCHEMA IF NOT EXISTS "Sales";
CREATE SCHEMA IF NOT EXISTS "Warehouse";
CREATE TABLE "Application"."Cities" (
    "CityID" integer NOT NULL,
    "CityName" varchar(50) NOT NULL,
    "StateProvinceID" integer NOT NULL,
    "Location" text,
    "LatestRecordedPopulation" bigint,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("CityID")
);
CREATE TABLE "Application"."Countries" (
    "CountryID" integer NOT NULL,
    "CountryName" varchar(60) NOT NULL,
    "FormalName" varchar(60) NOT NULL,
    "IsoAlpha3Code" varchar(3),
    "IsoNumericCode" integer,
    "CountryType" varchar(20),
    "LatestRecordedPopulation" bigint,
    "Continent" varchar(30) NOT NULL,
    "Region" varchar(30) NOT NULL,
    "Subregion" varchar(30) NOT NULL,
    "Border" text,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("CountryID")
);
CREATE TABLE "Application"."DeliveryMethods" (
    "DeliveryMethodID" integer NOT NULL,
    "DeliveryMethodName" varchar(50) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("DeliveryMethodID")
);
CREATE TABLE "Application"."Logs" (
    "Message" varchar(4000) NOT NULL,
    "Level" varchar(16) NOT NULL,
    "EventTime" timestamp NOT NULL,
    "LogEvent" text
);
CREATE TABLE "Application"."PaymentMethods" (
    "PaymentMethodID" integer NOT NULL,
    "PaymentMethodName" varchar(50) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("PaymentMethodID")
);
CREATE TABLE "Application"."People" (
    "PersonID" integer NOT NULL,
    "FullName" varchar(50) NOT NULL,
    "PreferredName" varchar(50) NOT NULL,
    "SearchName" varchar(101),
    "IsPermittedToLogon" boolean NOT NULL,
    "LogonName" varchar(256),
    "IsExternalLogonProvider" boolean NOT NULL,
    "HashedPassword" bytea,
    "IsSystemUser" boolean NOT NULL,
    "IsEmployee" boolean NOT NULL,
    "IsSalesperson" boolean NOT NULL,
    "UserPreferences" text,
    "PhoneNumber" varchar(20),
    "FaxNumber" varchar(20),
    "EmailAddress" varchar(256),
    "Photo" bytea,
    "CustomFields" text,
    "OtherLanguages" text,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("PersonID")
);
CREATE TABLE "Application"."StateProvinces" (
    "StateProvinceID" integer NOT NULL,
    "StateProvinceCode" varchar(5) NOT NULL,
    "StateProvinceName" varchar(50) NOT NULL,
    "CountryID" integer NOT NULL,
    "SalesTerritory" varchar(50) NOT NULL,
    "Border" text,
    "LatestRecordedPopulation" bigint,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("StateProvinceID")
);
CREATE TABLE "Application"."SystemParameters" (
    "SystemParameterID" integer NOT NULL,
    "DeliveryAddressLine1" varchar(60) NOT NULL,
    "DeliveryAddressLine2" varchar(60),
    "DeliveryCityID" integer NOT NULL,
    "DeliveryPostalCode" varchar(10) NOT NULL,
    "DeliveryLocation" text NOT NULL,
    "PostalAddressLine1" varchar(60) NOT NULL,
    "PostalAddressLine2" varchar(60),
    "PostalCityID" integer NOT NULL,
    "PostalPostalCode" varchar(10) NOT NULL,
    "ApplicationSettings" text NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("SystemParameterID")
);
CREATE TABLE "Application"."TransactionTypes" (
    "TransactionTypeID" integer NOT NULL,
    "TransactionTypeName" varchar(50) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("TransactionTypeID")
);
CREATE TABLE "Purchasing"."PurchaseOrderLines" (
    "PurchaseOrderLineID" integer NOT NULL,
    "PurchaseOrderID" integer NOT NULL,
    "StockItemID" integer NOT NULL,
    "OrderedOuters" integer NOT NULL,
    "Description" varchar(100) NOT NULL,
    "ReceivedOuters" integer NOT NULL,
    "PackageTypeID" integer NOT NULL,
    "ExpectedUnitPricePerOuter" numeric(18,2),
    "LastReceiptDate" date,
    "IsOrderLineFinalized" boolean NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("PurchaseOrderLineID")
);
CREATE TABLE "Purchasing"."PurchaseOrders" (
    "PurchaseOrderID" integer NOT NULL,
    "SupplierID" integer NOT NULL,
    "OrderDate" date NOT NULL,
    "DeliveryMethodID" integer NOT NULL,
    "ContactPersonID" integer NOT NULL,
    "ExpectedDeliveryDate" date,
    "SupplierReference" varchar(20),
    "IsOrderFinalized" boolean NOT NULL,
    "Comments" text,
    "InternalComments" text,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("PurchaseOrderID")
);
CREATE TABLE "Purchasing"."SupplierCategories" (
    "SupplierCategoryID" integer NOT NULL,
    "SupplierCategoryName" varchar(50) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("SupplierCategoryID")
);
CREATE TABLE "Purchasing"."SupplierTransactions" (
    "SupplierTransactionID" integer NOT NULL,
    "SupplierID" integer NOT NULL,
    "TransactionTypeID" integer NOT NULL,
    "PurchaseOrderID" integer,
    "PaymentMethodID" integer,
    "SupplierInvoiceNumber" varchar(20),
    "TransactionDate" date NOT NULL,
    "AmountExcludingTax" numeric(18,2) NOT NULL,
    "TaxAmount" numeric(18,2) NOT NULL,
    "TransactionAmount" numeric(18,2) NOT NULL,
    "OutstandingBalance" numeric(18,2) NOT NULL,
    "FinalizationDate" date,
    "IsFinalized" boolean,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("SupplierTransactionID")
);
CREATE TABLE "Purchasing"."Suppliers" (
    "SupplierID" integer NOT NULL,
    "SupplierName" varchar(100) NOT NULL,
    "SupplierCategoryID" integer NOT NULL,
    "PrimaryContactPersonID" integer NOT NULL,
    "AlternateContactPersonID" integer NOT NULL,
    "DeliveryMethodID" integer,
    "DeliveryCityID" integer NOT NULL,
    "PostalCityID" integer NOT NULL,
    "SupplierReference" varchar(20),
    "BankAccountName" varchar(50),
    "BankAccountBranch" varchar(50),
    "BankAccountCode" varchar(20),
    "BankAccountNumber" varchar(20),
    "BankInternationalCode" varchar(20),
    "PaymentDays" integer NOT NULL,
    "InternalComments" text,
    "PhoneNumber" varchar(20) NOT NULL,
    "FaxNumber" varchar(20) NOT NULL,
    "WebsiteURL" varchar(256) NOT NULL,
    "DeliveryAddressLine1" varchar(60) NOT NULL,
    "DeliveryAddressLine2" varchar(60),
    "DeliveryPostalCode" varchar(10) NOT NULL,
    "DeliveryLocation" text,
    "PostalAddressLine1" varchar(60) NOT NULL,
    "PostalAddressLine2" varchar(60),
    "PostalPostalCode" varchar(10) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("SupplierID")
);
CREATE TABLE "Sales"."BuyingGroups" (
    "BuyingGroupID" integer NOT NULL,
    "BuyingGroupName" varchar(50) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("BuyingGroupID")
);
CREATE TABLE "Sales"."CustomerCategories" (
    "CustomerCategoryID" integer NOT NULL,
    "CustomerCategoryName" varchar(50) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("CustomerCategoryID")
);
CREATE TABLE "Sales"."CustomerTransactions" (
    "CustomerTransactionID" integer NOT NULL,
    "CustomerID" integer NOT NULL,
    "TransactionTypeID" integer NOT NULL,
    "InvoiceID" integer,
    "PaymentMethodID" integer,
    "TransactionDate" date NOT NULL,
    "AmountExcludingTax" numeric(18,2) NOT NULL,
    "TaxAmount" numeric(18,2) NOT NULL,
    "TransactionAmount" numeric(18,2) NOT NULL,
    "OutstandingBalance" numeric(18,2) NOT NULL,
    "FinalizationDate" date,
    "IsFinalized" boolean,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("CustomerTransactionID")
);
CREATE TABLE "Sales"."Customers" (
    "CustomerID" integer NOT NULL,
    "CustomerName" varchar(100) NOT NULL,
    "BillToCustomerID" integer NOT NULL,
    "CustomerCategoryID" integer NOT NULL,
    "BuyingGroupID" integer,
    "PrimaryContactPersonID" integer NOT NULL,
    "AlternateContactPersonID" integer,
    "DeliveryMethodID" integer NOT NULL,
    "DeliveryCityID" integer NOT NULL,
    "PostalCityID" integer NOT NULL,
    "CreditLimit" numeric(18,2),
    "AccountOpenedDate" date NOT NULL,
    "StandardDiscountPercentage" numeric(18,3) NOT NULL,
    "IsStatementSent" boolean NOT NULL,
    "IsOnCreditHold" boolean NOT NULL,
    "PaymentDays" integer NOT NULL,
    "PhoneNumber" varchar(20) NOT NULL,
    "FaxNumber" varchar(20) NOT NULL,
    "DeliveryRun" varchar(5),
    "RunPosition" varchar(5),
    "WebsiteURL" varchar(256) NOT NULL,
    "DeliveryAddressLine1" varchar(60) NOT NULL,
    "DeliveryAddressLine2" varchar(60),
    "DeliveryPostalCode" varchar(10) NOT NULL,
    "DeliveryLocation" text,
    "PostalAddressLine1" varchar(60) NOT NULL,
    "PostalAddressLine2" varchar(60),
    "PostalPostalCode" varchar(10) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("CustomerID")
);
CREATE TABLE "Sales"."InvoiceLines" (
    "InvoiceLineID" integer NOT NULL,
    "InvoiceID" integer NOT NULL,
    "StockItemID" integer NOT NULL,
    "Description" varchar(100) NOT NULL,
    "PackageTypeID" integer NOT NULL,
    "Quantity" integer NOT NULL,
    "UnitPrice" numeric(18,2),
    "TaxRate" numeric(18,3) NOT NULL,
    "TaxAmount" numeric(18,2) NOT NULL,
    "LineProfit" numeric(18,2) NOT NULL,
    "ExtendedPrice" numeric(18,2) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("InvoiceLineID")
);
CREATE TABLE "Sales"."Invoices" (
    "InvoiceID" integer NOT NULL,
    "CustomerID" integer NOT NULL,
    "BillToCustomerID" integer NOT NULL,
    "OrderID" integer,
    "DeliveryMethodID" integer NOT NULL,
    "ContactPersonID" integer NOT NULL,
    "AccountsPersonID" integer NOT NULL,
    "SalespersonPersonID" integer NOT NULL,
    "PackedByPersonID" integer NOT NULL,
    "InvoiceDate" date NOT NULL,
    "CustomerPurchaseOrderNumber" varchar(20),
    "IsCreditNote" boolean NOT NULL,
    "CreditNoteReason" text,
    "Comments" text,
    "DeliveryInstructions" text,
    "InternalComments" text,
    "TotalDryItems" integer NOT NULL,
    "TotalChillerItems" integer NOT NULL,
    "DeliveryRun" varchar(5),
    "RunPosition" varchar(5),
    "ReturnedDeliveryData" text,
    "ConfirmedDeliveryTime" timestamp,
    "ConfirmedReceivedBy" varchar(4000),
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("InvoiceID")
);
CREATE TABLE "Sales"."OrderLines" (
    "OrderLineID" integer NOT NULL,
    "OrderID" integer NOT NULL,
    "StockItemID" integer NOT NULL,
    "Description" varchar(100) NOT NULL,
    "PackageTypeID" integer NOT NULL,
    "Quantity" integer NOT NULL,
    "UnitPrice" numeric(18,2),
    "TaxRate" numeric(18,3) NOT NULL,
    "PickedQuantity" integer NOT NULL,
    "PickingCompletedWhen" timestamp,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("OrderLineID")
);
CREATE TABLE "Sales"."Orders" (
    "OrderID" integer NOT NULL,
    "CustomerID" integer NOT NULL,
    "SalespersonPersonID" integer NOT NULL,
    "PickedByPersonID" integer,
    "ContactPersonID" integer NOT NULL,
    "BackorderOrderID" integer,
    "OrderDate" date NOT NULL,
    "ExpectedDeliveryDate" date NOT NULL,
    "CustomerPurchaseOrderNumber" varchar(20),
    "IsUndersupplyBackordered" boolean NOT NULL,
    "Comments" text,
    "DeliveryInstructions" text,
    "InternalComments" text,
    "PickingCompletedWhen" timestamp,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("OrderID")
);
CREATE TABLE "Sales"."SpecialDeals" (
    "SpecialDealID" integer NOT NULL,
    "StockItemID" integer,
    "CustomerID" integer,
    "BuyingGroupID" integer,
    "CustomerCategoryID" integer,
    "StockGroupID" integer,
    "DealDescription" varchar(30) NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date NOT NULL,
    "DiscountAmount" numeric(18,2),
    "DiscountPercentage" numeric(18,3),
    "UnitPrice" numeric(18,2),
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("SpecialDealID")
);
CREATE TABLE "Warehouse"."ColdRoomTemperatures" (
    "ColdRoomTemperatureID" bigint NOT NULL,
    "ColdRoomSensorNumber" integer NOT NULL,
    "RecordedWhen" timestamp NOT NULL,
    "Temperature" numeric(10,2) NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("ColdRoomTemperatureID")
);
CREATE TABLE "Warehouse"."Colors" (
    "ColorID" integer NOT NULL,
    "ColorName" varchar(20) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("ColorID")
);
CREATE TABLE "Warehouse"."PackageTypes" (
    "PackageTypeID" integer NOT NULL,
    "PackageTypeName" varchar(50) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("PackageTypeID")
);
CREATE TABLE "Warehouse"."StockGroups" (
    "StockGroupID" integer NOT NULL,
    "StockGroupName" varchar(50) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("StockGroupID")
);
CREATE TABLE "Warehouse"."StockItemHoldings" (
    "StockItemID" integer NOT NULL,
    "QuantityOnHand" integer NOT NULL,
    "BinLocation" varchar(20) NOT NULL,
    "LastStocktakeQuantity" integer NOT NULL,
    "LastCostPrice" numeric(18,2) NOT NULL,
    "ReorderLevel" integer NOT NULL,
    "TargetStockLevel" integer NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("StockItemID")
);
CREATE TABLE "Warehouse"."StockItemStockGroups" (
    "StockItemStockGroupID" integer NOT NULL,
    "StockItemID" integer NOT NULL,
    "StockGroupID" integer NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("StockItemStockGroupID")
);
CREATE TABLE "Warehouse"."StockItemTransactions" (
    "StockItemTransactionID" integer NOT NULL,
    "StockItemID" integer NOT NULL,
    "TransactionTypeID" integer NOT NULL,
    "CustomerID" integer,
    "InvoiceID" integer,
    "SupplierID" integer,
    "PurchaseOrderID" integer,
    "TransactionOccurredWhen" timestamp NOT NULL,
    "Quantity" numeric(18,3) NOT NULL,
    "LastEditedBy" integer NOT NULL,
    "LastEditedWhen" timestamp NOT NULL,
    PRIMARY KEY ("StockItemTransactionID")
);
CREATE TABLE "Warehouse"."StockItems" (
    "StockItemID" integer NOT NULL,
    "StockItemName" varchar(100) NOT NULL,
    "SupplierID" integer NOT NULL,
    "ColorID" integer,
    "UnitPackageID" integer NOT NULL,
    "OuterPackageID" integer NOT NULL,
    "Brand" varchar(50),
    "Size" varchar(20),
    "LeadTimeDays" integer NOT NULL,
    "QuantityPerOuter" integer NOT NULL,
    "IsChillerStock" boolean NOT NULL,
    "Barcode" varchar(50),
    "TaxRate" numeric(18,3) NOT NULL,
    "UnitPrice" numeric(18,2) NOT NULL,
    "RecommendedRetailPrice" numeric(18,2),
    "TypicalWeightPerUnit" numeric(18,3) NOT NULL,
    "MarketingComments" text,
    "InternalComments" text,
    "Photo" bytea,
    "CustomFields" text,
    "Tags" text,
    "SearchDetails" text,
    "LastEditedBy" integer NOT NULL,
    "ValidFrom" timestamp NOT NULL,
    "ValidTo" timestamp NOT NULL,
    PRIMARY KEY ("StockItemID")
);
CREATE TABLE "Warehouse"."VehicleTemperatures" (
    "VehicleTemperatureID" bigint NOT NULL,
    "VehicleRegistration" varchar(20) NOT NULL,
    "ChillerSensorNumber" integer NOT NULL,
    "RecordedWhen" timestamp NOT NULL,
    "Temperature" numeric(10,2) NOT NULL,
    "FullSensorData" varchar(1000),
    "IsCompressed" boolean NOT NULL,
    "CompressedSensorData" bytea,
    PRIMARY KEY ("VehicleTemperatureID")
);
ALTER TABLE "Application"."Cities" ADD CONSTRAINT "FK_Application_Cities_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Application"."Cities" ADD CONSTRAINT "FK_Application_Cities_StateProvinceID_Application_StateProvinces" FOREIGN KEY ("StateProvinceID") REFERENCES "Application"."StateProvinces" ("StateProvinceID");
ALTER TABLE "Application"."Countries" ADD CONSTRAINT "FK_Application_Countries_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Application"."DeliveryMethods" ADD CONSTRAINT "FK_Application_DeliveryMethods_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Application"."PaymentMethods" ADD CONSTRAINT "FK_Application_PaymentMethods_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Application"."People" ADD CONSTRAINT "FK_Application_People_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Application"."StateProvinces" ADD CONSTRAINT "FK_Application_StateProvinces_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Application"."StateProvinces" ADD CONSTRAINT "FK_Application_StateProvinces_CountryID_Application_Countries" FOREIGN KEY ("CountryID") REFERENCES "Application"."Countries" ("CountryID");
ALTER TABLE "Application"."SystemParameters" ADD CONSTRAINT "FK_Application_SystemParameters_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Application"."SystemParameters" ADD CONSTRAINT "FK_Application_SystemParameters_DeliveryCityID_Application_Cities" FOREIGN KEY ("DeliveryCityID") REFERENCES "Application"."Cities" ("CityID");
ALTER TABLE "Application"."SystemParameters" ADD CONSTRAINT "FK_Application_SystemParameters_PostalCityID_Application_Cities" FOREIGN KEY ("PostalCityID") REFERENCES "Application"."Cities" ("CityID");
ALTER TABLE "Application"."TransactionTypes" ADD CONSTRAINT "FK_Application_TransactionTypes_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."PurchaseOrderLines" ADD CONSTRAINT "FK_Purchasing_PurchaseOrderLines_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."PurchaseOrderLines" ADD CONSTRAINT "FK_Purchasing_PurchaseOrderLines_PackageTypeID_Warehouse_PackageTypes" FOREIGN KEY ("PackageTypeID") REFERENCES "Warehouse"."PackageTypes" ("PackageTypeID");
ALTER TABLE "Purchasing"."PurchaseOrderLines" ADD CONSTRAINT "FK_Purchasing_PurchaseOrderLines_PurchaseOrderID_Purchasing_PurchaseOrders" FOREIGN KEY ("PurchaseOrderID") REFERENCES "Purchasing"."PurchaseOrders" ("PurchaseOrderID");
ALTER TABLE "Purchasing"."PurchaseOrderLines" ADD CONSTRAINT "FK_Purchasing_PurchaseOrderLines_StockItemID_Warehouse_StockItems" FOREIGN KEY ("StockItemID") REFERENCES "Warehouse"."StockItems" ("StockItemID");
ALTER TABLE "Purchasing"."PurchaseOrders" ADD CONSTRAINT "FK_Purchasing_PurchaseOrders_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."PurchaseOrders" ADD CONSTRAINT "FK_Purchasing_PurchaseOrders_ContactPersonID_Application_People" FOREIGN KEY ("ContactPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."PurchaseOrders" ADD CONSTRAINT "FK_Purchasing_PurchaseOrders_DeliveryMethodID_Application_DeliveryMethods" FOREIGN KEY ("DeliveryMethodID") REFERENCES "Application"."DeliveryMethods" ("DeliveryMethodID");
ALTER TABLE "Purchasing"."PurchaseOrders" ADD CONSTRAINT "FK_Purchasing_PurchaseOrders_SupplierID_Purchasing_Suppliers" FOREIGN KEY ("SupplierID") REFERENCES "Purchasing"."Suppliers" ("SupplierID");
ALTER TABLE "Purchasing"."SupplierCategories" ADD CONSTRAINT "FK_Purchasing_SupplierCategories_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."SupplierTransactions" ADD CONSTRAINT "FK_Purchasing_SupplierTransactions_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."SupplierTransactions" ADD CONSTRAINT "FK_Purchasing_SupplierTransactions_PaymentMethodID_Application_PaymentMethods" FOREIGN KEY ("PaymentMethodID") REFERENCES "Application"."PaymentMethods" ("PaymentMethodID");
ALTER TABLE "Purchasing"."SupplierTransactions" ADD CONSTRAINT "FK_Purchasing_SupplierTransactions_PurchaseOrderID_Purchasing_PurchaseOrders" FOREIGN KEY ("PurchaseOrderID") REFERENCES "Purchasing"."PurchaseOrders" ("PurchaseOrderID");
ALTER TABLE "Purchasing"."SupplierTransactions" ADD CONSTRAINT "FK_Purchasing_SupplierTransactions_SupplierID_Purchasing_Suppliers" FOREIGN KEY ("SupplierID") REFERENCES "Purchasing"."Suppliers" ("SupplierID");
ALTER TABLE "Purchasing"."SupplierTransactions" ADD CONSTRAINT "FK_Purchasing_SupplierTransactions_TransactionTypeID_Application_TransactionTypes" FOREIGN KEY ("TransactionTypeID") REFERENCES "Application"."TransactionTypes" ("TransactionTypeID");
ALTER TABLE "Purchasing"."Suppliers" ADD CONSTRAINT "FK_Purchasing_Suppliers_AlternateContactPersonID_Application_People" FOREIGN KEY ("AlternateContactPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."Suppliers" ADD CONSTRAINT "FK_Purchasing_Suppliers_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."Suppliers" ADD CONSTRAINT "FK_Purchasing_Suppliers_DeliveryCityID_Application_Cities" FOREIGN KEY ("DeliveryCityID") REFERENCES "Application"."Cities" ("CityID");
ALTER TABLE "Purchasing"."Suppliers" ADD CONSTRAINT "FK_Purchasing_Suppliers_DeliveryMethodID_Application_DeliveryMethods" FOREIGN KEY ("DeliveryMethodID") REFERENCES "Application"."DeliveryMethods" ("DeliveryMethodID");
ALTER TABLE "Purchasing"."Suppliers" ADD CONSTRAINT "FK_Purchasing_Suppliers_PostalCityID_Application_Cities" FOREIGN KEY ("PostalCityID") REFERENCES "Application"."Cities" ("CityID");
ALTER TABLE "Purchasing"."Suppliers" ADD CONSTRAINT "FK_Purchasing_Suppliers_PrimaryContactPersonID_Application_People" FOREIGN KEY ("PrimaryContactPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Purchasing"."Suppliers" ADD CONSTRAINT "FK_Purchasing_Suppliers_SupplierCategoryID_Purchasing_SupplierCategories" FOREIGN KEY ("SupplierCategoryID") REFERENCES "Purchasing"."SupplierCategories" ("SupplierCategoryID");
ALTER TABLE "Sales"."BuyingGroups" ADD CONSTRAINT "FK_Sales_BuyingGroups_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."CustomerCategories" ADD CONSTRAINT "FK_Sales_CustomerCategories_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."CustomerTransactions" ADD CONSTRAINT "FK_Sales_CustomerTransactions_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."CustomerTransactions" ADD CONSTRAINT "FK_Sales_CustomerTransactions_CustomerID_Sales_Customers" FOREIGN KEY ("CustomerID") REFERENCES "Sales"."Customers" ("CustomerID");
ALTER TABLE "Sales"."CustomerTransactions" ADD CONSTRAINT "FK_Sales_CustomerTransactions_InvoiceID_Sales_Invoices" FOREIGN KEY ("InvoiceID") REFERENCES "Sales"."Invoices" ("InvoiceID");
ALTER TABLE "Sales"."CustomerTransactions" ADD CONSTRAINT "FK_Sales_CustomerTransactions_PaymentMethodID_Application_PaymentMethods" FOREIGN KEY ("PaymentMethodID") REFERENCES "Application"."PaymentMethods" ("PaymentMethodID");
ALTER TABLE "Sales"."CustomerTransactions" ADD CONSTRAINT "FK_Sales_CustomerTransactions_TransactionTypeID_Application_TransactionTypes" FOREIGN KEY ("TransactionTypeID") REFERENCES "Application"."TransactionTypes" ("TransactionTypeID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_AlternateContactPersonID_Application_People" FOREIGN KEY ("AlternateContactPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_BillToCustomerID_Sales_Customers" FOREIGN KEY ("BillToCustomerID") REFERENCES "Sales"."Customers" ("CustomerID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_BuyingGroupID_Sales_BuyingGroups" FOREIGN KEY ("BuyingGroupID") REFERENCES "Sales"."BuyingGroups" ("BuyingGroupID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_CustomerCategoryID_Sales_CustomerCategories" FOREIGN KEY ("CustomerCategoryID") REFERENCES "Sales"."CustomerCategories" ("CustomerCategoryID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_DeliveryCityID_Application_Cities" FOREIGN KEY ("DeliveryCityID") REFERENCES "Application"."Cities" ("CityID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_DeliveryMethodID_Application_DeliveryMethods" FOREIGN KEY ("DeliveryMethodID") REFERENCES "Application"."DeliveryMethods" ("DeliveryMethodID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_PostalCityID_Application_Cities" FOREIGN KEY ("PostalCityID") REFERENCES "Application"."Cities" ("CityID");
ALTER TABLE "Sales"."Customers" ADD CONSTRAINT "FK_Sales_Customers_PrimaryContactPersonID_Application_People" FOREIGN KEY ("PrimaryContactPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."InvoiceLines" ADD CONSTRAINT "FK_Sales_InvoiceLines_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."InvoiceLines" ADD CONSTRAINT "FK_Sales_InvoiceLines_InvoiceID_Sales_Invoices" FOREIGN KEY ("InvoiceID") REFERENCES "Sales"."Invoices" ("InvoiceID");
ALTER TABLE "Sales"."InvoiceLines" ADD CONSTRAINT "FK_Sales_InvoiceLines_PackageTypeID_Warehouse_PackageTypes" FOREIGN KEY ("PackageTypeID") REFERENCES "Warehouse"."PackageTypes" ("PackageTypeID");
ALTER TABLE "Sales"."InvoiceLines" ADD CONSTRAINT "FK_Sales_InvoiceLines_StockItemID_Warehouse_StockItems" FOREIGN KEY ("StockItemID") REFERENCES "Warehouse"."StockItems" ("StockItemID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_AccountsPersonID_Application_People" FOREIGN KEY ("AccountsPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_BillToCustomerID_Sales_Customers" FOREIGN KEY ("BillToCustomerID") REFERENCES "Sales"."Customers" ("CustomerID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_ContactPersonID_Application_People" FOREIGN KEY ("ContactPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_CustomerID_Sales_Customers" FOREIGN KEY ("CustomerID") REFERENCES "Sales"."Customers" ("CustomerID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_DeliveryMethodID_Application_DeliveryMethods" FOREIGN KEY ("DeliveryMethodID") REFERENCES "Application"."DeliveryMethods" ("DeliveryMethodID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_OrderID_Sales_Orders" FOREIGN KEY ("OrderID") REFERENCES "Sales"."Orders" ("OrderID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_PackedByPersonID_Application_People" FOREIGN KEY ("PackedByPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Invoices" ADD CONSTRAINT "FK_Sales_Invoices_SalespersonPersonID_Application_People" FOREIGN KEY ("SalespersonPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."OrderLines" ADD CONSTRAINT "FK_Sales_OrderLines_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."OrderLines" ADD CONSTRAINT "FK_Sales_OrderLines_OrderID_Sales_Orders" FOREIGN KEY ("OrderID") REFERENCES "Sales"."Orders" ("OrderID");
ALTER TABLE "Sales"."OrderLines" ADD CONSTRAINT "FK_Sales_OrderLines_PackageTypeID_Warehouse_PackageTypes" FOREIGN KEY ("PackageTypeID") REFERENCES "Warehouse"."PackageTypes" ("PackageTypeID");
ALTER TABLE "Sales"."OrderLines" ADD CONSTRAINT "FK_Sales_OrderLines_StockItemID_Warehouse_StockItems" FOREIGN KEY ("StockItemID") REFERENCES "Warehouse"."StockItems" ("StockItemID");
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "FK_Sales_Orders_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "FK_Sales_Orders_BackorderOrderID_Sales_Orders" FOREIGN KEY ("BackorderOrderID") REFERENCES "Sales"."Orders" ("OrderID");
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "FK_Sales_Orders_ContactPersonID_Application_People" FOREIGN KEY ("ContactPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "FK_Sales_Orders_CustomerID_Sales_Customers" FOREIGN KEY ("CustomerID") REFERENCES "Sales"."Customers" ("CustomerID");
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "FK_Sales_Orders_PickedByPersonID_Application_People" FOREIGN KEY ("PickedByPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "FK_Sales_Orders_SalespersonPersonID_Application_People" FOREIGN KEY ("SalespersonPersonID") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."SpecialDeals" ADD CONSTRAINT "FK_Sales_SpecialDeals_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Sales"."SpecialDeals" ADD CONSTRAINT "FK_Sales_SpecialDeals_BuyingGroupID_Sales_BuyingGroups" FOREIGN KEY ("BuyingGroupID") REFERENCES "Sales"."BuyingGroups" ("BuyingGroupID");
ALTER TABLE "Sales"."SpecialDeals" ADD CONSTRAINT "FK_Sales_SpecialDeals_CustomerCategoryID_Sales_CustomerCategories" FOREIGN KEY ("CustomerCategoryID") REFERENCES "Sales"."CustomerCategories" ("CustomerCategoryID");
ALTER TABLE "Sales"."SpecialDeals" ADD CONSTRAINT "FK_Sales_SpecialDeals_CustomerID_Sales_Customers" FOREIGN KEY ("CustomerID") REFERENCES "Sales"."Customers" ("CustomerID");
ALTER TABLE "Sales"."SpecialDeals" ADD CONSTRAINT "FK_Sales_SpecialDeals_StockGroupID_Warehouse_StockGroups" FOREIGN KEY ("StockGroupID") REFERENCES "Warehouse"."StockGroups" ("StockGroupID");
ALTER TABLE "Sales"."SpecialDeals" ADD CONSTRAINT "FK_Sales_SpecialDeals_StockItemID_Warehouse_StockItems" FOREIGN KEY ("StockItemID") REFERENCES "Warehouse"."StockItems" ("StockItemID");
ALTER TABLE "Warehouse"."Colors" ADD CONSTRAINT "FK_Warehouse_Colors_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Warehouse"."PackageTypes" ADD CONSTRAINT "FK_Warehouse_PackageTypes_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Warehouse"."StockGroups" ADD CONSTRAINT "FK_Warehouse_StockGroups_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Warehouse"."StockItemHoldings" ADD CONSTRAINT "FK_Warehouse_StockItemHoldings_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Warehouse"."StockItemHoldings" ADD CONSTRAINT "PKFK_Warehouse_StockItemHoldings_StockItemID_Warehouse_StockItems" FOREIGN KEY ("StockItemID") REFERENCES "Warehouse"."StockItems" ("StockItemID");
ALTER TABLE "Warehouse"."StockItemStockGroups" ADD CONSTRAINT "FK_Warehouse_StockItemStockGroups_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Warehouse"."StockItemStockGroups" ADD CONSTRAINT "FK_Warehouse_StockItemStockGroups_StockGroupID_Warehouse_StockGroups" FOREIGN KEY ("StockGroupID") REFERENCES "Warehouse"."StockGroups" ("StockGroupID");
ALTER TABLE "Warehouse"."StockItemStockGroups" ADD CONSTRAINT "FK_Warehouse_StockItemStockGroups_StockItemID_Warehouse_StockItems" FOREIGN KEY ("StockItemID") REFERENCES "Warehouse"."StockItems" ("StockItemID");
ALTER TABLE "Warehouse"."StockItemTransactions" ADD CONSTRAINT "FK_Warehouse_StockItemTransactions_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Warehouse"."StockItemTransactions" ADD CONSTRAINT "FK_Warehouse_StockItemTransactions_CustomerID_Sales_Customers" FOREIGN KEY ("CustomerID") REFERENCES "Sales"."Customers" ("CustomerID");
ALTER TABLE "Warehouse"."StockItemTransactions" ADD CONSTRAINT "FK_Warehouse_StockItemTransactions_InvoiceID_Sales_Invoices" FOREIGN KEY ("InvoiceID") REFERENCES "Sales"."Invoices" ("InvoiceID");
ALTER TABLE "Warehouse"."StockItemTransactions" ADD CONSTRAINT "FK_Warehouse_StockItemTransactions_PurchaseOrderID_Purchasing_PurchaseOrders" FOREIGN KEY ("PurchaseOrderID") REFERENCES "Purchasing"."PurchaseOrders" ("PurchaseOrderID");
ALTER TABLE "Warehouse"."StockItemTransactions" ADD CONSTRAINT "FK_Warehouse_StockItemTransactions_StockItemID_Warehouse_StockItems" FOREIGN KEY ("StockItemID") REFERENCES "Warehouse"."StockItems" ("StockItemID");
ALTER TABLE "Warehouse"."StockItemTransactions" ADD CONSTRAINT "FK_Warehouse_StockItemTransactions_SupplierID_Purchasing_Suppliers" FOREIGN KEY ("SupplierID") REFERENCES "Purchasing"."Suppliers" ("SupplierID");
ALTER TABLE "Warehouse"."StockItemTransactions" ADD CONSTRAINT "FK_Warehouse_StockItemTransactions_TransactionTypeID_Application_TransactionTypes" FOREIGN KEY ("TransactionTypeID") REFERENCES "Application"."TransactionTypes" ("TransactionTypeID");
ALTER TABLE "Warehouse"."StockItems" ADD CONSTRAINT "FK_Warehouse_StockItems_Application_People" FOREIGN KEY ("LastEditedBy") REFERENCES "Application"."People" ("PersonID");
ALTER TABLE "Warehouse"."StockItems" ADD CONSTRAINT "FK_Warehouse_StockItems_ColorID_Warehouse_Colors" FOREIGN KEY ("ColorID") REFERENCES "Warehouse"."Colors" ("ColorID");
ALTER TABLE "Warehouse"."StockItems" ADD CONSTRAINT "FK_Warehouse_StockItems_OuterPackageID_Warehouse_PackageTypes" FOREIGN KEY ("OuterPackageID") REFERENCES "Warehouse"."PackageTypes" ("PackageTypeID");
ALTER TABLE "Warehouse"."StockItems" ADD CONSTRAINT "FK_Warehouse_StockItems_SupplierID_Purchasing_Suppliers" FOREIGN KEY ("SupplierID") REFERENCES "Purchasing"."Suppliers" ("SupplierID");
ALTER TABLE "Warehouse"."StockItems" ADD CONSTRAINT "FK_Warehouse_StockItems_UnitPackageID_Warehouse_PackageTypes" FOREIGN KEY ("UnitPackageID") REFERENCES "Warehouse"."PackageTypes" ("PackageTypeID");
COMMENT ON TABLE "Application"."Cities" IS 'Cities that are part of any address (including geographic location)';
COMMENT ON COLUMN "Application"."Cities"."CityID" IS 'Numeric ID used for reference to a city within the database';
COMMENT ON COLUMN "Application"."Cities"."CityName" IS 'Formal name of the city';
COMMENT ON COLUMN "Application"."Cities"."StateProvinceID" IS 'State or province for this city';
COMMENT ON COLUMN "Application"."Cities"."Location" IS 'Geographic location of the city';
COMMENT ON COLUMN "Application"."Cities"."LatestRecordedPopulation" IS 'Latest available population for the City';
COMMENT ON TABLE "Application"."Countries" IS 'Countries that contain the states or provinces (including geographic boundaries)';
COMMENT ON COLUMN "Application"."Countries"."CountryID" IS 'Numeric ID used for reference to a country within the database';
COMMENT ON COLUMN "Application"."Countries"."CountryName" IS 'Name of the country';
COMMENT ON COLUMN "Application"."Countries"."FormalName" IS 'Full formal name of the country as agreed by United Nations';
COMMENT ON COLUMN "Application"."Countries"."IsoAlpha3Code" IS '3 letter alphabetic code assigned to the country by ISO';
COMMENT ON COLUMN "Application"."Countries"."IsoNumericCode" IS 'Numeric code assigned to the country by ISO';
COMMENT ON COLUMN "Application"."Countries"."CountryType" IS 'Type of country or administrative region';
COMMENT ON COLUMN "Application"."Countries"."LatestRecordedPopulation" IS 'Latest available population for the country';
COMMENT ON COLUMN "Application"."Countries"."Continent" IS 'Name of the continent';
COMMENT ON COLUMN "Application"."Countries"."Region" IS 'Name of the region';
COMMENT ON COLUMN "Application"."Countries"."Subregion" IS 'Name of the subregion';
COMMENT ON COLUMN "Application"."Countries"."Border" IS 'Geographic border of the country as described by the United Nations';
COMMENT ON TABLE "Application"."DeliveryMethods" IS 'Ways that stock items can be delivered (ie: truck/van, post, pickup, courier, etc.';
COMMENT ON COLUMN "Application"."DeliveryMethods"."DeliveryMethodID" IS 'Numeric ID used for reference to a delivery method within the database';
COMMENT ON COLUMN "Application"."DeliveryMethods"."DeliveryMethodName" IS 'Full name of methods that can be used for delivery of customer orders';
COMMENT ON TABLE "Application"."Logs" IS 'Application logs that are stored in database';
COMMENT ON COLUMN "Application"."Logs"."Message" IS 'Logged message';
COMMENT ON COLUMN "Application"."Logs"."Level" IS 'Severity of the log entry';
COMMENT ON COLUMN "Application"."Logs"."LogEvent" IS 'Details about the logged event';
COMMENT ON TABLE "Application"."PaymentMethods" IS 'Ways that payments can be made (ie: cash, check, EFT, etc.';
COMMENT ON COLUMN "Application"."PaymentMethods"."PaymentMethodID" IS 'Numeric ID used for reference to a payment type within the database';
COMMENT ON COLUMN "Application"."PaymentMethods"."PaymentMethodName" IS 'Full name of ways that customers can make payments or that suppliers can be paid';
COMMENT ON TABLE "Application"."People" IS 'People known to the application (staff, customer contacts, supplier contacts)';
COMMENT ON COLUMN "Application"."People"."PersonID" IS 'Numeric ID used for reference to a person within the database';
COMMENT ON COLUMN "Application"."People"."FullName" IS 'Full name for this person';
COMMENT ON COLUMN "Application"."People"."PreferredName" IS 'Name that this person prefers to be called';
COMMENT ON COLUMN "Application"."People"."SearchName" IS 'Name to build full text search on (computed column)';
COMMENT ON COLUMN "Application"."People"."IsPermittedToLogon" IS 'Is this person permitted to log on?';
COMMENT ON COLUMN "Application"."People"."LogonName" IS 'Person''s system logon name';
COMMENT ON COLUMN "Application"."People"."IsExternalLogonProvider" IS 'Is logon token provided by an external system?';
COMMENT ON COLUMN "Application"."People"."HashedPassword" IS 'Hash of password for users without external logon tokens';
COMMENT ON COLUMN "Application"."People"."IsSystemUser" IS 'Is the currently permitted to make online access?';
COMMENT ON COLUMN "Application"."People"."IsEmployee" IS 'Is this person an employee?';
COMMENT ON COLUMN "Application"."People"."IsSalesperson" IS 'Is this person a staff salesperson?';
COMMENT ON COLUMN "Application"."People"."UserPreferences" IS 'User preferences related to the website (holds JSON data)';
COMMENT ON COLUMN "Application"."People"."PhoneNumber" IS 'Phone number';
COMMENT ON COLUMN "Application"."People"."FaxNumber" IS 'Fax number  ';
COMMENT ON COLUMN "Application"."People"."EmailAddress" IS 'Email address for this person';
COMMENT ON COLUMN "Application"."People"."Photo" IS 'Photo of this person';
COMMENT ON COLUMN "Application"."People"."CustomFields" IS 'Custom fields for employees and salespeople';
COMMENT ON COLUMN "Application"."People"."OtherLanguages" IS 'Other languages spoken (computed column from custom fields)';
COMMENT ON TABLE "Application"."StateProvinces" IS 'States or provinces that contain cities (including geographic location)';
COMMENT ON COLUMN "Application"."StateProvinces"."StateProvinceID" IS 'Numeric ID used for reference to a state or province within the database';
COMMENT ON COLUMN "Application"."StateProvinces"."StateProvinceCode" IS 'Common code for this state or province (such as WA - Washington for the USA)';
COMMENT ON COLUMN "Application"."StateProvinces"."StateProvinceName" IS 'Formal name of the state or province';
COMMENT ON COLUMN "Application"."StateProvinces"."CountryID" IS 'Country for this StateProvince';
COMMENT ON COLUMN "Application"."StateProvinces"."SalesTerritory" IS 'Sales territory for this StateProvince';
COMMENT ON COLUMN "Application"."StateProvinces"."Border" IS 'Geographic boundary of the state or province';
COMMENT ON COLUMN "Application"."StateProvinces"."LatestRecordedPopulation" IS 'Latest available population for the StateProvince';
COMMENT ON TABLE "Application"."SystemParameters" IS 'Any configurable parameters for the whole system';
COMMENT ON COLUMN "Application"."SystemParameters"."SystemParameterID" IS 'Numeric ID used for row holding system parameters';
COMMENT ON COLUMN "Application"."SystemParameters"."DeliveryAddressLine1" IS 'First address line for the company';
COMMENT ON COLUMN "Application"."SystemParameters"."DeliveryAddressLine2" IS 'Second address line for the company';
COMMENT ON COLUMN "Application"."SystemParameters"."DeliveryCityID" IS 'ID of the city for this address';
COMMENT ON COLUMN "Application"."SystemParameters"."DeliveryPostalCode" IS 'Postal code for the company';
COMMENT ON COLUMN "Application"."SystemParameters"."DeliveryLocation" IS 'Geographic location for the company office';
COMMENT ON COLUMN "Application"."SystemParameters"."PostalAddressLine1" IS 'First postal address line for the company';
COMMENT ON COLUMN "Application"."SystemParameters"."PostalAddressLine2" IS 'Second postaladdress line for the company';
COMMENT ON COLUMN "Application"."SystemParameters"."PostalCityID" IS 'ID of the city for this postaladdress';
COMMENT ON COLUMN "Application"."SystemParameters"."PostalPostalCode" IS 'Postal code for the company when sending via mail';
COMMENT ON COLUMN "Application"."SystemParameters"."ApplicationSettings" IS 'JSON-structured application settings';
COMMENT ON TABLE "Application"."TransactionTypes" IS 'Types of customer, supplier, or stock transactions (ie: invoice, credit note, etc.)';
COMMENT ON COLUMN "Application"."TransactionTypes"."TransactionTypeID" IS 'Numeric ID used for reference to a transaction type within the database';
COMMENT ON COLUMN "Application"."TransactionTypes"."TransactionTypeName" IS 'Full name of the transaction type';
COMMENT ON TABLE "Purchasing"."PurchaseOrderLines" IS 'Detail lines from supplier purchase orders';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."PurchaseOrderLineID" IS 'Numeric ID used for reference to a line on a purchase order within the database';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."PurchaseOrderID" IS 'Purchase order that this line is associated with';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."StockItemID" IS 'Stock item for this purchase order line';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."OrderedOuters" IS 'Quantity of the stock item that is ordered';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."Description" IS 'Description of the item to be supplied (Often the stock item name but could be supplier description)';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."ReceivedOuters" IS 'Total quantity of the stock item that has been received so far';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."PackageTypeID" IS 'Type of package received';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."ExpectedUnitPricePerOuter" IS 'The unit price that we expect to be charged';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."LastReceiptDate" IS 'The last date on which this stock item was received for this purchase order';
COMMENT ON COLUMN "Purchasing"."PurchaseOrderLines"."IsOrderLineFinalized" IS 'Is this purchase order line now considered finalized? (Receipted quantities and weights are often not precise)';
COMMENT ON TABLE "Purchasing"."PurchaseOrders" IS 'Details of supplier purchase orders';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."PurchaseOrderID" IS 'Numeric ID used for reference to a purchase order within the database';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."SupplierID" IS 'Supplier for this purchase order';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."OrderDate" IS 'Date that this purchase order was raised';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."DeliveryMethodID" IS 'How this purchase order should be delivered';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."ContactPersonID" IS 'The person who is the primary contact for this purchase order';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."ExpectedDeliveryDate" IS 'Expected delivery date for this purchase order';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."SupplierReference" IS 'Supplier reference for our organization (might be our account number at the supplier)';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."IsOrderFinalized" IS 'Is this purchase order now considered finalized?';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."Comments" IS 'Any comments related this purchase order (comments sent to the supplier)';
COMMENT ON COLUMN "Purchasing"."PurchaseOrders"."InternalComments" IS 'Any internal comments related this purchase order (comments for internal reference only and not sent to the supplier)';
COMMENT ON TABLE "Purchasing"."SupplierCategories" IS 'Categories for suppliers (ie novelties, toys, clothing, packaging, etc.)';
COMMENT ON COLUMN "Purchasing"."SupplierCategories"."SupplierCategoryID" IS 'Numeric ID used for reference to a supplier category within the database';
COMMENT ON COLUMN "Purchasing"."SupplierCategories"."SupplierCategoryName" IS 'Full name of the category that suppliers can be assigned to';
COMMENT ON TABLE "Purchasing"."SupplierTransactions" IS 'All financial transactions that are supplier-related';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."SupplierTransactionID" IS 'Numeric ID used to refer to a supplier transaction within the database';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."SupplierID" IS 'Supplier for this transaction';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."TransactionTypeID" IS 'Type of transaction';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."PurchaseOrderID" IS 'ID of an purchase order (for transactions associated with a purchase order)';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."PaymentMethodID" IS 'ID of a payment method (for transactions involving payments)';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."SupplierInvoiceNumber" IS 'Invoice number for an invoice received from the supplier';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."TransactionDate" IS 'Date for the transaction';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."AmountExcludingTax" IS 'Transaction amount (excluding tax)';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."TaxAmount" IS 'Tax amount calculated';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."TransactionAmount" IS 'Transaction amount (including tax)';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."OutstandingBalance" IS 'Amount still outstanding for this transaction';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."FinalizationDate" IS 'Date that this transaction was finalized (if it has been)';
COMMENT ON COLUMN "Purchasing"."SupplierTransactions"."IsFinalized" IS 'Is this transaction finalized (invoices, credits and payments have been matched)';
COMMENT ON TABLE "Purchasing"."Suppliers" IS 'Main entity table for suppliers (organizations)';
COMMENT ON COLUMN "Purchasing"."Suppliers"."SupplierID" IS 'Numeric ID used for reference to a supplier within the database';
COMMENT ON COLUMN "Purchasing"."Suppliers"."SupplierName" IS 'Supplier''s full name (usually a trading name)';
COMMENT ON COLUMN "Purchasing"."Suppliers"."SupplierCategoryID" IS 'Supplier''s category';
COMMENT ON COLUMN "Purchasing"."Suppliers"."PrimaryContactPersonID" IS 'Primary contact';
COMMENT ON COLUMN "Purchasing"."Suppliers"."AlternateContactPersonID" IS 'Alternate contact';
COMMENT ON COLUMN "Purchasing"."Suppliers"."DeliveryMethodID" IS 'Standard delivery method for stock items received from this supplier';
COMMENT ON COLUMN "Purchasing"."Suppliers"."DeliveryCityID" IS 'ID of the delivery city for this address';
COMMENT ON COLUMN "Purchasing"."Suppliers"."PostalCityID" IS 'ID of the mailing city for this address';
COMMENT ON COLUMN "Purchasing"."Suppliers"."SupplierReference" IS 'Supplier reference for our organization (might be our account number at the supplier)';
COMMENT ON COLUMN "Purchasing"."Suppliers"."BankAccountName" IS 'Supplier''s bank account name (ie name on the account)';
COMMENT ON COLUMN "Purchasing"."Suppliers"."BankAccountBranch" IS 'Supplier''s bank branch';
COMMENT ON COLUMN "Purchasing"."Suppliers"."BankAccountCode" IS 'Supplier''s bank account code (usually a numeric reference for the bank branch)';
COMMENT ON COLUMN "Purchasing"."Suppliers"."BankAccountNumber" IS 'Supplier''s bank account number';
COMMENT ON COLUMN "Purchasing"."Suppliers"."BankInternationalCode" IS 'Supplier''s bank''s international code (such as a SWIFT code)';
COMMENT ON COLUMN "Purchasing"."Suppliers"."PaymentDays" IS 'Number of days for payment of an invoice (ie payment terms)';
COMMENT ON COLUMN "Purchasing"."Suppliers"."InternalComments" IS 'Internal comments (not exposed outside organization)';
COMMENT ON COLUMN "Purchasing"."Suppliers"."PhoneNumber" IS 'Phone number';
COMMENT ON COLUMN "Purchasing"."Suppliers"."FaxNumber" IS 'Fax number  ';
COMMENT ON COLUMN "Purchasing"."Suppliers"."WebsiteURL" IS 'URL for the website for this supplier';
COMMENT ON COLUMN "Purchasing"."Suppliers"."DeliveryAddressLine1" IS 'First delivery address line for the supplier';
COMMENT ON COLUMN "Purchasing"."Suppliers"."DeliveryAddressLine2" IS 'Second delivery address line for the supplier';
COMMENT ON COLUMN "Purchasing"."Suppliers"."DeliveryPostalCode" IS 'Delivery postal code for the supplier';
COMMENT ON COLUMN "Purchasing"."Suppliers"."DeliveryLocation" IS 'Geographic location for the supplier''s office/warehouse';
COMMENT ON COLUMN "Purchasing"."Suppliers"."PostalAddressLine1" IS 'First postal address line for the supplier';
COMMENT ON COLUMN "Purchasing"."Suppliers"."PostalAddressLine2" IS 'Second postal address line for the supplier';
COMMENT ON COLUMN "Purchasing"."Suppliers"."PostalPostalCode" IS 'Postal code for the supplier when sending by mail';
COMMENT ON TABLE "Sales"."BuyingGroups" IS 'Customer organizations can be part of groups that exert greater buying power';
COMMENT ON COLUMN "Sales"."BuyingGroups"."BuyingGroupID" IS 'Numeric ID used for reference to a buying group within the database';
COMMENT ON COLUMN "Sales"."BuyingGroups"."BuyingGroupName" IS 'Full name of a buying group that customers can be members of';
COMMENT ON TABLE "Sales"."CustomerCategories" IS 'Categories for customers (ie restaurants, cafes, supermarkets, etc.)';
COMMENT ON COLUMN "Sales"."CustomerCategories"."CustomerCategoryID" IS 'Numeric ID used for reference to a customer category within the database';
COMMENT ON COLUMN "Sales"."CustomerCategories"."CustomerCategoryName" IS 'Full name of the category that customers can be assigned to';
COMMENT ON TABLE "Sales"."CustomerTransactions" IS 'All financial transactions that are customer-related';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."CustomerTransactionID" IS 'Numeric ID used to refer to a customer transaction within the database';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."CustomerID" IS 'Customer for this transaction';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."TransactionTypeID" IS 'Type of transaction';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."InvoiceID" IS 'ID of an invoice (for transactions associated with an invoice)';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."PaymentMethodID" IS 'ID of a payment method (for transactions involving payments)';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."TransactionDate" IS 'Date for the transaction';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."AmountExcludingTax" IS 'Transaction amount (excluding tax)';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."TaxAmount" IS 'Tax amount calculated';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."TransactionAmount" IS 'Transaction amount (including tax)';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."OutstandingBalance" IS 'Amount still outstanding for this transaction';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."FinalizationDate" IS 'Date that this transaction was finalized (if it has been)';
COMMENT ON COLUMN "Sales"."CustomerTransactions"."IsFinalized" IS 'Is this transaction finalized (invoices, credits and payments have been matched)';
COMMENT ON TABLE "Sales"."Customers" IS 'Main entity tables for customers (organizations or individuals)';
COMMENT ON COLUMN "Sales"."Customers"."CustomerID" IS 'Numeric ID used for reference to a customer within the database';
COMMENT ON COLUMN "Sales"."Customers"."CustomerName" IS 'Customer''s full name (usually a trading name)';
COMMENT ON COLUMN "Sales"."Customers"."BillToCustomerID" IS 'Customer that this is billed to (usually the same customer but can be another parent company)';
COMMENT ON COLUMN "Sales"."Customers"."CustomerCategoryID" IS 'Customer''s category';
COMMENT ON COLUMN "Sales"."Customers"."BuyingGroupID" IS 'Customer''s buying group (optional)';
COMMENT ON COLUMN "Sales"."Customers"."PrimaryContactPersonID" IS 'Primary contact';
COMMENT ON COLUMN "Sales"."Customers"."AlternateContactPersonID" IS 'Alternate contact';
COMMENT ON COLUMN "Sales"."Customers"."DeliveryMethodID" IS 'Standard delivery method for stock items sent to this customer';
COMMENT ON COLUMN "Sales"."Customers"."DeliveryCityID" IS 'ID of the delivery city for this address';
COMMENT ON COLUMN "Sales"."Customers"."PostalCityID" IS 'ID of the postal city for this address';
COMMENT ON COLUMN "Sales"."Customers"."CreditLimit" IS 'Credit limit for this customer (NULL if unlimited)';
COMMENT ON COLUMN "Sales"."Customers"."AccountOpenedDate" IS 'Date this customer account was opened';
COMMENT ON COLUMN "Sales"."Customers"."StandardDiscountPercentage" IS 'Standard discount offered to this customer';
COMMENT ON COLUMN "Sales"."Customers"."IsStatementSent" IS 'Is a statement sent to this customer? (Or do they just pay on each invoice?)';
COMMENT ON COLUMN "Sales"."Customers"."IsOnCreditHold" IS 'Is this customer on credit hold? (Prevents further deliveries to this customer)';
COMMENT ON COLUMN "Sales"."Customers"."PaymentDays" IS 'Number of days for payment of an invoice (ie payment terms)';
COMMENT ON COLUMN "Sales"."Customers"."PhoneNumber" IS 'Phone number';
COMMENT ON COLUMN "Sales"."Customers"."FaxNumber" IS 'Fax number  ';
COMMENT ON COLUMN "Sales"."Customers"."DeliveryRun" IS 'Normal delivery run for this customer';
COMMENT ON COLUMN "Sales"."Customers"."RunPosition" IS 'Normal position in the delivery run for this customer';
COMMENT ON COLUMN "Sales"."Customers"."WebsiteURL" IS 'URL for the website for this customer';
COMMENT ON COLUMN "Sales"."Customers"."DeliveryAddressLine1" IS 'First delivery address line for the customer';
COMMENT ON COLUMN "Sales"."Customers"."DeliveryAddressLine2" IS 'Second delivery address line for the customer';
COMMENT ON COLUMN "Sales"."Customers"."DeliveryPostalCode" IS 'Delivery postal code for the customer';
COMMENT ON COLUMN "Sales"."Customers"."DeliveryLocation" IS 'Geographic location for the customer''s office/warehouse';
COMMENT ON COLUMN "Sales"."Customers"."PostalAddressLine1" IS 'First postal address line for the customer';
COMMENT ON COLUMN "Sales"."Customers"."PostalAddressLine2" IS 'Second postal address line for the customer';
COMMENT ON COLUMN "Sales"."Customers"."PostalPostalCode" IS 'Postal code for the customer when sending by mail';
COMMENT ON TABLE "Sales"."InvoiceLines" IS 'Detail lines from customer invoices';
COMMENT ON COLUMN "Sales"."InvoiceLines"."InvoiceLineID" IS 'Numeric ID used for reference to a line on an invoice within the database';
COMMENT ON COLUMN "Sales"."InvoiceLines"."InvoiceID" IS 'Invoice that this line is associated with';
COMMENT ON COLUMN "Sales"."InvoiceLines"."StockItemID" IS 'Stock item for this invoice line';
COMMENT ON COLUMN "Sales"."InvoiceLines"."Description" IS 'Description of the item supplied (Usually the stock item name but can be overridden)';
COMMENT ON COLUMN "Sales"."InvoiceLines"."PackageTypeID" IS 'Type of package supplied';
COMMENT ON COLUMN "Sales"."InvoiceLines"."Quantity" IS 'Quantity supplied';
COMMENT ON COLUMN "Sales"."InvoiceLines"."UnitPrice" IS 'Unit price charged';
COMMENT ON COLUMN "Sales"."InvoiceLines"."TaxRate" IS 'Tax rate to be applied';
COMMENT ON COLUMN "Sales"."InvoiceLines"."TaxAmount" IS 'Tax amount calculated';
COMMENT ON COLUMN "Sales"."InvoiceLines"."LineProfit" IS 'Profit made on this line item at current cost price';
COMMENT ON COLUMN "Sales"."InvoiceLines"."ExtendedPrice" IS 'Extended line price charged';
COMMENT ON TABLE "Sales"."Invoices" IS 'Details of customer invoices';
COMMENT ON COLUMN "Sales"."Invoices"."InvoiceID" IS 'Numeric ID used for reference to an invoice within the database';
COMMENT ON COLUMN "Sales"."Invoices"."CustomerID" IS 'Customer for this invoice';
COMMENT ON COLUMN "Sales"."Invoices"."BillToCustomerID" IS 'Bill to customer for this invoice (invoices might be billed to a head office)';
COMMENT ON COLUMN "Sales"."Invoices"."OrderID" IS 'Sales order (if any) for this invoice';
COMMENT ON COLUMN "Sales"."Invoices"."DeliveryMethodID" IS 'How these stock items are beign delivered';
COMMENT ON COLUMN "Sales"."Invoices"."ContactPersonID" IS 'Customer contact for this invoice';
COMMENT ON COLUMN "Sales"."Invoices"."AccountsPersonID" IS 'Customer accounts contact for this invoice';
COMMENT ON COLUMN "Sales"."Invoices"."SalespersonPersonID" IS 'Salesperson for this invoice';
COMMENT ON COLUMN "Sales"."Invoices"."PackedByPersonID" IS 'Person who packed this shipment (or checked the packing)';
COMMENT ON COLUMN "Sales"."Invoices"."InvoiceDate" IS 'Date that this invoice was raised';
COMMENT ON COLUMN "Sales"."Invoices"."CustomerPurchaseOrderNumber" IS 'Purchase Order Number received from customer';
COMMENT ON COLUMN "Sales"."Invoices"."IsCreditNote" IS 'Is this a credit note (rather than an invoice)';
COMMENT ON COLUMN "Sales"."Invoices"."CreditNoteReason" IS 'Reason that this credit note needed to be generated (if applicable)';
COMMENT ON COLUMN "Sales"."Invoices"."Comments" IS 'Any comments related to this invoice (sent to customer)';
COMMENT ON COLUMN "Sales"."Invoices"."DeliveryInstructions" IS 'Any comments related to delivery (sent to customer)';
COMMENT ON COLUMN "Sales"."Invoices"."InternalComments" IS 'Any internal comments related to this invoice (not sent to the customer)';
COMMENT ON COLUMN "Sales"."Invoices"."TotalDryItems" IS 'Total number of dry packages (information for the delivery driver)';
COMMENT ON COLUMN "Sales"."Invoices"."TotalChillerItems" IS 'Total number of chiller packages (information for the delivery driver)';
COMMENT ON COLUMN "Sales"."Invoices"."DeliveryRun" IS 'Delivery run for this shipment';
COMMENT ON COLUMN "Sales"."Invoices"."RunPosition" IS 'Position in the delivery run for this shipment';
COMMENT ON COLUMN "Sales"."Invoices"."ReturnedDeliveryData" IS 'JSON-structured data returned from delivery devices for deliveries made directly by the organization';
COMMENT ON COLUMN "Sales"."Invoices"."ConfirmedDeliveryTime" IS 'Confirmed delivery date and time promoted from JSON delivery data';
COMMENT ON COLUMN "Sales"."Invoices"."ConfirmedReceivedBy" IS 'Confirmed receiver promoted from JSON delivery data';
COMMENT ON TABLE "Sales"."OrderLines" IS 'Detail lines from customer orders';
COMMENT ON COLUMN "Sales"."OrderLines"."OrderLineID" IS 'Numeric ID used for reference to a line on an Order within the database';
COMMENT ON COLUMN "Sales"."OrderLines"."OrderID" IS 'Order that this line is associated with';
COMMENT ON COLUMN "Sales"."OrderLines"."StockItemID" IS 'Stock item for this order line (FK not indexed as separate index exists)';
COMMENT ON COLUMN "Sales"."OrderLines"."Description" IS 'Description of the item supplied (Usually the stock item name but can be overridden)';
COMMENT ON COLUMN "Sales"."OrderLines"."PackageTypeID" IS 'Type of package to be supplied';
COMMENT ON COLUMN "Sales"."OrderLines"."Quantity" IS 'Quantity to be supplied';
COMMENT ON COLUMN "Sales"."OrderLines"."UnitPrice" IS 'Unit price to be charged';
COMMENT ON COLUMN "Sales"."OrderLines"."TaxRate" IS 'Tax rate to be applied';
COMMENT ON COLUMN "Sales"."OrderLines"."PickedQuantity" IS 'Quantity picked from stock';
COMMENT ON COLUMN "Sales"."OrderLines"."PickingCompletedWhen" IS 'When was picking of this line completed?';
COMMENT ON TABLE "Sales"."Orders" IS 'Detail of customer orders';
COMMENT ON COLUMN "Sales"."Orders"."OrderID" IS 'Numeric ID used for reference to an order within the database';
COMMENT ON COLUMN "Sales"."Orders"."CustomerID" IS 'Customer for this order';
COMMENT ON COLUMN "Sales"."Orders"."SalespersonPersonID" IS 'Salesperson for this order';
COMMENT ON COLUMN "Sales"."Orders"."PickedByPersonID" IS 'Person who picked this shipment';
COMMENT ON COLUMN "Sales"."Orders"."ContactPersonID" IS 'Customer contact for this order';
COMMENT ON COLUMN "Sales"."Orders"."BackorderOrderID" IS 'If this order is a backorder, this column holds the original order number';
COMMENT ON COLUMN "Sales"."Orders"."OrderDate" IS 'Date that this order was raised';
COMMENT ON COLUMN "Sales"."Orders"."ExpectedDeliveryDate" IS 'Expected delivery date';
COMMENT ON COLUMN "Sales"."Orders"."CustomerPurchaseOrderNumber" IS 'Purchase Order Number received from customer';
COMMENT ON COLUMN "Sales"."Orders"."IsUndersupplyBackordered" IS 'If items cannot be supplied are they backordered?';
COMMENT ON COLUMN "Sales"."Orders"."Comments" IS 'Any comments related to this order (sent to customer)';
COMMENT ON COLUMN "Sales"."Orders"."DeliveryInstructions" IS 'Any comments related to order delivery (sent to customer)';
COMMENT ON COLUMN "Sales"."Orders"."InternalComments" IS 'Any internal comments related to this order (not sent to the customer)';
COMMENT ON COLUMN "Sales"."Orders"."PickingCompletedWhen" IS 'When was picking of the entire order completed?';
COMMENT ON TABLE "Sales"."SpecialDeals" IS 'Special pricing (can include fixed prices, discount $ or discount %)';
COMMENT ON COLUMN "Sales"."SpecialDeals"."SpecialDealID" IS 'ID (sequence based) for a special deal';
COMMENT ON COLUMN "Sales"."SpecialDeals"."StockItemID" IS 'Stock item that the deal applies to (if NULL, then only discounts are permitted not unit prices)';
COMMENT ON COLUMN "Sales"."SpecialDeals"."CustomerID" IS 'ID of the customer that the special pricing applies to (if NULL then all customers)';
COMMENT ON COLUMN "Sales"."SpecialDeals"."BuyingGroupID" IS 'ID of the buying group that the special pricing applies to (optional)';
COMMENT ON COLUMN "Sales"."SpecialDeals"."CustomerCategoryID" IS 'ID of the customer category that the special pricing applies to (optional)';
COMMENT ON COLUMN "Sales"."SpecialDeals"."StockGroupID" IS 'ID of the stock group that the special pricing applies to (optional)';
COMMENT ON COLUMN "Sales"."SpecialDeals"."DealDescription" IS 'Description of the special deal';
COMMENT ON COLUMN "Sales"."SpecialDeals"."StartDate" IS 'Date that the special pricing starts from';
COMMENT ON COLUMN "Sales"."SpecialDeals"."EndDate" IS 'Date that the special pricing ends on';
COMMENT ON COLUMN "Sales"."SpecialDeals"."DiscountAmount" IS 'Discount per unit to be applied to sale price (optional)';
COMMENT ON COLUMN "Sales"."SpecialDeals"."DiscountPercentage" IS 'Discount percentage per unit to be applied to sale price (optional)';
COMMENT ON COLUMN "Sales"."SpecialDeals"."UnitPrice" IS 'Special price per unit to be applied instead of sale price (optional)';
COMMENT ON TABLE "Warehouse"."Colors" IS 'Stock items can (optionally) have colors';
COMMENT ON COLUMN "Warehouse"."Colors"."ColorID" IS 'Numeric ID used for reference to a color within the database';
COMMENT ON COLUMN "Warehouse"."Colors"."ColorName" IS 'Full name of a color that can be used to describe stock items';
COMMENT ON TABLE "Warehouse"."PackageTypes" IS 'Ways that stock items can be packaged (ie: each, box, carton, pallet, kg, etc.';
COMMENT ON COLUMN "Warehouse"."PackageTypes"."PackageTypeID" IS 'Numeric ID used for reference to a package type within the database';
COMMENT ON COLUMN "Warehouse"."PackageTypes"."PackageTypeName" IS 'Full name of package types that stock items can be purchased in or sold in';
COMMENT ON TABLE "Warehouse"."StockGroups" IS 'Groups for categorizing stock items (ie: novelties, toys, edible novelties, etc.)';
COMMENT ON COLUMN "Warehouse"."StockGroups"."StockGroupID" IS 'Numeric ID used for reference to a stock group within the database';
COMMENT ON COLUMN "Warehouse"."StockGroups"."StockGroupName" IS 'Full name of groups used to categorize stock items';
COMMENT ON TABLE "Warehouse"."StockItemHoldings" IS 'Non-temporal attributes for stock items';
COMMENT ON COLUMN "Warehouse"."StockItemHoldings"."StockItemID" IS 'ID of the stock item that this holding relates to (this table holds non-temporal columns for stock)';
COMMENT ON COLUMN "Warehouse"."StockItemHoldings"."QuantityOnHand" IS 'Quantity currently on hand (if tracked)';
COMMENT ON COLUMN "Warehouse"."StockItemHoldings"."BinLocation" IS 'Bin location (ie location of this stock item within the depot)';
COMMENT ON COLUMN "Warehouse"."StockItemHoldings"."LastStocktakeQuantity" IS 'Quantity at last stocktake (if tracked)';
COMMENT ON COLUMN "Warehouse"."StockItemHoldings"."LastCostPrice" IS 'Unit cost price the last time this stock item was purchased';
COMMENT ON COLUMN "Warehouse"."StockItemHoldings"."ReorderLevel" IS 'Quantity below which reordering should take place';
COMMENT ON COLUMN "Warehouse"."StockItemHoldings"."TargetStockLevel" IS 'Typical quantity ordered';
COMMENT ON TABLE "Warehouse"."StockItemStockGroups" IS 'Which stock items are in which stock groups';
COMMENT ON COLUMN "Warehouse"."StockItemStockGroups"."StockItemStockGroupID" IS 'Internal reference for this linking row';
COMMENT ON COLUMN "Warehouse"."StockItemStockGroups"."StockItemID" IS 'Stock item assigned to this stock group (FK indexed via unique constraint)';
COMMENT ON COLUMN "Warehouse"."StockItemStockGroups"."StockGroupID" IS 'StockGroup assigned to this stock item (FK indexed via unique constraint)';
COMMENT ON TABLE "Warehouse"."StockItemTransactions" IS 'Transactions covering all movements of all stock items';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."StockItemTransactionID" IS 'Numeric ID used to refer to a stock item transaction within the database';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."StockItemID" IS 'StockItem for this transaction';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."TransactionTypeID" IS 'Type of transaction';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."CustomerID" IS 'Customer for this transaction (if applicable)';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."InvoiceID" IS 'ID of an invoice (for transactions associated with an invoice)';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."SupplierID" IS 'Supplier for this stock transaction (if applicable)';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."PurchaseOrderID" IS 'ID of an purchase order (for transactions associated with a purchase order)';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."TransactionOccurredWhen" IS 'Date and time when the transaction occurred';
COMMENT ON COLUMN "Warehouse"."StockItemTransactions"."Quantity" IS 'Quantity of stock movement (positive is incoming stock, negative is outgoing)';
COMMENT ON TABLE "Warehouse"."StockItems" IS 'Main entity table for stock items';
COMMENT ON COLUMN "Warehouse"."StockItems"."StockItemID" IS 'Numeric ID used for reference to a stock item within the database';
COMMENT ON COLUMN "Warehouse"."StockItems"."StockItemName" IS 'Full name of a stock item (but not a full description)';
COMMENT ON COLUMN "Warehouse"."StockItems"."SupplierID" IS 'Usual supplier for this stock item';
COMMENT ON COLUMN "Warehouse"."StockItems"."ColorID" IS 'Color (optional) for this stock item';
COMMENT ON COLUMN "Warehouse"."StockItems"."UnitPackageID" IS 'Usual package for selling units of this stock item';
COMMENT ON COLUMN "Warehouse"."StockItems"."OuterPackageID" IS 'Usual package for selling outers of this stock item (ie cartons, boxes, etc.)';
COMMENT ON COLUMN "Warehouse"."StockItems"."Brand" IS 'Brand for the stock item (if the item is branded)';
COMMENT ON COLUMN "Warehouse"."StockItems"."Size" IS 'Size of this item (eg: 100mm)';
COMMENT ON COLUMN "Warehouse"."StockItems"."LeadTimeDays" IS 'Number of days typically taken from order to receipt of this stock item';
COMMENT ON COLUMN "Warehouse"."StockItems"."QuantityPerOuter" IS 'Quantity of the stock item in an outer package';
COMMENT ON COLUMN "Warehouse"."StockItems"."IsChillerStock" IS 'Does this stock item need to be in a chiller?';
COMMENT ON COLUMN "Warehouse"."StockItems"."Barcode" IS 'Barcode for this stock item';
COMMENT ON COLUMN "Warehouse"."StockItems"."TaxRate" IS 'Tax rate to be applied';
COMMENT ON COLUMN "Warehouse"."StockItems"."UnitPrice" IS 'Selling price (ex-tax) for one unit of this product';
COMMENT ON COLUMN "Warehouse"."StockItems"."RecommendedRetailPrice" IS 'Recommended retail price for this stock item';
COMMENT ON COLUMN "Warehouse"."StockItems"."TypicalWeightPerUnit" IS 'Typical weight for one unit of this product (packaged)';
COMMENT ON COLUMN "Warehouse"."StockItems"."MarketingComments" IS 'Marketing comments for this stock item (shared outside the organization)';
COMMENT ON COLUMN "Warehouse"."StockItems"."InternalComments" IS 'Internal comments (not exposed outside organization)';
COMMENT ON COLUMN "Warehouse"."StockItems"."Photo" IS 'Photo of the product';
COMMENT ON COLUMN "Warehouse"."StockItems"."CustomFields" IS 'Custom fields added by system users';
COMMENT ON COLUMN "Warehouse"."StockItems"."Tags" IS 'Advertising tags associated with this stock item (JSON array retrieved from CustomFields)';
COMMENT ON COLUMN "Warehouse"."StockItems"."SearchDetails" IS 'Combination of columns used by full text search';
