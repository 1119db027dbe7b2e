package dev.annexkit.mock.wiremock.state;

import dev.annexkit.mock.domain.ProgramSnapshot;
import dev.annexkit.mock.domain.error.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * The file a standalone mock keeps its state in between runs: the state export, so a saved file is also a seed.
 *
 * <p>Saving never leaves a half-written file: the text goes to a temporary file in the same directory, is
 * forced to disk, then renamed over the old file in one atomic step. A process killed at any moment leaves
 * either the previous file or the new one. A file that is not a state export is refused when loading and never
 * written over: {@code claim()} must succeed before the first save.
 */
public final class StateFile {

    private final Path path;

    public StateFile(Path path) {
        this.path = Objects.requireNonNull(path, "path").toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    /**
     * The saved state, if the file exists. Throws {@link StateFileRefused} when it exists but is not a readable
     * AnnexKit state export; the file is then left exactly as it is.
     */
    public Optional<ProgramSnapshot> load() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StateFileRefused(path, "cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
        SeedJson.Document document;
        try {
            document = SeedJson.parse(text);
        } catch (DomainException e) {
            throw new StateFileRefused(path, "is not an AnnexKit state file: " + e.getMessage());
        }
        if (!document.isState()) {
            throw new StateFileRefused(path, "is not an AnnexKit state file (a state export starts with"
                    + " \"configuration\"; this looks like a seed: load it with POST /__admin/annexkit/seed)");
        }
        return Optional.of(document.state());
    }

    /** Writes the export text atomically (temporary file, fsync, rename). */
    public void save(String export) {
        Path dir = path.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(export.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the state to " + path, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure that brought us here is the one to report
                }
            }
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory (Linux, macOS). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; the rename is still atomic there
        }
    }
}
