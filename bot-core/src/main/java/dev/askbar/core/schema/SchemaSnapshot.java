package dev.askbar.core.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema as read at one moment; its fingerprint changes whenever a table or column does.
 *
 * @param sharedNames names that relations of more than one of the schemas have, the ones not among {@code tables}
 *     included (a partition, a hidden or unreadable table, a sequence): such a name alone could find the wrong one.
 *     The catalog reads them; a snapshot built by hand has none, and {@link SchemaPrompt} works out the names its
 *     own tables share either way.
 */
public record SchemaSnapshot(List<TableInfo> tables, Instant readAt, Set<String> sharedNames) {
    public SchemaSnapshot {
        tables = List.copyOf(tables);
        sharedNames = Set.copyOf(sharedNames);
    }

    public SchemaSnapshot(List<TableInfo> tables, Instant readAt) {
        this(tables, readAt, Set.of());
    }

    public Optional<TableInfo> table(String schema, String name) {
        return tables.stream()
                .filter(t -> t.schema().equals(schema) && t.name().equals(name))
                .findFirst();
    }

    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (TableInfo t : tables) {
            sb.append(t.qualifiedName()).append('(');
            t.columns()
                    .forEach(c ->
                            sb.append(c.name()).append(' ').append(c.type()).append(','));
            sb.append(')');
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
