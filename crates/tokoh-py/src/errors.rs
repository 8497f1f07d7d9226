//! The exception tree, and the one place where the core's errors become
//! Python exceptions.
//!
//! ```text
//! ValueError
//! └── TokohError
//!     └── GazetteerError      (.path, .line, .field, .errors)
//! FileNotFoundError           a gazetteer file that is not there
//! ```

use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

pyo3::create_exception!(
    tokoh,
    TokohError,
    PyValueError,
    "The base of every error tokoh raises about its input (a ValueError)."
);
pyo3::create_exception!(
    tokoh,
    GazetteerError,
    TokohError,
    "A gazetteer record or file is invalid.\n\n\
     Attributes: path (the file, or None for records given from Python), line (1-based line, \
     or the record's position from 1), field (the field at fault, or None), errors (every \
     problem found, as strings; the message is the first)."
);

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("TokohError", py.get_type::<TokohError>())?;
    m.add("GazetteerError", py.get_type::<GazetteerError>())?;
    Ok(())
}

/// A `GazetteerError` (or `FileNotFoundError`/`OSError` when a file could
/// not be read) for the core's errors.
pub fn gazetteer_error(py: Python<'_>, errors: &tokoh::GazetteerErrors) -> PyErr {
    let first = errors.first();
    if let Some(kind) = first.io_error_kind() {
        let path = first
            .path()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let message = first.to_string();
        return if kind == std::io::ErrorKind::NotFound {
            PyFileNotFoundError::new_err((2, message, path))
        } else {
            PyOSError::new_err(message)
        };
    }
    let err = GazetteerError::new_err(first.to_string());
    let value = err.value(py);
    let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let set = || -> PyResult<()> {
        // Records given from Python have no file.
        let path = first
            .path()
            .filter(|p| *p != std::path::Path::new(crate::gazetteer::RECORDS));
        value.setattr("path", path.map(|p| p.display().to_string()))?;
        value.setattr("line", first.line())?;
        value.setattr("field", first.field())?;
        value.setattr("errors", PyTuple::new(py, all)?)?;
        Ok(())
    };
    match set() {
        Ok(()) => err,
        Err(e) => e,
    }
}
