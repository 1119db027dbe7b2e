package dev.annexkit.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTemplatesTest {

    static final PathTemplates TEMPLATES = PathTemplates.of("/api/3.0", Arrays.asList(
            "/users/{memberId}",
            "/users/{memberId}/rewards/history",
            "/rewards/{reward_id}",
            "/rewards/history",
            "/rewards",
            "/tierlist/all",
            "/actions/{status}",
            "/rewards/{reward_id}/users/{memberId}/assign"));

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "/api/3.0/users/XYZ@annexcloud.com/rewards/history | XYZ@annexcloud.com",
            "/api/3.0/users/XYZ%40annexcloud.com                | XYZ@annexcloud.com",
            "/api/3.0/users/a+b@x.com                           | a+b@x.com",
            "/api/3.0/users/a%2Bb@x.com                         | a+b@x.com",
            "/api/3.0/users/John%20Doe                          | John Doe",
            "/api/3.0/users/Zo%C3%AB%20%E6%9D%B1                | Zoë 東",
            "/api/3.0/users/a%2Fb                               | a/b",
            "/api/3.0/users/100%                                | 100%",
            "/api/3.0/actions/ALL                               | ALL",
            "/api/3.0/rewards/Reward1                           | Reward1",
            "/api/3.0/rewards/Reward1/users/m1/assign           | Reward1",
            "/api/3.0/users/m1/                                 | m1",
            "/users/m1                                          | m1",
    })
    void resolvesTheDecodedFirstParameterFromAnEncodedPath(String path, String expected) {
        assertThat(TEMPLATES.identifierForPath(path)).isEqualTo(expected);
    }

    @Test
    void templatesWithoutParametersAndUnknownPathsResolveToEmpty() {
        assertThat(TEMPLATES.identifierForPath("/api/3.0/tierlist/all")).isEmpty();
        assertThat(TEMPLATES.identifierForPath("/api/3.0/rewards")).isEmpty();
        assertThat(TEMPLATES.identifierForPath("/api/3.0/nothing/here/at/all")).isEmpty();
        assertThat(TEMPLATES.match(Arrays.asList("api", "3.0", "unknown"))).isEmpty();
        assertThat(TEMPLATES.match(Arrays.asList("api", "3.0", "tierlist", "all"))).contains("");
    }

    @Test
    void literalSegmentsBeatParameters() {
        assertThat(TEMPLATES.identifierForPath("/api/3.0/rewards/history")).isEmpty();
    }

    @Test
    void emptySegmentDoesNotMatchAParameter() {
        assertThat(TEMPLATES.match(Arrays.asList("api", "3.0", "users", "", "rewards", "history"))).isEmpty();
    }

    @Test
    void resolvesFromAnOkHttpRequestWithDecodedSegments() {
        HttpUrl url = HttpUrl.get("http://localhost/api/3.0/users").newBuilder()
                .addPathSegment("a/b c+d@é.com").addPathSegments("rewards/history")
                .addQueryParameter("page", "2").build();
        assertThat(url.encodedPath()).contains("%2F");
        assertThat(TEMPLATES.identifierFor(new Request.Builder().url(url).build())).isEqualTo("a/b c+d@é.com");
    }

    @Test
    void worksWithoutBasePath() {
        PathTemplates root = PathTemplates.of("/", List.of("/users/{id}"));
        assertThat(root.identifierForPath("/users/x")).isEqualTo("x");
    }
}
