package errstring

import "strings"

// A formatVerb is one conversion of a printf format.
type formatVerb struct {
	start, end int  // byte offsets of "%...v" in the format
	verb       rune // 'v', 's', 'w', ...
	flags      string
	arg        int // index of the operand among the arguments after the format; -1 if none
}

// parseFormat parses a printf format the way fmt does. It fails on what it
// does not understand rather than guess which argument a verb takes.
func parseFormat(format string) ([]formatVerb, bool) {
	var verbs []formatVerb
	arg := 0
	for i := 0; i < len(format); {
		if format[i] != '%' {
			i++
			continue
		}
		v := formatVerb{start: i}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			v.flags += format[i : i+1]
			i++
		}
		// argIndex parses "[n]" and moves arg there.
		argIndex := func() bool {
			if i >= len(format) || format[i] != '[' {
				return true
			}
			j := strings.IndexByte(format[i:], ']')
			if j < 0 {
				return false
			}
			n := 0
			for _, d := range format[i+1 : i+j] {
				if d < '0' || d > '9' {
					return false
				}
				n = n*10 + int(d-'0')
			}
			if n < 1 {
				return false
			}
			arg = n - 1
			i += j + 1
			return true
		}
		// number parses a width or precision: digits, or * which takes
		// an argument.
		number := func() bool {
			if !argIndex() {
				return false
			}
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				return true
			}
			for i < len(format) && '0' <= format[i] && format[i] <= '9' {
				i++
			}
			return true
		}
		if !number() {
			return nil, false
		}
		if i < len(format) && format[i] == '.' {
			i++
			if !number() {
				return nil, false
			}
		}
		if !argIndex() || i >= len(format) {
			return nil, false
		}
		r := rune(format[i])
		if r >= 0x80 {
			return nil, false
		}
		i++
		v.end, v.verb = i, r
		if r == '%' {
			continue
		}
		v.arg = arg
		arg++
		verbs = append(verbs, v)
	}
	return verbs, true
}
