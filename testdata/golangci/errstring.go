package fixture

import (
	"fmt"
	"os"
)

func load(name string) error {
	if _, err := os.Stat(name); err != nil {
		return fmt.Errorf("load %s: %v", name, err) // golangci:want errstring (errstring/wrap is strict: on through strict in .golangci.yml)
	}
	return nil
}
