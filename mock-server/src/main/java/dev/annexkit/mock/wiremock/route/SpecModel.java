package dev.annexkit.mock.wiremock.route;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;

/**
 * The spec as the OpenAPI parser models it, parsed once and shared by request validation and the tolerance stage
 * (they used to parse it each: two parses of a 250 KB spec racing on a starting JVM). Parsed with the validator
 * library's own loader and options, references and {@code allOf} resolved, so validation reads exactly the model
 * the library would; nobody changes the model after parsing.
 */
public final class SpecModel {

    private static final InBackground<OpenAPI> PACKAGED = new InBackground<>("spec",
            () -> parse(SpecResource.text()));

    private SpecModel() {
    }

    /** Starts parsing the packaged spec in the background, unless it has started already; returns at once. */
    public static void prepare() {
        PACKAGED.start();
    }

    /** The packaged spec's model, waiting for the parse (and starting it if nobody has). */
    public static OpenAPI packaged() {
        return PACKAGED.get();
    }

    /** Parses a spec given as text (YAML or JSON). */
    public static OpenAPI parse(String text) {
        ParseOptions options = new ParseOptions(); // what the library's builder uses, with combinators resolved
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        return new OpenApiLoader().loadApi(OpenApiInteractionValidator.SpecSource.inline(text), List.of(), options);
    }
}
