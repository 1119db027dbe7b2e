package dev.annexkit.mock.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.wiremock.auth.AnnexSignatures;
import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every way of forging or bending a token, against every operation of the spec: always 401 AC1002, exactly the
 * documented body, and nothing changes.
 */
class AuthAttackTest {

    private static final String NOT_AUTHORIZED = "{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request not authorized\"}";
    private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private static AnnexCloudMockServer mock;
    private static MockCredentials site;

    @BeforeAll
    static void start() {
        mock = MockHttp.server().seed(Seed.DEMO).start();
        site = mock.credentials();
    }

    @AfterAll
    static void stop() {
        mock.stop();
    }

    /** One forged request: what the attacker sends for a given operation's signed payload. */
    private record Attack(String name, Function<Target, Map<String, String>> headers) {
    }

    /** What a correct client would sign for one operation. */
    private record Target(Route route, String path, String pathId, String body) {
        String method() {
            return route.method();
        }

        byte[] bodyBytes() {
            return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        }

        String validToken() {
            return AnnexSignatures.mintToken(site, method(), pathId, bodyBytes(), MockHttp.EXP);
        }

        String hmac() {
            return AnnexSignatures.hmac(AnnexSignatures.hashesBody(method())
                    ? (body == null ? "" : body) : AnnexSignatures.jsonStringLiteral(pathId), site.secret());
        }

        String claims(String siteId, Object exp) {
            return "{\"sub\":\"" + site.siteName() + "\",\"exp\":" + exp + ",\"site_id\":\"" + siteId
                    + "\",\"hmac\":\"" + hmac() + "\"}";
        }
    }

    private static List<Attack> attacks() {
        List<Attack> attacks = new ArrayList<>();
        attacks.add(new Attack("no Authorization header", t -> headers(null, site.siteId(), t)));
        attacks.add(new Attack("alg none", t -> headers(unsigned("{\"alg\":\"none\",\"typ\":\"JWT\"}",
                t.claims(site.siteId(), MockHttp.EXP)), site.siteId(), t)));
        attacks.add(new Attack("alg HS512", t -> headers(AnnexSignatures.jwt("{\"alg\":\"HS512\",\"typ\":\"JWT\"}",
                t.claims(site.siteId(), MockHttp.EXP), site.secret()), site.siteId(), t)));
        attacks.add(new Attack("alg RS256 with an HMAC signature", t -> headers(AnnexSignatures.jwt(
                "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", t.claims(site.siteId(), MockHttp.EXP), site.secret()),
                site.siteId(), t)));
        attacks.add(new Attack("signed for another site", t -> headers(AnnexSignatures.jwt(HEADER,
                t.claims("87654321", MockHttp.EXP), site.secret()), "87654321", t)));
        attacks.add(new Attack("site header differs from the token", t -> headers(t.validToken(), "87654321", t)));
        attacks.add(new Attack("wrong secret", t -> headers(AnnexSignatures.jwt(HEADER,
                t.claims(site.siteId(), MockHttp.EXP), "guessed-secret"), site.siteId(), t)));
        attacks.add(new Attack("expired", t -> headers(AnnexSignatures.jwt(HEADER,
                t.claims(site.siteId(), MockHttp.NOW.getEpochSecond() - 1), site.secret()), site.siteId(), t)));
        attacks.add(new Attack("non-numeric exp", t -> headers(AnnexSignatures.jwt(HEADER,
                t.claims(site.siteId(), "\"tomorrow\""), site.secret()), site.siteId(), t)));
        attacks.add(new Attack("missing hmac claim", t -> headers(AnnexSignatures.jwt(HEADER,
                "{\"sub\":\"x\",\"exp\":" + MockHttp.EXP + ",\"site_id\":\"" + site.siteId() + "\"}", site.secret()),
                site.siteId(), t)));
        attacks.add(new Attack("token replayed with another body or id", t -> headers(AnnexSignatures.mintToken(site,
                t.method(), t.pathId() + "-other", ((t.body() == null ? "" : t.body()) + " ").getBytes(StandardCharsets.UTF_8),
                MockHttp.EXP), site.siteId(), t)));
        attacks.add(new Attack("two tokens in one header", t -> rawHeaders("Bearer " + t.validToken() + ", Bearer "
                + t.validToken(), site.siteId(), t)));
        attacks.add(new Attack("token with a fourth part", t -> headers(t.validToken() + ".extra", site.siteId(), t)));
        return attacks;
    }

    @TestFactory
    Stream<DynamicTest> everyForgeryOfEveryOperationIsRefusedAndChangesNothing() {
        String before = mock.exportState();
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : RouteTable.fromSpec().routes()) {
            Target target = target(route);
            for (Attack attack : attacks()) {
                tests.add(DynamicTest.dynamicTest(route.operationId() + ": " + attack.name(), () -> {
                    MockHttp.Answer answer = new MockHttp(mock).send(route.method(), target.path(), target.body(),
                            attack.headers().apply(target));

                    assertThat(answer.status()).isEqualTo(401);
                    assertThat(answer.body()).isEqualTo(NOT_AUTHORIZED);
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("the program is unchanged", () ->
                assertThat(mock.exportState()).isEqualTo(before)));
        return tests.stream();
    }

    private static Target target(Route route) {
        String path = route.pathTemplate();
        String firstId = null;
        for (String name : route.parameterNames()) {
            String value = "demo@annexkit.dev";
            if (firstId == null) {
                firstId = value;
            }
            path = path.replace("{" + name + "}", value);
        }
        boolean hasBody = AnnexSignatures.hashesBody(route.method());
        return new Target(route, path, firstId == null ? "" : firstId, hasBody ? "{\"id\":\"demo@annexkit.dev\"}" : null);
    }

    /** Headers carrying {@code token} as a bearer token (none when null). */
    private static Map<String, String> headers(String token, String siteHeader, Target target) {
        return rawHeaders(token == null ? null : "Bearer " + token, siteHeader, target);
    }

    private static Map<String, String> rawHeaders(String authorization, String siteHeader, Target target) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        headers.put("X-AnnexCloud-Site", siteHeader);
        if (target.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        return headers;
    }

    private static String unsigned(String header, String claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
