package dev.annexkit.mock.domain.segment;

import dev.annexkit.mock.domain.error.DuplicateRecord;
import dev.annexkit.mock.domain.error.SegmentNotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The site's segments by id, in creation order; names and external ids are unique. Guarded by the program lock. */
public final class SegmentBook {

    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private int lastId = 1000;

    /** The last segment id handed out (part of the saved state, so ids never repeat). */
    public int lastId() {
        return lastId;
    }

    /** Continues numbering after {@code last} (restoring a saved state). */
    public void resumeAfter(int last) {
        lastId = last;
    }

    /** The id the next segment will get, numeric as Annex Cloud's are; {@link #nextId} consumes it. */
    public String nextIdPreview() {
        return Integer.toString(lastId + 1);
    }

    /** Consumes the id {@link #nextIdPreview} announced, once the segment is saved. */
    public String nextId() {
        return Integer.toString(++lastId);
    }

    public Segment get(String segmentId) {
        Segment s = segments.get(segmentId);
        if (s == null) {
            throw new SegmentNotFound(segmentId);
        }
        return s;
    }

    /** Adds or replaces the segment after checking that its name and external id are its own. */
    public Segment save(Segment segment) {
        for (Segment other : segments.values()) {
            if (other.segmentId().equals(segment.segmentId())) {
                continue;
            }
            if (other.name().equalsIgnoreCase(segment.name())) {
                throw new DuplicateRecord("segment name", segment.name());
            }
            if (segment.externalId() != null && Objects.equals(other.externalId(), segment.externalId())) {
                throw new DuplicateRecord("segment externalId", segment.externalId());
            }
        }
        segments.put(segment.segmentId(), segment);
        return segment;
    }

    /** All segments, oldest first. */
    public List<Segment> all() {
        return List.copyOf(segments.values());
    }
}
