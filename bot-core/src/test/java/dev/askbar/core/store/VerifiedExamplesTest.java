package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.platform.AuditFeedback;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.core.platform.StoredExampleReview;
import dev.askbar.core.store.VerifiedExamples.Review;
import dev.askbar.core.store.VerifiedExamples.Status;
import dev.askbar.testkit.TestPostgres;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Learning needs an admin: a 👍 proposes, only an admin's approval puts an example into prompts. */
class VerifiedExamplesTest {
    TestPostgres.TestDatabase db;
    StateStore store;
    VerifiedExamples examples;

    @BeforeEach
    void setUp() {
        db = TestPostgres.shared().createDatabase("examples review");
        store = StateStore.migrate(dataSource(db));
        examples = new VerifiedExamples(store);
    }

    static PGSimpleDataSource dataSource(TestPostgres.TestDatabase db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        return ds;
    }

    long answered(String question, String sql) {
        db.execute("INSERT INTO askbar.audit_log (platform, asker, question, sql, outcome) VALUES ('slack', 'U1', '"
                + question + "', '" + sql.replace("'", "''") + "', 'answered')");
        return db.count("SELECT max(id) FROM askbar.audit_log");
    }

    @Test
    void aThumbsUpMakesAPendingCandidateNotAVerifiedExample() {
        long audit = answered("orders per status", "SELECT status, count(*) FROM public.orders GROUP BY status");
        AuditFeedback feedback = new AuditFeedback(new AuditLog(store), examples);

        assertThat(feedback.record(audit, "U_SOMEONE", 1)).isTrue();

        assertThat(examples.all()).isEmpty();
        assertThat(examples.pending(10)).singleElement().satisfies(c -> {
            assertThat(c.question()).isEqualTo("orders per status");
            assertThat(c.status()).isEqualTo(Status.PENDING);
            assertThat(c.source()).isEqualTo("feedback");
            assertThat(c.proposedBy()).isEqualTo("U_SOMEONE");
            assertThat(c.reviewedBy()).isEmpty();
        });
        assertThat(db.count("SELECT count(*) FROM askbar.audit_log WHERE feedback = 1"))
                .isEqualTo(1);
    }

    @Test
    void aThumbsDownProposesNothing() {
        long audit = answered("orders per status", "SELECT 1");
        assertThat(new AuditFeedback(new AuditLog(store), examples).record(audit, "U1", -1))
                .isTrue();
        assertThat(examples.list(10)).isEmpty();
    }

    @Test
    void approvalPutsTheExampleIntoPromptsAndRecordsWhoAndWhen() {
        long audit = answered("top customers", "SELECT name FROM public.customers");
        examples.proposeFromFeedback(audit, "U1");
        long id = examples.pending(10).get(0).id();

        assertThat(examples.approve(id, "U_ADMIN")).isEqualTo(Review.DONE);

        assertThat(examples.all())
                .containsExactly(new VerifiedExamples.Example("top customers", "SELECT name FROM public.customers"));
        assertThat(examples.pending(10)).isEmpty();
        VerifiedExamples.Candidate c = examples.find(id).orElseThrow();
        assertThat(c.status()).isEqualTo(Status.APPROVED);
        assertThat(c.reviewedBy()).contains("U_ADMIN");
        assertThat(c.reviewedAt()).isPresent();
        assertThat(examples.approve(id, "U_ADMIN")).isEqualTo(Review.UNCHANGED);
    }

    @Test
    void aRejectedExampleStaysOutEvenWhenMorePeopleLikeIt() {
        long audit = answered("drop everything", "SELECT * FROM public.orders");
        examples.proposeFromFeedback(audit, "U1");
        long id = examples.pending(10).get(0).id();

        assertThat(examples.reject(id, "U_ADMIN")).isEqualTo(Review.DONE);
        examples.proposeFromFeedback(audit, "U2");
        examples.proposeFromFeedback(answered("drop everything", "SELECT * FROM public.orders"), "U3");

        assertThat(examples.all()).isEmpty();
        assertThat(examples.pending(10)).isEmpty();
        assertThat(examples.find(id).map(VerifiedExamples.Candidate::status)).contains(Status.REJECTED);
    }

