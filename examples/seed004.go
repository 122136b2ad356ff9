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

// Seed004 returns Viborg Kommune's agreement on "Automatisk
// Ruteplanlægning" (seed 004, version 1.1.0), built on the Danish
// Datatilsynet standard clauses with Bilag A–E. It is a draft, as the seed
// is: the seed is an unsigned template that leaves the return deadline,
// the governing law and the venue to the main agreement, and those stay
// blank here (law.governing-law-missing, law.venue-missing,
// end.deadline-missing and deletion.confirmation-missing are its findings).
//
// From the seed: the controller with its CVR number, data protection
// adviser and breach mailbox; the service; Annex A's checkbox table
// (employees: employee number; citizens: name, address, date of birth,
// health data, CPR number); the risk scoring (1 000–10 000 data subjects,
// special categories and other confidential data: 7 points, high) and the
// agreed level high; the measures C.2.1–C.2.11 with their parameters (log
// content and 13 months' retention among them); 24-hour breach notice
// (clause 10.2); 60 days' notice of changes of sub-processors (clause 7.3);
// return of the data at the end (clause 11.1) and the Archives Act
// (clause 11.2); transfers: option 2, EU/EEA only (C.6); an annual ISAE 3000
// GDPR type 2 report at the processor's cost (C.7) and reports on
// sub-processors at least once a year (C.8).
//
// Illustrative, because the seed leaves them blank: the processor "Eksempel
// Ruteplan ApS" and its people; the chain of sub-processors (Bilag E asks
// for at least five levels; the example has six entries, five levels deep,
// all in the EEA and with invented names and numbers); the date; the
// controller's signatory; the description of the instruction (C.1); the
// processor's location (C.5).
func Seed004() *dpa.Agreement {
	return &dpa.Agreement{
		ID:      "seed004",
		Version: "1.1.0",
		Status:  dpa.Draft,
		Title: da("Databehandleraftale om automatisk ruteplanlægning",
			"Data processing agreement on automatic route planning"),
		Languages: []i18n.Lang{i18n.DA, i18n.EN},
		BasedOn:   dpa.DKDatatilsynet,
		// The draft's date and version are the template's own
		// ("Dato: 22.04.2025, Ver.: 1.1.0"); the clauses take effect when
		// both parties have signed (clause 14.1), and the signature block
		// is blank.
		Date: civil.D(2025, 4, 22),
		// Clause 14.3: as long as the processing service lasts.
		// Clause 14.4: once the services have ended and the data is
		// deleted or returned, either party may terminate by written
		// notice.
		Term: dpa.Term{Kind: dpa.WhileProcessing, Notice: dpa.AfterServicesEnd},
		MainAgreement: dpa.MainAgreement{
			Title: da("Kontrakt om levering af automatisk ruteplanlægning", "Contract for the supply of automatic route planning"),
		},
		// Clause 2.4.
		Precedence:  dpa.ThisAgreementPrevails,
		Controllers: []dpa.Party{seed004Controller()},
		Processor:   seed004Processor(),
		Clauses: dpa.Clauses{
			// Clause 5.1: a commitment to confidentiality or an
			// appropriate statutory duty, either of which suffices.
			Confidentiality: dpa.BothSecrecy,
			// Companies all: no body subject to rules on public access.
			NoPublicAccess: true,
			// Clause 4.2: the processor tells the controller at once.
			UnlawfulInstruction: dpa.UnlawfulInstruction{},
			// Clause 10.2: without undue delay and, if possible, within 24
			// hours.
			BreachNotification: []dpa.BreachDeadline{
				{Kind: dpa.AnyBreach, Within: civil.Of(24, civil.Hours), IfPossible: true},
			},
			EndOfService: dpa.EndOfService{
				// Clause 11.1: return all data and delete the copies.
				Action: dpa.Return,
				// The seed sets no deadline for the return and asks for no
				// written confirmation of the deletion: both stay blank.
				// Clause 11.2 a names the Archives Act, which binds the
				// municipality, not the processor, and sets a format, not a
				// duty to store: it is no Art. 28(3)(g) retention law, so
				// the format of the return goes into C.4 instead.
			},
			// The seed chooses neither law nor venue (the main agreement
			// does): both stay blank.
			// Clause 13.1 lets the parties agree further terms, liability
			// among them; they have agreed none, so Liability stays zero.
		},
		Annexes: dpa.Annexes{
			A: seed004Processing(),
			B: seed004SubProcessors(),
			C: seed004Instructions(),
			D: annex.OtherTerms{
				{
					// C.6, option 2, "Instruks og garanti": the data stay in
					// the EU (not the EU/EEA of the transfer instruction),
					// the processor's guarantee, and documentation on
					// request.
					Heading: da("Behandling i EU og garanti mod overførsel", "Processing in the EU and guarantee against transfers"),
					Text: da(
						"Alle data, også personoplysningerne, behandles og opbevares kun i EU. Databehandleren garanterer, at hverken den selv eller nogen af dens underdatabehandlere nogensinde overfører data, som behandles for den dataansvarlige efter denne aftale, til et tredjeland eller behandler dem dér, uanset om grunden er teknisk eller kommerciel. Det gælder både, når databehandlerens tjeneste bruges, og når databehandleren eller en underdatabehandler leverer sine ydelser. Beder den dataansvarlige om det, udleverer databehandleren dokumentation for, hvilke muligheder tjenesten har for at overføre data, og for de tekniske og procesmæssige foranstaltninger, databehandleren har indført for at hindre, at personoplysninger utilsigtet havner i lande uden for EU/EØS.",
						"All data, the personal data included, are processed and stored only in the EU. The processor guarantees that neither it nor any of its sub-processors will ever transfer data processed for the controller under this agreement to a third country, or process them there, whatever the reason, technical or commercial. This applies both when the processor's service is used and when the processor or a sub-processor supplies its services. At the controller's request, the processor hands over documentation of the service's capabilities for transferring data and of the technical and procedural measures the processor has put in place so that personal data do not end up in countries outside the EU/EEA by accident."),
				},
				{
					// C.6, "Vilkår vedrørende myndighedsanmodninger": any
					// request, direct or indirect, for disclosure to a
					// recipient outside the EU/EEA, not only one from a
					// third-country authority; the notice to the
					// controller is the library's clause.
					Heading: da("Anmodninger om udlevering til modtagere uden for EU/EØS", "Requests for disclosure to recipients outside the EU/EEA"),
					Text: da(
						"Ud over aftalens bestemmelse om anmodninger fra myndigheder i tredjelande gælder følgende for enhver anmodning, som databehandleren direkte eller indirekte modtager, om at udlevere data omfattet af denne aftale, personoplysningerne medregnet, til en modtager, der befinder sig uden for EU/EØS, også når anmodningen ikke kommer fra en myndighed i et tredjeland. Databehandleren skal altid modsætte sig anmodningen, så langt EU-retten eller medlemsstaternes nationale ret giver den mulighed for det. Er anmodningen generel eller i strid med EU-retten, databeskyttelsesforordningen medregnet, eller med national lovgivning, der supplerer forordningen, skal databehandleren selv, i givet fald sammen med den berørte underdatabehandler, udnytte enhver mulighed for at klage over den, indtil ingen er tilbage. Så vidt det kan lade sig gøre, giver databehandleren den dataansvarlige adgang til at træde ind i klagesager og retssager om sådanne anmodninger, så den dataansvarlige selv kan varetage sine interesser.",
						"In addition to the agreement's clause on requests from authorities of third countries, the following applies to any request that the processor receives, directly or indirectly, to hand over data covered by this agreement, personal data included, to a recipient located outside the EU/EEA, also where the request does not come from an authority of a third country. The processor shall always resist the request as far as Union law or the national law of the Member States allows it to. Where the request is general or contrary to Union law, the GDPR included, or to national legislation supplementing the GDPR, the processor shall itself, together with the sub-processor concerned where relevant, use every possibility of appealing against it until none is left. As far as it can, the processor shall enable the controller to join any complaint or court proceedings about such requests, so that the controller can protect its own interests."),
				},
			},
		},
	}
}

