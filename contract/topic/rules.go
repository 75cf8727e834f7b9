package topic

// Rule says how to recognize one topic. Phrases are folded words (lower
// case, no accents) separated by spaces; a word ending in "*" matches any
// word it begins (at least four letters before the star). Heading phrases
// decide on their own; text phrases weigh 3 (Strong), 2 (Medium) or 1
// (Weak) each time they occur, up to three times.
type Rule struct {
	Code, EN, ES string
	Heading      []string
	Strong       []string
	Medium       []string
	Weak         []string
	// Not lists words of neighbouring subjects; where they occur, text
	// evidence must be twice as strong.
	Not []string
	// HeadingFallback phrases decide from a heading only when no other
	// topic's heading phrase matched it: "Hardship Leave" is another
	// leave, "Sick Leave" is not.
	HeadingFallback []string
}

// rules is the taxonomy, in the order topics are listed.
var rules = []Rule{
	{
		Code: "recognition", EN: "Recognition and scope", ES: "Reconocimiento y ámbito",
		Heading: []string{"recognition", "recognized", "scope of agreement", "scope of the agreement", "bargaining unit", "parties to the agreement", "unit clarification", "reconocimiento", "ambito funcional", "ambito personal", "ambito territorial", "ambito de aplicacion", "titularidad del contrato", "partes contratantes"},
		Strong:  []string{"sole and exclusive", "exclusive bargaining", "exclusive representative", "recognizes the union", "recognizes the association", "reconoce al sindicato", "titular del contrato colectivo", "titularidad del contrato", "representacion exclusiva"},
		Medium:  []string{"bargaining unit shall", "certified by the", "ambito de aplicacion", "ambito funcional", "ambito personal", "quedan excluidos", "quedan expresamente excluidos"},
		Weak:    []string{"bargaining unit", "certification", "unidad de negociacion"},
	},
	{
		Code: "management-rights", EN: "Management rights", ES: "Facultades de la empresa",
		Heading: []string{"management rights", "management s rights", "managements rights", "rights of management", "employer rights", "employer s rights", "county rights", "city rights", "agency rights", "state rights", "rights of the employer", "retained rights", "reserved rights", "retention of rights", "facultades de la direccion", "facultades de la empresa", "derechos de la empresa", "organizacion del trabajo", "direccion y control"},
		Strong:  []string{"management rights", "exclusive right to manage", "retains all rights", "retains the right", "inherent managerial", "reserved rights", "sole discretion of management", "facultad de la direccion", "facultad exclusiva", "facultades de direccion", "poder de direccion", "organizacion del trabajo es facultad"},
		Medium:  []string{"right to direct", "direct the work force", "direct the workforce", "determine the methods", "managerial", "facultad de organizar"},
	},
	{
		Code: "union-security", EN: "Union security and dues", ES: "Seguridad sindical y cuotas",
		Heading: []string{"union security", "association security", "dues", "check off", "checkoff", "payroll deduction", "fair share", "deduction of dues", "cuota sindical", "cuotas sindicales", "descuento de cuotas", "clausula de exclusion", "seguridad sindical"},
		Strong:  []string{"dues deduction", "deduct union dues", "union dues", "association dues", "membership dues", "fair share", "maintenance of membership", "dues checkoff", "check off", "checkoff", "cuota sindical", "cuotas sindicales", "cuotas ordinarias", "clausula de exclusion", "descuento de cuotas"},
		Medium:  []string{"dues", "service fee", "service fees", "membership in the union", "afiliacion sindical"},
		Weak:    []string{"deduct*", "membership"},
	},
	{
		Code: "wages", EN: "Wages and pay", ES: "Salarios y retribuciones",
		Heading:         []string{"wage*", "salary", "salaries", "compensation", "rates of pay", "rate of pay", "pay rates", "pay plan", "pay equity", "equal pay", "premium pay", "differential*", "longevity", "cost of living", "step increase*", "pay for", "essential worker pay", "overpayment*", "underpayment*", "recoupment", "payday", "pay period*", "direct deposit", "severance pay", "bilingual pay", "retribucion*", "retributiv*", "salario*", "salarial*", "sueldo*", "tabulador*", "complemento*", "pagas extraordinarias", "paga extraordinaria", "incremento salarial", "aguinaldo", "plus"},
		Strong:          []string{"salary schedule", "salary range", "wage rates", "wage schedule", "hourly rate", "step increase*", "cost of living", "across the board", "merit increase", "salary step", "salario base", "salario diario", "salario tabulado", "tablas salariales", "incremento salarial", "aumento salarial", "complemento salarial", "complementos salariales", "pagas extraordinarias", "tabulador de salarios", "aguinaldo"},
		Medium:          []string{"salary", "wage*", "differential", "base rate", "retribucion*", "retributiv*", "salario*", "sueldo*"},
		Weak:            []string{"pay", "paid", "step", "rate", "cuantia"},
		HeadingFallback: []string{"pay", "paga", "pagas"},
	},
	{
		Code: "hours-overtime", EN: "Hours of work and overtime", ES: "Jornada y horas extra",
		Heading: []string{"hours of work", "work hours", "working hours", "hours", "work schedule*", "scheduling", "shift schedule*", "flsa", "fair labor standards", "make up time", "compensatory time", "comp time", "reporting time", "workweek", "work week", "overtime", "call back", "callback", "call out", "standby", "stand by", "on call", "reporting pay", "shift*", "rest period*", "meal period*", "meal and rest", "breaks", "flex time", "jornada*", "horario*", "horas extraordinarias", "horas extra", "tiempo extra", "tiempo extraordinario", "turno*", "descanso*", "calendario laboral", "guardias"},
		Strong:  []string{"overtime", "time and one half", "time and a half", "workweek", "work week", "hours per day", "hours per week", "rest period*", "meal period*", "work schedule*", "call back", "horas extraordinarias", "horas extra", "jornada de trabajo", "jornada laboral", "jornada semanal", "jornada diaria", "jornada anual", "tiempo extraordinario", "tiempo extra", "descanso semanal"},
		Medium:  []string{"shift*", "schedul*", "hours of work", "horario*", "turno*", "jornada*"},
		Weak:    []string{"hours", "horas"},
	},
	{
		Code: "seniority", EN: "Seniority", ES: "Antigüedad y escalafón",
		Heading: []string{"seniority", "continuous service", "length of service", "antiguedad", "escalafon"},
		Strong:  []string{"seniority list", "seniority date", "loss of seniority", "classification seniority", "bargaining unit seniority", "agency seniority", "county seniority", "escalafon", "derechos de antiguedad", "derechos escalafonarios", "reconocimiento de antiguedad"},
		Medium:  []string{"seniority", "length of service", "antiguedad"},
	},
	{
		Code: "layoff-recall", EN: "Layoff and recall", ES: "Despidos colectivos y reingreso",
		Heading: []string{"layoff*", "lay off", "lay offs", "laid off", "recall", "interruption of employment", "furlough*", "reduction in force", "reductions in force", "reduction of force", "bumping", "displacement", "reajuste de personal", "reduccion de personal", "despido colectivo", "despidos colectivos", "regulacion de empleo", "reduccion de plantilla"},
		Strong:  []string{"layoff*", "lay off", "lay offs", "laid off", "recall list", "recall rights", "reduction in force", "bumping rights", "bump*", "reemployment list", "re employment list", "reajuste de personal", "reduccion de personal", "reduccion de plantilla", "despido colectivo", "despidos colectivos", "expediente de regulacion", "regulacion de empleo"},
		Medium:  []string{"recall*", "displaced", "reemploy*"},
	},
	{
		Code: "discipline-just-cause", EN: "Discipline and just cause", ES: "Régimen disciplinario",
		Heading: []string{"discipline", "disciplinary", "discharge", "dismissal", "just cause", "corrective action", "regimen disciplinario", "faltas", "sanciones", "procedimiento sancionador", "rescision", "despido disciplinario", "abuso de autoridad"},
		Strong:  []string{"just cause", "progressive discipline", "disciplinary action*", "written reprimand", "letter of reprimand", "suspension without pay", "pre disciplinary", "predisciplinary", "faltas muy graves", "faltas graves", "faltas leves", "regimen disciplinario", "expediente disciplinario", "despido disciplinario", "procedimiento sancionador", "rescision de la relacion"},
		Medium:  []string{"discipline", "disciplinary", "discharge*", "dismissal", "reprimand*", "sancion*", "amonestacion*", "falta grave"},
		Weak:    []string{"suspension", "demotion", "investigat*", "despido"},
	},
	{
		Code: "attendance", EN: "Attendance", ES: "Asistencia y puntualidad",
		Heading: []string{"attendance", "absenteeism", "tardiness", "absences", "asistencia y puntualidad", "control de asistencia", "faltas de asistencia", "puntualidad", "ausentismo", "absentismo", "inasistencia*"},
		Strong:  []string{"absenteeism", "tardiness", "unexcused absence*", "no call no show", "unauthorized absence*", "attendance policy", "attendance record*", "faltas de asistencia", "faltas injustificadas", "puntualidad", "ausentismo", "absentismo", "inasistencia*"},
		Medium:  []string{"attendance", "tardy", "tardies", "retardo*"},
	},
	{
		Code: "leave-family-medical", EN: "Family and medical leave (incl. sick leave)", ES: "Permisos por enfermedad, maternidad y familia",
		Heading: []string{"family leave", "family medical leave", "family and medical leave", "fmla", "ofla", "medical leave", "sick leave", "sick time", "parental leave", "maternity", "paternity", "pregnancy", "paid leave oregon", "lactancia", "maternidad", "paternidad", "incapacidad temporal", "incapacidades", "enfermedad", "enfermedades", "cuidado de hijos", "conciliacion de la vida", "permiso por nacimiento", "licencia medica", "licencias medicas", "riesgo durante el embarazo"},
		Strong:  []string{"family leave", "family and medical leave", "family medical leave", "medical leave", "fmla", "ofla", "serious health condition", "sick leave", "parental leave", "maternity leave", "paternity leave", "paid leave oregon", "lactancia", "permiso de maternidad", "maternidad", "paternidad", "incapacidad temporal", "cuidado de hijos", "cuidado de los hijos", "cuidado de familiares", "riesgo durante el embarazo", "licencia por enfermedad", "baja por enfermedad"},
		Medium:  []string{"illness", "sick", "family member*", "enfermedad", "embarazo", "parto", "adopcion", "incapacidad"},
	},
	{
		Code: "leave-other", EN: "Other leaves (bereavement, jury duty, personal)", ES: "Otros permisos y licencias",
		Heading:         []string{"leave of absence", "leaves of absence", "leave without pay", "leaves with pay", "leave with pay", "other leaves", "leaves", "bereavement", "funeral", "jury duty", "jury", "military leave", "personal leave", "administrative leave", "court appearance*", "witness", "education leave", "educational leave", "union leave", "personal days", "election day", "election days", "voting", "permisos", "permiso", "licencias", "licencia", "excedencia*", "asuntos propios", "fallecimiento"},
		Strong:          []string{"bereavement", "funeral leave", "jury duty", "jury service", "military leave", "leave of absence", "leaves of absence", "leave without pay", "personal leave", "administrative leave", "court leave", "subpoena*", "permiso retribuido", "permisos retribuidos", "asuntos propios", "fallecimiento", "excedencia*", "licencia sin goce", "licencia con goce", "permiso sin sueldo", "deber inexcusable", "permiso por matrimonio"},
		Medium:          []string{"witness", "jury", "funeral", "licencia*", "permiso*"},
		HeadingFallback: []string{"leave", "leaves", "licencia", "licencias", "permiso", "permisos"},
	},
	{
		Code: "vacation-holidays", EN: "Vacation and holidays", ES: "Vacaciones y días festivos",
		Heading: []string{"vacation*", "holiday*", "annual leave", "paid time off", "pto", "flexible earned time", "personal leave days", "vacaciones", "dias festivos", "festivos", "dias de descanso obligatorio", "descanso obligatorio", "prima vacacional", "feriados"},
		Strong:  []string{"paid time off", "annual leave", "vacation leave", "vacation accrual", "holiday pay", "vacaciones", "prima vacacional", "dias festivos", "descanso obligatorio", "feriado*"},
		Medium:  []string{"vacation*", "holiday*", "festivo*", "fiestas"},
	},
	{
		Code: "health-safety", EN: "Health and safety", ES: "Seguridad y salud en el trabajo",
		Heading: []string{"safety", "health and safety", "safety and health", "occupational health", "hazard*", "hazardous", "protective clothing", "protective equipment", "air quality", "workplace violence", "ergonomic*", "seguridad e higiene", "seguridad y salud", "salud laboral", "prevencion de riesgos", "riesgos laborales", "riesgos de trabajo", "higiene", "prendas y protecciones", "ropa de trabajo", "equipo de proteccion", "actividad preventiva", "evaluacion de riesgos"},
		Strong:  []string{"safety committee", "safe working conditions", "unsafe", "hazard*", "protective equipment", "personal protective", "protective clothing", "osha", "occupational safety", "first aid", "workplace violence", "seguridad e higiene", "seguridad y salud", "salud laboral", "prevencion de riesgos", "riesgos laborales", "riesgo de trabajo", "riesgos de trabajo", "equipo de proteccion", "equipos de proteccion", "accidente de trabajo", "accidentes de trabajo", "comision mixta de seguridad"},
		Medium:  []string{"safety", "injur*", "seguridad laboral", "accidente*", "preventiv*"},
	},
	{
		Code: "drug-alcohol-testing", EN: "Drug and alcohol testing", ES: "Pruebas de alcohol y drogas",
		Heading: []string{"drug*", "alcohol", "substance abuse", "controlled substance*", "alcohol y drogas", "drogas", "antidoping", "toxicologic*", "sustancias"},
		Strong:  []string{"drug test*", "alcohol test*", "drug and alcohol test*", "drug screen*", "urinalysis", "breath test*", "breathalyzer", "breath alcohol", "reasonable suspicion", "controlled substance*", "substance abuse", "drug free", "prueba antidoping", "antidoping", "pruebas toxicologicas", "examen toxicologico", "examenes toxicologicos", "deteccion de drogas", "pruebas de alcohol*", "consumo de drogas", "estado de ebriedad", "influencia de drogas", "bajo el influjo"},
		Medium:  []string{"drug*", "alcohol*", "intoxicat*", "impair*", "drogas", "enervantes", "estupefacientes"},
		Not:     []string{"polygraph*", "lie detector*", "voice stress", "poligrafo", "detector de mentiras", "psychological test*"},
	},
	{
		Code: "civil-rights-committee", EN: "Civil rights committee", ES: "Comité de derechos civiles e igualdad",
		Heading: []string{"civil rights", "human rights committee", "diversity committee", "equity committee", "diversity equity and inclusion", "comite de derechos", "comision de igualdad", "comite de igualdad", "plan de igualdad", "comision de derechos humanos"},
		Strong:  []string{"civil rights committee", "human rights committee", "diversity committee", "equity committee", "inclusion committee", "comision de igualdad", "comite de igualdad", "plan de igualdad", "comision de derechos humanos"},
		Medium:  []string{"civil rights"},
	},
	{
		Code: "non-discrimination", EN: "Non-discrimination and harassment", ES: "No discriminación y acoso",
		Heading: []string{"non discrimination", "nondiscrimination", "discrimination", "equal employment", "equal opportunity", "affirmative action", "harassment", "anti harassment", "respectful workplace", "no discriminacion", "igualdad de trato", "igualdad de oportunidades", "acoso", "discriminacion"},
		Strong:  []string{"discriminat*", "equal employment opportunity", "sexual harassment", "harass*", "national origin", "sexual orientation", "gender identity", "protected class*", "discriminacion", "acoso sexual", "acoso laboral", "igualdad de trato", "igualdad de oportunidades", "orientacion sexual"},
		Weak:    []string{"race", "religion", "disability", "raza", "religion", "discapacidad", "genero"},
	},
	{
		Code: "grievance-procedure", EN: "Grievance procedure", ES: "Procedimiento de quejas",
		Heading: []string{"grievance*", "dispute*", "complaint procedure", "problem solving", "mediation", "quejas", "reclamaciones", "procedimiento de quejas", "solucion de conflictos", "conflictos", "comision de vigilancia", "comision paritaria", "comision mixta de interpretacion", "interpretacion y vigilancia", "vigilancia e interpretacion"},
		Strong:  []string{"grievance procedure", "file a grievance", "grievant", "step one", "step two", "procedimiento de quejas", "conflictos individuales", "conflictos colectivos", "reclamaciones ante"},
		Medium:  []string{"grievance*", "step 1", "step 2", "step 3", "queja*", "reclamacion*", "dispute*"},
		Weak:    []string{"steward*", "complaint*", "conflicto*"},
	},
	{
		Code: "arbitration", EN: "Arbitration", ES: "Arbitraje",
		Heading: []string{"arbitration", "arbitrator*", "arbitraje", "arbitro*", "mediacion y arbitraje", "interest arbitration"},
		Strong:  []string{"arbitration", "arbitrator*", "arbitrable", "american arbitration association", "arbitraje", "arbitro*", "laudo*"},
		Medium:  []string{"fmcs", "mediat*", "binding", "mediacion"},
	},
	{
		Code: "no-strike-lockout", EN: "No strike, no lockout", ES: "Huelga y cierre patronal",
		Heading: []string{"strike*", "lockout*", "lock out", "no strike", "work stoppage*", "huelga*", "cierre patronal", "paro", "paros"},
		Strong:  []string{"strike*", "lockout*", "lock out", "work stoppage*", "slowdown*", "sympathy strike", "picket*", "huelga*", "cierre patronal", "paro de labores", "paros"},
		Medium:  []string{"sick out", "interruption of work", "interference with"},
	},
	{
		Code: "contracting-out", EN: "Contracting out", ES: "Subcontratación",
		Heading: []string{"contracting out", "contracting", "contracted work", "subcontract*", "outsourcing", "privatization", "contract work", "subcontratacion", "contratistas", "contratas", "empresas de servicios", "externalizacion", "tercerizacion", "outsourcing"},
		Strong:  []string{"contracting out", "contract out", "subcontract*", "outsourc*", "privatiz*", "subcontratacion", "subcontrata*", "externaliz*", "tercerizacion", "empresas de servicios"},
		Medium:  []string{"contractor*", "contratista*", "intermediari*", "bargaining unit work"},
	},
	{
		Code: "benefits-health", EN: "Health and insurance benefits", ES: "Prestaciones médicas y seguros",
		Heading: []string{"insurance", "health insurance", "health and welfare", "employee assistance program", "health benefit*", "medical insurance", "medical benefit*", "dental", "vision", "benefits", "welfare", "seguro*", "servicio medico", "prestaciones", "asistencia sanitaria", "gastos medicos", "accion social", "ayuda escolar", "ayudas", "prestaciones sociales"},
		Strong:  []string{"health insurance", "medical insurance", "medical plan*", "dental plan*", "dental insurance", "vision", "health benefit*", "life insurance", "health and welfare", "pebb", "health plan*", "insurance premium*", "seguro de gastos medicos", "seguro medico", "seguro de vida", "asistencia sanitaria", "servicio medico", "prestaciones complementarias", "accion social"},
		Medium:  []string{"insurance", "premium*", "dependents", "coverage", "medical", "dental", "seguro*"},
	},
	{
		Code: "pension", EN: "Pension and retirement", ES: "Pensiones y jubilación",
		Heading: []string{"pension*", "retirement", "retiree*", "pre retirement", "jubilacion*", "plan de pensiones", "fondo de ahorro", "pers", "deferred compensation", "retiro"},
		Strong:  []string{"pension*", "retirement plan", "retirement system", "pers", "opsrp", "defined benefit", "deferred compensation", "401 k", "457 b", "jubilacion*", "plan de pensiones", "fondo de pensiones", "fondo de ahorro"},
		Medium:  []string{"retire*", "jubila*", "retiro"},
	},
	{
		Code: "training", EN: "Training and education", ES: "Capacitación y formación",
		Heading: []string{"training", "education", "educational", "tuition", "professional development", "career development", "apprentice*", "certification*", "capacitacion", "adiestramiento", "formacion", "formacion profesional", "becas", "estudios"},
		Strong:  []string{"tuition reimbursement", "apprentice*", "professional development", "continuing education", "training program*", "capacitacion", "adiestramiento", "formacion profesional", "plan de formacion", "cursos de formacion", "plan de capacitacion"},
		Medium:  []string{"training", "course*", "seminar*", "education*", "curso*", "formacion", "beca*"},
	},
	{
		Code: "successorship", EN: "Successorship", ES: "Sustitución patronal",
		Heading: []string{"successor*", "successorship", "sale of", "merger", "transfer of ownership", "change of ownership", "sucesion", "patron sustituto", "sustitucion patronal", "subrogacion", "cambio de titularidad"},
		Strong:  []string{"successors and assigns", "successorship", "change of ownership", "transfer of ownership", "sale or transfer", "merger", "acquisition", "patron sustituto", "sustitucion patronal", "sustitucion de patron", "subrogacion", "cambio de titularidad", "sucesion de empresa"},
		Medium:  []string{"successor employer", "purchaser", "transferee", "fusion"},
	},
	{
		Code: "duration", EN: "Term of agreement", ES: "Vigencia y duración",
		Heading: []string{"duration", "term of agreement", "term of the agreement", "terms of the agreement", "term of contract", "agreement term", "contract term", "effective date", "termination of agreement", "expiration of agreement", "expiration date", "reopener", "reopeners", "vigencia", "duracion", "ambito temporal", "denuncia", "denuncias", "prorroga", "revision del contrato", "revision contractual"},
		Strong:  []string{"full force and effect", "shall remain in effect", "automatically renewed", "from year to year", "notice to terminate", "reopen*", "vigencia", "entrara en vigor", "prorrogado", "prorroga*", "denuncia*", "duracion del convenio", "revision del contrato", "revision salarial"},
		Medium:  []string{"expire*", "expiration", "term of this agreement", "effective date", "successor agreement", "renegotiat*", "en vigor"},
	},
	{
		Code: "union-rights", EN: "Union rights and representation", ES: "Derechos sindicales y representación",
		Heading: []string{"union rights", "association rights", "union business", "association business", "association representative*", "association activit*", "association officers", "federation business", "union activit*", "union representation", "union access", "steward*", "representation", "bulletin board*", "release time", "union officers", "union management meetings", "labor management", "new employee orientation", "accion sindical", "derechos sindicales", "delegados sindicales", "delegados de personal", "comite de empresa", "comite intercentros", "representantes de los trabajadores", "tablon de anuncios", "asambleas", "credito horario", "comision sindical", "garantias sindicales", "garantias procesales"},
		Strong:  []string{"steward*", "union business", "release time", "bulletin board*", "union representative*", "union activit*", "union officer*", "delegado* sindical*", "delegados de personal", "comite de empresa", "seccion sindical", "credito horario", "tablon de anuncios", "horas sindicales", "permiso sindical", "comision sindical", "garantias sindicales"},
		Medium:  []string{"union access", "union meeting*", "asamblea*", "representacion sindical", "representantes de los trabajadores"},
	},
	{
		Code: "probation", EN: "Probationary period", ES: "Periodo de prueba",
		Heading: []string{"probation*", "trial service", "trial period", "periodo de prueba", "periodos de prueba"},
		Strong:  []string{"probationary period", "trial service", "trial service period", "periodo de prueba", "contrato a prueba"},
		Medium:  []string{"probation*"},
	},
	{
		Code: "promotion-transfer", EN: "Vacancies, promotions and transfers", ES: "Vacantes, ascensos y traslados",
		Heading: []string{"promotion*", "transfer*", "vacanc*", "job posting*", "posting", "filling of vacancies", "job bidding", "bidding", "reassignment*", "provision de plazas", "promocion*", "traslado*", "ascenso*", "movilidad", "concurso*", "permuta*", "vacantes", "reincorporacion"},
		Strong:  []string{"job posting*", "filling of vacancies", "promotional", "provision de plazas", "concurso oposicion", "movilidad funcional", "movilidad geografica", "ascenso*", "vacantes definitivas", "plazas vacantes"},
		Medium:  []string{"vacanc*", "promotion*", "transfer*", "posted", "promocion*", "traslado*", "vacante*", "movilidad"},
	},
	{
		Code: "classification", EN: "Job classification", ES: "Clasificación profesional",
		Heading: []string{"classification*", "reclassification*", "job description*", "position description*", "out of classification", "work out of class", "clasificacion profesional", "categorias", "grupos profesionales", "valoracion de puestos", "definicion de funciones", "descripcion de puestos", "plantilla estructural"},
		Strong:  []string{"reclassification*", "job description*", "position description*", "out of classification", "clasificacion profesional", "grupo profesional", "grupos profesionales", "valoracion de puestos", "descripcion de puestos"},
		Medium:  []string{"classification*", "categoria*"},
	},
	{
		Code: "personnel-records", EN: "Personnel records", ES: "Expedientes personales",
		Heading: []string{"personnel file*", "personnel record*", "working file*", "supervisory file*", "personnel files and records", "employee records", "expediente personal", "expedientes personales", "registro de personal"},
		Strong:  []string{"personnel file*", "personnel record*", "expediente personal", "registro de personal"},
	},
	{
		Code: "expenses", EN: "Travel and expenses", ES: "Viáticos y gastos",
		Heading: []string{"travel", "per diem", "mileage", "moving expense*", "expense*", "reimbursement", "incidental expenditures", "dietas", "kilometraje", "viaticos", "gastos de viaje", "plus de pernocta"},
		Strong:  []string{"per diem", "mileage", "moving expense*", "travel expense*", "travel time", "dietas", "kilometraje", "viaticos", "gastos de viaje", "pernocta"},
		Medium:  []string{"reimburs*", "travel*", "gastos"},
	},
	{
		Code: "remote-work", EN: "Remote work", ES: "Teletrabajo",
		Heading: []string{"remote work", "remote worksite*", "alternate work site*", "alternate worksite*", "working remotely", "telework*", "telecommut*", "work from home", "teletrabajo", "trabajo a distancia"},
		Strong:  []string{"remote work", "working remotely", "telework*", "telecommut*", "work from home", "teletrabajo", "trabajo a distancia"},
		Medium:  []string{"remotely", "remote"},
	},
}
