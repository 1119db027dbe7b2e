package dev.annexkit.mock.wiremock.validation;

import com.atlassian.oai.validator.util.ContentTypeUtils;
import com.atlassian.oai.validator.util.HttpAcceptUtils;
import com.google.common.net.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an operation's request validation makes of a {@code Content-Type} header, decided with the library's own
 * parsing and matching (Guava media types, its header splitting, its pick of the most specific spec type), and
 * remembered per header text: a client sends the same one or two every time.
 */
final class ContentTypeProof {

    /** What a content type lets through. */
    enum Verdict {
        /** Not proved acceptable (unparseable, not one the operation consumes, ...): the library decides. */
        UNPROVED,
        /** Accepted, but a body sent with it is not read as the operation's JSON body. */
        ACCEPTED,
        /** Accepted, and a body sent with it is checked against the operation's {@code application/json} schema. */
        JSON
    }

    private static final String JSON = "application/json";
    /** More distinct header texts than any client sends; beyond it, verdicts are worked out each time. */
    private static final int REMEMBERED = 64;

    private final Set<String> consumes;
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

    ContentTypeProof(Set<String> consumes) {
        this.consumes = Set.copyOf(consumes);
    }

    Verdict of(String contentType) {
        if (contentType == null) {
            return Verdict.ACCEPTED; // the library checks a content type only when there is one
        }
        Verdict verdict = verdicts.get(contentType);
        if (verdict == null) {
            verdict = decide(contentType);
            if (verdicts.size() < REMEMBERED) {
                verdicts.put(contentType, verdict);
            }
        }
        return verdict;
    }

    private Verdict decide(String contentType) {
        List<MediaType> sent = new ArrayList<>();
        try {
            for (String value : HttpAcceptUtils.splitAcceptHeader(contentType)) {
                sent.add(MediaType.parse(value));
            }
            boolean allowed = sent.isEmpty() || consumes.isEmpty() || consumes.stream().allMatch("*/*"::equals)
                    || consumes.stream().map(MediaType::parse).anyMatch(spec -> sent.stream()
                            .anyMatch(type -> type.withoutParameters().is(spec.withoutParameters())));
            if (!allowed) {
                return Verdict.UNPROVED;
            }
            Optional<String> picked = ContentTypeUtils.findMostSpecificMatch(contentType, consumes);
            return picked.isPresent() && picked.get().equals(JSON) && ContentTypeUtils.isJsonContentType(contentType)
                    ? Verdict.JSON : Verdict.ACCEPTED;
        } catch (RuntimeException e) {
            return Verdict.UNPROVED;
        }
    }
}
