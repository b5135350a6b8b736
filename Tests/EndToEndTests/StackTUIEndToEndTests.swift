import Foundation
import Testing

/// The stack scenes in the real explorer at the classroom's 80×24: arrows move the traced
/// cell, l cycles the layer presets, Tab goes on to overlap.
@Suite(
  "Stack scenes in tmux", .serialized,
  .enabled(
    if: TmuxSession.isAvailable,
    "tmux is not installed (or the convscope binary was not found), so these tests are skipped"
  )
)
struct StackTUIEndToEndTests {
  let binary = ExplorerBinary.path ?? "convscope"

  @Test("receptive at 80×24: ↑ moves the traced cell, l loads vgg16, Tab reaches overlap")
  func receptive() throws {
    let session = try TmuxSession(width: 80, height: 24)
    defer { session.close() }
    try session.run("'\(binary)' tui receptive")
    var (screen, ok) = try session.waitFor("receptive", "tracing y[2,2]")
    #expect(ok, "first frame:\n\(screen)")
    try session.press("Up")
    (screen, ok) = try session.waitFor("tracing y[1,2]")
    #expect(ok, "after ↑:\n\(screen)")
    try session.type("l")
    (screen, ok) = try session.waitFor("vgg16", "224×224")
    #expect(ok, "after l:\n\(screen)")
    try session.type("G")
    (screen, ok) = try session.waitFor("a 212×212 field")
    #expect(ok, "after G:\n\(screen)")
    try session.press("Tab")
    (screen, ok) = try session.waitFor("overlap", "taps per cell 1–4")
    #expect(ok, "after Tab:\n\(screen)")
    try session.type("q")
    let (settings, back) = try session.sttySettings()
    #expect(back && sttyRestored(settings), "terminal after q:\n\(settings)")
  }
}
