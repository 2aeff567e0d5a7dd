-- Spider's "party_people" (record-release regions with date, label, format and catalogue number; parties with their
-- minister, years in and out of office and region; members with the party they sit for and their years in office;
-- party events with the member in charge), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/party_people/party_people.sqlite, commit 999f5e4), converted by a one-off script from
-- the SQLite catalog (pragma table_info, foreign_key_list), schema party_people; names lower-cased, int -> integer,
-- text kept; primary keys and the 4 foreign keys as declared, except that member.party_id, declared text in the
-- source while the party.party_id it references is int (its values are all whole numbers), is integer here so
-- PostgreSQL accepts the key. No comments in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et
-- al., EMNLP 2018); SQL text ours. Rows in values-party_people.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS party_people;
CREATE TABLE party_people.region (
    region_id integer NOT NULL,
    region_name text,
    "date" text,
    label text,
    format text,
    catalogue text,
    PRIMARY KEY (region_id)
);
CREATE TABLE party_people.party (
    party_id integer NOT NULL,
    minister text,
    took_office text,
    left_office text,
    region_id integer,
    party_name text,
    PRIMARY KEY (party_id),
    FOREIGN KEY (region_id) REFERENCES party_people.region (region_id)
);
CREATE TABLE party_people.member (
    member_id integer NOT NULL,
    member_name text,
    party_id integer,
    in_office text,
    PRIMARY KEY (member_id),
    FOREIGN KEY (party_id) REFERENCES party_people.party (party_id)
);
CREATE TABLE party_people.party_events (
    event_id integer NOT NULL,
    event_name text,
    party_id integer,
    member_in_charge_id integer,
    PRIMARY KEY (event_id),
    FOREIGN KEY (member_in_charge_id) REFERENCES party_people.member (member_id),
    FOREIGN KEY (party_id) REFERENCES party_people.party (party_id)
);
