//! Text primitives: byte spans, character classes, normalisation with an
//! alignment back to the original text, and byte ↔ code-point offsets.

pub mod chars;
mod normalize;
mod offsets;
mod span;

pub use normalize::{normalize, NormalizedText};
pub use offsets::CharOffsets;
pub use span::Span;
