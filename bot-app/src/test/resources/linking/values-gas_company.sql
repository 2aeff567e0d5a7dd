-- Rows of Spider's gas_company, whole, for its 3 tables (company: 10 rows, gas_station: 11, station_company: 6), as
-- its SQLite database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). SQL text ours.
SET client_min_messages = warning;
INSERT INTO gas_company.company (company_id, "rank", company, headquarters, main_industry, sales_billion, profits_billion, assets_billion, market_value) VALUES
    (1, 1, 'ExxonMobil', 'USA', 'Oil and gas', 433.5, 41.1, 331.1, 407.4),
    (2, 3, 'General Electric', 'USA', 'Conglomerate', 147.3, 14.2, 717.2, 213.7),
    (3, 4, 'Royal Dutch Shell', 'Netherlands', 'Oil and gas', 470.2, 30.9, 340.5, 227.6),
    (4, 5, 'Industrial and Commercial Bank of China', 'China', 'Banking', 82.6, 25.1, 2039.1, 237.4),
    (5, 6, 'HSBC', 'UK', 'Banking', 102.0, 16.2, 2550.0, 164.3),
    (6, 7, 'PetroChina', 'China', 'Oil and gas', 310.1, 20.6, 304.7, 294.7),
    (7, 8, 'Berkshire Hathaway', 'USA', 'Conglomerate', 143.7, 10.3, 392.6, 202.2),
    (8, 9, 'Wells Fargo', 'USA', 'Banking', 87.6, 15.9, 1313.9, 178.7),
    (9, 10, 'Petrobras', 'Brazil', 'Oil and gas', 145.9, 20.1, 319.4, 180.0),
    (10, 11, 'BP', 'UK', 'Oil and gas', 375.5, 25.7, 292.5, 147.4);
INSERT INTO gas_company.gas_station (station_id, open_year, location, manager_name, vice_manager_name, representative_name) VALUES
    (1, 1998, 'Herne Hill', 'BrianWingrave', 'Russell Denman', 'Clive Burr'),
    (2, 1999, 'Channel Hill', 'SimonMarloe', 'Russell Brown', 'Rob Jefferies '),
    (3, 2000, 'Reading North', 'Simon Cope Derek Marloe', 'James Colin ', 'Dave Edwards Roger '),
    (4, 2002, 'Herne St', 'Colin Denman', 'Martin Garnham', 'Ray Hughes'),
    (5, 2003, 'Reading', 'Colin Denman', 'Martin Freeman', 'Andrew Russell'),
    (6, 2004, 'Herne Ave', 'Tom Whit', 'Simon Gaywood', 'Tony Gibb'),
    (7, 2005, 'Hennry Hill', 'Bryan Taylor', 'James Holland-Leader', 'Simon Gaywood'),
    (8, 2006, 'Jane Ave', 'BryanDenman', 'James Holland-Leader', 'Simon Gaywood'),
    (9, 2007, 'Maindy Hill', 'Tony Bristow', 'JameMarloe', 'Courtney Rowe'),
    (10, 2008, 'Maindy Ave', 'Luke Rowe', 'TonyBristow', 'Chris Pyatt'),
    (11, 2009, 'Newport Rd', 'Jon Rowe', 'Steve Parsons', 'Tim Read');
INSERT INTO gas_company.station_company (station_id, company_id, rank_of_the_year) VALUES
    (11, 1, 1),
    (1, 3, 2),
    (6, 6, 3),
    (7, 9, 4),
    (10, 10, 9),
    (4, 1, 13);
