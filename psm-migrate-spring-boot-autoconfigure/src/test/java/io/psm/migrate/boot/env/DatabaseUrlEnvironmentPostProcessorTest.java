package io.psm.migrate.boot.env;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

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
        environment.getPropertySources().addLast(new MapPropertySource("application.properties",
                Map.of("spring.datasource.username", "sa", "spring.datasource.password", "")));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("secret");
    }

    @Test
    void leavesAnExplicitDataSourceUrlAlone() {
        StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgresql://app:secret@localhost/orders"));
        environment.getPropertySources().addLast(new MapPropertySource("application.properties",
                Map.of("spring.datasource.url", "jdbc:h2:mem:explicit")));

        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:explicit");
        assertThat(environment.getPropertySources().contains(DatabaseUrlEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
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

    /** An environment whose environment variables are the given ones. */
    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }
}
