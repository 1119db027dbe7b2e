package dev.annexkit.spring.boot.autoconfigure;

import java.util.List;

/**
 * The auto-configured client cannot be built because required {@code annexkit.*} properties are missing;
 * {@link AnnexCloudFailureAnalyzer} turns it into a startup report that names them.
 */
public class MissingAnnexCloudPropertiesException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    /**
     * Creates the exception.
     *
     * @param missing the missing property names, e.g. {@code annexkit.secret}
     */
    public MissingAnnexCloudPropertiesException(List<String> missing) {
        super("Missing AnnexKit properties: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    /**
     * The missing properties.
     *
     * @return their names, e.g. {@code [annexkit.site-id, annexkit.secret]}
     */
    public List<String> missing() {
        return missing;
    }
}
