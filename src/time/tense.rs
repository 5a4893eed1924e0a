//! A tense hint for year and weekday inference: the nearest verb cue to an expression in its
//! sentence. Cheap (a look at the words around it), and only a hint.

use crate::lexicon::{Kw, Lex};
use crate::segment::Token;

/// The tense the words around an expression suggest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    /// Something that is over ("the January 13 incident"): only a date in the past will do.
    Over,
    Future,
    Unknown,
    /// A text without a dateline, told in the past and moving forward from the date last
    /// named: the nearer occurrence, either side.
    Narrative,
    /// A plan that no longer stands ("had been scheduled for Sunday", "was originally set for
    /// June 7"): it may have come due or been put off before it came. Read as with no cue (the
    /// nearer occurrence, near ties to the past), but it outweighs the cues of the clause
    /// around it ("a visit that had been scheduled for Sunday was postponed").
    Either,
}

/// Auxiliaries: strong cues.
const FUTURE_AUX: &[&str] = &["will", "shall", "ll", "would", "wo"];
const PAST_AUX: &[&str] = &["was", "were", "had", "did"];
/// Future only before "to"/"for": "is expected to", "scheduled for", "plans to".
const FUTURE_BEFORE_TO: &[&str] = &[
    "going",
    "expected",
    "expects",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "set",
    "due",
    "aims",
    "intends",
    "hopes",
    "wants",
    "slated",
    // "To prepare for the handover on midnight June 30", "preparing to leave on Friday".
    "prepare",
    "prepares",
    "preparing",
];
/// Hopes, aims, promises and threats before "to": what they are for is still to come ("we hope
/// to complete them in September", "threatened to disrupt supplies from Monday", "pledged to
/// restart talks if Labour wins elections in March"). A cue only before the time: after it
/// they are another clause's ("said in August he hoped to visit", "adopted on Monday should aim
/// to").
const AIMS: &[&str] = &[
    "hope",
    "hoping",
    "want",
    "aim",
    "aiming",
    "intend",
    "intending",
    "planning",
    "seeks",
    "seeking",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "threatened",
    "threatens",
];

/// Verbs that follow "due to" where it tells a plan ("due to arrive"); after "due to",
/// anything else is the cause of what happened ("due to injuries", "due to the storm").
const DUE_TO_VERBS: &[&str] = &[
    "announce", "appear", "arrive", "attend", "be", "begin", "close", "come", "complete",
    "conclude", "decide", "deliver", "depart", "end", "enter", "expire", "face", "finish", "fly",
    "give", "go", "hand", "hear", "hold", "issue", "land", "launch", "leave", "make", "meet",
    "open", "pass", "play", "present", "publish", "receive", "release", "reopen", "report",
    "resume", "retire", "return", "rule", "sail", "sign", "stand", "start", "step", "submit",
    "take", "testify", "travel", "unveil", "visit", "vote",
];

/// Adverbs between a plan's auxiliary and its verb that tell it has changed since ("was
/// originally scheduled for", "had been initially set for", "was last scheduled for").
const PLAN_ADVERBS: &[&str] = &[
    "last",
    "originally",
    "initially",
    "previously",
    "tentatively",
];
/// Participles of arranging: what "has been scheduled" is still to come.
const SCHEDULED: &[&str] = &["scheduled", "planned", "slated", "set", "arranged"];
/// Particles that make "set" a phrasal verb rather than a plan ("set to", "set for").
const SET_PARTICLES: &[&str] = &["aside", "up", "off", "out", "free", "fire", "about"];
/// Irregular past forms common in news (past tense only: a participle such as "taken" also
/// follows "will be").
/// Sorted, lower case: looked up by binary search.
const PAST_WORDS: &[&str] = &[
    "ago",
    "arose",
    "ate",
    "awoke",
    "became",
    "began",
    "bled",
    "blew",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "dealt",
    "died",
    "drank",
    "drew",
    "drove",
    "dug",
    "fell",
    "felt",
    "fled",
    "flew",
    "forbade",
    "forgave",
    "forgot",
    "fought",
    "found",
    "froze",
    "gave",
    "grew",
    "heard",
    "held",
    "hid",
    "hung",
    "kept",
    "knew",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "mistook",
    "oversaw",
    "overthrew",
    "overtook",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "said",
    "sang",
    "sank",
    "saw",
    "sent",
    "shook",
    "shot",
    "slept",
    "slid",
    "sold",
    "sought",
    "sped",
    "spent",
    "spoke",
    "sprang",
    "spun",
    "stole",
    "stood",
    "struck",
    "stuck",
    "swam",
    "swept",
    "swore",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "tore",
    "understood",
    "undertook",
    "upheld",
    "went",
    "wept",
    "withdrew",
    "withheld",
    "woke",
    "won",
    "wore",
    "wrote",
    "yesterday",
];
/// Verbs whose simple present mostly tells what is scheduled ("begin" is left out: it is as
/// often a bare infinitive, "let the offensive begin").
const SCHEDULED_PRESENT: &[&str] = &[
    "meet",
    "meets",
    "begins",
    "resume",
    "resumes",
    "convene",
    "convenes",
    "arrive",
    "arrives",
    "travel",
    "travels",
    "testify",
    "testifies",
    "vote",
    "votes",
    "opens",
    "starts",
    // "whose term expires in September", "the lease ends in May"
    "expire",
    "expires",
    "ends",
];
/// Verbs of sport fixtures, which after "who" or "which" tell one still to be played (as
/// nouns, "the visit", "the play", they tell nothing). A cue only before the time: after it
/// they are a clause of something else ("a new cabinet on Sunday, which faces the tasks").
const FIXTURES: &[&str] = &[
    "host",
    "hosts",
    "play",
    "plays",
    "face",
    "faces",
    "entertain",
    "entertains",
    "visit",
    "visits",
];
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "feed",
    "seed",
    "bed",
    "shed",
    "embed",
    "indeed",
    "proceed",
    "exceed",
    "succeed",
    "breed",
    "weed",
    "greed",
    "united",
    "based",
    "related",
    "limited",
    "detailed",
    "concerned",
    "interested",
    "unspecified",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "advanced",
    "red",
    "hundred",
    "married",
    "armed",
    "alleged",
    "so-called",
    "owned",
    "listed",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our",
];

