package dev.askbar.core.store;

import java.time.Instant;

/**
 * What a provider last said is left of a quota group's per-minute token budget for one model, as another replica
 * saw it after its call.
 */
public record SharedBudget(String provider, String group, String model, int tokensLeft, Instant resetsAt) {}
