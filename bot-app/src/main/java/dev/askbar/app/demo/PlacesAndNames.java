package dev.askbar.app.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Where the demo shop's customers live and what they are called. Names are kept per language so a
 * customer in Kraków is called Wójcik rather than Smith: questions like "customers in Poland" should
 * return rows that look right to a human reading them.
 */
final class PlacesAndNames {
    private PlacesAndNames() {}

    record Region(int id, String code, String name) {}

    /** {@code weight} is a relative share of customers; {@code language} picks the names from {@link #LANGUAGES}. */
    record Country(
            String name,
            String isoCode,
            String regionCode,
            int weight,
            String phonePrefix,
            String language,
            List<String> cities,
            List<String> mailDomains) {}

    /**
     * A language's given and family names. Entries written as {@code display/ascii} carry their own
     * romanisation because script-stripping cannot turn 山田 into an e-mail address.
     */
    record Language(String code, List<String> given, List<String> family, boolean familyFirst) {}

    static final List<Region> REGIONS = List.of(
            new Region(1, "DACH", "Germany, Austria & Switzerland"),
            new Region(2, "BNL", "Benelux"),
            new Region(3, "FR", "France"),
            new Region(4, "SOUTH", "Iberia & Italy"),
            new Region(5, "NORD", "Nordics"),
            new Region(6, "CEE", "Central & Eastern Europe"),
            new Region(7, "UKI", "UK & Ireland"),
            new Region(8, "APAC", "Asia-Pacific"));

    private static final List<String> COMMON_MAIL = List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com");

    static final List<Country> COUNTRIES = List.of(
            new Country(
                    "Germany",
                    "DE",
                    "DACH",
                    30,
                    "+49",
                    "de",
                    List.of(
                            "Berlin",
                            "Hamburg",
                            "München",
                            "Köln",
                            "Frankfurt am Main",
                            "Stuttgart",
                            "Düsseldorf",
                            "Leipzig",
                            "Dresden",
                            "Nürnberg"),
                    List.of("web.de", "gmx.de", "t-online.de")),
            new Country(
                    "Austria",
                    "AT",
                    "DACH",
                    6,
                    "+43",
                    "de",
                    List.of("Wien", "Graz", "Linz", "Salzburg", "Innsbruck"),
                    List.of("gmx.at", "aon.at")),
            new Country(
                    "Switzerland",
                    "CH",
                    "DACH",
                    5,
                    "+41",
                    "de",
                    List.of("Zürich", "Genève", "Basel", "Bern", "Lausanne"),
                    List.of("bluewin.ch", "gmx.ch")),
            new Country(
                    "Netherlands",
                    "NL",
                    "BNL",
                    9,
                    "+31",
                    "nl",
                    List.of("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen"),
                    List.of("ziggo.nl", "kpnmail.nl")),
            new Country(
                    "Belgium",
                    "BE",
                    "BNL",
                    5,
                    "+32",
                    "nl",
                    List.of("Brussel", "Antwerpen", "Gent", "Liège", "Brugge"),
                    List.of("telenet.be", "skynet.be")),
            new Country(
                    "France",
                    "FR",
                    "FR",
                    13,
                    "+33",
                    "fr",
                    List.of("Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Strasbourg"),
                    List.of("orange.fr", "free.fr", "laposte.net")),
            new Country(
                    "Spain",
                    "ES",
                    "SOUTH",
                    8,
                    "+34",
                    "es",
                    List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao"),
                    List.of("telefonica.es", "hotmail.es")),
            new Country(
                    "Portugal",
                    "PT",
                    "SOUTH",
                    3,
                    "+351",
                    "pt",
                    List.of("Lisboa", "Porto", "Braga", "Coimbra"),
                    List.of("sapo.pt")),
            new Country(
                    "Italy",
                    "IT",
                    "SOUTH",
                    7,
                    "+39",
                    "it",
                    List.of("Milano", "Roma", "Torino", "Bologna", "Firenze", "Napoli"),
                    List.of("libero.it", "virgilio.it")),
            new Country(
                    "Sweden",
                    "SE",
                    "NORD",
                    4,
                    "+46",
                    "sv",
                    List.of("Stockholm", "Göteborg", "Malmö", "Uppsala"),
                    List.of("telia.se")),
            new Country(
                    "Norway",
                    "NO",
                    "NORD",
                    3,
                    "+47",
                    "no",
                    List.of("Oslo", "Bergen", "Trondheim", "Tromsø"),
                    List.of("online.no")),
            new Country(
                    "Denmark",
                    "DK",
                    "NORD",
                    3,
                    "+45",
                    "da",
                    List.of("København", "Aarhus", "Odense", "Aalborg"),
                    List.of("mail.dk")),
            new Country(
                    "Poland",
                    "PL",
                    "CEE",
                    6,
                    "+48",
                    "pl",
                    List.of("Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"),
                    List.of("wp.pl", "onet.pl")),
            new Country(
                    "Czechia",
                    "CZ",
                    "CEE",
                    3,
                    "+420",
                    "cs",
                    List.of("Praha", "Brno", "Ostrava", "Plzeň"),
                    List.of("seznam.cz")),
            new Country(
                    "United Kingdom",
                    "GB",
                    "UKI",
                    9,
                    "+44",
                    "en",
                    List.of("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Bristol"),
                    List.of("btinternet.com", "hotmail.co.uk")),
            new Country(
                    "Ireland",
                    "IE",
                    "UKI",
                    2,
                    "+353",
                    "en",
                    List.of("Dublin", "Cork", "Galway", "Limerick"),
                    List.of("eircom.net")),
            new Country(
                    "Japan",
                    "JP",
                    "APAC",
                    2,
                    "+81",
                    "ja",
                    List.of("東京", "大阪", "横浜", "京都", "札幌"),
                    List.of("docomo.ne.jp", "yahoo.co.jp")),
            new Country(
                    "Australia",
                    "AU",
                    "APAC",
                    2,
                    "+61",
                    "en",
                    List.of("Sydney", "Melbourne", "Brisbane", "Perth"),
                    List.of("bigpond.com")));

