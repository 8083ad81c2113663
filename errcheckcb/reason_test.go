package errcheckcb

import "testing"

func TestGivesReason(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"// empty means 0", true},
		{"/* best effort */", true},
		{"//", false},
		{"// ", false},
		{"/**/", false},
		{"//nolint", false},
		{"//nolint:errcheck", false},
		{"// nolint:errcheck", false},
		{"//nolint:errcheck // the file may be gone", true},
		{"//lint:ignore SA1019 reason", false},
		{"//go:noinline", false},
		{"//nosec", false},
		{"// #nosec G104", false},
		{"//revive:disable", false},
		{"// TODO: handle", true},
		{"// note: the value is optional", true},
	} {
		if got := givesReason(tc.text); got != tc.want {
			t.Errorf("givesReason(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
