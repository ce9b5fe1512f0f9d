package io.psm.migrate.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the compiled classes are older than the sources: then the goals that compare the model
 * ({@code migrate}, {@code check}, {@code revision} with autogenerate) would compare an old one.
 */
final class StaleModel {

    private StaleModel() {
    }

    /**
     * The newest source file, when it is newer than every compiled class (or there is no class).
     *
     * @param sourceRoots      the project's compile source roots
     * @param classesDirectory its compiled classes
     * @return the source file that was changed after the last compilation, if any
     */
    static Optional<Path> newerSource(List<Path> sourceRoots, Path classesDirectory) {
        Optional<FileTime> compiled = newest(List.of(classesDirectory), ".class").map(StaleModel::modified);
        Optional<Path> source = newest(sourceRoots, ".java");
        return source.filter(file -> compiled.isEmpty() || modified(file).compareTo(compiled.get()) > 0);
    }

    private static Optional<Path> newest(List<Path> roots, String suffix) {
        Optional<Path> newest = Optional.empty();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                Optional<Path> candidate = files.filter(file -> file.getFileName().toString().endsWith(suffix))
                        .max(Comparator.comparing(StaleModel::modified));
                if (candidate.isPresent() && (newest.isEmpty()
                        || modified(candidate.get()).compareTo(modified(newest.get())) > 0)) {
                    newest = candidate;
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return newest;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
