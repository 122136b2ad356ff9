package server

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// started runs Serve on 127.0.0.1 with h and lim and returns its address
// and a function that stops it and returns Serve's error.
func started(t *testing.T, h http.Handler, lim Limits) (string, func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, h, lim, nil) }()
	var once sync.Once
	var serr error
	stop := func() error {
		once.Do(func() { cancel(); serr = <-done })
		return serr
	}
	t.Cleanup(func() { stop() })
	return ln.Addr().String(), stop
}

// TestShutdown sends half a request, stops the server, and sends the
// rest: the request in flight is answered in full, and the server takes no
// new connection once it has stopped.
func TestShutdown(t *testing.T) {
	addr, stop := started(t, New(Config{}), Limits{Shutdown: 10 * time.Second})
	body := example(t, "seed004")
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(body))
	conn.Write(body[:len(body)/2])
	time.Sleep(50 * time.Millisecond) // the server is reading the body

	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	time.Sleep(100 * time.Millisecond) // Shutdown is waiting for the request
	select {
	case err := <-stopped:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	default:
	}
	conn.Write(body[len(body)/2:])
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the request in flight got no answer: %v", err)
	}
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !bytes.HasPrefix(b, []byte(`{"lang":"en"`)) {
		t.Errorf("in flight: %d %.100s", resp.StatusCode, b)
	}
	select {
	case err := <-stopped:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after the last request")
	}
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		t.Error("the stopped server still accepts connections")
	}
}

// TestShutdownDeadline checks that a request that never finishes does not
// hold the shutdown beyond its limit.
func TestShutdownDeadline(t *testing.T) {
	addr, stop := started(t, New(Config{}), Limits{Shutdown: 200 * time.Millisecond})
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{")
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	if err := stop(); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Serve = %v, want the deadline", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("shutdown took %v", d)
	}
}

// TestHostile holds hostile clients against one server with short limits
// — slow-loris headers, a body trickled past the read timeout, bodies over
// the limit, invalid UTF-8, nesting past the limit, a wrong content type
// and 1 000 idle connections — and checks that each is answered or cut off
// within its timeout while another client is served throughout.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("holds connections for seconds")
	}
	lim := Limits{ReadHeader: 300 * time.Millisecond, Read: time.Second, Write: 2 * time.Second, Idle: 500 * time.Millisecond, Shutdown: time.Second}
	addr, _ := started(t, New(Config{MaxBody: 1 << 20}), lim)
	url := "http://" + addr
	client := &http.Client{Timeout: 5 * time.Second}
	body := example(t, "seed004")

	// The other client: validates all through the test.
	var served, failed atomic.Int64
	stopGood := make(chan struct{})
	goodDone := make(chan struct{})
	go func() {
		defer close(goodDone)
		for {
			select {
			case <-stopGood:
				return
			default:
			}
			resp, err := client.Post(url+"/v1/validate", "application/json", bytes.NewReader(body))
			if err != nil || resp.StatusCode != 200 {
				failed.Add(1)
			} else {
				served.Add(1)
			}
			if resp != nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()

	// 1 000 idle connections, opened and never written to.
	var idle []net.Conn
	for range 1000 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("after %d idle connections: %v", len(idle), err)
		}
		idle = append(idle, c)
	}

	var wg sync.WaitGroup
	check := func(name string, f func() error) {
		wg.Go(func() {
			if err := f(); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		})
	}
	// cutOff reports whether the server closes conn (or answers) within d.
	cutOff := func(conn net.Conn, d time.Duration) error {
		conn.SetReadDeadline(time.Now().Add(d))
		_, err := io.ReadAll(conn)
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			return fmt.Errorf("still open after %v", d)
		}
		return nil
	}
	check("slow-loris headers", func() error {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return err
		}
		defer c.Close()
		start := time.Now()
		go func() {
			c.Write([]byte("POST /v1/validate HTTP/1.1\r\n"))
			for i := 0; i < 50; i++ {
				time.Sleep(100 * time.Millisecond)
				if _, err := fmt.Fprintf(c, "X-%d: y\r\n", i); err != nil {
					return
				}
			}
		}()
		if err := cutOff(c, 3*time.Second); err != nil {
			return err
		}
		if d := time.Since(start); d > 2*time.Second {
			return fmt.Errorf("cut off after %v", d)
		}
		return nil
	})
	check("body trickled past the read timeout", func() error {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return err
		}
		defer c.Close()
		fmt.Fprintf(c, "POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
		go func() {
			for i := 0; i < 60; i++ {
				time.Sleep(100 * time.Millisecond)
				if _, err := c.Write([]byte(" ")); err != nil {
					return
				}
			}
		}()
		c.SetReadDeadline(time.Now().Add(4 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				return errors.New("neither answered nor cut off")
			}
			return nil // cut off
		}
		if resp.StatusCode != 400 {
			return fmt.Errorf("status %d, want 400 request.unreadable", resp.StatusCode)
		}
		return nil
	})
	status := func(name, contentType string, b []byte, want int) {
		check(name, func() error {
			resp, err := client.Post(url+"/v1/validate", contentType, bytes.NewReader(b))
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			io.Copy(io.Discard, resp.Body)
			if resp.StatusCode != want {
				return fmt.Errorf("status %d, want %d", resp.StatusCode, want)
			}
			return nil
		})
	}
	status("body over the limit", "application/json", bytes.Repeat([]byte(" "), 2<<20), 413)
	status("invalid UTF-8", "application/json", []byte("{\"id\":\"\xc3\x28\"}"), 400)
	status("nesting past the limit", "application/json", []byte(`{"a":`+strings.Repeat("[", 100000)), 400)
	status("wrong content type", "text/xml", []byte(`<agreement/>`), 415)
	check("body over the limit without Content-Length", func() error {
		pr, pw := io.Pipe()
		go func() {
			chunk := bytes.Repeat([]byte(" "), 64<<10)
			for i := 0; i < 64; i++ {
				if _, err := pw.Write(chunk); err != nil {
					return
				}
			}
			pw.Close()
		}()
		resp, err := client.Post(url+"/v1/validate", "application/json", pr)
		if err != nil {
			return nil // the server may close the connection while the client still sends
		}
		defer resp.Body.Close()
		if resp.StatusCode != 413 {
			return fmt.Errorf("status %d, want 413", resp.StatusCode)
		}
		return nil
	})
	check("idle connections are closed", func() error {
		time.Sleep(100 * time.Millisecond)
		var wg2 sync.WaitGroup
		var open atomic.Int64
		for _, c := range idle {
			wg2.Go(func() {
				if cutOff(c, 3*time.Second) != nil {
					open.Add(1)
				}
				c.Close()
			})
		}
		wg2.Wait()
		if n := open.Load(); n > 0 {
			return fmt.Errorf("%d of %d idle connections still open", n, len(idle))
		}
		return nil
	})
	wg.Wait()
	close(stopGood)
	<-goodDone
	if failed.Load() > 0 || served.Load() < 5 {
		t.Errorf("the other client: %d served, %d failed", served.Load(), failed.Load())
	}
	t.Logf("the other client was served %d times", served.Load())
}
