-- SORMAS, the Surveillance Outbreak Response Management and Analysis System for infectious-disease surveillance by
-- public health services (cases with their symptoms, hospitalisation, clinical course, therapy, prescriptions and
-- treatments, contacts and their follow-up visits, events (outbreak clusters) with their participants and event
-- groups, samples, pathogen tests and additional tests, immunisations and vaccinations with adverse events following
-- immunisation, travel entries and points of entry, exposures and epidemiological data, tasks, outbreaks, weekly and
-- aggregate reports, surveillance reports, external lab messages, campaigns with their forms and form data,
-- environments and environment samples, surveys, documents, the infrastructure of continents, subcontinents,
-- countries, areas, regions, districts, communities and facilities with population data, users, user roles and
-- rights, SORMAS-to-SORMAS sharing, disease and feature configuration), as its own cumulative PostgreSQL migration
-- script declares it: sormas-backend/src/main/resources/sql/sormas_schema.sql of
-- github.com/SORMAS-Foundation/SORMAS-Project (commit af6249b, 2025-12-10; GPL-3.0; we use the schema's facts). The
-- whole script was run into an empty scratch PostgreSQL 15 (with pgcrypto, pg_trgm and unaccent, a no-op stand-in
-- for the temporal_tables versioning() trigger function, and role sormas_user) and this file regenerated from its
-- catalog: the 100 application tables, their primary keys and the 369 foreign keys the script declares, schema
-- sormas (the source uses public). Left out: the 100 *_history audit copies the versioning triggers fill (same
-- columns as their tables, no keys), the schema_version bookkeeping table, defaults, sequences, indexes, unique
-- constraints, triggers and functions, ON DELETE actions and the seed rows (user roles, feature and system
-- configuration, customisable enum values). The source declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS sormas;
CREATE TABLE sormas.action (
    id bigint NOT NULL,
    reply text,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    description text,
    date timestamp without time zone,
    statuschangedate timestamp without time zone,
    actioncontext character varying(512),
    actionstatus character varying(512),
    uuid character varying(36) NOT NULL,
    event_id bigint,
    creatoruser_id bigint,
    priority character varying(512),
    lastmodifiedby_id bigint,
    sys_period tstzrange NOT NULL,
    title character varying(512),
    actionmeasure character varying(255),
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.activityascase (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    epidata_id bigint NOT NULL,
    reportinguser_id bigint,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    description text,
    activityascasetype character varying(255) NOT NULL,
    activityascasetypedetails text,
    location_id bigint NOT NULL,
    role character varying(255),
    typeofplace character varying(255),
    typeofplacedetails text,
    meansoftransport character varying(255),
    meansoftransportdetails text,
    connectionnumber character varying(512),
    seatnumber character varying(512),
    workenvironment character varying(255),
    gatheringtype character varying(255),
    gatheringdetails text,
    habitationtype character varying(255),
    habitationdetails text,
    typeofanimal character varying(255),
    typeofanimaldetails text,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.additionaltest (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    sample_id bigint NOT NULL,
    testdatetime timestamp without time zone NOT NULL,
    haemoglobinuria character varying(255),
    proteinuria character varying(255),
    hematuria character varying(255),
    arterialvenousgasph real,
    arterialvenousgaspco2 real,
    arterialvenousgaspao2 real,
    arterialvenousgashco3 real,
    gasoxygentherapy real,
    altsgpt real,
    astsgot real,
    creatinine real,
    potassium real,
    urea real,
    haemoglobin real,
    totalbilirubin real,
    conjbilirubin real,
    wbccount real,
    platelets real,
    prothrombintime real,
    othertestresults character varying(4096),
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.adverseevents (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    severelocalreaction character varying(255),
    severelocalreactionmorethanthreedays boolean,
    severelocalreactionbeyondnearestjoint boolean,
    seizures character varying(255),
    seizuretype character varying(255),
    abscess character varying(255),
    sepsis character varying(255),
    encephalopathy character varying(255),
    toxicshocksyndrome character varying(255),
    thrombocytopenia character varying(255),
    anaphylaxis character varying(255),
    feverishfeeling character varying(255),
    otheradverseeventdetails character varying(255),
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.adverseeventsfollowingimmunization (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    immunization_id bigint NOT NULL,
    address_id bigint,
    primarysuspectvaccine_id bigint NOT NULL,
    adverseevents_id bigint NOT NULL,
    person_id bigint,
    reportdate timestamp without time zone NOT NULL,
    reportinguser_id bigint NOT NULL,
    externalid character varying(512),
    responsibleregion_id bigint,
    responsibledistrict_id bigint,
    responsiblecommunity_id bigint,
    country_id bigint,
    reportingidnumber character varying(512) NOT NULL,
    firstname character varying(255),
    lastname character varying(255),
    phonenumber character varying(255),
    pregnant character varying(255),
    trimester character varying(255),
    lactating character varying(255),
    onsetageyears integer,
    onsetagemonths integer,
    onsetagedays integer,
    agegroup character varying(255),
    healthfacility_id bigint,
    healthfacilitydetails character varying(512),
    reportingofficername character varying(255),
    reportingofficerfacility_id bigint,
    reportingofficerfacilitydetails character varying(512),
    reportingofficerdesignation character varying(255),
    reportingofficerdepartment character varying(255),
    reportingofficeraddress_id bigint,
    reportingofficerphonenumber character varying(255),
    reportingofficeremail character varying(255),
    healthsystemnotifieddate timestamp without time zone,
    todaysdate timestamp without time zone,
    startdatetime timestamp without time zone,
    aefidescription text,
    serious character varying(255) NOT NULL,
    seriousreason character varying(255),
    seriousreasondetails text,
    outcome character varying(255) NOT NULL,
    deathdate timestamp without time zone,
    autopsydone character varying(255),
    pastmedicalhistory text,
    investigationneeded character varying(255),
    investigationplanneddate timestamp without time zone,
    receivedatnationalleveldate timestamp without time zone,
    worldwideid character varying(255),
    nationallevelcomment text,
    archived boolean,
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(255),
    deleted boolean,
    deletionreason character varying(255),
    otherdeletionreason text,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.adverseeventsfollowingimmunization_vaccinations (
    adverseeventsfollowingimmunization_id bigint NOT NULL,
    vaccination_id bigint NOT NULL,
    sys_period tstzrange NOT NULL,
    PRIMARY KEY (adverseeventsfollowingimmunization_id, vaccination_id)
);
CREATE TABLE sormas.adverseeventsfollowingimmunizationinvestigation (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    adverseeventsfollowingimmunization_id bigint NOT NULL,
    address_id bigint,
    primarysuspectvaccine_id bigint,
    reportdate timestamp without time zone NOT NULL,
    reportinguser_id bigint NOT NULL,
    externalid character varying(512),
    responsibleregion_id bigint,
    responsibledistrict_id bigint,
    responsiblecommunity_id bigint,
    country_id bigint,
    investigationcaseid character varying(255),
    placeofvaccination character varying(255) NOT NULL,
    placeofvaccinationdetails character varying(512),
    vaccinationactivity character varying(255) NOT NULL,
    vaccinationactivitydetails character varying(512),
    vaccinationfacility_id bigint,
    vaccinationfacilitydetails character varying(512),
    reportingofficername character varying(255),
    reportingofficerfacility_id bigint,
    reportingofficerfacilitydetails character varying(512),
    reportingofficerdesignation character varying(255),
    reportingofficerdepartment character varying(255),
    reportingofficeraddress_id bigint,
    reportingofficerlandlinephonenumber character varying(255),
    reportingofficermobilephonenumber character varying(255),
    reportingofficeremail character varying(255),
    investigationdate timestamp without time zone NOT NULL,
    formcompletiondate timestamp without time zone NOT NULL,
    investigationstage character varying(255),
    onsetageyears integer,
    onsetagemonths integer,
    onsetagedays integer,
    agegroup character varying(255),
    typeofsite character varying(255) NOT NULL,
    typeofsitedetails character varying(255),
    keysymptomdatetime timestamp without time zone,
    hospitalizationdate timestamp without time zone,
    reportedtohealthauthoritydate timestamp without time zone,
    statusondateofinvestigation character varying(255),
    deathdatetime timestamp without time zone,
    autopsydone character varying(255),
    autopsydate timestamp without time zone,
    autopsyplanneddatetime timestamp without time zone,
    autopsyreportname character varying(255),
    pasthistoryofsimilarevent character varying(255),
    pasthistoryofsimilareventdetails character varying(512),
    adverseeventafterpreviousvaccinations character varying(255),
    adverseeventafterpreviousvaccinationsdetails character varying(512),
    historyofallergytovaccinedrugorfood character varying(255),
    historyofallergytovaccinedrugorfooddetails character varying(512),
    preexistingillnessthirtydaysorcongenitaldisorder character varying(255),
    preexistingillnessthirtydaysorcongenitaldisorderdetails character varying(512),
    historyofhospitalizationinlastthirtydayswithcause character varying(255),
    historyofhospitalizationinlastthirtydayswithcausedetails character varying(512),
    currentlyonconcomitantmedication character varying(255),
    currentlyonconcomitantmedicationdetails character varying(255),
    familyhistoryofdiseaseorallergy character varying(255),
    familyhistoryofdiseaseorallergydetails character varying(512),
    pregnant character varying(255),
    numberofweekspregnant integer,
    breastfeeding character varying(255),
    birthterm character varying(255),
    birthweight real,
    deliveryprocedure character varying(255),
    deliveryproceduredetails character varying(512),
    seriousaefiinfosourcestring character varying(512),
    seriousaefiinfosourcedetails character varying(512),
    seriousaefiverbalautopsyinfosourcedetails character varying(512),
    firstcaregiversname character varying(255),
    othercaregiversnames character varying(512),
    othersourceswhoprovidedinfo character varying(512),
    signsandsymptomsfromtimeofvaccination text,
    clinicaldetailsofficername character varying(255),
    clinicaldetailsofficerphonenumber character varying(255),
    clinicaldetailsofficeremail character varying(255),
    clinicaldetailsofficerdesignation character varying(255),
    clinicaldetailsdatetime timestamp without time zone,
    patientreceivedmedicalcare character varying(255),
    patientreceivedmedicalcaredetails text,
    provisionalorfinaldiagnosis text,
    patientimmunizedperiod character varying(255),
    patientimmunizedperioddetails character varying(512),
    vaccinegivenperiod character varying(255),
    vaccinegivenperioddetails character varying(512),
    errorprescribingvaccine character varying(255),
    errorprescribingvaccinedetails character varying(512),
    vaccinecouldhavebeenunsterile character varying(255),
    vaccinecouldhavebeenunsteriledetails character varying(512),
    vaccinephysicalconditionabnormal character varying(255),
    vaccinephysicalconditionabnormaldetails character varying(255),
    errorinvaccinereconstitution character varying(255),
    errorinvaccinereconstitutiondetails character varying(512),
    errorinvaccinehandling character varying(255),
    errorinvaccinehandlingdetails character varying(512),
    vaccineadministeredincorrectly character varying(255),
    vaccineadministeredincorrectlydetails character varying(255),
    numberimmunizedfromconcernedvaccinevial integer,
    numberimmunizedwithconcernedvaccineinsamesession integer,
    numberimmunizedconcernedvaccinesamebatchnumberotherlocations integer,
    numberimmunizedconcernedvaccinesamebatchnumberlocationdetails character varying(512),
    vaccinehasqualitydefect character varying(255),
    vaccinehasqualitydefectdetails character varying(512),
    eventisastressresponserelatedtoimmunization character varying(255),
    eventisastressresponserelatedtoimmunizationdetails character varying(255),
    caseispartofacluster character varying(255),
    caseispartofaclusterdetails character varying(255),
    numberofcasesdetectedincluster integer,
    allcasesinclusterreceivedvaccinefromsamevial character varying(255),
    allcasesinclusterreceivedvaccinefromsamevialdetails character varying(512),
    numberofvialsusedincluster integer,
    numberofvialsusedinclusterdetails character varying(255),
    adsyringesusedforimmunization character varying(255),
    typeofsyringesused character varying(255),
    typeofsyringesuseddetails character varying(512),
    syringesusedadditionaldetails text,
    samereconstitutionsyringeusedformultiplevialsofsamevaccine character varying(255),
    samereconstitutionsyringeusedforreconstitutingdifferentvaccines character varying(255),
    samereconstitutionsyringeforeachvaccinevial character varying(255),
    samereconstitutionsyringeforeachvaccination character varying(255),
    vaccinesanddiluentsusedrecommendedbymanufacturer character varying(255),
    reconstitutionadditionaldetails text,
    correctdoseorroute character varying(255),
    timeofreconstitutionmentionedonthevial character varying(255),
    nontouchtechniquefollowed character varying(255),
    contraindicationscreenedpriortovaccination character varying(255),
    numberofaefireportedfromvaccinedistributioncenterlastthirtydays integer,
    trainingreceivedbyvaccinator character varying(255),
    lasttrainingreceivedbyvaccinatordate timestamp without time zone,
    injectiontechniqueadditionaldetails text,
    vaccinestoragerefrigeratortemperaturemonitored character varying(255),
    anystoragetemperaturedeviationoutsidetwotoeightdegrees character varying(255),
    storagetemperaturemonitoringadditionaldetails text,
    correctprocedureforstoragefollowed character varying(255),
    anyotheriteminrefrigerator character varying(255),
    partiallyusedreconstitutedvaccinesinrefrigerator character varying(255),
    unusablevaccinesinrefrigerator character varying(255),
    unusablediluentsinstore character varying(255),
    vaccinestoragepointadditionaldetails text,
    vaccinecarriertype character varying(255),
    vaccinecarriertypedetails character varying(512),
    vaccinecarriersenttositeonsamedateasvaccination character varying(255),
    vaccinecarrierreturnedfromsiteonsamedateasvaccination character varying(255),
    conditionedicepackused character varying(255),
    vaccinetransportationadditionaldetails text,
    similareventsreportedsameperiodandlocality character varying(255),
    similareventsreportedsameperiodandlocalitydetails character varying(512),
    numberofsimilareventsreportedsameperiodandlocality integer,
    numberofthoseaffectedvaccinated integer,
    numberofthoseaffectednotvaccinated integer,
    numberofthoseaffectedvaccinatedunknown integer,
    communityinvestigationadditionaldetails text,
    otherinvestigationfindings text,
    investigationstatus character varying(255),
    investigationstatusdetails text,
    adverseeventfollowingimmunizationclassification character varying(255),
    adverseeventfollowingimmunizationclassificationsubtype character varying(255),
    adverseeventfollowingimmunizationclassificationdetails character varying(512),
    causality character varying(255),
    causalitydetails text,
    investigationcompletiondate timestamp without time zone,
    archived boolean,
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(255),
    deleted boolean,
    deletionreason character varying(255),
    otherdeletionreason text,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.aefiinvestigation_vaccinations (
    adverseeventsfollowingimmunizationinvestigation_id bigint NOT NULL,
    vaccination_id bigint NOT NULL,
    sys_period tstzrange NOT NULL,
    PRIMARY KEY (adverseeventsfollowingimmunizationinvestigation_id, vaccination_id)
);
CREATE TABLE sormas.aggregatereport (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    reportinguser_id bigint,
    region_id bigint,
    district_id bigint,
    healthfacility_id bigint,
    pointofentry_id bigint,
    disease character varying(255),
    year integer,
    epiweek integer,
    newcases integer,
    labconfirmations integer,
    deaths integer,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    agegroup character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.areas (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    name character varying(512),
    externalid character varying(512),
    archived boolean,
    sys_period tstzrange NOT NULL,
    centrally_managed boolean,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.campaign_campaignformmeta (
    campaign_id bigint NOT NULL,
    campaignformmeta_id bigint NOT NULL,
    sys_period tstzrange NOT NULL
);
CREATE TABLE sormas.campaigndiagramdefinition (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    diagramid character varying(255) NOT NULL,
    diagramtype character varying(255),
    campaigndiagramseries json,
    sys_period tstzrange NOT NULL,
    diagramcaption character varying(255),
    campaignseriestotal json,
    percentagedefault boolean,
    campaigndiagramtranslations json,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.campaignformdata (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    formvalues json,
    campaign_id bigint NOT NULL,
    campaignformmeta_id bigint NOT NULL,
    region_id bigint NOT NULL,
    district_id bigint NOT NULL,
    community_id bigint,
    sys_period tstzrange NOT NULL,
    archived boolean NOT NULL,
    formdate timestamp without time zone,
    creatinguser_id bigint,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.campaignformmeta (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    formid character varying(255),
    languagecode character varying(255),
    campaignformelements json,
    sys_period tstzrange NOT NULL,
    formname character varying(512),
    campaignformtranslations json,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.campaigns (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    name character varying(255),
    description character varying(4096),
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    creatinguser_id bigint,
    deleted boolean,
    archived boolean,
    sys_period tstzrange NOT NULL,
    dashboardelements json,
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(512),
    change_user_id bigint,
    deletionreason character varying(255),
    otherdeletionreason text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.cases (
    id bigint NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    description character varying(4096),
    disease character varying(255),
    investigateddate timestamp without time zone,
    reportdate timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    caseofficer_id bigint,
    healthfacility_id bigint,
    reportinguser_id bigint NOT NULL,
    surveillanceofficer_id bigint,
    person_id bigint NOT NULL,
    symptoms_id bigint,
    region_id bigint,
    district_id bigint,
    community_id bigint,
    caseclassification character varying(255) NOT NULL,
    investigationstatus character varying(255) NOT NULL,
    hospitalization_id bigint,
    pregnant character varying(255),
    epidata_id bigint,
    epidnumber character varying(512),
    sys_period tstzrange NOT NULL,
    healthfacilitydetails character varying(512),
    reportlat double precision,
    reportlon double precision,
    diseasedetails character varying(512),
    reportlatlonaccuracy real,
    smallpoxvaccinationscar character varying(255),
    plaguetype character varying(255),
    smallpoxvaccinationreceived character varying(255),
    smallpoxlastvaccinationdate timestamp without time zone,
    outcome character varying(255),
    outcomedate timestamp without time zone,
    vaccinationstatus character varying(255),
    districtleveldate timestamp without time zone,
    caseage integer,
    denguefevertype character varying(255),
    classificationcomment character varying(512),
    classificationdate timestamp without time zone,
    classificationuser_id bigint,
    systemcaseclassification character varying(255) NOT NULL,
    archived boolean NOT NULL,
    therapy_id bigint,
    clinicalcourse_id bigint,
    sequelae character varying(255),
    sequelaedetails character varying(512),
    regionleveldate timestamp without time zone,
    nationalleveldate timestamp without time zone,
    cliniciandetails character varying(512),
    notifyingclinic character varying(255),
    notifyingclinicdetails character varying(512),
    maternalhistory_id bigint,
    creationversion character varying(32),
    caseorigin character varying(255),
    pointofentry_id bigint,
    pointofentrydetails character varying(512),
    porthealthinfo_id bigint,
    clinicianphone character varying(512),
    clinicianemail character varying(512),
    duplicateof_id bigint,
    completeness real,
    deleted boolean,
    rabiestype character varying(255),
    additionaldetails text,
    externalid character varying(512),
    sharedtocountry boolean,
    quarantine character varying(255),
    quarantinefrom timestamp without time zone,
    quarantineto timestamp without time zone,
    quarantinehelpneeded character varying(512),
    quarantineorderedverbally boolean,
    quarantineorderedofficialdocument boolean,
    quarantineorderedverballydate timestamp without time zone,
    quarantineorderedofficialdocumentdate timestamp without time zone,
    quarantinehomepossible character varying(255),
    quarantinehomepossiblecomment character varying(512),
    quarantinehomesupplyensured character varying(255),
    quarantinehomesupplyensuredcomment character varying(512),
    postpartum character varying(255),
    trimester character varying(255),
    quarantinetypedetails character varying(512),
    clinicalconfirmation character varying(255),
    epidemiologicalconfirmation character varying(255),
    laboratorydiagnosticconfirmation character varying(255),
    quarantineextended boolean,
    followupstatus character varying(255),
    followupcomment character varying(4096),
    followupuntil timestamp without time zone,
    overwritefollowupuntil boolean,
    facilitytype character varying(255),
    quarantineofficialordersent boolean,
    quarantineofficialordersentdate timestamp without time zone,
    quarantinereduced boolean,
    caseidism integer,
    contacttracingfirstcontacttype character varying(255),
    contacttracingfirstcontactdate timestamp without time zone,
    quarantinereasonbeforeisolation character varying(255),
    quarantinereasonbeforeisolationdetails character varying(512),
    endofisolationreason character varying(255),
    endofisolationreasondetails character varying(512),
    sormastosormasorigininfo_id bigint,
    wasinquarantinebeforeisolation character varying(255),
    nosocomialoutbreak boolean,
    infectionsetting character varying(255),
    prohibitiontowork character varying(255),
    prohibitiontoworkfrom timestamp without time zone,
    prohibitiontoworkuntil timestamp without time zone,
    externaltoken character varying(512),
    diseasevariant text,
    bloodorganortissuedonated character varying(255),
    caseidentificationsource character varying(255),
    notacasereasonnegativetest boolean,
    notacasereasonphysicianinformation boolean,
    notacasereasondifferentpathogen boolean,
    notacasereasonother boolean,
    notacasereasondetails text,
    reinfection character varying(255),
    previousinfectiondate timestamp without time zone,
    screeningtype character varying(255),
    followupstatuschangedate timestamp without time zone,
    followupstatuschangeuser_id bigint,
    responsibleregion_id bigint,
    responsibledistrict_id bigint,
    responsiblecommunity_id bigint,
    internaltoken text,
    dontsharewithreportingtool boolean,
    casereferencedefinition character varying(255),
    diseasevariantdetails character varying(512),
    previousquarantineto timestamp without time zone,
    quarantinechangecomment character varying(4096),
    externaldata jsonb,
    reinfectionstatus character varying(255),
    reinfectiondetails jsonb,
    healthconditions_id bigint,
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(512),
    change_user_id bigint,
    deletionreason character varying(255),
    otherdeletionreason text,
    casereferencenumber text,
    notifier_id bigint,
    notifierdate timestamp without time zone,
    postmortem boolean,
    healthfacilitydepartment character varying(255),
    radiographycompatibility character varying(255),
    otherdiagnosticcriteria text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.clinicalcourse (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.clinicalvisit (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    clinicalcourse_id bigint NOT NULL,
    symptoms_id bigint NOT NULL,
    disease character varying(255),
    visitdatetime timestamp without time zone,
    visitremarks character varying(512),
    visitingperson character varying(512),
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.community (
    id bigint NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    name character varying(255),
    uuid character varying(36) NOT NULL,
    district_id bigint NOT NULL,
    archived boolean,
    externalid character varying(512),
    growthrate real,
    centrally_managed boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    defaultinfrastructure boolean,
    nutscode character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.contact (
    id bigint NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    contactproximity character varying(255),
    creationdate timestamp(3) without time zone NOT NULL,
    lastcontactdate timestamp without time zone,
    reportdatetime timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    caze_id bigint,
    person_id bigint NOT NULL,
    reportinguser_id bigint NOT NULL,
    description character varying(4096),
    contactofficer_id bigint,
    contactclassification character varying(255) NOT NULL,
    followupstatus character varying(255),
    followupuntil timestamp without time zone,
    relationtocase character varying(255),
    sys_period tstzrange NOT NULL,
    reportlat double precision,
    reportlon double precision,
    followupcomment character varying(4096),
    reportlatlonaccuracy real,
    contactstatus character varying(255),
    resultingcase_id bigint,
    resultingcaseuser_id bigint,
    deleted boolean,
    relationdescription character varying(512),
    externalid character varying(512),
    region_id bigint,
    district_id bigint,
    highpriority boolean,
    immunosuppressivetherapybasicdisease character varying(255),
    immunosuppressivetherapybasicdiseasedetails character varying(512),
    careforpeopleover60 character varying(255),
    quarantine character varying(255),
    quarantinefrom timestamp without time zone,
    quarantineto timestamp without time zone,
    disease character varying(255),
    diseasedetails character varying(512),
    caseidexternalsystem character varying(512),
    caseoreventinformation character varying(4096),
    contactcategory character varying(255),
    contactproximitydetails character varying(512),
    overwritefollowupuntil boolean,
    quarantinehelpneeded character varying(512),
    quarantineorderedverbally boolean,
    quarantineorderedofficialdocument boolean,
    quarantineorderedverballydate timestamp without time zone,
    quarantineorderedofficialdocumentdate timestamp without time zone,
    quarantinehomepossible character varying(255),
    quarantinehomepossiblecomment character varying(512),
    quarantinehomesupplyensured character varying(255),
    quarantinehomesupplyensuredcomment character varying(512),
    additionaldetails character varying(4096),
    quarantinetypedetails character varying(512),
    epidata_id bigint,
    contactidentificationsource character varying(255),
    contactidentificationsourcedetails character varying(512),
    tracingapp character varying(255),
    tracingappdetails character varying(512),
    quarantineextended boolean,
    community_id bigint,
    healthconditions_id bigint,
    quarantineofficialordersent boolean,
    quarantineofficialordersentdate timestamp without time zone,
    quarantinereduced boolean,
    endofquarantinereason character varying(255),
    endofquarantinereasondetails character varying(512),
    returningtraveler character varying(255),
    sormastosormasorigininfo_id bigint,
    multidaycontact boolean,
    firstcontactdate timestamp without time zone,
    prohibitiontowork character varying(255),
    prohibitiontoworkfrom timestamp without time zone,
    prohibitiontoworkuntil timestamp without time zone,
    reportingdistrict_id bigint,
    externaltoken character varying(512),
    followupstatuschangedate timestamp without time zone,
    followupstatuschangeuser_id bigint,
    completeness real,
    duplicateof_id bigint,
    internaltoken text,
    vaccinationstatus character varying(255),
    previousquarantineto timestamp without time zone,
    quarantinechangecomment character varying(4096),
    archived boolean NOT NULL,
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(512),
    change_user_id bigint,
    deletionreason character varying(255),
    otherdeletionreason text,
    casereferencenumber text,
    prophylaxisprescribed boolean,
    prescribeddrug character varying(255),
    prescribeddrugtext character varying(255),
    vaccination_dose1_date timestamp without time zone,
    vaccination_dose2_date timestamp without time zone,
    vaccinationproposed boolean,
    immuneglobulinproposed boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.contacts_visits (
    contact_id bigint NOT NULL,
    visit_id bigint NOT NULL,
    sys_period tstzrange NOT NULL
);
CREATE TABLE sormas.continent (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    archived boolean NOT NULL,
    defaultname character varying(255) NOT NULL,
    externalid character varying(255),
    centrally_managed boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.country (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    archived boolean NOT NULL,
    defaultname character varying(255),
    externalid character varying(255),
    isocode character varying(3) NOT NULL,
    unocode character varying(3),
    subcontinent_id bigint,
    centrally_managed boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    nutscode character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.customizableenumvalue (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    datatype character varying(255) NOT NULL,
    value text NOT NULL,
    caption text NOT NULL,
    translations text,
    diseases text,
    description text,
    descriptiontranslations text,
    properties text,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    defaultvalue boolean,
    active boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.deletionconfiguration (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    entitytype character varying(255),
    deletionreference character varying(255),
    deletionperiod integer,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.diseaseconfiguration (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    disease character varying(255),
    active boolean,
    primarydisease boolean,
    followupenabled boolean,
    followupduration integer,
    sys_period tstzrange NOT NULL,
    casesurveillanceenabled boolean,
    casefollowupduration integer,
    eventparticipantfollowupduration integer,
    extendedclassification boolean,
    extendedclassificationmulti boolean,
    change_user_id bigint,
    agegroups text,
    aggregatereportingenabled boolean,
    automaticsampleassignmentthreshold integer,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.district (
    id bigint NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    name character varying(255),
    uuid character varying(36) NOT NULL,
    region_id bigint NOT NULL,
    epidcode character varying(255),
    growthrate real,
    archived boolean,
    externalid character varying(512),
    centrally_managed boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    defaultinfrastructure boolean,
    nutscode character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.documentrelatedentities (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    sys_period tstzrange NOT NULL,
    document_id bigint NOT NULL,
    relatedentitytype character varying(255) NOT NULL,
    relatedentityuuid character varying(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.documents (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    deleted boolean,
    uploadinguser_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    mimetype character varying(255) NOT NULL,
    size bigint NOT NULL,
    storage_reference character varying(255) NOT NULL,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.documenttemplates (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    workflow character varying(255) NOT NULL,
    disease character varying(255),
    filename text,
    sys_period tstzrange NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.drugsusceptibility (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    amikacinmic numeric,
    amikacinsusceptibility character varying(255),
    bedaquilinemic numeric,
    bedaquilinesusceptibility character varying(255),
    capreomycinmic numeric,
    capreomycinsusceptibility character varying(255),
    ciprofloxacinmic numeric,
    ciprofloxacinsusceptibility character varying(255),
    delamanidmic numeric,
    delamanidsusceptibility character varying(255),
    ethambutolmic numeric,
    ethambutolsusceptibility character varying(255),
    gatifloxacinmic numeric,
    gatifloxacinsusceptibility character varying(255),
    isoniazidmic numeric,
    isoniazidsusceptibility character varying(255),
    kanamycinmic numeric,
    kanamycinsusceptibility character varying(255),
    levofloxacinmic numeric,
    levofloxacinsusceptibility character varying(255),
    moxifloxacinmic numeric,
    moxifloxacinsusceptibility character varying(255),
    ofloxacinmic numeric,
    ofloxacinsusceptibility character varying(255),
    rifampicinmic numeric,
    rifampicinsusceptibility character varying(255),
    streptomycinmic numeric,
    streptomycinsusceptibility character varying(255),
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    ceftriaxonemic numeric,
    ceftriaxonesusceptibility character varying(255),
    penicillinmic numeric,
    penicillinsusceptibility character varying(255),
    erythromycinmic numeric,
    erythromycinsusceptibility character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.environments (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    reportdate timestamp without time zone,
    reportinguser_id bigint,
    environmentname text,
    description text,
    externalid character varying(512),
    responsibleuser_id bigint,
    investigationstatus character varying(255),
    environmentmedia character varying(255),
    watertype character varying(255),
    otherwatertype text,
    infrastructuredetails character varying(255),
    otherinfrastructuredetails text,
    wateruse jsonb,
    otherwateruse text,
    location_id bigint,
    deleted boolean,
    deletionreason character varying(255),
    otherdeletionreason text,
    archived boolean,
    archiveundonereason character varying(512),
    endofprocessingdate timestamp without time zone,
    sys_period tstzrange NOT NULL,
    vectortype character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.environmentsamples (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    environment_id bigint NOT NULL,
    reportinguser_id bigint NOT NULL,
    sampledatetime timestamp without time zone NOT NULL,
    samplematerial character varying(255) NOT NULL,
    othersamplematerial text,
    samplevolume double precision,
    fieldsampleid character varying(255),
    turbidity integer,
    phvalue integer,
    sampletemperature integer,
    chlorineresiduals double precision,
    laboratory_id bigint NOT NULL,
    laboratorydetails text,
    otherrequestedpathogentests text,
    weatherconditions jsonb,
    heavyrain character varying(255),
    dispatched boolean,
    dispatchdate timestamp without time zone,
    dispatchdetails text,
    received boolean,
    receivaldate timestamp without time zone,
    labsampleid text,
    specimencondition character varying(255),
    location_id bigint NOT NULL,
    generalcomment text,
    deleted boolean,
    deletionreason character varying(255),
    otherdeletionreason text,
    sys_period tstzrange NOT NULL,
    requestedpathogentests text,
    reportdate timestamp without time zone NOT NULL,
    vectortype character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.epidata (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedateofembeddedlists timestamp without time zone,
    sys_period tstzrange NOT NULL,
    areainfectedanimals character varying(255),
    exposuredetailsknown character varying(255),
    contactwithsourcecaseknown character varying(255),
    hightransmissionriskarea character varying(255),
    largeoutbreaksarea character varying(255),
    activityascasedetailsknown character varying(255),
    change_user_id bigint,
    caseimportedstatus character varying(255),
    clustertype character varying(255),
    clustertypetext character varying(255),
    clusterrelated boolean NOT NULL,
    modeoftransmission character varying(255),
    modeoftransmissiontype character varying(255),
    infectionsource character varying(255),
    infectionsourcetext character varying(255),
    importedcase character varying(255),
    country_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.epipulse_datasource_configuration (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    country_iso2_code character varying(2) NOT NULL,
    datasource character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    subjectcode character varying(255) NOT NULL,
    geographicalcoverage integer,
    outermostregions character varying(255),
    surveillancestartdate date,
    surveillanceenddate date,
    validfrom date,
    validto date,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.epipulse_export (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    subject_code character varying(255) NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    status character varying(255) NOT NULL,
    status_change_date timestamp(3) without time zone NOT NULL,
    total_records bigint,
    export_file_name character varying(255),
    export_file_size bigint,
    archived boolean NOT NULL,
    archiveundonereason character varying(512),
    deleted boolean NOT NULL,
    deletionreason character varying(255),
    otherdeletionreason text,
    sys_period tstzrange NOT NULL,
    creation_user_id bigint NOT NULL,
    change_user_id bigint NOT NULL,
    status_reason text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.epipulse_location_configuration (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    type character varying(255) NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    eu_shortname character varying(255),
    eu_fullname character varying(255),
    administrative_centre character varying(255),
    country_iso2_code character varying(2) NOT NULL,
    country_iso3_code character varying(3),
    validfrom date,
    validto date,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.epipulse_subjectcode_configuration (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    subjectcode character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    disease character varying(255),
    diseasename character varying(255),
    healthtopic character varying(255),
    healthtopicname character varying(255),
    aggregatedreporting boolean NOT NULL,
    validfrom date,
    validto date,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.eventgroups (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    name text NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    archived boolean NOT NULL,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.eventparticipant (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    event_id bigint,
    person_id bigint,
    involvementdescription character varying(255),
    resultingcase_id bigint,
    sys_period tstzrange NOT NULL,
    deleted boolean,
    reportinguser_id bigint NOT NULL,
    region_id bigint,
    district_id bigint,
    sormastosormasorigininfo_id bigint,
    vaccinationstatus character varying(255),
    archived boolean NOT NULL,
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(512),
    change_user_id bigint,
    deletionreason character varying(255),
    otherdeletionreason text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.events (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    eventstatus character varying(255) NOT NULL,
    eventdesc character varying(4096),
    startdate timestamp without time zone,
    reportdatetime timestamp without time zone NOT NULL,
    reportinguser_id bigint NOT NULL,
    eventlocation_id bigint,
    typeofplace character varying(255),
    srcfirstname character varying(512),
    srclastname character varying(512),
    srctelno character varying(512),
    srcemail character varying(512),
    disease character varying(255),
    responsibleuser_id bigint,
    typeofplacetext character varying(512),
    sys_period tstzrange NOT NULL,
    reportlat double precision,
    reportlon double precision,
    diseasedetails character varying(512),
    reportlatlonaccuracy real,
    archived boolean NOT NULL,
    deleted boolean,
    enddate timestamp without time zone,
    externalid character varying(512),
    nosocomial character varying(255),
    srctype character varying(255),
    srcmediawebsite character varying(512),
    srcmedianame character varying(512),
    srcmediadetails character varying(4096),
    eventtitle character varying(512),
    eventinvestigationstatus character varying(255),
    eventinvestigationstartdate timestamp without time zone,
    eventinvestigationenddate timestamp without time zone,
    srcinstitutionalpartnertype character varying(255),
    srcinstitutionalpartnertypedetails character varying(512),
    risklevel character varying(255),
    meansoftransport character varying(255),
    meansoftransportdetails text,
    connectionnumber character varying(512),
    traveldate timestamp without time zone,
    externaltoken character varying(512),
    transregionaloutbreak character varying(255),
    diseasetransmissionmode character varying(255),
    superordinateevent_id bigint,
    evolutiondate timestamp without time zone,
    evolutioncomment text,
    workenvironment character varying(255),
    sormastosormasorigininfo_id bigint,
    eventmanagementstatus character varying(255),
    infectionpathcertainty character varying(255),
    humantransmissionmode character varying(255),
    parenteraltransmissionmode character varying(255),
    medicallyassociatedtransmissionmode character varying(255),
    internaltoken text,
    epidemiologicalevidence character varying(255),
    epidemiologicalevidencedetails jsonb,
    laboratorydiagnosticevidence character varying(255),
    laboratorydiagnosticevidencedetails jsonb,
    diseasevariant text,
    eventidentificationsource character varying(255),
    specificrisk text,
    diseasevariantdetails character varying(512),
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(512),
    change_user_id bigint,
    deletionreason character varying(255),
    otherdeletionreason text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.events_environments (
    event_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    sys_period tstzrange NOT NULL,
    PRIMARY KEY (event_id, environment_id)
);
CREATE TABLE sormas.events_eventgroups (
    event_id bigint NOT NULL,
    eventgroup_id bigint NOT NULL,
    sys_period tstzrange NOT NULL,
    PRIMARY KEY (event_id, eventgroup_id)
);
CREATE TABLE sormas.exportconfiguration (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    name character varying(512),
    user_id bigint,
    exporttype character varying(255),
    propertiesstring character varying,
    sys_period tstzrange NOT NULL,
    sharedtopublic boolean,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.exposures (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    epidata_id bigint NOT NULL,
    reportinguser_id bigint,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    description text,
    exposuretype character varying(255) NOT NULL,
    exposuretypedetails text,
    location_id bigint,
    typeofplace character varying(255),
    typeofplacedetails text,
    meansoftransport character varying(255),
    meansoftransportdetails text,
    connectionnumber character varying(512),
    seatnumber character varying(512),
    indoors character varying(255),
    outdoors character varying(255),
    wearingmask character varying(255),
    wearingppe character varying(255),
    otherprotectivemeasures character varying(255),
    protectivemeasuresdetails text,
    shortdistance character varying(255),
    longfacetofacecontact character varying(255),
    animalmarket character varying(255),
    percutaneous character varying(255),
    contacttobodyfluids character varying(255),
    handlingsamples character varying(255),
    eatingrawanimalproducts character varying(255),
    handlinganimals character varying(255),
    animalcondition character varying(255),
    animalvaccinated character varying(255),
    animalcontacttype character varying(255),
    animalcontacttypedetails text,
    bodyofwater character varying(255),
    watersource character varying(255),
    watersourcedetails text,
    contacttocase_id bigint,
    gatheringtype character varying(255),
    gatheringdetails text,
    habitationtype character varying(255),
    habitationdetails text,
    typeofanimal character varying(255),
    typeofanimaldetails text,
    physicalcontactduringpreparation character varying(255),
    physicalcontactwithbody character varying(255),
    deceasedpersonill character varying(255),
    deceasedpersonname character varying(512),
    deceasedpersonrelation character varying(512),
    prophylaxis character varying(255),
    prophylaxisdate timestamp without time zone,
    riskarea character varying(255),
    sys_period tstzrange NOT NULL,
    exposurerole character varying(255),
    workenvironment character varying(255),
    largeattendancenumber character varying(255),
    probableinfectionenvironment boolean,
    change_user_id bigint,
    typeofchildcarefacility character varying(255),
    childcarefacilitydetails character varying(255),
    travelaccommodation character varying(255),
    travelaccommodationtype character varying(255),
    swimminglocation character varying(255),
    swimminglocationtype character varying(255),
    animallocation character varying(255),
    domesticswimming character varying(255),
    internationalswimming character varying(255),
    sexualexposuretext character varying(255),
    rawfoodcontact character varying(255),
    rawfoodcontacttext character varying(255),
    symptomaticindividualtext character varying(255),
    animallocationtext character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.externalmessage (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    reportername character varying(255),
    reporterexternalids character varying(255)[],
    reporterpostalcode character varying(255),
    reportercity character varying(255),
    disease character varying(255),
    personfirstname character varying(255),
    personlastname character varying(255),
    personsex character varying(255),
    personbirthdatedd integer,
    personbirthdatemm integer,
    personbirthdateyyyy integer,
    personpostalcode character varying(255),
    personcity character varying(255),
    personstreet character varying(255),
    personhousenumber character varying(255),
    externalmessagedetails text,
    sys_period tstzrange NOT NULL,
    messagedatetime timestamp without time zone,
    personphone character varying(255),
    personemail character varying(255),
    status character varying(255) NOT NULL,
    reportid character varying(512),
    assignee_id bigint,
    change_user_id bigint,
    type character varying(255),
    personpresentcondition integer,
    surveillancereport_id bigint,
    reportmessageid character varying(255),
    diseasevariant character varying(255),
    diseasevariantdetails character varying(512),
    tsv tsvector,
    casereportdate timestamp without time zone,
    personexternalid text,
    personnationalhealthid text,
    personphonenumbertype character varying(255),
    personcountry_id bigint,
    personfacility_id bigint,
    personadditionaldetails text,
    vaccinationstatus character varying(255),
    admittedtohealthfacility character varying(255),
    caseclassification character varying(255),
    casesymptoms_id bigint,
    personguardianfirstname character varying(255),
    personguardianlastname character varying(255),
    personguardianrelationship character varying(255),
    personguardianphone character varying(255),
    personguardianemail character varying(255),
    notifierfirstname character varying(255),
    notifierlastname character varying(255),
    notifierregistrationnumber character varying(255),
    notifieraddress text,
    notifieremail character varying(255),
    notifierphone character varying(255),
    treatmentstarted character varying(255),
    treatmentstarteddate timestamp without time zone,
    diagnosticdate timestamp without time zone,
    activitiesascase jsonb,
    exposures jsonb,
    casecomments character varying(255),
    hospitalizationfacilityname character varying(255),
    hospitalizationfacilityexternalid character varying(255),
    hospitalizationfacilitydepartment character varying(255),
    hospitalizationadmissiondate timestamp without time zone,
    hospitalizationdischargedate timestamp without time zone,
    deceaseddate timestamp without time zone,
    treatmentnotapplicable boolean,
    tuberculosis character varying(255),
    hiv character varying(255),
    hivart character varying(255),
    radiographycompatibility character varying(255),
    otherdiagnosticcriteria character varying(255),
    tuberculosisinfectionyear integer,
    previoustuberculosistreatment character varying(255),
    compliancewithtreatment character varying(255),
    tuberculosisdirectlyobservedtreatment boolean,
    tuberculosismdrxdrtuberculosis boolean,
    tuberculosisbeijinglineage boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.externalshareinfo (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    caze_id bigint,
    event_id bigint,
    sender_id bigint,
    status character varying(255),
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.facility (
    id bigint NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    name character varying(255),
    publicownership boolean NOT NULL,
    type character varying(255),
    uuid character varying(36) NOT NULL,
    region_id bigint,
    district_id bigint,
    community_id bigint,
    city character varying(512),
    latitude double precision,
    longitude double precision,
    archived boolean,
    externalid character varying(512),
    street character varying(4096),
    housenumber character varying(512),
    additionalinformation character varying(255),
    postalcode character varying(512),
    areatype character varying(255),
    contactpersonfirstname text,
    contactpersonlastname text,
    contactpersonphone text,
    contactpersonemail text,
    centrally_managed boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.featureconfiguration (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    featuretype character varying(255),
    region_id bigint,
    district_id bigint,
    disease character varying(255),
    enddate timestamp without time zone,
    sys_period tstzrange NOT NULL,
    enabled boolean,
    properties text,
    entitytype character varying(255),
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.healthconditions (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    tuberculosis character varying(255),
    asplenia character varying(255),
    hepatitis character varying(255),
    diabetes character varying(255),
    hiv character varying(255),
    hivart character varying(255),
    chronicliverdisease character varying(255),
    malignancychemotherapy character varying(255),
    chronicheartfailure character varying(255),
    chronicpulmonarydisease character varying(255),
    chronickidneydisease character varying(255),
    chronicneurologiccondition character varying(255),
    otherconditions character varying(4096),
    sys_period tstzrange NOT NULL,
    downsyndrome character varying(255),
    congenitalsyphilis character varying(255),
    immunodeficiencyotherthanhiv character varying(255),
    cardiovasculardiseaseincludinghypertension character varying(255),
    obesity character varying(255),
    currentsmoker character varying(255),
    formersmoker character varying(255),
    asthma character varying(255),
    sicklecelldisease character varying(255),
    immunodeficiencyincludinghiv character varying(255),
    change_user_id bigint,
    previoustuberculosistreatment character varying(255),
    tuberculosisinfectionyear bigint,
    compliancewithtreatment character varying(255),
    recurrentbronchiolitis character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.hospitalization (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    admissiondate timestamp without time zone,
    isolated character varying(255),
    isolationdate timestamp without time zone,
    hospitalizedpreviously character varying(255),
    dischargedate timestamp without time zone,
    changedateofembeddedlists timestamp without time zone,
    admittedtohealthfacility character varying(255),
    leftagainstadvice character varying(255),
    sys_period tstzrange NOT NULL,
    intensivecareunit character varying(255),
    intensivecareunitstart timestamp without time zone,
    intensivecareunitend timestamp without time zone,
    hospitalizationreason character varying(255),
    otherhospitalizationreason text,
    description character varying(512),
    change_user_id bigint,
    currentlyhospitalized character varying(255),
    oxygenprescribed character varying(255),
    stillhospitalized character varying(255),
    iculengthofstay integer,
    durationofhospitalization integer,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.immunization (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    disease character varying(255) NOT NULL,
    person_id bigint NOT NULL,
    reportdate timestamp without time zone NOT NULL,
    reportinguser_id bigint NOT NULL,
    archived boolean,
    immunizationstatus character varying(255) NOT NULL,
    meansofimmunization character varying(255) NOT NULL,
    meansofimmunizationdetails text,
    immunizationmanagementstatus character varying(255) NOT NULL,
    externalid character varying(255),
    responsibleregion_id bigint,
    responsibledistrict_id bigint,
    responsiblecommunity_id bigint,
    country_id bigint,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    numberofdoses integer,
    previousinfection character varying(255),
    lastinfectiondate timestamp without time zone,
    additionaldetails text,
    positivetestresultdate timestamp without time zone,
    recoverydate timestamp without time zone,
    relatedcase_id bigint,
    deleted boolean,
    sys_period tstzrange NOT NULL,
    diseasedetails character varying(512),
    healthfacility_id bigint,
    healthfacilitydetails character varying(512),
    facilitytype character varying(255),
    validfrom timestamp without time zone,
    validuntil timestamp without time zone,
    numberofdoses_details character varying(255),
    sormastosormasorigininfo_id bigint,
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(512),
    change_user_id bigint,
    deletionreason character varying(255),
    otherdeletionreason text,
    injectionfacility character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.location (
    id bigint NOT NULL,
    street character varying(4096),
    changedate timestamp(3) without time zone NOT NULL,
    city character varying(512),
    creationdate timestamp(3) without time zone NOT NULL,
    details character varying(512),
    latitude double precision,
    longitude double precision,
    uuid character varying(36) NOT NULL,
    community_id bigint,
    district_id bigint,
    region_id bigint,
    sys_period tstzrange NOT NULL,
    latlonaccuracy real,
    areatype character varying(255),
    postalcode character varying(512),
    housenumber character varying(255),
    additionalinformation character varying(255),
    addresstype character varying(255),
    addresstypedetails character varying(255),
    facilitytype character varying(255),
    facility_id bigint,
    facilitydetails character varying(512),
    country_id bigint,
    continent_id bigint,
    subcontinent_id bigint,
    contactpersonfirstname text,
    contactpersonlastname text,
    contactpersonphone text,
    contactpersonemail text,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.manualmessagelog (
    id bigint NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    messagetype character varying(255) NOT NULL,
    sentdate timestamp without time zone NOT NULL,
    sendinguser_id bigint NOT NULL,
    recipientperson_id bigint NOT NULL,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    usedtemplate text,
    emailaddress text,
    attacheddocuments jsonb,
    caze_id bigint,
    contact_id bigint,
    eventparticipant_id bigint,
    travelentry_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.maternalhistory (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    childrennumber integer,
    ageatbirth integer,
    conjunctivitis character varying(255),
    conjunctivitisonset timestamp without time zone,
    conjunctivitismonth integer,
    maculopapularrash character varying(255),
    maculopapularrashonset timestamp without time zone,
    maculopapularrashmonth integer,
    swollenlymphs character varying(255),
    swollenlymphsonset timestamp without time zone,
    swollenlymphsmonth integer,
    arthralgiaarthritis character varying(255),
    arthralgiaarthritisonset timestamp without time zone,
    arthralgiaarthritismonth integer,
    othercomplications character varying(255),
    othercomplicationsonset timestamp without time zone,
    othercomplicationsmonth integer,
    othercomplicationsdetails character varying(512),
    rubella character varying(255),
    rubellaonset timestamp without time zone,
    rashexposure character varying(255),
    rashexposuredate timestamp without time zone,
    rashexposuremonth integer,
    rashexposureregion_id bigint,
    rashexposuredistrict_id bigint,
    rashexposurecommunity_id bigint,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.notifier (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    registrationnumber character varying(255) NOT NULL,
    firstname character varying(255),
    lastname character varying(255),
    address text,
    email character varying(255),
    phone character varying(255),
    sys_period tstzrange NOT NULL,
    agentfirstname character varying(255),
    agentlastname character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.outbreak (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    district_id bigint NOT NULL,
    disease character varying(255) NOT NULL,
    reportdate timestamp without time zone NOT NULL,
    reportinguser_id bigint NOT NULL,
    sys_period tstzrange NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.pathogentest (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    sample_id bigint,
    testtype character varying(255) NOT NULL,
    testtypetext character varying(512),
    testdatetime timestamp without time zone,
    lab_id bigint,
    labuser_id bigint,
    testresult character varying(255) NOT NULL,
    testresulttext character varying(4096),
    testresultverified boolean NOT NULL,
    sys_period tstzrange NOT NULL,
    fourfoldincreaseantibodytiter boolean,
    labdetails character varying(512),
    testeddisease character varying(255),
    testeddiseasedetails character varying(512),
    deleted boolean,
    serotype character varying(512),
    cqvalue real,
    typingid text,
    reportdate timestamp without time zone,
    vialims boolean,
    pcrtestspecification character varying(255),
    testeddiseasevariant text,
    testeddiseasevariantdetails character varying(512),
    externalid character varying(512),
    externalorderid character varying(512),
    preliminary boolean,
    change_user_id bigint,
    deletionreason character varying(255),
    otherdeletionreason text,
    ctvaluee real,
    ctvaluen real,
    ctvaluerdrp real,
    ctvalues real,
    ctvalueorf1 real,
    ctvaluerdrps real,
    prescriberphysiciancode text,
    prescriberfirstname text,
    prescriberlastname text,
    prescriberphonenumber text,
    prescriberaddress text,
    prescriberpostalcode text,
    prescribercity text,
    prescribercountry_id bigint,
    environmentsample_id bigint,
    testedpathogen character varying(255),
    testedpathogendetails character varying(512),
    serogroupspecification character varying(255),
    serogroupspecificationtext character varying(255),
    serotypingmethod character varying(255),
    serotypingmethodtext character varying(255),
    rifampicinresistant character varying(255),
    isoniazidresistant character varying(255),
    specie character varying(255),
    patternprofile character varying(255),
    straincallstatus character varying(255),
    testscale character varying(255),
    drugsusceptibility_id bigint,
    genotyperesult character varying(255),
    genotyperesulttext character varying(255),
    rsvsubtype character varying(255),
    tubenil double precision,
    tubenilgt10 boolean,
    tubeagtb1 double precision,
    tubeagtb1gt10 boolean,
    tubeagtb2 double precision,
    tubeagtb2gt10 boolean,
    tubemitogene double precision,
    tubemitogenegt10 boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.person (
    id bigint NOT NULL,
    approximateage integer,
    burialconductor character varying(255),
    burialdate date,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    deathdate date,
    firstname character varying(512) NOT NULL,
    lastname character varying(512) NOT NULL,
    occupationdetails character varying(255),
    occupationtype character varying(255),
    presentcondition integer,
    sex character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    address_id bigint,
    birthdate_dd integer,
    birthdate_mm integer,
    birthdate_yyyy integer,
    nickname character varying(512),
    mothersmaidenname character varying(255),
    deathplacetype character varying(255),
    deathplacedescription character varying(512),
    burialplacedescription character varying(512),
    sys_period tstzrange NOT NULL,
    causeofdeath character varying(255),
    causeofdeathdetails character varying(512),
    causeofdeathdisease character varying(255),
    educationtype character varying(255),
    educationdetails character varying(255),
    approximateagereferencedate date,
    approximateagetype character varying(255),
    mothersname character varying(512),
    fathersname character varying(512),
    placeofbirthregion_id bigint,
    placeofbirthdistrict_id bigint,
    placeofbirthcommunity_id bigint,
    placeofbirthfacility_id bigint,
    placeofbirthfacilitydetails character varying(512),
    gestationageatbirth integer,
    birthweight integer,
    passportnumber character varying(255),
    nationalhealthid character varying(255),
    placeofbirthfacilitytype character varying(255),
    changedateofembeddedlists timestamp without time zone,
    symptomjournalstatus character varying(255),
    hascovidapp boolean,
    covidcodedelivered boolean,
    externalid character varying(512),
    armedforcesrelationtype character varying(255),
    namesofguardians character varying(512),
    salutation character varying(255),
    othersalutation text,
    birthname character varying(512),
    birthcountry_id bigint,
    citizenship_id bigint,
    externaltoken character varying(512),
    additionaldetails text,
    internaltoken text,
    change_user_id bigint,
    incapacitated boolean,
    emancipated boolean,
    entrydate date,
    livingstatus character varying(255),
    gestationalagecategory character varying(255),
    birthweightcategory character varying(255),
    multiplebirth character varying(255),
    workplace character varying(255),
    workplacetext character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.person_locations (
    person_id bigint NOT NULL,
    location_id bigint NOT NULL,
    sys_period tstzrange NOT NULL
);
CREATE TABLE sormas.personcontactdetail (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    person_id bigint NOT NULL,
    primarycontact boolean,
    personcontactdetailtype character varying(255),
    phonenumbertype character varying(255),
    details text,
    contactinformation text,
    additionalinformation text,
    thirdparty boolean,
    thirdpartyrole text,
    thirdpartyname text,
    sys_period tstzrange,
    change_user_id bigint
);
CREATE TABLE sormas.pointofentry (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    pointofentrytype character varying(255),
    name character varying(512),
    region_id bigint,
    district_id bigint,
    latitude double precision,
    longitude double precision,
    active boolean,
    archived boolean,
    externalid character varying(512),
    centrally_managed boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.populationdata (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    region_id bigint,
    district_id bigint,
    sex character varying(255),
    agegroup character varying(255),
    population integer,
    collectiondate timestamp without time zone,
    community_id bigint,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.porthealthinfo (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    airlinename character varying(512),
    flightnumber character varying(512),
    departuredatetime timestamp without time zone,
    arrivaldatetime timestamp without time zone,
    freeseating character varying(255),
    seatnumber character varying(512),
    departureairport character varying(512),
    numberoftransitstops integer,
    transitstopdetails1 character varying(512),
    transitstopdetails2 character varying(512),
    transitstopdetails3 character varying(512),
    transitstopdetails4 character varying(512),
    transitstopdetails5 character varying(512),
    vesselname character varying(512),
    vesseldetails character varying(512),
    portofdeparture character varying(512),
    lastportofcall character varying(512),
    conveyancetype character varying(255),
    conveyancetypedetails character varying(512),
    departurelocation character varying(512),
    finaldestination character varying(512),
    details character varying(4096),
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.prescription (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    therapy_id bigint NOT NULL,
    prescriptiondate timestamp without time zone NOT NULL,
    prescriptionstart timestamp without time zone,
    prescriptionend timestamp without time zone,
    prescribingclinician character varying(512),
    prescriptiontype character varying(255) NOT NULL,
    prescriptiondetails character varying(512),
    frequency character varying(512),
    dose character varying(512),
    route character varying(255),
    routedetails character varying(512),
    additionalnotes character varying(4096),
    sys_period tstzrange NOT NULL,
    typeofdrug character varying(255),
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.previoushospitalization (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    admissiondate timestamp without time zone,
    dischargedate timestamp without time zone,
    healthfacility_id bigint,
    isolated character varying(255),
    hospitalization_id bigint NOT NULL,
    description character varying(4096),
    sys_period tstzrange NOT NULL,
    region_id bigint,
    district_id bigint,
    community_id bigint,
    healthfacilitydetails character varying(512),
    hospitalizationreason character varying(255),
    otherhospitalizationreason text,
    intensivecareunit character varying(255),
    intensivecareunitstart timestamp without time zone,
    intensivecareunitend timestamp without time zone,
    admittedtohealthfacility character varying(255),
    isolationdate timestamp without time zone,
    change_user_id bigint,
    healthfacilitydepartment character varying(255),
    oxygenprescribed character varying(255),
    stillhospitalized character varying(255),
    iculengthofstay integer,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.region (
    id bigint NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    name character varying(255),
    uuid character varying(36) NOT NULL,
    epidcode character varying(255),
    growthrate real,
    archived boolean,
    externalid character varying(512),
    area_id bigint,
    country_id bigint,
    centrally_managed boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    defaultinfrastructure boolean,
    nutscode character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.samplereport (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    sampledatetime timestamp without time zone,
    samplereceiveddate timestamp without time zone,
    labsampleid text,
    samplematerial character varying(255),
    samplematerialtext character varying(255),
    specimencondition character varying(255),
    sampleoveralltestresult character varying(255),
    sample_id bigint,
    labmessage_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.samples (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    associatedcase_id bigint,
    samplecode character varying(512),
    sampledatetime timestamp without time zone NOT NULL,
    reportdatetime timestamp without time zone NOT NULL,
    reportinguser_id bigint NOT NULL,
    samplematerial character varying(255) NOT NULL,
    samplematerialtext character varying(512),
    lab_id bigint,
    otherlab_id bigint,
    shipmentdate timestamp without time zone,
    shipmentdetails character varying(512),
    receiveddate timestamp without time zone,
    notestpossiblereason character varying(512),
    comment character varying(4096),
    specimencondition character varying(255),
    labsampleid character varying(512),
    samplesource character varying(255),
    sys_period tstzrange NOT NULL,
    referredto_id bigint,
    shipped boolean,
    received boolean,
    reportlat double precision,
    reportlon double precision,
    reportlatlonaccuracy real,
    labdetails character varying(512),
    pathogentestingrequested boolean,
    additionaltestingrequested boolean,
    requestedpathogentestsstring character varying(512),
    requestedadditionaltestsstring character varying(512),
    pathogentestresult character varying(255),
    requestedotherpathogentests character varying(512),
    requestedotheradditionaltests character varying(512),
    deleted boolean,
    pathogentestresultchangedate timestamp without time zone,
    samplepurpose character varying(255) NOT NULL,
    fieldsampleid character varying(512),
    associatedcontact_id bigint,
    associatedeventparticipant_id bigint,
    sormastosormasorigininfo_id bigint,
    samplingreason character varying(255),
    samplingreasondetails text,
    change_user_id bigint,
    deletionreason character varying(255),
    otherdeletionreason text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.selfreports (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    sys_period tstzrange NOT NULL,
    deleted boolean,
    deletionreason character varying(255),
    otherdeletionreason text,
    archived boolean,
    archiveundonereason character varying(512),
    endofprocessingdate timestamp without time zone,
    type character varying(255) NOT NULL,
    reportdate timestamp without time zone NOT NULL,
    casereference text,
    disease character varying(255) NOT NULL,
    diseasevariant text,
    firstname text NOT NULL,
    lastname text NOT NULL,
    sex character varying(255),
    birthdatedd integer,
    birthdatemm integer,
    birthdateyyyy integer,
    nationalhealthid text,
    email text,
    phonenumber text,
    address_id bigint,
    comment text,
    responsibleuser_id bigint,
    investigationstatus character varying(255),
    processingstatus character varying(255),
    diseasedetails text,
    diseasevariantdetails text,
    dateoftest timestamp without time zone,
    dateofsymptoms timestamp without time zone,
    workplace text,
    dateworkplace timestamp without time zone,
    isolationdate timestamp without time zone,
    contactdate timestamp without time zone,
    resultingcase_id bigint,
    resultingcontact_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.sharerequestinfo (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    requeststatus character varying(255),
    sender_id bigint,
    withassociatedcontacts boolean,
    withsamples boolean,
    witheventparticipants boolean,
    pseudonymizedpersonaldata boolean,
    pseudonymizedsensitivedata boolean,
    comment text,
    sys_period tstzrange NOT NULL,
    withimmunizations boolean,
    responsecomment text,
    change_user_id bigint,
    datatype character varying(255) NOT NULL,
    ownershiphandedover boolean,
    withsurveillancereports boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.sharerequestinfo_shareinfo (
    sharerequestinfo_id bigint,
    shareinfo_id bigint,
    sys_period tstzrange NOT NULL
);
CREATE TABLE sormas.sormastosormasorigininfo (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    organizationid character varying(512),
    sendername character varying(512),
    senderemail character varying(512),
    senderphonenumber character varying(512),
    ownershiphandedover boolean NOT NULL,
    comment character varying(4096),
    withassociatedcontacts boolean,
    withsamples boolean,
    witheventparticipants boolean,
    withimmunizations boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    pseudonymizeddata boolean,
    withsurveillancereports boolean,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.sormastosormasshareinfo (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    organizationid character varying(512),
    sender_id bigint,
    ownershiphandedover boolean NOT NULL,
    caze_id bigint,
    contact_id bigint,
    event_id bigint,
    eventparticipant_id bigint,
    sample_id bigint,
    immunization_id bigint,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    surveillancereport_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.sormastosormassharerequest (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    datatype character varying(255),
    status character varying(255),
    origininfo_id bigint,
    cases json,
    contacts json,
    events json,
    sys_period tstzrange NOT NULL,
    eventparticipants json,
    withimmunizations boolean,
    responsecomment text,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.specialcaseaccesses (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    sys_period tstzrange NOT NULL,
    caze_id bigint NOT NULL,
    assignedto_id bigint NOT NULL,
    assignedby_id bigint NOT NULL,
    enddatetime timestamp without time zone NOT NULL,
    assignmentdate timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.subcontinent (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    archived boolean NOT NULL,
    defaultname character varying(255) NOT NULL,
    externalid character varying(255),
    continent_id bigint NOT NULL,
    centrally_managed boolean,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.surveillancereports (
    id bigint NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    reportingtype character varying(255),
    reportinguser_id bigint,
    reportdate timestamp without time zone NOT NULL,
    dateofdiagnosis timestamp without time zone,
    facilityregion_id bigint,
    facilitydistrict_id bigint,
    facilitytype character varying(255),
    facility_id bigint,
    facilitydetails text,
    notificationdetails text,
    caze_id bigint,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    externalid character varying(255),
    sormastosormasorigininfo_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.surveys (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    name text NOT NULL,
    disease character varying(255) NOT NULL,
    documenttemplate_id bigint,
    emailtemplate_id bigint,
    sys_period tstzrange NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.surveytokens (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    token character varying(255) NOT NULL,
    survey_id bigint NOT NULL,
    caseassignedto_id bigint,
    assignmentdate timestamp without time zone,
    recipientemail character varying(512),
    generateddocument_id bigint,
    responsereceived boolean NOT NULL,
    sys_period tstzrange NOT NULL,
    responsereceiveddate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.symptoms (
    id bigint NOT NULL,
    abdominalpain character varying(255),
    anorexiaappetiteloss character varying(255),
    bleedingvagina character varying(255),
    changedate timestamp(3) without time zone NOT NULL,
    chestpain character varying(255),
    confuseddisoriented character varying(255),
    conjunctivitis character varying(255),
    cough character varying(255),
    creationdate timestamp(3) without time zone NOT NULL,
    diarrhea character varying(255),
    difficultybreathing character varying(255),
    digestedbloodvomit character varying(255),
    eyepainlightsensitive character varying(255),
    fever character varying(255),
    gumsbleeding character varying(255),
    headache character varying(255),
    hemoptysis character varying(255),
    hiccups character varying(255),
    injectionsitebleeding character varying(255),
    jointpain character varying(255),
    musclepain character varying(255),
    otherhemorrhagicsymptoms character varying(255),
    otherhemorrhagicsymptomstext character varying(512),
    othernonhemorrhagicsymptoms character varying(255),
    othernonhemorrhagicsymptomstext character varying(512),
    skinrash character varying(255),
    sorethroat character varying(255),
    onsetdate timestamp without time zone,
    temperature real,
    temperaturesource character varying(255),
    unexplainedbleeding character varying(255),
    uuid character varying(36) NOT NULL,
    vomiting character varying(255),
    dehydration character varying(255),
    fatigueweakness character varying(255),
    kopliksspots character varying(255),
    nausea character varying(255),
    neckstiffness character varying(255),
    onsetsymptom character varying(512),
    otitismedia character varying(255),
    refusalfeedordrink character varying(255),
    runnynose character varying(255),
    seizures character varying(255),
    symptomatic boolean,
    bloodinstool character varying(255),
    nosebleeding character varying(255),
    bloodyblackstool character varying(255),
    redbloodvomit character varying(255),
    coughingblood character varying(255),
    skinbruising character varying(255),
    bloodurine character varying(255),
    alteredconsciousness character varying(255),
    throbocytopenia character varying(255),
    hearingloss character varying(255),
    shock character varying(255),
    symptomscomments character varying(512),
    sys_period tstzrange NOT NULL,
    backache character varying(255),
    eyesbleeding character varying(255),
    jaundice character varying(255),
    darkurine character varying(255),
    stomachbleeding character varying(255),
    rapidbreathing character varying(255),
    swollenglands character varying(255),
    lesions character varying(255),
    lesionssamestate character varying(255),
    lesionssamesize character varying(255),
    lesionsdeepprofound character varying(255),
    lesionsface boolean,
    lesionslegs boolean,
    lesionssolesfeet boolean,
    lesionspalmshands boolean,
    lesionsthorax boolean,
    lesionsarms boolean,
    lesionsgenitals boolean,
    lesionsalloverbody boolean,
    lesionsresembleimg1 character varying(255),
    lesionsresembleimg2 character varying(255),
    lesionsresembleimg3 character varying(255),
    lesionsresembleimg4 character varying(255),
    lymphadenopathyinguinal character varying(255),
    lymphadenopathyaxillary character varying(255),
    lymphadenopathycervical character varying(255),
    chillssweats character varying(255),
    lesionsthatitch character varying(255),
    bedridden character varying(255),
    oralulcers character varying(255),
    patientilllocation character varying(512),
    painfullymphadenitis character varying(255),
    buboesgroinarmpitneck character varying(255),
    blackeningdeathoftissue character varying(255),
    bulgingfontanelle character varying(255),
    lesionsonsetdate timestamp without time zone,
    meningealsigns character varying(255),
    bloodpressuresystolic integer,
    bloodpressurediastolic integer,
    heartrate integer,
    pharyngealerythema character varying(255),
    pharyngealexudate character varying(255),
    oedemafaceneck character varying(255),
    oedemalowerextremity character varying(255),
    lossskinturgor character varying(255),
    palpableliver character varying(255),
    palpablespleen character varying(255),
    malaise character varying(255),
    sunkeneyesfontanelle character varying(255),
    sidepain character varying(255),
    fluidinlungcavity character varying(255),
    tremor character varying(255),
    hemorrhagicsyndrome character varying(255),
    hyperglycemia character varying(255),
    hypoglycemia character varying(255),
    sepsis character varying(255),
    midupperarmcircumference integer,
    respiratoryrate integer,
    weight integer,
    height integer,
    glasgowcomascale integer,
    bilateralcataracts character varying(255),
    unilateralcataracts character varying(255),
    congenitalglaucoma character varying(255),
    pigmentaryretinopathy character varying(255),
    purpuricrash character varying(255),
    microcephaly character varying(255),
    developmentaldelay character varying(255),
    splenomegaly character varying(255),
    meningoencephalitis character varying(255),
    radiolucentbonedisease character varying(255),
    congenitalheartdisease character varying(255),
    congenitalheartdiseasetype character varying(255),
    congenitalheartdiseasedetails character varying(512),
    jaundicewithin24hoursofbirth character varying(255),
    hydrophobia character varying(255),
    opisthotonus character varying(255),
    anxietystates character varying(255),
    delirium character varying(255),
    uproariousness character varying(255),
    paresthesiaaroundwound character varying(255),
    excesssalivation character varying(255),
    insomnia character varying(255),
    paralysis character varying(255),
    excitation character varying(255),
    dysphagia character varying(255),
    aerophobia character varying(255),
    hyperactivity character varying(255),
    paresis character varying(255),
    agitation character varying(255),
    ascendingflaccidparalysis character varying(255),
    erraticbehaviour character varying(255),
    coma character varying(255),
    convulsion character varying(255),
    fluidinlungcavityauscultation character varying(255),
    fluidinlungcavityxray character varying(255),
    abnormallungxrayfindings character varying(255),
    conjunctivalinjection character varying(255),
    acuterespiratorydistresssyndrome character varying(255),
    pneumoniaclinicalorradiologic character varying(255),
    lossoftaste character varying(255),
    lossofsmell character varying(255),
    coughwithsputum character varying(255),
    coughwithheamoptysis character varying(255),
    lymphadenopathy character varying(255),
    wheezing character varying(255),
    skinulcers character varying(255),
    inabilitytowalk character varying(255),
    indrawingofchestwall character varying(255),
    othercomplications character varying(255),
    othercomplicationstext character varying(512),
    respiratorydiseaseventilation character varying(255),
    feelingill character varying(255),
    fastheartrate character varying(255),
    oxygensaturationlower94 character varying(255),
    feverishfeeling character varying(255),
    weakness character varying(255),
    fatigue character varying(255),
    coughwithoutsputum character varying(255),
    breathlessness character varying(255),
    chestpressure character varying(255),
    bluelips character varying(255),
    bloodcirculationproblems character varying(255),
    palpitations character varying(255),
    dizzinessstandingup character varying(255),
    highorlowbloodpressure character varying(255),
    urinaryretention character varying(255),
    shivering character varying(255),
    change_user_id bigint,
    apnoea character varying(255),
    whoopsound character varying(255),
    coughingbouts character varying(255),
    coughsprovokevomiting character varying(255),
    asymptomatic character varying(255),
    hemorrhagicrash character varying(255),
    arthritis character varying(255),
    meningitis character varying(255),
    septicaemia character varying(255),
    otherclinicalpresentation character varying(255),
    otherclinicalpresentationtext character varying(255),
    diagnosis character varying(255),
    majorsite character varying(255),
    othermajorsitedetails character varying(512),
    minorsite character varying(255),
    otherminorsitedetails character varying(512),
    dateofonsetknown character varying(255),
    clinicalpresentationstatus character varying(255),
    nocturnalcough character varying(255),
    unknownsymptom character varying(255),
    difficultybreathingduringmeals character varying(255),
    paradoxicalbreathing character varying(255),
    respiratoryfatigue character varying(255),
    parenttimeoffwork character varying(255),
    timeoffworkdays real,
    skinrashonsetdate timestamp without time zone,
    acuteencephalitis character varying(255),
    eggyburps character varying(255),
    weightloss character varying(255),
    weightlossamount real,
    reoccurrence character varying(255),
    symptomcurrentstatus character varying(255),
    durationofsymptoms integer,
    overnightstayrequired character varying(255),
    bloating character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.systemconfigurationcategory (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    name character varying(255) NOT NULL,
    caption text,
    description text,
    sys_period tstzrange NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.systemconfigurationvalue (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp without time zone NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    change_user_id bigint,
    category_id bigint NOT NULL,
    config_key character varying(255) NOT NULL,
    config_value text,
    value_optional boolean,
    value_pattern character varying(255),
    value_encrypt boolean,
    data_provider character varying(255),
    validation_message character varying(255),
    sys_period tstzrange NOT NULL,
    value_description text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.systemevent (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    type character varying(255) NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    status character varying(255) NOT NULL,
    additionalinfo text,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.task (
    id bigint NOT NULL,
    assigneereply character varying(4096),
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    creatorcomment character varying(4096),
    duedate timestamp without time zone,
    perceivedstart timestamp without time zone,
    statuschangedate timestamp without time zone,
    taskcontext character varying(255),
    taskstatus character varying(255),
    tasktype character varying(255),
    uuid character varying(36) NOT NULL,
    assigneeuser_id bigint,
    caze_id bigint,
    creatoruser_id bigint,
    priority character varying(255),
    suggestedstart timestamp without time zone,
    contact_id bigint,
    event_id bigint,
    sys_period tstzrange NOT NULL,
    closedlat double precision,
    closedlon double precision,
    closedlatlonaccuracy real,
    archived boolean NOT NULL,
    travelentry_id bigint,
    change_user_id bigint,
    assignedbyuser_id bigint,
    environment_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.task_observer (
    task_id bigint NOT NULL,
    user_id bigint NOT NULL,
    sys_period tstzrange NOT NULL,
    PRIMARY KEY (task_id, user_id)
);
CREATE TABLE sormas.testreport (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    deleted boolean,
    sys_period tstzrange NOT NULL,
    testlabname text,
    testlabexternalids character varying(255)[],
    testlabpostalcode text,
    testlabcity text,
    testtype character varying(255),
    testdatetime timestamp without time zone,
    testresult character varying(255),
    testresultverified boolean,
    testresulttext text,
    typingid text,
    externalid character varying(512),
    externalorderid character varying(512),
    preliminary boolean,
    testeddiseasevariant character varying(255),
    testeddiseasevariantdetails character varying(255),
    testpcrtestspecification character varying(255),
    change_user_id bigint,
    samplereport_id bigint NOT NULL,
    dateofresult character varying(255),
    cqvalue real,
    ctvaluee real,
    ctvaluen real,
    ctvaluerdrp real,
    ctvalues real,
    ctvalueorf1 real,
    ctvaluerdrps real,
    prescriberphysiciancode text,
    prescriberfirstname text,
    prescriberlastname text,
    prescriberphonenumber text,
    prescriberaddress text,
    prescriberpostalcode text,
    prescribercity text,
    prescribercountry_id bigint,
    testtypedetails character varying(255),
    genotyperesult character varying(255),
    rsvsubtype character varying(255),
    specie character varying(255),
    tubenil double precision,
    tubenilgt10 boolean,
    tubeagtb1 double precision,
    tubeagtb1gt10 boolean,
    tubeagtb2 double precision,
    tubeagtb2gt10 boolean,
    tubemitogene double precision,
    tubemitogenegt10 boolean,
    amikacinmic numeric,
    amikacinsusceptibility character varying(255),
    bedaquilinemic numeric,
    bedaquilinesusceptibility character varying(255),
    capreomycinmic numeric,
    capreomycinsusceptibility character varying(255),
    ciprofloxacinmic numeric,
    ciprofloxacinsusceptibility character varying(255),
    delamanidmic numeric,
    delamanidsusceptibility character varying(255),
    ethambutolmic numeric,
    ethambutolsusceptibility character varying(255),
    gatifloxacinmic numeric,
    gatifloxacinsusceptibility character varying(255),
    isoniazidmic numeric,
    isoniazidsusceptibility character varying(255),
    kanamycinmic numeric,
    kanamycinsusceptibility character varying(255),
    levofloxacinmic numeric,
    levofloxacinsusceptibility character varying(255),
    moxifloxacinmic numeric,
    moxifloxacinsusceptibility character varying(255),
    ofloxacinmic numeric,
    ofloxacinsusceptibility character varying(255),
    rifampicinmic numeric,
    rifampicinsusceptibility character varying(255),
    streptomycinmic numeric,
    streptomycinsusceptibility character varying(255),
    ceftriaxonemic numeric,
    ceftriaxonesusceptibility character varying(255),
    penicillinmic numeric,
    penicillinsusceptibility character varying(255),
    erythromycinmic numeric,
    erythromycinsusceptibility character varying(255),
    serogroupspecification character varying(255),
    serogroupspecificationtext character varying(255),
    serotypingmethod character varying(255),
    serotypingmethodtext character varying(255),
    serotype character varying(255),
    straincallstatus character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE sormas.therapy (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    directlyobservedtreatment boolean,
    mdrxdrtuberculosis boolean,
    beijinglineage boolean,
    treatmentstarted character varying(255),
    treatmentnotapplicable boolean,
    treatmentstartdate timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.travelentry (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    person_id bigint NOT NULL,
    reportdate timestamp without time zone NOT NULL,
    reportinguser_id bigint NOT NULL,
    archived boolean,
    deleted boolean,
    disease character varying(255) NOT NULL,
    diseasedetails text,
    diseasevariant text,
    responsibleregion_id bigint NOT NULL,
    responsibledistrict_id bigint NOT NULL,
    responsiblecommunity_id bigint,
    pointofentryregion_id bigint,
    pointofentrydistrict_id bigint,
    pointofentry_id bigint NOT NULL,
    pointofentrydetails text,
    resultingcase_id bigint,
    externalid character varying(255),
    recovered boolean,
    vaccinated boolean,
    testednegative boolean,
    deacontent json,
    quarantine character varying(255),
    quarantinetypedetails text,
    quarantinefrom timestamp without time zone,
    quarantineto timestamp without time zone,
    quarantinehelpneeded text,
    quarantineorderedverbally boolean,
    quarantineorderedofficialdocument boolean,
    quarantineorderedverballydate timestamp without time zone,
    quarantineorderedofficialdocumentdate timestamp without time zone,
    quarantinehomepossible character varying(255),
    quarantinehomepossiblecomment text,
    quarantinehomesupplyensured character varying(255),
    quarantinehomesupplyensuredcomment text,
    quarantineextended boolean,
    quarantinereduced boolean,
    quarantineofficialordersent boolean,
    quarantineofficialordersentdate timestamp without time zone,
    sys_period tstzrange NOT NULL,
    diseasevariantdetails text,
    endofprocessingdate timestamp without time zone,
    archiveundonereason character varying(512),
    change_user_id bigint,
    dateofarrival timestamp without time zone NOT NULL,
    deletionreason character varying(255),
    otherdeletionreason text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.treatment (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    therapy_id bigint NOT NULL,
    treatmentdatetime timestamp without time zone NOT NULL,
    executingclinician character varying(512),
    treatmenttype character varying(255) NOT NULL,
    treatmentdetails character varying(512),
    dose character varying(512),
    route character varying(255),
    routedetails character varying(512),
    additionalnotes character varying(4096),
    sys_period tstzrange NOT NULL,
    typeofdrug character varying(255),
    prescription_id bigint,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.userroles (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    sys_period tstzrange NOT NULL,
    enabled boolean NOT NULL,
    change_user_id bigint,
    caption character varying(512),
    description character varying(4096),
    hasoptionalhealthfacility boolean,
    hasassociateddistrictuser boolean,
    porthealthuser boolean,
    jurisdictionlevel character varying(255),
    linkeddefaultuserrole character varying(255),
    restrictaccesstoassignedentities boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.userroles_emailnotificationtypes (
    userrole_id bigint NOT NULL,
    notificationtype character varying(255) NOT NULL,
    sys_period tstzrange NOT NULL
);
CREATE TABLE sormas.userroles_smsnotificationtypes (
    userrole_id bigint NOT NULL,
    notificationtype character varying(255) NOT NULL,
    sys_period tstzrange NOT NULL
);
CREATE TABLE sormas.userroles_userrights (
    userright character varying(255) NOT NULL,
    sys_period tstzrange NOT NULL,
    userrole_id bigint NOT NULL
);
CREATE TABLE sormas.users (
    id bigint NOT NULL,
    active boolean NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    firstname character varying(512) NOT NULL,
    lastname character varying(512) NOT NULL,
    password character varying(64) NOT NULL,
    phone character varying(255),
    seed character varying(16) NOT NULL,
    useremail character varying(255),
    username character varying(512) NOT NULL,
    uuid character varying(36) NOT NULL,
    address_id bigint,
    associatedofficer_id bigint,
    region_id bigint,
    district_id bigint,
    healthfacility_id bigint,
    laboratory_id bigint,
    sys_period tstzrange NOT NULL,
    community_id bigint,
    limiteddiseases text,
    pointofentry_id bigint,
    language character varying(255),
    hasconsentedtogdpr boolean,
    jurisdictionlevel character varying(255) NOT NULL,
    change_user_id bigint,
    externalid text,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.users_userroles (
    user_id bigint NOT NULL,
    sys_period tstzrange NOT NULL,
    userrole_id bigint NOT NULL
);
CREATE TABLE sormas.vaccination (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    immunization_id bigint NOT NULL,
    healthconditions_id bigint NOT NULL,
    reportdate timestamp without time zone NOT NULL,
    reportinguser_id bigint,
    vaccinationdate timestamp without time zone,
    vaccinename character varying(255),
    othervaccinename text,
    vaccinemanufacturer character varying(255),
    othervaccinemanufacturer text,
    vaccineinn text,
    vaccinebatchnumber text,
    vaccineuniicode text,
    vaccineatccode text,
    vaccinationinfosource character varying(255),
    pregnant character varying(255),
    trimester character varying(255),
    sys_period tstzrange NOT NULL,
    vaccinetype text,
    vaccinedose text,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.visit (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    person_id bigint NOT NULL,
    visituser_id bigint NOT NULL,
    visitremarks character varying(512),
    disease character varying(255),
    visitdatetime timestamp without time zone NOT NULL,
    visitstatus character varying(255),
    symptoms_id bigint,
    sys_period tstzrange NOT NULL,
    reportlat double precision,
    reportlon double precision,
    reportlatlonaccuracy real,
    caze_id bigint,
    origin character varying(255),
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.weeklyreport (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    healthfacility_id bigint,
    reportinguser_id bigint NOT NULL,
    reportdatetime timestamp without time zone NOT NULL,
    totalnumberofcases integer NOT NULL,
    year integer NOT NULL,
    epiweek integer NOT NULL,
    district_id bigint,
    community_id bigint,
    assignedofficer_id bigint,
    changedateofembeddedlists timestamp without time zone,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE sormas.weeklyreportentry (
    id bigint NOT NULL,
    uuid character varying(36) NOT NULL,
    changedate timestamp(3) without time zone NOT NULL,
    creationdate timestamp(3) without time zone NOT NULL,
    weeklyreport_id bigint NOT NULL,
    disease character varying(255) NOT NULL,
    numberofcases integer NOT NULL,
    sys_period tstzrange NOT NULL,
    change_user_id bigint,
    PRIMARY KEY (id)
);
ALTER TABLE sormas.action ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.action ADD FOREIGN KEY (creatoruser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.action ADD FOREIGN KEY (event_id) REFERENCES sormas.events(id);
ALTER TABLE sormas.activityascase ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.activityascase ADD FOREIGN KEY (epidata_id) REFERENCES sormas.epidata(id);
ALTER TABLE sormas.activityascase ADD FOREIGN KEY (location_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.activityascase ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.additionaltest ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.additionaltest ADD FOREIGN KEY (sample_id) REFERENCES sormas.samples(id);
ALTER TABLE sormas.adverseevents ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (address_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (adverseevents_id) REFERENCES sormas.adverseevents(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (country_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (healthfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (immunization_id) REFERENCES sormas.immunization(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (primarysuspectvaccine_id) REFERENCES sormas.vaccination(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (reportingofficeraddress_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (reportingofficerfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (responsiblecommunity_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (responsibledistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization ADD FOREIGN KEY (responsibleregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization_vaccinations ADD FOREIGN KEY (adverseeventsfollowingimmunization_id) REFERENCES sormas.adverseeventsfollowingimmunization(id);
ALTER TABLE sormas.adverseeventsfollowingimmunization_vaccinations ADD FOREIGN KEY (vaccination_id) REFERENCES sormas.vaccination(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (address_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (adverseeventsfollowingimmunization_id) REFERENCES sormas.adverseeventsfollowingimmunization(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (country_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (primarysuspectvaccine_id) REFERENCES sormas.vaccination(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (reportingofficeraddress_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (reportingofficerfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (responsiblecommunity_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (responsibledistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (responsibleregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.adverseeventsfollowingimmunizationinvestigation ADD FOREIGN KEY (vaccinationfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.aefiinvestigation_vaccinations ADD FOREIGN KEY (adverseeventsfollowingimmunizationinvestigation_id) REFERENCES sormas.adverseeventsfollowingimmunizationinvestigation(id);
ALTER TABLE sormas.aefiinvestigation_vaccinations ADD FOREIGN KEY (vaccination_id) REFERENCES sormas.vaccination(id);
ALTER TABLE sormas.aggregatereport ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.aggregatereport ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.aggregatereport ADD FOREIGN KEY (healthfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.aggregatereport ADD FOREIGN KEY (pointofentry_id) REFERENCES sormas.pointofentry(id);
ALTER TABLE sormas.aggregatereport ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.aggregatereport ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.areas ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.campaign_campaignformmeta ADD FOREIGN KEY (campaign_id) REFERENCES sormas.campaigns(id);
ALTER TABLE sormas.campaign_campaignformmeta ADD FOREIGN KEY (campaignformmeta_id) REFERENCES sormas.campaignformmeta(id);
ALTER TABLE sormas.campaigndiagramdefinition ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.campaignformdata ADD FOREIGN KEY (campaign_id) REFERENCES sormas.campaigns(id);
ALTER TABLE sormas.campaignformdata ADD FOREIGN KEY (campaignformmeta_id) REFERENCES sormas.campaignformmeta(id);
ALTER TABLE sormas.campaignformdata ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.campaignformdata ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.campaignformdata ADD FOREIGN KEY (creatinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.campaignformdata ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.campaignformdata ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.campaignformmeta ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.campaigns ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.campaigns ADD FOREIGN KEY (creatinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (caseofficer_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (classificationuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (clinicalcourse_id) REFERENCES sormas.clinicalcourse(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (duplicateof_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (epidata_id) REFERENCES sormas.epidata(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (followupstatuschangeuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (healthconditions_id) REFERENCES sormas.healthconditions(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (healthfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (hospitalization_id) REFERENCES sormas.hospitalization(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (maternalhistory_id) REFERENCES sormas.maternalhistory(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (notifier_id) REFERENCES sormas.notifier(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (pointofentry_id) REFERENCES sormas.pointofentry(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (porthealthinfo_id) REFERENCES sormas.porthealthinfo(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (responsiblecommunity_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (responsibledistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (responsibleregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (sormastosormasorigininfo_id) REFERENCES sormas.sormastosormasorigininfo(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (surveillanceofficer_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (symptoms_id) REFERENCES sormas.symptoms(id);
ALTER TABLE sormas.cases ADD FOREIGN KEY (therapy_id) REFERENCES sormas.therapy(id);
ALTER TABLE sormas.clinicalcourse ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.clinicalvisit ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.clinicalvisit ADD FOREIGN KEY (clinicalcourse_id) REFERENCES sormas.clinicalcourse(id);
ALTER TABLE sormas.clinicalvisit ADD FOREIGN KEY (symptoms_id) REFERENCES sormas.symptoms(id);
ALTER TABLE sormas.community ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.community ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (caze_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (contactofficer_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (duplicateof_id) REFERENCES sormas.contact(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (epidata_id) REFERENCES sormas.epidata(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (followupstatuschangeuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (healthconditions_id) REFERENCES sormas.healthconditions(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (reportingdistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (resultingcase_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (resultingcaseuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.contact ADD FOREIGN KEY (sormastosormasorigininfo_id) REFERENCES sormas.sormastosormasorigininfo(id);
ALTER TABLE sormas.contacts_visits ADD FOREIGN KEY (contact_id) REFERENCES sormas.contact(id);
ALTER TABLE sormas.contacts_visits ADD FOREIGN KEY (visit_id) REFERENCES sormas.visit(id);
ALTER TABLE sormas.continent ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.country ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.country ADD FOREIGN KEY (subcontinent_id) REFERENCES sormas.subcontinent(id);
ALTER TABLE sormas.customizableenumvalue ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.deletionconfiguration ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.diseaseconfiguration ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.district ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.district ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.documentrelatedentities ADD FOREIGN KEY (document_id) REFERENCES sormas.documents(id);
ALTER TABLE sormas.documents ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.documents ADD FOREIGN KEY (uploadinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.documenttemplates ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.drugsusceptibility ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.environments ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.environments ADD FOREIGN KEY (location_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.environments ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.environments ADD FOREIGN KEY (responsibleuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.environmentsamples ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.environmentsamples ADD FOREIGN KEY (environment_id) REFERENCES sormas.environments(id);
ALTER TABLE sormas.environmentsamples ADD FOREIGN KEY (laboratory_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.environmentsamples ADD FOREIGN KEY (location_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.environmentsamples ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.epidata ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.epidata ADD FOREIGN KEY (country_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.epipulse_datasource_configuration ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.epipulse_export ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.epipulse_export ADD FOREIGN KEY (creation_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.epipulse_location_configuration ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.epipulse_subjectcode_configuration ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.eventgroups ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.eventparticipant ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.eventparticipant ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.eventparticipant ADD FOREIGN KEY (event_id) REFERENCES sormas.events(id);
ALTER TABLE sormas.eventparticipant ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.eventparticipant ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.eventparticipant ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.eventparticipant ADD FOREIGN KEY (resultingcase_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.eventparticipant ADD FOREIGN KEY (sormastosormasorigininfo_id) REFERENCES sormas.sormastosormasorigininfo(id);
ALTER TABLE sormas.events ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.events ADD FOREIGN KEY (eventlocation_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.events ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.events ADD FOREIGN KEY (responsibleuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.events ADD FOREIGN KEY (sormastosormasorigininfo_id) REFERENCES sormas.sormastosormasorigininfo(id);
ALTER TABLE sormas.events ADD FOREIGN KEY (superordinateevent_id) REFERENCES sormas.events(id);
ALTER TABLE sormas.events_environments ADD FOREIGN KEY (environment_id) REFERENCES sormas.environments(id);
ALTER TABLE sormas.events_environments ADD FOREIGN KEY (event_id) REFERENCES sormas.events(id);
ALTER TABLE sormas.events_eventgroups ADD FOREIGN KEY (event_id) REFERENCES sormas.events(id);
ALTER TABLE sormas.events_eventgroups ADD FOREIGN KEY (eventgroup_id) REFERENCES sormas.eventgroups(id);
ALTER TABLE sormas.exportconfiguration ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.exportconfiguration ADD FOREIGN KEY (user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.exposures ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.exposures ADD FOREIGN KEY (contacttocase_id) REFERENCES sormas.contact(id);
ALTER TABLE sormas.exposures ADD FOREIGN KEY (epidata_id) REFERENCES sormas.epidata(id);
ALTER TABLE sormas.exposures ADD FOREIGN KEY (location_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.exposures ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.externalmessage ADD FOREIGN KEY (assignee_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.externalmessage ADD FOREIGN KEY (casesymptoms_id) REFERENCES sormas.symptoms(id);
ALTER TABLE sormas.externalmessage ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.externalmessage ADD FOREIGN KEY (personcountry_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.externalmessage ADD FOREIGN KEY (personfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.externalmessage ADD FOREIGN KEY (surveillancereport_id) REFERENCES sormas.surveillancereports(id);
ALTER TABLE sormas.externalshareinfo ADD FOREIGN KEY (caze_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.externalshareinfo ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.externalshareinfo ADD FOREIGN KEY (event_id) REFERENCES sormas.events(id);
ALTER TABLE sormas.externalshareinfo ADD FOREIGN KEY (sender_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.facility ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.facility ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.facility ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.facility ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.featureconfiguration ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.featureconfiguration ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.featureconfiguration ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.healthconditions ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.hospitalization ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (country_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (healthfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (relatedcase_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (responsiblecommunity_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (responsibledistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (responsibleregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.immunization ADD FOREIGN KEY (sormastosormasorigininfo_id) REFERENCES sormas.sormastosormasorigininfo(id);
ALTER TABLE sormas.location ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.location ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.location ADD FOREIGN KEY (continent_id) REFERENCES sormas.continent(id);
ALTER TABLE sormas.location ADD FOREIGN KEY (country_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.location ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.location ADD FOREIGN KEY (facility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.location ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.location ADD FOREIGN KEY (subcontinent_id) REFERENCES sormas.subcontinent(id);
ALTER TABLE sormas.manualmessagelog ADD FOREIGN KEY (caze_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.manualmessagelog ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.manualmessagelog ADD FOREIGN KEY (contact_id) REFERENCES sormas.contact(id);
ALTER TABLE sormas.manualmessagelog ADD FOREIGN KEY (eventparticipant_id) REFERENCES sormas.eventparticipant(id);
ALTER TABLE sormas.manualmessagelog ADD FOREIGN KEY (recipientperson_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.manualmessagelog ADD FOREIGN KEY (sendinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.manualmessagelog ADD FOREIGN KEY (travelentry_id) REFERENCES sormas.travelentry(id);
ALTER TABLE sormas.maternalhistory ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.maternalhistory ADD FOREIGN KEY (rashexposurecommunity_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.maternalhistory ADD FOREIGN KEY (rashexposuredistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.maternalhistory ADD FOREIGN KEY (rashexposureregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.outbreak ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.outbreak ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.outbreak ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.pathogentest ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.pathogentest ADD FOREIGN KEY (drugsusceptibility_id) REFERENCES sormas.drugsusceptibility(id);
ALTER TABLE sormas.pathogentest ADD FOREIGN KEY (environmentsample_id) REFERENCES sormas.environmentsamples(id);
ALTER TABLE sormas.pathogentest ADD FOREIGN KEY (lab_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.pathogentest ADD FOREIGN KEY (labuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.pathogentest ADD FOREIGN KEY (prescribercountry_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.pathogentest ADD FOREIGN KEY (sample_id) REFERENCES sormas.samples(id);
ALTER TABLE sormas.person ADD FOREIGN KEY (address_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.person ADD FOREIGN KEY (birthcountry_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.person ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.person ADD FOREIGN KEY (citizenship_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.person ADD FOREIGN KEY (placeofbirthcommunity_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.person ADD FOREIGN KEY (placeofbirthdistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.person ADD FOREIGN KEY (placeofbirthfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.person ADD FOREIGN KEY (placeofbirthregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.person_locations ADD FOREIGN KEY (location_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.person_locations ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.personcontactdetail ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.personcontactdetail ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.pointofentry ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.pointofentry ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.pointofentry ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.populationdata ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.populationdata ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.populationdata ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.populationdata ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.porthealthinfo ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.prescription ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.prescription ADD FOREIGN KEY (therapy_id) REFERENCES sormas.therapy(id);
ALTER TABLE sormas.previoushospitalization ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.previoushospitalization ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.previoushospitalization ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.previoushospitalization ADD FOREIGN KEY (healthfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.previoushospitalization ADD FOREIGN KEY (hospitalization_id) REFERENCES sormas.hospitalization(id);
ALTER TABLE sormas.previoushospitalization ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.region ADD FOREIGN KEY (area_id) REFERENCES sormas.areas(id);
ALTER TABLE sormas.region ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.region ADD FOREIGN KEY (country_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.samplereport ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.samplereport ADD FOREIGN KEY (labmessage_id) REFERENCES sormas.externalmessage(id);
ALTER TABLE sormas.samplereport ADD FOREIGN KEY (sample_id) REFERENCES sormas.samples(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (associatedcase_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (associatedcontact_id) REFERENCES sormas.contact(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (associatedeventparticipant_id) REFERENCES sormas.eventparticipant(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (lab_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (otherlab_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (referredto_id) REFERENCES sormas.samples(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.samples ADD FOREIGN KEY (sormastosormasorigininfo_id) REFERENCES sormas.sormastosormasorigininfo(id);
ALTER TABLE sormas.selfreports ADD FOREIGN KEY (address_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.selfreports ADD FOREIGN KEY (responsibleuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.selfreports ADD FOREIGN KEY (resultingcase_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.selfreports ADD FOREIGN KEY (resultingcontact_id) REFERENCES sormas.contact(id);
ALTER TABLE sormas.sharerequestinfo ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.sharerequestinfo ADD FOREIGN KEY (sender_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.sharerequestinfo_shareinfo ADD FOREIGN KEY (shareinfo_id) REFERENCES sormas.sormastosormasshareinfo(id);
ALTER TABLE sormas.sharerequestinfo_shareinfo ADD FOREIGN KEY (sharerequestinfo_id) REFERENCES sormas.sharerequestinfo(id);
ALTER TABLE sormas.sormastosormasorigininfo ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (caze_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (contact_id) REFERENCES sormas.contact(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (event_id) REFERENCES sormas.events(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (eventparticipant_id) REFERENCES sormas.eventparticipant(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (immunization_id) REFERENCES sormas.immunization(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (sample_id) REFERENCES sormas.samples(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (sender_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.sormastosormasshareinfo ADD FOREIGN KEY (surveillancereport_id) REFERENCES sormas.surveillancereports(id);
ALTER TABLE sormas.sormastosormassharerequest ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.sormastosormassharerequest ADD FOREIGN KEY (origininfo_id) REFERENCES sormas.sormastosormasorigininfo(id);
ALTER TABLE sormas.specialcaseaccesses ADD FOREIGN KEY (assignedby_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.specialcaseaccesses ADD FOREIGN KEY (assignedto_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.specialcaseaccesses ADD FOREIGN KEY (caze_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.subcontinent ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.subcontinent ADD FOREIGN KEY (continent_id) REFERENCES sormas.continent(id);
ALTER TABLE sormas.surveillancereports ADD FOREIGN KEY (caze_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.surveillancereports ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.surveillancereports ADD FOREIGN KEY (facility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.surveillancereports ADD FOREIGN KEY (facilitydistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.surveillancereports ADD FOREIGN KEY (facilityregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.surveillancereports ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.surveillancereports ADD FOREIGN KEY (sormastosormasorigininfo_id) REFERENCES sormas.sormastosormasorigininfo(id);
ALTER TABLE sormas.surveys ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.surveys ADD FOREIGN KEY (documenttemplate_id) REFERENCES sormas.documenttemplates(id);
ALTER TABLE sormas.surveys ADD FOREIGN KEY (emailtemplate_id) REFERENCES sormas.documenttemplates(id);
ALTER TABLE sormas.surveytokens ADD FOREIGN KEY (caseassignedto_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.surveytokens ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.surveytokens ADD FOREIGN KEY (generateddocument_id) REFERENCES sormas.documents(id);
ALTER TABLE sormas.surveytokens ADD FOREIGN KEY (survey_id) REFERENCES sormas.surveys(id);
ALTER TABLE sormas.symptoms ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.systemconfigurationcategory ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.systemconfigurationvalue ADD FOREIGN KEY (category_id) REFERENCES sormas.systemconfigurationcategory(id);
ALTER TABLE sormas.systemconfigurationvalue ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.systemevent ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.task ADD FOREIGN KEY (assigneeuser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.task ADD FOREIGN KEY (caze_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.task ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.task ADD FOREIGN KEY (contact_id) REFERENCES sormas.contact(id);
ALTER TABLE sormas.task ADD FOREIGN KEY (creatoruser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.task ADD FOREIGN KEY (environment_id) REFERENCES sormas.environments(id);
ALTER TABLE sormas.task ADD FOREIGN KEY (event_id) REFERENCES sormas.events(id);
ALTER TABLE sormas.task ADD FOREIGN KEY (travelentry_id) REFERENCES sormas.travelentry(id);
ALTER TABLE sormas.task_observer ADD FOREIGN KEY (task_id) REFERENCES sormas.task(id);
ALTER TABLE sormas.task_observer ADD FOREIGN KEY (user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.testreport ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.testreport ADD FOREIGN KEY (prescribercountry_id) REFERENCES sormas.country(id);
ALTER TABLE sormas.testreport ADD FOREIGN KEY (samplereport_id) REFERENCES sormas.samplereport(id);
ALTER TABLE sormas.therapy ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (pointofentry_id) REFERENCES sormas.pointofentry(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (pointofentrydistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (pointofentryregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (responsiblecommunity_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (responsibledistrict_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (responsibleregion_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.travelentry ADD FOREIGN KEY (resultingcase_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.treatment ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.treatment ADD FOREIGN KEY (prescription_id) REFERENCES sormas.prescription(id);
ALTER TABLE sormas.treatment ADD FOREIGN KEY (therapy_id) REFERENCES sormas.therapy(id);
ALTER TABLE sormas.userroles ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.userroles_emailnotificationtypes ADD FOREIGN KEY (userrole_id) REFERENCES sormas.userroles(id);
ALTER TABLE sormas.userroles_smsnotificationtypes ADD FOREIGN KEY (userrole_id) REFERENCES sormas.userroles(id);
ALTER TABLE sormas.userroles_userrights ADD FOREIGN KEY (userrole_id) REFERENCES sormas.userroles(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (address_id) REFERENCES sormas.location(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (associatedofficer_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (healthfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (laboratory_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (pointofentry_id) REFERENCES sormas.pointofentry(id);
ALTER TABLE sormas.users ADD FOREIGN KEY (region_id) REFERENCES sormas.region(id);
ALTER TABLE sormas.users_userroles ADD FOREIGN KEY (user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.users_userroles ADD FOREIGN KEY (userrole_id) REFERENCES sormas.userroles(id);
ALTER TABLE sormas.vaccination ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.vaccination ADD FOREIGN KEY (healthconditions_id) REFERENCES sormas.healthconditions(id);
ALTER TABLE sormas.vaccination ADD FOREIGN KEY (immunization_id) REFERENCES sormas.immunization(id);
ALTER TABLE sormas.vaccination ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.visit ADD FOREIGN KEY (caze_id) REFERENCES sormas.cases(id);
ALTER TABLE sormas.visit ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.visit ADD FOREIGN KEY (person_id) REFERENCES sormas.person(id);
ALTER TABLE sormas.visit ADD FOREIGN KEY (symptoms_id) REFERENCES sormas.symptoms(id);
ALTER TABLE sormas.visit ADD FOREIGN KEY (visituser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.weeklyreport ADD FOREIGN KEY (assignedofficer_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.weeklyreport ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.weeklyreport ADD FOREIGN KEY (community_id) REFERENCES sormas.community(id);
ALTER TABLE sormas.weeklyreport ADD FOREIGN KEY (district_id) REFERENCES sormas.district(id);
ALTER TABLE sormas.weeklyreport ADD FOREIGN KEY (healthfacility_id) REFERENCES sormas.facility(id);
ALTER TABLE sormas.weeklyreport ADD FOREIGN KEY (reportinguser_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.weeklyreportentry ADD FOREIGN KEY (change_user_id) REFERENCES sormas.users(id);
ALTER TABLE sormas.weeklyreportentry ADD FOREIGN KEY (weeklyreport_id) REFERENCES sormas.weeklyreport(id);
