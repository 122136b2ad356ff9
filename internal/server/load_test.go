package server

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var (
	load        = flag.Bool("load", false, "run TestLoad: 20 000 validate and 5 000 render requests at 64 connections")
	loadRenders = flag.Int("load-renders", 0, "TestLoad: the server's render slots (0: its default)")
	rawClient   = flag.Bool("rawclient", false, "TestLoad sends its requests with a lean HTTP/1.1 client of its own instead of net/http's")
	loadOnly    = flag.String("load-only", "", "TestLoad runs only the phases whose names contain this (for a profile of one)")
)

// raceEnabled is set by race_test.go under -race, where timings mean nothing.
var raceEnabled bool

// TestLoad drives the server on 127.0.0.1 through its HTTP stack, as a
// client would: 20 000 validations and then 5 000 renders of seed004 at 64
// concurrent connections, bounded to a minute. Every answer must be a 200
// and every request logged; it logs p50, p99 and throughput per phase, the
// service's own p50 and p99 from the log lines' durations, and the
// process's RSS before and after, which BENCHMARKS.md quotes. Run it with
//
//	go test ./internal/server -run TestLoad -load -v
//
// It is skipped without -load, under -short and under -race, so CI stays
// fast. The client runs in the same process and shares the CPUs; with
// -rawclient it is a lean HTTP/1.1 client of the test's own (leanConn),
// which takes much less of them than net/http's.
func TestLoad(t *testing.T) {
	if !*load || testing.Short() || raceEnabled {
		t.Skip("a load test: run with -load (not under -short or -race)")
	}
	// The log lines are made, as in production, and the tap keeps each
	// request's own duration: the time the service took once it had the
	// request, against the client's time, which adds the queue before it.
	tap := &durationTap{Handler: slog.NewJSONHandler(io.Discard, nil), store: new(durations)}
	log := slog.New(tap)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, New(Config{Logger: log, Renders: *loadRenders}), Limits{}, nil) }()
	defer func() { cancel(); <-done }()
	base := "http://" + ln.Addr().String()
	const conns = 64
	tr := &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	deadline := time.Now().Add(time.Minute)

	runtime.GC()
	rssBefore := rss(t)
	t.Logf("RSS before: %s (client: %s)", rssBefore, map[bool]string{false: "net/http", true: "lean"}[*rawClient])
	t.Log("| phase | connections | requests | errors | throughput | per CPU-s | p50 | p99 | max | served p50 | served p99 | Little |")
	for _, phase := range []struct {
		name, target, example string
		n, conns              int
	}{
		{"validate seed004", "/v1/validate?lang=sv", "seed004", 20000, conns},
		{"validate seed003", "/v1/validate?lang=nb", "seed003", 20000, conns},
		{"render seed004 da html", "/v1/render?lang=da&format=html", "seed004", 5000, conns},
		// The same renders without the queue that 64 clients on two CPUs
		// make: the service's own latency.
		{"render seed004 da html", "/v1/render?lang=da&format=html", "seed004", 5000, 4},
	} {
		if !strings.Contains(phase.name, *loadOnly) {
			continue
		}
		body := example(t, phase.example)
		tap.store.reset()
		var next, failures atomic.Int64
		lat := make([][]time.Duration, phase.conns)
		var firstErr atomic.Value
		var wg sync.WaitGroup
		cpu0 := cpuTime()
		start := time.Now()
		for w := range phase.conns {
			wg.Go(func() {
				var rc *leanConn
				if *rawClient {
					rc = &leanConn{addr: ln.Addr().String()}
					defer rc.close()
				}
				for next.Add(1) <= int64(phase.n) && time.Now().Before(deadline) {
					t0 := time.Now()
					var err error
					if rc != nil {
						err = rc.post(phase.target, body)
					} else {
						var resp *http.Response
						resp, err = client.Post(base+phase.target, "application/json", bytes.NewReader(body))
						if err == nil {
							_, err = io.Copy(io.Discard, resp.Body)
							resp.Body.Close()
							if err == nil && resp.StatusCode != 200 {
								err = fmt.Errorf("status %d", resp.StatusCode)
							}
						}
					}
					lat[w] = append(lat[w], time.Since(t0))
					if err != nil {
						failures.Add(1)
						firstErr.CompareAndSwap(nil, err)
					}
				}
			})
		}
		wg.Wait()
		elapsed := time.Since(start)
		cpu := cpuTime() - cpu0
		all := slices.Concat(lat...)
		slices.Sort(all)
		if len(all) < phase.n {
			t.Errorf("%s: %d of %d requests within the time bound", phase.name, len(all), phase.n)
		}
		if f := failures.Load(); f > 0 {
			t.Errorf("%s: %d errors, the first: %v", phase.name, f, firstErr.Load())
		}
		q := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
		served := tap.store.sorted(len(all))
		if len(served) != len(all) {
			t.Errorf("%s: %d requests logged, %d sent", phase.name, len(served), len(all))
		}
		sq := func(p float64) time.Duration {
			if len(served) == 0 {
				return 0
			}
			return served[min(len(served)-1, int(p*float64(len(served))))]
		}
		throughput := float64(len(all)) / elapsed.Seconds()
		// Per CPU-second: requests per second of the whole process's CPU
		// time, client included, which a shared machine's wall-clock
		// throughput does not show. Little: the mean latency that any
		// order of service gives this many closed-loop clients at this
		// throughput (Little's law, connections ÷ throughput).
		t.Logf("| %s | %d | %d | %d | %.0f req/s | %.0f | %v | %v | %v | %v | %v | %v |", phase.name, phase.conns, len(all), failures.Load(),
			throughput, float64(len(all))/cpu.Seconds(),
			q(0.50).Round(time.Microsecond), q(0.99).Round(time.Microsecond), all[len(all)-1].Round(time.Microsecond),
			sq(0.50).Round(time.Microsecond), sq(0.99).Round(time.Microsecond),
			time.Duration(float64(phase.conns)/throughput*float64(time.Second)).Round(time.Microsecond))
	}
	runtime.GC()
	after := rss(t)
	t.Logf("RSS after: %s (GOMAXPROCS %d)", after, runtime.GOMAXPROCS(0))
	var kb int
	if _, err := fmt.Sscanf(after, "%d kB", &kb); err == nil && kb > 256<<10 {
		t.Errorf("RSS after the load is %s, more than 256 MiB", after)
	}
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rss reads the resident set size of the process from /proc.
func rss(t *testing.T) string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// leanConn is the load test's lean HTTP/1.1 client (-rawclient): one
// keep-alive connection, each request written with a single write, each
// answer read through one buffer and its body discarded. It costs the
// shared CPUs a fraction of what net/http's client does, as a load
// generator on another machine would cost them nothing; it accepts only a
// 200 with a Content-Length, which is what the service sends.
type leanConn struct {
	addr string
	conn net.Conn
	br   *bufio.Reader
	req  []byte
}

