package dev.annexkit.mock.domain.member;

import java.util.List;

/**
 * POST /mergeuser: fold {@code secondaryId} into {@code primaryId}.
 *
 * @param mergedBy e-mail address of the person merging (required)
 */
public record MergeRequest(String primaryId, String secondaryId, String mergedBy, String reason,
                           List<DuplicateActionChoice> duplicateActions) {

    public MergeRequest {
        duplicateActions = duplicateActions == null ? List.of() : List.copyOf(duplicateActions);
    }

    public static MergeRequest of(String primaryId, String secondaryId, String mergedBy) {
        return new MergeRequest(primaryId, secondaryId, mergedBy, null, List.of());
    }
}
