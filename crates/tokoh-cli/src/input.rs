//! Reading documents from files and standard input, as plain text (one
//! document per file) or JSON Lines (one document per line), reporting bad
//! input as `FILE:LINE: what is wrong` and going on with the rest.
//!
//! Every subcommand that reads documents goes through
//! [`for_each_document`], which runs the work on each good document,
//! several at once when asked, and hands the results over in input order.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::cli::{InputArgs, InputFormat};
use crate::parallel;
use crate::report::{describe_io, Location, Reporter};

/// The name of standard input in messages.
const STDIN_NAME: &str = "<stdin>";

/// Said after every problem with a JSON Lines line: the rest of the input
/// is still processed, without that line.
const LINE_SKIPPED: &str = "; line skipped";

/// Buffer size for reading files line by line.
const READ_BUFFER: usize = 256 * 1024;

/// An input: standard input or a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The sources named on the command line: standard input when there is
    /// none, and for `-`.
    pub fn from_args(files: &[PathBuf]) -> Vec<Source> {
        if files.is_empty() {
            return vec![Source::Stdin];
        }
        files
            .iter()
            .map(|path| {
                if path.as_os_str() == "-" {
                    Source::Stdin
                } else {
                    Source::File(path.clone())
                }
            })
            .collect()
    }

    /// The name used in messages and as the id of a text document.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => STDIN_NAME.to_owned(),
            Source::File(path) => path.display().to_string(),
        }
    }

    /// How to read this source when `--input` is not given: JSON Lines for
    /// a file ending in `.jsonl`, text otherwise.
    pub fn default_format(&self) -> InputFormat {
        match self {
            Source::File(path) if has_jsonl_extension(path) => InputFormat::Jsonl,
            _ => InputFormat::Text,
        }
    }
}

fn has_jsonl_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("jsonl"))
}

/// The id of a document.
#[derive(Debug, Clone, Copy)]
pub enum DocId<'a> {
    /// The `"id"` of a JSON Lines document, as written in the input (any
    /// JSON value).
    Given(&'a RawValue),
    /// A line number standing in for a missing id; written as a string.
    Line(usize),
    /// The name of a text file.
    Name(&'a str),
}

/// A field of a JSON Lines document other than `id` and `text`, passed
/// through to the output untouched.
#[derive(Debug)]
pub struct Field<'a> {
    /// The field name, unescaped.
    pub name: Cow<'a, str>,
    /// The value exactly as written in the input.
    pub value: &'a RawValue,
}

/// One document to process.
#[derive(Debug)]
pub struct Document<'a> {
    pub id: DocId<'a>,
    pub text: &'a str,
    /// Pass-through fields, in input order (none for a text document).
    pub fields: &'a [Field<'a>],
    /// Where the document starts, for messages about it.
    pub at: Location<'a>,
}

/// Writing the output failed; reading stops.
#[derive(Debug)]
pub struct OutputError(pub io::Error);

impl From<io::Error> for OutputError {
    fn from(error: io::Error) -> OutputError {
        OutputError(error)
    }
}

/// With more than one thread, how many documents may be read ahead of the
/// one being written.
const BATCH_DOCUMENTS: usize = 4096;

/// With more than one thread, how many bytes of input the documents read
/// ahead may hold together (one document may be larger on its own).
const BATCH_BYTES: usize = 4 << 20;

