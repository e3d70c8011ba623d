package io.interview4j.samples.cli;

/**
 * The command-line sample's entry point: {@code java -jar interview4j-cli.jar [command] [options]}. With no
 * command it runs an interview ({@code run}); see {@code --help}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line on the real terminal and exits with its code: 0 on success, 1 when the library or a
     * file refused something, 2 for a bad flag or value.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(Cli.execute(CliContext.system(), args));
    }
}
