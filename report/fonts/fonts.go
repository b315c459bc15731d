// Package fonts embeds the Noto fonts the PDF report draws Arabic-script,
// Hebrew and Ethiopic text with, and the Latin, Greek and Cyrillic letters
// the Go fonts lack (Vietnamese, Yoruba or Pinyin tone marks, IPA). They are Debian's fonts-noto-core files, unchanged, under the
// SIL Open Font License 1.1 (OFL.txt beside them); the PDF embeds only
// the glyphs a report uses.
package fonts

import _ "embed"

// Latin, Greek and Cyrillic beyond the Go fonts.
var (
	//go:embed NotoSans-Regular.ttf
	SansRegular []byte
	//go:embed NotoSans-Bold.ttf
	SansBold []byte
)

// Arabic script: Arabic, Persian, Pashto, Kurdish (Sorani), Urdu.
var (
	//go:embed NotoSansArabic-Regular.ttf
	ArabicRegular []byte
	//go:embed NotoSansArabic-Bold.ttf
	ArabicBold []byte
)

// Hebrew.
var (
	//go:embed NotoSansHebrew-Regular.ttf
	HebrewRegular []byte
	//go:embed NotoSansHebrew-Bold.ttf
	HebrewBold []byte
)

// Ethiopic: Amharic, Tigrinya.
var (
	//go:embed NotoSansEthiopic-Regular.ttf
	EthiopicRegular []byte
	//go:embed NotoSansEthiopic-Bold.ttf
	EthiopicBold []byte
)

// License is the text of the fonts' licence.
//
//go:embed OFL.txt
var License string
