package io.psm.migrate.boot.autoconfigure;

import io.psm.migrate.jdbc.DatabaseUrl;
import io.psm.migrate.jdbc.DatabaseUrlException;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

/**
 * {@link PsmMigrateConnectionDetails} from an instance's {@code url}, {@code user} and
 * {@code password}: the url may be a JDBC URL or a {@code DATABASE_URL}, whose user and password
 * the separate properties override.
 */
final class PropertiesPsmMigrateConnectionDetails implements PsmMigrateConnectionDetails {

    private final MigrationProperties properties;
    private final Supplier<Optional<DatabaseUrl>> url;

    PropertiesPsmMigrateConnectionDetails(String instance, MigrationProperties properties) {
        this.properties = properties;
        this.url = SingletonSupplier.of(() -> parse(instance, properties.getUrl()));
    }

    private static Optional<DatabaseUrl> parse(String instance, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DatabaseUrl.parse(url));
        } catch (DatabaseUrlException ex) {
            throw new InvalidPropertyException(PropertyNames.of(instance, "url"), ex.getMessage(), ex);
        }
    }

    @Override
    public String getJdbcUrl() {
        return this.url.get().map(DatabaseUrl::jdbcUrl).orElse(null);
    }

    @Override
    public String getUsername() {
        if (this.properties.getUser() != null) {
            return this.properties.getUser();
        }
        return this.url.get().flatMap(DatabaseUrl::user).orElse(null);
    }

    @Override
    public String getPassword() {
        if (this.properties.getPassword() != null) {
            return this.properties.getPassword();
        }
        return this.url.get().flatMap(DatabaseUrl::password).orElse(null);
    }

    @Override
    public String getDriverClassName() {
        String driver = this.properties.getDriverClassName();
        return (driver != null) ? driver : PsmMigrateConnectionDetails.super.getDriverClassName();
    }
}
