package dev.annexkit.examples;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.RequestOptions;
import dev.annexkit.sdk.errors.AlreadyAppliedException;
import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.errors.ApiConnectionException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.points.PointsRequests;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Errors and retries. Every failure is one unchecked family ({@link AnnexCloudException}: status, Annex Cloud
 * code, message). The SDK retries a write only when the API de-duplicates it: a credit carrying a {@code customId}
 * is retried after a lost answer and booked once; a debit without a de-duplication key is never resent, and a lost
 * answer then means the outcome is unknown. The mock's faults show both: the request is applied, the answer lost.
 */
public final class ErrorsAndRetries {

    private ErrorsAndRetries() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), mock.server(), System.out);
        }
    }

    /** The example itself: the SDK for the application's side, the mock's faults for the unlucky network. */
    public static long run(AnnexCloudClient client, AnnexCloudMockServer mock, PrintStream out) {
        String member = "olu@example.com";
        client.users().createMember(new MemberCreateRequest().id(member).email(member));

        try {
            client.points().getPointBalance("nobody@example.com");
        } catch (NotFoundException e) {
            out.printf("HTTP %d %s: %s%n", e.httpStatus(), e.errorCode(), e.errorMessage());
        }
        try {
            client.points().postPoints(PointsRequests.manualDebit(member, 10, "More than the balance"));
        } catch (InvalidRequestException e) {
            out.printf("HTTP %d %s: %s%n", e.httpStatus(), e.errorCode(), e.errorMessage());
        }

        // Per-call options: a tighter deadline and more retries for this one call; the client is unchanged.
        AnnexCloudClient patient = client.withOptions(RequestOptions.builder()
                .timeout(Duration.ofSeconds(10)).maxRetries(3).build());

        // Safe: the credit carries a customId, so after the lost answer the SDK resends it and the API's
        // de-duplication recognises it. Booked once; the SDK says the first attempt landed.
        mock.faults().on("postPoints").times(1).applyThenDrop();
        try {
            patient.points().postPoints(PointsRequests.manualCredit(member, 500, "Welcome").customId("welcome-" + member));
        } catch (AlreadyAppliedException e) {
            out.printf("credit applied once (attempt %d found it booked)%n", e.attempt());
        }

        // Unsafe: a debit with no de-duplication key is sent once only. The answer is lost, so nobody knows
        // whether it was booked: read the state back before deciding to send it again.
        mock.faults().on("postPoints").times(1).applyThenDrop();
        try {
            patient.points().postPoints(PointsRequests.manualDebit(member, 200, "Gift card"));
        } catch (ApiConnectionException e) {
            out.printf("debit outcome unknown: %s%n", e.outcomeUnknown());
        }
        long available = client.points().getPointBalance(member).getAvailablePoints();
        out.printf("the ledger says %d points: the debit was booked, once%n", available);
        return available;
    }
}
