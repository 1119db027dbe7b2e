package dev.annexkit.mock.wiremock.inspector;

import dev.annexkit.mock.domain.kernel.BulkLookup;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.domain.ledger.MemberStanding;
import dev.annexkit.mock.domain.kernel.Page;
import dev.annexkit.mock.domain.kernel.PageRequest;
import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.wiremock.MockRuntime;
import dev.annexkit.mock.wiremock.http.ApiResponse;
import dev.annexkit.mock.wiremock.http.WireObject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code GET /__admin/annexkit/members?q=&page=&size=&sort=&dir=}: one page of members whose id or e-mail
 * contains {@code q} (ignoring case), with each one's available points and tier. Paged on the server, at most
 * {@value #MAX_SIZE} a page, so the page stays quick with hundreds of thousands of members.
 */
final class MembersTask extends InspectorTask {

    static final int MAX_SIZE = PageRequest.MAX_LIMIT;
    static final int DEFAULT_SIZE = 25;

    /** Sortable columns; without {@code sort} members come in enrolment order. */
    private static final Map<String, Comparator<Member>> ORDERS = Map.of(
            "id", Comparator.comparing(Member::id),
            "email", byText(Member::email),
            "name", byText(Member::lastName).thenComparing(byText(Member::firstName)),
            "status", Comparator.comparing((Member m) -> m.status().name()),
            "enrolled", Comparator.comparing(Member::createdAt));

    private final MockRuntime runtime;

    MembersTask(MockRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    ApiResponse handle(InspectorQuery query) {
        String text = query.text("q");
        int page = query.number("page", 1, 1, Integer.MAX_VALUE);
        int size = query.number("size", DEFAULT_SIZE, 1, MAX_SIZE);
        String sort = query.choice("sort", null, ORDERS.keySet());
        String dir = query.choice("dir", "asc", Set.of("asc", "desc"));
        Comparator<Member> order = sort == null ? null : ORDERS.get(sort);
        if (order != null && dir.equals("desc")) {
            order = order.reversed();
        }
        LoyaltyProgram program = runtime.program();
        Page<Member> found = program.overview().members(text, order, PageRequest.of(page, size));
        Map<String, MemberStanding> standings = found.items().isEmpty() ? Map.of()
                : standings(program, found.items());
        List<WireObject> rows = found.items().stream()
                .map(m -> InspectorWire.memberRow(m, standings.get(m.id())))
                .toList();
        return ApiResponse.ok(WireObject.create()
                .put("q", text == null ? "" : text)
                .put("page", found.page())
                .put("size", found.limit())
                .put("total", found.total())
                .put("pages", found.pages())
                .put("sort", sort)
                .put("dir", dir)
                .putObjects("members", rows));
    }

    private static Map<String, MemberStanding> standings(LoyaltyProgram program, List<Member> members) {
        // A member deleted between the two reads is simply shown without a balance.
        BulkLookup<MemberStanding> lookup = program.accounts().standings(members.stream().map(Member::id).toList());
        return lookup.found();
    }

    private static Comparator<Member> byText(Function<Member, String> field) {
        return Comparator.comparing(m -> field.apply(m) == null ? null : field.apply(m).toLowerCase(Locale.ROOT),
                Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
