//! Reads `wilayah_level_1_2.tsv`: the provinces (level 1) and
//! regencies/cities (level 2) of the Kemendagri region codes.

use std::path::Path;

use crate::Error;

/// The file, inside the vendored `cahyadsn-wilayah` folder.
pub const FILE: &str = "cahyadsn-wilayah/wilayah_level_1_2.tsv";

/// The decree the data follows, as the upstream `wilayah.sql` header states
/// it (see the folder's `SOURCE.md`).
pub const DECREE: &str = "Kepmendagri No 300.2.2-2138 Tahun 2025";

/// What kind of region a row is, read from its name and code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RegionKind {
    /// Level 1: `NN`.
    Province,
    /// Level 2, `Kota ...`: an autonomous city.
    City,
    /// Level 2, `Kabupaten ...`: an autonomous regency.
    Regency,
    /// Level 2, `Kota Administrasi ...` / `Kabupaten Administrasi ...`:
    /// Jakarta's administrative cities and regency, with no autonomous
    /// government of their own.
    Administrative,
}

/// One row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// The Kemendagri code (`35`, `35.73`).
    pub code: String,
    /// The name as the data gives it, with surrounding spaces removed
    /// (`Kota Malang`, `Jawa Timur`).
    pub name: String,
    /// Province, city, regency or administrative unit.
    pub kind: RegionKind,
}

impl Region {
    /// The code of the province a level-2 region belongs to (`35` for
    /// `35.73`); the province's own code for a province.
    #[must_use]
    pub fn province_code(&self) -> &str {
        self.code.split('.').next().unwrap_or(&self.code)
    }

    /// The name without its `Kabupaten`/`Kota` (`Administrasi`) prefix:
    /// `Malang` for `Kota Malang`, `Jakarta Pusat` for `Kota Administrasi
    /// Jakarta Pusat`; a province's name unchanged.
    #[must_use]
    pub fn bare_name(&self) -> &str {
        const PREFIXES: [&str; 4] = [
            "Kabupaten Administrasi ",
            "Kota Administrasi ",
            "Kabupaten ",
            "Kota ",
        ];
        PREFIXES
            .iter()
            .find_map(|p| self.name.strip_prefix(p))
            .unwrap_or(&self.name)
    }
}

/// Reads the file under `sources`.
///
/// # Errors
///
/// The file cannot be read, or a line is not `code<TAB>level<TAB>name` with
/// a code that fits the level and a name that fits the code.
pub fn load(sources: &Path) -> Result<Vec<Region>, Error> {
    let path = sources.join(FILE);
    let text = Error::read(path.clone())?;
    parse(&text).map_err(|(line, message)| Error::Line {
        path,
        line,
        message,
    })
}

/// Parses the text of the file; an error is a 1-based line and a message.
pub fn parse(text: &str) -> Result<Vec<Region>, (usize, String)> {
    let mut regions = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        if i == 0 && line.starts_with("kode\t") {
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [code, level, name] = fields[..] else {
            return Err((
                number,
                format!("expected 3 tab-separated fields, got {}", fields.len()),
            ));
        };
        let name = name.trim();
        let kind = match (level, code_level(code)) {
            ("1", Some(1)) => RegionKind::Province,
            ("2", Some(2)) => level_two_kind(name).ok_or_else(|| {
                (
                    number,
                    format!("{code}: name {name:?} is not `Kabupaten ...` or `Kota ...`"),
                )
            })?,
            _ => {
                return Err((
                    number,
                    format!("code {code:?} does not fit level {level:?}"),
                ))
            }
        };
        if name.is_empty() {
            return Err((number, format!("{code}: empty name")));
        }
        regions.push(Region {
            code: code.to_string(),
            name: name.to_string(),
            kind,
        });
    }
    Ok(regions)
}

/// 1 for `NN`, 2 for `NN.NN`, `None` otherwise.
fn code_level(code: &str) -> Option<u8> {
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    match code.split_once('.') {
        None if two_digits(code) => Some(1),
        Some((a, b)) if two_digits(a) && two_digits(b) => Some(2),
        _ => None,
    }
}

fn level_two_kind(name: &str) -> Option<RegionKind> {
    if name.starts_with("Kota Administrasi ") || name.starts_with("Kabupaten Administrasi ") {
        Some(RegionKind::Administrative)
    } else if name.starts_with("Kota ") {
        Some(RegionKind::City)
    } else if name.starts_with("Kabupaten ") {
        Some(RegionKind::Regency)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_with_their_kind_and_bare_name() {
        let text = "kode\tlevel\tnama\n35\t1\tJawa Timur\n35.07\t2\tKabupaten Malang\n35.73\t2\tKota Malang\n31.72\t2\tKota Administrasi Jakarta Utara \n";
        let regions = parse(text).expect("valid");
        let got: Vec<_> = regions
            .iter()
            .map(|r| {
                (
                    r.code.as_str(),
                    r.kind,
                    r.name.as_str(),
                    r.bare_name(),
                    r.province_code(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("35", RegionKind::Province, "Jawa Timur", "Jawa Timur", "35"),
                (
                    "35.07",
                    RegionKind::Regency,
                    "Kabupaten Malang",
                    "Malang",
                    "35"
                ),
                ("35.73", RegionKind::City, "Kota Malang", "Malang", "35"),
                (
                    "31.72",
                    RegionKind::Administrative,
                    "Kota Administrasi Jakarta Utara",
                    "Jakarta Utara",
                    "31"
                ),
            ]
        );
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let cases = [
            ("35\t2\tJawa Timur\n", 1, "does not fit level"),
            (
                "kode\tlevel\tnama\n35.07\t2\tMalang\n",
                2,
                "is not `Kabupaten",
            ),
            ("35\t1\n", 1, "3 tab-separated fields"),
            ("35\t1\t \n", 1, "empty name"),
        ];
        for (text, line, message) in cases {
            let (got_line, got) = parse(text).expect_err(text);
            assert_eq!(got_line, line, "{text:?}");
            assert!(got.contains(message), "{text:?}: {got}");
        }
    }
}
