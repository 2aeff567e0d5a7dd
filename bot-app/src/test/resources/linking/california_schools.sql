-- BIRD's "california_schools" database (California Department of Education data: the school directory, the
-- 2014-15 free and reduced-price meal (FRPM) eligibility file and the 2014 SAT score report per school), a dev-set
-- database of the BIRD text-to-SQL benchmark (bird-bench.github.io; BIRD is released under CC BY-SA 4.0). Read from
-- the benchmark's own schema file dev_tables.json as copied into github.com/gianlucafarinaccio/schema-alignment-bird
-- (dataset/dev_tables.json, commit f343be7; that repository states no licence), its tables, columns, SQLite types,
-- primary keys and foreign keys turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and
-- checked there; schema california_schools. The source's names kept exactly (quoted where they have capitals, spaces
-- or signs, e.g. "Percent (%) Eligible FRPM (K-12)", "AvgScrMath"). Column comments are the plain-language column
-- names dev_tables.json gives where they say more than the name; the fuller description CSVs were not readable here.
-- No rows, no indexes.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS california_schools;
CREATE TABLE california_schools.frpm (
    "CDSCode" text NOT NULL,
    "Academic Year" text,
    "County Code" text,
    "District Code" integer,
    "School Code" text,
    "County Name" text,
    "District Name" text,
    "School Name" text,
    "District Type" text,
    "School Type" text,
    "Educational Option Type" text,
    "NSLP Provision Status" text,
    "Charter School (Y/N)" integer,
    "Charter School Number" text,
    "Charter Funding Type" text,
    "IRC" integer,
    "Low Grade" text,
    "High Grade" text,
    "Enrollment (K-12)" real,
    "Free Meal Count (K-12)" real,
    "Percent (%) Eligible Free (K-12)" real,
    "FRPM Count (K-12)" real,
    "Percent (%) Eligible FRPM (K-12)" real,
    "Enrollment (Ages 5-17)" real,
    "Free Meal Count (Ages 5-17)" real,
    "Percent (%) Eligible Free (Ages 5-17)" real,
    "FRPM Count (Ages 5-17)" real,
    "Percent (%) Eligible FRPM (Ages 5-17)" real,
    "2013-14 CALPADS Fall 1 Certification Status" integer,
    PRIMARY KEY ("CDSCode")
);
CREATE TABLE california_schools.satscores (
    cds text NOT NULL,
    rtype text,
    sname text,
    dname text,
    cname text,
    enroll12 integer,
    "NumTstTakr" integer,
    "AvgScrRead" integer,
    "AvgScrMath" integer,
    "AvgScrWrite" integer,
    "NumGE1500" integer,
    PRIMARY KEY (cds)
);
CREATE TABLE california_schools.schools (
    "CDSCode" text NOT NULL,
    "NCESDist" text,
    "NCESSchool" text,
    "StatusType" text,
    "County" text,
    "District" text,
    "School" text,
    "Street" text,
    "StreetAbr" text,
    "City" text,
    "Zip" text,
    "State" text,
    "MailStreet" text,
    "MailStrAbr" text,
    "MailCity" text,
    "MailZip" text,
    "MailState" text,
    "Phone" text,
    "Ext" text,
    "Website" text,
    "OpenDate" date,
    "ClosedDate" date,
    "Charter" integer,
    "CharterNum" text,
    "FundingType" text,
    "DOC" text,
    "DOCType" text,
    "SOC" text,
    "SOCType" text,
    "EdOpsCode" text,
    "EdOpsName" text,
    "EILCode" text,
    "EILName" text,
    "GSoffered" text,
    "GSserved" text,
    "Virtual" text,
    "Magnet" integer,
    "Latitude" real,
    "Longitude" real,
    "AdmFName1" text,
    "AdmLName1" text,
    "AdmEmail1" text,
    "AdmFName2" text,
    "AdmLName2" text,
    "AdmEmail2" text,
    "AdmFName3" text,
    "AdmLName3" text,
    "AdmEmail3" text,
    "LastUpdate" date,
    PRIMARY KEY ("CDSCode")
);
ALTER TABLE california_schools.frpm ADD FOREIGN KEY ("CDSCode") REFERENCES california_schools.schools ("CDSCode");
ALTER TABLE california_schools.satscores ADD FOREIGN KEY (cds) REFERENCES california_schools.schools ("CDSCode");
COMMENT ON COLUMN california_schools.satscores.sname IS 'school name';
COMMENT ON COLUMN california_schools.satscores.dname IS 'district name';
COMMENT ON COLUMN california_schools.satscores.cname IS 'county name';
COMMENT ON COLUMN california_schools.satscores.enroll12 IS 'enrollment (1st-12nd grade)';
COMMENT ON COLUMN california_schools.satscores."NumTstTakr" IS 'Number of Test Takers';
COMMENT ON COLUMN california_schools.satscores."AvgScrRead" IS 'average scores in Reading';
COMMENT ON COLUMN california_schools.satscores."AvgScrMath" IS 'average scores in Math';
COMMENT ON COLUMN california_schools.satscores."AvgScrWrite" IS 'average scores in writing';
COMMENT ON COLUMN california_schools.satscores."NumGE1500" IS 'Number of Test Takers Whose Total SAT Scores Are Greater or Equal to 1500';
COMMENT ON COLUMN california_schools.schools."NCESDist" IS 'National Center for Educational Statistics school district identification number';
COMMENT ON COLUMN california_schools.schools."NCESSchool" IS 'National Center for Educational Statistics school identification number';
COMMENT ON COLUMN california_schools.schools."StreetAbr" IS 'street address';
COMMENT ON COLUMN california_schools.schools."MailStrAbr" IS 'mailing street address';
COMMENT ON COLUMN california_schools.schools."MailCity" IS 'mailing city';
COMMENT ON COLUMN california_schools.schools."MailZip" IS 'mailing zip';
COMMENT ON COLUMN california_schools.schools."MailState" IS 'mailing state';
COMMENT ON COLUMN california_schools.schools."Ext" IS 'extension';
COMMENT ON COLUMN california_schools.schools."DOC" IS 'District Ownership Code';
COMMENT ON COLUMN california_schools.schools."DOCType" IS 'The District Ownership Code Type';
COMMENT ON COLUMN california_schools.schools."SOC" IS 'School Ownership Code';
COMMENT ON COLUMN california_schools.schools."SOCType" IS 'School Ownership Code Type';
COMMENT ON COLUMN california_schools.schools."EdOpsCode" IS 'Education Option Code';
COMMENT ON COLUMN california_schools.schools."EdOpsName" IS 'Educational Option Name';
COMMENT ON COLUMN california_schools.schools."EILCode" IS 'Educational Instruction Level Code';
COMMENT ON COLUMN california_schools.schools."EILName" IS 'Educational Instruction Level Name';
COMMENT ON COLUMN california_schools.schools."GSoffered" IS 'grade span offered';
COMMENT ON COLUMN california_schools.schools."GSserved" IS 'grade span served.';
COMMENT ON COLUMN california_schools.schools."AdmFName1" IS 'administrator''s first name 1';
COMMENT ON COLUMN california_schools.schools."AdmLName1" IS 'administrator''s last name 1';
COMMENT ON COLUMN california_schools.schools."AdmEmail1" IS 'administrator''s email address 1';
COMMENT ON COLUMN california_schools.schools."AdmFName2" IS 'administrator''s first name 2';
COMMENT ON COLUMN california_schools.schools."AdmLName2" IS 'administrator''s last name 2';
COMMENT ON COLUMN california_schools.schools."AdmEmail2" IS 'administrator''s email address 2';
COMMENT ON COLUMN california_schools.schools."AdmFName3" IS 'administrator''s first name 3';
COMMENT ON COLUMN california_schools.schools."AdmLName3" IS 'administrator''s last name 3';
COMMENT ON COLUMN california_schools.schools."AdmEmail3" IS 'administrator''s email address 3';
