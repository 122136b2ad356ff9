// Package pgtest holds the test that stores agreements in a real
// PostgreSQL server as jsonb through database/sql, with the
// [dpa.Agreement.Value] and [dpa.Agreement.Scan] methods, reads them back
// byte-identically and queries them with SQL/JSON paths.
//
// The test runs when DPAKIT_PG_DSN names a server, as .ci/run does with a
// throwaway cluster, and is skipped otherwise. The driver, pgx, is a
// dependency of this test only: package dpa imports nothing but
// database/sql/driver.
package pgtest
