package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import java.util.List;

/**
 * One test on a member attribute inside a {@link RuleGroup}, e.g. {@code tier EQUALS Gold} or
 * {@code enrollment_date BETWEEN 2024-01-01, 2024-12-31}. The number of values is checked up front so a
 * malformed rule is rejected when defined rather than silently never matching.
 *
 * @param attribute {@code enrollment_date}, {@code tags}, {@code tier}, {@code status}, {@code opt_in_status},
 *                  {@code points_balance}, {@code lifetime_points}, {@code birth_date}, or an extended attribute
 */
public record Condition(String attribute, Operator operator, List<String> values) {

    public Condition {
        if (attribute == null || attribute.isBlank()) {
            throw new MissingField("attribute");
        }
        if (operator == null) {
            throw new MissingField("operator");
        }
        values = List.copyOf(values == null ? List.of() : values);
        int n = values.size();
        boolean arityOk = switch (operator) {
            case BETWEEN -> n == 2;
            case GREATER_THAN, LESS_THAN -> n == 1;
            case EQUALS, CONTAIN_ALL_OF, CONTAIN_ANY_OF -> n >= 1;
        };
        if (!arityOk) {
            throw new InvalidField("values", operator.displayName() + " on " + attribute + " cannot take " + n
                    + " value(s)");
        }
    }

    public static Condition of(String attribute, Operator operator, String... values) {
        return new Condition(attribute, operator, List.of(values));
    }
}
