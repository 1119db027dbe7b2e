package dev.annexkit.mock.domain.member;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberAlreadyExists;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * All enrolled members, in enrolment order. Not thread-safe: the {@code LoyaltyProgram} lock guards it.
 */
public final class MemberRegistry {

    /** Annex Cloud returns at most this many members from a search; bigger sets need the admin export. */
    public static final int SEARCH_CAP = 50;

    private final Map<String, Member> members = new LinkedHashMap<>();

    /** Validates and stores a new member; defaults follow the API (opt-in YES now, ACTIVE). */
    public Member enroll(NewMember request, Instant now) {
        if (request.id() == null || request.id().isBlank()) {
            throw new MissingField("id");
        }
        EmailRule.check(request.profile().email());
        if (members.containsKey(request.id())) {
            throw new MemberAlreadyExists(request.id());
        }
        Profile defaults = new Profile(null, null, null, null, null, null, null, OptInStatus.YES, now,
                MemberStatus.ACTIVE, Set.of(), Map.of());
        Member member = Member.of(request.id(), defaults.updatedWith(request.profile()), now, now);
        members.put(member.id(), member);
        return member;
    }

    /** Puts back a member exactly as saved (restoring a state export; no rule applies twice). */
    public void restore(Member member) {
        members.put(member.id(), member);
    }

    /** The member with this exact id. */
    public Member get(String id) {
        Member member = id == null ? null : members.get(id);
        if (member == null) {
            throw new MemberNotFound(id);
        }
        return member;
    }

    public Optional<Member> find(String id) {
        return Optional.ofNullable(id == null ? null : members.get(id));
    }

    /** Applies the non-null fields of the patch; validates before changing anything. */
    public Member update(String id, MemberPatch patch, Instant now) {
        Member old = get(id);
        if (patch.changes().email() != null) {
            EmailRule.check(patch.changes().email());
        }
        Member updated = Member.of(old.id(), old.profile().updatedWith(patch.changes()), old.createdAt(), now);
        members.put(id, updated);
        return updated;
    }

    /** Removes the member (deletion batch, merge) and returns it. */
    public Member remove(String id) {
        Member member = get(id);
        members.remove(id);
        return member;
    }

    /**
     * Fills the primary's empty profile fields from the secondary (a merge): scalar fields that are null,
     * tags when the primary has none, and extended attributes the primary lacks. Opt-in and status stay the
     * primary's. Stores and returns the result.
     */
    public Member fillEmptyFields(String primaryId, Member secondary, Instant now) {
        Member p = get(primaryId);
        Map<String, String> attributes = new LinkedHashMap<>(secondary.extendedAttributes());
        attributes.putAll(p.extendedAttributes());
        Member filled = new Member(
                p.id(),
                or(p.email(), secondary.email()),
                or(p.firstName(), secondary.firstName()),
                or(p.lastName(), secondary.lastName()),
                or(p.phone(), secondary.phone()),
                or(p.zipCode(), secondary.zipCode()),
                or(p.birthDate(), secondary.birthDate()),
                or(p.anniversaryDate(), secondary.anniversaryDate()),
                p.optInStatus(),
                p.optInDate(),
                p.status(),
                p.tags().isEmpty() ? secondary.tags() : p.tags(),
                attributes,
                p.createdAt(),
                now);
        members.put(primaryId, filled);
        return filled;
    }

    /** Members matching every given filter, in enrolment order, at most {@link #SEARCH_CAP}. */
    public List<Member> search(MemberSearch criteria) {
        MemberSearch search = criteria == null ? MemberSearch.all() : criteria;
        Predicate<Member> filter = m -> true;
        filter = filter.and(like(search.userId(), Member::id));
        filter = filter.and(like(search.email(), Member::email));
        filter = filter.and(like(search.firstName(), Member::firstName));
        filter = filter.and(like(search.lastName(), Member::lastName));
        filter = filter.and(like(search.phone(), Member::phone));
        if (search.optInStatus() != null) {
            filter = filter.and(m -> m.optInStatus() == search.optInStatus());
        }
        if (search.optInStartDate() != null) {
            filter = filter.and(m -> !m.optInDate().isBefore(search.optInStartDate()));
        }
        if (search.optInEndDate() != null) {
            filter = filter.and(m -> !m.optInDate().isAfter(search.optInEndDate()));
        }
        return members.values().stream().filter(filter).limit(SEARCH_CAP).toList();
    }

    /** Every member in enrolment order. */
    public List<Member> all() {
        return List.copyOf(members.values());
    }

    private static Predicate<Member> like(String pattern, Function<Member, String> field) {
        if (pattern == null) {
            return m -> true;
        }
        LikePattern like = LikePattern.of(pattern);
        return m -> like.matches(field.apply(m));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** Kept here rather than public: only enrolment and patch need it. */
    static final class EmailRule {

        private static final Pattern SHAPE = Pattern.compile(
                "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?=.{1,255}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                        + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

        private EmailRule() {
        }

        static void check(String email) {
            if (email == null) {
                return;
            }
            if (!SHAPE.matcher(email).matches() || email.startsWith(".") || email.contains("..")) {
                throw new InvalidField("email", "'" + email + "' is not a valid email address");
            }
        }
    }
}