// seed004Controller is Viborg Kommune with the contacts of clause 15.
func seed004Controller() dpa.Party {
	return dpa.Party{
		Name:    "Viborg Kommune",
		OrgID:   org.ID{Scheme: org.DKCVR, Value: "29189854"},
		Address: org.Address{Postcode: "8800", City: "Viborg", Country: "DK"},
		Contacts: []org.Contact{
			{Role: org.RoleDPO, Phone: "87 87 41 55", Email: "dpo_dbr@viborg.dk"},
			{Role: org.RoleSecurity, Email: "sikkerhedsbrud@viborg.dk"},
		},
		// Illustrative: an invented person.
		Signatory: org.Signatory{Name: "Mette Eksempelsen", Title: da("Direktør", "Director")},
	}
}

// seed004Processor is the processor. Illustrative: everything is invented;
// the CVR number has a valid check digit and lies far above the numbers
// issued so far.
func seed004Processor() dpa.Party {
	return dpa.Party{
		Name:    "Eksempel Ruteplan ApS",
		OrgID:   org.ID{Scheme: org.DKCVR, Value: "99990007"},
		Address: org.Address{Street: "Eksempelvej 1", Postcode: "9999", City: "Eksempelby", Country: "DK"},
		Contacts: []org.Contact{
			{Role: org.RoleGeneral, Name: "Jens Eksempel", Title: da("Administrerende direktør", "Managing Director"), Phone: "99 99 99 99", Email: "jens@ruteplan.example"},
			{Role: org.RoleSecurity, Title: da("Sikkerhedsfunktionen", "Security Function"), Email: "sikkerhed@ruteplan.example"},
		},
		Signatory: org.Signatory{Name: "Jens Eksempel", Title: da("Administrerende direktør", "Managing Director")},
	}
}

