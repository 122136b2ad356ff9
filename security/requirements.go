package security

import (
	"iter"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
)

// Requirements are the security measures an agreement requires of the
// processor (GDPR Art. 28(3)(c), Art. 32). Each field is one measure of the
// [Catalogue]: nil means the agreement does not require it, a non-nil value
// means it does, with the parameters the parties agreed. A measure with no
// parameters filled in is still required. The zero Requirements requires
// nothing and is written in JSON as {}.
type Requirements struct {
	// Pseudonymisation of personal data (GDPR Art. 32(1)(a); seed 004 C.2.1).
	Pseudonymisation *Measure `json:"pseudonymisation,omitzero"`
	// EncryptionAtRest: personal data are encrypted where they are stored
	// (GDPR Art. 32(1)(a); seed 004 C.2.7).
	EncryptionAtRest *Encryption `json:"encryptionAtRest,omitzero"`
	// EncryptionInTransit: personal data are encrypted whenever they are
	// transmitted (GDPR Art. 32(1)(a); seed 004 C.2.6, seed 000 §11.7).
	EncryptionInTransit *Encryption `json:"encryptionInTransit,omitzero"`
	// MFAInternet: access over the internet needs multi-factor
	// authentication (seed 004 C.2.5).
	MFAInternet *Measure `json:"mfaInternet,omitzero"`
	// AccessControl: access on a need-to-know basis, reviewed at intervals
	// (seed 004 C.2.2, seed 000 §11.4).
	AccessControl *AccessControl `json:"accessControl,omitzero"`
	// TenantSeparation: the personal data are kept apart from the data the
	// processor processes for other controllers or for itself (GDPR Art.
	// 32(1)(b); seed 003 Vedlegg 2 under confidentiality).
	TenantSeparation *Measure `json:"tenantSeparation,omitzero"`
	// Logging of access to and use of the personal data (seed 004 C.2.10,
	// seed 000 §11.12).
	Logging *Logging `json:"logging,omitzero"`
	// IntegrityMonitoring: changes to the personal data are recorded and
	// monitored (GDPR Art. 32(1)(b); seed 003 Vedlegg 2 under integrity).
	IntegrityMonitoring *Measure `json:"integrityMonitoring,omitzero"`
	// Backup of the personal data (GDPR Art. 32(1)(c); seed 004 C.2.3, seed
	// 000 §11.6).
	Backup *Backup `json:"backup,omitzero"`
	// Continuity: a contingency and disaster recovery plan that is exercised
	// (GDPR Art. 32(1)(c); seed 004 C.2.3).
	Continuity *Continuity `json:"continuity,omitzero"`
	// PhysicalSecurity of the premises and equipment (seed 004 C.2.8).
	PhysicalSecurity *Measure `json:"physicalSecurity,omitzero"`
	// RemoteWork: safeguards for work from home and other remote places
	// (seed 004 C.2.9).
	RemoteWork *RemoteWork `json:"remoteWork,omitzero"`
	// ChangeManagement: changes are authorised, tested and approved before
	// they go live (seed 004 C.2.4 item 8 and C.2.11, seed 000 §11.8–11.9).
	ChangeManagement *Measure `json:"changeManagement,omitzero"`
	// Patching: security updates are installed in good time (seed 004 C.2.4
	// item 9 and C.2.11).
	Patching *Patching `json:"patching,omitzero"`
	// AwarenessTraining of staff and contractors (seed 004 C.2.11).
	AwarenessTraining *Training `json:"awarenessTraining,omitzero"`
	// MobileMedia: rules for removable storage media (seed 004 C.2.11).
	MobileMedia *MobileMedia `json:"mobileMedia,omitzero"`
	// Disposal: secure wiping or destruction of equipment and media (seed
	// 004 C.2.11).
	Disposal *Disposal `json:"disposal,omitzero"`
	// RegularTesting of the effectiveness of the measures (GDPR Art.
	// 32(1)(d); seed 004 C.2.4).
	RegularTesting *Testing `json:"regularTesting,omitzero"`
	// SupplementaryTransfer: supplementary measures for transfers to third
	// countries (GDPR Art. 46(1) after CJEU C-311/18 Schrems II).
	SupplementaryTransfer *Measure `json:"supplementaryTransferMeasures,omitzero"`
}

// Measure is a required measure that has no parameters beyond a note.
type Measure struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
}

