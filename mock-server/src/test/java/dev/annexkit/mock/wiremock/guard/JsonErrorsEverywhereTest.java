package dev.annexkit.mock.wiremock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broken multipart bodies get the API's error JSON, never Jetty's HTML page with a stack trace and file paths. */
class JsonErrorsEverywhereTest {

    private AnnexCloudMockServer mock;

    @BeforeEach
    void start() {
        mock = MockHttp.server().start();
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private RawHttp.Answer send(String method, String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.exchange(mock.port(), method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + mock.port()
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length + "\r\n", bytes);
    }

    private static void assertCleanJson(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"errorCode\":\"AC").contains("\"errorMessage\"")
                .doesNotContain("<html", "Exception", "at org.", "at com.", "/tmp", "/home", "/work", ".java");
    }

    @Test
    void aMultipartUploadWithoutBoundaryIsA400InJson() {
        RawHttp.Answer answer = send("POST", "/api/3.0/receipts", "multipart/form-data", "userId=m1");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertCleanJson(answer);
    }

    @Test
    void aMultipartBodyCutShortIsA400InJson() {
        RawHttp.Answer answer = send("POST", "/api/3.0/receipts", "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"userId\"\r\n\r\nm1");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertCleanJson(answer);
    }

    @Test
    void aBrokenMultipartBodyOnAnyOtherOperationIsJsonToo() {
        assertCleanJson(send("POST", "/api/3.0/users", "multipart/form-data", "x"));
        assertCleanJson(send("PATCH", "/api/3.0/users/m1", "multipart/form-data; boundary=q", "--q\r\nbroken"));
        assertCleanJson(send("GET", "/api/3.0/users/m1", "multipart/form-data", "x"));
    }

    @Test
    void ourAdminRoutesAnswerJsonToBrokenBodiesToo() {
        assertCleanJson(send("POST", "/__admin/annexkit/seed", "multipart/form-data", "x"));
        assertCleanJson(send("POST", "/__admin/annexkit/seed", "application/json", "{not json"));
    }
}
