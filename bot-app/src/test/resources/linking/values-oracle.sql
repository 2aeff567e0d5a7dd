-- Rows of Oracle's sample schemas as their populate scripts insert them (github.com/oracle-samples/db-sample-schemas,
-- commit 6660bad; human_resources/hr_populate.sql, customer_orders/co_populate.sql, sales_history/sh_populate.sql;
-- MIT licence, Copyright (c) 2023 Oracle): every table of at most 300 rows whose foreign keys point only at tables
-- loaded here, whole: all seven HR tables (5 regions, 25 countries, 23 locations, 19 jobs, 27 departments, 107
-- employees, 10 job history rows), CO's 23 stores and 46 products (product_details, a BLOB of JSON, as its text
-- converted to bytea), SH's 5 channels, 35 countries and 72 products. Oracle's '' (NULL) written as NULL. The
-- managers of departments and employees point at each other, so those rows are inserted without their manager and
-- the managers set by the UPDATE statements after the employees. The SQL text is ours.
SET client_min_messages = warning;
INSERT INTO hr.regions (region_id, region_name) VALUES
    (10, 'Europe'),
    (20, 'Americas'),
    (30, 'Asia'),
    (40, 'Oceania'),
    (50, 'Africa');
INSERT INTO hr.countries (country_id, country_name, region_id) VALUES
    ('AR', 'Argentina', 20),
    ('AU', 'Australia', 40),
    ('BE', 'Belgium', 10),
    ('BR', 'Brazil', 20),
    ('CA', 'Canada', 20),
    ('CH', 'Switzerland', 10),
    ('CN', 'China', 30),
    ('DE', 'Germany', 10),
    ('DK', 'Denmark', 10),
    ('EG', 'Egypt', 50),
    ('FR', 'France', 10),
    ('GB', 'United Kingdom of Great Britain and Northern Ireland', 10),
    ('IL', 'Israel', 30),
    ('IN', 'India', 30),
    ('IT', 'Italy', 10),
    ('JP', 'Japan', 30),
    ('KW', 'Kuwait', 30),
    ('ML', 'Malaysia', 30),
    ('MX', 'Mexico', 20),
    ('NG', 'Nigeria', 50),
    ('NL', 'Netherlands', 10),
    ('SG', 'Singapore', 30),
    ('US', 'United States of America', 20),
    ('ZM', 'Zambia', 50),
    ('ZW', 'Zimbabwe', 50);
INSERT INTO hr.locations (location_id, street_address, postal_code, city, state_province, country_id) VALUES
    (1000, '1297 Via Cola di Rie', '00989', 'Roma', NULL, 'IT'),
    (1100, '93091 Calle della Testa', '10934', 'Venice', NULL, 'IT'),
    (1200, '2017 Shinjuku-ku', '1689', 'Tokyo', 'Tokyo Prefecture', 'JP'),
    (1300, '9450 Kamiya-cho', '6823', 'Hiroshima', NULL, 'JP'),
    (1400, '2014 Jabberwocky Rd', '26192', 'Southlake', 'Texas', 'US'),
    (1500, '2011 Interiors Blvd', '99236', 'South San Francisco', 'California', 'US'),
    (1600, '2007 Zagora St', '50090', 'South Brunswick', 'New Jersey', 'US'),
    (1700, '2004 Charade Rd', '98199', 'Seattle', 'Washington', 'US'),
    (1800, '147 Spadina Ave', 'M5V 2L7', 'Toronto', 'Ontario', 'CA'),
    (1900, '6092 Boxwood St', 'YSW 9T2', 'Whitehorse', 'Yukon', 'CA'),
    (2000, '40-5-12 Laogianggen', '190518', 'Beijing', NULL, 'CN'),
    (2100, '1298 Vileparle (E)', '490231', 'Bombay', 'Maharashtra', 'IN'),
    (2200, '12-98 Victoria Street', '2901', 'Sydney', 'New South Wales', 'AU'),
    (2300, '198 Clementi North', '540198', 'Singapore', NULL, 'SG'),
    (2400, '8204 Arthur St', NULL, 'London', NULL, 'GB'),
    (2500, 'Magdalen Centre, The Oxford Science Park', 'OX9 9ZB', 'Oxford', 'Oxford', 'GB'),
    (2600, '9702 Chester Road', '09629850293', 'Stretford', 'Manchester', 'GB'),
    (2700, 'Schwanthalerstr. 7031', '80925', 'Munich', 'Bavaria', 'DE'),
    (2800, 'Rua Frei Caneca 1360 ', '01307-002', 'Sao Paulo', 'Sao Paulo', 'BR'),
    (2900, '20 Rue des Corps-Saints', '1730', 'Geneva', 'Geneve', 'CH'),
    (3000, 'Murtenstrasse 921', '3095', 'Bern', 'BE', 'CH'),
    (3100, 'Pieter Breughelstraat 837', '3029SK', 'Utrecht', 'Utrecht', 'NL'),
    (3200, 'Mariano Escobedo 9991', '11932', 'Mexico City', 'Distrito Federal', 'MX');
INSERT INTO hr.jobs (job_id, job_title, min_salary, max_salary) VALUES
    ('AC_ACCOUNT', 'Public Accountant', 4200, 9000),
    ('AC_MGR', 'Accounting Manager', 8200, 16000),
    ('AD_ASST', 'Administration Assistant', 3000, 6000),
    ('AD_PRES', 'President', 20080, 40000),
    ('AD_VP', 'Administration Vice President', 15000, 30000),
    ('FI_ACCOUNT', 'Accountant', 4200, 9000),
    ('FI_MGR', 'Finance Manager', 8200, 16000),
    ('HR_REP', 'Human Resources Representative', 4000, 9000),
    ('IT_PROG', 'Programmer', 4000, 10000),
    ('MK_MAN', 'Marketing Manager', 9000, 15000),
    ('MK_REP', 'Marketing Representative', 4000, 9000),
    ('PR_REP', 'Public Relations Representative', 4500, 10500),
    ('PU_CLERK', 'Purchasing Clerk', 2500, 5500),
    ('PU_MAN', 'Purchasing Manager', 8000, 15000),
    ('SA_MAN', 'Sales Manager', 10000, 20080),
    ('SA_REP', 'Sales Representative', 6000, 12008),
    ('SH_CLERK', 'Shipping Clerk', 2500, 5500),
    ('ST_CLERK', 'Stock Clerk', 2008, 5000),
    ('ST_MAN', 'Stock Manager', 5500, 8500);
INSERT INTO hr.departments (department_id, department_name, manager_id, location_id) VALUES
    (10, 'Administration', NULL, 1700),
    (20, 'Marketing', NULL, 1800),
    (30, 'Purchasing', NULL, 1700),
    (40, 'Human Resources', NULL, 2400),
    (50, 'Shipping', NULL, 1500),
    (60, 'IT', NULL, 1400),
    (70, 'Public Relations', NULL, 2700),
    (80, 'Sales', NULL, 2500),
    (90, 'Executive', NULL, 1700),
    (100, 'Finance', NULL, 1700),
    (110, 'Accounting', NULL, 1700),
    (120, 'Treasury', NULL, 1700),
    (130, 'Corporate Tax', NULL, 1700),
    (140, 'Control And Credit', NULL, 1700),
    (150, 'Shareholder Services', NULL, 1700),
    (160, 'Benefits', NULL, 1700),
    (170, 'Manufacturing', NULL, 1700),
    (180, 'Construction', NULL, 1700),
    (190, 'Contracting', NULL, 1700),
    (200, 'Operations', NULL, 1700),
    (210, 'IT Support', NULL, 1700),
    (220, 'NOC', NULL, 1700),
    (230, 'IT Helpdesk', NULL, 1700),
    (240, 'Government Sales', NULL, 1700),
    (250, 'Retail Sales', NULL, 1700),
    (260, 'Recruiting', NULL, 1700),
    (270, 'Payroll', NULL, 1700);
