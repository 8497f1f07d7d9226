//! `Entity` and `Role`: views of a gazetteer's entities.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::offsets::py_str;

/// An entity of a gazetteer: a person, an organization or a place.
///
/// A light handle on the gazetteer it belongs to; its fields are read from
/// there when asked for.
#[pyclass(frozen, module = "tokoh")]
#[derive(Debug, Clone)]
pub struct Entity {
    gazetteer: tokoh::Gazetteer,
    index: usize,
}

impl Entity {
    /// The entity at `index` of `gazetteer` (which must be in range).
    pub fn new(gazetteer: tokoh::Gazetteer, index: usize) -> Entity {
        Entity { gazetteer, index }
    }

    pub fn get(&self) -> &tokoh::Entity {
        &self.gazetteer.entities()[self.index]
    }
}

/// A JSON value as a Python object (`dict`, `list`, `str`, `int`,
/// `float`, `bool`, `None`).
pub fn json_to_py<'py>(py: Python<'py>, value: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => map_to_py(py, map)?.into_any(),
    })
}

/// A JSON object as a `dict`.
pub fn map_to_py<'py>(
    py: Python<'py>,
    map: &serde_json::Map<String, serde_json::Value>,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for (key, value) in map {
        dict.set_item(key, json_to_py(py, value)?)?;
    }
    Ok(dict)
}

#[pymethods]
impl Entity {
    /// The entity's id, unique in its gazetteer.
    #[getter]
    fn id(&self) -> &str {
        &self.get().id
    }

    /// `"person"`, `"organization"` or `"place"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.get().kind.as_str()
    }

    /// The canonical name.
    #[getter]
    fn name(&self) -> &str {
        &self.get().name
    }

    /// Other full forms, matched in any letter case.
    #[getter]
    fn aliases(&self) -> Vec<String> {
        self.get().aliases.clone()
    }

    /// Acronyms, matched only as written or in capitals.
    #[getter]
    fn acronyms(&self) -> Vec<String> {
        self.get().acronyms.clone()
    }

    /// Short forms, matched only after a full mention or a fitting title.
    #[getter]
    fn short(&self) -> Vec<String> {
        self.get().short.clone()
    }

    /// Positions held.
    #[getter]
    fn roles(&self) -> Vec<Role> {
        (0..self.get().roles.len())
            .map(|role| Role {
                entity: self.clone(),
                role,
            })
            .collect()
    }

    /// ISO 3166-1 alpha-2 country code, if any.
    #[getter]
    fn country(&self) -> Option<&str> {
        self.get().country.as_deref()
    }

    /// The id of the entity this one is part of, if any.
    #[getter]
    fn parent(&self) -> Option<&str> {
        self.get().parent.as_deref()
    }

    #[getter]
    fn description(&self) -> Option<&str> {
        self.get().description.as_deref()
    }

    /// Where the facts come from.
    #[getter]
    fn source(&self) -> Option<&str> {
        self.get().source.as_deref()
    }

    /// Every other field of the gazetteer record, as a new dict.
    #[getter]
    fn metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        map_to_py(py, &self.get().metadata)
    }

    /// The entity as its gazetteer record: a dict of the SPEC fields that
    /// are set, and the metadata.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let value = serde_json::to_value(self.get())
            .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
        json_to_py(py, &value)
    }

    /// The entity as one line of a gazetteer file.
    fn to_json(&self) -> String {
        self.get().to_json()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Entity>()
            .is_ok_and(|other| self.get() == other.get().get())
    }

    fn __hash__(&self) -> u64 {
        crate::hash_of(&self.get().id)
    }

    fn __repr__(&self) -> String {
        let entity = self.get();
        format!(
            "Entity(id={}, kind={}, name={})",
            py_str(&entity.id),
            py_str(entity.kind.as_str()),
            py_str(&entity.name)
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let module = py.import("tokoh._tokoh")?;
        Ok((module.getattr("_restore_entity")?, (self.get().to_json(),)))
    }
}

/// A position an entity holds or held.
#[pyclass(frozen, module = "tokoh")]
#[derive(Debug, Clone)]
pub struct Role {
    entity: Entity,
    role: usize,
}

impl Role {
    fn get(&self) -> &tokoh::Role {
        &self.entity.get().roles[self.role]
    }
}

#[pymethods]
impl Role {
    /// The title written in front of the holder's name (`Presiden`).
    #[getter]
    fn title(&self) -> Option<&str> {
        self.get().title.as_deref()
    }

    /// ISO 3166-1 alpha-2 country code.
    #[getter]
    fn country(&self) -> Option<&str> {
        self.get().country.as_deref()
    }

    /// The id of the organization.
    #[getter]
    fn org(&self) -> Option<&str> {
        self.get().org.as_deref()
    }

    /// Start date, `YYYY-MM-DD`.
    #[getter]
    fn start(&self) -> Option<String> {
        self.get().start.map(|d| d.to_string())
    }

    /// End date, `YYYY-MM-DD`; `None` while held.
    #[getter]
    fn end(&self) -> Option<String> {
        self.get().end.map(|d| d.to_string())
    }

    /// Every other field of the role, as a new dict.
    #[getter]
    fn metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        map_to_py(py, &self.get().metadata)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Role>()
            .is_ok_and(|other| self.get() == other.get().get())
    }

    fn __hash__(&self) -> u64 {
        crate::hash_of(&(self.title(), self.country(), self.org(), self.start()))
    }

    fn __repr__(&self) -> String {
        let role = self.get();
        let opt = |v: Option<String>| v.map_or_else(|| "None".to_owned(), |v| py_str(&v));
        format!(
            "Role(title={}, country={}, start={}, end={})",
            opt(role.title.clone()),
            opt(role.country.clone()),
            opt(role.start.map(|d| d.to_string())),
            opt(role.end.map(|d| d.to_string()))
        )
    }
}

/// Rebuilds a pickled `Entity` from its gazetteer line.
#[pyfunction]
pub fn _restore_entity(py: Python<'_>, json: &str) -> PyResult<Entity> {
    let entity =
        tokoh::Entity::from_json(json).map_err(|e| crate::errors::gazetteer_error(py, &e))?;
    let mut builder = tokoh::Gazetteer::builder();
    builder
        .add(entity)
        .map_err(|e| crate::errors::gazetteer_error(py, &e.into()))?;
    Ok(Entity::new(builder.build(), 0))
}
