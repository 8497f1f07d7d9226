//! [`GazetteerBuilder`]: a gazetteer from files, text and entities built in
//! code, source by source.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;

use super::date::Date;
use super::entity::Entity;
use super::gazetteer::Gazetteer;
use super::index::{IdIndex, Lookup};
use super::load::{self, Parsed};
use super::validate::check_entity;
use crate::error::{GazetteerError, GazetteerErrorKind, GazetteerErrors, Warning, WarningKind};

/// The source of the entities added in code with [`GazetteerBuilder::add`].
const CODE: usize = 0;

/// Where an entity comes from, in 8 bytes: a file of its [`Origins`], and
/// the line (0 when there is none, or past line 2^32 − 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Origin {
    file: u32,
    line: u32,
}

impl Origin {
    /// Line `line` of a file not yet known; [`Origins::set_file`] sets it.
    pub(crate) fn at_line(line: usize) -> Origin {
        Origin {
            file: 0,
            line: u32::try_from(line).unwrap_or(0),
        }
    }

    /// The line, when the entity was read from one.
    pub(crate) fn line(self) -> Option<usize> {
        (self.line > 0).then_some(self.line as usize)
    }
}

/// Where each entity of a list comes from: an [`Origin`] per entity, and
/// the files they name.
#[derive(Debug, Clone, Default)]
pub(crate) struct Origins {
    /// The files entities came from, each with the source that read it, in
    /// the order first seen; entities added in code have a file without a
    /// path.
    files: Vec<SourceFile>,
    /// Parallel to the entities.
    list: Vec<Origin>,
}

/// A file an entity came from, and the source that read it.
#[derive(Debug, Clone)]
struct SourceFile {
    source: usize,
    path: Option<Arc<Path>>,
}

impl Origins {
    /// The origin of every entity, in order.
    pub(crate) fn list(&self) -> &[Origin] {
        &self.list
    }

    /// The file of `source` with `path`, added when it is not the last
    /// file.
    fn file(&mut self, source: usize, path: Option<&Arc<Path>>) -> u32 {
        let known = self
            .files
            .last()
            .is_some_and(|f| f.source == source && f.path.as_ref() == path);
        if !known {
            self.files.push(SourceFile {
                source,
                path: path.cloned(),
            });
        }
        u32::try_from(self.files.len() - 1).unwrap_or(u32::MAX)
    }

    /// Adds the files of `other` as files of `source`, each path once.
    /// Returns the new file of each file of `other`.
    fn adopt(&mut self, other: &Origins, source: usize) -> Vec<u32> {
        let first = self.files.len();
        other
            .files
            .iter()
            .map(|file| {
                let same = self.files[first..]
                    .iter()
                    .position(|f| f.path == file.path)
                    .map(|i| first + i);
                let at = same.unwrap_or_else(|| {
                    self.files.push(SourceFile {
                        source,
                        path: file.path.clone(),
                    });
                    self.files.len() - 1
                });
                u32::try_from(at).unwrap_or(u32::MAX)
            })
            .collect()
    }

    /// Sets the file of every origin in `origins` to `file`.
    fn set_file(origins: &mut [Origin], file: u32) {
        for origin in origins {
            origin.file = file;
        }
    }

    fn source_file(&self, origin: Origin) -> Option<&SourceFile> {
        self.files.get(origin.file as usize)
    }

    /// The source of `origin`.
    fn source(&self, origin: Origin) -> Option<usize> {
        self.source_file(origin).map(|f| f.source)
    }

    /// The file of `origin`, when it came from one.
    fn path(&self, origin: Origin) -> Option<&Arc<Path>> {
        self.source_file(origin).and_then(|f| f.path.as_ref())
    }

