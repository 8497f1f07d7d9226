//! `id-regions.jsonl`: Indonesia's provinces and regencies/cities as
//! places, and the governments of the provinces and of the autonomous
//! regencies and cities as organizations, from the Kemendagri region codes.
//!
//! Order in the file decides ties (SPEC §3.6): provinces, then cities, then
//! regencies, then Jakarta's administrative units, then the governments.
//! So a bare name shared by a province and a city (`Bengkulu`) goes to the
//! province, and one shared by a city and a regency (`Malang`, `Bogor`) to
//! the city, with the other listed as a candidate.

pub mod bare;
pub mod bodies;
pub mod wilayah;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use tokoh::{Entity, EntityKind};

use crate::curated::Curated;
use crate::lexicon::Lexicon;
use crate::output::Generated;
use crate::Error;
use bare::Handling;
use wilayah::{Region, RegionKind};

/// The generated file.
pub const FILE_NAME: &str = "id-regions.jsonl";

/// The id of Indonesia, the parent of the provinces (curated in
/// `places.jsonl`).
pub const INDONESIA: &str = "tokoh:country/id";

/// The `source` of every row.
#[must_use]
pub fn source() -> String {
    format!(
        "{} (Kemendagri region codes and names), via cahyadsn/wilayah db/wilayah.sql at commit b7ad440 (MIT)",
        wilayah::DECREE
    )
}

/// Extra forms for the provinces whose official name is not the one news
/// uses, each sure: `DKI` and `DI` are the initials of the official names.
/// `(code, aliases of the place, aliases of the government)`.
const PROVINCE_FORMS: &[(&str, &[&str], &[&str])] = &[
    (
        "31",
        &["DKI Jakarta", "Provinsi DKI Jakarta", "Jakarta"],
        &[
            "Pemerintah Provinsi DKI Jakarta",
            "Pemprov DKI Jakarta",
            "Pemprov DKI",
            "Pemprov Jakarta",
        ],
    ),
    (
        "34",
        &["DI Yogyakarta", "Yogyakarta"],
        &[
            "Pemerintah Provinsi DI Yogyakarta",
            "Pemprov DIY",
            "Pemda DIY",
        ],
    ),
];

/// The place id of a region.
#[must_use]
pub fn place_id(code: &str) -> String {
    format!("tokoh:id/place/{code}")
}

/// The organization id of a region's government.
#[must_use]
pub fn government_id(region: &Region) -> Option<String> {
    let prefix = match region.kind {
        RegionKind::Province => "pemprov",
        RegionKind::City => "pemkot",
        RegionKind::Regency => "pemkab",
        RegionKind::Administrative => return None,
    };
    Some(format!("tokoh:id/org/{prefix}-{}", region.code))
}

/// Builds the file from the vendored source.
///
/// # Errors
///
/// The source cannot be read or parsed; a generated id is also curated.
pub fn build(sources: &Path, curated: &Curated, lexicon: &Lexicon) -> Result<Generated, Error> {
    let regions = wilayah::load(sources)?;
    let entities = entities(&regions, lexicon);
    if let Some(clash) = entities.iter().find(|e| curated.has_id(&e.id)) {
        return Err(Error::File {
            path: sources.join(wilayah::FILE),
            message: format!("id {} is also in a curated file", clash.id),
        });
    }
    Ok(Generated::render(
        FILE_NAME,
        &[
            "Indonesia's 38 provinces and 514 regencies/cities as places (tokoh:id/place/<Kemendagri code>),",
            "and the governments of the provinces and of the autonomous regencies and cities (Pemprov, Pemkab, Pemkot),",
            "then their parliaments (DPRD), election commissions (KPU) and election supervisors (Bawaslu): see regions/bodies.rs.",
            "Bare names that are ordinary words are acronyms (capitalised only) or short forms (context only):",
            "see crates/tokoh-data/src/regions/bare.rs.",
        ],
        &["crates/tokoh-data/sources/cahyadsn-wilayah (MIT)"],
        &entities,
    ))
}

/// Every entity of the file, in file order.
#[must_use]
pub fn entities(regions: &[Region], lexicon: &Lexicon) -> Vec<Entity> {
    let provinces: BTreeMap<&str, &Region> = regions
        .iter()
        .filter(|r| r.kind == RegionKind::Province)
        .map(|r| (r.code.as_str(), r))
        .collect();
    let mut ordered: Vec<&Region> = regions.iter().collect();
    ordered.sort_by(|a, b| a.kind.cmp(&b.kind).then_with(|| a.code.cmp(&b.code)));
    let source = source();
    let mut out: Vec<Entity> = ordered
        .iter()
        .map(|r| {
            place(
                r,
                provinces.get(r.province_code()).copied(),
                lexicon,
                &source,
            )
        })
        .collect();
    out.extend(
        ordered
            .iter()
            .filter_map(|r| government(r, provinces.get(r.province_code()).copied(), &source)),
    );
    let counts = bodies::short_name_counts(regions);
    for body in bodies::BODIES {
        out.extend(ordered.iter().filter_map(|r| {
            bodies::entity(
                body,
                r,
                provinces.get(r.province_code()).copied(),
                &counts,
                &source,
            )
        }));
    }
    out
}

