-- Rows of Spider's products_gen_characteristics, whole, for its 6 tables (ref_characteristic_types 2, ref_colors 8,
-- ref_product_categories 3, characteristics 15, products 15, product_characteristics 15), as its SQLite database
-- holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0); the padded unit_of_measure
-- values and empty price strings kept as they are. SQL text ours.
SET client_min_messages = warning;
INSERT INTO products_gen_characteristics.ref_characteristic_types (characteristic_type_code, characteristic_type_description) VALUES
    ('Grade', 'Grade'),
    ('Purity', 'Purity');
INSERT INTO products_gen_characteristics.ref_colors (color_code, color_description) VALUES
    ('9', 'red'),
    ('5', 'green'),
    ('1', 'yellow'),
    ('4', 'blue'),
    ('7', 'black'),
    ('2', 'white'),
    ('8', 'purple'),
    ('3', 'gray');
INSERT INTO products_gen_characteristics.ref_product_categories (product_category_code, product_category_description, unit_of_measure) VALUES
    ('Herbs', 'Herbs', 'Handful             '),
    ('Seeds', 'Seeds', 'Weight - pound,kilo.'),
    ('Spices', 'Spices', 'Weight - pound,kilo.');
INSERT INTO products_gen_characteristics.characteristics (characteristic_id, characteristic_type_code, characteristic_data_type, characteristic_name, other_characteristic_details) VALUES
    (1, 'Grade', 'numquam', 'slow', NULL),
    (2, 'Grade', 'doloribus', 'fast', NULL),
    (3, 'Purity', 'rem', 'warm', NULL),
    (4, 'Grade', 'aut', 'hot', NULL),
    (5, 'Purity', 'impedit', 'hot', NULL),
    (6, 'Purity', 'qui', 'warm', NULL),
    (7, 'Grade', 'et', 'cool', NULL),
    (8, 'Grade', 'dolores', 'cool', NULL),
    (9, 'Grade', 'quam', 'cool', NULL),
    (10, 'Grade', 'velit', 'fast', NULL),
    (11, 'Purity', 'at', 'fast', NULL),
    (12, 'Grade', 'totam', 'error', NULL),
    (13, 'Purity', 'mollitia', 'slow', NULL),
    (14, 'Purity', 'placeat', 'slow', NULL),
    (15, 'Grade', 'facere', 'slow', NULL);
INSERT INTO products_gen_characteristics.products (product_id, color_code, product_category_code, product_name, typical_buying_price, typical_selling_price, product_description, other_product_details) VALUES
    (1, '4', 'Spices', 'cumin', '', '2878.3', 'et', NULL),
    (2, '2', 'Spices', 'peper', '352447.2874677', '1892070.2803543', 'rerum', NULL),
    (3, '9', 'Herbs', 'basil', '503.8431967', '0.1859512', 'officia', NULL),
    (4, '1', 'Herbs', 'borage', '', '10377614.847385', 'blanditiis', NULL),
    (5, '4', 'Spices', 'chili', '', '39446', 'eius', NULL),
    (6, '4', 'Seeds', 'ginger', '5.578', '52735.6101', 'doloribus', NULL),
    (7, '9', 'Seeds', 'sesame', '1284268.0659', '68205825.7', 'et', NULL),
    (8, '9', 'Herbs', 'caraway', '24493', '', 'nulla', NULL),
    (9, '2', 'Herbs', 'catnip', '12008702.623', '21577.891642', 'vel', NULL),
    (10, '5', 'Seeds', 'flax', '339404395.7', '59622629.74', 'et', NULL),
    (11, '7', 'Herbs', 'chervil', '', '', 'minus', NULL),
    (12, '4', 'Seeds', 'voluptatem', '162', '149', 'officia', NULL),
    (13, '5', 'Spices', 'cinnam', '1686539.4', '17595111.4', 'nisi', NULL),
    (14, '4', 'Seeds', 'lotus', '43221310.465574', '63589.4054376', 'exercitationem', NULL),
    (15, '2', 'Herbs', 'laurel', '', '57857', 'ut', NULL);
INSERT INTO products_gen_characteristics.product_characteristics (product_id, characteristic_id, product_characteristic_value) VALUES
    (13, 13, 'low'),
    (11, 2, 'low'),
    (5, 15, 'low'),
    (1, 13, 'low'),
    (7, 12, 'low'),
    (11, 6, 'low'),
    (7, 2, 'medium'),
    (12, 10, 'medium'),
    (8, 11, 'high'),
    (14, 4, 'medium'),
    (11, 3, 'medium'),
    (6, 15, 'high'),
    (11, 3, 'high'),
    (6, 10, 'high'),
    (12, 2, 'high');
