// Fuzzes the explorer's state machine and view with random events, far longer than a test may
// run: `swift run -c release convscope-fuzz [EVENTS] [SEED]` (default 1,000,000 events, seed 1).
// Exits 1 at the first broken invariant, printing the event number and the state's scene.
import ConvArithmetic
import ConvExplorer
import ConvScenes

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let arguments = CommandLine.arguments.dropFirst()
let events = arguments.first.flatMap { Int($0) } ?? 1_000_000
let seed = arguments.dropFirst().first.flatMap { UInt64($0) } ?? 1
var rng = SplitMix64(seed: seed)
var state = ExplorerState.opening(screenSize: ScreenSize(width: 120, height: 40))
var scenesSeen = Set<SceneKind>()
let clock = ContinuousClock()
let start = clock.now
for index in 0..<events {
  _ = state.handle(RandomEvents.next(&rng, size: state.screenSize))
  if state.quit { state.quit = false }
  scenesSeen.insert(state.scene)
  let thorough = index % 1000 == 0
  if let broken = state.invariantViolation(thorough: thorough) {
    print("event \(index) (seed \(seed)), scene \(state.scene.rawValue): \(broken)")
    exit(1)
  }
  if thorough {
    _ = ExplorerView.render(state)
    _ = ExplorerView.render(state, ascii: true)
  }
}
print(
  "\(events) events (seed \(seed)) in \(clock.now - start): no invariant broken; scenes seen: "
    + scenesSeen.map(\.rawValue).sorted().joined(separator: ", "))
