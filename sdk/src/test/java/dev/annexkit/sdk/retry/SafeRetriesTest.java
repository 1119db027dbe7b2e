package dev.annexkit.sdk.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeRetriesTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"customId\":\"c1\"}       | true",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"customId\":\"c1\"}                        | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"customId\":\" \"}        | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100,\"orderId\":\"o1\"}        | true",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"orderId\":\"o1\",\"retry\":\"YES\"}       | false",
            "POST | /api/3.0/points    | {\"id\":\"a\",\"actionId\":100}                           | false",
            "POST | /api/3.0/bulkpoints | {\"id\":\"a\",\"actionId\":100,\"customId\":\"c1\"}       | false",
            "POST | /api/3.0/orders    | {\"id\":\"o1\",\"userId\":\"a\"}                          | true",
            "POST | /api/3.0/issuance  | {\"orderId\":\"o1\",\"userId\":\"a\"}                     | true",
            "PATCH| /api/3.0/issuance  | {\"orderId\":\"o1\",\"orderStatus\":\"Full Cancel\"}      | false",
            "POST | /api/3.0/users     | {\"id\":\"a\"}                                            | false",
            "POST | /api/3.0/points    | not json                                                  | false",
    })
    void onlyTheApisOwnDeduplicationKeysMakeAPostSafe(String method, String path, String body, boolean safe) {
        assertThat(SafeRetries.isDeduplicated(method.trim(), path.trim(), body.trim().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(safe);
    }
}
