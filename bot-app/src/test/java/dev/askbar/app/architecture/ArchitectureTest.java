package dev.askbar.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers as docs/architecture.md draws them, checked on the compiled classes of every module: app → adapters →
 * core, no arrow back up, no cycle between packages, and adapters that only turn events into questions.
 */
class ArchitectureTest {
    /** What an adapter may know of core.sql: the shape of a result, to render it. */
    private static final List<String> RESULT_TYPES = List.of("QueryResult", "ResultColumn", "ValueKind");
    /** What an adapter may know of core.llm: the key status rows of {@code /askbar keys}. */
    private static final List<String> KEY_REPORT_TYPES = List.of("KeyStatus", "KeyState");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // other modules' test fixtures arrive as test jars, which DO_NOT_INCLUDE_TESTS does not recognise
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("dev.askbar");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.askbar.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCoreNeverImportsAChatPlatformOrTheLauncher() {
        noClasses()
                .that()
                .resideInAPackage("dev.askbar.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.askbar.discord..",
                        "dev.askbar.slack..",
                        "dev.askbar.app..",
                        "net.dv8tion..",
                        "com.slack..",
                        "org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void adaptersNeverTouchJdbcTheGatewaysInsidesOrTheSqlRunner() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("dev.askbar.discord..", "dev.askbar.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "javax.sql..",
                        "dev.askbar.core.store..",
                        "dev.askbar.core.schema..",
                        "dev.askbar.core.wiring..")
                .orShould()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "the SQL guard or runner (adapters show results, they never run SQL)",
                        c -> c.getPackageName().equals("dev.askbar.core.sql")
                                && RESULT_TYPES.stream().noneMatch(c.getSimpleName()::equals)))
                .orShould()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "gateway internals (anything in core.llm but the key status a report shows)",
                        c -> c.getPackageName().equals("dev.askbar.core.llm")
                                && KEY_REPORT_TYPES.stream().noneMatch(c.getSimpleName()::equals)));
        rule.check(classes);
    }

    @Test
    void chatPlatformsDoNotKnowEachOther() {
        noClasses()
                .that()
                .resideInAPackage("dev.askbar.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.askbar.slack..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("dev.askbar.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.askbar.discord..")
                .check(classes);
    }
}
