package examples

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
	"github.com/shopspring/decimal"
)

// Reference returns a complete, final agreement that validates without
// findings and uses what the seeds do not: every text in English, Swedish,
// Norwegian Bokmål and Danish with Swedish as the main language; a fixed
// term with an effective date; a Swedish processor whose sub-processors
// include a US company self-certified under the EU-US Data Privacy Framework
// (adequacy) and an Indian company under the standard contractual clauses,
// module 3, with a transfer impact assessment and supplementary measures;
// the transfer instruction "with safeguards"; an assistance fee of SEK
// 1 250.00 per hour; deletion or return at the controller's choice with a
// deadline and a confirmation; parameters for most measures of the
// catalogue.
//
// Illustrative throughout: every party, sub-processor, number, address,
// person and date is invented. The Swedish organisation numbers have valid
// check digits but were not looked up in any register; the foreign
// identifiers only follow their countries' formats.
func Reference() *dpa.Agreement {
	return &dpa.Agreement{
		ID:      "reference",
		Version: "2.0",
		Status:  dpa.Final,
		Title: all4(
			"Data processing agreement for the tenant portal",
			"Personuppgiftsbiträdesavtal för hyresgästportalen",
			"Databehandleravtale for leietakerportalen",
			"Databehandleraftale for lejerportalen"),
		Languages:     []i18n.Lang{i18n.SV, i18n.EN, i18n.NB, i18n.DA},
		BasedOn:       dpa.EU2021915,
		Date:          civil.D(2026, 11, 16),
		EffectiveDate: civil.D(2027, 1, 1),
		Term:          dpa.Term{Kind: dpa.FixedDate, EndDate: civil.D(2029, 12, 31)},
		MainAgreement: dpa.MainAgreement{
			Title: all4(
				"Service agreement for the tenant portal",
				"Tjänsteavtal om hyresgästportalen",
				"Tjenesteavtale om leietakerportalen",
				"Serviceaftale om lejerportalen"),
			Reference: "EX-2026-0417",
			Date:      civil.D(2026, 11, 16),
		},
		Precedence: dpa.ThisAgreementPrevails,
		Controllers: []dpa.Party{{
			Name:    "Exempelbostäder AB",
			OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5599000063"},
			Address: org.Address{Street: "Hyresgatan 10", Postcode: "999 10", City: "Exempelstad", Country: "SE"},
			Contacts: []org.Contact{
				{Role: org.RoleGeneral, Name: "Sara Exempel", Title: all4("Head of Digitalisation", "Digitaliseringschef", "Digitaliseringssjef", "Digitaliseringschef"), Email: "sara.exempel@exempelbostader.example", Phone: "0999-100 00"},
				{Role: org.RoleDPO, Name: "Dataskyddsombud", Email: "dso@exempelbostader.example"},
				{Role: org.RoleLegal, Name: "Johan Exempel", Title: all4("In-house lawyer", "Bolagsjurist", "Bedriftsjurist", "Virksomhedsjurist"), Email: "johan.exempel@exempelbostader.example"},
			},
			Signatory: org.Signatory{Name: "Eva Exempel", Title: all4("Managing Director", "Verkställande direktör", "Daglig leder", "Administrerende direktør")},
		}},
		Processor: dpa.Party{
			Name:    "Exempel Molntjänster AB",
			OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5599000071"},
			Address: org.Address{Street: "Molnvägen 1", Postcode: "999 11", City: "Exempelstad", Country: "SE"},
			Contacts: []org.Contact{
				{Role: org.RoleGeneral, Name: "Lars Exempel", Title: all4("Account Manager", "Kundansvarig", "Kundeansvarlig", "Kundeansvarlig"), Email: "lars.exempel@molntjanster.example", Phone: "0999-200 00"},
				{Role: org.RoleSecurity, Title: all4("Security centre", "Säkerhetscentralen", "Sikkerhetssentralen", "Sikkerhedscentret"), Email: "incident@molntjanster.example", Phone: "0999-200 99"},
				{Role: org.RoleDPO, Name: "Dataskyddsombud", Email: "dso@molntjanster.example"},
			},
			Signatory: org.Signatory{Name: "Per Exempel", Title: all4("Managing Director", "Verkställande direktör", "Daglig leder", "Administrerende direktør")},
		},
		Clauses: dpa.Clauses{
			Confidentiality: dpa.ContractualSecrecy,
			// Companies all: no body subject to rules on public access.
			NoPublicAccess:      true,
			UnlawfulInstruction: dpa.UnlawfulInstruction{Suspend: true},
			// One deadline: seed 000 shows two kinds, and package dpa's rule
			// tests append a second deadline of the same kind to this one.
			BreachNotification: []dpa.BreachDeadline{
				{Kind: dpa.AnyBreach, Within: civil.Of(24, civil.Hours)},
			},
			// The reference holds every part of the model, so the
			// long-string injection test reaches this field too.
			BreachDetails: []i18n.Text{all4(
				"which tenants, housing applicants and staff the breach concerns, where this can be established.",
				"vilka hyresgäster, bostadssökande och anställda incidenten gäller, när det går att fastställa.",
				"hvilke leietakere, boligsøkere og ansatte bruddet gjelder, når dette lar seg fastslå.",
				"hvilke lejere, boligsøgende og medarbejdere bruddet vedrører, når det kan fastslås.",
			)},
			Assistance: dpa.AssistanceTerms{
				Fee: dpa.Money{Amount: decimal.RequireFromString("1250"), Currency: "SEK"},
				Per: civil.Hours,
			},
			EndOfService: dpa.EndOfService{
				Action:        dpa.ControllerChooses,
				Deadline:      civil.Of(30, civil.Days),
				ConfirmWithin: civil.Of(14, civil.Days),
				ReturnFormat:  dpa.MachineReadable,
				// Annex C.4: backups are overwritten within 35 days.
				BackupsWithin: civil.Of(35, civil.Days),
			},
			GoverningLaw: "SE",
			Venue:        "Stockholms tingsrätt",
			// Liability within the main agreement's limits (review 7, nb R1,
			// da R2: the parties' own sentence capped everything, even the
			// processor's liability for its sub-processors, and named a
			// contract the agreement does not define). The clause keeps
			// Art. 82, Art. 82(5) recourse and Art. 28(4) outside the cap.
			Liability: dpa.Liability{Basis: dpa.MainAgreementLiability},
		},
		Annexes: dpa.Annexes{
			A: referenceProcessing(),
			B: referenceSubProcessors(),
			C: referenceInstructions(),
			D: annex.OtherTerms{
				{
					Heading: all4("Loss of the transfer basis for Example Mail Inc.", "Om grunden för Example Mail Inc. faller bort", "Hvis grunnlaget for Example Mail Inc. faller bort", "Hvis grundlaget for Example Mail Inc. bortfalder"),
					Text: all4(
						"The processor checks at least every three months that Example Mail Inc. is still on the Data Privacy Framework List. If Example Mail Inc. is removed from the List, its self-certification lapses or the adequacy decision no longer applies, the processor stops the transfers to Example Mail Inc., notifies the controller without undue delay, and resumes them only on another transfer basis the controller has approved in writing.",
						"Personuppgiftsbiträdet kontrollerar minst var tredje månad att Example Mail Inc. fortfarande finns med i förteckningen över organisationer som är självcertifierade enligt ramverket för dataskydd mellan EU och USA. Avförs bolaget från förteckningen, upphör dess självcertifiering eller gäller beslutet om adekvat skyddsnivå inte längre, ska personuppgiftsbiträdet avbryta överföringarna till Example Mail Inc., utan onödigt dröjsmål underrätta den personuppgiftsansvarige och återuppta dem endast med en annan grund för överföring som den personuppgiftsansvarige skriftligen har godkänt.",
						"Databehandleren kontrollerer minst hver tredje måned at Example Mail Inc. fortsatt står på listen over virksomheter som har selvsertifisert seg etter rammeverket for personvern mellom EU og USA. Blir selskapet fjernet fra listen, opphører selvsertifiseringen, eller gjelder ikke beslutningen om tilstrekkelig beskyttelsesnivå lenger, skal databehandleren stanse overføringene til Example Mail Inc., uten ugrunnet opphold underrette den behandlingsansvarlige og bare gjenoppta dem på et annet overføringsgrunnlag som den behandlingsansvarlige skriftlig har godkjent.",
						"Databehandleren kontrollerer mindst hver tredje måned, at Example Mail Inc. fortsat er opført på listen over organisationer, der har selvcertificeret sig under databeskyttelsesrammen mellem EU og USA. Slettes selskabet fra listen, ophører dets selvcertificering, eller gælder afgørelsen om tilstrækkeligheden af beskyttelsesniveauet ikke længere, skal databehandleren indstille overførslerne til Example Mail Inc., uden unødig forsinkelse underrette den dataansvarlige og kun genoptage dem på et andet overførselsgrundlag, som den dataansvarlige skriftligt har godkendt."),
				},
			},
		},
	}
}

