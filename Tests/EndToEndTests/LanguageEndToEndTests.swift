import Foundation
import Testing

/// `--lang` on the real binary, its default from the locale, and `z` in a real terminal.
@Suite("Languages, end to end")
struct LanguageEndToEndTests {
  /// Whether `text` holds a Han ideograph.
  static func hasCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
  }

  @Test("--lang zh words every subcommand's output and refusals in Chinese; en in English")
  func everySubcommand() throws {
    let chinese: [[String]] = [
      ["shape", "--input", "6", "--stride", "2", "--padding", "1"],
      ["shape", "--layers", "conv k3 s2 p1; maxpool k2"],
      ["scenes"],
      ["export", "conv", "--frame", "1"],
      ["worksheet", "--seed", "7", "--count", "2"],
    ]
    for arguments in chinese {
      let zh = try BinaryRunner.run(arguments: arguments + ["--lang", "zh"])
      #expect(zh.status == 0, "\(arguments): \(zh.stderr)")
      let en = try BinaryRunner.run(arguments: arguments + ["--lang", "en"])
      #expect(en.status == 0, "\(arguments): \(en.stderr)")
      // export and worksheet print the caption families' words, which have their own checks.
      if arguments[0] == "shape" || arguments[0] == "scenes" {
        #expect(zh.stdout != en.stdout, "\(arguments)")
        #expect(Self.hasCJK(zh.stdout), "\(arguments): \(zh.stdout.prefix(200))")
        #expect(!Self.hasCJK(en.stdout.replacing("中文", with: "")), "\(arguments)")
      }
    }
    let refusals: [[String]] = [
      ["export", "conv", "--kernel", "9"], ["shape", "--kernel", "99"], ["tui", "nope"],
      ["export", "nope"], ["worksheet", "--width", "5"],
      ["shape", "--layers", "conv k3 s0"], ["export", "conv", "--frame", "99"],
    ]
    for arguments in refusals {
      let zh = try BinaryRunner.run(arguments: arguments + ["--lang", "zh"])
      #expect(zh.status == 64, "\(arguments)")
      #expect(Self.hasCJK(zh.stderr), "\(arguments): \(zh.stderr)")
      let en = try BinaryRunner.run(arguments: arguments + ["--lang", "en"])
      #expect(en.status == 64 && en.stderr.hasPrefix("Error: "), "\(arguments): \(en.stderr)")
      #expect(!Self.hasCJK(en.stderr), "\(arguments): \(en.stderr)")
    }
  }

  @Test("compute answers in Chinese with --lang zh, in English by default whatever LANG says")
  func compute() throws {
    let request = #"{"op": "conv3d"}"# + "\n"
    let zh = try BinaryRunner.run(arguments: ["compute", "--lang", "zh"], stdin: request)
    #expect(zh.status == 1 && zh.stdout.hasPrefix("{\"error\": \"未知的 op"), "\(zh.stdout)")
    let byLocale = try BinaryRunner.run(
      arguments: ["compute"], stdin: request, environment: ["LANG": "zh_CN.UTF-8"])
    #expect(byLocale.stdout.hasPrefix("{\"error\": \"Unknown op"), "\(byLocale.stdout)")
  }

  @Test("without --lang, LC_ALL, then LC_MESSAGES, then LANG decide")
  func localeDefault() throws {
    let arguments = ["export", "conv", "--kernel", "9"]
    func stderr(_ environment: [String: String]) throws -> String {
      try BinaryRunner.run(arguments: arguments, environment: environment).stderr
    }
    #expect(Self.hasCJK(try stderr(["LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"])))
    #expect(Self.hasCJK(try stderr(["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C.UTF-8"])))
    #expect(!Self.hasCJK(try stderr(["LC_MESSAGES": "C", "LANG": "zh_CN.UTF-8"])))
    #expect(!Self.hasCJK(try stderr(["LC_ALL": "C", "LC_MESSAGES": "zh_CN", "LANG": "zh_CN"])))
    #expect(Self.hasCJK(try stderr(["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "C"])))
    // --lang wins over the locale.
    let english = try BinaryRunner.run(
      arguments: arguments + ["--lang", "en"], environment: ["LC_ALL": "zh_CN.UTF-8"])
    #expect(!Self.hasCJK(english.stderr))
  }

  @Test("a bad --lang is one sentence and status 64, in the locale's language")
  func badLanguage() throws {
    let bad = try BinaryRunner.run(arguments: ["shape", "--lang", "fr"])
    #expect(bad.status == 64)
    #expect(bad.stderr == "Error: The language 'fr' is not known; use en or zh.\n")
    let inChinese = try BinaryRunner.run(
      arguments: ["scenes", "--lang", "klingon"], environment: ["LC_MESSAGES": "zh_CN.UTF-8"])
    #expect(inChinese.status == 64)
    #expect(inChinese.stderr.contains("klingon") && Self.hasCJK(inChinese.stderr))
    for subcommand in [["tui"], ["export", "conv"], ["compute"], ["worksheet"], ["quiz"], []] {
      let result = try BinaryRunner.run(arguments: subcommand + ["--lang", "xx"])
      #expect(result.status == 64, "\(subcommand)")
      #expect(result.stderr.contains("'xx'"), "\(subcommand): \(result.stderr)")
    }
  }
}

