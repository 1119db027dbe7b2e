package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static dev.annexkit.sdk.acceptance.LedgerAssertions.balancedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.ActivityPage;
import dev.annexkit.sdk.model.MemberBulkResponse;
import dev.annexkit.sdk.model.MemberBulkUpdateEntry;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.MemberDeletionRequest;
import dev.annexkit.sdk.model.MemberDeletionResponse;
import dev.annexkit.sdk.model.MemberMergeDuplicateAction;
import dev.annexkit.sdk.model.MemberMergeHistoryResponse;
import dev.annexkit.sdk.model.MemberMergeRequest;
import dev.annexkit.sdk.model.MemberMergeResponse;
import dev.annexkit.sdk.model.MemberResponse;
import dev.annexkit.sdk.model.OptInStatus;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@AnnexCloudMock(seed = Seed.DEMO)
class UsersLifecycleAcceptanceTest {

    private static void credit(AnnexCloudClient client, String id, long points) {
        client.points().postPoints(new PointsRequest().id(id).actionId(100).activity(PointsActivity.CREDIT)
                .credit(points).reason("test"));
    }

    @Nested
    class BulkCreate {

        @Test
        void eachMemberIsEnrolledOrReportedInRequestOrder(AnnexCloudClient client) {
            MemberBulkResponse answer = client.users().createMembersInBulk(List.of(
                    new MemberCreateRequest().id("anna@example.com").email("anna@example.com").firstName("Anna"),
                    new MemberCreateRequest().id("demo@annexkit.dev"),
                    new MemberCreateRequest().id("bad@example.com").email("not-an-email"),
                    new MemberCreateRequest().id("jack@example.com")));

            assertThat(answer.getTotal()).isEqualTo(4);
            assertThat(answer.getSuccessCount()).isEqualTo(2);
            assertThat(answer.getFailureCount()).isEqualTo(2);
            assertThat(answer.getResults()).extracting(r -> r.getId() + ":" + r.getStatus() + ":" + r.getErrorCode())
                    .containsExactly("anna@example.com:Success:null", "demo@annexkit.dev:Failed:AC1006",
                            "bad@example.com:Failed:AC1004", "jack@example.com:Success:null");
            assertThat(client.users().getMember("anna@example.com").getFirstName()).isEqualTo("Anna");
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().getMember("bad@example.com"));
        }

