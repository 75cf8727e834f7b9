package main

import (
	"context"
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"

	"github.com/frente/frente"
)

func runSearch(ctx context.Context, args []string, e *env) error {
	fs := newFlags("search", "QUERY", "Search the units (articles, sections) of the stored agreements. Words are ANDed; \"quoted phrases\",\n"+
		"OR, NOT (or -word) and parentheses work; English and Spanish forms of a word find each other, accents optional.", e.stderr)
	db := dbFlag(fs)
	topic := fs.String("topic", "", "only units with this topic (a code such as grievance-procedure)")
	employer := fs.String("employer", "", "only agreements of this employer, by id or name")
	country := fs.String("country", "", "only agreements with a party in this country")
	inForce := fs.Bool("in-force", false, "only agreements in force today")
	lang := fs.String("lang", "", "the query's language, en or es (default: both)")
	limit := fs.Int("limit", 20, "at most this many results (up to 100)")
	asJSON := fs.Bool("json", false, "print JSON, as the API answers")
	query, rest := firstArg(args)
	if err := parse(fs, rest); err != nil {
		return err
	}
	if query == "" && fs.NArg() > 0 {
		query = strings.Join(fs.Args(), " ")
	}
	if query == "" {
		fs.Usage()
		return errUsage
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	sq := frente.SearchQuery{Q: query, Topic: *topic, Country: strings.ToUpper(*country), Lang: *lang, Limit: *limit}
	if sq.EmployerID, err = orgByIDOrName(ctx, store, "--employer", *employer); err != nil {
		return err
	}
	if *inForce {
		sq.InForce = frente.Date(time.Now().Format(time.DateOnly))
	}
	res, err := store.Search(ctx, sq)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(e.stdout, res)
	}
	if res.More {
		fmt.Fprintf(e.stdout, "More units match than the %d ranked (those with the words in their heading and the latest others): add words or filters to rank them all.\n", res.Total)
	} else {
		fmt.Fprintf(e.stdout, "%d units match.\n", res.Total)
	}
	for _, h := range res.Items {
		fmt.Fprintf(e.stdout, "\n%s — %s %s %s (agreement %d, unit %d)\n  %s\n", h.AgreementTitle, h.UnitKind, h.UnitNumber, h.Heading,
			h.AgreementID, h.UnitID, plainSnippet(h.Snippet))
	}
	return nil
}

var markTags = regexp.MustCompile(`</?mark>`)

// plainSnippet shows a highlighted snippet on a terminal: marks become
// asterisks, entities text.
func plainSnippet(s string) string {
	return html.UnescapeString(markTags.ReplaceAllStringFunc(s, func(string) string { return "*" }))
}
