package dev.annexkit.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's own version, as Maven stamped it into the jar. */
final class AnnexKitVersion {

    static final String VALUE = load();

    private AnnexKitVersion() {
    }

    private static String load() {
        Properties props = new Properties();
        try (InputStream in = AnnexKitVersion.class.getResourceAsStream("annexkit-sdk.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // fall through: an unknown version must not stop the client from working
        }
        return props.getProperty("version", "unknown");
    }
}
