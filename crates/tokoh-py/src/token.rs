//! `Token`: a surface token of a text.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::offsets::{char_offsets, py_str, Span};

/// A surface token, with code-point offsets (`start`, `end`) and byte
/// offsets (`byte_start`, `byte_end`), its kind, its normal form and the
/// words it splits into (`KPK-nya` → `KPK`, `-nya`; a token that does not
/// split is one word).
#[pyclass(frozen, eq, hash, module = "tokoh", get_all)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Token {
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    text: String,
    kind: &'static str,
    norm: String,
    words: Vec<Span>,
}

/// The core's tokens of `text` as Python tokens.
pub fn from_core(text: &str, tokens: &[tokoh::Token<'_>]) -> Vec<Token> {
    let mut bytes = Vec::with_capacity(tokens.len() * 2);
    for token in tokens {
        for word in token.words() {
            bytes.extend([word.start, word.end]);
        }
    }
    let chars = char_offsets(text, &bytes);
    let mut at = 0;
    tokens
        .iter()
        .map(|token| {
            let words: Vec<Span> = token
                .words()
                .iter()
                .map(|w| {
                    let span = Span::new(text, (w.start, w.end), (chars[at], chars[at + 1]));
                    at += 2;
                    span
                })
                .collect();
            let (start, end) = (
                words.first().map_or(0, |w| w.start),
                words.last().map_or(0, |w| w.end),
            );
            Token {
                start,
                end,
                byte_start: token.span.start,
                byte_end: token.span.end,
                text: token.text(text).to_owned(),
                kind: token.kind.as_str(),
                norm: token.norm.as_str().to_owned(),
                words,
            }
        })
        .collect()
}

#[pymethods]
impl Token {
    /// The token as a dict, with the fields of `tokoh tokenize`'s JSON
    /// output (offsets in code points and bytes; `words` as span dicts).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("byte_start", self.byte_start)?;
        dict.set_item("byte_end", self.byte_end)?;
        dict.set_item("kind", self.kind)?;
        dict.set_item("norm", &self.norm)?;
        let words: Vec<_> = self.words.iter().map(Span::to_dict).collect();
        dict.set_item("words", words)?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!(
            "Token(start={}, end={}, text={}, kind={})",
            self.start,
            self.end,
            py_str(&self.text),
            py_str(self.kind)
        )
    }
}
