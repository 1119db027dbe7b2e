package dev.annexkit.mock.wiremock.guard;

import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/** Writes the mock's error JSON ({@code {errorCode, errorMessage}}) from the Jetty layer. */
final class GuardAnswers {

    private GuardAnswers() {
    }

    /** AC1002 for refused credentials, AC1001 for the mock's own failures, AC1004 for everything the caller sent. */
    static String codeFor(int status) {
        if (status == 401 || status == 403) {
            return "AC1002";
        }
        if (status == 404) {
            return "AC1001";
        }
        return status >= 500 ? "AC1001" : "AC1004";
    }

    static byte[] body(int status, String message) {
        return Json.write(new AnnexError(codeFor(status), message)).getBytes(StandardCharsets.UTF_8);
    }

    static void write(HttpServletResponse response, int status, String message, boolean close) throws IOException {
        byte[] body = body(status, message);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        if (close) {
            response.setHeader("Connection", "close"); // the unread body is not worth draining
        }
        response.getOutputStream().write(body);
    }
}
