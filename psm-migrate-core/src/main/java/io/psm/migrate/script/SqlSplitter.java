package io.psm.migrate.script;

import java.util.List;

/** Splits SQL sections into statements (placeholder: the script-loading work replaces it). */
final class SqlSplitter {

    private SqlSplitter() {
    }

    static List<SqlStatement> split(ScriptBody.SqlBody body) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
