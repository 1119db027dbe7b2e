package dev.annexkit.mock.domain.error;

/** An input was present but breaks a format or range rule; carries the field name and the reason. */
public final class InvalidField extends DomainException {

    private final String field;
    private final String reason;

    public InvalidField(String field, String reason) {
        super("Invalid field " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
