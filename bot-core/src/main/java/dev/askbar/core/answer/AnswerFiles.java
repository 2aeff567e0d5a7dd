package dev.askbar.core.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes an answer's chart and CSV to a directory ({@code askbar ask --out DIR}). */
public final class AnswerFiles {
    private AnswerFiles() {}

    /** Returns the files written: chart.png and result.csv, when the answer has them. */
    public static List<Path> save(AnswerView view, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        if (view.chartPng().isPresent()) {
            Path chart = dir.resolve("chart.png");
            Files.write(chart, view.chartPng().get());
            written.add(chart);
        }
        if (view.csv().isPresent()) {
            Path csv = dir.resolve("result.csv");
            Files.write(csv, view.csv().get());
            written.add(csv);
        }
        return written;
    }
}
