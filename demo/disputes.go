package demo

import (
	"context"

	"github.com/frente/frente"
)

// publicRecord is the public record of the strikes and the disaster the
// letter speaks of.
var publicRecord = frente.Source{Text: "Public record: the strikes of Los Mineros' Sections 65, 17 and 201 began on 30 July 2007; " +
	"the Federal Police evicted the Cananea strikers on 6 June 2010; the Pasta de Conchos explosion of 19 February 2006 killed 65 miners."}

// disputes loads the strikes of Sections 17 (Taxco), 201 (Sombrerete) and
// 65 (Cananea) against Grupo México, begun on 2007-07-30 and still going on
// when the letter spoke of "more than six years of resistance" (so last
// confirmed on 2013-07-30, the letter as source); the eviction at Cananea;
// and the Pasta de Conchos explosion, whose dead were never recovered.
func (l *loader) disputes(ctx context.Context) error {
	group, campaign := l.ids[RefGrupoMexico], l.ids[RefCampaign]
	report := frente.DisputeEvent{Date: "2013-07-30", Kind: frente.EventReport,
		Description: "The letter reports more than six years of resistance: the strike goes on.", Sources: []frente.Source{letter}}
	strikes := []struct {
		ref, title, section, workplace, city, region string
		events                                       []frente.DisputeEvent
	}{
		{"demo:dispute:cananea", "Huelga de la Sección 65 en Cananea", RefSection65, "demo:workplace:cananea", "Cananea", "Sonora",
			[]frente.DisputeEvent{{Date: "2010-06-06", Kind: frente.EventEviction,
				Description: "Federal and state police evict the strikers from the Cananea mine.", Sources: []frente.Source{publicRecord}}, report}},
		{"demo:dispute:taxco", "Huelga de la Sección 17 en Taxco", "demo:org:mineros-seccion-17", "demo:workplace:taxco", "Taxco", "Guerrero",
			[]frente.DisputeEvent{report}},
		{"demo:dispute:sombrerete", "Huelga de la Sección 201 en Sombrerete", "demo:org:mineros-seccion-201", "demo:workplace:sombrerete", "Sombrerete", "Zacatecas",
			[]frente.DisputeEvent{report}},
	}
	for _, st := range strikes {
		d := frente.Dispute{Record: l.public(st.ref, RefMineros, letter, publicRecord), Kind: frente.DisputeStrike, Title: st.title,
			UnionIDs: []frente.ID{l.ids[st.section]}, EmployerID: group, WorkplaceIDs: []frente.ID{l.ids[st.workplace]},
			CampaignIDs: []frente.ID{campaign}, Start: "2007-07-30", Authorized: frente.AuthorizedYes,
			Demands: []string{"Health and safety at the mine", "Respect for the union's autonomy"},
			Place:   frente.Place{City: st.city, Region: st.region, Country: "MX"}, Events: st.events}
		if err := ensure(ctx, l, st.ref,
			func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Dispute], error) {
				return l.store.FindDisputes(ctx, frente.DisputeFilter{ListOptions: opt})
			},
			func(d *frente.Dispute) frente.ID { return d.ID },
			func(ctx context.Context) (frente.ID, error) { err := l.store.CreateDispute(ctx, &d); return d.ID, err }); err != nil {
			return err
		}
	}
	n := frente.Incident{Record: l.public("demo:incident:pasta-de-conchos", RefMineros, letter, publicRecord), Date: "2006-02-19",
		Title: "Explosión en la mina Pasta de Conchos", WorkplaceID: l.ids["demo:workplace:pasta-de-conchos"], Kind: frente.IncidentExplosion,
		Dead: 65, Description: "A methane explosion in Grupo México's Pasta de Conchos coal mine killed 65 miners.",
		Demands:     []frente.IncidentDemand{{Text: "Recover the bodies of the miners still in the mine", Status: frente.DemandOpen, Since: "2006-02-19"}},
		CampaignIDs: []frente.ID{campaign}}
	return ensure(ctx, l, n.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Incident], error) {
			return l.store.FindIncidents(ctx, frente.IncidentFilter{ListOptions: opt})
		},
		func(n *frente.Incident) frente.ID { return n.ID },
		func(ctx context.Context) (frente.ID, error) { err := l.store.CreateIncident(ctx, &n); return n.ID, err })
}
