//! Exchange files for scoring other matchers with the same code.
//!
//! 1. `eval-match --export DIR` writes, for every set:
//!    - `DIR/docs.jsonl`: one document a line, `{"set", "id", "text", "gold":
//!      [{"start", "end", "type", "text"}, ...]}`, offsets in **characters**
//!      (code points, Python's `str` indices);
//!    - `DIR/gazetteer-<set>.jsonl`: the set's gazetteer as tokoh gazetteer
//!      lines (specification §2), one entity per gold string of the training
//!      part; every line carries the string as `phrase` and its type (`PER`,
//!      `ORG`) as `type`, which is all another tool needs.
//! 2. The other tool writes one line per document: `{"set", "id", "tool",
//!    "spans": [[start, end, "PER"], ...]}`, character offsets, half open
//!    (`benches/python/match_baselines.py`).
//! 3. `eval-match --spans-from FILE` scores them; the report names the tool
//!    by the file's `tool` field (or `--label`).

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tokoh::Span;

use super::gazetteer::{entity, GazetteerOptions, Phrases};
use super::predict::Predictor;
use super::sets::{EvalSet, MatchSet};
use super::{Doc, Mention, MentionType};
use crate::error::read_to_string;
use crate::text::char_to_byte_table;
use crate::Error;

/// The documents file inside an export folder.
pub const DOCS_FILE: &str = "docs.jsonl";

/// The gazetteer file of `set` inside an export folder.
#[must_use]
pub fn gazetteer_file(set: MatchSet) -> String {
    format!("gazetteer-{}.jsonl", set.key())
}

#[derive(Serialize)]
struct GoldOut<'a> {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    ty: &'static str,
    text: &'a str,
}

#[derive(Serialize)]
struct DocOut<'a> {
    set: &'a str,
    id: &'a str,
    text: &'a str,
    gold: Vec<GoldOut<'a>>,
}

/// Character offset of every byte offset that starts a character (and of
/// the text's end).
fn byte_to_char(text: &str) -> HashMap<usize, usize> {
    char_to_byte_table(text)
        .into_iter()
        .enumerate()
        .map(|(c, b)| (b, c))
        .collect()
}

/// Writes `sets` (their evaluation documents and the gazetteer of each) to
/// the folder `dir`, creating it; returns the number of documents.
///
/// # Errors
///
/// When a file cannot be written.
pub fn export(
    dir: &Path,
    sets: &[(&EvalSet, &Phrases)],
    options: GazetteerOptions,
) -> Result<usize, Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let docs_path = dir.join(DOCS_FILE);
    let mut n = 0;
    let mut docs = Writer::create(&docs_path)?;
    for (set, phrases) in sets {
        for doc in &set.eval {
            let chars = byte_to_char(&doc.text);
            let gold = doc
                .gold
                .iter()
                .map(|m| GoldOut {
                    start: chars[&m.span.start],
                    end: chars[&m.span.end],
                    ty: m.ty.as_str(),
                    text: doc.slice(m.span),
                })
                .collect();
            docs.line(&DocOut {
                set: set.set.key(),
                id: &doc.id,
                text: &doc.text,
                gold,
            })?;
            n += 1;
        }
        let path = dir.join(gazetteer_file(set.set));
        let mut gazetteer = Writer::create(&path)?;
        gazetteer.raw(&format!(
            "# eval-match gazetteer of {}: one entity per distinct gold PER/ORG string of the \
             training part; `phrase` is the string, `type` its type",
            set.set.key()
        ))?;
        for (i, phrase) in phrases.as_slice().iter().enumerate() {
            gazetteer.raw(&entity(phrase, i, options).to_json())?;
        }
        gazetteer.finish()?;
    }
    docs.finish()?;
    Ok(n)
}

/// A JSON Lines file being written.
struct Writer {
    path: PathBuf,
    out: BufWriter<File>,
}

impl Writer {
    fn create(path: &Path) -> Result<Writer, Error> {
        let file = File::create(path).map_err(|e| Error::write(path, e))?;
        Ok(Writer {
            path: path.to_path_buf(),
            out: BufWriter::new(file),
        })
    }

    fn line(&mut self, value: &impl Serialize) -> Result<(), Error> {
        serde_json::to_writer(&mut self.out, value)
            .map_err(|e| Error::write(&self.path, e.into()))?;
        self.out
            .write_all(b"\n")
            .map_err(|e| Error::write(&self.path, e))
    }

    fn raw(&mut self, line: &str) -> Result<(), Error> {
        writeln!(self.out, "{line}").map_err(|e| Error::write(&self.path, e))
    }

