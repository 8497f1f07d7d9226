//! A synthetic gazetteer for benchmarks: persons with Indonesian names,
//! templated regional institutions, and real national acronyms, generated
//! deterministically so that every size is a prefix of the larger ones
//! (`generate(1_000)` is the first thousand entities of `generate(100_000)`).
//!
//! Ids are synthetic (`bench:…`); nothing here claims who holds an office.

use std::fmt::Write;

const FIRST: &[&str] = &[
    "Budi", "Siti", "Agus", "Dewi", "Ahmad", "Rina", "Joko", "Sri", "Andi", "Putri", "Eko",
    "Wahyu", "Indra", "Nur", "Hadi", "Yuni", "Rudi", "Lestari", "Bayu", "Fitri", "Dedi", "Ratna",
    "Hendra", "Maya", "Arif", "Novi", "Iwan", "Wulan", "Fajar", "Intan", "Teguh", "Ayu", "Rizky",
    "Citra", "Dimas", "Sari", "Yusuf", "Nanda", "Bambang", "Kartika",
];

const FAMILY: &[&str] = &[
    "Santoso",
    "Wijaya",
    "Saputra",
    "Pratama",
    "Hidayat",
    "Nugroho",
    "Kusuma",
    "Setiawan",
    "Susanto",
    "Halim",
    "Gunawan",
    "Rahman",
    "Siregar",
    "Nasution",
    "Lubis",
    "Harahap",
    "Sitompul",
    "Tanjung",
    "Simanjuntak",
    "Purba",
    "Wibowo",
    "Kurniawan",
    "Firmansyah",
    "Ramadhan",
    "Syahputra",
    "Hasibuan",
    "Pane",
    "Daulay",
    "Manurung",
    "Sinaga",
    "Utomo",
    "Prasetyo",
    "Suryadi",
    "Hakim",
    "Maulana",
    "Fauzi",
    "Permana",
    "Hermawan",
    "Irawan",
    "Sembiring",
];

/// Names of Indonesian regions, used only as parts of templated names.
const REGIONS: &[&str] = &[
    "Bandung",
    "Bogor",
    "Bekasi",
    "Depok",
    "Tangerang",
    "Serang",
    "Cirebon",
    "Garut",
    "Tasikmalaya",
    "Sukabumi",
    "Semarang",
    "Surakarta",
    "Magelang",
    "Tegal",
    "Pekalongan",
    "Kudus",
    "Jepara",
    "Surabaya",
    "Malang",
    "Kediri",
    "Blitar",
    "Madiun",
    "Jember",
    "Banyuwangi",
    "Denpasar",
    "Mataram",
    "Kupang",
    "Medan",
    "Binjai",
    "Padang",
    "Bukittinggi",
    "Pekanbaru",
    "Jambi",
    "Palembang",
    "Bengkulu",
    "Lampung",
    "Pontianak",
    "Banjarmasin",
    "Samarinda",
    "Balikpapan",
    "Makassar",
    "Manado",
    "Palu",
    "Kendari",
    "Ambon",
    "Ternate",
    "Jayapura",
    "Sorong",
    "Aceh",
    "Batam",
];

const INSTITUTIONS: &[&str] = &[
    "Pemerintah Kota",
    "Pemerintah Kabupaten",
    "Polres",
    "Kejaksaan Negeri",
    "Pengadilan Negeri",
    "DPRD Kota",
    "DPRD Kabupaten",
    "Dinas Pendidikan Kota",
    "Dinas Kesehatan Kabupaten",
    "Badan Pusat Statistik Kota",
    "Kantor Imigrasi",
    "Universitas Negeri",
];

const ACRONYMS: &[(&str, &str)] = &[
    ("KPK", "Komisi Pemberantasan Korupsi"),
    ("DPR", "Dewan Perwakilan Rakyat"),
    ("MPR", "Majelis Permusyawaratan Rakyat"),
    ("BPK", "Badan Pemeriksa Keuangan"),
    ("KPU", "Komisi Pemilihan Umum"),
    ("OJK", "Otoritas Jasa Keuangan"),
    ("BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika"),
    ("BNPB", "Badan Nasional Penanggulangan Bencana"),
];

/// A small deterministic random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[(self.next() % list.len() as u64) as usize]
    }
}

/// `n` entities as gazetteer JSON Lines.
pub fn generate(n: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(n * 120);
    for i in 0..n {
        // Every size gets the real acronyms first.
        if let Some((acronym, name)) = ACRONYMS.get(i) {
            let _ = writeln!(
                out,
                r#"{{"id": "bench:org/{i}", "kind": "organization", "name": "{name}", "acronyms": ["{acronym}"]}}"#
            );
            continue;
        }
        if i % 4 == 3 {
            let institution = rng.pick(INSTITUTIONS);
            let region = rng.pick(REGIONS);
            let _ = writeln!(
                out,
                r#"{{"id": "bench:org/{i}", "kind": "organization", "name": "{institution} {region} {i}"}}"#
            );
        } else {
            let first = rng.pick(FIRST);
            let middle = rng.pick(FAMILY);
            let family = rng.pick(FAMILY);
            // The number keeps every name distinct at any size.
            let _ = writeln!(
                out,
                r#"{{"id": "bench:person/{i}", "kind": "person", "name": "{first} {middle} {family}{i}", "short": ["{family}{i}"], "roles": [{{"title": "Kepala Dinas"}}]}}"#
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_prefixes_and_load() {
        let small = generate(100);
        let large = generate(1_000);
        assert!(large.starts_with(&small));
        let mut builder = tokoh::Gazetteer::builder();
        builder
            .load_jsonl_str(&large, "generated")
            .expect("generated gazetteer loads");
        assert_eq!(builder.build().len(), 1_000);
    }
}
