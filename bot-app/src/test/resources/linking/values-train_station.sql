-- Rows of Spider's train_station, whole, for its 3 tables (station: 12 rows, train: 11, train_station: 11), as
-- its SQLite database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). SQL text ours.
SET client_min_messages = warning;
INSERT INTO train_station.station (station_id, name, annual_entry_exit, annual_interchanges, total_passengers, location, main_services, number_of_platforms) VALUES
    (1, 'London Waterloo', 94.046, 9.489, 103.534, 'London', 'South Western Main Line West of England Main Line', 19),
    (2, 'London Victoria', 76.231, 9.157, 85.38, 'London', 'Brighton Main Line Chatham Main Line', 19),
    (3, 'London Bridge', 52.634, 8.742, 61.376, 'London', 'South Eastern Main Line Thameslink', 12),
    (4, 'London Liverpool Street', 57.107, 2.353, 59.46, 'London', 'Great Eastern Main Line West Anglia Main Line', 18),
    (5, 'London Euston', 36.609, 3.832, 40.44, 'London', 'West Coast Main Line', 18),
    (6, 'London Charing Cross', 38.005, 1.99, 39.995, 'London', 'South Eastern Main Line', 6),
    (7, 'Birmingham New Street', 31.214, 5.118, 36.331, 'Birmingham', 'West Coast Main Line Cross Country Route', 13),
    (8, 'London King''s Cross', 27.875, 3.022, 30.896, 'London', 'East Coast Main Line', 12),
    (9, 'Glasgow Central', 26.639, 3.018, 29.658, 'Glasgow', 'West Coast Main Line', 17),
    (10, 'East Croydon', 20.551, 6.341, 26.892, 'London', 'Brighton Main Line', 6),
    (11, 'London St Pancras', 22.996, 3.676, 26.672, 'London', 'Midland Main Line Thameslink High-Speed 1 Eurostar', 15),
    (12, 'Stratford', 21.797, 2.064, 23.862, 'London', 'Great Eastern Main Line Lea Valley Lines', 15);
INSERT INTO train_station.train (train_id, name, "time", service) VALUES
    (1, 'Ananthapuri Express', '17:15', 'Daily'),
    (2, 'Guruvayur Express', '22:10', 'Daily'),
    (3, 'Guruvayur Express', '4:49', 'Daily'),
    (4, 'Ananthapuri Express', '11:35', 'Daily'),
    (5, 'Jayanthi Janatha Express', '06:30', 'Daily'),
    (6, 'Island Express', '11:15', 'Daily'),
    (7, 'Madurai Fast Passenger', '21:49', 'Daily'),
    (8, 'Quilon Fast Passenger', '04:55', 'Daily'),
    (9, 'Island Express', '16:59', 'Daily'),
    (10, 'Jayanthi Janatha Express', '10:38', 'Daily'),
    (11, 'Parasuram Express', '04:20', 'Daily');
INSERT INTO train_station.train_station (train_id, station_id) VALUES
    (1, 1),
    (2, 1),
    (3, 1),
    (4, 2),
    (5, 3),
    (6, 5),
    (7, 8),
    (8, 9),
    (9, 9),
    (10, 10),
    (11, 10);
