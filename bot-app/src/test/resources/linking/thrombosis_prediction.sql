-- BIRD's "thrombosis_prediction" database (a Japanese university hospital's collagen-disease patients: the
-- patients, their special examinations for anti-cardiolipin and anti-nucleus antibodies, coagulation and thrombosis,
-- and their routine laboratory tests, with the lab's short test codes as column names), a dev-set database of the
-- BIRD text-to-SQL benchmark (bird-bench.github.io; BIRD is released under CC BY-SA 4.0; the data come from the
-- PKDD'99 Discovery Challenge). Read from the benchmark's own schema file dev_tables.json as copied into
-- github.com/gianlucafarinaccio/schema-alignment-bird (dataset/dev_tables.json, commit f343be7; that repository
-- states no licence), its tables, columns, SQLite types, primary keys and foreign keys (2) turned into PostgreSQL by
-- a one-off script, loaded into a scratch PostgreSQL and checked there; schema thrombosis_prediction. The source's
-- names kept exactly and quoted ("Patient", "Laboratory", "T-BIL", "Examination Date"); "Examination" has no primary
-- key in the source, so none here. Column comments are the plain-language column names dev_tables.json gives where
-- they say more than the name; the fuller description CSVs were not readable here. No rows, no indexes.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS thrombosis_prediction;
CREATE TABLE thrombosis_prediction."Examination" (
    "ID" integer,
    "Examination Date" date,
    "aCL IgG" real,
    "aCL IgM" real,
    "ANA" integer,
    "ANA Pattern" text,
    "aCL IgA" integer,
    "Diagnosis" text,
    "KCT" text,
    "RVVT" text,
    "LAC" text,
    "Symptoms" text,
    "Thrombosis" integer
);
CREATE TABLE thrombosis_prediction."Patient" (
    "ID" integer NOT NULL,
    "SEX" text,
    "Birthday" date,
    "Description" date,
    "First Date" date,
    "Admission" text,
    "Diagnosis" text,
    PRIMARY KEY ("ID")
);
CREATE TABLE thrombosis_prediction."Laboratory" (
    "ID" integer NOT NULL,
    "Date" date NOT NULL,
    "GOT" integer,
    "GPT" integer,
    "LDH" integer,
    "ALP" integer,
    "TP" real,
    "ALB" real,
    "UA" real,
    "UN" integer,
    "CRE" real,
    "T-BIL" real,
    "T-CHO" integer,
    "TG" integer,
    "CPK" integer,
    "GLU" integer,
    "WBC" real,
    "RBC" real,
    "HGB" real,
    "HCT" real,
    "PLT" integer,
    "PT" real,
    "APTT" integer,
    "FG" real,
    "PIC" integer,
    "TAT" integer,
    "TAT2" integer,
    "U-PRO" text,
    "IGG" integer,
    "IGA" integer,
    "IGM" integer,
    "CRP" text,
    "RA" text,
    "RF" text,
    "C3" integer,
    "C4" integer,
    "RNP" text,
    "SM" text,
    "SC170" text,
    "SSA" text,
    "SSB" text,
    "CENTROMEA" text,
    "DNA" text,
    "DNA-II" integer,
    PRIMARY KEY ("ID", "Date")
);
ALTER TABLE thrombosis_prediction."Examination" ADD FOREIGN KEY ("ID") REFERENCES thrombosis_prediction."Patient" ("ID");
ALTER TABLE thrombosis_prediction."Laboratory" ADD FOREIGN KEY ("ID") REFERENCES thrombosis_prediction."Patient" ("ID");
COMMENT ON COLUMN thrombosis_prediction."Examination"."aCL IgG" IS 'anti-Cardiolipin antibody (IgG)';
COMMENT ON COLUMN thrombosis_prediction."Examination"."aCL IgM" IS 'anti-Cardiolipin antibody (IgM)';
COMMENT ON COLUMN thrombosis_prediction."Examination"."ANA" IS 'anti-nucleus antibody';
COMMENT ON COLUMN thrombosis_prediction."Examination"."ANA Pattern" IS 'pattern observed in the sheet of ANA examination';
COMMENT ON COLUMN thrombosis_prediction."Examination"."aCL IgA" IS 'anti-Cardiolipin antibody (IgA) concentration';
COMMENT ON COLUMN thrombosis_prediction."Examination"."KCT" IS 'measure of degree of coagulation';
COMMENT ON COLUMN thrombosis_prediction."Examination"."RVVT" IS 'measure of degree of coagulation';
COMMENT ON COLUMN thrombosis_prediction."Examination"."LAC" IS 'measure of degree of coagulation';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."GOT" IS 'AST glutamic oxaloacetic transaminase';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."GPT" IS 'ALT glutamic pyruvic transaminase';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."LDH" IS 'lactate dehydrogenase';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."ALP" IS 'alkaliphophatase';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."TP" IS 'total protein';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."ALB" IS 'albumin';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."UA" IS 'uric acid';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."UN" IS 'urea nitrogen';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."CRE" IS 'creatinine';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."T-BIL" IS 'total bilirubin';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."T-CHO" IS 'total cholesterol';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."TG" IS 'triglyceride';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."CPK" IS 'creatinine phosphokinase';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."GLU" IS 'blood glucose';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."WBC" IS 'White blood cell';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."RBC" IS 'Red blood cell';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."HGB" IS 'Hemoglobin';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."HCT" IS 'Hematoclit';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."PLT" IS 'platelet';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."PT" IS 'prothrombin time';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."APTT" IS 'activated partial prothrombin time';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."FG" IS 'fibrinogen';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."U-PRO" IS 'proteinuria';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."CRP" IS 'C-reactive protein';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."RA" IS 'Rhuematoid Factor';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."RF" IS 'RAHA';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."C3" IS 'complement 3';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."C4" IS 'complement 4';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."RNP" IS 'anti-ribonuclear protein';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."SM" IS 'anti-SM';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."SC170" IS 'anti-scl70';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."SSA" IS 'anti-SSA';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."SSB" IS 'anti-SSB';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."CENTROMEA" IS 'anti-centromere';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."DNA" IS 'anti-DNA';
COMMENT ON COLUMN thrombosis_prediction."Laboratory"."DNA-II" IS 'anti-DNA';
