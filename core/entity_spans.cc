#include "entity_spans.h"

#include <algorithm>

namespace tx {
namespace entity {
namespace {

using namespace std::string_view_literals;

// Small words inside names: "Bourse de Tokyo", "Charles de Gaulle",
// "Bank of England", "Ursula von der Leyen", "Procter & Gamble".
bool is_particle(std::u16string_view f) {
  // By length: a word is compared with the particles of its length only.
  static constexpr std::u16string_view kOneUnit[] = {u"y", u"&"};
  static constexpr std::u16string_view kTwoUnits[] = {u"de", u"du", u"d'", u"of", u"da", u"di",
                                                      u"do", u"al", u"el", u"la", u"le"};
  static constexpr std::u16string_view kThreeUnits[] = {u"des", u"van", u"von", u"der", u"den", u"ter",
                                                        u"del", u"dos", u"das", u"bin", u"ibn", u"for"};
  auto in = [f](const auto& particles) {
    for (std::u16string_view p : particles)
      if (f == p) return true;
    return false;
  };
  switch (f.size()) {
    case 1: return in(kOneUnit);
    case 2: return in(kTwoUnits);
    case 3: return in(kThreeUnits);
    case 4: return f == u"pour"sv;
    case 5: return f == u"della"sv;
    default: return false;
  }
}

// Whether a name (or a gazetteer entry: "ARM", "l'Oréal") can start at
// the token: a word that is name-shaped, in capitals, or a capitalized
// elision.
bool may_start_name(const Token& t) {
  return t.kind == TokenKind::kWord && (name_shaped(t) || t.all_caps || (t.elision && t.cap));
}

class SpanFinder {
 public:
  SpanFinder(std::u16string_view text, const std::vector<Token>& tokens, std::vector<Mention>& out)
      : text_(text),
        t_(tokens),
        lex_(Lexicons::get()),
        n_(static_cast<int>(tokens.size())),
        ampersand_(lex_.word_id(u"&")),
        plus_(lex_.word_id(u"+")),
        out_(out) {}

  void run() {
    int i = 0;
    while (i < n_) {
      const Token& t = t_[i];
      // Most words (lower case) start nothing: no call to find that out.
      if (!may_start_name(t)) { ++i; continue; }
      int lex_len = 0;
      const NameEntry* entry = lexicon_match(i, &lex_len);
      if (!name_shaped(t)) {
        if (entry) { emit_lexicon(i, lex_len, *entry); i += lex_len; continue; }
        ++i;
        continue;
      }
      // A function word ("Le", "The", "Selon") opens no name, unless a
      // known name starts there ("Le Monde") or, inside a sentence, it is
      // the particle of a surname ("Mme Le Pen").
      if (!entry && t.facts->has_cue(CueKind::kStop) &&
          (t.weak || !is_particle(t.folded()) || !(i + 1 < n_ && same_line_next(i + 1) &&
                                                 t_[i + 1].space_before && name_shaped(t_[i + 1])))) {
        ++i;
        continue;
      }
      // Nor does a title ("Mme Le Pen", "President Trump"): the name follows it.
      if (!entry && is_title(i) && i + 1 < n_ && name_shaped(t_[i + 1])) { ++i; continue; }
      int run_end = extend_run(i, /*stop_at_lexicon=*/false);
      bool known = entry && entry->curated;
      bool person_led = !known && run_end - i >= 2 && t.facts->first_name;
      bool head_led = run_end - i >= 2 && (head_type(i) != EType::kNone ||
                                           suffix_type(run_end - 1) != EType::kNone);
      bool particle_led = !known && !t.weak && run_end - i >= 2 && is_particle(t.folded());
      if ((person_led || head_led || particle_led) && run_end - i > lex_len) {
        i = emit_run(i, run_end);
        continue;
      }
      // "Meta Platforms", "Google DeepMind": a known name that goes on with
      // more name words (not "AP Photo": capitals stand alone).
      if (known && entry->exact.empty() && lex_len == 1) {
        int longer = extend_run(i, /*stop_at_lexicon=*/true);
        // "Senate Majority Leader Chuck Schumer": a known name does not go
        // on into a role or a person's name.
        for (int k = i + 1; k < longer; ++k)
          if (t_[k].facts->first_name || is_title(k) || t_[k].facts->has_cue(CueKind::kNoun)) {
            longer = i + 1;
            break;
          }
        if (longer > i + 1 && !all_weak_common(i + 1, longer)) {
          Mention m = make(i, longer);
          m.evidence(entry->type, kKnown - 1, Rule::kLexiconExtended);
          push(std::move(m));
          i = longer;
          continue;
        }
      }
      if (entry) {
        emit_lexicon(i, lex_len, *entry);
        i += lex_len;
        continue;
      }
      run_end = extend_run(i, /*stop_at_lexicon=*/true);
      i = emit_run(i, run_end);
    }
  }

