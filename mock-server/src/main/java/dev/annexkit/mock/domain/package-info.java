/**
 * The loyalty domain behind the AnnexKit mock server: plain Java, no HTTP, JSON or WireMock.
 *
 * <p>{@link dev.annexkit.mock.domain.LoyaltyProgram} is the only entry point. Each loyalty concept is one
 * sub-package holding its façade (handed out by the program, e.g. {@code orders()}), its rules ("desks"), its
 * values and its transition table: {@code member}, {@code ledger}, {@code action}, {@code tier}, {@code reward},
 * {@code order}, {@code issuance}, {@code product}, {@code store}, {@code receipt}, {@code survey}, {@code group},
 * {@code segment}, {@code campaign}, {@code blocklist}. {@code error} holds one exception per broken rule and
 * {@code kernel} the building blocks all of them use (ids, test clock, paging, batch results). This root keeps
 * only what spans the concepts: the program, its state and lock, settings, seeds and snapshots.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li><b>Arrows:</b> the root depends on the concept packages, never the other way round; a concept sees the
 *       program state only through its own narrow view ({@code OrderContext}, …, implemented by
 *       {@code ProgramState}) and the lock as a {@code kernel.CallGuard}.</li>
 *   <li><b>Between concepts:</b> values and façades, plus the few services one area offers others
 *       ({@code ledger.LedgerPostings}, {@code group.GroupPoints}, {@code reward.RewardHandouts}). A concept's
 *       desks and its {@code *Context} are its own; {@code ArchitectureTest} checks it.</li>
 * </ul>
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