    fn finish(mut self) -> Result<(), Error> {
        self.out.flush().map_err(|e| Error::write(&self.path, e))
    }
}

/// A predicted mention as written in a spans file: `[start, end, type]`,
/// character offsets.
type RawSpan = (usize, usize, String);

#[derive(Debug, Deserialize)]
struct SpansLine {
    set: String,
    id: String,
    #[serde(default)]
    tool: Option<String>,
    spans: Vec<RawSpan>,
}

/// Mentions predicted by another tool, read from a spans file.
#[derive(Debug)]
pub struct SpansFile {
    label: String,
    path: PathBuf,
    /// By `(set key, document id)`: `(start, end, type)` in characters.
    spans: HashMap<(String, String), Vec<RawSpan>>,
}

impl SpansFile {
    /// Reads a spans file. The tool's name is `label` if given, else the
    /// `tool` field of the file's first line, else the file name.
    ///
    /// # Errors
    ///
    /// When the file cannot be read or a line is not a spans object.
    pub fn load(path: &Path, label: Option<&str>) -> Result<SpansFile, Error> {
        let content = read_to_string(path)?;
        let mut spans = HashMap::new();
        let mut tool = None;
        for (index, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let parsed: SpansLine = serde_json::from_str(line)
                .map_err(|e| Error::format(path, index + 1, e.to_string()))?;
            if tool.is_none() {
                tool = parsed.tool;
            }
            spans.insert((parsed.set, parsed.id), parsed.spans);
        }
        let label = label
            .map(str::to_owned)
            .or(tool)
            .unwrap_or_else(|| path.display().to_string());
        Ok(SpansFile {
            label,
            path: path.to_path_buf(),
            spans,
        })
    }

    /// The tool's name.
    #[must_use]
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The predictions for the documents of `set`.
    #[must_use]
    pub fn for_set(&self, set: MatchSet) -> SetSpans<'_> {
        SetSpans { file: self, set }
    }
}

/// The spans of one set of a [`SpansFile`], as a [`Predictor`].
#[derive(Debug, Clone, Copy)]
pub struct SetSpans<'a> {
    file: &'a SpansFile,
    set: MatchSet,
}

impl Predictor for SetSpans<'_> {
    fn label(&self) -> &str {
        &self.file.label
    }

    fn predict(&self, doc: &Doc) -> Result<Vec<Mention>, Error> {
        let key = (self.set.key().to_owned(), doc.id.clone());
        let what = || format!("document {} of {}", doc.id, self.set.key());
        let Some(spans) = self.file.spans.get(&key) else {
            return Err(Error::data(
                &self.file.path,
                format!("no spans for {}", what()),
            ));
        };
        let table = char_to_byte_table(&doc.text);
        let n_chars = table.len() - 1;
        spans
            .iter()
            .map(|(start, end, ty)| {
                let ty = MentionType::from_str_exact(ty).ok_or_else(|| {
                    Error::data(&self.file.path, format!("{}: unknown type {ty:?}", what()))
                })?;
                if start >= end || *end > n_chars {
                    return Err(Error::data(
                        &self.file.path,
                        format!("{}: bad span [{start}, {end}]", what()),
                    ));
                }
                Ok(Mention {
                    span: Span::new(table[*start], table[*end]),
                    ty,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_read_in_characters() {
        let dir = std::env::temp_dir().join(format!("tokoh-match-exchange-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("spans.jsonl");
        std::fs::write(
            &path,
            "{\"set\": \"idner-dev\", \"id\": \"dev-1\", \"tool\": \"X 1.0\", \
             \"spans\": [[5, 11, \"PER\"]]}\n",
        )
        .expect("write");
        let file = SpansFile::load(&path, None).expect("reads");
        assert_eq!(file.label(), "X 1.0");
        let doc = Doc::new("dev-1", "Kata Amérta datang.", Vec::new());
        let got = file
            .for_set(MatchSet::IdnerDev)
            .predict(&doc)
            .expect("fits");
        assert_eq!(doc.slice(got[0].span), "Amérta");
        assert_eq!(got[0].ty, MentionType::Per);

        let missing = Doc::new("dev-2", "x", Vec::new());
        assert!(file.for_set(MatchSet::IdnerDev).predict(&missing).is_err());
        assert!(file.for_set(MatchSet::NeruiHeldout).predict(&doc).is_err());
        let labelled = SpansFile::load(&path, Some("Y")).expect("reads");
        assert_eq!(labelled.label(), "Y");
        std::fs::remove_dir_all(&dir).ok();
    }
}
