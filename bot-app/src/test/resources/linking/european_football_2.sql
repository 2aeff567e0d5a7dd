-- BIRD's "european_football_2" database (the European Soccer Database: countries, leagues, teams, players, FIFA
-- player and team attribute snapshots, and matches 2008-2016 with line-ups, match events and betting odds), a dev-set
-- database of the BIRD text-to-SQL benchmark (bird-bench.github.io; BIRD is released under CC BY-SA 4.0). Read from
-- the benchmark's own schema file dev_tables.json as copied into github.com/gianlucafarinaccio/schema-alignment-bird
-- (dataset/dev_tables.json, commit f343be7; that repository states no licence), its tables, columns, SQLite types,
-- primary keys and foreign keys (29) turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and
-- checked there; schema european_football_2. The source's names kept exactly (quoted where they have capitals:
-- "Player_Attributes", "Match", "B365H"...). Foreign keys that point at a column other than the primary key
-- (player_api_id, player_fifa_api_id, team_api_id, team_fifa_api_id) get a UNIQUE constraint so PostgreSQL accepts
-- them. Column comments are the plain-language column names dev_tables.json gives where they say more than the name;
-- the fuller description CSVs were not readable here. No rows, no indexes.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS european_football_2;
CREATE TABLE european_football_2."Player_Attributes" (
    id integer NOT NULL,
    player_fifa_api_id integer,
    player_api_id integer,
    "date" text,
    overall_rating integer,
    potential integer,
    preferred_foot text,
    attacking_work_rate text,
    defensive_work_rate text,
    crossing integer,
    finishing integer,
    heading_accuracy integer,
    short_passing integer,
    volleys integer,
    dribbling integer,
    curve integer,
    free_kick_accuracy integer,
    long_passing integer,
    ball_control integer,
    acceleration integer,
    sprint_speed integer,
    agility integer,
    reactions integer,
    balance integer,
    shot_power integer,
    jumping integer,
    stamina integer,
    strength integer,
    long_shots integer,
    aggression integer,
    interceptions integer,
    positioning integer,
    vision integer,
    penalties integer,
    marking integer,
    standing_tackle integer,
    sliding_tackle integer,
    gk_diving integer,
    gk_handling integer,
    gk_kicking integer,
    gk_positioning integer,
    gk_reflexes integer,
    PRIMARY KEY (id)
);
CREATE TABLE european_football_2."Player" (
    id integer NOT NULL,
    player_api_id integer,
    player_name text,
    player_fifa_api_id integer,
    birthday text,
    height integer,
    weight integer,
    PRIMARY KEY (id),
    UNIQUE (player_api_id),
    UNIQUE (player_fifa_api_id)
);
CREATE TABLE european_football_2."League" (
    id integer NOT NULL,
    country_id integer,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE european_football_2."Country" (
    id integer NOT NULL,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE european_football_2."Team" (
    id integer NOT NULL,
    team_api_id integer,
    team_fifa_api_id integer,
    team_long_name text,
    team_short_name text,
    PRIMARY KEY (id),
    UNIQUE (team_api_id),
    UNIQUE (team_fifa_api_id)
);
CREATE TABLE european_football_2."Team_Attributes" (
    id integer NOT NULL,
    team_fifa_api_id integer,
    team_api_id integer,
    "date" text,
    "buildUpPlaySpeed" integer,
    "buildUpPlaySpeedClass" text,
    "buildUpPlayDribbling" integer,
    "buildUpPlayDribblingClass" text,
    "buildUpPlayPassing" integer,
    "buildUpPlayPassingClass" text,
    "buildUpPlayPositioningClass" text,
    "chanceCreationPassing" integer,
    "chanceCreationPassingClass" text,
    "chanceCreationCrossing" integer,
    "chanceCreationCrossingClass" text,
    "chanceCreationShooting" integer,
    "chanceCreationShootingClass" text,
    "chanceCreationPositioningClass" text,
    "defencePressure" integer,
    "defencePressureClass" text,
    "defenceAggression" integer,
    "defenceAggressionClass" text,
    "defenceTeamWidth" integer,
    "defenceTeamWidthClass" text,
    "defenceDefenderLineClass" text,
    PRIMARY KEY (id)
);
CREATE TABLE european_football_2."Match" (
    id integer NOT NULL,
    country_id integer,
    league_id integer,
    season text,
    stage integer,
    "date" text,
    match_api_id integer,
    home_team_api_id integer,
    away_team_api_id integer,
    home_team_goal integer,
    away_team_goal integer,
    "home_player_X1" integer,
    "home_player_X2" integer,
    "home_player_X3" integer,
    "home_player_X4" integer,
    "home_player_X5" integer,
    "home_player_X6" integer,
    "home_player_X7" integer,
    "home_player_X8" integer,
    "home_player_X9" integer,
    "home_player_X10" integer,
    "home_player_X11" integer,
    "away_player_X1" integer,
    "away_player_X2" integer,
    "away_player_X3" integer,
    "away_player_X4" integer,
    "away_player_X5" integer,
    "away_player_X6" integer,
    "away_player_X7" integer,
    "away_player_X8" integer,
    "away_player_X9" integer,
    "away_player_X10" integer,
    "away_player_X11" integer,
    "home_player_Y1" integer,
    "home_player_Y2" integer,
    "home_player_Y3" integer,
    "home_player_Y4" integer,
    "home_player_Y5" integer,
    "home_player_Y6" integer,
    "home_player_Y7" integer,
    "home_player_Y8" integer,
    "home_player_Y9" integer,
    "home_player_Y10" integer,
    "home_player_Y11" integer,
    "away_player_Y1" integer,
    "away_player_Y2" integer,
    "away_player_Y3" integer,
    "away_player_Y4" integer,
    "away_player_Y5" integer,
    "away_player_Y6" integer,
    "away_player_Y7" integer,
    "away_player_Y8" integer,
    "away_player_Y9" integer,
    "away_player_Y10" integer,
    "away_player_Y11" integer,
    home_player_1 integer,
    home_player_2 integer,
    home_player_3 integer,
    home_player_4 integer,
    home_player_5 integer,
    home_player_6 integer,
    home_player_7 integer,
    home_player_8 integer,
    home_player_9 integer,
    home_player_10 integer,
    home_player_11 integer,
    away_player_1 integer,
    away_player_2 integer,
    away_player_3 integer,
    away_player_4 integer,
    away_player_5 integer,
    away_player_6 integer,
    away_player_7 integer,
    away_player_8 integer,
    away_player_9 integer,
    away_player_10 integer,
    away_player_11 integer,
    goal text,
    shoton text,
    shotoff text,
    foulcommit text,
    card text,
    "cross" text,
    corner text,
    possession text,
    "B365H" real,
    "B365D" real,
    "B365A" real,
    "BWH" real,
    "BWD" real,
    "BWA" real,
    "IWH" real,
    "IWD" real,
    "IWA" real,
    "LBH" real,
    "LBD" real,
    "LBA" real,
    "PSH" real,
    "PSD" real,
    "PSA" real,
    "WHH" real,
    "WHD" real,
    "WHA" real,
    "SJH" real,
    "SJD" real,
    "SJA" real,
    "VCH" real,
    "VCD" real,
    "VCA" real,
    "GBH" real,
    "GBD" real,
    "GBA" real,
    "BSH" real,
    "BSD" real,
    "BSA" real,
    PRIMARY KEY (id)
);
ALTER TABLE european_football_2."Player_Attributes" ADD FOREIGN KEY (player_api_id) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Player_Attributes" ADD FOREIGN KEY (player_fifa_api_id) REFERENCES european_football_2."Player" (player_fifa_api_id);
ALTER TABLE european_football_2."League" ADD FOREIGN KEY (country_id) REFERENCES european_football_2."Country" (id);
ALTER TABLE european_football_2."Team_Attributes" ADD FOREIGN KEY (team_api_id) REFERENCES european_football_2."Team" (team_api_id);
ALTER TABLE european_football_2."Team_Attributes" ADD FOREIGN KEY (team_fifa_api_id) REFERENCES european_football_2."Team" (team_fifa_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_11) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_10) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_9) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_8) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_7) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_6) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_5) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_4) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_3) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_2) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_player_1) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_11) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_10) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_9) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_8) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_7) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_6) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_5) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_4) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_3) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_2) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_player_1) REFERENCES european_football_2."Player" (player_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (away_team_api_id) REFERENCES european_football_2."Team" (team_api_id);
ALTER TABLE european_football_2."Match" ADD FOREIGN KEY (home_team_api_id) REFERENCES european_football_2."Team" (team_api_id);
COMMENT ON COLUMN european_football_2."Player_Attributes".player_fifa_api_id IS 'player federation international football association api id';
COMMENT ON COLUMN european_football_2."Player_Attributes".gk_diving IS 'goalkeep diving';
COMMENT ON COLUMN european_football_2."Player_Attributes".gk_handling IS 'goalkeep handling';
COMMENT ON COLUMN european_football_2."Player_Attributes".gk_kicking IS 'goalkeep kicking';
COMMENT ON COLUMN european_football_2."Player_Attributes".gk_positioning IS 'goalkeep positioning';
COMMENT ON COLUMN european_football_2."Player_Attributes".gk_reflexes IS 'goalkeep reflexes';
COMMENT ON COLUMN european_football_2."Player".player_fifa_api_id IS 'player federation international football association api id';
COMMENT ON COLUMN european_football_2."Team".team_fifa_api_id IS 'team federation international football association api id';
COMMENT ON COLUMN european_football_2."Team_Attributes".team_fifa_api_id IS 'team federation international football association api id';
