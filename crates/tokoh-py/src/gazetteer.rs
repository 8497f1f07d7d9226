//! `Gazetteer`: a set of entities, from files, from Python records, or
//! built in.

use std::path::PathBuf;

use pyo3::exceptions::{PyKeyError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyList};

use crate::entity::Entity;
use crate::errors::gazetteer_error;

/// A gazetteer: the entities tokoh can find, in gazetteer order.
#[pyclass(frozen, module = "tokoh")]
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub inner: tokoh::Gazetteer,
}

/// The name records given from Python have in the core's errors.
pub const RECORDS: &str = "<records>";

/// Turns the core's warnings (an id defined twice, ...) into Python
/// `UserWarning`s.
pub fn warn(py: Python<'_>, warnings: &[tokoh::Warning]) -> PyResult<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    let warn = py.import("warnings")?.getattr("warn")?;
    for warning in warnings {
        warn.call1((
            warning.to_string(),
            py.get_type::<pyo3::exceptions::PyUserWarning>(),
            2,
        ))?;
    }
    Ok(())
}

impl Gazetteer {
    /// Adds the entities of a JSON Lines file to `builder`.
    pub fn load_file(
        py: Python<'_>,
        builder: &mut tokoh::GazetteerBuilder,
        path: &PathBuf,
    ) -> PyResult<()> {
        builder
            .load_jsonl_file(path)
            .map(|_| ())
            .map_err(|e| gazetteer_error(py, &e))
    }
}

#[pymethods]
impl Gazetteer {
    /// An empty gazetteer, or one of `records` (see `from_records`).
    #[new]
    #[pyo3(signature = (records = None))]
    fn new(py: Python<'_>, records: Option<&Bound<'_, PyAny>>) -> PyResult<Gazetteer> {
        match records {
            Some(records) => Gazetteer::from_records(py, records),
            None => Ok(Gazetteer {
                inner: tokoh::Gazetteer::builder().build(),
            }),
        }
    }

    /// The entities of a gazetteer file (JSON Lines, one entity a line).
    ///
    /// Raises `FileNotFoundError` when there is no such file, and
    /// `GazetteerError` (with `path`, `line`, `field`) when a line is bad.
    #[staticmethod]
    fn from_jsonl(py: Python<'_>, path: PathBuf) -> PyResult<Gazetteer> {
        let mut builder = tokoh::Gazetteer::builder();
        Gazetteer::load_file(py, &mut builder, &path)?;
        warn(py, builder.warnings())?;
        Ok(Gazetteer {
            inner: builder.build(),
        })
    }

    /// The entities of `records`: an iterable of dicts with the fields of
    /// a gazetteer line (`id`, `kind`, `name`, `aliases`, `acronyms`,
    /// `short`, `roles`, ...). A bad record raises `GazetteerError` whose
    /// `line` is its position, from 1, and `path` is `None`.
    #[staticmethod]
    fn from_records(py: Python<'_>, records: &Bound<'_, PyAny>) -> PyResult<Gazetteer> {
        let dumps = py.import("json")?.getattr("dumps")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("ensure_ascii", false)?;
        let mut jsonl = String::new();
        let iterator = PyIterator::from_object(records).map_err(|_| {
            PyTypeError::new_err(format!(
                "records must be an iterable of dicts, not {}",
                type_name(records)
            ))
        })?;
        for (i, record) in iterator.enumerate() {
            let record = record?;
            if !record.is_instance_of::<PyDict>() {
                return Err(PyTypeError::new_err(format!(
                    "record {} must be a dict, not {}",
                    i + 1,
                    type_name(&record)
                )));
            }
            let line: String = dumps.call((record,), Some(&kwargs))?.extract()?;
            jsonl.push_str(&line);
            jsonl.push('\n');
        }
        let mut builder = tokoh::Gazetteer::builder();
        builder
            .load_jsonl_str(&jsonl, RECORDS)
            .map_err(|e| gazetteer_error(py, &e))?;
        warn(py, builder.warnings())?;
        Ok(Gazetteer {
            inner: builder.build(),
        })
    }

    /// The built-in gazetteer: Indonesian officials and institutions,
    /// places, and the world they deal with.
    #[staticmethod]
    fn builtin() -> Gazetteer {
        Gazetteer {
            inner: tokoh::Gazetteer::builtin().clone(),
        }
    }

    /// The date the data was last reviewed (`YYYY-MM-DD`), if known.
    #[getter]
    fn data_as_of(&self) -> Option<String> {
        self.inner.data_as_of().map(|d| d.to_string())
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyIterator>> {
        let entities: Vec<Entity> = (0..self.inner.len())
            .map(|i| Entity::new(self.inner.clone(), i))
            .collect();
        PyIterator::from_object(PyList::new(py, entities)?.as_any())
    }

    fn __contains__(&self, id: &Bound<'_, PyAny>) -> bool {
        id.extract::<String>()
            .is_ok_and(|id| self.inner.position(&id).is_some())
    }

    fn __getitem__(&self, id: &str) -> PyResult<Entity> {
        self.inner
            .position(id)
            .map(|i| Entity::new(self.inner.clone(), i))
            .ok_or_else(|| PyKeyError::new_err(id.to_owned()))
    }

    /// The entity with this id, or `default`.
    #[pyo3(signature = (id, default = None))]
    fn get<'py>(
        &self,
        py: Python<'py>,
        id: &str,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        match self.inner.position(id) {
            Some(i) => Ok(Bound::new(py, Entity::new(self.inner.clone(), i))?.into_any()),
            None => Ok(default.unwrap_or_else(|| py.None().into_bound(py))),
        }
    }

    /// Every entity as a line of a gazetteer file, in one string.
    fn to_jsonl(&self) -> String {
        self.inner.to_jsonl()
    }

    fn __repr__(&self) -> String {
        format!("Gazetteer(entities={})", self.inner.len())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let module = py.import("tokoh._tokoh")?;
        Ok((
            module.getattr("_restore_gazetteer")?,
            (self.inner.to_jsonl(),),
        ))
    }
}

/// The name of a Python object's type, for messages.
pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |name| name.to_string())
}

/// Rebuilds a pickled `Gazetteer` from its JSON Lines.
#[pyfunction]
pub fn _restore_gazetteer(py: Python<'_>, jsonl: &str) -> PyResult<Gazetteer> {
    let mut builder = tokoh::Gazetteer::builder();
    builder
        .load_jsonl_str(jsonl, "<pickle>")
        .map_err(|e| gazetteer_error(py, &e))?;
    Ok(Gazetteer {
        inner: builder.build(),
    })
}
