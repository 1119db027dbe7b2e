package dev.annexkit.mock.wiremock.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * WireMock's file root (stub files under {@code mappings/}, bodies under {@code __files/}). WireMock's default is
 * {@code src/test/resources} of the working directory, i.e. the developer's project: admin calls could read and
 * delete files there. The mock uses the directory the user names, or else a temporary one of its own, removed
 * when the server stops.
 */
public final class FileRoot {

    private final Path path;
    private final boolean temporary;

    private FileRoot(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /** The given directory, or a fresh temporary one for null. */
    public static FileRoot of(Path given) {
        if (given != null) {
            return new FileRoot(given, false);
        }
        try {
            return new FileRoot(Files.createTempDirectory("annexkit-mock-files-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for WireMock's files", e);
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the directory if it is the mock's own temporary one; a user's directory is left alone. */
    public void release() {
        if (!temporary || !Files.exists(path)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temporary directory is harmless; never fail a stop because of it
        }
    }
}
