// Command frente is Frente's one binary: the web app and JSON API (serve),
// and the command-line tools for bulk work on the same database.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, env *env) error
}

// env is what a command reads and writes besides its flags.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

var commands = []command{
	{"serve", "serve the web pages and the JSON API", runServe},
	{"migrate", "bring a database's schema up to date", runMigrate},
	{"demo", "load the seed case into a database (again changes nothing)", runDemo},
	{"ingest", "store agreements from files or directories, parsed, classified and indexed", runIngest},
	{"import", "import a strike tracker's CSV file of disputes (frente import disputes FILE --format lat|fmcs)", runImport},
	{"export", "write the disputes as a strike tracker's CSV file (frente export disputes --format lat|fmcs)", runExport},
	{"search", "search the stored agreements in English and Spanish", runSearch},
	{"list", "list organizations, workplaces, people, positions or campaigns", runList},
	{"show", "show one record", runShow},
	{"parse", "print the structure and topics of one contract file (stores nothing)", runParse},
	{"compare", "align two versions of an agreement and redline each article (files or stored ids)", runCompare},
	{"user", "add or list users (frente user add EMAIL --org ID --role ROLE)", runUser},
	{"token", "create an API token for a user (frente token create --user EMAIL)", runToken},
	{"backup", "copy the SQLite database, consistently, while the server runs", runBackup},
	{"version", "print the version", runVersion},
}

// errUsage reports bad arguments; the command has printed what to do.
var errUsage = errors.New("usage")

// run runs the command line and returns the exit code: 0 on success, 2 on
// bad usage, 1 on any other failure.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			err := c.run(ctx, args[1:], e)
			switch {
			case err == nil:
				return 0
			case errors.Is(err, flag.ErrHelp):
				return 0
			case errors.Is(err, errUsage):
				return 2
			}
			fmt.Fprintf(stderr, "frente %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "frente: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Frente keeps what allied unions facing the same employer share: organizations, workplaces,")
	fmt.Fprintln(w, "people and campaigns, in English and Spanish.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: frente COMMAND [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Every flag can also be set by a FRENTE_* environment variable (--db by FRENTE_DB).")
	fmt.Fprintln(w, "Run 'frente COMMAND --help' for a command's flags.")
}
