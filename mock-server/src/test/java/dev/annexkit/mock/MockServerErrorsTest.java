package dev.annexkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every failure answers in Annex Cloud's error format with the documented code and status. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MockServerErrorsTest {

    private AnnexCloudMockServer mock;
    private MockHttp http;

    @BeforeAll
    void start() {
        mock = MockHttp.server().start();
        http = new MockHttp(mock);
    }

    @BeforeEach
    void reset() {
        mock.reset();
    }

    @AfterAll
    void stop() {
        mock.stop();
    }

    /** Checks the shape every error shares and returns the message. */
    private static String assertError(MockHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.fieldNames()).containsExactly("errorCode", "errorMessage");
        assertThat(answer.json().path("errorCode").asText()).isEqualTo(code);
        assertThat(answer.json().path("errorMessage").isTextual()).isTrue();
        return answer.json().path("errorMessage").asText();
    }

    @Nested
    class CreateMember {

        @Test
        void malformedJsonIsA400Ac1004() {
            String message = assertError(http.post("/users", "{\"id\": \"x\""), 400, "AC1004");

            assertThat(message).startsWith("Malformed JSON body");
        }

        @Test
        void missingRequiredIdIsA400Ac1004NamingTheField() {
            String message = assertError(http.post("/users", "{\"email\":\"x@example.com\"}"), 400, "AC1004");

            assertThat(message).contains("id");
        }

        @Test
        void enrollingTheSameIdTwiceIsA409Ac1006() {
            assertThat(http.post("/users", "{\"id\":\"jack\"}").status()).isEqualTo(200);

            assertError(http.post("/users", "{\"id\":\"jack\"}"), 409, "AC1006");
        }
    }

    @Nested
    class GetMember {

        @Test
        void unknownMemberIsA404Ac1005() {
            assertError(http.get("/users/nobody@example.com", "nobody@example.com"), 404, "AC1005");
        }
    }

    @Nested
    class UnknownPath {

        @Test
        void unknownPathUnderTheApiIsA404Ac1001() {
            assertError(http.send("GET", "/no/such/thing", null, Map.of()), 404, "AC1001");
        }

        @Test
        void knownPathWithAnUnknownMethodIsA404Ac1001() {
            assertError(http.send("DELETE", "/users/jack", null, Map.of()), 404, "AC1001");
        }

        @Test
        void theApiRootIsA404Ac1001() {
            assertError(http.send("GET", "", null, Map.of()), 404, "AC1001");
        }
    }

    @Nested
    class Authentication {

        @Test
        void unsignedRequestIsA401Ac1002() {
            assertError(http.send("GET", "/users/jack", null, Map.of()), 401, "AC1002");
        }
    }
}
