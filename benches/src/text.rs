//! Small text helpers shared by the readers and the scorer.

/// White space that separates tokens: Unicode white space and the invisible
/// separators (ZERO WIDTH SPACE, WORD JOINER, BOM).
#[must_use]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// Quotation marks and apostrophes, straight and typographic.
#[must_use]
pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\u{2018}'..='\u{201f}' | '\u{2032}' | '\u{2033}' | '«' | '»'
    )
}

/// Hyphens and dashes.
#[must_use]
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}'
    )
}

/// The character that ends just before byte `pos` of `text`.
#[must_use]
pub fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

/// The character that starts at byte `pos` of `text`.
#[must_use]
pub fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// Byte offset of every character boundary, by character index: entry `i` is
/// the byte offset of character `i`, and the last entry is `text.len()`.
#[must_use]
pub fn char_to_byte_table(text: &str) -> Vec<usize> {
    let mut table: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    table.push(text.len());
    table
}
