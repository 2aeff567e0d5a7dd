-- Microsoft's AdventureWorksLT sample (the "light" AdventureWorks, AdventureWorksLT 2012, schema SalesLT; Microsoft,
-- MIT, github.com/microsoft/sql-server-samples): tables, keys and the MS_Description extended properties of its 10
-- SalesLT tables, no data. Read from a public MySQL Workbench migration of the sample found through the search index
-- (columns, keys, foreign keys and the descriptions carried over as COMMENT clauses; the repository holding it could
-- not be identified) and cross-checked against a public SSMS script of AdventureWorksLT (its CREATE TABLE and foreign
-- keys); converted to PostgreSQL by hand, loaded into a scratch PostgreSQL and checked. PascalCase names kept as
-- quoted identifiers ("SalesLT"."SalesOrderHeader"."OrderDate"). money -> numeric(19,4), datetime -> timestamp,
-- bit -> boolean, tinyint -> smallint, nvarchar -> varchar, uniqueidentifier -> uuid, varbinary -> bytea, the XML
-- ProductModel.CatalogDescription -> text, the user types Name/Flag/NameStyle/Phone/OrderNumber/AccountNumber ->
-- their base types, the computed SalesOrderDetail.LineTotal, SalesOrderHeader.SalesOrderNumber and TotalDue kept as
-- plain columns. Left out: dbo.BuildVersion and dbo.ErrorLog, views, functions, triggers, defaults, CHECK and UNIQUE
-- constraints, indexes. No rows: the sample ships as a backup, not as a script with rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS "SalesLT";
CREATE TABLE "SalesLT"."Address" (
    "AddressID" integer NOT NULL,
    "AddressLine1" character varying(60) NOT NULL,
    "AddressLine2" character varying(60),
    "City" character varying(30) NOT NULL,
    "StateProvince" character varying(50) NOT NULL,
    "CountryRegion" character varying(50) NOT NULL,
    "PostalCode" character varying(15) NOT NULL,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("AddressID")
);
CREATE TABLE "SalesLT"."Customer" (
    "CustomerID" integer NOT NULL,
    "NameStyle" boolean NOT NULL,
    "Title" character varying(8),
    "FirstName" character varying(50) NOT NULL,
    "MiddleName" character varying(50),
    "LastName" character varying(50) NOT NULL,
    "Suffix" character varying(10),
    "CompanyName" character varying(128),
    "SalesPerson" character varying(256),
    "EmailAddress" character varying(50),
    "Phone" character varying(25),
    "PasswordHash" character varying(128) NOT NULL,
    "PasswordSalt" character varying(10) NOT NULL,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("CustomerID")
);
CREATE TABLE "SalesLT"."CustomerAddress" (
    "CustomerID" integer NOT NULL,
    "AddressID" integer NOT NULL,
    "AddressType" character varying(50) NOT NULL,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("CustomerID", "AddressID")
);
CREATE TABLE "SalesLT"."ProductCategory" (
    "ProductCategoryID" integer NOT NULL,
    "ParentProductCategoryID" integer,
    "Name" character varying(50) NOT NULL,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("ProductCategoryID")
);
CREATE TABLE "SalesLT"."ProductModel" (
    "ProductModelID" integer NOT NULL,
    "Name" character varying(50) NOT NULL,
    "CatalogDescription" text,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("ProductModelID")
);
CREATE TABLE "SalesLT"."ProductDescription" (
    "ProductDescriptionID" integer NOT NULL,
    "Description" character varying(400) NOT NULL,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("ProductDescriptionID")
);
CREATE TABLE "SalesLT"."Product" (
    "ProductID" integer NOT NULL,
    "Name" character varying(50) NOT NULL,
    "ProductNumber" character varying(25) NOT NULL,
    "Color" character varying(15),
    "StandardCost" numeric(19,4) NOT NULL,
    "ListPrice" numeric(19,4) NOT NULL,
    "Size" character varying(5),
    "Weight" numeric(8,2),
    "ProductCategoryID" integer,
    "ProductModelID" integer,
    "SellStartDate" timestamp without time zone NOT NULL,
    "SellEndDate" timestamp without time zone,
    "DiscontinuedDate" timestamp without time zone,
    "ThumbNailPhoto" bytea,
    "ThumbnailPhotoFileName" character varying(50),
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("ProductID")
);
CREATE TABLE "SalesLT"."ProductModelProductDescription" (
    "ProductModelID" integer NOT NULL,
    "ProductDescriptionID" integer NOT NULL,
    "Culture" character(6) NOT NULL,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("ProductModelID", "ProductDescriptionID", "Culture")
);
CREATE TABLE "SalesLT"."SalesOrderHeader" (
    "SalesOrderID" integer NOT NULL,
    "RevisionNumber" smallint NOT NULL,
    "OrderDate" timestamp without time zone NOT NULL,
    "DueDate" timestamp without time zone NOT NULL,
    "ShipDate" timestamp without time zone,
    "Status" smallint NOT NULL,
    "OnlineOrderFlag" boolean NOT NULL,
    "SalesOrderNumber" character varying(25) NOT NULL,
    "PurchaseOrderNumber" character varying(25),
    "AccountNumber" character varying(15),
    "CustomerID" integer NOT NULL,
    "ShipToAddressID" integer,
    "BillToAddressID" integer,
    "ShipMethod" character varying(50) NOT NULL,
    "CreditCardApprovalCode" character varying(15),
    "SubTotal" numeric(19,4) NOT NULL,
    "TaxAmt" numeric(19,4) NOT NULL,
    "Freight" numeric(19,4) NOT NULL,
    "TotalDue" numeric(19,4) NOT NULL,
    "Comment" text,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("SalesOrderID")
);
CREATE TABLE "SalesLT"."SalesOrderDetail" (
    "SalesOrderID" integer NOT NULL,
    "SalesOrderDetailID" integer NOT NULL,
    "OrderQty" smallint NOT NULL,
    "ProductID" integer NOT NULL,
    "UnitPrice" numeric(19,4) NOT NULL,
    "UnitPriceDiscount" numeric(19,4) NOT NULL,
    "LineTotal" numeric(38,6) NOT NULL,
    "rowguid" uuid NOT NULL,
    "ModifiedDate" timestamp without time zone NOT NULL,
    PRIMARY KEY ("SalesOrderID", "SalesOrderDetailID")
);
ALTER TABLE "SalesLT"."CustomerAddress" ADD FOREIGN KEY ("CustomerID") REFERENCES "SalesLT"."Customer" ("CustomerID");
ALTER TABLE "SalesLT"."CustomerAddress" ADD FOREIGN KEY ("AddressID") REFERENCES "SalesLT"."Address" ("AddressID");
ALTER TABLE "SalesLT"."Product" ADD FOREIGN KEY ("ProductModelID") REFERENCES "SalesLT"."ProductModel" ("ProductModelID");
ALTER TABLE "SalesLT"."Product" ADD FOREIGN KEY ("ProductCategoryID") REFERENCES "SalesLT"."ProductCategory" ("ProductCategoryID");
ALTER TABLE "SalesLT"."ProductCategory" ADD FOREIGN KEY ("ParentProductCategoryID") REFERENCES "SalesLT"."ProductCategory" ("ProductCategoryID");
ALTER TABLE "SalesLT"."ProductModelProductDescription" ADD FOREIGN KEY ("ProductDescriptionID") REFERENCES "SalesLT"."ProductDescription" ("ProductDescriptionID");
ALTER TABLE "SalesLT"."ProductModelProductDescription" ADD FOREIGN KEY ("ProductModelID") REFERENCES "SalesLT"."ProductModel" ("ProductModelID");
ALTER TABLE "SalesLT"."SalesOrderDetail" ADD FOREIGN KEY ("SalesOrderID") REFERENCES "SalesLT"."SalesOrderHeader" ("SalesOrderID");
ALTER TABLE "SalesLT"."SalesOrderDetail" ADD FOREIGN KEY ("ProductID") REFERENCES "SalesLT"."Product" ("ProductID");
ALTER TABLE "SalesLT"."SalesOrderHeader" ADD FOREIGN KEY ("CustomerID") REFERENCES "SalesLT"."Customer" ("CustomerID");
ALTER TABLE "SalesLT"."SalesOrderHeader" ADD FOREIGN KEY ("ShipToAddressID") REFERENCES "SalesLT"."Address" ("AddressID");
ALTER TABLE "SalesLT"."SalesOrderHeader" ADD FOREIGN KEY ("BillToAddressID") REFERENCES "SalesLT"."Address" ("AddressID");
COMMENT ON TABLE "SalesLT"."Address" IS 'Street address information for customers.';
COMMENT ON COLUMN "SalesLT"."Address"."AddressID" IS 'Primary key for Address records.';
COMMENT ON COLUMN "SalesLT"."Address"."AddressLine1" IS 'First street address line.';
COMMENT ON COLUMN "SalesLT"."Address"."AddressLine2" IS 'Second street address line.';
COMMENT ON COLUMN "SalesLT"."Address"."City" IS 'Name of the city.';
COMMENT ON COLUMN "SalesLT"."Address"."StateProvince" IS 'Name of state or province.';
COMMENT ON COLUMN "SalesLT"."Address"."PostalCode" IS 'Postal code for the street address.';
COMMENT ON COLUMN "SalesLT"."Address"."rowguid" IS 'ROWGUIDCOL number uniquely identifying the record. Used to support a merge replication sample.';
COMMENT ON COLUMN "SalesLT"."Address"."ModifiedDate" IS 'Date and time the record was last updated.';
COMMENT ON TABLE "SalesLT"."Customer" IS 'Customer information.';
COMMENT ON COLUMN "SalesLT"."Customer"."CustomerID" IS 'Primary key for Customer records.';
COMMENT ON COLUMN "SalesLT"."Customer"."NameStyle" IS '0 = The data in FirstName and LastName are stored in western style (first name, last name) order.  1 = Eastern style (last name, first name) order.';
COMMENT ON COLUMN "SalesLT"."Customer"."Title" IS 'A courtesy title. For example, Mr. or Ms.';
COMMENT ON COLUMN "SalesLT"."Customer"."FirstName" IS 'First name of the person.';
COMMENT ON COLUMN "SalesLT"."Customer"."MiddleName" IS 'Middle name or middle initial of the person.';
COMMENT ON COLUMN "SalesLT"."Customer"."LastName" IS 'Last name of the person.';
COMMENT ON COLUMN "SalesLT"."Customer"."Suffix" IS 'Surname suffix. For example, Sr. or Jr.';
COMMENT ON COLUMN "SalesLT"."Customer"."CompanyName" IS 'The customer''s organization.';
COMMENT ON COLUMN "SalesLT"."Customer"."SalesPerson" IS 'The customer''s sales person, an employee of AdventureWorks Cycles.';
COMMENT ON COLUMN "SalesLT"."Customer"."EmailAddress" IS 'E-mail address for the person.';
COMMENT ON COLUMN "SalesLT"."Customer"."Phone" IS 'Phone number associated with the person.';
COMMENT ON COLUMN "SalesLT"."Customer"."PasswordHash" IS 'Password for the e-mail account.';
COMMENT ON COLUMN "SalesLT"."Customer"."PasswordSalt" IS 'Random value concatenated with the password string before the password is hashed.';
COMMENT ON COLUMN "SalesLT"."Customer"."rowguid" IS 'ROWGUIDCOL number uniquely identifying the record. Used to support a merge replication sample.';
COMMENT ON COLUMN "SalesLT"."Customer"."ModifiedDate" IS 'Date and time the record was last updated.';
COMMENT ON TABLE "SalesLT"."CustomerAddress" IS 'Cross-reference table mapping customers to their address(es).';
COMMENT ON COLUMN "SalesLT"."CustomerAddress"."CustomerID" IS 'Primary key. Foreign key to Customer.CustomerID.';
COMMENT ON COLUMN "SalesLT"."CustomerAddress"."AddressID" IS 'Primary key. Foreign key to Address.AddressID.';
COMMENT ON COLUMN "SalesLT"."CustomerAddress"."AddressType" IS 'The kind of Address. One of: Archive, Billing, Home, Main Office, Primary, Shipping';
COMMENT ON COLUMN "SalesLT"."CustomerAddress"."rowguid" IS 'ROWGUIDCOL number uniquely identifying the record. Used to support a merge replication sample.';
COMMENT ON COLUMN "SalesLT"."CustomerAddress"."ModifiedDate" IS 'Date and time the record was last updated.';
COMMENT ON TABLE "SalesLT"."Product" IS 'Products sold or used in the manfacturing of sold products.';
COMMENT ON COLUMN "SalesLT"."Product"."ProductID" IS 'Primary key for Product records.';
COMMENT ON COLUMN "SalesLT"."Product"."Name" IS 'Name of the product.';
COMMENT ON COLUMN "SalesLT"."Product"."ProductNumber" IS 'Unique product identification number.';
COMMENT ON COLUMN "SalesLT"."Product"."Color" IS 'Product color.';
COMMENT ON COLUMN "SalesLT"."Product"."StandardCost" IS 'Standard cost of the product.';
COMMENT ON COLUMN "SalesLT"."Product"."ListPrice" IS 'Selling price.';
COMMENT ON COLUMN "SalesLT"."Product"."Size" IS 'Product size.';
COMMENT ON COLUMN "SalesLT"."Product"."Weight" IS 'Product weight.';
COMMENT ON COLUMN "SalesLT"."Product"."ProductCategoryID" IS 'Product is a member of this product category. Foreign key to ProductCategory.ProductCategoryID. ';
COMMENT ON COLUMN "SalesLT"."Product"."ProductModelID" IS 'Product is a member of this product model. Foreign key to ProductModel.ProductModelID.';
COMMENT ON COLUMN "SalesLT"."Product"."SellStartDate" IS 'Date the product was available for sale.';
COMMENT ON COLUMN "SalesLT"."Product"."SellEndDate" IS 'Date the product was no longer available for sale.';
COMMENT ON COLUMN "SalesLT"."Product"."DiscontinuedDate" IS 'Date the product was discontinued.';
COMMENT ON COLUMN "SalesLT"."Product"."ThumbNailPhoto" IS 'Small image of the product.';
COMMENT ON COLUMN "SalesLT"."Product"."ThumbnailPhotoFileName" IS 'Small image file name.';
COMMENT ON COLUMN "SalesLT"."Product"."rowguid" IS 'ROWGUIDCOL number uniquely identifying the record. Used to support a merge replication sample.';
COMMENT ON COLUMN "SalesLT"."Product"."ModifiedDate" IS 'Date and time the record was last updated.';
COMMENT ON TABLE "SalesLT"."ProductCategory" IS 'High-level product categorization.';
COMMENT ON COLUMN "SalesLT"."ProductCategory"."ProductCategoryID" IS 'Primary key for ProductCategory records.';
COMMENT ON COLUMN "SalesLT"."ProductCategory"."ParentProductCategoryID" IS 'Product category identification number of immediate ancestor category. Foreign key to ProductCategory.ProductCategoryID.';
COMMENT ON COLUMN "SalesLT"."ProductCategory"."Name" IS 'Category description.';
COMMENT ON COLUMN "SalesLT"."ProductCategory"."rowguid" IS 'ROWGUIDCOL number uniquely identifying the record. Used to support a merge replication sample.';
COMMENT ON COLUMN "SalesLT"."ProductCategory"."ModifiedDate" IS 'Date and time the record was last updated.';
COMMENT ON TABLE "SalesLT"."ProductDescription" IS 'Product descriptions in several languages.';
COMMENT ON COLUMN "SalesLT"."ProductDescription"."ProductDescriptionID" IS 'Primary key for ProductDescription records.';
COMMENT ON COLUMN "SalesLT"."ProductDescription"."Description" IS 'Description of the product.';
COMMENT ON COLUMN "SalesLT"."ProductDescription"."rowguid" IS 'ROWGUIDCOL number uniquely identifying the record. Used to support a merge replication sample.';
COMMENT ON COLUMN "SalesLT"."ProductDescription"."ModifiedDate" IS 'Date and time the record was last updated.';
COMMENT ON TABLE "SalesLT"."ProductModelProductDescription" IS 'Cross-reference table mapping product descriptions and the language the description is written in.';
COMMENT ON COLUMN "SalesLT"."ProductModelProductDescription"."ProductModelID" IS 'Primary key. Foreign key to ProductModel.ProductModelID.';
COMMENT ON COLUMN "SalesLT"."ProductModelProductDescription"."ProductDescriptionID" IS 'Primary key. Foreign key to ProductDescription.ProductDescriptionID.';
COMMENT ON COLUMN "SalesLT"."ProductModelProductDescription"."Culture" IS 'The culture for which the description is written';
COMMENT ON COLUMN "SalesLT"."ProductModelProductDescription"."ModifiedDate" IS 'Date and time the record was last updated.';
COMMENT ON TABLE "SalesLT"."SalesOrderDetail" IS 'Individual products associated with a specific sales order. See SalesOrderHeader.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."SalesOrderID" IS 'Primary key. Foreign key to SalesOrderHeader.SalesOrderID.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."SalesOrderDetailID" IS 'Primary key. One incremental unique number per product sold.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."OrderQty" IS 'Quantity ordered per product.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."ProductID" IS 'Product sold to customer. Foreign key to Product.ProductID.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."UnitPrice" IS 'Selling price of a single product.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."UnitPriceDiscount" IS 'Discount amount.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."LineTotal" IS 'Per product subtotal. Computed as UnitPrice * (1 - UnitPriceDiscount) * OrderQty.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."rowguid" IS 'ROWGUIDCOL number uniquely identifying the record. Used to support a merge replication sample.';
COMMENT ON COLUMN "SalesLT"."SalesOrderDetail"."ModifiedDate" IS 'Date and time the record was last updated.';
COMMENT ON TABLE "SalesLT"."SalesOrderHeader" IS 'General sales order information.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."SalesOrderID" IS 'Primary key.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."RevisionNumber" IS 'Incremental number to track changes to the sales order over time.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."OrderDate" IS 'Dates the sales order was created.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."DueDate" IS 'Date the order is due to the customer.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."ShipDate" IS 'Date the order was shipped to the customer.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."Status" IS 'Order current status. 1 = In process; 2 = Approved; 3 = Backordered; 4 = Rejected; 5 = Shipped; 6 = Cancelled';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."OnlineOrderFlag" IS '0 = Order placed by sales person. 1 = Order placed online by customer.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."SalesOrderNumber" IS 'Unique sales order identification number.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."PurchaseOrderNumber" IS 'Customer purchase order number reference. ';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."AccountNumber" IS 'Financial accounting number reference.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."CustomerID" IS 'Customer identification number. Foreign key to Customer.CustomerID.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."ShipToAddressID" IS 'The ID of the location to send goods.  Foreign key to the Address table.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."BillToAddressID" IS 'The ID of the location to send invoices.  Foreign key to the Address table.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."ShipMethod" IS 'Shipping method. Foreign key to ShipMethod.ShipMethodID.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."CreditCardApprovalCode" IS 'Approval code provided by the credit card company.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."SubTotal" IS 'Sales subtotal. Computed as SUM(SalesOrderDetail.LineTotal)for the appropriate SalesOrderID.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."TaxAmt" IS 'Tax amount.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."Freight" IS 'Shipping cost.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."TotalDue" IS 'Total due from customer. Computed as Subtotal + TaxAmt + Freight.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."Comment" IS 'Sales representative comments.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."rowguid" IS 'ROWGUIDCOL number uniquely identifying the record. Used to support a merge replication sample.';
COMMENT ON COLUMN "SalesLT"."SalesOrderHeader"."ModifiedDate" IS 'Date and time the record was last updated.';
