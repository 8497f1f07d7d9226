//! Names as the Factbook writes them (`Vladimir Vladimirovich PUTIN`,
//! `S&eacute;bastien LECORNU`), turned into names as news writes them.

/// Decodes the HTML entities the Factbook uses (named Latin-1 letters,
/// quotes, numeric references) and removes tags. An unknown entity is left
/// as written, so that a check can reject it.
#[must_use]
pub fn plain_text(html: &str) -> String {
    let without_tags = strip_tags(html);
    let mut out = String::with_capacity(without_tags.len());
    let mut rest = without_tags.as_str();
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest
            .find(';')
            .filter(|&semi| semi <= 10)
            .and_then(|semi| decode_entity(&rest[1..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code);
    }
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("quot", '"'),
        ("apos", '\''),
        ("lt", '<'),
        ("gt", '>'),
        ("nbsp", ' '),
        ("rsquo", '\u{2019}'),
        ("lsquo", '\u{2018}'),
        ("rdquo", '\u{201D}'),
        ("ldquo", '\u{201C}'),
    ];
    if let Some((_, c)) = NAMED.iter().find(|(n, _)| *n == name) {
        return Some(*c);
    }
    // Latin-1 letters with a diacritic: `eacute`, `Ntilde`, `ccedil`, `ouml`.
    let (base, mark) = name.split_at(1);
    let base = base.chars().next()?;
    let combining = match mark {
        "acute" => '\u{301}',
        "grave" => '\u{300}',
        "circ" => '\u{302}',
        "tilde" => '\u{303}',
        "uml" => '\u{308}',
        "ring" => '\u{30A}',
        "cedil" => '\u{327}',
        _ => return None,
    };
    use unicode_normalization::UnicodeNormalization;
    let composed: String = [base, combining].iter().collect::<String>().nfc().collect();
    let mut chars = composed.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// Lower-case particles inside a family name written in capitals (`VAN DER
/// BELLEN` -> `Van der Bellen`, `MUHAMMAD BIN ZAYID` -> `Muhammad bin
/// Zayid`); the first word of the capitals keeps its capital.
const PARTICLES: &[&str] = &[
    "DE", "DA", "DO", "DOS", "DAS", "DEL", "DER", "DEN", "VAN", "VON", "BIN", "BINT", "IBN", "AL",
    "EL", "E", "Y",
];

/// Lower-case words allowed inside a name as the Factbook writes it.
const LOWER_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "der", "den", "van", "von", "bin", "bint", "ibn", "al",
    "el", "e", "i", "y", "la", "le",
];

/// A person's name, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The full name with the capitals normalised.
    pub full: String,
    /// The family name the Factbook marks in capitals, when it is not the
    /// whole name, not a regnal name and not a hyphenated half.
    pub family: Option<String>,
    /// A shorter form news uses, derived only by dropping a patronymic
    /// (`Vladimir Vladimirovich Putin` -> `Vladimir Putin`) or a middle
    /// initial (`Donald J. Trump` -> `Donald Trump`).
    pub common: Option<String>,
}

/// Why a name is not used.
pub type Rejection = String;

/// Normalises a name as the Factbook writes it, or says why it is not
/// used: honorifics and ranks (`Sir`, `Dr.`, `Gen.`), quotes, parentheses,
/// commas (`MARCOS, Jr.`), titles inside the name, lower-case words that are
/// not name particles, no word in capitals, a single word without a regnal
/// number.
pub fn normalise(raw: &str) -> Result<Name, Rejection> {
    const REJECTED_WORDS: &[&str] = &[
        "Sir",
        "Dame",
        "Dr.",
        "Gen.",
        "Col.",
        "Capt.",
        "Sr.",
        "Lt.",
        "Maj.",
        "General",
        "Archbishop",
        "Sheikh",
        "King",
        "Queen",
        "Sultan",
        "Prince",
        "President",
        "Minister",
        "of",
    ];
    if raw.contains(['"', '(', ')', ',', ';', '&', '[', ']'])
        || raw.chars().any(|c| c.is_ascii_digit())
    {
        return Err(format!(
            "name {raw:?} has punctuation the build does not interpret"
        ));
    }
    let words: Vec<&str> = raw.split(' ').filter(|w| !w.is_empty()).collect();
    if let Some(word) = words.iter().find(|w| REJECTED_WORDS.contains(w)) {
        return Err(format!("name {raw:?} contains {word:?}"));
    }
    if let Some(word) = words.iter().find(|w| {
        w.starts_with(char::is_lowercase)
            && !LOWER_PARTICLES.contains(w)
            && !w.starts_with("al-")
            && !w.starts_with("el-")
    }) {
        return Err(format!("name {raw:?} has the lower-case word {word:?}"));
    }
    let regnal = words.iter().skip(1).any(|w| is_roman(w));
    let caps: Vec<usize> = (0..words.len())
        .filter(|&i| is_capitals(words[i]) && !(i > 0 && is_roman(words[i])))
        .collect();
    let (Some(&first_caps), Some(&last_caps)) = (caps.first(), caps.last()) else {
        return Err(format!("name {raw:?} marks no family name in capitals"));
    };
    if words.len() == 1 {
        return Err(format!("name {raw:?} is a single word"));
    }
    let normalised: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && is_roman(w) {
                (*w).to_string()
            } else if is_capitals(w) {
                let inside_caps = i > first_caps && caps.contains(&(i - 1));
                if inside_caps && PARTICLES.contains(w) {
                    w.to_lowercase()
                } else {
                    title_case(w)
                }
            } else {
                mixed_case(w)
            }
        })
        .collect();
    let full = normalised.join(" ");
    let family_mixed = words[first_caps..=last_caps]
        .iter()
        .any(|w| w.contains('-') && !is_capitals(w));
    let family = normalised[first_caps..=last_caps].join(" ");
    let family = (!regnal && !family_mixed && family != full).then_some(family);
    Ok(Name {
        common: common_form(&normalised),
        full,
        family,
    })
}

