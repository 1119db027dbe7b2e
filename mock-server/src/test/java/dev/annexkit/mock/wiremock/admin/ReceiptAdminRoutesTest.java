package dev.annexkit.mock.wiremock.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.receipt.Receipt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceiptAdminRoutesTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private AnnexCloudMockServer mock;

    @BeforeEach
    void start() {
        mock = AnnexCloudMockServer.builder().seed(Seed.DEMO).start();
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mock.port() + "/__admin/annexkit" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void approvingCreditsOnceAndASecondApprovalIsAC1040() throws Exception {
        Receipt r = mock.program().receipts().submitUrl(DemoProgram.DEMO_MEMBER, "https://x.com/r.png");

        HttpResponse<String> first = post("/receipts/" + r.submissionId() + "/approve", "{\"points\": 25}");
        HttpResponse<String> second = post("/receipts/" + r.submissionId() + "/approve", "{\"points\": 25}");

        JsonNode json = new ObjectMapper().readTree(first.body());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.get("status").asText()).isEqualTo("Points Awarded");
        assertThat(json.get("pointsAwarded").asLong()).isEqualTo(25);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("AC1040");
        assertThat(mock.program().balance(DemoProgram.DEMO_MEMBER).available()).isEqualTo(1_225);
    }

    @Test
    void rejectingNeedsAReasonAndUnknownSubmissionsAreNotFound() throws Exception {
        Receipt r = mock.program().receipts().submitUrl(DemoProgram.DEMO_MEMBER, "https://x.com/r.png");

        assertThat(post("/receipts/" + r.submissionId() + "/reject", "{}").body()).contains("AC1004", "reason");
        HttpResponse<String> rejected = post("/receipts/" + r.submissionId() + "/reject", "{\"reason\":\"Blurry\"}");
        HttpResponse<String> unknown = post("/receipts/nope/approve", "{\"points\": 1}");

        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body()).contains("\"Rejected\"", "Blurry");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("AC1005");
    }
}
