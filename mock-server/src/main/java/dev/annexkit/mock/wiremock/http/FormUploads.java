package dev.annexkit.mock.wiremock.http;

import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The one form upload of the API, the receipt image ({@code POST /receipts} as {@code multipart/form-data}), and
 * what of it a client signs: the {@code userId} form field (the body bytes, with their random boundary, cannot be).
 */
public final class FormUploads {

    /** The operation that takes a form upload. */
    public static final String OPERATION_ID = "submitReceipt";
    /** The form field whose value the request hmac covers. */
    public static final String SIGNED_FIELD = "userId";

    private FormUploads() {
    }

    /** Whether this operation takes a form upload; for every other one a multipart body is checked like any body. */
    public static boolean isUpload(String operationId) {
        return OPERATION_ID.equals(operationId);
    }

    /** The text of the signed field (not a file part), or null when the form has none. */
    public static String signedField(Request http) {
        Collection<Request.Part> parts = http.getParts();
        if (parts == null) {
            return null;
        }
        for (Request.Part part : parts) {
            if (SIGNED_FIELD.equals(part.getName()) && part.getFileName() == null) {
                return new String(part.getBody().asBytes(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
