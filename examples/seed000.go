package examples

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// Seed000 returns Inera's "Personuppgiftsbiträdesavtal 2" (seed 000), the
// Swedish public-healthcare agreement between an indirectly connected care
// provider (the controller) and the region that connects it to Inera's
// national services (the processor). It is final and keeps the seed's
// blanks: the breach hours (§11.11), the deletion deadline, the venue
// (§15.1), the notice period for changes of sub-processors, a named security
// level and an audit interval, which the validator reports.
//
// The chain: the controller authorises the region specifically to engage
// Inera AB (§2.6, §7.1), and generally to let Inera engage its own
// sub-processors, against which the controller may object within 10 days of
// being told (§7.1). Everything is processed and supported in Sweden (§8.6).
//
// Illustrative: the seed leaves the parties blank (§1.1, §1.2), so the care
// provider "Exempelvården Norr AB" and "Region Exempelland", their
// organisation numbers (valid check digits, not looked up in any register),
// addresses, contacts and signatories, the date, and Inera's two hosting
// sub-processors are invented. Inera AB and its organisation number
// 556559-4230 are real.
func Seed000() *dpa.Agreement {
	return &dpa.Agreement{
		ID:        "seed000",
		Status:    dpa.Final,
		Title:     sv("Ineras personuppgiftsbiträdesavtal 2", "Inera data processing agreement 2"),
		Languages: []i18n.Lang{i18n.SV, i18n.EN},
		// Inera's own standard agreement, not the joint SKR/Adda/Inera
		// template of 2023.
		BasedOn: dpa.Custom,
		// Illustrative: the seed's signature block is blank.
		Date: civil.D(2026, 9, 1),
		// §14.1: from signature and as long as the region processes personal
		// data for the care provider.
		Term: dpa.Term{Kind: dpa.WhileProcessing},
		// §5.2–5.3: the details of the processing follow from the agreement
		// on access to Inera's digital services between the parties.
		MainAgreement: dpa.MainAgreement{
			Title: sv("Avtal om upplåtelse av Ineras digitala tjänster", "Agreement on access to Inera's digital services"),
		},
		Controllers: []dpa.Party{seed000Controller()},
		Processor:   seed000Processor(),
		Clauses: dpa.Clauses{
			// §10.1: the public access and secrecy act (2009:400) binds the
			// region directly as an authority, and Inera through the regions'
			// control of Inera (2 kap. 3 § OSL). The private sub-processors' staff
			// have no statutory duty, and clause 7 passes this clause on to
			// them, so both forms of Art. 28(3)(b) are allowed.
			Confidentiality: dpa.BothSecrecy,
			ConfidentialityLaw: sv(
				"Offentlighets- och sekretesslagen (2009:400), bland annat 21 kap. 1 § och 40 kap. 5 §. Regionen är en myndighet och är därför själv bunden av lagen, och för Inera AB gäller den enligt 2 kap. 3 § samma lag, eftersom regioner och kommuner har ett rättsligt bestämmande inflytande över bolaget.",
				"The Public Access to Information and Secrecy Act (2009:400), in particular Chapter 21, section 1, and Chapter 40, section 5. The region is a public authority and so is itself bound by the Act, and the Act applies to Inera AB under Chapter 2, section 3, because regions and municipalities exercise a legally decisive influence over the company."),
			// §7.5: Inera's sub-processors that no statute binds sign
			// secrecy agreements, and so do their staff.
			SubProcessorSecrecy: true,
			// §8.8: tell the controller at once; §5.4: then wait for
			// further instructions.
			UnlawfulInstruction: dpa.UnlawfulInstruction{Suspend: true},
			// §11.11 sets one deadline for intrusion attempts and one for
			// other breaches, and leaves the number of hours blank in both;
			// attempts are notified "utan dröjsmål", other breaches "utan
			// onödigt dröjsmål".
			BreachNotification: []dpa.BreachDeadline{
				{Kind: dpa.IntrusionAttempt, WithoutDelay: true},
				{Kind: dpa.AnyBreach},
			},
			// §8.9: the region may not act for the care provider towards
			// IMY, so ProcessorMayNotifyAuthority stays false.
			Assistance: dpa.AssistanceTerms{
				// §8.13: assistance under §8.10–8.12 is paid by Inera's
				// published price list.
				PriceList: sv(
					"Ineras vid varje tidpunkt gällande prislista, som finns på Ineras webbplats.",
					"Inera's price list as in force from time to time, published on Inera's website."),
				Covers: []dpa.AssistanceWork{dpa.DataSubjectRequestsWork, dpa.ComplianceWork, dpa.EndOfServiceWork},
				// Paid to the region or to the sub-processor it names.
				PaidTo: dpa.PaidToNamedSubProcessor,
			},
			// §8.12: the care provider chooses deletion or return, and the
			// storage medium of a return; no deadline is set. The seed's
			// exception for "archive legislation" is left out: the archive
			// duty binds the care provider as controller, not Inera, and
			// Art. 28(3)(g) admits only law that requires the processor
			// itself to store data.
			EndOfService: dpa.EndOfService{
				Action:       dpa.ControllerChooses,
				ReturnFormat: dpa.ControllerDecidesFormat,
			},
			GoverningLaw: "SE",
			// §15.1 leaves the forum for disputes blank.
			// §13.1 says the parties settle liability and its limits
			// themselves, and §13.2 is left blank for those terms.
			Liability: dpa.Liability{Basis: dpa.OwnLiabilityTerms},
		},
		Annexes: dpa.Annexes{
			A: seed000Processing(),
			B: seed000SubProcessors(),
			C: seed000Instructions(),
			D: seed000OtherTerms(),
		},
	}
}

