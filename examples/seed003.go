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

// Seed003 returns NAV's "Mal for Databehandleravtale" (seed 003, version
// 1.3), the Norwegian Labour and Welfare Administration's template, as a
// draft with the template's blanks left blank: the date, the processor, the
// main agreement, the contact persons, Appendix 1 (the processing),
// Appendix 2 (the measures, only headings in the template, some of them
// Annex C.2's open headings) and Appendix 3 (no sub-processors listed).
// What the template fixes is filled in: the duration, confirmation of
// deletion within 14 days, Norwegian law and Oslo tingrett; and the breach
// deadline carries the 24 hours the template proposes in brackets, since
// in a draft every value is a proposal.
//
// Choices: the template offers a term "while the processor processes
// personal data" or a fixed end date; the example takes the first. The
// hourly assistance fee reads "kr xx ekskl. mva.": the example records that
// the fee is charged per hour and leaves the amount zero, which the model
// cannot tell apart from free assistance. Clause 9 allows transfers only on
// documented instructions and the template gives none, so the transfer
// instruction is EU/EEA only.
//
// Real: NAV's organisation number 889 640 782. Nothing is illustrative.
func Seed003() *dpa.Agreement {
	return &dpa.Agreement{
		ID:        "seed003",
		Version:   "1.3",
		Status:    dpa.Draft,
		Title:     nb("Databehandleravtale", "Data processing agreement"),
		Languages: []i18n.Lang{i18n.NB, i18n.EN},
		BasedOn:   dpa.Custom,
		// Clause 12.1, first option.
		Term: dpa.Term{Kind: dpa.WhileProcessing},
		// Clause 1.4: on matters of data protection this agreement prevails
		// over the main agreement. The main agreement's name and date are
		// blanks in the template.
		Precedence:    dpa.ThisAgreementPrevails,
		MainAgreement: dpa.MainAgreement{Blank: true},
		Controllers: []dpa.Party{{
			Name:    "Arbeids- og velferdsetaten (NAV)",
			OrgID:   org.ID{Scheme: org.NOOrgNr, Value: "889640782"},
			Address: org.Address{Country: "NO"},
		}},
		// The processor is a blank in the template.
		Clauses: dpa.Clauses{
			// Clause 7: a contractual duty of confidentiality and the
			// statutory one of the Labour and Welfare Administration Act § 7,
			// with NAV's declaration to be signed.
			Confidentiality:    dpa.BothSecrecy,
			ConfidentialityLaw: nb("arbeids- og velferdsforvaltningsloven § 7, jf. forvaltningsloven §§ 13 til 13 e.", "section 7 of the Norwegian Labour and Welfare Administration Act, read with sections 13 to 13e of the Norwegian Public Administration Act."),
			// Clause 4.2: the processor warns the controller in writing at
			// once; the parties then discuss a solution.
			UnlawfulInstruction: dpa.UnlawfulInstruction{},
			// Clause 10.2: "[24]" hours, the template's proposal in
			// brackets; the example is a draft, in which every value is a
			// proposal, so it carries the 24 hours the template proposes.
			// Clause 10.1 asks for written notice of breaches of the
			// agreement as well, with the same deadline.
			BreachNotification: []dpa.BreachDeadline{
				{Kind: dpa.AnyBreach, Within: civil.Of(24, civil.Hours)},
				{Kind: dpa.AgreementBreach, Within: civil.Of(24, civil.Hours)},
			},
			// The seed's list of what a breach notice holds adds two
			// items to Art. 33(3): who the data subjects are, and what
			// else NAV needs.
			BreachDetails: []i18n.Text{
				nb("hvilke registrerte bruddet gjelder, når det lar seg fastslå;", "which data subjects the breach concerns, where this can be established;"),
				nb("andre opplysninger som NAV trenger for å oppfylle sine plikter etter personvernregelverket.", "any other information that NAV needs to meet its obligations under data protection law."),
			},
			// Clause 10.4: only NAV reports to Datatilsynet, so
			// ProcessorMayNotifyAuthority stays false.
			Assistance: dpa.AssistanceTerms{
				// Clause 5.5: "kr xx ekskl. mva." per hour for the
				// assistance of clause 5, unless the main agreement says
				// otherwise. The amount is a blank.
				Per:                   civil.Hours,
				Covers:                []dpa.AssistanceWork{dpa.DataSubjectRequestsWork, dpa.ComplianceWork},
				MainAgreementPrevails: true,
			},
			// Clause 12.3–12.4: delete or return everything, backups
			// included; NAV decides how data are returned; deletion is
			// confirmed in writing within 14 days. No deadline for the
			// deletion itself.
			EndOfService: dpa.EndOfService{
				Action:        dpa.ControllerChooses,
				ConfirmWithin: civil.Of(14, civil.Days),
				ReturnFormat:  dpa.ControllerDecidesFormat,
			},
			GoverningLaw: "NO",
			Venue:        "Oslo tingrett",
			// Clause 11.5: deviations an audit finds are corrected as soon
			// as possible, processing may be suspended until the
			// correction is confirmed, and for particularly serious
			// breaches NAV may stop the processing and terminate; clause
			// 12.2: a stop order with immediate effect.
			Remedies: dpa.Remedies{StopProcessing: true, Suspend: true, CorrectDeviations: true, TerminateForBreach: true},
		},
		Annexes: dpa.Annexes{
			// Appendix 1 is all blanks in the template. The empty lists are
			// what Decode gives for the "[]" that Encode writes. The
			// duration is not a blank: clause 12.1, first option (the one
			// Term takes), fixes it.
			A: annex.Processing{
				Duration: nb(
					"Behandlingen varer så lenge databehandleren behandler personopplysninger for NAV i forbindelse med hovedavtalen.",
					"The processing lasts for as long as the processor processes personal data on NAV's behalf in connection with the main agreement."),
			},
			// Clause 8.1: only with NAV's prior written permission; Appendix
			// 3 lists none yet.
			B: annex.SubProcessors{Authorisation: annex.Specific},
			C: seed003Instructions(),
			D: annex.OtherTerms{
				{
					// Clause 7.2 and 7.3: NAV's declaration, what § 7 first
					// paragraph covers, and the duty after leaving (review 8,
					// nb R3).
					Heading: nb("Taushetsplikt", "Confidentiality"),
					Text: nb(
						"Databehandlerens personell og andre som handler under databehandlerens myndighet, skal undertegne NAVs taushetserklæring før de får tilgang til personopplysningene. Den lovfestede taushetsplikten etter arbeids- og velferdsforvaltningsloven § 7 første ledd omfatter dessuten fødested, fødselsdato, personnummer, statsborgerforhold, sivilstand, yrke, bosted og arbeidssted. Taushetsplikten består etter at avtalen er opphørt, og for den enkelte også etter at vedkommende har sluttet hos databehandleren eller underdatabehandleren.",
						"The processor's staff and others acting under its authority shall sign NAV's confidentiality declaration before they are given access to the personal data. The statutory duty of confidentiality under the Labour and Welfare Administration Act, section 7, first paragraph, also covers place of birth, date of birth, national identity number, citizenship, marital status, occupation, residence and workplace. The duty continues after the agreement ends and, for each person, after he or she has left the processor or the sub-processor."),
				},
				{
					// Clause 5.4: requests and complaints, passed on at once.
					Heading: nb("Anmodninger og klager fra registrerte", "Requests and complaints from data subjects"),
					Text: nb(
						"Anmodninger og klager fra registrerte som kommer til databehandleren, sender databehandleren straks videre til NAV.",
						"The processor passes on to NAV at once any request or complaint from a data subject that reaches it."),
				},
				{
					Heading: nb("Krav fra myndigheter om utlevering", "Requests for disclosure from authorities"),
					Text: nb(
						"Databehandleren skal straks underrette NAV når en myndighet, også en norsk myndighet, ber om å få utlevert personopplysninger som behandles etter avtalen, så langt loven ikke forbyr slik underretning. Databehandleren skal ikke utlevere opplysningene uten NAVs skriftlige godkjenning, med mindre loven krever utleveringen. Et krav fra en myndighet i en tredjestat behandles etter avtalens bestemmelse om slike krav.",
						"The processor shall notify NAV at once when any authority, Norwegian authorities included, asks for personal data processed under the agreement, unless the law forbids such notice. It shall not disclose the data without NAV's written consent unless the law requires the disclosure. A request from an authority of a third country is dealt with under the agreement's clause on such requests."),
				},
				{
					// Clause 4.3.
					Heading: nb("Atferdsnormer og sertifisering", "Codes of conduct and certification"),
					Text: nb(
						"Er databehandleren bundet av godkjente atferdsnormer etter personvernforordningen artikkel 40 eller av en godkjent sertifiseringsordning etter artikkel 42, står den inne for at den følger dem.",
						"Where the processor is bound by approved codes of conduct under Article 40 of the GDPR or by an approved certification mechanism under Article 42, it guarantees that it will comply with them."),
				},
				{
					// Clause 5.3 and 5.5: the written request and the fee
					// for the time spent from it.
					Heading: nb("Anmodning om bistand", "Requests for assistance"),
					Text: nb(
						"Trenger NAV bistand fra databehandleren med de registrertes rettigheter eller med pliktene etter personvernforordningen artikkel 32 til 36, ber NAV om den skriftlig. Timeprisen for bistand gjelder den tiden databehandleren nødvendigvis bruker på bistand NAV har bedt om på denne måten.",
						"Where NAV needs the processor's assistance with data subjects' rights or with the obligations under Articles 32 to 36 of the GDPR, NAV asks for it in writing. The hourly fee for assistance applies to the time the processor necessarily spends on assistance requested in this way."),
				},
				// Appendix 1's heading for specific deletion rules, a
				// blank to fill in.
				{Heading: nb("Spesifikke sletteregler", "Specific deletion rules")},
			},
		},
	}
}

