package dev.annexkit.mock.domain.member;

/**
 * For an action both merged members completed, whose completions to keep ({@code duplicateActions} of
 * POST /mergeuser).
 *
 * @param retainFrom the primary's or the secondary's id
 */
public record DuplicateActionChoice(String retainFrom, int actionId) {
}
