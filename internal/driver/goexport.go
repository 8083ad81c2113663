package driver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// Packages outside the analysed set (the standard library, other modules)
// need only their types. The go command's build cache holds them as
// export data, which go list -export gives (building what is missing, as
// it does for go/packages' loads without dependency syntax, errcheck's
// load): reading it costs a fraction of type-checking their source. The
// cache then keeps a copy under the package's key (see readTypes), so
// that a later run needs no go list -export.

// goExport finds in the go command's build cache the export data of the
// units that are type-checked but not analysed and whose types the cache
// does not hold: one go list -export names them all. A unit go list gives
// no export data for (cgo without a C compiler, a dependency that does not
// compile), and every unit when go list fails, is type-checked from source.
func goExport(cfg *packages.Config, units []*unit) {
	byPath := make(map[string]*unit)
	var paths []string
	for _, u := range units {
		p := u.pkg
		// A test variant (a dependency of a package under test that
		// imports it, as in the standard library) is not what go list
		// -export builds: it is checked from source.
		if u.mode == typed && !u.analysed && u.export == nil && u.exportFile == "" && p.ID == p.PkgPath && p.PkgPath != "unsafe" && len(p.Errors) == 0 {
			byPath[p.PkgPath] = u
			paths = append(paths, p.PkgPath)
		}
	}
	if len(paths) == 0 {
		return
	}
	args := append([]string{"list", "-e", "-export", "-json=ImportPath,Export"}, cfg.BuildFlags...)
	cmd := exec.Command("go", append(append(args, "--"), paths...)...)
	cmd.Dir, cmd.Env = cfg.Dir, cfg.Env
	out, err := cmd.Output()
	if err != nil {
		return // all from source, whose errors say what is wrong
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var listed struct{ ImportPath, Export string }
		if dec.Decode(&listed) != nil {
			return
		}
		if u := byPath[listed.ImportPath]; u != nil {
			u.exportFile = listed.Export
		}
	}
}

// readExportFile returns the export data in a file of the go command's
// build cache (an archive whose __.PKGDEF member holds it), in the form
// gcexportdata.Read takes.
func readExportFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close() //nolint:errcheckcb // read-only file: a failed close loses nothing
	// NewReader is deprecated for Go 1.29, whose go list -export gives the
	// export data itself; go/packages reads the archives the same way.
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, err
	}
	if lr, ok := r.(*io.LimitedReader); ok { // the archive says how long
		data := make([]byte, lr.N)
		_, err := io.ReadFull(lr, data)
		return data, err
	}
	return io.ReadAll(r)
}
