package dev.annexkit.mock.domain.issuance;

import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.IssuanceClosed;
import dev.annexkit.mock.domain.error.IssuancePointsReleased;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * THE issuance state table: which event is legal in which state, and where it leads. A partial return or
 * cancel keeps the state while points are left and closes the issuance (returned / cancelled) when it takes
 * the last of them; a full return or cancel always closes it. Every refused cell names its rule.
 *
 * <pre>
 *            SHIP (PUT)     HOLD (PUT)       Return / Partial Return  Partial Cancel       Full Cancel
 *  HELD      → RELEASED     → HELD           void → HELD | RETURNED   void → HELD | CANC.  void → CANCELLED
 *  RELEASED  → RELEASED     released AC1038  debit → REL. | RETURNED  debit → REL. | CANC. debit → CANCELLED
 *  RETURNED  closed AC1036  closed AC1036    closed AC1036            closed AC1036        closed AC1036
 *  CANCELLED closed AC1036  closed AC1036    closed AC1036            closed AC1036        closed AC1036
 * </pre>
 */
public final class IssuanceTransitions {

    /** A cell: the state the event leads to (when points are left), or the rule refusing it. */
    public record Cell(IssuanceState target, Function<String, DomainException> rejection) {

        public boolean allowed() {
            return rejection == null;
        }
    }

    private static final Map<IssuanceState, Map<IssuanceEvent, Cell>> TABLE = new EnumMap<>(IssuanceState.class);

    static {
        Cell returned = to(IssuanceState.RETURNED);
        Cell cancelled = to(IssuanceState.CANCELLED);
        row(IssuanceState.HELD, to(IssuanceState.RELEASED), to(IssuanceState.HELD), returned,
                to(IssuanceState.HELD), to(IssuanceState.HELD), cancelled);
        row(IssuanceState.RELEASED, to(IssuanceState.RELEASED),
                no(what -> new IssuancePointsReleased(what + ": its points are released and cannot be held again")),
                returned, to(IssuanceState.RELEASED), to(IssuanceState.RELEASED), cancelled);
        Cell closedReturned = no(what -> new IssuanceClosed(what + " is fully returned: nothing can change"));
        Cell closedCancelled = no(what -> new IssuanceClosed(what + " is cancelled: nothing can change"));
        row(IssuanceState.RETURNED, closedReturned, closedReturned, closedReturned, closedReturned, closedReturned,
                closedReturned);
        row(IssuanceState.CANCELLED, closedCancelled, closedCancelled, closedCancelled, closedCancelled,
                closedCancelled, closedCancelled);
    }

    private IssuanceTransitions() {
    }

    public static Cell cell(IssuanceState state, IssuanceEvent event) {
        return TABLE.get(state).get(event);
    }

    /**
     * The state after a legal event that leaves {@code pointsLeft} granted: a partial return or cancel taking
     * the last point closes the issuance like the full one. A refused event throws its rule, naming {@code what}.
     */
    public static IssuanceState after(IssuanceState state, IssuanceEvent event, long pointsLeft, String what) {
        Cell cell = cell(state, event);
        if (!cell.allowed()) {
            throw cell.rejection().apply(what);
        }
        if (event.partial() && pointsLeft == 0) {
            return event.isReturn() ? IssuanceState.RETURNED : IssuanceState.CANCELLED;
        }
        return cell.target();
    }

    private static void row(IssuanceState state, Cell ship, Cell hold, Cell ret, Cell partialReturn,
                            Cell partialCancel, Cell fullCancel) {
        Map<IssuanceEvent, Cell> cells = new EnumMap<>(IssuanceEvent.class);
        cells.put(IssuanceEvent.SHIP, ship);
        cells.put(IssuanceEvent.HOLD, hold);
        cells.put(IssuanceEvent.RETURN, ret);
        cells.put(IssuanceEvent.PARTIAL_RETURN, partialReturn);
        cells.put(IssuanceEvent.PARTIAL_CANCEL, partialCancel);
        cells.put(IssuanceEvent.FULL_CANCEL, fullCancel);
        TABLE.put(state, cells);
    }

    private static Cell to(IssuanceState target) {
        return new Cell(target, null);
    }

    private static Cell no(Function<String, DomainException> rejection) {
        return new Cell(null, rejection);
    }
}
