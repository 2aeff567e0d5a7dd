-- The Ergast Motor Racing Developer API's Formula 1 database (ergast.com/mrd, results since 1950) as its MySQL dump
-- f1db.sql lays it out (camelCase table and column names such as "lapTimes" and "driverId" kept, so they are quoted
-- identifiers here), read from the dump's schema as published in github.com/IkerTS/prueba (f1db.sql, May 2023; the
-- repository states no licence; the data is under the Ergast terms, ergast.com/mrd/terms: free for non-commercial
-- use): tables and keys of schema f1, no data. Converted from MySQL to PostgreSQL by a one-off script (int(11) ->
-- integer, float -> real, time and date kept), loaded into a scratch PostgreSQL and regenerated from its catalog: the
-- 14 tables with their primary and unique keys. The dump declares no foreign keys (raceId, driverId, constructorId,
-- statusId... are plain integers), so none are declared here; AUTO_INCREMENT, defaults, plain indexes and
-- MyISAM/engine options left out; no comments in the source. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS f1;
CREATE TABLE f1.circuits (
    "circuitId" integer NOT NULL,
    "circuitRef" character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    location character varying(255),
    country character varying(255),
    lat real,
    lng real,
    alt integer,
    url character varying(255) NOT NULL,
    PRIMARY KEY ("circuitId"),
    UNIQUE (url)
);
CREATE TABLE f1."constructorResults" (
    "constructorResultsId" integer NOT NULL,
    "raceId" integer NOT NULL,
    "constructorId" integer NOT NULL,
    points real,
    status character varying(255),
    PRIMARY KEY ("constructorResultsId")
);
CREATE TABLE f1."constructorStandings" (
    "constructorStandingsId" integer NOT NULL,
    "raceId" integer NOT NULL,
    "constructorId" integer NOT NULL,
    points real NOT NULL,
    "position" integer,
    "positionText" character varying(255),
    wins integer NOT NULL,
    PRIMARY KEY ("constructorStandingsId")
);
CREATE TABLE f1.constructors (
    "constructorId" integer NOT NULL,
    "constructorRef" character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    nationality character varying(255),
    url character varying(255) NOT NULL,
    PRIMARY KEY ("constructorId"),
    UNIQUE (name)
);
CREATE TABLE f1."driverStandings" (
    "driverStandingsId" integer NOT NULL,
    "raceId" integer NOT NULL,
    "driverId" integer NOT NULL,
    points real NOT NULL,
    "position" integer,
    "positionText" character varying(255),
    wins integer NOT NULL,
    PRIMARY KEY ("driverStandingsId")
);
CREATE TABLE f1.drivers (
    "driverId" integer NOT NULL,
    "driverRef" character varying(255) NOT NULL,
    number integer,
    code character varying(3),
    forename character varying(255) NOT NULL,
    surname character varying(255) NOT NULL,
    dob date,
    nationality character varying(255),
    url character varying(255) NOT NULL,
    PRIMARY KEY ("driverId"),
    UNIQUE (url)
);
CREATE TABLE f1."lapTimes" (
    "raceId" integer NOT NULL,
    "driverId" integer NOT NULL,
    lap integer NOT NULL,
    "position" integer,
    "time" character varying(255),
    milliseconds integer,
    PRIMARY KEY ("raceId", "driverId", lap)
);
CREATE TABLE f1."pitStops" (
    "raceId" integer NOT NULL,
    "driverId" integer NOT NULL,
    stop integer NOT NULL,
    lap integer NOT NULL,
    "time" time without time zone NOT NULL,
    duration character varying(255),
    milliseconds integer,
    PRIMARY KEY ("raceId", "driverId", stop)
);
CREATE TABLE f1.qualifying (
    "qualifyId" integer NOT NULL,
    "raceId" integer NOT NULL,
    "driverId" integer NOT NULL,
    "constructorId" integer NOT NULL,
    number integer NOT NULL,
    "position" integer,
    q1 character varying(255),
    q2 character varying(255),
    q3 character varying(255),
    PRIMARY KEY ("qualifyId")
);
CREATE TABLE f1.races (
    "raceId" integer NOT NULL,
    year integer NOT NULL,
    round integer NOT NULL,
    "circuitId" integer NOT NULL,
    name character varying(255) NOT NULL,
    date date NOT NULL,
    "time" time without time zone,
    url character varying(255),
    fp1_date date,
    fp1_time time without time zone,
    fp2_date date,
    fp2_time time without time zone,
    fp3_date date,
    fp3_time time without time zone,
    quali_date date,
    quali_time time without time zone,
    sprint_date date,
    sprint_time time without time zone,
    PRIMARY KEY ("raceId"),
    UNIQUE (url)
);
CREATE TABLE f1.results (
    "resultId" integer NOT NULL,
    "raceId" integer NOT NULL,
    "driverId" integer NOT NULL,
    "constructorId" integer NOT NULL,
    number integer,
    grid integer NOT NULL,
    "position" integer,
    "positionText" character varying(255) NOT NULL,
    "positionOrder" integer NOT NULL,
    points real NOT NULL,
    laps integer NOT NULL,
    "time" character varying(255),
    milliseconds integer,
    "fastestLap" integer,
    rank integer,
    "fastestLapTime" character varying(255),
    "fastestLapSpeed" character varying(255),
    "statusId" integer NOT NULL,
    PRIMARY KEY ("resultId")
);
CREATE TABLE f1.seasons (
    year integer NOT NULL,
    url character varying(255) NOT NULL,
    PRIMARY KEY (year),
    UNIQUE (url)
);
CREATE TABLE f1."sprintResults" (
    "sprintResultId" integer NOT NULL,
    "raceId" integer NOT NULL,
    "driverId" integer NOT NULL,
    "constructorId" integer NOT NULL,
    number integer NOT NULL,
    grid integer NOT NULL,
    "position" integer,
    "positionText" character varying(255) NOT NULL,
    "positionOrder" integer NOT NULL,
    points real NOT NULL,
    laps integer NOT NULL,
    "time" character varying(255),
    milliseconds integer,
    "fastestLap" integer,
    "fastestLapTime" character varying(255),
    "statusId" integer NOT NULL,
    PRIMARY KEY ("sprintResultId")
);
CREATE TABLE f1.status (
    "statusId" integer NOT NULL,
    status character varying(255) NOT NULL,
    PRIMARY KEY ("statusId")
);
