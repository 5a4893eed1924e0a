//! Causal relations from cues: "in response to", "in retaliation for", "to avenge", "because
//! of", "due to", "in the wake of", "following" (weak) put the cause after the cue; "led to",
//! "prompted", "sparked", "triggered", "paved the way for" put it before. A cause is also
//! before its effect; the graph enforces that.
//!
//! The effect of a cue that follows it is the clause's own (finite) verb, not an infinitive
//! it governs nor a report ("said") around it; a cue opening the sentence ("Because of the
//! strike, the company closed ...") finds it after the comma. A passive turns a causative verb
//! around ("was triggered by the sale"), and names no cause without its agent ("would be
//! allowed to leave"); a happening as the agent of any passive is its cause ("were hurt by the
//! disposal"), a person or an order ("followed by") is not.
//!
//! Beyond single cues: a causative with an object and an infinitive makes the infinitive the
//! effect ("led employers to raise wages"); "which" and a participle point at the noun they
//! follow ("the dispute, which stems from ...", "claims stemming from ..."); an outcome in
//! money or lives names its cause with "from" or "related to"; causes joined by "and" are all
//! causes; and a phrase cue's cause is the noun phrase right after it.

use super::phrases::FirstWords;
use super::{Evidence, Relation, RelationKind};
use crate::document::Span;
use crate::event::attributes::{FUTURE_GOVERNORS, HYPOTHETICAL_GOVERNORS, NEGATING_GOVERNORS};
use crate::event::{Aspect, EventAnnotation, EventClass, EventPos, Tense};
use crate::lexicon::Lex;
use crate::time::TimeAnnotation;

/// Where the cause stands relative to the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CauseSide {
    /// "X in response to Y": the cause follows the cue.
    After,
    /// "Y prompted X": the cause precedes the cue (its subject, a noun first).
    Before,
    /// "Y happened, so X": the cause is the clause before the cue (its verb first).
    BeforeClause,
    /// "X was hurt by Y": a happening as the agent of a passive is its cause (a person or
    /// a company, not an event, gives no link).
    Agent,
}

/// Causal cues (lower case, as token sequences), their direction, kind and confidence.
pub const CUES: &[(&str, CauseSide, RelationKind, f32)] = &[
    (
        "in response to",
        CauseSide::After,
        RelationKind::Causes,
        0.85,
    ),
    (
        "in retaliation for",
        CauseSide::After,
        RelationKind::Causes,
        0.9,
    ),
    (
        "in retaliation to",
        CauseSide::After,
        RelationKind::Causes,
        0.9,
    ),
    (
        "in revenge for",
        CauseSide::After,
        RelationKind::Causes,
        0.9,
    ),
    ("to avenge", CauseSide::After, RelationKind::Causes, 0.85),
    ("avenge", CauseSide::After, RelationKind::Causes, 0.8),
    (
        "retaliate for",
        CauseSide::After,
        RelationKind::Causes,
        0.85,
    ),
    (
        "retaliation for",
        CauseSide::After,
        RelationKind::Causes,
        0.85,
    ),
    ("response to", CauseSide::After, RelationKind::Causes, 0.8),
    ("respond to", CauseSide::After, RelationKind::Causes, 0.8),
    ("because of", CauseSide::After, RelationKind::Causes, 0.85),
    ("due to", CauseSide::After, RelationKind::Causes, 0.8),
    ("owing to", CauseSide::After, RelationKind::Causes, 0.8),
    (
        "as a result of",
        CauseSide::After,
        RelationKind::Causes,
        0.85,
    ),
    (
        "in the wake of",
        CauseSide::After,
        RelationKind::Causes,
        0.6,
    ),
    (
        "in the aftermath of",
        CauseSide::After,
        RelationKind::Causes,
        0.55,
    ),
    ("following", CauseSide::After, RelationKind::Causes, 0.4),
    ("because", CauseSide::After, RelationKind::Causes, 0.75),
    // Only where the clause is not in the perfect ("has been built since ..." is a time).
    ("since", CauseSide::After, RelationKind::Causes, 0.5),
    ("thanks to", CauseSide::After, RelationKind::Causes, 0.75),
    ("stems from", CauseSide::After, RelationKind::Causes, 0.8),
    ("stemmed from", CauseSide::After, RelationKind::Causes, 0.8),
    ("stemming from", CauseSide::After, RelationKind::Causes, 0.8),
    (
        "resulting from",
        CauseSide::After,
        RelationKind::Causes,
        0.8,
    ),
    ("resulted from", CauseSide::After, RelationKind::Causes, 0.8),
    ("result from", CauseSide::After, RelationKind::Causes, 0.75),
    (", so", CauseSide::BeforeClause, RelationKind::Causes, 0.6),
    (
        "therefore",
        CauseSide::BeforeClause,
        RelationKind::Causes,
        0.65,
    ),
    ("thus", CauseSide::BeforeClause, RelationKind::Causes, 0.55),
    (
        "consequently",
        CauseSide::BeforeClause,
        RelationKind::Causes,
        0.65,
    ),
    ("by", CauseSide::Agent, RelationKind::Causes, 0.6),
    ("reflecting", CauseSide::After, RelationKind::Causes, 0.6),
    ("reflected", CauseSide::After, RelationKind::Causes, 0.55),
    ("reflects", CauseSide::After, RelationKind::Causes, 0.55),
    (
        "as punishment for",
        CauseSide::After,
        RelationKind::Causes,
        0.8,
    ),
    (
        "in punishment for",
        CauseSide::After,
        RelationKind::Causes,
        0.8,
    ),
    (
        "in exchange for",
        CauseSide::After,
        RelationKind::Causes,
        0.5,
    ),
    ("pursuant to", CauseSide::After, RelationKind::Enables, 0.6),
    (
        "as a result ,",
        CauseSide::BeforeClause,
        RelationKind::Causes,
        0.7,
    ),
    ("result in", CauseSide::Before, RelationKind::Causes, 0.8),
    ("touched off", CauseSide::Before, RelationKind::Causes, 0.85),
    ("permit", CauseSide::Before, RelationKind::Enables, 0.6),
    ("permits", CauseSide::Before, RelationKind::Enables, 0.6),
    ("permitted", CauseSide::Before, RelationKind::Enables, 0.6),
    ("enable", CauseSide::Before, RelationKind::Enables, 0.7),
    ("enables", CauseSide::Before, RelationKind::Enables, 0.7),
    ("helped", CauseSide::Before, RelationKind::Enables, 0.5),
    ("help", CauseSide::Before, RelationKind::Enables, 0.45),
    ("helps", CauseSide::Before, RelationKind::Enables, 0.5),
    ("ensure", CauseSide::Before, RelationKind::Enables, 0.5),
    ("cause", CauseSide::Before, RelationKind::Causes, 0.7),
    ("causes", CauseSide::Before, RelationKind::Causes, 0.75),
    ("force", CauseSide::Before, RelationKind::Causes, 0.55),
    ("led to", CauseSide::Before, RelationKind::Causes, 0.85),
    ("leading to", CauseSide::Before, RelationKind::Causes, 0.8),
    ("lead to", CauseSide::Before, RelationKind::Causes, 0.7),
    ("prompted", CauseSide::Before, RelationKind::Causes, 0.85),
    ("prompting", CauseSide::Before, RelationKind::Causes, 0.8),
    ("sparked", CauseSide::Before, RelationKind::Causes, 0.85),
    ("sparking", CauseSide::Before, RelationKind::Causes, 0.8),
    ("triggered", CauseSide::Before, RelationKind::Causes, 0.85),
    ("triggering", CauseSide::Before, RelationKind::Causes, 0.8),
    ("caused", CauseSide::Before, RelationKind::Causes, 0.85),
    ("causing", CauseSide::Before, RelationKind::Causes, 0.8),
    ("resulted in", CauseSide::Before, RelationKind::Causes, 0.85),
    ("provoked", CauseSide::Before, RelationKind::Causes, 0.8),
    // The present tense of the same verbs: "the request triggers steps".
    ("leads to", CauseSide::Before, RelationKind::Causes, 0.8),
    ("results in", CauseSide::Before, RelationKind::Causes, 0.8),
    ("prompts", CauseSide::Before, RelationKind::Causes, 0.8),
    ("sparks", CauseSide::Before, RelationKind::Causes, 0.8),
    ("triggers", CauseSide::Before, RelationKind::Causes, 0.8),
    ("provokes", CauseSide::Before, RelationKind::Causes, 0.75),
    ("forced", CauseSide::Before, RelationKind::Causes, 0.6),
    ("forces", CauseSide::Before, RelationKind::Causes, 0.6),
    (
        "paved the way for",
        CauseSide::Before,
        RelationKind::Enables,
        0.75,
    ),
    ("allowed", CauseSide::Before, RelationKind::Enables, 0.6),
    ("allow", CauseSide::Before, RelationKind::Enables, 0.55),
    ("allows", CauseSide::Before, RelationKind::Enables, 0.6),
    ("allowing", CauseSide::Before, RelationKind::Enables, 0.55),
    ("resulting in", CauseSide::Before, RelationKind::Causes, 0.8),
    (
        "responsible for",
        CauseSide::Before,
        RelationKind::Causes,
        0.6,
    ),
    ("enabled", CauseSide::Before, RelationKind::Enables, 0.7),
    // Causatives that need an object and an infinitive ([`OBJECT_INFINITIVE`]): "the demand
    // led employers to raise wages", "pressure to make him decide".
    ("led", CauseSide::Before, RelationKind::Causes, 0.65),
    ("leads", CauseSide::Before, RelationKind::Causes, 0.65),
    ("lead", CauseSide::Before, RelationKind::Causes, 0.6),
    ("compelled", CauseSide::Before, RelationKind::Causes, 0.7),
    ("persuaded", CauseSide::Before, RelationKind::Causes, 0.6),
    ("convinced", CauseSide::Before, RelationKind::Causes, 0.6),
    ("pushed", CauseSide::Before, RelationKind::Causes, 0.55),
    ("drove", CauseSide::Before, RelationKind::Causes, 0.6),
    ("make", CauseSide::Before, RelationKind::Causes, 0.5),
    ("makes", CauseSide::Before, RelationKind::Causes, 0.5),
    ("made", CauseSide::Before, RelationKind::Causes, 0.5),
    // After a gain, a loss or a charge ([`RESULTS`]) only: "a gain from the sale".
    ("from", CauseSide::After, RelationKind::Causes, 0.55),
    ("related to", CauseSide::After, RelationKind::Causes, 0.55),
    (
        "associated with",
        CauseSide::After,
        RelationKind::Causes,
        0.55,
    ),
    (
        "in connection with",
        CauseSide::After,
        RelationKind::Causes,
        0.55,
    ),
    ("tied to", CauseSide::After, RelationKind::Causes, 0.55),
    // "X is a principal reason (why) Y" ([`reason_of`]).
    ("reason", CauseSide::After, RelationKind::Causes, 0.6),
    // "The move follows Tuesday's declaration": news tells a response by what it follows
    // ([`FOLLOWS`]).
    ("follows", CauseSide::After, RelationKind::Causes, 0.45),
    ("followed", CauseSide::After, RelationKind::Causes, 0.45),
];