// seed003Instructions holds what the template says about instructions,
// assistance, security and audit in its main clauses.
func seed003Instructions() annex.Instructions {
	return annex.Instructions{
		// Clause 3.3.
		Subject: nb(
			"Databehandleren har ingen selvstendig rett til å bestemme over personopplysningene, bruker dem bare til formålene som er angitt for behandlingen i denne avtalen, og behandler dem ellers etter NAVs dokumenterte instrukser.",
			"The processor may not determine the purposes or means of the processing, uses the personal data only for the purposes set out for the processing in this agreement, and otherwise processes them on NAV's documented instructions."),
		Security: annex.Security{
			// Appendix 2 has headings for pseudonymisation, encryption,
			// confidentiality, integrity, availability, robustness,
			// physical security, test data and other measures, each with
			// a blank to fill in; no level. With no measure set, C.2 shows
			// a blank row for each letter of Art. 32(1), which covers the
			// first six headings; the last three are OpenHeadings, rows of
			// C.2 with a blank, so that clause 1's rule on blanks among
			// the minimum measures reaches them.
			// The confidentiality heading gives keeping the data apart
			// from other controllers' data (security.MeasureTenantSeparation)
			// and the integrity heading monitoring changes to the data
			// (security.MeasureIntegrityMonitoring) as examples of what
			// may be filled in; like the other headings' examples (backup,
			// disaster recovery) they are suggestions to the parties, not
			// agreed, so the draft requires no measure yet.
			OpenHeadings: []i18n.Text{
				nb("Fysisk sikring av lokalene der opplysningene behandles", "Physical security of the premises where the data are processed"),
				nb("Tiltak for testdata i tillegg til NAVs retningslinjer", "Test data measures beyond NAV's guidelines"),
				nb("Andre tiltak for datasikkerhet (eller «ikke relevant»)", "Other data security measures (or \"not relevant\")"),
			},
			Note: nb(
				"Databehandleren følger NAVs til enhver tid gjeldende retningslinjer for bruk av testdata, og kan ikke svekke de avtalte tiltakene uten NAVs skriftlige godkjenning. Databehandleren skal hele tiden arbeide med å gjøre sikkerhetstiltakene bedre og holde dem à jour med den teknologiske utviklingen.",
				"The processor follows NAV's current guidelines on the use of test data, and may not weaken the agreed measures without NAV's written consent. The processor shall work continuously to improve the security measures and keep them up to date as technology develops."),
		},
		Assistance: annex.Assistance{
			// Appendix 1's "Bistand til Behandlingsansvarlig", which the
			// template says must always be filled in, is a blank there, so
			// DataSubjectRequests is left blank. Clause 5.4 on complaints is
			// in Annex D.
			// Clause 10.3.
			Breach: nb(
				"Databehandleren gjennomfører tiltak for å håndtere et brudd på personopplysningssikkerheten så snart som mulig og i samråd med NAV.",
				"The processor carries out measures to address a personal data breach as soon as possible and in consultation with NAV."),
			// Clause 5.2 only restates Art. 28(3)(f), which clause 10
			// states, so Annex C adds nothing for it.
		},
		// The template names no processing locations: Locations is nil,
		// which JSON writes as [] and Decode reads back as nil.
		Transfers: transfer.Instruction{Kind: transfer.NoThirdCountries},
		// Clause 11: NAV, or an independent third party it authorises, may
		// audit; the processor audits itself regularly and sends the
		// reports. No interval is set.
		// Clause 11.2: NAV, or an independent third party it
		// authorises, audits; clause 11.3: the processor audits its own
		// processing regularly, itself or through a third party it
		// authorises, and sends NAV the reports. The template names no
		// form for the latter. Clause 11.6 for both.
		Audits: []annex.Audit{
			{Performer: annex.ControllerAudits, Form: security.Inspection, Costs: annex.EachOwnUnlessDeviations},
			{
				Performer: annex.ProcessorAudits,
				ReportTo:  annex.ControllerAudits,
				Costs:     annex.EachOwnUnlessDeviations,
				// "Jevnlige": regular, with no interval set, so Frequency
				// stays zero and the note says it.
				Note: nb(
					"Egenkontrollen skal gjennomføres jevnlig. Databehandleren kan la en uavhengig tredjepart den gir fullmakt, gjennomføre egenkontrollen. NAV kan legge fram rapportene for sine eksterne revisorer og for tilsynsmyndigheter.",
					"The internal control shall be carried out at regular intervals. The processor may have the internal control carried out by an independent third party it authorises. NAV may show the reports to its external auditors and to supervisory authorities."),
			},
		},
		// Clause 8.2.
		SubProcessorAudits: []annex.Audit{{
			Performer: annex.ProcessorAudits,
			Note: nb(
				"Databehandleren kontrollerer underdatabehandlernes personvernnivå og legger fram rapportene for NAV.",
				"The processor checks the sub-processors' level of data protection and shows NAV the reports."),
		}},
	}
}