// seed004Processing is Annex A with the checkbox table of A.3.
func seed004Processing() annex.Processing {
	return annex.Processing{
		Purpose: da(
			"Databehandleren behandler personoplysninger for at levere den løsning til automatisk ruteplanlægning, som kontrakten mellem parterne beskriver, så kommunen kan planlægge sine medarbejderes ruter automatisk.",
			"The processor processes personal data to supply the automatic route planning solution described in the parties' contract, so that the municipality can plan its employees' routes automatically."),
		Nature: da(
			"Databehandleren modtager og opbevarer de oplysninger om medarbejdere og borgere, der skal til for at beregne ruteplanerne, beregner planerne og stiller dem til rådighed for kommunen.",
			"The processor receives and stores the data about employees and residents needed to compute the route plans, computes the plans and makes them available to the municipality."),
		Groups: []annex.Group{
			{
				Name:     da("Medarbejdere, hvis ruter planlægges i systemet", "Employees whose routes are planned in the system"),
				Ordinary: []annex.OrdinaryData{annex.EmployeeID},
			},
			{
				Name:       da("Borgere, der besøges på de planlagte ruter", "Residents visited on the planned routes"),
				Ordinary:   []annex.OrdinaryData{annex.Name, annex.Address, annex.BirthDate},
				Special:    []annex.SpecialCategory{annex.Health},
				NationalID: true,
			},
		},
		// A.5: the seed's §14.3–14.4: the processing lasts while the
		// service is delivered, and until the data are deleted or returned
		// (review 19 da R4: not by the agreement's own term, which 17.2
		// defines by the processing).
		Duration: da(
			"Behandlingen kan tidligst begynde, når denne aftale træder i kraft. Den varer, så længe tjenesten vedrørende behandling af personoplysninger leveres, og derefter, indtil personoplysningerne er slettet eller tilbageleveret efter aftalens bestemmelser om sletning og tilbagelevering.",
			"The processing may not begin before this agreement takes effect. It lasts for as long as the processing services are provided and thereafter until the personal data have been deleted or returned under this agreement's provisions on deletion and return."),
		// C.4: deletion follows the requirement specification's account of
		// deletion procedures.
		Deletion: da(
			"Oplysninger slettes efter de procedurer for sletning, som kravspecifikationen beskriver.",
			"Data are deleted by the deletion procedures described in the requirement specification."),
	}
}