INSERT INTO hr.employees (employee_id, first_name, last_name, email, phone_number, hire_date, job_id, salary, commission_pct, manager_id, department_id) VALUES
    (100, 'Steven', 'King', 'SKING', '1.515.555.0100', '2013-06-17', 'AD_PRES', 24000.00, NULL, NULL, 90),
    (101, 'Neena', 'Yang', 'NYANG', '1.515.555.0101', '2015-09-21', 'AD_VP', 17000.00, NULL, NULL, 90),
    (102, 'Lex', 'Garcia', 'LGARCIA', '1.515.555.0102', '2011-01-13', 'AD_VP', 17000.00, NULL, NULL, 90),
    (103, 'Alexander', 'James', 'AJAMES', '1.590.555.0103', '2016-01-03', 'IT_PROG', 9000.00, NULL, NULL, 60),
    (104, 'Bruce', 'Miller', 'BMILLER', '1.590.555.0104', '2017-05-21', 'IT_PROG', 6000.00, NULL, NULL, 60),
    (105, 'David', 'Williams', 'DWILLIAMS', '1.590.555.0105', '2015-06-25', 'IT_PROG', 4800.00, NULL, NULL, 60),
    (106, 'Valli', 'Jackson', 'VJACKSON', '1.590.555.0106', '2016-02-05', 'IT_PROG', 4800.00, NULL, NULL, 60),
    (107, 'Diana', 'Nguyen', 'DNGUYEN', '1.590.555.0107', '2017-02-07', 'IT_PROG', 4200.00, NULL, NULL, 60),
    (108, 'Nancy', 'Gruenberg', 'NGRUENBE', '1.515.555.0108', '2012-08-17', 'FI_MGR', 12008.00, NULL, NULL, 100),
    (109, 'Daniel', 'Faviet', 'DFAVIET', '1.515.555.0109', '2012-08-16', 'FI_ACCOUNT', 9000.00, NULL, NULL, 100),
    (110, 'John', 'Chen', 'JCHEN', '1.515.555.0110', '2015-09-28', 'FI_ACCOUNT', 8200.00, NULL, NULL, 100),
    (111, 'Ismael', 'Sciarra', 'ISCIARRA', '1.515.555.0111', '2015-09-30', 'FI_ACCOUNT', 7700.00, NULL, NULL, 100),
    (112, 'Jose Manuel', 'Urman', 'JMURMAN', '1.515.555.0112', '2016-03-07', 'FI_ACCOUNT', 7800.00, NULL, NULL, 100),
    (113, 'Luis', 'Popp', 'LPOPP', '1.515.555.0113', '2017-12-07', 'FI_ACCOUNT', 6900.00, NULL, NULL, 100),
    (114, 'Den', 'Li', 'DLI', '1.515.555.0114', '2012-12-07', 'PU_MAN', 11000.00, NULL, NULL, 30),
    (115, 'Alexander', 'Khoo', 'AKHOO', '1.515.555.0115', '2013-05-18', 'PU_CLERK', 3100.00, NULL, NULL, 30),
    (116, 'Shelli', 'Baida', 'SBAIDA', '1.515.555.0116', '2015-12-24', 'PU_CLERK', 2900.00, NULL, NULL, 30),
    (117, 'Sigal', 'Tobias', 'STOBIAS', '1.515.555.0117', '2015-07-24', 'PU_CLERK', 2800.00, NULL, NULL, 30),
    (118, 'Guy', 'Himuro', 'GHIMURO', '1.515.555.0118', '2016-11-15', 'PU_CLERK', 2600.00, NULL, NULL, 30),
    (119, 'Karen', 'Colmenares', 'KCOLMENA', '1.515.555.0119', '2017-08-10', 'PU_CLERK', 2500.00, NULL, NULL, 30),
    (120, 'Matthew', 'Weiss', 'MWEISS', '1.650.555.0120', '2014-07-18', 'ST_MAN', 8000.00, NULL, NULL, 50),
    (121, 'Adam', 'Fripp', 'AFRIPP', '1.650.555.0121', '2015-04-10', 'ST_MAN', 8200.00, NULL, NULL, 50),
    (122, 'Payam', 'Kaufling', 'PKAUFLIN', '1.650.555.0122', '2013-05-01', 'ST_MAN', 7900.00, NULL, NULL, 50),
    (123, 'Shanta', 'Vollman', 'SVOLLMAN', '1.650.555.0123', '2015-10-10', 'ST_MAN', 6500.00, NULL, NULL, 50),
    (124, 'Kevin', 'Mourgos', 'KMOURGOS', '1.650.555.0124', '2017-11-16', 'ST_MAN', 5800.00, NULL, NULL, 50),
    (125, 'Julia', 'Nayer', 'JNAYER', '1.650.555.0125', '2015-07-16', 'ST_CLERK', 3200.00, NULL, NULL, 50),
    (126, 'Irene', 'Mikkilineni', 'IMIKKILI', '1.650.555.0126', '2016-09-28', 'ST_CLERK', 2700.00, NULL, NULL, 50),
    (127, 'James', 'Landry', 'JLANDRY', '1.650.555.0127', '2017-01-14', 'ST_CLERK', 2400.00, NULL, NULL, 50),
    (128, 'Steven', 'Markle', 'SMARKLE', '1.650.555.0128', '2018-03-08', 'ST_CLERK', 2200.00, NULL, NULL, 50),
    (129, 'Laura', 'Bissot', 'LBISSOT', '1.650.555.0129', '2015-08-20', 'ST_CLERK', 3300.00, NULL, NULL, 50),
    (130, 'Mozhe', 'Atkinson', 'MATKINSO', '1.650.555.0130', '2015-10-30', 'ST_CLERK', 2800.00, NULL, NULL, 50),
    (131, 'James', 'Marlow', 'JAMRLOW', '1.650.555.0131', '2015-02-16', 'ST_CLERK', 2500.00, NULL, NULL, 50),
    (132, 'TJ', 'Olson', 'TJOLSON', '1.650.555.0132', '2017-04-10', 'ST_CLERK', 2100.00, NULL, NULL, 50),
    (133, 'Jason', 'Mallin', 'JMALLIN', '1.650.555.0133', '2014-06-14', 'ST_CLERK', 3300.00, NULL, NULL, 50),
    (134, 'Michael', 'Rogers', 'MROGERS', '1.650.555.0134', '2016-08-26', 'ST_CLERK', 2900.00, NULL, NULL, 50),
    (135, 'Ki', 'Gee', 'KGEE', '1.650.555.0135', '2017-12-12', 'ST_CLERK', 2400.00, NULL, NULL, 50),
    (136, 'Hazel', 'Philtanker', 'HPHILTAN', '1.650.555.0136', '2018-02-06', 'ST_CLERK', 2200.00, NULL, NULL, 50),
    (137, 'Renske', 'Ladwig', 'RLADWIG', '1.650.555.0137', '2013-07-14', 'ST_CLERK', 3600.00, NULL, NULL, 50),
    (138, 'Stephen', 'Stiles', 'SSTILES', '1.650.555.0138', '2015-10-26', 'ST_CLERK', 3200.00, NULL, NULL, 50),
    (139, 'John', 'Seo', 'JSEO', '1.650.555.0139', '2016-02-12', 'ST_CLERK', 2700.00, NULL, NULL, 50),
    (140, 'Joshua', 'Patel', 'JPATEL', '1.650.555.0140', '2016-04-06', 'ST_CLERK', 2500.00, NULL, NULL, 50),
    (141, 'Trenna', 'Rajs', 'TRAJS', '1.650.555.0141', '2013-10-17', 'ST_CLERK', 3500.00, NULL, NULL, 50),
    (142, 'Curtis', 'Davies', 'CDAVIES', '1.650.555.0142', '2015-01-29', 'ST_CLERK', 3100.00, NULL, NULL, 50),
    (143, 'Randall', 'Matos', 'RMATOS', '1.650.555.0143', '2016-03-15', 'ST_CLERK', 2600.00, NULL, NULL, 50),
    (144, 'Peter', 'Vargas', 'PVARGAS', '1.650.555.0144', '2016-07-09', 'ST_CLERK', 2500.00, NULL, NULL, 50),
    (145, 'John', 'Singh', 'JSINGH', '44.1632.960000', '2014-10-01', 'SA_MAN', 14000.00, 0.40, NULL, 80),
    (146, 'Karen', 'Partners', 'KPARTNER', '44.1632.960001', '2015-01-05', 'SA_MAN', 13500.00, 0.30, NULL, 80),
    (147, 'Alberto', 'Errazuriz', 'AERRAZUR', '44.1632.960002', '2015-03-10', 'SA_MAN', 12000.00, 0.30, NULL, 80),
    (148, 'Gerald', 'Cambrault', 'GCAMBRAU', '44.1632.960003', '2017-10-15', 'SA_MAN', 11000.00, 0.30, NULL, 80),
    (149, 'Eleni', 'Zlotkey', 'EZLOTKEY', '44.1632.960004', '2018-01-29', 'SA_MAN', 10500.00, 0.20, NULL, 80),
    (150, 'Sean', 'Tucker', 'STUCKER', '44.1632.960005', '2015-01-30', 'SA_REP', 10000.00, 0.30, NULL, 80),
    (151, 'David', 'Bernstein', 'DBERNSTE', '44.1632.960006', '2015-03-24', 'SA_REP', 9500.00, 0.25, NULL, 80),
    (152, 'Peter', 'Hall', 'PHALL', '44.1632.960007', '2015-08-20', 'SA_REP', 9000.00, 0.25, NULL, 80),
    (153, 'Christopher', 'Olsen', 'COLSEN', '44.1632.960008', '2016-03-30', 'SA_REP', 8000.00, 0.20, NULL, 80),
    (154, 'Nanette', 'Cambrault', 'NCAMBRAU', '44.1632.960009', '2016-12-09', 'SA_REP', 7500.00, 0.20, NULL, 80),
    (155, 'Oliver', 'Tuvault', 'OTUVAULT', '44.1632.960010', '2017-11-23', 'SA_REP', 7000.00, 0.15, NULL, 80),
    (156, 'Janette', 'King', 'JKING', '44.1632.960011', '2014-01-30', 'SA_REP', 10000.00, 0.35, NULL, 80),
    (157, 'Patrick', 'Sully', 'PSULLY', '44.1632.960012', '2014-03-04', 'SA_REP', 9500.00, 0.35, NULL, 80),
    (158, 'Allan', 'McEwen', 'AMCEWEN', '44.1632.960013', '2014-08-01', 'SA_REP', 9000.00, 0.35, NULL, 80),
    (159, 'Lindsey', 'Smith', 'LSMITH', '44.1632.960014', '2015-03-10', 'SA_REP', 8000.00, 0.30, NULL, 80),
    (160, 'Louise', 'Doran', 'LDORAN', '44.1632.960015', '2015-12-15', 'SA_REP', 7500.00, 0.30, NULL, 80),
    (161, 'Sarath', 'Sewall', 'SSEWALL', '44.1632.960016', '2016-11-03', 'SA_REP', 7000.00, 0.25, NULL, 80),
    (162, 'Clara', 'Vishney', 'CVISHNEY', '44.1632.960017', '2015-11-11', 'SA_REP', 10500.00, 0.25, NULL, 80),
    (163, 'Danielle', 'Greene', 'DGREENE', '44.1632.960018', '2017-03-19', 'SA_REP', 9500.00, 0.15, NULL, 80),
    (164, 'Mattea', 'Marvins', 'MMARVINS', '44.1632.960019', '2018-01-24', 'SA_REP', 7200.00, 0.10, NULL, 80),
    (165, 'David', 'Lee', 'DLEE', '44.1632.960020', '2018-02-23', 'SA_REP', 6800.00, 0.10, NULL, 80),
    (166, 'Sundar', 'Ande', 'SANDE', '44.1632.960021', '2018-03-24', 'SA_REP', 6400.00, 0.10, NULL, 80),
    (167, 'Amit', 'Banda', 'ABANDA', '44.1632.960022', '2018-04-21', 'SA_REP', 6200.00, 0.10, NULL, 80),
    (168, 'Lisa', 'Ozer', 'LOZER', '44.1632.960023', '2015-03-11', 'SA_REP', 11500.00, 0.25, NULL, 80),
    (169, 'Harrison', 'Bloom', 'HBLOOM', '44.1632.960024', '2016-03-23', 'SA_REP', 10000.00, 0.20, NULL, 80),
    (170, 'Tayler', 'Fox', 'TFOX', '44.1632.960025', '2016-01-24', 'SA_REP', 9600.00, 0.20, NULL, 80),
    (171, 'William', 'Smith', 'WSMITH', '44.1632.960026', '2017-02-23', 'SA_REP', 7400.00, 0.15, NULL, 80),
    (172, 'Elizabeth', 'Bates', 'EBATES', '44.1632.960027', '2017-03-24', 'SA_REP', 7300.00, 0.15, NULL, 80),
    (173, 'Sundita', 'Kumar', 'SKUMAR', '44.1632.960028', '2018-04-21', 'SA_REP', 6100.00, 0.10, NULL, 80),
    (174, 'Ellen', 'Abel', 'EABEL', '44.1632.960029', '2014-05-11', 'SA_REP', 11000.00, 0.30, NULL, 80),
    (175, 'Alyssa', 'Hutton', 'AHUTTON', '44.1632.960030', '2015-03-19', 'SA_REP', 8800.00, 0.25, NULL, 80),
    (176, 'Jonathon', 'Taylor', 'JTAYLOR', '44.1632.960031', '2016-03-24', 'SA_REP', 8600.00, 0.20, NULL, 80),
    (177, 'Jack', 'Livingston', 'JLIVINGS', '44.1632.960032', '2016-04-23', 'SA_REP', 8400.00, 0.20, NULL, 80),
    (178, 'Kimberely', 'Grant', 'KGRANT', '44.1632.960033', '2017-05-24', 'SA_REP', 7000.00, 0.15, NULL, NULL),
    (179, 'Charles', 'Johnson', 'CJOHNSON', '44.1632.960034', '2018-01-04', 'SA_REP', 6200.00, 0.10, NULL, 80),
    (180, 'Winston', 'Taylor', 'WTAYLOR', '1.650.555.0145', '2016-01-24', 'SH_CLERK', 3200.00, NULL, NULL, 50),
    (181, 'Jean', 'Fleaur', 'JFLEAUR', '1.650.555.0146', '2016-02-23', 'SH_CLERK', 3100.00, NULL, NULL, 50),
    (182, 'Martha', 'Sullivan', 'MSULLIVA', '1.650.555.0147', '2017-06-21', 'SH_CLERK', 2500.00, NULL, NULL, 50),
    (183, 'Girard', 'Geoni', 'GGEONI', '1.650.555.0148', '2018-02-03', 'SH_CLERK', 2800.00, NULL, NULL, 50),
    (184, 'Nandita', 'Sarchand', 'NSARCHAN', '1.650.555.0149', '2014-01-27', 'SH_CLERK', 4200.00, NULL, NULL, 50),
    (185, 'Alexis', 'Bull', 'ABULL', '1.650.555.0150', '2015-02-20', 'SH_CLERK', 4100.00, NULL, NULL, 50),
    (186, 'Julia', 'Dellinger', 'JDELLING', '1.650.555.0151', '2016-06-24', 'SH_CLERK', 3400.00, NULL, NULL, 50),
    (187, 'Anthony', 'Cabrio', 'ACABRIO', '1.650.555.0152', '2017-02-07', 'SH_CLERK', 3000.00, NULL, NULL, 50),
    (188, 'Kelly', 'Chung', 'KCHUNG', '1.650.555.0153', '2015-06-14', 'SH_CLERK', 3800.00, NULL, NULL, 50),
    (189, 'Jennifer', 'Dilly', 'JDILLY', '1.650.555.0154', '2015-08-13', 'SH_CLERK', 3600.00, NULL, NULL, 50),
    (190, 'Timothy', 'Venzl', 'TVENZL', '1.650.555.0155', '2016-07-11', 'SH_CLERK', 2900.00, NULL, NULL, 50),
    (191, 'Randall', 'Perkins', 'RPERKINS', '1.650.555.0156', '2017-12-19', 'SH_CLERK', 2500.00, NULL, NULL, 50),
    (192, 'Sarah', 'Bell', 'SBELL', '1.650.555.0157', '2014-02-04', 'SH_CLERK', 4000.00, NULL, NULL, 50),
    (193, 'Britney', 'Everett', 'BEVERETT', '1.650.555.0158', '2015-03-03', 'SH_CLERK', 3900.00, NULL, NULL, 50),
    (194, 'Samuel', 'McLeod', 'SMCLEOD', '1.650.555.0159', '2016-07-01', 'SH_CLERK', 3200.00, NULL, NULL, 50),
    (195, 'Vance', 'Jones', 'VJONES', '1.650.555.0160', '2017-03-17', 'SH_CLERK', 2800.00, NULL, NULL, 50),
    (196, 'Alana', 'Walsh', 'AWALSH', '1.650.555.0161', '2016-04-24', 'SH_CLERK', 3100.00, NULL, NULL, 50),
    (197, 'Kevin', 'Feeney', 'KFEENEY', '1.650.555.0162', '2016-05-23', 'SH_CLERK', 3000.00, NULL, NULL, 50),
    (198, 'Donald', 'OConnell', 'DOCONNEL', '1.650.555.0163', '2017-06-21', 'SH_CLERK', 2600.00, NULL, NULL, 50),
    (199, 'Douglas', 'Grant', 'DGRANT', '1.650.555.0164', '2018-01-13', 'SH_CLERK', 2600.00, NULL, NULL, 50),
    (200, 'Jennifer', 'Whalen', 'JWHALEN', '1.515.555.0165', '2013-09-17', 'AD_ASST', 4400.00, NULL, NULL, 10),
    (201, 'Michael', 'Martinez', 'MMARTINE', '1.515.555.0166', '2014-02-17', 'MK_MAN', 13000.00, NULL, NULL, 20),
    (202, 'Pat', 'Davis', 'PDAVIS', '1.603.555.0167', '2015-08-17', 'MK_REP', 6000.00, NULL, NULL, 20),
    (203, 'Susan', 'Jacobs', 'SJACOBS', '1.515.555.0168', '2012-06-07', 'HR_REP', 6500.00, NULL, NULL, 40),
    (204, 'Hermann', 'Brown', 'HBROWN', '1.515.555.0169', '2012-06-07', 'PR_REP', 10000.00, NULL, NULL, 70),
    (205, 'Shelley', 'Higgins', 'SHIGGINS', '1.515.555.0170', '2012-06-07', 'AC_MGR', 12008.00, NULL, NULL, 110),
    (206, 'William', 'Gietz', 'WGIETZ', '1.515.555.0171', '2012-06-07', 'AC_ACCOUNT', 8300.00, NULL, NULL, 110);
