//! [`GazetteerBuilder`]: a gazetteer from files, text and entities built in
//! code, source by source.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::date::Date;
use super::entity::Entity;
use super::gazetteer::Gazetteer;
use super::load::{self, Parsed};
use super::validate::check_entity;
use crate::error::{GazetteerError, GazetteerErrorKind, GazetteerErrors, Warning, WarningKind};

/// The source of the entities added in code with [`GazetteerBuilder::add`].
const CODE: usize = 0;

/// Where an entity comes from: which source, and the file and line when it
/// was read from one.
#[derive(Debug, Clone)]
pub(crate) struct Origin {
    source: usize,
    pub(crate) path: Option<Arc<Path>>,
    pub(crate) line: Option<usize>,
}

/// Builds a [`Gazetteer`] from sources: gazetteer files, JSON Lines text,
/// other gazetteers, and entities added in code.
///
/// Each call to a `load_*` method, and to [`add_gazetteer`], is one source;
/// all the entities given to [`add`] and [`extend`] together are one more.
/// Within a source, ids are unique: a second use is an error. A later source
/// may redefine an id: its entity replaces the earlier one — in the earlier
/// one's place in the gazetteer order — and the builder records a
/// [`Warning`] the caller can show.
///
/// Loading is all or nothing per source: a file with any problem adds none
/// of its entities, and the error lists every problem of the file.
///
/// [`add`]: GazetteerBuilder::add
/// [`extend`]: GazetteerBuilder::extend
/// [`add_gazetteer`]: GazetteerBuilder::add_gazetteer
///
/// # Examples
///
/// ```
/// use tokoh::{Entity, EntityKind, Gazetteer, GazetteerBuilder};
///
/// let mut builder = GazetteerBuilder::new();
/// builder.add_gazetteer(Gazetteer::builtin());
/// builder.load_jsonl_str(
///     r#"{"id": "x:whelan", "kind": "person", "name": "Paul Whelan", "short": ["Whelan"]}"#,
///     "extra.jsonl",
/// )?;
/// builder.add(Entity::new("x:griner", EntityKind::Person, "Brittney Griner"))?;
/// for warning in builder.warnings() {
///     eprintln!("warning: {warning}");
/// }
/// let gazetteer = builder.build();
/// assert_eq!(gazetteer.get("x:whelan").map(|e| e.name.as_str()), Some("Paul Whelan"));
/// assert!(gazetteer.get("x:griner").is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct GazetteerBuilder {
    entities: Vec<Entity>,
    origins: Vec<Origin>,
    index: HashMap<String, usize>,
    /// Sources started so far; source `CODE` is the entities added in code.
    sources: usize,
    warnings: Vec<Warning>,
    data_as_of: Option<Date>,
}

impl GazetteerBuilder {
    /// An empty builder.
    ///
    /// # Examples
    ///
    /// ```
    /// let gazetteer = tokoh::GazetteerBuilder::new().build();
    /// assert!(gazetteer.is_empty());
    /// ```
    #[must_use]
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds an entity built in code, after checking it as a line of a file
    /// is checked (no blank name, alias, acronym, short form or id, country
    /// codes of two capital letters, roles that do not end before they
    /// start, no metadata field named like a field of the entity).
    ///
    /// # Errors
    ///
    /// The first problem with the entity, or a duplicate id among the
    /// entities added in code. Nothing is added then.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, GazetteerBuilder, GazetteerErrorKind};
    ///
    /// let mut builder = GazetteerBuilder::new();
    /// builder.add(Entity::new("Q1", EntityKind::Place, "Bali"))?;
    /// let error = builder.add(Entity::new("Q1", EntityKind::Place, "Jawa")).unwrap_err();
    /// assert!(matches!(error.kind(), GazetteerErrorKind::DuplicateId { .. }));
    /// assert_eq!(builder.build().len(), 1);
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    pub fn add(&mut self, entity: Entity) -> Result<&mut GazetteerBuilder, GazetteerError> {
        if let Some(problem) = check_entity(&entity).into_iter().next() {
            return Err(problem.into_error().for_entity(&entity.id));
        }
        let id = entity.id.clone();
        let origin = Origin {
            source: CODE,
            path: None,
            line: None,
        };
        self.insert(entity, origin).map_err(|_| {
            GazetteerError::new(GazetteerErrorKind::DuplicateId {
                id: id.clone(),
                first_line: None,
            })
            .with_field("id")
            .for_entity(&id)
        })?;
        Ok(self)
    }

