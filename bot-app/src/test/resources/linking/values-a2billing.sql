-- Rows A2Billing 2.3.0's database install inserts (github.com/Star2Billing/a2billing, commit 8dd474c, AGPL-3.0):
-- DataBase/mysql-5.x/a2billing-schema-v1.4.0.sql and the 49 UPDATE scripts up to UPDATE-a2billing-v2.2.0-to-v2.3.0.sql,
-- run in the order DataBase/mysql-5.x/install-db.sh runs them into a scratch MariaDB 10.11 (sql_mode '' as on MySQL 5)
-- and read back from there, so later UPDATE and DELETE statements are applied. Kept, whole, every table of at most 300
-- rows (the schema declares no foreign keys): 14 tables, 668 rows (256 countries, 150 currencies with their 2009
-- exchange rates, 139 ISO 639 languages, 75 time zones, 8 payment statuses, 3 payment methods, 15 mail templates,
-- 14 configuration groups, 3 voice monitors, the DEFAULT customer group, server group, support box and component,
-- and the schema version), as MySQL stores them: columns an INSERT leaves out hold their declared default,
-- cc_monitor's 3 ids left to AUTO_INCREMENT numbered from 1, the 'reminder' mail subject cut at the 70 characters its
-- column then held, and the script's double-encoded 'CÃ´te d''Ivoire' and 'SÃ£o TomÃ© And Principe' kept as shipped.
-- Left out: cc_prefix (4,892 dial prefixes, over the limit); the settings tables cc_config (277 key-value rows),
-- cc_configuration and cc_invoice_conf; cc_ui_authen (the root admin account, its password hash and install time);
-- cc_server_manager (an Asterisk manager login); cc_trunk (its one default trunk is stamped with the install time).
-- Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO a2billing.cc_card_group (id, name, description, users_perms, id_agent, provisioning) VALUES
	(1, 'DEFAULT', 'This group is the default group used when you create a customer. It''s forbidden to delete it because you need at least one group but you can edit it.', 262142, NULL, NULL);
INSERT INTO a2billing.cc_config_group (id, group_title, group_description) VALUES
	(1, 'global', 'This configuration group handles the global settings for application.'),
	(2, 'callback', 'This configuration group handles calllback settings.'),
	(3, 'webcustomerui', 'This configuration group handles Web Customer User Interface.'),
	(4, 'sip-iax-info', 'SIP & IAX client configuration information.'),
	(5, 'epayment_method', 'Epayment Methods Configuration.'),
	(6, 'signup', 'This configuration group handles the signup related settings.'),
	(7, 'backup', 'This configuration group handles the backup/restore related settings.'),
	(8, 'webui', 'This configuration group handles the WEBUI and API Configuration.'),
	(9, 'peer_friend', 'This configuration group define parameters for the friends creation.'),
	(10, 'log-files', 'This configuration group handles the Log Files Directory Paths.'),
	(11, 'agi-conf1', 'This configuration group handles the AGI Configuration.'),
	(12, 'notifications', 'This configuration group handles the notifcations configuration'),
	(13, 'dashboard', 'This configuration group handles the dashboard configuration'),
	(14, 'webagentui', 'This configuration group handles Web Agent Interface.');
