//! Reading gazetteer files: JSON Lines, one entity per line, exactly as the
//! specification (§2) describes them.
//!
//! A file is UTF-8, with an optional byte order mark at its start and `\n`
//! or `\r\n` line ends. Blank lines and lines starting with `#` are skipped.
//! Every other line is a JSON object with at least `id`, `kind` and `name`;
//! each problem with a line becomes an error naming the line and the field,
//! and every line is read, so that every problem of a file is reported at
//! once.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead};
use std::path::Path;
use std::sync::Arc;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::builder::Origin;
use super::date::Date;
use super::entity::{Entity, EntityKind, Role};
use super::index::{IdIndex, Lookup};
use super::validate::{check_country, check_form, check_not_blank, check_role};
use crate::error::{GazetteerError, GazetteerErrorKind, GazetteerErrors};

/// The fields of an entity with a meaning of their own; any other field is
/// metadata.
pub(crate) const FIELDS: [&str; 11] = [
    "id",
    "kind",
    "name",
    "aliases",
    "acronyms",
    "short",
    "roles",
    "country",
    "parent",
    "description",
    "source",
];

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A problem with a line, before it is given its file and line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    field: Option<String>,
    kind: GazetteerErrorKind,
}

impl Problem {
    pub(crate) fn new(field: Option<String>, kind: GazetteerErrorKind) -> Problem {
        Problem { field, kind }
    }

    /// The problem as an error without a location.
    pub(crate) fn into_error(self) -> GazetteerError {
        let error = GazetteerError::new(self.kind);
        match self.field {
            Some(field) => error.with_field(field),
            None => error,
        }
    }

    #[cfg(test)]
    pub(crate) fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }
}

/// The problems of one line (or entity) as errors; never empty.
pub(crate) fn errors_of(problems: Vec<Problem>) -> GazetteerErrors {
    let errors = problems.into_iter().map(Problem::into_error).collect();
    GazetteerErrors::from_vec(errors).unwrap_or_else(|| {
        // Parsing never fails without saying why; should it ever, this is
        // still an error rather than a panic.
        GazetteerError::new(GazetteerErrorKind::InvalidJson {
            message: "unknown problem".into(),
            column: None,
        })
        .into()
    })
}

/// What a source yields: its valid entities, their line numbers, where each
/// id is, and an error for every problem.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub(crate) entities: Vec<Entity>,
    /// Parallel to `entities`: the line of each, in a file the builder
    /// sets.
    pub(crate) origins: Vec<Origin>,
    /// Each id's position in `entities`.
    pub(crate) index: IdIndex,
    pub(crate) errors: Vec<GazetteerError>,
}

/// Reads a whole JSON Lines source. `path` names it in errors. Ids must be
/// unique within it: the second use of an id is an error, and its entity is
/// left out.
pub(crate) fn parse_jsonl(bytes: &[u8], path: &Arc<Path>) -> Parsed {
    let mut reader = Reader::new(path);
    for line in bytes.split(|&b| b == b'\n') {
        reader.line(line);
    }
    reader.parsed
}

/// Reads a JSON Lines source from `input`, line by line, as
/// [`parse_jsonl`] reads one in memory.
///
/// # Errors
///
/// An error reading `input`.
pub(crate) fn read_jsonl(mut input: impl BufRead, path: &Arc<Path>) -> io::Result<Parsed> {
    let mut reader = Reader::new(path);
    let mut line = Vec::new();
    while input.read_until(b'\n', &mut line)? > 0 {
        reader.line(line.strip_suffix(b"\n").unwrap_or(&line));
        line.clear();
    }
    Ok(reader.parsed)
}

/// Reads a source line by line.
struct Reader<'p> {
    parsed: Parsed,
    path: &'p Arc<Path>,
    /// The number of lines read.
    lines: usize,
    /// Byte offset of the next line in the source.
    offset: usize,
}

