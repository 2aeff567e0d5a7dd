package dev.askbar.slack;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules that keep Slack happy: one message a second per channel, one answer per event. */
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
    void anEventIdIsTakenOnce() {
        EventDeduplicator deliveries = new EventDeduplicator(Duration.ofHours(1), 100);

        assertThat(deliveries.firstDelivery("Ev1")).isTrue();
        assertThat(deliveries.firstDelivery("Ev1")).isFalse();
        assertThat(deliveries.firstDelivery("Ev2")).isTrue();
    }
}