// seed000Controller is the indirectly connected care provider. Illustrative:
// name, number, address and people are invented.
func seed000Controller() dpa.Party {
	return dpa.Party{
		Name: "Exempelvården Norr AB",
		// The seed's annex texts call the controller "vårdgivaren"; clause
		// 1.1 defines the word (review 22 sv R1).
		ShortName: sv("vårdgivaren", "the care provider"),
		OrgID:     org.ID{Scheme: org.SEOrgNr, Value: "5599000014"},
		Address:   org.Address{Street: "Exempelgatan 4", Postcode: "999 01", City: "Exempelstad", Country: "SE"},
		Contacts: []org.Contact{
			{Role: org.RoleGeneral, Name: "Anna Exempel", Title: sv("Verkställande direktör", "Managing Director"), Email: "anna.exempel@exempelvarden.example"},
			{Role: org.RoleDPO, Name: "Dataskyddsombud", Email: "dataskyddsombud@exempelvarden.example"},
		},
		Signatory: org.Signatory{Name: "Anna Exempel", Title: sv("Verkställande direktör", "Managing Director")},
	}
}

// seed000Processor is the directly connected region. Illustrative: name,
// number (group 2, regions), address and people are invented.
func seed000Processor() dpa.Party {
	return dpa.Party{
		Name: "Region Exempelland",
		// "regionen" in the seed's annex texts.
		ShortName: sv("regionen", "the region"),
		OrgID:     org.ID{Scheme: org.SEOrgNr, Value: "2321009991"},
		Address:   org.Address{Street: "Box 100", Postcode: "999 02", City: "Exempelstad", Country: "SE"},
		Contacts: []org.Contact{
			{Role: org.RoleGeneral, Title: sv("Förvaltningen för e-hälsa", "E-health Administration"), Email: "ehalsa@regionexempelland.example"},
			{Role: org.RoleSecurity, Title: sv("Incidentfunktionen", "Incident Function"), Email: "incident@regionexempelland.example"},
			{Role: org.RoleDPO, Name: "Dataskyddsombud", Email: "dataskyddsombud@regionexempelland.example"},
		},
		Signatory: org.Signatory{Name: "Erik Exempelsson", Title: sv("Regiondirektör", "Regional Director")},
	}
}

