package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/internal/server"
)

const serveSynopsis = "[-addr HOST:PORT] [-renders N] [-max-body BYTES] [-log text|json] [timeouts]\n\n" +
	"Serves validate, render, schema and examples over HTTP (see /openapi.json) until SIGTERM or\n" +
	"SIGINT, then finishes the requests in flight. Logs one line per request to standard error.\n" +
	"Exits 0 after a clean shutdown, 2 for bad usage or an address it cannot listen on."

// serveCmd implements dpakit serve.
func serveCmd(args []string, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on this `HOST:PORT`; :8080 for every interface")
	renders := fs.Int("renders", 0, "renders that run at once; 0 is twice the number of CPUs")
	maxBody := fs.Int64("max-body", dpa.MaxDocumentSize, "the largest request body in bytes")
	logFormat := fs.String("log", "text", "log format: text or json")
	lim := server.DefaultLimits
	fs.DurationVar(&lim.ReadHeader, "read-header-timeout", lim.ReadHeader, "time to read a request's headers")
	fs.DurationVar(&lim.Read, "read-timeout", lim.Read, "time to read a whole request")
	fs.DurationVar(&lim.Write, "write-timeout", lim.Write, "time to write an answer")
	fs.DurationVar(&lim.Idle, "idle-timeout", lim.Idle, "time a kept-alive connection may wait")
	fs.DurationVar(&lim.Shutdown, "shutdown-timeout", lim.Shutdown, "time for requests in flight to finish after SIGTERM")
	rest, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, serveSynopsis, stdout, stderr); !ok {
		return code
	}
	if len(rest) > 0 {
		linef(stderr, "dpakit serve: unexpected argument %q\n", rest[0])
		return exitUnusable
	}
	var h slog.Handler
	switch *logFormat {
	case "text":
		h = slog.NewTextHandler(stderr, nil)
	case "json":
		h = slog.NewJSONHandler(stderr, nil)
	default:
		linef(stderr, "dpakit serve: unknown log format %q; use text or json\n", *logFormat)
		return exitUnusable
	}
	log := slog.New(h)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		linef(stderr, "dpakit serve: %v\n", err)
		return exitUnusable
	}
	log.Info("listening", slog.String("addr", ln.Addr().String()))
	handler := server.New(server.Config{Logger: log, MaxBody: *maxBody, Renders: *renders})
	if err := server.Serve(ctx, ln, handler, lim, log); err != nil {
		log.Error("stopped", slog.String("error", err.Error()))
		return exitUnusable
	}
	log.Info("stopped")
	return exitOK
}
