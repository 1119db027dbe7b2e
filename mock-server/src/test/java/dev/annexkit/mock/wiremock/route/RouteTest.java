package dev.annexkit.mock.wiremock.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RouteTest {

    private static final Route GET_MEMBER = new Route("getMember", "GET", "/users/{memberId}");
    private static final Route ASSIGN = new Route("assignRewardToMember", "POST",
            "/rewards/{reward_id}/users/{member_id}/assign");

    @Nested
    class Matching {

        @Test
        void literalAndParameterSegmentsMatch() {
            assertThat(ASSIGN.match("/rewards/R1/users/jack/assign"))
                    .contains(Map.of("reward_id", "R1", "member_id", "jack"));
        }

        @Test
        void differentLiteralDoesNotMatch() {
            assertThat(ASSIGN.match("/rewards/R1/users/jack/unassign")).isEmpty();
        }

        @Test
        void differentSegmentCountDoesNotMatch() {
            assertThat(GET_MEMBER.match("/users")).isEmpty();
            assertThat(GET_MEMBER.match("/users/a/b")).isEmpty();
        }

        @Test
        void parametersComeBackInTemplateOrder() {
            assertThat(ASSIGN.parameterNames()).containsExactly("reward_id", "member_id");
            assertThat(ASSIGN.literalSegments()).isEqualTo(3);
        }
    }

    @Nested
    class Decoding {

        @Test
        void percentEncodedAtSignIsDecoded() {
            assertThat(GET_MEMBER.match("/users/jack%40example.com")).contains(Map.of("memberId", "jack@example.com"));
        }

        @Test
        void encodedSlashStaysInsideTheIdInsteadOfSplittingThePath() {
            assertThat(GET_MEMBER.match("/users/a%2Fb")).contains(Map.of("memberId", "a/b"));
        }

        @Test
        void plusSignStaysAPlusSign() {
            assertThat(GET_MEMBER.match("/users/jack+tag@example.com"))
                    .contains(Map.of("memberId", "jack+tag@example.com"));
            assertThat(GET_MEMBER.match("/users/a%2Bb")).contains(Map.of("memberId", "a+b"));
        }

        @Test
        void percentEncodedUtf8IsDecodedAsUnicode() {
            assertThat(GET_MEMBER.match("/users/j%C3%BCrgen%40beispiel.de"))
                    .contains(Map.of("memberId", "jürgen@beispiel.de"));
            assertThat(GET_MEMBER.match("/users/%E5%B1%B1%E7%94%B0")).contains(Map.of("memberId", "山田"));
        }

        @Test
        void rawUnicodeIsKeptAsIs() {
            assertThat(GET_MEMBER.match("/users/jürgen")).contains(Map.of("memberId", "jürgen"));
        }

        @Test
        void strayPercentThatIsNotAnEscapeIsKept() {
            assertThat(GET_MEMBER.match("/users/100%25off%zz")).contains(Map.of("memberId", "100%off%zz"));
        }
    }
}
