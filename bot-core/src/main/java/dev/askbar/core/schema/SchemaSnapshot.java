package dev.askbar.core.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The schema as read at one moment; its fingerprint changes whenever a table or column does. */
public record SchemaSnapshot(List<TableInfo> tables, Instant readAt) {
    public SchemaSnapshot {
        tables = List.copyOf(tables);
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
