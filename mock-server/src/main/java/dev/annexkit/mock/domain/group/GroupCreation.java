package dev.annexkit.mock.domain.group;

import java.util.List;

/** A new group and the outcome for each member listed with its creation. */
public record GroupCreation(Group group, List<MemberAddResult> results) {

    public GroupCreation {
        results = List.copyOf(results);
    }
}