    static final List<Language> LANGUAGES = List.of(
            new Language(
                    "de",
                    List.of(
                            "Anna",
                            "Lena",
                            "Lukas",
                            "Jonas",
                            "Sophie",
                            "Marie",
                            "Felix",
                            "Maximilian",
                            "Paul",
                            "Jürgen",
                            "Sabine",
                            "Jörg",
                            "Björn",
                            "Katrin",
                            "Zoë",
                            "Stefan"),
                    List.of(
                            "Müller",
                            "Schmidt",
                            "Schneider",
                            "Fischer",
                            "Weber",
                            "Meyer",
                            "Wagner",
                            "Becker",
                            "Hoffmann",
                            "Schäfer",
                            "Koch",
                            "Bauer",
                            "Krüger",
                            "Wolf",
                            "Schröder",
                            "Neumann"),
                    false),
            new Language(
                    "nl",
                    List.of(
                            "Daan", "Sem", "Emma", "Julia", "Lotte", "Bram", "Sanne", "Thijs", "Femke", "Ruben", "Noor",
                            "Lars"),
                    List.of(
                            "de Jong",
                            "Jansen",
                            "de Vries",
                            "van den Berg",
                            "van Dijk",
                            "Bakker",
                            "Visser",
                            "Smit",
                            "Meijer",
                            "Peeters",
                            "Maes",
                            "Willems"),
                    false),
            new Language(
                    "fr",
                    List.of(
                            "Camille",
                            "Léa",
                            "Chloé",
                            "Hugo",
                            "Louis",
                            "Théo",
                            "Manon",
                            "Inès",
                            "Jérôme",
                            "Hélène",
                            "François",
                            "Amélie",
                            "Gaëlle"),
                    List.of(
                            "Martin",
                            "Bernard",
                            "Dubois",
                            "Thomas",
                            "Robert",
                            "Petit",
                            "Durand",
                            "Leroy",
                            "Moreau",
                            "Lefèvre",
                            "Girard",
                            "Dupré",
                            "Fontaine"),
                    false),
            new Language(
                    "es",
                    List.of(
                            "Lucía", "María", "Sofía", "Hugo", "Martín", "Pablo", "Álvaro", "Javier", "Carmen", "Elena",
                            "José", "Andrés"),
                    List.of(
                            "García",
                            "Rodríguez",
                            "González",
                            "Fernández",
                            "López",
                            "Martínez",
                            "Sánchez",
                            "Pérez",
                            "Gómez",
                            "Álvarez",
                            "Jiménez",
                            "Muñoz"),
                    false),
            new Language(
                    "pt",
                    List.of("João", "Inês", "Beatriz", "Tiago", "Rodrigo", "Mariana", "Gonçalo", "Leonor"),
                    List.of("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Gonçalves"),
                    false),
            new Language(
                    "it",
                    List.of(
                            "Giulia",
                            "Francesca",
                            "Alessandro",
                            "Lorenzo",
                            "Matteo",
                            "Chiara",
                            "Niccolò",
                            "Federica",
                            "Luca",
                            "Martina"),
                    List.of(
                            "Rossi",
                            "Russo",
                            "Ferrari",
                            "Esposito",
                            "Bianchi",
                            "Romano",
                            "Colombo",
                            "Ricci",
                            "Marino",
                            "Greco"),
                    false),
            new Language(
                    "sv",
                    List.of("Erik", "Anders", "Åsa", "Linnéa", "Johan", "Sofia", "Maja", "Oskar", "Björn"),
                    List.of(
                            "Andersson",
                            "Johansson",
                            "Karlsson",
                            "Nilsson",
                            "Eriksson",
                            "Larsson",
                            "Öberg",
                            "Lindström"),
                    false),
            new Language(
                    "no",
                    List.of("Øyvind", "Ingrid", "Kari", "Ola", "Sigrid", "Håkon", "Solveig", "Magnus"),
                    List.of("Hansen", "Johansen", "Olsen", "Næss", "Berg", "Haugen", "Bakke", "Sørensen"),
                    false),
            new Language(
                    "da",
                    List.of("Mette", "Søren", "Mikkel", "Freja", "Rasmus", "Ida", "Jens", "Line"),
                    List.of(
                            "Nielsen",
                            "Jensen",
                            "Pedersen",
                            "Christensen",
                            "Rasmussen",
                            "Jørgensen",
                            "Madsen",
                            "Kristensen"),
                    false),
            new Language(
                    "pl",
                    List.of(
                            "Łukasz",
                            "Anna",
                            "Katarzyna",
                            "Piotr",
                            "Małgorzata",
                            "Krzysztof",
                            "Agnieszka",
                            "Paweł",
                            "Michał",
                            "Zofia"),
                    List.of(
                            "Nowak",
                            "Kowalski",
                            "Wiśniewski",
                            "Wójcik",
                            "Kowalczyk",
                            "Kamiński",
                            "Lewandowski",
                            "Zieliński",
                            "Szymański",
                            "Woźniak"),
                    false),
            new Language(
                    "cs",
                    List.of("Jiří", "Jan", "Petr", "Tereza", "Eliška", "Tomáš", "Lucie", "Kateřina"),
                    List.of("Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý"),
                    false),
            new Language(
                    "en",
                    List.of(
                            "Oliver",
                            "Amelia",
                            "Harry",
                            "Isla",
                            "Jack",
                            "Olivia",
                            "George",
                            "Emily",
                            "Charlotte",
                            "James",
                            "Siobhán",
                            "Seán",
                            "Chloe",
                            "Noah"),
                    List.of(
                            "Smith",
                            "Jones",
                            "Taylor",
                            "Brown",
                            "Williams",
                            "Wilson",
                            "Evans",
                            "Murphy",
                            "O'Brien",
                            "Kelly",
                            "Walsh",
                            "Thompson"),
                    false),
            new Language(
                    "ja",
                    List.of(
                            "太郎/taro",
                            "花子/hanako",
                            "健/ken",
                            "翔太/shota",
                            "美咲/misaki",
                            "陽菜/hina",
                            "大輔/daisuke",
                            "由美/yumi"),
                    List.of(
                            "山田/yamada",
                            "佐藤/sato",
                            "鈴木/suzuki",
                            "高橋/takahashi",
                            "田中/tanaka",
                            "伊藤/ito",
                            "渡辺/watanabe",
                            "中村/nakamura"),
                    true));

