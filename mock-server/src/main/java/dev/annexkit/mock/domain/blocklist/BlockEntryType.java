package dev.annexkit.mock.domain.blocklist;

/** What a blocklist entry names: one member id, or an e-mail domain covering every member whose e-mail is in it. */
public enum BlockEntryType {
    USER,
    DOMAIN
}
