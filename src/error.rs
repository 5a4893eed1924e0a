//! The crate's one error type.
//!
//! Every fallible operation returns [`Result`], whose error says what was being done and on what
//! input, so that a corpus run can report a broken document and go on with the rest.

use std::path::PathBuf;

/// What went wrong, with enough context to find the input at fault.
///
/// ```
/// use eventline::{Dateline, Error};
///
/// let err = "31/31/2024".parse::<Dateline>().unwrap_err();
/// assert!(matches!(err, Error::Dateline { .. }));
/// assert!(err.to_string().contains("31/31/2024"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A dateline (document creation time) that is not a valid ISO 8601 date or date-time.
    #[error("invalid dateline {input:?}: {reason}")]
    Dateline {
        /// The text that was given.
        input: String,
        /// Why it was rejected.
        reason: String,
    },
    /// A TimeML document that cannot be read.
    #[error("malformed TimeML{}: {reason}", at_offset(*.offset))]
    TimeMl {
        /// Byte offset in the XML input where the problem was seen, when known.
        offset: Option<u64>,
        /// What is wrong.
        reason: String,
    },
    /// A file that is not valid UTF-8.
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    Utf8 {
        /// The file.
        path: PathBuf,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// An input or output operation that failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being read or written.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A JSON record that cannot be read or written.
    #[error("{context}: {source}")]
    Json {
        /// What was being read or written.
        context: String,
        /// The underlying error.
        #[source]
        source: serde_json::Error,
    },
    /// An evaluation input that does not have the expected shape.
    #[error("evaluation input {context}: {reason}")]
    Eval {
        /// Which file or record.
        context: String,
        /// What is wrong.
        reason: String,
    },
    /// A model file (part-of-speech or event weights) that cannot be read.
    #[error("malformed model at byte {offset}: {reason}")]
    Model {
        /// Where reading stopped.
        offset: usize,
        /// What is wrong.
        reason: String,
    },
}

fn at_offset(offset: Option<u64>) -> String {
    offset.map(|o| format!(" at byte {o}")).unwrap_or_default()
}

impl Error {
    /// An [`Error::Io`] with a description of what was being done.
    ///
    /// ```
    /// let e = eventline::Error::io("reading a.txt", std::io::Error::other("gone"));
    /// assert_eq!(e.to_string(), "reading a.txt: gone");
    /// ```
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
