package org.faultline.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.faultline.names.NameCount;
import org.faultline.names.NameQuery;
import org.faultline.names.Naming;
import org.faultline.names.PlaceNames;
import org.faultline.names.Tally;
import org.faultline.store.Store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/names?place=&limit=}: the places of several names and who writes which name, most mentioned first. */
final class NamesApi {
    private static final Set<String> PARAMS = Set.of("place", "limit");
    static final int DEFAULT_LIMIT = 50, MAX_LIMIT = 5000;

    private final Cached<List<PlaceNames>> places;

    NamesApi(Store store) {
        this.places = new Cached<>(store, () -> Naming.of(store, NameQuery.all()));
    }

    void handle(Context ctx) {
        Params.known(ctx, PARAMS);
        String place = ctx.queryParam("place");
        NameQuery q = new NameQuery(place == null || place.isBlank() ? null : place);
        int limit = Params.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        ObjectNode n = Json.listing(Json.object(), "places", places.get(), q::accepts, limit, NamesApi::json);
        ctx.contentType("application/json").result(n.toString());
    }

    static ObjectNode json(PlaceNames p) {
        ObjectNode n = Json.object();
        n.put("place", p.place());
        n.put("country", p.country());
        p.names().forEach(n.putArray("names")::add);
        n.put("mentions", p.mentions());
        n.put("marked", p.marked());
        ArrayNode uses = n.putArray("uses");
        for (NameCount c : p.uses()) {
            ObjectNode u = uses.addObject();
            u.put("name", c.name());
            u.put("mentions", c.mentions());
            u.put("documents", c.documents());
            u.put("marked", c.marked());
            ObjectNode markers = u.putObject("markers");
            c.markers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> markers.put(e.getKey(), e.getValue()));
            u.put("first", c.first() == null ? null : c.first().toString());
            u.put("last", c.last() == null ? null : c.last().toString());
            ObjectNode years = u.putObject("years");
            c.years().forEach((y, k) -> years.put(String.valueOf(y), k));
            tallies(u.putArray("outlets"), c.outlets(), "outlet");
            tallies(u.putArray("countries"), c.countries(), "country");
        }
        return n;
    }

    private static void tallies(ArrayNode arr, List<Tally> ts, String who) {
        for (Tally t : ts) {
            ObjectNode n = arr.addObject();
            n.put(who, t.who());
            n.put("mentions", t.mentions());
            n.put("marked", t.marked());
            n.put("first", t.first() == null ? null : t.first().toString());
            n.put("last", t.last() == null ? null : t.last().toString());
        }
    }
}
