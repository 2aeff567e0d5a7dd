-- Phabricator, Phacility's software-development suite (accounts with e-mail addresses, external accounts, logs,
-- preferences and profiles; projects with slugs, workboard columns and column positions, triggers and milestones;
-- Maniphest tasks; Differential code review: revisions, diffs, changesets, hunks, reviewers, inline comments;
-- Diffusion repositories: commits and commit data, branches, paths and path changes, identities, audit requests,
-- push events and push logs, URIs, mirrors, symbols, sync events; Harbormaster CI: buildables, builds, build plans
-- and steps, targets, logs, artifacts, lint and unit messages; Owners packages with owners and paths; Phriction wiki
-- documents and their content versions; Audit; Herald rules, conditions, actions and transcripts; Ponder questions
-- and answers; Conpherence chat threads and participants; Slowvote polls, options and choices; Spaces; Tokens;
-- Badges and awards; Files with chunks, transforms and storage; plus each application's transactions, comments,
-- custom-field storage and indexes, full-text index tables and edge tables), as its install script declares it:
-- resources/sql/quickstart.sql of github.com/phacility/phabricator (commit 5720a38, 2023-11-13, the last before the
-- project stopped; Apache-2.0; we use the schema's facts). A consistent subset: the 232 tables of 17 of its 57
-- databases (user, project, maniphest, differential, repository, harbormaster, owners, phriction, audit, herald,
-- ponder, conpherence, slowvote, spaces, token, badges, file) out of 519; the other 40 (auth, calendar, dashboard,
-- drydock, almanac, phame, phortune, fund, nuance, pholio, legalpad, passphrase, daemon, worker, search, cache,
-- config, metamta, ...) left out. Each MySQL database {$NAMESPACE}_<app> becomes the schema phabricator_<app> (the
-- default namespace), so every database keeps its own edge and edgedata tables. Converted by a one-off script:
-- column names kept exactly (camelCase, so quoted, e.g. "authorPHID"); int unsigned -> bigint, int -> integer,
-- bigint (unsigned) -> bigint, tinyint -> smallint, varbinary(n)/varchar(n) -> character varying(n), binary(n)/char(n)
-- -> character(n), longtext/mediumtext/text -> text, longblob -> bytea, double -> double precision; NOT NULL kept;
-- AUTO_INCREMENT, defaults, character sets and collations, engines, indexes and the UNIQUE keys left out. Primary
-- keys as declared (228 tables; differential_affectedpath, differential_revisionhash, repository_symbol and
-- user_nametoken have none). Phabricator links objects through PHID strings (maniphest_task."ownerPHID" ->
-- user.phid, edge.src/dst) and declares no foreign keys and no comments, so there are none here. Dates are Unix
-- epoch seconds in integer columns. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS phabricator_user;
CREATE SCHEMA IF NOT EXISTS phabricator_project;
CREATE SCHEMA IF NOT EXISTS phabricator_maniphest;
CREATE SCHEMA IF NOT EXISTS phabricator_differential;
CREATE SCHEMA IF NOT EXISTS phabricator_repository;
CREATE SCHEMA IF NOT EXISTS phabricator_harbormaster;
CREATE SCHEMA IF NOT EXISTS phabricator_owners;
CREATE SCHEMA IF NOT EXISTS phabricator_phriction;
CREATE SCHEMA IF NOT EXISTS phabricator_audit;
CREATE SCHEMA IF NOT EXISTS phabricator_herald;
CREATE SCHEMA IF NOT EXISTS phabricator_ponder;
CREATE SCHEMA IF NOT EXISTS phabricator_conpherence;
CREATE SCHEMA IF NOT EXISTS phabricator_slowvote;
CREATE SCHEMA IF NOT EXISTS phabricator_spaces;
CREATE SCHEMA IF NOT EXISTS phabricator_token;
CREATE SCHEMA IF NOT EXISTS phabricator_badges;
CREATE SCHEMA IF NOT EXISTS phabricator_file;
CREATE TABLE phabricator_audit.audit_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_audit.audit_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "commitPHID" character varying(64),
    "pathID" bigint,
    "isNewFile" smallint NOT NULL,
    "lineNumber" bigint NOT NULL,
    "lineLength" bigint NOT NULL,
    "fixedState" character varying(12),
    "hasReplies" smallint NOT NULL,
    "replyToCommentPHID" character varying(64),
    "legacyCommentID" bigint,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_badges.badges_award (
    "id" bigint NOT NULL,
    "badgePHID" character varying(64) NOT NULL,
    "recipientPHID" character varying(64) NOT NULL,
    "awarderPHID" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_badges.badges_badge (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(255) NOT NULL,
    "flavor" character varying(255) NOT NULL,
    "description" text NOT NULL,
    "icon" character varying(255) NOT NULL,
    "quality" bigint NOT NULL,
    "status" character varying(32) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "creatorPHID" character varying(64) NOT NULL,
    "mailKey" character(20) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_badges.badges_badgename_ngrams (
    "id" bigint NOT NULL,
    "objectID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_badges.badges_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_badges.badges_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_badges.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_badges.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_conpherence.conpherence_index (
    "id" bigint NOT NULL,
    "threadPHID" character varying(64) NOT NULL,
    "transactionPHID" character varying(64) NOT NULL,
    "previousTransactionPHID" character varying(64),
    "corpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_conpherence.conpherence_participant (
    "id" bigint NOT NULL,
    "participantPHID" character varying(64) NOT NULL,
    "conpherencePHID" character varying(64) NOT NULL,
    "seenMessageCount" bigint NOT NULL,
    "settings" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_conpherence.conpherence_thread (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "title" character varying(255),
    "messageCount" bigint NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "joinPolicy" character varying(64) NOT NULL,
    "mailKey" character varying(20) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "topic" character varying(255) NOT NULL,
    "profileImagePHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_conpherence.conpherence_threadtitle_ngrams (
    "id" bigint NOT NULL,
    "objectID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_conpherence.conpherence_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "metadata" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_conpherence.conpherence_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "conpherencePHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_conpherence.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_conpherence.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_affectedpath (
    "repositoryID" bigint NOT NULL,
    "pathID" bigint NOT NULL,
    "epoch" bigint NOT NULL,
    "revisionID" bigint NOT NULL
);
CREATE TABLE phabricator_differential.differential_changeset (
    "id" bigint NOT NULL,
    "diffID" bigint NOT NULL,
    "oldFile" bytea,
    "filename" bytea NOT NULL,
    "awayPaths" text,
    "changeType" bigint NOT NULL,
    "fileType" bigint NOT NULL,
    "metadata" text,
    "oldProperties" text,
    "newProperties" text,
    "addLines" bigint NOT NULL,
    "delLines" bigint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_changeset_parse_cache (
    "id" bigint NOT NULL,
    "cache" bytea NOT NULL,
    "dateCreated" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_commit (
    "revisionID" bigint NOT NULL,
    "commitPHID" character varying(64) NOT NULL,
    PRIMARY KEY ("revisionID", "commitPHID")
);
CREATE TABLE phabricator_differential.differential_customfieldnumericindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_customfieldstorage (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "fieldIndex" character(12) NOT NULL,
    "fieldValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_customfieldstringindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_diff (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "revisionID" bigint,
    "authorPHID" character varying(64),
    "repositoryPHID" character varying(64),
    "sourceMachine" character varying(255),
    "sourcePath" character varying(255),
    "sourceControlSystem" character varying(64),
    "sourceControlBaseRevision" character varying(255),
    "sourceControlPath" character varying(255),
    "lintStatus" bigint NOT NULL,
    "unitStatus" bigint NOT NULL,
    "lineCount" bigint NOT NULL,
    "branch" character varying(255),
    "bookmark" character varying(255),
    "creationMethod" character varying(255),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "description" character varying(255),
    "repositoryUUID" character varying(64),
    "viewPolicy" character varying(64) NOT NULL,
    "commitPHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_diffproperty (
    "id" bigint NOT NULL,
    "diffID" bigint NOT NULL,
    "name" character varying(128) NOT NULL,
    "data" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_difftransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_hiddencomment (
    "id" bigint NOT NULL,
    "userPHID" character varying(64) NOT NULL,
    "commentID" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_hunk (
    "id" bigint NOT NULL,
    "changesetID" bigint NOT NULL,
    "oldOffset" bigint NOT NULL,
    "oldLen" bigint NOT NULL,
    "newOffset" bigint NOT NULL,
    "newLen" bigint NOT NULL,
    "dataType" character(4) NOT NULL,
    "dataEncoding" character varying(16),
    "dataFormat" character(4) NOT NULL,
    "data" bytea NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_reviewer (
    "id" bigint NOT NULL,
    "revisionPHID" character varying(64) NOT NULL,
    "reviewerPHID" character varying(64) NOT NULL,
    "reviewerStatus" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "lastActionDiffPHID" character varying(64),
    "lastCommentDiffPHID" character varying(64),
    "lastActorPHID" character varying(64),
    "voidedPHID" character varying(64),
    "options" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_revision (
    "id" bigint NOT NULL,
    "title" character varying(255) NOT NULL,
    "phid" character varying(64) NOT NULL,
    "status" character varying(32) NOT NULL,
    "summary" text NOT NULL,
    "testPlan" text NOT NULL,
    "authorPHID" character varying(64),
    "lastReviewerPHID" character varying(64),
    "lineCount" bigint,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "attached" text NOT NULL,
    "mailKey" character(40) NOT NULL,
    "branchName" character varying(255),
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "repositoryPHID" character varying(64),
    "properties" text NOT NULL,
    "activeDiffPHID" character varying(64) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_revision_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_revision_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_revision_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_revision_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_revisionhash (
    "revisionID" bigint NOT NULL,
    "type" character(4) NOT NULL,
    "hash" character(40) NOT NULL
);
CREATE TABLE phabricator_differential.differential_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.differential_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "revisionPHID" character varying(64),
    "changesetID" bigint,
    "isNewFile" smallint NOT NULL,
    "lineNumber" bigint NOT NULL,
    "lineLength" bigint NOT NULL,
    "fixedState" character varying(12),
    "hasReplies" smallint NOT NULL,
    "replyToCommentPHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_differential.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_differential.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_file.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(255),
    "mimeType" character varying(255),
    "byteSize" bigint NOT NULL,
    "storageEngine" character varying(32) NOT NULL,
    "storageFormat" character varying(32) NOT NULL,
    "storageHandle" character varying(255) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "authorPHID" character varying(64),
    "secretKey" character(20),
    "contentHash" character(64),
    "metadata" text NOT NULL,
    "ttl" bigint,
    "isExplicitUpload" smallint,
    "mailKey" character(20) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "isPartial" smallint NOT NULL,
    "builtinKey" character varying(64),
    "isDeleted" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file_chunk (
    "id" bigint NOT NULL,
    "chunkHandle" character(12) NOT NULL,
    "byteStart" bigint NOT NULL,
    "byteEnd" bigint NOT NULL,
    "dataFilePHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file_externalrequest (
    "id" bigint NOT NULL,
    "filePHID" character varying(64),
    "ttl" bigint NOT NULL,
    "uri" text NOT NULL,
    "uriIndex" character(12) NOT NULL,
    "isSuccessful" smallint NOT NULL,
    "responseMessage" text,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file_filename_ngrams (
    "id" bigint NOT NULL,
    "objectID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file_imagemacro (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64),
    "filePHID" character varying(64) NOT NULL,
    "name" character varying(128) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "isDisabled" smallint NOT NULL,
    "audioPHID" character varying(64),
    "audioBehavior" character varying(64) NOT NULL,
    "mailKey" character(20) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file_storageblob (
    "id" bigint NOT NULL,
    "data" bytea NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.file_transformedfile (
    "id" bigint NOT NULL,
    "originalPHID" character varying(64) NOT NULL,
    "transform" character varying(128) NOT NULL,
    "transformedPHID" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.macro_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "metadata" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_file.macro_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_harbormaster.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_build (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "buildablePHID" character varying(64) NOT NULL,
    "buildPlanPHID" character varying(64) NOT NULL,
    "buildStatus" character varying(32) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "buildGeneration" bigint NOT NULL,
    "planAutoKey" character varying(32),
    "buildParameters" text NOT NULL,
    "initiatorPHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildable (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "buildablePHID" character varying(64) NOT NULL,
    "containerPHID" character varying(64),
    "buildableStatus" character varying(32) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "isManualBuildable" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildabletransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildartifact (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "artifactType" character varying(32) NOT NULL,
    "artifactIndex" character(12) NOT NULL,
    "artifactKey" character varying(255) NOT NULL,
    "artifactData" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "buildTargetPHID" character varying(64) NOT NULL,
    "isReleased" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildcommand (
    "id" bigint NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "targetPHID" character varying(64) NOT NULL,
    "command" character varying(128) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildlintmessage (
    "id" bigint NOT NULL,
    "buildTargetPHID" character varying(64) NOT NULL,
    "path" text NOT NULL,
    "line" bigint,
    "characterOffset" bigint,
    "code" character varying(128) NOT NULL,
    "severity" character varying(32) NOT NULL,
    "name" character varying(255) NOT NULL,
    "properties" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildlog (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "logSource" character varying(255),
    "logType" character varying(255),
    "duration" bigint,
    "live" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "buildTargetPHID" character varying(64) NOT NULL,
    "filePHID" character varying(64),
    "byteLength" bigint NOT NULL,
    "chunkFormat" character varying(32) NOT NULL,
    "lineMap" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildlogchunk (
    "id" bigint NOT NULL,
    "logID" bigint NOT NULL,
    "encoding" character varying(32) NOT NULL,
    "size" bigint,
    "chunk" bytea NOT NULL,
    "headOffset" bigint NOT NULL,
    "tailOffset" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildmessage (
    "id" bigint NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "receiverPHID" character varying(64) NOT NULL,
    "type" character varying(16) NOT NULL,
    "isConsumed" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildplan (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(128) NOT NULL,
    "planStatus" character varying(32) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "planAutoKey" character varying(32),
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "properties" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildplanname_ngrams (
    "id" bigint NOT NULL,
    "objectID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildplantransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildstep (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "buildPlanPHID" character varying(64) NOT NULL,
    "className" character varying(255) NOT NULL,
    "details" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "sequence" bigint NOT NULL,
    "name" character varying(255),
    "description" text NOT NULL,
    "stepAutoKey" character varying(32),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildsteptransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildtarget (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "buildPHID" character varying(64) NOT NULL,
    "buildStepPHID" character varying(64) NOT NULL,
    "className" character varying(255) NOT NULL,
    "details" text NOT NULL,
    "variables" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "targetStatus" character varying(64) NOT NULL,
    "name" character varying(255),
    "dateStarted" bigint,
    "dateCompleted" bigint,
    "buildGeneration" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildtransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_buildunitmessage (
    "id" bigint NOT NULL,
    "buildTargetPHID" character varying(64) NOT NULL,
    "engine" character varying(255) NOT NULL,
    "namespace" character varying(255) NOT NULL,
    "name" character varying(255) NOT NULL,
    "result" character varying(32) NOT NULL,
    "duration" double precision,
    "properties" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "nameIndex" character(12) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_object (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(255),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_scratchtable (
    "id" bigint NOT NULL,
    "data" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "bigData" text,
    "nonmutableData" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.harbormaster_string (
    "id" bigint NOT NULL,
    "stringIndex" character(12) NOT NULL,
    "stringValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_harbormaster.lisk_counter (
    "counterName" character varying(32) NOT NULL,
    "counterValue" bigint NOT NULL,
    PRIMARY KEY ("counterName")
);
CREATE TABLE phabricator_herald.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_herald.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_herald.herald_action (
    "id" bigint NOT NULL,
    "ruleID" bigint NOT NULL,
    "action" character varying(255) NOT NULL,
    "target" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_herald.herald_condition (
    "id" bigint NOT NULL,
    "ruleID" bigint NOT NULL,
    "fieldName" character varying(255) NOT NULL,
    "fieldCondition" character varying(255) NOT NULL,
    "value" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_herald.herald_rule (
    "id" bigint NOT NULL,
    "name" character varying(255) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "contentType" character varying(255) NOT NULL,
    "mustMatchAll" smallint NOT NULL,
    "configVersion" bigint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "repetitionPolicy" character varying(32) NOT NULL,
    "ruleType" character varying(32) NOT NULL,
    "phid" character varying(64) NOT NULL,
    "isDisabled" bigint NOT NULL,
    "triggerObjectPHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_herald.herald_ruleapplied (
    "ruleID" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    PRIMARY KEY ("ruleID", "phid")
);
CREATE TABLE phabricator_herald.herald_ruletransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_herald.herald_savedheader (
    "phid" character varying(64) NOT NULL,
    "header" text NOT NULL,
    PRIMARY KEY ("phid")
);
CREATE TABLE phabricator_herald.herald_transcript (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "time" bigint NOT NULL,
    "host" character varying(255) NOT NULL,
    "duration" double precision NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "dryRun" smallint NOT NULL,
    "objectTranscript" bytea NOT NULL,
    "ruleTranscripts" bytea NOT NULL,
    "conditionTranscripts" bytea NOT NULL,
    "applyTranscripts" bytea NOT NULL,
    "garbageCollected" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_herald.herald_webhook (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(128) NOT NULL,
    "webhookURI" character varying(255) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "status" character varying(32) NOT NULL,
    "hmacKey" character varying(32) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_herald.herald_webhookrequest (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "webhookPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "status" character varying(32) NOT NULL,
    "properties" text NOT NULL,
    "lastRequestResult" character varying(32) NOT NULL,
    "lastRequestEpoch" bigint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_herald.herald_webhooktransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_maniphest.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_customfieldnumericindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_customfieldstorage (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "fieldIndex" character(12) NOT NULL,
    "fieldValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_customfieldstringindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_nameindex (
    "id" bigint NOT NULL,
    "indexedObjectPHID" character varying(64) NOT NULL,
    "indexedObjectName" character varying(128) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_task (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "ownerPHID" character varying(64),
    "status" character varying(64) NOT NULL,
    "priority" bigint NOT NULL,
    "title" text NOT NULL,
    "description" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "mailKey" character(20) NOT NULL,
    "ownerOrdering" character varying(64),
    "originalEmailSource" character varying(255),
    "subpriority" double precision NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "spacePHID" character varying(64),
    "properties" text NOT NULL,
    "points" double precision,
    "bridgedObjectPHID" character varying(64),
    "subtype" character varying(64) NOT NULL,
    "closedEpoch" bigint,
    "closerPHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_task_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_task_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_task_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_task_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_maniphest.maniphest_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_owners.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_customfieldnumericindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_customfieldstorage (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "fieldIndex" character(12) NOT NULL,
    "fieldValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_customfieldstringindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_name_ngrams (
    "id" bigint NOT NULL,
    "objectID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_owner (
    "id" bigint NOT NULL,
    "packageID" bigint NOT NULL,
    "userPHID" character varying(64) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_package (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" text NOT NULL,
    "description" text NOT NULL,
    "status" character varying(32) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "autoReview" character varying(32) NOT NULL,
    "dominion" character varying(32) NOT NULL,
    "properties" text NOT NULL,
    "auditingState" character varying(32) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_package_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_package_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_package_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_package_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_packagetransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_owners.owners_path (
    "id" bigint NOT NULL,
    "packageID" bigint NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "path" text NOT NULL,
    "excluded" smallint NOT NULL,
    "pathIndex" character(12) NOT NULL,
    "pathDisplay" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_phriction.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.phriction_content (
    "id" bigint NOT NULL,
    "version" bigint NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "title" text NOT NULL,
    "slug" character varying(128) NOT NULL,
    "content" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "description" text NOT NULL,
    "changeType" bigint NOT NULL,
    "changeRef" bigint,
    "phid" character varying(64) NOT NULL,
    "documentPHID" character varying(64) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.phriction_document (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "slug" character varying(128) NOT NULL,
    "depth" bigint NOT NULL,
    "status" character varying(32) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "spacePHID" character varying(64),
    "contentPHID" character varying(64) NOT NULL,
    "editedEpoch" bigint NOT NULL,
    "maxVersion" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.phriction_document_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.phriction_document_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.phriction_document_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.phriction_document_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.phriction_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_phriction.phriction_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_ponder.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_answer (
    "id" bigint NOT NULL,
    "questionID" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "voteCount" integer NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "content" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "mailKey" character(20) NOT NULL,
    "status" character varying(32) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_answertransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_answertransaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_question (
    "id" bigint NOT NULL,
    "title" character varying(255) NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "status" character varying(32) NOT NULL,
    "content" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "contentSource" text,
    "answerCount" bigint NOT NULL,
    "mailKey" character(20) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "spacePHID" character varying(64),
    "answerWiki" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_question_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_question_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_question_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_question_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_questiontransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_ponder.ponder_questiontransaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_project.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project (
    "id" bigint NOT NULL,
    "name" character varying(128) NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "status" character varying(32) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "joinPolicy" character varying(64) NOT NULL,
    "isMembershipLocked" smallint NOT NULL,
    "profileImagePHID" character varying(64),
    "icon" character varying(32) NOT NULL,
    "color" character varying(32) NOT NULL,
    "mailKey" character(20) NOT NULL,
    "primarySlug" character varying(128),
    "parentProjectPHID" character varying(64),
    "hasWorkboard" smallint NOT NULL,
    "hasMilestones" smallint NOT NULL,
    "hasSubprojects" smallint NOT NULL,
    "milestoneNumber" bigint,
    "projectPath" character varying(64) NOT NULL,
    "projectDepth" bigint NOT NULL,
    "projectPathKey" character(4) NOT NULL,
    "properties" text NOT NULL,
    "spacePHID" character varying(64),
    "subtype" character varying(64) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_column (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(255) NOT NULL,
    "status" bigint NOT NULL,
    "sequence" bigint NOT NULL,
    "projectPHID" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "properties" text NOT NULL,
    "proxyPHID" character varying(64),
    "triggerPHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_columnposition (
    "id" bigint NOT NULL,
    "boardPHID" character varying(64) NOT NULL,
    "columnPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "sequence" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_columntransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_customfieldnumericindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_customfieldstorage (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "fieldIndex" character(12) NOT NULL,
    "fieldValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_customfieldstringindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_datasourcetoken (
    "id" bigint NOT NULL,
    "projectID" bigint NOT NULL,
    "token" character varying(128) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_project_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_project_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_project_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_project_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_slug (
    "id" bigint NOT NULL,
    "projectPHID" character varying(64) NOT NULL,
    "slug" character varying(128) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_trigger (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(255) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "ruleset" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_triggertransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_project.project_triggerusage (
    "id" bigint NOT NULL,
    "triggerPHID" character varying(64) NOT NULL,
    "examplePHID" character varying(64),
    "columnCount" bigint NOT NULL,
    "activeColumnCount" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_repository.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(255) NOT NULL,
    "callsign" character varying(32),
    "versionControlSystem" character varying(32) NOT NULL,
    "details" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "uuid" character varying(64),
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "pushPolicy" character varying(64) NOT NULL,
    "credentialPHID" character varying(64),
    "almanacServicePHID" character varying(64),
    "spacePHID" character varying(64),
    "repositorySlug" character varying(64),
    "localPath" character varying(128),
    "profileImagePHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_auditrequest (
    "id" bigint NOT NULL,
    "auditorPHID" character varying(64) NOT NULL,
    "commitPHID" character varying(64) NOT NULL,
    "auditStatus" character varying(64) NOT NULL,
    "auditReasons" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_branch (
    "id" bigint NOT NULL,
    "repositoryID" bigint NOT NULL,
    "name" character varying(128) NOT NULL,
    "lintCommit" character varying(40),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_commit (
    "id" bigint NOT NULL,
    "repositoryID" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "commitIdentifier" character varying(40) NOT NULL,
    "epoch" bigint NOT NULL,
    "authorPHID" character varying(64),
    "auditStatus" character varying(32) NOT NULL,
    "summary" character varying(255) NOT NULL,
    "importStatus" bigint NOT NULL,
    "authorIdentityPHID" character varying(64),
    "committerIdentityPHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_commit_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_commit_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_commit_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_commit_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_commitdata (
    "id" bigint NOT NULL,
    "commitID" bigint NOT NULL,
    "authorName" text NOT NULL,
    "commitMessage" text NOT NULL,
    "commitDetails" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_commithint (
    "id" bigint NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "oldCommitIdentifier" character varying(40) NOT NULL,
    "newCommitIdentifier" character varying(40),
    "hintType" character varying(32) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_coverage (
    "id" bigint NOT NULL,
    "branchID" bigint NOT NULL,
    "commitID" bigint NOT NULL,
    "pathID" bigint NOT NULL,
    "coverage" bytea NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_filesystem (
    "repositoryID" bigint NOT NULL,
    "parentID" bigint NOT NULL,
    "svnCommit" bigint NOT NULL,
    "pathID" bigint NOT NULL,
    "existed" smallint NOT NULL,
    "fileType" bigint NOT NULL,
    PRIMARY KEY ("repositoryID", "parentID", "pathID", "svnCommit")
);
CREATE TABLE phabricator_repository.repository_gitlfsref (
    "id" bigint NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "objectHash" character(64) NOT NULL,
    "byteSize" bigint NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "filePHID" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_identity (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "automaticGuessedUserPHID" character varying(64),
    "manuallySetUserPHID" character varying(64),
    "currentEffectiveUserPHID" character varying(64),
    "identityNameHash" character(12) NOT NULL,
    "identityNameRaw" bytea NOT NULL,
    "identityNameEncoding" character varying(16),
    "authorPHID" character varying(64) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_identitytransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_lintmessage (
    "id" bigint NOT NULL,
    "branchID" bigint NOT NULL,
    "path" text NOT NULL,
    "line" bigint NOT NULL,
    "authorPHID" character varying(64),
    "code" character varying(32) NOT NULL,
    "severity" character varying(16) NOT NULL,
    "name" character varying(255) NOT NULL,
    "description" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_mirror (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "remoteURI" character varying(255) NOT NULL,
    "credentialPHID" character varying(64),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_oldref (
    "id" bigint NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "commitIdentifier" character varying(40) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_parents (
    "id" bigint NOT NULL,
    "childCommitID" bigint NOT NULL,
    "parentCommitID" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_path (
    "id" bigint NOT NULL,
    "path" text NOT NULL,
    "pathHash" character(32) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_pathchange (
    "repositoryID" bigint NOT NULL,
    "pathID" bigint NOT NULL,
    "commitID" bigint NOT NULL,
    "targetPathID" bigint,
    "targetCommitID" bigint,
    "changeType" bigint NOT NULL,
    "fileType" bigint NOT NULL,
    "isDirect" smallint NOT NULL,
    "commitSequence" bigint NOT NULL,
    PRIMARY KEY ("commitID", "pathID")
);
CREATE TABLE phabricator_repository.repository_pullevent (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "repositoryPHID" character varying(64),
    "epoch" bigint NOT NULL,
    "pullerPHID" character varying(64),
    "remoteAddress" character varying(64),
    "remoteProtocol" character varying(32),
    "resultType" character varying(32) NOT NULL,
    "resultCode" bigint NOT NULL,
    "properties" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_pushevent (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "epoch" bigint NOT NULL,
    "pusherPHID" character varying(64) NOT NULL,
    "remoteAddress" character varying(64),
    "remoteProtocol" character varying(32),
    "rejectCode" bigint NOT NULL,
    "rejectDetails" character varying(64),
    "requestIdentifier" character(12),
    "writeWait" bigint,
    "readWait" bigint,
    "hostWait" bigint,
    "hookWait" bigint,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_pushlog (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "epoch" bigint NOT NULL,
    "pushEventPHID" character varying(64) NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "pusherPHID" character varying(64) NOT NULL,
    "refType" character varying(12) NOT NULL,
    "refNameHash" character(12),
    "refNameRaw" bytea,
    "refNameEncoding" character varying(16),
    "refOld" character varying(40),
    "refNew" character varying(40) NOT NULL,
    "mergeBase" character varying(40),
    "changeFlags" bigint NOT NULL,
    "devicePHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_refcursor (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "refType" character varying(32) NOT NULL,
    "refNameHash" character(12) NOT NULL,
    "refNameRaw" bytea NOT NULL,
    "refNameEncoding" character varying(16),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_refposition (
    "id" bigint NOT NULL,
    "cursorID" bigint NOT NULL,
    "commitIdentifier" character varying(40) NOT NULL,
    "isClosed" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_repository_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_repository_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_repository_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_repository_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_statusmessage (
    "id" bigint NOT NULL,
    "repositoryID" bigint NOT NULL,
    "statusType" character varying(32) NOT NULL,
    "statusCode" character varying(32) NOT NULL,
    "parameters" text NOT NULL,
    "epoch" bigint NOT NULL,
    "messageCount" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_summary (
    "repositoryID" bigint NOT NULL,
    "size" bigint NOT NULL,
    "lastCommitID" bigint NOT NULL,
    "epoch" bigint,
    PRIMARY KEY ("repositoryID")
);
CREATE TABLE phabricator_repository.repository_symbol (
    "repositoryPHID" character varying(64) NOT NULL,
    "symbolContext" character varying(128) NOT NULL,
    "symbolName" character varying(128) NOT NULL,
    "symbolType" character varying(12) NOT NULL,
    "symbolLanguage" character varying(32) NOT NULL,
    "pathID" bigint NOT NULL,
    "lineNumber" bigint NOT NULL
);
CREATE TABLE phabricator_repository.repository_syncevent (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "epoch" bigint NOT NULL,
    "devicePHID" character varying(64) NOT NULL,
    "fromDevicePHID" character varying(64) NOT NULL,
    "deviceVersion" bigint,
    "fromDeviceVersion" bigint,
    "resultType" character varying(32) NOT NULL,
    "resultCode" bigint NOT NULL,
    "syncWait" bigint NOT NULL,
    "properties" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "metadata" text NOT NULL,
    "contentSource" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_uri (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "uri" character varying(255) NOT NULL,
    "builtinProtocol" character varying(32),
    "builtinIdentifier" character varying(32),
    "ioType" character varying(32) NOT NULL,
    "displayType" character varying(32) NOT NULL,
    "isDisabled" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "credentialPHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_uriindex (
    "id" bigint NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "repositoryURI" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_uritransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_repository.repository_workingcopyversion (
    "id" bigint NOT NULL,
    "repositoryPHID" character varying(64) NOT NULL,
    "devicePHID" character varying(64) NOT NULL,
    "repositoryVersion" bigint NOT NULL,
    "isWriting" smallint NOT NULL,
    "writeProperties" text,
    "lockOwner" character varying(255),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_slowvote.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_slowvote.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_slowvote.slowvote_choice (
    "id" bigint NOT NULL,
    "pollID" bigint NOT NULL,
    "optionID" bigint NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_slowvote.slowvote_option (
    "id" bigint NOT NULL,
    "pollID" bigint NOT NULL,
    "name" character varying(255) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_slowvote.slowvote_poll (
    "id" bigint NOT NULL,
    "question" character varying(255) NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "responseVisibility" bigint NOT NULL,
    "shuffle" smallint NOT NULL,
    "method" bigint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "description" text NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "spacePHID" character varying(64),
    "mailKey" character(20) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_slowvote.slowvote_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_slowvote.slowvote_transaction_comment (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "transactionPHID" character varying(64),
    "authorPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentVersion" bigint NOT NULL,
    "content" text NOT NULL,
    "contentSource" text NOT NULL,
    "isDeleted" smallint NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_spaces.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_spaces.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_spaces.spaces_namespace (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "namespaceName" character varying(255) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "isDefaultNamespace" smallint,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "description" text NOT NULL,
    "isArchived" smallint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_spaces.spaces_namespacetransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_token.token_count (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "tokenCount" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_token.token_given (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "tokenPHID" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_token.token_token (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "name" character varying(64) NOT NULL,
    "flavor" character varying(128) NOT NULL,
    "status" character varying(32) NOT NULL,
    "builtinKey" character varying(32),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "creatorPHID" character varying(64) NOT NULL,
    "tokenImagePHID" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.edge (
    "src" character varying(64) NOT NULL,
    "type" bigint NOT NULL,
    "dst" character varying(64) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "seq" bigint NOT NULL,
    "dataID" bigint,
    PRIMARY KEY ("src", "type", "dst")
);
CREATE TABLE phabricator_user.edgedata (
    "id" bigint NOT NULL,
    "data" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.phabricator_session (
    "id" bigint NOT NULL,
    "userPHID" character varying(64) NOT NULL,
    "type" character varying(32) NOT NULL,
    "sessionKey" character varying(64) NOT NULL,
    "sessionStart" bigint NOT NULL,
    "sessionExpires" bigint NOT NULL,
    "highSecurityUntil" bigint,
    "isPartial" smallint NOT NULL,
    "signedLegalpadDocuments" smallint NOT NULL,
    "phid" character varying(64) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "userName" character varying(64) NOT NULL,
    "realName" character varying(128) NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "profileImagePHID" character varying(64),
    "conduitCertificate" character varying(255) NOT NULL,
    "isSystemAgent" smallint NOT NULL,
    "isDisabled" smallint NOT NULL,
    "isAdmin" smallint NOT NULL,
    "isEmailVerified" bigint NOT NULL,
    "isApproved" bigint NOT NULL,
    "accountSecret" character(64) NOT NULL,
    "isEnrolledInMultiFactor" smallint NOT NULL,
    "availabilityCache" character varying(255),
    "availabilityCacheTTL" bigint,
    "isMailingList" smallint NOT NULL,
    "defaultProfileImagePHID" character varying(64),
    "defaultProfileImageVersion" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_authinvite (
    "id" bigint NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "emailAddress" character varying(128) NOT NULL,
    "verificationHash" character(12) NOT NULL,
    "acceptedByPHID" character varying(64),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_cache (
    "id" bigint NOT NULL,
    "userPHID" character varying(64) NOT NULL,
    "cacheIndex" character(12) NOT NULL,
    "cacheKey" character varying(255) NOT NULL,
    "cacheData" text NOT NULL,
    "cacheType" character varying(32) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_configuredcustomfieldstorage (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "fieldIndex" character(12) NOT NULL,
    "fieldValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_customfieldnumericindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_customfieldstringindex (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "indexKey" character(12) NOT NULL,
    "indexValue" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_email (
    "id" bigint NOT NULL,
    "userPHID" character varying(64) NOT NULL,
    "address" character varying(128) NOT NULL,
    "isVerified" smallint NOT NULL,
    "isPrimary" smallint NOT NULL,
    "verificationCode" character varying(64),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_externalaccount (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "userPHID" character varying(64),
    "accountType" character varying(16) NOT NULL,
    "accountDomain" character varying(64) NOT NULL,
    "accountSecret" text,
    "accountID" character varying(64) NOT NULL,
    "displayName" character varying(255),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "username" character varying(255),
    "realName" character varying(255),
    "email" character varying(255),
    "emailVerified" smallint NOT NULL,
    "accountURI" character varying(255),
    "profileImagePHID" character varying(64),
    "properties" text NOT NULL,
    "providerConfigPHID" character varying(64) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_log (
    "id" bigint NOT NULL,
    "actorPHID" character varying(64),
    "userPHID" character varying(64) NOT NULL,
    "action" character varying(64) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "details" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "remoteAddr" character varying(64) NOT NULL,
    "session" character varying(64),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_nametoken (
    "token" character varying(255) NOT NULL,
    "userID" bigint NOT NULL
);
CREATE TABLE phabricator_user.user_preferences (
    "id" bigint NOT NULL,
    "userPHID" character varying(64),
    "preferences" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "builtinKey" character varying(32),
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_preferencestransaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "contentSource" text NOT NULL,
    "metadata" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_profile (
    "id" bigint NOT NULL,
    "userPHID" character varying(64) NOT NULL,
    "title" character varying(255) NOT NULL,
    "blurb" text NOT NULL,
    "profileImagePHID" character varying(64),
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    "icon" character varying(32) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_transaction (
    "id" bigint NOT NULL,
    "phid" character varying(64) NOT NULL,
    "authorPHID" character varying(64) NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "viewPolicy" character varying(64) NOT NULL,
    "editPolicy" character varying(64) NOT NULL,
    "commentPHID" character varying(64),
    "commentVersion" bigint NOT NULL,
    "transactionType" character varying(32) NOT NULL,
    "oldValue" text NOT NULL,
    "newValue" text NOT NULL,
    "metadata" text NOT NULL,
    "contentSource" text NOT NULL,
    "dateCreated" bigint NOT NULL,
    "dateModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_user_fdocument (
    "id" bigint NOT NULL,
    "objectPHID" character varying(64) NOT NULL,
    "isClosed" smallint NOT NULL,
    "authorPHID" character varying(64),
    "ownerPHID" character varying(64),
    "epochCreated" bigint NOT NULL,
    "epochModified" bigint NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_user_ffield (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "fieldKey" character varying(4) NOT NULL,
    "rawCorpus" text NOT NULL,
    "termCorpus" text NOT NULL,
    "normalCorpus" text NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_user_fngrams (
    "id" bigint NOT NULL,
    "documentID" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    PRIMARY KEY ("id")
);
CREATE TABLE phabricator_user.user_user_fngrams_common (
    "id" bigint NOT NULL,
    "ngram" character(3) NOT NULL,
    "needsCollection" smallint NOT NULL,
    PRIMARY KEY ("id")
);
