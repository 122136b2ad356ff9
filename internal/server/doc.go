// Package server is dpakit's HTTP service, which `dpakit serve` starts:
//
//	POST /v1/validate?lang=&profile=&asOf=   the findings of an agreement, as JSON
//	POST /v1/render?lang=&format=&…          the agreement's text in every format render has
//	GET  /v1/schema?lang=&variant=&text=     the agreement's JSON Schema
//	GET  /v1/examples, /v1/examples/{name}   the example agreements
//	GET  /healthz                            200 while the service is up
//	GET  /openapi.json                       the OpenAPI 3.1 description of all of it
//
// It is a program, not library API: a Go contract system imports dpa and
// render and calls them directly, so the handlers live in an internal
// package (DESIGN.md, "the HTTP service") and the library's API stays
// small. Everything a handler needs is in [Config]; [Serve] runs a
// [Handler] with the service's timeouts and shuts it down gracefully.
//
// # Errors
//
// Every error is JSON, {"error": {"code", "status", "message", …}}, with a
// stable code (the Code constants), the HTTP status and a message in the
// language of ?lang= (else Accept-Language, else English). An error in the
// body adds the JSON Pointer, line and column of the strict decoder
// (dpa.DecodeError). Unusable input is 400, a body over the limit 413, a
// body that is not JSON 415, a wrong method 405, an unknown path 404, a
// final agreement with blanks 422 on render and no free render slot 503.
// Bad input never gets 500: the tests and FuzzHandler hold it to that.
//
// # Limits
//
// Bodies are read up to dpa.MaxDocumentSize (or [Config.MaxBody]); the
// server's header, read, write and idle timeouts are [Limits]; at most
// [Config.Renders] renders run at once. The log has one line per request
// (method, path, status, bytes, duration) and never a body.
package server
