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

// Seed001 returns Datalogisk's agreement (seed 001): Agrinavia AB, trading as
// Datalogisk, processes personal data for the licensees of its software
// under a Swedish rendering of the Danish Datatilsynet standard clauses,
// with Annexes A, B and C. It is a standard form a licensee accepts as it
// is, so it is final. The processor has the controller's general
// authorisation with one month's notice and seven days to object (B.1), and
// must report breaches within 24 hours if possible (clause 10.1). The
// agreement stands and falls with the licence terms (clause 2.4).
//
// Real: Agrinavia AB (556661-1868, Hörby), its telephone number, Curanet A/S
// (CVR 29412006, Skanderborg) and the seed's date, 8 February 2021.
// Illustrative: the seed's controller is any user of the software, so the
// licensee "Exempelgårdens Lantbruk AB", its number, address, contacts and
// signatory are invented.
//
// The seed sets no deletion deadline, governing law or venue, names no one
// who signs for Agrinavia, and refers to an audit procedure in Annex C that
// the annex does not contain; the validator reports each.
func Seed001() *dpa.Agreement {
	return &dpa.Agreement{
		ID:        "seed001",
		Status:    dpa.Final,
		Title:     sv("Personuppgiftsbiträdesavtal", "Data processing agreement"),
		Languages: []i18n.Lang{i18n.SV, i18n.EN},
		BasedOn:   dpa.DKDatatilsynet,
		Date:      civil.D(2021, 2, 8),
		// Clause 2.4: the agreement and the licence terms cannot be
		// terminated separately.
		// Clause 2.4: tied to the licence terms, but another valid data
		// processing agreement may replace it.
		Term: dpa.Term{Kind: dpa.UntilMainAgreementEnds, Replaceable: true},
		MainAgreement: dpa.MainAgreement{
			Title: sv("Licensvillkor och licens för programvara från Datalogisk", "Licence terms and licence for Datalogisk software"),
		},
		// Clause 2.5: this agreement prevails over similar terms elsewhere,
		// the licence terms included.
		Precedence:  dpa.ThisAgreementPrevails,
		Controllers: []dpa.Party{seed001Controller()},
		Processor: dpa.Party{
			Name:      "Agrinavia AB",
			TradeName: "Datalogisk",
			OrgID:     org.ID{Scheme: org.SEOrgNr, Value: "5566611868"},
			Address:   org.Address{Street: "Oderup 9267", Postcode: "242 97", City: "Hörby", Country: "SE"},
			Contacts: []org.Contact{
				// The seed gives only a telephone number, no name.
				{Role: org.RoleGeneral, Phone: "0415 40025"},
			},
			// The seed names no one who signs for Agrinavia, and we do not
			// invent a person at a real company.
		},
		Clauses: dpa.Clauses{
			// Clause 5.3: a commitment to confidentiality or an
			// appropriate statutory duty, either of which suffices.
			Confidentiality: dpa.BothSecrecy,
			// Companies all: no body subject to rules on public access.
			NoPublicAccess: true,
			// Clause 4.2: the processor tells the controller at once.
			UnlawfulInstruction: dpa.UnlawfulInstruction{},
			// Clause 10.1: without undue delay and, if possible, within 24
			// hours of becoming aware of the breach.
			BreachNotification: []dpa.BreachDeadline{
				{Kind: dpa.AnyBreach, Within: civil.Of(24, civil.Hours), IfPossible: true},
			},
			// Clause 11.1: delete or return as the controller wishes; no
			// deadline is set.
			EndOfService: dpa.EndOfService{Action: dpa.ControllerChooses},
			// The seed chooses no law and no venue.
		},
		Annexes: dpa.Annexes{
			A: seed001Processing(),
			B: annex.SubProcessors{
				Authorisation:   annex.General,
				NoticePeriod:    civil.Of(1, civil.Months),
				ObjectionWindow: civil.Of(7, civil.Days),
				// Bilaga B.1: an objection needs reasonable and concrete
				// grounds, and the source gives no right to terminate on
				// one; both are the parties' terms, which validation
				// warns of.
				ObjectionGrounds: annex.ReasonableGrounds,
				ObjectionExit:    annex.MainAgreementExit,
				Entries: []annex.SubProcessor{
					{
						ID:      "curanet",
						Name:    "Curanet A/S",
						OrgID:   org.ID{Scheme: org.DKCVR, Value: "29412006"},
						Address: org.Address{Street: "Højvangen 4", Postcode: "8660", City: "Skanderborg", Country: "DK"},
						Activity: sv(
							"Lagrar kunddata och distribuerar dem genom Datalogisks programvara.",
							"Stores customer data and distributes them through Datalogisk's software."),
						Locations: []transfer.Location{{Country: "DK"}},
						// Clause 7.6 binds the processor to impose the same
						// obligations; the controller approves Curanet as the
						// agreement takes effect (B.2).
						FlowDown: true,
					},
				},
			},
			C: seed001Instructions(),
			D: seed001OtherTerms(),
		},
	}
}

