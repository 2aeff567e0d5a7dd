-- Rows of Spider's film_rank, whole, for its 3 tables (film: 13 rows, market: 6, film_market_estimation: 9), as its
-- SQLite database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). SQL text ours.
SET client_min_messages = warning;
INSERT INTO film_rank.film (film_id, title, studio, director, gross_in_dollar) VALUES
    (1, 'ET the Extra-Terrestrial', 'Universal', 'Steven Spielberg', 435110554),
    (2, 'Tootsie', 'Columbia', 'Sydney Pollack', 177200000),
    (3, 'An Officer and a Gentleman', 'Paramount / Lorimar', 'Taylor Hackford', 129795554),
    (4, 'Rocky III', 'United Artists', 'Sylvester Stallone', 125049125),
    (5, 'Porky''s', '20th Century Fox', 'Bob Clark', 109492484),
    (6, 'Star Trek II: The Wrath of Khan', 'Paramount', 'Nicholas Meyer', 79912963),
    (7, '48 Hrs', 'Paramount', 'Walter Hill', 78868508),
    (8, 'Poltergeist', 'MGM', 'Tobe Hooper', 76606280),
    (9, 'The Best Little Whorehouse in Texas', 'Universal / RKO', 'Colin Higgins', 69701637),
    (10, 'Annie', 'Columbia / Rastar', 'John Huston', 57059003),
    (11, 'The Verdict', '20th Century Fox', 'Sidney Lumet', 53977250),
    (12, 'Gandhi', 'Columbia', 'Richard Attenborough', 52767889),
    (13, 'First Blood', 'Orion / Carolco', 'Ted Kotcheff', 47212904);
INSERT INTO film_rank.market (market_id, country, number_cities) VALUES
    (1, 'Japan', 209),
    (2, 'China', 540),
    (3, 'USA', 700),
    (4, 'Russia', 231),
    (5, 'France', 212),
    (6, 'Poland', 453);
INSERT INTO film_rank.film_market_estimation (estimation_id, low_estimate, high_estimate, film_id, type, market_id, year) VALUES
    (1, 80000.0, 80400.0, 1, 'Mass suicide murder', 1, 1945),
    (2, 8000.0, 8000.0, 2, 'Mass suicide', 2, 1944),
    (3, 3000.0, 80400.0, 3, 'Mass human sacrifice', 3, 1487),
    (4, 960.0, 960.0, 4, 'Mass suicide', 2, 1973),
    (5, 913.0, 913.0, 4, 'Mass suicide murder', 1, 1978),
    (6, 300.0, 1000.0, 4, 'Mass suicide', 1, 2000),
    (7, 53.0, 53.0, 4, 'Mass suicide', 1, 1994),
    (8, 39.0, 39.0, 1, 'Mass suicide', 2, 1997),
    (9, 16.0, 16.0, 1, 'Mass suicide', 3, 1995);
