package dev.annexkit.mock.wiremock.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.member.MemberPatch;
import dev.annexkit.mock.domain.member.MemberStatus;
import dev.annexkit.mock.domain.member.NewMember;
import dev.annexkit.mock.domain.member.OptInStatus;
import dev.annexkit.mock.domain.member.Profile;
import dev.annexkit.mock.wiremock.http.JsonBody;
import dev.annexkit.mock.wiremock.http.WireFormat;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads member profiles off the wire: single and bulk member calls and the admin seed share it. */
public final class MemberWire {

    private MemberWire() {
    }

    /** An enrolment as {@code POST /users} and each item of {@code POST /bulkpostusers} carry it. */
    public static NewMember newMember(JsonBody body) {
        return NewMember.from(body.text("id").orElse(null), patch(body));
    }

    /** A change as {@code PATCH /users/{id}} and each item of {@code POST /bulkpatchusers} carry it. */
    public static MemberPatch patch(JsonBody body) {
        return new MemberPatch(new Profile(
                body.text("email").orElse(null),
                body.text("firstName").orElse(null),
                body.text("lastName").orElse(null),
                body.text("phone").orElse(null),
                body.text("zipCode").orElse(null),
                date(body, "birthDate"),
                date(body, "anniversaryDate"),
                optIn(body),
                body.text("optInDate").map(t -> WireFormat.instant("optInDate", t)).orElse(null),
                status(body),
                body.has("tags") ? tags(body) : null,
                body.has("extendedAttribute") ? body.textMap("extendedAttribute") : null));
    }

    private static LocalDate date(JsonBody body, String field) {
        return body.text(field).filter(t -> !t.isBlank()).map(t -> WireFormat.date(field, t)).orElse(null);
    }

    private static OptInStatus optIn(JsonBody body) {
        return body.text("optInStatus")
                .map(t -> WireFormat.enumValue("optInStatus", t, OptInStatus.class, Enum::name)).orElse(null);
    }

    private static MemberStatus status(JsonBody body) {
        return body.text("status")
                .map(t -> WireFormat.enumValue("status", t, MemberStatus.class, Enum::name)).orElse(null);
    }

    private static Set<String> tags(JsonBody body) {
        JsonNode node = body.root().path("tags");
        Set<String> tags = new LinkedHashSet<>();
        if (node.isMissingNode() || node.isNull()) {
            return tags;
        }
        if (!node.isArray()) {
            throw new InvalidField("tags", "must be an array of strings");
        }
        node.forEach(tag -> {
            if (!tag.isTextual()) {
                throw new InvalidField("tags", "must be an array of strings");
            }
            tags.add(tag.asText());
        });
        return tags;
    }
}
