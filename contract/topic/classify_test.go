package topic

import (
	"strings"
	"testing"
)

func TestTaxonomy(t *testing.T) {
	required := []string{"recognition", "management-rights", "union-security", "wages", "hours-overtime",
		"seniority", "layoff-recall", "discipline-just-cause", "attendance", "leave-family-medical",
		"leave-other", "vacation-holidays", "health-safety", "drug-alcohol-testing", "civil-rights-committee",
		"non-discrimination", "grievance-procedure", "arbitration", "no-strike-lockout", "contracting-out",
		"benefits-health", "pension", "training", "successorship", "duration"}
	for _, code := range required {
		tp, ok := Lookup(code)
		if !ok {
			t.Errorf("missing topic %s", code)
			continue
		}
		if tp.LabelEN == "" || tp.LabelES == "" || tp.LabelEN == tp.LabelES && code != "arbitration" {
			t.Errorf("%s: labels %q / %q", code, tp.LabelEN, tp.LabelES)
		}
	}
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.Code] {
			t.Errorf("duplicate code %s", r.Code)
		}
		seen[r.Code] = true
		if len(r.Heading) == 0 || len(r.Strong) == 0 {
			t.Errorf("%s: needs heading and strong phrases", r.Code)
		}
		var es bool
		for _, p := range append(append([]string{}, r.Heading...), r.Strong...) {
			if strings.ContainsAny(p, "áéíóúñ") || spanishWord(p) {
				es = true
			}
		}
		if !es {
			t.Errorf("%s: no Spanish phrase", r.Code)
		}
	}
	if _, err := New(rules); err != nil {
		t.Fatal(err)
	}
	if _, err := New([]Rule{{Code: "x", Heading: []string{"ab*"}}}); err == nil {
		t.Error("a short starred word compiled")
	}
}

// spanishWord recognizes Spanish phrases written without accents.
func spanishWord(p string) bool {
	for _, w := range []string{" de ", "cion", "sindical", "huelga", "seguro", "jornada", "permiso", "vacaciones", "salari", "arbitr", "antiguedad", "escalafon", "despido", "capacitacion", "jubilacion", "vigencia", "quejas", "subcontrat", "sustitucion", "asistencia", "drogas", "igualdad", "discriminacion", "prueba", "viaticos", "teletrabajo", "plazas", "clasificacion", "expediente", "personal"} {
		if strings.Contains(" "+p+" ", w) {
			return true
		}
	}
	return false
}

func codes(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Code)
	}
	return out
}

func has(ms []Match, code string) bool {
	for _, m := range ms {
		if m.Code == code {
			return true
		}
	}
	return false
}

