// Package urfaveaction implements urfave/cli commands outside cmd/: its
// functions have the type cli.ActionFunc. No finding.
package urfaveaction

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

type Store struct{ keys map[string]int }

func (s *Store) List(c *cli.Context) error {
	for k, v := range s.keys {
		fmt.Println(k, v)
	}
	return nil
}
