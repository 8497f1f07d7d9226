//! The normalised form of a token, stored without a heap allocation in the
//! common cases.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use arrayvec::ArrayString;

/// Longest normal form kept inline.
const INLINE: usize = 14;

#[derive(Clone)]
enum Repr<'t> {
    /// The token's own text, unchanged by normalisation.
    Borrowed(&'t str),
    /// A short normal form (most words), inline.
    Inline(ArrayString<INLINE>),
    /// A longer normal form.
    Owned(Box<str>),
}

/// A token's normalised form (see [`crate::text::normalize`]): a `str` that
/// borrows from the text when normalisation changes nothing and is stored
/// inline when it is short, so that tokenizing allocates nothing per token
/// in the common case. It dereferences to `str` and compares with strings.
///
/// # Examples
///
/// ```
/// let tokens = tokoh::Tokenizer::new().tokenize("Presiden RI");
/// assert_eq!(tokens[0].norm, "presiden");
/// assert_eq!(tokens[1].norm.as_str(), "ri");
/// assert!(tokens[0].norm.starts_with("pres")); // any `str` method
/// ```
#[derive(Clone)]
pub struct Norm<'t>(Repr<'t>);

impl<'t> Norm<'t> {
    /// The normal form as a `&str`.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokens = tokoh::Tokenizer::new().tokenize("İstanbul");
    /// assert_eq!(tokens[0].norm.as_str(), "istanbul");
    /// ```
    #[inline]
    #[must_use]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(s) => s,
            Repr::Inline(s) => s,
            Repr::Owned(s) => s,
        }
    }

    /// Whether the normal form is the token's own text, borrowed.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokens = tokoh::Tokenizer::new().tokenize("jakarta Jakarta");
    /// assert!(tokens[0].norm.is_borrowed());
    /// assert!(!tokens[1].norm.is_borrowed());
    /// ```
    #[inline]
    #[must_use]
    pub fn is_borrowed(&self) -> bool {
        matches!(self.0, Repr::Borrowed(_))
    }

    /// The normal form as an owned `String`.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokens = tokoh::Tokenizer::new().tokenize("KPK");
    /// let owned: String = tokens[0].norm.clone().into_string();
    /// assert_eq!(owned, "kpk");
    /// ```
    #[must_use]
    pub fn into_string(self) -> String {
        match self.0 {
            Repr::Owned(s) => s.into_string(),
            _ => self.as_str().to_owned(),
        }
    }

    #[inline]
    pub(crate) fn borrowed(s: &'t str) -> Norm<'t> {
        Norm(Repr::Borrowed(s))
    }

    /// A normal form computed into a new string; kept inline when short.
    #[inline]
    pub(crate) fn owned(s: &str) -> Norm<'t> {
        match ArrayString::from(s) {
            Ok(inline) => Norm(Repr::Inline(inline)),
            Err(_) => Norm(Repr::Owned(s.into())),
        }
    }

    /// The ASCII lower case of an ASCII `s`, without an allocation when short.
    #[inline]
    pub(crate) fn ascii_lowercase(s: &str) -> Norm<'t> {
        match ArrayString::<INLINE>::from(s) {
            Ok(mut inline) => {
                inline.make_ascii_lowercase();
                Norm(Repr::Inline(inline))
            }
            Err(_) => Norm(Repr::Owned(s.to_ascii_lowercase().into())),
        }
    }

    #[inline]
    pub(crate) fn from_cow(cow: Cow<'t, str>) -> Norm<'t> {
        match cow {
            Cow::Borrowed(s) => Norm::borrowed(s),
            Cow::Owned(s) => Norm::owned(&s),
        }
    }
}

impl Deref for Norm<'_> {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Norm<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Norm<'_> {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Norm<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Norm<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Norm<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Norm<'_> {}

impl Hash for Norm<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for Norm<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Norm<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Norm<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl From<Norm<'_>> for String {
    fn from(norm: Norm<'_>) -> String {
        norm.into_string()
    }
}
