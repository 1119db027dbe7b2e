package dev.annexkit.mock.domain.blocklist;

import java.time.Instant;
import java.util.Objects;

/** One blocked member id or e-mail domain (domains stored lower-case). */
public record BlockEntry(String entry, BlockEntryType type, String blockedBy, Instant blockedAt) {

    public BlockEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(blockedAt, "blockedAt");
    }
}
