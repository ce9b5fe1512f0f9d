package io.psm.migrate.script;

import io.psm.migrate.script.fixtures.good.CreateGadgets;
import io.psm.migrate.script.fixtures.good.GadgetMigration;
import io.psm.migrate.script.fixtures.good.SeedGadgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static io.psm.migrate.script.ScriptLoaderTest.script;
import static org.assertj.core.api.Assertions.assertThat;

/** Locations inside jars: plain jars on the classpath and Spring Boot executable jars. */
class ScriptLoaderJarTest {

    private static final String GOOD = "io/psm/migrate/script/fixtures/good";

    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> appFiles(String root) throws IOException {
        return Map.of(
                root + "db/migrations/a_first.sql", utf8(script("a", "")),
                root + "db/migrations/sub/b_second.sql", utf8(script("b", "a")),
                root + "db/migrations/notes.txt", utf8("not a script"),
                root + GOOD + "/CreateGadgets.class", TestJars.classBytes(CreateGadgets.class),
                root + GOOD + "/SeedGadgets.class", TestJars.classBytes(SeedGadgets.class),
                root + GOOD + "/GadgetMigration.class", TestJars.classBytes(GadgetMigration.class));
    }

    @Test
    void jarOnTheClasspathInAFolderWithASpaceIsScanned() throws IOException {
        Path jar = TestJars.write(dir.resolve("my apps/app.jar"), appFiles(""));
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, TestJars.classesOnly())) {
            LoadedScripts loaded = new ScriptLoader(classLoader).load(List.of("classpath:db/migrations", "classpath:" + GOOD));

            assertThat(loaded.scripts()).extracting(MigrationScript::id).containsExactly("a", "b", "java_1", "java_2");
            assertThat(loaded.find("b").orElseThrow().location()).isEqualTo("classpath:db/migrations/sub/b_second.sql");
        }
    }

    @Test
    void springBootNestedUrlsAreReadWithoutBootsUrlHandler() throws IOException {
        byte[] library = TestJars.bytes(Map.of("db/migrations/lib/c_library.sql", utf8(script("c", "b"))));
        Map<String, byte[]> files = new HashMap<>(appFiles("BOOT-INF/classes/"));
        files.put("BOOT-INF/lib/shared.jar", library);
        Path jar = TestJars.write(dir.resolve("boot app/app.jar"), files);

        LoadedScripts loaded = new ScriptLoader(new BootLikeClassLoader(jar))
                .load(List.of("classpath:db/migrations", "classpath:" + GOOD, "classpath:db/absent"));

        assertThat(loaded.scripts()).extracting(MigrationScript::id).containsExactly("a", "c", "b", "java_1", "java_2");
        assertThat(loaded.find("c").orElseThrow().location()).isEqualTo("classpath:db/migrations/lib/c_library.sql");
        assertThat(loaded.missingLocations()).containsExactly("classpath:db/absent");
    }

    @Test
    void nestedUrlNamesTheOuterJarTheNestedEntryAndTheFolder() {
        assertThat(JarScanner.place("jar:nested:/srv/my%20app/app.jar/!BOOT-INF/classes/!/db/migrations"))
                .isEqualTo(new JarScanner.Place(Path.of("/srv/my app/app.jar"), "BOOT-INF/classes/", "db/migrations/"));
        assertThat(JarScanner.place("jar:nested:/srv/app.jar/!BOOT-INF/lib/shared.jar!/db/migrations/"))
                .isEqualTo(new JarScanner.Place(Path.of("/srv/app.jar"), "BOOT-INF/lib/shared.jar", "db/migrations/"));
    }

    @Test
    void plainAndPreBoot32JarUrlsAreUnderstood() {
        assertThat(JarScanner.place("jar:file:/srv/my%20app/app.jar!/db/migrations"))
                .isEqualTo(new JarScanner.Place(Path.of("/srv/my app/app.jar"), "", "db/migrations/"));
        assertThat(JarScanner.place("jar:file:/srv/app.jar!/BOOT-INF/classes!/db/migrations"))
                .isEqualTo(new JarScanner.Place(Path.of("/srv/app.jar"), "BOOT-INF/classes/", "db/migrations/"));
        assertThat(JarScanner.place("jar:file:/srv/app.jar!/BOOT-INF/lib/shared.jar!/db/migrations"))
                .isEqualTo(new JarScanner.Place(Path.of("/srv/app.jar"), "BOOT-INF/lib/shared.jar", "db/migrations/"));
    }

    /**
     * Answers resource look-ups as Spring Boot 3.2+'s launched class loader does, with
     * {@code jar:nested:<jar>/!BOOT-INF/classes/!/<name>} and
     * {@code jar:nested:<jar>/!BOOT-INF/lib/<lib>.jar!/<name>} URLs, whose handler is absent here;
     * classes themselves come from the test class path.
     */
    private static final class BootLikeClassLoader extends ClassLoader {

        private final Path jar;

        BootLikeClassLoader(Path jar) {
            super(TestJars.class.getClassLoader());
            this.jar = jar;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> urls = new ArrayList<>();
            String outer = "jar:nested:" + jar.toUri().getRawPath() + "/!";
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.getEntry("BOOT-INF/classes/" + name + "/") != null) {
                    urls.add(TestJars.unopenableUrl(outer + "BOOT-INF/classes/!/" + name));
                }
                try (ZipInputStream lib = new ZipInputStream(
                        zip.getInputStream(zip.getEntry("BOOT-INF/lib/shared.jar")))) {
                    for (ZipEntry entry = lib.getNextEntry(); entry != null; entry = lib.getNextEntry()) {
                        if (entry.getName().equals(name + "/")) {
                            urls.add(TestJars.unopenableUrl(outer + "BOOT-INF/lib/shared.jar!/" + name));
                        }
                    }
                }
            }
            return Collections.enumeration(urls);
        }
    }
}
