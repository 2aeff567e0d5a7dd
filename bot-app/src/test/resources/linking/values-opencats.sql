-- Rows OpenCATS 0.9.7.4's installer inserts on an empty install, whole: db/cats_schema.sql of
-- github.com/opencats/OpenCATS (commit 0c1487b, 2024-09-16; the file last changed in 19f1fcd, 2023-08-30), which
-- modules/install/ajax/ui.php runs for a new database; MPL-2.0 (original CATS code under the CATS Public License
-- 1.1a, a modified MPL). 12 tables, 58 rows: the 6 access levels, 7 activity types (Call, Email, Meeting, Call
-- (Talked)...), 6 calendar event types, the 11 pipeline statuses (candidate_joborder_status), 4 data item types, 5
-- EEO ethnic and 4 veteran types, 7 e-mail templates, the built-in company 'Internal Postings' (default_company),
-- 4 extra field definitions of the CATS_ADMIN site, the XML job-feed log type and the 2 job-board feeds (Indeed,
-- SimplyHired). Loaded into a scratch MariaDB as the installer runs it and read back (MySQL's \r\n escapes are
-- written as E'' strings; the source declares no foreign keys). Left out: settings and system (settings),
-- career_portal_template (22 rows of template name, setting and value), module_schema (the modules' schema
-- versions, which the installer's module upgrade rewrites), site, user and user_login (accounts: the admin user,
-- the CATS_ADMIN user and their sites, a login record), and the developer's test rows the dump carries: tag
-- ('tag1', 'test tag', ...), candidate_tag (tags on candidate 1, which the script does not insert) and history
-- (edits of that candidate and the company, by user 1). The zip codes of db/upgrade-zipcodes.sql are an optional
-- component and over 300 rows. Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO opencats.access_level (access_level_id, short_description, long_description) VALUES
	(0, 'Account Disabled', 'Disabled - The lowest access level. User cannot log in.'),
	(100, 'Read Only', 'Read Only - A standard user that can view data on the system in a read-only mode.'),
	(200, 'Add / Edit', 'Edit - All lower access, plus the ability to edit information on the system.'),
	(300, 'Add / Edit / Delete', 'Delete - All lower access, plus the ability to delete information on the system.'),
	(400, 'Site Administrator', 'Site Administrator - All lower access, plus the ability to add, edit, and remove site users, as well as the ability to edit site settings.'),
	(500, 'Root', 'Root Administrator - All lower access, plus the ability to add, edit, and remove sites, as well as the ability to assign Site Administrator status to a user.');
INSERT INTO opencats.activity_type (activity_type_id, short_description) VALUES
	(100, 'Call'),
	(200, 'Email'),
	(300, 'Meeting'),
	(400, 'Other'),
	(500, 'Call (Talked)'),
	(600, 'Call (LVM)'),
	(700, 'Call (Missed)');
INSERT INTO opencats.calendar_event_type (calendar_event_type_id, short_description, icon_image) VALUES
	(100, 'Call', 'images/phone.gif'),
	(200, 'Email', 'images/email.gif'),
	(300, 'Meeting', 'images/meeting.gif'),
	(400, 'Interview', 'images/interview.gif'),
	(500, 'Personal', 'images/personal.gif'),
	(600, 'Other', '');
INSERT INTO opencats.candidate_joborder_status (candidate_joborder_status_id, short_description, can_be_scheduled, triggers_email, is_enabled) VALUES
	(100, 'No Contact', 0, 0, 1),
	(200, 'Contacted', 0, 0, 1),
	(300, 'Qualifying', 0, 1, 1),
	(400, 'Submitted', 0, 1, 1),
	(500, 'Interviewing', 0, 1, 1),
	(600, 'Offered', 0, 1, 1),
	(700, 'Client Declined', 0, 0, 1),
	(800, 'Placed', 0, 1, 1),
	(0, 'No Status', 0, 0, 1),
	(650, 'Not in Consideration', 0, 0, 1),
	(250, 'Candidate Responded', 0, 0, 1);