INSERT INTO a2billing.cc_country (id, countrycode, countryprefix, countryname) VALUES
	(1, 'AFG', '93', 'Afghanistan'),
	(2, 'ALB', '355', 'Albania'),
	(3, 'DZA', '213', 'Algeria'),
	(4, 'ASM', '684', 'American Samoa'),
	(5, 'AND', '376', 'Andorra'),
	(6, 'AGO', '244', 'Angola'),
	(7, 'AIA', '1264', 'Anguilla'),
	(8, 'ATA', '672', 'Antarctica'),
	(9, 'ATG', '1268', 'Antigua And Barbuda'),
	(10, 'ARG', '54', 'Argentina'),
	(11, 'ARM', '374', 'Armenia'),
	(12, 'ABW', '297', 'Aruba'),
	(13, 'AUS', '61', 'Australia'),
	(14, 'AUT', '43', 'Austria'),
	(15, 'AZE', '994', 'Azerbaijan'),
	(16, 'BHS', '1242', 'Bahamas'),
	(17, 'BHR', '973', 'Bahrain'),
	(18, 'BGD', '880', 'Bangladesh'),
	(19, 'BRB', '1246', 'Barbados'),
	(20, 'BLR', '375', 'Belarus'),
	(21, 'BEL', '32', 'Belgium'),
	(22, 'BLZ', '501', 'Belize'),
	(23, 'BEN', '229', 'Benin'),
	(24, 'BMU', '1441', 'Bermuda'),
	(25, 'BTN', '975', 'Bhutan'),
	(26, 'BOL', '591', 'Bolivia'),
	(27, 'BIH', '387', 'Bosnia And Herzegovina'),
	(28, 'BWA', '267', 'Botswana'),
	(29, 'BVT', '0', 'Bouvet Island'),
	(30, 'BRA', '55', 'Brazil'),
	(31, 'IOT', '1284', 'British Indian Ocean Territory'),
	(32, 'BRN', '673', 'Brunei Darussalam'),
	(33, 'BGR', '359', 'Bulgaria'),
	(34, 'BFA', '226', 'Burkina Faso'),
	(35, 'BDI', '257', 'Burundi'),
	(36, 'KHM', '855', 'Cambodia'),
	(37, 'CMR', '237', 'Cameroon'),
	(38, 'CAN', '1', 'Canada'),
	(39, 'CPV', '238', 'Cape Verde'),
	(40, 'CYM', '1345', 'Cayman Islands'),
	(41, 'CAF', '236', 'Central African Republic'),
	(42, 'TCD', '235', 'Chad'),
	(43, 'CHL', '56', 'Chile'),
	(44, 'CHN', '86', 'China'),
	(45, 'CXR', '618', 'Christmas Island'),
	(46, 'CCK', '61', 'Cocos (Keeling); Islands'),
	(47, 'COL', '57', 'Colombia'),
	(48, 'COM', '269', 'Comoros'),
	(49, 'COG', '242', 'Congo'),
	(50, 'COD', '243', 'Congo, The Democratic Republic Of The'),
	(51, 'COK', '682', 'Cook Islands'),
	(52, 'CRI', '506', 'Costa Rica'),
	(53, 'CIV', '225', 'CÃ´te d''Ivoire'),
	(54, 'HRV', '385', 'Croatia'),
	(55, 'CUB', '53', 'Cuba'),
	(56, 'CYP', '357', 'Cyprus'),
	(57, 'CZE', '420', 'Czech Republic'),
	(58, 'DNK', '45', 'Denmark'),
	(59, 'DJI', '253', 'Djibouti'),
	(60, 'DMA', '1767', 'Dominica'),
	(61, 'DOM', '1809', 'Dominican Republic'),
	(62, 'ECU', '593', 'Ecuador'),
	(63, 'EGY', '20', 'Egypt'),
	(64, 'SLV', '503', 'El Salvador'),
	(65, 'GNQ', '240', 'Equatorial Guinea'),
	(66, 'ERI', '291', 'Eritrea'),
	(67, 'EST', '372', 'Estonia'),
	(68, 'ETH', '251', 'Ethiopia'),
	(69, 'FLK', '500', 'Falkland Islands (Malvinas);'),
	(70, 'FRO', '298', 'Faroe Islands'),
	(71, 'FJI', '679', 'Fiji'),
	(72, 'FIN', '358', 'Finland'),
	(73, 'FRA', '33', 'France'),
	(74, 'GUF', '596', 'French Guiana'),
	(75, 'PYF', '594', 'French Polynesia'),
	(76, 'ATF', '689', 'French Southern Territories'),
	(77, 'GAB', '241', 'Gabon'),
	(78, 'GMB', '220', 'Gambia'),
	(79, 'GEO', '995', 'Georgia'),
	(80, 'DEU', '49', 'Germany'),
	(81, 'GHA', '233', 'Ghana'),
	(82, 'GIB', '350', 'Gibraltar'),
	(83, 'GRC', '30', 'Greece'),
	(84, 'GRL', '299', 'Greenland'),
	(85, 'GRD', '1473', 'Grenada'),
	(86, 'GLP', '590', 'Guadeloupe'),
	(87, 'GUM', '1671', 'Guam'),
	(88, 'GTM', '502', 'Guatemala'),
	(89, 'GIN', '224', 'Guinea'),
	(90, 'GNB', '245', 'Guinea-Bissau'),
	(91, 'GUY', '592', 'Guyana'),
	(92, 'HTI', '509', 'Haiti'),
	(93, 'HMD', '0', 'Heard Island And McDonald Islands'),
	(94, 'VAT', '0', 'Holy See (Vatican City State);'),
	(95, 'HND', '504', 'Honduras'),
	(96, 'HKG', '852', 'Hong Kong'),
	(97, 'HUN', '36', 'Hungary'),
	(98, 'ISL', '354', 'Iceland'),
	(99, 'IND', '91', 'India'),
	(100, 'IDN', '62', 'Indonesia'),
	(101, 'IRN', '98', 'Iran, Islamic Republic Of'),
	(102, 'IRQ', '964', 'Iraq'),
	(103, 'IRL', '353', 'Ireland'),
	(104, 'ISR', '972', 'Israel'),
	(105, 'ITA', '39', 'Italy'),
	(106, 'JAM', '1876', 'Jamaica'),
	(107, 'JPN', '81', 'Japan'),
	(108, 'JOR', '962', 'Jordan'),
	(109, 'KAZ', '7', 'Kazakhstan'),
	(110, 'KEN', '254', 'Kenya'),
	(111, 'KIR', '686', 'Kiribati'),
	(112, 'PRK', '850', 'Korea, Democratic People''s Republic Of'),
	(113, 'KOR', '82', 'Korea, Republic of'),
	(114, 'KWT', '965', 'Kuwait'),
	(115, 'KGZ', '996', 'Kyrgyzstan'),
	(116, 'LAO', '856', 'Lao People''s Democratic Republic'),
	(117, 'LVA', '371', 'Latvia'),
	(118, 'LBN', '961', 'Lebanon'),
	(119, 'LSO', '266', 'Lesotho'),
	(120, 'LBR', '231', 'Liberia'),
	(121, 'LBY', '218', 'Libyan Arab Jamahiriya'),
	(122, 'LIE', '423', 'Liechtenstein'),
	(123, 'LTU', '370', 'Lithuania'),
	(124, 'LUX', '352', 'Luxembourg'),
	(125, 'MAC', '853', 'Macao'),
	(126, 'MKD', '389', 'Macedonia, The Former Yugoslav Republic Of'),
	(127, 'MDG', '261', 'Madagascar'),
	(128, 'MWI', '265', 'Malawi'),
	(129, 'MYS', '60', 'Malaysia'),
	(130, 'MDV', '960', 'Maldives'),
	(131, 'MLI', '223', 'Mali'),
	(132, 'MLT', '356', 'Malta'),
	(133, 'MHL', '692', 'Marshall islands'),
	(134, 'MTQ', '596', 'Martinique'),
	(135, 'MRT', '222', 'Mauritania'),
	(136, 'MUS', '230', 'Mauritius'),
	(137, 'MYT', '269', 'Mayotte'),
	(138, 'MEX', '52', 'Mexico'),
	(139, 'FSM', '691', 'Micronesia, Federated States Of'),
	(140, 'MDA', '1808', 'Moldova, Republic Of'),
	(141, 'MCO', '377', 'Monaco'),
	(142, 'MNG', '976', 'Mongolia'),
	(143, 'MSR', '1664', 'Montserrat'),
	(144, 'MAR', '212', 'Morocco'),
	(145, 'MOZ', '258', 'Mozambique'),
	(146, 'MMR', '95', 'Myanmar'),
	(147, 'NAM', '264', 'Namibia'),
	(148, 'NRU', '674', 'Nauru'),
	(149, 'NPL', '977', 'Nepal'),
	(150, 'NLD', '31', 'Netherlands'),
	(151, 'ANT', '599', 'Netherlands Antilles'),
	(152, 'NCL', '687', 'New Caledonia'),
	(153, 'NZL', '64', 'New Zealand'),
	(154, 'NIC', '505', 'Nicaragua'),
	(155, 'NER', '227', 'Niger'),
	(156, 'NGA', '234', 'Nigeria'),
	(157, 'NIU', '683', 'Niue'),
	(158, 'NFK', '672', 'Norfolk Island'),
	(159, 'MNP', '1670', 'Northern Mariana Islands'),
	(160, 'NOR', '47', 'Norway'),
	(161, 'OMN', '968', 'Oman'),
	(162, 'PAK', '92', 'Pakistan'),
	(163, 'PLW', '680', 'Palau'),
	(164, 'PSE', '970', 'Palestinian Territory, Occupied'),
	(165, 'PAN', '507', 'Panama'),
	(166, 'PNG', '675', 'Papua New Guinea'),
	(167, 'PRY', '595', 'Paraguay'),
	(168, 'PER', '51', 'Peru'),
	(169, 'PHL', '63', 'Philippines'),
	(170, 'PCN', '0', 'Pitcairn'),
	(171, 'POL', '48', 'Poland'),
	(172, 'PRT', '351', 'Portugal'),
	(173, 'PRI', '1787', 'Puerto Rico'),
	(174, 'QAT', '974', 'Qatar'),
	(175, 'REU', '262', 'Reunion'),
	(176, 'ROU', '40', 'Romania'),
	(177, 'RUS', '7', 'Russian Federation'),
	(178, 'RWA', '250', 'Rwanda'),
	(179, 'SHN', '290', 'SaINT Helena'),
	(180, 'KNA', '1869', 'SaINT Kitts And Nevis'),
	(181, 'LCA', '1758', 'SaINT Lucia'),
	(182, 'SPM', '508', 'SaINT Pierre And Miquelon'),
	(183, 'VCT', '1784', 'SaINT Vincent And The Grenadines'),
	(184, 'WSM', '685', 'Samoa'),
	(185, 'SMR', '378', 'San Marino'),
	(186, 'STP', '239', 'SÃ£o TomÃ© And Principe'),
	(187, 'SAU', '966', 'Saudi Arabia'),
	(188, 'SEN', '221', 'Senegal'),
	(189, 'SYC', '248', 'Seychelles'),
	(190, 'SLE', '232', 'Sierra Leone'),
	(191, 'SGP', '65', 'Singapore'),
	(192, 'SVK', '421', 'Slovakia'),
	(193, 'SVN', '386', 'Slovenia'),
	(194, 'SLB', '677', 'Solomon Islands'),
	(195, 'SOM', '252', 'Somalia'),
	(196, 'ZAF', '27', 'South Africa'),
	(197, 'SGS', '0', 'South Georgia And The South Sandwich Islands'),
	(198, 'ESP', '34', 'Spain'),
	(199, 'LKA', '94', 'Sri Lanka'),
	(200, 'SDN', '249', 'Sudan'),
	(201, 'SUR', '597', 'Suriname'),
	(202, 'SJM', '0', 'Svalbard and Jan Mayen'),
	(203, 'SWZ', '268', 'Swaziland'),
	(204, 'SWE', '46', 'Sweden'),
	(205, 'CHE', '41', 'Switzerland'),
	(206, 'SYR', '963', 'Syrian Arab Republic'),
	(207, 'TWN', '886', 'Taiwan, Province Of China'),
	(208, 'TJK', '992', 'Tajikistan'),
	(209, 'TZA', '255', 'Tanzania, United Republic Of'),
	(210, 'THA', '66', 'Thailand'),
	(211, 'TLS', '670', 'Timor-Leste'),
	(212, 'TGO', '228', 'Togo'),
	(213, 'TKL', '690', 'Tokelau'),
	(214, 'TON', '676', 'Tonga'),
	(215, 'TTO', '1868', 'Trinidad And Tobago'),
	(216, 'TUN', '216', 'Tunisia'),
	(217, 'TUR', '90', 'Turkey'),
	(218, 'TKM', '993', 'Turkmenistan'),
	(219, 'TCA', '1649', 'Turks And Caicos Islands'),
	(220, 'TUV', '688', 'Tuvalu'),
	(221, 'UGA', '256', 'Uganda'),
	(222, 'UKR', '380', 'Ukraine'),
	(223, 'ARE', '971', 'United Arab Emirates'),
	(224, 'GBR', '44', 'United Kingdom'),
	(225, 'USA', '1', 'United States'),
	(226, 'UMI', '0', 'United States Minor Outlying Islands'),
	(227, 'URY', '598', 'Uruguay'),
	(228, 'UZB', '998', 'Uzbekistan'),
	(229, 'VUT', '678', 'Vanuatu'),
	(230, 'VEN', '58', 'Venezuela'),
	(231, 'VNM', '84', 'Vietnam'),
	(232, 'VGB', '1284', 'Virgin Islands, British'),
	(233, 'VIR', '808', 'Virgin Islands, U.S.'),
	(234, 'WLF', '681', 'Wallis And Futuna'),
	(235, 'ESH', '0', 'Western Sahara'),
	(236, 'YEM', '967', 'Yemen'),
	(237, 'YUG', '0', 'Yugoslavia'),
	(238, 'ZMB', '260', 'Zambia'),
	(239, 'ZWE', '263', 'Zimbabwe'),
	(240, 'ASC', '0', 'Ascension Island'),
	(241, 'DGA', '0', 'Diego Garcia'),
	(242, 'XNM', '0', 'Inmarsat'),
	(243, 'TMP', '0', 'East timor'),
	(244, 'AK', '0', 'Alaska'),
	(245, 'HI', '0', 'Hawaii'),
	(246, 'ALA', '35818', 'Aland Islands'),
	(247, 'BLM', '0', 'Saint Barthelemy'),
	(248, 'GGY', '441481', 'Guernsey'),
	(249, 'IMN', '441624', 'Isle of Man'),
	(250, 'JEY', '441534', 'Jersey'),
	(251, 'MAF', '0', 'Saint Martin'),
	(252, 'MNE', '382', 'Montenegro, Republic of'),
	(253, 'SRB', '381', 'Serbia, Republic of'),
	(254, 'CPT', '0', 'Clipperton Island'),
	(255, 'TAA', '0', 'Tristan da Cunha'),
	(256, 'UNK', '381', 'Kosovo');