// seed004SubProcessors is Annex B with the chain of Bilag E. Illustrative:
// the seed's table is blank; the six companies below, their numbers (valid
// check digits where the scheme has one, far outside issued ranges) and
// their roles are invented. The chain: the processor engages a map service
// and a cloud provider (level 1); the cloud provider's data centre operator
// (2) engages a backup site in Sweden (3), whose hardware maintainer in
// Finland (4) has worn-out disks destroyed in Germany (5).
func seed004SubProcessors() annex.SubProcessors {
	at := func(c transfer.Country, place string) []transfer.Location {
		return []transfer.Location{{Country: c, Place: place}}
	}
	return annex.SubProcessors{
		Authorisation: annex.General,
		// Clause 7.3: at least 60 days' notice.
		NoticePeriod: civil.Of(60, civil.Days),
		// Clause 7.3: the controller may object before the new
		// sub-processor is used, that is within the notice period. The
		// clauses say nothing of what an objection then leads to, so
		// that is left to the main agreement.
		ObjectionWindow: civil.Of(60, civil.Days),
		ObjectionExit:   annex.MainAgreementExit,
		Entries: []annex.SubProcessor{
			{
				ID:      "kortdata",
				Name:    "Eksempel Kortdata A/S",
				OrgID:   org.ID{Scheme: org.DKCVR, Value: "99990015"},
				Address: org.Address{Street: "Kortvej 2", Postcode: "9999", City: "Eksempelby", Country: "DK"},
				Activity: da(
					"Omsætter borgernes adresser til koordinater og beregner køretider mellem dem.",
					"Turns the residents' addresses into coordinates and computes driving times between them."),
				Locations: at("DK", "Eksempelby"),
				FlowDown:  true,
			},
			{
				ID:      "cloud",
				Name:    "Eksempel Cloud A/S",
				OrgID:   org.ID{Scheme: org.DKCVR, Value: "99990023"},
				Address: org.Address{Street: "Skyvej 3", Postcode: "9999", City: "Eksempelby", Country: "DK"},
				Activity: da(
					"Driver de servere og databaser, som løsningen kører på.",
					"Runs the servers and databases the solution runs on."),
				Locations: at("DK", ""),
				FlowDown:  true,
			},
			{
				ID:      "datacenter",
				Name:    "Eksempel Datacenter ApS",
				OrgID:   org.ID{Scheme: org.DKCVR, Value: "99990031"},
				Address: org.Address{Street: "Serverparken 4", Postcode: "9999", City: "Eksempelby", Country: "DK"},
				Activity: da(
					"Stiller datacenter med strøm, køling og fysisk adgangskontrol til rådighed for cloududbyderen.",
					"Provides the cloud provider with a data centre with power, cooling and physical access control."),
				Locations: at("DK", "Eksempelby"),
				EngagedBy: "cloud",
				FlowDown:  true,
			},
			{
				ID:      "reservdrift",
				Name:    "Exempel Reservdrift AB",
				OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5599000055"},
				Address: org.Address{Street: "Reservvägen 5", Postcode: "999 06", City: "Exempelstad", Country: "SE"},
				Activity: da(
					"Opbevarer krypterede sikkerhedskopier på et sekundært datacenter.",
					"Keeps encrypted backups at a secondary data centre."),
				Locations: at("SE", "Exempelstad"),
				EngagedBy: "datacenter",
				FlowDown:  true,
			},
			{
				ID:      "laitehuolto",
				Name:    "Esimerkki Laitehuolto Oy",
				OrgID:   org.ID{Scheme: org.FIYTunnus, Value: "9999001-5"},
				Address: org.Address{Street: "Esimerkkikatu 6", Postcode: "99990", City: "Esimerkkilä", Country: "FI"},
				Activity: da(
					"Vedligeholder og udskifter lagringsudstyret på det sekundære datacenter og kan derved få adgang til diske med krypterede data.",
					"Maintains and replaces the storage equipment at the secondary data centre, and may thereby have access to disks with encrypted data."),
				Locations: at("SE", "Exempelstad"),
				EngagedBy: "reservdrift",
				FlowDown:  true,
			},
			{
				ID:      "datenvernichtung",
				Name:    "Beispiel Datenvernichtung GmbH",
				OrgID:   org.ID{Scheme: org.Other, Value: "HRB 99999 (Amtsgericht Beispielstadt)"},
				Address: org.Address{Street: "Beispielstraße 7", Postcode: "99999", City: "Beispielstadt", Country: "DE"},
				Activity: da(
					"Destruerer kasserede diske og udsteder destruktionsbeviser.",
					"Destroys discarded disks and issues certificates of destruction."),
				Locations: at("DE", "Beispielstadt"),
				EngagedBy: "laitehuolto",
				FlowDown:  true,
			},
		},
	}
}

