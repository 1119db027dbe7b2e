package dev.annexkit.mock.domain.kernel;

import dev.annexkit.mock.domain.error.DomainException;

/**
 * One item of a bulk call as the adapter read it: the id it names and either the request or the reason the
 * item could not even be read (then it fails on its own, like any other broken item).
 *
 * @param id      the id the item names; null or blank when the item has none
 * @param request the parsed request, null when {@code invalid} is set
 * @param invalid why the item could not be read, or null
 */
public record BatchItem<T>(String id, T request, DomainException invalid) {

    /** An item that was read. */
    public static <T> BatchItem<T> of(String id, T request) {
        return new BatchItem<>(id, request, null);
    }

    /** An item that names an id but could not be read. */
    public static <T> BatchItem<T> unreadable(String id, DomainException why) {
        return new BatchItem<>(id, null, why);
    }
}