    /// Adds entities built in code, one by one as [`add`](GazetteerBuilder::add)
    /// does.
    ///
    /// # Errors
    ///
    /// The first problem; the entities before it are added, the others are
    /// not.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, GazetteerBuilder};
    ///
    /// let mut builder = GazetteerBuilder::new();
    /// builder.extend([
    ///     Entity::new("Q1", EntityKind::Place, "Bali"),
    ///     Entity::new("Q2", EntityKind::Place, "Lombok"),
    /// ])?;
    /// assert_eq!(builder.build().len(), 2);
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    pub fn extend<I>(&mut self, entities: I) -> Result<&mut GazetteerBuilder, GazetteerError>
    where
        I: IntoIterator<Item = Entity>,
    {
        for entity in entities {
            self.add(entity)?;
        }
        Ok(self)
    }

    /// Adds every entity of a built gazetteer, as one source: its entities
    /// replace earlier ones of the same id (with a warning), and later
    /// sources may replace them. The builder takes the gazetteer's
    /// [`data_as_of`](Gazetteer::data_as_of) unless it has a date already.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Gazetteer, GazetteerBuilder};
    ///
    /// let mut builder = GazetteerBuilder::new();
    /// builder.add_gazetteer(Gazetteer::builtin());
    /// let copy = builder.build();
    /// assert_eq!(copy.len(), Gazetteer::builtin().len());
    /// assert_eq!(copy.data_as_of(), Gazetteer::builtin().data_as_of());
    /// ```
    pub fn add_gazetteer(&mut self, gazetteer: &Gazetteer) -> &mut GazetteerBuilder {
        let source = self.next_source();
        for (entity, origin) in gazetteer.entities().iter().zip(gazetteer.origins()) {
            let origin = Origin {
                source,
                ..origin.clone()
            };
            // Ids are unique within a gazetteer: no error is possible.
            let _ = self.insert(entity.clone(), origin);
        }
        if self.data_as_of.is_none() {
            self.data_as_of = gazetteer.data_as_of();
        }
        self
    }

    /// Reads a gazetteer file (JSON Lines, see the specification, §2) as one
    /// source. Errors name the file as `path` is written.
    ///
    /// # Errors
    ///
    /// Every problem of the file — one error if it cannot be read, else one
    /// per problem on each bad line. Nothing of the file is added then.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::ErrorKind;
    ///
    /// let errors = tokoh::GazetteerBuilder::new()
    ///     .load_jsonl_file("no/such/file.jsonl")
    ///     .unwrap_err();
    /// assert_eq!(errors.first().io_error_kind(), Some(ErrorKind::NotFound));
    /// assert!(errors.to_string().starts_with("no/such/file.jsonl: cannot read: "));
    /// ```
    pub fn load_jsonl_file(
        &mut self,
        path: impl AsRef<Path>,
    ) -> Result<&mut GazetteerBuilder, GazetteerErrors> {
        let path = path.as_ref();
        match std::fs::read(path) {
            Ok(bytes) => self.load_jsonl_bytes(&bytes, path),
            Err(e) => {
                let path: Arc<Path> = Arc::from(path);
                Err(GazetteerError::new(GazetteerErrorKind::io(&e))
                    .in_file(&path)
                    .into())
            }
        }
    }

    /// Reads gazetteer lines from `text` as one source named `name` in
    /// errors and warnings.
    ///
    /// # Errors
    ///
    /// Every problem, one or more per bad line. Nothing of `text` is added
    /// then.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "\u{feff}# tokoh gazetteer\r\n\
    ///             {\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}\r\n\
    ///             \r\n\
    ///             {\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Lombok\"}\r\n";
    /// let mut builder = tokoh::GazetteerBuilder::new();
    /// builder.load_jsonl_str(text, "places.jsonl")?;
    /// assert_eq!(builder.build().len(), 2);
    /// # Ok::<(), tokoh::GazetteerErrors>(())
    /// ```
    pub fn load_jsonl_str(
        &mut self,
        text: &str,
        name: impl AsRef<Path>,
    ) -> Result<&mut GazetteerBuilder, GazetteerErrors> {
        self.load_jsonl_bytes(text.as_bytes(), name)
    }

