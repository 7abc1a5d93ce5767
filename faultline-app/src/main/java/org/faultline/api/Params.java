package org.faultline.api;

import io.javalin.http.Context;

import java.util.Set;

/** Query parameter checks shared by the analysis endpoints: unknown names and limits are 400s naming the value. */
final class Params {
    private Params() {}

    static void known(Context ctx, Set<String> names) {
        for (String name : ctx.queryParamMap().keySet())
            if (!names.contains(name))
                throw new IllegalArgumentException("unknown parameter '" + name + "'; known: " + String.join(", ",
                        names.stream().sorted().toList()));
    }

    static int limit(Context ctx, int otherwise, int max) {
        String v = ctx.queryParam("limit");
        if (v == null || v.isBlank()) return otherwise;
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit '" + v + "' is not a whole number");
        }
        if (n < 1 || n > max) throw new IllegalArgumentException("limit " + n + " is not 1-" + max);
        return n;
    }
}
