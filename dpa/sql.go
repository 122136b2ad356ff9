package dpa

import (
	"database/sql/driver"
	"errors"
	"fmt"
)

// Value stores the agreement in an SQL column as JSON (for PostgreSQL,
// json or jsonb; elsewhere text): the canonical encoding [Encode] writes,
// whose [Digest] it keeps. It implements [driver.Valuer]. A nil agreement
// is stored as SQL NULL.
func (a *Agreement) Value() (driver.Value, error) {
	if a == nil {
		return nil, nil
	}
	return Encode(a)
}

// ErrScanType is the error [Agreement.Scan] returns, wrapped, for a
// column value that is neither text nor bytes (nor NULL).
var ErrScanType = errors.New("dpa: scan: an agreement is read from JSON text or bytes")

// ErrScanNull is the error [Agreement.Scan] returns for SQL NULL: there is
// no agreement to read. Scan into a **Agreement or a nullable wrapper to
// allow NULL.
var ErrScanNull = errors.New("dpa: scan: NULL is no agreement")

// Scan reads the agreement from an SQL column holding JSON, with the
// strict decoder of [Decode]: an unknown member, a duplicate name or a
// malformed value is a [*DecodeError]. It implements [sql.Scanner]. A
// database that reorders the members (PostgreSQL's jsonb does) changes
// nothing: [Encode] of the agreement read back writes the bytes
// [Agreement.Value] stored. On error a is left unchanged; a nil a fails
// with [ErrNil].
//
// [sql.Scanner]: https://pkg.go.dev/database/sql#Scanner
func (a *Agreement) Scan(src any) error {
	if a == nil {
		return ErrNil
	}
	var data []byte
	switch v := src.(type) {
	case nil:
		return ErrScanNull
	case []byte:
		data = v
	case string:
		data = []byte(v)
	default:
		return fmt.Errorf("%w, not %T", ErrScanType, src)
	}
	got, err := Decode(data) // Decode keeps nothing of data, which the driver may reuse
	if err != nil {
		return err
	}
	*a = *got
	return nil
}
