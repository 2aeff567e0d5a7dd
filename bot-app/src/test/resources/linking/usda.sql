-- The USDA National Nutrient Database for Standard Reference (SR) as pgFoundry's dbsamples "usda" PostgreSQL
-- sample lays it out (lower-case file names of the SR release as tables, its own column names, the misspelt
-- fd_group.fddrp_desc included; the data of the US Department of Agriculture, a US government work in the public
-- domain): tables and keys of schema public, no data. Read from a public copy of that sample's schema dump, loaded
-- into a scratch PostgreSQL and regenerated from its catalog: the 10 tables with their primary keys and 10 foreign
-- keys. Its indexes are left out; the dump has no comments. See README.md here.
SET client_min_messages = warning;
CREATE TABLE public.data_src (
    datasrc_id character(6) NOT NULL,
    authors text,
    title text NOT NULL,
    year integer,
    journal text,
    vol_city text,
    issue_state text,
    start_page text,
    end_page text,
    PRIMARY KEY (datasrc_id)
);
CREATE TABLE public.datsrcln (
    ndb_no character(5) NOT NULL,
    nutr_no character(3) NOT NULL,
    datasrc_id character(6) NOT NULL,
    PRIMARY KEY (ndb_no, nutr_no, datasrc_id)
);
CREATE TABLE public.deriv_cd (
    deriv_cd text NOT NULL,
    derivcd_desc text NOT NULL,
    PRIMARY KEY (deriv_cd)
);
CREATE TABLE public.fd_group (
    fdgrp_cd character(4) NOT NULL,
    fddrp_desc text NOT NULL,
    PRIMARY KEY (fdgrp_cd)
);
CREATE TABLE public.food_des (
    ndb_no character(5) NOT NULL,
    fdgrp_cd character(4) NOT NULL,
    long_desc text NOT NULL,
    shrt_desc text NOT NULL,
    comname text,
    manufacname text,
    survey character(1),
    ref_desc text,
    refuse integer,
    sciname text,
    n_factor double precision,
    pro_factor double precision,
    fat_factor double precision,
    cho_factor double precision,
    PRIMARY KEY (ndb_no)
);
CREATE TABLE public.footnote (
    ndb_no character(5) NOT NULL,
    footnt_no character(4) NOT NULL,
    footnt_typ character(1) NOT NULL,
    nutr_no character(3),
    footnt_txt text NOT NULL
);
CREATE TABLE public.nut_data (
    ndb_no character(5) NOT NULL,
    nutr_no character(3) NOT NULL,
    nutr_val double precision NOT NULL,
    num_data_pts double precision NOT NULL,
    std_error double precision,
    src_cd integer NOT NULL,
    deriv_cd text,
    ref_ndb_no character(5),
    add_nutr_mark character(1),
    num_studies integer,
    min double precision,
    max double precision,
    df integer,
    low_eb double precision,
    up_eb double precision,
    stat_cmt text,
    cc character(1),
    PRIMARY KEY (ndb_no, nutr_no)
);
CREATE TABLE public.nutr_def (
    nutr_no character(3) NOT NULL,
    units text NOT NULL,
    tagname text,
    nutrdesc text,
    num_dec smallint,
    sr_order integer,
    PRIMARY KEY (nutr_no)
);
CREATE TABLE public.src_cd (
    src_cd integer NOT NULL,
    srccd_desc text NOT NULL,
    PRIMARY KEY (src_cd)
);
CREATE TABLE public.weight (
    ndb_no character(5) NOT NULL,
    seq character(2) NOT NULL,
    amount double precision NOT NULL,
    msre_desc text NOT NULL,
    gm_wgt double precision NOT NULL,
    num_data_pts integer,
    std_dev double precision,
    PRIMARY KEY (ndb_no, seq)
);
ALTER TABLE public.datsrcln ADD CONSTRAINT datsrcln_datasrc_id_fkey FOREIGN KEY (datasrc_id) REFERENCES public.data_src(datasrc_id);
ALTER TABLE public.datsrcln ADD CONSTRAINT datsrcln_ndb_no_fkey FOREIGN KEY (ndb_no, nutr_no) REFERENCES public.nut_data(ndb_no, nutr_no);
ALTER TABLE public.food_des ADD CONSTRAINT food_des_fdgrp_cd_fkey FOREIGN KEY (fdgrp_cd) REFERENCES public.fd_group(fdgrp_cd);
ALTER TABLE public.footnote ADD CONSTRAINT footnote_ndb_no_fkey FOREIGN KEY (ndb_no) REFERENCES public.food_des(ndb_no);
ALTER TABLE public.footnote ADD CONSTRAINT footnote_nutr_no_fkey FOREIGN KEY (nutr_no) REFERENCES public.nutr_def(nutr_no);
ALTER TABLE public.nut_data ADD CONSTRAINT nut_data_deriv_cd_fkey FOREIGN KEY (deriv_cd) REFERENCES public.deriv_cd(deriv_cd);
ALTER TABLE public.nut_data ADD CONSTRAINT nut_data_ndb_no_fkey FOREIGN KEY (ndb_no) REFERENCES public.food_des(ndb_no);
ALTER TABLE public.nut_data ADD CONSTRAINT nut_data_nutr_no_fkey FOREIGN KEY (nutr_no) REFERENCES public.nutr_def(nutr_no);
ALTER TABLE public.nut_data ADD CONSTRAINT nut_data_src_cd_fkey FOREIGN KEY (src_cd) REFERENCES public.src_cd(src_cd);
ALTER TABLE public.weight ADD CONSTRAINT weight_ndb_no_fkey FOREIGN KEY (ndb_no) REFERENCES public.food_des(ndb_no);