func TestClassify(t *testing.T) {
	c := Default()
	tests := []struct {
		name, heading, text string
		want, dontWant      []string
	}{
		{"drug testing", "", "An employee may be required to submit to a drug test or alcohol test when there is reasonable suspicion of impairment.", []string{"drug-alcohol-testing"}, nil},
		{"lie detector", "", "No employee shall be required to take a polygraph or lie detector test, nor any test of truthfulness, as a condition of employment.", nil, []string{"drug-alcohol-testing"}},
		{"lie detector heading", "Polygraph Examinations", "The Employer shall not request a lie detector test.", nil, []string{"drug-alcohol-testing"}},
		{"jury duty", "Jury Duty", "An employee called for jury service shall receive leave with pay for the time served.", []string{"leave-other"}, []string{"leave-family-medical"}},
		{"jury text", "", "Employees summoned to jury duty or subpoenaed as a witness shall be granted leave.", []string{"leave-other"}, []string{"leave-family-medical"}},
		{"bereavement", "Bereavement Leave", "Three days of paid leave on the death of a family member.", []string{"leave-other"}, []string{"leave-family-medical"}},
		{"family leave", "", "Eligible employees may take family and medical leave under the FMLA for a serious health condition.", []string{"leave-family-medical"}, []string{"leave-other"}},
		{"sick leave", "Sick Leave", "", []string{"leave-family-medical"}, nil},
		{"grievance", "Grievance Procedure", "", []string{"grievance-procedure"}, []string{"arbitration"}},
		{"arbitration text", "", "The arbitrator's decision shall be final and binding; the costs of arbitration are shared.", []string{"arbitration"}, nil},
		{"health and welfare", "Health and Welfare", "", []string{"benefits-health"}, []string{"health-safety"}},
		{"safety", "Safety and Health", "", []string{"health-safety"}, nil},
		{"overtime", "", "Overtime is paid at time and one-half for work beyond the normal workweek.", []string{"hours-overtime"}, []string{"wages"}},
		{"no strike", "No Strike – No Lockout", "", []string{"no-strike-lockout"}, nil},
		{"successor", "", "This Agreement binds the Company's successors and assigns; in a merger or change of ownership the purchaser shall assume it.", []string{"successorship"}, nil},
		{"duration", "Term of Agreement", "", []string{"duration"}, nil},
		{"civil rights", "Civil Rights Committee", "", []string{"civil-rights-committee"}, nil},
		{"contracting out", "", "The Company shall not subcontract bargaining unit work while employees are on layoff; contracting out requires notice.", []string{"contracting-out"}, nil},
		{"pension", "Pensions", "", []string{"pension"}, nil},
		{"management rights", "Management Rights", "", []string{"management-rights"}, nil},
		{"union management meetings", "Union/Management Meetings", "", []string{"union-rights"}, []string{"management-rights"}},
		{"attendance", "", "Excessive absenteeism and tardiness, including unexcused absences, may lead to discipline.", []string{"attendance"}, nil},
		// Spanish
		{"jornada", "Jornada de trabajo", "", []string{"hours-overtime"}, nil},
		{"antidoping", "", "La empresa no podrá practicar pruebas antidoping ni exámenes toxicológicos sin aviso al sindicato.", []string{"drug-alcohol-testing"}, nil},
		{"detector de mentiras", "", "Ningún trabajador será sometido al polígrafo o detector de mentiras.", nil, []string{"drug-alcohol-testing"}},
		{"fallecimiento", "Permisos retribuidos", "Tres días por fallecimiento de un familiar y el tiempo indispensable para un deber inexcusable.", []string{"leave-other"}, []string{"leave-family-medical"}},
		{"maternidad", "", "La trabajadora tendrá derecho al permiso de maternidad y al permiso por lactancia.", []string{"leave-family-medical"}, nil},
		{"huelga", "Huelga", "", []string{"no-strike-lockout"}, nil},
		{"vacaciones", "Vacaciones", "", []string{"vacation-holidays"}, nil},
		{"sanciones", "Régimen disciplinario", "", []string{"discipline-just-cause"}, nil},
		{"escalafon", "", "Los ascensos se harán conforme al escalafón y a los derechos de antigüedad.", []string{"seniority"}, nil},
		{"subcontratacion", "Subcontratación", "", []string{"contracting-out"}, nil},
		{"sustitucion patronal", "", "En caso de sustitución patronal el patrón sustituto será solidariamente responsable.", []string{"successorship"}, nil},
		{"capacitacion", "Capacitación y adiestramiento", "", []string{"training"}, nil},
		{"jubilacion", "Jubilaciones", "", []string{"pension"}, nil},
		{"seguridad e higiene", "", "La comisión mixta de seguridad e higiene revisará los riesgos de trabajo.", []string{"health-safety"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := c.Classify("33.2", tt.heading, tt.text)
			for _, w := range tt.want {
				if !has(ms, w) {
					t.Errorf("topics %v lack %s", codes(ms), w)
				}
			}
			for _, w := range tt.dontWant {
				if has(ms, w) {
					t.Errorf("topics %v include %s: %+v", codes(ms), w, ms)
				}
			}
			for _, m := range ms {
				if !strings.Contains(m.Reason, "33.2") || !strings.Contains(m.Reason, "'") {
					t.Errorf("reason %q does not say where and what", m.Reason)
				}
			}
		})
	}
}

func TestExplanation(t *testing.T) {
	ms := Default().Classify("33.2", "", "Testing on reasonable suspicion: the drug test shall be a urinalysis.")
	if len(ms) != 1 || ms[0].Code != "drug-alcohol-testing" {
		t.Fatalf("%+v", ms)
	}
	for _, p := range []string{"'reasonable suspicion'", "'drug test'", "in 33.2"} {
		if !strings.Contains(ms[0].Reason, p) {
			t.Errorf("reason %q lacks %s", ms[0].Reason, p)
		}
	}
}

func BenchmarkClassify(b *testing.B) {
	text := strings.Repeat("The Employer shall pay overtime at time and one-half. Employees on jury duty receive leave. The grievance procedure applies to disputes; arbitration is final and binding. ", 40)
	c := Default()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		c.Classify("12", "Miscellaneous", text)
	}
}

func TestHeadingFallback(t *testing.T) {
	c := Default()
	for heading, want := range map[string]string{
		"Hardship Leave":                 "leave-other",
		"Military and Peace Corps Leave": "leave-other",
		"Sick Leave":                     "leave-family-medical",
		"Bilingual Pay":                  "wages",
		"Holiday Pay":                    "vacation-holidays",
	} {
		ms := c.Classify("5", heading, "")
		if len(ms) != 1 || ms[0].Code != want {
			t.Errorf("%q: %v, want only %s", heading, codes(ms), want)
		}
	}
}
