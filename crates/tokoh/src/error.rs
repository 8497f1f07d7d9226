//! Errors and warnings.
//!
//! Problems with gazetteer data are [`GazetteerError`]s: each names the file
//! (or the name given to [`load_jsonl_str`]), the line and the field it is
//! about, and its message says what to do. Its `Display` is exactly what the
//! `tokoh` command prints after `tokoh: error: `:
//!
//! ```text
//! people.jsonl:3: field `aliases`: expected a list of strings, found a number
//! ```
//!
//! Reading a whole file collects every problem in it, not only the first:
//! [`GazetteerErrors`]. A later source that redefines an id is not an error but
//! a [`Warning`].
//!
//! [`load_jsonl_str`]: crate::GazetteerBuilder::load_jsonl_str

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A problem with gazetteer data: a file that cannot be read, a line that is
/// not valid JSON, a field that is missing, of the wrong type or invalid, a
/// duplicate id.
///
/// It carries where the problem is — [`path`](GazetteerError::path),
/// [`line`](GazetteerError::line) (from 1), [`field`](GazetteerError::field)
/// (`name`, `aliases[2]`, `roles[0].start`) — and what it is,
/// [`kind`](GazetteerError::kind). Its `Display` is
/// `FILE:LINE: field `F`: what is wrong`, leaving out the parts that are not
/// known; an entity added in code is named by its id instead of a file.
///
/// A file that does not exist is an error of kind
/// [`GazetteerErrorKind::Io`] whose [`io_error_kind`](GazetteerError::io_error_kind)
/// is [`io::ErrorKind::NotFound`].
///
/// # Examples
///
/// ```
/// use tokoh::{GazetteerBuilder, GazetteerErrorKind};
///
/// let text = "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"Ani\", \"aliases\": 5}\n";
/// let errors = GazetteerBuilder::new()
///     .load_jsonl_str(text, "people.jsonl")
///     .unwrap_err();
/// let error = errors.first();
/// assert_eq!(error.line(), Some(1));
/// assert_eq!(error.field(), Some("aliases"));
/// assert!(matches!(error.kind(), GazetteerErrorKind::WrongType { .. }));
/// assert_eq!(
///     error.to_string(),
///     "people.jsonl:1: field `aliases`: expected a list of strings, found a number"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    // Boxed: a `Result<_, GazetteerError>` stays one pointer wide on the
    // happy path.
    inner: Box<ErrorInner>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ErrorInner {
    path: Option<Arc<Path>>,
    line: Option<usize>,
    id: Option<String>,
    field: Option<String>,
    kind: GazetteerErrorKind,
}

impl GazetteerError {
    /// An error of `kind`, not yet located.
    pub(crate) fn new(kind: GazetteerErrorKind) -> GazetteerError {
        GazetteerError {
            inner: Box::new(ErrorInner {
                path: None,
                line: None,
                id: None,
                field: None,
                kind,
            }),
        }
    }

    /// The same error, about `field`.
    pub(crate) fn with_field(mut self, field: impl Into<String>) -> GazetteerError {
        self.inner.field = Some(field.into());
        self
    }

    /// The same error, in the file `path` (or the source named so).
    pub(crate) fn in_file(mut self, path: &Arc<Path>) -> GazetteerError {
        self.inner.path = Some(Arc::clone(path));
        self
    }

    /// The same error, on line `line` (from 1).
    pub(crate) fn on_line(mut self, line: usize) -> GazetteerError {
        self.inner.line = Some(line);
        self
    }

    /// The same error, about the entity `id` (used when there is no file).
    pub(crate) fn for_entity(mut self, id: &str) -> GazetteerError {
        self.inner.id = Some(id.to_owned());
        self
    }

