/**
 * The one place an engine is assembled from configuration, for the application and the tests alike.
 * <p>Depends on every core package; nothing in core depends on it.
 */
package dev.askbar.core.wiring;
