//! Exchange files for scoring other tokenizers with the same code.
//!
//! 1. `eval-tokenize --export-texts texts.jsonl` writes every sentence of
//!    every set, one JSON object a line: `{"set": "ud-gsd-dev", "id":
//!    "dev-s1", "text": "..."}`.
//! 2. Another tokenizer (e.g. `benches/python/spacy_tokenizer.py`) writes one
//!    line per sentence: `{"set": ..., "id": ..., "chars": 123, "spans":
//!    [[0, 4], [5, 12], ...]}` — **character** (code point) offsets, half
//!    open, in order; `chars` (optional) is the text's length in characters,
//!    checked when present. White-space-only spans are ignored.
//! 3. `eval-tokenize --spans-from spans.jsonl --label NAME` scores them.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tokoh::Span;

use super::{Prediction, Segmenter};
use crate::error::read_to_string;
use crate::gold::{GoldSet, SetId};
use crate::text::{char_to_byte_table, is_space};
use crate::Error;

#[derive(Serialize)]
struct TextLine<'a> {
    set: &'a str,
    id: &'a str,
    text: &'a str,
}

#[derive(Debug, Deserialize)]
struct SpansLine {
    set: String,
    id: String,
    #[serde(default)]
    chars: Option<usize>,
    spans: Vec<(usize, usize)>,
}

/// Writes the sentences of `sets` to `path` (see the [module docs](self));
/// returns how many.
///
/// # Errors
///
/// When the file cannot be written.
pub fn write_texts(path: &Path, sets: &[GoldSet]) -> Result<usize, Error> {
    let err = |e| Error::write(path, e);
    let mut out = BufWriter::new(File::create(path).map_err(err)?);
    let mut n = 0;
    for set in sets {
        for (id, text) in set.gold.texts() {
            let line = TextLine {
                set: set.id.key(),
                id,
                text,
            };
            serde_json::to_writer(&mut out, &line).map_err(|e| err(e.into()))?;
            out.write_all(b"\n").map_err(err)?;
            n += 1;
        }
    }
    out.flush().map_err(err)?;
    Ok(n)
}

/// Token spans produced by another tokenizer, read from a spans file.
#[derive(Debug)]
pub struct External {
    label: String,
    path: PathBuf,
    /// By `(set key, sentence id)`.
    spans: HashMap<(String, String), SpansLine>,
}

impl External {
    /// Reads a spans file.
    ///
    /// # Errors
    ///
    /// When the file cannot be read or a line is not a valid spans object.
    pub fn load(path: &Path, label: &str) -> Result<External, Error> {
        let content = read_to_string(path)?;
        let mut spans = HashMap::new();
        for (index, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let parsed: SpansLine = serde_json::from_str(line)
                .map_err(|e| Error::format(path, index + 1, e.to_string()))?;
            spans.insert((parsed.set.clone(), parsed.id.clone()), parsed);
        }
        Ok(External {
            label: label.to_owned(),
            path: path.to_path_buf(),
            spans,
        })
    }
}

impl Segmenter for External {
    fn label(&self) -> &str {
        &self.label
    }

    fn segment(&self, set: SetId, id: &str, text: &str) -> Result<Prediction, Error> {
        let key = (set.key().to_owned(), id.to_owned());
        let Some(SpansLine { chars, spans, .. }) = self.spans.get(&key) else {
            return Err(Error::data(
                &self.path,
                format!("no spans for sentence {id} of {}", set.key()),
            ));
        };
        let table = char_to_byte_table(text);
        let n_chars = table.len() - 1;
        if chars.is_some_and(|c| c != n_chars) {
            return Err(Error::data(
                &self.path,
                format!(
                    "sentence {id} of {}: text has {n_chars} characters, spans file says {chars:?}",
                    set.key()
                ),
            ));
        }
        let mut tokens: Vec<Span> = Vec::with_capacity(spans.len());
        for &(start, end) in spans {
            if start >= end || end > n_chars || tokens.last().is_some_and(|t| table[start] < t.end)
            {
                return Err(Error::data(
                    &self.path,
                    format!("sentence {id} of {}: bad span [{start}, {end}]", set.key()),
                ));
            }
            let span = Span::new(table[start], table[end]);
            if !text[span].chars().all(is_space) {
                tokens.push(span);
            }
        }
        Ok(Prediction {
            words: tokens.clone(),
            tokens,
        })
    }
}
