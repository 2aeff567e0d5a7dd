-- Rows of TPC-H's fixed lookup tables: the 5 regions and 25 nations with their keys, as dbgen generates them
-- (dists.dss of github.com/electrum/tpch-dbgen: names in order, each nation's region key the running sum of the
-- listed adjustments; the same rows as the specification's clause 4.2.3). The comment columns, random text in
-- dbgen's output, are left empty. The SQL text is ours.
INSERT INTO public.region (r_regionkey, r_name) VALUES
    (0, 'AFRICA'),
    (1, 'AMERICA'),
    (2, 'ASIA'),
    (3, 'EUROPE'),
    (4, 'MIDDLE EAST');
INSERT INTO public.nation (n_nationkey, n_name, n_regionkey) VALUES
    (0, 'ALGERIA', 0),
    (1, 'ARGENTINA', 1),
    (2, 'BRAZIL', 1),
    (3, 'CANADA', 1),
    (4, 'EGYPT', 4),
    (5, 'ETHIOPIA', 0),
    (6, 'FRANCE', 3),
    (7, 'GERMANY', 3),
    (8, 'INDIA', 2),
    (9, 'INDONESIA', 2),
    (10, 'IRAN', 4),
    (11, 'IRAQ', 4),
    (12, 'JAPAN', 2),
    (13, 'JORDAN', 4),
    (14, 'KENYA', 0),
    (15, 'MOROCCO', 0),
    (16, 'MOZAMBIQUE', 0),
    (17, 'PERU', 1),
    (18, 'CHINA', 2),
    (19, 'ROMANIA', 3),
    (20, 'SAUDI ARABIA', 4),
    (21, 'VIETNAM', 2),
    (22, 'RUSSIA', 3),
    (23, 'UNITED KINGDOM', 3),
    (24, 'UNITED STATES', 1);
