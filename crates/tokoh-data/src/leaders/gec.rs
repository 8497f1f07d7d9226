//! The Factbook's GEC (ex-FIPS 10-4) codes, which its file names use, mapped
//! to ISO 3166-1 alpha-2.
//!
//! Only sovereign states (and Taiwan) are listed: the heads of dependent
//! territories (governors, administrators, the sovereign's representative)
//! are left out. Each row carries the Factbook's own short name (its long
//! name where the short one is `none`), which a test compares with the
//! vendored data, so that a row can only map the country it says it maps.
//! Indonesia (`id`) is left out: its leaders are curated.

/// `(GEC code, ISO 3166-1 alpha-2, the Factbook's English name)`.
pub const GEC_TO_ISO: &[(&str, &str, &str)] = &[
    // Africa
    ("ag", "DZ", "Algeria"),
    ("ao", "AO", "Angola"),
    ("bc", "BW", "Botswana"),
    ("bn", "BJ", "Benin"),
    ("by", "BI", "Burundi"),
    ("cd", "TD", "Chad"),
    ("cf", "CG", "Congo (Brazzaville)"),
    ("cg", "CD", "DRC"),
    ("cm", "CM", "Cameroon"),
    ("cn", "KM", "Comoros"),
    ("ct", "CF", "Central African Republic"),
    ("cv", "CV", "Cabo Verde"),
    ("dj", "DJ", "Djibouti"),
    ("eg", "EG", "Egypt"),
    ("ek", "GQ", "Equatorial Guinea"),
    ("er", "ER", "Eritrea"),
    ("et", "ET", "Ethiopia"),
    ("ga", "GM", "The Gambia"),
    ("gb", "GA", "Gabon"),
    ("gh", "GH", "Ghana"),
    ("gv", "GN", "Guinea"),
    ("iv", "CI", "Côte d'Ivoire"),
    ("ke", "KE", "Kenya"),
    ("li", "LR", "Liberia"),
    ("lt", "LS", "Lesotho"),
    ("ly", "LY", "Libya"),
    ("ma", "MG", "Madagascar"),
    ("mi", "MW", "Malawi"),
    ("ml", "ML", "Mali"),
    ("mo", "MA", "Morocco"),
    ("mp", "MU", "Mauritius"),
    ("mr", "MR", "Mauritania"),
    ("mz", "MZ", "Mozambique"),
    ("ng", "NE", "Niger"),
    ("ni", "NG", "Nigeria"),
    ("od", "SS", "South Sudan"),
    ("pu", "GW", "Guinea-Bissau"),
    ("rw", "RW", "Rwanda"),
    ("se", "SC", "Seychelles"),
    ("sf", "ZA", "South Africa"),
    ("sg", "SN", "Senegal"),
    ("sl", "SL", "Sierra Leone"),
    ("so", "SO", "Somalia"),
    ("su", "SD", "Sudan"),
    ("to", "TG", "Togo"),
    ("tp", "ST", "Sao Tome and Principe"),
    ("ts", "TN", "Tunisia"),
    ("tz", "TZ", "Tanzania"),
    ("ug", "UG", "Uganda"),
    ("uv", "BF", "Burkina Faso"),
    ("wa", "NA", "Namibia"),
    ("wz", "SZ", "Eswatini"),
    ("za", "ZM", "Zambia"),
    ("zi", "ZW", "Zimbabwe"),
    // Australia and Oceania
    ("as", "AU", "Australia"),
    ("bp", "SB", "Solomon Islands"),
    ("fj", "FJ", "Fiji"),
    ("fm", "FM", "Federated States of Micronesia"),
    ("kr", "KI", "Kiribati"),
    ("nh", "VU", "Vanuatu"),
    ("nr", "NR", "Nauru"),
    ("nz", "NZ", "New Zealand"),
    ("ps", "PW", "Palau"),
    ("rm", "MH", "Marshall Islands"),
    ("tn", "TO", "Tonga"),
    ("tv", "TV", "Tuvalu"),
    ("ws", "WS", "Samoa"),
    // Central America and the Caribbean
    ("ac", "AG", "Antigua and Barbuda"),
    ("bb", "BB", "Barbados"),
    ("bf", "BS", "The Bahamas"),
    ("bh", "BZ", "Belize"),
    ("cs", "CR", "Costa Rica"),
    ("cu", "CU", "Cuba"),
    ("do", "DM", "Dominica"),
    ("dr", "DO", "The Dominican"),
    ("es", "SV", "El Salvador"),
    ("gj", "GD", "Grenada"),
    ("gt", "GT", "Guatemala"),
    ("ha", "HT", "Haiti"),
    ("ho", "HN", "Honduras"),
    ("jm", "JM", "Jamaica"),
    ("nu", "NI", "Nicaragua"),
    ("pm", "PA", "Panama"),
    ("sc", "KN", "Saint Kitts and Nevis"),
    ("st", "LC", "Saint Lucia"),
    ("td", "TT", "Trinidad and Tobago"),
    ("vc", "VC", "Saint Vincent and the Grenadines"),
    // Central Asia
    ("aj", "AZ", "Azerbaijan"),
    ("am", "AM", "Armenia"),
    ("gg", "GE", "Georgia"),
    ("kg", "KG", "Kyrgyzstan"),
    ("kz", "KZ", "Kazakhstan"),
    ("rs", "RU", "Russia"),
    ("ti", "TJ", "Tajikistan"),
    ("tx", "TM", "Turkmenistan"),
    ("uz", "UZ", "Uzbekistan"),
    // East and Southeast Asia
    ("bm", "MM", "Burma"),
    ("bx", "BN", "Brunei"),
    ("cb", "KH", "Cambodia"),
    ("ch", "CN", "China"),
    ("ja", "JP", "Japan"),
    ("kn", "KP", "North Korea"),
    ("ks", "KR", "South Korea"),
    ("la", "LA", "Laos"),
    ("mg", "MN", "Mongolia"),
    ("my", "MY", "Malaysia"),
    ("pp", "PG", "Papua New Guinea"),
    ("rp", "PH", "Philippines"),
    ("sn", "SG", "Singapore"),
    ("th", "TH", "Thailand"),
    ("tt", "TL", "Timor-Leste"),
    ("tw", "TW", "Taiwan"),
    ("vm", "VN", "Vietnam"),
    // Europe
    ("al", "AL", "Albania"),
    ("an", "AD", "Andorra"),
    ("au", "AT", "Austria"),
    ("be", "BE", "Belgium"),
    ("bk", "BA", "Bosnia and Herzegovina"),
    ("bo", "BY", "Belarus"),
    ("bu", "BG", "Bulgaria"),
    ("cy", "CY", "Cyprus"),
    ("da", "DK", "Denmark"),
    ("ei", "IE", "Ireland"),
    ("en", "EE", "Estonia"),
    ("ez", "CZ", "Czechia"),
    ("fi", "FI", "Finland"),
    ("fr", "FR", "France"),
    ("gm", "DE", "Germany"),
    ("gr", "GR", "Greece"),
    ("hr", "HR", "Croatia"),
    ("hu", "HU", "Hungary"),
    ("ic", "IS", "Iceland"),
    ("it", "IT", "Italy"),
    ("lg", "LV", "Latvia"),
    ("lh", "LT", "Lithuania"),
    ("lo", "SK", "Slovakia"),
    ("ls", "LI", "Liechtenstein"),
    ("lu", "LU", "Luxembourg"),
    ("md", "MD", "Moldova"),
    ("mj", "ME", "Montenegro"),
    ("mk", "MK", "North Macedonia"),
    ("mn", "MC", "Monaco"),
    ("mt", "MT", "Malta"),
    ("nl", "NL", "Netherlands"),
    ("no", "NO", "Norway"),
    ("pl", "PL", "Poland"),
    ("po", "PT", "Portugal"),
    ("ri", "RS", "Serbia"),
    ("ro", "RO", "Romania"),
    ("si", "SI", "Slovenia"),
    ("sm", "SM", "San Marino"),
    ("sp", "ES", "Spain"),
    ("sw", "SE", "Sweden"),
    ("sz", "CH", "Switzerland"),
    ("uk", "GB", "United Kingdom"),
    ("up", "UA", "Ukraine"),
    ("vt", "VA", "Holy See (Vatican City)"),
    // Middle East
    ("ae", "AE", "United Arab Emirates"),
    ("ba", "BH", "Bahrain"),
    ("ir", "IR", "Iran"),
    ("is", "IL", "Israel"),
    ("iz", "IQ", "Iraq"),
    ("jo", "JO", "Jordan"),
    ("ku", "KW", "Kuwait"),
    ("le", "LB", "Lebanon"),
    ("mu", "OM", "Oman"),
    ("qa", "QA", "Qatar"),
    ("sa", "SA", "Saudi Arabia"),
    ("sy", "SY", "Syria"),
    ("tu", "TR", "Turkey"),
    ("ym", "YE", "Yemen"),
    // North America
    ("ca", "CA", "Canada"),
    ("mx", "MX", "Mexico"),
    ("us", "US", "United States"),
    // South America
    ("ar", "AR", "Argentina"),
    ("bl", "BO", "Bolivia"),
    ("br", "BR", "Brazil"),
    ("ci", "CL", "Chile"),
    ("co", "CO", "Colombia"),
    ("ec", "EC", "Ecuador"),
    ("gy", "GY", "Guyana"),
    ("ns", "SR", "Suriname"),
    ("pa", "PY", "Paraguay"),
    ("pe", "PE", "Peru"),
    ("uy", "UY", "Uruguay"),
    ("ve", "VE", "Venezuela"),
    // South Asia
    ("af", "AF", "Afghanistan"),
    ("bg", "BD", "Bangladesh"),
    ("bt", "BT", "Bhutan"),
    ("ce", "LK", "Sri Lanka"),
    ("in", "IN", "India"),
    ("mv", "MV", "Maldives"),
    ("np", "NP", "Nepal"),
    ("pk", "PK", "Pakistan"),
];

