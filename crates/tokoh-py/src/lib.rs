//! The native module `tokoh._tokoh`: a thin layer over the `tokoh` crate.
//!
//! Everything here converts: Python arguments into the core's types, the
//! core's results into Python objects with offsets in code points (what
//! `str` indexes) beside the byte offsets, and the core's errors into the
//! exception tree of `errors`. No matching or tokenizing logic lives here.

mod batch;
mod entity;
mod errors;
mod gazetteer;
mod mention;
mod offsets;
mod tagger;
mod token;

use pyo3::prelude::*;

/// The hash Python's `hash()` gets for a value whose equality is `value`'s.
pub(crate) fn hash_of<T: std::hash::Hash + ?Sized>(value: &T) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// The native part of the `tokoh` package; import `tokoh` instead.
#[pymodule]
fn _tokoh(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<tagger::Tokoh>()?;
    m.add_class::<gazetteer::Gazetteer>()?;
    m.add_class::<entity::Entity>()?;
    m.add_class::<entity::Role>()?;
    m.add_class::<mention::Mention>()?;
    m.add_class::<offsets::Span>()?;
    m.add_class::<token::Token>()?;
    errors::register(m)?;
    m.add_function(wrap_pyfunction!(tagger::_restore_tokoh, m)?)?;
    m.add_function(wrap_pyfunction!(gazetteer::_restore_gazetteer, m)?)?;
    m.add_function(wrap_pyfunction!(mention::_restore_mention, m)?)?;
    m.add_function(wrap_pyfunction!(entity::_restore_entity, m)?)?;
    Ok(())
}
