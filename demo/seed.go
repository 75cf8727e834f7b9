package demo

import (
	"context"

	"github.com/frente/frente"
)

// Refs of the records other parts of the program (and tests) look up.
const (
	RefMineros     = "demo:org:los-mineros"
	RefUSW         = "demo:org:usw"
	RefGrupoMexico = "demo:org:grupo-mexico"
	RefASARCO      = "demo:org:asarco"
	RefSection65   = "demo:org:mineros-seccion-65"
	RefCampaign    = "demo:campaign:common-front"
)

func (l *loader) organizations(ctx context.Context) error {
	orgs := []frente.Organization{
		{Record: l.public(RefMineros, ""), Kind: frente.KindUnion,
			Name:      "Sindicato Nacional de Trabajadores Mineros, Metalúrgicos, Siderúrgicos y Similares de la República Mexicana",
			ShortName: "Los Mineros", Country: "MX",
			Notes: "In English: National Miners' and Metalworkers' Union of the Mexican Republic."},
		{Record: l.public(RefUSW, ""), Kind: frente.KindUnion, Name: "United Steelworkers", ShortName: "USW", Country: "US",
			Website: "https://www.usw.org"},
		{Record: l.public(RefGrupoMexico, RefMineros), Kind: frente.KindCorporateGroup, Name: "Grupo México", Country: "MX",
			Notes: "Owned by Germán Larrea Mota Velasco."},
	}
	for _, o := range orgs {
		if err := l.org(ctx, o); err != nil {
			return err
		}
	}
	mineros, usw, group := l.ids[RefMineros], l.ids[RefUSW], l.ids[RefGrupoMexico]
	orgs = []frente.Organization{
		{Record: l.public("demo:org:mineros-cen", RefMineros), Kind: frente.KindUnionBody, Name: "Comité Ejecutivo Nacional",
			Country: "MX", ParentID: mineros, Notes: "In English: National Executive Committee."},
		{Record: l.public("demo:org:mineros-cgvj", RefMineros), Kind: frente.KindUnionBody, Name: "Consejo General de Vigilancia y Justicia",
			Country: "MX", ParentID: mineros, Notes: "In English: General Council of Vigilance and Justice."},
		{Record: l.public("demo:org:mineros-delegados", RefMineros), Kind: frente.KindUnionBody, Name: "Delegados Especiales y de Zona",
			Country: "MX", ParentID: mineros, Notes: "In English: Special and Zone Delegates."},
		{Record: l.public("demo:org:mineros-seccion-17", RefMineros), Kind: frente.KindLocal, Name: "Sección 17", Number: "17",
			Country: "MX", Region: "Guerrero", City: "Taxco", ParentID: mineros},
		{Record: l.public("demo:org:mineros-seccion-201", RefMineros), Kind: frente.KindLocal, Name: "Sección 201", Number: "201",
			Country: "MX", Region: "Zacatecas", City: "Sombrerete", ParentID: mineros},
		{Record: l.public(RefSection65, RefMineros), Kind: frente.KindLocal, Name: "Sección 65", Number: "65",
			Country: "MX", Region: "Sonora", City: "Cananea", ParentID: mineros},
		{Record: l.public(RefASARCO, RefUSW), Kind: frente.KindEmployer, Name: "ASARCO", Country: "US", ParentID: group,
			Notes: "An affiliate of Grupo México, with operations in Arizona and Texas."},
	}
	for _, o := range orgs {
		if err := l.org(ctx, o); err != nil {
			return err
		}
	}
	for _, loc := range uswLocals {
		o := frente.Organization{Record: l.public(loc.ref, RefUSW, letter, illustrative), Kind: frente.KindLocal,
			Name: "USW local at " + loc.site, Country: "US", Region: loc.region, City: loc.city, ParentID: usw}
		if err := l.org(ctx, o); err != nil {
			return err
		}
	}
	return nil
}

// uswLocals are the five illustrative locals, one for each of ASARCO's
// operations in Arizona and Texas.
var uswLocals = []struct{ ref, site, workplaceRef, workplace, city, region string }{
	{"demo:org:usw-mission", "Mission", "demo:workplace:mission", "Mission Complex", "Sahuarita", "Arizona"},
	{"demo:org:usw-ray", "Ray", "demo:workplace:ray", "Ray Operations", "Kearny", "Arizona"},
	{"demo:org:usw-hayden", "Hayden", "demo:workplace:hayden", "Hayden Smelter", "Hayden", "Arizona"},
	{"demo:org:usw-silver-bell", "Silver Bell", "demo:workplace:silver-bell", "Silver Bell Mine", "Marana", "Arizona"},
	{"demo:org:usw-amarillo", "the Amarillo refinery", "demo:workplace:amarillo", "Amarillo Copper Refinery", "Amarillo", "Texas"},
}

