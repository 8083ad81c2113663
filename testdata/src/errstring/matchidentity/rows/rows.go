// Package rows stands in for a database library with an exported sentinel.
package rows // want package:`sentinels\(no rows in result=ErrNoRows\)`

import "errors"

// ErrNoRows is returned when a query finds nothing.
var ErrNoRows = errors.New("no rows in result")

// Conn is a connection of some driver.
type Conn interface {
	Exec(query string) error
}
