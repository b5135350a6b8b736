// convscope-bench: prints the speed of the engine, the compute protocol, the
// scenes and the explorer. Run with `swift run -c release convscope-bench`;
// `convscope-bench channels` runs only the multi-channel compute table,
// `convscope-bench numbers` only number spelling and reading (with a million-number check).

print("# convscope benchmark")
#if DEBUG
  print(
    "\nWARNING: this is a debug build; run `swift run -c release convscope-bench` for real numbers."
  )
#endif
if CommandLine.arguments.dropFirst().first == "channels" {
  ChannelBenchmarks.run().print()
} else if CommandLine.arguments.dropFirst().first == "numbers" {
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
