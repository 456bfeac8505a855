package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/pairedt/pairedt/internal/web"
)

var serveCommand = &command{
	name:     "serve",
	synopsis: "pairedt serve [--addr 127.0.0.1:8080] [--open] [--max-upload MB]",
	about:    "local web app: upload data, click, read and download the report",
	help: `Starts a web app on this computer for analysing by clicking: upload a
data file (CSV, Excel .xlsx or SPSS .sav) or pick a sample, see its columns
and first rows, choose the before and after columns (or id, occasion and
value for long format), numbers or ordered categories with their order and
labels, the language, hypothesis, alpha, direction and a group filter; read
the report; download it as Word, HTML, Markdown, LaTeX, the charts, a zip of
everything or a manuscript template for pairedt knit. A second page checks
the numbers of an article's text (as "pairedt check --text"), each result
marked in place with its verdict. English and Indonesian, from the
browser's language, with a switch on every page.

Everything runs in this process: every page, style sheet and script is
inside the binary (no network, a Content-Security-Policy of default-src
'self'), uploads are held in memory only and forgotten after an hour
without use or when the program stops. The pages are plain HTML forms that
work without JavaScript.

It listens on the loopback address unless --addr names another (and then
warns: anyone who can reach that address can use the app); it refuses
requests whose Host header is not this server (DNS rebinding) and form
posts from other sites (Origin check and a per-session token). One line on
standard output gives the address; --open opens it in the browser. Ctrl-C
stops the server, letting requests in flight finish.`,
	example: `  $ pairedt serve
  pairedt serve: open http://127.0.0.1:8080/ in your browser (Ctrl-C stops)
  $ pairedt serve --addr 127.0.0.1:0 --open`,
	flags: func(fs *flag.FlagSet) { newServeConfig(fs) },
	run:   runServe,
}

type serveConfig struct {
	addr      string
	open      bool
	maxUpload int
}

func newServeConfig(fs *flag.FlagSet) *serveConfig {
	c := &serveConfig{}
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "`host:port` to listen on (port 0 picks a free one); a non-loopback host serves the network and prints a warning")
	fs.BoolVar(&c.open, "open", false, "open the app in the default browser")
	fs.IntVar(&c.maxUpload, "max-upload", web.DefaultMaxUpload>>20, "largest data file accepted, in `MB`")
	return c
}

// serveStop is what stops a running server: SIGINT, SIGTERM or SIGHUP (a
// test replaces it). main's handler of those signals (cleanupOnSignal,
// which exits at once) is reset first: serve writes no file to clean up,
// and it lets the requests in flight finish instead.
var serveStop = func() (<-chan struct{}, func()) {
	signal.Reset(os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	return ctx.Done(), cancel
}

func runServe(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	c := newServeConfig(fs)
	pos, err := parseArgs(e, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErrorf("unexpected argument %q (serve reads only flags)", pos[0])
	}
	if c.maxUpload < 1 || c.maxUpload > 4096 {
		return usageErrorf("--max-upload %d: want 1 to 4096 (MB)", c.maxUpload)
	}
	host, port, err := net.SplitHostPort(c.addr)
	if err != nil {
		return usageErrorf("--addr %q: want host:port, such as 127.0.0.1:8080", c.addr)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return usageErrorf("--addr %q: port %q is not a number from 0 to 65535", c.addr, port)
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", c.addr, err)
	}
	addr := ln.Addr().String()
	if _, p, err := net.SplitHostPort(addr); err == nil && host != "" {
		addr = net.JoinHostPort(host, p) // as asked: 0.0.0.0, not the [::] Go reports for it
	}
	var allowed []string
	if !loopback(host) {
		if h, err := os.Hostname(); err == nil {
			allowed = append(allowed, h)
		}
		fmt.Fprintf(e.stderr, "pairedt serve: warning: listening on %s, not on this computer only: anyone who can reach this address can use the app and see the data uploaded to it\n", addr)
	}
	srv := web.New(web.Config{Addr: addr, AllowedHosts: allowed, MaxUpload: int64(c.maxUpload) << 20, Version: version()})
	defer srv.Close()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	url := "http://" + browserAddr(addr) + "/"
	stop, cancel := serveStop()
	defer cancel()
	fmt.Fprintf(e.stdout, "pairedt serve: open %s in your browser (Ctrl-C stops)\n", url)
	if c.open {
		if err := openBrowser(url); err != nil {
			fmt.Fprintf(e.stderr, "pairedt serve: could not open a browser (%v); open %s yourself\n", err, url)
		}
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-stop:
	}
	ctx, cancelShutdown := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancelShutdown()
	if err := hs.Shutdown(ctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(e.stdout, "pairedt serve: stopped")
	return nil
}

// loopback reports whether host is a loopback address or localhost.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// browserAddr is addr as a browser reaches it: an unspecified host
// (0.0.0.0, ::) becomes 127.0.0.1.
func browserAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port)
}

// openBrowser opens url in the desktop's default browser.
var openBrowser = func(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}
