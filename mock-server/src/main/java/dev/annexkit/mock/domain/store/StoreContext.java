package dev.annexkit.mock.domain.store;

/**
 * What stores may see and change of the program: the one program state, narrowed to what
 * this area needs. Implemented by the program; only ever called while the program lock is held.
 */
public interface StoreContext {

    /** The stores. */
    StoreDirectory stores();
}
