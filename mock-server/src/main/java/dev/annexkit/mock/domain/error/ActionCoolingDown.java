package dev.annexkit.mock.domain.error;

import java.time.Duration;
import java.time.Instant;

/** The member earned from the action too recently: its cooldown has not passed yet. */
public final class ActionCoolingDown extends DomainException {

    private final Instant nextAt;

    public ActionCoolingDown(String memberId, int actionId, Duration wait, Instant nextAt) {
        super("Points can be earned next in " + human(wait) + " (at " + nextAt + ") for action " + actionId
                + " by member " + memberId);
        this.nextAt = nextAt;
    }

    /** When the member can earn from the action again. */
    public Instant nextAt() {
        return nextAt;
    }

    /** "1 day 2 hours 5 minutes"; seconds only when under a minute. */
    static String human(Duration wait) {
        long days = wait.toDays();
        long hours = wait.toHoursPart();
        long minutes = wait.toMinutesPart();
        StringBuilder text = new StringBuilder();
        append(text, days, "day");
        append(text, hours, "hour");
        append(text, minutes, "minute");
        if (text.length() == 0) {
            append(text, Math.max(1, wait.toSecondsPart()), "second");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, long n, String unit) {
        if (n > 0) {
            text.append(text.length() == 0 ? "" : " ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }
}
