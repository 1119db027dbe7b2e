package dev.annexkit.mock.wiremock.http;

/**
 * One part of a {@code multipart/form-data} request body.
 *
 * @param fileName the part's file name, for file fields; else null
 * @param contentType the part's own content type, if it sent one
 */
public record FormPart(String name, String fileName, String contentType, byte[] content) {

    /** The part's content as UTF-8 text, for plain form fields. */
    public String text() {
        return new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }
}
