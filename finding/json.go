package finding

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/go-json-experiment/json"
)

// findingJSON is the JSON form of a finding, documented for frontends in
// docs/findings.md.
type findingJSON struct {
	Code      Code      `json:"code"`
	Severity  Severity  `json:"severity"`
	Path      string    `json:"path"`
	Reference string    `json:"reference,omitzero"`
	Message   i18n.Text `json:"message"`
}

// MarshalJSON writes the finding as
//
//	{"code": "breach.deadline-over-72h", "severity": "error",
//	 "path": "/clauses/breachNotification/0/within",
//	 "reference": "GDPR Art. 33(1)–(2)",
//	 "message": {"en": "…", "sv": "…", "nb": "…", "da": "…"}}
//
// with the message in every supported language, so a frontend can show the
// user's language without asking again.
func (f Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(findingJSON{Code: f.Code, Severity: f.Severity, Path: f.Path, Reference: f.Ref, Message: f.Messages()})
}
