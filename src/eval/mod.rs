//! Evaluation against annotated data: the TempEval-3 TIMEX3 scorer ([`timex`]) and the
//! Duckling phrase corpus runner ([`duckling`]).
//!
//! Evaluation data is read from paths the caller gives; nothing here assumes where it lives.

pub mod causal_timebank;
pub mod duckling;
pub mod events;
pub mod relations;
pub mod timex;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Read a file as UTF-8, with a typed error naming it.
pub(crate) fn read_utf8(path: &Path) -> Result<String> {
    let bytes =
        std::fs::read(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    String::from_utf8(bytes).map_err(|e| Error::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// The files under `dir` (recursively) whose names end with `ext`, sorted, as paths relative
/// to `dir`.
pub fn files_with_extension(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    fn walk(root: &Path, dir: &Path, ext: &str, out: &mut Vec<PathBuf>) -> Result<()> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| Error::io(format!("listing {}", dir.display()), e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(format!("listing {}", dir.display()), e))?;
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, ext, out)?;
            } else if path.to_string_lossy().ends_with(ext) {
                out.push(path.strip_prefix(root).unwrap_or(&path).to_path_buf());
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, ext, &mut out)?;
    out.sort();
    Ok(out)
}

/// The TimeML files under `dir` (`.tml` or `.xml`, recursively), sorted, relative to `dir`.
pub fn timeml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = files_with_extension(dir, ".tml")?;
    files.extend(files_with_extension(dir, ".xml")?);
    files.sort();
    Ok(files)
}

/// `a / b`, 0 when `b` is 0.
pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Precision, recall and F1 from counts (0 where undefined).
///
/// ```
/// let (p, r, f) = eventline::eval::prf(8, 10, 16);
/// assert_eq!((p, r), (0.8, 0.5));
/// assert!((f - 0.6153846).abs() < 1e-6);
/// ```
pub fn prf(matched: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let p = if system == 0 {
        0.0
    } else {
        matched as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        matched as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}
