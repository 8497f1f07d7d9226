//! Sentence boundaries.
//!
//! A sentence ends after terminal punctuation (`.`, `?`, `!`, `...`, `…`) and
//! any closing quotes or brackets glued to it, when what follows does not
//! start in lower case; after an abbreviation that can end a sentence
//! (`Tbk.`, `dll.`, a degree after a comma) when a capitalised word follows;
//! at a blank line; and — by default — at a line break before a capital,
//! a digit, a quote or a bracket.

use std::ops::Range;

use super::abbreviations::{self, Position};
use super::{Config, Token, TokenKind};

fn is_terminal(token: &str) -> bool {
    !token.is_empty()
        && token
            .chars()
            .all(|c| matches!(c, '.' | '?' | '!' | '…' | '。' | '？' | '！'))
}

fn is_closing(token: &str) -> bool {
    matches!(
        token,
        ")" | "]" | "}" | "\"" | "'" | "''" | "”" | "’" | "»" | "›"
    )
}

/// Whether a token may start a sentence: it does not begin with a lower-case letter.
fn starts_sentence(token: &str) -> bool {
    token.chars().next().is_some_and(|c| !c.is_lowercase())
}

fn starts_capitalised(token: &str) -> bool {
    token
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn opens(token: &str) -> bool {
    matches!(token, "(" | "[" | "\"" | "'" | "“" | "‘" | "«") || starts_capitalised(token)
}

/// Line breaks in the white space between two tokens.
fn newlines(gap: &str) -> usize {
    gap.bytes().filter(|&b| b == b'\n').count()
        + usize::from(!gap.contains('\n') && gap.contains('\r'))
}

pub(crate) fn split(text: &str, tokens: &[Token<'_>], config: &Config) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    if tokens.is_empty() {
        return sentences;
    }
    let surface = |i: usize| text.get(tokens[i].span.range()).unwrap_or("");
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut last = i;
        let this = surface(i);
        let mut ends = false;
        if tokens[i].kind == TokenKind::Punct && is_terminal(this) {
            // Closing quotes and brackets glued to the full stop stay with it.
            while last + 1 < tokens.len()
                && tokens[last + 1].span.start == tokens[last].span.end
                && is_closing(surface(last + 1))
            {
                last += 1;
            }
            ends = last + 1 == tokens.len() || starts_sentence(surface(last + 1));
        } else if tokens[i].kind == TokenKind::Abbreviation && i + 1 < tokens.len() {
            let after = abbreviations::token_position(this, config) == Position::After;
            // A dotted form after a comma is a degree (`Sudjatmiko, M.A.`),
            // unless the inventory says it stands before a name.
            let dotted = this.strip_suffix('.').is_some_and(|w| w.contains('.'));
            // (The comma must be in this sentence: not across a blank line.)
            let after_comma = dotted
                && i > start
                && surface(i - 1) == ","
                && abbreviations::position(this.trim_end_matches('.'), config)
                    != Some(Position::Before);
            ends = (after || after_comma) && starts_capitalised(surface(i + 1));
        }
        if !ends && last + 1 < tokens.len() {
            let gap = text
                .get(tokens[last].span.end..tokens[last + 1].span.start)
                .unwrap_or("");
            let breaks = newlines(gap);
            ends = breaks >= 2
                || (breaks == 1 && config.line_breaks_end_sentences && opens(surface(last + 1)));
        }
        if ends || last + 1 == tokens.len() {
            sentences.push(start..last + 1);
            start = last + 1;
        }
        i = last + 1;
    }
    sentences
}
