package dev.annexkit.mock.wiremock.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    static final String RECEIPTS = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /receipts/{submission_id}:
                get:
                  operationId: getReceipt
                  parameters:
                    - {name: submission_id, in: path, required: true, schema: {type: string}}
                  responses: {"200": {description: ok}}
              /receipts/user/{email_id}:
                get:
                  operationId: listMemberReceipts
                  parameters:
                    - {name: email_id, in: path, required: true, schema: {type: string}}
                  responses: {"200": {description: ok}}
              /actions/{actionId}:
                get:
                  operationId: getAction
                  parameters:
                    - {name: actionId, in: path, required: true, schema: {type: string}}
                  responses: {"200": {description: ok}}
              /actions/ALL:
                get:
                  operationId: listActions
                  responses: {"200": {description: ok}}
                post:
                  operationId: replaceActions
                  responses: {"200": {description: ok}}
            """;

    @Nested
    class FromYaml {

        @Test
        void readsOneRoutePerOperation() {
            RouteTable table = RouteTable.fromYaml(RECEIPTS);

            assertThat(table.routes()).extracting(Route::operationId)
                    .containsExactlyInAnyOrder("getReceipt", "listMemberReceipts", "getAction", "listActions",
                            "replaceActions");
            assertThat(table.byOperationId("replaceActions"))
                    .contains(new Route("replaceActions", "POST", "/actions/ALL"));
            assertThat(table.byOperationId("nope")).isEmpty();
        }

        @Test
        void ordersMoreSpecificRoutesFirst() {
            List<String> order = RouteTable.fromYaml(RECEIPTS).routes().stream().map(Route::pathTemplate).toList();

            assertThat(order.indexOf("/receipts/user/{email_id}")).isLessThan(order.indexOf("/receipts/{submission_id}"));
            assertThat(order.indexOf("/actions/ALL")).isLessThan(order.indexOf("/actions/{actionId}"));
        }
    }

    @Nested
    class FromSpec {

        @Test
        void everyRouteOfTheSpecHasAnOperationIdAndMethod() {
            assertThat(RouteTable.fromSpec().routes()).isNotEmpty().allSatisfy(route -> {
                assertThat(route.operationId()).isNotBlank();
                assertThat(route.method()).isIn("GET", "POST", "PATCH", "PUT", "DELETE");
                assertThat(route.pathTemplate()).startsWith("/");
            });
        }
    }
}
