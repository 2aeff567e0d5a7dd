-- The "clubdata" database of PostgreSQL Exercises (pgexercises.com, Alisdair Owens): a country club's members,
-- facilities and bookings, from github.com/AlisdairO/pgexercises (commit c226557, database/clubdata.sql; BSD licence,
-- Copyright (c) 2013-2014 Alisdair Owens), loaded into a scratch PostgreSQL and regenerated from its catalog: the 3
-- tables of schema cd with their primary keys and 3 foreign keys. The ON DELETE SET NULL of members.recommendedby,
-- the indexes and the exercise site's users and grants are left out; the dump has no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cd;
CREATE TABLE cd.bookings (
    bookid integer NOT NULL,
    facid integer NOT NULL,
    memid integer NOT NULL,
    starttime timestamp without time zone NOT NULL,
    slots integer NOT NULL,
    PRIMARY KEY (bookid)
);
CREATE TABLE cd.facilities (
    facid integer NOT NULL,
    name character varying(100) NOT NULL,
    membercost numeric NOT NULL,
    guestcost numeric NOT NULL,
    initialoutlay numeric NOT NULL,
    monthlymaintenance numeric NOT NULL,
    PRIMARY KEY (facid)
);
CREATE TABLE cd.members (
    memid integer NOT NULL,
    surname character varying(200) NOT NULL,
    firstname character varying(200) NOT NULL,
    address character varying(300) NOT NULL,
    zipcode integer NOT NULL,
    telephone character varying(20) NOT NULL,
    recommendedby integer,
    joindate timestamp without time zone NOT NULL,
    PRIMARY KEY (memid)
);
ALTER TABLE cd.bookings ADD CONSTRAINT fk_bookings_facid FOREIGN KEY (facid) REFERENCES cd.facilities(facid);
ALTER TABLE cd.bookings ADD CONSTRAINT fk_bookings_memid FOREIGN KEY (memid) REFERENCES cd.members(memid);
ALTER TABLE cd.members ADD CONSTRAINT fk_members_recommendedby FOREIGN KEY (recommendedby) REFERENCES cd.members(memid);

