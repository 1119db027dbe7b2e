package dev.annexkit.mock.domain.error;

/** A bulk call names the same id twice, so the outcome per id would be ambiguous; nothing was applied. */
public final class DuplicateIdInBatch extends DomainException {

    public DuplicateIdInBatch(String id) {
        super("Data already exists: the request names id " + id + " more than once");
    }
}
