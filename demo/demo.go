// Package demo loads the seed case into a store: the Mexican miners' union
// and the United Steelworkers, Grupo México and ASARCO, their workplaces and
// officers, and the common front that ties them together. Every record has
// a stable ref ("demo:..."), so loading twice changes nothing.
package demo

import (
	"context"
	"fmt"

	"github.com/frente/frente"
)

// letter is the citation of the solidarity letter the demo comes from.
var letter = frente.Source{Text: "Solidarity letter from the National Executive Committee of Los Mineros to the United Steelworkers on bargaining with ASARCO (shared/seed)"}

// illustrative marks records the letter implies but does not name.
var illustrative = frente.Source{Text: "Illustrative: the letter speaks of five USW locals bargaining with ASARCO in Arizona and Texas without naming or numbering them; this record stands for one of them."}

// loader creates what is missing and remembers the ids of what exists.
type loader struct {
	store   frente.Store
	ids     map[string]frente.ID
	created int
}

// Load adds the seed case to store and returns how many records it
// created (0 when the demo was already there).
func Load(ctx context.Context, store frente.Store) (int, error) {
	ctx = frente.WithViewer(ctx, frente.System)
	l := &loader{store: store, ids: map[string]frente.ID{}}
	for _, step := range []func(context.Context) error{l.organizations, l.workplaces, l.people, l.campaign, l.bargaining, l.disputes, l.solidarity, l.users} {
		if err := step(ctx); err != nil {
			return l.created, fmt.Errorf("demo: %w", err)
		}
	}
	return l.created, nil
}

// public fills the record fields every demo record shares.
func (l *loader) public(ref, owner string, sources ...frente.Source) frente.Record {
	if len(sources) == 0 {
		sources = []frente.Source{letter}
	}
	return frente.Record{Ref: ref, OwnerID: l.ids[owner], Visibility: frente.Public, Sources: sources}
}

// ensure looks a record up by ref and creates it when missing.
func ensure[T any](ctx context.Context, l *loader, ref string, find func(context.Context, frente.ListOptions) (frente.Page[T], error),
	id func(T) frente.ID, create func(context.Context) (frente.ID, error)) error {
	p, err := find(ctx, frente.ListOptions{Ref: ref, Limit: 1})
	if err != nil {
		return fmt.Errorf("find %s: %w", ref, err)
	}
	if len(p.Items) > 0 {
		l.ids[ref] = id(p.Items[0])
		return nil
	}
	newID, err := create(ctx)
	if err != nil {
		return fmt.Errorf("create %s: %w", ref, err)
	}
	l.ids[ref] = newID
	l.created++
	return nil
}

func (l *loader) org(ctx context.Context, o frente.Organization) error {
	return ensure(ctx, l, o.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Organization], error) {
			return l.store.FindOrganizations(ctx, frente.OrganizationFilter{ListOptions: opt})
		},
		func(o *frente.Organization) frente.ID { return o.ID },
		func(ctx context.Context) (frente.ID, error) {
			err := l.store.CreateOrganization(ctx, &o)
			return o.ID, err
		})
}

func (l *loader) workplace(ctx context.Context, w frente.Workplace) error {
	return ensure(ctx, l, w.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Workplace], error) {
			return l.store.FindWorkplaces(ctx, frente.WorkplaceFilter{ListOptions: opt})
		},
		func(w *frente.Workplace) frente.ID { return w.ID },
		func(ctx context.Context) (frente.ID, error) {
			err := l.store.CreateWorkplace(ctx, &w)
			return w.ID, err
		})
}

func (l *loader) person(ctx context.Context, p frente.Person) error {
	return ensure(ctx, l, p.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Person], error) {
			return l.store.FindPeople(ctx, frente.PersonFilter{ListOptions: opt})
		},
		func(p *frente.Person) frente.ID { return p.ID },
		func(ctx context.Context) (frente.ID, error) { err := l.store.CreatePerson(ctx, &p); return p.ID, err })
}

func (l *loader) position(ctx context.Context, p frente.Position) error {
	return ensure(ctx, l, p.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Position], error) {
			return l.store.FindPositions(ctx, frente.PositionFilter{ListOptions: opt})
		},
		func(p *frente.Position) frente.ID { return p.ID },
		func(ctx context.Context) (frente.ID, error) { err := l.store.CreatePosition(ctx, &p); return p.ID, err })
}

func (l *loader) campaignRecord(ctx context.Context, c frente.Campaign) error {
	return ensure(ctx, l, c.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Campaign], error) {
			return l.store.FindCampaigns(ctx, frente.CampaignFilter{ListOptions: opt})
		},
		func(c *frente.Campaign) frente.ID { return c.ID },
		func(ctx context.Context) (frente.ID, error) { err := l.store.CreateCampaign(ctx, &c); return c.ID, err })
}