    /// The file the problem is in, as it was given (or the name given to
    /// [`load_jsonl_str`](crate::GazetteerBuilder::load_jsonl_str)); `None`
    /// for an entity added in code.
    ///
    /// # Examples
    ///
    /// ```
    /// let errors = tokoh::GazetteerBuilder::new()
    ///     .load_jsonl_file("no/such/file.jsonl")
    ///     .unwrap_err();
    /// assert_eq!(
    ///     errors.first().path(),
    ///     Some(std::path::Path::new("no/such/file.jsonl"))
    /// );
    /// ```
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.inner.path.as_deref()
    }

    /// The line the problem is on, counted from 1; `None` for a problem with
    /// a whole file (it cannot be read) or with an entity added in code.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "# people\n\n{\"id\": \"Q1\", \"kind\": \"person\"}\n";
    /// let errors = tokoh::GazetteerBuilder::new()
    ///     .load_jsonl_str(text, "people.jsonl")
    ///     .unwrap_err();
    /// assert_eq!(errors.first().line(), Some(3));
    /// ```
    #[must_use]
    pub fn line(&self) -> Option<usize> {
        self.inner.line
    }

    /// The field the problem is about: a top-level field (`name`, `kind`), an
    /// element of a list (`aliases[2]`), a field of a role
    /// (`roles[0].start`); `None` when the problem is with the whole line
    /// (invalid JSON) or file.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = r#"{"id": "Q1", "kind": "person", "name": "Ani", "roles": [{"start": "2021"}]}"#;
    /// let errors = tokoh::GazetteerBuilder::new()
    ///     .load_jsonl_str(text, "people.jsonl")
    ///     .unwrap_err();
    /// assert_eq!(errors.first().field(), Some("roles[0].start"));
    /// ```
    #[must_use]
    pub fn field(&self) -> Option<&str> {
        self.inner.field.as_deref()
    }

    /// The id of the entity the problem is with, when the entity was added in
    /// code rather than read from a file.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, GazetteerBuilder};
    ///
    /// let entity = Entity::new("Q1", EntityKind::Person, " ");
    /// let error = GazetteerBuilder::new().add(entity).unwrap_err();
    /// assert_eq!(error.id(), Some("Q1"));
    /// assert_eq!(error.to_string(), "entity \"Q1\": field `name`: is empty or only white space; write the name");
    /// ```
    #[must_use]
    pub fn id(&self) -> Option<&str> {
        self.inner.id.as_deref()
    }

    /// What is wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::GazetteerErrorKind;
    ///
    /// let text = r#"{"id": "Q1", "kind": "persons", "name": "Ani"}"#;
    /// let errors = tokoh::GazetteerBuilder::new()
    ///     .load_jsonl_str(text, "people.jsonl")
    ///     .unwrap_err();
    /// assert!(matches!(errors.first().kind(), GazetteerErrorKind::UnknownKind { found } if found == "persons"));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &GazetteerErrorKind {
        &self.inner.kind
    }

    /// For a file that could not be read, why (`NotFound`,
    /// `PermissionDenied` ...); `None` for any other problem.
    ///
    /// # Examples
    ///
    /// ```
    /// let errors = tokoh::GazetteerBuilder::new()
    ///     .load_jsonl_file("no/such/file.jsonl")
    ///     .unwrap_err();
    /// assert_eq!(errors.first().io_error_kind(), Some(std::io::ErrorKind::NotFound));
    /// ```
    #[must_use]
    pub fn io_error_kind(&self) -> Option<io::ErrorKind> {
        match &self.inner.kind {
            GazetteerErrorKind::Io { kind, .. } => Some(*kind),
            _ => None,
        }
    }
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(at) = Location::new(self.inner.path.as_deref(), self.inner.line) {
            write!(f, "{at}: ")?;
        } else if let Some(id) = &self.inner.id {
            write!(f, "entity {id:?}: ")?;
        }
        if let Some(field) = &self.inner.field {
            write!(f, "field `{field}`: ")?;
        }
        write!(f, "{}", self.inner.kind)
    }
}

// Display says everything (the kind included), so there is no `source`:
// a chain printer would repeat the message.
impl std::error::Error for GazetteerError {}

