module example.com/demo

go 1.26.0

tool github.com/extinctlint/extinct/cmd/extinct

require (
	github.com/extinctlint/extinct v0.0.0-00010101000000-000000000000 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/exp/typeparams v0.0.0-20231108232855-2478ac86f678 // indirect
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
	honnef.co/go/tools v0.8.2 // indirect
)

replace github.com/extinctlint/extinct => ../..
