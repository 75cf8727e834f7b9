package timeline

import (
	"strconv"
	"time"
)

// Labels are the words the chart writes, in the reader's language. A zero
// field falls back to English, field by field, so a caller may set only
// what it translates.
type Labels struct {
	// Empty is written on a chart with nothing to show.
	Empty string
	// Ongoing ends the title of a bar without an end ("2007-07-30 –
	// ongoing") and names the open-ended part in the legend.
	Ongoing string
	// LastConfirmed names the tick where the solid part of an ongoing bar
	// ends.
	LastConfirmed string
	// Incidents labels the incidents' row and their legend entry.
	Incidents string
	// Chart is the title of a chart without one.
	Chart string
	// Kinds names the kinds of disputes, events and incidents ("strike" →
	// "Huelga"); a kind missing here is written as it is.
	Kinds map[string]string
	// Months are the short month names used on the axis, January first.
	Months [12]string
	// Date writes a date in titles; nil writes 2006-01-02.
	Date func(time.Time) string
	// Summary writes the description of a chart without Desc.
	Summary func(disputes, incidents int, from, to string) string
}

// English returns the English labels.
func English() Labels {
	return Labels{
		Empty:         "Nothing to show: no disputes or incidents.",
		Ongoing:       "ongoing",
		LastConfirmed: "last confirmed",
		Incidents:     "Incidents",
		Chart:         "Timeline",
		Kinds: map[string]string{
			"strike": "Strike", "lockout": "Lockout", "work-stoppage": "Work stoppage", "protest": "Protest",
			"picket": "Picket", "march": "March", "occupation": "Occupation", "other": "Other",
			"police-action": "Police action", "eviction": "Eviction", "court-ruling": "Court ruling",
			"negotiation-session": "Negotiation session", "solidarity-action": "Solidarity action",
			"arrest": "Arrest", "violence": "Violence", "return-to-work": "Return to work", "report": "Report",
			"explosion": "Explosion", "collapse": "Collapse", "fire": "Fire", "flood": "Flood", "exposure": "Exposure",
		},
		Months: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		Summary: func(d, i int, from, to string) string {
			return plural(d, "dispute", "disputes") + " and " + plural(i, "incident", "incidents") + ", from " + from + " to " + to + "."
		},
	}
}

// Spanish returns the Spanish labels.
func Spanish() Labels {
	return Labels{
		Empty:         "No hay nada que mostrar: ningún conflicto ni incidente.",
		Ongoing:       "en curso",
		LastConfirmed: "última confirmación",
		Incidents:     "Incidentes",
		Chart:         "Cronología",
		Kinds: map[string]string{
			"strike": "Huelga", "lockout": "Cierre patronal", "work-stoppage": "Paro", "protest": "Protesta",
			"picket": "Piquete", "march": "Marcha", "occupation": "Ocupación", "other": "Otro",
			"police-action": "Acción policial", "eviction": "Desalojo", "court-ruling": "Fallo judicial",
			"negotiation-session": "Sesión de negociación", "solidarity-action": "Acción de solidaridad",
			"arrest": "Detención", "violence": "Violencia", "return-to-work": "Regreso al trabajo", "report": "Informe",
			"explosion": "Explosión", "collapse": "Derrumbe", "fire": "Incendio", "flood": "Inundación", "exposure": "Exposición",
		},
		Months: [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		Summary: func(d, i int, from, to string) string {
			return plural(d, "conflicto", "conflictos") + " y " + plural(i, "incidente", "incidentes") + ", de " + from + " a " + to + "."
		},
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// filled returns l with every zero field taken from English.
func (l Labels) filled() Labels {
	en := English()
	if l.Empty == "" {
		l.Empty = en.Empty
	}
	if l.Ongoing == "" {
		l.Ongoing = en.Ongoing
	}
	if l.LastConfirmed == "" {
		l.LastConfirmed = en.LastConfirmed
	}
	if l.Incidents == "" {
		l.Incidents = en.Incidents
	}
	if l.Kinds == nil {
		l.Kinds = en.Kinds
	}
	for i, m := range l.Months {
		if m == "" {
			l.Months[i] = en.Months[i]
		}
	}
	if l.Chart == "" {
		l.Chart = en.Chart
	}
	if l.Summary == nil {
		l.Summary = en.Summary
	}
	return l
}

func (l *Labels) kind(k string) string {
	if s, ok := l.Kinds[k]; ok && s != "" {
		return s
	}
	return k
}

// date writes a day with Date, or as 2006-01-02 without it (the common
// case, written without going through time.Time).
func (l *Labels) date(d day) string {
	if l.Date != nil {
		return l.Date(d.time())
	}
	y, m, dd := d.date()
	b := make([]byte, 0, 10)
	b = zeroPad(b, y, 4)
	b = append(b, '-')
	b = zeroPad(b, m, 2)
	b = append(b, '-')
	b = zeroPad(b, dd, 2)
	return string(b)
}

func zeroPad(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
