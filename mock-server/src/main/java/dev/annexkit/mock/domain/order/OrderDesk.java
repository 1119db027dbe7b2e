package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.action.SystemActions;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.OrderAlreadyExists;
import dev.annexkit.mock.domain.error.OrderLineNotFound;
import dev.annexkit.mock.domain.error.OrderQuantityExceeded;
import dev.annexkit.mock.domain.ledger.Activity;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.product.PricedLine;
import dev.annexkit.mock.domain.product.Pricing;
import dev.annexkit.mock.domain.product.ProductQuote;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Books orders into the ledger. Purchase points are one credit per booking (create or {@code Add}, action 109):
 * released at once, or — when the site holds purchase points — held with no release date until the units ship.
 * Shipping settles held units like a pending transfer: their points are voided from the pending credit and
 * booked again as a credit released {@link dev.annexkit.mock.domain.order.OrderHoldPolicy N days} later.
 * Returning voids points still on hold and debits released ones (action 148, never below a zero balance);
 * cancelling voids held points and keeps released ones (as Annex Cloud does). Which moves are legal is
 * {@link OrderTransitions}. Every check runs before the first write; caller holds the program lock.
 */
final class OrderDesk {

    static final int RETURN_ACTION = SystemActions.PURCHASE_RETURN;
    /** Currency value of one point in cart previews. */
    static final BigDecimal POINT_VALUE = new BigDecimal("0.01");

    private final OrderContext state;
    private final PurchaseBonus bonus;

    OrderDesk(OrderContext state, PurchaseBonus bonus) {
        this.state = state;
        this.bonus = bonus;
    }

    OrderView create(NewOrder o) {
        if (o.orderId() == null || o.orderId().isBlank()) {
            throw new MissingField("id");
        }
        if (o.memberId() == null || o.memberId().isBlank()) {
            throw new MissingField("userId");
        }
        state.requireNotBlocked(state.members().get(o.memberId()));
        if (state.orders().contains(o.orderId())) {
            throw new OrderAlreadyExists(o.orderId());
        }
        checkLines(o.lines());
        Instant now = state.now();
        List<OrderLine> lines = book(o, o.lines(), 1, holds(o.disregardHoldPeriod()), now);
        Order order = new Order(o, lines, now, now);
        state.orders().save(order);
        return view(order, 0, now);
    }

    OrderView change(String orderId, OrderChange change) {
        Order order = state.orders().get(orderId);
        if (change.event() == null) {
            throw new MissingField("status");
        }
        Instant now = state.now();
        if (change.event() == OrderEvent.ADD) {
            return add(order, change, now);
        }
        List<UnitState> sources = OrderTransitions.sourcesOf(change.event());
        List<OrderLine> working = new ArrayList<>(order.lines());
        List<Move> moves = change.lines().isEmpty()
                ? planWhole(working, change.event(), sources)
                : planLines(working, change.lines(), change.event(), sources);
        long removed = apply(order, moves, change.event(), now);
        List<OrderLine> updated = new ArrayList<>(working);
        for (Move move : moves) {
            updated.set(move.index, updated.get(move.index).with(List.of(move.result)));
        }
        Order saved = new Order(order.request(), updated, order.createdAt(), now);
        state.orders().save(saved);
        return view(saved, removed, now);
    }

    OrderView view(Order order, long removed, Instant now) {
        long awarded = 0;
        long held = 0;
        Map<String, LedgerEntry> credits = creditsOf(order.memberId());
        for (Portion p : order.portions()) {
            if (p.creditId() == null || p.points() == 0) {
                continue;
            }
            if (isHeld(credits.get(p.creditId()), now)) {
                held += p.points();
            } else {
                awarded += p.points();
            }
        }
        return new OrderView(order, awarded, held, removed, state.ledger().balance(order.memberId(), now));
    }