// Encryption is a required encryption measure, at rest or in transit.
type Encryption struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// Standard is the algorithm or protocol required, such as "AES-256" or
	// "TLS 1.2 or later". Empty means the agreement asks only for recognised
	// industry practice.
	Standard i18n.Text `json:"standard,omitzero"`
}

// AccessControl is the access control measure: access only for persons who
// need it for their work, granted and withdrawn by a routine, and reviewed.
type AccessControl struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// ReviewInterval is how often the access rights are reviewed, such as 6
	// months. Zero means the agreement sets no interval.
	ReviewInterval civil.Period `json:"reviewInterval,omitzero"`
}

// Backup is the backup measure.
type Backup struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// Interval is how often a backup is taken, such as 1 day. Zero means the
	// agreement asks only for regular backups.
	Interval civil.Period `json:"interval,omitzero"`
	// RestoreTestInterval is how often restoring from a backup is tested,
	// such as 12 months. Zero means the agreement sets no interval.
	RestoreTestInterval civil.Period `json:"restoreTestInterval,omitzero"`
}

// Continuity is the measure of a contingency and disaster recovery plan.
type Continuity struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// ExerciseInterval is how often the plan is exercised, such as 1 year.
	// Zero means the agreement sets no interval.
	ExerciseInterval civil.Period `json:"exerciseInterval,omitzero"`
}

// RemoteWork is the remote work measure.
type RemoteWork struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// VPN is set when remote access must go through a VPN or a technology
	// that protects as well.
	VPN bool `json:"vpn,omitzero"`
	// MFA is set when remote users must sign in with multi-factor
	// authentication or an equivalent safeguard.
	MFA bool `json:"mfa,omitzero"`
}

// Patching is the security update measure.
type Patching struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// CriticalWithin is the longest time to install a critical security
	// update after it is released, such as 14 days. Zero means "without
	// undue delay", as seed 004 writes it.
	CriticalWithin civil.Period `json:"criticalWithin,omitzero"`
}

// Training is the security awareness training measure.
type Training struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// Interval is how often staff are trained, such as 1 year. Zero means
	// the agreement asks only for regular training.
	Interval civil.Period `json:"interval,omitzero"`
}

// MobileMedia is the measure for removable storage media.
type MobileMedia struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// Encrypted is set when media holding personal data must be encrypted.
	Encrypted bool `json:"encrypted,omitzero"`
	// Register is set when the processor must keep a register of the media
	// used for the processing.
	Register bool `json:"register,omitzero"`
}

// Disposal is the measure for disposing of equipment and storage media.
type Disposal struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// Documented is set when each disposal must be documented and the
	// documentation shown to the controller on request.
	Documented bool `json:"documented,omitzero"`
}

// Testing is the measure of regularly testing, assessing and evaluating the
// effectiveness of the security measures (GDPR Art. 32(1)(d)).
type Testing struct {
	// Note is free text that adds to or explains the requirement.
	Note i18n.Text `json:"note,omitzero"`
	// Interval is how often the measures are tested, such as 1 year. Zero
	// means the agreement asks only for regular testing.
	Interval civil.Period `json:"interval,omitzero"`
}

