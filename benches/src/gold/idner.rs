//! NER UGM raw text with gold tokens from idner-news-2k.
//!
//! idner-news-2k (MIT) re-annotates the NER UGM sentences; its token layer is
//! the only gold tokenisation of that text in `../shared`. Its sentences are
//! matched to the raw lines of `nerugm-raw/data_train.txt` (tags removed) by
//! their characters, ignoring white space and quotation marks, and the tokens
//! are then located in the raw line left to right.
//!
//! What the gold is, exactly:
//!
//! - idner-news-2k dropped the quotation marks of the raw text. They are
//!   located as *unscored* stretches: a predicted token overlapping one is
//!   neither right nor wrong.
//! - Sentences idner-news-2k edited (a changed letter, a removed bracket)
//!   cannot be located and are left out; the report says how many.
//! - idner-news-2k sometimes joins what the raw text writes with spaces
//!   (`( 24/8 )` → `(24/8)`, `5 %` → `5%`). A token never spans white space
//!   of the text, so such gold tokens are split at the white space.
//! - idner-news-2k often leaves brackets and commas glued to words
//!   (`(BEI)`, `(29/10/2013)`, `persen)`, `(UI),`, `ini?`) while it splits
//!   them elsewhere. [`normalize_edges`] splits such edge punctuation, which
//!   every convention in play (UD, tokoh's spec, idner-news-2k itself most of
//!   the time) splits; the report says how many tokens it changed. It does
//!   *not* split `Rp`, `$` or `%` from numbers, nor hyphenated pairs and
//!   ranges (`Jokowi-JK`, `2009-2014`): those are idner-news-2k's convention
//!   and show up as disagreements.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};

use tokoh::Span;

use super::{tagged, Gold, LoadOptions, Sentence};
use crate::error::read_to_string;
use crate::text::{char_before, is_quote, is_space};
use crate::Error;

/// Characters split off the start of a gold token.
const LEADING: &[char] = &['(', '[', '{', ','];
/// Characters split off the end of a gold token (a run of `?`/`!` stays one
/// piece, as does a run of one character).
const TRAILING: &[char] = &[')', ']', '}', ',', ';', ':', '?', '!'];

/// Builds the gold from the raw NER UGM file and the idner-news-2k files.
///
/// # Errors
///
/// When a file cannot be read.
pub fn load(
    raw_path: &Path,
    idner_paths: &[PathBuf],
    options: LoadOptions,
) -> Result<(Gold, Vec<String>), Error> {
    let raw_content = read_to_string(raw_path)?;
    let raw: Vec<String> = raw_content
        .lines()
        .map(|l| tagged::parse_line(l.trim_end_matches('\r')).text)
        .collect();
    let raw_lines = raw.iter().filter(|t| !t.trim().is_empty()).count();

    let mut by_key: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (i, text) in raw.iter().enumerate() {
        by_key.entry(key(text)).or_default().push_back(i);
    }

    let mut idner_sentences = Vec::new();
    for path in idner_paths {
        idner_sentences.extend(read_idner(&read_to_string(path)?));
    }

    let mut sentences = Vec::new();
    let (mut unmatched, mut unlocated, mut spaced) = (0, 0, 0);
    for tokens in &idner_sentences {
        let Some(line) = by_key
            .get_mut(&key(&tokens.concat()))
            .and_then(VecDeque::pop_front)
        else {
            unmatched += 1;
            continue;
        };
        let text = &raw[line];
        match align(text, tokens) {
            Some(aligned) => {
                spaced += aligned.split;
                sentences.push(Sentence {
                    id: format!("line-{}", line + 1),
                    text: text.clone(),
                    tokens: aligned.tokens,
                    unscored: aligned.unscored,
                });
            }
            None => unlocated += 1,
        }
    }
    sentences.sort_by_key(|s| line_number(&s.id));

    let mut notes = vec![format!(
        "{} of {raw_lines} raw lines have an idner-news-2k sentence ({} idner train+dev sentences; \
         {unmatched} match no raw line: text edited by idner-news-2k{})",
        sentences.len(),
        idner_sentences.len(),
        if unlocated > 0 {
            format!("; {unlocated} matched but could not be located")
        } else {
            String::new()
        }
    )];
    let quotes: usize = sentences.iter().map(|s| s.unscored.len()).sum();
    notes.push(format!(
        "{quotes} quotation-mark stretches dropped by idner-news-2k left unscored; \
         {spaced} gold tokens that span white space of the raw text (`( 24/8 )` as `(24/8)`) \
         split at it"
    ));
    if options.normalize_idner {
        let (mut changed, mut added) = (0, 0);
        for s in &mut sentences {
            let (tokens, c) = normalize_edges(&s.text, &s.tokens);
            changed += c;
            added += tokens.len() - s.tokens.len();
            s.tokens = tokens;
        }
        notes.push(format!(
            "edge punctuation split off {changed} glued gold tokens (+{added} tokens): \
             leading ( [ {{ , and trailing ) ] }} , ; : ? !"
        ));
    } else {
        notes.push("gold tokens as idner-news-2k has them (--no-normalize-idner)".to_owned());
    }
    Ok((Gold::Tokens(sentences), notes))
}

