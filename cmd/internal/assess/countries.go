package assess

import "github.com/inclusion-tools/scorecard/checklist/locale"

// countryCodes are the ISO 3166-1 alpha-2 codes, plus XK for Kosovo (a
// user-assigned code in wide use in Europe), in code order.
var countryCodes = [...]string{
	"AD",
	"AE",
	"AF",
	"AG",
	"AI",
	"AL",
	"AM",
	"AO",
	"AQ",
	"AR",
	"AS",
	"AT",
	"AU",
	"AW",
	"AX",
	"AZ",
	"BA",
	"BB",
	"BD",
	"BE",
	"BF",
	"BG",
	"BH",
	"BI",
	"BJ",
	"BL",
	"BM",
	"BN",
	"BO",
	"BQ",
	"BR",
	"BS",
	"BT",
	"BV",
	"BW",
	"BY",
	"BZ",
	"CA",
	"CC",
	"CD",
	"CF",
	"CG",
	"CH",
	"CI",
	"CK",
	"CL",
	"CM",
	"CN",
	"CO",
	"CR",
	"CU",
	"CV",
	"CW",
	"CX",
	"CY",
	"CZ",
	"DE",
	"DJ",
	"DK",
	"DM",
	"DO",
	"DZ",
	"EC",
	"EE",
	"EG",
	"EH",
	"ER",
	"ES",
	"ET",
	"FI",
	"FJ",
	"FK",
	"FM",
	"FO",
	"FR",
	"GA",
	"GB",
	"GD",
	"GE",
	"GF",
	"GG",
	"GH",
	"GI",
	"GL",
	"GM",
	"GN",
	"GP",
	"GQ",
	"GR",
	"GS",
	"GT",
	"GU",
	"GW",
	"GY",
	"HK",
	"HM",
	"HN",
	"HR",
	"HT",
	"HU",
	"ID",
	"IE",
	"IL",
	"IM",
	"IN",
	"IO",
	"IQ",
	"IR",
	"IS",
	"IT",
	"JE",
	"JM",
	"JO",
	"JP",
	"KE",
	"KG",
	"KH",
	"KI",
	"KM",
	"KN",
	"KP",
	"KR",
	"KW",
	"KY",
	"KZ",
	"LA",
	"LB",
	"LC",
	"LI",
	"LK",
	"LR",
	"LS",
	"LT",
	"LU",
	"LV",
	"LY",
	"MA",
	"MC",
	"MD",
	"ME",
	"MF",
	"MG",
	"MH",
	"MK",
	"ML",
	"MM",
	"MN",
	"MO",
	"MP",
	"MQ",
	"MR",
	"MS",
	"MT",
	"MU",
	"MV",
	"MW",
	"MX",
	"MY",
	"MZ",
	"NA",
	"NC",
	"NE",
	"NF",
	"NG",
	"NI",
	"NL",
	"NO",
	"NP",
	"NR",
	"NU",
	"NZ",
	"OM",
	"PA",
	"PE",
	"PF",
	"PG",
	"PH",
	"PK",
	"PL",
	"PM",
	"PN",
	"PR",
	"PS",
	"PT",
	"PW",
	"PY",
	"QA",
	"RE",
	"RO",
	"RS",
	"RU",
	"RW",
	"SA",
	"SB",
	"SC",
	"SD",
	"SE",
	"SG",
	"SH",
	"SI",
	"SJ",
	"SK",
	"SL",
	"SM",
	"SN",
	"SO",
	"SR",
	"SS",
	"ST",
	"SV",
	"SX",
	"SY",
	"SZ",
	"TC",
	"TD",
	"TF",
	"TG",
	"TH",
	"TJ",
	"TK",
	"TL",
	"TM",
	"TN",
	"TO",
	"TR",
	"TT",
	"TV",
	"TW",
	"TZ",
	"UA",
	"UG",
	"UM",
	"US",
	"UY",
	"UZ",
	"VA",
	"VC",
	"VE",
	"VG",
	"VI",
	"VN",
	"VU",
	"WF",
	"WS",
	"XK",
	"YE",
	"YT",
	"ZA",
	"ZM",
	"ZW",
}

