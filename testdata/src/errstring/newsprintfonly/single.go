package newsprintfonly

import "errors"

import f "fmt"

func read(name string) error {
	return errors.New(f.Sprintf("read %s", name)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}
