-- Rows RosarioSIS 12.0's installer inserts (rosariosis.sql of github.com/francoisjacquet/rosariosis, commit b695142,
-- GPL-2.0; InstallDatabase.php runs it as is for an English install), whole, read back from a scratch PostgreSQL 15 in
-- which it was loaded unchanged (NEXTVAL ids as a fresh database numbers them): the default school (school year 2024)
-- and its 4 attendance codes, attendance calendar, 9 grade levels, 7 marking periods, 11 periods, grading scale with
-- 15 report-card grades and 3 report-card comments, 3 eligibility activities, 6 enrollment codes, 6 discipline fields
-- and their usage, 12 student custom fields and 5 student field categories, 2 staff fields and 3 staff field
-- categories, the 4 user profiles and their 252 program permissions (profile_exceptions), food service menu, category,
-- 4 items and menu items, 5 resources, 5 letter templates, and the 'No Address' address. 26 tables, 372 rows. Every
-- table's created_at (the install time its DEFAULT current_timestamp stamps) is left NULL, the one value changed.
-- Left out: config and program_config (settings), staff (the admin, teacher and parent accounts), students (the one
-- student account) and the tables pointing at it (student_enrollment, students_join_users,
-- food_service_student_accounts), food_service_accounts (that student's account balance) and moodlexrosario (the admin
-- account's Moodle id). Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO rosariosis.schools (syear, id, title, address, city, state, zipcode, phone, principal, www_address, school_number, short_name, reporting_gp_scale, number_days_rotation, created_at, updated_at) VALUES
	(2024, 1, 'Default School', '500 S. Street St.', 'Springfield', 'IL', '62704', NULL, 'Mr. Principal', 'www.rosariosis.org', NULL, NULL, 4.000, NULL, NULL, NULL);
INSERT INTO rosariosis.address (address_id, house_no, direction, street, apt, zipcode, city, state, mail_street, mail_city, mail_state, mail_zipcode, address, mail_address, phone, created_at, updated_at) VALUES
	(0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'No Address', NULL, NULL, NULL, NULL);
INSERT INTO rosariosis.attendance_calendars (school_id, title, syear, calendar_id, default_calendar, rollover_id, created_at, updated_at) VALUES
	(1, 'Main', 2024, 1, 'Y', NULL, NULL, NULL);
INSERT INTO rosariosis.attendance_codes (id, syear, school_id, title, short_name, type, state_code, default_code, table_name, sort_order, created_at, updated_at) VALUES
	(1, 2024, 1, 'Absent', 'A', 'teacher', 'A', NULL, 0, NULL, NULL, NULL),
	(2, 2024, 1, 'Present', 'P', 'teacher', 'P', 'Y', 0, NULL, NULL, NULL),
	(3, 2024, 1, 'Tardy', 'T', 'teacher', 'P', NULL, 0, NULL, NULL, NULL),
	(4, 2024, 1, 'Excused Absence', 'E', 'official', 'A', NULL, 0, NULL, NULL, NULL);
INSERT INTO rosariosis.custom_fields (id, type, title, sort_order, select_options, category_id, required, default_selection, created_at, updated_at) VALUES
	(200000000, 'select', 'Gender', 0, 'Male
Female', 1, NULL, NULL, NULL, NULL),
	(200000001, 'select', 'Ethnicity', 1, 'White, Non-Hispanic
Black, Non-Hispanic
Amer. Indian or Alaskan Native
Asian or Pacific Islander
Hispanic
Other', 1, NULL, NULL, NULL, NULL),
	(200000002, 'text', 'Common Name', 2, NULL, 1, NULL, NULL, NULL, NULL),
	(200000003, 'text', 'Social Security', 3, NULL, 1, NULL, NULL, NULL, NULL),
	(200000004, 'date', 'Birthdate', 4, NULL, 1, NULL, NULL, NULL, NULL),
	(200000005, 'select', 'Language', 5, 'English
Spanish', 1, NULL, NULL, NULL, NULL),
	(200000006, 'text', 'Physician', 6, NULL, 2, NULL, NULL, NULL, NULL),
	(200000007, 'text', 'Physician Phone', 7, NULL, 2, NULL, NULL, NULL, NULL),
	(200000008, 'text', 'Preferred Hospital', 8, NULL, 2, NULL, NULL, NULL, NULL),
	(200000009, 'textarea', 'Comments', 9, NULL, 2, NULL, NULL, NULL, NULL),
	(200000010, 'radio', 'Has Doctor''s Note', 10, NULL, 2, NULL, NULL, NULL, NULL),
	(200000011, 'textarea', 'Doctor''s Note Comments', 11, NULL, 2, NULL, NULL, NULL, NULL);
INSERT INTO rosariosis.discipline_field_usage (id, discipline_field_id, syear, school_id, title, select_options, sort_order, created_at, updated_at) VALUES
	(1, 3, 2024, 1, 'Parents Contacted by Teacher', '', 4, NULL, NULL),
	(2, 4, 2024, 1, 'Parent Contacted by Administrator', '', 5, NULL, NULL),
	(3, 6, 2024, 1, 'Comments', '', 6, NULL, NULL),
	(4, 1, 2024, 1, 'Violation', 'Skipping Class
Profanity, vulgarity, offensive language
Insubordination (Refusal to Comply, Disrespectful Behavior)
Inebriated (Alcohol or Drugs)
Talking out of Turn
Harassment
Fighting
Public Display of Affection
Other', 1, NULL, NULL),
	(5, 2, 2024, 1, 'Detention Assigned', '10 Minutes
20 Minutes
30 Minutes
Discuss Suspension', 2, NULL, NULL),
	(6, 5, 2024, 1, 'Suspensions (Office Only)', 'Half Day
In School Suspension
1 Day
2 Days
3 Days
5 Days
7 Days
Expulsion', 3, NULL, NULL);
INSERT INTO rosariosis.discipline_fields (id, title, short_name, data_type, column_name, created_at, updated_at) VALUES
	(1, 'Violation', '', 'multiple_checkbox', 'CATEGORY_1', NULL, NULL),
	(2, 'Detention Assigned', '', 'multiple_radio', 'CATEGORY_2', NULL, NULL),
	(3, 'Parents Contacted By Teacher', '', 'checkbox', 'CATEGORY_3', NULL, NULL),
	(4, 'Parent Contacted by Administrator', '', 'text', 'CATEGORY_4', NULL, NULL),
	(5, 'Suspensions (Office Only)', '', 'multiple_checkbox', 'CATEGORY_5', NULL, NULL),
	(6, 'Comments', '', 'textarea', 'CATEGORY_6', NULL, NULL);
INSERT INTO rosariosis.eligibility_activities (id, syear, school_id, title, start_date, end_date, comment, created_at, updated_at) VALUES
	(1, 2024, 1, 'Boy''s Basketball', '2024-10-01', '2025-04-12', NULL, NULL, NULL),
	(2, 2024, 1, 'Chess Team', '2024-09-03', '2025-06-05', NULL, NULL, NULL),
	(3, 2024, 1, 'Girl''s Basketball', '2024-10-01', '2025-04-12', NULL, NULL, NULL);
INSERT INTO rosariosis.food_service_categories (category_id, school_id, menu_id, title, sort_order, created_at, updated_at) VALUES
	(1, 1, 1, 'Lunch Items', 1, NULL, NULL);
INSERT INTO rosariosis.food_service_items (item_id, school_id, short_name, sort_order, description, icon, price, price_reduced, price_free, price_staff, created_at, updated_at) VALUES
	(1, 1, 'HOTL', 1, 'Student Lunch', 'Lunch.png', 1.65, 0.40, 0.00, 2.35, NULL, NULL),
	(2, 1, 'MILK', 2, 'Milk', 'Milk.png', 0.25, NULL, NULL, 0.50, NULL, NULL),
	(3, 1, 'XTRA', 3, 'Extra', 'Sandwich.png', 0.50, NULL, NULL, 1.00, NULL, NULL),
	(4, 1, 'PIZZA', 4, 'Extra Pizza', 'Pizza.png', 1.00, NULL, NULL, 1.00, NULL, NULL);
INSERT INTO rosariosis.food_service_menu_items (menu_item_id, school_id, menu_id, item_id, category_id, sort_order, does_count, created_at, updated_at) VALUES
	(1, 1, 1, 1, 1, NULL, NULL, NULL, NULL),
	(2, 1, 1, 2, 1, NULL, NULL, NULL, NULL),
	(3, 1, 1, 3, 1, NULL, NULL, NULL, NULL),
	(4, 1, 1, 4, 1, NULL, NULL, NULL, NULL);
INSERT INTO rosariosis.food_service_menus (menu_id, school_id, title, sort_order, created_at, updated_at) VALUES
	(1, 1, 'Lunch', 1, NULL, NULL);
INSERT INTO rosariosis.profile_exceptions (profile_id, modname, can_use, can_edit, created_at, updated_at) VALUES
	(1, 'School_Setup/PortalNotes.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/Schools.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/CopySchool.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/SchoolFields.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/MarkingPeriods.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/Calendar.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/Periods.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/GradeLevels.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/Rollover.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/Student.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/Student.php&include=General_Info&student_id=new', 'Y', 'Y', NULL, NULL),
	(1, 'Students/AssignOtherInfo.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/AddUsers.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/AdvancedReport.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/AddDrop.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/Letters.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/StudentLabels.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/PrintStudentInfo.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/StudentFields.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/EnrollmentCodes.php', 'Y', 'Y', NULL, NULL),
	(1, 'Students/Student.php&category_id=1', 'Y', 'Y', NULL, NULL),
	(1, 'Students/Student.php&category_id=3', 'Y', 'Y', NULL, NULL),
	(1, 'Students/Student.php&category_id=2', 'Y', 'Y', NULL, NULL),
	(1, 'Users/User.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/User.php&staff_id=new', 'Y', 'Y', NULL, NULL),
	(1, 'Users/AddStudents.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/Preferences.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/Profiles.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/Exceptions.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/UserFields.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/TeacherPrograms.php&include=Eligibility/EnterEligibility.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/User.php&category_id=1', 'Y', 'Y', NULL, NULL),
	(1, 'Users/User.php&category_id=1&user_profile', 'Y', 'Y', NULL, NULL),
	(1, 'Users/User.php&category_id=1&schools', 'Y', 'Y', NULL, NULL),
	(1, 'Users/User.php&category_id=2', 'Y', 'Y', NULL, NULL),
	(1, 'Users/User.php&category_id=3', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/Schedule.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/Requests.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/MassSchedule.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/MassRequests.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/MassDrops.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/PrintSchedules.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/PrintClassLists.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/PrintClassPictures.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/PrintRequests.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/ScheduleReport.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/RequestsReport.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/IncompleteSchedules.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/AddDrop.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/Courses.php', 'Y', 'Y', NULL, NULL),
	(1, 'Scheduling/Scheduler.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/ReportCards.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/HonorRoll.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/FixGPA.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/Transcripts.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/StudentGrades.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/ProgressReports.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/TeacherCompletion.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/GradeBreakdown.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/FinalGrades.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/Configuration.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/GPARankList.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/ReportCardGrades.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/ReportCardComments.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/ReportCardCommentCodes.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/EditHistoryMarkingPeriods.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/EditReportCardGrades.php', 'Y', 'Y', NULL, NULL),
	(1, 'Grades/MassCreateAssignments.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/TeacherPrograms.php&include=Grades/InputFinalGrades.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/TeacherPrograms.php&include=Grades/Grades.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/TeacherPrograms.php&include=Grades/AnomalousGrades.php', 'Y', 'Y', NULL, NULL),
	(1, 'Attendance/Administration.php', 'Y', 'Y', NULL, NULL),
	(1, 'Attendance/AddAbsences.php', 'Y', 'Y', NULL, NULL),
	(1, 'Attendance/TeacherCompletion.php', 'Y', 'Y', NULL, NULL),
	(1, 'Attendance/Percent.php', 'Y', 'Y', NULL, NULL),
	(1, 'Attendance/DailySummary.php', 'Y', 'Y', NULL, NULL),
	(1, 'Attendance/FixDailyAttendance.php', 'Y', 'Y', NULL, NULL),
	(1, 'Attendance/DuplicateAttendance.php', 'Y', 'Y', NULL, NULL),
	(1, 'Attendance/AttendanceCodes.php', 'Y', 'Y', NULL, NULL),
	(1, 'Users/TeacherPrograms.php&include=Attendance/TakeAttendance.php', 'Y', 'Y', NULL, NULL),
	(1, 'Eligibility/Student.php', 'Y', 'Y', NULL, NULL),
	(1, 'Eligibility/AddActivity.php', 'Y', 'Y', NULL, NULL),
	(1, 'Eligibility/StudentList.php', 'Y', 'Y', NULL, NULL),
	(1, 'Eligibility/TeacherCompletion.php', 'Y', 'Y', NULL, NULL),
	(1, 'Eligibility/Activities.php', 'Y', 'Y', NULL, NULL),
	(1, 'Eligibility/EntryTimes.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/Accounts.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/Statements.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/Transactions.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/ServeMenus.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/ActivityReport.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/TransactionsReport.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/MenuReports.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/Reminders.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/DailyMenus.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/MenuItems.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/Menus.php', 'Y', 'Y', NULL, NULL),
	(1, 'Food_Service/Kiosk.php', 'Y', 'Y', NULL, NULL),
	(1, 'Resources/Resources.php', 'Y', 'Y', NULL, NULL),
	(1, 'Accounting/DailyTransactions.php', 'Y', 'Y', NULL, NULL),
	(1, 'Accounting/Expenses.php', 'Y', 'Y', NULL, NULL),
	(1, 'Accounting/Incomes.php', 'Y', 'Y', NULL, NULL),
	(1, 'Accounting/Salaries.php', 'Y', 'Y', NULL, NULL),
	(1, 'Accounting/StaffBalances.php', 'Y', 'Y', NULL, NULL),
	(1, 'Accounting/StaffPayments.php', 'Y', 'Y', NULL, NULL),
	(1, 'Accounting/Statements.php', 'Y', 'Y', NULL, NULL),
	(1, 'Accounting/Categories.php', 'Y', 'Y', NULL, NULL),
	(2, 'School_Setup/Schools.php', 'Y', NULL, NULL, NULL),
	(2, 'School_Setup/MarkingPeriods.php', 'Y', NULL, NULL, NULL),
	(2, 'School_Setup/Calendar.php', 'Y', NULL, NULL, NULL),
	(2, 'Students/Student.php', 'Y', NULL, NULL, NULL),
	(2, 'Students/AddUsers.php', 'Y', NULL, NULL, NULL),
	(2, 'Students/AdvancedReport.php', 'Y', NULL, NULL, NULL),
	(2, 'Students/StudentLabels.php', 'Y', NULL, NULL, NULL),
	(2, 'Students/Letters.php', 'Y', NULL, NULL, NULL),
	(2, 'Students/Student.php&category_id=1', 'Y', NULL, NULL, NULL),
	(2, 'Students/Student.php&category_id=3', 'Y', NULL, NULL, NULL),
	(2, 'Students/Student.php&category_id=4', 'Y', 'Y', NULL, NULL),
	(2, 'Users/User.php', 'Y', NULL, NULL, NULL),
	(2, 'Users/Preferences.php', 'Y', NULL, NULL, NULL),
	(2, 'Users/User.php&category_id=1', 'Y', NULL, NULL, NULL),
	(2, 'Users/User.php&category_id=2', 'Y', NULL, NULL, NULL),
	(2, 'Users/User.php&category_id=3', 'Y', NULL, NULL, NULL),
	(2, 'Scheduling/Schedule.php', 'Y', NULL, NULL, NULL),
	(2, 'Scheduling/Courses.php', 'Y', NULL, NULL, NULL),
	(2, 'Scheduling/PrintSchedules.php', 'Y', NULL, NULL, NULL),
	(2, 'Scheduling/PrintClassLists.php', 'Y', NULL, NULL, NULL),
	(2, 'Scheduling/PrintClassPictures.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/InputFinalGrades.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/ReportCards.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/Grades.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/Assignments.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/Assignments-new.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/AnomalousGrades.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/ProgressReports.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/StudentGrades.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/FinalGrades.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/Configuration.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/ReportCardGrades.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/ReportCardComments.php', 'Y', NULL, NULL, NULL),
	(2, 'Grades/ReportCardCommentCodes.php', 'Y', NULL, NULL, NULL),
	(2, 'Attendance/TakeAttendance.php', 'Y', NULL, NULL, NULL),
	(2, 'Attendance/DailySummary.php', 'Y', NULL, NULL, NULL),
	(2, 'Eligibility/EnterEligibility.php', 'Y', NULL, NULL, NULL),
	(2, 'Food_Service/Accounts.php', 'Y', NULL, NULL, NULL),
	(2, 'Food_Service/Statements.php', 'Y', NULL, NULL, NULL),
	(2, 'Food_Service/DailyMenus.php', 'Y', NULL, NULL, NULL),
	(2, 'Food_Service/MenuItems.php', 'Y', NULL, NULL, NULL),
	(2, 'Resources/Resources.php', 'Y', NULL, NULL, NULL),
	(2, 'Accounting/Salaries.php', 'Y', NULL, NULL, NULL),
	(2, 'Accounting/StaffPayments.php', 'Y', NULL, NULL, NULL),
	(2, 'Accounting/Statements.php&_ROSARIO_PDF', 'Y', NULL, NULL, NULL),
	(3, 'School_Setup/Schools.php', 'Y', NULL, NULL, NULL),
	(3, 'School_Setup/MarkingPeriods.php', 'Y', NULL, NULL, NULL),
	(3, 'School_Setup/Calendar.php', 'Y', NULL, NULL, NULL),
	(3, 'Students/Student.php', 'Y', NULL, NULL, NULL),
	(3, 'Students/Student.php&category_id=1', 'Y', NULL, NULL, NULL),
	(3, 'Students/Student.php&category_id=3', 'Y', NULL, NULL, NULL),
	(3, 'Users/User.php', 'Y', NULL, NULL, NULL),
	(3, 'Users/Preferences.php', 'Y', NULL, NULL, NULL),
	(3, 'Users/User.php&category_id=1', 'Y', NULL, NULL, NULL),
	(3, 'Users/User.php&category_id=2', 'Y', NULL, NULL, NULL),
	(3, 'Users/User.php&category_id=3', 'Y', NULL, NULL, NULL),
	(3, 'Scheduling/Schedule.php', 'Y', NULL, NULL, NULL),
	(3, 'Scheduling/Courses.php', 'Y', NULL, NULL, NULL),
	(3, 'Scheduling/PrintSchedules.php', 'Y', NULL, NULL, NULL),
	(3, 'Scheduling/PrintClassPictures.php', 'Y', NULL, NULL, NULL),
	(3, 'Scheduling/Requests.php', 'Y', NULL, NULL, NULL),
	(3, 'Grades/StudentGrades.php', 'Y', NULL, NULL, NULL),
	(3, 'Grades/StudentAssignments.php', 'Y', NULL, NULL, NULL),
	(3, 'Grades/FinalGrades.php', 'Y', NULL, NULL, NULL),
	(3, 'Grades/ReportCards.php', 'Y', NULL, NULL, NULL),
	(3, 'Grades/ProgressReports.php', 'Y', NULL, NULL, NULL),
	(3, 'Grades/Transcripts.php', 'Y', NULL, NULL, NULL),
	(3, 'Grades/GPARankList.php', 'Y', NULL, NULL, NULL),
	(3, 'Attendance/DailySummary.php', 'Y', NULL, NULL, NULL),
	(3, 'Eligibility/Student.php', 'Y', NULL, NULL, NULL),
	(3, 'Eligibility/StudentList.php', 'Y', NULL, NULL, NULL),
	(3, 'Food_Service/Accounts.php', 'Y', NULL, NULL, NULL),
	(3, 'Food_Service/Statements.php', 'Y', NULL, NULL, NULL),
	(3, 'Food_Service/DailyMenus.php', 'Y', NULL, NULL, NULL),
	(3, 'Food_Service/MenuItems.php', 'Y', NULL, NULL, NULL),
	(3, 'Resources/Resources.php', 'Y', NULL, NULL, NULL),
	(0, 'School_Setup/Schools.php', 'Y', NULL, NULL, NULL),
	(0, 'School_Setup/MarkingPeriods.php', 'Y', NULL, NULL, NULL),
	(0, 'School_Setup/Calendar.php', 'Y', NULL, NULL, NULL),
	(0, 'Students/Student.php', 'Y', NULL, NULL, NULL),
	(0, 'Students/Student.php&category_id=1', 'Y', NULL, NULL, NULL),
	(0, 'Students/Student.php&category_id=3', 'Y', NULL, NULL, NULL),
	(0, 'Scheduling/Schedule.php', 'Y', NULL, NULL, NULL),
	(0, 'Scheduling/Courses.php', 'Y', NULL, NULL, NULL),
	(0, 'Scheduling/PrintSchedules.php', 'Y', NULL, NULL, NULL),
	(0, 'Scheduling/PrintClassPictures.php', 'Y', NULL, NULL, NULL),
	(0, 'Scheduling/Requests.php', 'Y', NULL, NULL, NULL),
	(0, 'Grades/StudentGrades.php', 'Y', NULL, NULL, NULL),
	(0, 'Grades/StudentAssignments.php', 'Y', NULL, NULL, NULL),
	(0, 'Grades/FinalGrades.php', 'Y', NULL, NULL, NULL),
	(0, 'Grades/ReportCards.php', 'Y', NULL, NULL, NULL),
	(0, 'Grades/ProgressReports.php', 'Y', NULL, NULL, NULL),
	(0, 'Grades/Transcripts.php', 'Y', NULL, NULL, NULL),
	(0, 'Grades/GPARankList.php', 'Y', NULL, NULL, NULL),
	(0, 'Attendance/StudentSummary.php', 'Y', NULL, NULL, NULL),
	(0, 'Attendance/DailySummary.php', 'Y', NULL, NULL, NULL),
	(0, 'Eligibility/Student.php', 'Y', NULL, NULL, NULL),
	(0, 'Eligibility/StudentList.php', 'Y', NULL, NULL, NULL),
	(0, 'Food_Service/Accounts.php', 'Y', NULL, NULL, NULL),
	(0, 'Food_Service/Statements.php', 'Y', NULL, NULL, NULL),
	(0, 'Food_Service/DailyMenus.php', 'Y', NULL, NULL, NULL),
	(0, 'Food_Service/MenuItems.php', 'Y', NULL, NULL, NULL),
	(0, 'Resources/Resources.php', 'Y', NULL, NULL, NULL),
	(0, 'Users/Preferences.php', 'Y', NULL, NULL, NULL),
	(1, 'Custom/MyReport.php', NULL, NULL, NULL, NULL),
	(1, 'Custom/CreateParents.php', 'Y', 'Y', NULL, NULL),
	(1, 'Custom/NotifyParents.php', 'Y', 'Y', NULL, NULL),
	(1, 'Custom/RemoveAccess.php', 'Y', 'Y', NULL, NULL),
	(1, 'Custom/AttendanceSummary.php', 'Y', 'Y', NULL, NULL),
	(1, 'Custom/Registration.php', 'Y', 'Y', NULL, NULL),
	(0, 'Custom/Registration.php', 'Y', NULL, NULL, NULL),
	(3, 'Custom/Registration.php', 'Y', NULL, NULL, NULL),
	(1, 'Discipline/MakeReferral.php', 'Y', 'Y', NULL, NULL),
	(1, 'Discipline/Referrals.php', 'Y', 'Y', NULL, NULL),
	(1, 'Discipline/CategoryBreakdown.php', 'Y', 'Y', NULL, NULL),
	(1, 'Discipline/CategoryBreakdownTime.php', 'Y', 'Y', NULL, NULL),
	(1, 'Discipline/StudentFieldBreakdown.php', 'Y', 'Y', NULL, NULL),
	(1, 'Discipline/ReferralLog.php', 'Y', 'Y', NULL, NULL),
	(1, 'Discipline/DisciplineForm.php', 'Y', 'Y', NULL, NULL),
	(1, 'Discipline/ReferralForm.php', 'Y', 'Y', NULL, NULL),
	(2, 'Discipline/MakeReferral.php', 'Y', 'Y', NULL, NULL),
	(2, 'Discipline/Referrals.php', 'Y', 'Y', NULL, NULL),
	(2, 'Grades/GradebookBreakdown.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/DatabaseBackup.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/PortalPolls.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/Configuration.php', 'Y', 'Y', NULL, NULL),
	(1, 'School_Setup/AccessLog.php', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/StudentFees.php', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/StudentPayments.php', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/StudentPayments.php&modfunc=remove', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/MassAssignFees.php', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/MassAssignPayments.php', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/StudentBalances.php', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/DailyTransactions.php', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/Statements.php', 'Y', 'Y', NULL, NULL),
	(1, 'Student_Billing/Fees.php', 'Y', 'Y', NULL, NULL),
	(0, 'Student_Billing/StudentFees.php', 'Y', NULL, NULL, NULL),
	(0, 'Student_Billing/StudentPayments.php', 'Y', NULL, NULL, NULL),
	(0, 'Student_Billing/DailyTransactions.php', 'Y', NULL, NULL, NULL),
	(0, 'Student_Billing/Statements.php&_ROSARIO_PDF', 'Y', NULL, NULL, NULL),
	(3, 'Student_Billing/StudentFees.php', 'Y', NULL, NULL, NULL),
	(3, 'Student_Billing/StudentPayments.php', 'Y', NULL, NULL, NULL),
	(3, 'Student_Billing/DailyTransactions.php', 'Y', NULL, NULL, NULL),
	(3, 'Student_Billing/Statements.php&_ROSARIO_PDF', 'Y', NULL, NULL, NULL),
	(1, 'Students/StudentBreakdown.php', 'Y', 'Y', NULL, NULL);
INSERT INTO rosariosis.report_card_comments (id, syear, school_id, course_id, category_id, scale_id, sort_order, title, created_at, updated_at) VALUES
	(1, 2024, 1, NULL, NULL, NULL, 1, '^n Fails to Meet Course Requirements', NULL, NULL),
	(2, 2024, 1, NULL, NULL, NULL, 2, '^n Comes to ^s Class Unprepared', NULL, NULL),
	(3, 2024, 1, NULL, NULL, NULL, 3, '^n Exerts Positive Influence in Class', NULL, NULL);
INSERT INTO rosariosis.report_card_grade_scales (id, syear, school_id, title, comment, hhr_gpa_value, hr_gpa_value, sort_order, rollover_id, gp_scale, gp_passing_value, hrs_gpa_value, created_at, updated_at) VALUES
	(1, 2024, 1, 'Main', NULL, NULL, NULL, 1, NULL, 4.00, 0.00, NULL, NULL, NULL);
INSERT INTO rosariosis.report_card_grades (id, syear, school_id, title, sort_order, gpa_value, break_off, comment, grade_scale_id, unweighted_gp, created_at, updated_at) VALUES
	(1, 2024, 1, 'A+', 1, 4.00, 97.00, 'Consistently superior', 1, NULL, NULL, NULL),
	(2, 2024, 1, 'A', 2, 4.00, 93.00, 'Superior', 1, NULL, NULL, NULL),
	(3, 2024, 1, 'A-', 3, 3.75, 90.00, 'Superior', 1, NULL, NULL, NULL),
	(4, 2024, 1, 'B+', 4, 3.50, 87.00, 'Above average', 1, NULL, NULL, NULL),
	(5, 2024, 1, 'B', 5, 3.00, 83.00, 'Above average', 1, NULL, NULL, NULL),
	(6, 2024, 1, 'B-', 6, 2.75, 80.00, 'Above average', 1, NULL, NULL, NULL),
	(7, 2024, 1, 'C+', 7, 2.50, 77.00, 'Average', 1, NULL, NULL, NULL),
	(8, 2024, 1, 'C', 8, 2.00, 73.00, 'Average', 1, NULL, NULL, NULL),
	(9, 2024, 1, 'C-', 9, 1.75, 70.00, 'Average', 1, NULL, NULL, NULL),
	(10, 2024, 1, 'D+', 10, 1.50, 67.00, 'Below average', 1, NULL, NULL, NULL),
	(11, 2024, 1, 'D', 11, 1.00, 63.00, 'Below average', 1, NULL, NULL, NULL),
	(12, 2024, 1, 'D-', 12, 0.75, 60.00, 'Below average', 1, NULL, NULL, NULL),
	(13, 2024, 1, 'F', 13, 0.00, 0.00, 'Failing', 1, NULL, NULL, NULL),
	(14, 2024, 1, 'I', 14, 0.00, 0.00, 'Incomplete', 1, NULL, NULL, NULL),
	(15, 2024, 1, 'N/A', 15, NULL, NULL, NULL, 1, NULL, NULL, NULL);
INSERT INTO rosariosis.resources (id, school_id, title, link, published_profiles, published_grade_levels, created_at, updated_at) VALUES
	(1, 1, 'Print Handbook', 'Help.php', NULL, NULL, NULL, NULL),
	(2, 1, 'Quick Setup Guide', 'https://www.rosariosis.org/quick-setup-guide/', NULL, NULL, NULL, NULL),
	(3, 1, 'Forum', 'https://www.rosariosis.org/forum/', NULL, NULL, NULL, NULL),
	(4, 1, 'Contribute', 'https://www.rosariosis.org/contribute/', NULL, NULL, NULL, NULL),
	(5, 1, 'Report a bug', 'https://gitlab.com/francoisjacquet/rosariosis/-/issues/new', NULL, NULL, NULL, NULL);
INSERT INTO rosariosis.school_gradelevels (id, school_id, short_name, title, next_grade_id, sort_order, created_at, updated_at) VALUES
	(1, 1, 'KG', 'Kindergarten', 2, 1, NULL, NULL),
	(2, 1, '01', '1st', 3, 2, NULL, NULL),
	(3, 1, '02', '2nd', 4, 3, NULL, NULL),
	(4, 1, '03', '3rd', 5, 4, NULL, NULL),
	(5, 1, '04', '4th', 6, 5, NULL, NULL),
	(6, 1, '05', '5th', 7, 6, NULL, NULL),
	(7, 1, '06', '6th', 8, 7, NULL, NULL),
	(8, 1, '07', '7th', 9, 8, NULL, NULL),
	(9, 1, '08', '8th', NULL, 9, NULL, NULL);
INSERT INTO rosariosis.school_marking_periods (marking_period_id, syear, mp, school_id, parent_id, title, short_name, sort_order, start_date, end_date, post_start_date, post_end_date, does_grades, does_comments, rollover_id, created_at, updated_at) VALUES
	(1, 2024, 'FY', 1, NULL, 'Full Year', 'FY', 1, '2024-06-14', '2025-06-12', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	(2, 2024, 'SEM', 1, 1, 'Semester 1', 'S1', 1, '2024-06-14', '2024-12-31', '2024-12-28', '2024-12-31', NULL, NULL, NULL, NULL, NULL),
	(3, 2024, 'SEM', 1, 1, 'Semester 2', 'S2', 2, '2025-01-01', '2025-06-12', '2025-06-11', '2025-06-12', NULL, NULL, NULL, NULL, NULL),
	(4, 2024, 'QTR', 1, 2, 'Quarter 1', 'Q1', 1, '2024-06-14', '2024-09-13', '2024-09-11', '2024-09-13', 'Y', 'Y', NULL, NULL, NULL),
	(5, 2024, 'QTR', 1, 2, 'Quarter 2', 'Q2', 2, '2024-09-14', '2024-12-31', '2024-12-28', '2024-12-31', 'Y', 'Y', NULL, NULL, NULL),
	(6, 2024, 'QTR', 1, 3, 'Quarter 3', 'Q3', 3, '2025-01-01', '2025-03-14', '2025-03-12', '2025-03-14', 'Y', 'Y', NULL, NULL, NULL),
	(7, 2024, 'QTR', 1, 3, 'Quarter 4', 'Q4', 4, '2025-03-15', '2025-06-12', '2025-06-11', '2025-06-12', 'Y', 'Y', NULL, NULL, NULL);
INSERT INTO rosariosis.school_periods (period_id, syear, school_id, sort_order, title, short_name, length, start_time, end_time, block, attendance, rollover_id, created_at, updated_at) VALUES
	(1, 2024, 1, 1, 'Full Day', 'FD', 300, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(2, 2024, 1, 2, 'Half Day AM', 'AM', 150, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(3, 2024, 1, 3, 'Half Day PM', 'PM', 150, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(4, 2024, 1, 4, 'Period 1', '01', 50, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(5, 2024, 1, 5, 'Period 2', '02', 50, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(6, 2024, 1, 6, 'Period 3', '03', 50, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(7, 2024, 1, 7, 'Period 4', '04', 50, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(8, 2024, 1, 8, 'Period 5', '05', 50, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(9, 2024, 1, 9, 'Period 6', '06', 50, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(10, 2024, 1, 10, 'Period 7', '07', 50, NULL, NULL, NULL, 'Y', NULL, NULL, NULL),
	(11, 2024, 1, 11, 'Period 8', '08', 50, NULL, NULL, NULL, 'Y', NULL, NULL, NULL);
INSERT INTO rosariosis.staff_field_categories (id, title, sort_order, columns, include, admin, teacher, parent, "none", created_at, updated_at) VALUES
	(1, 'General Info', 1, NULL, NULL, 'Y', 'Y', 'Y', 'Y', NULL, NULL),
	(2, 'Schedule', 2, NULL, NULL, NULL, 'Y', NULL, NULL, NULL, NULL),
	(3, 'Food Service', 3, NULL, 'Food_Service/User', 'Y', 'Y', NULL, NULL, NULL, NULL);
INSERT INTO rosariosis.staff_fields (id, type, title, sort_order, select_options, category_id, required, default_selection, created_at, updated_at) VALUES
	(200000000, 'text', 'Email Address', 0, NULL, 1, NULL, NULL, NULL, NULL),
	(200000001, 'text', 'Phone Number', 1, NULL, 1, NULL, NULL, NULL, NULL);
INSERT INTO rosariosis.student_enrollment_codes (id, syear, title, short_name, type, default_code, sort_order, created_at, updated_at) VALUES
	(1, 2024, 'Moved from District', 'MOVE', 'Drop', NULL, 1, NULL, NULL),
	(2, 2024, 'Expelled', 'EXP', 'Drop', NULL, 2, NULL, NULL),
	(3, 2024, 'Beginning of Year', 'EBY', 'Add', 'Y', 3, NULL, NULL),
	(4, 2024, 'From Other District', 'OTHER', 'Add', NULL, 4, NULL, NULL),
	(5, 2024, 'Transferred in District', 'TRAN', 'Drop', NULL, 5, NULL, NULL),
	(6, 2024, 'Transferred in District', 'EMY', 'Add', NULL, 6, NULL, NULL);
INSERT INTO rosariosis.student_field_categories (id, title, sort_order, columns, include, created_at, updated_at) VALUES
	(1, 'General Info', 1, NULL, NULL, NULL, NULL),
	(2, 'Medical', 3, NULL, NULL, NULL, NULL),
	(3, 'Addresses & Contacts', 2, NULL, NULL, NULL, NULL),
	(4, 'Comments', 4, NULL, NULL, NULL, NULL),
	(5, 'Food Service', 5, NULL, 'Food_Service/Student', NULL, NULL);
INSERT INTO rosariosis.templates (modname, staff_id, template, created_at, updated_at) VALUES
	('Students/Letters.php', 0, '<p></p>', NULL, NULL),
	('Grades/HonorRoll.php', 0, '<br /><br /><br />
<div style="text-align: center;"><span style="font-size: xx-large;"><strong>__SCHOOL_ID__</strong><br /></span><br /><span style="font-size: xx-large;">We hereby recognize<br /><br /></span></div>
<div style="text-align: center;"><span style="font-size: xx-large;"><strong>__FIRST_NAME__ __LAST_NAME__</strong><br /><br /></span></div>
<div style="text-align: center;"><span style="font-size: xx-large;">Who has completed all the academic requirements for <br />Honor Roll</span></div>', NULL, NULL),
	('Grades/Transcripts.php', 0, '<h2 style="text-align: center;">Studies Certificate</h2>
<p>The Principal here undersigned certifies:</p>
<p>That __FIRST_NAME__ __LAST_NAME__ attended at this school the following courses corresponding to grade __GRADE_ID__ in year __YEAR__ with the following grades and credit hours.</p>
<p>__BLOCK2__</p>
<p>&nbsp;</p>
<table style="border-collapse: collapse; width: 100%;" border="0" cellpadding="10"><tbody><tr>
<td style="width: 50%; text-align: center;"><hr />
<p>Signature</p>
<p>&nbsp;</p><hr />
<p>Title</p></td>
<td style="width: 50%; text-align: center;"><hr />
<p>Signature</p>
<p>&nbsp;</p><hr />
<p>Title</p></td></tr></tbody></table>', NULL, NULL),
	('Custom/CreateParents.php', 0, 'Dear __PARENT_NAME__,

A parent account for the __SCHOOL_ID__ has been created to access school information and student information for the following students:
__ASSOCIATED_STUDENTS__

Your account credentials are:
Username: __USERNAME__
Password: __PASSWORD__

A link to the SIS website and instructions for access are available on the school''s website__BLOCK2__Dear __PARENT_NAME__,

The following students have been added to your parent account on the SIS:
__ASSOCIATED_STUDENTS__', NULL, NULL),
	('Custom/NotifyParents.php', 0, 'Dear __PARENT_NAME__,

A parent account for the __SCHOOL_ID__ has been created to access school information and student information for the following students:
__ASSOCIATED_STUDENTS__

Your account credentials are:
Username: __USERNAME__
Password: __PASSWORD__

A link to the SIS website and instructions for access are available on the school''s website', NULL, NULL);
INSERT INTO rosariosis.user_profiles (id, profile, title, created_at, updated_at) VALUES
	(0, 'student', 'Student', NULL, NULL),
	(1, 'admin', 'Administrator', NULL, NULL),
	(2, 'teacher', 'Teacher', NULL, NULL),
	(3, 'parent', 'Parent', NULL, NULL);
