package results

import (
	"errors"
	"fmt"
	"strconv"
)

// Formatters: the error comes from what the function is given, through a
// type switch or a conversion.

// toText turns any value into text; an error it holds is given to it.
func toText(val any) string {
	switch v := val.(type) {
	case nil:
		return ""
	case string:
		return v
	case error:
		return v.Error()
	}
	return fmt.Sprint(val)
}

type alertCode int

type alert int

func (a alert) Error() string { return "alert " + strconv.Itoa(int(a)) }

// Message describes the code it is called on; empty for codes that are
// no alerts.
func (c alertCode) Message() string {
	if c < 0x100 {
		return ""
	}
	return alert(c - 0x100).Error()
}

// Still reported: a type switch on an error the function made itself.
func checkName(name string) string { // want `errstring/string-result: function checkName reports failure as error text`
	var err error
	if name == "" {
		err = errors.New("empty name")
	}
	switch e := err.(type) {
	case nil:
		return ""
	default:
		return e.Error()
	}
}
