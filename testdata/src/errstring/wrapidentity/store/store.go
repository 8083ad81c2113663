// Package store returns an unexported sentinel that it tests itself.
package store

import "errors"

var errMissing = errors.New("missing")

// Get fails with errMissing.
func Get(key string) (string, error) {
	if key == "" {
		return "", errMissing
	}
	return key, nil
}

// Missing reports whether err is a failed Get: the module tests errMissing.
func Missing(err error) bool { return errors.Is(err, errMissing) }
