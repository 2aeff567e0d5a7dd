-- Concrete CMS 9 (concretecms/concretecms, commit 96e65dd) core schema from its doctrine-xml files (concrete/config/db.xml, concrete/blocks/*/db.xml, concrete/authentication/concrete/db.xml), converted to PostgreSQL; Doctrine entity tables (Users, Files, Sites, Express, ...) not included
CREATE SCHEMA concretecms;

CREATE TABLE concretecms.arealayoutcolumns (
    arlayoutcolumnid bigint NOT NULL,
    arlayoutid bigint NOT NULL,
    arlayoutcolumnindex bigint NOT NULL,
    arid bigint NOT NULL,
    arlayoutcolumndisplayid integer,
    CONSTRAINT arealayoutcolumns_pkey PRIMARY KEY (arlayoutcolumnid)
);

CREATE TABLE concretecms.arealayoutcustomcolumns (
    arlayoutcolumnid bigint NOT NULL,
    arlayoutcolumnwidth character varying(64) NOT NULL,
    CONSTRAINT arealayoutcustomcolumns_pkey PRIMARY KEY (arlayoutcolumnid)
);

CREATE TABLE concretecms.arealayoutpresets (
    arlayoutpresetid bigint NOT NULL,
    arlayoutid bigint NOT NULL,
    arlayoutpresetname character varying(255),
    CONSTRAINT arealayoutpresets_pkey PRIMARY KEY (arlayoutpresetid)
);

CREATE TABLE concretecms.arealayouts (
    arlayoutid bigint NOT NULL,
    arlayoutspacing bigint NOT NULL,
    arlayoutiscustom boolean NOT NULL,
    arlayoutispreset boolean NOT NULL,
    arlayoutmaxcolumns bigint NOT NULL,
    arlayoutusesthemegridframework boolean NOT NULL,
    CONSTRAINT arealayouts_pkey PRIMARY KEY (arlayoutid)
);

CREATE TABLE concretecms.arealayoutsusingpresets (
    arlayoutid bigint NOT NULL,
    preset character varying(255) NOT NULL,
    CONSTRAINT arealayoutsusingpresets_pkey PRIMARY KEY (arlayoutid)
);

CREATE TABLE concretecms.arealayoutthemegridcolumns (
    arlayoutcolumnid bigint NOT NULL,
    arlayoutcolumnspan bigint,
    arlayoutcolumnoffset bigint,
    CONSTRAINT arealayoutthemegridcolumns_pkey PRIMARY KEY (arlayoutcolumnid)
);

CREATE TABLE concretecms.areapermissionassignments (
    cid bigint NOT NULL,
    arhandle character varying(255) NOT NULL,
    pkid bigint NOT NULL,
    paid bigint NOT NULL,
    CONSTRAINT areapermissionassignments_pkey PRIMARY KEY (cid, arhandle, pkid, paid)
);

CREATE TABLE concretecms.areapermissionblocktypeaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    permission character varying(1) NOT NULL,
    CONSTRAINT areapermissionblocktypeaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.areapermissionblocktypeaccesslistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    btid bigint NOT NULL,
    CONSTRAINT areapermissionblocktypeaccesslistcustom_pkey PRIMARY KEY (paid, peid, btid)
);

CREATE TABLE concretecms.areas (
    arid bigint NOT NULL,
    cid bigint NOT NULL,
    arhandle character varying(255) NOT NULL,
    aroverridecollectionpermissions boolean NOT NULL,
    arinheritpermissionsfromareaoncid bigint NOT NULL,
    arisglobal boolean NOT NULL,
    arparentid bigint NOT NULL,
    CONSTRAINT areas_pkey PRIMARY KEY (arid)
);

CREATE TABLE concretecms.authenticationtypes (
    authtypeid bigint NOT NULL,
    authtypehandle character varying(255) NOT NULL,
    authtypename character varying(255) NOT NULL,
    authtypeisenabled boolean NOT NULL,
    authtypedisplayorder bigint,
    pkgid bigint,
    CONSTRAINT authenticationtypes_pkey PRIMARY KEY (authtypeid)
);

CREATE TABLE concretecms.authtypeconcretecookiemap (
    id bigint NOT NULL,
    token character varying(64),
    uid integer,
    validthrough integer,
    CONSTRAINT authtypeconcretecookiemap_pkey PRIMARY KEY (id)
);

CREATE TABLE concretecms.bannedwords (
    bwid bigint NOT NULL,
    bannedword text NOT NULL,
    CONSTRAINT bannedwords_pkey PRIMARY KEY (bwid)
);

CREATE TABLE concretecms.basicworkflowpermissionassignments (
    wfid bigint NOT NULL,
    pkid bigint NOT NULL,
    paid bigint NOT NULL,
    CONSTRAINT basicworkflowpermissionassignments_pkey PRIMARY KEY (wfid, pkid, paid)
);

CREATE TABLE concretecms.basicworkflowprogressdata (
    wpid bigint NOT NULL,
    uidstarted bigint NOT NULL,
    uidcompleted bigint NOT NULL,
    wpdatecompleted timestamp without time zone,
    CONSTRAINT basicworkflowprogressdata_pkey PRIMARY KEY (wpid)
);

CREATE TABLE concretecms.blockpermissionassignments (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    bid bigint NOT NULL,
    pkid bigint NOT NULL,
    paid bigint NOT NULL,
    CONSTRAINT blockpermissionassignments_pkey PRIMARY KEY (cid, cvid, bid, pkid, paid)
);

CREATE TABLE concretecms.blocks (
    bid bigint NOT NULL,
    bname character varying(60),
    bdateadded timestamp without time zone NOT NULL,
    bdatemodified timestamp without time zone NOT NULL,
    bfilename character varying(255),
    bisactive character varying(1) NOT NULL,
    btid bigint NOT NULL,
    uid bigint,
    btcachedblockrecord text,
    CONSTRAINT blocks_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.blocktypepermissionblocktypeaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    permission character varying(1) NOT NULL,
    CONSTRAINT blocktypepermissionblocktypeaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.blocktypepermissionblocktypeaccesslistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    btid bigint NOT NULL,
    CONSTRAINT blocktypepermissionblocktypeaccesslistcustom_pkey PRIMARY KEY (paid, peid, btid)
);

CREATE TABLE concretecms.blocktypesetblocktypes (
    btid bigint NOT NULL,
    btsid bigint NOT NULL,
    displayorder bigint NOT NULL,
    CONSTRAINT blocktypesetblocktypes_pkey PRIMARY KEY (btid, btsid)
);

CREATE TABLE concretecms.blocktypesets (
    btsid bigint NOT NULL,
    btsname character varying(255),
    btshandle character varying(255) NOT NULL,
    pkgid bigint NOT NULL,
    btsdisplayorder bigint NOT NULL,
    CONSTRAINT blocktypesets_pkey PRIMARY KEY (btsid)
);

CREATE TABLE concretecms.btaccordion (
    bid bigint NOT NULL,
    initialstate character varying(20) NOT NULL,
    itemheadingformat character varying(20) NOT NULL,
    alwaysopen integer,
    flush integer,
    CONSTRAINT btaccordion_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btaccordionentries (
    id bigint NOT NULL,
    bid bigint,
    title character varying(255),
    sortorder integer,
    description text,
    CONSTRAINT btaccordionentries_pkey PRIMARY KEY (id)
);

CREATE TABLE concretecms.btboard (
    bid bigint NOT NULL,
    boardinstanceid bigint,
    CONSTRAINT btboard_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btbreadcrumbs (
    bid bigint NOT NULL,
    includecurrent bigint NOT NULL,
    ignoreexcludenav bigint NOT NULL,
    ignorepermission bigint NOT NULL,
    CONSTRAINT btbreadcrumbs_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcalendar (
    bid bigint NOT NULL,
    caid bigint NOT NULL,
    calendarattributekeyhandle character varying(255),
    filterbytopicattributekeyid bigint NOT NULL,
    filterbytopicid bigint NOT NULL,
    viewtypes text,
    viewtypesorder text,
    defaultview text,
    navlinks integer,
    eventlimit integer,
    lightboxproperties text,
    CONSTRAINT btcalendar_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcalendarevent (
    bid bigint NOT NULL,
    mode character varying(1) NOT NULL,
    calendareventattributekeyhandle character varying(255) NOT NULL,
    calendarid bigint NOT NULL,
    eventid bigint NOT NULL,
    displayeventattributes text,
    allowexport boolean,
    enablelinktopage boolean,
    displayeventname boolean,
    displayeventdate boolean,
    displayeventdescription boolean,
    CONSTRAINT btcalendarevent_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcontentfile (
    bid bigint NOT NULL,
    fid bigint,
    filelinktext character varying(255),
    filepassword character varying(255),
    forcedownload boolean NOT NULL,
    CONSTRAINT btcontentfile_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcontentimage (
    bid bigint NOT NULL,
    fid bigint,
    fonstateid bigint,
    cropimage bigint,
    maxwidth bigint,
    maxheight bigint,
    externallink character varying(255),
    internallinkcid bigint,
    filelinkid bigint,
    openlinkinnewwindow boolean NOT NULL,
    alttext character varying(255),
    title character varying(255),
    lazyload bigint,
    sizingoption character varying(255),
    CONSTRAINT btcontentimage_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcontentimagebreakpoints (
    id bigint NOT NULL,
    bid bigint,
    breakpointhandle character varying(255),
    fttypeid bigint,
    CONSTRAINT btcontentimagebreakpoints_pkey PRIMARY KEY (id)
);

CREATE TABLE concretecms.btcontentlocal (
    bid bigint NOT NULL,
    content text,
    CONSTRAINT btcontentlocal_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcorearealayout (
    bid bigint NOT NULL,
    arlayoutid bigint NOT NULL,
    CONSTRAINT btcorearealayout_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcoreboardslot (
    bid bigint NOT NULL,
    slottemplateid bigint NOT NULL,
    contentobjectcollection json,
    CONSTRAINT btcoreboardslot_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcorecontainer (
    bid bigint NOT NULL,
    containerinstanceid bigint NOT NULL,
    CONSTRAINT btcorecontainer_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcoreconversation (
    bid bigint NOT NULL,
    cnvid integer,
    enableposting integer,
    paginate boolean NOT NULL,
    itemsperpage integer NOT NULL,
    displaymode character varying(255) NOT NULL,
    orderby character varying(255) NOT NULL,
    enableordering boolean NOT NULL,
    enablecommentrating boolean NOT NULL,
    enabletopcommentreviews boolean NOT NULL,
    displaysociallinks boolean NOT NULL,
    reviewaggregateattributekey integer,
    displaypostingform character varying(255) NOT NULL,
    addmessagelabel character varying(255) NOT NULL,
    dateformat character varying(255),
    customdateformat character varying(255),
    CONSTRAINT btcoreconversation_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcorepagetypecomposercontroloutput (
    bid bigint NOT NULL,
    ptcomposeroutputcontrolid bigint NOT NULL,
    CONSTRAINT btcorepagetypecomposercontroloutput_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcorescrapbookdisplay (
    bid bigint NOT NULL,
    boriginalid bigint NOT NULL,
    CONSTRAINT btcorescrapbookdisplay_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btcorestackdisplay (
    bid bigint NOT NULL,
    stid bigint NOT NULL,
    CONSTRAINT btcorestackdisplay_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btdatenavigation (
    bid bigint NOT NULL,
    title character varying(255) NOT NULL,
    filterbyparent boolean,
    redirecttoresults boolean,
    cparentid bigint NOT NULL,
    ctargetid bigint NOT NULL,
    ptid integer,
    titleformat character varying(20) NOT NULL,
    CONSTRAINT btdatenavigation_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btdesktopconcretelatest (
    bid bigint NOT NULL,
    slot character varying(1) NOT NULL,
    CONSTRAINT btdesktopconcretelatest_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btdesktopdraftlist (
    bid bigint NOT NULL,
    draftsperpage integer,
    CONSTRAINT btdesktopdraftlist_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btdesktopsiteactivity (
    bid bigint NOT NULL,
    types json,
    CONSTRAINT btdesktopsiteactivity_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btdocumentlibrary (
    bid bigint NOT NULL,
    setids character varying(255) NOT NULL,
    folderid integer NOT NULL,
    setmode character varying(32),
    onlycurrentuser integer,
    tags character varying(128),
    viewproperties text,
    expandableproperties character varying(255),
    searchproperties character varying(255),
    orderby character varying(64),
    displaylimit integer,
    displayorderdesc boolean NOT NULL,
    addfilestosetid bigint NOT NULL,
    maxthumbwidth integer,
    maxthumbheight integer,
    enablesearch integer,
    heightmode character varying(32),
    downloadfilemethod character varying(32),
    fixedheightsize integer,
    headerbackgroundcolor character varying(32),
    headerbackgroundcoloractivesort character varying(32),
    headertextcolor character varying(32),
    allowfileuploading integer,
    allowinpagefilemanagement integer,
    tablename character varying(255),
    tabledescription character varying(255),
    tablestriped boolean,
    rowbackgroundcoloralternate character varying(32),
    hidefolders integer,
    CONSTRAINT btdocumentlibrary_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.bteventlist (
    bid bigint NOT NULL,
    caid text NOT NULL,
    calendarattributekeyhandle character varying(255),
    totaltoretrieve integer NOT NULL,
    totalperpage integer NOT NULL,
    filterbytopicattributekeyid bigint NOT NULL,
    filterbytopicid bigint NOT NULL,
    filterbypagetopicattributekeyhandle character varying(255),
    filterbyfeatured boolean NOT NULL,
    eventlisttitle character varying(255),
    linktopage bigint NOT NULL,
    titleformat character varying(20) NOT NULL,
    eventperiod character varying(255) NOT NULL,
    eventorder character varying(255) NOT NULL,
    CONSTRAINT bteventlist_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btexpressentrydetail (
    bid bigint NOT NULL,
    exentityid uuid,
    exspecificentryid bigint,
    exentryattributekeyhandle character varying(255),
    exformid uuid,
    entrymode character varying(1),
    CONSTRAINT btexpressentrydetail_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btexpressentrylist (
    bid bigint NOT NULL,
    exentityid character varying(255) NOT NULL,
    detailpage bigint NOT NULL,
    linkedproperties character varying(255),
    searchproperties character varying(255),
    searchassociations text,
    columns text,
    filterfields text,
    displaylimit integer,
    enableitemsperpageselection integer,
    enablepagination integer,
    enablesearch integer,
    enablekeywordsearch integer,
    headerbackgroundcolor character varying(32),
    headerbackgroundcoloractivesort character varying(32),
    headertextcolor character varying(32),
    tablename character varying(255),
    tabledescription character varying(255),
    tablestriped boolean,
    rowbackgroundcoloralternate character varying(32),
    titleformat character varying(20) NOT NULL,
    CONSTRAINT btexpressentrylist_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btexpressform (
    bid bigint NOT NULL,
    exformid uuid,
    submitlabel character varying(255),
    thankyoumsg text,
    notifymeonsubmission boolean NOT NULL,
    recipientemail character varying(255),
    displaycaptcha integer,
    storeformsubmission boolean,
    redirectcid integer,
    replytoemailcontrolid character varying(255),
    addfilestoset integer,
    addfilestofolder integer,
    CONSTRAINT btexpressform_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btexternalform (
    bid bigint NOT NULL,
    filename character varying(128),
    CONSTRAINT btexternalform_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btfaq (
    bid bigint NOT NULL,
    blocktitle character varying(255),
    CONSTRAINT btfaq_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btfaqentries (
    id bigint NOT NULL,
    bid bigint,
    linktitle character varying(255),
    title character varying(255),
    sortorder integer,
    description text,
    CONSTRAINT btfaqentries_pkey PRIMARY KEY (id)
);

CREATE TABLE concretecms.btfeature (
    bid bigint NOT NULL,
    icon character varying(255),
    title character varying(255),
    paragraph text,
    externallink character varying(255),
    internallinkcid bigint,
    titleformat character varying(20) NOT NULL,
    fid bigint,
    CONSTRAINT btfeature_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btfeaturelink (
    bid bigint NOT NULL,
    title character varying(255),
    body text,
    buttontext character varying(255),
    buttonexternallink character varying(255),
    buttoninternallinkcid bigint,
    buttonfilelinkid bigint,
    buttoncolor character varying(255),
    buttonstyle character varying(255),
    buttonsize character varying(255),
    titleformat character varying(20) NOT NULL,
    icon character varying(255),
    fid bigint,
    CONSTRAINT btfeaturelink_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btform (
    bid bigint NOT NULL,
    questionsetid bigint,
    surveyname character varying(255),
    submittext character varying(255),
    thankyoumsg text,
    notifymeonsubmission boolean NOT NULL,
    recipientemail character varying(255),
    displaycaptcha integer,
    redirectcid integer,
    addfilestoset integer,
    CONSTRAINT btform_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btformanswers (
    aid bigint NOT NULL,
    asid bigint,
    msqid bigint,
    answer character varying(255),
    answerlong text,
    CONSTRAINT btformanswers_pkey PRIMARY KEY (aid)
);

CREATE TABLE concretecms.btformanswerset (
    asid bigint NOT NULL,
    questionsetid bigint,
    created timestamp without time zone NOT NULL,
    uid bigint,
    CONSTRAINT btformanswerset_pkey PRIMARY KEY (asid)
);

CREATE TABLE concretecms.btformquestions (
    qid bigint NOT NULL,
    msqid bigint,
    bid bigint,
    questionsetid bigint,
    question character varying(255),
    inputtype character varying(255),
    options text,
    "position" bigint,
    width bigint,
    height bigint,
    defaultdate character varying(255),
    required integer,
    CONSTRAINT btformquestions_pkey PRIMARY KEY (qid)
);

CREATE TABLE concretecms.btgallery (
    bid bigint NOT NULL,
    includedownloadlink boolean NOT NULL,
    CONSTRAINT btgallery_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btgalleryentries (
    eid bigint NOT NULL,
    bid bigint,
    idx bigint,
    fid bigint,
    CONSTRAINT btgalleryentries_pkey PRIMARY KEY (eid)
);

CREATE TABLE concretecms.btgalleryentrydisplaychoices (
    dcid bigint NOT NULL,
    entryid bigint,
    bid bigint,
    value text,
    dckey text,
    CONSTRAINT btgalleryentrydisplaychoices_pkey PRIMARY KEY (dcid)
);

CREATE TABLE concretecms.btgooglemap (
    bid bigint NOT NULL,
    title character varying(255),
    location character varying(255),
    latitude double precision,
    longitude double precision,
    zoom smallint,
    width character varying(8),
    height character varying(8),
    scrollwheel boolean NOT NULL,
    titleformat character varying(20) NOT NULL,
    CONSTRAINT btgooglemap_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btheroimage (
    bid bigint NOT NULL,
    image integer,
    title character varying(255),
    body text,
    buttontext character varying(255),
    buttonexternallink character varying(255),
    buttoninternallinkcid bigint,
    buttonfilelinkid bigint,
    height character varying(255),
    buttoncolor character varying(255),
    buttonstyle character varying(255),
    buttonsize character varying(255),
    titleformat character varying(20) NOT NULL,
    icon character varying(255),
    CONSTRAINT btheroimage_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btimageslider (
    bid bigint NOT NULL,
    navigationtype bigint,
    timeout bigint,
    speed bigint,
    noanimate bigint,
    pause bigint,
    maxwidth bigint,
    CONSTRAINT btimageslider_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btimagesliderentries (
    id bigint NOT NULL,
    bid bigint,
    cid bigint,
    fid bigint,
    linkurl character varying(255),
    internallinkcid bigint,
    title text,
    description text,
    sortorder integer,
    CONSTRAINT btimagesliderentries_pkey PRIMARY KEY (id)
);

CREATE TABLE concretecms.btnavigation (
    bid bigint NOT NULL,
    orderby character varying(255),
    displaypages character varying(255),
    displaypagescid bigint NOT NULL,
    displaypagesincludeself boolean NOT NULL,
    displaysubpages character varying(255),
    displaysubpagelevels character varying(255),
    displaysubpagelevelsnum integer NOT NULL,
    displayunavailablepages boolean NOT NULL,
    CONSTRAINT btnavigation_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btnextprevious (
    bid bigint NOT NULL,
    nextlabel character varying(128),
    previouslabel character varying(128),
    parentlabel character varying(128),
    loopsequence integer,
    orderby character varying(20),
    CONSTRAINT btnextprevious_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btpageattributedisplay (
    bid bigint NOT NULL,
    attributehandle character varying(255),
    attributetitletext character varying(255),
    displaytag character varying(255),
    dateformat character varying(100),
    thumbnailheight bigint,
    thumbnailwidth bigint,
    delimiter character varying(255),
    CONSTRAINT btpageattributedisplay_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btpagelist (
    bid bigint NOT NULL,
    num integer NOT NULL,
    orderby character varying(32),
    cparentid bigint NOT NULL,
    cthis boolean NOT NULL,
    cthisparent boolean NOT NULL,
    usebuttonforlink boolean NOT NULL,
    buttonlinktext character varying(255),
    pagelisttitle character varying(255),
    filterbyrelated boolean NOT NULL,
    filterbycustomtopic boolean NOT NULL,
    filterdateoption character varying(25),
    filterdatedays bigint NOT NULL,
    filterdatestart character varying(20),
    filterdateend character varying(20),
    relatedtopicattributekeyhandle character varying(255),
    customtopicattributekeyhandle character varying(255),
    customtopictreenodeid bigint NOT NULL,
    includename boolean NOT NULL,
    includedescription boolean NOT NULL,
    includedate boolean NOT NULL,
    includealldescendents boolean NOT NULL,
    paginate boolean NOT NULL,
    displayaliases boolean NOT NULL,
    displaysystempages boolean NOT NULL,
    ignorepermissions boolean NOT NULL,
    enableexternalfiltering boolean NOT NULL,
    excludecurrentpage boolean NOT NULL,
    ptid integer,
    pfid integer,
    truncatesummaries integer,
    displayfeaturedonly boolean,
    noresultsmessage character varying(255),
    displaythumbnail boolean,
    truncatechars integer,
    titleformat character varying(20) NOT NULL,
    CONSTRAINT btpagelist_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btpagetitle (
    bid bigint NOT NULL,
    usecustomtitle bigint,
    usefiltertitle bigint,
    usefiltertopic bigint,
    usefiltertag bigint,
    usefilterdate bigint,
    topictextformat character varying(255),
    tagtextformat character varying(255),
    datetextformat character varying(255),
    filterdateformat character varying(255),
    titletext character varying(255),
    formatting character varying(3),
    CONSTRAINT btpagetitle_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btrssdisplay (
    bid bigint NOT NULL,
    title character varying(255),
    url character varying(255),
    dateformat character varying(100),
    itemstodisplay bigint,
    showsummary boolean NOT NULL,
    launchinnewwindow boolean NOT NULL,
    titleformat character varying(20) NOT NULL,
    CONSTRAINT btrssdisplay_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btsearch (
    bid bigint NOT NULL,
    title character varying(255),
    buttontext character varying(128),
    basesearchpath character varying(255),
    search_all boolean,
    allow_user_options boolean,
    postto_cid bigint,
    resultsurl character varying(255),
    CONSTRAINT btsearch_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btsharethispage (
    btsharethispageid bigint NOT NULL,
    bid bigint,
    service character varying(255),
    displayorder bigint,
    CONSTRAINT btsharethispage_pkey PRIMARY KEY (btsharethispageid)
);

CREATE TABLE concretecms.btsociallinks (
    btsociallinkid bigint NOT NULL,
    bid bigint,
    slid bigint,
    displayorder bigint,
    CONSTRAINT btsociallinks_pkey PRIMARY KEY (btsociallinkid)
);

CREATE TABLE concretecms.btsurvey (
    bid bigint NOT NULL,
    question character varying(255),
    requiresregistration integer,
    showresults integer,
    custommessage character varying(255),
    CONSTRAINT btsurvey_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btsurveyoptions (
    optionid bigint NOT NULL,
    bid integer,
    optionname character varying(255),
    displayorder integer,
    CONSTRAINT btsurveyoptions_pkey PRIMARY KEY (optionid)
);

CREATE TABLE concretecms.btsurveyresults (
    resultid bigint NOT NULL,
    optionid bigint,
    uid bigint,
    bid integer,
    cid integer,
    ipaddress character varying(128),
    "timestamp" timestamp without time zone NOT NULL,
    CONSTRAINT btsurveyresults_pkey PRIMARY KEY (resultid)
);

CREATE TABLE concretecms.btswitchlanguage (
    bid bigint NOT NULL,
    label character varying(255),
    CONSTRAINT btswitchlanguage_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.bttags (
    bid bigint NOT NULL,
    title character varying(255),
    targetcid integer,
    displaymode character varying(20),
    cloudcount integer,
    titleformat character varying(20) NOT NULL,
    CONSTRAINT bttags_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.bttestimonial (
    bid bigint NOT NULL,
    fid bigint,
    name character varying(255),
    "position" character varying(255),
    company character varying(255),
    companyurl character varying(255),
    paragraph text,
    awardimageid bigint,
    CONSTRAINT bttestimonial_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.bttopiclist (
    bid bigint NOT NULL,
    mode character varying(1) NOT NULL,
    topicattributekeyhandle character varying(255) NOT NULL,
    topictreeid bigint NOT NULL,
    cparentid bigint NOT NULL,
    title character varying(255) NOT NULL,
    titleformat character varying(20) NOT NULL,
    CONSTRAINT bttopiclist_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.bttopnavigationbar (
    bid bigint NOT NULL,
    brandingtext character varying(255),
    brandinglogo integer,
    brandingtransparentlogo integer,
    includebrandtext boolean,
    includebrandlogo boolean,
    includetransparency boolean,
    includestickynav boolean,
    includenavigation boolean,
    includenavigationdropdowns boolean,
    includesearchinput boolean,
    searchinputformactionpageid integer,
    includeswitchlanguage boolean,
    ignorepermissions boolean NOT NULL,
    CONSTRAINT bttopnavigationbar_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btvideo (
    bid bigint NOT NULL,
    webmfid bigint,
    oggfid bigint,
    posterfid bigint,
    mp4fid bigint,
    videosize bigint,
    width bigint,
    title character varying(255),
    CONSTRAINT btvideo_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.btyoutube (
    bid bigint NOT NULL,
    title character varying(255),
    videourl character varying(255),
    vheight character varying(255),
    vwidth character varying(255),
    sizing character varying(10),
    starttimeenabled boolean,
    starttime character varying(10),
    nocookie boolean,
    autoplay boolean NOT NULL,
    color character varying(10),
    controls bigint,
    iv_load_policy bigint,
    loopend boolean NOT NULL,
    modestbranding boolean NOT NULL,
    lazyload boolean NOT NULL,
    rel boolean NOT NULL,
    showcaptions boolean NOT NULL,
    CONSTRAINT btyoutube_pkey PRIMARY KEY (bid)
);

CREATE TABLE concretecms.collections (
    cid bigint NOT NULL,
    cdateadded timestamp without time zone NOT NULL,
    cdatemodified timestamp without time zone NOT NULL,
    chandle character varying(255),
    CONSTRAINT collections_pkey PRIMARY KEY (cid)
);

CREATE TABLE concretecms.collectionversionareastyles (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    arhandle character varying(255) NOT NULL,
    issid bigint NOT NULL,
    CONSTRAINT collectionversionareastyles_pkey PRIMARY KEY (cid, cvid, arhandle)
);

CREATE TABLE concretecms.collectionversionblocks (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    bid bigint NOT NULL,
    arhandle character varying(255) NOT NULL,
    cbrelationid bigint,
    cbdisplayorder bigint NOT NULL,
    isoriginal boolean NOT NULL,
    cboverrideareapermissions boolean NOT NULL,
    cbincludeall boolean NOT NULL,
    cboverrideblocktypecachesettings boolean NOT NULL,
    cboverrideblocktypecontainersettings boolean NOT NULL,
    cbenableblockcontainer boolean NOT NULL,
    CONSTRAINT collectionversionblocks_pkey PRIMARY KEY (cid, cvid, bid, arhandle)
);

CREATE TABLE concretecms.collectionversionblockscachesettings (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    bid bigint NOT NULL,
    arhandle character varying(255) NOT NULL,
    btcacheblockoutput boolean NOT NULL,
    btcacheblockoutputonpost boolean NOT NULL,
    btcacheblockoutputforregisteredusers boolean NOT NULL,
    btcacheblockoutputlifetime bigint NOT NULL,
    CONSTRAINT collectionversionblockscachesettings_pkey PRIMARY KEY (cid, cvid, bid, arhandle)
);

CREATE TABLE concretecms.collectionversionblocksoutputcache (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    bid bigint NOT NULL,
    arhandle character varying(255) NOT NULL,
    btcachedblockoutput text,
    btcachedblockoutputexpires bigint NOT NULL,
    CONSTRAINT collectionversionblocksoutputcache_pkey PRIMARY KEY (cid, cvid, bid, arhandle)
);

CREATE TABLE concretecms.collectionversionblockstyles (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    bid bigint NOT NULL,
    arhandle character varying(255) NOT NULL,
    issid bigint NOT NULL,
    CONSTRAINT collectionversionblockstyles_pkey PRIMARY KEY (cid, cvid, bid, arhandle)
);

CREATE TABLE concretecms.collectionversionrelatededits (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    crelationid bigint NOT NULL,
    cvrelationid bigint NOT NULL,
    CONSTRAINT collectionversionrelatededits_pkey PRIMARY KEY (cid, cvid, crelationid, cvrelationid)
);

CREATE TABLE concretecms.collectionversions (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    cvname text,
    cvhandle character varying(255),
    cvdescription text,
    cvdatepublic timestamp without time zone,
    cvdatecreated timestamp without time zone NOT NULL,
    cvcomments character varying(255),
    cvisapproved boolean NOT NULL,
    cvisnew boolean NOT NULL,
    cvauthoruid bigint,
    cvapproveruid bigint,
    pthemeid bigint NOT NULL,
    ptemplateid bigint NOT NULL,
    pthemeskinidentifier character varying(255),
    cvactivatedatetime timestamp without time zone,
    cvpublishdate timestamp without time zone,
    cvpublishenddate timestamp without time zone,
    cvdateapproved timestamp without time zone,
    CONSTRAINT collectionversions_pkey PRIMARY KEY (cid, cvid)
);

CREATE TABLE concretecms.collectionversionthemecustomstyles (
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    pthemeid bigint NOT NULL,
    scvlid bigint,
    preset character varying(255),
    sccrecordid bigint,
    CONSTRAINT collectionversionthemecustomstyles_pkey PRIMARY KEY (cid, cvid, pthemeid)
);

CREATE TABLE concretecms.config (
    confignamespace character varying(255) NOT NULL,
    configgroup character varying(255) NOT NULL,
    configitem character varying(255) NOT NULL,
    configvalue text,
    CONSTRAINT config_pkey PRIMARY KEY (confignamespace, configgroup, configitem)
);

CREATE TABLE concretecms.configstore (
    cfkey character varying(64) NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    cfvalue text,
    uid bigint NOT NULL,
    pkgid bigint NOT NULL,
    CONSTRAINT configstore_pkey PRIMARY KEY (cfkey, uid)
);

CREATE TABLE concretecms.conversationeditors (
    cnveditorid bigint NOT NULL,
    cnveditorhandle character varying(64),
    cnveditorname character varying(255),
    cnveditorisactive boolean NOT NULL,
    pkgid bigint NOT NULL,
    CONSTRAINT conversationeditors_pkey PRIMARY KEY (cnveditorid)
);

CREATE TABLE concretecms.conversationflaggedmessages (
    cnvmessageid bigint NOT NULL,
    cnvmessageflagtypeid integer,
    CONSTRAINT conversationflaggedmessages_pkey PRIMARY KEY (cnvmessageid)
);

CREATE TABLE concretecms.conversationflaggedmessagetypes (
    cnvmessageflagtypeid bigint NOT NULL,
    cnvmessageflagtypehandle character varying(64),
    CONSTRAINT conversationflaggedmessagetypes_pkey PRIMARY KEY (cnvmessageflagtypeid)
);

CREATE TABLE concretecms.conversationmessageattachments (
    cnvmessageattachmentid bigint NOT NULL,
    cnvmessageid integer,
    fid integer,
    CONSTRAINT conversationmessageattachments_pkey PRIMARY KEY (cnvmessageattachmentid)
);

CREATE TABLE concretecms.conversationmessageratings (
    cnvmessageratingid bigint NOT NULL,
    cnvmessageid bigint,
    cnvratingtypeid bigint NOT NULL,
    cnvmessageratingip bytea,
    "timestamp" timestamp without time zone,
    uid bigint NOT NULL,
    CONSTRAINT conversationmessageratings_pkey PRIMARY KEY (cnvmessageratingid)
);

CREATE TABLE concretecms.conversationmessages (
    cnvmessageid bigint NOT NULL,
    cnvid bigint NOT NULL,
    cnvmessagereview bigint NOT NULL,
    uid bigint NOT NULL,
    cnveditorid bigint NOT NULL,
    cnvmessageauthorname character varying(255),
    cnvmessageauthoremail character varying(255),
    cnvmessageauthorwebsite character varying(255),
    cnvmessagesubmitip bytea,
    cnvmessagesubmituseragent text,
    cnvmessagelevel bigint NOT NULL,
    cnvmessageparentid bigint NOT NULL,
    cnvmessagedatecreated timestamp without time zone,
    cnvmessagesubject text,
    cnvmessagebody text,
    cnvismessagedeleted boolean NOT NULL,
    cnvismessageapproved boolean NOT NULL,
    cnvmessagetotalratingscore bigint,
    CONSTRAINT conversationmessages_pkey PRIMARY KEY (cnvmessageid)
);

CREATE TABLE concretecms.conversationpermissionaddmessageaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    permission character varying(1) NOT NULL,
    CONSTRAINT conversationpermissionaddmessageaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.conversationpermissionassignments (
    cnvid bigint NOT NULL,
    pkid bigint NOT NULL,
    paid bigint NOT NULL,
    CONSTRAINT conversationpermissionassignments_pkey PRIMARY KEY (cnvid, pkid, paid)
);

CREATE TABLE concretecms.conversationratingtypes (
    cnvratingtypeid bigint NOT NULL,
    cnvratingtypehandle character varying(255),
    cnvratingtypename character varying(10),
    cnvratingtypecommunitypoints integer,
    pkgid bigint NOT NULL,
    CONSTRAINT conversationratingtypes_pkey PRIMARY KEY (cnvratingtypeid)
);

CREATE TABLE concretecms.conversations (
    cnvid bigint NOT NULL,
    cid bigint,
    cnvdatecreated timestamp without time zone NOT NULL,
    cnvdatelastmessage timestamp without time zone,
    cnvparentmessageid bigint,
    cnvattachmentsenabled boolean NOT NULL,
    cnvmessagestotal bigint,
    cnvoverrideglobalpermissions boolean,
    cnvattachmentoverridesenabled boolean NOT NULL,
    cnvmaxfilesguest integer,
    cnvmaxfilesregistered integer,
    cnvmaxfilesizeguest integer,
    cnvmaxfilesizeregistered integer,
    cnvfileextensions text,
    cnvnotificationoverridesenabled boolean NOT NULL,
    cnvenablesubscription boolean,
    CONSTRAINT conversations_pkey PRIMARY KEY (cnvid)
);

CREATE TABLE concretecms.conversationsubscriptions (
    cnvid bigint NOT NULL,
    uid bigint NOT NULL,
    type character varying(1),
    CONSTRAINT conversationsubscriptions_pkey PRIMARY KEY (cnvid, uid)
);

CREATE TABLE concretecms.fileimagethumbnailpaths (
    fileid bigint NOT NULL,
    fileversionid bigint NOT NULL,
    thumbnailtypehandle character varying(255) NOT NULL,
    storagelocationid bigint NOT NULL,
    thumbnailformat character varying(5) NOT NULL,
    path text NOT NULL,
    isbuilt boolean NOT NULL,
    lockid character varying(255),
    lockexpires timestamp without time zone,
    CONSTRAINT fileimagethumbnailpaths_pkey PRIMARY KEY (fileid, fileversionid, thumbnailtypehandle, storagelocationid, thumbnailformat)
);

CREATE TABLE concretecms.filepermissionassignments (
    fid bigint NOT NULL,
    pkid bigint NOT NULL,
    paid bigint NOT NULL,
    CONSTRAINT filepermissionassignments_pkey PRIMARY KEY (fid, pkid, paid)
);

CREATE TABLE concretecms.filepermissionfiletypeaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    permission character varying(1) NOT NULL,
    CONSTRAINT filepermissionfiletypeaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.filepermissionfiletypeaccesslistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    extension character varying(64) NOT NULL,
    CONSTRAINT filepermissionfiletypeaccesslistcustom_pkey PRIMARY KEY (paid, peid, extension)
);

CREATE TABLE concretecms.filepermissionfiletypes (
    fsid bigint NOT NULL,
    gid bigint NOT NULL,
    uid bigint NOT NULL,
    extension character varying(32) NOT NULL,
    CONSTRAINT filepermissionfiletypes_pkey PRIMARY KEY (fsid, gid, uid, extension)
);

CREATE TABLE concretecms.filesetfiles (
    fsfid bigint NOT NULL,
    fid bigint NOT NULL,
    fsid bigint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    fsdisplayorder bigint NOT NULL,
    CONSTRAINT filesetfiles_pkey PRIMARY KEY (fsfid)
);

CREATE TABLE concretecms.filesets (
    fsid bigint NOT NULL,
    fsname character varying(64) NOT NULL,
    uid bigint NOT NULL,
    fstype smallint NOT NULL,
    fsoverrideglobalpermissions smallint,
    CONSTRAINT filesets_pkey PRIMARY KEY (fsid)
);

CREATE TABLE concretecms.filesetsavedsearches (
    fsid bigint NOT NULL,
    fssearchrequest text,
    fsresultcolumns text,
    CONSTRAINT filesetsavedsearches_pkey PRIMARY KEY (fsid)
);

CREATE TABLE concretecms.fileversionlog (
    fvlid bigint NOT NULL,
    fid bigint NOT NULL,
    fvid bigint NOT NULL,
    fvupdatetypeid integer NOT NULL,
    fvupdatetypeattributeid bigint NOT NULL,
    CONSTRAINT fileversionlog_pkey PRIMARY KEY (fvlid)
);

CREATE TABLE concretecms.groupjoinrequests (
    uid bigint NOT NULL,
    gid bigint NOT NULL,
    gjrrequested timestamp without time zone NOT NULL,
    CONSTRAINT groupjoinrequests_pkey PRIMARY KEY (uid, gid)
);

CREATE TABLE concretecms.grouproles (
    grid bigint NOT NULL,
    grname character varying(128) NOT NULL,
    grismanager boolean NOT NULL,
    CONSTRAINT grouproles_pkey PRIMARY KEY (grid)
);

CREATE TABLE concretecms.groups (
    gid bigint NOT NULL,
    gname character varying(128) NOT NULL,
    gdescription character varying(255) NOT NULL,
    guserexpirationisenabled boolean NOT NULL,
    guserexpirationmethod character varying(12),
    guserexpirationsetdatetime timestamp without time zone,
    guserexpirationinterval bigint NOT NULL,
    guserexpirationaction character varying(20),
    gthumbnailfid bigint NOT NULL,
    gpetitionforpublicentry boolean NOT NULL,
    goverridegrouptypesettings boolean NOT NULL,
    gtid bigint NOT NULL,
    gdefaultroleid bigint NOT NULL,
    gisbadge boolean NOT NULL,
    gbadgefid bigint NOT NULL,
    gauthorid bigint NOT NULL,
    gbadgedescription character varying(255),
    gbadgecommunitypointvalue integer NOT NULL,
    gisautomated boolean NOT NULL,
    gcheckautomationonregister boolean NOT NULL,
    gcheckautomationonlogin boolean NOT NULL,
    gcheckautomationonjobrun boolean NOT NULL,
    gpath text,
    pkgid bigint NOT NULL,
    CONSTRAINT groups_pkey PRIMARY KEY (gid)
);

CREATE TABLE concretecms.groupselectedroles (
    gid bigint NOT NULL,
    grid bigint NOT NULL,
    CONSTRAINT groupselectedroles_pkey PRIMARY KEY (gid, grid)
);

CREATE TABLE concretecms.groupsetgroups (
    gid bigint NOT NULL,
    gsid bigint NOT NULL,
    CONSTRAINT groupsetgroups_pkey PRIMARY KEY (gid, gsid)
);

CREATE TABLE concretecms.groupsets (
    gsid bigint NOT NULL,
    gsname character varying(255),
    pkgid bigint NOT NULL,
    CONSTRAINT groupsets_pkey PRIMARY KEY (gsid)
);

CREATE TABLE concretecms.grouptypes (
    gtid bigint NOT NULL,
    gtname character varying(128) NOT NULL,
    gtdefaultroleid bigint NOT NULL,
    gtpetitionforpublicentry boolean NOT NULL,
    CONSTRAINT grouptypes_pkey PRIMARY KEY (gtid)
);

CREATE TABLE concretecms.grouptypeselectedroles (
    gtid bigint NOT NULL,
    grid bigint NOT NULL,
    CONSTRAINT grouptypeselectedroles_pkey PRIMARY KEY (gtid, grid)
);

CREATE TABLE concretecms.jobs (
    jid bigint NOT NULL,
    jname character varying(100) NOT NULL,
    jdescription character varying(255) NOT NULL,
    jdateinstalled timestamp without time zone,
    jdatelastrun timestamp without time zone,
    pkgid bigint NOT NULL,
    jlaststatustext text,
    jlaststatuscode smallint NOT NULL,
    jstatus character varying(14) NOT NULL,
    jhandle character varying(255) NOT NULL,
    jnotuninstallable smallint NOT NULL,
    isscheduled smallint NOT NULL,
    scheduledinterval character varying(255) NOT NULL,
    scheduledvalue integer NOT NULL,
    CONSTRAINT jobs_pkey PRIMARY KEY (jid)
);

CREATE TABLE concretecms.jobsetjobs (
    jsid bigint NOT NULL,
    jid bigint NOT NULL,
    jrunorder bigint NOT NULL,
    CONSTRAINT jobsetjobs_pkey PRIMARY KEY (jsid, jid)
);

CREATE TABLE concretecms.jobsets (
    jsid bigint NOT NULL,
    jsname character varying(128) NOT NULL,
    pkgid bigint NOT NULL,
    jdatelastrun timestamp without time zone,
    isscheduled smallint NOT NULL,
    scheduledinterval character varying(255) NOT NULL,
    scheduledvalue integer NOT NULL,
    CONSTRAINT jobsets_pkey PRIMARY KEY (jsid)
);

CREATE TABLE concretecms.jobslog (
    jlid bigint NOT NULL,
    jid bigint NOT NULL,
    jlmessage text NOT NULL,
    jltimestamp timestamp without time zone NOT NULL,
    jlerror integer NOT NULL,
    CONSTRAINT jobslog_pkey PRIMARY KEY (jlid)
);

CREATE TABLE concretecms.logs (
    logid bigint NOT NULL,
    channel character varying(255),
    "time" bigint NOT NULL,
    message text,
    uid bigint,
    level integer NOT NULL,
    CONSTRAINT logs_pkey PRIMARY KEY (logid)
);

CREATE TABLE concretecms.mailimporters (
    miid bigint NOT NULL,
    mihandle character varying(64) NOT NULL,
    miserver character varying(255),
    miusername character varying(255),
    mipassword character varying(255),
    miencryption character varying(32),
    miisenabled boolean NOT NULL,
    miemail character varying(255),
    miport bigint NOT NULL,
    pkgid bigint,
    miconnectionmethod character varying(8),
    CONSTRAINT mailimporters_pkey PRIMARY KEY (miid)
);

CREATE TABLE concretecms.mailvalidationhashes (
    mvhid bigint NOT NULL,
    miid bigint NOT NULL,
    email character varying(254) NOT NULL,
    mhash character varying(128) NOT NULL,
    mdategenerated bigint NOT NULL,
    mdateredeemed bigint NOT NULL,
    data text,
    CONSTRAINT mailvalidationhashes_pkey PRIMARY KEY (mvhid)
);

CREATE TABLE concretecms.multilingualtranslations (
    mtid bigint NOT NULL,
    mtsectionid bigint NOT NULL,
    msgid text NOT NULL,
    msgidplural text,
    msgstr text,
    msgstrplurals text,
    context text,
    comments text,
    reference text,
    flags text,
    updated timestamp without time zone,
    CONSTRAINT multilingualtranslations_pkey PRIMARY KEY (mtid)
);

CREATE TABLE concretecms.notificationpermissionsubscriptionlist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    permission character varying(1) NOT NULL,
    CONSTRAINT notificationpermissionsubscriptionlist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.notificationpermissionsubscriptionlistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    nsubscriptionidentifier character varying(255) NOT NULL,
    CONSTRAINT notificationpermissionsubscriptionlistcustom_pkey PRIMARY KEY (paid, peid, nsubscriptionidentifier)
);

CREATE TABLE concretecms.oauthserveraccesstokens (
    access_token character varying(40) NOT NULL,
    client_id character varying(80) NOT NULL,
    user_id character varying(80),
    expires timestamp without time zone NOT NULL,
    scope character varying(4000),
    CONSTRAINT oauthserveraccesstokens_pkey PRIMARY KEY (access_token)
);

CREATE TABLE concretecms.oauthserverauthorizationcodes (
    access_token character varying(40) NOT NULL,
    client_id character varying(80) NOT NULL,
    user_id character varying(80),
    redirect_uri character varying(2000),
    expires timestamp without time zone NOT NULL,
    scope character varying(4000),
    id_token character varying(1000),
    CONSTRAINT oauthserverauthorizationcodes_pkey PRIMARY KEY (access_token)
);

CREATE TABLE concretecms.oauthserverclients (
    client_id character varying(80) NOT NULL,
    client_secret character varying(80) NOT NULL,
    redirect_uri character varying(2000),
    grant_types character varying(80),
    scope character varying(4000),
    user_id character varying(80),
    CONSTRAINT oauthserverclients_pkey PRIMARY KEY (client_id)
);

CREATE TABLE concretecms.oauthserverjti (
    issuer character varying(80) NOT NULL,
    subject character varying(80),
    audiance character varying(80),
    expires timestamp without time zone NOT NULL,
    jti character varying(2000) NOT NULL
);

CREATE TABLE concretecms.oauthserverjwt (
    client_id character varying(80) NOT NULL,
    subject character varying(80),
    public_key character varying(2000) NOT NULL
);

CREATE TABLE concretecms.oauthserverpublickeys (
    client_id character varying(80) NOT NULL,
    public_key character varying(2000),
    private_key character varying(2000),
    encryption_algorithm character varying(100)
);

CREATE TABLE concretecms.oauthserverrefreshtokens (
    refresh_token character varying(40) NOT NULL,
    client_id character varying(80) NOT NULL,
    user_id character varying(80),
    expires timestamp without time zone NOT NULL,
    scope character varying(4000),
    CONSTRAINT oauthserverrefreshtokens_pkey PRIMARY KEY (refresh_token)
);

CREATE TABLE concretecms.oauthserverscopes (
    scope character varying(80) NOT NULL,
    is_default boolean,
    CONSTRAINT oauthserverscopes_pkey PRIMARY KEY (scope)
);

CREATE TABLE concretecms.oauthserverusers (
    username character varying(80),
    password character varying(80),
    first_name character varying(80),
    last_name character varying(80),
    email character varying(80),
    email_verified boolean,
    scope character varying(4000)
);

CREATE TABLE concretecms.pagepermissionassignments (
    cid bigint NOT NULL,
    pkid bigint NOT NULL,
    paid bigint NOT NULL,
    CONSTRAINT pagepermissionassignments_pkey PRIMARY KEY (cid, pkid, paid)
);

CREATE TABLE concretecms.pagepermissionpagetypeaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    permission character varying(1) NOT NULL,
    externallink boolean NOT NULL,
    CONSTRAINT pagepermissionpagetypeaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.pagepermissionpagetypeaccesslistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    ptid bigint NOT NULL,
    CONSTRAINT pagepermissionpagetypeaccesslistcustom_pkey PRIMARY KEY (paid, peid, ptid)
);

CREATE TABLE concretecms.pagepermissionpropertyaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    name boolean,
    publicdatetime boolean,
    uid boolean,
    description boolean,
    paths boolean,
    attributepermission character varying(1) NOT NULL,
    CONSTRAINT pagepermissionpropertyaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.pagepermissionpropertyattributeaccesslistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    akid bigint NOT NULL,
    CONSTRAINT pagepermissionpropertyattributeaccesslistcustom_pkey PRIMARY KEY (paid, peid, akid)
);

CREATE TABLE concretecms.pagepermissionthemeaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    permission character varying(1) NOT NULL,
    CONSTRAINT pagepermissionthemeaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.pagepermissionthemeaccesslistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    pthemeid bigint NOT NULL,
    CONSTRAINT pagepermissionthemeaccesslistcustom_pkey PRIMARY KEY (paid, peid, pthemeid)
);

CREATE TABLE concretecms.pages (
    cid bigint NOT NULL,
    sitetreeid bigint,
    ptid bigint NOT NULL,
    cistemplate boolean NOT NULL,
    uid bigint,
    cischeckedout boolean NOT NULL,
    ccheckedoutuid bigint,
    ccheckedoutdatetime timestamp without time zone,
    ccheckedoutdatetimelastedit timestamp without time zone,
    coverridetemplatepermissions boolean NOT NULL,
    cinheritpermissionsfromcid bigint NOT NULL,
    cinheritpermissionsfrom character varying(8) NOT NULL,
    cfilename character varying(255),
    cpointerid bigint NOT NULL,
    cpointerexternallink text,
    cpointerexternallinknewwindow boolean NOT NULL,
    cisactive boolean NOT NULL,
    cchildren bigint NOT NULL,
    cdisplayorder bigint NOT NULL,
    cparentid bigint NOT NULL,
    pkgid bigint NOT NULL,
    cdrafttargetparentpageid bigint NOT NULL,
    cisdraft boolean NOT NULL,
    ccachefullpagecontent smallint NOT NULL,
    ccachefullpagecontentoverridelifetime character varying(32) NOT NULL,
    ccachefullpagecontentlifetimecustom bigint NOT NULL,
    cissystempage boolean NOT NULL,
    CONSTRAINT pages_pkey PRIMARY KEY (cid, ptid)
);

CREATE TABLE concretecms.pagesearchindex (
    cid bigint NOT NULL,
    content text,
    cname character varying(255),
    cdescription text,
    cpath text,
    cdatepublic timestamp without time zone,
    cdatelastindexed timestamp without time zone,
    cdatelastsitemapped timestamp without time zone,
    crequiresreindex boolean,
    CONSTRAINT pagesearchindex_pkey PRIMARY KEY (cid)
);

CREATE TABLE concretecms.pagethemecustomstyles (
    pthemeid bigint NOT NULL,
    scvlid bigint,
    preset character varying(255),
    sccrecordid bigint,
    CONSTRAINT pagethemecustomstyles_pkey PRIMARY KEY (pthemeid)
);

CREATE TABLE concretecms.pagethemes (
    pthemeid bigint NOT NULL,
    pthemehandle character varying(64) NOT NULL,
    pthemename character varying(255),
    pthemedescription text,
    pkgid bigint NOT NULL,
    pthemehascustomclass boolean NOT NULL,
    CONSTRAINT pagethemes_pkey PRIMARY KEY (pthemeid)
);

CREATE TABLE concretecms.pagetypecomposercontroltypes (
    ptcomposercontroltypeid bigint NOT NULL,
    ptcomposercontroltypehandle character varying(255),
    ptcomposercontroltypename character varying(255),
    pkgid bigint NOT NULL,
    CONSTRAINT pagetypecomposercontroltypes_pkey PRIMARY KEY (ptcomposercontroltypeid)
);

CREATE TABLE concretecms.pagetypecomposerformlayoutsetcontrols (
    ptcomposerformlayoutsetcontrolid bigint NOT NULL,
    ptcomposerformlayoutsetid bigint,
    ptcomposercontroltypeid bigint,
    ptcomposercontrolobject text,
    ptcomposerformlayoutsetcontroldisplayorder bigint,
    ptcomposerformlayoutsetcontrolcustomlabel character varying(255),
    ptcomposerformlayoutsetcontrolcustomtemplate character varying(255),
    ptcomposerformlayoutsetcontroldescription character varying(255),
    ptcomposerformlayoutsetcontrolrequired integer,
    CONSTRAINT pagetypecomposerformlayoutsetcontrols_pkey PRIMARY KEY (ptcomposerformlayoutsetcontrolid)
);

CREATE TABLE concretecms.pagetypecomposerformlayoutsets (
    ptcomposerformlayoutsetid bigint NOT NULL,
    ptid bigint,
    ptcomposerformlayoutsetname character varying(255),
    ptcomposerformlayoutsetdescription text,
    ptcomposerformlayoutsetcollapsetype character varying(12),
    ptcomposerformlayoutsetdisplayorder bigint,
    CONSTRAINT pagetypecomposerformlayoutsets_pkey PRIMARY KEY (ptcomposerformlayoutsetid)
);

CREATE TABLE concretecms.pagetypecomposeroutputblocks (
    ptcomposeroutputblockid bigint NOT NULL,
    cid bigint NOT NULL,
    cvid bigint NOT NULL,
    arhandle character varying(255),
    cbdisplayorder bigint,
    ptcomposerformlayoutsetcontrolid bigint NOT NULL,
    bid bigint,
    CONSTRAINT pagetypecomposeroutputblocks_pkey PRIMARY KEY (ptcomposeroutputblockid)
);

CREATE TABLE concretecms.pagetypecomposeroutputcontrols (
    ptcomposeroutputcontrolid bigint NOT NULL,
    ptemplateid bigint,
    ptid bigint,
    ptcomposerformlayoutsetcontrolid bigint,
    CONSTRAINT pagetypecomposeroutputcontrols_pkey PRIMARY KEY (ptcomposeroutputcontrolid)
);

CREATE TABLE concretecms.pagetypepagetemplatedefaultpages (
    ptemplateid bigint NOT NULL,
    ptid bigint NOT NULL,
    cid bigint,
    CONSTRAINT pagetypepagetemplatedefaultpages_pkey PRIMARY KEY (ptemplateid, ptid)
);

CREATE TABLE concretecms.pagetypepagetemplates (
    ptid bigint NOT NULL,
    ptemplateid bigint NOT NULL,
    CONSTRAINT pagetypepagetemplates_pkey PRIMARY KEY (ptid, ptemplateid)
);

CREATE TABLE concretecms.pagetypepermissionassignments (
    ptid bigint NOT NULL,
    pkid bigint NOT NULL,
    paid bigint NOT NULL,
    CONSTRAINT pagetypepermissionassignments_pkey PRIMARY KEY (ptid, pkid, paid)
);

CREATE TABLE concretecms.pagetypepublishtargettypes (
    ptpublishtargettypeid bigint NOT NULL,
    ptpublishtargettypehandle character varying(255),
    ptpublishtargettypename character varying(255),
    pkgid bigint NOT NULL,
    CONSTRAINT pagetypepublishtargettypes_pkey PRIMARY KEY (ptpublishtargettypeid)
);

CREATE TABLE concretecms.pagetypes (
    ptid bigint NOT NULL,
    ptname character varying(255) NOT NULL,
    pthandle character varying(128) NOT NULL,
    ptpublishtargettypeid bigint,
    ptdefaultpagetemplateid bigint,
    ptdefaultthemeid bigint,
    ptallowedpagetemplates character varying(1),
    ptisinternal boolean NOT NULL,
    ptisfrequentlyadded boolean NOT NULL,
    ptdisplayorder bigint,
    ptlaunchincomposer boolean NOT NULL,
    pkgid bigint NOT NULL,
    ptpublishtargetobject text,
    sitetypeid bigint,
    CONSTRAINT pagetypes_pkey PRIMARY KEY (ptid)
);

CREATE TABLE concretecms.pageworkflowprogress (
    cid bigint NOT NULL,
    wpid bigint NOT NULL,
    CONSTRAINT pageworkflowprogress_pkey PRIMARY KEY (cid, wpid)
);

CREATE TABLE concretecms.permissionaccess (
    paid bigint NOT NULL,
    paisinuse boolean NOT NULL,
    CONSTRAINT permissionaccess_pkey PRIMARY KEY (paid)
);

CREATE TABLE concretecms.permissionaccessentities (
    peid bigint NOT NULL,
    petid bigint,
    CONSTRAINT permissionaccessentities_pkey PRIMARY KEY (peid)
);

CREATE TABLE concretecms.permissionaccessentitygroups (
    pegid bigint NOT NULL,
    peid bigint NOT NULL,
    gid bigint NOT NULL,
    CONSTRAINT permissionaccessentitygroups_pkey PRIMARY KEY (pegid)
);

CREATE TABLE concretecms.permissionaccessentitygroupsets (
    peid bigint NOT NULL,
    gsid bigint NOT NULL,
    CONSTRAINT permissionaccessentitygroupsets_pkey PRIMARY KEY (peid, gsid)
);

CREATE TABLE concretecms.permissionaccessentitytypecategories (
    petid bigint NOT NULL,
    pkcategoryid bigint NOT NULL,
    CONSTRAINT permissionaccessentitytypecategories_pkey PRIMARY KEY (petid, pkcategoryid)
);

CREATE TABLE concretecms.permissionaccessentitytypes (
    petid bigint NOT NULL,
    pethandle character varying(255) NOT NULL,
    petname character varying(255) NOT NULL,
    pkgid bigint,
    CONSTRAINT permissionaccessentitytypes_pkey PRIMARY KEY (petid)
);

CREATE TABLE concretecms.permissionaccessentityusers (
    peid bigint NOT NULL,
    uid bigint NOT NULL,
    CONSTRAINT permissionaccessentityusers_pkey PRIMARY KEY (peid, uid)
);

CREATE TABLE concretecms.permissionaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    pdid bigint NOT NULL,
    accesstype smallint NOT NULL,
    CONSTRAINT permissionaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.permissionaccessworkflows (
    paid bigint NOT NULL,
    wfid bigint NOT NULL,
    CONSTRAINT permissionaccessworkflows_pkey PRIMARY KEY (paid, wfid)
);

CREATE TABLE concretecms.permissionassignments (
    paid bigint NOT NULL,
    pkid bigint NOT NULL,
    CONSTRAINT permissionassignments_pkey PRIMARY KEY (paid, pkid)
);

CREATE TABLE concretecms.permissiondurationobjects (
    pdid bigint NOT NULL,
    pdobject text NOT NULL,
    CONSTRAINT permissiondurationobjects_pkey PRIMARY KEY (pdid)
);

CREATE TABLE concretecms.permissionkeycategories (
    pkcategoryid bigint NOT NULL,
    pkcategoryhandle character varying(255) NOT NULL,
    pkgid bigint,
    CONSTRAINT permissionkeycategories_pkey PRIMARY KEY (pkcategoryid)
);

CREATE TABLE concretecms.permissionkeys (
    pkid bigint NOT NULL,
    pkhandle character varying(255) NOT NULL,
    pkname character varying(255) NOT NULL,
    pkcantriggerworkflow boolean NOT NULL,
    pkhascustomclass boolean NOT NULL,
    pkdescription character varying(255),
    pkcategoryid bigint,
    pkgid bigint,
    CONSTRAINT permissionkeys_pkey PRIMARY KEY (pkid)
);

CREATE TABLE concretecms.pilecontents (
    pcid bigint NOT NULL,
    pid bigint NOT NULL,
    itemid bigint NOT NULL,
    itemtype character varying(64) NOT NULL,
    quantity bigint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    displayorder bigint NOT NULL,
    CONSTRAINT pilecontents_pkey PRIMARY KEY (pcid)
);

CREATE TABLE concretecms.piles (
    pid bigint NOT NULL,
    uid bigint,
    isdefault boolean NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    name character varying(255),
    state character varying(64) NOT NULL,
    CONSTRAINT piles_pkey PRIMARY KEY (pid)
);

CREATE TABLE concretecms.queuepageduplicationrelations (
    queue_name character varying(255) NOT NULL,
    cid bigint NOT NULL,
    originalcid bigint NOT NULL,
    CONSTRAINT queuepageduplicationrelations_pkey PRIMARY KEY (cid, originalcid)
);

CREATE TABLE concretecms.sessions (
    sessionid character varying(255) NOT NULL,
    sessionvalue text,
    sessiontime bigint NOT NULL,
    sessionlifetime bigint NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY (sessionid)
);

CREATE TABLE concretecms.stacks (
    stid bigint NOT NULL,
    stname character varying(255) NOT NULL,
    sttype bigint NOT NULL,
    cid bigint NOT NULL,
    stmultilingualsection bigint NOT NULL,
    CONSTRAINT stacks_pkey PRIMARY KEY (stid)
);

CREATE TABLE concretecms.stylecustomizerinlinestylepresets (
    psspresetid bigint NOT NULL,
    psspresetname character varying(255) NOT NULL,
    issid bigint NOT NULL,
    CONSTRAINT stylecustomizerinlinestylepresets_pkey PRIMARY KEY (psspresetid)
);

CREATE TABLE concretecms.stylecustomizervaluelists (
    scvlid bigint NOT NULL,
    CONSTRAINT stylecustomizervaluelists_pkey PRIMARY KEY (scvlid)
);

CREATE TABLE concretecms.stylecustomizervalues (
    scvid bigint NOT NULL,
    scvlid bigint,
    value text,
    CONSTRAINT stylecustomizervalues_pkey PRIMARY KEY (scvid)
);

CREATE TABLE concretecms.systemantispamlibraries (
    saslhandle character varying(64) NOT NULL,
    saslname character varying(255),
    saslisactive boolean NOT NULL,
    pkgid bigint NOT NULL,
    CONSTRAINT systemantispamlibraries_pkey PRIMARY KEY (saslhandle)
);

CREATE TABLE concretecms.systemcaptchalibraries (
    sclhandle character varying(64) NOT NULL,
    sclname character varying(255),
    sclisactive boolean NOT NULL,
    pkgid bigint NOT NULL,
    CONSTRAINT systemcaptchalibraries_pkey PRIMARY KEY (sclhandle)
);

CREATE TABLE concretecms.systemcontenteditorsnippets (
    scshandle character varying(64) NOT NULL,
    scsname character varying(255),
    scsisactive boolean NOT NULL,
    pkgid bigint NOT NULL,
    CONSTRAINT systemcontenteditorsnippets_pkey PRIMARY KEY (scshandle)
);

CREATE TABLE concretecms.systemdatabasequerylog (
    id bigint NOT NULL,
    query text,
    params text,
    executionms character varying(255),
    CONSTRAINT systemdatabasequerylog_pkey PRIMARY KEY (id)
);

CREATE TABLE concretecms.topictrees (
    treeid bigint NOT NULL,
    topictreename character varying(255),
    CONSTRAINT topictrees_pkey PRIMARY KEY (treeid)
);

CREATE TABLE concretecms.treeexpressentrysiteresultnodes (
    treenodeid bigint NOT NULL,
    siteid bigint,
    CONSTRAINT treeexpressentrysiteresultnodes_pkey PRIMARY KEY (treenodeid)
);

CREATE TABLE concretecms.treefilefoldernodes (
    treenodeid bigint NOT NULL,
    fslid bigint,
    CONSTRAINT treefilefoldernodes_pkey PRIMARY KEY (treenodeid)
);

CREATE TABLE concretecms.treefilenodes (
    treenodeid bigint NOT NULL,
    fid bigint,
    CONSTRAINT treefilenodes_pkey PRIMARY KEY (treenodeid)
);

CREATE TABLE concretecms.treegroupfoldernodes (
    treenodeid bigint NOT NULL,
    contains bigint,
    CONSTRAINT treegroupfoldernodes_pkey PRIMARY KEY (treenodeid)
);

CREATE TABLE concretecms.treegroupfoldernodeselectedgrouptypes (
    id bigint NOT NULL,
    treenodeid bigint,
    gtid bigint,
    CONSTRAINT treegroupfoldernodeselectedgrouptypes_pkey PRIMARY KEY (id)
);

CREATE TABLE concretecms.treegroupnodes (
    treenodeid bigint NOT NULL,
    gid bigint,
    CONSTRAINT treegroupnodes_pkey PRIMARY KEY (treenodeid)
);

CREATE TABLE concretecms.treenodepermissionassignments (
    treenodeid bigint NOT NULL,
    pkid bigint NOT NULL,
    paid bigint NOT NULL,
    CONSTRAINT treenodepermissionassignments_pkey PRIMARY KEY (treenodeid, pkid, paid)
);

CREATE TABLE concretecms.treenodes (
    treenodeid bigint NOT NULL,
    treenodetypeid bigint,
    treeid bigint,
    treenodeparentid bigint,
    treenodedisplayorder bigint,
    treenodename character varying(255),
    datemodified timestamp without time zone,
    datecreated timestamp without time zone,
    treenodeoverridepermissions boolean,
    inheritpermissionsfromtreenodeid bigint,
    CONSTRAINT treenodes_pkey PRIMARY KEY (treenodeid)
);

CREATE TABLE concretecms.treenodetypes (
    treenodetypeid bigint NOT NULL,
    treenodetypehandle character varying(255),
    pkgid bigint,
    CONSTRAINT treenodetypes_pkey PRIMARY KEY (treenodetypeid)
);

CREATE TABLE concretecms.trees (
    treeid bigint NOT NULL,
    treetypeid bigint,
    treedateadded timestamp without time zone,
    roottreenodeid bigint,
    CONSTRAINT trees_pkey PRIMARY KEY (treeid)
);

CREATE TABLE concretecms.treesearchquerynodes (
    treenodeid bigint NOT NULL,
    savedsearchid character varying(255),
    CONSTRAINT treesearchquerynodes_pkey PRIMARY KEY (treenodeid)
);

CREATE TABLE concretecms.treetypes (
    treetypeid bigint NOT NULL,
    treetypehandle character varying(255),
    pkgid bigint,
    CONSTRAINT treetypes_pkey PRIMARY KEY (treetypeid)
);

CREATE TABLE concretecms.usergroups (
    uid bigint NOT NULL,
    gid bigint NOT NULL,
    grid bigint NOT NULL,
    ugentered timestamp without time zone NOT NULL,
    CONSTRAINT usergroups_pkey PRIMARY KEY (uid, gid, grid)
);

CREATE TABLE concretecms.userpermissioneditpropertyaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    uname boolean,
    uemail boolean,
    upassword boolean,
    uavatar boolean,
    utimezone boolean,
    udefaultlanguage boolean,
    uhomefilemanagerfolderid boolean,
    attributepermission character varying(1) NOT NULL,
    CONSTRAINT userpermissioneditpropertyaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.userpermissioneditpropertyattributeaccesslistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    akid bigint NOT NULL,
    CONSTRAINT userpermissioneditpropertyattributeaccesslistcustom_pkey PRIMARY KEY (paid, peid, akid)
);

CREATE TABLE concretecms.userpermissionviewattributeaccesslist (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    permission character varying(1) NOT NULL,
    CONSTRAINT userpermissionviewattributeaccesslist_pkey PRIMARY KEY (paid, peid)
);

CREATE TABLE concretecms.userpermissionviewattributeaccesslistcustom (
    paid bigint NOT NULL,
    peid bigint NOT NULL,
    akid bigint NOT NULL,
    CONSTRAINT userpermissionviewattributeaccesslistcustom_pkey PRIMARY KEY (paid, peid, akid)
);

CREATE TABLE concretecms.userprivatemessages (
    msgid bigint NOT NULL,
    uauthorid bigint NOT NULL,
    msgdatecreated timestamp without time zone NOT NULL,
    msgsubject character varying(255) NOT NULL,
    msgbody text,
    utoid bigint NOT NULL,
    CONSTRAINT userprivatemessages_pkey PRIMARY KEY (msgid)
);

CREATE TABLE concretecms.userprivatemessagesattachments (
    msgid bigint NOT NULL,
    fid bigint NOT NULL,
    CONSTRAINT userprivatemessagesattachments_pkey PRIMARY KEY (msgid, fid)
);

CREATE TABLE concretecms.userprivatemessagesto (
    msgid bigint NOT NULL,
    uid bigint NOT NULL,
    uauthorid bigint NOT NULL,
    msgmailboxid integer NOT NULL,
    msgisnew boolean NOT NULL,
    msgisunread boolean NOT NULL,
    msgisreplied boolean NOT NULL,
    CONSTRAINT userprivatemessagesto_pkey PRIMARY KEY (msgid, uid, uauthorid, msgmailboxid)
);

CREATE TABLE concretecms.uservalidationhashes (
    uvhid bigint NOT NULL,
    uid bigint,
    uhash character varying(64) NOT NULL,
    type integer NOT NULL,
    udategenerated bigint NOT NULL,
    udateredeemed bigint NOT NULL,
    CONSTRAINT uservalidationhashes_pkey PRIMARY KEY (uvhid)
);

CREATE TABLE concretecms.userworkflowprogress (
    uid bigint NOT NULL,
    wpid bigint NOT NULL,
    CONSTRAINT userworkflowprogress_pkey PRIMARY KEY (uid, wpid)
);

CREATE TABLE concretecms.workflowprogress (
    wpid bigint NOT NULL,
    wpcategoryid bigint,
    wfid bigint NOT NULL,
    wpapproved boolean NOT NULL,
    wpdateadded timestamp without time zone,
    wpdatelastaction timestamp without time zone,
    wpcurrentstatus integer NOT NULL,
    wrid integer NOT NULL,
    wpiscompleted boolean NOT NULL,
    CONSTRAINT workflowprogress_pkey PRIMARY KEY (wpid)
);

CREATE TABLE concretecms.workflowprogresscategories (
    wpcategoryid bigint NOT NULL,
    wpcategoryhandle character varying(255) NOT NULL,
    pkgid bigint,
    CONSTRAINT workflowprogresscategories_pkey PRIMARY KEY (wpcategoryid)
);

CREATE TABLE concretecms.workflowprogresshistory (
    wphid bigint NOT NULL,
    wpid bigint NOT NULL,
    "timestamp" timestamp without time zone NOT NULL,
    object text,
    CONSTRAINT workflowprogresshistory_pkey PRIMARY KEY (wphid)
);

CREATE TABLE concretecms.workflowrequestobjects (
    wrid bigint NOT NULL,
    wrobject text,
    CONSTRAINT workflowrequestobjects_pkey PRIMARY KEY (wrid)
);

CREATE TABLE concretecms.workflows (
    wfid bigint NOT NULL,
    wfname character varying(255),
    wftid bigint NOT NULL,
    pkgid bigint NOT NULL,
    CONSTRAINT workflows_pkey PRIMARY KEY (wfid)
);

CREATE TABLE concretecms.workflowtypes (
    wftid bigint NOT NULL,
    wfthandle character varying(64) NOT NULL,
    wftname character varying(128) NOT NULL,
    pkgid bigint NOT NULL,
    CONSTRAINT workflowtypes_pkey PRIMARY KEY (wftid)
);

ALTER TABLE concretecms.arealayoutsusingpresets ADD CONSTRAINT arealayoutsusingpresets_arealayouts_fk FOREIGN KEY (arlayoutid) REFERENCES concretecms.arealayouts (arlayoutid) ON UPDATE CASCADE ON DELETE CASCADE;

COMMENT ON COLUMN concretecms.btcalendarevent.mode IS 'S = Specify, P = Page, R = Request';
COMMENT ON COLUMN concretecms.btdatenavigation.ctargetid IS 'this field is where the links will direct you';
COMMENT ON COLUMN concretecms.btnavigation.displaypages IS 'was enum(''top'',''current'',''above'',''below'',''custom'')';
COMMENT ON COLUMN concretecms.btnavigation.displaysubpages IS 'was enum(''none'',''all'',''relevant'',''relevant_breadcrumb'')';
COMMENT ON COLUMN concretecms.btnavigation.displaysubpagelevels IS 'was enum(''all'',''none'',''enough'',''enough_plus1'',''custom'')';
COMMENT ON COLUMN concretecms.btpagelist.orderby IS 'Was enum, display_asc'',''display_desc'',''chrono_asc'',''chrono_desc'',''alpha_asc'',''alpha_desc'',''score_asc'',''score_desc''';
COMMENT ON COLUMN concretecms.btpagelist.filterdateoption IS '(''all'',''today'',''past'',''future'',''between'')';
COMMENT ON COLUMN concretecms.bttopiclist.mode IS 'S = Search, P = Page';
