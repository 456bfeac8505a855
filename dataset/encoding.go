package dataset

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// codePageName maps the character_code of the SPSS machine integer info
// record (a Windows code page number, PSPP developer manual B.6) to an IANA
// name. Code 2 (7-bit ASCII) and 3 (8-bit ASCII) read as windows-1252, a
// superset of ASCII.
func codePageName(code int32) (string, error) {
	switch {
	case code == 65001:
		return "UTF-8", nil
	case code == 2 || code == 3 || code == 20127:
		return "windows-1252", nil
	case code == 1:
		return "", fmt.Errorf("%w: EBCDIC character code 1", ErrUnsupported)
	case code == 874 || (code >= 1250 && code <= 1258):
		return fmt.Sprintf("windows-%d", code), nil
	case code >= 28591 && code <= 28606:
		return fmt.Sprintf("ISO-8859-%d", code-28590), nil
	case code == 932:
		return "Shift_JIS", nil
	case code == 936:
		return "GBK", nil
	case code == 949:
		return "EUC-KR", nil
	case code == 950:
		return "Big5", nil
	case code == 20866:
		return "KOI8-R", nil
	case code == 437 || code == 850 || code == 852 || code == 855 || code == 858 || code == 860 || code == 862 || code == 863 || code == 865 || code == 866:
		return fmt.Sprintf("IBM%d", code), nil
	}
	return "", fmt.Errorf("%w: code page %d", ErrEncoding, code)
}

// lookupEncoding returns the decoder for an encoding name, nil for UTF-8
// (and its ASCII subset), which needs no decoding.
func lookupEncoding(name string) (*encoding.Decoder, string, error) {
	n := strings.TrimSpace(strings.TrimRight(name, "\x00 "))
	switch strings.ToUpper(n) {
	case "UTF-8", "UTF8":
		return nil, "UTF-8", nil
	case "US-ASCII", "ASCII", "ANSI_X3.4-1968":
		return charmap.Windows1252.NewDecoder(), n, nil
	}
	for _, find := range []func(string) (encoding.Encoding, error){
		ianaindex.IANA.Encoding, ianaindex.MIME.Encoding, htmlindex.Get,
	} {
		e, err := find(n)
		if err == nil && e != nil {
			if e == unicode.UTF8 {
				return nil, "UTF-8", nil
			}
			return e.NewDecoder(), n, nil
		}
	}
	return nil, "", fmt.Errorf("%w: %q", ErrEncoding, n)
}

// decodeText removes trailing spaces and NUL bytes (SPSS pads strings with
// spaces) and converts to UTF-8. Invalid UTF-8 becomes U+FFFD.
func decodeText(dec *encoding.Decoder, b []byte) string {
	b = bytes.TrimRight(b, " \x00")
	if len(b) == 0 {
		return ""
	}
	if dec == nil || isASCII(b) {
		if utf8.Valid(b) {
			return string(b)
		}
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	out, err := dec.Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