/// Reads every document of the inputs named in `args`, in order; runs `work`
/// on each, on up to `threads` threads at once; and calls `process` on each
/// document with its result, in input order. Bad input is reported through
/// `reporter`, in input order too, and skipped; an error from `process` (the
/// output is gone) stops everything and is returned.
///
/// With one thread, one document (one line, or one text file) is in memory
/// at a time. With more, documents are read ahead in batches of at most
/// [`BATCH_DOCUMENTS`] and about [`BATCH_BYTES`], and a batch never waits
/// for input that is not there yet: a JSON Lines document piped in on its
/// own is answered at once.
pub fn for_each_document<T, W, F>(
    args: &InputArgs,
    reporter: &mut Reporter,
    threads: NonZeroUsize,
    work: W,
    process: F,
) -> Result<(), OutputError>
where
    T: Send,
    W: Fn(&Document<'_>) -> T + Sync,
    F: FnMut(&Document<'_>, T, &mut Reporter) -> Result<(), OutputError>,
{
    let mut batch = Batch {
        items: Vec::new(),
        bytes: 0,
        threads,
        work,
        process,
    };
    for source in Source::from_args(&args.files) {
        let format = args.input.unwrap_or_else(|| source.default_format());
        let name: Arc<str> = source.name().into();
        match &source {
            Source::Stdin => {
                let stdin = io::stdin();
                if stdin.is_terminal() {
                    reporter.note("reading standard input; end it with Ctrl-D");
                }
                let lock = stdin.lock();
                match format {
                    InputFormat::Text => read_text(lock, &name, false, &mut batch, reporter)?,
                    InputFormat::Jsonl => {
                        let reader = BufReader::with_capacity(READ_BUFFER, lock);
                        read_jsonl(reader, &name, &mut batch, reporter)?;
                    }
                }
            }
            Source::File(path) => {
                let file = match File::open(path) {
                    Ok(file) => file,
                    Err(e) => {
                        let message = format!("cannot read: {}", describe_io(&e));
                        batch.push(Item::problem(&name, None, message), reporter)?;
                        continue;
                    }
                };
                match format {
                    InputFormat::Text => read_text(file, &name, true, &mut batch, reporter)?,
                    InputFormat::Jsonl => {
                        let reader = BufReader::with_capacity(READ_BUFFER, file);
                        read_jsonl(reader, &name, &mut batch, reporter)?;
                    }
                }
            }
        }
    }
    batch.flush(reporter)
}

/// Input read but not yet processed.
#[derive(Debug)]
enum Item {
    /// A whole text document; its id is the source's name when `named`,
    /// else `"1"`.
    Text {
        source: Arc<str>,
        named: bool,
        bytes: Vec<u8>,
    },
    /// A line of JSON Lines input, without the byte order mark of a first
    /// line; `offset` is where `bytes` starts in the input.
    Line {
        source: Arc<str>,
        number: usize,
        offset: usize,
        bytes: Vec<u8>,
    },
    /// A problem met while reading.
    Problem {
        source: Arc<str>,
        line: Option<usize>,
        message: String,
    },
}

impl Item {
    fn problem(source: &Arc<str>, line: Option<usize>, message: String) -> Item {
        Item::Problem {
            source: Arc::clone(source),
            line,
            message,
        }
    }

    fn len(&self) -> usize {
        match self {
            Item::Text { bytes, .. } | Item::Line { bytes, .. } => bytes.len(),
            Item::Problem { .. } => 0,
        }
    }

    /// What the item is, parsed: a document, something to report, or
    /// nothing (a blank line).
    fn prepare(&self) -> Prepared<'_> {
        match self {
            Item::Text {
                source,
                named,
                bytes,
            } => match std::str::from_utf8(bytes) {
                Ok(text) => Prepared::Text {
                    id: if *named {
                        DocId::Name(source)
                    } else {
                        DocId::Line(1)
                    },
                    text,
                    at: Location::line(source, 1),
                },
                Err(e) => {
                    let at = e.valid_up_to();
                    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                    Prepared::Problem(
                        Location::line(source, line),
                        InvalidUtf8 { byte: at }.to_string(),
                    )
                }
            },
            Item::Line {
                source,
                number,
                offset,
                bytes,
            } => {
                let at = Location::line(source, *number);
                let line = match std::str::from_utf8(bytes) {
                    Ok(line) => line,
                    Err(e) => {
                        let byte = offset + e.valid_up_to();
                        let message = format!("{}{LINE_SKIPPED}", InvalidUtf8 { byte });
                        return Prepared::Problem(at, message);
                    }
                };
                if line.bytes().all(is_json_whitespace) {
                    return Prepared::Blank;
                }
                match parse_line(line) {
                    Ok(parsed) => Prepared::Line {
                        line: parsed,
                        number: *number,
                        at,
                    },
                    Err(message) => Prepared::Problem(at, message + LINE_SKIPPED),
                }
            }
            Item::Problem {
                source,
                line,
                message,
            } => Prepared::Problem(
                Location {
                    source,
                    line: *line,
                },
                message.clone(),
            ),
        }
    }
}

/// An [`Item`] parsed.
#[derive(Debug)]
enum Prepared<'a> {
    Text {
        id: DocId<'a>,
        text: &'a str,
        at: Location<'a>,
    },
    Line {
        line: Line<'a>,
        number: usize,
        at: Location<'a>,
    },
    Problem(Location<'a>, String),
    Blank,
}

impl Prepared<'_> {
    fn document(&self) -> Option<Document<'_>> {
        match self {
            Prepared::Text { id, text, at } => Some(Document {
                id: *id,
                text,
                fields: &[],
                at: *at,
            }),
            Prepared::Line { line, number, at } => Some(Document {
                id: line.id.map_or(DocId::Line(*number), DocId::Given),
                text: &line.text,
                fields: &line.fields,
                at: *at,
            }),
            Prepared::Problem(..) | Prepared::Blank => None,
        }
    }
}

