package org.faultline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.Place;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One PLOVER record per line: {@code id, date, actor, recipient, event, mode, context, event_loc, text_info,
 * review, cite_info} ({@code review}: the analyst's state, reviewer, time and corrected fields, or null). The PLOVER event comes from the coder, else from the CAMEO root; mode only where the CAMEO code says
 * how (artillery, aerial, small arms, bombing).
 */
final class PloverJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] BY_ROOT = {null, "CONSULT", "REQUEST", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID",
            "CONCEDE", "ACCUSE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
            "ASSAULT", "ASSAULT", "ASSAULT"};

    private PloverJsonl() {}

    static void write(List<ExportFormat.Incident> incidents, Writer out) throws IOException {
        for (ExportFormat.Incident inc : incidents) {
            out.write(JSON.writeValueAsString(record(inc)));
            out.write('\n');
        }
    }

    static ObjectNode record(ExportFormat.Incident inc) {
        Event e = inc.event();
        ObjectNode r = JSON.createObjectNode();
        r.put("id", e.id());
        r.put("date", e.date() == null ? null : e.date().toString());
        r.set("actor", actor(e.actor1()));
        r.set("recipient", actor(e.actor2()));
        r.put("event", e.plover() != null ? e.plover() : BY_ROOT[Integer.parseInt(e.root())]);
        r.put("mode", mode(e.cameo()));
        r.putArray("context");
        if (e.location() == null) r.putNull("event_loc");
        else {
            Place p = e.location();
            ObjectNode loc = r.putObject("event_loc");
            loc.put("name", p.canonical());
            loc.put("country", p.country());
            loc.put("admin1", p.admin1());
            loc.put("lat", p.lat());
            loc.put("lon", p.lon());
            loc.put("precision", p.precision());
        }
        ObjectNode text = r.putObject("text_info");
        text.put("text", e.evidence().text());
        text.put("status", e.status().label());
        text.put("cameo", e.cameo());
        if (e.fatalities() == null) text.putNull("fatalities");
        else text.put("fatalities", e.fatalities());
        ExportFormat.Review rv = inc.review();
        if (rv == null) r.putNull("review");
        else {
            ObjectNode review = r.putObject("review");
            review.put("state", rv.state());
            review.put("reviewer", rv.reviewer());
            review.put("at", rv.at().toString());
            ArrayNode corrected = review.putArray("corrected");
            rv.corrected().forEach(corrected::add);
        }
        ArrayNode cites = r.putArray("cite_info");
        for (ExportFormat.Mention m : inc.mentions()) {
            ObjectNode c = cites.addObject();
            c.put("document", m.documentId());
            c.put("outlet", m.outlet());
            c.put("url", m.url());
            c.put("published", m.published() == null ? null : m.published().toString());
            if (m.report() != null) {
                c.put("report", m.report().id());
                c.put("sentence", m.report().evidence().text());
                c.put("status", m.report().status().label());
                if (m.report().reportedBy() != null) c.put("reported_by", m.report().reportedBy().name());
                if (m.report().citation() != null) {
                    c.put("cited_source", m.report().citation().outlet());
                    c.put("cited_date", m.report().citation().date() == null ? null : m.report().citation().date().toString());
                }
            }
        }
        return r;
    }

    private static ObjectNode actor(Actor a) {
        if (a == null) return null;
        ObjectNode n = JSON.createObjectNode();
        n.put("name", a.name());
        n.put("country", a.country());
        n.put("sector", a.sector());
        n.put("org", a.org());
        n.put("code", a.code());
        return n;
    }

    static String mode(String cameo) {
        if (cameo.startsWith("195")) return "aerial";
        if (cameo.startsWith("194")) return "artillery";
        if (cameo.startsWith("193")) return "firearms";
        if (cameo.startsWith("183") || cameo.startsWith("1822")) return "explosives";
        return null;
    }
}