fn word<'t>(text: &'t str, t: &Token) -> Option<&'t str> {
    let w = t.span.of(text);
    (t.is_word() && w.len() <= 14).then_some(w)
}

/// Whether `w` is one of [`PAST_WORDS`], in any case.
fn is_past_word(w: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    for (b, c) in lower.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    // Byte by byte: these words are short, and a library compare costs a call each.
    let cmp = |p: &&str| {
        let p = p.as_bytes();
        for (x, y) in p.iter().zip(lower.iter()) {
            if x != y {
                return x.cmp(y);
            }
        }
        p.len().cmp(&lower.len())
    };
    PAST_WORDS.binary_search_by(cmp).is_ok()
}

/// A contracted negation's auxiliary ("didn't" → "did", "won't" → "wo"); other words as they
/// are.
fn without_not(w: &str) -> &str {
    ["n't", "n\u{2019}t", "N'T"]
        .iter()
        .find_map(|n| w.strip_suffix(n))
        .filter(|stem| !stem.is_empty())
        .unwrap_or(w)
}

fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The cue at token `k` and its strength (2: auxiliary, 1: other).
fn cue(text: &str, toks: &[Token], k: usize) -> Option<(Tense, u32)> {
    let t = &toks[k];
    let next = toks.get(k + 1).and_then(|n| word(text, n));
    // "next to the embassy" is a place, not a time to come; "next season's Champions League"
    // and "tomorrow's vote" name a thing, not the tense of the clause.
    let possessive = |j: usize| crate::segment::possessive_s(text, toks, j);
    if matches!(t.lex, Lex::Key(Kw::Next | Kw::Tomorrow))
        && next.is_none_or(|n| !n.eq_ignore_ascii_case("to"))
        && !possessive(k + 2)
        && !possessive(k + 3)
    {
        return Some((Tense::Future, 1));
    }
    // "didn't", "wasn't", "won't", "hasn't been": the auxiliary under the negation.
    let w = without_not(word(text, t)?);
    let prev = k.checked_sub(1).and_then(|p| word(text, &toks[p]));
    // The present perfect tells what has happened: "have been killed", "has signed"; but what
    // has been scheduled is still to come ("has scheduled a news conference Thursday").
    if one_of(w, &["has", "have"]) {
        if next.is_some_and(|n| one_of(n, SCHEDULED)) {
            return Some((Tense::Future, 2));
        }
        if next
            .is_some_and(|n| n.eq_ignore_ascii_case("been") || (n.len() > 4 && n.ends_with("ed")))
        {
            return Some((Tense::Past, 2));
        }
    }
    if one_of(w, FUTURE_AUX) {
        return Some((Tense::Future, 2));
    }
    // What must be done is still to come ("police must charge him by Friday"); not what
    // "must have" happened.
    if w.eq_ignore_ascii_case("must") && next.is_none_or(|n| !one_of(n, &["have", "be"])) {
        return Some((Tense::Future, 2));
    }
    // "were planning to drive on Monday": a plan still under way when it is reported.
    if one_of(w, &["was", "were"])
        && next.is_some_and(|n| {
            one_of(
                n,
                &[
                    "planning",
                    "preparing",
                    "hoping",
                    "expecting",
                    "aiming",
                    "intending",
                ],
            )
        })
    {
        return Some((Tense::Future, 2));
    }
    // "Bush was to spend the holiday at his ranch", "they were to meet on Friday": a plan
    // told in the past tense, mostly still ahead when it is reported.
    if one_of(w, &["was", "were"]) && next.is_some_and(|n| n.eq_ignore_ascii_case("to")) {
        return Some((Tense::Future, 2));
    }
    if one_of(w, PAST_AUX) {
        return Some((Tense::Past, 2));
    }
    // "plans for the trip" is mostly a noun; "plans to leave" a verb.
    let plan_noun =
        one_of(w, &["plan", "plans"]) && next.is_some_and(|n| !n.eq_ignore_ascii_case("to"));
    // "pulled out due to injuries on Monday", "grounded due to fog", "the delay was due to the
    // strike": "due to" gives a cause. It tells a plan before a verb of arranged happenings ("a
    // summit due to open Saturday"), or said of its subject ("he is due to receive the report
    // on Wednesday") where no noun phrase follows.
    let cause =
        w.eq_ignore_ascii_case("due") && next.is_some_and(|n| n.eq_ignore_ascii_case("to")) && {
            const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "s", "re"];
            const BETWEEN: &[&str] = &["not", "also", "now", "originally", "still", "then", "only"];
            let back = |n: usize| k.checked_sub(n).and_then(|p| word(text, &toks[p]));
            let after = toks.get(k + 2).and_then(|t| word(text, t));
            let said_of_subject = back(1).is_some_and(|p| one_of(p, BE))
                || (back(1).is_some_and(|p| one_of(p, BETWEEN))
                    && back(2).is_some_and(|p| one_of(p, BE)));
            let noun_phrase = after.is_none_or(|a| {
                one_of(a, DETERMINERS)
                    || (a.len() > 3 && a.ends_with('s') && !a.ends_with("ss"))
                    || a.starts_with(|c: char| c.is_uppercase())
            });
            let verb = after.is_some_and(|a| one_of(a, DUE_TO_VERBS));
            !(verb || (said_of_subject && !noun_phrase))
        };
    if next.is_some_and(|n| n.eq_ignore_ascii_case("to")) && one_of(w, AIMS) {
        return Some((Tense::Future, 1));
    }
    // "Results were expected Monday", "pilgrims were expected at the border on Saturday": an
    // arrival awaited is still to come ("as expected" and "than expected" are no cue).
    if w.eq_ignore_ascii_case("expected")
        && prev.is_some_and(|p| one_of(p, &["was", "were", "is", "are"]))
        && next.is_none_or(|n| !one_of(n, &["to", "for"]))
    {
        return Some((Tense::Future, 2));
    }
    if one_of(w, FUTURE_BEFORE_TO)
        && !plan_noun
        && !cause
        && next.is_some_and(|n| one_of(n, &["to", "for"]))
    {
        // "had been due to expire Friday", "was last scheduled for March 25": a plan told in
        // the past tense has mostly come due.
        let before = |n: usize| k.checked_sub(n).and_then(|p| word(text, &toks[p]));
        let past_aux =
            |n: usize| before(n).is_some_and(|p| one_of(p, &["been", "had", "was", "were"]));
        let aux_at = if before(1).is_some_and(|p| one_of(p, PLAN_ADVERBS)) {
            2
        } else {
            1
        };
        // But what "was expected to" or "was due to" happen is mostly still ahead when it is
        // reported ("the Bundesbank was expected to hold its rates at a meeting on Thursday",
        // "the flag was due to return to Italy on Saturday", "the airlift was scheduled to begin
        // Friday"). "Had been" and "originally" tell a plan that no longer stands: it came due
        // ("voting had been due to end Sunday", said on Tuesday) or was put off before it came
        // ("postponed a visit that had been scheduled for Sunday", said on Saturday).
        let expected = aux_at == 1 && before(1).is_some_and(|p| one_of(p, &["was", "were"]));
        if !expected
            && past_aux(aux_at)
            && before(aux_at + 1).is_none_or(|p| !one_of(p, FUTURE_AUX))
        {
            return Some((Tense::Either, 2));
        }
        return Some((Tense::Future, 2));
    }
    // Plans speak of what is to come even in the past tense: "protesters planned a rally on
    // Saturday", "trading is to resume Tuesday".
    if one_of(w, &["planned", "planning", "scheduled", "slated"]) {
        // "as planned", "as previously scheduled": by the plan, whenever it was.
        if prev.is_some_and(|p| one_of(p, &["as", "previously", "originally"])) {
            return None;
        }
        return Some((Tense::Future, 1));
    }
    // "as soon as Tuesday", "as early as next week"; "postponed until Tuesday morning".
    if w.eq_ignore_ascii_case("as") && prev.is_some_and(|p| one_of(p, &["soon", "early"])) {
        return Some((Tense::Future, 2));
    }
    // What is put off to a date is still to come ("postponed until Tuesday", "adjourned Monday
    // until Wednesday"); without a date it is put off to, the word says nothing of the time
    // ("flights were postponed because of fog Saturday night").
    if one_of(
        w,
        &[
            "postponed",
            "delayed",
            "deferred",
            "adjourned",
            "rescheduled",
        ],
    ) {
        let put_off_to = (k + 1..toks.len().min(k + 5))
            .filter_map(|j| word(text, &toks[j]))
            .any(|n| one_of(n, &["until", "till", "to", "for"]));
        return put_off_to.then_some((Tense::Future, 2));
    }
    // "Ahead of a summit on Friday", "ahead of Sunday's vote": what a thing comes ahead of is
    // mostly still to come.
    if w.eq_ignore_ascii_case("ahead") && next.is_some_and(|n| n.eq_ignore_ascii_case("of")) {
        return Some((Tense::Future, 2));
    }
    // "With his funeral taking place Tuesday", "the vote takes place on Sunday": told as a
    // plan.
    if one_of(w, &["taking", "takes"]) && next.is_some_and(|n| n.eq_ignore_ascii_case("place")) {
        return Some((Tense::Future, 1));
    }
    // "A two-day summit opening here Saturday", "the team event starting on Thursday",
    // "production starting in December": a participle after a noun that sets the noun's start
    // on a date tells it as a plan. Not "was starting" (a plan of the past), not an adjective
    // ("an opening round of talks late Monday"), and not a phrase that opens the sentence,
    // which the main verb dates ("Starting on Saturday, toys have gone on sale").
    if one_of(w, &["opening", "starting", "beginning"])
        && prev
            .is_some_and(|p| !one_of(p, &["was", "were", "is", "are"]) && !one_of(p, DETERMINERS))
        && toks.get(k + 1).is_some_and(|n| {
            matches!(n.lex, Lex::Month(_) | Lex::Weekday(_))
                || word(text, n).is_some_and(|n| one_of(n, &["on", "in", "here", "this", "next"]))
        })
    {
        return Some((Tense::Future, 1));
    }
    // A rule or a deal that is "effective Feb. 1" mostly takes effect after it is announced.
    if w.eq_ignore_ascii_case("effective") {
        return Some((Tense::Future, 2));
    }
    if one_of(w, &["is", "are"]) && next.is_some_and(|n| n.eq_ignore_ascii_case("to")) {
        return Some((Tense::Future, 2));
    }
    // "Is sentenced to die Tuesday", "are required to leave by Friday": what a present passive
    // binds someone to do is still to come (not "is believed to have fled", "is said to be ill").
    if one_of(w, &["is", "are"])
        && next.is_some_and(|n| n.len() > 4 && (n.ends_with("ed") || n.ends_with("en")))
        && toks
            .get(k + 2)
            .and_then(|t| word(text, t))
            .is_some_and(|n| n.eq_ignore_ascii_case("to"))
        && toks
            .get(k + 3)
            .and_then(|t| word(text, t))
            .is_some_and(|n| !one_of(n, &["have", "be", "death"]))
    {
        return Some((Tense::Future, 2));
    }
    if prev.is_some_and(|p| one_of(p, DETERMINERS)) {
        return None; // "the plan", "the announced merger": not a verb
    }
    // "will stay closed", "to be completed": a participle after a bare linking verb says a
    // state, not a past event; the verb before it tells the tense.
    if prev.is_some_and(|p| {
        one_of(
            p,
            &[
                "be", "being", "stay", "stays", "remain", "remains", "is", "are",
            ],
        )
    }) {
        return None;
    }
    // "set aside", "set up", "set off": a phrasal verb, in news mostly told in the past.
    if w.eq_ignore_ascii_case("set") && next.is_some_and(|n| one_of(n, SET_PARTICLES)) {
        return Some((Tense::Past, 1));
    }
    if is_past_word(w) {
        return Some((Tense::Past, 1));
    }
    // News tells what is scheduled in the simple present: "the leaders meet Monday"; not an
    // infinitive ("to meet demand well into the summer"), nor a verb under "do" or a negation
    // ("did not reopen until Monday"), whose auxiliary tells the tense.
    if one_of(w, SCHEDULED_PRESENT)
        && prev
            .is_none_or(|p| !one_of(without_not(p), &["to", "did", "do", "does", "not", "never"]))
    {
        return Some((Tense::Future, 1));
    }
    // A fixture told in the simple present: "Juventus, who entertain Cagliari on Sunday".
    if prev.is_some_and(|p| one_of(p, &["who", "which"])) && one_of(w, FIXTURES) {
        return Some((Tense::Future, 1));
    }
    // "Will be presented and played on Friday": a participle joined to one after "be" shares
    // its auxiliary, which tells the tense (an adverb may stand after "be": "be officially
    // presented and played").
    let is_be = |j: usize| word(text, &toks[j]).is_some_and(|p| p.eq_ignore_ascii_case("be"));
    let joined_to_be = || {
        prev.is_some_and(|p| one_of(p, &["and", "or"]))
            && k >= 4
            && word(text, &toks[k - 2]).is_some_and(|p| p.ends_with("ed") || p.ends_with("en"))
            && (is_be(k - 3)
                || (word(text, &toks[k - 3]).is_some_and(|p| p.ends_with("ly")) && is_be(k - 4)))
    };
    if w.len() > 4
        && w.ends_with("ed")
        && !t.capitalized
        && t.lex == Lex::None
        && !one_of(w, NOT_PAST)
        && !joined_to_be()
    {
        return Some((Tense::Past, 1));
    }
    None
}

