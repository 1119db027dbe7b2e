package dev.annexkit.mock.wiremock.state;

import java.nio.file.Path;

/** The state file exists but is not one the mock wrote; the mock will not start on it, nor write over it. */
public final class StateFileRefused extends RuntimeException {

    private final Path path;

    public StateFileRefused(Path path, String reason) {
        super("State file " + path + " " + reason + ". It was left untouched; move it away or pick another"
                + " --state-file.");
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