INSERT INTO opencats.company (company_id, site_id, billing_contact, name, address, city, state, zip, phone1, phone2, url, key_technologies, notes, entered_by, owner, date_created, date_modified, is_hot, fax_number, import_id, default_company) VALUES
	(1, 1, NULL, 'Internal Postings', '', '', '', '', '', '', '', '', '', 0, 0, '2009-11-19 10:00:20', '2009-11-19 10:00:20', 0, '', NULL, 1);
INSERT INTO opencats.data_item_type (data_item_type_id, short_description) VALUES
	(100, 'Candidate'),
	(200, 'Company'),
	(300, 'Contact'),
	(400, 'Job Order');
INSERT INTO opencats.eeo_ethnic_type (eeo_ethnic_type_id, type) VALUES
	(1, 'American Indian'),
	(2, 'Asian or Pacific Islander'),
	(3, 'Hispanic or Latino'),
	(4, 'Non-Hispanic Black'),
	(5, 'Non-Hispanic White');
INSERT INTO opencats.eeo_veteran_type (eeo_veteran_type_id, type) VALUES
	(1, 'No Veteran Status'),
	(2, 'Eligible Veteran'),
	(3, 'Disabled Veteran'),
	(4, 'Eligible and Disabled');
INSERT INTO opencats.email_template (email_template_id, text, allow_substitution, site_id, tag, title, possible_variables, disabled) VALUES
	(20, E'* Auto generated message. Please DO NOT reply *\r\n%DATETIME%\r\n\r\nDear %CANDFULLNAME%,\r\n\r\nThis E-Mail is a notification that your status in our database has been changed for the position %JBODTITLE% (%JBODCLIENT%).\r\n\r\nYour previous status was <B>%CANDPREVSTATUS%</B>.\r\nYour new status is <B>%CANDSTATUS%</B>.\r\n\r\nTake care,\r\n%USERFULLNAME%\r\n%SITENAME%', 1, 1, 'EMAIL_TEMPLATE_STATUSCHANGE', 'Status Changed (Sent to Candidate)', '%CANDSTATUS%%CANDOWNER%%CANDFIRSTNAME%%CANDFULLNAME%%CANDPREVSTATUS%%JBODCLIENT%%JBODTITLE%', 0),
	(28, E'%DATETIME%\r\n\r\nDear %CANDOWNER%,\r\n\r\nThis E-Mail is a notification that a Candidate has been assigned to you.\r\n\r\nCandidate Name: %CANDFULLNAME%\r\nCandidate URL: %CANDCATSURL%\r\n\r\nTake care,\r\nCATS \r\n%SITENAME%', 1, 1, 'EMAIL_TEMPLATE_OWNERSHIPASSIGNCANDIDATE', 'Candidate Assigned (Sent to Assigned Recruiter)', '%CANDOWNER%%CANDFIRSTNAME%%CANDFULLNAME%%CANDCATSURL%', 0),
	(27, E'%DATETIME%\r\n\r\nDear %JBODOWNER%,\r\n\r\nThis E-Mail is a notification that a Job Order has been assigned to you.\r\n\r\nJob Order Title: %JBODTITLE%\r\nJob Order Client: %JBODCLIENT%\r\nJob Order ID: %JBODID%\r\nJob Order URL: %JBODCATSURL%\r\n\r\nTake care,\r\nCATS \r\n%SITENAME%', 1, 1, 'EMAIL_TEMPLATE_OWNERSHIPASSIGNJOBORDER', 'Job Order Assigned (Sent to Assigned Recruiter)', '%JBODOWNER%%JBODTITLE%%JBODCLIENT%%JBODCATSURL%%JBODID%', 0),
	(26, E'%DATETIME%\r\n\r\nDear %CONTOWNER%,\r\n\r\nThis E-Mail is a notification that a Contact has been assigned to you.\r\n\r\nContact Name: %CONTFULLNAME%\r\nContact Client: %CONTCLIENTNAME%\r\nContact URL: %CONTCATSURL%\r\n\r\nTake care,\r\nCATS \r\n%SITENAME%', 1, 1, 'EMAIL_TEMPLATE_OWNERSHIPASSIGNCONTACT', 'Contact Assigned (Sent to Assigned Recruiter)', '%CONTOWNER%%CONTFIRSTNAME%%CONTFULLNAME%%CONTCLIENTNAME%%CONTCATSURL%', 0),
	(25, E'%DATETIME%\r\n\r\nDear %CLNTOWNER%,\r\n\r\nThis E-Mail is a notification that a Client has been assigned to you.\r\n\r\nClient Name: %CLNTNAME%\r\nClient URL %CLNTCATSURL%\r\n\r\nTake care,\r\nCATS \r\n%SITENAME%', 1, 1, 'EMAIL_TEMPLATE_OWNERSHIPASSIGNCLIENT', 'Client Assigned (Sent to Assigned Recruiter)', '%CLNTOWNER%%CLNTNAME%%CLNTCATSURL%', 0),
	(30, E'* This is an auto-generated message. Please do not reply. *\r\n%DATETIME%\r\n\r\nDear %CANDFULLNAME%,\r\n\r\nThank you for applying to the %JBODTITLE% position with our online career portal! Your application has been entered into our system and someone will review it shortly.\r\n\r\n--\r\n%SITENAME%', 1, 1, 'EMAIL_TEMPLATE_CANDIDATEAPPLY', 'Candidate Application Received (Sent to Candidate using Career Portal)', '%CANDFIRSTNAME%%CANDFULLNAME%%JBODCLIENT%%JBODTITLE%%JBODOWNER%', 0),
	(31, E'%DATETIME%\r\n\r\nDear %JBODOWNER%,\r\n\r\nThis e-mail is a notification that a candidate has applied to your job order through the online candidate portal.\r\n\r\nJob Order: %JBODTITLE%\r\nCandidate Name: %CANDFULLNAME%\r\nCandidate URL: %CANDCATSURL%\r\nJob Order URL: %JBODCATSURL%\r\n\r\n--\r\nCATS\r\n%SITENAME%', 1, 1, 'EMAIL_TEMPLATE_CANDIDATEPORTALNEW', 'Candidate Application Received (Sent to Owner of Job Order from Career Portal)', '%CANDFIRSTNAME%%CANDFULLNAME%%JBODOWNER%%JBODTITLE%%JBODCLIENT%%JBODCATSURL%%JBODID%%CANDCATSURL%', 0);
