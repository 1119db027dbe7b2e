package dev.annexkit.bench;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;
import dev.annexkit.sdk.auth.AnnexCredentials;
import dev.annexkit.sdk.auth.RequestSigner;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The baseline of scenario 2: what a careful hand-written client does for the same three calls. It must sign to be
 * accepted, so it calls the SDK's {@link RequestSigner} (pure functions: HMAC of the body or path id, HS256 JWT)
 * directly; it serialises a small POJO with plain Gson, sends it with OkHttp, checks the status and binds the
 * answer with plain Gson to POJOs holding the fields a caller reads (Gson skips the rest). What it does not do,
 * and the SDK does: path-template matching to find a GET's identifier, the generated models' JSON validation and
 * unknown-field retention, the error mapping, the user agent, request rebuilding in an interceptor.
 */
final class RawClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final Gson gson = new Gson();
    private final String baseUrl;
    private final AnnexCredentials credentials;
    private final Clock clock = Clock.systemUTC();

    RawClient(OkHttpClient http, String baseUrl, AnnexCredentials credentials) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
    }

    Balance getPointBalance(String memberId) throws IOException {
        return call("GET", "/points/" + memberId, memberId, null, Balance.class);
    }

    PointsAnswer postPoints(PointsBody body) throws IOException {
        return call("POST", "/points", null, gson.toJson(body).getBytes(StandardCharsets.UTF_8), PointsAnswer.class);
    }

    RewardList listMemberRewards(String memberId) throws IOException {
        return call("GET", "/users/" + memberId + "/rewards", memberId, null, RewardList.class);
    }

    private <T> T call(String method, String path, String pathId, byte[] body, Class<T> type) throws IOException {
        long exp = clock.instant().getEpochSecond() + 180;
        Request.Builder request = new Request.Builder()
                .url(baseUrl + path)
                .header("Authorization", "Bearer " + RequestSigner.sign(credentials, method, pathId, body, exp))
                .header("X-AnnexCloud-Site", credentials.siteId())
                .header("Accept", "application/json");
        if (body != null) {
            request.method(method, RequestBody.create(body, JSON));
        }
        try (Response response = http.newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + ": " + response.body().string());
            }
            try (Reader reader = response.body().charStream()) {
                return gson.fromJson(reader, type);
            }
        }
    }

    static final class PointsBody {
        String id;
        int actionId;
        String activity;
        long credit;
        String reason;

        PointsBody(String id, int actionId, String activity, long credit, String reason) {
            this.id = id;
            this.actionId = actionId;
            this.activity = activity;
            this.credit = credit;
            this.reason = reason;
        }
    }

    static final class Balance {
        String siteId;
        String id;
        long availablePoints;
        long usedPoints;
        long negativePoints;
        long expiredPoints;
        long lifetimePoints;
        long holdPoints;
        long usedPointsOnReward;
        long pointsToExpire;
        String pointsToExpireDate;
        String currentTier;
        String pointsToNextTier;
    }

    static final class PointsAnswer {
        String siteId;
        String id;
        String actionId;
        String activity;
        Long credit;
        String reason;
        String activityId;
        long availablePoints;
        long lifetimePoints;
        long holdPoints;
    }

    static final class RewardList {
        @SerializedName("site_id") String siteId;
        @SerializedName("member_id") String memberId;
        @SerializedName("available_points") long availablePoints;
        long total;
        int page;
        int limit;
        List<Reward> rewards;
    }

    static final class Reward {
        @SerializedName("reward_id") String rewardId;
        @SerializedName("reward_name") String rewardName;
        @SerializedName("reward_type") String rewardType;
        @SerializedName("reward_status") String rewardStatus;
        @SerializedName("points_to_redeem") long pointsToRedeem;
        @SerializedName("coupon_based") boolean couponBased;
        @SerializedName("created_date") String createdDate;
    }
}
