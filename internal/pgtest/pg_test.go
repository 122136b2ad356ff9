package pgtest

import (
	"bytes"
	"database/sql"
	"os"
	"slices"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
)

// dsnVar names the environment variable that holds the server's
// connection string, such as
// "host=/tmp/pg port=5432 user=postgres dbname=postgres".
const dsnVar = "DPAKIT_PG_DSN"

type stored struct {
	name string
	a    *dpa.Agreement
}

// agreements returns every example and every later version.
func agreements() []stored {
	var out []stored
	for _, ex := range examples.All() {
		out = append(out, stored{ex.Name, ex.Build()})
	}
	for _, v := range examples.Versions() {
		out = append(out, stored{v.Name, v.Build()})
	}
	return out
}

func open(t *testing.T) *sql.DB {
	t.Helper()
	dsn := os.Getenv(dsnVar)
	if dsn == "" {
		t.Skipf("no PostgreSQL server: set %s to a connection string (.ci/run starts a throwaway cluster and sets it)", dsnVar)
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Ping(); err != nil {
		t.Fatalf("%s is set but the server does not answer: %v", dsnVar, err)
	}
	return db
}

// TestPostgres stores every example in a jsonb column, reads each back
// through Scan and checks that Encode of the value read back is the stored
// encoding byte for byte, although jsonb keeps its members in an order of
// its own; then it finds the agreements with a sub-processor processing in
// a country by an SQL/JSON path, with both @? and jsonb_path_exists.
func TestPostgres(t *testing.T) {
	db := open(t)
	conn, err := db.Conn(t.Context()) // one connection, so the temporary table is seen
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx := t.Context()
	if _, err := conn.ExecContext(ctx, `CREATE TEMPORARY TABLE agreements (name text PRIMARY KEY, doc jsonb NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	all := agreements()
	for _, s := range all {
		if _, err := conn.ExecContext(ctx, `INSERT INTO agreements (name, doc) VALUES ($1, $2)`, s.name, s.a); err != nil {
			t.Fatalf("%s: insert: %v", s.name, err)
		}
	}
	reordered := false
	for _, s := range all {
		want, err := dpa.Encode(s.a)
		if err != nil {
			t.Fatal(err)
		}
		var got dpa.Agreement
		var text string
		if err := conn.QueryRowContext(ctx, `SELECT doc, doc::text FROM agreements WHERE name = $1`, s.name).Scan(&got, &text); err != nil {
			t.Fatalf("%s: select: %v", s.name, err)
		}
		back, err := dpa.Encode(&got)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(back, want) {
			t.Errorf("%s: Encode of the agreement read back differs from the stored encoding", s.name)
		}
		d1, _ := dpa.Digest(s.a)
		d2, _ := dpa.Digest(&got)
		if d1 != d2 {
			t.Errorf("%s: digest %s after the round trip, %s before", s.name, d2, d1)
		}
		if compact := compactJSON(t, want); compact != text {
			reordered = true
		}
	}
	if !reordered {
		t.Log("jsonb kept every document's member order; the round trip proved less than it could")
	}

	for _, country := range []string{"US", "SE", "DE", "DK", "NO"} {
		var want []string
		for _, s := range all {
			if processesIn(s.a, country) {
				want = append(want, s.name)
			}
		}
		slices.Sort(want)
		queries := map[string]string{
			"@?": `SELECT name FROM agreements WHERE doc @? ('$.annexes.b.entries[*].locations[*] ? (@.country == "' || $1 || '")')::jsonpath ORDER BY name`,
			"jsonb_path_exists": `SELECT name FROM agreements
				WHERE jsonb_path_exists(doc, '$.annexes.b.entries[*].locations[*] ? (@.country == $c)', jsonb_build_object('c', $1::text))
				ORDER BY name`,
		}
		for how, q := range queries {
			rows, err := conn.QueryContext(ctx, q, country)
			if err != nil {
				t.Fatalf("%s %s: %v", how, country, err)
			}
			var got []string
			for rows.Next() {
				var name string
				if err := rows.Scan(&name); err != nil {
					t.Fatal(err)
				}
				got = append(got, name)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			rows.Close()
			if !slices.Equal(got, want) {
				t.Errorf("%s, country %s: got %q, want %q", how, country, got, want)
			}
		}
	}
}

// TestPostgresStrict checks that Scan decodes strictly: a jsonb value with
// a member the agreement does not have is an error, and NULL is too.
func TestPostgresStrict(t *testing.T) {
	db := open(t)
	var a dpa.Agreement
	err := db.QueryRowContext(t.Context(), `SELECT '{"id": "x", "status": "draft", "unknown": 1}'::jsonb`).Scan(&a)
	var de *dpa.DecodeError
	if !errorsAs(err, &de) || de.Pointer != "/unknown" {
		t.Errorf("unknown member: got %v, want a DecodeError at /unknown", err)
	}
	if err := db.QueryRowContext(t.Context(), `SELECT NULL::jsonb`).Scan(&a); err == nil {
		t.Error("NULL scanned into an agreement without error")
	}
}

// processesIn reports whether a sub-processor of a processes in country.
func processesIn(a *dpa.Agreement, country string) bool {
	for _, e := range a.Annexes.B.Entries {
		for _, l := range e.Locations {
			if string(l.Country) == country {
				return true
			}
		}
	}
	return false
}
