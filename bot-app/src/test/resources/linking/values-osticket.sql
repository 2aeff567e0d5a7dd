-- Rows osTicket 1.18.1's installer (github.com/osTicket/osTicket, commit 4689926, GPL-2.0) writes into two small
-- lookup tables from its en_US data files: the 4 ticket priorities of include/i18n/en_US/priority.yaml (loaded by
-- include/class.i18n.php's loadDefaultData with priority = the YAML key; ispublic takes the column's default 1;
-- Normal's colour "#FFFFF0A" is 8 characters for a varchar(7), so it is kept as the '#FFFFF0' MySQL stores under the
-- empty SQL_MODE osTicket sets) and the 21 thread event types of event.yaml (their descriptions are empty: NULL).
-- Left out: the ticket statuses, help topics, departments, SLAs, roles, forms and lists, whose rows get install-time
-- timestamps or JSON built by the PHP models. The SQL text is ours.
SET client_min_messages = warning;
INSERT INTO osticket.ost_ticket_priority (priority_id, priority, priority_desc, priority_color, priority_urgency, ispublic) VALUES
    (1, 'low', 'Low', '#DDFFDD', 4, 1),
    (2, 'normal', 'Normal', '#FFFFF0', 3, 1),
    (3, 'high', 'High', '#FEE7E7', 2, 1),
    (4, 'emergency', 'Emergency', '#FEE7E7', 1, 1);
INSERT INTO osticket.ost_event (id, name, description) VALUES
    (1, 'created', NULL),
    (2, 'closed', NULL),
    (3, 'reopened', NULL),
    (4, 'assigned', NULL),
    (5, 'released', NULL),
    (6, 'transferred', NULL),
    (7, 'referred', NULL),
    (8, 'overdue', NULL),
    (9, 'edited', NULL),
    (10, 'viewed', NULL),
    (11, 'error', NULL),
    (12, 'collab', NULL),
    (13, 'resent', NULL),
    (14, 'deleted', NULL),
    (15, 'merged', NULL),
    (16, 'unlinked', NULL),
    (17, 'linked', NULL),
    (18, 'login', NULL),
    (19, 'logout', NULL),
    (20, 'message', NULL),
    (21, 'note', NULL);
