package org.faultline.nlp;

import java.io.IOException;

/**
 * The build step that writes the dependency parser's compiled model (see {@code CompiledParser}): {@code mvn}'s
 * process-classes phase runs it with the text model's resource name and the output file.
 */
public final class BuildParserModel {
    private BuildParserModel() {
    }

    public static void main(String[] args) throws IOException {
        CompiledParser.build(args);
    }
}