/// Gold tokens located in a raw sentence.
#[derive(Debug, Default)]
struct Aligned {
    tokens: Vec<Span>,
    unscored: Vec<Span>,
    /// Forms that matched across white space and were split at it.
    split: usize,
}

/// Locates the idner `forms` in the raw `text` left to right. Between forms
/// only white space and quotation marks (recorded as unscored) may be
/// skipped; inside a form, white space of the text may come between its
/// characters, and the match is then split at it. `None` if a form cannot be
/// placed.
fn align(text: &str, forms: &[String]) -> Option<Aligned> {
    let mut out = Aligned::default();
    let mut pos = 0;
    let skip = |out: &mut Aligned, c: char, at: usize| {
        let end = at + c.len_utf8();
        match out.unscored.last_mut() {
            Some(last) if last.end == at => last.end = end,
            _ => out.unscored.push(Span::new(at, end)),
        }
    };
    for form in forms {
        loop {
            if let Some(pieces) = match_spaced(text, pos, form) {
                pos = pieces.last().map_or(pos, |p| p.end);
                out.split += usize::from(pieces.len() > 1);
                out.tokens.extend(pieces);
                break;
            }
            let c = text[pos..].chars().next()?;
            if is_quote(c) {
                skip(&mut out, c, pos);
            } else if !is_space(c) {
                return None;
            }
            pos += c.len_utf8();
        }
    }
    for (i, c) in text[pos..].char_indices() {
        if is_quote(c) {
            skip(&mut out, c, pos + i);
        } else if !is_space(c) {
            return None;
        }
    }
    Some(out)
}

/// Matches `form` at `pos` of `text`, allowing white space of the text
/// between its characters; returns the matched pieces between white space.
fn match_spaced(text: &str, pos: usize, form: &str) -> Option<Vec<Span>> {
    let mut pieces = Vec::new();
    let mut piece_start = pos;
    let mut at = pos;
    for (n, fc) in form.chars().enumerate() {
        let mut rest = text[at..].chars();
        let mut c = rest.next()?;
        if n > 0 && is_space(c) {
            pieces.push(Span::new(piece_start, at));
            while is_space(c) {
                at += c.len_utf8();
                c = rest.next()?;
            }
            piece_start = at;
        }
        if c != fc {
            return None;
        }
        at += c.len_utf8();
    }
    (at > pos).then(|| {
        pieces.push(Span::new(piece_start, at));
        pieces
    })
}

/// Sort key of a `line-N` id.
fn line_number(id: &str) -> usize {
    id.trim_start_matches("line-").parse().unwrap_or(usize::MAX)
}

/// The matching key of a sentence: its characters without white space and
/// quotation marks.
fn key(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_space(c) && !is_quote(c))
        .collect()
}

