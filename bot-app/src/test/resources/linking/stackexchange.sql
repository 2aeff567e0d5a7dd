-- The Stack Exchange data dump (posts, users, comments, votes, badges, post history, post links, tags) as
-- github.com/Networks-Learning/stackexchange-dump-to-postgres (MIT, Utkarsh Upadhyay; commit 8bcb728) loads it into
-- PostgreSQL: its sql/*_pre.sql tables, sql/*_fk.sql foreign keys and the PostTags table and nine lookup tables of
-- sql/final_post.sql, schema stackexchange (the loader's unquoted PascalCase names, so lower-cased by PostgreSQL; its
-- jsonfield columns kept). Loaded into a scratch PostgreSQL and regenerated from its catalog: 18 tables, their primary
-- keys and the 12 foreign keys the scripts declare (the four declared NOT VALID there are plain here); no foreign keys
-- to the lookup tables, as in the source. Left out: indexes, the optional derived tables of sql/optional_post.sql
-- (UserTagQA, QuestionAnswer, AllPostTags). The source has no comments. The dump's data is Stack Exchange's, CC BY-SA.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS stackexchange;
CREATE TABLE stackexchange.badges (
    id integer NOT NULL,
    userid integer NOT NULL,
    name text NOT NULL,
    date timestamp without time zone NOT NULL,
    jsonfield jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.closeasofftopicreasontypes (
    id integer NOT NULL,
    isuniversal boolean NOT NULL,
    markdownmini text NOT NULL,
    creationdate timestamp without time zone,
    creationmoderatorid integer,
    approvaldate timestamp without time zone,
    approvalmoderatorid integer,
    deactivationdate timestamp without time zone,
    deactivationmoderatorid integer,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.closereasontypes (
    id integer NOT NULL,
    name text NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.comments (
    id integer NOT NULL,
    postid integer NOT NULL,
    score integer NOT NULL,
    text text,
    creationdate timestamp without time zone NOT NULL,
    userid integer,
    jsonfield jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.flagtypes (
    id integer NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.posthistory (
    id integer NOT NULL,
    posthistorytypeid integer,
    postid integer,
    revisionguid text,
    creationdate timestamp without time zone NOT NULL,
    userid integer,
    posttext text,
    jsonfield jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.posthistorytypes (
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.postlinks (
    id integer NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    postid integer NOT NULL,
    relatedpostid integer NOT NULL,
    linktypeid integer NOT NULL,
    jsonfield jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.postlinktypes (
    id integer NOT NULL,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.posts (
    id integer NOT NULL,
    posttypeid integer NOT NULL,
    acceptedanswerid integer,
    parentid integer,
    creationdate timestamp without time zone NOT NULL,
    score integer,
    viewcount integer,
    body text,
    owneruserid integer,
    lasteditoruserid integer,
    lasteditordisplayname text,
    lasteditdate timestamp without time zone,
    lastactivitydate timestamp without time zone,
    title text,
    tags text,
    answercount integer,
    commentcount integer,
    favoritecount integer,
    closeddate timestamp without time zone,
    communityowneddate timestamp without time zone,
    jsonfield jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.posttags (
    postid integer NOT NULL,
    tagid integer NOT NULL,
    PRIMARY KEY (postid, tagid)
);
CREATE TABLE stackexchange.posttypes (
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.reviewtaskresulttype (
    id integer NOT NULL,
    name text,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.reviewtasktypes (
    id integer NOT NULL,
    name text,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.tags (
    id integer NOT NULL,
    tagname text NOT NULL,
    count integer,
    excerptpostid integer,
    wikipostid integer,
    jsonfield jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.users (
    id integer NOT NULL,
    reputation integer NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    displayname character varying(40) NOT NULL,
    lastaccessdate timestamp without time zone,
    websiteurl text,
    location text,
    aboutme text,
    views integer NOT NULL,
    upvotes integer NOT NULL,
    downvotes integer NOT NULL,
    profileimageurl text,
    age integer,
    accountid integer,
    jsonfield jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.votes (
    id integer NOT NULL,
    postid integer,
    votetypeid integer NOT NULL,
    userid integer,
    creationdate timestamp without time zone NOT NULL,
    bountyamount integer,
    jsonfield jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE stackexchange.votetypes (
    id integer NOT NULL,
    name text,
    PRIMARY KEY (id)
);
ALTER TABLE stackexchange.badges ADD CONSTRAINT fk_badges_userid FOREIGN KEY (userid) REFERENCES stackexchange.users(id);
ALTER TABLE stackexchange.comments ADD CONSTRAINT fk_comments_postid FOREIGN KEY (postid) REFERENCES stackexchange.posts(id);
ALTER TABLE stackexchange.comments ADD CONSTRAINT fk_comments_userid FOREIGN KEY (userid) REFERENCES stackexchange.users(id);
ALTER TABLE stackexchange.posthistory ADD CONSTRAINT fk_posthistory_postid FOREIGN KEY (postid) REFERENCES stackexchange.posts(id);
ALTER TABLE stackexchange.posthistory ADD CONSTRAINT fk_posthistory_userid FOREIGN KEY (userid) REFERENCES stackexchange.users(id);
ALTER TABLE stackexchange.postlinks ADD CONSTRAINT fk_postlinks_postid FOREIGN KEY (postid) REFERENCES stackexchange.posts(id);
ALTER TABLE stackexchange.postlinks ADD CONSTRAINT fk_postlinks_relatedpostid FOREIGN KEY (relatedpostid) REFERENCES stackexchange.posts(id);
ALTER TABLE stackexchange.posts ADD CONSTRAINT fk_posts_lasteditoruserid FOREIGN KEY (lasteditoruserid) REFERENCES stackexchange.users(id);
ALTER TABLE stackexchange.posts ADD CONSTRAINT fk_posts_owneruserid FOREIGN KEY (owneruserid) REFERENCES stackexchange.users(id);
ALTER TABLE stackexchange.posts ADD CONSTRAINT fk_posts_parentid FOREIGN KEY (parentid) REFERENCES stackexchange.posts(id);
ALTER TABLE stackexchange.votes ADD CONSTRAINT fk_votes_postid FOREIGN KEY (postid) REFERENCES stackexchange.posts(id);
ALTER TABLE stackexchange.votes ADD CONSTRAINT fk_votes_userid FOREIGN KEY (userid) REFERENCES stackexchange.users(id);