/// "the unpredictability of its leader is a principal reason the U.S. is going to such
/// lengths": the subject before "is ... reason" is the cause of the clause's verb after it, as
/// (cause, effect). `None` when the word is not in that frame.
fn reason_of(
    text: &str,
    toks: &[crate::segment::Token],
    events: &EventAnnotation,
    in_sent: std::ops::Range<usize>,
    sentence: std::ops::Range<usize>,
    at: usize,
) -> Option<(usize, usize)> {
    let ev = &events.events;
    let is = |k: usize, w: &str| toks[k].span.of(text).eq_ignore_ascii_case(w);
    let tag = |k: usize| tag_at(&events.tags, k);
    // Back over adjectives and a determiner to a form of "be".
    let mut k = at;
    while k > sentence.start && matches!(tag(k - 1), "JJ" | "JJS" | "JJR" | "RB" | "CD") {
        k -= 1;
    }
    if k <= sentence.start + 1
        || !["a", "the", "one", "another", "main", "major"]
            .iter()
            .any(|w| is(k - 1, w))
    {
        return None;
    }
    let be = k - 2;
    if !["is", "was", "are", "were", "remains", "remained"]
        .iter()
        .any(|w| is(be, w))
    {
        return None;
    }
    // The subject's head: the first noun event of the clause before "be".
    let clause_start = (sentence.start..be)
        .rev()
        .find(|&t| !toks[t].is_word() && !toks[t].is_punct('\''))
        .map_or(sentence.start, |t| t + 1);
    let cause = in_sent
        .clone()
        .filter(|&e| ev[e].token >= clause_start && ev[e].token < be)
        .filter(|&e| ev[e].pos == EventPos::Noun)
        .min_by_key(|&e| ev[e].token)?;
    // The effect: the first finite verb of the clause after it ("why" and "that" optional).
    let effect = in_sent
        .filter(|&e| ev[e].token > at && ev[e].token - at <= WINDOW)
        .filter(|&e| {
            ev[e].pos == EventPos::Verb
                && matches!(ev[e].tense, Tense::Past | Tense::Present | Tense::Future)
        })
        .min_by_key(|&e| ev[e].token)?;
    (!(at + 1..ev[effect].token).any(|t| toks[t].is_punct(','))).then_some((cause, effect))
}

/// Words that open a subordinate clause of time or condition.
const SUBORDINATORS: &[&str] = &["when", "while", "if", "once", "whenever", "until"];

/// Verbs whose subject is the effect and whose object the cause: "a rise in prices followed
/// the invasion".
const FOLLOWS: &[&str] = &["follows", "followed"];

/// Cues that are causal only after an outcome counted in money or lives ([`RESULTS`]): "a
/// gain from the sale", "a charge related to problems", not "a letter from the minister".
const RESULT_CUES: &[&str] = &[
    "from",
    "related to",
    "associated with",
    "in connection with",
    "tied to",
];

/// Verbs of harm and gain that name what brought them about with "from": "was hospitalized
/// from cuts", "died from wounds", "benefited from the sale".
const SUFFERED: &[&str] = &[
    "died",
    "hospitalized",
    "suffered",
    "suffering",
    "suffers",
    "benefited",
    "benefiting",
    "benefits",
    "profited",
    "recovering",
    "injured",
];

/// Whether a cue (as words) is one of [`RESULT_CUES`].
fn is_result_cue(cue: &[&str]) -> bool {
    RESULT_CUES
        .iter()
        .any(|r| r.split(' ').eq(cue.iter().copied()))
}

/// Outcomes that what brought them about may follow: "a gain from the sale of the unit".
const RESULTS: &[&str] = &[
    "gain",
    "gains",
    "loss",
    "losses",
    "charge",
    "charges",
    "profit",
    "profits",
    "income",
    "revenue",
    "revenues",
    "earnings",
    "proceeds",
    "savings",
    "damage",
    "damages",
    "deaths",
    "casualties",
    "injuries",
    "costs",
    "expenses",
    "write-off",
    "write-offs",
    "writedown",
    "writedowns",
    "write-down",
    "write-downs",
    "provision",
    "reserve",
    "reserves",
];