impl<'p> Reader<'p> {
    fn new(path: &'p Arc<Path>) -> Reader<'p> {
        Reader {
            parsed: Parsed::default(),
            path,
            lines: 0,
            offset: 0,
        }
    }

    /// Reads the next line, `raw`, without its `\n`.
    fn line(&mut self, raw: &[u8]) {
        let path = self.path;
        let parsed = &mut self.parsed;
        self.lines += 1;
        let number = self.lines;
        let line_start = self.offset;
        self.offset += raw.len() + 1;
        let mut line = raw;
        let mut skipped = 0;
        if number == 1 {
            if let Some(rest) = line.strip_prefix(BOM) {
                line = rest;
                skipped = BOM.len();
            }
        }
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let text = match std::str::from_utf8(line) {
            Ok(text) => text,
            Err(e) => {
                let byte = line_start + skipped + e.valid_up_to();
                parsed.errors.push(
                    GazetteerError::new(GazetteerErrorKind::InvalidUtf8 { byte })
                        .in_file(path)
                        .on_line(number),
                );
                return;
            }
        };
        let content = text.trim();
        if content.is_empty() || content.starts_with('#') {
            return;
        }
        match parse_entity(text) {
            Ok(entity) => match parsed.index.find(&entity.id, &parsed.entities) {
                Lookup::Found(first) => parsed.errors.push(
                    GazetteerError::new(GazetteerErrorKind::DuplicateId {
                        id: entity.id,
                        first_line: parsed.origins.get(first).and_then(|o| o.line()),
                    })
                    .with_field("id")
                    .in_file(path)
                    .on_line(number),
                ),
                Lookup::Absent(hash) => {
                    parsed.entities.push(entity);
                    parsed.origins.push(Origin::at_line(number));
                    parsed
                        .index
                        .insert(hash, parsed.entities.len() - 1, &parsed.entities);
                }
            },
            Err(problems) => parsed.errors.extend(
                problems
                    .into_iter()
                    .map(|p| p.into_error().in_file(path).on_line(number)),
            ),
        }
    }
}

/// Whether `key` is among `keys`. Objects have few fields: a linear scan
/// beats hashing them.
fn is_duplicate<'a>(seen: &mut Vec<&'a str>, key: &'a str) -> bool {
    if seen.contains(&key) {
        return true;
    }
    seen.push(key);
    false
}

/// Parses one line into an entity, or says every problem with it (at least
/// one).
pub(crate) fn parse_entity(line: &str) -> Result<Entity, Vec<Problem>> {
    let object = parse_object(line).map_err(|kind| vec![Problem::new(None, kind)])?;
    let mut problems = Vec::new();
    let mut fields = Fields::default();
    let mut seen: Vec<&str> = Vec::with_capacity(object.0.len());
    for (key, raw) in &object.0 {
        if is_duplicate(&mut seen, key) {
            problems.push(Problem::new(
                Some(key.to_string()),
                GazetteerErrorKind::DuplicateField,
            ));
            continue;
        }
        fields.read(key, raw, &mut problems);
    }
    for (field, present) in [
        ("id", fields.has_id),
        ("kind", fields.has_kind),
        ("name", fields.has_name),
    ] {
        if !present {
            problems.push(Problem::new(
                Some(field.to_owned()),
                GazetteerErrorKind::MissingField,
            ));
        }
    }
    // Report problems in the order of the specification's fields, which is
    // how a reader looks for them, whatever the order of the line.
    problems.sort_by_key(|p| field_rank(p.field.as_deref()));
    match fields.finish() {
        Some(entity) if problems.is_empty() => Ok(entity),
        _ => Err(problems),
    }
}

/// Where a field comes in the specification's order; metadata last.
fn field_rank(field: Option<&str>) -> usize {
    let Some(field) = field else { return 0 };
    let top = field.split(['[', '.']).next().unwrap_or(field);
    FIELDS
        .iter()
        .position(|f| *f == top)
        .map_or(FIELDS.len() + 1, |i| i + 1)
}

/// The fields of an entity as they are read.
#[derive(Default)]
struct Fields {
    has_id: bool,
    has_kind: bool,
    has_name: bool,
    id: Option<String>,
    kind: Option<EntityKind>,
    name: Option<String>,
    aliases: Vec<String>,
    acronyms: Vec<String>,
    short: Vec<String>,
    roles: Vec<Role>,
    country: Option<String>,
    parent: Option<String>,
    description: Option<String>,
    source: Option<String>,
    metadata: Map<String, Value>,
}

