package io.psm.migrate.sample;

import io.psm.migrate.testing.TestDatabase;
import io.psm.migrate.testing.TestDatabases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code target/sample-app.jar} run as the README says: {@code java -jar sample-app.jar} on its
 * default H2 file database and on a SQLite file, and {@code java -jar sample-app.jar db COMMAND}.
 */
class SampleJarIT {

    private static final String PHONE_REVISION = RunningApplicationTest.PHONE_REVISION;
    private static final String INITIAL_REVISION = RunningApplicationTest.INITIAL_REVISION;

    @TempDir
    Path directory;

    @Test
    void historyListsBothRevisionsNewestFirst() throws Exception {
        SampleJar.Run run = new SampleJar(this.directory).run(Map.of(), "db", "history");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                INITIAL_REVISION + " -> " + PHONE_REVISION + " (head), Add phone field to User",
                "<base> -> " + INITIAL_REVISION + ", Create users and notes");
    }

    @Test
    void startUpgradesAnEmptyH2FileDatabaseAndServesHealth() throws Exception {
        SampleJar jar = new SampleJar(this.directory);
        try (SampleJar.Server server = jar.start(Map.of())) {
            JsonNode health = JsonMapper.builder().build().readTree(get(server.port(), "/actuator/health"));

            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("migrations").path("status").asString()).isEqualTo("UP");
            assertThat(server.log()).contains("Running upgrade  -> " + INITIAL_REVISION + ", Create users and notes",
                    "Running upgrade " + INITIAL_REVISION + " -> " + PHONE_REVISION + ", Add phone field to User");
            assertThat(this.directory.resolve("data/sample.mv.db")).isRegularFile();

            // The H2 file is opened with AUTO_SERVER: db commands read it while the application runs.
            SampleJar.Run current = jar.run(Map.of(), "db", "current");
            assertThat(current.status()).as(current.err()).isZero();
            assertThat(current.outLines()).containsExactly(PHONE_REVISION + " (head)");
        }
    }

    @Test
    void startUpgradesASqliteFileFromItsSqliteMigrationsAndServesTheApiEndpointAndHealth() throws Exception {
        SampleJar jar = new SampleJar(this.directory);
        Map<String, String> sqlite = Map.of("DATABASE_URL", "sqlite:///sample.db");
        try (SampleJar.Server server = jar.start(sqlite)) {
            JsonNode health = JsonMapper.builder().build().readTree(get(server.port(), "/actuator/health"));
            JsonNode migrations = JsonMapper.builder().build().readTree(get(server.port(), "/actuator/migrations"));
            String user = post(server.port(), "/api/users", "{\"username\":\"ada\",\"email\":\"ada@example.com\"}");
            post(server.port(), user + "/notes", "{\"title\":\"First note\"}");
            delete(server.port(), user);

            assertThat(health.path("components").path("migrations").path("status").asString()).isEqualTo("UP");
            assertThat(migrations.path("databases").path("default").path("current").get(0).asString())
                    .isEqualTo(PHONE_REVISION);
            // The home page draws the graph from the endpoint, which gives it as Mermaid text too.
            assertThat(get(server.port(), "/")).contains("Revision graph", "home.js");
            assertThat(migrations.path("databases").path("default").path("mermaid").asString())
                    .startsWith("flowchart BT").contains(INITIAL_REVISION, PHONE_REVISION);
            assertThat(server.log()).contains("Running upgrade  -> " + INITIAL_REVISION + ", Create users and notes",
                    "Running upgrade " + INITIAL_REVISION + " -> " + PHONE_REVISION + ", Add phone field to User");
            assertThat(this.directory.resolve("sample.db")).isRegularFile();
            // The user's notes went with it: SQLite enforces the foreign key's ON DELETE CASCADE.
            assertThat(count(this.directory.resolve("sample.db"), "SELECT COUNT(*) FROM notes")).isZero();

            SampleJar.Run check = jar.run(sqlite, "db", "check");
            assertThat(check.status()).as(check.out() + check.err()).isZero();
            assertThat(check.outLines()).containsExactly("No new upgrade operations detected.");
        }
    }

    @Test
    void dbCheckFindsTheEntitiesAndTheMigrationsInAgreementOnH2() throws Exception {
        assertCheckFindsNothing(Map.of("DATABASE_URL", "h2:file:" + this.directory.resolve("check").toAbsolutePath()));
    }

    @Test
    void dbCheckFindsTheEntitiesAndTheMigrationsInAgreementOnPostgreSql() throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            assertCheckFindsNothing(Map.of("DATABASE_URL", database.databaseUrl()));
        }
    }

    private void assertCheckFindsNothing(Map<String, String> environment) throws Exception {
        SampleJar jar = new SampleJar(this.directory);
        SampleJar.Run upgrade = jar.run(environment, "db", "upgrade");
        assertThat(upgrade.status()).as(upgrade.err()).isZero();

        SampleJar.Run check = jar.run(environment, "db", "check");

        assertThat(check.status()).as(check.out() + check.err()).isZero();
        assertThat(check.outLines()).containsExactly("No new upgrade operations detected.");
    }

    @Test
    void dbCommandsUpgradeAndDowngradeThePostgreSqlDatabaseOfDatabaseUrl() throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            SampleJar jar = new SampleJar(this.directory);
            Map<String, String> environment = Map.of("DATABASE_URL", database.databaseUrl());

            SampleJar.Run upgrade = jar.run(environment, "db", "upgrade");
            assertThat(upgrade.status()).as(upgrade.err()).isZero();
            assertThat(upgrade.err()).contains("Running upgrade " + INITIAL_REVISION + " -> " + PHONE_REVISION);
            assertThat(columnsOfUsers(database)).contains("phone");

            SampleJar.Run current = jar.run(environment, "db", "current");
            assertThat(current.outLines()).containsExactly(PHONE_REVISION + " (head)");

            SampleJar.Run downgrade = jar.run(environment, "db", "downgrade");
            assertThat(downgrade.status()).as(downgrade.err()).isZero();
            assertThat(downgrade.err()).contains("Running downgrade " + PHONE_REVISION + " -> " + INITIAL_REVISION
                    + ", Add phone field to User");
            assertThat(columnsOfUsers(database)).containsExactly("id", "username", "email", "name", "created_at");
        }
    }

    /** Posts JSON and returns the path of what was created. */
    private static String post(int port, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private static void delete(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static long count(Path database, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet row = connection.createStatement().executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> columnsOfUsers(TestDatabase database) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, "public", "users", null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }
}
