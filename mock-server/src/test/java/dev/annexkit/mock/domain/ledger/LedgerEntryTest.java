package dev.annexkit.mock.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A ledger entry is stored compactly but reads back exactly what it was given, and compares as a record. */
class LedgerEntryTest {

    private static final String UUID = "550e8400-e29b-41d4-a716-446655440000";
    private static final Instant AT = Instant.parse("2025-03-04T05:06:07.123456789Z");

    /** Every component set, as its accessors must give them back. */
    private record Components(String entryId, String memberId, int actionId, Activity activity, long points,
            String reason, String rewardId, String rewardCode, String orderId, String customId, String storeId,
            String pointType, Instant createdAt, Instant expiresAt, Instant releaseAt,
            Map<String, String> attributes, String reversalOf, boolean heldUntilReleased) {

        static Components full() {
            return new Components(UUID, "ada", 107, Activity.CREDIT, 1_234_567_890_123L, "Refund", "FREE-SHIPPING",
                    "SHIP-0001", "SO1", "C-1", "S1", "Reversal Standard", AT, AT.plusSeconds(86_400),
                    AT.plusSeconds(3_600), Map.of("campaign", "shipping", "channel", "web"),
                    "6ba7b810-9dad-11d1-80b4-00c04fd430c8", false);
        }

        static Components bare() {
            return new Components(UUID, "ada", 100, Activity.DEBIT, 1, null, null, null, null, null, null, null, AT,
                    null, null, Map.of(), null, false);
        }

        LedgerEntry entry() {
            return new LedgerEntry(entryId, memberId, actionId, activity, points, reason, rewardId, rewardCode,
                    orderId, customId, storeId, pointType, createdAt, expiresAt, releaseAt, attributes, reversalOf,
                    heldUntilReleased);
        }

        static Components of(LedgerEntry e) {
            return new Components(e.entryId(), e.memberId(), e.actionId(), e.activity(), e.points(), e.reason(),
                    e.rewardId(), e.rewardCode(), e.orderId(), e.customId(), e.storeId(), e.pointType(),
                    e.createdAt(), e.expiresAt(), e.releaseAt(), e.attributes(), e.reversalOf(),
                    e.heldUntilReleased());
        }

        Components withId(String id) {
            return new Components(id, memberId, actionId, activity, points, reason, rewardId, rewardCode, orderId,
                    customId, storeId, pointType, createdAt, expiresAt, releaseAt, attributes, reversalOf,
                    heldUntilReleased);
        }

        Components at(Instant created, Instant expires) {
            return new Components(entryId, memberId, actionId, activity, points, reason, rewardId, rewardCode,
                    orderId, customId, storeId, pointType, created, expires, releaseAt, attributes, reversalOf,
                    heldUntilReleased);
        }
    }

    @Nested
    class Accessors {

        @Test
        void giveBackEveryComponentOfAFullEntry() {
            Components full = Components.full();

            assertThat(Components.of(full.entry())).isEqualTo(full);
        }

        @Test
        void giveBackNullsAndNoAttributesOfABareEntry() {
            Components bare = Components.bare();
            LedgerEntry entry = bare.entry();

            assertThat(Components.of(entry)).isEqualTo(bare);
            assertThat(entry.attributes()).isSameAs(Map.of());
        }

        @Test
        void giveBackAHeldCreditAndItsDerivedFlags() {
            LedgerEntry held = new LedgerEntry(UUID, "ada", 174, Activity.CREDIT, 80, null, null, null, "ISS-2", null,
                    null, null, AT, null, null, null, null, true);
            LedgerEntry voidOfIt = new LedgerEntry("legacy-9", "ada", 175, Activity.DEBIT, 80, null, null, null,
                    "ISS-2", null, null, null, AT, null, null, Map.of(), UUID);

            assertThat(held.heldUntilReleased()).isTrue();
            assertThat(held.isCredit()).isTrue();
            assertThat(held.isReversal()).isFalse();
            assertThat(held.attributes()).isEmpty();
            assertThat(voidOfIt.isVoid()).isTrue();
            assertThat(voidOfIt.isCredit()).isFalse();
            assertThat(voidOfIt.heldUntilReleased()).isFalse();
        }

