package dev.annexkit.sdk.acceptance;

import static dev.annexkit.sdk.acceptance.ApiErrors.assertApiError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.junit.AnnexCloudMock;
import dev.annexkit.sdk.AnnexCloudClient;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import dev.annexkit.sdk.model.Member;
import dev.annexkit.sdk.model.MemberCreateRequest;
import dev.annexkit.sdk.model.MemberResponse;
import dev.annexkit.sdk.model.MemberSearchCriteria;
import dev.annexkit.sdk.model.MemberSearchRequest;
import dev.annexkit.sdk.model.MemberSearchResponse;
import dev.annexkit.sdk.model.MemberUpdateRequest;
import dev.annexkit.sdk.model.OptInStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@AnnexCloudMock(seed = Seed.DEMO)
class UsersAcceptanceTest {

    static MemberCreateRequest grace() {
        return new MemberCreateRequest().id("grace@example.com").email("grace@example.com")
                .firstName("Grace").lastName("Hopper").phone("+1 555 0100").zipCode("10001")
                .birthDate("1906-12-09").anniversaryDate("2020-02-29")
                .optInStatus(OptInStatus.YES)
                .tags(List.of("navy", "cobol"))
                .extendedAttribute(Map.of("favouriteColour", "blue", "store", "NYC-5th"));
    }

    @Nested
    class CreateMember {

        @Test
        void createdMemberReadsBackWithEveryFieldIncludingTagsAttributesAndDates(AnnexCloudClient client) {
            MemberResponse created = client.users().createMember(grace());

            MemberResponse read = client.users().getMember("grace@example.com");

            assertThat(created.getId()).isEqualTo("grace@example.com");
            assertThat(read.getId()).isEqualTo("grace@example.com");
            assertThat(read.getEmail()).isEqualTo("grace@example.com");
            assertThat(read.getFirstName()).isEqualTo("Grace");
            assertThat(read.getLastName()).isEqualTo("Hopper");
            assertThat(read.getPhone()).isEqualTo("+1 555 0100");
            assertThat(read.getZipCode()).isEqualTo("10001");
            assertThat(read.getBirthDate()).isEqualTo("1906-12-09");
            assertThat(read.getAnniversaryDate()).isEqualTo("2020-02-29");
            assertThat(read.getOptInStatus()).isEqualTo(OptInStatus.YES);
            assertThat(read.getTags()).containsExactlyInAnyOrder("navy", "cobol");
            assertThat(read.getExtendedAttribute())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("favouriteColour", "blue", "store", "NYC-5th"));
            assertThat(read.getCreateDate()).startsWith("2025-01-01");
        }

        @Test
        void duplicateIdIsAConflictAndLeavesTheOriginalUnchanged(AnnexCloudClient client) {
            client.users().createMember(grace());

            ConflictException e = assertApiError(ConflictException.class, 409, "AC1006", () ->
                    client.users().createMember(new MemberCreateRequest().id("grace@example.com")
                            .email("other@example.com").firstName("Impostor")));

            MemberResponse read = client.users().getMember("grace@example.com");
            assertThat(e.errorMessage()).isNotBlank();
            assertThat(read.getFirstName()).isEqualTo("Grace");
            assertThat(read.getEmail()).isEqualTo("grace@example.com");
        }

        @Test
        void missingIdIsRejectedNamingTheIdField(AnnexCloudClient client) {
            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004", () ->
                    client.users().createMember(new MemberCreateRequest().email("noid@example.com")));

