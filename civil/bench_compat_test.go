package civil_test

import (
	"time"

	"github.com/dpakit/dpakit/civil"
)

func dateOnly(d civil.Date) civil.Date { return d }
func timeOnly(t time.Time) time.Time   { return t }
