-- Rows of Spider's loan_1, whole, for its 3 tables (bank: 4 rows, customer: 3, loan: 3), as its SQLite database
-- holds them (github.com/hyukkyukang/text2SQL, commit 999f5e4; Spider, CC BY-SA 4.0). SQL text ours.
SET client_min_messages = warning;
INSERT INTO loan_1.bank (branch_id, bname, no_of_customers, city, state) VALUES
    (1, 'morningside', 203, 'New York City', 'New York'),
    (2, 'downtown', 123, 'Salt Lake City', 'Utah'),
    (3, 'broadway', 453, 'New York City', 'New York'),
    (4, 'high', 367, 'Austin', 'Texas');
INSERT INTO loan_1.customer (cust_id, cust_name, acc_type, acc_bal, no_of_loans, credit_score, branch_id, state) VALUES
    ('1', 'Mary', 'saving', 2000, 2, 30, 2, 'Utah'),
    ('2', 'Jack', 'checking', 1000, 1, 20, 1, 'Texas'),
    ('3', 'Owen', 'saving', 800000, 0, 210, 3, 'New York');
INSERT INTO loan_1.loan (loan_id, loan_type, cust_id, branch_id, amount) VALUES
    ('1', 'Mortgages', '1', 1, 2050),
    ('2', 'Auto', '1', 2, 3000),
    ('3', 'Business', '3', 3, 5000);