    /**
     * Customers who must exist whatever the seed: tests and the README's example questions rely on
     * names that exercise accents, ligatures, stroked letters and a non-Latin script.
     */
    record Fixed(String countryIso, String given, String family) {}

    static final List<Fixed> FIXED_CUSTOMERS = List.of(
            new Fixed("DE", "Zoë", "Müller"),
            new Fixed("ES", "José", "Álvarez"),
            new Fixed("PL", "Łukasz", "Wójcik"),
            new Fixed("JP", "太郎/taro", "山田/yamada"),
            new Fixed("NO", "Øyvind", "Næss"),
            new Fixed("FR", "François", "Dupré"));

    static Language language(String code) {
        for (Language l : LANGUAGES) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no names for language " + code);
    }

    static Country country(String iso) {
        for (Country c : COUNTRIES) {
            if (c.isoCode().equals(iso)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no country " + iso);
    }

    static Region region(String code) {
        for (Region r : REGIONS) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no region " + code);
    }

    static String display(String entry) {
        int slash = entry.indexOf('/');
        return slash < 0 ? entry : entry.substring(0, slash);
    }

    static String fullName(Language language, String given, String family) {
        return language.familyFirst() ? display(family) + " " + display(given) : display(given) + " " + display(family);
    }

    /** Mail systems still choke on most non-ASCII local parts, so real shops see folded addresses. */
    static String mailPart(String entry) {
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            return entry.substring(slash + 1);
        }
        String s = entry.replace("ł", "l")
                .replace("Ł", "L")
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("æ", "ae")
                .replace("Æ", "Ae")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