/// What is wrong, in a [`GazetteerError`]. New kinds may be added.
///
/// # Examples
///
/// ```
/// use tokoh::GazetteerErrorKind;
///
/// let kind = GazetteerErrorKind::WrongType { expected: "a string", found: "a number" };
/// assert_eq!(kind.to_string(), "expected a string, found a number");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerErrorKind {
    /// The file could not be read.
    #[error("cannot read: {message}")]
    Io {
        /// Why, as the operating system tells it (`NotFound` for a missing
        /// file).
        kind: io::ErrorKind,
        /// The operating system's message, without its error number.
        message: String,
    },
    /// The bytes are not UTF-8.
    #[error("invalid UTF-8 at byte {byte}; save the file as UTF-8")]
    InvalidUtf8 {
        /// Offset of the first bad byte from the start of the file.
        byte: usize,
    },
    /// The line is not valid JSON.
    #[error("invalid JSON: {message}{}", column.map(|c| format!(" (column {c})")).unwrap_or_default())]
    InvalidJson {
        /// What the JSON parser says.
        message: String,
        /// Where on the line, in bytes counted from 1, when known.
        column: Option<usize>,
    },
    /// The line is valid JSON but not an object.
    #[error("expected a JSON object (one entity per line), found {found}")]
    NotAnObject {
        /// What was found: `an array`, `a string` ...
        found: &'static str,
    },
    /// A required field (`id`, `kind`, `name`) is missing.
    #[error("is missing; every entity needs an id, a kind and a name")]
    MissingField,
    /// The same field appears twice in one object.
    #[error("appears twice in the object; keep one")]
    DuplicateField,
    /// A field has a value of the wrong JSON type.
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What the field must be: `a string`, `a list of strings` ...
        expected: &'static str,
        /// What it is: `a number`, `null` ...
        found: &'static str,
    },
    /// A name, alias, acronym, short form, id or title is empty or only
    /// white space.
    #[error("is empty or only white space; write the {what}")]
    Blank {
        /// What should be there: `name`, `alias` ...
        what: &'static str,
    },
    /// `kind` is not `person`, `organization` or `place`.
    #[error("unknown kind {found:?}; use person, organization or place")]
    UnknownKind {
        /// The kind as written.
        found: String,
    },
    /// An id appears twice in one file (or among the entities added in
    /// code).
    #[error("duplicate id {id:?}{}", duplicate_id_hint(*first_line))]
    DuplicateId {
        /// The id.
        id: String,
        /// The line of its first use, in the same file.
        first_line: Option<usize>,
    },
    /// A date is not a valid `YYYY-MM-DD` date.
    #[error("invalid date {found:?}; write a date as YYYY-MM-DD, like 2024-10-20")]
    InvalidDate {
        /// The date as written.
        found: String,
    },
    /// A role ends before it starts.
    #[error("the role ends ({end}) before it starts ({start})")]
    EndBeforeStart {
        /// The start date, `YYYY-MM-DD`.
        start: String,
        /// The end date, `YYYY-MM-DD`.
        end: String,
    },
    /// A country is not an ISO 3166-1 alpha-2 code.
    #[error("{found:?} is not a country code; write two capital letters (ISO 3166-1 alpha-2), like ID or US")]
    InvalidCountry {
        /// The country as written.
        found: String,
    },
    /// An entity added in code has a metadata field with the name of one of
    /// the fields of its own (`name`, `aliases` ...).
    #[error("is a field of the entity, not metadata; set it on the entity instead")]
    ReservedMetadata,
}

/// What to say after a duplicate id: where it was first used, and the rule.
fn duplicate_id_hint(first_line: Option<usize>) -> String {
    match first_line {
        Some(line) => format!(
            ", first used on line {line}; ids must be unique within a file \
             (a later file may override an id)"
        ),
        None => "; ids must be unique among the entities added in code \
                 (a later source may override an id)"
            .to_owned(),
    }
}

