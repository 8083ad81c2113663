package fixture

import "os"

func deferBeforeCheck(name string) error {
	f, err := os.Open(name)
	defer f.Close() // golangci:want sa5001
	if err != nil {
		return err
	}
	return nil
}