impl Fields {
    /// Reads the field `key`, recording any problem with it.
    fn read(&mut self, key: &str, raw: &RawValue, problems: &mut Vec<Problem>) {
        let name = FieldName::top(key);
        let field = || name.render();
        match key {
            "id" => {
                self.has_id = true;
                self.id = required_string(name, raw, problems);
                if let Some(id) = &self.id {
                    problems.extend(check_not_blank(field, id, "id"));
                }
            }
            "kind" => {
                self.has_kind = true;
                if let Some(kind) = required_string(name, raw, problems) {
                    match kind.parse() {
                        Ok(kind) => self.kind = Some(kind),
                        Err(e) => problems.push(Problem::new(Some(field()), e.into_kind())),
                    }
                }
            }
            "name" => {
                self.has_name = true;
                self.name = required_string(name, raw, problems);
                if let Some(name) = &self.name {
                    problems.extend(check_form(field, name, "name"));
                }
            }
            "aliases" => self.aliases = forms(name, raw, "alias", problems),
            "acronyms" => self.acronyms = forms(name, raw, "acronym", problems),
            "short" => self.short = forms(name, raw, "short form", problems),
            "roles" => self.roles = roles(raw, problems),
            "country" => {
                self.country = optional_string(name, raw, problems);
                if let Some(country) = &self.country {
                    problems.extend(check_country(field, country));
                }
            }
            "parent" => {
                self.parent = optional_string(name, raw, problems);
                if let Some(parent) = &self.parent {
                    problems.extend(check_not_blank(field, parent, "parent's id"));
                }
            }
            "description" => self.description = optional_string(name, raw, problems),
            "source" => self.source = optional_string(name, raw, problems),
            _ => {
                if let Some(value) = json_value(name, raw, problems) {
                    self.metadata.insert(key.to_owned(), value);
                }
            }
        }
    }

    /// The entity, when the required fields are there.
    fn finish(self) -> Option<Entity> {
        let mut entity = Entity::new(self.id?, self.kind?, self.name?);
        entity.aliases = self.aliases;
        entity.acronyms = self.acronyms;
        entity.short = self.short;
        entity.roles = self.roles;
        entity.country = self.country;
        entity.parent = self.parent;
        entity.description = self.description;
        entity.source = self.source;
        entity.metadata = self.metadata;
        Some(entity)
    }
}

/// The name of a field in messages: `name`, `aliases[2]`, `roles[0].start`.
/// Built only when there is a problem to report.
#[derive(Debug, Clone, Copy)]
struct FieldName<'a> {
    /// `roles[i]` for a field of a role.
    parent: Option<&'a str>,
    key: &'a str,
    /// For an element of a list.
    index: Option<usize>,
}

impl<'a> FieldName<'a> {
    fn top(key: &'a str) -> FieldName<'a> {
        FieldName {
            parent: None,
            key,
            index: None,
        }
    }

    fn in_role(role: &'a str, key: &'a str) -> FieldName<'a> {
        FieldName {
            parent: Some(role),
            key,
            index: None,
        }
    }

    fn element(self, index: usize) -> FieldName<'a> {
        FieldName {
            index: Some(index),
            ..self
        }
    }

    fn render(self) -> String {
        let mut name = String::new();
        if let Some(parent) = self.parent {
            name.push_str(parent);
            name.push('.');
        }
        name.push_str(self.key);
        if let Some(index) = self.index {
            name.push_str(&format!("[{index}]"));
        }
        name
    }
}

/// What kind of JSON value `raw` is, for messages.
fn json_type(raw: &RawValue) -> &'static str {
    match raw.get().bytes().next() {
        Some(b'"') => "a string",
        Some(b'[') => "a list",
        Some(b'{') => "an object",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

fn is_null(raw: &RawValue) -> bool {
    raw.get() == "null"
}

/// A string field that must be there (null is the wrong type).
fn required_string(
    field: FieldName<'_>,
    raw: &RawValue,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    string(field, raw, "a string", problems)
}

/// A string field that may be absent or null.
fn optional_string(
    field: FieldName<'_>,
    raw: &RawValue,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    if is_null(raw) {
        return None;
    }
    string(field, raw, "a string", problems)
}

/// The string `raw`, or a problem saying it was expected to be `expected`.
fn string(
    field: FieldName<'_>,
    raw: &RawValue,
    expected: &'static str,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    if !raw.get().starts_with('"') {
        problems.push(Problem::new(
            Some(field.render()),
            GazetteerErrorKind::WrongType {
                expected,
                found: json_type(raw),
            },
        ));
        return None;
    }
    match serde_json::from_str::<String>(raw.get()) {
        Ok(s) => Some(s),
        // A string with an escape that is no character (a lone surrogate).
        Err(e) => {
            problems.push(Problem::new(
                Some(field.render()),
                GazetteerErrorKind::InvalidJson {
                    message: error_message(&e),
                    column: None,
                },
            ));
            None
        }
    }
}

