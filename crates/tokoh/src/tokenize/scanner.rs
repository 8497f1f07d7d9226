//! The scanning loop: cuts a text into chunks between separators, and each
//! chunk into tokens by asking the rule families, in order, whether a token
//! of theirs starts here.

use super::{
    abbreviations, clitics, emoji, hyphenation, numbers, web, Config, Norm, Token, TokenKind,
};
use crate::text::chars::{
    is_apostrophe, is_currency_sign, is_emoji_start, is_ignorable, is_mark, is_punctuation,
    is_separator, is_word_char,
};
use crate::text::{normalize, Span};

/// The character starting at byte `i` of `text` (which must be a char
/// boundary inside the text), with its length in bytes.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some(b as char);
    }
    text.get(i..)?.chars().next()
}

/// The end of the character starting at `i`.
#[inline]
pub(crate) fn next_boundary(text: &str, i: usize) -> usize {
    match char_at(text, i) {
        Some(c) => i + c.len_utf8(),
        None => text.len(),
    }
}

/// The character that ends right before byte `i`.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Byte classes: white space.
const SPACE: u8 = 1;
/// Byte classes: ASCII letters and digits.
const ALNUM: u8 = 2;
/// Bytes after which no rule extends a plain word: white space and
/// punctuation that never joins a word.
const ENDS_WORD: u8 = 4;
/// Lower-case ASCII letters.
const LOWER: u8 = 8;
/// ASCII letters.
const LETTER: u8 = 16;

/// The class of each byte (non-ASCII bytes have none).
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_lowercase() {
            table[i] = ALNUM | LOWER | LETTER;
        } else if b.is_ascii_uppercase() {
            table[i] = ALNUM | LETTER;
        } else if b.is_ascii_digit() {
            table[i] = ALNUM;
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
            table[i] = SPACE | ENDS_WORD;
        } else if matches!(
            b,
            b',' | b';'
                | b')'
                | b'('
                | b'"'
                | b'!'
                | b'?'
                | b']'
                | b'['
                | b'*'
                | b'&'
                | b'='
                | b'<'
                | b'>'
                | b'|'
        ) {
            table[i] = ENDS_WORD;
        }
        i += 1;
    }
    table
};

/// How many of the eight bytes of `chunk` (little-endian) are lower-case
/// ASCII letters before the first that is not: 8 when all are. A few word
/// operations instead of eight loads and tests.
#[inline]
fn lower_prefix(chunk: u64) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = chunk & LOW7;
    // Neither addition carries from one byte into the next (each byte of
    // `low` is at most 0x7f): the high bit of a byte of `at_least_a` is set
    // when the byte is `a` or above, that of `above_z` when it is above `z`.
    let at_least_a = low + 0x1f1f_1f1f_1f1f_1f1f;
    let above_z = low + 0x0505_0505_0505_0505;
    // Bytes of 0x80 and above (not ASCII) are never lower case.
    let lower = at_least_a & !above_z & !chunk & HIGH;
    ((!lower & HIGH).trailing_zeros() / 8) as usize
}

/// The end of the run of lower-case ASCII letters starting at `q`.
#[inline]
fn lower_run_end(bytes: &[u8], mut q: usize) -> usize {
    while let Some(chunk) = bytes.get(q..q + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let n = lower_prefix(u64::from_le_bytes(word));
        q += n;
        if n < 8 {
            return q;
        }
    }
    while q < bytes.len() && BYTE_CLASS[bytes[q] as usize] & LOWER != 0 {
        q += 1;
    }
    q
}

/// The run of ASCII letters starting at `p`: its end, and whether it has an
/// upper-case letter.
#[inline]
fn ascii_letters(bytes: &[u8], p: usize) -> (usize, bool) {
    let mut q = p;
    let mut upper = false;
    loop {
        // Runs of lower-case letters, the bulk of any text.
        q = lower_run_end(bytes, q);
        match bytes.get(q) {
            Some(&b) if BYTE_CLASS[b as usize] & LETTER != 0 => {
                upper = true;
                q += 1;
            }
            _ => break,
        }
    }
    (q, upper)
}

/// Whether the ASCII letters `p..q` may be a currency written with letters
/// (`Rp`, `USD`): those are left to the rules.
#[inline]
fn may_be_currency(text: &str, p: usize, q: usize, upper: bool) -> bool {
    let len = q - p;
    if upper {
        (len == 2 || len == 3) && numbers::currency_word(text, p, q, q).is_some()
    } else {
        len == 2 && &text.as_bytes()[p..q] == b"rp"
    }
}

