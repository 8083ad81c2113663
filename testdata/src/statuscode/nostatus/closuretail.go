package nostatus

import (
	"errors"
	"net/http"
)

func tenantOf(r *http.Request) (string, error) { return "", errors.New("no tenant") }

// Push hands its work to a local closure called last: the closure's
// silent return on a missing tenant is the handler's empty 200.
func Push(w http.ResponseWriter, r *http.Request) {
	push := func() {
		tenant, err := tenantOf(r)
		if err != nil {
			return // want `statuscode/no-status: error path returns without writing a status`
		}
		w.WriteHeader(http.StatusNoContent)
		_, _ = w.Write([]byte(tenant))
	}
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	push()
}

// PushThenAnswer is a trap: the handler answers after the closure, so the
// closure's return is not the end of the response.
func PushThenAnswer(w http.ResponseWriter, r *http.Request) {
	push := func() {
		if _, err := tenantOf(r); err != nil {
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
	push()
	w.Header().Set("X-Done", "1")
	_, _ = w.Write([]byte("queued"))
}

// PushAfterStatus is a trap: the status went out before the closure ran.
func PushAfterStatus(w http.ResponseWriter, r *http.Request) { // want PushAfterStatus:"writes\\(status\\)"
	push := func() {
		if _, err := tenantOf(r); err != nil {
			return
		}
		_, _ = w.Write([]byte("pushed"))
	}
	w.WriteHeader(http.StatusAccepted)
	push()
}