// seed001Controller is the licensee. Illustrative: everything is invented.
func seed001Controller() dpa.Party {
	return dpa.Party{
		Name:    "Exempelgårdens Lantbruk AB",
		OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5599000022"},
		Address: org.Address{Street: "Exempelvägen 7", Postcode: "999 05", City: "Exempelstad", Country: "SE"},
		Contacts: []org.Contact{
			{Role: org.RoleGeneral, Name: "Karin Exempel", Title: sv("Driftsledare", "Operations Manager"), Email: "karin@exempelgarden.example", Phone: "0999-123 45"},
		},
		Signatory: org.Signatory{Name: "Karin Exempel", Title: sv("Verkställande direktör", "Managing Director")},
	}
}

// seed001Processing is Annex A.
func seed001Processing() annex.Processing {
	data := func() annex.Group {
		return annex.Group{
			Ordinary: []annex.OrdinaryData{annex.Name, annex.Email, annex.Phone, annex.Address},
			OtherOrdinary: sv(
				"användarnamn, lösenord och de produktionsuppgifter som registreras i programmen",
				"user names, passwords and the production data recorded in the software"),
		}
	}
	// Annex A's list of data subjects names only the licensees and the
	// users. The customers group is derived, not listed: Annex A's purpose
	// (and its description of the processing) speaks of data about the
	// controller's customers, so they are a third group.
	licensees, users, customers := data(), data(), data()
	licensees.Name = sv("Licenstagare för programmen", "Licensees of the software")
	customers.Name = sv("Den personuppgiftsansvariges kunder", "The controller's customers")
	customers.OtherOrdinary = sv(
		"de uppgifter om kunderna som den personuppgiftsansvarige registrerar i programmen",
		"the data on the customers that the controller records in the software")
	users.Name = sv("Användare som administratören har gett åtkomst till programmen", "Users given access to the software by the administrator")
	// C.2 says that Art. 9 data are processed without naming the category
	// or whose data they are, so every group, the customers included,
	// carries the unnamed flag.
	licensees.SpecialUnnamed, users.SpecialUnnamed, customers.SpecialUnnamed = true, true, true
	return annex.Processing{
		Purpose: sv(
			"Behandlingen sker för att den personuppgiftsansvarige ska kunna registrera och hantera uppgifter om sina kunder i Datalogisks program Næsgaard MARK, Næsgaard MARKKORT, Næsgaard TID och Næsgaard MOBILE, som personuppgiftsbiträdet äger och förvaltar.",
			"The processing lets the controller record and manage data about its customers in Datalogisk's programs Næsgaard MARK, Næsgaard MARKKORT, Næsgaard TID and Næsgaard MOBILE, which the processor owns and maintains."),
		Nature: sv(
			"Personuppgiftsbiträdet gör programmen tillgängliga för den personuppgiftsansvarige och lagrar uppgifterna om dess kunder på sina egna servrar eller hos sitt underbiträde.",
			"The processor makes the programs available to the controller and stores the data about the controller's customers on its own servers or with its sub-processor."),
		Groups: []annex.Group{licensees, users, customers},
		Duration: sv(
			"Behandlingen får börja när avtalet gäller. Den har inget slutdatum och pågår så länge huvudavtalet gäller, och därefter till dess att uppgifterna har raderats eller återlämnats.",
			"The processing may start once the agreement applies. It has no end date and lasts for as long as the main agreement is in force, and after that until the data have been deleted or returned."),
	}
}

