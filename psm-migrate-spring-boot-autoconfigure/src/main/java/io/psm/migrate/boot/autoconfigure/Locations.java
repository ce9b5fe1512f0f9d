package io.psm.migrate.boot.autoconfigure;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.jdbc.DatabaseDriver;

/** Script locations: the {@code {vendor}} placeholder, and the directory new scripts go to. */
public final class Locations {

    static final String VENDOR_PLACEHOLDER = "{vendor}";

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    private Locations() {
    }

    /**
     * The locations with {@code {vendor}} replaced by the database's id ({@code postgresql}, {@code h2}).
     *
     * @param instance  the instance, for the error message
     * @param locations the configured locations
     * @param url       the database's JDBC URL, asked for only when a placeholder is present
     * @return the resolved locations
     */
    static List<String> resolveVendor(String instance, List<String> locations, Supplier<String> url) {
        if (locations.stream().noneMatch(location -> location.contains(VENDOR_PLACEHOLDER))) {
            return List.copyOf(locations);
        }
        String jdbcUrl = url.get();
        DatabaseDriver driver = (jdbcUrl != null) ? DatabaseDriver.fromJdbcUrl(jdbcUrl) : DatabaseDriver.UNKNOWN;
        if (driver == DatabaseDriver.UNKNOWN) {
            throw new InvalidPropertyException(PropertyNames.of(instance, "locations"), "the " + VENDOR_PLACEHOLDER
                    + " placeholder needs to know the database, but its JDBC URL could not be read or is not one"
                    + " Spring Boot knows");
        }
        return locations.stream().map(location -> location.replace(VENDOR_PLACEHOLDER, driver.getId())).toList();
    }

    /**
     * Where new scripts go by default: the source directory of the first location, relative to the
     * working directory ({@code classpath:db/migrations} is {@code src/main/resources/db/migrations}).
     *
     * @param location the first location, resolved
     * @return the directory
     */
    public static Path scriptDirectory(String location) {
        if (location.startsWith(CLASSPATH)) {
            return RESOURCES.resolve(stripLeadingSlashes(location.substring(CLASSPATH.length())));
        }
        if (location.startsWith(FILESYSTEM)) {
            return Path.of(location.substring(FILESYSTEM.length()));
        }
        return Path.of(location);
    }

    private static String stripLeadingSlashes(String path) {
        return path.replaceFirst("^/+", "");
    }
}
