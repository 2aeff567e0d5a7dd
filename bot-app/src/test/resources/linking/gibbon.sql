-- Gibbon, the open-source school management platform (gibbonedu.org), version 30.0.00: 147 of the 200 tables of its
-- install script gibbon.sql (github.com/GibbonEdu/core, path gibbon.sql, commit c153137; Gibbon is under the GNU
-- GPL v3, we use the schema's facts). The MySQL dump (CREATE TABLE, then ALTER TABLE ... ADD PRIMARY KEY / UNIQUE
-- KEY) was converted by a one-off script, schema gibbon: the camelCase table and column names lower-cased
-- (gibbonPerson -> gibbonperson, gibbonPersonID -> gibbonpersonid; reserved words such as "order" quoted),
-- int -> integer (bigint when UNSIGNED and 10+ digits), tinyint -> smallint, decimal -> numeric, datetime/timestamp
-- -> timestamp, text/mediumtext -> text, enum -> varchar of the longest value with a CHECK listing the values;
-- primary keys and unique keys as declared; the source's column and table comments kept. The source declares no
-- foreign keys (none here). Left out: DEFAULTs, AUTO_INCREMENT, plain indexes, the seed rows (INSERTs) and 53 tables:
-- the framework tables (action, module, permission, setting, log, migration, session, theme, i18n, string, hook,
-- notification, notification event/listener, email template, file extension, username format, person reset, data
-- retention, alarm, alarm confirm, custom field), the report writer (report, report archive and archive entry,
-- prototype section, template, template font, template section), the form builder and admissions (form, form
-- field/page/submission/upload, admissions account/application), the messenger (messenger, canned response,
-- mailing list, mailing list recipient, receipt, target), staff recruitment (staff application form and its files,
-- job opening), the data-updater requests (family, invoicee, person, medical, medical condition and staff updates),
-- the parents' weekly planner e-mail summary and the timetable import. Kept: people, roles, families, school years,
-- terms, year and form groups, houses, enrolment, courses and classes, timetable and space booking, attendance,
-- behaviour, markbook, internal and external assessment, rubrics, scales, planner and units, departments,
-- individual needs, medical records, first aid, library, activities, finance (fees, invoices, payments, budgets,
-- expenses, petty cash), staff (absences, coverage, substitutes, contracts, duties), reporting (comments), student
-- notes, personal documents, application forms. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS gibbon;
CREATE TABLE gibbon.gibbonactivity (
    gibbonactivityid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    gibbonactivitycategoryid integer,
    active varchar(1) NOT NULL,
    registration varchar(1) NOT NULL,
    name varchar(40) NOT NULL,
    provider varchar(8) NOT NULL,
    type varchar(255) NOT NULL,
    gibbonschoolyeartermidlist text NOT NULL,
    listingstart date,
    listingend date,
    programstart date,
    programend date,
    gibbonyeargroupidlist varchar(255) NOT NULL,
    maxparticipants integer NOT NULL,
    description text,
    payment numeric(8,2),
    paymenttype varchar(16),
    paymentfirmness varchar(9),
    PRIMARY KEY (gibbonactivityid),
    CHECK (active IN ('Y', 'N')),
    CHECK (registration IN ('Y', 'N')),
    CHECK (provider IN ('School', 'External')),
    CHECK (paymenttype IN ('Entire Programme', 'Per Session', 'Per Week', 'Per Term')),
    CHECK (paymentfirmness IN ('Finalised', 'Estimated'))
);
COMMENT ON COLUMN gibbon.gibbonactivity.registration IS 'Can a parent/student select this for registration?';
CREATE TABLE gibbon.gibbonactivityattendance (
    gibbonactivityattendanceid bigint NOT NULL,
    gibbonactivityid integer NOT NULL,
    gibbonpersonidtaker bigint NOT NULL,
    attendance text NOT NULL,
    date date,
    timestamptaken timestamp NOT NULL,
    PRIMARY KEY (gibbonactivityattendanceid)
);
CREATE TABLE gibbon.gibbonactivitycategory (
    gibbonactivitycategoryid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    name varchar(90) NOT NULL,
    nameshort varchar(12) NOT NULL,
    description text,
    active varchar(1) NOT NULL,
    signupchoices integer NOT NULL,
    viewabledate timestamp,
    accessopendate timestamp,
    accessclosedate timestamp,
    accessenrolmentdate timestamp,
    backgroundimage text,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonactivitycategoryid),
    UNIQUE (name, gibbonschoolyearid),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonactivitychoice (
    gibbonactivitychoiceid bigint NOT NULL,
    gibbonactivitycategoryid integer NOT NULL,
    gibbonactivityid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    choice integer NOT NULL,
    timestampcreated timestamp NOT NULL,
    timestampmodified timestamp,
    gibbonpersonidcreated bigint NOT NULL,
    gibbonpersonidmodified bigint NOT NULL,
    PRIMARY KEY (gibbonactivitychoiceid),
    UNIQUE (gibbonpersonid, choice, gibbonactivitycategoryid)
);
CREATE TABLE gibbon.gibbonactivityphoto (
    gibbonactivityphotoid bigint NOT NULL,
    gibbonactivityid integer NOT NULL,
    filepath varchar(255) NOT NULL,
    caption varchar(120) NOT NULL,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonactivityphotoid)
);
CREATE TABLE gibbon.gibbonactivityslot (
    gibbonactivityslotid bigint NOT NULL,
    gibbonactivityid integer NOT NULL,
    gibbonspaceid bigint,
    locationexternal varchar(50) NOT NULL,
    gibbondaysofweekid integer NOT NULL,
    timestart time NOT NULL,
    timeend time NOT NULL,
    PRIMARY KEY (gibbonactivityslotid)
);
CREATE TABLE gibbon.gibbonactivitystaff (
    gibbonactivitystaffid integer NOT NULL,
    gibbonactivityid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    role varchar(9) NOT NULL,
    PRIMARY KEY (gibbonactivitystaffid),
    CHECK (role IN ('Organiser', 'Coach', 'Assistant', 'Other'))
);
CREATE TABLE gibbon.gibbonactivitystudent (
    gibbonactivitystudentid bigint NOT NULL,
    gibbonactivityid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    status varchar(12) NOT NULL,
    "timestamp" timestamp NOT NULL,
    gibbonactivityidbackup integer,
    invoicegenerated varchar(1) NOT NULL,
    gibbonfinanceinvoiceid bigint,
    gibbonactivitychoiceid bigint,
    PRIMARY KEY (gibbonactivitystudentid),
    CHECK (status IN ('Accepted', 'Pending', 'Waiting List', 'Not Accepted', 'Left')),
    CHECK (invoicegenerated IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonactivitytype (
    gibbonactivitytypeid integer NOT NULL,
    name varchar(60),
    description text,
    access varchar(8),
    enrolmenttype varchar(11),
    maxperstudent integer NOT NULL,
    waitinglist varchar(1),
    backupchoice varchar(1),
    PRIMARY KEY (gibbonactivitytypeid),
    UNIQUE (name),
    CHECK (access IN ('None', 'View', 'Register')),
    CHECK (enrolmenttype IN ('Competitive', 'Selection')),
    CHECK (waitinglist IN ('Y', 'N')),
    CHECK (backupchoice IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonalertlevel (
    gibbonalertlevelid integer NOT NULL,
    name varchar(50) NOT NULL,
    nameshort varchar(4) NOT NULL,
    color varchar(7) NOT NULL,
    colorbg varchar(7) NOT NULL,
    description text NOT NULL,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonalertlevelid)
);
COMMENT ON COLUMN gibbon.gibbonalertlevel.color IS 'RGB Hex, leading #';
COMMENT ON COLUMN gibbon.gibbonalertlevel.colorbg IS 'RGB Hex, leading #';
CREATE TABLE gibbon.gibbonapplicationform (
    gibbonapplicationformid bigint NOT NULL,
    gibbonapplicationformhash varchar(40),
    surname varchar(60) NOT NULL,
    firstname varchar(60) NOT NULL,
    preferredname varchar(60) NOT NULL,
    officialname varchar(150) NOT NULL,
    nameincharacters varchar(20) NOT NULL,
    gender varchar(11) NOT NULL,
    username varchar(20),
    status varchar(12) NOT NULL,
    dob date,
    email varchar(75),
    homeaddress text,
    homeaddressdistrict varchar(255),
    homeaddresscountry varchar(255),
    phone1type varchar(6) NOT NULL,
    phone1countrycode varchar(7) NOT NULL,
    phone1 varchar(20) NOT NULL,
    phone2type varchar(6) NOT NULL,
    phone2countrycode varchar(7) NOT NULL,
    phone2 varchar(20) NOT NULL,
    countryofbirth varchar(30) NOT NULL,
    gibbonschoolyearidentry integer NOT NULL,
    gibbonyeargroupidentry integer NOT NULL,
    daytype varchar(255),
    referenceemail varchar(100),
    schoolname1 varchar(50) NOT NULL,
    schooladdress1 varchar(255) NOT NULL,
    schoolgrades1 varchar(20) NOT NULL,
    schoollanguage1 varchar(50) NOT NULL,
    schooldate1 date,
    schoolname2 varchar(50) NOT NULL,
    schooladdress2 varchar(255) NOT NULL,
    schoolgrades2 varchar(20) NOT NULL,
    schoollanguage2 varchar(50) NOT NULL,
    schooldate2 date,
    gibbonfamilyid integer,
    siblingname1 varchar(50) NOT NULL,
    siblingdob1 date,
    siblingschool1 varchar(50) NOT NULL,
    siblingschooljoiningdate1 date,
    siblingname2 varchar(50) NOT NULL,
    siblingdob2 date,
    siblingschool2 varchar(50) NOT NULL,
    siblingschooljoiningdate2 date,
    siblingname3 varchar(50) NOT NULL,
    siblingdob3 date,
    siblingschool3 varchar(50) NOT NULL,
    siblingschooljoiningdate3 date,
    languagehomeprimary varchar(30) NOT NULL,
    languagehomesecondary varchar(30) NOT NULL,
    languagefirst varchar(30) NOT NULL,
    languagesecond varchar(30) NOT NULL,
    languagethird varchar(30) NOT NULL,
    medicalinformation text NOT NULL,
    sen varchar(1),
    sendetails text NOT NULL,
    languagechoice varchar(100),
    languagechoiceexperience text,
    scholarshipinterest varchar(1) NOT NULL,
    scholarshiprequired varchar(1) NOT NULL,
    payment varchar(7) NOT NULL,
    companyname varchar(100),
    companycontact varchar(100),
    companyaddress varchar(255),
    companyemail text,
    companyccfamily varchar(1),
    companyphone varchar(20),
    companyall varchar(1),
    gibbonfinancefeecategoryidlist text,
    agreement varchar(1),
    parent1gibbonpersonid bigint,
    parent1title varchar(5),
    parent1surname varchar(60),
    parent1firstname varchar(60),
    parent1preferredname varchar(60),
    parent1officialname varchar(150),
    parent1nameincharacters varchar(20),
    parent1gender varchar(11),
    parent1relationship varchar(50),
    parent1languagefirst varchar(30),
    parent1languagesecond varchar(30),
    parent1email varchar(75),
    parent1phone1type varchar(6),
    parent1phone1countrycode varchar(7),
    parent1phone1 varchar(20),
    parent1phone2type varchar(6),
    parent1phone2countrycode varchar(7),
    parent1phone2 varchar(20),
    parent1profession varchar(30),
    parent1employer varchar(30),
    parent2title varchar(5),
    parent2surname varchar(60),
    parent2firstname varchar(60),
    parent2preferredname varchar(60),
    parent2officialname varchar(150),
    parent2nameincharacters varchar(20),
    parent2gender varchar(11),
    parent2relationship varchar(50),
    parent2languagefirst varchar(30),
    parent2languagesecond varchar(30),
    parent2email varchar(75),
    parent2phone1type varchar(6),
    parent2phone1countrycode varchar(7),
    parent2phone1 varchar(20),
    parent2phone2type varchar(6),
    parent2phone2countrycode varchar(7),
    parent2phone2 varchar(20),
    parent2profession varchar(30),
    parent2employer varchar(30),
    "timestamp" timestamp,
    priority integer NOT NULL,
    milestones text NOT NULL,
    notes text NOT NULL,
    datestart date,
    gibbonformgroupid integer,
    howdidyouhear varchar(255),
    howdidyouhearmore varchar(255),
    paymentmade varchar(9) NOT NULL,
    paymentmade2 varchar(9) NOT NULL,
    gibbonpaymentid bigint,
    gibbonpaymentid2 bigint,
    studentid varchar(10),
    privacy text,
    fields text NOT NULL,
    parent1fields text NOT NULL,
    parent2fields text NOT NULL,
    PRIMARY KEY (gibbonapplicationformid),
    CHECK (gender IN ('M', 'F', 'Other', 'Unspecified')),
    CHECK (status IN ('Pending', 'Waiting List', 'Accepted', 'Rejected', 'Withdrawn')),
    CHECK (phone1type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (phone2type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (sen IN ('N', 'Y')),
    CHECK (scholarshipinterest IN ('N', 'Y')),
    CHECK (scholarshiprequired IN ('N', 'Y')),
    CHECK (payment IN ('Family', 'Company')),
    CHECK (companyccfamily IN ('N', 'Y')),
    CHECK (companyall IN ('Y', 'N')),
    CHECK (agreement IN ('N', 'Y')),
    CHECK (parent1gender IN ('M', 'F', 'Other', 'Unspecified')),
    CHECK (parent1phone1type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (parent1phone2type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (parent2gender IN ('M', 'F', 'Other', 'Unspecified')),
    CHECK (parent2phone1type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (parent2phone2type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (paymentmade IN ('N', 'Y', 'Exemption')),
    CHECK (paymentmade2 IN ('N', 'Y', 'Exemption'))
);
COMMENT ON COLUMN gibbon.gibbonapplicationform.companyccfamily IS 'When company is billed, should family receive a copy?';
COMMENT ON COLUMN gibbon.gibbonapplicationform.fields IS 'Serialised array of custom field values';
COMMENT ON COLUMN gibbon.gibbonapplicationform.parent1fields IS 'Serialised array of custom field values';
COMMENT ON COLUMN gibbon.gibbonapplicationform.parent2fields IS 'Serialised array of custom field values';
CREATE TABLE gibbon.gibbonapplicationformfile (
    gibbonapplicationformfileid bigint NOT NULL,
    gibbonapplicationformid bigint NOT NULL,
    name varchar(255) NOT NULL,
    path varchar(255) NOT NULL,
    PRIMARY KEY (gibbonapplicationformfileid)
);
CREATE TABLE gibbon.gibbonapplicationformlink (
    gibbonapplicationformlinkid integer NOT NULL,
    gibbonapplicationformid1 bigint NOT NULL,
    gibbonapplicationformid2 bigint NOT NULL,
    "timestamp" timestamp NOT NULL,
    PRIMARY KEY (gibbonapplicationformlinkid),
    UNIQUE (gibbonapplicationformid1, gibbonapplicationformid2)
);
CREATE TABLE gibbon.gibbonapplicationformrelationship (
    gibbonapplicationformrelationshipid bigint NOT NULL,
    gibbonapplicationformid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    relationship varchar(50) NOT NULL,
    PRIMARY KEY (gibbonapplicationformrelationshipid)
);
CREATE TABLE gibbon.gibbonattendancecode (
    gibbonattendancecodeid integer NOT NULL,
    name varchar(30) NOT NULL,
    nameshort varchar(4) NOT NULL,
    type varchar(10) NOT NULL,
    direction varchar(3) NOT NULL,
    scope varchar(14) NOT NULL,
    active varchar(1) NOT NULL,
    reportable varchar(1) NOT NULL,
    future varchar(1) NOT NULL,
    prefill varchar(1) NOT NULL,
    gibbonroleidall varchar(90) NOT NULL,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonattendancecodeid),
    UNIQUE (name),
    UNIQUE (nameshort),
    CHECK (type IN ('Core', 'Additional')),
    CHECK (direction IN ('In', 'Out')),
    CHECK (scope IN ('Onsite', 'Onsite - Late', 'Offsite', 'Offsite - Left', 'Offsite - Late')),
    CHECK (active IN ('Y', 'N')),
    CHECK (reportable IN ('Y', 'N')),
    CHECK (future IN ('Y', 'N')),
    CHECK (prefill IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonattendancelogcourseclass (
    gibbonattendancelogcourseclassid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    gibbonttdayrowclassid bigint,
    gibbonpersonidtaker bigint NOT NULL,
    date date,
    timestamptaken timestamp NOT NULL,
    PRIMARY KEY (gibbonattendancelogcourseclassid)
);
CREATE TABLE gibbon.gibbonattendancelogformgroup (
    gibbonattendancelogformgroupid bigint NOT NULL,
    gibbonformgroupid integer NOT NULL,
    gibbonpersonidtaker bigint NOT NULL,
    date date,
    timestamptaken timestamp NOT NULL,
    PRIMARY KEY (gibbonattendancelogformgroupid)
);
CREATE TABLE gibbon.gibbonattendancelogperson (
    gibbonattendancelogpersonid bigint NOT NULL,
    gibbonattendancecodeid integer,
    gibbonpersonid bigint NOT NULL,
    direction varchar(3) NOT NULL,
    type varchar(30) NOT NULL,
    reason varchar(30) NOT NULL,
    context varchar(17),
    comment varchar(255) NOT NULL,
    date date,
    gibbonpersonidtaker bigint NOT NULL,
    gibbonformgroupid integer,
    gibboncourseclassid integer,
    gibbonttdayrowclassid bigint,
    timestamptaken timestamp,
    PRIMARY KEY (gibbonattendancelogpersonid),
    CHECK (direction IN ('In', 'Out')),
    CHECK (context IN ('Form Group', 'Class', 'Person', 'Future', 'Self Registration'))
);
CREATE TABLE gibbon.gibbonbehaviour (
    gibbonbehaviourid bigint NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    date date NOT NULL,
    gibbonpersonid bigint NOT NULL,
    type varchar(11) NOT NULL,
    descriptor varchar(100),
    level varchar(100),
    comment text NOT NULL,
    followup text NOT NULL,
    gibbonplannerentryid bigint,
    gibbonpersonidcreator bigint NOT NULL,
    "timestamp" timestamp NOT NULL,
    fields text,
    gibbonmultiincidentid varchar(64),
    PRIMARY KEY (gibbonbehaviourid),
    CHECK (type IN ('Positive', 'Negative', 'Observation'))
);
CREATE TABLE gibbon.gibbonbehaviourfollowup (
    gibbonbehaviourfollowupid bigint NOT NULL,
    gibbonbehaviourid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    followup text,
    "timestamp" timestamp NOT NULL,
    PRIMARY KEY (gibbonbehaviourfollowupid)
);
CREATE TABLE gibbon.gibbonbehaviourletter (
    gibbonbehaviourletterid bigint NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    letterlevel varchar(1) NOT NULL,
    status varchar(7) NOT NULL,
    type varchar(8) NOT NULL,
    recordcountatcreation integer NOT NULL,
    body text NOT NULL,
    recipientlist text NOT NULL,
    "timestamp" timestamp NOT NULL,
    PRIMARY KEY (gibbonbehaviourletterid),
    CHECK (letterlevel IN ('1', '2', '3')),
    CHECK (status IN ('Warning', 'Issued')),
    CHECK (type IN ('Negative', 'Positive'))
);
CREATE TABLE gibbon.gibboncountry (
    printable_name varchar(80) NOT NULL,
    iddcountrycode varchar(7) NOT NULL,
    PRIMARY KEY (printable_name)
);
CREATE TABLE gibbon.gibboncourse (
    gibboncourseid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    gibbondepartmentid integer,
    name varchar(60) NOT NULL,
    nameshort varchar(12) NOT NULL,
    description text NOT NULL,
    map varchar(1) NOT NULL,
    gibbonyeargroupidlist varchar(255) NOT NULL,
    orderby integer NOT NULL,
    fields text,
    PRIMARY KEY (gibboncourseid),
    UNIQUE (gibbonschoolyearid, name),
    CHECK (map IN ('Y', 'N'))
);
COMMENT ON COLUMN gibbon.gibboncourse.map IS 'Should this course be included in curriculum maps and other summaries?';
CREATE TABLE gibbon.gibboncourseclass (
    gibboncourseclassid integer NOT NULL,
    gibboncourseid integer NOT NULL,
    name varchar(30) NOT NULL,
    nameshort varchar(8) NOT NULL,
    reportable varchar(1) NOT NULL,
    attendance varchar(1) NOT NULL,
    enrolmentmin integer,
    enrolmentmax integer,
    gibbonscaleidtarget integer,
    fields text,
    PRIMARY KEY (gibboncourseclassid),
    CHECK (reportable IN ('Y', 'N')),
    CHECK (attendance IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibboncourseclassmap (
    gibboncourseclassmapid integer NOT NULL,
    gibboncourseclassid integer,
    gibbonformgroupid integer,
    gibbonyeargroupid integer,
    PRIMARY KEY (gibboncourseclassmapid),
    UNIQUE (gibboncourseclassid)
);
CREATE TABLE gibbon.gibboncourseclassperson (
    gibboncourseclasspersonid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    role varchar(14) NOT NULL,
    dateenrolled date,
    dateunenrolled date,
    reportable varchar(1) NOT NULL,
    PRIMARY KEY (gibboncourseclasspersonid),
    CHECK (role IN ('Student', 'Teacher', 'Assistant', 'Technician', 'Parent', 'Student - Left', 'Teacher - Left')),
    CHECK (reportable IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibboncrowdassessdiscuss (
    gibboncrowdassessdiscussid bigint NOT NULL,
    gibbonplannerentryhomeworkid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    "timestamp" timestamp NOT NULL,
    comment text NOT NULL,
    gibboncrowdassessdiscussidreplyto bigint,
    PRIMARY KEY (gibboncrowdassessdiscussid)
);
CREATE TABLE gibbon.gibbondaysofweek (
    gibbondaysofweekid integer NOT NULL,
    name varchar(10) NOT NULL,
    nameshort varchar(4) NOT NULL,
    sequencenumber integer NOT NULL,
    schoolday varchar(1) NOT NULL,
    schoolopen time,
    schoolstart time,
    schoolend time,
    schoolclose time,
    PRIMARY KEY (gibbondaysofweekid),
    UNIQUE (name, nameshort),
    UNIQUE (sequencenumber),
    UNIQUE (nameshort),
    CHECK (schoolday IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbondepartment (
    gibbondepartmentid integer NOT NULL,
    type varchar(14) NOT NULL,
    name varchar(40) NOT NULL,
    nameshort varchar(4) NOT NULL,
    subjectlisting varchar(255) NOT NULL,
    blurb text NOT NULL,
    logo varchar(255) NOT NULL,
    sequencenumber integer,
    fields text,
    PRIMARY KEY (gibbondepartmentid),
    CHECK (type IN ('Learning Area', 'Administration'))
);
CREATE TABLE gibbon.gibbondepartmentresource (
    gibbondepartmentresourceid integer NOT NULL,
    gibbondepartmentid integer NOT NULL,
    type varchar(4) NOT NULL,
    name varchar(100) NOT NULL,
    url varchar(255) NOT NULL,
    PRIMARY KEY (gibbondepartmentresourceid),
    CHECK (type IN ('Link', 'File'))
);
CREATE TABLE gibbon.gibbondepartmentstaff (
    gibbondepartmentstaffid integer NOT NULL,
    gibbondepartmentid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    role varchar(21) NOT NULL,
    PRIMARY KEY (gibbondepartmentstaffid),
    CHECK (role IN ('Coordinator', 'Assistant Coordinator'))
);
CREATE TABLE gibbon.gibbondiscussion (
    gibbondiscussionid bigint NOT NULL,
    foreigntable varchar(60) NOT NULL,
    foreigntableid bigint NOT NULL,
    gibbonmoduleid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    gibbonpersonidtarget bigint,
    type varchar(60),
    tag varchar(60),
    comment text,
    attachmenttype varchar(4),
    attachmentlocation text,
    gibbondiscussionidreplyto bigint,
    "timestamp" timestamp NOT NULL,
    PRIMARY KEY (gibbondiscussionid),
    CHECK (attachmenttype IN ('File', 'Link'))
);
CREATE TABLE gibbon.gibbondistrict (
    gibbondistrictid integer NOT NULL,
    name varchar(30) NOT NULL,
    PRIMARY KEY (gibbondistrictid)
);
CREATE TABLE gibbon.gibbonexternalassessment (
    gibbonexternalassessmentid integer NOT NULL,
    name varchar(50) NOT NULL,
    nameshort varchar(10) NOT NULL,
    description varchar(255) NOT NULL,
    website text NOT NULL,
    active varchar(1) NOT NULL,
    allowfileupload varchar(1) NOT NULL,
    PRIMARY KEY (gibbonexternalassessmentid),
    CHECK (active IN ('Y', 'N')),
    CHECK (allowfileupload IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonexternalassessmentfield (
    gibbonexternalassessmentfieldid integer NOT NULL,
    gibbonexternalassessmentid integer NOT NULL,
    name varchar(50) NOT NULL,
    category varchar(50) NOT NULL,
    "order" integer NOT NULL,
    gibbonscaleid integer NOT NULL,
    gibbonyeargroupidlist varchar(255),
    PRIMARY KEY (gibbonexternalassessmentfieldid)
);
CREATE TABLE gibbon.gibbonexternalassessmentstudent (
    gibbonexternalassessmentstudentid bigint NOT NULL,
    gibbonexternalassessmentid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    date date NOT NULL,
    attachment varchar(255) NOT NULL,
    PRIMARY KEY (gibbonexternalassessmentstudentid)
);
CREATE TABLE gibbon.gibbonexternalassessmentstudententry (
    gibbonexternalassessmentstudententryid bigint NOT NULL,
    gibbonexternalassessmentstudentid bigint NOT NULL,
    gibbonexternalassessmentfieldid integer NOT NULL,
    gibbonscalegradeid integer,
    PRIMARY KEY (gibbonexternalassessmentstudententryid)
);
COMMENT ON COLUMN gibbon.gibbonexternalassessmentstudententry.gibbonscalegradeid IS 'Key for the actual grade achieved';
CREATE TABLE gibbon.gibbonfamily (
    gibbonfamilyid integer NOT NULL,
    name varchar(100) NOT NULL,
    nameaddress varchar(100) NOT NULL,
    homeaddress text NOT NULL,
    homeaddressdistrict varchar(255) NOT NULL,
    homeaddresscountry varchar(255) NOT NULL,
    status varchar(9) NOT NULL,
    languagehomeprimary varchar(30) NOT NULL,
    languagehomesecondary varchar(30),
    familysync varchar(50),
    fields text,
    PRIMARY KEY (gibbonfamilyid),
    CHECK (status IN ('Married', 'Separated', 'Divorced', 'De Facto', 'Other', 'Single'))
);
COMMENT ON COLUMN gibbon.gibbonfamily.nameaddress IS 'The formal name to be used for addressing the family (e.g. Mr. & Mrs. Smith)';
CREATE TABLE gibbon.gibbonfamilyadult (
    gibbonfamilyadultid integer NOT NULL,
    gibbonfamilyid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    comment text NOT NULL,
    childdataaccess varchar(1) NOT NULL,
    contactpriority integer NOT NULL,
    contactcall varchar(1) NOT NULL,
    contactsms varchar(1) NOT NULL,
    contactemail varchar(1) NOT NULL,
    contactmail varchar(1) NOT NULL,
    PRIMARY KEY (gibbonfamilyadultid),
    CHECK (childdataaccess IN ('Y', 'N')),
    CHECK (contactcall IN ('Y', 'N')),
    CHECK (contactsms IN ('Y', 'N')),
    CHECK (contactemail IN ('Y', 'N')),
    CHECK (contactmail IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonfamilychild (
    gibbonfamilychildid integer NOT NULL,
    gibbonfamilyid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (gibbonfamilychildid)
);
CREATE TABLE gibbon.gibbonfamilyrelationship (
    gibbonfamilyrelationshipid integer NOT NULL,
    gibbonfamilyid integer NOT NULL,
    gibbonpersonid1 bigint NOT NULL,
    gibbonpersonid2 bigint NOT NULL,
    relationship varchar(50) NOT NULL,
    PRIMARY KEY (gibbonfamilyrelationshipid)
);
COMMENT ON TABLE gibbon.gibbonfamilyrelationship IS 'Person 1 is [relationship] to person 2?';
CREATE TABLE gibbon.gibbonfinancebillingschedule (
    gibbonfinancebillingscheduleid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    name varchar(100) NOT NULL,
    description text NOT NULL,
    active varchar(1) NOT NULL,
    invoiceissuedate date,
    invoiceduedate date,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp,
    gibbonpersonidupdate bigint,
    timestampupdate timestamp,
    PRIMARY KEY (gibbonfinancebillingscheduleid),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonfinancebudget (
    gibbonfinancebudgetid integer NOT NULL,
    name varchar(30) NOT NULL,
    nameshort varchar(8) NOT NULL,
    active varchar(1) NOT NULL,
    category varchar(255) NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp,
    gibbonpersonidupdate bigint,
    timestampupdate timestamp,
    PRIMARY KEY (gibbonfinancebudgetid),
    UNIQUE (name),
    UNIQUE (nameshort),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonfinancebudgetcycle (
    gibbonfinancebudgetcycleid integer NOT NULL,
    name varchar(7) NOT NULL,
    status varchar(8) NOT NULL,
    datestart date NOT NULL,
    dateend date NOT NULL,
    sequencenumber integer NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp,
    gibbonpersonidupdate bigint,
    timestampupdate timestamp,
    PRIMARY KEY (gibbonfinancebudgetcycleid),
    UNIQUE (name),
    CHECK (status IN ('Past', 'Current', 'Upcoming'))
);
CREATE TABLE gibbon.gibbonfinancebudgetcycleallocation (
    gibbonfinancebudgetcycleallocationid bigint NOT NULL,
    gibbonfinancebudgetid integer NOT NULL,
    gibbonfinancebudgetcycleid integer NOT NULL,
    value numeric(14,2) NOT NULL,
    PRIMARY KEY (gibbonfinancebudgetcycleallocationid)
);
CREATE TABLE gibbon.gibbonfinancebudgetperson (
    gibbonfinancebudgetpersonid integer NOT NULL,
    gibbonfinancebudgetid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    access varchar(5) NOT NULL,
    PRIMARY KEY (gibbonfinancebudgetpersonid),
    CHECK (access IN ('Full', 'Write', 'Read'))
);
CREATE TABLE gibbon.gibbonfinanceexpense (
    gibbonfinanceexpenseid bigint NOT NULL,
    gibbonfinancebudgetid integer NOT NULL,
    gibbonfinancebudgetcycleid integer NOT NULL,
    title varchar(60) NOT NULL,
    body text NOT NULL,
    status varchar(9) NOT NULL,
    cost numeric(12,2) NOT NULL,
    countagainstbudget varchar(1) NOT NULL,
    purchaseby varchar(6) NOT NULL,
    purchasedetails text NOT NULL,
    paymentmethod varchar(13),
    paymentdate date,
    paymentamount numeric(12,2),
    gibbonpersonidpayment bigint,
    paymentid varchar(100),
    paymentreimbursementreceipt varchar(255) NOT NULL,
    paymentreimbursementstatus varchar(9),
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp NOT NULL,
    statusapprovalbudgetcleared varchar(1) NOT NULL,
    PRIMARY KEY (gibbonfinanceexpenseid),
    CHECK (status IN ('Requested', 'Approved', 'Rejected', 'Cancelled', 'Ordered', 'Paid')),
    CHECK (countagainstbudget IN ('Y', 'N')),
    CHECK (purchaseby IN ('School', 'Self')),
    CHECK (paymentmethod IN ('Cash', 'Cheque', 'Credit Card', 'Bank Transfer', 'Other')),
    CHECK (paymentreimbursementstatus IN ('Requested', 'Complete')),
    CHECK (statusapprovalbudgetcleared IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonfinanceexpenseapprover (
    gibbonfinanceexpenseapproverid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    sequencenumber integer,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp,
    gibbonpersonidupdate bigint,
    timestampupdate timestamp,
    PRIMARY KEY (gibbonfinanceexpenseapproverid)
);
CREATE TABLE gibbon.gibbonfinanceexpenselog (
    gibbonfinanceexpenselogid bigint NOT NULL,
    gibbonfinanceexpenseid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    "timestamp" timestamp NOT NULL,
    action varchar(27) NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (gibbonfinanceexpenselogid),
    CHECK (action IN ('Request', 'Approval - Partial - Budget', 'Approval - Partial - School', 'Approval - Final', 'Approval - Exempt', 'Rejection', 'Cancellation', 'Order', 'Payment', 'Reimbursement Request', 'Reimbursement Completion', 'Comment'))
);
CREATE TABLE gibbon.gibbonfinancefee (
    gibbonfinancefeeid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    name varchar(100) NOT NULL,
    nameshort varchar(6) NOT NULL,
    description text NOT NULL,
    active varchar(1) NOT NULL,
    gibbonfinancefeecategoryid integer NOT NULL,
    fee numeric(12,2) NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp,
    gibbonpersonidupdate bigint,
    timestampupdate timestamp,
    PRIMARY KEY (gibbonfinancefeeid),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonfinancefeecategory (
    gibbonfinancefeecategoryid integer NOT NULL,
    name varchar(100) NOT NULL,
    nameshort varchar(6) NOT NULL,
    description text NOT NULL,
    active varchar(1) NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp,
    gibbonpersonidupdate bigint,
    timestampupdate timestamp,
    PRIMARY KEY (gibbonfinancefeecategoryid),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonfinanceinvoice (
    gibbonfinanceinvoiceid bigint NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    gibbonfinanceinvoiceeid bigint NOT NULL,
    invoiceto varchar(7) NOT NULL,
    billingscheduletype varchar(9) NOT NULL,
    separated varchar(1),
    gibbonfinancebillingscheduleid integer,
    status varchar(14) NOT NULL,
    gibbonfinancefeecategoryidlist text,
    invoiceissuedate date,
    invoiceduedate date,
    paiddate date,
    paidamount numeric(13,2),
    gibbonpaymentid bigint,
    remindercount integer NOT NULL,
    notes text NOT NULL,
    key varchar(40) NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp,
    gibbonpersonidupdate bigint,
    timestampupdate timestamp,
    PRIMARY KEY (gibbonfinanceinvoiceid),
    CHECK (invoiceto IN ('Family', 'Company')),
    CHECK (billingscheduletype IN ('Scheduled', 'Ad Hoc')),
    CHECK (separated IN ('N', 'Y')),
    CHECK (status IN ('Pending', 'Issued', 'Paid', 'Paid - Partial', 'Cancelled', 'Refunded'))
);
COMMENT ON COLUMN gibbon.gibbonfinanceinvoice.separated IS 'Has this invoice been separated from its schedule in gibbonFinanceBillingSchedule? Only applies to scheduled invoices. Separation takes place during invoice issueing.';
COMMENT ON COLUMN gibbon.gibbonfinanceinvoice.paidamount IS 'The current running total amount paid to this invoice';
CREATE TABLE gibbon.gibbonfinanceinvoicee (
    gibbonfinanceinvoiceeid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    invoiceto varchar(7) NOT NULL,
    companyname varchar(100),
    companycontact varchar(100),
    companyaddress varchar(255),
    companyemail text,
    companyccfamily varchar(1),
    companyphone varchar(20),
    companyall varchar(1),
    gibbonfinancefeecategoryidlist text,
    PRIMARY KEY (gibbonfinanceinvoiceeid),
    CHECK (invoiceto IN ('Family', 'Company')),
    CHECK (companyccfamily IN ('N', 'Y')),
    CHECK (companyall IN ('Y', 'N'))
);
COMMENT ON COLUMN gibbon.gibbonfinanceinvoicee.companyccfamily IS 'When company is billed, should family receive a copy?';
COMMENT ON COLUMN gibbon.gibbonfinanceinvoicee.companyall IS 'Should company pay all invoices?.';
COMMENT ON COLUMN gibbon.gibbonfinanceinvoicee.gibbonfinancefeecategoryidlist IS 'If companyAll is N, list category IDs for campany to pay here.';
CREATE TABLE gibbon.gibbonfinanceinvoicefee (
    gibbonfinanceinvoicefeeid bigint NOT NULL,
    gibbonfinanceinvoiceid bigint NOT NULL,
    feetype varchar(8) NOT NULL,
    gibbonfinancefeeid integer,
    separated varchar(1),
    name varchar(100),
    description text,
    gibbonfinancefeecategoryid integer,
    fee numeric(12,2),
    sequencenumber integer,
    PRIMARY KEY (gibbonfinanceinvoicefeeid),
    CHECK (feetype IN ('Standard', 'Ad Hoc')),
    CHECK (separated IN ('N', 'Y'))
);
COMMENT ON COLUMN gibbon.gibbonfinanceinvoicefee.separated IS 'Has this fee been separated from its parent in gibbonFinanceFee? Only applies to Standard fees. Separation takes place during invoice issueing.';
CREATE TABLE gibbon.gibbonfinancepettycash (
    gibbonfinancepettycashid bigint NOT NULL,
    gibbonschoolyearid varchar(3) NOT NULL,
    gibbonpersonid integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    reason varchar(90),
    notes text,
    gibbonpersonidcreated integer,
    timestampcreated timestamp,
    actionrequired varchar(60),
    gibbonpersonidstatus integer,
    timestampstatus timestamp,
    status varchar(60) NOT NULL,
    PRIMARY KEY (gibbonfinancepettycashid)
);
CREATE TABLE gibbon.gibbonfirstaid (
    gibbonfirstaidid bigint NOT NULL,
    gibbonpersonidpatient bigint NOT NULL,
    gibboncourseclassid integer,
    gibbonpersonidfirstaider bigint NOT NULL,
    gibbonpersonidfollowup bigint,
    gibbonschoolyearid integer NOT NULL,
    description text NOT NULL,
    actiontaken text NOT NULL,
    followup text NOT NULL,
    date date NOT NULL,
    timein time NOT NULL,
    timeout time,
    "timestamp" timestamp NOT NULL,
    fields text,
    PRIMARY KEY (gibbonfirstaidid)
);
CREATE TABLE gibbon.gibbonfirstaidfollowup (
    gibbonfirstaidfollowupid bigint NOT NULL,
    gibbonfirstaidid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    followup text NOT NULL,
    "timestamp" timestamp NOT NULL,
    PRIMARY KEY (gibbonfirstaidfollowupid)
);
CREATE TABLE gibbon.gibbonformgroup (
    gibbonformgroupid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    name varchar(20) NOT NULL,
    nameshort varchar(8) NOT NULL,
    gibbonpersonidtutor bigint,
    gibbonpersonidtutor2 bigint,
    gibbonpersonidtutor3 bigint,
    gibbonpersonidea bigint,
    gibbonpersonidea2 bigint,
    gibbonpersonidea3 bigint,
    gibbonspaceid integer,
    gibbonformgroupidnext integer,
    attendance varchar(1) NOT NULL,
    website varchar(255) NOT NULL,
    PRIMARY KEY (gibbonformgroupid),
    CHECK (attendance IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbongroup (
    gibbongroupid integer NOT NULL,
    gibbonpersonidowner bigint NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    name varchar(60) NOT NULL,
    timestampcreated timestamp,
    timestampupdated timestamp,
    PRIMARY KEY (gibbongroupid)
);
CREATE TABLE gibbon.gibbongroupperson (
    gibbongrouppersonid bigint NOT NULL,
    gibbongroupid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    PRIMARY KEY (gibbongrouppersonid),
    UNIQUE (gibbongroupid, gibbonpersonid)
);
CREATE TABLE gibbon.gibbonhouse (
    gibbonhouseid integer NOT NULL,
    name varchar(30) NOT NULL,
    nameshort varchar(10) NOT NULL,
    logo varchar(255) NOT NULL,
    PRIMARY KEY (gibbonhouseid),
    UNIQUE (name, nameshort)
);
CREATE TABLE gibbon.gibbonin (
    gibboninid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    strategies text NOT NULL,
    targets text NOT NULL,
    notes text NOT NULL,
    fields text,
    PRIMARY KEY (gibboninid),
    UNIQUE (gibbonpersonid)
);
CREATE TABLE gibbon.gibboninarchive (
    gibboninarchiveid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    strategies text NOT NULL,
    targets text NOT NULL,
    notes text NOT NULL,
    descriptors text NOT NULL,
    archivetitle varchar(50) NOT NULL,
    archivetimestamp timestamp,
    fields text,
    PRIMARY KEY (gibboninarchiveid)
);
COMMENT ON COLUMN gibbon.gibboninarchive.descriptors IS 'Serialised array of descriptors.';
CREATE TABLE gibbon.gibboninassistant (
    gibboninassistantid bigint NOT NULL,
    gibbonpersonidstudent bigint NOT NULL,
    gibbonpersonidassistant bigint NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (gibboninassistantid)
);
CREATE TABLE gibbon.gibbonindescriptor (
    gibbonindescriptorid integer NOT NULL,
    name varchar(50) NOT NULL,
    nameshort varchar(5) NOT NULL,
    description text NOT NULL,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonindescriptorid)
);
CREATE TABLE gibbon.gibbonininvestigation (
    gibbonininvestigationid bigint NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    gibbonpersonidstudent bigint NOT NULL,
    status varchar(22),
    date date NOT NULL,
    reason text NOT NULL,
    strategiestried text NOT NULL,
    parentsinformed varchar(1) NOT NULL,
    parentsresponse text,
    resolutiondetails text,
    PRIMARY KEY (gibbonininvestigationid),
    CHECK (status IN ('Referral', 'Resolved', 'Investigation', 'Investigation Complete')),
    CHECK (parentsinformed IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonininvestigationcontribution (
    gibbonininvestigationcontributionid bigint NOT NULL,
    gibbonininvestigationid bigint NOT NULL,
    type varchar(12) NOT NULL,
    gibbonpersonid bigint NOT NULL,
    gibboncourseclasspersonid bigint,
    status varchar(8) NOT NULL,
    cognition text,
    memory text,
    selfmanagement text,
    attention text,
    socialinteraction text,
    communication text,
    comment text,
    PRIMARY KEY (gibbonininvestigationcontributionid),
    CHECK (type IN ('Teacher', 'Head of Year')),
    CHECK (status IN ('Pending', 'Complete'))
);
CREATE TABLE gibbon.gibboninpersondescriptor (
    gibboninpersondescriptorid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    gibbonindescriptorid integer,
    gibbonalertlevelid integer,
    PRIMARY KEY (gibboninpersondescriptorid)
);
CREATE TABLE gibbon.gibboninternalassessmentcolumn (
    gibboninternalassessmentcolumnid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    groupingid integer,
    name varchar(30) NOT NULL,
    description text NOT NULL,
    type varchar(50) NOT NULL,
    attachment varchar(255) NOT NULL,
    attainment varchar(1) NOT NULL,
    gibbonscaleidattainment integer,
    effort varchar(1) NOT NULL,
    gibbonscaleideffort integer,
    comment varchar(1) NOT NULL,
    uploadedresponse varchar(1) NOT NULL,
    complete varchar(1) NOT NULL,
    completedate date,
    viewablestudents varchar(1) NOT NULL,
    viewableparents varchar(1) NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    gibbonpersonidlastedit bigint NOT NULL,
    PRIMARY KEY (gibboninternalassessmentcolumnid),
    CHECK (attainment IN ('Y', 'N')),
    CHECK (effort IN ('Y', 'N')),
    CHECK (comment IN ('Y', 'N')),
    CHECK (uploadedresponse IN ('N', 'Y')),
    CHECK (complete IN ('N', 'Y')),
    CHECK (viewablestudents IN ('N', 'Y')),
    CHECK (viewableparents IN ('N', 'Y'))
);
COMMENT ON COLUMN gibbon.gibboninternalassessmentcolumn.groupingid IS 'A value used to group multiple columns.';
CREATE TABLE gibbon.gibboninternalassessmententry (
    gibboninternalassessmententryid bigint NOT NULL,
    gibboninternalassessmentcolumnid bigint NOT NULL,
    gibbonpersonidstudent bigint NOT NULL,
    attainmentvalue varchar(10),
    attainmentdescriptor varchar(100),
    effortvalue varchar(10),
    effortdescriptor varchar(100),
    comment text,
    response text,
    gibbonpersonidlastedit bigint NOT NULL,
    PRIMARY KEY (gibboninternalassessmententryid)
);
CREATE TABLE gibbon.gibbonlanguage (
    gibbonlanguageid integer NOT NULL,
    name varchar(30) NOT NULL,
    PRIMARY KEY (gibbonlanguageid)
);
CREATE TABLE gibbon.gibbonlibraryitem (
    gibbonlibraryitemid bigint NOT NULL,
    gibbonlibraryitemidparent integer,
    gibbonlibrarytypeid integer NOT NULL,
    id varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    producer varchar(255) NOT NULL,
    fields text NOT NULL,
    vendor varchar(100) NOT NULL,
    purchasedate date,
    invoicenumber varchar(50) NOT NULL,
    cost numeric(10,2),
    imagetype varchar(4) NOT NULL,
    imagelocation varchar(255) NOT NULL,
    comment text NOT NULL,
    gibbonspaceid integer,
    locationdetail varchar(255) NOT NULL,
    ownershiptype varchar(10) NOT NULL,
    gibbonpersonidownership bigint,
    gibbondepartmentid integer,
    replacement varchar(1) NOT NULL,
    replacementcost numeric(10,2),
    gibbonschoolyearidreplacement integer,
    physicalcondition varchar(15) NOT NULL,
    bookable varchar(1) NOT NULL,
    borrowable varchar(1) NOT NULL,
    status varchar(14) NOT NULL,
    gibbonpersonidstatusresponsible bigint,
    gibbonpersonidstatusrecorder bigint,
    timestampstatus timestamp,
    returnexpected date,
    returnaction varchar(14),
    gibbonpersonidreturnaction bigint,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp NOT NULL,
    gibbonpersonidupdate bigint,
    timestampupdate timestamp,
    PRIMARY KEY (gibbonlibraryitemid),
    UNIQUE (id),
    CHECK (imagetype IN ('', 'Link', 'File')),
    CHECK (ownershiptype IN ('School', 'Individual')),
    CHECK (replacement IN ('Y', 'N')),
    CHECK (physicalcondition IN ('', 'As New', 'Lightly Worn', 'Moderately Worn', 'Damaged', 'Unusable')),
    CHECK (bookable IN ('N', 'Y')),
    CHECK (borrowable IN ('Y', 'N')),
    CHECK (status IN ('Available', 'In Use', 'Decommissioned', 'Lost', 'On Loan', 'Repair', 'Reserved', 'On Order')),
    CHECK (returnaction IN ('Make Available', 'Decommission', 'Repair', 'Reserve'))
);
COMMENT ON COLUMN gibbon.gibbonlibraryitem.name IS 'Name for book, model for computer, etc.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.producer IS 'Author for book, manufacturer for computer, etc';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.fields IS 'JSON object';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.imagetype IS 'Type of image. Image should be 240px x 240px, or smaller.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.imagelocation IS 'URL or local FS path of image.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.gibbonpersonidownership IS 'If owned by school, then this is the main user. If owned by individual, then this is that individual.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.gibbondepartmentid IS 'Who is responsible for managing this item? By default this will be the person who added the record, but it can be changed.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.status IS 'The current status of the item.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.gibbonpersonidstatusresponsible IS 'The person who is responsible for the current status.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.gibbonpersonidstatusrecorder IS 'The person who recored the current status.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.timestampstatus IS 'The time the status was recorded';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.returnexpected IS 'The time when the event expires.';
COMMENT ON COLUMN gibbon.gibbonlibraryitem.returnaction IS 'What to do when the item is returned?';
CREATE TABLE gibbon.gibbonlibraryitemevent (
    gibbonlibraryitemeventid bigint NOT NULL,
    gibbonlibraryitemid bigint NOT NULL,
    type varchar(12) NOT NULL,
    status varchar(14) NOT NULL,
    gibbonpersonidstatusresponsible bigint,
    gibbonpersonidout bigint,
    timestampout timestamp,
    returnexpected date,
    returnaction varchar(14),
    gibbonpersonidreturnaction bigint,
    timestampreturn timestamp,
    gibbonpersonidin bigint,
    PRIMARY KEY (gibbonlibraryitemeventid),
    CHECK (type IN ('Decommission', 'Loss', 'Loan', 'Repair', 'Reserve', 'Other')),
    CHECK (status IN ('Available', 'Decommissioned', 'Lost', 'On Loan', 'Repair', 'Reserved', 'Returned')),
    CHECK (returnaction IN ('Make Available', 'Decommission', 'Repair', 'Reserve'))
);
COMMENT ON COLUMN gibbon.gibbonlibraryitemevent.type IS 'This is maintained even after the item is returned, so we know what type of event it was.';
COMMENT ON COLUMN gibbon.gibbonlibraryitemevent.gibbonpersonidstatusresponsible IS 'The person who was responsible for the event.';
COMMENT ON COLUMN gibbon.gibbonlibraryitemevent.gibbonpersonidout IS 'The person who recored the event.';
COMMENT ON COLUMN gibbon.gibbonlibraryitemevent.timestampout IS 'The time the event was recorded';
COMMENT ON COLUMN gibbon.gibbonlibraryitemevent.returnexpected IS 'The time when the event expires.';
COMMENT ON COLUMN gibbon.gibbonlibraryitemevent.returnaction IS 'What to do when the item is returned?';
CREATE TABLE gibbon.gibbonlibraryshelf (
    gibbonlibraryshelfid integer NOT NULL,
    name varchar(90) NOT NULL,
    active varchar(1) NOT NULL,
    shuffle varchar(1) NOT NULL,
    field varchar(90) NOT NULL,
    fieldvalue varchar(90),
    type varchar(9) NOT NULL,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonlibraryshelfid),
    CHECK (active IN ('Y', 'N')),
    CHECK (shuffle IN ('N', 'Y')),
    CHECK (type IN ('Manual', 'Automatic'))
);
CREATE TABLE gibbon.gibbonlibraryshelfitem (
    gibbonlibraryshelfitemid integer NOT NULL,
    gibbonlibraryitemid bigint NOT NULL,
    gibbonlibraryshelfid integer NOT NULL,
    PRIMARY KEY (gibbonlibraryshelfitemid)
);
CREATE TABLE gibbon.gibbonlibrarytype (
    gibbonlibrarytypeid integer NOT NULL,
    name varchar(30) NOT NULL,
    active varchar(1) NOT NULL,
    fields text NOT NULL,
    PRIMARY KEY (gibbonlibrarytypeid),
    CHECK (active IN ('Y', 'N'))
);
COMMENT ON COLUMN gibbon.gibbonlibrarytype.fields IS 'JSON object';
CREATE TABLE gibbon.gibbonmarkbookcolumn (
    gibbonmarkbookcolumnid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    gibbonhookid integer,
    gibbonunitid bigint,
    gibbonplannerentryid bigint,
    gibbonschoolyeartermid integer,
    groupingid integer,
    type varchar(50) NOT NULL,
    name varchar(40),
    description text NOT NULL,
    columncolor varchar(7),
    date date,
    sequencenumber integer NOT NULL,
    attachment varchar(255) NOT NULL,
    attainment varchar(1) NOT NULL,
    gibbonscaleidattainment integer,
    attainmentweighting numeric(5,2),
    attainmentraw varchar(1) NOT NULL,
    attainmentrawmax numeric(8,2),
    effort varchar(1) NOT NULL,
    gibbonscaleideffort integer,
    gibbonrubricidattainment integer,
    gibbonrubricideffort integer,
    comment varchar(1) NOT NULL,
    uploadedresponse varchar(1) NOT NULL,
    complete varchar(1) NOT NULL,
    completedate date,
    viewablestudents varchar(1) NOT NULL,
    viewableparents varchar(1) NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    gibbonpersonidlastedit bigint NOT NULL,
    PRIMARY KEY (gibbonmarkbookcolumnid),
    CHECK (attainment IN ('Y', 'N')),
    CHECK (attainmentraw IN ('Y', 'N')),
    CHECK (effort IN ('Y', 'N')),
    CHECK (comment IN ('Y', 'N')),
    CHECK (uploadedresponse IN ('Y', 'N')),
    CHECK (complete IN ('N', 'Y')),
    CHECK (viewablestudents IN ('N', 'Y')),
    CHECK (viewableparents IN ('N', 'Y'))
);
COMMENT ON COLUMN gibbon.gibbonmarkbookcolumn.groupingid IS 'A value used to group multiple markbook columns.';
CREATE TABLE gibbon.gibbonmarkbookentry (
    gibbonmarkbookentryid bigint NOT NULL,
    gibbonmarkbookcolumnid bigint NOT NULL,
    gibbonpersonidstudent bigint NOT NULL,
    modifiedassessment varchar(1),
    attainmentvalue varchar(10),
    attainmentvalueraw varchar(10),
    attainmentdescriptor varchar(100),
    attainmentconcern varchar(1),
    effortvalue varchar(10),
    effortdescriptor varchar(100),
    effortconcern varchar(1),
    comment text,
    response varchar(255),
    gibbonpersonidlastedit bigint NOT NULL,
    PRIMARY KEY (gibbonmarkbookentryid),
    CHECK (modifiedassessment IN ('N', 'Y')),
    CHECK (attainmentconcern IN ('N', 'Y', 'P')),
    CHECK (effortconcern IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonmarkbooktarget (
    gibbonmarkbooktargetid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    gibbonpersonidstudent bigint NOT NULL,
    gibbonscalegradeid integer,
    PRIMARY KEY (gibbonmarkbooktargetid),
    UNIQUE (gibboncourseclassid, gibbonpersonidstudent)
);
CREATE TABLE gibbon.gibbonmarkbookweight (
    gibbonmarkbookweightid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    type varchar(50) NOT NULL,
    description varchar(50) NOT NULL,
    reportable varchar(1) NOT NULL,
    calculate varchar(4) NOT NULL,
    weighting numeric(5,2) NOT NULL,
    PRIMARY KEY (gibbonmarkbookweightid),
    CHECK (reportable IN ('Y', 'N')),
    CHECK (calculate IN ('term', 'year'))
);
CREATE TABLE gibbon.gibbonmedicalcondition (
    gibbonmedicalconditionid integer NOT NULL,
    name varchar(80) NOT NULL,
    description text,
    PRIMARY KEY (gibbonmedicalconditionid),
    UNIQUE (name)
);
CREATE TABLE gibbon.gibbonoutcome (
    gibbonoutcomeid integer NOT NULL,
    name varchar(100) NOT NULL,
    nameshort varchar(14) NOT NULL,
    category varchar(50) NOT NULL,
    description text NOT NULL,
    active varchar(1) NOT NULL,
    scope varchar(13) NOT NULL,
    gibbondepartmentid integer,
    gibbonyeargroupidlist varchar(255) NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    PRIMARY KEY (gibbonoutcomeid),
    CHECK (active IN ('Y', 'N')),
    CHECK (scope IN ('School', 'Learning Area'))
);
CREATE TABLE gibbon.gibbonpayment (
    gibbonpaymentid bigint NOT NULL,
    foreigntable varchar(50) NOT NULL,
    foreigntableid bigint NOT NULL,
    gibbonpersonid bigint,
    type varchar(60) NOT NULL,
    status varchar(8) NOT NULL,
    amount numeric(13,2) NOT NULL,
    gateway varchar(30),
    onlinetransactionstatus varchar(7),
    paymenttoken varchar(50),
    paymentpayerid varchar(50),
    paymenttransactionid varchar(50),
    paymentreceiptid varchar(50),
    "timestamp" timestamp NOT NULL,
    PRIMARY KEY (gibbonpaymentid),
    CHECK (status IN ('Complete', 'Partial', 'Final', 'Failure')),
    CHECK (onlinetransactionstatus IN ('Success', 'Failure'))
);
COMMENT ON COLUMN gibbon.gibbonpayment.gibbonpersonid IS 'Person recording the transaction';
COMMENT ON COLUMN gibbon.gibbonpayment.status IS 'Complete means paid in one go, partial is part of a set of payments, and final is last in a set of payments.';
CREATE TABLE gibbon.gibbonperson (
    gibbonpersonid bigint NOT NULL,
    title varchar(5) NOT NULL,
    surname varchar(60) NOT NULL,
    firstname varchar(60) NOT NULL,
    preferredname varchar(60) NOT NULL,
    officialname varchar(150) NOT NULL,
    nameincharacters varchar(60) NOT NULL,
    gender varchar(11) NOT NULL,
    username varchar(20) NOT NULL,
    passwordstrong varchar(255) NOT NULL,
    passwordstrongsalt varchar(255) NOT NULL,
    passwordforcereset varchar(1) NOT NULL,
    status varchar(16) NOT NULL,
    canlogin varchar(1) NOT NULL,
    gibbonroleidprimary integer NOT NULL,
    gibbonroleidall varchar(255) NOT NULL,
    dob date,
    email varchar(75),
    emailalternate varchar(75),
    image_240 varchar(255),
    lastipaddress varchar(15) NOT NULL,
    lasttimestamp timestamp,
    lastfailipaddress varchar(15),
    lastfailtimestamp timestamp,
    failcount integer,
    address1 text NOT NULL,
    address1district varchar(255) NOT NULL,
    address1country varchar(255) NOT NULL,
    address2 text NOT NULL,
    address2district varchar(255) NOT NULL,
    address2country varchar(255) NOT NULL,
    phone1type varchar(6) NOT NULL,
    phone1countrycode varchar(7) NOT NULL,
    phone1 varchar(20) NOT NULL,
    phone3type varchar(6) NOT NULL,
    phone3countrycode varchar(7) NOT NULL,
    phone3 varchar(20) NOT NULL,
    phone2type varchar(6) NOT NULL,
    phone2countrycode varchar(7) NOT NULL,
    phone2 varchar(20) NOT NULL,
    phone4type varchar(6) NOT NULL,
    phone4countrycode varchar(7) NOT NULL,
    phone4 varchar(20) NOT NULL,
    website varchar(255) NOT NULL,
    languagefirst varchar(30) NOT NULL,
    languagesecond varchar(30) NOT NULL,
    languagethird varchar(30) NOT NULL,
    countryofbirth varchar(30) NOT NULL,
    birthcertificatescan varchar(255) NOT NULL,
    ethnicity varchar(255) NOT NULL,
    religion varchar(30) NOT NULL,
    profession varchar(90) NOT NULL,
    employer varchar(90) NOT NULL,
    jobtitle varchar(90) NOT NULL,
    emergency1name varchar(90) NOT NULL,
    emergency1number1 varchar(30) NOT NULL,
    emergency1number2 varchar(30) NOT NULL,
    emergency1relationship varchar(30) NOT NULL,
    emergency2name varchar(90) NOT NULL,
    emergency2number1 varchar(30) NOT NULL,
    emergency2number2 varchar(30) NOT NULL,
    emergency2relationship varchar(30) NOT NULL,
    gibbonhouseid integer,
    studentid varchar(15) NOT NULL,
    datestart date,
    dateend date,
    gibbonschoolyearidclassof integer,
    lastschool varchar(100) NOT NULL,
    nextschool varchar(100) NOT NULL,
    departurereason varchar(100) NOT NULL,
    transport varchar(255) NOT NULL,
    transportnotes text NOT NULL,
    calendarfeedpersonal text NOT NULL,
    viewcalendarschool varchar(1) NOT NULL,
    viewcalendarpersonal varchar(1) NOT NULL,
    viewcalendarspacebooking varchar(1) NOT NULL,
    gibbonapplicationformid bigint,
    lockernumber varchar(20) NOT NULL,
    vehicleregistration varchar(20) NOT NULL,
    personalbackground varchar(255) NOT NULL,
    messengerlastread timestamp,
    privacy text,
    daytype varchar(255),
    gibbonthemeidpersonal integer,
    gibboni18nidpersonal integer,
    studentagreements text,
    googleapirefreshtoken text NOT NULL,
    microsoftapirefreshtoken text NOT NULL,
    genericapirefreshtoken text NOT NULL,
    receivenotificationemails varchar(1) NOT NULL,
    mfasecret varchar(16),
    mfatoken text,
    cookieconsent varchar(1),
    preferences text,
    fields text NOT NULL,
    PRIMARY KEY (gibbonpersonid),
    UNIQUE (username),
    CHECK (gender IN ('M', 'F', 'Other', 'Unspecified')),
    CHECK (passwordforcereset IN ('N', 'Y')),
    CHECK (status IN ('Full', 'Expected', 'Left', 'Pending Approval')),
    CHECK (canlogin IN ('Y', 'N')),
    CHECK (phone1type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (phone3type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (phone2type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (phone4type IN ('', 'Mobile', 'Home', 'Work', 'Fax', 'Pager', 'Other')),
    CHECK (viewcalendarschool IN ('Y', 'N')),
    CHECK (viewcalendarpersonal IN ('Y', 'N')),
    CHECK (viewcalendarspacebooking IN ('Y', 'N')),
    CHECK (receivenotificationemails IN ('Y', 'N')),
    CHECK (cookieconsent IN ('Y', 'N'))
);
COMMENT ON COLUMN gibbon.gibbonperson.passwordforcereset IS 'Force user to reset password on next login.';
COMMENT ON COLUMN gibbon.gibbonperson.daytype IS 'Student day type, as specified in the application form.';
COMMENT ON COLUMN gibbon.gibbonperson.fields IS 'JSON object of custom field values';
CREATE TABLE gibbon.gibbonpersonaldocument (
    gibbonpersonaldocumentid bigint NOT NULL,
    gibbonpersonaldocumenttypeid integer NOT NULL,
    foreigntable varchar(60) NOT NULL,
    foreigntableid bigint NOT NULL,
    document varchar(8) NOT NULL,
    documentnumber varchar(120),
    documentname varchar(120),
    documenttype varchar(60),
    dateissue date,
    dateexpiry date,
    filepath varchar(255),
    country varchar(60),
    gibbonpersonidupdater bigint,
    "timestamp" timestamp,
    PRIMARY KEY (gibbonpersonaldocumentid),
    UNIQUE (gibbonpersonaldocumenttypeid, foreigntable, foreigntableid),
    CHECK (document IN ('Passport', 'ID Card', 'Visa', 'Document'))
);
CREATE TABLE gibbon.gibbonpersonaldocumenttype (
    gibbonpersonaldocumenttypeid integer NOT NULL,
    name varchar(60) NOT NULL,
    description varchar(255) NOT NULL,
    active varchar(1) NOT NULL,
    type varchar(10) NOT NULL,
    document varchar(8) NOT NULL,
    fields text,
    required varchar(1) NOT NULL,
    sequencenumber integer NOT NULL,
    activepersonstudent smallint NOT NULL,
    activepersonstaff smallint NOT NULL,
    activepersonparent smallint NOT NULL,
    activepersonother smallint NOT NULL,
    activeapplicationform smallint NOT NULL,
    activedataupdater smallint NOT NULL,
    PRIMARY KEY (gibbonpersonaldocumenttypeid),
    CHECK (active IN ('Y', 'N')),
    CHECK (type IN ('Core', 'Additional')),
    CHECK (document IN ('Passport', 'ID Card', 'Visa', 'Document')),
    CHECK (required IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonpersonmedical (
    gibbonpersonmedicalid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    longtermmedication varchar(1) NOT NULL,
    longtermmedicationdetails text NOT NULL,
    comment text NOT NULL,
    fields text,
    PRIMARY KEY (gibbonpersonmedicalid),
    CHECK (longtermmedication IN ('', 'Y', 'N'))
);
CREATE TABLE gibbon.gibbonpersonmedicalcondition (
    gibbonpersonmedicalconditionid bigint NOT NULL,
    gibbonpersonmedicalid bigint NOT NULL,
    name varchar(100) NOT NULL,
    gibbonalertlevelid integer,
    triggers varchar(255) NOT NULL,
    reaction varchar(255) NOT NULL,
    response varchar(255) NOT NULL,
    medication varchar(255) NOT NULL,
    lastepisode date,
    lastepisodetreatment varchar(255) NOT NULL,
    comment text NOT NULL,
    attachment varchar(255),
    PRIMARY KEY (gibbonpersonmedicalconditionid)
);
CREATE TABLE gibbon.gibbonpersonstatuslog (
    gibbonpersonstatuslogid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    statusold varchar(16) NOT NULL,
    statusnew varchar(16) NOT NULL,
    reason text NOT NULL,
    "timestamp" timestamp NOT NULL,
    gibbonpersonidmodified bigint,
    PRIMARY KEY (gibbonpersonstatuslogid),
    CHECK (statusold IN ('Full', 'Expected', 'Left', 'Pending Approval')),
    CHECK (statusnew IN ('Full', 'Expected', 'Left', 'Pending Approval'))
);
CREATE TABLE gibbon.gibbonplannerentry (
    gibbonplannerentryid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    gibbonunitid bigint,
    date date,
    timestart time,
    timeend time,
    name varchar(50) NOT NULL,
    summary varchar(255) NOT NULL,
    description text NOT NULL,
    teachersnotes text NOT NULL,
    homework varchar(1) NOT NULL,
    homeworkduedatetime timestamp,
    homeworkdetails text NOT NULL,
    homeworktimecap integer,
    homeworklocation varchar(12),
    homeworksubmission varchar(1) NOT NULL,
    homeworksubmissiondateopen date,
    homeworksubmissiondrafts varchar(1),
    homeworksubmissiontype varchar(9) NOT NULL,
    homeworksubmissionrequired varchar(8),
    homeworkcrowdassess varchar(1) NOT NULL,
    homeworkcrowdassessotherteachersread varchar(1) NOT NULL,
    homeworkcrowdassessotherparentsread varchar(1) NOT NULL,
    homeworkcrowdassessclassmatesparentsread varchar(1) NOT NULL,
    homeworkcrowdassesssubmitterparentsread varchar(1) NOT NULL,
    homeworkcrowdassessotherstudentsread varchar(1) NOT NULL,
    homeworkcrowdassessclassmatesread varchar(1) NOT NULL,
    viewablestudents varchar(1) NOT NULL,
    viewableparents varchar(1) NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    gibbonpersonidlastedit bigint NOT NULL,
    fields text,
    PRIMARY KEY (gibbonplannerentryid),
    CHECK (homework IN ('N', 'Y')),
    CHECK (homeworklocation IN ('Out of Class', 'In Class')),
    CHECK (homeworksubmission IN ('N', 'Y')),
    CHECK (homeworksubmissiontype IN ('', 'Link', 'File', 'Link/File')),
    CHECK (homeworksubmissionrequired IN ('Optional', 'Required')),
    CHECK (homeworkcrowdassess IN ('N', 'Y')),
    CHECK (homeworkcrowdassessotherteachersread IN ('N', 'Y')),
    CHECK (homeworkcrowdassessotherparentsread IN ('N', 'Y')),
    CHECK (homeworkcrowdassessclassmatesparentsread IN ('N', 'Y')),
    CHECK (homeworkcrowdassesssubmitterparentsread IN ('N', 'Y')),
    CHECK (homeworkcrowdassessotherstudentsread IN ('N', 'Y')),
    CHECK (homeworkcrowdassessclassmatesread IN ('N', 'Y')),
    CHECK (viewablestudents IN ('Y', 'N')),
    CHECK (viewableparents IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonplannerentrydiscuss (
    gibbonplannerentrydiscussid bigint NOT NULL,
    gibbonplannerentryid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    "timestamp" timestamp NOT NULL,
    comment text NOT NULL,
    gibbonplannerentrydiscussidreplyto bigint,
    PRIMARY KEY (gibbonplannerentrydiscussid)
);
CREATE TABLE gibbon.gibbonplannerentryguest (
    gibbonplannerentryguestid bigint NOT NULL,
    gibbonplannerentryid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    role varchar(16) NOT NULL,
    PRIMARY KEY (gibbonplannerentryguestid),
    CHECK (role IN ('Guest Student', 'Guest Teacher', 'Guest Assistant', 'Guest Technician', 'Guest Parent', 'Other Guest'))
);
CREATE TABLE gibbon.gibbonplannerentryhomework (
    gibbonplannerentryhomeworkid bigint NOT NULL,
    gibbonplannerentryid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    type varchar(4) NOT NULL,
    version varchar(5) NOT NULL,
    status varchar(9) NOT NULL,
    location varchar(255),
    count integer NOT NULL,
    "timestamp" timestamp NOT NULL,
    PRIMARY KEY (gibbonplannerentryhomeworkid),
    CHECK (type IN ('Link', 'File')),
    CHECK (version IN ('Draft', 'Final')),
    CHECK (status IN ('On Time', 'Late', 'Exemption'))
);
CREATE TABLE gibbon.gibbonplannerentryoutcome (
    gibbonplannerentryoutcomeid bigint NOT NULL,
    gibbonplannerentryid bigint NOT NULL,
    gibbonoutcomeid integer NOT NULL,
    sequencenumber integer NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (gibbonplannerentryoutcomeid)
);
CREATE TABLE gibbon.gibbonplannerentrystudenthomework (
    gibbonplannerentrystudenthomeworkid bigint NOT NULL,
    gibbonplannerentryid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    homeworkduedatetime timestamp NOT NULL,
    homeworkdetails text NOT NULL,
    homeworkcomplete varchar(1) NOT NULL,
    PRIMARY KEY (gibbonplannerentrystudenthomeworkid),
    CHECK (homeworkcomplete IN ('Y', 'N'))
);
COMMENT ON TABLE gibbon.gibbonplannerentrystudenthomework IS 'Allows students to add homework deadlines themselves';
CREATE TABLE gibbon.gibbonplannerentrystudenttracker (
    gibbonplannerentrystudenttrackerid bigint NOT NULL,
    gibbonplannerentryid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    homeworkcomplete varchar(1) NOT NULL,
    PRIMARY KEY (gibbonplannerentrystudenttrackerid),
    CHECK (homeworkcomplete IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonreportingaccess (
    gibbonreportingaccessid bigint NOT NULL,
    gibbonreportingcycleid bigint,
    gibbonreportingscopeidlist varchar(255),
    gibbonroleidlist varchar(255),
    gibbonpersonidlist varchar(255),
    accesstype varchar(6) NOT NULL,
    datestart date,
    dateend date,
    canwrite varchar(1) NOT NULL,
    canproofread varchar(1) NOT NULL,
    PRIMARY KEY (gibbonreportingaccessid),
    CHECK (accesstype IN ('Role', 'Person')),
    CHECK (canwrite IN ('Y', 'N')),
    CHECK (canproofread IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonreportingcriteria (
    gibbonreportingcriteriaid bigint NOT NULL,
    gibbonreportingcycleid bigint,
    gibbonreportingscopeid bigint,
    gibbonreportingcriteriatypeid bigint,
    gibbonyeargroupid integer,
    gibbonformgroupid integer,
    gibboncourseid integer,
    target varchar(11) NOT NULL,
    name varchar(255),
    description text,
    category varchar(255),
    gibbonscaleid integer,
    sequencenumber integer,
    groupid varchar(255),
    PRIMARY KEY (gibbonreportingcriteriaid),
    CHECK (target IN ('Per Student', 'Per Group'))
);
CREATE TABLE gibbon.gibbonreportingcriteriatype (
    gibbonreportingcriteriatypeid bigint NOT NULL,
    name varchar(90),
    valuetype varchar(30),
    defaultvalue varchar(255),
    active varchar(1) NOT NULL,
    characterlimit integer,
    gibbonscaleid integer,
    options text,
    PRIMARY KEY (gibbonreportingcriteriatypeid),
    UNIQUE (name),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonreportingcycle (
    gibbonreportingcycleid bigint NOT NULL,
    gibbonschoolyearid integer,
    gibbonyeargroupidlist varchar(255),
    name varchar(90),
    nameshort varchar(20),
    sequencenumber integer,
    cyclenumber integer,
    cycletotal integer,
    datestart date,
    dateend date,
    milestones text,
    notes text,
    PRIMARY KEY (gibbonreportingcycleid)
);
CREATE TABLE gibbon.gibbonreportingprogress (
    gibbonreportingprogressid bigint NOT NULL,
    gibbonreportingscopeid bigint,
    gibbonyeargroupid integer,
    gibbonformgroupid integer,
    gibboncourseclassid integer NOT NULL,
    gibbonpersonidstudent bigint NOT NULL,
    status varchar(11) NOT NULL,
    PRIMARY KEY (gibbonreportingprogressid),
    UNIQUE (gibbonreportingscopeid, gibboncourseclassid, gibbonpersonidstudent),
    CHECK (status IN ('In Progress', 'Complete'))
);
CREATE TABLE gibbon.gibbonreportingproof (
    gibbonreportingproofid bigint NOT NULL,
    gibbonreportingvalueid bigint,
    status varchar(8) NOT NULL,
    reason varchar(255),
    comment text,
    gibbonpersonidproofed bigint,
    timestampproofed timestamp,
    gibbonpersonidactioned bigint,
    timestampactioned timestamp,
    PRIMARY KEY (gibbonreportingproofid),
    UNIQUE (gibbonreportingvalueid),
    CHECK (status IN ('Done', 'Edited', 'Accepted', 'Declined'))
);
CREATE TABLE gibbon.gibbonreportingscope (
    gibbonreportingscopeid bigint NOT NULL,
    gibbonreportingcycleid bigint,
    scopetype varchar(10) NOT NULL,
    name varchar(90),
    sequencenumber integer,
    PRIMARY KEY (gibbonreportingscopeid),
    CHECK (scopetype IN ('Year Group', 'Form Group', 'Course'))
);
CREATE TABLE gibbon.gibbonreportingvalue (
    gibbonreportingvalueid bigint NOT NULL,
    gibbonreportingcycleid bigint,
    gibbonreportingcriteriaid bigint,
    gibbonschoolyearid integer,
    gibboncourseclassid integer NOT NULL,
    gibbonpersonidstudent bigint NOT NULL,
    gibbonscalegradeid integer,
    value varchar(255),
    comment text,
    gibbonpersonidcreated bigint,
    timestampcreated timestamp,
    gibbonpersonidmodified bigint,
    timestampmodified timestamp NOT NULL,
    PRIMARY KEY (gibbonreportingvalueid)
);
CREATE TABLE gibbon.gibbonresource (
    gibbonresourceid bigint NOT NULL,
    name varchar(60) NOT NULL,
    description text NOT NULL,
    gibbonyeargroupidlist varchar(255) NOT NULL,
    type varchar(4) NOT NULL,
    category varchar(255) NOT NULL,
    purpose varchar(255) NOT NULL,
    tags text NOT NULL,
    content text NOT NULL,
    gibbonpersonid bigint NOT NULL,
    "timestamp" timestamp,
    PRIMARY KEY (gibbonresourceid),
    CHECK (type IN ('File', 'HTML', 'Link'))
);
CREATE TABLE gibbon.gibbonresourcetag (
    gibbonresourcetagid bigint NOT NULL,
    tag varchar(100) NOT NULL,
    count integer NOT NULL,
    PRIMARY KEY (gibbonresourcetagid),
    UNIQUE (tag)
);
CREATE TABLE gibbon.gibbonrole (
    gibbonroleid integer NOT NULL,
    category varchar(7) NOT NULL,
    name varchar(20) NOT NULL,
    nameshort varchar(4) NOT NULL,
    description varchar(60) NOT NULL,
    type varchar(10) NOT NULL,
    canloginrole varchar(1) NOT NULL,
    futureyearslogin varchar(1) NOT NULL,
    pastyearslogin varchar(1) NOT NULL,
    restriction varchar(10) NOT NULL,
    PRIMARY KEY (gibbonroleid),
    UNIQUE (name),
    UNIQUE (nameshort),
    CHECK (category IN ('Staff', 'Student', 'Parent', 'Other')),
    CHECK (type IN ('Core', 'Additional')),
    CHECK (canloginrole IN ('Y', 'N')),
    CHECK (futureyearslogin IN ('Y', 'N')),
    CHECK (pastyearslogin IN ('Y', 'N')),
    CHECK (restriction IN ('None', 'Same Role', 'Admin Only'))
);
CREATE TABLE gibbon.gibbonrubric (
    gibbonrubricid integer NOT NULL,
    name varchar(50) NOT NULL,
    category varchar(50) NOT NULL,
    description text NOT NULL,
    active varchar(1) NOT NULL,
    scope varchar(13) NOT NULL,
    gibbondepartmentid integer,
    gibbonyeargroupidlist varchar(255) NOT NULL,
    gibbonscaleid integer,
    gibbonpersonidcreator bigint NOT NULL,
    PRIMARY KEY (gibbonrubricid),
    CHECK (active IN ('Y', 'N')),
    CHECK (scope IN ('School', 'Learning Area'))
);
CREATE TABLE gibbon.gibbonrubriccell (
    gibbonrubriccellid bigint NOT NULL,
    gibbonrubricid integer NOT NULL,
    gibbonrubriccolumnid integer NOT NULL,
    gibbonrubricrowid integer NOT NULL,
    contents text NOT NULL,
    PRIMARY KEY (gibbonrubriccellid)
);
CREATE TABLE gibbon.gibbonrubriccolumn (
    gibbonrubriccolumnid integer NOT NULL,
    gibbonrubricid integer NOT NULL,
    title varchar(20) NOT NULL,
    backgroundcolor varchar(7),
    sequencenumber integer NOT NULL,
    gibbonscalegradeid integer,
    visualise varchar(1) NOT NULL,
    PRIMARY KEY (gibbonrubriccolumnid),
    CHECK (visualise IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonrubricentry (
    gibbonrubricentry bigint NOT NULL,
    gibbonrubricid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    gibbonrubriccellid bigint NOT NULL,
    contextdbtable varchar(255) NOT NULL,
    contextdbtableid bigint NOT NULL,
    PRIMARY KEY (gibbonrubricentry)
);
COMMENT ON COLUMN gibbon.gibbonrubricentry.contextdbtable IS 'Which database table is this entry related to?';
CREATE TABLE gibbon.gibbonrubricrow (
    gibbonrubricrowid integer NOT NULL,
    gibbonrubricid integer NOT NULL,
    title varchar(40) NOT NULL,
    backgroundcolor varchar(7),
    sequencenumber integer NOT NULL,
    gibbonoutcomeid integer,
    PRIMARY KEY (gibbonrubricrowid)
);
CREATE TABLE gibbon.gibbonscale (
    gibbonscaleid integer NOT NULL,
    name varchar(40) NOT NULL,
    nameshort varchar(5) NOT NULL,
    usage varchar(50) NOT NULL,
    lowestacceptable varchar(5),
    active varchar(1) NOT NULL,
    "numeric" varchar(1) NOT NULL,
    PRIMARY KEY (gibbonscaleid),
    CHECK (active IN ('Y', 'N')),
    CHECK ("numeric" IN ('N', 'Y'))
);
COMMENT ON COLUMN gibbon.gibbonscale.lowestacceptable IS 'This is the sequence number of the lowest grade a student can get without being unsatisfactory';
CREATE TABLE gibbon.gibbonscalegrade (
    gibbonscalegradeid integer NOT NULL,
    gibbonscaleid integer NOT NULL,
    value varchar(10) NOT NULL,
    descriptor varchar(50) NOT NULL,
    sequencenumber integer NOT NULL,
    isdefault varchar(1) NOT NULL,
    PRIMARY KEY (gibbonscalegradeid),
    CHECK (isdefault IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonschoolyear (
    gibbonschoolyearid integer NOT NULL,
    name varchar(9) NOT NULL,
    status varchar(8) NOT NULL,
    sequencenumber integer NOT NULL,
    firstday date,
    lastday date,
    PRIMARY KEY (gibbonschoolyearid),
    UNIQUE (name),
    UNIQUE (sequencenumber),
    CHECK (status IN ('Past', 'Current', 'Upcoming'))
);
CREATE TABLE gibbon.gibbonschoolyearspecialday (
    gibbonschoolyearspecialdayid bigint NOT NULL,
    gibbonschoolyeartermid integer NOT NULL,
    type varchar(14),
    name varchar(20) NOT NULL,
    description varchar(255) NOT NULL,
    date date NOT NULL,
    schoolopen time,
    schoolstart time,
    schoolend time,
    schoolclose time,
    context varchar(10),
    gibbonyeargroupidlist varchar(255),
    gibbonformgroupidlist varchar(255),
    cancelactivities varchar(1),
    PRIMARY KEY (gibbonschoolyearspecialdayid),
    UNIQUE (date),
    CHECK (type IN ('School Closure', 'Timing Change', 'Off Timetable')),
    CHECK (context IN ('Year Group', 'Form Group')),
    CHECK (cancelactivities IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonschoolyearterm (
    gibbonschoolyeartermid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    sequencenumber integer NOT NULL,
    name varchar(20) NOT NULL,
    nameshort varchar(4) NOT NULL,
    firstday date NOT NULL,
    lastday date NOT NULL,
    PRIMARY KEY (gibbonschoolyeartermid),
    UNIQUE (sequencenumber, gibbonschoolyearid)
);
CREATE TABLE gibbon.gibbonspace (
    gibbonspaceid bigint NOT NULL,
    name varchar(30) NOT NULL,
    type varchar(50) NOT NULL,
    active varchar(1) NOT NULL,
    bookable varchar(1) NOT NULL,
    capacity integer NOT NULL,
    computer varchar(1) NOT NULL,
    computerstudent integer NOT NULL,
    projector varchar(1) NOT NULL,
    tv varchar(1) NOT NULL,
    dvd varchar(1) NOT NULL,
    hifi varchar(1) NOT NULL,
    speakers varchar(1) NOT NULL,
    iwb varchar(1) NOT NULL,
    phoneinternal varchar(5) NOT NULL,
    phoneexternal varchar(20) NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (gibbonspaceid),
    UNIQUE (name),
    CHECK (active IN ('N', 'Y')),
    CHECK (bookable IN ('Y', 'N')),
    CHECK (computer IN ('N', 'Y')),
    CHECK (projector IN ('N', 'Y')),
    CHECK (tv IN ('N', 'Y')),
    CHECK (dvd IN ('N', 'Y')),
    CHECK (hifi IN ('N', 'Y')),
    CHECK (speakers IN ('N', 'Y')),
    CHECK (iwb IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonspaceperson (
    gibbonspacepersonid bigint NOT NULL,
    gibbonspaceid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    usagetype varchar(8),
    PRIMARY KEY (gibbonspacepersonid),
    CHECK (usagetype IN ('', 'Teaching', 'Office', 'Other'))
);
CREATE TABLE gibbon.gibbonstaff (
    gibbonstaffid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    type varchar(20) NOT NULL,
    initials varchar(4),
    jobtitle varchar(100) NOT NULL,
    firstaidqualified varchar(1) NOT NULL,
    firstaidqualification varchar(100),
    firstaidexpiry date,
    countryoforigin varchar(80) NOT NULL,
    qualifications varchar(255) NOT NULL,
    biography text NOT NULL,
    biographicalgrouping varchar(100) NOT NULL,
    biographicalgroupingpriority integer NOT NULL,
    coverageexclude varchar(1) NOT NULL,
    coveragepriority integer,
    fields text,
    PRIMARY KEY (gibbonstaffid),
    UNIQUE (gibbonpersonid),
    UNIQUE (initials),
    CHECK (firstaidqualified IN ('', 'N', 'Y')),
    CHECK (coverageexclude IN ('N', 'Y'))
);
COMMENT ON COLUMN gibbon.gibbonstaff.biographicalgrouping IS 'Used for group staff when creating a staff directory.';
CREATE TABLE gibbon.gibbonstaffabsence (
    gibbonstaffabsenceid bigint NOT NULL,
    gibbonstaffabsencetypeid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    reason varchar(60),
    comment text,
    commentconfidential text,
    status varchar(16),
    coveragerequired varchar(1),
    gibbonpersonidapproval bigint,
    timestampapproval timestamp,
    notesapproval text,
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp NOT NULL,
    notificationsent varchar(1),
    notificationlist text,
    gibbongroupid integer,
    googlecalendareventid text,
    PRIMARY KEY (gibbonstaffabsenceid),
    CHECK (status IN ('Pending Approval', 'Approved', 'Declined', 'Cancelled')),
    CHECK (coveragerequired IN ('N', 'Y')),
    CHECK (notificationsent IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonstaffabsencedate (
    gibbonstaffabsencedateid bigint NOT NULL,
    gibbonstaffabsenceid bigint,
    date date,
    allday varchar(1),
    timestart time,
    timeend time,
    value numeric(3,2) NOT NULL,
    PRIMARY KEY (gibbonstaffabsencedateid),
    CHECK (allday IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonstaffabsencetype (
    gibbonstaffabsencetypeid integer NOT NULL,
    name varchar(60),
    nameshort varchar(10),
    active varchar(1),
    requiresapproval varchar(1),
    reasons text,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonstaffabsencetypeid),
    CHECK (active IN ('N', 'Y')),
    CHECK (requiresapproval IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonstaffcontract (
    gibbonstaffcontractid bigint NOT NULL,
    gibbonstaffid bigint NOT NULL,
    title varchar(100) NOT NULL,
    status varchar(7) NOT NULL,
    datestart date NOT NULL,
    dateend date,
    salaryscale varchar(255),
    salaryamount numeric(12,2),
    salaryperiod varchar(8),
    responsibility varchar(255),
    responsibilityamount numeric(12,2),
    responsibilityperiod varchar(8),
    housingamount numeric(12,2),
    housingperiod varchar(8),
    travelamount numeric(12,2),
    travelperiod varchar(8),
    retirementamount numeric(12,2),
    retirementperiod varchar(8),
    bonusamount numeric(12,2),
    bonusperiod varchar(8),
    education text NOT NULL,
    notes text NOT NULL,
    contractupload varchar(255),
    gibbonpersonidcreator bigint NOT NULL,
    timestampcreator timestamp NOT NULL,
    PRIMARY KEY (gibbonstaffcontractid),
    CHECK (status IN ('', 'Pending', 'Active', 'Expired')),
    CHECK (salaryperiod IN ('', 'Week', 'Month', 'Year', 'Contract')),
    CHECK (responsibilityperiod IN ('', 'Week', 'Month', 'Year', 'Contract')),
    CHECK (housingperiod IN ('', 'Week', 'Month', 'Year', 'Contract')),
    CHECK (travelperiod IN ('', 'Week', 'Month', 'Year', 'Contract')),
    CHECK (retirementperiod IN ('', 'Week', 'Month', 'Year', 'Contract')),
    CHECK (bonusperiod IN ('', 'Week', 'Month', 'Year', 'Contract'))
);
CREATE TABLE gibbon.gibbonstaffcoverage (
    gibbonstaffcoverageid bigint NOT NULL,
    gibbonstaffabsenceid bigint,
    gibbonschoolyearid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    status varchar(12),
    requesttype varchar(10),
    substitutetypes varchar(255),
    gibbonpersonidstatus bigint NOT NULL,
    timestampstatus timestamp NOT NULL,
    notesstatus text,
    gibbonpersonidcoverage bigint,
    timestampcoverage timestamp,
    notescoverage text,
    attachmenttype varchar(4),
    attachmentcontent text,
    notificationsent varchar(1),
    notificationlist text,
    PRIMARY KEY (gibbonstaffcoverageid),
    CHECK (status IN ('Requested', 'Accepted', 'Declined', 'Cancelled', 'Pending', 'Not Required')),
    CHECK (requesttype IN ('Individual', 'Broadcast', 'Assigned')),
    CHECK (attachmenttype IN ('File', 'HTML', 'Link')),
    CHECK (notificationsent IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonstaffcoveragedate (
    gibbonstaffcoveragedateid bigint NOT NULL,
    gibbonstaffcoverageid bigint,
    gibbonstaffabsencedateid bigint,
    foreigntable varchar(60),
    foreigntableid bigint,
    date date,
    allday varchar(1),
    timestart time,
    timeend time,
    value numeric(3,2) NOT NULL,
    gibbonpersonidunavailable bigint,
    reason varchar(255),
    PRIMARY KEY (gibbonstaffcoveragedateid),
    CHECK (allday IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonstaffduty (
    gibbonstaffdutyid integer NOT NULL,
    gibbondaysofweekidlist varchar(30),
    name varchar(90) NOT NULL,
    nameshort varchar(20) NOT NULL,
    timestart time NOT NULL,
    timeend time NOT NULL,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonstaffdutyid)
);
CREATE TABLE gibbon.gibbonstaffdutyperson (
    gibbonstaffdutypersonid bigint NOT NULL,
    gibbonstaffdutyid bigint NOT NULL,
    gibbondaysofweekid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    PRIMARY KEY (gibbonstaffdutypersonid),
    UNIQUE (gibbonstaffdutyid, gibbondaysofweekid, gibbonpersonid)
);
CREATE TABLE gibbon.gibbonstudentenrolment (
    gibbonstudentenrolmentid integer NOT NULL,
    gibbonpersonid bigint NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    gibbonyeargroupid integer NOT NULL,
    gibbonformgroupid integer NOT NULL,
    rollorder integer,
    fields text,
    PRIMARY KEY (gibbonstudentenrolmentid)
);
CREATE TABLE gibbon.gibbonstudentnote (
    gibbonstudentnoteid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    gibbonstudentnotecategoryid integer,
    title varchar(50) NOT NULL,
    note text NOT NULL,
    gibbonpersonidcreator bigint NOT NULL,
    "timestamp" timestamp,
    PRIMARY KEY (gibbonstudentnoteid)
);
CREATE TABLE gibbon.gibbonstudentnotecategory (
    gibbonstudentnotecategoryid integer NOT NULL,
    name varchar(30) NOT NULL,
    template text NOT NULL,
    active varchar(1) NOT NULL,
    PRIMARY KEY (gibbonstudentnotecategoryid),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonsubstitute (
    gibbonsubstituteid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    active varchar(1),
    type varchar(60),
    details varchar(255),
    priority integer NOT NULL,
    PRIMARY KEY (gibbonsubstituteid),
    UNIQUE (gibbonpersonid),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbontt (
    gibbonttid integer NOT NULL,
    gibbonschoolyearid integer NOT NULL,
    name varchar(30) NOT NULL,
    nameshort varchar(12) NOT NULL,
    nameshortdisplay varchar(24) NOT NULL,
    gibbonyeargroupidlist varchar(255) NOT NULL,
    active varchar(1) NOT NULL,
    PRIMARY KEY (gibbonttid),
    CHECK (nameshortdisplay IN ('Day Of The Week', 'Timetable Day Short Name', '')),
    CHECK (active IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonttcolumn (
    gibbonttcolumnid integer NOT NULL,
    name varchar(30) NOT NULL,
    nameshort varchar(12) NOT NULL,
    PRIMARY KEY (gibbonttcolumnid)
);
CREATE TABLE gibbon.gibbonttcolumnrow (
    gibbonttcolumnrowid integer NOT NULL,
    gibbonttcolumnid integer NOT NULL,
    name varchar(12) NOT NULL,
    nameshort varchar(4) NOT NULL,
    timestart time NOT NULL,
    timeend time NOT NULL,
    type varchar(8) NOT NULL,
    PRIMARY KEY (gibbonttcolumnrowid),
    CHECK (type IN ('Lesson', 'Pastoral', 'Sport', 'Break', 'Service', 'Other'))
);
CREATE TABLE gibbon.gibbonttday (
    gibbonttdayid bigint NOT NULL,
    gibbonttid integer NOT NULL,
    gibbonttcolumnid integer NOT NULL,
    name varchar(12) NOT NULL,
    nameshort varchar(4) NOT NULL,
    color varchar(7) NOT NULL,
    fontcolor varchar(7) NOT NULL,
    PRIMARY KEY (gibbonttdayid)
);
COMMENT ON COLUMN gibbon.gibbonttday.color IS 'RGB Hex, leading #';
COMMENT ON COLUMN gibbon.gibbonttday.fontcolor IS 'RGB Hex, leading #';
CREATE TABLE gibbon.gibbonttdaydate (
    gibbonttdaydateid bigint NOT NULL,
    gibbonttdayid bigint NOT NULL,
    date date NOT NULL,
    PRIMARY KEY (gibbonttdaydateid)
);
CREATE TABLE gibbon.gibbonttdayrowclass (
    gibbonttdayrowclassid bigint NOT NULL,
    gibbonttcolumnrowid integer NOT NULL,
    gibbonttdayid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    gibbonspaceid bigint,
    PRIMARY KEY (gibbonttdayrowclassid)
);
CREATE TABLE gibbon.gibbonttdayrowclassexception (
    gibbonttdayrowclassexceptionid bigint NOT NULL,
    gibbonttdayrowclassid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    PRIMARY KEY (gibbonttdayrowclassexceptionid)
);
CREATE TABLE gibbon.gibbonttspacebooking (
    gibbonttspacebookingid bigint NOT NULL,
    foreignkey varchar(19) NOT NULL,
    foreignkeyid bigint NOT NULL,
    gibbonpersonid bigint NOT NULL,
    date date NOT NULL,
    timestart time NOT NULL,
    timeend time NOT NULL,
    reason varchar(255) NOT NULL,
    PRIMARY KEY (gibbonttspacebookingid),
    CHECK (foreignkey IN ('gibbonSpaceID', 'gibbonLibraryItemID'))
);
CREATE TABLE gibbon.gibbonttspacechange (
    gibbonttspacechangeid bigint NOT NULL,
    gibbonttdayrowclassid bigint NOT NULL,
    gibbonspaceid bigint,
    date date NOT NULL,
    gibbonpersonid bigint NOT NULL,
    PRIMARY KEY (gibbonttspacechangeid)
);
CREATE TABLE gibbon.gibbonunit (
    gibbonunitid bigint NOT NULL,
    gibboncourseid integer NOT NULL,
    name varchar(40) NOT NULL,
    active varchar(1) NOT NULL,
    description text NOT NULL,
    tags text NOT NULL,
    map varchar(1) NOT NULL,
    ordering integer NOT NULL,
    attachment varchar(255) NOT NULL,
    details text NOT NULL,
    license varchar(50),
    sharedpublic varchar(1),
    gibbonpersonidcreator bigint NOT NULL,
    gibbonpersonidlastedit bigint NOT NULL,
    PRIMARY KEY (gibbonunitid),
    CHECK (active IN ('Y', 'N')),
    CHECK (map IN ('Y', 'N')),
    CHECK (sharedpublic IN ('Y', 'N'))
);
COMMENT ON COLUMN gibbon.gibbonunit.map IS 'Should this unit be included in curriculum maps and other summaries?';
CREATE TABLE gibbon.gibbonunitblock (
    gibbonunitblockid bigint NOT NULL,
    gibbonunitid bigint NOT NULL,
    title varchar(100) NOT NULL,
    type varchar(50) NOT NULL,
    length varchar(3) NOT NULL,
    contents text NOT NULL,
    teachersnotes text NOT NULL,
    sequencenumber integer NOT NULL,
    PRIMARY KEY (gibbonunitblockid)
);
CREATE TABLE gibbon.gibbonunitclass (
    gibbonunitclassid bigint NOT NULL,
    gibbonunitid bigint NOT NULL,
    gibboncourseclassid integer NOT NULL,
    running varchar(1) NOT NULL,
    PRIMARY KEY (gibbonunitclassid),
    CHECK (running IN ('N', 'Y'))
);
CREATE TABLE gibbon.gibbonunitclassblock (
    gibbonunitclassblockid bigint NOT NULL,
    gibbonunitclassid bigint NOT NULL,
    gibbonplannerentryid bigint NOT NULL,
    gibbonunitblockid bigint NOT NULL,
    title varchar(100) NOT NULL,
    type varchar(50) NOT NULL,
    length varchar(3) NOT NULL,
    contents text NOT NULL,
    teachersnotes text NOT NULL,
    sequencenumber integer NOT NULL,
    complete varchar(1) NOT NULL,
    PRIMARY KEY (gibbonunitclassblockid),
    CHECK (complete IN ('Y', 'N'))
);
CREATE TABLE gibbon.gibbonunitoutcome (
    gibbonunitoutcomeid bigint NOT NULL,
    gibbonunitid bigint NOT NULL,
    gibbonoutcomeid integer NOT NULL,
    sequencenumber integer NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (gibbonunitoutcomeid)
);
CREATE TABLE gibbon.gibbonyeargroup (
    gibbonyeargroupid integer NOT NULL,
    name varchar(15) NOT NULL,
    nameshort varchar(4) NOT NULL,
    sequencenumber integer NOT NULL,
    gibbonpersonidhoy bigint,
    PRIMARY KEY (gibbonyeargroupid),
    UNIQUE (name, nameshort, sequencenumber)
);