INSERT INTO opencats.extra_field_settings (extra_field_settings_id, field_name, import_id, site_id, date_created, data_item_type, extra_field_type, extra_field_options, "position") VALUES
	(1, 'AdminUser', NULL, 180, '2005-06-01 00:00:00', 200, 1, NULL, 1),
	(2, 'UnixName', NULL, 180, '2005-06-01 00:00:00', 200, 1, NULL, 2),
	(3, 'BillingNotes', NULL, 180, '2005-06-01 00:00:00', 200, 1, NULL, 3),
	(4, 'IPAddress', NULL, 180, '2005-06-01 00:00:00', 300, 1, NULL, 4);
INSERT INTO opencats.http_log_types (log_type_id, name, description, default_log_type) VALUES
	(1, 'XML', 'XML Job Feed', 0);
INSERT INTO opencats.xml_feeds (xml_feed_id, name, description, website, post_url, success_string, xml_template_name) VALUES
	(1, 'Indeed', 'Indeed.com job search engine.', 'http://www.indeed.com', 'http://www.indeed.com/jsp/includejobs.jsp', 'Thank you for submitting your XML job feed', 'indeed'),
	(2, 'SimplyHired', 'SimplyHired.com job search engine', 'http://www.simplyhired.com', 'http://www.simplyhired.com/confirmation.php', 'Thanks for Contacting Us', 'simplyhired');
