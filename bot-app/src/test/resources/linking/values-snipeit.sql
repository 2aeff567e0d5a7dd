-- Rows Snipe-IT v8.1.4's own database migrations insert on a fresh install (php artisan migrate), whole:
-- database/migrations of github.com/snipe/snipe-it (commit 5aa5c48, 2025-05-23), AGPL-3.0; the seeders are demo
-- data and not run by the installer. Read from the migrations and the application models they call: the 3 built-in
-- status labels Pending, Ready to Deploy and Archived (2015_02_10_040958_fix_bad_assigned_to_ids, a plain
-- DB::table()->insert() with user_id 1, renamed created_by by 2024_09_17_204302; no timestamps; show_in_nav and
-- default_label get the 0 their later migrations' column defaults give the existing rows, color NULL) and the
-- custom fieldset 'Asset with MAC Address' (2015_09_22_003413_migrate_mac_address, saved with timestamps off; its
-- created_at, updated_at and created_by columns come later and stay NULL). 2 tables, 4 rows. Left out:
-- custom_fields (the 'MAC Address' field the same migration adds is saved again through the Eloquent model by
-- 2016_03_22_125911_fix_custom_fields_regexes and 2016_07_22_054850_one_more_mac_addr_fix, which stamp updated_at
-- with the install time) and so custom_field_custom_fieldset (the pivot row linking that field to the fieldset);
-- categories (the 'Misc Software' license category of 2018_05_04_075235_add_update_license_category, saved through
-- Eloquent with created_at and updated_at set at install); the data-fixing migrations (checkout_acceptances,
-- settings, action_logs...) change nothing on an empty database, and the migrations create no users or settings
-- row. Real rows only; the SQL text is ours.
SET client_min_messages = warning;
INSERT INTO snipeit.status_labels (id, name, created_by, deployable, pending, archived, notes, show_in_nav, default_label) VALUES
	(1, 'Pending', 1, 0, 1, 0, 'These assets are not yet ready to be deployed, usually because of configuration or waiting on parts.', 0, 0),
	(2, 'Ready to Deploy', 1, 1, 0, 0, 'These assets are ready to deploy.', 0, 0),
	(3, 'Archived', 1, 0, 0, 1, 'These assets are no longer in circulation or viable.', 0, 0);
INSERT INTO snipeit.custom_fieldsets (id, name) VALUES
	(1, 'Asset with MAC Address');
