package dev.askbar.core.engine;

import java.util.List;

/** Question and SQL pairs an admin approved, shown to the model as examples for similar questions. */
@FunctionalInterface
public interface ExampleSource {

    record Example(String question, String sql) {}

    List<Example> approved();
}
