package dev.askbar.core.llm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of a sample, in nanoseconds. */
final class Percentiles {
    private final List<Long> sorted;

    Percentiles(List<Long> nanos) {
        this.sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
    }

    long at(double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    double ms(double p) {
        return at(p) / 1e6;
    }

    int size() {
        return sorted.size();
    }
}
