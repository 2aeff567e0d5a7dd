package dev.askbar.app.bench;

import dev.askbar.core.llm.PromptTokens;
import dev.askbar.core.schema.LinkedSchema;
import dev.askbar.core.schema.SchemaCatalog;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.SchemaPrompt;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.TableInfo;
import dev.askbar.testkit.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The public sample databases of the linking benchmark (DDL in {@code src/test/resources/linking/}), each loaded
 * with its noise tables into the test PostgreSQL, and the question files with their gold tables. Shared by the
 * fast regression test and the full benchmark.
 */
final class LinkingBench {
    static final int BUDGET = 1500;
    /** The schema holding each database's noise tables. */
    static final String NOISE_SCHEMA = "ops";

    /** database name → schemas questions may touch (the noise lives in {@code ops}). */
    static final Map<String, List<String>> DATABASES = new LinkedHashMap<>();

    static {
        DATABASES.put(
                "adventureworks", List.of("humanresources", "person", "production", "purchasing", "sales", "ops"));
        DATABASES.put("pagila", List.of("public", "ops"));
        DATABASES.put("chinook", List.of("public", "ops"));
        DATABASES.put("northwind", List.of("public", "ops"));
        DATABASES.put("tpch", List.of("public", "ops"));
        DATABASES.put("airlines", List.of("bookings", "ops"));
        DATABASES.put("musicbrainz", List.of("musicbrainz"));
        DATABASES.put("mimic", List.of("mimiciii"));
        DATABASES.put("osm", List.of("public"));
        DATABASES.put("omop", List.of("cdm"));
        DATABASES.put("openemr", List.of("public"));
        DATABASES.put("employees", List.of("employees", "ops"));
        DATABASES.put("lego", List.of("lego", "ops"));
        DATABASES.put("world", List.of("public", "ops"));
        DATABASES.put("usda", List.of("public", "ops"));
        DATABASES.put("mediawiki", List.of("mediawiki"));
        DATABASES.put("imdb", List.of("imdb", "ops"));
        DATABASES.put("f1", List.of("f1", "ops"));
        DATABASES.put("zabbix", List.of("zabbix"));
        DATABASES.put("lahman", List.of("lahman", "ops"));
        DATABASES.put("stackexchange", List.of("stackexchange", "ops"));
        DATABASES.put("dolibarr", List.of("dolibarr"));
        DATABASES.put("wwi", List.of("Application", "Purchasing", "Sales", "Warehouse"));
        DATABASES.put("redmine", List.of("redmine"));
        DATABASES.put("sportsdb", List.of("sportsdb"));
        DATABASES.put("oracle", List.of("hr", "co", "sh", "ops"));
        DATABASES.put("clubdata", List.of("cd", "ops"));
        DATABASES.put("opencart", List.of("opencart"));
        DATABASES.put("tpcds", List.of("tpcds", "ops"));
        DATABASES.put("pubs", List.of("pubs", "ops"));
        DATABASES.put("pokedex", List.of("pokedex"));
        DATABASES.put("booktown", List.of("booktown", "ops"));
        DATABASES.put("dvdstore", List.of("dvdstore", "ops"));
        DATABASES.put("prestashop", List.of("prestashop"));
        DATABASES.put("classicmodels", List.of("classicmodels", "ops"));
        DATABASES.put("university", List.of("university", "ops"));
        DATABASES.put("financial", List.of("financial", "ops"));
        DATABASES.put("student_club", List.of("student_club", "ops"));
        DATABASES.put("superhero", List.of("superhero", "ops"));
        DATABASES.put("adventureworkslt", List.of("SalesLT", "ops"));
        DATABASES.put("cre_doc_tracking_db", List.of("cre_doc_tracking_db", "ops"));
        DATABASES.put("hospital_1", List.of("hospital_1", "ops"));
        DATABASES.put("mastodon", List.of("mastodon"));
        DATABASES.put("adventureworksdw", List.of("adventureworksdw", "ops"));
        DATABASES.put("toxicology", List.of("toxicology", "ops"));
        DATABASES.put("card_games", List.of("card_games", "ops"));
        DATABASES.put("spree", List.of("spree"));
        DATABASES.put("db2sample", List.of("db2sample", "ops"));
        DATABASES.put("california_schools", List.of("california_schools", "ops"));
        DATABASES.put("european_football_2", List.of("european_football_2", "ops"));
        DATABASES.put("chatwoot", List.of("chatwoot"));
        DATABASES.put("foodmart", List.of("foodmart"));
        DATABASES.put("thrombosis_prediction", List.of("thrombosis_prediction", "ops"));
        DATABASES.put("moodle", List.of("moodle"));
        DATABASES.put("dog_kennels", List.of("dog_kennels", "ops"));
        DATABASES.put("car_1", List.of("car_1", "ops"));
        DATABASES.put("debit_card_specializing", List.of("debit_card_specializing", "ops"));
        DATABASES.put("openmrs", List.of("openmrs"));
        DATABASES.put("openfoodnetwork", List.of("openfoodnetwork"));
        DATABASES.put("tpce", List.of("tpce"));
        DATABASES.put("department_store", List.of("department_store", "ops"));
        DATABASES.put("chado", List.of("chado"));
        DATABASES.put("wwidw", List.of("Dimension", "Fact", "Integration", "dbo"));
        DATABASES.put("flight_company", List.of("flight_company", "ops"));
        DATABASES.put("wta_1", List.of("wta_1", "ops"));
        DATABASES.put("koha", List.of("koha"));
        DATABASES.put("fineract", List.of("fineract"));
        DATABASES.put("camunda", List.of("camunda"));
        DATABASES.put("tracking_grants_for_research", List.of("tracking_grants_for_research", "ops"));
        DATABASES.put(
                "evergreen", List.of("actor", "asset", "biblio", "booking", "config", "money", "action", "permission"));
        DATABASES.put("idempiere", List.of("idempiere"));
        DATABASES.put("restaurant", List.of("restaurant", "ops"));
        DATABASES.put("behavior_monitoring", List.of("behavior_monitoring", "ops"));
        DATABASES.put("ofbiz", List.of("ofbiz"));
        DATABASES.put("bugzilla", List.of("bugzilla"));
        DATABASES.put("phpbb", List.of("phpbb"));
        DATABASES.put("customers_and_invoices", List.of("customers_and_invoices", "ops"));
        DATABASES.put("netbox", List.of("netbox"));
        DATABASES.put("saleor", List.of("saleor"));
        DATABASES.put("products_gen_characteristics", List.of("products_gen_characteristics", "ops"));
        DATABASES.put("dorm_1", List.of("dorm_1", "ops"));
        DATABASES.put("mattermost", List.of("mattermost"));
        DATABASES.put("student_transcripts_tracking", List.of("student_transcripts_tracking", "ops"));
        DATABASES.put("apartment_rentals", List.of("apartment_rentals", "ops"));
        DATABASES.put("magento", List.of("magento"));
        DATABASES.put("real_estate_properties", List.of("real_estate_properties", "ops"));
        DATABASES.put("allergy_1", List.of("allergy_1", "ops"));
        DATABASES.put("ledgersmb", List.of("ledgersmb"));
        DATABASES.put("insurance_policies", List.of("insurance_policies", "ops"));
        DATABASES.put("e_learning", List.of("e_learning", "ops"));
        DATABASES.put("otrs", List.of("otrs"));
        DATABASES.put("tracking_orders", List.of("tracking_orders", "ops"));
        DATABASES.put("customer_complaints", List.of("customer_complaints", "ops"));
        DATABASES.put("orangehrm", List.of("orangehrm"));
        DATABASES.put("riding_club", List.of("riding_club", "ops"));
        DATABASES.put("cre_docs_and_epenses", List.of("cre_docs_and_epenses", "ops"));
        DATABASES.put("vtiger", List.of("vtiger"));
        DATABASES.put("cre_theme_park", List.of("cre_theme_park", "ops"));
        DATABASES.put("game_1", List.of("game_1", "ops"));
        DATABASES.put("gitea", List.of("gitea"));
        DATABASES.put("store_product", List.of("store_product", "ops"));
        DATABASES.put("museum_visit", List.of("museum_visit", "ops"));
        DATABASES.put("glpi", List.of("glpi"));
        DATABASES.put("products_for_hire", List.of("products_for_hire", "ops"));
        DATABASES.put("cre_doc_control_systems", List.of("cre_doc_control_systems", "ops"));
        DATABASES.put("keycloak", List.of("keycloak"));
        DATABASES.put("train_station", List.of("train_station", "ops"));
        DATABASES.put("protein_institute", List.of("protein_institute", "ops"));
        DATABASES.put("sylius", List.of("sylius"));
        DATABASES.put("coffee_shop", List.of("coffee_shop", "ops"));
        DATABASES.put("film_rank", List.of("film_rank", "ops"));
        DATABASES.put("forem", List.of("forem"));
        DATABASES.put("party_people", List.of("party_people", "ops"));
        DATABASES.put("cinema", List.of("cinema", "ops"));
        DATABASES.put("killbill", List.of("killbill"));
        DATABASES.put("driving_school", List.of("driving_school", "ops"));
        DATABASES.put("party_host", List.of("party_host", "ops"));
        DATABASES.put("dspace", List.of("dspace"));
        DATABASES.put("assets_maintenance", List.of("assets_maintenance", "ops"));
        DATABASES.put("customers_campaigns_ecommerce", List.of("customers_campaigns_ecommerce", "ops"));
        DATABASES.put("ambari", List.of("ambari"));
        DATABASES.put("document_management", List.of("document_management", "ops"));
        DATABASES.put("e_government", List.of("e_government", "ops"));
        DATABASES.put("ranger", List.of("ranger"));
        DATABASES.put("csu_1", List.of("csu_1", "ops"));
        DATABASES.put("activity_1", List.of("activity_1", "ops"));
        DATABASES.put("liferay", List.of("liferay"));
        DATABASES.put("customers_card_transactions", List.of("customers_card_transactions", "ops"));
        DATABASES.put("school_finance", List.of("school_finance", "ops"));
        DATABASES.put("hive_metastore", List.of("hive_metastore"));
        DATABASES.put("student_assessment", List.of("student_assessment", "ops"));
        DATABASES.put("customers_and_addresses", List.of("customers_and_addresses", "ops"));
        DATABASES.put("civicrm", List.of("civicrm"));
        DATABASES.put("school_bus", List.of("school_bus", "ops"));
        DATABASES.put("shop_membership", List.of("shop_membership", "ops"));
        DATABASES.put("zammad", List.of("zammad"));
        DATABASES.put("gas_company", List.of("gas_company", "ops"));
        DATABASES.put("phone_market", List.of("phone_market", "ops"));
        DATABASES.put("gibbon", List.of("gibbon"));
        DATABASES.put("loan_1", List.of("loan_1", "ops"));
        DATABASES.put("soccer_2", List.of("soccer_2", "ops"));
        DATABASES.put("cacti", List.of("cacti"));
        DATABASES.put("college_1", List.of("college_1", "ops"));
        DATABASES.put("wedding", List.of("wedding", "ops"));
        DATABASES.put("weberp", List.of("weberp"));
        DATABASES.put("bike_1", List.of("bike_1", "ops"));
        DATABASES.put("cre_drama_workshop_groups", List.of("cre_drama_workshop_groups", "ops"));
        DATABASES.put("wso2is", List.of("wso2is"));
        DATABASES.put("music_1", List.of("music_1", "ops"));
        DATABASES.put("cre_doc_template_mgt", List.of("cre_doc_template_mgt", "ops"));
        DATABASES.put("frontaccounting", List.of("frontaccounting"));
        DATABASES.put("sugarcrm", List.of("sugarcrm"));
        DATABASES.put("thelia", List.of("thelia"));
        DATABASES.put("bagisto", List.of("bagisto"));
        DATABASES.put("gitlab", List.of("gitlab"));
        DATABASES.put("fedena", List.of("fedena"));
        DATABASES.put("opensis", List.of("opensis"));
        DATABASES.put(
                "phabricator",
                List.of(
                        "phabricator_user",
                        "phabricator_project",
                        "phabricator_maniphest",
                        "phabricator_differential",
                        "phabricator_repository",
                        "phabricator_harbormaster",
                        "phabricator_owners",
                        "phabricator_phriction",
                        "phabricator_audit",
                        "phabricator_herald",
                        "phabricator_ponder",
                        "phabricator_conpherence",
                        "phabricator_slowvote",
                        "phabricator_spaces",
                        "phabricator_token",
                        "phabricator_badges",
                        "phabricator_file"));
        DATABASES.put("openelis_global", List.of("clinlims"));
        DATABASES.put("openelis_iowa", List.of("openelis", "security"));
        DATABASES.put("ekylibre", List.of("ekylibre"));
        DATABASES.put("sentrifugo", List.of("sentrifugo"));
        DATABASES.put("friendica", List.of("friendica"));
        DATABASES.put("pixelfed", List.of("pixelfed"));
        DATABASES.put("itop", List.of("itop"));
        DATABASES.put("fleetbase", List.of("fleetbase"));
        DATABASES.put("consul", List.of("consul"));
        DATABASES.put("decidim", List.of("decidim"));
        DATABASES.put("qloapps", List.of("qloapps"));
        DATABASES.put("alfio", List.of("alfio"));
        DATABASES.put("ojs", List.of("ojs"));
        DATABASES.put("invenio", List.of("invenio"));
        DATABASES.put("inoerp", List.of("inoerp"));
        DATABASES.put("shopware", List.of("shopware"));
        DATABASES.put("discourse", List.of("discourse"));
        DATABASES.put("sentry", List.of("sentry"));
        DATABASES.put("lago", List.of("lago"));
        DATABASES.put("icehrm", List.of("icehrm"));
        DATABASES.put("openolat", List.of("openolat"));
        DATABASES.put("dhis2", List.of("dhis2"));
        DATABASES.put("medusa", List.of("medusa"));
        DATABASES.put("nopcommerce", List.of("nopcommerce"));
        DATABASES.put("zulip", List.of("zulip"));
        DATABASES.put("nextcloud", List.of("nextcloud"));
        DATABASES.put("monica", List.of("monica"));
        DATABASES.put("espocrm", List.of("espocrm"));
        DATABASES.put("chamilo", List.of("chamilo"));
        DATABASES.put(
                "labkey",
                List.of(
                        "core",
                        "prop",
                        "exp",
                        "study",
                        "comm",
                        "pipeline",
                        "assay",
                        "audit",
                        "issues",
                        "query",
                        "survey",
                        "filecontent",
                        "search"));
        DATABASES.put("openboxes", List.of("openboxes"));
        DATABASES.put("orocommerce", List.of("orocommerce"));
        DATABASES.put("sormas", List.of("sormas"));
        DATABASES.put("openlmis", List.of("referencedata", "requisition", "stockmanagement", "fulfillment"));
        DATABASES.put("tuleap", List.of("tuleap"));
        DATABASES.put("sonarqube", List.of("sonarqube"));
        DATABASES.put("xtuple", List.of("xtuple"));
        DATABASES.put("invoiceninja", List.of("invoiceninja"));
        DATABASES.put("synapse", List.of("synapse"));
        DATABASES.put("atutor", List.of("atutor"));
        DATABASES.put("eccube", List.of("eccube"));
        DATABASES.put("zencart", List.of("zencart"));
        DATABASES.put("osticket", List.of("osticket"));
        DATABASES.put("rt", List.of("rt"));
        DATABASES.put("icinga", List.of("icinga"));
        DATABASES.put("librenms", List.of("librenms"));
        DATABASES.put("joomla", List.of("joomla"));
        DATABASES.put("bacula", List.of("bacula"));
        DATABASES.put("ovirt", List.of("ovirt"));
        DATABASES.put("rosariosis", List.of("rosariosis"));
        DATABASES.put("cloudstack", List.of("cloudstack"));
        DATABASES.put("phpipam", List.of("phpipam"));
        DATABASES.put("centreon", List.of("centreon"));
        DATABASES.put("a2billing", List.of("a2billing"));
        DATABASES.put("spacewalk", List.of("spacewalk"));
        DATABASES.put("opencats", List.of("opencats"));
        DATABASES.put("alfresco", List.of("alfresco"));
        DATABASES.put("openfire", List.of("openfire"));
        DATABASES.put("ocsinventory", List.of("ocsinventory"));
        DATABASES.put("smf", List.of("smf"));
        DATABASES.put("ispconfig", List.of("ispconfig"));
        DATABASES.put("tiki", List.of("tiki"));
        DATABASES.put("opennms", List.of("opennms"));
        DATABASES.put("snipeit", List.of("snipeit"));
        DATABASES.put("collectiveaccess", List.of("collectiveaccess"));
        DATABASES.put("pandorafms", List.of("pandorafms"));
        DATABASES.put("hapifhir", List.of("hapifhir"));
        DATABASES.put("hubzilla", List.of("hubzilla"));
        DATABASES.put("ieducar", List.of("ieducar"));
        DATABASES.put("facturascripts", List.of("facturascripts"));
        DATABASES.put("openxe", List.of("openxe"));
        DATABASES.put("govpay", List.of("govpay"));
        DATABASES.put("gepi", List.of("gepi"));
        DATABASES.put("gazie", List.of("gazie"));
        DATABASES.put("coursemology", List.of("coursemology"));
        DATABASES.put("loomio", List.of("loomio"));
        DATABASES.put("maybe", List.of("maybe"));
        DATABASES.put("obs", List.of("obs"));
        DATABASES.put("catarse", List.of("catarse"));
        DATABASES.put("abantecart", List.of("abantecart"));
        DATABASES.put("ezpublish", List.of("ezpublish"));
        DATABASES.put("x2crm", List.of("x2crm"));
        DATABASES.put("mahara", List.of("mahara"));
        DATABASES.put("concretecms", List.of("concretecms"));
        DATABASES.put("openclinica", List.of("openclinica"));
        DATABASES.put("openbravo", List.of("openbravo"));
        DATABASES.put("erpnext", List.of("erpnext"));
        DATABASES.put("odoo", List.of("odoo"));
        DATABASES.put("shopware6", List.of("shopware6"));
        DATABASES.put("sakai", List.of("sakai"));
        DATABASES.put("akeneo", List.of("akeneo"));
        DATABASES.put("claroline", List.of("claroline"));
        DATABASES.put("kc", List.of("kc"));
        DATABASES.put("canvas", List.of("canvas"));
        DATABASES.put("gvmd", List.of("gvmd"));
        DATABASES.put("groupoffice", List.of("groupoffice"));
    }

