package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs "pairedt serve args..." with a stop the test controls and
// returns the address it printed, its streams, its exit code channel and
// the stop.
func startServe(t *testing.T, args ...string) (url string, stdout, stderr *syncBuffer, code chan int, stop func()) {
	t.Helper()
	stopc := make(chan struct{})
	old := serveStop
	serveStop = func() (<-chan struct{}, func()) { return stopc, func() {} }
	t.Cleanup(func() { serveStop = old })
	pr, pw := io.Pipe()
	stdout, stderr = &syncBuffer{}, &syncBuffer{}
	code = make(chan int, 1)
	go func() {
		code <- run(append([]string{"serve"}, args...), nil, io.MultiWriter(stdout, pw), stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	go io.Copy(io.Discard, pr)
	if err != nil {
		t.Fatalf("no start line (%v); stderr: %s", err, stderr.String())
	}
	m := regexp.MustCompile(`^pairedt serve: open (http://[^ ]+/) in your browser \(Ctrl-C stops\)\n$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("start line %q", line)
	}
	var once sync.Once
	return m[1], stdout, stderr, code, func() { once.Do(func() { close(stopc) }) }
}

func TestServeStartsAndStops(t *testing.T) {
	url, stdout, stderr, code, stop := startServe(t, "--addr", "127.0.0.1:0")
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Upload your data") {
		t.Fatalf("GET %s: %d\n%.500s", url, resp.StatusCode, body)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	stop()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit %d; stderr %s", c, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.HasSuffix(stdout.String(), "pairedt serve: stopped\n") || stderr.String() != "" {
		t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
	}
	if _, err := http.Get(url); err == nil {
		t.Error("the server still answers after the stop")
	}
}

// TestServeSignal runs pairedt serve in a child process with main's signal
// handler installed, as the binary runs it, and stops it with SIGINT (what
// Ctrl-C sends): it shuts down cleanly, exit status 0.
func TestServeSignal(t *testing.T) {
	if os.Getenv("PAIREDT_SERVE_HELPER") == "1" {
		cleanupOnSignal()
		os.Exit(run([]string{"serve", "--addr", "127.0.0.1:0"}, nil, os.Stdout, os.Stderr))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeSignal$")
	cmd.Env = append(os.Environ(), "PAIREDT_SERVE_HELPER=1")
	out, _ := cmd.StdoutPipe()
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(out)
	line, err := br.ReadString('\n')
	m := regexp.MustCompile(`open (http://[^ ]+/) in`).FindStringSubmatch(line)
	if err != nil || m == nil {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("start line %q, %v; stderr %s", line, err, stderr.String())
	}
	resp, err := http.Get(m[1])
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cmd.Process.Signal(syscall.SIGINT)
	rest, _ := io.ReadAll(br)
	if err := cmd.Wait(); err != nil {
		t.Errorf("after SIGINT: %v; stderr %s", err, stderr.String())
	}
	if string(rest) != "pairedt serve: stopped\n" {
		t.Errorf("after the start line: %q; stderr %q", rest, stderr.String())
	}
}

func TestServeWarnsOffLoopback(t *testing.T) {
	_, _, stderr, code, stop := startServe(t, "--addr", "0.0.0.0:0")
	stop()
	<-code
	if !strings.Contains(stderr.String(), "warning: listening on 0.0.0.0:") || !strings.Contains(stderr.String(), "anyone who can reach this address") {
		t.Errorf("stderr %q", stderr.String())
	}
}

func TestServeOpen(t *testing.T) {
	var opened string
	old := openBrowser
	openBrowser = func(u string) error { opened = u; return nil }
	t.Cleanup(func() { openBrowser = old })
	url, _, _, code, stop := startServe(t, "--addr", "127.0.0.1:0", "--open")
	stop()
	<-code
	if opened != url {
		t.Errorf("opened %q, want %q", opened, url)
	}
}

func TestServeUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--addr", "nohost"}, `--addr "nohost": want host:port`},
		{[]string{"--addr", "127.0.0.1:99999"}, `port "99999"`},
		{[]string{"--max-upload", "0"}, "--max-upload 0: want 1 to 4096"},
		{[]string{"data.csv"}, `unexpected argument "data.csv"`},
		{[]string{"--addr", "127.0.0.1:1", "--addr", "127.0.0.1:2"}, "given twice"},
		{[]string{"--nope"}, "provided but not defined: -nope"},
	} {
		var stdout, stderr bytes.Buffer
		if c := run(append([]string{"serve"}, tc.args...), nil, &stdout, &stderr); c != exitUsage || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, c, stderr.String(), tc.want)
		}
	}
	// A port in use is an error naming it.
	url, _, _, code, stop := startServe(t, "--addr", "127.0.0.1:0")
	defer func() { stop(); <-code }()
	addr := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	var stdout, stderr bytes.Buffer
	if c := run([]string{"serve", "--addr", addr}, nil, &stdout, &stderr); c != exitUsage || !strings.Contains(stderr.String(), "cannot listen on "+addr) {
		t.Errorf("port in use: exit %d, stderr %q", c, stderr.String())
	}
}

func TestBrowserAddr(t *testing.T) {
	for in, want := range map[string]string{"0.0.0.0:80": "127.0.0.1:80", "[::]:8080": "127.0.0.1:8080", "127.0.0.1:1": "127.0.0.1:1", "[::1]:2": "[::1]:2", "bad": "bad"} {
		if got := browserAddr(in); got != want {
			t.Errorf("browserAddr(%q) = %q, want %q", in, got, want)
		}
	}
	for h, want := range map[string]bool{"localhost": true, "127.0.0.1": true, "::1": true, "127.1.2.3": true, "0.0.0.0": false, "192.168.0.1": false, "lab-pc": false} {
		if loopback(h) != want {
			t.Errorf("loopback(%q) = %v", h, !want)
		}
	}
}

// BenchmarkServeStart is pairedt serve from the command line to its first
// page served (listening, the start line, one GET of /) and back down.
func BenchmarkServeStart(b *testing.B) {
	t := &testing.T{}
	for b.Loop() {
		url, _, _, code, stop := startServe(t, "--addr", "127.0.0.1:0")
		resp, err := http.Get(url)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		stop()
		<-code
	}
}
