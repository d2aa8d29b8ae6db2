package cocreation.cli;

import cocreation.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code cocreation run | sweep | merge | describe | scenarios ...}. Exit codes: 0 success,
 * 2 bad input (usage, scenario or spec; every problem printed with its path), 1 anything else.
 */
@Command(name = "cocreation", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of co-creation, trust and innovation in a municipality.",
        subcommands = {RunCommand.class, SweepCommand.class, RerunCommand.class, MergeCommand.class, SlurmCommand.class, CompareCommand.class,
                ValidateCommand.class,
                GuiCommand.class, DescribeCommand.class,
                ScenariosCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 1;

    public static void main(String[] args) {
        cocreation.run.Checkpoints.guardProcess();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> { // a worker thread out of memory ends the program, in one line
            if (!(e instanceof VirtualMachineError)) {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace();
                return;
            }
            System.err.println("error: " + resources(e));
            Runtime.getRuntime().halt(FAILURE);
        });
        System.exit(execute(args));
    }

    private static String[] args = new String[0];

    /** Runs a command and returns its exit code (for tests). */
    public static int execute(String... args) {
        return execute(new CommandLine(new Main()), args);
    }

    /** Runs a command line with this program's exit codes and messages. */
    static int execute(CommandLine cli, String... args) {
        Main.args = args.clone();
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ScenarioException) {
                for (String p : ((ScenarioException) e).problems()) cmd.getErr().println("error: " + p);
                return BAD_INPUT;
            }
            if (e instanceof cocreation.output.OutputFolder.Unusable) {
                cmd.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            for (Throwable c = e; c != null; c = c.getCause())
                if (c instanceof OutOfMemoryError || c instanceof StackOverflowError) {
                    cmd.getErr().println("error: " + resources(c));
                    return FAILURE;
                }
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("COCREATION_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return FAILURE;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) { // errors pass picocli's handler: one line all the same
            System.err.println("error: " + resources(e));
            return FAILURE;
        }
    }

    /** One line for running out of memory or stack, with what to do about it. */
    static String resources(Throwable e) {
        if (e instanceof StackOverflowError)
            return "out of stack space (something is nested too deeply); give more with COCREATION_JAVA_OPTS=-Xss64m";
        return "out of memory (" + (e.getMessage() == null ? "Java heap" : e.getMessage()) + "; this Java may use "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); give more with COCREATION_JAVA_OPTS=-Xmx8g, or run a smaller town";
    }

    /** The current command as one shell line, each argument quoted as needed, for manifests: pasted into a shell it runs again. */
    static String commandLine() {
        StringBuilder b = new StringBuilder("cocreation");
        for (String a : args) b.append(' ').append(cocreation.cluster.Shell.quote(a));
        return b.toString();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cocreation " + cocreation.run.Manifest.toolVersion() + " (MASON "
                    + sim.engine.SimState.version() + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