/// How far before a time the "since" of its clause may be ("since he took over from his ailing
/// older brother Fidel Castro on July 31").
const SINCE_CLAUSE_REACH: usize = 12;

/// How many words of a verb's object may stand between a plainly past verb and the time it
/// governs ("launched an unusually aggressive takeover bid in February").
const OBJECT_REACH: usize = 6;
/// Words that open another clause or phrase between a verb and a time.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "to", "and", "but", "or", "if", "when", "while", "as",
    "because", "after", "before", "until", "since", "for", "from", "with", "by", "of",
];

/// Cues found so far, by token (0: not looked at yet, 1: none, 2: past, 3: future, 4: either
/// side, in the low three bits; the strength in the high bits), so that overlapping windows
/// look at each token once.
pub(crate) struct CueCache(Vec<u8>);

impl CueCache {
    pub(crate) fn new(len: usize) -> Self {
        CueCache(vec![0; len])
    }

    fn get(&mut self, text: &str, toks: &[Token], k: usize) -> Option<(Tense, u32)> {
        let code = match self.0.get(k).copied() {
            Some(0) => {
                let c = match cue(text, toks, k) {
                    None => 1,
                    Some((Tense::Past, s)) => 2 | ((s as u8) << 3),
                    Some((Tense::Either, s)) => 4 | ((s as u8) << 3),
                    Some((_, s)) => 3 | ((s as u8) << 3),
                };
                if let Some(slot) = self.0.get_mut(k) {
                    *slot = c;
                }
                c
            }
            Some(c) => c,
            None => 1,
        };
        match code & 7 {
            2 => Some((Tense::Past, u32::from(code >> 3))),
            3 => Some((Tense::Future, u32::from(code >> 3))),
            4 => Some((Tense::Either, u32::from(code >> 3))),
            _ => None,
        }
    }
}

