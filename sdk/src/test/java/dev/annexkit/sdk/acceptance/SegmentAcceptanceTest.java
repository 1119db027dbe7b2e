package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.model.Member;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.Segment;
import dev.annexkit.sdk.model.SegmentCreateRequest;
import dev.annexkit.sdk.model.SegmentCriteria;
import dev.annexkit.sdk.model.SegmentPointsDetails;
import dev.annexkit.sdk.model.SegmentStatusFilter;
import dev.annexkit.sdk.model.SegmentUpdateRequest;
import org.junit.jupiter.api.Test;
import dev.annexkit.sdk.service.SegmentService.ListSegmentsParams;

@AnnexCloudMock(seed = Seed.DEMO)
class SegmentAcceptanceTest {

    static final String DEMO = "demo@annexkit.dev";

    static SegmentCreateRequest silverPlus() {
        return new SegmentCreateRequest().name("Silver and up").type("Dynamic").fromDate("2024-06-01")
                .toDate("2025-12-31").member("ada")
                .criteria(new SegmentCriteria().pointsDetails(new SegmentPointsDetails().lifetimePointRangeFrom(1000L)));
    }

    @Test
    void membersAreEvaluatedOverTheCurrentMembers(AnnexCloudClient client) {
        client.users().createMember(new MemberCreateRequest().id("ada"));
        client.users().createMember(new MemberCreateRequest().id("bob"));
        Segment created = client.segments().createSegment(silverPlus());
        assertThat(created.getSegmentFromDate()).isEqualTo("2024-06-01");
        assertThat(created.getCriteria().getPointsDetails().getLifetimePointRangeFrom()).isEqualTo(1000L);

        assertThat(client.segments().listSegmentMembers(created.getSegmentId()).getMembers())
                .extracting(Member::getId).containsExactly(DEMO, "ada");
        var detail = client.segments().getSegment(created.getSegmentId()).getSegmentDetail();
        assertThat(detail.getSegmentDateTo()).isEqualTo("2025-12-31");
        assertThat(detail.getPointsDetails().getLifetimePointRangeFrom()).isEqualTo(1000L);
    }

    @Test
    void updatesMergeAndTheListFiltersByStatus(AnnexCloudClient client) {
        Segment created = client.segments().createSegment(silverPlus());
        Segment updated = client.segments().updateSegment(created.getSegmentId(), new SegmentUpdateRequest()
                .name("Silver and up").fromDate("2024-06-01").toDate("2025-12-31").member("bob")
                .memberUpdate("add").status("INACTIVE"));

        assertThat(updated.getMember()).isEqualTo("ada, bob");
        assertThat(updated.getMemberUpdate()).isEqualTo("add");
        assertThat(updated.getCriteria().getPointsDetails().getLifetimePointRangeFrom()).isEqualTo(1000L);
        assertThat(client.segments().listSegmentMembers(created.getSegmentId()).getTotal()).isZero();
        assertThat(client.segments().listSegments(ListSegmentsParams.builder().status(SegmentStatusFilter.INACTIVE).build()).getTotal()).isEqualTo(1);
        assertThat(client.segments().listSegments(ListSegmentsParams.builder().status(SegmentStatusFilter.ACTIVE).build()).getTotal()).isZero();
        assertApiError(ConflictException.class, 409, "AC1006", () -> client.segments().createSegment(silverPlus()));
    }
}