        @Test
        void keepACopyOfTheAttributesGiven() {
            Map<String, String> given = new HashMap<>(Map.of("a", "1"));
            LedgerEntry entry = new LedgerEntry(UUID, "ada", 100, Activity.CREDIT, 5, null, null, null, null, null,
                    null, null, AT, null, null, given, null);
            given.put("b", "2");

            assertThat(entry.attributes()).containsExactly(Map.entry("a", "1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {UUID, "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "550E8400-E29B-41D4-A716-446655440000", "550e8400-e29b-41d4-a716-44665544000A",
                "550e8400e29b41d4a716446655440000", "550e8400-e29b-41d4-a716-44665544000g",
                "550e8400-e29b-41d4-a716_446655440000", "550e840-0e29b-41d4-a716-446655440000",
                "550e8400-e29b-41d4-a716-4466554400000", "{550e8400-e29b-41d4-a716-446655440000}",
                "legacy-42", "", "ü", "550e8400-e29b-41d4-a716-44665544000\u0660"})
        void giveBackIdsOfEveryShape(String id) {
            Components given = Components.full().withId(id);

            assertThat(given.entry().entryId()).isEqualTo(id);
            assertThat(Components.of(given.entry())).isEqualTo(given);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2025-01-01T00:00:00.5Z",
                "1677-09-21T00:12:43.145224192Z", "1677-09-21T00:12:43.145224193Z", "1677-09-21T00:12:44Z",
                "1677-09-21T00:12:43.999999999Z", "1677-09-21T00:12:44.000000001Z",
                "2262-04-11T23:47:15.999999999Z", "2262-04-11T23:47:16Z", "2262-04-11T23:47:16.854775807Z",
                "2262-04-11T23:47:16.854775808Z", "1600-02-29T12:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
                "-1000000000-01-01T00:00:00Z"})
        void giveBackInstantsNearAndBeyondTheCompactRange(String text) {
            Instant instant = Instant.parse(text);
            Components given = Components.full().at(instant, instant);

            LedgerEntry entry = given.entry();

            assertThat(entry.createdAt()).isEqualTo(instant);
            assertThat(entry.expiresAt()).isEqualTo(instant);
            assertThat(Components.of(entry)).isEqualTo(given);
        }
    }

    @Nested
    class Equality {

        @Test
        void entriesOfEqualComponentsAreEqualWithEqualHashes() {
            for (Components c : List.of(Components.full(), Components.bare(),
                    Components.full().withId("legacy-1").at(Instant.MIN, Instant.MAX))) {
                assertThat(c.entry()).isEqualTo(c.entry()).hasSameHashCodeAs(c.entry());
            }
        }

        @Test
        void entriesDifferingInAnyOneComponentAreNotEqual() {
            Components f = Components.full();
            List<UnaryOperator<Components>> changes = List.of(
                    c -> c.withId("550e8400-e29b-41d4-a716-446655440001"),
                    c -> c.withId(c.entryId().toUpperCase(java.util.Locale.ROOT)),
                    c -> new Components(c.entryId(), "bob", c.actionId(), c.activity(), c.points(), c.reason(),
                            c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(), c.pointType(),
                            c.createdAt(), c.expiresAt(), c.releaseAt(), c.attributes(), c.reversalOf(), false),
                    c -> new Components(c.entryId(), c.memberId(), 108, c.activity(), c.points(), c.reason(),
                            c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(), c.pointType(),
                            c.createdAt(), c.expiresAt(), c.releaseAt(), c.attributes(), c.reversalOf(), false),
                    c -> new Components(c.entryId(), c.memberId(), c.actionId(), c.activity(), 2, c.reason(),
                            c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(), c.pointType(),
                            c.createdAt(), c.expiresAt(), c.releaseAt(), c.attributes(), c.reversalOf(), false),
                    c -> new Components(c.entryId(), c.memberId(), c.actionId(), c.activity(), c.points(), "Other",
                            c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(), c.pointType(),
                            c.createdAt(), c.expiresAt(), c.releaseAt(), c.attributes(), c.reversalOf(), false),
                    c -> new Components(c.entryId(), c.memberId(), c.actionId(), c.activity(), c.points(), c.reason(),
                            null, c.rewardCode(), c.orderId(), c.customId(), c.storeId(), c.pointType(),
                            c.createdAt(), c.expiresAt(), c.releaseAt(), c.attributes(), c.reversalOf(), false),
                    c -> new Components(c.entryId(), c.memberId(), c.actionId(), c.activity(), c.points(), c.reason(),
                            c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(), "Standard",
                            c.createdAt(), c.expiresAt(), c.releaseAt(), c.attributes(), c.reversalOf(), false),
                    c -> c.at(c.createdAt().plusNanos(1), c.expiresAt()),
                    c -> c.at(c.createdAt(), null),
                    c -> new Components(c.entryId(), c.memberId(), c.actionId(), c.activity(), c.points(), c.reason(),
                            c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(), c.pointType(),
                            c.createdAt(), c.expiresAt(), null, c.attributes(), c.reversalOf(), false),
                    c -> new Components(c.entryId(), c.memberId(), c.actionId(), c.activity(), c.points(), c.reason(),
                            c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(), c.pointType(),
                            c.createdAt(), c.expiresAt(), null, Map.of(), c.reversalOf(), false),
                    c -> new Components(c.entryId(), c.memberId(), c.actionId(), c.activity(), c.points(), c.reason(),
                            c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(), c.pointType(),
                            c.createdAt(), c.expiresAt(), null, c.attributes(), c.reversalOf(), true),
                    c -> new Components(c.entryId(), c.memberId(), c.actionId(), Activity.DEBIT, c.points(),
                            c.reason(), c.rewardId(), c.rewardCode(), c.orderId(), c.customId(), c.storeId(),
                            c.pointType(), c.createdAt(), null, null, c.attributes(), c.reversalOf(), false));
            for (UnaryOperator<Components> change : changes) {
                Components other = change.apply(f);
                assertThat(other).isNotEqualTo(f);
                assertThat(other.entry()).isNotEqualTo(f.entry());
                assertThat(Components.of(other.entry())).isEqualTo(other);
            }
        }

