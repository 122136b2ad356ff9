// Package apitest holds tests of the library's exported API as a whole:
// every exported function and method of the library packages is called
// with nil and zero values and must not panic, and a second test keeps the
// list of those calls complete by parsing the packages' sources. It has no
// code of its own.
package apitest