/// Whether `word`, after `prev`, is a verb plainly in the past tense: an irregular past form
/// not after a present or perfect auxiliary ("took", not "has taken" or "is held"), or an
/// "-ed" form after "was", "were" or "had" ("was arrested").
fn plainly_past(word: Option<&str>, prev: Option<&str>) -> bool {
    let Some(w) = word else { return false };
    if one_of(w, REPORTS) || one_of(w, &["ago", "yesterday"]) {
        return false;
    }
    let after = |list: &[&str]| prev.is_some_and(|p| one_of(p, list));
    (is_past_word(w) && !after(&["is", "are", "be", "been", "being", "has", "have"]))
        // After an auxiliary of the past, or after a subject pronoun, which makes a word in
        // "-ed" a finite verb, not a participle used as an adjective ("He resigned in
        // September", said in August, is the September gone by).
        || (w.len() > 4
            && w.ends_with("ed")
            && !one_of(w, NOT_PAST)
            && (after(&["was", "were", "had"]) || after(SUBJECTS) || after(&["it"])))
}

/// Auxiliaries and copulas: one right after a time makes the time a subject ("Monday would
/// be a day of mourning").
const AUXILIARIES: &[&str] = &[
    "will", "would", "is", "was", "could", "should", "may", "might", "shall", "must",
];

