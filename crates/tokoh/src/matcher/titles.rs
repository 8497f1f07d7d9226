//! Titles and positions written in front of a person's name:
//! `Presiden Joko Widodo`, `Menteri Luar Negeri AS Antony Blinken`,
//! `juru bicara Dewan Keamanan Nasional AS, Adrienne Watson`.
//!
//! A title is found by walking back from the name over what a title is made
//! of — heads from an inventory of Indonesian positions, ranks and
//! honorifics (`Presiden`, `Menteri`, `Menlu`, `juru bicara`, `Kapolri`,
//! `Brigjen`, `Pak`, `K.H.` ...), mentions of organisations and places
//! (`AS`, `Dewan Keamanan Nasional AS`), capitalised words (a portfolio:
//! `Luar Negeri`) and a few lower-case title words (`luar`, `negeri`,
//! `bicara`) — across one apposition comma. The title starts at the
//! farthest head found.

use std::borrow::Cow;
use std::collections::HashSet;

use once_cell::sync::Lazy;

/// Heads of titles, as match keys of their words joined by spaces.
const HEADS: &[&str] = &[
    // The state.
    "presiden",
    "wakil presiden",
    "wapres",
    "menteri",
    "wakil menteri",
    "wamen",
    "menko",
    "menteri koordinator",
    "perdana menteri",
    "pm",
    "raja",
    "ratu",
    "kanselir",
    "sultan",
    "gubernur",
    "wakil gubernur",
    "wagub",
    "bupati",
    "wakil bupati",
    "wabup",
    "wali kota",
    "walikota",
    "wakil wali kota",
    "wawali",
    "camat",
    "lurah",
    "kepala desa",
    "kades",
    "senator",
    "anggota",
    "ketua",
    "wakil ketua",
    "ketua umum",
    "ketum",
    "sekretaris",
    "sekretaris jenderal",
    "sekjen",
    "sekretaris negara",
    "mensesneg",
    "seskab",
    "kepala",
    "wakil kepala",
    "direktur",
    "direktur utama",
    "dirut",
    "direktur jenderal",
    "dirjen",
    "deputi",
    "komisaris",
    "komisioner",
    "hakim",
    "hakim agung",
    "hakim konstitusi",
    "jaksa",
    "jaksa agung",
    "jaksa agung muda",
    "jampidsus",
    "jampidum",
    "juru bicara",
    "jubir",
    "duta besar",
    "dubes",
    "konsul",
    "konsul jenderal",
    "atase",
    "panglima",
    "kapolri",
    "wakapolri",
    "kapolda",
    "wakapolda",
    "kapolres",
    "kapolsek",
    "kabareskrim",
    "kasad",
    "kasal",
    "kasau",
    "pangdam",
    "danjen",
    "komandan",
    "kepala staf",
    "rektor",
    "dekan",
    "guru besar",
    "profesor",
    "pengamat",
    "peneliti",
    "analis",
    "pendiri",
    "pemimpin",
    "pimpinan",
    // Short forms of ministers.
    "menlu",
    "mendagri",
    "menkeu",
    "menhan",
    "menkumham",
    "menkum",
    "menag",
    "mendikbud",
    "mendikdasmen",
    "menkes",
    "mensos",
    "mendag",
    "menperin",
    "mentan",
    "menhub",
    "menpar",
    "menpora",
    "menaker",
    "menkominfo",
    "menkomdigi",
    "menpan",
    "menpan-rb",
    "mendes",
    "menteri bumn",
    "menko polhukam",
    "menko perekonomian",
    "menko pmk",
    "menko marves",
    "mendiktisaintek",
    "wamenlu",
    "wamendagri",
    "wamenkeu",
    "wamenhan",
    "wamenag",
    "wamenkes",
    "wamendag",
    "menko polkam",
    // Ranks.
    "jenderal",
    "letnan jenderal",
    "letjen",
    "mayor jenderal",
    "mayjen",
    "brigadir jenderal",
    "brigjen",
    "kolonel",
    "letkol",
    "mayor",
    "kapten",
    "laksamana",
    "laksdya",
    "laksda",
    "laksma",
    "marsekal",
    "marsdya",
    "marsda",
    "marsma",
    "komjen",
    "irjen",
    "kombes",
    "akbp",
    "kompol",
    "akp",
    "iptu",
    "ipda",
    "aiptu",
    "bripka",
    // Honorifics.
    "pak",
    "bu",
    "bapak",
    "ibu",
    "h",
    "hj",
    "k.h",
    "kh",
    "gus",
    "dr",
    "prof",
    "ir",
    "drs",
    "sdr",
    "saudara",
    "habib",
    "ustaz",
    "ustad",
    "kiai",
    "kyai",
    "tuan",
    "nyonya",
    "mr",
    "mrs",
    "ms",
];