/// The elements of a list field, each as written; null is an empty list.
fn list<'a>(
    field: FieldName<'_>,
    raw: &'a RawValue,
    expected: &'static str,
    problems: &mut Vec<Problem>,
) -> Vec<&'a RawValue> {
    if is_null(raw) {
        return Vec::new();
    }
    if !raw.get().starts_with('[') {
        problems.push(Problem::new(
            Some(field.render()),
            GazetteerErrorKind::WrongType {
                expected,
                found: json_type(raw),
            },
        ));
        return Vec::new();
    }
    // `raw` is valid JSON: it was checked when the line was read.
    serde_json::from_str(raw.get()).unwrap_or_default()
}

/// A list of names, aliases, acronyms or short forms: strings, none blank.
fn forms(
    field: FieldName<'_>,
    raw: &RawValue,
    what: &'static str,
    problems: &mut Vec<Problem>,
) -> Vec<String> {
    let elements = list(field, raw, "a list of strings", problems);
    // Exactly as long as the list: a gazetteer holds many short lists, and
    // growing each one by pushes would leave room for four.
    let mut forms = Vec::with_capacity(elements.len());
    for (i, element) in elements.into_iter().enumerate() {
        let element_field = field.element(i);
        if let Some(form) = string(element_field, element, "a string", problems) {
            if let Some(problem) = check_form(|| element_field.render(), &form, what) {
                problems.push(problem);
            }
            forms.push(form);
        }
    }
    forms
}

/// The `roles` field: a list of objects.
fn roles(raw: &RawValue, problems: &mut Vec<Problem>) -> Vec<Role> {
    let elements = list(
        FieldName::top("roles"),
        raw,
        "a list of roles (objects)",
        problems,
    );
    // Exactly as long as the list (see `forms`).
    let mut roles = Vec::with_capacity(elements.len());
    for (i, element) in elements.into_iter().enumerate() {
        let prefix = format!("roles[{i}]");
        if let Some(role) = role(&prefix, element, problems) {
            roles.push(role);
        }
    }
    roles
}

/// One role, `prefix` naming it (`roles[0]`).
fn role(prefix: &str, raw: &RawValue, problems: &mut Vec<Problem>) -> Option<Role> {
    if !raw.get().starts_with('{') {
        problems.push(Problem::new(
            Some(prefix.to_owned()),
            GazetteerErrorKind::WrongType {
                expected: "a role (an object)",
                found: json_type(raw),
            },
        ));
        return None;
    }
    // `raw` is a valid JSON object: it was checked when the line was read.
    let object = parse_object(raw.get()).ok()?;
    let before = problems.len();
    let mut role = Role::new();
    let mut seen: Vec<&str> = Vec::with_capacity(object.0.len());
    for (key, value) in &object.0 {
        let field = FieldName::in_role(prefix, key);
        if is_duplicate(&mut seen, key) {
            problems.push(Problem::new(
                Some(field.render()),
                GazetteerErrorKind::DuplicateField,
            ));
            continue;
        }
        match key.as_ref() {
            "title" => role.title = optional_string(field, value, problems),
            "country" => role.country = optional_string(field, value, problems),
            "org" => role.org = optional_string(field, value, problems),
            "start" => role.start = date(field, value, problems),
            "end" => role.end = date(field, value, problems),
            _ => {
                if let Some(value) = json_value(field, value, problems) {
                    role.metadata.insert(key.to_string(), value);
                }
            }
        }
    }
    check_role(prefix, &role, problems);
    (problems.len() == before).then_some(role)
}

/// A date field: a `YYYY-MM-DD` string, or null.
fn date(field: FieldName<'_>, raw: &RawValue, problems: &mut Vec<Problem>) -> Option<Date> {
    if is_null(raw) {
        return None;
    }
    let text = string(field, raw, "a date string (YYYY-MM-DD)", problems)?;
    match text.parse() {
        Ok(date) => Some(date),
        Err(e) => {
            problems.push(Problem::new(
                Some(field.render()),
                crate::error::ParseError::into_kind(e),
            ));
            None
        }
    }
}