/// The documents read ahead, the work to run on them and what to do with
/// the results.
struct Batch<W, F> {
    items: Vec<Item>,
    bytes: usize,
    threads: NonZeroUsize,
    work: W,
    process: F,
}

impl<T, W, F> Batch<W, F>
where
    T: Send,
    W: Fn(&Document<'_>) -> T + Sync,
    F: FnMut(&Document<'_>, T, &mut Reporter) -> Result<(), OutputError>,
{
    /// Adds an item; processes the batch when it is full (with one thread,
    /// at once).
    fn push(&mut self, item: Item, reporter: &mut Reporter) -> Result<(), OutputError> {
        self.bytes += item.len();
        self.items.push(item);
        if self.threads.get() == 1
            || self.items.len() >= BATCH_DOCUMENTS
            || self.bytes >= BATCH_BYTES
        {
            self.flush(reporter)?;
        }
        Ok(())
    }

    /// Processes every item read so far, in order.
    fn flush(&mut self, reporter: &mut Reporter) -> Result<(), OutputError> {
        let prepared: Vec<Prepared<'_>> = self.items.iter().map(Item::prepare).collect();
        let documents: Vec<Document<'_>> = prepared.iter().filter_map(Prepared::document).collect();
        let work = &self.work;
        let results = parallel::map(&documents, self.threads, |doc| work(doc));
        let mut done = documents.iter().zip(results);
        let mut outcome = Ok(());
        for item in &prepared {
            match item {
                Prepared::Problem(at, message) => reporter.error(*at, message),
                Prepared::Blank => {}
                Prepared::Text { .. } | Prepared::Line { .. } => {
                    if let Some((doc, result)) = done.next() {
                        outcome = (self.process)(doc, result, reporter);
                        if outcome.is_err() {
                            break;
                        }
                    }
                }
            }
        }
        drop(done);
        drop(documents);
        drop(prepared);
        self.items.clear();
        self.bytes = 0;
        outcome
    }
}

/// Reads all of `reader` as one document.
fn read_text<R: Read, W, F, T>(
    mut reader: R,
    name: &Arc<str>,
    named: bool,
    batch: &mut Batch<W, F>,
    reporter: &mut Reporter,
) -> Result<(), OutputError>
where
    T: Send,
    W: Fn(&Document<'_>) -> T + Sync,
    F: FnMut(&Document<'_>, T, &mut Reporter) -> Result<(), OutputError>,
{
    let mut bytes = Vec::new();
    let item = match reader.read_to_end(&mut bytes) {
        Ok(_) => Item::Text {
            source: Arc::clone(name),
            named,
            bytes,
        },
        Err(e) => Item::problem(name, None, format!("cannot read: {}", describe_io(&e))),
    };
    batch.push(item, reporter)
}

/// Reads `reader` line by line, each non-blank line a JSON document.
fn read_jsonl<R: Read, W, F, T>(
    mut reader: BufReader<R>,
    name: &Arc<str>,
    batch: &mut Batch<W, F>,
    reporter: &mut Reporter,
) -> Result<(), OutputError>
where
    T: Send,
    W: Fn(&Document<'_>) -> T + Sync,
    F: FnMut(&Document<'_>, T, &mut Reporter) -> Result<(), OutputError>,
{
    let mut number = 0;
    // Byte offset of the current line in the input.
    let mut offset = 0;
    loop {
        let mut bytes = Vec::new();
        let read = match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return Ok(()),
            Ok(read) => read,
            Err(e) => {
                let message = format!("cannot read: {}", describe_io(&e));
                return batch.push(Item::problem(name, Some(number + 1), message), reporter);
            }
        };
        number += 1;
        let mut start = offset;
        offset += read;
        if number == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
            start += 3;
        }
        let item = Item::Line {
            source: Arc::clone(name),
            number,
            offset: start,
            bytes,
        };
        batch.push(item, reporter)?;
        // Work on what has come so far rather than wait for more input.
        if !reader.buffer().contains(&b'\n') && !batch.items.is_empty() {
            batch.flush(reporter)?;
        }
    }
}

/// The message for invalid UTF-8 at byte `byte` of a file.
struct InvalidUtf8 {
    byte: usize,
}

impl fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid UTF-8 at byte {}", self.byte)
    }
}

fn is_json_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// A JSON Lines document, borrowing from its line.
#[derive(Debug)]
struct Line<'a> {
    id: Option<&'a RawValue>,
    text: Cow<'a, str>,
    fields: Vec<Field<'a>>,
}

/// Parses one line: a JSON object with a string `text`, an optional `id`
/// and any other fields. The error is the message to report.
fn parse_line(line: &str) -> Result<Line<'_>, String> {
    let first = line.bytes().find(|&b| !is_json_whitespace(b));
    // Valid JSON that is not an object: say so rather than "invalid type".
    if first != Some(b'{') && serde_json::from_str::<IgnoredAny>(line).is_ok() {
        let found = first.map_or("nothing", json_type_of);
        return Err(format!("expected a JSON object, found {found}"));
    }
    let object = serde_json::from_str::<Object<'_>>(line).map_err(json_error)?;
    let mut id = None;
    let mut text = None;
    let mut fields = Vec::with_capacity(object.0.len().saturating_sub(2));
    for (key, value) in object.0 {
        let slot = match &*key {
            "id" => &mut id,
            "text" => &mut text,
            _ => {
                fields.push(Field { name: key, value });
                continue;
            }
        };
        if slot.is_some() {
            return Err(format!("duplicate field \"{key}\""));
        }
        *slot = Some(value);
    }
    let Some(text) = text else {
        return Err("missing field \"text\"".to_owned());
    };
    let raw = text.get();
    if !raw.starts_with('"') {
        let found = raw.bytes().next().map_or("nothing", json_type_of);
        return Err(format!("field \"text\" must be a string, found {found}"));
    }
    let text = serde_json::from_str::<CowStr<'_>>(raw)
        .map_err(|e| format!("field \"text\": {}", error_message(&e)))?
        .0;
    // `"id": null` says "no id", like a missing one.
    let id = id.filter(|id| id.get() != "null");
    Ok(Line { id, text, fields })
}

