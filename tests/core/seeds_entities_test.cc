// Acceptance: the entities of the two sample articles against their
// hand-checked gold (shared/spec/seeds-gold), scored strictly: a mention
// counts when start, end and type are all the same. Keys are compared as
// groups: every gold entity's mentions share one predicted key, and two
// gold entities never share one.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "testing.h"

namespace tx {
namespace {

TEST_CASE("entities: strict F1 >= 0.9 on the seeds and every gold key group reproduced") {
  std::vector<Seed> seeds = load_seeds();
  REQUIRE(seeds.size() >= 2);
  int tp = 0, fp = 0, fn = 0;
  for (const Seed& seed : seeds) {
    CAPTURE(seed.name);
    const nlohmann::json& gold = seed.gold;
    Analysis a = analyze(seed.text, Options{});

    using SpanType = std::tuple<int, int, std::string>;
    std::map<SpanType, std::string> predicted;  // -> predicted key
    for (const Entity& e : a.entities) predicted[{e.span.start, e.span.end, e.type}] = e.key;
    std::set<SpanType> gold_spans;
    std::map<std::string, std::set<std::string>> predicted_keys_of_gold;  // gold key -> predicted keys
    for (const auto& g : gold["entities"]) {
      SpanType k{g["start"].get<int>(), g["end"].get<int>(), g["type"].get<std::string>()};
      gold_spans.insert(k);
      auto it = predicted.find(k);
      std::string mention = g["text"].get<std::string>();
      CAPTURE(mention);
      if (it == predicted.end()) {
        ++fn;
        MESSAGE("missed: " << mention << " " << std::get<2>(k));
        continue;
      }
      ++tp;
      predicted_keys_of_gold[g["key"].get<std::string>()].insert(it->second);
    }
    for (const auto& [k, key] : predicted)
      if (!gold_spans.count(k)) {
        ++fp;
        MESSAGE("extra: " << key << " " << std::get<2>(k) << " at " << std::get<0>(k));
      }
    std::map<std::string, std::string> gold_key_of_predicted;
    for (const auto& entry : predicted_keys_of_gold) {
      // A named copy: CAPTURE cannot take a structured binding in C++17.
      const std::string& gold_key = entry.first;
      const auto& keys = entry.second;
      CAPTURE(gold_key);
      CHECK(keys.size() == 1);
      for (const std::string& k : keys) {
        CAPTURE(k);
        auto [it, inserted] = gold_key_of_predicted.emplace(k, gold_key);
        CHECK((inserted || it->second == gold_key));
      }
    }
  }
  double precision = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0;
  double recall = tp + fn ? static_cast<double>(tp) / (tp + fn) : 0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  MESSAGE("seeds: precision " << precision << ", recall " << recall << ", F1 " << f1 << " (tp " << tp
                              << ", fp " << fp << ", fn " << fn << ")");
  CHECK(f1 >= 0.9);
}

}  // namespace
}  // namespace tx
