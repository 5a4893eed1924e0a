//! Duckling.
