// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "convscope",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "convscope", targets: ["convscope"]),
    .executable(name: "convscope-bench", targets: ["convscope-bench"]),
    .executable(name: "convscope-fuzz", targets: ["convscope-fuzz"]),
    .library(name: "ConvArithmetic", targets: ["ConvArithmetic"]),
    .executable(name: "convscope-hostile", targets: ["convscope-hostile"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The engine: shape arithmetic and every operation. No I/O, no formatting.
    .target(
      name: "ConvArithmetic",
      // floor and round come from libm, which nothing else links for a pure-Swift target.
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
    ),
    // Every word a reader sees: message values and one catalogue per language.
    .target(name: "ConvMessages", dependencies: ["ConvArithmetic"]),
    // JSON read and written as bytes: the parser, the value type, the writer and number
    // spelling. Its refusals are message values, which the catalogues word.
    .target(name: "ConvJSON", dependencies: ["ConvArithmetic", "ConvMessages"]),
    // The JSON Lines compute protocol, shared by `convscope compute`, its tests and the benchmark.
    .target(name: "ConvCompute", dependencies: ["ConvArithmetic", "ConvJSON", "ConvMessages"]),
    // The visualisation core: scenes, frames and renderers.
    .target(name: "ConvScenes", dependencies: ["ConvArithmetic", "ConvJSON", "ConvMessages"]),
    // ncursesw, through a module map and a small shim header.
    .systemLibrary(
      name: "CNCurses",
      providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
    ),
    // The explorer's logic, pure: state, events, reducer, layout and hit testing. No C, no terminal.
    .target(name: "ConvExplorer", dependencies: ["ConvScenes", "ConvArithmetic", "ConvMessages"]),
    // The only code that calls C: the curses driver, signals, the environment and files.
    .target(
      name: "ConvTerminal",
      dependencies: [
        "ConvExplorer", "ConvScenes", "ConvCompute", "ConvArithmetic", "ConvMessages", "CNCurses",
      ]),
    .executableTarget(
      name: "convscope",
      dependencies: [
        "ConvArithmetic", "ConvCompute", "ConvMessages", "ConvScenes", "ConvExplorer",
        "ConvTerminal",
        "ConvJSON",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // A release binary on Linux carries the Swift runtime inside it: loading and relocating
      // eleven shared libraries was about 7 of the 20 ms of CPU every command spent starting.
      // The three libraries after -static-stdlib are what FoundationEssentials (used by
      // ArgumentParser) needs and -static-stdlib alone does not bring. Debug builds, which the
      // tests use (they link this target beside the dynamic Testing library), stay dynamic.
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections",
            "-lswiftSynchronization",
          ], .when(platforms: [.linux], configuration: .release))
      ]
    ),
    .executableTarget(
      name: "convscope-bench",
      dependencies: [
        "ConvArithmetic", "ConvCompute", "ConvScenes", "ConvExplorer", "ConvTerminal", "ConvJSON",
      ]
    ),
    // Long fuzzing of the explorer's state machine, kept out of the tests' time budget.
    .executableTarget(
      name: "convscope-fuzz",
      dependencies: ["ConvArithmetic", "ConvScenes", "ConvExplorer", "ConvTerminal"]),
    .testTarget(name: "ConvArithmeticTests", dependencies: ["ConvArithmetic"]),
    .testTarget(
      name: "ConvJSONTests", dependencies: ["ConvJSON", "ConvArithmetic", "ConvMessages"]),
    .testTarget(name: "ConvMessagesTests", dependencies: ["ConvMessages", "ConvArithmetic"]),
    .testTarget(
      name: "ConvComputeTests",
      dependencies: ["ConvCompute", "ConvArithmetic", "ConvJSON", "ConvMessages"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ConvScenesTests", dependencies: ["ConvScenes", "ConvArithmetic", "ConvJSON"],
      resources: [.copy("Golden")]
    ),
    .testTarget(
      name: "ConvExplorerTests", dependencies: ["ConvExplorer", "ConvScenes", "ConvArithmetic"]),
    .testTarget(
      name: "ConvTerminalTests",
      dependencies: ["ConvTerminal", "ConvExplorer", "ConvScenes", "ConvArithmetic"]),
    .testTarget(name: "EndToEndTests", dependencies: ["convscope"]),
    // Issue 9's long hostile runs against the real binary (random keys and resizes in tmux,
    // random command lines), too slow for the tests.
    .executableTarget(name: "convscope-hostile"),
  ],
  swiftLanguageModes: [.v6]
)

// These targets see only the members of modules they import themselves, so Foundation or a
// C library cannot leak into a layer through another module's imports unseen.
for target in package.targets
where [
  "ConvArithmetic", "ConvJSON", "ConvMessages", "ConvCompute", "ConvScenes", "ConvExplorer",
  "ConvTerminal", "convscope", "convscope-bench", "convscope-fuzz",
]
.contains(target.name) {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("MemberImportVisibility")
    ]
}
