// Command mangen writes scorecard's man pages: one page per command in
// section 1 (scorecard.1, scorecard-score.1, scorecard-framework-show.1…)
// and one per help topic in section 7 (scorecard-exit-codes.7…), made
// from the same help text as --help with cobra's doc package.
//
//	go run ./cmd/internal/mangen -out bin/man -version v1.2.3 -date 2026-11-20   # bin/man/man1, bin/man/man7
//
// It is a separate program so that the scorecard binary does not carry
// the man-page generator. 'make man' runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/inclusion-tools/scorecard/cmd/internal/manpages"
)

func main() {
	out := flag.String("out", "bin/man", "folder to write the pages to (man1 and man7 are made inside it)")
	version := flag.String("version", "dev", "version of scorecard, for the pages' footer")
	date := flag.String("date", "", "date of the pages, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)")
	flag.Parse()
	when, err := pageDate(*date)
	if err != nil {
		fmt.Fprintf(os.Stderr, "mangen: %v\n", err)
		os.Exit(2)
	}
	n, err := manpages.Write(*out, *version, when)
	if err != nil {
		fmt.Fprintf(os.Stderr, "mangen: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d man pages to %s\n", n, *out)
}

// pageDate is the date printed on the pages: the -date flag, else
// SOURCE_DATE_EPOCH (for reproducible builds), else today.
func pageDate(flagDate string) (time.Time, error) {
	if flagDate != "" {
		t, err := time.Parse(time.DateOnly, flagDate)
		if err != nil {
			return t, fmt.Errorf("-date %q: write it as YYYY-MM-DD", flagDate)
		}
		return t, nil
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		var sec int64
		if _, err := fmt.Sscan(s, &sec); err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds", s)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return time.Now().UTC(), nil
}
