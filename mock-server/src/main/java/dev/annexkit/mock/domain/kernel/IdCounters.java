package dev.annexkit.mock.domain.kernel;

/**
 * Where every id source of the program stands, so a program restored from a snapshot goes on with new ids
 * instead of handing out ones it already used.
 *
 * @param generatedIds      how many ids the injected {@link IdGenerator} has given (entries, assignments, ...)
 * @param lastReceiptNumber the last receipt number
 * @param lastSegmentId     the last numeric segment id
 * @param lastGroupId       the last numeric group id
 * @param lastSurveyNumber  the last {@code SURVEY-n} number
 */
public record IdCounters(long generatedIds, long lastReceiptNumber, int lastSegmentId, long lastGroupId,
        long lastSurveyNumber) {
}
