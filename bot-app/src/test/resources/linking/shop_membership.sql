-- Spider's "shop_membership" (loyalty-card members with card number, hometown and level; the shop's branches with
-- opening year, road, city and membership count; the branch each member registered at and when; members' yearly
-- spend in pounds per branch), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/shop_membership/shop_membership.sqlite, commit 999f5e4), converted by a one-off script
-- from the SQLite catalog (pragma table_info, foreign_key_list), schema shop_membership; names lower-cased, int ->
-- integer, real -> double precision, text kept; primary keys and the 4 foreign keys as declared;
-- membership_register_branch.branch_id and purchase.branch_id (text in the source, referencing branch.branch_id int)
-- made integer so that PostgreSQL accepts the declared foreign keys (all their values are whole numbers). No
-- comments in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours.
-- Rows in values-shop_membership.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS shop_membership;
CREATE TABLE shop_membership.member (
    member_id integer NOT NULL,
    card_number text,
    name text,
    hometown text,
    level integer,
    PRIMARY KEY (member_id)
);
CREATE TABLE shop_membership.branch (
    branch_id integer NOT NULL,
    name text,
    open_year text,
    address_road text,
    city text,
    membership_amount text,
    PRIMARY KEY (branch_id)
);
CREATE TABLE shop_membership.membership_register_branch (
    member_id integer NOT NULL,
    branch_id integer,
    register_year text,
    PRIMARY KEY (member_id)
);
CREATE TABLE shop_membership.purchase (
    member_id integer NOT NULL,
    branch_id integer NOT NULL,
    year text NOT NULL,
    total_pounds double precision,
    PRIMARY KEY (member_id, branch_id, year)
);
ALTER TABLE shop_membership.membership_register_branch ADD FOREIGN KEY (branch_id) REFERENCES shop_membership.branch (branch_id);
ALTER TABLE shop_membership.membership_register_branch ADD FOREIGN KEY (member_id) REFERENCES shop_membership.member (member_id);
ALTER TABLE shop_membership.purchase ADD FOREIGN KEY (branch_id) REFERENCES shop_membership.branch (branch_id);
ALTER TABLE shop_membership.purchase ADD FOREIGN KEY (member_id) REFERENCES shop_membership.member (member_id);
