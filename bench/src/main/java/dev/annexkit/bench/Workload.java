package dev.annexkit.bench;

import dev.annexkit.mock.MockCredentials;
import dev.annexkit.sdk.auth.AnnexCredentials;
import dev.annexkit.sdk.auth.RequestSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The realistic mixed workload of scenario 1: a member checks their balance, earns points, looks at the rewards
 * they can have and takes one. Every target gets exactly the same requests, signed the same way (Prism and the
 * static stubs ignore the signature, but the driver pays the signing cost for all three alike).
 */
public final class Workload {

    /** Members the stateful server is seeded with; requests pick one at random. */
    public static final int DEFAULT_MEMBERS = 10_000;
    /** Opening balance of every bench member: enough that no assignment in a run can be refused. */
    public static final long OPENING_POINTS = 10_000_000L;
    /** The demo seed's Live, non-coupon reward priced 500 points. */
    public static final String REWARD = "FIVE-OFF";

    private static final MediaType JSON = MediaType.get("application/json");

    /** The four operations, in the order a virtual user cycles through them (25 % each). */
    public enum Op {
        GET_BALANCE("GET"),
        AWARD_POINTS("POST"),
        LIST_MEMBER_REWARDS("GET"),
        ASSIGN_REWARD("POST");

        final String method;

        Op(String method) {
            this.method = method;
        }

        /** Path below the base URL. */
        public String path(String member) {
            return switch (this) {
                case GET_BALANCE -> "/points/" + member;
                case AWARD_POINTS -> "/points";
                case LIST_MEMBER_REWARDS -> "/users/" + member + "/rewards";
                case ASSIGN_REWARD -> "/rewards/" + REWARD + "/users/" + member + "/assign";
            };
        }

        /** JSON body for POSTs, null for GETs. */
        public String body(String member) {
            return switch (this) {
                case AWARD_POINTS -> "{\"id\":\"" + member + "\",\"actionId\":100,\"activity\":\"CREDIT\","
                        + "\"credit\":500,\"reason\":\"bench purchase\"}";
                case ASSIGN_REWARD -> "{\"reward_id\":\"" + REWARD + "\",\"user_id\":\"" + member
                        + "\",\"issuance_details\":{\"source_type\":\"manual\"}}";
                default -> null;
            };
        }
    }

    private Workload() {
    }

    /** Bench member number {@code i}: its id is also a valid email. */
    public static String member(int i) {
        return String.format("bench-%06d@annexkit.dev", i);
    }

    /** A request for {@code op} on {@code member}, signed like the SDK signs (HS256 JWT + body/path HMAC). */
    public static Request signed(String baseUrl, Op op, String member, MockCredentials site) {
        String body = op.body(member);
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        String token = RequestSigner.sign(AnnexCredentials.of(site.siteId(), site.siteName(), site.secret()),
                op.method, member, bytes, Instant.now().getEpochSecond() + 300);
        Request.Builder request = new Request.Builder()
                .url(baseUrl + op.path(member))
                .header("Authorization", "Bearer " + token)
                .header("X-AnnexCloud-Site", site.siteId());
        if (bytes != null) {
            request.post(RequestBody.create(bytes, JSON));
        }
        return request.build();
    }
}
