//! The mentions a tool predicts in a document.
//!
//! [`Predictor`] is anything that turns a document into typed mentions:
//! tokoh's [`Matcher`] ([`TokohMatcher`]) or another tool's spans read from a
//! file ([`super::exchange::SetSpans`]). Both are scored by the same code.

use tokoh::{Gazetteer, Matcher};

use super::{Doc, Mention, MentionType};
use crate::Error;

/// Something that finds PER and ORG mentions in the documents of one set.
pub trait Predictor {
    /// The tool's name in reports.
    fn label(&self) -> &str;

    /// The mentions predicted in `doc`, as byte spans of its text.
    ///
    /// # Errors
    ///
    /// When the prediction is not available (a spans file lacks the
    /// document) or does not fit the text.
    fn predict(&self, doc: &Doc) -> Result<Vec<Mention>, Error>;
}

/// tokoh's matcher, compiled from one set's gazetteer (no built-in
/// gazetteer), run on each document as a whole.
#[derive(Debug, Clone)]
pub struct TokohMatcher {
    matcher: Matcher,
}

impl TokohMatcher {
    /// Compiles `gazetteer` with tokoh's default tokenizer.
    #[must_use]
    pub fn new(gazetteer: Gazetteer) -> TokohMatcher {
        TokohMatcher {
            matcher: Matcher::new(gazetteer),
        }
    }

    /// The compiled matcher (its tokenizer explains misses).
    #[must_use]
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }
}

impl Predictor for TokohMatcher {
    fn label(&self) -> &str {
        "tokoh"
    }

    fn predict(&self, doc: &Doc) -> Result<Vec<Mention>, Error> {
        Ok(self
            .matcher
            .find(&doc.text)
            .iter()
            .filter_map(|m| {
                MentionType::from_kind(self.matcher.entity(m).kind)
                    .map(|ty| Mention { span: m.span, ty })
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokoh::{Entity, EntityKind};

    #[test]
    fn tokoh_mentions_are_typed_by_entity_kind() {
        let mut builder = Gazetteer::builder();
        builder
            .extend([
                Entity::new("p", EntityKind::Person, "Joko Widodo"),
                Entity::new("o", EntityKind::Organization, "Partai Golkar"),
                Entity::new("l", EntityKind::Place, "Jakarta"),
            ])
            .expect("valid");
        let tool = TokohMatcher::new(builder.build());
        let doc = Doc::new("d", "Joko Widodo dan Partai Golkar di Jakarta.", Vec::new());
        let got = tool.predict(&doc).expect("predicts");
        assert_eq!(
            got,
            [
                Mention::new(0, 11, MentionType::Per),
                Mention::new(16, 29, MentionType::Org)
            ]
        );
        assert_eq!(tool.label(), "tokoh");
    }
}
