// Package checklist defines assessment frameworks (key areas, checklists,
// quality dimensions and their indicators) and the answer files that
// record an assessment, and loads both from YAML strictly: every problem
// is reported with its file, line and column.
//
// It does no scoring (see package scoring) and no rendering (see package
// report), and it never prints.
package checklist
