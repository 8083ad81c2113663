package nostatus

import (
	"errors"
	"log"
	"net/http"
)

// reqContext is a request context that answers through the writer it
// holds (plik's context.Context).
type reqContext struct {
	resp http.ResponseWriter
}

func (c *reqContext) BadRequest(msg string) { http.Error(c.resp, msg, http.StatusBadRequest) }

func failWith(c *reqContext, err error) { c.BadRequest(err.Error()) }

type auditLog struct{ prefix string }

func (a *auditLog) Record(err error) { log.Print(a.prefix, err) }

func lookupUser(r *http.Request) (string, error) { return "", errors.New("no user") }

func checkRole(user string) error { return errors.New("no role for " + user) }

// ViaContext is a trap: the context answers each failure through its
// writer, by a method of its own or by a helper it is given.
func ViaContext(c *reqContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user, err := lookupUser(r)
		if err != nil {
			c.BadRequest("unknown user")
			return
		}
		if err := checkRole(user); err != nil {
			failWith(c, err)
			return
		}
		_, _ = w.Write([]byte(user))
	}
}

// Audited only records the failure: the audit log holds no writer.
func Audited(a *auditLog) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user, err := lookupUser(r)
		if err != nil {
			a.Record(err)
			return // want `statuscode/no-status: error path returns without writing a status`
		}
		_, _ = w.Write([]byte(user))
	}
}