/// Lower-case words that may stand inside a title (`menteri luar negeri`).
const TITLE_WORDS: &[&str] = &[
    "luar",
    "negeri",
    "dalam",
    "bicara",
    "dan",
    "bidang",
    "urusan",
    "koordinator",
    "besar",
    "agung",
    "utama",
    "umum",
    "jenderal",
    "muda",
    "madya",
    "kepresidenan",
    "nasional",
    "daerah",
    "keuangan",
    "pertahanan",
    "perdagangan",
    "pertanian",
    "sosial",
    "agama",
    "kesehatan",
    "hukum",
    "-",
];

/// The longest head, in words.
const LONGEST_HEAD: usize = 3;

/// How many words a title may have at most.
const LONGEST_TITLE: usize = 14;

static HEAD_SET: Lazy<HashSet<&'static str>> = Lazy::new(|| HEADS.iter().copied().collect());

/// The last word of every head: a word not among them ends no head, found
/// without putting a phrase together.
static HEAD_LAST: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    HEADS
        .iter()
        .filter_map(|head| head.split(' ').next_back())
        .collect()
});

/// What the title finder needs to know about the words of a document.
pub(crate) trait Words {
    /// The match key of word `i`.
    fn key(&self, i: usize) -> Cow<'_, str>;
    /// Whether word `i` starts with a capital letter.
    fn capitalised(&self, i: usize) -> bool;
    /// The first word of a mention of an organisation or a place that ends
    /// right before word `end`, if there is one.
    fn mention_ending_at(&self, end: usize) -> Option<usize>;
    /// Whether word `i` belongs to the mention of a person.
    fn in_person(&self, i: usize) -> bool;
    /// Whether a blank line stands between word `i - 1` and word `i`.
    fn starts_paragraph(&self, i: usize) -> bool;
}

/// Short forms of titles, read in full when a title is compared with a role.
const SHORT_TITLES: &[(&str, &str)] = &[
    ("menlu", "menteri luar negeri"),
    ("mendagri", "menteri dalam negeri"),
    ("menkeu", "menteri keuangan"),
    ("menhan", "menteri pertahanan"),
    ("menag", "menteri agama"),
    ("menkes", "menteri kesehatan"),
    ("mensos", "menteri sosial"),
    ("mendag", "menteri perdagangan"),
    ("mentan", "menteri pertanian"),
    ("menhub", "menteri perhubungan"),
    ("menperin", "menteri perindustrian"),
    ("menaker", "menteri ketenagakerjaan"),
    ("menpar", "menteri pariwisata"),
    ("menpora", "menteri pemuda dan olahraga"),
    ("mensesneg", "menteri sekretaris negara"),
    ("menkum", "menteri hukum"),
    ("menkumham", "menteri hukum dan hak asasi manusia"),
    ("mendikdasmen", "menteri pendidikan dasar dan menengah"),
    (
        "mendiktisaintek",
        "menteri pendidikan tinggi sains dan teknologi",
    ),
    ("menkomdigi", "menteri komunikasi dan digital"),
    ("menkominfo", "menteri komunikasi dan informatika"),
    ("menko", "menteri koordinator"),
    ("polkam", "politik dan keamanan"),
    ("polhukam", "politik hukum dan keamanan"),
    ("pmk", "pembangunan manusia dan kebudayaan"),
    ("marves", "kemaritiman dan investasi"),
    ("wamenlu", "wakil menteri luar negeri"),
    ("wamendagri", "wakil menteri dalam negeri"),
    ("wamenkeu", "wakil menteri keuangan"),
    ("wamenhan", "wakil menteri pertahanan"),
    ("wamenag", "wakil menteri agama"),
    ("wamenkes", "wakil menteri kesehatan"),
    ("wamendag", "wakil menteri perdagangan"),
    ("wapres", "wakil presiden"),
    ("wamen", "wakil menteri"),
    ("jubir", "juru bicara"),
    ("dubes", "duta besar"),
    ("wagub", "wakil gubernur"),
    ("ketum", "ketua umum"),
    ("sekjen", "sekretaris jenderal"),
    ("dirut", "direktur utama"),
    ("pm", "perdana menteri"),
];