// seed001Instructions is Annex C.
func seed001Instructions() annex.Instructions {
	return annex.Instructions{
		Subject: sv(
			"Personuppgiftsbiträdet behandlar personuppgifterna när och på det sätt som den personuppgiftsansvarige använder programmen.",
			"The processor processes the personal data when and as the controller uses the programs."),
		Security: annex.Security{
			// C.2: the level must reflect that special categories of
			// personal data (GDPR Art. 9) are processed, but the seed names
			// no level, so none is set (a blank in a final agreement).
			Measures: security.Requirements{
				// "Encrypt data when the programs are used and when they talk
				// to the server": read as encryption in transit.
				EncryptionInTransit: &security.Encryption{Note: sv(
					"Data krypteras när programmen används och när de kommunicerar med servern.",
					"Data are encrypted while the programs are in use and when they communicate with the server.")},
				Backup: &security.Backup{Note: sv(
					"Uppgifterna ska kunna återställas från den senaste säkerhetskopian.",
					"The data can be restored from the latest backup.")},
			},
			Note: sv(
				"Säkerhetsnivån ska spegla att behandlingen enligt den personuppgiftsansvariges riskbedömning omfattar särskilda kategorier av personuppgifter (artikel 9). I övrigt beslutar personuppgiftsbiträdet om de tekniska och organisatoriska åtgärder som behövs för att nå den nivån. Uppgifterna ska hållas tillgängliga genom programmens webbtjänster.",
				"The security level shall reflect that, by the controller's risk assessment, the processing covers special categories of personal data (Article 9). Beyond that, the processor decides which technical and organisational measures are needed to reach that level. The data shall be kept available through the programs' web services."),
		},
		Assistance: annex.Assistance{
			DataSubjectRequests: sv(
				"Personuppgiftsbiträdet ska, så långt det går och med hänsyn till behandlingens art, hjälpa den personuppgiftsansvarige med lämpliga tekniska och organisatoriska åtgärder att besvara begäranden när registrerade utövar sina rättigheter enligt kapitel III i dataskyddsförordningen: information, tillgång, rättelse, radering, begränsning, dataportabilitet och invändningar.",
				"The processor shall help the controller, as far as possible and taking into account the nature of the processing, by appropriate technical and organisational measures to answer requests when data subjects exercise their rights under Chapter III of the GDPR: information, access, rectification, erasure, restriction, portability and objection."),
			Breach: sv(
				"Personuppgiftsbiträdet ska hjälpa till att ta fram det som den personuppgiftsansvariges anmälan till tillsynsmyndigheten ska innehålla: vad som har hänt och ungefär hur många registrerade och poster som berörs, de sannolika konsekvenserna och de åtgärder som vidtagits eller föreslås.",
				"The processor shall help gather what the controller's notification to the supervisory authority must contain: what happened and roughly how many data subjects and records are affected, the likely consequences and the measures taken or proposed."),
			ImpactAssessment: sv(
				"Personuppgiftsbiträdet ska bistå med konsekvensbedömningar avseende dataskydd och med förhandssamråd med tillsynsmyndigheten.",
				"The processor shall assist with data protection impact assessments and with prior consultation of the supervisory authority."),
		},
		// C.3: kept until the controller asks for deletion or return.
		Retention: sv(
			"Personuppgiftsbiträdet lagrar personuppgifterna till dess att den personuppgiftsansvarige begär att de ska raderas eller lämnas tillbaka.",
			"The processor keeps the personal data until the controller asks for them to be deleted or returned."),
		// C.4: processing only at the places in Annex B (Curanet,
		// Denmark) unless the controller approves another in advance. The
		// seed names no place of the processor's own, so Locations is
		// left empty rather than invented, and Annex D states C.4's rule.
		// C.5: without an instruction from the controller, no transfer to a
		// third country.
		Transfers: transfer.Instruction{Kind: transfer.NoThirdCountries},
		// Clause 12.2 says Annex C describes the audit procedure, but the
		// seed's Annex C has no such section.
	}
}

// seed001OtherTerms is Annex D: C.4's rule on where the data may be
// processed, which Annex C.5 cannot state as the seed does, and clause
// 5.1's rule that access ends when authorisation does, which the
// library's confidentiality clause does not state.
func seed001OtherTerms() annex.OtherTerms {
	return annex.OtherTerms{
		{
			Heading: sv("Behandlingens plats", "Place of processing"),
			Text: sv(
				"Personuppgifterna får behandlas bara på de platser som bilaga B anger. Behandling på någon annan plats kräver att den personuppgiftsansvarige har godkänt det i förväg.",
				"The personal data may be processed only at the places Annex B gives. Processing at any other place requires the controller's approval given beforehand."),
		},
		{
			// Clause 5.1.
			Heading: sv("Åtkomst när behörigheten upphör", "Access when authorisation ends"),
			Text: sv(
				"Bara den som är behörig just då får ha tillgång till personuppgifterna. Återkallas en persons behörighet eller upphör den att gälla, stänger personuppgiftsbiträdet därför genast hans eller hennes åtkomst.",
				"Only a person who is authorised at the time may have access to the personal data. When a person's authorisation is withdrawn or lapses, the processor therefore shuts off his or her access at once."),
		},
	}
}
