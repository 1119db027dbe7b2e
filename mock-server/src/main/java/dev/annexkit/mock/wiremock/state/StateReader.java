package dev.annexkit.mock.wiremock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.annexkit.mock.domain.ProgramSnapshot;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import dev.annexkit.mock.domain.error.InvalidField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;
import dev.annexkit.mock.domain.receipt.ImageFormat;
import dev.annexkit.mock.domain.receipt.ReceiptImage;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a state export ({@link StateJson}) back into a {@link ProgramSnapshot}: the domain's records are built
 * through their own constructors, so their checks apply. Every key must be one the export writes; an unknown
 * key (a typo such as {@code membres}) is refused with the path to it, never skipped.
 */
final class StateReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(LedgerEntry.class, LedgerEntryFormat.class) // written as the record it once was
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // 5.00 stays 5.00: exports compare as text
            .addModule(new SimpleModule("annexkit-state-read")
                    .addDeserializer(Instant.class, text(Instant.class, Instant::parse))
                    .addDeserializer(LocalDate.class, text(LocalDate.class, LocalDate::parse))
                    .addDeserializer(Period.class, text(Period.class, Period::parse))
                    .addDeserializer(Duration.class, text(Duration.class, Duration::parse))
                    .addDeserializer(ReceiptImage.class, new ReceiptImageReader()))
            .build();

    private StateReader() {
    }

    /** The snapshot a state document describes; {@link InvalidField} naming the path of the first problem. */
    static ProgramSnapshot read(String json) {
        try {
            // from the text, not a parsed tree: the tree would have turned 5.00 into the double 5.0
            return MAPPER.readValue(json, ProgramSnapshot.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidField(path(e.getPathReference()), "is not a field of the state export");
        } catch (JsonProcessingException e) {
            throw new InvalidField(path(e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                    ? m.getPathReference() : "state"), "cannot be read: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidField("state", "cannot be read: " + e.getMessage());
        }
    }

    /** Jackson's {@code ProgramSnapshot["members"]->MemberData["members"]->...} as {@code members.members[0]}. */
    private static String path(String reference) {
        if (reference == null) {
            return "state";
        }
        StringBuilder out = new StringBuilder();
        for (String part : reference.split("->")) {
            int open = part.indexOf('[');
            if (open < 0) {
                continue;
            }
            String key = part.substring(open + 1, part.length() - 1);
            if (key.startsWith("\"")) {
                out.append(out.length() == 0 ? "" : ".").append(key, 1, key.length() - 1);
            } else {
                out.append('[').append(key).append(']');
            }
        }
        return out.length() == 0 ? "state" : out.toString();
    }

    /** A receipt's image is an upload ({@code fileName}, {@code size}) or a link ({@code url}). */
    private static final class ReceiptImageReader extends StdDeserializer<ReceiptImage> {

        ReceiptImageReader() {
            super(ReceiptImage.class);
        }

        @Override
        public ReceiptImage deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            ImageFormat format = ImageFormat.valueOf(node.path("format").asText());
            return node.has("url") ? new ReceiptImage.Link(node.get("url").asText(), format)
                    : new ReceiptImage.Upload(node.path("fileName").isTextual() ? node.get("fileName").asText() : null,
                            node.path("size").asLong(), format);
        }
    }

    private static <T> FromStringDeserializer<T> text(Class<T> type, Function<String, T> parse) {
        return new FromStringDeserializer<>(type) {
            @Override
            protected T _deserialize(String value, DeserializationContext context) {
                return parse.apply(value);
            }
        };
    }
}
