package demo

import (
	"context"

	"github.com/frente/frente"
)

// Refs of the seed letter and its pledge.
const (
	RefLetter     = "demo:message:letter-en"
	RefCarta      = "demo:message:letter-es"
	RefPledge     = "demo:pledge:accompaniment"
	letterDate    = "2013-08-01"
	letterSummary = "We learned of the negotiations of the USW locals with ASARCO, Grupo México's affiliate, at five locations in Arizona and Texas, and of the company's attempt to take back what workers have won: drug and alcohol testing imposed, a new attendance policy, fewer absences allowed for a family medical emergency, the labor-management civil rights committees eliminated and the grievance procedure overturned.\n\nIt is the same company that has refused to recover the bodies of the miners who died at **Pasta de Conchos** and that has repressed the strikes of Sections 17, 201 and 65 for more than six years. Only a common front of the workers and unions of the United States, Mexico and Peru can answer it.\n\nLos Mineros and all their sections stand ready to support and accompany the Steelworkers at ASARCO in whatever way, and at whatever moment, they decide.\n\n*A summary written for Frente; not the letter's own words.*"
	cartaSummary  = "Nos enteramos de las negociaciones de las secciones del USW con ASARCO, filial de Grupo México, en cinco centros de Arizona y Texas, y del intento de la empresa de quitar lo que los trabajadores han ganado: imponer pruebas de drogas y alcohol, una nueva política de asistencia, menos ausencias permitidas por una emergencia médica familiar, la eliminación de los comités mixtos de derechos civiles y un cambio radical del procedimiento de quejas.\n\nEs la misma empresa que se ha negado a rescatar los cuerpos de los mineros muertos en **Pasta de Conchos** y que ha reprimido las huelgas de las Secciones 17, 201 y 65 durante más de seis años. Solo un frente común de los trabajadores y sindicatos de Estados Unidos, México y Perú puede responderle.\n\nLos Mineros y todas sus secciones están dispuestos a apoyar y acompañar a los Steelworkers en ASARCO de la forma y en el momento que ellos decidan.\n\n*Resumen escrito para Frente; no son las palabras de la carta.*"
)

// solidarity loads the seed letter as a message, in English with its
// Spanish version, from Los Mineros' National Executive Committee, General
// Council of Vigilance and Justice and Special and Zone Delegates to the
// USW, addressed to Brother LaVenture and signed by the three officers
// with the titles they signed with; and the pledge it makes:
// accompaniment, on request, to the USW locals bargaining with ASARCO.
func (l *loader) solidarity(ctx context.Context) error {
	campaign := l.ids[RefCampaign]
	rec := func(ref string) frente.Record {
		r := l.public(ref, RefMineros, letter)
		r.Visibility, r.Campaigns = frente.CampaignVisible, []frente.ID{campaign}
		return r
	}
	senders := []frente.ID{l.ids["demo:org:mineros-cen"], l.ids["demo:org:mineros-cgvj"], l.ids["demo:org:mineros-delegados"]}
	signatories := func(es bool) []frente.Signatory {
		titles := []string{"President and Secretary General", "Secretary of the Interior, Exterior and Acts", "Secretary of the General Council of Vigilance and Justice"}
		if es {
			titles = []string{"Presidente y Secretario General", "Secretario del Interior, Exterior y Actas", "Secretario del Consejo General de Vigilancia y Justicia"}
		}
		return []frente.Signatory{
			{PersonID: l.ids["demo:person:gomez-urrutia"], Title: titles[0]},
			{PersonID: l.ids["demo:person:beltran-reyes"], Title: titles[1]},
			{PersonID: l.ids["demo:person:linares-montufar"], Title: titles[2]},
		}
	}
	en := frente.Message{Record: rec(RefLetter), Kind: frente.MessageLetter, Date: letterDate, Language: "en", SenderIDs: senders,
		Signatories: signatories(false), RecipientIDs: []frente.ID{l.ids[RefUSW]}, RecipientPersonIDs: []frente.ID{l.ids["demo:person:laventure"]},
		Subject: "Dear Brother LaVenture: Los Mineros stand with the USW locals bargaining with ASARCO", Body: letterSummary,
		CampaignIDs: []frente.ID{campaign}}
	if err := l.message(ctx, en); err != nil {
		return err
	}
	es := frente.Message{Record: rec(RefCarta), Kind: frente.MessageLetter, Date: letterDate, Language: "es", SenderIDs: senders,
		Signatories: signatories(true), RecipientIDs: []frente.ID{l.ids[RefUSW]}, RecipientPersonIDs: []frente.ID{l.ids["demo:person:laventure"]},
		Subject: "Estimado hermano LaVenture: Los Mineros acompañan a las secciones del USW que negocian con ASARCO", Body: cartaSummary,
		VersionOf: l.ids[RefLetter], CampaignIDs: []frente.ID{campaign}}
	if err := l.message(ctx, es); err != nil {
		return err
	}
	p := frente.Pledge{Record: rec(RefPledge), FromID: l.ids[RefMineros], ToID: l.ids[RefUSW], Kind: frente.PledgeAccompaniment,
		Activation: frente.ActivationOnRequest, Date: letterDate, MessageID: l.ids[RefLetter],
		Terms: "To support and accompany the USW locals bargaining with ASARCO in the way and at the moment they deem convenient."}
	return ensure(ctx, l, p.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Pledge], error) {
			return l.store.FindPledges(ctx, frente.PledgeFilter{ListOptions: opt})
		},
		func(p *frente.Pledge) frente.ID { return p.ID },
		func(ctx context.Context) (frente.ID, error) { err := l.store.CreatePledge(ctx, &p); return p.ID, err })
}

func (l *loader) message(ctx context.Context, m frente.Message) error {
	return ensure(ctx, l, m.Ref,
		func(ctx context.Context, opt frente.ListOptions) (frente.Page[*frente.Message], error) {
			return l.store.FindMessages(ctx, frente.MessageFilter{ListOptions: opt})
		},
		func(m *frente.Message) frente.ID { return m.ID },
		func(ctx context.Context) (frente.ID, error) { err := l.store.CreateMessage(ctx, &m); return m.ID, err })
}
