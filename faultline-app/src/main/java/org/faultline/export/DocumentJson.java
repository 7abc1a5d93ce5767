package org.faultline.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.faultline.model.Actor;
import org.faultline.model.ActorMention;
import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.Coverage;
import org.faultline.model.DateMention;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.faultline.model.Quote;
import org.faultline.model.Relation;
import org.faultline.model.SentenceZone;
import org.faultline.model.Truncation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a {@link Document} as the Document JSON of {@code eval/SCHEMA.md}: pretty-printed, fields in a fixed
 * order, absent values as {@code null}, dates as "YYYY[-MM[-DD]]", statuses in lower case.
 */
public final class DocumentJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DocumentJson() {}

    /** The document as a JSON string, ending in a newline. */
    public static String toJson(Document d) {
        StringWriter w = new StringWriter();
        write(d, w);
        return w.toString();
    }

    /** Writes the document to {@code w}, ending in a newline; does not close {@code w}. */
    public static void write(Document d, Writer w) {
        if (d == null) throw new IllegalArgumentException("document must not be null");
        if (w == null) throw new IllegalArgumentException("writer must not be null");
        try {
            JsonGenerator g = FACTORY.createGenerator(w);
            emit(d, g);
            w.write('\n');
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON of document " + d.article().id(), e);
        }
    }

    /** Writes the document to {@code out} in UTF-8, ending in a newline; does not close {@code out}. */
    public static void write(Document d, OutputStream out) {
        if (d == null) throw new IllegalArgumentException("document must not be null");
        if (out == null) throw new IllegalArgumentException("output stream must not be null");
        try {
            JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            emit(d, g);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON of document " + d.article().id(), e);
        }
    }

    private static void emit(Document d, JsonGenerator g) throws IOException {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        g.setPrettyPrinter(pp);
        g.writeStartObject();
        g.writeFieldName("document");
        document(d.article(), d.coverage(), g);
        g.writeArrayFieldStart("events");
        for (Event e : d.events()) event(e, g);
        g.writeEndArray();
        g.writeArrayFieldStart("claims");
        for (Claim c : d.claims()) claim(c, g);
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : d.quotes()) quote(q, g);
        g.writeEndArray();
        g.writeArrayFieldStart("relations");
        for (Relation r : d.relations()) relation(r, g);
        g.writeEndArray();
        g.writeArrayFieldStart("places");
        for (Place p : d.places()) place(p, g);
        g.writeEndArray();
        g.writeArrayFieldStart("citations");
        for (Citation c : d.citations()) citation(c, g);
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        for (ActorMention a : d.actors()) actorMention(a, g);
        g.writeEndArray();
        g.writeArrayFieldStart("dates");
        for (DateMention m : d.dates()) dateMention(m, g);
        g.writeEndArray();
        g.writeArrayFieldStart("sentences");
        for (SentenceZone z : d.sentences()) sentence(z, g);
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void document(Article a, Coverage coverage, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("published", a.published() == null ? null : a.published().toString());
        g.writeStringField("published_source", a.publishedSource());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("title", a.title());
        g.writeStringField("source", a.source());
        g.writeStringField("url", a.url());
        // the per-article limits reached (the README's "bounded work"), and the repeated sentences coded once
        g.writeBooleanField("truncated", coverage.truncated());
        g.writeArrayFieldStart("limits_reached");
        for (Truncation t : coverage.truncations()) {
            g.writeStartObject();
            g.writeStringField("limit", t.limit());
            g.writeNumberField("cap", t.cap());
            g.writeNumberField("found", t.found());
            g.writeFieldName("coded_to");
            if (t.codedTo() < 0) g.writeNull(); else g.writeNumber(t.codedTo());
            g.writeStringField("message", t.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("repeated_sentences", coverage.repeatedSentences());
        g.writeEndObject();
    }

    private static void sentence(SentenceZone z, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", z.index());
        g.writeNumberField("start", z.start());
        g.writeNumberField("end", z.end());
        g.writeStringField("zone", z.zone().label());
        g.writeEndObject();
    }

    private static void event(Event e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        date("date", e.date(), g);
        actor("actor1", e.actor1(), g);
        actor("actor2", e.actor2(), g);
        g.writeStringField("cameo", e.cameo());
        g.writeStringField("plover", e.plover());
        g.writeStringField("acled_type", e.acledType());
        g.writeStringField("acled_sub_type", e.acledSubType());
        g.writeFieldName("location");
        place(e.location(), g);
        g.writeFieldName("fatalities");
        if (e.fatalities() == null) g.writeNull(); else g.writeNumber(e.fatalities());
        actor("reported_by", e.reportedBy(), g);
        g.writeFieldName("citation");
        citation(e.citation(), g);
        g.writeStringField("status", e.status() == null ? null : e.status().label());
        evidence(e.evidence(), g);
        g.writeArrayFieldStart("mentions");
        for (Evidence m : e.mentions()) evidenceObject(m, g);
        g.writeEndArray();
        g.writeStringField("incident", e.incident());
        g.writeArrayFieldStart("why");
        for (String w : e.why()) g.writeString(w);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void claim(Claim c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        actor("claimant", c.claimant(), g);
        g.writeStringField("stance", c.stance());
        g.writeStringField("text", c.text());
        g.writeStringField("about_event", c.aboutEvent());
        g.writeStringField("contradicts", c.contradicts());
        g.writeFieldName("citation");
        citation(c.citation(), g);
        g.writeStringField("status", c.status() == null ? null : c.status().label());
        evidence(c.evidence(), g);
        g.writeEndObject();
    }

    private static void quote(Quote q, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        actor("speaker", q.speaker(), g);
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        evidence(q.evidence(), g);
        g.writeEndObject();
    }

    private static void relation(Relation r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        actor("a", r.a(), g);
        actor("b", r.b(), g);
        g.writeStringField("kind", r.kind());
        evidence(r.evidence(), g);
        g.writeEndObject();
    }

    private static void place(Place p, JsonGenerator g) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeStringField("canonical", p.canonical());
        g.writeStringField("country", p.country());
        g.writeStringField("admin1", p.admin1());
        g.writeNumberField("lat", p.lat());
        g.writeNumberField("lon", p.lon());
        g.writeStringField("feature", p.feature());
        g.writeNumberField("precision", p.precision());
        g.writeArrayFieldStart("aliases");
        for (String alias : p.aliases()) g.writeString(alias);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void citation(Citation c, JsonGenerator g) throws IOException {
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("outlet", c.outlet());
        date("date", c.date(), g);
        g.writeNumberField("start", c.start());
        g.writeNumberField("end", c.end());
        evidence(c.evidence(), g);
        g.writeEndObject();
    }

    private static void actorMention(ActorMention m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        actor("actor", m.actor(), g);
        g.writeStringField("text", m.text());
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeNumberField("sentence", m.sentenceIndex());
        g.writeEndObject();
    }

    private static void dateMention(DateMention m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", m.text());
        date("date", m.date(), g);
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeNumberField("sentence", m.sentenceIndex());
        g.writeEndObject();
    }

    private static void actor(String field, Actor a, JsonGenerator g) throws IOException {
        g.writeFieldName(field);
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", a.name());
        g.writeStringField("country", a.country());
        g.writeStringField("sector", a.sector());
        g.writeStringField("org", a.org());
        g.writeStringField("code", a.code());
        g.writeEndObject();
    }

    private static void evidence(Evidence e, JsonGenerator g) throws IOException {
        g.writeFieldName("evidence");
        if (e == null) {
            g.writeNull();
            return;
        }
        evidenceObject(e, g);
    }

    private static void evidenceObject(Evidence e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", e.text());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeNumberField("sentence", e.sentenceIndex());
        g.writeEndObject();
    }

    private static void date(String field, PartialDate d, JsonGenerator g) throws IOException {
        g.writeStringField(field, d == null ? null : d.toString());
    }
}
