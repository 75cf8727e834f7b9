package corpusgen

// The vocabulary of the generated agreements. Each article type carries
// the subjects and objects that make its sentences read like its topic, so
// that the classifier has realistic work to do.

type enArticle struct {
	heading  string
	subjects []string
	objects  []string
}

type esArticle struct {
	heading  string
	subjects []string
	objects  []string
}

var enEmployers = []string{"Northfield Copper Company", "Granite Valley Smelting", "Pacific Ore Refining", "Lakeshore Transit Authority", "Riverbend Medical Center", "Sierra Zinc Mining", "Coastal Freight Terminals", "Mesa County"}

var enUnions = []string{"United Metal Workers", "Allied Transit Union", "Federation of Hospital Employees", "Mine and Mill Workers Union", "Public Service Employees Association"}

var enVerbs = []string{"shall receive", "shall be entitled to", "may request", "shall be given", "will be provided with", "shall not be denied", "shall be notified of", "may grieve"}

var enTails = []string{
	"in accordance with the provisions of this Agreement",
	"within fourteen (14) calendar days of the request",
	"unless otherwise agreed in writing by the parties",
	"subject to the operational needs of the department",
	"as soon as practicable after the event",
	"without loss of pay or benefits",
	"after consultation with the Union",
}

var enSectionTitles = []string{"General", "Eligibility", "Notice", "Procedure", "Rate", "Scheduling", "Exceptions", "Records", "Review", "Application"}

var enArticles = []enArticle{
	{"Recognition", []string{"The Union, as the sole and exclusive bargaining representative,", "The bargaining unit"}, []string{"recognition for all production and maintenance employees", "notice of any new classification in the bargaining unit"}},
	{"Management Rights", []string{"The Employer, which retains the exclusive right to manage,", "Management"}, []string{"the right to direct the work force and determine the methods of operation", "authority to schedule and assign work"}},
	{"Union Security", []string{"Each employee who authorizes dues deduction", "The Union"}, []string{"the deduction of union dues from each paycheck", "a monthly list of employees who pay membership dues"}},
	{"Wages", []string{"Each employee on the salary schedule", "An employee who moves to a higher step"}, []string{"a step increase on the anniversary date", "a cost of living adjustment of three percent across the board"}},
	{"Hours of Work and Overtime", []string{"An employee who works beyond the normal workweek", "A shift employee"}, []string{"overtime at time and one-half the regular rate", "a paid rest period of fifteen minutes and an unpaid meal period"}},
	{"Seniority", []string{"An employee with the longest length of service", "Each employee on the seniority list"}, []string{"preference in the order of the seniority date", "a copy of the seniority list posted every six months"}},
	{"Layoff and Recall", []string{"An employee who is laid off", "An employee affected by a reduction in force"}, []string{"recall rights for twenty-four months from the recall list", "the right to bump a less senior employee in the same classification"}},
	{"Discipline and Discharge", []string{"An employee facing disciplinary action", "No employee"}, []string{"discipline or discharge except for just cause", "a copy of any written reprimand placed in the personnel file"}},
	{"Sick Leave", []string{"An employee who is ill", "An employee caring for a family member with a serious health condition"}, []string{"paid sick leave at the rate of eight hours per month", "family and medical leave under the FMLA"}},
	{"Leaves of Absence", []string{"An employee summoned for jury duty", "An employee who suffers a death in the immediate family"}, []string{"bereavement leave of up to five working days", "a leave of absence without pay for up to one year"}},
	{"Holidays and Vacation", []string{"Each full-time employee", "An employee who works on a recognized holiday"}, []string{"holiday pay at double the regular rate", "paid vacation accrued according to years of service"}},
	{"Safety and Health", []string{"The joint safety committee", "An employee who reports a hazard"}, []string{"personal protective equipment at no cost", "an inspection of unsafe working conditions"}},
	{"Drug and Alcohol Testing", []string{"An employee who is subject to reasonable suspicion", "An employee involved in a serious accident"}, []string{"a drug test or breath alcohol test by a certified laboratory", "a split sample for any urinalysis"}},
	{"Grievance Procedure", []string{"The grievant and the steward", "Any employee who files a grievance"}, []string{"a Step 1 meeting with the immediate supervisor", "a written answer at Step 2 of the grievance procedure"}},
	{"Arbitration", []string{"The party that demands arbitration", "The arbitrator"}, []string{"a final and binding award", "a list of seven arbitrators from the FMCS"}},
	{"No Strike No Lockout", []string{"The Union, during the life of this Agreement,", "The Employer"}, []string{"no strike, slowdown or work stoppage", "no lockout of employees"}},
	{"Contracting Out", []string{"The Employer, before it decides to subcontract,", "A contractor"}, []string{"notice of any plan for contracting out bargaining unit work", "an opportunity to bid against outsourcing"}},
	{"Health Insurance", []string{"Each employee and eligible dependents", "The Employer"}, []string{"medical, dental and vision insurance coverage", "payment of ninety percent of the health insurance premium"}},
	{"Retirement", []string{"Each employee who retires", "The Employer"}, []string{"contributions to the pension plan", "retiree medical coverage"}},
	{"Training", []string{"An employee selected for apprenticeship", "Any employee"}, []string{"tuition reimbursement for approved courses", "paid training time and professional development"}},
	{"Successorship", []string{"Any successor employer", "A purchaser of the facility"}, []string{"assumption of this Agreement upon a sale or merger", "notice of any change of ownership"}},
	{"Civil Rights Committee", []string{"The joint civil rights committee", "The committee"}, []string{"time to review complaints of discrimination", "quarterly meetings on equal opportunity"}},
	{"Non-Discrimination", []string{"No employee", "The parties"}, []string{"protection from discrimination on the basis of race, religion or national origin", "a workplace free of sexual harassment"}},
	{"Attendance", []string{"An employee with excessive absenteeism", "An employee who is tardy"}, []string{"counseling under the attendance policy", "notice of each unexcused absence"}},
	{"Duration", []string{"This Agreement", "Either party"}, []string{"full force and effect until June 30 of the final year", "notice to terminate sixty days before expiration"}},
}