/// A word of ASCII letters that ends at the end of the text or before a
/// byte that no rule continues a word with. Currencies written with letters
/// (`Rp`, `USD`) are left to the rules. Returns its end and whether it has
/// an upper-case letter.
#[inline]
fn plain_word(text: &str, p: usize) -> Option<(usize, bool)> {
    let bytes = text.as_bytes();
    let (q, upper) = ascii_letters(bytes, p);
    if q == p || (q < bytes.len() && BYTE_CLASS[bytes[q] as usize] & ENDS_WORD == 0) {
        return None;
    }
    if may_be_currency(text, p, q, upper) {
        return None;
    }
    Some((q, upper))
}

/// A word of ASCII letters followed by a full stop and then white space or
/// the end of the text: the last word of a sentence, or an abbreviation
/// (`Jl.`, `dll.`, `H.`). Currencies (`Rp.`) are left to the rules; no web
/// form or dotted abbreviation (`S.H.`) can start here, as they need more
/// than white space after the dot, so only the abbreviation inventory and
/// the initials rule decide. Returns the end of the word and whether it has
/// an upper-case letter.
#[inline]
fn word_before_full_stop(text: &str, p: usize) -> Option<(usize, bool)> {
    let bytes = text.as_bytes();
    let (q, upper) = ascii_letters(bytes, p);
    let after_dot = bytes.get(q + 1).map_or(0, |&b| BYTE_CLASS[b as usize]);
    if q == p
        || bytes.get(q) != Some(&b'.')
        || (q + 1 < bytes.len() && after_dot & SPACE == 0)
        || may_be_currency(text, p, q, upper)
    {
        return None;
    }
    Some((q, upper))
}

/// A run of ASCII digits that is a plain number: followed by the end of the
/// text or by a byte that no number rule continues with (white space, a
/// bracket; not a comma, which may start decimals). Returns its end.
#[inline]
fn plain_number(bytes: &[u8], p: usize) -> Option<usize> {
    let q = p + bytes[p..]
        .iter()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(bytes.len() - p);
    match bytes.get(q) {
        _ if q == p => None,
        None => Some(q),
        Some(&b) if BYTE_CLASS[b as usize] & ENDS_WORD != 0 && b != b',' => Some(q),
        Some(_) => None,
    }
}

/// A single ASCII punctuation character that forms a token of its own: not
/// the start of a run of the same character, not followed by a combining
/// mark, and not one that starts another rule (`@`, `#`, `$`, `.`, `-`).
#[inline]
fn plain_punct(bytes: &[u8], p: usize) -> Option<usize> {
    let b = bytes[p];
    if !matches!(
        b,
        b',' | b';' | b':' | b'(' | b')' | b'"' | b'\'' | b'!' | b'?' | b'[' | b']' | b'/' | b'.'
    ) {
        return None;
    }
    let next = bytes.get(p + 1).copied().unwrap_or(b' ');
    if next >= 0x80
        || next == b
        || (matches!(b, b'!' | b'?' | b'.') && matches!(next, b'.' | b'!' | b'?'))
    {
        return None;
    }
    Some(p + 1)
}

/// The end of the chunk (the run without separators) that `p` lies in.
pub(crate) fn chunk_end(text: &str, p: usize) -> usize {
    text[p..]
        .char_indices()
        .find(|&(_, c)| is_separator(c))
        .map_or(text.len(), |(i, _)| p + i)
}

/// Scans a word core from `p` (which holds a word character): letters,
/// digits and combining marks, with apostrophes between letters (`Ma'ruf`)
/// and invisible joiners between word characters. Returns its end.
#[inline]
pub(crate) fn scan_core(text: &str, p: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut q = p;
    loop {
        // The common case: a run of ASCII letters and digits.
        while q < end && BYTE_CLASS[bytes[q] as usize] & ALNUM != 0 {
            q += 1;
        }
        if q >= end {
            return q;
        }
        let b = bytes[q];
        if b < 0x80 {
            if (b == b'\'' || b == b'`') && inner_apostrophe(text, p, q, end) {
                q += 1;
                continue;
            }
            return q;
        }
        let Some(c) = char_at(text, q) else { return q };
        let len = c.len_utf8();
        let joiner = is_ignorable(c)
            && q > p
            && q + len < end
            && char_at(text, q + len).is_some_and(is_word_char);
        if is_word_char(c) || joiner || (is_apostrophe(c) && inner_apostrophe(text, p, q, end)) {
            q += len;
        } else {
            return q;
        }
    }
}