    @Test
    void anApprovedExampleCanBeWithdrawn() {
        examples.add("list products", "SELECT name FROM public.products", "alice");
        long id = examples.list(1).get(0).id();
        assertThat(examples.find(id).flatMap(VerifiedExamples.Candidate::reviewedBy))
                .contains("alice");

        assertThat(examples.reject(id, "bob")).isEqualTo(Review.DONE);
        assertThat(examples.all()).isEmpty();
    }

    @Test
    void unknownIdsAndFailedAnswersAreNotExamples() {
        assertThat(examples.approve(999_999, "admin")).isEqualTo(Review.NOT_FOUND);
        assertThat(examples.reject(999_999, "admin")).isEqualTo(Review.NOT_FOUND);
        assertThat(examples.find(999_999)).isEqualTo(Optional.empty());
        db.execute(
                "INSERT INTO askbar.audit_log (platform, asker, question, sql, outcome) VALUES ('slack','U1','q','SELECT 1','failed')");
        assertThat(examples.proposeFromFeedback(db.count("SELECT max(id) FROM askbar.audit_log"), "U1"))
                .isFalse();
        assertThat(examples.proposeFromFeedback(424242, "U1")).isFalse();
        assertThat(examples.list(10)).isEmpty();
    }

    @Test
    void upgradingSendsExamplesThatCameFromThumbsUpBackToReview() {
        TestPostgres.TestDatabase old = TestPostgres.shared().createDatabase("examples upgrade");
        Flyway.configure()
                .dataSource(dataSource(old))
                .schemas("askbar")
                .defaultSchema("askbar")
                .createSchemas(true)
                .locations("classpath:db/askbar")
                .target("3")
                .load()
                .migrate();
        old.execute("INSERT INTO askbar.verified_examples (question, sql, source, created_by) VALUES "
                + "('liked', 'SELECT 1', 'feedback', 'U1'), ('vouched', 'SELECT 2', 'admin', 'alice')");

        VerifiedExamples upgraded = new VerifiedExamples(StateStore.migrate(dataSource(old)));

        assertThat(upgraded.all())
                .extracting(VerifiedExamples.Example::question)
                .containsExactly("vouched");
        assertThat(upgraded.pending(10))
                .extracting(VerifiedExamples.Candidate::question)
                .containsExactly("liked");
        assertThat(upgraded.list(10))
                .filteredOn(c -> c.question().equals("vouched"))
                .singleElement()
                .satisfies(c -> assertThat(c.reviewedBy()).contains("alice"));
    }

    @Test
    void theChatReviewListsPendingExamplesAndApprovesOrRejectsThem() {
        examples.proposeFromFeedback(answered("revenue per month", "SELECT 1"), "U_FAN");
        examples.proposeFromFeedback(answered("orders today", "SELECT 2"), "U_FAN");
        ExampleReview review = new StoredExampleReview(examples);

        List<ExampleReview.Candidate> pending = review.pending(ExampleReview.PAGE);
        assertThat(pending)
                .extracting(ExampleReview.Candidate::question)
                .containsExactly("revenue per month", "orders today");
        assertThat(pending.get(0).suggestedBy()).isEqualTo("U_FAN");

        assertThat(review.approve(pending.get(0).id(), "U_ADMIN")).isTrue();
        assertThat(review.reject(pending.get(1).id(), "U_ADMIN")).isTrue();
        assertThat(review.approve(424242, "U_ADMIN")).isFalse();

        assertThat(review.pending(ExampleReview.PAGE)).isEmpty();
        assertThat(examples.all())
                .extracting(VerifiedExamples.Example::question)
                .containsExactly("revenue per month");
    }
}
