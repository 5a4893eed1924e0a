//! TimeML.
