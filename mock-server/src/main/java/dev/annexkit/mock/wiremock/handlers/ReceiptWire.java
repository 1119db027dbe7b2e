package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.receipt.Receipt;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A receipt as the {@code Receipt} schema shows it; shared by the API and the admin routes. */
public final class ReceiptWire {

    /** {@code uploadDate} is shown without a zone in the documentation; the mock writes UTC. */
    private static final DateTimeFormatter UPLOAD_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReceiptWire() {
    }

    /** The receipt's wire form. */
    public static WireObject receipt(Receipt r) {
        return WireObject.create()
                .put("submissionId", r.submissionId())
                .put("receiptId", r.receiptId())
                .put("userId", r.memberId())
                .put("status", r.status().displayName())
                .put("pointsAwarded", r.pointsAwarded())
                .put("uploadDate", UPLOAD_DATE.format(r.uploadedAt()))
                .put("rejectionReason", r.rejectionReason());
    }
}