/// What kind of JSON value starts with `b`, for messages.
fn json_type_of(b: u8) -> &'static str {
    match b {
        b'"' => "a string",
        b'[' => "an array",
        b'{' => "an object",
        b't' | b'f' => "a boolean",
        b'n' => "null",
        _ => "a number",
    }
}

/// A serde_json error as a message that does not confuse its own "line 1"
/// with the line of the file.
fn json_error(e: serde_json::Error) -> String {
    if e.column() == 0 {
        format!("invalid JSON: {}", error_message(&e))
    } else {
        format!(
            "invalid JSON: {} (column {})",
            error_message(&e),
            e.column()
        )
    }
}

/// The message of a serde_json error without its position.
fn error_message(e: &serde_json::Error) -> String {
    let mut message = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    if message.ends_with(&suffix) {
        message.truncate(message.len() - suffix.len());
    }
    message
}

/// A JSON object as its fields in order, each value left as written.
struct Object<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Object<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor;

        impl<'de> Visitor<'de> for ObjectVisitor {
            type Value = Object<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Object<'de>, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(4));
                while let Some(CowStr(key)) = map.next_key()? {
                    let value: &'de RawValue = map.next_value()?;
                    fields.push((key, value));
                }
                Ok(Object(fields))
            }
        }

        deserializer.deserialize_map(ObjectVisitor)
    }
}

