package server

//go:generate go run ../catalog/catalogen -target server

import (
	"fmt"
	"net/http"

	"github.com/dpakit/dpakit/i18n"
)

// Code is the stable code of an error the service answers with. Clients
// branch on it, never on the message. Codes are never reused for another
// meaning; their messages are locales/<lang>/messages.gotext.json.
type Code string

// The error codes, with the HTTP status each is answered with.
const (
	CodePathUnknown      Code = "path.unknown"          // 404
	CodeMethodNotAllowed Code = "method.not-allowed"    // 405
	CodeTooLarge         Code = "request.too-large"     // 413
	CodeMediaType        Code = "request.media-type"    // 415
	CodeUnreadable       Code = "request.unreadable"    // 400
	CodeSyntax           Code = "json.syntax"           // 400
	CodeTooDeep          Code = "json.too-deep"         // 400
	CodeNotObject        Code = "json.not-object"       // 400
	CodeUnknownField     Code = "json.unknown-field"    // 400
	CodeWrongType        Code = "json.wrong-type"       // 400
	CodeInvalidValue     Code = "json.invalid-value"    // 400
	CodeParamUnknown     Code = "param.unknown"         // 400
	CodeParamRepeated    Code = "param.repeated"        // 400
	CodeParamLang        Code = "param.lang"            // 400
	CodeParamFormat      Code = "param.format"          // 400
	CodeParamProfile     Code = "param.profile"         // 400
	CodeParamVariant     Code = "param.variant"         // 400
	CodeParamAnnexes     Code = "param.annexes"         // 400
	CodeParamBool        Code = "param.bool"            // 400
	CodeParamAsOf        Code = "param.as-of"           // 400
	CodeParallelFormat   Code = "param.parallel-format" // 400
	CodeBlanks           Code = "render.blanks"         // 422
	CodeBusy             Code = "render.busy"           // 503
	CodeExampleUnknown   Code = "example.unknown"       // 404
	CodeInternal         Code = "server.internal"       // 500
)

// statuses are the codes in the catalogue's order with their HTTP status.
var statuses = []struct {
	Code   Code
	Status int
}{
	{CodePathUnknown, http.StatusNotFound},
	{CodeMethodNotAllowed, http.StatusMethodNotAllowed},
	{CodeTooLarge, http.StatusRequestEntityTooLarge},
	{CodeMediaType, http.StatusUnsupportedMediaType},
	{CodeUnreadable, http.StatusBadRequest},
	{CodeSyntax, http.StatusBadRequest},
	{CodeTooDeep, http.StatusBadRequest},
	{CodeNotObject, http.StatusBadRequest},
	{CodeUnknownField, http.StatusBadRequest},
	{CodeWrongType, http.StatusBadRequest},
	{CodeInvalidValue, http.StatusBadRequest},
	{CodeParamUnknown, http.StatusBadRequest},
	{CodeParamRepeated, http.StatusBadRequest},
	{CodeParamLang, http.StatusBadRequest},
	{CodeParamFormat, http.StatusBadRequest},
	{CodeParamProfile, http.StatusBadRequest},
	{CodeParamVariant, http.StatusBadRequest},
	{CodeParamAnnexes, http.StatusBadRequest},
	{CodeParamBool, http.StatusBadRequest},
	{CodeParamAsOf, http.StatusBadRequest},
	{CodeParallelFormat, http.StatusBadRequest},
	{CodeBlanks, http.StatusUnprocessableEntity},
	{CodeBusy, http.StatusServiceUnavailable},
	{CodeExampleUnknown, http.StatusNotFound},
	{CodeInternal, http.StatusInternalServerError},
}

// status returns the HTTP status of code c; 500 for a code without one.
func (c Code) status() int {
	for _, s := range statuses {
		if s.Code == c {
			return s.Status
		}
	}
	return http.StatusInternalServerError
}

// text returns the message of c in language l with args filled in; the
// code itself when the catalogue has no message for it.
func (c Code) text(l i18n.Lang, args ...any) string {
	for k := key(1); k < numKeys; k++ {
		if keyIDs[k] == string(c) {
			return fmt.Sprintf(message(k).In(l), args...)
		}
	}
	return string(c)
}
