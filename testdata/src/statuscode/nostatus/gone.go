package nostatus

import (
	"errors"
	"net/http"
	"time"
)

var errBusy = errors.New("busy")

func pick() (string, error) { return "", errBusy }

// WaitPick retries while busy; a cancelled request has no one to answer.
func WaitPick(w http.ResponseWriter, r *http.Request) {
	for {
		id, err := pick()
		if err != nil {
			select {
			case <-r.Context().Done():
				return // the trap: the client went away
			case <-time.After(10 * time.Millisecond):
			}
			continue
		}
		_, _ = w.Write([]byte(id))
		return
	}
}

// Timeout gives up on a timer instead: the client is still there.
func Timeout(w http.ResponseWriter, r *http.Request) {
	id, err := pick()
	if err != nil {
		select {
		case <-time.After(10 * time.Millisecond):
			return // want `statuscode/no-status: error path returns without writing a status`
		case <-r.Context().Done():
			return
		}
	}
	_, _ = w.Write([]byte(id))
}