            assertThat(e.errorMessage()).containsPattern("\\bid\\b");
        }

        @Test
        void malformedEmailIsRejectedNamingTheEmailFieldAndNothingIsCreated(AnnexCloudClient client) {
            InvalidRequestException e = assertApiError(InvalidRequestException.class, 400, "AC1004", () ->
                    client.users().createMember(new MemberCreateRequest().id("bad").email("not-an-email")));

            assertThat(e.errorMessage()).contains("email");
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().getMember("bad"));
        }
    }

    @Nested
    class GetMember {

        @Test
        void unknownMemberIsNotFound(AnnexCloudClient client) {
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().getMember("nobody@example.com"));
        }

        @Test
        void seededDemoMemberIsReadable(AnnexCloudClient client) {
            assertThat(client.users().getMember("demo@annexkit.dev").getFirstName()).isEqualTo("Demo");
        }
    }

    @Nested
    class UpdateMember {

        @Test
        void patchKeepsScalarFieldsThatWereNotSent(AnnexCloudClient client) {
            client.users().createMember(grace());

            client.users().updateMember("grace@example.com", new MemberUpdateRequest().lastName("Murray Hopper"));

            MemberResponse read = client.users().getMember("grace@example.com");
            assertThat(read.getLastName()).isEqualTo("Murray Hopper");
            assertThat(read.getFirstName()).isEqualTo("Grace");
            assertThat(read.getEmail()).isEqualTo("grace@example.com");
            assertThat(read.getPhone()).isEqualTo("+1 555 0100");
            assertThat(read.getZipCode()).isEqualTo("10001");
            assertThat(read.getBirthDate()).isEqualTo("1906-12-09");
            assertThat(read.getOptInStatus()).isEqualTo(OptInStatus.YES);
        }

        @Test
        void patchChangesOnlyTheFieldsSent(AnnexCloudClient client) {
            client.users().createMember(grace());

            MemberResponse patched = client.users().updateMember("grace@example.com",
                    new MemberUpdateRequest().firstName("Amazing Grace"));

            MemberResponse read = client.users().getMember("grace@example.com");
            assertThat(patched.getFirstName()).isEqualTo("Amazing Grace");
            assertThat(read.getFirstName()).isEqualTo("Amazing Grace");
            assertThat(read.getLastName()).isEqualTo("Hopper");
            assertThat(read.getEmail()).isEqualTo("grace@example.com");
            assertThat(read.getPhone()).isEqualTo("+1 555 0100");
            assertThat(read.getBirthDate()).isEqualTo("1906-12-09");
            assertThat(read.getOptInStatus()).isEqualTo(OptInStatus.YES);
            assertThat(read.getTags()).containsExactlyInAnyOrder("navy", "cobol");
            assertThat(read.getExtendedAttribute()).containsEntry("store", "NYC-5th").hasSize(2);
        }

        @Test
        void patchOfUnknownMemberIsNotFound(AnnexCloudClient client) {
            assertApiError(NotFoundException.class, 404, "AC1005", () -> client.users().updateMember(
                    "nobody@example.com", new MemberUpdateRequest().firstName("X")));
        }
    }

    @Nested
    class SearchMembers {

        private void enrolSixty(AnnexCloudClient client) {
            for (int i = 1; i <= 60; i++) {
                String id = String.format("bulk%02d@search.example", i);
                client.users().createMember(new MemberCreateRequest().id(id).email(id).firstName("Bulk")
                        .optInStatus(i % 3 == 0 ? OptInStatus.YES : OptInStatus.NO));
            }
        }

        private MemberSearchResponse search(AnnexCloudClient client, MemberSearchCriteria criteria) {
            return client.users().searchMembers(new MemberSearchRequest().dataSearch(criteria));
        }

        @Test
        void percentWildcardMatchesAndResultsAreCappedAtFifty(AnnexCloudClient client) {
            enrolSixty(client);

            MemberSearchResponse found = search(client, new MemberSearchCriteria().email("bulk%@search.example"));

            assertThat(found.getUserDetails()).hasSize(50)
                    .allSatisfy(m -> assertThat(m.getEmail()).endsWith("@search.example"));
        }

        @Test
        void wildcardDoesNotMatchOtherMembers(AnnexCloudClient client) {
            enrolSixty(client);

            MemberSearchResponse found = search(client, new MemberSearchCriteria().email("bulk0%"));

            assertThat(found.getUserDetails()).extracting(Member::getId)
                    .containsExactlyInAnyOrder("bulk01@search.example", "bulk02@search.example",
                            "bulk03@search.example", "bulk04@search.example", "bulk05@search.example",
                            "bulk06@search.example", "bulk07@search.example", "bulk08@search.example",
                            "bulk09@search.example");
        }

        @Test
        void optInStatusFilterKeepsOnlyMatchingMembers(AnnexCloudClient client) {
            enrolSixty(client);

            MemberSearchResponse found = search(client, new MemberSearchCriteria()
                    .email("bulk%").optInStatus(OptInStatus.YES));

            assertThat(found.getUserDetails()).hasSize(20)
                    .allSatisfy(m -> assertThat(m.getOptInStatus()).isEqualTo(OptInStatus.YES));
        }
    }
}
