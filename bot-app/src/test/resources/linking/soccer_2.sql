-- Spider's soccer_2 (colleges with their state and enrolment, players with a yellow-card flag and training hours,
-- and the tryouts of players at colleges: position tried for and the decision), from the public Spider mirror
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/soccer_2/soccer_2.sqlite, commit 999f5e4; Spider,
-- CC BY-SA 4.0). Converted by hand from the SQLite file's CREATE TABLE statements, schema soccer_2: names
-- lower-cased (College -> college, cName -> cname, pID -> pid, yCard -> ycard, HS -> hs, pPos -> ppos), types as
-- declared (varchar(n), numeric(5,0)); primary and foreign keys as declared. No comments in the source. Rows in
-- values-soccer_2.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS soccer_2;
CREATE TABLE soccer_2.college (
    cname varchar(20) NOT NULL,
    state varchar(2),
    enr numeric(5,0),
    PRIMARY KEY (cname)
);
CREATE TABLE soccer_2.player (
    pid numeric(5,0) NOT NULL,
    pname varchar(20),
    ycard varchar(3),
    hs numeric(5,0),
    PRIMARY KEY (pid)
);
CREATE TABLE soccer_2.tryout (
    pid numeric(5,0),
    cname varchar(20),
    ppos varchar(8),
    decision varchar(3),
    PRIMARY KEY (pid, cname),
    FOREIGN KEY (pid) REFERENCES soccer_2.player (pid),
    FOREIGN KEY (cname) REFERENCES soccer_2.college (cname)
);
