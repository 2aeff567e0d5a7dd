package dev.askbar.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A password AskBar generates once and keeps in {@code ASKBAR_HOME}, readable by its owner only (0600).
 * The file is created with those permissions, so the password is never readable by others, not even briefly.
 */
final class SecretFile {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFile() {}

    /** The password in {@code file}, generating and saving a new one when the file does not exist yet. */
    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                tighten(file);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String password = generate();
            try {
                Files.writeString(create(file), password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a generated password in " + file, e);
        }
    }

    /** Replaces the password in {@code file} with a new one and returns it. */
    static String replace(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
        return readOrCreate(file);
    }

    /** 32 random bytes, URL-safe: no quote or backslash ever needs escaping in SQL or a .env file. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path create(Path file) throws IOException {
        if (posix(file)) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createFile(file, ownerOnly);
        }
        return Files.createFile(file);
    }

    private static void tighten(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.toAbsolutePath()
                .getFileSystem()
                .supportedFileAttributeViews()
                .contains("posix");
    }
}