// seed000Processing is Annex A. The seed refers the details to the service
// agreement (§5.3); the groups and data below are the ones the seed itself
// names: patients' data on health and sex life (§6.1, §10.1), the areas of
// §5.1 in the purpose, and the care provider's staff
// (§8.5: name, personal identity number, mobile number, e-mail, IP address
// and notes).
func seed000Processing() annex.Processing {
	return annex.Processing{
		Purpose: sv(
			"Regionen behandlar personuppgifter för att vårdgivaren, som är ansluten till Ineras digitala tjänster genom regionen, ska kunna använda de tjänster regionen upplåter i sin verksamhet. Områdena omfattar bland annat, och utan att listan är uttömmande, hälso- och sjukvård (till exempel den nationella sammanhållna journalföringen, kvalitetsregister och 1177:s e-tjänster), socialtjänst, förskola, grundskola och gymnasieskola, samhällsbyggnad, administration av personal och ekonomi samt kontroller av personers identitet, adress och behörighet.",
			"The region processes personal data so that the care provider, which is connected to Inera's digital services through the region, can use the services the region makes available in its activities. The areas include, among others and without the list being exhaustive, health care (such as the national shared health record system, quality registers and the 1177 e-services), social services, preschool, primary and upper secondary school, community planning, HR and finance administration, and checks of persons' identity, address and authorisation."),
		Nature: sv(
			"Regionen, och genom regionen Inera, tillhandahåller den nationella tjänsteplattformen och de digitala tjänsterna tekniskt: uppgifter tas emot, lagras, förs över och görs tillgängliga för behöriga användare. Regionen och dess underbiträden får ta del av innehållet, loggarna inräknade, bara för den personuppgiftsansvariges räkning och bara för att felsöka, kontrollera driften, ge support, ta fram statistik över tjänsterna eller utreda missbruk och intrång. Även för dessa ändamål måste båda villkoren vara uppfyllda: åtkomsten är oundgängligen nödvändig för att tillhandahålla tjänsten, och andra åtgärder som inkräktar mindre på den personliga integriteten har redan uttömts.",
			"The region, and through it Inera, provides the national service platform and the digital services as a technical matter: data are received, stored, transmitted and made available to authorised users. The region and its sub-processors may access the content, logs included, only on the controller's behalf and only to troubleshoot, monitor operations, give support, compile statistics on the services or investigate misuse and intrusions. Even for those purposes, both conditions must be met: the access is indispensable to provide the service, and other measures that intrude less on personal privacy have already been exhausted."),
		Groups: []annex.Group{
			{
				Name: sv(
					"Patienter och andra personer vars uppgifter finns i vårdgivarens journaler och e-tjänster, även avlidna",
					"Patients and other persons whose data are in the care provider's records and e-services, deceased persons included"),
				Ordinary: []annex.OrdinaryData{annex.Name, annex.Address, annex.Phone},
				// §10.1 names data on health and sex life.
				Special:    []annex.SpecialCategory{annex.Health, annex.SexLifeOrOrientation},
				NationalID: true,
			},
			{
				Name: sv(
					"Vårdgivarens personal och uppdragstagare som använder tjänsterna",
					"The care provider's staff and contractors who use the services"),
				Ordinary: []annex.OrdinaryData{annex.Name, annex.Phone, annex.Email, annex.IPAddress},
				OtherOrdinary: sv(
					"anteckningar som behövs för att administrera tjänsten och dess säkerhet",
					"notes needed to administer the service and its security"),
				NationalID: true,
			},
		},
		Duration: sv(
			"Så länge regionen har i uppdrag av vårdgivaren att behandla personuppgifter i de digitala tjänster vårdgivaren anslutits till.",
			"For as long as the care provider has engaged the region to process personal data in the digital services the care provider has been connected to."),
	}
}

