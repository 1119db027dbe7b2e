package dev.annexkit.mock.domain.error;

/** The member id or domain is not on the blocklist. */
public final class BlocklistEntryNotFound extends DomainException {

    public BlocklistEntryNotFound(String entry) {
        super("No blocklist entry " + entry);
    }
}
