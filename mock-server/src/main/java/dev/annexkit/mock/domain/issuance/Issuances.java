package dev.annexkit.mock.domain.issuance;

import dev.annexkit.mock.domain.kernel.CallGuard;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;

/**
 * Issuances: transactions (purchases or not) whose points the client computed — recorded, replaced, returned
 * or cancelled, and looked up per member. Every call runs under the program lock and returns immutable values.
 */
public final class Issuances {

    private final IssuanceContext state;
    private final CallGuard lock;
    private final IssuanceDesk desk;

    public Issuances(IssuanceContext state, CallGuard lock) {
        this.state = state;
        this.lock = lock;
        this.desk = new IssuanceDesk(state);
    }

    /** Records a new issuance and credits its points (released, or held for {@code HOLD}). */
    public IssuanceView create(IssuanceDetails details) {
        return lock.call(() -> desk.create(details));
    }

    /** Replaces an issuance's details (found by order id); its points follow the new total. */
    public IssuanceView replace(IssuanceDetails details) {
        return lock.call(() -> desk.replace(details));
    }

    /** Returns or cancels an issuance, fully or partly. */
    public IssuanceView change(IssuanceChange change) {
        return lock.call(() -> desk.change(change));
    }

    /** One issuance by order id. */
    public IssuanceView issuance(String orderId) {
        return lock.call(() -> IssuanceView.of(state.issuances().get(orderId)));
    }

    /** A page of a member's issuances, newest first; {@code userId} (optional) must be the member. */
    public Page<IssuanceView> find(String memberId, String userId, String orderId, PageRequest page) {
        return lock.call(() -> desk.find(memberId, userId, orderId, page));
    }
}
