/**
 * The loyalty domain behind the AnnexKit mock server: plain Java, no HTTP, JSON or WireMock.
 *
 * <p>{@link dev.annexkit.mock.domain.LoyaltyProgram} is the only entry point. Sub-packages hold one concept each:
 * {@code member}, {@code ledger} (append-only points ledger, lots, balances, expiry), {@code action},
 * {@code tier}, {@code reward} (Rewards V2 definitions, eligibility, coupon pools, assignments),
 * {@code receipt}, {@code survey} and {@code group} (behind the sub-façades {@code receipts()}, {@code surveys()}
 * and {@code groups()}; group balances live in a ledger of their own, keyed by group id), {@code issuance}
 * (transactions with client-computed points, behind {@code issuances()}; its state table is
 * {@code IssuanceTransitions}) and {@code error} (one exception per broken rule).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Concurrency:</b> one fair lock around every façade call, reads included; results are immutable.</li>
 *   <li><b>Failures:</b> a call that throws a {@code DomainException} changed nothing (checks before writes).</li>
 *   <li><b>Ledger:</b> entries are only appended. Balances are recomputed from the entries on every read by
 *       replaying them as FIFO lots (soonest expiry first); {@code lifetime = available + used + expired + hold}
 *       always holds. Expiry is derived from the clock, not written as action-106 entries.</li>
 *   <li><b>Refunds:</b> cancelling an Awarded assignment appends a CREDIT (action 107, point type
 *       "Reversal Standard") that names the original debit in {@code reversalOf}. It makes points available
 *       again and reduces {@code used}, but does not add lifetime points, so cancel/re-assign cannot climb
 *       tiers. The refund is a fresh lot with a fresh expiry.</li>
 *   <li><b>Coupons:</b> a code is handed out at most once. Cancelling or expiring an assignment does not return
 *       its code to the pool (the member may have seen it); it stays counted as issued.</li>
 *   <li><b>Redemption via POST /points</b> (DEBIT with a reward id) records an assignment directly in status
 *       Redeemed, and counts its coupon as redeemed.</li>
 * </ul>
 */
package dev.annexkit.mock.domain;