func (l *loader) workplaces(ctx context.Context) error {
	for _, loc := range uswLocals {
		kind := frente.WorkplaceMine
		switch loc.workplaceRef {
		case "demo:workplace:hayden":
			kind = frente.WorkplaceSmelter
		case "demo:workplace:amarillo":
			kind = frente.WorkplaceRefinery
		}
		w := frente.Workplace{Record: l.public(loc.workplaceRef, RefUSW), Name: loc.workplace, Kind: kind,
			OperatorID: l.ids[RefASARCO], RepresentedBy: []frente.ID{l.ids[loc.ref]}, Country: "US", Region: loc.region, City: loc.city}
		if err := l.workplace(ctx, w); err != nil {
			return err
		}
	}
	group := l.ids[RefGrupoMexico]
	for _, w := range []frente.Workplace{
		{Record: l.public("demo:workplace:cananea", RefMineros), Name: "Mina de Cananea", Kind: frente.WorkplaceMine,
			OperatorID: group, RepresentedBy: []frente.ID{l.ids[RefSection65]}, Country: "MX", Region: "Sonora", City: "Cananea"},
		{Record: l.public("demo:workplace:taxco", RefMineros), Name: "Mina de Taxco", Kind: frente.WorkplaceMine,
			OperatorID: group, RepresentedBy: []frente.ID{l.ids["demo:org:mineros-seccion-17"]}, Country: "MX", Region: "Guerrero", City: "Taxco"},
		{Record: l.public("demo:workplace:sombrerete", RefMineros), Name: "Mina de Sombrerete", Kind: frente.WorkplaceMine,
			OperatorID: group, RepresentedBy: []frente.ID{l.ids["demo:org:mineros-seccion-201"]}, Country: "MX", Region: "Zacatecas", City: "Sombrerete"},
		{Record: l.public("demo:workplace:pasta-de-conchos", RefMineros), Name: "Mina de carbón Pasta de Conchos", Kind: frente.WorkplaceMine,
			OperatorID: group, Country: "MX", Region: "Coahuila", City: "San Juan de Sabinas",
			Notes: "Coal mine. The bodies of miners who died in it were never recovered."},
	} {
		if err := l.workplace(ctx, w); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) people(ctx context.Context) error {
	people := []struct {
		ref, name, country, notes string
	}{
		{"demo:person:gomez-urrutia", "Napoleón Gómez Urrutia", "MX", ""},
		{"demo:person:beltran-reyes", "Sergio Beltrán Reyes", "MX", ""},
		{"demo:person:linares-montufar", "Juan Linares Montufar", "MX", ""},
		{"demo:person:laventure", "LaVenture", "US", "Of the United Steelworkers; the letter addresses him as “Brother LaVenture” and gives no first name or title."},
		{"demo:person:larrea", "Germán Larrea Mota Velasco", "MX", "Owner of Grupo México."},
	}
	for _, p := range people {
		owner := RefMineros
		if p.country == "US" {
			owner = RefUSW
		}
		if err := l.person(ctx, frente.Person{Record: l.public(p.ref, owner), Name: p.name, Country: p.country, Notes: p.notes}); err != nil {
			return err
		}
	}
	for _, p := range []struct{ ref, person, org, title string }{
		{"demo:position:gomez-urrutia", "demo:person:gomez-urrutia", RefMineros, "President and Secretary General"},
		{"demo:position:beltran-reyes", "demo:person:beltran-reyes", "demo:org:mineros-cen", "Secretary of the Interior, Exterior and Acts"},
		{"demo:position:linares-montufar", "demo:person:linares-montufar", "demo:org:mineros-cgvj", "Secretary of the General Council of Vigilance and Justice"},
		{"demo:position:larrea", "demo:person:larrea", RefGrupoMexico, "Owner"},
	} {
		pos := frente.Position{Record: l.public(p.ref, RefMineros), PersonID: l.ids[p.person], OrganizationID: l.ids[p.org], Title: p.title}
		if err := l.position(ctx, pos); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) campaign(ctx context.Context) error {
	return l.campaignRecord(ctx, frente.Campaign{
		Record:    l.public(RefCampaign, RefMineros),
		Name:      "Common front against Grupo México",
		TargetID:  l.ids[RefGrupoMexico],
		Members:   []frente.ID{l.ids[RefMineros], l.ids[RefUSW]},
		Countries: []string{"US", "MX", "PE"},
		Description: "Unions of the United States, Mexico and Peru that face Grupo México and its affiliates coordinate here: " +
			"the USW locals bargaining with ASARCO over the company's takeaways, and the Mexican miners' sections " +
			"whose strikes and dead the company has never answered for.",
	})
}
