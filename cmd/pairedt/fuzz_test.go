package main

import (
	"bytes"
	"strings"
	"testing"
)

// fuzzArgs turns a fuzzed string into arguments: items separated by NUL,
// with every flag that would write or read a named file removed (-o, --out,
// --claims), so that the fuzzer only reads standard input.
func fuzzArgs(cmd, s string) []string {
	args := []string{cmd}
	if cmd != "check" {
		args = append(args, "-")
	}
	for i, a := range strings.Split(s, "\x00") {
		if i >= 16 {
			break
		}
		name := strings.TrimLeft(a, "-")
		if strings.HasPrefix(a, "-") && (strings.HasPrefix(name, "o") || strings.HasPrefix(name, "claims")) {
			continue
		}
		args = append(args, a)
	}
	return args
}

// FuzzRun runs whole commands on fuzzed flags and fuzzed standard input:
// every run ends with exit 0, 1 or 2, never a panic, and a failure always
// says why on stderr.
func FuzzRun(f *testing.F) {
	seeds := []struct {
		cmd  uint8
		args string
		in   string
	}{
		{0, "--before\x00a\x00--after\x00b", "a,b\n1,2\n2,4\n3,3\n"},
		{0, "--before\x00a\x00--after\x00b\x00--json\x00--alternative\x00less\x00--mu\x000,5", "a;b\r\n1,5;2\r\n2;4,25\r\n3;3\r\n"},
		{0, "--id\x00id\x00--time\x00t\x00--value\x00v\x00--before\x00pre\x00--after\x00post", "id,t,v\na,pre,1\nb,pre,2\na,post,3\nb,post,5\nc,pre,1\n"},
		{0, "--before\x00a\x00--after\x00b\x00--conf-level\x001.5", "a,b\n1,2\n"},
		{0, "--before\x00a\x00--after\x00b\x00--missing\x00NA,-99", "\xEF\xBB\xBFa\tb\n\"1\"\t2\nNA\t3\n-99\t4\n5\t5\n"},
		{1, "--before\x00a\x00--after\x00b\x00--levels\x00lo,mid,hi", "a,b\nlo,hi\nmid,hi\n1,2\nNA,3\nhi,hi\n"},
		{1, "--before\x00a\x00--after\x00b\x00--json\x00--levels\x00x,y\x00--codes\x000,1\x00--scores\x001,5", "a;b\n0;1\n1;1\nx;y\n"},
		{1, "--before\x00a\x00--after\x00b", "a,b\n1,2\n2,3\n3,3\n"},
		{2, "t(22) = -28.471, p = 0.000", ""},
		{2, "--before-counts\x0017,6,0\x00--after-counts\x004,0,19\x00--t\x00-28,471\x00--json", ""},
		{2, "nilai t:-28,471 dan probabilitasnya sebesar 0,000\x00--lang\x00id", ""},
	}
	for _, s := range seeds {
		f.Add(s.cmd, s.args, []byte(s.in))
	}
	f.Fuzz(func(t *testing.T, cmd uint8, args string, in []byte) {
		names := []string{"test", "freq", "check"}
		argv := fuzzArgs(names[int(cmd)%len(names)], args)
		var out, errb bytes.Buffer
		code := run(argv, bytes.NewReader(in), &out, &errb)
		switch code {
		case 0:
			if out.Len() == 0 && !strings.Contains(args, "-h") {
				t.Fatalf("%q: exit 0 without output", argv)
			}
		case 1, 2:
			if !strings.HasPrefix(errb.String(), "pairedt") && !strings.Contains(errb.String(), "Usage") {
				t.Fatalf("%q: exit %d, stderr %q", argv, code, errb.String())
			}
		default:
			t.Fatalf("%q: exit %d", argv, code)
		}
	})
}
