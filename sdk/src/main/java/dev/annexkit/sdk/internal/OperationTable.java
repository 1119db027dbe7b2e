package dev.annexkit.sdk.internal;

import dev.annexkit.sdk.auth.PathTemplates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names a request by its operation: HTTP method + path template -> operationId, from the generated services'
 * {@code OPERATIONS} lines ({@code "GET /users/{memberId} getMember"}). Call listeners get these names instead of
 * the raw path, which carries member ids and e-mail addresses. Immutable and thread-safe.
 */
public final class OperationTable {

    /** A matched operation: its operationId and path template. */
    public static final class Operation {
        private final String operationId;
        private final String pathTemplate;

        Operation(String operationId, String pathTemplate) {
            this.operationId = operationId;
            this.pathTemplate = pathTemplate;
        }

        /**
         * The operationId.
         *
         * @return e.g. {@code getMember}
         */
        public String operationId() {
            return operationId;
        }

        /**
         * The path template.
         *
         * @return e.g. {@code /users/{memberId}}
         */
        public String pathTemplate() {
            return pathTemplate;
        }
    }

    private final Map<String, PathTemplates> templatesByMethod;
    private final Map<String, String> operationIds;

    private OperationTable(Map<String, PathTemplates> templatesByMethod, Map<String, String> operationIds) {
        this.templatesByMethod = templatesByMethod;
        this.operationIds = operationIds;
    }

    /**
     * Builds the table.
     *
     * @param basePath   the API's path below the host, e.g. {@code /api/3.0}
     * @param operations lines of {@code "METHOD path-template operationId"}
     * @return the table
     */
    public static OperationTable of(String basePath, Collection<String> operations) {
        Map<String, List<String>> templates = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (String line : operations) {
            String[] parts = line.trim().split(" ");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not 'METHOD path operationId': " + line);
            }
            String method = parts[0].toUpperCase(Locale.ROOT);
            templates.computeIfAbsent(method, m -> new ArrayList<>()).add(parts[1]);
            ids.put(method + " " + parts[1], parts[2]);
        }
        Map<String, PathTemplates> byMethod = new HashMap<>();
        templates.forEach((method, list) -> byMethod.put(method, PathTemplates.of(basePath, list)));
        return new OperationTable(Collections.unmodifiableMap(byMethod), Collections.unmodifiableMap(ids));
    }

    /**
     * Finds the operation of a request.
     *
     * @param method          the HTTP method
     * @param decodedSegments the request URL's decoded path segments
     * @return the operation, or empty when none matches
     */
    public Optional<Operation> find(String method, List<String> decodedSegments) {
        String upper = method.toUpperCase(Locale.ROOT);
        PathTemplates templates = templatesByMethod.get(upper);
        if (templates == null) {
            return Optional.empty();
        }
        return templates.matchingTemplate(decodedSegments)
                .map(template -> new Operation(operationIds.get(upper + " " + template), template));
    }
}