// seed004Instructions is Annex C.
func seed004Instructions() annex.Instructions {
	return annex.Instructions{
		// Illustrative: C.1 is a blank in the seed.
		Subject: da(
			"Databehandleren driver løsningen til automatisk ruteplanlægning for kommunen: den modtager oplysninger om medarbejdere og borgere fra kommunen, beregner ruter ud fra borgernes adresser og de planlagte besøg og stiller ruteplanerne til rådighed for medarbejderne. Oplysningerne bruges ikke til andet.",
			"The processor runs the automatic route planning solution for the municipality: it receives data about employees and residents from the municipality, computes routes from the residents' addresses and the planned visits, and makes the route plans available to the employees. The data are used for nothing else."),
		Security: annex.Security{
			// C.2: 1 000–10 000 data subjects (2), special categories (3),
			// other confidential data such as CPR numbers (2): 7 points.
			Risk: security.Risk{
				Subjects:          security.From1000To10000,
				SpecialCategories: true,
				Confidential:      true,
			},
			Level:    security.High,
			Measures: seed004Measures(),
			// C.2.1: the processor pseudonymises where the nature of the
			// processing and the risks call for it, which sets no minimum:
			// a measure to assess, apart from the agreed ones (review 22
			// sv R3, review 23 da R10).
			Assess: []security.MeasureID{security.MeasurePseudonymisation},
		},
		Assistance: annex.Assistance{
			DataSubjectRequests: da(
				"Anmodninger, som en underdatabehandler modtager, videresendes også til den dataansvarlige, og al videresendelse sker skriftligt.",
				"Requests that a sub-processor receives are also forwarded to the controller, and all forwarding is done in writing."),
			Breach: da(
				"Efter underretningen stiller databehandleren på anmodning de oplysninger til rådighed, som den dataansvarlige har brug for til anmeldelsen til Datatilsynet og til underretningen af de registrerede.",
				"After the notification, the processor provides on request the information the controller needs to notify the Danish Data Protection Agency (Datatilsynet) and to inform the data subjects."),
			ImpactAssessment: da(
				"Databehandleren giver også den dataansvarlige de oplysninger, der skal til for dens risikovurderinger.",
				"The processor also gives the controller the information needed for its risk assessments."),
		},
		Retention: da(
			"Databehandleren beholder oplysningerne, til kommunen beder om sletning eller tilbagelevering. Ved tjenestens ophør leveres oplysningerne tilbage i de formater og på det aggregeringsniveau, som kommunen har brug for til at aflevere dem efter arkivloven, og derefter slettes kopierne, medmindre kommunen efter aftalens indgåelse skriftligt har truffet et andet valg.",
			"The processor keeps the data until the municipality asks for deletion or return. When the service ends, the data are handed back in the formats and at the level of aggregation the municipality needs to deliver them to the public archives under the Danish Archives Act (arkivloven), and the copies are then deleted, unless the municipality has made another choice in writing after the agreement was made."),
		// Illustrative: the C.5 table is blank in the seed.
		Locations: []transfer.Location{{Country: "DK", Place: "Eksempelby"}},
		// C.6, option 2: no processing or access outside the EU/EEA.
		Transfers: transfer.Instruction{Kind: transfer.NoThirdCountries},
		// C.7, the option for a medium or high risk.
		// C.7: a yearly ISAE 3000 type 2 report by an independent auditor,
		// at the processor's cost, sent to the municipality; and the
		// municipality's right to inspect.
		Audits: []annex.Audit{
			{
				Performer: annex.IndependentAuditor,
				Form:      security.ISAE3000Type2,
				Frequency: civil.Of(1, civil.Years),
				ReportTo:  annex.ControllerAudits,
				Costs:     annex.ProcessorPays,
				Note: da(
					"Erklæringen er en erklæring med høj grad af sikkerhed, bygget op efter FSR's standard, og omfatter alle krav i denne aftale. Kommunen kan acceptere anden dokumentation for overholdelse.",
					"The report gives reasonable assurance under the standard of FSR – danske revisorer (the Danish association of auditors) and covers all the requirements of this agreement. The municipality may accept other evidence of compliance."),
			},
			{Performer: annex.ControllerAudits, Form: security.Inspection, Costs: annex.EachOwn},
		},
		// C.8: the processor chooses the form of report on each
		// sub-processor and sends it at least once a year. The note also
		// carries C.8's cost rule for an inspection at a sub-processor:
		// the municipality bears its own costs, the processor provides the
		// time it needs, and the processor's and the sub-processor's costs
		// are never the municipality's.
		SubProcessorAudits: []annex.Audit{{
			Performer: annex.ProcessorAudits,
			Frequency: civil.Of(1, civil.Years),
			ReportTo:  annex.ControllerAudits,
			Costs:     annex.EachOwn,
			Note: da(
				"Databehandleren vælger, hvilken type revisionserklæring eller inspektionsrapport der indhentes fra hver underdatabehandler, efter behandlingens karakter. Kommunen kan anfægte rammerne og/eller metoden for en erklæring og bede om en ny erklæring med andre rammer eller en anden metode. Det samme gælder databehandlerens inspektioner hos underdatabehandlerne: dokumentationen for en inspektion sendes til kommunen uden unødig forsinkelse, og kommunen kan anfægte inspektionens rammer og/eller metode og bede om, at der gennemføres en ny inspektion. Finder kommunen det nødvendigt, kan den med rimeligt varsel tage initiativ til og deltage i en fysisk inspektion hos en underdatabehandler. Kommunen betaler selv sine egne udgifter til en sådan inspektion, men databehandleren stiller de ressourcer til rådighed, først og fremmest tid, som kommunen behøver for at kunne gennemføre den. Databehandleren og underdatabehandleren afholder selv deres egne udgifter til inspektionen, også når kommunen har taget initiativ til eller deltaget i den.",
				"The processor chooses which kind of assurance report or inspection report to obtain from each sub-processor, according to the nature of the processing. The municipality may contest the framework or the method of a report, or both, and ask for a new report under a different framework or method. The same applies to the processor's inspections of the sub-processors: the documentation of an inspection is sent to the municipality without undue delay, and the municipality may contest the framework or the method of the inspection, or both, and ask for a new inspection to be carried out. Where the municipality finds it necessary, it may, with reasonable notice, initiate and take part in a physical inspection at a sub-processor. The municipality pays its own expenses for such an inspection, but the processor makes available the resources, above all time, that the municipality needs to carry it out. The processor and the sub-processor bear their own costs of the inspection, even where the municipality initiated it or took part in it."),
		}},
	}
}

