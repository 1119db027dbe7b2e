package dev.annexkit.mock.domain.order;

import dev.annexkit.mock.domain.product.EarningRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of an order: what was ordered and where its units and their points are now, as portions.
 *
 * @param pointsPerUnit exact points of one unit, as priced when the line was booked
 */
public record OrderLine(int lineNo, LineRequest request, BigDecimal pointsPerUnit, List<Portion> portions) {

    public OrderLine {
        portions = List.copyOf(portions);
    }

    public String productId() {
        return request.productId();
    }

    public String secondaryKey() {
        return request.secondaryKey();
    }

    public long ordered() {
        return request.quantity();
    }

    public long units(UnitState state) {
        return portions.stream().filter(p -> p.state() == state).mapToLong(Portion::units).sum();
    }

    /** Units taken out of one portion by a move: their credit and the points they carry. */
    public record Taken(String creditId, long units, long points) {
    }

    /** The result of taking units out of one state: the takings, and the line without them. */
    public record Taking(List<Taken> taken, OrderLine rest) {
    }

    /** Takes {@code count} units in {@code state}, oldest portions first; the caller checked there are enough. */
    public Taking take(UnitState state, long count) {
        List<Taken> taken = new ArrayList<>();
        List<Portion> rest = new ArrayList<>();
        long left = count;
        for (Portion p : portions) {
            if (p.state() != state || left == 0 || p.units() == 0) {
                rest.add(p);
                continue;
            }
            long units = Math.min(left, p.units());
            long points = units == p.units() ? p.points()
                    : Math.min(p.points(), EarningRule.wholePoints(pointsPerUnit, units));
            taken.add(new Taken(p.creditId(), units, points));
            left -= units;
            if (units < p.units()) {
                rest.add(new Portion(p.creditId(), p.state(), p.units() - units, p.points() - points));
            }
        }
        return new Taking(List.copyOf(taken), new OrderLine(lineNo, request, pointsPerUnit, rest));
    }

    public OrderLine with(List<Portion> added) {
        List<Portion> all = new ArrayList<>(portions);
        all.addAll(added);
        return new OrderLine(lineNo, request, pointsPerUnit, all);
    }

    public Map<String, String> echo() {
        return request.echo();
    }
}
