package io.psm.migrate.boot.env;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.support.SystemEnvironmentPropertySourceEnvironmentPostProcessor;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code DATABASE_URL} configures the application's DataSource. */
class DatabaseUrlEnvironmentPostProcessorTest {

    private final DatabaseUrlEnvironmentPostProcessor postProcessor = new DatabaseUrlEnvironmentPostProcessor();

    @Test
    void configuresTheDataSourceFromDatabaseUrl() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL",
                "postgresql://app:secret@db.example.com:6543/orders?sslmode=require"));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example.com:6543/orders?sslmode=require");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("secret");
    }

    @Test
    void percentDecodesUserAndPassword() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL",
                "postgres://app%2Bro:p%40ss%3Aword@localhost/orders"));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app+ro");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("p@ss:word");
    }

    @Test
    void overridesTheCredentialsOfConfigurationFiles() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgresql://app:secret@localhost/orders"));
        environment.getPropertySources().addLast(configurationFile(
                Map.of("spring.datasource.username", "sa", "spring.datasource.password", "")));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("secret");
    }

    @Test
    void winsOverTheDataSourceUrlOfAConfigurationFile() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgresql://app:secret@localhost/orders"));
        environment.getPropertySources().addLast(configurationFile(Map.of("spring.datasource.url", "jdbc:h2:file:./data/app")));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost:5432/orders");
        assertThat(ConfiguredDatabase.of(environment)).contains(new ConfiguredDatabase(
                "jdbc:postgresql://localhost:5432/orders", "DATABASE_URL (environment variable)", Optional.empty()));
    }

    @Test
    void yieldsToAnExplicitSpringDatasourceUrlVariableAndSaysSo() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgresql://app:secret@localhost/orders",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://other/orders"));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://other/orders");
        assertThat(environment.getPropertySources().contains(DatabaseUrlEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
        assertThat(ConfiguredDatabase.of(environment)).contains(new ConfiguredDatabase("jdbc:postgresql://other/orders",
                "SPRING_DATASOURCE_URL (environment variable)", Optional.of("DATABASE_URL (environment variable) is set"
                + " but not used: SPRING_DATASOURCE_URL (environment variable) takes precedence")));
    }

    @Test
    void yieldsToASystemPropertyAndACommandLineArgument() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgresql://app:secret@localhost/orders"));
        environment.getPropertySources().addFirst(new MapPropertySource(
                StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, Map.of("spring.datasource.url", "jdbc:h2:mem:a")));
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--spring.datasource.url=jdbc:h2:mem:b"));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:b");
        assertThat(ConfiguredDatabase.of(environment)).get().extracting(ConfiguredDatabase::origin)
                .isEqualTo("--spring.datasource.url (command line)");
        environment.getPropertySources().remove(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:a");
    }

    @Test
    void yieldsToADataSourceUrlInTheSameConfigurationFile() {
        StandardEnvironment environment = environment(Map.of());
        environment.getPropertySources().addLast(configurationFile(Map.of("DATABASE_URL", "h2:file:./data/other",
                "spring.datasource.url", "jdbc:h2:mem:explicit")));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:explicit");
    }

    @Test
    void anH2FileGetsNoUserSoThatItOpensTheFileSpringBootWouldOpen() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL", "h2:file:./data/app"));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:./data/app");
        assertThat(environment.containsProperty("spring.datasource.username")).isFalse();
        assertThat(ConfiguredDatabase.of(environment)).get().extracting(ConfiguredDatabase::url)
                .isEqualTo("jdbc:h2:file:" + Path.of("data/app").toAbsolutePath());
    }

    @Test
    void doesNothingWithoutDatabaseUrl() {
        StandardEnvironment environment = environment(Map.of());

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(DatabaseUrlEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
    }

    @Test
    void malformedUrlFailsSayingWhatIsWrongWithoutThePassword() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgresql://app:t0psecret@localhost:port/db"));

        assertThatExceptionOfType(InvalidDatabaseUrlException.class)
                .isThrownBy(() -> this.postProcessor.postProcessEnvironment(environment, new SpringApplication()))
                .withMessageStartingWith("DATABASE_URL is not a database URL")
                .withMessageNotContaining("t0psecret")
                .satisfies(failure -> assertThat(failure.getCause().getMessage()).doesNotContain("t0psecret"));
    }

    /** An environment whose environment variables are the given ones, and no system properties. */
    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        // As in an application: environment variables with their origins (SPRING_DATASOURCE_URL).
        new SystemEnvironmentPropertySourceEnvironmentPostProcessor().postProcessEnvironment(environment,
                new SpringApplication());
        return environment;
    }

    /** A configuration file's properties, as Spring Boot's config data loads them. */
    private static MapPropertySource configurationFile(Map<String, Object> properties) {
        return new MapPropertySource("Config resource 'class path resource [application.properties]'", properties);
    }
}