// seed000SubProcessors is the sub-processor part (§2.6, §7). The rule is a
// specific authorisation, which covers Inera, the one sub-processor the
// region itself engages; the sub-processors Inera engages come under a
// general authorisation (Engages), against which the care provider may
// object within 10 days. The seed gives no notice period.
func seed000SubProcessors() annex.SubProcessors {
	inSweden := func(place string) []transfer.Location {
		return []transfer.Location{{Country: "SE", Place: place}}
	}
	return annex.SubProcessors{
		// §7.1: the specific authorisation covers Inera only, not its
		// sub-processors.
		Authorisation: annex.Specific,
		// §7.1: the care provider is told of Inera's plans in time to
		// object within 10 days; no notice period is set. The seed says
		// nothing of what an objection leads to, so that is left to the
		// main agreement.
		ObjectionWindow: civil.Of(10, civil.Days),
		ObjectionExit:   annex.MainAgreementExit,
		// §7.1: information on Inera's sub-processors is on Inera's
		// website.
		PublishedList: sv("Ineras webbplats.", "Inera's website."),
		Entries: []annex.SubProcessor{
			{
				ID:      "inera",
				Name:    "Inera AB",
				OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5565594230"},
				Address: org.Address{City: "Stockholm", Country: "SE"},
				Activity: sv(
					"Utvecklar, förvaltar och driver den nationella tjänsteplattformen och de nationella digitala tjänsterna som teknisk tillhandahållare.",
					"Develops, maintains and operates the national service platform and the national digital services as their technical provider."),
				Locations: inSweden(""),
				// §7.2: the region certifies that agreement 1 with Inera
				// imposes the same obligations.
				FlowDown: true,
				// §7.1: the region may let Inera engage sub-processors
				// of its own.
				Engages: annex.General,
			},
			// Illustrative: the seed names no sub-processor of Inera (§7.1
			// points to Inera's website). The two companies below are
			// invented to show the general authorisation at work.
			{
				ID:      "exempeldrift",
				Name:    "Exempeldrift Hosting AB",
				OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5599000030"},
				Address: org.Address{Street: "Serverhallsvägen 1", Postcode: "999 03", City: "Exempelstad", Country: "SE"},
				Activity: sv(
					"Driver servrar och lagring för tjänsteplattformen i egna datahallar.",
					"Runs servers and storage for the service platform in its own data centres."),
				Locations: inSweden("Exempelstad"),
				EngagedBy: "inera",
				// §7.4–7.5: Inera must pass the obligations on.
				FlowDown: true,
			},
			{
				ID:      "exempelbackup",
				Name:    "Exempelarkiv Backup AB",
				OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5599000048"},
				Address: org.Address{Street: "Reservvägen 2", Postcode: "999 04", City: "Exempelby", Country: "SE"},
				Activity: sv(
					"Förvarar krypterade säkerhetskopior av plattformens data på en annan ort.",
					"Keeps encrypted backups of the platform's data at a second site."),
				Locations: inSweden("Exempelby"),
				EngagedBy: "inera",
				FlowDown:  true,
			},
		},
	}
}

