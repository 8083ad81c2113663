package fixture

import "os"

// Lines marked "golangci:want NAME" must get a finding from NAME; no other
// line may get one.

func unchecked(name string) {
	os.WriteFile(name, nil, 0o644) // golangci:want errcheckcb
}

func suppressed(name string) {
	os.WriteFile(name, nil, 0o644) //nolint:errcheckcb // fixture: a suppression that matches
}

func suppressedOther(name string) {
	os.WriteFile(name, nil, 0o644) //nolint:debugprint // golangci:want errcheckcb
}

func excludedBySetting(dir string) {
	os.Rename(dir, dir+".old") // excluded by the exclude setting in .golangci.yml
}

func fixable(name string) error {
	os.WriteFile(name, nil, 0o644) // golangci:want errcheckcb
	return nil
}

func emptyBranchDisabled(name string) {
	if err := os.WriteFile(name, nil, 0o644); err != nil { // errcheckcb/empty-branch is disabled in .golangci.yml
	}
}
