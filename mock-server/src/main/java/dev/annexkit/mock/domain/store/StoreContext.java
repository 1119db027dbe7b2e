package dev.annexkit.mock.domain.store;

/**
 * What stores may see and change of the program: the one program state, narrowed to what this area needs, so the
 * area depends on no more of it. Implemented by the program state; only ever called while the program lock is held.
 */
public interface StoreContext {

    /** The stores. */
    StoreDirectory stores();
}
