-- The Spider text-to-SQL benchmark's "wta_1" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0; the WTA tennis results of Jeff Sackmann's tennis_wta files): players, main-draw matches and qualifying
-- matches (tournament, surface, round, score, winner and loser with their rank, seed, entry, hand, height, age and
-- country, and for qualifying matches the serve statistics), and weekly rankings. Read from the Spider release's
-- schema file as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/wta_1/wta_1.sql, commit
-- 999f5e4; the mirror ships no SQLite file for this database, so no rows, and its first statement's keyword is
-- garbled, "CRloser_rank_pointsEATE TABLE", read as CREATE TABLE), turned into PostgreSQL by a one-off script,
-- loaded into a scratch PostgreSQL and checked there: the 4 tables, the one primary key (players; matches,
-- qualifying_matches and rankings declare none) and the 5 foreign keys the file declares, schema wta_1; names
-- lower-cased (the serve statistics l_1stIn, w_bpFaced... become l_1stin, w_bpfaced), INT -> integer, FLOAT -> double
-- precision, DATE and TEXT kept (the serve statistics stay text, as declared). Spider declares no comments. See
-- README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS wta_1;
CREATE TABLE wta_1.players (
    player_id integer NOT NULL,
    first_name text,
    last_name text,
    hand text,
    birth_date date,
    country_code text,
    PRIMARY KEY (player_id)
);
CREATE TABLE wta_1.matches (
    best_of integer,
    draw_size integer,
    loser_age double precision,
    loser_entry text,
    loser_hand text,
    loser_ht integer,
    loser_id integer,
    loser_ioc text,
    loser_name text,
    loser_rank integer,
    loser_rank_points integer,
    loser_seed integer,
    match_num integer,
    minutes integer,
    round text,
    score text,
    surface text,
    tourney_date date,
    tourney_id text,
    tourney_level text,
    tourney_name text,
    winner_age double precision,
    winner_entry text,
    winner_hand text,
    winner_ht integer,
    winner_id integer,
    winner_ioc text,
    winner_name text,
    winner_rank integer,
    winner_rank_points integer,
    winner_seed integer,
    year integer,
    FOREIGN KEY (loser_id) REFERENCES wta_1.players (player_id),
    FOREIGN KEY (winner_id) REFERENCES wta_1.players (player_id)
);
CREATE TABLE wta_1.qualifying_matches (
    best_of integer,
    draw_size integer,
    l_1stin text,
    l_1stwon text,
    l_2ndwon text,
    l_svgms text,
    l_ace text,
    l_bpfaced text,
    l_bpsaved text,
    l_df text,
    l_svpt text,
    loser_age double precision,
    loser_entry text,
    loser_hand text,
    loser_ht integer,
    loser_id integer,
    loser_ioc text,
    loser_name text,
    loser_rank integer,
    loser_rank_points integer,
    loser_seed integer,
    match_num integer,
    minutes integer,
    round text,
    score text,
    surface text,
    tourney_date date,
    tourney_id text,
    tourney_level text,
    tourney_name text,
    w_1stin text,
    w_1stwon text,
    w_2ndwon text,
    w_svgms text,
    w_ace text,
    w_bpfaced text,
    w_bpsaved text,
    w_df text,
    w_svpt text,
    winner_age double precision,
    winner_entry text,
    winner_hand text,
    winner_ht integer,
    winner_id integer,
    winner_ioc text,
    winner_name text,
    winner_rank integer,
    winner_rank_points integer,
    winner_seed integer,
    year integer,
    FOREIGN KEY (loser_id) REFERENCES wta_1.players (player_id),
    FOREIGN KEY (winner_id) REFERENCES wta_1.players (player_id)
);
CREATE TABLE wta_1.rankings (
    ranking_date date,
    ranking integer,
    player_id integer,
    ranking_points integer,
    tours integer,
    FOREIGN KEY (player_id) REFERENCES wta_1.players (player_id)
);
