/**
 * What every surface shares and no platform SDK: the answer session
 * ({@link dev.askbar.core.platform.AnswerSession} driving an {@link dev.askbar.core.platform.AnswerSurface}), the
 * {@code /askbar} actions, every user-facing sentence ({@link dev.askbar.core.platform.Sentences}), workers, the
 * answer archive behind buttons and feedback. A new chat platform implements a surface and the replies, nothing more.
 * <p>Depends on: engine, llm (key status), schema (help), store (feedback). Used by: adapters, the terminal, the launcher.
 */
package dev.askbar.core.platform;
