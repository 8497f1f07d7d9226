//! Helpers shared by the property tests (`properties.rs`) and the adversarial
//! tests (`adversarial.rs`): the tokenizer's stated invariants, checked in
//! one pass that is linear in the length of the text (so that it can run on
//! inputs of several megabytes).

use std::ops::Range;

use tokoh::text::chars::is_separator;
use tokoh::{Span, Token, Tokenizer};

/// A short, escaped excerpt of `text` around `at` for error messages (the
/// inputs can be megabytes long and full of invisible characters).
pub fn excerpt(text: &str, at: usize) -> String {
    let mut start = at.saturating_sub(40).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + 40).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    format!("bytes {start}..{end}: {:?}", &text[start..end])
}

/// Checks that `words` (the words of one token) are in order, non-empty, on
/// char boundaries and exactly cover `span`.
fn check_words(text: &str, i: usize, span: Span, words: &[Span]) -> Result<(), String> {
    let Some(first) = words.first() else {
        return Err(format!("token {i} {span:?}: words() is empty"));
    };
    if first.start != span.start {
        return Err(format!(
            "token {i} {span:?}: first word {first:?} does not start at the token's start"
        ));
    }
    let mut at = span.start;
    for (j, w) in words.iter().enumerate() {
        if w.start != at {
            return Err(format!(
                "token {i} {span:?}: word {j} {w:?} does not start where the previous ends ({at}); words {words:?}"
            ));
        }
        if w.start >= w.end {
            return Err(format!(
                "token {i} {span:?}: word {j} {w:?} is empty; words {words:?}"
            ));
        }
        if !text.is_char_boundary(w.end) {
            return Err(format!(
                "token {i} {span:?}: word {j} {w:?} does not end on a char boundary"
            ));
        }
        at = w.end;
    }
    if at != span.end {
        return Err(format!(
            "token {i} {span:?}: words {words:?} end at {at}, not at the token's end"
        ));
    }
    Ok(())
}

/// Checks that `gap` (what lies between two tokens) is only separators.
fn check_gap(text: &str, range: Range<usize>) -> Result<(), String> {
    let gap = &text[range.clone()];
    if let Some((k, c)) = gap.char_indices().find(|&(_, c)| !is_separator(c)) {
        return Err(format!(
            "the non-separator {c:?} (U+{:04X}) at byte {} lies in no token ({})",
            c as u32,
            range.start + k,
            excerpt(text, range.start + k)
        ));
    }
    Ok(())
}

/// Checks the invariants of one tokenization of `text`:
///
/// - (a) tokens are in order and never overlap;
/// - (b) every span is non-empty, inside the text and on char boundaries;
/// - (c) what lies between tokens (and before the first, after the last) is
///   only separators, and no token contains a separator; the tokens and the
///   gaps concatenated give back the text exactly;
/// - (d) `norm` is never empty;
/// - (e) `words()` are non-empty, in order, on char boundaries, and exactly
///   cover their token.
pub fn check_tokens(text: &str, tokens: &[Token<'_>]) -> Result<(), String> {
    let mut prev_end = 0;
    let mut rebuilt_len = 0;
    for (i, t) in tokens.iter().enumerate() {
        let span = t.span;
        if span.start >= span.end {
            return Err(format!("token {i} has an empty span {span:?}"));
        }
        if span.end > text.len() {
            return Err(format!(
                "token {i} {span:?} ends past the text (length {})",
                text.len()
            ));
        }
        if span.start < prev_end {
            return Err(format!(
                "token {i} {span:?} starts before the previous token ends ({prev_end})"
            ));
        }
        if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            return Err(format!(
                "token {i} {span:?} is not on char boundaries ({})",
                excerpt(text, span.start)
            ));
        }
        check_gap(text, prev_end..span.start)?;
        let surface = &text[span];
        if t.text(text) != surface {
            return Err(format!(
                "token {i} {span:?}: text() differs from text[span]"
            ));
        }
        if let Some((k, c)) = surface.char_indices().find(|&(_, c)| is_separator(c)) {
            return Err(format!(
                "token {i} {span:?} {surface:?} contains the separator {c:?} at byte {}",
                span.start + k
            ));
        }
        if t.norm.is_empty() {
            return Err(format!("token {i} {span:?} {surface:?} has an empty norm"));
        }
        check_words(text, i, span, t.words())?;
        rebuilt_len += (span.start - prev_end) + surface.len();
        prev_end = span.end;
    }
    check_gap(text, prev_end..text.len())?;
    rebuilt_len += text.len() - prev_end;
    // Lossless: gaps and tokens, concatenated, are the text. Given the checks
    // above this is a matter of lengths; rebuild the string for small texts.
    if rebuilt_len != text.len() {
        return Err(format!(
            "tokens and gaps cover {rebuilt_len} bytes of {}",
            text.len()
        ));
    }
    if text.len() <= 1 << 16 {
        let rebuilt = rebuild(text, tokens);
        if rebuilt != text {
            return Err(format!("tokens and gaps give back {rebuilt:?}"));
        }
    }
    Ok(())
}

/// Concatenates the gaps and the tokens of `text`.
pub fn rebuild(text: &str, tokens: &[Token<'_>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for t in tokens {
        out.push_str(&text[at..t.span.start]);
        out.push_str(t.text(text));
        at = t.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// (f) Checks that `sentences` are non-empty ranges of token indices, in
/// order and contiguous, covering every token exactly once.
pub fn check_sentences(tokens: &[Token<'_>], sentences: &[Range<usize>]) -> Result<(), String> {
    let mut next = 0;
    for (k, s) in sentences.iter().enumerate() {
        if s.start != next {
            return Err(format!(
                "sentence {k} {s:?} does not start at token {next}: {sentences:?}"
            ));
        }
        if s.start >= s.end {
            return Err(format!("sentence {k} {s:?} is empty"));
        }
        next = s.end;
    }
    if next != tokens.len() {
        return Err(format!(
            "sentences end at token {next}, not at the last token ({}): {} sentences",
            tokens.len(),
            sentences.len()
        ));
    }
    Ok(())
}

/// Checks every invariant of `tokens` (as returned by `tokenizer.tokenize(text)`)
/// and of the sentences made of them.
pub fn check_invariants(
    tokenizer: &Tokenizer,
    text: &str,
    tokens: &[Token<'_>],
) -> Result<(), String> {
    check_tokens(text, tokens)?;
    let sentences = tokenizer.sentences(text, tokens);
    check_sentences(tokens, &sentences)
}