/// Pronouns that can only be a subject: one opens a clause.
const SUBJECTS: &[&str] = &["he", "she", "they", "we", "i"];

/// Reporting verbs: a time before one dates the report, so the reported clause after it
/// ("On Monday, Uribe said he would not accept changes") gives no cue.
pub(crate) const REPORTS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "announced",
    "stated",
    "claimed",
    "declared",
    "noted",
    "reported",
    "insisted",
    "warned",
];

/// Words that open a sentence with an adverbial phrase ("In London on Friday, ..."): a time in
/// it dates the clause that follows.
const OPENERS: &[&str] = &[
    "in", "on", "at", "during", "late", "early", "earlier", "later", "since", "after", "before",
    "until", "by", "from", "as", "when",
];

/// Nouns of things that befall, which a date before them ("the January 13 incident") dates
/// in the past.
const BEFELL: &[&str] = &[
    "incident",
    "attack",
    "attacks",
    "killing",
    "killings",
    "bombing",
    "bombings",
    "blast",
    "blasts",
    "explosion",
    "crash",
    "massacre",
    "earthquake",
    "quake",
    "tsunami",
    "coup",
    "assassination",
    "murder",
    "murders",
    "raid",
    "shooting",
    "disaster",
    "riots",
    "accident",
    "invasion",
    "uprising",
    "ambush",
    "floods",
    "hijacking",
    "kidnapping",
    "abduction",
    // Agreements a date names are ones made: "the April 26 truce", "the Oct. 23 accord".
    "truce",
    "ceasefire",
    "accord",
    "accords",
    "armistice",
];

/// How many tokens either side of an expression are searched for a cue.
const WINDOW: usize = 40;

