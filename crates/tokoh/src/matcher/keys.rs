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

/// For each byte, the old-spelling digraphs it may start, one bit each
/// (`oe`, `dj`, `tj`, `nj`, `sj`, `ch`).
static DIGRAPH_FIRST: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b'o' as usize] = 1;
    table[b'd' as usize] = 2;
    table[b't' as usize] = 4;
    table[b'n' as usize] = 8;
    table[b's' as usize] = 16;
    table[b'c' as usize] = 32;
    table
};

/// For each byte, the old-spelling digraphs it may end, with the bits of
/// [`DIGRAPH_FIRST`].
static DIGRAPH_SECOND: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b'e' as usize] = 1;
    table[b'j' as usize] = 2 | 4 | 8 | 16;
    table[b'h' as usize] = 32;
    table
};

/// How the key of a normal form is made, as [`kind_of`] tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    /// The key is the normal form itself.
    Own,
    /// An ASCII word with an old-spelling digraph to fold.
    Digraphs,
    /// Any other word: [`key`] makes it.
    Other,
}

/// How the key of the normal form `bytes` is made, in one pass over them:
/// any non-ASCII byte, any old-spelling digraph, the final dot of an
/// abbreviation, a whole-word variant.
#[inline]
fn kind_of(bytes: &[u8], abbreviation: bool) -> KeyKind {
    let mut high = 0u8;
    let mut digraph = 0u8;
    let mut previous = 0u8;
    for &b in bytes {
        high |= b;
        digraph |= DIGRAPH_FIRST[previous as usize] & DIGRAPH_SECOND[b as usize];
        previous = b;
    }
    if high >= 0x80
        || (abbreviation && bytes.len() > 1 && previous == b'.')
        || bytes == b"kementrian"
    {
        KeyKind::Other
    } else if digraph == 0 {
        KeyKind::Own
    } else {
        KeyKind::Digraphs
    }
}

/// Whether the match key of the normal form `norm` is `norm` itself (as
/// for most words), so that it can be looked up without being copied.
#[inline]
pub(crate) fn is_own_key(norm: &str, abbreviation: bool) -> bool {
    kind_of(norm.as_bytes(), abbreviation) == KeyKind::Own
}

/// Appends the match key of a word whose normal form is `norm` to `out`:
/// the same bytes as [`key`], without an intermediate string for the
/// common case of an ASCII word.
#[inline]
pub(crate) fn push_key(norm: &str, abbreviation: bool, out: &mut Vec<u8>) {
    let bytes = norm.as_bytes();
    match kind_of(bytes, abbreviation) {
        KeyKind::Own => {
            out.extend_from_slice(bytes);
            return;
        }
        KeyKind::Other => {
            out.extend_from_slice(key(norm, abbreviation).as_bytes());
            return;
        }
        KeyKind::Digraphs => {}
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
        let mut plain: String = word
            .nfd()
            .filter(|&c| !is_combining_mark(c))
            .nfc()
            .collect();
        // Case folding beyond lower case (SPEC §3.2): the final sigma is a
        // sigma, and the sharp s is `ss` (`STRASSE` = `Straße`).
        if plain.contains(['ς', 'ß']) {
            plain = plain.replace('ς', "σ").replace('ß', "ss");
        }
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
            ("μητσοτάκης", false, "μητσοτακησ"),
            ("μητσοτακησ", false, "μητσοτακησ"),
            ("straße", false, "strasse"),
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

    /// Asserts that [`push_key`] gives [`key`]'s bytes for every word.
    fn assert_push_key_agrees<'a>(words: impl IntoIterator<Item = &'a str>) {
        for word in words {
            for abbreviation in [false, true] {
                let mut out = Vec::new();
                push_key(word, abbreviation, &mut out);
                let expected = key(word, abbreviation);
                assert_eq!(out, expected.as_bytes(), "{word} {abbreviation}");
                if is_own_key(word, abbreviation) {
                    assert_eq!(expected, word, "{word} {abbreviation}");
                }
            }
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
        assert_push_key_agrees(words);
    }

    #[test]
    fn push_key_agrees_with_key_on_every_short_word() {
        // Every word of up to four letters drawn from the digraphs' letters,
        // a vowel, a dot and an accented letter.
        let alphabet = ["o", "e", "d", "j", "t", "n", "s", "c", "h", "a", ".", "é"];
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.chars().count() == words.last().map_or(0, |l| l.chars().count()))
                .flat_map(|w| alphabet.iter().map(move |a| format!("{w}{a}")))
                .collect();
            words.extend(longer);
        }
        assert!(words.len() > 20_000);
        assert_push_key_agrees(words.iter().map(String::as_str));
    }

    #[test]
    fn own_keys_table() {
        let cases = [
            ("presiden", false, true),
            ("presiden", true, true),
            ("tbk.", false, true),
            ("tbk.", true, false),
            (".", true, true),
            ("soeharto", false, false),
            ("djakarta", false, false),
            ("mérida", false, false),
            ("kementrian", false, false),
            ("kementerian", false, true),
            ("", false, true),
        ];
        for (norm, abbreviation, own) in cases {
            assert_eq!(is_own_key(norm, abbreviation), own, "{norm} {abbreviation}");
            if own {
                assert_eq!(key(norm, abbreviation), norm, "{norm} {abbreviation}");
            }
        }
    }

    #[test]
    fn borrowed_when_unchanged() {
        assert!(matches!(key("presiden", false), Cow::Borrowed(_)));
    }
}
