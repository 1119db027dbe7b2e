package dev.annexkit.sdk.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Request;

/**
 * A {@link PathIdentifierResolver} that matches request paths against the API's path templates (for example
 * {@code /users/{memberId}/rewards/history}, {@code /rewards/{reward_id}}, {@code /tierlist/all}) and returns the
 * decoded value of the matched template's first {@code {param}}.
 *
 * <p>Matching works on whole, percent-decoded path segments after the base path (e.g. {@code /api/3.0}) is stripped,
 * so ids containing {@code @}, {@code +}, spaces, non-ASCII text or an encoded slash ({@code %2F}) are returned
 * exactly as the caller passed them. A {@code +} in a path is a plus, never a space. When several templates match,
 * the more specific one wins: at the first segment where they differ, a literal beats a parameter
 * ({@code /rewards/history} over {@code /rewards/{id}}). A request matching no template, or a template without
 * parameters, resolves to {@code ""}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PathTemplates implements PathIdentifierResolver {

    private final List<String> basePath;
    /** The templates by segment count, so a lookup tries only those that can match. */
    private final List<List<Template>> templatesByLength;

    private PathTemplates(List<String> basePath, List<Template> templates) {
        this.basePath = basePath;
        List<List<Template>> byLength = new ArrayList<>();
        for (Template template : templates) { // in the given order, which decides ties as before
            while (byLength.size() <= template.literals.size()) {
                byLength.add(new ArrayList<>());
            }
            byLength.get(template.literals.size()).add(template);
        }
        this.templatesByLength = byLength;
    }

    /**
     * Creates a resolver.
     *
     * @param basePath  the path prefix of the API below the host, e.g. {@code "/api/3.0"}; {@code ""} or {@code "/"}
     *                  for none
     * @param templates the operation path templates relative to the base path, e.g. {@code "/actions/{status}"}
     * @return the resolver
     */
    public static PathTemplates of(String basePath, Collection<String> templates) {
        Objects.requireNonNull(basePath, "basePath");
        List<Template> parsed = new ArrayList<>();
        for (String template : Objects.requireNonNull(templates, "templates")) {
            parsed.add(new Template(Objects.requireNonNull(template, "template"), split(template)));
        }
        return new PathTemplates(split(basePath), Collections.unmodifiableList(parsed));
    }

    /**
     * Resolves the identifier from the request URL's decoded path segments.
     *
     * @param request the outgoing request; not null
     * @return the decoded first path parameter, or {@code ""}
     */
    @Override
    public String identifierFor(Request request) {
        return match(request.url().pathSegments()).orElse("");
    }

    /**
     * Resolves the identifier from a raw (percent-encoded) URL path such as {@code /api/3.0/users/a%40b.com}.
     *
     * @param encodedPath the encoded path, without query string; not null
     * @return the decoded first path parameter, or {@code ""}
     */
    public String identifierForPath(String encodedPath) {
        List<String> decoded = new ArrayList<>();
        for (String segment : split(encodedPath)) {
            decoded.add(percentDecode(segment));
        }
        return match(decoded).orElse("");
    }

    /**
     * Matches already-decoded path segments (base path included or not) against the templates.
     *
     * @param decodedSegments the decoded path segments, e.g. {@code [api, 3.0, users, a@b.com]}
     * @return the decoded first parameter of the best matching template, {@code ""} if that template has no
     *         parameter, or empty if no template matches
     */
    public Optional<String> match(List<String> decodedSegments) {
        List<String> segments = relative(decodedSegments);
        Template best = best(segments);
        return best == null ? Optional.empty() : Optional.of(best.firstParameter(segments));
    }

    /**
     * Finds the template that already-decoded path segments match best, e.g. {@code /users/{memberId}} for
     * {@code [api, 3.0, users, a@b.com]}: a name for the path that carries none of its values.
     *
     * @param decodedSegments the decoded path segments, base path included or not
     * @return the best matching template as it was given, or empty if none matches
     */
    public Optional<String> matchingTemplate(List<String> decodedSegments) {
        Template best = best(relative(decodedSegments));
        return best == null ? Optional.empty() : Optional.of(best.text);
    }

    private List<String> relative(List<String> decodedSegments) {
        // views, not copies: this runs on every signed GET/DELETE
        List<String> segments = decodedSegments;
        if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments = segments.subList(0, segments.size() - 1); // trailing slash, or OkHttp's [""] for "/"
        }
        if (segments.size() >= basePath.size() && segments.subList(0, basePath.size()).equals(basePath)) {
            segments = segments.subList(basePath.size(), segments.size());
        }
        return segments;
    }

    private Template best(List<String> segments) {
        Template best = null;
        List<Template> sameLength = segments.size() < templatesByLength.size()
                ? templatesByLength.get(segments.size()) : Collections.<Template>emptyList();
        for (Template candidate : sameLength) { // a template only ever matches a path of its own length
            if (candidate.matches(segments) && (best == null || candidate.moreSpecificThan(best))) {
                best = candidate;
            }
        }
        return best;
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>(Arrays.asList(path.split("/", -1)));
        if (!parts.isEmpty() && parts.get(0).isEmpty()) {
            parts.remove(0);
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return Collections.unmodifiableList(parts);
    }

    /** RFC 3986 percent-decoding as UTF-8; unlike URLDecoder, '+' stays '+'. Malformed escapes are kept as text. */
    static String percentDecode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length() && isHex(segment.charAt(i + 1)) && isHex(segment.charAt(i + 2))) {
                bytes.write(Character.digit(segment.charAt(i + 1), 16) * 16 + Character.digit(segment.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < segment.length()) {
                    raw = segment.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(raw, 0, raw.length);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    /** One parsed template: literal segments, or {@code null} entries for parameters. */
    private static final class Template {
        private final String text;
        private final List<String> literals;

        Template(String text, List<String> segments) {
            this.text = text;
            List<String> literals = new ArrayList<>();
            for (String segment : segments) {
                boolean parameter = segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
                literals.add(parameter ? null : segment);
            }
            this.literals = literals;
        }

        boolean matches(List<String> segments) {
            if (segments.size() != literals.size()) {
                return false;
            }
            for (int i = 0; i < literals.size(); i++) {
                String literal = literals.get(i);
                if (literal == null ? segments.get(i).isEmpty() : !literal.equals(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }

        boolean moreSpecificThan(Template other) {
            for (int i = 0; i < literals.size(); i++) {
                boolean mine = literals.get(i) != null;
                boolean theirs = other.literals.get(i) != null;
                if (mine != theirs) {
                    return mine;
                }
            }
            return false;
        }

        String firstParameter(List<String> segments) {
            for (int i = 0; i < literals.size(); i++) {
                if (literals.get(i) == null) {
                    return segments.get(i);
                }
            }
            return "";
        }
    }
}
