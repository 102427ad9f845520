package article

import "strings"

// Sanitize cleans multi-line text from an untrusted source.
//
// TEMPORARY: only invalid UTF-8 is replaced; the full sanitiser replaces this.
func Sanitize(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// SanitizeLine cleans a one-line field (title, byline, feed fields).
//
// TEMPORARY: see Sanitize.
func SanitizeLine(s string) string {
	return strings.Join(strings.Fields(Sanitize(s)), " ")
}

// SafeURL returns u when it is an http, https or mailto link, else "".
//
// TEMPORARY: see Sanitize.
func SafeURL(u string) string {
	l := strings.ToLower(strings.TrimSpace(u))
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:") {
		return strings.TrimSpace(u)
	}
	return ""
}
