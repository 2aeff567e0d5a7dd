-- The IMDb schema of the Join Order Benchmark (Leis et al., "How Good Are Query Optimizers, Really?", PVLDB 9(3),
-- 2015): the layout IMDbPY's imdbpy2sql gives the IMDb text files (May 2013 data set), read from schema.sql of
-- github.com/gregrahn/join-order-benchmark (a redistribution of the benchmark's queries and schema; the repository
-- states no licence; the IMDb data itself is under IMDb's non-commercial terms): tables and keys of schema imdb, no
-- data. Loaded into a scratch PostgreSQL and regenerated from its catalog: the 21 tables with their primary keys. The
-- source declares no foreign keys (references such as cast_info.movie_id -> title.id are implied by the names only),
-- so none are declared here; its separate fkindexes.sql (indexes only) is left out; no comments in the source.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS imdb;
CREATE TABLE imdb.aka_name (
    id integer NOT NULL,
    person_id integer NOT NULL,
    name text NOT NULL,
    imdb_index character varying(12),
    name_pcode_cf character varying(5),
    name_pcode_nf character varying(5),
    surname_pcode character varying(5),
    md5sum character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE imdb.aka_title (
    id integer NOT NULL,
    movie_id integer NOT NULL,
    title text NOT NULL,
    imdb_index character varying(12),
    kind_id integer NOT NULL,
    production_year integer,
    phonetic_code character varying(5),
    episode_of_id integer,
    season_nr integer,
    episode_nr integer,
    note text,
    md5sum character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE imdb.cast_info (
    id integer NOT NULL,
    person_id integer NOT NULL,
    movie_id integer NOT NULL,
    person_role_id integer,
    note text,
    nr_order integer,
    role_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.char_name (
    id integer NOT NULL,
    name text NOT NULL,
    imdb_index character varying(12),
    imdb_id integer,
    name_pcode_nf character varying(5),
    surname_pcode character varying(5),
    md5sum character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE imdb.comp_cast_type (
    id integer NOT NULL,
    kind character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.company_name (
    id integer NOT NULL,
    name text NOT NULL,
    country_code character varying(255),
    imdb_id integer,
    name_pcode_nf character varying(5),
    name_pcode_sf character varying(5),
    md5sum character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE imdb.company_type (
    id integer NOT NULL,
    kind character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.complete_cast (
    id integer NOT NULL,
    movie_id integer,
    subject_id integer NOT NULL,
    status_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.info_type (
    id integer NOT NULL,
    info character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.keyword (
    id integer NOT NULL,
    keyword text NOT NULL,
    phonetic_code character varying(5),
    PRIMARY KEY (id)
);
CREATE TABLE imdb.kind_type (
    id integer NOT NULL,
    kind character varying(15) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.link_type (
    id integer NOT NULL,
    link character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.movie_companies (
    id integer NOT NULL,
    movie_id integer NOT NULL,
    company_id integer NOT NULL,
    company_type_id integer NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.movie_info (
    id integer NOT NULL,
    movie_id integer NOT NULL,
    info_type_id integer NOT NULL,
    info text NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.movie_info_idx (
    id integer NOT NULL,
    movie_id integer NOT NULL,
    info_type_id integer NOT NULL,
    info text NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.movie_keyword (
    id integer NOT NULL,
    movie_id integer NOT NULL,
    keyword_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.movie_link (
    id integer NOT NULL,
    movie_id integer NOT NULL,
    linked_movie_id integer NOT NULL,
    link_type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.name (
    id integer NOT NULL,
    name text NOT NULL,
    imdb_index character varying(12),
    imdb_id integer,
    gender character varying(1),
    name_pcode_cf character varying(5),
    name_pcode_nf character varying(5),
    surname_pcode character varying(5),
    md5sum character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE imdb.person_info (
    id integer NOT NULL,
    person_id integer NOT NULL,
    info_type_id integer NOT NULL,
    info text NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.role_type (
    id integer NOT NULL,
    role character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE imdb.title (
    id integer NOT NULL,
    title text NOT NULL,
    imdb_index character varying(12),
    kind_id integer NOT NULL,
    production_year integer,
    imdb_id integer,
    phonetic_code character varying(5),
    episode_of_id integer,
    season_nr integer,
    episode_nr integer,
    series_years character varying(49),
    md5sum character varying(32),
    PRIMARY KEY (id)
);
