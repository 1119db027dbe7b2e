package dev.annexkit.mock.wiremock;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import dev.annexkit.mock.wiremock.guard.LeanJournal;
import dev.annexkit.mock.wiremock.route.RouteTable;

/**
 * WireMock's default stores over a file root, with two of them changed: the journal keeps count of its entries
 * ({@link CountedJournalStore}) and no bodies of refused requests ({@link LeanJournal}), and the stub store tries
 * only the operation stubs a request can reach ({@link RoutedStubStore}).
 */
public final class AnnexStores extends DefaultStores {

    private final RouteTable routes;
    private final String apiBasePath;
    private LeanJournal journal;
    private RoutedStubStore stubs;

    public AnnexStores(FileSource files, RouteTable routes, String apiBasePath) {
        super(files);
        this.routes = routes;
        this.apiBasePath = apiBasePath;
    }

    @Override
    public synchronized RequestJournalStore getRequestJournalStore() {
        if (journal == null) {
            journal = new LeanJournal(new CountedJournalStore(), apiBasePath);
        }
        return journal;
    }

    @Override
    public synchronized StubMappingStore getStubStore() {
        if (stubs == null) {
            stubs = new RoutedStubStore(routes, apiBasePath);
        }
        return stubs;
    }
}
