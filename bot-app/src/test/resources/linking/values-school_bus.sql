-- Rows of Spider's school_bus, whole, for its 3 tables (driver: 12 rows, school: 7, school_bus: 5), as its SQLite
-- database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0; its names kept;
-- if_full_time 'T'/'F' -> true/false). SQL text ours.
SET client_min_messages = warning;
INSERT INTO school_bus.driver (driver_id, name, party, home_city, age) VALUES
    (1, 'Matthew Ritter', 'Dem', 'Hartford', 40),
    (2, 'Dan Carter', 'Rep', 'Bethel', 30),
    (3, 'Minnie Gonzalez', 'Dem', 'Hartford', 46),
    (4, 'Angel Acre', 'Dem', 'Hartford', 42),
    (5, 'Brandon McGee', 'Dem', 'Hartford', 45),
    (6, 'Edwin Vargas', 'Dem', 'Hartford', 52),
    (7, 'Douglas McCrory', 'Dem', 'Hartford', 36),
    (8, 'Timothy Ackert', 'Rep', 'Coventry', 35),
    (9, 'Jason Rojas', 'Dem', 'East Hartford', 38),
    (10, 'Henry Genga', 'Dem', 'East Hartford', 37),
    (11, 'Tim Larson', 'Dem', 'East Hartford', 36),
    (12, 'Geoff Luxenberg', 'Dem', 'Manchester', 52);
INSERT INTO school_bus.school (school_id, grade, school, location, type) VALUES
    (1, 'Kindergarten', 'Noelani Elementary School', 'Honolulu, Hawaii', 'Public'),
    (2, '1st-3rd grade', 'St. Francis Assisi', 'Jakarta, Indonesia', 'Private Catholic'),
    (3, '4th grade', 'State Elementary School Menteng 01', 'Jakarta, Indonesia', 'Public'),
    (4, '5th-12th grade', 'Punahou School', 'Honolulu, Hawaii', 'Private'),
    (5, 'Freshman–Sophomore year', 'Occidental College', 'Los Angeles, California', 'Private'),
    (6, 'Junior–Senior year', 'Columbia University', 'New York City', 'Private'),
    (7, 'College', 'Harvard Law School', 'Cambridge, Massachusetts', 'Private');
INSERT INTO school_bus.school_bus (school_id, driver_id, years_working, if_full_time) VALUES
    (1, 10, 10, false),
    (5, 7, 8, true),
    (3, 4, 6, true),
    (7, 9, 2, true),
    (4, 3, 3, true);
