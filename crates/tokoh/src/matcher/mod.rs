//! The matcher: finds mentions of gazetteer entities in text, on word
//! boundaries, with exact offsets.
//!
//! [`Matcher::find`] tokenizes a document with the same [`Tokenizer`] the
//! gazetteer forms were compiled with, turns its words into match keys
//! (see `keys`), and searches them all at once (`compile`) with a trie over
//! words (`trie`, `vocabulary`). Candidates are then checked (acronyms match only
//! as written or in capitals) and resolved (`resolve`): the longest wins,
//! short forms need an earlier full mention, and ambiguous words prefer the
//! entity already mentioned.

mod compile;
mod hash;
mod keys;
mod mention;
mod resolve;
mod stream;
mod titles;
mod trie;
mod vocabulary;

use std::fmt;
use std::sync::Arc;

pub use mention::Mention;

use crate::gazetteer::{Entity, Gazetteer};
use crate::tokenize::{Token, Tokenizer};

struct Inner {
    gazetteer: Gazetteer,
    tokenizer: Tokenizer,
    compiled: compile::Compiled,
}

/// Finds mentions of a gazetteer's entities in documents. Cheap to clone and
/// `Send + Sync`: compile once, share between threads.
///
/// # Examples
///
/// ```
/// use tokoh::{Entity, EntityKind, Gazetteer, Matcher};
///
/// let mut kpk = Entity::new("kpk", EntityKind::Organization, "Komisi Pemberantasan Korupsi");
/// kpk.acronyms.push("KPK".into());
/// let mut builder = Gazetteer::builder();
/// builder.add(kpk)?;
/// let matcher = Matcher::new(builder.build());
///
/// let text = "Penyidik KPK-nya memeriksa saksi, kata juru bicara kpk.";
/// let mentions = matcher.find(text);
/// assert_eq!(mentions.len(), 1); // `kpk` in lower case is not the acronym
/// assert_eq!(&text[mentions[0].span], "KPK");
/// # Ok::<(), tokoh::GazetteerError>(())
/// ```
#[derive(Clone)]
pub struct Matcher {
    inner: Arc<Inner>,
}

impl fmt::Debug for Matcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Matcher")
            .field("entities", &self.inner.gazetteer.len())
            .field("patterns", &self.inner.compiled.patterns.len())
            .finish()
    }
}

impl Matcher {
    /// Compiles `gazetteer` with the default tokenizer.
    ///
    /// # Examples
    ///
    /// ```
    /// let matcher = tokoh::Matcher::new(tokoh::Gazetteer::builder().build());
    /// assert!(matcher.find("Tidak ada apa-apa.").is_empty());
    /// ```
    #[must_use]
    pub fn new(gazetteer: Gazetteer) -> Matcher {
        Matcher::with_tokenizer(gazetteer, Tokenizer::new())
    }

    /// Compiles `gazetteer` with `tokenizer`, which is also used for every
    /// document.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokenizer = tokoh::Tokenizer::builder().abbreviation("Kapt").build();
    /// let matcher = tokoh::Matcher::with_tokenizer(tokoh::Gazetteer::builder().build(), tokenizer);
    /// # let _ = matcher;
    /// ```
    #[must_use]
    pub fn with_tokenizer(gazetteer: Gazetteer, tokenizer: Tokenizer) -> Matcher {
        let compiled = compile::compile(&gazetteer, &tokenizer);
        Matcher {
            inner: Arc::new(Inner {
                gazetteer,
                tokenizer,
                compiled,
            }),
        }
    }