var esEmployers = []string{"Minera del Pacífico, S.A.", "Fundición del Norte, S.A. de C.V.", "Transportes Urbanos del Sur", "Hospital General de la Costa", "Refinería de Cobre de Levante"}

var esVerbs = []string{"tendrá derecho a", "podrá solicitar", "recibirá", "deberá comunicar", "disfrutará de", "no podrá ser privado de"}

var esTails = []string{
	"de acuerdo con lo dispuesto en el presente Convenio",
	"en el plazo de quince días naturales",
	"previa comunicación a la representación de los trabajadores",
	"sin pérdida de retribución",
	"salvo acuerdo en contrario entre las partes",
}

var esOrdinals = []string{"PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO", "DÉCIMO"}

var esChapterNames = []string{"Disposiciones generales", "Jornada y descansos", "Retribuciones", "Acción sindical", "Régimen disciplinario", "Seguridad y salud"}

var esArticles = []esArticle{
	{"Ámbito funcional", []string{"El presente Convenio", "La empresa"}, []string{"la representación exclusiva del sindicato titular", "su aplicación a todos los centros de trabajo"}},
	{"Vigencia y duración", []string{"El presente Convenio", "Cualquiera de las partes"}, []string{"la prórroga de año en año salvo denuncia", "la denuncia con tres meses de antelación a su vencimiento"}},
	{"Jornada de trabajo", []string{"El personal a turnos", "Cada trabajador"}, []string{"una jornada semanal de treinta y siete horas y media", "el abono de las horas extraordinarias con recargo"}},
	{"Vacaciones", []string{"Cada trabajador", "El personal de nuevo ingreso"}, []string{"treinta días naturales de vacaciones", "la prima vacacional establecida en las tablas"}},
	{"Permisos retribuidos", []string{"El trabajador, previo aviso,", "La persona trabajadora"}, []string{"permiso retribuido por fallecimiento de un familiar", "el tiempo necesario para un deber inexcusable"}},
	{"Salario base", []string{"Cada grupo profesional", "El personal"}, []string{"el salario base de las tablas salariales", "el incremento salarial del tres por ciento"}},
	{"Seguridad y salud laboral", []string{"El comité de seguridad y salud", "La empresa"}, []string{"los equipos de protección individual", "la evaluación de riesgos laborales"}},
	{"Pruebas de alcohol y drogas", []string{"El servicio médico", "La empresa"}, []string{"pruebas de alcoholemia y detección de drogas con garantías", "la presencia de un delegado sindical en las pruebas toxicológicas"}},
	{"Régimen disciplinario", []string{"La dirección de la empresa", "El trabajador sancionado"}, []string{"la graduación de faltas leves, graves y muy graves", "la comunicación escrita de la sanción"}},
	{"Procedimiento de solución de conflictos", []string{"La comisión paritaria", "Cualquier trabajador"}, []string{"la tramitación de reclamaciones y quejas", "el sometimiento a mediación y arbitraje"}},
	{"Derechos sindicales", []string{"Los delegados sindicales", "El comité de empresa"}, []string{"un crédito horario de veinte horas mensuales", "el uso del tablón de anuncios"}},
	{"Jubilación", []string{"El personal que se jubile", "La empresa"}, []string{"una aportación al plan de pensiones", "un premio de jubilación"}},
}