        @Test
        void anIdNamedTwiceIsAConflictAndNobodyIsEnrolled(AnnexCloudClient client) {
            assertApiError(ConflictException.class, 409, "AC1006", () -> client.users().createMembersInBulk(List.of(
                    new MemberCreateRequest().id("x@example.com"), new MemberCreateRequest().id("y@example.com"),
                    new MemberCreateRequest().id("x@example.com"))));

            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().getMember("y@example.com"));
        }

        @Test
        void anEmptyArrayOrAnItemWithoutIdIsRejectedAsAWhole(AnnexCloudClient client) {
            assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.users().createMembersInBulk(List.of()));
            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004",
                    () -> client.users().createMembersInBulk(List.of(new MemberCreateRequest().id("ok@example.com"),
                            new MemberCreateRequest().email("noid@example.com"))));
            assertThat(e.errorMessage()).contains("id");
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().getMember("ok@example.com"));
        }
    }

    @Nested
    class BulkPatch {

        @Test
        void knownMembersChangeAndAnUnknownIdFailsAlone(AnnexCloudClient client) {
            MemberBulkResponse answer = client.users().updateMembersInBulk(List.of(
                    new MemberBulkUpdateEntry().id("demo@annexkit.dev").lastName("Renamed"),
                    new MemberBulkUpdateEntry().id("nobody@example.com").lastName("Smith")));

            assertThat(answer.getSuccessCount()).isEqualTo(1);
            assertThat(answer.getResults().get(1).getErrorCode()).isEqualTo("AC1005");
            MemberResponse demo = client.users().getMember("demo@annexkit.dev");
            assertThat(demo.getLastName()).isEqualTo("Renamed");
            assertThat(demo.getFirstName()).isEqualTo("Demo");
        }
    }

    @Nested
    class Deletion {

        @Test
        void aQueuedDeletionIsVisibleAndRunsWithTheDailyBatch(AnnexCloudClient client, AnnexCloudMockServer mock) {
            client.users().createMember(new MemberCreateRequest().id("leaving@example.com").firstName("Lea"));
            credit(client, "leaving@example.com", 200);

            MemberDeletionResponse queued = client.users().requestMemberDeletion(new MemberDeletionRequest()
                    .id("leaving@example.com").requestedBy("dpo@example.com"));

            assertThat(queued.getRequestedBy()).isEqualTo("dpo@example.com");
            assertThat(queued.getFirstName()).isEqualTo("Lea");
            assertThat(queued.getPendingDeletion().getScheduledDate()).isEqualTo("2025-01-01T05:30:00+0000");
            assertThat(client.users().getMember("leaving@example.com").getPendingDeletion().getRequestedBy())
                    .isEqualTo("dpo@example.com");

            mock.clock().advance(Duration.ofHours(5));
            assertThat(balancedBalance(client, "leaving@example.com").getAvailablePoints()).isEqualTo(200L);
            mock.clock().advance(Duration.ofMinutes(31));

            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.users().getMember("leaving@example.com"));
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.points().getPointBalance("leaving@example.com"));
        }

        @Test
        void aCancelledDeletionLeavesTheMemberAfterTheBatch(AnnexCloudClient client, AnnexCloudMockServer mock) {
            client.users().requestMemberDeletion(new MemberDeletionRequest().id("demo@annexkit.dev")
                    .requestedBy("dpo@example.com"));

            assertThat(mock.program().members().cancelDeletion("demo@annexkit.dev")).isPresent();
            mock.clock().advance(Duration.ofDays(1));

            MemberResponse demo = client.users().getMember("demo@annexkit.dev");
            assertThat(demo.getPendingDeletion()).isNull();
        }

        @Test
        void anUnknownMemberOrAMissingRequesterIsRejected(AnnexCloudClient client) {
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().requestMemberDeletion(
                    new MemberDeletionRequest().id("ghost@example.com").requestedBy("dpo@example.com")));
            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004", () ->
                    client.users().requestMemberDeletion(new MemberDeletionRequest().id("demo@annexkit.dev")));
            assertThat(e.errorMessage()).contains("requestedBy");
            assertThat(client.users().getMember("demo@annexkit.dev").getPendingDeletion()).isNull();
        }
    }

    @Nested
    class Merge {

        @Test
        void theSecondarysPointsAndActivityMoveAndItIsGone(AnnexCloudClient client) {
            client.users().createMember(new MemberCreateRequest().id("dup@example.com").firstName("Dupe")
                    .lastName("Member").phone("555-0100"));
            credit(client, "dup@example.com", 300);
            long before = balancedBalance(client, "demo@annexkit.dev").getLifetimePoints();

            MemberMergeResponse merge = client.users().mergeMembers(new MemberMergeRequest()
                    .primaryUID("demo@annexkit.dev").secondaryUID("dup@example.com")
                    .mergedBy("agent@example.com").reason("Duplicate records")
                    .duplicateActions(List.of(new MemberMergeDuplicateAction()
                            .userIdToRetainActions("demo@annexkit.dev").actionID(100))));

            assertThat(merge.getSiteID()).isNotBlank();
            assertThat(merge.getStatus()).isEqualTo("completed");
            assertThat(merge.getMergeDate()).isEqualTo("2025-01-01");
            PointBalance after = balancedBalance(client, "demo@annexkit.dev");
            assertThat(after.getLifetimePoints()).isEqualTo(before + 300);
            ActivityPage activity = client.activity().getMemberActivity("demo@annexkit.dev");
            assertThat(activity.getTotalActivityCount()).isEqualTo(2);
            MemberResponse primary = client.users().getMember("demo@annexkit.dev");
            assertThat(primary.getFirstName()).isEqualTo("Demo");
            assertThat(primary.getPhone()).isEqualTo("555-0100");
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().getMember("dup@example.com"));

            MemberMergeHistoryResponse history = client.users().getMemberMerge("demo@annexkit.dev");
            assertThat(history.getTotal()).isEqualTo(1);
            assertThat(history.getUserDetail()).singleElement().satisfies(r -> {
                assertThat(r.getSecondaryUID()).isEqualTo("dup@example.com");
                assertThat(r.getMergedBy()).isEqualTo("agent@example.com");
                assertThat(r.getUpdateDate()).startsWith("2025-01-01T");
            });
        }

        @Test
        void aMemberWhoHasNotOptedInCannotBeMergedAndNothingMoves(AnnexCloudClient client) {
            client.users().createMember(new MemberCreateRequest().id("out@example.com").optInStatus(OptInStatus.NO));
            credit(client, "out@example.com", 50);

            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1015", () ->
                    client.users().mergeMembers(new MemberMergeRequest().primaryUID("demo@annexkit.dev")
                            .secondaryUID("out@example.com").mergedBy("agent@example.com")));

            assertThat(e.errorMessage()).contains("out@example.com");
            assertThat(balancedBalance(client, "out@example.com").getAvailablePoints()).isEqualTo(50L);
            assertThat(client.users().getMemberMerge("demo@annexkit.dev").getUserDetail()).isEmpty();
        }

        @Test
        void unknownOrIdenticalMembersAreRejected(AnnexCloudClient client) {
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().mergeMembers(
                    new MemberMergeRequest().primaryUID("demo@annexkit.dev").secondaryUID("ghost@example.com")
                            .mergedBy("agent@example.com")));
            assertApiError(InvalidRequestException.class, 400, "AC1004", () -> client.users().mergeMembers(
                    new MemberMergeRequest().primaryUID("demo@annexkit.dev").secondaryUID("demo@annexkit.dev")
                            .mergedBy("agent@example.com")));
            assertApiError(NotFoundException.class, 404, "AC1005",
                    () -> client.users().getMemberMerge("ghost@example.com"));
        }
    }
}