/// A JSON string, borrowed from the input when it has no escapes.
struct CowStr<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for CowStr<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StrVisitor;

        impl<'de> Visitor<'de> for StrVisitor {
            type Value = CowStr<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<CowStr<'de>, E> {
                Ok(CowStr(Cow::Borrowed(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<CowStr<'de>, E> {
                Ok(CowStr(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<CowStr<'de>, E> {
                Ok(CowStr(Cow::Owned(v)))
            }
        }

        deserializer.deserialize_str(StrVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(line: &str) -> Line<'_> {
        match parse_line(line) {
            Ok(parsed) => parsed,
            Err(message) => panic!("{line}: {message}"),
        }
    }

    fn err(line: &str) -> String {
        match parse_line(line) {
            Ok(parsed) => panic!("{line}: parsed as {parsed:?}"),
            Err(message) => message,
        }
    }

    #[test]
    fn fields_keep_their_order_and_bytes() {
        let line = r#"{"b": 1.50, "text": "Halo", "id": 7, "a": {"x" : [1,2]}}"#;
        let parsed = ok(line);
        assert_eq!(parsed.text, "Halo");
        assert!(matches!(parsed.text, Cow::Borrowed(_)));
        assert_eq!(parsed.id.map(RawValue::get), Some("7"));
        let fields: Vec<(&str, &str)> = parsed
            .fields
            .iter()
            .map(|f| (&*f.name, f.value.get()))
            .collect();
        assert_eq!(fields, [("b", "1.50"), ("a", r#"{"x" : [1,2]}"#)]);
    }

    #[test]
    fn text_escapes_are_decoded() {
        assert_eq!(ok(r#"{"text": "a\nb\u00e9"}"#).text, "a\nbé");
    }

    #[test]
    fn a_null_id_is_no_id() {
        assert!(ok(r#"{"id": null, "text": ""}"#).id.is_none());
        assert!(ok(r#"{"text": ""}"#).id.is_none());
        assert_eq!(
            ok(r#"{"id": "", "text": ""}"#).id.map(RawValue::get),
            Some(r#""""#)
        );
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let cases = [
            (r#"{"id": 1}"#, "missing field \"text\""),
            (
                r#"{"text": 5}"#,
                "field \"text\" must be a string, found a number",
            ),
            (
                r#"{"text": null}"#,
                "field \"text\" must be a string, found null",
            ),
            (r#"["text"]"#, "expected a JSON object, found an array"),
            (r#""text""#, "expected a JSON object, found a string"),
            (r#"{"text": "a", "text": "b"}"#, "duplicate field \"text\""),
        ];
        for (line, expected) in cases {
            assert_eq!(err(line), expected, "{line}");
        }
        let message = err(r#"{"text": "a""#);
        assert!(message.starts_with("invalid JSON: "), "{message}");
        assert!(!message.contains("line 1"), "{message}");
        let message = err("{text: 1}");
        assert!(message.starts_with("invalid JSON: "), "{message}");
        let message = err(r#"{"text": "\ud800"}"#);
        assert!(!message.is_empty());
    }

    #[test]
    fn default_formats() {
        assert_eq!(
            Source::File("a/b.jsonl".into()).default_format(),
            InputFormat::Jsonl
        );
        assert_eq!(
            Source::File("b.json".into()).default_format(),
            InputFormat::Text
        );
        assert_eq!(Source::Stdin.default_format(), InputFormat::Text);
        assert_eq!(
            Source::from_args(&["-".into(), "x".into()]),
            [Source::Stdin, Source::File("x".into())]
        );
        assert_eq!(Source::from_args(&[]), [Source::Stdin]);
    }
}
