package org.faultline.nlp;

import java.io.IOException;

/**
 * The build step that writes the NER model with compact string tables (see {@code CompiledNer}): {@code mvn}'s
 * process-classes phase runs it with CoreNLP's model resource and the output file.
 */
public final class BuildNerModel {
    private BuildNerModel() {
    }

    public static void main(String[] args) throws IOException {
        CompiledNer.build(args);
    }
}
