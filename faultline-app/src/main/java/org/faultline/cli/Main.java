package org.faultline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code faultline COMMAND ...}: the command line. Exit codes: 0 ok, 1 some input or run failed, 2 usage error.
 */
@Command(name = "faultline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns conflict news articles into source-attributed event data.",
        subcommandsRepeatable = false)
public final class Main implements Callable<Integer> {
    /** The version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[]{"faultline " + p.getProperty("version", "(version unknown)")};
        }
    }

    static final int OK = 0, FAILED = 1, USAGE = 2;

    @Spec
    CommandSpec spec;

    private final PrintStream err;

    private Main(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with standard input; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs one command line; returns the exit code. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine(in, out, err);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setParameterExceptionHandler((e, arguments) -> {
            CommandLine c = e.getCommandLine();
            errWriter.println("faultline: " + e.getMessage());
            errWriter.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            errWriter.println("faultline: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        });
        int code = cl.execute(args);
        outWriter.flush();
        errWriter.flush();
        out.flush();
        err.flush();
        return code;
    }

    /** The command line with every subcommand, {@code help} last. */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(err));
        for (Object command : subcommands(in, out, err)) cl.addSubcommand(command);
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Every subcommand, in the order {@code --help} lists them. */
    private static List<Object> subcommands(InputStream in, PrintStream out, PrintStream err) {
        return List.of(new ExtractCommand(in, out, err), new EvaluateCommand(out, err), new BenchCommand(out, err),
                new IngestCommand(in, out, err), new EventsCommand(out), new ClaimsCommand(out), new ActorsCommand(out),
                new PlacesCommand(out), new QuotesCommand(out), new ExportCommand(out, err), new GenerateCommand(out), new StoreBenchCommand(out, err),
                new WatchCommand(out, err),
                new SourcesCommand(out), new NamesCommand(out),
                new ServeCommand(out), new ApiBenchCommand(out, err));
    }

    @Override
    public Integer call() {
        err.println("faultline: name a command");
        spec.commandLine().usage(err);
        return USAGE;
    }
}