pub(crate) fn province_forms(code: &str) -> (&'static [&'static str], &'static [&'static str]) {
    PROVINCE_FORMS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or((&[], &[]), |(_, place, government)| (*place, *government))
}

fn place(region: &Region, province: Option<&Region>, lexicon: &Lexicon, source: &str) -> Entity {
    let mut entity = Entity::new(
        place_id(&region.code),
        EntityKind::Place,
        region.name.clone(),
    );
    entity.country = Some("ID".into());
    let province_name = province.map_or("?", |p| p.name.as_str());
    match region.kind {
        RegionKind::Province => {
            entity.aliases.push(format!("Provinsi {}", region.name));
            entity
                .aliases
                .extend(province_forms(&region.code).0.iter().map(|s| s.to_string()));
            entity.parent = Some(INDONESIA.into());
            entity.description = Some(format!(
                "Province of Indonesia (Kemendagri code {})",
                region.code
            ));
        }
        kind => {
            if kind == RegionKind::Regency {
                entity.aliases.push(format!("Kab. {}", region.bare_name()));
            }
            let bare = region.bare_name();
            let (handling, _) = bare::classify(bare, lexicon);
            match handling {
                Handling::Alias => entity.aliases.push(bare.into()),
                Handling::CaseSensitive => entity.acronyms.push(bare.into()),
                Handling::Contextual => entity.short.push(bare.into()),
            }
            entity.parent = province.map(|p| place_id(&p.code));
            let what = match kind {
                RegionKind::City => "City (kota)",
                RegionKind::Regency => "Regency (kabupaten)",
                _ => "Administrative unit of DKI Jakarta (no autonomous government of its own)",
            };
            let note = match handling {
                Handling::Alias => String::new(),
                h => format!("; the bare name '{bare}' is matched {}", h.as_str()),
            };
            entity.description = Some(format!(
                "{what} in {province_name}, Indonesia (Kemendagri code {}){note}",
                region.code
            ));
        }
    }
    entity.source = Some(source.into());
    entity
        .metadata
        .insert("kemendagri_code".into(), Value::from(region.code.clone()));
    entity
}

fn government(region: &Region, province: Option<&Region>, source: &str) -> Option<Entity> {
    let id = government_id(region)?;
    let bare = region.bare_name();
    let (name, short) = match region.kind {
        RegionKind::Province => (
            format!("Pemerintah Provinsi {}", region.name),
            format!("Pemprov {bare}"),
        ),
        RegionKind::City => (format!("Pemerintah Kota {bare}"), format!("Pemkot {bare}")),
        RegionKind::Regency => (
            format!("Pemerintah Kabupaten {bare}"),
            format!("Pemkab {bare}"),
        ),
        RegionKind::Administrative => return None,
    };
    let mut entity = Entity::new(id, EntityKind::Organization, name);
    entity.aliases.push(short);
    // The formal name of a regional government (UU No. 23 Tahun 2014).
    entity.aliases.push(match region.kind {
        RegionKind::Province => format!("Pemerintah Daerah Provinsi {}", region.name),
        RegionKind::City => format!("Pemerintah Daerah Kota {bare}"),
        _ => format!("Pemerintah Daerah Kabupaten {bare}"),
    });
    if region.kind == RegionKind::Province {
        entity
            .aliases
            .extend(province_forms(&region.code).1.iter().map(|s| s.to_string()));
    }
    entity.country = Some("ID".into());
    let province_name = province.map_or("?", |p| p.name.as_str());
    entity.description = Some(match region.kind {
        RegionKind::Province => format!(
            "Provincial government of {} (Kemendagri code {})",
            region.name, region.code
        ),
        _ => format!(
            "Regional government of {} in {province_name} (Kemendagri code {})",
            region.name, region.code
        ),
    });
    entity.source = Some(format!(
        "{source}; UU No. 23 Tahun 2014 tentang Pemerintahan Daerah"
    ));
    set_region_metadata(&mut entity, region);
    Some(entity)
}

/// Records on an organization of a region the region's Kemendagri code and
/// place id.
pub(crate) fn set_region_metadata(entity: &mut Entity, region: &Region) {
    entity
        .metadata
        .insert("kemendagri_code".into(), Value::from(region.code.clone()));
    entity
        .metadata
        .insert("place".into(), Value::from(place_id(&region.code)));
}
