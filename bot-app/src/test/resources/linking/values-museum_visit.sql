-- Rows of Spider's museum_visit, whole, for its 3 tables (museum: 8 rows, visitor: 6, visit: 6), as its SQLite
-- database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0; its names kept, the
-- trailing blank in one visitor's name too; visit.visitor_id read as integer). SQL text ours.
SET client_min_messages = warning;
INSERT INTO museum_visit.museum (museum_id, name, num_of_staff, open_year) VALUES
    (1, 'Plaza Museum', 62, '2000'),
    (2, 'Capital Plaza Museum', 25, '2012'),
    (3, 'Jefferson Development Museum', 18, '2010'),
    (4, 'Willow Grande Museum', 17, '2011'),
    (5, 'RiverPark Museum', 16, '2008'),
    (6, 'Place Tower Museum', 16, '2008'),
    (7, 'Central City District Residential Museum', 15, '2010'),
    (8, 'ZirMed Gateway Museum', 12, '2009');
INSERT INTO museum_visit.visitor (id, name, level_of_membership, age) VALUES
    (1, 'Gonzalo Higuaín ', 8, 35),
    (2, 'Guti Midfielder', 5, 28),
    (3, 'Arjen Robben', 1, 27),
    (4, 'Raúl Brown', 2, 56),
    (5, 'Fernando Gago', 6, 36),
    (6, 'Rafael van der Vaart', 1, 25);
INSERT INTO museum_visit.visit (museum_id, visitor_id, num_of_ticket, total_spent) VALUES
    (1, 5, 20, 320.14),
    (2, 5, 4, 89.98),
    (4, 3, 10, 320.44),
    (2, 3, 24, 209.98),
    (4, 6, 3, 20.44),
    (8, 6, 2, 19.98);
