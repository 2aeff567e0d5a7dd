-- Rows of Spider's coffee_shop, whole, for its 4 tables (shop: 10 rows, member: 10, happy_hour: 10, happy_hour_member: 6),
-- as its SQLite database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). SQL text ours.
SET client_min_messages = warning;
INSERT INTO coffee_shop.shop (shop_id, address, num_of_staff, score, open_year) VALUES
    (1, '1200 Main Street', '13', 42.0, '2010'),
    (2, '1111 Main Street', '19', 38.0, '2008'),
    (3, '1330 Baltimore Street', '42', 36.0, '2010'),
    (4, '909 Walnut Street', '27', 32.0, '2010'),
    (5, '414 E. 12th Street', '24', 30.0, '2011'),
    (6, '1201 Walnut Street', '34', 30.0, '2010'),
    (7, '2345 McGee Street', '425', 40.0, '2008'),
    (8, '909 Main Street', '28', 30.0, '2011'),
    (9, '1100 Main Street', '23', 30.0, '2006'),
    (10, '324 E. 11th Street', '16', 28.0, '2008');
INSERT INTO coffee_shop.member (member_id, name, membership_card, age, time_of_purchase, level_of_membership, address) VALUES
    (1, 'Ashby, Lazale', 'Black', 29, 18, 5, 'Hartford'),
    (2, 'Breton, Robert', 'White', 67, 41, 4, 'Waterbury'),
    (3, 'Campbell, Jessie', 'Black', 34, 20, 6, 'Hartford'),
    (4, 'Cobb, Sedrick', 'Black', 51, 27, 2, 'Waterbury'),
    (5, 'Hayes, Steven', 'White', 50, 44, 3, 'Cheshire'),
    (6, 'Komisarjevsky, Joshua', 'White', 33, 26, 2, 'Cheshire'),
    (7, 'Peeler, Russell', 'Black', 42, 26, 6, 'Bridgeport'),
    (8, 'Reynolds, Richard', 'Black', 45, 24, 1, 'Waterbury'),
    (9, 'Rizzo, Todd', 'White', 35, 18, 4, 'Waterbury'),
    (10, 'Webb, Daniel', 'Black', 51, 27, 22, 'Hartford');
INSERT INTO coffee_shop.happy_hour (hh_id, shop_id, month, num_of_shaff_in_charge) VALUES
    (1, 1, 'May', 10),
    (2, 1, 'April', 12),
    (3, 10, 'June', 15),
    (4, 5, 'July', 5),
    (5, 1, 'May', 10),
    (6, 1, 'April', 12),
    (7, 2, 'June', 5),
    (8, 3, 'July', 15),
    (9, 3, 'May', 3),
    (10, 3, 'April', 4);
INSERT INTO coffee_shop.happy_hour_member (hh_id, member_id, total_amount) VALUES
    (1, 3, 20.9),
    (4, 3, 20.92),
    (7, 9, 4.9),
    (2, 5, 16.9),
    (5, 5, 16.92),
    (8, 9, 4.2);
