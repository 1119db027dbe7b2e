package dev.annexkit.mock.wiremock.http;

/** The body of every error answer, exactly as Annex Cloud sends it. */
public record AnnexError(String errorCode, String errorMessage) {
}