// countryName is a country's short name (CLDR's English one, with "and"
// for "&" and "Saint" for "St."), through the printer so that a catalog
// can translate it; "" for a code that is not in the list.
func countryName(p *locale.Printer, code string) string {
	switch code {
	case "AD":
		return p.Sprintf("Andorra")
	case "AE":
		return p.Sprintf("United Arab Emirates")
	case "AF":
		return p.Sprintf("Afghanistan")
	case "AG":
		return p.Sprintf("Antigua and Barbuda")
	case "AI":
		return p.Sprintf("Anguilla")
	case "AL":
		return p.Sprintf("Albania")
	case "AM":
		return p.Sprintf("Armenia")
	case "AO":
		return p.Sprintf("Angola")
	case "AQ":
		return p.Sprintf("Antarctica")
	case "AR":
		return p.Sprintf("Argentina")
	case "AS":
		return p.Sprintf("American Samoa")
	case "AT":
		return p.Sprintf("Austria")
	case "AU":
		return p.Sprintf("Australia")
	case "AW":
		return p.Sprintf("Aruba")
	case "AX":
		return p.Sprintf("Åland Islands")
	case "AZ":
		return p.Sprintf("Azerbaijan")
	case "BA":
		return p.Sprintf("Bosnia and Herzegovina")
	case "BB":
		return p.Sprintf("Barbados")
	case "BD":
		return p.Sprintf("Bangladesh")
	case "BE":
		return p.Sprintf("Belgium")
	case "BF":
		return p.Sprintf("Burkina Faso")
	case "BG":
		return p.Sprintf("Bulgaria")
	case "BH":
		return p.Sprintf("Bahrain")
	case "BI":
		return p.Sprintf("Burundi")
	case "BJ":
		return p.Sprintf("Benin")
	case "BL":
		return p.Sprintf("Saint Barthélemy")
	case "BM":
		return p.Sprintf("Bermuda")
	case "BN":
		return p.Sprintf("Brunei")
	case "BO":
		return p.Sprintf("Bolivia")
	case "BQ":
		return p.Sprintf("Caribbean Netherlands")
	case "BR":
		return p.Sprintf("Brazil")
	case "BS":
		return p.Sprintf("Bahamas")
	case "BT":
		return p.Sprintf("Bhutan")
	case "BV":
		return p.Sprintf("Bouvet Island")
	case "BW":
		return p.Sprintf("Botswana")
	case "BY":
		return p.Sprintf("Belarus")
	case "BZ":
		return p.Sprintf("Belize")
	case "CA":
		return p.Sprintf("Canada")
	case "CC":
		return p.Sprintf("Cocos (Keeling) Islands")
	case "CD":
		return p.Sprintf("Democratic Republic of the Congo")
	case "CF":
		return p.Sprintf("Central African Republic")
	case "CG":
		return p.Sprintf("Republic of the Congo")
	case "CH":
		return p.Sprintf("Switzerland")
	case "CI":
		return p.Sprintf("Côte d’Ivoire")
	case "CK":
		return p.Sprintf("Cook Islands")
	case "CL":
		return p.Sprintf("Chile")
	case "CM":
		return p.Sprintf("Cameroon")
	case "CN":
		return p.Sprintf("China")
	case "CO":
		return p.Sprintf("Colombia")
	case "CR":
		return p.Sprintf("Costa Rica")
	case "CU":
		return p.Sprintf("Cuba")
	case "CV":
		return p.Sprintf("Cape Verde")
	case "CW":
		return p.Sprintf("Curaçao")
	case "CX":
		return p.Sprintf("Christmas Island")
	case "CY":
		return p.Sprintf("Cyprus")
	case "CZ":
		return p.Sprintf("Czechia")
	case "DE":
		return p.Sprintf("Germany")
	case "DJ":
		return p.Sprintf("Djibouti")
	case "DK":
		return p.Sprintf("Denmark")
	case "DM":
		return p.Sprintf("Dominica")
	case "DO":
		return p.Sprintf("Dominican Republic")
	case "DZ":
		return p.Sprintf("Algeria")
	case "EC":
		return p.Sprintf("Ecuador")
	case "EE":
		return p.Sprintf("Estonia")
	case "EG":
		return p.Sprintf("Egypt")
	case "EH":
		return p.Sprintf("Western Sahara")
	case "ER":
		return p.Sprintf("Eritrea")
	case "ES":
		return p.Sprintf("Spain")
	case "ET":
		return p.Sprintf("Ethiopia")
	case "FI":
		return p.Sprintf("Finland")
	case "FJ":
		return p.Sprintf("Fiji")
	case "FK":
		return p.Sprintf("Falkland Islands")
	case "FM":
		return p.Sprintf("Micronesia")
	case "FO":
		return p.Sprintf("Faroe Islands")
	case "FR":
		return p.Sprintf("France")
	case "GA":
		return p.Sprintf("Gabon")
	case "GB":
		return p.Sprintf("United Kingdom")
	case "GD":
		return p.Sprintf("Grenada")
	case "GE":
		return p.Sprintf("Georgia")
	case "GF":
		return p.Sprintf("French Guiana")
	case "GG":
		return p.Sprintf("Guernsey")
	case "GH":
		return p.Sprintf("Ghana")
	case "GI":
		return p.Sprintf("Gibraltar")
	case "GL":
		return p.Sprintf("Greenland")
	case "GM":
		return p.Sprintf("Gambia")
	case "GN":
		return p.Sprintf("Guinea")
	case "GP":
		return p.Sprintf("Guadeloupe")
	case "GQ":
		return p.Sprintf("Equatorial Guinea")
	case "GR":
		return p.Sprintf("Greece")
	case "GS":
		return p.Sprintf("South Georgia and South Sandwich Islands")
	case "GT":
		return p.Sprintf("Guatemala")
	case "GU":
		return p.Sprintf("Guam")
	case "GW":
		return p.Sprintf("Guinea-Bissau")
	case "GY":
		return p.Sprintf("Guyana")
	case "HK":
		return p.Sprintf("Hong Kong")
	case "HM":
		return p.Sprintf("Heard and McDonald Islands")
	case "HN":
		return p.Sprintf("Honduras")
	case "HR":
		return p.Sprintf("Croatia")
	case "HT":
		return p.Sprintf("Haiti")
	case "HU":
		return p.Sprintf("Hungary")
	case "ID":
		return p.Sprintf("Indonesia")
	case "IE":
		return p.Sprintf("Ireland")
	case "IL":
		return p.Sprintf("Israel")
	case "IM":
		return p.Sprintf("Isle of Man")
	case "IN":
		return p.Sprintf("India")
	case "IO":
		return p.Sprintf("British Indian Ocean Territory")
	case "IQ":
		return p.Sprintf("Iraq")
	case "IR":
		return p.Sprintf("Iran")
	case "IS":
		return p.Sprintf("Iceland")
	case "IT":
		return p.Sprintf("Italy")
	case "JE":
		return p.Sprintf("Jersey")
	case "JM":
		return p.Sprintf("Jamaica")
	case "JO":
		return p.Sprintf("Jordan")
	case "JP":
		return p.Sprintf("Japan")
	case "KE":
		return p.Sprintf("Kenya")
	case "KG":
		return p.Sprintf("Kyrgyzstan")
	case "KH":
		return p.Sprintf("Cambodia")
	case "KI":
		return p.Sprintf("Kiribati")
	case "KM":
		return p.Sprintf("Comoros")
	case "KN":
		return p.Sprintf("Saint Kitts and Nevis")
	case "KP":
		return p.Sprintf("North Korea")
	case "KR":
		return p.Sprintf("South Korea")
	case "KW":
		return p.Sprintf("Kuwait")
	case "KY":
		return p.Sprintf("Cayman Islands")
	case "KZ":
		return p.Sprintf("Kazakhstan")
	case "LA":
		return p.Sprintf("Laos")
	case "LB":
		return p.Sprintf("Lebanon")
	case "LC":
		return p.Sprintf("Saint Lucia")
	case "LI":
		return p.Sprintf("Liechtenstein")
	case "LK":
		return p.Sprintf("Sri Lanka")
	case "LR":
		return p.Sprintf("Liberia")
	case "LS":
		return p.Sprintf("Lesotho")
	case "LT":
		return p.Sprintf("Lithuania")
	case "LU":
		return p.Sprintf("Luxembourg")
	case "LV":
		return p.Sprintf("Latvia")
	case "LY":
		return p.Sprintf("Libya")
	case "MA":
		return p.Sprintf("Morocco")
	case "MC":
		return p.Sprintf("Monaco")
	case "MD":
		return p.Sprintf("Moldova")
	case "ME":
		return p.Sprintf("Montenegro")
	case "MF":
		return p.Sprintf("Saint Martin")
	case "MG":
		return p.Sprintf("Madagascar")
	case "MH":
		return p.Sprintf("Marshall Islands")
	case "MK":
		return p.Sprintf("Macedonia")
	case "ML":
		return p.Sprintf("Mali")
	case "MM":
		return p.Sprintf("Myanmar (Burma)")
	case "MN":
		return p.Sprintf("Mongolia")
	case "MO":
		return p.Sprintf("Macao")
	case "MP":
		return p.Sprintf("Northern Mariana Islands")
	case "MQ":
		return p.Sprintf("Martinique")
	case "MR":
		return p.Sprintf("Mauritania")
	case "MS":
		return p.Sprintf("Montserrat")
	case "MT":
		return p.Sprintf("Malta")
	case "MU":
		return p.Sprintf("Mauritius")
	case "MV":
		return p.Sprintf("Maldives")
	case "MW":
		return p.Sprintf("Malawi")
	case "MX":
		return p.Sprintf("Mexico")
	case "MY":
		return p.Sprintf("Malaysia")
	case "MZ":
		return p.Sprintf("Mozambique")
	case "NA":
		return p.Sprintf("Namibia")
	case "NC":
		return p.Sprintf("New Caledonia")
	case "NE":
		return p.Sprintf("Niger")
	case "NF":
		return p.Sprintf("Norfolk Island")
	case "NG":
		return p.Sprintf("Nigeria")
	case "NI":
		return p.Sprintf("Nicaragua")
	case "NL":
		return p.Sprintf("Netherlands")
	case "NO":
		return p.Sprintf("Norway")
	case "NP":
		return p.Sprintf("Nepal")
	case "NR":
		return p.Sprintf("Nauru")
	case "NU":
		return p.Sprintf("Niue")
	case "NZ":
		return p.Sprintf("New Zealand")
	case "OM":
		return p.Sprintf("Oman")
	case "PA":
		return p.Sprintf("Panama")
	case "PE":
		return p.Sprintf("Peru")
	case "PF":
		return p.Sprintf("French Polynesia")
	case "PG":
		return p.Sprintf("Papua New Guinea")
	case "PH":
		return p.Sprintf("Philippines")
	case "PK":
		return p.Sprintf("Pakistan")
	case "PL":
		return p.Sprintf("Poland")
	case "PM":
		return p.Sprintf("Saint Pierre and Miquelon")
	case "PN":
		return p.Sprintf("Pitcairn Islands")
	case "PR":
		return p.Sprintf("Puerto Rico")
	case "PS":
		return p.Sprintf("Palestinian Territories")
	case "PT":
		return p.Sprintf("Portugal")
	case "PW":
		return p.Sprintf("Palau")
	case "PY":
		return p.Sprintf("Paraguay")
	case "QA":
		return p.Sprintf("Qatar")
	case "RE":
		return p.Sprintf("Réunion")
	case "RO":
		return p.Sprintf("Romania")
	case "RS":
		return p.Sprintf("Serbia")
	case "RU":
		return p.Sprintf("Russia")
	case "RW":
		return p.Sprintf("Rwanda")
	case "SA":
		return p.Sprintf("Saudi Arabia")
	case "SB":
		return p.Sprintf("Solomon Islands")
	case "SC":
		return p.Sprintf("Seychelles")
	case "SD":
		return p.Sprintf("Sudan")
	case "SE":
		return p.Sprintf("Sweden")
	case "SG":
		return p.Sprintf("Singapore")
	case "SH":
		return p.Sprintf("Saint Helena")
	case "SI":
		return p.Sprintf("Slovenia")
	case "SJ":
		return p.Sprintf("Svalbard and Jan Mayen")
	case "SK":
		return p.Sprintf("Slovakia")
	case "SL":
		return p.Sprintf("Sierra Leone")
	case "SM":
		return p.Sprintf("San Marino")
	case "SN":
		return p.Sprintf("Senegal")
	case "SO":
		return p.Sprintf("Somalia")
	case "SR":
		return p.Sprintf("Suriname")
	case "SS":
		return p.Sprintf("South Sudan")
	case "ST":
		return p.Sprintf("São Tomé and Príncipe")
	case "SV":
		return p.Sprintf("El Salvador")
	case "SX":
		return p.Sprintf("Sint Maarten")
	case "SY":
		return p.Sprintf("Syria")
	case "SZ":
		return p.Sprintf("Swaziland")
	case "TC":
		return p.Sprintf("Turks and Caicos Islands")
	case "TD":
		return p.Sprintf("Chad")
	case "TF":
		return p.Sprintf("French Southern Territories")
	case "TG":
		return p.Sprintf("Togo")
	case "TH":
		return p.Sprintf("Thailand")
	case "TJ":
		return p.Sprintf("Tajikistan")
	case "TK":
		return p.Sprintf("Tokelau")
	case "TL":
		return p.Sprintf("Timor-Leste")
	case "TM":
		return p.Sprintf("Turkmenistan")
	case "TN":
		return p.Sprintf("Tunisia")
	case "TO":
		return p.Sprintf("Tonga")
	case "TR":
		return p.Sprintf("Turkey")
	case "TT":
		return p.Sprintf("Trinidad and Tobago")
	case "TV":
		return p.Sprintf("Tuvalu")
	case "TW":
		return p.Sprintf("Taiwan")
	case "TZ":
		return p.Sprintf("Tanzania")
	case "UA":
		return p.Sprintf("Ukraine")
	case "UG":
		return p.Sprintf("Uganda")
	case "UM":
		return p.Sprintf("U.S. Outlying Islands")
	case "US":
		return p.Sprintf("United States")
	case "UY":
		return p.Sprintf("Uruguay")
	case "UZ":
		return p.Sprintf("Uzbekistan")
	case "VA":
		return p.Sprintf("Vatican City")
	case "VC":
		return p.Sprintf("Saint Vincent and Grenadines")
	case "VE":
		return p.Sprintf("Venezuela")
	case "VG":
		return p.Sprintf("British Virgin Islands")
	case "VI":
		return p.Sprintf("U.S. Virgin Islands")
	case "VN":
		return p.Sprintf("Vietnam")
	case "VU":
		return p.Sprintf("Vanuatu")
	case "WF":
		return p.Sprintf("Wallis and Futuna")
	case "WS":
		return p.Sprintf("Samoa")
	case "XK":
		return p.Sprintf("Kosovo")
	case "YE":
		return p.Sprintf("Yemen")
	case "YT":
		return p.Sprintf("Mayotte")
	case "ZA":
		return p.Sprintf("South Africa")
	case "ZM":
		return p.Sprintf("Zambia")
	case "ZW":
		return p.Sprintf("Zimbabwe")
	}
	return ""
}
