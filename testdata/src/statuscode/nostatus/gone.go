package nostatus

import (
	"context"
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

// Cancelled is a trap: inside the failure (the rest of the block after
// `if err == nil { return }`), a cancelled request is dropped on purpose.
func Cancelled(w http.ResponseWriter, r *http.Request) {
	id, err := pick()
	if err == nil {
		_, _ = w.Write([]byte(id))
		return
	}
	if errors.Is(err, context.Canceled) {
		return // the client went away
	}
	if r.Context().Err() != nil {
		return
	}
	http.Error(w, err.Error(), http.StatusBadGateway)
}

// NotCancelled tests another sentinel: the client is still there.
func NotCancelled(w http.ResponseWriter, r *http.Request) {
	id, err := pick()
	if err == nil {
		_, _ = w.Write([]byte(id))
		return
	}
	if errors.Is(err, errBusy) {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	http.Error(w, err.Error(), http.StatusBadGateway)
}

// CancelCase sorts the failure in a switch: the cancelled request's case
// returns without a word (no one is left to answer), the others answer.
func CancelCase(w http.ResponseWriter, r *http.Request) {
	id, err := pick()
	if err != nil {
		switch {
		case errors.Is(err, context.Canceled):
			return // the trap: the client went away
		case errors.Is(err, errBusy):
			return // want `statuscode/no-status: error path returns without writing a status`
		default:
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
	}
	_, _ = w.Write([]byte(id))
}

// pause waits, and fails only when ctx is done.
func pause(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// settle fails with its context's error or its own.
func settle(ctx context.Context, n int) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
	}
	if n > 3 {
		return errSettle
	}
	return nil
}

var errSettle = errors.New("unsettled")

// SlowReply is a trap: pause fails only when the request's context is
// done, so the client is gone.
func SlowReply(w http.ResponseWriter, r *http.Request) {
	if err := pause(r.Context(), time.Second); err != nil {
		return
	}
	_, _ = w.Write([]byte("ok"))
}

// SettleReply: settle may fail on its own, answered with 200.
func SettleReply(w http.ResponseWriter, r *http.Request) {
	if err := settle(r.Context(), 5); err != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_, _ = w.Write([]byte("ok"))
}
