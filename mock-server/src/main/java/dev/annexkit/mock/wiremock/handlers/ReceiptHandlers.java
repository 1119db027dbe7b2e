package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.receipt.Receipt;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.FormPart;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.Map;

/** Receipt: submissions by file or URL, one submission, a member's submissions. */
final class ReceiptHandlers {

    /** The documented display text; it says "verified" even while Pending (see the spec). */
    static final String SUBMITTED = "The receipt has been successfully verified.";

    private ReceiptHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("submitReceipt", ReceiptHandlers::submit);
        handlers.put("getReceipt", ReceiptHandlers::get);
        handlers.put("listMemberReceipts", ReceiptHandlers::list);
    }

    private static ApiResponse submit(ApiRequest request, LoyaltyProgram program, String site) {
        Receipt receipt;
        if (request.isMultipart()) {
            String userId = request.part("userId").map(FormPart::text).map(String::trim).orElse(null);
            FormPart file = request.part("file").orElseThrow(() -> new MissingField("file"));
            receipt = program.receipts().submitFile(userId, file.fileName(), file.content());
        } else {
            receipt = program.receipts().submitUrl(request.body().text("userId").orElse(null),
                    request.body().text("file_url").orElse(null));
        }
        return ApiResponse.ok(WireObject.create()
                .put("submissionId", receipt.submissionId())
                .put("receiptId", receipt.receiptId())
                .put("status", receipt.status().displayName())
                .put("message", SUBMITTED));
    }

    private static ApiResponse get(ApiRequest request, LoyaltyProgram program, String site) {
        return ApiResponse.ok(ReceiptWire.receipt(program.receipts().get(request.path("submission_id"))));
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        String memberId = request.path("email_id");
        Page<Receipt> page = program.receipts().forMember(memberId, Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("userId", memberId)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", page.total())
                .putObjects("receipts", page.items().stream().map(ReceiptWire::receipt).toList()));
    }
}
