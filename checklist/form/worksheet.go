package form

// The layout of the spreadsheet worksheet (scorecard template --format
// xlsx), shared by its writer (report/xlsform) and its reader
// (checklist/importer).
//
// The answer sheet has one row per profile field, the routing question,
// each item, and each group's notes. Column A, hidden, holds each row's
// key: a profile field's name ("practice_name"), FieldRoute, an item's
// field name ("KA1-01"), or NotesKeyPrefix and a key of the answer file's
// notes ("notes:KA1"). The reader finds rows by these keys, never by
// position or by the words around them, so neither the language of the
// worksheet nor rows moved by a person change what is read.
//
// A very hidden sheet, WorksheetMeta, holds key/value rows: the format
// (WorksheetFormat), the framework's id and version, the name of the
// answer sheet, and the scope's sections and key areas.
const (
	WorksheetMeta   = "scorecard"
	WorksheetLists  = "lists"
	WorksheetFormat = "scorecard-worksheet 1"
	NotesKeyPrefix  = "notes:"

	MetaFormat    = "format"
	MetaFramework = "framework"
	MetaVersion   = "version"
	MetaSheet     = "sheet"
	MetaSections  = "sections"
	MetaAreas     = "key_areas"

	// Columns of the answer sheet, counted from 1.
	ColKey      = 1
	ColID       = 2
	ColQuestion = 3
	ColAnswer   = 4
	ColNote     = 5
	ColEvidence = 6
)
