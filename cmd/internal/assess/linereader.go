package assess

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxLine is the longest line accessible mode reads: as large as an
// answer file may be (10 MiB), so that a long note is never cut.
const MaxLine = 10 << 20

// LineReader hands out its input one line at a time, numbered from 1. A
// read waits for the line, for a stop request or for the context; at the
// end of input it says so, and no default answer ever comes out of an
// input that ran dry.
type LineReader struct {
	r     *bufio.Reader
	lines chan lineResult
	n     int
}

type lineResult struct {
	text string
	err  error
}

// errLongLine means a line of input was longer than MaxLine.
var errLongLine = errors.New("line too long")

// NewLineReader reads lines from r.
func NewLineReader(r io.Reader) *LineReader {
	return &LineReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// read returns the next line, without its line ending, and its number; at
// the end of input it returns io.EOF.
func (l *LineReader) read(ctx context.Context, stop <-chan struct{}) (string, int, error) {
	if l.lines == nil {
		l.lines = make(chan lineResult)
		go l.loop()
	}
	select {
	case res, ok := <-l.lines:
		if !ok {
			return "", l.n, io.EOF
		}
		l.n++
		return res.text, l.n, res.err
	case <-stop:
		return "", l.n, ErrInterrupted
	case <-ctx.Done():
		return "", l.n, ErrInterrupted
	}
}

// loop reads ahead one line at a time. It ends at the end of input, or
// after a line that is too long (which is handed out as an error).
func (l *LineReader) loop() {
	defer close(l.lines)
	for {
		text, err := readLine(l.r)
		if err == io.EOF && text == "" {
			return
		}
		if err != nil && err != io.EOF {
			l.lines <- lineResult{err: err}
			return
		}
		l.lines <- lineResult{text: text}
		if err == io.EOF {
			return
		}
	}
}

// readLine reads one line of at most MaxLine bytes, without "\n" or
// "\r\n". A last line without a line ending counts as a line.
func readLine(r *bufio.Reader) (string, error) {
	var buf bytes.Buffer
	for {
		chunk, err := r.ReadSlice('\n')
		if buf.Len()+len(chunk) > MaxLine+2 {
			return "", fmt.Errorf("%w: longer than %d MiB", errLongLine, MaxLine>>20)
		}
		buf.Write(chunk)
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF:
			if buf.Len() == 0 {
				return "", io.EOF
			}
			return strings.TrimRight(buf.String(), "\r\n"), io.EOF
		case err != nil:
			return "", err
		}
		return strings.TrimSuffix(strings.TrimSuffix(buf.String(), "\n"), "\r"), nil
	}
}
