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

/// Appends the match key of a word whose normal form is `norm` to `out`:
/// the same bytes as [`key`], without an intermediate string for the
/// common case of an ASCII word.
#[inline]
pub(crate) fn push_key(norm: &str, abbreviation: bool, out: &mut Vec<u8>) {
    let bytes = norm.as_bytes();
    let plain = norm.is_ascii()
        && !(abbreviation && bytes.len() > 1 && bytes.ends_with(b"."))
        && norm != "kementrian";
    if !plain {
        out.extend_from_slice(key(norm, abbreviation).as_bytes());
        return;
    }
    let has_digraph = bytes
        .windows(2)
        .any(|w| matches!(w, b"oe" | b"dj" | b"tj" | b"nj" | b"sj" | b"ch"));
    if !has_digraph {
        out.extend_from_slice(bytes);
        return;
    }
    // ASCII: fold the old-spelling digraphs while copying.
    let mut i = 0;
    while i < bytes.len() {
        if i + 1 < bytes.len() {
            let modern: Option<&[u8]> = match (bytes[i], bytes[i + 1]) {
                (b'o', b'e') => Some(b"u"),
                (b'd', b'j') => Some(b"j"),
                (b't', b'j') => Some(b"c"),
                (b'n', b'j') => Some(b"ny"),
                (b's', b'j') => Some(b"sy"),
                (b'c', b'h') => Some(b"kh"),
                _ => None,
            };
            if let Some(modern) = modern {
                out.extend_from_slice(modern);
                i += 2;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
}

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
    fn push_key_agrees_with_key() {
        let words = [
            "soeharto",
            "djakarta",
            "menjadi",
            "chairul",
            "tbk.",
            "kementrian",
            "mérida",
            "jakarta",
            ".",
            "oeoe",
            "njnj",
            "a",
            "",
            "x.",
        ];
        for word in words {
            for abbreviation in [false, true] {
                let mut out = Vec::new();
                push_key(word, abbreviation, &mut out);
                assert_eq!(
                    out,
                    key(word, abbreviation).as_bytes(),
                    "{word} {abbreviation}"
                );
            }
        }
    }

    #[test]
    fn borrowed_when_unchanged() {
        assert!(matches!(key("presiden", false), Cow::Borrowed(_)));
    }
}
