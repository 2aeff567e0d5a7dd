package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.askbar.discord.fake.ShopAnswers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void guildListAndSingleGuildAreJoined() {
        assertThat(DiscordAdapter.Settings.guilds(
                        Optional.of("111111111111111111, 222222222222222222 333333333333333333"),
                        Optional.of("444444444444444444")))
                .containsExactly(
                        "111111111111111111", "222222222222222222", "333333333333333333", "444444444444444444");
        assertThat(DiscordAdapter.Settings.guilds(Optional.empty(), Optional.of("444444444444444444")))
                .containsExactly("444444444444444444");
        assertThat(DiscordAdapter.Settings.guilds(Optional.empty(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void aValueThatIsNotAServerIdIsRefusedNamingTheVariable() {
        assertThatThrownBy(() ->
                        DiscordAdapter.Settings.guilds(Optional.of("111111111111111111,my-server"), Optional.empty()))
                .hasMessageStartingWith("ASKBAR_DISCORD_GUILDS must list Discord server ids")
                .hasMessageNotContaining("my-server");
        assertThatThrownBy(() -> DiscordAdapter.Settings.guilds(Optional.empty(), Optional.of("12")))
                .hasMessageStartingWith("ASKBAR_DISCORD_GUILD must");
    }

    @Test
    void withoutConfiguredServersTheAdapterRefusesToStartInOneSentence() throws Exception {
        try (ShopAnswers shop = new ShopAnswers()) {
            DiscordAdapter adapter = new DiscordAdapter(
                    shop.context,
                    new DiscordAdapter.Settings(
                            "token", Set.of(), DiscordAdmins.of(List.of()), DiscordEndpoints.discord()));
            assertThatThrownBy(adapter::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("ASKBAR_DISCORD_GUILDS is not set")
                    .hasMessageNotContaining("\n");
            adapter.close();
        }
    }
}
