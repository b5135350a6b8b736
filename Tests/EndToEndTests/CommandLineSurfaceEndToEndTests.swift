import Testing

/// The command line's surface on the real binary: the subcommands' names and every option each
/// command lists, in order.
///
/// The start-up work declares options differently (the single scenes' options and `--lang`
/// without option groups, the subcommands' names written out): these lists pin what a user
/// sees, so that no rearrangement drops, renames or reorders an option.
@Suite("the command line's names and options, end to end")
struct CommandLineSurfaceEndToEndTests {
  /// The options every scene command (`export`, `tui`) takes, in the order their help lists them.
  static let sceneOptions = [
    "--input", "--kernel", "--stride", "--padding", "--dilation", "--output-padding", "--values",
    "--flip", "--preset", "--view", "--transpose", "--factor", "--align-corners", "--compare",
    "--inputs", "--in-channels", "--out-channels", "--groups", "--mode", "--multiplier",
    "--bn-values", "--eps", "--layers", "--cell",
  ]

  /// The names a help text lists in its option lines (`  --input <input>  …`, `  -h, --help`).
  static func optionNames(_ help: String) -> [String] {
    var names: [String] = []
    for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("  -") else { continue }
      for word in line.split(separator: " ") {
        let name = word.hasSuffix(",") ? word.dropLast() : word
        guard name.hasPrefix("-") else { break }
        names.append(String(name))
      }
    }
    return names
  }

  @Test("the root lists each subcommand under its name, tui as the default")
  func subcommandNames() throws {
    let result = try BinaryRunner.run(arguments: ["--help"])
    #expect(result.status == 0)
    // The section runs from its heading to the first empty line; wrapped abstracts are indented.
    let section = result.stdoutLines.drop(while: { $0 != "SUBCOMMANDS:" }).dropFirst()
      .prefix(while: { !$0.isEmpty })
    let listed = section.filter { !$0.hasPrefix("   ") }.compactMap {
      $0.split(separator: " ").first.map(String.init)
    }
    #expect(listed == ["compute", "shape", "tui", "export", "scenes", "worksheet", "quiz"])
    #expect(result.stdout.contains("  tui (default)  "))
  }

  @Test(
    "each subcommand answers to its name and its help names it",
    arguments: [
      "compute", "shape", "tui", "export", "scenes", "worksheet", "quiz",
    ])
  func subcommandAnswersToItsName(_ name: String) throws {
    let result = try BinaryRunner.run(arguments: [name, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: convscope \(name)"))
  }

  @Test("export lists the scene options, then its own, --lang last")
  func exportOptions() throws {
    let result = try BinaryRunner.run(arguments: ["export", "--help"])
    #expect(result.status == 0)
    #expect(
      Self.optionNames(result.stdout)
        == Self.sceneOptions + [
          "--format", "--frame", "--all", "--split", "--output", "--ascii", "--width", "--colors",
          "--lang", "-h", "--help",
        ])
  }

  @Test("tui lists the scene options, --stats and --lang")
  func tuiOptions() throws {
    let result = try BinaryRunner.run(arguments: ["tui", "--help"])
    #expect(result.status == 0)
    #expect(
      Self.optionNames(result.stdout) == Self.sceneOptions + ["--stats", "--lang", "-h", "--help"])
  }

  @Test("every other subcommand lists --lang where it did")
  func languageOptionPlaces() throws {
    let expected: [String: [String]] = [
      "compute": ["--lang", "-h", "--help"],
      "scenes": ["--lang", "-h", "--help"],
      "quiz": ["--seed", "--count", "--lang", "-h", "--help"],
      "worksheet": [
        "--seed", "--count", "--width", "--lang", "--format", "--output", "-h", "--help",
      ],
      // The stack options come first, in their own section.
      "shape": [
        "--layers", "--preset", "--in-channels", "--format", "--input", "--kernel", "--stride",
        "--padding", "--dilation", "--output-padding", "--table", "--inputs", "--lang", "-h",
        "--help",
      ],
    ]
    for (name, names) in expected {
      let result = try BinaryRunner.run(arguments: [name, "--help"])
      #expect(result.status == 0)
      #expect(Self.optionNames(result.stdout) == names, "\(name)")
    }
  }

  @Test("a scene option is read into the scene it belongs to, and refused for another")
  func sceneOptionsStillApply() throws {
    let matrix = try BinaryRunner.run(arguments: [
      "export", "matrix", "--transpose", "--frame", "1",
    ])
    #expect(matrix.status == 0)
    let refused = try BinaryRunner.run(arguments: ["export", "conv", "--transpose"])
    #expect(refused.status == 64)
    #expect(refused.stderr.hasPrefix("Error: "))
    let bnfold = try BinaryRunner.run(arguments: [
      "export", "bnfold", "--eps", "1e-3", "--in-channels", "2", "--frame", "1", "--format", "json",
    ])
    #expect(bnfold.status == 0)
    let badEps = try BinaryRunner.run(arguments: ["export", "bnfold", "--eps", "x"])
    #expect(badEps.status == 64)
    let zh = try BinaryRunner.run(arguments: ["export", "conv", "--frame", "1", "--lang", "zh"])
    let en = try BinaryRunner.run(arguments: ["export", "conv", "--frame", "1", "--lang", "en"])
    #expect(zh.status == 0 && en.status == 0)
    #expect(zh.stdout != en.stdout)
  }
}