    /// Reads gazetteer lines from `bytes`, which should be UTF-8, as one
    /// source named `name` in errors and warnings.
    ///
    /// # Errors
    ///
    /// Every problem, one or more per bad line (invalid UTF-8 included).
    /// Nothing of `bytes` is added then.
    ///
    /// # Examples
    ///
    /// ```
    /// let bytes = b"{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bal\xEE\"}\n";
    /// let errors = tokoh::GazetteerBuilder::new()
    ///     .load_jsonl_bytes(bytes, "places.jsonl")
    ///     .unwrap_err();
    /// assert_eq!(
    ///     errors.to_string(),
    ///     "places.jsonl:1: invalid UTF-8 at byte 42; save the file as UTF-8"
    /// );
    /// ```
    pub fn load_jsonl_bytes(
        &mut self,
        bytes: &[u8],
        name: impl AsRef<Path>,
    ) -> Result<&mut GazetteerBuilder, GazetteerErrors> {
        let path: Arc<Path> = Arc::from(name.as_ref());
        let mut parsed = load::parse_jsonl(bytes, &path);
        if let Some(errors) = GazetteerErrors::from_vec(std::mem::take(&mut parsed.errors)) {
            return Err(errors);
        }
        self.add_parsed(parsed, &path);
        Ok(self)
    }

    /// Adds the valid entities of a parsed source, as one source; the caller
    /// deals with its errors.
    pub(crate) fn add_parsed(&mut self, parsed: Parsed, path: &Arc<Path>) {
        let source = self.next_source();
        let origins = parsed.lines.into_iter().map(|line| Origin {
            source,
            path: Some(Arc::clone(path)),
            line: Some(line),
        });
        if self.entities.is_empty() {
            // The first source (the common case, and the large one): its
            // entities and index are taken as they are, not re-hashed.
            self.entities = parsed.entities;
            self.index = parsed.index;
            self.origins = origins.collect();
            return;
        }
        self.entities.reserve(parsed.entities.len());
        self.origins.reserve(parsed.entities.len());
        for (entity, origin) in parsed.entities.into_iter().zip(origins) {
            // Ids are unique within a parsed source: no error is possible.
            let _ = self.insert(entity, origin);
        }
    }

    /// Reads a source leniently: adds its valid lines, returns its errors.
    pub(crate) fn load_lenient(&mut self, bytes: &[u8], path: &Arc<Path>) -> Vec<GazetteerError> {
        let mut parsed = load::parse_jsonl(bytes, path);
        let errors = std::mem::take(&mut parsed.errors);
        self.add_parsed(parsed, path);
        errors
    }

    /// Sets the date of the data (see [`Gazetteer::data_as_of`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let mut builder = tokoh::GazetteerBuilder::new();
    /// builder.set_data_as_of("2025-01-31".parse().ok());
    /// assert_eq!(builder.build().data_as_of().map(|d| d.to_string()).as_deref(), Some("2025-01-31"));
    /// ```
    pub fn set_data_as_of(&mut self, date: Option<Date>) -> &mut GazetteerBuilder {
        self.data_as_of = date;
        self
    }

    /// The warnings so far: every entity that replaced one of the same id
    /// from an earlier source. Show them before [`build`](GazetteerBuilder::build).
    ///
    /// # Examples
    ///
    /// ```
    /// let mut builder = tokoh::GazetteerBuilder::new();
    /// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "place", "name": "Bali"}"#, "a.jsonl")?;
    /// assert!(builder.warnings().is_empty());
    /// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "place", "name": "Pulau Bali"}"#, "b.jsonl")?;
    /// assert_eq!(builder.warnings().len(), 1);
    /// # Ok::<(), tokoh::GazetteerErrors>(())
    /// ```
    #[must_use]
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The number of entities so far.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::GazetteerBuilder::new().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether there is no entity so far.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(tokoh::GazetteerBuilder::new().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The gazetteer: every entity in order of first definition.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, GazetteerBuilder};
    ///
    /// let mut builder = GazetteerBuilder::new();
    /// builder.add(Entity::new("Q2", EntityKind::Place, "Lombok"))?;
    /// builder.add(Entity::new("Q1", EntityKind::Place, "Bali"))?;
    /// let gazetteer = builder.build();
    /// let ids: Vec<&str> = gazetteer.iter().map(|e| e.id.as_str()).collect();
    /// assert_eq!(ids, ["Q2", "Q1"]);
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    #[must_use]
    pub fn build(mut self) -> Gazetteer {
        self.entities.shrink_to_fit();
        self.origins.shrink_to_fit();
        Gazetteer::from_parts(self.entities, self.origins, self.index, self.data_as_of)
    }

