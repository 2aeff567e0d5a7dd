-- Rows of test_db's departments table (load_departments.dump of github.com/datacharmer/test_db; CC BY-SA 3.0): all
-- 9 departments, the database's one lookup table. The SQL text is ours.
INSERT INTO employees.departments (dept_no, dept_name) VALUES
    ('d001', 'Marketing'),
    ('d002', 'Finance'),
    ('d003', 'Human Resources'),
    ('d004', 'Production'),
    ('d005', 'Development'),
    ('d006', 'Quality Management'),
    ('d007', 'Sales'),
    ('d008', 'Research'),
    ('d009', 'Customer Service');
