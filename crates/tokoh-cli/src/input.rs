//! Reading documents from files and standard input, as plain text (one
//! document per file) or JSON Lines (one document per line), reporting bad
//! input as `FILE:LINE: what is wrong` and going on with the rest.
//!
//! Every subcommand that reads documents goes through
//! [`for_each_document`], which hands each good document to a callback and
//! keeps only one line (or one text file) in memory at a time.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::cli::{InputArgs, InputFormat};
use crate::report::{describe_io, Location, Reporter};

/// The name of standard input in messages.
const STDIN_NAME: &str = "<stdin>";

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

/// Reads every document of the inputs named in `args`, in order, and calls
/// `process` on each. Bad input is reported through `reporter` and skipped;
/// an error from `process` (the output is gone) stops everything and is
/// returned.
pub fn for_each_document<F>(
    args: &InputArgs,
    reporter: &mut Reporter,
    mut process: F,
) -> Result<(), OutputError>
where
    F: FnMut(&Document<'_>, &mut Reporter) -> Result<(), OutputError>,
{
    for source in Source::from_args(&args.files) {
        let format = args.input.unwrap_or_else(|| source.default_format());
        let name = source.name();
        match &source {
            Source::Stdin => {
                let stdin = io::stdin();
                if stdin.is_terminal() {
                    reporter.note("reading standard input; end it with Ctrl-D");
                }
                let lock = stdin.lock();
                match format {
                    InputFormat::Text => {
                        read_text(lock, &name, DocId::Line(1), reporter, &mut process)?;
                    }
                    InputFormat::Jsonl => read_jsonl(lock, &name, reporter, &mut process)?,
                }
            }
            Source::File(path) => {
                let file = match File::open(path) {
                    Ok(file) => file,
                    Err(e) => {
                        reporter.error(
                            Location::file(&name),
                            format_args!("cannot read: {}", describe_io(&e)),
                        );
                        continue;
                    }
                };
                match format {
                    InputFormat::Text => {
                        read_text(file, &name, DocId::Name(&name), reporter, &mut process)?;
                    }
                    InputFormat::Jsonl => {
                        let reader = BufReader::with_capacity(READ_BUFFER, file);
                        read_jsonl(reader, &name, reporter, &mut process)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Reads all of `reader` as one document with the id `id`.
fn read_text<R: Read, F>(
    mut reader: R,
    name: &str,
    id: DocId<'_>,
    reporter: &mut Reporter,
    process: &mut F,
) -> Result<(), OutputError>
where
    F: FnMut(&Document<'_>, &mut Reporter) -> Result<(), OutputError>,
{
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        reporter.error(
            Location::file(name),
            format_args!("cannot read: {}", describe_io(&e)),
        );
        return Ok(());
    }
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            reporter.error(Location::line(name, line), InvalidUtf8 { byte: at });
            return Ok(());
        }
    };
    process(
        &Document {
            id,
            text,
            fields: &[],
            at: Location::line(name, 1),
        },
        reporter,
    )
}

/// Reads `reader` line by line, each non-blank line a JSON document.
fn read_jsonl<R: BufRead, F>(
    mut reader: R,
    name: &str,
    reporter: &mut Reporter,
    process: &mut F,
) -> Result<(), OutputError>
where
    F: FnMut(&Document<'_>, &mut Reporter) -> Result<(), OutputError>,
{
    let mut buffer = Vec::new();
    let mut line_number = 0;
    // Byte offset of the current line in the input.
    let mut offset = 0;
    loop {
        buffer.clear();
        let read = match reader.read_until(b'\n', &mut buffer) {
            Ok(0) => return Ok(()),
            Ok(read) => read,
            Err(e) => {
                reporter.error(
                    Location::line(name, line_number + 1),
                    format_args!("cannot read: {}", describe_io(&e)),
                );
                return Ok(());
            }
        };
        line_number += 1;
        let line_start = offset;
        offset += read;
        let at = Location::line(name, line_number);

        let mut bytes = buffer.as_slice();
        let mut skipped = 0;
        if line_number == 1 {
            if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
                bytes = rest;
                skipped = 3;
            }
        }
        let line = match std::str::from_utf8(bytes) {
            Ok(line) => line,
            Err(e) => {
                let byte = line_start + skipped + e.valid_up_to();
                reporter.error(at, InvalidUtf8 { byte });
                continue;
            }
        };
        if line.bytes().all(is_json_whitespace) {
            continue;
        }
        let parsed = match parse_line(line) {
            Ok(parsed) => parsed,
            Err(message) => {
                reporter.error(at, message);
                continue;
            }
        };
        let id = parsed.id.map_or(DocId::Line(line_number), DocId::Given);
        process(
            &Document {
                id,
                text: &parsed.text,
                fields: &parsed.fields,
                at,
            },
            reporter,
        )?;
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
