//! The scanning loop: cuts a text into chunks between separators, and each
//! chunk into tokens by asking the rule families, in order, whether a token
//! of theirs starts here.

use std::borrow::Cow;

use super::{abbreviations, emoji, hyphenation, numbers, web, Config, Token, TokenKind};
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

/// Scans a word core from `p` (which holds a word character): letters,
/// digits and combining marks, with apostrophes between letters (`Ma'ruf`)
/// and invisible joiners between word characters. Returns its end.
#[inline]
pub(crate) fn scan_core(text: &str, p: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut q = p;
    while q < end {
        let b = bytes[q];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                q += 1;
                continue;
            }
            if (b == b'\'' || b == b'`') && inner_apostrophe(text, p, q, end) {
                q += 1;
                continue;
            }
            break;
        }
        let Some(c) = char_at(text, q) else { break };
        let len = c.len_utf8();
        let joiner = is_ignorable(c)
            && q > p
            && q + len < end
            && char_at(text, q + len).is_some_and(is_word_char);
        if is_word_char(c) || joiner || (is_apostrophe(c) && inner_apostrophe(text, p, q, end)) {
            q += len;
        } else {
            break;
        }
    }
    q
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

/// What a chunk contains, to skip rules that cannot apply.
#[derive(Clone, Copy)]
pub(crate) struct ChunkFlags {
    pub(crate) at: bool,
    pub(crate) dot: bool,
    pub(crate) url: bool,
}

impl ChunkFlags {
    fn of(chunk: &str) -> ChunkFlags {
        let bytes = chunk.as_bytes();
        let mut at = false;
        let mut dot = false;
        let mut colon = false;
        for &b in bytes {
            match b {
                b'@' => at = true,
                b'.' => dot = true,
                b':' => colon = true,
                _ => {}
            }
        }
        let url = (colon && chunk.contains("://")) || (dot && ascii_contains_ci(bytes, b"www."));
        ChunkFlags { at, dot, url }
    }
}

fn ascii_contains_ci(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
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
        let mut i = 0;
        while i < n {
            // Skip separators.
            let b = bytes[i];
            if b < 0x80 {
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
                    i += 1;
                    continue;
                }
            } else if let Some(c) = char_at(text, i) {
                if is_separator(c) {
                    i += c.len_utf8();
                    continue;
                }
            }
            // Find the chunk's end.
            let start = i;
            while i < n {
                let b = bytes[i];
                if b < 0x80 {
                    if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
                        break;
                    }
                    i += 1;
                } else {
                    match char_at(text, i) {
                        Some(c) if is_separator(c) => break,
                        Some(c) => i += c.len_utf8(),
                        None => i = n,
                    }
                }
            }
            self.chunk(start, i);
        }
    }

    fn chunk(&mut self, start: usize, end: usize) {
        let text = self.text;
        let flags = ChunkFlags::of(&text[start..end]);
        let mut p = start;
        while p < end {
            let (q, kind) = self.next_token(p, end, flags);
            // Every rule consumes at least one character; guard anyway so
            // that a rule bug can never loop forever.
            let q = if q > p {
                q.min(end)
            } else {
                next_boundary(text, p).min(end)
            };
            self.push(p, q, kind);
            p = q;
        }
    }

    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        let span = Span::new(start, end);
        let surface = &self.text[span];
        let norm = match kind {
            TokenKind::Emoji => Cow::Borrowed(surface),
            _ => normalize(surface),
        };
        self.out.push(Token::new(span, kind, norm));
    }

    fn next_token(&self, p: usize, end: usize, flags: ChunkFlags) -> (usize, TokenKind) {
        let text = self.text;
        let Some(c) = char_at(text, p) else {
            return (end, TokenKind::Symbol);
        };
        if is_word_char(c) && !is_mark(c) {
            if flags.url {
                if let Some(q) = web::url(text, p, end) {
                    return (q, TokenKind::Url);
                }
            }
            if flags.at {
                if let Some(q) = web::email(text, p, end) {
                    return (q, TokenKind::Email);
                }
            }
            if c.is_ascii_digit() {
                if let Some(q) = emoji::keycap(text, p, end) {
                    return (q, TokenKind::Emoji);
                }
                return numbers::number(text, p, end, self.config);
            }
            return self.word(p, end, flags);
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
    fn word(&self, p: usize, end: usize, flags: ChunkFlags) -> (usize, TokenKind) {
        let text = self.text;
        let bytes = text.as_bytes();
        let core_end = scan_core(text, p, end);
        if let Some(q) = numbers::currency_word(text, p, core_end, end) {
            return (q, TokenKind::Currency);
        }
        let next = bytes.get(core_end).copied();
        if flags.dot && c_is_ascii_alnum(bytes[p]) {
            if let Some(q) = web::domain(text, p, end) {
                return (q, TokenKind::Url);
            }
        }
        if next == Some(b'.') {
            if let Some(q) = abbreviations::dotted(text, p, core_end, end, self.config) {
                return (q, TokenKind::Abbreviation);
            }
            return (core_end, TokenKind::Word);
        }
        let mut q = core_end;
        if let Some(chain_end) = hyphenation::chain(text, p, core_end, end) {
            q = chain_end;
        }
        if let Some(doc_end) = numbers::document_number(text, p, q, end) {
            return (doc_end, TokenKind::Number);
        }
        (q, TokenKind::Word)
    }
}

#[inline]
fn c_is_ascii_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
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
/// of `.`, `?`, `!` (`...`, `??!?`). Quotes and brackets never run.
fn punct_run(text: &str, p: usize, c: char, end: usize) -> usize {
    let mut q = absorb_marks(text, p + c.len_utf8(), end);
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