/// The ISO code and English name of a GEC code, if it is listed.
#[must_use]
pub fn iso(gec: &str) -> Option<(&'static str, &'static str)> {
    GEC_TO_ISO
        .iter()
        .find(|(g, _, _)| *g == gec)
        .map(|(_, iso, name)| (*iso, *name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_on_both_sides() {
        let gec: HashSet<_> = GEC_TO_ISO.iter().map(|(g, _, _)| g).collect();
        let iso: HashSet<_> = GEC_TO_ISO.iter().map(|(_, i, _)| i).collect();
        assert_eq!(gec.len(), GEC_TO_ISO.len(), "a GEC code is listed twice");
        assert_eq!(iso.len(), GEC_TO_ISO.len(), "an ISO code is listed twice");
        for (g, i, _) in GEC_TO_ISO {
            assert!(
                g.len() == 2 && g.bytes().all(|b| b.is_ascii_lowercase()),
                "{g}"
            );
            assert!(
                i.len() == 2 && i.bytes().all(|b| b.is_ascii_uppercase()),
                "{i}"
            );
        }
    }

    #[test]
    fn known_codes_that_differ_between_gec_and_iso() {
        let cases = [
            ("rs", Some("RU")),
            ("ch", Some("CN")),
            ("uk", Some("GB")),
            ("gm", Some("DE")),
            ("sz", Some("CH")),
            ("cg", Some("CD")),
            ("cf", Some("CG")),
            ("id", None),
            ("gq", None),
        ];
        for (gec, expected) in cases {
            assert_eq!(iso(gec).map(|(i, _)| i), expected, "{gec}");
        }
    }
}
