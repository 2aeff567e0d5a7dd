-- Spider's "party_host" (Yu et al., EMNLP 2018, yale-lily.github.io/spider): dance parties (theme, location, first
-- and last year, number of hosts), hosts (name, nationality, age) and which host hosts which party, with a flag for
-- the host in charge. Read from the Spider release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/party_host/party_host.sqlite, commit 999f5e4), turned into PostgreSQL by a one-off
-- script from its catalog (pragma table_info, foreign_key_list), loaded into a scratch PostgreSQL and checked there:
-- the 3 tables with their primary keys and the 2 foreign keys the file declares, schema party_host; names
-- lower-cased, int -> integer, text kept (party.first_year, last_year and host.age are text, as in the file),
-- bool -> boolean (the file's 'T'/'F' -> true/false). No comments in the source. Nothing left out. Licence: Spider is
-- CC BY-SA 4.0; SQL text ours. Rows in values-party_host.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS party_host;
CREATE TABLE party_host.party (
    party_id integer NOT NULL,
    party_theme text,
    location text,
    first_year text,
    last_year text,
    number_of_hosts integer,
    PRIMARY KEY (party_id)
);
CREATE TABLE party_host.host (
    host_id integer NOT NULL,
    name text,
    nationality text,
    age text,
    PRIMARY KEY (host_id)
);
CREATE TABLE party_host.party_host (
    party_id integer NOT NULL,
    host_id integer NOT NULL,
    is_main_in_charge boolean,
    PRIMARY KEY (party_id, host_id),
    FOREIGN KEY (party_id) REFERENCES party_host.party (party_id),
    FOREIGN KEY (host_id) REFERENCES party_host.host (host_id)
);
