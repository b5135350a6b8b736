// How fast established C++ libraries spell and read the compute benchmark's numbers on this
// machine: {fmt}'s Dragonbox (shortest round-trip digits) and fast_float. convscope's own
// figures (`convscope-bench numbers`) are meant to be read beside these; see BENCHMARKS.md.
//
//   g++ -O2 -std=c++17 scripts/number_floor.cpp -o number_floor -lfmt
//   ./number_floor requests.jsonl answers.jsonl
//
// Every timing is CPU time on one thread, the best of five passes.
#include <fast_float/fast_float.h>
#include <fmt/compile.h>
#include <fmt/format.h>

#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

namespace {
std::string slurp(const char* path) {
  std::string text;
  FILE* file = std::fopen(path, "rb");
  if (!file) return text;
  char block[1 << 16];
  size_t n;
  while ((n = std::fread(block, 1, sizeof block, file)) > 0) text.append(block, n);
  std::fclose(file);
  return text;
}

double cpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// Every number in a JSON text, found by a byte scan and read with fast_float.
std::vector<double> numbers(const std::string& text) {
  std::vector<double> values;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    if ((*p >= '0' && *p <= '9') || *p == '-') {
      double value;
      auto result = fast_float::from_chars(p, end, value);
      if (result.ec == std::errc()) {
        values.push_back(value);
        p = result.ptr;
        continue;
      }
    }
    ++p;
  }
  return values;
}

template <typename Body> double best(Body body) {
  double fastest = 1e9;
  for (int pass = 0; pass < 5; ++pass) {
    double start = cpuSeconds();
    body();
    fastest = std::min(fastest, cpuSeconds() - start);
  }
  return fastest;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: number_floor requests.jsonl answers.jsonl\n");
    return 64;
  }
  std::string requests = slurp(argv[1]), answers = slurp(argv[2]);
  std::vector<double> in, out = numbers(answers);
  double read = best([&] { in = numbers(requests); });
  unsigned long long sink = 0;
  double digits = best([&] {
    for (double d : out)
      if (d != 0) {
        auto decimal = fmt::detail::dragonbox::to_decimal(d < 0 ? -d : d);
        sink += decimal.significand + decimal.exponent;
      }
  });
  size_t bytes = 0;
  double spelled = best([&] {
    char text[64];
    bytes = 0;
    for (double d : out) bytes += fmt::format_to(text, FMT_COMPILE("{}"), d) - text + 2;
  });
  std::printf("| measure | per number | all |\n|---|---|---|\n");
  std::printf("| fast_float, reading the %zu request numbers (with the scan) | %.1f ns | %.1f ms |\n",
              in.size(), read * 1e9 / in.size(), read * 1e3);
  std::printf("| Dragonbox digits alone, the %zu answer numbers (zeros skipped) | %.1f ns | %.1f ms |\n",
              out.size(), digits * 1e9 / out.size(), digits * 1e3);
  std::printf("| {fmt} spelling them into a buffer (%zu bytes with \", \") | %.1f ns | %.1f ms |\n",
              bytes, spelled * 1e9 / out.size(), spelled * 1e3);
  return sink == 42 ? 1 : 0;  // keeps the digits loop from being optimised away
}
