package ical

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	goical "github.com/emersion/go-ical"
)

var stamp = time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// longDescription passes 75 octets many times over, with two-, three- and
// four-octet characters, every escaped character and line ends.
var longDescription = "Sesión de negociación con ASARCO, Grupo México; mesa de la Sección 65 (Cananea, Sonora).\n" +
	"Orden del día: pruebas de drogas y alcohol, jornada, salarios — 📣✊🏽 ¡acompañamiento solidario!\n" +
	`Ruta de red: C:\frente\actas; "comillas", y más…` + "\n" +
	strings.Repeat("ñandú€😀", 20)

func sampleCalendar() Calendar {
	return Calendar{
		Name:            "Frente común: ASARCO, 2026–2027",
		Description:     "Vencimientos, sesiones; plazos\ny aniversarios",
		Language:        "es",
		RefreshInterval: 12 * time.Hour,
		Stamp:           stamp,
		Events: []Event{
			{
				UID:         "negotiation-3-session-9@frente",
				Date:        day(2026, 12, 3),
				Summary:     "Sesión: Local 5613, mesa salarial; artículo 12",
				Description: longDescription,
				URL:         "https://frente.example/negotiations/3?tab=sessions&lang=es,en;x=1#s9",
				Categories:  []string{"Negociación", "sesión, mesa", ""},
			},
			{
				UID:     "agreement-12-expiry@frente",
				Date:    day(2027, 6, 30),
				Summary: "Vence el contrato colectivo de Hayden",
				URL:     "https://frente.example/agreements/12",
			},
			{
				UID:     "incident-7-anniversary@frente",
				Date:    day(2006, 2, 19),
				Yearly:  true,
				Summary: "Aniversario: explosión en la mina",
				URL:     "https://frente.example/incidents/7",
				Stamp:   time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
			},
			{
				UID:     "incident-8-anniversary@frente",
				Date:    day(2024, 2, 29),
				Yearly:  true,
				Summary: "Aniversario bisiesto",
			},
			{
				UID:     "request-4-due@frente",
				Date:    day(2026, 12, 3),
				Summary: "Plazo: delegación a Tucson",
			},
		},
	}
}

func decode(t *testing.T, b []byte) *goical.Calendar {
	t.Helper()
	cal, err := goical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot parse the output: %v\n%s", err, b)
	}
	return cal
}

