package dev.annexkit.sdk.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which request bodies the de-duplication table ({@link DeduplicationKeys}) calls safe to send twice. */
class SafeRetriesTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // customId + actionId: every activity, as long as no reward is redeemed
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"CREDIT\",\"customId\":\"c1\"} | true",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"DEBIT\",\"customId\":\"c1\"}  | true",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":\"100\",\"customId\":\"c1\"}                    | true",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":160,\"activity\":\"DEBIT\",\"customId\":\"c1\",\"groupId\":\"9\"} | true",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"customId\":\"c1\"}                                          | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"customId\":\" \"}                          | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":107,\"activity\":\"DEBIT\",\"customId\":\"c1\",\"rewardId\":\"r\"} | false",
            // orderId: credits to the member's own balance only
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"CREDIT\",\"orderId\":\"o1\"}  | true",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"credit\",\"orderId\":\"o1\",\"retry\":\"NO\"} | true",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"DEBIT\",\"orderId\":\"o1\"}   | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"orderId\":\"o1\"}                          | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"CREDIT\",\"orderId\":\"o1\",\"retry\":\"YES\"} | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"CREDIT\",\"orderId\":\"o1\",\"retry\":true} | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"CREDIT\",\"orderId\":\"o1\",\"retry\":\"maybe\"} | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":160,\"activity\":\"CREDIT\",\"orderId\":\"o1\"}  | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":\"8055\",\"activity\":\"CREDIT\",\"orderId\":\"o1\"} | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"CREDIT\",\"orderId\":\"o1\",\"groupId\":\"9\"} | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"activity\":\"CREDIT\",\"orderId\":\"o1\",\"transferToId\":\"b\"} | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100}                                            | false",
            "POST | /api/3.0/bulkpoints | {\"id\":\"a\",\"actionId\":100,\"customId\":\"c1\"}                        | false",
            // one key per resource
            "POST | /api/3.0/orders    | {\"id\":\"o1\",\"userId\":\"a\"}                                           | true",
            "POST | /api/3.0/orders    | {\"userId\":\"a\"}                                                         | false",
            "POST | /api/3.0/issuance  | {\"orderId\":\"o1\",\"userId\":\"a\"}                                      | true",
            "POST | /api/3.0/users     | {\"id\":\"a\"}                                                             | true",
            "POST | /api/3.0/users/search | {\"id\":\"a\"}                                                         | false",
            "PATCH| /api/3.0/issuance  | {\"orderId\":\"o1\",\"orderStatus\":\"Full Cancel\"}                       | false",
            "PATCH| /api/3.0/users/a   | {\"id\":\"a\"}                                                             | false",
            "POST | /api/3.0/points    | not json                                                                   | false",
    })
    void onlyTheApisOwnDeduplicationKeysMakeAPostSafe(String method, String path, String body, boolean safe) {
        assertThat(SafeRetries.isDeduplicated(method.trim(), path.trim(), body.trim().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(safe);
    }
}