    CartPreview preview(String memberId, long appliedPoints, String storeId, List<String> coupons,
                        List<LineRequest> lines) {
        if (memberId == null || memberId.isBlank()) {
            throw new MissingField("userId");
        }
        state.members().get(memberId);
        checkLines(lines);
        Instant now = state.now();
        PointBalance balance = state.ledger().balance(memberId, now);
        if (appliedPoints > balance.available()) {
            throw new InsufficientPoints(memberId, appliedPoints, balance.available());
        }
        NewOrder context = new NewOrder(null, memberId, null, null, null, null, null, coupons, storeId, null, null,
                false, lines);
        List<PricedLine> priced = lines.stream().map(l -> price(context, l, now)).toList();
        BigDecimal exact = priced.stream().map(PricedLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        long whole = priced.stream().mapToLong(PricedLine::wholePoints).sum();
        boolean held = holds(false);
        return new CartPreview(memberId, balance, appliedPoints, priced, exact,
                balance.available() - appliedPoints + (held ? 0 : whole), balance.hold() + (held ? whole : 0), held,
                POINT_VALUE);
    }

    // ---- booking -------------------------------------------------------------------------------------------

    private OrderView add(Order order, OrderChange change, Instant now) {
        if (change.lines().isEmpty()) {
            throw new MissingField("orderDetail");
        }
        state.requireNotBlocked(state.members().get(order.memberId()));
        OrderTransitions.Cell closed = null;
        boolean open = false;
        for (UnitState s : UnitState.values()) {
            if (order.units(s) > 0) {
                OrderTransitions.Cell cell = OrderTransitions.cell(s, OrderEvent.ADD);
                open |= cell.allowed();
                closed = cell.allowed() ? closed : cell;
            }
        }
        if (!open && closed != null) {
            throw closed.rejection().apply("Order " + order.orderId());
        }
        checkLines(change.lines());
        List<OrderLine> lines = new ArrayList<>(order.lines());
        lines.addAll(book(order.request(), change.lines(), lines.size() + 1, holds(change.disregardHoldPeriod()),
                now));
        Order saved = new Order(order.request(), lines, order.createdAt(), now);
        state.orders().save(saved);
        return view(saved, 0, now);
    }

    private List<OrderLine> book(NewOrder order, List<LineRequest> requests, int firstLineNo, boolean hold,
                                 Instant now) {
        List<PricedLine> priced = requests.stream().map(l -> price(order, l, now)).toList();
        long total = priced.stream().mapToLong(PricedLine::wholePoints).sum();
        String creditId = null;
        if (total > 0) {
            creditId = state.nextId();
            state.ledger().append(new LedgerEntry(creditId, order.memberId(), SystemActions.PURCHASE, Activity.CREDIT,
                    total, "Order " + order.orderId(), null, null, order.orderId(), null, order.storeId(), null,
                    now, state.expiryFor(now).orElse(null), null, Map.of(), null, hold));
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            LineRequest r = requests.get(i);
            LineRequest normalised = new LineRequest(r.productId(), r.secondaryKey(), priced.get(i).quantity(),
                    priced.get(i).unitPrice(), r.categoryId(), r.categoryName(), r.echo());
            long points = priced.get(i).wholePoints();
            lines.add(new OrderLine(firstLineNo + i, normalised, priced.get(i).pointsPerUnit(), List.of(
                    new Portion(points > 0 ? creditId : null, OrderTransitions.bookedState(state.orderHold()),
                            normalised.quantity(), points))));
        }
        return lines;
    }

    private PricedLine price(NewOrder order, LineRequest line, Instant now) {
        BigDecimal multiplier = bonus.multiplier(new PurchaseBonus.Context(order.memberId(), order.storeId(),
                order.coupons(), line.productId(), line.categoryId(), now));
        return Pricing.price(state.products(), quote(line), multiplier);
    }

    private void checkLines(List<LineRequest> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new MissingField("orderDetail");
        }
        for (int i = 0; i < lines.size(); i++) {
            Pricing.check(state.products(), quote(lines.get(i)), "orderDetail[" + i + "]");
        }
    }

