package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/frente/frente"
	"github.com/frente/frente/sqlstore"
)

// kinds of record the list and show commands know, with their aliases.
var recordKinds = map[string]string{
	"organizations": "organizations", "organization": "organizations", "orgs": "organizations", "org": "organizations",
	"workplaces": "workplaces", "workplace": "workplaces",
	"people": "people", "person": "people",
	"positions": "positions", "position": "positions",
	"campaigns": "campaigns", "campaign": "campaigns",
	"disputes": "disputes", "dispute": "disputes", "strikes": "disputes",
	"incidents": "incidents", "incident": "incidents",
}

func runList(ctx context.Context, args []string, e *env) error {
	fs := newFlags("list", "organizations|workplaces|people|positions|campaigns|disputes|incidents",
		"List records by name, with filters; --json prints the same envelope as the API.", e.stderr)
	db := dbFlag(fs)
	q := fs.String("q", "", "search names (case and accents do not matter)")
	kind := fs.String("kind", "", "organizations, workplaces, disputes and incidents: only this kind")
	stale := fs.Bool("needs-confirmation", false, "disputes: only the ongoing ones last confirmed more than 30 days ago")
	country := fs.String("country", "", "only this country (ISO 3166-1 alpha-2)")
	parent := fs.Int64("parent", 0, "organizations: only the children of this id")
	limit := fs.Int("limit", 100, "at most this many records (up to 500)")
	asJSON := fs.Bool("json", false, "print JSON")
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if err := parse(fs, args); err != nil {
			return err
		}
		fs.Usage()
		return errUsage
	}
	what, ok := recordKinds[args[0]]
	if !ok {
		return fmt.Errorf("cannot list %q: say organizations, workplaces, people, positions, campaigns, disputes or incidents", args[0])
	}
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	opt := frente.ListOptions{Q: *q, Limit: *limit}
	cc := strings.ToUpper(*country)
	if cc != "" && !frente.ValidCountry(cc) {
		return fmt.Errorf("--country: %q is not an ISO 3166-1 alpha-2 country code", *country)
	}
	if what == "disputes" || what == "incidents" {
		return listEvents(ctx, store, what, opt, *kind, *stale, *asJSON, e.stdout)
	}
	return listRecords(ctx, store, what, opt, *kind, cc, frente.ID(*parent), *asJSON, e.stdout)
}

