package io.psm.migrate.maven;

import java.io.File;
import java.io.IOException;
import java.util.Optional;

import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.springframework.boot.loader.tools.MainClassFinder;

/**
 * Finds the application's main class as {@code spring-boot-maven-plugin} does: this plugin's
 * {@code mainClass} ({@code -Dpsm.mainClass}), else spring-boot-maven-plugin's own {@code mainClass}
 * configuration, else the {@code start-class} property, else the one class in the compiled classes
 * with a {@code main} method and {@code @SpringBootApplication}.
 */
final class MainClass {

    static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

    private static final String SPRING_BOOT_PLUGIN = "org.springframework.boot:spring-boot-maven-plugin";

    private MainClass() {
    }

    /**
     * The main class to start.
     *
     * @param configured       this plugin's {@code mainClass}, or {@code null}
     * @param project          the project, for its configuration
     * @param classesDirectory its compiled classes
     * @param goal             the goal, for messages
     * @return the fully qualified class name
     * @throws MojoFailureException when there are no compiled classes, or no single main class among them
     */
    static String find(String configured, MavenProject project, File classesDirectory, String goal)
            throws MojoFailureException {
        Optional<String> declared = Optional.ofNullable(configured).filter(name -> !name.isBlank())
                .or(() -> springBootPluginMainClass(project))
                .or(() -> Optional.ofNullable(project.getProperties().getProperty("start-class")));
        if (!classesDirectory.isDirectory()) {
            throw new MojoFailureException("No compiled classes in " + classesDirectory + ": psm-migrate:" + goal
                    + " runs the application's own db command on them; compile first, as in"
                    + " 'mvn compile psm-migrate:" + goal + "'");
        }
        if (declared.isPresent()) {
            return declared.get().strip();
        }
        try {
            String found = MainClassFinder.findSingleMainClass(classesDirectory, SPRING_BOOT_APPLICATION);
            if (found == null) {
                throw new MojoFailureException("No class with a main method annotated @SpringBootApplication in "
                        + classesDirectory + "; name the application's main class with -Dpsm.mainClass=...");
            }
            return found;
        } catch (IllegalStateException ex) {
            throw new MojoFailureException(ex.getMessage() + "; name the one to run with -Dpsm.mainClass=...", ex);
        } catch (IOException ex) {
            throw new MojoFailureException("Cannot read " + classesDirectory + ": " + ex.getMessage(), ex);
        }
    }

    private static Optional<String> springBootPluginMainClass(MavenProject project) {
        Plugin plugin = project.getBuild().getPluginsAsMap().get(SPRING_BOOT_PLUGIN);
        if (plugin == null || !(plugin.getConfiguration() instanceof Xpp3Dom configuration)) {
            return Optional.empty();
        }
        Xpp3Dom mainClass = configuration.getChild("mainClass");
        return Optional.ofNullable(mainClass).map(Xpp3Dom::getValue).filter(value -> !value.isBlank()
                && !value.contains("${"));
    }
}