/// Whether the apostrophe at `q` stands between two letters of one word.
#[inline]
fn inner_apostrophe(text: &str, p: usize, q: usize, end: usize) -> bool {
    if q == p {
        return false;
    }
    let after = next_boundary(text, q);
    after < end
        && char_before(text, q).is_some_and(char::is_alphabetic)
        && char_at(text, after).is_some_and(char::is_alphabetic)
}

pub(crate) struct Scanner<'t, 'o> {
    text: &'t str,
    config: &'o Config,
    out: &'o mut Vec<Token<'t>>,
}

impl<'t, 'o> Scanner<'t, 'o> {
    pub(crate) fn new(text: &'t str, config: &'o Config, out: &'o mut Vec<Token<'t>>) -> Self {
        Scanner { text, config, out }
    }

    pub(crate) fn run(mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut p = 0;
        while p < n {
            // Skip separators.
            let b = bytes[p];
            if b < 0x80 {
                if BYTE_CLASS[b as usize] & SPACE != 0 {
                    p += 1;
                    continue;
                }
            } else if let Some(c) = char_at(text, p) {
                if is_separator(c) {
                    p += c.len_utf8();
                    continue;
                }
            }
            // Fast path: a plain lower-case or capitalised ASCII word ending
            // where no rule could extend it. Gives what the rules below give.
            if let Some((q, upper)) = plain_word(text, p) {
                debug_assert_eq!(
                    self.next_token(p, n),
                    (q, TokenKind::Word),
                    "fast path differs at {p}: {:?}",
                    text.get(p..(p + 30).min(n))
                );
                self.push_plain_word(p, q, upper);
                p = q;
                continue;
            }
            if let Some((q, upper)) = word_before_full_stop(text, p) {
                let (end, kind) = self.word_or_abbreviation(p, q, upper);
                debug_assert_eq!(
                    self.next_token(p, n),
                    (end, kind),
                    "full stop fast path differs at {p}"
                );
                p = end;
                continue;
            }
            if let Some(q) = plain_number(bytes, p) {
                debug_assert_eq!(
                    self.next_token(p, n),
                    (q, TokenKind::Number),
                    "number fast path differs at {p}"
                );
                let span = Span::new(p, q);
                self.emit(|| {
                    Token::new(span, TokenKind::Number, Norm::borrowed(&text[span]), None)
                });
                p = q;
                continue;
            }
            if let Some(q) = plain_punct(bytes, p) {
                debug_assert_eq!(
                    self.next_token(p, n),
                    (q, TokenKind::Punct),
                    "punct fast path differs at {p}"
                );
                let span = Span::new(p, q);
                self.emit(|| Token::new(span, TokenKind::Punct, Norm::borrowed(&text[span]), None));
                p = q;
                continue;
            }
            // Rules never consume a separator, so the text's end bounds them;
            // those that run to the end of a chunk (URLs) find it themselves.
            let (q, kind) = self.next_token(p, n);
            // Every rule consumes at least one character; guard anyway so
            // that a rule bug can never loop forever.
            let q = if q > p { q } else { next_boundary(text, p) };
            self.push(p, q, kind);
            p = q;
        }
    }

    /// Appends the token that `make` builds. `extend` with `once_with`
    /// makes room first and then has the token built right in the vector;
    /// `push` would build it on the stack and copy it over, a copy whose wide
    /// loads wait on the narrow stores just made (a store-forwarding stall
    /// at every token, measured at a tenth of the tokenizer's time).
    #[inline(always)]
    fn emit(&mut self, make: impl FnOnce() -> Token<'t>) {
        self.out.extend(std::iter::once_with(make));
    }