    record Question(String database, String text, Set<String> gold) {}

    record Outcome(Question question, LinkedSchema linked, long nanos) {
        Set<String> chosen() {
            return linked.tables().stream().map(TableInfo::qualifiedName).collect(Collectors.toSet());
        }

        Set<String> missing() {
            Set<String> m = new LinkedHashSet<>(question.gold());
            m.removeAll(chosen());
            return m;
        }

        double recall() {
            return 1.0 - (double) missing().size() / question.gold().size();
        }

        /** Whether every gold table is described or named, so the model can ask to see it ({@code OtherTables}). */
        boolean reachable() {
            Set<String> m = missing();
            linked.named().forEach(t -> m.remove(t.qualifiedName()));
            return m.isEmpty();
        }
    }

    /** Figures of one question set on one database. */
    record Figures(
            String database,
            int questions,
            int allGold,
            int reachable,
            double meanRecall,
            int medianTokens,
            int maxTokens,
            double medianMillis,
            int medianNoise,
            List<Outcome> misses) {
        double allGoldShare() {
            return questions == 0 ? 1 : (double) allGold / questions;
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%-15s %3d questions  all gold %3d/%-3d (%5.1f%%)  or named %3d (%5.1f%%)  mean recall %.3f  tokens median %4d max %4d  noise tables median %2d  link %.2f ms",
                    database,
                    questions,
                    allGold,
                    questions,
                    100 * allGoldShare(),
                    reachable,
                    questions == 0 ? 100.0 : 100.0 * reachable / questions,
                    meanRecall,
                    medianTokens,
                    maxTokens,
                    medianNoise,
                    medianMillis);
        }
    }

    private static final Map<String, SchemaSnapshot> SNAPSHOTS = new LinkedHashMap<>();

    /** The demo shop as AskBar installs it, beside 40 noise tables reusing shop words (Pagila's noise). */
    static synchronized SchemaSnapshot demoShop() {
        return SNAPSHOTS.computeIfAbsent("demo", name -> {
            TestPostgres.TestDatabase db = TestPostgres.shared().createDatabase("link_demo");
            try (java.sql.Connection c = db.connect()) {
                dev.askbar.app.demo.DemoDataset.reset(c);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            db.execute(resource("noise-northwind.sql"));
            db.execute("ANALYZE");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(db.jdbcUrl());
            ds.setUser(db.user());
            ds.setPassword(db.password());
            return new SchemaCatalog(ds, List.of("public", "ops"), Duration.ofHours(1), Clock.systemUTC()).refresh();
        });
    }

    private LinkingBench() {}

    /** The database loaded once per JVM (DDL, noise, ANALYZE) and its catalog as AskBar reads it. */
    static synchronized SchemaSnapshot snapshot(String database) {
        return SNAPSHOTS.computeIfAbsent(database, name -> {
            TestPostgres.TestDatabase db = TestPostgres.shared().createDatabase("link_" + name);
            db.execute(resource(name + ".sql"));
            if (LinkingBench.class.getResource("/linking/values-" + name + ".sql") != null) {
                db.execute(resource("values-" + name + ".sql")); // the source's lookup rows, so labels can be read
            }
            if (LinkingBench.class.getResource("/linking/noise-" + name + ".sql") != null) {
                db.execute(resource("noise-" + name + ".sql")); // a large database is its own noise
            }
            if (LinkingBench.class.getResource("/linking/noise-rows-" + name + ".sql") != null) {
                db.execute(resource("noise-rows-" + name + ".sql")); // copies of the lookups' labels
            }
            db.execute("ANALYZE");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(db.jdbcUrl());
            ds.setUser(db.user());
            ds.setPassword(db.password());
            return new SchemaCatalog(ds, DATABASES.get(name), Duration.ofHours(1), Clock.systemUTC()).refresh();
        });
    }

    static int wholeTokens(SchemaSnapshot s) {
        return PromptTokens.count(SchemaPrompt.of(s).render(s.tables()));
    }

    /** Every question file of the benchmark, by name. */
    static List<String> questionFiles() {
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(
                java.nio.file.Path.of(LinkingBench.class.getResource("/linking").toURI()))) {
            return list.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("questions-") && n.endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files of held-out sets {@code first} and later ({@code questions-heldout-5a.txt}, ...-31.txt). */
    static String[] heldOutFrom(int first) {
        java.util.regex.Pattern set = java.util.regex.Pattern.compile("questions-heldout-(\\d+)[a-z]?\\.txt");
        return questionFiles().stream()
                .filter(n -> {
                    java.util.regex.Matcher m = set.matcher(n);
                    return m.matches() && Integer.parseInt(m.group(1)) >= first;
                })
                .toArray(String[]::new);
    }

    /** The questions of several files, in order. */
    static List<Question> questions(String... files) {
        List<Question> out = new ArrayList<>();
        for (String file : files) {
            out.addAll(questions(file));
        }
        return out;
    }

    static List<Question> questions(String file) {
        List<Question> out = new ArrayList<>();
        for (String line : resource(file).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length != 3) {
                throw new IllegalStateException(file + ": not 'database | question | gold tables': " + line);
            }
            out.add(new Question(parts[0].strip(), parts[1].strip(), gold(parts[2])));
        }
        return out;
    }

    /** A gold name written in double quotes may hold spaces ({@code erpnext."tabSales Invoice"}), as PostgreSQL's may. */
    private static final java.util.regex.Pattern GOLD_NAME =
            java.util.regex.Pattern.compile("(?:[^\\s\"]|\"[^\"]*\")+");

    /** The gold tables of a question line's last field, {@code schema.table} each, quotes taken off. */
    static Set<String> gold(String field) {
        Set<String> out = new LinkedHashSet<>();
        java.util.regex.Matcher m = GOLD_NAME.matcher(field.strip());
        while (m.find()) {
            out.add(m.group().replace("\"", ""));
        }
        return out;
    }

    static List<Outcome> run(SchemaLinker linker, List<Question> questions) {
        List<Outcome> out = new ArrayList<>();
        for (Question q : questions) {
            SchemaSnapshot s = q.database().equals("demo") ? demoShop() : snapshot(q.database());
            for (String gold : q.gold()) {
                String[] p = gold.split("\\.");
                if (s.table(p[0], p[1]).isEmpty()) {
                    throw new IllegalStateException("gold table " + gold + " is not in " + q.database());
                }
            }
            long started = System.nanoTime();
            LinkedSchema linked = linker.link(q.text(), s);
            out.add(new Outcome(q, linked, System.nanoTime() - started));
        }
        return out;
    }

    static List<Figures> figures(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byDatabase = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byDatabase
                    .computeIfAbsent(o.question().database(), k -> new ArrayList<>())
                    .add(o);
        }
        List<Figures> out = new ArrayList<>();
        byDatabase.forEach((db, list) -> out.add(figuresOf(db, list)));
        if (byDatabase.size() > 1) {
            out.add(figuresOf("all", outcomes));
        }
        return out;
    }

    private static Figures figuresOf(String name, List<Outcome> list) {
        List<Integer> tokens = new ArrayList<>(
                list.stream().map(o -> o.linked().estimatedTokens()).toList());
        List<Long> nanos = new ArrayList<>(list.stream().map(Outcome::nanos).toList());
        List<Integer> noise = new ArrayList<>(list.stream()
                .map(o -> (int) o.chosen().stream()
                        .filter(n -> n.startsWith(NOISE_SCHEMA + "."))
                        .count())
                .toList());
        Collections.sort(noise);
        Collections.sort(tokens);
        Collections.sort(nanos);
        int allGold = (int) list.stream().filter(o -> o.missing().isEmpty()).count();
        double recall = list.stream().mapToDouble(Outcome::recall).average().orElse(1);
        return new Figures(
                name,
                list.size(),
                allGold,
                (int) list.stream().filter(Outcome::reachable).count(),
                recall,
                tokens.get(tokens.size() / 2),
                tokens.get(tokens.size() - 1),
                nanos.get(nanos.size() / 2) / 1e6,
                noise.get(noise.size() / 2),
                list.stream().filter(o -> !o.missing().isEmpty()).toList());
    }

    static String resource(String name) {
        try (InputStream in = LinkingBench.class.getResourceAsStream("/linking/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource linking/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
