//! The curated files of the built-in gazetteer: what the generated files
//! must not repeat.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use tokoh::{Entity, EntityKind};

use crate::text::fold;
use crate::Error;

/// The ids, person names and forms of the curated files.
#[derive(Debug, Clone, Default)]
pub struct Curated {
    ids: HashSet<String>,
    person_names: HashSet<String>,
    /// Folded form -> the ids of the entities that carry it.
    forms: BTreeMap<String, Vec<String>>,
}

impl Curated {
    /// Reads every `*.jsonl` file of `dir` except the generated ones.
    ///
    /// # Errors
    ///
    /// A file that cannot be read, or a line that is not a valid entity
    /// (with file and line).
    pub fn load(dir: &Path, generated: &[&str]) -> Result<Curated, Error> {
        let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                name.ends_with(".jsonl") && !generated.contains(&name)
            })
            .collect();
        paths.sort();
        let mut curated = Curated::default();
        for path in paths {
            for entity in read_entities(&path)? {
                curated.add(&entity);
            }
        }
        Ok(curated)
    }

    /// Adds one curated entity.
    pub fn add(&mut self, entity: &Entity) {
        self.ids.insert(entity.id.clone());
        for (_, form) in entity.forms() {
            self.forms
                .entry(fold(form))
                .or_default()
                .push(entity.id.clone());
        }
        if entity.kind == EntityKind::Person {
            self.person_names.insert(fold(&entity.name));
            for alias in &entity.aliases {
                self.person_names.insert(fold(alias));
            }
        }
    }

    /// Whether a curated entity has this id.
    #[must_use]
    pub fn has_id(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Whether a curated person is called `name` (compared without case or
    /// accents).
    #[must_use]
    pub fn has_person_named(&self, name: &str) -> bool {
        self.person_names.contains(&fold(name))
    }

    /// The ids of curated entities that carry `form` (compared without case
    /// or accents).
    #[must_use]
    pub fn ids_with_form(&self, form: &str) -> &[String] {
        self.forms.get(&fold(form)).map_or(&[], Vec::as_slice)
    }
}

/// The entities of one gazetteer file, in file order; blank lines and `#`
/// comment lines are skipped.
///
/// # Errors
///
/// The file cannot be read, or a line is not a valid entity (with file and
/// line).
pub fn read_entities(path: &Path) -> Result<Vec<Entity>, Error> {
    let text = Error::read(path.to_path_buf())?;
    let mut entities = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        entities.push(Entity::from_json(line).map_err(|e| Error::Line {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?);
    }
    Ok(entities)
}
