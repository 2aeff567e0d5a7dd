package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.platform.Coordination;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The small rules that keep Slack happy: one message a second per channel, one conversation per thread, whichever replica sees it. */
class PacingAndDeliveriesTest {

    @Test
    void newMessagesInOneChannelQueueOneIntervalApartAndOtherChannelsAreFree() {
        ChannelPacer pacer = new ChannelPacer(Duration.ofMinutes(1));

        assertThat(pacer.reserve("C1")).isZero();
        assertThat(pacer.reserve("C1")).isGreaterThan(Duration.ofSeconds(59));
        assertThat(pacer.reserve("C1")).isGreaterThan(Duration.ofSeconds(119));
        assertThat(pacer.reserve("C2")).isZero();
    }

    @Test
    void aThreadLinkedOnOneReplicaIsTheSameConversationOnAnotherSharingTheCoordination() {
        Coordination shared = Coordination.inMemory();
        ThreadConversations replicaA = new ThreadConversations(shared);
        ThreadConversations replicaB = new ThreadConversations(shared);

        String conversation = replicaA.start("C1");
        replicaA.threadOf("C1", "1700000000.000100", conversation);

        assertThat(replicaB.of("C1", "1700000000.000100")).isEqualTo(conversation);
        assertThat(replicaB.of("C1", "1700000000.000200")).isEqualTo("C1:1700000000.000200");
        assertThat(new ThreadConversations(Coordination.inMemory()).of("C1", "1700000000.000100"))
                .isNotEqualTo(conversation);
    }
}