 private:
  bool same_line_next(int j) const { return j < n_ && !t_[j].newline_before; }
  bool common(int j) const { return t_[j].facts->common; }
  bool not_name(int j) const { return t_[j].facts->is_not_name(t_[j].all_caps); }
  EType head_type(int j) const {
    EType h = t_[j].facts->cue(CueKind::kHead);
    if (h == EType::kNone && j + 1 < n_ && same_line_next(j + 1))
      h = lex_.cue(CueKind::kHead, *t_[j].facts, *t_[j + 1].facts);
    return h;
  }
  EType suffix_type(int j) const { return t_[j].facts->cue(CueKind::kSuffix); }
  // "Mme", "Dr", "Président": a title or role before a name is no part of it.
  bool is_title(int j) const {
    if (t_[j].facts->has_cue(CueKind::kTitle)) return true;
    if (t_[j].facts->cue(CueKind::kNoun) == EType::kPerson && common(j)) return true;
    // First word of a two-word title: "Prime Minister", "Chief Executive".
    return j + 1 < n_ && t_[j + 1].kind == TokenKind::kWord &&
           lex_.cue(CueKind::kNoun, *t_[j].facts, *t_[j + 1].facts) == EType::kPerson;
  }

  // "la ministre de la Culture", "Secretary of State": j follows a portfolio
  // noun and "de", "de la", "de l'", "du", "des" or "of".
  bool after_portfolio(int j) const {
    int k = j - 1;
    if (k >= 0 && t_[k].kind == TokenKind::kWord && (t_[k].elision || t_[k].folded() == u"la"sv)) --k;
    if (k < 1 || t_[k].kind != TokenKind::kWord) return false;
    if (!is_of_word(t_[k].folded())) return false;
    return t_[k - 1].kind == TokenKind::kWord && t_[k - 1].facts->has_cue(CueKind::kPortfolio);
  }

  // "COP29", "F1"-like words: capitals then digits, where the capitals are a
  // known name written in capitals ("COP"): that name's type.
  EType numbered_known(int j) const {
    std::u16string_view w = text_.substr(t_[j].start, t_[j].end - t_[j].start);
    size_t letters = 0;
    while (letters < w.size() && w[letters] >= u'A' && w[letters] <= u'Z') ++letters;
    if (letters < 2 || letters == w.size()) return EType::kNone;
    for (size_t k = letters; k < w.size(); ++k)
      if (w[k] < u'0' || w[k] > u'9') return EType::kNone;
    std::u16string prefix(w.substr(0, letters));
    const NameNode node = lex_.next_name_node(kNameRoot, lex_.word_id(fold_token(prefix)));
    const std::vector<NameEntry>* entries = lex_.names_at(node);
    if (!entries) return EType::kNone;
    for (const NameEntry& e : *entries)
      if (e.curated && e.exact == prefix) return e.type;
    return EType::kNone;
  }

