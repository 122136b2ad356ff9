package transfer

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// Condition is what an adequacy decision requires of a recipient beyond being
// in the country. The values are defined in [Conditions].
type Condition string

// The conditions of adequacy decisions.
const (
	// NoCondition: the decision covers every recipient in the country.
	NoCondition Condition = "none"
	// DPFCertification: only organisations certified on the Data Privacy
	// Framework List are covered (United States); see [Basis.DPFCertified].
	DPFCertification Condition = "dpf-certification"
	// CommercialOrganisations: only commercial organisations under PIPEDA
	// are covered (Canada).
	CommercialOrganisations Condition = "commercial-organisations"
	// PartialScope: the decision covers part of the recipients or data; the
	// scope note says which (Israel, Japan, Republic of Korea, and the
	// United Kingdom until its renewal in 2025).
	PartialScope Condition = "partial"
)

// ConditionDef defines a [Condition]: its ID and its short Name in each
// language.
type ConditionDef = enum.Def[Condition]

// Conditions defines every [Condition], in the order of the constants.
// Source: DOMAIN.md §2.5, column "Scope notes".
var Conditions = []ConditionDef{
	{ID: NoCondition, Name: i18n.Text{
		EN: "No condition",
		SV: "Inget villkor",
		NB: "Ingen vilkår",
		DA: "Ingen betingelser",
	}},
	{ID: DPFCertification, Name: i18n.Text{
		EN: "Recipient certified under the EU-US Data Privacy Framework",
		SV: "Mottagaren är certifierad enligt ramverket för dataskydd mellan EU och USA",
		NB: "Mottakeren er sertifisert etter rammeverket for personvern mellom EU og USA",
		DA: "Modtageren er certificeret under EU-U.S. Data Privacy Framework",
	}},
	{ID: CommercialOrganisations, Name: i18n.Text{
		EN: "Commercial organisations only",
		SV: "Endast kommersiella organisationer",
		NB: "Bare kommersielle organisasjoner",
		DA: "Kun kommercielle organisationer",
	}},
	{ID: PartialScope, Name: i18n.Text{
		EN: "Partial scope",
		SV: "Begränsad tillämplighet",
		NB: "Begrenset virkeområde",
		DA: "Begrænset anvendelsesområde",
	}},
}

// conditions reads [Conditions].
var conditions = enum.Of(Conditions)

// Def returns the definition of c from [Conditions], and false when c is
// not a condition.
func (c Condition) Def() (ConditionDef, bool) { return conditions.Def(c) }

// Valid reports whether c is one of [Conditions].
func (c Condition) Valid() bool { return conditions.Valid(c) }

// In returns the name of c in language l, falling back to English; an
// unknown condition is returned as it is. It makes a Condition a localized
// argument of finding messages.
func (c Condition) In(l i18n.Lang) string { return conditions.In(c, l) }

// limitsScope reports whether c narrows the recipients or data a decision
// covers in a way the recipient must check itself.
func (c Condition) limitsScope() bool {
	return c == CommercialOrganisations || c == PartialScope
}

// Decision is one adequacy decision of the Commission under GDPR Art. 45, as
// data. It names exactly one of a country or an international organisation.
type Decision struct {
	// Country is the country the decision is for.
	Country Country `json:"country,omitzero"`
	// Organisation is the international organisation the decision is for.
	Organisation Organisation `json:"organisation,omitzero"`
	// Instrument names the decision, such as "Commission Implementing
	// Decision (EU) 2023/1795".
	Instrument string `json:"instrument"`
	// Adopted is the day the decision was adopted; it applies from that day.
	Adopted civil.Date `json:"adopted"`
	// Ends is the last day the decision applies, or zero when it is
	// open-ended.
	Ends civil.Date `json:"ends,omitzero"`
	// Condition is what the decision requires of the recipient.
	Condition Condition `json:"condition"`
	// Scope is a note on what the decision covers.
	Scope i18n.Text `json:"scope,omitzero"`
	// EFTAPending says that the decision is not yet incorporated into the
	// EEA Agreement, so it does not apply to exporters in Iceland,
	// Liechtenstein and Norway.
	EFTAPending bool `json:"eftaPending,omitzero"`
	// Sources cite where the facts of the row come from: first the
	// publication of the decision in the Official Journal of the European
	// Union, where it has one, then other sources for facts the decision
	// itself does not show (its EEA status, an extension, a renewal).
	Sources []Source `json:"sources"`
}

