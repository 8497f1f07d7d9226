//! `tokoh tag`: the gazetteer entities mentioned in each document.

use std::borrow::Cow;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use clap::CommandFactory;
use serde::{Serialize, Serializer};
use tokoh::text::CharOffsets;
use tokoh::{EntityKind, Gazetteer, GazetteerBuilder, Matcher, Mention, Span};

use crate::cli::{Cli, TagArgs, TagFormat};
use crate::input::{self, DocId, Document, OutputError, Source};
use crate::output::{write_id, write_json, write_pass_through};
use crate::parallel;
use crate::progress::Progress;
use crate::report::Reporter;

/// Output buffer size; the buffer is flushed after every document anyway.
const OUTPUT_BUFFER: usize = 64 * 1024;

/// The fields this command writes, which an input field cannot replace.
const RESERVED: &[&str] = &["mentions"];

/// The first line of `--format tsv`.
const TSV_HEADER: &str =
    "doc_id\tstart\tend\tchar_start\tchar_end\ttext\tentity_id\tkind\tname\tvia\ttitle\tcandidates\n";

/// Runs `tokoh tag`.
pub fn run(args: &TagArgs) -> ExitCode {
    let mut reporter = Reporter::new();
    let gazetteer_on_stdin = args.gazetteers.iter().any(|path| path.as_os_str() == "-");
    if gazetteer_on_stdin && Source::from_args(&args.input.files).contains(&Source::Stdin) {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "`--gazetteer -` reads standard input, which the documents are read from too; \
                 name the document files",
            )
            .exit();
    }
    // Every gazetteer problem is reported before any document is read.
    let Some(matcher) = load_matcher(args, &mut reporter) else {
        return reporter.exit_code();
    };
    let kinds: Option<Vec<EntityKind>> = args
        .kinds
        .as_ref()
        .map(|kinds| kinds.iter().map(|kind| kind.kind()).collect());

    let stdout = io::stdout();
    let colour = args.format == TagFormat::Pretty && stdout.is_terminal() && !no_color();
    // Streams through a buffer rather than building each line in memory.
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, stdout.lock());
    let mut progress = Progress::new();
    let mut first = true;
    let header = if args.format == TagFormat::Tsv {
        out.write_all(TSV_HEADER.as_bytes())
            .and_then(|()| out.flush())
    } else {
        Ok(())
    };
    let result = header.map_err(OutputError).and_then(|()| {
        let threads = args.threads.unwrap_or_else(parallel::default_threads);
        let work = |doc: &Document<'_>| {
            let mut mentions = matcher.find(doc.text);
            if let Some(kinds) = &kinds {
                mentions.retain(|mention| kinds.contains(&matcher.entity(mention).kind));
            }
            mentions
        };
        input::for_each_document(
            &args.input,
            &mut reporter,
            threads,
            work,
            |doc, mentions, reporter| {
                match args.format {
                    TagFormat::Jsonl => write_jsonl(&mut out, doc, &matcher, &mentions, reporter)?,
                    TagFormat::Tsv => write_tsv(&mut out, doc, &matcher, &mentions)?,
                    TagFormat::Pretty => {
                        if !first {
                            out.write_all(b"\n")?;
                        }
                        write_pretty(&mut out, doc, &matcher, &mentions, colour)?;
                    }
                }
                first = false;
                out.flush()?;
                progress.document_done(doc.text.len());
                Ok(())
            },
        )
    });
    progress.finish();
    super::finish(result, &mut reporter)
}

/// Whether the user asked for no colours (<https://no-color.org>).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// The built-in gazetteer (unless `--no-builtin`) and the `--gazetteer`
/// files, compiled; `None` when a file is missing or invalid, every
/// problem reported.
fn load_matcher(args: &TagArgs, reporter: &mut Reporter) -> Option<Matcher> {
    if args.gazetteers.is_empty() {
        if args.no_builtin {
            reporter.warning(
                "--no-builtin without --gazetteer FILE: the gazetteer is empty, nothing can be found",
            );
            return Some(Matcher::new(GazetteerBuilder::new().build()));
        }
        return Some(Matcher::new(Gazetteer::builtin().clone()));
    }
    let mut builder = GazetteerBuilder::new();
    if !args.no_builtin {
        builder.add_gazetteer(Gazetteer::builtin());
    }
    if !super::gazetteer::load(&args.gazetteers, &mut builder, reporter, |_, _, _| {}) {
        return None;
    }
    Some(Matcher::new(builder.build()))
}