  // Longest gazetteer entry starting at token i, or nullptr.
  const NameEntry* lexicon_match(int i, int* len) const {
    *len = 0;
    const Token& first = t_[i];
    if (!may_start_name(first) || !first.facts->starts_name) return nullptr;
    const NameEntry* best = nullptr;
    NameNode node = kNameRoot;
    for (int k = 0; i + k < n_; ++k) {
      const Token& t = t_[i + k];
      if (k > 0 && t.newline_before) break;
      WordId word = t.facts->id;
      if (t.kind == TokenKind::kPunct) {
        // "S&P", "AT&T", "Canal+", "Disney+".
        const char16_t c = text_[t.start];
        if (c == u'&') word = ampersand_;
        else if (c == u'+' && !t.space_before) word = plus_;
        else break;
      }
      node = lex_.next_name_node(node, word);
      if (node == kNoName) break;
      if (word == ampersand_) continue;  // a name never ends on "&"
      const std::vector<NameEntry>* entries = lex_.names_at(node);
      if (!entries) continue;
      for (const NameEntry& e : *entries) {
        if (!e.exact.empty()) {
          if (k != 0 || text_.substr(first.start, first.end - first.start) != e.exact) continue;
        } else if (!e.curated && first.all_caps && first.end - first.start <= 4) {
          continue;  // "ARM", "USA"... as places only when written as such
        } else if (!(name_shaped(first) || first.all_caps)) {
          continue;
        }
        if (!best || k + 1 > *len || (e.curated && !best->curated)) {
          if (k + 1 > *len || e.curated) {
            best = &e;
            *len = k + 1;
          }
        }
      }
    }
    return best;
  }

  // End of the run of name words from i: capitalized words on one line,
  // joined by spaces or by particles ("de", "von", "&") where the run is a
  // head ("Bourse de Tokyo") or a person ("Charles de Gaulle").
  // Longer runs of capitalized words are lists or headlines, not one name;
  // the bound also keeps keys short, so grouping stays linear.
  static constexpr int kMaxNameTokens = 10;

  int extend_run(int i, bool stop_at_lexicon) const {
    const int end = run_without_bound(i, stop_at_lexicon);
    return end - i > kMaxNameTokens ? i + 1 : end;
  }

