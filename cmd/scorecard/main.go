// Command scorecard is a self-assessment scorecard for refugee inclusion
// practices, built on the UNHCR/MPG handbook "Effective inclusion of
// refugees". Run "scorecard --help" for its commands.
package main

import (
	"os"

	"github.com/inclusion-tools/scorecard/cmd/internal/cli"
)

func main() { os.Exit(cli.Main()) }