    fn next_source(&mut self) -> usize {
        self.sources += 1;
        self.sources
    }

    /// Inserts `entity`: new ids at the end; an id of an earlier source
    /// replaced in place, with a warning. `Err` with the origin of the
    /// first definition when the id is already used in the same source.
    fn insert(&mut self, entity: Entity, origin: Origin) -> Result<(), Origin> {
        match self.index.entry(entity.id.clone()) {
            Entry::Vacant(slot) => {
                slot.insert(self.entities.len());
                self.entities.push(entity);
                self.origins.push(origin);
                Ok(())
            }
            Entry::Occupied(slot) => {
                let at = *slot.get();
                let previous = &self.origins[at];
                if previous.source == origin.source {
                    return Err(previous.clone());
                }
                self.warnings.push(Warning::new(
                    origin.path.clone(),
                    origin.line,
                    WarningKind::Override {
                        id: entity.id.clone(),
                        previous_path: previous.path.as_deref().map(Path::to_path_buf),
                        previous_line: previous.line,
                    },
                ));
                self.entities[at] = entity;
                self.origins[at] = origin;
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityKind;

    fn place(id: &str, name: &str) -> Entity {
        Entity::new(id, EntityKind::Place, name)
    }

    #[test]
    fn code_is_one_source_and_files_override_it() {
        let mut b = GazetteerBuilder::new();
        b.add(place("Q1", "Bali")).expect("valid");
        b.load_jsonl_str(
            r#"{"id": "Q1", "kind": "place", "name": "Pulau Bali"}"#,
            "a",
        )
        .expect("valid");
        assert_eq!(b.warnings().len(), 1);
        assert_eq!(
            b.warnings()[0].to_string(),
            "a:1: entity \"Q1\" replaces the one of the same id added in code (a later source wins)"
        );
        // Code comes after the file now: a replacement again, not a duplicate.
        b.add(place("Q1", "Bali lagi")).expect("valid");
        assert_eq!(b.warnings().len(), 2);
        assert_eq!(
            b.warnings()[1].to_string(),
            "entity \"Q1\" added in code replaces the one of the same id from a:1 (a later source wins)"
        );
        let g = b.build();
        assert_eq!(g.len(), 1);
        assert_eq!(g.get("Q1").map(|e| e.name.as_str()), Some("Bali lagi"));
    }

    #[test]
    fn a_failed_add_adds_nothing() {
        let mut b = GazetteerBuilder::new();
        let mut e = place("Q1", "Bali");
        e.acronyms.push(String::new());
        let error = b.add(e).expect_err("blank acronym");
        assert_eq!(error.field(), Some("acronyms[0]"));
        assert_eq!(error.id(), Some("Q1"));
        assert!(b.is_empty());
    }

    #[test]
    fn duplicate_ids_in_code_are_errors() {
        let mut b = GazetteerBuilder::new();
        b.add(place("Q1", "Bali")).expect("valid");
        let error = b.add(place("Q1", "Jawa")).expect_err("duplicate");
        assert_eq!(
            error.to_string(),
            "entity \"Q1\": field `id`: duplicate id \"Q1\"; ids must be unique among the \
             entities added in code (a later source may override an id)"
        );
        assert_eq!(b.build().get("Q1").map(|e| e.name.as_str()), Some("Bali"));
    }

    #[test]
    fn a_bad_file_adds_nothing() {
        let mut b = GazetteerBuilder::new();
        let text = "{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}\n{}\n";
        assert!(b.load_jsonl_str(text, "a").is_err());
        assert!(b.is_empty());
        assert!(b.warnings().is_empty());
    }

    #[test]
    fn lenient_loading_keeps_the_good_lines() {
        let mut b = GazetteerBuilder::new();
        let path: Arc<Path> = Arc::from(Path::new("a"));
        let text = "{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}\n{}\n";
        let errors = b.load_lenient(text.as_bytes(), &path);
        assert_eq!(errors.len(), 3);
        assert_eq!(b.len(), 1);
    }
}
