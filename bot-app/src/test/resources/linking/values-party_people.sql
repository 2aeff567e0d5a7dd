-- Rows of Spider's party_people, whole, for its 4 tables (region: 5 rows, party: 5, member: 15, party_events: 8), as
-- its SQLite database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0; its names
-- and spellings kept, 'Annaual Meeting' and the party named '3' too; member.party_id read as integer). SQL text ours.
SET client_min_messages = warning;
INSERT INTO party_people.region (region_id, region_name, "date", label, format, catalogue) VALUES
    (1, 'United Kingdom', '1 July 2002', 'Parlophone', 'CD', '540 3622'),
    (2, 'United Kingdom', '1 July 2002', 'Parlophone', '2× LP', '539 9821'),
    (3, 'Japan', '3 July 2002', 'Toshiba-EMI', 'CD', 'TOCP-66045'),
    (4, 'United States', '16 July 2002', 'Astralwerks', 'CD', 'ASW 40362'),
    (5, 'United States', '16 July 2002', 'Astralwerks', 'CD digipak', 'ASW 40522');
INSERT INTO party_people.party (party_id, minister, took_office, left_office, region_id, party_name) VALUES
    (1, 'Dr. Kwame Nkrumah (MP)', '1957', '1958', 1, 'Convention Peoples Party'),
    (2, 'Kojo Botsio (MP)', '1958', '1959', 2, 'Progress Party'),
    (3, 'Ebenezer Ako-Adjei (MP)', '1959', '1960', 3, '3'),
    (4, 'Imoru Egala (MP)', '1960', '1961', 4, 'Convention Union Party'),
    (5, 'Ebenezer Ako-Adjei (MP)', '1961', '1962', 5, 'Sinefine Party');
INSERT INTO party_people.member (member_id, member_name, party_id, in_office) VALUES
    (1, 'Hon Tony Abbott', 3, '1994–present'),
    (2, 'Hon Dick Adams', 2, '1993–2013'),
    (3, 'Anthony Albanese', 2, '1996–present'),
    (4, 'Hon John Anderson', 1, '1989–2007'),
    (5, 'Peter Andren', 3, '1996–2007'),
    (6, 'Hon Kevin Andrews', 3, '1991–present'),
    (7, 'Hon Fran Bailey', 3, '1990–1993, 1996–2010'),
    (8, 'Hon Bruce Baird', 3, '2001–2007'),
    (9, 'Mark Baker', 3, '2004–2007'),
    (10, 'Hon Bob Baldwin', 3, '2001–present'),
    (11, 'Phil Barresi', 3, '1996–2007'),
    (12, 'Kerry Bartlett', 1, '1996–2007'),
    (13, 'Hon Kim Beazley', 2, '1980–2007'),
    (14, 'Hon Arch Bevis', 2, '1990–2010'),
    (15, 'Hon Bruce Billson', 3, '1996–present');
INSERT INTO party_people.party_events (event_id, event_name, party_id, member_in_charge_id) VALUES
    (1, 'Annaual Meeting', 1, 4),
    (2, 'Conference', 1, 12),
    (3, 'Annaual Meeting', 2, 2),
    (4, 'Budget Meeting', 2, 3),
    (5, 'Annaual Meeting', 3, 10),
    (6, 'Election Meeting', 3, 11),
    (7, 'Budget Meeting', 3, 15),
    (8, 'Election Meeting', 1, 4);
