package dev.askbar.core.answer;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders for query results in presentation tests. */
final class Results {
    private Results() {}

    static ResultColumn col(String name, ValueKind kind) {
        return new ResultColumn(name, kind.name().toLowerCase(), kind);
    }

    static QueryResult of(List<ResultColumn> columns, Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(Arrays.asList(r));
        }
        return new QueryResult(columns, list, false);
    }

    static Object[] row(Object... cells) {
        return cells;
    }
}
