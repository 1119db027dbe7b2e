package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.util.List;

/**
 * The record of one completed merge, kept under the surviving (primary) member.
 *
 * @param movedEntries     ledger entries (activity rows) moved from the secondary to the primary
 * @param movedAssignments reward assignments moved from the secondary to the primary
 */
public record MemberMerge(String mergeId, String primaryId, String secondaryId, String mergedBy, String reason,
                          List<DuplicateActionChoice> duplicateActions, int movedEntries, int movedAssignments,
                          Instant mergedAt) {

    public MemberMerge {
        duplicateActions = List.copyOf(duplicateActions);
    }

    /** Merges always complete at once in the mock: it has no multi-template sites. */
    public String status() {
        return "completed";
    }

    /** The same record filed under another surviving member (when its primary is merged away in turn). */
    public MemberMerge filedUnder(String newPrimary) {
        return new MemberMerge(mergeId, newPrimary, secondaryId, mergedBy, reason, duplicateActions, movedEntries,
                movedAssignments, mergedAt);
    }
}
