package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;

/** The events of an API answer as CSV, with their review state: what an analyst exports after reviewing. */
final class EventCsv {
    private EventCsv() {}

    static String write(JsonNode events) {
        StringBuilder sb = new StringBuilder("id,date,actor1,actor2,cameo,root,place,country,latitude,longitude,fatalities,"
                + "status,documents,review_state,reviewer,reviewed_at,corrected_fields\r\n");
        for (JsonNode e : events) {
            JsonNode p = e.get("location");
            JsonNode r = e.get("review");
            boolean reviewed = r != null && !r.isNull();
            String[] f = {s(e, "id"), s(e, "date"), code(e.get("actor1")), code(e.get("actor2")), s(e, "cameo"), s(e, "root"),
                    p == null || p.isNull() ? "" : s(p, "name"), p == null || p.isNull() ? "" : s(p, "country"),
                    p == null || p.isNull() ? "" : s(p, "lat"), p == null || p.isNull() ? "" : s(p, "lon"),
                    s(e, "fatalities"), s(e, "status"), s(e, "documents"),
                    reviewed ? s(r, "state") : "", reviewed ? s(r, "reviewer") : "", reviewed ? s(r, "at") : "",
                    reviewed ? String.join(" ", iterable(r.get("corrections").fieldNames())) : ""};
            for (int i = 0; i < f.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(field(f[i]));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static Iterable<String> iterable(java.util.Iterator<String> it) {
        return () -> it;
    }

    private static String code(JsonNode a) {
        return a == null || a.isNull() ? "" : s(a, "code");
    }

    private static String s(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
    static String field(String s) {
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) s = "'" + s;
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