/// The explorer opened with `--lang zh` in tmux: Chinese on screen; `z` turns it English.
@Suite(
  "Explorer languages in tmux", .serialized,
  .enabled(
    if: TmuxSession.isAvailable,
    "tmux is not installed (or the convscope binary was not found), so the explorer's terminal tests are skipped"
  )
)
struct LanguageTUIEndToEndTests {
  let binary = ExplorerBinary.path ?? "convscope"

  @Test("tui conv --lang zh shows Chinese; z switches to English and back")
  func switchWithZ() throws {
    let session = try TmuxSession(width: 100, height: 30)
    defer { session.close() }
    try session.run("'\(binary)' tui conv --lang zh")
    var (screen, ok) = try session.waitFor("[1 conv]", "步长", "? 帮助")
    #expect(ok, "the explorer did not open in Chinese:\n\(screen)")
    try session.type("z")
    (screen, ok) = try session.waitFor("now in English", "stride", "? help")
    #expect(ok, "z did not switch to English:\n\(screen)")
    #expect(!screen.contains("步长"), "Chinese left on screen after z:\n\(screen)")
    try session.type("z")
    (screen, ok) = try session.waitFor("已切换到中文", "步长")
    #expect(ok, "z did not switch back to Chinese:\n\(screen)")
    try session.type("q")
    let (settings, restored) = try session.sttySettings()
    #expect(restored, "the shell did not come back after quitting:\n\(settings)")
  }

  @Test("LANG=zh_CN.UTF-8 opens in Chinese, drawn in UTF-8 even where that locale is not installed")
  func localeOpensChinese() throws {
    let session = try TmuxSession(width: 100, height: 30)
    defer { session.close() }
    try session.run("env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 '\(binary)' tui conv")
    let (screen, ok) = try session.waitFor("[1 conv]", "步长", "⏸")
    #expect(ok, "the locale did not open the explorer in Chinese:\n\(screen)")
    try session.type("q")
    _ = try session.sttySettings()
  }

  @Test("without a UTF-8 locale, --lang zh opens in English and says why; z says it again")
  func noUTF8() throws {
    let session = try TmuxSession(width: 100, height: 30)
    defer { session.close() }
    try session.run("LC_ALL=C LANG=C '\(binary)' tui conv --lang zh")
    var (screen, ok) = try session.waitFor("[1 conv]", "Chinese needs a UTF-8 terminal")
    #expect(ok, "no word on the missing UTF-8:\n\(screen)")
    #expect(!screen.contains("?????"), "Chinese drawn as question marks:\n\(screen)")
    try session.type("S")
    (screen, ok) = try session.waitFor("stride 2x2 -> 3x3")
    #expect(ok, "after S:\n\(screen)")
    try session.type("z")
    (screen, ok) = try session.waitFor("Chinese needs a UTF-8 terminal")
    #expect(ok, "z in ASCII:\n\(screen)")
    try session.type("q")
    _ = try session.sttySettings()
  }
}
