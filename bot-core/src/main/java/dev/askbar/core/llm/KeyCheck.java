package dev.askbar.core.llm;

import java.util.Optional;

/**
 * The verdict on one configured key, for {@code askbar doctor}: checked with a call that spends no completion quota.
 *
 * @param key     masked, e.g. {@code gsk_…a1b2}
 * @param problem one sentence saying what is wrong and what to do; empty when {@code ok}
 */
public record KeyCheck(String provider, String key, boolean ok, Optional<String> problem) {}
