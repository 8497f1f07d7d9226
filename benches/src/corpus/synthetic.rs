//! A synthetic stand-in for Indonesian news text, used when `../shared` is
//! absent so that the bench always runs.
//!
//! The sentences are assembled from templates and word lists written for
//! this file; they exercise what makes Indonesian news hard to tokenize:
//! datelines, quotations, dates and times, `Rp` amounts and percentages,
//! reduplication, clitics, abbreviations with dots, URLs and mentions. The
//! output is deterministic for a given seed.

/// Default size, close to the real corpus.
pub const DEFAULT_BYTES: usize = 3_300_000;

/// Default seed.
pub const DEFAULT_SEED: u64 = 0x0074_6f6b_6f68;

/// SplitMix64: small, fast, good enough for picking words.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const DATELINES: &[&str] = &[
    "JAKARTA, KOMPAS.com -",
    "SURABAYA, Tribunnews.com -",
    "Jakarta (ANTARA) -",
    "BANDUNG -",
    "MEDAN, detik.com -",
    "MAKASSAR, kumparan.com -",
    "YOGYAKARTA, KOMPAS.com -",
    "DENPASAR -",
];

const PEOPLE: &[&str] = &[
    "Presiden Joko Widodo",
    "Wakil Presiden Ma'ruf Amin",
    "Menteri Keuangan Sri Mulyani Indrawati",
    "Ketua DPR Puan Maharani",
    "Kepala BMKG Dwikorita Karnawati",
    "Prof. Dr. H. Budi Santoso, M.Si.",
    "Dr. Siti Rahmawati",
    "Ir. H. Ahmad Fauzi",
    "Kapolda Metro Jaya Irjen Pol. Hendra Gunawan",
    "juru bicara KPK Ali Fikri",
    "Direktur Utama PT Pertamina (Persero) Nicke Widyawati",
    "K.H. Abdul Rahman",
];

const SHORT_NAMES: &[&str] = &[
    "Jokowi",
    "Sri Mulyani",
    "Puan",
    "Dwikorita",
    "Budi",
    "Siti",
    "Fauzi",
    "Hendra",
    "Ali",
    "Nicke",
    "Rahman",
];

const ORGS: &[&str] = &[
    "KPK",
    "DPR RI",
    "Bank Indonesia (BI)",
    "Badan Pusat Statistik (BPS)",
    "Kementerian Luar Negeri",
    "Pemprov DKI Jakarta",
    "OJK",
    "PT Garuda Indonesia Tbk.",
    "Polda Metro Jaya",
    "Mahkamah Konstitusi",
    "BPJS Kesehatan",
    "PBNU",
];

const PLACES: &[&str] = &[
    "Jakarta",
    "Surabaya",
    "Kabupaten Bogor",
    "Nusa Tenggara Timur",
    "Jl. Medan Merdeka Barat No. 9, Jakarta Pusat",
    "Istana Kepresidenan",
    "Gedung Merah Putih KPK",
    "Kota Makassar",
    "Provinsi Jawa Barat",
    "Balikpapan",
];

const SAY: &[&str] = &[
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "jelas",
    "tegas",
    "sebut",
    "imbuhnya kepada wartawan, kata",
];

const VERBS: &[&str] = &[
    "menaikkan",
    "memeriksa",
    "menyalurkan",
    "membahas",
    "mengevaluasi",
    "menunda",
    "menyetujui",
    "menolak",
    "mengumumkan",
    "mempercepat",
    "di-PHK karena",
    "mengawasi",
];

const OBJECTS: &[&str] = &[
    "anggaran pendidikan",
    "bantuan sosial",
    "kebijakannya",
    "program vaksinasi COVID-19",
    "rancangan undang-undang",
    "harga BBM bersubsidi",
    "laporan keuangan",
    "proyek infrastruktur",
    "data kependudukan",
    "izin usaha",
    "rumahnya",
    "KTP-el",
];

const REDUP: &[&str] = &[
    "anak-anak",
    "diam-diam",
    "berkali-kali",
    "sebaik-baiknya",
    "negara-negara",
    "sayur-mayur",
    "bolak-balik",
    "pelan-pelan",
    "orang-orang",
    "besar-besaran",
];

const CLITIC_WORDS: &[&str] = &[
    "Menurutnya,",
    "Sebenarnya",
    "Apakah",
    "Itulah sebabnya",
    "Pihaknya",
    "Bukankah",
    "KPK-nya pun",
    "Oleh karenanya,",
    "Namun demikian,",
    "Di sisi lain,",
];

const TAILS: &[&str] = &[
    "sesuai aturan yang berlaku",
    "dalam waktu dekat",
    "secepat-cepatnya",
    "demi kepentingan masyarakat",
    "tanpa pandang bulu",
    "meski menuai kritik",
    "hingga akhir tahun",
    "dll.",
    "s.d. pekan depan",
    "di tingkat kabupaten/kota",
];

const DAYS: &[&str] = &[
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];

