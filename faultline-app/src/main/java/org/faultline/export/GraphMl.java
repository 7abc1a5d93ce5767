package org.faultline.export;

import org.faultline.model.Actor;
import org.faultline.model.Event;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The actor network as GraphML: one node per actor code, one directed edge per dyad (actor1 to actor2) weighted
 * by its number of events and their mean Goldstein score (events whose code has no score do not count in the mean).
 */
final class GraphMl {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {}

    private static final class Dyad {
        int events;
        int scored;
        double goldsteinSum;
    }

    static ExportFormat.Summary write(List<ExportFormat.Incident> incidents, Writer out, ToDoubleFunction<String> goldstein) throws IOException {
        Map<String, Actor> nodes = new TreeMap<>();
        Map<String, Dyad> dyads = new LinkedHashMap<>();
        int oneActor = 0, rejected = 0;
        for (ExportFormat.Incident inc : incidents) {
            Event e = inc.event();
            if (e.actor1() == null || e.actor2() == null) {
                oneActor++;
                continue;
            }
            if (inc.review() != null && "rejected".equals(inc.review().state())) {   // an analyst says it did not happen
                rejected++;
                continue;
            }
            nodes.putIfAbsent(e.actor1().code(), e.actor1());
            nodes.putIfAbsent(e.actor2().code(), e.actor2());
            Dyad d = dyads.computeIfAbsent(e.actor1().code() + "\u0000" + e.actor2().code(), k -> new Dyad());
            d.events++;
            double g = goldstein.applyAsDouble(e.cameo());
            if (!Double.isNaN(g)) {
                d.scored++;
                d.goldsteinSum += g;
            }
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            key(x, "name", "node", "name", "string");
            key(x, "country", "node", "country", "string");
            key(x, "sector", "node", "sector", "string");
            key(x, "events", "edge", "events", "int");
            key(x, "goldstein", "edge", "goldstein", "double");
            x.writeCharacters("\n");
            x.writeStartElement("graph");
            x.writeAttribute("id", "actors");
            x.writeAttribute("edgedefault", "directed");
            x.writeCharacters("\n");
            for (Actor a : nodes.values()) {
                x.writeStartElement("node");
                x.writeAttribute("id", a.code());
                data(x, "name", a.name());
                data(x, "country", a.country());
                data(x, "sector", a.sector());
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            int n = 0;
            for (Map.Entry<String, Dyad> en : dyads.entrySet()) {
                String[] ends = en.getKey().split("\u0000");
                Dyad d = en.getValue();
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + n++);
                x.writeAttribute("source", ends[0]);
                x.writeAttribute("target", ends[1]);
                data(x, "events", String.valueOf(d.events));
                if (d.scored > 0) data(x, "goldstein", String.format(Locale.ROOT, "%.3f", d.goldsteinSum / d.scored));
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("writing GraphML: " + e.getMessage(), e);
        }
        List<String> notes = new java.util.ArrayList<>();
        if (oneActor > 0) notes.add(ExportFormat.Summary.count(oneActor, "has", "have") + " fewer than two actors and "
                + (oneActor == 1 ? "is" : "are") + " not in the network");
        if (rejected > 0) notes.add(ExportFormat.Summary.count(rejected, "was", "were") + " rejected by an analyst and "
                + (rejected == 1 ? "is" : "are") + " not in the network");
        return new ExportFormat.Summary(dyads.size(), notes);
    }

    private static void key(XMLStreamWriter x, String id, String domain, String name, String type) throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) return;
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
