-- Spider's "riding_club" (riders with sponsor, residence, occupation, votes and rank; clubs with region and start
-- year; coaches with their club and rank; which coach trains which rider since when; clubs' medal tallies and
-- points), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/riding_club/riding_club.sqlite, commit 999f5e4), converted by a one-off script from the
-- SQLite catalog (pragma table_info, foreign_key_list), schema riding_club; names lower-cased, int -> integer, text
-- kept; primary keys and the 4 foreign keys as declared. No comments in the source. Nothing left out. Licence:
-- Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in values-riding_club.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS riding_club;
CREATE TABLE riding_club.player (
    player_id integer NOT NULL,
    sponsor_name text,
    player_name text,
    gender text,
    residence text,
    occupation text,
    votes integer,
    rank text,
    PRIMARY KEY (player_id)
);
CREATE TABLE riding_club.club (
    club_id integer NOT NULL,
    club_name text,
    region text,
    start_year integer,
    PRIMARY KEY (club_id)
);
CREATE TABLE riding_club.coach (
    coach_id integer NOT NULL,
    coach_name text,
    gender text,
    club_id integer,
    rank integer,
    PRIMARY KEY (coach_id)
);
CREATE TABLE riding_club.player_coach (
    player_id integer NOT NULL,
    coach_id integer NOT NULL,
    starting_year integer,
    PRIMARY KEY (player_id, coach_id)
);
CREATE TABLE riding_club.match_result (
    rank integer NOT NULL,
    club_id integer NOT NULL,
    gold integer,
    big_silver integer,
    small_silver integer,
    bronze integer,
    points integer,
    PRIMARY KEY (rank, club_id)
);
ALTER TABLE riding_club.coach ADD FOREIGN KEY (club_id) REFERENCES riding_club.club (club_id);
ALTER TABLE riding_club.player_coach ADD FOREIGN KEY (coach_id) REFERENCES riding_club.coach (coach_id);
ALTER TABLE riding_club.player_coach ADD FOREIGN KEY (player_id) REFERENCES riding_club.player (player_id);
ALTER TABLE riding_club.match_result ADD FOREIGN KEY (club_id) REFERENCES riding_club.club (club_id);
