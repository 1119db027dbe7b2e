package dev.annexkit.mock.domain.error;

/** A value that must be unique on the site (a segment name, an external id, …) is already taken. */
public final class DuplicateRecord extends DomainException {

    public DuplicateRecord(String what, String value) {
        super("Record already exists: " + what + " " + value + " is already used");
    }
}
