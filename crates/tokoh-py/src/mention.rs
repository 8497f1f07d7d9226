//! `Mention`: an entity found in a text.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::entity::Entity;
use crate::offsets::{char_offsets, py_str, Span};

/// A mention of a gazetteer entity in a text.
///
/// `start`/`end` are code-point offsets (`text[m.start:m.end] == m.text`),
/// `byte_start`/`byte_end` the same span in the UTF-8 bytes.
#[pyclass(frozen, module = "tokoh")]
#[derive(Debug, Clone)]
pub struct Mention {
    span: Span,
    entity: Entity,
    via: tokoh::FormKind,
    /// Which form of kind `via` matched: `matched` is read from the entity
    /// when asked for, not copied for every mention.
    form: usize,
    title: Option<Span>,
    candidates: Vec<String>,
}

/// The core's mentions of `text` as Python mentions.
pub fn from_core(
    text: &str,
    mentions: Vec<tokoh::Mention>,
    matcher: &tokoh::Matcher,
) -> Vec<Mention> {
    let gazetteer = matcher.gazetteer();
    let mut bytes = Vec::with_capacity(mentions.len() * 4);
    for m in &mentions {
        bytes.extend([m.span.start, m.span.end]);
        let title = m.title.unwrap_or(m.span);
        bytes.extend([title.start, title.end]);
    }
    let chars = char_offsets(text, &bytes);
    mentions
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let c = &chars[4 * i..4 * i + 4];
            Mention {
                span: Span::new(text, (m.span.start, m.span.end), (c[0], c[1])),
                entity: Entity::new(gazetteer.clone(), m.entity),
                via: m.via,
                form: m.form,
                title: m
                    .title
                    .map(|t| Span::new(text, (t.start, t.end), (c[2], c[3]))),
                candidates: m
                    .candidates
                    .iter()
                    .filter_map(|&e| gazetteer.entities().get(e).map(|e| e.id.clone()))
                    .collect(),
            }
        })
        .collect()
}

impl Mention {
    /// What equality and hashing look at.
    #[allow(clippy::type_complexity)]
    fn key(&self) -> (&Span, &str, &str, &str, Option<&Span>, &[String]) {
        (
            &self.span,
            &self.entity.get().id,
            self.matched(),
            self.via.as_str(),
            self.title.as_ref(),
            &self.candidates,
        )
    }
}

#[pymethods]
impl Mention {
    /// Start, in code points.
    #[getter]
    fn start(&self) -> usize {
        self.span.start
    }

    /// End (exclusive), in code points.
    #[getter]
    fn end(&self) -> usize {
        self.span.end
    }

    /// Start, in bytes of the UTF-8 text.
    #[getter]
    fn byte_start(&self) -> usize {
        self.span.byte_start
    }

    /// End (exclusive), in bytes of the UTF-8 text.
    #[getter]
    fn byte_end(&self) -> usize {
        self.span.byte_end
    }

    /// The mention's text, exactly as in the document.
    #[getter]
    fn text(&self) -> &str {
        &self.span.text
    }

    /// The entity meant.
    #[getter]
    fn entity(&self) -> Entity {
        self.entity.clone()
    }

    /// The gazetteer form that matched, as written in the gazetteer.
    #[getter]
    fn matched(&self) -> &str {
        self.entity
            .get()
            .form(self.via, self.form)
            .unwrap_or_default()
    }

    /// Which kind of form matched: `"name"`, `"alias"`, `"acronym"` or `"short"`.
    #[getter]
    fn via(&self) -> &'static str {
        self.via.as_str()
    }

    /// For persons, the title written right before the name, or `None`.
    #[getter]
    fn title(&self) -> Option<Span> {
        self.title.clone()
    }

    /// The ids of other entities the same words could mean.
    #[getter]
    fn candidates(&self) -> Vec<String> {
        self.candidates.clone()
    }

    /// The mention as a dict, with the fields of `tokoh tag`'s JSON output.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("start", self.span.start)?;
        dict.set_item("end", self.span.end)?;
        dict.set_item("byte_start", self.span.byte_start)?;
        dict.set_item("byte_end", self.span.byte_end)?;
        dict.set_item("text", &self.span.text)?;
        let entity = self.entity.get();
        dict.set_item("id", &entity.id)?;
        dict.set_item("kind", entity.kind.as_str())?;
        dict.set_item("name", &entity.name)?;
        dict.set_item("matched", self.matched())?;
        dict.set_item("via", self.via.as_str())?;
        match &self.title {
            Some(title) => dict.set_item("title", title.to_dict())?,
            None => dict.set_item("title", py.None())?,
        }
        dict.set_item("candidates", self.candidates.clone())?;
        Ok(dict)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Mention>()
            .is_ok_and(|other| self.key() == other.get().key())
    }

    fn __hash__(&self) -> u64 {
        crate::hash_of(&self.key())
    }

    fn __repr__(&self) -> String {
        format!(
            "Mention(start={}, end={}, text={}, entity={}, via={})",
            self.span.start,
            self.span.end,
            py_str(&self.span.text),
            py_str(&self.entity.get().id),
            py_str(self.via.as_str())
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (Span, String, String, String, Option<Span>, Vec<String>),
    )> {
        let module = py.import("tokoh._tokoh")?;
        Ok((
            module.getattr("_restore_mention")?,
            (
                self.span.clone(),
                self.entity.get().to_json(),
                self.matched().to_owned(),
                self.via.as_str().to_owned(),
                self.title.clone(),
                self.candidates.clone(),
            ),
        ))
    }
}

/// Rebuilds a pickled `Mention`.
#[pyfunction]
pub fn _restore_mention(
    py: Python<'_>,
    span: Bound<'_, Span>,
    entity: &str,
    matched: String,
    via: &str,
    title: Option<Bound<'_, Span>>,
    candidates: Vec<String>,
) -> PyResult<Mention> {
    use tokoh::FormKind;
    let via = [
        FormKind::Name,
        FormKind::Alias,
        FormKind::Acronym,
        FormKind::Short,
    ]
    .into_iter()
    .find(|v| v.as_str() == via)
    .ok_or_else(|| crate::errors::TokohError::new_err(format!("unknown form kind {via:?}")))?;
    let entity = crate::entity::_restore_entity(py, entity)?;
    let form = (0..)
        .map_while(|i| entity.get().form(via, i).map(|form| (i, form)))
        .find(|&(_, form)| form == matched)
        .map(|(i, _)| i)
        .ok_or_else(|| {
            crate::errors::TokohError::new_err(format!(
                "{matched:?} is no {} form of the entity",
                via.as_str()
            ))
        })?;
    Ok(Mention {
        span: span.get().clone(),
        entity,
        via,
        form,
        title: title.map(|title| title.get().clone()),
        candidates,
    })
}
