package dev.annexkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.PointBalance;
import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import dev.annexkit.sdk.model.PointsResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shaded mock, used the way an application's test suite uses it: the JUnit 5 extension starts it and hands
 * the test an SDK client pointed at it. Every call goes SDK -> HTTP -> WireMock -> the relocated Jackson and
 * swagger validator inside the standalone jar -> the loyalty domain, with every answer checked against the spec
 * ({@code annexkit.mock.validation=full}), while the application's own Jackson (Spring Boot's) sits on the same
 * classpath.
 */
@AnnexCloudMock(seed = Seed.DEMO)
class StandaloneMockWithTheSdkTest {

    static final String ADA = "ada@example.com";

    static void enrol(AnnexCloudClient client) {
        client.users().createMember(new MemberCreateRequest().id(ADA).email(ADA));
    }

    @Nested
    class Enrolment {

        @Test
        void anEnrolledMemberIsInTheMocksState(AnnexCloudClient client, AnnexCloudMockServer mock) {
            enrol(client);

            assertThat(mock.exportState()).contains(ADA);
        }

        @Test
        void aBodyWithoutTheMemberIdIsRefusedNamingTheFieldAndChangesNothing(AnnexCloudClient client,
                AnnexCloudMockServer mock) {
            // refused by the spec validator inside the jar: its messages are relocated resources
            InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                    () -> client.users().createMember(new MemberCreateRequest().email(ADA)));

            assertThat(refused.httpStatus()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("AC1004");
            assertThat(refused.errorMessage()).contains("missing required properties", "id");
            assertThat(mock.exportState()).doesNotContain(ADA);
        }
    }

    @Nested
    class PointsBalance {

        @Test
        void aCreditShowsInTheBalance(AnnexCloudClient client, AnnexCloudMockServer mock) {
            enrol(client);

            PointsResponse credited = client.points().postPoints(new PointsRequest().id(ADA).actionId(100)
                    .activity(PointsActivity.CREDIT).credit(250L).reason("welcome bonus"));
            PointBalance balance = client.points().getPointBalance(ADA);

            assertThat(credited.getAvailablePoints()).isEqualTo(250L);
            assertThat(balance.getAvailablePoints()).isEqualTo(250L);
            assertThat(balance.getLifetimePoints()).isEqualTo(250L);
            assertThat(mock.contractViolations()).isEmpty();
        }

        @Test
        void eachTestStartsFromTheSeedAgain(AnnexCloudClient client) {
            enrol(client);

            assertThat(client.points().getPointBalance(ADA).getAvailablePoints()).isZero();
        }
    }
}
