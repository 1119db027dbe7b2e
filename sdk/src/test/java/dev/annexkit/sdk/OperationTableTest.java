package dev.annexkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteTable;
import dev.annexkit.sdk.internal.OperationTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How call listeners name a request: by method and path template, one name per spec operation. */
class OperationTableTest {

    private final OperationTable table = OperationTable.of("/api/3.0", AnnexCloudClient.OPERATIONS);

    @Test
    void everySpecOperationIsListedOnceWithItsMethodAndTemplate() {
        List<String> expected = RouteTable.fromSpec().routes().stream()
                .map(Route::operationId).sorted().collect(Collectors.toList());
        List<String> listed = AnnexCloudClient.OPERATIONS.stream()
                .map(line -> line.split(" ")[2]).sorted().collect(Collectors.toList());

        assertThat(listed).isEqualTo(expected);
        assertThat(AnnexCloudClient.OPERATIONS.stream().map(line -> line.substring(0, line.lastIndexOf(' '))))
                .doesNotHaveDuplicates();
    }

    @Test
    void theSamePathNamesDifferentOperationsByMethod() {
        assertThat(find("POST", "api", "3.0", "users", "search")).contains("searchMembers /users/search");
        assertThat(find("GET", "api", "3.0", "users", "search")).contains("getMember /users/{memberId}");
        assertThat(find("PATCH", "api", "3.0", "users", "ada@example.com")).contains("updateMember /users/{memberId}");
    }

    @Test
    void aPathOfNoOperationIsNotNamed() {
        assertThat(find("GET", "api", "3.0", "nowhere")).isEmpty();
        assertThat(find("TRACE", "api", "3.0", "users", "ada@example.com")).isEmpty();
    }

    private Optional<String> find(String method, String... segments) {
        return table.find(method, List.of(segments)).map(op -> op.operationId() + " " + op.pathTemplate());
    }
}
