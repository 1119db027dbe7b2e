package dev.annexkit.mock.wiremock.validation;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The one allowance the mock makes over the spec's types: a JSON body may carry a number as a numeric string
 * ({@code "actionId":"100"}, {@code "unitPrice":"12.50"}), as Annex Cloud's own connectors send them. The handlers
 * read such values as numbers; anything else of the wrong type is still refused.
 */
final class NumericStrings {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private NumericStrings() {
    }

    static boolean isAllowed(ValidationReport.Message message, JsonNode json) {
        if (!message.getKey().endsWith(".schema.type")) {
            return false;
        }
        String text = message.getMessage();
        if (!text.contains("(string)") || !(text.contains("\"integer\"") || text.contains("\"number\""))) {
            return false;
        }
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .map(pointer -> json.at(JsonPointer.compile(pointer)))
                .filter(JsonNode::isTextual)
                .map(node -> NUMBER.matcher(node.asText().trim()).matches())
                .orElse(false);
    }
}