    /// The gazetteer this matcher was compiled from.
    ///
    /// # Examples
    ///
    /// ```
    /// let matcher = tokoh::Matcher::new(tokoh::Gazetteer::builder().build());
    /// assert!(matcher.gazetteer().is_empty());
    /// ```
    #[must_use]
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.inner.gazetteer
    }

    /// The tokenizer documents are tokenized with.
    ///
    /// # Examples
    ///
    /// ```
    /// let matcher = tokoh::Matcher::new(tokoh::Gazetteer::builder().build());
    /// assert_eq!(matcher.tokenizer().tokenize("Halo").len(), 1);
    /// ```
    #[must_use]
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.inner.tokenizer
    }

    /// The entity a mention means.
    ///
    /// # Panics
    ///
    /// When `mention` comes from a matcher with another gazetteer.
    ///
    /// # Examples
    ///
    /// ```
    /// # use tokoh::{Entity, EntityKind, Gazetteer, Matcher};
    /// # let mut b = Gazetteer::builder();
    /// # b.add(Entity::new("bali", EntityKind::Place, "Bali"))?;
    /// let matcher = Matcher::new(b.build());
    /// let mentions = matcher.find("Liburan ke Bali, bukan Balikpapan.");
    /// assert_eq!(mentions.len(), 1);
    /// assert_eq!(matcher.entity(&mentions[0]).name, "Bali");
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    #[must_use]
    pub fn entity(&self, mention: &Mention) -> &Entity {
        &self.inner.gazetteer.entities()[mention.entity]
    }

    /// The gazetteer form a mention matched, as written in the gazetteer.
    ///
    /// # Panics
    ///
    /// When `mention` comes from a matcher with another gazetteer.
    ///
    /// # Examples
    ///
    /// ```
    /// # use tokoh::{Entity, EntityKind, Gazetteer, Matcher};
    /// let mut kpk = Entity::new("kpk", EntityKind::Organization, "Komisi Pemberantasan Korupsi");
    /// kpk.acronyms.push("KPK".into());
    /// # let mut b = Gazetteer::builder();
    /// # b.add(kpk)?;
    /// let matcher = Matcher::new(b.build());
    /// let mentions = matcher.find("Penyidik KPK-nya memeriksa saksi.");
    /// assert_eq!(matcher.matched(&mentions[0]), "KPK");
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    #[must_use]
    pub fn matched(&self, mention: &Mention) -> &str {
        self.entity(mention)
            .form(mention.via, mention.form)
            .unwrap_or_else(|| panic!("mention of another gazetteer: {mention:?}"))
    }

    /// Finds the mentions in `text`, sorted by position and never
    /// overlapping.
    ///
    /// # Examples
    ///
    /// ```
    /// # use tokoh::{Entity, EntityKind, Gazetteer, Matcher};
    /// # let mut b = Gazetteer::builder();
    /// # b.add(Entity::new("wh", EntityKind::Organization, "Gedung Putih"))?;
    /// # b.add(Entity::new("nsc", EntityKind::Organization, "Dewan Keamanan Nasional Gedung Putih"))?;
    /// let matcher = Matcher::new(b.build());
    /// let mentions = matcher.find("Dewan Keamanan Nasional Gedung Putih menolak.");
    /// assert_eq!(mentions.len(), 1); // the longest wins
    /// assert_eq!(matcher.entity(&mentions[0]).id, "nsc");
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    #[must_use]
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let tokens = self.inner.tokenizer.tokenize(text);
        self.find_in_tokens(text, &tokens)
    }

    /// Like [`Matcher::find`], for a text already tokenized with
    /// [`Matcher::tokenizer`].
    ///
    /// # Examples
    ///
    /// ```
    /// # use tokoh::{Entity, EntityKind, Gazetteer, Matcher};
    /// # let mut b = Gazetteer::builder();
    /// # b.add(Entity::new("bali", EntityKind::Place, "Bali"))?;
    /// let matcher = Matcher::new(b.build());
    /// let text = "Ke Bali.";
    /// let tokens = matcher.tokenizer().tokenize(text);
    /// assert_eq!(matcher.find_in_tokens(text, &tokens), matcher.find(text));
    /// # Ok::<(), tokoh::GazetteerError>(())
    /// ```
    #[must_use]
    pub fn find_in_tokens(&self, text: &str, tokens: &[Token<'_>]) -> Vec<Mention> {
        resolve::find(&self.inner.gazetteer, &self.inner.compiled, text, tokens)
    }
}