UPDATE hr.departments SET manager_id = 200 WHERE department_id = 10;
UPDATE hr.departments SET manager_id = 201 WHERE department_id = 20;
UPDATE hr.departments SET manager_id = 114 WHERE department_id = 30;
UPDATE hr.departments SET manager_id = 203 WHERE department_id = 40;
UPDATE hr.departments SET manager_id = 121 WHERE department_id = 50;
UPDATE hr.departments SET manager_id = 103 WHERE department_id = 60;
UPDATE hr.departments SET manager_id = 204 WHERE department_id = 70;
UPDATE hr.departments SET manager_id = 145 WHERE department_id = 80;
UPDATE hr.departments SET manager_id = 100 WHERE department_id = 90;
UPDATE hr.departments SET manager_id = 108 WHERE department_id = 100;
UPDATE hr.departments SET manager_id = 205 WHERE department_id = 110;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 101;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 102;
UPDATE hr.employees SET manager_id = 102 WHERE employee_id = 103;
UPDATE hr.employees SET manager_id = 103 WHERE employee_id = 104;
UPDATE hr.employees SET manager_id = 103 WHERE employee_id = 105;
UPDATE hr.employees SET manager_id = 103 WHERE employee_id = 106;
UPDATE hr.employees SET manager_id = 103 WHERE employee_id = 107;
UPDATE hr.employees SET manager_id = 101 WHERE employee_id = 108;
UPDATE hr.employees SET manager_id = 108 WHERE employee_id = 109;
UPDATE hr.employees SET manager_id = 108 WHERE employee_id = 110;
UPDATE hr.employees SET manager_id = 108 WHERE employee_id = 111;
UPDATE hr.employees SET manager_id = 108 WHERE employee_id = 112;
UPDATE hr.employees SET manager_id = 108 WHERE employee_id = 113;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 114;
UPDATE hr.employees SET manager_id = 114 WHERE employee_id = 115;
UPDATE hr.employees SET manager_id = 114 WHERE employee_id = 116;
UPDATE hr.employees SET manager_id = 114 WHERE employee_id = 117;
UPDATE hr.employees SET manager_id = 114 WHERE employee_id = 118;
UPDATE hr.employees SET manager_id = 114 WHERE employee_id = 119;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 120;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 121;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 122;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 123;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 124;
UPDATE hr.employees SET manager_id = 120 WHERE employee_id = 125;
UPDATE hr.employees SET manager_id = 120 WHERE employee_id = 126;
UPDATE hr.employees SET manager_id = 120 WHERE employee_id = 127;
UPDATE hr.employees SET manager_id = 120 WHERE employee_id = 128;
UPDATE hr.employees SET manager_id = 121 WHERE employee_id = 129;
UPDATE hr.employees SET manager_id = 121 WHERE employee_id = 130;
UPDATE hr.employees SET manager_id = 121 WHERE employee_id = 131;
UPDATE hr.employees SET manager_id = 121 WHERE employee_id = 132;
UPDATE hr.employees SET manager_id = 122 WHERE employee_id = 133;
UPDATE hr.employees SET manager_id = 122 WHERE employee_id = 134;
UPDATE hr.employees SET manager_id = 122 WHERE employee_id = 135;
UPDATE hr.employees SET manager_id = 122 WHERE employee_id = 136;
UPDATE hr.employees SET manager_id = 123 WHERE employee_id = 137;
UPDATE hr.employees SET manager_id = 123 WHERE employee_id = 138;
UPDATE hr.employees SET manager_id = 123 WHERE employee_id = 139;
UPDATE hr.employees SET manager_id = 123 WHERE employee_id = 140;
UPDATE hr.employees SET manager_id = 124 WHERE employee_id = 141;
UPDATE hr.employees SET manager_id = 124 WHERE employee_id = 142;
UPDATE hr.employees SET manager_id = 124 WHERE employee_id = 143;
UPDATE hr.employees SET manager_id = 124 WHERE employee_id = 144;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 145;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 146;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 147;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 148;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 149;
UPDATE hr.employees SET manager_id = 145 WHERE employee_id = 150;
UPDATE hr.employees SET manager_id = 145 WHERE employee_id = 151;
UPDATE hr.employees SET manager_id = 145 WHERE employee_id = 152;
UPDATE hr.employees SET manager_id = 145 WHERE employee_id = 153;
UPDATE hr.employees SET manager_id = 145 WHERE employee_id = 154;
UPDATE hr.employees SET manager_id = 145 WHERE employee_id = 155;
UPDATE hr.employees SET manager_id = 146 WHERE employee_id = 156;
UPDATE hr.employees SET manager_id = 146 WHERE employee_id = 157;
UPDATE hr.employees SET manager_id = 146 WHERE employee_id = 158;
UPDATE hr.employees SET manager_id = 146 WHERE employee_id = 159;
UPDATE hr.employees SET manager_id = 146 WHERE employee_id = 160;
UPDATE hr.employees SET manager_id = 146 WHERE employee_id = 161;
UPDATE hr.employees SET manager_id = 147 WHERE employee_id = 162;
UPDATE hr.employees SET manager_id = 147 WHERE employee_id = 163;
UPDATE hr.employees SET manager_id = 147 WHERE employee_id = 164;
UPDATE hr.employees SET manager_id = 147 WHERE employee_id = 165;
UPDATE hr.employees SET manager_id = 147 WHERE employee_id = 166;
UPDATE hr.employees SET manager_id = 147 WHERE employee_id = 167;
UPDATE hr.employees SET manager_id = 148 WHERE employee_id = 168;
UPDATE hr.employees SET manager_id = 148 WHERE employee_id = 169;
UPDATE hr.employees SET manager_id = 148 WHERE employee_id = 170;
UPDATE hr.employees SET manager_id = 148 WHERE employee_id = 171;
UPDATE hr.employees SET manager_id = 148 WHERE employee_id = 172;
UPDATE hr.employees SET manager_id = 148 WHERE employee_id = 173;
UPDATE hr.employees SET manager_id = 149 WHERE employee_id = 174;
UPDATE hr.employees SET manager_id = 149 WHERE employee_id = 175;
UPDATE hr.employees SET manager_id = 149 WHERE employee_id = 176;
UPDATE hr.employees SET manager_id = 149 WHERE employee_id = 177;
UPDATE hr.employees SET manager_id = 149 WHERE employee_id = 178;
UPDATE hr.employees SET manager_id = 149 WHERE employee_id = 179;
UPDATE hr.employees SET manager_id = 120 WHERE employee_id = 180;
UPDATE hr.employees SET manager_id = 120 WHERE employee_id = 181;
UPDATE hr.employees SET manager_id = 120 WHERE employee_id = 182;
UPDATE hr.employees SET manager_id = 120 WHERE employee_id = 183;
UPDATE hr.employees SET manager_id = 121 WHERE employee_id = 184;
UPDATE hr.employees SET manager_id = 121 WHERE employee_id = 185;
UPDATE hr.employees SET manager_id = 121 WHERE employee_id = 186;
UPDATE hr.employees SET manager_id = 121 WHERE employee_id = 187;
UPDATE hr.employees SET manager_id = 122 WHERE employee_id = 188;
UPDATE hr.employees SET manager_id = 122 WHERE employee_id = 189;
UPDATE hr.employees SET manager_id = 122 WHERE employee_id = 190;
UPDATE hr.employees SET manager_id = 122 WHERE employee_id = 191;
UPDATE hr.employees SET manager_id = 123 WHERE employee_id = 192;
UPDATE hr.employees SET manager_id = 123 WHERE employee_id = 193;
UPDATE hr.employees SET manager_id = 123 WHERE employee_id = 194;
UPDATE hr.employees SET manager_id = 123 WHERE employee_id = 195;
UPDATE hr.employees SET manager_id = 124 WHERE employee_id = 196;
UPDATE hr.employees SET manager_id = 124 WHERE employee_id = 197;
UPDATE hr.employees SET manager_id = 124 WHERE employee_id = 198;
UPDATE hr.employees SET manager_id = 124 WHERE employee_id = 199;
UPDATE hr.employees SET manager_id = 101 WHERE employee_id = 200;
UPDATE hr.employees SET manager_id = 100 WHERE employee_id = 201;
UPDATE hr.employees SET manager_id = 201 WHERE employee_id = 202;
UPDATE hr.employees SET manager_id = 101 WHERE employee_id = 203;
UPDATE hr.employees SET manager_id = 101 WHERE employee_id = 204;
UPDATE hr.employees SET manager_id = 101 WHERE employee_id = 205;
UPDATE hr.employees SET manager_id = 205 WHERE employee_id = 206;
INSERT INTO hr.job_history (employee_id, start_date, end_date, job_id, department_id) VALUES
    (101, '2007-09-21', '2011-10-27', 'AC_ACCOUNT', 110),
    (101, '2011-10-28', '2015-03-15', 'AC_MGR', 110),
    (102, '2011-01-13', '2016-07-24', 'IT_PROG', 60),
    (114, '2016-03-24', '2017-12-31', 'ST_CLERK', 50),
    (122, '2017-01-01', '2017-12-31', 'ST_CLERK', 50),
    (176, '2016-03-24', '2016-12-31', 'SA_REP', 80),
    (176, '2017-01-01', '2017-12-31', 'SA_MAN', 80),
    (200, '2005-09-17', '2011-06-17', 'AD_ASST', 90),
    (200, '2012-07-01', '2016-12-31', 'AC_ACCOUNT', 90),
    (201, '2014-02-17', '2017-12-19', 'MK_REP', 20);
