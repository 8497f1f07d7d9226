//! `tokoh tokenize`: tokens and sentences of each document.

use std::io::{self, BufWriter, Write};
use std::num::NonZeroUsize;
use std::ops::Range;
use std::process::ExitCode;

use serde::Serialize;
use tokoh::text::CharOffsets;
use tokoh::{Span, Token, Tokenizer};

use crate::cli::{TokenizeArgs, TokenizeFormat};
use crate::input::{self, Document};
use crate::output::{write_id, write_json, write_pass_through};
use crate::report::Reporter;

/// Output buffer size; the buffer is flushed after every document anyway.
const OUTPUT_BUFFER: usize = 64 * 1024;

/// The fields this command writes, which an input field cannot replace.
const RESERVED: &[&str] = &["tokens", "sentences"];

/// Runs `tokoh tokenize`.
pub fn run(args: &TokenizeArgs) -> ExitCode {
    let tokenizer = Tokenizer::new();
    let mut reporter = Reporter::new();
    let stdout = io::stdout();
    // Streams through a buffer rather than building each line in memory:
    // a single huge text file must not need its whole output in memory.
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, stdout.lock());
    // Tokenizing is fast next to writing the tokens out: one thread.
    let threads = NonZeroUsize::MIN;
    let result = input::for_each_document(
        &args.input,
        &mut reporter,
        threads,
        |_| (),
        |doc, (), reporter| {
            let tokens = tokenizer.tokenize(doc.text);
            match args.format {
                TokenizeFormat::Jsonl => {
                    let sentences = tokenizer.sentences(doc.text, &tokens);
                    write_document(&mut out, doc, &tokens, &sentences, reporter)?;
                }
                TokenizeFormat::Text => write_text(&mut out, doc.text, &tokens)?,
            }
            out.flush()?;
            Ok(())
        },
    );
    super::finish(result, &mut reporter)
}

/// A token as written in JSON.
#[derive(Serialize)]
struct TokenJson<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    kind: &'static str,
    norm: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    words: Option<&'a [WordJson<'a>]>,
}

/// A word of a split token as written in JSON.
#[derive(Serialize)]
struct WordJson<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
}

/// The text a span covers; empty rather than a panic should a span ever
/// not fit the text.
fn span_text(text: &str, span: Span) -> &str {
    span.get(text).unwrap_or_default()
}

/// Writes one document as a JSON line:
/// `{"id":..,<pass-through fields>,"tokens":[..],"sentences":[[a,b],..]}`.
fn write_document<W: Write>(
    out: &mut W,
    doc: &Document<'_>,
    tokens: &[Token<'_>],
    sentences: &[Range<usize>],
    reporter: &mut Reporter,
) -> io::Result<()> {
    let text = doc.text;
    out.write_all(b"{\"id\":")?;
    write_id(out, doc.id)?;
    write_pass_through(out, doc, RESERVED, reporter)?;

    out.write_all(b",\"tokens\":[")?;
    // Offsets are converted in increasing order (token start, its words,
    // token end), which keeps the conversion linear in the text.
    let mut chars = CharOffsets::new(text);
    let mut words = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let span = token.span;
        let char_start = chars.char_offset(span.start);
        words.clear();
        if token.is_split() {
            for &word in token.words() {
                words.push(WordJson {
                    text: span_text(text, word),
                    start: word.start,
                    end: word.end,
                    char_start: chars.char_offset(word.start),
                    char_end: chars.char_offset(word.end),
                });
            }
        }
        let json = TokenJson {
            text: span_text(text, span),
            start: span.start,
            end: span.end,
            char_start,
            char_end: chars.char_offset(span.end),
            kind: token.kind.as_str(),
            norm: &token.norm,
            words: token.is_split().then_some(words.as_slice()),
        };
        write_json(out, &json)?;
    }

    out.write_all(b"],\"sentences\":[")?;
    for (i, sentence) in sentences.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        write_json(out, &[sentence.start, sentence.end])?;
    }
    out.write_all(b"]}\n")
}

/// Writes the tokens of one document on one line, separated by spaces.
fn write_text<W: Write>(out: &mut W, text: &str, tokens: &[Token<'_>]) -> io::Result<()> {
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            out.write_all(b" ")?;
        }
        out.write_all(span_text(text, token.span).as_bytes())?;
    }
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::DocId;
    use crate::report::Location;

    #[test]
    fn document_json_is_valid_and_complete() {
        let text = "Ma’ruf, KPK-nya.";
        let tokenizer = Tokenizer::new();
        let tokens = tokenizer.tokenize(text);
        let sentences = tokenizer.sentences(text, &tokens);
        let doc = Document {
            id: DocId::Line(3),
            text,
            fields: &[],
            at: Location::line("x", 3),
        };
        let mut out = Vec::new();
        write_document(&mut out, &doc, &tokens, &sentences, &mut Reporter::new())
            .expect("writing to a Vec");
        assert_eq!(out.last(), Some(&b'\n'));
        let value: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(value["id"], "3");
        let json_tokens = value["tokens"].as_array().expect("tokens array");
        assert_eq!(json_tokens.len(), tokens.len());
        for (json, token) in json_tokens.iter().zip(&tokens) {
            let start = token.span.start;
            let end = token.span.end;
            assert_eq!(json["text"], &text[start..end]);
            assert_eq!(json["char_start"], text[..start].chars().count());
            assert_eq!(json["char_end"], text[..end].chars().count());
            assert_eq!(json.get("words").is_some(), token.is_split());
        }
    }
}
