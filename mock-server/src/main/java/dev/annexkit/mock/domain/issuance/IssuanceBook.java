package dev.annexkit.mock.domain.issuance;

import dev.annexkit.mock.domain.error.IssuanceNotFound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every issuance of the site, in booking order. Guarded by the program lock. */
public final class IssuanceBook {

    private final Map<String, Issuance> issuances = new LinkedHashMap<>();

    /** Every issuance, in the order they were made (for the state export). */
    public List<Issuance> all() {
        return List.copyOf(issuances.values());
    }

    public boolean contains(String orderId) {
        return issuances.containsKey(orderId);
    }

    public Issuance get(String orderId) {
        return find(orderId).orElseThrow(() -> new IssuanceNotFound(orderId));
    }

    public Optional<Issuance> find(String orderId) {
        return Optional.ofNullable(issuances.get(orderId));
    }

    public void save(Issuance issuance) {
        issuances.put(issuance.orderId(), issuance);
    }

    /** The member's issuances, newest booking first. */
    public List<Issuance> ofMemberNewestFirst(String memberId) {
        List<Issuance> found = new ArrayList<>(issuances.values().stream()
                .filter(i -> i.memberId().equals(memberId)).toList());
        java.util.Collections.reverse(found);
        return found;
    }

    public void forget(String memberId) {
        issuances.values().removeIf(i -> i.memberId().equals(memberId));
    }
}
