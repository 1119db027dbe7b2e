package dev.annexkit.mock.wiremock.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.annexkit.mock.wiremock.http.Json;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fast request check never says "valid" where the library finds an error, and checking a request gives
 * exactly the library's problems: for every operation of the spec, over good requests and requests bent every
 * way this test knows (body, content type, path and query), systematically and by a seeded random fuzzer. Each
 * test also counts how many requests took the fast path, so it cannot pass by proving nothing.
 */
class RequestProofSoundnessTest {

    private static final ContractValidator CONTRACT = ContractValidator.packaged();
    private static final List<SpecRequests.Op> OPERATIONS = SpecRequests.operations();
    private static final Set<String> BODY_METHODS = Set.of("POST", "PATCH", "PUT");
    private static final String JSON = "application/json";
    private static final List<String> CONTENT_TYPES = Arrays.asList(JSON, "application/json; charset=utf-8",
            "APPLICATION/JSON", "application/json, text/plain", "text/plain", null, "", "garbage",
            "multipart/form-data", "application/merge-patch+json", "application/*");
    private static final List<String> RAW_BODIES = Arrays.asList(null, "", "  ", "null", "not json", "[]", "{}",
            "\"text\"", "1", "{\"a\":1,\"a\":2}", "{} {}");
    private static final String LONG = "x".repeat(5_000);

    /** How many requests were compared, and how many of them the fast check proved. */
    private static final class Tally {
        int compared;
        int proved;

        double share() {
            return compared == 0 ? 0 : (double) proved / compared;
        }
    }

    @Test
    void everyBentRequestIsProvedOnlyWhenTheLibraryAcceptsIt() throws Exception {
        Tally tally = new Tally();
        for (SpecRequests.Op op : OPERATIONS) {
            JsonNode valid = op.validBody();
            String validText = valid == null ? null : SpecRequests.JSON.writeValueAsString(valid);
            String validType = valid == null ? null : JSON;
            for (String url : urls(op)) {
                compare(op, url, validType, validText, tally);
            }
            String url = op.validUrl(true);
            for (String type : CONTENT_TYPES) {
                for (String body : RAW_BODIES) {
                    compare(op, url, type, body, tally);
                }
                compare(op, url, type, validText, tally);
            }
            if (valid != null) {
                for (BodyMutations.Mutation mutation : BodyMutations.of(valid, op.bodySchema())) {
                    compare(op, url, JSON, SpecRequests.JSON.writeValueAsString(mutation.applyTo(valid)), tally);
                }
            }
        }
        System.out.printf("bent requests: %d compared, %d proved (%.1f %%)%n", tally.compared, tally.proved,
                100 * tally.share());
        assertThat(tally.compared).isGreaterThan(10_000);
        assertThat(tally.share()).as("share of requests proved").isBetween(0.05, 0.9);
    }

