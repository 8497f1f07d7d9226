//! [`GazetteerStats`]: what a gazetteer holds, counted.

use std::collections::{BTreeMap, HashSet};

use super::date::Date;
use super::entity::{EntityKind, FormKind};
use super::gazetteer::Gazetteer;
use crate::text::normalize;

/// Counts of a gazetteer, as `tokoh gazetteer stats` prints them.
///
/// # Examples
///
/// ```
/// use tokoh::{EntityKind, Gazetteer};
///
/// let mut builder = Gazetteer::builder();
/// builder.load_jsonl_str(
///     "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"Ma'ruf Amin\", \"aliases\": [\"Ma’ruf Amin\", \"KH Ma'ruf Amin\"]}\n\
///      {\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Amerika Serikat\", \"acronyms\": [\"AS\"]}\n",
///     "example.jsonl",
/// )?;
/// let stats = builder.build().stats();
/// assert_eq!(stats.entities, 2);
/// assert_eq!(stats.by_kind[&EntityKind::Person], 1);
/// assert_eq!(stats.by_kind[&EntityKind::Organization], 0);
/// assert_eq!(stats.aliases, 2);
/// assert_eq!(stats.acronyms, 1);
/// // `Ma’ruf Amin` normalises like the name: 4 distinct forms, not 5.
/// assert_eq!(stats.forms, 4);
/// assert_eq!(stats.data_as_of, None);
/// # Ok::<(), tokoh::GazetteerErrors>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct GazetteerStats {
    /// The number of entities.
    pub entities: usize,
    /// The number of distinct matchable forms — names, aliases, acronyms
    /// and short forms — after normalisation: [`normalize`], with runs of
    /// white space as one space and none at either end (matching ignores
    /// both). A form that two entities share counts once.
    pub forms: usize,
    /// The number of entities of each kind; every kind is there, zero or
    /// not.
    pub by_kind: BTreeMap<EntityKind, usize>,
    /// Entities per `country` (ISO 3166-1 alpha-2, as written); entities
    /// without one are not counted here.
    pub by_country: BTreeMap<String, usize>,
    /// The number of aliases, as written (not deduplicated).
    pub aliases: usize,
    /// The number of acronyms, as written.
    pub acronyms: usize,
    /// The number of short forms, as written.
    pub short: usize,
    /// The number of roles.
    pub roles: usize,
    /// The date of the data ([`Gazetteer::data_as_of`]).
    pub data_as_of: Option<Date>,
}

impl GazetteerStats {
    pub(crate) fn of(gazetteer: &Gazetteer) -> GazetteerStats {
        let mut stats = GazetteerStats {
            entities: gazetteer.len(),
            forms: 0,
            by_kind: EntityKind::ALL.into_iter().map(|k| (k, 0)).collect(),
            by_country: BTreeMap::new(),
            aliases: 0,
            acronyms: 0,
            short: 0,
            roles: 0,
            data_as_of: gazetteer.data_as_of(),
        };
        let mut forms: HashSet<String> = HashSet::new();
        for entity in gazetteer {
            *stats.by_kind.entry(entity.kind).or_insert(0) += 1;
            if let Some(country) = &entity.country {
                *stats.by_country.entry(country.clone()).or_insert(0) += 1;
            }
            stats.roles += entity.roles.len();
            for (kind, form) in entity.forms() {
                match kind {
                    FormKind::Name => {}
                    FormKind::Alias => stats.aliases += 1,
                    FormKind::Acronym => stats.acronyms += 1,
                    FormKind::Short => stats.short += 1,
                }
                let normal = normalize(form);
                let key = if normal.contains(char::is_whitespace) {
                    normal.split_whitespace().collect::<Vec<_>>().join(" ")
                } else {
                    normal.into_owned()
                };
                forms.insert(key);
            }
        }
        stats.forms = forms.len();
        stats
    }
}

#[cfg(test)]
mod tests {
    use crate::{Entity, EntityKind, Gazetteer};

    #[test]
    fn forms_are_counted_once_after_normalisation() {
        let mut builder = Gazetteer::builder();
        let mut a = Entity::new("Q1", EntityKind::Organization, "Dewan Perwakilan Rakyat");
        a.aliases = vec![
            "DEWAN PERWAKILAN RAKYAT".into(),
            "Dewan  Perwakilan\nRakyat ".into(),
            "Dewan Perwakilan Rakyat RI".into(),
        ];
        a.acronyms = vec!["DPR".into(), "ＤＰＲ".into()];
        let mut b = Entity::new("Q2", EntityKind::Person, "Puan Maharani");
        b.short = vec!["Puan".into()];
        b.acronyms = vec!["dpr".into()]; // shared with Q1 after normalisation
        let c = Entity::new("Q3", EntityKind::Place, "İstanbul");
        let d = Entity::new("Q4", EntityKind::Place, "Istanbul");
        builder.extend([a, b, c, d]).expect("valid");
        let stats = builder.build().stats();
        assert_eq!(stats.entities, 4);
        assert_eq!(stats.aliases, 3);
        assert_eq!(stats.acronyms, 3);
        assert_eq!(stats.short, 1);
        // dewan perwakilan rakyat, dewan perwakilan rakyat ri, dpr,
        // puan maharani, puan, istanbul
        assert_eq!(stats.forms, 6);
        let kinds: Vec<(EntityKind, usize)> = stats.by_kind.into_iter().collect();
        assert_eq!(
            kinds,
            [
                (EntityKind::Person, 1),
                (EntityKind::Organization, 1),
                (EntityKind::Place, 2)
            ]
        );
    }

    #[test]
    fn an_empty_gazetteer_has_every_kind_at_zero() {
        let stats = Gazetteer::default().stats();
        assert_eq!(stats.entities, 0);
        assert_eq!(stats.forms, 0);
        assert_eq!(stats.by_kind.len(), 3);
        assert!(stats.by_kind.values().all(|&n| n == 0));
    }
}