impl GazetteerErrorKind {
    /// The error for an I/O error, without std's ` (os error N)` suffix.
    pub(crate) fn io(error: &io::Error) -> GazetteerErrorKind {
        let mut message = error.to_string();
        if let Some(at) = message.find(" (os error ") {
            message.truncate(at);
        }
        GazetteerErrorKind::Io {
            kind: error.kind(),
            message,
        }
    }
}

/// Every problem found in one gazetteer source (never none), in the order of
/// the lines.
///
/// `Display` shows the first and how many more there are; iterate to show
/// them all.
///
/// # Examples
///
/// ```
/// let text = "{\"id\": \"Q1\"}\n{\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"\"}\n";
/// let errors = tokoh::GazetteerBuilder::new()
///     .load_jsonl_str(text, "places.jsonl")
///     .unwrap_err();
/// let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
/// assert_eq!(lines, [
///     "places.jsonl:1: field `kind`: is missing; every entity needs an id, a kind and a name",
///     "places.jsonl:1: field `name`: is missing; every entity needs an id, a kind and a name",
///     "places.jsonl:2: field `name`: is empty or only white space; write the name",
/// ]);
/// assert!(errors.to_string().ends_with("(and 2 more errors)"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerErrors {
    /// Never empty.
    errors: Vec<GazetteerError>,
}

impl GazetteerErrors {
    /// The errors, if there is any.
    pub(crate) fn from_vec(errors: Vec<GazetteerError>) -> Option<GazetteerErrors> {
        (!errors.is_empty()).then_some(GazetteerErrors { errors })
    }

    /// The first error.
    ///
    /// # Examples
    ///
    /// ```
    /// let errors = tokoh::GazetteerBuilder::new().load_jsonl_str("[]", "x").unwrap_err();
    /// assert_eq!(errors.first().line(), Some(1));
    /// ```
    #[must_use]
    pub fn first(&self) -> &GazetteerError {
        // `errors` is never empty: see `from_vec` and `From`.
        &self.errors[0]
    }

    /// Every error, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let errors = tokoh::GazetteerBuilder::new().load_jsonl_str("[]\n1\n", "x").unwrap_err();
    /// assert_eq!(errors.as_slice().len(), 2);
    /// ```
    #[must_use]
    pub fn as_slice(&self) -> &[GazetteerError] {
        &self.errors
    }

    /// An iterator over every error, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let errors = tokoh::GazetteerBuilder::new().load_jsonl_str("[]\n1\n", "x").unwrap_err();
    /// let lines: Vec<_> = errors.iter().map(|e| e.line()).collect();
    /// assert_eq!(lines, [Some(1), Some(2)]);
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, GazetteerError> {
        self.errors.iter()
    }

    /// The errors as a vector.
    ///
    /// # Examples
    ///
    /// ```
    /// let errors = tokoh::GazetteerBuilder::new().load_jsonl_str("[]", "x").unwrap_err();
    /// assert_eq!(errors.into_vec().len(), 1);
    /// ```
    #[must_use]
    pub fn into_vec(self) -> Vec<GazetteerError> {
        self.errors
    }
}

impl From<GazetteerError> for GazetteerErrors {
    fn from(error: GazetteerError) -> GazetteerErrors {
        GazetteerErrors {
            errors: vec![error],
        }
    }
}

impl fmt::Display for GazetteerErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.first())?;
        match self.errors.len() {
            0 | 1 => Ok(()),
            2 => f.write_str(" (and 1 more error)"),
            n => write!(f, " (and {} more errors)", n - 1),
        }
    }
}

impl std::error::Error for GazetteerErrors {}

impl IntoIterator for GazetteerErrors {
    type Item = GazetteerError;
    type IntoIter = std::vec::IntoIter<GazetteerError>;

    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

impl<'a> IntoIterator for &'a GazetteerErrors {
    type Item = &'a GazetteerError;
    type IntoIter = std::slice::Iter<'a, GazetteerError>;

