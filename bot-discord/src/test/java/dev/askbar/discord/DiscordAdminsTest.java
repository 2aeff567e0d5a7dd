package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordAdminsTest {
    private final DiscordAdmins admins = DiscordAdmins.of(List.of("111", "999"));

    @Test
    void serverAdministratorsAreAllowedWithoutBeingListed() {
        assertThat(admins.allows("555", List.of(), true)).isTrue();
    }

    @Test
    void listedUserIsAllowed() {
        assertThat(admins.allows("111", List.of(), false)).isTrue();
    }

    @Test
    void memberOfAListedRoleIsAllowed() {
        assertThat(admins.allows("555", List.of("444", "999"), false)).isTrue();
    }

    @Test
    void everyoneElseIsRefused() {
        assertThat(admins.allows("555", List.of("444"), false)).isFalse();
        assertThat(DiscordAdmins.of(List.of()).allows("111", List.of("999"), false))
                .isFalse();
    }
}
