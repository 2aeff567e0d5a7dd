-- TPC-H (the TPC's decision-support benchmark; schema from the TPC-H specification, clause 1.4, and dbgen's
-- dss.ddl / dss.ri, github.com/electrum/tpch-dbgen): tables, keys and foreign keys, no data. Column names and
-- types as in dss.ddl, lower-cased; primary and foreign keys as listed in the specification (lineitem refers to
-- part and supplier as well as to partsupp). The table comments are short descriptions of ours. See README.md here.
SET client_min_messages = warning;
CREATE TABLE public.region (
    r_regionkey integer NOT NULL,
    r_name character(25) NOT NULL,
    r_comment character varying(152),
    PRIMARY KEY (r_regionkey)
);
CREATE TABLE public.nation (
    n_nationkey integer NOT NULL,
    n_name character(25) NOT NULL,
    n_regionkey integer NOT NULL,
    n_comment character varying(152),
    PRIMARY KEY (n_nationkey)
);
CREATE TABLE public.part (
    p_partkey integer NOT NULL,
    p_name character varying(55) NOT NULL,
    p_mfgr character(25) NOT NULL,
    p_brand character(10) NOT NULL,
    p_type character varying(25) NOT NULL,
    p_size integer NOT NULL,
    p_container character(10) NOT NULL,
    p_retailprice numeric(15,2) NOT NULL,
    p_comment character varying(23) NOT NULL,
    PRIMARY KEY (p_partkey)
);
CREATE TABLE public.supplier (
    s_suppkey integer NOT NULL,
    s_name character(25) NOT NULL,
    s_address character varying(40) NOT NULL,
    s_nationkey integer NOT NULL,
    s_phone character(15) NOT NULL,
    s_acctbal numeric(15,2) NOT NULL,
    s_comment character varying(101) NOT NULL,
    PRIMARY KEY (s_suppkey)
);
CREATE TABLE public.partsupp (
    ps_partkey integer NOT NULL,
    ps_suppkey integer NOT NULL,
    ps_availqty integer NOT NULL,
    ps_supplycost numeric(15,2) NOT NULL,
    ps_comment character varying(199) NOT NULL,
    PRIMARY KEY (ps_partkey, ps_suppkey)
);
CREATE TABLE public.customer (
    c_custkey integer NOT NULL,
    c_name character varying(25) NOT NULL,
    c_address character varying(40) NOT NULL,
    c_nationkey integer NOT NULL,
    c_phone character(15) NOT NULL,
    c_acctbal numeric(15,2) NOT NULL,
    c_mktsegment character(10) NOT NULL,
    c_comment character varying(117) NOT NULL,
    PRIMARY KEY (c_custkey)
);
CREATE TABLE public.orders (
    o_orderkey integer NOT NULL,
    o_custkey integer NOT NULL,
    o_orderstatus character(1) NOT NULL,
    o_totalprice numeric(15,2) NOT NULL,
    o_orderdate date NOT NULL,
    o_orderpriority character(15) NOT NULL,
    o_clerk character(15) NOT NULL,
    o_shippriority integer NOT NULL,
    o_comment character varying(79) NOT NULL,
    PRIMARY KEY (o_orderkey)
);
CREATE TABLE public.lineitem (
    l_orderkey integer NOT NULL,
    l_partkey integer NOT NULL,
    l_suppkey integer NOT NULL,
    l_linenumber integer NOT NULL,
    l_quantity numeric(15,2) NOT NULL,
    l_extendedprice numeric(15,2) NOT NULL,
    l_discount numeric(15,2) NOT NULL,
    l_tax numeric(15,2) NOT NULL,
    l_returnflag character(1) NOT NULL,
    l_linestatus character(1) NOT NULL,
    l_shipdate date NOT NULL,
    l_commitdate date NOT NULL,
    l_receiptdate date NOT NULL,
    l_shipinstruct character(25) NOT NULL,
    l_shipmode character(10) NOT NULL,
    l_comment character varying(44) NOT NULL,
    PRIMARY KEY (l_orderkey, l_linenumber)
);
ALTER TABLE public.nation ADD FOREIGN KEY (n_regionkey) REFERENCES public.region (r_regionkey);
ALTER TABLE public.supplier ADD FOREIGN KEY (s_nationkey) REFERENCES public.nation (n_nationkey);
ALTER TABLE public.customer ADD FOREIGN KEY (c_nationkey) REFERENCES public.nation (n_nationkey);
ALTER TABLE public.partsupp ADD FOREIGN KEY (ps_partkey) REFERENCES public.part (p_partkey);
ALTER TABLE public.partsupp ADD FOREIGN KEY (ps_suppkey) REFERENCES public.supplier (s_suppkey);
ALTER TABLE public.orders ADD FOREIGN KEY (o_custkey) REFERENCES public.customer (c_custkey);
ALTER TABLE public.lineitem ADD FOREIGN KEY (l_orderkey) REFERENCES public.orders (o_orderkey);
ALTER TABLE public.lineitem ADD FOREIGN KEY (l_partkey) REFERENCES public.part (p_partkey);
ALTER TABLE public.lineitem ADD FOREIGN KEY (l_suppkey) REFERENCES public.supplier (s_suppkey);
ALTER TABLE public.lineitem ADD FOREIGN KEY (l_partkey, l_suppkey) REFERENCES public.partsupp (ps_partkey, ps_suppkey);
COMMENT ON TABLE public.region IS 'Regions of the world';
COMMENT ON TABLE public.nation IS 'Nations, each in one region';
COMMENT ON TABLE public.part IS 'Parts';
COMMENT ON TABLE public.supplier IS 'Suppliers';
COMMENT ON TABLE public.partsupp IS 'Parts each supplier supplies, with its available quantity and supply cost';
COMMENT ON TABLE public.customer IS 'Customers';
COMMENT ON TABLE public.orders IS 'Orders placed by customers';
COMMENT ON TABLE public.lineitem IS 'Line items of orders';
