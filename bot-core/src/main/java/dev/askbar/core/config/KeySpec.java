package dev.askbar.core.config;

import java.util.Optional;

/** One configured API key and the quota group (organisation or project) it was declared in, if any. */
public record KeySpec(Secret secret, Optional<String> group) {}
