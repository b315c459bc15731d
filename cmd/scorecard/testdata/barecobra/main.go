// Command barecobra is the yardstick for scorecard's start-up budget
// (SPEC §7): a cobra program that does nothing but answer --version.
package main

import (
	"os"

	"github.com/spf13/cobra"
)

func main() {
	cmd := &cobra.Command{Use: "bare", Version: "1.0.0", Run: func(*cobra.Command, []string) {}}
	if err := cmd.Execute(); err != nil {
		os.Exit(1)
	}
}
