//! The key stream of a tokenized text: the words that take part in matching
//! and their match keys, laid end to end for the automaton.
//!
//! Documents and gazetteer forms both go through [`Stream::new`], so a form
//! matches exactly the word sequences it would be if it were a document.

use std::borrow::Cow;

use super::keys;
use crate::tokenize::{Token, TokenKind};

/// The separator byte between keys (it never occurs in UTF-8).
pub(crate) const SEP: u8 = 0xff;

/// The key that stands for a paragraph break: no pattern has it, so no
/// match spans one.
pub(crate) const PARAGRAPH: u8 = b'\n';

/// A word of a tokenized text, as the matcher sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The token the word is (or is part of).
    pub(crate) token: u32,
    /// Whether the word's token is an abbreviation.
    pub(crate) abbreviation: bool,
    /// Whether a blank line separates the word from the one before.
    pub(crate) paragraph: bool,
}

impl Word {
    /// The match key of this word of `text`, tokenized as `tokens`: the
    /// same bytes as its key in the key stream, made only when asked for
    /// (most words' key is their token's normal form, borrowed).
    pub(crate) fn key<'t>(&self, text: &str, tokens: &'t [Token<'_>]) -> Cow<'t, str> {
        let Some(token) = tokens.get(self.token as usize) else {
            return Cow::Borrowed("");
        };
        if self.start == token.span.start && self.end == token.span.end {
            let norm = token.norm.as_str();
            if keys::is_own_key(norm, self.abbreviation) {
                Cow::Borrowed(norm)
            } else {
                Cow::Owned(keys::key(norm, self.abbreviation).into_owned())
            }
        } else {
            let norm = crate::text::normalize(text.get(self.start..self.end).unwrap_or(""));
            Cow::Owned(keys::key(&norm, self.abbreviation).into_owned())
        }
    }
}

/// A text's words and their key stream: each key preceded by [`SEP`], one
/// more separator at the end, and a paragraph mark between two words that a
/// blank line separates.
#[derive(Debug, Default)]
pub(crate) struct Stream {
    pub(crate) words: Vec<Word>,
    pub(crate) bytes: Vec<u8>,
    /// Where each word's separator is in `bytes`.
    pub(crate) starts: Vec<usize>,
}

impl Stream {
    /// The stream of `tokens` (of `text`): the words [`each_word`] gives.
    pub(crate) fn new(text: &str, tokens: &[Token<'_>]) -> Stream {
        let mut stream = Stream {
            words: Vec::with_capacity(tokens.len() + 4),
            bytes: Vec::with_capacity(text.len() + tokens.len() + 8),
            starts: Vec::with_capacity(tokens.len() + 4),
        };
        each_word(text, tokens, |word, norm| {
            if word.paragraph {
                stream.bytes.push(SEP);
                stream.bytes.push(PARAGRAPH);
            }
            stream.starts.push(stream.bytes.len());
            stream.bytes.push(SEP);
            keys::push_key(norm, word.abbreviation, &mut stream.bytes);
            stream.words.push(word);
        });
        stream.bytes.push(SEP);
        stream
    }

    /// The key of word `i`.
    #[cfg(test)]
    pub(crate) fn key(&self, i: usize) -> &str {
        let start = self.starts[i] + 1;
        let len = self.bytes[start..]
            .iter()
            .position(|&b| b == SEP)
            .unwrap_or(self.bytes.len() - start);
        std::str::from_utf8(&self.bytes[start..start + len]).unwrap_or("")
    }
}

/// Calls `found(word, normal form)` for every word of `tokens` (of `text`)
/// that takes part in matching, in order: every word of the words layer,
/// except a hyphen glued between two words (`DPR-RI` matches `DPR RI`).
#[inline]
pub(crate) fn each_word(text: &str, tokens: &[Token<'_>], mut found: impl FnMut(Word, &str)) {
    let mut previous_end: Option<usize> = None;
    for (i, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::Punct && glued_hyphen(tokens, i) {
            continue;
        }
        let abbreviation = token.kind == TokenKind::Abbreviation;
        for w in token.words() {
            if w.is_empty() || text.get(w.range()).is_none() {
                continue;
            }
            let paragraph = previous_end.is_some_and(|end| {
                blank_line(text.as_bytes().get(end..w.start).unwrap_or_default())
            });
            previous_end = Some(w.end);
            let word = Word {
                start: w.start,
                end: w.end,
                token: u32::try_from(i).unwrap_or(u32::MAX),
                abbreviation,
                paragraph,
            };
            if w.start == token.span.start && w.end == token.span.end {
                found(word, token.norm.as_str());
            } else {
                let norm = crate::text::normalize(&text[w.start..w.end]);
                found(word, &norm);
            }
        }
    }
}

/// Whether token `i` is a hyphen written between two words with no space.
fn glued_hyphen(tokens: &[Token<'_>], i: usize) -> bool {
    let token = &tokens[i];
    if token.norm.as_str() != "-" || i == 0 || i + 1 >= tokens.len() {
        return false;
    }
    tokens[i - 1].span.end == token.span.start && token.span.end == tokens[i + 1].span.start
}

/// Whether the text between two words holds a blank line (two line feeds).
#[inline]
fn blank_line(gap: &[u8]) -> bool {
    gap.len() >= 2 && gap.iter().filter(|&&b| b == b'\n').count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::Tokenizer;

    /// The keys of the words of `text`, from the key stream; each word's
    /// own key must be the same.
    fn keys_of(text: &str) -> Vec<String> {
        let tokens = Tokenizer::new().tokenize(text);
        let stream = Stream::new(text, &tokens);
        (0..stream.words.len())
            .map(|i| {
                let key = stream.key(i).to_owned();
                assert_eq!(stream.words[i].key(text, &tokens), key, "{text:?}");
                key
            })
            .collect()
    }

    #[test]
    fn keys_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Presiden Soeharto", &["presiden", "suharto"]),
            ("DPR-RI", &["dpr", "ri"]),
            ("DPR - RI", &["dpr", "-", "ri"]),
            ("KPK-nya", &["kpk", "-nya"]),
            ("rumahnya", &["rumah", "nya"]),
            ("Tbk. Mérida", &["tbk", "merida"]),
            ("Soehartonya Kementrian", &["suhartonya", "kementerian"]),
            ("Djakarta-nya, S.H.", &["jakarta", "-nya", ",", "s.h"]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(keys_of(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn paragraph_breaks() {
        let text = "Satu dua\n\nTiga\nempat";
        let tokens = Tokenizer::new().tokenize(text);
        let stream = Stream::new(text, &tokens);
        let breaks: Vec<bool> = stream.words.iter().map(|w| w.paragraph).collect();
        assert_eq!(breaks, [false, false, true, false]);
        assert_eq!(stream.bytes.last(), Some(&SEP));
    }
}
