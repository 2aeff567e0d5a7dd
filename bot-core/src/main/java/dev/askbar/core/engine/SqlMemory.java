package dev.askbar.core.engine;

import java.util.Optional;

/** Question → SQL pairs already written for a schema version, so a repeated question costs no SQL call. */
public interface SqlMemory {

    Optional<String> find(String questionKey, String schemaFingerprint);

    void put(String questionKey, String schemaFingerprint, String sql);

    /** Forgets everything; returns how many pairs were forgotten. */
    int clear();
}