// referenceProcessing is Annex A.
func referenceProcessing() annex.Processing {
	return annex.Processing{
		Purpose: all4(
			"The processor runs the tenant portal, through which the controller lets flats, handles tenants' service requests and communicates with applicants and tenants.",
			"Personuppgiftsbiträdet driver hyresgästportalen, där den personuppgiftsansvarige hyr ut lägenheter, hanterar hyresgästernas felanmälningar och kommunicerar med bostadssökande och hyresgäster.",
			"Databehandleren drifter leietakerportalen, der den behandlingsansvarlige leier ut leiligheter, behandler leietakernes feilmeldinger og kommuniserer med boligsøkere og leietakere.",
			"Databehandleren driver lejerportalen, hvor den dataansvarlige udlejer lejligheder, behandler lejernes fejlmeldinger og kommunikerer med boligsøgende og lejere."),
		Nature: all4(
			"Hosting, storage, backup and operation of the portal; sending notifications by e-mail; first-line support to users; deletion at the end of the retention periods.",
			"Drift, lagring och säkerhetskopiering av portalen; utskick av aviseringar via e-post; användarsupport i första linjen; radering när lagringstiderna löper ut.",
			"Drift, lagring og sikkerhetskopiering av portalen; utsending av varsler på e-post; førstelinjestøtte til brukerne; sletting når lagringstidene løper ut.",
			"Drift, opbevaring og sikkerhedskopiering af portalen; udsendelse af meddelelser pr. e-mail; førstelinjesupport til brugerne; sletning, når opbevaringsperioderne udløber."),
		Groups: []annex.Group{
			{
				Name:       all4("Tenants", "Hyresgäster", "Leietakere", "Lejere"),
				Ordinary:   []annex.OrdinaryData{annex.Name, annex.Address, annex.Email, annex.Phone},
				NationalID: true,
				OtherOrdinary: all4(
					"lease number, service requests and messages",
					"kontraktsnummer, felanmälningar och meddelanden",
					"kontraktsnummer, feilmeldinger og meldinger",
					"lejekontraktnummer, fejlmeldinger og beskeder"),
			},
			{
				Name:         all4("Housing applicants", "Bostadssökande", "Boligsøkere", "Boligsøgende"),
				Ordinary:     []annex.OrdinaryData{annex.Name, annex.Email, annex.Phone},
				NationalID:   true,
				Confidential: []annex.ConfidentialData{annex.FinancialCircumstances},
			},
			{
				Name:     all4("The controller's staff using the portal", "Den personuppgiftsansvariges personal som använder portalen", "Den behandlingsansvarliges ansatte som bruker portalen", "Den dataansvarliges medarbejdere, der bruger portalen"),
				Ordinary: []annex.OrdinaryData{annex.Name, annex.Email, annex.EmployeeID, annex.IPAddress},
			},
		},
		Duration: all4(
			"From the effective date up to and including 31 December 2029, and after that until the data have been deleted or returned.",
			"Från ikraftträdandet till och med den 31 december 2029, och därefter tills uppgifterna har raderats eller återlämnats.",
			"Fra ikrafttredelsen til og med 31. desember 2029, og deretter til opplysningene er slettet eller tilbakelevert.",
			"Fra aftalens ikrafttræden til og med den 31. december 2029 og derefter, indtil oplysningerne er slettet eller tilbageleveret."),
		Deletion: all4(
			"Applications that do not lead to a lease are deleted 12 months after the applicant's last activity.",
			"Ansökningar som inte leder till ett hyresavtal raderas 12 månader efter den sökandes senaste aktivitet.",
			"Søknader som ikke fører til en leiekontrakt, slettes 12 måneder etter søkerens siste aktivitet.",
			"Ansøgninger, der ikke fører til en lejekontrakt, slettes 12 måneder efter ansøgerens seneste aktivitet."),
	}
}

