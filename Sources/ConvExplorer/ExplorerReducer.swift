import ConvArithmetic
import ConvMessages
import ConvScenes

/// The pure state machine: `(state, event) -> state`, plus an effect for the driver.
///
/// ```swift
/// let (next, effect) = reduce(.opening(), .key(.character("S")))
/// next.current.stride  // Pair(3, 3)
/// ```
public func reduce(_ state: ExplorerState, _ event: ExplorerEvent) -> (
  ExplorerState, ExplorerEffect?
) {
  var next = state
  let effect = next.handle(event)
  return (next, effect)
}

extension ExplorerState {
  /// Applies one event; returns work for the driver (exports), if any.
  public mutating func handle(_ event: ExplorerEvent) -> ExplorerEffect? {
    switch event {
    case .key(let key):
      // While a quiz asks, the status line says why an answer could not be read; keep it
      // until the next answer.
      if quiz?.phase != .asking || key == .enter { status = nil }
      followWindow = key != .pageUp && key != .pageDown
      if quizKey(key) { return nil }
      return press(key)
    case .click(let x, let y):
      // The card hides the scene: its cells are not there to pin.
      if quiz?.hidesScene == true { return nil }
      status = nil
      click(x: x, y: y)
    case .wheel(let up):
      followWindow = false
      scroll = max(0, scroll + (up ? -3 : 3))
    case .tick:
      guard playing, stepCount > 0, quiz?.hidesScene != true else { return nil }
      followWindow = true
      go(to: step + 1)
      // The animation ends on its last step, and says so, rather than sitting there silently.
      if step >= stepCount - 1 {
        playing = false
        status = endOfAnimation
      }
    case .resize(let size):
      screenSize = size
    case .message(let text):
      status = text
    case .shown(let top):
      scroll = max(0, top)
    case .timed(let duration, let cpu):
      lastFrameTime = duration
      lastFrameCPUTime = cpu
    }
    return nil
  }

  private mutating func press(_ key: Key) -> ExplorerEffect? {
    if helpShown {
      helpShown = false
      // The keys that open and close help only close it; any other key acts as well.
      if key == .escape || key == .character("?") { return nil }
      // z redraws the help in the other language rather than closing it.
      if key == .character("z") { helpShown = true }
    }
    if scene == .receptive, let move = Self.cellMove(key) {
      moveTracedCell(by: move)
      return nil
    }
    switch key {
    case .character(let character): return type(character)
    case .up: selectParameter(by: -1)
    case .down: selectParameter(by: 1)
    case .left: adjust(selected, by: -1)
    case .right: adjust(selected, by: 1)
    case .home: go(to: 0)
    case .end: go(to: stepCount - 1)
    case .pageUp: scroll = max(0, scroll - max(1, screenSize.height / 2))
    case .pageDown: scroll += max(1, screenSize.height / 2)
    case .tab: cycleScene(by: 1)
    case .backTab: cycleScene(by: -1)
    case .enter, .backspace: break
    case .escape: quit = true
    }
    return nil
  }

  private mutating func type(_ character: Character) -> ExplorerEffect? {
    for parameter in SceneParameter.allCases {
      if character == parameter.keys.lower {
        adjust(parameter, by: -1)
        return nil
      }
      if character == parameter.keys.raise {
        adjust(parameter, by: 1)
        return nil
      }
    }
    switch character {
    case "x":
      axisMode = axisMode.next
      let axis: Axis? = axisMode == .both ? nil : axisMode == .height ? .height : .width
      status = Message.explorer(.axes(axis)).text(in: language)
    case " ":
      if !playing && step >= stepCount - 1 { go(to: 0) }
      playing.toggle()
    case ".": go(to: step + 1)
    case ",": go(to: step - 1)
    case "g": go(to: 0)
    case "G": go(to: stepCount - 1)
    case "[":
      speedIndex = max(0, speedIndex - 1)
      status = Message.explorer(.speed(Self.describe(speed))).text(in: language)
    case "]":
      speedIndex = min(Self.speeds.count - 1, speedIndex + 1)
      status = Message.explorer(.speed(Self.describe(speed))).text(in: language)
    case "1", "2", "3", "4", "5", "6", "7", "8", "9":
      let index = Int(String(character))! - 1
      if index < SceneKind.allCases.count { switchScene(to: SceneKind.allCases[index]) }
    case "l", "L": cycleStackPreset(by: character == "l" ? 1 : -1)
    case "v": cycleValues()
    case "y": toggleSymbols()
    case "u": toggleFlip()
    case "t": toggleView()
    case "m": cycleChannelMode()
    case "{": pageChannels(by: -1)
    case "}": pageChannels(by: 1)
    case "e": return .exportFrame(current, step: step, focus: focus)
    case "E": return .exportAnimation(current)
    case "?": helpShown = true
    case "z": switchLanguage()
    case "q": quit = true
    case "f", "F", "a", "b": _ = matrixKey(character)
    default:
      let printable = character.unicodeScalars.allSatisfy { $0.value >= 32 }
      status = Message.explorer(.noKey(printable ? String(character) : nil)).text(in: language)
    }
    return nil
  }

