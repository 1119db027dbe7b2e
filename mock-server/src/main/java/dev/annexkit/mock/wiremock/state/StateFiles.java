package dev.annexkit.mock.wiremock.state;

import dev.annexkit.mock.domain.kernel.IdGenerator;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ProgramSnapshot;
import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import java.time.Clock;

/** Turns a saved state (export text or an already-read snapshot) back into a program. */
public final class StateFiles {

    private StateFiles() {
    }

    /**
     * A program holding the saved state. A state whose parts contradict each other (say a store listed twice)
     * is an {@link InvalidField} too, never half a program.
     */
    public static LoyaltyProgram restore(Clock clock, IdGenerator ids, ProgramSnapshot saved) {
        try {
            return LoyaltyProgram.restored(clock, ids, saved);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidField("state", "cannot be restored: " + e);
        }
    }
}
