//! Character classes the tokenizer is built on.
//!
//! These are public so that users can check tokoh's invariants themselves:
//! what lies between two tokens is only [`is_separator`] characters.

use unicode_general_category::{get_general_category, GeneralCategory as Gc};

/// Whether `c` separates tokens and is never part of one: Unicode white space
/// (including NBSP, narrow NBSP and the other space characters) and the
/// invisible separators ZERO WIDTH SPACE, WORD JOINER, ZERO WIDTH NO-BREAK
/// SPACE (BOM) and MONGOLIAN VOWEL SEPARATOR.
///
/// # Examples
///
/// ```
/// use tokoh::text::chars::is_separator;
/// assert!(is_separator(' '));
/// assert!(is_separator('\u{a0}')); // NBSP
/// assert!(is_separator('\u{200b}')); // zero width space
/// assert!(!is_separator('-'));
/// ```
#[inline]
#[must_use]
pub fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    }
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{180e}')
}

/// Whether `c` is invisible formatting that belongs to the word around it:
/// ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER, SOFT HYPHEN and the variation
/// selectors. Such characters are kept in a token's span and dropped from
/// its normalised form.
///
/// # Examples
///
/// ```
/// use tokoh::text::chars::is_ignorable;
/// assert!(is_ignorable('\u{ad}'));
/// assert!(!is_ignorable('a'));
/// ```
#[inline]
#[must_use]
pub fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}' | '\u{ad}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
}

/// Whether `c` is a combining mark (general categories Mn, Mc, Me).
///
/// # Examples
///
/// ```
/// assert!(tokoh::text::chars::is_mark('\u{301}'));
/// ```
#[inline]
#[must_use]
pub fn is_mark(c: char) -> bool {
    !c.is_ascii()
        && matches!(
            get_general_category(c),
            Gc::NonspacingMark | Gc::SpacingMark | Gc::EnclosingMark
        )
}

/// Whether `c` can be part of a word: a letter, a digit or other number, or
/// a combining mark.
///
/// # Examples
///
/// ```
/// use tokoh::text::chars::is_word_char;
/// assert!(is_word_char('é'));
/// assert!(is_word_char('7'));
/// assert!(!is_word_char('-'));
/// ```
#[inline]
#[must_use]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Whether `c` is an apostrophe that can stand inside a word (`Ma'ruf`,
/// `Ma’ruf`, `Jumʼat`).
///
/// # Examples
///
/// ```
/// assert!(tokoh::text::chars::is_apostrophe('’'));
/// ```
#[inline]
#[must_use]
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`' | '´' | 'ʻ' | '′')
}

/// Whether `c` is a hyphen that joins the parts of a word (`diam-diam`): the
/// ASCII hyphen-minus, HYPHEN and NON-BREAKING HYPHEN. Dashes (`–`, `—`) are
/// punctuation and never join.
///
/// # Examples
///
/// ```
/// use tokoh::text::chars::is_hyphen;
/// assert!(is_hyphen('-'));
/// assert!(!is_hyphen('–'));
/// ```
#[inline]
#[must_use]
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether `c` is a dash or hyphen of any kind (folded to `-` in `norm`).
///
/// # Examples
///
/// ```
/// assert!(tokoh::text::chars::is_dash('—'));
/// ```
#[inline]
#[must_use]
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            ..='\u{2015}'
                | '\u{2212}'
                | '\u{fe58}'
                | '\u{fe63}'
                | '\u{ff0d}'
                | '\u{2e3a}'
                | '\u{2e3b}'
    )
}

/// Whether `c` is a currency sign (general category Sc: `$`, `€`, `£`, `¥`, ...).
///
/// # Examples
///
/// ```
/// assert!(tokoh::text::chars::is_currency_sign('€'));
/// ```
#[inline]
#[must_use]
pub fn is_currency_sign(c: char) -> bool {
    if c.is_ascii() {
        return c == '$';
    }
    get_general_category(c) == Gc::CurrencySymbol
}

/// Whether `c` is punctuation (general categories P*, and the backtick,
/// which text uses as a quote); anything else that is neither a word
/// character nor a separator is a symbol.
///
/// # Examples
///
/// ```
/// use tokoh::text::chars::is_punctuation;
/// assert!(is_punctuation('«'));
/// assert!(!is_punctuation('%'));
/// ```
#[inline]
#[must_use]
pub fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '|' | '~' | '%' | '&');
    }
    matches!(
        get_general_category(c),
        Gc::ConnectorPunctuation
            | Gc::DashPunctuation
            | Gc::OpenPunctuation
            | Gc::ClosePunctuation
            | Gc::InitialPunctuation
            | Gc::FinalPunctuation
            | Gc::OtherPunctuation
    )
}

/// Whether `c` starts an emoji: an extended pictographic character or a
/// regional indicator (flags).
///
/// # Examples
///
/// ```
/// use tokoh::text::chars::is_emoji_start;
/// assert!(is_emoji_start('😀'));
/// assert!(is_emoji_start('🇮'));
/// assert!(!is_emoji_start('a'));
/// ```
#[inline]
#[must_use]
pub fn is_emoji_start(c: char) -> bool {
    let u = c as u32;
    if u < 0xa9 {
        return false;
    }
    matches!(u,
        0xa9 | 0xae | 0x203c | 0x2049 | 0x2122 | 0x2139
        | 0x2194..=0x2199 | 0x21a9..=0x21aa | 0x231a..=0x231b | 0x2328 | 0x23cf
        | 0x23e9..=0x23f3 | 0x23f8..=0x23fa | 0x24c2 | 0x25aa..=0x25ab | 0x25b6 | 0x25c0
        | 0x25fb..=0x25fe | 0x2600..=0x27bf | 0x2934..=0x2935 | 0x2b05..=0x2b07
        | 0x2b1b..=0x2b1c | 0x2b50 | 0x2b55 | 0x3030 | 0x303d | 0x3297 | 0x3299
        | 0x1f000..=0x1faff | 0x1fc00..=0x1fffd)
}

/// Whether `c` is a quotation mark (straight or curly, single or double,
/// guillemets).
///
/// # Examples
///
/// ```
/// assert!(tokoh::text::chars::is_quote('“'));
/// ```
#[inline]
#[must_use]
pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '`'
            | '＂'
            | '＇'
    )
}
