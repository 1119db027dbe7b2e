package dev.annexkit.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.ledger.PointsCommand;
import dev.annexkit.mock.domain.member.NewMember;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * A server under test, run in its own JVM so that its heap, GC and JIT are its own:
 * <ul>
 *   <li>{@code stateful PORT MEMBERS [VALIDATION]}: the AnnexKit mock (auth on, demo seed, requests validated
 *       unless VALIDATION is {@code OFF}) plus MEMBERS bench members;</li>
 *   <li>{@code static PORT}: plain WireMock with one static stub per operation returning the body the stateful
 *       mock returned for the same request (no transformer, no auth, no state).</li>
 * </ul>
 * Both keep the last 1,000 requests in the journal (the mock's default), so neither pays for an unbounded one.
 * Prints {@code READY} when it serves and runs until killed.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int port = Integer.parseInt(args[1]);
        if (kind.equals("stateful")) {
            startStateful(port, args.length > 2 ? Integer.parseInt(args[2]) : Workload.DEFAULT_MEMBERS,
                    args.length > 3 ? ValidationMode.valueOf(args[3]) : ValidationMode.REQUESTS);
        } else if (kind.equals("static")) {
            startStatic(port);
        } else {
            throw new IllegalArgumentException("stateful|static: " + kind);
        }
        System.out.println("READY");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** The stateful mock with the demo seed and {@code members} funded bench members, validating requests. */
    public static AnnexCloudMockServer startStateful(int port, int members) {
        return startStateful(port, members, ValidationMode.REQUESTS);
    }

    /** The stateful mock with the demo seed and {@code members} funded bench members. */
    public static AnnexCloudMockServer startStateful(int port, int members, ValidationMode validation) {
        AnnexCloudMockServer mock = AnnexCloudMockServer.builder().port(port).seed(Seed.DEMO).validation(validation)
                .start();
        seedMembers(mock.program(), members);
        return mock;
    }

    /** Enrols {@code members} bench members with {@link Workload#OPENING_POINTS} each, through the domain. */
    public static void seedMembers(LoyaltyProgram program, int members) {
        for (int i = 0; i < members; i++) {
            String id = Workload.member(i);
            program.enroll(NewMember.of(id, id));
            program.points(PointsCommand.credit(id, SystemActions.MANUAL, Workload.OPENING_POINTS));
        }
    }

    /** Plain WireMock serving, per operation, the body the stateful mock answers to the same request. */
    public static WireMockServer startStatic(int port) throws IOException {
        Map<Workload.Op, String> bodies = capturedBodies();
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port)
                .maxRequestJournalEntries(1_000));
        server.start();
        String base = AnnexCloudMockServer.BASE_PATH;
        stub(server, "GET", base + "/points/{memberId}", bodies.get(Workload.Op.GET_BALANCE));
        stub(server, "POST", base + "/points", bodies.get(Workload.Op.AWARD_POINTS));
        stub(server, "GET", base + "/users/{member_id}/rewards", bodies.get(Workload.Op.LIST_MEMBER_REWARDS));
        stub(server, "POST", base + "/rewards/{reward_id}/users/{member_id}/assign",
                bodies.get(Workload.Op.ASSIGN_REWARD));
        return server;
    }

    private static void stub(WireMockServer server, String method, String template, String body) {
        server.stubFor(request(method, urlPathTemplate(template)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** Runs the four requests once against a throw-away stateful mock and keeps what it answered. */
    static Map<Workload.Op, String> capturedBodies() throws IOException {
        Map<Workload.Op, String> bodies = new EnumMap<>(Workload.Op.class);
        try (AnnexCloudMockServer mock = startStateful(0, 1)) {
            OkHttpClient http = new OkHttpClient();
            for (Workload.Op op : Workload.Op.values()) {
                try (Response response = http.newCall(
                        Workload.signed(mock.baseUrl(), op, Workload.member(0), mock.credentials())).execute()) {
                    if (response.code() != 200) {
                        throw new IllegalStateException(op + " answered " + response.code());
                    }
                    bodies.put(op, response.body().string());
                }
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        return bodies;
    }
}
