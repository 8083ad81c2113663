package callback

import (
	"errors"
	"time"
)

// Callbacks stored in a field and called with an error their caller keeps:
// the callback is not the error's only owner (callback_kept.go).

var errStopped = errors.New("stopped")

func work() error { return errors.New("work failed") }

// Trap: a hook stored in a field (chained when set twice) and called with
// the error the job keeps in j.err, with a package variable it then stores,
// or with an error the caller returns afterwards.

type job struct {
	id     string
	err    error
	onDone func(id string, err error)
}

func (j *job) OnDone(f func(id string, err error)) {
	if j.onDone != nil {
		prev := j.onDone
		j.onDone = func(id string, err error) {
			prev(id, err)
			f(id, err)
		}
		return
	}
	j.onDone = f
}

func (j *job) finish(err error) {
	hook := j.onDone
	if hook != nil {
		hook(j.id, err)
	}
}

func (j *job) fail(err error) {
	j.err = err
	j.finish(j.err)
}

func (j *job) stop() {
	j.finish(errStopped)
	j.err = errStopped
}

func (j *job) abort(err error) error {
	j.finish(err)
	return err
}

type pool struct{ jobs map[string]*job }

func (p *pool) jobDone(id string, err error) {
	delete(p.jobs, id)
}

func (p *pool) start(id string) *job {
	j := &job{id: id}
	p.jobs[id] = j
	j.OnDone(p.jobDone)
	return j
}

// Trap: a default strategy in a config field, carried through a params
// struct to the field it is called through, with an error the caller then
// passes on.

type BackoffFunc func(attempt int, err error) time.Duration

type Options struct{ Backoff BackoffFunc }

func DefaultBackoff(attempt int, err error) time.Duration {
	return time.Duration(attempt) * time.Second
}

type runnerParams struct{ backoff BackoffFunc }

type runner struct {
	backoff  BackoffFunc
	failures []string
}

func newRunner(p runnerParams) *runner { return &runner{backoff: p.backoff} }

func startRunner(opts Options) *runner {
	backoff := opts.Backoff
	if backoff == nil {
		backoff = DefaultBackoff
	}
	return newRunner(runnerParams{backoff: backoff})
}

func (r *runner) retry(attempt int, err error) time.Duration {
	d := r.backoff(attempt, err)
	r.failures = append(r.failures, err.Error())
	return d
}

// Positive: the same hook, but the caller drops the error after the call:
// the hook is its only owner.

type task struct {
	name  string
	onEnd func(name string, err error)
}

func (t *task) OnEnd(f func(name string, err error)) { t.onEnd = f }

func (t *task) run() {
	err := work()
	t.onEnd(t.name, err)
}

type registry struct{ tasks map[string]*task }

func (r *registry) taskEnded(name string, err error) { // want `callback parameter err is never checked, so the errors callback.task.OnEnd reports through it are silently dropped`
	delete(r.tasks, name)
}

func (r *registry) add(t *task) {
	r.tasks[t.name] = t
	t.OnEnd(r.taskEnded)
}

// Positive: a default strategy whose caller drops the error.

type DelayFunc func(n int, err error) time.Duration

type Settings struct{ Delay DelayFunc }

func DefaultDelay(n int, err error) time.Duration { // want `callback parameter err is never checked, so the error it reports is silently dropped`
	return time.Duration(n) * time.Millisecond
}

type loop struct{ delay DelayFunc }

func newLoop(s Settings) *loop {
	d := s.Delay
	if d == nil {
		d = DefaultDelay
	}
	return &loop{delay: d}
}

func (l *loop) again(n int) time.Duration {
	err := work()
	return l.delay(n, err)
}

// Positive: one caller keeps the error, another does not.

type watcher struct {
	onStop func(reason string, err error)
}

func (w *watcher) stopKept(err error) error {
	w.onStop("kept", err)
	return err
}

func (w *watcher) stopDropped() {
	w.onStop("dropped", work())
}

func watch(w *watcher) {
	w.onStop = func(reason string, err error) { // want `callback parameter err is never checked, so the error it reports is silently dropped`
		println(reason)
	}
}

// Positive: stored in an exported field, which another package may call.

type Hooks struct{ OnClose func(id int, err error) }

func install(h *Hooks) {
	h.OnClose = func(id int, err error) { // want `callback parameter err is never checked, so the error it reports is silently dropped`
		println(id)
	}
}

func (h *Hooks) close(id int) error {
	err := work()
	h.OnClose(id, err)
	return err
}
