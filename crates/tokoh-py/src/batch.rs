//! `Tokoh.tag_batch`: many texts tagged on several threads, the results
//! turned into Python objects while the other threads are still working.
//!
//! Only a thread holding the interpreter may make Python objects, and on
//! text dense with mentions making a `Mention` object for every mention is
//! a good part of the whole work. Made after the parallel part, it would
//! not overlap with it; here the calling thread, one of the workers, takes
//! the interpreter now and then to convert what is back, and the others'
//! share of the texts grows meanwhile (each thread takes the next text when
//! done). It holds the interpreter only while converting.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyIterator, PyList, PyString};

use crate::gazetteer::type_name;
use crate::mention::{self, Mention};

/// How many results the calling thread lets pile up before it takes the
/// interpreter to convert them: fewer takes, and still a steady overlap.
const CONVERT_EVERY: usize = 16;

/// Every text of `texts` as a Rust string: a `TypeError` for anything but
/// a `str`, a `UnicodeEncodeError` for a `str` with a lone surrogate.
fn texts_of(texts: &Bound<'_, PyIterator>) -> PyResult<Vec<String>> {
    let mut owned = Vec::new();
    for (i, item) in texts.clone().enumerate() {
        let item = item?;
        if !item.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(format!(
                "text {i} must be a str, not {}",
                type_name(&item)
            )));
        }
        owned.push(item.extract()?);
    }
    Ok(owned)
}

/// The mentions of every text of `texts`, in order, on up to `threads`
/// threads (this one among them).
pub fn tag_batch<'py>(
    py: Python<'py>,
    matcher: &tokoh::Matcher,
    texts: &Bound<'py, PyIterator>,
    threads: NonZeroUsize,
) -> PyResult<Bound<'py, PyList>> {
    let texts = texts_of(texts)?;
    let tag = |text: &str| mention::from_core(text, matcher.find(text), matcher);
    let threads = threads.get().min(texts.len());
    if threads <= 1 {
        let results: Vec<Vec<Mention>> = py.detach(|| texts.iter().map(|t| tag(t)).collect());
        let lists = results
            .into_iter()
            .map(|mentions| PyList::new(py, mentions))
            .collect::<PyResult<Vec<_>>>()?;
        return PyList::new(py, lists);
    }
    let mut lists: Vec<Option<Py<PyList>>> = texts.iter().map(|_| None).collect();
    let next = AtomicUsize::new(0);
    let take = || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        texts.get(i).map(|text| (i, tag(text)))
    };
    let converted: PyResult<()> = py.detach(|| {
        std::thread::scope(|scope| {
            let (done, back) = mpsc::channel::<(usize, Vec<Mention>)>();
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
            let mut pending: Vec<(usize, Vec<Mention>)> = Vec::new();
            let mut outcome = Ok(());
            while let Some(result) = take() {
                pending.push(result);
                pending.extend(back.try_iter());
                if pending.len() >= CONVERT_EVERY {
                    outcome = convert(&mut pending, &mut lists);
                    if outcome.is_err() {
                        break;
                    }
                }
            }
            // The others' last results: `back` ends when they all have.
            pending.extend(back.iter());
            if outcome.is_ok() {
                outcome = convert(&mut pending, &mut lists);
            }
            for other in others {
                if let Err(panic) = other.join() {
                    std::panic::resume_unwind(panic);
                }
            }
            outcome
        })
    });
    converted?;
    let lists: Vec<Py<PyList>> = lists.into_iter().flatten().collect();
    PyList::new(py, lists)
}

/// Turns the `pending` results into Python lists at their places in
/// `lists`, taking the interpreter for it.
fn convert(
    pending: &mut Vec<(usize, Vec<Mention>)>,
    lists: &mut [Option<Py<PyList>>],
) -> PyResult<()> {
    Python::attach(|py| {
        for (i, mentions) in pending.drain(..) {
            lists[i] = Some(PyList::new(py, mentions)?.unbind());
        }
        Ok(())
    })
}
