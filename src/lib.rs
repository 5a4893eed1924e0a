//! # eventline
//!
//! Turn news articles into event timelines. eventline reads an article and its dateline,
//! finds every temporal expression — absolute ("July 30, 2024"), deictic ("yesterday", "last
//! week"), anaphoric ("early that morning"), event-relative ("hours after the attack"), fuzzy
//! ("mid-April"), durations and sets — and normalizes each to a typed value and its TIMEX3
//! string; finds the events with their class, tense, factuality, participants and summary;
//! relates them to times, to each other and by cause; and orders them in a timeline.
//!
//! Data flows one way: text → [`segment`] (tokens, sentences, part-of-speech tags) →
//! [`time`] → [`event`] → [`relation`] → [`graph`] → [`timeline`] → [`export`] (JSON, DOT,
//! text) and [`timeml`]. [`corpus`] reads many documents, [`merge`] joins their timelines, and
//! [`eval`] holds the scorers. Every annotation is a byte [`Span`] into the untouched text.
//!
//! ```
//! use eventline::{Document, timeline::Timeline};
//!
//! let doc = Document::new(
//!     "Funeral processions began on the morning of Aug. 1. The body will be taken to Doha \
//!      for burial on Aug. 2.",
//! )
//! .with_dateline("2024-08-01".parse()?);
//! let timeline = Timeline::build(&doc);
//! let text = doc.text();
//! let dates: Vec<&str> = timeline
//!     .iter()
//!     .filter_map(|e| e.time.as_ref().map(|t| t.value.as_str()))
//!     .collect();
//! assert_eq!(dates.first(), Some(&"2024-08-01TMO"));
//! assert!(timeline.expected().any(|e| timeline.event(e.event).text(text) == "taken"));
//! # Ok::<(), eventline::Error>(())
//! ```
//!
//! The temporal layer alone:
//!
//! ```
//! use eventline::{Document, time::{tag, TimeConfig}};
//!
//! let doc = Document::new("Funeral processions began on the morning of Aug. 1.")
//!     .with_dateline("2024-08-01".parse()?);
//! let times = tag(&doc, &TimeConfig::default());
//! let t = &times.timexes[0];
//! assert_eq!(t.text(doc.text()), "the morning of Aug. 1");
//! assert_eq!(t.value.timex3(), "2024-08-01TMO");
//! assert_eq!(t.kind.as_str(), "TIME");
//! # Ok::<(), eventline::Error>(())
//! ```
#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod corpus;
mod document;
mod error;
pub mod eval;
pub mod event;
pub mod export;
pub mod graph;
pub mod learn;
pub mod lexicon;
pub mod merge;
pub mod relation;
pub mod segment;
pub mod time;
pub mod timeline;
pub mod timeml;
pub mod wordnet;

pub use document::{Dateline, DatelineSource, Document, Span};
pub use error::{Error, Result};

/// The README's examples, tested.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