// Source cites a source of a legal fact: its title as published and where it
// is published.
type Source struct {
	// Title is the source's title as published, such as the title of a
	// decision in the Official Journal; for a source that is not the
	// decision itself it says what the source is.
	Title string `json:"title"`
	// URL is the address of the source, such as the ELI address of a
	// decision on EUR-Lex.
	URL string `json:"url"`
}

// Applies reports whether d applies on the day on.
func (d Decision) Applies(on civil.Date) bool {
	return !on.Before(d.Adopted) && (d.Ends.IsZero() || !on.After(d.Ends))
}

// fullScope is the scope note of a decision without limits.
var fullScope = i18n.Text{
	EN: "Full scope.",
	SV: "Gäller fullt ut.",
	NB: "Gjelder fullt ut.",
	DA: "Gælder fuldt ud.",
}

// decisions lists the adequacy decisions of the Commission, one row per
// decision, in the order of DOMAIN.md §2.5 (alphabetical by name). Each row's
// Sources cite its facts: the decision's publication in the Official Journal
// on EUR-Lex, whose title carries the decision's number and date of adoption,
// and other sources for what the decision does not show. The United Kingdom
// has two rows: the 2021 decision (with its immigration-control carve-out,
// extended to 27 December 2025) and its renewal of 19 December 2025 until 27
// December 2031.
//
// Known gaps: the European Patent Organisation decision and the renewal for
// the United Kingdom cite no Official Journal publication, only reports of
// their adoption, and the decision extending the 2021 decision for the United
// Kingdom is cited by a report without its number. The EEA status is recorded
// for Brazil only (not yet incorporated); every other decision is treated as
// incorporated into the EEA Agreement, which is unverified for the newest ones
// (the European Patent Organisation, July 2025, and the renewal for the
// United Kingdom, December 2025).
var decisions = []Decision{
	{
		Country: "AD", Instrument: "Commission Decision 2010/625/EU",
		Adopted: civil.D(2010, 10, 19), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2010/625/EU: Commission Decision of 19 October 2010 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection of personal data in Andorra (notified under document C(2010) 7084)", URL: "https://eur-lex.europa.eu/eli/dec/2010/625/oj"},
		},
	},
	{
		Country: "AR", Instrument: "Commission Decision 2003/490/EC",
		Adopted: civil.D(2003, 6, 30), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2003/490/EC: Commission Decision of 30 June 2003 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection of personal data in Argentina", URL: "https://eur-lex.europa.eu/eli/dec/2003/490/oj"},
		},
	},
	{
		Country: "BR", Instrument: "Commission Implementing Decision (EU) 2026/179 (C(2026) 373)",
		Adopted: civil.D(2026, 1, 26), Condition: NoCondition,
		Scope: i18n.Text{
			EN: "Controllers and processors subject to Brazil's General Data Protection Law (LGPD); to be reviewed after four years.",
			SV: "Personuppgiftsansvariga och personuppgiftsbiträden som omfattas av Brasiliens allmänna dataskyddslag (LGPD); ses över efter fyra år.",
			NB: "Behandlingsansvarlige og databehandlere som er omfattet av Brasils generelle personvernlov (LGPD); skal gjennomgås etter fire år.",
			DA: "Dataansvarlige og databehandlere, der er omfattet af Brasiliens generelle databeskyttelseslov (LGPD); tages op til revision efter fire år.",
		},
		EFTAPending: true,
		Sources: []Source{
			{Title: "Commission Implementing Decision (EU) 2026/179 of 26 January 2026, the adequacy decision for Brazil under Regulation (EU) 2016/679 (number, date and publication in the Official Journal on 28 January 2026 as recorded by europalov.no; its English title is not quoted here)", URL: "https://eur-lex.europa.eu/eli/dec_impl/2026/179/oj"},
			{Title: "Kommisjonens gjennomføringsbeslutning (EU) 2026/179 av 26. januar 2026 i henhold til europaparlaments- og rådsforordning (EU) 2016/679 om tilstrekkelig nivå av beskyttelse av personopplysninger i Brasil (europalov.no: status of its incorporation into the EEA Agreement)", URL: "https://europalov.no/rettsakt/beskyttelse-av-personopplysninger-ved-datautveksling-med-brasil/id-34841"},
			{Title: "CMS: União Europeia e Brasil adotam decisão de adequação mútua em matéria de proteção de dados pessoais (law-firm report of the adoption and of the review after four years)", URL: "https://cms.law/en/prt/news-information/uniao-europeia-e-brasil-adotam-decisao-de-adequacao-mutua-em-materia-de-protecao-de-dados-pessoais"},
		},
	},
	{
		Country: "CA", Instrument: "Commission Decision 2002/2/EC",
		Adopted: civil.D(2001, 12, 20), Condition: CommercialOrganisations,
		Scope: i18n.Text{
			EN: "Only commercial organisations subject to the Personal Information Protection and Electronic Documents Act (PIPEDA).",
			SV: "Endast kommersiella organisationer som omfattas av den kanadensiska lagen PIPEDA.",
			NB: "Bare kommersielle organisasjoner som er omfattet av den kanadiske loven PIPEDA.",
			DA: "Kun kommercielle organisationer, der er omfattet af den canadiske lov PIPEDA.",
		},
		Sources: []Source{
			{Title: "2002/2/EC: Commission Decision of 20 December 2001 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection of personal data provided by the Canadian Personal Information Protection and Electronic Documents Act (notified under document number C(2001) 4539)", URL: "https://eur-lex.europa.eu/eli/dec/2002/2(1)/oj"},
		},
	},
	{
		Organisation: EuropeanPatentOrganisation, Instrument: "Commission Decision C(2025) 4626",
		Adopted: civil.D(2025, 7, 15), Condition: NoCondition,
		Scope: i18n.Text{
			EN: "The first adequacy decision for an international organisation.",
			SV: "Det första beslutet om adekvat skyddsnivå för en internationell organisation.",
			NB: "Den første beslutningen om tilstrekkelig beskyttelsesnivå for en internasjonal organisasjon.",
			DA: "Den første afgørelse om tilstrækkeligheden af beskyttelsesniveauet for en international organisation.",
		},
		Sources: []Source{
			{Title: "European Patent Office: EPO welcomes European Commission's adequacy decision for safe data flows (news release of the organisation concerned; the decision's publication in the Official Journal is not recorded here)", URL: "https://epo.org/en/news-events/news/epo-welcomes-european-commissions-adequacy-decision-safe-data-flows"},
			{Title: "Global Policy Watch: Adequacy decision for the European Patent Organisation (law-firm report of the adoption on 15 July 2025)", URL: "https://www.globalpolicywatch.com/2025/07/adequacy-decision-for-the-european-patent-organisation/"},
			{Title: "European Commission: Adequacy decisions (the Commission's overview of its adequacy decisions)", URL: "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en"},
		},
	},
	{
		Country: "FO", Instrument: "Commission Decision 2010/146/EU",
		Adopted: civil.D(2010, 3, 5), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2010/146/EU: Commission Decision of 5 March 2010 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection provided by the Faeroese Act on processing of personal data", URL: "https://eur-lex.europa.eu/eli/dec/2010/146/oj"},
		},
	},
	{
		Country: "GG", Instrument: "Commission Decision 2003/821/EC",
		Adopted: civil.D(2003, 11, 21), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2003/821/EC: Commission Decision of 21 November 2003 on the adequate protection of personal data in Guernsey (notified under document number C(2003) 4309)", URL: "https://eur-lex.europa.eu/eli/dec/2003/821/oj"},
		},
	},
	{
		Country: "IM", Instrument: "Commission Decision 2004/411/EC",
		Adopted: civil.D(2004, 4, 28), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2004/411/EC: Commission Decision of 28 April 2004 on the adequate protection of personal data in the Isle of Man (notified under document number C(2004) 1556)", URL: "https://eur-lex.europa.eu/eli/dec/2004/411/oj"},
		},
	},
	{
		Country: "IL", Instrument: "Commission Decision 2011/61/EU",
		Adopted: civil.D(2011, 1, 31), Condition: PartialScope,
		Scope: i18n.Text{
			EN: "Automated international transfers, and data processed automatically after the transfer.",
			SV: "Automatiserade internationella överföringar och uppgifter som behandlas automatiserat efter överföringen.",
			NB: "Automatiserte internasjonale overføringer og opplysninger som behandles automatisert etter overføringen.",
			DA: "Automatiserede internationale overførsler og oplysninger, der behandles automatisk efter overførslen.",
		},
		Sources: []Source{
			{Title: "2011/61/EU: Commission Decision of 31 January 2011 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection of personal data by the State of Israel with regard to automated processing of personal data (notified under document C(2011) 332)", URL: "https://eur-lex.europa.eu/eli/dec/2011/61(1)/oj"},
		},
	},
	{
		Country: "JP", Instrument: "Commission Implementing Decision (EU) 2019/419",
		Adopted: civil.D(2019, 1, 23), Condition: PartialScope,
		Scope: i18n.Text{
			EN: "Private-sector operators under the Act on the Protection of Personal Information (APPI), with the Supplementary Rules.",
			SV: "Aktörer i privat sektor som omfattas av den japanska lagen APPI, tillsammans med de kompletterande reglerna.",
			NB: "Aktører i privat sektor som er omfattet av den japanske loven APPI, sammen med de utfyllende reglene.",
			DA: "Aktører i den private sektor, der er omfattet af den japanske lov APPI, sammen med de supplerende regler.",
		},
		Sources: []Source{
			{Title: "Commission Implementing Decision (EU) 2019/419 of 23 January 2019 pursuant to Regulation (EU) 2016/679 of the European Parliament and of the Council on the adequate protection of personal data by Japan under the Act on the Protection of Personal Information (notified under document C(2019) 304)", URL: "https://eur-lex.europa.eu/eli/dec_impl/2019/419/oj"},
		},
	},
	{
		Country: "JE", Instrument: "Commission Decision 2008/393/EC",
		Adopted: civil.D(2008, 5, 8), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2008/393/EC: Commission Decision of 8 May 2008 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection of personal data in Jersey (notified under document number C(2008) 1746)", URL: "https://eur-lex.europa.eu/eli/dec/2008/393/oj"},
		},
	},
	{
		Country: "NZ", Instrument: "Commission Implementing Decision 2013/65/EU",
		Adopted: civil.D(2012, 12, 19), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2013/65/EU: Commission Implementing Decision of 19 December 2012 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection of personal data by New Zealand (notified under document C(2012) 9557)", URL: "https://eur-lex.europa.eu/eli/dec_impl/2013/65/oj"},
		},
	},
	{
		Country: "KR", Instrument: "Commission Implementing Decision (EU) 2022/254",
		Adopted: civil.D(2021, 12, 17), Condition: PartialScope,
		Scope: i18n.Text{
			EN: "The Personal Information Protection Act (PIPA); credit information under the supervision of the Financial Services Commission, religious organisations and political parties are excluded.",
			SV: "Den sydkoreanska lagen PIPA; kreditupplysningar under tillsyn av den sydkoreanska finansinspektionen, religiösa organisationer och politiska partier omfattas inte.",
			NB: "Den sørkoreanske loven PIPA; kredittopplysninger under tilsyn av det sørkoreanske finanstilsynet, religiøse organisasjoner og politiske partier er ikke omfattet.",
			DA: "Den sydkoreanske lov PIPA; kreditoplysninger under tilsyn af det sydkoreanske finanstilsyn, religiøse organisationer og politiske partier er ikke omfattet.",
		},
		Sources: []Source{
			{Title: "Commission Implementing Decision (EU) 2022/254 of 17 December 2021 pursuant to Regulation (EU) 2016/679 of the European Parliament and of the Council on the adequate protection of personal data by the Republic of Korea under the Personal Information Protection Act (notified under document C(2021) 9316)", URL: "https://eur-lex.europa.eu/eli/dec_impl/2022/254/oj"},
			{Title: "CNPD (Luxembourg data protection authority): adequacy decision for South Korea (the exclusions from its scope)", URL: "https://cnpd.public.lu/en/actualites/international/2021/12/adequacy-south-korea.html"},
		},
	},
	{
		Country: "CH", Instrument: "Commission Decision 2000/518/EC",
		Adopted: civil.D(2000, 7, 26), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2000/518/EC: Commission Decision of 26 July 2000 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection of personal data provided in Switzerland (notified under document number C(2000) 2304)", URL: "https://eur-lex.europa.eu/eli/dec/2000/518/oj"},
		},
	},
	{
		Country: "GB", Instrument: "Commission Implementing Decision (EU) 2021/1772, as extended",
		Adopted: civil.D(2021, 6, 28), Ends: civil.D(2025, 12, 27), Condition: PartialScope,
		Scope: i18n.Text{
			EN: "Transfers for the purposes of UK immigration control are excluded; extended to 27 December 2025.",
			SV: "Överföringar för brittisk invandringskontroll omfattas inte; förlängt till den 27 december 2025.",
			NB: "Overføringer for britisk innvandringskontroll er ikke omfattet; forlenget til 27. desember 2025.",
			DA: "Overførsler til brug for britisk indvandringskontrol er ikke omfattet; forlænget til den 27. december 2025.",
		},
		Sources: []Source{
			{Title: "Commission Implementing Decision (EU) 2021/1772 of 28 June 2021 pursuant to Regulation (EU) 2016/679 of the European Parliament and of the Council on the adequate protection of personal data by the United Kingdom (notified under document C(2021)4800)", URL: "https://eur-lex.europa.eu/eli/dec_impl/2021/1772/oj"},
			{Title: "GDPR Buzz: Commission officially extends EU-UK data adequacy decisions by six months (report of the extension to 27 December 2025; the number of the extending decision is not recorded here)", URL: "https://gdprbuzz.com/news/commission-officially-extends-eu-uk-data-adequacy-decisions-by-six-months"},
		},
	},
	{
		Country: "GB", Instrument: "Commission Implementing Decision of 19 December 2025 renewing Implementing Decision (EU) 2021/1772",
		Adopted: civil.D(2025, 12, 19), Ends: civil.D(2031, 12, 27), Condition: NoCondition,
		Scope: i18n.Text{
			EN: "Renewed without the carve-out for UK immigration control.",
			SV: "Förnyat utan undantaget för brittisk invandringskontroll.",
			NB: "Fornyet uten unntaket for britisk innvandringskontroll.",
			DA: "Fornyet uden undtagelsen for britisk indvandringskontrol.",
		},
		Sources: []Source{
			{Title: "The DPO Centre: EU renews UK personal data adequacy decisions (report of the renewal of 19 December 2025 until 27 December 2031; the number of the renewing decision is not recorded here)", URL: "https://www.dpocentre.com/news/eu-renews-uk-personal-data-adequacy-decisions"},
			{Title: "University of East Anglia Law School blog: EU-UK data adequacy decisions renewed (the end of the carve-out for UK immigration control)", URL: "https://www.uea.ac.uk/about/law-school/research/research-blog/eu-uk-data-adequacy-decisions-renewed:-stability-in-data-flows-by-dr-karen-mc-cullagh"},
			{Title: "European Commission: Adequacy decisions (the Commission's overview of its adequacy decisions)", URL: "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en"},
		},
	},
	{
		Country: "US", Instrument: "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
		Adopted: civil.D(2023, 7, 10), Condition: DPFCertification,
		Scope: i18n.Text{
			EN: "Only organisations certified on the Data Privacy Framework List; check each legal entity on dataprivacyframework.gov.",
			SV: "Endast organisationer som är certifierade enligt ramverket för dataskydd mellan EU och USA; kontrollera varje juridisk person på dataprivacyframework.gov.",
			NB: "Bare organisasjoner som er sertifisert etter rammeverket for personvern mellom EU og USA; kontroller hver juridiske person på dataprivacyframework.gov.",
			DA: "Kun organisationer, der er certificeret under EU-U.S. Data Privacy Framework; kontrollér hver juridisk person på dataprivacyframework.gov.",
		},
		Sources: []Source{
			{Title: "Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 pursuant to Regulation (EU) 2016/679 of the European Parliament and of the Council on the adequate level of protection of personal data under the EU-US Data Privacy Framework (notified under document C(2023)4745)", URL: "https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj"},
		},
	},
	{
		Country: "UY", Instrument: "Commission Implementing Decision 2012/484/EU",
		Adopted: civil.D(2012, 8, 21), Condition: NoCondition, Scope: fullScope,
		Sources: []Source{
			{Title: "2012/484/EU: Commission Implementing Decision of 21 August 2012 pursuant to Directive 95/46/EC of the European Parliament and of the Council on the adequate protection of personal data by the Eastern Republic of Uruguay with regard to automated processing of personal data (notified under document C(2012) 5704)", URL: "https://eur-lex.europa.eu/eli/dec_impl/2012/484/oj"},
		},
	},
}

