package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.member.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Decides whether a member satisfies a reward's eligibility rules.
 *
 * <p>Rules: no groups means everyone; otherwise ANY group must match, and a group matches when ALL of its
 * conditions hold (an empty group matches). Text compares case-insensitively ("gold" equals "Gold"); ordering
 * operators compare as numbers when both sides are numbers, as ISO dates ({@code yyyy-MM-dd}, or the date part
 * of a datetime) when both are dates, and are false otherwise. An unknown attribute, or a member without a
 * value for it, makes the condition false — never an error, because rules are data the site edits.
 */
public final class EligibilityEvaluator {

    private EligibilityEvaluator() {
    }

    /** Eligibility for assignment and redemption: any group. */
    public static boolean isEligible(List<RuleGroup> groups, MemberFacts facts) {
        return matchesAny(groups, facts, g -> true);
    }

    /** Eligibility for the member reward list: only groups flagged {@code includeInApiResponse} count. */
    public static boolean isListedFor(List<RuleGroup> groups, MemberFacts facts) {
        return matchesAny(groups, facts, RuleGroup::includeInApiResponse);
    }

    private static boolean matchesAny(List<RuleGroup> groups, MemberFacts facts, Predicate<RuleGroup> usable) {
        if (groups.isEmpty()) {
            return true;
        }
        return groups.stream().filter(usable).anyMatch(g -> matches(g, facts));
    }

    static boolean matches(RuleGroup group, MemberFacts facts) {
        return group.conditions().stream().allMatch(c -> holds(c, facts));
    }

    /** Whether one condition holds for the member. */
    public static boolean holds(Condition condition, MemberFacts facts) {
        Optional<List<String>> actual = attributeValues(condition.attribute(), facts);
        if (actual.isEmpty() || actual.get().isEmpty()) {
            return false;
        }
        List<String> have = actual.get();
        List<String> want = condition.values();
        boolean multiValued = condition.attribute().equals("tags");
        return switch (condition.operator()) {
            case EQUALS -> multiValued
                    ? normalized(have).equals(normalized(want))
                    : want.stream().anyMatch(w -> same(have.get(0), w));
            case CONTAIN_ALL_OF -> normalized(have).containsAll(normalized(want));
            case CONTAIN_ANY_OF -> want.stream().map(EligibilityEvaluator::norm).anyMatch(normalized(have)::contains);
            case GREATER_THAN -> !multiValued && compare(have.get(0), want.get(0)).map(c -> c > 0).orElse(false);
            case LESS_THAN -> !multiValued && compare(have.get(0), want.get(0)).map(c -> c < 0).orElse(false);
            case BETWEEN -> !multiValued
                    && compare(have.get(0), want.get(0)).map(c -> c >= 0).orElse(false)
                    && compare(have.get(0), want.get(1)).map(c -> c <= 0).orElse(false);
        };
    }

    /** The member's values for an attribute: empty Optional when the attribute is unknown. */
    static Optional<List<String>> attributeValues(String attribute, MemberFacts facts) {
        Member m = facts.member();
        return switch (attribute) {
            case "enrollment_date" -> Optional.of(List.of(
                    m.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString()));
            case "birth_date" -> Optional.of(m.birthDate() == null ? List.of() : List.of(m.birthDate().toString()));
            case "tags" -> Optional.of(List.copyOf(m.tags()));
            case "tier" -> Optional.of(facts.tierName() == null ? List.of() : List.of(facts.tierName()));
            case "status" -> Optional.of(List.of(m.status().name()));
            case "opt_in_status" -> Optional.of(List.of(m.optInStatus().name()));
            case "points_balance" -> Optional.of(List.of(Long.toString(facts.availablePoints())));
            case "lifetime_points" -> Optional.of(List.of(Long.toString(facts.lifetimePoints())));
            default -> Optional.ofNullable(m.extendedAttributes().get(attribute)).map(List::of);
        };
    }

    private static boolean same(String have, String want) {
        return compare(have, want).map(c -> c == 0).orElseGet(() -> norm(have).equals(norm(want)));
    }

    /** Numeric or date comparison of two texts; empty when they are not comparable. */
    static Optional<Integer> compare(String left, String right) {
        Optional<BigDecimal> ln = number(left);
        Optional<BigDecimal> rn = number(right);
        if (ln.isPresent() && rn.isPresent()) {
            return Optional.of(ln.get().compareTo(rn.get()));
        }
        Optional<LocalDate> ld = date(left);
        Optional<LocalDate> rd = date(right);
        if (ld.isPresent() && rd.isPresent()) {
            return Optional.of(ld.get().compareTo(rd.get()));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        String t = text.trim();
        if (t.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Set<String> normalized(List<String> values) {
        return values.stream().map(EligibilityEvaluator::norm).collect(Collectors.toSet());
    }

    private static String norm(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