INSERT INTO co.stores (store_id, store_name, web_address, physical_address, latitude, longitude, logo, logo_mime_type, logo_filename, logo_charset, logo_last_updated) VALUES
    (1, 'Online', 'https://www.example.com', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    (2, 'San Francisco', NULL, 'Redwood Shores
    500 Oracle Parkway
    Redwood Shores, CA 94065', 37.529395, -122.267237, NULL, NULL, NULL, NULL, NULL),
    (3, 'Seattle', NULL, '1501 Fourth Avenue
    Suite 1800
    Seattle, WA 98101', 47.605300, -122.332210, NULL, NULL, NULL, NULL, NULL),
    (4, 'New York City', NULL, '205 Lexington Ave
    7th Floor
    New York, NY 10016', 40.745216, -73.980518, NULL, NULL, NULL, NULL, NULL),
    (5, 'Chicago', NULL, '233 South Wacker Dr.
    45th Floor
    Chicago, IL 60606', 41.878751, -87.636675, NULL, NULL, NULL, NULL, NULL),
    (6, 'London', NULL, 'One South Place
    London
    EC2M 2RB', 51.519281, -0.087296, NULL, NULL, NULL, NULL, NULL),
    (7, 'Bucharest', NULL, 'Floreasca Park
    43 Soseaua Pipera, corp B.
    Sector 2
    Bucharest , 014254
    RO', 44.432250, 26.106260, NULL, NULL, NULL, NULL, NULL),
    (8, 'Berlin', NULL, 'Behrenstraße 42 (Humboldt Carré)
    10117 Berlin', 52.516100, 13.387300, NULL, NULL, NULL, NULL, NULL),
    (9, 'Utrecht', NULL, 'Hertogswetering 163-167, 3543 AS Utrecht, Netherlands', 52.103263, 5.061644, NULL, NULL, NULL, NULL, NULL),
    (10, 'Madrid', NULL, 'C/ José Echegaray 6B
    Las Rozas
    28230 Madrid', 40.492900, -3.873700, NULL, NULL, NULL, NULL, NULL),
    (11, 'Johannesburg', NULL, 'Woodmead North Office Park
    54 Maxwell Drive
    Jukskeiview, Sandton, 2196', -26.044222, 28.094662, NULL, NULL, NULL, NULL, NULL),
    (12, 'Lagos', NULL, '1391 Tiamiyu Savage St, Victoria Island, Lagos, Nigeria', 6.428060, 3.421990, NULL, NULL, NULL, NULL, NULL),
    (13, 'Vienna', NULL, 'Donau-City-Straße 7, 1220 Wien, Austria', 48.231838, 16.412798, NULL, NULL, NULL, NULL, NULL),
    (14, 'Mumbai', NULL, 'First International Financial Center
    Unit No. 501, Level 5
    No. C54 & 55, G Block
    Bandra Kurla Complex
    CTS No. 4207, Kolekalyan Village
    Mumbai - 400 051
    India', 19.069405, 72.870143, NULL, NULL, NULL, NULL, NULL),
    (15, 'New Dehli', NULL, 'F-01/02, First Floor
    Salcon Rasvillas
    D-1, District Centre,
    Saket, New Delhi - 110017
    India', 28.527693, 77.220135, NULL, NULL, NULL, NULL, NULL),
    (16, 'Sydney', NULL, 'Riverside Corporate Park
    4 Julius Avenue
    North Ryde
    NSW 2113', -33.797279, 151.143826, NULL, NULL, NULL, NULL, NULL),
    (17, 'Perth', NULL, 'Level 9
    225 St Georges Terrace
    Perth WA 6000', -31.953715, 115.851645, NULL, NULL, NULL, NULL, NULL),
    (18, 'São Paulo', NULL, 'Rua Dr. Jose Aureo Bustamante,
    455 - Vila Cordeiro,
    CEP 04710-090 São Paulo', -23.547500, -46.636110, NULL, NULL, NULL, NULL, NULL),
    (19, 'Buenos Aires', NULL, 'Juana Manso 1069, Buenos Aires, Argentina', -34.610160, -58.362867, NULL, NULL, NULL, NULL, NULL),
    (20, 'Mexico City', NULL, 'Montes Urales # 470 P3
    Col. Lomas de Chapultepec
    Delegación Miguel Hidalgo - C.P. 11000', 19.428489, -99.205745, NULL, NULL, NULL, NULL, NULL),
    (21, 'Bejing', NULL, 'China, Beijing Shi, Haidian Qu, Dongbeiwang W Rd, 8, 100085', 40.057200, 116.290061, NULL, NULL, NULL, NULL, NULL),
    (22, 'Tokyo', NULL, '2 Chome-5-? Kitaaoyama, Minato City, Tokyo 107-0061, Japan', 35.671534, 139.718584, NULL, NULL, NULL, NULL, NULL),
    (23, 'Tel Aviv', NULL, 'B, Aharon Bart St 18, Petah Tikva, 4951400, Israel', 32.100664, 34.862138, NULL, NULL, NULL, NULL, NULL);
INSERT INTO co.products (product_id, product_name, unit_price, product_details, product_image, image_mime_type, image_filename, image_charset, image_last_updated) VALUES
    (1, 'Boy''s Shirt (White)', 29.55, convert_to('{"colour":"white","gender":"Boy''s","brand":"COMTOURS","description":"Labore commodo velit cupidatat ullamco ea proident velit sunt adipisicing. Esse tempor exercitation reprehenderit ullamco esse incididunt dolore laboris Lorem ipsum fugiat ea.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (2, 'Women''s Shirt (Green)', 16.67, convert_to('{"colour":"green","gender":"Women''s","brand":"FLEETMIX","description":"Excepteur anim adipisicing aliqua ad. Ex aliquip ad tempor cupidatat dolore ipsum ex anim Lorem aute amet.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":8,"review":"Laborum ipsum adipisicing magna nulla tempor incididunt."},{"rating":10,"review":"Cupidatat dolore nulla pariatur quis quis."},{"rating":9,"review":"Pariatur mollit dolor in deserunt cillum consectetur."},{"rating":3,"review":"Dolore occaecat mollit id ad aliqua irure reprehenderit amet eiusmod pariatur."},{"rating":10,"review":"Est pariatur et qui minim velit non consectetur sint fugiat ad."},{"rating":6,"review":"Et pariatur ipsum eu qui."},{"rating":6,"review":"Voluptate labore irure cupidatat mollit irure quis fugiat enim laborum consectetur officia sunt."},{"rating":8,"review":"Irure elit do et elit aute veniam proident sunt."},{"rating":8,"review":"Aute mollit proident id veniam occaecat dolore mollit dolore nostrud."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (3, 'Boy''s Sweater (Green)', 44.17, convert_to('{"colour":"green","gender":"Boy''s","brand":"KINETICA","description":"Occaecat dolore in ut et ad pariatur laborum mollit nulla exercitation. Laboris esse tempor quis velit nostrud exercitation veniam reprehenderit minim minim exercitation.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":5,"review":"Sunt ad proident excepteur laboris officia eu reprehenderit dolor nostrud elit nulla pariatur incididunt Lorem."},{"rating":2,"review":"Ullamco ad amet fugiat adipisicing."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (4, 'Boy''s Trousers (White)', 43.71, convert_to('{"colour":"white","gender":"Boy''s","brand":"INTERLOO","description":"Nostrud esse velit incididunt occaecat ullamco dolor quis reprehenderit proident dolore deserunt tempor qui proident. Magna deserunt sit minim eu commodo minim labore occaecat ea id sint laborum.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":7,"review":"Anim culpa qui est adipisicing qui dolore enim. Sint duis aute laborum nisi ut elit Lorem nisi proident consectetur."},{"rating":6,"review":"Reprehenderit ad ipsum sint mollit aliqua."},{"rating":4,"review":"Enim culpa reprehenderit non ullamco non ex veniam. Sit do incididunt ullamco ad et et aliquip deserunt dolor officia nostrud ipsum officia nostrud. Lorem esse tempor aliqua ut quis occaecat."},{"rating":9,"review":"Pariatur sit dolor dolor tempor commodo aute culpa sit."},{"rating":2,"review":"Sunt enim sunt occaecat exercitation deserunt nisi anim mollit deserunt non laboris cillum."},{"rating":8,"review":"Exercitation et duis quis minim id duis veniam occaecat amet cillum velit pariatur tempor. Culpa aliquip adipisicing aliquip non minim occaecat eu nisi esse veniam eu aliqua."},{"rating":5,"review":"Culpa elit nulla dolore mollit tempor mollit in. Voluptate deserunt eiusmod sint id excepteur eiusmod excepteur qui enim cupidatat. Nostrud enim anim commodo adipisicing nisi dolore commodo elit commodo aliqua aliquip laborum."},{"rating":4,"review":"Exercitation sunt consequat anim nisi sunt cillum esse amet ut reprehenderit ea. Laborum labore ipsum consectetur ad excepteur proident fugiat consectetur eiusmod incididunt officia enim ullamco."},{"rating":2,"review":"Duis elit dolore Lorem commodo fugiat ad aliquip mollit ea. Sit fugiat officia tempor magna sit nisi irure exercitation deserunt mollit. Consequat est sunt qui non adipisicing."},{"rating":8,"review":"Nostrud laboris enim enim officia officia in non proident in do fugiat sit Lorem aliquip. Culpa ex voluptate exercitation velit."},{"rating":4,"review":"Sit ullamco est esse dolore sint aliquip enim id velit aliqua ex. Ex velit nulla occaecat ipsum reprehenderit."},{"rating":5,"review":"Deserunt nisi minim culpa cupidatat Lorem nisi anim pariatur tempor ut officia. Est minim veniam eiusmod eiusmod mollit aliqua incididunt aliqua nisi officia dolor amet cillum est."},
{"rating":2,"review":"Labore incididunt quis dolor nostrud cupidatat culpa aute ullamco culpa proident aliqua. Ut minim ullamco mollit do elit laboris adipisicing elit."},{"rating":3,"review":"Sunt nisi est culpa anim eu et cillum eu deserunt fugiat et id ullamco ea. Aliquip et amet est Lorem duis aliquip sunt aliqua adipisicing occaecat dolor."},{"rating":2,"review":"Ipsum culpa elit id officia consequat tempor esse enim cupidatat."},{"rating":9,"review":"Quis do duis Lorem dolor proident ex Lorem eiusmod quis deserunt officia reprehenderit. Sint ullamco in in reprehenderit excepteur. Eiusmod ut enim id nisi."},{"rating":7,"review":"Dolor nisi laboris cillum laboris amet fugiat magna enim est veniam quis. Ipsum voluptate ea ipsum consequat nisi velit."},{"rating":2,"review":"Sunt occaecat irure excepteur Lorem eiusmod laboris sit ex duis ea non sunt. Eiusmod cillum ex in labore cillum sint ex eiusmod reprehenderit elit. Proident aute ad occaecat esse minim."},{"rating":2,"review":"Voluptate enim minim elit esse ea laboris esse."},{"rating":7,"review":"Cillum ullamco consectetur irure reprehenderit voluptate cillum pariatur cillum. Fugiat elit elit anim culpa exercitation ex enim."},{"rating":1,"review":"Pariatur reprehenderit velit excepteur esse eiusmod sit. Veniam ut do cupidatat duis."},{"rating":2,"review":"Tempor velit irure duis voluptate."},{"rating":7,"review":"Reprehenderit culpa ad nisi ut minim anim id dolore."},{"rating":8,"review":"Cupidatat aute incididunt nostrud ex aute ad dolore. Enim labore elit voluptate culpa deserunt aliquip minim."},{"rating":9,"review":"Ad ea exercitation laboris proident occaecat laborum veniam ipsum occaecat aute proident ad."},{"rating":9,"review":"Velit ipsum nulla in adipisicing. Dolore eu et enim enim esse culpa irure non ut in labore labore aliqua. Sint ullamco laboris eiusmod minim veniam voluptate esse veniam exercitation voluptate qui pariatur."},{"rating":10,"review":"Dolor duis pariatur aliqua excepteur exercitation pariatur incididunt sit proident eu labore ea. Sint tempor proident amet sint anim Lorem reprehenderit sit pariatur voluptate dolore velit."},{"rating":1,"review":"Eiusmod ad aute ullamco aute mollit est reprehenderit consectetur nisi nulla amet consectetur culpa. Do et commodo sit deserunt aliqua deserunt non culpa est occaecat."},{"rating":4,"review":"Cupidatat est sint velit amet incididunt esse magna nostrud ea mollit nisi enim ad voluptate."},{"rating":10}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (5, 'Girl''s Shorts (Red)', 38.28, convert_to('{"colour":"red","gender":"Girl''s","brand":"OZEAN","description":"Reprehenderit labore id in quis nulla in proident duis fugiat. Amet do occaecat ut voluptate id do.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (6, 'Boy''s Socks (Grey)', 19.16, convert_to('{"colour":"grey","gender":"Boy''s","brand":"GROK","description":"Pariatur elit adipisicing aute dolor sunt laborum ullamco aliqua exercitation consectetur. Lorem qui sint ullamco sint commodo anim.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":5,"review":"Ea eu sit est consectetur quis in dolor ut."},{"rating":6,"review":"In do cillum occaecat minim."},{"rating":6,"review":"Laborum laborum excepteur ipsum aliquip reprehenderit cillum irure proident voluptate eiusmod in culpa."},{"rating":9,"review":"Exercitation magna proident non deserunt consectetur consectetur do ex sint id irure ipsum voluptate."},{"rating":7,"review":"Aliquip irure minim quis quis voluptate reprehenderit mollit dolore."},{"rating":1,"review":"Duis mollit aute cillum aute culpa magna."},{"rating":9,"review":"Magna exercitation exercitation sit commodo proident fugiat occaecat ullamco voluptate do consectetur officia velit."},{"rating":7,"review":"Laboris nostrud et nulla tempor commodo non aute ipsum excepteur qui dolore enim."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (7, 'Boy''s Socks (Black)', 19.58, convert_to('{"colour":"black","gender":"Boy''s","brand":"ENERVATE","description":"Sit minim sunt nulla proident velit Lorem dolor. Aute reprehenderit laborum labore proident non esse nisi ex magna consectetur minim ex est.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":8,"review":"Laborum laboris eu occaecat amet adipisicing consequat veniam velit."},{"rating":2,"review":"Mollit fugiat commodo minim sint do irure duis quis ex minim ad."},{"rating":2,"review":"Sit duis aliquip proident et nostrud enim anim amet dolor consequat tempor culpa."},{"rating":3,"review":"Proident aute voluptate aute irure."},{"rating":2,"review":"Ex excepteur duis irure veniam elit occaecat sit Lorem labore id minim tempor dolore officia."},{"rating":2,"review":"Amet fugiat commodo qui eiusmod dolore sint fugiat commodo elit qui esse in officia."},{"rating":2,"review":"Dolor proident proident ad officia cillum dolor aute officia enim exercitation."},{"rating":4,"review":"Dolor esse cupidatat eiusmod non veniam elit nostrud aliquip eu elit."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (8, 'Boy''s Coat (Brown)', 21.16, convert_to('{"colour":"brown","gender":"Boy''s","brand":"KOFFEE","description":"Voluptate quis excepteur mollit id dolore. Sunt aliquip in magna ut irure nostrud duis officia fugiat aute.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (9, 'Women''s Jeans (Brown)', 29.49, convert_to('{"colour":"brown","gender":"Women''s","brand":"PROTODYNE","description":"Est dolor tempor sint commodo irure sint ut dolor proident enim Lorem. Pariatur deserunt nostrud quis minim non.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":2,"review":"Occaecat cupidatat in id elit magna Lorem esse ad magna labore non qui magna."},{"rating":8,"review":"Cupidatat cupidatat laboris consectetur labore veniam aliqua et incididunt duis sunt proident."},{"rating":2,"review":"Esse ipsum veniam ullamco irure ad minim mollit consequat non dolor labore."},{"rating":1,"review":"Cillum ea minim voluptate id ut consectetur commodo nostrud cillum eiusmod eiusmod dolore cillum veniam."},{"rating":5,"review":"Excepteur adipisicing culpa dolor id et irure sint ex non nostrud velit pariatur esse quis."},{"rating":9,"review":"Do fugiat aliqua sunt quis proident fugiat."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (10, 'Women''s Skirt (Red)', 30.69, convert_to('{"colour":"green","gender":"Women''s","brand":"FLYBOYZ","description":"Qui aliquip dolor aute labore amet nostrud deserunt nulla ut veniam id. Ut aute velit tempor anim ex sit nisi.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":7,"review":"Mollit consequat minim sit consequat deserunt duis."},{"rating":8,"review":"Quis eu esse proident elit eu aliqua magna voluptate labore adipisicing voluptate ex do."},{"rating":6,"review":"Laborum nulla aliquip nulla adipisicing aliquip qui cupidatat aliquip in."},{"rating":3,"review":"Exercitation aute voluptate voluptate tempor sit enim ut veniam do."},{"rating":8,"review":"Cillum cillum anim aliqua eu deserunt amet eu ut veniam in qui."},{"rating":7,"review":"Nostrud aliqua ullamco irure consectetur elit nisi eu elit reprehenderit ut."},{"rating":5,"review":"Irure nisi dolore dolore ut non ad minim pariatur."},{"rating":2,"review":"Laboris aliqua sint est incididunt sunt non tempor irure reprehenderit labore."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (11, 'Boy''s Shorts (Blue)', 10.48, convert_to('{"colour":"blue","gender":"Boy''s","brand":"WRAPTURE","description":"Id sit adipisicing ea dolore fugiat laborum ut dolore. Reprehenderit aliqua non adipisicing aliqua adipisicing aute ullamco consectetur est aliqua.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":7,"review":"Laborum labore exercitation culpa sint cillum aute duis labore do excepteur."},{"rating":10,"review":"Do velit laborum adipisicing velit."},{"rating":6,"review":"Culpa dolor aute adipisicing ad."},{"rating":6,"review":"Sit sunt elit proident fugiat consectetur id incididunt nulla nulla magna consectetur."},{"rating":6,"review":"Adipisicing ipsum eiusmod sint ullamco dolor irure qui officia."},{"rating":4,"review":"Ipsum commodo amet non ut labore."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (12, 'Boy''s Socks (White)', 12.64, convert_to('{"colour":"grey","gender":"Boy''s","brand":"HANDSHAKE","description":"Tempor laborum voluptate mollit aliquip et tempor nostrud Lorem. Nostrud anim exercitation est fugiat elit est deserunt mollit exercitation.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":8,"review":"Quis culpa laborum ex magna."},{"rating":3,"review":"Culpa ullamco deserunt ex ea."},{"rating":3,"review":"Fugiat ullamco reprehenderit tempor nulla ad fugiat qui excepteur sunt officia deserunt nulla."},{"rating":2,"review":"Mollit dolore magna magna veniam culpa ullamco tempor esse id in occaecat excepteur ullamco ea."},{"rating":10,"review":"Culpa dolore enim consequat aliquip nulla ipsum."},{"rating":2,"review":"Excepteur aliqua sunt exercitation mollit pariatur anim tempor."},{"rating":8,"review":"Proident culpa tempor dolore deserunt anim ea deserunt quis duis."},{"rating":8,"review":"Reprehenderit est do quis quis reprehenderit adipisicing qui Lorem mollit sit labore veniam."},{"rating":1,"review":"Mollit dolore ad laboris ut cillum velit in sint labore nulla Lorem minim."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (13, 'Boy''s Hoodie (Grey)', 26.14, convert_to('{"colour":"grey","gender":"Boy''s","brand":"SUNCLIPSE","description":"Voluptate irure voluptate labore sint amet occaecat elit ea incididunt aliquip. Tempor laboris tempor tempor magna officia in aliqua consequat elit occaecat.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":7,"review":"Fugiat officia nostrud cillum duis consequat sunt culpa duis laborum reprehenderit laborum."},{"rating":10,"review":"Et do reprehenderit do irure tempor id aliquip voluptate anim consequat amet sunt."},{"rating":3,"review":"Minim adipisicing dolore eiusmod laborum aliqua non Lorem laboris minim est cillum qui qui Lorem."},{"rating":4,"review":"Esse Lorem aute deserunt quis."},{"rating":1,"review":"Ex deserunt aliqua consectetur elit cillum cillum ex et mollit sint."},{"rating":4,"review":"Magna esse ipsum ipsum irure officia nostrud ad velit sit."},{"rating":8,"review":"Mollit et tempor esse fugiat fugiat ad voluptate irure est sunt proident magna anim ex."},{"rating":4,"review":"Nulla nisi esse ut exercitation commodo irure non amet labore mollit et elit."},{"rating":1,"review":"Enim officia anim proident consequat."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (14, 'Women''s Skirt (Brown)', 13.97, convert_to('{"colour":"brown","gender":"Women''s","brand":"ISOTRONIC","description":"Magna Lorem do ad incididunt qui magna irure commodo nisi. Dolore ipsum adipisicing magna ea ullamco Lorem officia culpa do laborum voluptate.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":1,"review":"Officia occaecat laboris magna sint tempor officia deserunt proident eu excepteur."},{"rating":2,"review":"Aliqua nisi sint enim ad mollit qui."},{"rating":3,"review":"Fugiat excepteur eiusmod incididunt Lorem nostrud nostrud labore aute esse aliquip."},{"rating":8,"review":"Voluptate ad enim anim culpa veniam amet."},{"rating":3,"review":"Do cillum quis cillum Lorem tempor labore laboris."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (15, 'Girl''s Coat (Blue)', 13.09, convert_to('{"colour":"blue","gender":"Girl''s","brand":"DECRATEX","description":"Proident ut officia non duis est eu aliquip culpa cupidatat est incididunt amet ipsum veniam. Aliqua ea cupidatat incididunt ad excepteur irure ad pariatur occaecat duis incididunt excepteur amet.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":8,"review":"Officia irure deserunt mollit Lorem dolor dolor minim deserunt."},{"rating":10,"review":"Aliqua nostrud dolore enim dolore reprehenderit officia quis aliquip irure occaecat et."},{"rating":2,"review":"Consectetur consequat ut cupidatat et elit et cillum veniam exercitation Lorem culpa ipsum."},{"rating":9,"review":"Nisi tempor incididunt Lorem sit sit do mollit qui aliquip qui eu quis Lorem."},{"rating":9,"review":"Sunt nulla ad dolore fugiat cillum et."},{"rating":8,"review":"Incididunt nostrud officia sunt cupidatat culpa ex id ut."},{"rating":1,"review":"Deserunt sit officia enim adipisicing exercitation velit ipsum dolore laboris officia mollit ex esse et."},{"rating":3,"review":"Aliqua nulla laborum id mollit irure incididunt aliqua mollit qui nostrud consectetur sint aliqua quis."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (16, 'Women''s Socks (Grey)', 39.89, convert_to('{"colour":"grey","gender":"Women''s","brand":"PODUNK","description":"Ullamco aute sit magna est in dolore. Qui nisi laboris in voluptate aute quis esse esse cupidatat do et ipsum ad.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":5,"review":"Enim ad Lorem mollit esse mollit sunt aliquip pariatur magna mollit Lorem sint."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (17, 'Women''s Sweater (Brown)', 24.46, convert_to('{"colour":"brown","gender":"Women''s","brand":"KLUGGER","description":"Dolore adipisicing commodo consequat Lorem ut incididunt. Ullamco nulla qui qui pariatur qui officia adipisicing magna aliqua ex qui incididunt.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":7,"review":"Fugiat cillum anim in qui laborum velit eu consectetur ad fugiat."},{"rating":6,"review":"Elit duis nostrud ad non enim elit mollit deserunt."},{"rating":2,"review":"Amet anim mollit laboris deserunt deserunt laboris anim ad commodo dolor."},{"rating":7,"review":"Labore nulla ullamco aute labore esse do proident sit."},{"rating":5,"review":"Non amet cillum eu cillum cupidatat occaecat excepteur ad voluptate culpa id."},{"rating":4,"review":"Non aliqua nisi anim qui consectetur id dolore duis sint aliqua ea tempor laborum."},{"rating":5,"review":"Elit ea Lorem duis amet."},{"rating":10,"review":"Aliqua velit nulla exercitation dolor minim ipsum culpa nostrud occaecat proident voluptate."},{"rating":3,"review":"Exercitation anim eu et veniam tempor ea."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (18, 'Women''s Jacket (Black)', 14.34, convert_to('{"colour":"black","gender":"Women''s","brand":"GEOLOGIX","description":"Voluptate anim commodo culpa qui deserunt consequat elit exercitation dolor tempor enim officia amet deserunt. Dolore deserunt Lorem labore et.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":6,"review":"Veniam exercitation adipisicing irure et Lorem anim qui proident voluptate cupidatat sint veniam."},{"rating":5,"review":"Quis pariatur ea do reprehenderit mollit."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (19, 'Men''s Coat (Red)', 28.21, convert_to('{"colour":"red","gender":"Men''s","brand":"VELOS","description":"Sint quis dolor in dolore sint elit ullamco ex magna laborum id eu. Magna fugiat qui pariatur dolore ex est esse minim elit velit.","sizes":["XS","S","M","L","XL","XXL"],"reviews":[{"rating":7,"review":"Esse velit est cupidatat ea labore cupidatat ipsum ullamco cupidatat Lorem."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (20, 'Girl''s Shorts (Green)', 38.34, convert_to('{"colour":"green","gender":"Girl''s","brand":"TRASOLA","description":"Dolor eu Lorem dolore minim nisi pariatur. Consequat cillum id consequat mollit ad consectetur nostrud.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":7,"review":"Veniam consectetur ea nisi irure aute cillum."},{"rating":8,"review":"Consequat ex incididunt pariatur mollit magna incididunt veniam pariatur aliqua ex exercitation aute mollit ullamco."},{"rating":4,"review":"Proident tempor cupidatat ut cillum nisi sunt consectetur veniam dolore est ut."},{"rating":8,"review":"Deserunt amet quis do duis nulla officia anim sint do eiusmod exercitation."},{"rating":5,"review":"Anim magna incididunt mollit deserunt proident veniam occaecat ex ut ex incididunt."},{"rating":4,"review":"Consectetur cillum minim dolore cupidatat esse."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (21, 'Girl''s Pyjamas (White)', 39.78, convert_to('{"colour":"black","gender":"Girl''s","brand":"UTARIAN","description":"Fugiat adipisicing sunt ullamco est ea. Dolor excepteur sit ad eu.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":7,"review":"Proident consequat consequat eu enim Lorem incididunt ad amet excepteur tempor aliquip ad aliquip ea."},{"rating":7,"review":"Nulla sint anim aliqua laboris sint eu adipisicing incididunt."},{"rating":10,"review":"Aliqua aliquip non commodo duis consequat ad nisi et magna."},{"rating":9,"review":"Tempor consequat Lorem ipsum proident do nisi est dolore."},{"rating":7,"review":"Pariatur amet laborum dolor dolore incididunt sint labore."},{"rating":10,"review":"Eu exercitation incididunt et est."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (22, 'Men''s Shorts (Black)', 10.33, convert_to('{"colour":"black","gender":"Men''s","brand":"TERSANKI","description":"Occaecat veniam do aliqua irure consectetur ea fugiat aliqua qui ea veniam officia. Culpa officia Lorem dolor ullamco culpa adipisicing qui exercitation labore minim exercitation sunt.","sizes":["XS","S","M","L","XL","XXL"],"reviews":[{"rating":3,"review":"Consequat anim reprehenderit commodo non aliqua laborum aute."},{"rating":6,"review":"Labore cillum do qui magna culpa ea excepteur quis."},{"rating":1,"review":"Dolor amet quis ea magna."},{"rating":7,"review":"Minim sit nostrud anim nostrud excepteur nostrud ea ex veniam consectetur elit."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (23, 'Men''s Pyjamas (Blue)', 48.39, convert_to('{"colour":"blue","gender":"Men''s","brand":"ADORNICA","description":"Irure amet Lorem consequat aliquip officia dolore amet officia. Do elit laboris non dolore nostrud dolore cupidatat ea quis aliquip ex aliquip non ex.","sizes":["XS","S","M","L","XL","XXL"],"reviews":[{"rating":3,"review":"Laboris elit pariatur labore duis fugiat ad in nulla tempor."},{"rating":5,"review":"Voluptate minim officia id excepteur."},{"rating":8,"review":"Eiusmod cupidatat et nisi ipsum non aliqua."},{"rating":1,"review":"Aute veniam irure dolor laborum esse ut ex tempor non velit."},{"rating":2,"review":"Nostrud nostrud mollit incididunt et tempor excepteur sit ut id exercitation."},{"rating":6,"review":"Labore tempor cillum laborum commodo et sit est qui aute enim id aute."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (24, 'Boy''s Sweater (Red)', 9.80, convert_to('{"colour":"red","gender":"Boy''s","brand":"PHARMEX","description":"Ex occaecat nulla esse duis nulla laboris aute. Commodo magna Lorem exercitation occaecat do anim minim non ad non ex do nulla ad.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":7,"review":"Ea reprehenderit occaecat commodo exercitation ut adipisicing laboris adipisicing ex aute reprehenderit nisi sint qui."},{"rating":8,"review":"Qui anim sint dolore id dolor proident occaecat."},{"rating":5,"review":"Dolore fugiat mollit Lorem aliqua id consequat irure veniam."},{"rating":2,"review":"Esse dolore occaecat consectetur sit sit labore exercitation sint occaecat quis enim occaecat."},{"rating":4,"review":"Do commodo do laboris qui minim fugiat nisi nostrud elit."},{"rating":7,"review":"Pariatur eu non eiusmod ex dolor veniam."},{"rating":3,"review":"Magna aliqua dolor sint anim aliquip officia officia esse labore do."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (25, 'Girl''s Jeans (Grey)', 48.75, convert_to('{"colour":"grey","gender":"Girl''s","brand":"KINETICUT","description":"Ut aliqua nostrud exercitation cupidatat cupidatat in. Sit tempor eu cillum quis incididunt consectetur quis amet.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":2,"review":"Id consectetur minim anim nisi occaecat elit labore duis."},{"rating":5,"review":"Ut fugiat qui velit fugiat nostrud ea dolor amet magna id pariatur."},{"rating":3,"review":"Labore laborum eiusmod qui minim exercitation."},{"rating":4,"review":"Excepteur ea mollit ad pariatur mollit veniam."},{"rating":9,"review":"Consectetur aliquip deserunt fugiat excepteur elit occaecat culpa fugiat dolor in."},{"rating":1,"review":"Adipisicing adipisicing mollit reprehenderit ex nulla in ea ad exercitation irure ullamco."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (26, 'Girl''s Hoodie (White)', 39.91, convert_to('{"colour":"white","gender":"Girl''s","brand":"PROXSOFT","description":"Aliquip culpa eu deserunt ex culpa in laborum adipisicing. Amet et id minim esse ea non qui veniam.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":6,"review":"Commodo ut fugiat voluptate adipisicing deserunt."},{"rating":4,"review":"Fugiat cupidatat amet fugiat cupidatat ea ea."},{"rating":7,"review":"Incididunt ex enim commodo sit consequat enim."},{"rating":3,"review":"Ullamco in et aute laboris cillum."},{"rating":3,"review":"Reprehenderit Lorem proident sit deserunt do tempor commodo velit velit nulla ipsum."},{"rating":10,"review":"Dolore pariatur velit enim est culpa eiusmod cupidatat deserunt esse elit exercitation sunt proident exercitation."},{"rating":2,"review":"Minim fugiat elit aliquip nostrud velit reprehenderit cillum."},{"rating":4,"review":"Sint Lorem est laborum consectetur pariatur minim tempor ullamco Lorem est."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (27, 'Boy''s Coat (Blue)', 10.24, convert_to('{"colour":"brown","gender":"Boy''s","brand":"GRONK","description":"Quis aliquip fugiat sunt qui eu velit aliqua sint eiusmod mollit id ad. Anim anim ipsum in reprehenderit amet amet consectetur incididunt qui cillum Lorem.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":8,"review":"Sit id elit cupidatat aute consectetur esse proident aliqua ad voluptate cillum Lorem."},{"rating":6,"review":"Enim enim fugiat consectetur ut sunt veniam ad sit minim amet Lorem veniam mollit."},{"rating":5,"review":"Dolor ipsum consectetur nostrud ex Lorem pariatur voluptate."},{"rating":8,"review":"Commodo magna sint sint dolore aute anim laborum."},{"rating":4,"review":"Laboris amet proident occaecat dolore labore exercitation dolore sunt Lorem sunt anim."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (28, 'Men''s Hoodie (Red)', 24.71, convert_to('{"colour":"red","gender":"Men''s","brand":"FANGOLD","description":"Dolor irure dolore est ipsum nisi incididunt laboris culpa. Ullamco ad cupidatat sint culpa adipisicing pariatur.","sizes":["XS","S","M","L","XL","XXL"],"reviews":[{"rating":3,"review":"Proident aliqua aliquip aute quis cillum."},{"rating":5,"review":"Pariatur enim ipsum aliqua Lorem eiusmod consequat cupidatat irure nulla sint fugiat veniam amet ipsum."},{"rating":10,"review":"Sint duis ipsum reprehenderit Lorem aute pariatur elit."},{"rating":4,"review":"Enim qui qui consequat culpa ex velit sint excepteur ipsum in amet mollit mollit."},{"rating":10,"review":"Qui velit reprehenderit fugiat adipisicing anim incididunt anim commodo occaecat consectetur in aute."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (29, 'Boy''s Shirt (Black)', 37.34, convert_to('{"colour":"black","gender":"Boy''s","brand":"SQUISH","description":"Pariatur nulla elit pariatur excepteur ullamco officia incididunt. Aliquip quis aliquip cupidatat magna fugiat eiusmod pariatur excepteur tempor officia voluptate fugiat.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":5,"review":"Non esse labore ullamco laboris irure cupidatat ex proident eiusmod."},{"rating":10,"review":"Ea velit et mollit labore consequat."},{"rating":6,"review":"Labore sit pariatur Lorem ad sint consectetur incididunt deserunt eiusmod sit nostrud dolore eiusmod sint."},{"rating":1,"review":"Id voluptate sunt amet laboris laborum ad dolor aliqua ipsum sint qui aute eu esse."},{"rating":5,"review":"Sint Lorem dolore do ea."},{"rating":9,"review":"Quis pariatur consequat nisi labore Lorem elit in qui Lorem."},{"rating":2,"review":"Consectetur voluptate tempor ullamco voluptate labore sint."},{"rating":9,"review":"Qui laboris tempor ullamco ullamco commodo sint occaecat Lorem."},{"rating":1,"review":"Laborum eu sit duis et culpa eu duis irure incididunt amet."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (30, 'Women''s Pyjamas (Grey)', 28.59, convert_to('{"colour":"grey","gender":"Women''s","brand":"THREDZ","description":"Quis aliqua eiusmod incididunt quis ut ea aliqua sunt veniam ut et cupidatat eiusmod. Sunt sunt duis excepteur excepteur do exercitation.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":1,"review":"Et anim culpa voluptate pariatur ullamco dolore ad aliquip."},{"rating":4,"review":"Nulla non ea nisi nulla elit veniam duis."},{"rating":4,"review":"Lorem adipisicing deserunt duis id sint aliquip minim deserunt magna sunt magna laborum dolore."},{"rating":3,"review":"Officia amet magna eu nulla dolore magna pariatur deserunt amet reprehenderit."},{"rating":3,"review":"Ad aliqua ex eu cillum labore elit mollit reprehenderit anim."},{"rating":1,"review":"Duis excepteur magna aliqua qui officia ipsum sunt."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (31, 'Women''s Skirt (Green)', 5.65, convert_to('{"colour":"green","gender":"Women''s","brand":"ZIDANT","description":"Et est officia est amet est nisi sit veniam proident. Ullamco proident culpa velit proident quis dolore occaecat proident Lorem tempor.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (32, 'Women''s Jacket (Blue)', 37.00, convert_to('{"colour":"blue","gender":"Women''s","brand":"ZOGAK","description":"Tempor ipsum duis aliqua veniam qui laboris et ut officia. Fugiat fugiat nisi labore excepteur ullamco excepteur veniam in in et adipisicing sint.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":9,"review":"Sit amet id ut laborum in exercitation laborum Lorem fugiat ex."},{"rating":7,"review":"Nisi non mollit dolore id aute velit laboris consequat voluptate id."},{"rating":1,"review":"Nisi nisi fugiat non nisi amet esse."},{"rating":1,"review":"Laborum eiusmod id ipsum aliqua adipisicing cillum enim."},{"rating":8,"review":"Duis aliqua ut nulla proident voluptate incididunt elit est exercitation id aute."},{"rating":4,"review":"Veniam labore exercitation eiusmod nisi mollit anim eu."},{"rating":6,"review":"Exercitation eu est irure velit pariatur."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (33, 'Boy''s Pyjamas (Grey)', 23.32, convert_to('{"colour":"grey","gender":"Boy''s","brand":"RETRACK","description":"Sit consectetur Lorem culpa ipsum ad ullamco ea aute qui ea. Laboris ipsum enim enim veniam.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":7,"review":"Ut incididunt veniam ullamco voluptate occaecat velit."},{"rating":5,"review":"Consectetur cupidatat voluptate dolore velit culpa est id enim aute."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (34, 'Women''s Jeans (Red)', 7.18, convert_to('{"colour":"red","gender":"Women''s","brand":"PANZENT","description":"Eiusmod culpa dolore occaecat excepteur esse magna fugiat dolore cupidatat laboris mollit culpa. Consequat dolor qui tempor sit minim sit excepteur enim excepteur aute minim.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":10,"review":"Nulla enim cillum pariatur do consectetur et Lorem."},{"rating":1,"review":"Cupidatat fugiat incididunt fugiat eu."},{"rating":1,"review":"Ullamco eiusmod adipisicing fugiat reprehenderit mollit aliquip."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (35, 'Girl''s Dress (Red)', 49.12, convert_to('{"colour":"red","gender":"Girl''s","brand":"NIXELT","description":"Ipsum pariatur laborum nulla pariatur consequat consequat amet nisi. Ut in quis officia excepteur.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":10,"review":"Ut est anim sit nulla commodo velit occaecat amet mollit fugiat id."},{"rating":2,"review":"Eu quis ea anim incididunt nisi nisi velit velit labore do."},{"rating":9,"review":"Eu laborum laborum reprehenderit minim officia anim."},{"rating":8,"review":"Et consectetur labore ullamco occaecat cupidatat magna pariatur esse qui ut mollit ea cillum."},{"rating":4,"review":"Dolore culpa magna commodo aute do culpa non commodo qui id commodo consectetur exercitation."},{"rating":6,"review":"Adipisicing laborum tempor sunt laboris et sint aute pariatur."},{"rating":9,"review":"Excepteur voluptate qui magna in cillum aliqua."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (36, 'Women''s Trousers (Blue)', 29.51, convert_to('{"colour":"blue","gender":"Women''s","brand":"TROLLERY","description":"Proident sunt ipsum pariatur duis dolor eu dolore culpa ad aliquip elit. Mollit Lorem et aliquip commodo est anim amet eiusmod amet dolore laborum tempor officia.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":10,"review":"Consequat ut commodo irure sit elit anim amet eu est sunt tempor non."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (37, 'Boy''s Jeans (Blue)', 22.98, convert_to('{"colour":"blue","gender":"Boy''s","brand":"AVIT","description":"Velit velit esse nulla minim minim laborum esse. Sint minim id aliquip amet fugiat dolor aliqua.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (38, 'Girl''s Pyjamas (Red)', 11.00, convert_to('{"colour":"red","gender":"Girl''s","brand":"EMTRAK","description":"Magna est occaecat consectetur ullamco mollit dolore aute irure consectetur nulla ipsum id elit occaecat. Amet Lorem sint nulla eiusmod commodo aliqua cillum anim tempor tempor pariatur do nostrud minim.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":4,"review":"Consectetur velit adipisicing excepteur in excepteur sit excepteur irure veniam velit."},{"rating":4,"review":"Consectetur exercitation exercitation irure commodo officia do adipisicing ullamco sit anim consequat."},{"rating":9,"review":"Minim occaecat sunt laborum voluptate culpa enim elit."},{"rating":2,"review":"Reprehenderit labore incididunt ex ullamco nostrud cillum irure mollit dolore aliqua enim tempor aliquip laborum."},{"rating":2,"review":"Enim commodo adipisicing consequat commodo."},{"rating":8,"review":"Sint ut cillum Lorem ut ad aliquip elit sunt labore laboris consequat Lorem aliqua occaecat."},{"rating":2,"review":"Et consectetur in officia ullamco labore ea duis amet."},{"rating":8,"review":"Reprehenderit enim tempor proident commodo ex eu fugiat cupidatat exercitation culpa id adipisicing deserunt officia."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (39, 'Boy''s Trousers (Blue)', 34.06, convert_to('{"colour":"blue","gender":"Boy''s","brand":"DIGINETIC","description":"Dolor aliqua minim nostrud non labore in ullamco mollit mollit sit non. Duis nulla exercitation et adipisicing nostrud voluptate cupidatat eu reprehenderit.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":6,"review":"Culpa id consequat cillum dolor."},{"rating":8,"review":"Qui do quis magna nostrud exercitation enim aute dolore proident ipsum sint nostrud deserunt."},{"rating":9,"review":"Excepteur fugiat adipisicing laboris ea culpa cupidatat laborum occaecat nostrud."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (40, 'Girl''s Pyjamas (Black)', 8.66, convert_to('{"colour":"black","gender":"Girl''s","brand":"ISOLOGICS","description":"Ex exercitation aliquip cillum adipisicing cupidatat. Culpa labore eiusmod do ut ipsum incididunt ipsum labore.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":6,"review":"Duis minim duis dolor laboris eiusmod consequat fugiat adipisicing ex non culpa Lorem proident qui."},{"rating":4,"review":"Veniam tempor commodo aliqua sit ex mollit cillum aute officia fugiat tempor sunt nulla elit."},{"rating":10,"review":"Dolore officia aute magna eiusmod exercitation esse amet tempor."},{"rating":7,"review":"Proident nisi voluptate ea esse exercitation ullamco consequat consectetur in enim amet adipisicing commodo nulla."},{"rating":4,"review":"Irure ullamco id adipisicing fugiat Lorem do non officia nisi sunt esse mollit consectetur."},{"rating":9,"review":"Laboris do elit dolor officia irure esse incididunt pariatur elit."},{"rating":1,"review":"Aliqua Lorem nostrud et reprehenderit exercitation exercitation nostrud consectetur dolor."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (41, 'Women''s Dress (Black)', 10.11, convert_to('{"colour":"black","gender":"Women''s","brand":"NEOCENT","description":"Eu enim aliquip deserunt est duis do sunt consequat sit sit labore nisi. Culpa mollit cupidatat Lorem et minim sit.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":4,"review":"Ex culpa sint ad eu quis."},{"rating":4,"review":"Irure labore adipisicing velit sint sint."},{"rating":4,"review":"Ullamco dolore ad qui consequat labore do cillum velit."},{"rating":5,"review":"Velit officia eiusmod proident dolore occaecat eu eiusmod."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (42, 'Boy''s Jeans (Black)', 16.64, convert_to('{"colour":"black","gender":"Boy''s","brand":"EARTHMARK","description":"Duis dolor est eu elit anim proident aliqua eu tempor. Est fugiat non ullamco et pariatur nulla exercitation eiusmod id officia minim.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":10,"review":"Anim aliquip id reprehenderit laboris."},{"rating":7,"review":"Nostrud non cupidatat id eiusmod aliquip anim ullamco aliquip cupidatat excepteur dolor reprehenderit."},{"rating":6,"review":"Veniam consequat deserunt nostrud sunt est commodo sint eu fugiat ipsum deserunt aute elit est."},{"rating":9,"review":"Eiusmod excepteur ut ullamco eiusmod labore deserunt."},{"rating":5,"review":"Aute deserunt eu voluptate id irure aliquip duis sint proident dolore dolor."},{"rating":5,"review":"Dolore mollit quis elit qui voluptate ad culpa voluptate elit consectetur."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (43, 'Boy''s Trousers (Black)', 39.32, convert_to('{"colour":"blue","gender":"Boy''s","brand":"PHOLIO","description":"Voluptate ex mollit enim minim nulla proident dolor eu nostrud velit. Ex ullamco aute dolor duis elit elit.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":3,"review":"Labore non exercitation anim id deserunt excepteur dolore sunt deserunt dolor."},{"rating":5,"review":"Laborum eiusmod mollit amet nulla ex esse culpa ut elit reprehenderit labore ex Lorem cupidatat."},{"rating":7,"review":"Reprehenderit dolore aute consectetur voluptate excepteur veniam nulla ad."},{"rating":5,"review":"Reprehenderit proident in elit pariatur."},{"rating":8,"review":"Magna laborum ad deserunt voluptate enim excepteur enim dolore veniam consequat officia anim dolore mollit."},{"rating":3,"review":"Elit et reprehenderit amet aute amet laboris minim irure sint."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (44, 'Women''s Coat (Black)', 31.68, convert_to('{"colour":"black","gender":"Women''s","brand":"COMVEYOR","description":"Exercitation ut ad reprehenderit sunt eiusmod sit. Qui nisi ut esse mollit nisi.","sizes":[0,2,4,6,8,10,12,14,16,18,20],"reviews":[{"rating":7,"review":"Ad consequat nisi est tempor nisi nulla veniam consectetur ad ut laborum magna."},{"rating":8,"review":"Incididunt magna ipsum cupidatat elit eiusmod enim mollit eiusmod id esse sit elit irure Lorem."},{"rating":7,"review":"Aute aliquip et esse consequat reprehenderit ipsum ut."},{"rating":8,"review":"Consectetur commodo cupidatat nostrud qui labore magna duis sit."},{"rating":8,"review":"Qui occaecat elit exercitation do est officia fugiat adipisicing velit occaecat deserunt Lorem ex adipisicing."},{"rating":6,"review":"Velit est commodo esse sint id ullamco aute ut ut officia laboris irure in."},{"rating":10,"review":"Ad nulla labore cupidatat do laboris do elit cupidatat excepteur occaecat cupidatat."},{"rating":5,"review":"Do esse magna occaecat non."},{"rating":10,"review":"Et sint qui tempor nostrud sunt sit duis dolor excepteur voluptate."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (45, 'Men''s Jeans (Grey)', 27.64, convert_to('{"colour":"grey","gender":"Men''s","brand":"QNEKT","description":"Dolore duis minim dolor est fugiat sit dolor nisi anim Lorem culpa id. Consequat labore et reprehenderit pariatur culpa minim laboris pariatur esse aliquip.","sizes":["XS","S","M","L","XL","XXL"],"reviews":[{"rating":7,"review":"Veniam qui ipsum consequat laboris ad aliquip est reprehenderit esse sint cupidatat tempor."},{"rating":8,"review":"Ut anim anim ipsum ipsum irure."},{"rating":9,"review":"Non qui sunt ullamco deserunt sint."},{"rating":10,"review":"Nostrud fugiat velit aliqua eu culpa do excepteur do."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL),
    (46, 'Girl''s Trousers (Red)', 39.16, convert_to('{"colour":"red","gender":"Girl''s","brand":"OTHERSIDE","description":"Lorem officia laborum deserunt veniam cillum anim adipisicing minim aute ad esse sint sit tempor. Magna enim proident eiusmod incididunt adipisicing duis deserunt pariatur sint officia occaecat est minim ipsum.","sizes":["1 Yr","2 Yr","3-4 Yr","5-6 Yr","7-8 Yr","9-10 Yr"],"reviews":[{"rating":9,"review":"Magna magna ullamco ipsum pariatur occaecat eiusmod amet ea sunt reprehenderit dolore aute voluptate."},{"rating":7,"review":"Eiusmod cupidatat cillum qui dolor consequat."},{"rating":4,"review":"Do proident cillum cupidatat laboris in cillum."},{"rating":5,"review":"Sunt eiusmod ea labore est sint adipisicing velit duis."},{"rating":6,"review":"Ut consectetur ad magna officia ut aliqua deserunt magna."}]}', 'UTF8'), NULL, NULL, NULL, NULL, NULL);
INSERT INTO sh.channels (channel_id, channel_desc, channel_class, channel_class_id, channel_total, channel_total_id) VALUES
    (2, 'Partners', 'Others', 14, 'Channel total', 1),
    (3, 'Direct Sales', 'Direct', 12, 'Channel total', 1),
    (4, 'Internet', 'Indirect', 13, 'Channel total', 1),
    (5, 'Catalog', 'Indirect', 13, 'Channel total', 1),
    (9, 'Tele Sales', 'Direct', 12, 'Channel total', 1);
INSERT INTO sh.countries (country_id, country_iso_code, country_name, country_subregion, country_subregion_id, country_region, country_region_id, country_total, country_total_id) VALUES
    (52769, 'SG', 'Singapore', 'Asia', 52793, 'Asia', 52802, 'World total', 52806),
    (52770, 'IT', 'Italy', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52771, 'CN', 'China', 'Asia', 52793, 'Asia', 52802, 'World total', 52806),
    (52772, 'CA', 'Canada', 'Northern America', 52797, 'Americas', 52801, 'World total', 52806),
    (52773, 'AR', 'Argentina', 'Southern America', 52798, 'Americas', 52801, 'World total', 52806),
    (52774, 'AU', 'Australia', 'Australia', 52794, 'Oceania', 52805, 'World total', 52806),
    (52775, 'BR', 'Brazil', 'Southern America', 52798, 'Americas', 52801, 'World total', 52806),
    (52776, 'DE', 'Germany', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52777, 'DK', 'Denmark', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52778, 'ES', 'Spain', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52779, 'FR', 'France', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52780, 'IE', 'Ireland', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52781, 'IN', 'India', 'Asia', 52793, 'Asia', 52802, 'World total', 52806),
    (52782, 'JP', 'Japan', 'Asia', 52793, 'Asia', 52802, 'World total', 52806),
    (52783, 'MY', 'Malaysia', 'Asia', 52793, 'Asia', 52802, 'World total', 52806),
    (52784, 'NL', 'Netherlands', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52785, 'NZ', 'New Zealand', 'Australia', 52794, 'Oceania', 52805, 'World total', 52806),
    (52786, 'PL', 'Poland', 'Eastern Europe', 52795, 'Europe', 52803, 'World total', 52806),
    (52787, 'SA', 'Saudi Arabia', 'Middle East', 52796, 'Middle East', 52804, 'World total', 52806),
    (52788, 'TR', 'Turkey', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52789, 'GB', 'United Kingdom', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52790, 'US', 'United States of America', 'Northern America', 52797, 'Americas', 52801, 'World total', 52806),
    (52791, 'ZA', 'South Africa', 'Africa', 52792, 'Africa', 52800, 'World total', 52806),
    (52792, 'MX', 'Mexico', 'Northern America', 52797, 'Americas', 52801, 'World total', 52806),
    (52793, 'SE', 'Sweden', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52794, 'CH', 'Switzerland', 'Western Europe', 52799, 'Europe', 52803, 'World total', 52806),
    (52795, 'CL', 'Chile', 'Southern America', 52798, 'Americas', 52798, 'World total', 52806),
    (52796, 'TH', 'Thailand', 'Asia', 52793, 'Asia', 52802, 'World total', 52806),
    (52797, 'NG', 'Nigeria', 'Africa', 52792, 'Africa', 52800, 'World total', 52806),
    (52798, 'EG', 'Egypt', 'Middle East', 52796, 'Middle East', 52804, 'World total', 52806),
    (52799, 'ZW', 'Zimbabwe', 'Africa', 52792, 'Africa', 52800, 'World total', 52806),
    (52800, 'KW', 'Kuwait', 'Middle East', 52796, 'Middle East', 52804, 'World total', 52806),
    (52801, 'IL', 'Israel', 'Middle East', 52796, 'Middle East', 52804, 'World total', 52806),
    (52802, 'RO', 'Romania', 'Eastern Europe', 52795, 'Europe', 52803, 'World total', 52806),
    (52803, 'HU', 'Hungary', 'Eastern Europe', 52795, 'Europe', 52803, 'World total', 52806);
INSERT INTO sh.products (prod_id, prod_name, prod_desc, prod_subcategory, prod_subcategory_id, prod_subcategory_desc, prod_category, prod_category_id, prod_category_desc, prod_weight_class, prod_unit_of_measure, prod_pack_size, supplier_id, prod_status, prod_list_price, prod_min_price, prod_total, prod_total_id, prod_src_id, prod_eff_from, prod_eff_to, prod_valid) VALUES
    (13, 'Soccer Goal - Portable', 'Soccer Goal - Portable', 'Soccer / Football', 2044, 'Soccer / Football', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 899.99, 899.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (14, 'Pitching Machine and Batting Cage Combo', 'Pitching Machine and Batting Cage Combo', 'Training Aids and Equipment', 2035, 'Training Aids and Equipment', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 999.99, 999.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (15, 'Right-Handed Graphite Shaft Iron Set', 'Right-Handed Graphite Shaft Iron Set', 'Irons and Iron Sets', 2021, 'Irons and Iron Sets', 'Golf', 202, 'Golf', 1, 'U', 'P', 1, 'STATUS', 999.99, 999.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (16, 'Sonic Core Graphite Racquet', 'Sonic Core Graphite Racquet', 'Tennis Racquet', 2011, 'Tennis Racquet', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 299.99, 299.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (17, 'Soccer Goal - Official', 'Soccer Goal - Official', 'Soccer / Football', 2041, 'Soccer / Football', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 1099.99, 1099.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (18, 'Lithium Electric Golf Caddy', 'Lithium Electric Golf Caddy', 'Golf Bags and Carts', 2022, 'Golf Bags and Carts', 'Golf', 202, 'Golf', 1, 'U', 'P', 1, 'STATUS', 1299.99, 1299.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (19, 'Cricket Bat Bag', 'Cricket bat bag', 'Cricket Bat', 2051, 'Cricket Bat', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 55.99, 55.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (20, 'Match Used Autograph Racquet', 'Match Used Autograph Racquet', 'Tennis Racquet', 2012, 'Tennis Racquet', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 599.99, 599.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (21, 'Speed Trainer Bats and Training Program', 'Speed Trainer Bats and Training Program', 'Training Aids and Equipment', 2035, 'Training Aids and Equipment', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 899.99, 899.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (22, 'MLB Official Game Baseball w/ Display Case', 'MLB Official Game Baseball w/ Display Case', 'Baseballs', 2031, 'Baseballs', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 24.99, 24.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (23, 'Plastic Cricket Bat', 'Plastic - Beach Cricket Bat', 'Cricket Bat', 2051, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 21.99, 21.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (24, 'Endurance Coolcore 1/2 Zip Pullover', 'Endurance Coolcore 1/2 Zip Pullover', 'Baseball Clothing', 2034, 'Baseball Clothing', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 45.99, 45.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (25, '5 Point Batting Tee', '5 Point Batting Tee', 'Batting Tees', 2033, 'Batting Tees', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 112.99, 112.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (26, 'Pro Style Batting Tee', 'Pro Style Batting Tee', 'Batting Tees', 2033, 'Batting Tees', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 149.99, 149.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (27, 'Bucket of 24 Synthetic Baseballs', 'Bucket of 24 Synthetic Baseballs', 'Baseballs', 2031, 'Baseballs', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (28, 'English Willow Cricket Bat', 'English Willow Cricket Bat', 'Cricket Bat', 2051, 'Cricket Bat', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 199.99, 199.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (29, 'Limited Edition Racquet', 'Limited Edition Racquet', 'Tennis Racquet', 2012, 'Tennis Racquet', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 499.99, 499.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (30, 'Linseed Oil', 'Cricket Bat - Linseed Oil', 'Cricket Bat', 2051, 'Cricket Bat', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 9.99, 9.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (31, 'Fiber Tape', 'Cricket Bat - Fiber Tape', 'Cricket Bat', 2051, 'Cricket Bat', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 8.99, 8.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (32, 'Bucket of 24 Leather Baseballs', 'Bucket of 24 Leather Baseballs', 'Baseballs', 2031, 'Baseballs', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 67.99, 67.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (33, 'Baseball Is Life Cap', 'Baseball Is Life Cap', 'Baseball Clothing', 2034, 'Baseball Clothing', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (34, '11.5" Youth Triple Stripe Series Glove', '11.5" Youth Triple Stripe Series Glove', 'Gloves and Mitts', 2032, 'Gloves and Mitts', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 39.99, 39.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (35, 'Catchers Mitt', 'Catchers Mitt', 'Gloves and Mitts', 2032, 'Gloves and Mitts', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 49.99, 49.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (36, '12" Premium Series Glove', '12" Premium Series Glove', 'Gloves and Mitts', 2032, 'Gloves and Mitts', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (37, '12.75" Premium Series Glove', '12.75" Premium Series Glove', 'Gloves and Mitts', 2032, 'Gloves and Mitts', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 54.99, 54.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (38, '11" Youth Field Master Glove', '11" Youth Field Master Glove', 'Gloves and Mitts', 2032, 'Gloves and Mitts', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 29.99, 29.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (39, '13" Field Master Series Glove', '13" Field Master Series Glove', 'Gloves and Mitts', 2032, 'Gloves and Mitts', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 34.99, 34.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (40, 'Team shirt', 'West Indies Team', 'Cricket Fan Gear', 2054, 'Cricket Fan Gear', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (41, 'Team shirt', 'South African Team', 'Cricket Fan Gear', 2054, 'Cricket Fan Gear', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (42, 'Team shirt', 'New Zealand Cricket Team', 'Cricket Fan Gear', 2054, 'Cricket Fan Gear', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (43, 'Team shirt', 'Australian Cricket Team', 'Cricket Fan Gear', 2054, 'Cricket Fan Gear', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (44, 'Team shirt', 'Indian Cricket Team', 'Cricket Fan Gear', 2054, 'Cricket Fan Gear', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (45, 'Team shirt', 'English Cricket Team', 'Cricket Fan Gear', 2054, 'Cricket Fan Gear', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 44.99, 44.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (46, '2 Competition Grade NFHS Baseballs', '2 Competition Grade NFHS Baseballs', 'Baseballs', 2031, 'Baseballs', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 22.99, 22.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (47, '6 Gallon Empty Ball Bucket', '6 Gallon Empty Ball Bucket', 'Baseballs', 2031, 'Baseballs', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 28.99, 28.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (48, 'Indoor Cricket Ball', 'Indoor Cricket Ball', 'Cricket', 2055, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 11.99, 11.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (113, 'Cricket Ball', 'Cricket Ball - Leather', 'Cricket', 2055, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 22.99, 22.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (114, 'Cricket Ball - Training Ball', 'Cricket Ball - Training', 'Cricket', 2055, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 18.99, 18.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (115, 'Plastic - Beach Cricket Ball', 'Plastic - Beach Cricket Ball', 'Cricket', 2055, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 8.99, 8.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (116, 'Catchers Helmet', 'Catchers Helmet', 'Cricket', 2055, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 11.99, 11.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (117, 'Plastic - Beach Cricket Wickets', 'Plastic - Beach Cricket Wickets', 'Cricket', 2055, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 8.99, 8.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (118, 'Cricket Bails', 'Cricket Bails', 'Cricket', 2055, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 7.99, 7.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (119, 'Cricket Bails - Junior', 'Cricket Bails - Junior', 'Cricket', 2055, 'Cricket', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 6.99, 6.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (120, 'Cricket Peak Cap', 'Cricket Peak Cap', 'Cricket Clothing', 2056, 'Cricket Clothing', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 6.99, 6.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (121, 'Cricket - Athletic Guard Cup', 'Cricket - Athletic Guard Cup', 'Cricket Clothing', 2056, 'Cricket Clothing', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 10.99, 10.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (122, 'Wide Brim Hat', 'Cricket Wide Brim Hat', 'Cricket Clothing', 2056, 'Cricket Clothing', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 18.99, 18.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (123, 'Helmet', 'Cricket Helmet', 'Cricket Clothing', 2056, 'Cricket Clothing', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 49.99, 49.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (124, 'Wicket Keeper Gloves', 'Wicket Keeper Gloves', 'Cricket Clothing', 2056, 'Cricket Clothing', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 18.99, 18.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (125, 'Bucket Hat', 'Cricket Bucket Hat', 'Cricket Clothing', 2053, 'Cricket Clothing', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 15.99, 15.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (126, 'Spiked Shoes', 'Spiked Cricket Shoes', 'Cricket Clothing', 2053, 'Cricket Clothing', 'Cricket', 205, 'Cricket', 1, 'U', 'P', 1, 'STATUS', 28.99, 28.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (127, 'Genuine Series MIX Wood Bat', 'Genuine Series MIX Wood Bat', 'Bats', 2036, 'Bats', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 36.99, 36.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (128, 'Slugger Youth Series Maple Bat', 'Slugger Youth Series Maple Bat', 'Bats', 2036, 'Bats', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 27.99, 27.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (129, 'Pro Maple Bat', 'Pro Maple Bat', 'Bats', 2036, 'Bats', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 192.99, 192.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (130, 'Pro Maple Youth Bat', 'Pro Maple Youth Bat', 'Bats', 2036, 'Bats', 'Baseball', 203, 'Baseball', 1, 'U', 'P', 1, 'STATUS', 89.99, 89.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (131, 'Soccer Ball - Size 4', 'Soccer Ball - Size 4 Youth', 'Soccer Equipment', 2042, 'Soccer Equipment', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 18.99, 18.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (132, 'Soccer Ball - Size 5', 'Soccer Ball - Size 5', 'Soccer Equipment', 2042, 'Soccer Equipment', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 24.99, 24.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (133, 'Goal Keeper Gloves', 'Goal Keeper Gloves', 'Soccer Equipment', 2042, 'Soccer Equipment', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 30.99, 30.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (134, 'Shin Guards', 'Shin Guards', 'Soccer Equipment', 2042, 'Soccer Equipment', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 20.99, 20.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (135, 'Gear Bag', 'Gear Bag', 'Soccer Equipment', 2042, 'Soccer Equipment', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 49.99, 49.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (136, 'Soccer Jersey', 'Soccer Jersey', 'Soccer Clothing', 2043, 'Soccer Clothing', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 32.99, 32.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (137, 'Soccer Cleats - Junior', 'Soccer Cleats - Junior', 'Soccer Clothing', 2043, 'Soccer Clothing', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 52.99, 52.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (138, 'Soccer Cleats - Adult', 'Soccer Cleats - Adult', 'Soccer Clothing', 2043, 'Soccer Clothing', 'Soccer / Football', 204, 'Soccer / Football', 1, 'U', 'P', 1, 'STATUS', 69.99, 69.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (139, 'Tennis Balls Heavy Duty Felt 3', 'Tennis Balls Heavy Duty Felt 3 can', 'Tennis Balls', 2014, 'Tennis Balls', 'Tennis', 201, 'Tennis', 4, 'U', 'P', 1, 'STATUS', 19.99, 19.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (140, 'Tennis Strings Natural Gut', 'Tennis Strings Natural Gut', 'Tennis Strings', 2014, 'Tennis Strings', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 29.99, 29.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (141, 'Tennis Strings Synthetic Gut', 'Tennis Strings Synthetic Gut', 'Tennis Strings', 2014, 'Tennis Strings', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 29.99, 29.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (142, 'Tennis Strings Hybrids', 'Tennis Strings Hybrids', 'Tennis Strings', 2014, 'Tennis Strings', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 19.99, 19.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (143, 'Tennis Strings Polyester', 'Tennis Strings Polyester', 'Tennis Strings', 2014, 'Tennis Strings', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 19.99, 19.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (144, 'Tennis Grip Overgrip Tacky', 'Tennis Grip Overgrip Tacky', 'Tennis Racquet Grip', 2014, 'Tennis Racquet Grip', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 7.99, 7.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (145, 'Practice Tennis Balls', 'Practice Tennis Balls', 'Tennis Balls', 2014, 'Tennis Balls', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 12.99, 12.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (146, 'Regular Duty Tennis Balls', 'Regular Duty Tennis Balls', 'Tennis Balls', 2014, 'Tennis Balls', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 11.99, 11.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (147, 'Cushioned Grip', 'Cushioned Grip', 'Tennis Racquet Grip', 2013, 'Tennis Racquet Grip', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 7.99, 7.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A'),
    (148, 'Tennis Balls 12 Pack', 'Tennis Balls 12 Pack', 'Tennis Balls', 2013, 'Tennis Balls', 'Tennis', 201, 'Tennis', 1, 'U', 'P', 1, 'STATUS', 20.99, 20.99, 'TOTAL', 1, NULL, '2019-01-01', NULL, 'A');
