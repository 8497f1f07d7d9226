//! The model: an [`Entity`] of some [`EntityKind`], the [`Role`]s a person
//! held, and the [`FormKind`]s of the forms it is written in.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::date::Date;
use super::load;
use crate::error::{GazetteerErrorKind, GazetteerErrors, ParseError};

/// What an entity is: a person, an organization or a place.
///
/// Written in gazetteer files and output as `person`, `organization`,
/// `place`. Kinds order as listed here.
///
/// # Examples
///
/// ```
/// use tokoh::EntityKind;
///
/// assert_eq!("organization".parse::<EntityKind>()?, EntityKind::Organization);
/// assert_eq!(EntityKind::Place.as_str(), "place");
/// assert_eq!(EntityKind::ALL.len(), 3);
/// # Ok::<(), tokoh::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person: an official, a politician, anyone named.
    Person,
    /// An organization: an institution, a ministry, a party, a company.
    Organization,
    /// A place: a country, a province, a city.
    Place,
}

impl EntityKind {
    /// Every kind, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let names: Vec<&str> = tokoh::EntityKind::ALL.iter().map(|k| k.as_str()).collect();
    /// assert_eq!(names, ["person", "organization", "place"]);
    /// ```
    pub const ALL: [EntityKind; 3] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
    ];

    /// The name of the kind as gazetteer files and tokoh's output write it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::EntityKind::Person.as_str(), "person");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntityKind {
    type Err = ParseError;

    /// Parses `person`, `organization` or `place`, exactly as written.
    fn from_str(s: &str) -> Result<EntityKind, ParseError> {
        EntityKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or_else(|| {
                ParseError::new(GazetteerErrorKind::UnknownKind {
                    found: s.to_owned(),
                })
            })
    }
}

/// A position a person held: `Menteri Luar Negeri` of `US` from 2021-01-26
/// to 2025-01-20.
///
/// Every field is optional. Fields of a role in a file other than these are
/// kept in [`metadata`](Role::metadata).
///
/// # Examples
///
/// ```
/// use tokoh::Role;
///
/// let mut role = Role::new();
/// role.title = Some("Menteri Luar Negeri".into());
/// role.country = Some("US".into());
/// role.start = Some("2021-01-26".parse()?);
/// assert_eq!(
///     serde_json::to_string(&role)?,
///     r#"{"title":"Menteri Luar Negeri","country":"US","start":"2021-01-26"}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Role {
    /// The title or position, as Indonesian news writes it (`Presiden`,
    /// `Menteri Luar Negeri`, `Juru Bicara`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The country, an ISO 3166-1 alpha-2 code (`ID`, `US`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The id of the organization the role is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// The first day in the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// The last day in the role; `None` while it is held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// Any other field of the role, in input order, untouched.
    #[serde(flatten)]
    pub metadata: Map<String, Value>,
}

impl Role {
    /// A role with no field set.
    ///
    /// # Examples
    ///
    /// ```
    /// let role = tokoh::Role::new();
    /// assert!(role.title.is_none() && role.metadata.is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Role {
        Role::default()
    }
}

/// Which field of an [`Entity`] a form comes from; the `via` of a match.
///
/// # Examples
///
/// ```
/// use tokoh::{Entity, EntityKind, FormKind};
///
/// let mut kpk = Entity::new("Q1", EntityKind::Organization, "Komisi Pemberantasan Korupsi");
/// kpk.acronyms.push("KPK".into());
/// let forms: Vec<(FormKind, &str)> = kpk.forms().collect();
/// assert_eq!(forms[1], (FormKind::Acronym, "KPK"));
/// assert_eq!(FormKind::Acronym.as_str(), "acronym");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FormKind {
    /// The canonical name.
    Name,
    /// An alias: another full form.
    Alias,
    /// An acronym, matched only as written or in capitals.
    Acronym,
    /// A short form, matched only in context.
    Short,
}