/// The tense cue nearest to tokens `[first, last)` within `sentence` (a token range).
/// A possessive ("Wednesday's ruling") speaks of something that has happened.
pub(crate) fn near(
    cache: &mut CueCache,
    text: &str,
    toks: &[Token],
    sentence: std::ops::Range<usize>,
    first: usize,
    last: usize,
) -> Tense {
    let w_at = |k: usize| toks.get(k).and_then(|t| word(text, t));
    // Unless "will" or "ahead (of)" comes shortly before it: "will play their final Test
    // matches in Tuesday's fifth Test", "polls ahead of Sunday's election" ("would" is as often
    // a report's: "would look for ways to get around Wednesday's ruling").
    // "Polling centres will open at 7 am (0400 GMT) until 5 pm (1400 GMT) during Monday's
    // referendum": back through the clause, up to a comma or a report.
    // So too a plan or an arrangement before "to": "were to launch the federation at
    // Saturday's session", "runners are expected to take part in Sunday's race".
    let future_before = || {
        (first.saturating_sub(24).max(sentence.start)..first)
            .rev()
            .take_while(|&k| !toks[k].is_punct(',') && w_at(k).is_none_or(|w| !one_of(w, REPORTS)))
            .any(|k| {
                w_at(k).is_some_and(|w| {
                    one_of(w, &["will", "shall", "ll", "ahead"])
                        || (w.eq_ignore_ascii_case("to")
                            && k > sentence.start
                            && w_at(k - 1).is_some_and(|p| {
                                one_of(p, FUTURE_BEFORE_TO)
                                    || one_of(p, &["is", "are", "was", "were"])
                            }))
                })
            })
    };
    if crate::segment::possessive_s(text, toks, last + 1) {
        // "Bounce back from Saturday's 4-2 home defeat": a day whose outcome or mishap is
        // named is over, whatever is still to come around it.
        let befallen = (last + 1..(last + 8).min(sentence.end))
            .take_while(|&k| !toks[k].is_punct(','))
            .any(|k| w_at(k).is_some_and(|w| one_of(w, BEFELL) || one_of(w, OUTCOMES)));
        if befallen {
            return Tense::Over;
        }
        if !future_before() {
            return Tense::Past;
        }
    }
    let is = |k: usize, word: &str| w_at(k).is_some_and(|w| w.eq_ignore_ascii_case(word));
    let the_before = first > sentence.start && is(first - 1, "the");
    // "Since May", "the largest fall since the May curbs": what a time is counted since is
    // over.
    let since = (first > sentence.start && is(first - 1, "since"))
        || (the_before && first > sentence.start + 1 && is(first - 2, "since"))
        // A clause counted since, its verb plainly past: "since he took over from his ailing
        // brother Fidel Castro on July 31" (whatever "will" the main clause says after it).
        || (first.saturating_sub(SINCE_CLAUSE_REACH).max(sentence.start)..first)
            .rev()
            .take_while(|&k| !toks[k].is_punct(',') && !toks[k].is_punct(';'))
            .find(|&k| is(k, "since"))
            .is_some_and(|s| (s + 1..first).any(|k| plainly_past(w_at(k), w_at(k - 1))));
    // "The January 13 incident", "the December tsunami": a date set between "the" and the
    // name of something that befell is a date that has been ("fears of Christmas attacks"
    // are not).
    if since || (the_before && w_at(last).is_some_and(|w| one_of(w, BEFELL))) {
        return Tense::Over;
    }
    // "After the report is delivered on Feb. 1": a verb in the present passive that governs
    // the time is the time's own, and tells no past, whatever the clause around it says ("has
    // promised to call an election within 30 days after …").
    let present_passive = first >= sentence.start + 3
        && w_at(first - 1).is_some_and(|w| one_of(w, &["on", "in", "at", "by"]))
        && w_at(first - 2).is_some_and(|w| w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")))
        && w_at(first - 3).is_some_and(|w| one_of(w, &["is", "are"]));
    if present_passive {
        return Tense::Unknown;
    }
    let mut best: Option<(u32, Tense)> = None;
    // A deadline mostly lies ahead: "to pay down the loan by February", "until Tuesday".
    // "Through" too ("loans through January"), but not as the end of a span that a time opens
    // ("this year through August", "from May through July").
    let deadline = |w: &str| {
        one_of(w, &["by", "until", "till"])
            || (one_of(w, &["through", "thru"])
                && first >= sentence.start + 2
                && toks
                    .get(first - 2)
                    .is_some_and(|t| t.lex == Lex::None && t.num().is_none()))
    };
    // Not a deadline that opens the sentence, which the main verb dates: "By June 30, a
    // quarter of users were on broadband" (but "By January, the troops will be gone").
    let fronted = first == sentence.start + 1 && toks.get(last).is_some_and(|t| t.is_punct(','));
    if first > sentence.start
        && !fronted
        && toks
            .get(first - 1)
            .and_then(|t| word(text, t))
            .is_some_and(deadline)
    {
        best = Some((30, Tense::Future));
    }
    // The day something is called or set for outweighs the verb that set it: "has called a
    // mass strike for Monday" (a weekday: "sales for May" are a month's figures).
    let weekday_for = |w: &str| {
        w.eq_ignore_ascii_case("for")
            && matches!(toks.get(first).map(|t| t.lex), Some(Lex::Weekday(_)))
    };
    if first > sentence.start && !fronted && w_at(first - 1).is_some_and(weekday_for) {
        best = Some((12, Tense::Future));
    }
    // The date a plan that no longer stands was set for is read by that plan, whatever the
    // clause around it tells: "a summit that had been set for October 15 was put off".
    if first >= sentence.start + 2
        && is(first - 1, "for")
        && matches!(cache.get(text, toks, first - 2), Some((Tense::Either, _)))
    {
        return Tense::Either;
    }
    // "An interview to be published on Wednesday", "a motion to be debated Thursday": what is
    // still to be done, unless told as a plan of the past ("was supposed to be airlifted on
    // Friday, but …").
    let to_be_done = (first.saturating_sub(4).max(sentence.start + 1)..first).any(|k| {
        w_at(k).is_some_and(|w| w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")))
            && is(k - 1, "be")
            && k >= 2
            && is(k - 2, "to")
            && !(k.saturating_sub(5).max(sentence.start)..k - 2)
                .any(|j| w_at(j).is_some_and(|w| one_of(w, &["was", "were", "had"])))
    });
    if to_be_done && best.is_none() {
        best = Some((18, Tense::Future));
    }
    // Only the clause around the expression matters; a bounded window keeps tagging linear
    // however long a sentence runs.
    // Look outward from the expression and stop once no cue farther away could win. Scores are
    // distances in sixths of a token: auxiliaries count as closer (two thirds), and a cue after
    // the expression as farther (the verb that governs a time mostly comes before it).
    let score = |d: u32, strength: u32| if strength == 2 { d * 2 / 3 } else { d };
    let mut past_a_report = false;
    let mut set_off = false;
    // "China has told emigrants they need not race home before July 1": a subject pronoun
    // before the expression opens the clause told; the report's tense beyond it dates the
    // telling, not what is told.
    let mut past_a_subject = false;
    // "Began on Thursday and are to be carried out": a verb after "and" or "but" following
    // the expression is another predicate's, a cue only when no other word gives one ("on
    // Monday and Tuesday, leaders will meet" has no other).
    let mut coordinated = false;
    let mut coordinated_best: Option<(u32, Tense)> = None;
    let opening =
        first == sentence.start || w_at(sentence.start).is_some_and(|w| one_of(w, OPENERS));
    // "Announced on Monday it would spend 40 billion yen": a time right after a report (or
    // after "on" after one) goes with the report, and the clause after it is what was told, as
    // after "that"; so too a telling still to come ("due to be announced on Sunday, had been
    // difficult"). Unless the time is that clause's subject: "said Monday would be a day of
    // mourning".
    let told_right_before = first > sentence.start
        && (w_at(first - 1).is_some_and(|w| one_of(w, REPORTS))
            || (first > sentence.start + 1
                && is(first - 1, "on")
                && w_at(first - 2).is_some_and(|w| one_of(w, REPORTS)))
            // "Told his star-studded squad Friday they must trust him": a telling to someone,
            // its hearers between it and the time.
            || (first.saturating_sub(6).max(sentence.start)..first)
                .rev()
                .take_while(|&k| toks[k].is_word() || toks[k].is_punct('-'))
                .any(|k| w_at(k).is_some_and(|w| one_of(w, &["told", "assured", "informed"]))));
    if told_right_before && !w_at(last).is_some_and(|w| one_of(w, AUXILIARIES)) {
        past_a_report = true;
    }
    for step in 1..=WINDOW {
        let closest_possible = (step as u32) * 4;
        if best.is_some_and(|(bs, _)| bs < closest_possible) {
            break;
        }
        let before = first.checked_sub(step).filter(|k| *k >= sentence.start);
        let after = Some(last - 1 + step)
            .filter(|k| *k < sentence.end && *k < toks.len() && !past_a_report);
        // "Vowed late on Thursday that his cabinet would not be cowed": a "that" after the
        // expression opens the clause of what was said or vowed, whose verbs are not the
        // expression's.
        // A report set off after the expression ("the elections are on July 6, he told the
        // agency") dates the telling, not what is told: its tense is no cue either. It does
        // date an expression right before it ("the ministry Monday said") or one in the
        // phrase that opens the sentence ("In London on Friday, Blair warned").
        let after_word = after.and_then(w_at);
        set_off = set_off || after.is_some_and(|k| toks[k].is_punct(',') || toks[k].is_punct('"'));
        let at_report = after_word.is_some_and(|w| one_of(w, REPORTS));
        past_a_report = past_a_report || at_report || after.is_some_and(|k| is(k, "that"));
        let after = after.filter(|_| !(at_report && set_off && !opening));
        if before.is_none() && after.is_none() {
            break;
        }
        let report_told_before =
            before.is_some_and(|k| past_a_subject && w_at(k).is_some_and(|w| one_of(w, REPORTS)));
        past_a_subject =
            past_a_subject || before.is_some_and(|k| w_at(k).is_some_and(|w| one_of(w, SUBJECTS)));
        let before = before.filter(|_| !report_told_before);
        for (k, d) in [(before, step as u32 * 6), (after, step as u32 * 9)] {
            let Some(k) = k else { continue };
            if let Some((c, strength)) = cache.get(text, toks, k) {
                // "Effective Tuesday, the bank had imposed controls": a phrase that opens the
                // sentence is dated by its main clause, not by "effective".
                if c == Tense::Future
                    && k == sentence.start
                    && first == k + 1
                    && toks.get(last).is_some_and(|t| t.is_punct(','))
                    && is(k, "effective")
                {
                    continue;
                }
                // An aim or a fixture after the time is another clause's (`AIMS`, `FIXTURES`).
                if c == Tense::Future
                    && Some(k) == after
                    && w_at(k).is_some_and(|w| one_of(w, AIMS) || one_of(w, FIXTURES))
                {
                    continue;
                }
                let sc = score(d, strength);
                let slot = if Some(k) == after && coordinated {
                    &mut coordinated_best
                } else {
                    &mut best
                };
                if slot.is_none_or(|(bs, bt)| {
                    sc < bs || (sc == bs && c == Tense::Future && bt == Tense::Past)
                }) {
                    *slot = Some((sc, c));
                }
            }
        }
        coordinated = coordinated || after.is_some_and(|k| is(k, "and") || is(k, "but"));
    }
    let governed_by = |k: usize| w_at(k).is_some_and(|w| one_of(w, &["on", "in", "at", "during"]));
    // "In February, scientists said they had found…": a time in a phrase that opens the
    // sentence dates its main clause, and a past cue there makes it over.
    let fronted = first == sentence.start + 1
        && governed_by(sentence.start)
        && toks.get(last).is_some_and(|t| t.is_punct(','));
    // "Iran in February stopped applying the protocol": a verb in the past right after the
    // time that the time is set into. Not after a noun the time belongs to: "crude for
    // delivery in January gained 45 cents".
    let past_right_after = first > sentence.start + 1
        && governed_by(first - 1)
        && !w_at(first - 2).is_some_and(|w| one_of(w, &["delivery", "contract", "contracts"]))
        && w_at(last).is_some_and(|w| {
            !one_of(w, REPORTS)
                && (is_past_word(w) || (w.len() > 4 && w.ends_with("ed") && !one_of(w, NOT_PAST)))
        });
    // "Hamas won January elections": a verb plainly in the past right before the time, which
    // names the occasion it governs.
    let past_right_before =
        first > sentence.start + 1 && plainly_past(w_at(first - 1), w_at(first - 2));
    match best.or(coordinated_best) {
        Some((_, Tense::Past)) if fronted || past_right_after || past_right_before => Tense::Over,
        // "Took effect on Jan. 1", "began talks in February", "was arrested in January": a
        // verb plainly in the past tense (not a report's) that governs the time through "on",
        // "in", "at" or "during", a word or two before it, puts it in the past. Not a bare
        // participle, which is as often an adjective ("preferred shares on Oct. 31") or a
        // present passive ("is heard in May").
        Some((_, Tense::Past))
            if first >= sentence.start + 2
                && w_at(first - 1).is_some_and(|w| one_of(w, &["on", "in", "at", "during"]))
                && (first.saturating_sub(3).max(sentence.start + 1)..first - 1)
                    .any(|k| plainly_past(w_at(k), w_at(k - 1))) =>
        {
            Tense::Over
        }
        // So does one a few words further back with only its object between ("launched an
        // unusually aggressive takeover bid in February", said in December), not across a
        // clause ("said the talks that were to start in February").
        Some((_, Tense::Past))
            if first >= sentence.start + 2
                && w_at(first - 1).is_some_and(|w| one_of(w, &["on", "in", "at", "during"]))
                && (first
                    .saturating_sub(OBJECT_REACH + 1)
                    .max(sentence.start + 1)..first - 1)
                    .rev()
                    .take_while(|&k| {
                        toks[k].is_word() && w_at(k).is_some_and(|w| !one_of(w, CLAUSE_WORDS))
                    })
                    .any(|k| plainly_past(w_at(k), w_at(k - 1))) =>
        {
            Tense::Over
        }
        // "Called for a boycott of the May 29 elections" (said in April): a date set before a
        // happening that is held on a day names that happening's day, which the clause's past
        // does not put behind; it is read by the nearer occurrence, as with no cue (unless the
        // date is told past outright, above).
        Some((_, Tense::Past))
            if first > sentence.start
                && w_at(first - 1).is_some_and(|w| one_of(w, DETERMINERS))
                && (last..(last + 3).min(sentence.end))
                    .take_while(|&k| toks[k].is_word())
                    .any(|k| w_at(k).is_some_and(|w| one_of(w, OCCASIONS))) =>
        {
            Tense::Unknown
        }
        Some((_, t)) => t,
        None => Tense::Unknown,
    }
}

/// Outcomes, which a day's name before them ("Saturday's 4-2 home defeat") puts in the past.
const OUTCOMES: &[&str] = &[
    "defeat",
    "defeats",
    "win",
    "victory",
    "loss",
    "triumph",
    "thrashing",
    "results",
];

/// Happenings held on a day that is set ahead: a date before one, a word or two of its name
/// between ("the May 29 general elections"), names the day it is held.
const OCCASIONS: &[&str] = &[
    "election",
    "elections",
    "polls",
    "vote",
    "referendum",
    "summit",
    "talks",
    "meeting",
    "visit",
    "deadline",
    "conference",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_words_are_sorted_lower_case_and_found_in_any_case() {
        assert!(PAST_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(PAST_WORDS
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase())));
        for w in ["said", "Fled", "BROKE", "withdrew"] {
            assert!(is_past_word(w), "{w}");
        }
        for w in ["say", "flee", "", "extraordinarily"] {
            assert!(!is_past_word(w), "{w}");
        }
    }
}