// referenceSubProcessors is Annex B: two sub-processors in the EEA, one of
// them engaged by the other, and two outside it.
func referenceSubProcessors() annex.SubProcessors {
	return annex.SubProcessors{
		Authorisation:   annex.General,
		NoticePeriod:    civil.Of(30, civil.Days),
		ObjectionWindow: civil.Of(14, civil.Days),
		Entries: []annex.SubProcessor{
			{
				ID:      "serverhall",
				Name:    "Exempel Serverhall AB",
				OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5599000089"},
				Address: org.Address{Street: "Kylvägen 3", Postcode: "999 12", City: "Exempelstad", Country: "SE"},
				Activity: all4(
					"Hosts the portal's servers and databases.",
					"Driver portalens servrar och databaser.",
					"Drifter portalens servere og databaser.",
					"Driver portalens servere og databaser."),
				Locations: []transfer.Location{{Country: "SE", Place: "Exempelstad"}},
				FlowDown:  true,
			},
			{
				ID:      "varmuuskopio",
				Name:    "Esimerkki Varmuuskopio Oy",
				OrgID:   org.ID{Scheme: org.FIYTunnus, Value: "9999002-3"},
				Address: org.Address{Street: "Esimerkkikatu 1", Postcode: "99990", City: "Esimerkkilä", Country: "FI"},
				Activity: all4(
					"Keeps encrypted copies of the backups at a second site.",
					"Förvarar krypterade kopior av säkerhetskopiorna på en annan driftsplats.",
					"Oppbevarer krypterte kopier av sikkerhetskopiene på et annet sted.",
					"Opbevarer krypterede kopier af sikkerhedskopierne et andet sted."),
				Locations: []transfer.Location{{Country: "FI", Place: "Esimerkkilä"}},
				EngagedBy: "serverhall",
				FlowDown:  true,
			},
			{
				ID:      "mail",
				Name:    "Example Mail Inc.",
				OrgID:   org.ID{Scheme: org.Other, Value: "Delaware 9999999"},
				Address: org.Address{Street: "1 Example Plaza", Postcode: "99999", City: "Example City", Country: "US"},
				Activity: all4(
					"Sends the portal's e-mail notifications; receives the recipient's name and e-mail address and the text of the message.",
					"Skickar portalens aviseringar via e-post; tar emot mottagarens namn och e-postadress och meddelandets text.",
					"Sender portalens varsler på e-post; mottar mottakerens navn og e-postadresse og teksten i meldingen.",
					"Sender portalens meddelelser pr. e-mail og får i den forbindelse navn og e-mailadresse på modtageren samt meddelelsens tekst."),
				Locations: []transfer.Location{{Country: "US"}},
				// On the Data Privacy Framework List on the agreement's date.
				Transfer: transfer.Basis{Mechanism: transfer.Adequacy, DPFCertified: true},
				FlowDown: true,
			},
			{
				ID:      "support",
				Name:    "Example Support Services Private Limited",
				OrgID:   org.ID{Scheme: org.Other, Value: "CIN U99999MH2020PTC999999"},
				Address: org.Address{Street: "99 Example Road", Postcode: "999999", City: "Example Nagar", Country: "IN"},
				Activity: all4(
					"Gives first-line support to the portal's users around the clock, with remote access to the cases concerned.",
					"Ger användarsupport i första linjen dygnet runt, med fjärråtkomst till de ärenden det gäller.",
					"Gir førstelinjestøtte til brukerne døgnet rundt, med fjerntilgang til de sakene det gjelder.",
					"Yder førstelinjesupport til brugerne døgnet rundt med fjernadgang til de sager, det drejer sig om."),
				Locations: []transfer.Location{{Country: "IN"}},
				Transfer: transfer.Basis{
					Mechanism: transfer.SCC,
					SCCModule: 3,
					TIA:       true,
					SupplementaryMeasures: all4(
						"Access only through a virtual desktop hosted in Sweden, with no download or printing; personal identity numbers are masked; the data are encrypted with keys held by the processor in Sweden.",
						"Åtkomst endast via ett virtuellt skrivbord i Sverige, utan nedladdning eller utskrift; personnummer maskeras; uppgifterna krypteras med nycklar som personuppgiftsbiträdet förvarar i Sverige.",
						"Tilgang bare gjennom et virtuelt skrivebord i Sverige, uten nedlasting eller utskrift; personnumre maskeres; opplysningene krypteres med nøkler som databehandleren oppbevarer i Sverige.",
						"Adgang kun gennem et virtuelt skrivebord i Sverige uden download eller udskrift; personnumre maskeres; oplysningerne krypteres med nøgler, som databehandleren opbevarer i Sverige."),
				},
				FlowDown: true,
			},
		},
	}
}

