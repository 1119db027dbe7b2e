package dev.annexkit.mock.wiremock.guard;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * WireMock's request journal, except that a request the API refused as unauthenticated (401 under the API's base
 * path) is kept without its body: anyone who can reach the port could otherwise fill the journal (1,000 entries by
 * default) with bodies of up to the size cap each. The entry itself stays, so tests can still see and verify the
 * refused call; a header {@value #MARK} says its body was dropped.
 */
public final class LeanJournal implements RequestJournalStore {

    /** Added to a journal entry whose body was dropped. */
    public static final String MARK = "X-AnnexKit-Journal";

    private final RequestJournalStore journal;
    private final String apiBasePath;

    /** Wraps WireMock's journal; requests under {@code apiBasePath} refused as unauthenticated lose their body. */
    public LeanJournal(RequestJournalStore journal, String apiBasePath) {
        this.journal = journal;
        this.apiBasePath = apiBasePath;
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return journal.getAll();
    }

    @Override
    public void add(ServeEvent event) {
        journal.add(event);
    }

    @Override
    public void removeLast() {
        journal.removeLast();
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return journal.getAllKeys();
    }

    @Override
    public Optional<ServeEvent> get(UUID key) {
        return journal.get(key);
    }

    /** Called when an answer is complete: the moment it is known whether the request was refused. */
    @Override
    public void put(UUID key, ServeEvent event) {
        journal.put(key, refusedUnauthenticated(event) ? event.replaceRequest(withoutBody(event.getRequest())) : event);
    }

    @Override
    public void remove(UUID key) {
        journal.remove(key);
    }

    @Override
    public void clear() {
        journal.clear();
    }

    private boolean refusedUnauthenticated(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        return event.getResponse() != null && event.getResponse().getStatus() == 401 && request != null
                && request.getUrl() != null && request.getUrl().startsWith(apiBasePath)
                && request.getBody() != null && request.getBody().length > 0;
    }

    private static LoggedRequest withoutBody(LoggedRequest request) {
        Request lean = RequestWrapper.create()
                .transformBody(body -> new Body(new byte[0]))
                .transformParts(part -> new EmptyPart(part))
                .addHeader(MARK, "body of a refused (401) request dropped")
                .wrap(request);
        return LoggedRequest.createFrom(lean);
    }

    /** A form part with its content dropped, name and headers kept. */
    private record EmptyPart(Request.Part part) implements Request.Part {
        @Override
        public String getName() {
            return part.getName();
        }

        @Override
        public String getFileName() {
            return part.getFileName();
        }

        @Override
        public HttpHeader getHeader(String name) {
            return part.getHeader(name);
        }

        @Override
        public HttpHeaders getHeaders() {
            return part.getHeaders();
        }

        @Override
        public Body getBody() {
            return new Body(new byte[0]);
        }
    }
}
