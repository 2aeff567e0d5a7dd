package dev.askbar.core.llm;

import dev.askbar.core.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One API key of one provider. The secret leaves this class only as an HTTP header;
 * everything else (logs, state store, admin views) sees {@link #masked()} or {@link #fingerprint()}.
 *
 * @param position 1-based place among the provider's keys, as the operator configured them
 * @param count    how many keys the provider has, for log lines such as "key 2/3"
 */
public record ApiKey(String provider, Secret secret, String group, int position, int count) {

    public String masked() {
        return mask(secret.reveal());
    }

    /** First 12 hex characters of the key's SHA-256: stable across restarts, useless to an attacker. */
    public String fingerprint() {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(secret.reveal().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "key 2/3, gsk_…a1b2" */
    public String label() {
        return "key " + position + "/" + count + ", " + masked();
    }

    /** Shows a recognisable prefix and the last four characters, e.g. {@code gsk_…a1b2}. */
    public static String mask(String key) {
        if (key.isEmpty()) {
            return "(no key)";
        }
        if (key.length() < 12) {
            return "…" + key.substring(Math.max(0, key.length() - 2));
        }
        int underscore = key.indexOf('_');
        String prefix = underscore > 0 && underscore <= 4 ? key.substring(0, underscore + 1) : key.substring(0, 4);
        return prefix + "…" + key.substring(key.length() - 4);
    }

    @Override
    public String toString() {
        return provider + " " + label();
    }
}
