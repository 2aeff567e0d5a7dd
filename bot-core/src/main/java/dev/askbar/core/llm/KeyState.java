package dev.askbar.core.llm;

/** Where one key stands for one model, as the admin view shows it. */
public enum KeyState {
    /** Takes traffic. */
    AVAILABLE,
    /** Its quota group hit a limit or has no budget left for this model; not called before the reset. */
    COOLING,
    /** Back from a long cooldown: the next request tries it once before it takes traffic again. */
    PROBING,
    /** Several timeouts or server errors in a row: rested briefly. */
    CIRCUIT_OPEN,
    /** The provider rejected the key (invalid, revoked, reported as leaked). */
    DISABLED,
    /** The provider does not know the model any more; its other models still run. */
    MODEL_RETIRED
}
