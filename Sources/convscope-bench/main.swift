// convscope-bench: prints the speed of the engine, the compute protocol, the
// scenes and the explorer. Run with `swift run -c release convscope-bench`;
// `convscope-bench channels` runs only the multi-channel compute table,
// `convscope-bench compute` only the 20,000-request compute table and its memory rows,
// `convscope-bench stacks` only the stack table,
// `convscope-bench numbers` only number spelling and reading (with a million-number check).

print("# convscope benchmark")
#if DEBUG
  print(
    "\nWARNING: this is a debug build; run `swift run -c release convscope-bench` for real numbers."
  )
#endif
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "channels" {
  ChannelBenchmarks.run().print()
} else if arguments.first == "explorer" {
  // Only the explorer's table; `explorer KEYS N` instead presses KEYS in turn N times on
  // the 32×32 grid and prints nothing but the time, for profilers such as perf.
  do {
    if arguments.count == 3, let count = Int(arguments[2]) {
      print(try ExplorerBenchmarks.press(Array(arguments[1]), count: count))
    } else {
      try ExplorerBenchmarks.run().print()
    }
  } catch {
    print("benchmark failed: \(error)")
  }
} else if arguments.first == "stacks" {
  do {
    try StackBenchmarks.run().print()
  } catch {
    print("benchmark failed: \(error)")
  }
} else if arguments.first == "compute" {
  ComputeBenchmarks.run().print()
} else if arguments.first == "numbers" {
  NumberBenchmarks.run().print()
} else {
  do {
    try EngineBenchmarks.run().print()
    try StackBenchmarks.run().print()
    ComputeBenchmarks.run().print()
    ChannelBenchmarks.run().print()
    try SceneBenchmarks.run().print()
    try ExplorerBenchmarks.run().print()
  } catch {
    print("benchmark failed: \(error)")
  }
}
