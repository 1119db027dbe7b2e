package dev.annexkit.mock.domain.error;

/** No segment with this id. */
public final class SegmentNotFound extends DomainException {

    public SegmentNotFound(String segmentId) {
        super("No segment with id " + segmentId);
    }
}