  /// What the status line says when playback reaches the last step.
  var endOfAnimation: String { Message.explorer(.animationEnded).text(in: language) }

  private static func describe(_ speed: Double) -> String {
    speed == speed.rounded() ? String(Int(speed)) : String(speed)
  }

  private mutating func selectParameter(by delta: Int) {
    let list = selectableParameters
    guard !list.isEmpty else { return }
    let index = list.firstIndex(of: selected) ?? 0
    selected = list[(index + delta + list.count) % list.count]
    status = Message.explorer(.select(selected.quantity)).text(in: language)
  }

  /// Lowers or raises a parameter on the axes `axisMode` picks; refuses invalid results.
  mutating func adjust(_ parameter: SceneParameter, by delta: Int) {
    guard SceneParameters.uses(parameter, in: scene) else {
      status = Message.explorer(.sceneLacks(scene: scene.rawValue, parameter.quantity)).text(
        in: language)
      return
    }
    selected = parameter
    if adjustChannels(parameter, by: delta) { return }
    let old = current[parameter]
    var value = old
    if parameter.isScalar {
      // One number: both axes move together, whatever x chose.
      value = Pair(old.h + delta)
    } else {
      if axisMode != .width { value.h += delta }
      if axisMode != .height { value.w += delta }
    }
    let limit = parameter.explorerMaximum(in: scene)
    // Only raising is capped, so a preset beyond the cap can still be lowered.
    if delta > 0 && (value.h > limit || value.w > limit) {
      status = Message.explorer(.explorerCap(parameter.quantity, limit: limit)).text(in: language)
      return
    }
    var candidate = current
    candidate[parameter] = value
    candidate.keepTracedCellOnOutput()
    if delta > 0, let tooLarge = Self.tooLargeToShow(candidate) {
      status = tooLarge
      return
    }
    if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
    } else if parameter.isScalar {
      status = Message.explorer(
        .channels(.changed(parameter.quantity, from: old.h, to: value.h))
      ).text(in: language)
    } else {
      status = Message.explorer(.changed(parameter.quantity, from: old, to: value)).text(
        in: language)
    }
  }

  /// Why parameters make grids too large to show interactively, read from the engine's sizes; nil when they fit.
  static func tooLargeToShow(_ candidate: SceneParameters) -> String? {
    guard candidate.scene != .bilinear else { return nil }
    if let tooLarge = matrixTooLargeToShow(candidate) { return tooLarge }
    let engine = candidate.convParameters
    let largestGrid = Limits.Explorer.grid
    var grids = [(true, engine.paddedInput)]
    if candidate.scene == .transposed { grids.append((false, engine.transposedOutput)) }
    for (paddedInput, size) in grids where max(size.h, size.w) > largestGrid {
      return Message.explorer(
        .gridTooLarge(paddedInput: paddedInput, size: size, limit: largestGrid)
      ).text(in: candidate.language)
    }
    let window = engine.effectiveKernel
    if max(window.h, window.w) > Limits.Explorer.window {
      return Message.explorer(.windowTooLarge(size: window, limit: Limits.Explorer.window)).text(
        in: candidate.language)
    }
    return nil
  }

  private mutating func cycleScene(by delta: Int) {
    let all = SceneKind.allCases
    let index = all.firstIndex(of: scene)!
    let count = all.count
    switchScene(to: all[((index + delta) % count + count) % count])
  }

  private mutating func cycleValues() {
    guard SceneParameters.usesValues(in: scene) else {
      status = Message.explorer(.valuesFixed).text(in: language)
      return
    }
    var candidate = current
    switch current.values {
    case .ramp: candidate.values = .ones
    case .ones:
      candidate.values = .random(seed: nextSeed)
      nextSeed &+= 1
    default: candidate.values = .ramp
    }
    if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
    } else {
      status = Message.explorer(.values(Self.describe(candidate.values))).text(in: language)
    }
  }

  private static func describe(_ values: ValuesSpec) -> ValuesName {
    switch values {
    case .ramp: return .ramp
    case .ones: return .ones
    case .random(let seed): return .random(seed: seed)
    case .custom: return .custom
    // The cycle never lands on symbols (`y` does), and leaves them for `ramp`.
    case .symbolic: return .ramp
    }
  }

  private mutating func toggleView() {
    guard scene == .transposed else {
      if scene == .matrix { return toggleTranspose() }
      status = Message.explorer(.viewNeedsTransposed).text(in: language)
      return
    }
    var candidate = current
    candidate.view = current.view == .zeros ? .scatter : .zeros
    let old = (step: step, count: stepCount)
    if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
    } else {
      // Zero insertion's steps are its setup steps plus one per output cell.
      let zerosCount = candidate.view == .zeros ? stepCount : old.count
      go(
        to: Self.correspondingStep(
          old.step, from: candidate, to: candidate.view, zerosStepCount: zerosCount))
      status = Message.explorer(.view(scatter: candidate.view == .scatter, step: step + 1)).text(
        in: language)
    }
  }

  /// The step of the other transposed view that shows the same progress as `step`.
  ///
  /// Zero insertion computes one output cell per step (after four setup steps); scatter
  /// stamps one input cell per step. An output cell is complete once the last input cell
  /// whose stamp reaches it has stamped, as the engine's footprints say. So the scatter step
  /// for an output cell is the stamp that completes it and every cell before it; the zero
  /// insertion step for a stamp is the last output cell that all stamps so far complete.
  static func correspondingStep(
    _ step: Int, from p: SceneParameters, to view: TransposedView, zerosStepCount: Int
  ) -> Int {
    let engine = p.convParameters
    let input = engine.input
    let output = engine.transposedOutput
    guard input.h * input.w > 0, output.h * output.w > 0 else { return 0 }
    // The stamp (row-major input index) after which each output cell is final; -1 for none.
    var completedBy = [Int](repeating: -1, count: output.h * output.w)
    for index in 0..<(input.h * input.w) {
      let cells = TransposedConvolution.footprint(
        inputRow: index / input.w, col: index % input.w, parameters: engine)
      for cell in cells {
        let flat = cell.output.h * output.w + cell.output.w
        completedBy[flat] = max(completedBy[flat], index)
      }
    }
    let setup = max(0, zerosStepCount - output.h * output.w)
    switch view {
    case .scatter:
      // From zero insertion: output cell `step - setup` and all before it.
      guard step >= setup else { return 0 }
      let cell = min(step - setup, completedBy.count - 1)
      return max(0, completedBy[0...cell].max() ?? 0)
    case .zeros:
      // From scatter: `step + 1` stamps are down.
      var last = -1
      while last + 1 < completedBy.count && completedBy[last + 1] <= step { last += 1 }
      return setup + max(0, last)
    }
  }

  private mutating func click(x: Int, y: Int) {
    guard let hit = ExplorerLayout(self).hit(x: x, y: y) else {
      if focus != nil {
        focus = nil
        status = Message.explorer(.unpinned).text(in: language)
      }
      return
    }
    if let focus, focus.panel == hit.panel, focus.row == hit.row, focus.col == hit.col {
      self.focus = nil
      status = Message.explorer(.unpinned).text(in: language)
      return
    }
    focus = CellFocus(panel: hit.panel, row: hit.row, col: hit.col)
    // Row and column as the grid's labels number them, from 0.
    status = Message.explorer(.pinnedCell(panel: hit.panel, row: hit.row, col: hit.col)).text(
      in: language)
  }
}
