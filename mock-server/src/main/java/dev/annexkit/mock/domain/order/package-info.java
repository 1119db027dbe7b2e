/**
 * Orders: purchases whose points the program prices from the product catalogue, their changes (add, ship, return,
 * cancel) and cart previews; façade {@code Orders}, rules {@code OrderDesk}, legal moves {@code OrderTransitions}.
 * Reads the program state through {@code OrderContext}; campaign bonuses arrive as a {@code PurchaseBonus}.
 */
package dev.annexkit.mock.domain.order;
