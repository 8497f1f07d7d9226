//! The normalised form used for matching, with an alignment back to the
//! original text.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::chars::{is_dash, is_ignorable, is_separator};
use super::Span;

/// Folds one character of NFKC text into the normalised form, pushing the
/// result onto `out`. Returns nothing for characters that are dropped.
#[inline]
fn fold_char(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '`' => out.push('\''),
        '\t' | '\n' | '\r' | '\x0b' | '\x0c' => out.push(' '),
        _ if c.is_ascii() => out.push(c),
        // Turkish dotted capital I: plain `i`, not `i` + COMBINING DOT ABOVE,
        // so that `İstanbul` and `Istanbul` normalise alike.
        'İ' => out.push('i'),
        '‘' | '’' | '‚' | '‛' | 'ʼ' | '′' | '´' | 'ʻ' | '＇' => out.push('\''),
        '“' | '”' | '„' | '‟' | '″' | '＂' => out.push('"'),
        _ if is_dash(c) => out.push('-'),
        _ if is_ignorable(c) => {}
        _ if is_separator(c) => out.push(' '),
        _ if c.is_uppercase() || is_titlecase(c) => out.extend(c.to_lowercase()),
        _ => out.push(c),
    }
}

/// Titlecase letters (ǅ, ǈ, ǋ, ǲ, Greek with prosgegrammeni) have a
/// lower-case mapping but are neither upper nor lower case.
#[inline]
fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | 'ᾈ'..='ᾏ' | 'ᾘ'..='ᾟ' | 'ᾨ'..='ᾯ' | 'ᾼ' | 'ῌ' | 'ῼ')
}

/// Normalises `text` for matching: Unicode compatibility composition (NFKC),
/// full lower case (not only ASCII), curly quotes and apostrophes folded to
/// `'` and `"`, every dash folded to `-`, zero-width characters and soft
/// hyphens dropped, any white space folded to a single space character each.
///
/// Borrows when nothing changes, which is the common case for Indonesian
/// text.
///
/// If the result would be empty while `text` is not (text made only of
/// zero-width characters), `text` itself is returned, so the normal form of
/// a non-empty token is never empty.
///
/// # Examples
///
/// ```
/// use tokoh::text::normalize;
///
/// assert_eq!(normalize("Ma’ruf"), "ma'ruf");
/// assert_eq!(normalize("İSTANBUL"), "istanbul");
/// assert_eq!(normalize("ＫＰＫ"), "kpk"); // full-width letters
/// assert_eq!(normalize("1990–an"), "1990-an");
/// assert!(matches!(normalize("jakarta"), std::borrow::Cow::Borrowed(_)));
/// ```
#[must_use]
pub fn normalize(text: &str) -> Cow<'_, str> {
    // One pass over the bytes: is the text ASCII, and is it already normal?
    let mut fold = false;
    let mut non_ascii = false;
    for &b in text.as_bytes() {
        non_ascii |= b >= 0x80;
        fold |=
            b.is_ascii_uppercase() || matches!(b, b'`' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    }
    if !non_ascii {
        if !fold {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            fold_char(c, &mut out);
        }
        return Cow::Owned(out);
    }
    // Invisible characters go first, so that composition sees across them
    // (`e` + SOFT HYPHEN + COMBINING ACUTE is `é`).
    let visible: Cow<'_, str> = if text.chars().any(is_ignorable) {
        Cow::Owned(text.chars().filter(|&c| !is_ignorable(c)).collect())
    } else {
        Cow::Borrowed(text)
    };
    let mut out = String::with_capacity(text.len() + 4);
    if is_nfkc_quick(visible.chars()) == IsNormalized::Yes {
        for c in visible.chars() {
            fold_char(c, &mut out);
        }
    } else {
        for c in visible.nfkc() {
            fold_char(c, &mut out);
        }
    }
    // Folding can make new pairs to compose (`İ` + accent becomes `i` +
    // accent): compose once more, so that normalising is idempotent.
    if is_nfc_quick(out.chars()) != IsNormalized::Yes {
        out = out.nfc().collect();
    }
    if out.is_empty() {
        return Cow::Borrowed(text);
    }
    if out == text {
        return Cow::Borrowed(text);
    }
    Cow::Owned(out)
}

