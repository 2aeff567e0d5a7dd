package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reply to the bot's message continues its conversation on any replica, for a limited time. */
class StoredReplyChainsTest {
    final TwoReplicas replicas = new TwoReplicas("reply_chains");

    @AfterEach
    void tearDown() {
        replicas.close();
    }

    @Test
    void replyToAnAnswerPostedByReplicaAContinuesItsConversationOnReplicaB() {
        new StoredReplyChains(replicas.a, "discord", Duration.ofDays(1)).remember("1300000000000000001", "conv-17");

        assertThat(new StoredReplyChains(replicas.b, "discord", Duration.ofDays(1))
                        .conversationOf("1300000000000000001"))
                .contains("conv-17");
        assertThat(new StoredReplyChains(replicas.b, "slack", Duration.ofDays(1)).conversationOf("1300000000000000001"))
                .as("another platform's ids are another namespace")
                .isEmpty();
    }

    @Test
    void replyChainSurvivesARestart() {
        new StoredReplyChains(replicas.a, "discord", Duration.ofDays(1)).remember("m1", "conv-1");

        assertThat(new StoredReplyChains(replicas.restartedA(), "discord", Duration.ofDays(1)).conversationOf("m1"))
                .contains("conv-1");
    }

    @Test
    void replyChainsExpireAndAreCleanedUp() {
        StoredReplyChains chains = new StoredReplyChains(replicas.a, "discord", Duration.ofDays(1));
        chains.remember("old", "conv-1");
        chains.remember("new", "conv-2");
        replicas.db.execute(
                "UPDATE askbar.reply_chain SET created_at = now() - interval '2 days' WHERE message_id = 'old'");

        assertThat(chains.conversationOf("old")).isEmpty();
        assertThat(chains.conversationOf("new")).contains("conv-2");
        assertThat(chains.cleanUp()).isEqualTo(1);
    }

    @Test
    void stateDatabaseOutageMeansANewConversationNotAnError() {
        StoredReplyChains chains = new StoredReplyChains(replicas.a, "discord", Duration.ofDays(1));
        replicas.cutOffA();

        chains.remember("m1", "conv-1");
        assertThat(chains.conversationOf("m1")).isEmpty();
    }
}
