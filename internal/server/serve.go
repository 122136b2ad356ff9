package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Limits are the HTTP server's bounds on a connection and on shutdown.
type Limits struct {
	ReadHeader     time.Duration // to read a request's headers: cuts off a slow-loris client
	Read           time.Duration // to read a whole request, body included
	Write          time.Duration // from the end of the headers to the end of the answer
	Idle           time.Duration // a kept-alive connection waiting for its next request
	Shutdown       time.Duration // for requests in flight to finish after the signal
	MaxHeaderBytes int           // the request line and headers together
}

// DefaultLimits are the limits of `dpakit serve`: a 64 MiB body read in
// 30 seconds is 2.2 MB/s, which any client on a network has.
var DefaultLimits = Limits{
	ReadHeader:     5 * time.Second,
	Read:           30 * time.Second,
	Write:          30 * time.Second,
	Idle:           60 * time.Second,
	Shutdown:       30 * time.Second,
	MaxHeaderBytes: 64 << 10,
}

// Serve answers requests on ln with h until ctx is done, then shuts down
// gracefully: it stops accepting connections, closes idle ones, lets the
// requests in flight finish within lim.Shutdown, and closes what is left
// after that. It returns nil after a clean shutdown and the error that
// stopped it otherwise. A zero field of lim takes its DefaultLimits value.
// log receives the server's own errors (a failed TLS handshake, a
// connection cut off); nil discards them.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, lim Limits, log *slog.Logger) error {
	lim = lim.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: lim.ReadHeader,
		ReadTimeout:       lim.Read,
		WriteTimeout:      lim.Write,
		IdleTimeout:       lim.Idle,
		MaxHeaderBytes:    lim.MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down", slog.Duration("grace", lim.Shutdown))
	sctx, cancel := context.WithTimeout(context.Background(), lim.Shutdown)
	defer cancel()
	err := srv.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		srv.Close()
	}
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.ReadHeader > 0 {
		d.ReadHeader = l.ReadHeader
	}
	if l.Read > 0 {
		d.Read = l.Read
	}
	if l.Write > 0 {
		d.Write = l.Write
	}
	if l.Idle > 0 {
		d.Idle = l.Idle
	}
	if l.Shutdown > 0 {
		d.Shutdown = l.Shutdown
	}
	if l.MaxHeaderBytes > 0 {
		d.MaxHeaderBytes = l.MaxHeaderBytes
	}
	return d
}
