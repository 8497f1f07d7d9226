//! Byte offsets to code-point offsets, and the `Span` class.

use pyo3::prelude::*;
use pyo3::types::PyType;

/// The code-point offsets of the byte offsets `bytes` of `text`, in the same
/// order; every byte offset must lie on a character boundary (the core's
/// spans always do).
pub fn char_offsets(text: &str, bytes: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_unstable_by_key(|&i| bytes[i]);
    let mut out = vec![0; bytes.len()];
    let (mut byte, mut chars) = (0, 0);
    for i in order {
        let target = bytes[i].min(text.len());
        if target > byte {
            chars += text.get(byte..target).map_or(0, |s| s.chars().count());
            byte = target;
        }
        out[i] = chars;
    }
    out
}

/// A stretch of a text: code-point offsets (`text[span.start:span.end] ==
/// span.text`) and UTF-8 byte offsets.
#[pyclass(frozen, eq, hash, module = "tokoh", get_all)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: String,
}

impl Span {
    /// The span of bytes `start..end` of `text`, whose code-point offsets
    /// are `chars`.
    pub fn new(text: &str, bytes: (usize, usize), chars: (usize, usize)) -> Span {
        Span {
            start: chars.0,
            end: chars.1,
            byte_start: bytes.0,
            byte_end: bytes.1,
            text: text.get(bytes.0..bytes.1).unwrap_or_default().to_owned(),
        }
    }
}

#[pymethods]
impl Span {
    #[new]
    #[pyo3(signature = (start, end, byte_start, byte_end, text))]
    fn py_new(start: usize, end: usize, byte_start: usize, byte_end: usize, text: String) -> Span {
        Span {
            start,
            end,
            byte_start,
            byte_end,
            text,
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Span(start={}, end={}, text={})",
            self.start,
            self.end,
            py_str(&self.text)
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (Bound<'py, PyType>, (usize, usize, usize, usize, String)) {
        let span = slf.get();
        (
            slf.get_type(),
            (
                span.start,
                span.end,
                span.byte_start,
                span.byte_end,
                span.text.clone(),
            ),
        )
    }

    /// The span as a plain dict.
    pub fn to_dict(&self) -> std::collections::BTreeMap<&'static str, SpanValue> {
        std::collections::BTreeMap::from([
            ("start", SpanValue::Int(self.start)),
            ("end", SpanValue::Int(self.end)),
            ("byte_start", SpanValue::Int(self.byte_start)),
            ("byte_end", SpanValue::Int(self.byte_end)),
            ("text", SpanValue::Text(self.text.clone())),
        ])
    }
}

/// A value of a span's dict.
#[derive(Debug, IntoPyObject)]
pub enum SpanValue {
    Int(usize),
    Text(String),
}

/// `s` as Python writes a `str` literal (`'...'`), for reprs.
pub fn py_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}
