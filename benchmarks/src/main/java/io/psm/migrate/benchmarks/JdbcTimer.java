package io.psm.migrate.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Times every JDBC call a tool makes, without a profiler: the data source, its connections and
 * their statements are wrapped in proxies that add each call's wall-clock time to a category.
 * Categories: opening and closing connections, commits, {@code setAutoCommit}, the corpus's own
 * statements ("migration SQL", recognised by their text), each other statement the tool sends
 * ("tool SQL: …", grouped by its first words) and any other JDBC call. What a timed call spends
 * outside all of these is Java: loading, parsing, planning, logging. Not thread-safe.
 */
final class JdbcTimer {

    static final String CONNECT = "open connection";
    static final String MIGRATION_SQL = "migration SQL";
    static final String COMMIT = "commit";
    static final String TOOL_SQL = "tool SQL: ";
    static final String OTHER = "other JDBC calls";

    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s*--[^\\n]*\\n)+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Set<String> migrationSql = new HashSet<>();
    private final Map<String, long[]> totals = new LinkedHashMap<>();

    /** @param migrationStatements the corpus's statements, as psm-migrate's splitter cuts them */
    JdbcTimer(Collection<String> migrationStatements) {
        migrationStatements.forEach(sql -> migrationSql.add(normalize(sql)));
    }

    /** Per category: {calls, nanoseconds}, in the order first seen. */
    Map<String, long[]> totals() {
        return totals;
    }

    void reset() {
        totals.clear();
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, (self, method, args) -> {
            if (method.getName().equals("getConnection")) {
                Connection connection = (Connection) timed(CONNECT, () -> call(target, method, args));
                return proxy(Connection.class, connectionHandler(connection));
            }
            return call(target, method, args);
        });
    }

    private InvocationHandler connectionHandler(Connection connection) {
        return (self, method, args) -> {
            String name = method.getName();
            if (name.equals("createStatement")) {
                return statement(Statement.class, (Statement) call(connection, method, args), null);
            }
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                Statement prepared = (Statement) call(connection, method, args);
                return statement(method.getReturnType(), prepared, (String) args[0]);
            }
            String category = switch (name) {
                case "commit", "rollback", "setAutoCommit", "close" -> name.equals("close") ? "close connection" : name;
                default -> OTHER;
            };
            return timed(category, () -> call(connection, method, args));
        };
    }

    private Object statement(Class<?> type, Statement statement, String preparedSql) {
        return proxy(type, (self, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return call(statement, method, args);
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
            return timed(category(sql), () -> call(statement, method, args));
        });
    }

    private String category(String sql) {
        if (sql == null) {
            return TOOL_SQL + "(batch)";
        }
        String normalized = normalize(sql);
        if (migrationSql.contains(normalized)) {
            return MIGRATION_SQL;
        }
        String shortened = normalized.length() > 70 ? normalized.substring(0, 70) + "…" : normalized;
        return TOOL_SQL + shortened.replace("|", "\\|");
    }

    static String normalize(String sql) {
        String text = LEADING_COMMENTS.matcher(sql.strip() + "\n").replaceFirst("");
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }

    private interface Call {
        Object run() throws Throwable;
    }

    private Object timed(String category, Call call) throws Throwable {
        long start = System.nanoTime();
        try {
            return call.run();
        } finally {
            long[] total = totals.computeIfAbsent(category, key -> new long[2]);
            total[0]++;
            total[1] += System.nanoTime() - start;
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(JdbcTimer.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
