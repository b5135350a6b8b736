import Foundation
import Testing

/// The channels scene in a real terminal: channel keys, a refused groups value, the mode key.
@Suite(
  "Channels explorer in tmux", .serialized,
  .enabled(
    if: TmuxSession.isAvailable,
    "tmux is not installed (or the convscope binary was not found), so these tests are skipped")
)
struct ChannelTUIEndToEndTests {
  let binary = ExplorerBinary.path ?? "convscope"

  @Test("C and R make a grouped convolution; a groups value that does not divide is refused")
  func groupsAndMode() throws {
    let session = try TmuxSession(width: 120, height: 40)
    defer { session.close() }
    try session.run("'\(binary)' tui channels")
    var (screen, ok) = try session.waitFor("[6 channels]", "cin 3", "reads (2 out × 3 in)")
    #expect(ok, "the channels scene did not draw:\n\(screen)")
    try session.type("R")
    (screen, ok) = try session.waitFor("must divide the input channels (3)", "g 1")
    #expect(ok, "groups 2 of 3 channels was not refused:\n\(screen)")
    try session.type("CR")
    (screen, ok) = try session.waitFor("groups 1 → 2", "reads (2 out × 4 in)", "Groups 2:")
    #expect(ok, "after C and R:\n\(screen)")
    try session.type("m")
    (screen, ok) = try session.waitFor("mode: pointwise", "1×1")
    #expect(ok, "after m:\n\(screen)")
    try session.type("q")
    let (settings, back) = try session.sttySettings()
    #expect(back, "the shell did not come back after quitting:\n\(settings)")
  }
}