/// The text a span covers; empty rather than a panic should a span ever
/// not fit the text.
fn span_text(text: &str, span: Span) -> &str {
    span.get(text).unwrap_or_default()
}

/// The code-point offsets of `span`.
fn char_span(chars: &mut CharOffsets<'_>, span: Span) -> (usize, usize) {
    let start = chars.char_offset(span.start);
    (start, chars.char_offset(span.end))
}

/// Converts the offsets of a document's mentions and titles. Each has its
/// own converter: a title comes before its mention, and may even start
/// before the end of the mention before (`Menteri Luar Negeri AS Antony
/// Blinken`, with `AS` a mention), so one converter would go backwards.
struct Offsets<'t> {
    mentions: CharOffsets<'t>,
    titles: CharOffsets<'t>,
}

impl<'t> Offsets<'t> {
    fn new(text: &'t str) -> Offsets<'t> {
        Offsets {
            mentions: CharOffsets::new(text),
            titles: CharOffsets::new(text),
        }
    }
}

/// A mention as written in JSON, in the order of the specification.
#[derive(Serialize)]
struct MentionJson<'a> {
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    text: &'a str,
    id: &'a str,
    kind: &'static str,
    name: &'a str,
    matched: &'a str,
    via: &'static str,
    title: Option<SpanJson<'a>>,
    candidates: Candidates<'a>,
}

/// A title as written in JSON.
#[derive(Serialize)]
struct SpanJson<'a> {
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    text: &'a str,
}

/// The ids of the entities at `positions` of a gazetteer, as a JSON array.
struct Candidates<'a> {
    gazetteer: &'a Gazetteer,
    positions: &'a [usize],
}

impl<'a> Candidates<'a> {
    fn ids(&self) -> impl Iterator<Item = &'a str> + 'a {
        let entities = self.gazetteer.entities();
        self.positions
            .iter()
            .filter_map(move |&i| entities.get(i))
            .map(|entity| entity.id.as_str())
    }
}

impl Serialize for Candidates<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.ids())
    }
}

/// Writes one document as a JSON line:
/// `{"id":..,<pass-through fields>,"mentions":[..]}`.
fn write_jsonl<W: Write>(
    out: &mut W,
    doc: &Document<'_>,
    matcher: &Matcher,
    mentions: &[Mention],
    reporter: &mut Reporter,
) -> io::Result<()> {
    let text = doc.text;
    out.write_all(b"{\"id\":")?;
    write_id(out, doc.id)?;
    write_pass_through(out, doc, RESERVED, reporter)?;
    out.write_all(b",\"mentions\":[")?;
    let mut offsets = Offsets::new(text);
    for (i, mention) in mentions.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let entity = matcher.entity(mention);
        let title = mention.title.map(|span| {
            let (char_start, char_end) = char_span(&mut offsets.titles, span);
            SpanJson {
                start: span.start,
                end: span.end,
                char_start,
                char_end,
                text: span_text(text, span),
            }
        });
        let (char_start, char_end) = char_span(&mut offsets.mentions, mention.span);
        let json = MentionJson {
            start: mention.span.start,
            end: mention.span.end,
            char_start,
            char_end,
            text: span_text(text, mention.span),
            id: &entity.id,
            kind: entity.kind.as_str(),
            name: &entity.name,
            matched: matcher.matched(mention),
            via: mention.via.as_str(),
            title,
            candidates: Candidates {
                gazetteer: matcher.gazetteer(),
                positions: &mention.candidates,
            },
        };
        write_json(out, &json)?;
    }
    out.write_all(b"]}\n")
}

/// A document id as text: a given string id unquoted, any other given id
/// as its JSON, a line number, a file name.
fn id_text<'a>(id: DocId<'a>) -> Cow<'a, str> {
    match id {
        DocId::Given(raw) => match serde_json::from_str::<String>(raw.get()) {
            Ok(string) => Cow::Owned(string),
            Err(_) => Cow::Borrowed(raw.get()),
        },
        DocId::Line(line) => Cow::Owned(line.to_string()),
        DocId::Name(name) => Cow::Borrowed(name),
    }
}

