//! Events: the verbs, nouns and adjectives that name something happening or holding ("ordered",
//! "assassination", "funeral"), with their TimeML class, tense, aspect and polarity, the
//! factuality a timeline needs (it happened, it is expected, it is only hypothetical, it did not
//! happen), their participants and a short summary.
//!
//! Detection and class come from a trained model ([`detect`]); tense, aspect, polarity, modality
//! and factuality from the verb group and the words that govern the event ([`attributes`]);
//! participants and summary from the sentence around it ([`summary`]).
//!
//! ```
//! use eventline::{Document, event::{self, EventClass, Factuality}, time::{tag, TimeConfig}};
//!
//! let doc = Document::new(
//!     "Khamenei ordered a direct attack on Israel, officials said. \
//!      His burial will be held on Friday.",
//! ).with_dateline("2024-08-01".parse()?);
//! let times = tag(&doc, &TimeConfig::default());
//! let events = event::extract(&doc, &times);
//! assert_eq!(events.find(doc.text(), "said").unwrap().class, EventClass::Reporting);
//! let ordered = events.find(doc.text(), "ordered").unwrap();
//! assert_eq!(ordered.factuality, Factuality::Actual);
//! // What was ordered has not happened yet.
//! let attack = events.find(doc.text(), "attack").unwrap();
//! assert_eq!(attack.factuality, Factuality::Future);
//! assert_eq!(ordered.summary, "Khamenei ordered a direct attack on Israel");
//! let held = events.find(doc.text(), "held").unwrap();
//! assert_eq!(held.factuality, Factuality::Future);
//! # Ok::<(), eventline::Error>(())
//! ```

pub mod attributes;
pub mod detect;
pub mod summary;

use crate::document::{Document, Span};
use crate::segment::pos::{self, Tag};
use crate::time::TimeAnnotation;
use serde::{Deserialize, Serialize};

/// The TimeML event class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventClass {
    /// Something that happens ("killed", "funeral").
    Occurrence,
    /// Someone saying something ("said", "told").
    Reporting,
    /// A circumstance that holds ("remains committed").
    State,
    /// An action that introduces another event ("ordered", "vowed").
    #[serde(rename = "I_ACTION")]
    IAction,
    /// A state of mind about another event ("expect", "want").
    #[serde(rename = "I_STATE")]
    IState,
    /// The start, continuation or end of another event ("began", "continued").
    Aspectual,
    /// Seeing or hearing another event ("saw", "heard").
    Perception,
}

impl EventClass {
    /// All classes, in a fixed order.
    pub const ALL: [EventClass; 7] = [
        EventClass::Occurrence,
        EventClass::Reporting,
        EventClass::State,
        EventClass::IAction,
        EventClass::IState,
        EventClass::Aspectual,
        EventClass::Perception,
    ];

    /// The TimeML name ("OCCURRENCE", "I_ACTION"…).
    ///
    /// ```
    /// use eventline::event::EventClass;
    /// assert_eq!(EventClass::IAction.as_str(), "I_ACTION");
    /// assert_eq!(EventClass::from_timeml("REPORTING"), Some(EventClass::Reporting));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            EventClass::Occurrence => "OCCURRENCE",
            EventClass::Reporting => "REPORTING",
            EventClass::State => "STATE",
            EventClass::IAction => "I_ACTION",
            EventClass::IState => "I_STATE",
            EventClass::Aspectual => "ASPECTUAL",
            EventClass::Perception => "PERCEPTION",
        }
    }

    /// The class a TimeML name denotes.
    pub fn from_timeml(s: &str) -> Option<EventClass> {
        EventClass::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The TimeML tense of an event's verb group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Tense {
    /// "killed", "had killed".
    Past,
    /// "says", "is meeting".
    Present,
    /// "will be taken".
    Future,
    /// "to avenge".
    Infinitive,
    /// A participle with no tensed auxiliary ("killed in the strike").
    Pastpart,
    /// A present participle with no auxiliary ("vowing revenge").
    Prespart,
    /// Nouns, adjectives, and verbs after a modal other than will/shall.
    None,
}