// referenceInstructions is Annex C.
func referenceInstructions() annex.Instructions {
	return annex.Instructions{
		Subject: all4(
			"The processor shall operate the tenant portal as the main agreement describes and process the personal data only for that purpose and on the controller's documented instructions.",
			"Personuppgiftsbiträdet ska driva hyresgästportalen så som huvudavtalet beskriver och behandla personuppgifterna endast för det ändamålet och enligt den personuppgiftsansvariges dokumenterade instruktioner.",
			"Databehandleren skal drifte leietakerportalen slik hovedavtalen beskriver, og behandle personopplysningene bare for det formålet og etter den behandlingsansvarliges dokumenterte instrukser.",
			"Databehandleren skal drive lejerportalen, som hovedaftalen beskriver, og behandle personoplysningerne alene til det formål og efter den dataansvarliges dokumenterede instruks."),
		Security: annex.Security{
			// More than 10 000 data subjects (3) and personal identity
			// numbers and financial data (2): 5 points, considerable.
			Risk:     security.Risk{Subjects: security.Over10000, Confidential: true},
			Level:    security.Considerable,
			Measures: referenceMeasures(),
		},
		Assistance: annex.Assistance{
			DataSubjectRequests: all4(
				"The portal lets the controller find, export, correct and delete a data subject's data itself; the processor helps with requests the portal cannot handle.",
				"I portalen kan den personuppgiftsansvarige själv söka fram, exportera, rätta och radera en registrerads uppgifter; personuppgiftsbiträdet hjälper till med begäranden som portalen inte klarar.",
				"I portalen kan den behandlingsansvarlige selv finne, eksportere, rette og slette opplysningene om en registrert; databehandleren bistår med anmodninger som portalen ikke kan håndtere.",
				"I portalen kan den dataansvarlige selv fremsøge, eksportere, berigtige og slette en registreredes oplysninger; databehandleren bistår med anmodninger, som portalen ikke kan håndtere."),
			ForwardRequestsWithin: civil.Of(2, civil.Days),
			Breach: all4(
				"The notification and the information provided later are sent by the processor's security centre, which is also the contact point for further information.",
				"Underrättelsen och den information som lämnas senare skickas av personuppgiftsbiträdets säkerhetscentral, som också är kontaktpunkt för ytterligare information.",
				"Underretningen om bruddet og opplysningene som gis senere, sendes av databehandlerens sikkerhetssentral, som også er kontaktpunktet for ytterligere opplysninger.",
				"Underretningen og de oplysninger, der gives senere, sendes af databehandlerens sikkerhedscenter, som også er kontaktpunkt for yderligere oplysninger."),
			ImpactAssessment: all4(
				"The processor provides descriptions of the portal, its measures and its sub-processors for the controller's impact assessments and any prior consultation.",
				"Personuppgiftsbiträdet tillhandahåller beskrivningar av portalen, dess åtgärder och dess underbiträden för den personuppgiftsansvariges konsekvensbedömningar och eventuellt förhandssamråd.",
				"Databehandleren stiller beskrivelser av portalen, tiltakene og underdatabehandlerne til rådighet for den behandlingsansvarliges vurderinger av personvernkonsekvenser og eventuelle forhåndsdrøftinger.",
				"Databehandleren stiller beskrivelser af portalen, dens foranstaltninger og dens underdatabehandlere til rådighed for den dataansvarliges konsekvensanalyser og eventuel forudgående høring."),
		},
		Retention: all4(
			"Data are kept for as long as the controller's lease and application records require and deleted by the routines in Annex A; backups are overwritten within 35 days.",
			"Uppgifterna sparas så länge den personuppgiftsansvariges hyres- och ansökningsärenden kräver och raderas enligt rutinerna i bilaga A; säkerhetskopior skrivs över inom 35 dagar.",
			"Opplysningene lagres så lenge den behandlingsansvarliges leie- og søknadssaker krever, og slettes etter rutinene i vedlegg A; sikkerhetskopier overskrives innen 35 dager.",
			"Oplysningerne opbevares, så længe den dataansvarliges leje- og ansøgningssager kræver det, og slettes efter procedurerne i bilag A; sikkerhedskopier overskrives inden for 35 dage."),
		Locations: []transfer.Location{{Country: "SE", Place: "Exempelstad"}},
		Transfers: transfer.Instruction{Kind: transfer.WithSafeguards},
		Audits: []annex.Audit{
			{
				Performer: annex.IndependentAuditor,
				Form:      security.ISAE3000Type2,
				Frequency: civil.Of(1, civil.Years),
				ReportTo:  annex.ControllerAudits,
				Costs:     annex.ProcessorPays,
			},
			{
				Performer: annex.ControllerAudits,
				Form:      security.Inspection,
				Costs:     annex.ControllerUnlessBreach,
				// No note on notice: the library's default (reasonable
				// notice, normally at least 30 days, shorter on signs of
				// non-compliance, after a breach or at an authority's
				// demand) is the one rule (review 4 en R1, sv R6, nb R2,
				// da R1).
			},
		},
		SubProcessorAudits: []annex.Audit{{
			Performer: annex.ProcessorAudits,
			Form:      security.ISO27001,
			Frequency: civil.Of(1, civil.Years),
			Costs:     annex.EachOwn,
			Note: all4(
				"Every year the processor shall obtain each sub-processor's certificate and audit summary and shall give the controller a copy on request.",
				"Personuppgiftsbiträdet ska varje år hämta in varje underbiträdes certifikat och revisionssammanfattning och ge den personuppgiftsansvarige en kopia på begäran.",
				"Databehandleren skal hvert år innhente hver underdatabehandlers sertifikat og revisjonssammendrag og gi den behandlingsansvarlige en kopi på anmodning.",
				"Databehandleren skal hvert år indhente hver underdatabehandlers certifikat og et sammendrag af den seneste revisionsrapport og give den dataansvarlige en kopi på anmodning."),
		}},
	}
}

