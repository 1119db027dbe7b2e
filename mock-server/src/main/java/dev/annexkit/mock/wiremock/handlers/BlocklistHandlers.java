package dev.annexkit.mock.wiremock.handlers;

import dev.annexkit.mock.domain.blocklist.Blocklist;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.blocklist.BlockEntry;
import dev.annexkit.mock.domain.blocklist.BlockEntryType;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.wiremock.http.AnnexError;
import dev.annexkit.mock.wiremock.http.ApiRequest;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.http.Paging;
import dev.annexkit.mock.wiremock.http.WireFormat;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** BlockList: block, list and unblock member ids and e-mail domains. */
final class BlocklistHandlers {

    private BlocklistHandlers() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("addToBlocklist", BlocklistHandlers::add);
        handlers.put("listBlocklist", BlocklistHandlers::list);
        handlers.put("removeFromBlocklist", BlocklistHandlers::remove);
    }

    private static ApiResponse add(ApiRequest request, LoyaltyProgram program, String site) {
        List<String> users = split(request.body().text("blocklistUsers").orElse(null));
        List<String> domains = split(request.body().text("blocklistDomains").orElse(null));
        Blocklist.Blocked blocked;
        try {
            blocked = program.blocklist().block(users, domains, request.body().text("blockedBy").orElse(null));
        } catch (InvalidField e) {
            if (!"blocklistDomains".equals(e.field())) {
                throw e;
            }
            // documented as 422 for a malformed entry
            return new ApiResponse(422, new AnnexError("AC1004", e.getMessage()));
        }
        WireObject answer = WireObject.create();
        if (!blocked.users().isEmpty()) {
            answer.put("userBlockListedData", WireObject.create().putTexts("alreadyBlocklistedUser", blocked.users()));
        }
        if (!blocked.domains().isEmpty()) {
            answer.put("domainBlocklistedData",
                    WireObject.create().putTexts("alreadyBlocklistedDomain", blocked.domains()));
        }
        return ApiResponse.ok(answer.put("blockedBy", blocked.blockedBy()));
    }

    private static ApiResponse list(ApiRequest request, LoyaltyProgram program, String site) {
        Page<BlockEntry> page = program.blocklist().list(type(request), Paging.of(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("currentPage", page.page())
                .put("pages", page.pages())
                .put("total", (int) page.total())
                .putObjects("blocklistEntries", page.items().stream().map(e -> WireObject.create()
                        .put("entry", e.entry())
                        .put("type", e.type().name().toLowerCase(Locale.ROOT))
                        .put("blockedBy", e.blockedBy())
                        .put("blockedDate", e.blockedAt())).toList()));
    }

    private static ApiResponse remove(ApiRequest request, LoyaltyProgram program, String site) {
        BlockEntry removed = program.blocklist().remove(request.path("entry"), type(request));
        return ApiResponse.ok(WireObject.create()
                .put("siteId", site)
                .put("entry", removed.entry())
                .put("type", removed.type().name().toLowerCase(Locale.ROOT))
                .put("status", "Success")
                .put("message", "The entry was removed from the blocklist."));
    }

    private static BlockEntryType type(ApiRequest request) {
        return request.query("type").filter(t -> !t.isBlank())
                .map(t -> WireFormat.enumValue("type", t, BlockEntryType.class, Enum::name)).orElse(null);
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