/// The TimeML aspect of an event's verb group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Aspect {
    /// Simple.
    None,
    /// "is meeting".
    Progressive,
    /// "has killed".
    Perfective,
    /// "has been meeting".
    PerfectiveProgressive,
}

/// Whether the event is asserted or denied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Polarity {
    /// Asserted.
    Pos,
    /// Denied ("did not attend", "no response").
    Neg,
}

/// What a timeline needs to know about an event's reality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Factuality {
    /// It happened or holds.
    Actual,
    /// It is planned, scheduled or expected ("will be taken", "is expected to respond").
    Future,
    /// It may or may not happen ("would aim", "are considering", "may not want").
    Hypothetical,
    /// It did not happen ("did not attend").
    Negated,
}

impl Factuality {
    /// The lower-case name ("actual", "future"…).
    pub fn as_str(self) -> &'static str {
        match self {
            Factuality::Actual => "actual",
            Factuality::Future => "future",
            Factuality::Hypothetical => "hypothetical",
            Factuality::Negated => "negated",
        }
    }
}

/// The part of speech of an event's trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventPos {
    /// A verb.
    Verb,
    /// A noun.
    Noun,
    /// An adjective.
    Adjective,
    /// Anything else.
    Other,
}

/// Who and what an event involves, as spans of the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participants {
    /// Who does it (the subject of a verb; "X's" or "by X" for a noun).
    pub agent: Option<Span>,
    /// What it is done to (the object of a verb; "of X" for a noun).
    pub theme: Option<Span>,
    /// Where ("in Tehran").
    pub place: Option<Span>,
}

/// One event mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The trigger word's bytes.
    pub span: Span,
    /// The index of its sentence in the document's segments.
    pub sentence: usize,
    /// Its sentence's bytes.
    pub sentence_span: Span,
    /// The index of its trigger token.
    pub token: usize,
    /// The trigger's lemma ("order", "assassination").
    pub lemma: String,
    /// The trigger's part of speech.
    pub pos: EventPos,
    /// TimeML class.
    pub class: EventClass,
    /// TimeML tense.
    pub tense: Tense,
    /// TimeML aspect.
    pub aspect: Aspect,
    /// TimeML polarity.
    pub polarity: Polarity,
    /// The modal that governs it ("would", "may"), if any.
    pub modality: Option<String>,
    /// Whether it happened, is expected, is hypothetical or did not happen.
    pub factuality: Factuality,
    /// Who and what it involves.
    pub participants: Participants,
    /// A short phrase saying who did what ("Khamenei ordered a direct attack on Israel").
    pub summary: String,
    /// The bytes the summary is taken from.
    pub summary_span: Span,
}

impl Event {
    /// The trigger as written.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }
}

/// The events of a document, with the part-of-speech tags they were found with.
#[derive(Debug, Clone, Default)]
pub struct EventAnnotation {
    /// The events, in text order.
    pub events: Vec<Event>,
    /// A part-of-speech tag per token of the time annotation's segments.
    pub tags: Vec<Tag>,
}

impl EventAnnotation {
    /// The events of sentence `s`, with their indices (events are in text order, so this is a
    /// binary search, not a scan).
    pub fn in_sentence(&self, s: usize) -> impl Iterator<Item = (usize, &Event)> + Clone {
        let start = self.events.partition_point(|e| e.sentence < s);
        let end = self.events.partition_point(|e| e.sentence <= s);
        self.events[start..end]
            .iter()
            .enumerate()
            .map(move |(k, e)| (start + k, e))
    }

