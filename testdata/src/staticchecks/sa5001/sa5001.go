package sa5001

import "os"

func deferBeforeCheck(name string) error {
	f, err := os.Open(name)
	defer f.Close() // want `SA5001: should check error returned from os.Open\(\) before deferring f.Close\(\)`
	if err != nil {
		return err
	}
	return nil
}

func create(name string) error {
	f, err := os.Create(name)
	defer f.Close() // want `SA5001: should check error returned from`
	return err
}

// Traps: the error is checked first, or there is no error to check.

func checkedFirst(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return nil
}

func noError() {
	f := os.Stdin
	defer f.Close()
}

func discarded(name string) {
	f, _ := os.Open(name)
	defer f.Close()
}