/// Reads idner-news-2k `token POS label` lines (CRLF, blank line between
/// sentences) into token lists.
fn read_idner(content: &str) -> Vec<Vec<String>> {
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in content.lines() {
        match line.split_whitespace().next() {
            Some(token) => current.push(token.to_owned()),
            None if current.is_empty() => {}
            None => sentences.push(std::mem::take(&mut current)),
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// Splits glued edge punctuation off gold tokens: leading `( [ { ,` one by
/// one, trailing `) ] } , ; : ? !` as runs (`?!` stays together). A token
/// made only of such characters keeps what is left of it. Returns the new
/// tokens and how many tokens were split.
#[must_use]
pub fn normalize_edges(text: &str, tokens: &[Span]) -> (Vec<Span>, usize) {
    let mut out = Vec::with_capacity(tokens.len());
    let mut changed = 0;
    for &token in tokens {
        let before = out.len();
        let (mut start, mut end) = (token.start, token.end);
        while let Some(c) = text[start..end].chars().next() {
            if !LEADING.contains(&c) || start + c.len_utf8() >= end {
                break;
            }
            out.push(Span::new(start, start + c.len_utf8()));
            start += c.len_utf8();
        }
        let mut trailing = Vec::new();
        while let Some(c) = char_before(text, end).filter(|c| TRAILING.contains(c)) {
            let group = |d: char| d == c || (matches!(c, '?' | '!') && matches!(d, '?' | '!'));
            let mut run_start = end;
            while let Some(d) = char_before(text, run_start).filter(|&d| group(d)) {
                if run_start - d.len_utf8() < start {
                    break;
                }
                run_start -= d.len_utf8();
            }
            if run_start == start && trailing.is_empty() {
                break; // the whole token is one run: leave it
            }
            trailing.push(Span::new(run_start, end));
            end = run_start;
            if start == end {
                break;
            }
        }
        if start < end {
            out.push(Span::new(start, end));
        }
        out.extend(trailing.into_iter().rev());
        if out.len() - before > 1 {
            changed += 1;
        }
    }
    (out, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> Vec<&str> {
        let tokens: Vec<Span> = {
            let mut spans = Vec::new();
            let mut pos = 0;
            for word in text.split(' ') {
                spans.push(Span::new(pos, pos + word.len()));
                pos += word.len() + 1;
            }
            spans
        };
        let (out, _) = normalize_edges(text, &tokens);
        out.iter().map(|s| &text[*s]).collect()
    }

    #[test]
    fn splits_glued_edge_punctuation() {
        assert_eq!(norm("(BEI)"), ["(", "BEI", ")"]);
        assert_eq!(norm("(7/2/2014),"), ["(", "7/2/2014", ")", ","]);
        assert_eq!(norm("ini?! ,dengan"), ["ini", "?!", ",", "dengan"]);
        assert_eq!(norm("), , ( ..."), [")", ",", ",", "(", "..."]);
        assert_eq!(
            norm("Rp6.500 5% Budi-Ani Inc."),
            ["Rp6.500", "5%", "Budi-Ani", "Inc."]
        );
    }

    #[test]
    fn aligns_across_quotes_and_spaces() {
        let text = "\"Ya ,\" kata dia pada Minggu ( 24/8 ) .";
        let forms: Vec<String> = ["Ya", ",", "kata", "dia", "pada", "Minggu", "(24/8)", "."]
            .map(String::from)
            .to_vec();
        let a = align(text, &forms).expect("aligns");
        let got: Vec<&str> = a.tokens.iter().map(|s| &text[*s]).collect();
        assert_eq!(
            got,
            ["Ya", ",", "kata", "dia", "pada", "Minggu", "(", "24/8", ")", "."]
        );
        assert_eq!(a.split, 1);
        assert_eq!(a.unscored, [Span::new(0, 1), Span::new(5, 6)]);
        assert!(align("Ya (x)", &["Ya".to_owned(), "x".to_owned()]).is_none());
    }

    #[test]
    fn keys_ignore_space_and_quotes() {
        assert_eq!(key("\" Kalau itu , \" kata"), key("Kalau itu, kata"));
    }

    #[test]
    fn reads_crlf_sentences() {
        let s = read_idner("Kalau PROPN O\r\nitu DET O\r\n\r\nYa X O\r\n");
        assert_eq!(s, [vec!["Kalau", "itu"], vec!["Ya"]]);
    }
}
