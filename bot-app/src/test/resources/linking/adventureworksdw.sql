-- Microsoft's AdventureWorksDW data-warehouse sample (AdventureWorksDW 2017 layout: Dim* dimensions and Fact* facts
-- of internet and reseller sales, finance, call centre, currency rates, inventory, quotas and surveys; Microsoft,
-- MIT, github.com/microsoft/sql-server-samples), tables, columns, primary keys and foreign keys, no data. Read from
-- the per-table SQL Source Control scripts of a scripted copy of the database, github.com/wondisha/sourcecontrol_test
-- (Tables/dbo.*.sql, commit 38d01c9; that repository states no licence), keeping only the sample's own 28 tables
-- (the copy's added tables - Invoices, Table_1, EMP_Salaries, Employee_Main, ExPlanOperator*, DMSSTAT_*,
-- sqlwatch_meta_server, person.Address, the qpi.* snapshots - and dbo.DatabaseLog, dbo.AdventureWorksDWBuildVersion
-- left out), converted to PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and checked there; schema
-- adventureworksdw, PascalCase names kept as quoted identifiers ("DimCustomer"."GeographyKey"). int -> integer,
-- tinyint -> smallint, bit -> boolean, money -> numeric(19,4), float -> double precision, nvarchar/nchar ->
-- varchar/char, nvarchar(max) -> text, datetime -> timestamp, varbinary -> bytea. IDENTITY, collations, defaults,
-- unique keys and indexes, views and functions left out. As in the source, FactFinance and NewFactCurrencyRate have
-- no primary key and FactAdditionalInternationalProductDescription, NewFactCurrencyRate and ProspectiveBuyer have no
-- foreign keys. The scripts carry no extended-property descriptions, so no comments. No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS adventureworksdw;
CREATE TABLE adventureworksdw."DimAccount" (
    "AccountKey" integer NOT NULL,
    "ParentAccountKey" integer,
    "AccountCodeAlternateKey" integer,
    "ParentAccountCodeAlternateKey" integer,
    "AccountDescription" varchar(50),
    "AccountType" varchar(50),
    "Operator" varchar(50),
    "CustomMembers" varchar(300),
    "ValueType" varchar(50),
    "CustomMemberOptions" varchar(200),
    PRIMARY KEY ("AccountKey")
);
CREATE TABLE adventureworksdw."DimCurrency" (
    "CurrencyKey" integer NOT NULL,
    "CurrencyAlternateKey" char(3) NOT NULL,
    "CurrencyName" varchar(50) NOT NULL,
    PRIMARY KEY ("CurrencyKey")
);
CREATE TABLE adventureworksdw."DimCustomer" (
    "CustomerKey" integer NOT NULL,
    "GeographyKey" integer,
    "CustomerAlternateKey" varchar(15) NOT NULL,
    "Title" varchar(8),
    "FirstName" varchar(50),
    "MiddleName" varchar(50),
    "LastName" varchar(50),
    "NameStyle" boolean,
    "BirthDate" date,
    "MaritalStatus" char(1),
    "Suffix" varchar(10),
    "Gender" varchar(1),
    "EmailAddress" varchar(50),
    "YearlyIncome" numeric(19,4),
    "TotalChildren" smallint,
    "NumberChildrenAtHome" smallint,
    "EnglishEducation" varchar(40),
    "SpanishEducation" varchar(40),
    "FrenchEducation" varchar(40),
    "EnglishOccupation" varchar(100),
    "SpanishOccupation" varchar(100),
    "FrenchOccupation" varchar(100),
    "HouseOwnerFlag" char(1),
    "NumberCarsOwned" smallint,
    "AddressLine1" varchar(120),
    "AddressLine2" varchar(120),
    "Phone" varchar(20),
    "DateFirstPurchase" date,
    "CommuteDistance" varchar(15),
    PRIMARY KEY ("CustomerKey")
);
CREATE TABLE adventureworksdw."DimDate" (
    "DateKey" integer NOT NULL,
    "FullDateAlternateKey" date NOT NULL,
    "DayNumberOfWeek" smallint NOT NULL,
    "EnglishDayNameOfWeek" varchar(10) NOT NULL,
    "SpanishDayNameOfWeek" varchar(10) NOT NULL,
    "FrenchDayNameOfWeek" varchar(10) NOT NULL,
    "DayNumberOfMonth" smallint NOT NULL,
    "DayNumberOfYear" smallint NOT NULL,
    "WeekNumberOfYear" smallint NOT NULL,
    "EnglishMonthName" varchar(10) NOT NULL,
    "SpanishMonthName" varchar(10) NOT NULL,
    "FrenchMonthName" varchar(10) NOT NULL,
    "MonthNumberOfYear" smallint NOT NULL,
    "CalendarQuarter" smallint NOT NULL,
    "CalendarYear" smallint NOT NULL,
    "CalendarSemester" smallint NOT NULL,
    "FiscalQuarter" smallint NOT NULL,
    "FiscalYear" smallint NOT NULL,
    "FiscalSemester" smallint NOT NULL,
    PRIMARY KEY ("DateKey")
);
CREATE TABLE adventureworksdw."DimDepartmentGroup" (
    "DepartmentGroupKey" integer NOT NULL,
    "ParentDepartmentGroupKey" integer,
    "DepartmentGroupName" varchar(50),
    PRIMARY KEY ("DepartmentGroupKey")
);
CREATE TABLE adventureworksdw."DimEmployee" (
    "EmployeeKey" integer NOT NULL,
    "ParentEmployeeKey" integer,
    "EmployeeNationalIDAlternateKey" varchar(15),
    "ParentEmployeeNationalIDAlternateKey" varchar(15),
    "SalesTerritoryKey" integer,
    "FirstName" varchar(50) NOT NULL,
    "LastName" varchar(50) NOT NULL,
    "MiddleName" varchar(50),
    "NameStyle" boolean NOT NULL,
    "Title" varchar(50),
    "HireDate" date,
    "BirthDate" date,
    "LoginID" varchar(256),
    "EmailAddress" varchar(50),
    "Phone" varchar(25),
    "MaritalStatus" char(1),
    "EmergencyContactName" varchar(50),
    "EmergencyContactPhone" varchar(25),
    "SalariedFlag" boolean,
    "Gender" char(1),
    "PayFrequency" smallint,
    "BaseRate" numeric(19,4),
    "VacationHours" smallint,
    "SickLeaveHours" smallint,
    "CurrentFlag" boolean NOT NULL,
    "SalesPersonFlag" boolean NOT NULL,
    "DepartmentName" varchar(50),
    "StartDate" date,
    "EndDate" date,
    "Status" varchar(50),
    "EmployeePhoto" bytea,
    PRIMARY KEY ("EmployeeKey")
);
CREATE TABLE adventureworksdw."DimGeography" (
    "GeographyKey" integer NOT NULL,
    "City" varchar(30),
    "StateProvinceCode" varchar(3),
    "StateProvinceName" varchar(50),
    "CountryRegionCode" varchar(3),
    "EnglishCountryRegionName" varchar(50),
    "SpanishCountryRegionName" varchar(50),
    "FrenchCountryRegionName" varchar(50),
    "PostalCode" varchar(15),
    "SalesTerritoryKey" integer,
    "IpAddressLocator" varchar(15),
    PRIMARY KEY ("GeographyKey")
);
CREATE TABLE adventureworksdw."DimOrganization" (
    "OrganizationKey" integer NOT NULL,
    "ParentOrganizationKey" integer,
    "PercentageOfOwnership" varchar(16),
    "OrganizationName" varchar(50),
    "CurrencyKey" integer,
    PRIMARY KEY ("OrganizationKey")
);
CREATE TABLE adventureworksdw."DimProduct" (
    "ProductKey" integer NOT NULL,
    "ProductAlternateKey" varchar(25),
    "ProductSubcategoryKey" integer,
    "WeightUnitMeasureCode" char(3),
    "SizeUnitMeasureCode" char(3),
    "EnglishProductName" varchar(50) NOT NULL,
    "SpanishProductName" varchar(50) NOT NULL,
    "FrenchProductName" varchar(50) NOT NULL,
    "StandardCost" numeric(19,4),
    "FinishedGoodsFlag" boolean NOT NULL,
    "Color" varchar(15) NOT NULL,
    "SafetyStockLevel" smallint,
    "ReorderPoint" smallint,
    "ListPrice" numeric(19,4),
    "Size" varchar(50),
    "SizeRange" varchar(50),
    "Weight" double precision,
    "DaysToManufacture" integer,
    "ProductLine" char(2),
    "DealerPrice" numeric(19,4),
    "Class" char(2),
    "Style" char(2),
    "ModelName" varchar(50),
    "LargePhoto" bytea,
    "EnglishDescription" varchar(400),
    "FrenchDescription" varchar(400),
    "ChineseDescription" varchar(400),
    "ArabicDescription" varchar(400),
    "HebrewDescription" varchar(400),
    "ThaiDescription" varchar(400),
    "GermanDescription" varchar(400),
    "JapaneseDescription" varchar(400),
    "TurkishDescription" varchar(400),
    "StartDate" timestamp,
    "EndDate" timestamp,
    "Status" varchar(7),
    PRIMARY KEY ("ProductKey")
);
CREATE TABLE adventureworksdw."DimProductCategory" (
    "ProductCategoryKey" integer NOT NULL,
    "ProductCategoryAlternateKey" integer,
    "EnglishProductCategoryName" varchar(50) NOT NULL,
    "SpanishProductCategoryName" varchar(50) NOT NULL,
    "FrenchProductCategoryName" varchar(50) NOT NULL,
    PRIMARY KEY ("ProductCategoryKey")
);
CREATE TABLE adventureworksdw."DimProductSubcategory" (
    "ProductSubcategoryKey" integer NOT NULL,
    "ProductSubcategoryAlternateKey" integer,
    "EnglishProductSubcategoryName" varchar(50) NOT NULL,
    "SpanishProductSubcategoryName" varchar(50) NOT NULL,
    "FrenchProductSubcategoryName" varchar(50) NOT NULL,
    "ProductCategoryKey" integer,
    PRIMARY KEY ("ProductSubcategoryKey")
);
CREATE TABLE adventureworksdw."DimPromotion" (
    "PromotionKey" integer NOT NULL,
    "PromotionAlternateKey" integer,
    "EnglishPromotionName" varchar(255),
    "SpanishPromotionName" varchar(255),
    "FrenchPromotionName" varchar(255),
    "DiscountPct" double precision,
    "EnglishPromotionType" varchar(50),
    "SpanishPromotionType" varchar(50),
    "FrenchPromotionType" varchar(50),
    "EnglishPromotionCategory" varchar(50),
    "SpanishPromotionCategory" varchar(50),
    "FrenchPromotionCategory" varchar(50),
    "StartDate" timestamp NOT NULL,
    "EndDate" timestamp,
    "MinQty" integer,
    "MaxQty" integer,
    PRIMARY KEY ("PromotionKey")
);
CREATE TABLE adventureworksdw."DimReseller" (
    "ResellerKey" integer NOT NULL,
    "GeographyKey" integer,
    "ResellerAlternateKey" varchar(15),
    "Phone" varchar(25),
    "BusinessType" varchar(20) NOT NULL,
    "ResellerName" varchar(50) NOT NULL,
    "NumberEmployees" integer,
    "OrderFrequency" char(1),
    "OrderMonth" smallint,
    "FirstOrderYear" integer,
    "LastOrderYear" integer,
    "ProductLine" varchar(50),
    "AddressLine1" varchar(60),
    "AddressLine2" varchar(60),
    "AnnualSales" numeric(19,4),
    "BankName" varchar(50),
    "MinPaymentType" smallint,
    "MinPaymentAmount" numeric(19,4),
    "AnnualRevenue" numeric(19,4),
    "YearOpened" integer,
    PRIMARY KEY ("ResellerKey")
);
CREATE TABLE adventureworksdw."DimSalesReason" (
    "SalesReasonKey" integer NOT NULL,
    "SalesReasonAlternateKey" integer NOT NULL,
    "SalesReasonName" varchar(50) NOT NULL,
    "SalesReasonReasonType" varchar(50) NOT NULL,
    PRIMARY KEY ("SalesReasonKey")
);
CREATE TABLE adventureworksdw."DimSalesTerritory" (
    "SalesTerritoryKey" integer NOT NULL,
    "SalesTerritoryAlternateKey" integer,
    "SalesTerritoryRegion" varchar(50) NOT NULL,
    "SalesTerritoryCountry" varchar(50) NOT NULL,
    "SalesTerritoryGroup" varchar(50),
    "SalesTerritoryImage" bytea,
    PRIMARY KEY ("SalesTerritoryKey")
);
CREATE TABLE adventureworksdw."DimScenario" (
    "ScenarioKey" integer NOT NULL,
    "ScenarioName" varchar(50),
    PRIMARY KEY ("ScenarioKey")
);
CREATE TABLE adventureworksdw."FactAdditionalInternationalProductDescription" (
    "ProductKey" integer NOT NULL,
    "CultureName" varchar(50) NOT NULL,
    "ProductDescription" text NOT NULL,
    PRIMARY KEY ("ProductKey", "CultureName")
);
CREATE TABLE adventureworksdw."FactCallCenter" (
    "FactCallCenterID" integer NOT NULL,
    "DateKey" integer NOT NULL,
    "WageType" varchar(15) NOT NULL,
    "Shift" varchar(20) NOT NULL,
    "LevelOneOperators" smallint NOT NULL,
    "LevelTwoOperators" smallint NOT NULL,
    "TotalOperators" smallint NOT NULL,
    "Calls" integer NOT NULL,
    "AutomaticResponses" integer NOT NULL,
    "Orders" integer NOT NULL,
    "IssuesRaised" smallint NOT NULL,
    "AverageTimePerIssue" smallint NOT NULL,
    "ServiceGrade" double precision NOT NULL,
    "Date" timestamp,
    PRIMARY KEY ("FactCallCenterID")
);
CREATE TABLE adventureworksdw."FactCurrencyRate" (
    "CurrencyKey" integer NOT NULL,
    "DateKey" integer NOT NULL,
    "AverageRate" double precision NOT NULL,
    "EndOfDayRate" double precision NOT NULL,
    "Date" timestamp,
    PRIMARY KEY ("CurrencyKey", "DateKey")
);
CREATE TABLE adventureworksdw."FactFinance" (
    "FinanceKey" integer NOT NULL,
    "DateKey" integer NOT NULL,
    "OrganizationKey" integer NOT NULL,
    "DepartmentGroupKey" integer NOT NULL,
    "ScenarioKey" integer NOT NULL,
    "AccountKey" integer NOT NULL,
    "Amount" double precision NOT NULL,
    "Date" timestamp
);
CREATE TABLE adventureworksdw."FactInternetSales" (
    "ProductKey" integer NOT NULL,
    "OrderDateKey" integer NOT NULL,
    "DueDateKey" integer NOT NULL,
    "ShipDateKey" integer NOT NULL,
    "CustomerKey" integer NOT NULL,
    "PromotionKey" integer NOT NULL,
    "CurrencyKey" integer NOT NULL,
    "SalesTerritoryKey" integer NOT NULL,
    "SalesOrderNumber" varchar(20) NOT NULL,
    "SalesOrderLineNumber" smallint NOT NULL,
    "RevisionNumber" smallint NOT NULL,
    "OrderQuantity" smallint NOT NULL,
    "UnitPrice" numeric(19,4) NOT NULL,
    "ExtendedAmount" numeric(19,4) NOT NULL,
    "UnitPriceDiscountPct" double precision NOT NULL,
    "DiscountAmount" double precision NOT NULL,
    "ProductStandardCost" numeric(19,4) NOT NULL,
    "TotalProductCost" numeric(19,4) NOT NULL,
    "SalesAmount" numeric(19,4) NOT NULL,
    "TaxAmt" numeric(19,4) NOT NULL,
    "Freight" numeric(19,4) NOT NULL,
    "CarrierTrackingNumber" varchar(25),
    "CustomerPONumber" varchar(25),
    "OrderDate" timestamp,
    "DueDate" timestamp,
    "ShipDate" timestamp,
    PRIMARY KEY ("SalesOrderNumber", "SalesOrderLineNumber")
);
CREATE TABLE adventureworksdw."FactInternetSalesReason" (
    "SalesOrderNumber" varchar(20) NOT NULL,
    "SalesOrderLineNumber" smallint NOT NULL,
    "SalesReasonKey" integer NOT NULL,
    PRIMARY KEY ("SalesOrderNumber", "SalesOrderLineNumber", "SalesReasonKey")
);
CREATE TABLE adventureworksdw."FactProductInventory" (
    "ProductKey" integer NOT NULL,
    "DateKey" integer NOT NULL,
    "MovementDate" date NOT NULL,
    "UnitCost" numeric(19,4) NOT NULL,
    "UnitsIn" integer NOT NULL,
    "UnitsOut" integer NOT NULL,
    "UnitsBalance" integer NOT NULL,
    PRIMARY KEY ("ProductKey", "DateKey")
);
CREATE TABLE adventureworksdw."FactResellerSales" (
    "ProductKey" integer NOT NULL,
    "OrderDateKey" integer NOT NULL,
    "DueDateKey" integer NOT NULL,
    "ShipDateKey" integer NOT NULL,
    "ResellerKey" integer NOT NULL,
    "EmployeeKey" integer NOT NULL,
    "PromotionKey" integer NOT NULL,
    "CurrencyKey" integer NOT NULL,
    "SalesTerritoryKey" integer NOT NULL,
    "SalesOrderNumber" varchar(20) NOT NULL,
    "SalesOrderLineNumber" smallint NOT NULL,
    "RevisionNumber" smallint,
    "OrderQuantity" smallint,
    "UnitPrice" numeric(19,4),
    "ExtendedAmount" numeric(19,4),
    "UnitPriceDiscountPct" double precision,
    "DiscountAmount" double precision,
    "ProductStandardCost" numeric(19,4),
    "TotalProductCost" numeric(19,4),
    "SalesAmount" numeric(19,4),
    "TaxAmt" numeric(19,4),
    "Freight" numeric(19,4),
    "CarrierTrackingNumber" varchar(25),
    "CustomerPONumber" varchar(25),
    "OrderDate" timestamp,
    "DueDate" timestamp,
    "ShipDate" timestamp,
    PRIMARY KEY ("SalesOrderNumber", "SalesOrderLineNumber")
);
CREATE TABLE adventureworksdw."FactSalesQuota" (
    "SalesQuotaKey" integer NOT NULL,
    "EmployeeKey" integer NOT NULL,
    "DateKey" integer NOT NULL,
    "CalendarYear" smallint NOT NULL,
    "CalendarQuarter" smallint NOT NULL,
    "SalesAmountQuota" numeric(19,4) NOT NULL,
    "Date" timestamp,
    PRIMARY KEY ("SalesQuotaKey")
);
CREATE TABLE adventureworksdw."FactSurveyResponse" (
    "SurveyResponseKey" integer NOT NULL,
    "DateKey" integer NOT NULL,
    "CustomerKey" integer NOT NULL,
    "ProductCategoryKey" integer NOT NULL,
    "EnglishProductCategoryName" varchar(50) NOT NULL,
    "ProductSubcategoryKey" integer NOT NULL,
    "EnglishProductSubcategoryName" varchar(50) NOT NULL,
    "Date" timestamp,
    PRIMARY KEY ("SurveyResponseKey")
);
CREATE TABLE adventureworksdw."NewFactCurrencyRate" (
    "AverageRate" real,
    "CurrencyID" varchar(3),
    "CurrencyDate" date,
    "EndOfDayRate" real,
    "CurrencyKey" integer,
    "DateKey" integer
);
CREATE TABLE adventureworksdw."ProspectiveBuyer" (
    "ProspectiveBuyerKey" integer NOT NULL,
    "ProspectAlternateKey" varchar(15),
    "FirstName" varchar(50),
    "MiddleName" varchar(50),
    "LastName" varchar(50),
    "BirthDate" timestamp,
    "MaritalStatus" char(1),
    "Gender" varchar(1),
    "EmailAddress" varchar(50),
    "YearlyIncome" numeric(19,4),
    "TotalChildren" smallint,
    "NumberChildrenAtHome" smallint,
    "Education" varchar(40),
    "Occupation" varchar(100),
    "HouseOwnerFlag" char(1),
    "NumberCarsOwned" smallint,
    "AddressLine1" varchar(120),
    "AddressLine2" varchar(120),
    "City" varchar(30),
    "StateProvinceCode" varchar(3),
    "PostalCode" varchar(15),
    "Phone" varchar(20),
    "Salutation" varchar(8),
    "Unknown" integer,
    PRIMARY KEY ("ProspectiveBuyerKey")
);
ALTER TABLE adventureworksdw."DimAccount" ADD FOREIGN KEY ("ParentAccountKey") REFERENCES adventureworksdw."DimAccount" ("AccountKey");
ALTER TABLE adventureworksdw."DimCustomer" ADD FOREIGN KEY ("GeographyKey") REFERENCES adventureworksdw."DimGeography" ("GeographyKey");
ALTER TABLE adventureworksdw."DimDepartmentGroup" ADD FOREIGN KEY ("ParentDepartmentGroupKey") REFERENCES adventureworksdw."DimDepartmentGroup" ("DepartmentGroupKey");
ALTER TABLE adventureworksdw."DimEmployee" ADD FOREIGN KEY ("ParentEmployeeKey") REFERENCES adventureworksdw."DimEmployee" ("EmployeeKey");
ALTER TABLE adventureworksdw."DimEmployee" ADD FOREIGN KEY ("SalesTerritoryKey") REFERENCES adventureworksdw."DimSalesTerritory" ("SalesTerritoryKey");
ALTER TABLE adventureworksdw."DimGeography" ADD FOREIGN KEY ("SalesTerritoryKey") REFERENCES adventureworksdw."DimSalesTerritory" ("SalesTerritoryKey");
ALTER TABLE adventureworksdw."DimOrganization" ADD FOREIGN KEY ("CurrencyKey") REFERENCES adventureworksdw."DimCurrency" ("CurrencyKey");
ALTER TABLE adventureworksdw."DimOrganization" ADD FOREIGN KEY ("ParentOrganizationKey") REFERENCES adventureworksdw."DimOrganization" ("OrganizationKey");
ALTER TABLE adventureworksdw."DimProduct" ADD FOREIGN KEY ("ProductSubcategoryKey") REFERENCES adventureworksdw."DimProductSubcategory" ("ProductSubcategoryKey");
ALTER TABLE adventureworksdw."DimProductSubcategory" ADD FOREIGN KEY ("ProductCategoryKey") REFERENCES adventureworksdw."DimProductCategory" ("ProductCategoryKey");
ALTER TABLE adventureworksdw."DimReseller" ADD FOREIGN KEY ("GeographyKey") REFERENCES adventureworksdw."DimGeography" ("GeographyKey");
ALTER TABLE adventureworksdw."FactCallCenter" ADD FOREIGN KEY ("DateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactCurrencyRate" ADD FOREIGN KEY ("CurrencyKey") REFERENCES adventureworksdw."DimCurrency" ("CurrencyKey");
ALTER TABLE adventureworksdw."FactCurrencyRate" ADD FOREIGN KEY ("DateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactFinance" ADD FOREIGN KEY ("AccountKey") REFERENCES adventureworksdw."DimAccount" ("AccountKey");
ALTER TABLE adventureworksdw."FactFinance" ADD FOREIGN KEY ("DateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactFinance" ADD FOREIGN KEY ("DepartmentGroupKey") REFERENCES adventureworksdw."DimDepartmentGroup" ("DepartmentGroupKey");
ALTER TABLE adventureworksdw."FactFinance" ADD FOREIGN KEY ("OrganizationKey") REFERENCES adventureworksdw."DimOrganization" ("OrganizationKey");
ALTER TABLE adventureworksdw."FactFinance" ADD FOREIGN KEY ("ScenarioKey") REFERENCES adventureworksdw."DimScenario" ("ScenarioKey");
ALTER TABLE adventureworksdw."FactInternetSales" ADD FOREIGN KEY ("CurrencyKey") REFERENCES adventureworksdw."DimCurrency" ("CurrencyKey");
ALTER TABLE adventureworksdw."FactInternetSales" ADD FOREIGN KEY ("CustomerKey") REFERENCES adventureworksdw."DimCustomer" ("CustomerKey");
ALTER TABLE adventureworksdw."FactInternetSales" ADD FOREIGN KEY ("OrderDateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactInternetSales" ADD FOREIGN KEY ("DueDateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactInternetSales" ADD FOREIGN KEY ("ShipDateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactInternetSales" ADD FOREIGN KEY ("ProductKey") REFERENCES adventureworksdw."DimProduct" ("ProductKey");
ALTER TABLE adventureworksdw."FactInternetSales" ADD FOREIGN KEY ("PromotionKey") REFERENCES adventureworksdw."DimPromotion" ("PromotionKey");
ALTER TABLE adventureworksdw."FactInternetSales" ADD FOREIGN KEY ("SalesTerritoryKey") REFERENCES adventureworksdw."DimSalesTerritory" ("SalesTerritoryKey");
ALTER TABLE adventureworksdw."FactInternetSalesReason" ADD FOREIGN KEY ("SalesReasonKey") REFERENCES adventureworksdw."DimSalesReason" ("SalesReasonKey");
ALTER TABLE adventureworksdw."FactInternetSalesReason" ADD FOREIGN KEY ("SalesOrderNumber", "SalesOrderLineNumber") REFERENCES adventureworksdw."FactInternetSales" ("SalesOrderNumber", "SalesOrderLineNumber");
ALTER TABLE adventureworksdw."FactProductInventory" ADD FOREIGN KEY ("DateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactProductInventory" ADD FOREIGN KEY ("ProductKey") REFERENCES adventureworksdw."DimProduct" ("ProductKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("CurrencyKey") REFERENCES adventureworksdw."DimCurrency" ("CurrencyKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("OrderDateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("DueDateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("ShipDateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("EmployeeKey") REFERENCES adventureworksdw."DimEmployee" ("EmployeeKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("ProductKey") REFERENCES adventureworksdw."DimProduct" ("ProductKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("PromotionKey") REFERENCES adventureworksdw."DimPromotion" ("PromotionKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("ResellerKey") REFERENCES adventureworksdw."DimReseller" ("ResellerKey");
ALTER TABLE adventureworksdw."FactResellerSales" ADD FOREIGN KEY ("SalesTerritoryKey") REFERENCES adventureworksdw."DimSalesTerritory" ("SalesTerritoryKey");
ALTER TABLE adventureworksdw."FactSalesQuota" ADD FOREIGN KEY ("DateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
ALTER TABLE adventureworksdw."FactSalesQuota" ADD FOREIGN KEY ("EmployeeKey") REFERENCES adventureworksdw."DimEmployee" ("EmployeeKey");
ALTER TABLE adventureworksdw."FactSurveyResponse" ADD FOREIGN KEY ("CustomerKey") REFERENCES adventureworksdw."DimCustomer" ("CustomerKey");
ALTER TABLE adventureworksdw."FactSurveyResponse" ADD FOREIGN KEY ("DateKey") REFERENCES adventureworksdw."DimDate" ("DateKey");