/// Writes `field` with backslash, tab, line feed and carriage return
/// escaped as `\\`, `\t`, `\n`, `\r`, so that it stays one TSV column.
fn write_escaped<W: Write>(out: &mut W, field: &str) -> io::Result<()> {
    let bytes = field.as_bytes();
    let mut written = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'\\' => b"\\\\",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            _ => continue,
        };
        out.write_all(&bytes[written..i])?;
        out.write_all(escape)?;
        written = i + 1;
    }
    out.write_all(&bytes[written..])
}

/// Writes one TSV line per mention of a document.
fn write_tsv<W: Write>(
    out: &mut W,
    doc: &Document<'_>,
    matcher: &Matcher,
    mentions: &[Mention],
) -> io::Result<()> {
    let text = doc.text;
    let id = id_text(doc.id);
    let mut offsets = Offsets::new(text);
    for mention in mentions {
        let entity = matcher.entity(mention);
        let (char_start, char_end) = char_span(&mut offsets.mentions, mention.span);
        write_escaped(out, &id)?;
        write!(
            out,
            "\t{}\t{}\t{char_start}\t{char_end}\t",
            mention.span.start, mention.span.end
        )?;
        write_escaped(out, span_text(text, mention.span))?;
        out.write_all(b"\t")?;
        write_escaped(out, &entity.id)?;
        out.write_all(b"\t")?;
        out.write_all(entity.kind.as_str().as_bytes())?;
        out.write_all(b"\t")?;
        write_escaped(out, &entity.name)?;
        out.write_all(b"\t")?;
        out.write_all(mention.via.as_str().as_bytes())?;
        out.write_all(b"\t")?;
        if let Some(title) = mention.title {
            write_escaped(out, span_text(text, title))?;
        }
        out.write_all(b"\t")?;
        let candidates = Candidates {
            gazetteer: matcher.gazetteer(),
            positions: &mention.candidates,
        };
        for (i, id) in candidates.ids().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            write_escaped(out, id)?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// ANSI SGR sequences.
const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";

/// The colour of a kind's mentions: bold, underlined, and cyan for
/// persons, yellow for organizations, green for places.
fn kind_style(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "\x1b[1;4;36m",
        EntityKind::Organization => "\x1b[1;4;33m",
        EntityKind::Place => "\x1b[1;4;32m",
    }
}

/// Writes `s` for a terminal: control characters (which could move the
/// cursor or change colours) as `\u{..}`, except tab and line breaks when
/// `keep_lines`; with `keep_lines` false, tab and line breaks as `\t`,
/// `\n`, `\r`.
fn write_visible<W: Write>(out: &mut W, s: &str, keep_lines: bool) -> io::Result<()> {
    let mut written = 0;
    for (i, c) in s.char_indices() {
        if !c.is_control() || (keep_lines && matches!(c, '\n' | '\t' | '\r')) {
            continue;
        }
        out.write_all(&s.as_bytes()[written..i])?;
        match c {
            '\n' => out.write_all(b"\\n")?,
            '\t' => out.write_all(b"\\t")?,
            '\r' => out.write_all(b"\\r")?,
            _ => write!(out, "\\u{{{:x}}}", u32::from(c))?,
        }
        written = i + c.len_utf8();
    }
    out.write_all(&s.as_bytes()[written..])
}

/// Writes one document for people: its id, its text with the mentions
/// marked, and the list of mentions.
fn write_pretty<W: Write>(
    out: &mut W,
    doc: &Document<'_>,
    matcher: &Matcher,
    mentions: &[Mention],
    colour: bool,
) -> io::Result<()> {
    let text = doc.text;
    let id = id_text(doc.id);
    if colour {
        out.write_all(BOLD.as_bytes())?;
    }
    out.write_all("── ".as_bytes())?;
    write_visible(out, &id, false)?;
    out.write_all(" ──".as_bytes())?;
    if colour {
        out.write_all(RESET.as_bytes())?;
    }
    out.write_all(b"\n")?;

    // The text, each mention marked.
    let mut at = 0;
    for mention in mentions {
        let span = mention.span;
        if span.start < at || span.end > text.len() {
            continue;
        }
        let entity = matcher.entity(mention);
        write_visible(out, span_text(text, Span::new(at, span.start)), true)?;
        if colour {
            out.write_all(kind_style(entity.kind).as_bytes())?;
            write_visible(out, span_text(text, span), true)?;
            out.write_all(RESET.as_bytes())?;
        } else {
            out.write_all(b"[")?;
            write_visible(out, span_text(text, span), true)?;
            out.write_all(b"]{")?;
            out.write_all(entity.kind.as_str().as_bytes())?;
            out.write_all(b": ")?;
            write_visible(out, &entity.name, false)?;
            out.write_all(b"}")?;
        }
        at = span.end;
    }
    let rest = text.get(at..).unwrap_or_default();
    write_visible(out, rest, true)?;
    if !text.is_empty() && !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }

    // The list of mentions, offsets aligned.
    if mentions.is_empty() {
        if colour {
            out.write_all(DIM.as_bytes())?;
        }
        out.write_all(b"  (no mentions)")?;
        if colour {
            out.write_all(RESET.as_bytes())?;
        }
        return out.write_all(b"\n");
    }
    let ranges: Vec<String> = mentions
        .iter()
        .map(|m| format!("{}..{}", m.span.start, m.span.end))
        .collect();
    let width = ranges.iter().map(String::len).max().unwrap_or(0);
    for (mention, range) in mentions.iter().zip(&ranges) {
        let entity = matcher.entity(mention);
        write!(out, "  {range:<width$}  ")?;
        if colour {
            out.write_all(kind_style(entity.kind).as_bytes())?;
        }
        write_visible(out, span_text(text, mention.span), false)?;
        if colour {
            out.write_all(RESET.as_bytes())?;
        }
        out.write_all("  →  ".as_bytes())?;
        write_visible(out, &entity.name, false)?;
        write!(out, " ({}, {})", entity.kind.as_str(), mention.via.as_str())?;
        if let Some(title) = mention.title {
            out.write_all(b" [title: ")?;
            write_visible(out, span_text(text, title), false)?;
            out.write_all(b"]")?;
        }
        let candidates = Candidates {
            gazetteer: matcher.gazetteer(),
            positions: &mention.candidates,
        };
        if !mention.candidates.is_empty() {
            out.write_all(b" [or: ")?;
            for (i, id) in candidates.ids().enumerate() {
                if i > 0 {
                    out.write_all(b", ")?;
                }
                write_visible(out, id, false)?;
            }
            out.write_all(b"]")?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Location;

    fn document(text: &str) -> Document<'_> {
        Document {
            id: DocId::Line(1),
            text,
            fields: &[],
            at: Location::line("x", 1),
        }
    }

    #[test]
    fn tsv_escaping() {
        let mut out = Vec::new();
        write_escaped(&mut out, "a\tb\nc\\d\re").expect("writing to a Vec");
        assert_eq!(out, b"a\\tb\\nc\\\\d\\re");
    }

    #[test]
    fn terminal_text_has_no_control_characters() {
        let mut out = Vec::new();
        write_visible(&mut out, "a\x1b[31mb\nc", true).expect("writing to a Vec");
        assert_eq!(out, b"a\\u{1b}[31mb\nc");
        out.clear();
        write_visible(&mut out, "a\nb\t", false).expect("writing to a Vec");
        assert_eq!(out, b"a\\nb\\t");
    }

    #[test]
    fn ids_as_text() {
        let raw: &serde_json::value::RawValue =
            serde_json::from_str(r#""a\"b""#).expect("valid JSON");
        assert_eq!(id_text(DocId::Given(raw)), "a\"b");
        let raw: &serde_json::value::RawValue = serde_json::from_str("[1, 2]").expect("valid JSON");
        assert_eq!(id_text(DocId::Given(raw)), "[1, 2]");
        assert_eq!(id_text(DocId::Line(4)), "4");
    }

    #[test]
    fn jsonl_offsets_match_the_text() {
        let matcher = Matcher::new(Gazetteer::builtin().clone());
        let text = "Mérida – Menteri Luar Negeri AS Antony Blinken dan Presiden Jokowi.";
        let mentions = matcher.find(text);
        assert!(!mentions.is_empty());
        let mut out = Vec::new();
        write_jsonl(
            &mut out,
            &document(text),
            &matcher,
            &mentions,
            &mut Reporter::new(),
        )
        .expect("writing to a Vec");
        let value: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
        for json in value["mentions"].as_array().expect("mentions") {
            let mut spans = vec![json];
            if !json["title"].is_null() {
                spans.push(&json["title"]);
            }
            for span in spans {
                let start = span["start"].as_u64().expect("start") as usize;
                let end = span["end"].as_u64().expect("end") as usize;
                assert_eq!(span["text"], &text[start..end]);
                assert_eq!(span["char_start"], text[..start].chars().count());
                assert_eq!(span["char_end"], text[..end].chars().count());
            }
        }
    }
}
