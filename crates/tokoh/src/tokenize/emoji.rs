//! Emoji: one token per emoji, with its skin-tone modifiers, variation
//! selectors and zero-width-joiner sequences (`👨‍👩‍👧`), flags (`🇮🇩`) and
//! keycaps (`1️⃣`).

use unicode_segmentation::UnicodeSegmentation;

/// The end of the emoji starting at `p`: its extended grapheme cluster.
pub(crate) fn cluster(text: &str, p: usize, end: usize) -> usize {
    text[p..end]
        .graphemes(true)
        .next()
        .map_or(end, |g| p + g.len())
}

/// A keycap emoji at `p` (`1️⃣`, `#️⃣`): a digit, `#` or `*`, an optional
/// VARIATION SELECTOR-16, and COMBINING ENCLOSING KEYCAP.
pub(crate) fn keycap(text: &str, p: usize, end: usize) -> Option<usize> {
    let rest = &text[p..end];
    let mut chars = rest.char_indices().skip(1);
    let (i, c) = chars.next()?;
    let (i, c) = if c == '\u{fe0f}' {
        chars.next()?
    } else {
        (i, c)
    };
    (c == '\u{20e3}').then_some(p + i + c.len_utf8())
}
