package org.faultline.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.faultline.sources.SourceQuery;
import org.faultline.sources.SourceRecord;
import org.faultline.sources.SourceRecords;
import org.faultline.store.Store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /api/sources?country=&key=&limit=}: the track records of the store's sources, most claims first;
 * {@code key} (repeatable) asks for some sources by key, as the claims board and the document view do.
 */
final class SourcesApi {
    private static final Set<String> PARAMS = Set.of("country", "key", "limit");
    static final String NOTE = "A record of what others reported about each source's claims, not a verdict on their truth.";
    static final int DEFAULT_LIMIT = 1000, MAX_LIMIT = 10_000;

    private final Cached<List<SourceRecord>> records;

    SourcesApi(Store store) {
        this.records = new Cached<>(store, () -> SourceRecords.of(store, SourceQuery.all()));
    }

    void handle(Context ctx) {
        Params.known(ctx, PARAMS);
        String country = ctx.queryParam("country");
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        List<String> keys = ctx.queryParams("key");
        SourceQuery q = new SourceQuery(country, keys.isEmpty() ? null : new TreeSet<>(keys));
        int limit = Params.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        ObjectNode n = Json.object();
        n.put("note", NOTE);
        Json.listing(n, "sources", records.get(), q::accepts, limit, SourcesApi::json);
        ctx.contentType("application/json").result(n.toString());
    }

    static ObjectNode json(SourceRecord r) {
        ObjectNode n = Json.object();
        n.put("key", r.key());
        n.put("kind", r.kind());
        n.put("name", r.name());
        n.put("country", r.country());
        n.put("claims", r.claims());
        n.put("denials", r.denials());
        n.put("denied", r.denied());
        ArrayNode by = n.putArray("denied_by");
        for (Map.Entry<String, Integer> e : r.deniedBy().entrySet()) {
            ObjectNode b = by.addObject();
            b.put("name", e.getKey());
            b.put("claims", e.getValue());
        }
        n.put("corroborated", r.corroborated());
        n.put("figures", r.figures());
        n.put("above", r.above());
        n.put("above_by", r.aboveBy());
        n.put("below", r.below());
        n.put("below_by", r.belowBy());
        n.put("first", r.first() == null ? null : r.first().toString());
        n.put("last", r.last() == null ? null : r.last().toString());
        n.put("summary", r.summary());
        return n;
    }
}
