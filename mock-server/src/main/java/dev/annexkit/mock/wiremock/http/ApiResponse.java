package dev.annexkit.mock.wiremock.http;

/** What a handler answers: a status and a body that {@link Json} serialises. */
public record ApiResponse(int status, Object body) {

    /** 200 with a body. */
    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    /** 201 with a body. */
    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body);
    }
}