INSERT INTO a2billing.cc_currencies (id, currency, name, value, lastupdate, basecurrency) VALUES
	(1, 'ALL', 'Albanian Lek (ALL)', 0.00974, '2009-05-15 16:38:43', 'USD'),
	(2, 'DZD', 'Algerian Dinar (DZD)', 0.01345, '2009-05-15 16:38:43', 'USD'),
	(3, 'XAL', 'Aluminium Ounces (XAL)', 1.08295, '2009-05-15 16:38:43', 'USD'),
	(4, 'ARS', 'Argentine Peso (ARS)', 0.32455, '2009-05-15 16:38:43', 'USD'),
	(5, 'AWG', 'Aruba Florin (AWG)', 0.55866, '2009-05-15 16:38:43', 'USD'),
	(6, 'AUD', 'Australian Dollar (AUD)', 0.73384, '2009-05-15 16:38:43', 'USD'),
	(7, 'BSD', 'Bahamian Dollar (BSD)', 1.00000, '2009-05-15 16:38:43', 'USD'),
	(8, 'BHD', 'Bahraini Dinar (BHD)', 2.65322, '2009-05-15 16:38:43', 'USD'),
	(9, 'BDT', 'Bangladesh Taka (BDT)', 0.01467, '2009-05-15 16:38:43', 'USD'),
	(10, 'BBD', 'Barbados Dollar (BBD)', 0.50000, '2009-05-15 16:38:43', 'USD'),
	(11, 'BYR', 'Belarus Ruble (BYR)', 0.00046, '2009-05-15 16:38:43', 'USD'),
	(12, 'BZD', 'Belize Dollar (BZD)', 0.50569, '2009-05-15 16:38:43', 'USD'),
	(13, 'BMD', 'Bermuda Dollar (BMD)', 1.00000, '2009-05-15 16:38:43', 'USD'),
	(14, 'BTN', 'Bhutan Ngultrum (BTN)', 0.02186, '2009-05-15 16:38:43', 'USD'),
	(15, 'BOB', 'Bolivian Boliviano (BOB)', 0.12500, '2009-05-15 16:38:43', 'USD'),
	(16, 'BRL', 'Brazilian Real (BRL)', 0.46030, '2009-05-15 16:38:43', 'USD'),
	(17, 'GBP', 'British Pound (GBP)', 1.73702, '2009-05-15 16:38:43', 'USD'),
	(18, 'BND', 'Brunei Dollar (BND)', 0.61290, '2009-05-15 16:38:43', 'USD'),
	(19, 'BGN', 'Bulgarian Lev (BGN)', 0.60927, '2009-05-15 16:38:43', 'USD'),
	(20, 'BIF', 'Burundi Franc (BIF)', 0.00103, '2009-05-15 16:38:43', 'USD'),
	(21, 'KHR', 'Cambodia Riel (KHR)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(22, 'CAD', 'Canadian Dollar (CAD)', 0.86386, '2009-05-15 16:38:43', 'USD'),
	(23, 'KYD', 'Cayman Islands Dollar (KYD)', 1.16496, '2009-05-15 16:38:43', 'USD'),
	(24, 'XOF', 'CFA Franc (BCEAO) (XOF)', 0.00182, '2009-05-15 16:38:43', 'USD'),
	(25, 'XAF', 'CFA Franc (BEAC) (XAF)', 0.00182, '2009-05-15 16:38:43', 'USD'),
	(26, 'CLP', 'Chilean Peso (CLP)', 0.00187, '2009-05-15 16:38:43', 'USD'),
	(27, 'CNY', 'Chinese Yuan (CNY)', 0.12425, '2009-05-15 16:38:43', 'USD'),
	(28, 'COP', 'Colombian Peso (COP)', 0.00044, '2009-05-15 16:38:43', 'USD'),
	(29, 'KMF', 'Comoros Franc (KMF)', 0.00242, '2009-05-15 16:38:43', 'USD'),
	(30, 'XCP', 'Copper Ounces (XCP)', 2.16403, '2009-05-15 16:38:43', 'USD'),
	(31, 'CRC', 'Costa Rica Colon (CRC)', 0.00199, '2009-05-15 16:38:43', 'USD'),
	(32, 'HRK', 'Croatian Kuna (HRK)', 0.16249, '2009-05-15 16:38:43', 'USD'),
	(33, 'CUP', 'Cuban Peso (CUP)', 1.00000, '2009-05-15 16:38:43', 'USD'),
	(34, 'CYP', 'Cyprus Pound (CYP)', 2.07426, '2009-05-15 16:38:43', 'USD'),
	(35, 'CZK', 'Czech Koruna (CZK)', 0.04133, '2009-05-15 16:38:43', 'USD'),
	(36, 'DKK', 'Danish Krone (DKK)', 0.15982, '2009-05-15 16:38:43', 'USD'),
	(37, 'DJF', 'Dijibouti Franc (DJF)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(38, 'DOP', 'Dominican Peso (DOP)', 0.03035, '2009-05-15 16:38:43', 'USD'),
	(39, 'XCD', 'East Caribbean Dollar (XCD)', 0.37037, '2009-05-15 16:38:43', 'USD'),
	(40, 'ECS', 'Ecuador Sucre (ECS)', 0.00004, '2009-05-15 16:38:43', 'USD'),
	(41, 'EGP', 'Egyptian Pound (EGP)', 0.17433, '2009-05-15 16:38:43', 'USD'),
	(42, 'SVC', 'El Salvador Colon (SVC)', 0.11426, '2009-05-15 16:38:43', 'USD'),
	(43, 'ERN', 'Eritrea Nakfa (ERN)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(44, 'EEK', 'Estonian Kroon (EEK)', 0.07615, '2009-05-15 16:38:43', 'USD'),
	(45, 'ETB', 'Ethiopian Birr (ETB)', 0.11456, '2009-05-15 16:38:43', 'USD'),
	(46, 'EUR', 'Euro (EUR)', 1.19175, '2009-05-15 16:38:43', 'USD'),
	(47, 'FKP', 'Falkland Islands Pound (FKP)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(48, 'GMD', 'Gambian Dalasi (GMD)', 0.03515, '2009-05-15 16:38:43', 'USD'),
	(49, 'GHC', 'Ghanian Cedi (GHC)', 0.00011, '2009-05-15 16:38:43', 'USD'),
	(50, 'GIP', 'Gibraltar Pound (GIP)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(51, 'XAU', 'Gold Ounces (XAU)', 99.99999, '2009-05-15 16:38:43', 'USD'),
	(52, 'GTQ', 'Guatemala Quetzal (GTQ)', 0.13103, '2009-05-15 16:38:43', 'USD'),
	(53, 'GNF', 'Guinea Franc (GNF)', 0.00022, '2009-05-15 16:38:43', 'USD'),
	(54, 'HTG', 'Haiti Gourde (HTG)', 0.02387, '2009-05-15 16:38:43', 'USD'),
	(55, 'HNL', 'Honduras Lempira (HNL)', 0.05292, '2009-05-15 16:38:43', 'USD'),
	(56, 'HKD', 'Hong Kong Dollar (HKD)', 0.12884, '2009-05-15 16:38:43', 'USD'),
	(57, 'HUF', 'Hungarian ForINT (HUF)', 0.00461, '2009-05-15 16:38:43', 'USD'),
	(58, 'ISK', 'Iceland Krona (ISK)', 0.01436, '2009-05-15 16:38:43', 'USD'),
	(59, 'INR', 'Indian Rupee (INR)', 0.02253, '2009-05-15 16:38:43', 'USD'),
	(60, 'IDR', 'Indonesian Rupiah (IDR)', 0.00011, '2009-05-15 16:38:43', 'USD'),
	(61, 'IRR', 'Iran Rial (IRR)', 0.00011, '2009-05-15 16:38:43', 'USD'),
	(62, 'ILS', 'Israeli Shekel (ILS)', 0.21192, '2009-05-15 16:38:43', 'USD'),
	(63, 'JMD', 'Jamaican Dollar (JMD)', 0.01536, '2009-05-15 16:38:43', 'USD'),
	(64, 'JPY', 'Japanese Yen (JPY)', 0.00849, '2009-05-15 16:38:43', 'USD'),
	(65, 'JOD', 'Jordanian Dinar (JOD)', 1.41044, '2009-05-15 16:38:43', 'USD'),
	(66, 'KZT', 'Kazakhstan Tenge (KZT)', 0.00773, '2009-05-15 16:38:43', 'USD'),
	(67, 'KES', 'Kenyan Shilling (KES)', 0.01392, '2009-05-15 16:38:43', 'USD'),
	(68, 'KRW', 'Korean Won (KRW)', 0.00102, '2009-05-15 16:38:43', 'USD'),
	(69, 'KWD', 'Kuwaiti Dinar (KWD)', 3.42349, '2009-05-15 16:38:43', 'USD'),
	(70, 'LAK', 'Lao Kip (LAK)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(71, 'LVL', 'Latvian Lat (LVL)', 1.71233, '2009-05-15 16:38:43', 'USD'),
	(72, 'LBP', 'Lebanese Pound (LBP)', 0.00067, '2009-05-15 16:38:43', 'USD'),
	(73, 'LSL', 'Lesotho Loti (LSL)', 0.15817, '2009-05-15 16:38:43', 'USD'),
	(74, 'LYD', 'Libyan Dinar (LYD)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(75, 'LTL', 'Lithuanian Lita (LTL)', 0.34510, '2009-05-15 16:38:43', 'USD'),
	(76, 'MOP', 'Macau Pataca (MOP)', 0.12509, '2009-05-15 16:38:43', 'USD'),
	(77, 'MKD', 'Macedonian Denar (MKD)', 0.01945, '2009-05-15 16:38:43', 'USD'),
	(78, 'MGF', 'Malagasy Franc (MGF)', 0.00011, '2009-05-15 16:38:43', 'USD'),
	(79, 'MWK', 'Malawi Kwacha (MWK)', 0.00752, '2009-05-15 16:38:43', 'USD'),
	(80, 'MYR', 'Malaysian Ringgit (MYR)', 0.26889, '2009-05-15 16:38:43', 'USD'),
	(81, 'MVR', 'Maldives Rufiyaa (MVR)', 0.07813, '2009-05-15 16:38:43', 'USD'),
	(82, 'MTL', 'Maltese Lira (MTL)', 2.77546, '2009-05-15 16:38:43', 'USD'),
	(83, 'MRO', 'Mauritania Ougulya (MRO)', 0.00369, '2009-05-15 16:38:43', 'USD'),
	(84, 'MUR', 'Mauritius Rupee (MUR)', 0.03258, '2009-05-15 16:38:43', 'USD'),
	(85, 'MXN', 'Mexican Peso (MXN)', 0.09320, '2009-05-15 16:38:43', 'USD'),
	(86, 'MDL', 'Moldovan Leu (MDL)', 0.07678, '2009-05-15 16:38:43', 'USD'),
	(87, 'MNT', 'Mongolian Tugrik (MNT)', 0.00084, '2009-05-15 16:38:43', 'USD'),
	(88, 'MAD', 'Moroccan Dirham (MAD)', 0.10897, '2009-05-15 16:38:43', 'USD'),
	(89, 'MZM', 'Mozambique Metical (MZM)', 0.00004, '2009-05-15 16:38:43', 'USD'),
	(90, 'NAD', 'Namibian Dollar (NAD)', 0.15817, '2009-05-15 16:38:43', 'USD'),
	(91, 'NPR', 'Nepalese Rupee (NPR)', 0.01408, '2009-05-15 16:38:43', 'USD'),
	(92, 'ANG', 'Neth Antilles Guilder (ANG)', 0.55866, '2009-05-15 16:38:43', 'USD'),
	(93, 'TRY', 'New Turkish Lira (TRY)', 0.73621, '2009-05-15 16:38:43', 'USD'),
	(94, 'NZD', 'New Zealand Dollar (NZD)', 0.65096, '2009-05-15 16:38:43', 'USD'),
	(95, 'NIO', 'Nicaragua Cordoba (NIO)', 0.05828, '2009-05-15 16:38:43', 'USD'),
	(96, 'NGN', 'Nigerian Naira (NGN)', 0.00777, '2009-05-15 16:38:43', 'USD'),
	(97, 'NOK', 'Norwegian Krone (NOK)', 0.14867, '2009-05-15 16:38:43', 'USD'),
	(98, 'OMR', 'Omani Rial (OMR)', 2.59740, '2009-05-15 16:38:43', 'USD'),
	(99, 'XPF', 'Pacific Franc (XPF)', 0.00999, '2009-05-15 16:38:43', 'USD'),
	(100, 'PKR', 'Pakistani Rupee (PKR)', 0.01667, '2009-05-15 16:38:43', 'USD'),
	(101, 'XPD', 'Palladium Ounces (XPD)', 99.99999, '2009-05-15 16:38:43', 'USD'),
	(102, 'PAB', 'Panama Balboa (PAB)', 1.00000, '2009-05-15 16:38:43', 'USD'),
	(103, 'PGK', 'Papua New Guinea Kina (PGK)', 0.33125, '2009-05-15 16:38:43', 'USD'),
	(104, 'PYG', 'Paraguayan Guarani (PYG)', 0.00017, '2009-05-15 16:38:43', 'USD'),
	(105, 'PEN', 'Peruvian Nuevo Sol (PEN)', 0.29999, '2009-05-15 16:38:43', 'USD'),
	(106, 'PHP', 'Philippine Peso (PHP)', 0.01945, '2009-05-15 16:38:43', 'USD'),
	(107, 'XPT', 'Platinum Ounces (XPT)', 99.99999, '2009-05-15 16:38:43', 'USD'),
	(108, 'PLN', 'Polish Zloty (PLN)', 0.30574, '2009-05-15 16:38:43', 'USD'),
	(109, 'QAR', 'Qatar Rial (QAR)', 0.27476, '2009-05-15 16:38:43', 'USD'),
	(110, 'ROL', 'Romanian Leu (ROL)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(111, 'RON', 'Romanian New Leu (RON)', 0.34074, '2009-05-15 16:38:43', 'USD'),
	(112, 'RUB', 'Russian Rouble (RUB)', 0.03563, '2009-05-15 16:38:43', 'USD'),
	(113, 'RWF', 'Rwanda Franc (RWF)', 0.00185, '2009-05-15 16:38:43', 'USD'),
	(114, 'WST', 'Samoa Tala (WST)', 0.35492, '2009-05-15 16:38:43', 'USD'),
	(115, 'STD', 'Sao Tome Dobra (STD)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(116, 'SAR', 'Saudi Arabian Riyal (SAR)', 0.26665, '2009-05-15 16:38:43', 'USD'),
	(117, 'SCR', 'Seychelles Rupee (SCR)', 0.18114, '2009-05-15 16:38:43', 'USD'),
	(118, 'SLL', 'Sierra Leone Leone (SLL)', 0.00034, '2009-05-15 16:38:43', 'USD'),
	(119, 'XAG', 'Silver Ounces (XAG)', 9.77517, '2009-05-15 16:38:43', 'USD'),
	(120, 'SGD', 'Singapore Dollar (SGD)', 0.61290, '2009-05-15 16:38:43', 'USD'),
	(121, 'SKK', 'Slovak Koruna (SKK)', 0.03157, '2009-05-15 16:38:43', 'USD'),
	(122, 'SIT', 'Slovenian Tolar (SIT)', 0.00498, '2009-05-15 16:38:43', 'USD'),
	(123, 'SOS', 'Somali Shilling (SOS)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(124, 'ZAR', 'South African Rand (ZAR)', 0.15835, '2009-05-15 16:38:43', 'USD'),
	(125, 'LKR', 'Sri Lanka Rupee (LKR)', 0.00974, '2009-05-15 16:38:43', 'USD'),
	(126, 'SHP', 'St Helena Pound (SHP)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(127, 'SDD', 'Sudanese Dinar (SDD)', 0.00427, '2009-05-15 16:38:43', 'USD'),
	(128, 'SRG', 'Surinam Guilder (SRG)', 0.36496, '2009-05-15 16:38:43', 'USD'),
	(129, 'SZL', 'Swaziland Lilageni (SZL)', 0.15817, '2009-05-15 16:38:43', 'USD'),
	(130, 'SEK', 'Swedish Krona (SEK)', 0.12609, '2009-05-15 16:38:43', 'USD'),
	(131, 'CHF', 'Swiss Franc (CHF)', 0.76435, '2009-05-15 16:38:43', 'USD'),
	(132, 'SYP', 'Syrian Pound (SYP)', 0.00000, '2009-05-15 16:38:43', 'USD'),
	(133, 'TWD', 'Taiwan Dollar (TWD)', 0.03075, '2009-05-15 16:38:43', 'USD'),
	(134, 'TZS', 'Tanzanian Shilling (TZS)', 0.00083, '2009-05-15 16:38:43', 'USD'),
	(135, 'THB', 'Thai Baht (THB)', 0.02546, '2009-05-15 16:38:43', 'USD'),
	(136, 'TOP', 'Tonga Paanga (TOP)', 0.48244, '2009-05-15 16:38:43', 'USD'),
	(137, 'TTD', 'Trinidad&Tobago Dollar (TTD)', 0.15863, '2009-05-15 16:38:43', 'USD'),
	(138, 'TND', 'Tunisian Dinar (TND)', 0.73470, '2009-05-15 16:38:43', 'USD'),
	(139, 'USD', 'U.S. Dollar (USD)', 1.00000, '2009-05-15 16:38:43', 'USD'),
	(140, 'AED', 'UAE Dirham (AED)', 0.27228, '2009-05-15 16:38:43', 'USD'),
	(141, 'UGX', 'Ugandan Shilling (UGX)', 0.00055, '2009-05-15 16:38:43', 'USD'),
	(142, 'UAH', 'Ukraine Hryvnia (UAH)', 0.19755, '2009-05-15 16:38:43', 'USD'),
	(143, 'UYU', 'Uruguayan New Peso (UYU)', 0.04119, '2009-05-15 16:38:43', 'USD'),
	(144, 'VUV', 'Vanuatu Vatu (VUV)', 0.00870, '2009-05-15 16:38:43', 'USD'),
	(145, 'VEB', 'Venezuelan Bolivar (VEB)', 0.00037, '2009-05-15 16:38:43', 'USD'),
	(146, 'VND', 'Vietnam Dong (VND)', 0.00006, '2009-05-15 16:38:43', 'USD'),
	(147, 'YER', 'Yemen Riyal (YER)', 0.00510, '2009-05-15 16:38:43', 'USD'),
	(148, 'ZMK', 'Zambian Kwacha (ZMK)', 0.00031, '2009-05-15 16:38:43', 'USD'),
	(149, 'ZWD', 'Zimbabwe Dollar (ZWD)', 0.00001, '2009-05-15 16:38:43', 'USD'),
	(150, 'GYD', 'Guyana Dollar (GYD)', 0.00527, '2009-05-15 16:38:43', 'USD');
INSERT INTO a2billing.cc_iso639 (code, name, lname, charset) VALUES
	('aa', 'Afar', '', 'ISO-8859-1'),
	('ab', 'Abkhazian', '', 'ISO-8859-1'),
	('af', 'Afrikaans', '', 'ISO-8859-1'),
	('am', 'Amharic', '', 'ISO-8859-1'),
	('ar', 'Arabic', '', 'ISO-8859-1'),
	('as', 'Assamese', '', 'ISO-8859-1'),
	('ay', 'Aymara', '', 'ISO-8859-1'),
	('az', 'Azerbaijani', '', 'ISO-8859-1'),
	('ba', 'Bashkir', '', 'ISO-8859-1'),
	('be', 'Byelorussian', '', 'ISO-8859-1'),
	('bg', 'Bulgarian', '', 'ISO-8859-1'),
	('bh', 'Bihari', '', 'ISO-8859-1'),
	('bi', 'Bislama', '', 'ISO-8859-1'),
	('bn', 'Bengali Bangla', '', 'ISO-8859-1'),
	('bo', 'Tibetan', '', 'ISO-8859-1'),
	('br', 'Breton', '', 'ISO-8859-1'),
	('ca', 'Catalan', '          		', 'ISO-8859-15'),
	('co', 'Corsican', '', 'ISO-8859-1'),
	('cs', 'Czech', '', 'ISO-8859-1'),
	('cy', 'Welsh', '', 'ISO-8859-1'),
	('da', 'Danish', '', 'ISO-8859-1'),
	('de', 'German', '', 'ISO-8859-1'),
	('dz', 'Bhutani', '', 'ISO-8859-1'),
	('el', 'Greek', '', 'ISO-8859-1'),
	('en', 'English', '', 'ISO-8859-1'),
	('eo', 'Esperanto', '', 'ISO-8859-1'),
	('es', 'Spanish', '         		', 'ISO-8859-15'),
	('et', 'Estonian', '', 'ISO-8859-1'),
	('eu', 'Basque', 'Euskera', 'ISO-8859-15'),
	('fa', 'Persian (Farsi)', '', 'ISO-8859-1'),
	('fi', 'Finnish', '', 'ISO-8859-1'),
	('fj', 'Fiji', '', 'ISO-8859-1'),
	('fo', 'Faroese', '', 'ISO-8859-1'),
	('fr', 'French', '', 'ISO-8859-1'),
	('fy', 'Frisian', '', 'ISO-8859-1'),
	('ga', 'Irish', '', 'ISO-8859-1'),
	('gd', 'Scots Gaelic', '', 'ISO-8859-1'),
	('gl', 'Galician', '', 'ISO-8859-1'),
	('gn', 'Guarani', '', 'ISO-8859-1'),
	('gu', 'Gujarati', '', 'ISO-8859-1'),
	('ha', 'Hausa', '', 'ISO-8859-1'),
	('he', 'Hebrew', '', 'ISO-8859-1'),
	('hi', 'Hindi', '', 'ISO-8859-1'),
	('hr', 'Croatian', '', 'ISO-8859-1'),
	('hu', 'Hungarian', '', 'ISO-8859-1'),
	('hy', 'Armenian', '', 'ISO-8859-1'),
	('ia', 'Interlingua', '', 'ISO-8859-1'),
	('id', 'Indonesian', '', 'ISO-8859-1'),
	('ie', 'Interlingue', '', 'ISO-8859-1'),
	('ik', 'Inupiak', '', 'ISO-8859-1'),
	('is', 'Icelandic', '', 'ISO-8859-1'),
	('it', 'Italian', '', 'ISO-8859-1'),
	('iu', 'Inuktitut', '', 'ISO-8859-1'),
	('ja', 'Japanese', '', 'ISO-8859-1'),
	('jv', 'Javanese', '', 'ISO-8859-1'),
	('ka', 'Georgian', '', 'ISO-8859-1'),
	('kk', 'Kazakh', '', 'ISO-8859-1'),
	('kl', 'Greenlandic', '', 'ISO-8859-1'),
	('km', 'Cambodian', '', 'ISO-8859-1'),
	('kn', 'Kannada', '', 'ISO-8859-1'),
	('ko', 'Korean', '', 'ISO-8859-1'),
	('ks', 'Kashmiri', '', 'ISO-8859-1'),
	('ku', 'Kurdish', '', 'ISO-8859-1'),
	('ky', 'Kirghiz', '', 'ISO-8859-1'),
	('la', 'Latin', '', 'ISO-8859-1'),
	('ln', 'Lingala', '', 'ISO-8859-1'),
	('lo', 'Laothian', '', 'ISO-8859-1'),
	('lt', 'Lithuanian', '', 'ISO-8859-1'),
	('lv', 'Latvian Lettish', '', 'ISO-8859-1'),
	('mg', 'Malagasy', '', 'ISO-8859-1'),
	('mi', 'Maori', '', 'ISO-8859-1'),
	('mk', 'Macedonian', '', 'ISO-8859-1'),
	('ml', 'Malayalam', '', 'ISO-8859-1'),
	('mn', 'Mongolian', '', 'ISO-8859-1'),
	('mo', 'Moldavian', '', 'ISO-8859-1'),
	('mr', 'Marathi', '', 'ISO-8859-1'),
	('ms', 'Malay', '', 'ISO-8859-1'),
	('mt', 'Maltese', '', 'ISO-8859-1'),
	('my', 'Burmese', '', 'ISO-8859-1'),
	('na', 'Nauru', '', 'ISO-8859-1'),
	('ne', 'Nepali', '', 'ISO-8859-1'),
	('nl', 'Dutch', '', 'ISO-8859-1'),
	('no', 'Norwegian', '', 'ISO-8859-1'),
	('oc', 'Occitan', '', 'ISO-8859-1'),
	('om', 'Afan (Oromo)', '', 'ISO-8859-1'),
	('or', 'Oriya', '', 'ISO-8859-1'),
	('pa', 'Punjabi', '', 'ISO-8859-1'),
	('pl', 'Polish', '', 'ISO-8859-1'),
	('ps', 'Pashto Pushto', '', 'ISO-8859-1'),
	('pt', 'Portuguese', '', 'ISO-8859-1'),
	('qu', 'Quechua', '', 'ISO-8859-1'),
	('rm', 'Rhaeto-Romance', '', 'ISO-8859-1'),
	('rn', 'Kurundi', '', 'ISO-8859-1'),
	('ro', 'Romanian', '', 'ISO-8859-1'),
	('ru', 'Russian', '', 'ISO-8859-1'),
	('rw', 'Kinyarwanda', '', 'ISO-8859-1'),
	('sa', 'Sanskrit', '', 'ISO-8859-1'),
	('sd', 'Sindhi', '', 'ISO-8859-1'),
	('sg', 'Sangho', '', 'ISO-8859-1'),
	('sh', 'Serbo-Croatian', '', 'ISO-8859-1'),
	('si', 'Singhalese', '', 'ISO-8859-1'),
	('sk', 'Slovak', '', 'ISO-8859-1'),
	('sl', 'Slovenian', '', 'ISO-8859-1'),
	('sm', 'Samoan', '', 'ISO-8859-1'),
	('sn', 'Shona', '', 'ISO-8859-1'),
	('so', 'Somali', '', 'ISO-8859-1'),
	('sq', 'Albanian', '', 'ISO-8859-1'),
	('sr', 'Serbian', '', 'ISO-8859-1'),
	('ss', 'Siswati', '', 'ISO-8859-1'),
	('st', 'Sesotho', '', 'ISO-8859-1'),
	('su', 'Sundanese', '', 'ISO-8859-1'),
	('sv', 'Swedish', '', 'ISO-8859-1'),
	('sw', 'Swahili', '', 'ISO-8859-1'),
	('ta', 'Tamil', '', 'ISO-8859-1'),
	('te', 'Telugu', '', 'ISO-8859-1'),
	('tg', 'Tajik', '', 'ISO-8859-1'),
	('th', 'Thai', '', 'ISO-8859-1'),
	('ti', 'Tigrinya', '', 'ISO-8859-1'),
	('tk', 'Turkmen', '', 'ISO-8859-1'),
	('tl', 'Tagalog', '', 'ISO-8859-1'),
	('tn', 'Setswana', '', 'ISO-8859-1'),
	('to', 'Tonga', '', 'ISO-8859-1'),
	('tr', 'Turkish', '', 'ISO-8859-1'),
	('ts', 'Tsonga', '', 'ISO-8859-1'),
	('tt', 'Tatar', '', 'ISO-8859-1'),
	('tw', 'Twi', '', 'ISO-8859-1'),
	('ug', 'Uigur', '', 'ISO-8859-1'),
	('uk', 'Ukrainian', '', 'ISO-8859-1'),
	('ur', 'Urdu', '', 'ISO-8859-1'),
	('uz', 'Uzbek', '', 'ISO-8859-1'),
	('vi', 'Vietnamese', '', 'ISO-8859-1'),
	('vo', 'Volapuk', '', 'ISO-8859-1'),
	('wo', 'Wolof', '', 'ISO-8859-1'),
	('xh', 'Xhosa', '', 'ISO-8859-1'),
	('yi', 'Yiddish', '', 'ISO-8859-1'),
	('yo', 'Yoruba', '', 'ISO-8859-1'),
	('za', 'Zhuang', '', 'ISO-8859-1'),
	('zh', 'Chinese', '', 'ISO-8859-1'),
	('zu', 'Zulu', '', 'ISO-8859-1');
INSERT INTO a2billing.cc_monitor (id, label, dial_code, description, text_intro, query_type, query, result_type, enable) VALUES
	(1, 'TotalCall', 2, 'To say the total amount of calls', 'The total amount of calls on your system is', 1, 'select count(*) from cc_call;', 3, 1),
	(2, 'Say Time', 1, 'just saying the current date and time', 'The current date and time is', 1, 'SELECT UNIX_TIMESTAMP( );', 2, 1),
	(3, 'Test Connectivity', 3, 'Test Connectivity with Google', 'your Internet connection is', 2, 'check_connectivity.sh', 1, 1);
INSERT INTO a2billing.cc_payment_methods (id, payment_method, payment_filename) VALUES
	(1, 'paypal', 'paypal.php'),
	(3, 'MoneyBookers', 'moneybookers.php'),
	(4, 'plugnpay', 'plugnpay.php');
INSERT INTO a2billing.cc_payments_status (id, status_id, status_name) VALUES
	(1, -2, 'Failed'),
	(2, -1, 'Denied'),
	(3, 0, 'Pending'),
	(4, 1, 'In-Progress'),
	(5, 2, 'Completed'),
	(6, 3, 'Processed'),
	(7, 4, 'Refunded'),
	(8, 5, 'Unknown');
INSERT INTO a2billing.cc_server_group (id, name, description) VALUES
	(1, 'default', 'default group of server');
INSERT INTO a2billing.cc_support (id, name, email, language) VALUES
	(1, 'DEFAULT', NULL, 'en');
INSERT INTO a2billing.cc_support_component (id, id_support, name, activated, type_user) VALUES
	(1, 1, 'DEFAULT', 1, 2);
INSERT INTO a2billing.cc_templatemail (id, id_language, mailtype, fromemail, fromname, subject, messagetext, messagehtml) VALUES
	(1, 'en', 'signup', 'info@mydomainname.com', 'COMPANY NAME', 'SIGNUP CONFIRMATION', '
Thank you for registering with us

Please click on below link to activate your account.

http://customer.mydomainname.com/activate.php?key=$loginkey$

Please make sure you active your account by making payment to us either by
credit card, wire transfer, money order, cheque, and western union money
transfer, money Gram, and Pay pal.


Kind regards,
YourDomain
', ''),
	(2, 'en', 'reminder', 'info@mydomainname.com', 'COMPANY NAME', 'Your COMPANY NAME account $cardnumber$ is low on credit ($currency$ $c', '

Your COMPANY NAME Account number $cardnumber$ is running low on credit.

There is currently only $creditcurrency$ $currency$ left on your account which is lower than the warning level defined ($credit_notification$)


Please top up your account ASAP to ensure continued service

If you no longer wish to receive these notifications or would like to change the balance amount at which these warnings are generated,
please connect on your myaccount panel and change the appropriate parameters


your account information :
Your account number for VOIP authentication : $cardnumber$

http://myaccount.mydomainname.com/
Your account login : $login$
Your account password : $password$


Thanks,
/COMPANY NAME Team
-------------------------------------
http://www.mydomainname.com
 ', ''),
	(3, 'en', 'forgetpassword', 'info@mydomainname.com', 'COMPANY NAME', 'Login Information', 'Your login information is as below:

Your account is $cardnumber$

Your password is $password$

Your login is $login$

http://mydomainname.com/A2BCustomer_UI/

Kind regards,
YourDomain
', ''),
	(4, 'en', 'signupconfirmed', 'info@mydomainname.com', 'COMPANY NAME', 'SIGNUP CONFIRMATION', 'Thank you for registering with us

Please make sure you active your account by making payment to us either by
credit card, wire transfer, money order, cheque, and western union money
transfer, money Gram, and Pay pal.

Your account is $cardnumber$

Your password is $password$

To go to your account :
http://mydomainname.com/customer/

Kind regards,
YourDomain
', ''),
	(5, 'en', 'epaymentverify', 'info@mydomainname.com', 'COMPANY NAME', 'Epayment Gateway Security Verification Failed', 'Dear Administrator

Please check the Epayment Log, System has logged a Epayment Security failure. that may be a possible attack on epayment processing.

Time of Transaction: $time$
Payment Gateway: $paymentgateway$
Amount: $itemAmount$



Kind regards,
YourDomain
', ''),
	(6, 'en', 'payment', 'info@mydomainname.com', 'COMPANY NAME', 'PAYMENT CONFIRMATION', 'Thank you for shopping at COMPANY NAME.

Shopping details is as below.

Item Name = <b>$itemName$</b>
Item ID = <b>$itemID$</b>
Amount = <b>$itemAmount$</b>
Payment Method = <b>$paymentMethod$</b>
Status = <b>$paymentStatus$</b>


Kind regards,
YourDomain
', ''),
	(8, 'en', 'did_paid', 'info@mydomainname.com', 'COMPANY NAME', 'DID notification - ($did$)', 'BALANCE REMAINING $balance_remaining$ $base_currency$

An automatic taking away of : $did_cost$ $base_currency$ has been carry out of your account to pay your DID ($did$)

Monthly cost for DID : $did_cost$ $base_currency$

', NULL),
	(9, 'en', 'did_unpaid', 'info@mydomainname.com', 'COMPANY NAME', 'DID notification - ($did$)', 'BALANCE REMAINING $balance_remaining$ $base_currency$

Your credit is not enough to pay your DID number ($did$), the monthly cost is : $did_cost$ $base_currency$

You have $days_remaining$ days to pay the invoice (REF: $invoice_ref$ ) or the DID will be automatically released 

', NULL),
	(10, 'en', 'did_released', 'info@mydomainname.com', 'COMPANY NAME', 'DID released - ($did$)', 'The DID $did$ has been automatically released!

', NULL),
	(11, 'en', 'new_ticket', 'info@mydomainname.com', 'COMPANY NAME', 'Support Ticket #$ticket_id$', 'New Ticket Open (#$ticket_id$) From $ticket_owner$.
 Title : $ticket_title$
 Priority : $ticket_priority$ 
 Status : $ticket_status$ 
 Description : $ticket_description$ 
', NULL),
	(12, 'en', 'modify_ticket', 'info@mydomainname.com', 'COMPANY NAME', 'Support Ticket #$ticket_id$', 'Ticket modified (#$ticket_id$) By $comment_creator$.
 Ticket Status -> $ticket_status$
 Description : $comment_description$ 
', NULL),
	(13, 'en', 'invoice_to_pay', 'info@mydomainname.com', 'COMPANY NAME', 'Invoice to pay Ref: $invoice_reference$', 'New Invoice send with the reference : $invoice_reference$ .
 
    Title : $invoice_title$ .
 Description : $invoice_description$
 
    TOTAL (exclude VAT) : $invoice_total$  $base_currency$
 TOTAL (invclude VAT) : $invoice_total_vat$ $base_currency$ 

 
    TOTAL TO PAY : $invoice_total_vat$ $base_currency$

 
    You can check and pay this invoice by your account on the web interface : http://mydomainname.com/customer/  ', NULL),
	(14, 'en', 'subscription_paid', 'info@mydomainname.com', 'COMPANY NAME', 'Subscription notification - $subscription_label$ ($subscription_id$)', 'BALANCE  $credit$ $base_currency$


A decrement of: $subscription_fee$ $base_currency$ has removed from your account to pay your service. ($subscription_label$)


the monthly cost is : $subscription_fee$

', NULL),
	(15, 'en', 'subscription_unpaid', 'info@mydomainname.com', 'COMPANY NAME', 'Subscription notification - $subscription_label$ ($subscription_id$)', 'BALANCE $credit$ $base_currency$


You do not have enough credit to pay your subscription,($subscription_label$), the monthly cost is : $subscription_fee$ $base_currency$


You have $days_remaining$ days to pay the invoice (REF: $invoice_ref$ ) or your service may cease 

', NULL),
	(16, 'en', 'subscription_disable_card', 'info@mydomainname.com', 'COMPANY NAME', 'Service deactivated - unpaid service $subscription_label$ ($subscription_id$)', 'The account has been automatically deactivated until the invoice is settled.

', NULL);
INSERT INTO a2billing.cc_timezone (id, gmtzone, gmttime, gmtoffset) VALUES
	(1, '(GMT-12:00) International Date Line West', 'GMT-12:00', -43200),
	(2, '(GMT-11:00) Midway Island, Samoa', 'GMT-11:00', -39600),
	(3, '(GMT-10:00) Hawaii', 'GMT-10:00', -36000),
	(4, '(GMT-09:00) Alaska', 'GMT-09:00', -32400),
	(5, '(GMT-08:00) Pacific Time (US & Canada) Tijuana', 'GMT-08:00', -28800),
	(6, '(GMT-07:00) Arizona', 'GMT-07:00', -25200),
	(7, '(GMT-07:00) Chihuahua, La Paz, Mazatlan', 'GMT-07:00', -25200),
	(8, '(GMT-07:00) Mountain Time(US & Canada)', 'GMT-07:00', -25200),
	(9, '(GMT-06:00) Central America', 'GMT-06:00', -21600),
	(10, '(GMT-06:00) Central Time (US & Canada)', 'GMT-06:00', -21600),
	(11, '(GMT-06:00) Guadalajara, Mexico City, Monterrey', 'GMT-06:00', -21600),
	(12, '(GMT-06:00) Saskatchewan', 'GMT-06:00', -21600),
	(13, '(GMT-05:00) Bogota, Lima, Quito', 'GMT-05:00', -18000),
	(14, '(GMT-05:00) Eastern Time (US & Canada)', 'GMT-05:00', -18000),
	(15, '(GMT-05:00) Indiana (East)', 'GMT-05:00', -18000),
	(16, '(GMT-04:00) Atlantic Time (Canada)', 'GMT-04:00', -14400),
	(17, '(GMT-04:00) Caracas, La Paz', 'GMT-04:00', -14400),
	(18, '(GMT-04:00) Santiago', 'GMT-04:00', -14400),
	(19, '(GMT-03:30) NewFoundland', 'GMT-03:30', -12600),
	(20, '(GMT-03:00) Brasillia', 'GMT-03:00', -10800),
	(21, '(GMT-03:00) Buenos Aires, Georgetown', 'GMT-03:00', -10800),
	(22, '(GMT-03:00) Greenland', 'GMT-03:00', -10800),
	(23, '(GMT-03:00) Mid-Atlantic', 'GMT-03:00', -10800),
	(24, '(GMT-01:00) Azores', 'GMT-01:00', -3600),
	(25, '(GMT-01:00) Cape Verd Is.', 'GMT-01:00', -3600),
	(26, '(GMT) Casablanca, Monrovia', 'GMT+00:00', 0),
	(27, '(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon,  London', 'GMT', 0),
	(28, '(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'GMT+01:00', 3600),
	(29, '(GMT+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague', 'GMT+01:00', 3600),
	(30, '(GMT+01:00) Brussels, Copenhagen, Madrid, Paris', 'GMT+01:00', 3600),
	(31, '(GMT+01:00) Sarajevo, Skopje, Warsaw, Zagreb', 'GMT+01:00', 3600),
	(32, '(GMT+01:00) West Central Africa', 'GMT+01:00', 3600),
	(33, '(GMT+02:00) Athens, Istanbul, Minsk', 'GMT+02:00', 7200),
	(34, '(GMT+02:00) Bucharest', 'GMT+02:00', 7200),
	(35, '(GMT+02:00) Cairo', 'GMT+02:00', 7200),
	(36, '(GMT+02:00) Harere, Pretoria', 'GMT+02:00', 7200),
	(37, '(GMT+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', 'GMT+02:00', 7200),
	(38, '(GMT+02:00) Jeruasalem', 'GMT+02:00', 7200),
	(39, '(GMT+03:00) Baghdad', 'GMT+03:00', 10800),
	(40, '(GMT+03:00) Kuwait, Riyadh', 'GMT+03:00', 10800),
	(41, '(GMT+03:00) Moscow, St.Petersburg, Volgograd', 'GMT+03:00', 10800),
	(42, '(GMT+03:00) Nairobi', 'GMT+03:00', 10800),
	(43, '(GMT+03:30) Tehran', 'GMT+03:30', 12600),
	(44, '(GMT+04:00) Abu Dhabi, Muscat', 'GMT+04:00', 14400),
	(45, '(GMT+04:00) Baku, Tbillisi, Yerevan', 'GMT+04:00', 14400),
	(46, '(GMT+04:30) Kabul', 'GMT+04:30', 16200),
	(47, '(GMT+05:00) Ekaterinburg', 'GMT+05:00', 18000),
	(48, '(GMT+05:00) Islamabad, Karachi, Tashkent', 'GMT+05:00', 18000),
	(49, '(GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi', 'GMT+05:30', 19800),
	(50, '(GMT+05:45) Kathmandu', 'GMT+05:45', 20700),
	(51, '(GMT+06:00) Almaty, Novosibirsk', 'GMT+06:00', 21600),
	(52, '(GMT+06:00) Astana, Dhaka', 'GMT+06:00', 21600),
	(53, '(GMT+06:00) Sri Jayawardenepura', 'GMT+06:00', 21600),
	(54, '(GMT+06:30) Rangoon', 'GMT+06:30', 23400),
	(55, '(GMT+07:00) Bangkok, Hanoi, Jakarta', 'GMT+07:00', 25200),
	(56, '(GMT+07:00) Krasnoyarsk', 'GMT+07:00', 25200),
	(57, '(GMT+08:00) Beijiing, Chongging, Hong Kong, Urumqi', 'GMT+08:00', 28800),
	(58, '(GMT+08:00) Irkutsk, Ulaan Bataar', 'GMT+08:00', 28800),
	(59, '(GMT+08:00) Kuala Lumpur, Singapore', 'GMT+08:00', 28800),
	(60, '(GMT+08:00) Perth', 'GMT+08:00', 28800),
	(61, '(GMT+08:00) Taipei', 'GMT+08:00', 28800),
	(62, '(GMT+09:00) Osaka, Sapporo, Tokyo', 'GMT+09:00', 32400),
	(63, '(GMT+09:00) Seoul', 'GMT+09:00', 32400),
	(64, '(GMT+09:00) Yakutsk', 'GMT+09:00', 32400),
	(65, '(GMT+09:00) Adelaide', 'GMT+09:00', 32400),
	(66, '(GMT+09:30) Darwin', 'GMT+09:30', 34200),
	(67, '(GMT+10:00) Brisbane', 'GMT+10:00', 36000),
	(68, '(GMT+10:00) Canberra, Melbourne, Sydney', 'GMT+10:00', 36000),
	(69, '(GMT+10:00) Guam, Port Moresby', 'GMT+10:00', 36000),
	(70, '(GMT+10:00) Hobart', 'GMT+10:00', 36000),
	(71, '(GMT+10:00) Vladivostok', 'GMT+10:00', 36000),
	(72, '(GMT+11:00) Magadan, Solomon Is., New Caledonia', 'GMT+11:00', 39600),
	(73, '(GMT+12:00) Auckland, Wellington', 'GMT+1200', 43200),
	(74, '(GMT+12:00) Fiji, Kamchatka, Marshall Is.', 'GMT+12:00', 43200),
	(75, '(GMT+13:00) Nuku alofa', 'GMT+13:00', 46800);
INSERT INTO a2billing.cc_version (version) VALUES
	('2.3.0');
