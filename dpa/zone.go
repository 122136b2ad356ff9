package dpa

import (
	"errors"
	"sync"
	"time"

	"github.com/dpakit/dpakit/transfer"
)

// ErrNoZone is returned by [Agreement.Zone] when the agreement names no
// time zone and neither the governing law nor the first controller's
// country has one in [CountryZones].
var ErrNoZone = errors.New("dpa: the agreement names no time zone, and none follows from its governing law or the controller's country")

// CountryZones is the time zone in which an agreement under the law of
// each EEA country counts its days when it names none: the zone of the
// country's capital (for Portugal and Spain the mainland's, not the
// Azores', Madeira's or the Canaries'). Source: IANA Time Zone Database,
// zone1970.tab and zone.tab, https://www.iana.org/time-zones.
var CountryZones = map[transfer.Country]string{
	"AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "CY": "Asia/Nicosia",
	"CZ": "Europe/Prague", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
	"ES": "Europe/Madrid", "FI": "Europe/Helsinki", "FR": "Europe/Paris", "GR": "Europe/Athens",
	"HR": "Europe/Zagreb", "HU": "Europe/Budapest", "IE": "Europe/Dublin", "IS": "Atlantic/Reykjavik",
	"IT": "Europe/Rome", "LI": "Europe/Vaduz", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg",
	"LV": "Europe/Riga", "MT": "Europe/Malta", "NL": "Europe/Amsterdam", "NO": "Europe/Oslo",
	"PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest", "SE": "Europe/Stockholm",
	"SI": "Europe/Ljubljana", "SK": "Europe/Bratislava",
}

// ZoneName is the name of the time zone the agreement counts its days in
// (deadlines of notices, objections and breaches): [Agreement.TimeZone]
// when set, else the zone of the governing law's country, else that of the
// first controller's country ([CountryZones]); "" when none applies or a
// is nil.
func (a *Agreement) ZoneName() string {
	if a == nil {
		return ""
	}
	if a.TimeZone != "" {
		return a.TimeZone
	}
	if z, ok := CountryZones[a.Clauses.GoverningLaw]; ok {
		return z
	}
	if len(a.Controllers) > 0 {
		if z, ok := CountryZones[a.Controllers[0].Address.Country]; ok {
			return z
		}
	}
	return ""
}

// Zone loads the time zone of [Agreement.ZoneName]. It returns [ErrNil]
// for a nil agreement, [ErrNoZone] when no zone applies, and the error of
// [time.LoadLocation] for a TimeZone that is not a zone of the database.
func (a *Agreement) Zone() (*time.Location, error) {
	if a == nil {
		return nil, ErrNil
	}
	name := a.ZoneName()
	if name == "" {
		return nil, ErrNoZone
	}
	return time.LoadLocation(name)
}

// knownZones remembers which zone names time.LoadLocation accepted or
// refused, so that validating an agreement that names its zone costs no
// allocation after the first time.
var knownZones struct {
	sync.RWMutex
	m map[string]bool
}

// zoneExists reports whether name is a zone of the time zone database.
func zoneExists(name string) bool {
	knownZones.RLock()
	ok, seen := knownZones.m[name]
	knownZones.RUnlock()
	if seen {
		return ok
	}
	// "Local" and "" are not names an agreement can mean.
	_, err := time.LoadLocation(name)
	ok = err == nil && name != "Local"
	knownZones.Lock()
	if knownZones.m == nil {
		knownZones.m = map[string]bool{}
	}
	if len(knownZones.m) < 1024 { // hostile input cannot grow it without bound
		knownZones.m[name] = ok
	}
	knownZones.Unlock()
	return ok
}
