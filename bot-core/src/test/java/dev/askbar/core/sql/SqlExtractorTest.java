package dev.askbar.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlExtractorTest {

    @Test
    void takesTheFencedBlock() {
        assertThat(SqlExtractor.extract("Here you go:\n```sql\nSELECT 1;\n```\nHope it helps"))
                .contains("SELECT 1");
    }

    @Test
    void takesAnUnlabelledFence() {
        assertThat(SqlExtractor.extract("```\nWITH x AS (SELECT 1) SELECT * FROM x\n```"))
                .contains("WITH x AS (SELECT 1) SELECT * FROM x");
    }

    @Test
    void takesBareSqlAfterProse() {
        assertThat(SqlExtractor.extract("The query is:\nSELECT count(*) FROM public.orders;"))
                .contains("SELECT count(*) FROM public.orders");
    }

    @Test
    void findsNothingInPlainProse() {
        assertThat(SqlExtractor.extract("UNANSWERABLE: there is no table about weather."))
                .isEmpty();
        assertThat(SqlExtractor.extract("")).isEmpty();
        assertThat(SqlExtractor.extract(null)).isEmpty();
    }
}
