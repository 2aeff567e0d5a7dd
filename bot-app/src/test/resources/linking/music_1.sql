-- The Spider text-to-SQL benchmark's "music_1" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): music genres with a rating and where each is most popular, artists (country, gender, preferred
-- genre), audio/video files (artist, size, duration, format) and songs (artist, country, file, genre, rating 1-10,
-- language, release date, resolution). Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/music_1/music_1.sqlite, commit 999f5e4), turned into
-- PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch
-- PostgreSQL and checked there: the 4 tables with their primary keys and the 5 foreign keys the file declares,
-- schema music_1; names lower-cased, varchar2(n) -> character varying(n), number(10) -> numeric(10), Date -> date
-- (file size and duration stay text such as '3.78 MB' and '3:45', genre.rating text, as in the file); the CHECK on
-- song.rating and the ON DELETE CASCADE actions left out. Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS music_1;
CREATE TABLE music_1.genre (
    g_name character varying(20) NOT NULL,
    rating character varying(10),
    most_popular_in character varying(50),
    PRIMARY KEY (g_name)
);
CREATE TABLE music_1.artist (
    artist_name character varying(50) NOT NULL,
    country character varying(20),
    gender character varying(20),
    preferred_genre character varying(50),
    PRIMARY KEY (artist_name)
);
CREATE TABLE music_1.files (
    f_id numeric(10) NOT NULL,
    artist_name character varying(50),
    file_size character varying(20),
    duration character varying(20),
    formats character varying(20),
    PRIMARY KEY (f_id)
);
CREATE TABLE music_1.song (
    song_name character varying(50) NOT NULL,
    artist_name character varying(50),
    country character varying(20),
    f_id numeric(10),
    genre_is character varying(20),
    rating numeric(10),
    languages character varying(20),
    releasedate date,
    resolution numeric(10) NOT NULL,
    PRIMARY KEY (song_name)
);
ALTER TABLE music_1.artist ADD FOREIGN KEY (preferred_genre) REFERENCES music_1.genre(g_name);
ALTER TABLE music_1.files ADD FOREIGN KEY (artist_name) REFERENCES music_1.artist(artist_name);
ALTER TABLE music_1.song ADD FOREIGN KEY (genre_is) REFERENCES music_1.genre(g_name);
ALTER TABLE music_1.song ADD FOREIGN KEY (f_id) REFERENCES music_1.files(f_id);
ALTER TABLE music_1.song ADD FOREIGN KEY (artist_name) REFERENCES music_1.artist(artist_name);
