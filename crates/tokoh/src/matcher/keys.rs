//! Match keys: the form a word takes for matching, one step further than its
//! normal form. Gazetteer forms and document words go through the same
//! function, so that every spelling variation it folds matches both ways.
//!
//! On top of [`normalize`](crate::text::normalize) (lower case, NFKC,
//! quotes and dashes folded), a key drops accents (`Mérida` = `Merida`),
//! folds the old (pre-1972) spelling of names (`oe`/`u`, `dj`/`j`, `tj`/`c`,
//! `nj`/`ny`, `sj`/`sy`, `ch`/`kh`: `Soeharto` = `Suharto`, `Djakarta` =
//! `Jakarta`), the common misspelling `kementrian` (= `kementerian`), and the
//! final dot of an abbreviation (`Tbk.` = `Tbk`).

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Old-spelling digraphs and their modern forms, applied left to right.
const OLD_SPELLING: &[(&str, &str)] = &[
    ("oe", "u"),
    ("dj", "j"),
    ("tj", "c"),
    ("nj", "ny"),
    ("sj", "sy"),
    ("ch", "kh"),
];

/// Whole-word spelling variants.
const VARIANTS: &[(&str, &str)] = &[("kementrian", "kementerian")];

/// The match key of a word whose normal form is `norm`.
pub(crate) fn key(norm: &str, abbreviation: bool) -> Cow<'_, str> {
    let mut word: Cow<'_, str> = Cow::Borrowed(norm);
    if abbreviation && word.len() > 1 {
        if let Some(stripped) = word.strip_suffix('.') {
            word = Cow::Owned(stripped.to_owned());
        }
    }
    if !word.is_ascii() {
        let plain: String = word
            .nfd()
            .filter(|&c| !is_combining_mark(c))
            .nfc()
            .collect();
        word = Cow::Owned(plain);
    }
    if let Some(&(_, modern)) = VARIANTS.iter().find(|(old, _)| *old == word) {
        return Cow::Owned(modern.to_owned());
    }
    let bytes = word.as_bytes();
    let needs_folding = bytes
        .windows(2)
        .any(|w| matches!(w, b"oe" | b"dj" | b"tj" | b"nj" | b"sj" | b"ch"));
    if needs_folding {
        let mut folded = String::with_capacity(word.len());
        let mut rest: &str = &word;
        'outer: while !rest.is_empty() {
            for (old, modern) in OLD_SPELLING {
                if let Some(after) = rest.strip_prefix(old) {
                    folded.push_str(modern);
                    rest = after;
                    continue 'outer;
                }
            }
            let mut chars = rest.chars();
            if let Some(c) = chars.next() {
                folded.push(c);
            }
            rest = chars.as_str();
        }
        return Cow::Owned(folded);
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_table() {
        let cases = [
            ("soeharto", false, "suharto"),
            ("djakarta", false, "jakarta"),
            ("tjokroaminoto", false, "cokroaminoto"),
            ("njonja", false, "nyonya"),
            ("sjahrir", false, "syahrir"),
            ("chairul", false, "khairul"),
            ("mérida", false, "merida"),
            ("kementrian", false, "kementerian"),
            ("tbk.", true, "tbk"),
            ("tbk.", false, "tbk."),
            ("jakarta", false, "jakarta"),
            (".", true, "."),
        ];
        for (norm, abbreviation, expected) in cases {
            assert_eq!(key(norm, abbreviation), expected, "{norm}");
        }
    }

    #[test]
    fn borrowed_when_unchanged() {
        assert!(matches!(key("presiden", false), Cow::Borrowed(_)));
    }
}
