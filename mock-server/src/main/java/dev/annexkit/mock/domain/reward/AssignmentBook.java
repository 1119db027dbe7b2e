package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.error.AssignmentNotFound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every reward assignment, in the order they were made. Guarded by the program lock. */
public final class AssignmentBook {

    private final Map<String, RewardAssignment> byId = new LinkedHashMap<>();

    /** Stores a new assignment or the new version of an existing one (keeps its original position). */
    public void save(RewardAssignment assignment) {
        byId.put(assignment.assignId(), assignment);
    }

    /** The assignment with this id, provided it belongs to this reward and member. */
    public RewardAssignment get(String rewardId, String memberId, String assignId) {
        RewardAssignment found = assignId == null ? null : byId.get(assignId);
        if (found == null || !found.rewardId().equals(rewardId) || !found.memberId().equals(memberId)) {
            throw new AssignmentNotFound(assignId);
        }
        return found;
    }

    /** A member's assignments, newest first, optionally only those in one status. */
    public List<RewardAssignment> history(String memberId, AssignmentStatus status) {
        List<RewardAssignment> result = new ArrayList<>();
        for (RewardAssignment a : byId.values()) {
            if (a.memberId().equals(memberId) && (status == null || a.status() == status)) {
                result.add(a);
            }
        }
        Collections.reverse(result);
        return List.copyOf(result);
    }

    /** Moves every assignment of {@code from} to {@code to} (a member merge); returns how many moved. */
    public int moveAll(String from, String to) {
        int moved = 0;
        for (Map.Entry<String, RewardAssignment> e : byId.entrySet()) {
            if (e.getValue().memberId().equals(from)) {
                e.setValue(e.getValue().ownedBy(to));
                moved++;
            }
        }
        return moved;
    }

    /** Forgets a deleted member's assignments. */
    public void forget(String memberId) {
        byId.values().removeIf(a -> a.memberId().equals(memberId));
    }

    /** Every assignment, oldest first. */
    public List<RewardAssignment> all() {
        return List.copyOf(byId.values());
    }
}
