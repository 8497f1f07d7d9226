//! Writing JSON output by hand, fast: no intermediate `serde_json::Value`,
//! strings escaped by serde_json, numbers formatted without `fmt`.
//!
//! Also the parts every document's output shares: its id and the input
//! fields passed through.

use std::io::{self, Write};

use serde::Serialize;

use crate::input::{DocId, Document};
use crate::report::Reporter;

/// Writes `value` as JSON: strings escaped, structs as objects.
#[inline]
pub fn write_json<W: Write, T: Serialize + ?Sized>(out: &mut W, value: &T) -> io::Result<()> {
    serde_json::to_writer(out, value).map_err(io::Error::from)
}

/// Writes a document id: a given id exactly as it was written, a line
/// number as a string (`"3"`), a file name as a string.
pub fn write_id<W: Write>(out: &mut W, id: DocId<'_>) -> io::Result<()> {
    match id {
        DocId::Given(raw) => out.write_all(raw.get().as_bytes()),
        DocId::Line(line) => {
            out.write_all(b"\"")?;
            write_json(out, &line)?;
            out.write_all(b"\"")
        }
        DocId::Name(name) => write_json(out, name),
    }
}

/// Writes `,"name":value` for each pass-through field of `doc`, values
/// byte for byte as in the input.
///
/// A field whose name is one of `reserved` (the fields the command writes
/// itself) is left out, with a warning once per input, so that the output
/// never has the same name twice.
pub fn write_pass_through<W: Write>(
    out: &mut W,
    doc: &Document<'_>,
    reserved: &[&str],
    reporter: &mut Reporter,
) -> io::Result<()> {
    for field in doc.fields {
        if reserved.contains(&&*field.name) {
            reporter.warning_once(
                &format!("{}\0{}", doc.at.source, field.name),
                doc.at,
                format_args!(
                    "input field \"{}\" is not copied to the output, which has a \"{}\" of its own \
                     (said once per input)",
                    field.name, field.name
                ),
            );
            continue;
        }
        out.write_all(b",")?;
        write_json(out, &*field.name)?;
        out.write_all(b":")?;
        out.write_all(field.value.get().as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::value::RawValue;

    fn id_json(id: DocId<'_>) -> String {
        let mut out = Vec::new();
        write_id(&mut out, id).expect("writing to a Vec");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    #[test]
    fn ids() {
        let raw: &RawValue = serde_json::from_str(r#"{"a" : 1}"#).expect("valid JSON");
        assert_eq!(id_json(DocId::Given(raw)), r#"{"a" : 1}"#);
        assert_eq!(id_json(DocId::Line(12)), r#""12""#);
        assert_eq!(
            id_json(DocId::Name("dir/a \"b\".txt")),
            r#""dir/a \"b\".txt""#
        );
    }
}