/// The part-of-speech tag name of token `k` ("" past the end).
fn tag_at(tags: &[crate::segment::pos::Tag], k: usize) -> &'static str {
    tags.get(k).map_or("", |&t| crate::segment::pos::name(t))
}

/// Whether token `k` lies inside a time expression.
fn in_time(times: &TimeAnnotation, toks: &[crate::segment::Token], k: usize) -> bool {
    let at = toks[k].span.start;
    let n = times.timexes.partition_point(|x| x.span.end <= at);
    times.timexes.get(n).is_some_and(|x| x.span.start <= at)
}

/// Participles that modify the noun before them: "claims stemming from the hurricane".
const MODIFYING: &[&str] = &["stemming", "resulting", "arising", "following"];

/// Causative cues that are cues only with an object and an infinitive ("led employers to
/// raise wages", not "led the team"; "made him leave", not "made a profit"): the infinitive
/// is the effect.
const OBJECT_INFINITIVE: &[&str] = &[
    "led",
    "leads",
    "lead",
    "compelled",
    "persuaded",
    "convinced",
    "pushed",
    "drove",
    "make",
    "makes",
    "made",
];

/// Of those, the ones whose infinitive is bare ("made him leave").
const BARE_INFINITIVE: &[&str] = &["make", "makes", "made"];

/// Causatives whose object and infinitive make them verbs even when tagged as nouns
/// ("until sanctions force Saddam to withdraw").
const FORCING: &[&str] = &["force", "forces", "forced", "prompted", "caused"];

/// The infinitive after a causative's object: "to" and a base-form verb (or, when `bare`, the
/// base form alone) within four tokens of `from`, with no punctuation before it.
fn object_infinitive(
    text: &str,
    toks: &[crate::segment::Token],
    tags: &[crate::segment::pos::Tag],
    from: usize,
    limit: usize,
    bare: bool,
) -> Option<usize> {
    let tag = |k: usize| tag_at(tags, k);
    // "Soviet-led effort": a compound adjective, not a verb.
    if from > 0 && toks[from - 1].is_punct('-') {
        return None;
    }
    // The object: a noun phrase right after the cue ("a force to protect" has none), with no
    // verb in it ("the force is adequate to carry"); a bare infinitive's object is a name, a
    // pronoun or a determined noun ("made him leave", not "makes sense").
    let first = from + 1;
    if first >= limit
        || toks[first].span.of(text).eq_ignore_ascii_case("to")
        || (bare && !matches!(tag(first), "PRP" | "NNP" | "NNPS" | "DT" | "PRP$"))
    {
        return None;
    }
    let end = limit.min(from + 6).min(toks.len());
    for (k, tok) in toks.iter().enumerate().take(end).skip(first) {
        if !tok.is_word() {
            return None;
        }
        if bare && k > first && tag(k) == "VB" {
            return Some(k);
        }
        if !bare && tok.span.of(text).eq_ignore_ascii_case("to") {
            return (k + 1 < limit && tag(k + 1) == "VB").then_some(k + 1);
        }
        if tag(k).starts_with("VB") || tag(k) == "MD" {
            return None;
        }
    }
    None
}

/// Cues whose own word is the effect when it is an event ("avenge the killing": the avenging
/// is caused by the killing), by first word.
pub const ACTION_CUES: &[&str] = &[
    "to",
    "avenge",
    "retaliate",
    "retaliation",
    "response",
    "respond",
];

/// A cue split into words, with its side, kind and confidence.
type Cue = (Vec<&'static str>, CauseSide, RelationKind, f32);

/// [`CUES`] split into words and indexed by their first word.
struct CueTable {
    cues: Vec<Cue>,
    first: FirstWords,
}

impl CueTable {
    /// The cues whose first word is `word` (any case), in table order.
    fn starting_with<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a Cue> + 'a {
        self.first.rows(word).iter().map(|&k| &self.cues[k])
    }
}

fn cue_table() -> &'static CueTable {
    static TABLE: std::sync::OnceLock<CueTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| CueTable {
        cues: CUES
            .iter()
            .map(|(c, side, kind, conf)| (c.split(' ').collect(), *side, *kind, *conf))
            .collect(),
        first: FirstWords::new(CUES.iter().map(|c| c.0)),
    })
}

/// Passives whose agent is not their cause ("followed by a restructuring").
const NOT_AGENT_CAUSED: &[&str] = &[
    "followed",
    "preceded",
    "accompanied",
    "replaced",
    "succeeded",
    "joined",
    "sought",
    "acquired",
    "bought",
];

/// Words that close an agent phrase ("by worries about possible declines": worries).
const AGENT_ENDS: &[&str] = &[
    "of", "in", "on", "at", "for", "from", "and", "or", "that", "about", "with", "to", "over",
    "after", "before", "as", "which", "who", "when", "while", "if", "because", "since", "where",
    "until",
];

/// "hurt (badly) by (sharp price) declines": the passive participle just before the "by" at
/// token `by` is the effect, the first event of the agent phrase its cause ("by continuing
/// economic problems": the noun, not the participle that modifies it).
fn passive_agent(
    text: &str,
    toks: &[crate::segment::Token],
    times: &TimeAnnotation,
    events: &EventAnnotation,
    in_sent: std::ops::Range<usize>,
    by: usize,
) -> (Option<usize>, Option<usize>) {
    let ev = &events.events;
    // "were hurt by", "offset in part by": a past participle at most three tokens back, or
    // farther when only a time stands between ("was delayed earlier in the year by").
    let effect = in_sent
        .clone()
        .filter(|&k| {
            let t = ev[k].token;
            let adverbial = |x: usize| {
                let w = toks[x].span.of(text);
                in_time(times, toks, x)
                    || (w.len() > 4 && w.ends_with("ly"))
                    || [
                        "earlier", "later", "in", "on", "at", "during", "again", "also",
                    ]
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(w))
            };
            t < by && (by - t <= 3 || (by - t <= 8 && (t + 1..by).all(adverbial)))
        })
        .filter(|&k| {
            ev[k].pos == EventPos::Verb
                && events
                    .tags
                    .get(ev[k].token)
                    .is_some_and(|&t| crate::segment::pos::name(t) == "VBN")
        })
        .max_by_key(|&k| ev[k].token)
        // "followed by" orders; "sparked by" is read as a cue of its own.
        .filter(|&k| {
            let w = ev[k].span.of(text);
            !NOT_AGENT_CAUSED.iter().any(|x| x.eq_ignore_ascii_case(w))
                && !CUES
                    .iter()
                    .any(|(c, side, ..)| *side == CauseSide::Before && c.eq_ignore_ascii_case(w))
        });
    // The agent phrase ends at the next preposition-like word or punctuation.
    let end = (by + 1..toks.len().min(by + 6))
        .find(|&k| {
            let w = toks[k].span.of(text);
            !toks[k].is_word() || AGENT_ENDS.contains(&w)
        })
        .unwrap_or(by + 6);
    let mut agent = in_sent.filter(|&k| ev[k].token > by && ev[k].token < end);
    let first = agent.next();
    let cause = match first {
        Some(k) if ev[k].tense == Tense::Prespart => {
            agent.find(|&n| ev[n].pos == EventPos::Noun).or(first)
        }
        other => other,
    };
    (cause, effect.filter(|_| cause.is_some()))
}

