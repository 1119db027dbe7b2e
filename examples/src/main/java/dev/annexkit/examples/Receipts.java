package dev.annexkit.examples;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.Receipt;
import dev.annexkit.sdk.model.ReceiptSubmission;
import dev.annexkit.sdk.model.ReceiptUploadForm;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receipts: a member uploads a photo of a paper receipt (multipart); it waits as Pending until somebody reviews
 * it. In production a reviewer approves it in Annex Cloud's console; against the mock, the test approves it
 * through the mock's admin control, and the points are credited.
 */
public final class Receipts {

    /** The smallest valid JPEG header the mock recognises: a real app uploads the camera's file. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    private Receipts() {
    }

    /** Runs the example against an in-process mock server. */
    public static void main(String[] args) {
        try (LocalMock mock = LocalMock.start()) {
            run(mock.client(), mock.server(), System.out);
        }
    }

    /** The example itself: the SDK for the member's side, the mock's admin control for the reviewer's. */
    public static Receipt run(AnnexCloudClient client, AnnexCloudMockServer mock, PrintStream out) {
        String member = "sam@example.com";
        client.users().createMember(new MemberCreateRequest().id(member).email(member));

        ReceiptSubmission submitted = client.receipts().submitReceipt(new ReceiptUploadForm().userId(member)
                .imageFile(photo()));
        out.printf("receipt %s is %s%n", submitted.getSubmissionId(), submitted.getStatus());

        mock.program().receipts().approve(submitted.getSubmissionId(), 120);   // the reviewer's decision

        Receipt reviewed = client.receipts().getReceipt(submitted.getSubmissionId());
        out.printf("receipt %s is %s: %d points%n", reviewed.getSubmissionId(), reviewed.getStatus(),
                reviewed.getPointsAwarded());
        out.printf("%s has %d points%n", member, client.points().getPointBalance(member).getAvailablePoints());
        return reviewed;
    }

    private static File photo() {
        try {
            Path file = Files.createTempFile("receipt", ".jpg");
            Files.write(file, JPEG);
            file.toFile().deleteOnExit();
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
