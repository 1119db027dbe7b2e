package dev.annexkit.mock.domain.reward;

/** Comparison used by an eligibility {@link Condition}; display names as the Annex Cloud admin shows them. */
public enum Operator {
    BETWEEN("Between"),
    CONTAIN_ALL_OF("Contain all of"),
    CONTAIN_ANY_OF("Contain any of"),
    EQUALS("Equals"),
    GREATER_THAN("Greater than"),
    LESS_THAN("Less than");

    private final String displayName;

    Operator(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
