package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for the server's log and the test
// to share.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeSIGTERM starts dpakit serve, sends half a request, sends the
// process SIGTERM and then the rest of the request: the request is
// answered, and serve exits 0 once it is.
func TestServeSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server")
	}
	var log lockedBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- run([]string{"serve", "-addr", "127.0.0.1:0", "-log", "json"}, nil, io.Discard, &log)
	}()
	listening := regexp.MustCompile(`"msg":"listening","addr":"([0-9.:]+)"`)
	var addr string
	for start := time.Now(); addr == "" && time.Since(start) < 10*time.Second; time.Sleep(10 * time.Millisecond) {
		if m := listening.FindStringSubmatch(log.String()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("serve did not start: %s", log.String())
	}
	body, err := os.ReadFile("../../examples/json/seed004.json")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/validate?lang=da HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(body))
	conn.Write(body[:1000])
	time.Sleep(50 * time.Millisecond)
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for start := time.Now(); !strings.Contains(log.String(), "shutting down"); time.Sleep(10 * time.Millisecond) {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("no shutdown after SIGTERM: %s", log.String())
		}
	}
	select {
	case code := <-exit:
		t.Fatalf("serve exited %d with a request in flight", code)
	case <-time.After(100 * time.Millisecond):
	}
	conn.Write(body[1000:])
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the request in flight got no answer: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("in flight: status %d", resp.StatusCode)
	}
	select {
	case code := <-exit:
		if code != exitOK {
			t.Errorf("exit %d: %s", code, log.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not exit after the last request")
	}
	if !strings.Contains(log.String(), `"path":"/v1/validate","status":200`) {
		t.Errorf("the request is not in the log: %s", log.String())
	}
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{{"serve", "extra"}, {"serve", "-log", "xml"}, {"serve", "-addr", "256.0.0.1:99999"}} {
		var stderr bytes.Buffer
		if code := run(args, nil, io.Discard, &stderr); code != exitUnusable {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUnusable, stderr.String())
		}
	}
}
