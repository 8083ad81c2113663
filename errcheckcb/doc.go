// Package errcheckcb defines an Analyzer that reports ignored errors.
//
// # Analyzer errcheckcb
//
// errcheckcb: report errors that are ignored, dropped without a reason, or never checked in a callback
//
// An ignored error turns a failure into silent data loss or a later panic far
// from its cause. errcheckcb reports three forms of it.
//
// Unchecked results. (to be written)
//
// Errors dropped without a reason. (to be written)
//
// Callback error parameters never checked. (to be written)
package errcheckcb
