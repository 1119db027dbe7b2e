/**
 * Campaigns: time-boxed rules (multipliers, fixed bonuses, milestones) for an audience of members; façade
 * {@code Campaigns}, stored in {@code CampaignBook}. {@code CampaignPurchaseBonus} applies them to order lines.
 * Reads the program state through {@code CampaignContext}.
 */
package dev.annexkit.mock.domain.campaign;
