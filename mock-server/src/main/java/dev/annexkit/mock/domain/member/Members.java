package dev.annexkit.mock.domain.member;

import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.DuplicateIdInBatch;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MemberNotOptedIn;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.kernel.BatchItem;
import dev.annexkit.mock.domain.kernel.BatchResult;
import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Member lifecycle beyond single enrolment and change: bulk enrolment and change, deletion requests (queued for
 * the daily 05:30 UTC batch, cancellable until then) and merges. Every call runs under the program lock.
 */
public final class Members {

    /** Most items one bulk call takes. */
    public static final int MAX_BATCH = 100;

    private final MemberContext state;
    private final CallGuard lock;

    public Members(MemberContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /** A member with their pending deletion, if any. */
    public MemberView profile(String memberId) {
        return lock.call(() -> profileOf(state.members().get(memberId)));
    }

    /**
     * Enrols each item on its own. The call as a whole is refused (nothing enrolled) for 0 or more than
     * {@value #MAX_BATCH} items, an item without id, or an id named twice.
     */
    public List<BatchResult<Member>> createInBulk(List<BatchItem<NewMember>> items) {
        return lock.call(() -> {
            checkBatch(items, true);
            return each(items, request -> state.members().enroll(request, state.now()));
        });
    }

    /**
     * Applies each change on its own (an unknown id fails that item). Refused as a whole for 0 or more than
     * {@value #MAX_BATCH} items or an item without id; an id named twice gets both changes, in order.
     */
    public List<BatchResult<Member>> updateInBulk(List<BatchItem<MemberPatch>> items) {
        return lock.call(() -> {
            checkBatch(items, false);
            List<BatchResult<Member>> results = new ArrayList<>(items.size());
            for (BatchItem<MemberPatch> item : items) {
                results.add(apply(item, patch -> state.members().update(item.id(), patch, state.now())));
            }
            return List.copyOf(results);
        });
    }

    /**
     * Queues the member's deletion for the next daily batch (05:30 UTC). Asking again keeps the first request.
     * Until the batch runs the member stays fully usable.
     */
    public MemberView requestDeletion(String memberId, String requestedBy) {
        return lock.call(() -> {
            if (memberId == null || memberId.isBlank()) {
                throw new MissingField("id");
            }
            if (requestedBy == null || requestedBy.isBlank()) {
                throw new MissingField("requestedBy");
            }
            Member member = state.members().get(memberId);
            state.deletions().queue(DeletionRequest.at(memberId, requestedBy, state.now()));
            return profileOf(member);
        });
    }

    /**
     * Withdraws a queued deletion, as the admin console does. Returns the withdrawn request, empty when none
     * was queued; an unknown member (never enrolled, or already deleted) is not found.
     */
    public Optional<DeletionRequest> cancelDeletion(String memberId) {
        return lock.call(() -> {
            state.members().get(memberId);
            return state.deletions().cancel(memberId);
        });
    }

    /** Every queued deletion, by member id. */
    public List<DeletionRequest> pendingDeletions() {
        return lock.call(state.deletions()::all);
    }

    /**
     * Folds the secondary member into the primary: the secondary's ledger entries (activity and points),
     * reward assignments, spend and earlier merges move to the primary, the primary's empty profile fields are
     * filled from the secondary, and the secondary is removed (with any deletion request it had). Both must
     * exist, differ and have opted in; {@code duplicateActions} must name one of the two and a known action.
     */
    public MemberMerge merge(MergeRequest request) {
        return lock.call(() -> {
            require(request.primaryId(), "primaryUID");
            require(request.secondaryId(), "secondaryUID");
            require(request.mergedBy(), "mergedBy");
            if (request.primaryId().equals(request.secondaryId())) {
                throw new InvalidField("secondaryUID", "must differ from primaryUID " + request.primaryId());
            }
            Member primary = state.members().get(request.primaryId());
            Member secondary = state.members().get(request.secondaryId());
            if (primary.optInStatus() != OptInStatus.YES) {
                throw new MemberNotOptedIn("primaryUID", primary.id());
            }
            if (secondary.optInStatus() != OptInStatus.YES) {
                throw new MemberNotOptedIn("secondaryUID", secondary.id());
            }
            for (DuplicateActionChoice choice : request.duplicateActions()) {
                if (!primary.id().equals(choice.retainFrom()) && !secondary.id().equals(choice.retainFrom())) {
                    throw new InvalidField("duplicateActions.userIdToRetainActions",
                            "must be the primary or the secondary member, was " + choice.retainFrom());
                }
                state.actions().get(choice.actionId());
            }

            int entries = state.ledger().moveAll(secondary.id(), primary.id());
            int assignments = state.assignments().moveAll(secondary.id(), primary.id());
            state.spend().moveAll(secondary.id(), primary.id());
            state.merges().refile(secondary.id(), primary.id());
            state.members().fillEmptyFields(primary.id(), secondary, state.now());
            state.members().remove(secondary.id());
            state.deletions().cancel(secondary.id());
            MemberMerge merge = new MemberMerge(state.nextId(), primary.id(), secondary.id(), request.mergedBy(),
                    request.reason(), request.duplicateActions(), entries, assignments, state.now());
            state.merges().add(merge);
            return merge;
        });
    }

    /** The merges into this member, newest first. */
    public Page<MemberMerge> merges(String primaryId, PageRequest page) {
        return lock.call(() -> {
            state.members().get(primaryId);
            return Page.of(state.merges().into(primaryId), page);
        });
    }

    private MemberView profileOf(Member member) {
        return new MemberView(member, state.deletions().find(member.id()).orElse(null));
    }

    private static <T> void checkBatch(List<BatchItem<T>> items, boolean uniqueIds) {
        if (items == null) {
            throw new MissingField("members");
        }
        if (items.isEmpty() || items.size() > MAX_BATCH) {
            throw new InvalidField("members", "a bulk call takes 1 to " + MAX_BATCH + " items, got " + items.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).id();
            if (id == null || id.isBlank()) {
                throw new MissingField("[" + i + "].id");
            }
            if (uniqueIds && !seen.add(id)) {
                throw new DuplicateIdInBatch(id);
            }
        }
    }

    private <T> List<BatchResult<Member>> each(List<BatchItem<T>> items, Function<T, Member> action) {
        List<BatchResult<Member>> results = new ArrayList<>(items.size());
        for (BatchItem<T> item : items) {
            results.add(apply(item, action));
        }
        return List.copyOf(results);
    }

    private static <T> BatchResult<Member> apply(BatchItem<T> item, Function<T, Member> action) {
        if (item.invalid() != null) {
            return new BatchResult.Failed<>(item.id(), item.invalid());
        }
        try {
            return new BatchResult.Succeeded<>(item.id(), action.apply(item.request()));
        } catch (DomainException e) {
            return new BatchResult.Failed<>(item.id(), e);
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new MissingField(field);
        }
    }
}
