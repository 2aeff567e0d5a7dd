package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig.ProviderSettings;
import dev.askbar.core.config.ProviderType;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a provider's base URL points, said once at start, with a warning when its keys would go to a host that is
 * not the provider's own (a typo, or an old proxy setting) or travel unencrypted to another machine.
 */
final class ProviderAddress {
    private static final Logger log = LoggerFactory.getLogger(ProviderAddress.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private ProviderAddress() {}

    static void log(ProviderSettings settings) {
        int keys = keyCount(settings);
        log.info(
                "{}: {} ({}, models {})",
                settings.name(),
                settings.baseUrl(),
                keys == 0 ? "no key" : keys == 1 ? "1 key" : keys + " keys",
                String.join(", ", settings.models()));
        warning(settings).ifPresent(log::warn);
    }

    /** The warning to log for these settings, if any. */
    static Optional<String> warning(ProviderSettings settings) {
        int keys = keyCount(settings);
        if (keys == 0) {
            return Optional.empty();
        }
        String host = ProviderType.host(settings.baseUrl());
        String variable = settings.type().baseUrlVariable();
        String theKeys = keys == 1 ? "its key" : "its " + keys + " keys";
        Optional<String> own = settings.type().ownHost();
        if (own.isPresent() && !host.equals(own.get())) {
            return Optional.of(settings.name() + ": " + variable + " points at " + host + ", not " + own.get() + "; "
                    + theKeys + " will be sent there (unset " + variable + " unless that host is yours)");
        }
        if (settings.baseUrl().startsWith("http://") && !LOOPBACK.contains(host)) {
            return Optional.of(settings.name() + ": " + theKeys + " would travel unencrypted to " + host
                    + " (use an https:// address in " + variable + ")");
        }
        return Optional.empty();
    }

    private static int keyCount(ProviderSettings settings) {
        return (int) settings.keys().stream()
                .filter(k -> !k.secret().reveal().isEmpty())
                .count();
    }
}
