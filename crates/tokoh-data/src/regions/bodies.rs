//! The bodies every autonomous province, regency and city has by law: its
//! regional parliament (DPRD), its election commission (KPU) and its
//! election supervisory board (Bawaslu), named from the region.
//!
//! Each body is written under its official name (`Komisi Pemilihan Umum
//! Kabupaten Malang`) and the short forms news writes (`KPU Kabupaten
//! Malang`, `KPU Kab. Malang`). The bare `KPU Malang` is listed only where
//! `Malang` names one region: Kota Malang and Kabupaten Malang both have a
//! KPU, so `KPU Malang` is left out and the text matches the national body
//! and the place instead.
//!
//! Where the law names a body differently, it is written the law's way:
//! Aceh's parliaments are the DPRA and the DPRK and its election commissions
//! the KIP (UU No. 11 Tahun 2006). What is not certain is left out and
//! listed in `TODO.md`: the parliaments of the Papua provinces (named under
//! the special autonomy law), the provincial KPU and Bawaslu of the four
//! provinces formed in 2022, Aceh's election supervisors (Panwaslih), and the
//! bodies of Jakarta's administrative cities.

use std::collections::HashMap;

use tokoh::{Entity, EntityKind};

use super::wilayah::{Region, RegionKind};
use super::{province_forms, set_region_metadata};
use crate::text::fold;

/// A kind of regional body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// Dewan Perwakilan Rakyat Daerah: the regional parliament.
    Dprd,
    /// Komisi Pemilihan Umum: the regional election commission.
    Kpu,
    /// Badan Pengawas Pemilihan Umum: the regional election supervisory board.
    Bawaslu,
}

/// Every body, in file order.
pub const BODIES: [Body; 3] = [Body::Dprd, Body::Kpu, Body::Bawaslu];

/// Provinces whose bodies are not generated: the parliaments of the
/// provinces of Papua carry the names of the special autonomy law.
const PAPUA: [&str; 6] = ["91", "92", "93", "94", "95", "96"];

/// Provinces formed in 2022, whose provincial KPU and Bawaslu are left out
/// until their formation is sourced.
const FORMED_2022: [&str; 4] = ["93", "94", "95", "96"];

/// Aceh's province code.
const ACEH: &str = "11";

/// Extra short names of provinces for the bodies (`DPRD DKI`, `KPU DIY`):
/// the initials of the official names, as in the government forms.
const PROVINCE_SHORT: &[(&str, &[&str])] = &[("31", &["DKI"]), ("34", &["DIY"])];

impl Body {
    /// The id prefix (`tokoh:id/org/<prefix>-<code>`).
    #[must_use]
    pub fn id_prefix(self) -> &'static str {
        match self {
            Body::Dprd => "dprd",
            Body::Kpu => "kpu",
            Body::Bawaslu => "bawaslu",
        }
    }

    /// The id of this body for `region`.
    #[must_use]
    pub fn id(self, region: &Region) -> String {
        format!("tokoh:id/org/{}-{}", self.id_prefix(), region.code)
    }

    /// The law that creates the body in every region.
    #[must_use]
    pub fn law(self, region: &Region) -> &'static str {
        match (self, region.province_code() == ACEH) {
            (Body::Dprd | Body::Kpu, true) => "UU No. 11 Tahun 2006 tentang Pemerintahan Aceh",
            (Body::Dprd, false) => {
                "UU No. 23 Tahun 2014 tentang Pemerintahan Daerah; UU No. 17 Tahun 2014 tentang MPR, DPR, DPD, dan DPRD"
            }
            (Body::Kpu | Body::Bawaslu, _) => "UU No. 7 Tahun 2017 tentang Pemilihan Umum",
        }
    }

    /// Whether the body of `region` is generated.
    #[must_use]
    pub fn covers(self, region: &Region) -> bool {
        let province = region.province_code();
        match (self, region.kind) {
            (_, RegionKind::Administrative) => false,
            (Body::Dprd, _) => !PAPUA.contains(&province),
            (Body::Kpu, RegionKind::Province) => !FORMED_2022.contains(&province),
            (Body::Bawaslu, RegionKind::Province) => {
                province != ACEH && !FORMED_2022.contains(&province)
            }
            (Body::Kpu, _) => true,
            (Body::Bawaslu, _) => province != ACEH,
        }
    }

    /// `(full name prefix, acronym, what it is)` for a region of `kind`.
    fn names(self, region: &Region) -> (&'static str, &'static str, &'static str) {
        let aceh = region.province_code() == ACEH;
        let province = region.kind == RegionKind::Province;
        match (self, aceh, province) {
            (Body::Dprd, true, true) => ("Dewan Perwakilan Rakyat", "DPRA", "Regional parliament"),
            (Body::Dprd, true, false) => ("Dewan Perwakilan Rakyat", "DPRK", "Regional parliament"),
            (Body::Dprd, false, _) => (
                "Dewan Perwakilan Rakyat Daerah",
                "DPRD",
                "Regional parliament",
            ),
            (Body::Kpu, true, _) => (
                "Komisi Independen Pemilihan",
                "KIP",
                "Regional election commission (part of the KPU)",
            ),
            (Body::Kpu, false, _) => (
                "Komisi Pemilihan Umum",
                "KPU",
                "Regional election commission",
            ),
            (Body::Bawaslu, _, _) => (
                "Badan Pengawas Pemilihan Umum",
                "Bawaslu",
                "Regional election supervisory board",
            ),
        }
    }

    /// The national body a regional one answers to, if it is an entity of
    /// the built-in gazetteer.
    fn parent(self) -> Option<&'static str> {
        match self {
            Body::Dprd => None,
            Body::Kpu => Some("tokoh:id/org/kpu"),
            Body::Bawaslu => Some("tokoh:id/org/bawaslu"),
        }
    }
}