// seed000Instructions is the instruction part: §5–§6, §8 and §11.
func seed000Instructions() annex.Instructions {
	return annex.Instructions{
		Subject: sv(
			"Regionen ska, med Inera som underbiträde, tillhandahålla de digitala tjänster vårdgivaren anslutits till och behandla personuppgifterna bara enligt detta avtal, tillämplig svensk rätt och vårdgivarens dokumenterade instruktioner, bland dem villkoren i avtalet om upplåtelse av tjänsterna. Regionen får sammanställa och registrera patientuppgifter som vårdgivaren valt att lämna till ett nationellt eller regionalt kvalitetsregister, för de ändamål som 7 kap. 4 och 5 §§ patientdatalagen (2008:355) anger.",
			"The region shall, with Inera as sub-processor, provide the digital services the care provider has been connected to and process the personal data only under this agreement, applicable Swedish law and the care provider's documented instructions, including the terms of the agreement on access to the services. The region may compile and record patient data that the care provider has chosen to disclose to a national or regional quality register, for the purposes set out in Chapter 7, sections 4 and 5 of the Patient Data Act (2008:355)."),
		Security: annex.Security{
			// The seed names no security level: §11.1 asks only for a level
			// appropriate to the risk. It agrees on neither pseudonymisation
			// nor encryption at rest as a minimum: the processor assesses
			// them against the risk (Art. 32(1)(a)), apart from the agreed
			// measures (review 22 sv R3).
			Assess: []security.MeasureID{security.MeasurePseudonymisation, security.MeasureEncryptionAtRest},
			Measures: security.Requirements{
				EncryptionInTransit: &security.Encryption{Note: sv(
					"Uppgifter som förs över till Inera, och av Inera till dess underbiträden, ska vara krypterade; all elektronisk överföring till och från vårdgivaren ska skyddas efter uppgifternas känslighet.",
					"Data sent to Inera, and by Inera to its sub-processors, shall be encrypted; every electronic transfer to and from the care provider shall be protected according to the sensitivity of the data.")},
				AccessControl: &security.AccessControl{Note: sv(
					"Rutiner för att tilldela, ändra, ta bort och regelbundet följa upp behörigheter för egen personal och uppdragstagare.",
					"Routines for granting, changing, removing and regularly reviewing the access rights of own staff and contractors.")},
				Logging: seed000Logging(),
				Backup: &security.Backup{Note: sv(
					"Säkerhetskopiorna görs i ett vedertaget, strukturerat format.",
					"Backups are made in a widely used, structured format.")},
				Continuity: &security.Continuity{Note: sv(
					"Tillgång till personuppgifterna ska kunna återställas i rimlig tid efter en fysisk eller teknisk incident.",
					"Access to the personal data can be restored in reasonable time after a physical or technical incident.")},
				ChangeManagement: &security.Measure{Note: sv(
					"System kvalitetssäkras med tester och riskanalyser i testmiljö innan de tas i drift, och vårdgivaren underrättas i god tid om ändringar som kan påverka informationshanteringen.",
					"Systems are quality-assured by tests and risk analyses in a test environment before they go live, and the care provider is informed in good time of changes that may affect how information is handled.")},
				RegularTesting: &security.Testing{Note: sv(
					"Villkoren för test och utvärdering följer av huvudavtalet.",
					"The terms for testing and evaluation follow from the main agreement.")},
			},
			Note: sv(
				"Vid behandlingen ska Socialstyrelsens regler i HSLF-FS 2016:40 om journalföring och personuppgiftsbehandling i hälso- och sjukvården beaktas.",
				"The National Board of Health and Welfare's rules in HSLF-FS 2016:40 on record keeping and the processing of personal data in health care shall be taken into account in the processing."),
		},
		Assistance: annex.Assistance{
			DataSubjectRequests: sv(
				"Regionens underbiträden lämnar samma hjälp som regionen, och en begäran som kommer in till ett underbiträde lämnas vidare till vårdgivaren genom regionen.",
				"The region's sub-processors give the same help as the region, and a request that reaches a sub-processor is passed on to the care provider through the region."),
			Breach: sv(
				"Efter ett intrångsförsök görs normalt inga omstarter, uppgraderingar eller felsökningar utan samråd med den andra parten. Incidenter som underbiträdena anmäler ska också rapporteras till vårdgivaren.",
				"After an intrusion attempt, no restarts, upgrades or troubleshooting are normally done without consulting the other party. Breaches reported by the sub-processors are also reported to the care provider."),
			ImpactAssessment: sv(
				"Vid konsekvensbedömningar och förhandssamråd lämnar regionen och dess underbiträden de uppgifter om tjänsterna och säkerhetsåtgärderna som de förfogar över.",
				"For impact assessments and prior consultations, the region and its sub-processors provide the information on the services and the security measures that they hold."),
		},
		Retention: sv(
			"Loggar sparas i minst fem år innan de får gallras och lämnas ut till vårdgivaren när avtalet upphör. I övrigt bevaras uppgifterna enligt avtalet om upplåtelse av tjänsterna.",
			"Logs are kept for at least five years before they may be deleted, and are handed to the care provider when the agreement ends. Other data are kept as the agreement on access to the services provides."),
		// §8.6: equipment physically in Sweden, and service and support
		// provided in Sweden.
		Locations: []transfer.Location{{Country: "SE"}},
		Transfers: transfer.Instruction{Kind: transfer.OnlyListed, Countries: []transfer.Country{"SE"}},
		// §8.7: the care provider may check compliance itself or through a
		// third party, at its own cost, with access to hardware, software
		// and premises. The seed sets no interval.
		// §8.7: the care provider inspects, itself or through a third
		// party, at its own cost, the region and Inera as well. The rule
		// on telling other care providers who inspected and when covers
		// every such inspection, so it stands here as well as in C.8.
		Audits: []annex.Audit{{
			Performer: annex.ControllerAudits,
			Form:      security.Inspection,
			Costs:     annex.ControllerPays,
			Note: sv(
				"Vårdgivarens representanter får inspektera den maskin- och programvara som används och få tillträde till lokalerna där den finns; regionen och dess underbiträden lämnar den hjälp som behövs. Efter varje sådan kontroll som vårdgivaren gör, hos regionen eller hos ett underbiträde, talar regionen eller underbiträdet om för de andra vårdgivarna som använder Ineras digitala tjänster vem som gjorde kontrollen och när.",
				"The care provider's representatives may inspect the hardware and software used and enter the premises where they are; the region and its sub-processors give the help needed. After each such inspection by the care provider, of the region or of a sub-processor, the region or the sub-processor informs the other care providers using Inera's digital services of who carried out the inspection and when."),
		}},
		SubProcessorAudits: []annex.Audit{{
			Performer: annex.ControllerAudits,
			Form:      security.Inspection,
			Costs:     annex.ControllerPays,
			Note: sv(
				"Rätten till kontroll ska säkras när underbiträden upphandlas. Andra vårdgivare som använder Ineras tjänster informeras om vem som har gjort en kontroll och när.",
				"The right to inspect is secured when sub-processors are procured. Other care providers using Inera's services are informed of who carried out an inspection and when."),
		}},
	}
}

