package dev.askbar.slack;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules that keep Slack happy: one message a second per channel, one answer per event. */
class PacingAndDeliveriesTest {

    @Test
    void progressEditsSkipATurnWhileTheChannelIsBusyAndOtherChannelsAreFree() {
        ChannelPacer pacer = new ChannelPacer(Duration.ofMinutes(1));

        assertThat(pacer.tryNow("C1")).isTrue();
        assertThat(pacer.tryNow("C1")).isFalse();
        assertThat(pacer.tryNow("C2")).isTrue();
    }

    @Test
    void finalMessagesQueueOneIntervalApart() {
        ChannelPacer pacer = new ChannelPacer(Duration.ofMinutes(1));

        assertThat(pacer.reserve("C1")).isZero();
        assertThat(pacer.reserve("C1")).isGreaterThan(Duration.ofSeconds(59));
        assertThat(pacer.reserve("C1")).isGreaterThan(Duration.ofSeconds(119));
        assertThat(pacer.tryNow("C1")).isFalse();
    }

    @Test
    void anEventIdIsTakenOnce() {
        EventDeduplicator deliveries = new EventDeduplicator(Duration.ofHours(1), 100);

        assertThat(deliveries.firstDelivery("Ev1")).isTrue();
        assertThat(deliveries.firstDelivery("Ev1")).isFalse();
        assertThat(deliveries.firstDelivery("Ev2")).isTrue();
    }
}