func text(t *testing.T, props goical.Props, name string) string {
	t.Helper()
	p := props.Get(name)
	if p == nil {
		t.Fatalf("no %s", name)
	}
	s, err := p.Text()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func TestParsedBackByGoICal(t *testing.T) {
	c := sampleCalendar()
	b, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	cal := decode(t, b)

	for name, want := range map[string]string{
		"VERSION": "2.0", "PRODID": DefaultProdID, "CALSCALE": "GREGORIAN", "METHOD": "PUBLISH",
		"NAME": c.Name, "X-WR-CALNAME": c.Name, "DESCRIPTION": c.Description, "X-WR-CALDESC": c.Description,
	} {
		if got := text(t, cal.Props, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if lang := cal.Props.Get("NAME").Params.Get("LANGUAGE"); lang != "es" {
		t.Errorf("NAME LANGUAGE = %q, want es", lang)
	}
	refresh, err := cal.Props.Get("REFRESH-INTERVAL").Duration()
	if err != nil || refresh != 12*time.Hour {
		t.Errorf("REFRESH-INTERVAL = %v, %v; want 12h", refresh, err)
	}
	if ttl := cal.Props.Get("X-PUBLISHED-TTL").Value; ttl != "PT12H" {
		t.Errorf("X-PUBLISHED-TTL = %q, want PT12H", ttl)
	}

	events := cal.Events()
	var uids []string
	for _, e := range events {
		uids = append(uids, text(t, e.Props, "UID"))
	}
	// Date, then UID for the two on 3 December.
	wantUIDs := []string{
		"incident-7-anniversary@frente", "incident-8-anniversary@frente",
		"negotiation-3-session-9@frente", "request-4-due@frente", "agreement-12-expiry@frente",
	}
	if !slices.Equal(uids, wantUIDs) {
		t.Fatalf("UIDs in order %q, want %q", uids, wantUIDs)
	}

	byUID := map[string]Event{}
	for _, e := range c.Events {
		byUID[e.UID] = e
	}
	for i, got := range events {
		want := byUID[uids[i]]
		for _, name := range []string{"DTSTART", "DTEND"} {
			if v := got.Props.Get(name).Params.Get("VALUE"); v != "DATE" {
				t.Errorf("%s: %s VALUE=%q, want DATE", want.UID, name, v)
			}
		}
		start, err := got.DateTimeStart(time.UTC)
		if err != nil || !start.Equal(want.Date) {
			t.Errorf("%s: DTSTART %v (%v), want %v", want.UID, start, err, want.Date)
		}
		end, err := got.DateTimeEnd(time.UTC)
		if err != nil || !end.Equal(want.Date.AddDate(0, 0, 1)) {
			t.Errorf("%s: DTEND %v (%v), want the day after %v", want.UID, end, err, want.Date)
		}
		wantStamp := want.Stamp
		if wantStamp.IsZero() {
			wantStamp = stamp
		}
		if s, err := got.Props.DateTime("DTSTAMP", nil); err != nil || !s.Equal(wantStamp) {
			t.Errorf("%s: DTSTAMP %v (%v), want %v", want.UID, s, err, wantStamp)
		}
		if s := text(t, got.Props, "SUMMARY"); s != want.Summary {
			t.Errorf("%s: SUMMARY %q, want %q", want.UID, s, want.Summary)
		}
		if l := got.Props.Get("SUMMARY").Params.Get("LANGUAGE"); l != "es" {
			t.Errorf("%s: SUMMARY LANGUAGE %q, want es", want.UID, l)
		}
		if want.Description != "" {
			if s := text(t, got.Props, "DESCRIPTION"); s != want.Description {
				t.Errorf("%s: DESCRIPTION\n%q\nwant\n%q", want.UID, s, want.Description)
			}
		} else if got.Props.Get("DESCRIPTION") != nil {
			t.Errorf("%s: DESCRIPTION written for an empty description", want.UID)
		}
		if want.URL != "" {
			u, err := got.Props.URI("URL")
			if err != nil || u.String() != want.URL {
				t.Errorf("%s: URL %v (%v), want %q", want.UID, u, err, want.URL)
			}
			if raw := got.Props.Get("URL").Value; raw != want.URL {
				t.Errorf("%s: URL written %q, want it as a URI, unescaped: %q", want.UID, raw, want.URL)
			}
		}
		if (got.Props.Get("RRULE") != nil) != want.Yearly {
			t.Errorf("%s: RRULE present = %v, want %v", want.UID, !want.Yearly, want.Yearly)
		}
	}

	session := events[2]
	cats, err := session.Props.Get("CATEGORIES").TextList()
	if err != nil || !slices.Equal(cats, []string{"Negociación", "sesión, mesa"}) {
		t.Errorf("CATEGORIES %q (%v), want the two non-empty ones, comma kept inside the second", cats, err)
	}
}

// occurrences expands an event's RRULE with go-ical's own recurrence support.
func occurrences(t *testing.T, e goical.Event, until time.Time) []string {
	t.Helper()
	set, err := e.RecurrenceSet(time.UTC)
	if err != nil || set == nil {
		t.Fatalf("recurrence set: %v, %v", set, err)
	}
	var got []string
	for _, o := range set.Between(time.Time{}, until, true) {
		got = append(got, o.Format(time.DateOnly))
	}
	return got
}

func TestYearlyRecurrence(t *testing.T) {
	b, err := Marshal(sampleCalendar())
	if err != nil {
		t.Fatal(err)
	}
	events := decode(t, b).Events()

	got := occurrences(t, events[0], day(2009, 12, 31))
	want := []string{"2006-02-19", "2007-02-19", "2008-02-19", "2009-02-19"}
	if !slices.Equal(got, want) {
		t.Errorf("yearly from 19 February: %q, want %q", got, want)
	}

	// 29 February falls on the last day of February in common years, and
	// on the 29th again in leap years.
	got = occurrences(t, events[1], day(2028, 12, 31))
	want = []string{"2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"}
	if !slices.Equal(got, want) {
		t.Errorf("yearly from 29 February: %q, want %q", got, want)
	}
}

// TestLineStructure checks the octets themselves, which a lenient parser
// would forgive: CRLF only, at most 75 octets a line, folds that keep UTF-8
// whole, and that unfolding gives back the logical lines.
func TestLineStructure(t *testing.T) {
	b, err := Marshal(sampleCalendar())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(b, []byte("END:VCALENDAR\r\n")) {
		t.Fatalf("output does not end with END:VCALENDAR CRLF: %q", b[max(0, len(b)-30):])
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	folded := 0
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !isClean(l) {
			t.Errorf("line %d is not valid UTF-8 on its own (a fold split a character): %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded < 5 {
		t.Errorf("only %d continuation lines; the long description should need more", folded)
	}
	unfolded := strings.ReplaceAll(string(b), "\r\n ", "")
	if !strings.Contains(unfolded, "\r\nSUMMARY;LANGUAGE=es:Sesión: Local 5613\\, mesa salarial\\; artículo 12\r\n") {
		t.Errorf("escaped SUMMARY not found after unfolding:\n%s", unfolded)
	}
	for _, want := range []string{
		"\r\nDTSTART;VALUE=DATE:20240229\r\nDTEND;VALUE=DATE:20240301\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1\r\n",
		"\r\nDTSTAMP:20260102T030405Z\r\n",
		"\r\nURL:https://frente.example/negotiations/3?tab=sessions&lang=es,en;x=1#s9\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestDeterministicWhateverTheInputOrder(t *testing.T) {
	c := sampleCalendar()
	first, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(c.Events)
	second, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Errorf("output depends on the order of the events:\n%s\n----\n%s", first, second)
	}
}

func TestDuplicateUIDs(t *testing.T) {
	c := sampleCalendar()
	c.Events = append(c.Events, c.Events[0], c.Events[2])
	b, err := Marshal(c)
	if err != nil {
		t.Fatalf("identical duplicates refused: %v", err)
	}
	if n := len(decode(t, b).Events()); n != 5 {
		t.Errorf("%d events after identical duplicates, want 5", n)
	}

	for name, change := range map[string]func(*Event){
		"other summary": func(e *Event) { e.Summary += "!" },
		"other date":    func(e *Event) { e.Date = e.Date.AddDate(1, 0, 0) },
		"other stamp":   func(e *Event) { e.Stamp = stamp.Add(time.Second) },
	} {
		c := sampleCalendar()
		dup := c.Events[1]
		change(&dup)
		c.Events = append(c.Events, dup)
		var out bytes.Buffer
		err := Write(&out, c)
		if !errors.Is(err, ErrDuplicateUID) {
			t.Errorf("%s: error %v, want ErrDuplicateUID", name, err)
		}
		if out.Len() != 0 {
			t.Errorf("%s: %d bytes written despite the error", name, out.Len())
		}
	}
}

func TestRefusesInvalid(t *testing.T) {
	for name, change := range map[string]func(*Calendar){
		"no UID":          func(c *Calendar) { c.Events[0].UID = "" },
		"UID with CRLF":   func(c *Calendar) { c.Events[0].UID = "a\r\nX-EVIL:1" },
		"no date":         func(c *Calendar) { c.Events[0].Date = time.Time{} },
		"year 10000":      func(c *Calendar) { c.Events[0].Date = day(9999, 12, 31) },
		"no stamp":        func(c *Calendar) { c.Stamp = time.Time{} },
		"relative URL":    func(c *Calendar) { c.Events[0].URL = "/agreements/12" },
		"URL with CRLF":   func(c *Calendar) { c.Events[0].URL = "https://x.example/\r\nX-EVIL:1" },
		"language params": func(c *Calendar) { c.Language = "es;X=1" },
	} {
		c := sampleCalendar()
		change(&c)
		var out bytes.Buffer
		err := Write(&out, c)
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: error %v, want ErrInvalid", name, err)
		}
		if out.Len() != 0 {
			t.Errorf("%s: %d bytes written despite the error", name, out.Len())
		}
	}
}

// TestHostileText: control characters and stray CRs in caller text must not
// start a new property; they are dropped or become "\n".
func TestHostileText(t *testing.T) {
	c := sampleCalendar()
	c.Events = c.Events[:1]
	c.Events[0].Summary = "uno\r\nDTSTART:19700101\rdos\x00\x1b\x7ftres\xff"
	b, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	e := decode(t, b).Events()[0]
	if got, want := text(t, e.Props, "SUMMARY"), "uno\nDTSTART:19700101\ndostres\uFFFD"; got != want {
		t.Errorf("SUMMARY %q, want %q", got, want)
	}
	if n := len(e.Props.Values("DTSTART")); n != 1 {
		t.Errorf("%d DTSTART properties, want 1", n)
	}
}

// TestDayInOwnLocation: the day is the caller's calendar day, not the UTC
// one, and DTSTAMP is converted to UTC.
func TestDayInOwnLocation(t *testing.T) {
	sonora := time.FixedZone("MST", -7*3600)
	c := Calendar{Events: []Event{{
		UID:   "x@frente",
		Date:  time.Date(2026, 12, 31, 23, 30, 0, 0, sonora), // already 2027 in UTC
		Stamp: time.Date(2026, 11, 27, 5, 0, 0, 0, sonora),
	}}}
	b, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{
		"DTSTART;VALUE=DATE:20261231\r\n", "DTEND;VALUE=DATE:20270101\r\n", "DTSTAMP:20261127T120000Z\r\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "NAME") || strings.Contains(s, "REFRESH") || strings.Contains(s, "LANGUAGE") {
		t.Errorf("empty optional fields written:\n%s", s)
	}
	decode(t, b)
}

func TestEmptyCalendar(t *testing.T) {
	b, err := Marshal(Calendar{})
	if err != nil {
		t.Fatal(err)
	}
	cal := decode(t, b)
	if n := len(cal.Events()); n != 0 {
		t.Errorf("%d events in an empty calendar", n)
	}
	if got := text(t, cal.Props, "PRODID"); got != DefaultProdID {
		t.Errorf("PRODID %q, want %q", got, DefaultProdID)
	}
}
