package dev.annexkit.mock.wiremock.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.annexkit.mock.wiremock.http.Json;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Writes every answered API request into the {@link RequestLog}. It only observes: it reads the answer the
 * mock already sent (status, {@code {errorCode, errorMessage}}, the tolerance header) and changes nothing.
 * Admin traffic, including the inspector's own polling, is not logged.
 */
public final class RequestLogListener implements ServeEventListener {

    /** Header naming what the tolerance stage normalised in the request (written by that stage). */
    public static final String TOLERATED_HEADER = "X-AnnexKit-Tolerated";

    static final int MAX_PATH = 300;
    static final int MAX_MESSAGE = 500;

    private final RequestLog log;
    private final String basePath;
    private final Supplier<Instant> mockClock;

    public RequestLogListener(RequestLog log, String basePath, Supplier<Instant> mockClock) {
        this.log = log;
        this.basePath = basePath;
        this.mockClock = mockClock;
    }

    @Override
    public String getName() {
        return "annexkit-request-log";
    }

    @Override
    public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
        LoggedRequest request = serveEvent.getRequest();
        String url = request.getUrl();
        if (url == null || !url.startsWith(basePath)) {
            return;
        }
        LoggedResponse response = serveEvent.getResponse();
        int status = response == null ? 0 : response.getStatus();
        String errorCode = null;
        String errorMessage = null;
        if (status >= 400) {
            JsonNode error = errorBody(response);
            errorCode = text(error, "errorCode");
            errorMessage = cut(text(error, "errorMessage"), MAX_MESSAGE);
        }
        Instant at = request.getLoggedDate() == null ? Instant.now() : request.getLoggedDate().toInstant();
        log.add(new LoggedCall(log.nextSequence(), at, mockClock.get(), request.getMethod().getName(),
                cut(url, MAX_PATH), status, errorCode, errorMessage, tolerated(response),
                status == 401, status == 400 && "AC1004".equals(errorCode)));
    }

    private static String tolerated(LoggedResponse response) {
        if (response == null || response.getHeaders() == null) {
            return null;
        }
        HttpHeader header = response.getHeaders().getHeader(TOLERATED_HEADER);
        return header.isPresent() ? cut(String.join(",", header.values()), MAX_MESSAGE) : null;
    }

    private static JsonNode errorBody(LoggedResponse response) {
        try {
            String body = response.getBodyAsString();
            return body == null || body.isBlank() ? null : Json.parse(body);
        } catch (Exception e) {
            return null; // not JSON (a user's own stub, say): the status alone is logged
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isObject() || !node.hasNonNull(field)) {
            return null;
        }
        return node.get(field).asText();
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