    private static ProductQuote quote(LineRequest l) {
        return new ProductQuote(l.productId(), l.quantity(), l.unitPrice(), null, l.categoryId(), l.categoryName());
    }

    private boolean holds(boolean disregard) {
        return state.orderHold().holds() && !disregard;
    }

    // ---- ship / return / cancel ----------------------------------------------------------------------------

    /** Units taken from one line, and the portion they become. */
    private static final class Move {
        final int index;
        final OrderLine.Taken taken;
        Portion result;

        Move(int index, OrderLine.Taken taken) {
            this.index = index;
            this.taken = taken;
        }
    }

    private List<Move> planWhole(List<OrderLine> working, OrderEvent event, List<UnitState> sources) {
        long inSource = working.stream().mapToLong(l -> units(l, sources)).sum();
        if (event == OrderEvent.CANCEL) {
            rejectIfAny(working, List.of(UnitState.SHIPPED, UnitState.RETURNED), event, "The order's units");
        }
        if (inSource == 0) {
            rejectIfAny(working, List.of(UnitState.values()), event, "The order's units");
        }
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < working.size(); i++) {
            for (UnitState source : sources) {
                take(working, i, source, working.get(i).units(source), moves);
            }
        }
        return moves;
    }

    private static long units(OrderLine line, List<UnitState> states) {
        return states.stream().mapToLong(line::units).sum();
    }

    private List<Move> planLines(List<OrderLine> working, List<LineRequest> requests, OrderEvent event,
                                 List<UnitState> sources) {
        List<Move> moves = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            LineRequest req = requests.get(r);
            if (req.productId() == null || req.productId().isBlank()) {
                throw new MissingField("orderDetail[" + r + "].id");
            }
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < working.size(); i++) {
                OrderLine line = working.get(i);
                if (line.productId().equals(req.productId())
                        && (req.secondaryKey() == null || req.secondaryKey().equals(line.secondaryKey()))) {
                    matching.add(i);
                }
            }
            String what = "Units of " + req.productId()
                    + (req.secondaryKey() == null ? "" : " (" + req.secondaryKey() + ")");
            if (matching.isEmpty()) {
                throw new OrderLineNotFound("Order has no line for product " + req.productId()
                        + (req.secondaryKey() == null ? "" : " with secondarykey " + req.secondaryKey()));
            }
            List<OrderLine> lines = matching.stream().map(working::get).toList();
            long inSource = lines.stream().mapToLong(l -> units(l, sources)).sum();
            long ordered = lines.stream().mapToLong(OrderLine::ordered).sum();
            long wanted = req.quantity() == null ? inSource : req.quantity();
            if (req.quantity() != null && req.quantity() <= 0) {
                throw new dev.annexkit.mock.domain.error.InvalidField("orderDetail[" + r + "].quantity",
                        "must be a positive number of units");
            }
            if (wanted > ordered) {
                throw new OrderQuantityExceeded(what + ": " + wanted + " asked, the order has " + ordered);
            }
            if (wanted == 0 || wanted > inSource) {
                rejectIfAny(lines, List.of(UnitState.values()), event, what);
            }
            for (int i : matching) {
                for (UnitState source : sources) {
                    long take = Math.min(wanted, working.get(i).units(source));
                    wanted -= take;
                    take(working, i, source, take, moves);
                }
            }
        }
        return moves;
    }

    private static void take(List<OrderLine> working, int index, UnitState source, long units, List<Move> moves) {
        if (units == 0) {
            return;
        }
        OrderLine.Taking taking = working.get(index).take(source, units);
        working.set(index, taking.rest());
        taking.taken().forEach(t -> moves.add(new Move(index, t)));
    }

    /** Throws the table's rule for the first of {@code states} the lines have units in and that refuses. */
    private static void rejectIfAny(List<OrderLine> lines, List<UnitState> states, OrderEvent event, String what) {
        for (UnitState s : states) {
            OrderTransitions.Cell cell = OrderTransitions.cell(s, event);
            if (!cell.allowed() && lines.stream().anyMatch(l -> l.units(s) > 0)) {
                throw cell.rejection().apply(what);
            }
        }
    }

    /** Books the ledger side of the moves and sets each move's resulting portion; returns the points debited. */
    private long apply(Order order, List<Move> moves, OrderEvent event, Instant now) {
        String memberId = order.memberId();
        Map<String, LedgerEntry> credits = creditsOf(memberId);
        UnitState target = OrderTransitions.targetOf(event);
        Map<String, Long> voids = new LinkedHashMap<>();
        long rebook = 0;
        long debit = 0;
        String shipCredit = null;
        for (Move m : moves) {
            OrderLine.Taken t = m.taken;
            LedgerEntry credit = t.creditId() == null ? null : credits.get(t.creditId());
            boolean held = credit != null && isHeld(credit, now);
            boolean pending = credit != null && credit.heldUntilReleased();
            long keep = t.points();
            String creditId = t.creditId();
            switch (event) {
                case SHIP -> {
                    if (pending && t.points() > 0) {
                        voids.merge(t.creditId(), t.points(), Long::sum);
                        rebook += t.points();
                        shipCredit = shipCredit == null ? state.nextId() : shipCredit;
                        creditId = shipCredit;
                    }
                }
                case RETURN -> {
                    if (held) {
                        voids.merge(t.creditId(), t.points(), Long::sum);
                    } else {
                        debit += t.points();
                    }
                    keep = 0;
                }
                case CANCEL -> {
                    if (held) {
                        voids.merge(t.creditId(), t.points(), Long::sum);
                        keep = 0;
                    }
                }
                case ADD -> throw new IllegalStateException("Add moves no units");
            }
            m.result = new Portion(keep > 0 ? creditId : null, target, t.units(), keep);
        }
        int voidAction = event == OrderEvent.RETURN ? RETURN_ACTION : SystemActions.PURCHASE;
        voids.forEach((creditId, points) -> {
            long amount = Math.min(points, state.ledger().remainingOf(memberId, creditId, now));
            if (amount > 0) {
                state.ledger().append(new LedgerEntry(state.nextId(), memberId, voidAction, Activity.DEBIT, amount,
                        "Order " + order.orderId() + ": " + event + " of held points", null, null,
                        order.orderId(), null, order.request().storeId(), null, now, null, null, Map.of(),
                        creditId));
            }
        });
        if (rebook > 0) {
            state.ledger().append(new LedgerEntry(shipCredit, memberId, SystemActions.PURCHASE, Activity.CREDIT,
                    rebook, "Order " + order.orderId() + ": shipped", null, null, order.orderId(), null,
                    order.request().storeId(), null, now, state.expiryFor(now).orElse(null),
                    state.orderHold().releaseFor(now), Map.of(), null));
        }
        long removed = Math.min(debit, state.ledger().balance(memberId, now).available());
        if (removed > 0) {
            state.ledger().append(new LedgerEntry(state.nextId(), memberId, RETURN_ACTION, Activity.DEBIT, removed,
                    "Order " + order.orderId() + ": return", null, null, order.orderId(), null,
                    order.request().storeId(), null, now, null, null, Map.of(), null));
        }
        return removed;
    }

    private Map<String, LedgerEntry> creditsOf(String memberId) {
        Map<String, LedgerEntry> credits = new LinkedHashMap<>();
        for (LedgerEntry e : state.ledger().entries(memberId)) {
            if (e.isCredit()) {
                credits.put(e.entryId(), e);
            }
        }
        return credits;
    }

    private static boolean isHeld(LedgerEntry credit, Instant now) {
        return credit != null && (credit.heldUntilReleased()
                || (credit.releaseAt() != null && credit.releaseAt().isAfter(now)));
    }
}
