package dev.annexkit.mock.domain.error;

/** No action series with this id. */
public final class ActionSeriesNotFound extends DomainException {

    public ActionSeriesNotFound(int seriesId) {
        super("No action series with id " + seriesId);
    }
}
