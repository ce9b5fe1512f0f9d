package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.execute.ExecutionSettings;
import io.psm.migrate.script.FileTemplate;
import io.psm.migrate.script.ScriptLoader;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code psm.migrate.*} properties: their defaults, their metadata and their binding. */
class PsmMigratePropertiesTest {

    private final PsmMigrateProperties defaults = new PsmMigrateProperties();

    @Test
    void defaultsAreTheEnginesDefaults() throws ReflectiveOperationException {
        ExecutionSettings engine = ExecutionSettings.defaults();

        assertThat(this.defaults.getLocations()).containsExactly(ScriptLoader.DEFAULT_LOCATION);
        assertThat(this.defaults.getVersionTable()).isEqualTo(engine.versionTable());
        assertThat(this.defaults.getHistoryTable()).isEqualTo(engine.historyTable());
        assertThat(this.defaults.getLockTimeout()).isEqualTo(engine.lockTimeout());
        assertThat(this.defaults.getTransactionMode()).isEqualTo(engine.transactionMode());
        assertThat(Optional.ofNullable(this.defaults.getSchema())).isEqualTo(engine.schema());
        assertThat(this.defaults.isValidateChecksums()).isEqualTo(builderField("validateChecksums"));
        assertThat(this.defaults.getAutogenerate().getExcludeTables()).isEqualTo(builderField("autogenerateExclusions"));
        assertThat(this.defaults.getFileTemplate()).isEqualTo(FileTemplate.defaults().pattern());
    }

    @Test
    void everyPropertyHasMetadataWithADescriptionAndTheRealDefault() throws Exception {
        Map<String, JsonNode> metadata = metadata();
        BeanWrapperImpl properties = new BeanWrapperImpl(this.defaults);
        ConversionService conversion = ApplicationConversionService.getSharedInstance();
        for (String name : List.of("enabled", "mode", "locations", "fail-on-missing-locations", "target", "url", "user", "password",
                "driver-class-name", "schema", "version-table", "history-table", "validate-checksums", "lock-timeout",
                "transaction-mode", "probe-timeout", "connect-retries", "connect-retries-interval", "script-directory",
                "file-template", "instances",
                "autogenerate.exclude-tables")) {
            JsonNode property = metadata.get("psm.migrate." + name);
            assertThat(property).as(name).isNotNull();
            assertThat(property.path("description").asString()).as(name).isNotBlank();
            Object actual = properties.getPropertyValue(camelCase(name));
            JsonNode declared = property.get("defaultValue");
            if (declared == null) {
                assertThat(actual).as(name).isIn(null, Map.of(), List.of());
            } else if (declared.isArray()) {
                assertThat(actual).as(name).isEqualTo(List.of(declared.get(0).asString()));
            } else {
                Object converted = conversion.convert(declared.asString(), actual.getClass());
                assertThat(converted).as(name).isEqualTo(actual);
            }
        }
    }

    @Test
    void bindsEachInstanceWithItsOwnDefaults() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "psm.migrate.lock-timeout", "5",
                "psm.migrate.instances.audit.data-source", "auditDataSource",
                "psm.migrate.instances.audit.mode", "validate")));

        PsmMigrateProperties bound = binder.bind("psm.migrate", PsmMigrateProperties.class).get();

        assertThat(bound.getLockTimeout()).isEqualTo(Duration.ofSeconds(5));
        PsmMigrateProperties.Instance audit = bound.getInstances().get("audit");
        assertThat(audit.getDataSource()).isEqualTo("auditDataSource");
        assertThat(audit.getMode()).isEqualTo(MigrationMode.VALIDATE);
        assertThat(audit.getLockTimeout()).isEqualTo(this.defaults.getLockTimeout());
    }

    /** A default the engine keeps only in its builder (it offers no accessor). */
    private static Object builderField(String field) throws ReflectiveOperationException {
        Field declared = PsmMigrate.Builder.class.getDeclaredField(field);
        declared.setAccessible(true);
        return declared.get(PsmMigrate.configure());
    }

    private static Map<String, JsonNode> metadata() throws Exception {
        try (InputStream json = PsmMigratePropertiesTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(json);
            Map<String, JsonNode> byName = new java.util.HashMap<>();
            root.get("properties").forEach(property -> byName.put(property.get("name").asString(), property));
            return byName;
        }
    }

    private static String camelCase(String kebab) {
        StringBuilder result = new StringBuilder();
        for (String part : kebab.split("-")) {
            result.append(result.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return result.toString();
    }
}
