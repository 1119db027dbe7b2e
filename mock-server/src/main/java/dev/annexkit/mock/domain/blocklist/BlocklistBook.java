package dev.annexkit.mock.domain.blocklist;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.member.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Blocked member ids and e-mail domains. A member is blocked when their id is listed, or when the domain of
 * their e-mail (or of their id, when the id is an e-mail address) is. Guarded by the program lock.
 */
public final class BlocklistBook {

    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private final Map<String, BlockEntry> users = new LinkedHashMap<>();
    private final Map<String, BlockEntry> domains = new LinkedHashMap<>();

    /** Throws when the text is not a domain name such as {@code example.com}. */
    public static String normalizeDomain(String domain) {
        String d = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
        if (d.startsWith("@")) {
            d = d.substring(1);
        }
        if (!DOMAIN.matcher(d).matches()) {
            throw new InvalidField("blocklistDomains", "Invalid domain: " + domain);
        }
        return d;
    }

    /** Blocks the entry; blocking it again keeps the first record. The caller validated it. */
    public void block(String entry, BlockEntryType type, String blockedBy, Instant now) {
        Map<String, BlockEntry> target = type == BlockEntryType.USER ? users : domains;
        target.putIfAbsent(entry, new BlockEntry(entry, type, blockedBy, now));
    }

    /** Puts back an entry exactly as saved (restoring a state export). */
    public void restore(BlockEntry saved) {
        (saved.type() == BlockEntryType.DOMAIN ? domains : users).put(saved.entry(), saved);
    }

    public boolean isListed(String entry, BlockEntryType type) {
        return (type == BlockEntryType.USER ? users : domains).containsKey(entry);
    }

    /** Removes the entry; returns what was removed, if anything. */
    public Optional<BlockEntry> remove(String entry, BlockEntryType type) {
        Map<String, BlockEntry> target = type == BlockEntryType.USER ? users : domains;
        String key = type == BlockEntryType.DOMAIN ? entry.trim().toLowerCase(Locale.ROOT) : entry;
        return Optional.ofNullable(target.remove(key));
    }

    /** Why the member is blocked ({@code "member id"} or {@code "domain x.com"}), or empty when they are not. */
    public Optional<String> reasonBlocked(Member member) {
        if (users.containsKey(member.id())) {
            return Optional.of("member id");
        }
        for (String address : new String[] {member.email(), member.id()}) {
            int at = address == null ? -1 : address.lastIndexOf('@');
            if (at >= 0) {
                String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
                if (domains.containsKey(domain)) {
                    return Optional.of("domain " + domain);
                }
            }
        }
        return Optional.empty();
    }

    /** Entries of the type (both when null), most recently blocked first. */
    public List<BlockEntry> list(BlockEntryType type) {
        List<BlockEntry> all = new ArrayList<>();
        if (type != BlockEntryType.DOMAIN) {
            all.addAll(users.values());
        }
        if (type != BlockEntryType.USER) {
            all.addAll(domains.values());
        }
        List<BlockEntry> ordered = new ArrayList<>(all);
        // stable sort keeps insertion order among equal instants; reverse gives newest first
        ordered.sort(Comparator.comparing(BlockEntry::blockedAt));
        java.util.Collections.reverse(ordered);
        return List.copyOf(ordered);
    }
}
