-- Rows of Spider's phone_market, whole, for its 3 tables (phone: 5 rows, market: 6, phone_market: 6), as its SQLite
-- database holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). SQL text ours.
SET client_min_messages = warning;
INSERT INTO phone_market.phone (name, phone_id, memory_in_g, carrier, price) VALUES
    ('IPhone 5s', 1, 32, 'Sprint', 320.0),
    ('IPhone 6', 5, 128, 'Sprint', 480.0),
    ('IPhone 6s', 2, 128, 'TMobile', 699.0),
    ('IPhone 7', 4, 16, 'TMobile', 899.0),
    ('IPhone X', 3, 64, 'TMobile', 1000.0);
INSERT INTO phone_market.market (market_id, district, num_of_employees, num_of_shops, ranking) VALUES
    (1, 'Alberta', 1966, 40.0, 1),
    (2, 'British Columbia', 1965, 49.0, 21),
    (3, 'New Brunswick', 1978, 10.0, 4),
    (4, 'Nova Scotia', 1968, 32.0, 5),
    (5, 'Ontario', 1958, 54.0, 3),
    (6, 'Quebec', 1958, 54.0, 8);
INSERT INTO phone_market.phone_market (market_id, phone_id, num_of_stock) VALUES
    (1, 1, 2232),
    (2, 2, 4324),
    (1, 4, 874),
    (5, 1, 682),
    (2, 3, 908),
    (6, 3, 1632);
