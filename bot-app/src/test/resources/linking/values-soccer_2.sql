-- Rows of Spider's soccer_2, whole, for its 3 tables (college: 4 rows, player: 6, tryout: 6), as its SQLite database
-- holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). SQL text ours.
SET client_min_messages = warning;
INSERT INTO soccer_2.college (cname, state, enr) VALUES
    ('LSU', 'LA', 18000),
    ('ASU', 'AZ', 12000),
    ('OU', 'OK', 22000),
    ('FSU', 'FL', 19000);
INSERT INTO soccer_2.player (pid, pname, ycard, hs) VALUES
    (10001, 'Andrew', 'no', 1200),
    (20002, 'Blake', 'no', 1600),
    (30003, 'Charles', 'no', 300),
    (40004, 'David', 'yes', 1600),
    (40002, 'Drago', 'yes', 1600),
    (50005, 'Eddie', 'yes', 600);
INSERT INTO soccer_2.tryout (pid, cname, ppos, decision) VALUES
    (10001, 'LSU', 'goalie', 'no'),
    (10001, 'ASU', 'goalie', 'yes'),
    (20002, 'FSU', 'striker', 'yes'),
    (30003, 'OU', 'mid', 'no'),
    (40004, 'ASU', 'goalie', 'no'),
    (50005, 'LSU', 'mid', 'no');