/// How often each folded short name of a region is used by all regions:
/// a body gets the bare `KPU <name>` only when the count is one.
#[must_use]
pub fn short_name_counts(regions: &[Region]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for region in regions {
        for name in short_names(region) {
            *counts.entry(fold(&name)).or_insert(0) += 1;
        }
    }
    counts
}

/// The names a region is written with after a body's acronym: a province's
/// name and its usual forms, a regency's or city's bare name.
fn short_names(region: &Region) -> Vec<String> {
    if region.kind != RegionKind::Province {
        return vec![region.bare_name().to_string()];
    }
    let mut names = vec![region.name.clone()];
    names.extend(
        province_forms(&region.code)
            .0
            .iter()
            .filter(|f| !f.starts_with("Provinsi "))
            .map(|f| f.to_string()),
    );
    if let Some((_, extra)) = PROVINCE_SHORT.iter().find(|(c, _)| *c == region.code) {
        names.extend(extra.iter().map(|f| f.to_string()));
    }
    names
}

/// The entity of `body` for `region`, or `None` where it is not generated.
#[must_use]
pub fn entity(
    body: Body,
    region: &Region,
    province: Option<&Region>,
    counts: &HashMap<String, usize>,
    region_source: &str,
) -> Option<Entity> {
    if !body.covers(region) {
        return None;
    }
    let (full, acronym, what) = body.names(region);
    let bare = region.bare_name();
    let aceh_province = region.kind == RegionKind::Province && region.province_code() == ACEH;
    let (name, mut aliases) = match region.kind {
        // Aceh's provincial bodies carry the province's name alone.
        RegionKind::Province if aceh_province => (
            format!("{full} {}", region.name),
            vec![format!("{acronym} {}", region.name)],
        ),
        RegionKind::Province => (
            format!("{full} Provinsi {}", region.name),
            vec![format!("{acronym} Provinsi {}", region.name)],
        ),
        RegionKind::Regency => (
            format!("{full} Kabupaten {bare}"),
            vec![
                format!("{acronym} Kabupaten {bare}"),
                format!("{acronym} Kab. {bare}"),
            ],
        ),
        RegionKind::City => (
            format!("{full} Kota {bare}"),
            vec![format!("{acronym} Kota {bare}")],
        ),
        RegionKind::Administrative => return None,
    };
    if !aceh_province {
        aliases.extend(
            short_names(region)
                .into_iter()
                .filter(|n| counts.get(&fold(n)) == Some(&1))
                .map(|n| format!("{acronym} {n}")),
        );
    }
    aliases.retain(|a| fold(a) != fold(&name));
    aliases.dedup();
    let mut entity = Entity::new(body.id(region), EntityKind::Organization, name);
    if aceh_province && body == Body::Dprd {
        // `Dewan Perwakilan Rakyat Aceh` is the DPRA itself.
        aliases.clear();
        entity.acronyms.push(acronym.into());
    }
    entity.aliases = aliases;
    entity.country = Some("ID".into());
    entity.parent = body.parent().map(Into::into);
    let province_name = province.map_or("?", |p| p.name.as_str());
    let place = match region.kind {
        RegionKind::Province => format!("the province of {}", region.name),
        _ => format!("{} in {province_name}", region.name),
    };
    entity.description = Some(format!(
        "{what} of {place} (Kemendagri code {})",
        region.code
    ));
    entity.source = Some(format!("{}; {region_source}", body.law(region)));
    set_region_metadata(&mut entity, region);
    Some(entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(code: &str, name: &str, kind: RegionKind) -> Region {
        Region {
            code: code.into(),
            name: name.into(),
            kind,
        }
    }

    fn regions() -> Vec<Region> {
        vec![
            region("35", "Jawa Timur", RegionKind::Province),
            region("35.07", "Kabupaten Malang", RegionKind::Regency),
            region("35.73", "Kota Malang", RegionKind::City),
            region("35.78", "Kota Surabaya", RegionKind::City),
            region("11", "Aceh", RegionKind::Province),
            region("11.06", "Kabupaten Aceh Besar", RegionKind::Regency),
            region("31", "Daerah Khusus Ibukota Jakarta", RegionKind::Province),
            region(
                "31.71",
                "Kota Administrasi Jakarta Pusat",
                RegionKind::Administrative,
            ),
            region("94", "Papua Tengah", RegionKind::Province),
            region("94.05", "Kabupaten Puncak", RegionKind::Regency),
        ]
    }

    fn forms(body: Body, code: &str) -> Option<(String, Vec<String>)> {
        let all = regions();
        let counts = short_name_counts(&all);
        let r = all.iter().find(|r| r.code == code).expect("region");
        let province = all.iter().find(|p| p.code == r.province_code());
        entity(body, r, province, &counts, "src").map(|e| (e.name, e.aliases))
    }

    #[test]
    fn bodies_are_named_from_their_region() {
        type Case = (
            Body,
            &'static str,
            Option<(&'static str, &'static [&'static str])>,
        );
        let cases: &[Case] = &[
            (
                Body::Kpu,
                "35.78",
                Some((
                    "Komisi Pemilihan Umum Kota Surabaya",
                    &["KPU Kota Surabaya", "KPU Surabaya"],
                )),
            ),
            // A bare name two regions share gets no bare form.
            (
                Body::Dprd,
                "35.07",
                Some((
                    "Dewan Perwakilan Rakyat Daerah Kabupaten Malang",
                    &["DPRD Kabupaten Malang", "DPRD Kab. Malang"],
                )),
            ),
            (
                Body::Bawaslu,
                "35",
                Some((
                    "Badan Pengawas Pemilihan Umum Provinsi Jawa Timur",
                    &["Bawaslu Provinsi Jawa Timur", "Bawaslu Jawa Timur"],
                )),
            ),
            (
                Body::Dprd,
                "31",
                Some((
                    "Dewan Perwakilan Rakyat Daerah Provinsi Daerah Khusus Ibukota Jakarta",
                    &[
                        "DPRD Provinsi Daerah Khusus Ibukota Jakarta",
                        "DPRD Daerah Khusus Ibukota Jakarta",
                        "DPRD DKI Jakarta",
                        "DPRD Jakarta",
                        "DPRD DKI",
                    ],
                )),
            ),
            // Aceh's bodies as its law names them.
            (
                Body::Dprd,
                "11",
                Some(("Dewan Perwakilan Rakyat Aceh", &[])),
            ),
            (
                Body::Dprd,
                "11.06",
                Some((
                    "Dewan Perwakilan Rakyat Kabupaten Aceh Besar",
                    &[
                        "DPRK Kabupaten Aceh Besar",
                        "DPRK Kab. Aceh Besar",
                        "DPRK Aceh Besar",
                    ],
                )),
            ),
            (
                Body::Kpu,
                "11",
                Some(("Komisi Independen Pemilihan Aceh", &["KIP Aceh"])),
            ),
            // Left out where not certain.
            (Body::Bawaslu, "11", None),
            (Body::Bawaslu, "11.06", None),
            (Body::Dprd, "94", None),
            (Body::Dprd, "94.05", None),
            (Body::Kpu, "94", None),
            (Body::Kpu, "31.71", None),
        ];
        for (body, code, want) in cases {
            let got = forms(*body, code);
            let want = want.map(|(n, a)| {
                (
                    n.to_string(),
                    a.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                )
            });
            assert_eq!(got, want, "{body:?} {code}");
        }
        assert_eq!(
            forms(Body::Kpu, "94.05").map(|(n, _)| n).as_deref(),
            Some("Komisi Pemilihan Umum Kabupaten Puncak")
        );
    }
}
