package dev.annexkit.mock.wiremock.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.annexkit.mock.domain.ProgramSnapshot;
import dev.annexkit.mock.domain.ledger.LedgerEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Serialises a {@link ProgramSnapshot} as the admin API's state export: the snapshot's records field by field
 * (component order), map keys and set elements sorted, times as ISO-8601 text ({@code 2025-01-01T00:00:00Z}),
 * absent values left out, indented. The same state always gives the same text, so two exports can be compared
 * as strings.
 */
public final class StateJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS) // isCredit() & co. are derived, not state
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addMixIn(LedgerEntry.class, LedgerEntryFormat.class) // written as the record it once was
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new SimpleModule("annexkit-state")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Period.class, ToStringSerializer.instance)
                    .addSerializer(java.time.Duration.class, ToStringSerializer.instance)
                    .addSerializer(new SortedSetSerializer()))
            .build();

    private StateJson() {
    }

    /** The export text of a snapshot. */
    public static String export(ProgramSnapshot snapshot) {
        try {
            return MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets (tags, issuance sources) have no order of their own; export them sorted by their text. */
    @SuppressWarnings("rawtypes")
    private static final class SortedSetSerializer extends StdSerializer<Set> {

        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List<Object> sorted = new ArrayList<>(value);
            sorted.sort(Comparator.comparing(String::valueOf));
            gen.writeStartArray();
            for (Object element : sorted) {
                provider.defaultSerializeValue(element, gen);
            }
            gen.writeEndArray();
        }
    }
}
