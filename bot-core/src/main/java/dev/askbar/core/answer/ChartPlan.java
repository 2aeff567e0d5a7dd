package dev.askbar.core.answer;

import java.util.List;

/** Which chart suits a result: its kind, the column on the x axis (or the slices) and the measured columns. */
record ChartPlan(Kind kind, int labelColumn, List<Integer> valueColumns) {

    public enum Kind {
        /** A time or date column with numbers: a trend. */
        LINE,
        /** Categories with numbers: a comparison. */
        BAR,
        /** Up to eight non-negative parts of a whole: a share. */
        PIE
    }

    public ChartPlan {
        valueColumns = List.copyOf(valueColumns);
    }
}