/// Any JSON value, kept as metadata.
fn json_value(field: FieldName<'_>, raw: &RawValue, problems: &mut Vec<Problem>) -> Option<Value> {
    match serde_json::from_str(raw.get()) {
        Ok(value) => Some(value),
        // A number too large for a float, a lone surrogate escape.
        Err(e) => {
            problems.push(Problem::new(
                Some(field.render()),
                GazetteerErrorKind::InvalidJson {
                    message: error_message(&e),
                    column: None,
                },
            ));
            None
        }
    }
}

/// Parses a line as a JSON object whose values are left as written.
fn parse_object(line: &str) -> Result<Object<'_>, GazetteerErrorKind> {
    let first = line.bytes().find(|b| !b.is_ascii_whitespace());
    if first != Some(b'{') {
        if let Ok(value) = serde_json::from_str::<&RawValue>(line) {
            return Err(GazetteerErrorKind::NotAnObject {
                found: json_type(value),
            });
        }
    }
    serde_json::from_str(line).map_err(|e| GazetteerErrorKind::InvalidJson {
        message: error_message(&e),
        column: (e.column() > 0).then_some(e.column()),
    })
}

/// The message of a serde_json error without its position (serde_json's
/// "line 1" is not the line of the file).
fn error_message(e: &serde_json::Error) -> String {
    let mut message = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    if message.ends_with(&suffix) {
        message.truncate(message.len() - suffix.len());
    }
    message
}

/// A JSON object as its fields in input order, each value left as written
/// (so that a field of the wrong type can be named, and duplicates seen).
struct Object<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Object<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor;

        impl<'de> Visitor<'de> for ObjectVisitor {
            type Value = Object<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Object<'de>, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(Key(key)) = map.next_key()? {
                    let value: &'de RawValue = map.next_value()?;
                    fields.push((key, value));
                }
                Ok(Object(fields))
            }
        }

        deserializer.deserialize_map(ObjectVisitor)
    }
}

/// An object key, borrowed from the line when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `bytes` from a reader with a tiny buffer, so that lines come
    /// in pieces.
    fn read_in_pieces(bytes: &[u8], path: &Arc<Path>) -> Parsed {
        read_jsonl(io::BufReader::with_capacity(3, bytes), path).expect("reads from memory")
    }

    #[test]
    fn reading_line_by_line_is_reading_at_once() {
        let path: Arc<Path> = Arc::from(Path::new("a.jsonl"));
        let sources: [&[u8]; 7] = [
            b"",
            b"\n\n",
            b"\xEF\xBB\xBF{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}\r\n# a comment\r\n",
            b"{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}",
            b"{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}\n\n{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Jawa\"}\n",
            b"{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}\n{\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Bal\xEE\"}\n{}\n",
            b"\xEF\xBB\xBF\xFF\n[]\n{\"id\": \"Q2\", \"kind\": \"city\", \"name\": \"Jawa\"}",
        ];
        for bytes in sources {
            let at_once = parse_jsonl(bytes, &path);
            let by_line = read_in_pieces(bytes, &path);
            let shown = String::from_utf8_lossy(bytes);
            assert_eq!(by_line.entities, at_once.entities, "{shown}");
            assert_eq!(by_line.origins, at_once.origins, "{shown}");
            assert_eq!(by_line.errors, at_once.errors, "{shown}");
        }
    }

    #[test]
    fn errors_name_lines_and_bytes_of_the_source() {
        let path: Arc<Path> = Arc::from(Path::new("a.jsonl"));
        let bytes = b"{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Bali\"}\n\
                      {\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"Jawa\"}\n\
                      {\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Bal\xEE\"}\n";
        let parsed = read_in_pieces(bytes, &path);
        let errors: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            errors,
            [
                "a.jsonl:2: field `id`: duplicate id \"Q1\", first used on line 1; \
                 ids must be unique within a file (a later file may override an id)",
                "a.jsonl:3: invalid UTF-8 at byte 134; save the file as UTF-8",
            ]
        );
        assert_eq!(parsed.entities.len(), 1);
        assert_eq!(parsed.origins[0].line(), Some(1));
        assert_eq!(parsed.index.get("Q1", &parsed.entities), Some(0));
    }
}
