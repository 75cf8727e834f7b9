package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// defaultDB is the SQLite file used when neither --db nor FRENTE_DB says.
const defaultDB = "frente.db"

// newFlags returns a flag set for a command whose usage names its
// arguments and says what it does.
func newFlags(name, args, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("frente "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: frente %s [flags] %s\n\n%s\n\nFlags (each also from FRENTE_<NAME>):\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs
}

// dbFlag adds the --db flag every command that touches data takes.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB, "SQLite file, or a postgres:// URL")
}

// parse applies FRENTE_* variables, then the command line, so that a flag
// given on the command line wins over the environment.
func parse(fs *flag.FlagSet, args []string) error {
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		name := "FRENTE_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(name); ok && envErr == nil {
			if err := f.Value.Set(v); err != nil {
				envErr = fmt.Errorf("%s=%q: %v", name, v, err)
			}
		}
	})
	if envErr != nil {
		return envErr
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