/// `Vladimir Vladimirovich Putin` -> `Vladimir Putin`; `Donald J. Trump` ->
/// `Donald Trump`; nothing else.
fn common_form(words: &[String]) -> Option<String> {
    let [given, middle, family] = words else {
        return None;
    };
    let patronymic = ["vich", "vna", "ovych", "ivna"]
        .iter()
        .any(|end| middle.ends_with(end));
    let initial =
        middle.len() == 2 && middle.ends_with('.') && middle.starts_with(char::is_uppercase);
    (patronymic || initial).then(|| format!("{given} {family}"))
}

/// All letters in capitals, at least two letters (`PUTIN`, `NANDI-NDAITWAH`,
/// `MULI'AKA'AKA`).
fn is_capitals(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn is_roman(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// `PUTIN` -> `Putin`, `NANDI-NDAITWAH` -> `Nandi-Ndaitwah`, `MULI'AKA'AKA`
/// -> `Muli'aka'aka`.
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == '-';
    }
    out
}

/// A word partly in capitals (`Hoseini-KHAMENEI`, `al-BURHAN`): each part
/// in capitals title-cased, the others kept.
fn mixed_case(word: &str) -> String {
    word.split('-')
        .map(|part| {
            if is_capitals(part) {
                title_case(part)
            } else {
                part.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_made_plain() {
        let cases = [
            ("S&eacute;bastien LECORNU", "Sébastien LECORNU"),
            ("Mahamat Idriss D&Eacute;BY", "Mahamat Idriss DÉBY"),
            ("PE&Ntilde;A Palacios", "PEÑA Palacios"),
            ("Va&rsquo;aletoa", "Va\u{2019}aletoa"),
            (
                "Prime Minister X (since 5 August 2025) <br><br>",
                "Prime Minister X (since 5 August 2025)",
            ),
            ("A &unknown; B", "A &unknown; B"),
            ("&#233;&#xE9;", "éé"),
        ];
        for (html, expected) in cases {
            assert_eq!(plain_text(html), expected, "{html}");
        }
    }

    fn name(full: &str, family: Option<&str>, common: Option<&str>) -> Name {
        Name {
            full: full.into(),
            family: family.map(Into::into),
            common: common.map(Into::into),
        }
    }

    #[test]
    fn names_are_normalised() {
        let cases = [
            (
                "Vladimir Vladimirovich PUTIN",
                name(
                    "Vladimir Vladimirovich Putin",
                    Some("Putin"),
                    Some("Vladimir Putin"),
                ),
            ),
            (
                "Donald J. TRUMP",
                name("Donald J. Trump", Some("Trump"), Some("Donald Trump")),
            ),
            ("Keir STARMER", name("Keir Starmer", Some("Starmer"), None)),
            ("XI Jinping", name("Xi Jinping", Some("Xi"), None)),
            ("CHARLES III", name("Charles III", None, None)),
            ("CARL XVI GUSTAF", name("Carl XVI Gustaf", None, None)),
            (
                "Alexander VAN DER BELLEN",
                name("Alexander Van der Bellen", Some("Van der Bellen"), None),
            ),
            (
                "Marcelo REBELO DE SOUSA",
                name("Marcelo Rebelo de Sousa", Some("Rebelo de Sousa"), None),
            ),
            (
                "MUHAMMAD BIN ZAYID Al Nuhayyan",
                name(
                    "Muhammad bin Zayid Al Nuhayyan",
                    Some("Muhammad bin Zayid"),
                    None,
                ),
            ),
            (
                "Netumbo NANDI-NDAITWAH",
                name("Netumbo Nandi-Ndaitwah", Some("Nandi-Ndaitwah"), None),
            ),
            (
                "Jose Ulisses CORREIA e SILVA",
                name(
                    "Jose Ulisses Correia e Silva",
                    Some("Correia e Silva"),
                    None,
                ),
            ),
            ("HUN MANET", name("Hun Manet", None, None)),
        ];
        for (raw, expected) in cases {
            assert_eq!(normalise(raw), Ok(expected), "{raw}");
        }
    }

    #[test]
    fn doubtful_names_are_rejected() {
        for raw in [
            "Ferdinand \"BongBong\" MARCOS, Jr.",
            "Sir HASSANAL Bolkiah",
            "Sr. Gen. MIN AUNG HLAING",
            "Sultan IBRAHIM ibni al-Marhum Sultan Iskandar",
            "of the Swiss Confederation Guy PARMELIN",
            "Manuel Osa Nsue Nsua",
            "NARUHITO",
            "WILLEM-ALEXANDER",
            "WACHIRALONGKON; also spelled Vajiralongkorn",
            // The capitals are only half of a word: which part is the
            // family name is not certain.
            "Ali Hoseini-KHAMENEI",
        ] {
            assert!(normalise(raw).is_err(), "{raw}");
        }
    }
}
