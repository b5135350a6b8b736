import Foundation
import Testing

/// The README's channels frame is what the binary prints now.
@Suite struct ChannelReadmeTests {
  @Test("the README's grouped channels frame is what export prints")
  func groupedFrame() throws {
    let shown = try ReadmeTests.block(
      after: "`convscope export channels --preset grouped --frame 33`",
      in: try ReadmeTests.read("README.md"))
    let result = try ExecutableRunner.run(
      ["export", "channels", "--preset", "grouped", "--frame", "33", "--width", "100"])
    #expect(result.status == 0)
    #expect(shown == result.stdout)
  }
}
