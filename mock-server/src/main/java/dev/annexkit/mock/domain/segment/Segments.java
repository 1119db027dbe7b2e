package dev.annexkit.mock.domain.segment;

import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.member.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Member segments: named, dated groups of listed members plus everyone meeting their rules, evaluated over the
 * current members at the time of each read. Every method runs under the program lock.
 */
public final class Segments {

    private final SegmentContext state;
    private final CallGuard lock;

    public Segments(SegmentContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /** Creates a segment; a name or external id already in use is a duplicate. */
    public Segment create(SegmentDraft draft) {
        return lock.call(() -> {
            Instant now = state.now();
            Segment segment = new Segment(state.segments().nextIdPreview(), draft.name(), draft.type(),
                    draft.fromDate(), draft.toDate(), distinct(draft.memberIds()), draft.status(), draft.externalId(),
                    draft.externalName(), draft.criteria(), now, now);
            state.segments().save(segment);
            state.segments().nextId();
            return segment;
        });
    }

    public Segment get(String segmentId) {
        return lock.call(() -> state.segments().get(segmentId));
    }

    /** Merges the given fields into the segment; see {@link SegmentDraft}. */
    public Segment update(String segmentId, SegmentDraft change) {
        return lock.call(() -> {
            Segment s = state.segments().get(segmentId);
            List<String> members = s.memberIds();
            if (change.memberIds() != null) {
                MemberUpdate how = change.memberUpdate() == null ? MemberUpdate.ADD : change.memberUpdate();
                Set<String> next = new LinkedHashSet<>(how == MemberUpdate.REPLACE ? List.of() : members);
                if (how == MemberUpdate.REMOVE) {
                    next.removeAll(change.memberIds());
                } else {
                    next.addAll(distinct(change.memberIds()));
                }
                members = List.copyOf(next);
            }
            SegmentCriteria criteria = s.criteria().merge(change.criteria());
            Segment updated = new Segment(s.segmentId(), or(change.name(), s.name()), or(change.type(), s.type()),
                    or(change.fromDate(), s.fromDate()), or(change.toDate(), s.toDate()), members,
                    or(change.status(), s.status()), or(change.externalId(), s.externalId()),
                    or(change.externalName(), s.externalName()), criteria, s.createdAt(), state.now());
            return state.segments().save(updated);
        });
    }

    /** The members who belong now, in enrolment order; none while the segment is inactive or out of its dates. */
    public Page<Member> members(String segmentId, PageRequest page) {
        return lock.call(() -> {
            Segment s = state.segments().get(segmentId);
            Instant now = state.now();
            List<Member> in = new ArrayList<>();
            for (Member m : state.members().all()) {
                if (SegmentRules.belongs(s, state.segmentFacts(m, now), now)) {
                    in.add(m);
                }
            }
            return Page.of(in, page);
        });
    }

    /** Whether the member belongs to the segment now. */
    public boolean contains(String segmentId, String memberId) {
        return lock.call(() -> {
            Instant now = state.now();
            return SegmentRules.belongs(state.segments().get(segmentId),
                    state.segmentFacts(state.members().get(memberId), now), now);
        });
    }

    /** Segments oldest first, only those of the given status when not null. */
    public Page<Segment> list(SegmentStatus status, PageRequest page) {
        return lock.call(() -> Page.of(state.segments().all().stream()
                .filter(s -> status == null || s.status() == status).toList(), page));
    }

    private static List<String> distinct(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream()
                .filter(id -> id != null && !id.isBlank()).map(String::trim).toList()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
