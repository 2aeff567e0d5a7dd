-- The "employees" sample database of github.com/datacharmer/test_db (Fusheng Wang and Carlo Zaniolo's fictional
-- employee data, about 300,000 employees and 2.8 million salaries; CC BY-SA 3.0, we use the schema's facts): tables
-- and keys of schema employees, no data. Read from its employees.sql (MySQL), loaded into a scratch PostgreSQL and
-- regenerated from its catalog: the 6 tables with their primary keys, the unique department name and the 6 foreign
-- keys the source declares. Converted: ENUM('M','F') -> text; its two views (dept_emp_latest_date, current_dept_emp)
-- left out. The source declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS employees;
CREATE TABLE employees.departments (
    dept_no character(4) NOT NULL,
    dept_name character varying(40) NOT NULL,
    PRIMARY KEY (dept_no),
    UNIQUE (dept_name)
);
CREATE TABLE employees.dept_emp (
    emp_no integer NOT NULL,
    dept_no character(4) NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL,
    PRIMARY KEY (emp_no, dept_no)
);
CREATE TABLE employees.dept_manager (
    emp_no integer NOT NULL,
    dept_no character(4) NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL,
    PRIMARY KEY (emp_no, dept_no)
);
CREATE TABLE employees.employees (
    emp_no integer NOT NULL,
    birth_date date NOT NULL,
    first_name character varying(14) NOT NULL,
    last_name character varying(16) NOT NULL,
    gender text NOT NULL,
    hire_date date NOT NULL,
    PRIMARY KEY (emp_no)
);
CREATE TABLE employees.salaries (
    emp_no integer NOT NULL,
    salary integer NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL,
    PRIMARY KEY (emp_no, from_date)
);
CREATE TABLE employees.titles (
    emp_no integer NOT NULL,
    title character varying(50) NOT NULL,
    from_date date NOT NULL,
    to_date date,
    PRIMARY KEY (emp_no, title, from_date)
);
ALTER TABLE employees.dept_emp ADD FOREIGN KEY (dept_no) REFERENCES employees.departments (dept_no) ON DELETE CASCADE;
ALTER TABLE employees.dept_emp ADD FOREIGN KEY (emp_no) REFERENCES employees.employees (emp_no) ON DELETE CASCADE;
ALTER TABLE employees.dept_manager ADD FOREIGN KEY (dept_no) REFERENCES employees.departments (dept_no) ON DELETE CASCADE;
ALTER TABLE employees.dept_manager ADD FOREIGN KEY (emp_no) REFERENCES employees.employees (emp_no) ON DELETE CASCADE;
ALTER TABLE employees.salaries ADD FOREIGN KEY (emp_no) REFERENCES employees.employees (emp_no) ON DELETE CASCADE;
ALTER TABLE employees.titles ADD FOREIGN KEY (emp_no) REFERENCES employees.employees (emp_no) ON DELETE CASCADE;
