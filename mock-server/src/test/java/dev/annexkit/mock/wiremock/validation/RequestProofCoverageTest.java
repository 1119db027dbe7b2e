package dev.annexkit.mock.wiremock.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.wiremock.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The requests the SDK and the benchmark send take the fast path: the check proves them valid without the
 * library. A regression here is silent (the library still answers, only slower), so it is pinned down here.
 */
class RequestProofCoverageTest {

    private static final ContractValidator CONTRACT = ContractValidator.packaged();
    private static final String JSON = "application/json; charset=utf-8";

    /** Operations whose bodies use what the check does not model (a oneOf of objects told apart by a discriminator), so the library checks them. */
    private static final Set<String> LEFT_TO_THE_LIBRARY = Set.of("PATCH /issuance");

    @Nested
    class TheBenchmarksRequests {

        @Test
        void gettingABalanceIsProved() throws Exception {
            assertProved("/points/{memberId}", "GET", "/api/3.0/points/bench-42%40annexkit.dev", null);
        }

        @Test
        void awardingPointsIsProved() throws Exception {
            assertProved("/points", "POST", "/api/3.0/points", "{\"id\":\"bench-42@annexkit.dev\",\"actionId\":100,"
                    + "\"activity\":\"CREDIT\",\"credit\":500,\"reason\":\"bench purchase\"}");
        }

        @Test
        void listingAMembersRewardsIsProved() throws Exception {
            assertProved("/users/{member_id}/rewards", "GET", "/api/3.0/users/bench-42@annexkit.dev/rewards", null);
        }

        @Test
        void assigningARewardIsProved() throws Exception {
            assertProved("/rewards/{reward_id}/users/{member_id}/assign", "POST",
                    "/api/3.0/rewards/FIVE-OFF/users/bench-42@annexkit.dev/assign",
                    "{\"reward_id\":\"FIVE-OFF\",\"user_id\":\"bench-42@annexkit.dev\","
                            + "\"issuance_details\":{\"source_type\":\"manual\"}}");
        }
    }

    @Test
    void aValidRequestToEveryOperationIsProved() throws Exception {
        List<String> notProved = new ArrayList<>();
        int operations = 0;
        for (SpecRequests.Op op : SpecRequests.operations()) {
            if (LEFT_TO_THE_LIBRARY.contains(op.describe())) {
                continue;
            }
            operations++;
            JsonNode body = op.validBody();
            String text = body == null ? null : SpecRequests.JSON.writeValueAsString(body);
            for (boolean optional : new boolean[] {false, true}) {
                String url = op.validUrl(optional);
                assertThat(CONTRACT.libraryCheck(op.template(), op.method(), url, text == null ? null : JSON, text))
                        .as("the library accepts %s %s %s", op.method(), url, text).isEmpty();
                if (!CONTRACT.proves(op.template(), op.method(), url, text == null ? null : JSON, text,
                        text == null ? null : Json.parse(text))) {
                    notProved.add(op.method() + " " + url + " " + text);
                }
            }
        }
        assertThat(operations).isGreaterThan(70);
        assertThat(notProved).isEmpty();
    }

    @Test
    void theOperationsLeftToTheLibraryAreNotProved() throws Exception {
        for (SpecRequests.Op op : SpecRequests.operations()) {
            if (LEFT_TO_THE_LIBRARY.contains(op.describe())) {
                String text = SpecRequests.JSON.writeValueAsString(op.validBody());
                assertThat(CONTRACT.proves(op.template(), op.method(), op.validUrl(false), JSON, text,
                        Json.parse(text))).as(op.describe()).isFalse();
            }
        }
    }

    private static void assertProved(String template, String method, String url, String body) throws Exception {
        String type = body == null ? null : JSON;
        assertThat(CONTRACT.libraryCheck(template, method, url, type, body)).isEmpty();
        assertThat(CONTRACT.proves(template, method, url, type, body, body == null ? null : Json.parse(body)))
                .isTrue();
    }
}
