package dev.annexkit.mock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberAlreadyExists;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberPatch;
import dev.annexkit.mock.domain.member.MemberSearch;
import dev.annexkit.mock.domain.member.MemberStatus;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.member.OptInStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MembersTest {

    private final ProgramFixture f = ProgramFixture.noExpiry();
    private final LoyaltyProgram program = f.program;

    @Nested
    class Enroll {

        @Test
        void enrollingAppliesApiDefaults() {
            Member m = program.enroll(NewMember.of("jacklee2023", "jacklee2023@gmail.com").withName("John", "Deo"));

            assertThat(m.optInStatus()).isEqualTo(OptInStatus.YES);
            assertThat(m.optInDate()).isEqualTo(ProgramFixture.START);
            assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE);
            assertThat(m.createdAt()).isEqualTo(ProgramFixture.START);
            assertThat(m.tags()).isEmpty();
            assertThat(program.member("jacklee2023")).isEqualTo(m);
        }

        @Test
        void enrollingAnExistingIdIsRejectedAndKeepsTheOriginal() {
            program.enroll(NewMember.of("a@x.io", "a@x.io").withName("First", null));

            assertThatThrownBy(() -> program.enroll(NewMember.of("a@x.io", "other@x.io")))
                    .isInstanceOf(MemberAlreadyExists.class).hasMessageContaining("a@x.io");
            assertThat(program.member("a@x.io").email()).isEqualTo("a@x.io");
        }

        @Test
        void idsAreCaseSensitive() {
            program.enroll(NewMember.of("Jack", null));
            program.enroll(NewMember.of("jack", null));

            assertThat(program.searchMembers(MemberSearch.all())).hasSize(2);
        }

        @Test
        void enrollingWithoutAnIdIsRejected() {
            assertThatThrownBy(() -> program.enroll(NewMember.of(" ", "a@b.co")))
                    .isInstanceOfSatisfying(MissingField.class, e -> assertThat(e.field()).isEqualTo("id"));
            assertThatThrownBy(() -> program.enroll(NewMember.of(null, "a@b.co"))).isInstanceOf(MissingField.class);
            assertThat(program.searchMembers(MemberSearch.all())).isEmpty();
        }

        @Test
        void enrollingWithAMalformedEmailIsRejected() {
            for (String bad : new String[] {"not-an-email", "a@", "@b.co", "a b@c.co", "a@b", "a..b@c.co"}) {
                assertThatThrownBy(() -> program.enroll(NewMember.of("m1", bad)))
                        .as(bad)
                        .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("email"));
            }
            assertThatThrownBy(() -> program.member("m1")).isInstanceOf(MemberNotFound.class);
        }

        @Test
        void nullTagsAndAttributeValuesFromJsonAreDropped() {
            java.util.Map<String, String> attributes = new java.util.HashMap<>();
            attributes.put("userType", "Employed");
            attributes.put("userStatus", null);
            java.util.Set<String> tags = new java.util.HashSet<>(java.util.Arrays.asList("vip", null));

            Member m = program.enroll(NewMember.of("m1", null).withTags(tags).withExtendedAttributes(attributes));

            assertThat(m.tags()).containsExactly("vip");
            assertThat(m.extendedAttributes()).containsOnlyKeys("userType");
        }

        @Test
        void unknownMemberIsNotFound() {
            assertThatThrownBy(() -> program.member("ghost")).isInstanceOf(MemberNotFound.class)
                    .hasMessageContaining("ghost");
        }
    }

    @Nested
    class Update {

        @Test
        void patchChangesOnlyTheGivenFields() {
            program.enroll(NewMember.of("m1", "old@x.io").withName("Ann", "Lee").withPhone("123"));
            f.clock.advance(Duration.ofHours(1));

            Member m = program.updateMember("m1", MemberPatch.none().withEmail("new@x.io")
                    .withTags(Set.of("vip")).withExtendedAttributes(Map.of("userType", "Employed")));

            assertThat(m.email()).isEqualTo("new@x.io");
            assertThat(m.firstName()).isEqualTo("Ann");
            assertThat(m.lastName()).isEqualTo("Lee");
            assertThat(m.phone()).isEqualTo("123");
            assertThat(m.tags()).containsExactly("vip");
            assertThat(m.extendedAttributes()).containsEntry("userType", "Employed");
            assertThat(m.createdAt()).isEqualTo(ProgramFixture.START);
            assertThat(m.updatedAt()).isEqualTo(ProgramFixture.START.plus(Duration.ofHours(1)));
            assertThat(m.id()).isEqualTo("m1");
        }

        @Test
        void patchWithBadEmailChangesNothing() {
            Member before = program.enroll(NewMember.of("m1", "old@x.io"));

            assertThatThrownBy(() -> program.updateMember("m1", MemberPatch.none().withEmail("bad")
                    .withFirstName("Zed"))).isInstanceOf(InvalidField.class);
            assertThat(program.member("m1")).isEqualTo(before);
        }

        @Test
        void patchingAnUnknownMemberIsNotFound() {
            assertThatThrownBy(() -> program.updateMember("ghost", MemberPatch.none()))
                    .isInstanceOf(MemberNotFound.class);
        }
    }

    @Nested
    class Search {

        @Test
        void percentIsAWildcardAndMatchesCaseInsensitively() {
            program.enroll(NewMember.of("1", "john@x.io").withName("John", "Deo"));
            program.enroll(NewMember.of("2", "johnny@x.io").withName("Johnny", "Roe"));
            program.enroll(NewMember.of("3", "ann@x.io").withName("Ann", "Johnson"));

            assertThat(ids(MemberSearch.byFirstName("john%"))).containsExactly("1", "2");
            assertThat(ids(new MemberSearch(null, null, null, "%JOHN%", null, null, null, null)))
                    .containsExactly("3");
            assertThat(ids(MemberSearch.byEmail("%@x.io"))).containsExactly("1", "2", "3");
        }

        @Test
        void withoutWildcardTheMatchIsExact() {
            program.enroll(NewMember.of("1", null).withName("John", null));
            program.enroll(NewMember.of("2", null).withName("Johnny", null));

            assertThat(ids(MemberSearch.byFirstName("John"))).containsExactly("1");
            assertThat(ids(MemberSearch.byFirstName("john"))).isEmpty();
        }

        @Test
        void filtersCombineWithAnd() {
            program.enroll(NewMember.of("1", null).withName("John", null).withPhone("123-123-4567"));
            program.enroll(NewMember.of("2", null).withName("John", null)
                    .withOptIn(OptInStatus.NO, ProgramFixture.START));

            assertThat(ids(new MemberSearch(null, null, "John", null, OptInStatus.YES, null, null, null)))
                    .containsExactly("1");
            assertThat(ids(new MemberSearch(null, null, null, null, null, "123-123-4567", null, null)))
                    .containsExactly("1");
            assertThat(ids(new MemberSearch("2", null, null, null, null, null, null, null))).containsExactly("2");
        }

        @Test
        void optInRangeIsInclusive() {
            Instant t0 = ProgramFixture.START;
            program.enroll(NewMember.of("early", null).withOptIn(OptInStatus.YES, t0));
            program.enroll(NewMember.of("mid", null).withOptIn(OptInStatus.YES, t0.plusSeconds(60)));
            program.enroll(NewMember.of("late", null).withOptIn(OptInStatus.YES, t0.plusSeconds(120)));

            assertThat(ids(new MemberSearch(null, null, null, null, null, null, t0.plusSeconds(60),
                    t0.plusSeconds(120)))).containsExactly("mid", "late");
        }

        @Test
        void atMostFiftyMembersComeBackInEnrolmentOrder() {
            IntStream.range(0, 60).forEach(i -> program.enroll(NewMember.of("user" + i, "user" + i + "@x.io")));

            var found = program.searchMembers(MemberSearch.byEmail("user%"));

            assertThat(found).hasSize(50);
            assertThat(found.get(0).id()).isEqualTo("user0");
            assertThat(found.get(49).id()).isEqualTo("user49");
        }

        private java.util.List<String> ids(MemberSearch search) {
            return program.searchMembers(search).stream().map(Member::id).toList();
        }
    }
}