// listEvents lists disputes, with how long they have lasted and whether
// they need confirming, or incidents.
func listEvents(ctx context.Context, s *sqlstore.Store, what string, opt frente.ListOptions, kind string, stale, asJSON bool, w io.Writer) error {
	var (
		page any
		rows [][]string
		head []string
	)
	switch what {
	case "disputes":
		if kind != "" && !slices.Contains(frente.DisputeKinds, frente.DisputeKind(kind)) {
			return fmt.Errorf("--kind: %q is not a kind of dispute (%v)", kind, frente.DisputeKinds)
		}
		p, err := s.FindDisputes(ctx, frente.DisputeFilter{ListOptions: opt, Kind: frente.DisputeKind(kind), NeedsConfirmation: stale})
		if err != nil {
			return err
		}
		page, head = p, []string{"ID", "TITLE", "KIND", "START", "END", "DAYS", "LAST CONFIRMED", ""}
		for _, d := range p.Items {
			end, flag, days := string(d.End), "", fmt.Sprint(d.DurationDays)
			if d.Ongoing {
				end, days = "ongoing", "≥ "+days
			}
			if d.NeedsConfirmation {
				flag = "needs confirmation"
			}
			rows = append(rows, []string{id(d.ID), d.Title, string(d.Kind), string(d.Start), end, days, string(d.LastConfirmed), flag})
		}
	case "incidents":
		if kind != "" && !slices.Contains(frente.IncidentKinds, frente.IncidentKind(kind)) {
			return fmt.Errorf("--kind: %q is not a kind of incident (%v)", kind, frente.IncidentKinds)
		}
		p, err := s.FindIncidents(ctx, frente.IncidentFilter{ListOptions: opt, Kind: frente.IncidentKind(kind)})
		if err != nil {
			return err
		}
		page, head = p, []string{"ID", "DATE", "TITLE", "KIND", "DEAD", "INJURED", "OPEN DEMANDS"}
		for _, n := range p.Items {
			open := 0
			for _, d := range n.Demands {
				if d.Status == frente.DemandOpen || d.Status == frente.DemandPartial {
					open++
				}
			}
			rows = append(rows, []string{id(n.ID), string(n.Date), n.Title, string(n.Kind), fmt.Sprint(n.Dead), fmt.Sprint(n.Injured), fmt.Sprint(open)})
		}
	}
	if asJSON {
		return printJSON(w, page)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

func listRecords(ctx context.Context, s *sqlstore.Store, what string, opt frente.ListOptions, kind, country string, parent frente.ID, asJSON bool, w io.Writer) error {
	var (
		page any
		rows [][]string
		head []string
	)
	switch what {
	case "organizations":
		if kind != "" && !frente.OrgKind(kind).Valid() {
			return fmt.Errorf("--kind: %q is not an organization kind", kind)
		}
		p, err := s.FindOrganizations(ctx, frente.OrganizationFilter{ListOptions: opt, Kind: frente.OrgKind(kind), Country: country, ParentID: parent})
		if err != nil {
			return err
		}
		page, head = p, []string{"ID", "NAME", "KIND", "NUMBER", "COUNTRY", "CITY", "PARENT"}
		for _, o := range p.Items {
			rows = append(rows, []string{id(o.ID), o.Name, string(o.Kind), o.Number, o.Country, o.City, id(o.ParentID)})
		}
	case "workplaces":
		if kind != "" && !frente.WorkplaceKind(kind).Valid() {
			return fmt.Errorf("--kind: %q is not a workplace kind", kind)
		}
		p, err := s.FindWorkplaces(ctx, frente.WorkplaceFilter{ListOptions: opt, Kind: frente.WorkplaceKind(kind), Country: country})
		if err != nil {
			return err
		}
		page, head = p, []string{"ID", "NAME", "KIND", "COUNTRY", "REGION", "CITY", "OPERATOR"}
		for _, x := range p.Items {
			rows = append(rows, []string{id(x.ID), x.Name, string(x.Kind), x.Country, x.Region, x.City, id(x.OperatorID)})
		}
	case "people":
		p, err := s.FindPeople(ctx, frente.PersonFilter{ListOptions: opt, Country: country})
		if err != nil {
			return err
		}
		page, head = p, []string{"ID", "NAME", "COUNTRY"}
		for _, x := range p.Items {
			rows = append(rows, []string{id(x.ID), x.Name, x.Country})
		}
	case "positions":
		p, err := s.FindPositions(ctx, frente.PositionFilter{ListOptions: opt})
		if err != nil {
			return err
		}
		page, head = p, []string{"ID", "PERSON", "TITLE", "ORGANIZATION", "FROM", "TO"}
		for _, x := range p.Items {
			rows = append(rows, []string{id(x.ID), x.PersonName, x.Title, x.OrganizationName, string(x.From), string(x.To)})
		}
	case "campaigns":
		p, err := s.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: opt, Country: country})
		if err != nil {
			return err
		}
		page, head = p, []string{"ID", "NAME", "COUNTRIES", "MEMBERS", "TARGET"}
		for _, x := range p.Items {
			rows = append(rows, []string{id(x.ID), x.Name, strings.Join(x.Countries, " "), fmt.Sprint(len(x.Members)), id(x.TargetID)})
		}
	}
	if asJSON {
		return printJSON(w, page)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

func runShow(ctx context.Context, args []string, e *env) error {
	fs := newFlags("show", "organization|workplace|person|position|campaign|dispute|incident ID", "Show one record as JSON.", e.stderr)
	db := dbFlag(fs)
	if len(args) < 2 || strings.HasPrefix(args[0], "-") {
		if err := parse(fs, args); err != nil {
			return err
		}
		fs.Usage()
		return errUsage
	}
	what, ok := recordKinds[args[0]]
	if !ok {
		return fmt.Errorf("cannot show %q: say organization, workplace, person, position, campaign, dispute or incident", args[0])
	}
	recID, err := frente.ParseID(args[1])
	if err != nil {
		return err
	}
	if err := parse(fs, args[2:]); err != nil {
		return err
	}
	ctx, store, err := openLocal(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	var rec any
	switch what {
	case "organizations":
		rec, err = store.FindOrganizationByID(ctx, recID)
	case "workplaces":
		rec, err = store.FindWorkplaceByID(ctx, recID)
	case "people":
		rec, err = store.FindPersonByID(ctx, recID)
	case "positions":
		rec, err = store.FindPositionByID(ctx, recID)
	case "campaigns":
		rec, err = store.FindCampaignByID(ctx, recID)
	case "disputes":
		rec, err = store.FindDisputeByID(ctx, recID)
	case "incidents":
		rec, err = store.FindIncidentByID(ctx, recID)
	}
	if err != nil {
		return err
	}
	return printJSON(e.stdout, rec)
}

func id(i frente.ID) string {
	if i == 0 {
		return ""
	}
	return fmt.Sprint(int64(i))
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
