//! Gazetteers: the people, organizations and places tokoh finds.
//!
//! A [`Gazetteer`] is a set of [`Entity`]s in a fixed order, built once
//! with a [`GazetteerBuilder`] from gazetteer files (JSON Lines, see the
//! specification, §2), from text, from other gazetteers and from entities
//! built in code — or the [built-in one](Gazetteer::builtin), compiled into
//! the library. Building checks every entity: problems are
//! [`GazetteerError`](crate::GazetteerError)s naming the file, the line and
//! the field, and an id redefined by a later source is a
//! [`Warning`](crate::Warning).
//!
//! ```
//! use tokoh::{EntityKind, Gazetteer};
//!
//! let mut builder = Gazetteer::builder();
//! builder.add_gazetteer(Gazetteer::builtin());
//! builder.load_jsonl_str(
//!     r#"{"id": "x:krasikov", "kind": "person", "name": "Vadim Krasikov", "short": ["Krasikov"]}"#,
//!     "extra.jsonl",
//! )?;
//! let gazetteer = builder.build();
//! let krasikov = gazetteer.get("x:krasikov").expect("just added");
//! assert_eq!(krasikov.kind, EntityKind::Person);
//! assert_eq!(gazetteer.len(), Gazetteer::builtin().len() + 1);
//! # Ok::<(), tokoh::GazetteerErrors>(())
//! ```
//!
//! The modules: `entity` (the model), `date`, `load` (reading JSON Lines),
//! `validate` (the checks every entity passes), `builder`, `index` (where
//! each id is), `gazetteer`, `stats`, `builtin` (the embedded data).

mod builder;
mod builtin;
mod date;
mod entity;
// The type is named after the concept, like the module; the file holds
// only it.
#[allow(clippy::module_inception)]
mod gazetteer;
mod index;
mod load;
mod stats;
mod validate;

pub use builder::GazetteerBuilder;
pub use date::Date;
pub use entity::{Entity, EntityKind, FormKind, Role};
pub use gazetteer::Gazetteer;
pub use stats::GazetteerStats;
