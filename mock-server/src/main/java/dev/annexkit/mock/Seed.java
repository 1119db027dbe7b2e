package dev.annexkit.mock;

import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.domain.LoyaltyProgram;
import java.util.Locale;
import java.util.function.Consumer;

/** Program data the mock loads at start and after every reset. */
public enum Seed {
    /** An empty program: no actions, tiers or rewards beyond the system ones. */
    NONE(program -> { }),
    /** A small demo program: actions, three tiers, rewards of several kinds incl. a coupon pool. */
    DEMO(DemoProgram::load);

    private final Consumer<LoyaltyProgram> loader;

    Seed(Consumer<LoyaltyProgram> loader) {
        this.loader = loader;
    }

    void loadInto(LoyaltyProgram program) {
        loader.accept(program);
    }

    /** Parses {@code demo} or {@code none}, case-insensitively. */
    public static Seed parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown seed '" + name + "': use demo or none", e);
        }
    }
}