/// The noun event joined to event `k` by "and" or "or": the one after it (`forward`, "the
/// reserves and continued low prices") or before it ("the hurricane and the earthquake"), at
/// most five tokens from the conjunction and with no punctuation but a hyphen in between.
fn coordinated(
    text: &str,
    toks: &[crate::segment::Token],
    events: &EventAnnotation,
    in_sent: std::ops::Range<usize>,
    k: usize,
    forward: bool,
) -> Option<usize> {
    let ev = &events.events;
    let conj = |t: usize| {
        toks[t].span.of(text).eq_ignore_ascii_case("and")
            || toks[t].span.of(text).eq_ignore_ascii_case("or")
    };
    // Only the words of a noun phrase between ("continued low natural-gas prices"), not a
    // preposition or a verb that starts another ("lost orders following the talks").
    let plain = |a: usize, b: usize| {
        (a..b).all(|t| {
            let tag = tag_at(&events.tags, t);
            (toks[t].is_word() || toks[t].num().is_some() || toks[t].is_punct('-'))
                && !matches!(
                    tag,
                    "IN" | "TO" | "VBG" | "VBD" | "VBZ" | "VBP" | "MD" | "WDT"
                )
        })
    };
    let at = ev[k].token;
    if forward {
        // The conjunction right after the noun (its own modifiers come before it).
        let c = at + 1;
        if c >= toks.len() || !conj(c) {
            return None;
        }
        in_sent
            .filter(|&n| ev[n].token > c && ev[n].token - c <= 6 && ev[n].pos == EventPos::Noun)
            .min_by_key(|&n| ev[n].token)
            .filter(|&n| plain(c + 1, ev[n].token))
    } else {
        // The conjunction before the noun's phrase ("and the California earthquake").
        let c = (at.saturating_sub(5)..at).rev().find(|&t| conj(t))?;
        if !plain(c + 1, at) {
            return None;
        }
        in_sent
            .filter(|&n| ev[n].token < c && c - ev[n].token <= 3 && ev[n].pos == EventPos::Noun)
            .max_by_key(|&n| ev[n].token)
            .filter(|&n| plain(ev[n].token + 1, c))
    }
}

/// Words that may stand inside a cue without changing it: "due mostly to", "thanks in part
/// to", "as a direct result of".
const HEDGES: &[&[&str]] = &[
    &["mostly"],
    &["largely"],
    &["partly"],
    &["mainly"],
    &["primarily"],
    &["partially"],
    &["chiefly"],
    &["entirely"],
    &["also"],
    &["only"],
    &["direct"],
    &["in", "part"],
    &["in", "large", "part"],
];

/// The first words of the cues a hedge may stand in ("due", "thanks", "as a result of"); other
/// cues, "in response to" among them, must match word for word (and "in", a frequent word,
/// is then checked against each of its cues only once).
const HEDGED: &[&str] = &[
    "due",
    "thanks",
    "owing",
    "as",
    "because",
    "stemming",
    "resulting",
];

/// Where the cue starting at token `i` ends (exclusive), its words matched in order with
/// hedges allowed between them; `None` if it does not match before `limit`.
fn cue_end(
    is: &impl Fn(usize, &str) -> bool,
    cue: &[&str],
    i: usize,
    limit: usize,
) -> Option<usize> {
    let hedged = HEDGED.contains(&cue[0]);
    let mut at = i + 1;
    for w in cue.iter().skip(1) {
        loop {
            if at >= limit {
                return None;
            }
            if is(at, w) {
                break;
            }
            if !hedged {
                return None;
            }
            let hedge = HEDGES.iter().find(|h| {
                at + h.len() <= limit && h.iter().enumerate().all(|(k, x)| is(at + k, x))
            })?;
            at += hedge.len();
        }
        at += 1;
    }
    Some(at)
}

/// How far (in tokens) cause and effect may be from the cue.
pub const WINDOW: usize = 12;