// measureFields says, once, which field of [Requirements] holds each
// measure of the [Catalogue], in Catalogue order; Has, Measure, Without and
// IDs read it, so no other code maps a measure id to its field.
var measureFields = [...]struct {
	id    MeasureID
	get   func(Requirements) any // the field as an interface, nil when the measure is not required (by value: a pointer would escape through the call)
	clear func(*Requirements)
}{
	{MeasurePseudonymisation, func(r Requirements) any { return orNil(r.Pseudonymisation) }, func(r *Requirements) { r.Pseudonymisation = nil }},
	{MeasureEncryptionAtRest, func(r Requirements) any { return orNil(r.EncryptionAtRest) }, func(r *Requirements) { r.EncryptionAtRest = nil }},
	{MeasureEncryptionInTransit, func(r Requirements) any { return orNil(r.EncryptionInTransit) }, func(r *Requirements) { r.EncryptionInTransit = nil }},
	{MeasureMFAInternet, func(r Requirements) any { return orNil(r.MFAInternet) }, func(r *Requirements) { r.MFAInternet = nil }},
	{MeasureAccessControl, func(r Requirements) any { return orNil(r.AccessControl) }, func(r *Requirements) { r.AccessControl = nil }},
	{MeasureTenantSeparation, func(r Requirements) any { return orNil(r.TenantSeparation) }, func(r *Requirements) { r.TenantSeparation = nil }},
	{MeasureLogging, func(r Requirements) any { return orNil(r.Logging) }, func(r *Requirements) { r.Logging = nil }},
	{MeasureIntegrityMonitoring, func(r Requirements) any { return orNil(r.IntegrityMonitoring) }, func(r *Requirements) { r.IntegrityMonitoring = nil }},
	{MeasureBackup, func(r Requirements) any { return orNil(r.Backup) }, func(r *Requirements) { r.Backup = nil }},
	{MeasureContinuity, func(r Requirements) any { return orNil(r.Continuity) }, func(r *Requirements) { r.Continuity = nil }},
	{MeasurePhysicalSecurity, func(r Requirements) any { return orNil(r.PhysicalSecurity) }, func(r *Requirements) { r.PhysicalSecurity = nil }},
	{MeasureRemoteWork, func(r Requirements) any { return orNil(r.RemoteWork) }, func(r *Requirements) { r.RemoteWork = nil }},
	{MeasureChangeManagement, func(r Requirements) any { return orNil(r.ChangeManagement) }, func(r *Requirements) { r.ChangeManagement = nil }},
	{MeasurePatching, func(r Requirements) any { return orNil(r.Patching) }, func(r *Requirements) { r.Patching = nil }},
	{MeasureAwarenessTraining, func(r Requirements) any { return orNil(r.AwarenessTraining) }, func(r *Requirements) { r.AwarenessTraining = nil }},
	{MeasureMobileMedia, func(r Requirements) any { return orNil(r.MobileMedia) }, func(r *Requirements) { r.MobileMedia = nil }},
	{MeasureDisposal, func(r Requirements) any { return orNil(r.Disposal) }, func(r *Requirements) { r.Disposal = nil }},
	{MeasureRegularTesting, func(r Requirements) any { return orNil(r.RegularTesting) }, func(r *Requirements) { r.RegularTesting = nil }},
	{MeasureSupplementaryTransfer, func(r Requirements) any { return orNil(r.SupplementaryTransfer) }, func(r *Requirements) { r.SupplementaryTransfer = nil }},
}

// orNil turns a nil pointer into a nil interface, so that callers can test
// the result of a field's get against nil.
func orNil[T any](p *T) any {
	if p == nil {
		return nil
	}
	return p
}

// Measure returns the parameters r gives for the measure id — a *[Measure],
// *[Encryption], *[AccessControl], *[Logging], *[Backup], *[Continuity],
// *[RemoteWork], *[Patching], *[Training], *[MobileMedia], *[Disposal] or
// *[Testing], the type of its field — and false when r does not require it
// or id is not in the [Catalogue]. The value is r's own, not a copy.
func (r Requirements) Measure(id MeasureID) (any, bool) {
	for i := range measureFields {
		if f := &measureFields[i]; f.id == id {
			v := f.get(r)
			return v, v != nil
		}
	}
	return nil, false
}

// Has reports whether r requires the measure id. It is false for an id that
// is not in the [Catalogue].
func (r Requirements) Has(id MeasureID) bool {
	_, ok := r.Measure(id)
	return ok
}

// Without returns a copy of r that no longer requires the measure id; for an
// id that is not in the [Catalogue] it returns r unchanged.
func (r Requirements) Without(id MeasureID) Requirements {
	for i := range measureFields {
		if f := &measureFields[i]; f.id == id {
			f.clear(&r)
		}
	}
	return r
}

// IDs returns the measures r requires, in [Catalogue] order, or nil when it
// requires none.
func (r Requirements) IDs() []MeasureID {
	var ids []MeasureID
	for i := range measureFields {
		if f := &measureFields[i]; f.get(r) != nil {
			ids = append(ids, f.id)
		}
	}
	return ids
}

// Missing yields, in [Catalogue] order, each measure that level l calls
// for ([Level.RequiredMeasures]) and r does not require:
//
//	for id := range r.Missing(security.High) { ... }
//
// It yields nothing when l is not a level, and does not allocate.
func (r Requirements) Missing(l Level) iter.Seq[MeasureID] {
	return func(yield func(MeasureID) bool) {
		for _, id := range l.measures() {
			if !r.Has(id) && !yield(id) {
				return
			}
		}
	}
}