    fn into_iter(self) -> Self::IntoIter {
        self.errors.iter()
    }
}

/// Something worth knowing about gazetteer data that does not make it
/// invalid: an entity of a later source replacing one of the same id from an
/// earlier source.
///
/// `Display` is `FILE:LINE: what happened`; the `tokoh` command prints it
/// after `tokoh: warning: `.
///
/// # Examples
///
/// ```
/// use tokoh::{GazetteerBuilder, WarningKind};
///
/// let mut builder = GazetteerBuilder::new();
/// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "person", "name": "Ani"}"#, "a.jsonl")?;
/// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "person", "name": "Ani Yudhoyono"}"#, "b.jsonl")?;
/// let warning = &builder.warnings()[0];
/// assert_eq!(warning.line(), Some(1));
/// assert!(matches!(warning.kind(), WarningKind::Override { id, .. } if id == "Q1"));
/// assert_eq!(
///     warning.to_string(),
///     "b.jsonl:1: entity \"Q1\" replaces the one of the same id from a.jsonl:1 (a later source wins)"
/// );
/// # Ok::<(), tokoh::GazetteerErrors>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    path: Option<Arc<Path>>,
    line: Option<usize>,
    kind: WarningKind,
}

impl Warning {
    /// A warning about the entity defined at `path`:`line`.
    pub(crate) fn new(path: Option<Arc<Path>>, line: Option<usize>, kind: WarningKind) -> Warning {
        Warning { path, line, kind }
    }

    /// The file of the entity the warning is about; `None` for an entity
    /// added in code.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut builder = tokoh::GazetteerBuilder::new();
    /// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "place", "name": "Bali"}"#, "a.jsonl")?;
    /// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "place", "name": "Pulau Bali"}"#, "b.jsonl")?;
    /// assert_eq!(builder.warnings()[0].path(), Some(std::path::Path::new("b.jsonl")));
    /// # Ok::<(), tokoh::GazetteerErrors>(())
    /// ```
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The line of the entity the warning is about, counted from 1.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut builder = tokoh::GazetteerBuilder::new();
    /// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "place", "name": "Bali"}"#, "a.jsonl")?;
    /// builder.load_jsonl_str("\n{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}", "b.jsonl")?;
    /// assert_eq!(builder.warnings()[0].line(), Some(2));
    /// # Ok::<(), tokoh::GazetteerErrors>(())
    /// ```
    #[must_use]
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What happened.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::WarningKind;
    ///
    /// let mut builder = tokoh::GazetteerBuilder::new();
    /// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "place", "name": "Bali"}"#, "a.jsonl")?;
    /// builder.load_jsonl_str(r#"{"id": "Q1", "kind": "place", "name": "Bali"}"#, "b.jsonl")?;
    /// let WarningKind::Override { previous_path, previous_line, .. } = builder.warnings()[0].kind() else {
    ///     panic!("an override");
    /// };
    /// assert_eq!(previous_path.as_deref(), Some(std::path::Path::new("a.jsonl")));
    /// assert_eq!(*previous_line, Some(1));
    /// # Ok::<(), tokoh::GazetteerErrors>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> &WarningKind {
        &self.kind
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(at) = Location::new(self.path.as_deref(), self.line) {
            write!(f, "{at}: ")?;
        }
        match &self.kind {
            WarningKind::Override {
                id,
                previous_path,
                previous_line,
            } => {
                write!(f, "entity {id:?} ")?;
                if self.path.is_none() {
                    f.write_str("added in code ")?;
                }
                f.write_str("replaces the one of the same id ")?;
                match Location::new(previous_path.as_deref(), *previous_line) {
                    Some(previous) => write!(f, "from {previous}")?,
                    None => f.write_str("added in code")?,
                }
                f.write_str(" (a later source wins)")
            }
        }
    }
}

