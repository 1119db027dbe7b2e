package dev.annexkit.mock.wiremock.state;

import dev.annexkit.mock.domain.LoyaltyProgram;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Saves the current program to its {@link StateFile} at most once per interval, and only after a change, then
 * once more when closed. A change is seen cheaply: the program's {@link LoyaltyProgram#version()} moved, or the
 * program itself was replaced (reset, seed). Only then is the state exported, and the file is written only when
 * the text differs from what was last written (a read moves the version but changes nothing).
 */
public final class StateSaver implements AutoCloseable {

    private final StateFile file;
    private final Supplier<LoyaltyProgram> programs;
    private final ScheduledExecutorService timer;
    private LoyaltyProgram savedProgram;
    private long savedVersion = -1;
    private String savedText;

    /** Starts saving every {@code interval}; the file must already be known to be ours or absent. */
    public StateSaver(StateFile file, Supplier<LoyaltyProgram> programs, Duration interval) {
        this.file = Objects.requireNonNull(file, "file");
        this.programs = Objects.requireNonNull(programs, "programs");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "annexkit-state-saver");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::saveQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Saves now if anything changed since the last save; returns whether the file was written. */
    public synchronized boolean saveIfChanged() {
        LoyaltyProgram program = programs.get();
        long version = program.version(); // read before exporting: a change during the export is saved next time
        if (program == savedProgram && version == savedVersion) {
            return false;
        }
        String text = StateJson.export(program.snapshot());
        boolean write = !text.equals(savedText);
        if (write) {
            file.save(text);
            savedText = text;
        }
        savedProgram = program;
        savedVersion = version;
        return write;
    }

    private void saveQuietly() {
        try {
            saveIfChanged();
        } catch (RuntimeException e) {
            // keep the timer alive: a full disk may free up; the error is on stderr, not swallowed
            System.err.println("annexkit: " + e.getMessage());
        }
    }

    /** Stops the timer and saves a last time. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveIfChanged();
    }
}
