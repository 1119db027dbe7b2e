package dev.annexkit.mock.domain.action;

import dev.annexkit.mock.domain.error.ActionNotFound;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The site's actions by id, starting with {@link SystemActions}. Guarded by the program lock. */
public final class ActionCatalog {

    private final Map<Integer, Action> actions = new TreeMap<>();

    public ActionCatalog() {
        SystemActions.defaults().forEach(this::define);
    }

    /** Adds or replaces the action with this id. */
    public void define(Action action) {
        actions.put(action.actionId(), action);
    }

    public Action get(int actionId) {
        Action action = actions.get(actionId);
        if (action == null) {
            throw new ActionNotFound(actionId);
        }
        return action;
    }

    /** All actions ordered by id. */
    public List<Action> all() {
        return List.copyOf(actions.values());
    }
}