/// A normalised copy of a text that remembers, for every byte of the
/// normalised form, which byte span of the original it came from.
///
/// Normalisation can change lengths (`İ` is two bytes, its normal form `i`
/// one; `ﬁ` becomes `fi`); the alignment keeps offsets exact anyway, in the
/// manner of a "normalized string" with an alignment map.
///
/// # Examples
///
/// ```
/// use tokoh::text::NormalizedText;
/// use tokoh::Span;
///
/// let original = "Kota İstanbul";
/// let normalized = NormalizedText::new(original);
/// assert_eq!(normalized.as_str(), "kota istanbul");
/// let found = normalized.as_str().find("istanbul").unwrap();
/// let span = normalized.original_span(Span::new(found, found + "istanbul".len()));
/// assert_eq!(&original[span], "İstanbul");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormalizedText {
    text: String,
    /// For each byte of `text`, the original span of the character it came
    /// from (start, end).
    origin: Vec<(u32, u32)>,
}

impl NormalizedText {
    /// Normalises `original` as [`normalize`] does, one original character at
    /// a time, recording the alignment.
    ///
    /// Unlike [`normalize`], NFKC is applied per character (compatibility
    /// decomposition and re-composition of that character alone), so that
    /// every normalised byte has exactly one original character.
    ///
    /// Texts longer than 4 GiB are not supported (the alignment stores `u32`);
    /// offsets beyond that saturate.
    ///
    /// # Examples
    ///
    /// ```
    /// let n = tokoh::text::NormalizedText::new("ＡＢ");
    /// assert_eq!(n.as_str(), "ab");
    /// ```
    #[must_use]
    pub fn new(original: &str) -> NormalizedText {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut buf = String::new();
        let mut scratch = [0u8; 4];
        for (i, c) in original.char_indices() {
            let start = u32::try_from(i).unwrap_or(u32::MAX);
            let end = u32::try_from(i + c.len_utf8()).unwrap_or(u32::MAX);
            buf.clear();
            if c.is_ascii() {
                fold_char(c, &mut buf);
            } else {
                let single: &str = c.encode_utf8(&mut scratch);
                for d in single.nfkc() {
                    fold_char(d, &mut buf);
                }
            }
            text.push_str(&buf);
            origin.extend(std::iter::repeat_n((start, end), buf.len()));
        }
        NormalizedText { text, origin }
    }

    /// The normalised text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::text::NormalizedText::new("A").as_str(), "a");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a span of the normalised text back to the smallest span of the
    /// original text that covers every character it came from.
    ///
    /// An empty span maps to an empty span at the original position of its
    /// start (or the end of the original for a span at the end).
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{text::NormalizedText, Span};
    /// let n = NormalizedText::new("“Kami”");
    /// assert_eq!(n.as_str(), "\"kami\"");
    /// assert_eq!(n.original_span(Span::new(0, 1)), Span::new(0, 3));
    /// ```
    #[must_use]
    pub fn original_span(&self, span: Span) -> Span {
        let end_of_original = self.origin.last().map_or(0, |&(_, e)| e as usize);
        if span.is_empty() {
            let at = self
                .origin
                .get(span.start)
                .map_or(end_of_original, |&(s, _)| s as usize);
            return Span::new(at, at);
        }
        let start = self
            .origin
            .get(span.start)
            .map_or(end_of_original, |&(s, _)| s as usize);
        let end = span
            .end
            .checked_sub(1)
            .and_then(|last| self.origin.get(last))
            .map_or(end_of_original, |&(_, e)| e as usize);
        Span::new(start, end.max(start))
    }
}