// seed000Logging is §11.12: the five fields of items 1–4, systematic spot
// checks (item 5), documented checks (item 6) and retention of at least five
// years, as HSLF-FS 2016:40 requires.
func seed000Logging() *security.Logging {
	l := security.HSLFLogging()
	l.Note = sv(
		"Åtkomst till personuppgifterna loggas fortlöpande, och loggarna ska ges ett tillräckligt skydd.",
		"Access to the personal data is logged continuously, and the logs shall be given adequate protection.")
	return l
}

// seed000OtherTerms holds the seed's terms that have no field of their own.
// §13 (liability) is Clauses.Liability, with its blank.
func seed000OtherTerms() annex.OtherTerms {
	return annex.OtherTerms{
		{
			Heading: sv("Information till Inera", "Information to Inera"),
			Text: sv(
				"Regionen meddelar Inera vilka vårdgivare som är indirekt anslutna till en tjänst och varje ändring av det.",
				"The region informs Inera of which care providers are connected to a service indirectly, and of every change to that."),
		},
		{
			// §6.2.
			Heading: sv("Information om anslutna vårdgivare", "Information on connected care providers"),
			Text: sv(
				"Vårdgivaren kan begära att regionen på ett lättillgängligt sätt redovisar vilka vårdgivare som är anslutna, direkt eller indirekt, till sammanhållen journalföring. Regionen får i den delen hänvisa till Inera.",
				"The care provider may ask the region to set out, in an easily accessible form, which care providers are connected, directly or indirectly, to the shared health record system (sammanhållen journalföring). For this the region may refer to Inera."),
		},
		{
			// §9.2.
			Heading: sv("Ändringar i behandlingen", "Changes in the processing"),
			Text: sv(
				"Påverkar en ändring i behandlingen regionens skyldigheter enligt dataskyddsförordningen, ska vårdgivaren genast underrätta regionen om den.",
				"Where a change in the processing affects the region's obligations under the GDPR, the care provider shall inform the region of it at once."),
		},
		{
			Heading: sv("Kontakter med tillsynsmyndigheter", "Contacts with supervisory authorities"),
			Text: sv(
				"Regionen och dess underbiträden informerar utan dröjsmål vårdgivaren om kontakter från Integritetsskyddsmyndigheten eller andra tillsynsmyndigheter som rör behandlingen, och får inte företräda vårdgivaren i sådana ärenden.",
				"The region and its sub-processors inform the care provider without delay of contacts from the Swedish Authority for Privacy Protection or other supervisory authorities about the processing, and may not represent the care provider in such matters."),
		},
		{
			Heading: sv("Uppgifter om avlidna", "Data on deceased persons"),
			Text: sv(
				"Detta avtal gäller på samma sätt för uppgifter om avlidna personer som för personuppgifter.",
				"This agreement applies to data on deceased persons in the same way as to personal data."),
		},
		{
			Heading: sv("Arkivmyndighetens kontroll", "Inspection by the archives authority"),
			Text: sv(
				"Regionen och dess underbiträden låter Riksarkivet och, i förekommande fall, vårdgivarens arkivmyndighet kontrollera att arkivbestämmelserna följs.",
				"The region and its sub-processors let the National Archives and, where relevant, the care provider's archives authority check that the archives rules are followed."),
		},
		{
			// §5.4: the library's clause covers an unlawful instruction,
			// not a missing one.
			Heading: sv("Instruktioner som saknas", "Missing instructions"),
			Text: sv(
				"Anser regionen att den saknar instruktioner som behövs för att utföra uppdraget enligt detta avtal, meddelar den utan dröjsmål vårdgivaren sin bedömning och anger om bristen kan påverka hur uppdraget fullgörs. Regionen inväntar sedan vårdgivarens vidare instruktioner.",
				"Where the region considers that it lacks instructions it needs to carry out the assignment under this agreement, it tells the care provider of its view without delay and states whether the gap may affect the performance of the assignment. The region then awaits the care provider's further instructions."),
		},
		{
			// §7.5.
			Heading: sv("Ineras personal och sekretessen", "Inera's staff and secrecy"),
			Text: sv(
				"Ineras personal har tystnadsplikt enligt lag. Regionen ser därför till att Inera påminner sin personal om de sekretess- och tystnadspliktsregler som Inera och personalen har att följa. Personalen behöver inte skriva under någon särskild sekretessförbindelse.",
				"Inera's staff are bound by a statutory duty of confidentiality. The region therefore makes sure that Inera reminds its staff of the secrecy and confidentiality rules that Inera and its staff must follow. The staff need not sign any separate confidentiality undertaking."),
		},
		{
			// §10.2.
			Heading: sv("Vårdgivarens egen sekretessbedömning", "The care provider's own secrecy assessment"),
			Text: sv(
				"Det är vårdgivaren själv som avgör om reglerna om sekretess och tystnadsplikt gör det lämpligt att låta regionen och dess underbiträden hantera uppgifterna i de tjänster som upplåts.",
				"It is for the care provider itself to judge whether the rules on secrecy and confidentiality make it appropriate to let the region and its sub-processors handle the data in the services made available."),
		},
		{
			// §10.3, first sentence; the rest is clause 5.
			Heading: sv("Personalens kännedom om sekretessen", "Staff's knowledge of secrecy"),
			Text: sv(
				"Regionen och dess underbiträden ser till att den egna personalen och uppdragstagare som är fysiska personer väl känner till den sekretess och tystnadsplikt som kan gälla för de uppgifter regionen behandlar för vårdgivaren.",
				"The region and its sub-processors make sure that their own staff and contractors who are natural persons are well acquainted with the secrecy and duty of confidentiality that may apply to the data the region processes for the care provider."),
		},
	}
}
