package io.psm.migrate.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How the application's main class is found in compiled classes, as spring-boot-maven-plugin finds it. */
class MainClassTest {

    @TempDir
    Path directory;

    @Test
    void findsTheOneSpringBootApplicationWithAMainMethod() throws Exception {
        Path classes = compile(Map.of(
                "com/example/shop/ShopApplication.java", application("com.example.shop", "ShopApplication"),
                "com/example/shop/tools/Export.java", """
                        package com.example.shop.tools;
                        public class Export { public static void main(String[] args) { } }
                        """));

        assertThat(MainClass.find(null, project(), classes.toFile(), "upgrade"))
                .isEqualTo("com.example.shop.ShopApplication");
    }

    @Test
    void theStartClassPropertyNamesItWithoutAScan() throws Exception {
        Path classes = compile(Map.of("com/example/shop/ShopApplication.java", application("com.example.shop",
                "ShopApplication")));
        MavenProject project = project();
        project.getProperties().setProperty("start-class", "com.example.shop.Other");

        assertThat(MainClass.find(null, project, classes.toFile(), "upgrade")).isEqualTo("com.example.shop.Other");
        assertThat(MainClass.find("com.example.Given", project, classes.toFile(), "upgrade"))
                .isEqualTo("com.example.Given");
    }

    @Test
    void severalApplicationsAskForTheOneToRun() throws Exception {
        Path classes = compile(Map.of(
                "com/example/a/AApplication.java", application("com.example.a", "AApplication"),
                "com/example/b/BApplication.java", application("com.example.b", "BApplication")));

        assertThatExceptionOfType(MojoFailureException.class)
                .isThrownBy(() -> MainClass.find(null, project(), classes.toFile(), "upgrade"))
                .withMessageContaining("com.example.a.AApplication").withMessageContaining("com.example.b.BApplication")
                .withMessageEndingWith("; name the one to run with -Dpsm.mainClass=...");
    }

    @Test
    void withoutCompiledClassesItSaysToCompileFirst() {
        File absent = this.directory.resolve("target/classes").toFile();

        assertThatExceptionOfType(MojoFailureException.class)
                .isThrownBy(() -> MainClass.find(null, project(), absent, "current"))
                .withMessage("No compiled classes in " + absent + ": psm-migrate:current runs the application's own db"
                        + " command on them; compile first, as in 'mvn compile psm-migrate:current'");
    }

    private static String application(String packageName, String name) {
        return """
                package %s;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class %s { public static void main(String[] args) { } }
                """.formatted(packageName, name);
    }

    private Path compile(Map<String, String> sources) throws Exception {
        Path sourceRoot = Files.createDirectories(this.directory.resolve("src"));
        Path classes = Files.createDirectories(this.directory.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).isZero();
        return classes;
    }

    private static MavenProject project() {
        Model model = new Model();
        model.setBuild(new Build());
        return new MavenProject(model);
    }
}
