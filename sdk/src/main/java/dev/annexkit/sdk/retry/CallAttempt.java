package dev.annexkit.sdk.retry;

/**
 * What the retry loop and the network layer share about one call, carried as a request tag: the attempt under way,
 * and whether it got as far as a connection (after which the server may have received it). Confined to the call's
 * thread, except for the network layer of the same attempt; the fields are volatile for that hand-over.
 */
final class CallAttempt {

    /** 1 for the first attempt. */
    volatile int number;
    /** True once the attempt reached the network layer: a connection was open and the request was being written. */
    volatile boolean sent;
}
