-- Rows of Spider's department_store, whole, for 9 of its 14 tables (addresses 15, staff 15, suppliers 4,
-- department_store_chain 4, products 15, supplier_addresses 4, department_stores 15, departments 5,
-- product_suppliers 15), as its SQLite database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider,
-- CC BY-SA 4.0). Left out: customers, whose payment_method_code 'Direct Debit' is longer than the varchar(10) the
-- file declares (SQLite does not enforce lengths), and so customer_addresses, customer_orders and order_items, which
-- point at customers or their orders; staff_department_assignments, whose job_title_code values ('Department
-- Manager', 'Clerical Staff'...) are longer than its varchar(10). SQL text ours.
INSERT INTO department_store.addresses (address_id, address_details) VALUES
    (1, '28481 Crist Circle
East Burdettestad, IA 21232'),
    (2, '0292 Mitchel Pike
Port Abefurt, IA 84402-4249'),
    (3, '4062 Mante Place
West Lindsey, DE 76199-8015'),
    (4, '99666 Julie Junction
Marvinburgh, OH 16085-1623'),
    (5, '195 Mara Rue
Jenkinsmouth, OK 22345'),
    (6, '11784 Stehr Road
Port Isaac, NV 61159'),
    (7, '69482 Renner Ville Suite 653
Langworthborough, OH 95195'),
    (8, '36594 O''Keefe Lock
New Cali, RI 42319'),
    (9, '7181 Wuckert Port Apt. 571
Lake Zariaburgh, IL 98085'),
    (10, '92594 Marvin Trafficway
Pourosfurt, IA 98649'),
    (11, '0258 Kessler Mountains Suite 688
Mooreside, ME 41586-5022'),
    (12, '69275 Mose Drive
Wilkinsonstad, CO 79055-7622'),
    (13, '8207 Morissette Lakes
East Rheaview, ID 47493'),
    (14, '145 Alice Corners
Willmsport, NV 36680'),
    (15, '521 Molly Harbors Apt. 567
Reingerland, HI 97099-1005');
INSERT INTO department_store.staff (staff_id, staff_gender, staff_name) VALUES
    (1, '1', 'Tom'),
    (2, '1', 'Malika'),
    (3, '1', 'Katelynn'),
    (4, '1', 'Vanessa'),
    (5, '0', 'Maximus'),
    (6, '1', 'Tyson'),
    (7, '1', 'Yolanda'),
    (8, '1', 'Vito'),
    (9, '1', 'Zakary'),
    (10, '1', 'Sabrina'),
    (11, '1', 'Dannie'),
    (12, '1', 'Melody'),
    (13, '1', 'Archibald'),
    (14, '1', 'Adrienne'),
    (15, '1', 'Kristy');
INSERT INTO department_store.suppliers (supplier_id, supplier_name, supplier_phone) VALUES
    (1, 'Lidl', '(692)009-5928'),
    (2, 'AB Store', '1-483-283-4742'),
    (3, 'Tesco', '287-071-1153x254'),
    (4, 'Audi', '1-432-960-2402x1734');
INSERT INTO department_store.department_store_chain (dept_store_chain_id, dept_store_chain_name) VALUES
    (1, 'South'),
    (2, 'West'),
    (3, 'East'),
    (4, 'North');
INSERT INTO department_store.products (product_id, product_type_code, product_name, product_price) VALUES
    (1, 'Clothes', 'red jeans', 734.73),
    (2, 'Clothes', 'yellow jeans', 687.23),
    (3, 'Clothes', 'black jeans', 695.16),
    (4, 'Clothes', 'blue jeans', 939.57),
    (5, 'Clothes', 'red jeans', 534.52),
    (6, 'Clothes', 'red topping', 408.82),
    (7, 'Clothes', 'black topping', 916.53),
    (8, 'Clothes', 'yellow topping', 918.41),
    (9, 'Clothes', 'blue topping', 604.86),
    (10, 'Hardware', 'monitor', 813.76),
    (11, 'Hardware', 'mouse', 803.74),
    (12, 'Hardware', 'drive', 944.96),
    (13, 'Hardware', 'keyboard', 629.89),
    (14, 'Hardware', 'speaker', 612.46),
    (15, 'Hardware', 'mic', 971.44);
INSERT INTO department_store.supplier_addresses (supplier_id, address_id, date_from, date_to) VALUES
    (4, 5, '2016-09-22 16:41:31', '2018-03-14 20:06:37'),
    (3, 9, '2014-11-07 19:18:49', '2018-03-16 16:39:58'),
    (3, 2, '2008-11-22 12:01:25', '2018-03-02 19:50:22'),
    (2, 11, '2015-03-16 19:30:29', '2018-03-24 00:14:45');
INSERT INTO department_store.department_stores (dept_store_id, dept_store_chain_id, store_name, store_address, store_phone, store_email) VALUES
    (1, 1, 'store_name', '01290 Jeremie Parkway Suite 753
North Arielle, MS 51249', '(948)944-5099x2027', 'bmaggio@example.com'),
    (2, 3, 'store_name', '082 Purdy Expressway
O''Connellshire, IL 31732', '877-917-5029', 'larissa10@example.org'),
    (3, 4, 'store_name', '994 Travis Plains
North Wadeton, WV 27575-3951', '1-216-312-0375', 'alexandro.mcclure@example.net'),
    (4, 2, 'store_name', '93472 Mayert Shore Apt. 360
Mitchellton, TN 84209', '670-466-6367', 'bryon24@example.org'),
    (5, 3, 'store_name', '88112 Parisian Lights
Sporermouth, MN 25962', '01399327266', 'creola23@example.org'),
    (6, 4, 'store_name', '49708 Marcella Valleys Suite 181
Ninamouth, WA 86667', '1-859-843-1957', 'jerod.reynolds@example.net'),
    (7, 4, 'store_name', '41924 Alfredo Cliff
New Eviestad, NY 17573', '1-109-872-9142x77078', 'ihamill@example.org'),
    (8, 4, 'store_name', '7081 Shanna Cape
West Zacheryshire, NC 17408', '+67(5)4983519062', 'casper.adolfo@example.org'),
    (9, 4, 'store_name', '5288 Kaia Street
Devonton, NJ 61782-9006', '(723)503-7086x356', 'selmer.stiedemann@example.org'),
    (10, 3, 'store_name', '00578 Lisa Gateway Suite 476
Strosinville, VA 03998-3292', '07126036440', 'luisa57@example.org'),
    (11, 2, 'store_name', '34894 Everett Road
South Jeremiehaven, GA 08730', '611-037-9309', 'vonrueden.vern@example.org'),
    (12, 4, 'store_name', '2676 Cruickshank Gardens
North Ginahaven, CT 85046', '(626)763-7031', 'freda.toy@example.org'),
    (13, 2, 'store_name', '29297 West Road Suite 210
West Dulceside, UT 58085-8998', '1-764-126-7567x0795', 'katlynn62@example.com'),
    (14, 1, 'store_name', '16650 Lysanne River Apt. 281
North Garettton, AL 84756-4375', '319.331.3397', 'mohr.elwin@example.net'),
    (15, 3, 'store_name', '82470 Hansen Squares Suite 190
Wehnermouth, NC 76791', '(587)993-3604x3077', 'kelly30@example.com');
INSERT INTO department_store.departments (department_id, dept_store_id, department_name) VALUES
    (1, 5, 'human resource'),
    (2, 11, 'purchasing'),
    (3, 4, 'marketing'),
    (4, 11, 'advertising'),
    (5, 4, 'managing');
INSERT INTO department_store.product_suppliers (product_id, supplier_id, date_supplied_from, date_supplied_to, total_amount_purchased, total_value_purchased) VALUES
    (4, 3, '2017-06-19 00:49:05', '2018-03-24 19:29:18', '89366.05', 36014.6),
    (8, 4, '2017-07-02 00:35:12', '2018-03-25 07:30:49', '25085.57', 36274.56),
    (3, 3, '2017-10-14 19:15:37', '2018-03-24 02:29:44', '15752.45', 7273.74),
    (7, 1, '2017-08-22 00:58:42', '2018-03-24 02:38:31', '22332.08', 8042.78),
    (15, 4, '2017-12-08 09:14:05', '2018-03-24 23:03:30', '25318.21', 29836.26),
    (11, 1, '2017-12-01 19:46:53', '2018-03-24 05:22:36', '35149.74', 67216.31),
    (11, 3, '2017-07-13 15:02:24', '2018-03-24 23:01:03', '31862.59', 76992.42),
    (5, 2, '2017-07-28 19:23:39', '2018-03-24 09:17:15', '85922.86', 82524.95),
    (6, 2, '2017-12-20 07:07:31', '2018-03-24 23:25:58', '64444.18', 97371.12),
    (4, 1, '2017-09-19 02:14:02', '2018-03-25 09:15:30', '32881.38', 29987.71),
    (15, 2, '2017-08-07 12:08:00', '2018-03-23 19:21:12', '13712.91', 48100.23),
    (4, 4, '2017-06-09 01:30:40', '2018-03-24 12:35:08', '79316.31', 98086.8),
    (8, 2, '2017-06-25 14:59:40', '2018-03-24 12:27:13', '83873.58', 99049.01),
    (7, 4, '2017-11-17 08:23:16', '2018-03-25 12:03:33', '20689.78', 61800.95),
    (14, 1, '2017-08-09 21:26:38', '2018-03-24 18:16:47', '20447.99', 27257.6);
