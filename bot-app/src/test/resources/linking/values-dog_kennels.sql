-- Rows of Spider's dog_kennels, whole, for 5 of its 8 tables (breeds, sizes, treatment_types: 3 rows each; owners,
-- dogs: 15 each), as its SQLite database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider,
-- CC BY-SA 4.0). Left out: charges and professionals, whose charge_type 'Daily Accommodation' and role_code
-- 'Veterenarian' are longer than the varchar(10) the file declares (SQLite does not enforce lengths), and so
-- treatments, which points at professionals. SQL text ours.
SET client_min_messages = warning;
INSERT INTO dog_kennels.breeds (breed_code, breed_name) VALUES
    ('ESK', 'Eskimo'),
    ('HUS', 'Husky'),
    ('BUL', 'Bulldog');
INSERT INTO dog_kennels.sizes (size_code, size_description) VALUES
    ('SML', 'Small'),
    ('MED', 'Medium'),
    ('LGE', 'Large');
INSERT INTO dog_kennels.treatment_types (treatment_type_code, treatment_type_description) VALUES
    ('EXAM', 'Physical examination'),
    ('VAC', 'Vaccination'),
    ('WALK', 'Take for a Walk');
INSERT INTO dog_kennels.owners (owner_id, first_name, last_name, street, city, state, zip_code, email_address, home_phone, cell_number) VALUES
    (1, 'Nora', 'Haley', '0647 Hintz Village Apt. 024', 'Lake Tia', 'Wisconsin', '93165', 'lynn81@example.org', '1-682-845-0116x63235', '478.978.0729'),
    (2, 'Melisa', 'DuBuque', '1204 Mae Highway Apt. 107', 'Port Reannamouth', 'Virginia', '45244', 'ykris@example.com', '(799)563-0260x454', '(722)768-5439x484'),
    (3, 'Jaclyn', 'Stoltenberg', '2635 Caitlyn Plains', 'Barrettburgh', 'Vermont', '02647', 'hudson.favian@example.com', '916.976.9480x13851', '481-483-9083x37986'),
    (4, 'Tre', 'Hamill', '692 Jaskolski Forges', 'Brakusfurt', 'Florida', '87304', 'marks.gail@example.org', '1-332-849-1908', '739-136-7202'),
    (5, 'Johann', 'Fisher', '68118 Daniel Row', 'Lake Valentin', 'NorthDakota', '61019', 'zboncak.madonna@example.net', '(544)034-1670', '1-626-264-7659x1697'),
    (6, 'Kade', 'Rippin', '51934 Treutel Harbor', 'Lake Carleyborough', 'Arizona', '25609', 'margaretta.runte@example.net', '318-052-6573', '+70(4)9217952551'),
    (7, 'Emelie', 'Mertz', '2417 Keara Stravenue Apt. 146', 'Lake Jennyferfort', 'NewYork', '00589', 'angeline99@example.com', '(058)997-7627', '121.381.3316x6535'),
    (8, 'Rolando', 'Prohaska', '57382 Yost Ridges', 'South Afton', 'Arkansas', '86010', 'kturner@example.net', '01802479758', '(783)271-6744x4507'),
    (9, 'Adelle', 'Ondricka', '9212 Rosenbaum Lights', 'East Hillardberg', 'Washington', '92406', 'fschoen@example.net', '066.264.7885', '+00(2)4323592985'),
    (10, 'Lorenz', 'Nicolas', '59509 Mellie Mountain', 'New Margaretteborough', 'SouthDakota', '78297', 'ymaggio@example.com', '085.557.0379x84348', '559.874.3011x989'),
    (11, 'Gay', 'Feil', '60352 Kayleigh Crossing Suite 700', 'Port Zackery', 'Indiana', '35747', 'pearlie18@example.com', '130-796-4589x05454', '762.589.6117x1328'),
    (12, 'Orlando', 'Price', '89011 Kertzmann Spring Suite 642', 'East Maribelbury', 'Mississippi', '11990', 'christy49@example.org', '363.948.1090', '1-739-421-2225x38148'),
    (13, 'Cindy', 'Schmitt', '6950 Katherine Forges Apt. 630', 'Beerton', 'NorthDakota', '36871', 'wpfeffer@example.net', '(094)747-5094x8134', '633.455.3045x85484'),
    (14, 'Rachelle', 'Funk', '15828 Spencer Extensions', 'West Leonard', 'Maryland', '22731', 'edythe62@example.org', '1-346-655-5842x768', '(257)399-3116'),
    (15, 'Heather', 'Hauck', '1858 Jan Park', 'South Daisyfurt', 'Pennsylvania', '22693', 'ybergstrom@example.com', '893-862-5295x61709', '341.667.8085');