impl FormKind {
    /// The name used in output (`via`): `name`, `alias`, `acronym`, `short`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::FormKind::Short.as_str(), "short");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            FormKind::Name => "name",
            FormKind::Alias => "alias",
            FormKind::Acronym => "acronym",
            FormKind::Short => "short",
        }
    }
}

impl fmt::Display for FormKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person, organization or place of a gazetteer: its id, kind, canonical
/// name, the other forms it is written in, and what else is known.
///
/// The fields are those of a line of a gazetteer file (see the
/// specification, §2); any other field of the line is kept in
/// [`metadata`](Entity::metadata), in input order. Serialized (with serde),
/// an entity is a line of a gazetteer file again: empty lists and absent
/// fields are left out.
///
/// Build one with [`Entity::new`] and set the other fields; the
/// [`GazetteerBuilder`](crate::GazetteerBuilder) checks it when it is added.
///
/// # Examples
///
/// ```
/// use tokoh::{Entity, EntityKind};
///
/// let mut blinken = Entity::new("Q1", EntityKind::Person, "Antony Blinken");
/// blinken.short.push("Blinken".into());
/// blinken.country = Some("US".into());
/// assert_eq!(
///     blinken.to_json(),
///     r#"{"id":"Q1","kind":"person","name":"Antony Blinken","short":["Blinken"],"country":"US"}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Entity {
    /// Unique and stable; a Wikidata id where one is known.
    pub id: String,
    /// Person, organization or place.
    pub kind: EntityKind,
    /// The canonical name; also matched.
    pub name: String,
    /// Other full forms, matched regardless of letter case.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Acronyms, matched only as written or in capitals (`Polri`, `POLRI`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub acronyms: Vec<String>,
    /// Short forms (`Blinken`), matched only in context.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub short: Vec<String>,
    /// Positions held.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// The country, an ISO 3166-1 alpha-2 code (`ID`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The id of the entity this one is part of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// A description, free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the data comes from (`wikidata`, a URL ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Every other field, in input order, untouched.
    #[serde(flatten)]
    pub metadata: Map<String, Value>,
}