    @Test
    void aSeededFuzzerFindsNoRequestProvedThatTheLibraryRefuses() throws Exception {
        Random random = new Random(15);
        Tally tally = new Tally();
        for (SpecRequests.Op op : OPERATIONS) {
            JsonNode valid = op.validBody();
            List<String> urls = urls(op);
            List<BodyMutations.Mutation> mutations = valid == null ? List.of() : BodyMutations.of(valid,
                    op.bodySchema());
            for (int round = 0; round < 150; round++) {
                String url = random.nextInt(3) == 0 ? urls.get(random.nextInt(urls.size())) : op.validUrl(
                        random.nextBoolean());
                String type = random.nextInt(4) == 0 ? CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()))
                        : valid == null ? null : JSON;
                String text;
                if (valid == null || random.nextInt(10) == 0) {
                    text = RAW_BODIES.get(random.nextInt(RAW_BODIES.size()));
                } else {
                    JsonNode body = valid;
                    for (int n = random.nextInt(4); n > 0 && !mutations.isEmpty(); n--) {
                        body = mutations.get(random.nextInt(mutations.size())).applyTo(body);
                    }
                    text = SpecRequests.JSON.writeValueAsString(body);
                }
                compare(op, url, type, text, tally);
            }
        }
        System.out.printf("fuzzed requests: %d compared, %d proved (%.1f %%)%n", tally.compared, tally.proved,
                100 * tally.share());
        assertThat(tally.compared).isGreaterThan(10_000);
        assertThat(tally.share()).as("share of requests proved").isBetween(0.1, 0.9);
    }

    /**
     * One request both ways. The tree is what the transformer hands over: the adapter's parse of the text for a
     * method with a body, the "no body" node otherwise (and no tree when the adapter refuses the text).
     */
    private static void compare(SpecRequests.Op op, String url, String type, String text, Tally tally) {
        JsonNode tree = MissingNode.getInstance();
        if (BODY_METHODS.contains(op.method()) && text != null && !text.isEmpty()) {
            try {
                tree = Json.parse(text);
            } catch (JsonProcessingException e) {
                tree = null;
            }
        }
        String described = op.method() + " " + url + " [" + type + "] " + abridged(text);
        boolean proved = CONTRACT.proves(op.template(), op.method(), url, type, text, tree);
        tally.compared++;
        // A request not proved goes to the library by construction; asking the library about every tenth of them
        // still checks that, and keeps the test fast (the library is what costs here).
        if (!proved && tally.compared % 10 != 0) {
            return;
        }
        List<String> library;
        try {
            library = CONTRACT.libraryCheck(op.template(), op.method(), url, type, text);
        } catch (RuntimeException e) {
            assertThat(proved).as("proved, but the library fails on %s: %s", described, e).isFalse();
            return;
        }
        if (proved) {
            assertThat(library).as("proved valid, but the library refuses %s", described).isEmpty();
            tally.proved++;
        }
        assertThat(CONTRACT.checkRequest(op.template(), op.method(), url, type, text, tree))
                .as(described).isEqualTo(library);
    }

    /** The operation's URL bent every way: path parameters at and past their limits, query parameters of every form. */
    private static List<String> urls(SpecRequests.Op op) {
        List<String> urls = new ArrayList<>();
        String valid = op.validUrl(false);
        urls.add(valid);
        urls.add(op.validUrl(true));
        for (Parameter parameter : op.parameters()) {
            JsonNode schema = SpecRequests.schema(parameter);
            String name = parameter.getName();
            if ("path".equals(parameter.getIn())) {
                int max = schema.path("maxLength").asInt(300);
                for (String value : List.of("a".repeat(max), "a".repeat(max + 1),
                        "a".repeat(max - 1) + "%F0%9F%98%80", "a".repeat(max) + "%F0%9F%98%80", "jack%40example.com",
                        "jack@example.com", "%", "%zz", "a+b", "%20", "100", "-1", "1.0", LONG)) {
                    urls.add(SpecRequests.BASE + op.template().replace("{" + name + "}", value)
                            .replaceAll("\\{[^}]+}", "jack"));
                }
            } else {
                for (String value : List.of("1", "0", "-5", "1.0", "+1", "01", "", " ", "abc", "true", "TRUE",
                        "2147483648", "9223372036854775808", "2026-01-01", "all", LONG,
                        SpecRequests.text(SpecRequests.valid(schema)))) {
                    String encoded = value.replace(" ", "%20");
                    urls.add(valid + (valid.contains("?") ? "&" : "?") + name + "=" + encoded);
                }
                urls.add(valid + (valid.contains("?") ? "&" : "?") + name + "=1&" + name + "=2");
                urls.add(valid + (valid.contains("?") ? "&" : "?") + name.toUpperCase() + "=1");
                urls.add(valid + (valid.contains("?") ? "&" : "?") + name);
            }
        }
        urls.add(valid + (valid.contains("?") ? "&" : "?") + "unknownParameter=1");
        urls.add(SpecRequests.BASE + op.template().replaceAll("\\{[^}]+}", "jack") + "/");
        return urls;
    }

    private static String abridged(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
    }
}
