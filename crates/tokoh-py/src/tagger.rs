//! `Tokoh`: a ready tagger (a compiled gazetteer and the tokenizer).

use std::num::NonZeroUsize;
use std::path::PathBuf;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyIterator, PyList, PyString};

use crate::gazetteer::{type_name, warn, Gazetteer};
use crate::mention::{self, Mention};
use crate::offsets::{char_offsets, Span};
use crate::token::{self, Token};

/// Finds the officials, institutions and places of a gazetteer in texts.
///
/// `Tokoh()` uses the built-in gazetteer; `gazetteers` adds gazetteer files
/// (paths) or `Gazetteer`s, later ones winning when an id is defined twice;
/// `builtin=False` leaves the built-in one out.
#[pyclass(frozen, module = "tokoh")]
#[derive(Debug)]
pub struct Tokoh {
    matcher: tokoh::Matcher,
    /// What was added to the built-in gazetteer (or everything, without
    /// it): what a pickle carries.
    added: tokoh::Gazetteer,
    builtin: bool,
}

/// The gazetteers argument: one path or `Gazetteer`, or an iterable of them.
fn gazetteer_args<'py>(value: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let single = value.is_instance_of::<PyString>()
        || value.is_instance_of::<Gazetteer>()
        || value.hasattr("__fspath__")?;
    if single {
        return Ok(vec![value.clone()]);
    }
    let iterator = PyIterator::from_object(value).map_err(|_| {
        PyTypeError::new_err(format!(
            "gazetteers must be a path, a Gazetteer or an iterable of them, not {}",
            type_name(value)
        ))
    })?;
    iterator.collect()
}

impl Tokoh {
    fn build(py: Python<'_>, added: tokoh::Gazetteer, builtin: bool) -> Tokoh {
        let full = if builtin {
            let mut builder = tokoh::Gazetteer::builder();
            builder.add_gazetteer(tokoh::Gazetteer::builtin());
            builder.add_gazetteer(&added);
            builder.build()
        } else {
            added.clone()
        };
        let matcher = py.detach(|| tokoh::Matcher::new(full));
        Tokoh {
            matcher,
            added,
            builtin,
        }
    }
}

#[pymethods]
impl Tokoh {
    #[new]
    #[pyo3(signature = (gazetteers = None, *, builtin = true))]
    fn new(
        py: Python<'_>,
        gazetteers: Option<&Bound<'_, PyAny>>,
        builtin: bool,
    ) -> PyResult<Tokoh> {
        let mut builder = tokoh::Gazetteer::builder();
        if let Some(gazetteers) = gazetteers {
            for item in gazetteer_args(gazetteers)? {
                if let Ok(gazetteer) = item.cast::<Gazetteer>() {
                    builder.add_gazetteer(&gazetteer.get().inner);
                } else {
                    let path: PathBuf = item.extract().map_err(|_| {
                        PyTypeError::new_err(format!(
                            "a gazetteer must be a path or a Gazetteer, not {}",
                            type_name(&item)
                        ))
                    })?;
                    Gazetteer::load_file(py, &mut builder, &path)?;
                }
            }
        }
        warn(py, builder.warnings())?;
        Ok(Tokoh::build(py, builder.build(), builtin))
    }

    /// The gazetteer this tagger finds entities of (the built-in one and
    /// the added ones together).
    #[getter]
    fn gazetteer(&self) -> Gazetteer {
        Gazetteer {
            inner: self.matcher.gazetteer().clone(),
        }
    }

    /// The mentions in `text`, sorted and never overlapping.
    fn tag(&self, py: Python<'_>, text: &str) -> Vec<Mention> {
        let found = py.detach(|| self.matcher.find(text));
        mention::from_core(text, found, &self.matcher)
    }

    /// `[tag(text) for text in texts]`, on up to `threads` threads (default:
    /// one per CPU), without holding the interpreter while it works.
    #[pyo3(signature = (texts, *, threads = None))]
    fn tag_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let threads = match threads {
            None => std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN),
            Some(n) => NonZeroUsize::new(n)
                .ok_or_else(|| PyValueError::new_err("threads must be at least 1"))?,
        };
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str, not a str (use tag for one text)",
            ));
        }
        let iterator = PyIterator::from_object(texts).map_err(|_| {
            PyTypeError::new_err(format!(
                "texts must be an iterable of str, not {}",
                type_name(texts)
            ))
        })?;
        let count = texts.len().ok();
        crate::batch::tag_batch(py, &self.matcher, &iterator, threads, count)
    }

    /// The surface tokens of `text`.
    fn tokenize(&self, py: Python<'_>, text: &str) -> Vec<Token> {
        let tokenizer = self.matcher.tokenizer();
        let tokens = py.detach(|| tokenizer.tokenize(text));
        token::from_core(text, &tokens)
    }

    /// The sentences of `text`, as spans.
    fn sentences(&self, py: Python<'_>, text: &str) -> Vec<Span> {
        let tokenizer = self.matcher.tokenizer();
        let spans: Vec<(usize, usize)> = py.detach(|| {
            let tokens = tokenizer.tokenize(text);
            tokenizer
                .sentences(text, &tokens)
                .into_iter()
                .filter_map(|range| {
                    let first = tokens.get(range.start)?;
                    let last = tokens.get(range.end.checked_sub(1)?)?;
                    Some((first.span.start, last.span.end))
                })
                .collect()
        });
        let bytes: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
        let chars = char_offsets(text, &bytes);
        spans
            .iter()
            .enumerate()
            .map(|(i, &(s, e))| Span::new(text, (s, e), (chars[2 * i], chars[2 * i + 1])))
            .collect()
    }

    fn __repr__(&self) -> String {
        format!(
            "Tokoh(entities={}, builtin={})",
            self.matcher.gazetteer().len(),
            if self.builtin { "True" } else { "False" }
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String, bool))> {
        let module = py.import("tokoh._tokoh")?;
        Ok((
            module.getattr("_restore_tokoh")?,
            (self.added.to_jsonl(), self.builtin),
        ))
    }
}

/// Rebuilds a pickled `Tokoh`: its added entities as JSON Lines, and
/// whether it has the built-in gazetteer.
#[pyfunction]
pub fn _restore_tokoh(py: Python<'_>, added: &str, builtin: bool) -> PyResult<Tokoh> {
    let mut builder = tokoh::Gazetteer::builder();
    builder
        .load_jsonl_str(added, "<pickle>")
        .map_err(|e| crate::errors::gazetteer_error(py, &e))?;
    Ok(Tokoh::build(py, builder.build(), builtin))
}
