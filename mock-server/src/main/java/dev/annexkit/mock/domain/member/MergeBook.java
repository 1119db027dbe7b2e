package dev.annexkit.mock.domain.member;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every merge, oldest first. Guarded by the program lock. */
public final class MergeBook {

    private final List<MemberMerge> merges = new ArrayList<>();

    public void add(MemberMerge merge) {
        merges.add(merge);
    }

    /** The merges into this member, newest first. */
    public List<MemberMerge> into(String primaryId) {
        List<MemberMerge> found = new ArrayList<>();
        for (MemberMerge m : merges) {
            if (m.primaryId().equals(primaryId)) {
                found.add(m);
            }
        }
        Collections.reverse(found);
        return List.copyOf(found);
    }

    /** Files the merges into {@code from} under {@code to}: the member they survived into is merged away. */
    public void refile(String from, String to) {
        merges.replaceAll(m -> m.primaryId().equals(from) ? m.filedUnder(to) : m);
    }

    /** Drops the merges into a deleted member. */
    public void forget(String primaryId) {
        merges.removeIf(m -> m.primaryId().equals(primaryId));
    }

    /** Every merge, oldest first. */
    public List<MemberMerge> all() {
        return List.copyOf(merges);
    }
}
