package dev.annexkit.mock.domain.reward;

import static dev.annexkit.mock.domain.reward.Operator.BETWEEN;
import static dev.annexkit.mock.domain.reward.Operator.CONTAIN_ALL_OF;
import static dev.annexkit.mock.domain.reward.Operator.CONTAIN_ANY_OF;
import static dev.annexkit.mock.domain.reward.Operator.EQUALS;
import static dev.annexkit.mock.domain.reward.Operator.GREATER_THAN;
import static dev.annexkit.mock.domain.reward.Operator.LESS_THAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberStatus;
import dev.annexkit.mock.domain.member.OptInStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EligibilityEvaluatorTest {

    private static final Member MEMBER = new Member("m", "m@x.io", "Ann", "Lee", null, null,
            LocalDate.parse("1990-06-15"), null, OptInStatus.YES, Instant.parse("2024-03-10T08:00:00Z"),
            MemberStatus.ACTIVE, Set.of("VIP", "newsletter"), Map.of("userType", "Employed", "age", "34"),
            Instant.parse("2024-03-10T08:00:00Z"), Instant.parse("2024-03-10T08:00:00Z"));

    private static final MemberFacts FACTS = new MemberFacts(MEMBER, 1_200, 5_400, "Gold");

    private static boolean holds(String attribute, Operator op, String... values) {
        return EligibilityEvaluator.holds(Condition.of(attribute, op, values), FACTS);
    }

    @Nested
    class Operators {

        @Test
        void betweenIsInclusiveForDates() {
            assertThat(holds("enrollment_date", BETWEEN, "2024-01-01", "2024-12-31")).isTrue();
            assertThat(holds("enrollment_date", BETWEEN, "2024-03-10", "2024-03-10")).isTrue();
            assertThat(holds("enrollment_date", BETWEEN, "2024-03-11", "2024-12-31")).isFalse();
            assertThat(holds("enrollment_date", BETWEEN, "2024-01-01T00:00:00+0000", "2024-03-10T00:00:00"))
                    .isTrue();
        }

        @Test
        void betweenIsInclusiveForNumbers() {
            assertThat(holds("points_balance", BETWEEN, "1000", "1200")).isTrue();
            assertThat(holds("points_balance", BETWEEN, "1200", "2000")).isTrue();
            assertThat(holds("points_balance", BETWEEN, "1201", "2000")).isFalse();
        }

        @Test
        void containAllOfNeedsEveryValue() {
            assertThat(holds("tags", CONTAIN_ALL_OF, "vip", "Newsletter")).isTrue();
            assertThat(holds("tags", CONTAIN_ALL_OF, "VIP", "gold-club")).isFalse();
        }

        @Test
        void containAnyOfNeedsOneValue() {
            assertThat(holds("tags", CONTAIN_ANY_OF, "gold-club", "VIP")).isTrue();
            assertThat(holds("tags", CONTAIN_ANY_OF, "gold-club", "staff")).isFalse();
        }

        @Test
        void equalsComparesTextCaseInsensitivelyAndAcceptsAnyListedValue() {
            assertThat(holds("tier", EQUALS, "gold")).isTrue();
            assertThat(holds("tier", EQUALS, "Silver", "Gold")).isTrue();
            assertThat(holds("tier", EQUALS, "Silver")).isFalse();
            assertThat(holds("status", EQUALS, "ACTIVE")).isTrue();
            assertThat(holds("opt_in_status", EQUALS, "NO")).isFalse();
            assertThat(holds("lifetime_points", EQUALS, "5400.0")).isTrue();
        }

        @Test
        void equalsOnTagsMeansExactlyThatSet() {
            assertThat(holds("tags", EQUALS, "newsletter", "vip")).isTrue();
            assertThat(holds("tags", EQUALS, "vip")).isFalse();
        }

        @Test
        void greaterAndLessThanAreStrict() {
            assertThat(holds("lifetime_points", GREATER_THAN, "5399")).isTrue();
            assertThat(holds("lifetime_points", GREATER_THAN, "5400")).isFalse();
            assertThat(holds("lifetime_points", LESS_THAN, "5401")).isTrue();
            assertThat(holds("lifetime_points", LESS_THAN, "5400")).isFalse();
            assertThat(holds("birth_date", LESS_THAN, "2000-01-01")).isTrue();
            assertThat(holds("enrollment_date", GREATER_THAN, "2024-03-10")).isFalse();
        }

        @Test
        void orderingTextThatIsNeitherNumberNorDateIsFalse() {
            assertThat(holds("tier", GREATER_THAN, "Bronze")).isFalse();
            assertThat(holds("tags", GREATER_THAN, "1")).isFalse();
        }
    }

    @Nested
    class Attributes {

        @Test
        void extendedAttributesAreReachableByName() {
            assertThat(holds("userType", EQUALS, "employed")).isTrue();
            assertThat(holds("age", BETWEEN, "30", "40")).isTrue();
        }

        @Test
        void unknownAttributeMakesTheConditionFalse() {
            assertThat(holds("shoe_size", EQUALS, "42")).isFalse();
            assertThat(holds("shoe_size", CONTAIN_ANY_OF, "42")).isFalse();
        }

        @Test
        void memberWithoutATierFailsTierConditions() {
            MemberFacts noTier = new MemberFacts(MEMBER, 0, 0, null);
            assertThat(EligibilityEvaluator.holds(Condition.of("tier", EQUALS, "Gold"), noTier)).isFalse();
        }
    }

    @Nested
    class Groups {

        private final Condition gold = Condition.of("tier", EQUALS, "Gold");
        private final Condition silver = Condition.of("tier", EQUALS, "Silver");
        private final Condition vip = Condition.of("tags", CONTAIN_ANY_OF, "VIP");
        private final Condition staff = Condition.of("tags", CONTAIN_ANY_OF, "staff");

        @Test
        void noGroupsMeansEveryoneIsEligible() {
            assertThat(EligibilityEvaluator.isEligible(List.of(), FACTS)).isTrue();
            assertThat(EligibilityEvaluator.isListedFor(List.of(), FACTS)).isTrue();
        }

        @Test
        void aGroupNeedsAllItsConditions() {
            assertThat(EligibilityEvaluator.isEligible(List.of(RuleGroup.of(gold, vip)), FACTS)).isTrue();
            assertThat(EligibilityEvaluator.isEligible(List.of(RuleGroup.of(gold, staff)), FACTS)).isFalse();
        }

        @Test
        void anyMatchingGroupSuffices() {
            assertThat(EligibilityEvaluator.isEligible(List.of(RuleGroup.of(silver), RuleGroup.of(vip)), FACTS))
                    .isTrue();
            assertThat(EligibilityEvaluator.isEligible(List.of(RuleGroup.of(silver), RuleGroup.of(staff)), FACTS))
                    .isFalse();
        }

        @Test
        void listingOnlyCountsGroupsIncludedInApiResponses() {
            RuleGroup hidden = new RuleGroup(List.of(gold), true, false);
            RuleGroup shown = new RuleGroup(List.of(silver), true, true);

            assertThat(EligibilityEvaluator.isEligible(List.of(hidden, shown), FACTS)).isTrue();
            assertThat(EligibilityEvaluator.isListedFor(List.of(hidden, shown), FACTS)).isFalse();
        }
    }

    @Test
    void conditionsWithTheWrongNumberOfValuesAreRejectedWhenDefined() {
        assertThatThrownBy(() -> Condition.of("points_balance", BETWEEN, "1")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> Condition.of("points_balance", GREATER_THAN, "1", "2"))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> Condition.of("tags", CONTAIN_ANY_OF)).isInstanceOf(InvalidField.class);
    }
}
