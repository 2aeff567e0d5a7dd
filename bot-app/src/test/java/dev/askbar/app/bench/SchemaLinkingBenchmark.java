package dev.askbar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.SchemaLinker.Stage;
import dev.askbar.core.schema.SchemaSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Schema linking on the public databases of {@link LinkingBench} (two hundred and fifty-four, none written by the
 * team; the small ones beside 40 noise tables that reuse the questions' words). Held-out sets first, newest first: each
 * was written blind and run once before anything was changed for it (that run is kept in bench/linking-first-runs/);
 * every set but 32-37, 59, 61-65, 67, 69-71, 75, 78, 80-83 and 87-89 has since been tuned on, so those, or a fresh
 * set, are what would measure the next change.
 * Held-out 3 is reported only.
 * Then the tuning set, the foreign-language set, and the ablation (each stage switched off in turn, and 3,000- and
 * 5,000-token budgets). Writes target/benchmarks/schema-linking.txt. Run with {@code bench/run-all.sh} or the command in
 * docs/benchmarks.md.
 */
@Tag("benchmark")
class SchemaLinkingBenchmark {
    // The goal is 95% of held-out questions with every gold table and mean recall 0.98 on every database. Each held-out
    // set has 6 to 25 questions per database, where one miss costs 4 to 17 points of share and, when it loses two of
    // three tables, 8 points of recall: the per-database floors allow one such miss (a database at 7/8 is below the
    // goal, and docs/benchmarks.md says so). Over each asserted set (every held-out set but 3, which is reported only,
    // since the change after it was made for its misses) the overall floors are the goal itself, so the benchmark
    // fails until the goal is met on every database; the fast regression floors are SchemaLinkingRegressionTest's.
    static final double HELD_OUT_ALL_GOLD_FLOOR = 0.85;
    static final double HELD_OUT_RECALL_FLOOR = 0.90;
    static final double HELD_OUT_OVERALL_ALL_GOLD_FLOOR = 0.95;
    static final double HELD_OUT_OVERALL_RECALL_FLOOR = 0.98;

    /**
     * One question set of the report, in the order printed: newest held-out first.
     *
     * @param asserted held to the goal's floors (the tuned-on held-out 3 and the reference sets are reported only)
     * @param english  part of the ablation over every English question
     */
    private record QuestionSet(String title, boolean asserted, boolean english, String... files) {}

    private static final List<QuestionSet> SETS = List.of(
            new QuestionSet(
                    "HELD-OUT 89 (Greenbone gvmd 26.36.2, 131 tables with 132 foreign keys; Group-Office 26.0.42, 213 tables with 234 foreign keys: new to the benchmark;"
                            + " written blind on 2026-12-05 and run once, unseen, on the linker of f94686a)",
                    true,
                    true,
                    "questions-heldout-89.txt"),
            new QuestionSet(
                    "HELD-OUT 88 (Kuali Coeus / Kuali Research 1701, 897 tables with 574 foreign keys; Canvas LMS of 2020-02, 227 tables with 345 foreign keys: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of 5cdca4c)",
                    true,
                    true,
                    "questions-heldout-88.txt"),
            new QuestionSet(
                    "HELD-OUT 87 (Akeneo PIM community edition 6.x 100 tables with 110 foreign keys; Claroline Connect 14.2.3 261 tables with 426 foreign keys: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of c687726)",
                    true,
                    true,
                    "questions-heldout-87.txt"),
            new QuestionSet(
                    "HELD-OUT 86 (Shopware 6 development snapshot of 2018, 102 tables with 188 composite foreign keys; Sakai LMS 11.2 151 tables with 113 foreign keys: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of c687726)",
                    true,
                    true,
                    "questions-heldout-86.txt"),
            new QuestionSet(
                    "HELD-OUT 85 (Odoo 16.0 190 of the 776 tables of a live database's schema dump, with 939 foreign keys and its comments: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of a486960)",
                    true,
                    true,
                    "questions-heldout-85.txt"),
            new QuestionSet(
                    "HELD-OUT 84 (Openbravo ERP 222 of its 558 core tables with 1,196 foreign keys; ERPNext 304 doctype tables named with spaces, no foreign keys: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of a486960)",
                    true,
                    true,
                    "questions-heldout-84.txt"),
            new QuestionSet(
                    "HELD-OUT 83 (Concrete CMS 9 core 216 tables with 1 foreign key; OpenClinica 3.x 108 tables with 139: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of 51f2574)",
                    true,
                    true,
                    "questions-heldout-83.txt"),
            new QuestionSet(
                    "HELD-OUT 82 (X2CRM 7.1 102 tables with 42 foreign keys, most of its record links undeclared; Mahara 23.04dev 218 tables with 325: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of 51f2574)",
                    true,
                    true,
                    "questions-heldout-82.txt"),
            new QuestionSet(
                    "HELD-OUT 81 (AbanteCart 1.4.4 136 tables with 6 foreign keys, none among its shop's tables; eZ Publish legacy 118 tables without foreign keys: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of c67bf2e)",
                    true,
                    true,
                    "questions-heldout-81.txt"),
            new QuestionSet(
                    "HELD-OUT 80 (the Open Build Service 93 tables with 93 foreign keys; Catarse 19 tables with 23, whose whole schema fits the budget: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of c67bf2e)",
                    true,
                    true,
                    "questions-heldout-80.txt"),
            new QuestionSet(
                    "HELD-OUT 79 (Coursemology 176 tables with 338 foreign keys; Loomio 55 tables with 2; Maybe 59 tables with 52: new to the benchmark;"
                            + " written blind on 2026-12-04 and run once, unseen, on the linker of 01c67dd; its EXP miss gave the rule for words in capitals)",
                    true,
                    true,
                    "questions-heldout-79.txt"),
            new QuestionSet(
                    "HELD-OUT 78 (Gepi 310 tables with 28 foreign keys, French names; GAzie 7.39 88 tables without foreign keys, Italian names: new to the benchmark;"
                            + " English questions, written blind on 2026-12-04 and run once, unseen, on the linker of 1c74458)",
                    true,
                    true,
                    "questions-heldout-78.txt"),
            new QuestionSet(
                    "HELD-OUT 77 (OpenXE 1.12, a core of 170 tables without foreign keys, German names; GovPay 3.9.1 41 tables with 50 foreign keys, Italian names: new to the benchmark;"
                            + " English questions, written blind on 2026-12-04 and run once, unseen, on the linker of ba7e509)",
                    true,
                    true,
                    "questions-heldout-77.txt"),
            new QuestionSet(
                    "HELD-OUT 76 (i-Educar's 2020 baseline 137 tables with 206 foreign keys, Portuguese names; FacturaScripts 2026.65 83 tables with 223, Spanish names: new to the benchmark;"
                            + " English questions, written blind on the night of 2026-12-03 and run once, unseen, on the linker of ae54ec2)",
                    true,
                    true,
                    "questions-heldout-76.txt"),
            new QuestionSet(
                    "HELD-OUT 75 (HAPI FHIR JPA server 7.2.0 54 tables with 54 foreign keys, Hubzilla 8.8.7 83 tables without foreign keys: new to the benchmark; written blind on the"
                            + " evening of 2026-12-03 and run once, unseen, on the linker of d93ac4d)",
                    true,
                    true,
                    "questions-heldout-75.txt"),
            new QuestionSet(
                    "HELD-OUT 74 (CollectiveAccess Providence 2.0.12 235 tables with 711 foreign keys, Pandora FMS 7.0NG.776 227 tables with 122: new to the benchmark; written blind on the"
                            + " evening of 2026-12-03 and run once, unseen, on the linker of d93ac4d)",
                    true,
                    true,
                    "questions-heldout-74.txt"),
            new QuestionSet(
                    "HELD-OUT 73 (OpenNMS Horizon (its Liquibase baseline of April 2024) 109 tables with 86 foreign keys, Snipe-IT 8.1.4 50 tables without foreign keys: new to the benchmark; written blind on the"
                            + " evening of 2026-12-03 and run once, unseen, on the linker of 0ed2885)",
                    true,
                    true,
                    "questions-heldout-73.txt"),
            new QuestionSet(
                    "HELD-OUT 72 (ISPConfig 3.2 77 tables, Tiki Wiki CMS Groupware 24.1 271 tables, neither with foreign keys: new to the benchmark; written blind on the"
                            + " evening of 2026-12-03 and run once, unseen, on the linker of 0ed2885)",
                    true,
                    true,
                    "questions-heldout-72.txt"),
            new QuestionSet(
                    "HELD-OUT 71 (OCS Inventory NG 2.12.4 106 tables with 1 foreign key, Simple Machines Forum 2.1.5 73 tables without foreign keys: new to the benchmark; written blind on the"
                            + " afternoon of 2026-12-03 and run once, unseen, on the linker of 495dfe2)",
                    true,
                    true,
                    "questions-heldout-71.txt"),
            new QuestionSet(
                    "HELD-OUT 70 (Alfresco Community 26.3 70 tables, Openfire 5.2 34 tables with 1 foreign key: new to the benchmark; written blind on the afternoon of 2026-12-03 and run"
                            + " once, unseen, on the linker of 495dfe2)",
                    true,
                    true,
                    "questions-heldout-70.txt"),
            new QuestionSet(
                    "HELD-OUT 69 (Spacewalk 2.11 235 of 307 tables with 381 foreign keys, OpenCATS 0.9.7.4 55 tables without foreign keys: new to the benchmark; written blind on the afternoon of 2026-12-03 and run"
                            + " once, unseen, on the linker of 553facf)",
                    true,
                    true,
                    "questions-heldout-69.txt"),
            new QuestionSet(
                    "HELD-OUT 68 (Centreon 22.10 182 tables, A2Billing 2.3 95 tables without foreign keys: new to the benchmark; written blind on the afternoon of 2026-12-03 and run"
                            + " once, unseen, on the linker of 553facf)",
                    true,
                    true,
                    "questions-heldout-68.txt"),
            new QuestionSet(
                    "HELD-OUT 67 (CloudStack 4.15 270 tables with 374 foreign keys, phpIPAM 1.8.2 48 tables: new to the benchmark; written blind on the afternoon of 2026-12-03 and run"
                            + " once, unseen, on the linker of 553facf)",
                    true,
                    true,
                    "questions-heldout-67.txt"),
            new QuestionSet(
                    "HELD-OUT 66 (oVirt Engine 4.5 156 tables, RosarioSIS 12.0 94 tables: new to the benchmark; written blind on the afternoon of 2026-12-03 and run"
                            + " once, unseen, on the linker of 553facf)",
                    true,
                    true,
                    "questions-heldout-66.txt"),
            new QuestionSet(
                    "HELD-OUT 65 (Joomla 5 74 tables, Bacula's catalog 32 tables, neither with foreign keys: new to the benchmark; written blind during the seventeenth session and run"
                            + " on its final linker)",
                    true,
                    true,
                    "questions-heldout-65.txt"),
            new QuestionSet(
                    "HELD-OUT 64 (Icinga 2 IDO 61 tables without foreign keys, LibreNMS 158 tables: new to the benchmark; written blind during the seventeenth session and run"
                            + " on its final linker)",
                    true,
                    true,
                    "questions-heldout-64.txt"),
            new QuestionSet(
                    "HELD-OUT 63 (osTicket 67 tables without foreign keys, Request Tracker 38 tables: new to the benchmark; written blind during the seventeenth session and run"
                            + " on its final linker)",
                    true,
                    true,
                    "questions-heldout-63.txt"),
            new QuestionSet(
                    "HELD-OUT 62 (EC-CUBE 2 95 tables, Zen Cart 111 tables, neither with foreign keys: new to the benchmark; written blind during the seventeenth session and run"
                            + " on its final linker)",
                    true,
                    true,
                    "questions-heldout-62.txt"),
            new QuestionSet(
                    "HELD-OUT 61 (Matrix Synapse 169 tables, ATutor 129 tables without foreign keys: new to the benchmark; written blind at the start of the fourteenth session and run"
                            + " on the thirteenth session's final linker)",
                    true,
                    true,
                    "questions-heldout-61.txt"),
            new QuestionSet(
                    "HELD-OUT 60 (xTuple 235 tables, Invoice Ninja 70 tables: new to the benchmark; written blind at the start of the fourteenth session and run"
                            + " on the thirteenth session's final linker)",
                    true,
                    true,
                    "questions-heldout-60.txt"),
            new QuestionSet(
                    "HELD-OUT 59 (Tuleap 243 tables, SonarQube 100 tables, neither with foreign keys: new to the benchmark; written blind at the start of the fourteenth session and run"
                            + " on the thirteenth session's final linker)",
                    true,
                    true,
                    "questions-heldout-59.txt"),
            new QuestionSet(
                    "HELD-OUT 58 (SORMAS 100 tables, OpenLMIS 105 tables in 4 schemas: new to the benchmark; written blind at the start of the fourteenth session and run"
                            + " on the thirteenth session's final linker)",
                    true,
                    true,
                    "questions-heldout-58.txt"),
            new QuestionSet(
                    "HELD-OUT 57 (OpenBoxes 125 tables, OroCommerce 221 tables: new to the benchmark; written blind at the start of the thirteenth session and run"
                            + " on the twelfth session's final linker, then on the thirteenth's; never tuned on)",
                    true,
                    true,
                    "questions-heldout-57.txt"),
            new QuestionSet(
                    "HELD-OUT 56 (Chamilo 209 tables, no foreign keys; LabKey 140 tables in 13 schemas: new to the benchmark; written blind at the start of the thirteenth session and run"
                            + " on the twelfth session's final linker, then on the thirteenth's; never tuned on)",
                    true,
                    true,
                    "questions-heldout-56.txt"),
            new QuestionSet(
                    "HELD-OUT 55 (Monica 90 tables, EspoCRM 136 tables, no foreign keys: new to the benchmark; written blind at the start of the thirteenth session and run"
                            + " on the twelfth session's final linker, then on the thirteenth's; never tuned on)",
                    true,
                    true,
                    "questions-heldout-55.txt"),
            new QuestionSet(
                    "HELD-OUT 54 (Zulip 100 tables, Nextcloud 83 tables, no foreign keys: new to the benchmark; written blind at the start of the thirteenth session and run"
                            + " on the twelfth session's final linker, then on the thirteenth's; never tuned on)",
                    true,
                    true,
                    "questions-heldout-54.txt"),
            new QuestionSet(
                    "HELD-OUT 53 (Medusa 2.0 123 tables, nopCommerce 1.90 118 tables: new to the benchmark; written blind at the start of the twelfth session and run"
                            + " on the eleventh session's final linker, then on the twelfth's; tuned on since)",
                    true,
                    true,
                    "questions-heldout-53.txt"),
            new QuestionSet(
                    "HELD-OUT 52 (OpenOLAT 216 tables, DHIS2 130 tables: new to the benchmark; written blind at the start of the twelfth session and run"
                            + " on the eleventh session's final linker, then on the twelfth's; tuned on since)",
                    true,
                    true,
                    "questions-heldout-52.txt"),
            new QuestionSet(
                    "HELD-OUT 51 (Lago 135 tables, IceHrm 122 tables: new to the benchmark; written blind at the start of the twelfth session and run"
                            + " on the eleventh session's final linker, then on the twelfth's; tuned on since)",
                    true,
                    true,
                    "questions-heldout-51.txt"),
            new QuestionSet(
                    "HELD-OUT 50 (Discourse 140 tables, no foreign keys; Sentry 149 tables: new to the benchmark; written blind at the start of the twelfth session and run"
                            + " on the eleventh session's final linker, then on the twelfth's; tuned on since)",
                    true,
                    true,
                    "questions-heldout-50.txt"),
            new QuestionSet(
                    "HELD-OUT 49 (inoERP 189 tables, Shopware 5 248 tables: new to the benchmark; written blind at the end of the session and run"
                            + " on its final linker; tuned on since)",
                    true,
                    true,
                    "questions-heldout-49.txt"),
            new QuestionSet(
                    "HELD-OUT 48 (Open Journal Systems 110 tables, Invenio 161 tables, neither with foreign keys declared: new to the benchmark; written blind at the end of the session and run"
                            + " on its final linker; tuned on since)",
                    true,
                    true,
                    "questions-heldout-48.txt"),
            new QuestionSet(
                    "HELD-OUT 47 (QloApps 243 tables, no foreign keys; alf.io 62 tables: new to the benchmark; written blind at the end of the session and run"
                            + " on its final linker; tuned on since)",
                    true,
                    true,
                    "questions-heldout-47.txt"),
            new QuestionSet(
                    "HELD-OUT 46 (Consul 137 tables, Decidim 153 tables: new to the benchmark; written blind at the end of the session and run"
                            + " on its final linker; tuned on since)",
                    true,
                    true,
                    "questions-heldout-46.txt"),
            new QuestionSet(
                    "HELD-OUT 45 (iTop 200 tables, no foreign keys; Fleetbase 110 tables: new to the benchmark; written blind during the session and run"
                            + " on its linker after its first three changes)",
                    true,
                    true,
                    "questions-heldout-45.txt"),
            new QuestionSet(
                    "HELD-OUT 44 (Friendica 91 tables, Pixelfed 125 tables: new to the benchmark; written blind during the session and run"
                            + " on its linker after its first three changes)",
                    true,
                    true,
                    "questions-heldout-44.txt"),
            new QuestionSet(
                    "HELD-OUT 43 (Ekylibre 218 tables, Sentrifugo 158 tables: new to the benchmark; written blind during the session and run"
                            + " on its linker after its first three changes)",
                    true,
                    true,
                    "questions-heldout-43.txt"),
            new QuestionSet(
                    "HELD-OUT 42 (OpenELIS Global 175 tables, OpenELIS Iowa 117 tables in two schemas: new to the benchmark; written blind during the session and run"
                            + " on its linker after its first three changes)",
                    true,
                    true,
                    "questions-heldout-42.txt"),
            new QuestionSet(
                    "HELD-OUT 41 (Fedena 187 tables, openSIS 98 tables, neither with foreign keys: new to the benchmark; written blind"
                            + " at the start of the session and run on the previous session's final linker; tuned on since)",
                    true,
                    true,
                    "questions-heldout-41.txt"),
            new QuestionSet(
                    "HELD-OUT 40 (GitLab 102 tables; Phabricator 232 tables in 17 schemas, no foreign keys: new to the benchmark; written blind"
                            + " at the start of the session and run on the previous session's final linker; tuned on since)",
                    true,
                    true,
                    "questions-heldout-40.txt"),
            new QuestionSet(
                    "HELD-OUT 39 (Thelia 144 tables, Bagisto 131 tables: new to the benchmark; written blind"
                            + " at the start of the session and run on the previous session's final linker; tuned on since)",
                    true,
                    true,
                    "questions-heldout-39.txt"),
            new QuestionSet(
                    "HELD-OUT 38 (FrontAccounting 80 tables, SugarCRM 107 tables, neither with foreign keys: new to the benchmark; written blind"
                            + " at the start of the session and run on the previous session's final linker; tuned on since)",
                    true,
                    true,
                    "questions-heldout-38.txt"),
            new QuestionSet(
                    "HELD-OUT 37 (WSO2 Identity Server 145 tables; Spider's music_1, cre_Doc_Template_Mgt: new to the"
                            + " benchmark; written blind during the session and run on its linker)",
                    true,
                    true,
                    "questions-heldout-37.txt"),
            new QuestionSet(
                    "HELD-OUT 36 (webERP 133 tables; Spider's bike_1, cre_Drama_Workshop_Groups: new to the benchmark;"
                            + " written blind during the session and run on its linker)",
                    true,
                    true,
                    "questions-heldout-36.txt"),
            new QuestionSet(
                    "HELD-OUT 35 (Cacti 117 tables, no foreign keys; Spider's college_1, wedding: new to the benchmark;"
                            + " written blind during the session and run on its linker)",
                    true,
                    true,
                    "questions-heldout-35.txt"),
            new QuestionSet(
                    "HELD-OUT 34 (Gibbon 147 tables, no foreign keys; Spider's loan_1, soccer_2: new to the benchmark;"
                            + " written blind during the session and run on its linker)",
                    true,
                    true,
                    "questions-heldout-34.txt"),
            new QuestionSet(
                    "HELD-OUT 33 (Zammad 94 tables; Spider's gas_company, phone_market: new to the benchmark; written"
                            + " blind during the session and run on its final linker)",
                    true,
                    true,
                    "questions-heldout-33.txt"),
            new QuestionSet(
                    "HELD-OUT 32 (CiviCRM 122 tables; Spider's school_bus, shop_membership: new to the benchmark;"
                            + " written blind during the session and run on its final linker)",
                    true,
                    true,
                    "questions-heldout-32.txt"),
            new QuestionSet(
                    "HELD-OUT 31 (Hive Metastore 83 tables; Spider's student_assessment, customers_and_addresses: new to"
                            + " the benchmark; written blind during the session and run on its final linker)",
                    true,
                    true,
                    "questions-heldout-31.txt"),
            new QuestionSet(
                    "HELD-OUT 30 (Liferay 171 tables, no foreign keys; Spider's customers_card_transactions,"
                            + " school_finance: new to the benchmark; written blind during the session and run on its"
                            + " final linker)",
                    true,
                    true,
                    "questions-heldout-30.txt"),
            new QuestionSet(
                    "HELD-OUT 29 (Apache Ranger 85 tables; Spider's csu_1, activity_1: new to the benchmark; written blind"
                            + " during the session and run on its linker after the speed changes)",
                    true,
                    true,
                    "questions-heldout-29.txt"),
            new QuestionSet(
                    "HELD-OUT 28 (Apache Ambari 113 tables; Spider's document_management, e_government: new to the"
                            + " benchmark; written blind during the session and run on its linker after the speed"
                            + " changes)",
                    true,
                    true,
                    "questions-heldout-28.txt"),
            new QuestionSet(
                    "HELD-OUT 27 (DSpace 63 tables; Spider's assets_maintenance, customers_campaigns_ecommerce: new to"
                            + " the benchmark; written blind at the start of the session and run on the previous"
                            + " session's final linker)",
                    true,
                    true,
                    "questions-heldout-27.txt"),
            new QuestionSet(
                    "HELD-OUT 26 (Kill Bill 94 tables, no foreign keys; Spider's driving_school, party_host: new to the"
                            + " benchmark; written blind at the start of the session and run on the previous session's"
                            + " final linker)",
                    true,
                    true,
                    "questions-heldout-26.txt"),
            new QuestionSet(
                    "HELD-OUT 25 (Forem 94 tables; Spider's party_people, cinema: new to the benchmark; written blind at"
                            + " the start of the session and run on the previous session's final linker)",
                    true,
                    true,
                    "questions-heldout-25.txt"),
            new QuestionSet(
                    "HELD-OUT 24 (Keycloak 91 tables, Sylius 83 tables; Spider's train_station, protein_institute,"
                            + " coffee_shop, film_rank: new to the benchmark; written blind at the end of the session and"
                            + " run on its final linker)",
                    true,
                    true,
                    "questions-heldout-24a.txt",
                    "questions-heldout-24b.txt"),
            new QuestionSet(
                    "HELD-OUT 23 (Gitea 112 tables and GLPI 143 tables, neither declaring a foreign key; Spider's"
                            + " store_product, museum_visit, products_for_hire, cre_Doc_Control_Systems: new to the"
                            + " benchmark; written blind during the session and run on its linker of that hour)",
                    true,
                    true,
                    "questions-heldout-23a.txt",
                    "questions-heldout-23b.txt"),
            new QuestionSet(
                    "HELD-OUT 22 (badly named: OrangeHRM 108 tables, vtiger CRM 142 tables; Spider's riding_club,"
                            + " cre_Docs_and_Epenses, cre_Theme_park, game_1: new to the benchmark; written blind"
                            + " beside held-out 21 and run after it on the same linker)",
                    true,
                    true,
                    "questions-heldout-22a.txt",
                    "questions-heldout-22b.txt"),
            new QuestionSet(
                    "HELD-OUT 21 (badly named: LedgerSMB 124 tables, OTRS 118 tables; Spider's insurance_policies,"
                            + " e_learning, tracking_orders, customer_complaints: new to the benchmark; written blind"
                            + " after held-out 20)",
                    true,
                    true,
                    "questions-heldout-21a.txt",
                    "questions-heldout-21b.txt"),
            new QuestionSet(
                    "HELD-OUT 20 (Mattermost 79 tables, Magento 172 tables; Spider's student_transcripts_tracking,"
                            + " apartment_rentals, real_estate_properties, allergy_1: new to the benchmark; written blind"
                            + " after held-out 19 and run on the session's final linker)",
                    true,
                    true,
                    "questions-heldout-20a.txt",
                    "questions-heldout-20b.txt"),
            new QuestionSet(
                    "HELD-OUT 19 (Apache OFBiz 194 tables, Bugzilla 76, phpBB 63, NetBox 172, Saleor 93; Spider's"
                            + " customers_and_invoices, products_gen_characteristics, dorm_1: new to the benchmark;"
                            + " written blind after held-out 18)",
                    true,
                    true,
                    "questions-heldout-19a.txt",
                    "questions-heldout-19b.txt"),
            new QuestionSet(
                    "HELD-OUT 18 (Koha 199 tables, Apache Fineract 220 tables, Camunda 7, Evergreen ILS 168 tables in 8"
                            + " schemas, iDempiere 185 tables; Spider's tracking_grants_for_research and"
                            + " behavior_monitoring, BIRD's restaurant: new to the benchmark; written blind after held-out"
                            + " 17)",
                    true,
                    true,
                    "questions-heldout-18a.txt",
                    "questions-heldout-18b.txt"),
            new QuestionSet(
                    "HELD-OUT 17 (OpenMRS 119 tables, Open Food Network 93 tables, TPC-E, Chado 208 tables, Wide World"
                            + " Importers DW; Spider's department_store, flight_company, wta_1: new to the benchmark;"
                            + " written blind after held-out 16)",
                    true,
                    true,
                    "questions-heldout-17a.txt",
                    "questions-heldout-17b.txt"),
            new QuestionSet(
                    "HELD-OUT 16 (Moodle 329 tables, Chatwoot 83 tables, Mondrian's FoodMart; BIRD's"
                            + " thrombosis_prediction, debit_card_specializing; Spider's dog_kennels, car_1: new to the"
                            + " benchmark; written blind after held-out 15)",
                    true,
                    true,
                    "questions-heldout-16a.txt",
                    "questions-heldout-16b.txt"),
            new QuestionSet(
                    "HELD-OUT 15 (Mastodon 109 tables, Spree 136 tables, AdventureWorksDW, Db2's SAMPLE; BIRD's"
                            + " card_games, toxicology, california_schools, european_football_2: new to the benchmark;"
                            + " written blind after held-out 14)",
                    true,
                    true,
                    "questions-heldout-15a.txt",
                    "questions-heldout-15b.txt"),
            new QuestionSet(
                    "HELD-OUT 14 (BIRD's financial, student_club, superhero; AdventureWorksLT, Spider's"
                            + " cre_Doc_Tracking_DB and hospital_1: new to the benchmark; written blind after held-out 13)",
                    true,
                    true,
                    "questions-heldout-14a.txt",
                    "questions-heldout-14b.txt"),
            new QuestionSet(
                    "HELD-OUT 13 (Pokédex 172 tables, Book Town, DVD Store, PrestaShop 138 tables, classicmodels,"
                            + " university: new to the benchmark; written blind after held-out 12 was tuned on)",
                    true,
                    true,
                    "questions-heldout-13a.txt",
                    "questions-heldout-13b.txt"),
            new QuestionSet(
                    "HELD-OUT 12 (SportsDB 107 tables, Oracle's HR/CO/SH, PostgreSQL Exercises' club, OpenCart 147 tables,"
                            + " TPC-DS, pubs: new to the benchmark; written blind after held-out 11 was tuned on)",
                    true,
                    true,
                    "questions-heldout-12a.txt",
                    "questions-heldout-12b.txt"),
            new QuestionSet(
                    "HELD-OUT 11 (Dolibarr 150 tables, Wide World Importers, Redmine: new to the benchmark; written blind"
                            + " after held-out 10 was tuned on)",
                    true,
                    true,
                    "questions-heldout-11a.txt",
                    "questions-heldout-11b.txt"),
            new QuestionSet(
                    "HELD-OUT 10 (Zabbix 173 tables, Lahman baseball, Stack Exchange: new to the benchmark; written blind"
                            + " after held-out 9 was tuned on and the budget was filled)",
                    true,
                    true,
                    "questions-heldout-10a.txt",
                    "questions-heldout-10b.txt"),
            new QuestionSet(
                    "HELD-OUT 9 (MediaWiki, IMDb, Formula 1: new to the benchmark, no foreign keys declared; written blind"
                            + " after the linker changes of 2026-11-30 evening)",
                    true,
                    true,
                    "questions-heldout-9a.txt",
                    "questions-heldout-9b.txt"),
            new QuestionSet(
                    "HELD-OUT 8 (world and USDA, new to the benchmark; written blind after the linker changes of 2026-11-30)",
                    true,
                    true,
                    "questions-heldout-8.txt"),
            new QuestionSet(
                    "HELD-OUT 7 (three databases new to the benchmark: OpenEMR, employees, LEGO; written blind)",
                    true,
                    true,
                    "questions-heldout-7.txt"),
            new QuestionSet(
                    "HELD-OUT 6 (three databases new to the benchmark: MIMIC-III, OpenStreetMap, OMOP CDM; written blind)",
                    true,
                    true,
                    "questions-heldout-6.txt"),
            new QuestionSet(
                    "HELD-OUT 5 (three databases new to the benchmark: TPC-H, Airlines, MusicBrainz; written blind)",
                    true,
                    true,
                    "questions-heldout-5a.txt",
                    "questions-heldout-5b.txt"),
            new QuestionSet(
                    "HELD-OUT 4 (written before the named-subject amount paths; unseen it scored 34/36: its two misses led to"
                            + " the dated headers of line tables, so it is tuned on now)",
                    true,
                    true,
                    "questions-heldout-4.txt"),
            new QuestionSet(
                    "HELD-OUT 3 (reported, not asserted: its three misses led to the named-subject amount paths)",
                    false,
                    true,
                    "questions-heldout-3.txt"),
            new QuestionSet(
                    "HELD-OUT 2 (never tuned on; its one miss was seen before the amount paths)",
                    true,
                    true,
                    "questions-heldout-2.txt"),
            new QuestionSet(
                    "HELD-OUT 1 (never tuned on, but its misses were seen before the label and order-line stages)",
                    true,
                    true,
                    "questions-heldout.txt"),
            new QuestionSet("Tuning questions", false, true, "questions-tuning.txt"),
            new QuestionSet(
                    "German / Spanish / French questions (reported, not asserted)",
                    false,
                    false,
                    "questions-foreign.txt"),
            new QuestionSet(
                    "Portuguese / Spanish questions on the Portuguese- and Spanish-named schemas of set 76 (reported, not asserted)",
                    false,
                    false,
                    "questions-foreign-76.txt"),
            new QuestionSet(
                    "Italian / German questions on the Italian- and German-named schemas of set 77 (reported, not asserted)",
                    false,
                    false,
                    "questions-foreign-77.txt"),
            new QuestionSet(
                    "French / Italian questions on the French- and Italian-named schemas of set 78 (reported, not asserted)",
                    false,
                    false,
                    "questions-foreign-78.txt"));

    @Test
    void linkingOnPublicSampleDatabases() throws Exception {
        StringBuilder report = new StringBuilder();
        long warm = System.nanoTime();
        for (String db : LinkingBench.DATABASES.keySet()) {
            SchemaSnapshot s = LinkingBench.snapshot(db);
            report.append(String.format(
                    Locale.ROOT,
                    "%s: %d tables (%d noise), whole schema %d tokens%n",
                    db,
                    s.tables().size(),
                    s.tables().stream().filter(t -> t.schema().equals("ops")).count(),
                    LinkingBench.wholeTokens(s)));
        }
        SchemaLinker linker = new SchemaLinker(LinkingBench.BUDGET);
        long first = System.nanoTime();
        linker.link("warm up the word lists", LinkingBench.snapshot("chinook"));
        report.append(String.format(
                Locale.ROOT,
                "first link (loads WordNet): %d ms; databases loaded in %d ms%n%n",
                (System.nanoTime() - first) / 1_000_000,
                (first - warm) / 1_000_000));

        List<LinkingBench.Figures> asserted = new ArrayList<>();
        List<LinkingBench.Question> english = new ArrayList<>();
        for (QuestionSet set : SETS) {
            List<LinkingBench.Question> questions = LinkingBench.questions(set.files());
            List<LinkingBench.Figures> figures =
                    section(report, set.title() + ", budget 1500", LinkingBench.run(linker, questions), true);
            if (set.asserted()) {
                asserted.addAll(figures);
            }
            if (set.english()) {
                english.addAll(questions);
            }
        }
        report.append("Ablation on all " + english.size() + " English questions (all databases), budget 1500\n");
        ablation(report, "all stages", EnumSet.allOf(Stage.class), english);
        for (Stage off : Stage.values()) {
            EnumSet<Stage> stages = EnumSet.allOf(Stage.class);
            stages.remove(off);
            ablation(report, "without " + off, stages, english);
        }
        ablation(report, "none (words as written, no graph, full lines)", EnumSet.noneOf(Stage.class), english);
        // twice the default is what the engine's one wider look links when the model finds nothing to answer with
        ablation(
                report, "all stages, budget 3000 (the wider look)", new SchemaLinker(2 * LinkingBench.BUDGET), english);
        ablation(report, "all stages, budget 5000", new SchemaLinker(5000), english);
        int most = tokenCounts(report, LinkingBench.run(linker, english));

        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "schema-linking.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);

        for (LinkingBench.Figures f : asserted) {
            boolean overall = f.database().equals("all");
            assertThat(f.allGoldShare())
                    .as(f.line())
                    .isGreaterThanOrEqualTo(overall ? HELD_OUT_OVERALL_ALL_GOLD_FLOOR : HELD_OUT_ALL_GOLD_FLOOR);
            assertThat(f.meanRecall())
                    .as(f.line())
                    .isGreaterThanOrEqualTo(overall ? HELD_OUT_OVERALL_RECALL_FLOOR : HELD_OUT_RECALL_FLOOR);
            assertThat(f.maxTokens()).isLessThanOrEqualTo(LinkingBench.BUDGET);
        }
        assertThat(most).as("no English prompt over the budget").isLessThanOrEqualTo(LinkingBench.BUDGET);
    }

    private static List<LinkingBench.Figures> section(
            StringBuilder report, String title, List<LinkingBench.Outcome> outcomes, boolean misses) {
        List<LinkingBench.Figures> figures = LinkingBench.figures(outcomes);
        report.append(title).append('\n');
        for (LinkingBench.Figures f : figures) {
            report.append("  ").append(f.line()).append('\n');
        }
        if (misses) {
            for (LinkingBench.Outcome o : last(figures).misses()) {
                report.append("    missed ")
                        .append(String.join(", ", o.missing()))
                        .append(" for \"")
                        .append(o.question().text())
                        .append("\" (")
                        .append(o.question().database())
                        .append(")\n");
            }
        }
        report.append('\n');
        return figures;
    }

    private static void ablation(
            StringBuilder report, String label, EnumSet<Stage> stages, List<LinkingBench.Question> questions) {
        ablation(report, label, new SchemaLinker(LinkingBench.BUDGET, stages), questions);
    }

    private static void ablation(
            StringBuilder report, String label, SchemaLinker linker, List<LinkingBench.Question> questions) {
        LinkingBench.Figures all = last(LinkingBench.figures(LinkingBench.run(linker, questions)));
        report.append(
                String.format(Locale.ROOT, "  %-46s %s%n", label, all.line().substring(16)));
    }

    /**
     * The budget is counted in cl100k_base ({@code PromptTokens}), the encoding Llama 3's vocabulary (Groq's models)
     * extends: no prompt may be over it. Beside it, what the same text costs in o200k_base (GPT-4o and the gpt-oss
     * models some OpenAI-compatible providers serve) and what the four-characters estimate used before said. Returns
     * the most tokens a prompt was counted at.
     */
    private static int tokenCounts(StringBuilder report, List<LinkingBench.Outcome> outcomes) {
        Encoding o200k = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
        List<Integer> counted = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        List<Double> estimate = new ArrayList<>();
        for (LinkingBench.Outcome o : outcomes) {
            String text = o.linked().text();
            counted.add(o.linked().estimatedTokens());
            other.add(o200k.countTokensOrdinary(text));
            estimate.add((text.length() + 3) / 4.0 / o.linked().estimatedTokens());
        }
        Collections.sort(counted);
        Collections.sort(other);
        Collections.sort(estimate);
        long over = other.stream().filter(t -> t > LinkingBench.BUDGET).count();
        report.append(String.format(
                Locale.ROOT,
                "%nThe same %d prompts' schema text, budget %d counted in cl100k_base: median %d, p90 %d, max %d;"
                        + " in o200k_base median %d, max %d, over the budget %d (%.1f%%); four characters a token"
                        + " would have said median %.3f, p10 %.3f, min %.3f times the count%n",
                counted.size(),
                LinkingBench.BUDGET,
                counted.get(counted.size() / 2),
                counted.get(counted.size() * 9 / 10),
                counted.get(counted.size() - 1),
                other.get(other.size() / 2),
                other.get(other.size() - 1),
                over,
                100.0 * over / other.size(),
                estimate.get(estimate.size() / 2),
                estimate.get(estimate.size() / 10),
                estimate.get(0)));
        return counted.get(counted.size() - 1);
    }

    private static LinkingBench.Figures last(List<LinkingBench.Figures> figures) {
        return figures.get(figures.size() - 1);
    }
}