const MONTHS: &[&str] = &[
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

const UNITS: &[&str] = &["juta", "miliar", "triliun"];

/// Generates about `bytes` bytes of text: paragraphs separated by a blank
/// line, the first sentence of some paragraphs with a dateline.
#[must_use]
pub fn generate(bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut text = String::with_capacity(bytes + 1024);
    while text.len() < bytes {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let sentences = rng.range(3, 6);
        for i in 0..sentences {
            if i > 0 {
                text.push(' ');
            } else if rng.chance(25) {
                text.push_str(rng.pick(DATELINES));
                text.push(' ');
            }
            sentence(&mut rng, &mut text);
        }
    }
    text
}

fn amount(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => format!(
            "Rp {},{} {}",
            rng.range(1, 999),
            rng.range(1, 9),
            rng.pick(UNITS)
        ),
        1 => format!("Rp{}.{:03}", rng.range(1, 99), rng.below(1000)),
        2 => format!(
            "Rp {}.{:03}.{:03}",
            rng.range(1, 999),
            rng.below(1000),
            rng.below(1000)
        ),
        3 => format!(
            "US$ {},{} {}",
            rng.range(1, 99),
            rng.range(1, 9),
            rng.pick(UNITS)
        ),
        _ => format!("Rp {} {}", rng.range(2, 900), rng.pick(UNITS)),
    }
}

fn date(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!(
            "({}/{}/{})",
            rng.range(1, 28),
            rng.range(1, 12),
            rng.range(2015, 2024)
        ),
        1 => format!("({}/{})", rng.range(1, 28), rng.range(1, 12)),
        2 => format!(
            "{} {} {}",
            rng.range(1, 28),
            rng.pick(MONTHS),
            rng.range(2015, 2024)
        ),
        _ => format!("pukul {:02}.{:02} WIB", rng.range(6, 23), rng.below(60)),
    }
}

fn percent(rng: &mut Rng) -> String {
    if rng.chance(50) {
        format!("{},{} persen", rng.range(1, 99), rng.below(10))
    } else {
        format!("{},{}%", rng.range(1, 99), rng.below(10))
    }
}

fn clause(rng: &mut Rng) -> String {
    let subject = if rng.chance(50) {
        rng.pick(ORGS)
    } else {
        rng.pick(SHORT_NAMES)
    };
    let mut c = format!("{subject} {} {}", rng.pick(VERBS), rng.pick(OBJECTS));
    if rng.chance(40) {
        c.push_str(&format!(" senilai {}", amount(rng)));
    }
    if rng.chance(30) {
        c.push_str(&format!(" bagi {}", rng.pick(REDUP)));
    }
    if rng.chance(50) {
        c.push(' ');
        c.push_str(rng.pick(TAILS));
    }
    c
}

/// Upper-cases the first letter.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn sentence(rng: &mut Rng, out: &mut String) {
    let s = match rng.below(9) {
        0 => format!(
            "\"{},\" {} {} di {}, {} {}.",
            capitalise(&clause(rng)),
            rng.pick(SAY),
            rng.pick(PEOPLE),
            rng.pick(PLACES),
            rng.pick(DAYS),
            date(rng)
        ),
        1 => format!(
            "{} {} {} {}.",
            rng.pick(CLITIC_WORDS),
            clause(rng),
            if rng.chance(50) { "sejak" } else { "pada" },
            date(rng)
        ),
        2 => format!(
            "{} mencatat pertumbuhan sebesar {} pada kuartal ke-{} {}, naik dari {} {} tahun {}.",
            rng.pick(ORGS),
            percent(rng),
            rng.range(1, 4),
            rng.range(2015, 2024),
            percent(rng),
            if rng.chance(50) { "pada" } else { "di" },
            rng.range(2010, 2022)
        ),
        3 => format!(
            "Informasi lebih lanjut dapat diakses di www.{}.go.id atau melalui akun @{} dan tagar #{}.",
            rng.pick(&["bps", "kemlu", "bmkg", "pajak", "kemenkeu"]),
            rng.pick(&["jokowi", "KPK_RI", "kemlu_ri", "DivHumas_Polri"]),
            rng.pick(&["IndonesiaMaju", "PPKM", "Pemilu2024", "HUTRI77"])
        ),
        4 => format!(
            "{} {} '{}' yang dilakukan {} {}.",
            capitalise(rng.pick(REDUP)),
            rng.pick(&["menyoroti", "mempertanyakan", "mengkritik"]),
            rng.pick(&["diplomasi diam-diam", "operasi senyap", "politik dua kaki"]),
            rng.pick(PEOPLE),
            rng.pick(TAILS)
        ),
        5 => format!(
            "Dalam Peraturan Menteri Keuangan Nomor {}/PMK.{:03}/{} disebutkan, {} {}.",
            rng.range(1, 250),
            rng.range(1, 20),
            rng.range(2007, 2023),
            clause(rng),
            rng.pick(&["sejak 1990-an", "pada era 2000-an", "selama 2020-2024"])
        ),
        6 => format!(
            "\"{}. {}?\" {} {}.",
            capitalise(&clause(rng)),
            capitalise(&clause(rng)),
            rng.pick(SAY),
            rng.pick(SHORT_NAMES)
        ),
        7 => format!(
            "Sebanyak {}.{:03} warga di {} terdampak, sementara {} {} ({}) masih menunggu kepastian.",
            rng.range(1, 999),
            rng.below(1000),
            rng.pick(PLACES),
            rng.pick(REDUP),
            rng.pick(&["nelayan", "guru honorer", "pedagang kaki lima"]),
            rng.pick(&["PKL", "ASN", "UMKM"])
        ),
        _ => format!("{}.", capitalise(&clause(rng))),
    };
    out.push_str(&s);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_about_the_right_size() {
        let a = generate(20_000, 7);
        assert_eq!(a, generate(20_000, 7));
        assert_ne!(a, generate(20_000, 8));
        assert!(a.len() >= 20_000 && a.len() < 22_000);
        assert!(a.contains("\n\n"));
        assert!(!a.contains("\n\n\n"));
    }
}
