package adapter

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// pageParams reads the paging parameters and answers 400 itself when they
// do not parse: its ints are a limit and an offset, not a status, and its
// caller has nothing left to write.
func pageParams(w http.ResponseWriter, r *http.Request) (int, int, error) {
	var err error
	limit, offset := 100, 0
	if q := r.URL.Query().Get("limit"); q != "" {
		limit, err = strconv.Atoi(q)
		if err != nil {
			badRequest(w, err)
			return limit, offset, err
		}
	}
	if q := r.URL.Query().Get("offset"); q != "" {
		offset, err = strconv.Atoi(q)
		if err != nil {
			badRequest(w, err)
			return limit, offset, err
		}
	}
	return limit, offset, err
}

// badRequest answers through a renderer held in a variable, as a web
// toolkit's render.JSON with the status in the request's context: the
// write cannot be judged.
var badRequest = func(w http.ResponseWriter, err error) {
	http.Error(w, err.Error(), http.StatusBadRequest)
}

// listItems returns when pageParams failed: the 400 is written. Not reported.
func listItems(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := pageParams(w, r)
	if err != nil {
		return
	}
	_ = json.NewEncoder(w).Encode([]int{limit, offset})
}

// pageOrStatus hands its status back on failure without writing: an
// adapter, whose caller must write the status.
func pageOrStatus(w http.ResponseWriter, r *http.Request) (int, int, error) { // want pageOrStatus:"writes\\(never\\)"
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil {
		return http.StatusBadRequest, 0, err
	}
	return http.StatusOK, limit, nil
}

// listDropped drops the adapter's status: reported.
func listDropped(w http.ResponseWriter, r *http.Request) {
	_, limit, err := pageOrStatus(w, r)
	if err != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_ = json.NewEncoder(w).Encode(limit)
}
