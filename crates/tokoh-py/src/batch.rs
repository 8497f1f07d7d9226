//! `Tokoh.tag_batch`: many texts tagged on several threads, the texts read
//! and the results turned into Python objects while the other threads are
//! already, or still, working.
//!
//! Only a thread holding the interpreter may read a `str` or make Python
//! objects, and on text dense with mentions making a `Mention` object for
//! every mention is a good part of the whole work. Done before or after the
//! parallel part, neither would overlap with it. Here the calling thread
//! reads the texts and hands each over as soon as it has it, so the other
//! threads start on the first text at once; then it tags texts itself,
//! taking the interpreter now and then to convert what is back, while the
//! others' share of the texts grows (each thread takes the next text when
//! done). It holds the interpreter only while reading and converting.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyIterator, PyList, PyString};

use crate::gazetteer::type_name;
use crate::mention::{self, Mention};

/// How many results the calling thread lets pile up before it takes the
/// interpreter to convert them: fewer takes, and still a steady overlap.
const CONVERT_EVERY: usize = 16;

/// Text `i` of the batch as a Rust string: a `TypeError` for anything but
/// a `str`, a `UnicodeEncodeError` for a `str` with a lone surrogate.
fn text_of(i: usize, item: &Bound<'_, PyAny>) -> PyResult<PyBackedStr> {
    let text = item.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("text {i} must be a str, not {}", type_name(item)))
    })?;
    PyBackedStr::try_from(text.clone())
}

/// The mentions of every text of `texts`, in order, on up to `threads`
/// threads (this one among them); `count` is the number of texts, when
/// known, so that no more threads start than there are texts.
pub fn tag_batch<'py>(
    py: Python<'py>,
    matcher: &tokoh::Matcher,
    texts: &Bound<'py, PyIterator>,
    threads: NonZeroUsize,
    count: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let tag = |text: &str| mention::from_core(text, matcher.find(text), matcher);
    let threads = count.map_or(threads.get(), |count| threads.get().min(count));
    if threads <= 1 {
        let texts = texts
            .clone()
            .enumerate()
            .map(|(i, item)| text_of(i, &item?))
            .collect::<PyResult<Vec<_>>>()?;
        let results: Vec<Vec<Mention>> = py.detach(|| texts.iter().map(|t| tag(t)).collect());
        let lists = results
            .into_iter()
            .map(|mentions| PyList::new(py, mentions))
            .collect::<PyResult<Vec<_>>>()?;
        return PyList::new(py, lists);
    }
    let iterator: Py<PyIterator> = texts.clone().unbind();
    let mut lists: Vec<Option<Py<PyList>>> = Vec::new();
    // Set when reading a text failed: what is left is not worth tagging.
    let stop = AtomicBool::new(false);
    let (give, jobs) = mpsc::channel::<(usize, PyBackedStr)>();
    let jobs = Mutex::new(jobs);
    // The next text, or `None` when they are all taken (or reading failed).
    let take = || {
        if stop.load(Ordering::Relaxed) {
            return None;
        }
        let (i, text) = jobs.lock().ok()?.recv().ok()?;
        let mentions = tag(&text);
        Some(Done { i, text, mentions })
    };
    let converted: PyResult<()> = py.detach(|| {
        std::thread::scope(|scope| {
            let (done, back) = mpsc::channel::<Done>();
            let others: Vec<_> = (1..threads)
                .map(|_| {
                    let done = done.clone();
                    scope.spawn(move || {
                        while let Some(result) = take() {
                            if done.send(result).is_err() {
                                return;
                            }
                        }
                    })
                })
                .collect();
            drop(done);
            // Read every text, handing each over at once.
            let mut outcome = Python::attach(|py| {
                for (i, item) in iterator.bind(py).clone().enumerate() {
                    let text = text_of(i, &item?)?;
                    // The others cannot have gone while `jobs` lives.
                    let _ = give.send((i, text));
                }
                Ok(())
            });
            if outcome.is_err() {
                stop.store(true, Ordering::Relaxed);
            }
            drop(give);
            let mut pending: Vec<Done> = Vec::new();
            while let Some(result) = take() {
                pending.push(result);
                pending.extend(back.try_iter());
                if pending.len() >= CONVERT_EVERY {
                    outcome = convert(&mut pending, &mut lists);
                    if outcome.is_err() {
                        stop.store(true, Ordering::Relaxed);
                        break;
                    }
                }
            }
            // The others' last results: `back` ends when they all have.
            pending.extend(back.iter());
            if outcome.is_ok() {
                outcome = convert(&mut pending, &mut lists);
            } else {
                Python::attach(|_| pending.clear());
            }
            for other in others {
                if let Err(panic) = other.join() {
                    std::panic::resume_unwind(panic);
                }
            }
            outcome
        })
    });
    // The texts never taken (reading or converting failed) go with `jobs`
    // here, where the interpreter is held.
    drop(jobs);
    converted?;
    let lists: Vec<Py<PyList>> = lists.into_iter().flatten().collect();
    PyList::new(py, lists)
}

/// A tagged text: its place in the batch, the text (a reference to the
/// Python `str`, given back to be let go of where the interpreter is held),
/// and its mentions.
struct Done {
    i: usize,
    text: PyBackedStr,
    mentions: Vec<Mention>,
}

/// Turns the `pending` results into Python lists at their places in
/// `lists`, taking the interpreter for it.
fn convert(pending: &mut Vec<Done>, lists: &mut Vec<Option<Py<PyList>>>) -> PyResult<()> {
    Python::attach(|py| {
        for Done { i, text, mentions } in pending.drain(..) {
            drop(text);
            if lists.len() <= i {
                lists.resize_with(i + 1, || None);
            }
            lists[i] = Some(PyList::new(py, mentions)?.unbind());
        }
        Ok(())
    })
}
