package fix

import "net/http"

// Writer and Request let noimport.go take a writer without importing net/http.
type (
	Writer  = http.ResponseWriter
	Request = http.Request
)
