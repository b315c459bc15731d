//go:build !unix

package importer

import "errors"

func mkfifo(string) error { return errors.New("no named pipes") }
