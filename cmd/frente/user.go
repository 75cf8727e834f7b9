package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

func runUser(ctx context.Context, args []string, e *env) error {
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, "Usage: frente user add EMAIL --org ID --role viewer|editor|admin [--site-admin] [--name NAME] [--db]")
		fmt.Fprintln(e.stderr, "       frente user list [--db]")
		return errUsage
	}
	switch args[0] {
	case "add":
		return runUserAdd(ctx, args[1:], e)
	case "list":
		return runUserList(ctx, args[1:], e)
	}
	return fmt.Errorf("unknown user command %q: say add or list", args[0])
}

func runUserAdd(ctx context.Context, args []string, e *env) error {
	fs := newFlags("user add", "EMAIL", "Add a user with a role in an organization (and all below it). The password is read from\n"+
		"standard input when it is not a terminal; otherwise one is generated and printed once.", e.stderr)
	db := dbFlag(fs)
	org := fs.Int64("org", 0, "id of the organization the user is a member of")
	role := fs.String("role", "viewer", "viewer, editor or admin")
	name := fs.String("name", "", "the user's name, as others see it")
	siteAdmin := fs.Bool("site-admin", false, "may see and change everything")
	email, rest := firstArg(args)
	if err := parse(fs, rest); err != nil {
		return err
	}
	if email == "" {
		fs.Usage()
		return errUsage
	}
	if *org == 0 && !*siteAdmin {
		return errors.New("--org: say which organization the user is a member of (or --site-admin)")
	}
	if !frente.Role(*role).Valid() {
		return fmt.Errorf("--role: %q is not viewer, editor or admin", *role)
	}
	password, generated, err := readPassword(e.stdin)
	if err != nil {
		return err
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if *org != 0 {
		if _, err := store.FindOrganizationByID(ctx, frente.ID(*org)); err != nil {
			return fmt.Errorf("--org: %w", err)
		}
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		return err
	}
	u := frente.User{Email: email, Name: *name, SiteAdmin: *siteAdmin, PasswordHash: hash}
	if err := store.CreateUser(ctx, &u); err != nil {
		return err
	}
	if *org != 0 {
		if err := store.SetMembership(ctx, frente.Membership{UserID: u.ID, OrganizationID: frente.ID(*org), Role: frente.Role(*role)}); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stdout, "Added %s (user %d).\n", u.Email, u.ID)
	if generated {
		fmt.Fprintf(e.stdout, "Password (shown once): %s\n", password)
	}
	return nil
}

// readPassword reads a password from stdin when it is piped, or generates one.
func readPassword(stdin io.Reader) (password string, generated bool, err error) {
	if f, ok := stdin.(*os.File); !ok || !isTerminal(f) {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", false, fmt.Errorf("read password from standard input: %w", err)
		}
		if password = strings.TrimRight(line, "\r\n"); password != "" {
			if len([]rune(password)) < auth.MinPasswordLength {
				return "", false, fmt.Errorf("password from standard input: shorter than %d characters", auth.MinPasswordLength)
			}
			return password, false, nil
		}
	}
	return auth.GeneratePassword(), true, nil
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func runUserList(ctx context.Context, args []string, e *env) error {
	fs := newFlags("user list", "", "List users and their memberships.", e.stderr)
	db := dbFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	users, err := store.ListUsers(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tEMAIL\tNAME\tMEMBERSHIPS")
	for _, u := range users {
		ms, err := store.MembershipsOfUser(ctx, u.ID)
		if err != nil {
			return err
		}
		var roles []string
		if u.SiteAdmin {
			roles = append(roles, "site admin")
		}
		for _, m := range ms {
			roles = append(roles, fmt.Sprintf("%s of %s (%d)", m.Role, m.OrganizationName, m.OrganizationID))
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", u.ID, u.Email, u.Name, strings.Join(roles, "; "))
	}
	return tw.Flush()
}

func runToken(ctx context.Context, args []string, e *env) error {
	if len(args) == 0 || args[0] != "create" {
		fmt.Fprintln(e.stderr, "Usage: frente token create --user EMAIL [--name NAME] [--db]")
		return errUsage
	}
	fs := newFlags("token create", "", "Create an API token for a user and print it on the last line (it is shown only once).\n"+
		"Send it as 'Authorization: Bearer TOKEN'.", e.stderr)
	db := dbFlag(fs)
	email := fs.String("user", "", "email of the user the token acts for")
	name := fs.String("name", "command line", "what the token is for")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if *email == "" {
		return errors.New("--user: say whose token it is")
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	u, err := store.FindUserByEmail(ctx, *email)
	if err != nil {
		return fmt.Errorf("--user %s: %w", *email, err)
	}
	secret := auth.NewSecret(auth.TokenPrefix)
	t := frente.Token{UserID: u.ID, Name: *name}
	if err := store.CreateToken(ctx, &t, auth.HashSecret(secret)); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "API token %d for %s (%s). It is shown only once:\n%s\n", t.ID, u.Email, t.Name, secret)
	return nil
}

// firstArg splits off a leading positional argument, so that it may come
// before the flags ("user add EMAIL --org 1").
func firstArg(args []string) (string, []string) {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		return args[0], args[1:]
	}
	return "", args
}