// post sends body to target and reads the answer.
func (c *leanConn) post(target string, body []byte) error {
	if c.conn == nil {
		conn, err := net.Dial("tcp", c.addr)
		if err != nil {
			return err
		}
		c.conn, c.br = conn, bufio.NewReaderSize(conn, 64<<10)
	}
	c.req = fmt.Appendf(c.req[:0], "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", target, c.addr, len(body))
	c.req = append(c.req, body...)
	c.conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := c.conn.Write(c.req); err != nil {
		c.close()
		return err
	}
	err := c.answer()
	if err != nil {
		c.close()
	}
	return err
}

// answer reads one answer: the status line, the header and the body.
func (c *leanConn) answer() error {
	line, err := c.br.ReadSlice('\n')
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(line, []byte("HTTP/1.1 200 ")) {
		return fmt.Errorf("status line %q", bytes.TrimSpace(line))
	}
	length := -1
	for {
		line, err := c.br.ReadSlice('\n')
		if err != nil {
			return err
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			break
		}
		name, value, _ := bytes.Cut(line, []byte(":"))
		if strings.EqualFold(string(name), "Content-Length") {
			if length, err = strconv.Atoi(string(bytes.TrimSpace(value))); err != nil {
				return fmt.Errorf("Content-Length %q", value)
			}
		}
	}
	if length < 0 {
		return errors.New("an answer without Content-Length")
	}
	_, err = c.br.Discard(length)
	return err
}

func (c *leanConn) close() {
	if c.conn != nil {
		c.conn.Close()
		c.conn = nil
	}
}

// durationTap is a log handler that also keeps the "duration" of every
// "request" line, the service's own time for a request, in its store.
type durationTap struct {
	slog.Handler
	store *durations
}

func (d *durationTap) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "request" {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "duration" {
				d.store.add(a.Value.Duration())
				return false
			}
			return true
		})
	}
	return d.Handler.Handle(ctx, r)
}

func (d *durationTap) WithAttrs(as []slog.Attr) slog.Handler {
	return &durationTap{Handler: d.Handler.WithAttrs(as), store: d.store}
}

func (d *durationTap) WithGroup(name string) slog.Handler {
	return &durationTap{Handler: d.Handler.WithGroup(name), store: d.store}
}

// durations are the logged durations of one phase of TestLoad.
type durations struct {
	mu  sync.Mutex
	all []time.Duration
}

func (d *durations) add(v time.Duration) {
	d.mu.Lock()
	d.all = append(d.all, v)
	d.mu.Unlock()
}

func (d *durations) reset() {
	d.mu.Lock()
	d.all = d.all[:0]
	d.mu.Unlock()
}

// sorted returns a sorted copy of the durations once there are n of them
// or a second has passed: a request's line is logged after its handler
// returns, which can be after its client has read the answer.
func (d *durations) sorted(n int) []time.Duration {
	deadline := time.Now().Add(time.Second)
	for {
		d.mu.Lock()
		if len(d.all) >= n || time.Now().After(deadline) {
			s := slices.Sorted(slices.Values(d.all))
			d.mu.Unlock()
			return s
		}
		d.mu.Unlock()
		time.Sleep(time.Millisecond)
	}
}
