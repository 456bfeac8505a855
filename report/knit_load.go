package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"

	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
)

// loadAnalysis reads the data (and claims) files of s through fsys,
// relative to dir, the manuscript's directory inside fsys, with
// internal/load: the loader the command line's report shares.
func loadAnalysis(fsys fs.FS, dir string, s *AnalysisSpec) (*knitData, error) {
	name := path.Join(dir, path.Clean(s.Data))
	if err := checkPath(s.Data); err != nil || !fs.ValidPath(name) {
		return nil, &KnitError{Pos: s.posOf("data"), Kind: ErrUnsafePath, Msg: fmt.Sprintf("analysis %q: data %q: the file must be inside the manuscript's directory", s.Name, s.Data)}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &KnitError{Pos: s.posOf("data"), Kind: ErrData, Err: err, Msg: fmt.Sprintf("analysis %q: cannot open data %q: %v", s.Name, s.Data, pathErr(err))}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, &KnitError{Pos: s.posOf("data"), Kind: ErrData, Msg: fmt.Sprintf("analysis %q: data %q is a directory", s.Name, s.Data)}
	}
	h := sha256.New()
	d, err := load.Analyze(io.TeeReader(f, h), s.Data, s.loadSpec(), s.studyOptions())
	if err != nil {
		return nil, &KnitError{Pos: s.errorPos(err), Kind: ErrData, Err: err, Msg: fmt.Sprintf("analysis %q: %v", s.Name, err)}
	}
	_, _ = io.Copy(h, f) // the hash is of the whole file, whatever the loader read
	kd := &knitData{study: d.Study, variable: d.Variable, beforeLabel: d.BeforeLabel, afterLabel: d.AfterLabel,
		notes: d.Notes, prov: Provenance{DataName: s.Data, DataSHA256: hex.EncodeToString(h.Sum(nil))}}
	if s.Claims != "" {
		if kd.checks, err = loadClaims(fsys, dir, s); err != nil {
			return nil, err
		}
	}
	return kd, nil
}

// pathErr drops the *fs.PathError wrapping (its path repeats the name).
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadClaims reads and audits the claims file of s.
func loadClaims(fsys fs.FS, dir string, s *AnalysisSpec) ([]audit.Check, error) {
	at := s.posOf("claims")
	name := path.Join(dir, path.Clean(s.Claims))
	if !fs.ValidPath(name) {
		return nil, &KnitError{Pos: at, Kind: ErrUnsafePath, Msg: fmt.Sprintf("analysis %q: claims %q: the file must be inside the manuscript's directory", s.Name, s.Claims)}
	}
	b, err := readFile(fsys, name, audit.MaxClaimsSize)
	if err != nil {
		return nil, &KnitError{Pos: at, Kind: ErrData, Err: err, Msg: fmt.Sprintf("analysis %q: cannot read claims %q: %v", s.Name, s.Claims, pathErr(err))}
	}
	c, err := audit.ReadClaims(bytes.NewReader(b))
	if err != nil {
		return nil, &KnitError{Pos: at, Kind: ErrData, Err: err, Msg: fmt.Sprintf("analysis %q: claims %q: %v", s.Name, s.Claims, err)}
	}
	checks, err := audit.Audit(c)
	if err != nil {
		return nil, &KnitError{Pos: at, Kind: ErrData, Err: err, Msg: fmt.Sprintf("analysis %q: claims %q: %v", s.Name, s.Claims, err)}
	}
	return checks, nil
}

// loadSpec is the load.Spec of s.
func (s *AnalysisSpec) loadSpec() load.Spec {
	return load.Spec{Before: s.Before, After: s.After, ID: s.ID, Time: s.Time, Value: s.Value,
		Levels: s.Levels, Codes: s.Codes, Scores: s.Scores, Missing: s.Missing, Where: s.Where, Sheet: s.Sheet}
}

// studyOptions are the test options of s.
func (s *AnalysisSpec) studyOptions() pairedt.StudyOptions {
	return pairedt.StudyOptions{Options: pairedt.Options{Alternative: s.Alternative, Mu: s.Mu, ConfLevel: s.ConfLevel},
		Missing: s.Missing, Direction: s.Direction}
}

// errorPos is where in the header a loading error belongs: the key that
// names the missing column, levels: for a value that is no level, the
// data: line otherwise.
func (s *AnalysisSpec) errorPos(err error) Pos {
	var ce *csvin.Error
	if errors.As(err, &ce) && errors.Is(err, csvin.ErrMissingColumn) {
		for _, k := range []struct{ key, v string }{{"before", s.Before}, {"after", s.After}, {"id", s.ID}, {"time", s.Time}, {"value", s.Value}} {
			if k.v != "" && (k.v == ce.Column || k.v == ce.Found) {
				if s.ID != "" && s.Time != "" && (k.key == "before" || k.key == "after") {
					continue // long format: before/after are values, not columns
				}
				return s.posOf(k.key)
			}
		}
		if s.Where != "" {
			return s.posOf("where")
		}
	}
	switch {
	case errors.Is(err, pairedt.ErrUnknownLevel), errors.Is(err, pairedt.ErrLevels), errors.Is(err, load.ErrAmbiguousLevel), errors.Is(err, load.ErrNotCategory):
		if _, ok := s.pos["levels"]; ok {
			return s.posOf("levels")
		}
	case errors.Is(err, pairedt.ErrScores):
		return s.posOf("scores")
	case errors.Is(err, load.ErrSpec):
		return s.posOf("")
	case errors.Is(err, load.ErrOccasion):
		return s.posOf("before")
	}
	return s.posOf("data")
}