  int run_without_bound(int i, bool stop_at_lexicon) const {
    const bool bridge = head_type(i) != EType::kNone || t_[i].facts->first_name;
    // A capitalized particle inside a sentence starts a surname: "Mme Le Pen".
    if (!t_[i].weak && is_particle(t_[i].folded()) && same_line_next(i + 1) && name_shaped(t_[i + 1]) &&
        t_[i + 1].space_before)
      stop_at_lexicon = false;
    int j = i + 1;
    while (j < n_ && same_line_next(j) && j - i <= kMaxNameTokens) {
      const Token& t = t_[j];
      if (name_shaped(t)) {
        // In a headline every word is capitalized: a common word ends the name.
        // Not the word right after a first name: "By Jane Smith".
        if (t.weak && common(j) && suffix_type(j) == EType::kNone && head_type(j) == EType::kNone &&
            !(j == i + 1 && t_[i].facts->first_name))
          break;
        if (t.all_caps && not_name(j)) break;
        if (stop_at_lexicon) {
          int len = 0;
          if (lexicon_match(j, &len)) break;
        }
        ++j;
        continue;
      }
      if (t.kind == TokenKind::kPunct && text_[t.start] == u'&' && j + 1 < n_ &&
          same_line_next(j + 1) && name_shaped(t_[j + 1])) {
        j += 2;
        continue;
      }
      if (bridge && t.kind == TokenKind::kWord && !t.cap && is_particle(t.folded())) {
        int k = j;
        while (k < n_ && same_line_next(k) && t_[k].kind == TokenKind::kWord && !t_[k].cap &&
               is_particle(t_[k].folded()) && k - j < 3)
          ++k;
        if (k < n_ && same_line_next(k) && name_shaped(t_[k])) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    return j;
  }

  // A first name followed by capitalized words inside the sentence ("Pierre
  // Moscovici", "Marine Le Pen"), even when they are also common words.
  bool starts_person(int a, int b) const {
    // In a headline-like line ("Par Jean Dupont") a surname that is no
    // common word still says the first name is one.
    if (!(a + 1 < b && t_[a].facts->first_name)) return false;
    if (!t_[a + 1].weak || !common(a + 1)) return true;
    // A byline: "By Jane Smith" opening a line.
    return a >= 1 && t_[a - 1].kind == TokenKind::kWord && (a == 1 || t_[a - 1].newline_before) &&
           t_[a - 1].facts->has_cue(CueKind::kByline);
  }
  bool all_weak_common(int a, int b) const {
    for (int k = a; k < b; ++k)
      if (t_[k].kind == TokenKind::kWord && !(t_[k].weak && common(k))) return false;
    return true;
  }

  bool contains_cue_word(int a, int b) const {
    for (int k = a; k < b; ++k)
      if (t_[k].kind == TokenKind::kWord && (suffix_type(k) != EType::kNone || (k == a && head_type(k) != EType::kNone)))
        return true;
    return false;
  }

  // Turns the run [a, b) into at most one mention; returns where to go on.
  int emit_run(int a, int b) {
    const int end = b;
    // A run made a name by a head or suffix keeps its capitalized common
    // words ("Web Summit"); otherwise capitals at a weak position say
    // nothing, and leading words that name nothing go.
    if (!(b - a >= 2 && contains_cue_word(a, b) && !all_weak_common(a, b))) {
      // A lone capitalized common word at a weak position stays as pending:
      // the document may name it elsewhere ("Claude séduit. ... le chatbot Claude").
      if (b - a == 1 && t_[a].weak && common(a) && !not_name(a) && !is_title(a) && !t_[a].elision &&
          name_shaped(t_[a])) {
        Mention m = make(a, b);
        m.pending = true;
        m.evidence(EType::kOrg, kDefault, Rule::kCapitalized);
        push(std::move(m));
        return end;
      }
      while (a < b && (t_[a].kind != TokenKind::kWord || (t_[a].weak && common(a) && !starts_person(a, b)) ||
                       not_name(a) || t_[a].elision || is_title(a)))
        ++a;
      if (a < b && after_portfolio(a)) {
        const int role = a;
        while (a < b && common(a) && !t_[a].facts->first_name) ++a;
        // "la ministre de la Culture Rachida Dati": the minister's name follows.
        if (a > role && b - a >= 2) {
          Mention m = make(a, b);
          m.evidence(EType::kPerson, kNounCueFar, Rule::kPortfolio);
          push(std::move(m));
          return end;
        }
      }
      // "Prime Minister Keir Starmer": common words before a first name are a title.
      for (int k = a + 1; k + 1 < b; ++k) {
        if (!t_[k].facts->first_name) continue;
        bool all_common = true;
        for (int m = a; m < k; ++m) all_common = all_common && common(m);
        if (all_common) {
          Mention m = make(k, b);
          m.evidence(EType::kPerson, kNounCue, Rule::kTitleWords);
          push(std::move(m));
          return end;
        }
        break;
      }
    }
    if (a >= b) return end;
    // "Paris Janvier" no, but "Theresa May" yes: a person keeps its words.
    const bool person = t_[a].facts->first_name;
    while (b > a + 1 && ((not_name(b - 1) && !person) || t_[b - 1].kind != TokenKind::kWord)) --b;
    const Token& first = t_[a];
    if (b - a == 1) {
      if (first.end - first.start < 2 || not_name(a)) return end;
      if (first.all_caps && first.end - first.start <= 2) return end;
      // "AP Photo": a capitalized common word stuck to a known name.
      if (common(a) && !out_.empty() && out_.back().last == a && first.space_before &&
          !t_[a].weak)
        return end;
    }
    Mention m = make(a, b);
    if (first.caps_line) m.pending = true;
    if (b - a == 1 && first.weak && common(a)) m.pending = true;
    // French heads take the adjectives after them: "Banque mondiale",
    // "Parlement européen", "Forum économique mondial".
    EType head = b - a >= 1 ? head_type(a) : EType::kNone;
    if (head != EType::kNone) {
      int k = b, added = 0;
      while (k < n_ && added < 3 && same_line_next(k) && t_[k].kind == TokenKind::kWord && !t_[k].cap &&
             lex_.adjective_like(t_[k].folded()) && !t_[k].facts->has_cue(CueKind::kStop)) {
        ++k;
        ++added;
      }
      if (added > 0) {
        m = make(a, k);
        b = k;
      }
    }
    if (b - a >= 2 && head != EType::kNone) m.evidence(head, kHeadSuffix, Rule::kHead);
    if (b - a >= 2 && suffix_type(b - 1) != EType::kNone)
      m.evidence(suffix_type(b - 1), kHeadSuffix, Rule::kSuffix);
    if (b - a >= 2 && first.facts->first_name) m.evidence(EType::kPerson, kFirstName, Rule::kFirstName);
    if (b - a >= 2 && first.all_caps && !t_[b - 1].all_caps) m.evidence(EType::kOrg, kShape, Rule::kAcronymName);
    if (b - a == 1) {
      EType numbered = numbered_known(a);
      if (numbered != EType::kNone) m.evidence(numbered, kKnown - 1, Rule::kLexiconNumbered);
    }
    if (b - a == 1 && first.camel) m.evidence(EType::kOrg, kShape, Rule::kCamelCase);
    if (b - a == 1 && first.all_caps && first.end - first.start >= 3) m.evidence(EType::kOrg, kShape, Rule::kAcronym);
    if (b - a == 1 && first.facts->first_name) m.evidence(EType::kPerson, kFirstNameOnly, Rule::kFirstNameOnly);
    m.evidence(EType::kOrg, kDefault, Rule::kCapitalized);
    push(std::move(m));
    return std::max(end, b);
  }

  // "PARIS (AFP) -", "LONDON, Nov 19": a place in capitals opening a line,
  // then a parenthesis, a comma or a dash.
  bool dateline(int a, int len) const {
    if (!t_[a].all_caps || !(a == 0 || t_[a].newline_before)) return false;
    int k = a + len;
    if (k >= n_ || t_[k].kind != TokenKind::kPunct || t_[k].newline_before) return false;
    char16_t c = text_[t_[k].start];
    return c == u'(' || c == u',' || c == u'-' || c == u'\u2013' || c == u'\u2014';
  }

  void emit_lexicon(int a, int len, const NameEntry& e) {
    Mention m = make(a, a + len);
    if (!e.key.empty()) m.key = e.key;
    m.evidence(e.type, e.curated ? kKnown : kPlaceLexicon, Rule::kLexicon);
    const Token& first = t_[a];
    // A place of the generated lists that is also a common word, or an
    // acronym that is also a word ("US", "WHO" in a capitals headline),
    // needs the document to confirm it.
    if (first.weak && len == 1 && (!e.curated || first.caps_line) && common(a) && !dateline(a, len))
      m.pending = true;
    push(std::move(m));
  }

  // What token k adds to a mention's key: punctuation as written, else
  // the folded word.
  std::u16string_view key_part(int k) const {
    return t_[k].kind == TokenKind::kPunct ? text_.substr(t_[k].start, t_[k].end - t_[k].start) : t_[k].folded();
  }

  Mention make(int a, int b) const {
    Mention m;
    m.first = a;
    m.last = b;
    m.span = {t_[a].start, t_[b - 1].end};
    // The key is sized once and filled in place: one string operation
    // rather than one per token.
    size_t length = 0;
    for (int k = a; k < b; ++k) length += (k > a && t_[k].space_before) + key_part(k).size();
    m.key.resize(length);
    char16_t* to = &m.key[0];
    for (int k = a; k < b; ++k) {
      if (k > a && t_[k].space_before) *to++ = u' ';
      const std::u16string_view part = key_part(k);
      to = std::copy(part.begin(), part.end(), to);
      if (t_[k].kind == TokenKind::kWord) ++m.words;
    }
    if (b < n_ && t_[b].kind == TokenKind::kNumber && t_[b].space_before && !t_[b].newline_before) {
      std::u16string_view num = text_.substr(t_[b].start, t_[b].end - t_[b].start);
      bool followed = b + 1 < n_ && !t_[b + 1].space_before && t_[b + 1].kind != TokenKind::kPunct;
      if (!followed && num.size() == 4 && (num.substr(0, 2) == u"19"sv || num.substr(0, 2) == u"20"sv)) {
        m.number_end = t_[b].end;
        m.number_is_year = true;
      } else if (!followed && num.size() <= 4 && num.find(u',') == std::u16string_view::npos) {
        m.number_end = t_[b].end;
      }
    }
    return m;
  }

  void push(Mention m) {
    if (!out_.empty() && out_.back().span.end > m.span.start) return;
    out_.push_back(std::move(m));
  }

  std::u16string_view text_;
  const std::vector<Token>& t_;
  const Lexicons& lex_;
  const int n_;
  const WordId ampersand_, plus_;  // the punctuation names contain
  std::vector<Mention>& out_;
};

}  // namespace

void find_name_spans(std::u16string_view text, const std::vector<Token>& tokens, std::vector<Mention>& out) {
  out.clear();
  SpanFinder(text, tokens, out).run();
}

}  // namespace entity
}  // namespace tx
