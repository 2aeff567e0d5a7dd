-- AdventureWorks (Microsoft's OLTP sample, as ported to PostgreSQL by lorint/AdventureWorks-for-Postgres): tables, keys and comments only, no data. Regenerated from the schema's catalog facts; see README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS humanresources;
CREATE SCHEMA IF NOT EXISTS person;
CREATE SCHEMA IF NOT EXISTS production;
CREATE SCHEMA IF NOT EXISTS purchasing;
CREATE SCHEMA IF NOT EXISTS sales;
CREATE TABLE humanresources.department (
    departmentid integer NOT NULL,
    name character varying(50) NOT NULL,
    groupname character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (departmentid)
);
CREATE TABLE humanresources.employee (
    businessentityid integer NOT NULL,
    nationalidnumber character varying(15) NOT NULL,
    loginid character varying(256) NOT NULL,
    jobtitle character varying(50) NOT NULL,
    birthdate date NOT NULL,
    maritalstatus character(1) NOT NULL,
    gender character(1) NOT NULL,
    hiredate date NOT NULL,
    salariedflag boolean NOT NULL,
    vacationhours smallint NOT NULL,
    sickleavehours smallint NOT NULL,
    currentflag boolean NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    organizationnode character varying,
    PRIMARY KEY (businessentityid)
);
CREATE TABLE humanresources.employeedepartmenthistory (
    businessentityid integer NOT NULL,
    departmentid smallint NOT NULL,
    shiftid smallint NOT NULL,
    startdate date NOT NULL,
    enddate date,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, departmentid, shiftid, startdate)
);
CREATE TABLE humanresources.employeepayhistory (
    businessentityid integer NOT NULL,
    ratechangedate timestamp without time zone NOT NULL,
    rate numeric NOT NULL,
    payfrequency smallint NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, ratechangedate)
);
CREATE TABLE humanresources.jobcandidate (
    jobcandidateid integer NOT NULL,
    businessentityid integer,
    resume xml,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (jobcandidateid)
);
CREATE TABLE humanresources.shift (
    shiftid integer NOT NULL,
    name character varying(50) NOT NULL,
    starttime time without time zone NOT NULL,
    endtime time without time zone NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (shiftid)
);
CREATE TABLE person.address (
    addressid integer NOT NULL,
    addressline1 character varying(60) NOT NULL,
    addressline2 character varying(60),
    city character varying(30) NOT NULL,
    stateprovinceid integer NOT NULL,
    postalcode character varying(15) NOT NULL,
    spatiallocation bytea,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (addressid)
);
CREATE TABLE person.addresstype (
    addresstypeid integer NOT NULL,
    name character varying(50) NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (addresstypeid)
);
CREATE TABLE person.businessentity (
    businessentityid integer NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid)
);
CREATE TABLE person.businessentityaddress (
    businessentityid integer NOT NULL,
    addressid integer NOT NULL,
    addresstypeid integer NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, addressid, addresstypeid)
);
CREATE TABLE person.businessentitycontact (
    businessentityid integer NOT NULL,
    personid integer NOT NULL,
    contacttypeid integer NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, personid, contacttypeid)
);
CREATE TABLE person.contacttype (
    contacttypeid integer NOT NULL,
    name character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (contacttypeid)
);
CREATE TABLE person.countryregion (
    countryregioncode character varying(3) NOT NULL,
    name character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (countryregioncode)
);
CREATE TABLE person.emailaddress (
    businessentityid integer NOT NULL,
    emailaddressid integer NOT NULL,
    emailaddress character varying(50),
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, emailaddressid)
);
CREATE TABLE person.password (
    businessentityid integer NOT NULL,
    passwordhash character varying(128) NOT NULL,
    passwordsalt character varying(10) NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid)
);
CREATE TABLE person.person (
    businessentityid integer NOT NULL,
    persontype character(2) NOT NULL,
    namestyle boolean NOT NULL,
    title character varying(8),
    firstname character varying(50) NOT NULL,
    middlename character varying(50),
    lastname character varying(50) NOT NULL,
    suffix character varying(10),
    emailpromotion integer NOT NULL,
    additionalcontactinfo xml,
    demographics xml,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid)
);
CREATE TABLE person.personphone (
    businessentityid integer NOT NULL,
    phonenumber character varying(25) NOT NULL,
    phonenumbertypeid integer NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, phonenumber, phonenumbertypeid)
);
CREATE TABLE person.phonenumbertype (
    phonenumbertypeid integer NOT NULL,
    name character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (phonenumbertypeid)
);
CREATE TABLE person.stateprovince (
    stateprovinceid integer NOT NULL,
    stateprovincecode character(3) NOT NULL,
    countryregioncode character varying(3) NOT NULL,
    isonlystateprovinceflag boolean NOT NULL,
    name character varying(50) NOT NULL,
    territoryid integer NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (stateprovinceid)
);
CREATE TABLE production.billofmaterials (
    billofmaterialsid integer NOT NULL,
    productassemblyid integer,
    componentid integer NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    unitmeasurecode character(3) NOT NULL,
    bomlevel smallint NOT NULL,
    perassemblyqty numeric(8,2) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (billofmaterialsid)
);
CREATE TABLE production.culture (
    cultureid character(6) NOT NULL,
    name character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (cultureid)
);
CREATE TABLE production.document (
    title character varying(50) NOT NULL,
    owner integer NOT NULL,
    folderflag boolean NOT NULL,
    filename character varying(400) NOT NULL,
    fileextension character varying(8),
    revision character(5) NOT NULL,
    changenumber integer NOT NULL,
    status smallint NOT NULL,
    documentsummary text,
    document bytea,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    documentnode character varying NOT NULL,
    PRIMARY KEY (documentnode)
);
CREATE TABLE production.illustration (
    illustrationid integer NOT NULL,
    diagram xml,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (illustrationid)
);
CREATE TABLE production.location (
    locationid integer NOT NULL,
    name character varying(50) NOT NULL,
    costrate numeric NOT NULL,
    availability numeric(8,2) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (locationid)
);
CREATE TABLE production.product (
    productid integer NOT NULL,
    name character varying(50) NOT NULL,
    productnumber character varying(25) NOT NULL,
    makeflag boolean NOT NULL,
    finishedgoodsflag boolean NOT NULL,
    color character varying(15),
    safetystocklevel smallint NOT NULL,
    reorderpoint smallint NOT NULL,
    standardcost numeric NOT NULL,
    listprice numeric NOT NULL,
    size character varying(5),
    sizeunitmeasurecode character(3),
    weightunitmeasurecode character(3),
    weight numeric(8,2),
    daystomanufacture integer NOT NULL,
    productline character(2),
    class character(2),
    style character(2),
    productsubcategoryid integer,
    productmodelid integer,
    sellstartdate timestamp without time zone NOT NULL,
    sellenddate timestamp without time zone,
    discontinueddate timestamp without time zone,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productid)
);
CREATE TABLE production.productcategory (
    productcategoryid integer NOT NULL,
    name character varying(50) NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productcategoryid)
);
CREATE TABLE production.productcosthistory (
    productid integer NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    standardcost numeric NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productid, startdate)
);
CREATE TABLE production.productdescription (
    productdescriptionid integer NOT NULL,
    description character varying(400) NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productdescriptionid)
);
CREATE TABLE production.productdocument (
    productid integer NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    documentnode character varying NOT NULL,
    PRIMARY KEY (productid, documentnode)
);
CREATE TABLE production.productinventory (
    productid integer NOT NULL,
    locationid smallint NOT NULL,
    shelf character varying(10) NOT NULL,
    bin smallint NOT NULL,
    quantity smallint NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productid, locationid)
);
CREATE TABLE production.productlistpricehistory (
    productid integer NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    listprice numeric NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productid, startdate)
);
CREATE TABLE production.productmodel (
    productmodelid integer NOT NULL,
    name character varying(50) NOT NULL,
    catalogdescription xml,
    instructions xml,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productmodelid)
);
CREATE TABLE production.productmodelillustration (
    productmodelid integer NOT NULL,
    illustrationid integer NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productmodelid, illustrationid)
);
CREATE TABLE production.productmodelproductdescriptionculture (
    productmodelid integer NOT NULL,
    productdescriptionid integer NOT NULL,
    cultureid character(6) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productmodelid, productdescriptionid, cultureid)
);
CREATE TABLE production.productphoto (
    productphotoid integer NOT NULL,
    thumbnailphoto bytea,
    thumbnailphotofilename character varying(50),
    largephoto bytea,
    largephotofilename character varying(50),
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productphotoid)
);
CREATE TABLE production.productproductphoto (
    productid integer NOT NULL,
    productphotoid integer NOT NULL,
    "primary" boolean NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productid, productphotoid)
);
CREATE TABLE production.productreview (
    productreviewid integer NOT NULL,
    productid integer NOT NULL,
    reviewername character varying(50) NOT NULL,
    reviewdate timestamp without time zone NOT NULL,
    emailaddress character varying(50) NOT NULL,
    rating integer NOT NULL,
    comments character varying(3850),
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productreviewid)
);
CREATE TABLE production.productsubcategory (
    productsubcategoryid integer NOT NULL,
    productcategoryid integer NOT NULL,
    name character varying(50) NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productsubcategoryid)
);
CREATE TABLE production.scrapreason (
    scrapreasonid integer NOT NULL,
    name character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (scrapreasonid)
);
CREATE TABLE production.transactionhistory (
    transactionid integer NOT NULL,
    productid integer NOT NULL,
    referenceorderid integer NOT NULL,
    referenceorderlineid integer NOT NULL,
    transactiondate timestamp without time zone NOT NULL,
    transactiontype character(1) NOT NULL,
    quantity integer NOT NULL,
    actualcost numeric NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (transactionid)
);
CREATE TABLE production.transactionhistoryarchive (
    transactionid integer NOT NULL,
    productid integer NOT NULL,
    referenceorderid integer NOT NULL,
    referenceorderlineid integer NOT NULL,
    transactiondate timestamp without time zone NOT NULL,
    transactiontype character(1) NOT NULL,
    quantity integer NOT NULL,
    actualcost numeric NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (transactionid)
);
CREATE TABLE production.unitmeasure (
    unitmeasurecode character(3) NOT NULL,
    name character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (unitmeasurecode)
);
CREATE TABLE production.workorder (
    workorderid integer NOT NULL,
    productid integer NOT NULL,
    orderqty integer NOT NULL,
    scrappedqty smallint NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    duedate timestamp without time zone NOT NULL,
    scrapreasonid smallint,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (workorderid)
);
CREATE TABLE production.workorderrouting (
    workorderid integer NOT NULL,
    productid integer NOT NULL,
    operationsequence smallint NOT NULL,
    locationid smallint NOT NULL,
    scheduledstartdate timestamp without time zone NOT NULL,
    scheduledenddate timestamp without time zone NOT NULL,
    actualstartdate timestamp without time zone,
    actualenddate timestamp without time zone,
    actualresourcehrs numeric(9,4),
    plannedcost numeric NOT NULL,
    actualcost numeric,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (workorderid, productid, operationsequence)
);
CREATE TABLE purchasing.productvendor (
    productid integer NOT NULL,
    businessentityid integer NOT NULL,
    averageleadtime integer NOT NULL,
    standardprice numeric NOT NULL,
    lastreceiptcost numeric,
    lastreceiptdate timestamp without time zone,
    minorderqty integer NOT NULL,
    maxorderqty integer NOT NULL,
    onorderqty integer,
    unitmeasurecode character(3) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (productid, businessentityid)
);
CREATE TABLE purchasing.purchaseorderdetail (
    purchaseorderid integer NOT NULL,
    purchaseorderdetailid integer NOT NULL,
    duedate timestamp without time zone NOT NULL,
    orderqty smallint NOT NULL,
    productid integer NOT NULL,
    unitprice numeric NOT NULL,
    receivedqty numeric(8,2) NOT NULL,
    rejectedqty numeric(8,2) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (purchaseorderid, purchaseorderdetailid)
);
CREATE TABLE purchasing.purchaseorderheader (
    purchaseorderid integer NOT NULL,
    revisionnumber smallint NOT NULL,
    status smallint NOT NULL,
    employeeid integer NOT NULL,
    vendorid integer NOT NULL,
    shipmethodid integer NOT NULL,
    orderdate timestamp without time zone NOT NULL,
    shipdate timestamp without time zone,
    subtotal numeric NOT NULL,
    taxamt numeric NOT NULL,
    freight numeric NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (purchaseorderid)
);
CREATE TABLE purchasing.shipmethod (
    shipmethodid integer NOT NULL,
    name character varying(50) NOT NULL,
    shipbase numeric NOT NULL,
    shiprate numeric NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (shipmethodid)
);
CREATE TABLE purchasing.vendor (
    businessentityid integer NOT NULL,
    accountnumber character varying(15) NOT NULL,
    name character varying(50) NOT NULL,
    creditrating smallint NOT NULL,
    preferredvendorstatus boolean NOT NULL,
    activeflag boolean NOT NULL,
    purchasingwebserviceurl character varying(1024),
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid)
);
CREATE TABLE sales.countryregioncurrency (
    countryregioncode character varying(3) NOT NULL,
    currencycode character(3) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (countryregioncode, currencycode)
);
CREATE TABLE sales.creditcard (
    creditcardid integer NOT NULL,
    cardtype character varying(50) NOT NULL,
    cardnumber character varying(25) NOT NULL,
    expmonth smallint NOT NULL,
    expyear smallint NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (creditcardid)
);
CREATE TABLE sales.currency (
    currencycode character(3) NOT NULL,
    name character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (currencycode)
);
CREATE TABLE sales.currencyrate (
    currencyrateid integer NOT NULL,
    currencyratedate timestamp without time zone NOT NULL,
    fromcurrencycode character(3) NOT NULL,
    tocurrencycode character(3) NOT NULL,
    averagerate numeric NOT NULL,
    endofdayrate numeric NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (currencyrateid)
);
CREATE TABLE sales.customer (
    customerid integer NOT NULL,
    personid integer,
    storeid integer,
    territoryid integer,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (customerid)
);
CREATE TABLE sales.personcreditcard (
    businessentityid integer NOT NULL,
    creditcardid integer NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, creditcardid)
);
CREATE TABLE sales.salesorderdetail (
    salesorderid integer NOT NULL,
    salesorderdetailid integer NOT NULL,
    carriertrackingnumber character varying(25),
    orderqty smallint NOT NULL,
    productid integer NOT NULL,
    specialofferid integer NOT NULL,
    unitprice numeric NOT NULL,
    unitpricediscount numeric NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (salesorderid, salesorderdetailid)
);
CREATE TABLE sales.salesorderheader (
    salesorderid integer NOT NULL,
    revisionnumber smallint NOT NULL,
    orderdate timestamp without time zone NOT NULL,
    duedate timestamp without time zone NOT NULL,
    shipdate timestamp without time zone,
    status smallint NOT NULL,
    onlineorderflag boolean NOT NULL,
    purchaseordernumber character varying(25),
    accountnumber character varying(15),
    customerid integer NOT NULL,
    salespersonid integer,
    territoryid integer,
    billtoaddressid integer NOT NULL,
    shiptoaddressid integer NOT NULL,
    shipmethodid integer NOT NULL,
    creditcardid integer,
    creditcardapprovalcode character varying(15),
    currencyrateid integer,
    subtotal numeric NOT NULL,
    taxamt numeric NOT NULL,
    freight numeric NOT NULL,
    totaldue numeric,
    comment character varying(128),
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (salesorderid)
);
CREATE TABLE sales.salesorderheadersalesreason (
    salesorderid integer NOT NULL,
    salesreasonid integer NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (salesorderid, salesreasonid)
);
CREATE TABLE sales.salesperson (
    businessentityid integer NOT NULL,
    territoryid integer,
    salesquota numeric,
    bonus numeric NOT NULL,
    commissionpct numeric NOT NULL,
    salesytd numeric NOT NULL,
    saleslastyear numeric NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid)
);
CREATE TABLE sales.salespersonquotahistory (
    businessentityid integer NOT NULL,
    quotadate timestamp without time zone NOT NULL,
    salesquota numeric NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, quotadate)
);
CREATE TABLE sales.salesreason (
    salesreasonid integer NOT NULL,
    name character varying(50) NOT NULL,
    reasontype character varying(50) NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (salesreasonid)
);
CREATE TABLE sales.salestaxrate (
    salestaxrateid integer NOT NULL,
    stateprovinceid integer NOT NULL,
    taxtype smallint NOT NULL,
    taxrate numeric NOT NULL,
    name character varying(50) NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (salestaxrateid)
);
CREATE TABLE sales.salesterritory (
    territoryid integer NOT NULL,
    name character varying(50) NOT NULL,
    countryregioncode character varying(3) NOT NULL,
    "group" character varying(50) NOT NULL,
    salesytd numeric NOT NULL,
    saleslastyear numeric NOT NULL,
    costytd numeric NOT NULL,
    costlastyear numeric NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (territoryid)
);
CREATE TABLE sales.salesterritoryhistory (
    businessentityid integer NOT NULL,
    territoryid integer NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid, territoryid, startdate)
);
CREATE TABLE sales.shoppingcartitem (
    shoppingcartitemid integer NOT NULL,
    shoppingcartid character varying(50) NOT NULL,
    quantity integer NOT NULL,
    productid integer NOT NULL,
    datecreated timestamp without time zone NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (shoppingcartitemid)
);
CREATE TABLE sales.specialoffer (
    specialofferid integer NOT NULL,
    description character varying(255) NOT NULL,
    discountpct numeric NOT NULL,
    type character varying(50) NOT NULL,
    category character varying(50) NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone NOT NULL,
    minqty integer NOT NULL,
    maxqty integer,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (specialofferid)
);
CREATE TABLE sales.specialofferproduct (
    specialofferid integer NOT NULL,
    productid integer NOT NULL,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (specialofferid, productid)
);
CREATE TABLE sales.store (
    businessentityid integer NOT NULL,
    name character varying(50) NOT NULL,
    salespersonid integer,
    demographics xml,
    rowguid uuid NOT NULL,
    modifieddate timestamp without time zone NOT NULL,
    PRIMARY KEY (businessentityid)
);
COMMENT ON COLUMN humanresources.department.departmentid IS 'Primary key for Department records.';
COMMENT ON COLUMN humanresources.department.name IS 'Name of the department.';
COMMENT ON COLUMN humanresources.department.groupname IS 'Name of the group to which the department belongs.';
COMMENT ON TABLE humanresources.department IS 'Lookup table containing the departments within the Adventure Works Cycles company.';
COMMENT ON COLUMN humanresources.employee.businessentityid IS 'Primary key for Employee records.  Foreign key to BusinessEntity.BusinessEntityID.';
COMMENT ON COLUMN humanresources.employee.nationalidnumber IS 'Unique national identification number such as a social security number.';
COMMENT ON COLUMN humanresources.employee.loginid IS 'Network login.';
COMMENT ON COLUMN humanresources.employee.jobtitle IS 'Work title such as Buyer or Sales Representative.';
COMMENT ON COLUMN humanresources.employee.birthdate IS 'Date of birth.';
COMMENT ON COLUMN humanresources.employee.maritalstatus IS 'M = Married, S = Single';
COMMENT ON COLUMN humanresources.employee.gender IS 'M = Male, F = Female';
COMMENT ON COLUMN humanresources.employee.hiredate IS 'Employee hired on this date.';
COMMENT ON COLUMN humanresources.employee.salariedflag IS 'Job classification. 0 = Hourly, not exempt from collective bargaining. 1 = Salaried, exempt from collective bargaining.';
COMMENT ON COLUMN humanresources.employee.vacationhours IS 'Number of available vacation hours.';
COMMENT ON COLUMN humanresources.employee.sickleavehours IS 'Number of available sick leave hours.';
COMMENT ON COLUMN humanresources.employee.currentflag IS '0 = Inactive, 1 = Active';
COMMENT ON COLUMN humanresources.employee.organizationnode IS 'Where the employee is located in corporate hierarchy.';
COMMENT ON TABLE humanresources.employee IS 'Employee information such as salary, department, and title.';
COMMENT ON COLUMN humanresources.employeedepartmenthistory.businessentityid IS 'Employee identification number. Foreign key to Employee.BusinessEntityID.';
COMMENT ON COLUMN humanresources.employeedepartmenthistory.departmentid IS 'Department in which the employee worked including currently. Foreign key to Department.DepartmentID.';
COMMENT ON COLUMN humanresources.employeedepartmenthistory.shiftid IS 'Identifies which 8-hour shift the employee works. Foreign key to Shift.Shift.ID.';
COMMENT ON COLUMN humanresources.employeedepartmenthistory.startdate IS 'Date the employee started work in the department.';
COMMENT ON COLUMN humanresources.employeedepartmenthistory.enddate IS 'Date the employee left the department. NULL = Current department.';
COMMENT ON TABLE humanresources.employeedepartmenthistory IS 'Employee department transfers.';
COMMENT ON COLUMN humanresources.employeepayhistory.businessentityid IS 'Employee identification number. Foreign key to Employee.BusinessEntityID.';
COMMENT ON COLUMN humanresources.employeepayhistory.ratechangedate IS 'Date the change in pay is effective';
COMMENT ON COLUMN humanresources.employeepayhistory.rate IS 'Salary hourly rate.';
COMMENT ON COLUMN humanresources.employeepayhistory.payfrequency IS '1 = Salary received monthly, 2 = Salary received biweekly';
COMMENT ON TABLE humanresources.employeepayhistory IS 'Employee pay history.';
COMMENT ON COLUMN humanresources.jobcandidate.jobcandidateid IS 'Primary key for JobCandidate records.';
COMMENT ON COLUMN humanresources.jobcandidate.businessentityid IS 'Employee identification number if applicant was hired. Foreign key to Employee.BusinessEntityID.';
COMMENT ON COLUMN humanresources.jobcandidate.resume IS 'RÃ©sumÃ© in XML format.';
COMMENT ON TABLE humanresources.jobcandidate IS 'RÃ©sumÃ©s submitted to Human Resources by job applicants.';
COMMENT ON COLUMN humanresources.shift.shiftid IS 'Primary key for Shift records.';
COMMENT ON COLUMN humanresources.shift.name IS 'Shift description.';
COMMENT ON COLUMN humanresources.shift.starttime IS 'Shift start time.';
COMMENT ON COLUMN humanresources.shift.endtime IS 'Shift end time.';
COMMENT ON TABLE humanresources.shift IS 'Work shift lookup table.';
COMMENT ON COLUMN person.address.addressid IS 'Primary key for Address records.';
COMMENT ON COLUMN person.address.addressline1 IS 'First street address line.';
COMMENT ON COLUMN person.address.addressline2 IS 'Second street address line.';
COMMENT ON COLUMN person.address.city IS 'Name of the city.';
COMMENT ON COLUMN person.address.stateprovinceid IS 'Unique identification number for the state or province. Foreign key to StateProvince table.';
COMMENT ON COLUMN person.address.postalcode IS 'Postal code for the street address.';
COMMENT ON COLUMN person.address.spatiallocation IS 'Latitude and longitude of this address.';
COMMENT ON TABLE person.address IS 'Street address information for customers, employees, and vendors.';
COMMENT ON COLUMN person.addresstype.addresstypeid IS 'Primary key for AddressType records.';
COMMENT ON COLUMN person.addresstype.name IS 'Address type description. For example, Billing, Home, or Shipping.';
COMMENT ON TABLE person.addresstype IS 'Types of addresses stored in the Address table.';
COMMENT ON COLUMN person.businessentity.businessentityid IS 'Primary key for all customers, vendors, and employees.';
COMMENT ON TABLE person.businessentity IS 'Source of the ID that connects vendors, customers, and employees with address and contact information.';
COMMENT ON COLUMN person.businessentityaddress.businessentityid IS 'Primary key. Foreign key to BusinessEntity.BusinessEntityID.';
COMMENT ON COLUMN person.businessentityaddress.addressid IS 'Primary key. Foreign key to Address.AddressID.';
COMMENT ON COLUMN person.businessentityaddress.addresstypeid IS 'Primary key. Foreign key to AddressType.AddressTypeID.';
COMMENT ON TABLE person.businessentityaddress IS 'Cross-reference table mapping customers, vendors, and employees to their addresses.';
COMMENT ON COLUMN person.businessentitycontact.businessentityid IS 'Primary key. Foreign key to BusinessEntity.BusinessEntityID.';
COMMENT ON COLUMN person.businessentitycontact.personid IS 'Primary key. Foreign key to Person.BusinessEntityID.';
COMMENT ON COLUMN person.businessentitycontact.contacttypeid IS 'Primary key.  Foreign key to ContactType.ContactTypeID.';
COMMENT ON TABLE person.businessentitycontact IS 'Cross-reference table mapping stores, vendors, and employees to people';
COMMENT ON COLUMN person.contacttype.contacttypeid IS 'Primary key for ContactType records.';
COMMENT ON COLUMN person.contacttype.name IS 'Contact type description.';
COMMENT ON TABLE person.contacttype IS 'Lookup table containing the types of business entity contacts.';
COMMENT ON COLUMN person.countryregion.countryregioncode IS 'ISO standard code for countries and regions.';
COMMENT ON COLUMN person.countryregion.name IS 'Country or region name.';
COMMENT ON TABLE person.countryregion IS 'Lookup table containing the ISO standard codes for countries and regions.';
COMMENT ON COLUMN person.emailaddress.businessentityid IS 'Primary key. Person associated with this email address.  Foreign key to Person.BusinessEntityID';
COMMENT ON COLUMN person.emailaddress.emailaddressid IS 'Primary key. ID of this email address.';
COMMENT ON COLUMN person.emailaddress.emailaddress IS 'E-mail address for the person.';
COMMENT ON TABLE person.emailaddress IS 'Where to send a person email.';
COMMENT ON COLUMN person.password.passwordhash IS 'Password for the e-mail account.';
COMMENT ON COLUMN person.password.passwordsalt IS 'Random value concatenated with the password string before the password is hashed.';
COMMENT ON TABLE person.password IS 'One way hashed authentication information';
COMMENT ON COLUMN person.person.businessentityid IS 'Primary key for Person records.';
COMMENT ON COLUMN person.person.persontype IS 'Primary type of person: SC = Store Contact, IN = Individual (retail) customer, SP = Sales person, EM = Employee (non-sales), VC = Vendor contact, GC = General contact';
COMMENT ON COLUMN person.person.namestyle IS '0 = The data in FirstName and LastName are stored in western style (first name, last name) order.  1 = Eastern style (last name, first name) order.';
COMMENT ON COLUMN person.person.title IS 'A courtesy title. For example, Mr. or Ms.';
COMMENT ON COLUMN person.person.firstname IS 'First name of the person.';
COMMENT ON COLUMN person.person.middlename IS 'Middle name or middle initial of the person.';
COMMENT ON COLUMN person.person.lastname IS 'Last name of the person.';
COMMENT ON COLUMN person.person.suffix IS 'Surname suffix. For example, Sr. or Jr.';
COMMENT ON COLUMN person.person.emailpromotion IS '0 = Contact does not wish to receive e-mail promotions, 1 = Contact does wish to receive e-mail promotions from AdventureWorks, 2 = Contact does wish to receive e-mail promotions from AdventureWorks and selected partners.';
COMMENT ON COLUMN person.person.additionalcontactinfo IS 'Additional contact information about the person stored in xml format.';
COMMENT ON COLUMN person.person.demographics IS 'Personal information such as hobbies, and income collected from online shoppers. Used for sales analysis.';
COMMENT ON TABLE person.person IS 'Human beings involved with AdventureWorks: employees, customer contacts, and vendor contacts.';
COMMENT ON COLUMN person.personphone.businessentityid IS 'Business entity identification number. Foreign key to Person.BusinessEntityID.';
COMMENT ON COLUMN person.personphone.phonenumber IS 'Telephone number identification number.';
COMMENT ON COLUMN person.personphone.phonenumbertypeid IS 'Kind of phone number. Foreign key to PhoneNumberType.PhoneNumberTypeID.';
COMMENT ON TABLE person.personphone IS 'Telephone number and type of a person.';
COMMENT ON COLUMN person.phonenumbertype.phonenumbertypeid IS 'Primary key for telephone number type records.';
COMMENT ON COLUMN person.phonenumbertype.name IS 'Name of the telephone number type';
COMMENT ON TABLE person.phonenumbertype IS 'Type of phone number of a person.';
COMMENT ON COLUMN person.stateprovince.stateprovinceid IS 'Primary key for StateProvince records.';
COMMENT ON COLUMN person.stateprovince.stateprovincecode IS 'ISO standard state or province code.';
COMMENT ON COLUMN person.stateprovince.countryregioncode IS 'ISO standard country or region code. Foreign key to CountryRegion.CountryRegionCode.';
COMMENT ON COLUMN person.stateprovince.isonlystateprovinceflag IS '0 = StateProvinceCode exists. 1 = StateProvinceCode unavailable, using CountryRegionCode.';
COMMENT ON COLUMN person.stateprovince.name IS 'State or province description.';
COMMENT ON COLUMN person.stateprovince.territoryid IS 'ID of the territory in which the state or province is located. Foreign key to SalesTerritory.SalesTerritoryID.';
COMMENT ON TABLE person.stateprovince IS 'State and province lookup table.';
COMMENT ON COLUMN production.billofmaterials.billofmaterialsid IS 'Primary key for BillOfMaterials records.';
COMMENT ON COLUMN production.billofmaterials.productassemblyid IS 'Parent product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.billofmaterials.componentid IS 'Component identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.billofmaterials.startdate IS 'Date the component started being used in the assembly item.';
COMMENT ON COLUMN production.billofmaterials.enddate IS 'Date the component stopped being used in the assembly item.';
COMMENT ON COLUMN production.billofmaterials.unitmeasurecode IS 'Standard code identifying the unit of measure for the quantity.';
COMMENT ON COLUMN production.billofmaterials.bomlevel IS 'Indicates the depth the component is from its parent (AssemblyID).';
COMMENT ON COLUMN production.billofmaterials.perassemblyqty IS 'Quantity of the component needed to create the assembly.';
COMMENT ON TABLE production.billofmaterials IS 'Items required to make bicycles and bicycle subassemblies. It identifies the heirarchical relationship between a parent product and its components.';
COMMENT ON COLUMN production.culture.cultureid IS 'Primary key for Culture records.';
COMMENT ON COLUMN production.culture.name IS 'Culture description.';
COMMENT ON TABLE production.culture IS 'Lookup table containing the languages in which some AdventureWorks data is stored.';
COMMENT ON COLUMN production.document.title IS 'Title of the document.';
COMMENT ON COLUMN production.document.owner IS 'Employee who controls the document.  Foreign key to Employee.BusinessEntityID';
COMMENT ON COLUMN production.document.folderflag IS '0 = This is a folder, 1 = This is a document.';
COMMENT ON COLUMN production.document.filename IS 'File name of the document';
COMMENT ON COLUMN production.document.fileextension IS 'File extension indicating the document type. For example, .doc or .txt.';
COMMENT ON COLUMN production.document.revision IS 'Revision number of the document.';
COMMENT ON COLUMN production.document.changenumber IS 'Engineering change approval number.';
COMMENT ON COLUMN production.document.status IS '1 = Pending approval, 2 = Approved, 3 = Obsolete';
COMMENT ON COLUMN production.document.documentsummary IS 'Document abstract.';
COMMENT ON COLUMN production.document.document IS 'Complete document.';
COMMENT ON COLUMN production.document.rowguid IS 'ROWGUIDCOL number uniquely identifying the record. Required for FileStream.';
COMMENT ON COLUMN production.document.documentnode IS 'Primary key for Document records.';
COMMENT ON TABLE production.document IS 'Product maintenance documents.';
COMMENT ON COLUMN production.illustration.illustrationid IS 'Primary key for Illustration records.';
COMMENT ON COLUMN production.illustration.diagram IS 'Illustrations used in manufacturing instructions. Stored as XML.';
COMMENT ON TABLE production.illustration IS 'Bicycle assembly diagrams.';
COMMENT ON COLUMN production.location.locationid IS 'Primary key for Location records.';
COMMENT ON COLUMN production.location.name IS 'Location description.';
COMMENT ON COLUMN production.location.costrate IS 'Standard hourly cost of the manufacturing location.';
COMMENT ON COLUMN production.location.availability IS 'Work capacity (in hours) of the manufacturing location.';
COMMENT ON TABLE production.location IS 'Product inventory and manufacturing locations.';
COMMENT ON COLUMN production.product.productid IS 'Primary key for Product records.';
COMMENT ON COLUMN production.product.name IS 'Name of the product.';
COMMENT ON COLUMN production.product.productnumber IS 'Unique product identification number.';
COMMENT ON COLUMN production.product.makeflag IS '0 = Product is purchased, 1 = Product is manufactured in-house.';
COMMENT ON COLUMN production.product.finishedgoodsflag IS '0 = Product is not a salable item. 1 = Product is salable.';
COMMENT ON COLUMN production.product.color IS 'Product color.';
COMMENT ON COLUMN production.product.safetystocklevel IS 'Minimum inventory quantity.';
COMMENT ON COLUMN production.product.reorderpoint IS 'Inventory level that triggers a purchase order or work order.';
COMMENT ON COLUMN production.product.standardcost IS 'Standard cost of the product.';
COMMENT ON COLUMN production.product.listprice IS 'Selling price.';
COMMENT ON COLUMN production.product.size IS 'Product size.';
COMMENT ON COLUMN production.product.sizeunitmeasurecode IS 'Unit of measure for Size column.';
COMMENT ON COLUMN production.product.weightunitmeasurecode IS 'Unit of measure for Weight column.';
COMMENT ON COLUMN production.product.weight IS 'Product weight.';
COMMENT ON COLUMN production.product.daystomanufacture IS 'Number of days required to manufacture the product.';
COMMENT ON COLUMN production.product.productline IS 'R = Road, M = Mountain, T = Touring, S = Standard';
COMMENT ON COLUMN production.product.class IS 'H = High, M = Medium, L = Low';
COMMENT ON COLUMN production.product.style IS 'W = Womens, M = Mens, U = Universal';
COMMENT ON COLUMN production.product.productsubcategoryid IS 'Product is a member of this product subcategory. Foreign key to ProductSubCategory.ProductSubCategoryID.';
COMMENT ON COLUMN production.product.productmodelid IS 'Product is a member of this product model. Foreign key to ProductModel.ProductModelID.';
COMMENT ON COLUMN production.product.sellstartdate IS 'Date the product was available for sale.';
COMMENT ON COLUMN production.product.sellenddate IS 'Date the product was no longer available for sale.';
COMMENT ON COLUMN production.product.discontinueddate IS 'Date the product was discontinued.';
COMMENT ON TABLE production.product IS 'Products sold or used in the manfacturing of sold products.';
COMMENT ON COLUMN production.productcategory.productcategoryid IS 'Primary key for ProductCategory records.';
COMMENT ON COLUMN production.productcategory.name IS 'Category description.';
COMMENT ON TABLE production.productcategory IS 'High-level product categorization.';
COMMENT ON COLUMN production.productcosthistory.productid IS 'Product identification number. Foreign key to Product.ProductID';
COMMENT ON COLUMN production.productcosthistory.startdate IS 'Product cost start date.';
COMMENT ON COLUMN production.productcosthistory.enddate IS 'Product cost end date.';
COMMENT ON COLUMN production.productcosthistory.standardcost IS 'Standard cost of the product.';
COMMENT ON TABLE production.productcosthistory IS 'Changes in the cost of a product over time.';
COMMENT ON COLUMN production.productdescription.productdescriptionid IS 'Primary key for ProductDescription records.';
COMMENT ON COLUMN production.productdescription.description IS 'Description of the product.';
COMMENT ON TABLE production.productdescription IS 'Product descriptions in several languages.';
COMMENT ON COLUMN production.productdocument.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.productdocument.documentnode IS 'Document identification number. Foreign key to Document.DocumentNode.';
COMMENT ON TABLE production.productdocument IS 'Cross-reference table mapping products to related product documents.';
COMMENT ON COLUMN production.productinventory.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.productinventory.locationid IS 'Inventory location identification number. Foreign key to Location.LocationID.';
COMMENT ON COLUMN production.productinventory.shelf IS 'Storage compartment within an inventory location.';
COMMENT ON COLUMN production.productinventory.bin IS 'Storage container on a shelf in an inventory location.';
COMMENT ON COLUMN production.productinventory.quantity IS 'Quantity of products in the inventory location.';
COMMENT ON TABLE production.productinventory IS 'Product inventory information.';
COMMENT ON COLUMN production.productlistpricehistory.productid IS 'Product identification number. Foreign key to Product.ProductID';
COMMENT ON COLUMN production.productlistpricehistory.startdate IS 'List price start date.';
COMMENT ON COLUMN production.productlistpricehistory.enddate IS 'List price end date';
COMMENT ON COLUMN production.productlistpricehistory.listprice IS 'Product list price.';
COMMENT ON TABLE production.productlistpricehistory IS 'Changes in the list price of a product over time.';
COMMENT ON COLUMN production.productmodel.productmodelid IS 'Primary key for ProductModel records.';
COMMENT ON COLUMN production.productmodel.name IS 'Product model description.';
COMMENT ON COLUMN production.productmodel.catalogdescription IS 'Detailed product catalog information in xml format.';
COMMENT ON COLUMN production.productmodel.instructions IS 'Manufacturing instructions in xml format.';
COMMENT ON TABLE production.productmodel IS 'Product model classification.';
COMMENT ON COLUMN production.productmodelillustration.productmodelid IS 'Primary key. Foreign key to ProductModel.ProductModelID.';
COMMENT ON COLUMN production.productmodelillustration.illustrationid IS 'Primary key. Foreign key to Illustration.IllustrationID.';
COMMENT ON TABLE production.productmodelillustration IS 'Cross-reference table mapping product models and illustrations.';
COMMENT ON COLUMN production.productmodelproductdescriptionculture.productmodelid IS 'Primary key. Foreign key to ProductModel.ProductModelID.';
COMMENT ON COLUMN production.productmodelproductdescriptionculture.productdescriptionid IS 'Primary key. Foreign key to ProductDescription.ProductDescriptionID.';
COMMENT ON COLUMN production.productmodelproductdescriptionculture.cultureid IS 'Culture identification number. Foreign key to Culture.CultureID.';
COMMENT ON TABLE production.productmodelproductdescriptionculture IS 'Cross-reference table mapping product descriptions and the language the description is written in.';
COMMENT ON COLUMN production.productphoto.productphotoid IS 'Primary key for ProductPhoto records.';
COMMENT ON COLUMN production.productphoto.thumbnailphoto IS 'Small image of the product.';
COMMENT ON COLUMN production.productphoto.thumbnailphotofilename IS 'Small image file name.';
COMMENT ON COLUMN production.productphoto.largephoto IS 'Large image of the product.';
COMMENT ON COLUMN production.productphoto.largephotofilename IS 'Large image file name.';
COMMENT ON TABLE production.productphoto IS 'Product images.';
COMMENT ON COLUMN production.productproductphoto.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.productproductphoto.productphotoid IS 'Product photo identification number. Foreign key to ProductPhoto.ProductPhotoID.';
COMMENT ON COLUMN production.productproductphoto."primary" IS '0 = Photo is not the principal image. 1 = Photo is the principal image.';
COMMENT ON TABLE production.productproductphoto IS 'Cross-reference table mapping products and product photos.';
COMMENT ON COLUMN production.productreview.productreviewid IS 'Primary key for ProductReview records.';
COMMENT ON COLUMN production.productreview.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.productreview.reviewername IS 'Name of the reviewer.';
COMMENT ON COLUMN production.productreview.reviewdate IS 'Date review was submitted.';
COMMENT ON COLUMN production.productreview.emailaddress IS 'Reviewer''s e-mail address.';
COMMENT ON COLUMN production.productreview.rating IS 'Product rating given by the reviewer. Scale is 1 to 5 with 5 as the highest rating.';
COMMENT ON COLUMN production.productreview.comments IS 'Reviewer''s comments';
COMMENT ON TABLE production.productreview IS 'Customer reviews of products they have purchased.';
COMMENT ON COLUMN production.productsubcategory.productsubcategoryid IS 'Primary key for ProductSubcategory records.';
COMMENT ON COLUMN production.productsubcategory.productcategoryid IS 'Product category identification number. Foreign key to ProductCategory.ProductCategoryID.';
COMMENT ON COLUMN production.productsubcategory.name IS 'Subcategory description.';
COMMENT ON TABLE production.productsubcategory IS 'Product subcategories. See ProductCategory table.';
COMMENT ON COLUMN production.scrapreason.scrapreasonid IS 'Primary key for ScrapReason records.';
COMMENT ON COLUMN production.scrapreason.name IS 'Failure description.';
COMMENT ON TABLE production.scrapreason IS 'Manufacturing failure reasons lookup table.';
COMMENT ON COLUMN production.transactionhistory.transactionid IS 'Primary key for TransactionHistory records.';
COMMENT ON COLUMN production.transactionhistory.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.transactionhistory.referenceorderid IS 'Purchase order, sales order, or work order identification number.';
COMMENT ON COLUMN production.transactionhistory.referenceorderlineid IS 'Line number associated with the purchase order, sales order, or work order.';
COMMENT ON COLUMN production.transactionhistory.transactiondate IS 'Date and time of the transaction.';
COMMENT ON COLUMN production.transactionhistory.transactiontype IS 'W = WorkOrder, S = SalesOrder, P = PurchaseOrder';
COMMENT ON COLUMN production.transactionhistory.quantity IS 'Product quantity.';
COMMENT ON COLUMN production.transactionhistory.actualcost IS 'Product cost.';
COMMENT ON TABLE production.transactionhistory IS 'Record of each purchase order, sales order, or work order transaction year to date.';
COMMENT ON COLUMN production.transactionhistoryarchive.transactionid IS 'Primary key for TransactionHistoryArchive records.';
COMMENT ON COLUMN production.transactionhistoryarchive.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.transactionhistoryarchive.referenceorderid IS 'Purchase order, sales order, or work order identification number.';
COMMENT ON COLUMN production.transactionhistoryarchive.referenceorderlineid IS 'Line number associated with the purchase order, sales order, or work order.';
COMMENT ON COLUMN production.transactionhistoryarchive.transactiondate IS 'Date and time of the transaction.';
COMMENT ON COLUMN production.transactionhistoryarchive.transactiontype IS 'W = Work Order, S = Sales Order, P = Purchase Order';
COMMENT ON COLUMN production.transactionhistoryarchive.quantity IS 'Product quantity.';
COMMENT ON COLUMN production.transactionhistoryarchive.actualcost IS 'Product cost.';
COMMENT ON TABLE production.transactionhistoryarchive IS 'Transactions for previous years.';
COMMENT ON COLUMN production.unitmeasure.unitmeasurecode IS 'Primary key.';
COMMENT ON COLUMN production.unitmeasure.name IS 'Unit of measure description.';
COMMENT ON TABLE production.unitmeasure IS 'Unit of measure lookup table.';
COMMENT ON COLUMN production.workorder.workorderid IS 'Primary key for WorkOrder records.';
COMMENT ON COLUMN production.workorder.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.workorder.orderqty IS 'Product quantity to build.';
COMMENT ON COLUMN production.workorder.scrappedqty IS 'Quantity that failed inspection.';
COMMENT ON COLUMN production.workorder.startdate IS 'Work order start date.';
COMMENT ON COLUMN production.workorder.enddate IS 'Work order end date.';
COMMENT ON COLUMN production.workorder.duedate IS 'Work order due date.';
COMMENT ON COLUMN production.workorder.scrapreasonid IS 'Reason for inspection failure.';
COMMENT ON TABLE production.workorder IS 'Manufacturing work orders.';
COMMENT ON COLUMN production.workorderrouting.workorderid IS 'Primary key. Foreign key to WorkOrder.WorkOrderID.';
COMMENT ON COLUMN production.workorderrouting.productid IS 'Primary key. Foreign key to Product.ProductID.';
COMMENT ON COLUMN production.workorderrouting.operationsequence IS 'Primary key. Indicates the manufacturing process sequence.';
COMMENT ON COLUMN production.workorderrouting.locationid IS 'Manufacturing location where the part is processed. Foreign key to Location.LocationID.';
COMMENT ON COLUMN production.workorderrouting.scheduledstartdate IS 'Planned manufacturing start date.';
COMMENT ON COLUMN production.workorderrouting.scheduledenddate IS 'Planned manufacturing end date.';
COMMENT ON COLUMN production.workorderrouting.actualstartdate IS 'Actual start date.';
COMMENT ON COLUMN production.workorderrouting.actualenddate IS 'Actual end date.';
COMMENT ON COLUMN production.workorderrouting.actualresourcehrs IS 'Number of manufacturing hours used.';
COMMENT ON COLUMN production.workorderrouting.plannedcost IS 'Estimated manufacturing cost.';
COMMENT ON COLUMN production.workorderrouting.actualcost IS 'Actual manufacturing cost.';
COMMENT ON TABLE production.workorderrouting IS 'Work order details.';
COMMENT ON COLUMN purchasing.productvendor.productid IS 'Primary key. Foreign key to Product.ProductID.';
COMMENT ON COLUMN purchasing.productvendor.businessentityid IS 'Primary key. Foreign key to Vendor.BusinessEntityID.';
COMMENT ON COLUMN purchasing.productvendor.averageleadtime IS 'The average span of time (in days) between placing an order with the vendor and receiving the purchased product.';
COMMENT ON COLUMN purchasing.productvendor.standardprice IS 'The vendor''s usual selling price.';
COMMENT ON COLUMN purchasing.productvendor.lastreceiptcost IS 'The selling price when last purchased.';
COMMENT ON COLUMN purchasing.productvendor.lastreceiptdate IS 'Date the product was last received by the vendor.';
COMMENT ON COLUMN purchasing.productvendor.minorderqty IS 'The maximum quantity that should be ordered.';
COMMENT ON COLUMN purchasing.productvendor.maxorderqty IS 'The minimum quantity that should be ordered.';
COMMENT ON COLUMN purchasing.productvendor.onorderqty IS 'The quantity currently on order.';
COMMENT ON COLUMN purchasing.productvendor.unitmeasurecode IS 'The product''s unit of measure.';
COMMENT ON TABLE purchasing.productvendor IS 'Cross-reference table mapping vendors with the products they supply.';
COMMENT ON COLUMN purchasing.purchaseorderdetail.purchaseorderid IS 'Primary key. Foreign key to PurchaseOrderHeader.PurchaseOrderID.';
COMMENT ON COLUMN purchasing.purchaseorderdetail.purchaseorderdetailid IS 'Primary key. One line number per purchased product.';
COMMENT ON COLUMN purchasing.purchaseorderdetail.duedate IS 'Date the product is expected to be received.';
COMMENT ON COLUMN purchasing.purchaseorderdetail.orderqty IS 'Quantity ordered.';
COMMENT ON COLUMN purchasing.purchaseorderdetail.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON COLUMN purchasing.purchaseorderdetail.unitprice IS 'Vendor''s selling price of a single product.';
COMMENT ON COLUMN purchasing.purchaseorderdetail.receivedqty IS 'Quantity actually received from the vendor.';
COMMENT ON COLUMN purchasing.purchaseorderdetail.rejectedqty IS 'Quantity rejected during inspection.';
COMMENT ON TABLE purchasing.purchaseorderdetail IS 'Individual products associated with a specific purchase order. See PurchaseOrderHeader.';
COMMENT ON COLUMN purchasing.purchaseorderheader.purchaseorderid IS 'Primary key.';
COMMENT ON COLUMN purchasing.purchaseorderheader.revisionnumber IS 'Incremental number to track changes to the purchase order over time.';
COMMENT ON COLUMN purchasing.purchaseorderheader.status IS 'Order current status. 1 = Pending; 2 = Approved; 3 = Rejected; 4 = Complete';
COMMENT ON COLUMN purchasing.purchaseorderheader.employeeid IS 'Employee who created the purchase order. Foreign key to Employee.BusinessEntityID.';
COMMENT ON COLUMN purchasing.purchaseorderheader.vendorid IS 'Vendor with whom the purchase order is placed. Foreign key to Vendor.BusinessEntityID.';
COMMENT ON COLUMN purchasing.purchaseorderheader.shipmethodid IS 'Shipping method. Foreign key to ShipMethod.ShipMethodID.';
COMMENT ON COLUMN purchasing.purchaseorderheader.orderdate IS 'Purchase order creation date.';
COMMENT ON COLUMN purchasing.purchaseorderheader.shipdate IS 'Estimated shipment date from the vendor.';
COMMENT ON COLUMN purchasing.purchaseorderheader.subtotal IS 'Purchase order subtotal. Computed as SUM(PurchaseOrderDetail.LineTotal)for the appropriate PurchaseOrderID.';
COMMENT ON COLUMN purchasing.purchaseorderheader.taxamt IS 'Tax amount.';
COMMENT ON COLUMN purchasing.purchaseorderheader.freight IS 'Shipping cost.';
COMMENT ON TABLE purchasing.purchaseorderheader IS 'General purchase order information. See PurchaseOrderDetail.';
COMMENT ON COLUMN purchasing.shipmethod.shipmethodid IS 'Primary key for ShipMethod records.';
COMMENT ON COLUMN purchasing.shipmethod.name IS 'Shipping company name.';
COMMENT ON COLUMN purchasing.shipmethod.shipbase IS 'Minimum shipping charge.';
COMMENT ON COLUMN purchasing.shipmethod.shiprate IS 'Shipping charge per pound.';
COMMENT ON TABLE purchasing.shipmethod IS 'Shipping company lookup table.';
COMMENT ON COLUMN purchasing.vendor.businessentityid IS 'Primary key for Vendor records.  Foreign key to BusinessEntity.BusinessEntityID';
COMMENT ON COLUMN purchasing.vendor.accountnumber IS 'Vendor account (identification) number.';
COMMENT ON COLUMN purchasing.vendor.name IS 'Company name.';
COMMENT ON COLUMN purchasing.vendor.creditrating IS '1 = Superior, 2 = Excellent, 3 = Above average, 4 = Average, 5 = Below average';
COMMENT ON COLUMN purchasing.vendor.preferredvendorstatus IS '0 = Do not use if another vendor is available. 1 = Preferred over other vendors supplying the same product.';
COMMENT ON COLUMN purchasing.vendor.activeflag IS '0 = Vendor no longer used. 1 = Vendor is actively used.';
COMMENT ON COLUMN purchasing.vendor.purchasingwebserviceurl IS 'Vendor URL.';
COMMENT ON TABLE purchasing.vendor IS 'Companies from whom Adventure Works Cycles purchases parts or other goods.';
COMMENT ON COLUMN sales.countryregioncurrency.countryregioncode IS 'ISO code for countries and regions. Foreign key to CountryRegion.CountryRegionCode.';
COMMENT ON COLUMN sales.countryregioncurrency.currencycode IS 'ISO standard currency code. Foreign key to Currency.CurrencyCode.';
COMMENT ON TABLE sales.countryregioncurrency IS 'Cross-reference table mapping ISO currency codes to a country or region.';
COMMENT ON COLUMN sales.creditcard.creditcardid IS 'Primary key for CreditCard records.';
COMMENT ON COLUMN sales.creditcard.cardtype IS 'Credit card name.';
COMMENT ON COLUMN sales.creditcard.cardnumber IS 'Credit card number.';
COMMENT ON COLUMN sales.creditcard.expmonth IS 'Credit card expiration month.';
COMMENT ON COLUMN sales.creditcard.expyear IS 'Credit card expiration year.';
COMMENT ON TABLE sales.creditcard IS 'Customer credit card information.';
COMMENT ON COLUMN sales.currency.currencycode IS 'The ISO code for the Currency.';
COMMENT ON COLUMN sales.currency.name IS 'Currency name.';
COMMENT ON TABLE sales.currency IS 'Lookup table containing standard ISO currencies.';
COMMENT ON COLUMN sales.currencyrate.currencyrateid IS 'Primary key for CurrencyRate records.';
COMMENT ON COLUMN sales.currencyrate.currencyratedate IS 'Date and time the exchange rate was obtained.';
COMMENT ON COLUMN sales.currencyrate.fromcurrencycode IS 'Exchange rate was converted from this currency code.';
COMMENT ON COLUMN sales.currencyrate.tocurrencycode IS 'Exchange rate was converted to this currency code.';
COMMENT ON COLUMN sales.currencyrate.averagerate IS 'Average exchange rate for the day.';
COMMENT ON COLUMN sales.currencyrate.endofdayrate IS 'Final exchange rate for the day.';
COMMENT ON TABLE sales.currencyrate IS 'Currency exchange rates.';
COMMENT ON COLUMN sales.customer.customerid IS 'Primary key.';
COMMENT ON COLUMN sales.customer.personid IS 'Foreign key to Person.BusinessEntityID';
COMMENT ON COLUMN sales.customer.storeid IS 'Foreign key to Store.BusinessEntityID';
COMMENT ON COLUMN sales.customer.territoryid IS 'ID of the territory in which the customer is located. Foreign key to SalesTerritory.SalesTerritoryID.';
COMMENT ON TABLE sales.customer IS 'Current customer information. Also see the Person and Store tables.';
COMMENT ON COLUMN sales.personcreditcard.businessentityid IS 'Business entity identification number. Foreign key to Person.BusinessEntityID.';
COMMENT ON COLUMN sales.personcreditcard.creditcardid IS 'Credit card identification number. Foreign key to CreditCard.CreditCardID.';
COMMENT ON TABLE sales.personcreditcard IS 'Cross-reference table mapping people to their credit card information in the CreditCard table.';
COMMENT ON COLUMN sales.salesorderdetail.salesorderid IS 'Primary key. Foreign key to SalesOrderHeader.SalesOrderID.';
COMMENT ON COLUMN sales.salesorderdetail.salesorderdetailid IS 'Primary key. One incremental unique number per product sold.';
COMMENT ON COLUMN sales.salesorderdetail.carriertrackingnumber IS 'Shipment tracking number supplied by the shipper.';
COMMENT ON COLUMN sales.salesorderdetail.orderqty IS 'Quantity ordered per product.';
COMMENT ON COLUMN sales.salesorderdetail.productid IS 'Product sold to customer. Foreign key to Product.ProductID.';
COMMENT ON COLUMN sales.salesorderdetail.specialofferid IS 'Promotional code. Foreign key to SpecialOffer.SpecialOfferID.';
COMMENT ON COLUMN sales.salesorderdetail.unitprice IS 'Selling price of a single product.';
COMMENT ON COLUMN sales.salesorderdetail.unitpricediscount IS 'Discount amount.';
COMMENT ON TABLE sales.salesorderdetail IS 'Individual products associated with a specific sales order. See SalesOrderHeader.';
COMMENT ON COLUMN sales.salesorderheader.salesorderid IS 'Primary key.';
COMMENT ON COLUMN sales.salesorderheader.revisionnumber IS 'Incremental number to track changes to the sales order over time.';
COMMENT ON COLUMN sales.salesorderheader.orderdate IS 'Dates the sales order was created.';
COMMENT ON COLUMN sales.salesorderheader.duedate IS 'Date the order is due to the customer.';
COMMENT ON COLUMN sales.salesorderheader.shipdate IS 'Date the order was shipped to the customer.';
COMMENT ON COLUMN sales.salesorderheader.status IS 'Order current status. 1 = In process; 2 = Approved; 3 = Backordered; 4 = Rejected; 5 = Shipped; 6 = Cancelled';
COMMENT ON COLUMN sales.salesorderheader.onlineorderflag IS '0 = Order placed by sales person. 1 = Order placed online by customer.';
COMMENT ON COLUMN sales.salesorderheader.purchaseordernumber IS 'Customer purchase order number reference.';
COMMENT ON COLUMN sales.salesorderheader.accountnumber IS 'Financial accounting number reference.';
COMMENT ON COLUMN sales.salesorderheader.customerid IS 'Customer identification number. Foreign key to Customer.BusinessEntityID.';
COMMENT ON COLUMN sales.salesorderheader.salespersonid IS 'Sales person who created the sales order. Foreign key to SalesPerson.BusinessEntityID.';
COMMENT ON COLUMN sales.salesorderheader.territoryid IS 'Territory in which the sale was made. Foreign key to SalesTerritory.SalesTerritoryID.';
COMMENT ON COLUMN sales.salesorderheader.billtoaddressid IS 'Customer billing address. Foreign key to Address.AddressID.';
COMMENT ON COLUMN sales.salesorderheader.shiptoaddressid IS 'Customer shipping address. Foreign key to Address.AddressID.';
COMMENT ON COLUMN sales.salesorderheader.shipmethodid IS 'Shipping method. Foreign key to ShipMethod.ShipMethodID.';
COMMENT ON COLUMN sales.salesorderheader.creditcardid IS 'Credit card identification number. Foreign key to CreditCard.CreditCardID.';
COMMENT ON COLUMN sales.salesorderheader.creditcardapprovalcode IS 'Approval code provided by the credit card company.';
COMMENT ON COLUMN sales.salesorderheader.currencyrateid IS 'Currency exchange rate used. Foreign key to CurrencyRate.CurrencyRateID.';
COMMENT ON COLUMN sales.salesorderheader.subtotal IS 'Sales subtotal. Computed as SUM(SalesOrderDetail.LineTotal)for the appropriate SalesOrderID.';
COMMENT ON COLUMN sales.salesorderheader.taxamt IS 'Tax amount.';
COMMENT ON COLUMN sales.salesorderheader.freight IS 'Shipping cost.';
COMMENT ON COLUMN sales.salesorderheader.totaldue IS 'Total due from customer. Computed as Subtotal + TaxAmt + Freight.';
COMMENT ON COLUMN sales.salesorderheader.comment IS 'Sales representative comments.';
COMMENT ON TABLE sales.salesorderheader IS 'General sales order information.';
COMMENT ON COLUMN sales.salesorderheadersalesreason.salesorderid IS 'Primary key. Foreign key to SalesOrderHeader.SalesOrderID.';
COMMENT ON COLUMN sales.salesorderheadersalesreason.salesreasonid IS 'Primary key. Foreign key to SalesReason.SalesReasonID.';
COMMENT ON TABLE sales.salesorderheadersalesreason IS 'Cross-reference table mapping sales orders to sales reason codes.';
COMMENT ON COLUMN sales.salesperson.businessentityid IS 'Primary key for SalesPerson records. Foreign key to Employee.BusinessEntityID';
COMMENT ON COLUMN sales.salesperson.territoryid IS 'Territory currently assigned to. Foreign key to SalesTerritory.SalesTerritoryID.';
COMMENT ON COLUMN sales.salesperson.salesquota IS 'Projected yearly sales.';
COMMENT ON COLUMN sales.salesperson.bonus IS 'Bonus due if quota is met.';
COMMENT ON COLUMN sales.salesperson.commissionpct IS 'Commision percent received per sale.';
COMMENT ON COLUMN sales.salesperson.salesytd IS 'Sales total year to date.';
COMMENT ON COLUMN sales.salesperson.saleslastyear IS 'Sales total of previous year.';
COMMENT ON TABLE sales.salesperson IS 'Sales representative current information.';
COMMENT ON COLUMN sales.salespersonquotahistory.businessentityid IS 'Sales person identification number. Foreign key to SalesPerson.BusinessEntityID.';
COMMENT ON COLUMN sales.salespersonquotahistory.quotadate IS 'Sales quota date.';
COMMENT ON COLUMN sales.salespersonquotahistory.salesquota IS 'Sales quota amount.';
COMMENT ON TABLE sales.salespersonquotahistory IS 'Sales performance tracking.';
COMMENT ON COLUMN sales.salesreason.salesreasonid IS 'Primary key for SalesReason records.';
COMMENT ON COLUMN sales.salesreason.name IS 'Sales reason description.';
COMMENT ON COLUMN sales.salesreason.reasontype IS 'Category the sales reason belongs to.';
COMMENT ON TABLE sales.salesreason IS 'Lookup table of customer purchase reasons.';
COMMENT ON COLUMN sales.salestaxrate.salestaxrateid IS 'Primary key for SalesTaxRate records.';
COMMENT ON COLUMN sales.salestaxrate.stateprovinceid IS 'State, province, or country/region the sales tax applies to.';
COMMENT ON COLUMN sales.salestaxrate.taxtype IS '1 = Tax applied to retail transactions, 2 = Tax applied to wholesale transactions, 3 = Tax applied to all sales (retail and wholesale) transactions.';
COMMENT ON COLUMN sales.salestaxrate.taxrate IS 'Tax rate amount.';
COMMENT ON COLUMN sales.salestaxrate.name IS 'Tax rate description.';
COMMENT ON TABLE sales.salestaxrate IS 'Tax rate lookup table.';
COMMENT ON COLUMN sales.salesterritory.territoryid IS 'Primary key for SalesTerritory records.';
COMMENT ON COLUMN sales.salesterritory.name IS 'Sales territory description';
COMMENT ON COLUMN sales.salesterritory.countryregioncode IS 'ISO standard country or region code. Foreign key to CountryRegion.CountryRegionCode.';
COMMENT ON COLUMN sales.salesterritory."group" IS 'Geographic area to which the sales territory belong.';
COMMENT ON COLUMN sales.salesterritory.salesytd IS 'Sales in the territory year to date.';
COMMENT ON COLUMN sales.salesterritory.saleslastyear IS 'Sales in the territory the previous year.';
COMMENT ON COLUMN sales.salesterritory.costytd IS 'Business costs in the territory year to date.';
COMMENT ON COLUMN sales.salesterritory.costlastyear IS 'Business costs in the territory the previous year.';
COMMENT ON TABLE sales.salesterritory IS 'Sales territory lookup table.';
COMMENT ON COLUMN sales.salesterritoryhistory.businessentityid IS 'Primary key. The sales rep.  Foreign key to SalesPerson.BusinessEntityID.';
COMMENT ON COLUMN sales.salesterritoryhistory.territoryid IS 'Primary key. Territory identification number. Foreign key to SalesTerritory.SalesTerritoryID.';
COMMENT ON COLUMN sales.salesterritoryhistory.startdate IS 'Primary key. Date the sales representive started work in the territory.';
COMMENT ON COLUMN sales.salesterritoryhistory.enddate IS 'Date the sales representative left work in the territory.';
COMMENT ON TABLE sales.salesterritoryhistory IS 'Sales representative transfers to other sales territories.';
COMMENT ON COLUMN sales.shoppingcartitem.shoppingcartitemid IS 'Primary key for ShoppingCartItem records.';
COMMENT ON COLUMN sales.shoppingcartitem.shoppingcartid IS 'Shopping cart identification number.';
COMMENT ON COLUMN sales.shoppingcartitem.quantity IS 'Product quantity ordered.';
COMMENT ON COLUMN sales.shoppingcartitem.productid IS 'Product ordered. Foreign key to Product.ProductID.';
COMMENT ON COLUMN sales.shoppingcartitem.datecreated IS 'Date the time the record was created.';
COMMENT ON TABLE sales.shoppingcartitem IS 'Contains online customer orders until the order is submitted or cancelled.';
COMMENT ON COLUMN sales.specialoffer.specialofferid IS 'Primary key for SpecialOffer records.';
COMMENT ON COLUMN sales.specialoffer.description IS 'Discount description.';
COMMENT ON COLUMN sales.specialoffer.discountpct IS 'Discount precentage.';
COMMENT ON COLUMN sales.specialoffer.type IS 'Discount type category.';
COMMENT ON COLUMN sales.specialoffer.category IS 'Group the discount applies to such as Reseller or Customer.';
COMMENT ON COLUMN sales.specialoffer.startdate IS 'Discount start date.';
COMMENT ON COLUMN sales.specialoffer.enddate IS 'Discount end date.';
COMMENT ON COLUMN sales.specialoffer.minqty IS 'Minimum discount percent allowed.';
COMMENT ON COLUMN sales.specialoffer.maxqty IS 'Maximum discount percent allowed.';
COMMENT ON TABLE sales.specialoffer IS 'Sale discounts lookup table.';
COMMENT ON COLUMN sales.specialofferproduct.specialofferid IS 'Primary key for SpecialOfferProduct records.';
COMMENT ON COLUMN sales.specialofferproduct.productid IS 'Product identification number. Foreign key to Product.ProductID.';
COMMENT ON TABLE sales.specialofferproduct IS 'Cross-reference table mapping products to special offer discounts.';
COMMENT ON COLUMN sales.store.businessentityid IS 'Primary key. Foreign key to Customer.BusinessEntityID.';
COMMENT ON COLUMN sales.store.name IS 'Name of the store.';
COMMENT ON COLUMN sales.store.salespersonid IS 'ID of the sales person assigned to the customer. Foreign key to SalesPerson.BusinessEntityID.';
COMMENT ON COLUMN sales.store.demographics IS 'Demographic informationg about the store such as the number of employees, annual sales and store type.';
COMMENT ON TABLE sales.store IS 'Customers (resellers) of Adventure Works products.';
ALTER TABLE humanresources.employee ADD FOREIGN KEY (businessentityid) REFERENCES person.person (businessentityid);
ALTER TABLE humanresources.employeedepartmenthistory ADD FOREIGN KEY (departmentid) REFERENCES humanresources.department (departmentid);
ALTER TABLE humanresources.employeedepartmenthistory ADD FOREIGN KEY (businessentityid) REFERENCES humanresources.employee (businessentityid);
ALTER TABLE humanresources.employeedepartmenthistory ADD FOREIGN KEY (shiftid) REFERENCES humanresources.shift (shiftid);
ALTER TABLE humanresources.employeepayhistory ADD FOREIGN KEY (businessentityid) REFERENCES humanresources.employee (businessentityid);
ALTER TABLE humanresources.jobcandidate ADD FOREIGN KEY (businessentityid) REFERENCES humanresources.employee (businessentityid);
ALTER TABLE person.address ADD FOREIGN KEY (stateprovinceid) REFERENCES person.stateprovince (stateprovinceid);
ALTER TABLE person.businessentityaddress ADD FOREIGN KEY (addresstypeid) REFERENCES person.addresstype (addresstypeid);
ALTER TABLE person.businessentityaddress ADD FOREIGN KEY (addressid) REFERENCES person.address (addressid);
ALTER TABLE person.businessentityaddress ADD FOREIGN KEY (businessentityid) REFERENCES person.businessentity (businessentityid);
ALTER TABLE person.businessentitycontact ADD FOREIGN KEY (businessentityid) REFERENCES person.businessentity (businessentityid);
ALTER TABLE person.businessentitycontact ADD FOREIGN KEY (contacttypeid) REFERENCES person.contacttype (contacttypeid);
ALTER TABLE person.businessentitycontact ADD FOREIGN KEY (personid) REFERENCES person.person (businessentityid);
ALTER TABLE person.emailaddress ADD FOREIGN KEY (businessentityid) REFERENCES person.person (businessentityid);
ALTER TABLE person.password ADD FOREIGN KEY (businessentityid) REFERENCES person.person (businessentityid);
ALTER TABLE person.person ADD FOREIGN KEY (businessentityid) REFERENCES person.businessentity (businessentityid);
ALTER TABLE person.personphone ADD FOREIGN KEY (businessentityid) REFERENCES person.person (businessentityid);
ALTER TABLE person.personphone ADD FOREIGN KEY (phonenumbertypeid) REFERENCES person.phonenumbertype (phonenumbertypeid);
ALTER TABLE person.stateprovince ADD FOREIGN KEY (countryregioncode) REFERENCES person.countryregion (countryregioncode);
ALTER TABLE person.stateprovince ADD FOREIGN KEY (territoryid) REFERENCES sales.salesterritory (territoryid);
ALTER TABLE production.billofmaterials ADD FOREIGN KEY (componentid) REFERENCES production.product (productid);
ALTER TABLE production.billofmaterials ADD FOREIGN KEY (productassemblyid) REFERENCES production.product (productid);
ALTER TABLE production.billofmaterials ADD FOREIGN KEY (unitmeasurecode) REFERENCES production.unitmeasure (unitmeasurecode);
ALTER TABLE production.document ADD FOREIGN KEY (owner) REFERENCES humanresources.employee (businessentityid);
ALTER TABLE production.product ADD FOREIGN KEY (productmodelid) REFERENCES production.productmodel (productmodelid);
ALTER TABLE production.product ADD FOREIGN KEY (productsubcategoryid) REFERENCES production.productsubcategory (productsubcategoryid);
ALTER TABLE production.product ADD FOREIGN KEY (sizeunitmeasurecode) REFERENCES production.unitmeasure (unitmeasurecode);
ALTER TABLE production.product ADD FOREIGN KEY (weightunitmeasurecode) REFERENCES production.unitmeasure (unitmeasurecode);
ALTER TABLE production.productcosthistory ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE production.productdocument ADD FOREIGN KEY (documentnode) REFERENCES production.document (documentnode);
ALTER TABLE production.productdocument ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE production.productinventory ADD FOREIGN KEY (locationid) REFERENCES production.location (locationid);
ALTER TABLE production.productinventory ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE production.productlistpricehistory ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE production.productmodelillustration ADD FOREIGN KEY (illustrationid) REFERENCES production.illustration (illustrationid);
ALTER TABLE production.productmodelillustration ADD FOREIGN KEY (productmodelid) REFERENCES production.productmodel (productmodelid);
ALTER TABLE production.productmodelproductdescriptionculture ADD FOREIGN KEY (cultureid) REFERENCES production.culture (cultureid);
ALTER TABLE production.productmodelproductdescriptionculture ADD FOREIGN KEY (productdescriptionid) REFERENCES production.productdescription (productdescriptionid);
ALTER TABLE production.productmodelproductdescriptionculture ADD FOREIGN KEY (productmodelid) REFERENCES production.productmodel (productmodelid);
ALTER TABLE production.productproductphoto ADD FOREIGN KEY (productphotoid) REFERENCES production.productphoto (productphotoid);
ALTER TABLE production.productproductphoto ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE production.productsubcategory ADD FOREIGN KEY (productcategoryid) REFERENCES production.productcategory (productcategoryid);
ALTER TABLE production.transactionhistory ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE production.workorder ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE production.workorder ADD FOREIGN KEY (scrapreasonid) REFERENCES production.scrapreason (scrapreasonid);
ALTER TABLE production.workorderrouting ADD FOREIGN KEY (locationid) REFERENCES production.location (locationid);
ALTER TABLE production.workorderrouting ADD FOREIGN KEY (workorderid) REFERENCES production.workorder (workorderid);
ALTER TABLE purchasing.productvendor ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE purchasing.productvendor ADD FOREIGN KEY (unitmeasurecode) REFERENCES production.unitmeasure (unitmeasurecode);
ALTER TABLE purchasing.productvendor ADD FOREIGN KEY (businessentityid) REFERENCES purchasing.vendor (businessentityid);
ALTER TABLE purchasing.purchaseorderdetail ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE purchasing.purchaseorderdetail ADD FOREIGN KEY (purchaseorderid) REFERENCES purchasing.purchaseorderheader (purchaseorderid);
ALTER TABLE purchasing.purchaseorderheader ADD FOREIGN KEY (employeeid) REFERENCES humanresources.employee (businessentityid);
ALTER TABLE purchasing.purchaseorderheader ADD FOREIGN KEY (shipmethodid) REFERENCES purchasing.shipmethod (shipmethodid);
ALTER TABLE purchasing.purchaseorderheader ADD FOREIGN KEY (vendorid) REFERENCES purchasing.vendor (businessentityid);
ALTER TABLE purchasing.vendor ADD FOREIGN KEY (businessentityid) REFERENCES person.businessentity (businessentityid);
ALTER TABLE sales.countryregioncurrency ADD FOREIGN KEY (countryregioncode) REFERENCES person.countryregion (countryregioncode);
ALTER TABLE sales.countryregioncurrency ADD FOREIGN KEY (currencycode) REFERENCES sales.currency (currencycode);
ALTER TABLE sales.currencyrate ADD FOREIGN KEY (fromcurrencycode) REFERENCES sales.currency (currencycode);
ALTER TABLE sales.currencyrate ADD FOREIGN KEY (tocurrencycode) REFERENCES sales.currency (currencycode);
ALTER TABLE sales.customer ADD FOREIGN KEY (personid) REFERENCES person.person (businessentityid);
ALTER TABLE sales.customer ADD FOREIGN KEY (territoryid) REFERENCES sales.salesterritory (territoryid);
ALTER TABLE sales.customer ADD FOREIGN KEY (storeid) REFERENCES sales.store (businessentityid);
ALTER TABLE sales.personcreditcard ADD FOREIGN KEY (creditcardid) REFERENCES sales.creditcard (creditcardid);
ALTER TABLE sales.personcreditcard ADD FOREIGN KEY (businessentityid) REFERENCES person.person (businessentityid);
ALTER TABLE sales.salesorderdetail ADD FOREIGN KEY (salesorderid) REFERENCES sales.salesorderheader (salesorderid);
ALTER TABLE sales.salesorderdetail ADD FOREIGN KEY (specialofferid, productid) REFERENCES sales.specialofferproduct (specialofferid, productid);
ALTER TABLE sales.salesorderheader ADD FOREIGN KEY (billtoaddressid) REFERENCES person.address (addressid);
ALTER TABLE sales.salesorderheader ADD FOREIGN KEY (shiptoaddressid) REFERENCES person.address (addressid);
ALTER TABLE sales.salesorderheader ADD FOREIGN KEY (creditcardid) REFERENCES sales.creditcard (creditcardid);
ALTER TABLE sales.salesorderheader ADD FOREIGN KEY (currencyrateid) REFERENCES sales.currencyrate (currencyrateid);
ALTER TABLE sales.salesorderheader ADD FOREIGN KEY (customerid) REFERENCES sales.customer (customerid);
ALTER TABLE sales.salesorderheader ADD FOREIGN KEY (salespersonid) REFERENCES sales.salesperson (businessentityid);
ALTER TABLE sales.salesorderheader ADD FOREIGN KEY (territoryid) REFERENCES sales.salesterritory (territoryid);
ALTER TABLE sales.salesorderheader ADD FOREIGN KEY (shipmethodid) REFERENCES purchasing.shipmethod (shipmethodid);
ALTER TABLE sales.salesorderheadersalesreason ADD FOREIGN KEY (salesorderid) REFERENCES sales.salesorderheader (salesorderid);
ALTER TABLE sales.salesorderheadersalesreason ADD FOREIGN KEY (salesreasonid) REFERENCES sales.salesreason (salesreasonid);
ALTER TABLE sales.salesperson ADD FOREIGN KEY (businessentityid) REFERENCES humanresources.employee (businessentityid);
ALTER TABLE sales.salesperson ADD FOREIGN KEY (territoryid) REFERENCES sales.salesterritory (territoryid);
ALTER TABLE sales.salespersonquotahistory ADD FOREIGN KEY (businessentityid) REFERENCES sales.salesperson (businessentityid);
ALTER TABLE sales.salestaxrate ADD FOREIGN KEY (stateprovinceid) REFERENCES person.stateprovince (stateprovinceid);
ALTER TABLE sales.salesterritory ADD FOREIGN KEY (countryregioncode) REFERENCES person.countryregion (countryregioncode);
ALTER TABLE sales.salesterritoryhistory ADD FOREIGN KEY (businessentityid) REFERENCES sales.salesperson (businessentityid);
ALTER TABLE sales.salesterritoryhistory ADD FOREIGN KEY (territoryid) REFERENCES sales.salesterritory (territoryid);
ALTER TABLE sales.shoppingcartitem ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE sales.specialofferproduct ADD FOREIGN KEY (productid) REFERENCES production.product (productid);
ALTER TABLE sales.specialofferproduct ADD FOREIGN KEY (specialofferid) REFERENCES sales.specialoffer (specialofferid);
ALTER TABLE sales.store ADD FOREIGN KEY (businessentityid) REFERENCES person.businessentity (businessentityid);
ALTER TABLE sales.store ADD FOREIGN KEY (salespersonid) REFERENCES sales.salesperson (businessentityid);