impl Entity {
    /// An entity with an id, a kind and a name, and nothing else.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind};
    ///
    /// let bali = Entity::new("Q2", EntityKind::Place, "Bali");
    /// assert_eq!(bali.name, "Bali");
    /// assert!(bali.aliases.is_empty());
    /// ```
    #[must_use]
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> Entity {
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            acronyms: Vec::new(),
            short: Vec::new(),
            roles: Vec::new(),
            country: None,
            parent: None,
            description: None,
            source: None,
            metadata: Map::new(),
        }
    }

    /// Parses one line of a gazetteer file, checking it as a file's lines
    /// are checked. Errors name the field but no file or line.
    ///
    /// # Errors
    ///
    /// Every problem with the line: invalid JSON, a missing or invalid
    /// field.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind};
    ///
    /// let line = r#"{"id": "Q1", "kind": "organization", "name": "Komisi Pemberantasan Korupsi",
    ///               "acronyms": ["KPK"], "founded": 2002}"#;
    /// let kpk = Entity::from_json(line)?;
    /// assert_eq!(kpk.kind, EntityKind::Organization);
    /// assert_eq!(kpk.metadata["founded"], 2002);
    ///
    /// let errors = Entity::from_json(r#"{"id": "Q1", "kind": "org", "name": "KPK"}"#).unwrap_err();
    /// assert_eq!(errors.first().field(), Some("kind"));
    /// # Ok::<(), tokoh::GazetteerErrors>(())
    /// ```
    pub fn from_json(line: &str) -> Result<Entity, GazetteerErrors> {
        load::parse_entity(line).map_err(load::errors_of)
    }

    /// The entity as one line of a gazetteer file (without the line break):
    /// the fields of the specification in its order, then the metadata in
    /// its order; empty lists and absent fields left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind};
    ///
    /// let mut polri = Entity::new("Q1", EntityKind::Organization, "Kepolisian Negara Republik Indonesia");
    /// polri.acronyms.push("Polri".into());
    /// polri.metadata.insert("website".into(), "polri.go.id".into());
    /// let line = polri.to_json();
    /// assert_eq!(
    ///     line,
    ///     r#"{"id":"Q1","kind":"organization","name":"Kepolisian Negara Republik Indonesia","acronyms":["Polri"],"website":"polri.go.id"}"#
    /// );
    /// assert_eq!(Entity::from_json(&line)?, polri);
    /// # Ok::<(), tokoh::GazetteerErrors>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        // Strings, lists, dates and JSON values with string keys: nothing
        // here can fail to serialize.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Every form the entity is written in, with where it comes from: the
    /// name, then the aliases, acronyms and short forms, each in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, FormKind};
    ///
    /// let mut e = Entity::new("Q1", EntityKind::Person, "Joko Widodo");
    /// e.short.push("Jokowi".into());
    /// e.aliases.push("Ir. H. Joko Widodo".into());
    /// let forms: Vec<_> = e.forms().collect();
    /// assert_eq!(forms, [
    ///     (FormKind::Name, "Joko Widodo"),
    ///     (FormKind::Alias, "Ir. H. Joko Widodo"),
    ///     (FormKind::Short, "Jokowi"),
    /// ]);
    /// ```
    pub fn forms(&self) -> impl Iterator<Item = (FormKind, &str)> + '_ {
        fn tagged(kind: FormKind, forms: &[String]) -> impl Iterator<Item = (FormKind, &str)> {
            forms.iter().map(move |form| (kind, form.as_str()))
        }
        std::iter::once((FormKind::Name, self.name.as_str()))
            .chain(tagged(FormKind::Alias, &self.aliases))
            .chain(tagged(FormKind::Acronym, &self.acronyms))
            .chain(tagged(FormKind::Short, &self.short))
    }

    /// The form of kind `kind` at position `index` among the entity's forms
    /// of that kind (0 for the name), if there is one: what a
    /// [`Mention`](crate::Mention)'s `via` and `form` point to.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, FormKind};
    ///
    /// let mut e = Entity::new("Q1", EntityKind::Organization, "Komisi Pemberantasan Korupsi");
    /// e.acronyms.push("KPK".into());
    /// assert_eq!(e.form(FormKind::Acronym, 0), Some("KPK"));
    /// assert_eq!(e.form(FormKind::Name, 0), Some("Komisi Pemberantasan Korupsi"));
    /// assert_eq!(e.form(FormKind::Alias, 0), None);
    /// ```
    #[must_use]
    pub fn form(&self, kind: FormKind, index: usize) -> Option<&str> {
        let forms = match kind {
            FormKind::Name => return (index == 0).then_some(self.name.as_str()),
            FormKind::Alias => &self.aliases,
            FormKind::Acronym => &self.acronyms,
            FormKind::Short => &self.short,
        };
        forms.get(index).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_parse_exactly() {
        for kind in EntityKind::ALL {
            assert_eq!(kind.as_str().parse::<EntityKind>(), Ok(kind));
            assert_eq!(
                serde_json::to_string(&kind).expect("serializes"),
                format!("\"{kind}\"")
            );
        }
        for bad in ["Person", "PLACE", "org", "", " person"] {
            assert!(bad.parse::<EntityKind>().is_err(), "{bad}");
        }
    }

    #[test]
    fn serialization_leaves_out_empty_fields_and_keeps_metadata_order() {
        let mut e = Entity::new("Q1", EntityKind::Place, "Bali");
        e.metadata.insert("zeta".into(), Value::from(1));
        e.metadata.insert("alpha".into(), Value::from(2));
        let mut role = Role::new();
        role.metadata.insert("note".into(), Value::from("x"));
        e.roles.push(role);
        assert_eq!(
            e.to_json(),
            r#"{"id":"Q1","kind":"place","name":"Bali","roles":[{"note":"x"}],"zeta":1,"alpha":2}"#
        );
    }
}
