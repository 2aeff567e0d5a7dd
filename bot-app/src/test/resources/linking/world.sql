-- The PostgreSQL "world" sample (pgFoundry's dbsamples world-1.0, a port of MySQL's world database; its data
-- "Copyright Statistics Finland, http://www.stat.fi/worldinfigures", as the dump says; read from the dump's first
-- commit in github.com/ghusta/docker-postgres-world-db, scripts/world.sql): tables and keys of schema public, no
-- data. Loaded into a scratch PostgreSQL and regenerated from its catalog: the 3 tables with their primary keys and
-- the dump's 2 foreign keys (country.capital -> city, countrylanguage -> country; the dump declares none from
-- city.countrycode). Its CHECK constraint on continent is left out; the dump has no comments. See README.md here.
SET client_min_messages = warning;
CREATE TABLE public.city (
    id integer NOT NULL,
    name text NOT NULL,
    countrycode character(3) NOT NULL,
    district text NOT NULL,
    population integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE public.country (
    code character(3) NOT NULL,
    name text NOT NULL,
    continent text NOT NULL,
    region text NOT NULL,
    surfacearea real NOT NULL,
    indepyear smallint,
    population integer NOT NULL,
    lifeexpectancy real,
    gnp numeric(10,2),
    gnpold numeric(10,2),
    localname text NOT NULL,
    governmentform text NOT NULL,
    headofstate text,
    capital integer,
    code2 character(2) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE public.countrylanguage (
    countrycode character(3) NOT NULL,
    language text NOT NULL,
    isofficial boolean NOT NULL,
    percentage real NOT NULL,
    PRIMARY KEY (countrycode, language)
);
ALTER TABLE public.country ADD CONSTRAINT country_capital_fkey FOREIGN KEY (capital) REFERENCES public.city(id);
ALTER TABLE public.countrylanguage ADD CONSTRAINT countrylanguage_countrycode_fkey FOREIGN KEY (countrycode) REFERENCES public.country(code);
