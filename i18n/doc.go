// Package i18n names the languages dpakit writes agreements in and holds
// [Text], the free text the parties write (purposes, the nature of the
// processing, other terms) in one or more of those languages.
//
// The supported languages are English, Swedish, Norwegian Bokmål and Danish,
// as BCP 47 tags en, sv, nb and da. [Match] maps any tag a user sends to one
// of them through a [language.Matcher]: "no" and "nn" reach Bokmål.
package i18n
