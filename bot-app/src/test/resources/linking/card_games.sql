-- BIRD's "card_games" database (Magic: The Gathering cards from MTGJSON: cards, their foreign-language printings,
-- format legalities, rulings, sets and set-name translations), the dev-set database of the BIRD text-to-SQL
-- benchmark (bird-bench.github.io; BIRD is released under CC BY-SA 4.0). Read from the CREATE TABLE statements of
-- its SQLite file (card_games.sqlite) as quoted in public copies of BIRD prompts (the repository holding the copy
-- read could not be identified), its tables, columns, SQLite types, primary keys, the two unique keys foreign keys
-- point at (cards.uuid, sets.code) and foreign keys turned into PostgreSQL by hand, loaded into a scratch PostgreSQL
-- and checked there; schema card_games. The source's camelCase names kept as quoted identifiers ("borderColor",
-- "setCode"); 0/1 flags kept as integer, dates as in the SQLite file (text or date). AUTOINCREMENT, ON DELETE/UPDATE
-- CASCADE and defaults left out. No comments: the SQLite file has none (BIRD's description CSVs are not part of
-- the database). No rows.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS card_games;

CREATE TABLE card_games.sets (
    id integer NOT NULL,
    "baseSetSize" integer,
    block text,
    booster text,
    code text NOT NULL,
    "isFoilOnly" integer NOT NULL,
    "isForeignOnly" integer NOT NULL,
    "isNonFoilOnly" integer NOT NULL,
    "isOnlineOnly" integer NOT NULL,
    "isPartialPreview" integer NOT NULL,
    "keyruneCode" text,
    "mcmId" integer,
    "mcmIdExtras" integer,
    "mcmName" text,
    "mtgoCode" text,
    name text,
    "parentCode" text,
    "releaseDate" date,
    "tcgplayerGroupId" integer,
    "totalSetSize" integer,
    type text,
    PRIMARY KEY (id),
    UNIQUE (code)
);
CREATE TABLE card_games.cards (
    id integer NOT NULL,
    artist text,
    "asciiName" text,
    availability text,
    "borderColor" text,
    "cardKingdomFoilId" text,
    "cardKingdomId" text,
    "colorIdentity" text,
    "colorIndicator" text,
    colors text,
    "convertedManaCost" real,
    "duelDeck" text,
    "edhrecRank" integer,
    "faceConvertedManaCost" real,
    "faceName" text,
    "flavorName" text,
    "flavorText" text,
    "frameEffects" text,
    "frameVersion" text,
    hand text,
    "hasAlternativeDeckLimit" integer NOT NULL,
    "hasContentWarning" integer NOT NULL,
    "hasFoil" integer NOT NULL,
    "hasNonFoil" integer NOT NULL,
    "isAlternative" integer NOT NULL,
    "isFullArt" integer NOT NULL,
    "isOnlineOnly" integer NOT NULL,
    "isOversized" integer NOT NULL,
    "isPromo" integer NOT NULL,
    "isReprint" integer NOT NULL,
    "isReserved" integer NOT NULL,
    "isStarter" integer NOT NULL,
    "isStorySpotlight" integer NOT NULL,
    "isTextless" integer NOT NULL,
    "isTimeshifted" integer NOT NULL,
    keywords text,
    layout text,
    "leadershipSkills" text,
    life text,
    loyalty text,
    "manaCost" text,
    "mcmId" text,
    "mcmMetaId" text,
    "mtgArenaId" text,
    "mtgjsonV4Id" text,
    "mtgoFoilId" text,
    "mtgoId" text,
    "multiverseId" text,
    name text,
    number text,
    "originalReleaseDate" text,
    "originalText" text,
    "originalType" text,
    "otherFaceIds" text,
    power text,
    printings text,
    "promoTypes" text,
    "purchaseUrls" text,
    rarity text,
    "scryfallId" text,
    "scryfallIllustrationId" text,
    "scryfallOracleId" text,
    "setCode" text,
    side text,
    subtypes text,
    supertypes text,
    "tcgplayerProductId" text,
    text text,
    toughness text,
    type text,
    types text,
    uuid text NOT NULL,
    variations text,
    watermark text,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE card_games.foreign_data (
    id integer NOT NULL,
    "flavorText" text,
    language text,
    multiverseid integer,
    name text,
    text text,
    type text,
    uuid text,
    PRIMARY KEY (id),
    FOREIGN KEY (uuid) REFERENCES card_games.cards (uuid)
);
CREATE TABLE card_games.legalities (
    id integer NOT NULL,
    format text,
    status text,
    uuid text,
    PRIMARY KEY (id),
    FOREIGN KEY (uuid) REFERENCES card_games.cards (uuid)
);
CREATE TABLE card_games.rulings (
    id integer NOT NULL,
    date date,
    text text,
    uuid text,
    PRIMARY KEY (id),
    FOREIGN KEY (uuid) REFERENCES card_games.cards (uuid)
);
CREATE TABLE card_games.set_translations (
    id integer NOT NULL,
    language text,
    "setCode" text,
    translation text,
    PRIMARY KEY (id),
    FOREIGN KEY ("setCode") REFERENCES card_games.sets (code)
);
