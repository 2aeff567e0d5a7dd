-- The Spider text-to-SQL benchmark's "game_1" database (Yu et al., EMNLP 2018; CC BY-SA 4.0): students (age, sex,
-- major and advisor codes, home city code), video games and their genre, hours each student played each game, and
-- the sports students play (hours a week, games played, on a scholarship or not). Source: its SQLite file as
-- mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/game_1/game_1.sqlite, commit 999f5e4),
-- converted by a one-off script from the SQLite catalog, schema game_1; names lower-cased (StuID → stuid, GName →
-- gname), INTEGER → integer, VARCHAR(n) kept. 4 tables; only student and video_games have a primary key, as in the
-- source; 3 foreign keys (plays_games → student, video_games; sportsinfo → student). No comments in the source.
-- Rows in values-game_1.sql, noise in noise-game_1.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS game_1;
CREATE TABLE game_1.student (
    stuid integer NOT NULL,
    lname character varying(12),
    fname character varying(12),
    age integer,
    sex character varying(1),
    major integer,
    advisor integer,
    city_code character varying(3),
    PRIMARY KEY (stuid)
);
CREATE TABLE game_1.video_games (
    gameid integer NOT NULL,
    gname character varying(40),
    gtype character varying(40),
    PRIMARY KEY (gameid)
);
CREATE TABLE game_1.plays_games (
    stuid integer,
    gameid integer,
    hours_played integer
);
CREATE TABLE game_1.sportsinfo (
    stuid integer,
    sportname character varying(32),
    hoursperweek integer,
    gamesplayed integer,
    onscholarship character varying(1)
);
ALTER TABLE game_1.plays_games ADD FOREIGN KEY (stuid) REFERENCES game_1.student (stuid);
ALTER TABLE game_1.plays_games ADD FOREIGN KEY (gameid) REFERENCES game_1.video_games (gameid);
ALTER TABLE game_1.sportsinfo ADD FOREIGN KEY (stuid) REFERENCES game_1.student (stuid);
