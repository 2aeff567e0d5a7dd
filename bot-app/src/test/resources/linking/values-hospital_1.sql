-- Rows of Spider's hospital_1, whole, for 14 of its 15 tables (each has at most 36 rows), as its SQLite database holds
-- them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). Left out: the 6 rows of undergoes,
-- one of which names an assisting nurse (105) that the nurse table does not have, so they break its declared foreign
-- key. SQL text ours.
SET client_min_messages = warning;
INSERT INTO hospital_1.physician (employeeid, name, position, ssn) VALUES
    (1, 'John Dorian', 'Staff Internist', 111111111),
    (2, 'Elliot Reid', 'Attending Physician', 222222222),
    (3, 'Christopher Turk', 'Surgical Attending Physician', 333333333),
    (4, 'Percival Cox', 'Senior Attending Physician', 444444444),
    (5, 'Bob Kelso', 'Head Chief of Medicine', 555555555),
    (6, 'Todd Quinlan', 'Surgical Attending Physician', 666666666),
    (7, 'John Wen', 'Surgical Attending Physician', 777777777),
    (8, 'Keith Dudemeister', 'MD Resident', 888888888),
    (9, 'Molly Clock', 'Attending Psychiatrist', 999999999);
INSERT INTO hospital_1.department (departmentid, name, head) VALUES
    (1, 'General Medicine', 4),
    (2, 'Surgery', 7),
    (3, 'Psychiatry', 9);
INSERT INTO hospital_1.affiliated_with (physician, department, primaryaffiliation) VALUES
    (1, 1, '1'),
    (2, 1, '1'),
    (3, 1, '0'),
    (3, 2, '1'),
    (4, 1, '1'),
    (5, 1, '1'),
    (6, 2, '1'),
    (7, 1, '0'),
    (7, 2, '1'),
    (8, 1, '1'),
    (9, 3, '1');
INSERT INTO hospital_1.procedures (code, name, cost) VALUES
    (1, 'Reverse Rhinopodoplasty', 1500.0),
    (2, 'Obtuse Pyloric Recombobulation', 3750.0),
    (3, 'Folded Demiophtalmectomy', 4500.0),
    (4, 'Complete Walletectomy', 10000.0),
    (5, 'Obfuscated Dermogastrotomy', 4899.0),
    (6, 'Reversible Pancreomyoplasty', 5600.0),
    (7, 'Follicular Demiectomy', 25.0);
INSERT INTO hospital_1.trained_in (physician, treatment, certificationdate, certificationexpires) VALUES
    (3, 1, '2008-01-01', '2008-12-31'),
    (3, 2, '2008-01-01', '2008-12-31'),
    (3, 5, '2008-01-01', '2008-12-31'),
    (3, 6, '2008-01-01', '2008-12-31'),
    (3, 7, '2008-01-01', '2008-12-31'),
    (6, 2, '2008-01-01', '2008-12-31'),
    (6, 5, '2007-01-01', '2007-12-31'),
    (6, 6, '2008-01-01', '2008-12-31'),
    (7, 1, '2008-01-01', '2008-12-31'),
    (7, 2, '2008-01-01', '2008-12-31'),
    (7, 3, '2008-01-01', '2008-12-31'),
    (7, 4, '2008-01-01', '2008-12-31'),
    (7, 5, '2008-01-01', '2008-12-31'),
    (7, 6, '2008-01-01', '2008-12-31'),
    (7, 7, '2008-01-01', '2008-12-31');
INSERT INTO hospital_1.patient (ssn, name, address, phone, insuranceid, pcp) VALUES
    (100000001, 'John Smith', '42 Foobar Lane', '555-0256', 68476213, 1),
    (100000002, 'Grace Ritchie', '37 Snafu Drive', '555-0512', 36546321, 2),
    (100000003, 'Random J. Patient', '101 Omgbbq Street', '555-1204', 65465421, 2),
    (100000004, 'Dennis Doe', '1100 Foobaz Avenue', '555-2048', 68421879, 3);
INSERT INTO hospital_1.nurse (employeeid, name, position, registered, ssn) VALUES
    (101, 'Carla Espinosa', 'Head Nurse', '1', 111111110),
    (102, 'Laverne Roberts', 'Nurse', '1', 222222220),
    (103, 'Paul Flowers', 'Nurse', '0', 333333330);