    /// The event whose trigger overlaps `span`, found by binary search (events are in text
    /// order and do not overlap).
    ///
    /// ```
    /// use eventline::{Document, Span, event, time};
    /// let doc = Document::new("Iran attacked Israel.");
    /// let ev = event::extract(&doc, &time::tag(&doc, &Default::default()));
    /// assert_eq!(ev.overlapping(Span::new(5, 13)), Some(0));
    /// assert_eq!(ev.overlapping(Span::new(0, 4)), None);
    /// ```
    pub fn overlapping(&self, span: Span) -> Option<usize> {
        let i = self.events.partition_point(|e| e.span.end <= span.start);
        self.events
            .get(i)
            .filter(|e| e.span.start < span.end)
            .map(|_| i)
    }

    /// The first event whose trigger is `word`.
    pub fn find(&self, text: &str, word: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.text(text) == word)
    }
}

/// Find the events of a document whose times are already tagged.
///
/// Linear in the text's length.
pub fn extract(doc: &Document, times: &TimeAnnotation) -> EventAnnotation {
    extract_with(detect::model(), doc, times)
}

/// [`extract`] with another detection model (one trained by [`detect::train`]).
pub fn extract_with(
    model: &crate::learn::Model,
    doc: &Document,
    times: &TimeAnnotation,
) -> EventAnnotation {
    extract_at(model, doc, times, &[])
}

/// [`extract_with`], with events also at the tokens that start the `given` spans (gold events
/// of an evaluation, or a caller's own triggers); their class is the model's best.
///
/// ```
/// use eventline::{Document, Span, event, time};
/// let doc = Document::new("The index rose and the board met.");
/// let times = time::tag(&doc, &Default::default());
/// let given = [Span::new(10, 14)]; // "rose"
/// let ev = event::extract_at(event::detect::model(), &doc, &times, &given);
/// assert!(ev.find(doc.text(), "rose").is_some());
/// ```
pub fn extract_at(
    model: &crate::learn::Model,
    doc: &Document,
    times: &TimeAnnotation,
    given: &[Span],
) -> EventAnnotation {
    let text = doc.text();
    let seg = &times.segments;
    // The tagger and the event model share the words and their WordNet lemmas.
    let words = pos::Words::new(text, seg.tokens()).with_classes();
    let tags = pos::tag_words(pos::tagger(), &words, seg);
    let spans: Vec<Span> = times.timexes.iter().map(|t| t.span).collect();
    let view = detect::View::with_words(text, seg, &tags, words, &spans);
    let mut classes = detect::classify(model, &view);
    for s in given {
        let i = seg.tokens().partition_point(|t| t.span.end <= s.start);
        if i < classes.len() && classes[i].is_none() && seg.tokens()[i].span.start < s.end {
            classes[i] = Some(detect::best_class(model, &view, i));
        }
    }
    let mut events = Vec::new();
    for (i, class) in classes.iter().enumerate() {
        let Some(class) = *class else { continue };
        let sentence = seg.sentence_of_token(i).unwrap_or(0);
        let tag = tags[i];
        let pos = if pos::is_verb(tag) {
            EventPos::Verb
        } else if pos::is_noun(tag) {
            EventPos::Noun
        } else if pos::is_adjective(tag) {
            EventPos::Adjective
        } else {
            EventPos::Other
        };
        let group = attributes::verb_group(&view, i, pos);
        events.push(Event {
            span: seg.tokens()[i].span,
            sentence,
            sentence_span: seg
                .sentences()
                .get(sentence)
                .map_or(Span::new(0, 0), |s| s.span),
            token: i,
            lemma: view.lemma(i).to_string(),
            pos,
            class,
            tense: group.tense,
            aspect: group.aspect,
            polarity: group.polarity,
            modality: group.modality.map(str::to_string),
            factuality: Factuality::Actual,
            participants: Participants::default(),
            summary: String::new(),
            summary_span: seg.tokens()[i].span,
        });
    }
    attributes::coordinated(&view, &mut events);
    attributes::factuality(&view, &mut events);
    for e in &mut events {
        let (participants, summary, summary_span) = summary::describe(&view, e);
        e.participants = participants;
        e.summary = summary;
        e.summary_span = summary_span;
    }
    EventAnnotation { events, tags }
}
