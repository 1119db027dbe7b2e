package dev.annexkit.mock.domain.error;

/** A required input was absent or blank; carries the field name so the adapter can report it. */
public final class MissingField extends DomainException {

    private final String field;

    public MissingField(String field) {
        super("Missing required field: " + field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