// referenceMeasures sets a parameter wherever the catalogue has one.
func referenceMeasures() security.Requirements {
	return security.Requirements{
		EncryptionAtRest:    &security.Encryption{Standard: i18n.T("AES-256")},
		EncryptionInTransit: &security.Encryption{Standard: i18n.Text{EN: "TLS 1.2 or later", SV: "TLS 1.2 eller senare", NB: "TLS 1.2 eller nyere", DA: "TLS 1.2 eller nyere"}},
		MFAInternet:         &security.Measure{},
		AccessControl:       &security.AccessControl{ReviewInterval: civil.Of(6, civil.Months)},
		// A service run for many customers keeps each one's data apart.
		TenantSeparation:    &security.Measure{},
		IntegrityMonitoring: &security.Measure{},
		Logging: &security.Logging{
			Content:              []security.LogField{security.LogTime, security.LogUser, security.LogAction, security.LogDataSubject},
			Retention:            civil.Of(12, civil.Months),
			SpotChecks:           true,
			ChecksDocumented:     true,
			LockoutAfterFailures: 5,
		},
		Backup:            &security.Backup{Interval: civil.Of(1, civil.Days), RestoreTestInterval: civil.Of(12, civil.Months)},
		Continuity:        &security.Continuity{ExerciseInterval: civil.Of(1, civil.Years)},
		PhysicalSecurity:  &security.Measure{},
		RemoteWork:        &security.RemoteWork{VPN: true, MFA: true},
		ChangeManagement:  &security.Measure{},
		Patching:          &security.Patching{CriticalWithin: civil.Of(14, civil.Days)},
		AwarenessTraining: &security.Training{Interval: civil.Of(1, civil.Years)},
		Disposal:          &security.Disposal{Documented: true},
		RegularTesting:    &security.Testing{Interval: civil.Of(1, civil.Years)},
		SupplementaryTransfer: &security.Measure{Note: all4(
			"For the Indian sub-processor: its staff reach the data only through the processor's support system, which keeps them in the EU/EEA; they see only the cases assigned to them; every access is logged; and the sub-processor shall notify the processor at once of any request from an Indian authority.",
			"För det indiska underbiträdet: dess personal når uppgifterna endast genom personuppgiftsbiträdets supportsystem, som lagrar dem inom EU/EES; personalen ser bara de ärenden som den har tilldelats; varje åtkomst loggas; och underbiträdet ska genast underrätta personuppgiftsbiträdet om varje begäran från en indisk myndighet.",
			"For den indiske underdatabehandleren: personellet får tilgang til opplysningene bare gjennom databehandlerens støttesystem, som lagrer dem innenfor EU/EØS; de ser bare sakene de er tildelt; all tilgang logges; og underdatabehandleren skal straks underrette databehandleren om enhver anmodning fra en indisk myndighet.",
			"For den indiske underdatabehandler: medarbejderne har kun adgang til oplysningerne gennem databehandlerens supportsystem, som opbevarer dem inden for EU/EØS; de ser kun de sager, de er tildelt; al adgang logges; og underdatabehandleren skal straks underrette databehandleren om enhver anmodning fra en indisk myndighed."),
		},
	}
}
