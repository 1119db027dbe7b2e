/**
 * Actions: the site's earning actions (limits, periods, statuses), the fixed system action ids, action series
 * and each member's progress on them; façade {@code ActionProgress}, definitions through {@code LoyaltyProgram}.
 * Reads the program state through {@code ActionContext}.
 */
package dev.annexkit.mock.domain.action;
