package org.faultline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the pipeline's stages apart: they share only model records and lexicon data, and only nlp sees CoreNLP. */
class StageBoundariesTest {
    private static final List<String> STAGES = List.of("ingest", "nlp", "extract", "coding", "store", "export", "corpus");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the main classes only: tests may wire stages together to exercise them
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(mainClasses());
    }

    private static java.nio.file.Path mainClasses() {
        try {
            return java.nio.file.Path.of(org.faultline.Faultline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mainClassesAreImported() {
        org.junit.jupiter.api.Assertions.assertTrue(classes.contain("org.faultline.coding.Coder"), "imported " + classes.size() + " classes");
    }

    @Test
    void stagesDoNotImportEachOther() {
        for (String stage : STAGES) {
            for (String other : STAGES) {
                if (stage.equals(other)) continue;
                noClasses().that().resideInAPackage("org.faultline." + stage + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.faultline." + other + "..")
                        .because("stage " + stage + " must not reach into stage " + other)
                        .allowEmptyShould(true)
                        .check(classes);
            }
        }
    }

    @Test
    void stagesDoNotUseTheFacadeOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(STAGES.stream().map(s -> "org.faultline." + s + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.faultline.cli..", "org.faultline.api..", "org.faultline.evaluate..", "org.faultline.watch..",
                        "org.faultline.sources..", "org.faultline.names..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The escalation watch reads the merged view (store) and, for its backtest, the generated corpus; it never reaches
     * into the coding pipeline's stages, the exchange formats or the front ends.
     */
    @Test
    void watchReadsOnlyTheStoreAndTheCorpus() {
        noClasses().that().resideInAPackage("org.faultline.watch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.faultline.ingest..", "org.faultline.nlp..",
                        "org.faultline.extract..", "org.faultline.coding..", "org.faultline.export..", "org.faultline.cli..",
                        "org.faultline.api..")
                .because("the watch is an analysis over the store, not a pipeline stage")
                .check(classes);
    }

    /**
     * Source track records and naming politics (issue 11) read the store (and lexicon data); like the watch, they never
     * reach into the pipeline's stages, the exchange formats, the front ends or each other.
     */
    @Test
    void sourcesAndNamesReadOnlyTheStore() {
        for (String[] p : new String[][]{{"sources", "names"}, {"names", "sources"}})
            noClasses().that().resideInAPackage("org.faultline." + p[0] + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.faultline.ingest..", "org.faultline.nlp..",
                            "org.faultline.extract..", "org.faultline.coding..", "org.faultline.export..", "org.faultline.corpus..",
                            "org.faultline.cli..", "org.faultline.api..", "org.faultline.watch..", "org.faultline." + p[1] + "..")
                    .because(p[0] + " is an analysis over the store, not a pipeline stage")
                    .check(classes);
    }

    @Test
    void evaluateScoresDocumentsAndRunsNoStage() {
        // evaluate consumes what the pipeline writes (model records, Document JSON); extraction is wired by its caller
        List<String> others = STAGES.stream().filter(s -> !s.equals("export")).map(s -> "org.faultline." + s + "..").toList();
        noClasses().that().resideInAPackage("org.faultline.evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.faultline.cli..", "org.faultline.api..")
                .orShould().dependOnClassesThat().resideInAPackage("org.faultline")
                .because("evaluate is a consumer of documents, like cli, and must not reach into the stages")
                .check(classes);
    }

    @Test
    void onlyNlpSeesCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.faultline.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .because("CoreNLP types stay inside the nlp stage")
                .check(classes);
    }

    @Test
    void modelAndLexiconDependOnNoStage() {
        noClasses().that().resideInAnyPackage("org.faultline.model..", "org.faultline.lexicon..")
                .should().dependOnClassesThat().resideInAnyPackage(STAGES.stream().map(s -> "org.faultline." + s + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void apiUsesOnlyTheStagesItServes() {
        // the server reads articles (ingest), keeps them (store) and writes downloads (export); the pipeline runs behind the facade
        noClasses().that().resideInAPackage("org.faultline.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.faultline.nlp..", "org.faultline.extract..",
                        "org.faultline.coding..", "org.faultline.corpus..", "org.faultline.cli..", "org.faultline.evaluate..")
                .because("the API is a consumer: it runs the pipeline through Faultline and exports through org.faultline.export")
                .check(classes);
    }
}
