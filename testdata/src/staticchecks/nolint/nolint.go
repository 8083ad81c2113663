package nolint

import "os"

func bare(name string) error {
	f, err := os.Open(name)
	defer f.Close() //nolint // only read
	return err
}

func all(name string) error {
	f, err := os.Open(name)
	defer f.Close() //nolint:all // only read
	return err
}

func other(name string) error {
	f, err := os.Open(name)
	defer f.Close() //nolint:errcheckcb // want `SA5001: should check error returned from`
	return err
}

func staticcheckName(name string) error {
	f, err := os.Open(name)
	defer f.Close() //nolint:staticcheck // golangci-lint's name for every staticcheck check
	return err
}
