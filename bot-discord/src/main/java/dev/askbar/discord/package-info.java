/**
 * AskBar on Discord (JDA): slash commands, @mentions, embeds, buttons and files, each turned into a call on the
 * shared answer flow of {@code dev.askbar.core.platform}. Only {@link dev.askbar.discord.DiscordAdapter} and its
 * settings ({@link dev.askbar.discord.DiscordAdmins}, {@link dev.askbar.discord.DiscordEndpoints}) are for the
 * launcher; everything else is this adapter's inside. Nothing here builds SQL, calls an LLM or touches JDBC.
 */
package dev.askbar.discord;
