module github.com/dpakit/dpakit

go 1.26.0

require golang.org/x/text v0.43.0

require (
	github.com/go-json-experiment/json v1.27.2 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/shopspring/decimal v1.6.0 // indirect
)
