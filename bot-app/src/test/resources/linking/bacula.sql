-- Bacula, the network backup system: its catalog as the Director keeps it (backup, restore, verify, copy and migration
-- jobs with their status, level and type, the long-term job history, clients, filesets, pools, volumes (media) and
-- their media types, storage daemons and devices, off-site locations and the location log, the job-to-volume map,
-- backed-up files with their paths and the path hierarchy/visibility caches, base files, unsaved files, restore
-- objects, plugin objects, tags on jobs, clients, volumes and objects, snapshots, events, the job log, counters,
-- CD images and the job status codes), as bacula/src/cats/make_postgresql_tables.in of Bacula 13.0.3 (catalog
-- version 1024) creates it, read from the public mirror github.com/dlangille/bacula-community (commit c09aa2c,
-- 2023-10-31; Bacula is AGPL-3.0, this script states BSD 2-Clause; we use the schema's facts). The script's SQL was
-- loaded unchanged into a scratch PostgreSQL 14 and regenerated from its catalog with pg_dump: all 32 tables, their
-- primary keys (filemedia, jobhisto and version have none), schema bacula; jobhisto is created in the source as
-- LIKE job, so it has job's columns and no key. The source declares no foreign keys and no comments. Left out:
-- defaults, serial sequences, the three CHECK constraints listing volume statuses and pool types, indexes and
-- statistics settings, and the rows of status and version (see values-bacula.sql). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bacula;
CREATE TABLE bacula.basefiles (
    baseid bigint NOT NULL,
    jobid integer NOT NULL,
    fileid bigint NOT NULL,
    fileindex integer,
    basejobid integer,
    PRIMARY KEY (baseid)
);
CREATE TABLE bacula.cdimages (
    mediaid integer NOT NULL,
    lastburn timestamp without time zone NOT NULL,
    PRIMARY KEY (mediaid)
);
CREATE TABLE bacula.client (
    clientid integer NOT NULL,
    name text NOT NULL,
    uname text NOT NULL,
    autoprune smallint,
    fileretention bigint,
    jobretention bigint,
    PRIMARY KEY (clientid)
);
CREATE TABLE bacula.counters (
    counter text NOT NULL,
    minvalue integer,
    maxvalue integer,
    currentvalue integer,
    wrapcounter text NOT NULL,
    PRIMARY KEY (counter)
);
CREATE TABLE bacula.device (
    deviceid integer NOT NULL,
    name text NOT NULL,
    mediatypeid integer NOT NULL,
    storageid integer NOT NULL,
    devmounts integer NOT NULL,
    devreadbytes bigint NOT NULL,
    devwritebytes bigint NOT NULL,
    devreadbytessincecleaning bigint NOT NULL,
    devwritebytessincecleaning bigint NOT NULL,
    devreadtime bigint NOT NULL,
    devwritetime bigint NOT NULL,
    devreadtimesincecleaning bigint NOT NULL,
    devwritetimesincecleaning bigint NOT NULL,
    cleaningdate timestamp without time zone,
    cleaningperiod bigint NOT NULL,
    PRIMARY KEY (deviceid)
);
CREATE TABLE bacula.events (
    eventsid integer NOT NULL,
    eventscode text NOT NULL,
    eventstype text NOT NULL,
    eventstime timestamp without time zone,
    eventsinserttime timestamp without time zone,
    eventsdaemon text,
    eventssource text,
    eventsref text,
    eventstext text NOT NULL,
    PRIMARY KEY (eventsid)
);
CREATE TABLE bacula.file (
    fileid bigint NOT NULL,
    fileindex integer NOT NULL,
    jobid integer NOT NULL,
    pathid integer NOT NULL,
    filename text NOT NULL,
    deltaseq smallint NOT NULL,
    markid integer NOT NULL,
    lstat text NOT NULL,
    md5 text NOT NULL,
    PRIMARY KEY (fileid)
);
CREATE TABLE bacula.filemedia (
    jobid integer NOT NULL,
    fileindex integer NOT NULL,
    mediaid integer NOT NULL,
    blockaddress bigint,
    recordno integer,
    fileoffset bigint
);
CREATE TABLE bacula.fileset (
    filesetid integer NOT NULL,
    fileset text NOT NULL,
    md5 text NOT NULL,
    createtime timestamp without time zone NOT NULL,
    PRIMARY KEY (filesetid)
);
CREATE TABLE bacula.job (
    jobid integer NOT NULL,
    job text NOT NULL,
    name text NOT NULL,
    type character(1) NOT NULL,
    level character(1) NOT NULL,
    clientid integer,
    jobstatus character(1) NOT NULL,
    schedtime timestamp without time zone,
    starttime timestamp without time zone,
    endtime timestamp without time zone,
    realendtime timestamp without time zone,
    jobtdate bigint,
    volsessionid integer,
    volsessiontime integer,
    jobfiles integer,
    jobbytes bigint,
    readbytes bigint,
    joberrors integer,
    jobmissingfiles integer,
    poolid integer,
    filesetid integer,
    priorjobid integer,
    priorjob text,
    purgedfiles smallint,
    hasbase smallint,
    hascache smallint,
    reviewed smallint,
    comment text,
    filetable text,
    PRIMARY KEY (jobid)
);
CREATE TABLE bacula.jobhisto (
    jobid integer NOT NULL,
    job text NOT NULL,
    name text NOT NULL,
    type character(1) NOT NULL,
    level character(1) NOT NULL,
    clientid integer,
    jobstatus character(1) NOT NULL,
    schedtime timestamp without time zone,
    starttime timestamp without time zone,
    endtime timestamp without time zone,
    realendtime timestamp without time zone,
    jobtdate bigint,
    volsessionid integer,
    volsessiontime integer,
    jobfiles integer,
    jobbytes bigint,
    readbytes bigint,
    joberrors integer,
    jobmissingfiles integer,
    poolid integer,
    filesetid integer,
    priorjobid integer,
    priorjob text,
    purgedfiles smallint,
    hasbase smallint,
    hascache smallint,
    reviewed smallint,
    comment text,
    filetable text
);
CREATE TABLE bacula.jobmedia (
    jobmediaid integer NOT NULL,
    jobid integer NOT NULL,
    mediaid integer NOT NULL,
    firstindex integer,
    lastindex integer,
    startfile integer,
    endfile integer,
    startblock bigint,
    endblock bigint,
    volindex integer,
    PRIMARY KEY (jobmediaid)
);
CREATE TABLE bacula.location (
    locationid integer NOT NULL,
    location text NOT NULL,
    cost integer,
    enabled smallint,
    PRIMARY KEY (locationid)
);
CREATE TABLE bacula.locationlog (
    loclogid integer NOT NULL,
    date timestamp without time zone,
    comment text NOT NULL,
    mediaid integer,
    locationid integer,
    newvolstatus text NOT NULL,
    newenabled smallint,
    PRIMARY KEY (loclogid)
);
CREATE TABLE bacula.log (
    logid integer NOT NULL,
    jobid integer NOT NULL,
    "time" timestamp without time zone,
    logtext text NOT NULL,
    PRIMARY KEY (logid)
);
CREATE TABLE bacula.media (
    mediaid integer NOT NULL,
    volumename text NOT NULL,
    slot integer,
    poolid integer,
    mediatype text NOT NULL,
    mediatypeid integer,
    labeltype integer,
    firstwritten timestamp without time zone,
    lastwritten timestamp without time zone,
    labeldate timestamp without time zone,
    voljobs integer,
    volfiles integer,
    volblocks integer,
    volparts integer,
    volcloudparts integer,
    volmounts integer,
    volbytes bigint,
    volabytes bigint,
    volapadding bigint,
    volholebytes bigint,
    volholes integer,
    voltype integer,
    volerrors integer,
    volwrites bigint,
    volcapacitybytes bigint,
    lastpartbytes bigint,
    volstatus text NOT NULL,
    enabled smallint,
    recycle smallint,
    actiononpurge smallint,
    cacheretention bigint,
    volretention bigint,
    voluseduration bigint,
    maxvoljobs integer,
    maxvolfiles integer,
    maxvolbytes bigint,
    inchanger smallint,
    storageid integer,
    deviceid integer,
    mediaaddressing smallint,
    volreadtime bigint,
    volwritetime bigint,
    endfile integer,
    endblock bigint,
    locationid integer,
    recyclecount integer,
    initialwrite timestamp without time zone,
    scratchpoolid integer,
    recyclepoolid integer,
    comment text,
    PRIMARY KEY (mediaid)
);
CREATE TABLE bacula.mediatype (
    mediatypeid integer NOT NULL,
    mediatype text NOT NULL,
    readonly integer,
    PRIMARY KEY (mediatypeid)
);
CREATE TABLE bacula.object (
    objectid bigint NOT NULL,
    jobid integer NOT NULL,
    path text NOT NULL,
    filename text NOT NULL,
    pluginname text NOT NULL,
    objectcategory text NOT NULL,
    objecttype text NOT NULL,
    objectname text NOT NULL,
    objectsource text NOT NULL,
    objectuuid text NOT NULL,
    objectsize bigint NOT NULL,
    objectstatus character(1) NOT NULL,
    objectcount integer NOT NULL,
    PRIMARY KEY (objectid)
);
CREATE TABLE bacula.path (
    pathid integer NOT NULL,
    path text NOT NULL,
    PRIMARY KEY (pathid)
);
CREATE TABLE bacula.pathhierarchy (
    pathid integer NOT NULL,
    ppathid integer NOT NULL,
    PRIMARY KEY (pathid)
);
CREATE TABLE bacula.pathvisibility (
    pathid integer NOT NULL,
    jobid integer NOT NULL,
    size bigint,
    files integer,
    PRIMARY KEY (jobid, pathid)
);
CREATE TABLE bacula.pool (
    poolid integer NOT NULL,
    name text NOT NULL,
    numvols integer,
    maxvols integer,
    useonce smallint,
    usecatalog smallint,
    acceptanyvolume smallint,
    volretention bigint,
    cacheretention bigint,
    voluseduration bigint,
    maxvoljobs integer,
    maxvolfiles integer,
    maxvolbytes bigint,
    maxpoolbytes bigint,
    autoprune smallint,
    recycle smallint,
    actiononpurge smallint,
    pooltype text,
    labeltype integer,
    labelformat text NOT NULL,
    enabled smallint,
    scratchpoolid integer,
    recyclepoolid integer,
    nextpoolid integer,
    migrationhighbytes bigint,
    migrationlowbytes bigint,
    migrationtime bigint,
    PRIMARY KEY (poolid)
);
CREATE TABLE bacula.restoreobject (
    restoreobjectid integer NOT NULL,
    objectname text NOT NULL,
    restoreobject bytea NOT NULL,
    pluginname text NOT NULL,
    objectlength integer,
    objectfulllength integer,
    objectindex integer,
    objecttype integer,
    fileindex integer,
    jobid integer,
    objectcompression integer,
    PRIMARY KEY (restoreobjectid)
);
CREATE TABLE bacula.snapshot (
    snapshotid integer NOT NULL,
    name text NOT NULL,
    jobid integer,
    filesetid integer,
    createtdate bigint,
    createdate timestamp without time zone NOT NULL,
    clientid integer,
    volume text NOT NULL,
    device text NOT NULL,
    type text NOT NULL,
    retention integer,
    comment text,
    PRIMARY KEY (snapshotid)
);
CREATE TABLE bacula.status (
    jobstatus character(1) NOT NULL,
    jobstatuslong text,
    severity integer,
    PRIMARY KEY (jobstatus)
);
CREATE TABLE bacula.storage (
    storageid integer NOT NULL,
    name text NOT NULL,
    autochanger integer,
    PRIMARY KEY (storageid)
);
CREATE TABLE bacula.tagclient (
    clientid integer NOT NULL,
    tag text NOT NULL,
    PRIMARY KEY (clientid, tag)
);
CREATE TABLE bacula.tagjob (
    jobid integer NOT NULL,
    tag text NOT NULL,
    PRIMARY KEY (jobid, tag)
);
CREATE TABLE bacula.tagmedia (
    mediaid integer NOT NULL,
    tag text NOT NULL,
    PRIMARY KEY (mediaid, tag)
);
CREATE TABLE bacula.tagobject (
    objectid integer NOT NULL,
    tag text NOT NULL,
    PRIMARY KEY (objectid, tag)
);
CREATE TABLE bacula.unsavedfiles (
    unsavedid integer NOT NULL,
    jobid integer NOT NULL,
    pathid integer NOT NULL,
    filename text NOT NULL,
    PRIMARY KEY (unsavedid)
);
CREATE TABLE bacula.version (
    versionid integer NOT NULL
);
