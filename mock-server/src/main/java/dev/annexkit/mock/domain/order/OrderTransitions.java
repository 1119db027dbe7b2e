package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.OrderClosed;
import dev.annexkit.mock.domain.error.OrderUnitsAlreadyShipped;
import dev.annexkit.mock.domain.error.OrderUnitsClosed;
import dev.annexkit.mock.domain.error.OrderUnitsNotShipped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * THE order state table: what each event does to a unit in each state, and in which state a unit is booked.
 * The legal sources of an event ({@code ship}: pending or fulfilled → shipped, {@code return}: shipped or
 * fulfilled → returned, {@code cancel}: pending or fulfilled → cancelled) all lead to one target; every other cell names the
 * rule that rejects it. {@code Add} brings new units and is allowed while the order still has a pending,
 * shipped or fulfilled unit.
 *
 * <p>A site that holds purchase points books units {@code PENDING} until they ship. A site without a hold
 * period books them {@code FULFILLED}: they count as shipped for a return, as Annex Cloud's own connectors assume
 * (neither sends a ship step, and the reference hold table debits a return straight after the order on such a
 * site); a cancel is still taken and changes no points (the same table), while explicitly shipped units keep
 * refusing it.
 *
 * <pre>
 *              ship               return             cancel              Add
 *  PENDING     → SHIPPED          not shipped AC1030 → CANCELLED         ok
 *  SHIPPED     shipped AC1031     → RETURNED         shipped AC1031      ok
 *  RETURNED    closed AC1032      closed AC1032      shipped AC1031      closed AC1035
 *  CANCELLED   closed AC1032      closed AC1032      closed AC1032       closed AC1035
 *  FULFILLED   → SHIPPED          → RETURNED         → CANCELLED         ok
 * </pre>
 */
public final class OrderTransitions {

    /** A cell: the state a unit moves to, or the rule that refuses the move (given a description of the units). */
    public record Cell(UnitState target, Function<String, DomainException> rejection) {

        public boolean allowed() {
            return rejection == null;
        }
    }

    private static final Map<UnitState, Map<OrderEvent, Cell>> TABLE = new EnumMap<>(UnitState.class);

    static {
        row(UnitState.PENDING,
                to(UnitState.SHIPPED),
                no(u -> new OrderUnitsNotShipped(u + " have not shipped and cannot be returned")),
                to(UnitState.CANCELLED),
                to(UnitState.PENDING));
        row(UnitState.SHIPPED,
                no(u -> new OrderUnitsAlreadyShipped(u + " have shipped already")),
                to(UnitState.RETURNED),
                no(u -> new OrderUnitsAlreadyShipped(u + " have shipped and cannot be cancelled; return them")),
                to(UnitState.PENDING));
        row(UnitState.RETURNED,
                no(u -> new OrderUnitsClosed(u + " were returned and cannot ship")),
                no(u -> new OrderUnitsClosed(u + " were returned already")),
                no(u -> new OrderUnitsAlreadyShipped(u + " have shipped and cannot be cancelled")),
                no(u -> new OrderClosed(u + ": every unit is returned or cancelled")));
        row(UnitState.CANCELLED,
                no(u -> new OrderUnitsClosed(u + " were cancelled and cannot ship")),
                no(u -> new OrderUnitsClosed(u + " were cancelled and cannot be returned")),
                no(u -> new OrderUnitsClosed(u + " were cancelled already")),
                no(u -> new OrderClosed(u + ": every unit is returned or cancelled")));
        row(UnitState.FULFILLED,
                to(UnitState.SHIPPED),
                to(UnitState.RETURNED),
                to(UnitState.CANCELLED),
                to(UnitState.FULFILLED));
    }

    private OrderTransitions() {
    }

    public static Cell cell(UnitState state, OrderEvent event) {
        return TABLE.get(state).get(event);
    }

    /** The state a new unit is booked in: pending while the site holds purchase points until shipping. */
    public static UnitState bookedState(OrderHoldPolicy hold) {
        return hold.holds() ? UnitState.PENDING : UnitState.FULFILLED;
    }

    /** The states from which {@code event} moves units (ship, return, cancel), in table order. */
    public static List<UnitState> sourcesOf(OrderEvent event) {
        List<UnitState> sources = new ArrayList<>();
        for (UnitState state : UnitState.values()) {
            Cell cell = cell(state, event);
            if (cell.allowed() && cell.target() != state) {
                sources.add(state);
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(event + " moves no unit");
        }
        return sources;
    }

    /** The one state {@code event} moves units to, whichever legal source they come from. */
    public static UnitState targetOf(OrderEvent event) {
        return cell(sourcesOf(event).get(0), event).target();
    }

    private static void row(UnitState state, Cell ship, Cell ret, Cell cancel, Cell add) {
        Map<OrderEvent, Cell> cells = new EnumMap<>(OrderEvent.class);
        cells.put(OrderEvent.SHIP, ship);
        cells.put(OrderEvent.RETURN, ret);
        cells.put(OrderEvent.CANCEL, cancel);
        cells.put(OrderEvent.ADD, add);
        TABLE.put(state, cells);
    }

    private static Cell to(UnitState target) {
        return new Cell(target, null);
    }

    private static Cell no(Function<String, DomainException> rejection) {
        return new Cell(null, rejection);
    }
}
