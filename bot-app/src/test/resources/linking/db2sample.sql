-- IBM Db2's SAMPLE database (the one `db2sampl` creates: a fictional company's departments, employees, their photos
-- and resumes, projects, project activities and who works on them, the org chart, staff, sales by region, and the
-- pureXML part: products, inventory, customers, purchase orders, catalog, suppliers), tables of schema db2sample.
-- Read from a db2look dump of a Db2 10.5 SAMPLE database, sample.ddl in github.com/csrbwilson/db2lookp-cli (commit
-- e4e1bc8, later deleted from that repository, which is released under the Unlicense; the sample schema itself is
-- IBM's), turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and checked there: the 22
-- tables of the dump's SAMPLE schema (CRAIG) with their primary keys and the 12 foreign keys it declares. Names
-- lower-cased (Db2 upper-cases unquoted names as PostgreSQL lower-cases them), the cryptic ones kept (firstnme,
-- workdept, edlevel, acstaff, prendate, majproj...). Types: CHAR/VARCHAR/GRAPHIC/VARGRAPHIC -> character (varying),
-- DECIMAL -> numeric, BLOB -> bytea, CLOB -> text, XML -> xml. Left out: the dump's other schemas (DB2ADMIN and T,
-- test tables of that installation), the materialized query table ADEFUSR, the sequence, indexes, defaults and
-- storage clauses; the dump has no comments. No rows. See README.md here.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS db2sample;
CREATE TABLE db2sample.cl_sched (
    class_code character(7),
    day smallint,
    starting time without time zone,
    ending time without time zone
);
CREATE TABLE db2sample.department (
    deptno character(3) NOT NULL,
    deptname character varying(36) NOT NULL,
    mgrno character(6),
    admrdept character(3) NOT NULL,
    location character(16),
    PRIMARY KEY (deptno)
);
CREATE TABLE db2sample.employee (
    empno character(6) NOT NULL,
    firstnme character varying(12) NOT NULL,
    midinit character(1),
    lastname character varying(15) NOT NULL,
    workdept character(3),
    phoneno character(4),
    hiredate date,
    job character(8),
    edlevel smallint NOT NULL,
    sex character(1),
    birthdate date,
    salary numeric(9,2),
    bonus numeric(9,2),
    comm numeric(9,2),
    PRIMARY KEY (empno)
);
CREATE TABLE db2sample.emp_photo (
    empno character(6) NOT NULL,
    photo_format character varying(10) NOT NULL,
    picture bytea,
    PRIMARY KEY (empno, photo_format)
);
CREATE TABLE db2sample.emp_resume (
    empno character(6) NOT NULL,
    resume_format character varying(10) NOT NULL,
    resume text,
    PRIMARY KEY (empno, resume_format)
);
CREATE TABLE db2sample.project (
    projno character(6) NOT NULL,
    projname character varying(24) NOT NULL,
    deptno character(3) NOT NULL,
    respemp character(6) NOT NULL,
    prstaff numeric(5,2),
    prstdate date,
    prendate date,
    majproj character(6),
    PRIMARY KEY (projno)
);
CREATE TABLE db2sample.projact (
    projno character(6) NOT NULL,
    actno smallint NOT NULL,
    acstaff numeric(5,2),
    acstdate date NOT NULL,
    acendate date,
    PRIMARY KEY (projno, actno, acstdate)
);
CREATE TABLE db2sample.empprojact (
    empno character(6) NOT NULL,
    projno character(6) NOT NULL,
    actno smallint NOT NULL,
    emptime numeric(5,2),
    emstdate date,
    emendate date
);
CREATE TABLE db2sample.act (
    actno smallint NOT NULL,
    actkwd character(6) NOT NULL,
    actdesc character varying(20) NOT NULL,
    PRIMARY KEY (actno)
);
CREATE TABLE db2sample.in_tray (
    received timestamp without time zone,
    source character(8),
    subject character(64),
    note_text character varying(3000)
);
CREATE TABLE db2sample.org (
    deptnumb smallint NOT NULL,
    deptname character varying(14),
    manager smallint,
    division character varying(10),
    location character varying(13)
);
CREATE TABLE db2sample.staff (
    id smallint NOT NULL,
    name character varying(9),
    dept smallint,
    job character(5),
    years smallint,
    salary numeric(7,2),
    comm numeric(7,2)
);
CREATE TABLE db2sample.sales (
    sales_date date,
    sales_person character varying(15),
    region character varying(15),
    sales integer
);
CREATE TABLE db2sample.staffg (
    id smallint NOT NULL,
    name character varying(9),
    dept smallint,
    job character(5),
    years smallint,
    salary numeric(9,0),
    comm numeric(9,0)
);
CREATE TABLE db2sample.empmdc (
    empno integer,
    dept integer,
    div integer
);
CREATE TABLE db2sample.product (
    pid character varying(10) NOT NULL,
    name character varying(128),
    price numeric(30,2),
    promoprice numeric(30,2),
    promostart date,
    promoend date,
    description xml,
    PRIMARY KEY (pid)
);
CREATE TABLE db2sample.inventory (
    pid character varying(10) NOT NULL,
    quantity integer,
    location character varying(128),
    PRIMARY KEY (pid)
);
CREATE TABLE db2sample.customer (
    cid bigint NOT NULL,
    info xml,
    history xml,
    PRIMARY KEY (cid)
);
CREATE TABLE db2sample.purchaseorder (
    poid bigint NOT NULL,
    status character varying(10) NOT NULL,
    custid bigint,
    orderdate date,
    porder xml,
    comments character varying(1000),
    PRIMARY KEY (poid)
);
CREATE TABLE db2sample.catalog (
    name character varying(128) NOT NULL,
    catlog xml,
    PRIMARY KEY (name)
);
CREATE TABLE db2sample.suppliers (
    sid character varying(10) NOT NULL,
    addr xml,
    PRIMARY KEY (sid)
);
CREATE TABLE db2sample.productsupplier (
    pid character varying(10) NOT NULL,
    sid character varying(10) NOT NULL,
    PRIMARY KEY (pid, sid)
);
ALTER TABLE db2sample.department ADD FOREIGN KEY (mgrno) REFERENCES db2sample.employee (empno);
ALTER TABLE db2sample.department ADD FOREIGN KEY (admrdept) REFERENCES db2sample.department (deptno);
ALTER TABLE db2sample.employee ADD FOREIGN KEY (workdept) REFERENCES db2sample.department (deptno);
ALTER TABLE db2sample.emp_photo ADD FOREIGN KEY (empno) REFERENCES db2sample.employee (empno);
ALTER TABLE db2sample.emp_resume ADD FOREIGN KEY (empno) REFERENCES db2sample.employee (empno);
ALTER TABLE db2sample.project ADD FOREIGN KEY (deptno) REFERENCES db2sample.department (deptno);
ALTER TABLE db2sample.project ADD FOREIGN KEY (respemp) REFERENCES db2sample.employee (empno);
ALTER TABLE db2sample.project ADD FOREIGN KEY (majproj) REFERENCES db2sample.project (projno);
ALTER TABLE db2sample.projact ADD FOREIGN KEY (projno) REFERENCES db2sample.project (projno);
ALTER TABLE db2sample.empprojact ADD FOREIGN KEY (projno, actno, emstdate) REFERENCES db2sample.projact (projno, actno, acstdate);
ALTER TABLE db2sample.act ADD FOREIGN KEY (actno) REFERENCES db2sample.act (actno);
ALTER TABLE db2sample.purchaseorder ADD FOREIGN KEY (custid) REFERENCES db2sample.customer (cid);