        @Test
        void printsAsTheRecordDid() {
            assertThat(Components.bare().entry()).hasToString("LedgerEntry[entryId=" + UUID + ", memberId=ada, "
                    + "actionId=100, activity=DEBIT, points=1, reason=null, rewardId=null, rewardCode=null, "
                    + "orderId=null, customId=null, storeId=null, pointType=null, "
                    + "createdAt=2025-03-04T05:06:07.123456789Z, expiresAt=null, releaseAt=null, attributes={}, "
                    + "reversalOf=null, heldUntilReleased=false]");
        }
    }

    @Nested
    class Checks {

        @Test
        void refuseWhatTheLedgerNeverHolds() {
            Components f = Components.full();
            assertThatThrownBy(() -> f.withId(null).entry()).isInstanceOf(NullPointerException.class)
                    .hasMessage("entryId");
            assertThatThrownBy(() -> f.at(null, null).entry()).isInstanceOf(NullPointerException.class)
                    .hasMessage("createdAt");
            assertThatThrownBy(() -> new LedgerEntry(UUID, "ada", 100, Activity.CREDIT, 0, null, null, null, null,
                    null, null, null, AT, null, null, null, null)).hasMessage("ledger points must be positive: 0");
            assertThatThrownBy(() -> new LedgerEntry(UUID, "ada", 100, Activity.DEBIT, 1, null, null, null, null,
                    null, null, null, AT, AT, null, null, null)).hasMessage("only credits carry expiry or hold");
            assertThatThrownBy(() -> new LedgerEntry(UUID, "ada", 100, Activity.CREDIT, 1, null, null, null, null,
                    null, null, null, AT, null, AT, null, null, true))
                    .hasMessage("a credit held until released has no release date");
        }
    }

    @Test
    void aRestoredEntryCanShareItsAccountsIdStringAndStaysEqual() {
        String accountId = new String("ada".toCharArray());
        LedgerEntry read = new LedgerEntry(UUID, new String("ada".toCharArray()), 174, Activity.CREDIT, 80, null,
                null, null, "ISS-2", null, null, null, AT, null, null, null, null, true);

        LedgerEntry shared = read.sharingMemberId(accountId);

        assertThat(shared).isEqualTo(read);
        assertThat(Components.of(shared)).isEqualTo(Components.of(read));
        assertThat(shared.memberId()).isSameAs(accountId);
        assertThat(shared.sharingMemberId(accountId)).isSameAs(shared);
        assertThat(read.sharingMemberId("bob")).isSameAs(read);
    }

    @Test
    void ownedByChangesOnlyTheMember() {
        LedgerEntry entry = Components.full().entry();

        LedgerEntry moved = entry.ownedBy("bob");

        assertThat(moved.memberId()).isEqualTo("bob");
        assertThat(Components.of(moved)).isEqualTo(new Components(UUID, "bob", 107, Activity.CREDIT,
                1_234_567_890_123L, "Refund", "FREE-SHIPPING", "SHIP-0001", "SO1", "C-1", "S1", "Reversal Standard",
                AT, AT.plusSeconds(86_400), AT.plusSeconds(3_600), Map.of("campaign", "shipping", "channel", "web"),
                "6ba7b810-9dad-11d1-80b4-00c04fd430c8", false));
    }
}
