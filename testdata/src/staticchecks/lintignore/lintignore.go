package lintignore

import "os"

func ignored(name string) error {
	f, err := os.Open(name)
	//lint:ignore SA5001 the file is never nil here and is only read
	defer f.Close()
	return err
}

func ignoredSameLine(name string) error {
	f, err := os.Open(name)
	defer f.Close() //lint:ignore SA5001 only read
	return err
}

func otherCheck(name string) error {
	f, err := os.Open(name)
	//lint:ignore SA4006 names another check
	defer f.Close() // want `SA5001: should check error returned from`
	return err
}

func noReason(name string) error {
	f, err := os.Open(name)
	//lint:ignore SA5001
	defer f.Close() // want `SA5001: should check error returned from`
	return err
}
