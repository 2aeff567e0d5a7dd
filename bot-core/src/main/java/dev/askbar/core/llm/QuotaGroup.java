package dev.askbar.core.llm;

/**
 * The organisation (Groq) or project (Gemini) whose quota a set of keys shares. Limits are per group and model,
 * so a limit seen on one key speaks for every key of its group.
 */
record QuotaGroup(String provider, String name) {
}
