package dev.annexkit.mock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.InMemoryRequestJournalStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The counted journal keeps exactly what WireMock's own in-memory journal keeps, in the same order. */
class CountedJournalStoreTest {

    @Test
    void anyMixOfJournalOperationsLeavesTheSameJournalAsWireMocksOwnStore() {
        RequestJournalStore plain = new InMemoryRequestJournalStore();
        RequestJournalStore counted = new CountedJournalStore();
        Random random = new Random(7);
        List<ServeEvent> added = new ArrayList<>();
        for (int step = 0; step < 5_000; step++) {
            int choice = random.nextInt(100);
            if (choice < 60) {
                ServeEvent event = event("/api/3.0/points/" + step);
                plain.add(event);
                counted.add(event);
                added.add(event);
            } else if (choice < 80) {
                plain.removeLast();
                counted.removeLast();
            } else if (choice < 90 && !added.isEmpty()) {
                ServeEvent received = added.get(random.nextInt(added.size()));
                ServeEvent completed = received.withResponseDefinition(ResponseDefinition.ok()); // same id
                plain.put(received.getId(), completed);
                counted.put(received.getId(), completed);
            } else if (choice < 99 && !added.isEmpty()) {
                UUID id = added.get(random.nextInt(added.size())).getId();
                plain.remove(id);
                counted.remove(id);
            } else {
                plain.clear();
                counted.clear();
            }
            assertThat(counted.getAllKeys().count()).as("count after step %d", step)
                    .isEqualTo(plain.getAllKeys().count());
            if (step % 50 == 0) {
                assertThat(answered(counted)).isEqualTo(answered(plain));
                assertThat(urls(counted)).isEqualTo(urls(plain));
                assertThat(counted.getAllKeys().collect(Collectors.toList()))
                        .isEqualTo(plain.getAllKeys().collect(Collectors.toList()));
            }
        }
        assertThat(urls(counted)).isEqualTo(urls(plain));
    }

    @Test
    void countingTheKeysGivesTheNumberOfEntriesWithoutWalkingThem() {
        RequestJournalStore counted = new CountedJournalStore();
        for (int i = 0; i < 3; i++) {
            counted.add(event("/" + i));
        }

        assertThat(counted.getAllKeys().spliterator().getExactSizeIfKnown()).isEqualTo(3);
        assertThat(counted.getAllKeys().count()).isEqualTo(3);
    }

    private static List<String> urls(RequestJournalStore journal) {
        return journal.getAll().map(e -> e.getRequest().getUrl()).collect(Collectors.toList());
    }

    private static List<Boolean> answered(RequestJournalStore journal) {
        return journal.getAll().map(e -> e.getResponseDefinition() != null).collect(Collectors.toList());
    }

    private static ServeEvent event(String url) {
        return ServeEvent.of(LoggedRequest.createFrom(ImmutableRequest.create().withMethod(RequestMethod.GET)
                .withAbsoluteUrl("http://localhost:8080" + url).build()));
    }
}
