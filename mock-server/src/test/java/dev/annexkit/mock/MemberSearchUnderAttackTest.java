package dev.annexkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.annexkit.mock.domain.member.NewMember;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The search runs under the program's lock: a pattern must not be able to stall it (and with it the whole API). */
class MemberSearchUnderAttackTest {

    @Test
    void aBacktrackingLikePatternOverALongNameAnswersPromptly() {
        // The 300-character name is planted through Java to stress the matcher; it is longer than the contract lets
        // an answer carry (names are at most 100), so answers are not contract-checked here.
        try (AnnexCloudMockServer mock = MockHttp.server().validation(ValidationMode.REQUESTS).start()) {
            mock.program().enroll(NewMember.of("long@example.com", "long@example.com").withName("a".repeat(300), "x"));
            MockHttp http = new MockHttp(mock);

            MockHttp.Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    http.post("/users/search", "{\"dataSearch\":{\"firstName\":\"%a%a%a%a%a%b\"}}"));
            MockHttp.Answer after = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    http.post("/users/search", "{\"dataSearch\":{\"firstName\":\"%a%a%a%a%a%a\"}}"));

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().get("total").asInt()).isZero();
            assertThat(after.json().get("total").asInt()).isEqualTo(1);
        }
    }
}
