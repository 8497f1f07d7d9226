//! What the matcher finds.

use crate::gazetteer::FormKind;
use crate::text::Span;

/// One mention of a gazetteer entity in a document.
///
/// `entity` and `candidates` are positions in the matcher's gazetteer
/// ([`Matcher::gazetteer`](super::Matcher::gazetteer)); use
/// [`Matcher::entity`](super::Matcher::entity) to get the [`Entity`](crate::Entity).
///
/// # Examples
///
/// ```
/// use tokoh::{Entity, EntityKind, Gazetteer, Matcher};
///
/// let mut builder = Gazetteer::builder();
/// builder.add(Entity::new("kpk", EntityKind::Organization, "Komisi Pemberantasan Korupsi"))?;
/// let matcher = Matcher::new(builder.build());
/// let text = "Komisi Pemberantasan Korupsi memeriksa saksi.";
/// let mentions = matcher.find(text);
/// assert_eq!(&text[mentions[0].span], "Komisi Pemberantasan Korupsi");
/// assert_eq!(matcher.entity(&mentions[0]).id, "kpk");
/// # Ok::<(), tokoh::GazetteerError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Mention {
    /// Byte offsets of the mention in the document.
    pub span: Span,
    /// The entity meant: its position in the gazetteer.
    pub entity: usize,
    /// Which kind of form matched: name, alias, acronym or short form.
    pub via: FormKind,
    /// Which form of that kind matched: its position among the entity's
    /// forms of kind `via` (0 for the name). The form as written is
    /// [`Matcher::matched`](super::Matcher::matched), or
    /// [`Entity::form`](crate::Entity::form).
    pub form: usize,
    /// For persons, the title or position written right before the name
    /// (`Menteri Luar Negeri AS`), when there is one.
    pub title: Option<Span>,
    /// Other entities the same words could mean, when the choice was
    /// ambiguous; empty otherwise.
    pub candidates: Vec<usize>,
}