    /// Pushes a word found by [`plain_word`]: a lower-case word is its own
    /// normal form; a capitalised one is lower-cased.
    #[inline]
    fn push_plain_word(&mut self, start: usize, end: usize, upper: bool) {
        let span = Span::new(start, end);
        let surface = &self.text[span];
        // Only a word that ends like a clitic as written can split.
        let clitic = clitics::ends_like_clitic(surface);
        if upper {
            let norm = Norm::ascii_lowercase(surface);
            let words = if clitic {
                clitics::words_of(surface, &norm, span, self.config, true)
            } else {
                None
            };
            self.emit(|| Token::new(span, TokenKind::Word, norm, words));
        } else {
            let words = if clitic {
                clitics::words_of(surface, surface, span, self.config, true)
            } else {
                None
            };
            self.emit(|| Token::new(span, TokenKind::Word, Norm::borrowed(surface), words));
        }
    }

    /// Pushes the word `start..end` found by [`word_before_full_stop`]: an
    /// abbreviation with its dot when it is one, else the word alone (the dot
    /// becomes a token of its own next). Returns the token's end and kind.
    fn word_or_abbreviation(
        &mut self,
        start: usize,
        end: usize,
        upper: bool,
    ) -> (usize, TokenKind) {
        let span = Span::new(start, end);
        let surface = &self.text[span];
        let initial = upper && surface.len() == 1;
        if initial || abbreviations::position(surface, self.config).is_some() {
            self.push(start, end + 1, TokenKind::Abbreviation);
            return (end + 1, TokenKind::Abbreviation);
        }
        let norm = if upper {
            Norm::ascii_lowercase(surface)
        } else {
            Norm::borrowed(surface)
        };
        // As for any word the rules find: the normal form decides whether
        // it ends like a clitic (it has no hyphen or apostrophe).
        let words = if clitics::ends_like_clitic(&norm) {
            clitics::words_of(surface, &norm, span, self.config, true)
        } else {
            None
        };
        self.emit(|| Token::new(span, TokenKind::Word, norm, words));
        (end, TokenKind::Word)
    }

    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        let span = Span::new(start, end);
        let surface = &self.text[span];
        let norm = match kind {
            TokenKind::Emoji => Norm::borrowed(surface),
            _ => Norm::from_cow(normalize(surface)),
        };
        let words = match kind {
            TokenKind::Word => clitics::words_of(surface, &norm, span, self.config, false),
            _ => None,
        };
        self.emit(|| Token::new(span, kind, norm, words));
    }

    fn next_token(&self, p: usize, end: usize) -> (usize, TokenKind) {
        let text = self.text;
        let Some(c) = char_at(text, p) else {
            return (end, TokenKind::Symbol);
        };
        if is_word_char(c) && !is_mark(c) {
            if c.is_ascii_digit() {
                if let Some(q) = emoji::keycap(text, p, end) {
                    return (q, TokenKind::Emoji);
                }
                return numbers::number(text, p, end, self.config);
            }
            return self.word(p, end);
        }
        match c {
            '@' => {
                if let Some(q) = web::mention(text, p, end) {
                    return (q, TokenKind::Mention);
                }
            }
            '#' => {
                if let Some(q) = emoji::keycap(text, p, end) {
                    return (q, TokenKind::Emoji);
                }
                if let Some(q) = web::hashtag(text, p, end) {
                    return (q, TokenKind::Hashtag);
                }
            }
            _ => {}
        }
        if is_emoji_start(c) {
            return (emoji::cluster(text, p, end), TokenKind::Emoji);
        }
        let after = p + c.len_utf8();
        if is_currency_sign(c) {
            return (absorb_marks(text, after, end), TokenKind::Currency);
        }
        if is_mark(c) || is_ignorable(c) {
            return (absorb_marks(text, after, end), TokenKind::Symbol);
        }
        if is_punctuation(c) {
            return (punct_run(text, p, c, end), TokenKind::Punct);
        }
        (absorb_marks(text, after, end), TokenKind::Symbol)
    }

    /// A token starting with a letter.
    fn word(&self, p: usize, end: usize) -> (usize, TokenKind) {
        let text = self.text;
        let bytes = text.as_bytes();
        let core_end = scan_core(text, p, end);
        let next = if core_end < end {
            bytes[core_end]
        } else {
            b' '
        };
        // Web forms only where their punctuation follows an ASCII start.
        if matches!(next, b'.' | b':' | b'-' | b'@' | b'_' | b'%' | b'+')
            && bytes[p].is_ascii_alphanumeric()
        {
            if let Some(found) = web_form(text, p, core_end, end) {
                return found;
            }
        }
        if let Some(q) = numbers::currency_word(text, p, core_end, end) {
            return (q, TokenKind::Currency);
        }
        if next == b'.' {
            if let Some(q) = abbreviations::dotted(text, p, core_end, end, self.config) {
                return (q, TokenKind::Abbreviation);
            }
            return (core_end, TokenKind::Word);
        }
        let mut q = core_end;
        if next == b'-' || next == 0xe2 {
            if let Some(chain_end) = hyphenation::chain(text, p, core_end, end) {
                q = chain_end;
            }
        }
        if q < end && bytes[q] == b'/' {
            if let Some(doc_end) = numbers::document_number(text, p, q, end) {
                return (doc_end, TokenKind::Number);
            }
        }
        (q, TokenKind::Word)
    }
}

