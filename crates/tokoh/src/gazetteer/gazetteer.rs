//! [`Gazetteer`]: the entities, immutable and shared.

use std::fmt;
use std::io::{self, Write};
use std::sync::Arc;

use super::builder::{GazetteerBuilder, Origins};
use super::date::Date;
use super::entity::Entity;
use super::index::IdIndex;
use super::stats::GazetteerStats;

/// A set of entities in a fixed order (the gazetteer order, which settles
/// ambiguity: the first wins), looked up by id.
///
/// Immutable, `Send + Sync`, and cheap to clone (the entities are shared):
/// build it once with a [`GazetteerBuilder`] or take the
/// [built-in one](Gazetteer::builtin), and share it.
///
/// The order is the order in which ids were first defined: file order,
/// source after source. An entity that replaces another of the same id from
/// an earlier source takes that one's place.
///
/// # Examples
///
/// ```
/// use tokoh::{EntityKind, Gazetteer};
///
/// let mut builder = Gazetteer::builder();
/// builder.load_jsonl_str(
///     "{\"id\": \"Q1\", \"kind\": \"organization\", \"name\": \"Komisi Pemberantasan Korupsi\", \"acronyms\": [\"KPK\"]}\n\
///      {\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Bali\"}\n",
///     "example.jsonl",
/// )?;
/// let gazetteer = builder.build();
/// assert_eq!(gazetteer.len(), 2);
/// assert_eq!(gazetteer.get("Q1").map(|e| e.kind), Some(EntityKind::Organization));
/// let names: Vec<&str> = gazetteer.iter().map(|e| e.name.as_str()).collect();
/// assert_eq!(names, ["Komisi Pemberantasan Korupsi", "Bali"]);
/// # Ok::<(), tokoh::GazetteerErrors>(())
/// ```
#[derive(Clone, Default)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    entities: Vec<Entity>,
    /// Where each entity came from, for warnings.
    origins: Origins,
    /// Where each id is in `entities`.
    index: IdIndex,
    data_as_of: Option<Date>,
}

impl Gazetteer {
    pub(crate) fn from_parts(
        entities: Vec<Entity>,
        origins: Origins,
        index: IdIndex,
        data_as_of: Option<Date>,
    ) -> Gazetteer {
        Gazetteer {
            inner: Arc::new(Inner {
                entities,
                origins,
                index,
                data_as_of,
            }),
        }
    }

    /// A builder, the same as [`GazetteerBuilder::new`].
    ///
    /// # Examples
    ///
    /// ```
    /// let gazetteer = tokoh::Gazetteer::builder().build();
    /// assert!(gazetteer.is_empty());
    /// ```
    #[must_use]
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// The number of entities.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::Gazetteer::default().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.inner.entities.len()
    }

    /// Whether there is no entity.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(tokoh::Gazetteer::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.inner.entities.is_empty()
    }

    /// The entity with the id `id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, Gazetteer};
    ///
    /// let mut builder = Gazetteer::builder();
    /// builder.add(Entity::new("Q1", EntityKind::Place, "Bali"))?;
    /// let gazetteer = builder.build();
    /// assert_eq!(gazetteer.get("Q1").map(|e| e.name.as_str()), Some("Bali"));
    /// assert!(gazetteer.get("q1").is_none());
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.position(id).map(|i| &self.inner.entities[i])
    }

    /// The position of the entity with the id `id` in the gazetteer order,
    /// an index into [`entities`](Gazetteer::entities).
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, Gazetteer};
    ///
    /// let mut builder = Gazetteer::builder();
    /// builder.extend([
    ///     Entity::new("Q1", EntityKind::Place, "Bali"),
    ///     Entity::new("Q2", EntityKind::Place, "Lombok"),
    /// ])?;
    /// let gazetteer = builder.build();
    /// assert_eq!(gazetteer.position("Q2"), Some(1));
    /// assert_eq!(gazetteer.entities()[1].name, "Lombok");
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    #[must_use]
    pub fn position(&self, id: &str) -> Option<usize> {
        self.inner.index.get(id, &self.inner.entities)
    }

    /// Every entity, in gazetteer order.
    ///
    /// # Examples
    ///
    /// ```
    /// let gazetteer = tokoh::Gazetteer::builtin();
    /// assert_eq!(gazetteer.entities().len(), gazetteer.len());
    /// ```
    #[must_use]
    pub fn entities(&self) -> &[Entity] {
        &self.inner.entities
    }

    /// An iterator over the entities, in gazetteer order.
    ///
    /// # Examples
    ///
    /// ```
    /// let people = tokoh::Gazetteer::builtin()
    ///     .iter()
    ///     .filter(|e| e.kind == tokoh::EntityKind::Person)
    ///     .count();
    /// assert!(people <= tokoh::Gazetteer::builtin().len());
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Entity> {
        self.inner.entities.iter()
    }

    /// The date of the data, for the built-in gazetteer: facts (who holds
    /// which office) are as of that day. `None` for gazetteers read from
    /// files, unless set with [`GazetteerBuilder::set_data_as_of`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(tokoh::Gazetteer::builtin().data_as_of().is_some());
    /// assert!(tokoh::Gazetteer::default().data_as_of().is_none());
    /// ```
    #[must_use]
    pub fn data_as_of(&self) -> Option<Date> {
        self.inner.data_as_of
    }

    /// Counts: entities, entities per kind, distinct matchable forms.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{EntityKind, Gazetteer};
    ///
    /// let mut builder = Gazetteer::builder();
    /// builder.load_jsonl_str(
    ///     r#"{"id": "Q1", "kind": "organization", "name": "Kepolisian Negara Republik Indonesia", "acronyms": ["Polri", "POLRI"]}"#,
    ///     "example.jsonl",
    /// )?;
    /// let stats = builder.build().stats();
    /// assert_eq!(stats.entities, 1);
    /// assert_eq!(stats.by_kind[&EntityKind::Organization], 1);
    /// assert_eq!(stats.forms, 2); // `Polri` and `POLRI` are one form
    /// # Ok::<(), tokoh::GazetteerErrors>(())
    /// ```
    #[must_use]
    pub fn stats(&self) -> GazetteerStats {
        GazetteerStats::of(self)
    }

    /// Writes every entity as a line of a gazetteer file (see
    /// [`Entity::to_json`]), in gazetteer order, then flushes `writer`.
    /// Reading the output back gives an equal gazetteer (less its
    /// [`data_as_of`](Gazetteer::data_as_of), which files do not carry).
    ///
    /// # Errors
    ///
    /// Any error from `writer`.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::Gazetteer;
    ///
    /// let mut out = Vec::new();
    /// Gazetteer::builtin().write_jsonl(&mut out)?;
    /// let text = String::from_utf8(out)?;
    /// assert_eq!(text.lines().count(), Gazetteer::builtin().len());
    ///
    /// let mut builder = Gazetteer::builder();
    /// builder.load_jsonl_str(&text, "export.jsonl")?;
    /// assert_eq!(builder.build().entities(), Gazetteer::builtin().entities());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_jsonl<W: Write>(&self, mut writer: W) -> io::Result<()> {
        for entity in self.iter() {
            serde_json::to_writer(&mut writer, entity).map_err(io::Error::from)?;
            writer.write_all(b"\n")?;
        }
        writer.flush()
    }

    /// Every entity as a line of a gazetteer file, in one string.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{Entity, EntityKind, Gazetteer};
    ///
    /// let mut builder = Gazetteer::builder();
    /// builder.add(Entity::new("Q1", EntityKind::Place, "Bali"))?;
    /// assert_eq!(
    ///     builder.build().to_jsonl(),
    ///     "{\"id\":\"Q1\",\"kind\":\"place\",\"name\":\"Bali\"}\n"
    /// );
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    #[must_use]
    pub fn to_jsonl(&self) -> String {
        let mut out = Vec::new();
        // Writing to a Vec cannot fail, and the JSON is UTF-8.
        let _ = self.write_jsonl(&mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    /// Where each entity came from.
    pub(crate) fn origins(&self) -> &Origins {
        &self.inner.origins
    }
}

impl PartialEq for Gazetteer {
    /// Gazetteers are equal when they have the same entities in the same
    /// order and the same date; where the entities came from does not count.
    fn eq(&self, other: &Gazetteer) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
            || (self.inner.entities == other.inner.entities
                && self.inner.data_as_of == other.inner.data_as_of)
    }
}