/// Add the causal relations of the document to `out`.
pub fn relate(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
    out: &mut Vec<Relation>,
) {
    let seg = &times.segments;
    let toks = seg.tokens();
    let ev = &events.events;
    let is = |k: usize, w: &str| toks[k].span.of(text).eq_ignore_ascii_case(w);
    let cues = cue_table();

    let mut e = 0;
    for (s, sent) in seg.sentences().iter().enumerate() {
        let start = e;
        while e < ev.len() && ev[e].sentence == s {
            e += 1;
        }
        if e - start < 2 {
            continue;
        }
        let in_sent = start..e;
        let mut i = sent.tokens.start;
        while i < sent.tokens.end {
            let found = cues
                .starting_with(toks[i].span.of(text))
                .find_map(|c| Some((c, cue_end(&is, c.0.as_slice(), i, sent.tokens.end)?)));
            let Some(((cue, side, kind, confidence), end)) = found else {
                i += 1;
                continue;
            };
            // "led employers to raise wages": the infinitive after the object is the effect.
            let infinitive = (cue.len() == 1
                && (OBJECT_INFINITIVE.contains(&cue[0]) || FORCING.contains(&cue[0])))
            .then(|| {
                let bare = BARE_INFINITIVE.contains(&cue[0]);
                object_infinitive(text, toks, &events.tags, end - 1, sent.tokens.end, bare)
            })
            .flatten();
            if OBJECT_INFINITIVE.contains(&cue[0]) && cue.len() == 1 && infinitive.is_none() {
                i += 1;
                continue;
            }
            if *cue == ["reason"] {
                if let Some((c, x)) =
                    reason_of(text, toks, events, in_sent.clone(), sent.tokens.clone(), i)
                {
                    out.push(Relation {
                        source: c,
                        target: x,
                        kind: *kind,
                        evidence: Evidence::signal("causal-cue", toks[i].span, text),
                        confidence: *confidence,
                    });
                }
                i = end;
                continue;
            }
            // "was followed by", "followed by a restructuring", "as follows": an order, not a
            // cause (the passive is read by the agent rule).
            if cue.len() == 1
                && FOLLOWS.contains(&cue[0])
                && ((end < sent.tokens.end && is(end, "by"))
                    || !crate::segment::pos::is_verb(events.tags[i])
                    || (i > sent.tokens.start
                        && [
                            "as", "is", "was", "were", "be", "been", "are", "has", "have", "had",
                        ]
                        .iter()
                        .any(|w| is(i - 1, w))))
            {
                i += 1;
                continue;
            }
            // "prompted", "forces": verbs, not "the Israel Defense Forces".
            if *side == CauseSide::Before
                && cue.len() == 1
                && !crate::segment::pos::is_verb(events.tags[i])
                && infinitive.is_none()
            {
                i += 1;
                continue;
            }
            // "due to expire": scheduled, not caused.
            if cue.len() == 2
                && cue[0] == "due"
                && events
                    .tags
                    .get(end)
                    .is_some_and(|&t| crate::segment::pos::name(t) == "VB")
            {
                i += 1;
                continue;
            }
            // "the following year", "the week following the crash": an adjective, or a time.
            // ("she's following the talks closely" is a verb.)
            if cue[0] == "following"
                && i > sent.tokens.start
                && (super::temporal::DEFINITE.iter().any(|d| is(i - 1, d))
                    || ["s", "is", "are", "was", "were", "be", "been", "am"]
                        .iter()
                        .any(|w| is(i - 1, w))
                    || matches!(
                        toks[i - 1].lex,
                        Lex::Unit(_) | Lex::Units(_) | Lex::DayPart(_)
                    ))
            {
                i += 1;
                continue;
            }
            // "a gain (of $2 million) from the sale": the outcome before the cue, with no verb
            // between, is the effect; the first noun after it, the cause.
            let outcome = if *side == CauseSide::After && is_result_cue(cue) {
                let outcome = in_sent
                    .clone()
                    .filter(|&k| ev[k].token < i && i - ev[k].token <= 6)
                    .max_by_key(|&k| ev[k].token)
                    .filter(|&k| {
                        let w = ev[k].span.of(text);
                        let outcome_noun = ev[k].pos == EventPos::Noun
                            && RESULTS.iter().any(|r| w.eq_ignore_ascii_case(r));
                        // "was hospitalized from cuts", "died from his wounds".
                        let suffered = *cue == ["from"]
                            && i - ev[k].token <= 2
                            && SUFFERED.iter().any(|r| w.eq_ignore_ascii_case(r));
                        (outcome_noun || suffered)
                            && !(ev[k].token + 1..i).any(|t| {
                                crate::segment::pos::is_verb(events.tags[t])
                                    || toks[t].is_punct(',')
                            })
                    });
                let Some(outcome) = outcome else {
                    i += 1;
                    continue;
                };
                let source = in_sent
                    .clone()
                    .filter(|&k| ev[k].token >= end && ev[k].token - end <= 3)
                    .filter(|&k| ev[k].pos == EventPos::Noun || ev[k].tense == Tense::Prespart)
                    .min_by_key(|&k| ev[k].token)
                    // In the phrase after the cue: "from injuries after the attack" names
                    // injuries, not the attack.
                    .filter(|&k| {
                        (end..ev[k].token).all(|t| tag_at(&events.tags, t) != "IN" || is(t, "of"))
                    });
                Some((source, outcome))
            } else {
                None
            };
            let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
            let mut link = |cause: Option<usize>, effect: Option<usize>| {
                if let (Some(c), Some(x)) = (cause, effect) {
                    if c != x {
                        out.push(Relation {
                            source: c,
                            target: x,
                            kind: *kind,
                            evidence: Evidence::signal("causal-cue", span, text),
                            confidence: *confidence,
                        });
                    }
                }
            };
            // "by" is frequent: its own rule, before the candidates the other cues look at.
            if *side == CauseSide::Agent {
                let (cause, mut effect) =
                    passive_agent(text, toks, times, events, in_sent.clone(), i);
                // "depressed by overnight losses and by the drop in sterling": a second agent
                // of the same participle.
                if effect.is_none() && cause.is_some() && i > sent.tokens.start && is(i - 1, "and")
                {
                    effect = (i.saturating_sub(12).max(sent.tokens.start)..i - 1)
                        .rev()
                        .filter(|&p| is(p, "by"))
                        .find_map(|p| {
                            passive_agent(text, toks, times, events, in_sent.clone(), p).1
                        });
                }
                link(cause, effect);
                i = end;
                continue;
            }
            // An event that is the cue's own word ("avenge", "response", "prompted").
            let cue_event = in_sent
                .clone()
                .find(|&k| ev[k].token >= i && ev[k].token < end)
                .filter(|_| ACTION_CUES.contains(&cue[0]));
            let before = in_sent
                .clone()
                .filter(|&k| ev[k].token < i && i - ev[k].token <= WINDOW)
                .filter(|&k| ev[k].class != EventClass::Reporting)
                .max_by_key(|&k| (ev[k].pos == EventPos::Noun, ev[k].token));
            let before_verb = in_sent
                .clone()
                .filter(|&k| ev[k].token < i && i - ev[k].token <= WINDOW)
                .max_by_key(|&k| (ev[k].pos != EventPos::Noun, ev[k].token));
            let after = in_sent
                .clone()
                .filter(|&k| ev[k].token >= end && ev[k].token - end <= WINDOW)
                .min_by_key(|&k| ev[k].token);
            // "pursuant to a previously announced agreement": a participle that modifies a noun
            // event gives way to the noun.
            let after = after.map(|a| {
                let modifier = matches!(tag_at(&events.tags, ev[a].token), "VBN" | "JJ");
                let noun = in_sent
                    .clone()
                    .filter(|&k| ev[k].token > ev[a].token && ev[k].token - ev[a].token <= 3)
                    .filter(|&k| ev[k].pos == EventPos::Noun)
                    .min_by_key(|&k| ev[k].token)
                    .filter(|&k| (ev[a].token + 1..ev[k].token).all(|t| toks[t].is_word()));
                match noun {
                    Some(n) if modifier && ev[a].pos != EventPos::Noun => n,
                    _ => a,
                }
            });
            // The clause's own verb, not one of its complements: "has offered to help offset
            // Jordan's costs because ...": offered.
            let finite = |k: &usize| {
                let t = ev[*k].token;
                ev[*k].pos == EventPos::Verb
                    && matches!(ev[*k].tense, Tense::Past | Tense::Present | Tense::Future)
                    // "to help offset": a bare infinitive is read as a past form at times.
                    && (t == 0 || !["to", "help", "helps", "helped", "let", "make"].iter().any(|w| is(t - 1, w)))
            };
            // A report ("the company said the moves are logical because ...") is not what the
            // cause brings about.
            let finite_before = |limit: usize, window: usize| {
                in_sent
                    .clone()
                    .filter(|&k| ev[k].token < limit && i - ev[k].token <= window)
                    .filter(|k| finite(k) && ev[*k].class != EventClass::Reporting)
                    .max_by_key(|&k| ev[k].token)
            };
            // "he wasn't troubled by it when it began ..., because it added liquidity": a verb
            // inside a "when" clause is not what the cause explains; the verb before it is.
            let before_finite = finite_before(i, WINDOW).map(|k| {
                let t = ev[k].token;
                let sub = (t.saturating_sub(4).max(sent.tokens.start)..t)
                    .rev()
                    .find(|&s| SUBORDINATORS.iter().any(|w| is(s, w)));
                match sub {
                    Some(s) if !(s + 1..t).any(|x| !toks[x].is_word()) => {
                        finite_before(s, 2 * WINDOW).unwrap_or(k)
                    }
                    _ => k,
                }
            });
            // "X over the killing, sources told Y, because Z": what comes before a report
            // belongs to another clause.
            let last_report = in_sent
                .clone()
                .filter(|&k| ev[k].token < i && ev[k].class == EventClass::Reporting)
                .map(|k| ev[k].token)
                .max();
            let before_in_clause = in_sent
                .clone()
                .filter(|&k| ev[k].token < i && i - ev[k].token <= WINDOW)
                .filter(|&k| last_report.is_none_or(|r| ev[k].token > r))
                .max_by_key(|&k| (ev[k].pos != EventPos::Noun, ev[k].token));
            // "Because (of) Y, X": a cue that opens the sentence puts the effect after the
            // comma that closes its clause.
            let opens = i == sent.tokens.start
                || (i == sent.tokens.start + 1
                    && matches!(toks[i - 1].span.of(text), "And" | "But" | "So"))
                || (i > sent.tokens.start && is(i - 1, "that"));
            let main_after_comma = (opens && *side == CauseSide::After)
                .then(|| (end..sent.tokens.end).find(|&k| toks[k].is_punct(',')))
                .flatten()
                .and_then(|comma| {
                    in_sent
                        .clone()
                        .filter(|&k| ev[k].token > comma && ev[k].token - comma <= WINDOW)
                        .filter(finite)
                        .min_by_key(|&k| ev[k].token)
                });
            // The "by" of a passive cue, right after it or past a few adverbs.
            let agent_by = (end..(end + 4).min(sent.tokens.end))
                .take_while(|&t| {
                    is(t, "by")
                        || [
                            "so", "far", "largely", "partly", "mainly", "in", "part", "also",
                        ]
                        .iter()
                        .any(|w| is(t, w))
                        || toks[t].span.of(text).ends_with("ly")
                })
                .find(|&t| is(t, "by"));
            let (cause, effect) = match side {
                CauseSide::Agent => (None, None), // handled above
                // "..., so the decision may reveal ...": the effect is the verb after the cue.
                CauseSide::BeforeClause => {
                    let verbs_after = || {
                        in_sent
                            .clone()
                            .filter(|&k| ev[k].token >= end && ev[k].token - end <= WINDOW)
                            .filter(|&k| ev[k].pos == EventPos::Verb)
                    };
                    let after_verb = verbs_after()
                        .filter(finite)
                        .min_by_key(|&k| ev[k].token)
                        // ("may come": a modal's verb; not "to close", a complement.)
                        .or_else(|| {
                            verbs_after()
                                .filter(|&k| ev[k].token == 0 || !is(ev[k].token - 1, "to"))
                                .min_by_key(|&k| ev[k].token)
                        });
                    (before_verb, after_verb.or(after))
                }
                // "X in response to Y": Y causes X (X: the cue's own event when it is one,
                // "avenge the killing"; else the clause's verb before the cue).
                CauseSide::After => (
                    // "because" opens a clause: its cause is the clause's verb.
                    // "since" is causal only before a clause ("since Vietnam" is a time).
                    if cue.len() == 1 && matches!(cue[0], "because" | "since") {
                        let verb = in_sent
                            .clone()
                            .filter(|&k| ev[k].token >= end && ev[k].token - end <= WINDOW)
                            .filter(finite)
                            .min_by_key(|&k| ev[k].token);
                        if cue[0] == "because" {
                            verb.or(after)
                        } else {
                            // ... of its own: "since Vietnam, 20,000 troops have massed" is not.
                            verb.filter(|&k| !(end..ev[k].token).any(|t| toks[t].is_punct(',')))
                        }
                    } else {
                        // The phrase after the cue names the cause: not past "and", "but" or
                        // a comma ("not as a response to a condition but as a change").
                        // ("dealer and customer incentives" and "an Aug. 10, 1988, purchase
                        // agreement" are one phrase.)
                        // A phrase names a thing, not a clause: "the ability to respond to
                        // energy needs will be enhanced" gives no cause.
                        after.filter(|&k| {
                            let at = ev[k].token;
                            let clause_verb = ev[k].pos == EventPos::Verb
                                && !matches!(tag_at(&events.tags, at), "VBG" | "VBN");
                            !clause_verb
                                && !(end..at.saturating_sub(2)).any(|t| {
                                    (toks[t].is_punct(',')
                                        && !in_time(times, toks, t)
                                        && !(t > 0 && in_time(times, toks, t - 1)))
                                        || toks[t].is_punct(';')
                                        || ["and", "or", "but"].iter().any(|w| is(t, w))
                                })
                        })
                    },
                    {
                        // "Profit fell to $110.6 million, or 37 cents a share, from ...,
                        // largely because of a charge": figures can keep the verb far away.
                        let far_finite = || {
                            in_sent
                                .clone()
                                .filter(|&k| ev[k].token < i && i - ev[k].token <= 3 * WINDOW)
                                .filter(|k| finite(k) && ev[*k].class != EventClass::Reporting)
                                .max_by_key(|&k| ev[k].token)
                        };
                        // "income rose 51%, bolstered by gains from its investment and
                        // reflecting growth": a participle clause explains the main verb.
                        if cue[0] == "reflecting" {
                            cue_event
                                .or(before_finite)
                                .or_else(far_finite)
                                .or(before_in_clause)
                        } else if *cue == ["because"] {
                            // A clause explains a verb: a noun only when no verb is near.
                            let near = before_in_clause.filter(|&k| ev[k].pos != EventPos::Noun);
                            cue_event
                                .or(main_after_comma)
                                .or(before_finite)
                                .or(near)
                                .or_else(far_finite)
                                .or(before_in_clause)
                        } else {
                            cue_event
                                .or(main_after_comma)
                                .or(before_finite)
                                .or(before_in_clause)
                                .or_else(far_finite)
                        }
                    },
                ),
                // "X was triggered by Y": the passive turns the cue around ("disruptions
                // caused so far by the tumult" too).
                CauseSide::Before if agent_by.is_some() => {
                    let agent = agent_by.and_then(|by| {
                        in_sent
                            .clone()
                            .filter(|&k| ev[k].token > by && ev[k].token - by <= WINDOW)
                            .min_by_key(|&k| ev[k].token)
                    });
                    (agent, before)
                }
                // "The regime killed our guest ..., but it paved the way for a harsh
                // punishment": a pronoun subject stands for what its subject did first in the
                // sentence.
                CauseSide::Before
                    if i > sent.tokens.start + 1 && ["it", "this"].iter().any(|w| is(i - 1, w)) =>
                {
                    let first_deed = in_sent
                        .clone()
                        .filter(|&k| ev[k].token + 1 < i)
                        .find(|k| finite(k) && ev[*k].class != EventClass::Reporting);
                    (first_deed, after)
                }
                // "declined to say what prompted the moves": the cause is unnamed.
                CauseSide::Before if i > sent.tokens.start && is(i - 1, "what") => (None, None),
                // "would be allowed to leave": a passive with no agent names no cause.
                CauseSide::Before
                    if i > sent.tokens.start
                        && ["be", "been", "was", "were", "is", "are", "being"]
                            .iter()
                            .any(|w| is(i - 1, w)) =>
                {
                    (None, None)
                }
                // "extended the offer to allow shareholders to review it", "posted a charge,
                // resulting in a loss": the clause's verb, not its object, is the cause.
                CauseSide::Before
                    if i > sent.tokens.start && (is(i - 1, "to") || toks[i - 1].is_punct(',')) =>
                {
                    // ... unless that verb only frames it ("is expected to lead to", "was
                    // considering a restructuring to help"): then the subject or object is.
                    let frames = |k: &usize| {
                        let lemma = ev[*k].lemma.as_str();
                        [FUTURE_GOVERNORS, HYPOTHETICAL_GOVERNORS, NEGATING_GOVERNORS]
                            .iter()
                            .any(|table| table.contains(&lemma))
                    };
                    // ("agreed to allow them to leave" names no cause at all.)
                    let doer = before_finite.filter(|k| !frames(k));
                    (doer.or(before.filter(|k| !frames(k))), after)
                }
                // "Y prompted X": the cause is the subject before the cue, a noun first; what
                // is "responsible for" something is a thing, never the verb that judges it so
                // ("Pol Pot is considered responsible for the policies").
                CauseSide::Before if cue[0] == "responsible" => {
                    (before.filter(|&k| ev[k].pos == EventPos::Noun), after)
                }
                CauseSide::Before => (before, after),
            };
            let effect = match infinitive {
                Some(k) => in_sent.clone().find(|&x| ev[x].token == k).or(effect),
                None => effect,
            };
            // What a participle comes from is a thing that happened, named by a noun ("claims
            // stemming from the hurricane"), not the verb of the clause after it.
            let cause = if *side == CauseSide::After && MODIFYING.contains(&cue[0]) {
                cause.filter(|&k| ev[k].pos == EventPos::Noun)
            } else {
                cause
            };
            let (cause, effect) = match outcome {
                Some((source, outcome)) => (source, Some(outcome)),
                None => (cause, effect),
            };
            // "The warning follows two decisions": the subject follows from the object.
            let (cause, effect) = if cue.len() == 1 && FOLLOWS.contains(&cue[0]) {
                let object = in_sent
                    .clone()
                    .filter(|&k| ev[k].token >= end && ev[k].token - end <= 6)
                    .filter(|&k| ev[k].pos == EventPos::Noun)
                    .min_by_key(|&k| ev[k].token);
                // The head of the subject: the first noun after the verb before it ("the
                // completion of the merger agreement follows": completion).
                let clause_start = in_sent
                    .clone()
                    .filter(|&k| ev[k].token < i && ev[k].pos == EventPos::Verb)
                    .map(|k| ev[k].token + 1)
                    .max()
                    .unwrap_or(0)
                    .max(i.saturating_sub(WINDOW));
                let nouns = || {
                    in_sent
                        .clone()
                        .filter(|&k| ev[k].token < i && i - ev[k].token <= WINDOW)
                        .filter(|&k| ev[k].pos == EventPos::Noun)
                };
                let subject = nouns()
                    .filter(|&k| ev[k].token >= clause_start)
                    .min_by_key(|&k| ev[k].token)
                    .or_else(|| nouns().max_by_key(|&k| ev[k].token));
                (object, subject)
            } else {
                (cause, effect)
            };
            // "the dispute, which stems from the invasion": the effect is what "which" stands
            // for; "claims stemming from the hurricane": the noun the participle modifies.
            let effect = match side {
                // (When the noun it modifies is no event, "lost orders following the talks",
                // nothing is.)
                CauseSide::After if i > sent.tokens.start && MODIFYING.contains(&cue[0]) => {
                    let modified = in_sent
                        .clone()
                        .find(|&k| ev[k].token == i - 1 && ev[k].pos == EventPos::Noun);
                    // (A name is a place or an actor the phrase before it ends on: "the drop
                    // in London following the resignation".)
                    let other_noun = matches!(tag_at(&events.tags, i - 1), "NN" | "NNS");
                    match modified {
                        Some(k) => Some(k),
                        None if other_noun => None,
                        None => effect,
                    }
                }
                CauseSide::After
                    if i >= sent.tokens.start + 2 && (is(i - 1, "which") || is(i - 1, "that")) =>
                {
                    // (A comma that opens the sentence has no noun before it.)
                    let head = if toks[i - 2].is_punct(',') {
                        (i - 2).checked_sub(1).filter(|&h| h >= sent.tokens.start)
                    } else {
                        Some(i - 2)
                    };
                    in_sent
                        .clone()
                        .find(|&k| Some(ev[k].token) == head && ev[k].pos == EventPos::Noun)
                        .or(effect)
                }
                _ => effect,
            };
            // "since" is a time after a perfect ("have bombed two towns since ..."), after
            // "ever" or before a date ("since May"); a cause otherwise ("the ruling was flawed
            // since it ...").
            let temporal_since = cue[0] == "since"
                && ((i > sent.tokens.start && is(i - 1, "ever"))
                    || effect.is_none_or(|x| {
                        matches!(
                            ev[x].aspect,
                            Aspect::Perfective | Aspect::PerfectiveProgressive
                        )
                    })
                    || toks.get(end).is_some_and(|n| {
                        let k = times
                            .timexes
                            .partition_point(|t| t.span.start < n.span.start);
                        times
                            .timexes
                            .get(k)
                            .is_some_and(|t| t.span.start == n.span.start)
                    }));
            if !temporal_since {
                link(cause, effect);
                // "because exports go to Iraq and its oil comes from there": each of two
                // clauses.
                if let (Some(c), Some(_), true) = (cause, effect, *cue == ["because"]) {
                    let at = ev[c].token;
                    let and = (at + 1..(at + 12).min(sent.tokens.end)).find(|&t| is(t, "and"));
                    if let Some(and) = and {
                        let second = in_sent
                            .clone()
                            .filter(|&k| ev[k].token > and && ev[k].token - and <= 8)
                            .filter(finite)
                            .min_by_key(|&k| ev[k].token);
                        let between_finite = in_sent
                            .clone()
                            .any(|k| ev[k].token > at && ev[k].token < and && finite(&k));
                        if !between_finite && second.is_some_and(|x| Some(x) != effect) {
                            link(second, effect);
                        }
                    }
                }
                // "because of special reserves and continued low prices", "disasters such as
                // the hurricane and the earthquake have resulted in": each of two causes.
                if let (Some(c), Some(_)) = (cause, effect) {
                    if ev[c].pos == EventPos::Noun {
                        let forward = ev[c].token > i;
                        let other = coordinated(text, toks, events, in_sent.clone(), c, forward);
                        if other.is_some_and(|o| Some(o) != effect) {
                            link(other, effect);
                        }
                    }
                }
            }
            i = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::event;
    use crate::relation::{relate, RelationKind};
    use crate::time::{tag, TimeConfig};
    use crate::Document;

    /// Each sentence and the (cause, effect) triggers its cue links; `None`: no link.
    const EXAMPLES: &[(&str, Option<(&str, &str)>)] = &[
        // The clause's own verb is the effect, not its infinitive complements.
        (
            "The president has offered to cover the costs because exports collapsed.",
            Some(("collapsed", "offered")),
        ),
        // A cue opening the sentence puts the effect after its clause.
        (
            "Because of the strike, the company closed two plants.",
            Some(("strike", "closed")),
        ),
        // A report is not the effect of what it reports.
        (
            "The company said the plant closed because prices fell.",
            Some(("fell", "closed")),
        ),
        // The passive turns a causative verb around ...
        (
            "The offer was triggered by the sale of the disk-drive business.",
            Some(("sale", "offer")),
        ),
        // A participle or an adjective before a noun event gives way to the noun.
        (
            "The offer was launched pursuant to a previously announced agreement.",
            Some(("agreement", "launched")),
        ),
        (
            "He is considered responsible for the policies of the regime.",
            None,
        ),
        (
            "Mr. Edelman declined to specify what prompted the recent moves.",
            None,
        ),
        // A pronoun subject stands for what its subject did first in the sentence.
        (
            "The regime killed our guest in our house, but it paved the way for a harsh \
             punishment.",
            Some(("killed", "punishment")),
        ),
        // ... also with an adverb before its agent.
        (
            "The economy has withstood the disruptions caused so far by the collapse of the \
             currency.",
            Some(("collapse", "disruptions")),
        ),
        // ... and with no agent it names no cause.
        (
            "Officials said civilians would be allowed to leave the city.",
            None,
        ),
        (
            "The council ordered an embargo as punishment for seizing the port.",
            Some(("seizing", "ordered")),
        ),
        // "following" right after a noun explains that noun.
        (
            "He rejected the treaty in peace talks following the invasion.",
            Some(("invasion", "talks")),
        ),
        // A verb inside a "when" clause is not what the cause explains.
        (
            "He was not troubled by the program when it began because it added liquidity.",
            Some(("added", "troubled")),
        ),
        // "because" explains a verb, even one far back, rather than a noun near it.
        (
            "The bank's stock plummeted after management recommended a suspension of dividend \
             payments on both its common and preferred stock because the bank may not meet \
             the new capital rules.",
            Some(("meet", "recommended")),
        ),
        // "X is a reason Y": the subject explains the clause after it.
        (
            "The collapse of the talks is a principal reason the army is massing troops.",
            Some(("collapse", "massing")),
        ),
        ("The reason was not given.", None),
        // A participle after a noun that is no event explains nothing else.
        (
            "Income declined on lost orders following prolonged labor talks.",
            None,
        ),
        // After "so", the effect is the verb, not its subject.
        (
            "Demand collapsed, so the decision to close the plant may come soon.",
            Some(("collapsed", "come")),
        ),
        // The cause is in the phrase right after the cue, not past "but" or "and".
        (
            "We did this not in response to a temporary slump in the industry but as a \
             fundamental change.",
            None,
        ),
        // "reflecting" explains the main verb, however far.
        (
            "Net income rose 51% in the third quarter, bolstered by unusual items in its \
             accounts and reflecting continued growth.",
            Some(("growth", "rose")),
        ),
        // A time between the participle and its agent does not part them.
        (
            "Herbicide use was delayed earlier in the year by heavy rains.",
            Some(("rains", "delayed")),
        ),
        // A happening as the agent of a passive is its cause; a person is not.
        (
            "Earnings were hurt by the disposal of two plants.",
            Some(("disposal", "hurt")),
        ),
        ("The plant was visited by the president.", None),
        // ... nor is what follows a sequence.
        ("The takeover would be followed by a restructuring.", None),
        (
            "Net income fell 22%, reflecting the damages of the year.",
            Some(("damages", "fell")),
        ),
        // After "to" or a comma, the clause's verb is the cause, not its object.
        (
            "The company extended the offer to allow shareholders to review the plan.",
            Some(("extended", "review")),
        ),
        (
            "The bank took a large charge, resulting in a loss for the quarter.",
            Some(("took", "loss")),
        ),
        // "since" gives a cause before a clause, unless the clause it follows is in the perfect.
        (
            "The company cut prices since demand fell sharply.",
            Some(("fell", "cut")),
        ),
        (
            "Extremists have bombed two towns since the talks collapsed.",
            None,
        ),
        ("It was the largest operation since Vietnam.", None),
        (
            "In the largest operation since Vietnam, 20,000 troops have massed.",
            None,
        ),
        // "due to" before a verb is a schedule.
        ("The offer was due to expire on Friday.", None),
        // "the following year" is an adjective, "the week following" a time.
        (
            "He was made a general, and the following year he was appointed attache.",
            None,
        ),
        // "to help build": what the clause did enables what it helps.
        (
            "The company sold two plants to help pay its debt.",
            Some(("sold", "pay")),
        ),
        // ... unless that verb only frames the clause: then its subject or object is.
        (
            "The devaluation is expected to lead to a surge in imports.",
            Some(("devaluation", "surge")),
        ),
        (
            "The company was considering a restructuring to help boost the stock price.",
            Some(("restructuring", "boost")),
        ),
        ("Iraq has agreed to allow the Soviets to leave.", None),
        // Present tenses and sentence adverbs are cues too.
        (
            "The request triggers steps for the enforcement of sanctions.",
            Some(("request", "enforcement")),
        ),
        (
            "The bank revised its objectives and, consequently, wrote down its assets.",
            Some(("revised", "wrote")),
        ),
        // A causative with an object and an infinitive: the infinitive is the effect.
        (
            "The strike at the mines led employers to raise wages.",
            Some(("strike", "raise")),
        ),
        ("The general led the troops into the city.", None),
        (
            "The protests will force the government to resign.",
            Some(("protests", "resign")),
        ),
        ("A force to protect the kingdom was voted.", None),
        (
            "Whether the acquisition makes sense remains to be seen.",
            None,
        ),
        // "which" stands for the noun before it.
        (
            "He saw no reason for optimism about the dispute, which stems from the invasion.",
            Some(("invasion", "dispute")),
        ),
        // A participle's effect is the noun it modifies.
        (
            "The damage stemming from the explosion closed the plant.",
            Some(("explosion", "damage")),
        ),
        (
            "The protests stemming from the vote have spread to the capital.",
            Some(("vote", "protests")),
        ),
        // An outcome counted in money: what it came from is its cause.
        (
            "Net income included a gain from the sale of a unit.",
            Some(("sale", "gain")),
        ),
        ("He received a letter from the minister.", None),
        (
            "The man was hospitalized from the explosion.",
            Some(("explosion", "hospitalized")),
        ),
        // ... and what it came from is in the phrase right after the cue.
        (
            "The man was hospitalized from injuries after the attack.",
            None,
        ),
        // "following" after a form of "be" is a verb.
        ("She is following the talks and taking notes.", None),
        // Figures between a verb and its cue do not hide the verb.
        (
            "Profit at the unit fell to $110.6 million, or 37 cents a share, from $142.4 \
             million, or 45 cents a share, largely because of a strike.",
            Some(("strike", "fell")),
        ),
        // What news says a move "follows" is what it answers.
        (
            "The sudden withdrawal follows Tuesday's attack by the army.",
            Some(("attack", "withdrawal")),
        ),
        ("The meeting was followed by a dinner.", None),
        (
            "The collapse of the merger talks follows months of protests.",
            Some(("protests", "collapse")),
        ),
        // A hedge inside a cue leaves it a cue.
        (
            "Output fell in October, due mostly to the strike.",
            Some(("strike", "fell")),
        ),
    ];

    #[test]
    fn object_infinitives() {
        let check = |text: &str, cue: &str, bare: bool| {
            let seg = crate::segment::Segments::new(text);
            let tags = crate::segment::pos::tag(text, &seg);
            let toks = seg.tokens();
            let at = toks.iter().position(|t| t.span.of(text) == cue).unwrap();
            super::object_infinitive(text, toks, &tags, at, toks.len(), bare)
                .map(|k| toks[k].span.of(text).to_string())
        };
        // Tagged as a noun or not, "force" with an object and an infinitive is a causative.
        let text = "at least until economic sanctions force Saddam to withdraw his army.";
        assert_eq!(check(text, "force", false).as_deref(), Some("withdraw"));
        assert_eq!(
            check("They made him leave the city.", "made", true).as_deref(),
            Some("leave")
        );
        // No object, a verb inside it, a compound adjective, an idiom: none.
        assert_eq!(
            check("An Arab force to protect the kingdom.", "force", false),
            None
        );
        assert_eq!(
            check(
                "Its naval force is adequate to carry out a blockade.",
                "force",
                false
            ),
            None
        );
        assert_eq!(
            check("The Soviet-led effort to avoid war failed.", "led", false),
            None
        );
        assert_eq!(
            check("Whether it makes sense remains to be seen.", "makes", true),
            None
        );
    }

    /// The causal links the pipeline finds in `text`, as (cause, effect) trigger words.
    fn links(text: &str) -> Vec<(&str, &str)> {
        let doc = Document::new(text).with_dateline("1990-08-20".parse().unwrap());
        let times = tag(&doc, &TimeConfig::default());
        let events = event::extract(&doc, &times);
        let rel = relate(&doc, &times, &events);
        rel.relations
            .iter()
            .filter(|r| matches!(r.kind, RelationKind::Causes | RelationKind::Enables))
            .map(|r| {
                (
                    events.events[r.source].span.of(text),
                    events.events[r.target].span.of(text),
                )
            })
            .collect()
    }

    #[test]
    fn joined_causes_are_all_causes() {
        for (text, want) in [
            (
                "Output fell because of the strike and the continued flooding of the mines.",
                [("strike", "fell"), ("flooding", "fell")],
            ),
            (
                "The fire and the explosion caused huge damage.",
                [("explosion", "damage"), ("fire", "damage")],
            ),
            (
                "The president offered help because exports collapsed and its oil comes from \
                 there.",
                [("collapsed", "offered"), ("comes", "offered")],
            ),
            // A second agent shares the participle.
            (
                "Shares were depressed by overnight losses in New York and by the drop in \
                 sterling.",
                [("losses", "depressed"), ("drop", "depressed")],
            ),
        ] {
            assert_eq!(links(text), want, "{text}");
        }
    }

    #[test]
    fn cues_at_the_edges_of_a_text_do_not_panic() {
        for text in [
            ", which stems from the war",
            "The move follows",
            "follows",
            "because",
            "The strike led",
            "made",
            "from",
            "is a reason",
            "it caused",
            "what prompted",
            "by",
            "and by",
            "The loss from",
        ] {
            let _ = links(text);
        }
    }

    #[test]
    fn cue_examples() {
        for (text, want) in EXAMPLES {
            let got = links(text);
            match want {
                Some(pair) => assert_eq!(got, [*pair], "{text}"),
                None => assert!(got.is_empty(), "{text}: {got:?}"),
            }
        }
    }
}
