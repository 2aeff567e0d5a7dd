-- Rows of the Dell DVD Store 2.1's one lookup table, whole: the 16 film categories its PostgreSQL build script
-- (github.com/dvdstore/ds21, ds2/pgsqlds2/build/pgsqlds2_create_tbl.sql, GPL-2.0) inserts. Its customers, orders and
-- products come from the benchmark's data generator and are not shipped as rows. The SQL text is ours.
SET client_min_messages = warning;
INSERT INTO dvdstore.categories (category, categoryname) VALUES
    (1, 'Action'),
    (2, 'Animation'),
    (3, 'Children'),
    (4, 'Classics'),
    (5, 'Comedy'),
    (6, 'Documentary'),
    (7, 'Drama'),
    (8, 'Family'),
    (9, 'Foreign'),
    (10, 'Games'),
    (11, 'Horror'),
    (12, 'Music'),
    (13, 'New'),
    (14, 'Sci-Fi'),
    (15, 'Sports'),
    (16, 'Travel');