impl Eq for Gazetteer {}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("len", &self.len())
            .field("data_as_of", &self.data_as_of())
            .finish_non_exhaustive()
    }
}

impl<'a> IntoIterator for &'a Gazetteer {
    type Item = &'a Entity;
    type IntoIter = std::slice::Iter<'a, Entity>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{EntityKind, Role};

    #[test]
    fn round_trip_keeps_everything() {
        let text = concat!(
            "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"Antony Blinken\", ",
            "\"aliases\": [\"Tony Blinken\", \"Antony J. Blinken\"], \"short\": [\"Blinken\"], ",
            "\"roles\": [{\"title\": \"Menteri Luar Negeri\", \"country\": \"US\", \"org\": \"Q2\", ",
            "\"start\": \"2021-01-26\", \"end\": \"2025-01-20\", \"note\": {\"z\": 1, \"a\": [2, 1.5]}}], ",
            "\"country\": \"US\", \"source\": \"wikidata\", \"zz\": null, \"aa\": {\"y\": 1, \"b\": 2}}\n",
            "# a comment\n",
            "{\"kind\": \"organization\", \"id\": \"Q2\", \"name\": \"Departemen Luar Negeri AS\", ",
            "\"acronyms\": [\"Deplu AS\"], \"parent\": \"Q3\", \"description\": \"Kementerian \\\"luar\\\" negeri\", ",
            "\"aliases\": null}\n",
        );
        let mut builder = Gazetteer::builder();
        builder.load_jsonl_str(text, "a.jsonl").expect("valid");
        let gazetteer = builder.build();
        let exported = gazetteer.to_jsonl();
        let mut again = Gazetteer::builder();
        again.load_jsonl_str(&exported, "b.jsonl").expect("valid");
        let again = again.build();
        assert_eq!(again, gazetteer);
        assert_eq!(again.to_jsonl(), exported);
        // Metadata keeps its order, nested objects too.
        let first = exported.lines().next().expect("a line");
        assert!(
            first.ends_with(r#""source":"wikidata","zz":null,"aa":{"y":1,"b":2}}"#),
            "{first}"
        );
        assert!(first.contains(r#""note":{"z":1,"a":[2,1.5]}"#), "{first}");
        let blinken = gazetteer.get("Q1").expect("Q1");
        assert_eq!(blinken.roles.len(), 1);
        let role: &Role = &blinken.roles[0];
        assert_eq!(
            role.end.map(|d| d.to_string()).as_deref(),
            Some("2025-01-20")
        );
        assert_eq!(
            gazetteer.get("Q2").map(|e| e.kind),
            Some(EntityKind::Organization)
        );
    }

    #[test]
    fn clones_share_the_entities() {
        let g = Gazetteer::builtin().clone();
        assert!(Arc::ptr_eq(&g.inner, &Gazetteer::builtin().inner));
        assert_eq!(&g, Gazetteer::builtin());
        assert!(format!("{g:?}").starts_with("Gazetteer { len: "));
    }
}
