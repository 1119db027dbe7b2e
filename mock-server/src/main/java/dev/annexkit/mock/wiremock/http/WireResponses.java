package dev.annexkit.mock.wiremock.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ContentTypes;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Turns an {@link ApiResponse} into WireMock's response definition: JSON, always. */
public final class WireResponses {

    private WireResponses() {
    }

    /** The WireMock definition of an answer. */
    public static ResponseDefinition of(ApiResponse response) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withHeader(ContentTypes.CONTENT_TYPE, "application/json")
                .withBody(Json.write(response.body()))
                .build();
    }
}