/// A URL, e-mail address or bare domain starting at `p`, whose first word
/// ends at `core_end` before `.`, `:`, `-`, `@`, `_`, `%` or `+`.
fn web_form(text: &str, p: usize, core_end: usize, end: usize) -> Option<(usize, TokenKind)> {
    let bytes = text.as_bytes();
    let core = &bytes[p..core_end];
    let scheme = [&b"http"[..], b"https", b"ftp", b"www"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(core));
    if scheme {
        if let Some(q) = web::url(text, p, end) {
            return Some((q, TokenKind::Url));
        }
    }
    // The run of characters an e-mail's local part may have.
    let mut r = core_end;
    // An e-mail's local part is at most 64 bytes: the bound keeps this
    // look-ahead from rescanning a long chunk at every word.
    let local_end = end.min(p + 65);
    while r < local_end
        && (bytes[r].is_ascii_alphanumeric()
            || matches!(bytes[r], b'.' | b'_' | b'%' | b'+' | b'-'))
    {
        r += 1;
    }
    if r < local_end && bytes[r] == b'@' {
        if let Some(q) = web::email(text, p, end) {
            return Some((q, TokenKind::Email));
        }
    }
    if bytes[p..r].contains(&b'.') {
        if let Some(q) = web::domain(text, p, end) {
            return Some((q, TokenKind::Url));
        }
    }
    None
}

/// Extends a token over the combining marks and invisible joiners that follow it.
#[inline]
pub(crate) fn absorb_marks(text: &str, mut q: usize, end: usize) -> usize {
    while q < end {
        match char_at(text, q) {
            Some(c) if !c.is_ascii() && (is_mark(c) || is_ignorable(c)) => q += c.len_utf8(),
            _ => break,
        }
    }
    q
}

/// A run of punctuation: the same character repeated (`--`, `**`), or any mix
/// of `.`, `?`, `!` (`...`, `??!?`). Quotes and brackets never run, except
/// the doubled ASCII quotes of typewriter style (` `` `, `''`), one mark each.
fn punct_run(text: &str, p: usize, c: char, end: usize) -> usize {
    let mut q = absorb_marks(text, p + c.len_utf8(), end);
    if matches!(c, '`' | '\'') && text.as_bytes().get(q) == Some(&(c as u8)) {
        return q + 1;
    }
    let terminal = |d: char| matches!(d, '.' | '?' | '!');
    let runs = !matches!(c, '(' | ')' | '[' | ']' | '{' | '}') && !crate::text::chars::is_quote(c);
    if !runs {
        return q;
    }
    while q < end {
        let Some(d) = char_at(text, q) else { break };
        let same = if terminal(c) { terminal(d) } else { d == c };
        if !same {
            break;
        }
        q = absorb_marks(text, q + d.len_utf8(), end);
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_prefix_counts_leading_lower_case_letters() {
        // Every byte value at every position of a word of lower-case letters.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut chunk = *b"abcxyzqm";
                chunk[at] = b;
                let expected = if b.is_ascii_lowercase() { 8 } else { at };
                assert_eq!(
                    lower_prefix(u64::from_le_bytes(chunk)),
                    expected,
                    "byte {b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn lower_run_end_agrees_with_a_byte_loop() {
        let text = "abcdefghijklmnopqrstuvwxyz Presiden jokowiDodo xy\u{e9}z wartawan-nya a";
        let bytes = text.as_bytes();
        for p in 0..bytes.len() {
            let expected = p + bytes[p..]
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count();
            assert_eq!(lower_run_end(bytes, p), expected, "at {p}");
        }
    }
}
