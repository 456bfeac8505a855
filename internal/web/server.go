package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/pairedt/pairedt/internal/i18n"
)

// Limits and defaults of Config.
const (
	DefaultMaxUpload   = 32 << 20 // bytes of one uploaded file
	DefaultSessionTTL  = 60 * time.Minute
	DefaultMaxSessions = 64
	DefaultMaxMemory   = 512 << 20
	// MaxColumns is the most columns a data file may have.
	MaxColumns = 500
	// MaxLevels is the most ordered categories an outcome may have.
	MaxLevels = 50
	// MaxText is the most bytes of text the audit page checks.
	MaxText = 1 << 20
	// MaxDatasets is the most data sets one session keeps (the oldest is
	// dropped first).
	MaxDatasets = 8
	// maxForm bounds a form without a file (settings, language switch).
	maxForm = 64 << 10
)

// Config configures a Server. The zero value serves 127.0.0.1 with the
// default limits.
type Config struct {
	// Addr is the address the server listens on (host:port, as the
	// listener reports it); its host and port are accepted in the Host
	// header, with localhost and every IP address.
	Addr string
	// AllowedHosts are further host names (without port) accepted in the
	// Host header, such as the machine's name when serving a network.
	AllowedHosts []string
	// MaxUpload is the largest accepted data file or text file in bytes;
	// 0 means DefaultMaxUpload.
	MaxUpload int64
	// SessionTTL is how long a session lives without a request; 0 means
	// DefaultSessionTTL.
	SessionTTL time.Duration
	// MaxSessions is the most sessions kept at once (the least recently
	// used is dropped first); 0 means DefaultMaxSessions.
	MaxSessions int
	// MaxMemory bounds the bytes of all uploads held, over every session
	// (the oldest data set is dropped first); 0 means DefaultMaxMemory.
	MaxMemory int64
	// Version is the module version printed in reports' provenance.
	Version string
	// Now and Rand replace the clock and crypto/rand.Reader (tests).
	Now  func() time.Time
	Rand io.Reader
}

// Server is the web app: an http.Handler whose sessions live in memory.
// Create it with New; Close stops its session sweeper.
type Server struct {
	c       Config
	mux     *http.ServeMux
	mu      sync.Mutex
	byID    map[string]*session
	stop    chan struct{}
	stopped sync.Once
	samples []sample
}

// New returns a Server for c. It starts a goroutine that drops expired
// sessions every minute until Close.
func New(c Config) *Server {
	if c.MaxUpload <= 0 {
		c.MaxUpload = DefaultMaxUpload
	}
	if c.SessionTTL <= 0 {
		c.SessionTTL = DefaultSessionTTL
	}
	if c.MaxSessions <= 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.MaxMemory <= 0 {
		c.MaxMemory = DefaultMaxMemory
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Rand == nil {
		c.Rand = rand.Reader
	}
	if c.Version == "" {
		c.Version = "(devel)"
	}
	s := &Server{c: c, byID: map[string]*session{}, stop: make(chan struct{}), samples: samples()}
	s.routes()
	go s.sweeper()
	return s
}

// Close stops the sweeper and drops every session. It is safe to call
// more than once.
func (s *Server) Close() {
	s.stopped.Do(func() { close(s.stop) })
	s.mu.Lock()
	clear(s.byID)
	s.mu.Unlock()
}

func (s *Server) sweeper() {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.sweep()
		}
	}
}

// sweep drops the sessions idle for longer than SessionTTL.
func (s *Server) sweep() {
	now := s.c.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, ss := range s.byID {
		if now.Sub(ss.last) > s.c.SessionTTL {
			delete(s.byID, id)
		}
	}
}

// Sessions returns the number of live sessions.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.byID)
}

// session is one browser's state: its data sets and its language.
type session struct {
	id, csrf string
	last     time.Time
	lang     i18n.Lang // "" until the user switches: then Accept-Language decides
	mu       sync.Mutex
	sets     []*dataset // oldest first
}

const cookieName = "pairedt_session"

// token returns 16 random bytes in hex.
func (s *Server) token() string {
	var b [16]byte
	if _, err := io.ReadFull(s.c.Rand, b[:]); err != nil {
		panic(fmt.Sprintf("web: no random bytes: %v", err)) // crypto/rand does not fail on Linux
	}
	return hex.EncodeToString(b[:])
}

// session returns the request's session, creating one (and setting its
// cookie) when the request has none or an expired one.
func (s *Server) session(w http.ResponseWriter, r *http.Request) (ss *session, fresh bool) {
	now := s.c.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, err := r.Cookie(cookieName); err == nil {
		if ss = s.byID[c.Value]; ss != nil && now.Sub(ss.last) <= s.c.SessionTTL {
			ss.last = now
			return ss, false
		}
		delete(s.byID, c.Value)
	}
	if len(s.byID) >= s.c.MaxSessions {
		var oldest *session
		for _, o := range s.byID {
			if oldest == nil || o.last.Before(oldest.last) {
				oldest = o
			}
		}
		delete(s.byID, oldest.id)
	}
	ss = &session{id: s.token(), csrf: s.token(), last: now}
	s.byID[ss.id] = ss
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: ss.id, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	return ss, true
}

// hostAllowed reports whether the Host header names this server: an IP
// address, localhost, the listening host or one of AllowedHosts. A DNS
// rebinding attack reaches the server under the attacker's own domain
// name, which is none of these.
func (s *Server) hostAllowed(host string) bool {
	h := strings.TrimSuffix(hostname(host), ".")
	if h == "" {
		return false
	}
	if _, err := netip.ParseAddr(h); err == nil || strings.EqualFold(h, "localhost") {
		return true
	}
	if ah := hostname(s.c.Addr); ah != "" && strings.EqualFold(ah, h) {
		return true
	}
	for _, a := range s.c.AllowedHosts {
		if strings.EqualFold(a, h) {
			return true
		}
	}
	return false
}

// hostname is the host of a "host:port" (or "[v6]:port", or a host
// alone), without brackets.
func hostname(hostport string) string { return (&url.URL{Host: hostport}).Hostname() }

// sameOrigin reports whether a POST comes from a page of this server:
// Sec-Fetch-Site is not cross-site, and Origin (or, without it, Referer)
// when present has this request's host.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return false
	}
	check := func(raw string) bool {
		u, err := url.Parse(raw)
		return err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, r.Host)
	}
	if o := r.Header.Get("Origin"); o != "" {
		return check(o)
	}
	if ref := r.Header.Get("Referer"); ref != "" {
		return check(ref)
	}
	return true // no browser sends neither on a form POST; the CSRF token still decides
}

// csrfOK compares a form's token with the session's in constant time.
func csrfOK(ss *session, got string) bool {
	return subtle.ConstantTimeCompare([]byte(ss.csrf), []byte(got)) == 1
}

// contentSecurityPolicy is the policy of every page: only this server's
// own style sheet, script and images; no plugin, no base, forms only to
// this server, never framed. reportPolicy is the policy of the report's own
// HTML (WriteHTML: inline style, inline SVG, no script), shown in the
// report page's frame.
const (
	contentSecurityPolicy = "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'"
	reportPolicy          = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
)

// ServeHTTP checks the Host header, sets the security headers and
// dispatches the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	if !s.hostAllowed(r.Host) {
		s.fail(w, r, nil, http.StatusForbidden, func(ww *i18n.WebWords) string { return ww.ErrBadHost })
		return
	}
	s.mux.ServeHTTP(w, r)
}

// errTooLarge marks an upload past MaxUpload.
var errTooLarge = errors.New("upload too large")
