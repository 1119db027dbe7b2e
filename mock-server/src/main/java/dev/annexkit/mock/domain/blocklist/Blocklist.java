package dev.annexkit.mock.domain.blocklist;

import dev.annexkit.mock.domain.error.BlocklistEntryNotFound;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Members and e-mail domains barred from earning and redeeming. A blocked member's points requests, bulk
 * entries and reward assignments fail with {@code MemberBlocklisted} and change nothing; other areas check
 * through {@code ProgramState.requireNotBlocked}. Every method runs under the program lock.
 */
public final class Blocklist {

    /** What a block call stored: every id and domain of the request, normalised, now blocked. */
    public record Blocked(List<String> users, List<String> domains, String blockedBy) {
    }

    private final BlocklistContext state;
    private final CallGuard lock;

    public Blocklist(BlocklistContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
    }

    /**
     * Blocks members (who must exist) and domains (which must be domain names); all or nothing. Blocking an
     * entry again is harmless and keeps its first record.
     */
    public Blocked block(List<String> memberIds, List<String> domains, String blockedBy) {
        return lock.call(() -> {
            List<String> users = clean(memberIds);
            List<String> doms = new ArrayList<>();
            for (String d : clean(domains)) {
                doms.add(BlocklistBook.normalizeDomain(d));
            }
            if (users.isEmpty() && doms.isEmpty()) {
                throw new MissingField("blocklistUsers");
            }
            users.forEach(state.members()::get);
            users.forEach(u -> state.blocklist().block(u, BlockEntryType.USER, blockedBy, state.now()));
            doms.forEach(d -> state.blocklist().block(d, BlockEntryType.DOMAIN, blockedBy, state.now()));
            return new Blocked(List.copyOf(users), List.copyOf(doms), blockedBy);
        });
    }

    /** Entries of one type (both when null), most recently blocked first. */
    public Page<BlockEntry> list(BlockEntryType type, PageRequest page) {
        return lock.call(() -> Page.of(state.blocklist().list(type), page));
    }

    /** Unblocks the entry (of the given type, or wherever listed when null); unknown entries are not found. */
    public BlockEntry remove(String entry, BlockEntryType type) {
        return lock.call(() -> {
            Optional<BlockEntry> removed = Optional.empty();
            if (type != BlockEntryType.DOMAIN) {
                removed = state.blocklist().remove(entry, BlockEntryType.USER);
            }
            if (removed.isEmpty() && type != BlockEntryType.USER) {
                removed = state.blocklist().remove(entry, BlockEntryType.DOMAIN);
            }
            return removed.orElseThrow(() -> new BlocklistEntryNotFound(entry));
        });
    }

    /** Whether the member is blocked, by id or e-mail domain. */
    public boolean isBlocked(String memberId) {
        return lock.call(() -> state.blocklist().reasonBlocked(state.members().get(memberId)).isPresent());
    }

    private static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank() && !out.contains(v.trim())) {
                    out.add(v.trim());
                }
            }
        }
        return out;
    }
}
