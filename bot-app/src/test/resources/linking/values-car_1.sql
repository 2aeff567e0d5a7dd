-- Rows of Spider's car_1 lookup tables, whole: continents (5), countries (15) and car_makers (22), as its SQLite
-- database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). Left out:
-- model_list (36 rows), one of which ('hi') names a maker (10) that car_makers does not have, so it breaks the
-- declared foreign key; car_names and cars_data (406 rows each) are over the limit. SQL text ours.
SET client_min_messages = warning;
INSERT INTO car_1.continents (contid, continent) VALUES
    (1, 'america'),
    (2, 'europe'),
    (3, 'asia'),
    (4, 'africa'),
    (5, 'australia');
INSERT INTO car_1.countries (countryid, countryname, continent) VALUES
    (1, 'usa', 1),
    (2, 'germany', 2),
    (3, 'france', 2),
    (4, 'japan', 3),
    (5, 'italy', 2),
    (6, 'sweden', 2),
    (7, 'uk', 2),
    (8, 'korea', 3),
    (9, 'russia', 2),
    (10, 'nigeria', 4),
    (11, 'australia', 5),
    (12, 'new zealand', 5),
    (13, 'egypt', 4),
    (14, 'mexico', 1),
    (15, 'brazil', 1);
INSERT INTO car_1.car_makers (id, maker, fullname, country) VALUES
    (1, 'amc', 'American Motor Company', '1'),
    (2, 'volkswagen', 'Volkswagen', '2'),
    (3, 'bmw', 'BMW', '2'),
    (4, 'gm', 'General Motors', '1'),
    (5, 'ford', 'Ford Motor Company', '1'),
    (6, 'chrysler', 'Chrysler', '1'),
    (7, 'citroen', 'Citroen', '3'),
    (8, 'nissan', 'Nissan Motors', '4'),
    (9, 'fiat', 'Fiat', '5'),
    (11, 'honda', 'Honda', '4'),
    (12, 'mazda', 'Mazda', '4'),
    (13, 'daimler benz', 'Daimler Benz', '2'),
    (14, 'opel', 'Opel', '2'),
    (15, 'peugeaut', 'Peugeaut', '3'),
    (16, 'renault', 'Renault', '3'),
    (17, 'saab', 'Saab', '6'),
    (18, 'subaru', 'Subaru', '4'),
    (19, 'toyota', 'Toyota', '4'),
    (20, 'triumph', 'Triumph', '7'),
    (21, 'volvo', 'Volvo', '6'),
    (22, 'kia', 'Kia Motors', '8'),
    (23, 'hyundai', 'Hyundai', '8');