// adequacy is the state of the adequacy decisions for a location on a day.
type adequacy struct {
	index  int    // index in decisions of the decision that applies, or -1
	reason Reason // AdequacyApplies, AdequacyNotYet, AdequacyEnded or NoAdequacy
}

// lookup finds the decision for the canonical country c or the organisation
// with index org in [Organisations] (c is "" then) on the day on. When more
// than one applies, the one adopted last wins. It does not allocate.
func lookup(c Country, org int, on civil.Date) adequacy {
	var o Organisation
	if org >= 0 {
		o = Organisations[org].ID
	}
	best, ended, notYet := -1, false, false
	for i := range decisions {
		d := &decisions[i]
		if d.Country != c || d.Organisation != o {
			continue
		}
		switch {
		case d.Applies(on):
			if best < 0 || decisions[best].Adopted.Before(d.Adopted) {
				best = i
			}
		case on.Before(d.Adopted):
			notYet = true
		default:
			ended = true
		}
	}
	switch {
	case best >= 0:
		return adequacy{best, AdequacyApplies}
	case ended:
		return adequacy{-1, AdequacyEnded}
	case notYet:
		return adequacy{-1, AdequacyNotYet}
	}
	return adequacy{-1, NoAdequacy}
}

// DecisionFor returns the adequacy decision that covers the location loc on
// the day on. It reports false when no decision applies that day: none
// exists, it was adopted later, or it had ended. Conditions of the decision
// (DPF certification, scope, EEA incorporation) are not checked; [Assess]
// checks them. The decision is a copy of the package's table, so changing
// it changes no assessment; its Sources are shared, and must not be
// changed.
func DecisionFor(loc Location, on civil.Date) (Decision, bool) {
	c, org, ok := resolve(loc)
	if !ok {
		return Decision{}, false
	}
	a := lookup(c, org, on)
	if a.index < 0 {
		return Decision{}, false
	}
	return decisions[a.index], true
}