    fn shrink_to_fit(&mut self) {
        self.files.shrink_to_fit();
        self.list.shrink_to_fit();
    }
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
    origins: Origins,
    index: IdIndex,
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
        let origin = Origin {
            file: self.origins.file(CODE, None),
            line: 0,
        };
        if let Err(id) = self.insert(entity, origin) {
            return Err(GazetteerError::new(GazetteerErrorKind::DuplicateId {
                id: id.clone(),
                first_line: None,
            })
            .with_field("id")
            .for_entity(&id));
        }
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
        let files = self.origins.adopt(gazetteer.origins(), source);
        for (entity, origin) in gazetteer.entities().iter().zip(gazetteer.origins().list()) {
            let origin = Origin {
                file: files.get(origin.file as usize).copied().unwrap_or(u32::MAX),
                line: origin.line,
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
        let path: Arc<Path> = Arc::from(path.as_ref());
        // Line by line rather than the whole file at once. Besides its size
        // while the file is read, a large buffer costs memory after it is
        // freed: glibc's allocator then serves allocations up to that size
        // from its heap rather than mapping memory for each, and freed heap
        // memory mostly stays with the process (10 MB more, after compiling
        // a matcher, for a file of 13 MB).
        let parsed =
            File::open(&path).and_then(|file| load::read_jsonl(BufReader::new(file), &path));
        match parsed {
            Ok(parsed) => self.add_checked(parsed, &path),
            Err(e) => Err(GazetteerError::new(GazetteerErrorKind::io(&e))
                .in_file(&path)
                .into()),
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
        self.add_checked(load::parse_jsonl(bytes, &path), &path)
    }

    /// Adds the entities of a parsed source, as one source, when it has no
    /// error; else returns its errors.
    fn add_checked(
        &mut self,
        mut parsed: Parsed,
        path: &Arc<Path>,
    ) -> Result<&mut GazetteerBuilder, GazetteerErrors> {
        if let Some(errors) = GazetteerErrors::from_vec(std::mem::take(&mut parsed.errors)) {
            return Err(errors);
        }
        self.add_parsed(parsed, path);
        Ok(self)
    }

    /// Adds the valid entities of a parsed source, as one source; the caller
    /// deals with its errors.
    pub(crate) fn add_parsed(&mut self, parsed: Parsed, path: &Arc<Path>) {
        let source = self.next_source();
        let file = self.origins.file(source, Some(path));
        let mut origins = parsed.origins;
        Origins::set_file(&mut origins, file);
        if self.entities.is_empty() {
            // The first source (the common case, and the large one): its
            // entities, origins and index are taken as they are, not
            // copied or re-hashed.
            self.entities = parsed.entities;
            self.index = parsed.index;
            self.origins.list = origins;
            return;
        }
        self.entities.reserve(parsed.entities.len());
        self.origins.list.reserve(parsed.entities.len());
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
    /// replaced in place, with a warning. `Err` with the id, the entity
    /// left out, when the id is already used in the same source.
    fn insert(&mut self, entity: Entity, origin: Origin) -> Result<(), String> {
        match self.index.find(&entity.id, &self.entities) {
            Lookup::Absent(hash) => {
                self.entities.push(entity);
                self.origins.list.push(origin);
                self.index
                    .insert(hash, self.entities.len() - 1, &self.entities);
                Ok(())
            }
            Lookup::Found(at) => {
                let previous = self.origins.list[at];
                if self.origins.source(previous) == self.origins.source(origin) {
                    return Err(entity.id);
                }
                self.warnings.push(Warning::new(
                    self.origins.path(origin).cloned(),
                    origin.line(),
                    WarningKind::Override {
                        id: entity.id.clone(),
                        previous_path: self.origins.path(previous).map(|p| p.to_path_buf()),
                        previous_line: previous.line(),
                    },
                ));
                self.entities[at] = entity;
                self.origins.list[at] = origin;
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
    fn a_copied_gazetteer_keeps_where_its_entities_came_from() {
        let mut b = GazetteerBuilder::new();
        b.load_jsonl_str(r#"{"id": "Q1", "kind": "place", "name": "Bali"}"#, "a")
            .expect("valid");
        b.load_jsonl_str(
            "\n{\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Jawa\"}",
            "b",
        )
        .expect("valid");
        b.add(place("Q3", "Lombok")).expect("valid");
        let g = b.build();

        let mut copy = GazetteerBuilder::new();
        copy.add_gazetteer(&g);
        // One source now: its entities from different files replace nothing.
        assert!(copy.warnings().is_empty());
        copy.load_jsonl_str(
            "{\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Pulau Jawa\"}\n\
             {\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Pulau Bali\"}\n\
             {\"id\": \"Q3\", \"kind\": \"place\", \"name\": \"Pulau Lombok\"}",
            "c",
        )
        .expect("valid");
        let warnings: Vec<String> = copy.warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "c:1: entity \"Q2\" replaces the one of the same id from b:2 (a later source wins)",
                "c:2: entity \"Q1\" replaces the one of the same id from a:1 (a later source wins)",
                "c:3: entity \"Q3\" replaces the one of the same id added in code (a later source wins)",
            ]
        );
        // The same gazetteer again is another source: it replaces all.
        copy.add_gazetteer(&g);
        let warnings: Vec<String> = copy.warnings()[3..]
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            warnings,
            [
                "a:1: entity \"Q1\" replaces the one of the same id from c:2 (a later source wins)",
                "b:2: entity \"Q2\" replaces the one of the same id from c:1 (a later source wins)",
                "entity \"Q3\" added in code replaces the one of the same id from c:3 (a later source wins)",
            ]
        );
        let copy = copy.build();
        assert_eq!(copy, g);
        for (i, entity) in g.iter().enumerate() {
            assert_eq!(copy.position(&entity.id), Some(i));
        }
    }

    #[test]
    fn a_file_reads_as_its_text() {
        let text = "\u{feff}{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}\r\n\
                    # a comment\n\
                    {\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Jawa\", \"aliases\": [\"Pulau Jawa\"]}";
        let path =
            std::env::temp_dir().join(format!("tokoh-builder-test-{}.jsonl", std::process::id()));
        std::fs::write(&path, text).expect("a temporary file");
        let mut from_file = GazetteerBuilder::new();
        let loaded = from_file.load_jsonl_file(&path).map(|b| b.len());
        let _ = std::fs::remove_file(&path);
        assert_eq!(loaded, Ok(2));
        let mut from_text = GazetteerBuilder::new();
        from_text.load_jsonl_str(text, "t").expect("valid");
        assert_eq!(from_file.build(), from_text.build());
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
