-- Rows of Spider's party_host, whole, for its 3 tables (party: 8 rows, host: 10, party_host: 6), as its SQLite
-- database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0; Is_Main_in_Charge
-- 'T'/'F' -> true/false). SQL text ours.
SET client_min_messages = warning;
INSERT INTO party_host.party (party_id, party_theme, location, first_year, last_year, number_of_hosts) VALUES
    (1, 'Spring', 'Hemkade 48 Zaandam', '2000', '2001', 5),
    (2, 'Club Q-BASE', 'Hemkade 48 Zaandam', '2002', '2002', 23),
    (3, 'Hardcore Resurrection', 'Various locations', '2000', '2003', 4),
    (4, 'Teqnology', 'Heineken Music Hall Amsterdam', '2002', '2004', 6),
    (5, 'Qlubtempo', 'Hemkade 48 Zaandam, Heineken Music Hall Amsterdam', '2001', '2007', 31),
    (6, 'QrimeTime', 'Heineken Music Hall Amsterdam', '2004', '2007', 4),
    (7, 'In Qontrol', 'RAI Amsterdam', '2004', '2010', 7),
    (8, 'Houseqlassics', 'Various locations', '1999', '2010', 18);
INSERT INTO party_host.host (host_id, name, nationality, age) VALUES
    (1, 'Austin Daye', 'United States', '43'),
    (2, 'Lloyd Daniels', 'United States', '37'),
    (3, 'Kornel David', 'Hungary', '31'),
    (4, 'Antonio Davis', 'United States', '26'),
    (5, 'Ed Davis', 'United States', '45'),
    (6, 'Hubert Davis', 'United States', '47'),
    (7, 'Carlos Delfino', 'Argentina', '30'),
    (8, 'Justin Dentmon', 'United States', '40'),
    (9, 'DeMar DeRozan', 'United States', '31'),
    (10, 'Derrick Dial', 'United States', '60');
INSERT INTO party_host.party_host (party_id, host_id, is_main_in_charge) VALUES
    (1, 1, true),
    (8, 7, true),
    (6, 10, false),
    (4, 2, true),
    (2, 5, false),
    (6, 3, true);