/// A title's words as one phrase of keys, short forms read in full.
pub(crate) fn phrase<'k>(keys: impl Iterator<Item = &'k str>) -> String {
    let mut out = String::new();
    for key in keys {
        // A role's title is split at spaces, so its commas stay on the word
        // (`Tinggi, Sains, dan Teknologi`).
        let key = key.trim_end_matches(['.', ',']);
        // `Menteri Koordinator Bidang Perekonomian` is written `Menko
        // Perekonomian`: the word `bidang` ("field of") says nothing.
        if key.is_empty() || key == "," || key == "bidang" {
            continue;
        }
        let full = SHORT_TITLES
            .iter()
            .find(|(short, _)| *short == key)
            .map_or(key, |&(_, full)| full);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(full);
    }
    out
}

/// The head ending right before word `end`, longest first: its first word.
fn head_ending_at(words: &impl Words, end: usize, floor: usize) -> Option<usize> {
    let longest = LONGEST_HEAD.min(end - floor);
    if longest == 0 {
        return None;
    }
    let last = words.key(end - 1);
    if !HEAD_LAST.contains(last.trim_end_matches('.')) {
        return None;
    }
    let keys: Vec<Cow<'_, str>> = (end - longest..end)
        .map(|i| {
            if i == end - 1 {
                last.clone()
            } else {
                words.key(i)
            }
        })
        .collect();
    let mut phrase = String::new();
    (1..=longest).rev().find_map(|k| {
        phrase.clear();
        for (n, key) in keys[longest - k..].iter().enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(key.trim_end_matches('.'));
        }
        HEAD_SET.contains(phrase.as_str()).then_some(end - k)
    })
}

/// The title in front of the name starting at word `name`, as a range of
/// words `start..end` (the apposition comma excluded).
pub(crate) fn before(words: &impl Words, name: usize) -> Option<(usize, usize)> {
    // A title never crosses a blank line: `floor` is the first word it may
    // start at.
    let mut floor = name;
    while floor > 0
        && name - floor <= LONGEST_TITLE + LONGEST_HEAD
        && !words.starts_paragraph(floor)
    {
        floor -= 1;
    }
    let mut end = name;
    if end > floor && words.key(end - 1) == "," {
        end -= 1;
    }
    let mut j = end;
    let mut start = None;
    while j > floor && end - j < LONGEST_TITLE {
        // Another person's name ends the title (`Presiden Jokowi dan Wapres`).
        if words.in_person(j - 1) {
            break;
        }
        if let Some(first) = head_ending_at(words, j, floor) {
            start = Some(first);
            j = first;
        } else if let Some(first) = words.mention_ending_at(j) {
            j = first;
        } else if start.is_none()
            && (words.capitalised(j - 1) || TITLE_WORDS.contains(&&*words.key(j - 1)))
        {
            // Words of a portfolio, between the head and the name; once a
            // head is found only more heads and mentions extend the title
            // (`Panglima TNI Jenderal`), so `Presiden Jokowi dan Wapres`
            // stays `Wapres`.
            j -= 1;
        } else {
            break;
        }
    }
    start.map(|s| (s, end))
}
