import Foundation
import Testing

/// `convscope quiz` in the real terminal at 80×24: the card asks, Enter reveals the scene and
/// the verdict, the next Enter asks again, and q leaves the terminal as it was.
@Suite(
  "Quiz in tmux", .serialized,
  .enabled(
    if: TmuxSession.isAvailable,
    "tmux is not installed (or the convscope binary was not found), so these tests are skipped"
  )
)
struct QuizEndToEndTests {
  let binary = ExplorerBinary.path ?? "convscope"

  @Test("a wrong answer reveals the conv scene and the answer; Enter asks the next question")
  func round() throws {
    let session = try TmuxSession(width: 80, height: 24)
    defer { session.close() }
    try session.run("'\(binary)' quiz conv --seed 7 --count 2")
    var (screen, ok) = try session.waitFor("quiz, seed 7", "Question 1 of 2", "Enter answers")
    #expect(ok, "first card:\n\(screen)")
    try session.type("999")
    (screen, ok) = try session.waitFor("> 999")
    #expect(ok, "typed:\n\(screen)")
    try session.press("Enter")
    (screen, ok) = try session.waitFor("✗ Not 999 (0 of 1)", "Enter: next question", "conv")
    #expect(ok, "reveal:\n\(screen)")
    try session.press("Enter")
    (screen, ok) = try session.waitFor("Question 2 of 2 · score 0 of 1")
    #expect(ok, "second card:\n\(screen)")
    try session.type("q")
    let (settings, back) = try session.sttySettings()
    #expect(back && sttyRestored(settings), "terminal after q:\n\(settings)")
  }
}

/// What `convscope quiz` refuses, before it opens the terminal.
@Suite struct QuizCommandTests {
  @Test func aSceneWithoutQuestionsIsRefused() throws {
    let result = try BinaryRunner.run(arguments: ["quiz", "unpool"])
    #expect(result.status != 0)
    #expect(
      result.stderr.contains(
        "The quiz has no questions about unpool; it asks about conv, transposed, shapes and"
          + " receptive."))
  }

  @Test func badCountsAndScenesAreRefused() throws {
    let count = try BinaryRunner.run(arguments: ["quiz", "--count", "0"])
    #expect(count.status != 0 && count.stderr.contains("A quiz asks 1 to 20 questions"))
    let scene = try BinaryRunner.run(arguments: ["quiz", "nosuch"])
    #expect(scene.status != 0 && scene.stderr.contains("nosuch"))
  }

  @Test func withoutATerminalItSaysSo() throws {
    let result = try BinaryRunner.run(arguments: ["quiz"])
    #expect(result.status != 0)
    #expect(!result.stderr.isEmpty && !result.stderr.contains("\n\n"))
  }
}
