import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

@Suite("Channel keys")
struct ChannelKeyTests {
  /// The explorer on the channels scene at its defaults (3 → 2 channels, standard).
  static func channels(_ configure: (inout SceneParameters) -> Void = { _ in }) -> ExplorerState {
    var p = SceneParameters.defaults(for: .channels)
    configure(&p)
    return try! ExplorerState(scene: .channels, parameters: p, screenSize: wide)
  }

  @Test("Tab reaches the channels and bnfold scenes")
  func tabReachesThem() {
    var state = ConvExplorerTests.opening()
    var seen: Set<SceneKind> = []
    for _ in SceneKind.allCases {
      state = press(state, .tab)
      seen.insert(state.scene)
    }
    #expect(seen.contains(.channels) && seen.contains(.bnfold))
  }

  @Test(
    "c/C, n/N, r/R move one number, whatever the axis mode",
    arguments: [
      (Character("c"), Character("C"), SceneParameter.inChannels),
      ("n", "N", .outChannels),
    ])
  func scalarKeys(lower: Character, raise: Character, parameter: SceneParameter) {
    // x first: a scalar must not care which axes the pair parameters would change.
    let start = type(Self.channels(), "x")
    let before = start.current[parameter].h
    let raised = type(start, String(raise))
    #expect(raised.current[parameter] == Pair(before + 1))
    #expect(raised.status == "\(parameter.label()) \(before) → \(before + 1)")
    let lowered = type(raised, String(lower) + String(lower))
    #expect(lowered.current[parameter] == Pair(before - 1))
  }

  @Test("groups that do not divide the channels are refused and the last good state kept")
  func badGroups() {
    let start = Self.channels()
    let refused = type(start, "R")  // 2 groups of 3 input channels
    #expect(refused.current.channels.groups == 1)
    #expect(refused.status?.contains("must divide the input channels (3)") == true)
    #expect(refused.built.stepCount == start.built.stepCount)
    // With 4 input and 2 output channels, groups 2 is fine: block-diagonal connections.
    let grouped = type(start, "CR")
    #expect(grouped.current.channels.groups == 2)
    let frame = grouped.built.frame(at: 0)
    let connections = frame.panel(named: "connections")
    #expect(connections?.cells.map { $0.value } == [1, 1, 0, 0, 0, 0, 1, 1])
  }

  @Test("channel counts stop at 1 and at the scene's limit")
  func limits() {
    let lowest = type(Self.channels(), "ccccc")
    #expect(lowest.current.channels.inChannels == 1)
    #expect(lowest.status?.contains("1 to 64 input channels") == true)
    let highest = type(Self.channels { $0.channels.inChannels = 64 }, "C")
    #expect(highest.current.channels.inChannels == 64)
  }

  @Test("m cycles standard → pointwise → depthwise → separable → standard")
  func modes() {
    var state = Self.channels()
    var seen: [ChannelMode] = []
    for _ in 0..<4 {
      state = type(state, "m")
      seen.append(state.current.channels.mode)
    }
    #expect(seen == [.pointwise, .depthwise, .separable, .standard])
    let depthwise = type(Self.channels(), "mm")
    #expect(depthwise.status == "mode: depthwise")
    // Depthwise: 3 input channels, so 3 outputs × 16 cells.
    #expect(depthwise.built.stepCount == 3 * 16)
    // n/N change the multiplier there; r/R say the groups follow the mode.
    let doubled = type(depthwise, "N")
    #expect(doubled.current.channels.multiplier == 2)
    #expect(doubled.built.stepCount == 6 * 16)
    let groups = type(depthwise, "R")
    #expect(groups.current.channels.groups == 1)
    #expect(groups.status?.contains("groups follow") == true)
    let other = type(ConvExplorerTests.opening(), "m")
    #expect(other.current == ConvExplorerTests.opening().current)
    #expect(other.status?.contains("channels") == true)
  }

  @Test("{ and } page through many channels and back to following the output")
  func paging() {
    let many = Self.channels { $0.channels.inChannels = 20 }
    let next = type(many, "}")
    #expect(next.current.channels.page == 0)
    #expect(next.status == "channels 0–7 of 20")
    let third = type(next, "}}")
    #expect(third.current.channels.page == 2)
    #expect(third.status == "channels 16–19 of 20")
    let shown = third.built.frame(at: 0).panels.map(\.name).filter { $0.hasPrefix("input[") }
    #expect(shown == (16..<20).map { "input[\($0)]" })
    let back = type(third, "}")
    #expect(back.current.channels.page == nil)
    #expect(type(back, "{").current.channels.page == 2)
    let few = type(Self.channels(), "}")
    #expect(few.current.channels.page == nil)
    #expect(few.status == "all 3 channels fit on one page")
  }
}
