// Command fakeapi is a test program (below the module's test/ directory):
// an end-to-end test drives it, nothing ships it, so its handlers are not
// judged (ory/oathkeeper's test/bearer-token/okapi, supertokens'
// test/auth-react-server). The same handler in api (Lookup) is judged.
package main

import (
	"errors"
	"net/http"
)

func lookup(id string) (string, error) {
	if id == "" {
		return "", errors.New("no id")
	}
	return id, nil
}

func handle(w http.ResponseWriter, r *http.Request) {
	v, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		return
	}
	_, _ = w.Write([]byte(v))
}

func main() {
	http.HandleFunc("/", handle)
	_ = http.ListenAndServe(":8080", nil)
}