/// What a [`Warning`] is about. New kinds may be added.
///
/// # Examples
///
/// ```
/// use tokoh::WarningKind;
///
/// let kind = WarningKind::Override { id: "Q1".into(), previous_path: None, previous_line: None };
/// assert!(matches!(kind, WarningKind::Override { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WarningKind {
    /// An entity replaced an earlier one of the same id from an earlier
    /// source. It keeps the earlier one's place in the gazetteer order.
    Override {
        /// The id.
        id: String,
        /// Where the replaced entity came from; `None` when it was added in
        /// code.
        previous_path: Option<PathBuf>,
        /// Its line there.
        previous_line: Option<usize>,
    },
}

/// A string that could not be parsed as a [`Date`](crate::gazetteer::Date)
/// or an [`EntityKind`](crate::EntityKind).
///
/// # Examples
///
/// ```
/// let error = "2024-02-30".parse::<tokoh::gazetteer::Date>().unwrap_err();
/// assert_eq!(error.to_string(), "invalid date \"2024-02-30\"; write a date as YYYY-MM-DD, like 2024-10-20");
/// let error = "persons".parse::<tokoh::EntityKind>().unwrap_err();
/// assert_eq!(error.to_string(), "unknown kind \"persons\"; use person, organization or place");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct ParseError {
    kind: GazetteerErrorKind,
}

impl ParseError {
    /// An error saying what is wrong.
    pub(crate) fn new(kind: GazetteerErrorKind) -> ParseError {
        ParseError { kind }
    }

    /// What is wrong, as in a [`GazetteerError`].
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::GazetteerErrorKind;
    ///
    /// let error = "2024".parse::<tokoh::gazetteer::Date>().unwrap_err();
    /// assert!(matches!(error.kind(), GazetteerErrorKind::InvalidDate { .. }));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &GazetteerErrorKind {
        &self.kind
    }

    /// The kind, to put into a [`GazetteerError`].
    pub(crate) fn into_kind(self) -> GazetteerErrorKind {
        self.kind
    }
}

/// `FILE:LINE`, `FILE`, or nothing.
struct Location<'a> {
    path: &'a Path,
    line: Option<usize>,
}

impl<'a> Location<'a> {
    fn new(path: Option<&'a Path>, line: Option<usize>) -> Option<Location<'a>> {
        path.map(|path| Location { path, line })
    }
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path.display()),
            None => write!(f, "{}", self.path.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_leaves_out_what_is_unknown() {
        let path: Arc<Path> = Arc::from(Path::new("a.jsonl"));
        let kind = GazetteerErrorKind::MissingField;
        let e = GazetteerError::new(kind.clone());
        assert_eq!(
            e.to_string(),
            "is missing; every entity needs an id, a kind and a name"
        );
        let e = e.with_field("id");
        assert!(e.to_string().starts_with("field `id`: "));
        let e = e.in_file(&path);
        assert!(e.to_string().starts_with("a.jsonl: field `id`: "));
        let e = e.on_line(7).for_entity("Q1");
        assert!(e.to_string().starts_with("a.jsonl:7: field `id`: "));
    }

    #[test]
    fn io_errors_keep_their_kind_and_lose_the_os_code() {
        let kind = GazetteerErrorKind::io(&io::Error::from_raw_os_error(2));
        let GazetteerErrorKind::Io { kind, message } = kind else {
            panic!("an I/O error");
        };
        assert_eq!(kind, io::ErrorKind::NotFound);
        assert!(!message.contains("os error"), "{message}");
    }

    #[test]
    fn json_errors_show_the_column_when_known() {
        let kind = GazetteerErrorKind::InvalidJson {
            message: "EOF while parsing an object".into(),
            column: Some(12),
        };
        assert_eq!(
            kind.to_string(),
            "invalid JSON: EOF while parsing an object (column 12)"
        );
        let kind = GazetteerErrorKind::InvalidJson {
            message: "x".into(),
            column: None,
        };
        assert_eq!(kind.to_string(), "invalid JSON: x");
    }
}