INSERT INTO dog_kennels.dogs (dog_id, owner_id, abandoned_yn, breed_code, size_code, name, age, date_of_birth, gender, weight, date_arrived, date_adopted, date_departed) VALUES
    (1, 3, '1', 'ESK', 'LGE', 'Kacey', '6', '2012-01-27 05:11:53', '1', '7.57', '2017-09-08 20:10:13', '2018-03-06 16:32:11', '2018-03-25 06:58:44'),
    (2, 11, '0', 'BUL', 'LGE', 'Hipolito', '9', '2013-02-13 05:15:21', '0', '1.72', '2017-12-22 05:02:02', '2018-03-25 08:12:51', '2018-03-25 02:11:32'),
    (3, 1, '0', 'BUL', 'MED', 'Mavis', '8', '2008-05-19 15:54:49', '1', '8.04', '2017-06-25 10:14:05', '2018-03-07 21:45:43', '2018-03-25 10:25:46'),
    (4, 14, '0', 'ESK', 'LGE', 'Houston', '5', '2008-10-09 22:38:53', '0', '2.18', '2017-04-20 00:58:55', '2018-03-18 15:12:50', '2018-03-24 19:12:22'),
    (5, 7, '0', 'BUL', 'MED', 'Jeffrey', '4', '2018-03-17 04:05:12', '0', '1.39', '2017-10-25 00:55:34', '2018-02-27 11:54:35', '2018-03-25 04:50:22'),
    (6, 5, '0', 'HUS', 'MED', 'Merritt', '9', '2015-02-26 21:31:22', '1', '9.8', '2017-04-15 09:25:31', '2018-03-08 15:03:00', '2018-03-25 13:07:04'),
    (7, 3, '0', 'BUL', 'MED', 'Narciso', '2', '2017-09-19 05:39:09', '1', '9.48', '2017-05-06 08:03:52', '2018-02-27 00:27:57', '2018-03-25 06:29:10'),
    (8, 14, '0', 'ESK', 'SML', 'George', '2', '2013-02-20 14:50:56', '0', '8.95', '2017-10-16 20:06:21', '2018-03-23 16:02:04', '2018-03-25 02:47:40'),
    (9, 2, '0', 'BUL', 'MED', 'Bessie', '4', '2012-05-31 08:01:36', '1', '3.52', '2018-01-17 11:44:16', '2018-02-25 23:45:30', '2018-03-25 06:46:07'),
    (10, 6, '0', 'HUS', 'MED', 'Troy', '9', '2012-07-11 17:15:10', '0', '8.96', '2017-12-29 06:08:26', '2018-03-18 07:47:40', '2018-03-25 04:42:14'),
    (11, 13, '0', 'BUL', 'LGE', 'Betty', '3', '2012-10-14 14:44:37', '0', '8.16', '2017-07-25 15:19:07', '2018-03-14 08:05:18', '2018-03-25 15:05:16'),
    (12, 12, '0', 'HUS', 'MED', 'Holden', '8', '2009-04-12 06:02:48', '0', '6.92', '2017-10-24 04:45:13', '2018-03-05 06:05:23', '2018-03-25 14:15:41'),
    (13, 8, '0', 'HUS', 'SML', 'Jesus', '2', '2012-05-03 21:42:25', '0', '5.16', '2018-01-02 03:15:29', '2018-03-21 10:41:18', '2018-03-25 05:07:47'),
    (14, 14, '1', 'ESK', 'MED', 'Lyric', '4', '2010-11-11 07:11:53', '0', '4.36', '2017-06-18 19:45:38', '2018-03-13 12:47:15', '2018-03-24 23:48:59'),
    (15, 10, '1', 'BUL', 'MED', 'Evangeline', '1', '2008-05-30 12:51:34', '1', '4.01', '2017-12-29 23:24:13', '2018-03-10 15:06:43', '2018-03-24 19:36:59');