// seed004Measures is C.2.2–C.2.11; C.2.1 is a measure to assess.
func seed004Measures() security.Requirements {
	return security.Requirements{
		// C.2.1 and C.2.7.
		EncryptionAtRest: &security.Encryption{Note: da(
			"Personoplysningerne krypteres under opbevaring. Sikringen af de lagrede oplysninger står i forhold til deres karakter og til risikoen for de registreredes rettigheder. Den anvendte kryptering er sat korrekt op og er stærk nok til at beskytte oplysningernes fortrolighed og integritet, og den holdes opdateret efter anerkendt branchestandard.",
			"The personal data are encrypted while stored. The protection of the stored data is in proportion to their nature and to the risk to the data subjects' rights. The encryption used is set up correctly and is strong enough to protect the confidentiality and integrity of the data, and it is kept up to date with recognised industry standards.")},
		// C.2.1 and C.2.6.
		EncryptionInTransit: &security.Encryption{Note: da(
			"Al transmission af personoplysninger, også over eksterne forbindelser, sker krypteret efter anerkendt branchestandard, og krypteringen holdes løbende opdateret.",
			"Every transmission of personal data, over external connections included, is encrypted to recognised industry standards, and the encryption is kept up to date on an ongoing basis.")},
		// C.2.5.
		MFAInternet: &security.Measure{Note: da(
			"Brugere, der tilgår systemerne via internettet, logger på med flere faktorer over en sikker og krypteret forbindelse.",
			"Users who reach the systems over the internet sign in with more than one factor, over a secure, encrypted connection.")},
		// C.2.2 and C.2.4 item 3.
		AccessControl: &security.AccessControl{Note: da(
			"Kun personer med et sagligt formål har adgang, også konsulenter og drifts- og revisionspersonale, og det kontrolleres løbende, at brugerne har de rette adgange. Databehandleren foretager mindst én gang om året en risikovurdering af hvert system og gennemfører loyalt og fagligt forsvarligt de foranstaltninger, som resultatet peger på, og i øvrigt løbende de tekniske og organisatoriske foranstaltninger, der viser sig nødvendige.",
			"Only persons with an objective, work-related purpose have access, consultants and operations and audit staff included, and it is checked on an ongoing basis that users have the right access. The processor assesses the risks of each system at least once a year, takes in good faith and in a professional manner the measures the result calls for, and also takes, as they prove necessary, further technical and organisational measures on an ongoing basis.")},
		// C.2.10.
		Logging: &security.Logging{
			Content: []security.LogField{security.LogTime, security.LogUser, security.LogAction, security.LogDataSubject, security.LogSearchCriterion},
			// Kept 13 months, then deleted.
			Retention:      civil.Of(13, civil.Months),
			RetentionBound: security.Exactly,
			Note: da(
				"Al behandling af personoplysninger logges maskinelt. Loggen kan opbevares ud over 13 måneder, hvis den skal bruges i en efterforskning. Databehandleren kontrollerer løbende, at loggen har det krævede indhold, og udleverer uden beregning en forståelig log over brugeraktiviteten med de relevante aktiviteter ved mistanke om misbrug eller brud.",
				"All processing of personal data is logged automatically. The log may be kept beyond 13 months if it is needed for an investigation. The processor checks on an ongoing basis that the log holds what is required, and hands over free of charge an understandable log of user activity, showing the relevant activities, when misuse or a breach is suspected."),
		},
		// C.2.3 and C.2.4 item 4.
		Backup: &security.Backup{Note: da(
			"Oplysningerne sikkerhedskopieres regelmæssigt, og det kontrolleres, at sikkerhedskopierne kan læses, er skrivebeskyttede, har det rette omfang og kan genindlæses.",
			"The data are backed up regularly, and it is checked that the backups are readable, write-protected, complete and can be restored.")},
		// C.2.3.
		Continuity: &security.Continuity{Note: da(
			"Beredskabsplanerne og -procedurerne er effektive og sikrer, at oplysningerne og adgangen til dem genetableres inden for rimelig tid efter en driftsafbrydelse. De holdes opdaterede og afprøves ved it-beredskabsøvelser, som kommunen kan få dokumentation for.",
			"The contingency plans and procedures are effective and ensure that the data and access to them are restored within a reasonable time after an interruption of operations. They are kept up to date and tested in IT contingency exercises, documentation of which is provided to the municipality on request.")},
		// C.2.8.
		PhysicalSecurity: &security.Measure{Note: da(
			"De steder, hvor kommunens oplysninger behandles, er sikret mod enhver form for uautoriseret adgang og beskyttet mod fysiske skader, blandt andet, men ikke kun, fra brand, overophedning, vand, magnetisme, svigt i strøm eller anden forsyning, tyveri og hærværk. Alt udstyr, som bruges til behandlingen, er omfattet af passende tekniske foranstaltninger. Sikringen afstemmes efter trusselsbilledet og efter oplysningernes følsomhed og mængde.",
			"The sites where the municipality's data are processed are secured against every kind of unauthorised access and protected against physical damage, including but not limited to fire, overheating, water, magnetism, failure of power or other supplies, theft and vandalism. All equipment used for the processing is covered by appropriate technical measures. The protection is matched to the threat level and to the sensitivity and volume of the data.")},
		// C.2.9.
		RemoteWork: &security.RemoteWork{VPN: true, MFA: true, Note: da(
			"Hjemme- og fjernarbejdspladser har tekniske kontroller, der sikrer, at behandlingen dér følger lovgivningen og begge parters retningslinjer, og at uvedkommende ikke kan få adgang til oplysningerne. Medarbejderne instrueres i, hvordan uvedkommende holdes væk fra oplysningerne.",
			"Home and remote workplaces have technical controls ensuring that the processing there follows the law and both parties' guidelines and that unauthorised persons cannot gain access to the data. Employees are instructed in how to keep unauthorised persons away from the data.")},
		// C.2.4 item 8 and C.2.11.
		ChangeManagement: &security.Measure{Note: da(
			"Hver ændring autoriseres, testes og godkendes efter en formel procedure, før den tages i brug. Proceduren understøttes af effektiv funktionsadskillelse eller ledelsesopfølgning, så ingen enkelt person på egen hånd kan gennemføre en ændring.",
			"Every change is authorised, tested and approved under a formal procedure before it is put into use. The procedure is backed by effective segregation of duties or management follow-up, so that no single person can put a change into effect on his or her own.")},
		// C.2.4 item 9 and C.2.11: critical updates without undue delay,
		// others within reasonable time.
		Patching: &security.Patching{Note: da(
			"Opdateringer af styresystemer, databaser, applikationer og andet software vurderes og installeres efter formelle procedurer: kritiske sikkerhedsopdateringer uden unødig forsinkelse, øvrige opdateringer inden for rimelig tid.",
			"Updates to operating systems, databases, applications and other software are assessed and installed under formal procedures: critical security updates without undue delay, and other updates within a reasonable time.")},
		// C.2.2 item 4 and C.2.11.
		AwarenessTraining: &security.Training{Note: da(
			"Medarbejdere og eventuelle samarbejdspartnere med adgang til oplysningerne uddannes og instrueres regelmæssigt, så de hele tiden kender databeskyttelsesreglerne, behandlingens formål, politikkerne og procedurerne for behandlingen og deres tavshedspligt.",
			"Employees and any partners with access to the data are trained and instructed regularly, so that they always know the data protection rules, the purpose of the processing, the policies and procedures for the processing and their duty of confidentiality.")},
		// C.2.11.
		MobileMedia: &security.MobileMedia{Encrypted: true, Register: true, Note: da(
			"Medierne mærkes, krypteres tilstrækkelig stærkt, opbevares under opsyn eller lås, når de ikke bruges, og udleveres kun til autoriserede personer til revision eller drifts- og systemtekniske opgaver, og der er skriftlige instrukser for, hvordan de bruges og opbevares.",
			"The media are labelled, encrypted strongly enough, kept supervised or locked away when not in use, and issued only to authorised persons for audits or for operational and technical system tasks, and there are written instructions for how they are used and stored.")},
		// C.2.11.
		Disposal: &security.Disposal{Documented: true, Note: da(
			"Ved reparation og service af udstyr med personoplysninger og ved salg af brugte datamedier træffer databehandleren også de nødvendige foranstaltninger, så oplysningerne hverken ved et uheld eller med vilje går tabt, ødelægges eller forringes, og så de ikke kommer til uvedkommendes kendskab, misbruges eller på anden måde behandles ulovligt.",
			"When equipment holding personal data is repaired or serviced, and when used data media are sold, the processor also takes the measures needed so that the data are not lost, destroyed or impaired, whether by accident or on purpose, and do not come to the knowledge of unauthorised persons, are not misused and are not otherwise processed unlawfully.")},
		// C.2.4 items 1–2, 5–7 and 10 (items 3, 4, 8 and 9 are in the
		// access control, backup, change and update notes).
		RegularTesting: &security.Testing{Note: da(
			"Foranstaltningerne afprøves, vurderes og evalueres regelmæssigt efter faste procedurer, som holdes tidssvarende, og der foretages desuden ekstraordinære kontroller efter større ændringer af det systemtekniske set-up og efter brud på persondatasikkerheden. Procedurerne omfatter bl.a., at foranstaltningerne løbende kontrolleres, vurderes, tilpasses og forbedres i lyset af gældende ret, retspraksis, Datatilsynets afgørelser, anbefalinger og retningslinjer og denne aftale; at det kontrolleres, at foranstaltningerne rent faktisk følges set i forhold til den aktuelle risiko for de registrerede; at krypteringen er korrekt, og at krypteringsnøglen opbevares sikkert; at sikkerhedsloggene er tilstrækkelige og relevante; og at det fysiske sikringsniveau svarer til det aktuelle trusselsbillede.",
			"The measures are tested, assessed and evaluated regularly under set procedures, which are kept up to date, and extra checks are also made after major changes to the technical set-up of the systems and after personal data breaches. The procedures include in particular: checking, assessing, adapting and improving the measures on an ongoing basis in the light of the law in force, case law, and the decisions, recommendations and guidelines of the Danish Data Protection Agency (Datatilsynet), and this agreement; checking that the measures are actually followed, given the current risk to the data subjects; checking that the encryption is correct and that the encryption key is stored securely; checking that the security logs are adequate and relevant; and checking that the level of physical security matches the current threat level.")},
	}
}