INSERT INTO hospital_1.appointment (appointmentid, patient, prepnurse, physician, start, "end", examinationroom) VALUES
    (13216584, 100000001, 101, 1, '2008-04-24 10:00', '2008-04-24 11:00', 'A'),
    (26548913, 100000002, 101, 2, '2008-04-24 10:00', '2008-04-24 11:00', 'B'),
    (36549879, 100000001, 102, 1, '2008-04-25 10:00', '2008-04-25 11:00', 'A'),
    (46846589, 100000004, 103, 4, '2008-04-25 10:00', '2008-04-25 11:00', 'B'),
    (59871321, 100000004, NULL, 4, '2008-04-26 10:00', '2008-04-26 11:00', 'C'),
    (69879231, 100000003, 103, 2, '2008-04-26 11:00', '2008-04-26 12:00', 'C'),
    (76983231, 100000001, NULL, 3, '2008-04-26 12:00', '2008-04-26 13:00', 'C'),
    (86213939, 100000004, 102, 9, '2008-04-27 10:00', '2008-04-21 11:00', 'A'),
    (93216548, 100000002, 101, 2, '2008-04-27 10:00', '2008-04-27 11:00', 'B');
INSERT INTO hospital_1.medication (code, name, brand, description) VALUES
    (1, 'Procrastin-X', 'X', 'N/A'),
    (2, 'Thesisin', 'Foo Labs', 'N/A'),
    (3, 'Awakin', 'Bar Laboratories', 'N/A'),
    (4, 'Crescavitin', 'Baz Industries', 'N/A'),
    (5, 'Melioraurin', 'Snafu Pharmaceuticals', 'N/A');
INSERT INTO hospital_1.prescribes (physician, patient, medication, date, appointment, dose) VALUES
    (1, 100000001, 1, '2008-04-24 10:47', 13216584, '5'),
    (9, 100000004, 2, '2008-04-27 10:53', 86213939, '10'),
    (9, 100000004, 2, '2008-04-30 16:53', NULL, '5');
INSERT INTO hospital_1.block (blockfloor, blockcode) VALUES
    (1, 1),
    (1, 2),
    (1, 3),
    (2, 1),
    (2, 2),
    (2, 3),
    (3, 1),
    (3, 2),
    (3, 3),
    (4, 1),
    (4, 2),
    (4, 3);
INSERT INTO hospital_1.room (roomnumber, roomtype, blockfloor, blockcode, unavailable) VALUES
    (101, 'Single', 1, 1, '0'),
    (102, 'Single', 1, 1, '0'),
    (103, 'Single', 1, 1, '0'),
    (111, 'Single', 1, 2, '0'),
    (112, 'Single', 1, 2, '1'),
    (113, 'Single', 1, 2, '0'),
    (121, 'Single', 1, 3, '0'),
    (122, 'Single', 1, 3, '0'),
    (123, 'Single', 1, 3, '0'),
    (201, 'Single', 2, 1, '1'),
    (202, 'Single', 2, 1, '0'),
    (203, 'Single', 2, 1, '0'),
    (211, 'Single', 2, 2, '0'),
    (212, 'Single', 2, 2, '0'),
    (213, 'Single', 2, 2, '1'),
    (221, 'Single', 2, 3, '0'),
    (222, 'Single', 2, 3, '0'),
    (223, 'Single', 2, 3, '0'),
    (301, 'Single', 3, 1, '0'),
    (302, 'Single', 3, 1, '1'),
    (303, 'Single', 3, 1, '0'),
    (311, 'Single', 3, 2, '0'),
    (312, 'Single', 3, 2, '0'),
    (313, 'Single', 3, 2, '0'),
    (321, 'Single', 3, 3, '1'),
    (322, 'Single', 3, 3, '0'),
    (323, 'Single', 3, 3, '0'),
    (401, 'Single', 4, 1, '0'),
    (402, 'Single', 4, 1, '1'),
    (403, 'Single', 4, 1, '0'),
    (411, 'Single', 4, 2, '0'),
    (412, 'Single', 4, 2, '0'),
    (413, 'Single', 4, 2, '0'),
    (421, 'Single', 4, 3, '1'),
    (422, 'Single', 4, 3, '0'),
    (423, 'Single', 4, 3, '0');
INSERT INTO hospital_1.on_call (nurse, blockfloor, blockcode, oncallstart, oncallend) VALUES
    (101, 1, 1, '2008-11-04 11:00', '2008-11-04 19:00'),
    (101, 1, 2, '2008-11-04 11:00', '2008-11-04 19:00'),
    (102, 1, 3, '2008-11-04 11:00', '2008-11-04 19:00'),
    (103, 1, 1, '2008-11-04 19:00', '2008-11-05 03:00'),
    (103, 1, 2, '2008-11-04 19:00', '2008-11-05 03:00'),
    (103, 1, 3, '2008-11-04 19:00', '2008-11-05 03:00');
INSERT INTO hospital_1.stay (stayid, patient, room, staystart, stayend) VALUES
    (3215, 100000001, 111, '2008-05-01', '2008-05-04'),
    (3216, 100000003, 123, '2008-05-03', '2008-05-14'),
    (3217, 100000004, 112, '2008-05-02', '2008-05-03');
